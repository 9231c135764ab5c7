"""Every rule folder under tests/fixtures/rules/<ID>/ holds pass-*.json and fail-*.json fixtures; this
test runs all of them (engine rules DRM/DOC and the edits layer's rules alike) and checks that every
registered engine rule has both a passing and a failing fixture.

Two fixture formats are accepted:
- engine fixtures: ``{"description", "bundle": <FHIR Bundle>, "expect_rule_ids": [...],
  "expect_lines"?: [[code, units, [modifiers]], ...]}`` run through ``code_encounter``;
  "fired" = the rule ids of the findings;
- edits fixtures: ``{"description", "facts", "lines", "expect_rule_ids", "expect_lines"?}`` run through
  ``apply_edits``; "fired" = finding rule ids plus the rule ids recorded on lines.
A ``fail-*`` fixture must fire its folder's rule, a ``pass-*`` one must not; all ``expect_rule_ids`` fire.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import server.coding.engine  # noqa: F401 - registers the engine's rules
from server.coding.registry import RULES

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "rules"
FILES = sorted(p for p in FIXTURE_DIR.glob("*/*.json") if p.stem.startswith(("pass-", "fail-")))


def _run(data: dict, tables):
    if "bundle" in data:
        from server.coding.engine import code_encounter

        res = code_encounter(data["bundle"], tables)
        return {f.rule_id for f in res.findings}, res.lines
    from server.coding.edits import apply_edits
    from server.coding.rules.jsonio import facts_from_dict
    from server.coding.rules.jsonio import line_from_dict

    out = apply_edits(facts_from_dict(data["facts"]), [line_from_dict(x) for x in data["lines"]], tables)
    ids = {f.rule_id for f in out.findings}
    for ln in out.lines:
        ids.update(ln.rule_ids)
    return ids, out.lines


def _norm(lines) -> Counter:
    c: Counter = Counter()
    for ln in lines:
        if isinstance(ln, (list, tuple)):
            code, units, mods = ln
        else:
            code, units, mods = ln.code, ln.units, ln.modifiers
        c[(code, tuple(sorted(mods)))] += units
    return c


def test_fixture_files_found():
    assert any(p.parent.name.startswith("DRM") for p in FILES)
    assert any(p.parent.name.startswith("DOC") for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_rule_fixture(path: Path, tables):
    data = json.loads(path.read_text())
    rule_id = path.parent.name
    fired, lines = _run(data, tables)
    if path.stem.startswith("fail-"):
        assert rule_id in fired, f"{rule_id} did not fire; fired {sorted(fired)}"
    else:
        assert rule_id not in fired, f"{rule_id} fired on a passing fixture"
    missing = set(data.get("expect_rule_ids", ())) - fired
    if path.stem.startswith("pass-"):
        missing.discard(rule_id)
    assert not missing, f"expected rule ids not fired: {sorted(missing)} (fired {sorted(fired)})"
    if "expect_lines" in data:
        assert _norm(lines) == _norm(data["expect_lines"])


ENGINE_PREFIXES = ("DRM", "DOC")


@pytest.mark.parametrize("rule_id", sorted(r for r in RULES if r.startswith(ENGINE_PREFIXES)))
def test_engine_rule_has_pass_and_fail_fixture(rule_id):
    folder = FIXTURE_DIR / rule_id
    names = [p.stem for p in folder.glob("*.json")] if folder.exists() else []
    assert any(n.startswith("pass-") for n in names), f"{rule_id}: no pass fixture"
    assert any(n.startswith("fail-") for n in names), f"{rule_id}: no fail fixture"


@pytest.mark.parametrize("rule_id", sorted(r for r in RULES if r.startswith(ENGINE_PREFIXES)))
def test_engine_rule_docstring(rule_id):
    doc = RULES[rule_id].doc
    for part in ("Why:", "Example:", "References:"):
        assert part in doc, f"{rule_id}: docstring lacks {part}"
