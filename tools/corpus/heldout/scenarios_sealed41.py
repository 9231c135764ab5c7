"""Sealed set 41 (s41-): coding lead of a multispecialty medical group on eClinicalWorks.

Tri-County Medical Associates, Dermatology department (Elm Street and Route 9 offices). Two dermatologists,
Dr. Luca Marchetti (marchetti) and Dr. Ines Castellanos (castellanos, also does Mohs), and one dermatology PA,
Jordan Pike PA-C (pike), sharing the group's generic eCW SOAP templates: Reason for Appointment / HPI / ROS /
Physical Exam / Assessments with inline ICD codes / Treatment (orders, e-prescriptions) / Procedures with
labelled template fields (some left blank) / Follow Up, lab-order lines, quoted referral letters and addenda.
Payers mostly commercial and Medicare Advantage, some Medicaid, a few Medicare FFS.

Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# Batch 1
# =============================================================================================================

SCENARIOS.append({
    "id": "s41-bx-punch-and-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "One punch bx (left upper back) + two tangential bx (right forearm, left shin); assessments coded "
                   "D48.5 pre-path; path posted",
    "date": "2025-10-14",
    "patient": ("Greer", "Annalise", "1968-05-02", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Neoplasm of uncertain behavior of skin", "D48.5", "Left upper back", reason=True),
        C("c2", "Neoplasm of uncertain behavior of skin", "D48.5", "Right dorsal forearm", reason=True),
        C("c3", "Neoplasm of uncertain behavior of skin", "D48.5", "Left shin", reason=True),
        C("c4", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [
        {"text": "A. Skin, left upper back, punch: Compound dysplastic nevus with mild architectural disorder and "
                 "mild cytologic atypia; lateral margin involved.", "site": "Left upper back", "date": "2025-10-17"},
        {"text": "B. Skin, right dorsal forearm, shave: Squamous cell carcinoma in situ (Bowen disease), "
                 "transected at the base.", "site": "Right dorsal forearm", "date": "2025-10-17"},
        {"text": "C. Skin, left shin, shave: Basal cell carcinoma, superficial type, extending to a peripheral "
                 "margin.", "site": "Left shin", "date": "2025-10-17"},
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
GREER, ANNALISE   DOB: 05/02/1968   Sex: Female   Acct #: 4410872
Provider: Ines Castellanos, MD        Date: 10/14/2025
Insurance: BCBS PPO

Reason for Appointment
1. Spots on back, arm and leg - pt wants checked

History of Present Illness
57 yo female, established pt (last seen 2023), here for three lesions:
 - mole on L upper back that her husband says is darker and bigger over ~4 mo. No bleeding.
 - rough scaly spot R forearm x 6 mo, scratches it off and it comes back.
 - pink shiny spot L shin, slow growing, bled once after shaving.
Hx BCC L upper arm excised 2019 (Dr. Kwan). No hx melanoma. FHx: mother with melanoma in her 70s.

Current Medications: Levothyroxine 75 MCG daily; Vitamin D3 2000 UNIT daily (reconciled)
Allergies: Sulfa (rash)

Review of Systems
 Skin: lesions as per HPI. Denies rash, pruritus.
 Constitutional: no fever, no weight loss.

Physical Exam
 General: well appearing, NAD.
 Skin: focused exam of back, arms and legs.
  L upper back: 7 mm irregularly pigmented macule w/ darker eccentric area, border notched.
  R dorsal forearm: 9 mm erythematous scaly plaque.
  L shin: 6 mm pink pearly papule w/ arborizing vessels on dermoscopy.
  Well healed linear scar L upper arm, no nodularity.

Assessments
1. Neoplasm of uncertain behavior of skin - D48.5 (Primary), L upper back - r/o dysplastic nevus vs melanoma
2. Neoplasm of uncertain behavior of skin - D48.5, R forearm - r/o SCC/SCCIS
3. Neoplasm of uncertain behavior of skin - D48.5, L shin - r/o BCC
4. Personal history of other malignant neoplasm of skin - Z85.828

Treatment
1. Neoplasm of uncertain behavior of skin
 LAB: Surgical pathology, 3 specimens (A-C) - Tri-County Dermatopathology
 Notes: Biopsy x3 today, see procedure notes. Will call w/ results. If melanocytic lesion is severely atypical or
 melanoma, will schedule re-excision.

Procedures
Procedure Note #1 - Biopsy   Site: L upper back (A)   Method: punch, 4 mm
 Consent: verbal and written   Time-out: Y   Anesthesia: 1% lido w/ epi 1 cc   Closure: 4-0 nylon x2
 Specimen sent: Y   Est. blood loss: minimal   Complications: none
Procedure Note #2 - Biopsy   Site: R dorsal forearm (B)   Method: tangential (shave) biopsy w/ DermaBlade
 Consent: verbal and written   Anesthesia: 1% lido w/ epi 0.5 cc   Hemostasis: aluminum chloride   Closure:
 Specimen sent: Y   Est. blood loss: minimal
Procedure Note #3 - Biopsy   Site: L shin (C)   Method: tangential (shave) biopsy
 Consent: verbal and written   Anesthesia: 1% lido w/ epi 0.5 cc   Hemostasis: aluminum chloride   Closure:
 Specimen sent: Y   Est. blood loss: minimal

Wound care instructions given (printed). Vaseline + bandage daily.

Follow Up
 10-14 days for suture removal (back), sooner prn

Electronically signed by Ines Castellanos, MD on 10/14/2025 at 05:02 PM EDT
Sign off status: Completed
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, the two shave biopsies are 11103 x2 (own-technique "
                  "add-on). Path posted (DX-2): dysplastic nevus D22.5 replaces the pre-path D48.5.",
})

SCENARIOS.append({
    "id": "s41-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two tangential biopsies pre-coded with deleted 11100/11101 from an old eCW favorites list",
    "date": "2025-09-23",
    "patient": ("Vukovich", "Stanley", "1949-11-20", "male"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left temple", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Biopsy skin lesion", cpt="11100", site="Left temple",
          note="Tangential biopsy (shave) w/ flexible blade, 0.7 cm pearly papule. Specimen A to path.",
          reasons=["c1"]),
        P("Biopsy skin lesion, ea addl", cpt="11101", site="Right upper back",
          note="Tangential biopsy (shave), 1.1 cm crusted, inflamed, irritated papule. Specimen B to path.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left temple, shave biopsy: Basal cell carcinoma, nodular pattern, extending to deep margin.",
         "site": "Left temple", "date": "2025-09-26"},
        {"text": "B. Right upper back, shave biopsy: Irritated (inflamed) seborrheic keratosis. No atypia.",
         "site": "Right upper back", "date": "2025-09-26"},
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
VUKOVICH, STANLEY  DOB 11/20/1949  M   Humana Gold Plus HMO
Provider: Jordan Pike, PA-C   Supervising: L. Marchetti, MD   DOS 09/23/2025

Reason for Appointment
1. bump on L temple 2. itchy spot on back

HPI: 75M. L temple bump x 3 mo, bleeds on and off, not healing. Back spot gets caught on his belt/back
brace and has been red and sore for a couple weeks.

ROS: Skin as HPI. Otherwise negative.

Physical Exam
 L temple: 0.7 cm pearly papule w/ telangiectasia, central crust.
 R upper back: 1.1 cm stuck-on tan-brown papule, erythematous rim, crusted, tender.

Assessments
1. Neoplasm of skin, L temple - r/o BCC
2. Inflamed SK vs other, R upper back

Treatment
 Biopsy x2 (tangential), specimens A and B to path.
 LAB: Surgical pathology x2
 Notes: will discuss Mohs vs excision for temple depending on path.

Procedures
 Procedure: Biopsy, tangential   Site: L temple
 Consent: verbal and written   Anesthesia: 1% lido w/ epi 1 cc   Specimen sent: Y
 Hemostasis: Drysol   Est. blood loss: minimal   Complications: none
 Procedure: Biopsy, tangential   Site: R upper back
 Consent: verbal and written   Anesthesia: 1% lido w/ epi 1 cc   Specimen sent: Y
 Hemostasis: Drysol   Est. blood loss: minimal   Complications: none

Procedure Codes: 11100 (bx), 11101 (bx, addl) - from old favorites list

Addendum 09/26/2025 (J. Pike): Path A = nodular BCC L temple, pt notified, referred to Dr. Castellanos for Mohs.
Path B = irritated SK. No further tx.

Electronically signed by Jordan Pike, PA-C on 09/23/2025 at 03:40 PM EDT
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"], dx={"11102": ["C44.319"]}),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1). Both biopsies are tangential -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s41-bx-lip-wedge-and-forearm-punch",
    "family": "biopsy", "shape": "free-text",
    "description": "Wedge biopsy of lower-lip vermilion (site-specific 40490) + punch bx of right forearm eruption; "
                   "Medicaid MCO",
    "date": "2025-11-04",
    "patient": ("Delacroix-Oyelaran", "Tobias", "1961-02-17", "male"),
    "provider": "marchetti", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Actinic cheilitis, lower lip", "L56.8", "Lower lip vermilion", reason=True),
        C("c2", "Lichen planus", "L43.9", "Right volar forearm", reason=True),
    ],
    "procedures": [
        P("Wedge biopsy lower lip", site="Lower lip, vermilion, left of midline",
          note="Full-thickness wedge of vermilion with #15 blade, 6 x 4 mm, persistent scaly eroded patch. "
               "Closed w/ 5-0 Vicryl rapide. Specimen A.", reasons=["c1"]),
        P("Punch biopsy 4mm", site="Right volar forearm",
          note="4 mm punch of a violaceous flat-topped papule, different site from the lip. 4-0 nylon x1. "
               "Specimen B (H&E).", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Lower lip, wedge biopsy: Actinic cheilitis with mild keratinocytic atypia. No invasive "
                 "carcinoma.", "site": "Lower lip", "date": "2025-11-07"},
        {"text": "B. Right forearm, punch biopsy: Lichenoid interface dermatitis, consistent with lichen planus.",
         "site": "Right volar forearm", "date": "2025-11-07"},
    ],
    "note_title": "Office Visit",
    "note": """TRI-COUNTY MEDICAL ASSOCIATES / DERMATOLOGY
Patient: Tobias Delacroix-Oyelaran   DOB 02/17/1961   Molina Medicaid
Provider: Luca Marchetti, MD   Visit date: 11/04/2025

Chief Complaint: lip won't heal; itchy bumps R arm

HPI: 64 yo M, outdoor roofer. Lower lip scaly and raw x 5 months despite lip balm, bleeds when he eats
citrus. Separately, itchy purple bumps on the R wrist/forearm x 2 mo, some on the ankles too. No new meds.
No oral lesions he has noticed.

ROS: neg for fever, joint pain. Skin as above.

Physical Exam:
 Lips: L lower vermilion w/ 6 mm scaly eroded patch, blurred vermilion border, no induration.
 Oral mucosa: faint lacy white striae R buccal mucosa.
 R volar forearm/wrist: multiple flat-topped violaceous polygonal papules, Wickham striae.

Assessments:
1. Actinic cheilitis vs SCC, lower lip - biopsy
2. Lichenoid eruption R forearm, favor lichen planus - biopsy

Treatment:
 - Wedge bx lower lip (A), 4 mm punch bx R forearm (B). Both to path.
 - Rx: triamcinolone 0.1% ointment, apply BID to arm lesions x 2 weeks  (e-prescribed)
 - LAB: Hepatitis C antibody (LP work-up)
 - SPF lip balm daily, wide brim hat.
 - If SCC on path -> refer for excision / Mohs. Not discussed further today.

Procedures: see procedure entries (consent: verbal and written; anesthesia: 1% lido w/ epi 1.5 cc lip,
1 cc arm; specimens sent: Y x2; est. blood loss: minimal; complications: none)

Follow Up: 2 weeks, review path, suture removal

Electronically signed by Luca Marchetti, MD on 11/04/2025 at 04:51 PM EST
""",
    "expected": E([L("40490"), L("11104", 1, "XS")], dx={"40490": ["L56.8"], "11104": ["L43.9"]}),
    "coder_note": "BX-1: lip vermilion biopsy uses the site-specific 40490 (not 11106). 40490/11104 is a PTP pair with "
                  "indicator 1 and the punch is a different lesion/site -> XS on the column-2 code 11104. No E/M "
                  "selected, so none is added.",
})

SCENARIOS.append({
    "id": "s41-cos-sk-ln2-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "LN2 of 4 asymptomatic SKs for appearance; Medicare FFS; voluntary ABN signed -> 17110 GX+GY",
    "date": "2025-12-02",
    "patient": ("Halloran", "Bernadette", "1951-08-09", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratosis", "L82.1", "Face and upper chest", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
HALLORAN, BERNADETTE   DOB 08/09/1951   F
Insurance: Medicare Part B (Novitas)   Secondary: none
Provider: Jordan Pike, PA-C     Date: 12/02/2025

Reason for Appointment
1. Wants "age spots" frozen off

History of Present Illness
74 yo F, est pt. Would like 4 brown spots removed - 2 on the R cheek, 1 L jawline, 1 upper chest. Says they
make her look older and she wants them gone before her granddaughter's wedding in January.
Denies itching, bleeding, irritation, catching on clothing, or any recent change in size or color. Has had
them for years.

Review of Systems
 Skin: negative except as above.

Physical Exam
 Four 4-7 mm waxy, stuck-on tan-brown papules: R cheek x2, L jawline x1, upper chest x1. Classic SK on
 dermoscopy (milia-like cysts, comedo-like openings). No inflammation, no erythema, no crust. No atypical
 features.

Assessments
1. Seborrheic keratosis - L82.1 (Primary) x4, asymptomatic

Treatment
1. Seborrheic keratosis
 Notes: Explained that removal of SKs that are not irritated/inflamed is cosmetic and is not a Medicare
 benefit. Pt still wishes to proceed. Voluntary ABN (CMS-R-131) given and signed - pt chose option 1 and is
 aware she will be responsible. Copy scanned to chart.

Procedures
 Procedure: Cryotherapy (LN2), benign lesions
 Number of lesions: 4
 Sites: R cheek x2, L jawline, upper chest
 Consent: verbal and written
 Anesthesia: none
 Freeze: 2 cycles, 5-10 sec each
 Specimen sent: N
 Est. blood loss: none
 Complications: none
 Post-care: blister care handout

Follow Up
 prn

Electronically signed by Jordan Pike, PA-C on 12/02/2025 at 11:18 AM EST
Sign off status: Completed
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: asymptomatic SK (L82.1, no BSL-3 reason) on Medicare FFS is statutorily excluded -> "
                  "GY, plus GX because a voluntary ABN is documented. 4 lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s41-cos-botox-glabella-commercial",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic onabotulinumtoxinA to glabella/forehead, self-pay; commercial payer -> nothing on claim",
    "date": "2025-10-21",
    "patient": ("Abernethy-Sloan", "Corinne", "1983-03-28", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Encounter for cosmetic surgery", "Z41.1", reason=True),
        C("c2", "Dynamic rhytides, glabella and forehead", None, "Glabella; forehead"),
    ],
    "procedures": [
        P("Botox Cosmetic - glabella and forehead", site="Glabella; frontalis",
          note="onabotulinumtoxinA (Botox Cosmetic) 20 units glabellar complex (5 points), 8 units frontalis "
               "(4 points). Cosmetic consent signed. Self-pay, paid at check-out.", reasons=["c1", "c2"]),
    ],
    "note_title": "Cosmetic Procedure Note",
    "note": """Tri-County Medical Associates - Dermatology (Aesthetic schedule)
Patient: Corinne Abernethy-Sloan   DOB 03/28/1983
Provider: Ines Castellanos, MD    Date: 10/21/2025

