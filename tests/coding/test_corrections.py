"""The attending's attestation / an addendum corrects the note's services (server/coding/extract/corrections.py)."""

from __future__ import annotations

from server.coding.extract.corrections import apply_corrections
from server.coding.extract.corrections import correction_blocks
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
