"""Modifier hygiene (MOD): no 51, XS over 59, one liability modifier, pricing modifiers only on E/M where
they belong, no side modifiers on lesion codes, claim order."""

from __future__ import annotations

import re
from dataclasses import replace

from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule
from server.coding.rules.base import EditContext
from server.coding.rules.base import describe
from server.coding.rules.codes import BIOPSY
from server.coding.rules.codes import DIGIT_MODS
from server.coding.rules.codes import FROZEN_SECTION
from server.coding.rules.codes import LESION
from server.coding.rules.codes import MOHS_PRIMARY
from server.coding.rules.codes import NAIL
from server.coding.rules.codes import SIDE_MODS
from server.coding.rules.codes import is_em
from server.coding.rules.codes import order_modifiers

DIGIT_CODES = NAIL | {"11720", "11721"}
DISTINCT = frozenset({"XS", "XE", "XP", "XU", "59"})
EM_ONLY = ("24", "25", "57")
LIABILITY_PRIORITY = ("GY", "GA", "GZ")


@rule("MOD001", family="modifiers", severity=Severity.INFO)
def no_modifier_51(ctx: EditContext) -> None:
    """Never modifier 51 on the claim.

    Why: Medicare ranks multiple procedures from the PFS multiple-procedure indicator itself; 51 is not
    needed and is invalid on add-on codes. Payers that want 51 add it downstream.
    Example: 11102 + 17000-51 → 17000.
    References: CPM12 §40.6; PFS RVU25D MULT_PROC indicator; conventions doc (Modifiers).
    """
    for slot, line in ctx.items():
        if "51" in line.modifiers:
            ctx.drop_modifiers(slot, ("51",), "MOD001")
            ctx.note(
                "MOD001",
                Topic.MODIFIER,
                f"Modifier 51 removed from {line.code}",
                what=f"{describe(line)}: 51 removed.",
                why="Medicare applies multiple-procedure ranking from the fee schedule indicator.",
                lines=(line,),
                slots=(slot,),
            )


@rule("MOD002", family="modifiers", severity=Severity.WARNING)
def xs_instead_of_59(ctx: EditContext) -> None:
    """Use XS, not 59, for a separate lesion/site; 59 stays only for the Mohs-day biopsy/frozen section.

    Why: CMS asks for the more specific X{EPSU} modifier whenever one describes the situation; for
    dermatology that is XS (separate structure). The conventions reserve 59 for 88331 (and its biopsy) on
    the Mohs day.
    Example: 11102 + 17000-59 for another lesion → 17000-XS.
    References: MLN1783722 (Proper Use of Modifiers 59, XE, XP, XS, XU; Feb 2025); NCCI Policy Manual Ch. I.
    """
    codes = ctx.codes()
    mohs_day = bool(codes & MOHS_PRIMARY) and FROZEN_SECTION in codes
    for slot, line in ctx.items():
        if "59" not in line.modifiers:
            continue
        if mohs_day and (line.code == FROZEN_SECTION or line.code in BIOPSY):
            continue
        mods = tuple("XS" if m == "59" else m for m in line.modifiers)
        mods = tuple(dict.fromkeys(mods))
        ctx.replace(slot, replace(line, modifiers=mods), "MOD002")
        ctx.note(
            "MOD002",
            Topic.MODIFIER,
            f"59 on {line.code} replaced by XS (separate lesion/site)",
            what=f"{describe(line)}: 59 replaced by XS.",
            why="XS describes a separate structure more "
            "precisely than 59, which is for cases no X modifier fits.",
            lines=(line,),
            slots=(slot,),
        )


@rule("MOD003", family="modifiers", severity=Severity.WARNING)
def one_liability_modifier(ctx: EditContext) -> None:
    """Never two of GA/GY/GZ on a line (GY wins for excluded services, then GA, then GZ); GX only with GY.

    Why: GA (ABN, not reasonable and necessary), GY (statutorily excluded) and GZ (no ABN) are mutually
    exclusive liability statements; combinations are rejected.
    Example: 17110-GA-GY → 17110-GY.
    References: CPM30 §50 (ABN, GA/GZ); rule book COS-4.
    """
    for slot, line in ctx.items():
        present = [m for m in LIABILITY_PRIORITY if m in line.modifiers]
        drop = set(present[1:])
        if "GX" in line.modifiers and "GY" not in line.modifiers:
            drop.add("GX")
        if not drop:
            continue
        ctx.drop_modifiers(slot, drop, "MOD003")
        ctx.note(
            "MOD003",
            Topic.MODIFIER,
            f"{line.code}: conflicting liability modifiers, removed {'/'.join(sorted(drop))}",
            what=f"{describe(line)}: kept "
            f"{present[0] if present else 'none'}, removed {', '.join(sorted(drop))}.",
            why="Only one liability modifier can describe a line.",
            lines=(line,),
            slots=(slot,),
        )


