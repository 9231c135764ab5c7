"""Corrections written after the note: a teaching physician's attestation edits, an addendum, a late entry or a
provider's response to a coding query.

The documentation that governs coding is the final, signed one: when the attending writes "a total of 16 actinic
keratoses were destroyed today" under the resident's "12 AKs", or "the final defect measured 1.6 cm (not 0.9 cm)",
the later statement replaces the earlier value. This pass reads those blocks only (they are history-like
narrative segments that add no services of their own) and corrects the note's services:

- a stated total ("a total of 16 AKs", "eight toenails were debrided in total", "Nine lesions were injected
  today") becomes the count of the one service of the matching kind;
- a size, margin, defect, repair length or excised diameter replaces the value of the one service it can belong
  to (the one at the sentence's site when the sentence names one); values the sentence rejects ("not 1 cm as
  dictated", "(not 0.9 cm)") are ignored;
- Mohs stage blocks ("the stage 1 layer was divided into 6 tissue blocks (not 4)") replace that stage's count.

Pure Python; offsets are kept so every correction is an evidence span of the note.
"""

from __future__ import annotations

import re

from server.coding.extract import text as tx
from server.coding.extract.services import _COUNTED
from server.coding.extract.services import SIMPLE_DRAINAGE
from server.coding.extract.services import _TECH_BX
from server.coding.extract.services import Service
from server.coding.extract.services import digits_of
from server.coding.extract.services import complicated_drainage
from server.coding.extract.sites import find_sites
from server.coding.model import Span

_N = rf"(?P<n>\d{{1,3}}|{tx._NUMWORD})"
_NOUN = (
    r"(?P<noun>(?:actinic\s+keratos[ie]s|aks?|keratoses|lesions?|warts?|verrucae|(?:toe|finger)?nails?|calluse?s|"
    r"corns?|(?:skin\s+)?tags?|acrochordons?|allergens?|sites?|patches|keloids?|plaques?|spots?)\b)"
)
_VERB = (
    r"(?P<verb>destroyed|treated|frozen|froze|pared|debrided|injected|removed|snipped|applied|placed|drained|"
    r"excised|biopsied|tested)"
)
_TOTAL = re.compile(
    rf"\b(?:a\s+)?total\s+of\s+{_N}\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}(?:\s+(?:were|was)\s+(?:\w+\s+)?{_VERB})?|"
    rf"\b{_N.replace('<n>', '<n2>')}\s+(?:[\w-]+\s+){{0,2}}?{_NOUN.replace('<noun>', '<noun2>')}"
    rf"(?:\s+(?:were|was)\s+(?:\w+\s+)?{_VERB.replace('<verb>', '<verb2>')})?[^.;\n]{{0,30}}?\bin\s+total\b|"
    rf"\b{_N.replace('<n>', '<n3>')}\s+(?:[\w-]+\s+){{0,2}}?{_NOUN.replace('<noun>', '<noun3>')}\s+(?:(?:were|was)\s+"
    rf"(?:\w+\s+)?)?{_VERB.replace('<verb>', '<verb3>')}",
    re.I,
)
_BY_VERB = {
    "pared": ("paring",),
    "debrided": ("nail_debridement",),
    "injected": ("injection",),
    "applied": ("patch",),
    "placed": ("patch",),
    "tested": ("patch",),
    "drained": ("id",),
    "snipped": ("tag",),
}
_BY_NOUN = [
    (re.compile(r"actinic|aks?\b|keratos", re.I), ("destruction",), "premalignant"),
    (re.compile(r"wart|verruc", re.I), ("destruction",), "benign"),
    (re.compile(r"nail", re.I), ("nail_debridement", "nail_avulsion"), None),
    (re.compile(r"callus|corn", re.I), ("paring",), None),
    (re.compile(r"tag|acrochordon", re.I), ("tag",), None),
    (re.compile(r"allergen|patch", re.I), ("patch",), None),
    (re.compile(r"keloid", re.I), ("injection",), None),
]
_REJECTED_BEFORE = re.compile(r"(?:\bnot|\(not|\binstead\s+of|\brather\s+than|\bwas\s+not)\s*(?:the\s+)?$", re.I)
_REJECTED_AFTER = re.compile(r"\s*(?:as\s+(?:dictated|written|documented|transcribed)|was\s+measured\s+across)", re.I)
_STAGE_BLOCKS = re.compile(
    r"\bstage\s+(?P<s>\d|i{1,3}|iv|one|two|three|four)\b[^.;]{0,50}?\b(?P<b>\d{1,2}|" + tx._NUMWORD + r")\s+"
    r"(?:tissue\s+)?(?:blocks?|sections?|pieces?)",
    re.I,
)
_AROUND_BEFORE = re.compile(r"\b(?:around|surrounding|encircling)\s+(?:the\s+|a\s+)?$", re.I)
_MARGIN_BEFORE = re.compile(
    r"\bmargins?\b(?:[^.;\d]{0,30}|(?:[^.;]|\.(?=\d)){0,40}?\b(?:was|were|is|measured|of)\s+)$", re.I
)
_PATHOLOGY = re.compile(
    r"\bpath(?:ology)?\b|\bhistolog|\bdermatopath|\bmargins?\s+(?:are\s+|were\s+)?(?:free|clear|negative|positive|involved)"
    r"|\bclosest\b",
    re.I,
)
_TOTAL_BEFORE = re.compile(r"\btotal\b[^.;\d]{0,30}$", re.I)
_BIOPSY_WORD = re.compile(r"\bbiops|\bspecimen|\bsample", re.I)
_NOT_DONE_VERB = re.compile(
    r"\b(?:was|were)?\s*not\s+(biopsied|sampled|treated|frozen|excised|injected|applied)\b(?!\s+(?:as|the\s+same))", re.I
)
_NOT_DONE_KINDS = {
    "biopsied": ("biopsy",), "sampled": ("biopsy",), "treated": ("destruction", "injection"),
    "frozen": ("destruction",), "excised": ("excision",), "injected": ("injection",), "applied": ("patch",),
}
_SESSION_KINDS = tuple(k for k in _COUNTED if k != "biopsy")  # counted per session, not per lesion
_SIDE_CORRECTION = re.compile(
    r"\b(?:laterality|side)\s+correction|\bperformed\s+on\s+the\s+(?:right|left)\b|\bdictation\s+error|\bdefaulted\s+to",
    re.I,
)


