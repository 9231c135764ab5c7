from __future__ import annotations

from datetime import date

from server.coding.model import PriorService
from server.coding.model import Severity
from server.coding.model import Span
from server.coding.model import Topic

EXC = PriorService("11602", date(2026, 2, 25), 10, ("C44.619",), "left forearm")


def test_decision_only_em_is_removed(edit, ln):
    r = edit([ln("99213", dx=["L57.0"]), ln("17000", dx=["L57.0"], lesions=["B"])])
    assert r.codes() == ["17000"]
    (f,) = r.by_rule("GLB001")
    assert f.topic == Topic.GLOBAL_PERIOD and "17000" in f.message
    assert f.fix.new_line.modifiers == ("25",)


def test_separate_em_takes_25_and_quotes_the_evidence(edit, ln):
    span = Span("DocumentReference/n1", 10, 40, "Psoriasis flaring, start clobetasol")
    r = edit(
        [ln("99213", dx=["L40.0"]), ln("11102", dx=["D49.2"], lesions=["A"])],
        em_separately_identifiable=True,
        em_evidence=(span,),
    )
    assert r.line("99213").modifiers == ("25",)
    (f,) = r.by_rule("GLB001")
    assert f.severity == Severity.INFO and f.evidence == (span,)
    assert "> Psoriasis flaring" in f.detail
    assert not r.by_rule("PTP002")  # 25 already bypasses the 11102/99213 edit


def test_em_with_xxx_procedure_only_is_not_a_global_issue(edit, ln):
    r = edit([ln("99213", dx=["L40.0"]), ln("J3301", 2, dx=["L40.0"])])
    assert r.billed == {("99213", 1, ()), ("J3301", 2, ())}


def test_major_procedure_takes_57(edit, ln):
    r = edit([ln("99203", dx=["C44.311"]), ln("14060", dx=["C44.311"], lesions=["A"])])
    assert r.line("99203").modifiers == ("57",)
    assert not r.by_rule("GLB001")


def test_unrelated_em_in_global_takes_24(edit, ln):
    r = edit([ln("99213", dx=["L40.0"])], prior_services=(EXC,))
    assert r.line("99213").modifiers == ("24",)


def test_unrelated_em_in_global_with_same_day_procedure_takes_24_and_25(edit, ln):
    r = edit(
        [ln("99213", dx=["L40.0"]), ln("11102", dx=["D49.2"], lesions=["N"], site="back")],
        prior_services=(EXC,),
        em_separately_identifiable=True,
    )
    assert r.line("99213").modifiers == ("24", "25")
    assert r.line("11102").modifiers == ("79",)


def test_postop_visit_becomes_99024_once(edit, ln):
    r = edit([ln("99213", dx=["C44.619"])], prior_services=(EXC,))
    assert r.billed == {("99024", 1, ())}
    r2 = edit([ln("99213", dx=["Z48.817"]), ln("99024", dx=["Z48.817"])], prior_services=(EXC,))
    assert r2.billed == {("99024", 1, ())}
    assert r2.by_rule("GLB003")[0].line_refs == (0,)


def test_global_days_from_the_rvu_table_when_missing(edit, ln):
    prior = PriorService("11602", date(2026, 2, 20), None, ("C44.619",))
    r = edit([ln("99213", dx=["L40.0"])], prior_services=(prior,))
    assert r.line("99213").modifiers == ("24",)
    old = PriorService("11602", date(2026, 2, 19), None, ("C44.619",))  # day 11: global over
    assert edit([ln("99213", dx=["L40.0"])], prior_services=(old,)).line("99213").modifiers == ()


def test_reexcision_same_site_is_58(edit, ln):
    r = edit([ln("11603", dx=["C44.619"], lesions=["A"], site="Left forearm")], prior_services=(EXC,))
    assert r.line("11603").modifiers == ("58",)


def test_new_lesion_inside_global_is_79(edit, ln):
    r = edit([ln("17000", dx=["L57.0"], lesions=["Z"], site="scalp")], prior_services=(EXC,))
    assert r.line("17000").modifiers == ("79",)
    assert r.by_rule("GLB004")[0].topic == Topic.GLOBAL_PERIOD


def test_add_on_codes_take_no_global_modifier(edit, ln):
    r = edit([ln("17000", dx=["L57.0"], lesions=["Z"]), ln("17003", 2, dx=["L57.0"])], prior_services=(EXC,))
    assert r.line("17003").modifiers == ()


def test_g2211_dropped_with_25(edit, ln):
    r = edit(
        [ln("99214", dx=["L40.0"]), ln("G2211", dx=["L40.0"]), ln("17000", dx=["L57.0"], lesions=["B"])],
        em_separately_identifiable=True,
    )
    assert "G2211" not in r.codes()
    assert r.by_rule("GLB005")


def test_prior_without_diagnoses_malignancy_follow_up_is_related(edit, ln):
    prior = PriorService("11602", date(2026, 2, 25), 10, (), "left chest")
    r = edit([ln("99213", dx=["C44.519"])], prior_services=(prior,))
    assert r.billed == {("99024", 1, ())}
    r = edit([ln("11603", dx=["C44.519"], lesions=["A"], site="trunk")], prior_services=(prior,))
    assert r.line("11603").modifiers == ("58",)
    r = edit([ln("11104", dx=["D49.2"], lesions=["N"], site="left thigh")], prior_services=(prior,))
    assert r.line("11104").modifiers == ("79",)


def test_documented_reexcision_is_58(edit, ln):
    prior = PriorService("11400", date(2026, 2, 25), 10, ("D22.5",), "back")
    line = ln(
        "11402",
        dx=["D48.5"],
        lesions=["A"],
        site="upper back",
        evidence=(Span("DocumentReference/n", 0, 11, "re-excision"),),
    )
    assert edit([line], prior_services=(prior,)).line("11402").modifiers == ("58",)
