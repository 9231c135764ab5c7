"""Paraphrase robustness: the same charts written in other words must code to the same lines.

A deterministic table of meaning-preserving rewrites (technique synonyms, size notations, count notations,
site synonyms and abbreviations, list styles and item order, plain text vs three HTML layouts, sentence
order inside a history paragraph) is applied to the signed notes and the free-text Procedure fields of 24
charts (the demo encounters plus held-out and outside-style corpus charts across the families), and then
of every corpus chart. For every (chart, rewrite) pair that changes the text, the coded lines - (code,
units, sorted modifiers), summed per code and modifier set - must equal the lines coded from the original
wording. The baseline is the engine's own output on the original chart, so the test measures invariance
to phrasing, not accuracy (the corpus gate measures that).
"""

from __future__ import annotations

import base64
import copy
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from server.coding import code_encounter

ROOT = Path(__file__).resolve().parents[2]

CORPUS_IDS = [
    "ho-bx-epic-smartphrase-punch-shave",
    "ho-ds-ln2-twelve-aks-negations",
    "ho-ds-molluscum-nine-words",
    "ho-exb-smartphrase-eic-back-layered",
    "ho-exm-bcc-helix-margin-of",
    "ho-id-complicated-buttock",
    "ho-ilk-nine-lesions-40mg",
    "ho-mix-fse-three-bx-ln2-twelve-rosacea",
    "ho-mohs-three-stages-seven-blocks-repair",
    "ho-nail-matrixectomy-r-second-toe",
    "ho-shave-neck-three-counted-in-words",
    "ho-tags-dictated-eighteen",
    "t3-mix-fse-nmsc-history-em25-bx-ln2",
    "t3-shave-cerner-table-three-site-groups",
]

_NUM_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
}
_COUNTED = r"(AKs?|actinic keratos[ie]s|lesions|warts|skin tags|tags|SKs|papules|calluses|keloids|sites)"


def _fmt(v: float) -> str:
    return f"{v:g}"


def _mm_to_cm(t: str) -> str:
    return re.sub(r"\b(\d+(?:\.\d+)?)\s?mm\b", lambda m: f"{_fmt(float(m.group(1)) / 10)} cm", t)


def _cm_to_mm(t: str) -> str:
    t = re.sub(
        r"\b(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s?cm\b",
        lambda m: f"{_fmt(float(m.group(1)) * 10)} x {_fmt(float(m.group(2)) * 10)} mm",
        t,
    )
    return re.sub(r"\b(\d+(?:\.\d+)?)\s?cm\b", lambda m: f"{_fmt(float(m.group(1)) * 10)} mm", t)


def _mm_glued(t: str) -> str:
    return re.sub(r"\b(\d+(?:\.\d+)?) (mm|cm)\b", r"\1\2", t)


def _by_dims(t: str) -> str:
    return re.sub(r"\b(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s?(cm|mm)\b", r"\1 by \2 \3", t)


def _count_words_paren(t: str) -> str:
    return re.sub(
        r"\b(\d{1,2}) " + _COUNTED + r"\b",
        lambda m: (
            f"{_NUM_WORDS[int(m.group(1))]} ({m.group(1)}) {m.group(2)}"
            if int(m.group(1)) in _NUM_WORDS
            else m.group(0)
        ),
        t,
    )


def _count_words(t: str) -> str:
    return re.sub(
        r"\b(\d{1,2}) " + _COUNTED + r"\b",
        lambda m: (
            f"{_NUM_WORDS[int(m.group(1))]} {m.group(2)}" if int(m.group(1)) in _NUM_WORDS else m.group(0)
        ),
        t,
    )


def _sub_words(pairs: list[tuple[str, str]]) -> Callable[[str], str]:
    def f(t: str) -> str:
        for a, b in pairs:
            t = re.sub(a, b, t)
        return t

    return f


