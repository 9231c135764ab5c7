"""Masking of note text that names procedures without documenting them as done today."""

from __future__ import annotations

import pytest

from server.coding.extract.mask import mask_not_performed


def kept(text: str) -> str:
    out = mask_not_performed(text)
    assert len(out) == len(text)  # offsets (evidence spans) are preserved
    assert all(o == c or o == " " for o, c in zip(out, text, strict=True))  # only blanking, never rewriting
    return " ".join(out.split())


@pytest.mark.parametrize(
    "text, gone, stays",
    [
        ("[x] Cryotherapy  [ ] Shave biopsy  [ ] Excision  [ ] ILK", ["Shave biopsy", "Excision", "ILK"],
         ["Cryotherapy"]),
        ("☑ LN2 ☐ Punch biopsy ☐ I&D", ["Punch biopsy", "I&D"], ["LN2"]),
        ("NORTHSIDE MOHS SURGERY CENTER\nDr A. Smith\nHPI: itchy lesion.", ["MOHS"], ["HPI: itchy lesion."]),
        ("Dermatology - Mohs & Cutaneous Oncology\nProcedure: shave biopsy of the L cheek was performed.",
         ["Mohs"], ["shave biopsy"]),
        ("Department: Dermatologic Surgery Clinic\nExam: 6 mm papule.", ["Dermatologic Surgery"], ["6 mm papule"]),
        ("The risks, benefits and alternatives of Mohs, excision and cryotherapy were reviewed. Plan: LN2.",
         ["Mohs", "excision"], ["Plan: LN2."]),
        ("Mohs information sheet given. Sunscreen advised.", ["Mohs"], ["Sunscreen advised."]),
        ("PAST SURGICAL HISTORY: Mohs R ala 2022; excision L back 2019.\nHPI: new spot.", ["Mohs", "excision"],
         ["HPI: new spot."]),
        ("PSH:\n- Mohs nose 2021\n- WLE melanoma back 2019\n\nExam: AK x4 scalp, treated with LN2.",
         ["Mohs nose", "WLE"], ["AK x4 scalp, treated with LN2."]),
    ],
)
def test_masks_what_was_not_done_and_keeps_what_was(text, gone, stays):
    out = kept(text)
    for g in gone:
        assert g not in out, out
    for s in stays:
        assert s in out, out


@pytest.mark.parametrize(
    "text",
    [
        "After informed consent, a 4 mm punch biopsy of the left forearm was performed.",
        "Consent obtained. Shave biopsy of the R shoulder; specimen sent to pathology.",
        "Risks and benefits discussed; the lesion was then excised with 2 mm margins.",
        "Mohs micrographic surgery, stage I: 4 blocks, clear margins.",
        "Riverside Dermatology note. Cryotherapy to 6 AKs of the scalp, 2 cycles.",
    ],
)
def test_performed_procedures_are_never_masked(text):
    assert kept(text) == " ".join(text.split())


def test_empty_text():
    assert mask_not_performed("") == ""
