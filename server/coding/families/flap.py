"""Adjacent tissue transfer 14000-14061, 14301/+14302 by site and area (primary + secondary defect); skin
grafts 15100-15261 by thickness, recipient site and area."""

from __future__ import annotations

import math

from server.coding.extract.services import Service
from server.coding.extract.sites import COMPLEX_GROUP
from server.coding.families.common import Ctx
from server.coding.families.common import Draft
from server.coding.families.common import correction
from server.coding.families.common import diagnoses_for
from server.coding.families.common import site_text
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule

TABLE_GROUP = {
    "T": "trunk",
    "SAL": "scalp_arms_legs",
    "FCCM": "forehead_cheeks_chin_mouth_neck_axillae_genitalia_hands_feet",
    "ENEL": "eyelids_nose_ears_lips",
}


@rule("DRM043", family="flap")
def flap_area(ctx: Ctx, svc: Service, provided: str, derived: str) -> None:
    """Adjacent tissue transfer is coded by site group and total area (primary + secondary defect, sq cm); the
    excision of the lesion is included.

    Why: 14000-14061 are banded at 10 and 30 sq cm per site group; 14301/+14302 above 30 sq cm for any site.
    Example: cheek rotation flap of 12.5 sq cm coded 14040 -> 14041.
    References: CPT adjacent tissue transfer guidelines; derm_coding.md FLAP-1, FLAP-2.
    """
    correction(ctx, "DRM043", svc, [provided], [derived], "flap site and area")


@rule("DRM044", family="flap")
def graft_area(ctx: Ctx, svc: Service, provided: str, derived: str) -> None:
    """A skin graft is coded by its thickness, the recipient site group and the recipient area, not as an
    adjacent tissue transfer; simple closure of the donor site is included.

    Why: full-thickness grafts 15200-15261 are banded at 20 sq cm per site group (trunk; scalp, arms, legs;
    forehead, cheeks, chin, mouth, neck, axillae, genitalia, hands, feet; eyelids, nose, ears, lips) with an
    add-on per further 20 sq cm; split-thickness grafts 15100/15120 at 100 sq cm (trunk, arms, legs vs face,
    scalp, neck, hands, feet, genitalia, digits) with an add-on per further 100 sq cm.
    Example: "FTSG 3.2 sq cm to the nasal dorsum" charged as 14060 -> 15260.
    References: CPT free skin graft guidelines; derm_coding.md (global days: graft primaries 090, add-ons ZZZ).
    """
    correction(ctx, "DRM044", svc, [provided], [derived], "skin graft type, site and area")


# split-thickness graft recipient groups: trunk, arms, legs vs everywhere else
_SPLIT_GROUP = {"trunk": "trunk_arms_legs", "breast": "trunk_arms_legs", "arm": "trunk_arms_legs",
                "leg": "trunk_arms_legs"}
_GRAFT_STEP = {"skin_graft_full": 20.0, "skin_graft_split": 100.0}


def graft_code(ctx: Ctx, svc: Service) -> list[tuple[str, int]]:
    assert svc.site is not None and svc.area_sqcm is not None
    family = f"skin_graft_{svc.graft}"
    if svc.graft == "split":
        grp = _SPLIT_GROUP.get(svc.site.region, "face_scalp_eyelids_mouth_neck_ears_genitalia_hands_feet_digits")
    else:
        grp = TABLE_GROUP[COMPLEX_GROUP[svc.site.region]]
    primary = ctx.tables.band_code(family, grp, min(svc.area_sqcm, _GRAFT_STEP[family]))
    if primary is None:
        return []
    out = [(primary, 1)]
    extra = math.ceil(round((svc.area_sqcm - _GRAFT_STEP[family]) / _GRAFT_STEP[family], 6))
    if extra > 0:
        addon = ctx.tables.band_code(f"{family}_addon", grp, svc.area_sqcm)
        if addon:
            out.append((addon, extra))
    return out


def flap_code(ctx: Ctx, svc: Service) -> list[tuple[str, int]]:
    if svc.area_sqcm is None or svc.site is None:
        return []
    if svc.graft:
        return graft_code(ctx, svc)
    area = svc.area_sqcm
    if area > 30:
        out = [("14301", 1)]
        if area > 60:
            out.append(("14302", math.ceil(round((area - 60) / 30.0, 6))))
        return out
    grp = TABLE_GROUP[COMPLEX_GROUP[svc.site.region]]
    c = ctx.tables.band_code("adjacent_tissue_transfer", grp, area)
    return [(c, 1)] if c else []


def code(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    out: list[Draft] = []
    for s in svcs:
        codes = flap_code(ctx, s)
        if not codes:
            if s.provided_code:
                codes = [(s.provided_code, s.provided_units or 1)]
            else:
                ctx.add(
                    "DRM042",
                    Topic.CODING_SUGGESTION,
                    Severity.WARNING,
                    f"Flap/graft repair documented for {site_text(s) or 'the defect'}: document the area "
                    f"(sq cm)",
                    s.spans[:2],
                )
                continue
        for c, u in codes:
            out.append(
                Draft(
                    c,
                    u,
                    (),
                    diagnoses_for(s, ctx),
                    site_text(s),
                    None,
                    [ctx.lesion_id(s)],
                    list(s.spans),
                    ["DRM044" if s.graft else "DRM043"],
                    0.85,
                    f"{s.graft}-thickness skin graft {s.area_sqcm} sq cm" if s.graft
                    else f"adjacent tissue transfer {s.area_sqcm} sq cm",
                    s.source_ref,
                    "flap",
                )
            )
        if s.provided_code and codes and s.provided_code != codes[0][0]:
            (graft_area if s.graft else flap_area)(ctx, s, s.provided_code, codes[0][0])
    return out
