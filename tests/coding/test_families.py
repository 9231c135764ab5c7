"""Family coder unit tests on small note-only encounters (lines before edits are checked through
``code_services`` so the edits layer's modifiers do not interfere)."""

from __future__ import annotations

from collections import Counter

import pytest

from server.coding.extract.services import services_from_note
from server.coding.families import code_services
from server.coding.families.common import Ctx


def code(note: str, tables) -> tuple[Counter, list]:
    svcs, _ = services_from_note(note, "DocumentReference/n1")
    ctx = Ctx(tables, [])
    drafts = code_services(svcs, ctx)
    c: Counter = Counter()
    for d in drafts:
        c[(d.code, tuple(d.modifiers))] += d.units
    return c, ctx.findings


def lines(c: Counter) -> set:
    return {(code, units, mods) for (code, mods), units in c.items()}


@pytest.mark.parametrize(
    "note,expected",
    [
        ("A/P:\n1. R/o BCC L nasal ala: shave biopsy performed.\n", {("11102", 1, ())}),
        (
            "A/P:\n1. Punch biopsy R back.\n2. Shave biopsy L arm.\n3. Shave biopsy R thigh.\n",
            {("11104", 1, ()), ("11103", 2, ())},
        ),
        (
            "A/P:\n1. Incisional biopsy R shin.\n2. 4 mm punch biopsy L calf.\n",
            {("11106", 1, ()), ("11105", 1, ())},
        ),
        ("A/P:\n1. Nodule of the lower lip vermilion: 3 mm punch biopsy.\n", {("40490", 1, ())}),
    ],
)
def test_biopsy_hierarchy(note, expected, tables):
    assert lines(code(note, tables)[0]) == expected


@pytest.mark.parametrize(
    "note,expected",
    [
        ("A/P:\n1. Irritated SK, L upper back, 0.8 cm, bleeding: shave removal.\n", {("11301", 1, ())}),
        ("A/P:\n1. Irritated SK, L cheek, 1.2 cm, bleeding: shave removal.\n", {("11312", 1, ())}),
        ("A/P:\n1. Irritated nevus of the scalp 2.2 cm, bleeding: shave removal.\n", {("11308", 1, ())}),
    ],
)
def test_shave_bands(note, expected, tables):
    assert lines(code(note, tables)[0]) == expected


@pytest.mark.parametrize(
    "note,expected",
    [
        # 1.0 + 2 x 0.2 = 1.4 cm on the leg, benign
        (
            "A/P:\n1. Painful cyst L thigh 1.0 cm: excised with 2 mm margins, simple closure.\n",
            {("11402", 1, ())},
        ),
        # biopsy-proven BCC of the nose: 0.6 + 2 x 0.4 = 1.4 cm
        (
            "A/P:\n1. Biopsy-proven BCC of the nasal tip, 0.6 cm: excised with 4 mm margins.\n",
            {("11642", 1, ())},
        ),
        # excised diameter stated
        ("A/P:\n1. Biopsy-proven SCC of the R hand: excised, excised diameter 2.4 cm.\n", {("11623", 1, ())}),
        # intermediate repair separately reportable
        (
            "A/P:\n1. Painful cyst upper back 1.5 cm: excised with 2 mm margins. Layered closure, length 3.5 "
            "cm.\n",
            {("11402", 1, ()), ("12032", 1, ())},
        ),
    ],
)
def test_excision(note, expected, tables):
    assert lines(code(note, tables)[0]) == expected


def test_excision_without_margin_codes_lesion_size_and_flags(tables):
    c, findings = code("A/P:\n1. Painful cyst upper back 1.0 cm: excised, simple closure.\n", tables)
    assert lines(c) == {("11401", 1, ())}
    assert "DOC003" in {f.rule_id for f in findings}


def test_shave_without_size_is_not_coded(tables):
    c, findings = code("A/P:\n1. Bleeding irritated SK of the neck: shave removal.\n", tables)
    assert not c
    assert "DOC002" in {f.rule_id for f in findings}


