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
from server.coding.extract.services import services_from_note
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


def test_later_visit_plans_are_not_done():
    for text, word in [
        ("Patch testing to be arranged once the rash settles.", "Patch testing"),
        (" - ILK to the scar at 2 wk and 6 wk post-op, then a pressure earring.", "ILK"),
    ]:
        i = text.find(word)
        assert tx.assertion(text, i, i + len(word)) == "hypothetical", text


def test_margin_line_parenthesis_is_a_margin_not_the_excised_diameter():
    measures = tx.find_measures(" Margins: 2 mm on the narrowest side (3 mm at the tips).\n")
    assert [m.kind for m in measures] == ["margin", "margin"]


def test_session_total_with_its_sites_and_the_procedure_line_are_one_tag_session(tables):
    note = (
        "Exam: skin tags: right axilla 4, left axilla 3, neck 2 (nine total), several inflamed and bleeding.\n"
        "Procedure: snip removal of 9 skin tags; topical lidocaine for the neck.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11200", 1, ())}


def test_blood_loss_line_after_the_repair_paragraph_is_no_new_lesion(tables):
    note = (
        "Excision of SCC, L shin. Lesion 1.5 x 1.2 cm. Margins: 4 mm.\n"
        "The ellipse was excised to fat.\n\n"
        "Repair: edges undermined and closed in two layers. Repaired length 5.0 cm.\n\n"
        "Estimated blood loss minimal. Compression wrap. Keep leg elevated.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11603", 1, ()), ("12032", 1, ())}


def test_closure_length_after_its_sutures_is_the_repair_length():
    text = "B) R forearm: cyst 1.1 cm, 2 mm margin, excised. Layered closure 4-0 Vicryl / 5-0 nylon, 2.6 cm."
    assert [m.kind for m in tx.find_measures(text)] == ["lesion", "margin", "repair"]


def test_anesthetic_nerve_is_no_site():
    from server.coding.extract.sites import find_sites

    assert [s.region for s in find_sites("Anesthesia: posterior tibial nerve block. Lesion on the L heel.")] == ["foot"]


def test_keloid_count_beside_a_biopsy_is_not_the_biopsy_count(tables):
    note = "A: Keloids x3 (itchy). Separate L forearm papule, uncertain - tangential bx, 6 mm.\n"
    found = _lines(code_encounter(_bundle(_enc(), _note(note)), tables))
    assert ("11102", 1, ()) in found and not any(code == "11103" for code, _, _ in found)


def test_excimer_stated_total_after_dot_leaders_or_wide_spacing_is_not_added_again():
    from server.coding.extract.services import excimer_area

    for total in ("Total treated area .............. 200 sq cm", "TOTAL treated area" + " " * 30 + "200 sq cm"):
        text = f"Areas:\n  Face ...... 80 sq cm\n  R hand ...... 60 sq cm\n  L hand ...... 60 sq cm\n  {total}\n"
        assert excimer_area(text)[0] == 200


def test_history_fields_pain_scores_and_conditional_symptoms_are_no_indication():
    from server.coding.extract.facts import _indications

    text = (
        "PSH: shave of an irritated SK 2021\n (it was bleeding then); appendectomy.\n"
        "MEDS: hydrocortisone cream (for an itchy rash last spring).\n"
        "Pain score at check-in: 0/10.\n"
        "If any site gets infected, call us.\n"
    )
    assert _indications(text) == ()
    assert "bleeding" in [k for k, *_ in _indications("The SK on her back bleeds when her bra rubs it.")]


def test_self_pay_neurotoxin_with_a_dose_is_a_documented_cosmetic_service():
    from server.coding.families import cosmetic_in_note

    assert cosmetic_in_note("Aesthetic (self-pay, separate ledger): Dysport 30 units glabella by the RN.") is not None
    assert cosmetic_in_note("She asked about Botox for her frown lines; price sheet given.") is None


def test_table_row_whose_action_is_another_service_is_not_the_biopsy_rows():
    note = (
        "# | Site | Finding | Action\n"
        "1 | R nasal ala | 5 mm pearly papule | Shave biopsy\n"
        "2 | L temple | 3 scaly papules | LN2\n"
        "3 | R forearm | 7 mm pink papule | Punch biopsy 4 mm\n"
    )
    kinds = sorted(s.kind for s in services_from_note(note, "n")[0])
    assert kinds.count("biopsy") == 2


