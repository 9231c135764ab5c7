"""Sealed set 10 (s10-): an interface analyst's sample of real EHR export shapes.

Pre-coded charts imitate ModMed EMA and Epic charge-capture exports (CPT on Procedure.code.coding, some of it
wrong), free-text charts carry only Procedure.code.text / bodySite.text / note / reasonReference as clinicians type
them, and note-only charts put everything in the signed note. Expected answers come from the rule book
(derm_coding.md sections 2-7 and 10), docs/coding_conventions.md and the corpus README "Coding decisions".
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ----------------------------------------------------------------------------------------------------------------
# PRE-CODED (ModMed EMA / Epic charge capture)
# ----------------------------------------------------------------------------------------------------------------

SCENARIOS += [
    {
        "id": "s10-pc-bx-deleted-11100-11101",
        "family": "biopsy", "shape": "pre-coded",
        "description": "EMA export still maps shave biopsies to deleted 11100/11101 x2; three tangential biopsies.",
        "date": "2026-02-10",
        "patient": ("Harlow", "Dennis", "1948-03-12", "male"),
        "provider": "lindqvist", "payer": "medicare", "minutes": 35,
        "conditions": [
            C("c1", "Lesion of skin of back, rule out basal cell carcinoma", "D49.2", "left upper back", reason=True),
            C("c2", "Scaly papule right upper arm, rule out squamous cell carcinoma", "D49.2",
              "right upper arm posterior", reason=True),
            C("c3", "Atypical pigmented lesion of chest", "D49.2", "central chest", reason=True),
            C("h1", "Personal history of basal cell carcinoma", "Z85.828", history=True),
        ],
        "procedures": [
            P("Biopsy skin single lesion", cpt="11100", site="Back - L upper",
              note="Shave bx. Specimen A. 6 mm pink pearly papule, r/o BCC. DermaBlade tangential removal to "
                   "mid dermis, AlCl for hemostasis.", reasons=["c1"]),
            P("Biopsy skin addl lesion", cpt="11101", site="Arm - R upper, posterior",
              note="Shave bx, specimen B. 5 mm scaly pink papule, r/o SCC vs ISK.", reasons=["c2"]),
            P("Biopsy skin addl lesion", cpt="11101", site="Chest - central",
              note="Saucerization (tangential) bx to deep dermis, specimen C. 7 mm irregular brown macule, "
                   "r/o dysplastic nevus.", reasons=["c3"]),
        ],
        "path": [
            {"text": "A. Skin, left upper back, shave: basal cell carcinoma, nodular type, extending to base.",
             "site": "left upper back", "date": "2026-02-13"},
            {"text": "B. Skin, right posterior upper arm, shave: irritated seborrheic keratosis.",
             "site": "right upper arm", "date": "2026-02-13"},
            {"text": "C. Skin, central chest, shave: compound dysplastic nevus with mild atypia, "
                     "peripheral margin involved.", "site": "central chest", "date": "2026-02-13"},
        ],
        "note": """Dermatology Visit Note (ModMed EMA)
Patient: Harlow, Dennis    DOB: 03/12/1948    DOS: 02/10/2026
Rendering: Erik Lindqvist, MD

CHIEF COMPLAINT: "Wife found some new spots"

HPI: 77 y/o M, established pt, last full skin exam 08/2025. Hx of BCC L nasal ala treated with Mohs
in 2019 at an outside practice; AKs frozen on the scalp several times since. Wife pointed out a pink
bump on his L upper back about 3 months ago that bleeds when he towels off. He also has a rough spot on
the back of the R arm and a brown spot on his chest he "isn't sure about". No pain, no itch.

ROS: Denies fevers, night sweats, unintended weight loss. Otherwise negative except as in HPI.
Meds: atorvastatin 40, lisinopril 10, ASA 81.   Allergies: NKDA.
Vitals: BP 138/82, HR 71.

EXAM: Focused exam of back, chest and both arms (pt declined full exam today, wants FBSE in summer).
 - L upper back: 6 mm pink pearly papule, central crust; dermoscopy w/ arborizing vessels.
 - R posterior upper arm: 5 mm pink scaly papule, mildly indurated.
 - Central chest: 7 mm irregularly pigmented macule, asymmetric network on dermoscopy.
 - Scattered stuck-on tan papules of the trunk c/w SKs; lentigines; nothing else concerning in areas examined.

ASSESSMENT / PLAN
1. L upper back papule - r/o BCC. Shave biopsy today.
2. R posterior arm scaly papule - r/o SCC vs irritated SK. Shave biopsy today.
3. Central chest pigmented macule - r/o dysplastic nevus vs early melanoma. Saucerization biopsy today.
4. SKs / lentigines - benign, reassured, no treatment.

PROCEDURE: Tangential (shave) biopsy x 3 (A, B, C as above)
Risks incl. bleeding, infection, scar, recurrence and possible need for further treatment reviewed; pt
verbalized understanding, written consent signed. Time-out performed. Sites cleansed with alcohol and
anesthetized with 1% lidocaine w/ epinephrine. Specimens removed tangentially with a flexible blade,
bases treated with aluminum chloride. Petrolatum + bandage. EBL minimal. Tolerated well.
Specimens labeled and sent to Derm Path Associates.

Wound care: keep covered 24 h, then daily gentle wash + petrolatum until healed. Call for spreading
redness, pus, fever.
F/U: we will call with results in 7-10 days; RTC 6 months for FBSE, sooner prn.

Electronically signed: Erik Lindqvist, MD 02/10/2026 16:48
""",
        "expected": E([L("11102"), L("11103", 2)], topics=["invalid-code"]),
        "coder_note": "BX-1: 11100/11101 were deleted 31 Dec 2018. Three tangential (shave/saucerization) biopsies "
                      "of separate lesions, no punch or incisional: 11102 for the first + 11103 x2 (BX-2, AOC "
                      "11103->11102). No E/M on the claim.",
    },
    {
        "id": "s10-pc-bx-punch-addon-on-shave-primary",
        "family": "biopsy", "shape": "pre-coded",
        "description": "Epic charge capture: 11102 + 11105 for one shave and one punch biopsy; punch must be primary.",
        "date": "2026-03-04",
        "patient": ("Okereke", "Amara", "1986-07-22", "female"),
        "provider": "ramirez", "payer": "commercial-uhc", "minutes": 30,
        "conditions": [
            C("c1", "Purpuric papules of right thigh, rule out leukocytoclastic vasculitis", "R23.3",
              "right anterior thigh", reason=True),
            C("c2", "Enlarging pink papule of left shin", "D49.2", "left shin", reason=True),
        ],
        "procedures": [
            P("SHAVE BIOPSY - SKIN", cpt="11102", site="LEFT SHIN",
              note="Shave biopsy of 5 mm pink firm papule L shin, r/o DF vs BCC. Spec #2.", reasons=["c2"]),
            P("PUNCH BIOPSY EACH ADDL LESION", cpt="11105", site="RIGHT ANTERIOR THIGH",
              note="4 mm punch of a fresh (<24 h) palpable purpuric papule, spec #1 for H&E. Closed with one "
                   "4-0 nylon simple interrupted.", reasons=["c1"]),
        ],
        "note": """PROCEDURE NOTE - DERMATOLOGY                                   03/04/2026
Provider: Sofia Ramirez, MD

SUBJECTIVE
Ms. Okereke is a 39 y/o woman seen as an established patient, added on today for a rash on the legs
that started 5 days ago after a course of amoxicillin for sinusitis, plus a bump on the L shin she has
had for about a year that has grown. Rash is mildly tender, not itchy. No joint pain, no abdominal pain,
no blood in urine per pt. No new meds other than the amoxicillin (finished 03/01).

OBJECTIVE
Afebrile. Bilateral lower legs and R thigh with scattered 2-4 mm non-blanching palpable purpuric papules,
densest on the shins. L shin: 5 mm firm pink papule, dimple sign equivocal.

ASSESSMENT
#1 Palpable purpura of legs after amoxicillin - suspect cutaneous small-vessel vasculitis; punch biopsy
   of a new lesion on the R thigh for H&E. *** DIF not sent today (pt cost concern) ***
#2 L shin papule, enlarging - DF favored, BCC not excluded - shave biopsy.

PROCEDURES
Consent: Discussed purpose, risks (bleeding, infection, scarring, nondiagnostic sample) and
alternatives; pt agreed and signed. Time-out done.
Spec #1 R anterior thigh: 4 mm punch biopsy through subcutis; one 4-0 nylon suture.
Spec #2 L shin: shave biopsy with a DermaBlade, hemostasis with AlCl.
Both to pathology. Bandaged.

PLAN
- Amoxicillin already stopped; avoid penicillins until results back.
- UA + BMP ordered at her PCP's lab (order faxed) to screen for renal involvement.
- Suture out in 10-14 days (can be done by PCP). Results by phone.
- Return precautions given for fever, abdominal pain, joint swelling or dark urine.

Sofia Ramirez, MD
""",
        "expected": E([L("11104"), L("11103")], topics=["coding-correction"]),
        "coder_note": "BX-2: one punch + one tangential biopsy = 11104 (punch outranks tangential) + 11103. The "
                      "export sent 11102 + 11105; 11105 may only follow 11104/11106 (AOC), and 11104/11102 is "
                      "PTP indicator 0, so the shave becomes the 11103 add-on. No E/M was selected.",
    },
    {
        "id": "s10-pc-exm-back-bcc-size-from-lesion",
        "family": "excision-malignant", "shape": "pre-coded",
        "description": "EMA picked 11601 from the 0.8 cm lesion size; excised diameter with 4 mm margins is 1.6 cm.",
        "date": "2026-01-27",
        "patient": ("Brandvold", "Gunnar", "1951-11-04", "male"),
        "provider": "chen", "payer": "medicare-ngs", "minutes": 60,
        "conditions": [
            C("c1", "Basal cell carcinoma of skin of back, nodular", "C44.519", "left mid back", reason=True),
        ],
        "procedures": [
            P("Excision malignant lesion trunk", cpt="11601", site="Back - L mid",
              note="Lesion size: 0.8 x 0.7 cm (bx scar + residual pearly border). Margins: 4 mm. Excised "
                   "diameter: 1.6 cm. Fusiform excision to fat, oriented w/ suture at 12 o'clock.",
              reasons=["c1"]),
            P("Repair intermediate trunk", cpt="12032", site="Back - L mid",
              note="Layered closure: 3-0 Vicryl buried dermal, 4-0 nylon running. Final length 3.4 cm.",
              reasons=["c1"]),
        ],
        "path": [
            {"text": "Skin, left mid back, excision: basal cell carcinoma, nodular type; all margins free "
                     "(closest 3 mm, lateral).", "site": "left mid back", "date": "2026-01-30"},
        ],
        "note": """Surgical Procedure Note (ModMed EMA)
DOS 01/27/2026   Wei Chen, MD   Pt: Gunnar Brandvold (DOB 11/04/1951)

