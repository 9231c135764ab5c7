from __future__ import annotations

from server.coding.model import DxFact
from server.coding.model import Indication
from server.coding.model import PayerKind
from server.coding.model import Span
from server.coding.model import Topic


def test_benign_removal_without_indication_commercial_is_a_finding_only(edit, ln):
    r = edit([ln("11402", dx=["L72.0"], lesions=["A"])])
    assert r.billed == {("11402", 1, ())}
    (f,) = r.by_rule("NEC001")
    assert f.topic == Topic.MEDICAL_NECESSITY
    assert "L34200" in f.detail and "Bleeding" in f.detail  # indications listed from lcd_indications.csv


def test_medicare_without_abn_gets_gz_with_abn_ga(edit, ln):
    r = edit([ln("11402", dx=["L72.0"], lesions=["A"])], payer_kind=PayerKind.MEDICARE)
    assert r.line("11402").modifiers == ("GZ",)
    r = edit([ln("11402", dx=["L72.0"], lesions=["A"])], payer_kind=PayerKind.MEDICARE, abn_on_file=True)
    assert r.line("11402").modifiers == ("GA",)


def test_medicare_advantage_gets_no_abn_modifier(edit, ln):
    r = edit([ln("11402", dx=["L72.0"], lesions=["A"])], payer_kind=PayerKind.MEDICARE_ADVANTAGE)
    assert r.line("11402").modifiers == ()
    assert r.by_rule("NEC001")


def test_indication_for_the_lesion_satisfies_the_lcd(edit, ln):
    r = edit(
        [ln("11402", dx=["L72.0"], lesions=["A"])],
        payer_kind=PayerKind.MEDICARE,
        indications=(Indication("inflamed", "A"),),
    )
    assert not r.findings and r.line("11402").modifiers == ()


def test_indication_for_another_lesion_does_not_count(edit, ln):
    r = edit([ln("11402", dx=["L72.0"], lesions=["A"])], indications=(Indication("bleeding", "B"),))
    assert r.by_rule("NEC001")


def test_symptom_code_on_the_line_counts_as_indication(edit, ln):
    r = edit([ln("17110", dx=["B07.8", "L29.9"], lesions=["A"])])
    assert not r.by_rule("NEC001")


def test_ak_destruction_needs_ak(edit, ln):
    assert edit([ln("17000", dx=["L82.0"])]).by_rule("NEC002")
    assert not edit([ln("17000", dx=["L57.0"])]).findings


def test_phototherapy_needs_covered_dermatosis(edit, ln):
    assert edit([ln("96912", dx=["L70.0"])], payer_kind=PayerKind.MEDICARE).line("96912").modifiers == ("GZ",)
    assert not edit([ln("96920", dx=["L80"])]).findings


def test_mohs_needs_malignancy(edit, ln):
    r = edit([ln("17313", dx=["D22.5"], lesions=["A"])])
    assert "L35494" in r.by_rule("NEC004")[0].detail
    assert not edit([ln("17313", dx=["D04.5"], lesions=["A"])]).findings


def _ev(*texts):
    return tuple(Span("DocumentReference/n", 0, len(t), t) for t in texts)


def test_mohs_area_l_small_low_risk_tumour(edit, ln):
    small = ln("17313", dx=["C44.519"], lesions=["A"], site="back", evidence=_ev("0.8 cm", "6 mm"))
    r = edit([small], payer_kind=PayerKind.MEDICARE)
    assert r.line("17313").modifiers == ("GZ",)
    assert "0.8 cm" in r.by_rule("NEC005")[0].message


def test_mohs_area_l_passes_with_size_or_risk_or_unknown_size(edit, ln):
    big = ln("17313", dx=["C44.519"], lesions=["A"], site="back", evidence=_ev("22 mm"))
    assert not edit([big]).by_rule("NEC005")
    recurrent = ln(
        "17313", dx=["C44.519"], lesions=["A"], site="back", evidence=_ev("0.8 cm", "recurrent BCC")
    )
    assert not edit([recurrent]).by_rule("NEC005")
    pretibial = ln("17313", dx=["C44.72"], lesions=["A"], site="left pretibial", evidence=_ev("1.2 cm"))
    assert not edit([pretibial]).by_rule("NEC005")
    unknown = ln("17313", dx=["C44.519"], lesions=["A"], site="back")
    assert not edit([unknown]).by_rule("NEC005")
    risk = ln("17313", dx=["C44.519"], lesions=["A"], evidence=_ev("0.8 cm"))
    assert not edit([risk], diagnoses=(DxFact("C44.519", "infiltrative BCC", lesion_id="A"),)).by_rule(
        "NEC005"
    )


def test_puva_needs_documented_failure(edit, ln):
    r = edit([ln("96912", dx=["L40.0"])], payer_kind=PayerKind.MEDICARE, abn_on_file=True)
    assert r.line("96912").modifiers == ("GA",)
    ok = ln("96912", dx=["L40.0"], evidence=_ev("PUVA after failed NB-UVB"))
    assert not edit([ok], payer_kind=PayerKind.MEDICARE).findings
    assert not edit([ln("96912", dx=["L40.0"])], indications=(Indication("treatment-failure"),)).findings



def test_mohs_area_l_reads_sizes_written_in_words(edit, ln):
    spoken = ln("17313", dx=["C44.619"], lesions=["A"], site="left forearm",
                evidence=_ev("superficial basal cell carcinoma, zero point six centimeters, primary"))
    r = edit([spoken], payer_kind=PayerKind.MEDICARE, abn_on_file=True)
    assert r.line("17313").modifiers == ("GA",)
    assert "0.6 cm" in r.by_rule("NEC005")[0].message


def test_puva_a_coverage_explanation_is_no_documented_failure(edit, ln):
    explained = ln("96912", dx=["L40.0"], evidence=_ev(
        "I explained that PUVA is normally reserved for more severe psoriasis that has failed conventional "
        "treatment (topicals, NB-UVB)."))
    r = edit([explained], payer_kind=PayerKind.MEDICARE, abn_on_file=True)
    assert r.line("96912").modifiers == ("GA",)