@pytest.mark.parametrize(
    "n,expected",
    [
        (1, {("17000", 1, ())}),
        (2, {("17000", 1, ()), ("17003", 1, ())}),
        (14, {("17000", 1, ()), ("17003", 13, ())}),
        (15, {("17004", 1, ())}),
        (23, {("17004", 1, ())}),
    ],
)
def test_premalignant_destruction_counts(n, expected, tables):
    c, _ = code(f"A/P:\n1. Actinic keratoses x {n} on the face: cryotherapy with LN2 today.\n", tables)
    assert lines(c) == expected


def test_ak_count_not_documented(tables):
    c, findings = code("A/P:\n1. Actinic keratoses of the scalp: cryotherapy with LN2 today.\n", tables)
    assert not c and "DOC006" in {f.rule_id for f in findings}


@pytest.mark.parametrize("n,code_", [(3, "17110"), (14, "17110"), (15, "17111")])
def test_benign_destruction(n, code_, tables):
    c, _ = code(f"A/P:\n1. Common warts x {n} on the hands, painful: LN2 today.\n", tables)
    assert lines(c) == {(code_, 1, ())}


def test_malignant_destruction_uses_defect(tables):
    c, _ = code("A/P:\n1. Biopsy-proven superficial BCC, L shin: ED&C x3, final defect 1.1 cm.\n", tables)
    assert lines(c) == {("17262", 1, ())}


@pytest.mark.parametrize(
    "n,expected",
    [
        (10, {("11200", 1, ())}),
        (16, {("11200", 1, ()), ("11201", 1, ())}),
        (27, {("11200", 1, ()), ("11201", 2, ())}),
    ],
)
def test_skin_tags(n, expected, tables):
    c, _ = code(f"Procedure: snip removal of {n} irritated, bleeding skin tags of the neck.\n", tables)
    assert lines(c) == expected


def test_mohs_stages_blocks_and_repair(tables):
    note = (
        "Mohs surgery, BCC R nasal sidewall. Stage I: 7 tissue blocks. Stage II: 3 blocks. Stage III: 2 b"
        "locks,"
        " clear.\nRepair: intermediate layered closure, 3.1 cm.\n"
    )
    assert lines(code(note, tables)[0]) == {
        ("17311", 1, ()),
        ("17312", 2, ()),
        ("17315", 2, ()),
        ("12052", 1, ()),
    }


def test_mohs_trunk(tables):
    note = (
        "Mohs surgery, BCC of the upper back. Stage 1: 3 blocks. Stage 2: 2 blocks, clear. "
        "Second intention.\n"
    )
    assert lines(code(note, tables)[0]) == {("17313", 1, ()), ("17314", 1, ())}


def test_mohs_same_day_biopsy_frozen_section(tables):
    note = (
        "Lesion R nasal ala, never biopsied, no prior pathology. Diagnostic tangential biopsy taken and p"
        "rocessed "
        "as a frozen section: BCC. Mohs performed. Stage I: 2 blocks. Stage II: 1 block, clear.\n"
    )
    assert lines(code(note, tables)[0]) == {
        ("11102", 1, ()),
        ("88331", 1, ("59",)),
        ("17311", 1, ()),
        ("17312", 1, ()),
    }


def test_repairs_summed_per_group(tables):
    note = (
        "LACERATION REPAIR\nWounds: (1) scalp 4.5 cm linear laceration. (2) L palm 1.0 cm.\n"
        "Repair: (1) scalp - simple closure, 4.5 cm. (2) L hand - simple interrupted sutures, 1.0 cm.\n"
    )
    assert lines(code(note, tables)[0]) == {("12002", 1, ())}


def test_complex_repair_with_add_on(tables):
    note = (
        "Mohs surgery for SCC of the vertex scalp. Stage I: 4 blocks, clear.\nRepair: complex linear clos"
        "ure "
        "with wide undermining and debridement of wound edges. Final length 8.2 cm.\n"
    )
    assert lines(code(note, tables)[0]) == {("17311", 1, ()), ("13121", 1, ()), ("13122", 1, ())}


