"""Diagnosis validation and linkage (DX): valid billable ICD-10-CM, pre-pathology rules, pointer limits."""

from __future__ import annotations

from dataclasses import replace

from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule
from server.coding.rules import icd
from server.coding.rules.base import EditContext
from server.coding.rules.base import describe
from server.coding.rules.codes import BIOPSY
from server.coding.rules.codes import EXCISION_BENIGN
from server.coding.rules.codes import EXCISION_MALIGNANT

MAX_LINE_POINTERS = 4
MAX_CLAIM_DIAGNOSES = 12


def pathology_confirmed(ctx: EditContext, code: str, lesion_ids: tuple[str, ...]) -> bool:
    for dx in ctx.facts.diagnoses:
        if not dx.pathology_confirmed:
            continue
        if dx.code and icd.normalize(dx.code) == code:
            return True
        if dx.lesion_id and dx.lesion_id in lesion_ids:
            return True
    return False


@rule("DX001", family="diagnosis", severity=Severity.ERROR)
def invalid_diagnosis(ctx: EditContext) -> None:
    """Every diagnosis pointer is a valid, billable ICD-10-CM code in the dotted claim form.

    Why: claims with a non-existent or non-billable (category/subcategory) ICD-10-CM code are rejected
    at the front end. Codes arrive with or without the dot; they are normalised to the dotted form. An
    invalid or non-billable code is taken off the line with an `invalid-code` finding naming the billable
    codes under it.
    Example: L82 (category) on 17110 → removed, finding suggests L82.0 / L82.1; "c44311" → C44.311.
    References: ICD-10-CM FY2026 (April 1 2026 release, simple-icd-10-cm); ICDGL §I.B.7 (code to the
    highest specificity).
    """
    for slot, line in ctx.items():
        if not line.diagnoses:
            continue
        kept: list[str] = []
        changed = False
        for raw in line.diagnoses:
            code = icd.normalize(raw)
            st = icd.status(code)
            if st == "billable":
                if code not in kept:
                    kept.append(code)
                continue
            changed = True
            if st == "category":
                options = ", ".join(icd.children(code)) or "a more specific code"
                ctx.note(
                    "DX001",
                    Topic.INVALID_CODE,
                    f"{code} on {line.code} is not billable: pick a more specific ICD-10-CM code",
                    what=f"`{code}` is an ICD-10-CM category, not a "
                    f"billable code; it was taken off line {describe(line)}. Billable codes under it "
                    f"include {options}.",
                    why="Only leaf codes of the FY2026 ICD-10-CM are billable.",
                    lines=(line,),
                    slots=(slot,),
                    fix=f"Replace {code} with a billable code such as {options}",
                    fix_slot=slot,
                )
            else:
                ctx.note(
                    "DX001",
                    Topic.INVALID_CODE,
                    f"{raw.strip()!s:.12} on {line.code} is not a valid ICD-10-CM code",
                    what=f"`{raw.strip()[:12]}` is not in the FY2026 ICD-10-CM code "
                    f"set; it was taken off line {describe(line)}.",
                    why="Claims with invalid diagnosis codes are rejected.",
                    lines=(line,),
                    slots=(slot,),
                )
        if changed:
            ctx.replace(slot, replace(line, diagnoses=tuple(kept)), "DX001")
        elif tuple(kept) != line.diagnoses:  # only the dotted form changed: normalisation, not an edit
            ctx.lines[slot] = replace(line, diagnoses=tuple(kept))


@rule("DX002", family="diagnosis", severity=Severity.WARNING)
def uncertain_behaviour_before_histology(ctx: EditContext) -> None:
    """D48.5 (uncertain behaviour) on a biopsy only after histology; before pathology it becomes D49.2.

    Why: D48.5 is for neoplasms whose histology could not establish benign vs malignant. It is not a
    placeholder while the biopsy's pathology is pending: an unspecified-behaviour lesion is D49.2 (or a
    sign/symptom). Excisions are coded from their pathology, so D48.5 there is left alone.
    Example: 11102 for a "growth" coded D48.5, no pathology yet → D48.5 replaced by D49.2.
    References: ICD-10-CM Tabular notes D37-D48 and D49 (April 2026); ICDGL §I.C.2; rule book DX-3.
    """
    for slot, line in ctx.items():
        if line.code not in BIOPSY or icd.UNCERTAIN_BEHAVIOUR not in line.diagnoses:
            continue
        if pathology_confirmed(ctx, icd.UNCERTAIN_BEHAVIOUR, line.lesion_ids):
            continue
        dx = _swap(line.diagnoses, {icd.UNCERTAIN_BEHAVIOUR})
        new = ctx.replace(slot, replace(line, diagnoses=dx), "DX002")
        ctx.note(
            "DX002",
            Topic.CODING_CORRECTION,
            f"D48.5 needs histology: coded D49.2 on {line.code} until pathology is back",
            what=f"Line {describe(line)}: D48.5 replaced by D49.2.",
            why="D48.5 is assigned only when the pathologist cannot determine behaviour; before "
            "pathology the lesion is a neoplasm of unspecified behaviour (D49.2).",
            lines=(line,),
            slots=(slot,),
            fix="Use D49.2 (or a sign/symptom code) until pathology posts",
            fix_slot=slot,
            fix_line=new,
        )


