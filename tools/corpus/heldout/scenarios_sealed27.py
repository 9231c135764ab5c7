"""Sealed set 27 (s27-): coding audit sample of an academic dermatologic-surgery and Mohs fellowship program (Epic).

Lakemont University Health, Department of Dermatology: Mohs & Dermatologic Surgery (weiss, lindgren, abernathy)
with Mohs/procedural fellows and residents, and the general-dermatology faculty clinic (castellanos, santos).
Notes are Epic SmartPhrase/SmartList expansions: {List:value} leftovers, *** in unused template fields, fellow and
resident attestation lines. Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and
tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =================================================================================================================
# BATCH 1 - Mohs surgery and reconstruction
# =================================================================================================================

SCENARIOS.append({
    "id": "s27-mohs-nasal-sidewall-helix-two-tumors",
    "family": "mohs", "shape": "note-only",
    "description": "Two tumours one day: L nasal sidewall BCC 3 stages (7/3/1 blocks) + R helix SCC 2 stages; "
                   "transposition flap 8.5 sq cm and helical-rim complex repair 2.3 cm; Medicare FFS",
    "date": "2025-11-04",
    "patient": ("Quarles", "Bennett", "1943-08-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 245,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left nasal sidewall", "C44.311", "Left nasal sidewall",
          reason=True),
        C("c2", "Squamous cell carcinoma, well differentiated, right helix", "C44.222", "Right helix", reason=True),
        C("c3", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Mohs Micrographic Surgery Procedure Note",
    "note": """LAKEMONT UNIVERSITY HEALTH - DERMATOLOGY
MOHS & DERMATOLOGIC SURGERY - MOHS MICROGRAPHIC SURGERY PROCEDURE NOTE

Patient: Bennett Quarles      DOB: 08/19/1943      DOS: 11/04/2025      CSN: ***
Attending Mohs surgeon: Samuel Weiss, MD
Mohs fellow: Priya Raman, MD
Referring provider: ***

Fellow performed under direct supervision of attending. Dr. Weiss was present for the entire procedure, excised
and mapped every layer, and personally interpreted all frozen sections (surgeon and pathologist roles).

TUMOR #1
Pre-op Dx: Basal cell carcinoma, infiltrative, L nasal sidewall (bx 10/02/2025, LU-DP-25-44817)
Clinical size pre-op: 1.6 x 1.2 cm
Anesthesia: {1% lidocaine with epi:yes} + 0.25% bupivacaine, 9 mL total
Prep: {Prep:povidone-iodine}
Hemostasis: electrocautery
Stage I: 7 tissue blocks. Tumor in blocks 2, 3 and 5 (peripheral 1-4 o'clock, deep at 3 o'clock).
Stage II: 3 tissue blocks. Residual infiltrative BCC, block 2 (deep).
Stage III: 1 tissue block. Clear.
Stage IV: ***
Post-op defect: 2.4 x 1.9 cm, to nasalis.

TUMOR #2
Pre-op Dx: Squamous cell carcinoma, well differentiated, R helix (bx 10/02/2025, LU-DP-25-44818)
Clinical size pre-op: 0.9 x 0.8 cm
Anesthesia: {1% lidocaine with epi:yes} 3 mL
Hemostasis: electrocautery
Stage I: 4 tissue blocks. Focal SCC in block 4.
Stage II: 2 tissue blocks. Clear.
Stage III: ***
Post-op defect: 1.4 x 1.1 cm involving the helical rim, perichondrium intact.

RECONSTRUCTION
#1 L nasal sidewall: transposition flap designed and elevated by Dr. Weiss, fellow assisting. Primary defect
4.6 sq cm + secondary defect 3.9 sq cm = 8.5 sq cm total. Submuscular undermining, 5-0 Monocryl deep,
6-0 nylon cutaneous.
#2 R helix: complex linear repair across the free helical rim; 2 mm of cartilage trimmed to reduce tension and
the rim re-approximated to prevent notching. Final length 2.3 cm. 5-0 Monocryl / 6-0 Prolene.
FTSG: ***
Specimens: Mohs layers only, processed in the on-site Mohs lab; nothing sent for permanent sections.
Complications: none.   EBL: minimal.
Dressing: {Dressing:pressure dressing x 48 h}
Follow-up: {Followup:1 week} suture removal, nurse visit.

Attestation: I was present for the entire Mohs procedure and both reconstructions and I read all slides.
Samuel Weiss, MD - signed 11/04/2025 17:12
""",
    "expected": E([L("17311", 2), L("17312", 3), L("17315", 2), L("14060"), L("13151", 1, "XS")]),
    "coder_note": "MOHS-2: two head tumours -> 17311 x2; additional stages 2 + 1 -> 17312 x3; stage I of tumour 1 had "
                  "7 blocks -> 17315 x2. 'Stage IV/III: ***' are empty template fields. Flap 8.5 sq cm nose -> 14060; "
                  "helical-rim complex repair 2.3 cm -> 13151. PTP 14060/13151 indicator 1, different tumour -> XS.",
})

SCENARIOS.append({
    "id": "s27-mohs-vertex-scc-precoded-blocks-repair",
    "family": "mohs", "shape": "pre-coded",
    "description": "Vertex scalp SCC, 3 stages with 8/6/2 blocks; charge capture has 17315 x1 and a simple repair "
                   "12002 for a layered 5.6 cm scalp closure; UHC",
    "date": "2025-11-12",
    "patient": ("Delacroix-Nunn", "Harriet", "1958-02-27", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 230,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of scalp, moderately differentiated", "C44.42", "Vertex scalp",
          reason=True),
    ],
    "procedures": [
        P("MOHS HEAD/NECK 1ST STAGE", "17311", "Scalp - vertex", "Stage I", reasons=["c1"]),
        P("MOHS HEAD/NECK ADDL STAGE", "17312", "Scalp - vertex", "Stage II", reasons=["c1"]),
        P("MOHS HEAD/NECK ADDL STAGE", "17312", "Scalp - vertex", "Stage III", reasons=["c1"]),
        P("MOHS ADDL BLOCK", "17315", "Scalp - vertex", "additional blocks", reasons=["c1"]),
        P("REPAIR SIMPLE SCALP 2.6-7.5 CM", "12002", "Scalp - vertex", "5.6 cm", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Op Note",
    "note": """MOHS MICROGRAPHIC SURGERY - OP NOTE                  Lakemont Univ. Dermatologic Surgery
DOS: 11/12/2025     Attending: Astrid Lindgren, MD     Fellow: Tomas Ferreira, MD

Indication: biopsy-proven SCC, moderately differentiated, vertex scalp, 2.8 x 2.2 cm, rapidly enlarging.
Mohs surgeon acts as surgeon and pathologist. Fellow performed under direct supervision of attending.

Anesthesia: {Anesthesia:1% lidocaine with epi 1:100,000}, ring block, 22 mL
Hemostasis: electrocautery

Layer  | Blocks | Result
I      | 8      | SCC at 10-2 o'clock periphery (blocks 1, 2, 8)
II     | 6      | residual SCC block 1
III    | 2      | clear
IV     | ***    | ***

Final defect 4.1 x 3.0 cm, subcutaneous fat, galea intact.

Repair: {RepairType:304812::"Intermediate (layered)"} - wide undermining in the subgaleal plane, galea and
subcutaneous layer closed with 3-0 Vicryl, skin stapled. Final length 5.6 cm, vertex.
Dog-ear: ***
Specimens to outside pathology: none.
Complications: none.
Plan: staples out 10 days, wound care sheet given. Follow-up 3 months.


Astrid Lindgren, MD
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 4), L("12032")], topics=["coding-correction"]),
    "coder_note": "17315 = each block beyond 5 in any stage: 8-5 = 3 plus 6-5 = 1 -> 4 units. Layered scalp closure "
                  "(galea/subcutaneous layer) is intermediate, scalp group 12031-12037, 5.6 cm -> 12032, not 12002.",
})

SCENARIOS.append({
    "id": "s27-mohs-dorsal-hand-precoded-trunk-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "R dorsal hand SCC Mohs charged as trunk/extremity 17313/17314; hand is a 17311 site; "
                   "intermediate repair 3.4 cm 12042 correct; Medicare FFS",
    "date": "2025-11-18",
    "patient": ("Oyelaran", "Cyril", "1939-12-05", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Mohs trunk/arms/legs, stage 1", "17313", "R dorsal hand", "3 blocks", reasons=["c1"]),
        P("Mohs trunk/arms/legs, addl stage", "17314", "R dorsal hand", "1 block", reasons=["c1"]),
        P("Intermediate repair hands", "12042", "R dorsal hand", "3.4 cm layered", reasons=["c1"]),
    ],
    "note_title": "Mohs Micrographic Surgery Procedure Note",
    "note": """MOHS MICROGRAPHIC SURGERY PROCEDURE NOTE
Lakemont University Health - Mohs & Dermatologic Surgery

Patient: Cyril Oyelaran, 85 y.o. male          DOS: 11/18/2025
Attending Mohs surgeon: Astrid Lindgren, MD (surgeon and pathologist)
Resident: Keiko Ando, MD (PGY-3) - observed

Pre-op diagnosis: invasive SCC, R dorsal hand overlying the 3rd metacarpal, 1.1 x 0.9 cm
(bx 10/21/2025). AUC: hand = area H, appropriate.
Anesthesia: {1% lidocaine with epi:yes} 5 mL
Hemostasis: electrocautery
Stage 1: 3 tissue blocks - SCC at the deep margin, block 3.
Stage 2: 1 tissue block - clear.
Stage 3: ***
Final defect: 1.8 x 1.4 cm, extensor paratenon intact.

Repair: intermediate (layered) closure. Deep dermis 4-0 Monocryl, epidermis 5-0 nylon simple interrupted.
Length 3.4 cm.
Specimens: Mohs layers only.
Complications: none
Disposition: home, elevation, sutures out 14 days.

Astrid Lindgren, MD - electronically signed
""",
    "expected": E([L("17311"), L("17312"), L("12042")], topics=["coding-correction"]),
    "coder_note": "MOHS-2: hands are a 17311/17312 site, not trunk/arms/legs -> 17311 + 17312 (stage 2 = 1 block). "
                  "REP-2: intermediate repair of the hand is in 12041-12047; 3.4 cm -> 12042 as charged.",
})

SCENARIOS.append({
    "id": "s27-mohs-low-back-superficial-bcc-abn",
    "family": "mohs", "shape": "note-only",
    "description": "Primary superficial BCC 0.7 cm L lower back, immunocompetent (AUC inappropriate); patient insisted "
                   "on Mohs, signed ABN; 1 stage; second intention; Medicare FFS (NGS)",
    "date": "2025-12-02",
    "patient": ("Vanterpool", "Maureen", "1950-05-30", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 95,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left lower back", "C44.519", "Left lower back", reason=True),
    ],
    "note_title": "Mohs Procedure Note",
    "note": """LAKEMONT UNIVERSITY HEALTH - MOHS SURGERY
Procedure note - DOS 12/02/2025
Attending: Samuel Weiss, MD        Fellow: Priya Raman, MD

Dx: superficial BCC, L lower back, 0.7 x 0.6 cm, primary, biopsy 11/04/2025. Patient immunocompetent, no
genetic syndrome, no prior radiation. AUC score for this tumor: 2 (inappropriate).
Options reviewed: ED&C, imiquimod, 5-FU, standard excision. Patient declines all of these and requests Mohs
after her sister's recurrence. Advised Medicare is expected to deny Mohs for this tumor.
ABN (CMS-R-131): {ABN:signed, option 1} before the procedure; copy scanned to Media.

Fellow performed under direct supervision of attending; Dr. Weiss read the frozen sections.
Anesthesia: {1% lidocaine with epi:yes} 4 mL
Hemostasis: electrocautery
Stage I: 2 tissue blocks - clear.
Stage II: ***
Defect: 1.2 x 1.0 cm.
Repair: *** (second intention - patient preference; petrolatum and bandage)
Specimens: none to outside pathology.
Complications: none.
F/u 2 weeks wound check with RN.

Samuel Weiss, MD
""",
    "expected": E([L("17313", 1, "GA")], topics=["medical-necessity"]),
    "coder_note": "README Coding decisions: Mohs of a small primary superficial BCC of the trunk with an ABN on file, "
                  "Medicare FFS -> 17313-GA. One stage, 2 blocks; no repair (second intention).",
})