def correction_blocks(note: str) -> list[tuple[int, int]]:
    """(start, end) of each attestation/addendum/query-response block: from its header to the next one or the
    end of the note."""
    heads = [m.start() for m in tx.CORRECTION_HEAD.finditer(note)]
    return [(a, heads[i + 1] if i + 1 < len(heads) else len(note)) for i, a in enumerate(heads)]


# a quoted phrase the block withdraws: 'the word "irritated" above was a template default and is wrong',
# '"failed topicals" is a template phrase and is not accurate', '"irritated" ... should be disregarded'
_QUOTED = re.compile(r"[\"\u201c']([A-Za-z][\w /-]{2,38}[A-Za-z])[\"\u201d']")
_RETRACTED = re.compile(
    r"\b(?:is|was|are|were)\s+(?:\w+\s+)?(?:wrong|incorrect|inaccurate|erroneous|in\s+error|not\s+(?:accurate|correct|true))|"
    r"\bshould\s+(?:be\s+)?(?:disregarded|ignored|deleted|removed|struck|stricken)|\btemplate\s+(?:default|phrase|text)|"
    # '"Hx BCC" ... belongs to the patient's husband': another person's history
    r"\b(?:belongs?|belonged|refers?|referred|applies|applied)\s+to\s+(?:the\s+patient['’]s\s+|her\s+|his\s+)?"
    r"(?:husband|wife|spouse|partner|son|daughter|mother|father|brother|sister|another\s+patient)\b",
    re.I,
)
_REPLACEMENT = re.compile(r"\bshould\s+(?:read|say|have\s+read)\b|\breplaced?\s+(?:with|by)\b|\bcorrected\s+to\b", re.I)


