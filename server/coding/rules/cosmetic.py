"""Cosmetic services (rule book COS-1..COS-5): Medicare FFS → GY (+GX with an ABN); other payers → the
line leaves the claim and the patient is billed directly. Ids NEC101+ (the NEC family covers necessity and
cosmetic status)."""

from __future__ import annotations

from server.coding.model import Line
from server.coding.model import PayerKind
from server.coding.model import Severity
from server.coding.model import Span
from server.coding.model import Topic
from server.coding.registry import rule
from server.coding.rules import indications
from server.coding.rules.base import EditContext
from server.coding.rules.base import describe
from server.coding.rules.codes import BENIGN_REMOVAL
from server.coding.rules.codes import COSMETIC_PROCEDURES
from server.coding.rules.codes import is_em

# Benign diagnoses whose removal is cosmetic unless an LCD indication is documented (COS-2).
COSMETIC_DX = ("L82.1", "L91.8", "D18.01", "D22")
COSMETIC_ENCOUNTER_DX = ("Z41.1", "Z41.8")
# Documented medical uses of otherwise cosmetic codes: hyperhidrosis / neurological (neurotoxin),
# actinic keratoses (peels), HIV lipodystrophy (fillers).
MEDICAL_USE = {
    "J0585": ("L74.5", "G24", "G43", "G51", "R25.2"),
    "15788": ("L57.0",),
    "15789": ("L57.0",),
    "15792": ("L57.0",),
    "15793": ("L57.0",),
    "11950": ("E88.1",),
    "11951": ("E88.1",),
    "11952": ("E88.1",),
    "11954": ("E88.1",),
}


def apply_cosmetic(ctx: EditContext, slot: int, rule_id: str, reason: str, why: str) -> None:
    """Mark a line cosmetic: GY(+GX) for Medicare FFS, removal from the claim for every other payer."""
    line = ctx.lines[slot]
    evidence = tuple(i.span for i in indications.cosmetic_request(ctx, line) if i.span)
    if ctx.facts.payer_kind == PayerKind.MEDICARE:
        _excluded_gy(
            ctx, slot, rule_id, Topic.COSMETIC, f"{line.code} is cosmetic ({reason})", reason, why, evidence
        )
        return
    ctx.remove(slot)
    ctx.note(
        rule_id,
        Topic.COSMETIC,
        f"{line.code} is cosmetic ({reason}): removed, bill the patient directly",
        what=f"Line {describe(line)} removed from the claim: {reason}. A cosmetic service is not "
        "billed to the payer; the patient is billed directly.",
        why=why,
        lines=(line,),
        evidence=evidence,
        severity=Severity.WARNING,
    )


def _excluded_gy(
    ctx: EditContext,
    slot: int,
    rule_id: str,
    topic: Topic,
    head: str,
    reason: str,
    why: str,
    evidence: tuple[Span, ...] = (),
) -> None:
    """Medicare FFS statutorily excluded service: GY, plus GX when a voluntary ABN is on file."""
    line = ctx.lines[slot]
    new = ctx.add_modifier(slot, "GY", rule_id)
    if ctx.facts.abn_on_file:
        new = ctx.add_modifier(slot, "GX", rule_id)
    mods = "GY+GX" if ctx.facts.abn_on_file else "GY"
    ctx.note(
        rule_id,
        topic,
        f"{head}: billed with {mods}, patient liable",
        what=f"{describe(line)}: {reason}. Medicare excludes this service by statute; the line is billed "
        f"with {mods} so it is denied to the patient's liability"
        + (" (voluntary ABN on file)." if ctx.facts.abn_on_file else "."),
        why=why,
        lines=(line,),
        evidence=evidence,
        slots=(slot,),
        severity=Severity.WARNING,
        fix="Remove the line if the patient pays at the desk",
        fix_slot=slot,
        fix_line=new,
    )


def _is_cosmetic_already(line: Line) -> bool:
    return "GY" in line.modifiers


@rule("NEC101", family="cosmetic", severity=Severity.WARNING)
def cosmetic_benign_lesion(ctx: EditContext) -> None:
    """Removal of an asymptomatic SK (L82.1), skin tag (L91.8), cherry angioma (D18.01) or nevus (D22.x)
    without a documented indication is cosmetic.

    Why: the benign-lesion LCDs cover removal only for bleeding, intense itching, pain, inflammation or
    infection, change/enlargement, obstruction or diagnostic uncertainty; otherwise removal is cosmetic and
    statutorily excluded (BPM16 §120). A nevus removed because it is changing or suspicious is diagnostic,
    not cosmetic.
    Example: 17110 for L82.1 with no symptom documented, Medicare → 17110-GY; commercial → line removed.
    References: LCD L34200 / L33979 / L35498 (benign skin lesion removal); BPM16 §120; rule book COS-2,
    BSL-3/BSL-5.
    """
    for slot, line in ctx.items():
        if line.code not in BENIGN_REMOVAL or _is_cosmetic_already(line) or not line.diagnoses:
            continue
        lesion_dx = indications.lesion_diagnoses(line)
        if not lesion_dx or not all(c.startswith(COSMETIC_DX) for c in lesion_dx):
            continue
        if indications.has_medical_reason(ctx, line):
            continue
        apply_cosmetic(
            ctx,
            slot,
            "NEC101",
            f"{', '.join(lesion_dx)} without a documented symptom",
            "Removal of an asymptomatic benign lesion does not meet any LCD indication and is cosmetic.",
        )