Indication: Biopsy-proven nodular BCC L mid back (shave bx 12/30/2025, Derm Path #DP25-11873). Pt prefers
standard excision over ED&C; Mohs not indicated (trunk, primary, nodular, < 2 cm).

Pre-op: Anticoag - none (stopped fish oil 1 wk ago). No pacemaker. No allergy to lidocaine. Pre-op
photo taken, site confirmed by pt with mirror.

Procedure: Excision, malignant lesion, L mid back
 - Clinical lesion incl. biopsy scar and residual pearly rim: 0.8 x 0.7 cm
 - Margin: 4 mm circumferentially, marked with surgical pen
 - Excised diameter: 1.6 cm; fusiform ellipse oriented along relaxed skin tension lines
 - Anesthesia: 1% lidocaine w/ epi 1:100,000, 6 mL
 - Depth: to superficial subcutaneous fat; specimen tagged at 12 o'clock
 - Hemostasis: electrocautery
Repair: Because of tension, wound undermined modestly at the fat plane and closed in layers:
3-0 Vicryl buried vertical mattress x4, 4-0 nylon running cuticular. Final repair length 3.4 cm.
Dressing: pressure dressing. EBL < 5 mL. No complications.

Post-op: Written wound care instructions given. Tylenol for pain, avoid heavy lifting/golf 2 weeks.
Suture removal 14 days (back). Path to follow; will call.

Electronically signed by Wei Chen, MD
""",
        "expected": E([L("11602"), L("12032")], topics=["coding-correction"]),
        "coder_note": "EX-1: excised diameter = 0.8 + 2 x 0.4 = 1.6 cm -> trunk malignant 1.1-2.0 cm = 11602 "
                      "(EMA coded the lesion size, 11601). Pathology BCC -> malignant codes (EX-3). Layered "
                      "closure 3.4 cm trunk = 12032, separately reportable with the excision (EX-5, REP-2).",
    },
    {
        "id": "s10-pc-exb-cyst-band-from-lesion",
        "family": "excision-benign", "shape": "pre-coded",
        "description": "Recurrently inflamed epidermoid cyst, 1.8 cm + 2 mm margins = 2.2 cm; EMA sent 11402.",
        "date": "2026-02-18",
        "patient": ("Villanueva", "Marco", "1979-05-30", "male"),
        "provider": "baptiste", "payer": "commercial-aetna", "minutes": 45,
        "conditions": [
            C("c1", "Epidermoid cyst of right upper back, recurrently inflamed", "L72.0", "right upper back",
              reason=True),
        ],
        "procedures": [
            P("Excision benign lesion trunk", cpt="11402", site="Upper back - R",
              note="Lesion size 1.8 cm. Margins 2 mm. Excised diameter 2.2 cm. Cyst removed intact with "
                   "punctum and overlying ellipse of skin.", reasons=["c1"]),
            P("Repair intermediate trunk", cpt="12032", site="Upper back - R",
              note="Layered closure, 4-0 Monocryl deep / 4-0 Prolene simple interrupted. Length 3.6 cm.",
              reasons=["c1"]),
        ],
        "path": [
            {"text": "Skin and subcutis, right upper back, excision: ruptured epidermoid (infundibular) cyst with "
                     "foreign-body granulomatous reaction. No atypia.", "site": "right upper back",
             "date": "2026-02-21"},
        ],
        "note": """DERMATOLOGIC SURGERY NOTE
Date: 02/18/2026        Surgeon: Marc Baptiste, MD
Patient: Marco Villanueva, 46 M

Reason for surgery: Cyst R upper back x 4 yrs. Became red, swollen and painful twice in the last
12 months; I&D by his PCP 07/2025 and urgent care 11/2025. Currently quiet (no fluctuance, no
erythema today) - appropriate window for excision. Tender to pressure from backpack straps.

Exam: 1.8 cm mobile subcutaneous cyst with central punctum, R upper back, overlying skin with an old
linear I&D scar.

Consent: risks incl. recurrence, infection, bleeding, scar/spread scar, wound dehiscence discussed.
Alternatives (observation, I&D again) discussed. Pt elects excision. Consent signed, site marked.

Procedure: Excision of epidermoid cyst, R upper back
 Lesion 1.8 cm; 2 mm margin of skin around punctum/scar; excised diameter 2.2 cm
 Field block with 1% lido/epi (8 mL). Elliptical incision; cyst dissected free of surrounding fibrous
 tissue and removed intact. Cavity irrigated.
 Closure: layered - 4-0 Monocryl buried dermal sutures x5, then 4-0 Prolene simple interrupted.
 Repair length 3.6 cm.
 Specimen to pathology.

Post-op plan: Pressure bandage 48 h. Sutures out in 12-14 days. Acetaminophen/ibuprofen prn.
Call for fever, pus, or bleeding that does not stop with pressure.

-- Marc Baptiste, MD (e-signed 02/18/2026 14:22)
""",
        "expected": E([L("11403"), L("12032")], topics=["coding-correction"]),
        "coder_note": "EX-1/EX-2: 1.8 + 2 x 0.2 = 2.2 cm on the trunk -> benign 2.1-3.0 cm = 11403, not 11402. "
                      "Benign path (epidermoid cyst). Symptomatic cyst for a commercial plan, not cosmetic. "
                      "Intermediate repair 3.6 cm trunk = 12032 (EX-5).",
    },
    {
        "id": "s10-pc-exb-scalp-nevus-correct",
        "family": "excision-benign", "shape": "pre-coded",
        "description": "Correct EMA export: scalp dysplastic nevus 0.6 cm + 2 mm margins = 1.0 cm, 11421, simple closure.",
        "date": "2026-03-11",
        "patient": ("Pruitt", "Kaylee", "2008-09-15", "female"),
        "provider": "halvorsen", "payer": "medicaid", "minutes": 40,
        "conditions": [
            C("c1", "Changing melanocytic nevus of scalp", "D22.4", "scalp crown", reason=True),
        ],
        "procedures": [
            P("Excision benign lesion scalp", cpt="11421", site="Scalp - crown",
              note="Lesion 0.6 cm, margin 2 mm, excised diameter 1.0 cm. Single-layer closure 4-0 nylon.",
              reasons=["c1"]),
        ],
        "path": [
            {"text": "Skin, scalp crown, excision: compound dysplastic nevus with mild cytologic atypia; margins "
                     "clear.", "site": "scalp crown", "date": "2026-03-16"},
        ],
        "note": """PEDIATRIC / ADOLESCENT DERMATOLOGY - PROCEDURE VISIT
DOS: 03/11/2026    Provider: Kirsten Halvorsen, MD
Patient: Kaylee Pruitt, 17 y.o. F, accompanied by mother (consent by parent; pt assents)

History: Mole on the crown of the scalp noticed by her hairdresser 6 months ago. Photos from 09/2025
show it has darkened and grown from ~4 mm to 6 mm. Not itchy, has not bled. No family hx melanoma.
Discussed at last visit (02/2026): excision recommended over shave because of the change.

Exam: Crown of scalp - 6 mm dark brown papule with irregular border; dermoscopy with eccentric
hyperpigmentation and irregular globules. No cervical lymphadenopathy.

Procedure: Excision of pigmented lesion, scalp crown
 - Hair clipped (not shaved), chlorhexidine prep
 - Local: 1% lidocaine with epinephrine, 3 mL
 - Lesion 0.6 cm; 2 mm margins; excised diameter 1.0 cm
 - Fusiform excision to subcutaneous fat
 - Simple (single-layer) closure with 4-0 nylon interrupted sutures; no layered closure needed
 - Specimen to dermatopathology
 - Bacitracin, no dressing needed in hair

Instructions: may shampoo after 24 h; sutures out in 10 days at school-nurse-friendly time (after 3 pm).
Mother given a copy of the wound-care sheet. Results by MyChart.

Kirsten Halvorsen, MD
""",
        "expected": E([L("11421")]),
        "coder_note": "Left alone. EX-1/EX-2: 0.6 + 2 x 0.2 = 1.0 cm on the scalp (SNHFG) = 11421; benign path "
                      "(dysplastic nevus, EX-3). Simple closure is included in the excision (EX-5). Change in "
                      "size/colour documented, so not cosmetic.",
    },
    {
        "id": "s10-pc-ds-ak-17003-x16",
        "family": "destruction", "shape": "pre-coded",
        "description": "17 AKs frozen; EMA sent 17000 + 17003 x16 instead of 17004.",
        "date": "2026-01-14",
        "patient": ("Kowalczyk", "Edmund", "1943-06-02", "male"),
        "provider": "okafor", "payer": "medicare", "minutes": 25,
        "conditions": [
            C("c1", "Actinic keratoses, scalp, forehead and dorsal hands", "L57.0", "scalp; forehead; hands",
              reason=True),
        ],
        "procedures": [
            P("Destruction premalignant lesion first", cpt="17000", site="Scalp",
              note="LN2, 2 freeze-thaw cycles.", reasons=["c1"]),
            P("Destruction premalignant lesion 2-14 each", cpt="17003", site="Scalp, forehead, hands",
              note="Units: 16 (entered by MA from lesion count).", reasons=["c1"]),
        ],
        "note": """Visit Note - ModMed EMA                                              01/14/2026
Patient: Edmund Kowalczyk    Age 82    Provider: Adaeze Okafor, MD

CC: "Rough spots are back on my head"

HPI: Long hx of AKs, last LN2 07/2025 (11 lesions). Used 5-FU cream to the scalp 2023 with a brisk
reaction; declines field therapy this winter. No new growing or bleeding lesions. SCCIS R hand
excised 2021 - no recurrence.

Exam: Scalp, forehead, face, ears, dorsal hands and forearms examined.
 AKs (gritty erythematous scaly macules/papules):
   scalp (vertex and parietal)  ....... 9
   forehead ........................... 4
   dorsal hands (R 3, L 1) ............ 4
   TOTAL 17
 No hypertrophic or indurated lesions; ears and lips clear. Prior R hand scar without recurrence.

A/P:
1. Actinic keratoses x17 - cryosurgery today. Reviewed expected blistering/crusting and
   hypopigmentation. Verbal consent.
   LN2 via Cry-Ac, 2 freeze-thaw cycles each, 5-10 s freeze time.
2. Hx SCCIS R hand - NED.
3. Sun protection: broad-brimmed hat, SPF 50 to the scalp.

RTC 6 months.
Signed: A. Okafor, MD
""",
        "expected": E([L("17004")], topics=["coding-correction"]),
        "coder_note": "DS-1: 15 or more premalignant lesions in one session = 17004 x1 instead of 17000 + 17003 "
                      "(17004/17000 and 17004/17003 are indicator 0). 17 AKs are counted in the note. AK "
                      "destruction covered under NCD 250.4.",
    },
    {
        "id": "s10-pc-ds-ak-units-on-17000-em25-kept",
        "family": "destruction", "shape": "pre-coded",
        "description": "8 AKs sent as 17000 x8; separate seborrheic dermatitis Rx supports the 99213-25 as sent.",
        "date": "2026-02-02",
        "patient": ("Delacroix", "Yvette", "1950-01-19", "female"),
        "provider": "nakamura", "payer": "medicare-advantage", "em": "99213", "minutes": 30,
        "conditions": [
            C("c1", "Actinic keratoses of face and scalp", "L57.0", "face; scalp", reason=True),
            C("c2", "Seborrheic dermatitis of face", "L21.9", "nasolabial folds; eyebrows", reason=True),
        ],
        "procedures": [
            P("Destruction premalignant lesion first", cpt="17000", site="Face/scalp",
              note="LN2 x 8 AKs. Units: 8", reasons=["c1"]),
        ],
        "note": """EPIC - DERMATOLOGY OFFICE VISIT
Date of Service: 2/2/2026
Provider: Ren Nakamura, MD
Visit: 99213-25 + cryo (per charge router)

CHIEF COMPLAINT
1. Rough spots on face/scalp
2. Red flaky face - new problem

HISTORY OF PRESENT ILLNESS
Yvette is a 76 y.o. female with AKs (LN2 x6 in 03/2025). She reports new rough spots on the temples
and scalp. Separately, over the past 2 months she has had a red, flaky, itchy rash around the nose and
eyebrows that has not improved with OTC hydrocortisone 1%. Uses a new hair product. No eye symptoms.

PHYSICAL EXAM
General: well appearing, NAD
Skin: face, scalp, ears, neck examined.
- Erythematous gritty scaly papules: R temple x2, L temple x1, L cheek x1, scalp vertex x3, R forehead x1
  (8 total)
- Greasy yellow scale on erythematous base in the nasolabial folds, eyebrows and glabella; scalp
  with fine scale

ASSESSMENT AND PLAN
1. Actinic keratosis (L57.0) - 8 lesions treated with liquid nitrogen, 2 cycles. Consent obtained;
   blistering/crusting/pigment change discussed.
2. Seborrheic dermatitis of face and scalp (L21.9) - new diagnosis.
   - Start ketoconazole 2% cream BID to face x 2 wk then 2-3x/wk maintenance
   - Start ketoconazole 2% shampoo 2x/week, leave on 5 min
   - Desonide 0.05% cream BID x 7 days for flares only; discussed not using on a daily basis
   - Stop the new hair product for now
   - Reviewed that it is chronic and relapsing
Follow up: 3 months, sooner if not improving.

Ren Nakamura, MD
""",
        "expected": E([L("99213", 1, "25"), L("17000"), L("17003", 7)], topics=["coding-correction"]),
        "coder_note": "DS-1: 8 AKs = 17000 x1 + 17003 x7 (units had been put on the 17000 line). The E/M is "
                      "kept with 25: a new problem (seborrheic dermatitis) with prescription drug management "
                      "is significant and separate from the cryo decision (GS-3, EM-4).",
    },
    {
        "id": "s10-pc-mohs-nose-17315-overcount",
        "family": "mohs", "shape": "pre-coded",
        "description": "Mohs nasal ala, 3 stages (6/3/1 blocks): EMA sent 17315 x5 from total blocks; only 1 block beyond 5 in a stage.",
        "date": "2026-02-24",
        "patient": ("Ferrante", "Rosalind", "1947-08-27", "female"),
        "provider": "marchetti", "payer": "medicare-noname", "minutes": 210,
        "conditions": [
            C("c1", "Basal cell carcinoma of skin of nose, infiltrative", "C44.311", "right nasal ala",
              reason=True),
        ],
        "procedures": [
            P("Mohs first stage head/neck", cpt="17311", site="Nose - R ala",
              note="Stage 1: 6 tissue blocks. Positive at 3-5 o'clock.", reasons=["c1"]),
            P("Mohs addl stage head/neck", cpt="17312", site="Nose - R ala",
              note="Stage 2: 3 blocks, focal residual at 4 o'clock. Stage 3: 1 block, clear. Units: 2", reasons=["c1"]),
            P("Mohs addl block", cpt="17315", site="Nose - R ala",
              note="10 blocks total - 5 = 5 (per EMA calculator). Units: 5", reasons=["c1"]),
            P("Repair intermediate face", cpt="12052", site="Nose - R ala/sidewall",
              note="Layered linear closure 2.8 cm along the alar-facial groove.", reasons=["c1"]),
        ],
        "path": [
            {"text": "Skin, right nasal ala, shave biopsy: basal cell carcinoma, infiltrative pattern.",
             "site": "right nasal ala", "date": "2026-01-08"},
        ],
        "note": """MOHS MICROGRAPHIC SURGERY REPORT
Date: 02/24/2026   Surgeon/pathologist: Luca Marchetti, MD
Patient: Rosalind Ferrante, DOB 08/27/1947

Pre-op diagnosis: BCC, infiltrative, R nasal ala (bx 01/08/2026)
AUC: appropriate - area H, aggressive histology.
Pre-op lesion size: 0.9 x 0.7 cm.

Dr. Marchetti performed both the surgical excision and the histologic interpretation of all Mohs
layers; frozen sections, H&E.

Stage I: Tumor debulked with curette. First layer excised with 2 mm margin, divided into 6 tissue
  blocks, mapped and inked. Residual infiltrative BCC at the 3-5 o'clock dermal margin (blocks 3 and 4).
Stage II: Additional layer from 2-6 o'clock, divided into 3 blocks. Residual focus at 4 o'clock
  (block 2).
Stage III: Additional layer at 4 o'clock, 1 block. Clear.
Final defect: 1.4 x 1.1 cm, to the depth of the nasalis, cartilage not exposed.

Reconstruction: Options (second intention, linear closure, bilobed flap) discussed; linear closure
along the alar-facial groove chosen. Undermining at the level of the nasalis; layered closure with
5-0 Monocryl buried and 6-0 nylon running. Repair length 2.8 cm. Free margin (alar rim) not involved,
no distortion.

EBL minimal. Pressure dressing. Pt tolerated well.
Post-op: Wound care handout, Tylenol, no NSAIDs x 48 h, ice. Suture removal 1 week.

Luca Marchetti, MD
""",
        "expected": E([L("17311"), L("17312", 2), L("17315"), L("12052")], topics=["coding-correction"]),
        "coder_note": "MOHS-2: 17315 counts blocks beyond 5 within each stage, not beyond 5 in total. Stage 1 = 6 "
                      "blocks (1 extra), stages 2 and 3 = 3 and 1 block -> 17311 + 17312 x2 + 17315 x1. "
                      "Layered repair of the nose 2.8 cm = 12052, reportable with Mohs (MOHS-7).",
    },
    {
        "id": "s10-pc-mohs-temple-path-codes-dropped",
        "family": "mohs", "shape": "pre-coded",
        "description": "Mohs L temple SCC, 2 stages; charge capture added 88305 and 88331 for the Mohs layers.",
        "date": "2026-04-07",
        "patient": ("Whitcombe", "Graham", "1958-12-09", "male"),
        "provider": "marchetti", "payer": "commercial-cigna", "minutes": 150,
        "conditions": [
            C("c1", "Squamous cell carcinoma of skin of left temple", "C44.329", "left temple", reason=True),
        ],
        "procedures": [
            P("MOHS 1ST STAGE H/N/HF/G", cpt="17311", site="L temple", note="3 blocks", reasons=["c1"]),
            P("MOHS EA ADDL STAGE H/N/HF/G", cpt="17312", site="L temple", note="2 blocks", reasons=["c1"]),
            P("SURGICAL PATHOLOGY LEVEL IV", cpt="88305", site="L temple",
              note="Mohs layers x2. Units: 2", reasons=["c1"]),
            P("FROZEN SECTION FIRST BLOCK", cpt="88331", site="L temple",
              note="one per block. Units: 5", reasons=["c1"]),
        ],
        "path": [
            {"text": "Skin, left temple, shave biopsy (outside, Lakeshore Dermatology): invasive squamous cell "
                     "carcinoma, well differentiated, extending to the deep margin.", "site": "left temple",
             "date": "2026-03-10"},
        ],
        "note": """Mohs Surgery Note
04/07/2026 | Luca Marchetti, MD (surgeon and reading pathologist) | Cigna OAP

Patient: Graham Whitcombe, 67 M. Referred by Lakeshore Dermatology for bx-proven well-differentiated
invasive SCC of the L temple (outside slides reviewed, agree). No prior treatment of this site.
Immunocompetent. Pre-op size 1.2 cm.

Stage 1: Visible tumor curetted; curettings discarded (not submitted). Layer excised, cut into 3
  blocks, inked and processed as frozen sections read by me. Tumor at the deep margin of block 2.
Stage 2: Deep layer under block 2, cut into 2 blocks. Clear on all margins.
Final defect 2.0 x 1.7 cm.

Repair: After discussion, pt opted for healing by second intention (concave temple site, good
expected outcome). No repair performed. Petrolatum + non-stick dressing.

No specimens were sent to an outside laboratory today.
Post-op instructions reviewed; return 2 weeks for wound check.

L. Marchetti, MD
""",
        "expected": E([L("17311"), L("17312")], topics=["ncci"]),
        "coder_note": "MOHS-5: the Mohs surgeon's reading of the Mohs layers is part of 17311-17315; 88305 and "
                      "88331 for those same specimens are not reported (17311/88305 and 17311/88331 indicator 1, "
                      "no distinct specimen: curettings discarded, biopsy done elsewhere weeks earlier). Second-"
                      "intention healing, no repair line.",
    },
    {
        "id": "s10-pc-rep-two-wounds-not-summed",
        "family": "repair", "shape": "pre-coded",
        "description": "Two SCCIS excisions (back, forearm) with layered closures 4.5 + 3.8 cm sent as 12032 x2; sum = 12034.",
        "date": "2026-03-18",
        "patient": ("Ashby", "Leonard", "1949-04-21", "male"),
        "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 75,
        "conditions": [
            C("c1", "Squamous cell carcinoma in situ of skin of trunk", "D04.5", "left upper back", reason=True),
            C("c2", "Squamous cell carcinoma in situ of skin of left upper limb", "D04.62", "left dorsal forearm",
              reason=True),
        ],
        "procedures": [
            P("Excision malignant trunk/arm/leg 1.1-2.0", cpt="11602", site="L upper back",
              note="SCCIS, lesion 1.1 cm, 4 mm margins, excised diam 1.9 cm", reasons=["c1"]),
            P("Excision malignant trunk/arm/leg 1.1-2.0", cpt="11602", site="L dorsal forearm",
              note="SCCIS, lesion 0.9 cm, 4 mm margins, excised diam 1.7 cm", reasons=["c2"]),
            P("Intermediate repair trunk/ext 2.6-7.5", cpt="12032", site="L upper back",
              note="layered, 4.5 cm", reasons=["c1"]),
            P("Intermediate repair trunk/ext 2.6-7.5", cpt="12032", site="L dorsal forearm",
              note="layered, 3.8 cm", reasons=["c2"]),
        ],
        "path": [
            {"text": "A. Skin, left upper back, excision: squamous cell carcinoma in situ (Bowen disease), "
                     "margins free.", "site": "left upper back", "date": "2026-03-21"},
            {"text": "B. Skin, left dorsal forearm, excision: squamous cell carcinoma in situ, margins free.",
             "site": "left dorsal forearm", "date": "2026-03-21"},
        ],
        "note": """OPERATIVE NOTE - OFFICE DERMATOLOGIC SURGERY
DOS 03/18/2026 | Surgeon: Samuel Weiss, MD | Assistant: R. Lopez, MA

DIAGNOSES (biopsy-proven 02/2026):
 A) SCC in situ, L upper back
 B) SCC in situ, L dorsal forearm

