"""Global surgery periods (GLB): E/M with same-day procedures (25/57) and services inside a prior global
period (24/58/79/99024)."""

from __future__ import annotations

import re
from dataclasses import replace

from server.coding.model import Line
from server.coding.model import PriorService
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule
from server.coding.rules import icd
from server.coding.rules.base import EditContext
from server.coding.rules.base import describe
from server.coding.rules.codes import DESTRUCTION_MALIGNANT
from server.coding.rules.codes import EXCISION_MALIGNANT
from server.coding.rules.codes import MOHS
from server.coding.rules.codes import POSTOP_VISIT
from server.coding.rules.codes import is_em
from server.coding.rules.codes import order_modifiers

MINOR = ("000", "010")
MAJOR = ("090",)
GLOBAL_DAYS = {"000": 0, "010": 10, "090": 90}
# Aftercare / follow-up codes that make a visit part of the post-op package.
POSTOP_DX = ("Z48.0", "Z48.8", "Z09", "Z48.817")
MALIGNANT_TREATMENT = EXCISION_MALIGNANT | DESTRUCTION_MALIGNANT | MOHS
# Documentation that a procedure is staged/planned or a re-excision of the same lesion.
STAGED_RE = re.compile(
    r"re-?\s?excis\w*|positive\s+margin|margins?\s+(?:were\s+)?(?:positive|involved)|staged|"
    r"planned\s+second|second\s+stage",
    re.I,
)


def _global(ctx: EditContext, code: str) -> str | None:
    return ctx.tables.global_days(code)


def _em_slots(ctx: EditContext) -> list[tuple[int, Line]]:
    return [(s, ln) for s, ln in ctx.items() if is_em(ln.code)]


def _procedures(ctx: EditContext, kinds: tuple[str, ...]) -> list[Line]:
    return [ln for ln in ctx.lines.values() if not is_em(ln.code) and _global(ctx, ln.code) in kinds]


def _norm(site: str | None) -> str:
    return " ".join((site or "").lower().replace(",", " ").split())


def open_globals(ctx: EditContext) -> list[PriorService]:
    """Prior procedures whose global period covers the service date (day after surgery onwards)."""
    dos = ctx.facts.service_date
    if dos is None:
        return []
    out = []
    for p in ctx.facts.prior_services:
        days = p.global_days
        if days is None:
            days = GLOBAL_DAYS.get(_global(ctx, p.code) or "", 0)
        delta = (dos - p.performed).days
        if days and 0 < delta <= days:
            out.append(p)
    return out


def _related_dx(codes: tuple[str, ...], prior: PriorService) -> bool:
    """Same diagnosis as the prior procedure; when the prior procedure's diagnoses are unknown, a skin
    malignancy after a malignancy treatment (excision 116xx, destruction 172xx, Mohs) counts as the same."""
    if prior.diagnoses:
        prior_dx = {icd.normalize(c) for c in prior.diagnoses}
        return bool(set(codes) & prior_dx)
    return prior.code in MALIGNANT_TREATMENT and any(icd.is_malignant(c) for c in codes)


def _staged(line: Line) -> bool:
    return any(STAGED_RE.search(e.text) for e in line.evidence)


@rule("GLB001", family="global_period", severity=Severity.WARNING)
def em_with_minor_procedure(ctx: EditContext) -> None:
    """E/M on the day of a 000/010 procedure: modifier 25 when separately identifiable, otherwise removed.

    Why: the pre-procedure evaluation and the decision to perform a minor procedure are part of its
    global package. A significant, separately identifiable E/M (work beyond the procedure) is billed with
    25 on the E/M; an E/M for the decision alone is not billed. A new patient does not by itself justify it.
    Example: 99213 + 11102, separate problem managed → 99213-25; 99213 + 17000 with only the AK
    decision → 99213 removed.
    References: CPM12 §30.6.6 and §40.1; NCCI Policy Manual Ch. III/XI (E/M with minor procedures);
    PFS RVU25D global days; FCSO modifier-25 fact sheet.
    """
    ems = _em_slots(ctx)
    if not ems:
        return
    minor = _procedures(ctx, MINOR)
    if not minor:
        return
    names = ", ".join(dict.fromkeys(ln.code for ln in minor))
    for slot, em in ems:
        if set(em.modifiers) & {"25", "57"}:
            continue
        if ctx.facts.em_separately_identifiable:
            ctx.add_modifier(slot, "25", "GLB001")
            ctx.note(
                "GLB001",
                Topic.MODIFIER,
                f"25 added to {em.code}: separate E/M on the day of {names}",
                what=f"{em.code} is billed on the day of minor procedure(s) {names}; the note documents "
                "significant, separately identifiable E/M work, so the E/M takes modifier 25.",
                why="An E/M on the day of a 000/010 procedure is payable only as a separately "
                "identifiable service with modifier 25.",
                lines=(em,),
                evidence=ctx.facts.em_evidence,
                slots=(slot,),
                severity=Severity.INFO,
            )
        else:
            ctx.remove(slot)
            ctx.note(
                "GLB001",
                Topic.GLOBAL_PERIOD,
                f"{em.code} removed: only the decision for {names} is documented",
                what=f"Line {describe(em)} removed: the visit documents no work beyond the "
                f"evaluation and decision for the minor procedure(s) {names}.",
                why="The decision to perform a minor procedure is included in its global package.",
                lines=(em,),
                fix="Document the separately identifiable problem and bill the E/M with 25",
                fix_line=replace(em, modifiers=order_modifiers(em.modifiers + ("25",))),
            )


