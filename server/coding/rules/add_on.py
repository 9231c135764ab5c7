"""Add-on codes (AOC): every add-on needs an allowed primary; biopsy primaries/add-ons by technique."""

from __future__ import annotations

from dataclasses import replace

from server.coding.model import Line
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule
from server.coding.rules.base import EditContext
from server.coding.rules.base import describe
from server.coding.rules.codes import ADDON_TO_PRIMARY
from server.coding.rules.codes import BIOPSY
from server.coding.rules.codes import BIOPSY_ADDON
from server.coding.rules.codes import BIOPSY_PRIMARY
from server.coding.rules.codes import BIOPSY_TECHNIQUES


@rule("AOC001", family="add_on", severity=Severity.ERROR)
def addon_without_primary(ctx: EditContext) -> None:
    """An add-on code is billed only with one of its allowed primary codes on the same claim.

    Why: NCCI add-on code edits (type 1) deny an add-on without an eligible primary. When the add-on is
    simply the wrong member of the pair (11103 alone, 17003 alone) it becomes its primary: one unit of
    the primary plus the remaining units of the add-on. Other orphans are flagged for the biller.
    Example: 11103 x2 with no biopsy primary → 11102 x1 + 11103 x1; 17003 x3 alone → 17000 + 17003 x2.
    References: NCCI Add-on Code Edits 2024-06 (CMS); CPT add-on code convention; rule book BX-2, DS-1.
    """
    aoc = ctx.tables.aoc
    for slot, line in ctx.items():
        primaries = aoc.get(line.code)
        if not primaries or slot not in ctx.lines:
            continue
        if ctx.codes() & primaries:
            continue
        target = ADDON_TO_PRIMARY.get(line.code)
        allowed = ", ".join(sorted(primaries))
        if target is None:
            ctx.note(
                "AOC001",
                Topic.CODING_CORRECTION,
                f"Add-on {line.code} has no primary code on the claim ({allowed})",
                what=f"Line {describe(line)} is an add-on code; none of its primaries "
                f"({allowed}) is on the claim.",
                why="An add-on code is payable only with a listed primary procedure on the same date.",
                lines=(line,),
                slots=(slot,),
            )
            continue
        primary = replace(line, code=target, units=1, lesion_ids=line.lesion_ids[:1], label="")
        ctx.replace(slot, primary, "AOC001")
        rest_slot = None
        if line.units > 1:
            rest = replace(
                line,
                units=line.units - 1,
                lesion_ids=line.lesion_ids[1:],
                rule_ids=line.rule_ids + ("AOC001",),
            )
            rest_slot = ctx.add(rest)
        ctx.note(
            "AOC001",
            Topic.CODING_CORRECTION,
            f"Add-on {line.code} without its primary: first unit coded as {target}",
            what=f"Line {describe(line)} had no primary ({allowed}) on the claim; "
            f"the first unit is billed as {target}"
            + (f" and {line.units - 1} unit(s) stay on {line.code}." if line.units > 1 else "."),
            why="The first service of the kind is reported with the primary code, each additional one "
            "with the add-on.",
            lines=(line,),
            slots=(slot,) + ((rest_slot,) if rest_slot is not None else ()),
            fix=f"Bill {target} for the first unit",
            fix_slot=slot,
            fix_line=ctx.lines[slot],
        )


@rule("AOC002", family="add_on", severity=Severity.WARNING)
def biopsy_hierarchy(ctx: EditContext) -> None:
    """Biopsies: one primary for the highest-ranked technique, each further biopsy its technique's add-on.

    Why: 11102/11104/11106 are mutually exclusive primaries (NCCI PTP indicator 0 between them); when
    several techniques are used the primary is incisional > punch > tangential, and every other biopsy
    takes the add-on of its own technique (11103/11105/11107), whose AOC primaries depend on it.
    Example: 11102 + 11104 (shave and punch biopsy) → 11104 + 11103; 11102 x3 → 11102 + 11103 x2.
    References: CPT 2019 biopsy guidelines via AAD-BX; NCCI PTP practitioner 2024Q3 (11104/11102,
    11106/11102, 11106/11104 indicator 0); NCCI AOC 2024-06.
    """
    slots = [(s, ln) for s, ln in ctx.items() if ln.code in BIOPSY]
    if not slots:
        return
    # Lines with distinct-service modifiers (e.g. the Mohs-day biopsy) are left alone.
    slots = [(s, ln) for s, ln in slots if not set(ln.modifiers) & {"59", "XS", "XE", "XU", "XP"}]
    counts: dict[str, int] = {}
    by_tech: dict[str, list[Line]] = {}
    for _, ln in slots:
        tech = BIOPSY_PRIMARY.get(ln.code) or BIOPSY_ADDON[ln.code]
        counts[tech] = counts.get(tech, 0) + ln.units
        by_tech.setdefault(tech, []).append(ln)
    want: list[tuple[str, int, str]] = []  # (code, units, technique)
    primary_done = False
    for tech, primary, addon in BIOPSY_TECHNIQUES:
        n = counts.get(tech, 0)
        if not n:
            continue
        if not primary_done:
            want.append((primary, 1, tech))
            primary_done = True
            n -= 1
        if n:
            want.append((addon, n, tech))
    have = sorted((ln.code, ln.units) for _, ln in slots)
    if have == sorted((c, u) for c, u, _ in want):
        return
    # Rebuild the biopsy lines, keeping each technique's evidence, sites and diagnoses.
    first_slot = slots[0][0]
    for s, _ in slots:
        if s != first_slot:
            ctx.merge_into(first_slot, s)
    new_slots = []
    for i, (code, units, tech) in enumerate(want):
        src = by_tech[tech]
        lesion_ids = tuple(dict.fromkeys(x for ln in src for x in ln.lesion_ids))
        if code in BIOPSY_PRIMARY:
            lesion_ids = lesion_ids[:1]
        elif tech == want[0][2]:
            lesion_ids = lesion_ids[1:]
        dx = tuple(dict.fromkeys(c for ln in src for c in ln.diagnoses))[:4]
        base = src[0]
        line = replace(
            base,
            code=code,
            units=units,
            lesion_ids=lesion_ids,
            diagnoses=dx,
            label="",
            evidence=tuple(dict.fromkeys(e for ln in src for e in ln.evidence)),
            rule_ids=base.rule_ids + ("AOC002",),
        )
        if i == 0:
            ctx.lines[first_slot] = line
            new_slots.append(first_slot)
        else:
            new_slots.append(ctx.add(line))
    before = " + ".join(describe(ln) for _, ln in slots)
    after = " + ".join(describe(ctx.lines[s]) for s in new_slots)
    ctx.note(
        "AOC002",
        Topic.CODING_CORRECTION,
        f"Biopsies recoded by technique rank: {after}",
        what=f"Biopsy lines {before} were recoded as {after}.",
        why="Only one biopsy primary is reported per encounter (incisional > punch > tangential); each "
        "other biopsy uses its own technique's add-on.",
        lines=[ln for _, ln in slots],
        slots=new_slots,
        fix=f"Bill {after}",
        fix_slot=new_slots[0],
    )
