"""Skin biopsy 11102-11107: one primary code (incisional > punch > tangential), add-ons per technique."""

from __future__ import annotations

import re
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

PRIMARY = {"incisional": "11106", "punch": "11104", "tangential": "11102"}
ADDON = {"incisional": "11107", "punch": "11105", "tangential": "11103"}
RANK = {"incisional": 3, "punch": 2, "tangential": 1}
CODE_TECH = {
    "11102": "tangential",
    "11103": "tangential",
    "11104": "punch",
    "11105": "punch",
    "11106": "incisional",
    "11107": "incisional",
}


@rule("DRM001", family="biopsy", severity=Severity.ERROR)
def deleted_biopsy_code(ctx: Ctx, svc: Service, new_code: str) -> None:
    """Deleted biopsy codes 11100/11101 are replaced by the technique-specific 11102-11107.

    Why: CPT deleted 11100/11101 on 31 Dec 2018; claims with them are rejected.
    Example: Procedure.code 11100 for a documented punch biopsy -> 11104 (invalid-code finding).
    References: AAD-BX; derm_coding.md BX-1.
    """
    correction(
        ctx,
        "DRM001",
        svc,
        [svc.provided_code or ""],
        [new_code],
        "biopsy technique (11100/11101 deleted 2019)",
        Topic.INVALID_CODE,
    )


@rule("DRM002", family="biopsy")
def biopsy_hierarchy(ctx: Ctx, svcs: list[Service], provided: list[str], derived: list[str]) -> None:
    """Several biopsies: one primary code for the highest-ranked technique, add-ons for the rest.

    Why: 11102/11104/11106 are mutually exclusive primaries (PTP indicator 0); each further biopsy takes
    its own technique's add-on code.
    Example: punch + two shave biopsies coded 11104 + 11102 x2 -> 11104 + 11103 x2.
    References: CPT 2019 biopsy guidelines; derm_coding.md BX-2.
    """
    correction(ctx, "DRM002", svcs, provided, derived, "biopsy techniques and count")


@rule("DRM003", family="biopsy", severity=Severity.INFO)
def biopsy_same_lesion_removed(ctx: Ctx, svc: Service, other: str) -> None:
    """A biopsy of a lesion removed or destroyed the same day is not billed separately.

    Why: the biopsy is included in the more extensive procedure on the same lesion (NCCI policy).
    Example: shave biopsy and ED&C of the same left-forearm lesion -> destruction only.
    References: NCCI policy manual ch. III; derm_coding.md BX-5.
    """
    ctx.add(
        "DRM003",
        Topic.CODING_CORRECTION,
        Severity.INFO,
        f"Biopsy of {site_text(svc) or 'the lesion'} not billed: the same lesion was treated by {other}",
        svc.spans[:3],
    )


@rule("DRM005", family="biopsy", severity=Severity.INFO)
def sample_then_curette_benign(ctx: Ctx, destruction: Service, sample: Service) -> None:
    """Sample-then-curette whose pathology is benign: report the biopsy only, not a malignant destruction.

    Why: a shave sample taken and the base curetted for a suspected BCC is coded after the pathology; a
    malignancy makes it a destruction of a malignant lesion (17260-17286, sized by the final curetted defect,
    the biopsy not reported), a benign result leaves only the biopsy.
    Example: saucerization of a suspected sBCC of the forearm, base curetted x3, pathology irritated SK ->
    11102, no 17262.
    References: AAD sample-then-curette worked example; derm_coding.md BX-6.
    """
    ctx.add(
        "DRM005",
        Topic.CODING_CORRECTION,
        Severity.INFO,
        f"Curettage of {site_text(destruction) or 'the lesion'} not billed as a malignant destruction: the "
        "pathology is benign, so the sample is reported as a biopsy",
        destruction.spans[:2] + sample.spans[:1],
    )


@rule("DOC001", family="documentation")
def biopsy_technique_missing(ctx: Ctx, svc: Service) -> None:
    """Biopsy technique (tangential, punch, incisional) must be documented.

    Why: the technique selects the code (11102 vs 11104 vs 11106).
    Example: "biopsy of left arm lesion" with no technique -> coded as tangential + finding.
    References: CPT 2019 biopsy guidelines.
    """
    ctx.add(
        "DOC001",
        Topic.MISSING_DOCUMENTATION,
        Severity.WARNING,
        f"Biopsy technique not documented for {site_text(svc) or 'a lesion'}; coded as tangential",
        svc.spans[:2],
    )


# Mucosal / special-site biopsies have their own codes outside the 11102-11107 hierarchy (BX-1).
SITE_BIOPSY = [
    (re.compile(r"(?<!not\s)(?<!non-)(?<!non\s)vermill?ion", re.I), "40490", None),  # not "(cutaneous, not vermilion)"
    (re.compile(r"\b(?:glans|penis|penile|prepuce|foreskin)\b", re.I), "54100", None),
    (re.compile(r"\b(?:vulva\w*|labia\s+m\w+|labium)\b", re.I), "56605", "56606"),
    (re.compile(r"\b(?:lid\s+margin|eyelid\s+margin|tarsal\s+(?:plate|conjunctiva))\b", re.I), "67810", None),
    (re.compile(r"\bnail\s+(?:unit|matrix|bed)\b", re.I), "11755", None),
]


def _site_code(s: Service) -> tuple[str, str | None] | None:
    txt = (s.site.text if s.site else "") + " " + s.text[s.attr_start : s.attr_start + 300]
    for rx, code_, addon in SITE_BIOPSY:
        if rx.search(txt):
            return code_, addon
    return None