def test_header_saying_not_performed_starts_a_list_of_work_not_done(tables):
    note = (
        "Procedure: shave removal R cheek, 0.6 cm bleeding papule.\n\n"
        "Other requests today (not performed):\n"
        "- Skin tag on the L eyelid for looks - next visit.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11311", 1, ())}


def test_exc_shorthand_is_an_excision_unless_weighed_or_not_done():
    assert "excision" in _kinds("1. SCC R dorsal hand -> exc + layered repair as above, path pending")
    assert "excision" not in _kinds("SCCIS L forearm - pt wants to think about 5fu vs exc, nothing done today.")


def test_indented_bullet_list_ends_at_a_line_back_at_the_margin(tables):
    note = (
        "Three new problems today:\n"
        "  - L thigh: itchy violaceous plaque 2 cm. 4 mm punch biopsy.\n"
        "  - R chest: scaly pink papule 0.7 cm. Tangential biopsy.\n"
        "  - L mid back: shiny pink patch 0.9 cm. Tangential biopsy.\n"
        "A 3 mm macule on the R shin looks benign; if it changes we'll biopsy it.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11104", 1, ()), ("11103", 2, ())}


def test_excimer_area_in_hundreds_written_out_and_the_treated_total_wins():
    from server.coding.extract.services import excimer_area

    text = "Right elbow ninety square centimeters, left elbow ninety square centimeters, total treated area one hundred eighty square centimeters."
    assert excimer_area(text)[0] == 180
    text = "Mapped: elbows 60 cm2, scalp 80 cm2 (fellow total 140 cm2). Excimer today to the elbows only: total treated area 60 cm2."
    assert excimer_area(text)[0] == 60
    assert tx.word_to_int("two hundred and ten") == 210


def test_general_statement_and_another_persons_history_are_not_the_visits_diagnoses(tables):
    from server.coding.extract.corrections import retract

    note = (
        "New patient skin check, Medicare. No complaints, no personal history of skin cancer.\n"
        "Exam: full skin, normal.\n"
        "Assessment: screening skin examination, normal.\n"
        "Plan: self-exams of palms and soles (acral melanoma is the most common type in darker skin).\n"
    )
    found = code_encounter(_bundle(_enc(em="99203"), _note(note)), tables)
    assert all(not c.startswith("C43") for line in found.lines for c in line.diagnoses)
    text = 'Intake says "Hx BCC".\n\nADDENDUM: the "Hx BCC" entry belongs to the patient\'s husband.\n'
    assert "Hx BCC" not in retract(text)


def test_g2211_sent_as_a_charge_and_documented_in_the_note_is_one_unit(tables):
    from tests.charts import procedure

    g = procedure("p1", "Visit complexity add-on", "", "longitudinal care for psoriasis")
    g["code"]["coding"] = [{"system": "http://www.ama-assn.org/go/cpt", "code": "G2211"}]
    note = "A&P: psoriasis on methotrexate - reduce dose, labs ordered. G2211 - I am his ongoing focal point.\n"
    found = _lines(code_encounter(_bundle(_enc(em="99214"), g, _note(note)), tables))
    assert ("G2211", 1, ()) in found and ("G2211", 2, ()) not in found


def test_abn_phrasings_on_forms_and_nursing_notes():
    from server.coding.extract.facts import abn_on_file

    assert abn_on_file(["Advance Beneficiary Notice (CMS-R-131) given as a voluntary notice: not a benefit."])
    assert abn_on_file(["COSMETIC. [X] Notice given voluntarily; pt chose to proceed - signed.  [ ] no notice"])
    assert not abn_on_file(["Told him this is cosmetic.\n   [ ] ABN / notice signed  -- not offered (forms out)"])


def test_post_op_visit_with_a_lesion_not_looked_at_is_99024(tables):
    prior = {
        "resourceType": "Procedure", "id": "old", "status": "completed", "performedDateTime": "2026-04-27",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "11602"}]},
    }
    note = (
        "Post-op: s/p excision of A (L upper back BCC) 04/27. Here for suture removal.\n"
        "  A - L upper back - excision site healing well\n"
        "  B - R shoulder - SK - not looked at today\n"
        "Sutures removed. Path reviewed: margins clear.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(em="99212"), _note(note), prior), tables)) == {("99024", 1, ())}
