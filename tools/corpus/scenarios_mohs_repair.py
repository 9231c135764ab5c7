# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""Mohs (17311-17315, 88331 exception, no 88305) and repairs (12001-13153, flaps 14040/14060)."""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

MOHS = [
    {
        "id": "mohs-nose-three-stages-precoded", "family": "mohs", "shape": "pre-coded",
        "description": "Mohs nasal tip BCC, 3 stages of <= 5 blocks -> 17311 + 17312 x2",
        "date": "2026-01-07", "payer": "medicare", "provider": "chen",
        "patient": ("Aldridge", "Beatrice", "1946-03-12", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal tip", reason=True)],
        "procedures": [
            P("Mohs, head/neck/hands/feet/genitalia, first stage", "17311", "Nasal tip", "Stage 1: 4 blocks.", ["c1"]),
            P("Mohs, each additional stage", "17312", "Nasal tip", "Stage 2: 2 blocks. Stage 3: 1 block, clear.", ["c1"]),
        ],
        "note": """MOHS NOTE - Beatrice Aldridge 79F - 01/07/2026
BCC (micronodular) nasal tip, biopsy 12/2025. Surgeon also served as pathologist.
Stage I: 4 tissue blocks - positive deep (block 3).
Stage II: 2 blocks - positive at 6 o'clock.
Stage III: 1 block - clear.
Defect 1.6 x 1.3 cm, to be repaired by plastics tomorrow.
""",
        "expected": E([L("17311"), L("17312", 2)], dx={"17311": ["C44.311"]}),
    },
    {
        "id": "mohs-back-recurrent-bcc-17313", "family": "mohs", "shape": "free-text",
        "description": "Recurrent 2.5 cm BCC of the back, 2 stages -> 17313 + 17314 (+ intermediate repair 12034)",
        "date": "2026-01-14", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Kowalski", "Teresa", "1962-11-02", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk, recurrent", "C44.519",
                         "Left upper back", reason=True)],
        "procedures": [
            P("Mohs micrographic surgery trunk", None, "Left upper back",
              "Recurrent infiltrative BCC 2.5 cm. Stage I 5 blocks, Stage II 3 blocks; clear after 2 stages.", ["c1"]),
            P("Layered closure", None, "Left upper back", "Intermediate repair 8.0 cm.", ["c1"]),
        ],
        "note": """Teresa Kowalski 63F  1/14/2026
Recurrent infiltrative BCC L upper back (prior ED&C 2022), 2.5 cm - Mohs appropriate (recurrent, aggressive
histology, >2 cm). Stage I: 5 blocks, positive. Stage II: 3 blocks, clear. Final defect 3.4 x 2.8 cm.
Layered (intermediate) closure 8.0 cm.
""",
        "expected": E([L("17313"), L("17314"), L("12034")]),
    },
    {
        "id": "mohs-blocks-beyond-five", "family": "mohs", "shape": "note-only",
        "description": "Stage 1 with 7 blocks, stage 2 with 3 blocks -> 17311 + 17312 + 17315 x2",
        "date": "2026-01-21", "payer": "medicare", "provider": "chen",
        "patient": ("Wainwright", "Cyril", "1939-06-18", "male"),
        "note": """MOHS MICROGRAPHIC SURGERY
Pt: Cyril Wainwright, 86 M     DOS: 01/21/2026
Dx: SCC, moderately differentiated, right temple, biopsy-proven 01/02/2026 (C44.329). Pre-op size 2.2 x 1.8 cm.
Surgeon acted as both surgeon and pathologist.
Stage 1: the tumor was excised with narrow margin and divided into seven (7) tissue blocks; residual SCC in
blocks 2 and 6.
Stage 2: three (3) blocks; margins clear.
Defect 3.1 x 2.6 cm. Patient to oculoplastics for repair this afternoon (separate provider).
""",
        "expected": E([L("17311"), L("17312"), L("17315", 2)]),
    },
    {
        "id": "mohs-88305-on-mohs-specimen-removed", "family": "mohs", "shape": "pre-coded",
        "description": "88305 sent with 17311 for the Mohs layers: not separately reportable -> 17311 only",
        "date": "2026-01-28", "payer": "commercial", "provider": "chen",
        "patient": ("Brandt", "Ingrid", "1958-08-25", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of lip",
                         "C44.01", "Lower lip, left", reason=True)],
        "procedures": [
            P("Mohs, first stage", "17311", "Left lower lip", "1 stage, 3 blocks, clear.", ["c1"]),
            P("Surgical pathology, level IV", "88305", "Left lower lip", "Mohs layer frozen sections.", ["c1"]),
        ],
        "note": """Ingrid Brandt 67F 1/28/2026. Mohs of BCC L lower cutaneous lip. Stage I 3 blocks, clear. Frozen sections
read by the Mohs surgeon. Granulation planned.""",
        "expected": E([L("17311")], ["ncci"]),
    },
    {
        "id": "mohs-same-day-biopsy-frozen-section", "family": "mohs", "shape": "free-text",
        "description": "No prior path: same-day tangential biopsy + frozen section, then Mohs -> 11102-59, 88331-59, 17311, 17312",
        "date": "2026-02-04", "payer": "medicare", "provider": "chen",
        "patient": ("Okoro", "Chiamaka", "1950-12-30", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal ala", reason=True)],
        "procedures": [
            P("Tangential biopsy", None, "Right nasal ala",
              "Diagnostic shave biopsy of 7 mm lesion, no prior pathology; frozen section read as BCC.", ["c1"]),
            P("Frozen section, first tissue block", None, "Right nasal ala",
              "Frozen section of diagnostic biopsy: nodular BCC.", ["c1"]),
            P("Mohs micrographic surgery", None, "Right nasal ala",
              "Stage I 2 blocks positive; Stage II 1 block clear.", ["c1"]),
        ],
        "note": """Chiamaka Okoro 75F 2/4/2026
Referred for a suspicious lesion R nasal ala, never biopsied. 7 mm pearly papule.
Diagnostic tangential biopsy taken and processed as a frozen section: nodular BCC. Based on this immediate
diagnosis, Mohs performed the same day. Stage I: 2 blocks, positive. Stage II: 1 block, clear.
Defect left to heal by second intention.
""",
        "coder_note": "Rule book MOHS-5 / BX-5: same-day diagnostic biopsy with frozen section when no prior "
                      "pathology; 17311/11102 and 17311/88331 are indicator-1 pairs, bypassed with 59 on the "
                      "column-2 codes (same lesion, so not XS).",
        "expected": E([L("17311"), L("17312"), L("11102", 1, "59"), L("88331", 1, "59")]),
    },
    {
        "id": "mohs-ear-with-flap", "family": "mohs", "shape": "pre-coded",
        "description": "Mohs of helical SCC then advancement flap 8 sq cm -> 17311 + 17312 + 14060",
        "date": "2026-02-11", "payer": "medicare-advantage", "provider": "chen",
        "patient": ("Rasmussen", "Erik", "1944-01-14", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of right ear", "C44.222", "Right helix", reason=True)],
        "procedures": [
            P("Mohs first stage", "17311", "Right helix", "Stage 1: 3 blocks.", ["c1"]),
            P("Mohs additional stage", "17312", "Right helix", "Stage 2: 1 block, clear.", ["c1"]),
            P("Adjacent tissue transfer, ear, 10 sq cm or less", "14060", "Right helix",
              "Helical advancement flap, primary + secondary defect 8.0 sq cm.", ["c1"]),
        ],
        "note": """Erik Rasmussen 82M  02/11/2026
SCC R helix. Mohs 2 stages (3 blocks, then 1 block) to clear margins. Defect 1.8 x 1.2 cm involving helical
rim. Repaired with a helical rim (Antia-Buch) advancement flap; total defect area 8.0 sq cm.
""",
        "expected": E([L("17311"), L("17312"), L("14060")]),
    },
    {
        "id": "mohs-hand-scc-intermediate-repair", "family": "mohs", "shape": "note-only",
        "description": "Mohs of SCC on the dorsal hand (17311 site group), 1 stage, layered closure 2.2 cm -> 17311 + 12041",
        "date": "2026-02-18", "payer": "commercial-aetna", "provider": "chen",
        "patient": ("Dlamini", "Sipho", "1966-04-01", "male"),
        "note": """MOHS SURGERY
Sipho Dlamini 59M. Feb 18 2026.
Biopsy-proven SCC, well differentiated, left dorsal hand, 1.0 cm. Site: hand -> H area, Mohs appropriate.
Stage 1: four tissue blocks, all margins clear. Final defect 1.5 cm.
Repair: intermediate layered closure, 5-0 Monocryl deep + 5-0 nylon, length 2.2 cm.
""",
        "expected": E([L("17311"), L("12041")]),
    },
    {
        "id": "mohs-em-same-day-decision-only", "family": "mohs", "shape": "pre-coded",
        "description": "99214 selected on the Mohs day but only pre-op discussion of the known BCC -> E/M removed",
        "date": "2026-02-25", "payer": "medicare", "provider": "chen", "em": "99214",
        "patient": ("Gilchrist", "Norma", "1948-07-04", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left cheek",
                         reason=True)],
        "procedures": [P("Mohs first stage", "17311", "Left cheek", "Stage 1: 2 blocks, clear.", ["c1"])],
        "note": """Norma Gilchrist 77F 2/25/2026
Here for scheduled Mohs of biopsy-proven BCC L cheek. Reviewed the procedure, risks and alternatives again;
consent signed. No other complaints; no other problems addressed.
Mohs stage I: 2 blocks, clear. Defect 0.9 cm, second intention.
""",
        "coder_note": "The E/M documents only the usual pre-procedure work of a 000 procedure: not billable.",
        "expected": E([L("17311")]),
    },
    {
        "id": "mohs-trunk-sbcc-inappropriate-abn", "family": "mohs", "shape": "free-text",
        "description": "Medicare FFS: Mohs of 0.6 cm primary superficial BCC of the back (AUC inappropriate), ABN signed -> 17313-GA",
        "date": "2026-03-04", "payer": "medicare", "provider": "chen",
        "patient": ("Prescott", "Vernon", "1952-09-09", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Right lower back",
                         reason=True)],
        "procedures": [P("Mohs micrographic surgery, trunk", None, "Right lower back",
                         "Primary superficial BCC 0.6 cm, immunocompetent; 1 stage, 2 blocks, clear. Patient "
                         "insisted on Mohs; ABN signed.", ["c1"])],
        "note": """Vernon Prescott 73M  03/04/2026
Primary superficial BCC, R lower back, 0.6 cm, well-defined. Immunocompetent, no radiation history.
Counselled that Mohs is not considered medically necessary for this tumor (AUC: inappropriate; ED&C, topical
or standard excision recommended) and Medicare is expected to deny. Patient insists on Mohs; ABN (CMS-R-131)
signed for 17313, option 1.
Mohs stage I: 2 blocks, clear. Defect 1.0 cm, second intention.
""",
        "expected": E([L("17313", 1, "GA")], ["medical-necessity"]),
    },
    {
        "id": "mohs-two-tumors-same-day", "family": "mohs", "shape": "note-only",
        "description": "Two separate tumours (nose BCC 2 stages; scalp SCC 1 stage) -> 17311 x2 + 17312",
        "date": "2026-03-11", "payer": "medicare", "provider": "chen",
        "patient": ("Ellsworth", "Harold", "1937-02-20", "male"),
        "note": """MOHS - TWO SITES - Harold Ellsworth 89M - 03/11/2026
Site A: BCC, left nasal sidewall (bx 2/10/26). Stage 1: 3 blocks, positive superiorly. Stage 2: 2 blocks,
clear. Defect 1.2 cm - second intention.
Site B: SCC in situ with focal invasion, vertex scalp (bx 2/10/26). Stage 1: 4 blocks, clear.
Defect 1.6 cm - second intention.
Surgeon = pathologist for both tumors.
""",
        "expected": E([L("17311", 2), L("17312")]),
    },
]

