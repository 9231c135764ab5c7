"""NCCI procedure-to-procedure edits (PTP) over every pair of lines, both orders."""

from __future__ import annotations

from dataclasses import replace

from server.coding.model import Line
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule
from server.coding.rules.base import EditContext
from server.coding.rules.base import describe
from server.coding.rules.codes import BIOPSY
from server.coding.rules.codes import DIGIT_MODS
from server.coding.rules.codes import FROZEN_SECTION
from server.coding.rules.codes import MOHS_PRIMARY
from server.coding.rules.codes import NAIL_UNIT
from server.coding.rules.codes import NCCI_ASSOCIATED
from server.coding.rules.codes import is_em
from server.coding.rules.codes import order_modifiers
from server.coding.rules.diagnosis import pathology_confirmed

# Modifier for the Mohs-day diagnostic biopsy and its frozen section (conventions: the one place for 59).
MOHS_DAY_MODIFIER = "59"


def _norm_site(site: str) -> str:
    return " ".join(site.lower().replace(",", " ").split())


def distinct(a: Line, b: Line) -> bool | None:
    """True when two lines are documented for different lesions/sites, False when they share one, None if
    the documentation does not say."""
    da, db = DIGIT_MODS.intersection(a.modifiers), DIGIT_MODS.intersection(b.modifiers)
    if a.code in NAIL_UNIT and b.code in NAIL_UNIT and da and db:
        return da.isdisjoint(db)  # 11750-T5 and 11730-TA: two nails
    if a.code in NAIL_UNIT and b.code in NAIL_UNIT and a.body_site and b.body_site:
        return _norm_site(a.body_site) != _norm_site(b.body_site)  # the nail (digit) is the structure
    if a.lesion_ids and b.lesion_ids:
        return set(a.lesion_ids).isdisjoint(b.lesion_ids)
    if a.body_site and b.body_site:
        return _norm_site(a.body_site) != _norm_site(b.body_site)
    return None


def _located(ctx: EditContext, line: Line) -> Line:
    """An add-on line without its own lesion ids/site borrows those of its primary on the claim (the add-on
    covers further lesions of the same service)."""
    if line.lesion_ids or line.body_site:
        return line
    primaries = ctx.tables.aoc.get(line.code)
    if not primaries:
        return line
    for other in ctx.lines.values():
        if other.code in primaries and (other.lesion_ids or other.body_site):
            return replace(line, lesion_ids=other.lesion_ids, body_site=other.body_site)
    return line


def pairs(ctx: EditContext, indicator: int) -> list[tuple[int, int]]:
    """(column-1 slot, column-2 slot) for every pair of current lines with a PTP edit of ``indicator``."""
    ptp = ctx.tables.ptp
    items = ctx.items()
    out = []
    for i, (si, li) in enumerate(items):
        for sj, lj in items[i + 1 :]:
            if li.code == lj.code:
                continue
            ind = ptp.get((li.code, lj.code))
            if ind is not None:
                if ind == indicator:
                    out.append((si, sj))
                continue
            if ptp.get((lj.code, li.code)) == indicator:
                out.append((sj, si))
    return out


@rule("PTP001", family="ptp", severity=Severity.ERROR)
def mutually_exclusive_pair(ctx: EditContext) -> None:
    """NCCI PTP modifier indicator 0: the column-2 code is never payable with the column-1 code.

    Why: an indicator-0 edit cannot be bypassed by any modifier; the column-2 line is removed (and the
    removal is a finding, with the edit's column-1 code named).
    Example: 17004 + 17000 → 17000 removed; 11721 + 11720 → 11720 removed; 96910 + 99211 → 99211 removed.
    References: NCCI PTP practitioner table 2024Q3 (CMS); NCCI Policy Manual Ch. I; MLN1783722.
    """
    for c1, c2 in pairs(ctx, 0):
        if c1 not in ctx.lines or c2 not in ctx.lines:
            continue
        col1, col2 = ctx.lines[c1], ctx.lines[c2]
        ctx.remove(c2)
        ctx.note(
            "PTP001",
            Topic.NCCI,
            f"{col2.code} is bundled into {col1.code} (NCCI indicator 0): removed",
            what=f"Line {describe(col2)} removed: NCCI pair {col1.code}/{col2.code} has modifier "
            "indicator 0.",
            why="Column-2 codes of indicator-0 pairs are never paid with the column-1 code, "
            "with or without a modifier.",
            lines=(col2,),
            slots=(c1,),
            fix=f"Bill {col1.code} only",
            fix_slot=c1,
        )


