"""Extraction unit tests: measurements, margins, counts (digits and words), sites/laterality, diagnoses,
negation/hypothetical/historical scopes, note decoding and segmentation."""

from __future__ import annotations

import base64
import re

import pytest

from server.coding.extract import text as tx
from server.coding.extract.bundle import decode_attachment
from server.coding.extract.bundle import html_to_text
from server.coding.extract.dx import dx_codes_for_text
from server.coding.extract.services import Service
from server.coding.extract.services import _affirmed_kinds
from server.coding.extract.services import digits_of
from server.coding.extract.services import fill
from server.coding.extract.services import segments
from server.coding.extract.services import services_from_note
from server.coding.extract.services import table_count
from server.coding.extract.sites import find_sites


# ------------------------------------------------------------------------------------------- measurements
@pytest.mark.parametrize(
    "text,kind,value",
    [
        ("lesion 1.2 x 0.8 cm", "lesion", 1.2),
        ("measuring 12 x 8 mm", "lesion", 1.2),
        ("0.8 cm irritated SK", "lesion", 0.8),
        ("excised with 4 mm margins", "margin", 0.4),
        ("margins of 0.2 cm", "margin", 0.2),
        ("a 2 mm margin was drawn", "margin", 0.2),
        ("4 mm punch biopsy", "punch", 0.4),
        ("final defect 1.3 cm", "defect", 1.3),
        ("layered closure, length 3.5 cm", "repair", 3.5),
        ("excised diameter 1.9 cm", "excised", 1.9),
        ("each about four millimeters", "lesion", 0.4),
        ("clinically about one and a half centimeters", "lesion", 1.5),
    ],
)
def test_measure_kinds(text, kind, value):
    ms = tx.find_measures(text)
    assert ms, text
    m = ms[-1] if kind != "lesion" else ms[0]
    assert m.kind == kind
    assert m.value_cm == pytest.approx(value)
    assert text[m.start : m.end] == m.text


def test_greatest_dimension_and_units_per_side():
    (m,) = tx.find_measures("plaque 24 mm x 15 mm")
    assert m.value_cm == pytest.approx(2.4)


def test_parenthesised_excised_diameter_after_margins():
    kinds = [(m.kind, m.value_cm) for m in tx.find_measures("SCCIS 0.9 cm, 3 mm margins (1.5 cm).")]
    assert kinds == [("lesion", 0.9), ("margin", 0.3), ("excised", 1.5)]


def test_area():
    assert tx.find_areas("total treated area 180 sq cm")[0][0] == 180
    assert tx.find_areas("12.5 square centimeters")[0][0] == 12.5


# ------------------------------------------------------------------------------------------------ counts
@pytest.mark.parametrize(
    "text,count",
    [
        ("twenty (20) AKs treated", 20),
        ("AKs x 12 on the face", 12),
        ("AKs forehead x3", 3),
        ("AK #3, L dorsal hand", 3),
        ("Fourteen (14) AKs", 14),
        ("three brown stuck-on papules", 3),
        ("I removed eighteen of them", 18),
        ("Lesions 2-8 (seven).", 7),
        ("27 irritated, bleeding skin tags", 27),
        ("number of lesions treated: 9", 9),
    ],
)
def test_counts(text, count):
    assert max(n for n, _, _ in tx.find_counts(text)) == count


@pytest.mark.parametrize(
    "text",
    [
        "closed with 4-0 nylon x3",
        "biopsy with #15 blade",
        "2 cm abscess",
        "ED&C was repeated, curetted x2 passes",
    ],
)
def test_not_counts(text):
    svc = fill(Service("biopsy", "s", text))
    assert svc.count is None


def test_number_words():
    assert tx.word_to_int("twenty-two") == 22
    assert tx.word_to_int("iii") == 3
    assert tx.word_to_int("a dozen") == 12


