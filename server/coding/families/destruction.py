"""Destruction of premalignant (17000/17003/17004), benign (17110/17111) and vascular proliferative
(17106-17108) lesions; skin tags 11200/11201."""

from __future__ import annotations

import math
import re

from server.coding.extract.services import Service
from server.coding.families.common import Ctx
from server.coding.families.common import Draft
from server.coding.families.common import correction
from server.coding.families.common import diagnoses_for
from server.coding.families.common import site_text
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule


@rule("DRM030", family="destruction", severity=Severity.ERROR)
def premalignant_count(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Premalignant destruction: 17000 first lesion, 17003 per lesion 2-14, 17004 once for 15 or more.

    Why: 17004 replaces 17000/17003 at 15+ lesions (PTP indicator 0); 17003 units are lesions - 1.
    Example: 17000 + 17003 x16 for 17 AKs -> 17004 x1.
    References: CPT destruction guidelines; NCCI PTP 17004/17000; derm_coding.md DS-1.
    """
    correction(ctx, "DRM030", svcs, provided, derived, "number of premalignant lesions destroyed")


@rule("DRM031", family="destruction")
def benign_count(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Benign destruction: 17110 for up to 14 lesions, 17111 for 15 or more (one unit each).

    Why: both codes are per session, not per lesion (MUE 1, MAI 2).
    Example: 17110 x3 for three warts -> 17110 x1.
    References: CPT; derm_coding.md DS-2.
    """
    correction(ctx, "DRM031", svcs, provided, derived, "number of benign lesions destroyed")


@rule("DRM033", family="destruction")
def vascular_area(ctx: Ctx, svc: Service, provided: str, derived: str) -> None:
    """Laser destruction of a cutaneous vascular proliferative lesion (hemangioma, port-wine stain) is coded
    by the treated area: 17106 under 10 sq cm, 17107 10.0-50.0 sq cm, 17108 over 50 sq cm; not 17110.

    Why: 17110/17111 exclude cutaneous vascular proliferative lesions; 17106-17108 are one unit per session,
    banded by area, with a 090-day global (an E/M deciding it the same day takes 57).
    Example: pulsed dye laser to an ulcerated infantile hemangioma, 7.7 sq cm, charged 17110 -> 17106.
    References: CPT destruction guidelines; PFS RVU25D global days (17106-17108 = 090); derm_coding.md §2.
    """
    correction(ctx, "DRM033", svc, [provided], [derived], "area of vascular lesion treated by laser")


@rule("DRM064", family="skin_tag")
def skin_tag_count(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Skin tags: 11200 up to 15 tags, +11201 per additional 10 or part thereof.

    Why: the add-on is counted in blocks of ten beyond fifteen.
    Example: 27 tags -> 11200 + 11201 x2.
    References: CPT; derm_coding.md §4.8.
    """
    correction(ctx, "DRM064", svcs, provided, derived, "number of skin tags removed")


@rule("DOC006", family="documentation")
def count_missing(ctx: Ctx, svc: Service, what: str, coded: bool = True) -> None:
    """The number of lesions treated must be documented for count-based codes.

    Why: destruction, skin-tag, paring and injection codes depend on the count.
    Example: "cryotherapy to AKs on the face" with no count -> 17000 x1 + finding.
    References: CPT; derm_coding.md DS-1.
    """
    ctx.add(
        "DOC006",
        Topic.MISSING_DOCUMENTATION,
        Severity.WARNING,
        f"Number of lesions not documented for {what}: " + ("one lesion coded" if coded else "not coded"),
        svc.spans[:2],
    )


_BLANK_COUNT = re.compile(
    r"\b(?:count|number(?:\s+of\s+\w+)?|#\s*(?:of\s+)?lesions|qty|quantity)[ \t]*:[ \t]*"
    r"(?:select\b|_{2,}|\[[ \t]*\]|\*{3}|-{2,}|$)",
    re.I | re.M,
)


def _dedupe_count(svcs: list[Service], ctx: Ctx, what: str) -> int:
    total = 0
    seen_text: set[tuple[str, int | None]] = set()
    for s in svcs:
        key = (s.text.strip().lower(), s.count)
        if key in seen_text:
            continue
        seen_text.add(key)
        n = s.count
        if n is None and s.provided_code:
            n = _code_count(s.provided_code, s.provided_units or 1)
        if n is None:
            plural = bool(
                re.search(
                    r"\b(?:lesions|aks|keratoses|warts|verrucae|tags|papules|multiple|several"
                    r"|"
                    r"numerous|many|scattered)\b",
                    s.text,
                    re.I,
                )
            ) or bool(_BLANK_COUNT.search(s.text))  # "Count: Select:": the form's count left empty
            # premalignant destruction is counted per lesion: an undocumented count of several is not coded
            n = (
                0
                if (plural and what.startswith("destruction of premalignant") and not s.provided_code)
                else 1
            )
            if plural or not s.provided_code:
                count_missing(ctx, s, what, coded=bool(n))
        total += n
    return total


def _code_count(code: str, units: int) -> int | None:
    if code == "17000":
        return 1
    if code == "17003":
        return units
    if code == "17004":
        return 15
    if code == "17110":
        return None
    if code == "17111":
        return 15
    if code == "11200":
        return None
    if code == "11201":
        return 15 + 10 * units
    return None


def _provided(svcs: list[Service]) -> list[str]:
    out = []
    for s in svcs:
        if s.provided_code:
            out.append(
                f"{s.provided_code} x{s.provided_units}" if (s.provided_units or 1) > 1 else s.provided_code
            )
    return sorted(out)


def _fmt(drafts: list[Draft]) -> list[str]:
    return sorted(f"{d.code} x{d.units}" if d.units > 1 else d.code for d in drafts)


def _merge_dx(svcs: list[Service], ctx: Ctx) -> list[str]:
    out: list[str] = []
    for s in svcs:
        for c in diagnoses_for(s, ctx):
            if c not in out:
                out.append(c)
    return out[:4]


def _draft(
    svcs: list[Service],
    ctx: Ctx,
    code: str,
    units: int,
    dx: list[str],
    rule_id: str,
    confidence: float,
    label: str,
    family: str,
) -> Draft:
    """One line for a session of ``svcs`` (all their sites, lesion ids and evidence)."""
    return Draft(
        code,
        units,
        (),
        dx,
        _sites(svcs),
        None,
        [ctx.lesion_id(s) for s in svcs],
        [sp for s in svcs for sp in s.spans],
        [rule_id],
        confidence,
        label,
        svcs[0].source_ref,
        family,
    )


def _sites(svcs: list[Service]) -> str | None:
    st = [site_text(s) for s in svcs if site_text(s)]
    return ", ".join(dict.fromkeys(st)) or None


def code_premalignant(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    # two Procedure resources of one session (17000 + 17003) describe one count
    with_text = [s for s in svcs if s.count]
    if (
        with_text
        and all(s.provided_code in ("17000", "17003", "17004", None) for s in svcs)
        and len({s.count for s in with_text}) == 1
        and len(svcs) > 1
        and len({s.text for s in with_text}) == 1
    ):
        n = with_text[0].count
    elif any(s.provided_code == "17003" for s in svcs) and not any(s.count for s in svcs):
        n = sum(_code_count(s.provided_code or "", s.provided_units or 1) or 1 for s in svcs)
    else:
        n = _dedupe_count(svcs, ctx, "destruction of premalignant lesions")
    n = ctx.session_counts.get("destruction:premalignant") or n
    if n == 0:
        return []  # several AKs treated, number not documented: no guess (DOC006)
    dx = _merge_dx(svcs, ctx) or ["L57.0"]
    fam = "destruction_premalignant"
    if n >= 15:
        label = f"destruction premalignant, {n} lesions"
        drafts = [_draft(svcs, ctx, "17004", 1, dx, "DRM030", 0.95, label, fam)]
    else:
        label = "destruction premalignant, first lesion"
        drafts = [_draft(svcs, ctx, "17000", 1, dx, "DRM030", 0.95, label, fam)]
        if n > 1:
            label = f"destruction premalignant, lesions 2-{n}"
            drafts.append(_draft(svcs, ctx, "17003", n - 1, dx, "DRM030", 0.95, label, fam))
    prov = _provided(svcs)
    if prov and prov != _fmt(drafts):
        premalignant_count(ctx, svcs, prov, _fmt(drafts))
    return drafts


def code_benign(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    n = ctx.session_counts.get("destruction:benign") or _dedupe_count(
        svcs, ctx, "destruction of benign lesions"
    )
    code = "17111" if n >= 15 else "17110"
    label = f"destruction benign, {n} lesions"
    drafts = [_draft(svcs, ctx, code, 1, _merge_dx(svcs, ctx), "DRM031", 0.95, label, "destruction_benign")]
    prov = _provided(svcs)
    if prov and prov != _fmt(drafts):
        benign_count(ctx, svcs, prov, _fmt(drafts))
    return drafts


@rule("DOC011", family="documentation")
def vascular_area_missing(ctx: Ctx, svc: Service) -> None:
    """Laser destruction of a vascular proliferative lesion: the treated area (sq cm or its dimensions) must
    be documented.

    Why: 17106-17108 are banded by area; without it no band can be chosen (no guess).
    Example: "PDL to the port-wine stain of the cheek" with no area -> no line + finding.
    References: CPT destruction guidelines.
    """
    ctx.add(
        "DOC011",
        Topic.MISSING_DOCUMENTATION,
        Severity.WARNING,
        "Area (sq cm) not documented for laser destruction of a vascular lesion: not coded",
        svc.spans[:2],
    )


def code_vascular(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    area = sum(s.area_sqcm or 0 for s in {id(s): s for s in svcs}.values())
    if not area:
        vascular_area_missing(ctx, svcs[0])
        return []
    code = ctx.tables.band_code("destruction_vascular", None, area) or "17106"
    label = f"laser destruction of vascular lesion, {area} sq cm"
    draft = _draft(svcs, ctx, code, 1, _merge_dx(svcs, ctx), "DRM033", 0.9, label, "destruction_vascular")
    prov = next((s.provided_code for s in svcs if s.provided_code), None)
    if prov and prov != code:
        vascular_area(ctx, svcs[0], prov, code)
    return [draft]


def code_tags(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    n = ctx.session_counts.get("tag:") or _dedupe_count(svcs, ctx, "skin tag removal")
    dx = _merge_dx(svcs, ctx) or ["L91.8"]
    drafts = [_draft(svcs, ctx, "11200", 1, dx, "DRM064", 0.95, f"skin tags, {n}", "skin_tag")]
    if n > 15:
        units = math.ceil((n - 15) / 10)
        label = "skin tags, each additional 10"
        drafts.append(_draft(svcs, ctx, "11201", units, dx, "DRM064", 0.95, label, "skin_tag"))
    prov = _provided(svcs)
    if prov and prov != _fmt(drafts):
        skin_tag_count(ctx, svcs, prov, _fmt(drafts))
    return drafts