def retract(note: str) -> str:
    """``note`` with every phrase an attestation/addendum withdraws blanked out (same length, so offsets hold).

    Only a quoted phrase in a sentence that calls it wrong is withdrawn, and only before a replacement cue
    ("'left' should read 'right'" withdraws "left"). Its mentions anywhere in the note stop being evidence:
    a retracted "irritated" is no indication and a retracted "failed topicals" no treatment failure.
    """
    if not tx.CORRECTION_HEAD.search(note) or not _RETRACTED.search(note):
        return note
    phrases: set[str] = set()
    for a, b in correction_blocks(note):
        block = note[a:b]
        for sa, sb in tx.sentences(block):
            sent = block[sa:sb]
            if not _RETRACTED.search(sent):
                continue
            rep = _REPLACEMENT.search(sent)
            phrases.update(m.group(1) for m in _QUOTED.finditer(sent[: rep.start()] if rep else sent))
    for phrase in phrases:
        note = re.sub(r"\b" + re.escape(phrase) + r"\b", lambda m: " " * len(m.group()), note, flags=re.I)
    return note


def apply_corrections(out: list[Service], note: str, source: str) -> None:
    """Correct ``out`` (services read from ``note``) by the note's attestation / addendum blocks."""
    if not out or not tx.CORRECTION_HEAD.search(note):
        return
    for a, b in correction_blocks(note):
        _restated(out, a, b)
        block = note[a:b]
        for sa, sb in tx.sentences(block):
            sent = block[sa:sb]
            if _PATHOLOGY.search(sent):
                continue  # "Pathology: BCC, margins free (closest 2 mm)": the report, not the surgery
            _totals(out, sent, source, a + sa)
            _measures(out, sent, source, a + sa)
            _stages(out, sent, source, a + sa)
            _total_area(out, sent, source, a + sa)
            _drainage(out, sent, source, a + sa)
            _technique(out, sent, source, a + sa)
            _not_done(out, sent)
            _digits(out, sent, source, a + sa)


def _restated(out: list[Service], a: int, b: int) -> None:
    """A service the block itself names ("11 actinic keratoses were treated with LN2 in total") restates one of
    the note's: its documented values replace the original's and it is not a second service. A block naming a
    kind the note did not document (a late entry of another procedure) keeps its service."""
    for sv in [sv for sv in out if sv.from_note and a <= sv.base < b]:
        orig = [o for o in out if o.kind == sv.kind and o.from_note and not (a <= o.base < b)]
        if len(orig) > 1 and sv.site is not None:
            orig = [o for o in orig if o.site is not None and o.site.region == sv.site.region] or orig
        if len(orig) > 1 and sv.count:
            orig = [o for o in orig if o.count] or orig  # the counted telling ("P: Removed approx. 15 skin tags")
        if len(orig) > 1:
            measured = [o for o in orig if o.repair_len or o.sizes or o.count]
            orig = measured if len(measured) == 1 else orig  # "closure of a Mohs defect" vs "layered repair ... 1.8 cm"
        if len(orig) != 1:
            continue
        o = orig[0]
        for attr in ("count", "margin_cm", "excised_cm", "defect_cm", "repair_len", "repair_type", "technique"):
            if attr == "count" and sv.kind not in _SESSION_KINDS:
                continue  # "The shoulder lesion was biopsied only ... Five separate lesions in total": not 5 biopsies
            if getattr(sv, attr) is not None:
                setattr(o, attr, getattr(sv, attr))
        if sv.sizes:
            o.sizes = list(sv.sizes)
        if sv.digits:
            o.digits = list(sv.digits)
        o.spans.extend(sp for sp in sv.spans if sp not in o.spans)
        out.remove(sv)


def _candidates(out: list[Service], kinds: tuple[str, ...], dest_class: str | None) -> list[Service]:
    return [
        sv for sv in out
        if sv.kind in kinds and (dest_class is None or sv.kind != "destruction" or sv.dest_class == dest_class)
    ]


