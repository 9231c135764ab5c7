"""Low-level clinical text helpers: number words, measurements, counts, clause splitting and a
ConText/NegEx-style assertion detector (negated, hypothetical, historical). All regexes are compiled at
import; everything works on plain ``str`` and returns character offsets into it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from server.coding.extract.scan import CheckedPattern
from server.coding.extract.scan import FoldedPattern
from server.coding.extract.scan import FoldedScanner
from server.coding.extract.scan import finditer_at

_UNITS = {
    "zero": 0,
    "one": 1,
    "a single": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|"
    r"six"
    r"|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirte"
    r"en"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a single|single|a dozen|dozen|both)"
)
NUMWORD_RE = re.compile(r"\b" + _NUMWORD + r"\b", re.I)
_SPACES = re.compile(r"\s+")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}


def word_to_int(word: str) -> int | None:
    w = word.lower().strip().replace("-", " ")
    w = _SPACES.sub(" ", w)
    if w.isdigit():
        return int(w)
    if w in ROMAN:
        return ROMAN[w]
    if w in _UNITS:
        return _UNITS[w]
    if w in ("dozen", "a dozen"):
        return 12
    if w == "both":
        return 2
    if w in _TENS:
        return _TENS[w]
    parts = w.split(" ")
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    if len(parts) >= 2 and parts[1] == "hundred" and parts[0] in _UNITS:
        # "one hundred eighty", "two hundred and ten": an area written out
        rest = " ".join(p for p in parts[2:] if p != "and")
        tail = word_to_int(rest) if rest else 0
        return None if tail is None else 100 * _UNITS[parts[0]] + tail
    return None


NUM = r"(?:\d+(?:\.\d+)?|\.\d+)"
# a quantity written in words: "forty", "one and one-half", "one and a half", "one-half", "half a"
WORD_QTY = (
    r"(?:(?:" + _NUMWORD + r"|zero)\s+point(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))+|"
    + _NUMWORD + r"(?:\s+and\s+(?:a|one)[\s-]half)?|(?:one|a)[\s-]half(?:\s+(?:a|of\s+a))?|half\s+an?)"
)
_HALF_RE = re.compile(r"(?:\band\s+)?\b(?:a|one)[\s-]half\b|\bhalf\b(?:\s+(?:a|an|of\s+a))?", re.I)


def quantity(value: str) -> float | None:
    """A number written in digits or words: "1.5" -> 1.5, "one and one-half" -> 1.5, "forty" -> 40."""
    try:
        return float(value)
    except ValueError:
        pass
    if _POINT_RE.search(value):
        return _spoken_value(value)  # "one point five"
    half = _HALF_RE.search(value)
    rest = _HALF_RE.sub(" ", value).strip() if half else value
    base = word_to_int(rest) if rest else 0
    if base is None:
        return None
    return base + (0.5 if half else 0.0)
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# a length written in words: "one point four", "zero point eight", "five", "two and a half"
_SPOKEN = rf"(?:{_NUMWORD}|zero)(?:\s+point(?:\s+{_DIGIT_WORD})+|\s+and\s+a\s+half)?"
_LEN_UNIT = r"(?:cm|mm|centimet(?:er|re)s?|millimet(?:er|re)s?)"
_DIM_RE = FoldedPattern(re.compile(
    rf"(?<![\w.])({NUM})\s*(cm|mm)?\s*(?:x|×|\*|by)\s*({NUM})\s*(cm|mm)?(?:\s*(?:x|×|\*|by)\s*({NUM}))?\s*(cm"
    rf"|mm)\b"
    r"(?!\s*(?:2|²|\^2))",
    re.I,
))
# the same written out ("one point four by one point zero centimeters"), tried only when a note spells units
_DIM_SPOKEN_RE = re.compile(
    rf"(?<![\w.])({NUM}|{_SPOKEN})\s*({_LEN_UNIT})?\s*(?:x|×|\*|by)\s*({NUM}|{_SPOKEN})\s*({_LEN_UNIT})?"
    rf"(?:\s*(?:x|×|\*|by)\s*({NUM}|{_SPOKEN}))?\s*({_LEN_UNIT})\b"
    r"(?!\s*(?:2|²|\^2))",
    re.I,
)
_SINGLE_RE = FoldedPattern(re.compile(
    rf"(?<![\w.])({NUM}|{_SPOKEN})\s*-?\s*({_LEN_UNIT})\b"
    r"(?!\s*(?:2|²|\^2))",
    re.I,
))
_POINT_RE = re.compile(r"\s+point\s+", re.I)
_DIGIT_OF = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
             "seven": "7", "eight": "8", "nine": "9"}


def _spoken_value(value: str) -> float | None:
    """ "one point four" -> 1.4; "five" -> 5; "two and a half" -> 2.5."""
    parts = _POINT_RE.split(value.strip(), maxsplit=1)
    half = 0.5 if re.search(r"and\s+a\s+half", parts[0], re.I) else 0.0
    w = re.sub(r"\s+and\s+a\s+half", "", parts[0], flags=re.I)
    base = 0 if w.strip().lower() == "zero" else word_to_int(w)
    if base is None:
        return None
    if len(parts) == 1:
        return base + half
    digits = "".join(_DIGIT_OF.get(d.lower(), "") for d in parts[1].split())
    return float(f"{base}.{digits}") if digits else float(base)
_AREA_UNIT = r"\s*(?:sq\.?\s*cm|square\s+(?:centimet(?:er|re)s?|cm)|cm2|cm²|cm\^2)"


@dataclass(frozen=True, slots=True)
class Measure:
    value_cm: float  # greatest dimension in cm
    start: int
    end: int
    kind: str  # lesion | margin | repair | defect | punch | excised | depth | other
    text: str


_MARGIN_BEFORE = FoldedPattern(re.compile(
    r"margins?\s*(?:of|were|was|:|=|\||measuring)?\s*(?:approximately|approx\.?|about|~)"
    r"?\s*$",
    re.I,
))
_MARGIN_PAREN = FoldedPattern(re.compile(
    r"margins?\s*\((?:(?:narrowest|closest|smallest|minimum|min|at\s+least)\s*|[^()\n]{0,24}?,\s*up\s+to\s+)$", re.I
))  # "2 MM MARGINS (NARROWEST 2 MM, UP TO 3 MM AT POLES)"
_MARGIN_AFTER = re.compile(
    r"^\s*(?:\(\w+\)\s*)?(?:clinical(?:ly clear)?\s+|peripheral\s+|surgical\s+|clear\s"
    r"+|"
    r"circumferential\s+|normal[- ]appearing skin\s+|of (?:normal|clinically normal)\s"
    r"+"
    r"(?:appearing\s+)?skin\s+)?(?:margins?\b|rim\s+of\s+(?:healthy|normal|clinically\s+normal|normal[- ]appearing|surrounding)\s+(?:skin|tissue))",
    re.I,
)
_PUNCH_AFTER = re.compile(r"^\s*(?:-\s*)?(?:disposable\s+)?punch", re.I)
_PUNCH_BEFORE = FoldedPattern(re.compile(r"punch(?:\s+biopsy)?(?:\s+tool)?\s*(?:of|size|:)?\s*$", re.I))
_REPAIR_CTX = FoldedPattern(re.compile(
    r"(?:repair|closure|closed|suture|sutured|length|linear|wound\s+(?:length|measur)|layered|"
    r"approximated|final\s+(?:wound|repair)|incision)",
    re.I,
))
_DEFECT_CTX = FoldedPattern(re.compile(
    r"(?:defect|post[- ]?(?:op(?:erative)?|curettage|treatment)\s+(?:size|diameter)|"
    r"final\s+(?:size|diameter))",
    re.I,
))
_EXCISED_CTX = FoldedPattern(re.compile(
    r"(?:excised\s+diam(?:eter|\.)?|exc(?:ision|\.)?\s+diam(?:eter|\.)?|total\s+excised|diamete"
    r"r\s+excised|"
    r"excised\s+(?:area|specimen)\s+diameter)",
    re.I,
))
_LESION_CTX = re.compile(
    r"(?:lesion|measur|size|diameter|papule|nodule|plaque|tumou?r|cyst|mole|nevus|lipoma"
    r"|"
    r"macule|growth|spot|keratosis|lesions|pre-?op|clinical|residual\s+pigment)",
    re.I,
)
_DEPTH_CTX = FoldedPattern(re.compile(r"(?:depth|deep|breslow|thick)", re.I))
_ELLIPSE_CTX = FoldedPattern(re.compile(r"(?:ellipse|elliptical|fusiform|specimen)", re.I))


def to_cm(value: str, unit: str | None) -> float:
    try:
        v = float(value)
    except ValueError:
        sv = _spoken_value(value)
        if sv is None:
            return 0.0
        v = sv
    if unit and unit.lower().startswith("m"):
        return round(v / 10.0, 3)
    return v


_THRESHOLD_BEFORE = re.compile(
    r"(?:(?<![-=])[<>]=?|[≤≥]|\b(?:less|greater|more|smaller|larger|bigger)\s+than|\bunder|\bbelow|\bat\s+least)\s*$",
    re.I,
)


# every length names its unit, and every spelling of _LEN_UNIT holds one of these (letters that re.I matches
# only in their two ASCII cases; not "i", which also matches "ı" and "İ"): a text without any has no measure
_UNIT_HINTS = ("cm", "mm", "met")


def find_measures(text: str) -> list[Measure]:
    """Every length in ``text`` (cm), classified by its local context."""
    return list(_find_measures_cached(text))


@lru_cache(maxsize=8192)
def _find_measures_cached(text: str) -> tuple[Measure, ...]:
    out: list[Measure] = []
    low = text.lower()
    if not any(h in low for h in _UNIT_HINTS):
        return ()
    taken: list[tuple[int, int]] = []
    spoken = "point" in text or "centimet" in text or "millimet" in text
    for m in (_DIM_SPOKEN_RE if spoken else _DIM_RE).finditer(text):
        unit = m.group(6)
        u1 = m.group(2) or unit
        u2 = m.group(4) or unit
        vals = [to_cm(m.group(1), u1), to_cm(m.group(3), u2)]
        if m.group(5):
            vals.append(to_cm(m.group(5), unit))
        out.append(_classify(text, m.start(), m.end(), max(vals[:2])))
        taken.append((m.start(), m.end()))
    for m in _SINGLE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if _THRESHOLD_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
            continue  # "AUC: inappropriate (area L, <2 cm)", "lesions under 1 cm": a criterion, not a size
        out.append(_classify(text, m.start(), m.end(), to_cm(m.group(1), m.group(2))))
    out.sort(key=lambda x: x.start)
    return tuple(out)


def _lesion_word_nearer(before: str) -> bool:
    """"... intermediate repair\nSite marked: lesion 1.1 x 0.9 cm": the lesion word is the nearer context."""
    rep = last(_REPAIR_CTX.finditer(before))
    les = last(_LESION_CTX.finditer(before))
    return les is not None and rep is not None and les.start() > rep.end()


_ELLIPSE_WORD = FoldedPattern(re.compile(r"ellipse|elliptical|fusiform", re.I))
_STOP_CHAR = re.compile(r"[.;]")


def _ellipse_nearer(before: str) -> bool:
    """An ellipse named earlier in the clause, with no lesion word between it and the measurement."""
    ell = last(_ELLIPSE_WORD.finditer(before))
    return ell is not None and not _STOP_CHAR.search(before[ell.end() :]) and not _LESION_CTX.search(before[ell.end() :])


_EXCISED_AFTER = re.compile(r"\s*(?:total\s+)?(?:excised|excision)\s+(?:diameter|diam\b|size)", re.I)
# _classify's contexts, before and after the measurement
_ELLIPSE_LENGTH = FoldedPattern(re.compile(r"(?:ellipse|elliptical|fusiform)\s+(?:length|long)\W*$", re.I))
# "Wound 3.8 cm long", "Wound 4.0 cm. Layered closure: ...": the wound the closure repairs
_LONG_AFTER = re.compile(
    r"\s*long\b|[ \t]*[.;,:]?[ \t]*(?:(?:layered|intermediate|complex|simple|linear|primary)[ \t]+)?(?:closure|repair)\b", re.I
)
_WOUND_BEFORE = FoldedPattern(re.compile(r"\b(?:wound|incision|closure|repair)\s*$", re.I))
_OLD_WOUND_BEFORE = FoldedPattern(re.compile(
    r"\b(?:healing|healed|old|prior|previous)\s+(?:\w+\s+)?(?:wound|incision)\s*$", re.I
))
_FINAL_BEFORE = FoldedPattern(re.compile(r"\bfinal\s*[:=]?\s*$", re.I))
_CLOSURE_WORD = FoldedPattern(re.compile(r"clos|repair|sutur", re.I))
_LENGTH_BEFORE = FoldedPattern(re.compile(
    r"(?:length|long|\blen|\bfinal\s+(?:stitched\s+|sutured?\s+|closure\s+|incision\s+)?line)"
    r"\s*(?:of|:|=|was|is|measured|measuring)?\s*(?:approximately|approx\.?|about"
    r"|~)?\s*$",
    re.I,
))
_UNDERMINING = FoldedPattern(re.compile(r"undermin\w*", re.I))
_RESULT_BEFORE = re.compile(
    r"(?:->|→|=>|=|\(|\bfor\s+an?\s+excised|\bgiving|\byielding|\bresulting\s+in)\s*$"
)
_MARGIN_WORD = FoldedPattern(re.compile(r"margin", re.I))
_DEFECT_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}defect", re.I)
_BEFORE_INCISION = FoldedPattern(re.compile(r"(?:before|prior\s+to)\s+(?:the\s+)?incision", re.I))
_REPAIR_AFTER = re.compile(
    r"^[\s,]*(?:\w+\s+){0,2}(?:repair|closure|linear(?!\s+scar)|"
    r"layered|intermediate|complex|simple)",
    re.I,
)
_CLOSURE_CLAUSE = re.compile(
    r"(?:^|(?<!\d)\.(?!\d)\s|;\s*)\s*(?:(?:layered|intermediate|complex|simple|linear|primary)\s+)?(?:closure|repair)\b"
    r"(?:(?!(?<!\d)\.(?!\d)|;|\b(?:cyst|lesion|nevus|papule|nodule|defect|wound|tumou?r|margin)).)*$",
    re.I | re.M,
)
_MARGIN_LABEL = re.compile(
    r"[ \t]*(?:[-*•][ \t]*)?(?:surgical[ \t]+|clinical[ \t]+|peripheral[ \t]+)?margins?[ \t]*(?:[:=]|\.{3,})", re.I
)  # "Margins: 2 mm", "Margin .......... 2 mm"
_ELLIPSE_AFTER = re.compile(r"^\s*(?:\w+\s+){0,1}(?:ellipse|fusiform)", re.I)


def _classify(text: str, start: int, end: int, value: float) -> Measure:
    before = text[max(0, start - 60) : start]
    after = text[end : end + 50]
    ls = text.rfind("\n", 0, start) + 1
    if "|" in text[ls:start]:  # a table row ("Biopsy scar / residual pigment | 0.8 cm"): its own label only
        le = text.find("\n", end)
        before, after = text[max(ls, start - 60) : start], text[end : le if le >= 0 else end + 50][:50]
        cell = text[text.rfind("|", ls, start) + 1 : start]
        if cell.strip(" *_"):
            before = cell  # "| (excised diameter 1.5 cm) | **layered, 4.0 cm** |": the value's own cell says what it is
    near_before = before[-28:]
    line_after, _, wrapped = after.partition("\n")  # "Lesion/scar size: 0.8 x 0.6 cm\nMargins: 0.5 cm": the next field
    if not line_after.strip() and (
        wrapped[:1].islower() or (wrapped[:1] in " \t" and wrapped.lstrip()[:1].isupper() and not any(c.islower() for c in after))
    ):  # (or an indented run-on line of capitals dictation: "... WITH 2 MM\n    MARGINS")
        line_after = wrapped.split("\n", 1)[0]  # "A 2 mm\nmargin was marked": a wrapped sentence, not a new field
    kind = "other"
    if _ELLIPSE_LENGTH.search(before[-30:]):
        kind = "ellipse"  # "Ellipse length: 4.0 cm" beside "Repair length: 4.0 cm"
    elif (
        _LONG_AFTER.match(after)
        and _WOUND_BEFORE.search(before)
        and not _OLD_WOUND_BEFORE.search(before)
    ):
        kind = "repair"  # "Wound 3.8 cm long. Layered closure: ..."
    elif _FINAL_BEFORE.search(before) and _CLOSURE_WORD.search(text[ls:start]):
        kind = "repair"  # "LAYERED CLOSURE 4-0 Monocryl deep, 5-0 nylon simple interrupted. Final 4.2 cm."
    elif _LENGTH_BEFORE.search(before):
        kind = "repair"
    elif _MARGIN_AFTER.match(line_after) or _MARGIN_BEFORE.search(before) or _MARGIN_PAREN.search(before) or (
        _MARGIN_LABEL.match(text, ls, start) and not _EXCISED_CTX.search(before[-40:])
    ):  # "Margins: 2 mm on the narrowest side (3 mm at the tips)": the line of the margins
        kind = "margin"
    elif _PUNCH_AFTER.match(after) or _PUNCH_BEFORE.search(before):
        kind = "punch"
    elif _ELLIPSE_CTX.search(before[-14:]):
        kind = "ellipse"  # "excised diam 1.1cm. Ellipse 3.3cm": the ellipse's length, not the excised diameter
    elif _UNDERMINING.search(near_before):
        kind = "other"  # "limited undermining (approximately 1 cm)": a distance, not the lesion
    elif _EXCISED_CTX.search(before[-40:]) or _EXCISED_AFTER.match(after) or (
        _RESULT_BEFORE.search(before)
        and _MARGIN_WORD.search(text[max(0, start - 90) : start])
    ):
        kind = "excised"
    elif _DEPTH_CTX.search(near_before):
        kind = "depth"
    elif _DEFECT_CTX.search(near_before) or _DEFECT_AFTER.match(after):
        kind = "defect"
    elif (
        _REPAIR_CTX.search(near_before)
        and not _lesion_word_nearer(near_before)
        and not _BEFORE_INCISION.search(near_before)  # "measured before incision:"
    ) or _REPAIR_AFTER.match(line_after):
        kind = "repair"
    elif _CLOSURE_CLAUSE.search(text, ls, start):
        kind = "repair"  # "Layered closure 4-0 vicryl / 5-0 nylon, 2.3 cm.": the closure's length after its sutures
    elif _ELLIPSE_CTX.search(near_before) or _ELLIPSE_AFTER.match(after):
        kind = "ellipse"
    elif _ellipse_nearer(before):
        kind = "ellipse"  # "a fusiform ellipse oriented along relaxed skin tension lines (6.5 x 2.4 cm)"
    else:
        kind = "lesion"
    return Measure(value, start, end, kind, text[start:end])


_HUNDREDS = rf"(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?{_NUMWORD})?"
_AREA_RE = FoldedPattern(re.compile(rf"(?<![\w.])({NUM}|\b{_HUNDREDS}|\b{WORD_QTY}){_AREA_UNIT}", re.I))


def find_areas(text: str) -> list[tuple[float, int, int]]:
    """Areas in sq cm, digits or words ("8.5 sq cm", "about six square centimeters")."""
    out = []
    for m in _AREA_RE.finditer(text):
        v = quantity(m.group(1))
        if v:
            out.append((v, m.start(), m.end()))
    return out


_PLANE_RE = re.compile(
    rf"(?<![\w.])({NUM})\s*(cm|mm)?\s*(?:x|×|by)\s*({NUM})\s*(cm|mm)\b(?!\s*(?:x|×|by)\s*\d)", re.I
)


def find_plane_areas(text: str) -> list[tuple[float, int, int]]:
    """Two-dimensional sizes as areas in sq cm: "8 x 10 cm" -> 80, "15 x 20 mm" -> 3 (3-D sizes skipped)."""
    out = []
    for m in _PLANE_RE.finditer(text):
        if re.search(r"(?:x|×|by)\s*$", text[max(0, m.start() - 4) : m.start()], re.I):
            continue  # the tail of a 3-D size "1 x 2 x 3 cm"
        a = to_cm(m.group(1), m.group(2) or m.group(4))
        b = to_cm(m.group(3), m.group(4))
        if a and b:
            out.append((round(a * b, 2), m.start(), m.end()))
    return out


# ----------------------------------------------------------------------------------------------- counts
_COUNT_PATTERNS = [
    # "twenty (20)", "x 12", "#3", "(n=4)", "12 lesions", "number of lesions: 12", "total of 12"
    re.compile(
        r"\b(?:lesions?|aks?|keratos[ie]s|sks?|isks?|warts?|verrucae?|tags?|acrochord\w*|papules?|moll"
        r"uscum|"
        r"nails?|toenails?|fingernails?|calluse?s?|corns?|clavi|sites?|spots?|biops(?:y|ies)|bxs?|kelo"
        r"ids?|"
        r"cysts?|nodules?|plaques?|patches|areas|treated|cryo(?:therapy)?|ln2|destroyed|injected|curet"
        r"tage|curetted|pared|trimmed|debrided|removals?|shaves?|"
        r"ed\s*&\s*c|edc|frozen|blocks?|stages?|layers?|"
        r"injections?|abscess(?:es)?|allergens?|growths?|moles?|nevi|hemangiomas?|angiomas?|lesions\s+"
        r"treated"
        r")(?:[ \t]*\([^()\n]{1,60}\))?(?:(?:\s+(?!x\b)[a-z]+){0,2}[\s,:]*(?:x|×)|\s*#)\s*(\d+)\b(?!\s*(?:cm|mm|\.\d|-\d|blade|"
        r"(?:months?|mos?|weeks?|wks?|days?|years?|yrs?|hours?|hrs?|cycles?|ftcs?|freezes?|passes|times)\b)"
        r")",
        re.I,
    ),
    re.compile(
        # "Number of lesions: five", "number treated = 4"; a bare "Number two left temple" is an item label
        r"\b(?:n\s*=\s*|(?<!j\d{4}\s)qty:?\s*|(?<!j\d{4}\s)quantity:?\s*|count:?\s*|number(?:\s+of\s+\w+(?:\s+\w+)?(?:\s+treated)?"
        r"\s*(?::|=|was|were|of)?|(?:\s+treated)?\s*(?::|=|was|were|of))\s*|total(?:\s+of)?:?\s*)(\d+|" + _NUMWORD + r")\b"
        r"(?!\s*(?:cm|mm|\.\d|mg|%|blades?\b|(?:freeze[- ]thaw\s+)?(?:cycles?|passes|times|sessions?|minutes?|seconds?|ml|cc)\b))",
        re.I,
    ),
    # "AKs: five on the forehead and nose": a count labelled by its lesions
    re.compile(
        r"\b(?:aks|sks|isks|warts|verrucae|tags|keratoses|calluses|corns|lesions)"
        r"(?:\s+(?:pared|treated|frozen|destroyed|injected|removed|debrided))?\s*:\s*(\d{1,2}|" + _NUMWORD + r")\b"
        r"(?!\s*(?:cm|mm|\.\d|mg|ml|%|x\s*\d))",
        re.I,
    ),
    # "6 total as above", "all three were pared", "each of the four"
    re.compile(r"\b(\d{1,2}|" + _NUMWORD + r")[ \t]+(?:in[ \t]+)?total\b", re.I),  # "Three in total."
    re.compile(
        r"\b(?:all|each\s+of\s+the|each\s+of|the)\s+(" + _NUMWORD + r"|\d{1,2})\s+(?=(?:were|was|have\s+been|"
        r"had|got|received|underwent|lesions?|sites?|areas?|specimens?|moles?|nevi|growths?|removed|snipped|"
        r"excised|frozen|treated)\b)(?!\s*(?:cm|mm|%))",
        re.I,
    ),
    # "an 80-allergen series", "All three pared today"
    re.compile(r"\b(\d{1,3})-(?:allergens?|antigens?|lesions?|item)\b", re.I),
    re.compile(r"\ball\s+(" + _NUMWORD + r")(?:\s+(?=[a-z]+ed\b|were\b|was\b|of\s+(?:them|these|the)|today\b|with\b)|\s*:)", re.I),
    # "shave removal of both": two lesions
    re.compile(
        r"\b(?:of|to|on|removed|excised|shaved|biopsied|froze|injected)\s+(both)\b"
        r"(?!\s+(?:[a-z]+\s+)?(?:sides|arms|legs|hands|feet|cheeks|ears|shins|forearms|soles|heels|palms|axillae|elbows|knees|eyelids|temples))",
        re.I,
    ),
    # "removed all 22 today", "total allergens placed: 70"
    re.compile(
        r"\ball\s+(\d{1,3})\b(?!\s*(?:cm|mm|%|mg|ml|cc|units?|weeks?|wks?|days?|months?|years?|hours?|extremit|"
        r"limbs?|quadrants?|digits?|fingers?|toes?|nails?|o'?clock))",
        re.I,
    ),
    re.compile(
        r"\btotal\s+(?:[a-z]+\s+){1,2}(?:placed|applied|tested|treated|removed|injected|pared)?"
        r"(?:\s*(?:at|during)\s+this\s+(?:visit|encounter)|\s*today)?\s*[:=]\s*(\d{1,3})\b",
        re.I,
    ),
    # "TOTAL APPLIED ........ 104": a dotted-leader total row
    re.compile(r"\btotal(?:[ \t]+[a-z]+){0,2}[ \t]*\.{3,}[ \t]*(\d{1,3})\b", re.I),
    # dictated "x": "actinic keratoses times six on the scalp"
    re.compile(
        r"\b(?:lesions?|aks?|keratos[ie]s|sks?|warts?|verrucae?|tags?|calluses|corns|sites?|spots?|keloids?|cysts?|"
        r"biops(?:y|ies)|nails?|toenails?)\s+times\s+(\d{1,2}|" + _NUMWORD + r")\b",
        re.I,
    ),
]
_NUM_NOUN_RE = re.compile(
    r"(?<!number\s)(?<!no\.\s)\b(\d+|" + _NUMWORD + r")\s+(?:\(\d+\)\s+)?"  # not the label "Number two left temple, ..."
    r"(?:(?!(?:cm|mm|mg|ml|cc|millimet\w*|centimet\w*|milligram\w*|millilit\w*|inch(?:es)?|"
    r"weeks?|wks?|days?|months?|mos?|years?|yrs?|hours?|hrs?|minutes?|mins?|s|secs?|seconds?|times|of|x|to|and|or|per|percent|in|on|for|g|ga|gauge"
    r"|cycles?|ftcs?|freezes?|passes"  # "two cycles, separate sites": the cycles, not two sites
    r"|"
    r"at|with|from)\b)[a-z][a-z-]*,?\s+){0,3}?"
    r"(?:lesions?|aks?\b|actinic keratos[ie]s|keratos[ie]s|sks?\b|warts?|verrucae?|tags?|acrochord(?:on|a|ons"
    r")|"
    r"papules?|molluscum|nails?|toenails?|fingernails?|calluse?s?|corns?|spots?|sites?|areas?|keloids?|scars?"
    r"|"
    r"cysts?|nodules?|plaques?|abscess(?:es)?|injections?|allergens?|patch(?:es)?|tests?|antigens?|chambers?|growths?|"
    r"moles?|nevi|biops(?:y|ies)|specimens?|hemangiomas?|angiomas?|lentigines|condylomas?|condylomata)\b",
    re.I,
)


_RANGE_RE = FoldedPattern(re.compile(
    r"\b(?:lesions?|aks?|biops(?:y|ies)|sites?|nails?|toenails?|warts?|tags?|specimens?)\s"
    r"+#?(\d+)\s*"
    r"(?:-|–|to|through)\s*#?(\d+)\b(?!\s*(?:cm|mm))",
    re.I,
))
_PAREN_WORD_RE = FoldedPattern(re.compile(r"\(\s*(" + _NUMWORD + r")\s*\)", re.I))


# number tokens, first-letter grouped so the scan is cheap; the full patterns then .match() at each token
_NUM_TOKEN_RE = re.compile(
    r"\b(?:\d|(?=[a-z])(?:t(?:wo|hree|en|welve|hirteen|wenty|hirty)|f(?:our|ive|ifteen"
    r"|ourteen|"
    r"orty|ifty)|s(?:ix|even|ingle)|e(?:ight|leven)|n(?:ine|inety)|one|zero|a\s+(?:sin"
    r"gle|dozen)|"
    r"dozen|both))",
    re.I,
)
_PAREN_NUM_RE = re.compile(r"\b" + _NUMWORD + r"\s*\((\d+)\)", re.I)
_ANOTHER_RE = FoldedPattern(re.compile(
    r"(?:\b(?:another|an\s+additional|plus)|(?<![\w)])\+)\s*(\d+|" + _NUMWORD + r")\b(?!\s*(?:cm|mm|mg|%)|/\d)",
    re.I,
))
_OF_THEM_RE = re.compile(r"\b(\d+|" + _NUMWORD + r")\s+of\s+them\b", re.I)


_COUNT_SCANS = [FoldedScanner(p) for p in _COUNT_PATTERNS]
# what every match of the first two holds (on the lower-cased text), beyond FoldedScanner's own literal checks:
# "x 12" / "× 12" / "#3"; "n=4" / "qty" / "quantity" / "count" / "number" / "total"
_COUNT_GATED = list(
    zip(_COUNT_SCANS, [re.compile(r"[x×#]\s*\d"), re.compile(r"=|qty|quantity|count|number|total")], strict=False)
) + [(p, None) for p in _COUNT_SCANS[2:]]
_LABEL_RE = re.compile(
    r"(?:(?:biopsy|bx|lesion|site|spot|specimen|nodule|cyst|mole|growth|area)\s*#\s*\d+|number\s+(?:\d+|[a-z]+))$", re.I
)
_ITEM_NUM_RE = re.compile(r"\d{1,2}[.)]\s")
# case-insensitive but for _ITEM_NUM_RE (no letters): the folded ones match the same on the lower-cased text
_NUM_PLAIN = (_NUM_TOKEN_RE, _ITEM_NUM_RE, _PAREN_NUM_RE, _OF_THEM_RE, _NUM_NOUN_RE)
_NUM_FOLDED = tuple(FoldedScanner(p).lower_rx or p for p in _NUM_PLAIN)


@lru_cache(maxsize=8192)
def _find_counts_cached(text: str) -> tuple[tuple[int, int, int], ...]:
    return tuple(_find_counts(text))


def find_counts(text: str) -> list[tuple[int, int, int]]:
    """(count, start, end) for every count expression, in text order."""
    return list(_find_counts_cached(text))


def _other_line(text: str, m: re.Match) -> bool:
    """The noun is on the next line of a short field line ("EMA grid line 2\nIrregular papule"), not a
    hard-wrapped sentence ("... applied to the upper back, 36\n   allergens in all")."""
    nl = text.find("\n", m.start(), m.end())
    return nl >= 0 and nl - (text.rfind("\n", 0, m.start()) + 1) < 60


def _find_counts(text: str) -> list[tuple[int, int, int]]:
    """(count, start, end) for every count expression, in text order."""
    out: list[tuple[int, int, int]] = []
    low = text.lower() if text.isascii() else None
    # number tokens and what follows them, matched on the lower-cased ASCII text (same offsets; extract/scan.py)
    src, num_rx, item_rx, paren_rx, them_rx, noun_rx = (text, *_NUM_PLAIN) if low is None else (low, *_NUM_FOLDED)
    paren = "(" in text
    them = low is None or "them" in low
    for m in _RANGE_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if b > a:
            out.append((b - a + 1, m.start(), m.end()))
    for m in _PAREN_WORD_RE.finditer(text):
        n = word_to_int(m.group(1))
        if n and not any(s <= m.start() < e for _, s, e in out):
            out.append((n, m.start(), m.end()))
    for c in num_rx.finditer(src):
        pos = c.start()
        if pos and text[pos - 1] in "/:" or text[c.end() : c.end() + 1] == "/":
            continue  # a date or time ("seen 06/24 who ordered patch testing"), not a count
        if (
            pos
            and text[pos - 1] == "#"
            or item_rx.match(src, pos)
            and (
                pos == 0 or text[pos - 1] == "\n" or not text[text.rfind("\n", 0, pos) + 1 : pos].strip(" \t")
            )
        ):
            continue  # an item number ("#2 New papule", "2. AKs"), not a count
        m = paren_rx.match(src, pos) if paren else None
        if m is None and them:
            m = them_rx.match(src, pos)
        if m is not None:
            g = m.group(1)
            n = int(g) if g.isdigit() else word_to_int(g)
            if n is not None and not any(s <= m.start() < e for _, s, e in out):
                out.append((n, m.start(), m.end()))
                continue
        m = noun_rx.match(src, pos)
        if m is None or _other_line(text, m):
            continue
        n = word_to_int(m.group(1))
        if n is not None and not any(s <= m.start() < e for _, s, e in out):
            out.append((n, m.start(), m.end()))
    for pat, gate in _COUNT_GATED:
        if gate is not None and low is not None and gate.search(low) is None:
            continue  # the lower-cased text lacks what every match of the pattern holds
        for m in pat.finditer(text, low):
            if _LABEL_RE.match(m.group(0)):
                continue  # "Punch bx #2 L upper back", "Number two, right forearm": an item's label
            g = m.group(1)
            n = int(g) if g.isdigit() else word_to_int(g)
            if n is not None and not any(s <= m.start() < e for _, s, e in out):
                out.append((n, m.start(), m.end()))
    out.sort(key=lambda t: t[1])
    return out


# --------------------------------------------------------------------------------- sentences, clauses
_SENT_RE = re.compile(r"[^.;!?\n]+(?:[.;!?](?!\d)|\n|$)")
_NOT_SENTENCE_END = "".join(
    f"(?<!{w}\\.)"
    for w in (
        "approx",
        "etc",
        "incl",
        "cont",
        "resp",
        "prox",
        "dist",
        "ant",
        "post",
        "med",
        "lat",
        "sup",
        "inf",
        "mid",
        "abd",
        "ext",
        "int",
        "sec",
        "min",
        "max",
        "avg",
        "est",
        "hrs",
        "yrs",
        "wks",
        "mos",
    )
)
# a sentence starting in lower case ("R shoulder bx r/o BCC. left hand warts x5 LN2") after a word of 3+
# letters that is not an abbreviation ("approx.", "lat.", "post.")
_SENT_SPLIT = re.compile(
    r"(?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\s[A-Z]\.)\s+(?=[A-Z0-9#(\-•*])|(?<=;)\s+|\n+|(?<=[a-z)])\.(?=[A-Z])|"
    r"(?<=[A-Za-z0-9]{3}\.)" + _NOT_SENTENCE_END + r"\s+(?=[a-z]{2,}\b)"
)


# where a _SENT_SPLIT match can start: at a "." or a line break, or just after . ! ? or ;
_SPLIT_CHARS = re.compile(r"[.!?;\n]")


def _split_starts(text: str) -> Iterator[int]:
    for m in _SPLIT_CHARS.finditer(text):
        i = m.start()
        c = text[i]
        if c in ".\n":
            yield i
        if c != "\n":
            yield i + 1


_WRAP_RE = re.compile(
    # both alternatives end a line: the leading lookahead rejects every other position at one character test
    r"(?=[ \t]*\n)(?:"
    # (not onto a field label: "rest of face nl\ndiscussion: options ...", "... same session\nproc 2: ln2 ...")
    r"(?<=[a-z0-9,&/(-])[ \t]*\n(?=[ \t]*[a-z0-9(])(?![ \t]*\d{1,2}[.)]\s)(?![ \t]*[a-z][a-z/&]{1,14}(?:[ \t]*#?\d{1,2})?:[ \t])|"
    # fixed-width capitals dictation: "... NECK ONE\n                    CATCHES ON HER NECKLACE" (an indented run-on)
    r"(?<=[A-Z0-9,])[ \t]*\n(?=[ \t]{4,}[A-Z0-9(])(?![ \t]*\d{1,2}[.)]\s)|"
    # a long prose line that stops mid-sentence runs on onto a capital word that is no label or item ("... We
    # offered\nED&C, imiquimod or a standard excision.")
    r"(?<=[^\n|]{70})(?<=[a-z,])[ \t]*\n(?=[A-Z][A-Za-z&]*[ \t,;)])(?![A-Za-z][\w /&()-]{0,30}:)(?![^\n]*\|)|"
    # a line that stops on a preposition, article or conjunction runs on, whatever the next line's case ("at an
    # urgent care clinic in\nDecember.")
    r"(?:(?<=\sin)|(?<=\son)|(?<=\sat)|(?<=\sof)|(?<=\sto)|(?<=\sby)|(?<=\sfor)|(?<=\sfrom)|(?<=\swith)|(?<=\sthe)|"
    r"(?<=\sa)|(?<=\san)|(?<=\sand)|(?<=\sor)|(?<=\shis)|(?<=\sher)|"
    # a title before the name on the next line: "at Lakeshore Mohs (Dr.\nHalvorsen's separate practice)"
    r"(?<=\bDr\.)|(?<=\bMr\.)|(?<=\bMrs\.)|(?<=\bMs\.))[ \t]*\n(?=[ \t]*[A-Za-z]))"
)


def sentences(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets (see :func:`_sentences`)."""
    out = _sentences(text)
    if base:
        return [(a + base, b + base) for a, b in out]
    return list(out)


