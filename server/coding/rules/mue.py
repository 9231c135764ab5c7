"""Medically unlikely edits (MUE): units caps per line (MAI 1) or per date of service (MAI 2/3)."""

from __future__ import annotations

from dataclasses import replace

from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule
from server.coding.rules.base import EditContext
from server.coding.rules.base import describe

AK_THRESHOLD = 15  # 15 or more premalignant lesions → 17004 once


@rule("MUE001", family="mue", severity=Severity.ERROR)
def units_over_mue(ctx: EditContext) -> None:
    """Units of a code never exceed its practitioner MUE: per line (MAI 1) or per date of service (MAI 2/3).

    Why: claim lines above the MUE are denied in full (MAI 1) or cut to the MUE for the day; MAI 2 is an
    absolute policy limit, MAI 3 a clinical one that can be appealed with documentation. The engine caps
    the units and says so; the removed units are never silent.
    Example: 11103 x8 (MUE 6, MAI 3) → 11103 x6 with an `mue` finding; 17110 x3 (MUE 1, MAI 2) → x1.
    References: NCCI MUE practitioner services 2024Q3 (CMS); NCCI Policy Manual Ch. I §V.
    """
    mue = ctx.tables.mue
    totals: dict[str, list[int]] = {}
    for slot, line in ctx.items():
        row = mue.get(line.code)
        if row is None:
            continue
        if row.mai == 1:
            if line.units > row.units:
                _cap(ctx, row.code, row.units, row.mai, [slot], line.units)
        else:
            totals.setdefault(line.code, []).append(slot)
    for code, slots in totals.items():
        row = mue[code]
        total = sum(ctx.lines[s].units for s in slots)
        if total > row.units:
            _cap(ctx, code, row.units, row.mai, slots, total)


def _cap(ctx: EditContext, code: str, limit: int, mai: int, slots: list[int], total: int) -> None:
    excess = total - limit
    touched = []
    before = [ctx.lines[s] for s in slots]
    for slot in reversed(slots):
        if excess <= 0:
            break
        line = ctx.lines[slot]
        take = min(excess, line.units)
        excess -= take
        if take == line.units:
            ctx.remove(slot)
        else:
            ctx.replace(slot, replace(line, units=line.units - take), "MUE001")
            touched.append(slot)
    kind = "per line" if mai == 1 else "per date of service"
    appeal = " (clinical MUE: extra units need an appeal with records)" if mai == 3 else ""
    ctx.note(
        "MUE001",
        Topic.MUE,
        f"{code}: {total} units exceed the MUE of {limit} {kind}; cut to {limit}",
        what=f"{' + '.join(describe(b) for b in before)}: {total} units billed, the practitioner MUE is "
        f"{limit} {kind} (MAI {mai}){appeal}.",
        why="Units above the MUE are denied.",
        lines=before,
        slots=touched or [s for s in slots if s in ctx.lines],
        severity=Severity.WARNING if mai == 3 else Severity.ERROR,
    )


@rule("MUE002", family="mue", severity=Severity.WARNING)
def premalignant_destruction_units(ctx: EditContext) -> None:
    """AK destruction units follow the lesion count: 17000 once, 17003 for 2-14, 17004 alone for 15+.

    Why: 17000 is the first lesion (MUE 1), 17003 each of lesions 2-14 (MUE 13), and 15 or more lesions
    are one unit of 17004 instead of both (17004/17000 and 17004/17003 are PTP indicator 0). Pre-coded
    lines such as 17000 x5 or 17003 x16 are corrected to the count they document.
    Example: 17000 + 17003 x16 → 17004 x1; 17000 x5 → 17000 + 17003 x4.
    References: NCCI MUE practitioner 2024Q3 (17000 = 1, 17003 = 13); NCCI PTP practitioner 2024Q3;
    CPT destruction guidelines via rule book DS-1.
    """
    lines = [(s, ln) for s, ln in ctx.items() if ln.code in ("17000", "17003", "17004")]
    if not lines:
        return
    has_17004 = any(ln.code == "17004" for _, ln in lines)
    n = sum(ln.units for _, ln in lines if ln.code in ("17000", "17003"))
    if not n or has_17004:
        return
    first_slot, first = lines[0]
    group = [(s, ln) for s, ln in lines if not set(ln.modifiers) - set(first.modifiers)]
    if n >= AK_THRESHOLD:
        want = [("17004", 1)]
    else:
        want = [("17000", 1)] + ([("17003", n - 1)] if n > 1 else [])
    have = sorted((ln.code, ln.units) for _, ln in group)
    if have == sorted(want) or len(group) != len(lines):
        return
    lesion_ids = tuple(dict.fromkeys(x for _, ln in lines for x in ln.lesion_ids))
    dx = tuple(dict.fromkeys(c for _, ln in lines for c in ln.diagnoses))[:4]
    evidence = tuple(dict.fromkeys(e for _, ln in lines for e in ln.evidence))
    for s, _ in lines[1:]:
        ctx.merge_into(first_slot, s)
    new_slots = []
    for i, (code, units) in enumerate(want):
        ids = lesion_ids[:1] if code == "17000" else (lesion_ids[1:] if code == "17003" else lesion_ids)
        line = replace(
            first,
            code=code,
            units=units,
            lesion_ids=ids,
            diagnoses=dx,
            evidence=evidence,
            label="",
            rule_ids=first.rule_ids + ("MUE002",),
        )
        if i == 0:
            ctx.lines[first_slot] = line
            new_slots.append(first_slot)
        else:
            new_slots.append(ctx.add(line))
    before = " + ".join(describe(ln) for _, ln in lines)
    after = " + ".join(describe(ctx.lines[s]) for s in new_slots)
    ctx.note(
        "MUE002",
        Topic.CODING_CORRECTION,
        f"{n} premalignant lesions destroyed: {before} recoded as {after}",
        what=f"{before} documents {n} lesions; recoded as {after}.",
        why="17000 covers the first lesion, 17003 lesions 2-14, and 17004 (once) replaces both for 15 or "
        "more lesions.",
        lines=[ln for _, ln in lines],
        slots=new_slots,
        fix=f"Bill {after}",
        fix_slot=new_slots[0],
    )
