"""The first-character dispatch and the word-start filter of the folded scanners (extract/scan.py) find
exactly what the pattern as written finds: same spans, same groups."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from server.coding.extract.dx import _DX_SCAN
from server.coding.extract.facts import _IND_SCAN
from server.coding.extract.scan import by_first_char
from server.coding.extract.scan import start_filter
from server.coding.extract.services import _KIND_SCAN
from server.coding.extract.sites import _LEX_SCAN

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _found(rx: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.lastgroup, m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize(
    "pattern,rewritten",
    [
        ("chest|back|coccyx", "(?:chest|coccyx)|back"),
        ("(?:upper|lower)[- ]?back|umbilicus", "(?:upper[- ]?back|umbilicus)|lower[- ]?back"),
        # an alternative that may match at the same character is never passed
        ("cat|\\w+|cow", "cat|\\w+|cow"),
        ("(?:a|b)?x|ay|az", "(?:a|b)?x|(?:ay|az)"),
        # capturing groups keep their numbers; a group-led alternative gets a first-character lookahead
        ("(?P<g0>ab|cd)|(?P<g1>ef)", "(?=[ac])(?P<g0>ab|cd)|(?=[e])(?P<g1>ef)"),
        ("(a)|b(c)|(d)", "(?=[a])(a)|b(c)|(?=[d])(d)"),
        # lookbehinds are left as written
        ("(?<=ab|cd)x", "(?<=ab|cd)x"),
    ],
)
def test_rewrite(pattern: str, rewritten: str) -> None:
    assert by_first_char(pattern) == rewritten


@pytest.mark.parametrize(
    "scanner", [_DX_SCAN, _LEX_SCAN, _KIND_SCAN, _IND_SCAN], ids=["dx", "sites", "kinds", "ind"]
)
def test_same_matches_as_written(scanner) -> None:
    written = re.compile(scanner.rx.pattern, scanner.rx.flags & ~re.IGNORECASE)
    assert scanner.lower_rx.pattern != written.pattern
    texts = []
    for p in sorted(CORPUS.glob("*/*.json"))[::7]:
        texts.append(json.dumps(json.loads(p.read_text())["bundle"]).lower())
    for text in texts:
        assert _found(scanner.lower_rx, text) == _found(written, text)


@pytest.mark.parametrize(
    "pattern,starts",
    [
        (r"\b(?:ab|cd)x", r"\b(?=(?:abx|cdx))"),
        # a repeat's first round only; an optional part may be skipped; the shortest prefix is enough
        (r"\bfoo(?:bar)*", r"\b(?=foo)"),
        (r"\b(?:a|b)?c{2,}", r"\b(?=(?:ac|bc|c))"),
        # a leading lookahead's class narrows the first character ("-" cannot start a match)
        (r"\b(?=[a-z])(?:-l)?arm", r"\b(?=arm)"),
        # not at a word start, or no short literal prefix: no filter
        (r"ab|cd", None),
        (r"\b\w+", None),
        (r"\b(?:x|\w)", None),
        (r"\b(?:x)?", None),
    ],
)
def test_start_filter(pattern: str, starts: str | None) -> None:
    f = start_filter(re.compile(pattern))
    assert (f.pattern if f is not None else None) == starts


@pytest.mark.parametrize(
    "scanner", [_DX_SCAN, _LEX_SCAN, _KIND_SCAN, _IND_SCAN], ids=["dx", "sites", "kinds", "ind"]
)
def test_word_start_filter_finds_the_same(scanner) -> None:
    assert scanner.starts is not None  # the lexicon scanners only try the word starts their words begin
    texts = [json.dumps(json.loads(p.read_text())["bundle"]) for p in sorted(CORPUS.glob("*/*.json"))[3::7]]
    texts += ["L. forearm", "back of the R hand", "R cheek 4mm", "pt's shave bx x2", "h/o BCC", "(itching)"]
    for text in texts:
        assert _found(scanner, text) == _found(scanner.lower_rx, text.lower())


def test_sentence_split_points_are_tried_only_where_they_can_start() -> None:
    from server.coding.extract import text as tx

    texts = [json.loads(p.read_text())["bundle"] for p in sorted(CORPUS.glob("*/*.json"))[5::9]]
    texts = [json.dumps(b, indent=1).replace('\\"', "") for b in texts]
    texts += ["Done. Next", "a.\n\nB", "x;  y", "approx. two", "abc. def", "(a).B", "one..two", "?! A", ""]
    for text in texts:
        expected = [m.span() for m in tx._SENT_SPLIT.finditer(text)]
        assert [m.span() for m in tx.finditer_at(tx._SENT_SPLIT, text, tx._split_starts(text))] == expected


def _folded_patterns() -> list:
    import sys

    import server.coding  # noqa: F401 - imports the engine modules
    from server.coding.extract.scan import FoldedPattern

    found = {}
    for name, mod in list(sys.modules.items()):
        if name.startswith("server.coding"):
            for attr, value in vars(mod).items():
                # module constants, and those in a table of (name, pattern) pairs
                items = value if isinstance(value, list) else [value]
                for i, item in enumerate(items):
                    for x in item if isinstance(item, tuple) else (item,):
                        if isinstance(x, FoldedPattern):
                            label = f"{name.rsplit('.', 1)[-1]}.{attr}" + (f"[{i}]" if items is value else "")
                            found[id(x)] = pytest.param(x, id=label)
    return list(found.values())


@pytest.mark.parametrize("folded", _folded_patterns())
def test_folded_pattern_returns_the_patterns_own_matches(folded) -> None:
    texts = [json.dumps(json.loads(p.read_text())["bundle"]) for p in sorted(CORPUS.glob("*/*.json"))[1::29]]
    texts += ["Total AREA 12 SQ CM", "Excised Diameter 2.1 CM", "MOHS Stage 2", "naïve 3 cm", "RX: DOXY"]
    for text in texts:
        for pos, endpos in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            got = [(m.span(), m.groups(), m.string is text) for m in folded.finditer(text, pos, endpos)]
            assert got == [(m.span(), m.groups(), True) for m in folded.rx.finditer(text, pos, endpos)]
            m, want = folded.search(text, pos, endpos), folded.rx.search(text, pos, endpos)
            assert (m and (m.span(), m.groups())) == (want and (want.span(), want.groups()))