def _totals(out: list[Service], sent: str, source: str, base: int) -> None:
    for m in _TOTAL.finditer(sent):
        n = tx.word_to_int(m.group("n") or m.group("n2") or m.group("n3"))
        noun = m.group("noun") or m.group("noun2") or m.group("noun3")
        verb = (m.group("verb") or m.group("verb2") or m.group("verb3") or "").lower()
        if not n or _REJECTED_BEFORE.search(sent, 0, m.start()):
            continue
        kinds, dest = _BY_VERB.get(verb, ()), None
        if not kinds:
            hit = next(((k, d) for rx, k, d in _BY_NOUN if rx.search(noun)), None)
            if hit is None:
                if verb in ("destroyed", "treated", "frozen", "froze"):
                    hit = (("destruction",), None)
                else:
                    continue
            kinds, dest = hit
        cands = _candidates(out, kinds, dest)
        if len(cands) > 1:
            # "skin tags on the neck ..." (HPI), "Snip removal ... 14 irritated tags", "A/P: acrochordons, removed":
            # one session told several times; the counted telling takes the total
            counted = [sv for sv in cands if sv.count]
            cands = counted if len(counted) == 1 else cands[:1] if not counted else []
        if len(cands) != 1 or cands[0].count == n:
            continue
        sv = cands[0]
        sv.count = n
        sv.spans.append(Span(source, base + m.start(), base + m.end(), m.group(0)))


def _targets(out: list[Service], sent: str, kinds: tuple[str, ...]) -> list[Service]:
    """The services (one lesion, perhaps read from several segments) the sentence's value belongs to."""
    cands = [sv for sv in out if sv.kind in kinds]
    named = find_sites(sent)
    if named and len(cands) > 1:
        cands = [sv for sv in cands if sv.site is not None and any(
            x.region == sv.site.region and (x.laterality is None or sv.site.laterality in (None, x.laterality))
            for x in named
        )]
    lesions = {(sv.site.region, sv.site.laterality) if sv.site is not None else None for sv in cands}
    return cands if len(lesions) == 1 else []


def _measures(out: list[Service], sent: str, source: str, base: int) -> None:
    seen: set[str] = set()
    for m in tx.find_measures(sent):
        if (
            m.kind == "lesion"
            and _MARGIN_BEFORE.search(sent, max(0, m.start - 60), m.start)
            and not _AROUND_BEFORE.search(sent, max(0, m.start - 20), m.start)  # "margin around the 1.2 cm BCC"
        ):
            m = tx.Measure(m.value_cm, m.start, m.end, "margin", m.text)  # "the margin I took was 3 mm"
        if m.kind in seen or m.kind not in ("lesion", "margin", "defect", "repair", "excised"):
            continue
        if _REJECTED_BEFORE.search(sent, max(0, m.start - 12), m.start) or _REJECTED_AFTER.match(sent, m.end):
            continue
        seen.add(m.kind)
        kinds = {
            "lesion": ("shave", "excision"),
            "margin": ("excision",),
            "defect": ("destruction", "mohs"),
            "repair": ("excision", "mohs", "repair"),
            "excised": ("excision",),
        }[m.kind]
        span = Span(source, base + m.start, base + m.end, m.text)
        targets = _targets(out, sent, kinds)
        for sv in targets:
            if m.kind == "lesion":
                if sv.sizes == [m.value_cm] or (not sv.sizes and any(o.sizes for o in targets)):
                    continue  # a segment without a size (the repair line of the same excision) stays so
                sv.sizes = [m.value_cm]
            elif m.kind == "margin":
                sv.margin_cm = m.value_cm
                sv.excised_cm = None  # the excised diameter follows from the corrected margin
            elif m.kind == "defect":
                sv.defect_cm = m.value_cm
            elif m.kind == "repair":
                if sv.repair_len is None:
                    continue
                sv.repair_len = m.value_cm
            else:
                sv.excised_cm = m.value_cm
            sv.spans.append(span)


def _total_area(out: list[Service], sent: str, source: str, base: int) -> None:
    """"total treated area 320 sq cm" (an excimer session), "so the total area is 10.6 sq cm" (a flap)."""
    for v, s0, e0 in tx.find_areas(sent):
        if not _TOTAL_BEFORE.search(sent, max(0, s0 - 40), s0):
            continue
        cands = [sv for sv in out if sv.kind == "excimer" or sv.kind == "flap" or sv.flap]
        if len(cands) == 1 and cands[0].area_sqcm != v:
            cands[0].area_sqcm = v
            cands[0].spans.append(Span(source, base + s0, base + e0, sent[s0:e0]))
        return