@rule("GLB002", family="global_period", severity=Severity.INFO)
def em_decision_for_major(ctx: EditContext) -> None:
    """E/M that decides a 090 procedure done the same day or the next day takes modifier 57.

    Why: the E/M the day before or the day of a major (090) procedure is in its global package unless it
    resulted in the decision for surgery; then it is billed with 57.
    Example: 99204 + 14060 (adjacent tissue transfer decided at the visit) → 99204-57; 99214 whose note books
    the flap "in the OR tomorrow" → 99214-57.
    References: CPM12 §40.2 (modifier 57); PFS RVU25D global days (14000-14061 = 090).
    """
    major = _procedures(ctx, MAJOR)
    if not major and not ctx.facts.major_decided:
        return
    names = ", ".join(dict.fromkeys(ln.code for ln in major)) or f"{ctx.facts.major_decided} booked for the next day"
    for slot, em in _em_slots(ctx):
        if "57" in em.modifiers:
            continue
        ctx.add_modifier(slot, "57", "GLB002")
        ctx.note(
            "GLB002",
            Topic.MODIFIER,
            f"57 added to {em.code}: decision for major procedure {names}",
            what=f"{em.code} on the day of 090-day procedure(s) {names} takes 57 (decision for surgery).",
            why="Without 57 the E/M is bundled into the major procedure's global package.",
            lines=(em,),
            evidence=ctx.facts.em_evidence,
            slots=(slot,),
        )


@rule("GLB003", family="global_period", severity=Severity.WARNING)
def em_inside_prior_global(ctx: EditContext) -> None:
    """E/M inside a prior procedure's global period: unrelated → 24; related post-op visit → 99024.

    Why: post-operative visits are included in the global package; they are reported with 99024 (no
    charge) when nothing else is billed. An E/M for a problem unrelated to the surgery is payable with 24.
    Relatedness: the E/M's diagnoses are the operated diagnosis or aftercare codes (Z48.x, Z09); when the
    prior procedure's diagnoses are unknown, a skin-malignancy diagnosis after a malignancy treatment.
    Example: excision 11602 (C44.619) 7 days ago, visit today for psoriasis L40.0 → 99213-24;
    wound check only (Z48.817) → 99213 replaced by 99024.
    References: CPM12 §40.1-§40.2 (modifier 24, post-op visits); PFS RVU25D global days.
    """
    globals_ = open_globals(ctx)
    if not globals_:
        return
    for slot, em in _em_slots(ctx):
        if "24" in em.modifiers:
            continue
        prior = globals_[0]
        if not em.diagnoses:
            ctx.note(
                "GLB003",
                Topic.GLOBAL_PERIOD,
                f"{em.code} inside the global period of {prior.code}: link a diagnosis",
                what=f"{em.code} falls in the {prior.code} global period "
                f"(performed {prior.performed.isoformat()}); without a diagnosis it cannot be shown "
                "unrelated.",
                why="Post-op visits are included in the global package.",
                lines=(em,),
                slots=(slot,),
            )
            continue
        unrelated = [
            c
            for c in em.diagnoses
            if not c.startswith(POSTOP_DX) and not any(_related_dx((c,), p) for p in globals_)
        ]
        if unrelated:
            ctx.add_modifier(slot, "24", "GLB003")
            ctx.note(
                "GLB003",
                Topic.GLOBAL_PERIOD,
                f"24 added to {em.code}: unrelated to {prior.code} in its global period",
                what=f"{em.code} addresses {', '.join(unrelated)}, unrelated to "
                f"{prior.code} (performed {prior.performed.isoformat()}), inside its global period: "
                "modifier 24.",
                why="An unrelated E/M during a post-op period is payable with 24.",
                lines=(em,),
                slots=(slot,),
                severity=Severity.INFO,
            )
            continue
        ctx.remove(slot)
        others = [ln for ln in ctx.lines.values() if ln.code != POSTOP_VISIT]
        existing = [s for s, ln in ctx.items() if ln.code == POSTOP_VISIT]
        new_slot = None
        if not others and not existing:
            new_slot = ctx.add(
                replace(
                    em,
                    code=POSTOP_VISIT,
                    units=1,
                    modifiers=(),
                    label="post-op visit",
                    rule_ids=em.rule_ids + ("GLB003",),
                )
            )
        ctx.note(
            "GLB003",
            Topic.GLOBAL_PERIOD,
            f"{em.code} is a post-op visit for {prior.code}: "
            + ("billed as 99024" if new_slot is not None else "removed"),
            what=f"Line {describe(em)} removed: the visit addresses only the {prior.code} surgery "
            f"(performed {prior.performed.isoformat()}) inside its global period"
            + ("; reported as 99024." if new_slot is not None else "."),
            why="Post-operative visits are part of the global surgical package.",
            lines=(em,),
            slots=(new_slot,) if new_slot is not None else existing,
        )


