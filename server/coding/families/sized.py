"""Size- and site-banded lesion families: shave removal 11300-11313, excision 11400-11646 and malignant
destruction 17260-17286."""

from __future__ import annotations

from server.coding.extract.services import Service
from server.coding.families.common import Ctx
from server.coding.families.common import Draft
from server.coding.families.common import correction
from server.coding.families.common import diagnoses_for
from server.coding.families.common import site_text
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule


@rule("DRM010", family="shave_removal")
def shave_band(ctx: Ctx, svc: Service, provided: str, derived: str) -> None:
    """Shave removal is coded by site group and lesion diameter (no margin).

    Why: 11300-11313 are banded by site (TAL/SNHFG/FEENLM) and diameter (<=0.5, 0.6-1.0, 1.1-2.0, >2.0 cm).
    Example: 0.8 cm irritated SK of the nose coded 11301 -> 11311.
    References: CPT shave removal guidelines; derm_coding.md SH-1.
    """
    correction(ctx, "DRM010", svc, [provided], [derived], "site group and lesion diameter")


@rule("DRM020", family="excision")
def excision_band(ctx: Ctx, svc: Service, provided: str, derived: str) -> None:
    """Excisions are coded by the excised diameter: greatest lesion diameter + 2 x narrowest margin.

    Why: CPT measures before excision; the ellipse length and pathology size do not count.
    Example: 1.0 cm lesion with 2 mm margins on the leg coded 11401 -> 11402 (1.4 cm).
    References: CPT excision guidelines; AAPC-MEAS; derm_coding.md EX-1.
    """
    correction(ctx, "DRM020", svc, [provided], [derived], "excised diameter and site group")


@rule("DRM021", family="excision")
def excision_behaviour(ctx: Ctx, svc: Service, provided: str, derived: str) -> None:
    """Malignant excision codes only with malignant pathology (or a known malignancy); else benign.

    Why: 11600-11646 require a malignant diagnosis; uncertain behaviour is coded benign.
    Example: excision of a "suspicious nevus" coded 11602 before pathology -> 11402 + hold for pathology.
    References: CPT; AAPC-EXC; derm_coding.md EX-3.
    """
    correction(ctx, "DRM021", svc, [provided], [derived], "lesion behaviour (pathology)")


@rule("DRM032", family="destruction")
def malignant_destruction_band(ctx: Ctx, svc: Service, provided: str, derived: str) -> None:
    """Destruction of a malignant lesion is coded by site group and lesion (curettage defect) diameter.

    Why: 17260-17286 are banded like excisions; with curettage the final defect diameter is used.
    Example: ED&C of a 1.2 cm BCC of the back coded 17261 -> 17262.
    References: CPT destruction guidelines; AAD-BXP; derm_coding.md DS-4.
    """
    correction(ctx, "DRM032", svc, [provided], [derived], "site group and lesion diameter")


@rule("DOC002", family="documentation")
def size_missing(ctx: Ctx, svc: Service, what: str) -> None:
    """Lesion size (diameter) must be documented for size-banded codes.

    Why: shave, excision and malignant destruction codes are chosen by diameter; the engine never guesses,
    and a size band charged on a pre-coded line is not documentation of the size.
    Example: "shave removal of irritated SK, left cheek" with no size -> no line + finding; 11311 charged for
    an ear lesion "not measured" -> no line + finding.
    References: CPT; derm_coding.md SH-1, EX-1, DS-4.
    """
    ctx.add(
        "DOC002",
        Topic.MISSING_DOCUMENTATION,
        Severity.WARNING,
        f"No lesion size documented for {what} of {site_text(svc) or 'the lesion'}: not coded (size band "
        f"unknown)",
        svc.spans[:2],
    )


@rule("DOC003", family="documentation")
def margin_missing(ctx: Ctx, svc: Service) -> None:
    """Excision margins must be documented (excised diameter = lesion + 2 x narrowest margin).

    Why: without margins the excised diameter cannot be computed; the lesion diameter alone is coded.
    Example: "excision of 1.0 cm cyst of back" with no margin -> 11401 from 1.0 cm + finding.
    References: CPT excision guidelines; derm_coding.md EX-1.
    """
    ctx.add(
        "DOC003",
        Topic.MISSING_DOCUMENTATION,
        Severity.WARNING,
        f"No excision margin documented for {site_text(svc) or 'the lesion'}: coded from lesion size only",
        svc.spans[:2],
    )


@rule("DOC004", family="documentation")
def site_missing(ctx: Ctx, svc: Service, what: str) -> None:
    """The anatomic site must be documented for site-grouped codes.

    Why: shave, excision, destruction and Mohs codes depend on the site group.
    Example: "shave removal 0.4 cm" with no site -> trunk/arms/legs coded + finding.
    References: CPT; derm_coding.md §4.
    """
    ctx.add(
        "DOC004",
        Topic.MISSING_DOCUMENTATION,
        Severity.WARNING,
        f"No anatomic site documented for {what}",
        svc.spans[:2],
    )


