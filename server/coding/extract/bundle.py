"""Read a FHIR R4 Bundle (as plain dicts) into the pieces the engine needs: the encounter, its notes
(decoded from base64 / HTML), current and prior procedures, conditions, coverage and charge items."""

from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from typing import Any

CPT_SYSTEMS = ("http://www.ama-assn.org/go/cpt", "urn:oid:2.16.840.1.113883.6.12", "cpt")
HCPCS_SYSTEMS = (
    "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "urn:oid:2.16.840.1.113883.6.285",
    "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "hcpcs",
)
ICD_SYSTEMS = ("http://hl7.org/fhir/sid/icd-10-cm", "urn:oid:2.16.840.1.113883.6.90", "icd-10-cm", "icd10")
SNOMED = "http://snomed.info/sct"
_CPT_RE = re.compile(r"^(?:\d{4}[0-9A-Z]|[A-Z]\d{4})$")
_ICD_RE = re.compile(r"^[A-Z]\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?$")


def _is(system: str | None, options: tuple[str, ...]) -> bool:
    if not system:
        return False
    s = system.lower()
    return any(o.lower() in s for o in options)


def cpt_codes(cc: dict | None) -> list[tuple[str, str]]:
    """(code, display) for CPT/HCPCS codings of a CodeableConcept."""
    out = []
    for c in (cc or {}).get("coding", []) or []:
        code = str(c.get("code", "")).strip()
        sysm = c.get("system") or ""
        if (_is(sysm, CPT_SYSTEMS) or _is(sysm, HCPCS_SYSTEMS) or "cpt" in sysm.lower()) and _CPT_RE.match(
            code
        ):
            out.append((code, c.get("display") or ""))
        elif not sysm and _CPT_RE.match(code) and code[:1].isdigit():
            out.append((code, c.get("display") or ""))
    return out


def icd_codes(cc: dict | None) -> list[str]:
    out = []
    for c in (cc or {}).get("coding", []) or []:
        code = str(c.get("code", "")).strip().upper()
        if _is(c.get("system"), ICD_SYSTEMS) and _ICD_RE.match(code):
            if "." not in code and len(code) > 3:
                code = code[:3] + "." + code[3:]
            out.append(code)
    return out


def cc_text(cc: dict | None) -> str:
    if not cc:
        return ""
    if cc.get("text"):
        return str(cc["text"])
    for c in cc.get("coding", []) or []:
        if c.get("display"):
            return str(c["display"])
    return ""


def ref_id(ref: Any) -> str | None:
    """'Encounter/123' from a Reference dict or string (urn:uuid refs resolved by the index)."""
    if isinstance(ref, dict):
        ref = ref.get("reference")
    if not ref or not isinstance(ref, str):
        return None
    return ref


