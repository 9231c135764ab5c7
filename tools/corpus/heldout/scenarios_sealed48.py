"""Sealed set 48 (s48-): hospital-owned outpatient dermatologic surgery suite + its dermatology clinic.

Surgeon: June Abernathy, MD (provider key "abernathy"), St. Brendan Regional Medical Center, Outpatient Surgery
Pavilion, Dermatologic Surgery Suite. She dictates a formal operative report for every procedure, however small.
Clinic-day office notes (E/M, destruction, injections, patch tests, phototherapy, foot/nail care) are written in
short SOAP form by her nurse practitioner, Teodora Vance, APRN, FNP-C, and co-signed by Dr. Abernathy.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

SUITE = "ST. BRENDAN REGIONAL MEDICAL CENTER - OUTPATIENT SURGERY PAVILION\nDERMATOLOGIC SURGERY SUITE"
CLINIC = "ST. BRENDAN DERMATOLOGY CLINIC (hospital outpatient department)"

# =================================================================================================================
# Batch 1: Mohs, malignant and benign excisions (operative reports)
# =================================================================================================================

SCENARIOS.append({
    "id": "s48-mohs-nasal-sidewall-bcc-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Op report: Mohs right nasal sidewall infiltrative BCC, 2 stages (3+2 blocks), layered closure 2.8 cm",
    "date": "2026-01-13",
    "patient": ("Ostrowski", "Walter", "1944-08-19", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 165,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, right nasal sidewall", "C44.311", "Right nasal sidewall",
          reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Operative Report - Mohs Micrographic Surgery",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Ostrowski, Walter          DOB: 08/19/1944          DATE OF SERVICE: 01/13/2026

PREOPERATIVE DIAGNOSIS: Basal cell carcinoma, infiltrative pattern, right nasal sidewall, biopsy-proven
(shave biopsy 12/02/2025, accession SB25-40417).
POSTOPERATIVE DIAGNOSIS: Same, margins cleared.

PROCEDURE(S) PERFORMED:
  1. Mohs micrographic surgery, right nasal sidewall, two stages.
  2. Intermediate (layered) repair of the resulting defect, final length 2.8 cm.

SURGEON: June Abernathy, MD (acting as both surgeon and pathologist)
ASSISTANT: None. Histotechnologist: R. Kimura, HT(ASCP).
ANESTHESIA: Local, 1% lidocaine with epinephrine 1:100,000, 7 mL total.
ESTIMATED BLOOD LOSS: Less than 5 mL.
SPECIMENS: Mohs layers processed as frozen sections in the suite laboratory; nothing sent to outside pathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: This 81-year-old man has a biopsy-proven infiltrative basal cell carcinoma of the
right nasal sidewall. Infiltrative histology on the nose (high-risk anatomic location) makes him an appropriate
candidate for Mohs surgery. He had a basal cell carcinoma of the left temple treated with Mohs in 2022 without
recurrence; that site was examined today and is clear. Risks, benefits and alternatives including standard
excision and radiation were discussed and written consent was obtained.

DESCRIPTION OF PROCEDURE: The patient was brought to the procedure room and placed supine. The site was
confirmed with the patient using a hand mirror and a time-out was performed. The clinically apparent tumor
measured 0.8 x 0.6 cm. The area was prepped and draped in the usual sterile fashion and anesthetized as above.
The tumor was debulked with a curette. The first Mohs stage was excised with a 2 mm margin at a 45-degree bevel,
divided into three tissue blocks, inked and mapped. Frozen horizontal sections were stained with H&E and
examined by me: infiltrative basal cell carcinoma persisted at the superior peripheral margin in block 2.
A second stage was taken from the superior aspect and divided into two tissue blocks. On my reading, these were
free of tumor. Total: two stages; three blocks in stage I and two blocks in stage II.

The final defect measured 1.4 x 1.1 cm and extended to the superficial subcutaneous fat. Repair options were
reviewed with the patient, including second-intention healing and a transposition flap; a linear closure was
chosen. The wound was converted to a fusiform shape oriented along the nasal sidewall, and the edges were
undermined modestly for tension-free approximation. The deep layer was closed with buried 5-0 Monocryl and the
epidermis with 6-0 nylon running sutures. Final repair length: 2.8 cm. No flap and no graft were used.

A pressure dressing was applied. The patient tolerated the procedure well.

DISPOSITION: Discharged home ambulatory in stable condition with written wound-care instructions. Suture removal
in one week in the clinic.

June Abernathy, MD - dictated 01/13/2026, signed 01/14/2026
""",
    "expected": E([L("17311"), L("17312"), L("12052")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose, 2 stages (3 and 2 blocks, none over 5) -> 17311 + 17312. MOHS-7: repair after Mohs "
                  "separately reported; layered closure 2.8 cm on the nose -> 12052. Modest undermining does not make "
                  "it complex.",
})

SCENARIOS.append({
    "id": "s48-mohs-shin-scc-seven-blocks",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs left pretibial SCC in transplant patient, stage 1 with 7 blocks, stage 2 with 2 blocks, layered closure 6.0 cm; Medicaid",
    "date": "2026-01-22",
    "patient": ("Delacroix-Baines", "Loretta", "1958-05-30", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, invasive, left pretibial leg", "C44.729", "Left pretibial shin",
          reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery - first stage", site="Left pretibial shin",
          note="Tumor 2.3 x 1.9 cm. Stage I excised and divided into 7 tissue blocks, mapped and inked. Read by "
               "Dr. Abernathy (surgeon and pathologist): residual SCC at 6 o'clock peripheral margin, block 5.",
          reasons=["c1"]),
        P("Mohs micrographic surgery - second stage", site="Left pretibial shin",
          note="Stage II from 5 to 7 o'clock, 2 tissue blocks. Clear of tumor.", reasons=["c1"]),
        P("Layered closure of surgical defect", site="Left pretibial shin",
          note="Defect 3.1 x 2.4 cm to deep subcutaneous fat. Closed in two layers (3-0 Vicryl deep, 4-0 nylon "
               "vertical mattress). Final length 6.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Operative Report - Mohs Micrographic Surgery",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Delacroix-Baines, Loretta     DOB: 05/30/1958     DATE OF SERVICE: 01/22/2026

PREOPERATIVE DIAGNOSIS: Invasive squamous cell carcinoma, moderately differentiated, left pretibial leg
(punch biopsy 12/29/2025).
POSTOPERATIVE DIAGNOSIS: Same, cleared after two Mohs stages.

PROCEDURE(S) PERFORMED:
  1. Mohs micrographic surgery, left pretibial leg: stage I (seven tissue blocks), stage II (two tissue blocks).
  2. Intermediate layered closure, left leg, 6.0 cm.

SURGEON: June Abernathy, MD, serving as surgeon and as pathologist for the frozen sections.
ASSISTANT: S. Ferreira, surgical technologist.
ANESTHESIA: 1% lidocaine with epinephrine, ring of local infiltration, 14 mL.
ESTIMATED BLOOD LOSS: 10 mL.
SPECIMENS: Mohs frozen sections only, processed and read in the suite.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 67-year-old woman, renal transplant recipient since 2015 on tacrolimus and
mycophenolate. A 2.3 cm invasive squamous cell carcinoma on the left shin in an immunosuppressed patient meets
appropriate-use criteria for Mohs surgery. Consent obtained after discussion of wide local excision as an
alternative.

DESCRIPTION OF PROCEDURE: After time-out, the leg was prepped with chlorhexidine and draped in the usual sterile
fashion. The visible tumor measured 2.3 x 1.9 cm. Following curettage to define the borders, stage I was excised
with 3 mm margins and, because of its size, divided into seven tissue blocks, each inked and mapped. I examined
the frozen sections personally; squamous cell carcinoma remained at the 6 o'clock peripheral margin in block 5.
Stage II was taken from 5 to 7 o'clock and divided into two blocks, which were clear.

The final defect was 3.1 x 2.4 cm into the deep subcutaneous fat. Given limited tissue laxity a graft was
considered, but the wound closed in a layered fashion with 3-0 Vicryl buried sutures and 4-0 nylon vertical
mattress sutures for a final length of 6.0 cm. A compression wrap was applied.

DISPOSITION: Home with her husband. Leg elevation, no strenuous walking for 10 days. Sutures out at 14 days.
Transplant nephrology notified of the diagnosis.

June Abernathy, MD
""",
    "expected": E([L("17313"), L("17314"), L("17315", 2), L("12032")], dx={"17313": ["C44.729"]}),
    "coder_note": "MOHS-2: leg -> 17313 + 17314 for stage II; 17315 = blocks beyond 5 in any stage: stage I had 7 -> 2 "
                  "units. Layered closure 6.0 cm leg -> 12032 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s48-mohs-helix-scc-precoded-path-lines",
    "family": "mohs", "shape": "pre-coded",
    "description": "Charge capture for Mohs left helix SCC: 17312 entered for stage 3 that never happened, 88305 for Mohs layers, complex repair in wrong band",
    "date": "2026-02-04",
    "patient": ("Whitcombe", "Gerald", "1949-11-07", "male"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 170,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, left helical rim", "C44.229", "Left helix",
          reason=True),
    ],
    "procedures": [
        P("Mohs surgery, head/neck, first stage", "17311", "Left helical rim", reasons=["c1"]),
        P("Mohs surgery, each additional stage", "17312", "Left helical rim", reasons=["c1"]),
        P("Mohs surgery, each additional stage", "17312", "Left helical rim", reasons=["c1"]),
        P("Surgical pathology, Mohs layers", "88305", "Left helical rim", reasons=["c1"]),
        P("Complex repair, ear", "13151", "Left helical rim", reasons=["c1"]),
    ],
    "note_title": "Operative Report - Mohs Micrographic Surgery",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Whitcombe, Gerald       DOB: 11/07/1949       DATE OF SERVICE: 02/04/2026

PREOPERATIVE DIAGNOSIS: Squamous cell carcinoma, well differentiated, left helical rim (shave biopsy
01/09/2026, outside laboratory).
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Mohs micrographic surgery, left helical rim, two stages.
  2. Complex repair, left helical rim, 3.4 cm.

SURGEON: June Abernathy, MD. I performed the excisions and personally interpreted all frozen sections.
ASSISTANT: None.
ANESTHESIA: Local infiltration, 1% lidocaine with epinephrine, 5 mL, plus a partial ear block.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: Mohs frozen sections, processed in the suite. No separate tissue was submitted to surgical pathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 76-year-old man, retired roofer, with an invasive SCC on the left helix. The ear is
a high-risk location and Mohs was recommended for margin control and tissue sparing.

DESCRIPTION OF PROCEDURE: The patient was positioned right side down. Time-out was completed, and the left ear
was prepped with povidone-iodine and draped in the usual sterile fashion. The lesion measured 1.0 x 0.8 cm.
Stage I was excised down to perichondrium in four tissue blocks; frozen sections showed residual carcinoma at
the anterior peripheral margin (block 3). Stage II, two tissue blocks, was taken anteriorly and was clear.
No third stage was needed or taken.

The defect measured 1.6 x 1.2 cm and involved the free margin of the helical rim with exposed cartilage.
To avoid notching of the rim, a complex repair was performed: a small wedge of helical cartilage was trimmed,
the anterior and posterior skin was undermined, and the rim was re-approximated in layers with 5-0 Monocryl and
6-0 Prolene, carefully aligning the free margin. Final repair length 3.4 cm.

DISPOSITION: Discharged home. Bulky ear dressing for 48 hours. Return in one week for suture removal.

June Abernathy, MD
""",
    "expected": E([L("17311"), L("17312"), L("13152")], topics=["coding-correction"],
                  dx={"17311": ["C44.229"]}),
    "coder_note": "Only two stages were taken -> 17311 + 17312 x1 (the second 17312 is not supported). MOHS-5: no "
                  "88305 on the Mohs specimens. REP-3: free helical rim with cartilage -> complex; 3.4 cm on the ear "
                  "-> 13152, not 13151 (1.1-2.5 cm).",
})

SCENARIOS.append({
    "id": "s48-mohs-two-tumors-nose-forearm",
    "family": "mohs", "shape": "note-only",
    "description": "Op report: same-day Mohs of nasal tip BCC (1 stage) and right forearm SCC (2 stages), two layered closures",
    "date": "2026-02-17",
    "patient": ("Yamashiro", "Kenji", "1958-03-25", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 210,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, nasal tip", "C44.311", "Nasal tip", reason=True),
        C("c2", "Squamous cell carcinoma, right dorsal forearm", "C44.622", "Right dorsal forearm", reason=True),
    ],
    "note_title": "Operative Report - Mohs Micrographic Surgery, Two Sites",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Yamashiro, Kenji       DOB: 03/25/1958       DATE OF SERVICE: 02/17/2026

PREOPERATIVE DIAGNOSES:
  A. Nodular basal cell carcinoma, nasal tip (biopsy 01/15/2026).
  B. Invasive squamous cell carcinoma, right dorsal forearm, 2.4 cm (biopsy 01/15/2026).
POSTOPERATIVE DIAGNOSES: Same; both sites cleared.

PROCEDURE(S) PERFORMED:
  1. Mohs micrographic surgery, site A (nasal tip), one stage.
  2. Mohs micrographic surgery, site B (right dorsal forearm), two stages.
  3. Intermediate layered closure, site A, 1.2 cm.
  4. Intermediate layered closure, site B, 4.6 cm.

SURGEON: June Abernathy, MD (surgeon and pathologist for all Mohs sections).
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine: 3 mL at site A, 8 mL at site B.
ESTIMATED BLOOD LOSS: 5 mL total.
SPECIMENS: Frozen sections for Mohs mapping only.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 67-year-old man with two biopsy-proven skin cancers. Site A is on the nose; site B
is a 2.4 cm invasive SCC on the forearm. Both meet appropriate-use criteria for Mohs. Both were treated today
to spare him two trips; consent signed for both.

DESCRIPTION OF PROCEDURE:
Site A: After time-out, the nose was prepped and draped in the usual sterile fashion. The 0.6 cm tumor was
curetted and a single Mohs stage excised in two tissue blocks. Frozen sections read by me were clear after the
first stage. The 1.0 x 0.8 cm defect was closed in layers with 5-0 Monocryl and 6-0 nylon, final length 1.2 cm.

Site B: The right forearm was prepped and draped in the usual sterile fashion. The tumor measured 2.4 x 2.0 cm.
Stage I, four tissue blocks, showed residual SCC at the deep margin of block 2. Stage II, one block from the
deep margin, was clear. The 3.0 x 2.6 cm defect was closed with buried 4-0 Vicryl and 4-0 nylon running
sutures, final length 4.6 cm.

Both wounds dressed with petrolatum and pressure dressings.

DISPOSITION: Home in good condition. Suture removal: nose at 7 days, forearm at 12 days.

June Abernathy, MD
""",
    "expected": E([L("17311"), L("17313"), L("17314"), L("12051"), L("12032")],
                  dx={"17311": ["C44.311"], "17313": ["C44.622"]}),
    "coder_note": "Two separate tumors: nose -> 17311 (1 stage), forearm -> 17313 + 17314. No PTP edit between the "
                  "Mohs codes in the table. Repairs are in different groups: nose 1.2 cm -> 12051, forearm 4.6 cm -> "
                  "12032.",
})

SCENARIOS.append({
    "id": "s48-exm-wle-melanoma-upper-back",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Op report: wide local excision of biopsy-proven melanoma scar, left upper back, 1 cm margins, layered closure 9.6 cm; path no residual",
    "date": "2026-01-28",
    "patient": ("Fairbrother", "Nadine", "1964-09-14", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 95,
    "conditions": [
        C("c1", "Malignant melanoma, superficial spreading, left upper back, Breslow 0.6 mm", "C43.59",
          "Left upper back", reason=True),
    ],
    "path": [
        {"text": "Skin, left upper back, wide local excision: Healing biopsy site with dermal scar. No residual "
                 "melanoma identified. Peripheral and deep margins free.", "site": "Left upper back"},
    ],
    "note_title": "Operative Report - Wide Local Excision",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Fairbrother, Nadine      DOB: 09/14/1964      DATE OF SERVICE: 01/28/2026

PREOPERATIVE DIAGNOSIS: Malignant melanoma, superficial spreading type, left upper back, Breslow depth 0.6 mm,
no ulceration, mitotic rate <1/mm2 (pT1a), diagnosed on shave biopsy 01/06/2026 by her referring dermatologist.
POSTOPERATIVE DIAGNOSIS: Same, pending final pathology.

PROCEDURE(S) PERFORMED:
  1. Wide local excision of melanoma, left upper back, with 1.0 cm margins.
  2. Intermediate layered closure, 9.6 cm.

SURGEON: June Abernathy, MD
ASSISTANT: L. Okonjo, PA-C
ANESTHESIA: Local, 0.5% lidocaine with epinephrine, 20 mL.
ESTIMATED BLOOD LOSS: 15 mL.
SPECIMENS: Ellipse of skin and subcutaneous tissue, suture at 12 o'clock, to surgical pathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: Definitive treatment of a thin invasive melanoma. Sentinel lymph node biopsy is not
indicated for pT1a disease and was not performed; this was discussed with the patient.

DESCRIPTION OF PROCEDURE: The patient was placed prone. The biopsy scar measured 1.2 x 0.8 cm, with no
residual pigment visible under dermoscopy. A 1.0 cm margin was marked circumferentially around the scar and a
fusiform ellipse 9.6 cm long was designed along the relaxed skin tension lines. The back was prepped and draped
in the usual sterile fashion. After local anesthesia, the ellipse was excised down to the muscular fascia and
removed en bloc, oriented with a suture. Hemostasis was obtained with electrocautery. The wound edges were
undermined at the level of the fascia, and the wound was closed in layers with 3-0 Vicryl buried dermal sutures
and a 4-0 Prolene running subcuticular suture. Final closure length 9.6 cm. Steri-strips and a pressure
dressing were applied.

DISPOSITION: Discharged home in stable condition. Follow-up in 2 weeks to review pathology and remove sutures;
total body skin examinations every 6 months.

ADDENDUM 02/02/2026: Pathology shows a healing biopsy site with no residual melanoma; margins free. Reviewed by
phone with the patient.

June Abernathy, MD
""",
    "expected": E([L("11604"), L("12034")], dx={"11604": ["C43.59"]}),
    "coder_note": "EX-1: excised diameter = 1.2 cm scar/lesion + 2 x 1.0 cm = 3.2 cm on the trunk -> 11604 (not the "
                  "9.6 cm ellipse). EX-4/DX-4: re-excision of a known melanoma is malignant and still C43 even with no "
                  "residual tumor. Layered closure 9.6 cm trunk -> 12034.",
})

SCENARIOS.append({
    "id": "s48-exm-cheek-scc-reexcision-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of right cheek SCC for positive margin 7 days after the first excision (010 global); excised diameter 2.6 cm -> 58",
    "date": "2026-02-10",
    "patient": ("Haverford", "Constance", "1947-06-21", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right cheek, positive lateral margin", "C44.329", "Right cheek",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-02-03", "11642", "Excision malignant lesion, right cheek, excised diameter 1.5 cm",
              "Right cheek", "Path: invasive SCC, well differentiated, tumor extends to the lateral margin."),
    ],
    "procedures": [
        P("Re-excision of SCC scar, positive margin", site="Right cheek",
          note="Healing excision scar 2.0 cm long. Re-excised with 3 mm margins around the entire scar. "
               "Closed primarily with a single layer of 5-0 nylon simple interrupted sutures.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right cheek, re-excision: scar tissue; no residual squamous cell carcinoma. Margins clear.",
         "site": "Right cheek"},
    ],
    "note_title": "Operative Report - Re-excision",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Haverford, Constance       DOB: 06/21/1947       DATE OF SERVICE: 02/10/2026

PREOPERATIVE DIAGNOSIS: Squamous cell carcinoma of the right cheek, lateral margin positive on excision
performed 02/03/2026.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Re-excision of right cheek scar for positive margin, 3 mm margins.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 4 mL.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: Re-excision specimen, stitch superior, to surgical pathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: One week ago I excised a squamous cell carcinoma of the right cheek. The pathology
returned with carcinoma at the lateral margin. The patient declined Mohs referral because of travel distance
and chose a return to the suite for re-excision, as we had planned should the margin be involved.

DESCRIPTION OF PROCEDURE: After time-out, the right cheek was prepped and draped in the usual sterile fashion.
The healing incision measured 2.0 cm in length. A 3 mm margin was drawn around the entire scar. Under local
anesthesia the tissue was excised to the superficial subcutaneous fat and tagged for orientation. Hemostasis
with electrocautery. The wound edges came together easily without undermining and were closed in a single
layer with 5-0 nylon simple interrupted sutures. No layered closure was required.

DISPOSITION: Home. Sutures out in 6 days. Will call with pathology.

ADDENDUM 02/13/2026: Re-excision shows scar only, no residual carcinoma, margins clear.

June Abernathy, MD
""",
    "expected": E([L("11643", 1, "58")], topics=["global-period"], dx={"11643": ["C44.329"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11642 -> 58; coded as "
                  "malignant even though the specimen is negative. Excised diameter 2.0 + 2 x 0.3 = 2.6 cm face -> "
                  "11643. Simple closure included.",
})

SCENARIOS.append({
    "id": "s48-exm-scalp-bcc-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Scalp lesion excision charged before pathology as benign 11423; path BCC -> malignant 11623 + layered repair 4.2 cm",
    "date": "2026-02-24",
    "patient": ("Lindahl", "Bertram", "1971-12-02", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left parietal scalp", "C44.41", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, scalp", "11423", "Left parietal scalp", reasons=["c1"]),
        P("Intermediate repair, scalp", "12032", "Left parietal scalp", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left parietal scalp, excision: Basal cell carcinoma, nodular type. Peripheral and deep "
                 "margins uninvolved (closest 2 mm).", "site": "Left parietal scalp"},
    ],
    "note_title": "Operative Report - Excision, Scalp",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Lindahl, Bertram       DOB: 12/02/1971       DATE OF SERVICE: 02/24/2026

PREOPERATIVE DIAGNOSIS: Enlarging pearly papule of the left parietal scalp, 1.4 cm; clinical differential
includes basal cell carcinoma versus irritated seborrheic keratosis. Not previously biopsied.
POSTOPERATIVE DIAGNOSIS: Same, pending pathology.

PROCEDURE(S) PERFORMED:
  1. Excision of left parietal scalp lesion with 4 mm margins.
  2. Intermediate layered closure, scalp, 4.2 cm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 8 mL.
ESTIMATED BLOOD LOSS: 10 mL.
SPECIMENS: Scalp ellipse to surgical pathology, suture at 12 o'clock.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 54-year-old man with a 1.4 cm lesion that has grown over six months and bleeds
when he combs his hair. Excision rather than biopsy was chosen for diagnosis and treatment in one step.

DESCRIPTION OF PROCEDURE: The lesion measured 1.4 x 1.1 cm. Hair was clipped, a 4 mm margin was marked and an
ellipse designed. The scalp was prepped and draped in the usual sterile fashion. The ellipse was excised to the
level of the galea. Hemostasis was achieved with electrocautery. The galea was closed with 3-0 Vicryl and the
skin with staples after buried dermal sutures; final layered closure 4.2 cm.

DISPOSITION: Home. Staples out in 10 days.

ADDENDUM 03/02/2026: Pathology - nodular basal cell carcinoma, margins clear. Patient informed.

June Abernathy, MD
""",
    "expected": E([L("11623"), L("12032")], topics=["coding-correction"], dx={"11623": ["C44.41"]}),
    "coder_note": "EX-3: path is malignant, so the malignant family applies. EX-1: 1.4 + 2 x 0.4 = 2.2 cm on the scalp "
                  "-> 11623. Layered scalp closure 4.2 cm -> 12032 (pre-coded repair correct).",
})

