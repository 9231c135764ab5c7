"""The coding corpus (tests/corpus): validity of every chart as FHIR R4, the comparison logic, and the
engine's exact-match rate (≥ 0.95 overall, per-family table printed) plus per-file expected finding topics.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_compare():
    name = "dermplug_corpus_compare"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "corpus" / "compare.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


cmp = _load_compare()
CORPUS = cmp.load_corpus()
FAMILIES = {"biopsy", "shave", "excision-benign", "excision-malignant", "destruction", "skin-tags", "mohs",
            "repair", "intralesional", "incision-drainage", "nails", "paring", "phototherapy", "patch-test",
            "em", "post-op", "cosmetic", "mixed"}
BIG = {"biopsy", "shave", "excision-benign", "excision-malignant", "destruction", "mohs", "repair", "em"}
SHAPES = {"pre-coded", "free-text", "note-only"}
CPT = "http://www.ama-assn.org/go/cpt"
TOPICS = {"coding-suggestion", "coding-correction", "invalid-code", "ncci", "mue", "modifier",
          "global-period", "medical-necessity", "cosmetic", "missing-documentation", "prior-auth", "coverage"}


# ---------------------------------------------------------------------------------------------- corpus shape
def test_corpus_size_and_coverage():
    assert len(CORPUS) >= 110
    fam = Counter(r["family"] for r in CORPUS)
    assert set(fam) <= FAMILIES
    for f in BIG:
        assert fam[f] >= 8, f"{f}: {fam[f]}"
    for f in FAMILIES - BIG - {"mixed"}:
        assert fam[f] >= 3, f"{f}: {fam[f]}"
    shapes = Counter(r["shape"] for r in CORPUS)
    assert set(shapes) == SHAPES
    for s in SHAPES:
        assert shapes[s] / len(CORPUS) >= 0.25, (s, shapes[s])
    ids = [r["id"] for r in CORPUS]
    assert len(ids) == len(set(ids))


def test_every_modifier_case_is_covered():
    mods = Counter(m for r in CORPUS for ln in r["expected"]["lines"] for m in ln["modifiers"])
    for m in ("25", "XS", "24", "79", "58", "57", "59", "GY", "GX", "GA", "GZ"):
        assert mods[m] >= 1, m
    codes = {ln["code"] for r in CORPUS for ln in r["expected"]["lines"]}
    assert "99024" in codes
    topics = Counter(t for r in CORPUS for t in r["expected"]["finding_topics"])
    for t in ("missing-documentation", "cosmetic", "ncci", "mue", "coding-correction", "global-period"):
        assert topics[t] >= 1, t


@pytest.mark.parametrize("record", CORPUS, ids=[r["id"] for r in CORPUS])
def test_corpus_file_is_valid_r4(record):
    from fhir.resources.R4B.bundle import Bundle

    assert record["family"] in FAMILIES and record["shape"] in SHAPES
    assert record["description"].strip()
    b = record["bundle"]
    assert b["resourceType"] == "Bundle" and b["type"] == "collection"
    Bundle.model_validate(b)
    kinds = Counter()
    for entry in b["entry"]:
        res = entry["resource"]
        mod = importlib.import_module(f"fhir.resources.R4B.{res['resourceType'].lower()}")
        getattr(mod, res["resourceType"]).model_validate(res)
        kinds[res["resourceType"]] += 1
    assert kinds["Patient"] == 1 and kinds["Encounter"] >= 1 and kinds["Coverage"] == 1
    assert not _dangling(b)
    procs = [e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "Procedure"
             and "encounter" in e["resource"] and e["resource"]["encounter"]["reference"].endswith(
                 record["bundle"]["id"].removeprefix("bundle-"))]
    if record["shape"] == "note-only":
        assert not procs, "note-only charts carry no Procedure for this encounter"
        assert kinds["DocumentReference"] >= 1
    elif record["shape"] == "pre-coded":
        enc_cpt = [c for e in b["entry"] if e["resource"]["resourceType"] == "Encounter"
                   for t in e["resource"].get("type", []) for c in t.get("coding", []) if c["system"] == CPT]
        assert enc_cpt or any(c.get("system") == CPT for p in procs for c in p["code"].get("coding", []))
    else:
        assert procs and all(not p["code"].get("coding") for p in procs)
    for ln in record["expected"]["lines"]:
        assert isinstance(ln["units"], int) and ln["units"] >= 1
        assert "51" not in ln["modifiers"]
    assert set(record["expected"]["finding_topics"]) <= TOPICS


def _dangling(bundle) -> set[str]:
    ids = {f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in bundle["entry"]}
    refs: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("reference"), str):
                refs.add(node["reference"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(bundle)
    return refs - ids


DEMO_FILES = sorted((ROOT / "demo" / "encounters").glob("*.json"))


@pytest.mark.parametrize("path", DEMO_FILES, ids=[p.stem for p in DEMO_FILES])
def test_demo_bundle_is_valid_r4_with_prefetch_resources(path):
    import json

    from fhir.resources.R4B.bundle import Bundle

    b = json.loads(path.read_text())
    Bundle.model_validate(b)
    kinds = Counter()
    for entry in b["entry"]:
        res = entry["resource"]
        mod = importlib.import_module(f"fhir.resources.R4B.{res['resourceType'].lower()}")
        getattr(mod, res["resourceType"]).model_validate(res)
        kinds[res["resourceType"]] += 1
    for kind in ("Patient", "Encounter", "Practitioner", "Condition", "DocumentReference", "Coverage"):
        assert kinds[kind] >= 1, kind
    assert kinds["Organization"] == 2  # practice + payer
    enc = next(e["resource"] for e in b["entry"] if e["resource"]["id"] == path.stem)
    assert enc["resourceType"] == "Encounter" and enc["period"]["start"].startswith("2026-")
    assert not _dangling(b)


# ---------------------------------------------------------------------------------------- comparison logic
@dataclass(frozen=True)
class _L:
    code: str
    units: int = 1
    modifiers: tuple[str, ...] = ()


def _rec(lines, topics=()):
    return {"id": "t", "family": "destruction", "shape": "pre-coded", "bundle": {"resourceType": "Bundle"},
            "expected": {"lines": lines, "finding_topics": list(topics)}}


def test_compare_sums_units_per_code_and_modifier_set():
    rec = _rec([{"code": "17000", "units": 1, "modifiers": []},
                {"code": "17003", "units": 13, "modifiers": []}])
    split = [_L("17000"), _L("17003", 6), _L("17003", 7)]
    assert cmp.compare(rec, split, []).exact
    assert not cmp.compare(rec, [_L("17000"), _L("17003", 12)], []).exact
    assert not cmp.compare(rec, [_L("17000"), _L("17003", 13), _L("17110")], []).exact


def test_compare_ignores_modifier_order_but_not_modifiers():
    rec = _rec([{"code": "17110", "units": 1, "modifiers": ["GY", "GX"]}])
    assert cmp.compare(rec, [_L("17110", 1, ("GX", "GY"))], []).exact
    assert not cmp.compare(rec, [_L("17110", 1, ("GY",))], []).exact
    rec2 = _rec([{"code": "11102", "units": 1, "modifiers": []},
                 {"code": "11102", "units": 1, "modifiers": ["XS"]}])
    assert not cmp.compare(rec2, [_L("11102", 2)], []).exact
    assert cmp.compare(rec2, [_L("11102", 1, ("XS",)), _L("11102")], []).exact


def test_compare_topics_subset_and_errors():
    rec = _rec([{"code": "99213", "units": 1, "modifiers": ["25"]}], ["ncci"])
    out = cmp.compare(rec, [_L("99213", 1, ("25",))], ["modifier", "ncci"])
    assert out.exact and out.topics_ok
    out = cmp.compare(rec, [_L("99213", 1, ("25",))], ["modifier"])
    assert out.exact and not out.topics_ok and out.missing_topics == ("ncci",)

    class _Finding:
        topic = "ncci"

    class _Result:
        lines = (_L("99213", 1, ("25",)),)
        findings = (_Finding(),)

    assert cmp.run_engine(rec, lambda b, t: _Result(), None).exact
    crashed = cmp.run_engine(rec, lambda b, t: 1 / 0, None)
    assert not crashed.exact and "ZeroDivisionError" in crashed.error


def test_rate_and_table_with_a_fake_engine():
    """A fake engine that echoes the expected lines except for one family scores exactly that family down."""
    def fake(record):
        lines = [_L(ln["code"], ln["units"], tuple(ln["modifiers"])) for ln in record["expected"]["lines"]]
        if record["family"] == "mohs":
            lines = lines[:-1] if lines else [_L("99999")]
        return cmp.compare(record, lines, record["expected"]["finding_topics"])

    outs = [fake(r) for r in CORPUS]
    n_mohs = sum(r["family"] == "mohs" for r in CORPUS)
    assert cmp.rate(outs) == pytest.approx((len(CORPUS) - n_mohs) / len(CORPUS))
    t = cmp.table(outs, "family")
    mohs_row = next(row for row in t.splitlines() if row.startswith("mohs"))
    assert mohs_row.split()[1:3] == [str(n_mohs), "0"]


# --------------------------------------------------------------------------------------------------- engine
def _engine():
    from server.coding import code_encounter
    from server.coding import load_tables

    return code_encounter, load_tables


@pytest.fixture(scope="module")
def outcomes():
    code_encounter, load_tables = _engine()
    tables = load_tables()
    return {r["id"]: cmp.run_engine(r, code_encounter, tables) for r in CORPUS}


def test_engine_exact_match_rate(outcomes):
    outs = list(outcomes.values())
    report = (cmp.table(outs, "family") + "\n\n" + cmp.table(outs, "shape") + "\n\nmismatches:\n"
              + "\n".join(o.describe() for o in outs if not o.exact))
    print(report)
    assert cmp.rate(outs) >= 0.95, report


@pytest.mark.parametrize("record", CORPUS, ids=[r["id"] for r in CORPUS])
def test_engine_expected_topics(record, outcomes):
    out = outcomes[record["id"]]
    assert out.error is None, out.error
    assert not out.missing_topics, out.describe()


def test_compare_reports_first_ranked_diagnosis():
    rec = _rec([{"code": "17000", "units": 1, "modifiers": []}])
    rec["expected"]["diagnoses"] = {"17000": ["L57.0"]}

    @dataclass(frozen=True)
    class _D:
        code: str
        units: int = 1
        modifiers: tuple[str, ...] = ()
        diagnoses: tuple[str, ...] = ()

    assert cmp.compare(rec, [_D("17000", diagnoses=("L57.0", "Z85.828"))], []).dx_mismatches == ()
    bad = cmp.compare(rec, [_D("17000", diagnoses=("L82.1",))], [])
    assert bad.exact and bad.dx_mismatches == ("17000: expected L57.0, got L82.1",)


def test_corpus_and_demo_files_match_their_specs():
    """The JSON is generated from the hand-written specs in tools/corpus; hand edits of the JSON fail."""
    sys.path.insert(0, str(ROOT))
    try:
        build = importlib.import_module("tools.corpus.build")
        rendered = build.render_all()
    finally:
        sys.path.remove(str(ROOT))
    on_disk = {p for p in (ROOT / "tests" / "corpus").glob("*/*.json")} | set(
        (ROOT / "demo" / "encounters").glob("*.json"))
    assert set(rendered) == on_disk
    stale = [p.name for p, text in rendered.items() if p.read_text() != text]
    assert not stale, f"regenerate with python -m tools.corpus.build: {stale}"