@pytest.mark.parametrize(
    "note,expected",
    [
        (
            "Procedure: intralesional Kenalog 40 mg into 3 painful keloids of the chest.\n",
            {("11900", 1, ()), ("J3301", 4, ())},
        ),
        (
            "Procedure: ILK 10 mg/mL, 0.3 mL into each of eight (8) itchy nodules.\n",
            {("11901", 1, ()), ("J3301", 3, ())},
        ),
    ],
)
def test_intralesional(note, expected, tables):
    assert lines(code(note, tables)[0]) == expected


@pytest.mark.parametrize(
    "note,expected",
    [
        ("Procedure: I&D of a 2 cm abscess of the R thigh, no packing.\n", {("10060", 1, ())}),
        ("Procedure: I&D of abscess, multiple loculations broken up, packed with iodoform.\n", {("10061", 1, ())}),
        # a single cavity whose loculations are broken is not multiloculated: most independent coders say 10060
        ("Procedure: I&D of one abscess, loculations gently broken with a hemostat, no packing.\n", {("10060", 1, ())}),
        ("Procedure: debridement of 7 mycotic toenails.\n", {("11721", 1, ())}),
        ("Procedure: avulsion of the right great toenail.\n", {("11730", 1, ("T5",))}),
        (
            "Procedure: partial nail excision with phenol matrixectomy, right great toe.\n",
            {("11750", 1, ("T5",))},
        ),
        ("Procedure: paring of three (3) painful calluses, left sole.\n", {("11056", 1, ())}),
        ("Procedure: NB-UVB phototherapy session for psoriasis.\n", {("96900", 1, ())}),
        ("Procedure: PUVA session for psoriasis.\n", {("96912", 1, ())}),
        ("Procedure: excimer 308 nm to psoriasis plaques, total 300 sq cm.\n", {("96921", 1, ())}),
        ("Procedure: patch testing, 80 allergens applied to the upper back.\n", {("95044", 80, ())}),
    ],
)
def test_other_families(note, expected, tables):
    assert lines(code(note, tables)[0]) == expected


def test_flap_by_area(tables):
    note = (
        "Mohs for BCC R cheek. Stage 1: 3 blocks, clear. Defect repaired with a rotation flap; primary pl"
        "us "
        "secondary defect 12.5 sq cm.\n"
    )
    assert lines(code(note, tables)[0]) == {("17311", 1, ()), ("14041", 1, ())}


def test_biopsy_of_lesion_then_destroyed_is_not_billed(tables):
    note = (
        "A/P:\n- Verruca vulgaris, right index finger, painful. A shave sample was taken and sent to path"
        ", then "
        "the same wart was treated with LN2.\n"
    )
    c, findings = code(note, tables)
    assert lines(c) == {("17110", 1, ())}
    assert "DRM003" in {f.rule_id for f in findings}


def test_a_flap_written_as_its_own_repair_closes_the_one_excision(tables):
    from server.coding.extract.services import Service
    from server.coding.extract.sites import find_sites

    exc = Service("excision", "DocumentReference/n1", "bcc L nasal sidewall excised w/ 3 mm margins", from_note=True)
    exc.site, exc.sizes, exc.margin_cm, exc.malignant = find_sites("L nasal sidewall")[0], [0.9], 0.3, True
    flap = Service("repair", "DocumentReference/n1", "transposition flap from cheek junction = 5.8 sq cm", from_note=True)
    flap.site, flap.flap, flap.area_sqcm = find_sites("cheek")[0], True, 5.8  # the donor site
    ctx = Ctx(tables, [])
    drafts = code_services([exc, flap], ctx)
    assert [(d.code, d.units) for d in drafts] == [("14060", 1)]  # the nose's flap; the excision is included
    assert any("included in the adjacent tissue transfer" in f.message for f in ctx.findings)