SCENARIOS.append({
    "id": "s27-mohs-new-referral-em-decision-only",
    "family": "mohs", "shape": "pre-coded",
    "description": "New Mohs referral, R nasal ala BCC; pre-op evaluation and same-day Mohs 2 stages; charge "
                   "capture adds 99204-25 but the only work is the Mohs decision; Humana MA",
    "date": "2025-12-09",
    "patient": ("Szymanski", "Leopold", "1946-07-14", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 140,
    "em": "99204", "em_display": "Office visit, new patient, moderate MDM",
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, right nasal ala", "C44.311", "Right nasal ala", reason=True),
    ],
    "procedures": [
        P("MOHS 1ST STAGE H/N", "17311", "R nasal ala", "stage 1: 3 blocks", reasons=["c1"]),
        P("MOHS ADDL STAGE H/N", "17312", "R nasal ala", "stage 2: 2 blocks", reasons=["c1"]),
    ],
    "note_title": "Mohs Consult and Procedure",
    "note": """MOHS CONSULT + SAME-DAY SURGERY
Lakemont University Health - Mohs & Dermatologic Surgery      DOS 12/09/2025
Attending: Astrid Lindgren, MD     Fellow: Tomas Ferreira, MD

CC: referred by Dr. Moyo (community dermatology) for Mohs of a biopsy-proven BCC.
HPI: 79 y.o. M, new to our clinic. Pink pearly papule R nasal ala x 1 yr. Outside path (11/14/2025):
nodular BCC. No other concerns today. ROS: negative except as in HPI.
Meds/allergies reviewed. Warfarin - not held (INR 2.3 last week).
Exam: focused - 0.7 cm pearly papule with telangiectasia, R nasal ala. No cervical adenopathy.
A/P: Nodular BCC R nasal ala - Mohs appropriate (area H). Discussed Mohs vs excision vs radiation; consent
signed; proceed today.

PROCEDURE (fellow performed under direct supervision of attending; Dr. Lindgren read all slides)
Anesthesia: {1% lidocaine with epi:yes} 3 mL
Stage 1: 3 blocks - residual BCC at 6 o'clock.
Stage 2: 2 blocks - clear.
Defect 1.0 x 0.9 cm. Repair: *** - pt declines closure, granulation planned; wound care reviewed.
Complications: none.

Charges entered: 99204-25, 17311, 17312.
Astrid Lindgren, MD
""",
    "expected": E([L("17311"), L("17312")]),
    "coder_note": "GS-3/README Coding decisions: the only E/M work is the evaluation of the tumour and the decision for "
                  "Mohs (a 000 procedure), included in 17311 even for a new patient -> E/M removed. No repair.",
})

SCENARIOS.append({
    "id": "s27-mohs-three-tumors-html-stage-table",
    "family": "mohs", "shape": "note-only",
    "description": "Transplant patient, three tumours (nasal tip, L cheek, R forearm) in an HTML stage table; 6 blocks "
                   "in one stage; face layered repairs summed 6.2 cm + forearm 4.5 cm; Medicare FFS",
    "date": "2026-01-13",
    "patient": ("Hollingsworth", "Edmund", "1941-03-22", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 300,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip", "C44.311", "Nasal tip", reason=True),
        C("c2", "Basal cell carcinoma, left cheek", "C44.319", "Left cheek", reason=True),
        C("c3", "Squamous cell carcinoma, right forearm", "C44.622", "Right dorsal forearm", reason=True),
        C("c4", "Kidney transplant status", "Z94.0", history=True),
    ],
    "html": True,
    "note_title": "Mohs Micrographic Surgery - Multiple Tumors",
    "note": """<html><body>
<h3>LAKEMONT UNIVERSITY HEALTH &ndash; MOHS &amp; DERMATOLOGIC SURGERY</h3>
<p><b>Mohs Micrographic Surgery &ndash; Multiple Tumors</b><br>
DOS: 01/13/2026 &nbsp; Patient: Edmund Hollingsworth, 84 y.o. M &nbsp; Attending: Samuel Weiss, MD &nbsp;
Fellow: Priya Raman, MD</p>
<p>Renal transplant 2009 on tacrolimus/mycophenolate (Z94.0). Three biopsy-proven tumors (12/16/2025). Forearm
SCC 2.1 cm in an immunosuppressed host = AUC appropriate.</p>
<p>Fellow performed under direct supervision of attending. Dr. Weiss excised/mapped every layer and interpreted
all frozen sections.<br>Anesthesia: {1% lidocaine with epi:yes} &nbsp; Hemostasis: electrocautery</p>
<table border="1">
<tr><th>Tumor</th><th>Site</th><th>Dx</th><th>Stage</th><th>Blocks</th><th>Result</th></tr>
<tr><td>A</td><td>Nasal tip</td><td>BCC nodular</td><td>I</td><td>4</td><td>+ at 12 o'clock</td></tr>
<tr><td>A</td><td>Nasal tip</td><td>BCC nodular</td><td>II</td><td>3</td><td>clear</td></tr>
<tr><td>B</td><td>L cheek</td><td>BCC micronodular</td><td>I</td><td>6</td><td>clear</td></tr>
<tr><td>C</td><td>R dorsal forearm</td><td>SCC invasive</td><td>I</td><td>4</td><td>+ deep</td></tr>
<tr><td>C</td><td>R dorsal forearm</td><td>SCC invasive</td><td>II</td><td>2</td><td>clear</td></tr>
<tr><td>C</td><td>R dorsal forearm</td><td>SCC invasive</td><td>III</td><td>***</td><td>***</td></tr>
</table>
<p><b>Repairs</b></p>
<table border="1">
<tr><th>Tumor</th><th>Defect</th><th>Closure</th><th>Length</th></tr>
<tr><td>A</td><td>1.1 x 0.9 cm</td><td>Intermediate, layered (5-0 Monocryl / 6-0 nylon)</td><td>2.8 cm</td></tr>
<tr><td>B</td><td>1.3 x 1.0 cm</td><td>Intermediate, layered</td><td>3.4 cm</td></tr>
<tr><td>C</td><td>2.6 x 2.2 cm</td><td>Intermediate, layered (4-0 Monocryl / 4-0 nylon)</td><td>4.5 cm</td></tr>
</table>
<p>Specimens: Mohs layers only. Complications: none. Sutures out: face 7 days, forearm 14 days.</p>
<p>Samuel Weiss, MD &ndash; signed 01/13/2026 18:40</p>
</body></html>""",
    "expected": E([L("17311", 2), L("17312"), L("17315"), L("17313"), L("17314"), L("12053", 1, "XS"),
                   L("12032")]),
    "coder_note": "Head tumours A and B -> 17311 x2, A stage II -> 17312, B stage I 6 blocks -> 17315 x1; forearm "
                  "-> 17313 + 17314 (stage III row empty). REP-1: face layered repairs 2.8 + 3.4 = 6.2 cm -> 12053; "
                  "forearm 4.5 cm -> 12032. PTP 12032/12053 indicator 1, different wounds -> XS on 12053.",
})

SCENARIOS.append({
    "id": "s27-mohs-ala-plus-forearm-shave-bx",
    "family": "mohs", "shape": "free-text",
    "description": "L nasal ala BCC Mohs 2 stages + layered repair 2.2 cm; same-day tangential biopsy of a different "
                   "lesion on the L forearm (SCCIS on path); Aetna",
    "date": "2026-01-20",
    "patient": ("Marangoni", "Teresa", "1962-10-08", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma, left nasal ala", "C44.311", "Left nasal ala", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left dorsal forearm", "D04.62", "Left dorsal forearm",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery - stage 1", site="Left nasal ala",
          note="3 tissue blocks; residual BCC at 7 o'clock", reasons=["c1"]),
        P("Mohs micrographic surgery - stage 2", site="Left nasal ala", note="2 tissue blocks; clear",
          reasons=["c1"]),
        P("Layered closure of Mohs defect", site="Left nasal ala / alar groove",
          note="Intermediate repair, 4-0 Monocryl deep, 6-0 Prolene; length 2.2 cm", reasons=["c1"]),
        P("Shave biopsy", site="Left dorsal forearm",
          note="New 0.6 cm scaly pink papule noted during pre-op; tangential biopsy with DermaBlade, AlCl3 "
               "hemostasis, sent to dermpath (permanent sections)", reasons=["c2"]),
    ],
    "path": [{"text": "Skin, left dorsal forearm, shave biopsy: squamous cell carcinoma in situ (Bowen disease), "
                      "extending to the peripheral margin.", "site": "Left dorsal forearm"}],
    "note_title": "Mohs Surgery Note",
    "note": """Lakemont Univ Dermatology - Mohs Surgery Note          DOS 01/20/2026
Attending: Astrid Lindgren, MD (surgeon and pathologist for the Mohs layers)

Tumor: nodular BCC L nasal ala, bx 12/30/2025. Mohs in 2 stages (3 + 2 blocks), clear.
Defect 1.2 x 0.8 cm -> intermediate layered closure, 2.2 cm.
Incidental: while marking, pt pointed to a new scaly papule on the L dorsal forearm (0.6 cm). Separate lesion,
never sampled. Shave biopsy done, sent to dermatopathology (not frozen, not part of Mohs).
Cryotherapy to forearm lesion: not done - await path.
Complications: none. RTC 1 week suture removal; will call with forearm path.
""",
    "expected": E([L("17311"), L("17312"), L("12051", 1, "XS"), L("11102", 1, "XS")]),
    "coder_note": "Mohs head 2 stages -> 17311 + 17312; layered nose repair 2.2 cm -> 12051. BX-5: biopsy of a separate "
                  "lesion is reportable. PTP 17311/11102 and 11102/12051 are indicator 1 with different lesions -> XS "
                  "on each column-2 code (11102 and 12051).",
})