# ------------------------------------------------------------------------------------------------- sites
@pytest.mark.parametrize(
    "text,region,lat,group",
    [
        ("Left nasal ala", "nose", "L", "FEENLM"),
        ("right upper eyelid", "eyelid", "R", "FEENLM"),
        ("R helix", "ear", "R", "FEENLM"),
        ("vermilion border of the lower lip", "lip", None, "FEENLM"),
        ("dorsum of the left hand", "hand", "L", "SNHFG"),
        ("left great toe", "foot", "L", "SNHFG"),
        ("vertex scalp", "scalp", None, "SNHFG"),
        ("posterior neck", "neck", None, "SNHFG"),
        ("scrotum", "genitalia", None, "SNHFG"),
        ("upper back", "trunk", None, "TAL"),
        ("R upper arm", "arm", "R", "TAL"),
        ("left anterior shin", "leg", "L", "TAL"),
        ("lumbar midline", "trunk", None, "TAL"),
    ],
)
def test_sites(text, region, lat, group):
    s = find_sites(text)[0]
    assert (s.region, s.laterality, s.site_group) == (region, lat, group)


def test_site_word_boundaries():
    assert not [s for s in find_sites("Chinedu Abara came in") if s.region == "chin"]
    assert find_sites("lipoma of the left shoulder")[0].region == "arm"


def test_eyelid_upper_lower():
    assert find_sites("left lower lid")[0].upper_lower == "L"


# ------------------------------------------------------------------------------------------------ diagnoses
@pytest.mark.parametrize(
    "text,code",
    [
        ("BCC left nasal ala", "C44.311"),
        ("SCC of the right forearm, biopsy-proven", "C44.622"),
        ("melanoma in situ, right cheek", "D03.39"),
        ("invasive melanoma R posterior calf", "C43.71"),
        ("SCC in situ (Bowen's), R dorsal hand", "D04.61"),
        ("irritated SK on the back", "L82.0"),
        ("seborrheic keratosis, left temple", "L82.1"),
        ("actinic keratoses of the scalp", "L57.0"),
        ("plantar wart, left heel", "B07.0"),
        ("molluscum contagiosum", "B08.1"),
        ("intradermal nevus right upper arm", "D22.61"),
        ("epidermal inclusion cyst, upper back", "L72.0"),
        ("pilar cyst of the scalp", "L72.11"),
        ("ingrown toenail", "L60.0"),
        ("onychomycosis", "B35.1"),
        ("keloid", "L91.0"),
        ("lipoma of the left thigh", "D17.24"),
        ("abscess of the right thigh", "L02.415"),
    ],
)
def test_dx_mapping(text, code):
    assert dx_codes_for_text(text)[0][0] == code


def test_uncertain_dx_is_not_coded_as_cancer():
    assert dx_codes_for_text("r/o BCC right cheek")[0][0] == "D49.2"
    assert dx_codes_for_text("suspicious for melanoma, left back")[0][0] == "D49.2"


def test_pre_pathology_biopsy():
    assert dx_codes_for_text("BCC right cheek", pre_path=True)[0][0] == "D49.2"
    assert dx_codes_for_text("biopsy-proven BCC right cheek", pre_path=True)[0][0] == "C44.319"


# --------------------------------------------------------------------------------------- assertion scopes
def _status(sentence: str, word: str) -> str:
    i = sentence.index(word)
    return tx.assertion(sentence, i, i + len(word))


@pytest.mark.parametrize(
    "sentence,word,status",
    [
        ("Shave biopsy performed today.", "biopsy", "affirmed"),
        ("Patient declined biopsy today.", "biopsy", "negated"),
        ("Biopsy offered; patient declined.", "Biopsy", "hypothetical"),
        ("Discussed cryotherapy, will consider next visit.", "cryotherapy", "hypothetical"),
        ("Will biopsy if it changes.", "biopsy", "hypothetical"),
        ("No biopsy today.", "biopsy", "negated"),
        ("s/p excision 2019, well healed.", "excision", "historical"),
        ("Return in 4 weeks for repeat cryo if needed.", "cryo", "hypothetical"),
        ("Biopsy was deferred until apixaban can be held.", "Biopsy", "negated"),
        ("Risks and benefits discussed; shave biopsy performed.", "biopsy", "affirmed"),
        ("the same wart was treated with LN2, 2 cycles", "LN2", "affirmed"),
    ],
)
def test_assertion(sentence, word, status):
    assert _status(sentence, word) == status