@rule("MOD004", family="modifiers", severity=Severity.WARNING)
def em_modifiers_only_on_em(ctx: EditContext) -> None:
    """24, 25 and 57 go on the E/M only, never on a procedure.

    Why: 25 marks a separately identifiable E/M, 57 the decision for surgery and 24 an unrelated E/M in
    a post-op period: they describe the visit. On a procedure code they are invalid.
    Example: 11102-25 → 11102 (25 belongs on the E/M).
    References: CPM12 §30.6.6 and §40.2; CPT Appendix A; rule book §3.2.
    """
    for slot, line in ctx.items():
        if is_em(line.code):
            continue
        bad = [m for m in line.modifiers if m in EM_ONLY]
        if not bad:
            continue
        ctx.drop_modifiers(slot, bad, "MOD004")
        ctx.note(
            "MOD004",
            Topic.MODIFIER,
            f"{'/'.join(bad)} removed from procedure {line.code}: E/M-only modifier",
            what=f"{describe(line)}: {', '.join(bad)} removed.",
            why="These modifiers describe an E/M service and are invalid on procedure codes.",
            lines=(line,),
            slots=(slot,),
        )


@rule("MOD005", family="modifiers", severity=Severity.INFO)
def no_side_modifiers_on_lesion_codes(ctx: EditContext) -> None:
    """No RT/LT/50/E1-E4 on skin-lesion codes; digit modifiers (FA, F1-F9, TA, T1-T9) only on nail codes.

    Why: lesion codes have bilateral indicator 0/9 (no 50) and separate lesions are separate lines with XS;
    the conventions keep side modifiers off them. Digit modifiers identify the nail treated.
    Example: 11102-RT → 11102; 11300-T5 → 11300; 11730-TA stays.
    References: PFS RVU25D BILAT_SURG indicator; conventions doc (Modifiers); rule book §3.2.
    """
    for slot, line in ctx.items():
        bad = []
        if line.code in LESION:
            bad.extend(m for m in line.modifiers if m in SIDE_MODS)
        if line.code not in DIGIT_CODES:
            bad.extend(m for m in line.modifiers if m in DIGIT_MODS)
        if not bad:
            continue
        ctx.drop_modifiers(slot, bad, "MOD005")
        ctx.note(
            "MOD005",
            Topic.MODIFIER,
            f"{'/'.join(bad)} removed from {line.code}",
            what=f"{describe(line)}: {', '.join(bad)} removed.",
            why="Side/digit modifiers do not apply to this code.",
            lines=(line,),
            slots=(slot,),
        )


@rule("MOD006", family="modifiers", severity=Severity.INFO)
def modifier_order(ctx: EditContext) -> None:
    """Modifiers in claim order: pricing/global (24, 25, 57, 58, 79), then XS/59, then anatomic, then
    GA/GX/GY/GZ; duplicates dropped.

    Why: payers read the first modifier positions for pricing; the conventions fix one order so results
    compare exactly.
    Example: 99213 with (GZ, 25) → 99213-25-GZ.
    References: conventions doc (Modifiers); NUCC 1500 item 24D.
    """
    for slot, line in ctx.items():
        ordered = order_modifiers(line.modifiers)
        if ordered == line.modifiers:
            continue
        ctx.replace(slot, replace(line, modifiers=ordered), "MOD006")
        ctx.note(
            "MOD006",
            Topic.MODIFIER,
            f"{line.code}: modifiers reordered to {'-'.join(ordered)}",
            what=f"{describe(line)} → {'-'.join(ordered)}.",
            why="Pricing modifiers come first.",
            lines=(line,),
            slots=(slot,),
        )


