from __future__ import annotations

from server.coding.model import Indication
from server.coding.model import Severity
from server.coding.model import Topic


def test_mai3_caps_units_per_day_with_a_warning(edit, ln):
    r = edit([ln("11102", dx=["D49.2"], lesions=["A"]), ln("11103", 9, dx=["D49.2"])])
    assert ("11103", 6, ()) in r.billed
    (f,) = r.by_rule("MUE001")
    assert f.topic == Topic.MUE and f.severity == Severity.WARNING
    assert "9 units" in f.message and "6" in f.message
    assert f.line_refs == (1,)


def test_mai2_cap_is_an_error(edit, ln):
    r = edit([ln("17110", 4, dx=["B07.0"], lesions=["W"])], indications=(Indication("pain", "W"),))
    assert r.billed == {("17110", 1, ())}
    assert r.by_rule("MUE001")[0].severity == Severity.ERROR


def test_mai2_cap_sums_across_lines_and_drops_the_excess_line(edit, ln):
    r = edit([ln("96920", dx=["L40.0"]), ln("96920", mods=["76"], dx=["L40.0"])])
    assert len(r.lines) == 1
    (f,) = r.by_rule("MUE001")
    assert "2 units" in f.message
    assert "96920-76" in f.detail


def test_units_within_mue_pass(edit, ln):
    r = edit([ln("95044", 40, dx=["L23.9"])])
    assert r.billed == {("95044", 40, ())}
    assert not r.findings


def test_17003_sixteen_becomes_17004(edit, ln):
    r = edit([ln("17000", dx=["L57.0"], lesions=["A"]), ln("17003", 16, dx=["L57.0"])])
    assert r.billed == {("17004", 1, ())}
    (f,) = r.by_rule("MUE002")
    assert f.topic == Topic.CODING_CORRECTION and "17 premalignant" in f.message
    assert f.line_refs == (0,)


def test_17000_units_split_into_17003(edit, ln):
    r = edit([ln("17000", 6, dx=["L57.0"])])
    assert r.billed == {("17000", 1, ()), ("17003", 5, ())}


def test_fourteen_aks_stay_17000_17003(edit, ln):
    r = edit([ln("17000", dx=["L57.0"]), ln("17003", 13, dx=["L57.0"])])
    assert r.billed == {("17000", 1, ()), ("17003", 13, ())}
    assert not r.findings


def test_17004_with_17000_is_left_to_ptp(edit, ln):
    r = edit([ln("17004", dx=["L57.0"]), ln("17000", dx=["L57.0"])])
    assert r.billed == {("17004", 1, ())}
    assert r.ids() == {"PTP001"}
