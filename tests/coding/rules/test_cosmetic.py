from __future__ import annotations

from server.coding.model import Indication
from server.coding.model import PayerKind
from server.coding.model import Span
from server.coding.model import Topic


def test_asymptomatic_sk_medicare_gy(edit, ln):
    r = edit([ln("17110", dx=["L82.1"], lesions=["A"])], payer_kind=PayerKind.MEDICARE)
    assert r.line("17110").modifiers == ("GY",)
    (f,) = r.by_rule("NEC101")
    assert f.topic == Topic.COSMETIC and "GY" in f.message


def test_asymptomatic_sk_medicare_with_abn_gy_gx(edit, ln):
    r = edit([ln("17110", dx=["L82.1"], lesions=["A"])], payer_kind=PayerKind.MEDICARE, abn_on_file=True)
    assert r.line("17110").modifiers == ("GY", "GX")
    assert not r.by_rule("NEC001") and not r.by_rule("MOD003")


def test_commercial_cosmetic_line_removed_with_finding(edit, ln):
    span = Span("DocumentReference/n", 0, 20, "wants it off for looks")
    r = edit(
        [ln("11200", dx=["L91.8"], lesions=["T"]), ln("99213", dx=["L40.0"])],
        indications=(Indication("cosmetic-request", "T", span),),
    )
    assert r.codes() == ["99213"]
    (f,) = r.by_rule("NEC101")
    assert "patient" in f.message and f.evidence == (span,)
    assert f.line_refs == ()


def test_symptomatic_tag_is_not_cosmetic(edit, ln):
    r = edit([ln("11200", dx=["L91.8"], lesions=["T"])], indications=(Indication("irritated", "T"),))
    assert r.codes() == ["11200"] and not r.findings


def test_changing_nevus_is_not_cosmetic(edit, ln):
    r = edit([ln("11401", dx=["D22.5"], lesions=["N"])], indications=(Indication("changing", "N"),))
    assert not r.findings


def test_cherry_angioma_is_cosmetic(edit, ln):
    r = edit([ln("17110", dx=["D18.01"])], payer_kind=PayerKind.MEDICARE)
    assert r.line("17110").modifiers == ("GY",)


def test_z41_makes_any_line_cosmetic(edit, ln):
    r = edit([ln("99213", dx=["Z41.1"])], payer_kind=PayerKind.MEDICAID)
    assert r.lines == ()
    assert r.by_rule("NEC102")


def test_neurotoxin_cosmetic_unless_hyperhidrosis(edit, ln):
    r = edit([ln("J0585", 20, dx=["L57.8"])], payer_kind=PayerKind.MEDICARE)
    assert r.line("J0585").modifiers == ("GY",)
    assert not edit([ln("J0585", 100, dx=["L74.510"])]).findings


def test_peel_for_aks_is_not_cosmetic(edit, ln):
    assert not edit([ln("15793", dx=["L57.0"])]).by_rule("NEC103")
    assert edit([ln("15793", dx=["L81.4"])]).by_rule("NEC103")


def test_screening_only_visit_medicare_gy(edit, ln):
    r = edit([ln("99203", dx=["Z12.83"])], payer_kind=PayerKind.MEDICARE)
    assert r.line("99203").modifiers == ("GY",)
    assert r.by_rule("NEC104")[0].topic == Topic.COVERAGE
    assert edit([ln("99203", dx=["Z12.83"])]).line("99203").modifiers == ()  # commercial: covered preventive
    assert not edit([ln("99213", dx=["Z12.83", "Z85.828"])], payer_kind=PayerKind.MEDICARE).findings


def test_explicitly_asymptomatic_lesion_symptom_code_does_not_count(edit, ln):
    r = edit(
        [ln("11200", dx=["L91.8", "L29.9"], lesions=["H"])],
        payer_kind=PayerKind.MEDICARE,
        abn_on_file=True,
        indications=(Indication("asymptomatic", "H"),),
    )
    assert r.line("11200").modifiers == ("GY", "GX")
    r = edit([ln("11200", dx=["L91.8", "L29.9"], lesions=["H"])], payer_kind=PayerKind.MEDICARE)
    assert r.line("11200").modifiers == ()
