"""The coding engine's entry point: one encounter (FHIR R4 Bundle as dicts) → CodingResult.

extract facts and services (server.coding.extract) → family coders (server.coding.families) → edits
(server.coding.edits.apply_edits) → CodingResult. Pure Python; no fhir.resources parsing in the hot path.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace

from server.coding.edits import apply_edits
from server.coding.extract import text as tx
from server.coding.extract import facts as fx
from server.coding.extract.bundle import BundleIndex
from server.coding.extract.bundle import Note
from server.coding.extract.bundle import cc_text
from server.coding.extract.bundle import cpt_codes
from server.coding.extract.bundle import encounter_date
from server.coding.extract.bundle import icd_codes
from server.coding.extract.bundle import index_bundle
from server.coding.extract.bundle import norm_ref
from server.coding.extract.bundle import notes_for
from server.coding.extract.bundle import parse_date
from server.coding.extract.bundle import pathology_notes
from server.coding.extract.bundle import pick_encounter
from server.coding.extract.bundle import rkey
from server.coding.extract.corrections import apply_corrections
from server.coding.extract.corrections import retract
from server.coding.extract.dx import dx_codes_for_text
from server.coding.extract.dx import MALIGNANT
from server.coding.extract.dx import code_for
from server.coding.extract.scan import FoldedPattern
from server.coding.extract.sites import Site
from server.coding.extract.sites import find_sites
from server.coding.extract.services import _FLAP_RE
from server.coding.extract.services import KIND_RES
from server.coding.extract.services import MAIN_KINDS
from server.coding.extract.services import Service
from server.coding.extract.services import _affirmed_kinds
from server.coding.extract.services import _choose_main
from server.coding.extract.services import _repair_type_of
from server.coding.extract.services import _site_words
from server.coding.extract.services import PROBLEM_HEAD
from server.coding.extract.services import _ORDINAL
from server.coding.extract.services import destruction_class
from server.coding.extract.services import excision_malignant
from server.coding.extract.services import path_results
from server.coding.extract.services import affirmed_malignancy
from server.coding.extract.services import fill
from server.coding.extract.services import find_kinds
from server.coding.extract.services import same_lesion as _same_lesion
from server.coding.extract.services import no_procedures_today
from server.coding.extract.services import services_from_note
from server.coding.extract.services import sizes_at
from server.coding.families import biopsy
from server.coding.families import code_services
from server.coding.families import cosmetic_in_note
from server.coding.families import cosmetic_service_documented
from server.coding.families import cosmetic_text
from server.coding.families import destruction_dx_missing
from server.coding.families import charged_not_performed
from server.coding.families import documented_not_charged
from server.coding.families.common import Ctx
from server.coding.model import CodingResult
from server.coding.model import DxFact
from server.coding.model import EncounterFacts
from server.coding.model import PayerKind
from server.coding.model import Span
from server.coding.tables import Tables

EM_RE = re.compile(r"^992(0[2-5]|1[1-5])$")
# "post-op check", "suture removal", "wound check", "stitches removed"
_POSTOP_RE = FoldedPattern(dict(KIND_RES)["postop"])


def kind_of_code(code: str, tables: Tables) -> str | None:
    if code in ("11100", "11101"):
        return "biopsy"
    if code == "J3301":
        return "drug"
    if code == "99024":
        return "postop"
    if EM_RE.match(code):
        return "em"
    if code.startswith("883") or code.startswith("8830"):
        return "path"
    row = tables.family_index.get(code)
    if not row:
        return None
    f = row.family
    if f.startswith("biopsy"):
        return "biopsy"
    if f.startswith("shave"):
        return "shave"
    if f.startswith("excision"):
        return "excision"
    if f.startswith("destruction"):
        return "destruction"
    if f.startswith("skin_tag"):
        return "tag"
    if f.startswith("mohs"):
        return "mohs"
    if f.startswith("repair"):
        return "repair"
    if f.startswith("intralesional"):
        return "injection"
    if f.startswith("incision_drainage"):
        return "id"
    if f == "nail_debridement":
        return "nail_debridement"
    if f.startswith("nail_avulsion"):
        return "nail_avulsion"
    if f.startswith("paring"):
        return "paring"
    if f.startswith("excimer"):
        return "excimer"
    if f.startswith("patch"):
        return "patch"
    if f.startswith("adjacent_tissue_transfer"):
        return "flap"
    return None


_CODE_KIND_EXTRA = {
    "11750": "nail_excision",
    "96900": "phototherapy",
    "96910": "phototherapy",
    "96912": "phototherapy",
    "96913": "phototherapy",
    "15788": "peel",
    "15789": "peel",
    "15792": "peel",
    "15793": "peel",
}
_DEST_CLASS = {
    "17000": "premalignant",
    "17003": "premalignant",
    "17004": "premalignant",
    "17110": "benign",
    "17111": "benign",
}


_UNITS_NOTE = FoldedPattern(re.compile(
    r"(?:^|\n|;\s*)\s*(?:units?(?:\s+billed)?|qty|quantity)\s*[:=]?\s*(\d{1,3})\b(?!\s*(?:cm|mm|mg|ml))", re.I
))


def _units(res: dict) -> int | None:
    q = res.get("quantity")
    if isinstance(q, dict) and q.get("value"):
        try:
            return int(round(float(q["value"])))
        except (TypeError, ValueError):
            return None
    for ext in res.get("extension", []) or []:
        url = (ext.get("url") or "").lower()
        if "unit" in url or "quantity" in url or "count" in url:
            for k in ("valueInteger", "valuePositiveInt", "valueDecimal"):
                if k in ext:
                    return int(ext[k])
            if "valueQuantity" in ext:
                return int(ext["valueQuantity"].get("value", 1))
    return None


_ITEM_SPLIT = re.compile(r"\s*;\s*|[ \t]*\n[ \t]*(?![a-z \t])|(?<=[.,:])\s+(?=\(?#?\d{1,2}[.)]\s)|(?<=\w)\.\s+(?=[A-Z])")


def _assessment_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of each problem item of an assessment segment: numbered items (also inline), ``;``-
    separated problems, lines and sentences."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _ITEM_SPLIT.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out or [(0, len(text))]


def _name_kind(name: str, rest: str) -> str | None:
    """The main kind a free-text Procedure name (``code.text``) states, when the rest of it affirms it too."""
    named = [k for k in _affirmed_kinds(name) if k[0] in MAIN_KINDS] if name else []
    if not named:
        return None
    kind = _choose_main(named, name)[0]
    said = {k[0] for k in _affirmed_kinds(_NEXT_STEP.sub(" ", rest))}
    if kind == "biopsy" and ("shave" in said or re.search(r"\b(?:saucer\w*|tangential|punch)\b", rest, re.I)):
        said.add("biopsy")  # "Shave biopsy" named, "diagnostic shave/saucerization ..." in its note: the biopsy
    return kind if kind in said else None


_NEXT_STEP = re.compile(
    r"\b(?:proceed(?:ed|ing)?|went\s+on|converted|moved\s+on)\s+(?:directly\s+)?to\s+[\w' -]{1,30}|"
    r"\b\w+\s+decision\s+(?:based\s+on|for|to)\b",  # "Mohs decision based on this"
    re.I,
)


_WHOLE_REMOVAL = FoldedPattern(re.compile(
    r"\bremoved\s+(?:in\s+(?:its|their)\s+entirety|entirely|completely|in\s+toto)|\bentire\s+lesion\s+removed|"
    r"\bcomplete\s+removal\b",
    re.I,
))


def _service_from_resource(res: dict, idx: BundleIndex, tables: Tables) -> Service | None:
    key = rkey(res)
    codes = cpt_codes(res.get("code"))
    parts: list[tuple[str, str]] = []
    ct = (res.get("code") or {}).get("text") or ""
    if ct:
        parts.append((f"{key}#code.text", ct))
    for c in (res.get("code") or {}).get("coding") or []:
        if c.get("display") and c.get("display") != ct:
            parts.append((f"{key}#code.display", c["display"]))
    for i, b in enumerate(res.get("bodySite", []) or []):
        t = cc_text(b)
        if t:
            parts.append((f"{key}#bodySite[{i}]", t))
    for i, n in enumerate(res.get("note", []) or []):
        if n.get("text"):
            parts.append((f"{key}#note[{i}]", n["text"]))
    dx_codes: list[str] = []
    for r in res.get("reasonReference", []) or []:
        cond = idx.get(r)
        if cond:
            dx_codes.extend(icd_codes(cond.get("code")))
            t = cc_text(cond.get("code"))
            site = " ".join(cc_text(b) for b in cond.get("bodySite", []) or [])
            if t or site:
                parts.append((f"{rkey(cond)}#code", (t + (" of " + site if site else "")).strip()))
    for i, rc in enumerate(res.get("reasonCode", []) or []):
        dx_codes.extend(icd_codes(rc))
        t = cc_text(rc)
        if t:
            parts.append((f"{key}#reasonCode[{i}]", t))
    text = ""
    offsets: list[tuple[int, int, str]] = []
    attr_start = 0
    for src, t in parts:
        start = len(text)
        text += t + "\n"
        offsets.append((start, start + len(t), src))
        if codes and src.endswith(("#code.text", "#code.display")):
            attr_start = len(text)  # code descriptors ("0.6-1.0 cm") are not documentation
    provided = codes[0][0] if codes else None
    code_kind = None
    if provided:
        code_kind = _CODE_KIND_EXTRA.get(provided) or kind_of_code(provided, tables)
        if provided == "88331":
            code_kind = "frozen"
    if code_kind in ("em",):
        return None
    # for a pre-coded Procedure the code descriptor is not documentation: kinds come from the rest
    doc = text[attr_start:] if codes else text
    kinds_all = {k for k, _, _ in find_kinds(doc)}
    aff = [k for k in _affirmed_kinds(doc) if k[0] in MAIN_KINDS]
    if not aff and not codes:
        aff = [k for k in _affirmed_kinds(text) if k[0] in MAIN_KINDS]
        if not aff and not find_kinds(ct):  # a "Wound check" names its own service; "excision site" in it is none
            aff = [k for k in find_kinds(text) if k[0] in MAIN_KINDS]
        kinds_all |= {k for k, _, _ in find_kinds(text)}
    biopsy_with_frozen = False
    if not codes and "frozen" in kinds_all and re.search(r"frozen\s+section", ct + " " + text[:80], re.I):
        bx = [k for k in _affirmed_kinds(ct) if k[0] == "biopsy"]
        fm = re.search(r"frozen\s+section", ct, re.I)
        if bx and (fm is None or bx[0][1] < fm.start()):  # not "Frozen section, diagnostic biopsy specimen"
            # "Shave biopsy with frozen section": the biopsy is the service, the frozen section rides on it
            biopsy_with_frozen = True
        else:
            code_kind = "frozen"
        kinds_all.add("frozen")
    if code_kind and (
        code_kind in {k[0] for k in aff}
        or code_kind in ("repair", "path", "drug", "postop", "frozen", "flap")
        or not aff
    ):
        kind = code_kind
    elif not codes and _FLAP_RE.search(ct) and not find_kinds(ct):
        kind = "flap"  # "Rotation flap, left cheek" after another practice's Mohs ("cleared by Mohs (outside)")
    elif aff and not codes and ct and not any(k[0] in MAIN_KINDS for k in find_kinds(ct)) and (
        ct_rep := next((k[0] for k in find_kinds(ct) if k[0] in ("repair", "flap")), None)
    ):
        kind = ct_rep  # "intermediate repair - R forehead" whose note says "post-Mohs defect (Mohs by Dr. X)"
    elif aff and not codes and (ct_main := _name_kind(ct, text[len(ct) + 1 :] if ct else "")):
        # a free-text Procedure is what its name says ("Shave biopsy with frozen section") when its note
        # confirms that kind, even if the note mentions the next step ("decision for Mohs based on the FS")
        kind = ct_main
    elif aff:
        kind = _choose_main(aff, doc)[0]
    elif code_kind:
        kind = code_kind
    elif "repair" in kinds_all:
        kind = "repair"
    elif "drug" in kinds_all and re.search(r"\d\s*mg", text, re.I):
        kind = "drug"
    else:
        kind = "unknown"
    if (
        kind == "injection"
        and not codes
        and not re.search(
            r"intralesional|\bil\s+\w+\b|\bilk\b|\binto\b|"
            r"lesions?|keloids?|scars?|patch(?:es)?|nodules?|cysts?|plaques?",
            text,
            re.I,
        )
    ):
        kind = "drug"  # a drug line ("Triamcinolone acetonide 20 mg") next to the injection procedure
    if kind == "biopsy" and codes and _WHOLE_REMOVAL.search(doc) and not any(
        k[0] == "biopsy" for k in _affirmed_kinds(doc)
    ):
        kind = "shave"  # "11102" charged for "papule 0.8 cm removed in its entirety at the base": a shave removal
    svc = Service(kind, key, text, 0, provided_code=provided, source_ref=key, dx_codes=dx_codes)
    svc.attr_start = attr_start
    svc.provided_units = _units(res)
    if svc.provided_units is None and codes:
        um = _UNITS_NOTE.search(text[attr_start:])  # the EMA's unit field copied into the note: "Units: 2"
        if um:
            svc.provided_units = int(um.group(1))
    fill(svc)
    if biopsy_with_frozen and kind == "biopsy":
        svc.frozen_section = True
    if svc.provided_units is None and svc.count and provided in _COUNTED_ADDONS:
        svc.provided_units = svc.count  # "addl blocks x2" on a pre-coded add-on line
    if svc.provided_units is None and provided in _COUNTED_ADDONS:
        # the EMA's unit column or charge-slip text: "x3", "17315 x3 per charge slip", "units: 2"
        bare = re.search(r"(?:^|[\s(])(?:[x×]|qty:?|units?:?)\s*(\d{1,2})\b(?!\s*(?:cm|mm|mg|ml))", doc, re.I)
        if bare:
            svc.provided_units = int(bare.group(1))  # the EMA's unit column: "x3"
    body = [(a, b, src) for a, b, src in offsets if "#bodySite" in src]
    if body and kind.startswith("nail"):
        from server.coding.extract.services import digits_of

        bd = digits_of(" ; ".join(text[a:b] for a, b, _ in body))
        if bd:
            svc.digits = bd
    if body:
        from server.coding.extract.sites import find_sites as _fs

        bs = _fs(text[body[0][0] : body[0][1]])
        if bs:
            b0 = bs[0]
            svc.site = replace(b0, start=b0.start + body[0][0], end=b0.end + body[0][0])
    if kind == "destruction":
        if svc.dest_class == "unknown" and provided in _DEST_CLASS:
            svc.dest_class = _DEST_CLASS[provided]
        elif svc.dest_class == "unknown" and provided and provided.startswith("172"):
            svc.dest_class = "malignant"
        if svc.dest_class == "unknown" and dx_codes:
            c = dx_codes[0]
            svc.dest_class = (
                "premalignant"
                if c.startswith("L57")
                else "malignant"
                if c.startswith(("C", "D04"))
                else "benign"
            )
    if (
        kind == "excision"
        and svc.malignant is False
        and any(c.startswith(("C", "D03", "D04")) for c in dx_codes)
    ):
        svc.malignant = True
    if kind == "excision" and svc.malignant is None and provided:
        row = tables.family_index.get(provided)
        if (
            row
            and row.family == "excision_malignant"
            and any(c.startswith(("C", "D03", "D04")) for c in dx_codes)
        ):
            svc.malignant = True
    # remap spans to the part they came from
    spans = []
    for sp in svc.spans:
        for a, b, src in offsets:
            if a <= sp.start <= b:
                spans.append(Span(src, sp.start - a, min(sp.end, b) - a, sp.text))
                break
        else:
            spans.append(sp)
    if provided:
        spans.insert(0, Span(f"{key}#code", 0, len(provided), provided))
    svc.spans = spans
    if svc.trigger:
        svc.trigger = spans[1] if len(spans) > 1 else svc.trigger
    if kind == "drug" and svc.mg is None:
        m = re.search(r"(\d+(?:\.\d+)?)\s*mg(?!\s*/)", doc, re.I)
        if m:
            svc.mg = float(m.group(1))
    return svc


_COUNTED_ADDONS = {"17315", "17312", "17314", "17003", "11201", "11732"}
_FOLD = {
    "17312": ("17311", "stage"),
    "17314": ("17313", "stage"),
    "17315": (None, "block"),
    "13102": ("13101", "len"),
    "13122": ("13121", "len"),
    "13133": ("13132", "len"),
    "13153": ("13152", "len"),
}


def _addon_stage_index(s: Service) -> int:
    """Index of the stage a pre-coded 17315 documents its blocks for ("2 additional blocks in stage II")."""
    doc = s.text[s.attr_start :]
    m = _ADDON_STAGE_RE.search(doc)
    if not m:
        return 0
    n = _ROMAN_STAGE.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 1)
    return max(0, n - 1)


_ADDON_STAGE_RE = re.compile(r"\b(?:stage|layer)\s*(\d|i{1,3}|iv|v)\b", re.I)
_ROMAN_STAGE = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


def _fold_addons(svcs: list[Service]) -> list[Service]:
    """Pre-coded add-on Procedures (Mohs stages/blocks, complex repair add-ons) describe the primary.

    Stage add-ons are folded before block add-ons, so blocks land on a stage the chart already has."""
    out: list[Service] = []
    order = sorted(svcs, key=lambda x: _FOLD.get(x.provided_code or "", ("", ""))[1] == "block")
    for s in order:
        if s.provided_code not in _FOLD:
            out.append(s)
            continue
        prim_code, what = _FOLD[s.provided_code]
        prims = [p for p in svcs if p.provided_code and p.provided_code not in _FOLD and p.kind == s.kind]
        if what in ("stage", "block"):
            prims = [p for p in svcs if p.kind == "mohs" and p.provided_code in ("17311", "17313")] or [
                p for p in svcs if p.kind == "mohs" and p is not s and p.provided_code not in _FOLD
            ]
        if not prims:
            out.append(s)
            continue
        prim = next((p for p in prims if _same_lesion(p, s)), prims[0])
        units = s.provided_units or 1
        if what == "stage":
            text_stages = [b for b in s.stages]
            if len(text_stages) > 1 or (
                s.stages
                and s.stages != [0]
                and len(s.stages) >= 1
                and re.search(r"stage", s.text[s.attr_start :], re.I)
            ):
                # stages documented on the add-on ("Stage 2: 2 blocks. Stage 3: 1 block")
                # s.stages is positional (index i = stage i + 1: "Stage II", "second stage", "stage 2")
                merged = list(prim.stages or [0])
                for i, b in enumerate(s.stages):
                    while len(merged) <= i:
                        merged.append(0)
                    merged[i] = max(merged[i], b)
                if len(merged) < 1 + units:
                    merged += [0] * (1 + units - len(merged))
                prim.stages = merged
            elif len(prim.stages or [0]) < 1 + units:
                prim.stages = (prim.stages or [0]) + [0] * (1 + units - len(prim.stages or [0]))
        elif what == "block":
            if not any(prim.stages or ()):  # documented block counts are not overridden by the EMA's add-on
                st = list(prim.stages or [0])
                i = _addon_stage_index(s)
                while len(st) <= i:
                    st.append(0)
                st[i] = max(st[i], 5 + units)
                prim.stages = st
        prim.spans.extend(s.spans)
        prim.provided_extra.append((s.provided_code, s.provided_units or 1))
    return out


_STAGE_NAME = re.compile(
    r"\b(?:stage|layer)\s*(?:#\s*)?(\d|i{1,3}v?|vi?)\b|\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th)"
    r"\s+(?:mohs\s+)?(?:stage|layer)\b|\b(?:additional|addl|add'l|subsequent)\s+(?:mohs\s+)?(?:stage|layer)\b",
    re.I,
)


def _stage_number(name: str) -> int | None:
    m = _STAGE_NAME.search(name)
    if m is None:
        return None
    if m.group(1):
        return tx.word_to_int(m.group(1))  # "2", "II"
    if m.group(2):
        return _ORDINAL.get(m.group(2).lower())
    return 0  # "additional stage": the next one


def _fold_stage_procedures(svcs: list[Service]) -> list[Service]:
    """Free-text Procedures written one per Mohs stage ("Mohs, first stage" / "Mohs, second stage") at one
    site are one Mohs surgery: each later stage's blocks become a stage of the first."""
    out: list[Service] = []
    for s in svcs:
        n = _stage_number(s.text.split("\n", 1)[0]) if s.kind == "mohs" and not s.provided_code else None
        prim = next(
            (o for o in out if o.kind == "mohs" and not o.provided_code and _same_lesion(o, s)), None
        ) if n != 1 else None
        if s.kind == "mohs" and s.provided_code in ("17311", "17313"):
            # the EMA sent the first-stage code twice for one tumour ("17311, 17311"): the second is stage 2
            prim = next((o for o in out if o.provided_code == s.provided_code and _same_lesion(o, s)), None)
            if prim is not None:
                prim.provided_extra.append((s.provided_code, 1))
                sm = _STAGE_NAME.search(s.text[s.attr_start :])
                n = (_stage_number(sm.group(0)) if sm else None) or 0
        if n is None or prim is None:
            out.append(s)
            continue
        st = list(prim.stages or [0])
        i = n - 1 if n and n > 1 else len(st)
        while len(st) <= i:
            st.append(0)
        st[i] = max(st[i], max(s.stages or [0]))
        prim.stages = st
        prim.spans.extend(sp for sp in s.spans if sp not in prim.spans)
    return out


