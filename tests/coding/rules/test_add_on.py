from __future__ import annotations

from server.coding.model import Severity
from server.coding.model import Topic


def test_biopsy_techniques_ranked_incisional_punch_tangential(edit, ln):
    r = edit(
        [
            ln("11102", dx=["D49.2"], lesions=["A"]),
            ln("11106", dx=["D49.2"], lesions=["B"]),
            ln("11104", 2, dx=["D49.2"], lesions=["C", "D"]),
        ]
    )
    assert r.billed == {("11106", 1, ()), ("11105", 2, ()), ("11103", 1, ())}
    (f,) = r.by_rule("AOC002")
    assert f.topic == Topic.CODING_CORRECTION
    assert sorted(f.line_refs) == [0, 1, 2]
    assert not r.by_rule("PTP001")  # the primaries were fixed before PTP ran


def test_biopsy_lesions_follow_the_technique(edit, ln):
    r = edit([ln("11102", dx=["D49.2"], lesions=["A"]), ln("11104", dx=["D22.5"], lesions=["B"])])
    assert r.line("11104").lesion_ids == ("B",) and r.line("11104").diagnoses == ("D22.5",)
    assert r.line("11103").lesion_ids == ("A",) and r.line("11103").diagnoses == ("D49.2",)


def test_correct_biopsy_coding_is_untouched(edit, ln):
    r = edit([ln("11104", dx=["D49.2"], lesions=["A"]), ln("11103", 2, dx=["D49.2"], lesions=["B", "C"])])
    assert r.billed == {("11104", 1, ()), ("11103", 2, ())}
    assert not r.findings


def test_orphan_add_on_converted_to_primary(edit, ln):
    r = edit([ln("17314", 2, dx=["C44.519"], lesions=["A"])])
    assert r.billed == {("17313", 1, ()), ("17314", 1, ())}
    (f,) = r.by_rule("AOC001")
    assert f.fix is not None and f.fix.new_line.code == "17313"
    assert f.severity == Severity.ERROR


def test_orphan_add_on_without_conversion_is_flagged_and_kept(edit, ln):
    r = edit([ln("99214", dx=["L40.0"]), ln("G2212", dx=["L40.0"])])
    assert r.billed == {("99214", 1, ()), ("G2212", 1, ())}
    (f,) = r.by_rule("AOC001")
    assert "99205" in f.message and f.line_refs == (1,)


def test_add_on_with_allowed_primary_passes(edit, ln):
    r = edit([ln("99215", dx=["L40.0"]), ln("G2212", dx=["L40.0"])])
    assert not r.by_rule("AOC001")
