"""The first-character dispatch of the folded scanners (extract/scan.py) finds exactly what the pattern as
written finds: same spans, same groups."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from server.coding.extract.dx import _DX_SCAN
from server.coding.extract.facts import _IND_SCAN
from server.coding.extract.scan import by_first_char
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
