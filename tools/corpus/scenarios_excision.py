# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""Excision families: benign 11400-11446 and malignant 11600-11646 (excised diameter, site group, pathology)."""

from __future__ import annotations

from tools.corpus.spec_helpers import PRIOR
from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

BENIGN = [
    {
        "id": "exb-cyst-back-precoded", "family": "excision-benign", "shape": "pre-coded",
        "description": "Inflamed epidermoid cyst 2.0 cm + 1 mm margins = 2.2 cm trunk, simple closure -> 11403",
        "date": "2026-01-09", "payer": "commercial", "provider": "ramirez",
        "patient": ("Bjornsson", "Kari", "1981-04-04", "female"),
        "conditions": [C("c1", "Epidermal cyst", "L72.0", "Left lower back", reason=True)],
        "procedures": [P("Excision benign lesion trunk 2.1-3.0 cm", "11403", "Left lower back",
                         "Cyst 2.0 cm, 1 mm margin, excised diameter 2.2 cm; simple closure 3.0 cm.", ["c1"])],
        "note": """Kari Bjornsson 44F  1/9/2026
Recurrent tender, draining cyst L lower back; infected twice in 2025 (doxycycline), now quiet but painful.
Exam: 2.0 cm firm subcutaneous cyst with punctum.
Excision: consent signed. Lidocaine 1%/epi. Elliptical excision with 1 mm margins around the cyst,
excised diameter 2.2 cm, cyst wall removed intact. Closed with 4-0 nylon simple interrupted (single layer),
3.0 cm. Path sent. Sutures out 10-14 d.
""",
        "expected": E([L("11403")], dx={"11403": ["L72.0"]}),
    },
    {
        "id": "exb-dysplastic-nevus-wrong-band", "family": "excision-benign", "shape": "pre-coded",
        "description": "Pre-coded 11401 from the lesion size; 0.9 cm + 2 x 2 mm = 1.3 cm -> 11402",
        "date": "2026-01-15", "payer": "commercial-uhc", "provider": "okafor",
        "patient": ("Moreau", "Camille", "1993-09-17", "female"),
        "conditions": [C("c1", "Dysplastic nevus with moderate atypia", "D22.5", "Right upper back", reason=True)],
        "procedures": [P("Excision benign lesion trunk", "11401", "Right upper back",
                         "Re-excision of moderately dysplastic nevus with positive margin. Lesion/scar 0.9 cm, "
                         "2 mm margins.", ["c1"])],
        "path": [{"text": "Skin, right upper back, re-excision: scar with residual dysplastic compound nevus, "
                          "moderate atypia; margins clear.", "site": "Right upper back"}],
        "note": """Camille Moreau 32F. 01/15/2026.
Prior shave biopsy (12/2025): dysplastic nevus, moderate atypia, extending to lateral margin.
Plan: conservative re-excision. Scar and residual pigment measure 0.9 x 0.6 cm; 2 mm margins drawn
(excised diameter 1.3 cm). Consent. Fusiform excision to fat, simple closure with 4-0 nylon.
Specimen oriented and sent. Dx D22.5.
""",
        "expected": E([L("11402")], ["coding-correction"]),
    },
    {
        "id": "exb-arm-nevus-intermediate-repair", "family": "excision-benign", "shape": "note-only",
        "description": "Severely atypical nevus arm: 0.8 cm + 2 x 3 mm = 1.4 cm -> 11402; ellipse 3.6 cm layered -> 12032",
        "date": "2026-01-21", "payer": "medicare", "provider": "chen",
        "patient": ("Eriksen", "Nils", "1955-11-11", "male"),
        "note": """PROCEDURE NOTE: EXCISION WITH LAYERED CLOSURE
Patient: Nils Eriksen (70 y/o M)        DOS: 21-Jan-2026
Pre-op dx: severely dysplastic nevus, left posterior upper arm (shave bx 12/30/25, margins involved).
Lesion (residual pigment + scar): 8 mm x 5 mm. Margins: 3 mm circumferentially.
After informed consent and time-out, the area was prepped and anesthetized with 1% lidocaine with epi.
A fusiform ellipse (3.6 cm long, 1.2 cm wide) was excised to the subcutaneous fat. The specimen (tagged at 12
o'clock) was sent to dermatopathology. Moderate undermining. Layered closure: 4-0 Monocryl buried dermal
sutures, 4-0 nylon running. Final wound length 3.6 cm.
EBL minimal. Patient tolerated well. Wound care reviewed; suture removal in 14 days.
Path (01/26/26): compound dysplastic nevus with severe atypia, completely excised.
""",
        "expected": E([L("11402"), L("12032")]),
    },
    {
        "id": "exb-cheek-cyst-intermediate-repair", "family": "excision-benign", "shape": "free-text",
        "description": "Cheek epidermoid cyst 1.0 cm + 1 mm margins = 1.2 cm FEENLM -> 11442; layered 2.8 cm face -> 12052",
        "date": "2026-01-29", "payer": "commercial-aetna", "provider": "lindqvist",
        "patient": ("Haddad", "Rami", "1987-06-29", "male"),
        "conditions": [C("c1", "Epidermoid cyst, inflamed", "L72.0", "Left cheek", reason=True)],
        "procedures": [
            P("Excision cyst face", None, "Left cheek",
              "1.0 cm cyst, 1 mm margins; excised diameter 1.2 cm. Recurrent inflammation, painful.", ["c1"]),
            P("Layered closure face", None, "Left cheek", "Intermediate (layered) repair 2.8 cm.", ["c1"]),
        ],
        "note": """Rami Haddad 38M  Jan 29 2026
Painful recurrently inflamed cyst L cheek, drained by PCP in Nov; swells monthly.
Excision: consent; lidocaine w/ epi; 1.0 cm cyst with 1 mm margins (1.2 cm). Wall removed intact.
Layered closure: 5-0 Vicryl deep, 6-0 Prolene superficial; length 2.8 cm. Path sent.
""",
        "expected": E([L("11442"), L("12052")]),
    },
    {
        "id": "exb-atypical-spitz-coded-malignant", "family": "excision-benign", "shape": "pre-coded",
        "description": "Atypical Spitz (uncertain behaviour, D48.5) coded 11622: benign code applies -> 11422",
        "date": "2026-02-04", "payer": "commercial", "provider": "baptiste",
        "patient": ("Lund", "Astrid", "2004-03-03", "female"),
        "conditions": [C("c1", "Atypical Spitz tumor, uncertain malignant potential", "D48.5", "Left posterior neck",
                         reason=True)],
        "procedures": [P("Excision malignant lesion neck", "11622", "Left posterior neck",
                         "Re-excision of atypical Spitz tumor, 0.6 cm scar, 3 mm margins; simple closure.", ["c1"])],
        "path": [{"text": "Skin, left posterior neck, excision: atypical Spitz tumor, completely excised. "
                          "Uncertain malignant potential.", "site": "Left posterior neck"}],
        "note": """Astrid Lund 21F   02/04/2026
Punch biopsy 1/2026: atypical Spitz tumor (AST), margins involved. Dermpath recommends complete excision.
Excision: 0.6 cm scar, 3 mm margins (1.2 cm excised diameter). Simple closure.
Final path: atypical Spitz tumor, uncertain malignant potential, margins clear (D48.5).
""",
        "expected": E([L("11422")], ["coding-correction"], dx={"11422": ["D48.5"]}),
    },
    {
        "id": "exb-two-small-back-same-code", "family": "excision-benign", "shape": "note-only",
        "description": "Two benign excisions on the back, each 0.4 cm + 2 x 1 mm = 0.6 cm -> 11401 x2",
        "date": "2026-02-11", "payer": "medicaid", "provider": "ramirez",
        "patient": ("Cardenas", "Luis", "1999-01-31", "male"),
        "note": """Luis Cardenas 27M - 2/11/26
Two painful firm papules on the back (both bumped by chair back; one bled last week).
Clinical dx: dermatofibromas, symptomatic.
Procedure - excision x2:
  #1 R upper back: 4 mm papule, 1 mm margins -> excised diameter 6 mm. Simple closure 4-0 nylon.
  #2 L lower back: 0.4 cm papule, 0.1 cm margins -> 0.6 cm. Simple closure.
Consent, lido/epi, specimens x2 to path.
Path (2/16): dermatofibroma x2.
""",
        "expected": E([L("11401", 2)]),
    },
    {
        "id": "exb-cyst-no-lesion-size", "family": "excision-benign", "shape": "free-text",
        "description": "Cyst excision with no lesion size or margins documented: no excision line, repair kept, missing-doc",
        "date": "2026-02-18", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Whitmore", "Jessa", "1985-12-24", "female"),
        "conditions": [C("c1", "Epidermal cyst", "L72.0", "Right upper back", reason=True)],
        "procedures": [
            P("Excision of cyst", None, "Right upper back",
              "Painful inflamed cyst excised with sac intact, sent to pathology.", ["c1"]),
            P("Intermediate repair", None, "Right upper back", "Layered closure, 3.0 cm.", ["c1"]),
        ],
        "note": """Jessa Whitmore 40F 02/18/2026
Painful cyst R upper back, inflamed twice.
Excision done with consent; cyst removed intact; layered closure (4-0 Monocryl deep, 4-0 nylon) 3.0 cm.
""",
        "coder_note": "No lesion diameter or margin is documented; the excision band cannot be chosen. The layered "
                      "repair length is documented and is its own service. Expected: 12032 + missing-documentation.",
        "expected": E([L("12032")], ["missing-documentation"]),
    },
    {
        "id": "exb-foot-dermatofibroma-free-text", "family": "excision-benign", "shape": "free-text",
        "description": "Painful dorsal-foot lesion 0.7 cm + 2 x 2 mm = 1.1 cm SNHFG -> 11422",
        "date": "2026-02-25", "payer": "medicare", "provider": "okafor",
        "patient": ("Pemberton", "Alice", "1948-10-10", "female"),
        "conditions": [C("c1", "Benign neoplasm of skin of left lower limb", "D23.72", "Left dorsal foot", reason=True)],
        "procedures": [P("Excision benign lesion, foot", None, "Left dorsal foot",
                         "Painful 7 mm firm papule rubbing in shoe; 2 mm margins (excised diameter 11 mm); "
                         "simple closure.", ["c1"])],
        "note": """Alice Pemberton 77F  02/25/2026
7 mm firm papule on the L dorsal foot, painful with shoes for months; shoe rubs it raw.
Excision with 2 mm margins, excised diameter 11 mm, simple interrupted closure. Path: dermatofibroma.
""",
        "expected": E([L("11422")]),
    },
    {
        "id": "exb-ear-cyst-html", "family": "excision-benign", "shape": "note-only",
        "description": "Helix cyst 5 mm + 2 x 1 mm = 0.7 cm FEENLM, simple closure -> 11441",
        "date": "2026-03-04", "payer": "commercial-cigna", "provider": "lindqvist",
        "patient": ("Ivanova", "Daria", "1990-05-19", "female"),
        "note": """<html><body><p>Daria Ivanova, 35 F, seen 03/04/2026.</p>
<p>Tender cyst on the <b>right helix</b>, painful to sleep on, drained spontaneously twice.</p>
<p>Exam: 5 mm firm cystic papule right helix.</p>
<p>Procedure: excision. Consent obtained. 1% lidocaine with epinephrine. Excised with 1 mm margins
(excised diameter 0.7 cm) to perichondrium. Simple closure with 6-0 nylon. To pathology.</p>
<p>Path: epidermoid cyst.</p></body></html>""", "html": True,
        "expected": E([L("11441")]),
    },
]