_TECHNIQUE = _sub_words(
    [
        (r"\b[Ss]have biopsy\b", "tangential biopsy"),
        (r"\b[Ss]have biopsies\b", "tangential biopsies"),
        (r"\b[Pp]unch biopsy\b", "punch bx"),
        (r"\b[Cc]ryotherapy\b", "LN2 cryotherapy"),
        (r"\bliquid nitrogen\b", "LN2"),
    ]
)
_TECHNIQUE_2 = _sub_words(
    [(r"\b[Ss]have biopsy\b", "saucerization biopsy"), (r"\b[Pp]unch biopsy\b", "punch biopsy (punched)")]
)
_SITES_ALL = _sub_words(
    [
        (r"\b[Ll]eft cheek\b", "L malar cheek"),
        (r"\bL cheek\b", "left malar cheek"),
        (r"\b[Rr]ight forearm\b", "R volar forearm"),
        (r"\bR forearm\b", "right volar forearm"),
        (r"\b[Ll]eft forearm\b", "L forearm"),
        (r"\b[Uu]pper back\b", "upper back (scapular area)"),
    ]
)
_SITES_NO_VOLAR = _sub_words(
    [
        (r"\b[Ll]eft cheek\b", "L malar cheek"),
        (r"\bL cheek\b", "left malar cheek"),
        (r"\b[Rr]ight forearm\b", "R forearm"),
        (r"\bR forearm\b", "right forearm"),
        (r"\b[Uu]pper back\b", "upper back (scapular area)"),
    ]
)


def _SITES(t: str) -> str:  # noqa: N802 - a rewrite like the others
    """Site synonyms; "volar" only where the chart does not call the same forearm dorsal."""
    return _SITES_NO_VOLAR(t) if re.search(r"dorsal", t, re.I) else _SITES_ALL(t)


_LATERALITY_SHORT = _sub_words([(r"\b[Ll]eft (?=[a-z])", "L "), (r"\b[Rr]ight (?=[a-z])", "R ")])
_LATERALITY_LONG = _sub_words([(r"\bL (?=[a-z])", "left "), (r"\bR (?=[a-z])", "right ")])
_LIST_PAREN = _sub_words([(r"(?m)^(\s*)(\d{1,2})\. ", r"\1\2) ")])
_LIST_DOT = _sub_words([(r"(?m)^(\s*)(\d{1,2})\) ", r"\1\2. ")])
_LIST_DASH = _sub_words([(r"(?m)^(\s*)[•*] ", r"\1- ")])


def _count_x(t: str) -> str:
    return re.sub(r"\b(\d{1,2}) " + _COUNTED + r"\b", r"\2 x\1", t)


def _numbered_block_reversed(t: str) -> str:
    """Reverse a run of numbered problem/plan items ("1. AK ... / 2. SK ...", each with its indented
    continuation lines) and renumber them."""
    lines = t.split("\n")
    out: list[str] = []
    i = 0
    item = re.compile(r"^(\s*)(\d{1,2})([.)]) (.*)$")
    while i < len(lines):
        if not item.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        items: list[list[str]] = []
        while i < len(lines) and (item.match(lines[i]) or (items and re.match(r"^\s+\S", lines[i]))):
            if item.match(lines[i]):
                items.append([lines[i]])
            else:
                items[-1].append(lines[i])
            i += 1
        if len(items) < 2:
            out.extend(items[0])
            continue
        for n, it in enumerate(items[::-1], 1):
            m = item.match(it[0])
            out.append(f"{m.group(1)}{n}{m.group(3)} {m.group(4)}")
            out.extend(it[1:])
    return "\n".join(out)


_DEEP_SHAVE = _sub_words(
    [(r"\b[Ss]have biopsy\b", "deep shave biopsy"), (r"\b(\d) ?mm punch biopsy\b", r"\1mm punch bx")]
)
_SCAPULA = _sub_words(
    [(r"(?<!\bL )(?<!\bR )(?<!\b[Ll]eft )(?<!\b[Rr]ight )\b[Uu]pper back\b", "scapular back")]
)