def _is_current(res: dict, idx: BundleIndex, enc_key: str | None, sdate) -> bool:
    if res.get("status") in ("entered-in-error", "not-done", "preparation", "cancelled"):
        return False
    ek = norm_ref(idx, res.get("encounter") or res.get("context"))
    if ek:
        return ek == enc_key
    performed = parse_date(
        res.get("performedDateTime")
        or (res.get("performedPeriod") or {}).get("start")
        or res.get("occurrenceDateTime")
    )
    return performed is None or sdate is None or performed == sdate


def _merge_key(s: Service) -> tuple:
    return (s.kind, s.dest_class if s.kind == "destruction" else None)


def _procedure_words(p: dict) -> str:
    """A Procedure's name (code.text) and its notes, one per line."""
    return "\n".join([(p.get("code") or {}).get("text") or ""] + [n.get("text", "") for n in p.get("note", []) or []])


def _postop_today(text: str) -> bool:
    """The note documents today's post-op care (not "suture removal is scheduled for 03/16")."""
    return any(
        tx.assertion_in(text, m.start(), m.end()) not in ("negated", "hypothetical") for m in _POSTOP_RE.finditer(text)
    )


def _stage_detail(stages: list[int] | None) -> tuple[int, int]:
    """How much a stage list documents: stages with a block count, then number of stages."""
    return (sum(1 for b in stages or () if b), len(stages or ()))


