"""Round-3 generalisation tests, in our own phrasing (not the corpus text): excimer area summed over plaques
or given as dimensions, patch-test counts from a table column or "panel + own product", quantities written in
words (dose, volume, concentration, flap area), an incision with purulence as I&D, matrixectomy of one toe
with a plain avulsion of another in one paragraph, a voluntary ABN, a past excision's result in a post-op
note, and a "biopsy-proven" history mention that does not hide the lesion's site."""

from __future__ import annotations

import pytest

from server.coding import code_encounter
from tests.charts import bundle as _bundle
from tests.charts import encounter as _enc
from tests.charts import lines as _lines
from tests.charts import note as _note
from tests.charts import procedure as _proc
from server.coding.extract import text as tx
from server.coding.extract.facts import abn_on_file
from server.coding.extract.services import _affirmed_kinds
from server.coding.extract.services import nail_avulsion_only_digits
from server.coding.extract.services import table_count

# ---------------------------------------------------------------------------------------------- excimer
def test_excimer_area_summed_over_one_procedure_per_plaque(tables):
    b = _bundle(
        _enc(),
        _proc("p1", "Excimer laser", "scalp", "308 nm excimer to the scalp plaque, 160 sq cm"),
        _proc("p2", "Excimer laser", "sacrum", "308 nm excimer to the sacral plaque, 140 sq cm"),
    )
    assert _lines(code_encounter(b, tables)) == {("96921", 1, ())}


def test_excimer_stated_total_is_not_added_again(tables):
    note = "Excimer laser today. Scalp 100 sq cm, sacrum 90 sq cm, total 190 sq cm. 300 mJ/cm2.\n"
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("96920", 1, ())}


def test_excimer_area_from_plaque_dimensions(tables):
    note = (
        "Excimer laser to psoriasis plaques: sacrum 12 x 15 cm, R shin 10 x 12 cm, L shin 9 x 11 cm "
        "(450 mJ/cm2).\n"
    )
    # 180 + 120 + 99 = 399 sq cm
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("96921", 1, ())}


def test_plane_areas_skip_three_dimensional_sizes():
    areas = tx.find_plane_areas("plaque 8 x 10 cm; nodule 1 x 2 x 3 cm; 15 x 20 mm")
    assert [a for a, _, _ in areas] == [80.0, 3.0]


# ------------------------------------------------------------------------------------------- patch tests
def test_patch_test_count_from_an_allergen_column_total_row_not_added():
    text = "Panel | Allergens\nStandard series | 50\nCosmetic series | 12\nTotal | 62\n"
    assert table_count(text)[0] == 62


def test_patch_tests_from_a_series_table_in_the_note(tables):
    note = (
        "Patch tests placed today for chronic eyelid dermatitis.\n"
        "Series | # allergens\nExpanded baseline | 65\nFragrance series | 15\nRead at 48 and 96 hours.\n"
    )
    assert ("95044", 80, ()) in _lines(code_encounter(_bundle(_enc(), _note(note)), tables))


@pytest.mark.parametrize(
    "text,units",
    [
        ("Patch testing applied: 40 allergens plus his own hair dye (1).", 41),
        ("Patch test placement of 30 allergens + 2 own products.", 32),
        ("Patch testing: 40 allergens plus the patient's own lotion, 41 tests in all.", 41),
    ],
)
def test_patch_tests_with_own_products(tables, text, units):
    assert ("95044", units, ()) in _lines(code_encounter(_bundle(_enc(), _note(text + "\n")), tables))


# ------------------------------------------------------------------------------------ quantities in words
@pytest.mark.parametrize(
    "value,expected",
    [("2.5", 2.5), ("one and one-half", 1.5), ("two and a half", 2.5), ("thirty", 30.0), ("one-half", 0.5)],
)
def test_quantity_in_words(value, expected):
    assert tx.quantity(value) == expected


def test_intralesional_dose_written_in_words(tables):
    note = (
        "Two hypertrophic scars on the upper back were treated. I injected a total of two and a half "
        "milliliters of triamcinolone acetonide, ten milligrams per milliliter, shared between the two "
        "scars.\n"
    )
    got = _lines(code_encounter(_bundle(_enc(), _note(note)), tables))
    assert got == {("11900", 1, ()), ("J3301", 3, ())}


def test_flap_area_in_words(tables):
    note = (
        "Mohs micrographic surgery, R nasal tip, BCC: one stage, two blocks, clear. The defect was repaired "
        "with a bilobed flap; primary and secondary defects together about seven square centimeters.\n"
    )
    assert ("14060", 1, ()) in _lines(code_encounter(_bundle(_enc(), _note(note)), tables))


# ------------------------------------------------------------------------------------------------ I&D
def test_incision_with_purulence_is_an_incision_and_drainage(tables):
    note = (
        "Procedure: R buttock abscess - stab incision with a #11 blade, purulence expressed, multiple loculations "
        "broken with a hemostat, packed with plain gauze.\n"
    )
    assert _lines(code_encounter(_bundle(_enc(), _note(note)), tables)) == {("10061", 1, ())}


# ---------------------------------------------------------------------------------------------- nails
NAILS = (
    "Painful ingrown nails on the left second toe and the right great toe. Digital blocks with 1% lidocaine. "
    "On the left second toe the medial border was avulsed and the matrix was ablated with phenol, three "
    "applications. On the right great toe the lateral border was avulsed, without matrix treatment.\n"
)


