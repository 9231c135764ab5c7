"""Adjacent tissue transfer 14000-14061, 14301/+14302: by site and area (primary + secondary defect)."""

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


def flap_code(ctx: Ctx, svc: Service) -> list[tuple[str, int]]:
    if svc.area_sqcm is None or svc.site is None:
        return []
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
                    ["DRM043"],
                    0.85,
                    f"adjacent tissue transfer {s.area_sqcm} sq cm",
                    s.source_ref,
                    "flap",
                )
            )
        if s.provided_code and codes and s.provided_code != codes[0][0]:
            flap_area(ctx, s, s.provided_code, codes[0][0])
    return out
