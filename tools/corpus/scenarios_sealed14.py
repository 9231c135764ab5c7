"""Sealed held-out set sealed-14 (prefix s14-): a payer special-investigations sample of claims from many small
practices, each with its own note template. Expected answers come from the rule book (sections 2-7, 10), the
coding conventions and the corpus README "Coding decisions" only."""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# 1. biopsy, note-only: lettered lesions, two of four sampled (saucerization + punch)
SCENARIOS.append({
    "id": "s14-bx-lettered-saucer-punch-two-observed",
    "family": "biopsy", "shape": "note-only",
    "description": "Four lettered lesions; A saucerized, B punched, C and D only examined.",
    "date": "2026-02-03",
    "patient": ("Delacroix", "Renee", "1979-03-14", "female"),
    "provider": "okafor", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic compound nevus, left upper back", "D22.5", "left upper back", reason=True),
        C("c2", "Basal cell carcinoma, right lateral thigh", "C44.712", "right lateral thigh", reason=True),
        C("c3", "Benign melanocytic nevus, right upper arm", "D22.61", "right upper arm"),
        C("c4", "Dermatofibroma, left medial ankle", "D23.72", "left medial ankle"),
    ],
    "path": [
        {"text": "A. Skin, left upper back, saucerization: compound dysplastic nevus with moderate architectural "
                 "and cytologic atypia; peripheral margin involved.", "site": "left upper back",
         "date": "2026-02-06"},
        {"text": "B. Skin, right lateral thigh, punch: basal cell carcinoma, superficial and nodular patterns.",
         "site": "right lateral thigh", "date": "2026-02-06"},
    ],
    "note": """LAKESHORE SKIN ASSOCIATES -- Progress Note
Pt: Delacroix, Renee    DOB 03/14/1979    DOS 02/03/2026
Visit type: new problem, established pt (last seen 2023 for acne)
CC: "spots on my back and leg my husband noticed"

HPI: 46 y/o F presents for several lesions. Husband thinks a dark spot on her left upper back has gotten darker
since fall. Also a pink scaly bump on the outside of the right thigh for ~4 months that bleeds when she shaves.
No personal history of skin cancer. Mother had a BCC removed from her nose.

PMH: hypothyroidism.   Meds: levothyroxine 75 mcg daily.   Allergies: sulfa (rash).
ROS: denies fevers, night sweats, weight loss. Skin per HPI.

EXAM: focused exam of back, arms and legs. Fitzpatrick II.
  Lesion A - left upper back, scapular: 6 mm irregularly pigmented macule, asymmetric; dermoscopy shows an
             atypical network with a focal regression area.
  Lesion B - right lateral thigh: 4 mm pink, scaly, faintly pearly papule; arborizing vessels on dermoscopy.
  Lesion C - right upper arm: 5 mm evenly brown macule, symmetric reticular pattern. Pt says unchanged for years.
  Lesion D - left medial ankle: 6 mm firm tan papule, dimples on lateral pressure.

ASSESSMENT / PLAN
  A. Atypical pigmented lesion L upper back, r/o dysplastic nevus vs early melanoma -> saucerization bx today.
  B. Pink papule R lateral thigh, r/o BCC -> punch bx today.
  C. Benign-appearing nevus R upper arm -> no biopsy; baseline photo taken, recheck 6 mo.
  D. Dermatofibroma L ankle -> reassurance. Would sample only if it changes.

PROCEDURES
  Consent: bleeding, infection, scarring, recurrence and possible need for further surgery reviewed; pt
  verbalized understanding and signed the consent form. Time-out performed.
  A: alcohol prep, 1 mL 1% lidocaine with epinephrine. Saucerization biopsy with a flexible blade into the
     mid dermis for diagnosis. Aluminum chloride for hemostasis. Petrolatum and bandage. Specimen A to
     pathology.
  B: alcohol prep, 0.5 mL 1% lidocaine with epinephrine. 4 mm punch to subcutaneous fat, one 4-0 nylon
     simple interrupted suture. Specimen B to pathology.
  EBL minimal. Tolerated well. Written wound-care handout given. Suture out in 10-14 days.
  Will call with results; if A shows severe atypia or melanoma we will schedule excision.
""",
    "expected": E([L("11104", 1), L("11103", 1)]),
    "coder_note": "BX-1/BX-2: two biopsies of two lesions, punch (B) outranks tangential/saucerization (A): 11104 "
                  "+ 11103. Lesions C and D were only examined; 'would sample only if it changes' is a plan. "
                  "No E/M selected.",
})

# ---------------------------------------------------------------------------------------------------------------
# 2. biopsy, pre-coded: EMA still sends deleted 11100/11101
SCENARIOS.append({
    "id": "s14-bx-ema-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "EMA exported deleted biopsy codes for a punch of the forearm and a shave of the chest.",
    "date": "2026-01-12",
    "patient": ("Thorsby", "Gunnar", "1948-09-02", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left dorsal forearm", "D04.62", "left dorsal forearm",
          reason=True),
        C("c2", "Inflamed seborrheic keratosis, right upper chest", "L82.0", "right upper chest", reason=True),
    ],
    "procedures": [
        P("Skin bx, first lesion", cpt="11100", site="L dorsal forearm",
          note="3mm punch. 1 x 4-0 nylon. Spec #1.", reasons=["c1"]),
        P("Skin bx, addl lesion", cpt="11101", site="R upper chest",
          note="tangential shave bx, AlCl hemostasis. Spec #2.", reasons=["c2"]),
    ],
    "path": [
        {"text": "#1 L dorsal forearm, punch: squamous cell carcinoma in situ (Bowen type), extends to base.",
         "site": "left dorsal forearm", "date": "2026-01-15"},
        {"text": "#2 R upper chest, shave: irritated seborrheic keratosis with squamous eddies.",
         "site": "right upper chest", "date": "2026-01-15"},
    ],
    "note": """EMA VISIT NOTE  |  01/12/2026  |  Thorsby, Gunnar  |  77 yo M
Chief Complaint: Lesion check x2
History of Present Illness: Scaly red patch L forearm x 6 mo, not healing with OTC hydrocortisone. Crusted,
itchy, sometimes bleeding brown growth R upper chest that catches on his seat belt.
Exam: L dorsal forearm 1.1 cm erythematous scaly plaque. R upper chest 0.8 cm verrucous stuck-on papule with
hemorrhagic crust and surrounding erythema.
Impression: 1) r/o SCCIS vs superficial BCC, L forearm. 2) irritated ISK vs SCC, R chest.
Plan: Bx both today. Pt consented.
Procedure Details (auto-populated):
  Site 1: L dorsal forearm | Method: punch 3 mm | Anesthesia: lido 1% w/ epi | Closure: 4-0 nylon x1
  Site 2: R upper chest | Method: shave (tangential) | Anesthesia: lido 1% w/ epi | Hemostasis: AlCl
Follow-up: 2 wks, results by portal.
""",
    "expected": E([L("11104", 1), L("11103", 1)], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 were deleted 31 Dec 2018. Punch of site 1 is the primary (11104); the shave "
                  "biopsy of a different lesion is the tangential add-on 11103 (BX-2).",
})

# ---------------------------------------------------------------------------------------------------------------
# 3. biopsy, free-text: incisional wedge + two punches of three different lesions
SCENARIOS.append({
    "id": "s14-bx-wedge-shin-two-punches",
    "family": "biopsy", "shape": "free-text",
    "description": "Deep wedge biopsy of a shin nodule plus punch biopsies of two other lesions.",
    "date": "2026-02-18",
    "patient": ("Okoro", "Chiamaka", "1986-06-21", "female"),
    "provider": "ramirez", "payer": "commercial-aetna", "minutes": 50,
    "conditions": [
        C("c1", "Tender nodule, right anterior shin", "R22.41", "right anterior shin", reason=True),
        C("c2", "Annular plaque, left volar forearm", "L98.9", "left volar forearm", reason=True),
        C("c3", "Papule, upper back", "L98.9", "upper back", reason=True),
    ],
    "procedures": [
        P("Wedge bx, deep", site="right anterior shin",
          note="Fusiform wedge with #15 blade through dermis into subcutaneous fat to sample septa; 2.0 cm long. "
               "Closed with two 4-0 nylon simple interrupted. Specimen 1 (formalin).", reasons=["c1"]),
        P("Punch bx 4 mm", site="left volar forearm",
          note="4 mm punch from the active border of the annular plaque. One 5-0 nylon. Specimen 2.",
          reasons=["c2"]),
        P("Punch bx 4 mm", site="left upper back, paraspinal",
          note="4 mm punch of a separate violaceous papule. One 4-0 nylon. Specimen 3.", reasons=["c3"]),
    ],
    "note": """Dermatology Consultation - requested by Dr. P. Amundsen (Rheumatology)

Reason for consult: painful nodules on legs with annular plaques elsewhere; ? sarcoidosis vs erythema nodosum
vs granuloma annulare.

Ms. Okoro is a 39-year-old woman with six weeks of tender red lumps on both shins that come and go, preceded by
a sore throat and mild ankle aching. She also has a slowly expanding ring-shaped plaque on the left forearm and
a few firm purple bumps on the upper back. Chest x-ray ordered by rheumatology is pending. She takes an
oral contraceptive. No cough, fevers or eye symptoms.

On examination there are several 2-3 cm poorly defined, warm, tender subcutaneous nodules on the anterior shins,
the largest on the right. The left volar forearm has a 4 cm annular plaque with a beaded, skin-colored border.
There are three 5-7 mm violaceous firm papules on the left paraspinal upper back.

Impression: panniculitis (favor erythema nodosum) vs nodular sarcoid; annular plaque (GA vs sarcoid); back
papules (sarcoid?). Tissue will settle it. Because a septal panniculitis needs fat, a punch is not adequate
for the shin, so a deep wedge was taken; the forearm and back lesions were punched. Details are in the procedure
entries. Consent signed after discussion of scarring, infection and the possibility of a nondiagnostic sample.

Recommendations sent to rheumatology: await pathology; ACE level and chest imaging as planned; NSAIDs for the
shin pain. Suture removal in 14 days (shin) and 10 days (arm, back).
""",
    "expected": E([L("11106", 1), L("11105", 2)]),
    "coder_note": "BX-1/BX-2: three separate lesions. The deep blade wedge is incisional (11106, primary); the "
                  "two punches of two other lesions are 11105 x2 (AOC 11105 -> 11106). Simple closures included.",
})

# ---------------------------------------------------------------------------------------------------------------
# 4. cosmetic, note-only: Medicare FFS, asymptomatic SKs frozen at patient request, voluntary ABN
SCENARIOS.append({
    "id": "s14-cos-sk-cryo-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Five asymptomatic facial SKs frozen for appearance; Medicare FFS with a voluntary ABN.",
    "date": "2026-01-27",
    "patient": ("Whitcombe", "Marjorie", "1951-11-30", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, forehead and temples", "L82.1", "forehead and temples", reason=True),
        C("c2", "Cherry angiomas, trunk", "D18.01", "trunk"),
    ],
    "note": """Dictated by Dr. Chen, transcribed 01/27/2026.

Mrs. Whitcombe is a 74-year-old woman I follow for rosacea, which is quiet on her current regimen and was not
addressed today. She came in specifically because she dislikes the brown crusty spots on her forehead and
temples; she says they make her look older and she would like them gone before her granddaughter's wedding.
On direct questioning none of them itch, bleed, hurt, catch on clothing or glasses, or have changed in size or
color in several years. She has not picked at them.

On examination of the face there are five waxy, stuck-on, tan to light brown keratotic papules measuring 4 to
9 millimeters: three on the forehead and one on each temple. None is inflamed, crusted, eroded or irritated,
and all have classic dermoscopic features of seborrheic keratosis (milia-like cysts, comedo-like openings, sharp
demarcation). There are also a handful of cherry angiomas scattered on the trunk that she does not want treated.

I explained that these are benign, that removing them for appearance alone is considered cosmetic, and that
Medicare will not pay for it. She understood, read and signed a voluntary Advance Beneficiary Notice stating
that she expects to pay out of pocket, and she asked us to go ahead.

Liquid nitrogen was applied to each of the five seborrheic keratoses with a cryo-spray, two freeze-thaw cycles
of about 8 seconds each. Expected blistering, crusting and possible light or dark spots afterwards were
discussed. Petrolatum twice daily until healed.

Impression: seborrheic keratoses of the face, asymptomatic, removed at patient request for cosmetic reasons.
Plan as above; she will return in June for her routine rosacea follow-up.
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "DS-2: five benign lesions destroyed = 17110 x1. BSL-2/COS-2/COS-4: asymptomatic SKs removed for "
                  "appearance are statutorily excluded (cosmetic); Medicare FFS -> GY, plus GX because a voluntary "
                  "ABN is documented. Rosacea not addressed; no E/M selected.",
})

# ---------------------------------------------------------------------------------------------------------------
# 5. cosmetic, pre-coded: commercial superficial facial peel for photoaging, self-pay package
SCENARIOS.append({
    "id": "s14-cos-glycolic-peel-cigna-removed",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Superficial facial peel for fine lines from an aesthetic package, sent to a commercial payer.",
    "date": "2026-03-05",
    "patient": ("Vantongeren", "Lise", "1983-04-09", "female"),
    "provider": "baptiste", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Encounter for cosmetic procedure", "Z41.1", "face", reason=True),
        C("c2", "Photoaging of facial skin", "L57.8", "face"),
    ],
    "procedures": [
        P("Facial peel, superficial", cpt="15788", site="full face",
          note="Glycolic acid 35%, 3 min contact, neutralized. Session 2 of 4 in the prepaid Radiance package.",
          reasons=["c1"]),
    ],
    "note": """AESTHETIC SERVICES -- Treatment Record
Client: Lise Vantongeren   Date: 03/05/2026   Provider: M. Baptiste, MD
Service: [x] Chemical peel  [ ] Neurotoxin  [ ] Filler  [ ] Laser
Indication: [ ] Acne  [ ] Actinic damage with AKs  [x] Fine lines / dullness / texture (cosmetic)
Medical diagnosis requiring treatment: none
Package: Radiance peel series, prepaid by client (session 2 of 4)
Pre-treatment: no retinoid x 5 days, no active HSV, no isotretinoin in past 12 months. Consent on file.
Procedure: skin degreased with acetone. Glycolic acid 35% applied forehead > cheeks > chin, 3 minutes, mild
even erythema, no frosting, neutralized with bicarbonate solution, cool compress, mineral SPF 50.
Tolerance: mild stinging 3/10.  Next session: 4 weeks.
Notes: client asked front desk to "try her insurance" for this session.
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "COS-2/BPM16: peel for fine lines and texture with no medical diagnosis is cosmetic. Commercial "
                  "payer -> the line is removed and the patient is billed directly (conventions, non-Medicare "
                  "cosmetic). Nothing goes on the claim.",
})

