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