SCENARIOS.append({
    "id": "s48-exm-sccis-calf-bcc-arm-summed",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Op report: two malignant excisions (SCCIS right calf, BCC left upper arm), both 1.1-2.0 cm; layered closures summed 6.2 cm",
    "date": "2026-03-03",
    "patient": ("Quintanilla", "Rosario", "1950-04-08", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 110,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right lateral calf", "D04.71", "Right lateral calf", reason=True),
        C("c2", "Superficial basal cell carcinoma, left upper arm", "C44.619", "Left upper arm", reason=True),
    ],
    "path": [
        {"text": "A. Skin, right lateral calf, excision: squamous cell carcinoma in situ (Bowen disease), margins "
                 "clear. B. Skin, left upper arm, excision: basal cell carcinoma, superficial type, margins clear.",
         "site": "Right calf; left upper arm"},
    ],
    "note_title": "Operative Report - Excisions x2",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Quintanilla, Rosario      DOB: 04/08/1950      DATE OF SERVICE: 03/03/2026

PREOPERATIVE DIAGNOSIS:
  1. Squamous cell carcinoma in situ, right lateral calf (punch biopsy 02/10/2026).
  2. Basal cell carcinoma, superficial type, left upper arm (shave biopsy 02/10/2026).
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Excision, right lateral calf lesion, 0.8 cm, with 4 mm margins.
  2. Excision, left upper arm lesion, 0.5 cm, with 4 mm margins.
  3. Intermediate layered closure, right calf, 3.5 cm.
  4. Intermediate layered closure, left upper arm, 2.7 cm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 10 mL total.
ESTIMATED BLOOD LOSS: Less than 10 mL.
SPECIMENS: A - right calf; B - left upper arm. Both to surgical pathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: Two biopsy-proven skin cancers in a 75-year-old woman who prefers excision to
topical therapy or destruction. Mohs is not indicated at these low-risk trunk and extremity sites.

DESCRIPTION OF PROCEDURE: After time-out confirming both sites, the right calf was prepped and draped in the
usual sterile fashion. The residual lesion measured 0.8 x 0.6 cm. With 4 mm margins an ellipse was excised
to subcutaneous fat. The wound was closed in layers with 4-0 Vicryl and 4-0 nylon, length 3.5 cm.
Attention was turned to the left upper arm, which was prepped and draped in the usual sterile fashion. The
biopsy site and residual erythema measured 0.5 x 0.4 cm; it was excised with 4 mm margins. The defect was
closed in two layers with 4-0 Vicryl and 5-0 nylon, length 2.7 cm. Dressings applied.

DISPOSITION: Home. Suture removal at 14 days (calf) and 10 days (arm).

June Abernathy, MD
""",
    "expected": E([L("11602", 2), L("12032")]),
    "coder_note": "EX-1/EX-3: calf 0.8 + 0.8 = 1.6 cm and arm 0.5 + 0.8 = 1.3 cm, both TAL malignant (SCCIS is D04 -> "
                  "malignant codes) -> 11602 x2. REP-1: both intermediate closures in the same group (extremities) "
                  "summed 3.5 + 2.7 = 6.2 cm -> one 12032.",
})

SCENARIOS.append({
    "id": "s48-exb-inflamed-cyst-upper-back",
    "family": "excision-benign", "shape": "note-only",
    "description": "Op report: excision of recurrently inflamed painful epidermoid cyst right upper back, 2.3 cm + 2 mm margins, layered closure 4.0 cm; Medicare",
    "date": "2026-01-20",
    "patient": ("Brannigan", "Maurice", "1955-02-17", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Epidermoid cyst, inflamed, right upper back", "L72.0", "Right upper back", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, right upper back, excision: ruptured epidermoid (infundibular) cyst with "
                 "foreign-body giant cell reaction. No atypia.", "site": "Right upper back"},
    ],
    "note_title": "Operative Report - Cyst Excision",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Brannigan, Maurice       DOB: 02/17/1955       DATE OF SERVICE: 01/20/2026

PREOPERATIVE DIAGNOSIS: Recurrently inflamed epidermoid cyst, right upper back.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Excision of cyst, right upper back, lesion 2.3 cm, margin 2 mm.
  2. Intermediate layered closure, 4.0 cm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 9 mL.
ESTIMATED BLOOD LOSS: 10 mL.
SPECIMENS: Cyst with overlying skin ellipse, to pathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 70-year-old man with a cyst on the right upper back that has become red, swollen and
painful three times in the last year, drained by his primary care physician twice. It is tender today and
hurts when he leans back in a chair. Removal is medically indicated because of the recurrent inflammation and
pain; no cosmetic request.

DESCRIPTION OF PROCEDURE: The cyst measured 2.3 x 2.0 cm with a central punctum and mild erythema. A 2 mm
margin was marked around it. The area was prepped and draped in the usual sterile fashion. An ellipse including
the punctum was incised and the cyst dissected free of the surrounding scar tissue; the wall was partially
ruptured and removed completely with its contents. The cavity was irrigated. Dead space was closed with
3-0 Vicryl, the dermis with buried 4-0 Vicryl, and the skin with 4-0 nylon interrupted sutures. Final layered
closure 4.0 cm.

DISPOSITION: Home. Suture removal in 12 days. Call for fever or drainage. No antibiotics prescribed.

June Abernathy, MD
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.3 + 2 x 0.2 = 2.7 cm trunk -> 11403. Inflammation and pain documented (BSL-3), so covered; "
                  "no GY/GA. Layered closure 4.0 cm trunk -> 12032.",
})

SCENARIOS.append({
    "id": "s48-exb-neck-atypical-nevus-no-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of atypical nevus posterior neck: only ellipse length and margin documented (no lesion size) -> no excision line; layered closure 3.0 cm kept",
    "date": "2026-02-12",
    "patient": ("Sorensen", "Mette", "1988-07-29", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 50,
    "conditions": [
        C("c1", "Dysplastic compound nevus, moderate atypia, left posterior neck", "D22.4", "Left posterior neck",
          reason=True),
    ],
    "procedures": [
        P("Excision of atypical pigmented lesion", site="Left posterior neck",
          note="Elliptical excision with 2 mm margins around the clinically visible lesion. Ellipse 3.0 cm long. "
               "Lesion measurement not recorded.", reasons=["c1"]),
        P("Layered closure", site="Left posterior neck",
          note="Buried 4-0 Monocryl dermal sutures and 5-0 Prolene running subcuticular. Length 3.0 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left posterior neck, excision: compound dysplastic nevus with moderate cytologic atypia; "
                 "margins clear.", "site": "Left posterior neck"},
    ],
    "note_title": "Operative Report - Excision",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Sorensen, Mette        DOB: 07/29/1988        DATE OF SERVICE: 02/12/2026

PREOPERATIVE DIAGNOSIS: Changing pigmented lesion, left posterior neck; shave biopsy 01/2026 showed a
dysplastic nevus with moderate atypia extending to the peripheral margin.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Excision of residual atypical nevus, left posterior neck, 2 mm margins.
  2. Intermediate layered closure, 3.0 cm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 4 mL.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: Ellipse to pathology, oriented.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: Re-excision of a moderately atypical nevus with positive margins, per our practice
standard, to prevent recurrence and allow complete histologic assessment.

DESCRIPTION OF PROCEDURE: After time-out, the neck was prepped and draped in the usual sterile fashion. A 2 mm
margin was marked around the residual pigment and biopsy scar, and an ellipse 3.0 cm in length was drawn along
the skin lines. The ellipse was excised into the subcutaneous fat. Hemostasis with electrocautery. The wound
was closed in two layers with buried 4-0 Monocryl and running subcuticular 5-0 Prolene, 3.0 cm.

DISPOSITION: Home. Sutures out in 7 days.

June Abernathy, MD
""",
    "expected": E([L("12042")], topics=["missing-documentation"]),
    "coder_note": "README coding decisions: the lesion diameter was never recorded (only margin and ellipse length), so "
                  "no excision line; the separately documented layered neck repair 3.0 cm -> 12042 stays. Moderate "
                  "atypia is benign behaviour (D22.4).",
})

