"""apply_edits as a whole: nothing silently dropped, valid line refs, fixed point, speed."""

from __future__ import annotations

from collections import Counter
from datetime import date

from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from server.coding.edits import PIPELINE
from server.coding.edits import apply_edits
from server.coding.model import DxFact
from server.coding.model import EncounterFacts
from server.coding.model import Indication
from server.coding.model import Line
from server.coding.model import PayerKind
from server.coding.model import PriorService
from server.coding.registry import RULES
from server.coding.tables import load_tables

CODES = [
    "99202",
    "99213",
    "99214",
    "11102",
    "11103",
    "11104",
    "11105",
    "11106",
    "11300",
    "11301",
    "11401",
    "11402",
    "11602",
    "11642",
    "17000",
    "17003",
    "17004",
    "17110",
    "17111",
    "17311",
    "17312",
    "17313",
    "88331",
    "12032",
    "13132",
    "14060",
    "11200",
    "11201",
    "11900",
    "J3301",
    "11720",
    "11721",
    "11730",
    "11732",
    "96910",
    "95044",
    "G2211",
    "99024",
    "J0585",
    "15788",
]
DX = [
    "L57.0",
    "L82.1",
    "L82.0",
    "C44.311",
    "D22.5",
    "L72.0",
    "B07.0",
    "L40.0",
    "D48.5",
    "D49.2",
    "Z41.1",
    "L91.8",
    "L82",
    "XX1",
    "Z48.817",
    "C44.619",
]
MODS = ["", "", "", "25", "59", "XS", "51", "RT", "GA", "GY", "GZ", "58", "79"]

line_st = st.builds(
    lambda code, units, mods, dx, lesions: Line(
        code, units, tuple(m for m in dict.fromkeys(mods) if m), tuple(dx), lesion_ids=tuple(lesions)
    ),
    st.sampled_from(CODES),
    st.integers(1, 20),
    st.lists(st.sampled_from(MODS), max_size=2),
    st.lists(st.sampled_from(DX), max_size=5),
    st.lists(st.sampled_from("ABCD"), max_size=2, unique=True),
)
facts_st = st.builds(
    lambda payer, sep, abn, prior, ind: EncounterFacts(
        "Encounter/h",
        service_date=date(2026, 3, 2),
        payer_kind=payer,
        em_separately_identifiable=sep,
        abn_on_file=abn,
        prior_services=(PriorService("11602", date(2026, 2, 25), 10, ("C44.619",)),) if prior else (),
        indications=tuple(Indication(k, "A") for k in ind),
        diagnoses=(DxFact("L57.0", lesion_id="B"),),
    ),
    st.sampled_from(list(PayerKind)),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.lists(st.sampled_from(["pain", "itching", "asymptomatic", "cosmetic-request"]), max_size=2),
)


TABLES = load_tables()


@settings(max_examples=300, deadline=None)
@given(facts=facts_st, lines=st.lists(line_st, min_size=1, max_size=6))
def test_nothing_is_silently_dropped_or_changed(facts, lines):
    tables = TABLES
    out = apply_edits(facts, lines, tables)
    described = " ".join(f.message + " " + f.detail for f in out.findings)
    # Summing identical lines (same code + modifiers) is the conventions' normal form, not a change.
    before, after = Counter(), Counter()
    for ln in lines:
        before[(ln.code, tuple(sorted(ln.modifiers)))] += ln.units
    for ln in out.lines:
        after[(ln.code, tuple(sorted(ln.modifiers)))] += ln.units
    for (code, _mods), _n in (before - after).items():
        assert code in described, f"{code} changed or removed without a finding"
    for f in out.findings:
        assert f.rule_id in RULES
        assert 0 < len(f.message) < 140
        assert all(0 <= i < len(out.lines) for i in f.line_refs)
        if f.fix and f.fix.replace_line is not None:
            assert 0 <= f.fix.replace_line < len(out.lines)
    assert len(out.diagnoses) <= 12 and len(set(out.diagnoses)) == len(out.diagnoses)
    for line in out.lines:
        assert len(line.diagnoses) <= 4
        assert set(line.diagnoses) <= set(out.diagnoses)
        assert "51" not in line.modifiers
        assert len({"GA", "GY", "GZ"} & set(line.modifiers)) <= 1
        keys = Counter((ln.code, tuple(sorted(ln.modifiers))) for ln in out.lines)
        assert max(keys.values()) == 1  # one line per code + modifier set
        row = tables.mue.get(line.code)
        if row is not None:
            assert line.units <= row.units


def test_every_pipeline_rule_is_registered():
    ids = {getattr(step, "rule_id", None) for step in PIPELINE} - {None}
    assert len(ids) >= 25
    assert all(i in RULES for i in ids)


def _encounter():
    facts = EncounterFacts(
        "Encounter/b",
        service_date=date(2026, 3, 2),
        payer_kind=PayerKind.MEDICARE,
        em_separately_identifiable=True,
        indications=(Indication("itching", "C"),),
    )
    lines = [
        Line("99214", diagnoses=("L57.0", "L82.0")),
        Line("11102", diagnoses=("D48.5",), lesion_ids=("A",)),
        Line("11103", units=2, diagnoses=("D22.5",), lesion_ids=("B", "D")),
        Line("17000", diagnoses=("L57.0",), lesion_ids=("E",)),
        Line("17003", units=6, diagnoses=("L57.0",), lesion_ids=tuple("FGHIJK")),
        Line("17110", diagnoses=("L82.0",), lesion_ids=("C",)),
    ]
    return facts, lines


def test_typical_encounter_result(tables):
    facts, lines = _encounter()
    out = apply_edits(facts, lines, tables)
    got = Counter((ln.code, ln.units, ln.modifiers) for ln in out.lines)
    # NCCI 2024Q3: 17110 is column 1 against 11102, 11103, 17000 and 17003 (indicator 1), so every other
    # lesion's line takes XS; 11102/17000 is a pair too (17000 column 2).
    # D48.5 becomes D49.2 before pathology.
    assert got == Counter(
        {
            ("99214", 1, ("25",)): 1,
            ("11102", 1, ("XS",)): 1,
            ("11103", 2, ("XS",)): 1,
            ("17000", 1, ("XS",)): 1,
            ("17003", 6, ("XS",)): 1,
            ("17110", 1, ()): 1,
        }
    )
    assert "D49.2" in out.diagnoses and "D48.5" not in out.diagnoses
    assert {f.rule_id for f in out.findings} == {"GLB001", "PTP002", "DX002"}