MALIGNANT = [
    {
        "id": "exm-bcc-back-intermediate-repair", "family": "excision-malignant", "shape": "pre-coded",
        "description": "BCC back 1.2 cm + 2 x 4 mm = 2.0 cm -> 11602; layered closure 4.5 cm trunk -> 12032",
        "date": "2026-01-12", "payer": "medicare", "provider": "ramirez",
        "patient": ("Sorensen", "Dag", "1944-07-07", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Right mid back",
                         reason=True)],
        "procedures": [
            P("Excision malignant lesion trunk 1.1-2.0 cm", "11602", "Right mid back",
              "Biopsy-proven nodular BCC 1.2 cm, 4 mm margins, excised diameter 2.0 cm.", ["c1"]),
            P("Repair intermediate trunk 2.6-7.5 cm", "12032", "Right mid back", "Layered closure 4.5 cm.", ["c1"]),
        ],
        "note": """Dag Sorensen 81M. 1/12/2026.
Biopsy 12/15/25: nodular BCC, R mid back. Standard excision planned (trunk, primary, well-defined).
Lesion 1.2 x 1.0 cm. 4 mm margins -> 2.0 cm excised diameter. Ellipse to fat, specimen tagged.
Layered closure (3-0 Vicryl deep, 4-0 nylon), 4.5 cm. Path to follow.
""",
        "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.519"]}),
    },
    {
        "id": "exm-mis-arm-coded-benign", "family": "excision-malignant", "shape": "pre-coded",
        "description": "Wide excision of melanoma in situ coded 11402: in situ -> malignant code 11602 (+12032)",
        "date": "2026-01-19", "payer": "commercial", "provider": "okafor",
        "patient": ("Lam", "Vivian", "1975-08-02", "female"),
        "conditions": [C("c1", "Melanoma in situ of left upper limb", "D03.62", "Left upper arm", reason=True)],
        "procedures": [
            P("Excision lesion arm", "11402", "Left upper arm",
              "WLE MIS: biopsy scar 0.8 cm with 5 mm margins = 1.8 cm.", ["c1"]),
            P("Intermediate repair", "12032", "Left upper arm", "Layered repair 5.0 cm.", ["c1"]),
        ],
        "note": """Vivian Lam 50F  01/19/2026
Melanoma in situ L upper arm (shave bx 12/2025). Wide local excision with 5 mm margins around the 0.8 cm
scar (1.8 cm). Layered closure 5.0 cm. Specimen oriented for margin assessment.
""",
        "expected": E([L("11602"), L("12032")], ["coding-correction"], dx={"11602": ["D03.62"]}),
    },
    {
        "id": "exm-scc-scalp-free-text", "family": "excision-malignant", "shape": "free-text",
        "description": "SCC scalp 1.5 cm + 2 x 4 mm = 2.3 cm SNHFG -> 11623; layered scalp 4.0 cm -> 12032",
        "date": "2026-01-26", "payer": "medicare", "provider": "chen",
        "patient": ("McAllister", "Duncan", "1940-02-02", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of scalp and neck", "C44.42", "Vertex scalp",
                         reason=True)],
        "procedures": [
            P("Excision SCC scalp", None, "Vertex scalp",
              "SCC, well-diff, 1.5 cm; 4 mm margins; excised diameter 2.3 cm.", ["c1"]),
            P("Layered closure scalp", None, "Vertex scalp", "Galeal undermining, layered closure 4.0 cm.", ["c1"]),
        ],
        "note": """Duncan McAllister 86M  1/26/2026
Biopsy-proven well-differentiated SCC of the vertex scalp, 1.5 cm. Excised with 4 mm margins (2.3 cm).
Layered closure 4.0 cm with 3-0 Vicryl and staples. Path pending.
""",
        "expected": E([L("11623"), L("12032")]),
    },
    {
        "id": "exm-cheek-path-addendum-bcc", "family": "excision-malignant", "shape": "note-only",
        "description": "Excision of a suspicious cheek papule, path addendum BCC: 0.6 + 2 x 3 mm = 1.2 -> 11642; 12051",
        "date": "2026-02-02", "payer": "medicare-advantage", "provider": "lindqvist",
        "patient": ("Holloway", "Margaret", "1951-04-22", "female"),
        "note": """DERMATOLOGIC SURGERY
Margaret Holloway, 74F. 02/02/2026.
Indication: 6 mm pearly papule R cheek, bleeding intermittently; clinically BCC, patient preferred excision
over biopsy first.
Excision with 3 mm margins (excised diameter 1.2 cm). Layered closure 5-0 Vicryl / 6-0 nylon, length 2.4 cm.
ADDENDUM 2/6/2026 - Pathology: basal cell carcinoma, nodular type, margins free (closest 2 mm).
Final dx: BCC R cheek (C44.319).
""",
        "expected": E([L("11642"), L("12051")], dx={"11642": ["C44.319"]}),
    },
    {
        "id": "exm-reexcision-later-negative", "family": "excision-malignant", "shape": "free-text",
        "description": "Re-excision for margins 5 weeks after biopsy, no residual tumour: still malignant -> 11602",
        "date": "2026-02-09", "payer": "commercial-aetna", "provider": "baptiste",
        "patient": ("Brennan", "Colm", "1966-03-15", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of left lower limb", "C44.729", "Left lateral thigh",
                         reason=True)],
        "coder_note": "Second-coder audit: Condition code corrected from C44.722 (right lower limb) to C44.729 (left lower limb) to match the documented left thigh (ICD-10-CM laterality, DX-6). Expected lines unchanged.",
        "procedures": [P("Re-excision of SCC site", None, "Left lateral thigh",
                         "Biopsy scar 1.0 cm excised with 5 mm margins (2.0 cm); simple closure.", ["c1"])],
        "path": [{"text": "Skin, left lateral thigh, re-excision: scar, no residual carcinoma.",
                  "site": "Left lateral thigh"}],
        "note": """Colm Brennan 59M  02/09/2026
SCC (well-diff) L lateral thigh, shave bx 1/2/2026, deep margin involved. Re-excision today: 1.0 cm scar,
5 mm margins, excised diameter 2.0 cm, simple closure.
Path: scar, no residual SCC.
""",
        "expected": E([L("11602")]),
    },
    {
        "id": "exm-two-bcc-trunk-note-only", "family": "excision-malignant", "shape": "note-only",
        "description": "Two BCC excisions on the trunk, 1.5 and 1.9 cm excised -> 11602 x2",
        "date": "2026-02-16", "payer": "medicare", "provider": "ramirez",
        "patient": ("Kettering", "Howard", "1939-12-19", "male"),
        "note": """Howard Kettering 86 M   Feb 16 2026
Two biopsy-proven superficial/nodular BCCs of the trunk (bx 1/20/26).
Excision 1 - L chest: lesion 0.7 cm, 4 mm margins -> 1.5 cm. Simple closure.
Excision 2 - R upper back: lesion 1.1 cm, margin 4 mm -> 1.9 cm. Simple closure.
Both to pathology, separately labelled.
Dx: BCC of trunk x2 (C44.519).
""",
        "expected": E([L("11602", 2)]),
    },
    {
        "id": "exm-sccis-hand-intermediate", "family": "excision-malignant", "shape": "pre-coded",
        "description": "SCC in situ right hand 0.9 cm + 2 x 3 mm = 1.5 cm -> 11622; layered hand 2.0 cm -> 12041",
        "date": "2026-02-23", "payer": "medicare", "provider": "okafor",
        "patient": ("Garrison", "Doris", "1946-01-05", "female"),
        "conditions": [C("c1", "Carcinoma in situ of skin of right upper limb", "D04.61", "Right dorsal hand",
                         reason=True)],
        "procedures": [
            P("Excision malignant lesion hand 1.1-2.0 cm", "11622", "Right dorsal hand",
              "SCCIS 0.9 cm, 3 mm margins (1.5 cm).", ["c1"]),
            P("Intermediate repair hand 2.5 cm or less", "12041", "Right dorsal hand", "Layered, 2.0 cm.", ["c1"]),
        ],
        "note": """Doris Garrison 80F 2/23/2026
SCC in situ (Bowen's), R dorsal hand, biopsy 2/2/26. Not a candidate for 5-FU (failed 2024).
Excised 0.9 cm lesion with 3 mm margins (1.5 cm). Layered closure 5-0 Monocryl / 5-0 nylon, 2.0 cm.
""",
        "expected": E([L("11622"), L("12041")], dx={"11622": ["D04.61"]}),
    },
    {
        "id": "exm-forehead-bcc-complex-repair", "family": "excision-malignant", "shape": "free-text",
        "description": "BCC forehead 14 mm + 2 x 4 mm = 22 mm -> 11643; complex repair forehead 3.2 cm -> 13132",
        "date": "2026-03-02", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Van der Berg", "Pieter", "1958-06-06", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Mid forehead",
                         reason=True)],
        "procedures": [
            P("Excision BCC forehead", None, "Mid forehead", "Lesion 14 mm, margins 4 mm: 22 mm.", ["c1"]),
            P("Complex repair forehead", None, "Mid forehead",
              "Extensive undermining and debridement of traumatized wound edges, layered closure 3.2 cm.", ["c1"]),
        ],
        "note": """Pieter Van der Berg 67M 03/02/2026
Nodular BCC mid-forehead (patient declined Mohs referral).
Lesion 14 mm; 4 mm margins (excised diameter 22 mm). Wound edges debrided, wide undermining; complex layered
closure, 3.2 cm.
""",
        "expected": E([L("11643"), L("13132")]),
    },
    {
        "id": "exm-reexcision-58-inside-global", "family": "excision-malignant", "shape": "pre-coded",
        "description": "Re-excision of positive margins 8 days after 11602 (inside 010 global) -> 11603-58",
        "date": "2026-03-09", "payer": "medicare", "provider": "ramirez",
        "patient": ("Ashworth", "Leonard", "1947-05-13", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of other part of trunk", "C44.529", "Left flank",
                         reason=True)],
        "prior": [PRIOR("2026-03-01", "11602", "Excision malignant lesion trunk", "Left flank",
                        "SCC 1.0 cm, 4 mm margins, excised diameter 1.8 cm.")],
        "procedures": [P("Re-excision malignant lesion trunk", "11603", "Left flank",
                         "Re-excision for positive lateral margin: scar 1.6 cm with 5 mm margins (2.6 cm); "
                         "simple closure.", ["c1"])],
        "path": [{"text": "Skin, left flank, excision (3/1/2026): squamous cell carcinoma, moderately "
                          "differentiated; lateral margin involved.", "date": "2026-03-04", "site": "Left flank"}],
        "note": """Leonard Ashworth 78M  3/9/2026
s/p excision of SCC L flank 3/1/2026; path: lateral margin positive. Planned staged re-excision today.
Scar 1.6 cm; 5 mm margins; excised diameter 2.6 cm; simple closure. Specimen oriented.
""",
        "expected": E([L("11603", 1, "58")], ["global-period"]),
    },
]

SCENARIOS = BENIGN + MALIGNANT