# =================================================================================================================
# Batch 2: benign excision, shaves, biopsies, destructions, screening visit
# =================================================================================================================

SCENARIOS.append({
    "id": "s48-exb-dermatofibroma-thigh-precoded",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Painful traumatized dermatofibroma left thigh; charge used ellipse length (11403); lesion 0.7 cm + 3 mm margins = 1.3 cm -> 11402",
    "date": "2026-01-27",
    "patient": ("Okonjo-Reyes", "Tamsin", "1993-10-11", "female"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 45,
    "conditions": [
        C("c1", "Dermatofibroma, left anterior thigh, painful, traumatized by shaving", "D23.72",
          "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, leg", "11403", "Left anterior thigh",
          note="Ellipse 2.6 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left thigh, excision: dermatofibroma (benign fibrous histiocytoma), completely excised.",
         "site": "Left anterior thigh"},
    ],
    "note_title": "Operative Report - Excision, Left Thigh",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Okonjo-Reyes, Tamsin      DOB: 10/11/1993      DATE OF SERVICE: 01/27/2026

PREOPERATIVE DIAGNOSIS: Symptomatic dermatofibroma, left anterior thigh.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Excision of benign lesion, left anterior thigh; lesion 0.7 cm, margins 3 mm.
  2. Simple closure.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 3 mL.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: Ellipse to pathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 32-year-old woman with a firm papule on the left thigh that she cuts with her razor
every week or two; it bled again last Tuesday and is tender to pressure. Excision requested for pain and
repeated bleeding from trauma.

DESCRIPTION OF PROCEDURE: The firm brown papule measured 0.7 x 0.6 cm with a positive dimple sign. A 3 mm
margin was marked and a 2.6 cm ellipse designed along the long axis of the thigh. The field was prepped and
draped in the usual sterile fashion. The ellipse was excised to the subcutaneous fat. The wound was closed in a
single layer with 4-0 nylon simple interrupted sutures; no deep sutures were needed.

DISPOSITION: Home. Suture removal in 10 days.

June Abernathy, MD
""",
    "expected": E([L("11402")], topics=["coding-correction"], dx={"11402": ["D23.72"]}),
    "coder_note": "EX-1: excised diameter 0.7 + 2 x 0.3 = 1.3 cm (not the 2.6 cm ellipse) on the leg -> 11402. "
                  "Simple closure included (EX-5). Pain, bleeding and documented trauma support removal.",
})

SCENARIOS.append({
    "id": "s48-shave-nasal-ala-nevus-chest-isk",
    "family": "shave", "shape": "note-only",
    "description": "Op report: shave removal of bleeding 0.4 cm nevus right nasal ala and inflamed 1.2 cm SK left chest; untreated cherry angioma",
    "date": "2026-01-15",
    "patient": ("Garibaldi", "Eleanor", "1952-12-30", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Intradermal nevus, right nasal ala, irritated and bleeding", "D22.39", "Right nasal ala",
          reason=True),
        C("c2", "Inflamed seborrheic keratosis, left chest", "L82.0", "Left chest", reason=True),
    ],
    "path": [
        {"text": "A. Right nasal ala, shave: intradermal melanocytic nevus, traumatized. B. Left chest, shave: "
                 "irritated seborrheic keratosis.", "site": "Right nasal ala; left chest"},
    ],
    "note_title": "Operative Report - Shave Removals",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Garibaldi, Eleanor       DOB: 12/30/1952       DATE OF SERVICE: 01/15/2026

PREOPERATIVE DIAGNOSES:
  1. Irritated dome-shaped papule, right nasal ala, 0.4 cm, bleeding where the eyeglass nose pad rubs.
  2. Inflamed seborrheic keratosis, left chest, 1.2 cm, red, crusted and itching intensely.
POSTOPERATIVE DIAGNOSES: Same, pending pathology.

PROCEDURE(S) PERFORMED:
  1. Shave removal, right nasal ala, lesion diameter 0.4 cm.
  2. Shave removal, left chest, lesion diameter 1.2 cm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 1 mL at each site.
ESTIMATED BLOOD LOSS: Negligible.
SPECIMENS: A - right nasal ala; B - left chest; both to pathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: Both lesions are symptomatic: the nasal papule bleeds several times a week from
trauma by her glasses, and the chest lesion is inflamed and itchy. Removal of a 3 mm cherry angioma on the
abdomen was discussed at her request; it is asymptomatic and was NOT treated.

DESCRIPTION OF PROCEDURE: Time-out performed. Each site was prepped and draped in the usual sterile fashion and
anesthetized. Using a flexible blade, each lesion was removed by a horizontal shave at the level of the
mid-dermis, removing the entire lesion. Hemostasis was obtained with aluminum chloride. No sutures. Petrolatum
and bandages applied.

DISPOSITION: Home. Wound care handout given. Will call with pathology results.

June Abernathy, MD
""",
    "expected": E([L("11310"), L("11302")], dx={"11310": ["D22.39"], "11302": ["L82.0"]}),
    "coder_note": "SH-1: face 0.4 cm -> 11310; trunk 1.2 cm -> 11302. Whole lesions removed = shave removal, not biopsy "
                  "(BX-4). Both symptomatic; the untreated angioma is not coded.",
})

SCENARIOS.append({
    "id": "s48-shave-scalp-isk-precoded-band",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of 1.4 cm bleeding SK of the scalp pre-coded 11306 (0.6-1.0 band) -> 11307",
    "date": "2026-02-19",
    "patient": ("Thibodeaux", "Raymond", "1961-05-05", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, vertex scalp", "L82.0", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal, scalp lesion", "11306", "Vertex scalp", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, vertex scalp, shave: irritated seborrheic keratosis with hemorrhage. No malignancy.",
         "site": "Vertex scalp"},
    ],
    "note_title": "Operative Report - Shave Removal, Scalp",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Thibodeaux, Raymond      DOB: 05/05/1961      DATE OF SERVICE: 02/19/2026

PREOPERATIVE DIAGNOSIS: Bleeding keratotic papule, vertex scalp, 1.4 cm.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Shave removal of vertex scalp lesion, lesion diameter 1.4 cm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 2 mL.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: Lesion to pathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 64-year-old man whose scalp lesion catches on his comb and bleeds, soaking his
pillowcase twice this month. Clinically a seborrheic keratosis, but bleeding and rapid growth warrant removal
with histology.

DESCRIPTION OF PROCEDURE: Time-out was performed. Hair was parted and taped. The lesion measured 1.4 x 1.2 cm.
The site was prepped and draped in the usual sterile fashion. A horizontal shave removal was performed with a
flexible blade at the level of the superficial dermis, removing the lesion in one piece. Hemostasis with
electrocautery. Petrolatum dressing applied.

DISPOSITION: Home. Gentle shampooing from tomorrow.

June Abernathy, MD
""",
    "expected": E([L("11307")], topics=["coding-correction"], dx={"11307": ["L82.0"]}),
    "coder_note": "SH-1: scalp is SNHFG; lesion diameter 1.4 cm -> 11307 (1.1-2.0), not 11306.",
})

SCENARIOS.append({
    "id": "s48-bx-punch-shin-two-shaves",
    "family": "biopsy", "shape": "free-text",
    "description": "Punch biopsy left shin plus two tangential biopsies (back, right shoulder) -> 11104 + 11103 x2",
    "date": "2026-01-08",
    "patient": ("Pemberton", "Arthur", "1946-02-14", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Hypertrophic lichen planus, left anterior shin", "L43.0", "Left anterior shin", reason=True),
        C("c2", "Dysplastic compound nevus, mild atypia, mid upper back", "D22.5", "Mid upper back", reason=True),
        C("c3", "Basal cell carcinoma, nodular, right shoulder", "C44.612", "Right shoulder", reason=True),
    ],
    "procedures": [
        P("Punch biopsy, 4 mm", site="Left anterior shin",
          note="Thick violaceous hyperkeratotic plaque 3 cm; differential hypertrophic lichen planus vs SCC. "
               "4 mm punch to subcutaneous fat, closed with one 4-0 nylon suture.", reasons=["c1"]),
        P("Shave biopsy", site="Mid upper back",
          note="0.6 cm irregularly pigmented macule. Tangential biopsy with DermaBlade to mid-dermis, partial "
               "sampling. Aluminum chloride hemostasis.", reasons=["c2"]),
        P("Shave biopsy", site="Right shoulder",
          note="0.5 cm pink pearly papule. Tangential biopsy, partial thickness. Hemostasis with aluminum chloride.",
          reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Left shin, punch: hypertrophic lichen planus; no dysplasia or carcinoma. B. Mid upper back, "
                 "shave: compound dysplastic nevus, mild atypia. C. Right shoulder, shave: basal cell carcinoma, "
                 "nodular type, extending to the deep margin.", "site": "Shin; back; shoulder"},
    ],
    "note_title": "Operative Report - Skin Biopsies",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Pemberton, Arthur       DOB: 02/14/1946       DATE OF SERVICE: 01/08/2026

PREOPERATIVE DIAGNOSES: (A) Hyperkeratotic plaque, left shin - hypertrophic lichen planus versus squamous cell
carcinoma. (B) Atypical pigmented macule, mid upper back. (C) Pearly papule, right shoulder.
POSTOPERATIVE DIAGNOSES: Same, pending pathology.

PROCEDURE(S) PERFORMED:
  1. Punch biopsy, left anterior shin (4 mm).
  2. Tangential (shave) biopsy, mid upper back.
  3. Tangential (shave) biopsy, right shoulder.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, about 1 mL per site.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: A, B, C in separate containers to dermatopathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: Three clinically distinct lesions with uncertain diagnoses in an 80-year-old man.
Tissue diagnosis needed before any definitive treatment. A fourth lesion, a stable seborrheic keratosis on
the left flank, was examined and does not need biopsy.

DESCRIPTION OF PROCEDURE: Time-out performed for all three sites. Each site was prepped and draped in the usual
sterile fashion. Site A: a 4 mm punch was advanced into the subcutaneous fat, the core removed, and the defect
closed with one 4-0 nylon suture. Sites B and C: each lesion was sampled with a tangential shave using a
flexible blade to the mid-dermis; these were partial samplings for diagnosis, not removals. Hemostasis with
aluminum chloride. Dressings applied.

DISPOSITION: Home. Suture removal at the shin in 10 days; results by phone.

June Abernathy, MD
""",
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary; each tangential biopsy takes its own add-on -> "
                  "11103 x2 (AOC allows 11103 with 11104). No PTP edit between 11104 and 11103.",
})