def test_a_question_answer_template_reads_the_procedure_answers_not_the_options(tables):
    note = (
        "Q: Exam?\nA: 1.0 cm nodular BCC L medial cheek\n"
        "Q: Options discussed?\nA: Mohs (not available locally for 2 mo), standard excision with flap, radiation\n"
        "Q: Decision?\nA: excision with local flap today; consent signed\n"
        "Q: Lesion size / margin?\nA: 1.0 cm / 4 mm\n"
        "Q: Repair?\nA: rotation flap\n"
        "Q: Total flap area?\nA: 8.5 sq cm\n"
    )
    c, _ = code(note, tables)
    assert lines(c) == {("14040", 1, ())}


def test_an_avulsion_naming_no_nail_is_the_matrixectomy_step(tables):
    from server.coding.engine import _merge_note_services

    note = (
        "PROCEDURE: PERMANENT PARTIAL NAIL EXCISION, L GREAT TOE. Digital block. Lateral 3 mm strip of nail plate "
        "freed and avulsed back to the matrix. 88% phenol applied to the lateral matrix x 3.\n"
    )
    svcs, _ = services_from_note(note, "DocumentReference/n1")
    drafts = code_services(_merge_note_services(svcs), Ctx(tables, []))
    # the avulsion takes the matrixectomy's nail, so the PTP edit 11750/11730 bundles it (no XS, no second nail)
    assert sorted((d.code, tuple(d.modifiers)) for d in drafts) == [("11730", ("TA",)), ("11750", ("TA",))]


def test_a_not_done_list_and_a_practice_name_add_no_service(tables):
    note = (
        "TIDEWATER MOHS & SKIN SURGERY - Samuel Weiss, MD\n"
        "His wife (our Mohs patient) sent him.\n\n"
        "Procedure(s) performed today:\n"
        "Lesion 1 - R plantar 1st MTP - 1.5 cm callus - paring with #15 blade - callus\n"
        "Lesion 2 - L heel - 1 cm callus - paring - callus (not a wart)\n\n"
        "Not done today:\n"
        "- Cryotherapy of the left heel. Not needed, since it is not a wart.\n"
    )
    c, _ = code(note, tables)
    assert lines(c) == {("11056", 1, ())}


def test_a_cosmetic_treatment_record_is_recognised():
    from server.coding.families import cosmetic_in_note

    record = ("Neuromodulator: onabotulinumtoxinA (Botox Cosmetic) 100 U vial, reconstituted 2.5 mL.\n"
              "  Glabella 20 U (5 points), lateral canthal lines 12 U each side. Total 44 U. Lot #C7712A.\n")
    assert cosmetic_in_note(record) is not None
    assert cosmetic_in_note("Botox for her frown lines was discussed; she will think about it.") is None


def _code_merged(note: str, tables) -> set:
    from server.coding.engine import _merge_note_services

    svcs, _ = services_from_note(note, "DocumentReference/n1")
    drafts = code_services(_merge_note_services(svcs), Ctx(tables, []))
    c: Counter = Counter()
    for d in drafts:
        c[(d.code, tuple(d.modifiers))] += d.units
    return lines(c)


def test_lesion_range_items_a_stated_total_and_the_patients_summary_are_counted_once(tables):
    note = (
        "A/P:\n1. Actinic keratoses x5. Cryotherapy today.\n\n"
        "Procedure(s) performed today:\n"
        "Lesions 2-4 - scalp - 4-6 mm gritty pink papules - LN2 - AK\n"
        "Lesions 5-6 - forehead - 3-4 mm gritty pink papules - LN2 - AK\n\n"
        "AFTER VISIT SUMMARY\nToday we froze about 8 rough spots on your scalp and forehead.\n"
    )
    assert _code_merged(note, tables) == {("17000", 1, ()), ("17003", 4, ())}