SCENARIOS.append({
    "id": "s27-mohs-preauricular-punch-frozen-59",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied R preauricular cheek papule: same-day punch bx + frozen section read as BCC, then "
                   "Mohs 2 stages; granulation; Aetna Medicare Advantage PPO",
    "date": "2026-01-27",
    "patient": ("Pruitt", "Lorraine", "1949-04-11", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 175,
    "conditions": [
        C("c1", "Basal cell carcinoma, right preauricular cheek", "C44.319", "Right preauricular cheek",
          reason=True),
    ],
    "procedures": [
        P("Punch biopsy 3 mm for frozen section", site="Right preauricular cheek",
          note="No prior biopsy of this lesion (PCP photo referral). 3 mm punch; specimen processed for frozen "
               "section in the Mohs lab and read by Dr. Weiss: BCC, nodular. Decision for Mohs based on this "
               "result.", reasons=["c1"]),
        P("Frozen section, first block - diagnostic biopsy", site="Right preauricular cheek",
          note="1 block, H&E, diagnostic specimen only", reasons=["c1"]),
        P("Mohs stage I", site="Right preauricular cheek", note="3 tissue blocks, + at 2 o'clock",
          reasons=["c1"]),
        P("Mohs stage II", site="Right preauricular cheek", note="2 tissue blocks, clear", reasons=["c1"]),
        P("Wound care / second intention", site="Right preauricular cheek",
          note="Defect 1.0 x 0.9 cm; left to granulate (concavity); no closure"),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """MOHS SURGERY - Lakemont University Health
DOS 01/27/2026     Attending: Samuel Weiss, MD     Fellow: ***

76F sent by her PCP with a photo of a 'probable BCC' R preauricular cheek. No biopsy on file - lives 2.5 h
away. Plan discussed: diagnostic punch with frozen section today; Mohs only if carcinoma is confirmed.
Punch bx 3 mm -> frozen section read by me: nodular BCC. Proceeded with Mohs.
Stage I 3 blocks (+), stage II 2 blocks (clear). Defect 1.0 x 0.9 cm, second intention.
Anesthesia: {1% lidocaine with epi:yes}. Hemostasis: electrocautery. Complications: none.
F/u 2 weeks.
Samuel Weiss, MD
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")]),
    "coder_note": "MOHS-5(a)/BX-5 and README Coding decisions: diagnostic biopsy with frozen section of a lesion "
                  "with no prior pathology, deciding Mohs the same day -> 11104-59 + 88331-59 (same lesion, not "
                  "XS). Mohs head 2 stages -> 17311 + 17312. No repair.",
})

SCENARIOS.append({
    "id": "s27-rep-temple-mohs-repair-length-blank",
    "family": "repair", "shape": "note-only",
    "description": "R temple BCC Mohs 1 stage; intermediate closure documented but the SmartPhrase length field "
                   "was left as ***; Medicare FFS",
    "date": "2026-02-03",
    "patient": ("Gallagher", "Rosalind", "1952-09-17", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 110,
    "conditions": [
        C("c1", "Basal cell carcinoma, right temple", "C44.319", "Right temple", reason=True),
    ],
    "note_title": "Mohs Micrographic Surgery Procedure Note",
    "note": """MOHS MICROGRAPHIC SURGERY PROCEDURE NOTE
Lakemont University Health - Dermatology
DOS: 02/03/2026     Attending Mohs surgeon: Samuel Weiss, MD     Fellow: Priya Raman, MD

Pre-op Dx: BCC, nodular, R temple (bx 01/06/2026). Clinical size 0.8 x 0.7 cm.
Fellow performed under direct supervision of attending. Attending read all frozen sections.
Anesthesia: {1% lidocaine with epi:yes} 4 mL
Hemostasis: electrocautery
Stage I: 3 tissue blocks - clear.
Stage II: ***
Post-op defect: 1.3 x 1.0 cm.

REPAIR
Type: {RepairType:304812::"Intermediate (layered)"}
Deep: 5-0 Monocryl buried vertical mattress
Superficial: 6-0 Prolene running
Final length: *** cm
Undermining: {Undermining:moderate}
Specimens: Mohs layers only.
Complications: none.
Follow-up: {Followup:1 week} suture removal.

Samuel Weiss, MD
""",
    "expected": E([L("17311")], topics=["missing-documentation"]),
    "coder_note": "Mohs head, 1 stage 3 blocks -> 17311. Repair length field left as *** and no length elsewhere "
                  "(defect size is not repair length) -> no repair line, missing-documentation (README).",
})

SCENARIOS.append({
    "id": "s27-rep-cheek-rotation-flap-day-after-mohs",
    "family": "repair", "shape": "free-text",
    "description": "Cheek rotation flap the day after Mohs (same surgeon): 8.1 + 6.3 = 14.4 sq cm; Mohs has a 000 "
                   "global so no modifier; Medicare FFS",
    "date": "2026-02-11",
    "patient": ("Whitcombe", "Arthur", "1937-01-29", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma, left cheek", "C44.319", "Left medial cheek", reason=True),
    ],
    "procedures": [
        P("Rotation flap reconstruction", site="Left medial cheek",
          note="Mohs defect from 02/10 (clear after 2 stages). Primary defect 3.1 x 2.6 cm = 8.1 sq cm; "
               "secondary (flap) defect 6.3 sq cm; total 14.4 sq cm. Flap elevated in the subcutaneous plane, "
               "Burow's triangle at the jawline, 4-0 Monocryl / 5-0 Prolene.", reasons=["c1"]),
        P("Dressing", site="Left cheek", note="Pressure dressing"),
    ],
    "prior": [
        PRIOR("2026-02-10", "17311", "Mohs stage 1, left medial cheek", "Left medial cheek",
              "Stage 1: 4 blocks, + at 3 o'clock"),
        PRIOR("2026-02-10", "17312", "Mohs stage 2, left medial cheek", "Left medial cheek",
              "Stage 2: 2 blocks, clear; dressed, reconstruction scheduled next morning"),
    ],
    "note_title": "Reconstruction Note",
    "note": """RECONSTRUCTION - Lakemont University Health, Mohs & Dermatologic Surgery
DOS 02/11/2026     Attending: Astrid Lindgren, MD     Fellow: Tomas Ferreira, MD

89M, Mohs of L medial cheek BCC yesterday with me (clear after 2 stages). Reconstruction deferred to this
morning (afternoon OR schedule). Same surgeon.
Fellow performed under direct supervision of attending; I was present for the entire procedure.
Anesthesia: {1% lidocaine with epi:yes} 8 mL + 0.5% bupivacaine 2 mL
Rotation flap as in procedure entry. Hemostasis: electrocautery.
Total flap area 14.4 sq cm. EBL minimal. Complications: none.
F/u 1 week for suture removal.
""",
    "expected": E([L("14041")]),
    "coder_note": "FLAP-1: cheek, 8.1 + 6.3 = 14.4 sq cm -> 14041. The prior-day Mohs (17311/17312) has a 000 global, "
                  "so the flap needs no 58/79 (GS-1/GS-5: no post-op period).",
})

# =================================================================================================================
# BATCH 2 - repairs after Mohs, malignant and benign excisions
# =================================================================================================================

SCENARIOS.append({
    "id": "s27-rep-forehead-undermining-precoded-complex",
    "family": "repair", "shape": "pre-coded",
    "description": "L forehead BCC Mohs 1 stage; layered closure 4.8 cm with wide undermining charged as complex "
                   "13132; no complex element documented; BCBS",
    "date": "2026-02-17",
    "patient": ("Beaumont", "Clarissa", "1967-06-03", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 125,
    "conditions": [
        C("c1", "Basal cell carcinoma, left forehead", "C44.319", "Left forehead", reason=True),
    ],
    "procedures": [
        P("MOHS H/N 1ST STAGE", "17311", "L forehead", "stage 1, 4 blocks, clear", reasons=["c1"]),
        P("COMPLEX REPAIR FOREHEAD 2.6-7.5 CM", "13132", "L forehead", "4.8 cm", reasons=["c1"]),
    ],
    "note_title": "Mohs Micrographic Surgery Procedure Note",
    "note": """MOHS MICROGRAPHIC SURGERY PROCEDURE NOTE - Lakemont University Health
DOS: 02/17/2026          Attending Mohs surgeon: Samuel Weiss, MD          Fellow: Priya Raman, MD

Pre-op Dx: BCC, superficial and nodular, L forehead, 1.0 x 0.8 cm (bx 01/22/2026).
Fellow performed under direct supervision of attending. Attending interpreted all frozen sections.
Anesthesia: {1% lidocaine with epi:yes} 6 mL
Hemostasis: electrocautery
Stage I: 4 tissue blocks - clear.
Stage II: ***
Post-op defect: 1.6 x 1.3 cm, subcutaneous fat; frontalis intact.

REPAIR
Type: linear closure oriented in a relaxed skin tension line
Undermining: {Undermining:wide, 3 cm each side, subcutaneous plane}
Deep layer: 4-0 Monocryl buried interrupted
Superficial: 5-0 Prolene running
Exposed structures: none
Edge debridement: none
Retention sutures / stents: none
Final length: 4.8 cm
Specimens: Mohs layers only. Complications: none.
Follow-up: {Followup:1 week} suture removal.

Samuel Weiss, MD
""",
    "expected": E([L("17311"), L("12052")], topics=["coding-correction"]),
    "coder_note": "REP-3: undermining alone is not complex; a layered closure with no complex element is intermediate. "
                  "Forehead is in the face group 12051-12057; 4.8 cm -> 12052 (not 13132).",
})

SCENARIOS.append({
    "id": "s27-rep-scalp-arm-neck-three-wounds",
    "family": "repair", "shape": "note-only",
    "description": "Three Mohs tumours (L parietal scalp, R posterior neck, L upper arm); layered repairs: scalp 3.1 + "
                   "arm 2.6 summed to 12032, neck 2.4 cm 12041 in its own group; Humana MA",
    "date": "2026-02-24",
    "patient": ("Tremblay", "Gaston", "1944-11-30", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 260,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left parietal scalp", "C44.42", "Left parietal scalp", reason=True),
        C("c2", "Basal cell carcinoma, right posterior neck", "C44.41", "Right posterior neck", reason=True),
        C("c3", "Squamous cell carcinoma, poorly differentiated, left upper arm", "C44.629", "Left lateral upper arm",
          reason=True),
    ],
    "note_title": "Mohs Micrographic Surgery Procedure Note",
    "note": """LAKEMONT UNIVERSITY HEALTH - MOHS & DERMATOLOGIC SURGERY
MOHS PROCEDURE NOTE (MULTIPLE SITES)       DOS 02/24/2026
Attending Mohs surgeon: June Abernathy, MD       Fellow: Tomas Ferreira, MD
Fellow performed under direct supervision of attending. Dr. Abernathy read all frozen sections.

Site 1 - L parietal scalp, SCC well-diff., 1.4 cm. Stage I: 2 blocks, clear. Defect 2.0 x 1.7 cm.
Site 2 - R posterior neck, BCC nodular, 1.0 cm. Stage I: 3 blocks, clear. Defect 1.5 x 1.2 cm.
Site 3 - L lateral upper arm, SCC poorly differentiated (AUC appropriate, aggressive histology), 1.2 cm.
         Stage I: 4 blocks, clear. Defect 1.7 x 1.5 cm.
Stage II (any site): ***

Anesthesia: {1% lidocaine with epi:yes} 14 mL total.   Hemostasis: electrocautery.

Repairs (all by attending, fellow assisting):
 - Site 1 scalp: layered closure, 3-0 Vicryl galeal/subcut + staples. Length 3.1 cm.
 - Site 2 neck: layered closure, 4-0 Monocryl deep + 5-0 nylon. Length 2.4 cm.
 - Site 3 arm: layered closure, 4-0 Monocryl deep + 4-0 nylon. Length 2.6 cm.
Flap / graft: ***
Specimens: Mohs layers only. Complications: none.
Sutures/staples out 10-14 days.

June Abernathy, MD
""",
    "expected": E([L("17311", 2), L("17313"), L("12032"), L("12041")]),
    "coder_note": "Scalp and neck Mohs -> 17311 x2; upper arm -> 17313. REP-1/REP-2: intermediate scalp and arm are the "
                  "same group (12031-12037): 3.1 + 2.6 = 5.7 cm -> 12032; neck is 12041-12047: 2.4 cm -> 12041. "
                  "No PTP edit between 12032 and 12041.",
})

SCENARIOS.append({
    "id": "s27-rep-helical-rim-complex-free-text",
    "family": "repair", "shape": "free-text",
    "description": "L helix SCC Mohs 2 stages; complex repair of the helical rim 2.9 cm (13152); Medicare FFS "
                   "(name-only coverage)",
    "date": "2026-03-03",
    "patient": ("Ashdown", "Phyllis", "1938-08-08", "female"),
    "provider": "lindgren", "payer": "medicare-noname", "minutes": 170,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left helix", "C44.229", "Left helical rim", reason=True),
    ],
    "procedures": [
        P("Mohs, first stage", site="Left helical rim", note="4 blocks; SCC at deep margin", reasons=["c1"]),
        P("Mohs, second stage", site="Left helical rim", note="3 blocks; clear", reasons=["c1"]),
        P("Complex closure helix", site="Left helical rim",
          note="Defect through the free helical rim with exposed cartilage; cartilage trimmed, rim re-aligned "
               "(free-margin repair), 5-0 Monocryl / 6-0 Prolene. Length 2.9 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Mohs Surgery - Lakemont University Health       DOS 03/03/2026
Attending: Astrid Lindgren, MD (surgeon/pathologist)    Resident: Keiko Ando, MD (observing)

87F, SCC L helical rim (bx 02/05/2026), 1.0 cm, well differentiated. Ear = AUC area H.
Time-out: {Timeout:yes}. Consent signed.
Anesthesia: {1% lidocaine with epi:yes}. Hemostasis: electrocautery.
Two stages as charted (4 + 3 blocks); all frozen sections read by Dr. Lindgren.
Defect 1.6 x 1.2 cm through the rim, cartilage exposed.
Complex repair across the free margin, 2.9 cm. No flap. FTSG: ***
Specimens: Mohs layers only.
Complications: none. Sutures out 1 week.
Astrid Lindgren, MD
""",
    "expected": E([L("17311"), L("17312"), L("13152")]),
    "coder_note": "REP-2/REP-3: free helical rim margin + exposed cartilage = complex, ears group 13151-13153; 2.9 cm "
                  "-> 13152. Mohs head 2 stages -> 17311 + 17312.",
})

SCENARIOS.append({
    "id": "s27-rep-back-melanoma-wle-complex-html",
    "family": "repair", "shape": "note-only",
    "description": "Melanoma L upper back wide excision (1.2 cm scar + 1 cm margins = 3.2 cm) with complex repair "
                   "12.6 cm (retention sutures, extensive undermining) -> 13101 + 13102 x2; HTML; Cigna",
    "date": "2026-03-10",
    "patient": ("Okoro-Lind", "Daniel", "1971-02-14", "male"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 120,
    "conditions": [
        C("c1", "Malignant melanoma, superficial spreading, left upper back", "C43.59", "Left upper back",
          reason=True),
    ],
    "path": [{"text": "Skin, left upper back, wide local excision: biopsy-site scar; no residual melanoma; "
                      "margins free.", "site": "Left upper back"}],
    "html": True,
    "note_title": "Dermatologic Surgery Operative Note",
    "note": """<div><b>LAKEMONT UNIVERSITY HEALTH - DERMATOLOGIC SURGERY</b><br/>
<b>OPERATIVE NOTE</b> &nbsp; DOS 03/10/2026<br/>
Attending: June Abernathy, MD &nbsp; Fellow: Tomas Ferreira, MD<br/>
<i>Fellow performed under direct supervision of attending; attending present for the entire procedure.</i></div>
<div><b>Pre-op diagnosis:</b> invasive melanoma, superficial spreading type, Breslow 0.6 mm, L upper back
(bx 02/12/2026). SLNB: not indicated (T1a).<br/>
<b>Procedure:</b> wide local excision with 1.0 cm margins; complex repair.</div>
<ul>
<li>Biopsy scar (clinical lesion): 1.2 x 0.9 cm</li>
<li>Margins: 1.0 cm on all sides, measured and marked before incision</li>
<li>Anesthesia: {1% lidocaine with epi:yes} 20 mL</li>
<li>Depth: to the muscular fascia</li>
<li>Hemostasis: electrocautery</li>
<li>Repair: extensive undermining of both wound edges (&gt;4 cm each side) required for closure under tension;
2-0 PDS retention sutures placed; 3-0 Monocryl deep, 4-0 nylon running</li>
<li>Final repair length: 12.6 cm</li>
<li>Specimen: oriented, suture at 12 o'clock, to dermatopathology</li>
<li>Complications: none</li>
</ul>
<div>Plan: retention sutures out 14 days. Follow-up in melanoma clinic in 3 months.<br/>
June Abernathy, MD - signed</div>""",
    "expected": E([L("11604"), L("13101"), L("13102", 2)]),
    "coder_note": "EX-1: 1.2 + 2 x 1.0 = 3.2 cm trunk malignant -> 11604 (melanoma known before excision, EX-3/EX-4). "
                  "REP-3: retention sutures -> complex; trunk 12.6 cm -> 13101 (to 7.5) + 13102 x2 (5.1 cm beyond "
                  "7.5 = two 'each additional 5 cm or less' units).",
})

SCENARIOS.append({
    "id": "s27-exm-mis-arm-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Melanoma in situ R upper arm excision charged as benign 11402 + 12031; 0.8 cm + 2 x 0.5 cm = "
                   "1.8 cm -> 11602; layered 4.0 cm -> 12032; Medicare FFS",
    "date": "2025-10-21",
    "patient": ("Fairbairn", "Gloria", "1955-12-19", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Melanoma in situ, right upper arm", "D03.61", "Right posterior upper arm", reason=True),
    ],
    "procedures": [
        P("EXC BENIGN LESION TRUNK/ARM/LEG 1.1-2.0 CM", "11402", "R posterior upper arm", reasons=["c1"]),
        P("INTERMEDIATE REPAIR 2.5 CM OR LESS", "12031", "R posterior upper arm", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right posterior upper arm, excision: residual melanoma in situ, margins clear "
                      "(closest 4 mm).", "site": "Right posterior upper arm"}],
    "note_title": "Dermatologic Surgery Procedure Note",
    "note": """PROCEDURE NOTE - EXCISION         Lakemont Univ Dermatologic Surgery         DOS 10/21/2025
Attending: June Abernathy, MD      Resident: Keiko Ando, MD
Resident performed under direct supervision of attending, who was present for the entire procedure.

Indication: melanoma in situ R posterior upper arm (shave bx 09/23/2025).
Lesion/scar size: 0.8 x 0.6 cm
Margins: 0.5 cm
Excised diameter: ***
Anesthesia: {1% lidocaine with epi:yes} 6 mL
Prep: {Prep:chlorhexidine}
Depth: subcutaneous fat
Hemostasis: electrocautery
Closure: {RepairType:304812::"Intermediate (layered)"} - 4-0 Monocryl deep, 5-0 Prolene running
Length: 4.0 cm
EBL: minimal    Complications: none
Specimen to dermpath, oriented.
Wound care reviewed; sutures out 12 days.

June Abernathy, MD
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"]),
    "coder_note": "EX-3: melanoma in situ takes malignant excision codes. EX-1: 0.8 + 2 x 0.5 = 1.8 cm arm -> 11602. "
                  "Intermediate repair 4.0 cm -> 12032 (not 12031, which is 2.5 cm or less).",
})

SCENARIOS.append({
    "id": "s27-exm-shin-scc-reexcision-in-global",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Re-excision for positive margin of L shin SCC 8 days after the first excision (010 global): "
                   "2.0 + 2 x 0.3 = 2.6 cm -> 11603-58, layered 5.5 cm -> 12032-58; path negative; Medicare FFS",
    "date": "2025-12-16",
    "patient": ("Hartigan", "Wendell", "1948-04-02", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left shin, positive margin", "C44.729", "Left anterior shin",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-12-08", "11602", "Excision SCC left shin", "Left anterior shin",
              "1.2 cm lesion, 0.2 cm margins; path: SCC, invasive, peripheral margin involved"),
        PRIOR("2025-12-08", "12032", "Intermediate repair left shin", "Left anterior shin", "4.0 cm"),
    ],
    "path": [{"text": "Skin, left shin, re-excision: scar with granulation tissue; no residual carcinoma; "
                      "margins free.", "site": "Left anterior shin"}],
    "note_title": "Dermatologic Surgery Procedure Note",
    "note": """LAKEMONT UNIVERSITY HEALTH - DERMATOLOGIC SURGERY
RE-EXCISION NOTE     DOS: 12/16/2025
Attending: June Abernathy, MD     Fellow: ***

History: SCC L anterior shin excised by me 12/08/2025; path with involved peripheral margin at 3 o'clock.
Pretibial - not a Mohs candidate per patient (declined travel to Mohs days). Planned re-excision today.
Sutures from 12/08 removed at the start of the procedure.

Lesion (scar) size: 2.0 x 0.8 cm
Margins: 0.3 cm around the scar
Anesthesia: {1% lidocaine with epi:yes} 8 mL
Depth: to fascia
Hemostasis: electrocautery
Closure: layered - 3-0 Monocryl deep, 4-0 nylon vertical mattress
Length: 5.5 cm
Complications: none
Specimen to dermatopathology.
Leg elevation, compression wrap, sutures out 14 days.

June Abernathy, MD
""",
    "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["global-period"]),
    "coder_note": "EX-4/GS-5: planned re-excision for a positive margin inside the 10-day global of 12/08 -> 58 on the "
                  "excision and on the repair (README precedent). Malignant code despite negative re-excision path; "
                  "2.0 + 0.6 = 2.6 cm -> 11603; layered 5.5 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s27-exm-nasal-dorsum-excision-bilobed-precoded",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Standard excision of nasal dorsum BCC (1.6 cm excised) closed with a bilobed flap 6.4 sq cm; "
                   "charge capture has 11642 + 14060; the excision is included in the flap; UHC",
    "date": "2025-11-06",
    "patient": ("Lindahl", "Margit", "1959-05-25", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 110,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal dorsum", "C44.311", "Nasal dorsum", reason=True),
    ],
    "procedures": [
        P("EXC MALIG FACE 1.1-2.0 CM", "11642", "Nasal dorsum", "0.8 cm BCC, 4 mm margins", reasons=["c1"]),
        P("ADJ TISSUE TRANSFER NOSE <=10 SQ CM", "14060", "Nasal dorsum", "bilobed flap 6.4 sq cm",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, nasal dorsum, excision: basal cell carcinoma, nodular type; margins free.",
              "site": "Nasal dorsum"}],
    "note_title": "Dermatologic Surgery Operative Note",
    "note": """OPERATIVE NOTE - Lakemont University Health Dermatologic Surgery
DOS: 11/06/2025     Attending: June Abernathy, MD     Fellow: Tomas Ferreira, MD

Indication: nodular BCC nasal dorsum (bx 10/09/2025). Offered Mohs; patient chose standard excision with
permanent sections and accepts a possible re-excision.
Fellow performed under direct supervision of attending.
Lesion: 0.8 x 0.7 cm.  Margins: 4 mm.  Excised diameter 1.6 cm (circular defect).
Anesthesia: {1% lidocaine with epi:yes} 5 mL
Reconstruction: bilobed transposition flap from the lateral nasal sidewall. Primary defect 2.0 sq cm,
secondary defect 4.4 sq cm, total 6.4 sq cm. 5-0 Monocryl / 6-0 Prolene.
Hemostasis: electrocautery.  Complications: none.
Specimen oriented to dermpath.
F/u 1 week.
June Abernathy, MD
""",
    "expected": E([L("14060")], topics=["ncci"]),
    "coder_note": "FLAP-2: the excision of the lesion is included in adjacent tissue transfer; PTP 14060/11642 is "
                  "indicator 1 but it is the same lesion -> 11642 removed (ncci). Nose 6.4 sq cm -> 14060.",
})

SCENARIOS.append({
    "id": "s27-exm-neck-and-back-bcc-two-groups",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Two BCC excisions: L lateral neck 0.9 + 0.8 = 1.7 cm (11622) and R upper back 1.3 + 0.8 = "
                   "2.1 cm (11603); layered repairs neck 3.5 cm (12042) and back 5.0 cm (12032); BCBS",
    "date": "2025-10-28",
    "patient": ("Brannigan", "Roisin", "1964-03-09", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 100,
    "conditions": [
        C("c1", "Basal cell carcinoma, left lateral neck", "C44.41", "Left lateral neck", reason=True),
        C("c2", "Basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Excision BCC", site="Left lateral neck",
          note="Biopsy-proven BCC 0.9 x 0.7 cm; 0.4 cm margins; ellipse to subcutaneous fat", reasons=["c1"]),
        P("Layered closure", site="Left lateral neck", note="4-0 Monocryl deep, 5-0 nylon; 3.5 cm",
          reasons=["c1"]),
        P("Excision BCC", site="Right upper back",
          note="Biopsy-proven BCC 1.3 x 1.0 cm; 0.4 cm margins", reasons=["c2"]),
        P("Layered closure", site="Right upper back", note="3-0 Monocryl deep, 4-0 nylon; 5.0 cm",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left lateral neck, excision: basal cell carcinoma, nodular; margins free.",
         "site": "Left lateral neck"},
        {"text": "Skin, right upper back, excision: basal cell carcinoma, superficial and nodular; margins free.",
         "site": "Right upper back"},
    ],
    "note_title": "Dermatologic Surgery Procedure Note",
    "note": """Derm Surgery procedure note - DOS 10/28/2025
Attending: June Abernathy, MD. Resident: Keiko Ando, MD - performed under direct supervision of attending.
Pre-op Dx: (1) BCC L lateral neck, shave bx 09/30/2025; (2) BCC R upper back, punch bx 09/30/2025.
Two biopsy-proven BCCs excised as documented in the procedure entries.
Consent signed for both sites; time-out {Timeout:yes}.
Anesthesia: {1% lidocaine with epi:yes}, 12 mL total.
Hemostasis: electrocautery.
Both specimens oriented (suture at 12 o'clock) to dermpath.
Complications: none. EBL minimal.
Mohs considered for the neck lesion - pt prefers standard excision.
Sutures out 10 days (neck) and 14 days (back).
""",
    "expected": E([L("11622"), L("11603"), L("12032"), L("12042", 1, "XS")]),
    "coder_note": "EX-1/EX-2: neck 0.9 + 0.8 = 1.7 cm SNHFG -> 11622; back 1.3 + 0.8 = 2.1 cm TAL -> 11603. REP-2: neck "
                  "intermediate 3.5 cm -> 12042, back 5.0 cm -> 12032. PTP 12032/12042 indicator 1, separate wounds "
                  "-> XS on 12042.",
})

SCENARIOS.append({
    "id": "s27-exb-inflamed-epidermoid-cyst-back",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed epidermoid cyst of the back: 2.2 cm + 2 x 0.1 cm = 2.4 cm -> 11403; "
                   "layered 4.5 cm -> 12032; Aetna",
    "date": "2025-10-14",
    "patient": ("Nakashima-Reyes", "Jordan", "1988-07-07", "male"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 60,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, inflamed, mid upper back", "L72.0", "Mid upper back", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Mid upper back",
          note="Painful, twice-inflamed cyst (drained at urgent care 08/2025). Cyst 2.2 x 1.8 cm; elliptical "
               "excision with a 0.1 cm rim of normal skin; cyst wall removed intact.", reasons=["c1"]),
        P("Intermediate repair", site="Mid upper back",
          note="Layered closure 3-0 Monocryl deep / 4-0 nylon; length 4.5 cm", reasons=["c1"]),
    ],
    "path": [{"text": "Skin and subcutis, mid upper back, excision: ruptured epidermal inclusion cyst with "
                      "foreign-body giant cell reaction.", "site": "Mid upper back"}],
    "note_title": "Procedure Note",
    "note": """Procedure note - Lakemont Univ Dermatologic Surgery, DOS 10/14/2025
Attending: June Abernathy, MD; fellow Tomas Ferreira, MD performed under direct supervision of attending.
HPI: 37M, cyst of the mid upper back for 3 years; inflamed twice (drained at urgent care 08/2025),
painful when lying on his back.
Inflamed EIC mid upper back, painful, recurrent. Quiet today (no fluctuance) - excised as planned.
Consent: risks incl. scar, recurrence, infection, bleeding reviewed; signed.
Anesthesia {1% lidocaine with epi:yes}. Hemostasis: electrocautery. I&D: not needed.
Details in procedure entries. Specimen to dermatopathology.
Complications none. EBL minimal.
Wound care sheet given; no heavy lifting 2 weeks. Sutures out 12 days.
""",
    "expected": E([L("11403"), L("12032")]),
    "coder_note": "EX-1: 2.2 + 2 x 0.1 = 2.4 cm trunk benign -> 11403; layered closure 4.5 cm -> 12032 (EX-5). "
                  "No I&D performed.",
})

SCENARIOS.append({
    "id": "s27-exb-pilar-cyst-scalp-size-blank",
    "family": "excision-benign", "shape": "note-only",
    "description": "Scalp pilar cyst excision with the lesion-size SmartPhrase field left as ***; layered repair "
                   "3.0 cm documented; Cigna",
    "date": "2025-10-30",
    "patient": ("Fenwick", "Ida", "1975-01-12", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 50,
    "conditions": [
        C("c1", "Pilar cyst, occipital scalp", "L72.11", "Occipital scalp", reason=True),
    ],
    "path": [{"text": "Scalp, occipital, excision: pilar (trichilemmal) cyst.", "site": "Occipital scalp"}],
    "note_title": "Dermatologic Surgery Procedure Note",
    "note": """PROCEDURE NOTE - EXCISION, BENIGN
Lakemont University Health - Dermatologic Surgery          DOS 10/30/2025
Attending: June Abernathy, MD       Resident: Keiko Ando, MD
Resident performed under direct supervision of attending.

Indication: tender occipital scalp cyst, catches on comb and bled twice; pt requests removal.
Lesion size: *** cm
Margins: *** (cyst enucleated through a fusiform incision)
Anesthesia: {1% lidocaine with epi:yes} 5 mL
Hemostasis: electrocautery
Closure: {RepairType:304812::"Intermediate (layered)"} - 3-0 Vicryl subcutaneous, staples
Length: 3.0 cm
Specimen: to dermatopathology
Complications: none
Staples out 10 days.

June Abernathy, MD
""",
    "expected": E([L("12032")], topics=["missing-documentation"]),
    "coder_note": "README Coding decisions: no lesion size -> no excision line (missing-documentation); the separately "
                  "documented layered scalp repair 3.0 cm is kept -> 12032.",
})

# =================================================================================================================
# BATCH 3 - biopsies, shaves, destruction, mixed, E/M in a global
# =================================================================================================================

SCENARIOS.append({
    "id": "s27-bx-four-lesions-three-techniques",
    "family": "biopsy", "shape": "free-text",
    "description": "Four biopsies, three techniques: incisional wedge L thigh, punches R upper back and R forearm, "
                   "shave L cheek -> 11106 + 11105 x2 + 11103; Medicare FFS",
    "date": "2025-11-20",
    "patient": ("Ingersoll", "Marguerite", "1951-02-08", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Morphea, left anterior thigh", "L94.0", "Left anterior thigh", reason=True),
        C("c2", "Basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
        C("c3", "Lichen planus, right forearm", "L43.9", "Right volar forearm", reason=True),
        C("c4", "Actinic keratosis, left cheek", "L57.0", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Incisional (wedge) biopsy", site="Left anterior thigh",
          note="Indurated violaceous plaque 6 cm; fusiform wedge with #15 blade to subcutaneous fat to sample "
               "deep dermis/septa; 4-0 nylon simple closure", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Right upper back", note="Pink pearly papule 0.5 cm; 4-0 nylon x1",
          reasons=["c2"]),
        P("Punch biopsy 3 mm", site="Right volar forearm", note="Violaceous flat-topped papules; 4-0 nylon x1",
          reasons=["c3"]),
        P("Shave biopsy", site="Left cheek", note="Scaly papule 0.4 cm, tangential sample, AlCl3",
          reasons=["c4"]),
    ],
    "path": [
        {"text": "A. Skin, left thigh, incisional biopsy: morphea (sclerotic stage).", "site": "Left anterior thigh"},
        {"text": "B. Skin, right upper back, punch biopsy: basal cell carcinoma, nodular.", "site": "Right upper back"},
        {"text": "C. Skin, right forearm, punch biopsy: lichen planus.", "site": "Right volar forearm"},
        {"text": "D. Skin, left cheek, shave biopsy: actinic keratosis, hypertrophic.", "site": "Left cheek"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Lakemont University Health - General Dermatology Faculty Clinic          DOS 11/20/2025
Attending: Ines Castellanos, MD     Resident: Marcus Yeboah, MD (PGY-2)
Resident performed under direct supervision of attending.

Procedure visit scheduled at the last appointment for biopsies (E/M not billed today).
Consent signed. Time-out: {Timeout:yes}. Anesthesia: {1% lidocaine with epi:yes}.
Four specimens A-D as entered in the procedure section. Hemostasis: AlCl3 (D), sutures (A-C).
Cryotherapy of the cheek lesion: deferred until path returns.
Complications: none. Wound care handout. Sutures out 10-14 days.
Ines Castellanos, MD
""",
    "expected": E([L("11106"), L("11105", 2), L("11103")]),
    "coder_note": "BX-1/BX-2: one primary for the highest technique (incisional 11106); the two punches take 11105 "
                  "x2 and the shave takes 11103 (allowed with 11106). No destruction performed.",
})

SCENARIOS.append({
    "id": "s27-bx-precoded-deleted-11100",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Old charge template sends deleted 11100/11101 for two tangential biopsies (R temple, mid chest) "
                   "-> 11102 + 11103; Aetna Medicare Advantage PPO",
    "date": "2025-11-25",
    "patient": ("Kowalczyk", "Bernard", "1947-09-21", "male"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, right temple", "C44.319", "Right temple", reason=True),
        C("c2", "Seborrheic keratosis, irritated, mid chest", "L82.0", "Mid chest", reason=True),
    ],
    "procedures": [
        P("BIOPSY SKIN SINGLE LESION", "11100", "R temple", "shave bx, pearly papule 0.5 cm", reasons=["c1"]),
        P("BIOPSY SKIN EACH ADDL LESION", "11101", "Mid chest",
          "shave bx, crusted papule 0.7 cm - r/o SCC", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right temple, shave biopsy: basal cell carcinoma, nodular, extending to base.",
         "site": "Right temple"},
        {"text": "Skin, mid chest, shave biopsy: irritated seborrheic keratosis; no dysplasia.",
         "site": "Mid chest"},
    ],
    "note_title": "Procedure Note",
    "note": """PROCEDURE NOTE - SKIN BIOPSY                 DOS 11/25/2025
Lakemont University Health - General Dermatology
Attending: Rafael Santos, MD

# of lesions: 2
Technique: {BiopsyTechnique:tangential (shave)} x 2 - DermaBlade, dermis level
Sites: (1) R temple, 0.5 cm pearly papule; (2) mid chest, 0.7 cm crusted, bleeding papule
Anesthesia: {1% lidocaine with epi:yes}
Hemostasis: aluminum chloride
Specimens: 2, to dermatopathology
Complications: none
Wound care: petrolatum + bandage daily until healed.
Rafael Santos, MD
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 were deleted 12/31/2018 -> invalid-code; two tangential biopsies -> 11102 + "
                  "11103.",
})

SCENARIOS.append({
    "id": "s27-bx-transplant-eight-biopsies-mue",
    "family": "biopsy", "shape": "note-only",
    "description": "Heart-transplant high-risk clinic: 1 punch + 7 shave biopsies -> 11104 + 11103 capped at MUE 6; "
                   "Medicare FFS",
    "date": "2025-12-04",
    "patient": ("Abiodun", "Festus", "1960-06-15", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, multiple sites", "D49.2", "Multiple", reason=True),
        C("c2", "Heart transplant status", "Z94.1", history=True),
    ],
    "note_title": "High-Risk Skin Cancer Clinic - Procedure Note",
    "note": """HIGH-RISK SKIN CANCER (TRANSPLANT) CLINIC - PROCEDURE NOTE
Lakemont University Health Dermatology       DOS 12/04/2025
Attending: Ines Castellanos, MD       Fellow: ***

65M, OHT 2016 on tacrolimus + sirolimus. Returns for biopsies planned at 11/20 visit. No separate E/M today.
Consent signed, time-out {Timeout:yes}, anesthesia {1% lidocaine with epi:yes}.

Biopsies:
 1. L parietal scalp - 4 mm PUNCH, 1.0 cm indurated nodule - 4-0 nylon
 2. R temple - shave bx, 0.6 cm hyperkeratotic papule
 3. L dorsal hand - shave bx, 0.8 cm crusted papule
 4. R dorsal hand - shave bx, 0.5 cm scaly papule
 5. L forearm - shave bx, 0.7 cm keratotic papule
 6. R forearm - shave bx, 0.9 cm ulcerated papule
 7. upper back, midline - shave bx, 0.6 cm pink papule
 8. L shin - shave bx, 0.5 cm scaly plaque
Biopsy #9 (R ear): *** - deferred, pt tired
Hemostasis: AlCl3 for shaves. Complications: none.
All 8 specimens to dermpath, labeled 1-8.

Ines Castellanos, MD
""",
    "expected": E([L("11104"), L("11103", 6)], topics=["mue"]),
    "coder_note": "BX-2: punch is the primary (11104); seven tangential biopsies -> 11103 x7, capped at the 11103 MUE "
                  "of 6 (README Coding decisions: cap MUE with an mue finding). Deferred biopsy #9 not coded.",
})

SCENARIOS.append({
    "id": "s27-shave-neck-isk-precoded-as-biopsy",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of a bleeding irritated SK on the R lateral neck (1.2 cm) charged as tangential "
                   "biopsy 11102 -> 11307; Medicare FFS",
    "date": "2025-12-11",
    "patient": ("Ruggiero", "Annunziata", "1944-10-03", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right lateral neck", "L82.0", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("TANGENTIAL BIOPSY SKIN SINGLE LESION", "11102", "R lateral neck",
          "1.2 cm irritated SK, bleeds on necklace; shave removal", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right lateral neck, shave removal: irritated seborrheic keratosis, completely removed.",
              "site": "Right lateral neck"}],
    "note_title": "Procedure Note",
    "note": """PROCEDURE NOTE                      Lakemont University Health - General Dermatology
DOS 12/11/2025      Attending: Rafael Santos, MD

Indication: 1.2 x 1.0 cm inflamed SK R lateral neck - catches on her necklace, bled 3 times this month,
now red and crusted (documented bleeding and inflammation).
Procedure: {ShaveType:shave REMOVAL} - intent to remove the entire lesion, not a sampling biopsy.
Lesion removed in its entirety at the level of the mid dermis with a DermaBlade.
Anesthesia: {1% lidocaine with epi:yes} 1 mL
Hemostasis: aluminum chloride
Specimen: to dermpath
Complications: none
Rafael Santos, MD
""",
    "expected": E([L("11307")], topics=["coding-correction"]),
    "coder_note": "BX-4/SH-1: the intent was complete removal by shave, so code shave removal, not biopsy. Neck = "
                  "SNHFG, 1.2 cm -> 11307. Bleeding + inflammation satisfy the benign-lesion LCD (no GY/GA).",
})

SCENARIOS.append({
    "id": "s27-shave-nasal-tip-and-back-html",
    "family": "shave", "shape": "note-only",
    "description": "Two shave removals in an HTML note: bleeding nasal-tip nevus 0.8 cm (11311) and itchy bleeding "
                   "SK on the back 1.6 cm (11302); UHC",
    "date": "2025-12-18",
    "patient": ("Vasquez-Thorne", "Elena", "1979-08-29", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Intradermal nevus, nasal tip", "D22.39", "Nasal tip", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left mid back", "L82.0", "Left mid back", reason=True),
    ],
    "path": [
        {"text": "A. Skin, nasal tip, shave removal: intradermal melanocytic nevus, irritated.", "site": "Nasal tip"},
        {"text": "B. Skin, left mid back, shave removal: inflamed seborrheic keratosis.", "site": "Left mid back"},
    ],
    "html": True,
    "note_title": "Dermatology Procedure Note",
    "note": """<html><body>
<p><b>Lakemont University Health &ndash; General Dermatology</b><br>
PROCEDURE NOTE &nbsp;|&nbsp; DOS 12/18/2025 &nbsp;|&nbsp; Attending: Ines Castellanos, MD &nbsp;|&nbsp;
Resident: Marcus Yeboah, MD<br>
<i>Resident performed under direct supervision of attending.</i></p>
<p><b>Indications</b></p>
<ul>
<li>A &ndash; Nasal tip: 0.8 cm dome-shaped flesh-colored papule; bleeds with nose blowing, repeatedly crusted.</li>
<li>B &ndash; Left mid back: 1.6 cm stuck-on papule under the bra line; itches intensely and bled twice.</li>
</ul>
<p><b>Procedure:</b> shave removal x 2 (each lesion removed entirely, flush with surrounding skin)<br>
Anesthesia: {1% lidocaine with epi:yes}<br>
Hemostasis: aluminum chloride (A), electrocautery (B)<br>
Specimens: A and B to dermatopathology<br>
Cryotherapy: ***<br>
Complications: none</p>
<p>Ines Castellanos, MD</p>
</body></html>""",
    "expected": E([L("11311"), L("11302")]),
    "coder_note": "SH-1: nasal tip = FEENLM, 0.8 cm -> 11311; back = TAL, 1.6 cm -> 11302. Bleeding/itching documented "
                  "(not cosmetic). No PTP edit between the two.",
})

SCENARIOS.append({
    "id": "s27-ds-ak-sixteen-precoded",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 16 AKs (9 scalp + 7 hands) charged as 17000 + 17003 x15 -> 17004 x1; Medicare FFS",
    "date": "2026-01-08",
    "patient": ("Dunleavy", "Cormac", "1940-12-12", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and dorsal hands", "L57.0", "Scalp; bilateral dorsal hands", reason=True),
    ],
    "procedures": [
        P("DESTRUCT PREMALG LESION 1ST", "17000", "Scalp", "LN2", reasons=["c1"]),
        P("DESTRUCT PREMALG LESION 2-14 EA", "17003", "Scalp / hands", "units: 15", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": """CRYOTHERAPY PROCEDURE NOTE       Lakemont University Health - General Dermatology
DOS 01/08/2026       Attending: Rafael Santos, MD

Dx: actinic keratoses
Number treated: scalp 9, dorsal hands 7 (R 4, L 3) - 16 total
Method: liquid nitrogen, 2 freeze-thaw cycles, 10 s each
Consent: verbal, risks of blistering/hypopigmentation reviewed
Face: no AKs today
Complications: none
Plan: recheck 6 months; consider field 5-FU if new AKs.
Rafael Santos, MD
""",
    "expected": E([L("17004")], topics=["coding-correction"]),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000 + 17003 (17003 x15 also exceeds "
                  "the 13-unit range).",
})

SCENARIOS.append({
    "id": "s27-ds-edc-superficial-bcc-back",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven superficial BCC R upper back, final defect 1.4 cm -> 17262; excision and Mohs "
                   "discussed, not done; Aetna Medicare Advantage PPO",
    "date": "2026-01-15",
    "patient": ("Penhaligon", "Ruth", "1946-05-19", "female"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
    ],
    "note_title": "Procedure Note - ED&C",
    "note": """PROCEDURE NOTE - ELECTRODESICCATION AND CURETTAGE
Lakemont University Health - General Dermatology       DOS 01/15/2026
Attending: Ines Castellanos, MD     Resident: Marcus Yeboah, MD (performed under direct supervision of attending)

Dx: superficial BCC R upper back, shave bx 12/17/2025 (LU-DP-25-51102).
Clinical lesion: 0.9 x 0.8 cm pink scaly plaque at the biopsy site.
Options: ED&C, excision, imiquimod, Mohs (not indicated: area L, superficial subtype). Pt chose ED&C.
Anesthesia: {1% lidocaine with epi:yes} 2 mL
Curettage and electrodesiccation x 3 cycles.
Final defect diameter after the last cycle: 1.4 cm.
Excision: ***
Specimen: none
Dressing: petrolatum + bandage. Complications: none.
Follow-up 3 months.
""",
    "expected": E([L("17262")]),
    "coder_note": "DS-4: malignant destruction by site (trunk) and final curettage defect diameter 1.4 cm -> 17262.",
})

SCENARIOS.append({
    "id": "s27-mixed-fse-melanoma-hx-rosacea-bx-ln2",
    "family": "mixed", "shape": "note-only",
    "description": "Melanoma-history FSE with rosacea flare and new Rx (99214-25), punch bx of a changing back nevus "
                   "and LN2 to 4 scalp AKs -> 11104 + 17000-XS + 17003 x3; Medicare FFS",
    "date": "2026-01-22",
    "patient": ("Eklund", "Torvald", "1949-07-30", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 40,
    "em": "99214", "em_display": "Office visit, established, moderate MDM",
    "conditions": [
        C("c1", "Rosacea, papulopustular, flare", "L71.9", "Central face", reason=True),
        C("c2", "Dysplastic nevus, left mid back", "D22.5", "Left mid back", reason=True),
        C("c3", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c4", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
    ],
    "path": [{"text": "Skin, left mid back, punch biopsy: compound dysplastic nevus with moderate atypia; "
                      "margins involved.", "site": "Left mid back"}],
    "note_title": "Dermatology Progress Note",
    "note": """LAKEMONT UNIVERSITY HEALTH - GENERAL DERMATOLOGY - PROGRESS NOTE
DOS 01/22/2026      Attending: Rafael Santos, MD      Visit: established, 6-month FSE

HPI: 76M, hx melanoma R calf 2018 (WLE, stage IA), here for full skin exam. Also 5 weeks of facial redness and
"pimples" with burning; metronidazole gel from PCP did not help. One back mole looks darker per wife.

Exam: full skin exam performed (scalp to soles). Central face: erythema with papules and pustules, no comedones.
L mid back: 0.5 cm irregularly pigmented macule, darker than on 07/2025 photos. Scalp: 4 thin gritty AKs.
No lymphadenopathy. R calf scar without pigment or nodularity.

A/P:
1. Papulopustular rosacea, flare - start doxycycline 40 mg daily and ivermectin 1% cream qHS; stop
   metronidazole. Trigger counselling. Recheck 8 weeks.
2. Changing nevus L mid back - 4 mm punch biopsy today, 4-0 nylon x1, to dermpath.
3. AKs scalp x4 - LN2, 2 cycles each.
4. Hx melanoma - no evidence of recurrence; continue 6-month FSE, sun protection.

Procedures: consent signed, {1% lidocaine with epi:yes} for the punch. Complications: none.
Rafael Santos, MD
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003", 3)]),
    "coder_note": "GS-3: rosacea flare with new prescriptions is separate work beyond the procedures -> 99214-25 (level "
                  "as selected). Punch 11104; 4 AKs -> 17000 + 17003 x3. PTP 11104/17000 indicator 1, different "
                  "lesions -> XS on 17000; no 11104/17003 edit.",
})

SCENARIOS.append({
    "id": "s27-mixed-mohs-nose-plus-nevus-excision-back",
    "family": "mixed", "shape": "free-text",
    "description": "Mohs R nasal sidewall BCC 2 stages + layered repair 2.9 cm, plus excision of an atypical nevus "
                   "R upper back 0.6 + 0.4 = 1.0 cm (benign on path); Aetna",
    "date": "2026-01-29",
    "patient": ("Sorensen-Mbeki", "Annika", "1969-04-04", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal sidewall", "C44.311", "Right nasal sidewall", reason=True),
        C("c2", "Dysplastic compound nevus, right upper back", "D22.5", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Mohs surgery stage I", site="Right nasal sidewall", note="3 blocks; + at 9 o'clock", reasons=["c1"]),
        P("Mohs surgery stage II", site="Right nasal sidewall", note="2 blocks; clear", reasons=["c1"]),
        P("Layered closure", site="Right nasal sidewall",
          note="intermediate repair, 5-0 Monocryl / 6-0 Prolene, 2.9 cm", reasons=["c1"]),
        P("Excision, atypical pigmented lesion", site="Right upper back",
          note="0.6 x 0.5 cm irregular nevus (moderately atypical on prior shave bx, margins involved); 2 mm "
               "margins; simple closure 4-0 nylon", reasons=["c2"]),
    ],
    "path": [{"text": "Skin, right upper back, excision: compound dysplastic nevus with moderate atypia, "
                      "completely excised.", "site": "Right upper back"}],
    "note_title": "Mohs Surgery and Excision Note",
    "note": """Lakemont University Health - Mohs & Dermatologic Surgery      DOS 01/29/2026
Attending: Samuel Weiss, MD (Mohs surgeon/pathologist)     Fellow: Priya Raman, MD
Fellow performed under direct supervision of attending.
Pre-op: BCC R nasal sidewall (bx 12/18/2025, nodular). Immunocompetent.
1) Mohs R nasal sidewall BCC - 2 stages as entered, clear; layered closure 2.9 cm.
   Mohs layers processed in the on-site lab, read by Dr. Weiss.
2) Re-excision of a moderately atypical nevus, R upper back (bx 12/2025 at outside office, margins involved) -
   done at patient request on the same day; 2 mm margins, simple closure; specimen to dermpath.
Anesthesia {1% lidocaine with epi:yes}; hemostasis electrocautery; complications none.
Flap / graft: ***
F/u 1 week suture removal (nose), 2 weeks (back).
""",
    "expected": E([L("17311"), L("17312"), L("12052"), L("11401")]),
    "coder_note": "Mohs head 2 stages -> 17311 + 17312; nose layered 2.9 cm -> 12052. Separate lesion excision, benign "
                  "path: 0.6 + 2 x 0.2 = 1.0 cm trunk -> 11401 (simple closure included). No PTP edits among these.",
})

SCENARIOS.append({
    "id": "s27-em-psoriasis-flare-in-flap-global",
    "family": "em", "shape": "note-only",
    "description": "Psoriasis flare visit 30 days after a cheek rotation flap (090 global): unrelated E/M 99213 -> "
                   "99213-24; flap not examined; Medicare FFS",
    "date": "2026-02-05",
    "patient": ("Achterberg", "Nils", "1953-03-18", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 25,
    "em": "99213", "em_display": "Office visit, established, low MDM",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "prior": [
        PRIOR("2026-01-06", "14040", "Rotation flap, left cheek after Mohs", "Left cheek",
              "Defect 2.2 x 1.8 cm; flap total 9.2 sq cm"),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """GENERAL DERMATOLOGY - PROGRESS NOTE        Lakemont University Health
DOS 02/05/2026     Attending: Ines Castellanos, MD     Resident: Marcus Yeboah, MD
Resident saw the patient; I saw and examined the patient and agree with the resident's findings and plan.

CC: psoriasis flare x 3 weeks.
HPI: 72M with plaque psoriasis, controlled on clobetasol until the holidays; now new plaques on elbows, knees and
scalp, itchy. BSA ~6%. Had Mohs + L cheek flap 01/06/2026 with Dr. Lindgren; says it is healing well - flap
not examined today, post-op visit is with the Mohs team next week.
Exam: well-demarcated erythematous scaly plaques bilateral elbows/knees, scalp vertex. Nails: pitting.
A/P: Psoriasis vulgaris with flare - restart clobetasol 0.05% ointment BID x 2 weeks to body, clobetasol
solution to scalp; calcipotriene cream on weekdays for maintenance. Discussed phototherapy if not improved.
Follow-up 6 weeks.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: E/M for an unrelated problem inside the 90-day global of the 01/06 flap (14040) -> 24. The "
                  "flap was not examined, so there is no 99024 service.",
})

# =================================================================================================================
# BATCH 4 - E/M, post-op, incision and drainage, intralesional, nails
# =================================================================================================================

SCENARIOS.append({
    "id": "s27-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "New patient, Medicare FFS, asks for a baseline skin check: no history, no complaint, nothing "
                   "found -> 99203-GY",
    "date": "2025-10-07",
    "patient": ("Lindquist-Obi", "Harriet", "1955-06-21", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "em": "99203", "em_display": "Office visit, new patient, low MDM",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """GENERAL DERMATOLOGY - NEW PATIENT VISIT      Lakemont University Health
DOS 10/07/2025      Attending: Ines Castellanos, MD

CC: "skin check" - baseline exam, turned 70 and her friend was just diagnosed with melanoma.
HPI: no new, changing, bleeding or itchy lesions. No personal history of skin cancer or precancers. No family
history of melanoma. No prior biopsies. No other skin concerns today.
PMH: HTN. Meds: amlodipine. Allergies: NKDA.
Exam: full skin exam, scalp to soles including nails and mucosa. No lesions of concern. No atypical nevi,
no AKs, no suspicious lesions.
A/P: Skin cancer screening, normal exam. Self-skin-exam and ABCDE teaching, broad-spectrum SPF 30+.
Return as needed. No biopsies. No procedures.
Advised that screening skin exams are not a Medicare benefit; no written notice (ABN) was issued.
Ines Castellanos, MD
""",
    "expected": E([L("99203", 1, "GY")]),
    "coder_note": "DX-5 and README Coding decisions: screening-only full-skin exam of an asymptomatic Medicare FFS "
                  "patient with no history and nothing found -> E/M with GY (no voluntary ABN documented, so no GX).",
})

SCENARIOS.append({
    "id": "s27-em-g2211-with-25-precoded",
    "family": "em", "shape": "pre-coded",
    "description": "Methotrexate psoriasis follow-up with lab review (99214-25) + punch bx of a new shin nodule; "
                   "charge capture adds G2211, not payable with a modifier-25 E/M; Medicare FFS",
    "date": "2025-10-15",
    "patient": ("Brightwater", "Lionel", "1950-01-27", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 35,
    "em": "99214", "em_display": "Office visit, established, moderate MDM",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631"),
        C("c3", "Squamous cell carcinoma, keratoacanthoma type, right shin", "C44.722", "Right shin", reason=True),
    ],
    "procedures": [
        P("PUNCH BIOPSY SKIN SINGLE LESION", "11104", "R shin", "4 mm punch, 1.0 cm crateriform nodule",
          reasons=["c3"]),
        P("VISIT COMPLEXITY ADD-ON", "G2211", None, "longitudinal psoriasis care", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right shin, punch biopsy: well-differentiated squamous cell carcinoma, "
                      "keratoacanthoma type.", "site": "Right shin"}],
    "note_title": "Dermatology Progress Note",
    "note": """GENERAL DERMATOLOGY PROGRESS NOTE - Lakemont University Health
DOS 10/15/2025     Attending: Ines Castellanos, MD

HPI: 75M, plaque psoriasis on methotrexate 15 mg weekly + folic acid since 2023 (I manage). BSA 2% today.
New fast-growing bump R shin x 4 weeks.
Labs 10/10/2025 reviewed: CBC normal, ALT 58 (was 31), creatinine 1.1. Alcohol: 2 drinks/week.
Exam: thin plaques elbows. R shin: 1.0 cm crateriform nodule with central keratin plug.
A/P:
1. Psoriasis on methotrexate - ALT up, reduce MTX to 12.5 mg weekly, repeat CBC/CMP in 4 weeks, counselled on
   alcohol avoidance and hepatotoxicity. Continue folic acid.
2. Shin nodule, r/o SCC/KA - 4 mm punch biopsy today, 4-0 nylon, to dermpath.
Charges: 99214-25, G2211, 11104
Ines Castellanos, MD
""",
    "expected": E([L("99214", 1, "25"), L("11104")]),
    "coder_note": "GS-3: MTX toxicity monitoring and dose change is separate work -> 99214-25 + 11104. EM-6: G2211 is not "
                  "payable when the E/M carries modifier 25 (no AWV/vaccine/preventive exception) -> removed.",
})

SCENARIOS.append({
    "id": "s27-postop-suture-removal-99024",
    "family": "post-op", "shape": "free-text",
    "description": "Suture removal 8 days after Mohs + intermediate nasal repair 12052 (010 global); provider "
                   "selected 99212 -> 99024; BCBS",
    "date": "2026-02-18",
    "patient": ("Marchand", "Yvette", "1961-12-01", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 10,
    "em": "99212", "em_display": "Office visit, established, straightforward",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Basal cell carcinoma, left nasal sidewall (treated)", "C44.311", "Left nasal sidewall"),
    ],
    "procedures": [
        P("Suture removal", site="Left nasal sidewall",
          note="6-0 Prolene running suture removed; incision intact, no erythema or drainage; steri-strips"),
    ],
    "prior": [
        PRIOR("2026-02-10", "17311", "Mohs stage 1, left nasal sidewall", "Left nasal sidewall", "3 blocks, clear"),
        PRIOR("2026-02-10", "12052", "Intermediate repair, left nasal sidewall", "Left nasal sidewall", "3.2 cm"),
    ],
    "note_title": "Post-op Visit",
    "note": """POST-OP VISIT - Lakemont University Health Mohs & Dermatologic Surgery
DOS 02/18/2026     Attending: Astrid Lindgren, MD     RN: T. Oduya

POD 8 after Mohs + layered closure L nasal sidewall (02/10/2026).
Pain: none since day 2. Bleeding: none. Fever: none.
Wound: well approximated, no erythema, no drainage, no dehiscence.
Sutures removed, steri-strips applied.
Path from Mohs: clear margins. No new concerns; no other problems addressed.
Scar care (silicone gel after 2 weeks) reviewed; massage from week 4.
Kenalog to incision: *** (not needed)
Return 3 months, skin check with general derm.
Astrid Lindgren, MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 and conventions: the visit is inside the 10-day global of 12052 and addresses only the wound -> "
                  "99024 (no E/M). The 000-global Mohs does not matter here.",
})

SCENARIOS.append({
    "id": "s27-postop-bx-new-lesion-in-flap-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Post-op check 42 days after a nasal flap (090 global) plus shave biopsy of a new R shoulder "
                   "lesion -> 11102-79; Humana MA",
    "date": "2026-02-26",
    "patient": ("Fitzgerald-Amaro", "Colm", "1947-04-16", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right shoulder", "C44.612", "Right posterior shoulder",
          reason=True),
        C("c2", "Basal cell carcinoma, nasal tip (treated with Mohs)", "C44.311", "Nasal tip"),
    ],
    "procedures": [
        P("Post-op wound check", site="Nasal tip",
          note="Bilobed flap healing well, mild pincushioning, massage taught"),
        P("Shave biopsy", site="Right posterior shoulder",
          note="New 0.8 cm pink scaly plaque, never biopsied; tangential biopsy, AlCl3; to dermpath",
          reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-01-15", "17311", "Mohs stage 1, nasal tip", "Nasal tip", "4 blocks, clear"),
        PRIOR("2026-01-15", "14060", "Bilobed flap, nasal tip", "Nasal tip", "total 7.8 sq cm"),
    ],
    "path": [{"text": "Skin, right posterior shoulder, shave biopsy: superficial basal cell carcinoma.",
              "site": "Right posterior shoulder"}],
    "note_title": "Post-op / Procedure Note",
    "note": """Lakemont University Health - Mohs & Dermatologic Surgery      DOS 02/26/2026
Attending: Samuel Weiss, MD      Fellow: Priya Raman, MD

6-week post-op visit after Mohs + bilobed flap, nasal tip (01/15/2026): healing well, mild pincushioning,
massage taught. No intervention needed.
New issue: pt's wife noticed a pink scaly spot on his R shoulder 2 months ago. 0.8 cm plaque, unrelated to the
nasal surgery. Shave biopsy performed (fellow under direct supervision of attending), sent to dermpath.
Kenalog injection to flap: *** (not needed)
F/u: 3 months; call with path.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure (new lesion) inside the 90-day global of the 14060 flap -> 11102-79. The "
                  "post-op flap check itself is part of the global (no separate line, README precedent).",
})

SCENARIOS.append({
    "id": "s27-id-back-abscess-loculated-packing",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Fluctuant 4 cm R upper back abscess: incision, loculations broken, irrigation, iodoform packing "
                   "-> 10061; Cigna",
    "date": "2025-10-09",
    "patient": ("Gutierrez-Pham", "Marco", "1992-03-03", "male"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of back", "L02.212", "Right upper back", reason=True),
    ],
    "note_title": "Procedure Note - I&D",
    "note": """PROCEDURE NOTE - INCISION AND DRAINAGE        Lakemont University Health - Dermatology Urgent Slot
DOS 10/09/2025      Attending: Rafael Santos, MD      Resident: Marcus Yeboah, MD
Resident performed under direct supervision of attending.

Indication: 5 days of a painful, enlarging lump R upper back. Afebrile.
Exam: 4.0 x 3.5 cm fluctuant, erythematous, tender abscess R upper back with 2 cm of surrounding cellulitis.
Anesthesia: {1% lidocaine with epi:yes} field block
Procedure: 1.5 cm linear incision; copious purulent drainage; multiple loculations broken up with a curved
hemostat; cavity irrigated with 60 mL saline; packed with 1/4-inch iodoform gauze, 8 cm.
Culture: aerobic/anaerobic swab sent.
Excision of cyst wall: *** - not performed (acutely inflamed).
Complications: none. EBL minimal.
Plan: doxycycline 100 mg BID x 7 days, warm compresses, packing change/removal in 48 h with RN.
""",
    "expected": E([L("10061")]),
    "coder_note": "Complicated I&D (loculations broken, irrigation and packing) -> 10061 (README judgment: loculations + "
                  "packing = complicated). No excision.",
})

SCENARIOS.append({
    "id": "s27-id-axilla-abscess-in-flap-global-79",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a R axillary abscess 20 days after a L cheek rotation flap (090 global): "
                   "unrelated procedure -> 10060-79; Medicare FFS",
    "date": "2026-02-10",
    "patient": ("Delgado-Hume", "Eustace", "1945-08-05", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
        C("c2", "Basal cell carcinoma, left cheek (treated)", "C44.319", "Left cheek"),
    ],
    "prior": [
        PRIOR("2026-01-21", "17311", "Mohs stage 1, left cheek", "Left cheek", "5 blocks, clear"),
        PRIOR("2026-01-21", "14040", "Rotation flap, left cheek", "Left cheek", "total 9.6 sq cm"),
    ],
    "note_title": "Post-op Visit and Procedure",
    "note": """Lakemont University Health - Mohs & Dermatologic Surgery
DOS 02/10/2026     Attending: Astrid Lindgren, MD

Post-op visit, L cheek rotation flap (01/21/2026): flap viable, incision lines healing, no signs of infection.
New complaint: tender lump in the R armpit x 3 days, unrelated to the facial surgery.
Exam: 1.5 cm fluctuant abscess R axilla, no surrounding cellulitis, no loculations on probing.
Procedure - I&D: {1% lidocaine with epi:yes} 2 mL, 5 mm stab incision, purulent material expressed,
no packing required, gauze dressing. Culture: not sent.
Complications: none.
Plan: warm compresses; no antibiotics. Recheck flap in 6 weeks as scheduled.
""",
    "expected": E([L("10060", 1, "79")], topics=["global-period"]),
    "coder_note": "Single simple abscess, no packing -> 10060. GS-5: unrelated procedure during the 90-day global of "
                  "the 01/21 flap -> 79. The flap check is in the global (no 99024 line, README precedent).",
})

SCENARIOS.append({
    "id": "s27-il-keloids-chest-free-text",
    "family": "intralesional", "shape": "free-text",
    "description": "Four chest keloids injected with Kenalog-40 0.3 mL each (48 mg) -> 11900 + J3301 x5; UHC",
    "date": "2025-10-16",
    "patient": ("Adebayo-Wright", "Simone", "1990-11-11", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scars, anterior chest", "L91.0", "Anterior chest", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection", site="Anterior chest",
          note="4 keloids (painful, itchy); triamcinolone acetonide 40 mg/mL, 0.3 mL into each of the 4 lesions "
               "with a 30 g needle", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - ILK",
    "note": """Lakemont University Health - General Dermatology       DOS 10/16/2025
Attending: Ines Castellanos, MD

Keloids anterior chest after acne (4), painful and itchy. 3rd injection session (last 09/11/2025), softer.
Exam: four firm pink keloids, presternal and L/R parasternal, 1.0-2.5 cm; no atrophy from prior injections.
Consent reviewed (atrophy, hypopigmentation, telangiectasia).
Procedure: ILK as entered - Kenalog-40, 0.3 mL x 4 lesions.
Cryotherapy before injection: not done today.
Silicone gel sheeting nightly between sessions.
Complications: none. Return 6 weeks.
Ines Castellanos, MD
""",
    "expected": E([L("11900"), L("J3301", 5)]),
    "coder_note": "4 lesions -> 11900. Dose 0.3 mL x 4 = 1.2 mL x 40 mg/mL = 48 mg -> J3301 x5 (per 10 mg, rounded up).",
})

SCENARIOS.append({
    "id": "s27-il-alopecia-areata-nine-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 9 alopecia areata patches, TAC 10 mg/mL 2.4 mL (24 mg); charge capture 11900 + J3301 x2 "
                   "-> 11901 + J3301 x3; Humana MA",
    "date": "2025-10-23",
    "patient": ("Whitlock", "Bernadette", "1957-02-02", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp and right eyebrow", reason=True),
    ],
    "procedures": [
        P("INTRALESIONAL INJ UP TO 7 LESIONS", "11900", "Scalp", reasons=["c1"]),
        P("TRIAMCINOLONE ACETONIDE INJ PER 10 MG", "J3301", "Scalp", "qty 2", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """PROCEDURE NOTE - INTRALESIONAL INJECTION      Lakemont University Health - General Dermatology
DOS 10/23/2025     Attending: Rafael Santos, MD

Dx: alopecia areata, patchy, progressing.
Patches treated: eight on the scalp (vertex 3, occiput 3, L temporal 2) and one on the R eyebrow = 9.
Drug: triamcinolone acetonide 10 mg/mL, total 2.4 mL (scalp 2.2 mL, brow 0.2 mL)
Technique: 0.1 mL aliquots, 1 cm apart, 30 g needle
Complications: none
Return 6 weeks. Topical clobetasol solution continued.
Rafael Santos, MD
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "More than 7 lesions (9) -> 11901, not 11900. 2.4 mL x 10 mg/mL = 24 mg -> J3301 x3.",
})

SCENARIOS.append({
    "id": "s27-nail-avulsion-bilateral-great-toes",
    "family": "nails", "shape": "note-only",
    "description": "Partial nail avulsion of the lateral border, L then R great toe, no matrixectomy -> 11730-TA + "
                   "11732-T5; BCBS",
    "date": "2025-11-13",
    "patient": ("Calloway", "Desmond", "1985-09-09", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, both great toes", "L60.0", "Bilateral great toes", reason=True),
    ],
    "note_title": "Procedure Note - Nail",
    "note": """PROCEDURE NOTE - NAIL AVULSION       Lakemont University Health - General Dermatology
DOS 11/13/2025      Attending: Rafael Santos, MD      Resident: Marcus Yeboah, MD
Resident performed under direct supervision of attending.

Indication: painful ingrown lateral nail borders of both great toes with granulation and drainage; failed
cotton-wick and soaks x 6 weeks. First episode.
Digital block: {Digital block:2% lidocaine plain, 3 mL per toe}
Tourniquet: yes, < 15 min each.
1) LEFT hallux: lateral nail border freed and avulsed (partial avulsion, 4 mm strip).
2) RIGHT hallux: same, lateral border, 3 mm strip.
Phenol matrixectomy: *** - deferred (first episode; will matricectomize if recurs).
Dressing: bacitracin, bulky dressing. Complications: none.
Soaks BID, f/u 2 weeks.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T5")]),
    "coder_note": "Avulsion of the first nail (left hallux, TA) -> 11730; each additional nail -> 11732 (right hallux, "
                  "T5). Digit modifiers per conventions; no matrixectomy (deferred), so no 11750.",
})

SCENARIOS.append({
    "id": "s27-nail-matrixectomy-precoded-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Recurrent ingrown R great toe: partial avulsion + phenol matrixectomy; charge capture has 11730 "
                   "and 11750 for the same nail -> 11750-T5 only; Aetna MA PPO",
    "date": "2025-11-19",
    "patient": ("Osterhout", "Wilma", "1952-08-14", "female"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("AVULSION NAIL PLATE PARTIAL/COMPLETE SIMPLE SINGLE - T5", "11730", "R great toe", reasons=["c1"]),
        P("EXCISION NAIL AND MATRIX PERMANENT REMOVAL - T5", "11750", "R great toe",
          "phenol 88%, 3 x 30 s", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Nail",
    "note": """PROCEDURE NOTE - PARTIAL NAIL AVULSION WITH CHEMICAL MATRIXECTOMY
Lakemont University Health - General Dermatology         DOS 11/19/2025
Attending: Rafael Santos, MD

Indication: 3rd episode of ingrown lateral border, R hallux, in 12 months; pain limits walking.
Digital block with 2% lidocaine plain 3 mL. Tourniquet applied.
Lateral 4 mm of the nail plate avulsed; lateral horn of the matrix ablated with 88% phenol, 3 applications
of 30 seconds, then alcohol flush. Same nail only; other toes not treated.
Dressing: bacitracin, gauze. Complications: none.
Post-op: soaks, f/u 2 weeks.
Rafael Santos, MD
""",
    "expected": E([L("11750", 1, "T5")], topics=["ncci"]),
    "coder_note": "PTP 11750/11730 indicator 1, but the avulsion is part of the matrixectomy of the same nail -> 11730 "
                  "removed (ncci). 11750 with digit modifier T5 (right great toe).",
})

# =================================================================================================================
# BATCH 5 - paring, patch testing, phototherapy, cosmetic, skin tags
# =================================================================================================================

SCENARIOS.append({
    "id": "s27-paring-corns-callus-free-text",
    "family": "paring", "shape": "free-text",
    "description": "Paring of two fifth-toe corns and one heel callus (3 lesions) -> 11056; no wart, no cryo; Aetna",
    "date": "2025-12-03",
    "patient": ("Haverford", "Julius", "1966-05-05", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "R and L fifth toes; L heel", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="Right 5th toe, left 5th toe, left plantar heel",
          note="Dorsolateral corn R 5th toe, dorsolateral corn L 5th toe, callus L plantar heel - 3 lesions "
               "pared with #15 blade; skin lines preserved, no pinpoint bleeding", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Lakemont University Health - General Dermatology        DOS 12/03/2025
Attending: Rafael Santos, MD
HPI: 59M, painful corns/callus for 6 months, wears narrow steel-toe work boots.
PMH: HTN. Not diabetic, no PAD, no neuropathy. Pedal pulses 2+.
Exam: hard corns dorsolateral R and L 5th toes; callus L plantar heel. No ulceration.
Paring of 3 hyperkeratotic lesions as entered. Wart considered and excluded (skin lines preserved, no
thrombosed capillaries).
Cryotherapy: not indicated.
Footwear counselling, toe sleeves, urea 40% cream nightly.
Return prn.
Rafael Santos, MD
""",
    "expected": E([L("11056")]),
    "coder_note": "Paring of 2-4 benign hyperkeratotic lesions -> 11056 (three lesions). Commercial payer, not diabetic "
                  "(no routine-foot-care question).",
})

SCENARIOS.append({
    "id": "s27-paring-five-calluses-precoded",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of five plantar calluses charged as 11056 -> 11057; UHC",
    "date": "2025-12-10",
    "patient": ("Mwangi-Olsen", "Beatrix", "1958-09-30", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Bilateral plantar forefeet", reason=True),
    ],
    "procedures": [
        P("PARING/CUTTING BENIGN HYPERKERATOTIC LESION 2-4", "11056", "Bilateral plantar feet", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """PROCEDURE NOTE - PARING          Lakemont University Health - General Dermatology
DOS 12/10/2025     Attending: Rafael Santos, MD

Indication: painful plantar calluses limiting walking; no diabetes, no neuropathy.
Lesions pared (#15 blade):
  R foot - under 1st MTH, under 2nd MTH, under 5th MTH
  L foot - under 2nd MTH, medial hallux IPJ
Total: {Lesion count:5}
Wart features: none. Complications: none.
Offloading pads dispensed; podiatry referral for orthotics.
Rafael Santos, MD
""",
    "expected": E([L("11057")], topics=["coding-correction"]),
    "coder_note": "Paring of more than 4 lesions (5) -> 11057, not 11056.",
})

SCENARIOS.append({
    "id": "s27-patch-test-eighty-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test placement: 70-allergen comprehensive series + 10-allergen hairdressing series = 80 "
                   "-> 95044 x80; no separate E/M; BCBS",
    "date": "2025-11-03",
    "patient": ("Rosenqvist", "Adele", "1983-12-14", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Dermatitis of hands, chronic", "L30.9", "Bilateral hands", reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": """CONTACT DERMATITIS CLINIC - PATCH TEST APPLICATION (DAY 0)
Lakemont University Health - Dermatology       DOS 11/03/2025
Attending: Ines Castellanos, MD      Patch test RN: L. Bergstrom

Hairdresser with 8 months of hand dermatitis; history and plan documented at consult 10/20/2025.
No new issues today - application visit only, no E/M.
Series applied to the upper back (IQ Ultra chambers):
  - Comprehensive baseline series: 70 allergens
  - Hairdressing series: 10 allergens
  - Patient's own products: *** (not brought)
Total allergens applied: 80
Reading schedule: 48 h (11/05) and 96 h (11/07).
Instructions: keep back dry, no topical steroids to the back, no sun exposure.
Ines Castellanos, MD
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied: 70 + 10 = 80 (under the MUE of 90). Own products field "
                  "empty. No E/M.",
})

SCENARIOS.append({
    "id": "s27-patch-test-em-25-free-text",
    "family": "patch-test", "shape": "free-text",
    "description": "Eyelid and hand dermatitis follow-up with new prescriptions (99214-25) and same-day placement of a "
                   "40-allergen series -> 95044 x40; Aetna",
    "date": "2025-11-24",
    "patient": ("Castillo-Brandt", "Noemi", "1987-02-19", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 45,
    "em": "99214", "em_display": "Office visit, established, moderate MDM",
    "conditions": [
        C("c1", "Dermatitis, eyelids and hands", "L30.9", "Bilateral eyelids, hands", reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="Standard series, 40 allergens, applied in 4 panels of 10", reasons=["c1"]),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """GENERAL DERMATOLOGY - PROGRESS NOTE      Lakemont University Health
DOS 11/24/2025     Attending: Ines Castellanos, MD     Resident: Marcus Yeboah, MD
I saw and examined the patient with the resident and agree with the plan.

HPI: 38F, eyelid dermatitis x 4 months + hand eczema flare since starting a new lab job (nitrile gloves).
Failed OTC hydrocortisone. Sleep disturbed by itch.
Exam: lichenified erythematous plaques bilateral upper eyelids; fissured dermatitis of the palms and fingertips.
A/P:
1. Eyelid dermatitis - start tacrolimus 0.1% ointment BID; stop hydrocortisone on the lids.
2. Hand dermatitis, flaring - clobetasol 0.05% ointment BID x 2 weeks then weekends; cotton glove liners.
3. Suspected allergic contact dermatitis - patch testing placed today (40-allergen standard series), readings
   at 48 and 96 hours.
""",
    "expected": E([L("99214", 1, "25"), L("95044", 40)]),
    "coder_note": "Prescription management of two problems is separate from the patch testing -> 99214-25 (PTP "
                  "95044/99214 indicator 1, E/M-25 per the rule book's 95044 row). 40 allergens -> 95044 x40.",
})

SCENARIOS.append({
    "id": "s27-photo-nbuvb-precoded-goeckerman",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "NB-UVB alone for psoriasis (tar stopped months ago) charged as Goeckerman 96910 -> 96900; "
                   "Medicare FFS",
    "date": "2025-12-15",
    "patient": ("Trevisani", "Aldo", "1949-03-03", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("PHOTOCHEMOTHERAPY TAR + UVB", "96910", "Whole body", "tx #14", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """PHOTOTHERAPY TREATMENT RECORD - Lakemont University Health Dermatology
DOS 12/15/2025     Supervising physician: Rafael Santos, MD     Phototherapy RN: D. Kline

Diagnosis: plaque psoriasis, BSA 14%
Modality: NB-UVB (311 nm), whole-body cabinet
Treatment #: 14 of current course
Dose: 1,250 mJ/cm2 (increase 10%)
Tar / petrolatum pre-treatment: none - Goeckerman regimen discontinued 09/2025; NB-UVB alone since then
Psoralen: none
Goggles / genital shielding: yes
Erythema from last session: none
Next: Wednesday.
""",
    "expected": E([L("96900")], topics=["coding-correction"]),
    "coder_note": "UV light without tar or psoralen is actinotherapy 96900; 96910 requires tar/petrolatum + UVB.",
})

SCENARIOS.append({
    "id": "s27-photo-excimer-four-plaques",
    "family": "phototherapy", "shape": "note-only",
    "description": "Excimer laser to four plaques: elbows 55 + 55 and knees 75 + 75 = 260 sq cm -> 96921; Cigna",
    "date": "2026-01-05",
    "patient": ("Nguyen-Ballard", "Thea", "1975-07-19", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques", "L40.0", "Elbows and knees", reason=True),
    ],
    "note_title": "Excimer Laser Treatment Note",
    "note": """EXCIMER LASER (308 nm) TREATMENT NOTE       Lakemont University Health - Dermatology
DOS 01/05/2026     Attending: Rafael Santos, MD

Dx: localized plaque psoriasis (BSA 3%), 4 months of topicals failed. Treatment #6.
Sites and measured areas:
  R elbow   55 sq cm
  L elbow   55 sq cm
  R knee    75 sq cm
  L knee    75 sq cm
  Scalp     *** (not treated today)
Dose: 2 x MED plaques, 400 mJ/cm2.
Tolerated well; mild erythema expected.
Next session in 3 days.
Rafael Santos, MD
""",
    "expected": E([L("96921")]),
    "coder_note": "Excimer is coded once per session by total area: 55 + 55 + 75 + 75 = 260 sq cm (250-500) -> 96921.",
})

SCENARIOS.append({
    "id": "s27-cos-temple-sk-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Asymptomatic classic SK L temple 0.5 cm shaved for appearance, voluntary notice signed -> 11310-GY-GX; "
                   "Medicare FFS",
    "date": "2025-10-02",
    "patient": ("Prendergast", "Olive", "1948-11-22", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratosis, left temple", "L82.1", "Left temple", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """PROCEDURE NOTE - SHAVE REMOVAL        Lakemont University Health - General Dermatology
DOS 10/02/2025      Attending: Ines Castellanos, MD

Pt requests removal of a brown "spot" L temple because she dislikes how it looks in photos.
Lesion: 0.5 cm stuck-on waxy brown papule, classic SK on dermoscopy. No bleeding, itching, pain,
inflammation, irritation or recent change. Not in a site of trauma.
Counselled that this is cosmetic and not covered by Medicare. Voluntary Advance Beneficiary Notice
(non-covered cosmetic service) signed - pt will pay.
Shave removal with DermaBlade; hemostasis AlCl3.
Specimen: not submitted (clinically classic SK; pt declined pathology).
Complications: none.
Ines Castellanos, MD
""",
    "expected": E([L("11310", 1, "GY", "GX")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4 and README Coding decisions: SK removal with no LCD indication is cosmetic; Medicare FFS "
                  "-> GY, plus GX for the voluntary notice. Face 0.5 cm -> 11310.",
})

SCENARIOS.append({
    "id": "s27-cos-commercial-neck-tags-plus-arm-bx",
    "family": "cosmetic", "shape": "free-text",
    "description": "Six asymptomatic neck skin tags snipped at patient request (self-pay, commercial) plus a shave "
                   "biopsy of a R upper arm papule -> 11102 only; Aetna",
    "date": "2025-10-29",
    "patient": ("Oyelowo", "Grant", "1972-04-27", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, neck", "L91.8", "Neck", reason=False),
        C("c2", "Superficial basal cell carcinoma, right upper arm", "C44.612", "Right lateral upper arm",
          reason=True),
        C("c3", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Skin tag removal - cosmetic, self-pay", site="Neck",
          note="6 asymptomatic tags removed with curved iris scissors at patient request for appearance; no "
               "irritation or bleeding; self-pay fee quoted and accepted", reasons=["c1"]),
        P("Shave biopsy", site="Right lateral upper arm",
          note="0.7 cm pink scaly plaque, tangential biopsy, AlCl3, to dermpath", reasons=["c2"]),
    ],
    "path": [{"text": "Skin, right upper arm, shave biopsy: superficial basal cell carcinoma.",
              "site": "Right lateral upper arm"}],
    "note_title": "Dermatology Procedure Note",
    "note": """Lakemont University Health - General Dermatology        DOS 10/29/2025
Attending: Ines Castellanos, MD
53M, procedure visit.
(1) Wants neck tags removed before his daughter's wedding - purely cosmetic, asymptomatic; self-pay
    agreement signed, not to be billed to insurance.
    Exam: 6 soft pedunculated tags, 1-3 mm, lateral neck; no erythema, no bleeding, no irritation.
(2) Pink scaly spot R arm x 3 months, slowly enlarging, never treated.
    Exam: 0.7 cm pink scaly plaque, R lateral upper arm; dermoscopy with short fine telangiectasias.
    Shave biopsy performed, specimen to dermatopathology.
Anesthesia: {1% lidocaine with epi:yes} for the biopsy. Hemostasis: aluminum chloride.
Cryotherapy: ***
No E/M billed. Details in procedure entries. Complications: none.
Ines Castellanos, MD
""",
    "expected": E([L("11102")], topics=["cosmetic"]),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': asymptomatic tags removed for appearance, commercial "
                  "payer -> line removed, patient billed directly (cosmetic finding). The arm biopsy -> 11102.",
})

SCENARIOS.append({
    "id": "s27-tags-twenty-two-irritated-free-text",
    "family": "skin-tags", "shape": "free-text",
    "description": "22 irritated/bleeding skin tags of neck and axillae -> 11200 + 11201 x1; Medicare FFS",
    "date": "2025-11-06",
    "patient": ("Bellweather", "Gordon", "1951-10-10", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding, neck and axillae", "L91.8", "Neck; bilateral axillae",
          reason=True),
    ],
    "procedures": [
        P("Skin tag removal", site="Neck",
          note="12 pedunculated tags along the collar line - red, rubbed, 3 bleeding on the shirt collar; "
               "snip excision, AlCl3", reasons=["c1"]),
        P("Skin tag removal", site="Bilateral axillae",
          note="10 tags (R 6, L 4), inflamed and painful from chafing; snip excision, AlCl3", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Lakemont University Health - General Dermatology       DOS 11/06/2025
Attending: Rafael Santos, MD
Visit type: procedure visit (tags counted and consented at the 10/16/2025 visit).
HPI: 74M, skin tags of the neck and both armpits for years, now catching on his shirt collar and rubbing.
Bleeding onto collars several times this month; armpit tags sore and red from chafing.
Exam: 12 pedunculated tags along the collar line, several eroded, 3 with fresh hemorrhagic crust.
Axillae: 10 tags (R 6, L 4) with surrounding erythema and edema.
Irritated, bleeding and inflamed skin tags of the neck and axillae (documented above), symptomatic for months.
Anesthesia: none needed (snip technique). Hemostasis: aluminum chloride.
Removed today: 12 + 10 = 22. Consent signed. No specimens. Complications: none.
Biopsy: ***
Wound care: petrolatum daily until healed. Return prn.
Rafael Santos, MD
""",
    "expected": E([L("11200"), L("11201")]),
    "coder_note": "11200 covers the first 15 tags; 11201 = each additional 10 or part: 22 - 15 = 7 -> 1 unit. Bleeding "
                  "and inflammation documented (benign-lesion LCD met, no GY/GA).",
})

SCENARIOS.append({
    "id": "s27-tags-precoded-as-benign-destruction",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Eight inflamed inframammary skin tags removed with scissors/cautery, charged as 17110 -> 11200; "
                   "Humana MA",
    "date": "2025-12-22",
    "patient": ("Quintero-Shaw", "Paloma", "1963-06-08", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, inflamed, inframammary folds", "L91.8", "Bilateral inframammary folds", reason=True),
    ],
    "procedures": [
        P("DESTRUCTION BENIGN LESIONS UP TO 14", "17110", "Inframammary folds", "8 lesions", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """PROCEDURE NOTE - SKIN TAG REMOVAL      Lakemont University Health - General Dermatology
DOS 12/22/2025     Attending: Rafael Santos, MD

Indication: skin tags in both inframammary folds, macerated and inflamed, catching on bra underwire, painful.
Count: 8 (R 5, L 3)
Method: snip removal with iris scissors, base touched with electrocautery for hemostasis
Anesthesia: {1% lidocaine with epi:yes} 2 mL
Specimens: none
Complications: none
Rafael Santos, MD
""",
    "expected": E([L("11200")], topics=["coding-correction"]),
    "coder_note": "Skin tag removal by any method (scissors with cautery hemostasis) is 11200 (up to 15 tags); 17110 "
                  "excludes skin tags (DS-2). Inflammation/pain documented.",
})
