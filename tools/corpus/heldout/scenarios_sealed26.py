"""Sealed set 26 (s26-): FQHC dermatology clinic on Oracle Health (Cerner) PowerChart.

Mesa Verde Community Health Center, Dermatology Clinic (federally qualified health center). Notes are PowerNote /
Dynamic Documentation style: auto-text headers, copied-forward vitals/ROS, interpreter attestations. Payer mix is
Medicaid and Medicaid managed care heavy, with some Medicare FFS, Medicare Advantage and commercial. Expected
answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
("File format", "Coding decisions") only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

CLINIC = "Mesa Verde Community Health Center - Dermatology Clinic"


def sig(name: str, stamp: str) -> str:
    """Cerner-style electronic signature footer."""
    return f"\nElectronically Signed on {stamp}\n____________________________________\n{name}\n"


# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s26-bx-punch-two-tangential-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Punch bx shin + tangential bx forearm + tangential bx back, charge entry keyed 11104 + 11102 x2; "
                   "Medicaid MCO, Spanish interpreter",
    "date": "2025-11-04",
    "patient": ("Villalobos", "Marisol", "1967-08-19", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Hypertrophic lichen planus", "L43.0", "Right anterior shin", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Left dorsal forearm", reason=True),
        C("c3", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Punch biopsy skin, single lesion", cpt="11104", site="Right anterior shin",
          note="4 mm punch, full thickness, 1 simple 4-0 nylon suture.", reasons=["c1"]),
        P("Tangential biopsy skin, single lesion", cpt="11102", site="Left dorsal forearm",
          note="Shave bx with DermaBlade, AlCl3 hemostasis.", reasons=["c2"]),
        P("Tangential biopsy skin, single lesion", cpt="11102", site="Left upper back",
          note="Saucerization bx, AlCl3 hemostasis.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Skin, right anterior shin, punch: hypertrophic lichen planus.", "site": "Right anterior shin"},
        {"text": "B. Skin, left dorsal forearm, shave: actinic keratosis, hypertrophic type.",
         "site": "Left dorsal forearm"},
        {"text": "C. Skin, left upper back, shave: basal cell carcinoma, superficial type, extending to the "
                 "peripheral margin.", "site": "Left upper back"},
    ],
    "note_title": "Dermatology Office Note",
    "note": f"""{CLINIC}
Document Type: Dermatology Office Note
Service Date/Time: 11/4/2025 09:40 CST
Result Status: Auth (Verified)

Chief Complaint
"Tengo unas manchas que no se quitan" - itchy thick spot on the right leg, rough spot on left arm, pink spot on back.

History of Present Illness
58 y/o female, established pt, here for 3 lesions. R shin plaque x 8 months, very itchy, failed OTC
hydrocortisone. L forearm rough scaly spot x 1 yr. Pink shiny patch L upper back noticed by her daughter,
occasionally bleeds when she scratches.

Review of Systems
Constitutional: Negative for fever, weight loss.  Skin: see HPI.
All other systems reviewed and are negative.

Physical Exam
Vitals & Measurements
T: 36.7 C (Oral)  HR: 76 (Peripheral)  RR: 16  BP: 128/79  SpO2: 98%  Wt: 71.4 kg
Skin: R anterior shin 2.5 cm violaceous hyperkeratotic plaque with Wickham-like striae. L dorsal forearm
6 mm gritty erythematous papule. L upper back 9 mm pink pearly thin plaque with fine telangiectasia.
Oral mucosa without lacy white change.

Assessment/Plan
1. Plaque R shin, DDx hypertrophic LP vs LSC vs SCC - punch biopsy.
2. Scaly papule L forearm, DDx AK vs SCCIS - tangential biopsy.
3. Pink plaque L upper back, DDx superficial BCC vs eczema - tangential biopsy.
Will call with results. If BCC confirmed, will schedule ED&C vs excision (not today).

Procedure Note
Consent signed after risks/benefits/alternatives reviewed via interpreter. Sites marked, time-out done.
Local: 1% lidocaine w/ epi.
#1 R anterior shin: 4 mm punch biopsy, closed with one 4-0 nylon simple suture.
#2 L dorsal forearm: tangential (shave) biopsy with DermaBlade, AlCl3 for hemostasis.
#3 L upper back: tangential (saucerization) biopsy, AlCl3 for hemostasis.
Three separate specimens labeled A-C to pathology. Petrolatum + bandage. EBL minimal.

Interpreter: Spanish interpreter ID 4471 used for the entire encounter (in person).
{sig("Castellanos MD, Ines", "11/04/2025 12:02 PM CST")}""",
    "expected": E([L("11104"), L("11103", 2)], ["coding-correction"], dx={"11104": ["L43.0"]}),
    "coder_note": "BX-2: one primary per encounter (punch outranks tangential); the two tangential biopsies are "
                  "11103 x2. 11104/11102 is PTP indicator 0, so the keyed 11102 lines cannot stand.",
})

SCENARIOS.append({
    "id": "s26-bx-tangential-nevus-copied-forward-history",
    "family": "biopsy", "shape": "note-only",
    "description": "Single tangential bx of a changing pigmented macule on the back; long copied-forward history of "
                   "Mohs, ED&C and AK cryo that must not be coded; Medicaid",
    "date": "2025-12-09",
    "patient": ("Treviño", "Aurelio", "1959-02-27", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Dysplastic compound nevus, moderate atypia", "D22.5", "Left upper back", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [
        {"text": "Skin, left upper back, shave biopsy: compound dysplastic nevus with moderate cytologic atypia; "
                 "lesion extends to peripheral margin.", "site": "Left upper back"},
    ],
    "note_title": "Dermatology Follow-up Note",
    "note": f"""{CLINIC}
Document Type: Dermatology Follow-up Note
Service Date/Time: 12/9/2025 14:10 CST
Result Status: Auth (Verified)

Chief Complaint
Mole on back changing, 6 month skin check.

History of Present Illness
66 y/o M with hx of BCC, returns for scheduled skin check. Wife noticed a mole on his L upper back that got
darker and "spread out" over the summer. No bleeding, no itch.

Interval History (copied forward from 10/14/2025 visit - reviewed, unchanged)
- BCC L nasal tip, Mohs 03/2021 (outside surgeon), healed well.
- BCC R shoulder, ED&C 08/2023 here, no recurrence.
- AKs: LN2 cryotherapy to 5 AKs on scalp and cheeks on 10/14/2025.
- Seb derm face, ketoconazole cream prn.
Medications: lisinopril 20 mg daily, metformin 500 mg BID, ketoconazole 2% cream prn.
Allergies: NKDA.
Social: former roofer, 30 yrs outdoor work. Never smoker.

Review of Systems (copied forward)
Constitutional: Negative.  Skin: Positive for lesion as per HPI.  All other systems negative.

Physical Exam
Vitals & Measurements
T: 36.5 C  HR: 68  BP: 138/84  Wt: 88.0 kg
Full skin exam (scalp, face, neck, chest, abdomen, back, buttocks, upper and lower extremities) performed.
Scalp and cheeks: prior AK sites clear, no new gritty papules. Nasal tip scar and R shoulder scar without
recurrence. L upper back: 7 mm irregularly pigmented macule with asymmetric brown-black network on
dermoscopy.

Assessment/Plan
1. Atypical pigmented lesion L upper back - tangential biopsy today to r/o melanoma.
2. Hx BCC - no evidence of recurrence. Continue q6 month FSE, sun protection.
3. AKs - none today, no treatment needed.
If biopsy shows severe atypia or melanoma we will plan re-excision; otherwise observe.

Procedure Note - Tangential Biopsy
Verbal and written consent. Site confirmed with pt via mirror photo. Time-out performed.
Local anesthesia: 1% lidocaine with epinephrine 1 mL.
Deep saucerization (tangential) biopsy with DermaBlade to mid-dermis including 1-2 mm rim of normal skin.
Hemostasis: aluminum chloride. Vaseline and bandage. Specimen to pathology x1.
Pt tolerated well. Wound care handout given.
{sig("Santos MD, Rafael", "12/09/2025 03:05 PM CST")}""",
    "expected": E([L("11102")], dx={"11102": ["D22.5"]}),
    "coder_note": "Only today's tangential biopsy is billed. The Mohs (2021), ED&C (2023) and AK cryotherapy "
                  "(10/14/2025) are copied-forward history; no AKs were treated today.",
})

SCENARIOS.append({
    "id": "s26-bx-incisional-thigh-punch-arm",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge bx of a thigh nodule plus 3 mm punch bx of the arm; free-text procedures; "
                   "commercial",
    "date": "2026-01-13",
    "patient": ("Okoro", "Daniel", "1981-05-30", "male"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Erythema nodosum", "L52", "Right lateral thigh", reason=True),
        C("c2", "Granuloma annulare", "L92.0", "Left posterior upper arm", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, skin and subcutaneous fat (wedge)", site="Right lateral thigh",
          note="Fusiform wedge 1.8 x 0.6 cm taken with #15 blade through dermis into subcutis; partial sample of "
               "a 3 cm tender nodule. Closed with three 4-0 nylon simple interrupted sutures.", reasons=["c1"]),
        P("Punch biopsy 3 mm", site="Left posterior upper arm",
          note="3 mm punch of annular papule rim, one 5-0 nylon suture.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin and subcutis, right thigh, incisional: septal panniculitis consistent with erythema "
                 "nodosum.", "site": "Right lateral thigh"},
        {"text": "B. Skin, left upper arm, punch: interstitial granuloma annulare.", "site": "Left upper arm"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 1/13/2026 10:20 CST

Procedure Note
Pre-procedure diagnosis: 1) tender nodules R thigh, r/o panniculitis; 2) annular papules L arm.
Procedure(s): 1) incisional (wedge) biopsy R lateral thigh; 2) punch biopsy 3 mm L posterior upper arm.
Indication: nodules x 6 weeks, recurrent; annular lesions x 3 months, non-scaly.
Consent: written, risks incl. bleeding, infection, scar discussed.
Anesthesia: 1% lidocaine with epinephrine, 4 mL total.
Description: Thigh - fusiform wedge through dermis into subcutaneous fat with #15 blade, 1.8 x 0.6 cm,
simple closure 4-0 nylon x3. Arm - 3 mm punch at active border, simple closure 5-0 nylon x1.
Specimens: A (thigh), B (arm) to pathology in formalin.
Complications: none. EBL < 5 mL.
Plan: suture removal 10-14 days (can be done at PCP). Avoid NSAID changes until path back.
{sig("Ramirez MD, Sofia", "01/13/2026 11:02 AM CST")}""",
    "expected": E([L("11106"), L("11105")], dx={"11106": ["L52"]}),
    "coder_note": "BX-2: incisional outranks punch, so 11106 is the primary and the punch takes its own add-on "
                  "11105 (AOC allows 11105 with 11106). Simple closures are included.",
})