REPAIR = [
    {
        "id": "rep-two-intermediate-same-group-summed", "family": "repair", "shape": "pre-coded",
        "description": "Two layered repairs arm 3.0 + back 2.5 = 5.5 cm sent as 12031 x2 -> one 12032",
        "date": "2026-01-09", "payer": "commercial", "provider": "okafor",
        "patient": ("Stavros", "Nikolaos", "1978-07-16", "male"),
        "conditions": [C("c1", "Dysplastic nevus, severe atypia", "D22.61", "Right upper arm", reason=True),
                       C("c2", "Dysplastic nevus, moderate atypia", "D22.5", "Left upper back", reason=True)],
        "procedures": [
            P("Excision benign lesion arm", "11402", "Right upper arm",
              "0.7 cm scar, 2 mm margins -> 1.1 cm.", ["c1"]),
            P("Excision benign lesion trunk", "11401", "Left upper back",
              "0.5 cm scar, 2 mm margins -> 0.9 cm.", ["c2"]),
            P("Intermediate repair", "12031", "Right upper arm", "Layered closure 3.0 cm.", ["c1"]),
            P("Intermediate repair", "12031", "Left upper back", "Layered closure 2.5 cm.", ["c2"]),
        ],
        "note": """Nikolaos Stavros 47M  1/9/2026
Re-excision of two dysplastic nevi with positive margins:
 - R upper arm (severe atypia): 0.7 cm scar, 2 mm margins (1.1 cm); layered closure 3.0 cm.
 - L upper back (moderate atypia): 0.5 cm scar, 2 mm margins (0.9 cm); layered closure 2.5 cm.
""",
        "expected": E([L("11402"), L("11401"), L("12032")], ["coding-correction"]),
    },
    {
        "id": "rep-face-and-trunk-not-summed", "family": "repair", "shape": "free-text",
        "description": "Layered repairs in two groups stay separate: face 2.0 cm -> 12051; trunk 3.0 cm -> 12032",
        "date": "2026-01-16", "payer": "medicare", "provider": "ramirez",
        "patient": ("Osgood", "Florence", "1943-05-08", "female"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of other parts of face", "C44.329", "Left chin",
                         reason=True),
                       C("c2", "Basal cell carcinoma of skin of breast", "C44.511", "Right chest", reason=True)],
        "procedures": [
            P("Excision malignant lesion chin", None, "Left chin", "SCC 0.5 cm, 3 mm margins = 1.1 cm.", ["c1"]),
            P("Layered closure chin", None, "Left chin", "Intermediate repair 2.0 cm.", ["c1"]),
            P("Excision malignant lesion chest", None, "Right chest", "BCC 0.8 cm, 4 mm margins = 1.6 cm.", ["c2"]),
            P("Layered closure chest", None, "Right chest", "Intermediate repair 3.0 cm.", ["c2"]),
        ],
        "note": """Florence Osgood 82F 1/16/2026
Two biopsy-proven NMSCs excised today.
(1) L chin SCC 0.5 cm + 3 mm margins = 1.1 cm; layered closure 2.0 cm.
(2) R chest BCC 0.8 cm + 4 mm margins = 1.6 cm; layered closure 3.0 cm.
""",
        "expected": E([L("11642"), L("11602"), L("12051"), L("12032")]),
    },
    {
        "id": "rep-simple-closure-included", "family": "repair", "shape": "pre-coded",
        "description": "12001 sent with 11402 for the same wound: simple repair is included -> 11402 only",
        "date": "2026-01-23", "payer": "commercial-uhc", "provider": "baptiste",
        "patient": ("Rinaldi", "Paola", "1969-02-27", "female"),
        "conditions": [C("c1", "Epidermal cyst", "L72.0", "Right upper arm", reason=True)],
        "procedures": [
            P("Excision benign lesion arm 1.1-2.0", "11402", "Right upper arm",
              "Painful recurrently inflamed cyst 1.2 cm, 1 mm margins -> 1.4 cm.", ["c1"]),
            P("Simple repair 2.5 cm or less", "12001", "Right upper arm", "Simple closure 2.2 cm.", ["c1"]),
        ],
        "note": """Paola Rinaldi 56F 1/23/2026 - Painful inflamed cyst R upper arm excised, 1.2 cm + 1 mm margins (1.4 cm).
Single-layer closure 4-0 nylon, 2.2 cm.""",
        "expected": E([L("11402")], ["ncci"]),
    },
    {
        "id": "rep-complex-nose-after-mohs", "family": "repair", "shape": "free-text",
        "description": "Mohs nasal ala + complex repair involving the nostril rim 1.8 cm -> 17311 + 13151",
        "date": "2026-01-30", "payer": "medicare", "provider": "chen",
        "patient": ("Forsythe", "Agnes", "1945-12-12", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Left alar rim", reason=True)],
        "procedures": [
            P("Mohs surgery", None, "Left alar rim", "1 stage, 3 blocks, clear.", ["c1"]),
            P("Complex repair nose", None, "Left alar rim",
              "Complex repair involving the free margin of the nostril rim with extensive undermining, 1.8 cm.", ["c1"]),
        ],
        "note": """Agnes Forsythe 80F  1/30/2026. Mohs L alar rim BCC: stage 1, 3 blocks, clear. Defect 0.9 cm at the
nostril rim. Complex repair (free margin of the nostril rim, extensive undermining), 1.8 cm.""",
        "expected": E([L("17311"), L("13151")]),
    },
    {
        "id": "rep-complex-scalp-with-add-on", "family": "repair", "shape": "note-only",
        "description": "Mohs scalp + complex repair 8.2 cm (scalp) -> 17311 + 13121 + 13122",
        "date": "2026-02-06", "payer": "medicare", "provider": "chen",
        "patient": ("Blackwood", "Stanley", "1941-08-08", "male"),
        "note": """Stanley Blackwood 84 M 02/06/2026
Mohs surgery for SCC of the vertex scalp (bx-proven, C44.42). Stage I: 4 blocks, clear.
Defect 3.0 x 2.6 cm to galea.
Repair: complex linear closure with wide undermining of galea and debridement of crusted, devitalized wound
edges; 2-0 PDS galeal, 3-0 Vicryl deep, staples. Final length 8.2 cm.
""",
        "expected": E([L("17311"), L("13121"), L("13122")]),
    },
    {
        "id": "rep-simple-laceration-forearm", "family": "repair", "shape": "note-only",
        "description": "Simple repair of a 3.2 cm forearm laceration at a skin-check visit -> 12002",
        "date": "2026-02-13", "payer": "commercial-cigna", "provider": "ramirez",
        "patient": ("Kimura", "Haruto", "1990-01-21", "male"),
        "note": """Haruto Kimura 36M  Feb 13 2026
Walk-in: cut his L forearm on sheet metal 2 hours ago; Tdap 2023. Clean 3.2 cm linear laceration, dermis
depth, no tendon exposure, full ROM and sensation.
Procedure: irrigated, 1% lidocaine, simple single-layer closure with 4-0 nylon x6. Length 3.2 cm.
Wound care; suture removal 10 days.
""",
        "expected": E([L("12002")]),
    },
    {
        "id": "rep-intermediate-neck-after-mohs", "family": "repair", "shape": "pre-coded",
        "description": "Mohs neck SCC + layered closure 3.0 cm (neck group) -> 17311 + 12042",
        "date": "2026-02-20", "payer": "medicare-advantage", "provider": "chen",
        "patient": ("Greenfield", "Walter", "1947-04-04", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of scalp and neck", "C44.42", "Left lateral neck",
                         reason=True)],
        "procedures": [
            P("Mohs first stage", "17311", "Left lateral neck", "Stage 1: 3 blocks, clear.", ["c1"]),
            P("Intermediate repair neck 2.6-7.5 cm", "12042", "Left lateral neck", "Layered 3.0 cm.", ["c1"]),
        ],
        "note": """Walter Greenfield 78M 02/20/2026: SCC L lateral neck, Mohs 1 stage (3 blocks), clear. Layered closure 3.0 cm.""",
        "expected": E([L("17311"), L("12042")]),
    },
    {
        "id": "rep-complex-under-1cm-to-intermediate", "family": "repair", "shape": "pre-coded",
        "description": "13151 sent for a 0.8 cm 'complex' nasal repair: complex <= 1.0 cm codes as intermediate -> 12051",
        "date": "2026-02-27", "payer": "commercial", "provider": "chen",
        "patient": ("Albrecht", "Sabine", "1964-10-30", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal dorsum", reason=True)],
        "procedures": [
            P("Mohs first stage", "17311", "Nasal dorsum", "Stage 1: 2 blocks, clear.", ["c1"]),
            P("Complex repair nose", "13151", "Nasal dorsum", "Layered closure with undermining, 0.8 cm.", ["c1"]),
        ],
        "note": """Sabine Albrecht 61F 2/27/2026. Mohs nasal dorsum BCC, 1 stage. Defect 0.4 cm. Layered closure with
undermining, final length 0.8 cm.""",
        "expected": E([L("17311"), L("12051")], ["coding-correction"]),
    },
    {
        "id": "rep-flap-cheek-layered-bundled", "family": "repair", "shape": "pre-coded",
        "description": "Mohs cheek + rhombic flap 9 sq cm; 12052 for the same defect is bundled -> 17311 + 14040",
        "date": "2026-03-06", "payer": "medicare", "provider": "chen",
        "patient": ("Lowell", "Priscilla", "1950-06-16", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Right medial cheek",
                         reason=True)],
        "procedures": [
            P("Mohs first stage", "17311", "Right medial cheek", "Stage 1: 3 blocks positive.", ["c1"]),
            P("Mohs additional stage", "17312", "Right medial cheek", "Stage 2: 2 blocks clear.", ["c1"]),
            P("Adjacent tissue transfer cheek 10 sq cm or less", "14040", "Right medial cheek",
              "Rhombic transposition flap, total area 9.0 sq cm.", ["c1"]),
            P("Intermediate repair face", "12052", "Right medial cheek", "Layered closure of the flap, 3.0 cm.", ["c1"]),
        ],
        "note": """Priscilla Lowell 75F 03/06/2026
Mohs of BCC R medial cheek: stage I 3 blocks (positive), stage II 2 blocks (clear). Defect 1.9 x 1.6 cm.
Rhombic transposition flap designed and inset; primary + secondary defect 9.0 sq cm; layered closure of
the flap (3.0 cm).
""",
        "expected": E([L("17311"), L("17312"), L("14040")], ["ncci"]),
    },
]

SCENARIOS = MOHS + REPAIR
