"""The attending's attestation / an addendum corrects the note's services (server/coding/extract/corrections.py)."""

from __future__ import annotations

from server.coding.extract.corrections import apply_corrections
from server.coding.extract.corrections import correction_blocks
from server.coding.extract.corrections import retract
from server.coding.extract.services import services_from_note

RESIDENT_AKS = """Procedure: cryotherapy with LN2 to 12 actinic keratoses of the face and scalp, 2 cycles each.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following addition: I treated 4 further AKs on the dorsal hands with
LN2, so a total of 16 actinic keratoses were destroyed today. -- S. Weiss, MD
"""

MARGIN = """Lesion: melanoma in situ R dorsal forearm, 0.8 cm greatest diameter.
Procedure: excision with margins of 1 cm drawn around the clinical lesion. Layered closure, length 5.2 cm.

ATTESTATION: I agree with the note, with the following correction: the margins taken were 5 mm around the 0.8 cm
clinical lesion, not 1 cm as dictated. -- S. Weiss, MD
"""

PATH_ADDENDUM = """Excision of BCC R cheek with 3 mm margins (excised diameter 1.2 cm). Layered closure, length 2.4 cm.
ADDENDUM 2/6/2026 - Pathology: basal cell carcinoma, nodular type, margins free (closest 2 mm).
"""

MOHS = """Mohs surgery, R nasal tip BCC.
Stage 1: first layer excised with 2 mm margin, divided into 4 blocks. Residual tumour.
Stage 2: additional layer 5-9 o'clock, 2 blocks. Clear.

MOHS SURGEON / TEACHING PHYSICIAN ATTESTATION: I performed the Mohs surgery. Correction: the stage 1 layer was
divided into 6 tissue blocks (not 4); stage 2 was 2 blocks. -- S. Weiss, MD
"""


def _services(note: str):
    svcs, _ = services_from_note(note, "DocumentReference/n")
    apply_corrections(svcs, note, "DocumentReference/n")
    return svcs


def test_blocks_run_from_each_header_to_the_next():
    note = "Note.\nADDENDUM: one.\nResponse to coding query: two.\n"
    assert [note[a:b] for a, b in correction_blocks(note)] == ["ADDENDUM: one.\n", "Response to coding query: two.\n"]


def test_a_stated_total_replaces_the_residents_count():
    (d,) = [s for s in _services(RESIDENT_AKS) if s.kind == "destruction"]
    assert d.count == 16
    assert any(sp.text.startswith("a total of 16") for sp in d.spans)


def test_a_corrected_margin_replaces_the_dictated_one_and_the_rejected_value_is_ignored():
    (ex,) = [s for s in _services(MARGIN) if s.kind == "excision"]
    assert ex.margin_cm == 0.5
    assert ex.sizes == [0.8]


def test_a_pathology_addendum_changes_no_surgical_margin():
    (ex,) = [s for s in _services(PATH_ADDENDUM) if s.kind == "excision"]
    assert ex.margin_cm == 0.3


def test_mohs_stage_blocks_are_corrected_and_clock_positions_are_no_stages():
    (m,) = [s for s in _services(MOHS) if s.kind == "mohs"]
    assert m.stages == [6, 2]


def test_a_note_without_a_correction_block_is_unchanged():
    note = RESIDENT_AKS.split("TEACHING")[0]
    (d,) = [s for s in _services(note) if s.kind == "destruction"]
    assert d.count == 12


# ----------------------------------------------- template formats: key=value records, question/answer pairs
KV = """MD: 64M, painful calluses under the metatarsal heads. Pared 3 today.

PROC=paring | LOC=R plantar 1st MTH | N=1 ; PROC=paring | LOC=R plantar 5th MTH | N=1
PROC=paring | LOC=L plantar 2nd MTH | N=1 | TOTAL=3
PROC=shave bx | LOC=R shoulder | STATUS=declined -- she will schedule
"""

QA = """Q: Was a biopsy performed today?
A: Yes - 2 sites.
Q: Biopsy #1 - technique / site / clinical size?
A: Punch 4 mm - R upper back - 0.7 cm macule
Q: Biopsy #2 - technique / site / clinical size?
A: Shave (tangential) - L anterior shin - 1.1 cm plaque
Q: Destruction of any lesion today?
A: No
"""