Both sites marked, confirmed with patient in mirror; photos on file. Lidocaine 1% w/ epi, 12 mL total.

SITE A - L upper back
 Lesion 1.1 cm; 4 mm margins; excised diameter 1.9 cm. Elliptical excision to fat.
 Layered repair: 3-0 PDS buried, 4-0 nylon running. Length 4.5 cm.

SITE B - L dorsal forearm
 Lesion 0.9 cm; 4 mm margins; excised diameter 1.7 cm. Ellipse oriented along the long axis.
 Layered repair: 4-0 Monocryl buried, 5-0 nylon simple interrupted. Length 3.8 cm.

Total repair length 8.3 cm (both intermediate, both trunk/extremity).

Specimens A and B to pathology, oriented. Hemostasis with hyfrecator. Steri-strips over the forearm,
pressure dressing to the back. No complications.

Post-op: Keep dry 24 h. Sutures out: forearm 10 d, back 14 d. Pt declines narcotic; Tylenol prn.
Hx: BCC R shoulder excised 2022; AKs treated yearly.

Samuel Weiss, MD
""",
        "expected": E([L("11602", 2), L("12034")], topics=["coding-correction"]),
        "coder_note": "REP-1/REP-2: intermediate repairs in the same group (trunk and extremities excl. hands/feet) "
                      "are summed: 4.5 + 3.8 = 8.3 cm = 12034 x1, not 12032 x2. Excisions 1.1+0.8 = 1.9 and "
                      "0.9+0.8 = 1.7 cm, SCCIS = malignant (EX-3) -> 11602 x2 (MUE 3).",
    },
]

SCENARIOS += [
    {
        "id": "s10-pc-il-keloid-j3301-per-injection",
        "family": "intralesional", "shape": "pre-coded",
        "description": "Three keloids, Kenalog-40 1.5 mL (60 mg): EMA sent 11900 x3 + J3301 x1.",
        "date": "2026-01-21",
        "patient": ("Oyelaran", "Tobi", "1994-10-03", "male"),
        "provider": "adeyemi", "payer": "commercial", "minutes": 20,
        "conditions": [
            C("c1", "Keloids of chest and left shoulder", "L91.0", "presternal chest; left shoulder", reason=True),
        ],
        "procedures": [
            P("Intralesional injection up to 7 lesions", cpt="11900", site="Chest / L shoulder",
              note="Units: 3 (one per keloid)", reasons=["c1"]),
            P("Triamcinolone acetonide inj per 10 mg", cpt="J3301", site="Chest / L shoulder",
              note="Units: 1. Kenalog-40, 1.5 mL total drawn up and injected.", reasons=["c1"]),
        ],
        "note": """ModMed EMA - Procedure Visit
DOS 01/21/2026   Folake Adeyemi, MD
Pt: Tobi Oyelaran, 31 M (est.)

S: Here for keloid injection #3. Chest keloids (2) and L shoulder keloid (post-acne / BCG scar) are
itchy and painful with seatbelt. Last injection 12/10/2025 - noticeably flatter, itch better. Using
silicone sheets at night. No steroid side effects noted (no atrophy, no hypopigmentation).

O: Presternal chest keloid #1 2.5 x 1.2 cm, #2 1.4 x 0.8 cm; L deltoid keloid 1.8 x 1.0 cm. Firm,
slightly pink, tender. Compared with photos from 12/10 all three are softer and ~20-30% flatter.

A/P: Keloids x3, symptomatic (pruritus, pain) - improving.
 Procedure: Intralesional triamcinolone. Consent on file, verbal reconfirmed.
 Prepped with alcohol. Kenalog-40 (triamcinolone acetonide 40 mg/mL), undiluted:
   chest #1 0.7 mL, chest #2 0.3 mL, L shoulder 0.5 mL  = 1.5 mL total (60 mg)
 30 g needle, intralesional, to blanching. Tolerated well.
 Continue silicone sheeting. Next injection in 4-6 weeks. Discussed risk of atrophy/
 hypopigmentation; will reduce concentration if any atrophy appears.

Signed A. F. Adeyemi MD
""",
        "expected": E([L("11900"), L("J3301", 6)], topics=["coding-correction"]),
        "coder_note": "11900 is one unit per session for up to 7 lesions (MUE 1); 3 keloids = 11900 x1. J3301 is "
                      "per 10 mg of triamcinolone acetonide: 1.5 mL x 40 mg/mL = 60 mg -> J3301 x6 "
                      "(conventions: ceil(mg/10)).",
    },
    {
        "id": "s10-pc-em-warts-decision-only-removed",
        "family": "em", "shape": "pre-coded",
        "description": "Epic sends 99213-25 + 17110 for three hand warts; the note addresses only the warts.",
        "date": "2026-02-26",
        "patient": ("Lindahl", "Mason", "2011-03-08", "male"),
        "provider": "pike", "payer": "commercial-uhc", "em": "99213", "minutes": 20,
        "conditions": [
            C("c1", "Verruca vulgaris of right hand", "B07.8", "right hand fingers", reason=True),
        ],
        "procedures": [
            P("DESTRUCTION BENIGN LESIONS UP TO 14", cpt="17110", site="R hand",
              note="Cryo x3 warts", reasons=["c1"]),
        ],
        "note": """DERMATOLOGY CLINIC NOTE
Date: 2/26/2026
Provider: Jordan Pike, MD
Patient: Mason Lindahl   14 y.o. male   established
Charges entered: 99213-25, 17110

CHIEF COMPLAINT: Warts R hand

HPI: Mason returns with his father for warts on the R index and middle fingers, present ~8 months.
Tried OTC salicylic acid pads for 6 weeks and a drugstore freeze kit without benefit. Two of them split
and bleed when he plays baseball; they hurt when gripping the bat. No other skin concerns today.
@ROS@ Negative except per HPI.

EXAM: R index finger dorsal PIP 5 mm verrucous papule; R index fingertip 4 mm; R middle finger
lateral nail fold 6 mm, fissured. No periungual extension under the nail plate. L hand and feet clear.

ASSESSMENT/PLAN:
Verruca vulgaris x3, R hand, painful, bleeding with fissuring.
We discussed treatment options including liquid nitrogen, cantharidin, and continuing salicylic acid,
along with the expected need for repeat sessions. Father and patient chose cryotherapy.
PROCEDURE: Liquid nitrogen cryotherapy to 3 warts, 2 freeze-thaw cycles, after paring with a #15 blade.
Verbal consent from father. Tolerated well.
Continue salicylic acid 17% nightly between sessions once blisters heal. Return 3-4 weeks for
repeat cryo.

Jordan Pike, MD
""",
        "expected": E([L("17110")]),
        "coder_note": "GS-3 / conventions: 17110 has a 010 global; the only problem addressed is the lesion "
                      "treated, and the option discussion is the decision for the procedure, so the E/M line "
                      "is removed rather than billed with 25. Three warts = 17110 x1 (DS-2).",
    },
    {
        "id": "s10-pc-em-psoriasis-workup-bx-missing-25",
        "family": "em", "shape": "pre-coded",
        "description": "Epic sends 99214 without 25 + 11104; psoriasis flare with biologic work-up is separate work.",
        "date": "2026-03-25",
        "patient": ("Szabo", "Krisztina", "1982-02-14", "female"),
        "provider": "castellanos", "payer": "commercial-aetna", "em": "99214", "minutes": 40,
        "conditions": [
            C("c1", "Plaque psoriasis, flare", "L40.0", "elbows; knees; scalp; lower back", reason=True),
            C("c2", "Changing pigmented lesion of left calf", "D49.2", "left posterior calf", reason=True),
        ],
        "procedures": [
            P("PUNCH BIOPSY SKIN SINGLE LESION", cpt="11104", site="LEFT POSTERIOR CALF",
              note="4 mm punch, 2 sutures 4-0 nylon", reasons=["c2"]),
        ],
        "note": """OFFICE VISIT - DERMATOLOGY
DOS: 03/25/2026          Provider: Ines Castellanos, MD
PATIENT: Krisztina Szabo   44 F   Established

CHIEF COMPLAINT: psoriasis much worse; also a mole on the L leg that changed

HPI:
1) Plaque psoriasis since age 20. Controlled for years on clobetasol/calcipotriene, but since a strep
   infection in January she has spreading plaques on elbows, knees, scalp and low back. Itch keeps her
   up at night. Topicals no longer enough. Now ~12% BSA by her and by my estimate. Occasional morning
   stiffness in the fingers (< 15 min). Interested in a biologic.
2) L calf mole - present for years, darker and larger over the last 3-4 months per photos on her phone.

ROS: + itch, + mild finger stiffness. No fever, no weight change, no uveitis symptoms.
PMH: psoriasis, hypothyroid (levothyroxine). No hx TB, hepatitis, malignancy, demyelinating disease.

EXAM:
Skin - well-demarcated erythematous plaques with silvery scale on bilateral elbows and knees, scalp
(occipital, frontal hairline), sacral area; nail pitting on 3 fingernails. BSA ~12%. PASI 13.8.
L posterior calf: 7 mm irregularly pigmented papule with two shades of brown and a focal blue-grey
area; dermoscopy with atypical network.
MSK: no dactylitis, no synovitis on exam.

ASSESSMENT / PLAN
1. Plaque psoriasis, moderate-to-severe flare (L40.0), failing topical therapy
   - Biologic candidate: discussed IL-23 and IL-17 options, benefits, infection risk, injection
     schedule; she prefers fewer injections -> plan risankizumab pending labs and insurance PA.
   - Ordered QuantiFERON-TB Gold, hepatitis B panel (HBsAg, anti-HBc, anti-HBs), hepatitis C Ab,
     CBC w/ diff, CMP.
   - Bridge: clobetasol 0.05% solution to scalp BID x 2 wk; calcipotriene/betamethasone foam to body
     plaques daily. Refilled.
   - PEST screen 2/5; will refer to rheum if joint symptoms progress.
2. Changing pigmented lesion L calf - r/o dysplastic nevus vs melanoma
   - Punch biopsy today. Consent signed after risks/benefits/alternatives discussed.
     Site prepped, 1% lido w/ epi, 4 mm punch biopsy taken to fat, closed w/ two 4-0 nylon
     simple interrupted. Vaseline/bandage. Sutures out 14 days.
F/U: 4 weeks after labs to start biologic, or sooner with results.

Total time not used for level selection.  I. Castellanos, MD
""",
        "expected": E([L("99214", 1, "25"), L("11104")], topics=["modifier"]),
        "coder_note": "GS-3 / GS-6: 11104/99214 is PTP indicator 1; the psoriasis flare work-up (biologic "
                      "selection, TB/hepatitis labs, prescription management) is significant and separately "
                      "identifiable from the biopsy decision, so the E/M gets 25 instead of being denied. "
                      "Provider-selected level kept. One punch biopsy = 11104.",
    },
    {
        "id": "s10-pc-tags-11201-units-per-tag",
        "family": "skin-tags", "shape": "pre-coded",
        "description": "24 symptomatic tags; EMA sent 11201 x9 (one per tag beyond 15) instead of one unit per 10.",
        "date": "2026-04-15",
        "patient": ("Greer", "Latonya", "1973-07-07", "female"),
        "provider": "voss", "payer": "medicaid-mco", "minutes": 30,
        "conditions": [
            C("c1", "Acrochordons of neck and axillae, irritated and bleeding", "L91.8", "neck; bilateral axillae",
              reason=True),
        ],
        "procedures": [
            P("Removal skin tags up to 15", cpt="11200", site="Neck", note="15 tags, snip excision",
              reasons=["c1"]),
            P("Removal skin tags each addl 10", cpt="11201", site="Axillae",
              note="Units: 9 (remaining tags)", reasons=["c1"]),
        ],
        "note": """Dermatology - Procedure Note (EMA)
04/15/2026  Henrietta Voss, MD   Molina Medicaid
Latonya Greer, 52 F

Subjective: Multiple skin tags on the neck and under both arms for years, more in the last year.
Several catch on her necklace and bra straps; 3-4 have bled onto clothing in the past month and some
get red and sore. Requests removal. Diabetic (A1c 7.4), BMI 36.

Exam: Pedunculated flesh-colored papules 1-4 mm:
 neck - 14 (anterior and lateral; several with hemorrhagic crust and erythematous base)
 R axilla - 6 (two inflamed)
 L axilla - 4
 Total 24.

Assessment: Acrochordons, symptomatic - irritation, inflammation and bleeding documented above.

Procedure: Removal of 24 skin tags by snip excision with curved iris scissors, after topical
LMX 4% x 30 min and 1% lidocaine to the larger ones; hemostasis with AlCl and light electrocautery.
No specimens sent (classic acrochordons). Tolerated well.

Post-procedure: petrolatum daily; expect small scabs x 1 week. Discussed that new tags may form.
Plan: PCP follow up for diabetes; RTC prn.

Henrietta Voss, MD
""",
        "expected": E([L("11200"), L("11201")], topics=["coding-correction"]),
        "coder_note": "11200 covers the first 15 tags; 11201 is per additional 10 or part thereof: 24 - 15 = 9 "
                      "-> ceil(9/10) = 11201 x1, not x9 (conventions). Bleeding/inflamed tags meet BSL-3, so the "
                      "Medicaid claim keeps the lines.",
    },
    {
        "id": "s10-pc-tags-medicare-cosmetic-abn",
        "family": "skin-tags", "shape": "pre-coded",
        "description": "Medicare FFS, 6 asymptomatic neck tags removed for appearance with a voluntary ABN: 11200-GX-GY.",
        "date": "2026-05-06",
        "patient": ("Thibodeaux", "Marguerite", "1954-02-28", "female"),
        "provider": "lindgren", "payer": "medicare", "minutes": 20,
        "conditions": [
            C("c1", "Acrochordons of neck, asymptomatic", "L91.8", "neck", reason=True),
        ],
        "procedures": [
            P("Removal skin tags up to 15", cpt="11200", site="Neck - anterior/lateral", note="6 tags",
              reasons=["c1"]),
        ],
        "note": """Dermatology Visit - ModMed EMA
