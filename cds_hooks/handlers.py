"""One small function per service: validated request + prefetch → cards (+ systemActions, coding run).

No Flask here: views pass everything in (tables, practice, clock, the billed-encounter lookup) and persist
what comes back. Handlers raise only for *inability to evaluate*; findings are cards.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import time
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from typing import Any

from cds_hooks import cards as C
from cds_hooks.chart import review_chart
from cds_hooks.orders import review_orders
from cds_hooks.prefetch import PrefetchResult
from cds_hooks.prefetch import iter_resources
from cds_hooks.services import ServiceDefinition
from server.claims.builder import ClaimBuildError
from server.claims.builder import apply_fix
from server.claims.builder import build_claim
from server.coding.model import CodingResult
from server.coding.serialize import result_to_dict
from server.coding.tables import Tables

logger = logging.getLogger(__name__)

MAX_CARDS_DEFAULT = 10


@dataclass
class HookCall:
    service: ServiceDefinition
    body: dict[str, Any]
    practice: dict[str, Any]
    tables: Tables
    prefetch: PrefetchResult
    card_ctx: C.CardContext
    now: datetime
    billed_encounters: Callable[[Iterable[str]], set[str]] = lambda _refs: set()

    @property
    def context(self) -> dict[str, Any]:
        return self.body.get("context") or {}

    @property
    def today(self) -> date:
        return self.now.date()

    @property
    def max_cards(self) -> int:
        conf = (self.body.get("extension") or {}).get("davinci-crd.configuration") or {}
        value = conf.get("max-cards")
        return value if isinstance(value, int) and value > 0 else MAX_CARDS_DEFAULT

    def of_type(self, key: str, rtype: str) -> list[dict[str, Any]]:
        return [r for r in iter_resources(self.prefetch.data.get(key)) if r.get("resourceType") == rtype]


@dataclass
class CodingRunRecord:
    encounter_ref: str | None
    input_digest: str
    output: dict[str, Any]
    rule_ids: list[str]
    table_release: str
    duration_ms: float


@dataclass
class HookOutcome:
    cards: list[C.RenderedCard] = field(default_factory=list)
    system_actions: list[dict[str, Any]] | None = None
    coding_run: CodingRunRecord | None = None

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"cards": [c.card for c in self.cards]}
        if self.system_actions is not None:
            out["systemActions"] = self.system_actions
        return out


def digest(resources: list[dict[str, Any]]) -> str:
    canon = json.dumps(
        sorted(resources, key=lambda r: (r.get("resourceType", ""), str(r.get("id", "")))),
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canon.encode()).hexdigest()


def incomplete_card(call: HookCall) -> C.RenderedCard | None:
    missing = call.prefetch.incomplete
    if not missing:
        return None
    why = (
        "the EHR did not answer in time"
        if call.prefetch.timed_out
        else "the EHR's FHIR server did not return it"
    )
    return C.info_card(
        call.card_ctx,
        "Some chart data could not be fetched; advice may be incomplete",
        f"Missing: {', '.join(missing)} ({why}). Re-open the chart or review the encounter in "
        "dermplug before billing.",
    )


def coding_engine():
    from server.coding import code_encounter  # the engine lands separately; imported at call time

    return code_encounter


def visit_coding(call: HookCall) -> HookOutcome:
    started = time.perf_counter()
    resources = call.prefetch.resources()
    encounter_id = call.context["encounterId"]
    result: CodingResult = coding_engine()(resources, call.tables, encounter_id=encounter_id)
    out = HookOutcome()
    created = call.now.isoformat(timespec="seconds")
    if result.lines:
        try:
            claim = build_claim(result, practice=call.practice, created=created)
            out.cards.append(C.visit_coding_card(result, claim, call.card_ctx))
        except ClaimBuildError as exc:
            logger.warning("draft claim not built: %s", type(exc).__name__)
    for finding in result.findings:
        if not C.needs_attention(finding):
            continue
        fixed = None
        if finding.fix is not None:
            try:
                fixed = build_claim(apply_fix(result, finding.fix), practice=call.practice, created=created)
            except (ClaimBuildError, ValueError):
                fixed = None
        out.cards.append(C.finding_card(finding, call.card_ctx, fixed_claim=fixed))
    extra = incomplete_card(call)
    out.cards = C.limit_cards(out.cards, call.max_cards - (1 if extra else 0))
    if extra:
        out.cards.append(extra)
    out.coding_run = CodingRunRecord(
        encounter_ref=result.encounter_ref,
        input_digest=digest(resources),
        output=result_to_dict(result),
        rule_ids=list(result.rule_ids),
        table_release=result.table_release,
        duration_ms=result.duration_ms or (time.perf_counter() - started) * 1000,
    )
    return out


def order_review(call: HookCall) -> HookOutcome:
    orders = [r for r in iter_resources(call.context.get("draftOrders"))]
    review = review_orders(
        orders,
        tables=call.tables,
        conditions=call.of_type("conditions", "Condition"),
        coverages=call.of_type("coverage", "Coverage"),
        today=call.today,
    )
    out = HookOutcome(system_actions=[])
    for adv in review.advice:
        suggestions = []
        if adv.fixed_resource is not None and adv.fix_label:
            action = {"type": "update", "description": adv.fix_label, "resource": adv.fixed_resource}
            suggestions.append(C.suggestion(call.card_ctx, adv.fix_label, [action], recommended=True))
        out.cards.append(
            C.make_card(
                call.card_ctx,
                summary=adv.summary,
                indicator=adv.indicator,
                topic=adv.topic,
                detail=adv.detail,
                suggestions=suggestions,
                rule_id=adv.rule_id,
                associated=[adv.order_ref] if adv.order_ref else (),
            )
        )
    for info in review.coverage_info:
        out.system_actions.append(
            {
                "type": "update",
                "description": f"Coverage information for {info.order_ref}",
                "resource": info.resource,
            }
        )
    extra = incomplete_card(call) if review.derm_orders else None
    out.cards = C.limit_cards(out.cards, call.max_cards - (1 if extra else 0))
    if extra:
        out.cards.append(extra)
    return out


def chart_review(call: HookCall) -> HookOutcome:
    encounters = call.of_type("encounters", "Encounter")
    billed = call.billed_encounters([f"Encounter/{e['id']}" for e in encounters if e.get("id")])
    advice = review_chart(
        tables=call.tables,
        today=call.today,
        encounters=encounters,
        procedures=call.of_type("history", "Procedure"),
        conditions=call.of_type("conditions", "Condition"),
        observations=call.of_type("pathology", "Observation") + call.of_type("pathology", "DiagnosticReport"),
        coverages=call.of_type("coverage", "Coverage"),
        billed_encounter_ids={r.split("/", 1)[1] for r in billed},
        coverage_known="coverage" in call.prefetch.data,
    )
    out = HookOutcome()
    for adv in advice:
        ctx = dataclasses.replace(call.card_ctx, encounter_id=adv.encounter_id or call.card_ctx.encounter_id)
        out.cards.append(
            C.make_card(
                ctx,
                summary=adv.summary,
                indicator=adv.indicator,
                topic=adv.topic,
                detail=adv.detail,
                rule_id=adv.rule_id,
            )
        )
    extra = incomplete_card(call)
    out.cards = C.limit_cards(out.cards, call.max_cards - (1 if extra else 0))
    if extra:
        out.cards.append(extra)
    return out


HANDLERS: dict[str, Callable[[HookCall], HookOutcome]] = {
    "visit_coding": visit_coding,
    "order_review": order_review,
    "chart_review": chart_review,
}
