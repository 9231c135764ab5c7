"""Round-6 generalisation tests (session 10), in our own phrasing: counts labelled by the lesions and their
verb ("Calluses pared: 4"), totals stated for the visit ("Total warts frozen today = 6")."""

from __future__ import annotations

from server.coding import code_encounter
from server.coding.extract import text as tx
from server.coding.extract.facts import abn_on_file
from server.coding.extract.facts import addressed_dx
from server.coding.extract.facts import rx_managed
from server.coding.extract.services import find_kinds
from server.coding.extract.services import segments
from server.coding.families import em
from tests.charts import bundle as _bundle
from tests.charts import encounter as _enc
from tests.charts import lines as _lines
from tests.charts import note as _note
from tests.charts import procedure as _procedure


def _counts(text: str) -> list[int]:
    return [n for n, _, _ in tx.find_counts(text)]


def test_count_labelled_by_lesion_and_verb():
    assert _counts("Lesions pared: 3 - R heel, L heel, R hallux") == [3]
    assert _counts("Warts frozen: four, both hands") == [4]
    assert _counts("Lesions pared: 3 mm deep") == []


def test_total_for_the_visit():
    assert _counts("Total lesions pared at this visit = 5 (both feet).")[0] == 5
    assert _counts("Total warts frozen today: 6") == [6]


def test_paring_count_from_labelled_field(tables):
    note = (
        "PROCEDURE NOTE - PARING\n  Lesions pared: 3 - L 4th toe (corn), R 5th toe (corn), R heel callus\n"
        "  Technique: #15 blade\nDx: corns and callus, painful.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11056", 1, ())}


def _prior(code: str, date: str = "2026-04-27") -> dict:
    return {
        "resourceType": "Procedure", "id": "old", "status": "completed", "performedDateTime": date,
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code}]},
    }


def test_fraction_after_the_procedure_is_no_date(tables):
    note = (
        "PROCEDURE - L great toe:\n   - Digital block, lidocaine 1% plain.\n"
        "   - Partial nail avulsion, medial border (approx 1/3 plate).\n"
        "R great toe: no procedure - soaks and trimming advice.\nA/P: ingrown nail L great toe - done.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11730", 1, ("TA",))}


def test_other_side_label_ends_the_procedure_bullets():
    note = "PROCEDURE - L hallux:\n   - Partial avulsion, lateral border.\nR hallux: no procedure - soaks.\n"
    assert [s.text.split(":")[0] for s in segments(note)] == ["PROCEDURE - L hallux", "R hallux"]


def test_dated_procedure_being_followed_is_not_todays(tables):
    note = (
        "POST-OP VISIT\nProcedure being followed: [x] 04/27/2026 excision SCC L forearm   Post-op day: 7\n"
        "Sutures removed, wound well approximated. New concerns: none.\n"
    )
    res = code_encounter(_bundle(_enc(em="99212"), _note(note), _prior("11602")), tables)
    assert _lines(res) == {("99024", 1, ())}


def test_post_op_visit_told_in_lay_words_is_99024(tables):
    note = (
        "Here 7 days after we cut out the mole on her back. The lab result (benign mole) was shared by phone.\n"
        "All stitches removed. Nothing else today.\n"
    )
    res = code_encounter(_bundle(_enc(em="99212"), _note(note), _prior("11402")), tables)
    assert _lines(res) == {("99024", 1, ())}


def test_packing_removal_inside_the_global_is_99024(tables):
    note = "Back for packing removal, R thigh abscess drained here last week.\nPacking removed, cavity granulating.\n"
    res = code_encounter(_bundle(_enc(em="99212"), _note(note), _prior("10060")), tables)
    assert _lines(res) == {("99024", 1, ())}


def test_charge_contradicted_by_the_note_is_removed(tables):
    note = "Plantar wart R foot: skin raw from salicylic pads, not frozen today.\nNo procedure performed today.\n"
    proc = _procedure("p1", "Destruction of wart", "Right plantar foot", "Entered at check-in.", code="17110")
    res = code_encounter(_bundle(_enc(), _note(note), proc), tables)
    assert _lines(res) == set()
    assert "DRM092" in {f.rule_id for f in res.findings}


def test_lay_excision_told_with_the_surgery(tables):
    note = (
        "Cyst on the upper back, 1.5 cm across, 2 mm margin planned. Numbed with lidocaine.\n"
        "Cut out the whole cyst with the sac in one piece as an ellipse.\n"
        "Closure: the wound was deep, so we closed it in layers - dissolvable stitches underneath, nylon on top. "
        "Final stitched line 5.0 cm.\nPathology: epidermal inclusion cyst.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11402", 1, ()), ("12032", 1, ())}
    assert not [k for k in find_kinds("Last year we cut out a mole on his arm.") if k[0] == "excision"]


