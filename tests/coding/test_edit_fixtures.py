"""Runs the edit-rule fixtures in tests/fixtures/rules/<ID>/{pass,fail}-*.json through apply_edits.

Fixture format: ``{"description", "facts": {...}, "lines": [...], "expect_rule_ids": [...],
"expect_lines": [[code, units, [modifiers]], ...], "expect_diagnoses": [...]?}`` (see
server/coding/rules/jsonio.py for the facts/line fields). A ``fail-*`` fixture must fire its rule, a
``pass-*``
fixture must not; the set of fired rule ids and the resulting lines must equal the expectation.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from server.coding.edits import apply_edits
from server.coding.rules.jsonio import facts_from_dict
from server.coding.rules.jsonio import line_from_dict

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "rules"
PREFIXES = ("PTP", "MUE", "AOC", "MOD", "GLB", "DX", "NEC")
FILES = sorted(p for p in FIXTURE_DIR.glob("*/*.json") if p.parent.name.startswith(PREFIXES))


def fired(outcome) -> set[str]:
    ids = {f.rule_id for f in outcome.findings}
    for line in outcome.lines:
        ids.update(line.rule_ids)
    return ids


def run(path: Path):
    data = json.loads(path.read_text())
    outcome = apply_edits(facts_from_dict(data["facts"]), [line_from_dict(x) for x in data["lines"]], TABLES)
    return data, outcome


TABLES = None


@pytest.fixture(autouse=True)
def _tables(tables):
    global TABLES
    TABLES = tables


def test_fixtures_exist():
    assert len(FILES) >= 60


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_rule_fixture(path):
    data, outcome = run(path)
    rule_id = path.parent.name
    ids = fired(outcome)
    if path.stem.startswith("fail-"):
        assert rule_id in ids
    else:
        assert path.stem.startswith("pass-")
        assert rule_id not in ids
    assert ids == set(data["expect_rule_ids"])
    got = Counter((ln.code, ln.units, tuple(ln.modifiers)) for ln in outcome.lines)
    want = Counter((c, u, tuple(m)) for c, u, m in data["expect_lines"])
    assert got == want
    if "expect_diagnoses" in data:
        assert list(outcome.diagnoses) == data["expect_diagnoses"]
    for f in outcome.findings:
        assert f.message and len(f.message) < 140
        assert f.rule_id in f.detail and f.reference
        assert all(0 <= i < len(outcome.lines) for i in f.line_refs)