_WEAK_DX = {"screening", "hx_skin_ca"}


def _absorb(into: Service, other: Service) -> None:
    for f in (
        "technique",
        "margin_cm",
        "excised_cm",
        "defect_cm",
        "repair_len",
        "repair_type",
        "mg",
        "area_sqcm",
        "site",
        "lesion_id",
        "photo_type",
    ):
        if getattr(into, f) is None and getattr(other, f) is not None:
            setattr(into, f, getattr(other, f))
    if not into.sizes and other.sizes:
        into.sizes = other.sizes
    if into.kind in ("injection", "drug") and into.technique == "other" and other.technique == "triamcinolone":
        into.technique = other.technique  # "Intralesional injection" charged; the note's triamcinolone
    if into.from_note and into.photo_type == "uvb" and other.photo_type in ("goeckerman", "puva"):
        into.photo_type = other.photo_type  # the session's tar or psoralen, documented in another paragraph
    if other.count and (into.count is None or other.count > into.count):
        into.count = other.count
    if other.stages and _stage_detail(other.stages) > _stage_detail(into.stages):
        # the chart with more documented stages/blocks wins: a note's "Stage 1: 6 blocks / Stage 2: 3 blocks"
        # over the stages and blocks implied by the EMA's "17312 + 17315 x3"
        into.stages = other.stages
    if other.dx and (
        not into.dx or (into.dx_categories <= _WEAK_DX and not other.dx_categories <= _WEAK_DX)
    ):  # "... then FSE 6 months" in the Mohs paragraph, "nodular BCC" in the line that decided it
        into.dx, into.dx_categories = other.dx, other.dx_categories
    into.dx_codes = list(dict.fromkeys(into.dx_codes + other.dx_codes))
    into.frozen_section = into.frozen_section or other.frozen_section
    into.no_prior_path = into.no_prior_path or other.no_prior_path
    into.complicated = into.complicated or other.complicated
    into.digits = into.digits or other.digits
    into.flap = into.flap or other.flap
    into.graft = into.graft or other.graft
    if into.malignant is None or (into.malignant is False and other.malignant):
        into.malignant = other.malignant
    into.spans.extend(sp for sp in other.spans if sp not in into.spans)