SCENARIOS.append({
    "id": "s48-bx-deleted-codes-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two tangential biopsies charged with deleted 11100/11101 -> 11102 + 11103",
    "date": "2026-02-05",
    "patient": ("Vukovic", "Danica", "1979-08-03", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Neoplasm of uncertain behavior, right temple - biopsied", None, "Right temple", reason=True),
        C("c2", "Scaly papule, left dorsal forearm - biopsied", None, "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Right temple",
          note="Tangential shave biopsy with flexible blade; aluminum chloride.", reasons=["c1"]),
        P("Biopsy of skin, each additional lesion", "11101", "Left dorsal forearm",
          note="Tangential shave biopsy with flexible blade; aluminum chloride.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Right temple, shave biopsy: lentigo maligna (melanoma in situ), extending to the peripheral "
                 "margins. B. Left dorsal forearm, shave biopsy: actinic keratosis, hypertrophic type.",
         "site": "Right temple; left forearm"},
    ],
    "note_title": "Operative Report - Tangential Biopsies",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Vukovic, Danica       DOB: 08/03/1979       DATE OF SERVICE: 02/05/2026

PREOPERATIVE DIAGNOSES: (1) Irregular tan-brown patch, right temple, 1.1 cm, enlarging. (2) Scaly pink papule,
left dorsal forearm, 0.4 cm.
POSTOPERATIVE DIAGNOSES: Same, pending pathology.

PROCEDURE(S) PERFORMED:
  1. Tangential biopsy, right temple.
  2. Tangential biopsy, left dorsal forearm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 0.5 mL per site.
ESTIMATED BLOOD LOSS: Negligible.
SPECIMENS: Two separately labelled containers to dermatopathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: Diagnostic sampling of two suspicious lesions before deciding on treatment.

DESCRIPTION OF PROCEDURE: Time-out performed. Each site was prepped and draped in the usual sterile fashion.
A broad tangential (saucerization) biopsy was taken from the darkest portion of the temple lesion, and a
superficial tangential biopsy from the forearm papule, each with a flexible blade. Neither lesion was
completely removed. Hemostasis with aluminum chloride; petrolatum and bandages.

DISPOSITION: Home. Results in 7-10 days. If the temple lesion is melanocytic and atypical, we will plan staged
excision or Mohs.

June Abernathy, MD
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1). Two tangential biopsies -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s48-bx-incisional-thigh-punch-scalp",
    "family": "biopsy", "shape": "note-only",
    "description": "Op report: incisional wedge biopsy left thigh plaque + punch biopsy scalp -> 11106 + 11105; deferred arm biopsy not coded; Medicaid",
    "date": "2026-02-26",
    "patient": ("Achterberg", "Lucinda", "1984-01-19", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 55,
    "conditions": [
        C("c1", "Indurated plaque, left lateral thigh", None, "Left lateral thigh", reason=True),
        C("c2", "Scarring alopecia, vertex scalp", None, "Vertex scalp", reason=True),
    ],
    "path": [
        {"text": "A. Left thigh, incisional biopsy: morphea (localized scleroderma), inflammatory stage. B. Vertex "
                 "scalp, punch: lichen planopilaris, active.", "site": "Left thigh; vertex scalp"},
    ],
    "note_title": "Operative Report - Incisional and Punch Biopsies",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Achterberg, Lucinda      DOB: 01/19/1984      DATE OF SERVICE: 02/26/2026

PREOPERATIVE DIAGNOSES:
  1. Indurated violaceous plaque, left lateral thigh, 6 x 4 cm: morphea versus panniculitis.
  2. Patchy scarring alopecia of the vertex: lichen planopilaris versus central centrifugal cicatricial
     alopecia.
POSTOPERATIVE DIAGNOSES: Same, pending pathology.

PROCEDURE(S) PERFORMED:
  1. Incisional (wedge) biopsy, left lateral thigh, full thickness into subcutaneous fat.
  2. Punch biopsy, vertex scalp, 4 mm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 5 mL total.
ESTIMATED BLOOD LOSS: 5 mL.
SPECIMENS: (A) thigh wedge in formalin; (B) scalp punch in formalin, request horizontal sections.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: Two unrelated undiagnosed inflammatory conditions. Deep tissue is needed from the
thigh because panniculitis is in the differential, which a punch would sample poorly. A small firm nodule on
the right upper arm was also examined; we discussed biopsy but agreed to watch it and revisit at the next
visit. It was not biopsied today.

DESCRIPTION OF PROCEDURE: Time-out performed. The thigh was prepped and draped in the usual sterile fashion.
A 2.0 x 0.6 cm wedge spanning the active border was incised with a #15 blade through the dermis into the
subcutaneous fat and removed; the plaque itself was not excised. The wound was closed with 4-0 nylon simple
interrupted sutures. The scalp was then prepped, and a 4 mm punch was taken from the active edge of the vertex
patch and closed with one 4-0 nylon suture.

DISPOSITION: Home. Suture removal in 10 to 14 days. Results at follow-up in two weeks.

June Abernathy, MD
""",
    "expected": E([L("11106"), L("11105")]),
    "coder_note": "BX-2: incisional outranks punch -> 11106 primary + 11105 for the punch. The arm nodule was not "
                  "biopsied (discussion only). Simple closures included.",
})

SCENARIOS.append({
    "id": "s48-ds-ak-eighteen-precoded",
    "family": "destruction", "shape": "pre-coded",
    "description": "Cryotherapy of 18 AKs pre-coded as 17000 + 17003 x17 -> 17004 x1",
    "date": "2026-01-06",
    "patient": ("Castellano", "Vincent", "1942-04-23", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and dorsal hands", "L57.0", "Scalp; dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Scalp", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional 2-14", "17003", "Scalp; dorsal hands",
          note="Qty 17 entered.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note - Procedure Visit",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C / co-signed June Abernathy, MD       DOS 01/06/2026

S: 83 yo M, established, here for scheduled LN2 of AKs. Scalp "rough spots" again. No bleeding lesions,
no new moles. Did not use the 5-FU cream prescribed last year ("too much irritation").
O: Bald scalp with 11 gritty erythematous scaly papules; dorsal hands with 7 similar lesions (R 4, L 3).
No indurated or ulcerated lesions. No lesion suspicious for SCC today.
A: Actinic keratoses x 18 (scalp 11, hands 7).
P: Verbal consent. Cryotherapy with liquid nitrogen, 2 freeze-thaw cycles, to all 18 AKs. Tolerated well.
Aftercare handout. Sun protection. Recheck 6 months; reconsider field therapy then.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and "
                  "17004/17003 are indicator 0; 17003 x17 would also exceed its MUE of 13).",
})

SCENARIOS.append({
    "id": "s48-ds-aks-face-warts-hand-xs",
    "family": "destruction", "shape": "note-only",
    "description": "NP SOAP: LN2 to 3 facial AKs and 4 painful common warts of the right hand -> 17110 + 17000-XS + 17003 x2-XS",
    "date": "2026-02-09",
    "patient": ("Bellweather", "Irene", "1949-07-16", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face", "L57.0", "Forehead; left cheek", reason=True),
        C("c2", "Verruca vulgaris, right hand, painful", "B07.8", "Right fingers", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": CLINIC + """
SOAP NOTE - T. Vance, APRN, FNP-C (Dr. Abernathy available on site)      02/09/2026

S: 76F est pt. Warts on R hand spreading over 3 months, now 4; the one on the index finger cracks and bleeds
and hurts when she grips her cane. Also "scaly spots" on the face. Tried OTC salicylic acid x 8 wks, no help.
O: R hand: 4 verrucous papules - R index finger x2, R middle finger x1, R thumb x1, 3-6 mm, tender, one fissured.
Face: 3 rough erythematous papules - forehead x2, L cheek x1, c/w AK. No other lesions of concern.
A: 1. Verruca vulgaris R hand x4, painful, failed OTC tx.
   2. AK x3, face.
P: Consent. LN2 to each of the 4 warts (2 cycles, after gentle paring) and to the 3 AKs (1 cycle).
   Tolerated well. Aftercare reviewed. RTC 4 weeks for repeat wart tx if needed.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")]),
    "coder_note": "DS-2: 4 warts -> 17110 x1. DS-1: 3 AKs -> 17000 + 17003 x2. DS-3: 17110/17000 and 17110/17003 are "
                  "indicator 1 with 17110 as column 1 -> XS on 17000 and 17003 (different lesions).",
})