def test_historical_biopsy_mentions_are_not_services():
    kinds = [
        k for k, _, _ in _affirmed_kinds("BCC, biopsy-proven 01/02/2026. Mohs today, stage 1: 3 blocks.")
    ]
    assert "biopsy" not in kinds and "mohs" in kinds
    kinds = [k for k, _, _ in _affirmed_kinds("SCC scalp (bx 2/10/26). Mohs performed.")]
    assert "biopsy" not in kinds


def test_hemostasis_cautery_is_not_destruction():
    kinds = [k for k, _, _ in _affirmed_kinds("Shave removal done; light electrocautery for hemostasis.")]
    assert kinds == ["shave"]


# ------------------------------------------------------------------------------------------- techniques
@pytest.mark.parametrize(
    "text,tech",
    [
        ("tangential biopsy of the lesion", "tangential"),
        ("saucerization biopsy", "tangential"),
        ("4 mm punch biopsy", "punch"),
        ("incisional wedge biopsy with a scalpel", "incisional"),
    ],
)
def test_biopsy_technique(text, tech):
    assert fill(Service("biopsy", "s", text)).technique == tech


def test_injection_dose():
    s = fill(Service("injection", "s", "Kenalog 10 mg/mL, 0.3 mL into each of eight (8) nodules"))
    assert s.count == 8 and s.mg == pytest.approx(24)
    s = fill(
        Service("injection", "s", "ILK 10 mg/mL, 0.1 mL per site to nine (9) patches; 1.6 mL total (16 mg)")
    )
    assert s.mg == pytest.approx(16)


def test_mohs_stages_and_blocks():
    s = fill(
        Service("mohs", "s", "Stage I: 7 tissue blocks. Stage II: 3 blocks. Stage III: 2 blocks, clear.")
    )
    assert s.stages == [7, 3, 2]
    s = fill(
        Service(
            "mohs",
            "s",
            "The first stage was divided into six tissue blocks. The second stage, three blocks, was clear.",
        )
    )
    assert s.stages == [6, 3]


def test_digit_modifiers():
    assert digits_of("right great toe") == ["T5"]
    assert digits_of("L thumb") == ["FA"]
    assert digits_of("R index fingernail") == ["F6"]


# ------------------------------------------------------------------------------------ notes and sections
def test_html_note_and_tables():
    html = (
        "<p>Site</p><table><tr><td>Site</td><td>Count</td></tr><tr><td>Scalp</td><td>9</td></tr>"
        "<tr><td>Forehead</td><td>4</td></tr></table>"
    )
    text = html_to_text(html)
    assert "Scalp | 9" in text
    assert table_count(text)[0] == 13


def test_base64_attachment():
    data = base64.b64encode(b"<div>Shave removal&nbsp;0.8 cm</div>").decode()
    assert decode_attachment({"contentType": "text/html", "data": data}) == "Shave removal 0.8 cm"


def test_segments_and_sections():
    note = "HPI: changing mole.\nA/P:\n1. AK x 3 scalp - LN2 today.\n2. Psoriasis - start clobetasol.\n"
    segs = segments(note)
    assert [s.section for s in segs] == ["narrative", "assessment", "assessment"]
    svcs, _ = services_from_note(note, "DocumentReference/n1")
    assert [(s.kind, s.dest_class, s.count) for s in svcs] == [("destruction", "premalignant", 3)]
    s = svcs[0]
    assert note[s.trigger.start : s.trigger.end] == s.trigger.text


def test_per_lesion_split_in_one_paragraph():
    note = (
        "Excision 1 - L chest: lesion 0.7 cm, 4 mm margins -> 1.5 cm. Simple closure.\n"
        "Excision 2 - R upper back: lesion 1.1 cm, margin 4 mm -> 1.9 cm. Simple closure.\n"
    )
    svcs, _ = services_from_note(note, "n")
    assert [(s.kind, s.excised_cm) for s in svcs] == [("excision", 1.5), ("excision", 1.9)]