@rule("DX003", family="diagnosis", severity=Severity.WARNING)
def malignant_on_biopsy_before_pathology(ctx: EditContext) -> None:
    """A biopsy billed before pathology does not carry a malignant diagnosis: D49.2 instead.

    Why: outpatient coding does not code suspected ("rule-out") diagnoses; until histology confirms a
    malignancy the biopsied lesion is coded as documented: D49.2 or a sign/symptom. When pathology is
    already back for that lesion (or the malignancy was known before), the confirmed code stays.
    Example: 11102 for "r/o BCC" coded C44.311, no pathology → C44.311 replaced by D49.2.
    References: ICDGL §IV.H and §IV.K (outpatient uncertain diagnoses); rule book DX-2/DX-3.
    """
    for slot, line in ctx.items():
        if line.code not in BIOPSY:
            continue
        bad = {
            c
            for c in line.diagnoses
            if icd.is_malignant(c) and not pathology_confirmed(ctx, c, line.lesion_ids)
        }
        if not bad:
            continue
        dx = _swap(line.diagnoses, bad)
        new = ctx.replace(slot, replace(line, diagnoses=dx), "DX003")
        listed = ", ".join(sorted(bad))
        ctx.note(
            "DX003",
            Topic.CODING_CORRECTION,
            f"Biopsy {line.code} coded {listed} before pathology: use D49.2 until histology confirms",
            what=f"Line {describe(line)}: {listed} replaced by "
            "D49.2 (neoplasm of unspecified behaviour of skin).",
            why="A malignant code needs histologic confirmation; a biopsy sent for diagnosis is coded "
            "from the documented finding until the pathology report posts.",
            lines=(line,),
            slots=(slot,),
            fix="Code D49.2 now, or hold the claim for pathology",
            fix_slot=slot,
            fix_line=new,
        )


def _swap(diagnoses: tuple[str, ...], bad: set[str]) -> tuple[str, ...]:
    out: list[str] = []
    for c in diagnoses:
        c = icd.BEFORE_PATHOLOGY if c in bad else c
        if c not in out:
            out.append(c)
    return tuple(out)


@rule("DX004", family="diagnosis", severity=Severity.WARNING)
def line_without_diagnosis(ctx: EditContext) -> None:
    """Every line points at a diagnosis; link a documented diagnosis of the same lesion, else flag it.

    Why: a claim line without a diagnosis pointer is rejected. When the encounter documents a valid code
    for the same lesion (DxFact.lesion_id), it is linked (info finding); otherwise a
    `missing-documentation` finding asks for the diagnosis.
    Example: 17000 for lesion "B" with no pointer, Condition for lesion B = L57.0 → linked to L57.0.
    References: CMS-1500/837P diagnosis pointer requirement (NUCC); ICDGL §IV.
    """
    for slot, line in ctx.items():
        if line.diagnoses:
            continue
        linked: list[str] = []
        for dx in ctx.facts.diagnoses:
            if dx.code and dx.lesion_id and dx.lesion_id in line.lesion_ids:
                code = icd.normalize(dx.code)
                if icd.status(code) == "billable" and code not in linked:
                    linked.append(code)
        if linked:
            new = ctx.replace(slot, replace(line, diagnoses=tuple(linked[:MAX_LINE_POINTERS])), "DX004")
            ctx.note(
                "DX004",
                Topic.CODING_SUGGESTION,
                f"{line.code} linked to {', '.join(new.diagnoses)} documented for the same lesion",
                what=f"Line {describe(line)} had no diagnosis; linked "
                f"to {', '.join(new.diagnoses)} documented for lesion(s) {', '.join(line.lesion_ids)}.",
                why="Each line needs a diagnosis pointer; the lesion's documented diagnosis is the best "
                "match.",
                lines=(line,),
                slots=(slot,),
                severity=Severity.INFO,
            )
        else:
            ctx.note(
                "DX004",
                Topic.MISSING_DOCUMENTATION,
                f"{line.code} has no diagnosis: document the reason for the service",
                what=f"Line {describe(line)} has no valid ICD-10-CM diagnosis.",
                why="A claim line without a diagnosis pointer is rejected.",
                lines=(line,),
                slots=(slot,),
            )


