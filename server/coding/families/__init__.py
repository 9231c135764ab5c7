"""Family coders: services (what the chart documents) → draft lines, one module per code family."""

from __future__ import annotations

import re

from server.coding.extract import text as tx
from server.coding.extract.scan import FoldedPattern
from server.coding.extract.services import Service
from server.coding.families import biopsy
from server.coding.families import destruction
from server.coding.families import flap
from server.coding.families import misc
from server.coding.families import mohs
from server.coding.families import repair
from server.coding.families import sized
from server.coding.families.common import Ctx
from server.coding.families.common import Draft
from server.coding.families.common import diagnoses_for
from server.coding.families.common import same_lesion
from server.coding.families.common import site_text
from server.coding.model import Severity
from server.coding.model import Span
from server.coding.model import Topic
from server.coding.registry import rule

REMOVAL_KINDS = ("shave", "excision", "destruction", "mohs", "tag")


@rule("DRM042", family="mohs", severity=Severity.INFO)
def flap_or_graft(ctx: Ctx, svc: Service) -> None:
    """Adjacent tissue transfer or graft documented: the 14xxx/15xxx code needs the defect + flap area.

    Why: flaps and grafts are coded by area (sq cm), which the engine does not derive; the repair is not
    coded as a linear repair.
    Example: "bilobed flap repair of the nasal defect" -> finding, no 12xxx/13xxx line.
    References: CPT adjacent tissue transfer guidelines; derm_coding.md FLAP-1.
    """
    ctx.add(
        "DRM042",
        Topic.CODING_SUGGESTION,
        Severity.WARNING,
        f"Flap/graft repair documented for {site_text(svc) or 'the defect'}: code it by area",
        svc.spans[:2],
    )


def _frozen_ok(b: Service, target: Service | None) -> bool:
    if not (b.frozen_section or (target is not None and target.frozen_section)):
        return False
    return (
        not any(d.confirmed for d in b.dx) or b.no_prior_path or (target is not None and target.no_prior_path)
    )


def _flap_closes_wound(services: list[Service]) -> list[Service]:
    """"excised w/ 3 mm margins -> defect 1.5 cm" then "repair: transposition flap from nasal dorsum/cheek junction
    -> ... = 5.8 sq cm": a measured flap written as a repair of its own closes today's one excision/Mohs wound (the
    site it names may be the donor's). The wound takes the flap and its area; the repair is not a second service."""
    wounds = [o for o in services if o.kind in ("excision", "mohs") and not o.area_sqcm]
    out = list(services)
    for r in [s for s in services if s.kind == "repair" and s.flap and s.area_sqcm and not s.graft]:
        own = [w for w in wounds if same_lesion(w, r)] or (wounds if len(wounds) == 1 else [])
        if len(own) != 1 or any(o.kind == "flap" for o in services):
            continue
        w = own[0]
        w.flap, w.area_sqcm = True, r.area_sqcm
        w.spans.extend(sp for sp in r.spans if sp not in w.spans)
        out.remove(r)
        wounds.remove(w)
    return out