def test_avulsion_only_digit_in_a_matrixectomy_paragraph():
    assert nail_avulsion_only_digits(NAILS) == ["T5"]


def test_matrixectomy_of_one_toe_and_avulsion_of_another(tables):
    assert _lines(code_encounter(_bundle(_enc(), _note(NAILS)), tables)) == {
        ("11750", 1, ("T1",)),
        ("11730", 1, ("T5",)),
    }


def test_matrixectomy_of_two_toes_stays_two_matrixectomies():
    text = (
        "On the left great toe the lateral border was avulsed and the matrix ablated with phenol. "
        "On the right great toe the medial border was avulsed and the matrix ablated with phenol."
    )
    assert nail_avulsion_only_digits(text) == []


# ------------------------------------------------------------------------------------------------- ABN
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Patient signed a voluntary ABN and elected treatment.", True),
        ("She completed the written advance beneficiary notice before cryotherapy.", True),
        ("Signed voluntary ABN: no.", False),
    ],
)
def test_voluntary_abn_statements(text, expected):
    assert abn_on_file([text]) is expected


# ------------------------------------------------------------------------------- history vs. today's work
def test_reported_excision_result_is_not_an_excision_today():
    assert _affirmed_kinds("Dx: BCC L shoulder excised, clear margins.") == []
    assert [k for k, _, _ in _affirmed_kinds("BCC L shoulder excised today, margins clear on frozen.")] == [
        "excision"
    ]


def test_biopsy_proven_mention_does_not_hide_the_site(tables):
    note = (
        "Referred with biopsy-proven SCC R temple, 1.0 cm. Options reviewed; patient prefers excision.\n"
        "Procedure: excision with 5 mm margins; the defect closed with an advancement flap, total area "
        "primary and secondary defect 6 sq cm.\n"
    )
    assert ("14040", 1, ()) in _lines(code_encounter(_bundle(_enc(), _note(note)), tables))


# ------------------------------------------------------------------------------------------- lesion counts
def test_abbreviated_history_count_is_not_todays_count(tables):
    note = (
        "S: 77F, rough spots on the scalp. hx LN2 to ~8 AKs last yr.\n"
        "A/P: AKs - LN2 x 3 scalp, + 1 more on the L ear. 2 FTC.\n"
    )
    got = _lines(code_encounter(_bundle(_enc(), _note(note)), tables))
    assert got == {("17000", 1, ()), ("17003", 3, ())}


def test_counts_written_after_each_site_are_summed(tables):
    b = _bundle(
        _enc(),
        _proc("p1", "Cantharidin", "trunk", "Molluscum treated: R flank 7, L flank 5, abdomen 6."),
    )
    assert _lines(code_encounter(b, tables)) == {("17111", 1, ())}


def test_per_site_counts_do_not_override_a_larger_stated_total(tables):
    note = "AKs: forehead x3, L cheek x2 and 4 more on the scalp = 9 total -> LN2 x9, 2 FTC.\n"
    got = _lines(code_encounter(_bundle(_enc(), _note(note)), tables))
    assert got == {("17000", 1, ()), ("17003", 8, ())}


def test_table_row_count_belongs_to_its_own_procedure():
    text = (
        "Dx | Site | Count | Method\nAcrochordons | neck | 20 | snip\n"
        "Actinic keratosis | scalp | 4 | LN2\n"
    )
    row = text.index("Actinic")
    assert table_count(text)[0] == 24
    assert table_count(text, (row, len(text)))[0] == 4


def test_tags_and_aks_in_one_procedure_table(tables):
    note = (
        "Procedures:\nDx | Site | Count | Method\n"
        "Irritated skin tags | neck 12, R axilla 5 | 17 | snip + cautery\n"
        "Actinic keratosis | scalp | 4 | LN2 2 FTC\nTolerated well.\n"
    )
    got = _lines(code_encounter(_bundle(_enc(), _note(note)), tables))
    assert ("17003", 3, ()) in got and ("11201", 1, ()) in got


# ------------------------------------------------------------------------------------ Mohs blocks, scars
def test_mohs_blocks_after_a_semicolon_in_the_stage_line(tables):
    note = (
        "Mohs micrographic surgery, BCC R cheek.\n"
        "Stage 1: debulked; the layer was divided into 7 tissue blocks, residual at 3 o'clock.\n"
        "Stage 2: 2 blocks, clear.\n"
    )
    got = _lines(code_encounter(_bundle(_enc(), _note(note)), tables))
    assert {("17311", 1, ()), ("17312", 1, ()), ("17315", 2, ())} <= got  # blocks 6 and 7


def test_excision_scar_on_exam_is_not_an_excision(tables):
    note = (
        "Skin check. Excision scar L shoulder well healed, no recurrence. 4 AKs on the forehead.\n"
        "Procedure: LN2 to 4 AKs of the forehead, 2 cycles.\n"
    )
    got = _lines(code_encounter(_bundle(_enc(), _note(note)), tables))
    assert got == {("17000", 1, ()), ("17003", 3, ())}


def test_destruction_as_above_takes_the_exam_counts(tables):
    note = (
        "EXAM: 4 rough scaly papules on the scalp, 2 on the L forearm and one more on the nasal tip.\n"
        "Procedure: LN2 cryotherapy, 2 freeze-thaw cycles, to the AKs of the scalp, forearm and nose as "
        "noted "
        "above.\n"
    )
    got = _lines(code_encounter(_bundle(_enc(), _note(note)), tables))
    assert got == {("17000", 1, ()), ("17003", 6, ())}