@rule("PTP002", family="ptp", severity=Severity.WARNING)
def distinct_service_pair(ctx: EditContext) -> None:
    """NCCI PTP modifier indicator 1: keep the column-2 code only for a distinct lesion/site (XS) or a
    separately identifiable E/M (25); otherwise remove it.

    Why: indicator-1 edits may be bypassed with an NCCI-associated modifier when the documentation shows a
    different lesion or site. XS (separate structure) goes on the column-2 code, never on column 1;
    for E/M pairs the modifier is 25 on the E/M. Lines documented for the same lesion lose the column-2
    code.
    Example: 11102 (lesion A) + 17000 (lesion B) → 17000-XS; 11400 + 11102 for the same lesion → 11102
    removed; 95044 + 99213 with separate work documented → 99213-25.
    References: NCCI PTP practitioner table 2024Q3 (CMS); MLN1783722 (modifiers 59/X{EPSU}, Feb 2025);
    CPM12 §30.6.6 (modifier 25).
    """
    for c1, c2 in pairs(ctx, 1):
        if c1 not in ctx.lines or c2 not in ctx.lines:
            continue
        col1, col2 = ctx.lines[c1], ctx.lines[c2]
        if is_em(col1.code) != is_em(col2.code):
            _em_pair(ctx, c1, c2)
            continue
        if _mohs_day_exempt(ctx, col1, col2):
            continue
        bypass = set(col2.modifiers) & NCCI_ASSOCIATED
        d = distinct(_located(ctx, col1), _located(ctx, col2))
        if d:
            if bypass:
                continue
            ctx.add_modifier(c2, "XS", "PTP002")
            ctx.note(
                "PTP002",
                Topic.NCCI,
                f"XS added to {col2.code}: separate lesion from {col1.code} (NCCI indicator 1)",
                what=f"NCCI pair {col1.code}/{col2.code} (indicator 1); the lines "
                f"are for different lesions/sites, so the column-2 code {col2.code} takes XS.",
                why="An indicator-1 edit is bypassed only by a modifier that the documentation supports: "
                "a separate lesion or site (XS).",
                lines=(col1, col2),
                slots=(c2,),
                severity=Severity.INFO,
            )
        elif d is None and bypass:
            ctx.note(
                "PTP002",
                Topic.NCCI,
                f"{col2.code}-{'/'.join(sorted(bypass))} with {col1.code}: document the separate lesion/site",
                what=f"NCCI pair {col1.code}/{col2.code} "
                "(indicator 1) is bypassed by a modifier, but the lines do not document different "
                "lesions or sites.",
                why="The bypass modifier must be supported by the record.",
                lines=(col1, col2),
                slots=(c2,),
            )
        else:
            ctx.remove(c2)
            reason = "the same lesion/site" if d is False else "no documented separate lesion/site"
            ctx.note(
                "PTP002",
                Topic.NCCI,
                f"{col2.code} bundled into {col1.code}: {reason} (NCCI indicator 1)",
                what=f"Line {describe(col2)} removed: NCCI pair {col1.code}/{col2.code} (indicator 1) and "
                f"{reason}.",
                why="The column-2 service is part of the column-1 service unless it was "
                "done on a different lesion or site.",
                lines=(col2,),
                slots=(c1,),
                fix=f"If {col2.code} treated a different lesion, document it and bill it with XS",
                fix_line=replace(col2, modifiers=order_modifiers(col2.modifiers + ("XS",))),
            )