def _covers(a, b) -> bool:
    """Two site mentions of one place ("L forehead" / "forehead")."""
    ta, tb = a.text.lower(), b.text.lower()
    return a.region == b.region and not (a.laterality and b.laterality and a.laterality != b.laterality) and (
        ta in tb or tb in ta
    )


def code(svcs: list[Service], ctx: Ctx) -> list[Draft]:
    items: list[tuple[str, Service]] = []
    drafts_site: list[Draft] = []
    seen_site: dict[str, int] = {}
    rest: list[Service] = []
    for s in svcs:
        sc = _site_code(s)
        if sc is None:
            rest.append(s)
            continue
        first, addon = sc
        c = addon if (addon and seen_site.get(first)) else first
        seen_site[first] = seen_site.get(first, 0) + 1
        drafts_site.append(
            Draft(
                c,
                1,
                (),
                diagnoses_for(s, ctx, pre_path=True),
                site_text(s),
                s.site.site_group if s.site else None,
                [ctx.lesion_id(s)],
                list(s.spans),
                ["DRM004"],
                0.85,
                "site-specific biopsy",
                s.source_ref,
                "biopsy",
            )
        )
        if s.provided_code and s.provided_code != c:
            site_specific_biopsy(ctx, s, c)
    svcs = rest
    if not svcs:
        return drafts_site
    for s in svcs:
        tech = s.technique
        if tech is None and s.provided_code in CODE_TECH:
            tech = CODE_TECH[s.provided_code]
        if tech is None:
            if s.provided_code not in ("11100", "11101"):
                biopsy_technique_missing(ctx, s)
            tech = "tangential"
        s.technique = tech
        n = s.count or 1
        if s.count is None and len({x.text.lower() for x in s.sites}) > 1 and "biopsies" in s.text.lower():
            # "Biopsies as listed above: ... L upper back (A), L forehead (C)": one per named site, less the
            # sites that another biopsy line already covers
            named: dict[str, object] = {}
            prev_end = -10
            first = s.text.lower().index("biopsies")
            for x in sorted(s.sites, key=lambda x: x.start):
                if x.start < first and x.start < len(s.text) and s.text[x.start : x.end] == x.text:
                    continue  # "Two AKs on the backs of his hands. Procedures, biopsies times three": not listed
                if x.start - prev_end > 3:  # "upper back (scapular area)" names one place
                    named.setdefault(x.text.lower(), x)
                prev_end = x.end
            n = max(1, len(named) - sum(
                1
                for t, x in named.items()
                if (s.site is None or t != s.site.text.lower())
                and any(o is not s and o.site is not None and _covers(o.site, x) for o in svcs)
            ))
        if s.provided_code in ("11101", "11103", "11105", "11107") and s.provided_units and not s.count:
            n = s.provided_units  # an add-on line sent with units: one biopsy per unit ("11101 x2")
        items.extend([(tech, s)] * n)
    if not items:
        return []
    # the signed note documents more biopsies than the charges carry (one technique): trust the note
    n_note = ctx.session_counts.get("biopsy:", 0)
    if n_note > len(items) and len({t for t, _ in items}) == 1 and all(s.provided_code for _, s in items):
        items += [items[-1]] * (n_note - len(items))
    items.sort(key=lambda it: -RANK[it[0]])
    drafts: list[Draft] = []
    for i, (tech, s) in enumerate(items):
        c = PRIMARY[tech] if i == 0 else ADDON[tech]
        lid = ctx.lesion_id(s) if s.count in (None, 1) else f"{ctx.lesion_id(s)}-{i + 1}"
        d = Draft(
            c,
            1,
            (),
            diagnoses_for(s, ctx, pre_path=True),
            site_text(s),
            s.site.site_group if s.site else None,
            [lid],
            list(s.spans),
            ["DRM002"],
            0.95,
            f"{tech} biopsy",
            s.source_ref,
            "biopsy",
        )
        drafts.append(d)
    for s in svcs:
        if s.provided_code in ("11100", "11101"):
            deleted_biopsy_code(ctx, s, PRIMARY[s.technique or "tangential"])
    provided = sorted(
        s.provided_code for s in svcs if s.provided_code and s.provided_code not in ("11100", "11101")
    )
    if provided:
        derived = sorted(d.code for d in drafts)
        pc = Counter(provided)
        dc = Counter(derived)
        # units given on provided codes
        for s in svcs:
            if s.provided_code and s.provided_units and s.provided_units > 1:
                pc[s.provided_code] += s.provided_units - 1
        if pc != dc:
            biopsy_hierarchy(ctx, svcs, _fmt(pc), _fmt(dc))
    return drafts_site + drafts


@rule("DRM004", family="biopsy")
def site_specific_biopsy(ctx: Ctx, svc: Service, new_code: str) -> None:
    """Biopsies of the lip vermilion, penis, vulva, eyelid margin or nail unit have their own codes.

    Why: 11102-11107 are for skin; mucosal and special sites use site-specific biopsy codes (40490, 54100,
    56605/56606, 67810, 11755).
    Example: punch biopsy of the glans coded 11104 -> 54100.
    References: CPT; derm_coding.md BX-1.
    """
    correction(ctx, "DRM004", svc, [svc.provided_code or ""], [new_code], "biopsy site (site-specific code)")


def _fmt(c: Counter) -> list[str]:
    return [f"{k} x{v}" if v > 1 else k for k, v in sorted(c.items())]
