"""Claim-level edits over draft lines: NCCI PTP, MUE, add-on codes, global periods, modifiers,
diagnosis validation/linkage, medical necessity and cosmetic status.

The rules live in :mod:`server.coding.rules` (one module per family, registered in
:mod:`server.coding.registry`). :data:`PIPELINE` fixes their order:

1. diagnoses are normalised and validated first (later rules compare codes);
2. unit and biopsy arithmetic, add-on primaries;
3. cosmetic status (a non-Medicare cosmetic line leaves the claim before the E/M and PTP edits look at it;
   an excluded Medicare service takes GY, never GA/GZ);
4. global-period and PTP modifiers (then add-ons orphaned by a removal are fixed and re-checked);
5. medical necessity (GA/GZ), modifier hygiene;
6. summing of identical lines, MUE caps on the summed units, pointer limits.

:data:`TRIGGERS` indexes the rules that only matter when certain codes are on the claim.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from time import perf_counter

from server.coding.model import EncounterFacts
from server.coding.model import Finding
from server.coding.model import Line
from server.coding.rules import add_on
from server.coding.rules import codes
from server.coding.rules import cosmetic
from server.coding.rules import diagnosis
from server.coding.rules import global_period
from server.coding.rules import modifiers
from server.coding.rules import mue
from server.coding.rules import necessity
from server.coding.rules import ptp
from server.coding.rules.base import EditContext
from server.coding.tables import Tables

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EditOutcome:
    lines: tuple[Line, ...]
    diagnoses: tuple[str, ...]  # claim-level, ordered, at most 12
    findings: tuple[Finding, ...]


def merge_identical(ctx: EditContext) -> None:
    """Sum units of lines with the same code and modifier set (conventions: one line per code+modifiers)."""
    seen: dict[tuple[str, tuple[str, ...]], int] = {}
    for slot, line in ctx.items():
        key = (line.code, tuple(sorted(line.modifiers)))
        first = seen.get(key)
        if first is None:
            seen[key] = slot
            continue
        keep = ctx.lines[first]
        ctx.lines[first] = replace(
            keep,
            units=keep.units + line.units,
            diagnoses=tuple(dict.fromkeys(keep.diagnoses + line.diagnoses)),
            lesion_ids=tuple(dict.fromkeys(keep.lesion_ids + line.lesion_ids)),
            evidence=tuple(dict.fromkeys(keep.evidence + line.evidence)),
            rule_ids=tuple(dict.fromkeys(keep.rule_ids + line.rule_ids)),
            confidence=min(keep.confidence, line.confidence),
            body_site=keep.body_site
            if keep.body_site == line.body_site
            else (keep.body_site or line.body_site),
        )
        ctx.merge_into(first, slot)


# Order matters; every step takes the context. See the module docstring.
PIPELINE: tuple[Callable[[EditContext], None], ...] = (
    diagnosis.invalid_diagnosis,
    diagnosis.uncertain_behaviour_before_histology,
    diagnosis.malignant_on_biopsy_before_pathology,
    diagnosis.line_without_diagnosis,
    diagnosis.excision_code_follows_behaviour,
    mue.premalignant_destruction_units,
    add_on.biopsy_hierarchy,
    add_on.addon_without_primary,
    cosmetic.cosmetic_encounter_code,
    cosmetic.cosmetic_procedure,
    cosmetic.cosmetic_benign_lesion,
    cosmetic.screening_only_visit,
    global_period.em_inside_prior_global,
    global_period.em_decision_for_major,
    global_period.em_with_minor_procedure,
    global_period.procedure_inside_prior_global,
    ptp.mohs_day_biopsy,
    ptp.mutually_exclusive_pair,
    ptp.distinct_service_pair,
    # a removed primary can leave its add-on orphaned: re-derive the biopsy codes and add-on primaries,
    # then re-check the pairs the new lines form
    add_on.biopsy_hierarchy,
    add_on.addon_without_primary,
    ptp.mutually_exclusive_pair,
    ptp.distinct_service_pair,
    global_period.g2211_with_modifier_25,
    necessity.benign_removal_indication,
    necessity.ak_destruction_diagnosis,
    necessity.phototherapy_diagnosis,
    necessity.mohs_diagnosis,
    necessity.mohs_area_l_appropriate_use,
    necessity.puva_after_failed_conventional_treatment,
    necessity.puva_course_beyond_30_days,
    modifiers.no_modifier_51,
    modifiers.xs_instead_of_59,
    modifiers.one_liability_modifier,
    modifiers.em_modifiers_only_on_em,
    modifiers.no_side_modifiers_on_lesion_codes,
    modifiers.digit_modifier_on_nail_codes,
    modifiers.distinct_modifier_without_edit,
    modifiers.modifier_order,
    merge_identical,
    mue.units_over_mue,
    diagnosis.line_pointer_limit,
)


# Trigger index: a step listed here runs only when one of its codes is on the claim.
TRIGGERS: dict[Callable[[EditContext], None], frozenset[str]] = {
    diagnosis.excision_code_follows_behaviour: codes.EXCISION_BENIGN | codes.EXCISION_MALIGNANT,
    mue.premalignant_destruction_units: codes.DESTRUCTION_PREMALIGNANT,
    add_on.biopsy_hierarchy: codes.BIOPSY,
    cosmetic.cosmetic_procedure: codes.COSMETIC_PROCEDURES,
    cosmetic.cosmetic_benign_lesion: codes.BENIGN_REMOVAL,
    cosmetic.screening_only_visit: codes.EM,
    global_period.em_decision_for_major: codes.EM,
    global_period.em_with_minor_procedure: codes.EM,
    global_period.g2211_with_modifier_25: frozenset({"G2211"}),
    ptp.mohs_day_biopsy: codes.MOHS_PRIMARY,
    necessity.benign_removal_indication: codes.BENIGN_REMOVAL,
    necessity.ak_destruction_diagnosis: codes.DESTRUCTION_PREMALIGNANT,
    necessity.phototherapy_diagnosis: codes.PHOTOTHERAPY,
    necessity.mohs_diagnosis: codes.MOHS_PRIMARY,
    necessity.mohs_area_l_appropriate_use: frozenset({"17313"}),
    necessity.puva_after_failed_conventional_treatment: frozenset({"96912"}),
    necessity.puva_course_beyond_30_days: frozenset({"96912"}),
    modifiers.digit_modifier_on_nail_codes: codes.NAIL,
}


def apply_edits(facts: EncounterFacts, lines: Sequence[Line], tables: Tables) -> EditOutcome:
    """Run every edit rule over the draft lines; return final lines, claim diagnoses and findings."""
    t0 = perf_counter()
    ctx = EditContext(facts, lines, tables)
    for step in PIPELINE:
        if not ctx.lines:
            break
        trigger = TRIGGERS.get(step)
        if trigger is not None and trigger.isdisjoint(ctx.codes()):
            continue
        step(ctx)
    claim_dx = diagnosis.claim_diagnoses(ctx)
    out_lines, findings = ctx.finish()
    logger.debug(
        "edits encounter=%s lines_in=%d lines_out=%d findings=%d ms=%.3f",
        facts.encounter_ref,
        len(lines),
        len(out_lines),
        len(findings),
        (perf_counter() - t0) * 1000,
    )
    return EditOutcome(out_lines, claim_dx, findings)