def parse_date(value: Any) -> date | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_TAG_BREAK = re.compile(r"<\s*(?:br|/p|/div|/li|/h\d|/tr|p|div|li|h\d|tr)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_LI = re.compile(r"<\s*li\b[^>]*>", re.I)


_CELL_END = re.compile(r"<\s*/\s*t[dh]\s*>", re.I)


def html_to_text(s: str) -> str:
    s = re.sub(r"<\s*(script|style)\b.*?</\s*\1\s*>", " ", s, flags=re.I | re.S)
    tag_lines = bool(_TAG_BREAK.search(s)) and not re.search(r"<\s*pre\b", s, re.I)
    if tag_lines:
        # in HTML the line breaks come from the tags; a source newline is only whitespace ("<br>\n")
        s = re.sub(r"[ \t]*\r?\n[ \t]*", " ", s)
    s = _CELL_END.sub(" | ", s)
    s = _LI.sub("\n- ", s)
    s = _TAG_BREAK.sub("\n", s)
    if tag_lines:
        s = re.sub(r"\n[ \t]+", "\n", s)  # source indentation after a tag (&nbsp; indentation stays)
    s = _TAG.sub("", s)
    s = html.unescape(s).replace("\xa0", " ")
    s = re.sub(r"[ \t\r\f\v]+", " ", s)
    s = re.sub(r"[ \t]*\|[ \t]*\n", "\n", s)  # trailing cell separators
    s = re.sub(r"(?<=\n)[ \t]+(?=\n)", "", s)
    paras = [ln for ln in s.split("\n") if ln.strip()]
    prose = bool(paras) and sum(len(p) for p in paras) / len(paras) > 160  # dictated paragraphs, one per line
    if "\n\n" in s and not prose and not re.search(r"[^\n]\n(?!\n)[^\n]", s.strip()):
        # every line its own <p>/<div> (no line is followed by another without a blank line): the paragraphs
        # are the note's lines, as in the plain-text note; an empty paragraph (<p>&nbsp;</p>) is a blank line
        s = re.sub(r"\n{2,}", lambda m: "\n" if len(m.group(0)) < 4 else "\n\n", s)
    s = re.sub(r"\n\s*\n\s*\n+", "\n\n", s)
    # a sentence wrapped over two <p>/<div> blocks ("... signed; patient</p><p>elects to proceed") is one line
    # wrap, not a paragraph break
    s = re.sub(r"(?<=[a-z0-9,;&/(-])[ \t]*\n[ \t]*\n(?=[ \t]*[a-z(])", "\n", s)
    # table rows are consecutive lines: drop the blank lines that <tr>/<td> breaks put between them
    s = re.sub(r"(\|[^\n]*)\n\s*\n(?=[^\n]*\|)", r"\1\n", s)
    return s.strip()


def decode_attachment(att: dict) -> str:
    ctype = (att.get("contentType") or "text/plain").lower()
    raw = ""
    if att.get("data"):
        try:
            raw = base64.b64decode(att["data"]).decode("utf-8", errors="replace")
        except (ValueError, TypeError):
            raw = ""
    if not raw:
        return ""
    if "html" in ctype or re.search(r"<\s*(?:p|div|br|html|body|li|b|h\d)\b", raw[:500], re.I):
        return html_to_text(raw)
    return raw.replace("\r\n", "\n")


@dataclass
class Note:
    source: str  # "DocumentReference/<id>"
    text: str


@dataclass
class BundleIndex:
    by_ref: dict[str, dict] = field(default_factory=dict)
    by_type: dict[str, list[dict]] = field(default_factory=dict)

    def get(self, ref: Any) -> dict | None:
        r = ref_id(ref)
        return self.by_ref.get(r) if r else None

    def of(self, rtype: str) -> list[dict]:
        return self.by_type.get(rtype, [])


def index_bundle(bundle: dict | list[dict]) -> BundleIndex:
    idx = BundleIndex()
    if isinstance(bundle, dict) and bundle.get("resourceType") == "Bundle":
        entries = [(e.get("fullUrl"), e.get("resource")) for e in bundle.get("entry", []) or []]
    elif isinstance(bundle, dict):
        entries = [(None, bundle)]
    else:
        entries = []
        for r in bundle:
            if isinstance(r, dict) and r.get("resourceType") == "Bundle":
                entries.extend((e.get("fullUrl"), e.get("resource")) for e in r.get("entry", []) or [])
            else:
                entries.append((None, r))
    for full, res in entries:
        if not isinstance(res, dict) or "resourceType" not in res:
            continue
        rt = res["resourceType"]
        idx.by_type.setdefault(rt, []).append(res)
        if res.get("id"):
            idx.by_ref[f"{rt}/{res['id']}"] = res
        if full:
            idx.by_ref[full] = res
    return idx


def rkey(res: dict) -> str:
    return f"{res.get('resourceType')}/{res.get('id', '')}"


def norm_ref(idx: BundleIndex, ref: Any) -> str | None:
    res = idx.get(ref)
    return rkey(res) if res else ref_id(ref)


def pick_encounter(idx: BundleIndex, encounter_id: str | None) -> dict | None:
    encs = idx.of("Encounter")
    if encounter_id:
        eid = encounter_id.split("/")[-1]
        for e in encs:
            if e.get("id") == eid:
                return e
    if not encs:
        return None
    if len(encs) == 1:
        return encs[0]
    # the Encounter the notes / current procedures point at
    votes: dict[str, int] = {}
    for d in idx.of("DocumentReference"):
        for r in (d.get("context") or {}).get("encounter") or []:
            k = norm_ref(idx, r)
            if k:
                votes[k] = votes.get(k, 0) + 3
    for p in idx.of("Procedure") + idx.of("ChargeItem"):
        k = norm_ref(idx, p.get("encounter") or p.get("context"))
        if k:
            votes[k] = votes.get(k, 0) + 1

    def when(e: dict) -> str:
        return str((e.get("period") or {}).get("start") or "")

    ranked = sorted(
        encs,
        key=lambda e: (votes.get(rkey(e), 0), e.get("status") in ("finished", "in-progress"), when(e)),
        reverse=True,
    )
    return ranked[0]


def encounter_date(enc: dict | None) -> date | None:
    if not enc:
        return None
    p = enc.get("period") or {}
    return parse_date(p.get("start") or p.get("end"))


def notes_for(idx: BundleIndex, enc: dict | None, all_encounters: int) -> list[Note]:
    out: list[Note] = []
    ek = rkey(enc) if enc else None
    for d in idx.of("DocumentReference"):
        if d.get("status") == "entered-in-error":
            continue
        refs = [norm_ref(idx, r) for r in ((d.get("context") or {}).get("encounter") or [])]
        if refs and ek and ek not in refs:
            continue
        if not refs and all_encounters > 1 and ek:
            # unlinked note: accept only if dated on the encounter's day
            dd = parse_date(d.get("date"))
            if dd and dd != encounter_date(enc):
                continue
        parts = []
        for c in d.get("content", []) or []:
            t = decode_attachment(c.get("attachment") or {})
            if t:
                parts.append(t)
        if parts:
            out.append(Note(f"DocumentReference/{d.get('id', '')}", "\n\n".join(parts)))
    for comp in idx.of("Composition"):
        refs = norm_ref(idx, comp.get("encounter"))
        if refs and ek and refs != ek:
            continue
        for i, sec in enumerate(comp.get("section", []) or []):
            div = (sec.get("text") or {}).get("div")
            if div:
                title = sec.get("title") or ""
                out.append(
                    Note(
                        f"Composition/{comp.get('id', '')}#section[{i}]",
                        (title + "\n" if title else "") + html_to_text(div),
                    )
                )
    return out


PATHOLOGY_LOINC = ("22637-3", "22634-0", "11526-1", "11529-5", "60567-5", "66121-5", "60570-9")


def pathology_notes(idx: BundleIndex, enc: dict | None) -> list[Note]:
    """Final pathology reports of the encounter's specimens (Observation, LOINC 22637-3 "Pathology report final
    diagnosis" and kin, or a code text naming pathology), as short report texts the note reader understands:
    "Path (final): Left nasal sidewall: basal cell carcinoma, nodular type; margins free."."""
    ek = rkey(enc) if enc else None
    out: list[Note] = []
    for o in idx.of("Observation"):
        if o.get("status") not in ("final", "amended", "corrected"):
            continue
        code = o.get("code") or {}
        loinc = {c.get("code") for c in code.get("coding") or []}
        if not (loinc & set(PATHOLOGY_LOINC) or "patholog" in cc_text(code).lower()):
            continue
        ref = norm_ref(idx, o.get("encounter"))
        if ek is None or ref != ek:
            continue  # another visit's specimen: not this encounter's result
        value = o.get("valueString") or cc_text(o.get("valueCodeableConcept"))
        if not value:
            continue
        site = cc_text(o.get("bodySite"))
        out.append(Note(f"{rkey(o)}#value", "Path (final): " + (site + ": " if site else "") + value))
    return out