_SESSION_KINDS = {
    "destruction",
    "tag",
    "injection",
    "nail_debridement",
    "paring",
    "phototherapy",
    "excimer",
    "patch",
    "id",
}


def _told(o: Service) -> bool:
    """A listed biopsy names its technique, a listed shave its site."""
    return o.technique is not None or (o.kind == "shave" and o.site is not None)


def _merge_note_services(svcs: list[Service]) -> list[Service]:
    """Collapse the same service mentioned twice (A&P item + procedure section)."""
    known = {s.dest_class for s in svcs if s.kind == "destruction" and s.dest_class not in (None, "unknown")}
    if len(known) == 1:
        # "Q: Number of lesions treated? / A: 5" beside "A: Yes - LN2 cryo of AKs": the note's one kind of destruction
        for s in svcs:
            if s.kind == "destruction" and s.dest_class == "unknown":
                s.dest_class = next(iter(known))
    for s in svcs:
        if s.kind in ("biopsy", "shave") and s.count and s.count > 1:
            listed = sum(1 for o in svcs if o is not s and o.kind == s.kind and _told(o) and o.count in (None, 1))
            if listed + _told(s) == s.count:
                # "3 lesions bx'd as above" after three listed biopsies, "biopsies times three ... Number one
                # right shin, punch" before two more: their summary
                s.count = None
    # "DESCRIPTION OF PROCEDURE: The thigh was prepped ... The scalp was then prepped, and a 4 mm punch ...": a
    # paragraph narrating several of the listed biopsies (every region it names has its own listed biopsy)
    lesion_kinds = ("biopsy", "shave", "excision")
    svcs = [
        s for s in svcs
        if not (
            s.kind in lesion_kinds
            and len({x.region for x in s.sites}) >= 2
            and all(any(o is not s and o.kind in lesion_kinds and o.site is not None
                        and len({y.region for y in o.sites}) == 1 and o.site.region == x.region for o in svcs)
                    for x in s.sites)
        )
    ]
    svcs = _drop_stated_totals(svcs)
    out: list[Service] = []
    for s in svcs:
        target = None
        for o in out:
            if _merge_key(o) != _merge_key(s):
                continue
            if s.kind in _SESSION_KINDS:
                if s.kind == "destruction" and s.dest_class == "malignant":
                    if _same_lesion(o, s) or o.site is None or s.site is None:
                        target = o
                        break
                    continue
                same_site = (
                    o.site is None
                    or s.site is None
                    or _site_borrowed(o)
                    or _site_borrowed(s)
                    or _same_lesion(o, s)
                    # "R dorsal hand: 2 lesions" / "L dorsal hand: 1 lesion" are two sites; "bilateral" covers both
                    # ("Lesions 1-3 - presternal chest" and "Lesion 8 - upper back" are two trunk sites)
                    or (_same_region_side(o, s) and not _two_listed_sites(o, s))
                    # "Actinic keratoses x4, face" and "AK: ... 4 lesions ... L forehead x2, R temple, nasal bridge"
                    or (o.count == s.count and _generic_same_region(o, s))
                    # "skin tags: right axilla 5, left axilla 4, neck 3 (twelve total)" and "removal of 12 skin
                    # tags ... lidocaine for the neck": one session's total, told with all its sites and with one
                    or (o.count == s.count and (o.count or 0) > 1 and _site_among(o, s))
                )
                if same_site and (
                    o.count is None or s.count is None or o.count == s.count or s.kind != "destruction"
                ):
                    target = o
                    break
                continue
            if (
                _same_lesion(o, s)
                or (s.kind == "mohs" and _generic_same_region(o, s))
                or (s.kind == "mohs" and _one_undocumented_mohs(o, s))
                or (s.kind == "biopsy" and (s.technique is None) != (o.technique is None) and _same_region_side(o, s))
                or (s.kind in ("excision", "shave") and _same_size_same_side(o, s))
                # "1. Complex repair, trunk, 10.5 cm" and the description's "... back ... Final repair length 10.5 cm"
                or (s.kind == "repair" and s.repair_len and o.repair_len == s.repair_len and _same_region_side(o, s))
                or (s.kind.startswith("nail") and s.digits and s.digits == o.digits)  # "great toe" = "hallux"
                or (o.site is None and s.site is not None and o.lesion_id is None)
                or (s.site is None and s.lesion_id is None and not s.sizes)
            ):
                if o.count and s.count and o.count != s.count:
                    continue
                target = o
                break
        if target is None:
            out.append(s)
        else:
            for x in (s, target):
                if x.kind in ("biopsy", "shave", "excision", "mohs") and x.count and x.count <= _distinct_sites(x) > 1:
                    # "lidocaine for both biopsies ... Punch (L lower back) ... shave (R forearm)": the count
                    # covers the other named sites, which are services of their own
                    x.count = None
            richer, poorer = (s, target) if _richness(s) > _richness(target) else (target, s)
            _absorb(richer, poorer)
            if richer is s:
                out[out.index(target)] = s
    return out


def _drop_stated_totals(svcs: list[Service]) -> list[Service]:
    """"3. Actinic keratoses x5. Cryotherapy today." beside "Lesions 2-4 - scalp - LN2" and "Lesions 5-6 - forehead -
    LN2", "Total: 0.8 mL ... into 8 keloids" under the per-site rows: a session count with no site of its own that
    equals the sum of two or more sited parts (one lesion where a part gives no count) is their total, not more
    lesions."""
    out = list(svcs)
    for s in [s for s in svcs if s.kind in _SESSION_KINDS and s.count and (s.site is None or _site_borrowed(s))]:
        parts = [
            o for o in out
            if o is not s and o.kind == s.kind and o.dest_class == s.dest_class and o.site is not None
            and not _site_borrowed(o)
        ]
        # one lesion told twice ("- Left heel: 1 cm thick callus. When pared ..." and "Lesion 3 - L heel - 1 cm callus -
        # paring") is one part
        parts = list({(o.site.region, o.site.laterality, tuple(o.sizes) or id(o)): o for o in parts}.values())
        if len(parts) >= 2 and sum(o.count or 1 for o in parts) == s.count:
            parts[0].spans.extend(sp for sp in s.spans if sp not in parts[0].spans)
            out.remove(s)
    return out


_GENERIC_SITE = {"face", "head", "head and neck", "skin", "trunk", "extremity", "h zone", "h-zone"}


_TOTAL_VOLUME = re.compile(
    r"\d(?:\.\d+)?\s*(?:ml|cc)\s+total\b|\btotal(?:\s+(?:volume|of|injected))*\s*:?\s*\d*\.?\d+\s*(?:ml|cc)\b", re.I
)


_DATE_AFTER = re.compile(
    r"[^.;\n]{0,30}?\b(\d{1,2}/\d{1,2}(?:/(?:19|20)?\d\d)?|(?:19|20)\d\d-\d\d-\d\d)\b(?![/.]?\d|\s*(?:cm|mm|%))"
)


# a full date just before the procedure word, on its line ("01/26/2026 excision", "2025-11-03: Mohs")
_DATE_BEFORE = re.compile(r"\b(\d{1,2}/\d{1,2}/(?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)[^\S\n]*:?[^\S\n]+(?:[a-z]+[^\S\n]+)?$", re.I)
_FRACTION = re.compile(r"(?:\bapprox\w*\.?|\babout|~)\s*\d/\d$", re.I)
_FRACTION_OF = re.compile(r"\s*(?:of\b|plate|nail|thickness|width|inch)", re.I)


_NOT_PROCEDURES = ("postop", "unknown", "path")  # a post-op visit's suture removal is no procedure