def test_key_value_records_are_one_segment_each_and_a_declined_record_is_no_service():
    from server.coding.extract.services import segments

    recs = [sg.text for sg in segments(KV) if sg.text.startswith("PROC=")]
    assert len(recs) == 4
    svcs = _services(KV)
    assert [s.kind for s in svcs] == ["paring"] * 4  # the narrative's "Pared 3 today" and one per record
    assert [s.count for s in svcs[1:]] == [1, 1, 1]


def test_question_answer_pairs_give_one_service_per_answered_item_and_a_no_answer_none():
    svcs = _services(QA)
    assert [(s.kind, s.technique, s.site.region if s.site else None, s.count) for s in svcs] == [
        ("biopsy", None, None, 2),  # "Was a biopsy performed today?" / "Yes - 2 sites": the summary
        ("biopsy", "punch", "trunk", None),
        ("biopsy", "tangential", "leg", None),
    ]


ADDENDUM_NOT_DONE = """1. Shave (tangential) biopsy R posterior shoulder, AlCl3, to path.
2. Shave biopsy L posterior calf, to path.
3. LN2 cryotherapy, 4 AKs of the face, 2 FT cycles.

ADDENDUM 11/26/2025 - M. Baptiste MD (coding query)
L posterior calf: NOT biopsied. The patient asked to stop; the calf lesion was examined only.
"""

ADDENDUM_SIDE = """Procedure: partial nail avulsion, lateral border, L great toenail. Digital block, 1% lidocaine plain.

ADDENDUM 08/20/2025 - R. Santos NP
Laterality correction: procedure was performed on the RIGHT great toe (lateral border). The order entry
defaulted to "left"; the left toe is normal.
"""


def test_an_addendum_saying_a_named_site_was_not_biopsied_removes_that_note_biopsy_only():
    svcs = _services(ADDENDUM_NOT_DONE)
    assert [s.site.text for s in svcs if s.kind == "biopsy"] == ["posterior shoulder"]  # the calf biopsy is gone
    assert [s.count for s in svcs if s.kind == "destruction"] == [4]


def test_a_laterality_correction_sets_the_one_nail_service_digit():
    (nail,) = [s for s in _services(ADDENDUM_SIDE) if s.kind.startswith("nail")]
    assert nail.digits == ["T5"]


def test_a_retracted_quoted_phrase_is_blanked_everywhere_keeping_offsets():
    note = """A/P: Seborrheic keratoses x5, irritated. LN2 to all 5.
Indication: psoriasis, failed topicals.

ADDENDUM 06/27/2025 - response to documentation query
Correction: the word "irritated" above was a template default and is wrong. "failed topicals" is a template
phrase and is not accurate. The site "left cheek" should read "right cheek".
"""
    out = retract(note)
    assert len(out) == len(note)
    assert "irritated" not in out and "failed topicals" not in out
    assert out.index("LN2 to all 5") == note.index("LN2 to all 5")
    # a replacement is no retraction: blanking "left cheek" would leave the service with no site at all
    assert '"left cheek" should read "right cheek"' in out


def test_quotes_outside_a_correction_block_or_a_retraction_are_kept():
    plain = 'Patient says the spots are "irritated" and wants them gone. This is not accurate per exam.'
    assert retract(plain) == plain
    kept = 'A/P: ISK x2.\nADDENDUM: patient called the lesions "irritated" again today; treated as planned.\n'
    assert retract(kept) == kept


def test_a_query_response_grading_the_drainage_simple_makes_it_simple():
    from server.coding.extract.services import complicated_drainage

    assert not complicated_drainage("I&D: single incision, purulent drainage, loculations? - none; no packing needed")
    assert not complicated_drainage("Stab incision, pus expressed, loculations\ngently broken with a hemostat - none significant.")
    assert complicated_drainage("Multiloculated abscess; loculations broken up with a hemostat and the cavity packed.")
    assert not complicated_drainage("Q: Simple or complicated?\nA: simple, single abscess")
