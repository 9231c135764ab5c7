"""Round-2 generalisation tests: the patterns behind the sealed `sx-` failures, written in our own phrasing
(not the corpus text) so that they check the pattern, not the chart: E/M 25 for a separately managed problem,
per-sentence site attribution in procedure lists, same-day diagnostic biopsy + frozen section before Mohs,
Mohs blocks per stage on pre-coded add-ons, digit modifiers from the nail's description."""

from __future__ import annotations

import pytest

from server.coding import code_encounter
from tests.charts import bundle as _bundle
from tests.charts import encounter as _enc
from tests.charts import lines as _lines
from tests.charts import note as _note
from tests.charts import procedure as _proc

ID_PROC = (
    "Procedure: incision and drainage of 3 cm fluctuant abscess, L axilla, multiple loculations broken, packed.\n"
)


# ------------------------------------------------------------------------------ E/M with a separate problem
@pytest.mark.parametrize(
    "second_item",
    [
        "2. Acne vulgaris, moderate - begin spironolactone 50 mg daily; CMP ordered.",
        "2. Plaque psoriasis, BSA 12% - considering a biologic; QuantiFERON and hepatitis B panel ordered.",
    ],
)
def test_em_kept_with_25_when_another_problem_is_managed(tables, second_item):
    note = (
        ID_PROC + "Assessment/Plan:\n1. Axillary abscess - I&D as above, wound care.\n" + second_item + "\n"
    )
    res = code_encounter(_bundle(_enc("99214"), _note(note)), tables)
    assert _lines(res) == {("10061", 1, ()), ("99214", 1, ("25",))}


def test_em_kept_when_items_are_inline_and_the_first_has_aftercare(tables):
    note = ID_PROC + (
        "A/P: 1) Abscess - as above, wound care, packing out in 2 days. 2) Recurrent furunculosis - "
        "start doxycycline 100 mg BID, nasal mupirocin decolonisation discussed.\n"
    )
    res = code_encounter(_bundle(_enc("99214"), _note(note)), tables)
    assert ("99214", 1, ("25",)) in _lines(res)


def test_em_removed_when_only_the_procedure_is_addressed(tables):
    note = ID_PROC + "Assessment/Plan:\n1. Axillary abscess - I&D as above, wound care.\n"
    res = code_encounter(_bundle(_enc("99214"), _note(note)), tables)
    assert _lines(res) == {("10061", 1, ())}
    assert any(f.rule_id == "GLB001" for f in res.findings)


# ------------------------------------------- skin-cancer surveillance + biopsy on one site + LN2 on others
FSE = (
    "HPI: h/o melanoma R calf 2020, here for skin check.\n"
    "Exam: TBSE. L shoulder 5 mm dark macule. Scalp with 3 AKs.\n"
    "Procedures: 1) Punch biopsy L shoulder. 2) Cryo to 3 AKs of the scalp (vertex x2, R parietal).\n"
    "A/P: h/o melanoma - continue skin checks every 6 months; atypical nevus L shoulder - bx; AKs - cryo.\n"
)


def test_surveillance_visit_with_biopsy_and_cryo_on_other_sites(tables):
    res = code_encounter(_bundle(_enc("99213"), _note(FSE)), tables)
    assert _lines(res) == {("99213", 1, ("25",)), ("11104", 1, ()), ("17000", 1, ("XS",)), ("17003", 2, ())}
    # the biopsied lesion is not "the same lesion destroyed": the cryo list names the scalp, not the shoulder
    assert not any(f.rule_id == "DRM003" for f in res.findings)
    bx = next(ln for ln in res.lines if ln.code == "11104")
    assert "shoulder" in (bx.body_site or "")
    cryo = next(ln for ln in res.lines if ln.code == "17000")
    assert "shoulder" not in (cryo.body_site or "")