Chief Complaint: Botox touch-up

HPI: 42F here for neuromodulator for frown lines and forehead lines, last treated 4 months ago, good result.
No weakness, ptosis or reaction last time. Not pregnant or breastfeeding. No neuromuscular disease.

Exam: moderate dynamic glabellar lines, mild horizontal forehead lines at rest.

Assessment: Dynamic rhytides glabella/forehead - cosmetic (Z41.1)

Plan:
 - Botox Cosmetic as per procedure entry. Lot # C8841C3, exp 04/2026.
 - Consent: verbal and written. Photos taken.
 - Anesthesia: ice only.   Est. blood loss: none.   Complications: none.
 - Discussed HA filler for nasolabial folds - she will think about it, not today.
 - Self-pay, cosmetic price list; not billed to insurance.

Follow Up: 2 wks for touch-up prn

Electronically signed by Ines Castellanos, MD on 10/21/2025 at 02:15 PM EDT
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "COS-2: Botox for rhytids is cosmetic. Commercial payer -> no line on the claim (patient billed "
                  "directly, conventions 'Non-Medicare cosmetic services'). Filler only discussed, not done.",
})

SCENARIOS.append({
    "id": "s41-cos-shave-sk-face-medicare-gy",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Shave removal of two asymptomatic facial SKs pre-coded 11310 + 11311 without GY; Medicare FFS, "
                   "no ABN",
    "date": "2026-01-13",
    "patient": ("Ferreira", "Augusto", "1946-06-30", "male"),
    "provider": "marchetti", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratosis", "L82.1", "Left cheek", reason=True),
        C("c2", "Seborrheic keratosis", "L82.1", "Right temple", reason=True),
    ],
    "procedures": [
        P("Shave removal, face", cpt="11310", site="Left cheek",
          note="0.4 cm SK shaved flush, Drysol hemostasis. Not sent.", reasons=["c1"]),
        P("Shave removal, face", cpt="11311", site="Right temple",
          note="0.9 cm SK shaved flush, Drysol hemostasis. Not sent.", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
FERREIRA, AUGUSTO   DOB 06/30/1946   M   Ins: Medicare Part B
Provider: Luca Marchetti, MD   Date: 01/13/2026

Reason for Appointment: remove 2 spots on face

HPI: 79 yo M. Two brown growths on the face he finds unsightly ("people stare at them"). No bleeding, no
itch, no pain, no growth lately, not irritated by shaving. Wife wants them off too.

Physical Exam: L cheek 0.4 cm and R temple 0.9 cm verrucous stuck-on tan papules, dermoscopy typical of SK.
No erythema, no crust, no inflammation.

Assessments
1. Seborrheic keratosis - L82.1, L cheek
2. Seborrheic keratosis - L82.1, R temple

Treatment
 Discussed that removal is cosmetic since the lesions are benign and asymptomatic. Pt elected shave removal
 today. No ABN on file (front desk did not have him sign one).

Procedures
 Procedure: Shave removal x2
 Consent: verbal and written
 Anesthesia: 1% lido w/ epi 1 cc total
 Lesion size: 0.4 cm (L cheek); 0.9 cm (R temple)
 Hemostasis: aluminum chloride
 Specimen sent: N
 Est. blood loss: minimal
 Complications: none

Follow Up: prn

Electronically signed by Luca Marchetti, MD on 01/13/2026 at 10:02 AM EST
""",
    "expected": E([L("11310", 1, "GY"), L("11311", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: asymptomatic L82.1 removal on Medicare FFS is statutorily excluded -> GY on each line "
                  "(GY needs no ABN; no GX because no voluntary notice). Size bands 0.4 -> 11310, 0.9 -> 11311 are "
                  "right as pre-coded.",
})

SCENARIOS.append({
    "id": "s41-ds-ak-eleven-scalp-hand",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 of eleven AKs (7 scalp + 4 right hand) counted in words and per site; MA PPO",
    "date": "2025-10-28",
    "patient": ("Brandvold", "Gunnar", "1944-12-05", "male"),
    "provider": "marchetti", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp; right dorsal hand", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
BRANDVOLD, GUNNAR   DOB: 12/05/1944   Male   Aetna Medicare Advantage PPO
Provider: Luca Marchetti, MD          DOS: 10/28/2025

Reason for Appointment
1. Rough spots on scalp and hands - 6 mo f/u

History of Present Illness
80M, retired farmer, hx SCC R ear (excised 2023, clear). Returns for AK check. Scalp spots "come and go",
a few on the R hand are tender when he grips tools. Used 5-FU 2022 with a bad reaction, does not want it.

Review of Systems
 Skin: as per HPI. Constitutional: neg.

Physical Exam
 Scalp (bald vertex/frontal): seven gritty erythematous scaly papules.
 R dorsal hand: four similar hyperkeratotic papules.
 L hand: few lentigines, no AKs.
 R ear: well healed scar, no recurrence.
 No lymphadenopathy.

Assessments
1. Actinic keratosis - L57.0 (Primary)
2. Personal history of other malignant neoplasm of skin - Z85.828

Treatment
1. Actinic keratosis
 Notes: LN2 to eleven AKs today (seven on the scalp, four on the right dorsal hand). Discussed field tx
 (5-FU, imiquimod, PDT) - pt declines field tx again; will reconsider PDT next visit.
2. Personal history of other malignant neoplasm of skin
 Notes: ear site NED. Sun protection, hat.

Procedures
 Procedure: Destruction premalignant lesions - cryotherapy
 Number of lesions: 11
 Sites: scalp (7), R dorsal hand (4)
 Consent: verbal
 Anesthesia: none
 Freeze-thaw cycles: 2
 Specimen sent: N
 Est. blood loss: none
 Complications: none

Follow Up
 6 months

Electronically signed by Luca Marchetti, MD on 10/28/2025 at 09:47 AM EDT
""",
    "expected": E([L("17000"), L("17003", 10)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 11 AKs -> 17000 + 17003 x10. PDT and field therapy only discussed.",
})

SCENARIOS.append({
    "id": "s41-ds-ak-precoded-17003-x17",
    "family": "destruction", "shape": "pre-coded",
    "description": "18 AKs pre-coded 17000 + 17003 x17 -> 17004 x1; Medicare Advantage HMO",
    "date": "2025-11-18",
    "patient": ("Whitcombe", "Eleanor", "1940-04-14", "female"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face, scalp, forearms", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Face", reasons=["c1"],
          note="LN2, first lesion."),
        P("Destruction premalignant lesions 2-14 (x17 units)", cpt="17003", site="Face, scalp, bilateral forearms",
          reasons=["c1"], note="Units entered: 17. LN2 to the remaining lesions."),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology
Pt: WHITCOMBE, ELEANOR   DOB 04/14/1940   F   Humana Gold Plus HMO
Provider: Ines Castellanos, MD   Date of service: 11/18/2025

Reason for Appointment: AK treatment

HPI: 85 yo F, many rough spots face/scalp/arms, some tender. Last LN2 1 yr ago.

Physical Exam:
 Face: 6 AKs (forehead 3, L cheek 2, nasal dorsum 1)
 Scalp: 5 AKs
 R forearm: 4 AKs   L forearm: 3 AKs
 Total eighteen (18) hyperkeratotic erythematous papules c/w AK.

Assessments:
1. Actinic keratoses, multiple - L57.0

Treatment:
 Cryotherapy to all 18 AKs. Handout. Sunscreen.
 Consider 5-FU to forearms in spring - not started.

Procedures:
 Procedure: LN2 destruction, premalignant   Lesion count: 18
 Consent: verbal and written   Anesthesia: none   Specimen sent: N   Est. blood loss: none
 Complications: none

Follow Up: 6 months

Electronically signed by Ines Castellanos, MD on 11/18/2025 at 03:12 PM EST
""",
    "expected": E([L("17004")], topics=["coding-correction"]),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000 + 17003 (17004/17000 and "
                  "17004/17003 are indicator 0; 17003 x17 also exceeds its MUE of 13).",
})

SCENARIOS.append({
    "id": "s41-ds-warts-hand-plus-aks-face",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 of 3 painful hand warts (17110) and 2 facial AKs (17000 + 17003) same session; XS on the "
                   "AK lines",
    "date": "2025-09-30",
    "patient": ("Nakashima", "Trevor", "1972-07-19", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris", "B07.8", "Left index finger, left thumb, right palm", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Left temple; nasal dorsum", reason=True),
    ],
    "procedures": [
        P("Cryo - verruca vulgaris x3", site="L index finger, L thumb, R palm",
          note="3 common warts, tender with gripping, one bleeding after picking. LN2 2 cycles each.",
          reasons=["c1"]),
        P("LN2 AK x2", site="L temple, nasal dorsum",
          note="2 AKs, separate sites from the warts. LN2 1 cycle each.", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
NAKASHIMA, TREVOR   53 M   DOB 07/19/1972   UnitedHealthcare Choice Plus
Jordan Pike, PA-C   09/30/2025

Reason for Appointment: warts on hands; rough spots on face

HPI: Warts x 8 months, OTC salicylic acid failed. L index fingertip wart hurts when typing, R palm wart
bleeds when he picks it. Two rough pink spots on the face that come back after picking.

ROS: negative except skin.

Physical Exam: L index finger 5 mm, L thumb 4 mm, R palm 6 mm verrucous papules w/ thrombosed capillaries.
L temple and nasal dorsum: 4-5 mm gritty erythematous scaly papules.

Assessments:
1. Verruca vulgaris - B07.8 (3)
2. Actinic keratosis - L57.0 (2)

Treatment:
 - LN2 to warts x3 and AKs x2 (see procedures).
 - Continue salicylic acid 40% pads nightly to warts after blisters heal.
 - If warts persist after 3 tx, consider candida antigen injections - not today.

Procedures: Consent: verbal. Anesthesia: none. Specimen sent: N. Est. blood loss: none. Complications: none.

Follow Up: 4 weeks wart re-tx

Electronically signed by Jordan Pike, PA-C on 09/30/2025 at 01:27 PM EDT
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 1, "XS")]),
    "coder_note": "DS-2/DS-1/DS-3: 3 warts -> 17110 x1; 2 AKs -> 17000 + 17003 x1. 17110/17000 and 17110/17003 are "
                  "PTP indicator 1 with 17110 as column 1; different lesions -> XS on both AK lines.",
})

SCENARIOS.append({
    "id": "s41-em-isotretinoin-start-labs",
    "family": "em", "shape": "note-only",
    "description": "Established nodulocystic acne, isotretinoin start with iPLEDGE and baseline labs; ILK offered "
                   "and declined; 99214 as selected",
    "date": "2025-11-11",
    "patient": ("Oduya", "Marisol", "2004-09-03", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris", "L70.0", "Face, chest, back", reason=True),
        C("c2", "Encounter for other general counseling and advice on contraception", "Z30.09"),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
ODUYA, MARISOL   DOB 09/03/2004   F   Aetna HMO
Provider: Ines Castellanos, MD    Date: 11/11/2025

Reason for Appointment
1. Acne follow up - discuss Accutane

History of Present Illness
21 yo F, est pt. Nodulocystic acne face, chest and back, scarring. Failed doxycycline 100 mg BID x 4 months
(completed 09/2025), spironolactone 100 mg x 5 months, tretinoin 0.05% and BPO wash. Continues to get deep
painful cysts monthly, new ice-pick scars on cheeks. Wants to start isotretinoin. Not pregnant, has an IUD
(placed 2023), agrees to second form of contraception (condoms). No hx depression; PHQ-2 negative.

Current Medications
 - Spironolactone 100 MG tablet daily (stopping today)
 - Tretinoin 0.05% cream qhs

Review of Systems
 Psych: no depression, no SI. GI: no IBD sx. Eyes: no night vision problems.

Physical Exam
 Face: multiple inflammatory papules, 4 nodules/cysts on jawline and cheeks, ice-pick and boxcar scars.
 Chest/back: numerous papulopustules, 3 cysts upper back, PIH.

Assessments
1. Acne vulgaris, nodulocystic with scarring - L70.0 (Primary)
2. Contraception counseling - Z30.09

Treatment
1. Acne vulgaris
 Rx: Isotretinoin 40 MG capsule 1 capsule daily with food - to be released after iPLEDGE confirmation
 Rx: Aquaphor, SPF 30 moisturizer
 Notes: Registered in iPLEDGE today. Risks reviewed in detail (teratogenicity, mood changes, lipids, LFTs,
 dryness, epistaxis, night vision). Consent signed. Stop spironolactone and tretinoin.
 Offered intralesional Kenalog to the two most painful jawline cysts today - she declined, prefers to wait for
 isotretinoin.
 LAB: Lipid panel (fasting), CMP, hCG quantitative serum - drawn today in the group lab
 LAB: repeat urine hCG at 30 days in CLIA lab per iPLEDGE
2. Contraception counseling
 Notes: two forms documented in iPLEDGE (IUD + condoms).

Procedures
 Procedure: none performed today

Follow Up
 30 days (monthly iPLEDGE visits)

Electronically signed by Ines Castellanos, MD on 11/11/2025 at 04:38 PM EST
Sign off status: Completed
""",
    "expected": E([L("99214")], dx={"99214": ["L70.0"]}),
    "coder_note": "E/M only, provider-selected 99214 kept (prescription drug management; isotretinoin with lab "
                  "monitoring supports it). Intralesional injection was offered and declined: nothing to code.",
})

# =============================================================================================================
# Batch 2
# =============================================================================================================

SCENARIOS.append({
    "id": "s41-em-screening-fse-medicare-new",
    "family": "em", "shape": "note-only",
    "description": "New Medicare FFS patient sent by PCP for a routine skin check: no history, no complaint, nothing "
                   "found -> 99203-GY",
    "date": "2025-12-09",
    "patient": ("Lindqvist-Moore", "Harold", "1955-01-22", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
LINDQVIST-MOORE, HAROLD   DOB 01/22/1955   M
Insurance: Medicare Part B (Novitas)
Provider: Luca Marchetti, MD    Date: 12/09/2025    Visit type: New patient

Reason for Appointment
1. Skin check - referred by PCP

Referral (scanned, Dr. Anjali Rao, Tri-County Internal Medicine, 11/18/2025):
 "Dear Dr. Marchetti, Please see Mr. Lindqvist-Moore, 70, for a routine full skin examination. He has no skin
 complaints and no history of skin cancer; he is asking for a baseline check because a friend was recently
 diagnosed with melanoma. Thank you, Anjali Rao, MD"

History of Present Illness
70 yo M here for a screening skin exam. No new or changing lesions, no bleeding or itchy spots, no rashes.
No personal hx of skin cancer, no hx of blistering sunburns, no tanning beds. No family hx of melanoma.
Not immunosuppressed.

Current Medications
 - Atorvastatin 20 MG tablet daily
 - Tamsulosin 0.4 MG capsule qhs

Past Medical History
 Hyperlipidemia. BPH.

Allergies
 NKDA

Review of Systems
 Skin: negative. Constitutional: negative.

Physical Exam
 Full skin exam (scalp, face, ears, neck, chest, abdomen, back, buttocks, arms, legs, hands, feet, nails) with
 dermoscopy of pigmented lesions: Fitzpatrick II. No suspicious lesions identified. No lesions requiring
 biopsy or treatment. Nails and scalp normal.

Assessments
1. Encounter for screening for malignant neoplasm of skin - Z12.83 (Primary)

Treatment
1. Screening
 Notes: Reassured. Discussed ABCDEs, monthly self-exam, SPF 30+. No procedures. Told pt that Medicare does
 not cover screening skin exams; pt understands.

Follow Up
 prn / self-monitor

Electronically signed by Luca Marchetti, MD on 12/09/2025 at 09:31 AM EST
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README Coding decisions: Medicare screening-only full-skin exam (no history, no complaint, "
                  "nothing found) -> E/M with GY. New patient level kept as selected.",
})

SCENARIOS.append({
    "id": "s41-em-psoriasis-wart-g2211-with-25",
    "family": "em", "shape": "pre-coded",
    "description": "Psoriasis flare work-up (Rx change, pre-biologic labs) + LN2 of a painful finger wart; pre-coded "
                   "99214 without 25 and G2211; Medicare FFS (NGS)",
    "date": "2026-01-20",
    "patient": ("Carrow", "Dennis", "1957-10-11", "male"),
    "provider": "castellanos", "payer": "medicare-ngs", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, lower back, scalp", reason=True),
        C("c2", "Verruca vulgaris", "B07.8", "Left index finger", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesion - wart", cpt="17110", site="Left index finger",
          note="LN2 x1 wart, 2 cycles.", reasons=["c2"]),
        P("Visit complexity add-on", cpt="G2211", reasons=["c1"],
          note="Longitudinal psoriasis care (auto-added by eCW order set)."),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
CARROW, DENNIS   DOB 10/11/1957   M   Medicare Part B (NGS)
Provider: Ines Castellanos, MD    DOS 01/20/2026

Reason for Appointment
1. Psoriasis worse 2. Wart L finger

History of Present Illness
68M with plaque psoriasis followed here since 2021. Worse over the past 2 months since he stopped coming in
during the holidays - new plaques on the lower back and scalp, itchy, cracking on the elbows. Using
triamcinolone 0.1% cream BID without benefit. No joint pain or swelling. Also a wart on the L index finger for
4 months that is painful when he writes and has split twice.

Review of Systems
 MSK: no joint pain, no morning stiffness. Skin: as HPI.

Physical Exam
 Psoriasis: well-demarcated erythematous plaques with silvery scale on bilateral elbows, knees, lower back and
 scalp, BSA ~6%. Nails: few pits, no onycholysis.
 L index finger (radial side): 6 mm verrucous papule with fissure, tender.

Assessments
1. Psoriasis vulgaris - L40.0 (Primary) - flaring, not at goal
2. Verruca vulgaris - B07.8, L index finger, painful

Treatment
1. Psoriasis vulgaris
 Rx: Calcipotriene-betamethasone dipropionate foam, apply daily to body plaques x 4 wks
 Rx: Clobetasol 0.05% solution to scalp BID weekdays
 Notes: Stop triamcinolone. Discussed systemic/biologic if not controlled - pt interested. Pre-biologic labs
 ordered today.
 LAB: QuantiFERON-TB Gold Plus; CBC w/ diff; CMP; Hepatitis B sAg, core Ab; Hepatitis C Ab
2. Verruca vulgaris
 Notes: LN2 today (see procedure). Repeat in 3-4 wks prn.

Procedures
 Procedure: Cryotherapy - wart
 Site: L index finger   Number of lesions: 1
 Consent: verbal   Anesthesia: none   Specimen sent: N   Est. blood loss: none   Complications: none

Follow Up
 4-6 weeks (psoriasis, lab review)

Electronically signed by Ines Castellanos, MD on 01/20/2026 at 11:55 AM EST
""",
    "expected": E([L("99214", 1, "25"), L("17110")]),
    "coder_note": "GS-3: psoriasis flare with prescription drug management and labs is significant and separately "
                  "identifiable from the wart destruction -> 99214-25 + 17110. EM-6: G2211 is not payable with an E/M "
                  "carrying 25 -> dropped.",
})

SCENARIOS.append({
    "id": "s41-po-contact-derm-in-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Poison-ivy dermatitis visit 6 days after a benign excision (010 global) -> 99213-24",
    "date": "2025-10-09",
    "patient": ("Ashby", "Clarissa", "1979-06-14", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to plants, except food", "L23.7", "Bilateral forearms, neck",
          reason=True),
    ],
    "prior": [PRIOR("2025-10-03", "11403", "Excision benign lesion, trunk", site="Upper back",
                    note="Excision epidermoid cyst upper back, excised diameter 2.6 cm; simple closure.")],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
ASHBY, CLARISSA   DOB 06/14/1979   F   BCBS PPO
Jordan Pike, PA-C    10/09/2025

Reason for Appointment
1. Itchy rash arms/neck - walk-in

History of Present Illness
46F, s/p excision of epidermoid cyst upper back on 10/03/2025 (by me), sutures due out 10/13. Today comes in
for a different problem: pulled weeds and vines in her yard on Saturday, since Monday intensely itchy streaky
blistering rash on both forearms and the L side of the neck. Tried Benadryl cream. No fever. Not near the
excision site.

Review of Systems
 Skin: as HPI. Eyes: no swelling. Resp: no SOB.

Physical Exam
 Bilateral forearms: linear vesicles and edematous erythematous streaks. L neck: erythematous papulovesicular
 patch 6 cm. Face spared.
 Upper back excision site: incidentally seen - clean, sutures intact, no erythema. No action needed.

Assessments
1. Allergic contact dermatitis due to plants (poison ivy) - L23.7 (Primary)

Treatment
1. Allergic contact dermatitis
 Rx: Prednisone 10 MG tablet, 12-day taper (60 mg x2d ...), #42
 Rx: Triamcinolone 0.1% cream BID to arms, not face
 Notes: Stop Benadryl cream. Wash clothes/gloves. Call if fever or spreading to face/eyes.

Procedures
 none

Follow Up
 10/13 suture removal as scheduled

Electronically signed by Jordan Pike, PA-C on 10/09/2025 at 12:40 PM EDT
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: E/M for an unrelated problem inside the 10-day global of 11403 (10/03) -> modifier 24. The "
                  "incidental glance at the wound is not a separate service.",
})

SCENARIOS.append({
    "id": "s41-po-suture-removal-99024",
    "family": "post-op", "shape": "free-text",
    "description": "Suture removal 9 days after malignant excision + layered repair; provider selected 99212 -> "
                   "99024",
    "date": "2025-11-20",
    "patient": ("Gallardo", "Ruben", "1950-03-03", "male"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma of skin of other part of trunk", "C44.529", "Left upper back"),
    ],
    "prior": [PRIOR("2025-11-11", "11602", "Excision malignant lesion, trunk", site="Left upper back",
                    note="SCC L upper back, excised diameter 1.8 cm; layered closure 4.2 cm."),
              PRIOR("2025-11-11", "12032", "Intermediate repair, trunk", site="Left upper back")],
    "procedures": [
        P("Suture removal", site="Left upper back",
          note="8 interrupted 4-0 nylon removed. Wound well approximated, no dehiscence, no infection. "
               "Steri-strips applied.", reasons=["c1"]),
    ],
    "note_title": "Nurse/Provider Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
GALLARDO, RUBEN   DOB 03/03/1950   M   Humana Gold Plus HMO
Luca Marchetti, MD   11/20/2025

Reason for Appointment: suture removal

HPI: 75M s/p excision of SCC L upper back with layered closure 11/11/2025. Path: well-differentiated SCC,
margins clear. No pain, no drainage.

Exam: L upper back linear incision 4.2 cm, well healed, no erythema/drainage.

Assessments
1. Encounter for removal of sutures - Z48.02
2. SCC L upper back, s/p excision, margins clear

Treatment
 Sutures removed (see procedure). Scar care: silicone gel after 2 weeks. Skin check in 3 months.

Follow Up: 3 months FSE

Electronically signed by Luca Marchetti, MD on 11/20/2025 at 08:50 AM EST
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit (suture removal) inside the 10-day global of the 11/11 "
                  "excision and repair by the same physician -> 99024, no E/M.",
})

SCENARIOS.append({
    "id": "s41-po-new-punch-bx-in-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Punch biopsy of a new right thigh lesion 5 days after a benign back excision (010 global); "
                   "pre-coded 11104 without 79",
    "date": "2025-12-16",
    "patient": ("Trevisani", "Maura", "1988-08-25", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Dermatofibroma", "D23.71", "Right anterior thigh", reason=True),
    ],
    "prior": [PRIOR("2025-12-11", "11402", "Excision benign lesion, trunk", site="Left mid back",
                    note="Atypical nevus L mid back excised, excised diameter 1.5 cm, simple closure.")],
    "procedures": [
        P("Punch biopsy", cpt="11104", site="Right anterior thigh",
          note="4 mm punch, firm pink-brown papule, new since summer, growing. 4-0 nylon x1.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Right anterior thigh, punch biopsy: Dermatofibroma (benign fibrous histiocytoma).",
         "site": "Right anterior thigh", "date": "2025-12-19"},
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
TREVISANI, MAURA   DOB 08/25/1988   F   UHC Choice Plus
Provider: Ines Castellanos, MD   Date: 12/16/2025

Reason for Appointment: new bump R thigh

HPI: 37F, s/p excision of atypical nevus L mid back 12/11/2025 (me), doing well. Today concerned about a new
firm bump on the R thigh since summer, slowly growing, occasionally itchy. Unrelated to the back.

Physical Exam: R anterior thigh 7 mm firm pink-brown papule, dimple sign equivocal, atypical dermoscopy
(central white network, irregular vessels). L mid back excision site: healing well, steri-strips on.

Assessments
1. Neoplasm of skin R thigh - r/o dermatofibroma vs other - biopsy

Treatment
 LAB: Surgical pathology x1
 Punch biopsy today (see procedure).

Procedures
 Procedure Note - Biopsy
  Site: R anterior thigh   Method: punch 4 mm
  Consent: verbal and written   Anesthesia: 1% lido w/ epi 1 cc
  Closure: 4-0 nylon x1   Specimen sent: Y   Est. blood loss: minimal   Complications: none

Follow Up: back suture removal 12/22 as scheduled

Addendum 12/19/2025: path = dermatofibroma. Pt notified via portal. No further treatment.

Electronically signed by Ines Castellanos, MD on 12/16/2025 at 02:05 PM EST
""",
    "expected": E([L("11104", 1, "79")], topics=["global-period"], dx={"11104": ["D23.71"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion, different site) during the 10-day global of 11402 (12/11) -> "
                  "79 on the biopsy. The glance at the back site is not separately coded.",
})

SCENARIOS.append({
    "id": "s41-id-axilla-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a left axillary abscess, culture, doxycycline; Medicaid FFS",
    "date": "2025-09-16",
    "patient": ("Batiste", "Kendra", "1996-12-01", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
BATISTE, KENDRA   DOB 12/01/1996   F   Texas Medicaid (TMHP)
Provider: Jordan Pike, PA-C   Date: 09/16/2025

Reason for Appointment
1. Painful lump L armpit (same-day add-on)

History of Present Illness
28F, painful swelling L axilla x 4 days, getting bigger, started draining a little this morning. Shaves
underarms. No fever or chills. No prior boils. No hx hidradenitis.

Review of Systems
 Constitutional: no fever. Skin: as HPI.

Physical Exam
 L axilla: 2 cm fluctuant erythematous tender nodule with central pustule, 1 cm surrounding erythema.
 No lymphangitic streaking. No other axillary or groin lesions, no sinus tracts or scarring.

Assessments
1. Cutaneous abscess of left axilla - L02.412 (Primary)

Treatment
1. Cutaneous abscess of left axilla
 Rx: Doxycycline hyclate 100 MG capsule BID x 7 days
 LAB: Wound culture, aerobic, w/ sensitivities - swab sent
 Notes: warm compresses TID, dressing changes daily. Return if fever, spreading redness.

Procedures
Procedure Note - Incision and Drainage
 Site: L axilla
 Indication: fluctuant abscess
 Consent: verbal and written
 Prep: chlorhexidine
 Anesthesia: 1% lido w/ epi 2 cc
 Incision: #11 blade, 8 mm linear
 Findings: ~2 cc purulent material expressed. No loculations.
 Packing: none needed
 Irrigation: NS
 Specimen sent: culture swab
 Est. blood loss: minimal
 Complications: none
 Dressing: dry gauze

Follow Up
 3-5 days wound check

Electronically signed by Jordan Pike, PA-C on 09/16/2025 at 04:22 PM EDT
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single abscess, no loculations, no packing -> simple I&D 10060. No E/M selected.",
})

SCENARIOS.append({
    "id": "s41-id-buttock-loculated-packed",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Complicated I&D of right buttock abscess: loculations broken, irrigated, iodoform packing",
    "date": "2025-10-07",
    "patient": ("Marchand", "Desmond", "1985-02-09", "male"),
    "provider": "marchetti", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
    ],
    "procedures": [
        P("I&D abscess - complex", site="Right buttock",
          note="3.5 cm fluctuant abscess. 1.5 cm incision, multiple loculations broken up with a hemostat, "
               "copious purulence, irrigated with 60 cc NS, packed with 1/4 in iodoform gauze ~12 cm. Culture sent.",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """TRI-COUNTY MEDICAL ASSOCIATES - DERMATOLOGY
MARCHAND, DESMOND   DOB 02/09/1985   M   Aetna HMO
Provider: Luca Marchetti, MD   10/07/2025

Reason for Appointment: boil on buttock x 1 week

HPI: 40M, painful R buttock lump x 7 days, can't sit. Took leftover cephalexin x 3 days, no help. Low-grade
temp 99.6 last night. Non-diabetic (A1c 5.4 in July).

Exam: R buttock 3.5 x 3 cm fluctuant indurated tender abscess, 2 cm surrounding erythema. No crepitus.

Assessment: Abscess R buttock - L02.31

Plan:
 - I&D today (procedure entry). Consent: verbal and written. Anesthesia: 1% lido w/ epi 5 cc (field block).
   Est. blood loss: minimal. Complications: none.
 - LAB: Wound culture aerobic/anaerobic
 - Rx: TMP-SMX DS 1 tab BID x 10 days
 - Packing removal/change in 48 h with nurse; sitz baths after.

Follow Up: 2 days

Electronically signed by Luca Marchetti, MD on 10/07/2025 at 05:12 PM EDT
""",
    "expected": E([L("10061")], dx={"10061": ["L02.31"]}),
    "coder_note": "Loculations broken, irrigation and packing -> complicated I&D 10061.",
})

SCENARIOS.append({
    "id": "s41-id-precoded-two-abscesses-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two infected cysts drained at one session (upper back, posterior neck) pre-coded 10060 on two "
                   "lines -> 10061 x1",
    "date": "2025-11-25",
    "patient": ("Pettigrew", "Lyle", "1953-07-27", "male"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of back", "L02.212", "Upper back", reason=True),
        C("c2", "Cutaneous abscess of neck", "L02.11", "Posterior neck", reason=True),
    ],
    "procedures": [
        P("I&D abscess, simple", cpt="10060", site="Upper back",
          note="Infected epidermoid cyst 2.5 cm, fluctuant. Incised, purulent material and cyst contents "
               "expressed.", reasons=["c1"]),
        P("I&D abscess, simple", cpt="10060", site="Posterior neck",
          note="Second infected cyst 1.5 cm, fluctuant. Incised and drained.", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
PETTIGREW, LYLE   DOB 07/27/1953   M   Aetna Medicare Advantage PPO
Provider: Ines Castellanos, MD    DOS: 11/25/2025

Reason for Appointment
1. Two painful cysts back and neck

HPI: 72M with known epidermoid cysts. Upper back cyst red, swollen and painful x 5 days; neck cyst since
3 days. No fever.

Physical Exam
 Upper back: 2.5 cm fluctuant erythematous tender nodule with punctum.
 Posterior neck: 1.5 cm fluctuant erythematous tender nodule.

Assessments
1. Abscess of back (infected epidermoid cyst) - L02.212
2. Abscess of neck (infected epidermoid cyst) - L02.11

Treatment
 I&D of both today. Rx: Cephalexin 500 MG capsule QID x 7 days. Warm compresses.
 Discussed excision of the cyst walls once inflammation settles (6-8 weeks) - to be scheduled.

Procedures
 Procedure Note - I&D x2 (upper back, posterior neck)
  Consent: verbal and written
  Anesthesia: 1% lido w/ epi 3 cc total
  Findings: purulent material and keratinous debris from both
  Packing: none
  Specimen sent: N
  Est. blood loss: minimal
  Complications: none

Follow Up: 1 week

Electronically signed by Ines Castellanos, MD on 11/25/2025 at 10:40 AM EST
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "Two abscesses drained at one session = 'multiple' -> 10061 x1 (10060 is 'simple or single'; its "
                  "MUE is 1). Later cyst excision only planned.",
})

SCENARIOS.append({
    "id": "s41-il-keloids-three-kenalog40",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to three keloids, Kenalog-40 0.5 mL each (60 mg) -> 11900 + J3301 x6",
    "date": "2025-09-09",
    "patient": ("Osei-Bonsu", "Priscilla", "1990-11-12", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloid", "L91.0", "Presternal chest x2, left shoulder", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
OSEI-BONSU, PRISCILLA   DOB 11/12/1990   F   BCBS PPO
Provider: Ines Castellanos, MD   Date: 09/09/2025

Reason for Appointment
1. Keloid injections - series #3

History of Present Illness
34F with keloids presternal chest (2) and L shoulder (1) after acne/vaccination. Itchy and painful, catch on
bra strap. Injected 07/2025 and 08/2025 with improvement in itch and height.

Physical Exam
 Presternal chest: 2.5 x 1.2 cm and 1.8 x 1.0 cm firm shiny keloids, flatter than last visit.
 L deltoid: 1.5 x 1.0 cm keloid.

Assessments
1. Keloid - L91.0 (Primary), x3 lesions, symptomatic

Treatment
1. Keloid
 Notes: Continue silicone sheets nightly. Consider 5-FU mix if plateau - not today.

Procedures
Procedure Note - Intralesional injection
 Lesions injected: 3 (presternal x2, L shoulder x1)
 Drug: triamcinolone acetonide (Kenalog-40) 40 mg/mL
 Volume: 0.5 mL into each of the three keloids (1.5 mL total)
 Consent: verbal and written
 Anesthesia: none (ice)
 Needle: 30 g, Luer-lock
 Specimen sent: N
 Est. blood loss: none
 Complications: none

Follow Up
 4-6 weeks

Electronically signed by Ines Castellanos, MD on 09/09/2025 at 03:33 PM EDT
""",
    "expected": E([L("11900"), L("J3301", 6)]),
    "coder_note": "3 lesions (<=7) -> 11900. 0.5 mL x 3 x 40 mg/mL = 60 mg -> J3301 x6 (per 10 mg).",
})

SCENARIOS.append({
    "id": "s41-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to nine alopecia-areata patches, TAC 10 mg/mL 2.4 mL (24 mg) -> 11901 + J3301 x3; MA HMO",
    "date": "2025-10-16",
    "patient": ("Szymanski", "Walter", "1958-05-30", "male"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("ILK alopecia areata", site="Scalp - vertex x4, occiput x3, L parietal x2",
          note="Nine patches injected. Triamcinolone acetonide 10 mg/mL, 0.1 mL per injection point, 2.4 mL total "
               "across the nine patches. 30 g needle.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
SZYMANSKI, WALTER   DOB 05/30/1958   M   Humana Gold Plus HMO
Jordan Pike, PA-C (supervising: I. Castellanos, MD)   10/16/2025

Reason for Appointment: hair loss patches - ILK

HPI: 67M with patchy alopecia areata since spring, 3rd injection visit. Some regrowth in the first patches,
2 new patches on the L parietal scalp.

Exam: nine smooth round patches of non-scarring alopecia: vertex 4, occiput 3, L parietal 2. Exclamation-point
hairs at the new patches. Eyebrows/beard intact. Nails: fine pitting.

Assessment: Alopecia areata - L63.9

Plan:
 - ILK today, nine patches (procedure entry). Consent: verbal and written. Anesthesia: none.
   Specimen sent: N. Est. blood loss: none. Complications: none.
 - Rx: clobetasol 0.05% solution to patches qhs
 - LAB: TSH, CBC (baseline)
 - JAK inhibitor discussed if > 50% loss - not indicated now.

Follow Up: 6 weeks

Electronically signed by Jordan Pike, PA-C on 10/16/2025 at 10:15 AM EDT
""",
    "expected": E([L("11901"), L("J3301", 3)]),
    "coder_note": "9 lesions (>7) -> 11901. 2.4 mL x 10 mg/mL = 24 mg -> J3301 x3 (ceil(24/10)).",
})

# =============================================================================================================
# Batch 3
# =============================================================================================================

SCENARIOS.append({
    "id": "s41-il-precoded-eight-acne-cysts",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to eight acne cysts pre-coded 11900 + J3301 x1; Kenalog 10 mg/mL 0.2 mL each (16 mg) -> "
                   "11901 + J3301 x2; Medicaid MCO",
    "date": "2025-12-04",
    "patient": ("Reyes-Whitfield", "Damian", "2005-01-15", "male"),
    "provider": "marchetti", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Jawline, chin, chest", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Face and chest", reasons=["c1"],
          note="Inflamed acne cysts injected."),
        P("Triamcinolone acetonide inj", cpt="J3301", site="Face and chest", reasons=["c1"],
          note="Units: 1"),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
REYES-WHITFIELD, DAMIAN   DOB 01/15/2005   M   Molina Medicaid MCO
Provider: Luca Marchetti, MD   DOS 12/04/2025

Reason for Appointment
1. Painful acne cysts - injections

HPI: 20M on month 3 of isotretinoin 40 mg (iPLEDGE current, labs 11/2025 normal). Flare of painful cysts
over 2 weeks before a job interview. Requests injections as done in September.

Physical Exam
 L jawline: 3 tender inflamed cysts. R jawline: 2. Chin: 1. Upper chest: 2.
 Total 8 inflamed nodulocystic lesions, 6-12 mm. Cheilitis mild.

Assessments
1. Acne vulgaris, nodulocystic - L70.0 (Primary)

Treatment
1. Acne vulgaris
 Notes: continue isotretinoin 40 mg daily (no change), Aquaphor to lips. ILK to the 8 cysts today.

Procedures
Procedure Note - Intralesional injection
 Lesions injected: 8 (L jaw 3, R jaw 2, chin 1, chest 2)
 Drug: triamcinolone acetonide 10 mg/mL
 Volume: 0.2 mL per cyst, 1.6 mL total
 Consent: verbal and written (risk of atrophy reviewed)
 Anesthesia: none
 Specimen sent: N
 Est. blood loss: none
 Complications: none

Follow Up
 Monthly iPLEDGE visit 12/30

Electronically signed by Luca Marchetti, MD on 12/04/2025 at 03:05 PM EST
""",
    "expected": E([L("11901"), L("J3301", 2)], topics=["coding-correction"]),
    "coder_note": "8 lesions (>7) -> 11901, not 11900. 0.2 mL x 8 x 10 mg/mL = 16 mg -> J3301 x2 (ceil(16/10)).",
})

SCENARIOS.append({
    "id": "s41-mix-fse-rosacea-bx-ln2-em25",
    "family": "mixed", "shape": "note-only",
    "description": "FSE with BCC history: rosacea flare Rx (99214-25), tangential bx left upper arm, LN2 four facial "
                   "AKs (17000-XS + 17003 x3); MA HMO",
    "date": "2025-10-23",
    "patient": ("Kowalczyk", "Irene", "1949-09-08", "female"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Rosacea", "L71.9", "Cheeks, nose, chin", reason=True),
        C("c2", "Neoplasm of uncertain behavior of skin", "D48.5", "Left upper arm", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Forehead, right cheek", reason=True),
        C("c4", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [
        {"text": "Skin, left upper arm (posterior), shave biopsy: Basal cell carcinoma, superficial multifocal "
                 "type, extending to peripheral margins.", "site": "Left upper arm", "date": "2025-10-27"},
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
KOWALCZYK, IRENE   DOB 09/08/1949   F   Humana Gold Plus HMO
Provider: Luca Marchetti, MD        Date: 10/23/2025

Reason for Appointment
1. 6 month skin check (hx BCC)
2. face red and bumpy

History of Present Illness
76F, hx BCC R nasal ala (Mohs 2022) and BCC R back (excision 2023). Here for FSE. Also 6-wk flare of facial
redness with bumps and burning, worse with wine and heat; metronidazole gel no longer helping. New pink scaly
spot back of L arm x 3 mo. Rough spots on the forehead.

Current Medications
 - Metronidazole 0.75% gel daily
 - Losartan 50 MG tablet daily

Review of Systems
 Eyes: occasional gritty eyes. Skin: as HPI.

Physical Exam
 FSE (scalp to toes, incl. nails): Fitzpatrick I-II.
 Face: centrofacial erythema, telangiectasias, multiple papules and pustules on cheeks, nose and chin.
 L posterior upper arm: 8 mm pink scaly shiny plaque, r/o BCC.
 Forehead: 3 gritty scaly papules. R cheek: 1 similar. (4 AKs total)
 R nasal ala and R back scars: no recurrence.
 Scattered SKs and cherry angiomas trunk - benign, no tx.

Assessments
1. Rosacea, papulopustular, flaring - L71.9
2. Neoplasm of uncertain behavior of skin - D48.5, L upper arm
3. Actinic keratosis - L57.0
4. Personal history of other malignant neoplasm of skin - Z85.828

Treatment
1. Rosacea
 Rx: Ivermectin 1% cream daily (replaces metronidazole)
 Rx: Doxycycline 40 MG modified-release capsule daily x 12 weeks
 Notes: trigger avoidance, gentle skin care; ocular sx - lid hygiene, ophtho if worse.
2. Neoplasm of uncertain behavior L upper arm
 LAB: Surgical pathology x1
 Notes: tangential biopsy today.
3. Actinic keratosis
 Notes: LN2 x4 today.
4. Hx BCC
 Notes: FSE done - no other suspicious lesions. Sun protection.

Procedures
Procedure Note - Biopsy
 Site: L posterior upper arm   Method: tangential (shave)
 Consent: verbal and written   Anesthesia: 1% lido w/ epi 0.5 cc
 Hemostasis: aluminum chloride   Specimen sent: Y   Est. blood loss: minimal   Complications: none
Procedure Note - Cryotherapy, premalignant
 Sites: forehead x3, R cheek x1   Number of lesions: 4
 Consent: verbal   Anesthesia: none   Specimen sent: N   Complications: none

Follow Up
 6 weeks rosacea; will call with path

Electronically signed by Luca Marchetti, MD on 10/23/2025 at 11:20 AM EDT
""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 3)],
                  dx={"11102": ["C44.619"], "17000": ["L57.0"]}),
    "coder_note": "Rosacea flare with new prescriptions is separate from the biopsy/LN2 -> 99214-25. BX-5/DS: biopsy "
                  "and AK destruction are different lesions; 11102/17000 is indicator 1 with 11102 as column 1 -> XS "
                  "on 17000. 17003 has no edit with 11102. 4 AKs -> 17000 + 17003 x3.",
})

SCENARIOS.append({
    "id": "s41-mix-shave-nevus-and-hand-warts",
    "family": "mixed", "shape": "free-text",
    "description": "Shave removal of an irritated 0.7 cm back nevus (11301) + LN2 of five hand warts (17110-XS)",
    "date": "2025-11-06",
    "patient": ("Lindahl", "Siobhan", "1993-04-04", "female"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Melanocytic nevus, irritated", "D22.5", "Right mid back", reason=True),
        C("c2", "Verruca vulgaris", "B07.8", "Right hand; left palm", reason=True),
    ],
    "procedures": [
        P("Shave removal nevus", site="Right mid back",
          note="0.7 cm papillomatous nevus, catches on bra strap and has bled twice. Shave removal flush with "
               "surrounding skin, entire lesion removed. Specimen to path.", reasons=["c1"]),
        P("Cryo warts", site="R 3rd finger x2, R thumb, L palm x2",
          note="5 verrucae, LN2 2 freeze-thaw cycles each.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right mid back, shave: Intradermal melanocytic nevus with irritation. Benign.",
         "site": "Right mid back", "date": "2025-11-10"},
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
LINDAHL, SIOBHAN   DOB 04/04/1993   F   Cigna OAP
Provider: Jordan Pike, PA-C    Date: 11/06/2025

Reason for Appointment: mole on back bleeds; warts on hands

HPI: 32F. Raised mole R mid back rubs on bra strap, bled twice this month. Warts both hands x 1 yr, spreading,
R thumb one painful.

Exam: R mid back 0.7 cm soft papillomatous brown papule, symmetric, excoriated. Hands: five verrucous papules
(R 3rd finger x2, R thumb, L palm x2).

Assessments:
1. Irritated melanocytic nevus, R mid back - D22.5
2. Verruca vulgaris x5 - B07.8

Treatment:
 - Shave removal of nevus, LN2 to warts (procedure entries)
 - Consent: verbal and written; Anesthesia: 1% lido w/ epi 1 cc (nevus only); Specimen sent: Y (nevus);
   Est. blood loss: minimal; Complications: none
 - Salicylic acid 17% liquid to warts nightly
 - LAB: Surgical pathology x1

Follow Up: 4 wks warts

Electronically signed by Jordan Pike, PA-C on 11/06/2025 at 09:58 AM EST
""",
    "expected": E([L("11301"), L("17110", 1, "XS")], dx={"11301": ["D22.5"]}),
    "coder_note": "SH-1: trunk 0.7 cm -> 11301. 5 warts -> 17110 x1. 11301/17110 is indicator 1 with 11301 as column 1; "
                  "different lesions -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s41-mix-id-cyst-and-ilk-scars-em-removed",
    "family": "mixed", "shape": "free-text",
    "description": "I&D of an inflamed back cyst + ILK of two hypertrophic chest scars (Kenalog 10, 0.8 mL); "
                   "provider selected 99213 with no separate work -> E/M removed; Medicaid",
    "date": "2025-09-25",
    "patient": ("Fontenot", "Jamal", "1987-10-30", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Cutaneous abscess of back", "L02.212", "Mid back", reason=True),
        C("c2", "Hypertrophic scar", "L91.0", "Anterior chest", reason=True),
    ],
    "procedures": [
        P("I&D inflamed cyst", site="Mid back",
          note="1.8 cm fluctuant inflamed cyst, single. Stab incision, pus and keratin expressed, no loculations, "
               "no packing.", reasons=["c1"]),
        P("ILK hypertrophic scars x2", site="Anterior chest",
          note="Two hypertrophic scars (old laceration and surgical scar). Triamcinolone 10 mg/mL, 0.4 mL into "
               "each (0.8 mL total).", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
FONTENOT, JAMAL   DOB 10/30/1987   M   Texas Medicaid
Provider: Ines Castellanos, MD    09/25/2025

Reason for Appointment
1. Scar injections (scheduled)  2. sore lump on back

HPI: 37M returns for planned ILK of two itchy raised chest scars (2nd session). Also a painful swollen lump on
the mid back x 3 days, known cyst that has flared.

Exam: Chest - two hypertrophic scars 3 cm and 2 cm, raised, pink, improved vs last time. Mid back - 1.8 cm
fluctuant tender cyst with punctum.

Assessments:
1. Inflamed/infected epidermoid cyst, mid back - L02.212
2. Hypertrophic scars, chest - L91.0

Treatment:
 Both handled with procedures today (see entries). Consent: verbal and written. Anesthesia: 1% lido w/ epi
 2 cc (back). Specimen sent: N. Est. blood loss: minimal. Complications: none.
 Warm compresses to back. No antibiotics needed.

Follow Up: 6 weeks (scar ILK #3)

Electronically signed by Ines Castellanos, MD on 09/25/2025 at 01:44 PM EDT
""",
    "expected": E([L("10060"), L("11900"), L("J3301")]),
    "coder_note": "Simple single I&D -> 10060; 2 scars -> 11900; 0.8 mL x 10 mg/mL = 8 mg -> J3301 x1. The only "
                  "E/M work is the decision for these minor procedures (GS-3) -> the selected 99213 is removed.",
})

SCENARIOS.append({
    "id": "s41-mohs-helix-scc-complex-rim",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs right helix SCC, 2 stages (4 and 6 blocks) + complex repair of helical rim 2.4 cm; MA HMO",
    "date": "2025-10-02",
    "patient": ("Haverford", "Clement", "1943-02-26", "male"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right ear", "C44.222", "Right helix", reason=True),
    ],
    "note_title": "Mohs Surgery",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street (Procedure room 2)
HAVERFORD, CLEMENT   DOB 02/26/1943   M   Humana Gold Plus HMO
Surgeon/pathologist: Ines Castellanos, MD    Date: 10/02/2025

Reason for Appointment
1. Mohs surgery - R ear SCC

HPI: 82M, SCC R helix, biopsy-proven 09/09/2025 (J. Pike PA-C, shave bx: invasive SCC, well differentiated,
extending to base). Referred internally for Mohs. Area H (ear) - appropriate per AUC.
Anticoagulation: apixaban, continued per cardiology.

Assessments
1. Squamous cell carcinoma of skin of right ear - C44.222 (Primary)

Procedures
Procedure Note - Mohs Micrographic Surgery
 Site: R superior helix
 Pre-op size: 1.0 x 0.8 cm
 Consent: verbal and written   Time-out: performed
 Prep: chlorhexidine
 Anesthesia: 1% lido w/ epi 4 cc (ring block of helix)
 Surgeon and pathologist: same physician (I. Castellanos)
 Stage 1: 4 tissue blocks. Frozen sections, H&E. Residual SCC at 12-2 o'clock peripheral margin.
 Stage 2: 6 tissue blocks. Clear.
 Total stages: 2    Total blocks: 10
 Final defect: 1.6 x 1.2 cm, through cartilage at the rim
 Specimen sent: N (all processed in our Mohs lab)
 Est. blood loss: minimal   Complications: none

Procedure Note - Repair
 Type: complex
 Details: defect involves the free margin of the helical rim; cartilage trimmed, wedge advancement with
 realignment of the helical rim, layered closure 5-0 Monocryl / 6-0 Prolene.
 Repair length: 2.4 cm
 Dressing: pressure dressing

Treatment
 Post-op instructions (printed). Acetaminophen. Keep dry 48 h.

Follow Up
 1 week suture removal

Electronically signed by Ines Castellanos, MD on 10/02/2025 at 03:48 PM EDT
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13151")], dx={"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear (head) -> 17311 + 17312 for stage 2; stage 2 had 6 blocks -> 17315 x1. MOHS-7/REP-3: "
                  "helical-rim free margin = complex repair; ear 2.4 cm -> 13151 (1.1-2.5 cm).",
})

SCENARIOS.append({
    "id": "s41-mohs-trunk-superficial-bcc-no-abn-gz",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs of a small primary superficial BCC on the back (AUC not met), Medicare FFS, no ABN -> "
                   "17313-GZ",
    "date": "2025-11-13",
    "patient": ("Pemberton", "Lois", "1952-12-19", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Left upper back", reason=True),
    ],
    "note_title": "Mohs Surgery",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
PEMBERTON, LOIS   DOB 12/19/1952   F   Medicare Part B (Novitas)
Surgeon/pathologist: Ines Castellanos, MD    DOS: 11/13/2025

Reason for Appointment
1. Mohs - L upper back BCC

History of Present Illness
72F, superficial BCC L upper back, shave biopsy 10/21/2025 (superficial type, no aggressive features).
Primary tumor, never treated. Not immunosuppressed, no radiation, no genetic syndrome. Options discussed
at the consult: ED&C, excision, imiquimod. She declined all and insisted on Mohs because her sister had Mohs.
Per AUC, primary superficial BCC < 2 cm on the trunk in an immunocompetent patient is not an appropriate
indication and Medicare is not expected to cover it. No ABN was obtained before surgery (not done at check-in).

Assessments
1. Basal cell carcinoma of skin of other part of trunk - C44.519 (Primary)

Procedures
Procedure Note - Mohs Micrographic Surgery
 Site: L upper back
 Pre-op size: 0.9 x 0.7 cm
 Consent: verbal and written
 Anesthesia: 1% lido w/ epi 3 cc
 Surgeon and pathologist: same physician
 Stage 1: 3 tissue blocks, margins clear
 Total stages: 1
 Final defect: 1.3 x 1.1 cm
 Repair: none - second intention healing per patient preference
 Specimen sent: N
 Est. blood loss: minimal
 Complications: none

Treatment
 Wound care: petrolatum + bandage daily until healed.

Follow Up
 4 weeks wound check; FSE 6 months

Electronically signed by Ines Castellanos, MD on 11/13/2025 at 12:06 PM EST
""",
    "expected": E([L("17313", 1, "GZ")], topics=["medical-necessity"]),
    "coder_note": "MOHSN-2 / README Coding decisions: primary superficial BCC, trunk, < 2 cm, immunocompetent -> LCD/AUC "
                  "criteria unmet; Medicare FFS with no ABN on file -> GZ (COS-4). Trunk, 1 stage -> 17313.",
})

SCENARIOS.append({
    "id": "s41-mohs-precoded-88305-and-em",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs left nasal sidewall BCC, 2 stages + intermediate repair 1.8 cm; pre-coded with 88305 x2 "
                   "for the Mohs layers and a 99213 -> both removed",
    "date": "2025-12-03",
    "patient": ("Abelard", "Fiona", "1962-08-01", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 150, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", cpt="17311", site="Left nasal sidewall", reasons=["c1"],
          note="Stage 1: 3 blocks, positive at 6 o'clock."),
        P("Mohs, each addl stage", cpt="17312", site="Left nasal sidewall", reasons=["c1"],
          note="Stage 2: 2 blocks, clear."),
        P("Surgical pathology (x2)", cpt="88305", site="Left nasal sidewall", reasons=["c1"],
          note="Units 2 - Mohs stage 1 and stage 2 tissue (auto-added by Mohs order set)."),
        P("Layered closure, nose", cpt="12051", site="Left nasal sidewall", reasons=["c1"],
          note="Intermediate repair, 1.8 cm."),
    ],
    "note_title": "Mohs Surgery",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
ABELARD, FIONA   DOB 08/01/1962   F   UHC Choice Plus
Surgeon/pathologist: Ines Castellanos, MD    Date: 12/03/2025

Reason for Appointment
1. Mohs - L nose BCC (scheduled at consult 11/12/2025)

HPI: 63F, nodular BCC L nasal sidewall, bx 10/30/2025. Consult and consent done 11/12. No new issues today.
No anticoagulants. Pre-op vitals stable.

Physical Exam (pre-op): L nasal sidewall 0.8 cm pearly papule at the biopsy site. No other changes.

Assessments
1. Basal cell carcinoma of skin of nose - C44.311

Procedures
Procedure Note - Mohs Micrographic Surgery
 Consent: verbal and written (re-confirmed)
 Anesthesia: 1% lido w/ epi 3 cc
 Surgeon and pathologist: same physician; frozen sections read by me in our Mohs lab
 Stage 1: 3 tissue blocks - residual BCC at 6 o'clock
 Stage 2: 2 tissue blocks - clear
 Final defect: 1.2 x 0.9 cm
 Specimen sent: N - no tissue sent to outside pathology
 Est. blood loss: minimal   Complications: none
Procedure Note - Repair
 Type: intermediate (layered) closure, 5-0 Monocryl deep, 6-0 nylon superficial
 Repair length: 1.8 cm
 Dressing: pressure dressing

Follow Up: 1 week suture removal

Electronically signed by Ines Castellanos, MD on 12/03/2025 at 01:30 PM EST
""",
    "expected": E([L("17311"), L("17312"), L("12051")], topics=["ncci"]),
    "coder_note": "MOHS-5: no 88305 on Mohs layers (surgeon = pathologist, nothing sent out) -> removed. E/M: pre-op "
                  "check only, Mohs decided at the 11/12 consult -> 99213 removed. Repair after Mohs is separate "
                  "(MOHS-7): nose intermediate 1.8 cm -> 12051.",
})

SCENARIOS.append({
    "id": "s41-nail-avulsion-right-great-and-second",
    "family": "nails", "shape": "note-only",
    "description": "Complete avulsion of right great and right second toenails -> 11730-T5 + 11732-T6",
    "date": "2025-09-18",
    "patient": ("Quintero", "Aurelio", "1976-03-13", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Onycholysis", "L60.1", "Right great toe; right second toe", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
QUINTERO, AURELIO   DOB 03/13/1976   M   BCBS PPO
Provider: Jordan Pike, PA-C    Date: 09/18/2025

Reason for Appointment
1. Painful loose toenails R foot

History of Present Illness
49M, dropped a weight plate on his R foot 3 weeks ago. R great and R 2nd toenails now lifted, painful with
shoes, catching on socks. Subungual hematoma resolved. Fungal culture from July negative.

Physical Exam
 R great toenail: onycholysis of ~80% of the plate, loose, tender.
 R 2nd toenail: onycholysis ~70%, loose.
 No paronychia, no drainage. DP pulses 2+.

Assessments
1. Onycholysis, traumatic - L60.1 (Primary), R great toe and R 2nd toe

Treatment
1. Onycholysis
 Notes: complete avulsion of both loose nail plates today. Matrix left intact (no matrixectomy).
 Rx: Mupirocin 2% ointment to nail beds daily

Procedures
Procedure Note - Nail avulsion
 Nails: R great toe (hallux), R 2nd toe
 Type: complete avulsion x2
 Consent: verbal and written
 Anesthesia: digital block, 1% lido plain 3 cc per toe
 Tourniquet: 10 min
 Matrixectomy: N
 Specimen sent: N
 Est. blood loss: minimal
 Complications: none
 Dressing: Xeroform + gauze

Follow Up
 2 weeks

Electronically signed by Jordan Pike, PA-C on 09/18/2025 at 02:30 PM EDT
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")]),
    "coder_note": "Nail avulsion: first nail 11730, each additional 11732. Digit modifiers: R great toe T5, R 2nd toe T6.",
})

SCENARIOS.append({
    "id": "s41-nail-precoded-avulsion-plus-matrixectomy",
    "family": "nails", "shape": "pre-coded",
    "description": "Ingrown left great toenail: partial avulsion + phenol matrixectomy pre-coded 11730 + 11750 on "
                   "the same nail -> 11750-TA only",
    "date": "2025-10-30",
    "patient": ("Brightwater", "Norma", "1956-05-21", "female"),
    "provider": "marchetti", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail", "L60.0", "Left great toe, lateral border", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, partial", cpt="11730", site="Left great toe", reasons=["c1"],
          note="Lateral nail border avulsed."),
        P("Nail matrixectomy, permanent", cpt="11750", site="Left great toe", reasons=["c1"],
          note="Phenol 89% x3 30-second applications to the lateral matrix horn."),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
BRIGHTWATER, NORMA   DOB 05/21/1956   F   Aetna Medicare Advantage PPO
Provider: Luca Marchetti, MD   DOS 10/30/2025

Reason for Appointment: ingrown toenail L big toe, recurrent

HPI: 69F, 3rd episode of ingrown lateral border L great toenail this year, painful, red. Two prior partial
avulsions elsewhere recurred. Wants permanent fix. Not diabetic. No PAD.

Physical Exam: L hallux lateral nail fold erythema, granulation tissue, tender; no abscess. Pulses intact.

Assessments:
1. Ingrowing nail, L great toe - L60.0

Treatment:
 Partial nail avulsion with chemical (phenol) matrixectomy of the lateral border, L great toe.
 Rx: Mupirocin ointment BID. Epsom soaks.

Procedures
 Procedure Note - Partial nail avulsion w/ matrixectomy
  Consent: verbal and written
  Anesthesia: digital block 1% lido plain 4 cc
  Tourniquet: yes, 8 min
  Nail: L great toe, lateral 1/4 of plate avulsed, lateral matrix horn phenolized (permanent removal)
  Specimen sent: N
  Est. blood loss: minimal
  Complications: none

Follow Up: 2 weeks

Electronically signed by Luca Marchetti, MD on 10/30/2025 at 04:10 PM EDT
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"]),
    "coder_note": "11750/11730 is PTP indicator 1 but it is the same nail -> no bypass, 11730 removed. Left great toe "
                  "-> TA.",
})

SCENARIOS.append({
    "id": "s41-nail-debridement-seven-mycotic",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of seven mycotic toenails -> 11721; Medicaid MCO",
    "date": "2025-11-13",
    "patient": ("Ogunleye", "Beatrice", "1962-01-07", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis", "B35.1", "Bilateral toenails", reason=True),
    ],
    "procedures": [
        P("Debridement of nails", site="R great, R 2nd, R 3rd, L great, L 2nd, L 3rd, L 4th toenails",
          note="Seven thickened dystrophic mycotic toenails debrided in thickness and length with nail nippers and "
               "a rotary burr. Painful in shoes, limits walking.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
OGUNLEYE, BEATRICE   DOB 01/07/1962   F   Molina Medicaid MCO
Jordan Pike, PA-C    11/13/2025

Reason for Appointment: thick painful toenails

HPI: 63F with onychomycosis (KOH + 2024), failed terbinafine course (LFT rise). Thick nails painful in work
shoes, she is on her feet 10 h/day.

Exam: 7 toenails thickened (3-4 mm), yellow, subungual debris: R 1-3, L 1-4. R 4th/5th and L 5th normal.

Assessment: Onychomycosis - B35.1

Plan: Debridement today (see procedure entry). Consent: verbal. Anesthesia: none. Est. blood loss: none.
Complications: none. Rx: efinaconazole 10% solution to nails daily. Repeat debridement in 3 months.

Electronically signed by Jordan Pike, PA-C on 11/13/2025 at 03:22 PM EST
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "Nail debridement of 6 or more nails -> 11721 x1. Digit modifiers are not required on 11720/11721 "
                  "(conventions).",
})

# =============================================================================================================
# Batch 4
# =============================================================================================================

SCENARIOS.append({
    "id": "s41-paring-three-calluses",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three plantar calluses -> 11056; commercial",
    "date": "2025-12-11",
    "patient": ("Dunmore", "Patricia", "1966-07-16", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Callus", "L84", "Right plantar 1st MTH, right plantar 5th MTH, left heel", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
DUNMORE, PATRICIA   DOB 07/16/1966   F   UHC Choice Plus
Provider: Jordan Pike, PA-C   Date: 12/11/2025

Reason for Appointment
1. Painful calluses feet

History of Present Illness
59F, nurse, 12-h shifts. Painful thick skin on the bottoms of both feet, worse over 3 months. Pumice not
helping. Not diabetic. No hx warts.

Physical Exam
 R plantar 1st metatarsal head: 1.5 cm hyperkeratotic plaque, tender.
 R plantar 5th metatarsal head: 1 cm callus.
 L medial heel: 2 cm callus with fissure.
 Skin lines preserved through the lesions, no pinpoint bleeding on paring - not warts.

Assessments
1. Corns and callosities - L84 (Primary) x3

Treatment
1. Calluses
 Notes: paring of 3 calluses today. Urea 40% cream nightly. Cushioned insoles; podiatry referral for
 orthotics if recurrent (not placed today).

Procedures
Procedure Note - Paring of hyperkeratotic lesions
 Number of lesions: 3 (three)
 Instrument: #15 blade
 Consent: verbal
 Anesthesia: none
 Specimen sent: N
 Est. blood loss: none
 Complications: none

Follow Up
 prn

Electronically signed by Jordan Pike, PA-C on 12/11/2025 at 10:41 AM EST
""",
    "expected": E([L("11056")]),
    "coder_note": "Paring of 2-4 benign hyperkeratotic lesions -> 11056. Podiatry referral only suggested.",
})

SCENARIOS.append({
    "id": "s41-paring-five-corns-free-text",
    "family": "paring", "shape": "free-text",
    "description": "Paring of five corns (both feet) -> 11057; Aetna",
    "date": "2026-01-08",
    "patient": ("Hollingsworth", "Vernon", "1959-11-02", "male"),
    "provider": "marchetti", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Corns", "L84", "Both feet", reason=True),
    ],
    "procedures": [
        P("Paring corns x5", site="L 5th toe dorsal, R 5th toe dorsal, R 4th web space, L plantar 2nd MTH, "
                                  "R plantar 2nd MTH",
          note="Five painful corns pared with #15 blade down to non-tender base. No pinpoint bleeding.",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
HOLLINGSWORTH, VERNON   DOB 11/02/1959   M   Aetna HMO
Luca Marchetti, MD   01/08/2026

Reason for Appointment: corns both feet

HPI: 66M, mail carrier, painful corns on toes and balls of feet. Last pared 8 months ago.

Exam: dorsal L 5th toe and R 5th toe hard corns; R 4th interdigital soft corn; plantar 2nd MTH bilateral
hard corns. Five lesions total. No ulceration. Pulses intact.

Assessment: Corns - L84 (5)

Plan: Paring x5 (procedure entry). Consent: verbal. Anesthesia: none. Est. blood loss: none. Complications:
none. Toe separators, wider toe-box shoes, 40% urea.
Consider podiatry for hammertoe eval - pt will think about it.

Electronically signed by Luca Marchetti, MD on 01/08/2026 at 11:06 AM EST
""",
    "expected": E([L("11057")]),
    "coder_note": "More than 4 lesions pared -> 11057.",
})

SCENARIOS.append({
    "id": "s41-patch-80-allergen-application",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application, 80-allergen comprehensive series -> 95044 x80; reading visits later",
    "date": "2025-09-22",
    "patient": ("Vandermeer", "Holly", "1981-02-24", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Dermatitis, unspecified", "L30.9", "Eyelids, neck, hands", reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
VANDERMEER, HOLLY   DOB 02/24/1981   F   BCBS PPO
Provider: Ines Castellanos, MD    Date: 09/22/2025 (Monday)

Reason for Appointment
1. Patch test placement (scheduled at 08/28 visit)

HPI: 44F, hair stylist, chronic eczematous dermatitis of eyelids, neck and hands x 1 yr, flares at work.
Patch testing planned at the 08/28 visit. Off prednisone > 4 weeks, no topical steroids to back x 2 weeks,
no antihistamines needed to stop. No UV to back.

Exam: back clear for application. Mild eczematous plaques dorsal hands, eyelids.

Assessments
1. Dermatitis, unspecified - L30.9 (Primary) - r/o allergic contact dermatitis (hair dye, preservatives)

Treatment
1. Dermatitis
 Notes: Keep back dry, no showers/exercise until final read. Photopatch testing not indicated.

Procedures
Procedure Note - Patch test application
 Series: North American comprehensive series (80 allergens), Finn chambers on Scanpor
 Number of allergens: 80
 Site: upper back
 Consent: verbal and written
 Anesthesia: n/a
 Specimen sent: n/a
 Est. blood loss: none
 Complications: none
 Patient's own products: none brought - not tested

Follow Up
 Wed 09/24 (48-h removal and first read), Fri 09/26 (final read)

Electronically signed by Ines Castellanos, MD on 09/22/2025 at 08:55 AM EDT
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied (80, under the MUE of 90). No E/M selected; the reading "
                  "visits are not billed today.",
})

SCENARIOS.append({
    "id": "s41-patch-47-plus-scalp-psoriasis-em25",
    "family": "patch-test", "shape": "free-text",
    "description": "Patch test application (T.R.U.E. 35 + cosmetic series 12 = 47) + separate scalp psoriasis flare "
                   "with Rx -> 95044 x47 + 99213-25; MA PPO",
    "date": "2025-10-20",
    "patient": ("Castellano-Reid", "Margaret", "1954-06-05", "female"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Dermatitis, unspecified", "L30.9", "Hands", reason=True),
        C("c2", "Psoriasis vulgaris", "L40.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Patch test application - T.R.U.E. test", site="Upper back",
          note="Panels 1-3, 35 allergens.", reasons=["c1"]),
        P("Patch test application - cosmetic series", site="Upper back",
          note="Supplemental cosmetic/preservative series, 12 allergens in Finn chambers.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
CASTELLANO-REID, MARGARET   DOB 06/05/1954   F   Aetna Medicare Advantage PPO
Provider: Ines Castellanos, MD   DOS 10/20/2025

Reason for Appointment
1. Patch test placement (planned 09/29)  2. scalp itching/flaking - new complaint

HPI: 71F with chronic hand dermatitis, patch testing planned at last visit; off topical steroids to the back.
New today: scalp psoriasis (dx 2010, quiet for years) has flared over 6 weeks, thick scale behind the ears
and along the hairline, itching keeps her up. OTC coal tar shampoo not helping.

Exam: Back - clear, patches applied. Scalp - thick silvery scaled plaques occipital scalp, postauricular,
frontal hairline, ~3% BSA. Hands - mild dorsal eczematous plaques.

Assessments:
1. Hand dermatitis - L30.9 (patch testing today)
2. Psoriasis vulgaris, scalp, flaring - L40.0

Treatment:
 1. Patches placed (see procedure entries: 35 + 12 = 47 allergens). Consent: verbal and written. Est. blood
    loss: none. Complications: none. Reads 10/22 and 10/24.
 2. Scalp psoriasis: Rx clobetasol 0.05% solution BID x 2 wks then weekends; Rx ketoconazole 2% shampoo 2x/wk.
    Discussed that systemic tx not needed at this BSA.

Follow Up: 10/22 and 10/24 reads; 6 wks scalp

Electronically signed by Ines Castellanos, MD on 10/20/2025 at 09:30 AM EDT
""",
    "expected": E([L("95044", 47), L("99213", 1, "25")]),
    "coder_note": "95044 units = allergens (35 + 12 = 47). The scalp psoriasis flare with new prescriptions is a "
                  "separate problem -> 99213-25 (95044/99213 is PTP indicator 1; 25 on the E/M).",
})

SCENARIOS.append({
    "id": "s41-photo-excimer-320-sqcm",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer laser to elbows and knees, total 320 sq cm -> 96921",
    "date": "2025-11-03",
    "patient": ("Eastwood", "Corbin", "1990-09-09", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment", site="Bilateral elbows, bilateral knees",
          note="308 nm excimer, session #6 of course. Areas: R elbow 60 sq cm, L elbow 60 sq cm, R knee 100 sq cm, "
               "L knee 100 sq cm; total treated area ~320 sq cm. Dose per protocol (+15%).", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """Tri-County Medical Associates - Dermatology, Route 9 - Phototherapy
EASTWOOD, CORBIN   DOB 09/09/1990   M   UHC Choice Plus
Jordan Pike, PA-C   11/03/2025

Tx #6 excimer, localized plaque psoriasis (BSA ~4%), failed clobetasol and calcipotriene > 3 months.
Response: plaques thinner, less scale. Mild erythema after last tx, no blistering.
Areas treated today: elbows and knees as per procedure entry, total ~320 sq cm. Eye protection worn.
Consent on file. Complications: none.
Assessment: Psoriasis vulgaris - L40.0
Plan: continue 2x/week, reassess at tx #12.

Electronically signed by Jordan Pike, PA-C on 11/03/2025 at 08:20 AM EST
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer coded by total area per session: 320 sq cm is 250-500 -> 96921 x1.",
})

SCENARIOS.append({
    "id": "s41-photo-puva-precoded-as-96910",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Oral-psoralen PUVA for intractable psoriasis after failed NB-UVB/methotrexate, pre-coded 96910 "
                   "-> 96912; Medicare FFS",
    "date": "2025-12-15",
    "patient": ("Rasmussen", "Theodora", "1958-03-18", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy", cpt="96910", site="Whole body (cabinet)", reasons=["c1"],
          note="PUVA tx #5: methoxsalen 0.6 mg/kg PO 90 min before; UVA 4.0 J/cm2."),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street - Phototherapy unit
RASMUSSEN, THEODORA   DOB 03/18/1958   F   Medicare Part B (Novitas)
Ordering/supervising: Luca Marchetti, MD   Date: 12/15/2025

Indication: plaque psoriasis, ~22% BSA, disabling (cannot work - palms and soles fissured, scalp, trunk).
Failed conventional therapy: high-potency topicals + calcipotriene x 1 yr, NB-UVB 34 sessions 2025 (no
response), methotrexate stopped 08/2025 for transaminitis. Biologic denied / pt declined injections.
PUVA started 12/01/2025.

Treatment #5 today:
 Psoralen: methoxsalen (Oxsoralen-Ultra) 0.6 mg/kg orally 90 min before exposure
 Light: UVA, cabinet, 4.0 J/cm2 (+0.5)
 No tar or petrolatum/coal tar application (NOT Goeckerman)
 Eye protection: UVA wraparound glasses x 24 h
 Erythema from tx #4: none.  Complications: none

Assessment: Psoriasis vulgaris - L40.0, improving (BSA 18%)
Plan: continue 3x/week; reassess at 30 days per NCD (document improvement).

Electronically signed by Luca Marchetti, MD on 12/15/2025 at 07:55 AM EST
""",
    "expected": E([L("96912")], topics=["coding-correction"]),
    "coder_note": "Oral psoralen + UVA is PUVA -> 96912 (96910 is tar/petrolatum + UVB). PHOTO-1: failed conventional "
                  "therapy and disabling disease are documented, within the first 30 days -> covered, no GA/GZ.",
})

SCENARIOS.append({
    "id": "s41-rep-outside-mohs-forehead-layered",
    "family": "repair", "shape": "note-only",
    "description": "Same-day closure of an outside Mohs surgeon's left forehead defect: layered closure 3.2 cm -> "
                   "12052; referral letter quoted",
    "date": "2025-10-17",
    "patient": ("Montgomery-Ile", "Clifford", "1948-04-11", "male"),
    "provider": "marchetti", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left forehead", reason=True),
    ],
    "note_title": "Procedure Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
MONTGOMERY-ILE, CLIFFORD   DOB 04/11/1948   M   Aetna HMO
Provider: Luca Marchetti, MD    Date: 10/17/2025

Reason for Appointment
1. Wound closure after Mohs (outside)

Referral letter (faxed, Lakeview Mohs Surgery Center, 10/17/2025 11:05):
 "Dear Dr. Marchetti, Thank you for seeing Mr. Montgomery-Ile this afternoon for repair. Mohs surgery for a
 nodular BCC of the left forehead was completed this morning in 2 stages, margins clear. Final defect
 2.0 x 1.4 cm, to subcutaneous fat, no muscle involvement. Dressing applied. Sincerely, R. Okoro, MD."

HPI: 77M arrives from Lakeview with a pressure dressing L forehead. No bleeding. On aspirin 81.

Physical Exam
 L mid forehead: 2.0 x 1.4 cm oval defect to fat, clean, no active bleeding.

Assessments
1. Basal cell carcinoma of skin of other parts of face - C44.319 (Primary), s/p Mohs today (outside)

Procedures
Procedure Note - Repair
 Site: L forehead
 Defect size: 2.0 x 1.4 cm
 Consent: verbal and written
 Prep: chlorhexidine
 Anesthesia: 1% lido w/ epi 3 cc
 Type: intermediate - wound edges undermined, deep layer 5-0 Monocryl buried, epidermis 6-0 nylon running
 Dog-ears: removed
 Repair length: 3.2 cm (linear, oriented in relaxed skin tension line)
 Specimen sent: N
 Est. blood loss: minimal
 Complications: none
 Dressing: bacitracin, Telfa, pressure

Treatment
 Post-op handout. Tylenol prn. Keep dry 24 h.

Follow Up
 7 days suture removal

Electronically signed by Luca Marchetti, MD on 10/17/2025 at 04:47 PM EDT
""",
    "expected": E([L("12052")], dx={"12052": ["C44.319"]}),
    "coder_note": "REP-2/REP-3: layered closure on the face (forehead) 3.2 cm -> 12052 (2.6-5.0 cm). Mohs was done by "
                  "another practice, so only the repair is ours.",
})

SCENARIOS.append({
    "id": "s41-rep-child-three-lacerations",
    "family": "repair", "shape": "free-text",
    "description": "Simple repairs of scalp 2.0 + left forearm 1.5 cm (summed 3.5 -> 12002) and chin 1.0 cm "
                   "(12011, face group); Medicaid",
    "date": "2025-11-21",
    "patient": ("Okafor-Lange", "Miles", "2016-08-14", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body of scalp, initial encounter", "S01.01XA", "Occipital scalp",
          reason=True),
        C("c2", "Laceration without foreign body of left forearm, initial encounter", "S51.812A", "Left forearm",
          reason=True),
        C("c3", "Laceration without foreign body of other part of head, initial encounter", "S01.81XA", "Chin",
          reason=True),
    ],
    "procedures": [
        P("Laceration repair, simple", site="Occipital scalp",
          note="2.0 cm clean laceration, irrigated, single-layer 4-0 nylon interrupted.", reasons=["c1"]),
        P("Laceration repair, simple", site="Left forearm",
          note="1.5 cm clean laceration, irrigated, single-layer 5-0 nylon interrupted.", reasons=["c2"]),
        P("Laceration repair, simple", site="Chin",
          note="1.0 cm laceration, single-layer 6-0 nylon.", reasons=["c3"]),
    ],
    "note_title": "Same-Day Procedure Clinic",
    "note": """Tri-County Medical Associates - Same-Day Procedure Clinic (Dermatology PA coverage)
OKAFOR-LANGE, MILES   DOB 08/14/2016   M   Texas Medicaid
Jordan Pike, PA-C    11/21/2025

Reason for Appointment: cuts after bike fall (sent over from pediatrics, Dr. Petrakis)

HPI: 9 yo boy fell off his bike onto gravel 1 h ago, helmet on. No LOC, no vomiting, acting normally per
mom. Peds cleared him neurologically; tetanus UTD (DTaP x5).

Exam: occipital scalp 2.0 cm linear lac; L volar forearm 1.5 cm lac; chin 1.0 cm lac. All superficial,
through dermis only, no tendon/nerve involvement, no FB on exploration, minimal contamination.

Assessment:
1. Lac scalp - S01.01XA  2. Lac L forearm - S51.812A  3. Lac chin - S01.81XA

Plan: irrigation and simple closure of all 3 (procedure entries). Consent: verbal and written (mom).
Anesthesia: LET gel then 1% lido plain 3 cc total. Specimen sent: N. Est. blood loss: minimal.
Complications: none. Suture removal: face 5 d, scalp/arm 7-10 d. Wound care handout.

Electronically signed by Jordan Pike, PA-C on 11/21/2025 at 06:02 PM EST
""",
    "expected": E([L("12002"), L("12011")]),
    "coder_note": "REP-1/REP-2: scalp and forearm are in the same simple-repair group (12001-12007): 2.0 + 1.5 = 3.5 cm -> "
                  "12002. Chin is face group -> 12011 (1.0 cm). No PTP edit between 12002 and 12011.",
})

SCENARIOS.append({
    "id": "s41-rep-precoded-complex-one-cm-nose",
    "family": "repair", "shape": "pre-coded",
    "description": "Benign nasal excision (0.6 cm) with layered 1.0 cm closure pre-coded as complex 13151 -> "
                   "11441 + 12051; MA HMO",
    "date": "2026-01-27",
    "patient": ("Fairbanks", "Opal", "1950-10-03", "female"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Melanocytic nevus of nose", "D22.39", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, nose", cpt="11441", site="Left nasal sidewall", reasons=["c1"],
          note="Lesion 0.4 cm, 1 mm margins, excised diameter 0.6 cm."),
        P("Complex repair, nose", cpt="13151", site="Left nasal sidewall", reasons=["c1"],
          note="Layered repair, undermining, 1.0 cm."),
    ],
    "path": [
        {"text": "Skin, left nasal sidewall, excision: Intradermal melanocytic nevus, irritated, completely "
                 "excised.", "site": "Left nasal sidewall", "date": "2026-01-30"},
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
FAIRBANKS, OPAL   DOB 10/03/1950   F   Humana Gold Plus HMO
Provider: Ines Castellanos, MD   Date: 01/27/2026

Reason for Appointment: mole on nose bleeds under glasses

HPI: 75F, raised mole L nasal sidewall under the glasses nose pad, rubbed raw and bled 3 times since
November, recently larger per pt.

Physical Exam: L nasal sidewall 0.4 cm dome-shaped flesh-colored papule with erosion/crust.

Assessments
1. Neoplasm of skin L nose, irritated, bleeding - excise for dx

Procedures
Procedure Note - Excision
 Site: L nasal sidewall
 Lesion size: 0.4 cm
 Margins: 0.1 cm
 Excised diameter: 0.6 cm
 Consent: verbal and written
 Anesthesia: 1% lido w/ epi 1.5 cc
 Closure type: layered (intermediate) - 5-0 Monocryl deep, 6-0 Prolene superficial; limited undermining
 Repair length: 1.0 cm
 Specimen sent: Y
 Est. blood loss: minimal
 Complications: none

Follow Up: 1 week suture removal

Addendum 01/30/2026: path intradermal nevus, irritated, excised. Pt notified.

Electronically signed by Ines Castellanos, MD on 01/27/2026 at 02:58 PM EST
""",
    "expected": E([L("11441"), L("12051")], topics=["coding-correction"], dx={"11441": ["D22.39"]}),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple/intermediate; layered closure of the "
                  "nose 1.0 cm -> 12051. Excised diameter 0.4 + 2 x 0.1 = 0.6 cm, benign on path -> 11441.",
})

SCENARIOS.append({
    "id": "s41-shave-three-site-groups",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals in three site groups: left neck 0.4 (11305), right upper arm 0.8 (11301), left "
                   "nasal ala 0.5 (11310)",
    "date": "2025-09-11",
    "patient": ("Ambrose", "Katarina", "1970-12-27", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Left lateral neck", reason=True),
        C("c2", "Melanocytic nevus", "D22.61", "Right upper arm", reason=True),
        C("c3", "Melanocytic nevus", "D22.39", "Left nasal ala", reason=True),
    ],
    "path": [
        {"text": "A. Left neck, shave: Irritated seborrheic keratosis.", "site": "Left neck", "date": "2025-09-15"},
        {"text": "B. Right upper arm, shave: Compound melanocytic nevus, benign.", "site": "Right upper arm",
         "date": "2025-09-15"},
        {"text": "C. Left nasal ala, shave: Intradermal melanocytic nevus.", "site": "Left nasal ala",
         "date": "2025-09-15"},
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
AMBROSE, KATARINA   DOB 12/27/1970   F   Aetna HMO
Provider: Ines Castellanos, MD       Date: 09/11/2025

Reason for Appointment
1. Three bumps that catch and bleed

History of Present Illness
54F. (1) L neck growth catches on necklaces, red and sore x 1 mo. (2) R upper arm mole rubs on her purse
strap, bled twice. (3) L side of nose bump bleeds when she blows her nose, slowly getting bigger.

Physical Exam
 L lateral neck: 0.4 cm inflamed stuck-on papule with crust.
 R upper arm (lateral): 0.8 cm raised brown papillomatous papule, excoriated.
 L nasal ala: 0.5 cm skin-colored dome papule, eroded.

Assessments
1. Inflamed seborrheic keratosis - L82.0, L neck
2. Irritated nevus - D22.61, R upper arm
3. Nevus, bleeding - D22.39, L nasal ala

Treatment
 Shave removal of all 3 (entire lesions), sent to path.
 LAB: Surgical pathology x3 (A-C)

Procedures
Procedure Note - Shave removal
 Lesion A: L neck, size 0.4 cm
 Lesion B: R upper arm, size 0.8 cm
 Lesion C: L nasal ala, size 0.5 cm
 Consent: verbal and written
 Anesthesia: 1% lido w/ epi 1.5 cc total
 Hemostasis: aluminum chloride / light hyfrecation
 Closure: none
 Specimen sent: Y x3
 Est. blood loss: minimal
 Complications: none

Follow Up: path call; FSE in 1 yr

Electronically signed by Ines Castellanos, MD on 09/11/2025 at 04:16 PM EDT
""",
    "expected": E([L("11305"), L("11301"), L("11310")]),
    "coder_note": "SH-1: one code per lesion by site group and diameter: neck 0.4 -> 11305; arm 0.8 -> 11301; nose "
                  "0.5 -> 11310. All symptomatic (bleeding/irritated), commercial payer.",
})

# =============================================================================================================
# Batch 5
# =============================================================================================================

SCENARIOS.append({
    "id": "s41-shave-precoded-bx-was-removal-hand",
    "family": "shave", "shape": "pre-coded",
    "description": "Symptomatic 0.7 cm dorsal-hand lesion removed entirely by shave, pre-coded as tangential biopsy "
                   "11102 -> shave removal 11306",
    "date": "2025-12-18",
    "patient": ("Gustafsson", "Arne", "1947-09-29", "male"),
    "provider": "pike", "payer": "medicare-advantage-ppo", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Biopsy, tangential", cpt="11102", site="Right dorsal hand", reasons=["c1"],
          note="Shave removal of the entire lesion for symptom relief, specimen sent for confirmation."),
    ],
    "path": [
        {"text": "Skin, right dorsal hand, shave removal: Irritated seborrheic keratosis, completely removed in "
                 "this plane of section.", "site": "Right dorsal hand", "date": "2025-12-22"},
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
GUSTAFSSON, ARNE   DOB 09/29/1947   M   Aetna Medicare Advantage PPO
Provider: Jordan Pike, PA-C   Date: 12/18/2025

Reason for Appointment: growth on R hand keeps bleeding

HPI: 78M, R dorsal hand growth x 1 yr, catches on gloves and bleeds weekly, sore. Wants it off.

Physical Exam: R dorsal hand 0.7 cm crusted, inflamed verrucous stuck-on papule, erythematous base, tender.
Dermoscopy: c/w inflamed SK, no features of SCC.

Assessments
1. Inflamed seborrheic keratosis - L82.0, R dorsal hand, symptomatic (bleeding, pain)

Treatment
 Shave removal (therapeutic, entire lesion removed - not a sampling biopsy). Specimen sent to confirm.
 LAB: Surgical pathology x1

Procedures
Procedure Note - Shave removal
 Site: R dorsal hand
 Lesion size: 0.7 cm
 Intent: complete removal
 Consent: verbal and written
 Anesthesia: 1% lido w/ epi 1 cc
 Hemostasis: aluminum chloride
 Specimen sent: Y
 Est. blood loss: minimal
 Complications: none

Follow Up: prn

Electronically signed by Jordan Pike, PA-C on 12/18/2025 at 01:49 PM EST
""",
    "expected": E([L("11306")], topics=["coding-correction"], dx={"11306": ["L82.0"]}),
    "coder_note": "BX-4: intent decides - the entire symptomatic lesion was removed by shave, so shave removal, not "
                  "a tangential biopsy. Hand = SNHFG, 0.7 cm -> 11306.",
})

SCENARIOS.append({
    "id": "s41-shave-scalp-size-blank-plus-punch",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of a bleeding scalp papule with the lesion-size template field blank (no line) + "
                   "punch bx of a forearm eruption (11104); Medicaid MCO",
    "date": "2025-10-06",
    "patient": ("Whitlock", "Jasmine", "1999-03-21", "female"),
    "provider": "marchetti", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Pyogenic granuloma", "L98.0", "Vertex scalp", reason=True),
        C("c2", "Dermatitis, unspecified", "L30.9", "Left forearm", reason=True),
    ],
    "path": [
        {"text": "A. Scalp, vertex, shave removal: Lobular capillary hemangioma (pyogenic granuloma).",
         "site": "Vertex scalp", "date": "2025-10-09"},
        {"text": "B. Left forearm, punch biopsy: Subacute spongiotic dermatitis; PAS negative for fungi.",
         "site": "Left forearm", "date": "2025-10-09"},
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
WHITLOCK, JASMINE   DOB 03/21/1999   F   Molina Medicaid MCO
Provider: Luca Marchetti, MD   Date: 10/06/2025

Reason for Appointment
1. Bleeding bump on scalp  2. rash L arm

History of Present Illness
26F. Red bump on the top of the scalp x 6 wks, bleeds a lot when she combs her hair. Also an itchy scaly
rash on the L forearm x 2 months, not better with OTC hydrocortisone or clotrimazole.

Physical Exam
 Vertex scalp: friable red glistening papule with collarette, bleeds on touch.
 L volar forearm: 6 x 4 cm eczematous plaque, scale, no central clearing.

Assessments
1. Pyogenic granuloma, scalp - L98.0
2. Dermatitis L forearm, unclear type - biopsy to exclude tinea/other

Treatment
 LAB: Surgical pathology x2 (A scalp, B forearm)
 Rx: Triamcinolone 0.1% ointment BID x 2 wks to forearm after biopsy site heals

Procedures
Procedure Note #1 - Shave removal
 Site: vertex scalp (A)
 Lesion size:
 Method: shave removal + base electrodesiccation
 Consent: verbal and written
 Anesthesia: 1% lido w/ epi 1 cc
 Hemostasis: electrocautery
 Specimen sent: Y
 Est. blood loss: moderate, controlled
 Complications: none

Procedure Note #2 - Biopsy
 Site: L volar forearm (B)
 Method: punch 4 mm
 Consent: verbal and written
 Anesthesia: 1% lido w/ epi 1 cc
 Closure: 4-0 nylon x1
 Specimen sent: Y
 Est. blood loss: minimal
 Complications: none

Follow Up: 2 wks

Electronically signed by Luca Marchetti, MD on 10/06/2025 at 02:37 PM EDT
""",
    "expected": E([L("11104")], topics=["missing-documentation"], dx={"11104": ["L30.9"]}),
    "coder_note": "SH-1: shave removal is banded by lesion diameter; the size field is blank and no size appears "
                  "anywhere -> no shave line + missing-documentation (README Coding decisions). The punch biopsy "
                  "of a separate site is billed: 11104.",
})

SCENARIOS.append({
    "id": "s41-tags-twenty-two-irritated",
    "family": "skin-tags", "shape": "note-only",
    "description": "Snip removal of 22 irritated/bleeding skin tags (neck, axillae) -> 11200 + 11201 x1",
    "date": "2025-10-24",
    "patient": ("Moreau", "Delphine", "1975-05-05", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
MOREAU, DELPHINE   DOB 05/05/1975   F   UHC Choice Plus
Provider: Jordan Pike, PA-C   Date: 10/24/2025

Reason for Appointment
1. Skin tags neck/underarms - bleeding

History of Present Illness
50F, many skin tags on neck and underarms. Several catch on necklaces and bra straps, twist, turn dark and
bleed; some are red and sore now. Prior removal 2022.

Physical Exam
 Neck: 12 pedunculated skin-colored papules, 3 with erythema/hemorrhagic crust.
 R axilla: 6. L axilla: 4. Several inflamed.
 Total: twenty-two acrochordons.

Assessments
1. Acrochordons, irritated/inflamed - L91.8 (Primary)

Treatment
1. Acrochordons
 Notes: removal of all 22 today - symptomatic (bleeding, inflammation, catching).

Procedures
Procedure Note - Skin tag removal
 Number removed: 22 (neck 12, R axilla 6, L axilla 4)
 Method: snip excision with iris scissors; Drysol hemostasis
 Consent: verbal and written
 Anesthesia: topical EMLA, 1% lido w/ epi 2 cc for larger tags
 Specimen sent: N
 Est. blood loss: minimal
 Complications: none

Follow Up
 prn

Electronically signed by Jordan Pike, PA-C on 10/24/2025 at 03:03 PM EDT
""",
    "expected": E([L("11200"), L("11201")]),
    "coder_note": "Skin tags: 11200 covers up to 15; 11201 = each additional 10 -> ceil((22-15)/10) = 1. Symptomatic "
                  "(bleeding, inflamed) on a commercial plan.",
})

SCENARIOS.append({
    "id": "s41-tags-precoded-11200-x25-units",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "25 symptomatic skin tags pre-coded as 11200 x25 units -> 11200 + 11201 x1; MA HMO",
    "date": "2025-11-14",
    "patient": ("Kingsley", "Harriet", "1957-02-13", "female"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, inflamed", "L91.8", "Inframammary folds, axillae, neck", reason=True),
    ],
    "procedures": [
        P("Removal skin tags (units 25)", cpt="11200", site="Inframammary folds, axillae, neck", reasons=["c1"],
          note="Qty entered as 25 (one per tag)."),
    ],
    "note_title": "Office Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
KINGSLEY, HARRIET   DOB 02/13/1957   F   Humana Gold Plus HMO
Provider: Luca Marchetti, MD   DOS 11/14/2025

Reason for Appointment: skin tags rubbing, bleeding

HPI: 68F, numerous tags under the breasts and in the armpits that rub on her bra, bleed and get inflamed;
two were infected last month (treated by PCP with mupirocin). Itchy.

Physical Exam: Inframammary folds 13, axillae 8, neck 4 pedunculated acrochordons (25 total), many with
erythema, maceration and hemorrhagic crust.

Assessments
1. Acrochordons, inflamed/bleeding - L91.8

Procedures
Procedure Note - Skin tag removal
 Number removed: 25
 Method: snip with curved scissors + electrodesiccation of bases
 Consent: verbal and written
 Anesthesia: 1% lido w/ epi 3 cc
 Specimen sent: N
 Est. blood loss: minimal
 Complications: none

Follow Up: prn

Electronically signed by Luca Marchetti, MD on 11/14/2025 at 11:34 AM EST
""",
    "expected": E([L("11200"), L("11201")], topics=["coding-correction"]),
    "coder_note": "11200 is one unit for the first 15 tags; the remaining 10 -> 11201 x1 (ceil(10/10)). Symptomatic "
                  "(bleeding, inflamed, prior infection) so not cosmetic.",
})

SCENARIOS.append({
    "id": "s41-exb-cyst-back-layered-ellipse-trap",
    "family": "excision-benign", "shape": "note-only",
    "description": "Epidermoid cyst upper back 1.8 cm + 0.1 cm margins = 2.0 cm (11402), layered closure 3.5 cm "
                   "(12032); ellipse length 4.0 cm documented",
    "date": "2025-09-19",
    "patient": ("Leclerc", "Anton", "1982-06-08", "male"),
    "provider": "marchetti", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst", "L72.0", "Upper back", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: Ruptured epidermoid (infundibular) cyst with foreign-body "
                 "giant cell reaction. Specimen 4.1 x 1.6 x 1.2 cm.", "site": "Upper back", "date": "2025-09-23"},
    ],
    "note_title": "Procedure Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
LECLERC, ANTON   DOB 06/08/1982   M   BCBS PPO
Provider: Luca Marchetti, MD   Date: 09/19/2025

Reason for Appointment
1. Cyst removal upper back (scheduled)

History of Present Illness
43M, cyst upper back x 3 yrs, inflamed twice this year (I&D at urgent care 05/2025), painful when lying on
his back, foul drainage intermittently.

Physical Exam
 Upper back midline: 1.8 cm firm mobile subcutaneous nodule with punctum, no active inflammation.

Assessments
1. Epidermal cyst - L72.0 (Primary), symptomatic, recurrent inflammation

Procedures
Procedure Note - Excision
 Site: upper back
 Lesion size: 1.8 cm
 Margins: 0.1 cm
 Excised diameter: 2.0 cm
 Ellipse: 4.0 x 1.5 cm (3:1)
 Consent: verbal and written
 Time-out: Y
 Prep: chlorhexidine
 Anesthesia: 1% lido w/ epi 6 cc
 Closure type: intermediate - layered, 4-0 Vicryl deep dermal, 4-0 nylon simple interrupted
 Repair length: 3.5 cm
 Specimen sent: Y
 Est. blood loss: minimal
 Complications: none
 Dressing: pressure

Treatment
 LAB: Surgical pathology x1
 Wound care handout. No lifting > 20 lb x 2 weeks.

Follow Up
 12-14 days suture removal

Electronically signed by Luca Marchetti, MD on 09/19/2025 at 03:52 PM EDT
""",
    "expected": E([L("11402"), L("12032")], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 1.8 + 2 x 0.1 = 2.0 cm -> trunk 11402 (1.1-2.0); not the ellipse length or "
                  "the path specimen size. EX-5: layered closure trunk 3.5 cm -> 12032 (2.6-7.5 cm).",
})

SCENARIOS.append({
    "id": "s41-exb-precoded-scalp-nevus-size-and-simple-repair",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision of a moderately atypical scalp nevus: 0.5 cm + 2 x 0.2 cm = 0.9 cm; pre-coded 11420 "
                   "+ 12001 -> 11421, simple repair bundled; Medicaid",
    "date": "2025-10-10",
    "patient": ("Barrientos", "Lucia", "1992-12-12", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Melanocytic nevus of scalp (dysplastic, moderate atypia)", "D22.4", "Left parietal scalp",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, scalp", cpt="11420", site="Left parietal scalp", reasons=["c1"],
          note="Residual pigment/scar 0.5 cm."),
        P("Simple repair, scalp", cpt="12001", site="Left parietal scalp", reasons=["c1"],
          note="Single-layer closure 2.0 cm."),
    ],
    "path": [
        {"text": "Skin, left parietal scalp, re-excision: Residual compound dysplastic nevus with moderate atypia; "
                 "margins free.", "site": "Left parietal scalp", "date": "2025-10-14"},
    ],
    "note_title": "Procedure Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
BARRIENTOS, LUCIA   DOB 12/12/1992   F   Texas Medicaid
Provider: Ines Castellanos, MD   Date: 10/10/2025

Reason for Appointment: re-excision of atypical mole scalp

HPI: 32F, shave biopsy 09/12/2025 L parietal scalp: compound dysplastic nevus with moderate atypia, deep and
peripheral margins involved. Here for re-excision per our protocol for moderate atypia with positive margins.

Physical Exam: L parietal scalp 0.5 cm scar with residual brown pigment.

Assessments
1. Dysplastic nevus, moderate atypia, L scalp - D22.4

Procedures
Procedure Note - Excision
 Site: L parietal scalp
 Lesion size: 0.5 cm (scar + residual pigment)
 Margins: 0.2 cm
 Excised diameter: 0.9 cm
 Consent: verbal and written
 Anesthesia: 1% lido w/ epi 3 cc
 Closure type: simple, single layer 4-0 nylon
 Repair length: 2.0 cm
 Specimen sent: Y
 Est. blood loss: minimal
 Complications: none

Follow Up: 10-14 days suture removal

Electronically signed by Ines Castellanos, MD on 10/10/2025 at 10:21 AM EDT
""",
    "expected": E([L("11421")], topics=["coding-correction", "ncci"], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-1: 0.5 + 2 x 0.2 = 0.9 cm -> scalp 11421 (0.6-1.0), not 11420. EX-3: moderate atypia is benign -> "
                  "benign codes. EX-5: simple repair is included (11421/12001 indicator 1, same wound) -> 12001 removed.",
})

SCENARIOS.append({
    "id": "s41-exb-dermatofibroma-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of a left-calf dermatofibroma with lesion size/margins blank (only the path specimen "
                   "size) -> no excision line; intermediate repair 2.2 cm kept (12031)",
    "date": "2025-12-05",
    "patient": ("Pryor", "Natalie", "1986-07-07", "female"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Dermatofibroma", "D23.72", "Left calf", reason=True),
    ],
    "procedures": [
        P("Excision dermatofibroma", site="Left calf",
          note="Elliptical excision, sent to path. Lesion size: ___  Margins: ___", reasons=["c1"]),
        P("Layered closure", site="Left calf",
          note="Intermediate repair, 4-0 Vicryl deep / 4-0 nylon, length 2.2 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left calf, excision: Dermatofibroma, completely excised. Specimen: skin ellipse "
                 "2.1 x 0.8 x 0.5 cm.", "site": "Left calf", "date": "2025-12-09"},
    ],
    "note_title": "Procedure Visit",
    "note": """Tri-County Medical Associates - Dermatology, Route 9
PRYOR, NATALIE   DOB 07/07/1986   F   Cigna OAP
Jordan Pike, PA-C (supervising L. Marchetti, MD)   12/05/2025

Reason for Appointment: remove bump L calf

HPI: 39F, firm bump L calf x 2 yrs, razor nicks it when shaving and it bleeds, tender, seems bigger.

Exam: L posterior calf firm pink-brown papule, positive dimple sign.

Assessment: Dermatofibroma, symptomatic - D23.72

Procedure: Excision + layered closure (see procedure entries).
 Consent: verbal and written. Anesthesia: 1% lido w/ epi 4 cc. Specimen sent: Y. Est. blood loss: minimal.
 Complications: none.

Follow Up: 14 days suture removal

Electronically signed by Jordan Pike, PA-C on 12/05/2025 at 11:12 AM EST
""",
    "expected": E([L("12031")], topics=["missing-documentation"], dx={"12031": ["D23.72"]}),
    "coder_note": "EX-1: no clinical lesion size or margin anywhere (the path specimen size may not be used) -> no "
                  "excision line + missing-documentation (README: exb-cyst-no-lesion-size). The separately "
                  "documented layered closure stays: leg 2.2 cm -> 12031.",
})

SCENARIOS.append({
    "id": "s41-exm-scc-forearm-referral-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of biopsy-proven SCC right forearm: 1.1 cm + 2 x 0.4 = 1.9 cm (11602) + layered "
                   "closure 4.0 cm (12032); PCP letter quoted; MA PPO",
    "date": "2025-11-06",
    "patient": ("Abernathy-Cole", "Winston", "1946-10-25", "male"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right upper limb", "C44.622", "Right dorsal forearm",
          reason=True),
    ],
    "path": [
        {"text": "Skin, right dorsal forearm, excision: Squamous cell carcinoma, well differentiated, invasive to "
                 "0.9 mm; all margins negative (closest 3 mm).", "site": "Right dorsal forearm",
         "date": "2025-11-10"},
    ],
    "note_title": "Procedure Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
ABERNATHY-COLE, WINSTON   DOB 10/25/1946   M   Aetna Medicare Advantage PPO
Provider: Ines Castellanos, MD     Date: 11/06/2025

Reason for Appointment
1. Excision SCC R forearm

Referral (PCP, Dr. M. Feld, Tri-County Family Medicine, 10/20/2025):
 "Ines - Mr. Abernathy-Cole's shave biopsy from the R forearm (10/16, our office) came back invasive SCC,
 transected at the base. Please excise. He is on clopidogrel after a 2023 stent; OK to continue per cardiology.
 Thanks, Mike"

HPI: 79M, here for excision. Biopsy site healed, lesion regrowing. Not immunosuppressed. Not a Mohs
candidate per AUC (trunk/extremity, small, well differentiated, primary) - standard excision planned.

Physical Exam
 R dorsal forearm: 1.1 cm erythematous keratotic nodule at the biopsy site. No epitrochlear or axillary nodes.

Assessments
1. Squamous cell carcinoma of skin of right upper limb - C44.622 (Primary)

Procedures
Procedure Note - Excision, malignant
 Site: R dorsal forearm
 Lesion size: 1.1 cm
 Margins: 0.4 cm
 Excised diameter: 1.9 cm
 Ellipse length: 4.0 cm
 Consent: verbal and written
 Time-out: Y
 Anesthesia: 1% lido w/ epi 5 cc
 Closure type: intermediate (layered) - 4-0 Monocryl deep, 5-0 nylon running
 Repair length: 4.0 cm
 Specimen sent: Y (suture at 12 o'clock)
 Est. blood loss: minimal
 Complications: none

Treatment
 LAB: Surgical pathology x1
 Wound care handout.

Follow Up
 10-14 days suture removal; FSE every 6 months x 2 yrs

Electronically signed by Ines Castellanos, MD on 11/06/2025 at 02:20 PM EST
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.622"]}),
    "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm -> arm 11602 (1.1-2.0). EX-5: layered closure of the arm 4.0 cm -> "
                  "12032. 'Not a Mohs candidate' -> no Mohs.",
})

SCENARIOS.append({
    "id": "s41-exm-mis-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of melanoma in situ (positive margin) 7 days after the first excision: 1.2 + 2 x 0.5 "
                   "= 2.2 cm -> 11603-58 + layered 5.0 cm 12032-58; re-excision path negative",
    "date": "2025-12-09",
    "patient": ("Sorensen-Achebe", "Greta", "1964-01-31", "female"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 50,
    "conditions": [
        C("c1", "Melanoma in situ of other part of trunk", "D03.59", "Right upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-02", "11602", "Excision malignant lesion, trunk", site="Right upper back",
              note="Excisional biopsy of changing pigmented lesion, excised diameter 1.4 cm."),
        PRIOR("2025-12-02", "12032", "Intermediate repair, trunk", site="Right upper back",
              note="Layered closure 3.0 cm."),
    ],
    "procedures": [
        P("Re-excision melanoma in situ", site="Right upper back",
          note="Scar 1.2 cm excised with 0.5 cm margins, excised diameter 2.2 cm, to fascia. Suture at 12 o'clock.",
          reasons=["c1"]),
        P("Layered closure", site="Right upper back",
          note="Intermediate repair, 3-0 Vicryl deep, 4-0 nylon; length 5.0 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right upper back, re-excision: Healing scar with no residual melanoma in situ; margins free.",
         "site": "Right upper back", "date": "2025-12-12"},
    ],
    "note_title": "Procedure Visit",
    "note": """TRI-COUNTY MEDICAL ASSOCIATES - DERMATOLOGY (Elm St)
SORENSEN-ACHEBE, GRETA   DOB 01/31/1964   F   UHC Choice Plus
Luca Marchetti, MD   12/09/2025

Reason for Appointment: wider excision - melanoma in situ R upper back

HPI: 61F. Excisional biopsy 12/02/2025 (me) of a changing pigmented lesion R upper back: melanoma in situ,
lentiginous, peripheral margin involved. Planned staged wide excision with 5 mm margins today (discussed
12/05 by phone). Sutures from 12/02 still in place.

Exam: R upper back 3.0 cm healing linear scar; the pigmented area had measured 1.2 cm.

Assessment: Melanoma in situ, R upper back - D03.59

Plan/Procedure: wide re-excision + layered closure (procedure entries). Consent: verbal and written.
Anesthesia: 1% lido w/ epi 8 cc. Specimen sent: Y. Est. blood loss: minimal. Complications: none.
LAB: Surgical pathology x1.
Sentinel node biopsy not indicated for in situ disease.

Follow Up: 14 days suture removal; FSE q6 months

Addendum 12/12/2025: re-excision negative for residual MIS. Pt called.

Electronically signed by Luca Marchetti, MD on 12/09/2025 at 04:05 PM EST
""",
    "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["global-period"], dx={"11603": ["D03.59"]}),
    "coder_note": "EX-4 / GS-5: staged re-excision for a positive margin inside the 10-day global of the 12/02 excision "
                  "-> 58 on both lines; still coded malignant though the re-excision is negative (D03 -> malignant "
                  "codes, EX-3). 1.2 + 2 x 0.5 = 2.2 cm -> 11603; layered trunk 5.0 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s41-exm-precoded-benign-code-path-bcc-cheek",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Excision of a suspicious left cheek papule pre-coded as benign 11442 + 12052 before path; path = "
                   "BCC -> 11642 + 12052",
    "date": "2025-10-29",
    "patient": ("Hargreave", "Rosalind", "1958-08-17", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Excision lesion, face", cpt="11442", site="Left cheek", reasons=["c1"],
          note="Lesion 0.7 cm, margins 0.4 cm, excised diameter 1.5 cm."),
        P("Intermediate repair, face", cpt="12052", site="Left cheek", reasons=["c1"],
          note="Layered closure 2.8 cm."),
    ],
    "path": [
        {"text": "Skin, left cheek, excision: Basal cell carcinoma, nodular type; margins free (closest 2.5 mm).",
         "site": "Left cheek", "date": "2025-11-03"},
    ],
    "note_title": "Procedure Visit",
    "note": """Tri-County Medical Associates - Dermatology, Elm Street
HARGREAVE, ROSALIND   DOB 08/17/1958   F   Aetna HMO
Provider: Ines Castellanos, MD   DOS 10/29/2025

Reason for Appointment: remove spot L cheek

HPI: 67F, pearly bump L cheek x 8 months, bled twice. Prefers one-step excision over biopsy first.

Exam: L mid cheek 0.7 cm pearly papule with telangiectasia, clinically suspicious for BCC.

Assessments
1. Neoplasm of skin L cheek, suspicious for BCC - excisional biopsy

Procedures
Procedure Note - Excision
 Site: L cheek
 Lesion size: 0.7 cm
 Margins: 0.4 cm
 Excised diameter: 1.5 cm
 Consent: verbal and written
 Anesthesia: 1% lido w/ epi 3 cc
 Closure type: intermediate - layered 5-0 Monocryl deep, 6-0 nylon superficial
 Repair length: 2.8 cm
 Specimen sent: Y
 Est. blood loss: minimal
 Complications: none

Procedure Codes (charge entered at checkout): 11442, 12052

Follow Up: 1 wk suture removal

Addendum 11/03/2025: Path = nodular BCC, margins clear. No further surgery needed. FSE 6 mo.

Electronically signed by Ines Castellanos, MD on 10/29/2025 at 03:40 PM EDT
""",
    "expected": E([L("11642"), L("12052")], topics=["coding-correction"], dx={"11642": ["C44.319"]}),
    "coder_note": "EX-3/DX-2: benign vs malignant follows the final pathology -> BCC -> malignant face code. "
                  "0.7 + 2 x 0.4 = 1.5 cm -> 11642. Layered face closure 2.8 cm -> 12052 (separately reportable).",
})