DOS: 05/06/2026    Astrid Lindgren, MD
Pt: Marguerite Thibodeaux, 72 F   Medicare Part B (Novitas)

CC: skin tags on neck - "want them gone before my granddaughter's wedding"

HPI: Six small skin tags on the neck for several years. They do not itch, hurt, bleed or catch on
jewelry; no change in size or number recently. Bothered only by the appearance in photos.

Exam: Neck with 6 soft pedunculated skin-colored papules 1-3 mm, non-inflamed, no crust, no
bleeding. No other lesions of concern on the neck or upper chest.

Assessment: Acrochordons x6, asymptomatic - removal is cosmetic.

Financial: Explained Medicare does not cover cosmetic removal. Pt chose to proceed and signed the
ABN (CMS-R-131), option 1, on file, acknowledging she will be responsible for payment.

Procedure: Snip removal of 6 skin tags with sterile iris scissors; AlCl hemostasis. No anesthesia
needed. Not sent for pathology.

Aftercare: petrolatum 5-7 days. Return prn.

A. Lindgren, MD
""",
        "expected": E([L("11200", 1, "GX", "GY")], topics=["cosmetic"]),
        "coder_note": "BSL-2 / COS-1 / COS-4: asymptomatic acrochordons removed for appearance are statutorily "
                      "excluded (cosmetic). Medicare FFS -> GY, plus GX because a voluntary ABN is documented. "
                      "6 tags = 11200 x1.",
    },
    {
        "id": "s10-pc-nail-avulsion-with-matrixectomy-same-toe",
        "family": "nails", "shape": "pre-coded",
        "description": "Partial avulsion + phenol matrixectomy of the same R great toe border sent as 11730-T5 + 11750-T5.",
        "date": "2026-01-29",
        "patient": ("Castillo", "Brianna", "2004-11-11", "female"),
        "provider": "santos", "payer": "medicaid", "minutes": 30,
        "conditions": [
            C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "right great toe lateral border",
              reason=True),
        ],
        "procedures": [
            P("Avulsion of nail plate, partial or complete, simple; single", cpt="11730",
              site="R great toe - lateral border", note="Mod: T5. Lateral 1/4 of plate removed.",
              reasons=["c1"]),
            P("Excision of nail and nail matrix (matrixectomy)", cpt="11750", site="R great toe - lateral border",
              note="Mod: T5. Phenol 88%, 3 x 30 s to lateral matrix horn.", reasons=["c1"]),
        ],
        "note": """Procedure Note - Nail Surgery
01/29/2026   Rafael Santos, MD    Texas Medicaid
Brianna Castillo, 21 F

HPI: R great toe lateral border ingrown nail, 3rd episode in a year; treated by urgent care with
oral cephalexin twice and a partial wedge removal 06/2025 that recurred. Painful in shoes, drains
intermittently. L great toe fine.

Exam: R hallux lateral nail fold erythematous and hypertrophic with granulation tissue at the distal
fold; lateral nail spicule embedded. No purulence today, no ascending erythema. Capillary refill
brisk. L hallux normal.

Plan discussed: permanent partial removal of the lateral border (partial avulsion with chemical
matrixectomy) vs repeat temporary removal. She chose permanent removal. Consent signed.

Procedure (R great toe, lateral border):
 - Digital block with 3 mL 2% lidocaine plain; tourniquet applied
 - Lateral 1/4 of the nail plate freed with an elevator, split with an English anvil and removed
 - 88% phenol applied to the lateral matrix horn, 3 applications of 30 seconds, then alcohol flush
 - Granulation tissue left to regress (no cautery)
 - Tourniquet off, bulky dressing
 Tolerated well, no complications.

Aftercare: soak BID in warm water, bacitracin and Band-Aid; expect drainage 2-3 weeks.
F/u 2 weeks. Return sooner for spreading redness.

Rafael Santos, MD
""",
        "expected": E([L("11750", 1, "T5")], topics=["ncci"]),
        "coder_note": "11750 (matrixectomy for permanent removal, partial) includes the avulsion of the same nail "
                      "border: 11750/11730 is PTP indicator 1 and there is no separate nail, so the 11730 line is "
                      "dropped. Digit modifier T5 (right great toe) kept on the nail code.",
    },
    {
        "id": "s10-pc-photo-nbuvb-sent-as-96910",
        "family": "phototherapy", "shape": "pre-coded",
        "description": "NB-UVB alone (no tar, no petrolatum) exported as 96910: should be 96900.",
        "date": "2026-02-12",
        "patient": ("Mwangi", "Daniel", "1961-09-17", "male"),
        "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 15,
        "conditions": [
            C("c1", "Psoriasis vulgaris, generalized", "L40.0", "trunk; extremities", reason=True),
        ],
        "procedures": [
            P("Photochemotherapy tar + UVB", cpt="96910", site="Whole body",
              note="NB-UVB tx #18. Dose 1,150 mJ/cm2 (+10%). No topical applied before light.",
              reasons=["c1"]),
        ],
        "note": """PHOTOTHERAPY TREATMENT RECORD
Clinic: Riverside Dermatology - Light Center        Date: 02/12/2026
Supervising physician: June Abernathy, MD (on site)
Patient: Daniel Mwangi, 64 M     Dx: plaque psoriasis, ~15% BSA at start

Modality: Narrowband UVB (311 nm), full-body cabinet (Daavlin 7 series)
Treatment #: 18 (3x/week since 12/29/2025)
Skin type: V
Previous dose: 1,050 mJ/cm2 - no erythema reported
Today's dose: 1,150 mJ/cm2
Pre-treatment topicals: NONE (pt instructed not to apply tar, oils or petrolatum on treatment days;
  confirmed). No psoralen.
Protection: goggles on, face shielded (no facial involvement), genital shield.
Post-treatment: no immediate erythema; tolerated.

Response: BSA now ~5%; plaques thinner on trunk; legs slower. PGA 2.
Plan: continue 3x/week, increase 10% per protocol if no erythema; physician review at tx #24.
Emollients at night only.

Treatment delivered by: T. Rowe, CMA  |  reviewed J. Abernathy MD
""",
        "expected": E([L("96900")], topics=["coding-correction"]),
        "coder_note": "96910 requires tar and/or petrolatum with UVB (Goeckerman type). The record documents "
                      "NB-UVB alone with no topical before light -> actinotherapy 96900 (PHOTO-2, section 4.8 "
                      "table). UV light for psoriasis is a covered conventional treatment (PHOTO-1).",
    },
    {
        "id": "s10-pc-shave-neck-and-nose-wrong-group",
        "family": "shave", "shape": "pre-coded",
        "description": "Shaves of a neck SK (0.4 cm) and a nasal nevus (0.7 cm) sent with trunk codes 11300/11301.",
        "date": "2026-03-05",
        "patient": ("Novak", "Irena", "1956-06-25", "female"),
        "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 25,
        "conditions": [
            C("c1", "Inflamed seborrheic keratosis of neck", "L82.0", "left lateral neck", reason=True),
            C("c2", "Intradermal nevus of nose, traumatized and bleeding", "D22.39", "right nasal sidewall",
              reason=True),
        ],
        "procedures": [
            P("Shave removal trunk/arms/legs 0.5 cm or less", cpt="11300", site="Neck - L lateral",
              note="0.4 cm irritated SK, catches on collar, bleeding", reasons=["c1"]),
            P("Shave removal trunk/arms/legs 0.6-1.0 cm", cpt="11301", site="Nose - R sidewall",
              note="0.7 cm dome-shaped nevus under eyeglass pad, recurrently bleeding", reasons=["c2"]),
        ],
        "path": [
            {"text": "A. Skin, left neck, shave: irritated (inflamed) seborrheic keratosis.", "site": "left neck",
             "date": "2026-03-09"},
            {"text": "B. Skin, right nasal sidewall, shave: intradermal melanocytic nevus, traumatized.",
             "site": "right nasal sidewall", "date": "2026-03-09"},
        ],
        "note": """Dermatology Progress Note
DOS 03/05/2026   Chidi Okonkwo, MD   NGS Medicare
Irena Novak  69F

Lesions:
(A) L lateral neck - 0.4 cm stuck-on brown papule. Rubs on her coat collar; red, crusted and has bled
    twice this month.
(B) R nasal sidewall - 0.7 cm soft dome-shaped flesh-colored papule present since her 30s, directly
    under the eyeglass nose pad; it has been rubbed raw and bled repeatedly despite changing frames.
No rapid growth of either. Rest of face and neck examined - no other lesions of concern.

Impression: (A) inflamed/irritated SK; (B) traumatized intradermal nevus. Both symptomatic
(bleeding, inflammation). Plan shave removal of both with pathology.

Procedure: Shave removal x2
 Consent signed. 1% lido w/ epi. Each lesion removed flush with the surrounding skin using a flexible
 blade (no full-thickness excision, no sutures). Hemostasis: AlCl, light electrodesiccation on (B).
 Specimens A and B to path.
 Wound care reviewed. Pt will use the old frames with silicone pads until healed.

Follow-up prn / results via portal.
C. Okonkwo, MD
""",
        "expected": E([L("11305"), L("11311")], topics=["coding-correction"]),
        "coder_note": "SH-1: shave codes go by site group and lesion diameter. Neck = SNHFG, 0.4 cm -> 11305; "
                      "nose = FEENLM, 0.7 cm -> 11311 (EMA used the trunk/arms/legs codes). Bleeding and "
                      "inflammation documented (BSL-3), so not cosmetic.",
    },
    {
        "id": "s10-pc-postop-unrelated-eczema-needs-24",
        "family": "post-op", "shape": "pre-coded",
        "description": "Day 7 after a back SCC excision: new nummular eczema visit sent as 99213 without 24.",
        "date": "2026-03-09",
        "patient": ("Ostrowski", "Walter", "1945-10-30", "male"),
        "provider": "chen", "payer": "medicare", "em": "99213", "minutes": 25,
        "conditions": [
            C("c1", "Nummular dermatitis of legs and forearms", "L30.0", "bilateral shins; forearms", reason=True),
        ],
        "prior": [
            PRIOR("2026-03-02", "11602", "Excision SCC R upper back", "R upper back"),
            PRIOR("2026-03-02", "12032", "Intermediate repair R upper back 4.0 cm", "R upper back"),
        ],
        "note": """Dermatology Office Visit (EMA)
03/09/2026  Wei Chen, MD
Walter Ostrowski, 80 M   Medicare Part B

CC: itchy round patches on the legs and arms x 10 days

HPI: New problem. Coin-shaped itchy patches started on both shins about 10 days ago and spread to the
forearms. Itch 7/10, worse at night. Winter dry skin, long hot showers. No new detergents. Tried
Gold Bond lotion without relief. No fever.
(Back excision site from 03/02 - he has no concerns; dressing dry and intact today. Suture removal
is already scheduled for 03/16 and the site was not examined today.)

Exam: Bilateral shins and extensor forearms with multiple 1.5-4 cm coin-shaped erythematous plaques
with fine scale and a few excoriations; some with serous crust, no honey-colored crust, no pustules.
Xerosis of the legs.

Assessment: Nummular dermatitis (L30.0), new, moderate; xerosis contributing.

Plan:
 - Triamcinolone 0.1% ointment BID to plaques x 2 weeks, then weekends only (Rx, 80 g)
 - Short lukewarm showers; fragrance-free soap; thick emollient BID
 - Cetirizine 10 mg qhs prn itch
 - Return if oozing/crusting worsens (would culture)
 - Keep suture-removal appointment 03/16

W. Chen, MD
""",
        "expected": E([L("99213", 1, "24")], topics=["global-period"]),
        "coder_note": "GS-5: 11602 (010 global) was done on 03/02; today (day 7) an unrelated new problem "
                      "(nummular dermatitis, prescription management) is evaluated, and the surgical site was "
                      "not examined -> 99213-24. No 99024 because no post-op care was given today.",
    },
    {
        "id": "s10-pc-mixed-fse-bx-ak-rosacea",
        "family": "mixed", "shape": "pre-coded",
        "description": "FSE with melanoma hx: rosacea Rx (E/M), shave bx back, LN2 3 AKs face; export lacks 25 and XS.",
        "date": "2026-04-22",
        "patient": ("Haverford", "Claire", "1955-03-03", "female"),
        "provider": "okafor", "payer": "medicare-advantage", "em": "99214", "minutes": 35,
        "conditions": [
            C("c1", "Papulopustular rosacea", "L71.9", "cheeks; nose; chin", reason=True),
            C("c2", "Atypical pigmented lesion of right upper back", "D49.2", "right upper back", reason=True),
            C("c3", "Actinic keratoses of face", "L57.0", "forehead; left cheek", reason=True),
            C("h1", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
        ],
        "procedures": [
            P("Biopsy tangential single", cpt="11102", site="Back - R upper",
              note="Shave bx, 6 mm irregular brown macule, r/o melanoma", reasons=["c2"]),
            P("Destruction premalignant first", cpt="17000", site="Forehead", note="LN2", reasons=["c3"]),
            P("Destruction premalignant 2-14", cpt="17003", site="Forehead / L cheek", note="Units: 2",
              reasons=["c3"]),
        ],
        "note": """DERMATOLOGY FOLLOW-UP (ModMed EMA)          04/22/2026
Provider: Adaeze Okafor, MD
Claire Haverford, 71 F - Humana Gold Plus

Reason for visit: 6-month full skin exam (hx melanoma); face breaking out

HPI
- Hx melanoma L calf, 0.6 mm, WLE 2019 with negative SLNB; FSE q6 months. No new symptoms at the scar.
- Face: 2 months of red bumps and pustules on cheeks/nose/chin with flushing after wine and hot
  coffee. Metronidazole gel (from PCP) for 6 weeks did not help. Eyes feel gritty in the mornings.
- Noticed a new dark spot on the upper back in the mirror.

Exam: Full skin exam (scalp to toes, incl. oral mucosa, nails).
- Centrofacial erythema, telangiectasias, multiple inflammatory papules and pustules cheeks, nose,
  chin; no comedones. Mild lid margin erythema.
- R upper back: 6 mm irregular, two-toned brown macule, new since last exam (not in 10/2025 photos).
- AKs: forehead x2, L cheek x1.
- L calf WLE scar without nodularity or pigment; no LAD (inguinal, popliteal).
- Multiple benign nevi and SKs elsewhere.

A/P
1. Papulopustular rosacea, moderate, failed topical metronidazole; ocular symptoms mild.
   - Start doxycycline 40 mg modified-release daily x 12 weeks
   - Start ivermectin 1% cream nightly
   - Trigger avoidance reviewed; warm compresses/lid hygiene; ophthalmology if eye symptoms persist
2. New pigmented lesion R upper back - r/o melanoma: shave (tangential) biopsy, deep saucerization.
   Consent signed; 1% lido/epi; AlCl. Path pending.
3. AK x3 (forehead 2, L cheek 1): LN2 2 cycles. Verbal consent.
4. Hx melanoma - NED on exam. Continue q6 mo FSE.