def _history_order(t: str) -> str:
    """Swap the first two sentences of an HPI/history line (the order of facts in a narrative)."""

    def swap(m: re.Match) -> str:
        parts = re.split(r"(?<=\.)\s+(?=[A-Z])", m.group(2), maxsplit=2)
        if len(parts) < 2 or any(re.search(r"\d", p[:2]) for p in parts[:2]):
            return m.group(0)
        parts[0], parts[1] = parts[1], parts[0]
        return m.group(1) + " ".join(parts)

    return re.sub(r"(?m)^((?:HPI|History|CC|Chief complaint)\s*:\s*)(.+)$", swap, t)


REWRITES: dict[str, Callable[[str], str]] = {
    "technique-synonyms": _TECHNIQUE,
    "technique-synonyms-2": _TECHNIQUE_2,
    "mm-to-cm": _mm_to_cm,
    "cm-to-mm": _cm_to_mm,
    "size-glued-unit": _mm_glued,
    "size-by": _by_dims,
    "count-word-paren": _count_words_paren,
    "count-words": _count_words,
    "site-synonyms": _SITES,
    "laterality-abbrev": _LATERALITY_SHORT,
    "laterality-spelled": _LATERALITY_LONG,
    "list-paren": _LIST_PAREN,
    "list-dot": _LIST_DOT,
    "list-dash": _LIST_DASH,
    "history-order": _history_order,
    "count-x": _count_x,
    "numbered-order": _numbered_block_reversed,
    "deep-shave": _DEEP_SHAVE,
    "site-scapula": _SCAPULA,
}


# ------------------------------------------------------------------------------------------ the charts
def _charts() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for p in sorted((ROOT / "demo" / "encounters").glob("*.json")):
        data = json.loads(p.read_text())
        out[p.stem] = data.get("bundle", data)
    for cid in CORPUS_IDS:
        p = next((ROOT / "tests" / "corpus").glob(f"*/{cid}.json"))
        out[cid] = json.loads(p.read_text())["bundle"]
    return out


CHARTS = _charts()
HTML_STYLES = ("br", "p", "p-lines")


def _to_html(text: str, style: str) -> str:
    """The note as an EHR would send it in HTML: ``br`` - one ``<div>``, lines joined by ``<br>``;
    ``p`` - one ``<p>`` per blank-line-separated paragraph (its lines joined by ``<br>``); ``p-lines`` - one
    ``<p>`` per line, ``<p>&nbsp;</p>`` for a blank one (PowerNote style)."""
    if style == "br":
        body = "<div>" + "<br>\n".join(_esc(ln) for ln in text.split("\n")) + "</div>"
    elif style == "p":
        paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        body = "".join("<p>" + "<br>".join(_esc(ln) for ln in p.split("\n")) + "</p>\n" for p in paras)
    else:
        body = "".join(
            f"<p>{_esc(ln) if ln.strip() else '&nbsp;'}</p>" for ln in text.rstrip("\n").split("\n")
        )
    return "<html><body>" + body + "</body></html>"


def _rewrite_bundle(bundle: dict, f: Callable[[str], str], html: str = "") -> dict:
    b = copy.deepcopy(bundle)
    for e in b.get("entry", []):
        r = e.get("resource") or {}
        if r.get("resourceType") == "DocumentReference":
            for c in r.get("content", []):
                att = c.get("attachment") or {}
                if "data" not in att:
                    continue
                text = base64.b64decode(att["data"]).decode("utf-8")
                new = f(text)
                if html and "html" not in (att.get("contentType") or ""):
                    new = _to_html(new, html)
                    att["contentType"] = "text/html"
                att["data"] = base64.b64encode(new.encode("utf-8")).decode()
        elif r.get("resourceType") == "Procedure":
            for n in r.get("note", []) or []:
                if n.get("text"):
                    n["text"] = f(n["text"])
            for bs in r.get("bodySite", []) or []:
                if bs.get("text"):
                    bs["text"] = f(bs["text"])
            code = r.get("code") or {}
            if code.get("text") and not code.get("coding"):
                code["text"] = f(code["text"])
    return b