# ---------------------------------------------------------------------------------------------------------------
# 6. destruction, pre-coded: 17000 + 17003 x16 for 17 AKs
SCENARIOS.append({
    "id": "s14-ds-ema-17003-sixteen-to-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "Seventeen AKs frozen; EMA sent the first-lesion code plus sixteen add-on units.",
    "date": "2026-01-20",
    "patient": ("Brannigan", "Desmond", "1945-02-17", "male"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses, scalp, forehead and hands", "L57.0", "scalp, forehead, hands",
                     reason=True)],
    "procedures": [
        P("AK cryo, 1st", cpt="17000", site="scalp", reasons=["c1"]),
        P("AK cryo, each addl", cpt="17003", site="scalp; forehead; dorsal hands",
          note="Units billed: 16", reasons=["c1"]),
    ],
    "note": """Destruction Log -- EMA
DOS 01/20/2026   Pt: Brannigan, Desmond (80 M)   Dx: AK (L57.0)
Method: LN2 cryospray, 2 cycles, ~10 s each
Lesion count by site:
   Scalp (crown and vertex) ........ 9
   Forehead ....................... 4
   R dorsal hand .................. 2
   L dorsal hand .................. 2
   TOTAL .......................... 17
Consent: verbal + written.  Post-care sheet given.
Comments: Many more thin AKs on the scalp were not treated today; pt would like field therapy (5-FU) in the
spring instead. Rx not sent yet -- will discuss at next visit.
""",
    "expected": E([L("17004", 1)], topics=["coding-correction"]),
    "coder_note": "DS-1: 17 premalignant lesions = 17004 x1, reported instead of 17000/17003 (17004/17000 and "
                  "17004/17003 are indicator 0). 5-FU is a future plan.",
})

# ---------------------------------------------------------------------------------------------------------------
# 7. destruction, note-only: telegraphic, AK counts spread over three sites
SCENARIOS.append({
    "id": "s14-ds-ak-telegraphic-nine",
    "family": "destruction", "shape": "note-only",
    "description": "Telegraphic follow-up; nine AKs frozen across three sites, a cheek papule deferred.",
    "date": "2026-02-10",
    "patient": ("Kowalczyk", "Stanislaw", "1950-07-25", "male"),
    "provider": "nakamura", "payer": "medicare-advantage-ppo", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "scalp, left hand, right ear", reason=True),
        C("c2", "Papule of right cheek", "L98.9", "right cheek"),
    ],
    "note": """f/u AKs.  s/p LN2 both forearms 8/2025 -- cleared, no recurrence.
New rough spots on head + hand x 2 mo.
PE:
 - vertex scalp: gritty erythematous papules, count 5
 - L dorsal hand: three more, thicker
 - R helix: single thin AK
 - R cheek: 4 mm pink shiny papule, no ulcer. ?BCC
A/P:
 # AKs (scalp 5 / L hand 3 / R helix 1): LN2 today, 2 x 10 sec each. Blister/crust/hypopig reviewed. ok'd.
 # R cheek papule: offered bx -- pt declines today, wants to see if it goes away. Recheck 6 wk, bx then if
   still there.
 # photoprotection reviewed, wide-brim hat.
RTC 6 wk.
""",
    "expected": E([L("17000", 1), L("17003", 8)]),
    "coder_note": "DS-1: 5 + 3 + 1 = 9 AKs -> 17000 + 17003 x8. Cheek papule: biopsy declined, nothing done.",
})

# ---------------------------------------------------------------------------------------------------------------
# 8. destruction, free-text: ED&C of biopsy-proven sBCC and SCCIS on trunk/arm, sized by final defect
SCENARIOS.append({
    "id": "s14-ds-edc-sbcc-back-sccis-forearm",
    "family": "destruction", "shape": "free-text",
    "description": "Curettage and desiccation of two biopsy-proven malignancies, coded by final defect size.",
    "date": "2026-03-02",
    "patient": ("Esterhuizen", "Pieter", "1958-12-04", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper back", "C44.519", "left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right dorsal forearm", "D04.61", "right dorsal forearm",
          reason=True),
    ],
    "procedures": [
        P("ED&C", site="left upper back",
          note="Biopsy-proven superficial BCC (bx 02/09/2026). Clinical lesion 0.9 cm. Three cycles of curettage "
               "and electrodesiccation. Final defect 1.4 cm.", reasons=["c1"]),
        P("ED&C", site="right dorsal forearm",
          note="Biopsy-proven SCC in situ (bx 02/09/2026). Lesion 0.6 cm; after 3 cycles the final defect "
               "measured 1.0 cm.", reasons=["c2"]),
    ],
    "note": """S: Here for treatment of the two skin cancers biopsied last month. Prefers scraping/burning over
surgery; understands the cure rate discussion (about 90-95% for these subtypes) and that Mohs or excision
were the alternatives.
O: Well-healed biopsy sites L upper back and R dorsal forearm with residual pink scaly patches.
A: 1. sBCC L upper back.  2. SCCIS R dorsal forearm.
P: ED&C both today, details in procedure entries. Wounds to heal by second intention, petrolatum daily,
expect 3-4 weeks. Full skin exam due in May.
""",
    "expected": E([L("17262", 1), L("17261", 1)]),
    "coder_note": "DS-4: malignant destruction by site group (both trunk/arm = TAL) and size, using the final "
                  "curettage defect: 1.4 cm -> 17262, 1.0 cm -> 17261.",
})

# ---------------------------------------------------------------------------------------------------------------
# 9. em, note-only: Epic bulleted; psoriasis biologic start with labs + one wart frozen -> E/M-25
SCENARIOS.append({
    "id": "s14-em-psoriasis-biologic-start-wart-cryo",
    "family": "em", "shape": "note-only",
    "description": "Psoriasis flare with biologic start and screening labs; one finger wart frozen same visit.",
    "date": "2026-02-24",
    "patient": ("Lindahl", "Marcus", "1990-10-13", "male"),
    "provider": "adeyemi", "payer": "commercial", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis", "L40.0", "trunk and extremities", reason=True),
        C("c2", "Common wart, left index finger", "B07.8", "left index finger", reason=True),
    ],
    "note": """DERMATOLOGY OFFICE VISIT
@NAME@ ... Marcus Lindahl, 35 y.o. male
VISIT DATE: 2/24/2026     PCP: Halloran, T

CHIEF COMPLAINT
- Psoriasis flare
- "Wart on my finger"

HISTORY OF PRESENT ILLNESS
- Plaque psoriasis dx 2017. Failed clobetasol + calcipotriene (tachyphylaxis), completed 36 NB-UVB sessions
  in 2024 with only partial response, stopped because of work schedule.
- Worse x 3 mo; now on elbows, knees, lower back, scalp, umbilicus. Itch 7/10, missing sleep.
- No joint pain or morning stiffness.
- Separately: rough bump L index finger x 4 mo, tender when typing. Duct tape tried.

REVIEW OF SYSTEMS
- Negative for fever, weight loss, recurrent infections, cough. No personal/family hx of demyelinating disease.

PHYSICAL EXAM
- Well-demarcated erythematous plaques with silvery scale: bilateral elbows/knees, lumbosacral, scalp margin,
  periumbilical. BSA ~12%, PGA 3.
- Nails: scattered pits, no onycholysis.
- L index finger, radial side: 5 mm verrucous papule with thrombosed capillaries.

ASSESSMENT AND PLAN
- Plaque psoriasis, moderate-severe, uncontrolled on topicals, failed phototherapy
  - Discussed biologic options (IL-23, IL-17, TNF) incl. infection risk and injection schedule; chose
    risankizumab.
  - Ordered QuantiFERON-TB Gold, hepatitis B sAg/cAb, hepatitis C Ab, CBC w/diff, CMP.
  - Reviewed CMP and lipids from PCP (11/2025): normal.
  - Prior auth started; continue clobetasol 0.05% oint BID x 2 wk on thick plaques meanwhile.
  - ***
- Verruca vulgaris, L index finger
  - LN2 x 2 freeze-thaw cycles today after verbal consent; blister care reviewed.
- Return in 12 weeks after biologic start, sooner if labs abnormal.

Total time today 40 min.
""",
    "expected": E([L("99214", 1, "25"), L("17110", 1)]),
    "coder_note": "GS-3: the psoriasis work-up (biologic choice, TB/hepatitis labs, data review, Rx management) is "
                  "significant and separate from the wart -> 99214-25 (provider level kept). DS-2: one wart "
                  "destroyed -> 17110.",
})

# ---------------------------------------------------------------------------------------------------------------
# 10. em, note-only: Medicare FFS screening-only skin exam -> GY
SCENARIOS.append({
    "id": "s14-em-medicare-annual-skin-check-screening",
    "family": "em", "shape": "note-only",
    "description": "Asymptomatic Medicare patient without skin-cancer history asks for a yearly skin check; nothing found.",
    "date": "2026-01-08",
    "patient": ("Pellegrino", "Angela", "1957-05-03", "female"),
    "provider": "voss", "payer": "medicare-noname", "minutes": 20, "em": "99213",
    "conditions": [C("c1", "Encounter for skin cancer screening", "Z12.83", None, reason=True)],
    "note": """NORTHGATE DERMATOLOGY -- ANNUAL SKIN EXAM TEMPLATE
Patient: Angela Pellegrino   Age 68   Date 01/08/2026   Established (acne care 2019)

Reason for visit:  [x] Routine skin check, no specific concern   [ ] New/changing lesion   [ ] Follow-up
Personal hx skin cancer:  [ ] Melanoma  [ ] BCC  [ ] SCC  [x] None
Family hx melanoma:  [x] None known
Prior precancers treated:  [x] None
Immunosuppression:  [x] No
Patient concerns today:  none -- "my friend had melanoma so I wanted to be checked"

ROS (skin): denies new, changing, bleeding, itching or non-healing lesions.

Exam: total body skin examination including scalp, face, ears, trunk, genital area deferred at patient
request, extremities, palms, soles, nails. Fitzpatrick III.
Findings: no suspicious pigmented lesions; no keratotic, pearly or ulcerated lesions. Skin exam
unremarkable for age.

Assessment: skin cancer screening, normal exam.
Plan: sun protection (SPF 30+, reapply), monthly self-exam with handout; return only if new or changing
spots. No procedures. No prescriptions.
""",
    "expected": E([L("99213", 1, "GY")]),
    "coder_note": "DX-5 + README coding decision: Medicare FFS screening-only full-skin exam (no skin-cancer "
                  "history, no complaint, nothing found) is a statutory screening exclusion -> E/M kept at the "
                  "provider's level with GY.",
})

# ---------------------------------------------------------------------------------------------------------------
# 11. excision-benign, pre-coded: size band taken from the ellipse length
SCENARIOS.append({
    "id": "s14-exb-cyst-back-ellipse-length-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Recurrently inflamed back cyst; EMA sized the excision from the ellipse length.",
    "date": "2026-02-12",
    "patient": ("Haddad", "Samir", "1976-08-19", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "upper back",
                     reason=True)],
    "procedures": [
        P("Exc benign lesion trunk", cpt="11406", site="upper back, midline",
          note="ellipse 6.5 x 2.4 cm", reasons=["c1"]),
        P("Layered closure trunk", cpt="12032", site="upper back, midline", note="6.5 cm", reasons=["c1"]),
    ],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with "
                      "foreign-body giant cell reaction. Cyst wall completely excised.",
              "site": "upper back", "date": "2026-02-16"}],
    "note": """OPERATIVE NOTE -- OFFICE SURGERY
Date: 02/12/2026      Surgeon: L. Marchetti, MD      Assistant: none
Preoperative diagnosis: epidermoid cyst, upper back, inflamed x3 in past year (drained in urgent care 10/2025)
Postoperative diagnosis: same
Procedure: excision of cyst with layered closure
Anesthesia: 1% lidocaine with epinephrine 1:100,000, 12 mL, buffered
Indication: painful recurrent inflammation, drainage onto clothing; pt requests definitive removal.
Findings: firm mobile 2.2 cm subcutaneous cyst with central punctum, no current fluctuance.
Description: The lesion was measured at 2.2 cm in greatest diameter and a 1 mm margin was marked around it.
A fusiform ellipse oriented along relaxed skin tension lines (6.5 x 2.4 cm) was drawn to allow closure. After
prep and drape, the ellipse was incised, the cyst dissected free intact from surrounding fat and removed with
its wall. Hemostasis with electrocautery. The deep dermis and subcutaneous fat were closed with buried 3-0
Vicryl, and the epidermis with running 4-0 Prolene. Final linear repair length 6.5 cm. Steri-strips and
pressure dressing.
EBL: <5 mL.  Complications: none.  Specimen: cyst to pathology.
Disposition: sutures out 12-14 days; call for fever, spreading redness or bleeding.
""",
    "expected": E([L("11403", 1), L("12032", 1)], topics=["coding-correction"]),
    "coder_note": "EX-1: excised diameter = 2.2 cm + 2 x 0.1 cm = 2.4 cm, trunk benign -> 11403 (the 6.5 cm "
                  "ellipse length is not the excised diameter). EX-5/REP-2: layered closure 6.5 cm on the trunk "
                  "-> 12032, separately reportable.",
})