RTC 3 months (rosacea) / sooner with path.
A. Okafor MD
""",
        "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 2)],
                      topics=["modifier"]),
        "coder_note": "Rosacea with prescription drug management is significant, separately identifiable work -> "
                      "99214-25 (GS-3). Biopsy of the back lesion and cryo of 3 facial AKs are different lesions: "
                      "11102/17000 is PTP indicator 1 with 17000 in column 2 -> 17000-XS; 17003 x2 has no edit "
                      "with 11102 (DS-1, BX-5).",
    },
]

# ----------------------------------------------------------------------------------------------------------------
# FREE-TEXT (Procedure.code.text / bodySite.text / note / reasonReference, no CPT)
# ----------------------------------------------------------------------------------------------------------------

SCENARIOS += [
    {
        "id": "s10-ft-bx-punch-two-shaves-one-declined",
        "family": "biopsy", "shape": "free-text",
        "description": "Punch bx of a rash + two shave bx; a fourth shave bx listed as not-done (pt declined).",
        "date": "2026-01-08",
        "patient": ("Rasmussen", "Hollis", "1969-12-01", "male"),
        "provider": "weiss", "payer": "commercial-cigna", "minutes": 35,
        "conditions": [
            C("c1", "Lichenoid eruption of forearms, rule out lichen planus", "R21", "left volar forearm",
              reason=True),
            C("c2", "Pink pearly papule of back", "D49.2", "right upper back", reason=True),
            C("c3", "Scaly papule of left temple", "D49.2", "left temple", reason=True),
            C("c4", "Pigmented macule right cheek", "L81.4", "right cheek"),
        ],
        "procedures": [
            P("punch bx 4mm", site="L volar forearm",
              note="violaceous flat-topped papules, r/o LP vs lichenoid drug. 4mm punch to fat, 1 x 4-0 nylon "
                   "SI. Spec A (H&E).", reasons=["c1"]),
            P("shave bx", site="R upper back",
              note="6mm pearly papule w/ telangiectasia, r/o BCC. Spec B. AlCl.", reasons=["c2"]),
            P("shave bx", site="L temple",
              note="5mm hyperkeratotic papule on erythematous base, r/o SCC vs HAK. Spec C.", reasons=["c3"]),
            P("shave bx", site="R cheek", status="not-done",
              note="NOT DONE - pt declined bx of R cheek lentigo today, prefers photo monitoring.",
              reasons=["c4"]),
        ],
        "note": """Derm Clinic - Dr. S. Weiss - 01/08/2026
Hollis Rasmussen 56M  (Cigna OAP)

Itchy bumps on both wrists/forearms x6 wks, started ~2 wks after starting HCTZ. Also wife worried about
a shiny bump on his back and a crusty spot on L temple. Brown spot R cheek unchanged x years.

Exam: bilat volar wrists/forearms - multiple 2-4 mm violaceous polygonal flat-topped papules w/ Wickham
striae; oral mucosa clear. R upper back 6 mm pearly papule. L temple 5 mm keratotic papule. R cheek
8 mm uniform tan macule, reticular on dermoscopy = solar lentigo, looks benign.

Plan:
- Lichenoid eruption: punch bx L forearm (spec A). Triamcinolone 0.1% cream BID; message PCP re
  switching HCTZ.
- R upper back: shave bx (B), r/o BCC
- L temple: shave bx (C), r/o SCC
- R cheek lentigo: offered bx for reassurance, pt declined -> photos, recheck 6 mo
Consent for all bx signed; lido w/ epi; AlCl for the shaves; punch closed with 1 suture.
Suture out 10-14 d. Will call w/ path.
""",
        "expected": E([L("11104"), L("11103", 2)]),
        "coder_note": "BX-1/BX-2: one punch + two tangential biopsies of separate lesions -> 11104 primary + "
                      "11103 x2. The R cheek biopsy has status not-done and the note says the patient declined: "
                      "nothing to code.",
    },
    {
        "id": "s10-ft-cos-botox-glabella-commercial",
        "family": "cosmetic", "shape": "free-text",
        "description": "Cosmetic Botox (glabella + crow's feet) for a UHC member: self-pay, nothing on the claim.",
        "date": "2026-02-19",
        "patient": ("Carrington", "Deborah", "1978-04-16", "female"),
        "provider": "lindgren", "payer": "commercial-uhc", "minutes": 20,
        "conditions": [
            C("c1", "Encounter for cosmetic procedure - dynamic rhytids", "Z41.1", "glabella; lateral canthi",
              reason=True),
        ],
        "procedures": [
            P("Botox cosmetic", site="glabella + lateral canthal lines",
              note="onabotulinumtoxinA 100u vial recon w/ 2.5 mL PF saline. Glabella 20u (5 sites), crow's feet "
                   "12u each side. Total 44u, 56u wasted. Cosmetic self-pay, fee collected at check-in.",
              reasons=["c1"]),
        ],
        "note": """AESTHETIC VISIT
2/19/2026 - A. Lindgren MD
Deborah Carrington, 47F, returning cosmetic pt (last tox 10/2025)

Wants "the 11s and crow's feet" softened before a work event. No ptosis or asymmetry after last
treatment. No neuromuscular disease, not pregnant/breastfeeding, no aminoglycosides.

Dynamic glabellar lines (moderate at max frown) and lateral canthal lines (moderate at max smile).

Tx: Botox Cosmetic as documented in the procedure record; photos pre-tx. Ice, pressure.
Post-care: stay upright 4 h, no rubbing/massage, no heavy exercise today. Effect 3-14 days; touch-up
at 2 weeks if needed. Cosmetic fee paid by patient - not billed to insurance.
""",
        "expected": E([], topics=["cosmetic"]),
        "coder_note": "COS-2: botulinum toxin for dynamic rhytids is cosmetic. Commercial payer -> the line is not "
                      "put on the claim and a cosmetic finding says the patient pays directly (conventions, "
                      "non-Medicare cosmetic services). No E/M selected.",
    },
    {
        "id": "s10-ft-ds-edc-scalp-sbcc-forearm-sccis",
        "family": "destruction", "shape": "free-text",
        "description": "ED&C of bx-proven superficial BCC scalp (1.2 cm, defect 1.5) and SCCIS R forearm (0.6, defect 0.9).",
        "date": "2026-02-09",
        "patient": ("Pemberton", "Arthur", "1940-07-05", "male"),
        "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 30,
        "conditions": [
            C("c1", "Superficial basal cell carcinoma of scalp", "C44.41", "scalp vertex", reason=True),
            C("c2", "Squamous cell carcinoma in situ of skin of right upper limb", "D04.61",
              "right dorsal forearm", reason=True),
        ],
        "prior": [
            PRIOR("2026-01-20", "11102", "Shave bx x2 (scalp vertex; R dorsal forearm)", "scalp vertex"),
        ],
        "path": [
            {"text": "A. Skin, scalp vertex, shave biopsy: basal cell carcinoma, superficial type.",
             "site": "scalp vertex", "date": "2026-01-23",
             "encounter": "enc-s10-ft-ds-edc-scalp-sbcc-forearm-sccis-prior-1"},
            {"text": "B. Skin, right dorsal forearm, shave biopsy: squamous cell carcinoma in situ.",
             "site": "right dorsal forearm", "date": "2026-01-23",
             "encounter": "enc-s10-ft-ds-edc-scalp-sbcc-forearm-sccis-prior-1"},
        ],
        "procedures": [
            P("ED&C x3 cycles", site="scalp - vertex",
              note="bx-proven sBCC. Lesion 1.2 cm. Curette 3mm & 2mm, 3 cycles curettage/electrodesiccation. "
                   "Final defect 1.5 cm.", reasons=["c1"]),
            P("ED&C", site="R dorsal forearm",
              note="bx-proven SCCIS, lesion 0.6 cm, 3 cycles. Final defect 0.9 cm. No specimen.",
              reasons=["c2"]),
        ],
        "note": """Derm procedure visit - 02/09/2026 - Dr. K. Halvorsen
Arthur Pemberton, 85M (Humana Gold Plus)

Bx 01/20 results reviewed with pt and daughter: sBCC vertex scalp; SCCIS R dorsal forearm. Options
(excision, ED&C, topical 5-FU/imiquimod, Mohs for the scalp) reviewed. Given age, anticoagulation
(apixaban - not held) and superficial histology, pt chose ED&C for both. Consent signed.

Both sites anesthetized with 1% lido w/ epi. ED&C 3 cycles each, as documented in the procedure
entries. Hemostasis achieved. Vaseline + bandage.
Wound care: daily washing and petrolatum; heals in 3-5 wks. Call w/ bleeding not stopped by 20 min
pressure. F/u 3 mo skin check.
""",
        "expected": E([L("17272"), L("17261")]),
        "coder_note": "DS-4: malignant destruction by site group and diameter; lesion and final defect fall in the "
                      "same band at each site. Scalp (SNHFG) 1.2/1.5 cm -> 17272; forearm (TAL) 0.6/0.9 cm -> "
                      "17261. SCCIS is coded as malignant (D04). Prior biopsies are 000-global: no modifier.",
    },
    {
        "id": "s10-ft-exb-atypical-nevus-reexcision-layered",
        "family": "excision-benign", "shape": "free-text",
        "description": "Re-excision of severely atypical nevus (scar 0.7 cm + 2 mm = 1.1 cm) on the back with layered closure.",
        "date": "2026-02-24",
        "patient": ("Ilves", "Marta", "1990-08-09", "female"),
        "provider": "nakamura", "payer": "commercial", "minutes": 45,
        "conditions": [
            C("c1", "Dysplastic nevus with severe atypia of back, incompletely removed", "D22.5",
              "left upper back", reason=True),
        ],
        "prior": [
            PRIOR("2026-02-03", "11102", "Shave bx L upper back", "L upper back"),
        ],
        "path": [
            {"text": "Skin, left upper back, shave biopsy: compound dysplastic nevus with severe atypia; "
                     "peripheral margin involved.", "site": "left upper back", "date": "2026-02-06",
             "encounter": "enc-s10-ft-exb-atypical-nevus-reexcision-layered-prior-1"},
            {"text": "Skin, left upper back, re-excision: residual dysplastic nevus with severe atypia, completely "
                     "excised; scar.", "site": "left upper back", "date": "2026-02-27"},
        ],
        "procedures": [
            P("excision - re-exc atypical nevus", site="L upper back",
              note="bx site w/ residual pigment 0.7cm; 2mm margins -> excised diam 1.1cm. Ellipse 3.3cm, to "
                   "fat.", reasons=["c1"]),
            P("layered closure 3.3cm", site="L upper back",
              note="3-0 Monocryl deep dermal x3, 4-0 prolene running subcuticular", reasons=["c1"]),
        ],
        "note": """PROCEDURE NOTE  |  2/24/2026  |  R. Nakamura MD  |  BCBS IL PPO
Marta Ilves, 35F

Indication: shave bx 02/03 L upper back = compound dysplastic nevus, SEVERE atypia, peripheral margin
involved. Recommend re-excision with 2 mm margins (not melanoma; no wide margins needed).

Exam: healed bx site 0.7 cm with residual peripheral brown pigment.

After informed consent (scar, infection, bleeding, recurrence of pigment), site marked, lido/epi.
Excised as per the procedure entries; layered closure. Specimen oriented, to path.

Post-op: no swimming/heavy lifting 2 wks; sutures out (subcuticular prolene pull-through) 14 d.
Discussed that severe atypia warrants yearly skin checks. Family hx: mother with melanoma at 52.
""",
        "expected": E([L("11402"), L("12032")]),
        "coder_note": "EX-1/EX-3: residual lesion 0.7 + 2 x 0.2 = 1.1 cm on the trunk, severely dysplastic nevus "
                      "= benign -> 11402. Layered closure 3.3 cm trunk -> 12032 (EX-5). The prior shave "
                      "biopsy is a 000-global service, so no 58 is needed.",
    },
    {
        "id": "s10-ft-exm-mis-cheek-wle-layered",
        "family": "excision-malignant", "shape": "free-text",
        "description": "WLE of melanoma in situ R cheek: 0.8 cm + 5 mm margins = 1.8 cm (11642) + layered repair 4.5 cm (12052).",
        "date": "2026-03-16",
        "patient": ("Quigley", "Patrick", "1944-01-26", "male"),
        "provider": "lindqvist", "payer": "medicare", "minutes": 60,
        "conditions": [
            C("c1", "Melanoma in situ of right cheek (lentigo maligna type)", "D03.39", "right cheek",
              reason=True),
        ],
        "prior": [
            PRIOR("2026-02-20", "11102", "Shave bx R cheek", "R cheek"),
        ],
        "path": [
            {"text": "Skin, right cheek, shave biopsy: melanoma in situ, lentigo maligna type, extending to "
                     "peripheral margins.", "site": "right cheek", "date": "2026-02-24",
             "encounter": "enc-s10-ft-exm-mis-cheek-wle-layered-prior-1"},
            {"text": "Skin, right cheek, wide local excision: residual melanoma in situ, lentigo maligna type; "
                     "margins free (closest 4 mm).", "site": "right cheek", "date": "2026-03-19"},
        ],
        "procedures": [
            P("WLE MIS", site="R cheek (malar)",
              note="Clinical lesion incl bx scar 0.8cm under Wood's lamp. 5mm margins. Excised diameter "
                   "1.8cm. To subcutaneous fat.", reasons=["c1"]),
            P("intermediate repair", site="R cheek",
              note="Layered: 5-0 Monocryl buried, 6-0 nylon running. Length 4.5 cm.", reasons=["c1"]),
        ],
        "note": """Surgery note 3/16/26 - Dr Lindqvist
82 y/o M, MIS R cheek bx 2/20 (LM type). Mohs offered, pt preferred standard WLE with 5 mm margins
here (travel). Wood's lamp used to outline - no subclinical extension beyond 0.8 cm.
Consent, marking, photos. Lido 1% w/ epi 1:100k.
Excision + layered repair as per procedure entries. Oriented with a suture at 12. No complications.
Dressing; suture removal 6 days. Path to follow; if margins involved will discuss staged excision.
Future: FSE q6 mo x 2 yrs.
""",
        "expected": E([L("11642"), L("12052")]),
        "coder_note": "EX-1/EX-2/EX-3: melanoma in situ -> malignant codes; 0.8 + 2 x 0.5 = 1.8 cm on the face "
                      "(FEENLM) -> 11642. Layered repair of the cheek 4.5 cm -> 12052 (face group, 2.6-5.0), "
                      "separately reportable (EX-5).",
    },
    {
        "id": "s10-ft-exm-scc-shin-reexcision-in-global-58",
        "family": "excision-malignant", "shape": "free-text",
        "description": "Re-excision for a positive deep margin 8 days after a shin SCC excision: 11603-58 + 12032-58.",
        "date": "2026-04-14",
        "patient": ("Faircloth", "Bernadette", "1946-05-14", "female"),
        "provider": "baptiste", "payer": "medicare-ngs", "minutes": 60,
        "conditions": [
            C("c1", "Squamous cell carcinoma of skin of left lower leg, deep margin positive", "C44.729",
              "left shin", reason=True),
        ],
        "prior": [
            PRIOR("2026-04-06", "11602", "Excision SCC L shin", "L shin"),
            PRIOR("2026-04-06", "12032", "Intermediate repair L shin 3.5 cm", "L shin"),
        ],
        "path": [
            {"text": "Skin, left shin, excision: invasive squamous cell carcinoma, moderately differentiated; "
                     "deep margin involved, peripheral margins clear.", "site": "left shin", "date": "2026-04-09",
             "encounter": "enc-s10-ft-exm-scc-shin-reexcision-in-global-58-prior-1"},
        ],
        "procedures": [
            P("re-excision SCC, pos deep margin", site="L shin",
              note="Healing scar/residual lesion 2.0 cm greatest dimension. 3 mm margins -> excised diameter "
                   "2.6 cm. Taken deeper, to fascia.", reasons=["c1"]),
            P("layered repair", site="L shin",
              note="2-layer closure 4-0 PDS / 4-0 nylon, 5.0 cm", reasons=["c1"]),
        ],
        "note": """Re-excision, L shin - 04/14/2026 - M. Baptiste MD - NGS Medicare