def test_two_biopsies_in_a_numbered_list_keep_their_own_sites(tables):
    note = (
        "Exam: full skin exam.\n"
        "Procedures: 1) Tangential biopsy of the L scapula. 2) Tangential biopsy, right volar forearm. "
        "3) LN2 x4 to AKs of the forehead.\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert {ln.code: ln.units for ln in res.lines if ln.code.startswith("111")} == {"11102": 1, "11103": 1}
    assert not any(f.rule_id == "DRM003" for f in res.findings)


# ------------------------------------------------------- same-day diagnostic biopsy + frozen, then Mohs
def test_free_text_biopsy_with_frozen_section_before_mohs(tables):
    res = code_encounter(
        _bundle(
            _enc(),
            _proc(
                "p1",
                "Punch biopsy w/ frozen section",
                "left temple",
                "Never been biopsied. 3 mm punch sent for frozen: BCC. Proceeded to Mohs after the result.",
            ),
            _proc("p2", "Mohs micrographic surgery", "left temple", "Stage 1: 2 blocks, clear."),
        ),
        tables,
    )
    assert _lines(res) == {("11104", 1, ("59",)), ("88331", 1, ("59",)), ("17311", 1, ())}


def test_frozen_section_procedure_alone_is_not_a_second_biopsy(tables):
    res = code_encounter(
        _bundle(
            _enc(),
            _proc(
                "p1",
                "Shave biopsy",
                "R nasal tip",
                "Diagnostic shave, no previous biopsy; frozen section: BCC.",
            ),
            _proc("p2", "Frozen section", "R nasal tip", "Frozen section of the diagnostic biopsy: BCC."),
            _proc("p3", "Mohs", "R nasal tip", "Stage I: 3 blocks, clear."),
        ),
        tables,
    )
    assert _lines(res) == {("11102", 1, ("59",)), ("88331", 1, ("59",)), ("17311", 1, ())}


# ---------------------------------------------------------------- Mohs blocks beyond 5, pre-coded add-ons
def test_precoded_block_addon_counts_blocks_of_its_stage(tables):
    res = code_encounter(
        _bundle(
            _enc(),
            # the 17315 row comes first: blocks must still land on stage 2, not stage 1
            _proc("p3", "Mohs extra blocks", "R cheek", "3 extra blocks, stage 2", code="17315"),
            _proc("p1", "Mohs 1st stage", "R cheek", "Layer 1: 3 sections", code="17311"),
            _proc("p2", "Mohs addl stage", "R cheek", "Stage II - 8 blocks, clear", code="17312"),
        ),
        tables,
    )
    assert _lines(res) == {("17311", 1, ()), ("17312", 1, ()), ("17315", 3, ())}


def test_blocks_beyond_five_summed_over_roman_numbered_stages(tables):
    res = code_encounter(
        _bundle(
            _enc(),
            _proc("p1", "Mohs 1st stage", "L ear", "Stage I: 6 blocks, positive superiorly.", code="17311"),
            _proc(
                "p2",
                "Mohs addl stage",
                "L ear",
                "Stage II: 7 blocks. Stage III: 2 blocks, clear.",
                code="17312",
            ),
        ),
        tables,
    )
    assert ("17315", 3, ()) in _lines(res)
    assert ("17312", 2, ()) in _lines(res)


# ------------------------------------------------------------------------ nail digit from the description
@pytest.mark.parametrize(
    "note,expected",
    [
        (
            "Ingrown nail of the right hallux, medial border, painful for months.\n"
            "Wedge resection of the medial nail plate; matrix cauterized with phenol, permanent removal.\n",
            ("11750", 1, ("T5",)),
        ),
        (
            "Onychocryptosis, great toe, left, lateral edge.\n"
            "Partial nail avulsion of the lateral edge after digital block; matrix left intact.\n",
            ("11730", 1, ("TA",)),
        ),
    ],
)
def test_digit_modifier_from_an_earlier_sentence(tables, note, expected):
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert _lines(res) == {expected}


def test_no_digit_modifier_when_the_note_names_two_digits(tables):
    note = (
        "Ingrown nails: L great toe lateral border and R great toe medial border, both painful.\n"
        "Partial nail avulsion with phenol matrixectomy.\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert not any(
        m in {"TA", "T5"} and ln.units == 1 and len(res.lines) == 1 for ln in res.lines for m in ln.modifiers
    )
    assert res.lines


# ------------------------------------------------------------------ department names and conditional plans
def test_department_name_with_mohs_is_not_a_mohs_service(tables):
    note = (
        "Dr. Example | Skin Cancer & Mohs Surgery Center\n"
        "Procedure: shave removal of 6 mm irritated SK, R upper arm, catching on clothing.\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert {ln.code for ln in res.lines} == {"11301"}


def test_conditional_plan_is_not_coded(tables):
    note = (
        "Procedure: excision of SCC of the R dorsal hand, 1.0 x 0.8 cm with 4 mm margins; simple closure.\n"
        "Plan: If margins are involved, re-excision versus Mohs.\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert not any(ln.code.startswith("173") for ln in res.lines)
    assert any(ln.code.startswith("116") for ln in res.lines)


# ----------------------------------------------------------------- note layouts met in the second sealed set
def test_list_introduced_by_a_procedure_line_ending_in_a_colon(tables):
    note = (
        "Dx: irritated SKs x3, catching on clothing.\n"
        "Shave removals today (flush, AlCl3 hemostasis, all to path):\n"
        "  1) R temple - 5 mm papule\n"
        "  2) L forearm - 1.1 x 0.8 cm plaque\n"
        "  3) scalp - 9mm papule\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    # R temple 0.5 cm face -> 11310; L forearm 1.1 cm -> 11302; scalp 0.9 cm -> 11306
    assert _lines(res) == {("11310", 1, ()), ("11302", 1, ()), ("11306", 1, ())}


def test_size_from_the_exam_table_row_of_the_same_site(tables):
    note = (
        "<p>Exam</p><table><tr><th>Site</th><th>Finding</th><th>Size</th></tr>"
        "<tr><td>R upper arm</td><td>inflamed SK, bleeding</td><td>0.9 x 0.6 cm</td></tr></table>"
        "<p>Procedure: shave removal of the R upper arm SK, hemostasis with AlCl3.</p>"
    )
    b = _bundle(_enc(), _note(note))
    b["entry"][1]["resource"]["content"][0]["attachment"]["contentType"] = "text/html"
    res = code_encounter(b, tables)
    assert _lines(res) == {("11301", 1, ())}


def test_excision_table_columns_margin_closure_and_length(tables):
    note = (
        "Procedure: re-excisions x2. Both lesions biopsied last month with severe atypia at the margins.\n"
        "Lesion | Site | Size | Margin | Closure | Length\n"
        "1 | L shin | 0.6 x 0.5 cm | 3 mm | layered, buried 4-0 Monocryl | 3.0 cm\n"
        "2 | R thigh | 0.5 x 0.5 cm | 2 mm | layered, buried 4-0 Vicryl | 2.0 cm\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    # 0.6 + 2 x 0.3 = 1.2 -> 11402; 0.5 + 2 x 0.2 = 0.9 -> 11401; intermediate repairs summed 5.0 cm -> 12032
    assert _lines(res) == {("11402", 1, ()), ("11401", 1, ()), ("12032", 1, ())}


def test_precoded_complicated_label_without_documented_complexity(tables):
    res = code_encounter(
        _bundle(
            _enc(),
            _proc(
                "p1",
                "I&D complicated",
                "L thigh",
                "one 1.5 cm abscess, incised, drained, no loculations, no packing",
                code="10061",
            ),
        ),
        tables,
    )
    assert _lines(res) == {("10060", 1, ())}
    assert any(f.topic.value == "coding-correction" for f in res.findings)


def test_generic_phototherapy_title_with_methoxsalen_is_puva(tables):
    note = (
        "PHOTOTHERAPY\nDx: psoriasis.\n"
        "Treatment: 8-MOP 0.4 mg/kg taken 90 min before, UVA 2 J/cm2 whole body, goggles.\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert {ln.code for ln in res.lines} == {"96912"}


def test_lower_case_sentence_after_a_period_is_a_new_sentence(tables):
    from server.coding.extract import text as tx

    t = "right shoulder bx r/o BCC. left hand warts x5 LN2. approx. five mm. L lat. ankle"
    assert [t[a:b] for a, b in tx.sentences(t)] == [
        "right shoulder bx r/o BCC.",
        "left hand warts x5 LN2.",
        "approx. five mm.",
        "L lat. ankle",
    ]
    res = code_encounter(
        _bundle(
            _enc(),
            _note(
                "right shoulder tangential bx r/o BCC. left hand warts x5 LN2, painful. All separate sites.\n"
            ),
        ),
        tables,
    )
    assert {ln.code: ln.units for ln in res.lines} == {"11102": 1, "17110": 1}


@pytest.mark.parametrize(
    "html",
    [
        "<div>Procedure: shave removal, irritated SK<br>\nR upper arm, 0.9 cm, bleeding.<br>\nAlCl3.</div>",
        "<p>Procedure: shave removal, irritated SK</p><p>R upper arm, 0.9 cm, bleeding.</p><p>AlCl3.</p>",
    ],
)
def test_html_line_breaks_are_the_tags_not_the_source_newlines(tables, html):
    from server.coding.extract.bundle import html_to_text

    assert html_to_text(html).split("\n") == [
        "Procedure: shave removal, irritated SK",
        "R upper arm, 0.9 cm, bleeding.",
        "AlCl3.",
    ]


def test_mohs_note_one_line_per_paragraph(tables):
    lines = [
        "MOHS SURGERY",
        "Dx: BCC L nasal ala, biopsy proven.",
        "STAGE I: 6 blocks, positive.",
        "STAGE II: 2 blocks, clear.",
        "REPAIR: layered closure, 2.2 cm.",
    ]
    plain = "\n".join(lines)
    spaced = "\n\n".join(lines)
    a = code_encounter(_bundle(_enc(), _note(plain)), tables)
    b = code_encounter(_bundle(_enc(), _note(spaced)), tables)
    assert _lines(a) == _lines(b) == {("17311", 1, ()), ("17312", 1, ()), ("17315", 1, ()), ("12051", 1, ())}


# ------------------------------------------------------ forms, letterheads and boilerplate (third/fourth set)
@pytest.mark.parametrize(
    "text,kinds",
    [
        ("[x] Cryotherapy  [ ] Shave biopsy  [ ] Excision\nCryotherapy: LN2 to 2 warts.", {"destruction"}),
        ("Mohs AUC checklist: Mohs candidate: no.", set()),
        ("EXCISION NOTE (non-Mohs)", {"excision"}),
        ("R nasal ala Mohs scar well healed.", set()),
        ("LN2 to 3 AKs of the forehead (separate from the biopsied lesion).", {"destruction"}),
        ("4 cm fluctuant abscess incised, loculations broken, packed.", {"id"}),
    ],
)
def test_form_and_reference_mentions(text, kinds):
    from server.coding.extract.services import _affirmed_kinds

    found = {k for k, _, _ in _affirmed_kinds(text)}
    from server.coding.extract.services import MAIN_KINDS

    assert found & MAIN_KINDS == kinds


def test_consent_boilerplate_lists_no_services_and_no_symptoms(tables):
    note = (
        "Skin tags x6 of the neck, asymptomatic; removal for appearance. No ABN.\n"
        "Procedure: snip removal of 6 tags.\n"
        "Consent: risks of biopsy, excision, Mohs surgery and cryotherapy, including bleeding, infection and "
        "scarring, were discussed.\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert {ln.code for ln in res.lines} <= {"11200"}
    assert not any(ln.code.startswith("173") for ln in res.lines)


def test_dx_line_ends_a_surgical_history_paragraph(tables):
    note = (
        "PAST SURGICAL HISTORY: excision L back nevus 2019; shave bx L shoulder 2024.\n"
        "Dx: SCC in situ, R dorsal forearm, biopsy proven.\n"
        "Lesion 1.0 x 0.8 cm, 4 mm margins, fusiform excision. Repair: layered closure, length 3.0 cm.\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert _lines(res) == {("11602", 1, ()), ("12032", 1, ())}


def test_word_size_is_not_a_lesion_count(tables):
    note = (
        "A seven millimeter dome-shaped papule of the left cheek, irritated and bleeding when he shaves. "
        "It was removed by shave excision flush with the skin.\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert _lines(res) == {("11311", 1, ())}


def test_hypothetical_diagnosis_does_not_make_screening_diagnostic(tables):
    note = (
        "Reason for visit: skin cancer screening. No personal or family history of skin cancer. "
        "No complaints.\n"
        "Exam: full skin exam, no suspicious lesions.\n"
        "A/P: Encounter for skin cancer screening - normal exam. Would biopsy any new changing lesion.\n"
    )
    b = _bundle(_enc("99203"), _note(note))
    b["entry"].append(
        {
            "resource": {
                "resourceType": "Coverage",
                "id": "cov1",
                "status": "active",
                "type": {"coding": [{"system": "https://nahdo.org/sopt", "code": "121"}]},
                "payor": [{"display": "Medicare"}],
            }
        }
    )
    res = code_encounter(b, tables)
    assert ("99203", 1, ("GY",)) in _lines(res)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ABN: not obtained.", False),
        ("ABN - none on file", False),
        ("No ABN requested.", False),
        ("ABN (CMS-R-131) reviewed and signed.", True),
    ],
)
def test_abn_statements(text, expected):
    from server.coding.extract.facts import abn_on_file

    assert abn_on_file([text]) is expected


def test_size_criterion_is_not_a_measurement():
    from server.coding.extract import text as tx

    ms = tx.find_measures("superficial BCC, 0.7 cm. AUC: inappropriate (area L, <2 cm); lesions under 1 cm")
    assert [m.value_cm for m in ms] == [0.7]


def test_problem_items_count_as_assessment(tables):
    note = (
        "PROBLEM 1: Verruca vulgaris R hand - 2 lesions.\n"
        "PROCEDURES PERFORMED:\n[x] Cryotherapy  [ ] Shave biopsy\nCryotherapy: LN2 to 2 warts.\n"
        "PROBLEM 2: Acne vulgaris - start doxycycline 100 mg daily.\n"
    )
    res = code_encounter(_bundle(_enc("99213"), _note(note)), tables)
    assert _lines(res) == {("17110", 1, ()), ("99213", 1, ("25",))}


def test_consent_mention_of_flaps_does_not_block_the_linear_repair(tables):
    note = (
        "MOHS OPERATIVE NOTE\n"
        "Consent: the risks of Mohs surgery, flap or graft reconstruction and scarring were discussed.\n"
        "Dx: BCC R nasal sidewall, biopsy proven.\n"
        "Stage I: 3 blocks, clear. Repair: layered closure, length 2.0 cm.\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert _lines(res) == {("17311", 1, ()), ("12051", 1, ())}  # intermediate, face, <= 2.5 cm


def test_precoded_block_units_from_charge_slip_text(tables):
    res = code_encounter(
        _bundle(
            _enc(),
            _proc("p1", "Mohs stage 1", "Vertex", "Stage 1: six (6) tissue blocks.", code="17311"),
            _proc("p2", "Mohs addl blocks", "Vertex", "17315 x3 per charge slip", code="17315"),
        ),
        tables,
    )
    assert ("17315", 1, ()) in _lines(res)
    assert any(f.rule_id == "DRM040" and f.topic.value == "coding-correction" for f in res.findings)