@rule("GLB004", family="global_period", severity=Severity.INFO)
def procedure_inside_prior_global(ctx: EditContext) -> None:
    """Procedure inside a prior procedure's global period: staged/related → 58, unrelated → 79.

    Why: a new procedure during a post-op period is denied unless it is marked as staged/related (58, e.g.
    re-excision for positive margins, same diagnosis or site) or unrelated (79, e.g. a new lesion
    elsewhere). Both start a new global period. Related = same diagnosis (a skin malignancy after a
    malignancy treatment when the prior diagnoses are unknown), same documented site, or documented as a
    re-excision / positive margins / staged procedure.
    Example: 11602 on 1 Mar, re-excision 11603 of the same site on 8 Mar → 11603-58; shave 11300 of a new
    lesion on the back → 11300-79.
    References: CPM12 §40.2 (modifiers 58, 79); CPT Appendix A; rule book EX-4, GS-5.
    """
    globals_ = open_globals(ctx)
    if not globals_:
        return
    for slot, line in ctx.items():
        if is_em(line.code) or line.code == POSTOP_VISIT:
            continue
        if _global(ctx, line.code) not in ("000", "010", "090"):
            continue
        if set(line.modifiers) & {"58", "78", "79"}:
            continue
        staged = _staged(line)
        related = next(
            (
                p
                for p in globals_
                if staged
                or _related_dx(line.diagnoses, p)
                or (p.body_site and line.body_site and _norm(p.body_site) == _norm(line.body_site))
            ),
            None,
        )
        mod = "58" if related else "79"
        prior = related or globals_[0]
        ctx.add_modifier(slot, mod, "GLB004")
        kind = "staged/related" if related else "unrelated"
        ctx.note(
            "GLB004",
            Topic.GLOBAL_PERIOD,
            f"{mod} added to {line.code}: {kind} to {prior.code} inside its global period",
            what=f"{line.code} is performed inside the global period of "
            f"{prior.code} (performed {prior.performed.isoformat()}); it is {kind}, so it takes {mod}.",
            why="Procedures during a post-op period are denied without 58 (staged/related) or 79 "
            "(unrelated).",
            lines=(line,),
            slots=(slot,),
        )


@rule("GLB005", family="global_period", severity=Severity.WARNING)
def g2211_with_modifier_25(ctx: EditContext) -> None:
    """G2211 (visit complexity add-on) is not payable when the E/M carries modifier 25.

    Why: since 2024 CMS pays G2211 only with an office E/M that is not reported with 25 (2025 exceptions:
    AWV, vaccine administration, Part B preventive service), so a derm E/M-25 with a minor procedure
    drops G2211.
    Example: 99214-25 + 11102 + G2211 → G2211 removed.
    References: CY2024 and CY2025 PFS final rules (G2211); rule book EM-6.
    """
    g = [(s, ln) for s, ln in ctx.items() if ln.code == "G2211"]
    if not g:
        return
    if not any("25" in ln.modifiers for _, ln in _em_slots(ctx)):
        return
    for slot, line in g:
        ctx.remove(slot)
        ctx.note(
            "GLB005",
            Topic.CODING_CORRECTION,
            "G2211 removed: not payable with an E/M billed with 25",
            what=f"Line {describe(line)} removed: the office E/M carries modifier 25.",
            why="G2211 is not paid when the E/M is reported with modifier 25.",
            lines=(line,),
        )
