from __future__ import annotations

from server.coding.model import Line
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.rules.ptp import distinct


def test_indicator_0_removes_column_2_with_a_finding(edit, ln):
    r = edit(
        [
            ln("17004", dx=["L57.0"], lesions=list("ABCDEFGHIJKLMNOP")),
            ln("11721", dx=["B35.1"]),
            ln("11720", dx=["B35.1"]),
        ]
    )
    assert r.codes() == ["17004", "11721"]
    (f,) = r.by_rule("PTP001")
    assert f.topic == Topic.NCCI and f.severity == Severity.ERROR
    assert "11720" in f.message and "11721" in f.message
    assert f.line_refs == (1,)  # the surviving column-1 line
    assert "NCCI PTP practitioner table 2024Q3" in f.reference


def test_indicator_0_cannot_be_bypassed_by_a_modifier(edit, ln):
    r = edit([ln("11721", dx=["B35.1"]), ln("11720", mods=["XS"], dx=["B35.1"])])
    assert r.codes() == ["11721"]


def test_indicator_1_distinct_lesions_get_xs_on_column_2_only(edit, ln):
    r = edit([ln("17000", dx=["L57.0"], lesions=["B"]), ln("11102", dx=["D49.2"], lesions=["A"])])
    assert r.line("17000").modifiers == ("XS",)
    assert r.line("11102").modifiers == ()
    (f,) = r.by_rule("PTP002")
    assert f.severity == Severity.INFO and f.line_refs == (0,)


def test_indicator_1_same_lesion_removes_column_2(edit, ln):
    r = edit(
        [ln("11600", dx=["C44.619"], lesions=["A"]), ln("11106", dx=["C44.619"], lesions=["A"])], diagnoses=()
    )
    assert r.codes() == ["11600"]
    (f,) = r.by_rule("PTP002")
    assert "same lesion" in f.message
    assert f.fix is not None and f.fix.new_line is not None and f.fix.new_line.modifiers == ("XS",)


def test_indicator_1_undocumented_sites_remove_column_2(edit, ln):
    r = edit([ln("11102", dx=["D49.2"]), ln("17000", dx=["L57.0"])])
    assert r.codes() == ["11102"]
    assert "no documented separate lesion" in r.by_rule("PTP002")[0].message


def test_indicator_1_different_body_sites_count_as_distinct(edit, ln):
    r = edit([ln("11102", dx=["D49.2"], site="left cheek"), ln("17000", dx=["L57.0"], site="Scalp")])
    assert r.line("17000").modifiers == ("XS",)


def test_pre_coded_bypass_without_documentation_is_kept_with_a_warning(edit, ln):
    r = edit([ln("11102", dx=["D49.2"]), ln("17000", mods=["XS"], dx=["L57.0"])])
    assert r.line("17000").modifiers == ("XS",)
    (f,) = r.by_rule("PTP002")
    assert f.severity == Severity.WARNING and "document" in f.message


def test_em_pair_takes_25_on_the_em_when_separately_identifiable(edit, ln):
    r = edit([ln("95044", 30, dx=["L23.9"]), ln("99213", dx=["L40.0"])], em_separately_identifiable=True)
    assert r.line("99213").modifiers == ("25",)
    assert r.line("95044").modifiers == ()


def test_em_pair_without_separate_work_removes_the_em(edit, ln):
    r = edit([ln("95044", 30, dx=["L23.9"]), ln("99213", dx=["L23.9"])])
    assert r.codes() == ["95044"]
    f = r.by_rule("PTP002")[0]
    assert f.fix.new_line.code == "99213" and f.fix.new_line.modifiers == ("25",)


def test_mohs_day_biopsy_and_frozen_section_take_59(edit, ln):
    r = edit(
        [
            ln("17311", dx=["C44.311"], lesions=["A"]),
            ln("11102", dx=["D49.2"], lesions=["A"]),
            ln("88331", dx=["D49.2"], lesions=["A"]),
        ]
    )
    assert r.billed == {("17311", 1, ()), ("11102", 1, ("59",)), ("88331", 1, ("59",))}
    assert r.ids() == {"PTP003"}


def test_mohs_with_prior_pathology_bundles_biopsy_and_frozen_section(edit, ln):
    from server.coding.model import DxFact

    r = edit(
        [
            ln("17311", dx=["C44.311"], lesions=["A"]),
            ln("11102", dx=["C44.311"], lesions=["A"]),
            ln("88331", dx=["C44.311"], lesions=["A"]),
        ],
        diagnoses=(DxFact("C44.311", lesion_id="A", pathology_confirmed=True),),
    )
    assert r.codes() == ["17311"]
    assert len(r.by_rule("PTP002")) == 2


def test_distinct_helper():
    a = Line("1", lesion_ids=("A",))
    assert distinct(a, Line("2", lesion_ids=("B",))) is True
    assert distinct(a, Line("2", lesion_ids=("A", "B"))) is False
    assert distinct(Line("1"), Line("2")) is None
    assert distinct(Line("1", body_site="Left  arm"), Line("2", body_site="left arm")) is False


def test_add_on_without_location_borrows_its_primary(edit, ln):
    r = edit(
        [
            ln("17110", dx=["B07.8", "R52"], lesions=["W"]),
            ln("17000", dx=["L57.0"], lesions=["A"]),
            ln("17003", 3, dx=["L57.0"]),
        ]
    )
    assert r.billed == {("17110", 1, ()), ("17000", 1, ("XS",)), ("17003", 3, ("XS",))}


def test_two_em_codes_keep_column_1_only(edit, ln):
    r = edit([ln("99203", dx=["L40.0"]), ln("99213", dx=["L40.0"])], em_separately_identifiable=True)
    assert r.codes() == ["99203"]
    assert r.by_rule("PTP002")


def test_indicator_9_is_not_applied(tables, ln):
    from dataclasses import replace
    from types import MappingProxyType

    from server.coding.edits import apply_edits
    from server.coding.model import EncounterFacts

    ptp = dict(tables.ptp)
    ptp[("11721", "11720")] = 9
    t9 = replace(tables, ptp=MappingProxyType(ptp))
    out = apply_edits(
        EncounterFacts("Encounter/9"), [ln("11721", dx=["B35.1"]), ln("11720", dx=["B35.1"])], t9
    )
    assert [x.code for x in out.lines] == ["11721", "11720"]
    assert not out.findings