# ------------------------------------------------------------------------------------ round 2: patterns
@pytest.mark.parametrize(
    "text,expected",
    [
        ("great toe, left", ["TA"]),
        ("hallux (right)", ["T5"]),
        ("middle finger on the right", ["F7"]),
        ("lt big toenail", ["TA"]),
        ("R 3rd finger", ["F7"]),
        ("right second toe", ["T6"]),
        ("toe, left", []),  # no ordinal: not a single documented digit
    ],
)
def test_digits_of_side_before_or_after(text, expected):
    assert digits_of(text) == expected


def test_nail_digit_taken_from_the_note_when_the_procedure_sentence_omits_it():
    note = (
        "Ingrown nail, R great toe, medial border.\nMedial nail plate avulsed; matrix ablated with phenol.\n"
    )
    svcs, _ = services_from_note(note, "n")
    nails = [s for s in svcs if s.kind.startswith("nail")]
    assert nails and all(s.digits == ["T5"] for s in nails)


def test_nail_digit_not_guessed_when_the_note_names_two():
    note = "Ingrown nails of L great toe and R great toe.\nPartial avulsion of the nail plate with phenol.\n"
    svcs, _ = services_from_note(note, "n")
    nails = [s for s in svcs if s.kind.startswith("nail")]
    assert nails and not any(s.digits == ["TA"] or s.digits == ["T5"] for s in nails)


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("If margins are involved, re-excision versus Mohs.", "Mohs"),
        ("Plan: should it recur, cryotherapy.", "cryotherapy"),
        ("2) If path shows atypia, excise with 5 mm margins.", "excise"),
    ],
)
def test_consequent_of_a_condition_is_hypothetical(sentence, word):
    i = sentence.index(word)
    assert tx.assertion(sentence, i, i + len(word)) == "hypothetical"


def test_performed_in_a_conditional_sentence_stays_affirmed():
    s = "If bleeding, pressure applied; shave removal performed."
    i = s.index("shave")
    assert tx.assertion(s, i, i + 5) == "affirmed"


@pytest.mark.parametrize(
    "text,is_mohs",
    [
        ("Dermatology - Mohs & Cutaneous Oncology", False),
        ("Lakeside Mohs Surgery Center", False),
        ("referred by the Mohs clinic", False),
        ("Mohs surgery performed, stage I 3 blocks", True),
        ("Mohs and layered repair today", True),
    ],
)
def test_department_names_are_not_mohs_services(text, is_mohs):
    from server.coding.extract.services import find_kinds

    assert any(k == "mohs" for k, _, _ in find_kinds(text)) is is_mohs


@pytest.mark.parametrize(
    "text",
    [
        "never been biopsied before",
        "lesion not previously sampled",
        "no prior bx",
        "without any previous pathology",
        "previously unbiopsied papule",
    ],
)
def test_no_prior_pathology_phrasings(text):
    svc = fill(Service("biopsy", "n", "Shave biopsy of R temple papule, " + text + ".", 0))
    assert svc.no_prior_path is True


def test_sites_attributed_per_list_item():
    note = (
        "Procedures: 1) Punch biopsy R upper back. 2) Shave biopsy L forearm. "
        "3) LN2 to 4 AKs of the face (forehead x2, nose, L cheek).\n"
        "A/P: new lesion - bx; r/o SCC - bx; AKs - LN2.\n"
    )
    svcs, _ = services_from_note(note, "n")
    dest = [s for s in svcs if s.kind == "destruction"]
    assert dest and all(s.site is not None and s.site.region != "trunk" for s in dest)
    regions = {s.site.region for s in svcs if s.kind == "biopsy" and s.site is not None}
    assert "trunk" in regions


def test_assessment_items_split_inline_numbers_and_semicolons():
    from server.coding.engine import _assessment_items

    t = "A/P: 1) Abscess - as above. 2) HS - start doxycycline; labs ordered"
    items = [t[a:b] for a, b in _assessment_items(t)]
    assert items == ["A/P:", "1) Abscess - as above.", "2) HS - start doxycycline", "labs ordered"]


