"""Mohs micrographic surgery 17311-17315 (+ same-day diagnostic biopsy with frozen section 88331)."""

from __future__ import annotations

from collections import Counter

from server.coding.extract.services import Service
from server.coding.families.common import Ctx
from server.coding.families.common import Draft
from server.coding.families.common import correction
from server.coding.families.common import diagnoses_for
from server.coding.families.common import site_text
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule


@rule("DRM040", family="mohs")
def mohs_stages(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Mohs: first stage by site (17311 head/neck/hands/feet/genitalia, 17313 trunk/arms/legs), add-on per
    additional stage (17312/17314) and 17315 per tissue block beyond 5 in any stage.

    Why: stage and block counts drive the add-on units; the site group picks the code pair.
    Example: 2 stages on the nose, stage 1 with 7 blocks -> 17311 + 17312 + 17315 x2.
    References: CPT Mohs guidelines; derm_coding.md MOHS-2.
    """
    correction(ctx, "DRM040", svcs, provided, derived, "Mohs site, stages and tissue blocks")


@rule("DRM041", family="mohs", severity=Severity.ERROR)
def mohs_pathology(ctx: Ctx, svc: Service, code: str) -> None:
    """No surgical pathology (88300-88309) or frozen section on Mohs specimens.

    Why: the Mohs surgeon is also the pathologist; 17311-17315 include the histology of the layers.
    A same-day diagnostic biopsy with frozen section (no prior pathology) is the exception: biopsy + 88331-59.
    Example: 17311 + 88305 -> 17311 only.
    References: CPT Mohs guidelines; NCCI PTP 17311/88305; derm_coding.md MOHS-5.
    """
    ctx.add(
        "DRM041",
        Topic.CODING_CORRECTION,
        Severity.ERROR,
        f"{code} removed: pathology of Mohs specimens is included in the Mohs codes",
        svc.spans[:2],
    )
    ind = ctx.tables.ptp_indicator("17311", code)
    if ind in (0, 1):
        ctx.add(
            "DRM041",
            Topic.NCCI,
            Severity.WARNING,
            f"{code} with Mohs is an NCCI pair (17311/{code}, indicator {ind}): removed",
            svc.spans[:2],
            reference="NCCI PTP practitioner",
        )


def code(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    out: list[Draft] = []
    for s in svcs:
        head = s.site.mohs_head if s.site else None
        if head is None:
            if s.provided_code in ("17313", "17314"):
                head = False
            else:
                head = True
                if not s.provided_code:
                    ctx.add(
                        "DOC004",
                        Topic.MISSING_DOCUMENTATION,
                        Severity.WARNING,
                        "No anatomic site documented for Mohs surgery: head/neck code assumed",
                        s.spans[:2],
                    )
        first, add = ("17311", "17312") if head else ("17313", "17314")
        stages = s.stages or [0]
        dx = diagnoses_for(s, ctx)
        lid = ctx.lesion_id(s)
        grp = s.site.site_group if s.site else None
        out.append(
            Draft(
                first,
                1,
                (),
                dx,
                site_text(s),
                grp,
                [lid],
                list(s.spans),
                ["DRM040"],
                0.95,
                "Mohs first stage",
                s.source_ref,
                "mohs",
            )
        )
        if len(stages) > 1:
            out.append(
                Draft(
                    add,
                    len(stages) - 1,
                    (),
                    dx,
                    site_text(s),
                    grp,
                    [lid],
                    list(s.spans),
                    ["DRM040"],
                    0.95,
                    "Mohs additional stage",
                    s.source_ref,
                    "mohs",
                )
            )
        extra = sum(max(0, b - 5) for b in stages)
        if extra:
            out.append(
                Draft(
                    "17315",
                    extra,
                    (),
                    dx,
                    site_text(s),
                    grp,
                    [lid],
                    list(s.spans),
                    ["DRM040"],
                    0.95,
                    "Mohs blocks beyond 5",
                    s.source_ref,
                    "mohs",
                )
            )
    provided = Counter()
    for s in svcs:
        if s.provided_code:
            provided[s.provided_code] += s.provided_units or 1
        for c, u in s.provided_extra:
            provided[c] += u
    if provided:
        derived = Counter()
        for d in out:
            derived[d.code] += d.units
        if provided != derived:
            mohs_stages(ctx, svcs, _fmt(provided), _fmt(derived))
    return out


def _fmt(c: Counter) -> list[str]:
    return [f"{k} x{v}" if v > 1 else k for k, v in sorted(c.items())]