def _dated_before(sv: Service, text: str, sdate) -> bool:
    """A note's procedure mention dated before the visit ("1) Post-op: L upper back cyst excision 09/02/2025."):
    the earlier procedure, not today's."""
    if sdate is None or sv.trigger is None or sv.trigger.source != sv.source:
        return False
    b = _DATE_BEFORE.search(text, max(0, sv.trigger.start - 30), sv.trigger.start)
    if b is not None:  # "Procedure being followed: [x] 01/26/2026 excision BCC L upper back"
        d = fx.note_date(b.group(1), sdate)
        if d is not None and d < sdate:
            return True
    m = _DATE_AFTER.match(text, sv.trigger.end)
    if m is None or re.search(r"\btoday\b|\(?bx\b|biops", m.group(0), re.I):
        return False  # "Mohs of the BCC (bx 10/02/2025)": the date is the biopsy's
    if _FRACTION.search(m.group(0)) or _FRACTION_OF.match(text, m.end()):
        return False  # "partial avulsion (approx 1/4 plate)": a fraction, not 4 January
    d = fx.note_date(m.group(1), sdate)  # "after cyst excision 2/17": the latest 17 February before the visit
    return d is not None and d < sdate


_NOTHING_ELSE = FoldedPattern(re.compile(
    r"\b(?:nothing\s+else|no\s+other\s+(?:problems?|issues?|concerns?|complaints?)(?:\s+(?:were|was))?)\s+"
    r"(?:was\s+|were\s+)?(?:to\s+)?address(?:ed)?\b|"
    # "She comes in today only for the application.", "No change in condition or meds today; no other concerns."
    r"\b(?:comes?|came|returns?|here)\s+(?:in\s+|back\s+)?(?:today\s+)?only\s+for\b|"
    r"\bno\s+change\s+in\s+(?:condition|symptoms)[^.;\n]{0,30}[;,]\s*no\s+other\s+concerns\b",
    re.I,
))


def _dose_from_note(services: list[Service], notes) -> None:
    """An injection whose own text (a Procedure, or the note's "P: intralesional injection of all nine keloids")
    gives no dose takes the one the note documents elsewhere ("- 3.0 mL of the mixture ... = 60 mg"); a total the
    note states ("0.3 mL into R lobe ... 0.3 mL into L lobe ... 0.6 mL total") outranks a smaller per-site dose."""
    inj = [s for s in services if s.kind in ("injection", "drug")]
    if not inj:
        return
    have = max((s.mg or 0.0) for s in inj)
    for note in notes:
        if have and not _TOTAL_VOLUME.search(note.text):
            continue  # a dose is documented; only the note's stated total volume ("0.6 mL total") outranks it
        whole = fill(Service("injection", note.source, note.text, 0, from_note=True))
        # the dose the family would bill: the injections' doses summed, else the drug lines'
        billed = sum(s.mg or 0.0 for s in inj if s.kind == "injection") or sum(s.mg or 0.0 for s in inj)
        if whole.mg and whole.mg > billed:
            target = next((s for s in inj if s.kind == "drug"), inj[0])
            for s in inj:
                s.mg = None  # the note's total is the session's dose, not one more dose
            target.mg = whole.mg
            if whole.technique == "triamcinolone":
                target.technique = "triamcinolone"  # "IL TAC 10 mg/mL ... total 2.4 mL = 24 mg"
            target.spans.extend(whole.spans[-1:])
            return


_MALIGNANT_ICD = ("C43", "C44", "C4A", "D03", "D04")


def _apply_path_results(services: list[Service], reports: list, conds) -> None:
    """Benign vs malignant excision follows the final pathology the note reports (rule book EX-3): "Addendum:
    path = nodular BCC" makes the excision malignant; "final pathology desmoplastic trichoepithelioma, no BCC"
    makes a suspected malignancy benign, unless the note affirms a malignancy anyway (a re-excision of a
    melanoma in situ whose specimen is clear is still malignant)."""
    exc = [s for s in services if s.kind == "excision"]
    if not exc:
        return
    for note, results in reports:
        if not results:
            continue
        last = results[-1]
        body_sites = find_sites(note.text[last.start : last.end])
        hit = exc if len(exc) == 1 else [
            s for s in exc if s.site and any(b.region == s.site.region for b in body_sites)
        ]
        if note.source.startswith("Observation/") and body_sites and hit and hit[0].site is not None and not any(
            b.region == hit[0].site.region for b in body_sites
        ):
            continue  # the report of another specimen
        if len(hit) != 1:
            return
        s = hit[0]
        if last.malignant:
            s.malignant = True
            d = next(d for d in last.dx if d.category in MALIGNANT)
            known = [c.code for c in conds if c.code and c.code.startswith(_MALIGNANT_ICD)]
            code = known[0] if len(known) == 1 else code_for(d.category, s.site)
            if code:
                s.dx_codes = list(dict.fromkeys([code] + s.dx_codes))
        elif not any(c.startswith(_MALIGNANT_ICD) for c in s.dx_codes) and not affirmed_malignancy(
            note.text, results
        ):
            s.malignant = False
        return


_CURETTED = FoldedPattern(re.compile(
    r"\b(?:then|and)\s+(?:the\s+)?(?:base\s+)?(?:was\s+)?curett|\bcurettage\s+and\s+electrodesicc", re.I
))


def _sample_then_curette(services: list[Service], reports: list, ctx: Ctx) -> None:
    """A shave sample whose base was curetted (rule book BX-6), coded by the pathology the note reports:
    malignant -> the destruction of the malignancy only (the sample is a biopsy of the destroyed lesion, which
    the biopsy family drops); benign -> the biopsy only."""
    dest = [s for s in services if s.kind == "destruction" and s.dest_class == "malignant" and not s.provided_code]
    samples = [s for s in services if s.kind in ("biopsy", "shave") and not s.provided_code]
    if not samples:
        return
    results = [r for _, rs in reports for r in rs]
    if not results:
        return
    for smp in samples:
        if smp.kind == "biopsy" and results[-1].malignant and _CURETTED.search(smp.text):
            # one Procedure "Shave sample then curettage and electrodesiccation x3 ... final defect 1.4 cm"
            smp.kind, smp.dest_class, smp.count = "destruction", "malignant", None
            smp.dx_codes = list(dict.fromkeys(smp.dx_codes + [c.code for c in ctx.conditions if c.code and (
                c.code.startswith(_MALIGNANT_ICD))]))
    for d in dest:
        mine = [s for s in samples if _same_lesion(s, d)] or (
            [s for s in samples if d.site is None or s.site is None or _same_region_side(s, d)] if len(dest) == 1 else []
        )
        for smp in mine:
            smp.kind, smp.technique = "biopsy", smp.technique or "tangential"
        if mine and not results[-1].malignant:
            services.remove(d)
            biopsy.sample_then_curette_benign(ctx, d, mine[0])


def _distinct_sites(s: Service) -> int:
    return len({(x.region, x.laterality, x.text.lower()) for x in s.sites})


def _two_listed_sites(a: Service, b: Service) -> bool:
    """Two sized lesions at sites of their own whose names share no word ("presternal chest", "upper back")."""
    if _site_borrowed(a) or _site_borrowed(b) or not (a.sizes and b.sizes):
        return False
    return not _naming_words(a) & _naming_words(b)


def _naming_words(s: Service) -> set[str]:
    """The words of a site's name that tell one site from another ("R upper back" -> {"back"})."""
    return {w for w in _site_words(s.site.text).split() if len(w) >= 3 and w.isalpha()} - {"upper", "lower", "mid"}


def _site_borrowed(s: Service) -> bool:
    """The site came from another segment ("Cryo to 6 AKs." under a list naming the sites), not its own text."""
    return s.site is not None and s.text[s.site.start : s.site.end] != s.site.text


def _same_region_side(a: Service, b: Service) -> bool:
    """"A/P: panniculitis - biopsy; leg elevation" and "L anterior shin nodule - incisional biopsy"."""
    if a.site is None or b.site is None or a.site.region != b.site.region:
        return False
    return not (a.site.laterality in ("L", "R") and b.site.laterality in ("L", "R") and a.site.laterality != b.site.laterality)


def _one_undocumented_mohs(a: Service, b: Service) -> bool:
    """"MOHS SURGERY NOTE ... sore on the nose" and "Mohs stage 1: 3 blocks ... L nasal sidewall": a Mohs
    mention with no stages or blocks of its own is the documented Mohs of the same region."""
    if a.site is None or b.site is None or a.site.region != b.site.region:
        return False
    return not any(a.stages) or not any(b.stages)


def _same_place(x: Site, y: Site) -> bool:
    """Two site mentions name the same place: one region, and no two different sides."""
    return x.region == y.region and (not x.laterality or not y.laterality or x.laterality == y.laterality)