# ------------------------------------------------- fast case-folded scanning is exactly the re.I scan
try:
    from hypothesis import given
    from hypothesis import settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is in the [test] extra
    given = None

_WORDS = [
    "left",
    "R",
    "Lt.",
    "forearm",
    "Upper Back",
    "scapula",
    "malar cheek",
    "nasal ala",
    "SCC",
    "BCC",
    "AK",
    "melanoma",
    "h/o",
    "shave",
    "Punch",
    "biopsy",
    "LN2",
    "Mohs",
    "ED&C",
    "excision",
    "x3",
    "(3)",
    "8mm",
    "0.8 x 0.5 cm",
    ",",
    ".",
    ";",
    "\n",
    "1)",
    "#2",
    "hallux",
    "great toe",
    "I&D",
    "Kenalog",
    "stage II",
    "blocks",
    "not",
    "declined",
    "will",
    "ISK",
    "SK",
    "tags",
    "vermilion",
    "helix",
    "FSE",
    "dx:",
]
if given is not None:

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30), st.sampled_from([" ", "  ", "-"]))
    def test_folded_scanner_matches_the_ignorecase_pattern(words, sep):
        from server.coding.extract import dx
        from server.coding.extract import services
        from server.coding.extract import sites

        text = sep.join(words)
        from server.coding.extract import facts

        scans = (
            sites._LEX_SCAN,
            dx._DX_SCAN,
            dx._UNC_FOLD,
            dx._CONF_FOLD,
            facts._IND_SCAN,
            services._KIND_SCAN,
        )
        for scan in (*scans, *tx._COUNT_SCANS):
            assert scan.lower_rx is not None  # the fast path is in use for these patterns
            fast = [(m.start(), m.end(), m.lastgroup, m.groups()) for m in scan.finditer(text)]
            slow = [
                (m.start(), m.end(), m.lastgroup, tuple(g and g.lower() for g in m.groups()))
                for m in scan.rx.finditer(text)
            ]
            assert fast == slow
        originals = (sites._LAT_RE, sites._LAT_AFTER_RE, sites._UPPER_RE, sites._LOWER_RE, sites._QUAL_RE)
        for folded, plain in zip(sites._SITE_FOLDED, originals, strict=True):
            assert [m.span() for m in folded.finditer(text.lower())] == [
                m.span() for m in plain.finditer(text)
            ]
        for name in tx._AssertionRx.__slots__:
            folded, plain = getattr(tx._FOLDED, name), getattr(tx._PLAIN, name)
            assert [m.span() for m in folded.finditer(text.lower())] == [
                m.span() for m in plain.finditer(text)
            ]
        for name in services._KindCues.__slots__:
            folded, plain = getattr(services._KIND_CUES_FOLDED, name), getattr(services._KIND_CUES, name)
            assert [m.span() for m in folded.finditer(text.lower())] == [
                m.span() for m in plain.finditer(text)
            ]



@pytest.mark.parametrize(
    "pattern",
    [r"\bno\s+tx\b", r"[^\S\n]+x", r"\S+\s*;", r"[\s,]+and\b", r"\w+\W\d", r"[^\s\w]"],
)
def test_ascii_compile_matches_as_unicode_on_ascii_text(pattern):
    from server.coding.extract.scan import ascii_compile

    # Unicode \s also matches \x1c-\x1f: the ASCII pattern spells its space classes out
    text = "no tx; no\x1ctx \x1d x\x1e\x1f;\tx_1 and\x0band,\x1fand a-1 " + "".join(map(chr, range(128)))
    fast, plain = ascii_compile(pattern, 0), re.compile(pattern)
    assert fast.flags & re.ASCII
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


