"""Shared helpers of the family coders: the mutable draft line, the coding context and finding builders."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

from server.coding.extract.dx import dx_codes_for_text
from server.coding.extract.dx import past_malignancy
from server.coding.extract.services import Service
from server.coding.extract.services import same_lesion
from server.coding.model import DxFact
from server.coding.model import Finding
from server.coding.model import Line
from server.coding.model import Severity
from server.coding.model import Span
from server.coding.model import Topic
from server.coding.tables import Tables


@dataclass
class Draft:
    code: str
    units: int = 1
    modifiers: tuple[str, ...] = ()
    diagnoses: list[str] = field(default_factory=list)
    body_site: str | None = None
    site_group: str | None = None
    lesion_ids: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    rule_ids: list[str] = field(default_factory=list)
    confidence: float = 1.0
    label: str = ""
    source_ref: str | None = None
    family: str = ""

    def to_line(self) -> Line:
        ev = []
        seen = set()
        for s in self.evidence:
            k = (s.source, s.start, s.end)
            if k not in seen:
                seen.add(k)
                ev.append(s)
        return Line(
            self.code,
            max(1, int(self.units)),
            tuple(self.modifiers),
            tuple(dict.fromkeys(self.diagnoses))[:4],
            self.body_site,
            self.site_group,
            tuple(dict.fromkeys(self.lesion_ids)),
            tuple(ev),
            tuple(dict.fromkeys(self.rule_ids)),
            round(self.confidence, 2),
            self.label,
            self.source_ref,
        )


@dataclass
class Ctx:
    tables: Tables
    conditions: list[DxFact]
    findings: list[Finding] = field(default_factory=list)
    lesion_counter: int = 0
    # counts documented in the signed note per session family ("destruction:premalignant" -> 14); they win
    # over counts inferred from pre-coded Procedure resources
    session_counts: dict[str, int] = field(default_factory=dict)

    def add(
        self,
        rule_id: str,
        topic: Topic,
        severity: Severity,
        message: str,
        evidence=(),
        detail: str = "",
        reference: str = "",
    ) -> None:
        self.findings.append(
            Finding(rule_id, topic, severity, message[:200], detail, tuple(evidence), (), reference)
        )

    def lesion_id(self, svc: Service) -> str:
        if svc.lesion_id:
            return svc.lesion_id
        self.lesion_counter += 1
        svc.lesion_id = f"lesion-{self.lesion_counter}"
        return svc.lesion_id


def site_text(svc: Service) -> str | None:
    return svc.site.text.strip() if svc.site else None


def diagnoses_for(svc: Service, ctx: Ctx, *, pre_path: bool = False) -> list[str]:
    """Ranked ICD-10-CM codes for a service: linked Conditions first, then the text, then site-matched
    Conditions."""
    out: list[str] = list(svc.dx_codes)
    for code, _ in dx_codes_for_text(svc.text, svc.site, pre_path=pre_path):
        if code not in out:
            out.append(code)
    current = [d for d in svc.dx if not past_malignancy(svc.text, d)]
    if current and all(c.startswith(("Z12", "Z85")) for c in out):
        # the service's own text names only a screening/history code ("... then FSE 6 months"); the lesion's
        # diagnosis came with a merged mention ("nodular BCC ... proceed with Mohs")
        from server.coding.extract.dx import code_for

        found = [
            "D49.2"
            if pre_path and d.category in ("bcc", "scc", "melanoma", "mis", "sccis") and not d.confirmed
            else code_for(d.category, svc.site)
            for d in current
        ]
        strong = [c for c in found if c and not c.startswith(("Z12", "Z85"))]
        out = list(dict.fromkeys(strong + out)) if out else [c for c in dict.fromkeys(found) if c]
    if not out and svc.site is not None:
        for c in ctx.conditions:
            if c.code and c.site and svc.site.region and _same_site(c.site, svc):
                out.append(c.code)
    if not out and len([c for c in ctx.conditions if c.code]) == 1:
        out.append(next(c.code for c in ctx.conditions if c.code))
    if pre_path:
        out = [
            "D49.2"
            if (c.startswith(("C43", "C44", "D03", "D04", "C4A")) and not _confirmed(svc, ctx, c))
            else c
            for c in out
        ]
        out = list(dict.fromkeys(out))
    # symptom-only codes go after the diagnosis
    out.sort(key=lambda c: 1 if c.startswith(("L29", "R58", "R21", "Z12")) else 0)
    return out[:4]


def _confirmed(svc: Service, ctx: Ctx, code: str) -> bool:
    if code in svc.dx_codes:
        return True
    return any(d.confirmed for d in svc.dx if d.category in ("bcc", "scc", "melanoma", "mis", "sccis"))


def _same_site(site_text_: str, svc: Service) -> bool:
    from server.coding.extract.sites import best_site

    s = best_site(site_text_)
    return bool(
        s
        and svc.site
        and s.region == svc.site.region
        and (s.laterality == svc.site.laterality or not s.laterality or not svc.site.laterality)
    )


def evidence(svc: Service) -> list[Span]:
    return list(svc.spans)


def correction(
    ctx: Ctx,
    rule_id: str,
    svc_or_list,
    provided: list[str],
    derived: list[str],
    why: str,
    topic: Topic = Topic.CODING_CORRECTION,
) -> None:
    """Finding for a provided (pre-coded) code set that the documentation does not support."""
    svcs = svc_or_list if isinstance(svc_or_list, list) else [svc_or_list]
    ev: list[Span] = []
    for s in svcs:
        ev.extend(s.spans[:4])
    p = ", ".join(provided) or "none"
    d = ", ".join(derived) or "none"
    ctx.add(
        rule_id,
        topic,
        Severity.WARNING if topic == Topic.CODING_CORRECTION else Severity.ERROR,
        f"Documented {why}: code {d} (was {p})",
        ev,
        f"The provided code(s) {p} do not match the documentation; {why} supports {d}.",
    )
    ncci_pairs(ctx, rule_id, provided, derived, ev)


def _codes(items: list[str]) -> list[str]:
    return [x.split()[0] for x in items if x]


def ncci_pairs(ctx: Ctx, rule_id: str, provided: list[str], derived: list[str], ev=()) -> None:
    """A provided pair that is an NCCI PTP edit and that the correction resolves is also an NCCI finding."""
    pc = list(dict.fromkeys(_codes(provided)))
    dc = set(_codes(derived))
    for a in pc:
        for b in pc:
            if a == b:
                continue
            ind = ctx.tables.ptp_indicator(a, b)
            if ind in (0, 1) and b not in dc:
                ctx.add(
                    rule_id,
                    Topic.NCCI,
                    Severity.WARNING,
                    f"{b} billed with {a} is an NCCI pair (modifier indicator {ind}): {b} removed",
                    ev,
                    reference="NCCI PTP practitioner",
                )