def _esc(s: str) -> str:
    """HTML-escape a line; its indentation becomes ``&nbsp;`` (HTML ignores leading spaces)."""
    body = s.lstrip(" ")
    out = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "&nbsp;" * (len(s) - len(body)) + out


def _lines(bundle: dict, tables) -> Counter:
    res = code_encounter(bundle, tables)
    c: Counter = Counter()
    for ln in res.lines:
        c[(ln.code, tuple(sorted(ln.modifiers)))] += ln.units
    return c


def _cases() -> list[tuple[str, str]]:
    cases = []
    for cid, bundle in CHARTS.items():
        before = json.dumps(bundle, sort_keys=True)
        for name, f in REWRITES.items():
            if json.dumps(_rewrite_bundle(bundle, f), sort_keys=True) != before:
                cases.append((cid, name))
        for style in HTML_STYLES:
            cases.append((cid, "html-" + style))
    return cases


CASES = _cases()


def test_the_paraphrase_table_exercises_every_rewrite():
    used = {name for _, name in CASES}
    assert used == set(REWRITES) | {"html-" + s for s in HTML_STYLES}
    assert len(CHARTS) >= 20
    assert len(CASES) >= 100


@pytest.mark.parametrize("chart,rewrite", CASES, ids=[f"{c}:{r}" for c, r in CASES])
def test_paraphrase_codes_the_same(chart, rewrite, tables):
    bundle = CHARTS[chart]
    base = _lines(bundle, tables)
    assert base, f"{chart} codes no lines: a useless baseline"
    if rewrite.startswith("html-"):
        new = _rewrite_bundle(bundle, lambda t: t, html=rewrite[5:])
    else:
        new = _rewrite_bundle(bundle, REWRITES[rewrite])
    assert _lines(new, tables) == base


def test_rewrites_are_meaning_preserving_examples():
    assert _mm_to_cm("8 mm papule, 4mm margins") == "0.8 cm papule, 0.4 cm margins"
    assert _cm_to_mm("1.2 x 0.8 cm nodule; 3.5 cm repair") == "12 x 8 mm nodule; 35 mm repair"
    assert _by_dims("0.8 x 0.5 cm") == "0.8 by 0.5 cm"
    assert _count_words_paren("LN2 to 5 AKs") == "LN2 to five (5) AKs"
    assert _count_words("12 skin tags") == "twelve skin tags"
    assert _SITES("left cheek and right forearm") == "L malar cheek and R volar forearm"
    assert _LIST_PAREN("1. SK\n2. AK") == "1) SK\n2) AK"
    assert _count_x("LN2 to 5 AKs of the face") == "LN2 to AKs x5 of the face"
    assert (
        _numbered_block_reversed("A/P:\n1. SK - shave\n2. AK - LN2\n") == "A/P:\n1. AK - LN2\n2. SK - shave\n"
    )
    assert _history_order("HPI: Pt is here for a check. She notes a new spot.") == (
        "HPI: She notes a new spot. Pt is here for a check."
    )


def test_every_corpus_chart_is_invariant_under_every_rewrite(tables):
    """The same table over the whole corpus (all shapes, all voices): no rewrite changes any chart's lines."""
    changed: list[str] = []
    n = 0
    for path in sorted((ROOT / "tests" / "corpus").glob("*/*.json")):
        chart = json.loads(path.read_text())
        bundle = chart["bundle"]
        before = json.dumps(bundle, sort_keys=True)
        base = None
        variants = [(name, _rewrite_bundle(bundle, f)) for name, f in REWRITES.items()]
        variants += [("html-" + s, _rewrite_bundle(bundle, lambda t: t, html=s)) for s in HTML_STYLES]
        for name, new in variants:
            if json.dumps(new, sort_keys=True) == before:
                continue
            base = base if base is not None else _lines(bundle, tables)
            n += 1
            if _lines(new, tables) != base:
                changed.append(f"{chart['id']}:{name}")
    assert n > 2000
    assert changed == []