@rule("NEC102", family="cosmetic", severity=Severity.WARNING)
def cosmetic_encounter_code(ctx: EditContext) -> None:
    """A line pointing at Z41.1/Z41.8 (encounter for cosmetic surgery/procedure) is cosmetic.

    Why: Z41.1 and Z41.8 state that the service is cosmetic; Medicare excludes it (GY) and other payers
    do not cover it.
    Example: 11300 for a facial lesion with Z41.1 → cosmetic (GY for Medicare, removed otherwise).
    References: ICD-10-CM Z41.1/Z41.8 (April 2026); BPM16 §120; rule book COS-3.
    """
    for slot, line in ctx.items():
        if _is_cosmetic_already(line):
            continue
        if any(c.startswith(COSMETIC_ENCOUNTER_DX) for c in line.diagnoses):
            apply_cosmetic(
                ctx,
                slot,
                "NEC102",
                "cosmetic encounter diagnosis (Z41.x)",
                "The diagnosis itself says the service is cosmetic.",
            )


@rule("NEC103", family="cosmetic", severity=Severity.WARNING)
def cosmetic_procedure(ctx: EditContext) -> None:
    """Chemical peels, dermabrasion, fillers and neurotoxin are cosmetic unless a medical use is coded.

    Why: these services are excluded as cosmetic (rhytids, photo-ageing) unless they treat a covered
    condition: neurotoxin for hyperhidrosis (L74.5x) or neurological disease, peels for actinic
    keratoses (L57.0), fillers for HIV lipodystrophy (E88.1).
    Example: J0585 for glabellar lines (no medical diagnosis) → cosmetic; J0585 for L74.512 → kept.
    References: BPM16 §120; PFS RVU25D status indicators (15788/15789/15792, 11950-11954 = R);
    rule book COS-2, §4.8.
    """
    for slot, line in ctx.items():
        if line.code not in COSMETIC_PROCEDURES or _is_cosmetic_already(line):
            continue
        medical = MEDICAL_USE.get(line.code, ())
        if medical and any(c.startswith(medical) for c in line.diagnoses):
            continue
        apply_cosmetic(
            ctx,
            slot,
            "NEC103",
            "cosmetic procedure without a covered medical diagnosis",
            "Peels, dermabrasion, fillers and neurotoxin for appearance are excluded services.",
        )


SCREENING_DX = ("Z12.83", "Z12.89", "Z13.89")
# benign incidental findings of a screening exam that lead to nothing (nevi, SKs, angiomas, lentigines)
BENIGN_FINDINGS = ("D22", "L82", "D18.01", "L81.4", "L57.8")


@rule("NEC104", family="cosmetic", severity=Severity.WARNING)
def screening_only_visit(ctx: EditContext) -> None:
    """Medicare FFS: a skin-cancer screening visit with only screening diagnoses is excluded → GY.

    Why: Medicare has no skin-cancer screening benefit; a full-skin exam of an asymptomatic patient with
    nothing found is a routine-screening exclusion (GY, plus GX with a voluntary notice). A history of skin
    cancer, a complaint or a finding makes it a diagnostic visit (another diagnosis on the line). Other
    payers usually cover preventive screening, so nothing changes for them.
    Example: 99203 with Z12.83 only, Medicare FFS → 99203-GY; 99213 with Z12.83 + Z85.820 → unchanged.
    References: SSA §1862(a)(7) (routine screening exclusion); CPM30 §50 (GY/GX); rule book DX-5.
    """
    if ctx.facts.payer_kind != PayerKind.MEDICARE:
        return
    procedures = any(not is_em(ln.code) for ln in ctx.lines.values())
    for slot, line in ctx.items():
        if not is_em(line.code) or not line.diagnoses or _is_cosmetic_already(line):
            continue
        if any(c.startswith(SCREENING_DX) for c in line.diagnoses) and all(
            c.startswith(SCREENING_DX) or (not procedures and c.startswith(BENIGN_FINDINGS))
            for c in line.diagnoses
        ):  # "scattered regular nevi, a few SKs and cherry angiomas; nothing suspicious": still a screening
            _excluded_gy(
                ctx,
                slot,
                "NEC104",
                Topic.COVERAGE,
                f"{line.code} is a screening-only visit",
                f"screening-only visit ({', '.join(line.diagnoses)})",
                "Medicare does not cover skin-cancer screening of an asymptomatic patient.",
            )