def _site_among(a: Service, b: Service) -> bool:
    """One service names several sites and the other's one site is among them."""
    for one, many in ((a, b), (b, a)):
        if one.site is not None and len(many.sites) >= 2 and any(_same_place(x, one.site) for x in many.sites):
            return True
    return False


def _generic_same_region(a: Service, b: Service) -> bool:
    """"Infiltrative BCC in the H-zone of the face" and "L nasal ala": one site named loosely, one exactly."""
    if a.site is None or b.site is None or a.site.mohs_head != b.site.mohs_head:
        return False
    return a.site.text.lower() in _GENERIC_SITE or b.site.text.lower() in _GENERIC_SITE


def _same_size_same_side(a: Service, b: Service) -> bool:
    """"lesion 0.6 cm, lower R ala" and "BCC R nasal ala ... 0.6 cm": one lesion named two ways."""
    if a.site is None or b.site is None or not a.sizes or not b.sizes or a.sizes != b.sizes:
        return False
    if a.lesion_id and b.lesion_id and a.lesion_id != b.lesion_id:
        return False
    return _same_region_side(a, b)


def _richness(s: Service) -> int:
    return sum(
        1
        for v in (s.site, s.sizes or None, s.margin_cm, s.count, s.technique, s.repair_len, s.mg, s.lesion_id)
        if v is not None
    ) + (2 if s.provided_code else 0) + (2 if any(s.stages) else 0)