def sentence_at(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the sentence of ``text`` that holds ``pos``; None when none does."""
    sents = _sentences(text)
    # the sentences are in order and disjoint: the one holding pos is the last one starting at or before it
    i = bisect_right(sents, (pos, float("inf"))) - 1
    return sents[i] if i >= 0 and pos < sents[i][1] else None


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence of ``text`` that holds ``pos`` (the whole text when none does)."""
    return sentence_at(text, pos) or (0, len(text))


# "my friend had melanoma", "mother with BCC": another person's diagnosis
OTHER_PERSON = FoldedPattern(re.compile(
    r"\b(?:friend|mother|mom|father|dad|sister|brother|wife|husband|spouse|daughter|son|aunt|uncle|cousin|"
    # (a relative clause keeps the person: "Her daughter, who was recently treated for melanoma")
    r"grand(?:mother|father|ma|pa)|neighbou?r|relative|family\s+(?:history|hx)|fhx|fh)\b(?:,\s*(?:who|whose)\b)?"
    r"(?:[^.;,\n]|\n(?![ \t]*\n)){0,45}$",
    re.I,
))


# a form's unticked option just before a mention: "[ ] Shave biopsy", "☐ Excision", "[ ] inflamed/irritated"
UNCHECKED_BOX = CheckedPattern(
    re.compile(r"(?:\[\s*\]|\(\s*\)|☐|□)(?:[^\[\]()☐☒☑□\n]|\((?!\s*\)))[^\[\]☐☒☑□\n)]{0,25}$")
)


def unticked(text: str, pos: int) -> bool:
    """The mention at ``pos`` is a form's unticked option ("[ ] Shave biopsy", "☐ PUVA", "[ ] acne")."""
    return UNCHECKED_BOX.search(text, max(0, pos - 30), pos) is not None


def assertion_in(text: str, start: int, end: int) -> str:
    """:func:`assertion` of the mention at [start, end) of ``text``, judged within its own sentence."""
    a, b = sentence_bounds(text, start)
    return assertion(text[a:b], start - a, end - a)


@lru_cache(maxsize=16384)
def _sentences(text: str, base: int = 0) -> tuple[tuple[int, int], ...]:
    """Sentence (start, end) offsets; splits on . ! ? ; and line breaks but not on decimal points nor on a
    line break that only wraps a sentence ("treated with LN2,\n2 freeze-thaw cycles")."""
    if "\n" in text:
        text = _WRAP_RE.sub(lambda m: " " * len(m.group(0)), text)
    out: list[tuple[int, int]] = []
    pos = 0
    for m in finditer_at(_SENT_SPLIT, text, _split_starts(text)):
        if m.start() > pos:
            out.append((base + pos, base + m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((base + pos, base + len(text)))
    return tuple((s, e) for s, e in out if text[s - base : e - base].strip())


# ----------------------------------------------------------------------------------- ConText / NegEx
NEG_PRE = re.compile(
    r"\b(?:no|not|none|denies|denied|declines?|declined|refuses?|refused|without|negative\s+for|never|stopped"
    r"|"
    r"discontinued|"
    r"defer|deferred|defers|holds?\s+off(?:\s+on)?|opted\s+(?:against|out\s+of)|did\s+not|does\s+not|do\s+not|"
    r"(?:don|doesn|didn|haven|hasn|hadn|isn|aren|wasn|weren|won)[’']?t|"
    r"can[’']?t(?!\s+(?:be\s+)?(?:excluded|ruled\s+out|rule\s+out|exclude)\b)|"  # not "BCC can't be excluded"
    r"no\s+evidence\s+of|not\s+(?:performed|done|indicated|needed|necessary)|rather\s+than|instead\s+of|"
    r"wishes\s+to\s+(?:defer|avoid|hold)|cancell?ed|postponed|not\s+today|"
    r"nothing\s+(?:requiring|needing|that\s+needs?|to\s+suggest)|without\s+(?:the\s+)?need\s+for|nothing)\b",
    re.I,
)
NEG_POST = re.compile(
    r"\b(?:declined|deferred|not\s+(?:performed|done|indicated|needed|necessary|today|required|feasible|possible|"
    r"practical|an\s+option)|"
    r"was\s+not|were\s+not|refused|postponed|cancell?ed|held|"
    r"(?:is|was)\s+declined|not\s+desired|unnecessary|not\s+(?:yet\s+)?(?:started|begun|initiated)|"
    r"nothing\s+(?:was\s+)?done)\b",  # "pt wants to think about 5fu vs exc, nothing done today"
    re.I,
)
HYPO_PRE = re.compile(
    r"\b(?:chooses|chose|elects?|opts?\s+for|referral\s+(?:order\s+)?(?:placed\s+)?(?:to|for)|to\s+plan|"
    r"order(?:ed|s)?\s+(?:placed\s+)?for|"
    r"discuss(?:ed|ing)?|consider(?:ed|ing)?|will|(?:we|i|she|he|they)['’]ll|may\s+(?:need|require|consider|benefit)|might|could|"
    r"(?:we|you|i)\s+can|can\s+(?:be\s+)?(?:treat(?:ed)?|offer(?:ed)?|consider(?:ed)?|tr(?:y|ied))|wo"
    r"uld|"
    r"if\s+(?:it|this|lesion|they|the|there|no|not|any|persist|grow|change|recur|symptom|worse|needed)|"
    r"plan(?:s|ned)?\s+(?:to|for|an?|the)|scheduled?\s+for|schedule|to\s+be\s+scheduled|recommend(?:ed|s)?|"
    r"to\s+be\s+(?:planned|determined|decided|discussed|arranged)|expect(?:s|ed)?(?!\s+(?:results?|path))|"
    r"offered|options?\s+(?:include|including|of|for|are|were)|candidate\s+for|"
    r"return\s+(?:for|in)|next\s+visit|next(?=\s+(?:full|total|annual|yearly|skin|body|fse|fbse|tbse)\b|\s*$)|at\s+(?:a\s+)?(?:later|future)|"
    # "RTC 2-3 weeks for biopsy", "f/u in 1 month for ED&C"
    r"(?:rtc|f/u|follow[- ]?up|come\s+back)\s+(?:in\s+)?(?:[\d-]+\s*(?:days?|d|weeks?|wks?|months?|mos?)\s+)?for|"
    r"re-?check\s+(?:in\s+)?[\d-]+\s*(?:days?|d|weeks?|wks?|wk|months?|mos?|m|mo)|"  # "Recheck 6 wk, bx then if ..."
    r"referr(?:ed|al)\s+(?:to|for)|refer\s+(?:to|for)|prefers?|wants?\s+to|interested\s+in|"
    r"(?:asked|asks|inquired|inquires|enquired|questions?)\s+(?:\w+\s+)?about|whether|"
    r"(?:selected|chosen|marked|slated|earmarked|targeted)\s+for|"
    r"decid(?:e|ing)\s+(?:on|about|whether)|"
    r"(?:i|we)['’]d\s+like|(?:would|'d)\s+like\s+(?:you|her|him|them)\s+to|thought\s+about|think(?:ing)?\s+about|"
    r"risks?,?\s*(?:and\s+|/\s*)?benefits|alternatives?\s*\(|counsel(?:l?ed|ing)|educat(?:ed|ion)|explained|reviewed\s+(?:options?|ri"
    r"sks?)|"
    r"options?\s*(?:\(|:)|"
    r"should|pending\s+(?:insurance|authorization|approval)|prn|as\s+needed|possible|possibly|potential(?:ly)"
    r"?|"
    r"eligible|hypothetical|can\s+(?:be|do|consider)|in\s+the\s+future)\b|"
    r"\bprecautions(?:\s+(?:given|reviewed|discussed))?\s*(?:\(|:|for\b)|"  # "Return precautions given (... bleeding)"
    r"\bmay\s+(?:\w+/)?$",  # what the mention may do: "May lighten/darken, blister care reviewed"
    re.I,
)
HYPO_POST = re.compile(
    r"\b(?:(?:was|were|is|are)\s+)?(?:discussed|considered|offered|recommended|suggested|advised|planned|"
    r"ordered|requested|appropriate|indicated)\b|\b(?:order\s+placed|pending\s+(?:pa|prior\s+auth\w*|"
    r"authori[sz]ation|approval))\b|"
    r"\b(?:if\s+(?:it\s+)?(?:persists|grows|changes|recurs|worsens|enlarges|bleeds)|if\s+needed|only\s+if|"
    r"if\s+no\s+improvement|if\s+not\s+(?:improved|improving|better|resolved|cleared|clearing)|if\s+no\s+better|"
    r"next\s+(?:visit|time|appointment)|at\s+(?:a\s+)?(?:later|future)\s+(?:date|visit)"
    r"|"
    r"in\s+the\s+future|as\s+needed|prn|to\s+be\s+(?:scheduled|arranged|booked|set\s+up)|will\s+be\s+scheduled|option|"
    # "ILK to the scar at 2 wk and 4 wk post-op": a later visit's
    r"at\s+\d{1,2}\s*(?:wks?|weeks?|mos?|months?)(?:\s+and\s+\d{1,2}\s*(?:wks?|weeks?|mos?|months?))?\s+post[- ]?op|"
    r"would\s+be\s+(?:next|considered|offered|needed|an\s+option)|"
    # "ED&C vs excision to be decided at f/u", "Excision vs Mohs - TBD"
    r"to\s+be\s+(?:decided|determined|discussed|considered)|tbd|at\s+(?:the\s+)?(?:f/u|follow[- ]?up)(?:\s+visit)?|"
    r"will\s+(?:start|begin|resume|commence|be\s+(?:started|done|performed|repeated))|"
    r"in\s+(?:\d{1,2}|one|two|three|four|six|twelve)(?:\s*-\s*\d{1,2})?\s*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)|"
    r"(?:is|are|was|were|been|has\s+been|already)\s+(?:already\s+|now\s+)?(?:scheduled|booked|planned|arranged)|"
    r"appointment)\b",
    re.I,
)
HIST_PRE = re.compile(
    r"\b(?:s/p|status\s+post|post(?=[- ]?$)|history\s+of|hx(?:\s+of)?|h/o|previous(?:ly)?|prior|past|formerly|"
    r"original\s+(?:procedure|surgery|operation)|index\s+(?:procedure|surgery)|"
    r"cop(?:ied|y)[- ](?:fwd|forward)|copied\s+from|carried\s+forward|(?:whom|who)\s+(?:i|we)\s+(?:treated|operated\s+on)(?:\s+\w+)?|"
    r"unrelated\s+to|"
    r"related\s+to|after\s+(?:the|his|her)|since\s+(?:the|his|her)|"
    # "here for suture removal from the excision on her shoulder": the operation the stitches closed
    r"(?:sutures?|stitches|staples)\s+(?:removal|out|removed)\s+(?:from|of|after|following)\s+(?:the|her|his|their)|"
    r"had|(?:healing|healed|recovering|recovery|course|doing\s+(?:well|fine|great|ok))\s+(?:\w+\s+){0,3}(?:after|from|following)|"
    r"(?:on|last)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*)?\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    r"(?:on|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"last\s+(?:year|month|visit|yr|mo)|yesterday|(?:days?|weeks?|months?|wks?)\s+(?:after|since|following|s/p|out\s+from)|"
    r"(?:pod|day|week|wk)\s*#?\s*\d{1,3}\s+(?:from|after|following|s/p|post)|"
    r"(?:days?|weeks?|wks?|months?)[- ](?:post[- ]?op\s+)?(?:check|visit|follow[- ]?up|f/u|recheck)\s+(?:after|from|following|s/p)|in\s+(?:19|20)\d\d|(?:19|20)\d\d\s|"
    r"(?:years?|months?|weeks?|days?)\s+ago(?:\s*\()?|was\s+previously\s+treated|failed|tried)\b|"
    r"\([^()\n]{0,40}?\bafter\s+(?:an?\s+)?$",  # "(booked at walk-in 12/08 after I&D)": the earlier procedure
    re.I,
)
HIST_POST = re.compile(
    r"\b(?:in\s+(?:19|20)\d\d|in\s+(?:nineteen|twenty)[\s-]+[a-z]+(?:[\s-][a-z]+)?|"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|few|some)\s+(?:years?|months?|weeks?|days?)\s+ago|"
    r"last\s+(?:year|month|visit|week|yr|mo|wk)|previously|in\s+the\s+past|yesterday|"
    r"at\s+(?:the\s+)?(?:last|prior|previous)\s+v"
    r"isit|"
    r"on\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?<![/\d])\d{1,2}/(?:19|20)\d\d(?![/\d])|"
    r"(?<![/\d.-])(?:19|20)\d\d(?![/\d-])|"  # "Mohs L ear 2022", "excision 08/2025"
    r"on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?!\d)|(?:the\s+)?(?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth|"
    r"(?:twenty|thirty)[- ]\w+))|"  # "on June 10", "on November fourth"
    r"in\s+(?:january|february|march|april|june|july|august|september|october|november|december))\b",
    re.I,
)
AFFIRM = re.compile(
    r"\b(?:performed|used|was\s+done|were\s+done|done\s+today|completed|obtained|taken|carried\s+out|"
    r"proceeded|treated\s+(?:today|with)|removed|excised|sent\s+(?:to|for)|today\s+we|was\s+taken|"
    r"were\s+taken|achieved|applied|administered|injected|undertaken|consented\s+and)\b",
    re.I,
)
TERMINATE = re.compile(
    r",\s+and\b|,\s+then\b|\s[-–—]\s|\b(?:but|however|although|though|yet|except|then|so|therefore|a"
    r"nd\s+then|instead)\b"
    r"|[;:]",
    re.I,
)


# a procedure booked for a later day: "booked in the ambulatory OR tomorrow", "scheduled for next week"
_BOOKED_FOR = r"\b(?:booked|scheduled|planned|set\s+up)\b[^.;\n]{0,50}\b"
_FUTURE_BOOKED = re.compile(_BOOKED_FOR + r"(?:tomorrow|next\s+(?:week|month))\b", re.I)
BOOKED_TOMORROW = FoldedPattern(re.compile(_BOOKED_FOR + r"tomorrow\b", re.I))


_CONDITIONAL_START = re.compile(
    r"^\W{0,4}(?:\d{1,2}[.)]\s*)?(?:[A-Za-z/&]{1,12}\s*:\s*)?(?:plan\s+)?(?:if|should|unless|in\s+case|in\s+the\s+event|"
    r"pending)\b",
    re.I,
)


_DISCUSS_START = re.compile(
    r"^\W{0,4}(?:\d{1,2}[.)]\s*)?(?:[a-z/ ]{1,20}:\s*)?(?:we\s+|i\s+|the\s+patient\s+and\s+i\s+|provider\s+)?"
    r"(?:discussed|reviewed|went\s+over|talked\s+about|counsel(?:l)?ed\s+(?:on|about|regarding))\b|"
    r"^\W{0,4}(?:[a-z/ ]{1,20}:\s*)?(?:treatment\s+|repair\s+|reconstructive\s+|closure\s+)?options\b",
    re.I,
)
_NEW_CLAUSE = re.compile(r"(?:,\s*and|;|\bthen)\s+(?:[a-z]+\s+){0,4}(?:was|were|is|are|has|have|had)\s", re.I)
_DISCUSSED_POST = re.compile(
    r"\b(?:were|was|are|is)\s+(?:\w+\s+)?(?:discussed|considered|offered|mentioned|recommended|proposed)\b",
    re.I,
)


_TREATMENT = (
    r"(?:mohs|(?:re-?)?excision|(?:re-?)?exc|wle|ed\s*&\s*c|edc|c\s*&\s*e|curettage|cryo\w*|ln2|shave|punch|biopsy|"
    r"radiation|xrt|imiquimod|efudex|5-?fu|pdt|laser|observation|observe|watch\w*)"
)
_ALTERNATIVE_BEFORE = re.compile(r"\b" + _TREATMENT + r"\s*(?:vs\.?|versus)\s+$", re.I)
_ALTERNATIVE_AFTER = re.compile(r"\s*(?:vs\.?|versus)\s+" + _TREATMENT + r"\b", re.I)


def last(it):
    """The last item of an iterator (None when empty)."""
    item = None
    for item in it:  # noqa: B007 - deliberately keeps the last one
        pass
    return item


class _AssertionRx:
    """The assertion detector's patterns, either as written or case-folded (for lower-cased ASCII text)."""

    __slots__ = (
        "term",
        "aff",
        "neg_pre",
        "neg_post",
        "hypo_pre",
        "hypo_post",
        "hist_pre",
        "hist_post",
        "disc",
        "empty",
        "nothing",
        "discuss",
        "new_clause",
        "booked",
        "today",
    )

    def __init__(self, folded: bool) -> None:
        def pick(p: re.Pattern[str]) -> re.Pattern[str]:
            return (FoldedScanner(p).lower_rx or p) if folded else p

        self.term, self.aff = pick(TERMINATE), pick(AFFIRM)
        self.neg_pre, self.neg_post = pick(NEG_PRE), pick(NEG_POST)
        self.hypo_pre, self.hypo_post = pick(HYPO_PRE), pick(HYPO_POST)
        self.hist_pre, self.hist_post = pick(HIST_PRE), pick(HIST_POST)
        self.disc = pick(_DISCUSSED_POST)
        self.empty, self.nothing = pick(_EMPTY_FIELD), pick(_NOTHING_AFTER)
        self.discuss, self.new_clause = pick(_DISCUSS_START), pick(_NEW_CLAUSE)
        self.booked, self.today = pick(_FUTURE_BOOKED), pick(_TODAY_WORD)


_NOTHING_AFTER = re.compile(r"(?:/[a-z]+)*[ \t]+(?:nothing|none|n/a(?![\w/]))\b", re.I)  # "pared nothing", "Flap/graft N/A"
_EMPTY_FIELD = re.compile(
    r"[^:=\n.;]{0,80}[:=][ \t]*(?:(?:none|nothing|n/a|no|n|not\s+(?:done|performed|applicable|used|given))(?![\w/])"
    # not "Cryotherapy: no complications"; "Flap: N/A      Graft: N/A" (the next field's label follows) is empty
    r"(?![ \t]+[a-z]+\b(?![ \t]*:))|\*{3}|_{3})",
    re.I,
)


@lru_cache(maxsize=16384)
def assertion(text: str, start: int, end: int) -> str:
    """Classify the mention at [start, end) in its sentence: affirmed | negated | hypothetical | historical.

    ``text`` should be the sentence (or a slightly larger window); offsets are relative to it.
    Pre-triggers scope forward to a terminator; post-triggers scope backward to a terminator.
    An explicit "performed/obtained/removed" in the same clause overrides hypothetical cues.
    """
    if text.isascii():  # case-folded scans on the lower-cased sentence (same offsets; see extract/scan.py)
        low, rx = text.lower(), _FOLDED
    else:
        low, rx = text, _PLAIN
    left = low[:start]
    right = low[end:]
    # clause boundaries
    lt = last(rx.term.finditer(left))
    if lt is not None and lt.group(0).strip() == "then" and _IF_BEFORE.search(left, 0, lt.start()):
        return "hypothetical"  # "return if it recurs (then matricectomy)"
    lclause = left[lt.end() :] if lt else left
    rt = rx.term.search(right)
    if len(lclause.strip(" -*•\t")) <= 12 and rx.empty.match(right):
        # a field left empty: "Psoralen: none", "Flap / graft: ***", "Topical tar or other photosensitizing
        # preparation applied before UV: NONE"
        return "negated"
    if rt and rt.group(0) == ":" and rt.start() <= 40 and len(lclause.strip(" -*•\t")) <= 12:
        rt = rx.term.search(right, rt.end())  # "- Excimer to periocular patches: discussed, not started": a label
        if rt and not right[: rt.start()].split(":")[-1].strip(" *_[]{}"):
            rt = rx.term.search(right, rt.end())  # "Excision of cyst wall: *** - not performed": a blank field
    rclause = right[: rt.start()] if rt else right
    rclause_short = rclause[:60]
    lclause_short = lclause[-70:]
    last_aff_left = last(rx.aff.finditer(lclause_short))
    aff_right = rx.aff.search(rclause_short)
    affirmed = bool(last_aff_left or aff_right)
    neg = last(rx.neg_pre.finditer(lclause_short))
    if neg and rx.aff.search(lclause_short[neg.end() :]):
        neg = None  # "Diluted? no - used Kenalog": an affirming verb after the cue ends its scope
    if neg:
        gap = lclause_short[neg.end() :]
        # a negated list: "do not itch, bleed, catch or get irritated", "none of them itch, bleed, hurt, catch on
        # clothing or glasses, or have changed"
        limit = 14 if gap.count(",") >= 2 else 9 if re.search(r",|\bor\b", gap) else 6
        if len(gap.split()) <= limit or neg.group(0).lower().startswith(("declin", "defer", "refus", "deni")):
            return "negated"
    elif len(lclause) > 70 and _DENIES_LIST.search(lclause[-160:]):
        return "negated"  # "Denies itching, bleeding, irritation, catching on clothing, or any recent change in size"
    if rx.neg_post.search(rclause_short[:45]) or rx.nothing.match(right):
        return "negated"  # "LN2 not done"; "pared nothing"
    if rx.discuss.match(low) and not rx.aff.search(low) and not rx.new_clause.search(left):
        return "hypothetical"  # "We discussed Mohs surgery, standard excision, and ED&C for this lesion."
    cond = _CONDITIONAL_START.match(text)
    if cond and re.search(r",|:|->|→|=>|\bthen\b", text[cond.end() : start]) and not affirmed:
        # "If margins involved, re-excision vs Mohs", "Plan if margins positive: re-excision vs Mohs": the consequent
        return "hypothetical"
    if not affirmed and (_ALTERNATIVE_BEFORE.search(left[-40:]) or _ALTERNATIVE_AFTER.match(right)):
        return "hypothetical"  # "(Mohs vs excision vs ED&C)": treatments weighed against each other, none chosen
    hyp = last(rx.hypo_pre.finditer(lclause_short))
    if hyp and (
        not affirmed
        or (last_aff_left is not None and hyp.start() > last_aff_left.end() and not aff_right)
        or (last_aff_left is None and aff_right is None)
    ):
        return "hypothetical"
    dp = rx.disc.search(rclause[:90])
    if dp and not rx.aff.search(rclause[: dp.start()]) and last_aff_left is None:
        return "hypothetical"  # "LN2 cryotherapy and excision with radiation were discussed as options"
    hp = rx.hypo_post.search(rclause_short[:50])
    if hp and (
        not affirmed or (aff_right is None or aff_right.start() > hp.start()) and last_aff_left is None
    ):
        return "hypothetical"
    if not affirmed and rx.booked.search(rclause[:120]):
        return "hypothetical"  # "wide local excision with rotation flap ..., booked in the OR tomorrow 03/06"
    label = left[max(0, lt.start() - 60) : lt.start()] if lt is not None and lt.group(0) == ":" else ""
    post = rx.hist_post.search(rclause_short[:40])
    # "today" says the mention is today's work, unless it comes after the history cue ("whose Mohs surgery on the
    # nose last year healed well, asked today ...")
    today = rx.today.search(lclause_short + (rclause_short[: post.start()] if post else rclause_short))
    if (
        rx.hist_pre.search(lclause_short[-45:])
        or post
        or _PAST_START.match(low)  # "Yesterday we cleared a BCC of the left nasal dorsum in a single Mohs stage."
        or (label and rx.hist_pre.search(label.split("\n")[-1] + " "))  # "Original procedure: excision ..."
    ) and not today:
        return "historical"
    return "affirmed"


# the header of an attestation, addendum, late entry or coding-query response (extract/corrections.py)
CORRECTION_HEAD = re.compile(
    r"^[ \t]*(?:[#*>\-]+[ \t]*)?(?:[A-Za-z/&]+[ \t]+){0,5}?(?:attestation|addendum|late[ \t]+entry|"
    r"response[ \t]+to[ \t]+(?:the[ \t]+)?(?:coding[ \t]+|coder[ \t]+|billing[ \t]+)?query|"
    r"(?:coding[ \t]+)?query[ \t]+response|amendment)\b[^\n]{0,40}?(?::|$|-)",
    re.I | re.M,
)
Q_LINE = re.compile(r"[ \t]*Q\s*\d{0,2}\s*[:.)]\s")  # a template question: "Q: Biopsy #1 - technique / site?"
_A_NO = re.compile(r"[^\n]*\n[ \t]*A\s*\d{0,2}\s*[:.)][ \t]*(?:no\b|none\b|n/a\b|not\b|denies|negative)", re.I)


# an asked question answered no on the spot: 'Occasional itch? "Not really."', "Bleeding? No."
_ASKED_NO = re.compile(r"[^.!?\n]{0,80}\?\s{0,3}[\"\u201c']?(?:no\b|not\s+really|none\b|nope\b|denies|negative)", re.I)


def question_denied(text: str, pos: int) -> bool:
    """``pos`` is in a question whose answer denies it: a template's "Q: Symptoms (itch / bleeding)?" / "A: None",
    or an asked question answered on the spot ('Occasional itch? "Not really."')."""
    ls = text.rfind("\n", 0, pos) + 1
    if Q_LINE.match(text, ls) and _A_NO.match(text, pos):
        return True
    return "?" in text and bool(_ASKED_NO.match(text, pos))


_TODAY_WORD = re.compile(r"\btoday\b", re.I)
_PAST_START = re.compile(r"\W{0,3}(?:yesterday|last\s+(?:week|month|year)|(?:\d{1,2}|two|three|four|five|six)\s+(?:days|weeks)\s+ago)\b", re.I)
# a long list under "denies": every item up to the mention is one comma/"or" list of short noun phrases
_DENIES_LIST = re.compile(r"\b(?:denies|denied|negative\s+for)\s+(?:[\w/-]+(?:\s+[\w/-]+){0,3}\s*(?:,|\bor\b|\band\b)\s*){3,}(?:(?:or|and|any)\s+)*(?:[\w/-]+\s+){0,3}$")
_IF_BEFORE = re.compile(r"\b(?:if|when|unless|should)\b[^;]*$")


_PLAIN = _AssertionRx(folded=False)
_FOLDED = _AssertionRx(folded=True)