SCENARIOS.append({
    "id": "s48-ds-bcc-edc-forearm-ak-count-missing",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C biopsy-proven superficial BCC left forearm, final defect 0.9 cm -> 17261; AK cryo with no count -> no 17000 line",
    "date": "2026-02-23",
    "patient": ("Marchetti-Hale", "Doreen", "1945-10-02", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left dorsal forearm", "C44.619", "Left dorsal forearm",
          reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Scalp; bilateral forearms", reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage x3 cycles", site="Left dorsal forearm",
          note="Biopsy-proven superficial BCC (shave bx 02/02/2026). Lesion 0.6 cm. Curettage and "
               "electrodesiccation, three cycles. Final defect 0.9 cm.", reasons=["c1"]),
        P("Cryotherapy of actinic keratoses", site="Scalp; bilateral forearms",
          note="Several AKs treated with liquid nitrogen, two freeze-thaw cycles.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - ED&C",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Marchetti-Hale, Doreen      DOB: 10/02/1945      DATE OF SERVICE: 02/23/2026

PREOPERATIVE DIAGNOSES: (1) Superficial basal cell carcinoma, left dorsal forearm, biopsy-proven 02/02/2026.
(2) Actinic keratoses.
POSTOPERATIVE DIAGNOSES: Same.

PROCEDURE(S) PERFORMED:
  1. Electrodesiccation and curettage, left dorsal forearm; final defect 0.9 cm.
  2. Cryodestruction of actinic keratoses, scalp and forearms.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 2 mL (forearm). None for cryotherapy.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: None.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: Low-risk superficial BCC on the forearm of an 80-year-old woman who prefers a quick
office-style treatment over excision. AKs scattered on the scalp and forearms.

DESCRIPTION OF PROCEDURE: The forearm was prepped and draped in the usual sterile fashion. The 0.6 cm lesion was
curetted firmly to a gritty base and electrodesiccated; the cycle was repeated for a total of three cycles.
The final defect measured 0.9 cm in diameter. Petrolatum dressing. Several actinic keratoses on the scalp
and both forearms were then treated with liquid nitrogen using two freeze-thaw cycles.

DISPOSITION: Home. Second-intention healing; wound care handout. Follow-up skin check in 3 months.

June Abernathy, MD
""",
    "expected": E([L("17261")], topics=["missing-documentation"], dx={"17261": ["C44.619"]}),
    "coder_note": "DS-4: malignant destruction sized by final curettage defect 0.9 cm on an arm -> 17261. README "
                  "coding decisions: AK count never documented ('several') -> no 17000/17003 line.",
})

SCENARIOS.append({
    "id": "s48-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "NP new-patient screening full-skin exam, Medicare FFS, no history, no complaint, nothing found -> 99203-GY",
    "date": "2026-01-29",
    "patient": ("Albrecht", "Harold", "1960-11-22", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Clinic Note - New Patient",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C       DOS 01/29/2026       New patient

S: 65 yo M referred by PCP for a "baseline skin check" now that he is on Medicare. No skin complaints. No
changing, bleeding, itching or new lesions per pt or wife. No personal history of skin cancer, no prior
biopsies, no family history of melanoma. Outdoor work as a surveyor; uses sunscreen sporadically.
Meds: atorvastatin. NKDA.
O: Full skin exam, scalp to soles incl. nails and mucosa: Fitzpatrick II. No suspicious or atypical lesions
identified. No actinic damage requiring treatment. Nothing requiring biopsy or follow-up.
A: Screening skin examination, normal.
P: Sun protection counseling, ABCDEs handout. No treatment, no prescriptions, no procedures. Return as needed
or if any lesion changes. Pt was told Medicare may not cover a screening-only skin exam; no ABN was signed.

Level selected: 99203.
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README coding decisions: screening-only full-skin exam for a Medicare FFS patient with no "
                  "history, no complaint and nothing found -> E/M with GY (statutory exclusion; no GX because no "
                  "voluntary ABN).",
})

# =================================================================================================================
# Batch 3: E/M, post-op/global period, incision and drainage, intralesional injections
# =================================================================================================================

SCENARIOS.append({
    "id": "s48-em-psoriasis-mtx-g2211",
    "family": "em", "shape": "note-only",
    "description": "NP follow-up psoriasis on methotrexate, labs reviewed, dose increased; 99214 + G2211 (longitudinal care, no procedure, Medicare FFS)",
    "date": "2026-02-03",
    "patient": ("Grimsby", "Oswald", "1957-01-09", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 32, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flaring", "L40.0", "Elbows, knees, trunk", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631", reason=True),
    ],
    "note_title": "Clinic Note - Follow-up",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C / co-signed J. Abernathy, MD      DOS 02/03/2026

S: 69 yo M, est, chronic plaque psoriasis since 2009, on methotrexate 15 mg PO weekly + folic acid 1 mg daily
since 06/2025. Worse over the past 6 wks after a URI: new plaques on the trunk, itching disturbs sleep.
No GI upset, mouth sores, cough or SOB. Alcohol: none. No joint pain or morning stiffness.
O: BSA ~8% (was 3% in Nov): well-demarcated erythematous scaly plaques on the elbows, knees, lower back and
abdomen. Nails: few pits. No pustules. Joints: no dactylitis or synovitis.
Labs 01/30/2026 reviewed: CBC normal, AST 28, ALT 31, creatinine 0.9.
A: Psoriasis vulgaris, exacerbation, on methotrexate - labs acceptable for dose escalation.
P: 1. Increase methotrexate to 17.5 mg weekly; continue folic acid. Repeat CBC/CMP in 4 weeks.
   2. Clobetasol 0.05% ointment BID to trunk plaques x 2 weeks, then weekends only. Rx sent.
   3. Reviewed MTX precautions (alcohol, NSAIDs, infection signs).
   4. If not improved at 3 months, discuss biologic.
   No procedures today.
Longitudinal care: our clinic is the continuing focal point for all of his psoriasis care; visit complexity
add-on G2211 applies.

Level selected: 99214.
""",
    "expected": E([L("99214"), L("G2211")], dx={"99214": ["L40.0"]}),
    "coder_note": "EM-1/EM-3: provider-selected 99214 kept. EM-6: G2211 for ongoing longitudinal psoriasis care is "
                  "payable because the E/M carries no modifier 25 (no procedure today); Medicare FFS.",
})

SCENARIOS.append({
    "id": "s48-em-consult-flap-next-day-57",
    "family": "em", "shape": "note-only",
    "description": "New-patient surgical consult for biopsy-proven cheek SCC; decision for excision with rotation flap (090) scheduled next day -> 99204-57",
    "date": "2026-03-10",
    "patient": ("Dunleavy", "Martha", "1951-08-27", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Squamous cell carcinoma, left cheek", "C44.329", "Left cheek", reason=True),
    ],
    "note_title": "Clinic Note - Surgical Consultation",
    "note": CLINIC + """
NEW PATIENT SURGICAL CONSULTATION - written by T. Vance, APRN; patient seen and examined with
June Abernathy, MD, who made the surgical plan.        DOS 03/10/2026

S: 74 yo F referred by Dr. Pruitt (general dermatology) for a biopsy-proven invasive SCC of the L cheek
(shave bx 02/24/2026: SCC, well-differentiated, extends to deep margin). Lesion present ~5 months, growing.
PMH: atrial fibrillation on apixaban, HTN, T2DM. Former smoker. No prior skin cancer.
O: L mid cheek: 1.8 x 1.5 cm keratotic erythematous nodule with central crust. No palpable preauricular,
submandibular or cervical lymphadenopathy. Limited skin exam of head/neck: no other suspicious lesions.
A: Invasive SCC, L cheek, 1.8 cm.
P: Options reviewed in detail: Mohs referral (wait time 10 weeks), excision with frozen-section margin
control, radiation. Pt chose excision with 5 mm margins and repair with a cheek rotation flap (adjacent
tissue transfer) in the Outpatient Surgery Pavilion. Decision for surgery made today. Apixaban: per
cardiology, continue (bleeding risk discussed). Consent signed.
Surgery booked for TOMORROW, 03/11/2026, 7:30 AM. No procedure performed today.

Level selected: 99204.
""",
    "expected": E([L("99204", 1, "57")], dx={"99204": ["C44.329"]}),
    "coder_note": "GS-4 / conventions: E/M the day before a 090 procedure (adjacent tissue transfer, FLAP-4) that "
                  "results in the decision to operate -> 57 on the E/M.",
})

SCENARIOS.append({
    "id": "s48-postop-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and path review 9 days after malignant excision (010 global); provider selected 99212 -> 99024",
    "date": "2026-03-05",
    "patient": ("Kowalczyk", "Edmund", "1948-12-12", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Squamous cell carcinoma, left dorsal forearm, excised", "C44.629", "Left dorsal forearm",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-02-24", "11602", "Excision malignant lesion, left dorsal forearm, excised diameter 1.6 cm",
              "Left dorsal forearm", "Path: invasive SCC, well differentiated, margins clear."),
    ],
    "note_title": "Clinic Note - Post-op",
    "note": CLINIC + """
SOAP NOTE - T. Vance, APRN, FNP-C        DOS 03/05/2026

S: 77 yo M, 9 days s/p excision of SCC L dorsal forearm by Dr. Abernathy (02/24). Here for suture removal.
Mild itch at the incision. No drainage, fever or increasing pain.
O: L forearm linear incision 3.4 cm, well approximated, no erythema or discharge. 7 nylon sutures removed
without difficulty. Steri-strips applied.
A: Routine post-operative check, healing well. Pathology reviewed with pt: invasive SCC, margins clear.
P: Petrolatum, sun protection to the scar. No further treatment needed at the site. Keep the 3-month full skin
exam already scheduled with Dr. Abernathy.

Level selected: 99212.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: suture removal and path review inside the 10-day global of 11602 is post-op "
                  "care -> 99024, no billable E/M.",
})

SCENARIOS.append({
    "id": "s48-postop-new-back-lesion-bx-79",
    "family": "post-op", "shape": "free-text",
    "description": "Tangential biopsy of a new back lesion 42 days into the 90-day global of a cheek flap -> 11102-79",
    "date": "2026-03-03",
    "patient": ("Featherstone", "Agnes", "1956-06-06", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Melanoma in situ, right mid back", "D03.59", "Right mid back", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-20", "14040", "Excision of SCC with cheek rotation flap (adjacent tissue transfer), left cheek",
              "Left cheek"),
    ],
    "procedures": [
        P("Shave biopsy", site="Right mid back",
          note="New 7 mm irregularly pigmented macule noticed by husband. Tangential (saucerization) biopsy to "
               "the reticular dermis for diagnosis. Aluminum chloride hemostasis.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right mid back, shave biopsy: melanoma in situ, lentiginous type; peripheral margins "
                 "involved.", "site": "Right mid back"},
    ],
    "note_title": "Operative Report - Tangential Biopsy",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Featherstone, Agnes       DOB: 06/06/1956       DATE OF SERVICE: 03/03/2026

PREOPERATIVE DIAGNOSIS: New irregularly pigmented macule, right mid back, 7 mm.
POSTOPERATIVE DIAGNOSIS: Same, pending pathology.

PROCEDURE(S) PERFORMED:
  1. Tangential (saucerization) biopsy, right mid back.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 1 mL.
ESTIMATED BLOOD LOSS: Negligible.
SPECIMENS: One, to dermatopathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 69-year-old woman who is 6 weeks out from excision of a left cheek SCC with a
rotation flap (01/20/2026). Her husband noticed a new dark spot on her back. This lesion is unrelated to the
cheek surgery. The cheek flap was not evaluated today; her post-operative visit is on 03/17.

DESCRIPTION OF PROCEDURE: Time-out performed. The site was prepped and draped in the usual sterile fashion. A
deep saucerization biopsy of the pigmented macule was performed with a flexible blade for diagnosis.
Hemostasis with aluminum chloride. Petrolatum and bandage applied.

DISPOSITION: Home. Results in one week; if melanocytic atypia or melanoma, definitive excision will be planned.

June Abernathy, MD
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["D03.59"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion) during the 90-day global of 14040 -> 79 on the biopsy. "
                  "Path confirms melanoma in situ, coded from pathology (DX-2).",
})

SCENARIOS.append({
    "id": "s48-postop-unrelated-contact-derm-24",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated allergic contact dermatitis visit 31 days into the 90-day global of a nasal flap -> 99213-24",
    "date": "2026-03-05",
    "patient": ("Ravenscroft", "Philippa", "1969-03-03", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis, hands and forearms, due to rubber gloves", "L23.5",
          "Bilateral hands and forearms", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-02", "14060", "Excision of BCC, nasal dorsum, with adjacent tissue transfer", "Nasal dorsum"),
    ],
    "note_title": "Clinic Note",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C       DOS 03/05/2026

S: 57 yo F, est. Had a nasal flap with Dr. Abernathy on 02/02; the flap was checked at her 2/27 post-op visit
and is not the reason for today's visit - she has no concerns about it. Today: itchy, weeping rash on both
hands and forearms x 10 days, began 2 days after switching to new nitrile-latex blend gloves at the bakery
where she works. OTC hydrocortisone not helping; sleep disturbed by itch.
O: Bilateral dorsal hands and volar forearms: erythematous edematous papulovesicular plaques with sharp cuff
line at the mid-forearm. No pustules, no honey crust. Palms spared.
A: Acute allergic contact dermatitis to glove material (rubber accelerators suspected), hands/forearms.
P: 1. Clobetasol 0.05% ointment BID x 14 days (Rx).
   2. Prednisone 40 mg taper over 10 days (Rx); reviewed side effects.
   3. Switch to vinyl gloves with cotton liners; work note provided.
   4. Patch testing after clearance if it recurs.
   F/u 3 weeks.

Level selected: 99213.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.5"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the 14060 (090 global, 31 days post-op) -> modifier 24. No "
                  "post-op care was given today, so no 99024.",
})

SCENARIOS.append({
    "id": "s48-id-buttock-abscess-em-removed",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D of single buttock abscess; NP also selected 99213 but the only work was the decision to drain -> 10060 only; Medicaid",
    "date": "2026-01-30",
    "patient": ("Mbeki-Tran", "Jerome", "1998-09-18", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Cutaneous abscess of left buttock", "L02.31", "Left buttock", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Left buttock",
          note="Single 3 cm fluctuant abscess. Stab incision with #11 blade, about 4 mL purulent material "
               "expressed, loculations gently broken with a hemostat, cavity irrigated with saline. Not packed. "
               "Culture sent.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": CLINIC + """
SOAP NOTE - T. Vance, APRN, FNP-C        DOS 01/30/2026

S: 27 yo M, new to clinic, painful lump L buttock x 5 days, getting bigger. No fever/chills. No prior boils.
Not diabetic. No other skin complaints.
O: Afebrile. L upper outer buttock: 3 cm tender fluctuant nodule with 1 cm surrounding erythema. No
lymphangitic streaking. No other lesions examined or of concern.
A: Single cutaneous abscess, L buttock.
P: I&D recommended and performed today (see procedure): verbal consent, 1% lidocaine with epi, stab incision,
about 4 mL pus expressed, loculations broken, irrigated, not packed. Culture sent. Gauze dressing.
No systemic antibiotics needed after adequate drainage. Warm compresses TID. Return if fever, spreading
redness or reaccumulation.

Level selected: 99213.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "GS-3 / README: the only E/M work was evaluating the abscess and deciding to drain it (a new patient "
                  "does not change that) -> E/M removed. Single simple abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s48-id-two-axillary-abscesses-precoded",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "I&D of abscesses in both axillae charged as two 10060 lines -> one 10061 (multiple)",
    "date": "2026-02-13",
    "patient": ("Oyelaran", "Priscilla", "1990-04-14", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Hidradenitis suppurativa, bilateral axillae, with abscesses", "L73.2", "Bilateral axillae",
          reason=True),
    ],
    "procedures": [
        P("Incision and drainage, abscess", "10060", "Right axilla", reasons=["c1"]),
        P("Incision and drainage, abscess", "10060", "Left axilla", reasons=["c1"]),
    ],
    "note_title": "Operative Report - Incision and Drainage",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Oyelaran, Priscilla       DOB: 04/14/1990       DATE OF SERVICE: 02/13/2026

PREOPERATIVE DIAGNOSIS: Hidradenitis suppurativa, Hurley stage II, with acute abscesses in the right and left
axillae.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Incision and drainage of abscess, right axilla.
  2. Incision and drainage of abscess, left axilla.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 4 mL each side.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: Culture swab from the right axilla.
DRAINS: Iodoform gauze wick, left axilla only.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 35-year-old woman with known hidradenitis on adalimumab who presents with two
painful fluctuant abscesses, one in each axilla. Deroofing was discussed for a later date when the acute
inflammation settles; it was NOT performed today.

DESCRIPTION OF PROCEDURE: Time-out performed. The right axilla was prepped and draped in the usual sterile
fashion. A 2.5 cm fluctuant abscess was incised with a #11 blade, about 6 mL of purulent material was expressed,
and the cavity was irrigated. The left axilla was prepped and draped in the usual sterile fashion; a 3 cm
abscess was incised and drained of about 8 mL, loculations were broken up and a wick was placed. Dressings
applied.

DISPOSITION: Home. Wick removal in 48 hours by the clinic nurse. Continue adalimumab.

June Abernathy, MD
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "Family structure: 10060 = simple or single abscess; 10061 = complicated or multiple. Two abscesses "
                  "drained at one session -> 10061 x1 (10061/10060 PTP would also deny the 10060 lines).",
})

SCENARIOS.append({
    "id": "s48-il-keloids-nine-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Kenalog-40 to 9 keloids, 60 mg total; pre-coded 11900 without drug -> 11901 + J3301 x6",
    "date": "2026-01-14",
    "patient": ("Adebayo-Clarke", "Simone", "1987-11-30", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, chest and shoulders", "L91.0", "Chest; bilateral shoulders", reason=True),
    ],
    "procedures": [
        P("Intralesional injection", "11900", "Chest; shoulders", reasons=["c1"]),
    ],
    "note_title": "Clinic Note - Procedure Visit",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C       DOS 01/14/2026

S: 38 yo F, est, keloids from acne scars, itchy and tender under her bra strap. Last injected 6 wks ago with
good flattening. No side effects except mild hypopigmentation at one site.
O: Firm shiny keloids: presternal chest x5, R shoulder x2, L shoulder x2 (total nine), 0.6-2.2 cm.
A: Keloids x9, symptomatic (pruritus, tenderness).
P: Consent. Triamcinolone acetonide (Kenalog-40) 40 mg/mL injected intralesionally into each of the 9
keloids with a 30g needle, 1.5 mL total = 60 mg. Tolerated well. RTC 6 weeks.
""",
    "expected": E([L("11901"), L("J3301", 6)], topics=["coding-correction"], dx={"11901": ["L91.0"]}),
    "coder_note": "4.8: more than 7 lesions -> 11901 (not 11900). Drug billed separately: 60 mg triamcinolone acetonide "
                  "/ 10 mg per unit -> J3301 x6.",
})

SCENARIOS.append({
    "id": "s48-il-alopecia-areata-four-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "NP: ILK 10 mg/mL to 4 alopecia areata patches, 2.4 mL = 24 mg -> 11900 + J3301 x3; JAK inhibitor only discussed",
    "date": "2026-02-18",
    "patient": ("Nakagawa-Ruiz", "Elena", "1975-02-02", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.8", "Scalp", reason=True),
    ],
    "note_title": "Clinic Note - Procedure Visit",
    "note": CLINIC + """
SOAP NOTE - T. Vance, APRN, FNP-C        DOS 02/18/2026

S: 50 yo F, est (on disability coverage), patchy alopecia areata, 3rd injection session. Regrowth in the
occipital patch; new small patch at the L temple. Asked about baricitinib - discussed pros/cons, she prefers
to continue injections for now; no Rx started.
O: Scalp: 4 smooth round patches of non-scarring alopecia - occiput 3 cm, vertex 2 cm, R parietal 2.5 cm,
L temporal 1 cm. Exclamation-point hairs at the new L temporal patch. Vellus regrowth occiput.
A: Alopecia areata, patchy, 4 active patches.
P: Consent. Triamcinolone acetonide 10 mg/mL injected intradermally into all 4 patches, 0.1 mL aliquots
1 cm apart, 2.4 mL total (24 mg). Tolerated well. RTC 6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 3)]),
    "coder_note": "4.8: up to 7 lesions -> 11900 x1. J3301 = ceil(24 mg / 10) = 3 units. Baricitinib only discussed.",
})