SCENARIOS.append({
    "id": "s26-cos-sk-back-cryo-voluntary-abn",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "LN2 to 9 asymptomatic SKs on the back for appearance, voluntary ABN signed, keyed 17110 "
                   "without modifiers; Medicare FFS",
    "date": "2025-10-21",
    "patient": ("Pruitt", "Loretta", "1950-12-03", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, asymptomatic", "L82.1", "Back", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions up to 14, cryotherapy", cpt="17110", site="Upper and mid back",
          note="LN2 spray, 1 freeze-thaw cycle, to 9 SKs.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Office Note",
    "note": f"""{CLINIC}
Document Type: Dermatology Office Note
Service Date/Time: 10/21/2025 13:30 CST

Chief Complaint
"Want these brown spots off my back."

History of Present Illness
74 y/o F, established. Multiple brown "stuck-on" spots on back for years. She denies itching, bleeding,
irritation from clothing, or any recent change. She does not like the way they look in a swimsuit and wants
them frozen before a family cruise. Prior inflamed SK R temple biopsied 2024, healed, no recurrence.

Review of Systems
Skin: as per HPI. Negative for new or changing moles. All other systems negative.

Physical Exam
Vitals & Measurements  BP: 142/80  HR: 72
Back: nine 4-9 mm waxy tan-brown stuck-on papules, dermoscopy with milia-like cysts and comedo-like openings,
typical of SK. No erythema, crust or erosion. No atypical lesions.

Assessment/Plan
1. Seborrheic keratoses, back, asymptomatic - benign. Removal is cosmetic.
Explained that Medicare does not pay for cosmetic removal. Pt given the voluntary Advance Beneficiary Notice
for the cosmetic service; she read and signed it, understands she will be responsible for the charge.
Pt elected to proceed.

Procedure Note
Cryotherapy with liquid nitrogen to 9 SKs on upper/mid back, 1 freeze-thaw cycle each. Tolerated well.
Blistering/hypopigmentation risk reviewed. RTC prn.
{sig("Okonkwo MD, Chidi", "10/21/2025 02:11 PM CST")}""",
    "expected": E([L("17110", 1, "GY", "GX")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-2/COS-4: asymptomatic L82.1 removal for appearance is statutorily excluded -> GY on "
                  "Medicare FFS, plus GX because a voluntary ABN was signed.",
})

SCENARIOS.append({
    "id": "s26-cos-neck-tags-medicaid-selfpay",
    "family": "cosmetic", "shape": "free-text",
    "description": "Snip removal of 12 asymptomatic neck skin tags for appearance, sliding-fee self-pay; Medicaid",
    "date": "2025-11-18",
    "patient": ("Castañeda", "Yesenia", "1989-04-11", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons (skin tags), neck, asymptomatic", "L91.8", "Bilateral neck", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, snip excision x 12", site="Bilateral neck",
          note="Gradle scissors, no anesthesia needed; AlCl3 hemostasis. Cosmetic - patient pay.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 11/18/2025 15:45 CST

Chief Complaint
Skin tags on neck.

History of Present Illness
36 y/o F with skin tags on both sides of the neck since pregnancy. Not irritated, no bleeding, do not catch
on necklaces or clothing, no pain. "I just don't like how they look."

Physical Exam
12 soft pedunculated flesh-colored papules 1-3 mm, bilateral lateral neck. No inflammation.

Assessment/Plan
Acrochordons, asymptomatic - cosmetic. Explained Medicaid does not cover cosmetic removal. Pt chose to pay
out of pocket per clinic sliding-fee schedule (Tier B); self-pay form signed.

Procedure Note
Snip removal of 12 skin tags with sterile iris scissors, AlCl3 hemostasis. No specimens sent.

Interpreter: Spanish interpreter ID 4471 used for the entire encounter.
{sig("Ramirez MD, Sofia", "11/18/2025 04:20 PM CST")}""",
    "expected": E([], ["cosmetic"]),
    "coder_note": "Asymptomatic skin tags removed for appearance on a Medicaid patient: cosmetic, not put on the "
                  "claim (conventions: non-Medicare cosmetic line removed, patient billed directly).",
})

SCENARIOS.append({
    "id": "s26-ds-ak-seventeen-keyed-17000-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 17 AKs (scalp 9, forehead 4, hands 4) keyed 17000 + 17003 x16; two nasal papules not "
                   "treated; Medicare FFS",
    "date": "2026-02-17",
    "patient": ("Halloran", "Dennis", "1944-09-09", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp, forehead, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", cpt="17000", site="Scalp",
          note="LN2, 2 freeze-thaw cycles.", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional (x16)", cpt="17003",
          site="Scalp, forehead, bilateral dorsal hands", note="Units keyed: 16.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Office Note",
    "note": f"""{CLINIC}
Document Type: Dermatology Office Note
Service Date/Time: 2/17/2026 08:50 CST

Chief Complaint
Rough spots scalp, forehead and hands.

History of Present Illness
81 y/o M, retired farmer, hx numerous AKs. Last LN2 treatment 08/2025. Reports new rough spots that
catch on his cap.

Physical Exam
Vitals & Measurements  BP: 136/70  HR: 64
Scalp: 9 gritty erythematous scaly papules.  Forehead: four similar.  Dorsal hands: 4 (2 R, 2 L).
R nasal sidewall: two 4-5 mm hyperkeratotic papules, more indurated than his usual AKs.

Assessment/Plan
1. Actinic keratoses - LN2 today to scalp (9), forehead (4) and dorsal hands (4) = 17 lesions total.
2. Hyperkeratotic papules R nasal sidewall x2 - NOT treated today; if still present at 6 weeks will biopsy
   to r/o SCC. Pt agrees.
Discussed field therapy with 5-FU cream for next winter.

Procedure Note
Cryosurgery with liquid nitrogen, 2 freeze-thaw cycles to each of the 17 AKs listed above. Tolerated well.
{sig("Santos MD, Rafael", "02/17/2026 09:31 AM CST")}""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 17 AKs -> 17004 x1 instead of 17000/17003 (17003 also cannot exceed 13). The two nasal "
                  "papules were not treated and are not counted.",
})

SCENARIOS.append({
    "id": "s26-ds-ak-uncounted-with-arm-bx",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 to AKs on scalp and forearms with no lesion count, plus tangential bx of an arm papule; "
                   "Medicare FFS",
    "date": "2026-03-03",
    "patient": ("Whitfield", "Arlene", "1948-06-14", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp and bilateral dorsal forearms", reason=True),
        C("c2", "Basal cell carcinoma of skin of right upper limb", "C44.612", "Right upper arm", reason=True),
    ],
    "procedures": [
        P("Cryodestruction of actinic keratoses", site="Scalp; bilateral dorsal forearms",
          note="Liquid nitrogen, two freeze-thaw cycles, to the actinic keratoses on scalp and both forearms.",
          reasons=["c1"]),
        P("Tangential (shave) biopsy", site="Right lateral upper arm",
          note="6 mm pearly papule; DermaBlade shave biopsy to mid-dermis; AlCl3.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right upper arm, shave biopsy: basal cell carcinoma, nodular type, transected at the deep "
                 "margin.", "site": "Right upper arm"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 3/3/2026 11:15 CST

Assessment/Plan
1. Actinic keratoses, scalp and bilateral forearms - treated with LN2 today.
2. Pearly papule R upper arm, r/o BCC - shave biopsy today.

Procedure Note
Cryotherapy: liquid nitrogen to the actinic keratoses of the scalp and both dorsal forearms, two
freeze-thaw cycles each. Tolerated well, expected blistering reviewed.
Biopsy: consent, time-out, 1% lidocaine w/ epi 0.5 mL. Tangential biopsy R lateral upper arm, 6 mm papule,
DermaBlade to mid-dermis, AlCl3 hemostasis. Specimen x1 to pathology.
Follow-up: will call with path; RTC 3 months.
{sig("Okonkwo MD, Chidi", "03/03/2026 11:48 AM CST")}""",
    "expected": E([L("11102")], ["missing-documentation"], dx={"11102": ["C44.612"]}),
    "coder_note": "README coding decision: no AK count documented -> no 17000/17003/17004 line "
                  "(missing-documentation). The biopsy of a separate lesion stands alone.",
})

SCENARIOS.append({
    "id": "s26-ds-edc-sbcc-back-final-defect",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven superficial BCC upper back, lesion 0.8 cm but final defect 1.3 cm; "
                   "Medicaid MCO",
    "date": "2026-01-06",
    "patient": ("Benavides", "Rogelio", "1956-10-22", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma", "C44.519", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-09", "11102", "Tangential biopsy", "Left upper back",
              "Path: superficial basal cell carcinoma."),
    ],
    "procedures": [
        P("Electrodesiccation and curettage, malignant lesion", site="Left upper back",
          note="Clinical lesion 0.8 x 0.7 cm. Curette and electrodesiccation x 3 cycles. Final defect after "
               "curettage 1.3 x 1.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 1/6/2026 09:05 CST

Pre-op dx: superficial BCC L upper back (bx 12/9/2025).
Procedure: electrodesiccation and curettage (ED&C).
Consent: options reviewed (excision, ED&C, imiquimod) via interpreter; pt chose ED&C. Written consent.
Anesthesia: 1% lidocaine with epi 2 mL.
Technique: biopsy-site scar with surrounding pink plaque, clinical lesion 0.8 x 0.7 cm. Curetted firmly
with 4 mm and 3 mm curettes, followed by electrodesiccation; repeated for 3 total cycles.
Final defect measured after last cycle: 1.3 x 1.2 cm.
Hemostasis achieved. Vaseline, bandage. Wound care reviewed.
F/u: wound check prn, skin check 6 months.

Interpreter: Spanish interpreter ID 4471 used for the entire encounter.
{sig("Castellanos MD, Ines", "01/06/2026 09:44 AM CST")}""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction with curettage is sized by the final defect (1.3 cm), trunk -> 17262, "
                  "not 17261 from the 0.8 cm clinical size. Prior biopsy (000 global) has no global effect.",
})

SCENARIOS.append({
    "id": "s26-em-screening-fse-no-findings-gy",
    "family": "em", "shape": "note-only",
    "description": "Screening-only full-skin exam, no history, no complaint, nothing found; established pt, "
                   "99212; Medicare FFS",
    "date": "2025-10-28",
    "patient": ("Lindahl", "Gerald", "1957-01-15", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Dermatology Office Note",
    "note": f"""{CLINIC}
Document Type: Dermatology Office Note
Service Date/Time: 10/28/2025 16:00 CST

Chief Complaint
"Skin check" - wife wants him checked.

History of Present Illness
68 y/o M, last seen here 2023 for seborrheic dermatitis (resolved). Here for a skin cancer screening at his
wife's request. No new, changing, bleeding or itchy lesions. No personal hx of skin cancer. No family hx of
melanoma. No hx of blistering sunburns, no tanning beds.

Review of Systems
Constitutional: Negative.  Skin: Negative for rash, lesions.  All other systems negative.

Physical Exam
Vitals & Measurements  BP: 126/78  HR: 70  Wt: 82 kg
Full skin exam: scalp, face, ears, neck, chest, abdomen, back, buttocks, arms, hands, legs, feet, nails.
No lesions of concern. No atypical nevi. No rash.

Assessment/Plan
1. Skin cancer screening - normal exam. No treatment, no biopsy.
Sun protection counseling. RTC prn or if new lesion.
{sig("Santos MD, Rafael", "10/28/2025 04:19 PM CST")}""",
    "expected": E([L("99212", 1, "GY")], dx={"99212": ["Z12.83"]}),
    "coder_note": "DX-5 / README: screening-only full-skin exam on Medicare with no history, complaint or finding "
                  "is not a Medicare benefit -> E/M kept at the provider's level with GY.",
})

SCENARIOS.append({
    "id": "s26-em-psoriasis-methotrexate-labs-html",
    "family": "em", "shape": "note-only",
    "description": "Psoriasis on methotrexate, lab review and continued MTX, 99214; prior NB-UVB/excimer history "
                   "in the note; HTML Dynamic Documentation; Medicaid",
    "date": "2025-12-16",
    "patient": ("Ibarra", "Tomás", "1972-03-08", "male"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 28, "em": "99214",
    "html": True,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
        C("c2", "Long term (current) use of antimetabolite agent", "Z79.631"),
    ],
    "note_title": "Dermatology Office Note",
    "note": f"""<html><head><title>Dermatology Office Note</title></head>
<body><div class="ddemrcontent" id="_PowerNote">
<p><b>{CLINIC}</b><br/>Document Type: Dermatology Office Note<br/>Service Date/Time: 12/16/2025 10:30 CST<br/>
Result Status: Auth (Verified)</p>
<h3>Chief Complaint</h3><p>Psoriasis follow up, methotrexate labs.</p>
<h3>History of Present Illness</h3>
<p>53 y/o M with plaque psoriasis since age 30. Started methotrexate 15 mg weekly + folic acid 1 mg daily
09/2025. Prior treatments: NB-UVB phototherapy 2019-2020 (stopped, transportation), excimer laser to elbows
2021 (outside clinic), topical clobetasol. Reports itch better, plaques thinner. Mild nausea day after dose.
No fevers, cough, mouth sores. Alcohol: none.</p>
<h3>Review of Systems</h3>
<p>Constitutional: Negative for fever.<br/>GI: Positive for mild nausea. Negative for abdominal pain.<br/>
Skin: see HPI.<br/>All other systems reviewed and negative.</p>
<h3>Physical Exam</h3>
<table border="1"><tr><td>T 36.8 C</td><td>HR 80</td><td>BP 130/84</td><td>Wt 96.1 kg</td></tr></table>
<p>Thin erythematous plaques with minimal scale on elbows, knees, lower back. BSA ~6% (was 12% in 09/2025).
Nails: pitting 3 fingernails. No joint swelling.</p>
<h3>Results Review</h3>
<p>12/10/2025 CBC: WBC 6.1, Hgb 14.2, Plt 242. CMP: AST 31, ALT 38, Cr 0.9. Reviewed with patient.</p>
<h3>Assessment/Plan</h3>
<ol><li>Psoriasis vulgaris, improving on methotrexate but not at goal (BSA 6%). Continue MTX 15 mg weekly;
split dose to reduce nausea; continue folic acid. Refill clobetasol 0.05% ointment for residual plaques.
Repeat CBC/CMP in 8 weeks (ordered).</li>
<li>High-risk medication monitoring - labs reviewed, no toxicity. Counseled no alcohol, contraception n/a.</li>
</ol>
<p>No procedures today. No phototherapy today.</p>
<p>Total time on date of service 28 minutes.</p>
<p>Electronically Signed on 12/16/2025 11:14 AM CST<br/>Ramirez MD, Sofia</p>
</div></body></html>""",
    "expected": E([L("99214")], dx={"99214": ["L40.0"]}),
    "coder_note": "EM-2/EM-4: chronic illness not at goal (moderate problem) + drug therapy requiring intensive "
                  "monitoring for toxicity (high risk) -> moderate MDM; provider's 99214 kept. Prior NB-UVB and "
                  "excimer are history only.",
})


# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s26-em-new-nodular-acne-isotretinoin-interpreter",
    "family": "em", "shape": "note-only",
    "description": "New patient, nodulocystic acne failing doxycycline, isotretinoin started, 99204; old urgent-care "
                   "I&D in history and declined ILK today; Medicaid MCO, interpreter for mother",
    "date": "2026-01-20",
    "patient": ("Mendoza", "Kevin", "2007-07-02", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Acne vulgaris, severe nodulocystic with scarring", "L70.0", "Face, chest, back", reason=True),
    ],
    "note_title": "Dermatology New Patient Note",
    "note": f"""{CLINIC}
Document Type: Dermatology New Patient Note
Service Date/Time: 1/20/2026 13:00 CST
Result Status: Auth (Verified)

Chief Complaint
Acne, referred by PCP (Dr. Lucero, Mesa Verde CHC Pediatrics).

History of Present Illness
18 y/o M new to dermatology. Acne since age 13, worse over the last year with painful deep nodules on the jaw,
chest and back leaving scars. Treatments: benzoyl peroxide wash, adapalene 0.1% gel, doxycycline 100 mg BID
x 6 months in 2025 - minimal improvement. Had a painful cyst on the chin drained at urgent care 03/2024.
No prior isotretinoin. Mood: denies depression, no SI. Lives with mother; mother present.

Past Medical History: asthma (albuterol prn). Allergies: NKDA. Social: senior in high school, no alcohol.

Review of Systems
Constitutional: Negative.  Psych: Negative for depressed mood.  Skin: see HPI.
All other systems reviewed and are negative.

Physical Exam
Vitals & Measurements  T: 36.6 C  HR: 72  BP: 118/70  Wt: 68.9 kg  BMI: 22.4
Face/jawline: numerous inflammatory papules, 6 tender nodules 0.5-1.2 cm, atrophic and hypertrophic scars.
Chest and upper back: papulopustules and 4 nodules, rolling scars.

Assessment/Plan
1. Acne vulgaris, severe nodulocystic with scarring, failed oral antibiotic - start isotretinoin.
   - iPLEDGE registration completed today (male patient).
   - Baseline fasting lipid panel and hepatic panel ordered; repeat monthly.
   - Counseled: dryness, cheilitis, epistaxis, myalgias, mood changes (pt and mother told to call for any
     mood change), no blood donation, no waxing.
   - Isotretinoin 40 mg daily x 30 days sent to pharmacy after labs result.
   - Stop doxycycline.
   - Offered intralesional triamcinolone to the 2 most inflamed jaw nodules today; pt declined, will consider
     at next visit. No injection performed.
2. Acne scarring - discuss procedural options after isotretinoin course.
RTC 4 weeks.

Interpreter: Spanish interpreter ID 4471 used for communication with mother (patient speaks English).
Total time on date of encounter: 50 minutes.
{sig("Castellanos MD, Ines", "01/20/2026 02:21 PM CST")}""",
    "expected": E([L("99204")], dx={"99204": ["L70.0"]}),
    "coder_note": "New patient E/M kept at the provider's 99204 (chronic illness progressing on treatment + "
                  "prescription drug management with lab monitoring). The 2024 urgent-care I&D is history and the "
                  "offered intralesional injection was declined, so neither is coded.",
})

SCENARIOS.append({
    "id": "s26-exb-cyst-back-keyed-ellipse-length",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Recurrently inflamed epidermoid cyst 2.0 cm with 2 mm margins keyed 11406 (ellipse length) + "
                   "12032; Medicaid",
    "date": "2026-02-03",
    "patient": ("Rangel", "Humberto", "1975-11-30", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, recurrently inflamed", "L72.0", "Mid upper back", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk, excised diameter over 4.0 cm", cpt="11406", site="Mid upper back",
          note="Cyst 2.0 x 1.6 cm; 2 mm margins; fusiform ellipse 6.5 x 2.2 cm.", reasons=["c1"]),
        P("Repair, intermediate, trunk 2.6-7.5 cm", cpt="12032", site="Mid upper back",
          note="Layered closure 6.5 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, mid upper back, excision: ruptured epidermal inclusion cyst with foreign-body "
                 "giant cell reaction. Benign.", "site": "Mid upper back"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 2/3/2026 10:40 CST

Pre-procedure diagnosis: Epidermoid cyst, mid upper back, recurrently inflamed (drained twice at urgent care
in 2025, painful flare again 12/2025 treated with doxycycline).
Procedure: Excision of cyst with intermediate (layered) repair.
Consent: written, in English. Time-out performed.
Anesthesia: 1% lidocaine with epinephrine 8 mL.
Measurements (pre-incision): cyst 2.0 x 1.6 cm. Margins 2 mm around the cyst and punctum.
Fusiform ellipse drawn 6.5 x 2.2 cm along relaxed skin tension lines (3:1 for closure).
Excised to subcutaneous fat, cyst removed with sac, partially ruptured. Sent to pathology.
Repair: deep dermal 3-0 Vicryl buried interrupted, epidermis 4-0 nylon running. Layered closure length 6.5 cm.
EBL minimal. No complications. Pressure dressing.
Plan: suture removal 12-14 days, call with pathology.
{sig("Okonkwo MD, Chidi", "02/03/2026 11:35 AM CST")}""",
    "expected": E([L("11403"), L("12032")], ["coding-correction"], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 2.0 + 2 x 0.2 = 2.4 cm -> trunk 11403 (2.1-3.0); the 6.5 cm ellipse "
                  "length is not the size. Intermediate repair 6.5 cm trunk -> 12032 (separately reportable).",
})

SCENARIOS.append({
    "id": "s26-exb-scalp-atypical-nevus-reexcision",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of severely atypical nevus biopsy site on scalp, 0.6 cm with 3 mm margins, staple "
                   "closure; commercial",
    "date": "2026-02-10",
    "patient": ("Duarte", "Camila", "1994-09-14", "female"),
    "provider": "ramirez", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Severely atypical compound nevus, scalp", "D22.4", "Left parietal scalp", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-20", "11102", "Tangential biopsy", "Left parietal scalp",
              "Severely atypical compound nevus, peripheral margin involved."),
    ],
    "procedures": [
        P("Excision of atypical pigmented lesion with 3 mm margins", site="Left parietal scalp",
          note="Residual pigment/biopsy scar 0.6 x 0.5 cm. 3 mm margins. Fusiform excision 2.0 x 0.8 cm to "
               "subcutaneous fat. Simple closure with 4 staples.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left parietal scalp, excision: biopsy site scar with residual severely atypical compound "
                 "nevus; margins clear. No melanoma.", "site": "Left parietal scalp"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 2/10/2026 15:20 CST

Indication: shave bx 1/20/2026 L parietal scalp = severely atypical compound nevus, margin involved.
Recommended complete excision with 3 mm margins.
Consent obtained. Hair clipped. Time-out.
Anesthesia: 1% lidocaine with epi 3 mL.
Residual pigment and scar measured 0.6 x 0.5 cm. 3 mm margin marked. Fusiform excision (2.0 x 0.8 cm
ellipse) to subcutaneous fat, oriented with suture at 12:00. Hemostasis with electrocautery.
Closure: simple, 4 staples. No layered closure needed.
Pathology: 1 specimen.
F/u: staple removal 10 days; full skin exam 6 months.
{sig("Ramirez MD, Sofia", "02/10/2026 03:58 PM CST")}""",
    "expected": E([L("11422")]),
    "coder_note": "EX-1/EX-2/EX-3: 0.6 + 2 x 0.3 = 1.2 cm, scalp (SNHFG) -> 11422; atypical nevus is benign. "
                  "Simple (staple) closure included. Prior biopsy is a 000 global.",
})

SCENARIOS.append({
    "id": "s26-exb-neck-cyst-size-missing-layered-closure",
    "family": "excision-benign", "shape": "note-only",
    "description": "Painful epidermoid cyst posterior neck excised, lesion size and margins never recorded, layered "
                   "closure 3.0 cm; Medicaid MCO",
    "date": "2026-03-10",
    "patient": ("Aguilar", "Beatriz", "1983-12-05", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal cyst, painful", "L72.0", "Posterior neck", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, posterior neck: epidermal inclusion cyst, intact. Benign.",
         "site": "Posterior neck"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 3/10/2026 09:30 CST

Chief Complaint
Painful lump back of neck.

History of Present Illness
42 y/o F with cyst at the posterior hairline x 2 yrs, rubs on uniform collar at work, became red and painful
twice last year. Wants it out.

Physical Exam
Posterior neck: mobile subcutaneous cyst with central punctum, mildly tender. No current fluctuance.

Assessment/Plan
Epidermoid cyst, symptomatic (pain, recurrent inflammation, friction from collar) - excision today.

Procedure Note
Consent signed. Time-out. Prep with chlorhexidine.
Anesthesia: 1% lidocaine with epinephrine.
Elliptical excision around the punctum down to the cyst wall; cyst dissected free and removed intact.
Hemostasis with electrocautery.
Repair: layered closure - buried 4-0 Monocryl deep dermal sutures, 5-0 nylon simple interrupted on top.
Length of repair 3.0 cm.
Specimen to pathology. Dressing applied.
F/u: suture removal in 7-10 days.

Interpreter: Spanish interpreter ID 4471 used for the entire encounter.
{sig("Santos MD, Rafael", "03/10/2026 10:22 AM CST")}""",
    "expected": E([L("12042")], ["missing-documentation"]),
    "coder_note": "README coding decision: no lesion size or margin -> no excision line (missing-documentation); "
                  "the separately documented intermediate repair of the neck, 3.0 cm, stays -> 12042.",
})

SCENARIOS.append({
    "id": "s26-exm-bcc-forearm-intermediate-repair-html",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of biopsy-proven nodular BCC right forearm 1.1 cm with 4 mm margins, layered repair "
                   "4.0 cm; HTML note; Medicare FFS",
    "date": "2026-03-17",
    "patient": ("Kowalczyk", "Bernard", "1946-04-25", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 60,
    "html": True,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right dorsal forearm", "C44.612", "Right dorsal forearm",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-02-24", "11102", "Tangential biopsy", "Right dorsal forearm", "Nodular BCC."),
    ],
    "path": [
        {"text": "Skin, right dorsal forearm, excision: basal cell carcinoma, nodular type; all margins free, "
                 "closest 3 mm.", "site": "Right dorsal forearm"},
    ],
    "note_title": "Procedure Note",
    "note": f"""<html><body><div class="ddemrcontent">
<p><b>{CLINIC}</b><br/>Document Type: Procedure Note<br/>Service Date/Time: 3/17/2026 13:15 CST</p>
<h3>Procedure Note</h3>
<table border="0">
<tr><td><b>Pre-op diagnosis</b></td><td>Basal cell carcinoma, nodular, R dorsal forearm (shave bx 2/24/2026)</td></tr>
<tr><td><b>Post-op diagnosis</b></td><td>Same</td></tr>
<tr><td><b>Procedure</b></td><td>Excision of malignant lesion with intermediate (layered) repair</td></tr>
<tr><td><b>Anesthesia</b></td><td>1% lidocaine with epinephrine 1:100,000, 7 mL</td></tr>
</table>
<p><b>Description:</b> Informed consent signed; time-out performed. The tumor measured 1.1 x 0.9 cm
clinically before incision. 4 mm margins were marked around the tumor, and a fusiform ellipse 4.0 x 1.5 cm
was designed along the long axis of the forearm. Excised to the level of subcutaneous fat; specimen tagged at
12 o'clock and sent to pathology.</p>
<p><b>Repair:</b> Wound edges undermined 5 mm. Deep layer 4-0 Vicryl buried interrupted, epidermis 5-0 Prolene
running. Final layered repair length 4.0 cm.</p>
<p>EBL minimal. No complications. Pt tolerated well.</p>
<h3>Assessment/Plan</h3>
<ul><li>BCC R forearm, excised. If margins are positive, will discuss re-excision vs Mohs (not planned now).</li>
<li>Hx: BCC L ear, Mohs 2022 (outside) - no recurrence.</li>
<li>Suture removal 14 days. Skin check 6 months.</li></ul>
<p>Electronically Signed on 03/17/2026 02:40 PM CST<br/>Okonkwo MD, Chidi</p>
</div></body></html>""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.612"]}),
    "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm, arm -> 11602 (path malignant). Intermediate repair of the arm "
                  "4.0 cm -> 12032 (no 11602/12032 edit). The 2022 ear Mohs is history.",
})

SCENARIOS.append({
    "id": "s26-exm-scc-dorsal-hand-keyed-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Keratoacanthoma-like nodule of the hand excised (1.0 cm + 4 mm margins) and keyed as benign "
                   "11422 before path; path invasive SCC; layered repair 3.2 cm; Medicaid MCO",
    "date": "2026-04-07",
    "patient": ("Salinas", "Eusebio", "1952-08-17", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, left dorsal hand", "C44.629", "Left dorsal hand",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion hand, 1.1-2.0 cm", cpt="11422", site="Left dorsal hand",
          note="Crateriform nodule 1.0 cm, 4 mm margins.", reasons=["c1"]),
        P("Repair intermediate hand 2.6-7.5 cm", cpt="12042", site="Left dorsal hand",
          note="Layered closure 3.2 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left dorsal hand, excision: invasive squamous cell carcinoma, well differentiated, "
                 "keratoacanthoma-like; margins negative (closest 2 mm). No perineural invasion.",
         "site": "Left dorsal hand"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 4/7/2026 08:45 CDT

Pre-op dx: rapidly growing crateriform nodule L dorsal hand x 6 weeks, DDx keratoacanthoma vs SCC.
No prior biopsy - excisional approach chosen given rapid growth.
Procedure: excision with layered closure.
Consent via interpreter, time-out done.
Anesthesia: 1% lidocaine w/ epi 5 mL.
Lesion 1.0 x 0.9 cm, 4 mm margins marked, fusiform excision to subcutaneous fat, extensor tendons not exposed.
Layered repair: 4-0 Monocryl deep, 5-0 nylon superficial, length 3.2 cm.
Specimen to pathology. Bulky dressing.
F/u sutures 12-14 days.

Interpreter: Spanish interpreter ID 4471 used for the entire encounter.
{sig("Castellanos MD, Ines", "04/07/2026 09:37 AM CDT")}

Addendum 4/10/2026: Path = invasive SCC, well differentiated, margins clear. Called pt via interpreter.""",
    "expected": E([L("11622"), L("12042")], ["coding-correction"], dx={"11622": ["C44.629"]}),
    "coder_note": "EX-3: final pathology malignant -> malignant code; 1.0 + 2 x 0.4 = 1.8 cm, hand (SNHFG) -> 11622 "
                  "instead of the keyed 11422. Intermediate repair hand 3.2 cm -> 12042.",
})

SCENARIOS.append({
    "id": "s26-exm-reexcision-positive-margin-in-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of SCC site for positive deep margin 7 days after the first excision (010 global), "
                   "scar 2.0 cm + 5 mm margins, negative path; Medicare FFS",
    "date": "2026-02-10",
    "patient": ("Marquez", "Evangelina", "1949-10-09", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of trunk, positive margin", "C44.529", "Right lower back",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-02-03", "11602", "Excision malignant lesion trunk", "Right lower back",
              "SCC 1.0 cm, 4 mm margins. Path: invasive SCC, deep margin involved."),
    ],
    "procedures": [
        P("Re-excision SCC site for positive margin", site="Right lower back",
          note="Healing scar 2.0 x 0.4 cm. 5 mm margins around scar, excised to fascia. Simple closure "
               "4-0 nylon.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right lower back, re-excision: healing scar, no residual carcinoma identified; margins "
                 "clear.", "site": "Right lower back"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 2/10/2026 14:00 CST

Indication: SCC R lower back excised 2/3/2026; path deep margin positive. Planned re-excision discussed at the
time of the path call.
Consent: signed. Time-out.
Anesthesia: 1% lidocaine w/ epi 6 mL.
Prior excision scar measured 2.0 x 0.4 cm. 5 mm margins marked around the entire scar.
Excised down to fascia, specimen oriented, to pathology.
Closure: simple, 4-0 nylon interrupted (wound closed easily, no layered closure).
Plan: sutures out 14 days. Will call with pathology.
{sig("Santos MD, Rafael", "02/10/2026 02:49 PM CST")}""",
    "expected": E([L("11603", 1, "58")], ["global-period"], dx={"11603": ["C44.529"]}),
    "coder_note": "EX-4/GS-5: re-excision for positive margin inside the 010 global of the 2/3 excision -> 58; coded "
                  "malignant though negative. 2.0 + 2 x 0.5 = 3.0 cm trunk -> 11603. DX-4: still treatment -> C44.529.",
})

SCENARIOS.append({
    "id": "s26-id-buttock-abscess-keyed-complicated",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Single uncomplicated buttock abscess, stab incision without packing, keyed 10061; Medicaid",
    "date": "2025-11-25",
    "patient": ("Gallegos", "Jazmín", "1998-01-22", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, complicated or multiple", cpt="10061", site="Left buttock",
          note="Single 2 cm fluctuant abscess; stab incision; pus expressed; no loculations; no packing.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 11/25/2025 11:10 CST

Chief Complaint
Painful bump on buttock x 4 days.

Physical Exam
L buttock: single 2 cm fluctuant tender abscess with 3 cm surrounding erythema. No other lesions.
No axillary or groin nodules/tracts.

Procedure Note - Incision and Drainage
Consent verbal and written. Prep with chlorhexidine.
Anesthesia: 1% lidocaine 3 mL.
Single stab incision with #11 blade, moderate purulent material expressed, culture sent. Cavity probed:
no loculations. Irrigated with saline. Wound left open, no packing required. Gauze dressing.
Uncomplicated single abscess.

Assessment/Plan
Abscess L buttock - I&D done. Doxycycline 100 mg BID x 7 days. Warm compresses.
If recurrent abscesses in intertriginous sites, consider hidradenitis workup (not suspected now).

Interpreter: Spanish interpreter ID 4471 used for the entire encounter.
{sig("Ramirez MD, Sofia", "11/25/2025 11:41 AM CST")}""",
    "expected": E([L("10060")], ["coding-correction"], dx={"10060": ["L02.31"]}),
    "coder_note": "4.8 table: 10060 = simple/single, 10061 = complicated/multiple. A single abscess without "
                  "loculations or packing is 10060.",
})

SCENARIOS.append({
    "id": "s26-id-hs-axilla-loculated-with-em25",
    "family": "incision-drainage", "shape": "free-text",
    "description": "HS Hurley II flare: complicated I&D with loculations and packing of one axillary abscess plus "
                   "separate HS management (biologic work-up, labs), 99214-25; Medicaid MCO",
    "date": "2026-01-27",
    "patient": ("Robinson", "Tanisha", "1990-06-18", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II", "L73.2", "Bilateral axillae and groin", reason=True),
    ],
    "procedures": [
        P("Incision and drainage, complicated abscess", site="Left axilla",
          note="3 cm fluctuant abscess; incised; loculations broken with hemostat; irrigated; packed with 1/4 inch "
               "iodoform gauze.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Office Note",
    "note": f"""{CLINIC}
Document Type: Dermatology Office Note
Service Date/Time: 1/27/2026 10:00 CST

Chief Complaint
HS flare, painful lump L armpit.

History of Present Illness
35 y/o F with HS since age 19, both axillae and groin, 5-6 flares/yr. On doxycycline 100 mg BID x 4 months
without benefit; clindamycin/rifampin course 2024 partial response. Missing work. PHQ-2 negative.

Physical Exam
Vitals & Measurements  T: 37.4 C  HR: 88  BP: 124/76  Wt: 104 kg
L axilla: 3 cm fluctuant abscess. R axilla: 2 draining tunnels, scarring. Bilateral inguinal folds: inflamed
nodules and tunnels. Hurley II.

Assessment/Plan
1. Hidradenitis suppurativa, Hurley II, uncontrolled despite oral antibiotics.
   - Stop doxycycline. Start adalimumab - prior authorization submitted to plan today.
   - Ordered QuantiFERON-TB Gold, hepatitis B panel, CBC before biologic.
   - Chlorhexidine wash, weight management referral to CHC nutrition.
   - Pain: ibuprofen 600 mg TID prn.
2. Acute abscess L axilla - I&D today (see procedure).

Procedure Note - I&D
Consent, time-out. 1% lidocaine w/ epi 4 mL. Incision 1.5 cm with #11 blade, copious purulence, multiple
loculations broken up with hemostat, cavity irrigated, packed with 1/4 inch iodoform gauze. Culture sent.
RTC 2 days for packing removal (nurse visit), 6 weeks for biologic start.
{sig("Santos MD, Rafael", "01/27/2026 10:52 AM CST")}""",
    "expected": E([L("99214", 1, "25"), L("10061")], dx={"10061": ["L73.2"]}),
    "coder_note": "Complicated I&D (loculations, packing) -> 10061. The biologic work-up, labs and regimen change "
                  "for the whole HS disease is significant and separately identifiable -> 99214-25 (GS-3).",
})

SCENARIOS.append({
    "id": "s26-id-back-cyst-in-thigh-excision-global-79",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D of an inflamed back cyst 7 days after a benign thigh excision (010 global), thigh wound "
                   "checked same visit; commercial Aetna",
    "date": "2026-03-09",
    "patient": ("Feldman", "Noah", "1986-02-11", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of back (inflamed epidermoid cyst)", "L02.212", "Upper back", reason=True),
    ],
    "prior": [
        PRIOR("2026-03-02", "11402", "Excision benign lesion trunk/arm/leg 1.1-2.0 cm", "Right anterior thigh",
              "Painful dermatofibroma, excised diameter 1.4 cm."),
    ],
    "procedures": [
        P("Incision and drainage, single abscess", site="Upper back, interscapular",
          note="Single 1.5 cm fluctuant inflamed cyst; #11 blade stab incision; keratinous/purulent material "
               "expressed; no packing.", reasons=["c1"]),
        P("Wound check, thigh excision site", site="Right anterior thigh",
          note="Healing well, sutures intact; removal next week."),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 3/9/2026 16:10 CDT

S: 40 y/o M seen 3/2 for excision of painful dermatofibroma R thigh. Today new problem: painful swollen bump
upper back x 3 days, unrelated to the thigh surgery.
O: Interscapular back: 1.5 cm fluctuant, erythematous, tender cyst with punctum. R thigh incision: clean, dry,
intact, no erythema.
A: 1. Inflamed/abscessed epidermoid cyst upper back. 2. Post-op thigh - healing normally.
P: I&D back today - lidocaine 1% 2 mL, stab incision, contents expressed, no packing, gauze.
   Will consider excision of the cyst wall once quiet (not today). Thigh sutures out 3/13.
{sig("Castellanos MD, Ines", "03/09/2026 04:33 PM CDT")}""",
    "expected": E([L("10060", 1, "79")], ["global-period"]),
    "coder_note": "GS-5: an unrelated procedure (new lesion) inside the 010 global of the 3/2 thigh excision takes 79. "
                  "The thigh wound check is post-op care included in that global.",
})


# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s26-il-keloids-chest-tac40",
    "family": "intralesional", "shape": "note-only",
    "description": "Intralesional triamcinolone 40 mg/mL to 3 symptomatic presternal keloids, 1.0 mL total; prior "
                   "series in history; Medicaid",
    "date": "2025-12-02",
    "patient": ("Johnson", "Deja", "1996-03-27", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scars, itchy and painful", "L91.0", "Presternal chest", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 12/2/2025 14:30 CST

Chief Complaint
Keloids on chest, itching and pain.

History of Present Illness
29 y/o F with keloids on the presternal chest following acne. Injected here 10/2025 (same 3 keloids) with
partial flattening; still itchy and tender, catch on bra. Prior cryotherapy 2023 at outside clinic - no help.

Physical Exam
Presternal chest: three firm pink keloids - 2.2 x 1.0 cm, 1.5 x 0.8 cm, 1.2 x 0.6 cm. Tender.

Assessment/Plan
Keloids x3, symptomatic - repeat intralesional corticosteroid today. Silicone sheeting nightly.
Next injection in 6 weeks if needed.

Procedure Note - Intralesional Injection
Verbal consent. Alcohol prep.
Triamcinolone acetonide (Kenalog-40) 40 mg/mL, undiluted.
Keloid #1: 0.4 mL.  Keloid #2: 0.3 mL.  Keloid #3: 0.3 mL.
Total volume 1.0 mL = 40 mg triamcinolone acetonide. 30 g needle, 1 mL Luer-lock syringe.
Lot # K4402A, exp 07/2027. Tolerated well, no blanching beyond lesion borders.
{sig("Okonkwo MD, Chidi", "12/02/2025 02:52 PM CST")}""",
    "expected": E([L("11900"), L("J3301", 4)], dx={"11900": ["L91.0"]}),
    "coder_note": "4.8 table: 3 lesions (up to 7) -> 11900 x1; 40 mg triamcinolone acetonide -> J3301 x4 (per 10 mg). "
                  "The 10/2025 injections and 2023 cryotherapy are history.",
})

SCENARIOS.append({
    "id": "s26-il-alopecia-areata-keyed-mg-units",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 9 alopecia areata patches (10 mg/mL, 2.4 mL = 24 mg) keyed 11900 + J3301 x24; "
                   "Medicaid MCO",
    "date": "2026-01-08",
    "patient": ("Nguyen", "Linh", "2001-11-19", "female"),
    "provider": "ramirez", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, patchy", "L63.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", cpt="11900", site="Scalp",
          note="Patches injected: vertex 3, occipital 2, right temporal 2, left parietal 2.", reasons=["c1"]),
        P("Injection, triamcinolone acetonide, per 10 mg (units keyed 24)", cpt="J3301", site="Scalp",
          note="Kenalog 10 mg/mL, total 2.4 mL.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Office Note",
    "note": f"""{CLINIC}
Document Type: Dermatology Office Note
Service Date/Time: 1/8/2026 09:20 CST

Chief Complaint
Hair loss patches, ILK #2.

History of Present Illness
24 y/o F with patchy alopecia areata since 08/2025. First ILK session 11/2025 to 6 patches with regrowth at
4 of them; three new patches since. No eyebrow/eyelash loss. Thyroid labs 11/2025 normal.

Physical Exam
Scalp: 9 smooth patches of nonscarring alopecia, exclamation-point hairs at margins: vertex x3 (largest
3 x 2.5 cm), occiput x2, R temporal x2, L parietal x2. Early vellus regrowth in 2 treated vertex patches.

Assessment/Plan
Alopecia areata, patchy, active. ILK today to all nine patches. Continue clobetasol solution at night.
Discussed JAK inhibitors if extensive progression - not indicated now.

Procedure Note
Triamcinolone acetonide 10 mg/mL. Injected intradermally 0.1 mL per site, ~1 cm apart, total 2.4 mL
(= 24 mg) distributed across the 9 patches. 30 g needle. No complications.
{sig("Ramirez MD, Sofia", "01/08/2026 09:48 AM CST")}""",
    "expected": E([L("11901"), L("J3301", 3)], ["coding-correction"], dx={"11901": ["L63.8"]}),
    "coder_note": "4.8 table: 9 lesions (more than 7) -> 11901 instead of 11900; J3301 is per 10 mg, 24 mg -> "
                  "ceil(2.4) = 3 units, not 24.",
})

SCENARIOS.append({
    "id": "s26-il-acne-nodules-isotretinoin-month3-em25",
    "family": "intralesional", "shape": "note-only",
    "description": "Isotretinoin month-3 visit with lab review and dose change (99214-25) plus dilute ILK 2.5 mg/mL "
                   "to 4 nodules (1.0 mg total); Medicaid MCO",
    "date": "2026-02-17",
    "patient": ("Flores", "Adrián", "2004-05-06", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face and jawline", reason=True),
        C("c2", "Hypertriglyceridemia on isotretinoin", "E78.1"),
    ],
    "note_title": "Dermatology Follow-up Note",
    "note": f"""{CLINIC}
Document Type: Dermatology Follow-up Note
Service Date/Time: 2/17/2026 11:30 CST

Chief Complaint
Isotretinoin month 3 follow-up; 4 painful bumps on jaw.

History of Present Illness
21 y/o M on isotretinoin 40 mg daily since 11/2025 (iPLEDGE current). Fewer new lesions, but 4 tender
nodules on the jawline this week. Dry lips, mild back ache. No mood change, no headaches or vision change.

Review of Systems (copied forward, reviewed)
Constitutional: Negative.  Psych: Negative for depressed mood.  MSK: Positive for mild low back ache.
All other systems negative.

Physical Exam
Vitals & Measurements  BP: 120/72  HR: 70  Wt: 74.0 kg
Face: scattered papules, 4 tender inflamed nodules 0.6-1.0 cm R and L jawline. Cheilitis.

Results Review
2/10/2026: triglycerides 268 (baseline 120), ALT 34, AST 28. Reviewed.

Assessment/Plan
1. Acne vulgaris on isotretinoin, improving. Increase isotretinoin to 60 mg daily (cumulative-dose plan
   reviewed); iPLEDGE confirmation done. Repeat lipids/LFTs in 4 weeks (ordered).
2. Hypertriglyceridemia due to isotretinoin - diet counseling, no alcohol; hold dose increase if TG > 400.
3. Inflamed acne nodules x4 - intralesional triamcinolone today.

Procedure Note - Intralesional Injection
Verbal consent. Triamcinolone acetonide diluted to 2.5 mg/mL with sterile saline.
0.1 mL into each of the 4 nodules (R jaw x2, L jaw x2). Total 0.4 mL = 1.0 mg. 30 g needle. Tolerated well.
{sig("Castellanos MD, Ines", "02/17/2026 12:05 PM CST")}""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301", 1)], dx={"11900": ["L70.0"]}),
    "coder_note": "Isotretinoin dose change with lab review is separately identifiable from injecting the nodules -> "
                  "99214-25 (GS-3). 4 lesions -> 11900; 1.0 mg triamcinolone acetonide -> J3301 x1 (ceil(1/10)).",
})

SCENARIOS.append({
    "id": "s26-mx-cheek-bx-plus-scalp-ak-cryo",
    "family": "mixed", "shape": "free-text",
    "description": "Tangential bx of a cheek papule plus LN2 to 4 scalp AKs (different sites); Medicare FFS",
    "date": "2025-11-12",
    "patient": ("Gustafson", "Irene", "1941-07-30", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of right cheek", "C44.319", "Right malar cheek", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Scalp vertex and crown", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy, skin", site="Right malar cheek",
          note="5 mm pink translucent papule; shave biopsy with DermaBlade; AlCl3.", reasons=["c1"]),
        P("Cryosurgery, actinic keratoses x 4", site="Scalp - vertex and crown",
          note="LN2, 2 cycles, to four AKs.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right cheek, shave biopsy: basal cell carcinoma, nodular and micronodular.",
         "site": "Right malar cheek"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 11/12/2025 10:05 CST

Assessment/Plan
1. Pink translucent papule R malar cheek x 4 months - r/o BCC - tangential biopsy.
2. Actinic keratoses, scalp (four) - LN2.
3. Solar lentigines dorsal hands - benign, reassurance, no treatment.

Procedure Note
Biopsy: consent, time-out, lidocaine 1% w/ epi 0.5 mL, shave biopsy R malar cheek with DermaBlade,
AlCl3 hemostasis, specimen to path.
Cryo: liquid nitrogen 2 freeze-thaw cycles to 4 AKs of the scalp vertex/crown (separate from the cheek site).
Wound care handout.
{sig("Santos MD, Rafael", "11/12/2025 10:40 AM CST")}""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 3)],
                  dx={"11102": ["C44.319"], "17000": ["L57.0"]}),
    "coder_note": "11102/17000 is PTP indicator 1 with the biopsy as column 1; the AKs are different lesions on the "
                  "scalp -> XS on 17000. 4 AKs -> 17000 + 17003 x3 (no 11102/17003 edit).",
})

SCENARIOS.append({
    "id": "s26-mx-neck-isk-shave-plus-forearm-bx",
    "family": "mixed", "shape": "note-only",
    "description": "Shave removal of a bleeding irritated SK on the neck 0.8 cm plus tangential bx of a forearm "
                   "papule; Medicaid",
    "date": "2025-12-30",
    "patient": ("Ortiz", "Reynaldo", "1963-01-04", "male"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Dermatofibroma", "D23.62", "Left dorsal forearm", reason=True),
    ],
    "path": [
        {"text": "A. Skin, right neck, shave: irritated (inflamed) seborrheic keratosis.", "site": "Right neck"},
        {"text": "B. Skin, left forearm, shave biopsy: dermatofibroma.", "site": "Left forearm"},
    ],
    "note_title": "Dermatology Office Note",
    "note": f"""{CLINIC}
Document Type: Dermatology Office Note
Service Date/Time: 12/30/2025 13:45 CST

Chief Complaint
Growth on neck that bleeds; bump on arm.

History of Present Illness
62 y/o M. Raised growth on R side of neck catches on his work shirt collar and has bled three times this
month. Also firm bump on L forearm x 1 year, slowly growing, sometimes itchy; wants to know what it is.

Physical Exam
R lateral neck: 0.8 x 0.6 cm verrucous brown stuck-on papule with hemorrhagic crust and surrounding erythema.
L dorsal forearm: 5 mm firm pink-brown papule, dimple sign equivocal.

Assessment/Plan
1. Irritated/inflamed SK R neck, bleeding and traumatized by collar - shave removal today.
2. Papule L forearm, DDx dermatofibroma vs BCC - tangential biopsy today.

Procedure Note
Consent signed. Lidocaine 1% w/ epi.
#1 R lateral neck: shave removal of the entire lesion (0.8 cm) flush with skin using DermaBlade; AlCl3.
#2 L dorsal forearm: tangential biopsy, partial sampling, AlCl3.
Both specimens to pathology (A neck, B forearm). Vaseline and bandages.
{sig("Ramirez MD, Sofia", "12/30/2025 02:20 PM CST")}""",
    "expected": E([L("11306"), L("11102", 1, "XS")], dx={"11306": ["L82.0"]}),
    "coder_note": "SH-1: symptomatic SK shave of the neck 0.8 cm -> 11306 (SNHFG 0.6-1.0). 11306/11102 is PTP "
                  "indicator 1 with the shave as column 1, so XS goes on the biopsy of the separate forearm lesion.",
})

SCENARIOS.append({
    "id": "s26-mx-eczema-em25-back-bx-hand-warts",
    "family": "mixed", "shape": "note-only",
    "description": "Atopic dermatitis flare managed with new Rx (99213-25), tangential bx of a back lesion and LN2 to "
                   "3 painful hand warts; Medicaid MCO",
    "date": "2026-01-15",
    "patient": ("Ramos", "Guadalupe", "1978-09-12", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Atopic dermatitis, flare", "L20.9", "Antecubital and popliteal fossae", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Left mid back", reason=True),
        C("c3", "Common warts, painful", "B07.8", "Left hand", reason=True),
    ],
    "path": [
        {"text": "Skin, left mid back, shave biopsy: inflamed seborrheic keratosis. No atypia.",
         "site": "Left mid back"},
    ],
    "note_title": "Dermatology Office Note",
    "note": f"""{CLINIC}
Document Type: Dermatology Office Note
Service Date/Time: 1/15/2026 15:00 CST
Result Status: Auth (Verified)

Chief Complaint
Eczema flare; dark spot on back; warts on hand.

History of Present Illness
47 y/o F, established. Eczema flaring x 3 weeks in elbow and knee folds, itching wakes her at night; ran out
of triamcinolone. New dark crusted spot on L mid back noticed 2 months ago. Three warts L hand that hurt when
she grips tools at the packing plant.

Review of Systems (copied forward, reviewed)
Constitutional: Negative.  Skin: see HPI.  All other systems negative.

Physical Exam
Vitals & Measurements  BP: 118/74  HR: 78
Antecubital and popliteal fossae: lichenified eczematous plaques with excoriations, no impetiginization.
L mid back: 7 mm dark brown crusted papule, irregular on dermoscopy.
L hand: 3 verrucous papules - palmar index finger, 2 on thenar eminence, tender with pressure.

Assessment/Plan
1. Atopic dermatitis, flare - triamcinolone 0.1% ointment BID x 2 weeks then weekends; hydroxyzine 25 mg qhs
   prn itch; gentle skin care. Discussed dupilumab if not controlled in 3 months (not started).
2. Pigmented crusted papule L back, r/o melanoma - tangential biopsy.
3. Verruca vulgaris L hand x3, painful - LN2 today. If persistent after 3 sessions, may try candida antigen
   injections (future).

Procedure Note
Biopsy: consent, time-out, lidocaine 1% w/ epi 0.5 mL; tangential biopsy L mid back; AlCl3; specimen to path.
Cryo: liquid nitrogen, 2 freeze-thaw cycles, to 3 warts on the L hand (separate site).

Interpreter: Spanish interpreter ID 4471 used for the entire encounter.
{sig("Okonkwo MD, Chidi", "01/15/2026 03:47 PM CST")}""",
    "expected": E([L("99213", 1, "25"), L("17110"), L("11102", 1, "XS")],
                  dx={"99213": ["L20.9"], "17110": ["B07.8"]}),
    "coder_note": "AD flare with prescription management is separately identifiable -> 99213-25. 3 warts -> 17110. "
                  "17110/11102 is PTP indicator 1 with 17110 as column 1 -> XS on the biopsy (different lesion/site).",
})

SCENARIOS.append({
    "id": "s26-mx-mis-cheek-excision-plus-arm-isk-shave",
    "family": "mixed", "shape": "note-only",
    "description": "Excision of biopsy-proven melanoma in situ L cheek (0.7 cm + 5 mm margins) with layered repair "
                   "3.5 cm, plus shave of a bleeding SK on the arm 0.9 cm; Medicare Advantage",
    "date": "2026-03-24",
    "patient": ("Esposito", "Carmela", "1945-02-14", "female"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 70,
    "conditions": [
        C("c1", "Melanoma in situ, left cheek", "D03.39", "Left cheek", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Left upper arm", reason=True),
    ],
    "prior": [
        PRIOR("2026-03-03", "11102", "Tangential biopsy", "Left cheek", "Melanoma in situ, lentigo maligna type."),
    ],
    "path": [
        {"text": "A. Skin, left cheek, excision: residual melanoma in situ (lentigo maligna type); margins clear, "
                 "closest 4 mm.", "site": "Left cheek"},
        {"text": "B. Skin, left upper arm, shave: inflamed seborrheic keratosis.", "site": "Left upper arm"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 3/24/2026 08:30 CDT

Indications:
1. Melanoma in situ L cheek, bx 3/3/2026 - wide local excision with 5 mm margins (pt declined Mohs referral
   because of travel distance to the university).
2. Irritated SK L upper arm - bleeds when purse strap rubs it, crusted and red today - removal requested.

Procedure #1: Excision L cheek with intermediate repair
Consent, time-out. 1% lidocaine w/ epi 6 mL.
Residual lesion with biopsy scar 0.7 x 0.6 cm (Wood's lamp). 5 mm margins marked. Ellipse along relaxed
skin tension lines, excised to subcutaneous fat, oriented, to pathology (A).
Repair: buried 5-0 Monocryl deep dermal, 6-0 Prolene running. Layered repair length 3.5 cm.

Procedure #2: Shave removal L upper arm
Lesion 0.9 x 0.7 cm. Shave removal of entire lesion with DermaBlade, AlCl3. To pathology (B).

EBL minimal. Tolerated well. Sutures out 6-7 days.
Future: full skin exams q3 months x 1 year; discussed imiquimod only if margins positive (not planned).
{sig("Okonkwo MD, Chidi", "03/24/2026 09:58 AM CDT")}""",
    "expected": E([L("11642"), L("12052", 1, "XS"), L("11301")],
                  dx={"11642": ["D03.39"], "11301": ["L82.0"]}),
    "coder_note": "EX-3: melanoma in situ -> malignant code; 0.7 + 2 x 0.5 = 1.7 cm face -> 11642. Intermediate face "
                  "repair 3.5 cm -> 12052. Arm SK shave 0.9 cm -> 11301. 11301/12052 is PTP indicator 1 (12052 "
                  "column 2); the repair is of the separate cheek wound -> XS on 12052.",
})

SCENARIOS.append({
    "id": "s26-mohs-nasal-supratip-bcc-seven-block-stage-html",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs of infiltrative BCC nasal supratip, stage I 4 blocks, stage II 7 blocks, intermediate "
                   "repair 2.2 cm; visiting Mohs surgeon; HTML note; Medicare FFS",
    "date": "2026-02-05",
    "patient": ("Delgado", "Ernesto", "1950-05-19", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 180,
    "html": True,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, nasal supratip", "C44.311", "Nasal supratip", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": f"""<html><body><div class="ddemrcontent">
<p><b>{CLINIC}</b> - Mohs Surgery Day (visiting surgeon)<br/>Document Type: Mohs Micrographic Surgery Note<br/>
Service Date/Time: 2/5/2026 07:45 CST<br/>Result Status: Auth (Verified)</p>
<h3>Pre-operative Diagnosis</h3><p>Basal cell carcinoma, infiltrative, nasal supratip (biopsy 1/13/2026,
Mesa Verde CHC Dermatology).</p>
<h3>History</h3><p>75 y/o M. Prior ED&amp;C BCC L shoulder 2019 and LN2 to AKs 2025 - history only.
Anticoagulation: none. Not immunosuppressed. Indication: nose (H zone), aggressive subtype.</p>
<h3>Procedure</h3>
<p>Mohs micrographic surgery; I acted as surgeon and pathologist. Consent signed, time-out performed.
1% lidocaine with epinephrine.</p>
<table border="1">
<tr><th>Stage</th><th>Tissue blocks</th><th>Result</th></tr>
<tr><td>I</td><td>4</td><td>Infiltrative BCC at 10-2 o'clock peripheral and deep</td></tr>
<tr><td>II</td><td>7</td><td>Clear</td></tr>
</table>
<p>Total 2 stages; stage II divided into 7 tissue blocks because of the width of the re-excised rim.
Frozen sections processed by our histotechnician, read by me. No tissue sent for permanent sections.</p>
<p>Final defect 1.0 x 0.8 cm, nasal supratip, to the level of the nasalis; cartilage not exposed.</p>
<h3>Repair</h3>
<p>Layered linear closure oriented vertically: 5-0 Monocryl buried dermal, 6-0 nylon epidermal.
Repair length 2.2 cm. No flap or graft required.</p>
<h3>Assessment/Plan</h3>
<p>BCC nasal supratip, clear after 2 stages. Suture removal 1 week. Skin exam 6 months with Dr. Santos.</p>
<p>Electronically Signed on 02/05/2026 11:38 AM CST<br/>Nakamura MD, Ren</p>
</div></body></html>""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose -> 17311 + 17312 (2 stages); stage II had 7 blocks -> 17315 x2 (blocks beyond 5). "
                  "MOHS-7: intermediate repair of the nose 2.2 cm -> 12051, no edit with Mohs.",
})

SCENARIOS.append({
    "id": "s26-mohs-back-scc-keyed-88305-complex-repair",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs of 2.3 cm SCC upper back in a transplant recipient, 2 stages (5 and 3 blocks), complex "
                   "repair 6.0 cm; charge entry also keyed 88305 x2 for the Mohs layers; Medicaid MCO",
    "date": "2026-02-19",
    "patient": ("Harris", "Clarence", "1958-12-01", "male"),
    "provider": "nakamura", "payer": "medicaid-mco", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, moderately differentiated, right upper back", "C44.529",
          "Right upper back", reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "procedures": [
        P("Mohs, trunk/arms/legs, first stage", cpt="17313", site="Right upper back",
          note="Stage I: 5 tissue blocks.", reasons=["c1"]),
        P("Mohs, trunk/arms/legs, each additional stage", cpt="17314", site="Right upper back",
          note="Stage II: 3 tissue blocks, clear.", reasons=["c1"]),
        P("Surgical pathology, level IV (x2)", cpt="88305", site="Right upper back",
          note="Mohs frozen sections, stages I and II.", reasons=["c1"]),
        P("Repair, complex, trunk 2.6-7.5 cm", cpt="13101", site="Right upper back",
          note="6.0 cm complex closure with retention sutures.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": f"""{CLINIC}
Document Type: Mohs Micrographic Surgery Note
Service Date/Time: 2/19/2026 08:00 CST

Pre-op dx: SCC, moderately differentiated, R upper back, 2.3 x 1.9 cm clinically (bx 1/29/2026).
Indication: immunosuppressed (deceased-donor kidney transplant 2017, tacrolimus/mycophenolate); size > 2 cm.
Surgeon/pathologist: Ren Nakamura MD (I performed the excision and read all frozen sections).

Stage I: 5 tissue blocks - SCC at deep margin block 3.
Stage II: 3 tissue blocks - clear.
All Mohs layers processed in our in-house Mohs lab; no separate specimen sent to outside pathology.
Final defect 3.1 x 2.6 cm, down to fascia.

Repair: complex. Wide undermining in the plane above fascia on both sides; given high tension on the upper
back, horizontal mattress retention sutures with bolsters placed in addition to buried 3-0 Vicryl and 4-0
nylon. Final repair length 6.0 cm.

Tolerated well. Sutures/bolsters out in 14 days. Transplant team notified. Skin checks q3 months.
{sig("Nakamura MD, Ren", "02/19/2026 12:15 PM CST")}""",
    "expected": E([L("17313"), L("17314"), L("13101")], ["ncci"], dx={"17313": ["C44.529"]}),
    "coder_note": "MOHS-5: the Mohs surgeon's own frozen sections are part of 17313/17314; 88305 is dropped "
                  "(17313/88305 PTP). Retention sutures make the repair complex (REP-3); trunk 6.0 cm -> 13101.",
})

SCENARIOS.append({
    "id": "s26-mohs-temple-em-decision-only",
    "family": "mohs", "shape": "free-text",
    "description": "Same-day Mohs consult and Mohs of biopsy-proven BCC right temple, one stage, second intention; "
                   "99213 keyed but only the decision for surgery was done; Medicare Advantage",
    "date": "2026-03-05",
    "patient": ("Whitaker", "Roy", "1939-08-08", "male"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 90, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right temple", "C44.319", "Right temple", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, head, stage 1", site="Right temple",
          note="Stage 1: 3 tissue blocks, margins clear. Surgeon = pathologist.", reasons=["c1"]),
        P("Second intention healing - wound care", site="Right temple",
          note="Defect 1.4 x 1.2 cm left to granulate; petrolatum and pressure dressing."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": f"""{CLINIC}
Document Type: Mohs Surgery Note
Service Date/Time: 3/5/2026 09:00 CST

Pre-op consultation (same day): 86 y/o M referred by Dr. Castellanos with biopsy-proven nodular BCC R temple
(bx 2/10/2026). Path reviewed. Site examined and confirmed with patient. Options (Mohs, excision, ED&C,
radiation) discussed; Mohs chosen for tissue sparing. No other concerns raised today; no other problems
evaluated. Consent signed.

Mohs: stage 1, 3 tissue blocks, clear. I acted as surgeon and pathologist.
Defect 1.4 x 1.2 cm, R temple; pt chose second-intention healing after discussion of a linear closure.
Wound care reviewed. Return 2 weeks for wound check.
{sig("Nakamura MD, Ren", "03/05/2026 10:41 AM CST")}""",
    "expected": E([L("17311")], dx={"17311": ["C44.319"]}),
    "coder_note": "GS-3 / README: the same-day visit only confirmed the biopsy and decided on Mohs, which is "
                  "included in the 000-global Mohs code -> E/M removed. Head, 1 stage, 3 blocks -> 17311.",
})


# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s26-mohs-arm-superficial-bcc-no-abn-gz",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs at patient insistence for a 0.6 cm primary superficial BCC of the upper arm (AUC area L, no "
                   "high-risk feature), 1 stage, no ABN obtained; Medicare FFS",
    "date": "2026-04-02",
    "patient": ("Brennan", "Maureen", "1955-03-12", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 80,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, primary, left posterior upper arm", "C44.619",
          "Left posterior upper arm", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": f"""{CLINIC}
Document Type: Mohs Micrographic Surgery Note
Service Date/Time: 4/2/2026 13:00 CDT

Pre-op dx: superficial BCC, L posterior upper arm, 0.6 x 0.5 cm, primary (bx 3/12/2026: superficial
multifocal BCC, no infiltrative component).
Risk review: immunocompetent, no prior radiation, no genetic syndrome, not recurrent, well-defined borders.
Appropriate-use discussion: this is a small primary superficial BCC of the trunk/extremity area; Mohs is not
considered appropriate by AUC - I recommended ED&C, standard excision or imiquimod. Patient insisted on Mohs
(her sister had a recurrence after excision). Patient was not given an Advance Beneficiary Notice before the
procedure (front desk did not issue one; noted for QA).

Mohs micrographic surgery (surgeon and pathologist: Nakamura):
Stage I: 2 tissue blocks - clear.
Defect 1.0 x 0.9 cm, superficial fat. Left to heal by second intention; no repair.
Petrolatum, bandage, wound care handout. F/u 3 weeks.
{sig("Nakamura MD, Ren", "04/02/2026 02:26 PM CDT")}""",
    "expected": E([L("17313", 1, "GZ")], dx={"17313": ["C44.619"]}),
    "coder_note": "MOHSN-2 / COS-4: a small primary superficial BCC in area L does not meet the Mohs LCD/AUC; "
                  "Medicare FFS with no ABN -> 17313-GZ (provider liable). Arm -> 17313, 1 stage.",
})

SCENARIOS.append({
    "id": "s26-mohs-medial-cheek-sameday-punch-frozen-59",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied medial cheek papule: same-day 3 mm punch bx + frozen section read as BCC, then Mohs "
                   "1 stage; second intention; Medicaid",
    "date": "2026-04-16",
    "patient": ("Yazzie", "Harold", "1949-11-03", "male"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left medial cheek", "C44.319", "Left medial cheek", reason=True),
    ],
    "procedures": [
        P("Punch biopsy 3 mm for frozen section", site="Left medial cheek",
          note="No prior biopsy of this lesion. Punch specimen frozen and read by Mohs surgeon: nodular BCC. "
               "Decision for Mohs made on this result.", reasons=["c1"]),
        P("Frozen section, diagnostic biopsy specimen", site="Left medial cheek",
          note="Single block, H&E, interpreted before any Mohs layer was taken.", reasons=["c1"]),
        P("Mohs surgery, face, stage I", site="Left medial cheek",
          note="2 tissue blocks. Clear.", reasons=["c1"]),
        P("Wound care, healing by secondary intention", site="Left medial cheek",
          note="Defect 1.1 x 0.9 cm, concave nasofacial area, left to granulate."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": f"""{CLINIC}
Document Type: Mohs Surgery Note
Service Date/Time: 4/16/2026 08:15 CDT

76 y/o M referred from a rural clinic 2.5 h away for a "probable skin cancer" L medial cheek near the
nasofacial sulcus x 1 year, bleeds with washing. No biopsy was ever taken. To spare a second trip we agreed
on a diagnostic punch biopsy with frozen section today, proceeding to Mohs only if carcinoma is confirmed.

Exam: 0.7 cm pearly papule with rolled border and central crust, L medial cheek.
Diagnostic biopsy: 3 mm punch, frozen section prepared in our lab and read by me - nodular BCC.
Mohs micrographic surgery (surgeon + pathologist): Stage I, 2 tissue blocks, clear.
Final defect 1.1 x 0.9 cm. Options reviewed; healing by second intention chosen (concave site).
Hemostasis electrocautery. Pressure dressing.
Plan: wound check 2 weeks at his home clinic; skin check 6 months.
{sig("Nakamura MD, Ren", "04/16/2026 10:30 AM CDT")}""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311")], dx={"17311": ["C44.319"]}),
    "coder_note": "MOHS-5(a)/BX-5 and README: diagnostic biopsy with frozen section of a lesion with no prior "
                  "pathology, done on the Mohs day to decide on Mohs -> biopsy and 88331 both with 59 (same lesion). "
                  "Face, 1 stage -> 17311. No repair.",
})

SCENARIOS.append({
    "id": "s26-nail-bilateral-great-toenail-avulsion",
    "family": "nails", "shape": "note-only",
    "description": "Complete avulsion of right then left great toenails for painful ingrown nails with paronychia; "
                   "matrix left intact; Medicaid",
    "date": "2025-12-11",
    "patient": ("Herrera", "Luis", "1970-07-07", "male"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Ingrowing nail, bilateral great toes", "L60.0", "Right and left great toes", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 12/11/2025 14:00 CST

Chief Complaint
Both big toenails ingrown and painful.

History of Present Illness
55 y/o M, warehouse worker in steel-toe boots. Painful ingrown great toenails bilaterally x 2 months with
drainage; soaking and antibiotics from urgent care without improvement. Diabetes: no.

Physical Exam
R great toe: medial and lateral nail folds erythematous, granulation tissue, nail plate dystrophic.
L great toe: lateral fold erythema and granulation, nail plate thickened.
Pedal pulses 2+. Sensation intact.

Assessment/Plan
Onychocryptosis with paronychia, bilateral great toes - complete nail avulsion both great toes today.
Matrix left intact. If ingrowing recurs after regrowth, will discuss chemical matrixectomy (not today).

Procedure Note
Consent, time-out. Digital blocks with 2% plain lidocaine, 3 mL each toe. Tourniquet.
First: R great toe (right hallux) - nail plate elevated with freer elevator and avulsed completely.
Second: L great toe (left hallux) - nail plate avulsed completely in the same manner.
Nail beds inspected, granulation debrided. Silvadene, nonadherent dressings, surgical shoes.
Post-op: soaks BID, ibuprofen prn. RTC 2 weeks.

Interpreter: Spanish interpreter ID 4471 used for the entire encounter.
{sig("Ramirez MD, Sofia", "12/11/2025 02:55 PM CST")}""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], dx={"11730": ["L60.0"]}),
    "coder_note": "4.8 table: first nail avulsion 11730, each additional 11732; digit modifiers per conventions - "
                  "right great toe (done first) T5, left great toe TA.",
})

SCENARIOS.append({
    "id": "s26-nail-left-hallux-matrixectomy-keyed-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial nail and matrix excision, lateral border left great toe, keyed 11730 + 11750 without "
                   "digit modifiers; Medicaid MCO",
    "date": "2026-01-22",
    "patient": ("Pham", "Tuan", "1992-10-30", "male"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, recurrent, left great toe lateral border", "L60.0", "Left great toe", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial, single", cpt="11730", site="Left great toe",
          note="Lateral 1/4 of nail plate avulsed.", reasons=["c1"]),
        P("Excision of nail and nail matrix, partial, for permanent removal", cpt="11750", site="Left great toe",
          note="Lateral matrix horn excised with #15 blade and curetted.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 1/22/2026 10:30 CST

Indication: 3rd recurrence of lateral ingrown nail, L great toe, despite two prior partial avulsions at
urgent care (2024, 2025). Pt wants permanent correction.
Procedure: partial nail and matrix excision (permanent), lateral border L hallux.
Consent, time-out. Digital block 2% plain lidocaine 4 mL. Penrose tourniquet.
Lateral 1/4 of the nail plate split and removed with the underlying lateral matrix horn, which was excised
en bloc with a #15 blade and the bed curetted to remove residual matrix.
Hemostasis, tourniquet off (time 12 min). Xeroform, bulky dressing.
Post-op: soaks, elevate, Tylenol/ibuprofen. RTC 2 weeks.
{sig("Okonkwo MD, Chidi", "01/22/2026 11:14 AM CST")}""",
    "expected": E([L("11750", 1, "TA")], ["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "The partial avulsion is part of the same nail's matrix excision: 11750/11730 is PTP indicator 1 and "
                  "there is no separate nail, so 11730 is dropped. Left great toe -> TA on 11750.",
})

SCENARIOS.append({
    "id": "s26-paring-three-plantar-calluses-diabetic",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 3 painful plantar calluses in a diabetic with neuropathy; thick nails noted but not "
                   "debrided; Medicaid MCO",
    "date": "2026-02-24",
    "patient": ("Chavez", "Rosalinda", "1961-04-18", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities, plantar, painful", "L84", "Plantar feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "procedures": [
        P("Paring of benign hyperkeratotic lesions x 3", site="R 1st MTH, R 5th MTH, L plantar heel",
          note="Scalpel paring of three calluses to normal skin plane, no bleeding.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 2/24/2026 13:20 CST

S: 64 y/o F, T2DM with peripheral neuropathy (A1c 8.1). Painful calluses on both feet, worse with walking.
O: R sub-1st metatarsal head 1.5 cm callus; R sub-5th MTH 1.0 cm callus; L plantar heel 2.0 cm fissured
callus. No ulceration. Monofilament: diminished bilaterally. Toenails thick and yellow - referred to podiatry
for nail care; no nail debridement performed today.
A: Painful plantar calluses x3; diabetic neuropathy.
P: Pared all three calluses with #15 blade to healthy skin; urea 40% cream; offloading insoles; podiatry
referral placed. RTC 8 weeks.

Interpreter: Spanish interpreter ID 4471 used for the entire encounter.
{sig("Santos MD, Rafael", "02/24/2026 01:51 PM CST")}""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8 table: paring of 2-4 lesions -> 11056 x1. Nails were not debrided (no 11720).",
})

SCENARIOS.append({
    "id": "s26-paring-six-corns-keyed-11055-each",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of six painful corns, charge entry keyed 11055 once per lesion (x6); commercial Cigna",
    "date": "2026-03-12",
    "patient": ("Becker", "Janet", "1968-08-25", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Corns (heloma durum and molle), painful", "L84", "Bilateral toes", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion, single lesion", cpt="11055", site=s,
          note="Corn pared with #15 blade.", reasons=["c1"])
        for s in ["Right 5th toe dorsolateral", "Right 4th toe dorsal", "Right 4th-5th interspace",
                  "Left 5th toe dorsolateral", "Left 2nd toe dorsal PIPJ", "Left 4th-5th interspace"]
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 3/12/2026 15:10 CDT

Chief Complaint: painful corns both feet (narrow work shoes).
Exam: hard corns R 5th toe dorsolateral, R 4th toe dorsal, L 5th toe dorsolateral, L 2nd toe over PIPJ;
soft corns R 4th-5th interspace and L 4th-5th interspace. Six lesions total, all tender.
Procedure: each of the 6 corns pared with #15 blade to remove the central core; no bleeding. Toe spacers and
silicone sleeves dispensed. Footwear counseling.
RTC prn.
{sig("Castellanos MD, Ines", "03/12/2026 03:32 PM CDT")}""",
    "expected": E([L("11057")], ["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "4.8 table: paring is banded by lesion count; more than 4 lesions -> 11057 x1, never 11055 per "
                  "lesion.",
})

SCENARIOS.append({
    "id": "s26-patch-comprehensive-80-keyed-one-unit",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Application of an 80-allergen comprehensive patch series keyed 95044 x1; readings at 48/96 h "
                   "scheduled; commercial UHC",
    "date": "2026-03-02",
    "patient": ("Whitman", "Sarah", "1985-06-09", "female"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Dermatitis of hands and eyelids", "L30.9", "Hands, eyelids", reason=True),
    ],
    "procedures": [
        P("Patch or application test(s)", cpt="95044", site="Upper back",
          note="Comprehensive series 80 allergens applied. Units keyed: 1.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application Note",
    "note": f"""{CLINIC}
Document Type: Patch Test Application Note
Service Date/Time: 3/2/2026 08:15 CST

Indication: chronic hand and eyelid dermatitis x 1 year in a dental hygienist, poor response to topical
steroids. Evaluated at prior visit 2/16/2026; patch testing planned then.
Pre-test checks: no oral steroids x 4 weeks, no topical steroid to back x 1 week, no recent sunburn.
Application: North American comprehensive series, 80 allergens, on Finn chambers, applied to the upper back
in 8 panels of 10. Panels marked with surgical marker. Patient instructions given (keep dry, no exercise).
Readings: first read 3/4/2026 (48 h), final read 3/6/2026 (96 h).
No E/M service today.
{sig("Ramirez MD, Sofia", "03/02/2026 08:50 AM CST")}""",
    "expected": E([L("95044", 80)], ["coding-correction"]),
    "coder_note": "4.8 table / conventions: 95044 units = number of tests (allergens) -> 80 units (MUE 90).",
})

SCENARIOS.append({
    "id": "s26-patch-new-hand-dermatitis-36-em25-html",
    "family": "patch-test", "shape": "note-only",
    "description": "New patient with hand dermatitis: evaluation with prescription (99204-25) and same-day application "
                   "of a 36-allergen series; HTML note; Medicaid",
    "date": "2026-03-16",
    "patient": ("Alvarado", "Marta", "1979-01-28", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 55, "em": "99204",
    "html": True,
    "conditions": [
        C("c1", "Hand dermatitis, chronic", "L30.9", "Bilateral hands", reason=True),
    ],
    "note_title": "Dermatology New Patient Note",
    "note": f"""<html><body><div class="ddemrcontent">
<p><b>{CLINIC}</b><br/>Document Type: Dermatology New Patient Note<br/>Service Date/Time: 3/16/2026 09:00 CDT</p>
<h3>Chief Complaint</h3><p>Rash on both hands x 8 months.</p>
<h3>History of Present Illness</h3>
<p>46 y/o F hotel housekeeper, new to clinic. Itchy, cracking, painful rash on the palms and fingers, worse at
work with cleaning chemicals and gloves; improves on vacation. OTC hydrocortisone without help. Childhood
eczema. Traveled from a rural area - asked to start patch testing today to avoid extra trips.</p>
<h3>Review of Systems</h3><p>Skin: see HPI. All other systems reviewed and negative.</p>
<h3>Physical Exam</h3>
<table border="1"><tr><td>BP 122/76</td><td>HR 74</td><td>Wt 70 kg</td></tr></table>
<p>Bilateral palms and volar fingers: lichenified scaly plaques with fissures; dorsal hands erythema and
vesicles at the finger webs. No nail pitting. Feet clear.</p>
<h3>Assessment/Plan</h3>
<ol><li>Chronic hand dermatitis, DDx allergic contact vs irritant vs atopic. Start clobetasol 0.05% ointment BID
x 2 weeks (not on the back), then taper; cotton liners under nitrile gloves; fragrance-free emollient.
Work note provided.</li>
<li>Patch testing today: standard series of 36 allergens applied to upper back (Finn chambers), read at 48 h
and 96 h.</li></ol>
<h3>Procedure</h3><p>36 allergens applied in 4 panels, marked. Instructions given.</p>
<p>Interpreter: Spanish interpreter ID 4471 used for the entire encounter (in person).</p>
<p>Electronically Signed on 03/16/2026 10:12 AM CDT<br/>Castellanos MD, Ines</p>
</div></body></html>""",
    "expected": E([L("99204", 1, "25"), L("95044", 36)]),
    "coder_note": "95044/99204 is PTP indicator 1. The new-problem evaluation with prescription management goes "
                  "beyond the patch test -> 99204-25. 36 allergens -> 95044 x36.",
})

SCENARIOS.append({
    "id": "s26-photo-nbuvb-vitiligo-session-18",
    "family": "phototherapy", "shape": "free-text",
    "description": "Narrowband UVB session #18 for generalized vitiligo; excimer for hands only discussed; "
                   "Medicaid MCO",
    "date": "2026-01-29",
    "patient": ("Bautista", "Elena", "1988-12-12", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 15,
    "conditions": [
        C("c1", "Vitiligo, generalized", "L80", "Face, trunk, extremities", reason=True),
    ],
    "procedures": [
        P("Narrowband UVB phototherapy, full body cabinet", site="Full body",
          note="Session #18. Dose 820 mJ/cm2 (prior 780). No erythema from last session.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Note",
    "note": f"""{CLINIC}
Document Type: Phototherapy Treatment Note
Service Date/Time: 1/29/2026 07:40 CST

Phototherapy: NB-UVB (311 nm), full body cabinet, session #18 of planned 3x/week course.
Pre-treatment check: no burning/erythema since last session, no new photosensitizing meds. Goggles and
face shield per protocol (face not shielded - treating facial vitiligo). Genital shielding in place.
Dose today: 820 mJ/cm2 (increased 5% from 780). Tolerated without incident.
Response: perifollicular repigmentation on forearms and trunk.
Plan: continue 3x/week; reassess at session 36. Excimer laser for the dorsal hands discussed - not done today.
Treatment given by phototherapy RN under Dr. Santos's direct supervision (physician on site).
{sig("Santos MD, Rafael", "01/29/2026 08:05 AM CST")}""",
    "expected": E([L("96900")], dx={"96900": ["L80"]}),
    "coder_note": "NB-UVB is actinotherapy -> 96900 x1 per session (PHOTO-2 vitiligo). Excimer was only discussed.",
})

SCENARIOS.append({
    "id": "s26-photo-puva-first-line-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA session #3 for psoriasis started at patient request without failed conventional therapy, ABN "
                   "signed before the course; Medicare FFS",
    "date": "2026-02-26",
    "patient": ("Sorensen", "Harold", "1952-09-30", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, BSA 15%", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Note",
    "note": f"""{CLINIC}
Document Type: Phototherapy Treatment Note
Service Date/Time: 2/26/2026 10:20 CST

Indication: plaque psoriasis, BSA ~15%, trunk and extremities. Prior treatment: OTC hydrocortisone only; no
prescription topicals, no UVB, no systemic therapy tried. Patient requested PUVA specifically because his
brother responded to it. Dr. Ramirez explained at the 2/12/2026 visit that Medicare covers PUVA only after
conventional therapy (topical steroids, UVB) has failed and that this course is likely to be denied.
ABN (CMS-R-131) for the PUVA course signed 2/12/2026 before the first treatment, on file.

Treatment #3 (PUVA): oxsoralen-ultra 0.4 mg/kg taken 1.5 h before exposure (pt's own prescription), UVA
3.0 J/cm2 full body. UV-protective eyewear given for 24 h. No erythema or nausea after session #2.
Plan: 2x/week; reassess BSA at session 12. Clobetasol ointment to thick plaques was also offered - pt
declined for now.
{sig("Ramirez MD, Sofia", "02/26/2026 10:48 AM CST")}""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / COS-4: NCD 250.1 covers PUVA only after failure of conventional treatment; not met, "
                  "Medicare FFS, ABN signed before the service -> 96912-GA.",
})


# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s26-photo-excimer-elbows-knees-keyed-96921",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer laser to elbows and knees, documented areas total 180 sq cm, keyed 96921; commercial Aetna",
    "date": "2026-03-19",
    "patient": ("Kim", "Daniel", "1983-02-20", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques, BSA 3%", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("Laser treatment for inflammatory skin disease, 250-500 sq cm", cpt="96921",
          site="Bilateral elbows and knees",
          note="R elbow 45, L elbow 50, R knee 40, L knee 45 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment Note",
    "note": f"""{CLINIC}
Document Type: Excimer Laser Treatment Note
Service Date/Time: 3/19/2026 16:30 CDT

Dx: localized plaque psoriasis, BSA ~3%, failed clobetasol and calcipotriene x 6 months. Prior auth on file
(13 treatments).
Session #6. 308 nm excimer.
Treated areas (measured with grid): R elbow 45 sq cm; L elbow 50 sq cm; R knee 40 sq cm; L knee 45 sq cm.
Total treated area today: 180 sq cm.
Doses: elbows 500 mJ/cm2, knees 450 mJ/cm2 (no blistering after session #5).
Response: plaques thinner, less scale. Continue 2x/week.
{sig("Santos MD, Rafael", "03/19/2026 04:52 PM CDT")}""",
    "expected": E([L("96920")], ["coding-correction"], dx={"96920": ["L40.0"]}),
    "coder_note": "4.8 table: excimer is coded once per session by the total area treated; 180 sq cm is under "
                  "250 sq cm -> 96920, not 96921.",
})

SCENARIOS.append({
    "id": "s26-postop-suture-removal-keyed-99213",
    "family": "post-op", "shape": "free-text",
    "description": "Suture removal and wound check 8 days after a cyst excision (010 global), provider selected "
                   "99213, nothing else addressed; Medicaid",
    "date": "2026-04-14",
    "patient": ("Moreno", "Isidro", "1969-05-15", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 10, "em": "99213",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
    ],
    "prior": [
        PRIOR("2026-04-06", "11403", "Excision benign lesion trunk 2.1-3.0 cm", "Left flank",
              "Epidermal cyst, excised diameter 2.6 cm; layered closure."),
    ],
    "procedures": [
        P("Suture removal, post-operative wound check", site="Left flank",
          note="Incision healed, 9 nylon sutures removed, steri-strips applied."),
    ],
    "note_title": "Post-op Visit Note",
    "note": f"""{CLINIC}
Document Type: Post-op Visit Note
Service Date/Time: 4/14/2026 11:50 CDT

S: Day 8 after excision of epidermoid cyst L flank (4/6/2026). No fever, minimal tenderness.
O: Incision 5 cm, well approximated, no erythema or drainage.
Pathology reviewed with patient: benign epidermal inclusion cyst.
A: Routine post-op course.
P: 9 sutures removed, steri-strips. Scar care/sun protection. No other complaints; nothing else addressed.
RTC prn.

Interpreter: Spanish interpreter ID 4471 used for the entire encounter.
{sig("Okonkwo MD, Chidi", "04/14/2026 12:03 PM CDT")}""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/conventions: routine post-op visit inside the 010 global of the 4/6 excision -> 99024, "
                  "no E/M.",
})

SCENARIOS.append({
    "id": "s26-postop-zoster-during-excision-global-24-html",
    "family": "post-op", "shape": "note-only",
    "description": "Herpes zoster evaluated and treated 8 days after a facial BCC excision (010 global); wound check "
                   "same visit; 99213-24; HTML note; Medicare FFS",
    "date": "2026-05-12",
    "patient": ("Price", "Evelyn", "1947-06-22", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 25, "em": "99213",
    "html": True,
    "conditions": [
        C("c1", "Herpes zoster without complication", "B02.9", "Left T6 dermatome", reason=True),
    ],
    "prior": [
        PRIOR("2026-05-04", "11642", "Excision malignant lesion face 1.1-2.0 cm", "Right cheek",
              "Nodular BCC, excised diameter 1.6 cm."),
    ],
    "note_title": "Dermatology Office Note",
    "note": f"""<html><body><div class="ddemrcontent">
<p><b>{CLINIC}</b><br/>Document Type: Dermatology Office Note<br/>Service Date/Time: 5/12/2026 14:20 CDT</p>
<h3>Chief Complaint</h3><p>Painful blisters L side of chest x 2 days; also due for suture removal.</p>
<h3>History of Present Illness</h3>
<p>78 y/o F, s/p excision of BCC R cheek on 5/4/2026. Cheek healing without problems. New: burning pain
L chest/back wrapping around to the side for 4 days, blisters appeared 2 days ago. No eye symptoms.
Not immunosuppressed. Never received the shingles vaccine.</p>
<h3>Review of Systems</h3><p>Constitutional: Negative for fever. Eyes: Negative. Skin: see HPI.
All other systems negative.</p>
<h3>Physical Exam</h3>
<table border="1"><tr><td>T 36.9 C</td><td>BP 134/78</td><td>HR 76</td></tr></table>
<p>Grouped vesicles on an erythematous base in a band along the L T6 dermatome, not crossing midline.
R cheek incision: well healed, sutures removed.</p>
<h3>Assessment/Plan</h3>
<ol><li>Herpes zoster, L T6, within 72 h of vesicles - valacyclovir 1 g TID x 7 days (renal function normal
on 3/2026 labs); acetaminophen; gabapentin 100 mg qhs for pain; avoid contact with pregnant/immunocompromised
people. Shingrix after recovery via PCP. This is a new problem unrelated to the cheek surgery.</li>
<li>Post-op check R cheek - routine, sutures out.</li></ol>
<p>Zoster follow-up with her PCP as needed; dermatology continues skin-cancer surveillance only.</p>
<p>Electronically Signed on 05/12/2026 02:51 PM CDT<br/>Santos MD, Rafael</p>
</div></body></html>""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["B02.9"]}),
    "coder_note": "GS-5: unrelated E/M (zoster with prescription management) inside the 010 global of the 5/4 "
                  "excision -> 24; the suture removal is included. Acute problem, no longitudinal-care add-on.",
})

SCENARIOS.append({
    "id": "s26-rep-laceration-scalp-forearm-summed",
    "family": "repair", "shape": "free-text",
    "description": "Simple repairs of a 1.5 cm scalp laceration and a 3.2 cm forearm laceration (same simple repair "
                   "group, 4.7 cm total); Medicaid",
    "date": "2025-10-09",
    "patient": ("Pacheco", "Arturo", "1990-03-03", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Laceration without foreign body of scalp, initial encounter", "S01.01XA", "Left parietal scalp",
          reason=True),
        C("c2", "Laceration without foreign body of right forearm, initial encounter", "S51.811A",
          "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Simple repair of laceration", site="Left parietal scalp",
          note="1.5 cm superficial laceration, irrigated, closed with 3 staples.", reasons=["c1"]),
        P("Simple repair of laceration", site="Right dorsal forearm",
          note="3.2 cm superficial laceration through dermis, irrigated, single-layer 4-0 nylon interrupted.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 10/9/2025 08:20 CDT

35 y/o M, established (acne pt), walked in this morning after tripping on the stairs at home 1 hour ago.
No LOC, no headache, no neck pain. Tetanus booster 2022.
Exam: L parietal scalp 1.5 cm clean linear laceration; R dorsal forearm 3.2 cm clean linear laceration, into
dermis, no fat exposed, no tendon involvement, full ROM and sensation of hand. No other injuries.
Procedure: consent. 1% lidocaine with epi. Both wounds irrigated with 250 mL saline; no foreign body.
Scalp: 3 staples. Forearm: 4-0 nylon simple interrupted, single layer. Both simple repairs.
Total repaired length 4.7 cm. Bacitracin, dressing.
Plan: staples/sutures out 7-10 days. Head injury precautions reviewed. Acne follow-up rescheduled.
{sig("Castellanos MD, Ines", "10/09/2025 08:58 AM CDT")}""",
    "expected": E([L("12002")]),
    "coder_note": "REP-1/REP-2: scalp and extremity simple repairs are the same group (12001-12007); 1.5 + 3.2 = "
                  "4.7 cm -> one 12002 (2.6-7.5).",
})

SCENARIOS.append({
    "id": "s26-rep-cheek-bcc-rotation-flap-keyed-excision",
    "family": "repair", "shape": "pre-coded",
    "description": "Excision of biopsy-proven BCC left cheek closed with a rotation flap (2.5 + 6.0 sq cm), keyed "
                   "11642 + 14040; Medicare FFS",
    "date": "2026-04-21",
    "patient": ("Fitzgerald", "Agnes", "1940-10-10", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left cheek", "C44.319", "Left cheek", reason=True),
    ],
    "prior": [
        PRIOR("2026-03-31", "11102", "Tangential biopsy", "Left cheek", "Nodular BCC."),
    ],
    "procedures": [
        P("Excision malignant lesion face, 1.1-2.0 cm", cpt="11642", site="Left cheek",
          note="Lesion 1.0 cm, 4 mm margins.", reasons=["c1"]),
        P("Adjacent tissue transfer, cheek, 10 sq cm or less", cpt="14040", site="Left cheek",
          note="Rotation flap; primary defect 2.5 sq cm + secondary defect 6.0 sq cm = 8.5 sq cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left cheek, excision: basal cell carcinoma, nodular; margins clear.", "site": "Left cheek"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 4/21/2026 09:00 CDT

Pre-op dx: nodular BCC L cheek (bx 3/31/2026). Patient declined referral for Mohs (distance).
Procedure: excision with rotation flap repair.
Consent, time-out. 1% lidocaine w/ epi 8 mL.
Tumor 1.0 cm; 4 mm margins; excised as a circle to subcutaneous fat. Primary defect 1.8 cm diameter
(2.5 sq cm). Specimen tagged, to pathology.
Because of tension toward the lower eyelid, a rotation flap was designed from the lateral cheek; incised,
elevated in the subcutaneous plane, rotated into the defect. Secondary (donor) defect 6.0 sq cm. Total flap
repair area 8.5 sq cm. Buried 5-0 Monocryl, 6-0 Prolene.
EBL minimal. Tolerated well. Sutures out 1 week. Skin check 6 months.
{sig("Okonkwo MD, Chidi", "04/21/2026 10:28 AM CDT")}""",
    "expected": E([L("14040")], ["ncci"], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-2: adjacent tissue transfer includes the excision of the lesion (14040/11642 PTP indicator 1, "
                  "same lesion) -> 11642 dropped. Cheek, 8.5 sq cm -> 14040.",
})

SCENARIOS.append({
    "id": "s26-sh-bleeding-isk-bra-line-1-2cm",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of a 1.2 cm bleeding, inflamed SK on the bra line; other asymptomatic SKs left "
                   "alone; Medicare FFS",
    "date": "2025-10-14",
    "patient": ("Dubois", "Yvonne", "1949-08-08", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Left mid back, bra line", reason=True),
        C("c2", "Seborrheic keratoses, other, asymptomatic", "L82.1", "Back"),
    ],
    "path": [
        {"text": "Skin, left mid back, shave: irritated seborrheic keratosis with inflammation.",
         "site": "Left mid back"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 10/14/2025 10:45 CDT

Chief Complaint
Spot on back that bleeds on bra strap.

History of Present Illness
76 y/o F. Raised growth on the L mid back under the bra strap; it gets caught, bleeds onto clothing and has
been red and sore for 3 weeks.

Physical Exam
L mid back (bra line): 1.2 x 1.0 cm verrucous brown papule with erosion, hemorrhagic crust and surrounding
erythema. Several other 3-6 mm typical SKs on the back - no inflammation, no symptoms.

Assessment/Plan
1. Inflamed/irritated SK, bleeding - shave removal today.
2. Other SKs, asymptomatic - benign, reassurance, not treated.

Procedure Note
Consent. 1% lidocaine w/ epi 1 mL. Shave removal of the entire 1.2 cm lesion with DermaBlade, flush with
surrounding skin. AlCl3 for hemostasis. Specimen to pathology. Vaseline, bandage.
{sig("Santos MD, Rafael", "10/14/2025 11:06 AM CDT")}""",
    "expected": E([L("11302")], dx={"11302": ["L82.0"]}),
    "coder_note": "SH-1: trunk, 1.2 cm -> 11302. Bleeding/inflamed SK meets BSL-3 (a, g), so no GY. The other SKs "
                  "were not treated.",
})

SCENARIOS.append({
    "id": "s26-sh-nasal-papule-plus-scalp-unmeasured",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of a 0.4 cm bleeding nasal sidewall papule plus a scalp lesion shaved without any "
                   "size recorded; Medicaid MCO",
    "date": "2026-01-05",
    "patient": ("Luna", "Patricia", "1966-09-01", "female"),
    "provider": "ramirez", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal nevus, irritated", "D22.39", "Left nasal sidewall", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Right parietal scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left nasal sidewall",
          note="0.4 cm dome-shaped papule, bleeds where eyeglass pad rubs; shaved flush; AlCl3.", reasons=["c1"]),
        P("Shave removal", site="Right parietal scalp",
          note="Pedunculated crusted lesion that catches on her comb and bleeds; shaved flush; AlCl3.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, left nasal sidewall, shave: intradermal melanocytic nevus.", "site": "Left nasal sidewall"},
        {"text": "B. Skin, right parietal scalp, shave: inflamed seborrheic keratosis.", "site": "Right scalp"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 1/5/2026 14:15 CST

Indications: (1) papule L nasal sidewall, bleeds from eyeglass nose-pad friction; (2) crusted pedunculated
growth R parietal scalp, snags on comb and bleeds.
Procedure: shave removal x2. Consent, lidocaine 1% w/ epi.
#1 L nasal sidewall: 0.4 cm papule shaved flush with DermaBlade, AlCl3.
#2 R parietal scalp: lesion shaved flush at its base with DermaBlade, AlCl3.
Both to pathology. Wound care reviewed.

Interpreter: Spanish interpreter ID 4471 used for the entire encounter.
{sig("Ramirez MD, Sofia", "01/05/2026 02:40 PM CST")}""",
    "expected": E([L("11310")], ["missing-documentation"], dx={"11310": ["D22.39"]}),
    "coder_note": "SH-1: nose 0.4 cm -> 11310. README coding decision: the scalp shave has no lesion size anywhere "
                  "-> no size-banded line, missing-documentation.",
})

SCENARIOS.append({
    "id": "s26-sh-chin-papule-removal-keyed-biopsy",
    "family": "shave", "shape": "pre-coded",
    "description": "Entire 0.7 cm chin papule removed by shave because it bleeds when shaving, keyed as tangential "
                   "biopsy 11102; commercial",
    "date": "2026-02-12",
    "patient": ("Tran", "Michael", "1990-01-17", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, traumatized by shaving", "D22.39", "Right chin", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Right chin",
          note="0.7 cm papule removed in entirety by shave, flush with skin; to pathology.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right chin, shave: intradermal melanocytic nevus, traumatized. Benign.", "site": "Right chin"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 2/12/2026 16:00 CST

Chief Complaint
Bump on chin that bleeds when shaving.

History of Present Illness
36 y/o M with a flesh-colored bump on the R chin for years; he cuts it with his razor 2-3 times a week and it
bleeds. Wants it removed. Clinically a benign dermal nevus; no change in color.

Procedure Note - Shave Removal
Purpose: therapeutic removal of the entire lesion (not a sampling biopsy).
Consent. 1% lidocaine w/ epi 0.5 mL. Lesion measured 0.7 x 0.6 cm.
Shave removal of the entire papule flush with the surrounding skin using a DermaBlade; feathered edges;
AlCl3 for hemostasis. Specimen sent to pathology for confirmation.
Vaseline, bandage. Expect flat pale scar.
{sig("Castellanos MD, Ines", "02/12/2026 04:18 PM CST")}""",
    "expected": E([L("11311")], ["coding-correction"], dx={"11311": ["D22.39"]}),
    "coder_note": "BX-4: intent decides; therapeutic removal of the whole lesion by shave is shave removal, not a "
                  "biopsy. Face (chin) 0.7 cm -> 11311 (FEENLM 0.6-1.0).",
})

SCENARIOS.append({
    "id": "s26-tags-22-irritated-neck-axillae",
    "family": "skin-tags", "shape": "note-only",
    "description": "Removal of 22 irritated/bleeding skin tags of the neck and axillae; inframammary tags left; "
                   "Medicaid MCO",
    "date": "2025-11-06",
    "patient": ("Jackson", "Monique", "1975-04-04", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Neck and bilateral axillae", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 11/6/2025 13:10 CST

Chief Complaint
Skin tags that get irritated and bleed.

History of Present Illness
50 y/o F, T2DM. Tags on the neck rub on her necklace and work lanyard; axillary tags get caught with
shaving/deodorant and bleed. Several are red and sore today.

Physical Exam
Neck: fourteen pedunculated tags, several with erythema and hemorrhagic crust.
L axilla: 5 tags, 2 inflamed.  R axilla: 3 tags, 1 bleeding.
Inframammary: a few small tags - asymptomatic.

Assessment/Plan
Acrochordons, symptomatic (irritation, bleeding, inflammation) - removal today of the neck and axillary tags:
14 + 5 + 3 = 22 tags. Inframammary tags asymptomatic - NOT removed; revisit if they become irritated.

Procedure Note
Snip excision with sterile iris scissors and electrocautery hemostasis of 22 skin tags (neck 14, L axilla 5,
R axilla 3). No specimens. Tolerated well.
{sig("Okonkwo MD, Chidi", "11/06/2025 01:42 PM CST")}""",
    "expected": E([L("11200"), L("11201", 1)], dx={"11200": ["L91.8"]}),
    "coder_note": "Conventions: 11200 covers the first 15 tags, 11201 each additional 10 -> ceil((22-15)/10) = 1. "
                  "Symptomatic tags (bleeding, inflamed) are not cosmetic. Untreated inframammary tags not counted.",
})

SCENARIOS.append({
    "id": "s26-tags-40-symptomatic-keyed-11201x3",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Removal of 40 irritated/bleeding skin tags keyed 11200 + 11201 x3 (over the MUE of 1); "
                   "Medicare FFS",
    "date": "2026-03-26",
    "patient": ("Olson", "Gary", "1951-12-19", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Acrochordons, irritated, bleeding and inflamed", "L91.8", "Neck, axillae, groin folds",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15 lesions", cpt="11200", site="Neck",
          note="15 tags neck.", reasons=["c1"]),
        P("Removal of skin tags, each additional 10 lesions (x3)", cpt="11201",
          site="Axillae and inguinal folds", note="25 additional tags. Units keyed: 3.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{CLINIC}
Document Type: Procedure Note
Service Date/Time: 3/26/2026 09:40 CDT

74 y/o M, obese, T2DM. Numerous skin tags that catch on shirt collar, belt and underwear; many bleed and
several are inflamed and tender. Bled onto shirt collars weekly. He requests removal of all symptomatic tags.
Exam: neck 15, bilateral axillae 13, bilateral inguinal folds 12 - irritated pedunculated tags, many with
erythema and hemorrhagic crust.
Assessment: symptomatic acrochordons (bleeding, inflammation, irritation from clothing).
Procedure: consent; snip excision with curved iris scissors and light electrocautery of 40 skin tags total
(15 + 13 + 12). No specimens.
Plan: wound care; return if more become irritated.
{sig("Santos MD, Rafael", "03/26/2026 10:31 AM CDT")}""",
    "expected": E([L("11200"), L("11201", 1)], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "40 tags -> 11200 + 11201 x ceil(25/10) = 3, but the 11201 MUE is 1 (MAI 3) -> capped at 1 with an "
                  "mue finding (README coding decision).",
})