@rule("DOC005", family="documentation", severity=Severity.INFO)
def awaiting_pathology(ctx: Ctx, svc: Service) -> None:
    """Excision of a lesion of unknown behaviour: hold the claim for pathology.

    Why: benign vs malignant excision codes follow the final pathology.
    Example: excision of "atypical nevus, r/o melanoma" -> benign code now, re-code if malignant.
    References: AAPC-EXC; derm_coding.md EX-3, DX-2.
    """
    ctx.add(
        "DOC005",
        Topic.MISSING_DOCUMENTATION,
        Severity.INFO,
        f"Excision of {site_text(svc) or 'a lesion'} coded benign pending pathology; hold the claim",
        svc.spans[:2],
    )


_FAM_OF = {}


def _group(svc: Service, ctx: Ctx, what: str, provided_family: str | None) -> str:
    if svc.site is not None:
        return svc.site.site_group
    if svc.provided_code:
        row = ctx.tables.family_index.get(svc.provided_code)
        if row and row.site_group:
            return row.site_group
    site_missing(ctx, svc, what)
    return "TAL"


def code_shave(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    out: list[Draft] = []
    for s in svcs:
        group = _group(s, ctx, "shave removal", "shave_removal")
        sizes = list(s.sizes)
        n = s.count or 1
        if n == 1 and len(sizes) > 1:
            sizes = [max(sizes)]
        if not sizes:  # a charged size band is not documentation of the size (README "Coding decisions")
            size_missing(ctx, s, "shave removal")
            continue
        if len(sizes) < n:
            sizes = sizes + [sizes[-1]] * (n - len(sizes))
        for i, size in enumerate(sizes[:n]):
            c = ctx.tables.band_code("shave_removal", group, size) or "11300"
            out.append(
                Draft(
                    c,
                    1,
                    (),
                    diagnoses_for(s, ctx),
                    site_text(s),
                    group,
                    [ctx.lesion_id(s) if n == 1 else f"{ctx.lesion_id(s)}-{i + 1}"],
                    list(s.spans),
                    ["DRM010"],
                    0.95,
                    "shave removal",
                    s.source_ref,
                    "shave",
                )
            )
        if s.provided_code and out and s.provided_code != out[-1].code:
            shave_band(ctx, s, s.provided_code, out[-1].code)
    return out


def code_excision(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    out: list[Draft] = []
    for s in svcs:
        group = _group(s, ctx, "excision", "excision")
        malignant = s.malignant
        prow = ctx.tables.family_index.get(s.provided_code or "")
        if malignant is None:
            if s.dx_codes and any(c.startswith(("C", "D03", "D04")) for c in s.dx_codes):
                malignant = True
            else:
                awaiting_pathology(ctx, s)
                malignant = False
        fam = "excision_malignant" if malignant else "excision_benign"
        if s.excised_cm:
            value = s.excised_cm
        elif s.sizes:
            lesion = max(s.sizes)
            if s.margin_cm is None:
                margin_missing(ctx, s)
                value = lesion
            else:
                value = lesion + 2 * s.margin_cm
        else:
            size_missing(ctx, s, "excision")
            continue
        value = round(value, 3)
        c = ctx.tables.band_code(fam, group, value) or ("11400" if not malignant else "11600")
        d = Draft(
            c,
            1,
            (),
            diagnoses_for(s, ctx),
            site_text(s),
            group,
            [ctx.lesion_id(s)],
            list(s.spans),
            ["DRM020"],
            0.9,
            f"{'malignant' if malignant else 'benign'} excision {value} cm",
            s.source_ref,
            "excision",
        )
        out.append(d)
        if s.provided_code and s.provided_code != c:
            if prow and prow.family.startswith("excision") and prow.family != fam:
                excision_behaviour(ctx, s, s.provided_code, c)
                d.rule_ids.append("DRM021")
            else:
                excision_band(ctx, s, s.provided_code, c)
    return out


def code_malignant_destruction(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    out: list[Draft] = []
    for s in svcs:
        group = _group(s, ctx, "destruction", "destruction_malignant")
        if s.defect_cm:
            value = s.defect_cm
        elif s.sizes:
            value = max(s.sizes)
        else:
            size_missing(ctx, s, "destruction")
            continue
        c = ctx.tables.band_code("destruction_malignant", group, value) or "17260"
        out.append(
            Draft(
                c,
                1,
                (),
                diagnoses_for(s, ctx),
                site_text(s),
                group,
                [ctx.lesion_id(s)],
                list(s.spans),
                ["DRM032"],
                0.9,
                "destruction, malignant",
                s.source_ref,
                "destruction_malignant",
            )
        )
        if s.provided_code and s.provided_code != c:
            malignant_destruction_band(ctx, s, s.provided_code, c)
    return out