@rule("DX005", family="diagnosis", severity=Severity.INFO)
def line_pointer_limit(ctx: EditContext) -> None:
    """At most 4 diagnosis pointers per line, in rank order.

    Why: the 837P/CMS-1500 line has four diagnosis pointers; extra codes are dropped from the line (they
    may stay on the claim through other lines).
    Example: 99214 pointing at 5 codes → the first 4 (ranked) are kept.
    References: NUCC 1500 instructions item 24E; X12 837P SV107.
    """
    for slot, line in ctx.items():
        if len(line.diagnoses) <= MAX_LINE_POINTERS:
            continue
        dropped = line.diagnoses[MAX_LINE_POINTERS:]
        ctx.replace(slot, replace(line, diagnoses=line.diagnoses[:MAX_LINE_POINTERS]), "DX005")
        ctx.note(
            "DX005",
            Topic.CODING_CORRECTION,
            f"{line.code}: only 4 diagnosis pointers per line; dropped {', '.join(dropped)}",
            what=f"Line {describe(line)} pointed at "
            f"{len(line.diagnoses)} diagnoses; {', '.join(dropped)} were dropped (lowest ranked).",
            why="A claim line carries at most four diagnosis pointers.",
            lines=(line,),
            slots=(slot,),
        )


def claim_diagnoses(ctx: EditContext) -> tuple[str, ...]:
    """Claim-level diagnoses in order of first use; enforces the 12-code limit (DX006)."""
    order: list[str] = []
    for line in ctx.lines.values():
        for c in line.diagnoses:
            if c not in order:
                order.append(c)
    if len(order) > MAX_CLAIM_DIAGNOSES:
        claim_limit(ctx, order)
        order = order[:MAX_CLAIM_DIAGNOSES]
    return tuple(order)


@rule("DX006", family="diagnosis", severity=Severity.WARNING)
def claim_limit(ctx: EditContext, order: list[str]) -> None:
    """At most 12 diagnoses per claim; pointers to the 13th and later are removed.

    Why: the 837P/CMS-1500 claim holds 12 diagnosis codes (A-L); lines can only point at those.
    Example: 14 distinct codes across 6 lines → the first 12 by line order are kept.
    References: NUCC 1500 instructions item 21; X12 837P HI segment.
    """
    keep = set(order[:MAX_CLAIM_DIAGNOSES])
    dropped = order[MAX_CLAIM_DIAGNOSES:]
    slots = []
    for slot, line in ctx.items():
        if any(c not in keep for c in line.diagnoses):
            ctx.replace(slot, replace(line, diagnoses=tuple(c for c in line.diagnoses if c in keep)), "DX006")
            slots.append(slot)
    ctx.note(
        "DX006",
        Topic.CODING_CORRECTION,
        f"Claim holds 12 diagnoses; dropped {len(dropped)}",
        what=f"{len(order)} distinct diagnoses; dropped {', '.join(dropped)}.",
        why="A professional claim carries at most 12 diagnosis codes.",
        slots=slots,
    )


@rule("DX007", family="diagnosis", severity=Severity.WARNING)
def excision_code_follows_behaviour(ctx: EditContext) -> None:
    """Excision codes follow the diagnosis behaviour: malignant (116xx) only for a malignancy or in-situ
    carcinoma/melanoma, benign (114xx) otherwise.

    Why: benign vs malignant excision is decided by the final pathology (or a malignancy known before the
    excision). Uncertain or unspecified behaviour (D48.5, D49.2), nevi and cysts take the benign codes;
    carcinoma/melanoma in situ (D03/D04) and C43/C44/C4A take the malignant codes. The site group and size
    band stay the same (the codes differ by 200).
    Example: 11622 for an atypical Spitz naevus coded D48.5 → 11422; 11402 for a BCC (C44.519) → 11602.
    References: CPT excision guidelines via AAPC-EXC ("4 Steps for Improved Excision Coding"); rule book EX-3.
    """
    for slot, line in ctx.items():
        if not line.diagnoses or line.code not in EXCISION_BENIGN | EXCISION_MALIGNANT:
            continue
        malignant = any(icd.is_malignant(c) for c in line.diagnoses)
        if line.code in EXCISION_MALIGNANT and not malignant:
            target = str(int(line.code) - 200)
        elif line.code in EXCISION_BENIGN and malignant and icd.is_malignant(line.diagnoses[0]):
            target = str(int(line.code) + 200)
        else:
            continue
        new = ctx.replace(slot, replace(line, code=target, label=""), "DX007")
        kind = "malignant" if target in EXCISION_MALIGNANT else "benign"
        ctx.note(
            "DX007",
            Topic.CODING_CORRECTION,
            f"{line.code} recoded {target}: the diagnosis "
            f"({', '.join(line.diagnoses)}) takes the {kind} excision code",
            what=f"Line {describe(line)} → {target}: excision codes follow the behaviour of the excised "
            f"lesion ({', '.join(line.diagnoses)}); same site group and size band.",
            why="Benign vs malignant excision follows the pathology diagnosis.",
            lines=(line,),
            slots=(slot,),
            fix=f"Bill {target}",
            fix_slot=slot,
            fix_line=new,
        )
