from __future__ import annotations

from server.coding.model import DxFact
from server.coding.model import Indication
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.rules import icd


def test_icd_normalisation_and_status():
    assert icd.normalize(" c44311 ") == "C44.311"
    assert icd.normalize("L57.0") == "L57.0"
    assert icd.normalize("R58") == "R58"
    assert icd.status("C44.311") == "billable"
    assert icd.status("R58") == "billable"
    assert icd.status("L82") == "category"
    assert icd.status("C44.31") == "category"
    assert icd.status("L99.99") == "invalid"
    assert icd.status("11102") == "invalid"
    assert set(icd.children("L82")) == {"L82.0", "L82.1"}


def test_codes_without_dot_are_normalised_silently(edit, ln):
    r = edit([ln("17000", dx=["L570"], lesions=["A"])])
    assert r.line("17000").diagnoses == ("L57.0",)
    assert r.outcome.diagnoses == ("L57.0",)
    assert not r.findings


def test_category_code_is_removed_with_invalid_code_finding(edit, ln):
    r = edit([ln("17110", dx=["L82", "B07.9"], lesions=["A"])])
    assert r.line("17110").diagnoses == ("B07.9",)
    (f,) = r.by_rule("DX001")
    assert f.topic == Topic.INVALID_CODE and f.severity == Severity.ERROR
    assert "L82.0" in f.detail and "L82.1" in f.detail
    assert f.fix is not None and f.line_refs == (0,)


def test_invalid_code_removed(edit, ln):
    r = edit([ln("99213", dx=["Q99.999", "L40.0"])])
    assert r.line("99213").diagnoses == ("L40.0",)
    assert r.by_rule("DX001")[0].topic == Topic.INVALID_CODE


def test_d485_before_histology_becomes_d492(edit, ln):
    r = edit([ln("11102", dx=["D48.5"], lesions=["A"])])
    assert r.line("11102").diagnoses == ("D49.2",)
    assert r.by_rule("DX002")[0].topic == Topic.CODING_CORRECTION


def test_d485_after_histology_stays(edit, ln):
    r = edit(
        [ln("11104", dx=["D48.5"], lesions=["A"])],
        diagnoses=(DxFact("D48.5", lesion_id="A", pathology_confirmed=True),),
    )
    assert r.line("11104").diagnoses == ("D48.5",)
    assert not r.findings


def test_d485_on_an_excision_is_coded_from_its_pathology(edit, ln):
    r = edit([ln("11402", dx=["D48.5"], lesions=["A"])])
    assert r.line("11402").diagnoses == ("D48.5",)
    assert not r.by_rule("DX002")


def test_excision_code_follows_behaviour(edit, ln):
    r = edit([ln("11642", dx=["D22.39"], lesions=["A"])], indications=(Indication("changing", "A"),))
    assert r.codes() == ["11442"]
    (f,) = r.by_rule("DX007")
    assert f.fix.new_line.code == "11442" and f.topic == Topic.CODING_CORRECTION
    r = edit([ln("11403", dx=["D03.59", "L98.8"], lesions=["A"])])
    assert r.codes() == ["11603"]
    r = edit([ln("11403", dx=["L72.0", "Z85.828"], lesions=["A"])])
    assert r.codes() == ["11403"]


def test_malignant_code_on_biopsy_before_pathology(edit, ln):
    r = edit([ln("11104", dx=["C43.52", "L98.8"], lesions=["A"])])
    assert r.line("11104").diagnoses == ("D49.2", "L98.8")
    (f,) = r.by_rule("DX003")
    assert "C43.52" in f.message and f.fix.new_line.diagnoses == ("D49.2", "L98.8")


def test_malignant_code_on_excision_is_not_a_biopsy_issue(edit, ln):
    r = edit([ln("11602", dx=["C44.619"], lesions=["A"])])
    assert r.line("11602").diagnoses == ("C44.619",)
    assert not r.by_rule("DX003")


def test_line_without_diagnosis_is_linked_from_the_lesion(edit, ln):
    r = edit([ln("17000", lesions=["B"])], diagnoses=(DxFact("L570", lesion_id="B"),))
    assert r.line("17000").diagnoses == ("L57.0",)
    assert r.by_rule("DX004")[0].topic == Topic.CODING_SUGGESTION


def test_line_without_any_diagnosis_is_missing_documentation(edit, ln):
    r = edit([ln("11300", lesions=["B"])])
    (f,) = r.by_rule("DX004")
    assert f.topic == Topic.MISSING_DOCUMENTATION and f.line_refs == (0,)


def test_four_pointers_per_line_and_twelve_per_claim(edit, ln):
    dx = [
        "L40.0",
        "L20.9",
        "L70.0",
        "L71.9",
        "L80",
        "L43.9",
        "L50.9",
        "L28.1",
        "L94.0",
        "L29.9",
        "L30.9",
        "L21.9",
        "L60.0",
        "B35.1",
    ]
    r = edit(
        [ln("99214", dx=dx[:5]), ln("J3301", dx=dx[5:9]), ln("J7308", dx=dx[9:13]), ln("J0702", dx=dx[13:])]
    )
    assert len(r.line("99214").diagnoses) == 4
    assert len(r.outcome.diagnoses) == 12
    assert r.line("J0702").diagnoses == ()
    assert {"DX005", "DX006"} <= r.ids()
    for line in r.lines:
        assert set(line.diagnoses) <= set(r.outcome.diagnoses)