# ---------------------------------------------------------------------------------------------------------------
# 12. excision-benign, note-only: long dictated narrative, no headers
SCENARIOS.append({
    "id": "s14-exb-dermatofibroma-shin-dictated",
    "family": "excision-benign", "shape": "note-only",
    "description": "Dictated narrative: symptomatic leg dermatofibroma excised with 2 mm margins, simple closure.",
    "date": "2026-01-29",
    "patient": ("Fairweather", "Imogen", "1992-01-06", "female"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [C("c1", "Dermatofibroma, left lower leg", "D23.72", "left lower leg", reason=True)],
    "path": [{"text": "Skin, left lower leg, excision: dermatofibroma (benign fibrous histiocytoma), margins "
                      "free.", "site": "left lower leg", "date": "2026-02-02"}],
    "note": """This is a 34-year-old woman who returns for removal of a bump on the front of her left lower leg
that I diagnosed clinically as a dermatofibroma at her visit in December. Since then she has cut it with her
razor three more times, and each time it bled for a long while and left a sore, so she has decided she wants
it out rather than keep shaving around it. She has no bleeding disorder, takes no blood thinners, and has no
allergy to lidocaine or adhesive. Examination today shows a 0.7 centimeter firm pink-brown papule on the left
anterior lower leg with a small healing excoriation on its surface and a positive dimple sign; there is no
other lesion in the area and the surrounding skin is normal. We talked through the scar, which will be longer
than the bump itself, the chance of a widened scar on the shin, infection, and the small possibility of
recurrence, and she signed consent. After marking a 2 millimeter margin around the papule and an elliptical
extension for closure, the area was cleansed with chlorhexidine and anesthetized with 4 mL of 1% lidocaine
with epinephrine. The ellipse was excised down to the superficial fat and the specimen sent to pathology. The
wound closed easily without tension using a single layer of 4-0 nylon simple interrupted sutures; no buried
sutures were needed. Petrolatum and a pressure dressing were applied. She will keep the leg elevated this
evening, avoid shaving the area, and come back in 14 days for suture removal. I also looked at a flat brown
spot on her right calf that she asked about, which is a lentigo and needs nothing.
""",
    "expected": E([L("11402", 1)]),
    "coder_note": "EX-1: 0.7 cm + 2 x 0.2 cm = 1.1 cm, leg (TAL), benign pathology -> 11402. Single-layer closure "
                  "is simple repair, included (EX-5). Symptomatic (repeated bleeding from trauma) so not "
                  "cosmetic. Lentigo only examined.",
})

# ---------------------------------------------------------------------------------------------------------------
# 13. excision-benign, free-text: re-excision of moderately atypical nevus on the neck, layered closure
SCENARIOS.append({
    "id": "s14-exb-atypical-nevus-neck-reexcision",
    "family": "excision-benign", "shape": "free-text",
    "description": "Re-excision of a moderately atypical nevus with positive margins on the neck, layered repair.",
    "date": "2026-02-26",
    "patient": ("Quintero", "Maribel", "1988-12-22", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 45,
    "conditions": [C("c1", "Dysplastic nevus with moderate atypia, left lateral neck", "D22.4",
                     "left lateral neck", reason=True)],
    "procedures": [
        P("Re-excision atypical nevus", site="left lateral neck",
          note="Biopsy scar with faint residual pigment 0.6 cm; 3 mm margins; excised diameter 1.2 cm; to "
               "subcutaneous fat. Prior shave bx 01/22/2026: compound nevus, moderate atypia, margins involved.",
          reasons=["c1"]),
        P("Layered closure", site="left lateral neck",
          note="Buried 5-0 Monocryl dermal sutures + 6-0 nylon running epidermal. Length 2.8 cm.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left lateral neck, re-excision: residual compound dysplastic nevus with moderate "
                      "atypia; margins free (closest 2 mm).", "site": "left lateral neck", "date": "2026-03-02"}],
    "note": """Brief procedure note.  Pt 37F for re-excision of moderately atypical nevus L lateral neck (positive
margins on shave bx 1/22). Discussed observation vs re-excision; pt prefers re-excision. Consent signed.
Lidocaine 1% w/ epi 3 mL. Procedure per procedure entries. No complications. Suture removal 7 days.
""",
    "expected": E([L("11422", 1), L("12042", 1)]),
    "coder_note": "EX-3: moderate atypia = benign excision codes. EX-1: 0.6 + 2 x 0.3 = 1.2 cm, neck (SNHFG) -> "
                  "11422. REP-2: layered closure of the neck 2.8 cm -> 12042 (neck is in the 12041 group).",
})

# ---------------------------------------------------------------------------------------------------------------
# 14. excision-malignant, note-only: one-line A&P, details in a "Procedure note:" block at the end
SCENARIOS.append({
    "id": "s14-exm-bcc-upper-arm-procedure-block",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Nodular BCC upper arm excised with 4 mm margins; details only in the closing procedure block.",
    "date": "2026-02-05",
    "patient": ("Abernethy-Cole", "Graham", "1947-03-28", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 50,
    "conditions": [C("c1", "Nodular basal cell carcinoma, left upper arm", "C44.619", "left posterior upper arm",
                     reason=True)],
    "path": [{"text": "Skin, left posterior upper arm, excision: basal cell carcinoma, nodular type; all margins "
                      "negative, closest peripheral margin 3 mm.", "site": "left posterior upper arm",
              "date": "2026-02-09"}],
    "note": """Subjective: 78 yo M here for excision of biopsy-proven nodular BCC on the back of the L upper arm
(shave bx 01/14/2026). Not a Mohs candidate per our discussion: trunk/extremity location, primary, nodular,
well defined. On apixaban for AF -- held 48 h per cardiology, resumes tomorrow.
Objective: 1.3 cm pearly plaque with central crust at biopsy site, L posterior upper arm. No palpable
axillary nodes.
Assessment/Plan:
1. Nodular BCC, L posterior upper arm -- excised today with layered closure (see procedure note).
2. Hx of AKs on face -- none active today; continue sunscreen.

Procedure note:
Site: left posterior upper arm. Pre-op lesion size 1.3 cm (greatest diameter). Margins: 4 mm clinical
margins marked circumferentially. Timeout completed; consent signed after discussion of bleeding (on
anticoagulant), infection, dehiscence, scar, recurrence.
Anesthesia: 1% lidocaine w/ epinephrine, 10 mL.
Excision: fusiform excision to the level of the superficial fascia; specimen oriented with a suture at 12
o'clock and sent for permanent sections.
Repair: wound undermined 1 cm each side; deep layer closed with 4-0 Vicryl buried vertical mattress, skin
with 4-0 nylon running. Repaired length 8.0 cm.
Hemostasis: electrocautery. EBL 10 mL.
Dressing: pressure dressing, Steri-strips. Wound care reviewed. Suture removal 14 days.
""",
    "expected": E([L("11603", 1), L("12034", 1)]),
    "coder_note": "EX-1: 1.3 cm + 2 x 0.4 cm = 2.1 cm, arm, malignant (biopsy-proven BCC) -> 11603. EX-5/REP-2: "
                  "layered closure of the arm 8.0 cm -> 12034. Undermining alone does not make it complex (REP-3).",
})

# ---------------------------------------------------------------------------------------------------------------
# 15. excision-malignant, pre-coded: melanoma in situ sent with benign excision code
SCENARIOS.append({
    "id": "s14-exm-mis-back-sent-as-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Wide excision of biopsy-proven melanoma in situ exported with a benign excision code.",
    "date": "2026-03-10",
    "patient": ("Marchand", "Elodie", "1969-09-15", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 50,
    "conditions": [C("c1", "Melanoma in situ, mid back", "D03.59", "mid back", reason=True)],
    "procedures": [
        P("Excision lesion trunk", cpt="11402", site="mid back",
          note="MIS. Residual lesion/bx scar 0.8 cm, 5 mm margins.", reasons=["c1"]),
        P("Intermediate repair trunk", cpt="12032", site="mid back", note="5.5 cm layered", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, mid back, wide local excision: residual melanoma in situ, 2 mm focus; peripheral "
                      "and deep margins free, closest 4 mm.", "site": "mid back", "date": "2026-03-13"}],
    "note": """Subjective
Elodie is a 56-year-old woman here for wide local excision of melanoma in situ of the mid back, diagnosed on
shave biopsy 02/17/2026 (lentiginous pattern, margins involved). No new lesions, no weight loss.

Objective
Mid back: healed 0.8 cm biopsy scar with faint residual brown pigment at its edge. No satellite lesions. No
lymphadenopathy (cervical, axillary, inguinal).

Assessment
Melanoma in situ, mid back -- for wide local excision per NCCN (0.5-1 cm margins).

Plan / Procedure
Informed consent obtained. The scar with residual pigment (0.8 cm) was outlined and a 5 mm margin marked.
Local anesthesia with 1% lidocaine/epinephrine 8 mL. Excision to the level of fascia along a vertical ellipse.
Closure in two layers (3-0 PDS buried dermal, 4-0 nylon running); final length 5.5 cm. Tolerated well.
Specimen oriented, to dermatopathology. FSE every 6 months x 2 years.
""",
    "expected": E([L("11602", 1), L("12032", 1)], topics=["coding-correction"]),
    "coder_note": "EX-3: melanoma in situ (D03) takes malignant excision codes. EX-1: 0.8 + 2 x 0.5 = 1.8 cm, "
                  "trunk -> 11602 (not 11402). REP-2: layered closure 5.5 cm trunk -> 12032 as sent.",
})

# ---------------------------------------------------------------------------------------------------------------
# 16. excision-malignant, free-text: SCC of the scalp, resident note with attending attestation
SCENARIOS.append({
    "id": "s14-exm-scc-scalp-resident-attested",
    "family": "excision-malignant", "shape": "free-text",
    "description": "SCC of the parietal scalp excised with 4 mm margins, layered closure 5.0 cm.",
    "date": "2026-01-22",
    "patient": ("Drummond", "Alistair", "1943-10-11", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 55,
    "conditions": [C("c1", "Well-differentiated squamous cell carcinoma, left parietal scalp", "C44.42",
                     "left parietal scalp", reason=True)],
    "procedures": [
        P("Excision SCC", site="left parietal scalp",
          note="Biopsy-proven well-differentiated SCC. Lesion 1.2 cm. 4 mm margins. Excised to galea.",
          reasons=["c1"]),
        P("Layered repair", site="left parietal scalp",
          note="Galea/subcutis closed with 3-0 Monocryl buried; staples to skin. Final length 5.0 cm.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left parietal scalp, excision: invasive squamous cell carcinoma, well "
                      "differentiated, depth 1.6 mm, no perineural invasion; margins negative.",
              "site": "left parietal scalp", "date": "2026-01-26"}],
    "note": """RESIDENT PROCEDURE NOTE (PGY-3 J. Feld)
Pt: 82M, balding scalp, extensive photodamage. Bx 12/2025 L parietal scalp: well-diff SCC. Declined Mohs
referral (travel distance); prefers standard excision with margin check.
Procedure: excision with 4 mm margins + layered closure, L parietal scalp (see procedure entries).
Anesthesia: 1% lido w/ epi 15 mL. EBL 15 mL. No complications. Staples out in 10 days.
Other: multiple thin AKs on the scalp -- not treated today; will plan PDT in spring.

ATTENDING ATTESTATION: I was present for the entire procedure, examined the patient and agree with the
resident's documentation. -- A. Lindgren, MD
""",
    "expected": E([L("11622", 1), L("12032", 1)]),
    "coder_note": "EX-1/EX-2: 1.2 + 2 x 0.4 = 2.0 cm, scalp = SNHFG malignant -> 11622. REP-2: scalp is in the "
                  "intermediate 12031-12037 group; 5.0 cm -> 12032. AKs not treated, PDT is a plan.",
})

# ---------------------------------------------------------------------------------------------------------------
# 17. incision-drainage, free-text: simple I&D; E/M selected but only the abscess was addressed
SCENARIOS.append({
    "id": "s14-id-buttock-simple-em-decision-only",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Single uncomplicated buttock abscess drained; the visit only evaluated that abscess.",
    "date": "2026-02-16",
    "patient": ("Mbeki", "Thandiwe", "1995-04-30", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 25, "em": "99213",
    "conditions": [C("c1", "Cutaneous abscess of right buttock", "L02.31", "right buttock", reason=True)],
    "procedures": [
        P("I&D abscess", site="right buttock",
          note="2 cm fluctuant abscess. Single stab incision with #11 blade; moderate purulence expressed; "
               "cavity probed, no loculations; irrigated with saline; no packing required. Culture sent. "
               "Gauze dressing.", reasons=["c1"]),
    ],
    "note": """Same-day sick visit.
S: Painful "boil" R buttock x 4 days, enlarging. No fever/chills. No prior abscesses, no known MRSA exposure.
No other concerns today.
O: T 98.6. R upper inner buttock: 2 cm fluctuant, tender, erythematous nodule with 1 cm surrounding
erythema, no streaking.
A: Abscess R buttock.
P: I&D done today (verbal + written consent). Warm compresses TID. No antibiotics needed given size and no
cellulitis. Return if fever or spreading redness. Culture results by portal.
""",
    "expected": E([L("10060", 1)]),
    "coder_note": "10060: single, uncomplicated abscess (no loculations, no packing). GS-3: the visit only "
                  "evaluated the abscess and decided to drain it; that decision is included in the 010 "
                  "procedure, so the 99213 line is removed (conventions; README 'E/M removed').",
})

# ---------------------------------------------------------------------------------------------------------------
# 18. incision-drainage, note-only: loculated axillary abscess packed
SCENARIOS.append({
    "id": "s14-id-axilla-loculated-packed",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Loculated axillary abscess opened, loculations broken and cavity packed.",
    "date": "2026-03-03",
    "patient": ("Ferreira", "Joao", "1984-07-07", "male"),
    "provider": "okafor", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [C("c1", "Cutaneous abscess, left axilla", "L02.412", "left axilla", reason=True)],
    "note": """S) 41M, painful swelling L armpit 1 wk, now "the size of an egg". Tried warm packs. No DM. No prior
boils. Works as a mechanic. Took ibuprofen.
O) Afebrile. L axilla: 4 x 3 cm fluctuant, exquisitely tender mass with overlying erythema; no sinus tracts,
no scarring elsewhere in axillae or groin.
A) Abscess, L axilla -- large, likely multiloculated.
P) Procedure: incision and drainage. Consent signed. Field block 1% lido w/ epi 6 mL. 1.5 cm linear incision;
~10 mL thick purulent material evacuated, sent for culture. Hemostat introduced and several loculations broken
up. Cavity irrigated copiously with saline. Packed with 1/4-inch iodoform gauze, ~20 cm. Dry dressing.
Doxycycline 100 mg BID x 7 d given surrounding cellulitis. Nurse visit in 48 h to remove/advance packing.
""",
    "expected": E([L("10061", 1)]),
    "coder_note": "10060 vs 10061: loculations broken up and the cavity packed = complicated drainage -> 10061 "
                  "(one unit). No E/M selected.",
})

# ---------------------------------------------------------------------------------------------------------------
# 19. intralesional, note-only: numbered problem list, three keloids, Kenalog-40 volumes
SCENARIOS.append({
    "id": "s14-il-three-keloids-kenalog40-volume",
    "family": "intralesional", "shape": "note-only",
    "description": "Numbered problem list; three keloids injected with 0.5 mL of 40 mg/mL each, a scar left alone.",
    "date": "2026-01-14",
    "patient": ("Adebayo", "Kehinde", "1998-02-11", "male"),
    "provider": "lindqvist", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Keloids, presternal chest and right earlobe", "L91.0", "chest; right earlobe", reason=True),
        C("c2", "Hypertrophic scar, left shoulder", "L91.0", "left shoulder"),
    ],
    "note": """Problem-based note, 01/14/2026, K. Adebayo (27M)

Problem #1  Keloids -- presternal chest (x2) and right earlobe (x1)
   Itchy and painful, catching on shirts; the earlobe one since piercing 2022. Last injected 10/2025 with
   partial flattening.
   Exam: chest keloids 2.5 x 1.2 cm and 1.8 x 1.0 cm, firm, pink; R earlobe 1.4 cm firm nodule.
   Plan/Done: intralesional triamcinolone acetonide (Kenalog) 40 mg/mL, 0.5 mL into each of the 3 keloids,
   30-gauge needle, until blanching. Atrophy/hypopigmentation risk reviewed again; consents signed.
   Next injection in 6 weeks.

Problem #2  Hypertrophic scar -- left shoulder (BCG-type scar)
   Flat, soft, asymptomatic. Not injected. Silicone gel sheeting nightly.

Problem #3  Acne, mild comedonal -- adapalene 0.1% gel nightly (refill).
""",
    "expected": E([L("11900", 1), L("J3301", 6)]),
    "coder_note": "11900: 3 lesions injected (up to 7). J3301 per 10 mg: 3 x 0.5 mL x 40 mg/mL = 60 mg -> 6 units. "
                  "Shoulder scar not injected. No E/M selected (adapalene refill not billed).",
})

# ---------------------------------------------------------------------------------------------------------------
# 20. intralesional, pre-coded: nine alopecia patches sent as 11900 and J3301 x1
SCENARIOS.append({
    "id": "s14-il-alopecia-nine-patches-ema",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Nine alopecia areata patches injected; EMA sent the up-to-seven code and one drug unit.",
    "date": "2026-02-09",
    "patient": ("Whitaker", "Dolores", "1955-06-18", "female"),
    "provider": "ramirez", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [C("c1", "Alopecia areata, scalp", "L63.9", "scalp", reason=True)],
    "procedures": [
        P("IL injection", cpt="11900", site="scalp", reasons=["c1"]),
        P("Triamcinolone inj", cpt="J3301", site="scalp", note="qty 1", reasons=["c1"]),
    ],
    "note": """INJECTION LOG
Date 02/09/2026 | Pt D. Whitaker | Dx alopecia areata, patchy, scalp | Visit 3 of series
Drug: triamcinolone acetonide 10 mg/mL (diluted from 40 mg/mL stock)
Patches injected (0.3 mL each, 0.1 mL per site in a grid, 30G):
  1 vertex  2 vertex  3 crown L  4 crown R  5 L parietal  6 R parietal  7 occiput  8 L temporal  9 R temporal
Total volume 2.7 mL  /  total dose 27 mg
Response: regrowth of vellus hairs in patches 1-4 since last visit. No atrophy.
Next series 6 weeks. Clobetasol solution at bedtime on non-injected areas continued.
""",
    "expected": E([L("11901", 1), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "More than 7 lesions injected -> 11901, not 11900 (11901/11900 indicator 0). J3301 = ceil(27 mg / "
                  "10) = 3 units.",
})

# ---------------------------------------------------------------------------------------------------------------
# 21. intralesional, free-text: isotretinoin monitoring visit + two acne cysts injected -> E/M-25
SCENARIOS.append({
    "id": "s14-il-isotretinoin-visit-two-cysts",
    "family": "intralesional", "shape": "free-text",
    "description": "Monthly isotretinoin visit with lab review and dose change; two acne cysts injected.",
    "date": "2026-03-09",
    "patient": ("Castellane", "Hugo", "2006-11-02", "male"),
    "provider": "chen", "payer": "commercial-cigna", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Nodulocystic acne vulgaris on isotretinoin", "L70.0", "face, chest, back", reason=True),
    ],
    "procedures": [
        P("ILK", site="left jawline", note="Kenalog 2.5 mg/mL, 0.2 mL into inflamed cyst", reasons=["c1"]),
        P("ILK", site="right cheek", note="Kenalog 2.5 mg/mL, 0.2 mL", reasons=["c1"]),
    ],
    "note": """ISOTRETINOIN MONTHLY VISIT -- month 4 of course
iPLEDGE: male patient, confirmed in system today. Counseling: no blood donation, no sharing of pills.
Current dose: 40 mg daily (0.6 mg/kg). Cumulative to date ~ 3.9 g.
Side effects: dry lips (managed), mild back stiffness after soccer, no mood change, no headaches or vision
change, no abdominal pain. PHQ-2 = 0.
Labs (drawn 03/05): fasting TG 212 (prev 148), ALT 31, AST 28, total cholesterol 205.
   -> TG up but < 400; reviewed with pt and mother. Dietary counseling, recheck fasting lipids in 4 weeks.
Exam: improving; residual 2 inflamed cysts (L jawline 8 mm, R cheek 6 mm), few closed comedones on the
forehead, post-inflammatory erythema on cheeks. Back and chest nearly clear.
Assessment: nodulocystic acne, improving on isotretinoin; mild hypertriglyceridemia on therapy.
Plan: increase isotretinoin to 60 mg daily (tolerating, TG acceptable); new Rx sent after iPLEDGE
authorization. Continue lip balm, moisturizer, SPF. Two tender cysts injected today (see procedures) at pt
request for a school event. Return 4 weeks with labs.
""",
    "expected": E([L("99214", 1, "25"), L("11900", 1), L("J3301", 1)]),
    "coder_note": "GS-3: isotretinoin management (iPLEDGE, lab review, dose increase) is significant and separate "
                  "from the cyst injections -> 99214-25 at the provider's level. 11900 for 2 lesions; J3301: "
                  "2 x 0.2 mL x 2.5 mg/mL = 1 mg -> ceil = 1 unit.",
})

# ---------------------------------------------------------------------------------------------------------------
# 22. mixed, note-only HTML: melanoma-history FSE, back shave bx, 4 AKs frozen, rosacea Rx
SCENARIOS.append({
    "id": "s14-mix-html-melanoma-hx-fse-bx-ln2-rosacea",
    "family": "mixed", "shape": "note-only", "html": True,
    "description": "Cerner-style HTML table: melanoma-history FSE, one shave biopsy, four AKs frozen, rosacea Rx.",
    "date": "2026-02-19",
    "patient": ("Gallagher", "Ruth", "1949-08-08", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Personal history of melanoma", "Z85.820", None, reason=True),
        C("c2", "Atypical nevus, left mid back", "D22.5", "left mid back", reason=True),
        C("c3", "Actinic keratoses, face", "L57.0", "face", reason=True),
        C("c4", "Papulopustular rosacea", "L71.9", "face", reason=True),
        C("c5", "Seborrheic keratosis, right shin", "L82.1", "right shin"),
    ],
    "path": [{"text": "Skin, left mid back, shave biopsy: compound nevus with mild architectural atypia; margins "
                      "free.", "site": "left mid back", "date": "2026-02-23"}],
    "note": """<html><body>
<h3>Dermatology Clinic Note</h3>
<p><b>Patient:</b> Ruth Gallagher &nbsp; <b>DOB:</b> 08/08/1949 &nbsp; <b>DOS:</b> 02/19/2026</p>
<p><b>Reason for visit:</b> 6-month full skin exam, history of melanoma; facial redness and bumps.</p>
<p><b>History:</b> Melanoma, right calf, 0.6 mm, wide excision 2019, no recurrence. Facial flushing and
acne-like bumps for 3 months, worse with wine and heat; using OTC salicylic wash without benefit.</p>
<p><b>Exam:</b> Full skin examination (scalp, face, neck, chest, abdomen, back, buttocks, arms, legs, hands,
feet, nails). Right calf melanoma scar without pigment or nodularity; no lymphadenopathy. Central facial
erythema with telangiectasias and scattered papulopustules, no comedones.</p>
<table border="1">
<tr><th>#</th><th>Site</th><th>Finding</th><th>Action</th></tr>
<tr><td>1</td><td>Left mid back</td><td>7 mm irregular brown papule, new since last exam, asymmetric
dermoscopy</td><td>Shave biopsy (tangential), hemostasis AlCl, to path</td></tr>
<tr><td>2</td><td>Face: R temple x2, L cheek x1, nasal dorsum x1</td><td>Gritty erythematous scaly papules
(AK), 4 total</td><td>LN2 cryotherapy, 2 cycles each</td></tr>
<tr><td>3</td><td>Right shin</td><td>Stuck-on tan papule, SK, asymptomatic</td><td>None; reassured</td></tr>
<tr><td>4</td><td>Right calf scar</td><td>No recurrence</td><td>Continue surveillance</td></tr>
</table>
<p><b>Assessment / Plan:</b></p>
<ol>
<li>History of melanoma: surveillance exam today without evidence of recurrence; continue FSE every 6 months.</li>
<li>Atypical nevus, left mid back: shave biopsy as above; will call with results.</li>
<li>Actinic keratoses x4, face: cryotherapy as above.</li>
<li>Rosacea, papulopustular, new diagnosis: start ivermectin 1% cream nightly (Rx sent); gentle cleanser,
trigger avoidance; recheck 8 weeks.</li>
</ol>
<p>Consent for biopsy and cryotherapy obtained verbally and in writing. Wound care reviewed.</p>
</body></html>""",
    "expected": E([L("99214", 1, "25"), L("11102", 1), L("17000", 1, "XS"), L("17003", 3)]),
    "coder_note": "GS-3: melanoma surveillance FSE plus a new rosacea diagnosis with a prescription is separate "
                  "from the biopsy/cryo decisions -> 99214-25. BX-1: shave biopsy = 11102. DS-1: 4 AKs -> 17000 + "
                  "17003 x3. PTP 11102/17000 indicator 1, different lesions -> XS on 17000 (column 2); no edit "
                  "11102/17003. SK not treated.",
})

# ---------------------------------------------------------------------------------------------------------------
# 23. mixed, pre-coded: punch bx + shave removal of a different lesion; shave band wrong, no XS
SCENARIOS.append({
    "id": "s14-mix-punch-forearm-shave-back-band",
    "family": "mixed", "shape": "pre-coded",
    "description": "Punch biopsy of one lesion and shave removal of another; shave sent in the smallest band.",
    "date": "2026-01-30",
    "patient": ("Sorensen", "Nils", "1966-05-12", "male"),
    "provider": "halvorsen", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Lichenoid papule, right forearm", "L98.9", "right dorsal forearm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left upper back", "L82.0", "left upper back", reason=True),
    ],
    "procedures": [
        P("Punch bx", cpt="11104", site="R dorsal forearm", note="4mm, 1 suture", reasons=["c1"]),
        P("Shave removal", cpt="11300", site="L upper back",
          note="irritated SK, bleeding from backpack strap; 0.8 cm; shaved flush, AlCl", reasons=["c2"]),
    ],
    "path": [
        {"text": "1. R dorsal forearm, punch: lichen planus-like keratosis.", "site": "right dorsal forearm",
         "date": "2026-02-03"},
        {"text": "2. L upper back, shave: irritated seborrheic keratosis.", "site": "left upper back",
         "date": "2026-02-03"},
    ],
    "note": """SKIN CHECK - focused
1) R dorsal forearm 6 mm violaceous flat-topped scaly papule, new, ?LPLK vs SCCIS -> 4 mm punch bx.
2) L upper back 0.8 cm crusted stuck-on papule, keeps bleeding where backpack strap rubs, inflamed rim ->
   removed by shave, sent for path.
Consent signed. Lidocaine w/ epi. Bacitracin + bandage. Suture out 10 d.
""",
    "expected": E([L("11104", 1), L("11301", 1, "XS")], topics=["coding-correction"]),
    "coder_note": "SH-1: 0.8 cm on the trunk -> 11301 (0.6-1.0), not 11300. BX-5/SH-3: 11104/11301 is PTP "
                  "indicator 1 with the shave as column 2; different lesions -> XS on 11301.",
})

# ---------------------------------------------------------------------------------------------------------------
# 24. mixed, note-only: rural PA Dx/Tx pairs; shave of an inflamed SK + cryo of 3 warts
SCENARIOS.append({
    "id": "s14-mix-pa-dx-tx-sk-shave-warts-cryo",
    "family": "mixed", "shape": "note-only",
    "description": "PA note in Dx/Tx pairs: inflamed flank SK shaved, three finger warts frozen.",
    "date": "2026-02-02",
    "patient": ("Tuttle", "Wendell", "1972-09-29", "male"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right flank", "L82.0", "right flank", reason=True),
        C("c2", "Verruca vulgaris, right fingers", "B07.8", "right hand fingers", reason=True),
        C("c3", "Xerosis cutis", "L85.3", None),
    ],
    "note": """Cedar Valley Family Dermatology -- R. Nakamura MD / seen with K. Boone PA-C
Wendell, 53, farmer. Two things today: a "scab" on his right side that bleeds on his belt, and warts on
his right hand that have multiplied since summer. Also asks about dry itchy shins in winter.

Dx: Inflamed seborrheic keratosis, R flank, 0.8 cm, hemorrhagic crust, red irritated base.
Tx: shave removal today. Lido 1% w/ epi 1 mL; removed flush with DermaBlade; Monsel's; bandaid. Path sent.

Dx: Common warts x3 -- R index, R middle, R ring finger (periungual x1).
Tx: cryotherapy LN2, 2 freeze-thaw cycles each, all three. May blister. Recheck 3 wk for repeat.

Dx: Winter xerosis, shins.
Tx: thick cream BID, lukewarm showers. Nothing else.

Risks/benefits of procedures explained, pt agreeable, signed.
""",
    "expected": E([L("11301", 1), L("17110", 1, "XS")]),
    "coder_note": "SH-1: 0.8 cm trunk shave removal -> 11301 (symptomatic: bleeding, inflamed). DS-2: 3 warts -> "
                  "17110 x1. PTP 11301/17110 indicator 1 (17110 column 2), different lesions -> XS on 17110.",
})

# ---------------------------------------------------------------------------------------------------------------
# 25. mohs, note-only: long Mohs report, stage II with seven blocks, bilobed flap on the nose
SCENARIOS.append({
    "id": "s14-mohs-nasal-ala-seven-blocks-bilobed",
    "family": "mohs", "shape": "note-only",
    "description": "Two-stage Mohs of a nasal BCC, second stage in seven blocks; bilobed flap 6.2 sq cm.",
    "date": "2026-02-11",
    "patient": ("Hargreave", "Edmund", "1941-12-01", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 180,
    "conditions": [C("c1", "Basal cell carcinoma, right nasal ala/sidewall", "C44.311", "right nasal ala",
                     reason=True)],
    "note": """MOHS MICROGRAPHIC SURGERY REPORT
Surgeon and pathologist: J. Pike, MD
Date: 02/11/2026
Patient: Edmund Hargreave, 84 M
Diagnosis: nodular and infiltrative basal cell carcinoma, right nasal ala extending to sidewall, biopsy
12/29/2025 (outside pathology reviewed).
Pre-operative size: 1.0 x 0.8 cm. Indication: H-zone, infiltrative histology (meets appropriate-use criteria).
Anesthesia: 1% lidocaine with epinephrine 1:100,000, total 9 mL over the case.

Stage I: the clinically visible tumor was debulked with a curette and the first layer excised with a 2 mm
margin at a 45-degree bevel. The specimen was divided into 4 tissue blocks, color-coded and mapped. Frozen
sections (H&E) were examined by me: residual infiltrative BCC in block 2 (superior) and block 3 (medial,
toward the nasal dorsum).
Stage II: an additional layer was taken at the superior and medial positive areas only. Because of its
length along the sidewall this layer was cut into 7 tissue blocks, mapped, and read by me on frozen section:
all margins clear.
Final defect: 1.4 x 1.2 cm, down to the nasalis muscle, cartilage not exposed.

Reconstruction: options reviewed (second intention, full-thickness graft, bilobed flap). A bilobed
transposition flap was designed from the lateral nasal sidewall. Primary defect plus the secondary defect
created by the flap design measured 6.2 sq cm in total. The flap was elevated in the submuscular plane,
transposed, and inset with 5-0 Monocryl buried sutures and 6-0 Prolene epidermal sutures; the tertiary
defect was closed primarily. Hemostasis with bipolar cautery. EBL minimal.

Patient tolerated both stages and the repair well. Pressure dressing applied. Post-op instructions given
verbally and in writing. Return 1 week for suture removal.
""",
    "expected": E([L("17311", 1), L("17312", 1), L("17315", 2), L("14060", 1)]),
    "coder_note": "MOHS-2: nose = 17311 first stage (4 blocks), 17312 second stage; the second stage has 7 blocks "
                  "-> 2 blocks beyond 5 -> 17315 x2. MOHS-7/FLAP-1/FLAP-3: bilobed flap on the nose, 6.2 sq cm "
                  "(primary + secondary defect) -> 14060, reported with Mohs. Biopsy was a prior service.",
})

# ---------------------------------------------------------------------------------------------------------------
# 26. mohs, pre-coded: Mohs of the shin sent with the head/neck codes
SCENARIOS.append({
    "id": "s14-mohs-shin-scc-sent-17311",
    "family": "mohs", "shape": "pre-coded",
    "description": "Two-stage Mohs of a pretibial SCC in a transplant recipient, exported with head/neck codes.",
    "date": "2026-01-26",
    "patient": ("Okonjo", "Felix", "1956-03-03", "male"),
    "provider": "adeyemi", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right pretibial leg", "C44.722", "right pretibial leg", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", None),
    ],
    "procedures": [
        P("Mohs, 1st stage", cpt="17311", site="R pretibial leg", note="4 blocks", reasons=["c1"]),
        P("Mohs, addl stage", cpt="17312", site="R pretibial leg", note="2 blocks", reasons=["c1"]),
        P("Layered closure", cpt="12032", site="R lower leg", note="6.0 cm", reasons=["c1"]),
    ],
    "note": """MOHS LOG -- 01/26/2026 -- F. Adeyemi MD (surgeon + pathologist)
Pt: Felix Okonjo, 69 M. Renal transplant 2014 on tacrolimus/mycophenolate.
Tumor: invasive SCC, moderately differentiated (bx 01/05/2026), R pretibial leg, pre-op 2.2 x 1.8 cm.
AUC: immunosuppressed + size > 2 cm -> appropriate.
Stage 1: 4 blocks -- positive block 1 (deep).
Stage 2: 2 blocks -- clear.
Final defect 3.0 x 2.6 cm to fascia, no bone/tendon exposure.
Repair: linear layered closure after undermining, 3-0 Monocryl deep, 4-0 nylon running; length 6.0 cm.
Post-op: elevation, compression wrap, no strenuous walking 1 wk. Wound check 1 wk, sutures out 14 d.
""",
    "expected": E([L("17313", 1), L("17314", 1), L("12032", 1)], topics=["coding-correction"]),
    "coder_note": "MOHS-2: the leg (no muscle/bone/nerve involvement) is a 17313/17314 site, not 17311/17312. "
                  "No stage over 5 blocks. MOHS-7/REP-2: layered closure of the leg 6.0 cm -> 12032.",
})

# ---------------------------------------------------------------------------------------------------------------
# 27. mohs, free-text: same-day diagnostic biopsy + frozen section of a never-biopsied helix lesion
SCENARIOS.append({
    "id": "s14-mohs-helix-sameday-bx-frozen-two-stages",
    "family": "mohs", "shape": "free-text",
    "description": "No prior pathology: tangential biopsy with frozen section confirms BCC, then two Mohs stages.",
    "date": "2026-03-04",
    "patient": ("Lafleur", "Bernadette", "1952-10-19", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 160,
    "conditions": [C("c1", "Basal cell carcinoma, left helix", "C44.219", "left helix", reason=True)],
    "procedures": [
        P("Diagnostic tangential bx for frozen section", site="left helix",
          note="Lesion never biopsied (pt lives 3 h away). Shave sample of the 7 mm pearly papule for "
               "intraoperative frozen section.", reasons=["c1"]),
        P("Frozen section", site="left helix",
          note="Read by Dr. Voss: nodular basal cell carcinoma. Decision to proceed with Mohs based on this "
               "result.", reasons=["c1"]),
        P("Mohs stage 1", site="left helix", note="3 tissue blocks; positive at block 2.", reasons=["c1"]),
        P("Mohs stage 2", site="left helix", note="2 tissue blocks; clear.", reasons=["c1"]),
    ],
    "note": """Mohs Surgery Summary
Ms. Lafleur, 73, was referred by her PCP with a pearly papule on the left helix that has bled on and off for
6 months. No biopsy had been done before today. Because she travels three hours to see us, we agreed to a
same-day diagnostic biopsy with frozen section and to proceed with Mohs if it showed carcinoma. Frozen
section showed nodular BCC, so Mohs was performed in two stages (details in procedure entries). Final defect
1.1 cm on the helical rim, cartilage intact; left to heal by second intention per patient preference after
discussing repair options. Dressing and wound care teaching done. Follow-up 2 weeks.
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311", 1), L("17312", 1)]),
    "coder_note": "MOHS-5/BX-5 + README coding decision: same-day diagnostic biopsy of a lesion with no prior "
                  "pathology, frozen section deciding on Mohs -> 11102-59 and 88331-59 (same lesion, so 59 not "
                  "XS). MOHS-2: ear = 17311 + 17312 (3 and 2 blocks). Second intention, no repair.",
})

# ---------------------------------------------------------------------------------------------------------------
# 28. mohs, note-only HTML: scalp SCC, three stages, complex repair with edge debridement
SCENARIOS.append({
    "id": "s14-mohs-html-scalp-three-stages-complex",
    "family": "mohs", "shape": "note-only", "html": True,
    "description": "HTML stage table: scalp SCC cleared in three stages; complex repair 5.4 cm with edge debridement.",
    "date": "2026-02-25",
    "patient": ("Kettering", "Lyle", "1944-01-15", "male"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 200,
    "conditions": [C("c1", "Squamous cell carcinoma, vertex scalp", "C44.42", "vertex scalp", reason=True)],
    "note": """<div class="note">
<p><strong>MOHS OPERATIVE NOTE</strong> -- 02/25/2026 -- L. Marchetti, MD (Mohs surgeon, read all frozen
sections)</p>
<p>Patient: Lyle Kettering, 82 M. Biopsy 01/30/2026: invasive SCC, moderately differentiated, vertex scalp.
Pre-op size 1.6 x 1.4 cm on chronically sun-damaged, atrophic scalp.</p>
<table>
<thead><tr><th>Stage</th><th>Tissue blocks</th><th>Result</th></tr></thead>
<tbody>
<tr><td>I</td><td>3</td><td>Tumor at 3 o'clock margin</td></tr>
<tr><td>II</td><td>2</td><td>Focal tumor persists, deep at 3 o'clock</td></tr>
<tr><td>III</td><td>1</td><td>Clear</td></tr>
</tbody>
</table>
<p>Final defect: 2.4 x 1.9 cm, to galea.</p>
<p><strong>Repair:</strong> The wound edges were crushed and irregular from the stages on this atrophic,
sun-damaged skin, and were debrided sharply to healthy bleeding tissue. Extensive undermining in the
subgaleal plane was required on both sides for closure. Galea approximated with 2-0 Vicryl, dermis with 3-0
Monocryl, skin with staples. Final linear length 5.4 cm. Complex repair.</p>
<p>EBL 20 mL. No complications. Staples out 12 days. Patient and daughter given written instructions.</p>
<p>Also discussed: several hypertrophic AKs on the scalp &mdash; plan field treatment after healing; none
treated today.</p>
</div>""",
    "expected": E([L("17311", 1), L("17312", 2), L("13121", 1)]),
    "coder_note": "MOHS-2: scalp = 17311 + 17312 x2 (stages II and III; no stage over 5 blocks). REP-2/REP-3: "
                  "debridement of wound edges + extensive undermining = complex; scalp group 13120-13122, "
                  "5.4 cm -> 13121 (MOHS-7, no PTP edit). AKs not treated.",
})

# ---------------------------------------------------------------------------------------------------------------
# 29. nails, pre-coded: two toenail avulsions sent as 11730 x2, no digit modifiers
SCENARIOS.append({
    "id": "s14-nail-two-toe-avulsions-sent-twice",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion of the left great and left second toenails exported as two first-nail lines.",
    "date": "2026-01-16",
    "patient": ("Bergstrom", "Annika", "1981-07-27", "female"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe", "L60.0", "left great toe", reason=True),
        C("c2", "Traumatic nail dystrophy, left second toe", "L60.3", "left second toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", cpt="11730", site="L great toe", note="complete plate removal", reasons=["c1"]),
        P("Nail avulsion", cpt="11730", site="L 2nd toe", note="loose dystrophic plate removed",
          reasons=["c2"]),
    ],
    "note": """Foot/nail procedure note
Runner, 44F. L great toenail painful ingrown medial and lateral borders, recurrent paronychia despite soaks;
L 2nd toenail thickened and half-lifted after a marathon, catches on socks.
Digital block L great toe and L 2nd toe, 1% plain lidocaine 3 mL each. Tourniquet.
L great toe: entire nail plate elevated with a freer and removed. No matrix treatment.
L 2nd toe: dystrophic plate, already partially detached, removed completely.
Bacitracin, non-adherent dressing, post-op shoe. Soaks BID. Recheck 2 weeks. If the great toe ingrows
again we will discuss chemical matrixectomy.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], topics=["coding-correction"]),
    "coder_note": "11730 is the first nail only (MUE 1); the second nail is add-on 11732 (AOC -> 11730). Digit "
                  "modifiers on nail codes: left great toe TA, left second toe T1. Matrixectomy is a future plan.",
})

# ---------------------------------------------------------------------------------------------------------------
# 30. nails, note-only: A&P one-liner + separate procedure block; partial avulsion with phenol matrixectomy
SCENARIOS.append({
    "id": "s14-nail-phenol-matrixectomy-right-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Recurrent ingrown right great toenail: lateral partial avulsion with phenol matrixectomy.",
    "date": "2026-02-20",
    "patient": ("Nguyen", "Bao", "2001-05-25", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, lateral border, recurrent", "L60.0", "right great toe",
          reason=True),
        C("c2", "Ingrowing nail, left great toe, mild", "L60.0", "left great toe"),
    ],
    "note": """INTERVAL HISTORY: 24M, 4th episode of painful ingrown R great toenail lateral border in a year, two
prior partial avulsions at urgent care (2025) without matrix treatment. L great toe mildly tender medially.

EXAM: R hallux lateral nail fold swollen, erythematous, granulation tissue, small amount of serous drainage.
L hallux medial fold minimal erythema, no granulation.

A&P:
- Recurrent ingrown nail R great toe, lateral -> partial nail avulsion w/ phenol matrixectomy today.
- Mild ingrown nail L great toe -> cotton wisp under corner, proper trimming; no procedure.

PROCEDURE: Verbal and written consent. Digital block R hallux with 1% lidocaine plain, 4 mL. Penrose
tourniquet. Lateral 3 mm strip of the nail plate freed with an elevator, split with an English anvil
splitter and removed to the proximal nail fold. Granulation tissue curetted. 88% phenol applied to the
lateral matrix horn with cotton-tipped applicators, 3 applications x 30 seconds, then flushed with
isopropyl alcohol. Tourniquet off, capillary refill brisk. Silvadene and bulky dressing. Instructions: soaks
BID starting tomorrow, expect drainage 2-4 weeks. Recheck 2 weeks.
""",
    "expected": E([L("11750", 1, "T5")]),
    "coder_note": "11750: partial nail excision with matrix ablation for permanent removal (includes the avulsion; "
                  "11750/11730 indicator 1, same nail). Right great toe -> T5. Left toe: no procedure.",
})

# ---------------------------------------------------------------------------------------------------------------
# 31. nails, free-text: traumatic thumbnail avulsion, neighbouring nail left alone
SCENARIOS.append({
    "id": "s14-nail-left-thumb-avulsion-trauma",
    "family": "nails", "shape": "free-text",
    "description": "Partially detached left thumbnail after a door injury removed; index nail only examined.",
    "date": "2026-03-06",
    "patient": ("Prakash", "Anjali", "1990-08-14", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [C("c1", "Contusion of left thumb with damage to nail", "S60.112A", "left thumb", reason=True)],
    "procedures": [
        P("Nail plate removal", site="left thumb",
          note="Door injury 5 days ago. Plate lifted from the bed over >50% with old subungual blood, loose and "
               "catching. Digital block 1% plain lidocaine 3 mL. Entire plate freed with a periosteal elevator and "
               "removed. Bed intact, no laceration needing repair. Xeroform + finger dressing.",
          reasons=["c1"]),
    ],
    "note": """Urgent add-on visit. Shut her L hand in a car door last Sunday. Thumbnail throbbing, now lifting.
X-ray at urgent care negative for tuft fracture. L index finger: small 2 mm subungual bruise, nail firmly
attached -- no intervention. Thumb nail removed today as documented. Keep dry 24 h, then daily washes and
ointment. New nail grows in about 4-6 months. Return if redness, pus or fever.
""",
    "expected": E([L("11730", 1, "FA")]),
    "coder_note": "11730 for one nail avulsion; left thumb -> FA (conventions: digit modifiers on 11730 when the "
                  "digit is documented). Index nail only examined.",
})

# ---------------------------------------------------------------------------------------------------------------
# 32. paring, free-text: three calluses pared, one procedure entry per lesion
SCENARIOS.append({
    "id": "s14-paring-three-plantar-calluses-entries",
    "family": "paring", "shape": "free-text",
    "description": "Three painful plantar calluses pared, entered as three separate procedure rows.",
    "date": "2026-01-21",
    "patient": ("Oyelaran", "Bisi", "1964-04-04", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [C("c1", "Callosities, plantar feet", "L84", "plantar feet", reason=True)],
    "procedures": [
        P("Paring of callus", site="right plantar 1st metatarsal head",
          note="Painful 1.5 cm hyperkeratosis pared with #15 blade to normal skin lines.", reasons=["c1"]),
        P("Paring of callus", site="right lateral heel", note="fissured callus debrided with blade",
          reasons=["c1"]),
        P("Paring of callus", site="left plantar 5th metatarsal head", note="pared with blade; no core",
          reasons=["c1"]),
    ],
    "note": """Returns for painful foot calluses; walks 6 miles a day as a mail carrier. No diabetes, no PVD.
Pared today (see entries), no bleeding. Urea 40% cream nightly, pumice after showers, metatarsal pads
dispensed. Plantar wart ruled out clinically (skin lines preserved, no pinpoint bleeding). Return 8 weeks.
""",
    "expected": E([L("11056", 1)]),
    "coder_note": "Paring is coded by lesion count per session: 3 lesions -> 11056 x1 (2-4), not three 11055s.",
})

# ---------------------------------------------------------------------------------------------------------------
# 33. paring, note-only: bullet note, six corns/calluses
SCENARIOS.append({
    "id": "s14-paring-six-corns-bullets",
    "family": "paring", "shape": "note-only",
    "description": "Bullet note; six hyperkeratotic lesions of both feet pared in one session.",
    "date": "2026-02-27",
    "patient": ("Castellanos-Ruiz", "Ernesto", "1970-11-11", "male"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [C("c1", "Corns and calluses, both feet", "L84", "bilateral feet", reason=True)],
    "note": """* 55M, line cook, painful corns both feet, hammertoes R 2nd/3rd
* Exam: hard corns R 2nd toe PIPJ dorsal, R 3rd toe PIPJ dorsal, L 5th toe lateral; soft corn L 4th web;
  calluses R plantar 2nd MTH and L plantar hallux IPJ
* Total 6 lesions -- all pared down with #15 blade today, no bleeding
* Silicone toe sleeves x2 given; wider toe box; podiatry referral for hammertoe eval
* No diabetes; sensation intact to monofilament
* RTC prn
""",
    "expected": E([L("11057", 1)]),
    "coder_note": "Six lesions pared -> 11057 (more than 4), one unit.",
})

# ---------------------------------------------------------------------------------------------------------------
# 34. patch-test, note-only: 80 allergens placed; photopatch deferred
SCENARIOS.append({
    "id": "s14-patch-eighty-allergen-placement",
    "family": "patch-test", "shape": "note-only",
    "description": "Day-1 placement of an 80-allergen series for hand dermatitis; photopatch deferred.",
    "date": "2026-02-23",
    "patient": ("Ivanova", "Svetlana", "1977-02-02", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [C("c1", "Allergic contact dermatitis of hands, suspected", "L23.9", "hands", reason=True)],
    "note": """CONTACT DERMATITIS CLINIC -- PATCH TEST PLACEMENT (DAY 1)
Patient: S. Ivanova, 49F, hairdresser. Chronic hand dermatitis x 2 years, worse at work, better on vacation.
Pre-test checklist: no oral steroids x 4 wk, no topical steroids to back x 7 d, no sunburn on back, not
pregnant. Antihistamines OK.
Series applied to upper back (IQ Ultra chambers, hypoallergenic tape, marked with skin marker):
   - Expanded baseline series ............................ 70 allergens
   - Hairdressing supplemental (dyes/perm/bleach) ........ 10 allergens
   TOTAL ALLERGENS APPLIED: 80
Photopatch series: deferred (no photodistribution).
Instructions: keep back dry, no exercise/sweating, return Wednesday (48 h) for removal/first read and
Friday (96 h) for final read.
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied: 70 + 10 = 80 (MUE 90). Photopatch deferred. No E/M "
                  "selected.",
})

# ---------------------------------------------------------------------------------------------------------------
# 35. patch-test, pre-coded: 95044 sent with one unit
SCENARIOS.append({
    "id": "s14-patch-ema-one-unit-forty-eight",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch testing with 48 allergens exported as one unit.",
    "date": "2026-01-13",
    "patient": ("Delgado", "Marisol", "1993-09-09", "female"),
    "provider": "okafor", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Eyelid and facial dermatitis, suspected allergic contact", "L23.9", "eyelids, face",
                     reason=True)],
    "procedures": [P("Patch test application", cpt="95044", site="upper back", note="qty 1", reasons=["c1"])],
    "note": """Patch test application note. 32F with recurrent eyelid/facial dermatitis, uses many cosmetics.
Applied today: standard series 40 allergens + cosmetic/preservative supplemental 8 allergens = 48 allergens
total, on the upper back. Removal and first reading in 48 h, final reading day 5. Patient instructed not to
shower the back. Told to bring all her facial products, shampoo and nail polish to the reading visit.
""",
    "expected": E([L("95044", 48)], topics=["coding-correction"]),
    "coder_note": "95044 is reported per test: 40 + 8 = 48 allergens -> 95044 x48 (the EMA sent 1 unit).",
})

# ---------------------------------------------------------------------------------------------------------------
# 36. phototherapy, pre-coded: NB-UVB without tar exported as the tar+UVB code
SCENARIOS.append({
    "id": "s14-photo-nbuvb-no-tar-sent-96910",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Narrowband UVB session exported with the tar-plus-UVB code although no tar was used.",
    "date": "2026-02-04",
    "patient": ("Albrecht", "Horst", "1953-12-30", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Plaque psoriasis", "L40.0", "trunk and extremities", reason=True)],
    "procedures": [P("Phototherapy", cpt="96910", site="whole body", note="NB-UVB 1150 mJ/cm2, tx #14",
                     reasons=["c1"])],
    "note": """PHOTOTHERAPY FLOW SHEET
Pt: H. Albrecht   Dx: plaque psoriasis, BSA 15% at start   Modality: NB-UVB (311 nm) full-body cabinet
Tx #14   Date 02/04/2026   Skin type II   Previous dose 1100 mJ/cm2   Today 1150 mJ/cm2
Pre-treatment topicals: none today. Coal tar: not used (stopped in 2024 -- pt disliked odor/staining).
Goggles: yes. Genital shielding: yes. Face shield: yes.
Erythema from last tx: none. Response: plaques thinner, BSA ~8%.
Nurse: T. Okafor-Reyes, RN. Supervising physician on site: Dr. Lindqvist.
""",
    "expected": E([L("96900", 1)], topics=["coding-correction"]),
    "coder_note": "96910 needs tar (or petrolatum) with UVB; none was applied. Plain NB-UVB = 96900 "
                  "(actinotherapy). Covered for psoriasis under NCD 250.1.",
})

# ---------------------------------------------------------------------------------------------------------------
# 37. phototherapy, note-only HTML: excimer areas summed across sites -> 250-500 band
SCENARIOS.append({
    "id": "s14-photo-excimer-html-areas-265",
    "family": "phototherapy", "shape": "note-only", "html": True,
    "description": "Excimer session for localized psoriasis; per-site areas in an HTML table sum to 265 sq cm.",
    "date": "2026-03-11",
    "patient": ("Moreau", "Celine", "1985-03-17", "female"),
    "provider": "ramirez", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [C("c1", "Localized plaque psoriasis, elbows, knees and sacrum", "L40.0",
                     "elbows, knees, sacrum", reason=True)],
    "note": """<p><b>308 nm EXCIMER LASER TREATMENT RECORD</b></p>
<p>Patient: Celine Moreau &nbsp;|&nbsp; Date: 03/11/2026 &nbsp;|&nbsp; Treatment #6 of course 1 (of up to 13)</p>
<p>Indication: localized plaque psoriasis, BSA ~4%, persistent after 5 months of clobetasol + calcipotriene.</p>
<table border="1" cellpadding="3">
<tr><th>Site</th><th>Area treated (sq cm)</th><th>Dose (mJ/cm2)</th></tr>
<tr><td>Right elbow</td><td>45</td><td>500</td></tr>
<tr><td>Left elbow</td><td>45</td><td>500</td></tr>
<tr><td>Right knee</td><td>55</td><td>600</td></tr>
<tr><td>Left knee</td><td>55</td><td>600</td></tr>
<tr><td>Sacrum</td><td>65</td><td>450</td></tr>
</table>
<p>Total area this session: see table. Eye protection worn by patient and operator. No blistering from
the previous session; mild erythema on the elbows only.</p>
<p>Plan: continue twice weekly; reassess after treatment #10.</p>""",
    "expected": E([L("96921", 1)]),
    "coder_note": "Excimer codes go by the total area of the session: 45 + 45 + 55 + 55 + 65 = 265 sq cm -> "
                  "96921 (250-500), one unit.",
})

# ---------------------------------------------------------------------------------------------------------------
# 38. phototherapy, free-text: PUVA for Medicare with documented failure of conventional therapy
SCENARIOS.append({
    "id": "s14-photo-puva-medicare-criteria-met",
    "family": "phototherapy", "shape": "free-text",
    "description": "Oral PUVA for disabling psoriasis after failed topicals, NB-UVB and methotrexate; Medicare FFS.",
    "date": "2026-01-19",
    "patient": ("Ashworth", "Clement", "1948-06-06", "male"),
    "provider": "chen", "payer": "medicare-noname", "minutes": 20,
    "conditions": [C("c1", "Severe plaque psoriasis, intractable", "L40.0", "trunk and extremities",
                     reason=True)],
    "procedures": [
        P("PUVA", site="total body",
          note="Methoxsalen 0.6 mg/kg (40 mg) PO 90 min before exposure. UVA 3.5 J/cm2. Session 9. Goggles x "
               "24 h reviewed.", reasons=["c1"]),
    ],
    "note": """PUVA program note. Mr. Ashworth (77) has severe plaque psoriasis involving about 30% of his body
surface with painful fissured palmoplantar plaques that keep him from walking his usual distance and from
gripping tools. Conventional treatment has failed: two years of high-potency topical steroids with
calcipotriene, a full 48-session course of narrowband UVB in 2024 with relapse within weeks, and
methotrexate stopped in 2025 for transaminase elevation. Biologics were declined after a long discussion
because of recurrent cellulitis. PUVA was started on 12/29/2025 for this intractable, disabling disease; at
session 9 today BSA is down to about 22% and he is walking further. Continue three times weekly, reassess
improvement at session 15 to justify continuing beyond 30 days. Eye exam done in December (no cataract).
""",
    "expected": E([L("96912", 1)]),
    "coder_note": "PHOTO-1 (NCD 250.1): PUVA is covered for intractable, disabling psoriasis after failed "
                  "conventional therapy, which is documented -> 96912 with no GA/GZ.",
})

# ---------------------------------------------------------------------------------------------------------------
# 39. post-op, note-only: suture removal inside the 10-day global, provider selected an E/M
SCENARIOS.append({
    "id": "s14-po-suture-removal-day9-em-to-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal nine days after a benign forearm excision, sent with a low-level E/M.",
    "date": "2026-02-13",
    "patient": ("Renwick", "Fiona", "1974-01-24", "female"),
    "provider": "baptiste", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", "left forearm", reason=True),
    ],
    "prior": [PRIOR("2026-02-04", "11402", "Excision of dysplastic nevus", "left forearm",
                    "0.8 cm nevus, 3 mm margins, simple closure")],
    "note": """Post-op check, 9 days after excision L forearm (02/04). Pathology: mildly atypical compound nevus,
clear margins -- reviewed with pt, no further surgery needed.
Wound: well approximated, no erythema, no drainage. 6 nylon sutures removed, Steri-strips applied.
Scar care: silicone gel after 2 weeks, sun protection. No other issues raised today.
Next: routine skin check in 12 months.
""",
    "expected": E([L("99024", 1)], topics=["global-period"]),
    "coder_note": "GS-1/GS-5 and conventions: 11402 has a 010 global; a post-op visit on day 9 for suture removal "
                  "and path review is inside the package -> 99024, the 99212 is not billed.",
})

# ---------------------------------------------------------------------------------------------------------------
# 40. post-op, pre-coded: re-excision of a positive margin inside the global of the first excision
SCENARIOS.append({
    "id": "s14-po-scc-margin-reexcision-58", "key": "s14-c40",
    "family": "post-op", "shape": "pre-coded",
    "description": "Re-excision of a positive SCC margin eight days after the first excision, layered closure.",
    "date": "2026-02-17",
    "patient": ("Whitlock", "Ambrose", "1946-04-21", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 45,
    "conditions": [C("c1", "Squamous cell carcinoma, right dorsal forearm, positive margin", "C44.622",
                     "right dorsal forearm", reason=True)],
    "prior": [
        PRIOR("2026-02-09", "11602", "Excision SCC", "right dorsal forearm", "1.2 cm SCC, 3 mm margins"),
        PRIOR("2026-02-09", "12032", "Layered closure", "right dorsal forearm", "3.4 cm"),
    ],
    "path": [{"text": "Skin, right dorsal forearm, excision: invasive squamous cell carcinoma, well "
                      "differentiated; tumor transects the lateral (9 o'clock) peripheral margin.",
              "site": "right dorsal forearm", "date": "2026-02-12",
              "encounter": "enc-s14-c40-prior-1"}],
    "procedures": [
        P("Excision malignant lesion arm", cpt="11602", site="R dorsal forearm",
          note="re-excision of positive lateral margin", reasons=["c1"]),
        P("Intermediate repair arm", cpt="12032", site="R dorsal forearm", note="4.2 cm layered",
          reasons=["c1"]),
    ],
    "note": """PROCEDURE NOTE -- re-excision
Indication: pathology from the 02/09/2026 excision of SCC, R dorsal forearm, shows tumor at the lateral
(9 o'clock) margin. Planned re-excision discussed by phone on 02/12; pt agreed.
Sutures from the first procedure removed. The lateral end of the excision scar where the tumor was
transected was marked: area 0.8 cm, with a 5 mm margin around it (excised diameter 1.8 cm), and excised
to fascia. The wound was closed in layers (4-0 Vicryl buried, 4-0 nylon simple interrupted), final length
4.2 cm. Specimen inked at the new lateral tip. Tolerated well.
Sutures out in 12 days. Pt aware another procedure may be needed if margins remain involved.
""",
    "expected": E([L("11602", 1, "58"), L("12032", 1, "58")], topics=["global-period"]),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 010 global of the 02/09 excision is a "
                  "staged/related procedure -> 58; malignant code because the original lesion was malignant. "
                  "Excised diameter 0.8 + 2 x 0.5 = 1.8 cm -> 11602. Layered closure 4.2 cm arm -> 12032, also "
                  "58 (README precedent: 58 on both lines).",
})

# ---------------------------------------------------------------------------------------------------------------
# 41. post-op, free-text: unrelated biopsy inside the 90-day global of a cheek flap
SCENARIOS.append({
    "id": "s14-po-arm-bx-inside-flap-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "New arm lesion shave-biopsied three weeks after Mohs with a cheek flap (090 global).",
    "date": "2026-02-24",
    "patient": ("Sinclair", "Harriet", "1950-09-13", "female"),
    "provider": "nakamura", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Pigmented lesion of left upper arm, changing", "D48.5", "left upper arm", reason=True),
        C("c2", "History of basal cell carcinoma, left cheek, treated with Mohs", "Z85.828", "left cheek"),
    ],
    "prior": [
        PRIOR("2026-02-03", "17311", "Mohs, 1 stage", "left cheek", "BCC, 1 stage, 4 blocks"),
        PRIOR("2026-02-03", "14040", "Advancement flap", "left cheek", "8.5 sq cm"),
    ],
    "path": [{"text": "Skin, left upper arm, shave biopsy: atypical melanocytic proliferation; cannot exclude "
                      "evolving melanoma in situ; recommend complete excision.", "site": "left upper arm",
              "date": "2026-02-27"}],
    "procedures": [
        P("Shave bx", site="left upper arm, lateral",
          note="7 mm irregular brown macule, new per husband, darker border. Tangential shave biopsy to "
               "mid-dermis, AlCl hemostasis. Specimen to dermpath.", reasons=["c1"]),
    ],
    "note": """Acute visit for a new dark spot on the L upper arm her husband noticed 2 weeks ago. The cheek flap
from 02/03 is not being evaluated today; she has her scheduled post-op visit at the Mohs clinic on 03/10.
Arm lesion biopsied (see procedure). Will call with pathology.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: the 14040 flap on 02/03 carries a 090 global; a biopsy of a new, unrelated lesion on the "
                  "arm inside it takes 79. The flap was not evaluated today, so no 99024.",
})

# ---------------------------------------------------------------------------------------------------------------
# 42. post-op, note-only: unrelated E/M four days after a cyst excision -> 24
SCENARIOS.append({
    "id": "s14-po-hand-dermatitis-em-24-in-global",
    "family": "post-op", "shape": "note-only",
    "description": "New hand dermatitis managed with a prescription four days after a back cyst excision.",
    "date": "2026-03-06",
    "patient": ("Eklund", "Tobias", "1987-10-31", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 25, "em": "99213",
    "conditions": [C("c1", "Irritant contact dermatitis of hands", "L24.9", "hands", reason=True)],
    "prior": [
        PRIOR("2026-03-02", "11403", "Excision cyst", "upper back", "2.3 cm excised diameter"),
        PRIOR("2026-03-02", "12032", "Layered closure", "upper back", "5.0 cm"),
    ],
    "note": """INTERVAL HISTORY
Tobias is 4 days out from excision of an epidermoid cyst of the upper back. He is not here about that wound
(no pain, no drainage; sutures out on 03/14 as planned, and the site was not examined today). He comes in
because both hands broke out in red, cracked, burning skin after he started a new job washing dishes at a
restaurant last week.

EXAM
Dorsal hands and finger webs: erythema, fine scale, fissures on knuckles; palms spared; no vesicles; no
nail changes. No involvement elsewhere on exposed skin examined.

ASSESSMENT
Irritant contact dermatitis of both hands, occupational (wet work), new problem.

PLAN
- Triamcinolone 0.1% ointment BID x 2 weeks (Rx sent), then taper.
- Nitrile gloves with cotton liners at work; fragrance-free emollient after every wash.
- Work note provided. If not clearing in 3 weeks, consider patch testing.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: E/M inside the 010 global of the 03/02 excision/intermediate repair for an unrelated new "
                  "problem with prescription management -> 99213-24. The surgical wound was not addressed.",
})

# ---------------------------------------------------------------------------------------------------------------
# 43. repair, note-only: wound table; two facial simple repairs summed + layered forearm repair
SCENARIOS.append({
    "id": "s14-rep-glass-lacerations-wound-table",
    "family": "repair", "shape": "note-only",
    "description": "Glass lacerations: two facial simple repairs summed, one layered forearm repair.",
    "date": "2026-01-31",
    "patient": ("Abiodun", "Tomi", "1999-12-05", "male"),
    "provider": "adeyemi", "payer": "commercial-aetna", "minutes": 50,
    "conditions": [
        C("c1", "Laceration of forehead", "S01.81XA", "left forehead", reason=True),
        C("c2", "Laceration of left eyebrow", "S01.112A", "left eyebrow", reason=True),
        C("c3", "Laceration of right forearm", "S51.811A", "right volar forearm", reason=True),
    ],
    "note": """SAME-DAY WORK-IN -- LACERATION REPAIR
Established patient (eczema). A glass storm door shattered on him this morning at ~08:30; he came to us
rather than the ER. No LOC, no visual change. Tdap given 2023 -- up to date, none today.
Exam: three clean lacerations, no foreign body on exploration, no tendon or nerve deficit in the R hand
(full flexion/extension, two-point discrimination normal). Wounds irrigated with 250 mL saline each.

WOUND   SITE                    LENGTH   DEPTH / CLOSURE
  1     L forehead              2.0 cm   superficial dermis; single layer 6-0 nylon interrupted
  2     L eyebrow (lateral)     1.5 cm   superficial; single layer 6-0 nylon interrupted
  3     R volar forearm         3.0 cm   into subcutaneous fat; 4-0 Monocryl buried dermal layer +
                                          4-0 nylon simple interrupted skin layer

Anesthesia: 1% lidocaine with epinephrine (face 3 mL, arm 4 mL). Hemostasis by pressure.
Dressings applied. Sutures out: face 5 days, arm 10 days. Signs of infection reviewed.
""",
    "expected": E([L("12013", 1), L("12032", 1)]),
    "coder_note": "REP-1/REP-2: simple repairs of the forehead and eyebrow are in the same face group and are "
                  "summed, 2.0 + 1.5 = 3.5 cm -> 12013. The layered forearm closure is intermediate, 3.0 cm -> "
                  "12032. No tetanus vaccine given.",
})

# ---------------------------------------------------------------------------------------------------------------
# 44. repair, pre-coded: two intermediate repairs of the trunk sent on separate lines
SCENARIOS.append({
    "id": "s14-rep-two-back-layered-closures-sent-separately",
    "family": "repair", "shape": "pre-coded",
    "description": "Two back excisions with layered closures; the EMA sent one repair code per wound.",
    "date": "2026-02-06",
    "patient": ("Hollings", "Megan", "1983-06-29", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 60,
    "conditions": [
        C("c1", "Changing nevus, right upper back", "D22.5", "right upper back", reason=True),
        C("c2", "Inflamed epidermoid cyst, left lower back", "L72.0", "left lower back", reason=True),
    ],
    "procedures": [
        P("Excision benign trunk", cpt="11402", site="R upper back", note="nevus 0.9 cm, 2 mm margins",
          reasons=["c1"]),
        P("Excision benign trunk", cpt="11401", site="L lower back", note="cyst 0.6 cm, 1 mm margins",
          reasons=["c2"]),
        P("Intermediate repair", cpt="12032", site="R upper back", note="4.5 cm", reasons=["c1"]),
        P("Intermediate repair", cpt="12031", site="L lower back", note="2.4 cm", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, right upper back, excision: compound dysplastic nevus with moderate atypia, margins "
                 "free.", "site": "right upper back", "date": "2026-02-10"},
        {"text": "B. Skin, left lower back, excision: epidermoid cyst with focal rupture and inflammation.",
         "site": "left lower back", "date": "2026-02-10"},
    ],
    "note": """Procedure summary 02/06/2026, M. Hollings.
A) R upper back nevus, enlarging with new dark dot per photo comparison -> excised, 0.9 cm lesion with 2 mm
   margins; layered closure (buried 4-0 Monocryl + running 5-0 Prolene), length 4.5 cm.
B) L lower back cyst, tender and red twice this winter -> excised, 0.6 cm with 1 mm margin; layered closure,
   length 2.4 cm.
Both specimens to pathology. Wound care sheet. Suture removal 14 days.
""",
    "expected": E([L("11402", 1), L("11401", 1), L("12032", 1)], topics=["coding-correction"]),
    "coder_note": "REP-1: intermediate repairs of the same group (trunk) are summed: 4.5 + 2.4 = 6.9 cm -> one "
                  "12032 (12032/12031 indicator 0). Excisions: 0.9 + 0.4 = 1.3 -> 11402; 0.6 + 0.2 = 0.8 -> "
                  "11401; benign pathology (moderate atypia is benign, EX-3).",
})

# ---------------------------------------------------------------------------------------------------------------
# 45. repair, free-text: complex alar rim repair of a defect left by an outside Mohs surgeon
SCENARIOS.append({
    "id": "s14-rep-alar-rim-complex-after-outside-mohs",
    "family": "repair", "shape": "free-text",
    "description": "Linear complex repair involving the nostril rim of a Mohs defect created by another surgeon.",
    "date": "2026-03-12",
    "patient": ("Bellweather", "Norma", "1958-02-08", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 60,
    "conditions": [C("c1", "Basal cell carcinoma, left nasal ala (Mohs defect)", "C44.311", "left nasal ala",
                     reason=True)],
    "procedures": [
        P("Complex repair nasal ala", site="left nasal ala",
          note="Mohs by Dr. R. Feldman (outside Mohs center) this morning, margins clear. Defect 1.2 x 1.0 cm "
               "extending to the alar rim. Wide undermining; the free margin of the nostril rim realigned and "
               "everted with a buried 5-0 Monocryl layer and 6-0 Prolene to prevent notching. Linear closure, "
               "final length 2.0 cm. No flap or graft.", reasons=["c1"]),
    ],
    "note": """Reconstruction consult/procedure. Referred same day by Dr. Feldman after Mohs clearance of a BCC of
the L nasal ala. Options: second intention (risk of alar notching), full-thickness skin graft, or linear
repair. Patient chose linear repair. Performed as documented. Nasal packing not required. Post-op: ice,
elevate head, no nose blowing x 1 week. Suture removal 6 days.
""",
    "expected": E([L("13151", 1)]),
    "coder_note": "REP-3: involvement of the free margin of the nostril rim makes the repair complex; nose group "
                  "13151-13153, 2.0 cm -> 13151. Mohs was done by another physician and is not on this claim.",
})

# ---------------------------------------------------------------------------------------------------------------
# 46. shave, note-only: lettered lesions in pipe format; two shaved, one observed
SCENARIOS.append({
    "id": "s14-sh-lettered-pipe-back-scalp-cheek-observed",
    "family": "shave", "shape": "note-only",
    "description": "Three lettered lesions in a pipe list; back and scalp SKs shaved for symptoms, cheek nevus observed.",
    "date": "2026-01-23",
    "patient": ("Gunderson", "Arvid", "1949-05-19", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right upper back", "L82.0", "right upper back", reason=True),
        C("c2", "Inflamed seborrheic keratosis, frontal scalp", "L82.0", "frontal scalp", reason=True),
        C("c3", "Intradermal nevus, left cheek", "D22.39", "left cheek"),
    ],
    "path": [
        {"text": "A. Right upper back, shave: irritated seborrheic keratosis.", "site": "right upper back",
         "date": "2026-01-27"},
        {"text": "B. Frontal scalp, shave: inflamed seborrheic keratosis.", "site": "frontal scalp",
         "date": "2026-01-27"},
    ],
    "note": """Pt: A. Gunderson 76M  |  DOS 01/23/2026  |  Medicare
Concern: two growths that bleed/itch; one mole on face he wants looked at.

LESION | SITE               | SIZE   | FINDINGS                                       | ACTION
A      | R upper back       | 0.7 cm | crusted SK, bleeds where suspender rubs; red   | shave removal
B      | frontal scalp      | 0.4 cm | SK, intensely itchy, excoriated, bloody crust  | shave removal
C      | L cheek            | 0.5 cm | soft flesh-colored dome papule, unchanged 20y  | observe, no tx

Procedure (A, B): consent signed; 1% lidocaine w/ epi; removed by shave at the dermal level with a flexible
blade; hemostasis AlCl; petrolatum + bandage; both to pathology.
Lesion C: benign intradermal nevus clinically; reassured. Would remove only if symptomatic.
""",
    "expected": E([L("11301", 1), L("11305", 1)]),
    "coder_note": "SH-1: A back (TAL) 0.7 cm -> 11301; B scalp (SNHFG) 0.4 cm -> 11305. Both symptomatic "
                  "(bleeding from trauma, intense itch) so covered under BSL-3. C only examined.",
})

# ---------------------------------------------------------------------------------------------------------------
# 47. shave, free-text: two shave removals, one without any size
SCENARIOS.append({
    "id": "s14-sh-temple-unmeasured-arm-measured",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals; the temple lesion has no size anywhere, the arm lesion is 1.3 cm.",
    "date": "2026-02-09",
    "patient": ("Fitzroy", "Leonora", "1952-07-07", "female"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Irritated papule, left temple", "L82.0", "left temple", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right upper arm", "L82.0", "right upper arm", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="left temple",
          note="Irritated crusted keratotic papule, catches on glasses arm and bleeds. Removed by shave to "
               "mid-dermis, AlCl.", reasons=["c1"]),
        P("Shave removal", site="right upper arm",
          note="Inflamed SK, 1.3 cm, red and oozing. Shave removal, AlCl.", reasons=["c2"]),
    ],
    "path": [
        {"text": "1. Left temple, shave: irritated seborrheic keratosis.", "site": "left temple",
         "date": "2026-02-12"},
        {"text": "2. Right upper arm, shave: inflamed seborrheic keratosis.", "site": "right upper arm",
         "date": "2026-02-12"},
    ],
    "expected": E([L("11302", 1)], topics=["missing-documentation"]),
    "coder_note": "SH-1 + README 'missing measurement': the temple shave has no lesion size anywhere in the chart, "
                  "so no size-banded line can be chosen (query the provider). The arm lesion 1.3 cm (TAL) -> "
                  "11302.",
})

# ---------------------------------------------------------------------------------------------------------------
# 48. skin-tags, note-only: 23 symptomatic tags, Medicaid MCO
SCENARIOS.append({
    "id": "s14-tag-twenty-three-neck-axillae-symptomatic",
    "family": "skin-tags", "shape": "note-only",
    "description": "Twenty-three irritated skin tags of neck and axillae removed by snip and cautery.",
    "date": "2026-02-12",
    "patient": ("Robichaux", "Delphine", "1980-03-13", "female"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [C("c1", "Acrochordons, neck and axillae, irritated", "L91.8", "neck and axillae", reason=True)],
    "note": """Ms. Robichaux returns about the skin tags we discussed in December. They twist and bleed under
her necklace and bra straps and in both armpits from deodorant and shaving, and two were red and sore this
week. On examination there are pedunculated skin-colored papules, several with hemorrhagic crust or
erythema at the base: 9 on the neck, 7 in the right axilla and 7 in the left axilla, twenty-three in all.
After consent and topical lidocaine, all twenty-three were removed with curved iris scissors at the stalk,
with light electrocautery for hemostasis on the larger ones. Bacitracin applied. She was told new tags may
form over time. No other concerns; acanthosis on the neck was noted and she will discuss A1c with her
primary doctor.
""",
    "expected": E([L("11200", 1), L("11201", 1)]),
    "coder_note": "11200 covers up to 15 tags; 23 - 15 = 8 more -> 11201 x ceil(8/10) = 1. Symptomatic (bleeding, "
                  "inflammation) so not cosmetic.",
})

# ---------------------------------------------------------------------------------------------------------------
# 49. skin-tags, free-text: Medicare FFS, asymptomatic tags removed for appearance, no ABN -> GY
SCENARIOS.append({
    "id": "s14-tag-medicare-appearance-only-gy",
    "family": "skin-tags", "shape": "free-text",
    "description": "Eight asymptomatic neck tags snipped for appearance; Medicare FFS, no ABN.",
    "date": "2026-01-28",
    "patient": ("Pendergast", "Walter", "1946-08-25", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [C("c1", "Acrochordons, neck", "L91.8", "neck", reason=True)],
    "procedures": [
        P("Skin tag removal", site="bilateral neck",
          note="8 tags snipped with iris scissors, AlCl. Asymptomatic -- no bleeding, irritation or itch; pt "
               "wants them off because they look unsightly in photos. No ABN signed.", reasons=["c1"]),
    ],
    "note": """Brief note: pt asked to have neck tags removed for appearance before a family photo. None are
irritated or bleeding. Informed him Medicare considers this cosmetic; he wished to proceed. 8 removed.
""",
    "expected": E([L("11200", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "BSL-2/COS-2/COS-4: asymptomatic skin tags removed for appearance are cosmetic (statutorily "
                  "excluded); Medicare FFS -> 11200-GY (8 tags, one unit). No voluntary ABN, so no GX.",
})

# ---------------------------------------------------------------------------------------------------------------
# 50. skin-tags, pre-coded: 30 tags sent as two 11200 lines; add-on capped at its MUE
SCENARIOS.append({
    "id": "s14-tag-thirty-sent-double-11200-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Thirty symptomatic tags exported as two first-15 lines; add-on units exceed the MUE.",
    "date": "2026-03-13",
    "patient": ("Oduya", "Grace", "1975-11-20", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [C("c1", "Acrochordons, neck and axillae, irritated and bleeding", "L91.8",
                     "neck and axillae", reason=True)],
    "procedures": [
        P("Skin tag removal", cpt="11200", site="neck", note="15 tags", reasons=["c1"]),
        P("Skin tag removal", cpt="11200", site="bilateral axillae", note="15 tags", reasons=["c1"]),
    ],
    "note": """Tags neck/axillae: recurrently inflamed, snag on jewelry and clothing, several bleeding. Removed
today by snip excision + light hyfrecation: neck 15, R axilla 8, L axilla 7 = 30 tags. Consent on file.
Bacitracin. Follow up as needed.
""",
    "expected": E([L("11200", 1), L("11201", 1)], topics=["coding-correction", "mue"]),
    "coder_note": "11200 covers the first 15 tags once; the other 15 -> 11201 x ceil(15/10) = 2, but the 11201 "
                  "MUE is 1 (MAI 3) -> capped at 1 unit (README: MUE over the limit is capped with an mue "
                  "finding). 11200 cannot be reported twice (MUE 1).",
})


# Neutral resource ids: bundle resource ids are derived from "key", so they do not echo the chart id.
for _i, _s in enumerate(SCENARIOS):
    _s.setdefault("key", f"s14-c{_i + 1:02d}")
assert len({_s["key"] for _s in SCENARIOS}) == len(SCENARIOS)
