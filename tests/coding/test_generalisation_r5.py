"""Round-5 generalisation tests (session 9), in our own phrasing: practice and module names holding "Mohs", a
Mohs stage named by its roman numeral, single-cavity I&D grading, treatments weighed against each other, "#N"
list items at one site, an indented list ended by a line at the margin, and a parenthesis describing an earlier
procedure."""

from __future__ import annotations

from server.coding import code_encounter
from server.coding.extract import text as tx
from server.coding.extract.services import _affirmed_kinds
from server.coding.extract.services import complicated_drainage
from server.coding.extract.services import find_kinds
from server.coding.extract.services import segments
from tests.charts import bundle as _bundle
from tests.charts import encounter as _enc
from tests.charts import lines as _lines
from tests.charts import note as _note


def _kinds(text: str) -> set[str]:
    return {k for k, _, _ in _affirmed_kinds(text)}


def test_practice_or_module_name_with_mohs_is_no_mohs():
    assert "mohs" not in _kinds("LAKESIDE MOHS & SKIN CANCER CENTER - CLINIC MODULE: ACNE FOLLOW-UP (established)")
    assert "mohs" not in _kinds("LAKESIDE MOHS - MMS MODULE - WOUND CHECK")
    assert "mohs" in _kinds("Mohs stage II: one block, margins clear.")


def test_old_mohs_scar_whose_words_wrap_is_no_mohs():
    assert not [k for k in find_kinds("Exam: L cheek 5 mm pink papule. Prior R temple Mohs\n scar is flat.") if k[0] == "mohs"]


def test_single_cavity_with_loculations_broken_is_simple_but_multiloculated_is_complicated():
    assert not complicated_drainage("One fluctuant abscess incised, loculations broken with a hemostat, irrigated.")
    assert complicated_drainage("Abscess incised; multiple loculations broken up; packed with iodoform.")
    assert complicated_drainage("A 3 cm loculated abscess was incised and drained.")
    assert complicated_drainage("Two separate abscesses were drained today (both axillae).")


def test_single_abscess_with_loculations_broken_codes_10060(tables):
    note = "Procedure: I&D of a single L thigh abscess, pus expressed, loculations gently broken, not packed.\n"
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("10060", 1, ())}


def test_treatments_weighed_against_each_other_are_not_done():
    for text, word in [
        ("Risks/benefits/alternatives (excision, cryotherapy) reviewed.", "excision"),
        ("Return to plan treatment (Mohs vs excision).", "Mohs"),
        ("Return to plan treatment (Mohs vs excision).", "excision"),
    ]:
        i = text.find(word)
        assert tx.assertion(text, i, i + len(word)) == "hypothetical", (text, word)
    text = "R cheek papule, BCC vs SCC, shave biopsy performed."
    i = text.find("shave biopsy")
    assert tx.assertion(text, i, i + 12) == "affirmed"


def test_numbered_items_at_one_site_are_separate_lesions(tables):
    note = (
        "Tangential biopsies, each in its own jar:\n"
        "  #1 R dorsal hand, proximal, 8 mm scaly papule\n"
        "  #2 R dorsal hand, distal (separate lesion), 5 mm keratotic papule\n"
        "  #3 L forearm, 6 mm crusted papule\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11102", 1, ()), ("11103", 2, ())}


def test_indented_list_ends_at_a_line_back_at_the_margin():
    note = "Biopsies:\n  #1 R shin, 6 mm papule\n  #2 scalp, 9 mm plaque\nTwo other AKs - cryo deferred.\n"
    texts = [s.text for s in segments(note)]
    assert "  #2 scalp, 9 mm plaque" in texts
    assert "Two other AKs - cryo deferred." in texts


def test_parenthesis_describing_an_earlier_excision_is_not_today():
    text = (
        "Post-op day 9 after excision of a BCC of the R upper arm (05/02/2026,\n"
        "excised diameter 2.2 cm, intermediate closure). Here for suture removal."
    )
    assert not _kinds(text) & {"excision", "repair"}