def code_encounter(
    bundle: dict | list[dict], tables: Tables, *, encounter_id: str | None = None
) -> CodingResult:
    t0 = time.perf_counter()
    idx = index_bundle(bundle)
    enc = pick_encounter(idx, encounter_id)
    enc_key = rkey(enc) if enc else (f"Encounter/{encounter_id}" if encounter_id else "Encounter/unknown")
    sdate = encounter_date(enc)
    patient_ref = norm_ref(idx, (enc or {}).get("subject")) or next(
        (rkey(p) for p in idx.of("Patient")), None
    )
    patient = idx.get(patient_ref) if patient_ref else None
    birth = parse_date((patient or {}).get("birthDate"))
    provider_ref = None
    for part in (enc or {}).get("participant", []) or []:
        provider_ref = norm_ref(idx, part.get("individual") or part.get("actor"))
        if provider_ref:
            break
    payer_kind, cov_ref = fx.payer(idx, patient_ref)
    em, em_ev = fx.em_code(idx, enc, enc_key)
    conds = fx.conditions(idx)
    notes = [Note(n.source, retract(n.text)) for n in notes_for(idx, enc, len(idx.of("Encounter")))]
    ctx = Ctx(tables, conds)

    # -- services from Procedure / ChargeItem resources ------------------------------------------------------
    current: list[dict] = [p for p in idx.of("Procedure") if _is_current(p, idx, enc_key, sdate)]
    current_keys = {rkey(p) for p in current}
    proc_services: list[Service] = []
    for p in current:
        s = _service_from_resource(p, idx, tables)
        if s is not None and s.kind != "unknown" or (s is not None and s.provided_code):
            proc_services.append(s)
    proc_services = _fold_stage_procedures(_fold_addons(proc_services))
    for p in current:
        ct = (p.get("code") or {}).get("text") or ""
        if cpt_codes(p.get("code")) or not ct:
            continue
        body = _procedure_words(p)
        if cosmetic_text(body) or (
            cosmetic_in_note(body) and not any(sv.source_ref == rkey(p) for sv in proc_services)
        ):  # "Botox cosmetic", "Milia extraction ... cosmetic; self-pay": recognised, never billed to the payer
            cosmetic_service_documented(ctx, [Span(f"{rkey(p)}#code.text", 0, len(ct), ct)])
    charge_units: dict[str, int] = {}
    for ci in idx.of("ChargeItem"):
        if not _is_current(ci, idx, enc_key, sdate):
            continue
        current_keys.add(rkey(ci))
        for code, _ in cpt_codes(ci.get("code")):
            if EM_RE.match(code):
                continue
            u = _units(ci)
            match = [s for s in proc_services if s.provided_code == code]
            if match:
                if u:
                    match[0].provided_units = u
            else:
                s = _service_from_resource(ci, idx, tables)
                if s is not None:
                    proc_services.append(s)
            charge_units[code] = u or 1

    for note in notes:
        none_done = no_procedures_today(note.text)
        if none_done and proc_services:
            # "Did NOT freeze today ... No procedure performed today.": a charge entered at check-in is no service
            said = Span(note.source, none_done[0], none_done[1], note.text[none_done[0] : none_done[1]])
            for s in proc_services:
                if s.kind not in _NOT_PROCEDURES:
                    charged_not_performed(ctx, s, said)
            proc_services = [s for s in proc_services if s.kind in _NOT_PROCEDURES]
            break

    # -- services from the note ------------------------------------------------------------------------------
    note_services: list[Service] = []
    assess: list[tuple[str, bool]] = []
    segs_all = []
    for note in notes:
        svcs, segs = services_from_note(note.text, note.source)
        apply_corrections(svcs, note.text, note.source)
        # a dated earlier procedure that is the note's only one of its kind ("Post-op: L upper back cyst excision
        # 09/02/2025"); beside a procedure of the same kind today it is that lesion's history, kept for its details
        svcs = [sv for sv in svcs if not (_dated_before(sv, note.text, sdate)
                                          and sum(o.kind == sv.kind for o in svcs) == 1)]
        note_services.extend(svcs)
        segs_all.append((note, segs))
        has_assessment = any(sg.section == "assessment" for sg in segs)
        for sg in segs:
            if sg.section == "assessment" or (not has_assessment and sg.section in ("other",)):
                # one problem per item: "1) abscess - as above 2) HS - start doxycycline", "a; b; c"
                for ia, ib in _assessment_items(sg.text):
                    has_proc = any(
                        sg.start + ia <= (sv.trigger.start if sv.trigger else -1) < sg.start + ib
                        for sv in svcs
                        if sv.source == note.source
                    )
                    assess.append((sg.text[ia:ib], has_proc))
    note_services = _merge_note_services(note_services)
    for note in notes:
        cm = cosmetic_in_note(note.text)
        if cm is not None:
            cosmetic_service_documented(ctx, [Span(note.source, cm[0], cm[1], note.text[cm[0] : cm[1]])])
            break

    services: list[Service] = []
    if proc_services:
        # the Procedure resources are the service list; the note only completes their attributes
        services = list(proc_services)
        # a group whose every Procedure documents its own count keeps those counts ("Patches: ... (total 9)")
        proc_groups = {f"{p.kind}:{p.dest_class or ''}" for p in proc_services} - {
            f"{p.kind}:{p.dest_class or ''}" for p in proc_services
            if all(q.count and not q.provided_code for q in proc_services
                   if (q.kind, q.dest_class) == (p.kind, p.dest_class))
        }
        for ns in note_services:
            key = f"{ns.kind}:{ns.dest_class or ''}"
            if (
                ns.count
                and key in proc_groups
                and (ns.kind in _SESSION_KINDS or ns.kind == "biopsy")
                and ns.dest_class != "malignant"
            ):
                if ns.kind == "patch":  # one application session: the largest stated number is the total
                    ctx.session_counts[key] = max(ctx.session_counts.get(key, 0), ns.count)
                else:
                    ctx.session_counts[key] = ctx.session_counts.get(key, 0) + ns.count
        for ns in note_services:
            if (
                ns.kind == "shave"
                and _WHOLE_REMOVAL.search(ns.text)
                and not any(p.kind == "shave" for p in proc_services)
                and not any(o.kind == "biopsy" and _same_region_side(o, ns) for o in note_services)
                and len(bx := [p for p in proc_services if p.kind == "biopsy" and _same_region_side(p, ns)]) == 1
            ):
                bx[0].kind, bx[0].technique = "shave", None  # "TANGENTIAL BX" keyed; the note: "entire lesion removed"
        for ns in note_services:
            same_kind = [p for p in proc_services if p.kind == ns.kind]
            match = next((p for p in same_kind if _same_lesion(p, ns)), None)
            if match is None and ns.site is not None:
                # "Left ear" charged, the note's "Location: L helix": the one charge and the one note service
                # of that kind in that region and side
                near = [p for p in same_kind if _same_region_side(p, ns)]
                twins = [o for o in note_services if o.kind == ns.kind and _same_region_side(o, ns)]
                if len(near) == 1 and len(twins) == 1:
                    match = near[0]
            if (
                match is None
                and len(same_kind) == 1
                and (
                    same_kind[0].site is None or ns.site is None or same_kind[0].site.region == ns.site.region
                    # one session: "Face; dorsal hands" charged, the note's areas per site; "Whole body" NB-UVB
                    or ns.kind in ("excimer", "phototherapy")
                )
            ):
                match = same_kind[0]
            if match is None:
                continue
            keep_site, keep_count, keep_sizes = match.site, match.count, match.sizes
            if not keep_sizes and ns.sizes and match.site is not None and ns.kind in ("shave", "excision"):
                ns.sizes = sizes_at(ns, match.site)  # not the size of another lesion the same note text names
            _absorb(match, ns)
            if keep_site is not None:
                match.site = keep_site
            if len(same_kind) > 1 or keep_count is not None:
                match.count = keep_count  # "Single hard corn pared" on the Procedure; "two painful spots" (two kinds)
            if keep_sizes:
                match.sizes = keep_sizes
            if ns.kind == "excimer" and len(same_kind) == 1 and (match.area_sqcm or 0) < (ns.area_sqcm or 0):
                match.area_sqcm = ns.area_sqcm  # the one charge's "perioral 40 sq cm; ..." and the note's "Total 265"
        ex = [p for p in proc_services if p.kind == "excimer"]
        nx = [ns for ns in note_services if ns.kind == "excimer" and ns.area_sqcm]
        if len(ex) > 1 and not any(p.area_sqcm for p in ex) and len(nx) == 1:
            # one charge per plaque ("96920" x2) with no area, the note's session table "Total this session | 320"
            ex[0].area_sqcm = nx[0].area_sqcm
            ex[0].spans.extend(sp for sp in nx[0].spans if sp not in ex[0].spans)
        for p in proc_services:
            if p.kind != "repair" or p.wounds or p.repair_len is None:
                continue
            # one charge "Scalp and neck ... Total 3.8 cm (2.0 + 1.8)" over the note's "1. Scalp: ... 2.0 cm" and
            # "2. Neck: ... 1.8 cm": one wound per site (lengths add per repair group only)
            parts = [ns for ns in note_services if ns.kind == "repair" and ns.repair_len and ns.site is not None]
            if (
                len(parts) >= 2
                and len({ns.site.region for ns in parts}) >= 2
                and abs(sum(ns.repair_len for ns in parts) - p.repair_len) < 0.05
                and {ns.site.region for ns in parts} <= {x.region for x in find_sites(p.text)}
            ):
                p.wounds = [(ns.site, ns.repair_len) for ns in parts]
        for p in proc_services:
            if p.kind != "repair" or p.repair_len is not None:
                continue
            # "INTERMEDIATE REPAIR 2.5 CM OR LESS" charged with no length; the note's "Closure: layered ...
            # Length: 4.0 cm" of the excision at that site
            lens = {ns.repair_len for ns in note_services if ns.kind in ("mohs", "excision", "repair")
                    and ns.repair_len is not None
                    and (ns.site is None or p.site is None or ns.site.region == p.site.region)}
            if len(lens) == 1:
                p.repair_len = lens.pop()
        for p in proc_services:
            if p.kind != "repair" or not p.provided_code:
                continue
            # the note's graded repairs at this site: (type, length or None)
            graded = [(ns.repair_type, ns.repair_len) for ns in note_services if ns.kind in ("mohs", "excision", "repair")
                      and ns.repair_type in ("simple", "intermediate", "complex")
                      and (ns.site is None or p.site is None or ns.site.region == p.site.region)]
            same = {t for t, ln in graded if ln is not None and p.repair_len is not None and abs(ln - p.repair_len) < 0.05}
            doc = same | {t for t, ln in graded if ln is None or p.repair_len is None}
            if doc == {"complex"}:
                # "Layered closure lip" charged, the note's "REPAIR: complex repair ... free margin of the vermilion":
                # the documented complexity of the same wound (a charged complex repair that is not one is the repair
                # family's call)
                p.repair_type = "complex"
            elif len(same) == 1 and _repair_type_of(p.text[p.attr_start :]) is None:
                # "REPAIR SIMPLE SCALP" charged with only its length; the note grades the wound of that length
                # "Intermediate (layered)"
                p.repair_type = same.pop()
        kinds_present = {p.kind for p in proc_services} | {"repair"}
        for ns in note_services:
            if ns.kind not in kinds_present and ns.kind in MAIN_KINDS:
                documented_not_charged(ctx, ns)
                kinds_present.add(ns.kind)
    else:
        services = note_services
    if proc_services:
        for note in notes:  # the attestation / addendum corrects the Procedure resources as it does the note
            apply_corrections(services, note.text, note.source)

    # pathology each report and note gives, read once: the final pathology Observations first
    reports = [(note, path_results(note.text)) for note in pathology_notes(idx, enc) + notes]
    _apply_path_results(services, reports, conds)
    _sample_then_curette(services, reports, ctx)

    # reclassify destruction services whose class is still unknown from the encounter's diagnoses
    enc_cats = set()
    for c in conds:
        enc_cats |= {d.category for d in fx.find_dx(c.text)} if c.text else set()
        if c.code and c.code.startswith("L57"):
            enc_cats.add("ak")
    for s in services:
        if s.kind == "destruction" and s.dest_class in (None, "unknown"):
            if "ak" in enc_cats:
                s.dest_class = "premalignant"
            elif enc_cats & {"wart", "plantar_wart", "molluscum", "sk", "isk", "condyloma"}:
                s.dest_class = "benign"
            elif enc_cats & {"bcc", "scc", "sccis"}:
                s.dest_class = "malignant"
            else:
                s.dest_class = "premalignant"
                destruction_dx_missing(ctx, s)
        if s.kind == "destruction" and s.dest_class == "tag":
            s.kind = "tag"

    _dose_from_note(services, notes)
    drafts = code_services(services, ctx)

    # -- E/M and post-op visit -------------------------------------------------------------------------------
    service_cats: set[str] = set()
    for s in services:
        service_cats |= s.dx_categories
        if not s.dx_categories and s.kind == "destruction":
            # "each lesion was curetted and electrodesiccated": the class the encounter's diagnoses gave it
            service_cats |= {"malignant": {"bcc", "scc", "sccis"}, "premalignant": {"ak"}}.get(s.dest_class or "", set())
    billable_services = [s for s in services if s.kind not in ("postop", "path", "unknown")]
    sep = fx.separately_identifiable(
        assess, service_cats, bool(billable_services), tuple(s.site for s in billable_services if s.site is not None)
    )
    all_note_text = "\n".join(n.text for n in notes)
    if sep and billable_services and _NOTHING_ELSE.search(all_note_text):
        sep = False  # the provider says so: "Nothing else addressed.", "no other problems were addressed"
    # the note or a free-text Procedure ("Suture removal") documents the post-op visit
    postop_doc = any(_postop_today(n.text) for n in notes) or any(_POSTOP_RE.search(_procedure_words(p)) for p in current)
    prior = fx.prior_services(idx, current_keys, sdate, tables, enc_key)
    in_global = [p for p in prior if p.global_days and sdate and (sdate - p.performed).days <= p.global_days]
    em_dx = _em_diagnoses(assess, services, conds, [n.text for n in notes])
    from server.coding.families.em import code_em
    from server.coding.families.em import em_add_ons
    from server.coding.families.em import medicare_prolonged

    em_drafts = code_em(
        em,
        em_ev,
        drafts,
        ctx,
        postop_doc=postop_doc,
        in_global=in_global,
        sep=sep,
        billable=bool(billable_services),
        assess=assess,
        em_dx=em_dx,
    )
    if em and notes and any(d.code == em for d in em_drafts):
        em_drafts += em_add_ons(
            ctx, em, notes[0].text, notes[0].source, payer_kind == PayerKind.MEDICARE, em_dx, em_ev
        )
    drafts = em_drafts + drafts
    if payer_kind == PayerKind.MEDICARE:
        medicare_prolonged(drafts, ctx)

    # -- facts -----------------------------------------------------------------------------------------------
    dx_facts: list[DxFact] = list(conds)
    for note, segs in segs_all:
        for sg in segs:
            if sg.section != "assessment":
                continue
            for code, m in dx_codes_for_text(sg.text):
                dx_facts.append(
                    DxFact(
                        code,
                        m.text,
                        None,
                        None,
                        m.confirmed,
                        note.source,
                        (Span(note.source, sg.start + m.start, sg.start + m.end, m.text),),
                    )
                )
    inds = []
    for s in services:
        if not s.from_note:
            inds.extend(fx.indications(s.text, s.source, s.base, s.lesion_id))
    removal = [s for s in services if s.kind in ("shave", "excision", "destruction", "tag", "biopsy", "mohs")]
    if removal:
        inds.extend(_note_indications(segs_all, removal))
    # failed conventional therapy (PUVA necessity) is said of the disease, anywhere in the note
    if any(s.kind == "phototherapy" for s in services):
        inds.extend(i for n in notes for i in fx.indications(n.text, n.source) if i.kind == "treatment-failure")
        inds.extend(i for n in notes for i in fx.photo_course(n.text, n.source, sdate))
    if any(s.kind == "mohs" for s in services):
        inds.extend(i for n in notes for i in fx.mohs_auc_not_met(n.text, n.source))
    abn = fx.abn_on_file([n.text for n in notes] + [s.text for s in services])
    facts = EncounterFacts(
        encounter_ref=enc_key,
        patient_ref=patient_ref,
        service_date=sdate,
        payer_kind=payer_kind,
        coverage_ref=cov_ref,
        provider_ref=provider_ref,
        patient_birth_date=birth,
        diagnoses=tuple(dx_facts),
        indications=tuple(inds),
        em_code=em,
        em_separately_identifiable=sep,
        em_evidence=tuple(em_ev),
        prior_services=tuple(prior),
        abn_on_file=abn,
        major_decided=fx.major_decided_next_day([n.text for n in notes]),
    )
    lines = _merge_lines(drafts)
    outcome = apply_edits(facts, lines, tables)
    findings = tuple(ctx.findings) + tuple(outcome.findings)
    return CodingResult(
        encounter_ref=enc_key,
        patient_ref=patient_ref,
        service_date=sdate,
        payer_kind=payer_kind,
        lines=tuple(outcome.lines),
        diagnoses=tuple(outcome.diagnoses),
        findings=findings,
        table_release=tables.release,
        duration_ms=round((time.perf_counter() - t0) * 1000.0, 3),
        coverage_ref=cov_ref,
        provider_ref=provider_ref,
        facts=facts,
    )