_DIGIT_WORDS = {
    "finger": [
        (r"thumb|pollex|1st\s+finger|first\s+finger", 0),
        (r"index|2nd\s+finger|second\s+finger", 1),
        (r"middle|long\s+finger|3rd\s+finger|third\s+finger", 2),
        (r"ring|4th\s+finger|fourth\s+finger", 3),
        (r"little\s+finger|small\s+finger|pinky|5th\s+finger|fifth\s+finger", 4),
    ],
    "toe": [
        (r"great\s+toe|big\s+toe|hallux|1st\s+toe|first\s+toe", 0),
        (r"2nd\s+toe|second\s+toe", 1),
        (r"3rd\s+toe|third\s+toe|middle\s+toe", 2),
        (r"4th\s+toe|fourth\s+toe", 3),
        (r"5th\s+toe|fifth\s+toe|little\s+toe|small\s+toe|pinky\s+toe", 4),
    ],
}
_DIGIT_MODS = {
    ("finger", "left"): ["FA", "F1", "F2", "F3", "F4"],
    ("finger", "right"): ["F5", "F6", "F7", "F8", "F9"],
    ("toe", "left"): ["TA", "T1", "T2", "T3", "T4"],
    ("toe", "right"): ["T5", "T6", "T7", "T8", "T9"],
}


def digit_modifier(site: str | None) -> str | None:
    """The HCPCS digit modifier for a documented single digit ("right great toe" → T5), else None."""
    if not site:
        return None
    text = site.lower()
    left, right = re.search(r"\bleft\b|\blt\b", text), re.search(r"\bright\b|\brt\b", text)
    if bool(left) == bool(right):
        return None
    side = "left" if left else "right"
    found = []
    for kind, words in _DIGIT_WORDS.items():
        if kind == "finger" and re.search(r"toe|hallux", text):
            continue
        for rx, idx in words:
            if re.search(rf"\b(?:{rx})", text):
                found.append(_DIGIT_MODS[(kind, side)][idx])
    return found[0] if len(set(found)) == 1 else None


@rule("MOD007", family="modifiers", severity=Severity.INFO)
def digit_modifier_on_nail_codes(ctx: EditContext) -> None:
    """Nail avulsion/excision lines (11730, 11732, 11750) carry the digit modifier of the documented nail.

    Why: the digit modifiers (FA, F1-F9, TA, T1-T9) identify which nail was treated; payers use them to
    tell separate nails apart, and the conventions put them on the nail codes whenever the digit is
    documented. Only a single, unambiguous digit with its side is used.
    Example: 11750 on the "right great toe" → 11750-T5; 11730 on the "left thumb" → 11730-FA.
    References: HCPCS Level II modifier definitions (FA-F9, TA-T9); NCCI Policy Manual Ch. I (anatomic
    modifiers); conventions doc (Modifiers).
    """
    for slot, line in ctx.items():
        if line.code not in NAIL or set(line.modifiers) & DIGIT_MODS:
            continue
        if line.code == "11732" and line.units > 1:
            continue
        mod = digit_modifier(line.body_site)
        if mod is None:
            continue
        ctx.add_modifier(slot, mod, "MOD007")
        ctx.note(
            "MOD007",
            Topic.MODIFIER,
            f"{mod} added to {line.code}: digit documented",
            what=f"{describe(line)}: the documented nail is {line.body_site!r}; digit modifier {mod} added.",
            why="Digit modifiers identify the nail treated.",
            lines=(line,),
            slots=(slot,),
        )


@rule("MOD008", family="modifiers", severity=Severity.INFO)
def distinct_modifier_without_edit(ctx: EditContext) -> None:
    """XS/XE/XP/XU/59 only on the column-2 code of an indicator-1 NCCI pair present on the claim.

    Why: the distinct-service modifiers exist to bypass a PTP edit; on a line that is not the column-2
    code of such an edit (no partner on the claim, or the line is the column-1 code) they are unsupported
    and draw audits. The engine adds XS itself where an edit needs it.
    Example: 11102 + 11103-XS (no PTP edit between them) → 11103; 11102-XS + 17000 → 11102 + 17000-XS.
    References: MLN1783722 (Proper Use of Modifiers 59, XE, XP, XS, XU; Feb 2025); NCCI PTP practitioner
    table 2024Q3; conventions doc (Modifiers).
    """
    ptp = ctx.tables.ptp
    items = ctx.items()
    for slot, line in items:
        mods = [m for m in line.modifiers if m in DISTINCT]
        if not mods:
            continue
        if any(
            ptp.get((other.code, line.code)) == 1 for s2, other in items if s2 != slot and s2 in ctx.lines
        ):
            continue
        ctx.drop_modifiers(slot, mods, "MOD008")
        ctx.note(
            "MOD008",
            Topic.MODIFIER,
            f"{'/'.join(mods)} removed from {line.code}: no NCCI edit on the claim needs it",
            what=f"{describe(line)}: {', '.join(mods)} removed; {line.code} is not the column-2 code of an "
            "indicator-1 NCCI pair with another line of this claim.",
            why="Distinct-service modifiers are only for bypassing a PTP edit the documentation supports.",
            lines=(line,),
            slots=(slot,),
        )