SCENARIOS.append({
    "id": "s48-il-cyst-and-rosacea-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK injection of inflamed cyst right jawline plus separately managed papulopustular rosacea with new Rx -> 99213-25 + 11900 + J3301",
    "date": "2026-03-02",
    "patient": ("Holloway", "Beatrice", "1954-10-25", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Inflamed epidermoid cyst, right jawline", "L72.0", "Right jawline", reason=True),
        C("c2", "Rosacea, papulopustular, flaring", "L71.9", "Central face", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection", site="Right jawline",
          note="Inflamed tender 1.5 cm cyst. Triamcinolone acetonide 10 mg/mL, 0.5 mL (5 mg) injected into the "
               "cyst.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C / co-signed J. Abernathy, MD      DOS 03/02/2026

S: 71 yo F, est. 1) Tender red bump R jaw x 1 week, known cyst that flares. 2) Rosacea much worse since the
winter: burning, pustules on cheeks/chin; metronidazole cream alone no longer controlling it.
O: R jawline: 1.5 cm erythematous tender non-fluctuant cystic nodule with punctum. Central face: erythema,
telangiectasias and ~15 inflammatory papules and pustules on the cheeks and chin. No ocular symptoms.
A: 1. Inflamed epidermoid cyst, R jawline.
   2. Papulopustular rosacea, flare, inadequately controlled on current therapy.
P: 1. ILK: triamcinolone 10 mg/mL, 0.5 mL (5 mg) into the cyst; consent; tolerated well. Excision discussed
      for a later date if it keeps flaring - not scheduled.
   2. Start doxycycline 40 mg ER daily (Rx) and change topical to ivermectin 1% cream nightly (Rx). Reviewed
      photosensitivity and GI precautions. Trigger avoidance.
   F/u 8 weeks for rosacea.

Level selected: 99213.
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L72.0"], "99213": ["L71.9"]}),
    "coder_note": "GS-3: rosacea flare with new prescription drug management is significant and separately identifiable "
                  "from the cyst injection -> 99213-25 (11900/99213 indicator 1). J3301 = ceil(5/10) = 1.",
})

# =================================================================================================================
# Batch 4: nails, paring, patch tests, phototherapy
# =================================================================================================================

SCENARIOS.append({
    "id": "s48-nail-avulsion-rt-hallux-debride-left",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion of right great toenail (T5) plus debridement of 4 left toenails -> 11730-T5 + 11720-XS",
    "date": "2026-01-21",
    "patient": ("Sandoval", "Ignatius", "1966-07-07", "male"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Onychomycosis, toenails", "B35.1", "Right great toe; left toes 1-4", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, complete", site="Right great toe",
          note="Painful, thickened, partially lifted dystrophic nail plate. Digital block with 1% plain lidocaine. "
               "Entire nail plate elevated and removed with a freer elevator and hemostat. Matrix left intact.",
          reasons=["c1"]),
        P("Debridement of nails", site="Left toes 1-4",
          note="Four thickened mycotic nails (left great, 2nd, 3rd and 4th toes) reduced in thickness and length "
               "with nippers and a rotary burr.", reasons=["c1"]),
    ],
    "note_title": "Operative Report - Nail Procedures",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Sandoval, Ignatius      DOB: 07/07/1966      DATE OF SERVICE: 01/21/2026

PREOPERATIVE DIAGNOSIS: Onychomycosis (culture-proven Trichophyton rubrum) with painful dystrophic right
great toenail; thickened mycotic nails of the left toes.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Complete avulsion of the right great toenail.
  2. Debridement of four toenails, left great toe and left second through fourth toes.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: Digital block of the right great toe, 1% lidocaine without epinephrine, 4 mL. No anesthesia for
the debridement.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: Right great toenail plate for PAS stain.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 59-year-old man, construction foreman, whose right great toenail is thick, lifting
and painful in work boots. The left toenails are thickened and uncomfortable. Oral terbinafine was stopped for
elevated liver enzymes. Permanent matrixectomy was offered and declined.

DESCRIPTION OF PROCEDURE: Time-out performed. The right foot was prepped and draped in the usual sterile
fashion. After a digital block and tourniquet, the nail plate of the right great toe was freed from the
eponychium and nail bed and removed completely. The nail bed was intact; the matrix was not treated.
Tourniquet off, pressure dressing applied. Then, without anesthesia, the four affected left toenails were
debrided in thickness and length with nail nippers and a rotary burr. The left great toenail was not avulsed.

DISPOSITION: Home. Soaks twice daily, open-toe shoe for 1 week.

June Abernathy, MD
""",
    "expected": E([L("11730", 1, "T5"), L("11720", 1, "XS")]),
    "coder_note": "4.8: one avulsion -> 11730 with digit modifier T5 (right great toe). Debridement of 4 different nails "
                  "-> 11720; 11730/11720 is indicator 1 with 11720 as column 2, different nails -> XS. No digit "
                  "modifiers on 11720 per conventions.",
})

SCENARIOS.append({
    "id": "s48-nail-matrixectomy-precoded-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial avulsion + phenol matrixectomy of the same left hallux border charged as 11730 + 11750 -> 11750-TA only",
    "date": "2026-02-11",
    "patient": ("Lowe-Hartigan", "Cormac", "2001-03-15", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, lateral border, recurrent", "L60.0", "Left great toe", reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion", "11730", "Left great toe, lateral border", reasons=["c1"]),
        P("Excision of nail matrix, partial, for permanent removal", "11750", "Left great toe, lateral border",
          reasons=["c1"]),
    ],
    "note_title": "Operative Report - Partial Matrixectomy",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Lowe-Hartigan, Cormac     DOB: 03/15/2001     DATE OF SERVICE: 02/11/2026

PREOPERATIVE DIAGNOSIS: Recurrent ingrown toenail, lateral border, left great toe (third episode in one year).
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Partial nail avulsion, lateral border, left great toe.
  2. Chemical matrixectomy (88% phenol), lateral border, left great toe, for permanent removal.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: Digital block, 1% lidocaine plain, 5 mL.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: None.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 24-year-old man with a third episode of painful ingrown lateral nail border with
granulation tissue. Two prior simple avulsions elsewhere did not prevent recurrence. Permanent narrowing of
the nail is indicated.

DESCRIPTION OF PROCEDURE: Time-out. The left foot was prepped and draped in the usual sterile fashion. After
a digital block and a Penrose tourniquet, the lateral 3 mm of the nail plate was split longitudinally to the
proximal nail fold and avulsed. The exposed lateral matrix horn was treated with 88% phenol, three 30-second
applications, then flushed with alcohol. Granulation tissue was debrided. Tourniquet removed; bulky dressing.
All work was on the same (lateral) border of the same nail.

DISPOSITION: Home. Daily soaks; expect drainage for 2-3 weeks. Follow-up in 2 weeks.

June Abernathy, MD
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"]),
    "coder_note": "11750/11730 is indicator 1 but both are on the same nail border (avulsion is part of the "
                  "matrixectomy), so no bypass -> 11730 removed. Digit modifier TA (left great toe) on 11750.",
})

SCENARIOS.append({
    "id": "s48-nail-debridement-seven-nails",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of 7 mycotic toenails -> 11721",
    "date": "2026-03-04",
    "patient": ("Prendergast", "Wilhelmina", "1963-05-19", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails, painful", "B35.1", "Bilateral toenails", reason=True),
    ],
    "procedures": [
        P("Debridement of toenails", site="Right toes 1-3; left toes 1-4",
          note="Seven thick, discolored, painful mycotic nails debrided with nippers and rotary burr: right great, "
               "2nd and 3rd toes; left great, 2nd, 3rd and 4th toes.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note - Procedure Visit",
    "note": CLINIC + """
SOAP NOTE - T. Vance, APRN, FNP-C        DOS 03/04/2026

S: 62 yo F, est, thick painful toenails, can't trim them herself because of arthritis in both hands. Pain in
closed shoes. Declined oral antifungals (on multiple meds). Asks about laser - not offered here.
O: Toenails R 1-3 and L 1-4: thickened (3-4 mm), yellow, subungual debris, tender to pressure. R 4-5 and L 5
normal. No paronychia, no ulceration. Pedal pulses palpable.
A: Onychomycosis, 7 nails, painful.
P: Debridement of the 7 affected nails (R 1, 2, 3; L 1, 2, 3, 4) with nippers and burr. No avulsion
performed. Efinaconazole 10% solution to nails nightly (Rx). RTC 10 weeks.
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "4.8: nail debridement 6 or more nails -> 11721 x1 (7 nails).",
})