# the classes written in lower case: the same under IGNORECASE, and the pattern can be case-folded (extract/scan.py)
_NOT_ADDRESSED_AFTER = re.compile(r"\bnot\s+(?:otherwise\s+)?addressed\b", re.I)
_NEXT_PROBLEM = re.compile(r"\n[ \t]*\n|\n" + PROBLEM_HEAD.pattern, re.I)  # where a problem block ends
_ICD_IN_TEXT = FoldedPattern(
    re.compile(r"(?:\(|\bdx:?\s*|\bicd(?:-?10)?:?\s*)([a-tv-z]\d{2}(?:\.[0-9a-z]{1,4})?)\b", re.I)
)


_ALL_LESIONS = re.compile(
    r"\b(?:both|all(?:\s+(?:two|three|four|five|\d))?|each)\s+(?:of\s+the\s+)?(?:\w+\s+)?"
    r"(?:lesions?|sites?|spots?|nevi|moles?|growths?|specimens?|cysts?|areas?)\b",
    re.I,
)


def _note_indications(segs_all, removal: list[Service]) -> list:
    """Indications in the note, attributed to a lesion: the service piece that contains them, else the lesion
    whose site the sentence names, else the only lesion."""
    from server.coding.extract.sites import find_sites

    out = []
    for note, segs in segs_all:
        for sg in segs:
            for a, b in tx.sentences(sg.text):
                sent = sg.text[a:b]
                if fx.in_history_field(sg.text, a):
                    continue  # "PSH: ... shave of an irritated SK 2023\n (it was bleeding then)", "MEDS: ... (for an itchy patch)"
                if (sent.startswith("Q") or sent.endswith("?")) and tx.question_denied(sg.text, a):
                    continue  # "Q: Symptoms (itch / bleeding / pain)?" answered "A: None - denies all"; 'Itch? "No."'
                found = fx.indications(sent, note.source, sg.start + a, None)
                if not found:
                    continue
                sites = None
                for ind in found:
                    pos = ind.span.start if ind.span else sg.start + a
                    target = next(
                        (
                            s.lesion_id
                            for s in removal
                            if s.from_note
                            and s.source == note.source
                            and s.base <= pos < s.base + len(s.text)
                        ),
                        None,
                    )
                    if target is None:
                        if sites is None:
                            sites = find_sites(sent)
                        for s in removal:
                            if s.site is not None and any(_same_place(x, s.site) for x in sites):
                                target = s.lesion_id
                                break
                    if target is None and len(removal) == 1:
                        target = removal[0].lesion_id
                    if target is None and len(removal) > 1 and _ALL_LESIONS.search(sent):
                        # "both lesions biopsied with atypia at the margins": every lesion of the note
                        out.extend(replace(ind, lesion_id=s.lesion_id) for s in removal)
                        continue
                    if target is not None:
                        out.append(replace(ind, lesion_id=target))
    return out


def _em_diagnoses(
    assess: list[tuple[str, bool]], services: list[Service], conds: list[DxFact], note_texts: list[str] = ()
) -> list[str]:
    out: list[str] = []
    # ICD-10-CM codes the provider wrote in the note ("(Z85.820)") come first
    for t in note_texts:
        for m in _ICD_IN_TEXT.finditer(t):
            c = m.group(1).upper()
            nxt = _NEXT_PROBLEM.search(t, m.end())
            if _NOT_ADDRESSED_AFTER.search(t, m.end(), nxt.start() if nxt else len(t)):
                continue  # "Problem #2: Hyperlipidemia (E78.5) / ... Medication list reconciled only; not addressed."
            if c not in out:
                out.append(c)
    proc_codes = {c for s in services for c in s.dx_codes}

    for text, _has_proc in sorted(assess, key=lambda a: a[1]):
        for code, d in dx_codes_for_text(text):
            if tx.assertion_in(text, d.start, d.end) in ("negated", "hypothetical") or tx.OTHER_PERSON.search(
                text[max(0, d.start - 60) : d.start]
            ) or _GENERIC_STATEMENT.match(text, d.end):
                continue  # "would biopsy any new changing lesion", "no suspicious lesions", "my friend had melanoma",
                # "(acral melanoma is the most common type in Black patients)"
            if code not in out:
                out.append(code)
    if not out:
        out = [c.code for c in conds if c.code]
    # a personal history of skin cancer makes the skin exam diagnostic, not screening (DX-5)
    if any(c.startswith(("Z85.82", "Z86.00")) for c in out):
        out = [c for c in out if c != "Z12.83"]
    out.sort(key=lambda c: 1 if c in proc_codes and len(out) > 1 else 0)
    return out[:4]


_GENERIC_STATEMENT = re.compile(r"\s*(?:is|are)\s+(?:the\s+)?(?:most\s+)?(?:common|rare|frequent|usual)\b", re.I)


_ONCE_PER_VISIT = frozenset({"G2211"})


def _merge_lines(drafts):
    merged: dict[tuple, object] = {}
    order: list[tuple] = []
    for d in drafts:
        key = (d.code, tuple(d.modifiers))
        if key in merged:
            m = merged[key]
            # a once-per-visit add-on sent as a charge and documented in the note is one line, not two units
            m.units = max(m.units, d.units) if d.code in _ONCE_PER_VISIT else m.units + d.units
            m.diagnoses.extend(c for c in d.diagnoses if c not in m.diagnoses)
            m.lesion_ids.extend(i for i in d.lesion_ids if i not in m.lesion_ids)
            m.evidence.extend(d.evidence)
            m.rule_ids.extend(d.rule_ids)
            if d.body_site and m.body_site and d.body_site not in m.body_site:
                m.body_site = f"{m.body_site}; {d.body_site}"
            m.confidence = min(m.confidence, d.confidence)
        else:
            merged[key] = replace(
                d,
                diagnoses=list(d.diagnoses),
                lesion_ids=list(d.lesion_ids),
                evidence=list(d.evidence),
                rule_ids=list(d.rule_ids),
            )
            order.append(key)
    return [merged[k].to_line() for k in order]


__all__ = ["code_encounter", "kind_of_code", "destruction_class", "excision_malignant"]