# ------------------------------------------------------------------------------- pathology in the note
@pytest.mark.parametrize(
    "note,malignant",
    [
        ("Excised with 2 mm margins.\n\nAddendum 08/29/2025: path = nodular BCC, margins clear.", True),
        ("Procedure done.\nPath (final, 11/28/2025): invasive SCC, well differentiated, margins free.", True),
        ("Excision today.\nADDENDUM: final pathology desmoplastic trichoepithelioma, completely excised, no BCC.", False),
        ("Path (01/23/2026): residual dysplastic nevus with severe atypia, completely excised; no melanoma.", False),
    ],
)
def test_pathology_results_reported_in_the_note(note, malignant):
    from server.coding.extract.services import path_results

    results = path_results(note)
    assert len(results) == 1
    assert results[-1].malignant is malignant


@pytest.mark.parametrize("note", ["Path pending.", "Will call with path results.", "Specimen sent to pathology."])
def test_pending_pathology_is_no_result(note):
    from server.coding.extract.services import path_results

    assert path_results(note) == []


@pytest.mark.parametrize(
    "text,counts",
    [
        ("Right upper back\nEMA grid line 2\nIrregular pigmented papule", []),  # a field line, not a count
        ("   plus a cosmetic and preservative supplement applied to the upper back, 36\n   allergens in all", [36]),
        ("- Punch bx #2 L upper back, 4 mm", []),  # an item's label
        ("Number two, right dorsal forearm: tangential biopsy", []),
        ("number of lesions: 12", [12]),
        ("  TOTAL APPLIED .................................. 104", [104]),
    ],
)
def test_counts_labels_and_line_breaks(text, counts):
    assert [n for n, _, _ in tx.find_counts(text)] == counts


def test_a_question_answered_no_on_the_spot_is_denied():
    note = 'Denies bleeding. Occasional itch?\n"Not really." Painful? Yes, when it catches.'
    assert tx.question_denied(note, note.index("itch"))
    assert not tx.question_denied(note, note.index("Painful"))
    assert not tx.question_denied(note, note.index("bleeding"))


def test_sentences_keep_a_title_before_a_wrapped_name_and_split_before_a_field_label():
    t = "Mohs done this morning at Lakeshore Mohs (Dr.\nHalvorsen's separate practice); sent to me for repair."
    assert t[slice(*tx.sentences(t)[0])].endswith("separate practice);")
    low = "exam: papule L nasal sidewall; rest of face nl\ndiscussion: options mohs vs exc + flap today"
    assert [low[a:b].split(":")[0].split(";")[0] for a, b in tx.sentences(low)][-1].strip() == "discussion"


def test_a_nail_left_untreated_gives_no_digit_and_a_deferred_choice_is_no_service():
    letter = ("I removed a narrow strip along the outer edge of your left big toenail and applied phenol. The thick "
              "nail on your right big toe is a fungal infection. It isn't painful, so we left it alone.")
    assert digits_of(letter) == ["TA"]
    t = "Did NOT treat the back lesion today - awaiting path; ED&C vs excision to be decided at f/u."
    i = t.index("excision")
    assert tx.assertion_in(t, i, i + 8) == "hypothetical"


def test_a_baseline_full_skin_check_is_a_screening():
    assert "Z12.83" in [c for c, _ in dx_codes_for_text('wants "a baseline skin check"; full-skin exam done')]


def test_a_long_prose_line_runs_on_onto_a_capital_word_but_not_onto_a_label_or_a_table_row():
    t = ("does not meet the appropriate-use criteria for Mohs and we told him Medicare is likely to deny it. We offered\n"
         "ED&C, imiquimod or a standard excision. He insisted on Mohs.")
    i = t.index("ED&C")
    assert tx.assertion_in(t, i, i + 4) == "hypothetical"
    row = "Irritated acrochordons (bleeding, inflamed) | neck 11, L axilla 4, R axilla 3 | 18 | snip excision\n"
    label = "Exam: waxy stuck-on tan-brown papules on the upper back and chest, classic seborrheic keratoses\n"
    for first in (row, label.replace("Exam: ", "")):
        t2 = first + "Actinic keratosis | scalp vertex | 3 | LN2 2 FTC" if "|" in first else first + "Procedure: LN2."
        assert len(tx.sentences(t2)) >= 2