Bernadette Faircloth 79F. SCC L shin excised 04/06 here; path 04/09 deep margin involved. Planned
return to widen/deepen (discussed when results were called). Sutures removed today prior to
re-excision, wound intact.
Consent re-signed. Lido/epi. Re-excision + layered closure as documented. Specimen oriented.
Leg elevation, compression wrap; sutures out 14 d. F/u path.
""",
        "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["global-period"]),
        "coder_note": "EX-4 / GS-5: a planned re-excision for a positive margin inside the 10-day global of the "
                      "04/06 excision is staged -> 58 on the excision and on its repair. Still malignant "
                      "(EX-4): 2.0 + 2 x 0.3 = 2.6 cm leg -> 11603; layered repair 5.0 cm leg -> 12032.",
    },
    {
        "id": "s10-ft-id-buttock-abscess-simple",
        "family": "incision-drainage", "shape": "free-text",
        "description": "Single simple abscess R buttock, no loculations, no packing: 10060.",
        "date": "2026-05-11",
        "patient": ("Delgado", "Ruben", "1997-02-20", "male"),
        "provider": "pike", "payer": "medicaid", "minutes": 20,
        "conditions": [
            C("c1", "Cutaneous abscess of right buttock", "L02.31", "right buttock", reason=True),
        ],
        "procedures": [
            P("I&D abscess", site="R buttock",
              note="2cm fluctuant abscess, 3 days. Lido 1%. #11 blade, 8mm stab incision. ~2 mL pus expressed, "
                   "no loculations on probing, irrigated w/ NS. Small cavity - no packing needed. Cx sent.",
              reasons=["c1"]),
        ],
        "expected": E([L("10060")]),
        "coder_note": "Single abscess drained simply (one incision, no loculations, no packing) -> 10060 (section "
                      "4.8 I&D row: 10060 simple/single vs 10061 complicated/multiple). No E/M selected.",
    },
    {
        "id": "s10-ft-il-keloids-em-decision-only",
        "family": "intralesional", "shape": "free-text",
        "description": "IL TAC 10 mg/mL 0.3 mL x4 keloids (12 mg): 11900 + J3301 x2; planned-injection 99213 removed.",
        "date": "2026-03-30",
        "patient": ("Whitfield", "Jasmine", "1999-06-03", "female"),
        "provider": "adeyemi", "payer": "commercial-aetna", "em": "99213", "minutes": 15,
        "conditions": [
            C("c1", "Keloids of upper chest", "L91.0", "upper chest", reason=True),
        ],
        "procedures": [
            P("IL kenalog", site="upper chest - 4 keloids",
              note="TAC 10 mg/mL, 0.3 mL into each of 4 keloids (1.2 mL = 12 mg total). 30g, to blanch.",
              reasons=["c1"]),
        ],
        "note": """f/u keloids - 3/30/2026 - Dr Adeyemi
JW 26F, chest keloids after acne, here for scheduled injection #2. Itch better since last month;
two still tender. No atrophy/telangiectasia at prior sites.
4 keloids upper chest, 6-15 mm, slightly flatter than baseline photos.
A/P keloids - IL TAC as above, pt consented. Continue silicone gel BID. Repeat in 4-6 wks.
No other concerns raised today.
""",
        "expected": E([L("11900"), L("J3301", 2)]),
        "coder_note": "4 lesions -> 11900 x1; 0.3 mL x 4 x 10 mg/mL = 12 mg -> J3301 x2 (ceil(12/10)). The 99213 "
                      "covers only the planned injection of the same keloids (GS-3): no separate work, so the E/M "
                      "line is removed.",
    },
    {
        "id": "s10-ft-mixed-bx-ln2-ilk-cyst",
        "family": "mixed", "shape": "free-text",
        "description": "Shave bx R shoulder, LN2 5 AKs, IL TAC to an inflamed cyst: 11102, 17000-XS, 17003 x4, 11900-XS, J3301.",
        "date": "2026-04-28",
        "patient": ("Brubaker", "Elmer", "1952-09-30", "male"),
        "provider": "okonkwo", "payer": "medicare-noname", "minutes": 30,
        "conditions": [
            C("c1", "Pearly papule of right shoulder, rule out BCC", "D49.2", "right shoulder", reason=True),
            C("c2", "Actinic keratoses of scalp and forehead", "L57.0", "scalp; forehead", reason=True),
            C("c3", "Inflamed epidermoid cyst of left upper back", "L72.0", "left upper back", reason=True),
        ],
        "procedures": [
            P("shave bx", site="R shoulder (posterior)",
              note="7mm pearly papule, r/o BCC. Spec A. AlCl.", reasons=["c1"]),
            P("LN2 to AKs", site="scalp x3, forehead x2",
              note="5 AKs, 2 FT cycles each", reasons=["c2"]),
            P("ILK to cyst", site="L upper back",
              note="1.5cm red tender non-fluctuant cyst. Kenalog 10 mg/mL, 0.5 mL (5 mg) into cyst wall. "
                   "Not drained.", reasons=["c3"]),
        ],
        "note": """Brief note 4/28/26 (Dr Okonkwo): 73M. Spot R shoulder bleeding on & off x2 mo. Scalp/forehead
rough spots. Cyst L upper back flared last wk, sore, no drainage. Procedures as entered: shave bx R
shoulder, LN2 AKs x5, ILK into inflamed cyst (did NOT I&D - not fluctuant). Discussed future cyst
excision once quiet; pt will think about it. Path 1 wk.
""",
        "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 4), L("11900", 1, "XS"), L("J3301")]),
        "coder_note": "Three different lesions: tangential biopsy 11102; 5 AKs = 17000 + 17003 x4 (DS-1); cyst "
                      "injection 11900 + J3301 x1 (5 mg -> 1 unit). PTP 11102/17000 (ind. 1) puts XS on 17000; "
                      "17000/11900 (ind. 1) puts XS on 11900. No edit for 11102/11900 or 17003. The cyst was "
                      "not drained, and its future excision is only a plan.",
    },
    {
        "id": "s10-ft-mohs-helix-two-stages-complex-repair",
        "family": "mohs", "shape": "free-text",
        "description": "Mohs L helix BCC, 2 stages (4 and 2 blocks), complex repair of helical rim 2.2 cm.",
        "date": "2026-05-19",
        "patient": ("Eckhardt", "Lorraine", "1949-11-22", "female"),
        "provider": "marchetti", "payer": "medicare-advantage-ppo", "minutes": 180,
        "conditions": [
            C("c1", "Nodular basal cell carcinoma of left ear (helix)", "C44.219", "left helix", reason=True),
        ],
        "path": [
            {"text": "Skin, left helix, shave biopsy: basal cell carcinoma, nodular type.", "site": "left helix",
             "date": "2026-04-24"},
        ],
        "procedures": [
            P("MMS stage I", site="L helix",
              note="Surgeon = pathologist. Frozen sections. 4 blocks. Residual BCC at block 3 (posterior).",
              reasons=["c1"]),
            P("MMS stage II", site="L helix", note="2 blocks, clear.", reasons=["c1"]),
            P("complex repair L helix", site="L helical rim",
              note="Defect 1.3 x 1.0 cm involving the helical rim, cartilage exposed; exposed cartilage trimmed, "
                   "layered linear closure with eversion along the rim, 5-0 Monocryl / 6-0 Prolene. Repair "
                   "length 2.2 cm.", reasons=["c1"]),
        ],
        "expected": E([L("17311"), L("17312"), L("13151")]),
        "coder_note": "MOHS-2: ear = 17311 first stage + 17312 for stage II; no stage over 5 blocks, no 17315. "
                      "REP-3: repair involving the free margin of the helical rim with exposed cartilage is "
                      "complex; ear 2.2 cm -> 13151 (1.1-2.5 cm), reportable with Mohs (MOHS-7).",
    },
]

SCENARIOS += [
    {
        "id": "s10-ft-nail-debridement-seven-toenails",
        "family": "nails", "shape": "free-text",
        "description": "Debridement of 7 thick mycotic toenails (commercial): 11721, no digit modifiers.",
        "date": "2026-01-22",
        "patient": ("Abernethy", "Colin", "1963-03-27", "male"),
        "provider": "santos", "payer": "commercial-cigna", "minutes": 20,
        "conditions": [
            C("c1", "Onychomycosis of toenails, painful", "B35.1", "toenails bilateral", reason=True),
        ],
        "procedures": [
            P("nail debridement", site="toenails L1, L2, L3, R1, R2, R3, R4",
              note="7 dystrophic mycotic nails, 3-5 mm thick, yellow, subungual debris; painful in work boots. "
                   "Debrided in thickness and length w/ nippers + rotary burr. No bleeding. R5/L4/L5 normal, "
                   "not treated.", reasons=["c1"]),
        ],
        "note": """Nail clinic 1/22/2026 - R. Santos MD
Colin Abernethy 62M, construction worker. Toenail fungus x yrs (KOH + 2024, culture T. rubrum).
Declined oral terbinafine again (drinks; did not want LFT monitoring). Efinaconazole too costly.
Thick nails press in steel-toe boots -> pain, 1 episode of subungual hematoma.
Debridement performed as listed. Recheck q10-12 wks prn. Foot hygiene, antifungal powder in boots.
""",
        "expected": E([L("11721")]),
        "coder_note": "Nail debridement 6 or more nails -> 11721 x1 (section 4.8: 11720 1-5, 11721 6+; MUE 1). "
                      "Commercial payer, painful dystrophic nails. Digit modifiers are only used on "
                      "11730/11732/11750 in the conventions.",
    },
    {
        "id": "s10-ft-nail-avulsion-left-index-finger",
        "family": "nails", "shape": "free-text",
        "description": "Complete avulsion of the L index fingernail plate: 11730-F1.",
        "date": "2026-02-17",
        "patient": ("Yazzie", "Renata", "1985-05-05", "female"),
        "provider": "castellanos", "payer": "medicaid-mco", "minutes": 30,
        "conditions": [
            C("c1", "Onycholysis of left index fingernail with subungual debris", "L60.1",
              "left index finger nail", reason=True),
        ],
        "procedures": [
            P("nail avulsion - complete", site="L index finger (2nd digit)",
              note="Digital block 2% lido plain 3 mL. Plate freed from bed and folds w/ Freer elevator, removed "
                   "intact. Bed curetted lightly to remove debris; plate + debris sent for PAS/fungal cx. Matrix "
                   "NOT treated (temporary removal). Xeroform + coban.", reasons=["c1"]),
        ],
        "note": """Dermatology - 02/17/2026 - Dr. I. Castellanos (Molina)
Renata Yazzie, 40F. L index fingernail lifting off the bed for 5 months, painful when typing, catches
on clothing. Hx psoriasis? (mother has psoriasis; pt has no plaques). Topical ciclopirox 3 mo no help.
Exam: L index nail 70% onycholysis with yellow-white subungual debris; other nails normal; no pitting;
skin clear. Plan: remove the plate for diagnosis and relief; send for fungal studies. Consent signed.
Procedure as entered. Soak and re-dress daily; f/u 2 wks with results. New plate grows 4-6 months.
""",
        "expected": E([L("11730", 1, "F1")]),
        "coder_note": "One nail plate avulsed (no matrix destruction) -> 11730 x1 with digit modifier F1 (left "
                      "2nd digit) per the conventions. Sending the plate to the lab is the lab's service.",
    },
    {
        "id": "s10-ft-paring-three-calluses",
        "family": "paring", "shape": "free-text",
        "description": "Paring of three painful plantar calluses (commercial): 11056.",
        "date": "2026-03-02",
        "patient": ("Hollingsworth", "Nadine", "1967-10-12", "female"),
        "provider": "voss", "payer": "commercial-uhc", "minutes": 15,
        "conditions": [
            C("c1", "Callosities of plantar feet, painful", "L84", "plantar feet", reason=True),
        ],
        "procedures": [
            P("paring hyperkeratotic lesions x3", site="R plantar 1st MTH; R plantar 5th MTH; L plantar heel",
              note="3 painful calluses (no pinpoint bleeding on paring - not warts). Pared w/ #15 blade to "
                   "normal skin, no bleeding. Offloading pads given.", reasons=["c1"]),
        ],
        "expected": E([L("11056")]),
        "coder_note": "Paring of 2-4 benign hyperkeratotic lesions -> 11056 x1 (section 4.8). Commercial payer; "
                      "no Medicare routine-foot-care question.",
    },
    {
        "id": "s10-ft-patch-test-84-allergens",
        "family": "patch-test", "shape": "free-text",
        "description": "Application of 80-allergen series + 4 own products: 95044 x84.",
        "date": "2026-04-06",
        "patient": ("Sorensen", "Ingrid", "1975-01-31", "female"),
        "provider": "abernathy", "payer": "commercial", "minutes": 40,
        "conditions": [
            C("c1", "Chronic hand and eyelid dermatitis, suspected allergic contact dermatitis", "L23.9",
              "hands; eyelids", reason=True),
        ],
        "procedures": [
            P("patch test application - ACDS core 80", site="upper back",
              note="80 allergens, Finn chambers on Scanpor, panels 1-8.", reasons=["c1"]),
            P("patch test - pt's own products", site="upper back",
              note="4 own leave-on products tested as is (moisturizer, sunscreen, foundation, eye cream).",
              reasons=["c1"]),
        ],
        "note": """Patch test application - 04/06/2026 - J. Abernathy MD
Ingrid Sorensen 51F, hairdresser x 25 yrs; hand dermatitis 3 yrs + eyelid dermatitis 6 mo. Off oral
steroids > 4 wks, no topical steroid to back x 2 wks, no recent sun to back.
Applied 84 patches total to upper back (80 series + 4 own products). Marked with skin marker,
photographed. Instructions: keep dry, no exercise/sweating, remove at 48 h visit.
Readings: 48 h (04/08) and 96 h (04/10). Hair-dye series deferred unless core results negative.
""",
        "expected": E([L("95044", 84)]),
        "coder_note": "95044 units = number of patch tests applied: 80 + 4 = 84 (conventions; MUE 90). The "
                      "reading visits are part of the test; the hair-dye series was not applied.",
    },
    {
        "id": "s10-ft-photo-excimer-four-sites-180cm2",
        "family": "phototherapy", "shape": "free-text",
        "description": "Excimer to elbows and knees, summed area 180 sq cm: 96920.",
        "date": "2026-03-12",
        "patient": ("Bellamy", "Trent", "1988-06-19", "male"),
        "provider": "ramirez", "payer": "commercial-aetna", "minutes": 15,
        "conditions": [
            C("c1", "Localized plaque psoriasis of elbows and knees", "L40.0", "elbows; knees", reason=True),
        ],
        "procedures": [
            P("excimer 308nm", site="R elbow, L elbow, R knee, L knee",
              note="Tx #6. Areas: R elbow 40 cm2, L elbow 45 cm2, R knee 50 cm2, L knee 45 cm2. Dose 500 "
                   "mJ/cm2 elbows, 600 knees. Mild erythema from last tx only.", reasons=["c1"]),
        ],
        "expected": E([L("96920")]),
        "coder_note": "Excimer is coded once per session by total area: 40 + 45 + 50 + 45 = 180 sq cm (< 250) -> "
                      "96920 x1 (section 4.8; MUE 1).",
    },
    {
        "id": "s10-ft-postop-suture-removal-99024",
        "family": "post-op", "shape": "free-text",
        "description": "Suture removal on day 8 after a benign excision with layered repair; provider picked 99212.",
        "date": "2026-05-12",
        "patient": ("Montague", "Felix", "1959-08-08", "male"),
        "provider": "weiss", "payer": "medicare-advantage-ppo", "em": "99212", "minutes": 10,
        "conditions": [
            C("c1", "Encounter for removal of sutures, L forearm", "Z48.02", "left forearm", reason=True),
        ],
        "prior": [
            PRIOR("2026-05-04", "11402", "Excision benign lesion L forearm", "L forearm"),
            PRIOR("2026-05-04", "12032", "Intermediate repair L forearm 3.2 cm", "L forearm"),
        ],
        "procedures": [
            P("suture removal", site="L forearm",
              note="Wound well healed, no erythema/drainage. 5 sutures removed, steri-strips applied. Path "
                   "(dermatofibroma) reviewed with pt.", reasons=["c1"]),
        ],
        "expected": E([L("99024")], topics=["global-period"]),
        "coder_note": "GS-1/GS-5: routine post-op visit (suture removal, wound check, result review) on day 8 of "
                      "the 010 global of 11402/12032 -> 99024, no billable E/M (conventions).",
    },
    {
        "id": "s10-ft-repair-two-mohs-defects-outside-surgeon",
        "family": "repair", "shape": "free-text",
        "description": "Reconstruction only after another practice's Mohs: layered forehead 4.0 + nasal dorsum 1.5 = 12053.",
        "date": "2026-04-09",
        "patient": ("Gallagher", "Siobhan", "1950-12-18", "female"),
        "provider": "halvorsen", "payer": "medicare", "minutes": 60,
        "conditions": [
            C("c1", "Basal cell carcinoma of forehead, post-Mohs defect", "C44.319", "right forehead", reason=True),
            C("c2", "Basal cell carcinoma of nose, post-Mohs defect", "C44.311", "nasal dorsum", reason=True),
        ],
        "procedures": [
            P("intermediate repair - R forehead", site="R forehead",
              note="Post-Mohs defect 1.2 x 1.0 cm (Mohs by Dr. Petrakis, Lakeshore Mohs, this AM). Undermined, "
                   "layered closure 5-0 Monocryl + 6-0 nylon. Length 4.0 cm.", reasons=["c1"]),
            P("intermediate repair - nasal dorsum", site="nasal dorsum",
              note="Post-Mohs defect 0.5 cm. Layered closure, length 1.5 cm.", reasons=["c2"]),
        ],
        "note": """Reconstruction note - 04/09/2026 - Dr. Halvorsen