SCENARIOS.append({
    "id": "s48-paring-three-lesions-medicaid",
    "family": "paring", "shape": "free-text",
    "description": "Paring of two calluses and one corn -> 11056 (2-4 lesions); Medicaid",
    "date": "2026-01-12",
    "patient": ("Greer-Holmes", "Delphine", "1970-12-01", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, feet, painful", "L84", "Bilateral plantar feet; left fifth toe",
          reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="Right plantar forefoot; left fifth toe",
          note="Three painful hyperkeratotic lesions pared with a #15 blade: callus under R 1st metatarsal head, "
               "callus under R 5th metatarsal head, hard corn L 5th toe lateral.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note - Procedure Visit",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C       DOS 01/12/2026

S: 55 yo F, est, works 10-h shifts standing at a warehouse; painful thick skin on the R forefoot and a corn on
the L little toe. OTC pads not helping.
O: R plantar foot: thick callus under 1st MTH (1.5 cm) and 5th MTH (1 cm). L 5th toe lateral: hard corn with
central core. No pinpoint bleeding or interrupted skin lines when pared (not warts). No ulceration.
A: Corns/calluses x3, painful.
P: Pared all three lesions with #15 blade to healthy skin, relieving pain. Urea 40% cream (Rx). Wider
toe-box shoes, silicone toe sleeve. RTC 8-10 weeks PRN.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8: paring 2-4 lesions -> 11056 (three lesions). Paring confirmed not warts.",
})

SCENARIOS.append({
    "id": "s48-paring-five-calluses-plantar-warts",
    "family": "paring", "shape": "note-only",
    "description": "NP: paring of 5 calluses plus destruction of 2 plantar warts (different lesions) -> 17110 + 11057-XS",
    "date": "2026-02-25",
    "patient": ("Szymanski", "Theodore", "1982-09-09", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Plantar warts, right heel, painful", "B07.0", "Right heel", reason=True),
        C("c2", "Calluses, bilateral soles, painful", "L84", "Bilateral soles", reason=True),
    ],
    "note_title": "Clinic Note - Procedure Visit",
    "note": CLINIC + """
SOAP NOTE - T. Vance, APRN, FNP-C / Dr. Abernathy on site       DOS 02/25/2026

S: 43 yo M, est, runner. Painful thick skin on both soles and 2 "warts" on R heel that hurt with every step.
OTC salicylic acid pads x 2 months - no change.
O: R heel: two 6-7 mm endophytic papules with pinpoint black dots and disrupted dermatoglyphics, tender to
lateral squeeze - plantar warts. Calluses: R 2nd MTH, R hallux medial, L 2nd MTH, L 5th MTH, L heel rim
(five total), skin lines preserved, no dots.
A: 1. Verruca plantaris x2, R heel, painful.
   2. Callosities x5, painful.
P: 1. Warts: pared, then LN2 3 freeze-thaw cycles to each of the 2 warts.
   2. Calluses: all five pared with #15 blade.
   Consent obtained. Tolerated well. Urea cream to calluses. RTC 3-4 weeks for repeat wart treatment.
""",
    "expected": E([L("17110"), L("11057", 1, "XS")]),
    "coder_note": "DS-2: 2 warts -> 17110 (paring the warts is part of the destruction). 4.8: 5 calluses -> 11057. "
                  "17110/11057 is indicator 1 with 11057 as column 2; different lesions -> XS on 11057.",
})

SCENARIOS.append({
    "id": "s48-patch-80-allergens-new-pt-25",
    "family": "patch-test", "shape": "note-only",
    "description": "NP new-patient evaluation of chronic hand dermatitis with Rx, then 80-allergen patch test application -> 99204-25 + 95044 x80",
    "date": "2026-01-26",
    "patient": ("Oduya", "Harriet", "1985-06-23", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis, suspected allergic contact", "L30.9", "Bilateral hands", reason=True),
    ],
    "note_title": "Clinic Note - New Patient + Patch Test Application",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C       DOS 01/26/2026       New patient

S: 40 yo F, dental hygienist, 8 months of itchy, cracking, painful hand rash; worse at work, better on
vacation. Tried OTC hydrocortisone and barrier creams. No personal atopy. Uses nitrile gloves and many
disinfectants. No nail changes, no rash elsewhere.
O: Bilateral dorsal hands and fingers: lichenified erythematous plaques with fissures on the fingertips;
vesicles on the lateral fingers. Palms mildly involved. Wrists/forearms clear. No pustules.
A: Chronic hand dermatitis - allergic contact dermatitis (occupational: acrylates, rubber accelerators,
biocides) vs irritant contact dermatitis vs dyshidrotic eczema.
P: 1. Clobetasol 0.05% ointment BID x 2 weeks then weekends only (Rx). Cotton liners under gloves. Bland
      emollient after each wash.
   2. Patch testing today: applied the 80-allergen comprehensive series (80 allergens) to the upper back.
      Avoid showering the back, no sun exposure. Readings at 48 h (01/28) and 96 h (01/30).
   3. Work note for glove-liner accommodation.

Level selected: 99204.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = number of allergens (80). The new-patient evaluation with prescription management of "
                  "the hand dermatitis is separately identifiable from the patch test application; 95044/99204 is "
                  "indicator 1 -> 25 on the E/M.",
})

SCENARIOS.append({
    "id": "s48-patch-118-allergens-mue-precoded",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch test application of 118 allergens pre-coded 95044 x118 -> capped at MUE 90",
    "date": "2026-02-16",
    "patient": ("Fenwick", "Cordelia", "1956-11-04", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Allergic contact dermatitis, face and scalp, unspecified cause", "L23.9", "Face; scalp",
          reason=True),
    ],
    "procedures": [
        P("Patch test application", "95044", "Upper back",
          note="Qty 118: comprehensive series 80 + hairdressing series 20 + cosmetics series 18.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note - Patch Test Application",
    "note": CLINIC + """
SOAP NOTE - T. Vance, APRN, FNP-C        DOS 02/16/2026

S: 69 yo F, est, recurrent eyelid, face and scalp-margin dermatitis x 1 year despite switching products. Former
hairdresser, still colors her own hair. Evaluated 02/02 (see that note); returns today for application only.
O: Mild residual erythema of the upper eyelids; back clear for testing.
A: Suspected allergic contact dermatitis of the face and scalp.
P: Patch tests applied to upper back: comprehensive series 80 allergens + hairdressing series 20 allergens +
cosmetic series 18 allergens = 118 allergens total. Instructions given. Readings 02/18 and 02/20.
No E/M today.
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = allergens (118) but the MUE is 90 (MAI 3); per README coding decisions units are "
                  "capped at the MUE with an mue finding.",
})

SCENARIOS.append({
    "id": "s48-photo-nbuvb-vitiligo-medicaid",
    "family": "phototherapy", "shape": "note-only",
    "description": "Narrowband UVB session for generalized vitiligo (actinotherapy) -> 96900; Medicaid MCO",
    "date": "2026-01-19",
    "patient": ("Chaudhry", "Amir", "2004-08-30", "male"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 15,
    "conditions": [
        C("c1", "Vitiligo, generalized", "L80", "Face, trunk, hands", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": CLINIC + """
PHOTOTHERAPY TREATMENT RECORD - NB-UVB (311 nm)
Ordering: June Abernathy, MD. Treatment delivered by phototherapy RN K. Osei; reviewed by T. Vance, APRN.
DOS 01/19/2026

S: 21 yo M, generalized nonsegmental vitiligo, session #14 of NB-UVB (3x/week). No burning or itching after
last session. Using tacrolimus 0.1% ointment to the face nightly.
O: Perifollicular repigmentation on the forearms and chest. No erythema from prior dose.
A: Vitiligo, generalized, responding.
P: NB-UVB whole-body booth, dose 620 mJ/cm2 (10% increase), goggles and genital shielding used. Tolerated
without erythema. Next session Wednesday. No PUVA, no tar, no excimer.
""",
    "expected": E([L("96900")], dx={"96900": ["L80"]}),
    "coder_note": "4.8: ultraviolet light therapy alone (NB-UVB) is actinotherapy 96900; no tar/petrolatum (96910) and "
                  "no psoralen (96912).",
})

SCENARIOS.append({
    "id": "s48-photo-puva-no-conventional-tx-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA for psoriasis with no documented failure of conventional therapy; ABN signed -> 96912-GA (Medicare FFS)",
    "date": "2026-02-02",
    "patient": ("Whitlock", "Bernard", "1953-03-28", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, moderate", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("PUVA photochemotherapy", site="Whole body",
          note="Oral methoxsalen 0.6 mg/kg taken 2 hours before. UVA 2.0 J/cm2 in the whole-body cabinet. Session "
               "#1. ABN (CMS-R-131) signed before treatment.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note - PUVA",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C / co-signed J. Abernathy, MD      DOS 02/02/2026

S: 72 yo M with plaque psoriasis ~12% BSA. Has used only OTC moisturizers and coal tar shampoo. Has NOT
tried prescription topical corticosteroids, vitamin D analogues or UVB; declines them ("had PUVA in the 1990s
and it worked"). Not disabling: working, sleeping, no joint disease.
O: Scattered plaques on trunk and limbs, BSA ~12%. No pustules or erythroderma.
A: Psoriasis vulgaris, moderate, no failed conventional therapy.
P: Explained that Medicare covers PUVA only for intractable, disabling psoriasis after conventional treatment
has failed, so this course is likely to be denied. He chose to proceed and signed the ABN (CMS-R-131)
before treatment. PUVA session #1 given today (methoxsalen 0.6 mg/kg PO, UVA 2.0 J/cm2). Eye protection
for 24 h. Also encouraged to start triamcinolone 0.1% ointment (Rx sent) - he will consider.
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / NCD 250.1: PUVA without failure of conventional therapy is expected to be denied as not "
                  "reasonable and necessary; ABN on file, Medicare FFS -> GA.",
})

SCENARIOS.append({
    "id": "s48-photo-excimer-310-sqcm-precoded",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer laser to psoriasis plaques totaling 310 sq cm pre-coded 96920 -> 96921",
    "date": "2026-03-06",
    "patient": ("Ilyina", "Oksana", "1979-01-17", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows, knees, sacrum", "L40.0", "Elbows; knees; sacrum", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment, psoriasis", "96920", "Elbows; knees; sacrum", reasons=["c1"]),
    ],
    "note_title": "Clinic Note - Excimer Laser",
    "note": CLINIC + """
SOAP NOTE - T. Vance, APRN, FNP-C        DOS 03/06/2026

S: 47 yo F, localized plaque psoriasis, excimer course session 6 of 13 (2x/week). 4 months of clobetasol and
calcipotriene without adequate control (per prior notes). Mild tenderness after the last session, no blisters.
O: Plaques measured today: R elbow 60 sq cm, L elbow 55 sq cm, R knee 70 sq cm, L knee 65 sq cm, sacrum
60 sq cm. Total treated area 310 sq cm. Thinner scale than at baseline.
A: Localized plaque psoriasis (BSA ~4%), improving.
P: 308-nm excimer laser to all five plaques, total treated area 310 sq cm, dose per protocol (reduced 10% on
elbows for tenderness). Tolerated well. Continue topicals on non-treatment days.
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "4.8: excimer is coded by total area treated: 250-500 sq cm -> 96921 (not 96920).",
})

# =================================================================================================================
# Batch 5: skin tags, cosmetic, repairs, mixed sessions
# =================================================================================================================

SCENARIOS.append({
    "id": "s48-tags-22-irritated-precoded",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Removal of 22 irritated, bleeding skin tags (neck, axillae) pre-coded 11200 + 11201 x2 -> 11201 x1",
    "date": "2026-01-09",
    "patient": ("Montgomery-Sills", "Yvonne", "1958-02-21", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, inflamed and bleeding, neck and axillae", "L91.8", "Neck; bilateral axillae",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, first 15", "11200", "Neck; axillae", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", "11201", "Neck; axillae", note="Qty 2.", reasons=["c1"]),
    ],
    "note_title": "Operative Report - Removal of Skin Tags",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Montgomery-Sills, Yvonne     DOB: 02/21/1958     DATE OF SERVICE: 01/09/2026

PREOPERATIVE DIAGNOSIS: Multiple irritated acrochordons, neck and axillae, several bleeding and inflamed.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Removal of skin tags by scissor excision and electrocautery, 22 lesions total: anterior and lateral neck
     14, right axilla 5, left axilla 3.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: Topical lidocaine 4% cream 30 minutes before; 1% lidocaine with epinephrine for the larger
axillary tags, 2 mL.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: None sent.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 67-year-old woman whose neck tags catch on her necklace and collar and bleed onto
her clothing (three episodes in the last month, seen by me at the previous visit with dried blood and crust),
and whose axillary tags are red, swollen and sore from bra-strap and deodorant irritation. These are
symptomatic lesions with documented trauma, bleeding and inflammation; not a cosmetic request.

DESCRIPTION OF PROCEDURE: Time-out. The areas were cleansed and prepped in the usual sterile fashion. Each tag
was grasped with forceps and snipped at its base with curved iris scissors; bases were touched with
electrocautery for hemostasis. Count confirmed with the nurse: 22 tags. Petrolatum applied.

DISPOSITION: Home. Keep areas clean; avoid necklaces for one week.

June Abernathy, MD
""",
    "expected": E([L("11200"), L("11201")], topics=["coding-correction"], dx={"11200": ["L91.8"]}),
    "coder_note": "Conventions: 11201 = ceil((22 - 15) / 10) = 1 unit, not 2. Bleeding, inflammation and documented "
                  "trauma meet BSL-3, so covered (no GY).",
})

SCENARIOS.append({
    "id": "s48-tags-cosmetic-voluntary-abn-gx-gy",
    "family": "skin-tags", "shape": "free-text",
    "description": "Nine asymptomatic neck skin tags removed for appearance, Medicare FFS, voluntary ABN -> 11200-GX-GY",
    "date": "2026-02-20",
    "patient": ("Ellingsworth", "Clive", "1955-09-13", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck", reason=True),
    ],
    "procedures": [
        P("Snip removal of skin tags", site="Lateral and posterior neck",
          note="Nine asymptomatic pedunculated tags, 1-3 mm, removed with iris scissors at patient request for "
               "appearance. Voluntary ABN (notice of non-covered cosmetic service) signed before removal.",
          reasons=["c1"]),
    ],
    "note_title": "Clinic Note - Procedure Visit",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C       DOS 02/20/2026

S: 70 yo M, est. Wants the "little tags" on his neck removed before his daughter's wedding - doesn't like how
they look in photos. Denies itching, bleeding, irritation, catching on collar, pain or growth. No change.
O: Neck: 9 soft skin-colored pedunculated papules 1-3 mm, no erythema, no crust, no hemorrhage.
A: Acrochordons x9, asymptomatic; removal is cosmetic.
P: Explained Medicare does not cover cosmetic removal; he accepted self-pay and signed a voluntary ABN
before the procedure. Snip removal of all 9 tags with iris scissors, aluminum chloride hemostasis.
No specimens. Tolerated well.
""",
    "expected": E([L("11200", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4 / conventions: cosmetic (statutorily excluded) service for Medicare FFS -> GY, plus GX "
                  "because a voluntary ABN was documented.",
})

SCENARIOS.append({
    "id": "s48-cos-sk-cryo-medicare-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "LN2 to 7 asymptomatic SKs for appearance, Medicare FFS, no ABN -> 17110-GY",
    "date": "2026-01-23",
    "patient": ("Hargreaves", "Muriel", "1950-05-17", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, back and abdomen, asymptomatic", "L82.1", "Back; abdomen", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of seborrheic keratoses", site="Upper back; abdomen",
          note="Seven asymptomatic stuck-on keratoses (back 4, abdomen 3), treated with LN2 at patient request "
               "because she dislikes their appearance. No ABN signed.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": CLINIC + """
SOAP NOTE - T. Vance, APRN, FNP-C        DOS 01/23/2026

S: 75 yo F, est, wants "these brown spots" frozen off; says they look ugly in a swimsuit. No itching,
bleeding, irritation, inflammation or recent change. No personal history of skin cancer.
O: Back x4 and abdomen x3: waxy stuck-on tan-brown papules 4-9 mm, typical SK on dermoscopy. No erythema,
crust or bleeding. No atypical features - no diagnostic uncertainty.
A: Seborrheic keratoses x7, asymptomatic - cosmetic request.
P: Discussed that treatment of asymptomatic SKs is cosmetic. She wants them treated today. LN2 to all
7 lesions, 1 cycle each. Did not sign an ABN. Aftercare given.
""",
    "expected": E([L("17110", 1, "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/BSL-5/COS-2: asymptomatic L82.1 with no BSL-3 reason is cosmetic; Medicare FFS -> GY (no GX "
                  "because no voluntary ABN). 7 benign lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s48-cos-cheek-nevus-shave-precoded-abn",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Shave removal of 0.8 cm benign intradermal nevus of left cheek for appearance; Medicare FFS with voluntary ABN; pre-coded 11311 without modifiers -> 11311-GX-GY",
    "date": "2026-02-27",
    "patient": ("Velasquez-Orr", "Annette", "1959-04-04", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal nevus, left cheek, asymptomatic", "D22.39", "Left cheek", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Shave removal, face", "11311", "Left cheek", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left cheek, shave: intradermal melanocytic nevus. No atypia.", "site": "Left cheek"},
    ],
    "note_title": "Operative Report - Shave Removal",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Velasquez-Orr, Annette      DOB: 04/04/1959      DATE OF SERVICE: 02/27/2026

PREOPERATIVE DIAGNOSIS: Benign-appearing dome-shaped flesh-colored papule, left cheek, 0.8 cm, unchanged for
more than 20 years.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Shave removal, left cheek, lesion diameter 0.8 cm (cosmetic).

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 1 mL.
ESTIMATED BLOOD LOSS: Negligible.
SPECIMENS: To pathology at patient request.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 66-year-old woman who wishes to have a long-standing mole removed for appearance
only. It does not bleed, itch, hurt, catch on clothing or obstruct anything, and it has not changed;
dermoscopy is benign and there is no clinical concern for malignancy. I explained that Medicare does not pay
for cosmetic removal. She signed a voluntary ABN acknowledging that she will pay.

DESCRIPTION OF PROCEDURE: Time-out performed. The cheek was prepped and draped in the usual sterile fashion.
The papule was removed flush with the surrounding skin by a horizontal shave with a flexible blade.
The base was feathered for cosmesis and hemostasis obtained with aluminum chloride. No sutures.

DISPOSITION: Home. Petrolatum daily until healed.

June Abernathy, MD
""",
    "expected": E([L("11311", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: nevus removal with no BSL-3 reason is cosmetic; Medicare FFS with a voluntary ABN -> "
                  "GY + GX. Face 0.8 cm -> 11311 (code itself correct).",
})

SCENARIOS.append({
    "id": "s48-repair-lacerations-three-sites",
    "family": "repair", "shape": "free-text",
    "description": "Laceration repairs: simple 2.0 cm forearm + simple 3.0 cm leg summed (12002) and layered 1.8 cm chin (12051)",
    "date": "2026-02-07",
    "patient": ("Kettleborough", "Sean", "1990-10-10", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Laceration without foreign body, right forearm", "S51.811A", "Right forearm", reason=True),
        C("c2", "Laceration without foreign body, left lower leg", "S81.812A", "Left lower leg", reason=True),
        C("c3", "Laceration without foreign body, chin", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Laceration repair", site="Right forearm",
          note="2.0 cm clean superficial laceration, closed with 4-0 nylon simple interrupted, single layer.",
          reasons=["c1"]),
        P("Laceration repair", site="Left lower leg (shin)",
          note="3.0 cm superficial laceration, single-layer closure with 4-0 nylon.", reasons=["c2"]),
        P("Laceration repair, layered", site="Chin",
          note="1.8 cm laceration through dermis into subcutaneous fat; deep layer 5-0 Monocryl, skin 6-0 nylon.",
          reasons=["c3"]),
    ],
    "note_title": "Operative Report - Laceration Repairs",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Kettleborough, Sean       DOB: 10/10/1990       DATE OF SERVICE: 02/07/2026

PREOPERATIVE DIAGNOSIS: Lacerations of the right forearm, left shin and chin after a fall through a glass
storm door this morning. Sent from the hospital urgent care for repair of the facial wound by dermatologic
surgery.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Simple repair, right forearm, 2.0 cm.
  2. Simple repair, left shin, 3.0 cm.
  3. Intermediate (layered) repair, chin, 1.8 cm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 8 mL total.
ESTIMATED BLOOD LOSS: 10 mL.
SPECIMENS: None.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 35-year-old man with three fresh lacerations. Tetanus updated at urgent care. Plain
films there showed no retained glass.

DESCRIPTION OF PROCEDURE: Time-out. Each wound was irrigated with 250 mL of saline and explored; no foreign
body, no tendon or nerve involvement, and no heavy contamination. Each area was prepped and draped in the usual
sterile fashion. The right forearm laceration (2.0 cm) and the left shin laceration (3.0 cm) were superficial
and were closed in a single layer with 4-0 nylon simple interrupted sutures. The chin laceration (1.8 cm)
extended into the subcutaneous fat and was closed in layers: buried 5-0 Monocryl dermal sutures and 6-0 nylon
for the skin.

DISPOSITION: Home. Suture removal: chin 5 days, forearm 10 days, shin 12 days. Wound-care handout.

June Abernathy, MD
""",
    "expected": E([L("12002"), L("12051")]),
    "coder_note": "REP-1/REP-2: simple repairs of the arm and leg are in the same group -> summed 5.0 cm -> 12002. The "
                  "layered chin repair is intermediate, face group, 1.8 cm -> 12051. Different complexity/groups are "
                  "not added.",
})

SCENARIOS.append({
    "id": "s48-repair-forehead-complex-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Complex repair 4.5 cm forehead after outside Mohs, pre-coded 13131 (1.1-2.5 cm) -> 13132",
    "date": "2026-01-16",
    "patient": ("Aldridge", "Percival", "1943-07-31", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma, left forehead, status post Mohs by outside surgeon today", "C44.319",
          "Left forehead", reason=True),
    ],
    "procedures": [
        P("Complex repair, forehead", "13131", "Left forehead", reasons=["c1"]),
    ],
    "note_title": "Operative Report - Complex Repair",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Aldridge, Percival       DOB: 07/31/1943       DATE OF SERVICE: 01/16/2026

PREOPERATIVE DIAGNOSIS: Surgical defect of the left forehead following Mohs micrographic surgery for basal cell
carcinoma, performed this morning by Dr. P. Haddad at Lakeview Mohs Center (separate practice).
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Complex repair, left forehead, 4.5 cm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 8 mL; supraorbital nerve block.
ESTIMATED BLOOD LOSS: 15 mL.
SPECIMENS: Trimmed wound-edge tissue discarded.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 82-year-old man referred same day for reconstruction of a 2.2 x 1.6 cm Mohs defect
of the left forehead extending to the frontalis. I did not perform the Mohs surgery or read its slides.

DESCRIPTION OF PROCEDURE: Time-out. The forehead was prepped and draped in the usual sterile fashion. The
wound edges, which were ragged and partly devitalized from cautery, were debrided sharply. Extensive
undermining was carried out in the subgaleal plane over a width of more than the defect diameter on each side
to allow closure without tension on the brow. Burow's triangles were excised at each pole. The galea was
closed with 4-0 Vicryl, the dermis with buried 5-0 Monocryl and the skin with 6-0 Prolene running sutures.
Final repair length 4.5 cm. No flap tissue was transposed or rotated.

DISPOSITION: Home. Sutures out in 7 days. Head of bed elevated tonight.

June Abernathy, MD
""",
    "expected": E([L("13132")], topics=["coding-correction"], dx={"13132": ["C44.319"]}),
    "coder_note": "REP-3: debridement of wound edges plus extensive undermining -> complex. REP-2: forehead group, "
                  "4.5 cm -> 13132 (2.6-7.5), not 13131. Mohs was by another practice, so only the repair is ours.",
})

SCENARIOS.append({
    "id": "s48-repair-back-complex-addon",
    "family": "repair", "shape": "note-only",
    "description": "Op report: delayed complex repair 10.5 cm of upper back defect after outside Mohs -> 13101 + 13102",
    "date": "2026-02-06",
    "patient": ("Ferreira-Blum", "Dagmar", "1962-12-19", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 90,
    "conditions": [
        C("c1", "Basal cell carcinoma, morpheaform, left upper back, excised by Mohs", "C44.519", "Left upper back",
          reason=True),
    ],
    "note_title": "Operative Report - Complex Repair, Back",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Ferreira-Blum, Dagmar     DOB: 12/19/1962     DATE OF SERVICE: 02/06/2026

PREOPERATIVE DIAGNOSIS: Open surgical defect, left upper back, 4.0 x 3.2 cm, status post Mohs surgery for
morpheaform basal cell carcinoma on 02/05/2026 at an outside Mohs practice (tumor-free margins).
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE(S) PERFORMED:
  1. Complex repair, trunk, 10.5 cm.

SURGEON: June Abernathy, MD
ASSISTANT: L. Okonjo, PA-C
ANESTHESIA: 0.5% lidocaine with epinephrine, 25 mL.
ESTIMATED BLOOD LOSS: 25 mL.
SPECIMENS: None.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 63-year-old woman referred for delayed reconstruction of a large Mohs defect of the
upper back, dressed overnight by the Mohs surgeon.

DESCRIPTION OF PROCEDURE: The patient was placed prone; time-out performed. The back was prepped and draped in
the usual sterile fashion. The fibrinous, devitalized wound edges were debrided sharply back to bleeding
tissue. Because of high tension over the scapula, extensive undermining was performed at the level of the
muscular fascia for 4 cm on each side. The defect was converted to an ellipse, and the wound was closed in
three layers: 2-0 Vicryl fascial/subcutaneous, 3-0 Monocryl buried dermal and 4-0 Prolene running
subcuticular. Final repair length 10.5 cm. No flap or graft was used. A negative-pressure dressing was
considered but not needed.

DISPOSITION: Home. Restrict overhead lifting for 3 weeks. Sutures out at 14 days.

June Abernathy, MD
""",
    "expected": E([L("13101"), L("13102")]),
    "coder_note": "REP-3: debridement + extensive undermining -> complex. Trunk 10.5 cm -> 13101 (first 7.5 cm) + "
                  "13102 x1 (each additional 5 cm or less beyond 7.5: 3.0 cm -> 1 unit).",
})

SCENARIOS.append({
    "id": "s48-mixed-pilar-cyst-plus-cosmetic-sks",
    "family": "mixed", "shape": "note-only",
    "description": "Op report: excision of painful pilar cyst of scalp (2.0 cm excised diameter -> 11422) plus self-pay cosmetic shave of two temple SKs (commercial) -> removed",
    "date": "2026-03-09",
    "patient": ("Okwuosa", "Gregory", "1967-01-28", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 55,
    "conditions": [
        C("c1", "Pilar cyst, occipital scalp, painful", "L72.11", "Occipital scalp", reason=True),
        C("c2", "Seborrheic keratoses, right temple, asymptomatic", "L82.1", "Right temple", reason=True),
    ],
    "path": [
        {"text": "A. Occipital scalp, excision: pilar (trichilemmal) cyst, intact. B. Right temple, shave x2: "
                 "seborrheic keratoses.", "site": "Occipital scalp; right temple"},
    ],
    "note_title": "Operative Report - Cyst Excision and Cosmetic Shaves",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Okwuosa, Gregory       DOB: 01/28/1967       DATE OF SERVICE: 03/09/2026

PREOPERATIVE DIAGNOSES:
  1. Painful pilar cyst, occipital scalp, 1.8 cm.
  2. Two asymptomatic seborrheic keratoses, right temple, 0.4 and 0.5 cm - cosmetic request.
POSTOPERATIVE DIAGNOSES: Same.

PROCEDURE(S) PERFORMED:
  1. Excision of cyst, occipital scalp, lesion 1.8 cm with 1 mm margin; simple closure.
  2. Shave removal of two seborrheic keratoses, right temple (COSMETIC, SELF-PAY).

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 6 mL total.
ESTIMATED BLOOD LOSS: 5 mL.
SPECIMENS: A - scalp cyst; B - temple lesions.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 59-year-old man with a firm scalp cyst that is sore when he lies on it and when he
wears his work helmet. He also asked me to remove two brown spots on his temple because he dislikes how they
look; they are asymptomatic and clinically typical seborrheic keratoses. He was told his insurer will not
cover the temple removals and agreed to pay the clinic's cosmetic fee directly.

DESCRIPTION OF PROCEDURE: Time-out. The occipital scalp was clipped, prepped and draped in the usual sterile
fashion. The cyst measured 1.8 x 1.6 cm. A fusiform incision with a 1 mm margin of overlying skin was made and
the intact cyst was dissected free and delivered. The wound was closed in a single layer with staples; no
deep sutures were needed. The right temple was then prepped, and both keratoses were shaved flush with a
flexible blade; aluminum chloride hemostasis.

DISPOSITION: Home. Staples out in 10 days.

June Abernathy, MD
""",
    "expected": E([L("11422")], topics=["cosmetic"], dx={"11422": ["L72.11"]}),
    "coder_note": "EX-1: 1.8 + 2 x 0.1 = 2.0 cm on the scalp -> 11422 (symptomatic). Conventions: cosmetic service for a "
                  "commercial payer -> shave lines removed, cosmetic finding (patient billed directly).",
})

SCENARIOS.append({
    "id": "s48-mixed-em25-bx-aks-precoded-g2211",
    "family": "mixed", "shape": "pre-coded",
    "description": "E/M for stasis dermatitis flare with Rx + tangential biopsy + 6 AKs; G2211 charged with the E/M-25 -> 99214-25, 11102, 17000-XS, 17003 x5; G2211 dropped",
    "date": "2026-02-10",
    "patient": ("Tremblay", "Lucien", "1945-09-05", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Chronic venous insufficiency with stasis dermatitis, bilateral lower legs, flaring", "I87.2", "Bilateral lower legs", reason=True),
        C("c2", "Pink scaly papule, left upper back - biopsied", None, "Left upper back", reason=True),
        C("c3", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Visit complexity add-on", "G2211", reasons=["c1"]),
        P("Tangential biopsy of skin, single lesion", "11102", "Left upper back", reasons=["c2"]),
        P("Destruction premalignant lesion, first", "17000", "Scalp", reasons=["c3"]),
        P("Destruction premalignant lesions, 2-14", "17003", "Scalp", note="Qty 5.", reasons=["c3"]),
    ],
    "path": [
        {"text": "Skin, left upper back, shave biopsy: superficial basal cell carcinoma, extending to peripheral "
                 "margins.", "site": "Left upper back"},
    ],
    "note_title": "Clinic Note",
    "note": CLINIC + """
SOAP NOTE - Teodora Vance, APRN, FNP-C / co-signed June Abernathy, MD      DOS 02/10/2026

S: 80 yo M, est. 1) Both lower legs itchy, weeping and red x 3 wks; known venous insufficiency, stopped wearing
compression. 2) New pink scaly spot on L upper back, noticed by wife, 2 months. 3) Rough spots on scalp.
O: Bilateral lower legs: erythematous scaly eczematous plaques with serous crust and hemosiderin staining over
medial ankles, 1+ pitting edema. No ulcer, no warmth or streaking. L upper back: 0.7 cm pink scaly thin
plaque with fine telangiectasias. Scalp: 6 gritty erythematous AKs (vertex 4, L parietal 2).
A: 1. Stasis dermatitis, acute flare. 2. Lesion L upper back, r/o BCC. 3. AK x6, scalp.
P: 1. Triamcinolone 0.1% ointment BID to legs x 2 wks (Rx); restart 20-30 mmHg compression stockings, leg
      elevation; mupirocin to crusted areas (Rx). Follow up 4 wks.
   2. Tangential (shave) biopsy L upper back after consent; aluminum chloride hemostasis. Path pending.
   3. LN2 to the 6 scalp AKs, 2 cycles each.

Charges entered: 99214-25, G2211, 11102, 17000, 17003 x5.
""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 5)]),
    "coder_note": "GS-3: stasis dermatitis management with prescriptions is separately identifiable -> 99214-25. EM-6: "
                  "G2211 is not payable with an E/M carrying 25 -> removed. 11102/17000 indicator 1 (different lesion) "
                  "-> XS on 17000; no PTP edit 11102/17003, so 17003 x5 carries no modifier.",
})

SCENARIOS.append({
    "id": "s48-mixed-punch-forearm-shave-thigh",
    "family": "mixed", "shape": "note-only",
    "description": "Op report: punch biopsy right forearm plaque + shave removal of separate 0.8 cm bleeding nevus left thigh -> 11104 + 11301-XS; Medicaid",
    "date": "2026-03-06",
    "patient": ("Dombrowski", "Agata", "1997-05-12", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Annular scaly plaque, right forearm - biopsied", None, "Right volar forearm", reason=True),
        C("c2", "Compound nevus, left anterior thigh, traumatized and bleeding", "D22.72", "Left anterior thigh",
          reason=True),
    ],
    "path": [
        {"text": "A. Right forearm, punch: granuloma annulare. B. Left thigh, shave: compound melanocytic nevus, "
                 "traumatized, no atypia.", "site": "Right forearm; left thigh"},
    ],
    "note_title": "Operative Report - Punch Biopsy and Shave Removal",
    "note": SUITE + """
OPERATIVE REPORT

PATIENT: Dombrowski, Agata       DOB: 05/12/1997       DATE OF SERVICE: 03/06/2026

PREOPERATIVE DIAGNOSES:
  A. Annular plaque, right volar forearm, 3 cm - granuloma annulare vs tinea vs sarcoidosis.
  B. Pedunculated pigmented papule, left anterior thigh, 0.8 cm, catches on clothing and bleeds.
POSTOPERATIVE DIAGNOSES: Same, pending pathology.

PROCEDURE(S) PERFORMED:
  1. Punch biopsy, right volar forearm, 4 mm.
  2. Shave removal, left anterior thigh, lesion diameter 0.8 cm.

SURGEON: June Abernathy, MD
ASSISTANT: None.
ANESTHESIA: 1% lidocaine with epinephrine, 1 mL per site.
ESTIMATED BLOOD LOSS: Minimal.
SPECIMENS: A and B separately to dermatopathology.
DRAINS: None.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 28-year-old woman with two unrelated lesions. Site A needs a diagnostic sample (KOH
negative in clinic). Site B has bled four times this month after catching on her jeans zipper; she wants it
off. A third lesion, a flat brown macule on the left shin, looks benign and was left alone.

DESCRIPTION OF PROCEDURE: Time-out. Site A was prepped and draped in the usual sterile fashion; a 4 mm punch
was taken from the active border and closed with one 4-0 nylon suture. Site B was prepped and draped in the
usual sterile fashion; the entire papule was removed by horizontal shave at its base with a flexible blade
and the base lightly electrodesiccated for hemostasis. No sutures at site B.

DISPOSITION: Home. Suture removal in 10 days. Results by phone.

June Abernathy, MD
""",
    "expected": E([L("11104"), L("11301", 1, "XS")]),
    "coder_note": "BX-1: punch biopsy -> 11104. SH-1: complete removal of the thigh papule 0.8 cm -> 11301 (removal, "
                  "not biopsy). 11104/11301 is indicator 1 with 11301 as column 2; different lesion -> XS.",
})