def test_a_sentence_dated_yesterday_is_history():
    t = "Yesterday we cleared a BCC of the left nasal dorsum in a single Mohs stage."
    i = t.index("Mohs")
    assert tx.assertion_in(t, i, i + 4) == "historical"
    t2 = "We debrided the wound edges sharply to fresh bleeding tissue, then closed in layers. Final length 2.4 cm."
    from server.coding.extract.services import _repair_type_of
    assert _repair_type_of(t2) == "complex"


def test_a_recent_symptom_told_in_the_past_is_an_indication():
    from server.coding.extract import facts as fx

    t = "0.4 cm papule that she keeps catching with her glasses; it\n  bled last week. Shave removal."
    assert [k for k, *_ in fx._indications(t)] == ["bleeding"]
    assert "bleeding" not in [k for k, *_ in fx._indications("Bled once in 2019, quiet since. Shave removal.")]


def test_a_visit_only_for_the_procedure_says_nothing_else_was_addressed():
    from server.coding.engine import _NOTHING_ELSE

    assert _NOTHING_ELSE.search("She comes in today only for the application. She has no new problems.")
    assert _NOTHING_ELSE.search("No change in condition or meds today; no other concerns.")
    assert not _NOTHING_ELSE.search("Rosacea flaring: start doxycycline 40 mg daily. Returns in 8 weeks for review.")


def test_abn_phrasings():
    from server.coding.extract.facts import abn_on_file

    assert abn_on_file(["I gave her a voluntary Advance Beneficiary Notice so she knows she will owe the charge."])
    assert abn_on_file(["A2: Yes - she read and signed our voluntary Medicare notice (ABN form, cosmetic service)."])
    assert not abn_on_file(["Patient was not given an Advance Beneficiary Notice before the procedure."])


def test_a_conditional_plan_names_no_service():
    for t in ("Plan if margins positive: re-excision vs Mohs.",
              "Nodular component on B -> if recurrence, excision or Mohs would be next; not planned now."):
        i = t.index("Mohs")
        assert tx.assertion_in(t, i, i + 4) == "hypothetical", t


def test_wide_undermining_with_a_layered_closure_is_intermediate_and_debrided_edges_complex():
    from server.coding.extract.services import _repair_type_of

    assert _repair_type_of("Repair: wide undermining in the subgaleal plane, layered closure - 3-0 Vicryl deep, staples.") == "intermediate"
    assert _repair_type_of("Extensive undermining of the sidewall was required; 5-0 nylon sutures. Length 1.8 cm.") == "complex"
    assert _repair_type_of("Desiccated wound edges debrided sharply. Layered closure 4-0 Monocryl.") == "complex"


def test_a_copied_plan_or_a_problem_only_noted_is_no_other_problem_at_a_post_op_visit():
    from server.coding.families.em import _other_problems

    assert not _other_problems([("Previous plan: (copied 09/16) exc BCC L upper back -> done 09/16", False)])
    assert not _other_problems([("Problem #2: Actinic keratoses, scalp - noted", False)])
    assert _other_problems([("Problem #2: Rosacea - start metronidazole gel", False)])
    t = "Patient is nine days out from excision of the inflamed cyst on the right upper back with a layered closure."
    i = t.index("excision")
    assert tx.assertion_in(t, i, i + 8) == "historical"


def test_a_per_site_count_of_lesions_left_untreated_is_not_added():
    from server.coding.extract.services import _site_counts

    t = ("Cryotherapy to NINE actinic keratoses: 5 on the scalp vertex and 4 on the forehead. The 2 thin AKs on the "
         "L temple were not frozen.")
    assert _site_counts(t) == 9


def test_a_problem_the_note_says_was_not_addressed_gives_the_visit_no_diagnosis():
    from server.coding.engine import _em_diagnoses

    note = ("Problem #1: Encounter for skin cancer screening (Z12.83)\n  Assessment: full skin exam, nothing found.\n"
            "Problem #2: Hyperlipidemia (E78.5)\n  Status: on atorvastatin per PCP. Medication list reconciled only; "
            "not addressed.\n")
    assert _em_diagnoses([], [], [], [note]) == ["Z12.83"]
