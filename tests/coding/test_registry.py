"""The rule registry: stable ids, documented rules, pass/fail fixtures for each, docs/rules.md up to date."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from server.coding.registry import RULE_ID
from server.coding.registry import RULES
from server.coding.registry import rule

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "rules"


def _rules_doc():
    spec = importlib.util.spec_from_file_location("dermplug_rules_doc", ROOT / "tools" / "rules_doc.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("dermplug_rules_doc", mod)
    spec.loader.exec_module(mod)
    return mod


rules_doc = _rules_doc()
ALL = rules_doc.load_rules()
IDS = sorted(ALL)
EDIT_PREFIXES = ("PTP", "MUE", "AOC", "MOD", "GLB", "DX", "NEC")


def test_edit_rule_families_are_all_registered():
    for prefix in EDIT_PREFIXES:
        assert any(i.startswith(prefix) for i in IDS), prefix
    assert len([i for i in IDS if i.startswith(EDIT_PREFIXES)]) >= 25


def test_ids_match_the_pattern_and_the_key():
    for rid, r in ALL.items():
        assert RULE_ID.match(rid), rid
        assert r.id == rid
        assert getattr(r.func, "rule_id", None) == rid


def test_ids_are_unique_across_functions():
    funcs = [r.func for r in ALL.values()]
    assert len({id(f) for f in funcs}) == len(funcs)


def test_registering_a_duplicate_id_fails():
    some = IDS[0]
    with pytest.raises(ValueError, match="duplicate"):
        rule(some, family="x")(lambda ctx: None)
    assert RULES[some] is ALL[some]


def test_bad_id_is_refused():
    with pytest.raises(ValueError, match="bad rule id"):
        rule("XX1", family="x")
    with pytest.raises(ValueError):
        rule("PTP01", family="x")


@pytest.mark.parametrize("rid", IDS)
def test_rule_docstring_has_why_and_example(rid):
    doc = ALL[rid].doc
    assert ALL[rid].summary, rid
    assert re.search(r"^\s*Why:", doc, re.M), f"{rid}: no Why:"
    assert re.search(r"^\s*Example:", doc, re.M), f"{rid}: no Example:"


@pytest.mark.parametrize("rid", [i for i in IDS if i.startswith(EDIT_PREFIXES)])
def test_edit_rules_cite_a_source(rid):
    assert re.search(r"^\s*References:\s*\S", ALL[rid].doc, re.M), rid


@pytest.mark.parametrize("rid", [i for i in IDS if not ALL[i].deprecated])
def test_rule_has_pass_and_fail_fixtures(rid):
    folder = FIXTURES / rid
    names = [p.name for p in folder.glob("*.json")] if folder.is_dir() else []
    assert any(n.startswith("pass-") for n in names), f"{rid}: no pass-* fixture in {folder}"
    assert any(n.startswith("fail-") for n in names), f"{rid}: no fail-* fixture in {folder}"


def test_fixture_folders_name_registered_rules():
    for folder in FIXTURES.iterdir():
        if folder.is_dir():
            assert folder.name in ALL, folder.name


def test_rules_doc_is_up_to_date():
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == rules_doc.render(), "docs/rules.md is stale: run python -m tools.rules_doc"


def test_rules_doc_lists_every_rule():
    text = rules_doc.render()
    for rid in IDS:
        assert f"### {rid}" in text