def test_one_wound_per_site_label(tables):
    note = (
        "Fell off a bike this morning.\n\nScalp: 3.0 cm gaping cut, irrigated. Closed in two layers, Vicryl deep and "
        "staples. Layered closure, 3.0 cm.\nLeft knee: 1.0 cm shallow cut, one layer of 5-0 nylon stitches.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("12032", 1, ()), ("12001", 1, ())}


def test_lay_drainage_of_a_boil(tables):
    note = (
        "Painful boil L thigh, 2 cm, soft center. Small cut over the soft center with a #11 blade, thick pus "
        "drained, rinsed with saline. No packing.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("10060", 1, ())}


def test_time_label_on_the_date_counts_for_g2212():
    assert em._TOTAL_TIME.search("Assessment: bullous pemphigoid.\nTime: 74 minutes on the date of service.")


def test_abn_judged_on_its_own_line():
    assert abn_on_file(["[x] Voluntary ABN (notice of non-covered service) reviewed and signed\n[ ] ABN for a denial"])
    assert not abn_on_file(["[ ] ABN signed\n[x] no notice given"])


def _status(text: str, word: str) -> str:
    i = text.find(word)
    return tx.assertion(text, i, i + len(word))


def test_return_precautions_are_no_symptom():
    assert _status("Return precautions given (spreading redness, fever, uncontrolled bleeding).", "bleeding") == "hypothetical"
    assert _status("After discussion, I pared the five painful corns.", "pared") == "affirmed"


def test_unticked_concerns_and_otc_advice_are_no_other_problem():
    assert not addressed_dx("Other concerns: [ ] acne  [ ] rash  [ ] moles  [x] none")
    assert not rx_managed("Plan: [x] LN2 today  [x] continue OTC salicylic acid between visits  [ ] Rx")
    assert rx_managed("Plan: start doxycycline 100 mg BID for the acne.")


def test_unticked_modality_is_not_given(tables):
    note = (
        "PHOTOTHERAPY FLOW SHEET\nModality: [x] NB-UVB (311 nm)   [ ] BB-UVB   [ ] PUVA   [ ] Excimer 308\n"
        "Dx: psoriasis vulgaris. Session #: 9. Today's dose: 900 mJ/cm2.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("96900", 1, ())}


def test_lesion_cards_are_one_lesion_each_and_a_blank_count_is_missing(tables):
    note = (
        "=== CARD 1 ===\nSite: L upper arm\nSize: 0.9 x 0.7 cm\nDx: superficial BCC (biopsy-proven)\n"
        "Procedure: ED&C      Cycles: 3\nFinal defect: 1.3 cm\n"
        "=== CARD 2 ===\nSite: scalp\nDx: actinic keratosis\nProcedure: LN2 cryotherapy\nCount: Select:\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert _lines(res) == {("17262", 1, ())}
    assert "missing-documentation" in {f.topic.value for f in res.findings}


def test_dot_leader_margin_is_a_margin():
    text = " Size ............ 1.5 x 1.0 cm\n Margin .......... 3 mm\n Excised diameter (auto) ..... Select:\n"
    kinds = {m.kind for m in tx.find_measures(text) if m.value_cm == 0.3}
    assert kinds == {"margin"}


def test_examined_only_table_rows_and_each_row_is_a_lesion(tables):
    note = (
        "### Lesion table\n| # | Site | Size | Procedure |\n|---|---|---|---|\n"
        "| 1 | R upper back | 0.6 cm | **Tangential biopsy** |\n| 2 | mid lower back | 0.7 cm | **Tangential biopsy** |\n"
        "| - | chest | many | examined only |\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11102", 1, ()), ("11103", 1, ())}


def test_suture_removal_from_an_earlier_excision_is_post_op_care(tables):
    note = (
        "Here for suture removal from the excision on her left shoulder blade done 04/27.\n"
        "Provider removes five sutures. Path reviewed: atypical nevus, completely removed.\n"
    )
    res = code_encounter(_bundle(_enc(em="99212"), _note(note), _prior("11402")), tables)
    assert _lines(res) == {("99024", 1, ())}


def test_days_after_the_operation_make_a_post_op_visit(tables):
    note = "s/p exc BCC R upper back 4/27 (7d). Wound intact. SR -> steri-strips.\n"
    res = code_encounter(_bundle(_enc(em="99212"), _note(note), _prior("11602")), tables)
    assert _lines(res) == {("99024", 1, ())}


def test_count_after_a_parenthesis():
    assert _counts("atypical nevi -> sh bx (saucerization, DermaBlade, AlCl) x8:") == [8]


def test_strength_named_by_shorthand_gives_the_dose(tables):
    note = "Keloids chest, itchy. ILK 10 x3 keloid chest 0.6cc total. 30g, tol well.\n"
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11900", 1, ()), ("J3301", 1, ())}


def test_wound_length_before_the_closure_is_the_repair_length():
    text = "Fusiform ellipse, cyst removed intact.\nWound 4.0 cm. Layered closure: 4-0 Monocryl buried, 4-0 nylon."
    assert [m.kind for m in tx.find_measures(text)] == ["repair"]


def test_one_line_medication_field_does_not_swallow_the_exam(tables):
    note = (
        "CC: mole on nose bleeds.\nMeds: clopidogrel, atorvastatin. NKDA.\n"
        "L nasal sidewall 5mm dome flesh IDN, bleeds when glasses rub it.\n  -> shave removal flush w/ DermaBlade. Path.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11310", 1, ())}


def test_scribed_present_tense_is_todays_work():
    assert [k for k in find_kinds("Dr. Pike is excising the cyst with the overlying ellipse of skin.") if k[0] == "excision"]
    assert [k for k in find_kinds("Dr. Santos is curetting now, then electrodesiccating.") if k[0] == "destruction"]


def test_mohs_layers_mapped_frozen_read_are_no_cryotherapy():
    text = "Stage 1: tumor divided into six tissue blocks, mapped, frozen, H&E read by me."
    assert not [k for k in find_kinds(text) if k[0] == "destruction"]


def test_paring_counted_by_its_table_rows(tables):
    note = (
        "### Lesion table\n| # | Site | Impression | Procedure |\n|---|---|---|---|\n"
        "| 1 | R heel | callus | **pared** |\n| 2 | L heel | callus | **pared** |\n| 3 | R hallux | corn | **pared** |\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11056", 1, ())}


def test_what_the_treated_spot_may_do_is_no_symptom():
    assert _status("LN2 x6 SKs. May lighten/darken, blister care reviewed.", "darken") == "hypothetical"
    assert _status("The spot may darken over weeks and bleeds when rubbed.", "bleeds") == "affirmed"


def test_markdown_headings_and_an_excised_diameter_column(tables):
    note = (
        "## Excision of Malignant Lesion\n\n### Pre-op measurements\n| Site | Clinical lesion | Margin | Excised diameter |\n"
        "|---|---|---|---|\n| **R dorsal hand** | **1.2 x 0.9 cm** | **0.4 cm** | 2.0 cm |\n\n"
        "### Procedure\n- Ellipse excised to fat.\n- **Repair: intermediate (layered)**\n  - **length 3.0 cm**\n\n"
        "### Post-op\n- Elevate the hand; sutures out 14 days\n\nPath: invasive SCC, margins clear.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("11622", 1, ()), ("12042", 1, ())}


def test_cant_be_excluded_is_uncertainty_and_every_table_row_is_a_lesion(tables):
    assert _status("Pink papule; BCC can't be excluded, shave removal done.", "shave removal") == "affirmed"
    note = (
        "| # | Site | Diameter | Indication | Procedure |\n|---|---|---|---|---|\n"
        "| A | Nasal tip | 0.4 cm | glasses rub it, bleeds | **Shave removal** |\n"
        "| B | L neck | 0.8 cm | itchy, inflamed | **Shave removal** |\n"
        "| C | R upper back | 1.2 cm | enlarging, pink; BCC can't be excluded | **Shave removal** |\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {
        ("11310", 1, ()), ("11306", 1, ()), ("11302", 1, ())
    }


def test_a_table_cell_with_words_is_read_on_its_own():
    row = "| L mid back | 0.9 cm | 0.3 cm | **Excision** (excised diameter 1.5 cm) | **layered, 4.0 cm** |"
    kinds = {m.value_cm: m.kind for m in tx.find_measures(row)}
    assert kinds[1.5] == "excised" and kinds[4.0] != "excised"


def test_a_parenthesis_after_an_earlier_procedure_is_history():
    assert _status("PROCEDURE ROOM (booked at walk-in 12/08 after I&D)", "I&D") == "historical"


def test_a_wart_pared_first_then_frozen_is_one_destruction(tables):
    note = (
        "Warts: R index x2, one 6 mm plantar wart L heel. Procedure: LN2 cryotherapy, 2 cycles each.\n"
        "Heel wart pared with #15 blade first to remove callus, then frozen.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("17110", 1, ())}
