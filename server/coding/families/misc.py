"""Other office procedures: intralesional injection 11900/11901 + J3301, I&D 10060/10061, nails
11720/11721, 11730/11732, 11750, paring 11055-11057, phototherapy 96900/96910/96912, excimer 96920-96922 and
patch tests 95044."""

from __future__ import annotations

import math
import re

from server.coding.extract.services import Service
from server.coding.extract.services import nail_avulsion_only_digits
from server.coding.extract.sites import SITE_GROUP
from server.coding.families.common import Ctx
from server.coding.families.common import Draft
from server.coding.families.common import correction
from server.coding.families.common import diagnoses_for
from server.coding.families.common import site_text
from server.coding.families.destruction import count_missing
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule


@rule("DRM060", family="injection")
def injection_codes(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Intralesional injection: 11900 up to 7 lesions, 11901 more than 7 (one unit per session), plus
    J3301 per 10 mg of triamcinolone acetonide.

    Why: the codes count lesions per session; the drug is billed separately in 10 mg units (rounded up).
    Example: 3 keloids injected with 40 mg Kenalog -> 11900 + J3301 x4.
    References: CPT; HCPCS J3301; derm_coding.md §4.8.
    """
    correction(ctx, "DRM060", svcs, provided, derived, "lesion count and drug dose")


@rule("DOC008", family="documentation")
def dose_missing(ctx: Ctx, svc: Service) -> None:
    """The injected drug dose (mg) must be documented to bill the drug.

    Why: J3301 is billed per 10 mg of triamcinolone acetonide.
    Example: "ILK to keloid" with no mg/volume -> 11900 only + finding.
    References: HCPCS J3301.
    """
    ctx.add(
        "DOC008",
        Topic.MISSING_DOCUMENTATION,
        Severity.WARNING,
        "Triamcinolone dose not documented: drug (J3301) not coded",
        svc.spans[:2],
    )


@rule("DRM061", family="incision_drainage")
def id_codes(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """I&D of abscess: 10060 simple or single, 10061 complicated or multiple.

    Why: a multiloculated cavity (multiple loculations broken up), several abscesses or an extensive drainage make
    the procedure complicated; packing a single cavity, or breaking its loculations, does not by itself.
    Example: I&D with multiple loculations broken and the cavity packed, coded 10060 -> 10061.
    References: CPT; derm_coding.md §4.8.
    """
    correction(ctx, "DRM061", svcs, provided, derived, "abscess complexity")


@rule("DRM062", family="nails")
def nail_codes(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Nails: debridement 11720 (1-5) / 11721 (6+); avulsion 11730 + 11732 per additional nail; matrix
    excision 11750 per nail; digit modifiers (TA-T9, FA-F9) on 11730/11732/11750.

    Why: the number of nails and the documented digit determine codes, units and modifiers.
    Example: debridement of 7 mycotic toenails coded 11720 -> 11721.
    References: CPT; HCPCS Level II modifiers; derm_coding.md §4.8.
    """
    correction(ctx, "DRM062", svcs, provided, derived, "nail count and procedure")


@rule("DRM063", family="paring")
def paring_codes(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Paring of benign hyperkeratotic lesions: 11055 (1), 11056 (2-4), 11057 (5 or more).

    Why: one code per session by lesion count.
    Example: paring of 3 calluses coded 11055 x3 -> 11056.
    References: CPT; derm_coding.md §4.8.
    """
    correction(ctx, "DRM063", svcs, provided, derived, "number of lesions pared")


@rule("DRM065", family="phototherapy")
def photo_codes(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Phototherapy per session: UVB 96900, Goeckerman 96910, PUVA 96912; excimer by total area
    (96920 < 250, 96921 250-500, 96922 > 500 sq cm).

    Why: the light source and (for excimer) the total treated area select the code.
    Example: excimer to 300 sq cm coded 96920 -> 96921.
    References: CPT; derm_coding.md §4.8, PHOTO-1.
    """
    correction(ctx, "DRM065", svcs, provided, derived, "phototherapy type/area")


@rule("DRM066", family="patch_test")
def patch_codes(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Patch tests: 95044 with one unit per allergen applied.

    Why: 95044 is "per test"; the reading visit is not billed again.
    Example: 80-allergen series coded 95044 x1 -> 95044 x80.
    References: CPT; derm_coding.md §4.8.
    """
    correction(ctx, "DRM066", svcs, provided, derived, "number of allergens applied")


def _prov(svcs: list[Service]) -> list[str]:
    return sorted(
        f"{s.provided_code} x{s.provided_units}" if (s.provided_units or 1) > 1 else s.provided_code
        for s in svcs
        if s.provided_code
    )


def _fmt(drafts: list[Draft]) -> list[str]:
    return sorted(f"{d.code} x{d.units}" if d.units > 1 else d.code for d in drafts)


def _check(rule_func, ctx: Ctx, svcs: list[Service], drafts: list[Draft]) -> None:
    """Compare provided codes with the derived ones: codes always, units only where the source gave units."""
    prov = _prov(svcs)
    if not prov:
        return
    pc: dict[str, int] = {}
    for s in svcs:
        if s.provided_code:
            pc[s.provided_code] = pc.get(s.provided_code, 0) + (s.provided_units or 1)
    dc: dict[str, int] = {}
    for d in drafts:
        dc[d.code] = dc.get(d.code, 0) + d.units
    # a Procedure cannot carry units: a pre-coded line without a quantity is one unit
    same = set(pc) == set(dc) and all(pc[c] == dc[c] for c in pc)
    if not same:
        rule_func(ctx, svcs, prov, _fmt(drafts))


def _dx(svcs: list[Service], ctx: Ctx, default: str | None = None) -> list[str]:
    out: list[str] = []
    for s in svcs:
        for c in diagnoses_for(s, ctx):
            if c not in out:
                out.append(c)
    if not out and default:
        out.append(default)
    return out[:4]


def _base(
    code: str,
    units: int,
    svcs: list[Service],
    ctx: Ctx,
    rid: str,
    label: str,
    fam: str,
    dx: list[str],
    mods: tuple[str, ...] = (),
) -> Draft:
    return Draft(
        code,
        units,
        mods,
        dx,
        ", ".join(dict.fromkeys(site_text(s) for s in svcs if site_text(s))) or None,
        None,
        [ctx.lesion_id(s) for s in svcs],
        [sp for s in svcs for sp in s.spans],
        [rid],
        0.9,
        label,
        svcs[0].source_ref,
        fam,
    )


def code_injection(svcs: list[Service], ctx: Ctx, drugs: list[Service] | None = None) -> list[Draft]:
    n = 0
    seen = set()
    for s in svcs:
        if s.text in seen:
            continue
        seen.add(s.text)
        c = s.count
        if c is None and s.provided_code == "11901":
            c = 8
        n += c or 1
    n = ctx.session_counts.get("injection:") or n
    dx = _dx(svcs, ctx)
    drafts = [
        _base(
            "11901" if n > 7 else "11900",
            1,
            svcs,
            ctx,
            "DRM060",
            f"intralesional, {n} lesions",
            "injection",
            dx,
        )
    ]
    mg = sum(s.mg for s in svcs if s.mg) if any(s.mg for s in svcs) else None
    if any(s.technique == "triamcinolone" for s in svcs) or any(
        d.provided_code == "J3301" or d.mg for d in drugs or ()
    ):
        if mg:
            drafts.append(
                _base(
                    "J3301",
                    max(1, math.ceil(round(mg / 10.0, 6))),
                    svcs,
                    ctx,
                    "DRM060",
                    f"triamcinolone {mg:g} mg",
                    "injection",
                    dx,
                )
            )
        elif any(s.provided_code == "J3301" for s in svcs):
            u = next(s.provided_units or 1 for s in svcs if s.provided_code == "J3301")
            drafts.append(_base("J3301", u, svcs, ctx, "DRM060", "triamcinolone", "injection", dx))
        else:
            dose_missing(ctx, svcs[0])
    _check(injection_codes, ctx, svcs + list(drugs or ()), drafts)
    return drafts


def code_id(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    complicated = any(s.complicated for s in svcs) or sum(s.count or 1 for s in svcs) > 1
    drafts = [
        _base(
            "10061" if complicated else "10060",
            1,
            svcs,
            ctx,
            "DRM061",
            "incision and drainage",
            "incision_drainage",
            _dx(svcs, ctx),
        )
    ]
    _check(id_codes, ctx, svcs, drafts)
    return drafts


def _nail_count(s: Service) -> int:
    if s.count:
        return s.count
    if s.digits:
        return len(s.digits)
    return 1


def code_nails(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    drafts: list[Draft] = []
    deb = [s for s in svcs if s.kind == "nail_debridement"]
    avu = [s for s in svcs if s.kind == "nail_avulsion"]
    exc = [s for s in svcs if s.kind == "nail_excision"]
    if deb:
        n = (
            max(_nail_count(s) for s in deb)
            if len({s.text for s in deb}) == 1
            else sum(_nail_count(s) for s in deb)
        )
        if all(s.count is None and not s.digits for s in deb) and re.search(r"nails\b", deb[0].text, re.I):
            count_missing(ctx, deb[0], "nail debridement")
        drafts.append(
            _base(
                "11721" if n >= 6 else "11720",
                1,
                deb,
                ctx,
                "DRM062",
                f"nail debridement, {n} nails",
                "nails",
                _dx(deb, ctx, "B35.1"),
            )
        )
    if len(exc) == 1 and exc[0].digits:
        # "lateral strip of nail plate freed and avulsed back to the matrix. 88% phenol applied to the matrix": an
        # avulsion naming no nail is the matrixectomy's own step (the PTP edit 11750/11730 then bundles it)
        for s in avu:
            if not s.digits and not s.provided_code and (s.count or 1) == 1:
                s.digits, s.site, s.lesion_id = list(exc[0].digits), exc[0].site, exc[0].lesion_id
    avulsion_only: list[str] = []
    if exc:
        digits: list[str] = []
        for s in exc:
            digits.extend(d for d in s.digits if d not in digits)
        if len(digits) > 1:
            # one sentence per toe: a matrixectomy of one, a plain avulsion of another
            for s in exc:
                avulsion_only.extend(d for d in nail_avulsion_only_digits(s.text) if d not in avulsion_only)
            avulsion_only = [d for d in avulsion_only if d in digits][: len(digits) - 1]
            digits = [d for d in digits if d not in avulsion_only]
        n = max(sum(_nail_count(s) for s in exc) - len(avulsion_only), len(digits), 1)
        for i in range(n):
            mods = (digits[i],) if i < len(digits) else ()
            drafts.append(
                _base(
                    "11750",
                    1,
                    exc,
                    ctx,
                    "DRM062",
                    "nail and matrix excision",
                    "nails",
                    _dx(exc, ctx, "L60.0"),
                    mods,
                )
            )
    if avulsion_only and not avu:
        avu = [s for s in exc]  # the avulsion-only digits were documented inside the matrixectomy text
        for i, d in enumerate(avulsion_only):
            drafts.append(
                _base(
                    "11730" if i == 0 else "11732",
                    1,
                    avu,
                    ctx,
                    "DRM062",
                    "nail avulsion",
                    "nails",
                    _dx(avu, ctx, "L60.0"),
                    (d,),
                )
            )
        avu = []
    if avu:
        digits = []
        for s in avu:
            digits.extend(d for d in s.digits if d not in digits)
        if avulsion_only:
            digits.extend(d for d in avulsion_only if d not in digits)
        if all(s.provided_code for s in avu):
            # pre-coded: one Procedure per nail
            n = max(sum(max(1, len(s.digits)) for s in avu), len(digits))
        elif digits:
            # the A&P's "avulsion both great toes" and the procedure's "R great toe ... L great toe": the same nails
            n = max(max(_nail_count(s) for s in avu), len(digits))
        else:
            n = max(sum(_nail_count(s) for s in avu), 1)
        for i in range(n):
            mods = (digits[i],) if i < len(digits) else ()
            drafts.append(
                _base(
                    "11730" if i == 0 else "11732",
                    1,
                    avu,
                    ctx,
                    "DRM062",
                    "nail avulsion",
                    "nails",
                    _dx(avu, ctx, "L60.0"),
                    mods,
                )
            )
    if avulsion_only:
        # the digit is the structure: lines split from one text get their own digit as site (PTP distinctness)
        for d in drafts:
            if d.family == "nails" and d.modifiers:
                d.body_site = f"{d.body_site or 'nail'} ({d.modifiers[0]})"
    _check(nail_codes, ctx, svcs, drafts)
    if any(s.provided_code for s in svcs):
        for d in drafts:
            if d.modifiers:  # the EMA sent the nail code without the digit the note documents
                ctx.add(
                    "MOD007",
                    Topic.MODIFIER,
                    Severity.INFO,
                    f"{d.modifiers[0]} added to {d.code}: digit documented",
                    d.evidence[:2],
                )
    return drafts


def code_paring(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    n = ctx.session_counts.get("paring:") or sum(s.count or 1 for s in {s.text: s for s in svcs}.values())
    if all(s.count is None for s in svcs) and re.search(r"calluses|corns|lesions|clavi", svcs[0].text, re.I):
        count_missing(ctx, svcs[0], "paring")
    code = "11055" if n == 1 else "11056" if n <= 4 else "11057"
    drafts = [_base(code, 1, svcs, ctx, "DRM063", f"paring, {n} lesions", "paring", _dx(svcs, ctx, "L84"))]
    _check(paring_codes, ctx, svcs, drafts)
    return drafts


def code_photo(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    drafts: list[Draft] = []
    of_code = {"96910": "goeckerman", "96912": "puva"}
    # a charge whose note never names the light keeps its own code's light
    kind_of = {id(s): s.photo_type or of_code.get(s.provided_code or "", "uvb") for s in svcs}
    kinds = set(kind_of.values())
    for pt, code in (("goeckerman", "96910"), ("puva", "96912"), ("uvb", "96900")):
        if pt in kinds:
            ss = [s for s in svcs if kind_of[id(s)] == pt]
            drafts.append(
                _base(code, 1, ss, ctx, "DRM065", f"phototherapy {pt}", "phototherapy", _dx(ss, ctx, "L40.0"))
            )
    _check(photo_codes, ctx, svcs, drafts)
    return drafts


@rule("DRM067", family="peel")
def peel_codes(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Chemical peels: 15788/15789 facial, 15792/15793 nonfacial; epidermal (superficial) vs dermal depth.

    Why: the peel codes are chosen by area (facial or not) and depth; one unit per session. Whether the peel
    is covered (actinic keratoses) or cosmetic (photoaging) is decided by the cosmetic rules (NEC103).
    Example: "30% glycolic acid, full face, epidermal-level peel" sent as 15789 -> 15788.
    References: CPT 15788-15793; derm_coding.md COS-2.
    """
    correction(ctx, "DRM067", svcs, provided, derived, "peel area and depth")


_DERMAL_PEEL = re.compile(
    r"\b(?:medium[- ]depth|dermal[- ](?:level\s+)?peel|papillary\s+dermis|deep\s+peel|phenol\s+peel|frost\s+level\s+(?:2|3|ii|iii)|"
    r"(?:tca|trichloroacetic\s+acid)\s+(?:3[5-9]|[4-9]\d)\s*%|(?:3[5-9]|[4-9]\d)\s*%\s+(?:tca|trichloroacetic))",
    re.I,
)


def code_peel(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    text = " ".join(s.text[s.attr_start :] for s in svcs)
    sites = [s.site for s in svcs if s.site is not None]
    facial = (
        any(SITE_GROUP.get(x.region) == "FEENLM" for x in sites) or bool(re.search(r"\b(?:face|facial)\b", text, re.I))
    ) if (sites or re.search(r"\b(?:face|facial|neck|chest|hands?|arms?|back)\b", text, re.I)) else None
    dermal = bool(_DERMAL_PEEL.search(text)) and not re.search(r"\bepidermal\b", text, re.I)
    pc = next((s.provided_code for s in svcs if s.provided_code), None)
    if facial is None and pc:
        code = pc
    else:
        code = ("15789" if dermal else "15788") if facial is not False else ("15793" if dermal else "15792")
    drafts = [_base(code, 1, svcs, ctx, "DRM067", "chemical peel", "peel", _dx(svcs, ctx, "L57.8"))]
    _check(peel_codes, ctx, svcs, drafts)
    return drafts


def code_excimer(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    # one service per treated plaque/site: the session's total area is their sum, unless a service states
    # the total itself ("Total 300 sq cm") -- then the largest stated figure is the total
    area = None
    seen: set[tuple[float, str]] = set()
    total = 0.0
    for s in svcs:
        if s.area_sqcm:
            area = max(area or 0, s.area_sqcm)
            key = (s.area_sqcm, s.site.text.lower() if s.site else "")
            if key not in seen:
                seen.add(key)
                total += s.area_sqcm
    if area is not None and not any(re.search(r"\btotal", s.text[s.attr_start :], re.I) for s in svcs if s.area_sqcm):
        area = max(area, total)
    if area is None:
        pc = next((s.provided_code for s in svcs if s.provided_code in ("96920", "96921", "96922")), None)
        code = pc or "96920"
        if not pc:
            excimer_area_missing(ctx, svcs[0])
    else:
        code = "96920" if area < 250 else "96921" if area <= 500 else "96922"
    drafts = [_base(code, 1, svcs, ctx, "DRM065", "excimer laser", "excimer", _dx(svcs, ctx, "L40.0"))]
    _check(photo_codes, ctx, svcs, drafts)
    return drafts


@rule("DOC009", family="documentation")
def excimer_area_missing(ctx: Ctx, svc: Service) -> None:
    """Excimer laser: the total treated area (sq cm) must be documented.

    Why: 96920-96922 are banded by total area per session.
    Example: "excimer to elbows" with no area -> 96920 + finding.
    References: CPT.
    """
    ctx.add(
        "DOC009",
        Topic.MISSING_DOCUMENTATION,
        Severity.WARNING,
        "Excimer treated area (sq cm) not documented: smallest band coded",
        svc.spans[:2],
    )


def code_patch(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    applied = [
        s
        for s in svcs
        if not (
            re.search(r"\bread(?:ing)?\b|interpret", s.text, re.I)
            and not re.search(r"appl(?:ied|ication)|placed", s.text, re.I)
        )
    ]
    if not applied:
        return []
    per_source: dict[str, int] = {}
    for s in applied:
        key = s.source_ref or s.source
        per_source[key] = max(per_source.get(key, 0), s.count or 0)
    # one Procedure per series ("core 80" + "4 own products") adds up; the note's stated total wins
    n = ctx.session_counts.get("patch:") or (sum(per_source.values()) if len(per_source) > 1 else 0)
    n = n or max((s.count or 0) for s in applied)
    if not n:
        pu = next(
            (s.provided_units for s in applied if s.provided_code == "95044" and s.provided_units), None
        )
        if pu:
            n = pu
        else:
            count_missing(ctx, applied[0], "patch testing")
            n = 1
    drafts = [
        _base(
            "95044",
            n,
            applied,
            ctx,
            "DRM066",
            f"patch tests, {n} allergens",
            "patch_test",
            _dx(applied, ctx, "L23.9"),
        )
    ]
    _check(patch_codes, ctx, applied, drafts)
    return drafts
