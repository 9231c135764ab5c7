"""Round-4 generalisation tests, in our own phrasing (not the corpus text): note layout cues that decide
whether a mention is today's work — an inline history header followed by today's numbered list or table, a
global "no procedures today", a title line over one item per lesion, and margins + closure meaning excision."""

from __future__ import annotations

from server.coding import code_encounter
from server.coding.extract.services import segments
from tests.charts import bundle as _bundle
from tests.charts import encounter as _enc
from tests.charts import lines as _lines
from tests.charts import note as _note


def _code(tables, text, em=None):
    return _lines(code_encounter(_bundle(_enc(em), _note(text)), tables))


def test_inline_history_header_does_not_swallow_todays_numbered_list(tables):
    text = (
        "PSH: excision L shin 2018; Mohs L ear 2022.\n"
        "1) L upper arm 6 mm pink papule, r/o BCC -> punch biopsy 4 mm, one stitch.\n"
        "2) R scapula 5 mm scaly papule -> tangential biopsy.\n"
    )
    assert _code(tables, text) == {("11104", 1, ()), ("11103", 1, ())}


def test_bare_history_header_over_a_numbered_list_stays_history():
    text = "Past surgical history:\n1) Mohs R nasal tip 2020\n2) shave biopsy L arm 2023\n"
    assert {s.section for s in segments(text) if "Mohs" in s.text or "shave" in s.text} == {"narrative"}


def test_inline_history_header_does_not_swallow_a_table():
    text = "HPI: two bothersome growths.\nSite | Size | Procedure\nR neck | 5 mm | shave removal\n"
    assert [s.section for s in segments(text) if "shave" in s.text] == ["other"]


def test_no_procedures_today_means_none_from_the_note(tables):
    text = (
        "A/P:\n1. Psoriasis - start clobetasol.\n2. Three AKs on the scalp - will freeze at next visit; defer LN2.\n"
        "No procedures performed today.\n"
    )
    assert _code(tables, text, "99213") == {("99213", 1, ())}


def test_defer_is_a_negation(tables):
    text = "A/P:\n1. Two warts R hand - defer cryotherapy until after her trip.\n"
    assert _code(tables, text, "99212") == {("99212", 1, ())}


def test_title_line_over_one_item_per_lesion(tables):
    text = (
        "Shave removals\n"
        "- R cheek, irritated SK that catches on glasses, 0.6 cm\n"
        "- L upper back, bleeding SK, 1.1 cm\n"
    )
    assert _code(tables, text) == {("11311", 1, ()), ("11302", 1, ())}


def test_margins_and_closure_mean_excision(tables):
    text = (
        "Melanoma in situ, biopsy-proven, L upper back.\n"
        "Lesion 1.2 cm, 5 mm margins taken to fat, intermediate closure 4.0 cm.\n"
    )
    assert _code(tables, text) == {("11603", 1, ()), ("12032", 1, ())}


def test_numbered_problem_does_not_take_the_previous_problems_site(tables):
    text = (
        "Procedures:\n- 3 mm punch biopsy R lower back\n- LN2 to 4 AKs of the scalp\n\n"
        "A/P:\n1. Changing papule lower back - biopsied, await path.\n2. AKs - cryo as above.\n"
    )
    found = _code(tables, text)
    assert ("11104", 1, ()) in found and ("17003", 3, ()) in found


def test_a_duration_after_x_is_not_a_count(tables):
    text = "Pt points out a new pink papule on the L calf x 3 months. Tangential biopsy done today.\n"
    assert _code(tables, text) == {("11102", 1, ())}


def test_site_of_the_procedure_sentence_wins(tables):
    text = (
        "Psoriasis of elbows and knees, 8% BSA, start apremilast. Separately a 7 mm scaly papule R nasal ala "
        "-> shave removal today.\n"
    )
    assert _code(tables, text, "99214") == {("99214", 1, ("25",)), ("11311", 1, ())}


def test_stated_patch_total_with_its_breakdown_is_not_added_again(tables):
    text = "Patch testing: 40 allergens (standard series 39 + her own hair dye) applied to the back.\n"
    assert _code(tables, text) == {("95044", 40, ())}


def test_free_text_suture_removal_in_a_global_is_99024(tables):
    from tests.charts import procedure

    prior = {
        "resourceType": "Procedure", "id": "old", "status": "completed", "performedDateTime": "2026-04-27",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "12032"}]},
    }
    b = _bundle(_enc(), procedure("p1", "Suture removal", "L forearm", "Healing well, 4-0 nylon removed."), prior)
    assert _lines(code_encounter(b, tables)) == {("99024", 1, ())}


def test_named_biopsy_with_frozen_section_is_not_the_mohs_it_led_to(tables):
    from tests.charts import procedure

    b = _bundle(
        _enc(),
        procedure("p1", "Shave biopsy with frozen section", "L temple",
                  "No prior pathology. Diagnostic shave sent for frozen section: BCC. Proceeded to Mohs."),
        procedure("p2", "Mohs surgery", "L temple", "Stage 1: 3 blocks, clear. Healing by second intention."),
    )
    found = _lines(code_encounter(b, tables))
    assert ("17311", 1, ()) in found and ("11102", 1, ("59",)) in found