75F referred same day from Lakeshore Mohs (Dr. Petrakis performed and billed the Mohs surgery this
morning; both tumors clear). Here for closure only.
Defects: R forehead 1.2 x 1.0 cm to fat; nasal dorsum 0.5 cm to fat. No free margins involved, no
cartilage/bone exposed.
Both closed in layers as documented (total 5.5 cm). Pressure dressings. Sutures out 7 d.
Scar care: silicone gel after suture removal; sun protection.
""",
        "expected": E([L("12053")]),
        "coder_note": "REP-1/REP-2: both wounds are intermediate (layered) in the face group (forehead and nose "
                      "are both 12051-12057): 4.0 + 1.5 = 5.5 cm -> 12053 x1. The Mohs was performed and billed "
                      "by another practice, so no Mohs line here.",
    },
    {
        "id": "s10-ft-repair-complex-leg-after-scc-excision",
        "family": "repair", "shape": "free-text",
        "description": "SCC R pretibial excision 2.3 cm (11603) + complex repair 8.5 cm (13121 + 13122).",
        "date": "2026-05-26",
        "patient": ("Vandermeer", "Hugo", "1953-04-02", "male"),
        "provider": "baptiste", "payer": "commercial-uhc", "minutes": 75,
        "conditions": [
            C("c1", "Squamous cell carcinoma of skin of right lower leg", "C44.722", "right pretibial leg",
              reason=True),
        ],
        "path": [
            {"text": "Skin, right pretibial leg, excision: invasive squamous cell carcinoma, well "
                     "differentiated; margins free.", "site": "right pretibial leg", "date": "2026-05-29"},
        ],
        "procedures": [
            P("excision SCC", site="R pretibial leg",
              note="bx-proven SCC (5/2026). Lesion 1.5 cm. 4 mm margins. Excised diameter 2.3 cm. Depth: fat.",
              reasons=["c1"]),
            P("complex repair", site="R pretibial leg",
              note="Atrophic, sun-damaged wound edges debrided (devitalized edges trimmed 1-2 mm bilaterally). "
                   "Extensive undermining in the fascial plane, > defect width on both sides. Layered closure "
                   "3-0 PDS / 4-0 nylon vertical mattress. Final length 8.5 cm.", reasons=["c1"]),
        ],
        "note": """OP NOTE 5/26/2026 - Marc Baptiste MD (UHC Choice Plus)
Hugo Vandermeer 73M, SCC R shin, bx 05/05/2026. Immunocompetent. On clopidogrel - continued.
Consent. Lido/epi 15 mL. Excision and complex repair as per procedure entries; hemostasis w/ cautery.
Compression wrap, elevate; sutures out 14-21 d. Wound check 1 wk (nurse). Path pending.
""",
        "expected": E([L("11603"), L("13121"), L("13122")]),
        "coder_note": "EX-1: 1.5 + 2 x 0.4 = 2.3 cm leg -> 11603. REP-3: debridement of wound edges plus "
                      "extensive undermining = complex; leg is the 13120 group: 8.5 cm -> 13121 (2.6-7.5) + "
                      "13122 x1 (each additional 5 cm or less). Complex repair is separately reportable with "
                      "excision (EX-5).",
    },
    {
        "id": "s10-ft-shave-ear-and-scalp-irritated-sk",
        "family": "shave", "shape": "free-text",
        "description": "Shave removal of irritated SKs: L helix 0.6 cm (11311) and scalp 1.3 cm (11307).",
        "date": "2026-03-23",
        "patient": ("Kimura", "Haruto", "1948-02-09", "male"),
        "provider": "nakamura", "payer": "medicare-advantage", "minutes": 20,
        "conditions": [
            C("c1", "Inflamed seborrheic keratosis of left ear", "L82.0", "left helix", reason=True),
            C("c2", "Inflamed seborrheic keratosis of scalp, bleeding", "L82.0", "left parietal scalp",
              reason=True),
        ],
        "procedures": [
            P("shave removal", site="L helix",
              note="0.6cm crusted, inflamed ISK; rubs on hearing-aid. Shaved flush, AlCl. Spec A.",
              reasons=["c1"]),
            P("shave removal", site="L parietal scalp",
              note="1.3cm ISK, bleeds w/ comb several times. Shave removal, electrocautery hemostasis. Spec B.",
              reasons=["c2"]),
        ],
        "expected": E([L("11311"), L("11307")]),
        "coder_note": "SH-1: ear = FEENLM, 0.6 cm -> 11311; scalp = SNHFG, 1.3 cm -> 11307. Inflamed, bleeding, "
                      "traumatized SKs (L82.0) meet BSL-3.",
    },
    {
        "id": "s10-ft-cos-sk-ln2-medicare-no-abn",
        "family": "cosmetic", "shape": "free-text",
        "description": "LN2 to 7 asymptomatic SKs for appearance, Medicare FFS, no ABN: 17110-GY.",
        "date": "2026-06-03",
        "patient": ("Prescott", "Evelyn", "1951-07-24", "female"),
        "provider": "lindqvist", "payer": "medicare-ngs", "minutes": 15,
        "conditions": [
            C("c1", "Seborrheic keratoses of trunk, asymptomatic", "L82.1", "back; abdomen", reason=True),
        ],
        "procedures": [
            P("LN2 - SKs", site="back x5, abdomen x2",
              note="7 SKs, pt wants them gone - 'unsightly'. No itch/bleeding/irritation, no change. LN2 1 "
                   "cycle each. Pt aware this is cosmetic; no ABN signed.", reasons=["c1"]),
        ],
        "expected": E([L("17110", 1, "GY")], topics=["cosmetic"]),
        "coder_note": "BSL-2/BSL-5/COS-2: asymptomatic L82.1 SKs destroyed for appearance are cosmetic. Medicare "
                      "FFS -> GY on 17110 (7 lesions = one unit); no voluntary ABN, so no GX (COS-4).",
    },
]

# ----------------------------------------------------------------------------------------------------------------
# NOTE-ONLY (no Procedure resources for this encounter; everything is in the signed note)
# ----------------------------------------------------------------------------------------------------------------

SCENARIOS += [
    {
        "id": "s10-no-cos-nevus-shave-medicare-voluntary-abn",
        "family": "cosmetic", "shape": "note-only",
        "description": "Shave removal of a stable 0.5 cm cheek nevus for appearance, Original Medicare, voluntary ABN.",
        "date": "2026-01-15",
        "patient": ("Albright", "Cornelia", "1957-05-09", "female"),
        "provider": "lindgren", "payer": "medicare-noname", "minutes": 20,
        "conditions": [
            C("c1", "Benign intradermal nevus of left cheek", "D22.39", "left cheek", reason=True),
        ],
        "path": [
            {"text": "Skin, left cheek, shave: intradermal melanocytic nevus.", "site": "left cheek",
             "date": "2026-01-19"},
        ],
        "note": """DERMATOLOGY NOTE - 01/15/2026
Astrid Lindgren, MD
Patient: Cornelia Albright (68 y/o F) - Original Medicare, Part B

Concern: "I'd like this mole off my cheek - it shows in every photo."

The L cheek mole has been present since her 20s. No change in size, shape or color (old photos
reviewed), no itching, bleeding, pain or irritation; it does not catch on anything. No personal or
family history of melanoma.

Exam: L mid cheek, 5 mm soft, symmetric, skin-colored dome-shaped papule with a few terminal hairs;
dermoscopy: comma vessels, no network - benign intradermal nevus.

Impression: Benign intradermal nevus, L cheek, asymptomatic and stable. Removal requested for
cosmetic reasons only.

Discussion: Explained that Medicare does not pay for cosmetic removal. She received and signed a
voluntary ABN (CMS-R-131) for the removal and accepts financial responsibility. Discussed possible
recurrence of pigment/hair and a flat, lighter scar.

Procedure: Shave removal, L cheek, 5 mm lesion. 0.5 mL 1% lidocaine with epinephrine. Lesion shaved
flush with a Dermablade, edges feathered, AlCl for hemostasis. No sutures. Sent to pathology at her
request. Vaseline/bandage.

Return as needed.
A. Lindgren, MD
""",
        "expected": E([L("11310", 1, "GX", "GY")], topics=["cosmetic"]),
        "coder_note": "BSL-2/COS-1: asymptomatic, unchanged nevus removed for appearance = cosmetic; shave of a "
                      "0.5 cm face lesion = 11310 (SH-1). Original Medicare (FFS) -> GY, plus GX for the "
                      "voluntary ABN (COS-4).",
    },
    {
        "id": "s10-no-em-medicare-screening-skin-check-gy",
        "family": "em", "shape": "note-only",
        "description": "New Medicare pt, screening-only full skin exam, no history, no complaint, nothing found: 99203-GY.",
        "date": "2026-02-05",
        "patient": ("Dunmore", "Howard", "1955-08-14", "male"),
        "provider": "okonkwo", "payer": "medicare", "em": "99203", "minutes": 20,
        "conditions": [
            C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
        ],
        "note": """NEW PATIENT - SKIN CHECK
DOS 02/05/2026     Chidi Okonkwo, MD
Howard Dunmore, 70 y.o. male. Referred by: self. Insurance: Medicare Part B (Novitas).

Reason for visit: "My wife made me come for a skin check." Turned 70 and his friends are getting
skin checks.
He has no spots of concern, nothing new, changing, bleeding or itchy. No personal history of skin
cancer, no history of precancers or biopsies, no family history of melanoma. No immunosuppression,
no history of blistering sunburns that he recalls. Uses sunscreen on the golf course.

ROS: Negative, no skin complaints.

Exam: Total body skin examination performed including scalp, face, ears, lips/oral mucosa, neck,
chest, abdomen, back, buttocks, genitalia (declined - chaperone offered), arms, hands, nails, legs,
feet and soles. No lesions suspicious for malignancy. No actinic damage requiring treatment. No
rashes.

Assessment: Encounter for skin cancer screening (Z12.83) - negative exam.

Plan: Reassurance. Monthly self-skin exams taught with the ABCDE handout; sun protection. No
follow-up needed unless a new or changing spot appears.

C. Okonkwo, MD
""",
        "expected": E([L("99203", 1, "GY")]),
        "coder_note": "DX-5 and the corpus 'Coding decisions': Medicare has no skin-cancer screening benefit. A "
                      "screening-only full-skin exam of an asymptomatic patient with no skin-cancer history, no "
                      "complaint and nothing found is statutorily excluded -> the provider-selected E/M with GY.",
    },
    {
        "id": "s10-no-id-axillary-abscess-loculated-packed",
        "family": "incision-drainage", "shape": "note-only",
        "description": "Axillary abscess with loculations broken up and iodoform packing: 10061.",
        "date": "2026-03-13",
        "patient": ("Okafor-Reyes", "Dominic", "1992-11-27", "male"),
        "provider": "pike", "payer": "medicaid-mco", "minutes": 35,
        "conditions": [
            C("c1", "Cutaneous abscess of left axilla", "L02.412", "left axilla", reason=True),
        ],
        "note": """Dermatology urgent add-on  3/13/26  Dr. J. Pike
33M, painful swelling L armpit x5 days, worse despite warm compresses. Subjective fevers last night.
No prior similar episodes, no hx of HS, no diabetes (A1c 5.3 in 2025).
T 99.9, HR 92.
L axilla: 3.5 x 3 cm exquisitely tender, fluctuant, erythematous nodule with 2 cm surrounding
erythema, no lymphangitic streaking. No other nodules, no sinus tracts or comedones in either axilla
or groin.
Imp: abscess L axilla.
Plan/procedure: I&D after verbal and written consent. Chlorhexidine prep, field block 1% lido w/ epi
6 mL. 1.5 cm linear incision with #11 blade. Copious purulent drainage (~10 mL), sent for culture.
Multiple loculations broken up with a curved hemostat; cavity irrigated with 60 mL NS; packed with
1/4-inch iodoform gauze (~20 cm). Dry gauze dressing.
Doxycycline 100 mg BID x 7 days (MRSA prevalence), ibuprofen prn.
Return in 48 h for packing removal/change; ER for fever > 101, spreading redness.
""",
        "expected": E([L("10061")]),
        "coder_note": "Complicated I&D (loculations broken up, irrigation, packing) -> 10061 x1 (section 4.8 I&D "
                      "row; corpus precedent for loculations + packing). No E/M selected.",
    },
    {
        "id": "s10-no-il-alopecia-areata-nine-patches",
        "family": "intralesional", "shape": "note-only",
        "description": "IL TAC 5 mg/mL 2.4 mL (12 mg) into 9 alopecia areata patches: 11901 + J3301 x2.",
        "date": "2026-04-02",
        "patient": ("Marchand", "Elodie", "1996-09-21", "female"),
        "provider": "castellanos", "payer": "commercial-uhc", "minutes": 20,
        "conditions": [
            C("c1", "Alopecia areata, patchy, scalp", "L63.8", "scalp", reason=True),
        ],
        "note": """Alopecia clinic - 04/02/2026
Ines Castellanos MD | UHC
Elodie Marchand, 29F - return for ILK #3

Interval: Regrowth in the 4 original occipital patches (vellus -> some terminal hairs), but 5 new
small patches since last visit. No eyebrow/eyelash loss, nails OK. Thyroid labs 01/2026 normal.
Clobetasol solution nightly to patches - continues.

Exam: Scalp with NINE discrete patches of non-scarring alopecia: occipital x4 (1.5-3 cm, with
regrowth), vertex x2 (1 cm each), R parietal x2 (1-1.5 cm), L temporal x1 (1 cm). Exclamation-mark
hairs at the margins of the newer patches; pull test positive at the L temporal patch only.

Procedure: Intralesional triamcinolone acetonide to all 9 patches. Kenalog-10 diluted with
bacteriostatic saline to 5 mg/mL. Injected 0.1 mL per site, ~1 cm apart, intradermally. Total volume
2.4 mL = 12 mg triamcinolone. Verbal consent. Ice packs / vibration for comfort. No bleeding.