def _drainage(out: list[Service], sent: str, source: str, base: int) -> None:
    """"this was not a simple drainage. The abscess was multiloculated; I ... broke up multiple loculations": the
    one I&D is complicated; "Single abscess. Simple incision and drainage: no loculations ...": it is simple."""
    ids = [sv for sv in out if sv.kind == "id"]
    if len(ids) != 1:
        return
    if not ids[0].complicated and complicated_drainage(sent):
        ids[0].complicated = True
        ids[0].spans.append(Span(source, base, base + len(sent), sent))
    elif ids[0].complicated and SIMPLE_DRAINAGE.search(sent) and tx.assertion(sent, 0, len(sent)) != "negated":
        # "A: Single abscess. Simple incision and drainage: no loculations to break up, no packing"
        ids[0].complicated = False
        ids[0].spans.append(Span(source, base, base + len(sent), sent))


def _technique(out: list[Service], sent: str, source: str, base: int) -> None:
    """"specimen C (right dorsal forearm) was obtained by tangential (saucerization) technique ..., not by punch":
    the biopsy at the sentence's site takes the technique the sentence affirms."""
    if not _BIOPSY_WORD.search(sent):
        return
    found = sorted(
        (m.start(), m.end(), tech) for tech, rx in _TECH_BX for m in rx.finditer(sent)
        if not _REJECTED_BEFORE.search(sent, max(0, m.start() - 12), m.start())
    )
    if not found:
        return
    s0, e0, tech = found[0]
    targets = _targets(out, sent, ("biopsy",)) if find_sites(sent) else []
    for sv in targets:
        if sv.technique != tech:
            sv.technique = tech
            sv.spans.append(Span(source, base + s0, base + e0, sent[s0:e0]))


def _not_done(out: list[Service], sent: str) -> None:
    """"L posterior calf: NOT biopsied", "it was NOT treated with liquid nitrogen": the note's service of that kind
    at the sentence's site was not done. Only services read from the note are dropped; a charged Procedure stays
    for the edits to judge."""
    m = _NOT_DONE_VERB.search(sent)
    if m is None:
        return
    kinds = _NOT_DONE_KINDS[m.group(1).lower()]
    named = find_sites(sent[: m.start()]) or find_sites(sent)
    if not named:
        return
    for sv in [sv for sv in out if sv.kind in kinds and sv.from_note and sv.site is not None]:
        if any(x.region == sv.site.region and (x.laterality is None or sv.site.laterality in (None, x.laterality))
               for x in named):
            out.remove(sv)


def _digits(out: list[Service], sent: str, source: str, base: int) -> None:
    """"Laterality correction: procedure was performed on the RIGHT great toe": the one nail service's digit."""
    if not _SIDE_CORRECTION.search(sent):
        return
    nails = [sv for sv in out if sv.kind in ("nail_avulsion", "nail_excision", "nail_debridement")]
    found = digits_of(sent)
    if len(nails) == 1 and len(found) == 1 and nails[0].digits != found:
        nails[0].digits = list(found)
        nails[0].spans.append(Span(source, base, base + len(sent), sent))


def _stages(out: list[Service], sent: str, source: str, base: int) -> None:
    mohs = [sv for sv in out if sv.kind == "mohs"]
    if len(mohs) != 1:
        return
    sv = mohs[0]
    for m in _STAGE_BLOCKS.finditer(sent):
        idx = (tx.word_to_int(m.group("s")) or 0) - 1  # digits, words and roman numerals
        blocks = tx.word_to_int(m.group("b"))
        if idx < 0 or not blocks or idx > len(sv.stages):
            continue  # a stage the note never reached is no correction
        if idx < len(sv.stages):
            sv.stages[idx] = blocks
        else:
            sv.stages.append(blocks)
        sv.spans.append(Span(source, base + m.start(), base + m.end(), m.group(0)))
