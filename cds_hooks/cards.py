"""Pure rendering: findings and advice → CDS Hooks 2.0 cards (Flask-free, no I/O).

Rules kept here (spec + CRD + Inferno checks): ``summary`` < 140 chars; ``indicator`` info|warning|critical;
``source`` with ``label`` and ``topic {system, code, display}``; every suggestion has ``uuid``, ``label``,
``isRecommended``; ``selectionBehavior`` whenever there are suggestions (at most one recommended);
``overrideReasons`` are Codings with ``display``; actions always carry ``description``; optional fields are
omitted, never null/""/[]/{}.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from server.coding.model import CodingResult
from server.coding.model import Finding
from server.coding.model import Severity
from server.coding.model import Span
from server.coding.model import Topic

TOPIC_DISPLAY = {
    "coding-suggestion": "Coding suggestion",
    "coding-correction": "Coding correction",
    "invalid-code": "Invalid code",
    "ncci": "NCCI edit",
    "mue": "Medically unlikely units",
    "modifier": "Modifier",
    "global-period": "Global period",
    "medical-necessity": "Medical necessity",
    "cosmetic": "Cosmetic service",
    "missing-documentation": "Missing documentation",
    "prior-auth": "Prior authorization",
    "coverage": "Coverage",
}
OVERRIDE_SYSTEM = "https://dermplug.org/fhir/CodeSystem/override-reason"
OVERRIDE_REASONS = (
    ("disagree", "Disagree with the suggestion"),
    ("documented-elsewhere", "Documentation is elsewhere in the chart"),
    ("payer-exception", "Payer-specific rule applies"),
    ("biller-review", "Leave it to the biller"),
)
SUMMARY_MAX = 139
QUOTE_MAX = 240
VISIT_CARD_RULE = "CDS001"  # the visit-coding (draft claim) card
INFO_RULE = "CDS002"  # degraded answer: some data could not be fetched


@dataclass(frozen=True, slots=True)
class CardContext:
    topic_system: str
    source_label: str = "dermplug coding"
    launch_url: str | None = None  # biller app launch URL for the smart link
    encounter_id: str | None = None
    patient_id: str | None = None
    new_uuid: Callable[[], str] = field(default=lambda: str(uuidlib.uuid4()))


@dataclass(frozen=True, slots=True)
class RenderedCard:
    card: dict[str, Any]
    rule_id: str | None
    topic: str

    @property
    def uuid(self) -> str:
        return self.card["uuid"]


def clean(value: Any) -> Any:
    """Drop null / "" / [] / {} optional members recursively (the spec forbids them)."""
    if isinstance(value, dict):
        out = {k: clean(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [c for c in (clean(v) for v in value) if c not in (None, "", [], {})]
    return value


def summary_text(text: str) -> str:
    text = " ".join((text or "").split()) or "Coding advice"
    return text if len(text) <= SUMMARY_MAX else text[: SUMMARY_MAX - 1].rstrip() + "…"


def md_escape(text: str) -> str:
    out = " ".join(text.split())
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "|", "#"):
        out = out.replace(ch, "\\" + ch)
    return out


def quote(span: Span) -> str:
    text = span.text if len(span.text) <= QUOTE_MAX else span.text[: QUOTE_MAX - 1] + "…"
    return f"> “{md_escape(text)}” — *{md_escape(span.source)}*"


def topic_coding(ctx: CardContext, topic: str) -> dict[str, str]:
    return {"system": ctx.topic_system, "code": topic, "display": TOPIC_DISPLAY.get(topic, topic)}


def override_reasons(ctx: CardContext) -> list[dict[str, str]]:
    return [{"system": OVERRIDE_SYSTEM, "code": c, "display": d} for c, d in OVERRIDE_REASONS]


def smart_link(ctx: CardContext) -> dict[str, Any] | None:
    if not ctx.launch_url:
        return None
    app_context: dict[str, str] = {}
    if ctx.encounter_id:
        app_context["encounterId"] = ctx.encounter_id
    if ctx.patient_id:
        app_context["patientId"] = ctx.patient_id
    link: dict[str, Any] = {"label": "Review coding in dermplug", "url": ctx.launch_url, "type": "smart"}
    if app_context:
        link["appContext"] = json.dumps(app_context, separators=(",", ":"))
    return link


def suggestion(
    ctx: CardContext, label: str, actions: Sequence[dict[str, Any]] = (), *, recommended: bool = False
) -> dict[str, Any]:
    return {
        "uuid": ctx.new_uuid(),
        "label": summary_text(label),
        "isRecommended": recommended,
        "actions": list(actions),
    }


def make_card(
    ctx: CardContext,
    *,
    summary: str,
    indicator: str,
    topic: str,
    detail: str = "",
    suggestions: Sequence[dict[str, Any]] = (),
    rule_id: str | None = None,
    link: bool = True,
    overridable: bool = True,
    associated: Sequence[str] = (),
    selection: str = "at-most-one",
) -> RenderedCard:
    card: dict[str, Any] = {
        "uuid": ctx.new_uuid(),
        "summary": summary_text(summary),
        "indicator": indicator if indicator in ("info", "warning", "critical") else "info",
        "detail": detail,
        "source": {"label": ctx.source_label, "topic": topic_coding(ctx, topic)},
    }
    if suggestions:
        card["suggestions"] = list(suggestions)
        card["selectionBehavior"] = selection
    if overridable:
        card["overrideReasons"] = override_reasons(ctx)
    if link:
        sl = smart_link(ctx)
        if sl:
            card["links"] = [sl]
    if associated:
        card["extension"] = {"davinci-crd.associated-resource": [{"reference": r} for r in associated]}
    return RenderedCard(clean(card), rule_id, topic)


# --- visit coding (encounter-discharge) -------------------------------------------------------------------


def _line_label(code: str, units: int, modifiers: Iterable[str]) -> str:
    mods = "-".join(modifiers)
    out = f"{code}-{mods}" if mods else code
    return f"{out} ×{units}" if units != 1 else out


def _finding_detail(f: Finding) -> str:
    parts = []
    if f.detail:
        parts.append(f.detail.strip())
    elif f.message:
        parts.append(md_escape(f.message))
    if f.evidence:
        parts.append("**Evidence**\n\n" + "\n\n".join(quote(s) for s in f.evidence[:5]))
    cite = f"Rule `{f.rule_id}`"
    if f.reference:
        cite += f" — source: {md_escape(f.reference)}"
    parts.append(cite)
    return "\n\n".join(parts)


def visit_detail(result: CodingResult) -> str:
    rows = ["| # | Code | Mod | Units | Dx | Site |", "|---|---|---|---|---|---|"]
    for i, line in enumerate(result.lines, start=1):
        ptr = ", ".join(line.diagnoses) or "—"
        rows.append(
            f"| {i} | {line.code} | {' '.join(line.modifiers) or '—'} | {line.units} | {ptr} | "
            f"{md_escape(line.body_site or '') or '—'} |"
        )
    parts = ["\n".join(rows)]
    if result.diagnoses:
        parts.append("**Diagnoses (ICD-10-CM):** " + ", ".join(result.diagnoses))
    evidence = [s for line in result.lines for s in line.evidence][:6]
    if evidence:
        parts.append("**Evidence**\n\n" + "\n\n".join(quote(s) for s in evidence))
    rule_ids = result.rule_ids
    if rule_ids:
        parts.append("Rules: " + ", ".join(f"`{r}`" for r in rule_ids))
    notes = [f for f in result.findings if f.severity == Severity.INFO]
    if notes:
        parts.append(
            "**Notes**\n\n" + "\n".join(f"- {md_escape(f.message)} (`{f.rule_id}`)" for f in notes[:8])
        )
    parts.append(f"Code tables: {md_escape(result.table_release)}")
    return "\n\n".join(parts)


def visit_coding_card(result: CodingResult, claim: dict[str, Any], ctx: CardContext) -> RenderedCard:
    labels = ", ".join(_line_label(line.code, line.units, line.modifiers) for line in result.lines)
    n = len(result.lines)
    action = {
        "type": "create",
        "description": f"Create a draft claim with {n} line{'s' if n != 1 else ''}",
        "resource": claim,
    }
    worst = max(
        (f.severity for f in result.findings),
        key=lambda s: ["info", "warning", "error"].index(s.value),
        default=Severity.INFO,
    )
    return make_card(
        ctx,
        summary=f"Proposed claim: {labels}",
        indicator="warning" if worst != Severity.INFO else "info",
        topic=Topic.CODING_SUGGESTION.value,
        detail=visit_detail(result),
        suggestions=[suggestion(ctx, "Create draft claim", [action], recommended=True)],
        rule_id=VISIT_CARD_RULE,
    )


def finding_card(
    finding: Finding, ctx: CardContext, *, fixed_claim: dict[str, Any] | None = None
) -> RenderedCard:
    suggestions = []
    if finding.fix is not None and fixed_claim is not None:
        action = {
            "type": "create",
            "description": summary_text(
                f"Create the draft claim with this correction: {finding.fix.description}"
            ),
            "resource": fixed_claim,
        }
        suggestions.append(suggestion(ctx, finding.fix.description, [action], recommended=True))
    return make_card(
        ctx,
        summary=finding.message,
        indicator=finding.severity.indicator,
        topic=finding.topic.value,
        detail=_finding_detail(finding),
        suggestions=suggestions,
        rule_id=finding.rule_id,
    )


def needs_attention(finding: Finding) -> bool:
    return finding.severity in (Severity.WARNING, Severity.ERROR)


def info_card(
    ctx: CardContext,
    summary: str,
    detail: str = "",
    *,
    topic: str = "missing-documentation",
    rule_id: str = INFO_RULE,
) -> RenderedCard:
    return make_card(
        ctx,
        summary=summary,
        indicator="info",
        topic=topic,
        detail=detail,
        rule_id=rule_id,
        overridable=False,
        link=False,
    )


INDICATOR_RANK = {"critical": 0, "warning": 1, "info": 2}


def limit_cards(cards: list[RenderedCard], max_cards: int | None) -> list[RenderedCard]:
    """Honour ``davinci-crd.configuration.max-cards``: keep the most severe (stable order otherwise)."""
    if not max_cards or max_cards <= 0 or len(cards) <= max_cards:
        return cards
    ranked = sorted(enumerate(cards), key=lambda ic: (INDICATOR_RANK.get(ic[1].card["indicator"], 3), ic[0]))
    keep = {i for i, _ in ranked[:max_cards]}
    return [c for i, c in enumerate(cards) if i in keep]