def test_a_total_row_under_injection_items_is_not_the_last_items_dose(tables):
    note = (
        "Procedure(s) performed today:\n"
        "Lesions 1-3 - presternal chest - 1-2 cm keloids - ILK 40 mg/mL, 0.1 mL each - painful keloid\n"
        "Lesions 4-5 - L shoulder - 1 cm keloids - ILK 40 mg/mL, 0.1 mL each - painful keloid\n"
        "Lesion 6 - upper back - 2.5 cm keloid - ILK 40 mg/mL, 0.1 mL - painful keloid\n"
        "Total: 0.6 mL of triamcinolone acetonide 40 mg/mL = 24 mg, into 6 keloids.\n"
    )
    assert _code_merged(note, tables) == {("11900", 1, ()), ("J3301", 3, ())}


def test_a_post_op_wound_check_names_no_repair_of_today(tables):
    note = (
        "Post-op day 8 after Mohs (SCC) and layered closure on the right calf.\n"
        "Wound: intact 4.6 cm linear repair, edges well approximated, no erythema.\n"
        "Wound: 3.6 cm linear closure L upper back, mild suture marks, no dehiscence.\n"
        "We removed the nylon sutures and placed Steri-Strips. AK cryotherapy visit already scheduled.\n"
    )
    c, _ = code(note, tables)
    assert not {code for code, _u, _m in lines(c)} & {"12032", "12031", "17000", "13121"}


def test_a_destruction_of_unknown_class_is_the_notes_one_class(tables):
    note = (
        "Q: Destruction performed?\nA: Yes - LN2 cryo of AKs\nQ: Number of lesions treated?\nA: 5\n"
        "Q: Sites of destruction?\nA: forehead 3, frontal scalp 2\n\nAssessment: AKs x5 cryo.\n"
    )
    assert _code_merged(note, tables) == {("17000", 1, ()), ("17003", 4, ())}


def test_a_dictated_spoken_list_is_split_into_items(tables):
    note = (
        "Assessment and plan. One, papulopustular rosacea with flare, starting doxycycline forty milligram daily. "
        "Two, forearm nodule, after consent and local a shave biopsy was performed and sent to pathology. Three, "
        "actinic keratoses times six on the scalp, treated with liquid nitrogen two cycles, separate sites from the "
        "forearm biopsy. Addendum pathology well differentiated squamous cell carcinoma, will schedule excision.\n"
    )
    c = _code_merged(note, tables)
    assert c == {("11102", 1, ()), ("17000", 1, ()), ("17003", 5, ())}


def test_a_dictated_run_on_paragraph_is_split_at_its_procedure_steps(tables):
    note = (
        "Dictated note. He returns for treatment of the biopsy-proven basal cell carcinoma on the right posterior "
        "shoulder, on exam the right shoulder shows a 1.0 centimeter pink pearly plaque, on the left posterior calf "
        "there is a new 6 millimeter irregularly pigmented macule, and on the face there are four gritty actinic "
        "keratoses, after consent the right shoulder basal cell carcinoma was treated with electrodesiccation and "
        "curettage, three cycles, and the final defect measured 1.4 centimeters in diameter, then the left calf lesion "
        "was sampled with a shave biopsy for histology, and finally the four actinic keratoses on the face were treated "
        "with liquid nitrogen, two freeze thaw cycles each, he tolerated everything well, end of dictation.\n"
    )
    assert _code_merged(note, tables) == {("17262", 1, ()), ("11102", 1, ()), ("17000", 1, ()), ("17003", 3, ())}


def test_a_nail_procedure_takes_the_digit_of_its_problem_block(tables):
    note = (
        "Problem #1: Ingrown toenail, L great toe, medial border, recurrent (L60.0)\n"
        "  Plan: partial nail excision with phenol matrixectomy, medial border, today.\n"
        "  Procedures performed this visit: digital block; medial 1/5 nail plate removed; 88% phenol applied to the\n"
        "        medial matrix 3 x 30 s, neutralized with alcohol; dressing.\n\n"
        "Problem #2: Onychomycosis, R toenails 2-5 (B35.1)\n  Plan: start terbinafine 250 mg daily (Rx sent).\n"
    )
    assert ("11750", 1, ("TA",)) in _code_merged(note, tables)