Plan: Repeat in 4-6 weeks. Continue clobetasol. Discussed JAK inhibitor option if the patches keep
multiplying (would need labs); pt wants to wait.
""",
        "expected": E([L("11901"), L("J3301", 2)]),
        "coder_note": "Intralesional injection of more than 7 lesions (9 separate patches) -> 11901 x1 (11901/"
                      "11900 is indicator 0, so never both). J3301 = ceil(12 mg / 10) = 2 units. JAK inhibitor "
                      "was only discussed.",
    },
    {
        "id": "s10-no-mixed-isotretinoin-punch-warts-html",
        "family": "mixed", "shape": "note-only",
        "description": "Cerner HTML: isotretinoin start (E/M-25), punch bx changing nevus, LN2 4 warts (17110-XS).",
        "date": "2026-05-05",
        "patient": ("Ruiz", "Camila", "2008-12-12", "female"),
        "provider": "voss", "payer": "medicaid", "em": "99214", "minutes": 45,
        "html": True,
        "conditions": [
            C("c1", "Acne vulgaris, nodulocystic, scarring", "L70.0", "face; upper back", reason=True),
            C("c2", "Changing melanocytic lesion of back", "D49.2", "mid back", reason=True),
            C("c3", "Verruca vulgaris of left hand", "B07.8", "left hand", reason=True),
        ],
        "note": """<html><body>
<h3>Dermatology Clinic Note</h3>
<p><b>Date:</b> 05/05/2026 &nbsp; <b>Provider:</b> Henrietta Voss, MD &nbsp; <b>Payer:</b> Texas Medicaid<br>
<b>Patient:</b> Camila Ruiz, 17 y.o. female, established; here with mother (guardian consent)</p>
<h4>Chief Complaint</h4>
<p>Acne not better; mole on back looks different; warts on left hand</p>
<h4>History of Present Illness</h4>
<ul>
<li><b>Acne:</b> nodulocystic acne of the face and upper back for 3 years with new ice-pick and rolling scars.
Completed doxycycline 100 mg BID x 4 months (ended 02/2026) plus adapalene/BPO gel and tretinoin; still
new nodules weekly. Mood good; PHQ-2 negative. Not sexually active; periods regular.</li>
<li><b>Back mole:</b> mother noticed it is darker and bigger than last summer.</li>
<li><b>Warts:</b> 4 warts on the left hand, two painful when writing, spreading over 6 months despite OTC
salicylic acid.</li>
</ul>
<h4>Exam</h4>
<table border="1">
<tr><th>Site</th><th>Finding</th></tr>
<tr><td>Face, upper back</td><td>inflammatory papules, 6 nodules/cysts, atrophic and ice-pick scars</td></tr>
<tr><td>Mid back</td><td>8 mm irregularly pigmented papule, asymmetric, two shades of brown</td></tr>
<tr><td>L hand</td><td>verrucous papules: thumb x1, index x2, palm x1 (4 total)</td></tr>
</table>
<h4>Assessment and Plan</h4>
<ol>
<li><b>Nodulocystic acne with scarring (L70.0)</b>, failed oral antibiotic + topical retinoid: start isotretinoin.
Registered in iPLEDGE (female of reproductive potential); two forms of contraception counselling,
abstinence chosen as primary with backup; first urine hCG negative today, second confirmatory test in 30 days.
Baseline fasting lipid panel, hepatic function panel ordered. Side effects reviewed (dryness, cheilitis, myalgia,
mood changes, night vision, pseudotumor). Plan isotretinoin 20 mg daily after the second negative test.
Medicaid PA submitted.</li>
<li><b>Changing pigmented papule, mid back</b> - rule out dysplastic nevus / melanoma. <u>Punch biopsy</u>: consent
signed by mother; 1% lidocaine with epi; 4 mm punch to subcutis; one 4-0 nylon suture; specimen to dermpath.</li>
<li><b>Verruca vulgaris x4, L hand</b>, painful and spreading: <u>liquid nitrogen</u> to all 4 warts, 2 freeze-thaw
cycles. Verbal consent. Return in 3-4 weeks for repeat.</li>
</ol>
<p>Follow-up: 30 days (iPLEDGE). Suture removal 10-14 days (may be done at the 30-day visit if healed).</p>
<p><i>Electronically signed by Henrietta Voss, MD on 05/05/2026 18:02</i></p>
</body></html>""",
        "expected": E([L("99214", 1, "25"), L("11104"), L("17110", 1, "XS")]),
        "coder_note": "Isotretinoin start (iPLEDGE, labs, drug with intensive monitoring) is significant, separately "
                      "identifiable work -> 99214-25 (GS-3). Punch biopsy of the back lesion = 11104; LN2 to 4 "
                      "warts = 17110 x1 (DS-2). 11104/17110 is PTP indicator 1 with 17110 in column 2, different "
                      "lesion -> 17110-XS.",
    },
    {
        "id": "s10-no-paring-five-corns-calluses",
        "family": "paring", "shape": "note-only",
        "description": "Five corns/calluses pared (a sixth not treated): 11057.",
        "date": "2026-04-20",
        "patient": ("Templeton", "Gail", "1964-01-07", "female"),
        "provider": "santos", "payer": "commercial-aetna", "minutes": 20,
        "conditions": [
            C("c1", "Corns and callosities of feet, painful", "L84", "bilateral feet", reason=True),
        ],
        "note": """Foot lesions f/u - dictated - 04/20/2026 - Rafael Santos, MD

Mrs. Templeton is a 62-year-old retired nurse seen again for painful corns and calluses; she walks
4 miles a day and has hammertoes. Last paring was in January. She has been using the silicone toe
sleeves, which help the fifth toes. She has no diabetes and no neuropathy; pedal pulses are good.

On examination there is a hard corn on the dorsal right fifth toe PIP joint, a hard corn on the
dorsal left fifth toe PIP joint, a soft corn in the left fourth web space, a callus under the right
second metatarsal head and a callus under the left second metatarsal head. None show pinpoint
bleeding or disruption of skin lines. There is also a thin callus on the right medial heel, which is
not tender, and she asked that it be left alone.

After discussion, I pared the five painful lesions listed above with a #15 blade down to
normal-appearing skin, enucleating the cores of the corns. No bleeding. The heel callus was not
treated.

Plan: continue toe sleeves, metatarsal pads provided, wider toe-box shoes; podiatry referral for
hammertoe correction if she wishes. Return in about three months.
""",
        "expected": E([L("11057")]),
        "coder_note": "Paring of more than 4 benign hyperkeratotic lesions -> 11057 x1 (section 4.8; 5 lesions "
                      "pared, the heel callus explicitly untreated). Commercial payer.",
    },
    {
        "id": "s10-no-patch-test-65-allergens",
        "family": "patch-test", "shape": "note-only",
        "description": "Patch test application: 50 baseline + 15 supplemental allergens = 95044 x65.",
        "date": "2026-05-18",
        "patient": ("Whitley", "Bernard", "1958-03-30", "male"),
        "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40,
        "conditions": [
            C("c1", "Allergic contact dermatitis, unspecified cause, suspected", "L23.9", "hands; forearms",
              reason=True),
        ],
        "note": """PATCH TEST - APPLICATION DAY
Date: 05/18/2026  |  June Abernathy, MD  |  Humana Gold Plus HMO
Bernard Whitley, 68M, retired machinist; hand and forearm dermatitis x 2 yrs, flares with gardening
and woodworking. Prior treatment: topical steroids with partial benefit. No systemic immunosuppressants;
no prednisone in the last 6 weeks; back not sun-exposed.

Patches applied to the upper back with Finn Chambers on Scanpor tape:
  - North American baseline series: 50 allergens
  - Supplemental series (rubber accelerators / epoxy / plant and wood): 15 allergens
  TOTAL PATCHES APPLIED: 65
Positions marked with surgical marker and photographed.

Instructions: keep the back dry, avoid sweating, no topical steroid on the back; remove at 48 h.
Readings scheduled 05/20 (48 h) and 05/22 (96 h). Delayed reading at day 7 if metals/steroids suspected.
A cutting-fluid series was considered but not applied (pt no longer exposed).
""",
        "expected": E([L("95044", 65)]),
        "coder_note": "95044 units = number of allergens applied: 50 + 15 = 65 (conventions; within MUE 90). The "
                      "cutting-fluid series was not applied; reading visits are part of the test.",
    },
    {
        "id": "s10-no-photo-puva-palmoplantar-covered",
        "family": "phototherapy", "shape": "note-only",
        "description": "Hand/foot PUVA for disabling palmoplantar psoriasis after failed topicals and NB-UVB, improving: 96912.",
        "date": "2026-03-27",
        "patient": ("Lockhart", "Vernon", "1949-10-10", "male"),
        "provider": "abernathy", "payer": "medicare", "minutes": 20,
        "conditions": [
            C("c1", "Palmoplantar plaque psoriasis, intractable and disabling", "L40.0", "palms; soles",
              reason=True),
        ],
        "note": """Phototherapy unit - PUVA treatment note
03/27/2026 | supervising: June Abernathy MD (in suite) | Medicare Part B

Pt: Vernon Lockhart, 76M. Severe hyperkeratotic plaque psoriasis of palms and soles with painful
fissures; unable to grip tools or walk > 1 block at baseline (disabling). Failed: clobetasol ointment
under occlusion x 3 mo, calcipotriene, coal tar, urea 40%, and a 30-session course of NB-UVB to hands
and feet (ended 11/2025, no meaningful response). Acitretin not an option (hyperlipidemia, CKD 3a).

PUVA course started 02/16/2026, hand/foot unit, oral methoxsalen 0.4 mg/kg (40 mg) taken 90 min before
exposure; UV-protective glasses worn from ingestion through the rest of the day.
Treatment #16 today. UVA dose 5.0 J/cm2 palms, 6.0 J/cm2 soles (unchanged - mild erythema of L sole at tx
#15). No nausea.

Response: fissures healed on both hands, scale reduced ~60%; now walking 6 blocks; modified palmoplantar
PGA from 4 to 2. Improvement documented with photos (03/02, 03/27).

Plan: continue 2x/week, taper to 1x/week at clearance. Eye exam done 01/2026. Skin cancer check q6 mo.
""",
        "expected": E([L("96912")]),
        "coder_note": "PUVA = 96912 (section 4.8). NCD 250.1 (PHOTO-1): covered for intractable, disabling "
                      "psoriasis after failure of conventional treatment (topicals, tar, NB-UVB documented), and "
                      "continuing past 30 days is supported by documented improvement -> no GA/GZ.",
    },
    {
        "id": "s10-no-postop-79-new-lesion-bx-in-global",
        "family": "post-op", "shape": "note-only",
        "description": "Day 6 after a shoulder cyst excision, shave bx of a new unrelated shin lesion: 11102-79.",
        "date": "2026-06-07",
        "patient": ("Cartwright", "Roland", "1947-12-03", "male"),
        "provider": "chen", "payer": "medicare-ngs", "minutes": 20,
        "conditions": [
            C("c1", "Bleeding scaly papule of right shin, rule out squamous cell carcinoma", "D49.2",
              "right shin", reason=True),
        ],
        "prior": [
            PRIOR("2026-06-01", "11403", "Excision epidermoid cyst L shoulder", "L shoulder"),
            PRIOR("2026-06-01", "12032", "Intermediate repair L shoulder 4.0 cm", "L shoulder"),
        ],
        "note": """Clinic note 06/07/2026 - Wei Chen, MD - NGS Medicare
Roland Cartwright, 78M.

Came in today (not a scheduled visit) because his wife noticed a scaly bump on his R shin that bled on
the sheets twice this week. He says it has been there 2 months and is growing.
For reference, he had an epidermoid cyst excised from the L shoulder here on 06/01; sutures stay in
until the 14-day mark (06/15 visit already booked) and the shoulder was not examined or dressed today.

Exam (R lower leg): 8 mm pink hyperkeratotic papule with a central crust, R mid shin; no other
similar lesions on the legs.

Impression: new lesion R shin, r/o SCC vs irritated SK / hypertrophic AK.

Procedure: Shave (tangential) biopsy, R shin. Written consent. 1% lidocaine w/ epi. Lesion sampled
tangentially to mid dermis with a DermaBlade; hemostasis with AlCl; petrolatum and bandage. Specimen
to pathology.

Will call with results; if SCC, will discuss excision vs ED&C. Keep the 06/15 suture-removal visit.
""",
        "expected": E([L("11102", 1, "79")], topics=["global-period"]),
        "coder_note": "GS-5: the 11403/12032 done on 06/01 carries a 010 global; a procedure for a new, unrelated "
                      "lesion during it takes 79. One tangential biopsy = 11102. The cyst site was not treated "
                      "today, so no post-op line.",
    },
    {
        "id": "s10-no-shave-three-lesions-html-table",
        "family": "shave", "shape": "note-only",
        "description": "HTML table: shave removals flank SK 1.1 cm (11302), finger PG 0.4 cm (11305), eyebrow nevus 0.8 cm (11311).",
        "date": "2026-06-10",
        "patient": ("Ballard", "Simone", "1971-04-04", "female"),
        "provider": "ramirez", "payer": "commercial-cigna", "minutes": 30,
        "html": True,
        "conditions": [
            C("c1", "Inflamed seborrheic keratosis of right flank", "L82.0", "right flank", reason=True),
            C("c2", "Pyogenic granuloma of right index finger", "L98.0", "right index finger", reason=True),
            C("c3", "Irritated intradermal nevus of left eyebrow", "D22.39", "left eyebrow", reason=True),
        ],
        "note": """<div class="note"><p><b>DERMATOLOGY PROCEDURE NOTE</b><br/>DOS: 06/10/2026<br/>Sofia Ramirez, MD<br/>
Simone Ballard, 55 F - Cigna OAP</p>
<p><b>Subjective:</b> Three bothersome growths. The R flank lesion catches on her waistband and has been red and
sore for 3 weeks. The R index finger bump appeared 4 weeks ago after a paper cut, bleeds with minor contact and
soaked two bandages last week. The L eyebrow mole is snagged by tweezers/eyebrow threading, gets inflamed and bled
last month.</p>
<p><b>Exam / procedures</b> (consent signed for all; 1% lidocaine with epinephrine):</p>
<table>
<tr><th>#</th><th>Site</th><th>Clinical</th><th>Size</th><th>Procedure</th></tr>
<tr><td>1</td><td>R flank</td><td>inflamed, crusted SK</td><td>1.1 cm</td><td>shave removal, AlCl</td></tr>
<tr><td>2</td><td>R index finger, radial pad</td><td>friable red papule c/w pyogenic granuloma</td><td>0.4 cm</td>
<td>shave removal flush with skin, base electrodesiccated for hemostasis</td></tr>
<tr><td>3</td><td>L eyebrow (lateral)</td><td>dome-shaped flesh-colored nevus, eroded</td><td>0.8 cm</td>
<td>shave removal, AlCl</td></tr>
</table>
<p>No sutures. All three specimens sent to dermatopathology. Petrolatum and bandages.</p>
<p><b>Not done today:</b> several small SKs on the back that are asymptomatic - she was told these are benign and
need no treatment.</p>
<p><b>Plan:</b> wound care sheet; results on portal in 1 week; return if the finger lesion regrows.</p></div>""",
        "expected": E([L("11302"), L("11305"), L("11311")]),
        "coder_note": "SH-1, one code per lesion by site group and diameter: flank (TAL) 1.1 cm -> 11302; finger "
                      "(hand, SNHFG) 0.4 cm -> 11305 (electrodesiccation for hemostasis is included); eyebrow "
                      "(face, FEENLM) 0.8 cm -> 11311. All symptomatic (BSL-3). Asymptomatic back SKs untreated.",
    },
]