def code_services(services: list[Service], ctx: Ctx) -> list[Draft]:
    drafts: list[Draft] = []
    services = _flap_closes_wound(services)
    by: dict[str, list[Service]] = {}
    for s in services:
        by.setdefault(s.kind, []).append(s)
    mohs_svcs = by.get("mohs", [])
    if by.get("frozen"):
        for m in mohs_svcs:
            m.frozen_section = True
        for b in by.get("biopsy", []):
            b.frozen_section = True
    # biopsies of lesions removed/destroyed today are not billed (same-day diagnostic biopsy before Mohs is)
    keep: list[Service] = []
    frozen: list[Service] = []
    for b in by.get("biopsy", []):
        target = next(
            (o for o in services if o.kind in REMOVAL_KINDS and o is not b and same_lesion(o, b)), None
        )
        if target is None and mohs_svcs and b.site is None:
            target = mohs_svcs[0]
        if (
            target is None
            and b.text
            # "shave biopsy then ED&C of the L forearm lesion" (one text, one site), not a procedure paragraph
            # naming three biopsies and the cryotherapy of other lesions
            and len({(x.region, x.laterality) for x in b.sites}) <= 1
            and any(o.kind in REMOVAL_KINDS and o.text == b.text and o is not b for o in services)
        ):
            target = next(o for o in services if o.kind in REMOVAL_KINDS and o.text == b.text and o is not b)
        if target is not None:
            if target.kind == "mohs" and _frozen_ok(b, target):
                keep.append(b)
                frozen.append(b)
            elif b.provided_code and not target.provided_code and target.from_note:
                keep.append(b)
            else:
                biopsy.biopsy_same_lesion_removed(ctx, b, target.kind.replace("_", " "))
        else:
            keep.append(b)
    if keep:
        drafts += biopsy.code(keep, ctx)
    for b in frozen:
        drafts.append(
            Draft(
                "88331",
                1,
                ("59",),
                diagnoses_for(b, ctx, pre_path=True),
                site_text(b),
                None,
                [ctx.lesion_id(b)],
                list(b.spans),
                ["DRM041"],
                0.9,
                "frozen section, same-day diagnostic biopsy",
                b.source_ref,
                "pathology",
            )
        )
    if by.get("shave"):
        drafts += sized.code_shave(by["shave"], ctx)
    for f in by.get("flap", []):
        w = next((o for o in services if o.kind in ("excision", "mohs") and same_lesion(o, f)), None)
        if w is not None:
            f.lesion_id = ctx.lesion_id(w)
    # adjacent tissue transfer: pre-coded/free-text flap services, else flaps documented with a Mohs/excision
    flaps = list(by.get("flap", []))
    for s in services:
        if (
            s.kind in ("mohs", "excision")
            and s.flap
            and s.area_sqcm
            and not any(
                same_lesion(s, f) or f.site is None or s.site is None or f.site.region == s.site.region
                for f in by.get("flap", [])
            )
        ):
            flaps.append(s)
    if flaps:
        drafts += flap.code(flaps, ctx)
    excisions = [
        s
        for s in by.get("excision", [])
        if not (
            s.flap and (s in flaps or any(same_lesion(s, f) or f.site is None for f in by.get("flap", [])))
        )
    ]
    for s in by.get("excision", []):
        if s not in excisions:
            ctx.add(
                "DRM043",
                Topic.CODING_CORRECTION,
                Severity.INFO,
                f"Excision of {site_text(s) or 'the lesion'} is included in the adjacent tissue transfer",
                s.spans[:2],
            )
    if excisions:
        drafts += sized.code_excision(excisions, ctx)
    dest = by.get("destruction", [])
    pre = [s for s in dest if s.dest_class == "premalignant"]
    ben = [s for s in dest if s.dest_class == "benign"]
    mal = [s for s in dest if s.dest_class == "malignant"]
    vascular = [s for s in dest if s.dest_class == "vascular"]
    if vascular:
        drafts += destruction.code_vascular(vascular, ctx)
    if pre:
        drafts += destruction.code_premalignant(pre, ctx)
    if ben:
        drafts += destruction.code_benign(ben, ctx)
    if mal:
        drafts += sized.code_malignant_destruction(mal, ctx)
    if by.get("tag"):
        drafts += destruction.code_tags(by["tag"], ctx)
    if mohs_svcs:
        drafts += mohs.code(mohs_svcs, ctx)
    # repairs
    standalone = by.get("repair", [])
    items: list[tuple[Service, str]] = []
    wounds = [o for o in services if o.kind in ("excision", "mohs", "biopsy", "shave")]
    # a flap closes the wound of today's Mohs/excision at the same site: same lesion id (edits bundle)
    for f in by.get("flap", []):
        w = next((o for o in wounds if same_lesion(o, f)), None)
        if w is not None:
            f.lesion_id = ctx.lesion_id(w)
    for s in standalone:
        # a repair of the wound of today's excision/Mohs carries that lesion's id (edits decide bundling)
        w = next((o for o in wounds if same_lesion(o, s)), None)
        if w is None and len(wounds) == 1 and s.site is None:
            w = wounds[0]
        if w is not None:
            s.lesion_id = ctx.lesion_id(w)
        rtype = s.repair_type if s.repair_type in ("simple", "intermediate", "complex") else None
        if rtype is None and s.provided_code:
            row = ctx.tables.family_index.get(s.provided_code)
            if row:
                rtype = row.family.replace("repair_", "").replace("_addon", "")
        if s.repair_len is None:
            if s.sizes:
                s.repair_len = max(s.sizes)
            elif s.provided_code:
                row = ctx.tables.family_index.get(s.provided_code)
                if row and row.min is not None:
                    s.repair_len = max(row.min, 0.1)
        if s.wounds and len(s.wounds) > 1:
            # several wounds in one repair note: one item per wound (summed per group by the repair coder)
            import copy

            for site, length in s.wounds:
                w = copy.copy(s)
                w.site, w.repair_len, w.spans = site, length, list(s.spans)
                items.append((w, rtype or "simple"))
            continue
        items.append((s, rtype or "simple"))
    for s in services:
        if s.kind not in ("excision", "mohs", "biopsy", "shave"):
            continue
        if any(
            same_lesion(s, r)
            or r.site is None
            # "Layered closure, R lower leg, 6.0 cm" and the Mohs note's "Repair: ... length 6.0 cm" (R pretibial)
            or (r.repair_len == s.repair_len and s.site is not None and r.site.region == s.site.region)
            for r in standalone
        ):
            continue
        fl = [
            o
            for o in services
            if (o.kind == "flap" or (o.provided_code or "")[:2] in ("14", "15")) and o is not s
        ]
        if fl and (any(same_lesion(s, f) or f.site is None for f in fl)):
            continue
        if s.flap:
            if not flaps and not s.area_sqcm:
                flap_or_graft(ctx, s)
            continue
        rt = s.repair_type
        if rt in ("intermediate", "complex") and s.kind in ("excision", "mohs", "biopsy"):
            items.append((s, rt))
        elif rt == "simple" and s.kind == "mohs":
            items.append((s, "simple"))
    if items:
        drafts += repair.code(items, ctx)
    inj = by.get("injection", [])
    drug = by.get("drug", [])
    if inj:
        for d in drug:
            if d.mg and not any(s.mg for s in inj):
                inj[0].mg = d.mg
                inj[0].technique = "triamcinolone"
            elif not d.mg and d.provided_units and not any(s.mg for s in inj):
                inj[0].mg = 10.0 * d.provided_units
                inj[0].technique = "triamcinolone"
        drafts += misc.code_injection(inj, ctx, drug)
    elif drug:
        d = drug[0]
        units = max(1, -(-int(d.mg) // 10)) if d.mg else (d.provided_units or 1)
        drafts.append(
            Draft(
                "J3301",
                units,
                (),
                diagnoses_for(d, ctx),
                None,
                None,
                [],
                list(d.spans),
                ["DRM060"],
                0.8,
                "triamcinolone",
                d.source_ref,
                "injection",
            )
        )
    if by.get("id"):
        drafts += misc.code_id(by["id"], ctx)
    nails = by.get("nail_debridement", []) + by.get("nail_avulsion", []) + by.get("nail_excision", [])
    if nails:
        drafts += misc.code_nails(nails, ctx)
    if by.get("paring"):
        drafts += misc.code_paring(by["paring"], ctx)
    if by.get("phototherapy"):
        drafts += misc.code_photo(by["phototherapy"], ctx)
    if by.get("excimer"):
        drafts += misc.code_excimer(by["excimer"], ctx)
    if by.get("patch"):
        drafts += misc.code_patch(by["patch"], ctx)
    if by.get("peel"):
        drafts += misc.code_peel(by["peel"], ctx)
    for s in by.get("path", []):
        if mohs_svcs and s.provided_code and s.provided_code.startswith("883") and s.provided_code != "88331":
            mohs.mohs_pathology(ctx, s, s.provided_code)
            continue
        if s.provided_code == "88331" and frozen:
            continue
        drafts.append(
            Draft(
                s.provided_code or "",
                s.provided_units or 1,
                (),
                diagnoses_for(s, ctx),
                site_text(s),
                None,
                [],
                list(s.spans),
                [],
                0.8,
                "pathology",
                s.source_ref,
                "pathology",
            )
        )
    for s in by.get("unknown", []):
        if s.provided_code:
            drafts.append(
                Draft(
                    s.provided_code,
                    s.provided_units or 1,
                    (),
                    diagnoses_for(s, ctx),
                    site_text(s),
                    None,
                    [],
                    list(s.spans),
                    [],
                    0.6,
                    "as provided",
                    s.source_ref,
                    "other",
                )
            )
    return drafts


@rule("DRM090", family="general")
def documented_not_charged(ctx: Ctx, svc: Service) -> None:
    """A procedure documented in the note has no Procedure resource or charge: the coder should review it.

    Why: nothing documented and billable should be silently lost; the Procedure list stays the claim's source,
    so no line is added, only a suggestion.
    Example: note documents cryotherapy of 6 AKs; only the biopsy was charged -> coding-suggestion finding.
    References: derm_coding.md §10 (engine checklist step 1).
    """
    ctx.add(
        "DRM090",
        Topic.CODING_SUGGESTION,
        Severity.WARNING,
        f"Documented {svc.kind.replace('_', ' ')} has no Procedure/charge: review for billing",
        svc.spans[:3],
    )


@rule("DRM092", family="general")
def charged_not_performed(ctx: Ctx, svc: Service, statement: Span) -> None:
    """A charged procedure the signed note says was not performed today is removed from the claim.

    Why: a charge entered before the visit (at check-in, from the visit reason) is not documentation; the note is.
    When the provider writes that no procedure was performed, billing the charge would bill work not done.
    Example: 17110 entered at check-in; the note: "Did NOT freeze today ... No procedure performed today." ->
    no 17110, coding-correction finding.
    References: derm_coding.md §10 (engine checklist step 1: documentation supports every line).
    """
    code = svc.provided_code or svc.kind.replace("_", " ")
    ctx.add(
        "DRM092",
        Topic.CODING_CORRECTION,
        Severity.WARNING,
        f"{code} removed: the note states that no procedure was performed today",
        [statement, *svc.spans[:2]],
    )


_COSMETIC_SERVICE = FoldedPattern(re.compile(
    r"\b(?:botox|onabotulinum\w*|abobotulinum\w*|incobotulinum\w*|dysport|xeomin|jeuveau|daxxify|neurotoxin|"
    r"(?:dermal\s+)?fillers?|juvederm|restylane|radiesse|sculptra|hyaluronic\s+acid\s+filler|"
    r"microneedling|laser\s+hair\s+removal|sclerotherapy|kybella)\b",
    re.I,
))
_COSMETIC_WORDS = ("botox", "botul", "dysport", "xeomin", "jeuveau", "daxxify", "neurotoxin", "filler", "juvederm",
                   "restylane", "radiesse", "sculptra", "microneedl", "laser hair", "sclerotherap", "kybella")
_SELF_PAID = FoldedPattern(re.compile(
    r"\bcosmetic\b[^.\n]{0,80}?(?:self[- ]pay|waiver|out\s+of\s+pocket|not\s+(?:billed|submitted|covered))|"
    r"(?:self[- ]pay|waiver|out\s+of\s+pocket)[^.\n]{0,80}?\bcosmetic\b",
    re.I,
))
_MEDICAL_USE = FoldedPattern(re.compile(
    r"hyperhidrosis|migraine|spasticity|blepharospasm|dystonia|sialorrhea", re.I
))
_ADMINISTERED = re.compile(
    r"performed|done|given|injected|applied|administered|\d+\s*(?:units?|u)\s+(?:to|into|in)\b|"
    r"\b\d+(?:\.\d+)?\s*(?:units?|u|ml|cc)\b",  # "Xeomin 40 units forehead/glabella", "lip filler ..., HA 1 mL"
    re.I,
)
# a treatment record's dose lines after the product: "Glabella 20 U (5 points) ... Total 44 U. Lot #C7712A."
_ADMINISTERED_RECORD = re.compile(
    r"\btotal\s+\d+(?:\.\d+)?\s*(?:units?|u|ml|cc)\b|\blot\s*#|\d+(?:\.\d+)?\s*(?:units?|u|ml|cc)\s+(?:each|per)\b", re.I
)


@rule("DRM091", family="cosmetic", severity=Severity.WARNING)
def cosmetic_service_documented(ctx: Ctx, evidence: list) -> None:
    """A cosmetic-only service (neurotoxin or filler for rhytids, peels, laser hair removal, a removal the
    patient paid for as cosmetic) documented without a billable code: no claim line; the patient pays directly.

    Why: cosmetic neurotoxin, fillers and peels are excluded services; nothing is billed to the payer, but the
    coder must see that the service was recognised rather than silently dropped.
    Example: Procedure "Botox cosmetic, glabella 20 units" -> no line + cosmetic finding.
    References: derm_coding.md COS-2; BPM16 §120.
    """
    ctx.add(
        "DRM091",
        Topic.COSMETIC,
        Severity.WARNING,
        "Cosmetic service documented (for appearance, self-paid): not billed to the payer, the patient pays "
        "directly",
        evidence,
    )


def cosmetic_text(text: str) -> bool:
    """``text`` documents a cosmetic-only service that is not for a medical use (hyperhidrosis, spasm)."""
    return bool(_COSMETIC_SERVICE.search(text)) and not _MEDICAL_USE.search(text)


def cosmetic_in_note(text: str) -> tuple[int, int] | None:
    """The span of a cosmetic-only service performed in a signed note ("Superficial chemical peel performed
    today, self-pay"), not one discussed, planned or declined."""
    low = text.lower()
    if "cosmetic" in low and ("self-pay" in low or "self pay" in low or "waiver" in low or "out of pocket" in low):
        m = _SELF_PAID.search(text)  # "removal is cosmetic ... paid the self-pay fee": never on the claim
        if m is not None:
            return m.start(), m.end()
    if not any(k in low for k in _COSMETIC_WORDS):
        return None  # cheap pre-check: most notes name no cosmetic-only service
    for m in _COSMETIC_SERVICE.finditer(text):
        a, b = tx.sentence_bounds(text, m.start())
        sent = text[a : b + 40]  # "Onabotulinumtoxin A\n   20 units to the glabellar complex": a wrapped line
        if _MEDICAL_USE.search(sent) or not (
            _ADMINISTERED.search(sent) or _ADMINISTERED_RECORD.search(text, b, b + 120)
        ):  # "Onabotulinumtoxin A 20 units to the glabellar complex"
            continue
        if tx.assertion_in(text, m.start(), m.end()) == "affirmed":
            return m.start(), m.end()
    return None


@rule("DOC010", family="documentation")
def destruction_dx_missing(ctx: Ctx, svc: Service) -> None:
    """Destruction needs the lesion type (premalignant, benign, malignant) documented.

    Why: 17000-17004, 17110/17111 and 17260-17286 are chosen by lesion type.
    Example: "cryotherapy x4" with no diagnosis -> coded as AK destruction + finding.
    References: CPT destruction guidelines.
    """
    ctx.add(
        "DOC010",
        Topic.MISSING_DOCUMENTATION,
        Severity.WARNING,
        "Destruction without a documented diagnosis: coded as premalignant (AK)",
        svc.spans[:2],
    )


__all__ = ["code_services", "Ctx", "Draft", "Topic"]
