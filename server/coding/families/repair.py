"""Repairs 12001-13153: lengths summed per anatomic group and complexity."""

from __future__ import annotations

import math

from server.coding.extract.services import Service
from server.coding.extract.sites import COMPLEX_GROUP
from server.coding.extract.sites import INTERMEDIATE_GROUP
from server.coding.extract.sites import SIMPLE_GROUP
from server.coding.families.common import Ctx
from server.coding.families.common import Draft
from server.coding.families.common import correction
from server.coding.families.common import diagnoses_for
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule

TABLE_GROUP = {
    ("simple", "A"): "scalp_neck_axillae_extgenitalia_trunk_extremities_incl_hands_feet",
    ("simple", "F"): "FEENLM",
    ("intermediate", "SATE"): "scalp_axillae_trunk_extremities_excl_hands_feet",
    ("intermediate", "NHFG"): "neck_hands_feet_ext_genitalia",
    ("intermediate", "F"): "FEENLM",
    ("complex", "T"): "trunk",
    ("complex", "SAL"): "scalp_arms_legs",
    ("complex", "FCCM"): "forehead_cheeks_chin_mouth_neck_axillae_genitalia_hands_feet",
    ("complex", "ENEL"): "eyelids_nose_ears_lips",
}
FAMILY = {"simple": "repair_simple", "intermediate": "repair_intermediate", "complex": "repair_complex"}


@rule("DRM050", family="repair")
def repair_sum(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Repairs of the same complexity in the same anatomic group are summed and reported once.

    Why: CPT repair guidelines add lengths per group/complexity; different groups or complexities stay apart.
    Example: intermediate repairs 2.0 cm (scalp) + 3.0 cm (arm) -> 12032 (5.0 cm), not 12031 x2.
    References: CPT repair guidelines; derm_coding.md REP-1.
    """
    correction(ctx, "DRM050", svcs, provided, derived, "repair length per anatomic group")


@rule("DOC007", family="documentation")
def repair_length_missing(ctx: Ctx, svc: Service) -> None:
    """Repair length (cm) must be documented for a separately reported repair.

    Why: repair codes are banded by the summed length.
    Example: "intermediate layered closure" with no length -> no repair line + finding.
    References: CPT repair guidelines.
    """
    ctx.add(
        "DOC007",
        Topic.MISSING_DOCUMENTATION,
        Severity.WARNING,
        "Repair length not documented: repair not coded",
        svc.spans[:2],
    )


def _group(kind: str, region: str) -> str:
    return {"simple": SIMPLE_GROUP, "intermediate": INTERMEDIATE_GROUP, "complex": COMPLEX_GROUP}[kind][
        region
    ]


def code(items: list[tuple[Service, str]], ctx: Ctx) -> list[Draft]:
    """``items``: (service, repair type) for every wound whose repair is separately reportable."""
    sums: dict[tuple[str, str], list] = {}
    for s, rtype in items:
        region = s.site.region if s.site else "trunk"
        length = s.repair_len
        if length is None:
            repair_length_missing(ctx, s)
            continue
        if rtype == "complex" and length <= 1.0:
            rtype = "intermediate"
        key = (rtype, _group(rtype, region))
        acc = sums.setdefault(key, [0.0, [], []])
        acc[0] += length
        acc[1].append(s)
    out: list[Draft] = []
    for (rtype, grp), (length, svcs, _) in sums.items():
        length = round(length, 2)
        fam = FAMILY[rtype]
        tg = TABLE_GROUP[(rtype, grp)]
        dx: list[str] = []
        for s in svcs:
            for c in diagnoses_for(s, ctx):
                if c not in dx:
                    dx.append(c)
        ev = [sp for s in svcs for sp in s.spans]
        lids = [ctx.lesion_id(s) for s in svcs]
        site = ", ".join(dict.fromkeys(s.site.text for s in svcs if s.site)) or None
        if rtype == "complex" and length > 7.5:
            base = ctx.tables.band_code(fam, tg, 7.5)
            out.append(
                Draft(
                    base or "13101",
                    1,
                    (),
                    dx[:4],
                    site,
                    None,
                    lids,
                    ev,
                    ["DRM050"],
                    0.9,
                    f"complex repair {length} cm",
                    svcs[0].source_ref,
                    "repair",
                )
            )
            addon = {
                "trunk": "13102",
                "scalp_arms_legs": "13122",
                "forehead_cheeks_chin_mouth_neck_axillae_genitalia_hands_feet": "13133",
                "eyelids_nose_ears_lips": "13153",
            }[tg]
            out.append(
                Draft(
                    addon,
                    math.ceil(round((length - 7.5) / 5.0, 6)),
                    (),
                    dx[:4],
                    site,
                    None,
                    lids,
                    ev,
                    ["DRM050"],
                    0.9,
                    "complex repair add-on",
                    svcs[0].source_ref,
                    "repair",
                )
            )
        else:
            c = ctx.tables.band_code(fam, tg, length)
            if c:
                out.append(
                    Draft(
                        c,
                        1,
                        (),
                        dx[:4],
                        site,
                        None,
                        lids,
                        ev,
                        ["DRM050"],
                        0.9,
                        f"{rtype} repair {length} cm",
                        svcs[0].source_ref,
                        "repair",
                    )
                )
    # one charge split into its wounds (same source) is one provided code, not one per wound
    provided = sorted({(s.source_ref or id(s), s.provided_code): s.provided_code for s, _ in items
                       if s.provided_code and s.kind == "repair"}.values())
    if provided:
        derived = sorted(d.code + (f" x{d.units}" if d.units > 1 else "") for d in out)
        if provided != derived:
            repair_sum(ctx, [s for s, _ in items if s.kind == "repair"], provided, derived)
    return out
