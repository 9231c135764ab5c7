"""Blank out note text that names procedures without documenting that they were done today.

Real notes mention procedures everywhere: a clinic letterhead ("... Mohs Surgery Center"), SmartForm checkbox
menus ("[x] Cryotherapy  [ ] Shave biopsy  [ ] Excision"), consent and education templates ("the risks of Mohs,
excision and cryotherapy were reviewed"; "Mohs information sheet given"), and past surgical history. None of
those is a service on this date. :func:`mask_not_performed` replaces such regions with spaces, so the text keeps
its length and every character offset (evidence spans stay exact), and procedure extraction runs on what is left.
Diagnosis extraction keeps the full text: history still informs diagnoses (e.g. Z85.820).
"""

from __future__ import annotations

import re

# An unchecked box and its label: "[ ] Shave biopsy", "[  ] ILK", "☐ Excision", up to the next box or line end.
_UNCHECKED = re.compile(r"(?:\[\s{0,2}\]|☐|\(\s\))[ \t]*[^\[\]☐☑☒\n;|]*")
# A checked box marker (the label stays, the marker goes): "[x]", "[X]", "☑", "☒".
_CHECKED_MARK = re.compile(r"\[\s?[xX✓✔]\s?\]|☑|☒")

# A letterhead / department line: short, organisational, no clinical sentence.
_ORG = re.compile(
    r"\b(?:center|centre|clinic|institute|department|dept\.?|division|associates|group|practice|"
    r"specialists|letterhead|cutaneous\s+oncology|surgery\s+cent(?:er|re)|pllc|llc|p\.?c\.?|inc\.?)\b",
    re.I,
)
_CLINICAL_LINE = re.compile(r"\d\s*(?:mm|cm|mg|ml|cc)\b|\b(?:performed|excised|biopsied|treated|injected)\b", re.I)
_LABELLED_ORG = re.compile(r"^\s*(?:department|dept|clinic|location|facility|service|division)\s*:", re.I)

# Consent / education / counselling sentences that list procedures without performing one.
_TEMPLATE = re.compile(
    r"\b(?:risks?(?:,|\s+and)\s+benefits|benefits\s+and\s+alternatives|alternatives\s+(?:of|to|including)|"
    r"information\s+(?:sheet|packet|leaflet)|handouts?|brochures?|patient\s+education|educated\s+(?:on|about)|"
    r"consent\s*\(\s*standard|standard\s+(?:consent\s+)?template)\b",
    re.I,
)
_DONE_TODAY = re.compile(
    r"\b(?:was|were)\s+(?:then\s+)?(?:performed|done|excised|removed|treated|frozen|injected|curetted|"
    r"shaved|punched|biopsied|sent|closed|repaired|drained|incised|avulsed|taken)\b|"
    r"\b(?:performed|underwent)\s+today\b",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?](?=\s|$)|\n|$)")

# History sections: the header line and its continuation lines up to a blank line or the next header.
_HISTORY_HEADER = re.compile(
    r"^[ \t]*(?:past\s+surgical\s+history|surgical\s+history|past\s+(?:derm(?:atologic)?\s+)?procedures?|"
    r"procedure\s+history|psh|prior\s+procedures|previous\s+procedures)\b[^\n]*:?",
    re.I | re.M,
)
_NEXT_HEADER = re.compile(r"^[ \t]*[A-Z][A-Za-z /&()-]{1,40}:", re.M)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\n\r":
            chars[i] = " "


def _letterhead_lines(text: str) -> list[tuple[int, int]]:
    """Organisational lines: labelled ("Department: ...") anywhere, or unlabelled among the first 4 lines."""
    out: list[tuple[int, int]] = []
    pos = 0
    seen = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if _CLINICAL_LINE.search(line):
            continue
        if _LABELLED_ORG.match(line) or (seen <= 4 and len(stripped) <= 100 and _ORG.search(line)
                                         and ":" not in stripped and not stripped.endswith(".")):
            out.append((start, end))
    return out


def _history_sections(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _HISTORY_HEADER.finditer(text):
        end = text.find("\n\n", m.end())
        end = len(text) if end < 0 else end
        nxt = _NEXT_HEADER.search(text, text.find("\n", m.start()) + 1 if "\n" in text[m.start():] else len(text))
        if nxt and nxt.start() < end:
            end = nxt.start()
        out.append((m.start(), end))
    return out


def mask_not_performed(text: str) -> str:
    """``text`` with letterheads, unchecked boxes, consent/education templates and surgical history blanked.

    The result has the same length as ``text``; only masked characters change (to spaces).
    """
    if not text:
        return text
    chars = list(text)
    for start, end in _letterhead_lines(text):
        _blank(chars, start, end)
    for m in _UNCHECKED.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _CHECKED_MARK.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        if sentence.strip() and _TEMPLATE.search(sentence) and not _DONE_TODAY.search(sentence):
            _blank(chars, m.start(), m.end())
    for start, end in _history_sections(text):
        _blank(chars, start, end)
    return "".join(chars)