def _mohs_day_exempt(ctx: EditContext, col1: Line, col2: Line) -> bool:
    """The Mohs-day diagnostic biopsy / frozen section carrying 59 (see PTP003) bypasses the Mohs edits."""
    return (
        col1.code in MOHS_PRIMARY
        and MOHS_DAY_MODIFIER in col2.modifiers
        and (col2.code in BIOPSY or col2.code == FROZEN_SECTION)
        and FROZEN_SECTION in ctx.codes()
    )


def _em_pair(ctx: EditContext, c1: int, c2: int) -> None:
    em_slot = c1 if is_em(ctx.lines[c1].code) else c2
    other_slot = c2 if em_slot == c1 else c1
    em, other = ctx.lines[em_slot], ctx.lines[other_slot]
    if set(em.modifiers) & {"25", "57", "24"}:
        return
    if ctx.facts.em_separately_identifiable:
        ctx.add_modifier(em_slot, "25", "PTP002")
        ctx.note(
            "PTP002",
            Topic.MODIFIER,
            f"25 added to {em.code}: separately identifiable from {other.code}",
            what=f"NCCI pair {ctx.lines[c1].code}/{ctx.lines[c2].code} (indicator 1); separately "
            f"identifiable E/M work is documented, so {em.code} takes modifier 25.",
            why="Modifier 25 on the E/M bypasses the E/M edit when work beyond the procedure is documented.",
            lines=(em,),
            evidence=ctx.facts.em_evidence,
            slots=(em_slot,),
            severity=Severity.INFO,
        )
    else:
        ctx.remove(em_slot)
        ctx.note(
            "PTP002",
            Topic.NCCI,
            f"{em.code} not billable with {other.code}: no separately identifiable E/M documented",
            what=f"Line {describe(em)} removed: NCCI pair {ctx.lines[other_slot].code}/"
            f"{em.code} (indicator 1) and the note documents no E/M work beyond the procedure.",
            why="The evaluation that leads to a procedure is part of the procedure.",
            lines=(em,),
            slots=(other_slot,),
            fix="Document the separate problem addressed and bill the E/M with 25",
            fix_line=replace(em, modifiers=order_modifiers(em.modifiers + ("25",))),
        )


@rule("PTP003", family="ptp", severity=Severity.INFO)
def mohs_day_biopsy(ctx: EditContext) -> None:
    """Same-day diagnostic biopsy with frozen section before Mohs (no prior pathology): biopsy and 88331
    are billable with 59.

    Why: the Mohs codes include the pathology of the Mohs layers (17311/88331 indicator 1), but a
    diagnostic biopsy with an immediate frozen-section diagnosis that decides the Mohs procedure is a
    separate service when no pathology existed before. This is the one case the conventions reserve for
    59 (no more specific X modifier fits the same lesion).
    Example: 11102 + 88331 + 17311 for a lesion without prior pathology → 11102-59, 88331-59, 17311.
    References: NCCI Policy Manual Ch. III (Mohs) and NCCI PTP practitioner 2024Q3 (17311/88331,
    17311/11102 indicator 1); AAD-MULTI (DermWorld Mar 2020); rule book MOHS-5.
    """
    codes = ctx.codes()
    if not (codes & MOHS_PRIMARY) or FROZEN_SECTION not in codes or not (codes & BIOPSY):
        return
    for slot, line in ctx.items():
        if line.code not in BIOPSY or MOHS_DAY_MODIFIER in line.modifiers:
            continue
        if any(pathology_confirmed(ctx, c, line.lesion_ids) for c in line.diagnoses):
            continue
        targets = [slot] + [
            s for s, ln in ctx.items() if ln.code == FROZEN_SECTION and MOHS_DAY_MODIFIER not in ln.modifiers
        ]
        for t in targets:
            ctx.add_modifier(t, MOHS_DAY_MODIFIER, "PTP003")
        ctx.note(
            "PTP003",
            Topic.MODIFIER,
            f"Mohs-day diagnostic biopsy {line.code} with frozen section: 59 on the biopsy and 88331",
            what=f"{line.code} and 88331 take modifier 59: diagnostic biopsy "
            "with frozen section on the Mohs day, no prior pathology documented.",
            why="A same-day diagnostic biopsy with frozen section that decides the Mohs procedure is "
            "separately reportable.",
            lines=(line,),
            slots=targets,
        )
