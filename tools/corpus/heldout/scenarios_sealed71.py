"""Sealed set 71 (s71-): FQHC community health center dermatology clinic on OCHIN Epic.

Harbor Point Community Health Center - Dermatology Clinic. Rotating dermatology residents write the notes, an
attending (okonkwo, castellanos, adeyemi, santos) attests and is the billing provider. Payers are mostly Medicaid
(fee-for-service and managed care), some Medicare/Medicaid dual eligibles with Medicare FFS primary. Professional
interpreters are documented; social barriers often defer procedures (not coded). Smartphrase remnants ('@NAME@',
'***') are left in some notes as they appear in the chart. Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-bx-punch-plus-tangential-vietnamese",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx R forearm + tangential bx upper back; third (shin) biopsy not done, pt left for the bus",
    "date": "2025-10-14",
    "patient": ("Nguyen", "Thi Lan", "1973-02-19", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Lichenoid papules, right forearm", "L43.9", "Right volar forearm", reason=True),
        C("c2", "Atypical pigmented macule, mid upper back", "D22.5", "Mid upper back", reason=True),
        C("c3", "Hyperpigmented patch, left shin", "L81.4", "Left anterior shin"),
    ],
    "note_title": "Derm Resident Procedure Note",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - DERMATOLOGY CLINIC
Resident Procedure Note

Patient: @NAME@   DOB: 02/19/1973   Visit date: 10/14/2025
Resident: Jae-won Park, MD (PGY-3)      Attending: Chidi Okonkwo, MD
Interpreter: Vietnamese interpreter ID 4471 used, in person, for the whole visit.

S: 52 yo F, works at the seafood plant (night shift). Itchy bumps R arm x 3 months, OTC hydrocortisone no help.
Her daughter noticed a "new dark mole" on her upper back. Also a darker patch on the L shin x 1 yr, not itchy.
Came by bus; needs to catch the 11:40 bus back for her shift.

O: R volar forearm - multiple violaceous, flat-topped polygonal papules 2-5 mm, lacy white striae on surface.
Mid upper back - 7 mm irregularly pigmented brown macule, two shades of brown, notched border.
L anterior shin - 3 cm ill-defined gray-brown patch.
Chest - a few stuck-on tan papules c/w seborrheic keratoses.

Procedures (verbal and written consent via interpreter, time-out done):
#1 R volar forearm: 4 mm punch biopsy of a representative papule. 1% lido w/ epi. Closed with one 4-0 nylon.
#2 Mid upper back: tangential (shave) biopsy with DermaBlade to mid-dermis, AlCl hemostasis, vaseline + bandage.
Both specimens labeled A/B, sent to pathology.
L shin: we planned a 3rd biopsy (punch) today - NOT done, pt had to leave for the bus. Will re-look at f/u;
if still there, biopsy then.

A/P:
1. Lichenoid eruption R forearm - r/o lichen planus vs lichenoid drug. Bx #1. Triamcinolone 0.1% oint BID.
2. Atypical pigmented lesion upper back - bx #2, will call with results (interpreter line).
3. Patch L shin - likely PIH vs LPP. Bx deferred as above.
4. SKs chest - benign, reassured; pt asked about removal, explained cosmetic/not covered, she declined.
RTC 2 wk suture removal (can be done at her PCP site closer to home).

Jae-won Park, MD, PGY-3

Attending attestation: I saw and examined the patient with the resident and agree with the plan as documented.
I was present for the key portions of both procedures. - Chidi Okonkwo, MD
""",
    "path": [
        {"text": "A. Skin, right volar forearm, punch biopsy: Lichen planus.", "site": "Right volar forearm",
         "date": "2025-10-20"},
        {"text": "B. Skin, mid upper back, shave biopsy: Compound melanocytic nevus with mild architectural "
                 "atypia; lesion extends to a peripheral margin.", "site": "Mid upper back", "date": "2025-10-20"},
    ],
    "expected": E([L("11104"), L("11103")], dx={"11104": ["L43.9"], "11103": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary + 11103 for the shave biopsy. The shin biopsy "
                  "was planned but not done (pt left) -> not coded. SK removal declined -> nothing.",
})

SCENARIOS.append({
    "id": "s71-bx-deleted-11100-11101-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two tangential biopsies (L temple, R upper arm) charged on deleted 11100/11101; Haitian Creole phone interpreter",
    "date": "2025-11-04",
    "patient": ("Desrosiers", "Jean-Robert", "1962-07-30", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Scaly papule, left temple", "D04.39", "Left temple", reason=True),
        C("c2", "Pearly papule, right upper arm", "C44.612", "Right upper arm", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Left temple",
          "Tangential shave biopsy, 6 mm hyperkeratotic papule. DermaBlade, AlCl.", ["c1"]),
        P("Biopsy of skin, each separate/additional lesion", "11101", "Right upper arm, lateral",
          "Tangential shave biopsy, 8 mm pearly pink papule. DermaBlade, AlCl.", ["c2"]),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """Harbor Point CHC Dermatology
Pt: Jean-Robert Desrosiers   63 y.o. male   DOS 11/4/2025
Resident: Tomas Herrera MD PGY-2 / Attending: Rafael Santos MD
Language: Haitian Creole. Phone interpreter ID 88310 used for entire encounter.

CC: "spot on my head that won't heal" and a bump on the R arm.
HPI: construction worker, outdoors 30+ yrs. L temple spot scabs and comes back x 6 mo. R arm bump shiny, bled
once on his work shirt. No prior skin cancer. Works nights, hard to come back often.

Exam: L temple 6 mm hyperkeratotic erythematous papule on sun-damaged skin. R lateral upper arm 8 mm pearly pink
papule with arborizing vessels on dermoscopy.

Procedure: tangential biopsy x 2
Consent signed (interpreter). Time-out. 1% lidocaine w/ epi.
 - L temple: shave biopsy with DermaBlade, depth to mid-dermis. AlCl. Specimen A.
 - R upper arm: shave biopsy with DermaBlade. AlCl. Specimen B.
Wound care reviewed via interpreter, handout in Kreyol given. No complications.

Impression:
1. L temple - r/o SCC vs SCCIS vs hypertrophic AK
2. R upper arm - r/o BCC
Plan: f/u path. Treatment (ED&C vs excision) to be scheduled once results back - pt prefers a Saturday clinic.

Tomas Herrera, MD
Attending: Seen and examined with resident, agree with plan as documented, I was present for the key portions of
the procedure. R. Santos MD
""",
    "path": [
        {"text": "A. Left temple, shave: Squamous cell carcinoma in situ (Bowen disease), extends to base.",
         "site": "Left temple", "date": "2025-11-10"},
        {"text": "B. Right upper arm, shave: Basal cell carcinoma, superficial type.", "site": "Right upper arm",
         "date": "2025-11-10"},
    ],
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"],
                  dx={"11102": ["D04.39"], "11103": ["C44.612"]}),
    "coder_note": "11100/11101 were deleted 12/31/2018 (BX-1). Two tangential biopsies -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s71-bx-wedge-punch-shave-dual",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge of leg ulcer edge + punch thigh purpura + shave bx back; dual eligible, Medicare primary",
    "date": "2025-12-02",
    "patient": ("Okoro", "Emmanuel", "1954-04-08", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Ulcer with violaceous undermined border, left lower leg", "L88", "Left lower leg", reason=True),
        C("c2", "Palpable purpura, right thigh", "L95.9", "Right anterior thigh", reason=True),
        C("c3", "Irritated keratotic papule, right upper back", "L82.0", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, wedge, ulcer edge", site="Left lower leg, medial",
          note="Fusiform wedge with #15 blade across the ulcer edge into subcutis, about 1.5 cm long; "
               "closed with two 4-0 nylon sutures.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Right anterior thigh",
          note="Newest purpuric papule, H&E only. DIF not sent (not available through our lab contract). "
               "Closed with one 4-0 nylon.", reasons=["c2"]),
        P("Shave biopsy", site="Right upper back",
          note="Tangential biopsy of 9 mm crusted keratotic papule. AlCl.", reasons=["c3"]),
    ],
    "note_title": "Dermatology Resident Note",
    "note": """HARBOR POINT CHC - DERMATOLOGY
Resident: Hannah Kowalczyk, MD (PGY-4)   Attending: Rafael Santos, MD
Patient: Emmanuel Okoro, 71 M. Coverage: Medicare Part B primary, Medicaid (QMB) secondary.
No interpreter needed (English). Lives alone; home health aide 3x/wk; came by Medicaid NEMT van.

Reason for visit: non-healing L leg ulcer x 2 months after minor trauma, rapidly enlarging, very painful.
New red-purple spots on R thigh x 1 wk. Also a crusted spot on his back that bleeds on the chair.

Exam:
- L medial lower leg: 3.5 cm ulcer, violaceous undermined border, purulent-looking base, cribriform edge.
- R anterior thigh: scattered 2-4 mm non-blanching palpable purpuric papules.
- R upper back: 9 mm crusted, keratotic papule, irritated.
Pulses palpable, no edema.

Procedures: see procedure documentation. Three biopsies, consent signed, time-out done, 1% lido w/ epi.
 1. Incisional wedge biopsy L leg ulcer edge (scalpel).
 2. 4 mm punch R thigh.
 3. Shave (tangential) biopsy R upper back.

A/P:
# Ulcer L leg - r/o pyoderma gangrenosum vs vasculitic or infectious ulcer. Wound cx sent. Avoid debridement.
  Clobetasol oint to the border, non-adherent dressing, home health to change.
# Palpable purpura R thigh - r/o leukocytoclastic vasculitis; CBC, CMP, UA ordered.
# Irritated keratotic papule back - r/o irritated SK vs SCC.
Return 1 wk (van booked for ***).

H. Kowalczyk MD

Attending note: I personally examined the patient and discussed the case with Dr. Kowalczyk; I agree with her
findings and plan. I was present for the key portions of all three biopsies. - Rafael Santos, MD
""",
    "path": [
        {"text": "A. Left lower leg, incisional: Ulcer with dense dermal neutrophilic infiltrate, no vasculitis, "
                 "special stains negative for organisms; consistent with pyoderma gangrenosum.",
         "site": "Left lower leg", "date": "2025-12-08"},
        {"text": "B. Right thigh, punch: Leukocytoclastic vasculitis.", "site": "Right thigh", "date": "2025-12-08"},
        {"text": "C. Right upper back, shave: Irritated seborrheic keratosis.", "site": "Right upper back",
         "date": "2025-12-08"},
    ],
    "expected": E([L("11106"), L("11105"), L("11103")], dx={"11106": ["L88"]}),
    "coder_note": "BX-2: incisional outranks punch and tangential -> 11106 primary; the punch takes 11105 and the "
                  "shave takes 11103. Medicare FFS but diagnostic biopsies, no cosmetic issue.",
})

SCENARIOS.append({
    "id": "s71-bx-newpt-eczema-em25-scalp-punch",
    "family": "biopsy", "shape": "note-only",
    "description": "New pt AD flare managed (99204) + punch bx of separate scalp papule; SK cryo declined (cost)",
    "date": "2025-09-23",
    "patient": ("Rahimi", "Farzana", "1991-05-12", "female"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 55,
    "em": "99204",
    "conditions": [
        C("c1", "Atopic dermatitis, flare", "L20.9", "Generalized", reason=True),
        C("c2", "Bleeding papule, left parietal scalp", "C44.41", "Left parietal scalp", reason=True),
        C("c3", "Seborrheic keratoses, back", "L82.1", "Back"),
    ],
    "note_title": "New Patient Visit - Dermatology",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER / DERMATOLOGY
NEW PATIENT VISIT                                           09/23/2025
Resident: Amara Obi, MD (PGY-2) | Attending: Folake Adeyemi, MD
Interpreter: Dari interpreter via video, ID 6038, used throughout.
SDOH: staying at a family shelter with 3 children, arrived by Medicaid transportation van, phone minutes limited
- prefers messages through shelter case manager (***).

CC: "whole body itching, can't sleep" + a bump on her scalp that bleeds when she combs.

HPI: 34 yo F, hx eczema since childhood, much worse since moving into the shelter 2 months ago. Itch 9/10,
waking 3-4x/night. Using only Vaseline. No prior systemic therapy. Scalp: firm bump L parietal scalp x 4 months,
bleeds with combing, slowly growing.

Exam: Eczematous lichenified plaques antecubital/popliteal fossae, neck, dorsal hands, ~30% BSA, excoriations,
no impetiginization. L parietal scalp: 6 mm firm pink pearly papule with a small crust. Back: several waxy
stuck-on brown papules 5-12 mm, none inflamed.

Assessment / Plan:
1. Atopic dermatitis, severe flare (~30% BSA). Chronic illness with exacerbation.
   - Triamcinolone 0.1% ointment 454 g BID body, tacrolimus 0.1% oint face/neck, hydroxyzine 25 mg qhs.
   - Bleach baths reviewed (shelter has a tub - case manager to help).
   - Prior authorization for dupilumab started; baseline conjunctivitis screen neg.
2. Papule L parietal scalp - r/o BCC vs adnexal neoplasm. Procedure: 4 mm punch biopsy after consent via
   interpreter and time-out; 1% lido w/ epi; closed with one 4-0 nylon. Specimen to path.
3. Seborrheic keratoses back - asymptomatic. Pt asked to have them frozen; explained cosmetic and not covered by
   her plan, self-pay $***. She decided not today.
F/u 4 weeks for AD (same day as suture removal is too soon - sutures out at 10-14 d, shelter nurse can do it).

Amara Obi, MD
Attending attestation: Seen and examined with resident, agree with plan as documented. I was present for the key
portions of the procedure. The AD management was a separate, significant problem from the biopsy. - F. Adeyemi MD
""",
    "path": [
        {"text": "Skin, left parietal scalp, punch biopsy: Basal cell carcinoma, nodular type, extending to the "
                 "deep margin.", "site": "Left parietal scalp", "date": "2025-09-29"},
    ],
    "expected": E([L("99204", 1, "25"), L("11104")], dx={"99204": ["L20.9"], "11104": ["C44.41"]}),
    "coder_note": "GS-3: the AD flare work (Rx management, PA, counseling) is significant and separate from the "
                  "biopsy decision -> 99204-25 as selected + 11104. SK cryo declined -> not coded.",
})

# ---------------------------------------------------------------------------------------------------------------
# Cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-cos-dual-sk-cryo-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Dual eligible, cryo of 4 asymptomatic SKs for appearance, voluntary ABN signed -> GX+GY",
    "date": "2026-01-13",
    "patient": ("Tran", "Van Minh", "1957-11-02", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, face and back", "L82.1", "Right cheek, left temple, back", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point CHC Dermatology - Procedure Note
DOS: 01/13/2026      Pt: Van Minh Tran, 68M      Coverage: Medicare (primary) / Medicaid (secondary)
Resident: Priya Raman MD PGY-3      Attending: Chidi Okonkwo MD
Interpreter: Vietnamese interpreter ID 4471 used.

Pt returns asking to "get the brown spots off" before his son's wedding in Hanoi. He does not like how they look.
No itching, no bleeding, no irritation from clothing, no growth or change he has noticed in years.

Exam: R cheek 8 mm, L temple 6 mm, upper back two (7 mm, 10 mm) waxy stuck-on tan-brown papules with
horn cysts on dermoscopy. No erythema, no crust, no inflammation. Classic SKs; no diagnostic uncertainty.

Counseling (via interpreter): these are benign, removal is cosmetic and is not a Medicare benefit and Medicaid
will not pay either. Voluntary ABN (CMS-R-131) reviewed in Vietnamese translation; pt chose to proceed and
signed. Cost $*** per session.

Procedure: Cryotherapy with liquid nitrogen spray, 2 freeze-thaw cycles, 4 lesions (R cheek, L temple, upper
back x2). Tolerated well. Blister care reviewed.

A/P: Seborrheic keratoses x 4, cosmetic removal by cryotherapy at patient request. F/u prn.

P. Raman, MD
Attending: I was present for the entire procedure and agree with the resident's documentation. C. Okonkwo MD
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4 + README cosmetic rule: asymptomatic SK removal for appearance, Medicare FFS primary "
                  "-> 17110 (1 unit for up to 14) with GY, plus GX because a voluntary ABN is documented.",
})

SCENARIOS.append({
    "id": "s71-cos-dual-cheek-nevus-shave-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "Dual eligible, shave removal of stable asymptomatic cheek nevus for appearance, no ABN -> GY",
    "date": "2026-02-10",
    "patient": ("Cardoso", "Maria das Dores", "1955-08-21", "female"),
    "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, left cheek", "D22.39", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Shave removal, nevus", site="Left cheek",
          note="0.5 cm dome-shaped flesh-colored papule, removed flush with the skin by shave with a #15 blade; "
               "hemostasis with AlCl. Removal for appearance at patient request.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """Harbor Point Community Health Center - Dermatology
Resident: Tomas Herrera, MD PGY-2. Attending: Chidi Okonkwo, MD.
Interpreter: Portuguese interpreter, in person, ID 7720.
Coverage on file: Medicare Part B (NGS) primary; Medicaid secondary.

70 yo F asks to remove the "bump" on her L cheek before her granddaughter's wedding. Present > 20 years,
no change in size or color, never bleeds, not itchy, not painful, does not catch on anything.
Exam: L cheek 0.5 cm soft dome-shaped skin-colored papule with a few terminal hairs; dermoscopy benign.
No other concerns today.

Discussed via interpreter that this is a benign mole and removal for looks is cosmetic, not covered by Medicare
(or Medicaid). She understands and wants it done today. ABN not signed (not offered - excluded service).
Procedure: shave removal L cheek, 1% lido w/ epi, #15 blade flush with skin, AlCl. Specimen sent per clinic
policy for all removed melanocytic lesions - no clinical concern for atypia.

Dx: benign intradermal nevus L cheek, cosmetic removal.
RTC prn.

Attending attestation: Seen and examined with resident, agree with plan as documented, I was present for the key
portions of the procedure. - C. Okonkwo
""",
    "path": [
        {"text": "Skin, left cheek, shave: Intradermal melanocytic nevus.", "site": "Left cheek",
         "date": "2026-02-16"},
    ],
    "expected": E([L("11310", 1, "GY")], topics=["cosmetic"], dx={"11310": ["D22.39"]}),
    "coder_note": "Benign, unchanged, asymptomatic nevus removed for appearance (BSL-2) on a Medicare FFS primary "
                  "-> cosmetic, GY; no ABN so no GX. Shave removal, face, 0.5 cm -> 11310.",
})

# ---------------------------------------------------------------------------------------------------------------
# Destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-ds-ak-sixteen-dual",
    "family": "destruction", "shape": "note-only",
    "description": "Cryo of sixteen AKs (scalp 9, hands 4+3) -> 17004; SCC history; 5-FU declined for cost",
    "date": "2025-11-18",
    "patient": ("Gutierrez", "Aurelio", "1951-01-27", "male"),
    "provider": "santos", "payer": "medicare-noname", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and dorsal hands", "L57.0", "Scalp, dorsal hands", reason=True),
        C("c2", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """HARBOR POINT CHC DERMATOLOGY CLINIC
Procedure note - cryotherapy of actinic keratoses
Patient: @NAME@ (Aurelio Gutierrez)  DOB 01/27/1951   DOS 11/18/2025
Medicare primary / Medicaid secondary. Interpreter: Spanish interpreter ID 2209 (in person).
Resident: Tomas Herrera MD (PGY-2)     Attending: Rafael Santos MD

74 yo former farmworker, hx SCC L ear treated with Mohs 2021 (no recurrence, ear scar looks good today).
Here for rough spots on the scalp and hands, some tender, catch on his hat.

Exam: bald scalp with nine gritty erythematous scaly papules; dorsal R hand 4 and dorsal L hand 3 similar
lesions. Total sixteen clinically typical AKs. No indurated or ulcerated lesion. L ear scar without nodularity.

Procedure: LN2 cryotherapy, 2 freeze-thaw cycles (~10 s each), to all sixteen AKs (scalp 9, R hand 4, L hand 3).
Verbal consent via interpreter. Tolerated well.

A/P:
1. AKs x 16 treated as above.
2. Hx SCC - NED. Continue 6-12 mo skin checks.
3. Field therapy with 5-fluorouracil cream discussed - Part D copay $*** per tube, pt declined for now.
   Sunscreen samples given; wide-brim hat.
RTC 6 months.

T. Herrera MD / R. Santos MD
Attestation: I saw the patient with the resident, confirmed the findings and was present for the procedure.
""",
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x 1 (never with 17000/17003). SCC history only; "
                  "5-FU declined.",
})

SCENARIOS.append({
    "id": "s71-ds-plantar-warts-two-lines-precoded",
    "family": "destruction", "shape": "pre-coded",
    "description": "Child, 5 painful plantar warts both soles pared+frozen, charged as 17110 on two lines -> one 17110",
    "date": "2025-10-07",
    "patient": ("Warsame", "Abdirahman", "2014-03-15", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Plantar warts, bilateral soles", "B07.0", "Bilateral plantar feet", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions (cryo) - right sole", "17110", "Right plantar foot",
          "3 plantar warts pared with #15 blade then LN2 x 2 cycles.", ["c1"]),
        P("Destruction benign lesions (cryo) - left sole", "17110", "Left plantar foot",
          "2 plantar warts pared with #15 blade then LN2 x 2 cycles.", ["c1"]),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """Harbor Point CHC - Pediatric Dermatology half-day
Resident: Amara Obi MD (PGY-2) | Attending: Folake Adeyemi MD
Interpreter: Somali interpreter via video, ID 5132, for mother.

11 yo boy with warts on both soles x 8 months, painful when running at soccer, limping after practice.
Tried OTC salicylic acid x 2 months (mother says "did nothing").

Exam: R sole 3 and L sole 2 hyperkeratotic papules with pinpoint black dots, interrupted skin lines,
painful on lateral squeeze. Total 5 plantar warts.

Procedure: verbal consent from mother via interpreter. Each wart pared with a #15 blade to remove the callus
cap, then liquid nitrogen 2 freeze-thaw cycles. 5 lesions treated. Tolerated with some tears.

Plan: salicylic acid 40% pads nightly after blisters settle. Candida antigen injections discussed as the next
step if not clearing - mother would like to wait and see. RTC 4 weeks for repeat cryo.

Amara Obi MD
Attestation: Seen and examined with resident, agree with plan as documented, I was present for the key
portions of the procedure. -- F. Adeyemi MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.0"]}),
    "coder_note": "DS-2: 17110 covers up to 14 benign lesions per session, one unit (MUE 1) -> the two 17110 "
                  "lines become one. Paring of the same warts before cryo is part of the destruction (not 11056).",
})

SCENARIOS.append({
    "id": "s71-ds-molluscum-curettage-22",
    "family": "destruction", "shape": "free-text",
    "description": "Child molluscum, 22 lesions curetted -> 17111; cantharidin not on formulary (not applied)",
    "date": "2025-12-16",
    "patient": ("Lopez Ramirez", "Valentina", "2019-06-04", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk and bilateral axillae", reason=True),
    ],
    "procedures": [
        P("Curettage of molluscum contagiosum", site="Trunk and bilateral axillae",
          note="LMX4 under occlusion 45 min. 22 lesions removed with a 3 mm curette; pressure and AlCl hemostasis.",
          reasons=["c1"]),
    ],
    "note_title": "Peds Derm Procedure Note",
    "note": """HARBOR POINT CHC - PEDIATRIC DERMATOLOGY
Resident: Tomas Herrera, MD (PGY-2)       Attending: Folake Adeyemi, MD
Interpreter: Spanish interpreter ID 2215 (in person) for mother.

6 y.o. girl, molluscum x 7 months, spreading, several inflamed lesions in the axillae, scratching and
some now crusted. Older brother with the same at home. Mom asked for removal today since lesions keep spreading
and one axillary lesion got infected last month (treated with mupirocin by PCP).

Exam: ~22 umbilicated pearly papules 1-4 mm on the trunk and both axillae; 3 with surrounding eczematous
erythema (BOTE sign). No secondary bacterial infection today.

Discussed options via interpreter: watchful waiting, cantharidin (Ycanth - not on Medicaid formulary, not
available here; not applied), curettage after topical anesthetic. Mom chose curettage.

Procedure: LMX4 x 45 min. Curettage of twenty-two lesions. Tolerated well with distraction (tablet).
Petrolatum and bandages.

Plan: hydrocortisone 2.5% to eczematous areas BID x 1 wk; separate towels; brother to be seen at next visit.
F/u 6 weeks.

T. Herrera MD / F. Adeyemi MD - attending present for the procedure; agree with documentation.
""",
    "expected": E([L("17111")], dx={"17111": ["B08.1"]}),
    "coder_note": "DS-2: 15 or more benign lesions (molluscum) -> 17111 x 1. Cantharidin not applied.",
})

SCENARIOS.append({
    "id": "s71-ds-edc-bcc-back-plus-aks",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C biopsy-proven superficial BCC upper back, final defect 1.4 cm + cryo 3 AKs hands",
    "date": "2025-10-21",
    "patient": ("Kowalski", "Dariusz", "1967-09-09", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-06", "11102", "Tangential biopsy of skin", "Right upper back",
              "Shave bx 0.9 cm pink scaly plaque. Path: superficial BCC."),
    ],
    "note_title": "Procedure Note - ED&C",
    "note": """Harbor Point Community Health Center | Dermatology Procedure Clinic
DOS 10/21/2025. Patient: Dariusz Kowalski, 58 y/o M (Medicaid managed care).
Resident: Hannah Kowalczyk MD PGY-4. Attending: Ines Castellanos MD.
Interpreter: Polish interpreter by phone, ID 30417.

Indication: Biopsy 10/06/2025 (R upper back) = superficial BCC. Pt chose ED&C over excision (cannot take time
off from his warehouse job for an excision with sutures and lifting limits). Also rough spots on both hands.

Pre-procedure: R upper back 0.9 cm pink scaly plaque with healed biopsy site. Dorsal hands: three gritty
erythematous papules (R hand 2, L hand 1) c/w AKs.

PROCEDURE 1 - Electrodesiccation and curettage, R upper back.
Consent signed (interpreter). Time-out. 1% lidocaine w/ epi 3 mL. Three cycles of curettage and
electrodesiccation. Final defect diameter 1.4 cm. Petrolatum, bandage.

PROCEDURE 2 - Cryotherapy of AKs: LN2, 2 cycles, three lesions dorsal hands (R x2, L x1), separate from the
BCC site.

A/P:
1. Superficial BCC R upper back - ED&C as above, final defect 1.4 cm.
2. AKs x3 hands - cryo.
Wound care sheet in Polish given. F/u 3 months full skin exam (clinic will send bus tokens).

H. Kowalczyk MD
Attestation (I. Castellanos MD): Seen and examined with resident, agree with plan as documented, I was present
for the key portions of the procedures.
""",
    "expected": E([L("17262"), L("17000", 1, "XS"), L("17003", 2)],
                  dx={"17262": ["C44.519"], "17000": ["L57.0"]}),
    "coder_note": "DS-4: malignant destruction sized by the final curettage defect 1.4 cm, trunk -> 17262. DS-1: "
                  "three AKs -> 17000 + 17003 x2. PTP 17262/17000 indicator 1, different lesions -> XS on 17000 "
                  "(no 17262/17003 edit). Biopsy 15 days earlier is 000, no global issue.",
})

# ---------------------------------------------------------------------------------------------------------------
# E/M
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-em-newpt-hand-derm-patch-deferred",
    "family": "em", "shape": "note-only",
    "description": "New pt nail-salon hand dermatitis, 99203; patch testing recommended but deferred (cannot miss work)",
    "date": "2025-09-30",
    "patient": ("Pham", "Ngoc Anh", "1984-12-01", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 35,
    "em": "99203",
    "conditions": [
        C("c1", "Hand dermatitis, irritant vs allergic contact", "L25.9", "Bilateral hands", reason=True),
    ],
    "note_title": "New Patient Consult",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - DERMATOLOGY
New patient consult, referred by PCP (Dr. Hollis, Harbor Point adult medicine)
Date: 09/30/2025
Resident: Jae-won Park MD PGY-3 | Attending: Chidi Okonkwo MD
Interpreter: Vietnamese interpreter ID 4471 used for the entire visit.

CC: cracked, itchy hands x 5 months.
HPI: 40 yo F, nail technician 6 days/wk, acrylics and gel polish, wears vinyl gloves "sometimes". Worse on
fingertips and backs of hands, better on a week off at Tet. PCP gave hydrocortisone 1% - minimal help.
No asthma, no childhood eczema. Meds: none. Allergies: NKDA.

Exam: Bilateral dorsal hands and fingertips with erythematous scaly fissured plaques, few vesicles on lateral
fingers; periungual erythema R index/middle; nails without pitting. Face, neck, feet clear.

A/P:
Hand dermatitis - irritant vs allergic contact (acrylates suspected).
- Clobetasol 0.05% ointment BID x 2 wk then weekends; petrolatum after every wash.
- Nitrile gloves (box given), avoid touching uncured gel.
- Patch testing (incl. acrylate series) recommended. Pt cannot take off 3 visits in one week (paid per client,
  no sick days) - patch testing DEFERRED; will reconsider in slow season. No patch test applied today.
- Work note provided.
Follow-up with PCP; return here prn or when ready for patch testing.

Jae-won Park, MD
Attending attestation: I saw and evaluated the patient with Dr. Park, reviewed the history and exam, and agree
with the assessment and plan as documented. - Chidi Okonkwo, MD
""",
    "expected": E([L("99203")]),
    "coder_note": "New patient E/M kept at the provider-selected 99203 (conventions). Patch testing only planned -> "
                  "no 95044. Episodic consult, care returned to the PCP.",
})

SCENARIOS.append({
    "id": "s71-em-dual-screening-fse-gy",
    "family": "em", "shape": "note-only",
    "description": "Dual eligible new pt, screening-only full skin exam, no history/complaint/findings -> 99202-GY",
    "date": "2025-11-25",
    "patient": ("Baptiste", "Yolette", "1960-10-14", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Dermatology New Patient Note",
    "note": """Harbor Point CHC Dermatology
NEW PATIENT - SKIN CHECK              DOS 11/25/2025
Resident: Amara Obi MD (PGY-2)         Attending: Rafael Santos MD
Coverage: Medicare Part B primary, Medicaid secondary (dual).
Interpreter: Haitian Creole interpreter by phone, ID 88310.

Reason for visit: "my PCP said to get a skin check now that I'm on Medicare."
65 yo F. No skin complaints. No new, changing, itching or bleeding spots. No personal history of skin cancer,
no family history of melanoma. No history of blistering sunburns. No immunosuppression.

Full skin exam (scalp to soles, incl. nails, mucosa, genital exam declined): Fitzpatrick V. Scattered
dermatosis papulosa nigra on the malar cheeks (pt not bothered). No suspicious pigmented lesions, no
nodules, no non-healing lesions. Palms/soles/nails normal.

A/P: Screening skin exam - normal, no suspicious lesions. Reviewed acral melanoma warning signs for darker skin
types; self-exam handout in Kreyol. No routine dermatology follow-up needed; return if any new or changing
lesion.

@NAME@, MD
Attending: I saw the patient with the resident and agree with the findings and plan. - R. Santos MD
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5 + README: Medicare screening-only full-skin exam (no personal history, no complaint, nothing "
                  "suspicious found) -> E/M with GY. Level kept as selected.",
})

SCENARIOS.append({
    "id": "s71-em-scabies-inside-cyst-global-24",
    "family": "em", "shape": "note-only",
    "description": "Scabies visit 6 days after cyst excision (010 global), excision site not addressed -> 99213-24",
    "date": "2025-11-12",
    "patient": ("Mahamud", "Faadumo", "1988-02-23", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Scabies", "B86", "Hands, wrists, waist", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-06", "11403", "Excision, benign lesion trunk", "Upper back",
              "Epidermoid cyst 2.0 cm, excised diameter 2.3 cm."),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """HARBOR POINT CHC - DERMATOLOGY CLINIC NOTE                          11/12/2025
Resident: Priya Raman, MD PGY-3 / Attending: Chidi Okonkwo, MD
Interpreter: Somali interpreter in person, ID 5132.
SDOH: pt and 4 children moved into a relative's 2-bedroom apt 3 weeks ago; 9 people in the home.

S: 37 yo F, had her upper back cyst excised here 11/06 (sutures due out 11/18 - back not examined today, no
concerns per pt). Comes in today for a NEW problem: intense itching x 2 weeks, worse at night; two of her
children and her cousin also itching.

O: Excoriated papules and burrows on finger webs, volar wrists, periumbilical and waistband area, a few nodules
on the axillary folds. Dermoscopy: "jet with contrail" / delta-wing sign at L 3rd web space.

A/P: Scabies, household outbreak.
- Permethrin 5% cream for patient and all household contacts (9 people - Rx sent for each child seen here under
  their own charts; adult contacts to PCP), repeat in 7 days. Laundry/bagging instructions via interpreter.
- Hydroxyzine 25 mg qhs prn itch x 2 wk; explained itch may persist 2-4 wks.
- If permethrin fails or too hard to do for 9 people: oral ivermectin next visit.
Keep 11/18 appointment for suture removal.

P. Raman MD
Attending: Seen and examined with resident, agree with plan as documented. - C. Okonkwo MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["B86"]}),
    "coder_note": "GS-5: unrelated problem managed inside the 10-day global of 11403 (11/06) by the same practice -> "
                  "E/M with 24. The excision site was not evaluated, so no 99024.",
})

SCENARIOS.append({
    "id": "s71-em-newpt-drug-eruption-bx-not-done",
    "family": "em", "shape": "free-text",
    "description": "New pt morbilliform drug eruption, 99204; punch biopsy ordered but not done (childcare) -> E/M only",
    "date": "2026-01-20",
    "patient": ("Ibarra", "Luis Fernando", "1996-07-18", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 50,
    "em": "99204",
    "conditions": [
        C("c1", "Morbilliform drug eruption, suspected trimethoprim-sulfamethoxazole", "L27.0", "Trunk, extremities",
          reason=True),
    ],
    "procedures": [
        P("Punch biopsy 4 mm", site="Left flank",
          note="NOT PERFORMED - pt declined today, had to leave to pick up his kids (no childcare). Will do at "
               "return visit if rash not improving off the drug.", reasons=["c1"], status="not-done"),
    ],
    "note_title": "New Patient Visit",
    "note": """Harbor Point Community Health Center - Dermatology (same-day add-on slot)
Resident: Hannah Kowalczyk MD PGY-4 / Attending: Rafael Santos MD
Interpreter: Spanish interpreter ID 2209 (in person).

29 yo M, new to derm. Started TMP-SMX 11 days ago at urgent care for a "boil" on the thigh. Rash began 2 days
ago on the trunk, now arms and legs, itchy. No fever, no mouth/eye/genital sores, no skin pain, no blisters.

Exam: T 37.1. Confluent erythematous morbilliform macules and papules on the trunk and proximal extremities,
~50% BSA. No mucosal erosions, Nikolsky negative, no targetoid lesions, no facial edema. Thigh furuncle healed.

Data: CBC with diff, CMP ordered today (eosinophils, LFTs, creatinine) - results to be reviewed by phone.

A/P: Morbilliform drug eruption, TMP-SMX most likely. Ddx DRESS (watch labs), early SJS unlikely.
- STOP TMP-SMX; added to allergy list as "sulfonamide antibiotics - rash".
- Triamcinolone 0.1% cream BID, cetirizine 10 mg BID.
- Return precautions (fever, blisters, mucosal sores, face swelling) reviewed via interpreter; written copy.
- Punch biopsy was recommended to confirm - NOT done (see procedure entry: pt had to leave, no childcare).
F/u 1 week phone visit; then back to PCP for ongoing care.

H. Kowalczyk MD
Attending attestation: I saw and examined the patient, discussed with the resident, and agree with the
documented findings and plan. R. Santos MD
""",
    "expected": E([L("99204")]),
    "coder_note": "Biopsy Procedure is status not-done -> not coded; E/M alone, no 25 needed. Level kept as "
                  "selected (new problem with uncertain prognosis, labs, Rx management).",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, benign
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-exb-back-cyst-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Epidermoid cyst upper back 2.0 cm, 1 mm margin -> excised 2.2 cm; layered closure 5.8 cm",
    "date": "2025-11-06",
    "patient": ("Oyelaran", "Babatunde", "1979-04-04", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 50,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Upper back, midline", reason=True),
    ],
    "note_title": "Procedure Note - Excision",
    "note": """HARBOR POINT CHC DERMATOLOGY PROCEDURE CLINIC
PROCEDURE NOTE: EXCISION OF CYST                        DOS 11/06/2025
Resident: Jae-won Park MD (PGY-3)   Attending: Chidi Okonkwo MD (present for key portions)
Patient: @NAME@, 46 y/o M

Indication: cyst upper back x 4 yrs; inflamed and drained twice (urgent care I&D 03/2025, and spontaneous
drainage 07/2025); painful lying on his back at night and with his work backpack. Currently not inflamed.

Pre-op: 2.0 cm mobile subcutaneous cyst with central punctum, midline upper back. No erythema or fluctuance.
Consent signed. Time-out. Prep: chlorhexidine. Anesthesia: 1% lidocaine with epi 8 mL.

Excision: fusiform excision oriented along relaxed skin tension lines. Margin 1 mm around the cyst/punctum.
Excised diameter (lesion 2.0 + 2 x 0.1 cm) = 2.2 cm. Cyst removed intact with sac, some fibrosis from prior
rupture. Specimen to pathology.

Repair: layered closure. Deep dermal/subcutaneous 3-0 Vicryl buried interrupted; epidermis 4-0 nylon simple
interrupted. Final length of repair 5.8 cm.
EBL < 5 mL. No complications. Pressure dressing.

Post-op: no backpack x 1 wk, wound care handout. Sutures out in 12 days (11/18).

J. Park MD
Attending attestation: I was present for the key portions of the procedure and agree with the note as
documented. - C. Okonkwo MD
""",
    "path": [
        {"text": "Skin and subcutis, upper back, excision: Ruptured epidermoid (infundibular) cyst with foreign body "
                 "giant cell reaction and fibrosis.", "site": "Upper back", "date": "2025-11-11"},
    ],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.0 + 2 x 0.1 = 2.2 cm, trunk -> 11403. EX-5: layered (intermediate) closure separately "
                  "reported, trunk 5.8 cm -> 12032. Symptomatic recurrently inflamed cyst, not cosmetic.",
})

SCENARIOS.append({
    "id": "s71-exb-thigh-dysplastic-precoded-malig",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pre-coded 11602 + 12001; path dysplastic nevus (benign) -> 11402; simple closure included",
    "date": "2025-12-09",
    "patient": ("Whitehorse", "Danielle", "1993-03-29", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 45,
    "conditions": [
        C("c1", "Atypical pigmented lesion, right anterior thigh", "D22.71", "Right anterior thigh", reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs, 1.1-2.0 cm", "11602", "Right anterior thigh",
          "Lesion 0.8 x 0.6 cm, 2 mm margins, excised diameter 1.2 cm.", ["c1"]),
        P("Simple repair, 2.5 cm or less", "12001", "Right anterior thigh",
          "Single-layer closure, 4-0 nylon simple interrupted, 2.5 cm.", ["c1"]),
    ],
    "note_title": "Excision Note",
    "note": """Harbor Point Community Health Center - Dermatology
Excision, R anterior thigh                                  12/09/2025
Resident: Tomas Herrera MD (PGY-2)     Attending: Rafael Santos MD
Pt: Danielle Whitehorse, 32F.

Indication: changing pigmented lesion R thigh (darker, new irregular border per pt photos), dermoscopy with
atypical network and regression; excision for diagnosis (pt preferred complete removal over biopsy-then-
re-excision because the clinic is a 90-minute bus ride each way).

Lesion 0.8 x 0.6 cm. Margins 2 mm. Excised diameter 0.8 + 0.4 = 1.2 cm.
1% lido w/ epi. Elliptical excision to subcutaneous fat. Single-layer closure with 4-0 nylon simple interrupted,
2.5 cm. Hemostasis with pressure/cautery. Specimen oriented with a suture at 12 o'clock.

Pre-op Dx: atypical nevus r/o melanoma.
Charges entered by resident at time of procedure as malignant excision (pending path).

Addendum 12/15/2025: Path = dysplastic compound nevus, moderate atypia, margins clear. No further surgery.
Pt notified via MyChart (message translated? - not needed, English).

T. Herrera MD
Seen and examined with resident, agree with plan as documented, I was present for the key portions of the
procedure. -RS
""",
    "path": [
        {"text": "Skin, right anterior thigh, excision: Dysplastic (atypical) compound nevus with moderate "
                 "cytologic atypia; margins free.", "site": "Right anterior thigh", "date": "2025-12-15"},
    ],
    "expected": E([L("11402")], topics=["coding-correction", "ncci"], dx={"11402": ["D22.71"]}),
    "coder_note": "EX-3: benign vs malignant follows final path; dysplastic nevus is benign -> 11402 (1.2 cm, TAL). "
                  "EX-5: simple repair is included (11402/12001 PTP indicator 1, same wound) -> 12001 removed.",
})

SCENARIOS.append({
    "id": "s71-exb-forearm-dermatofibroma-dual",
    "family": "excision-benign", "shape": "free-text",
    "description": "Dual eligible, painful enlarging dermatofibroma L forearm excised 1.0 cm; SK removal deferred",
    "date": "2026-02-03",
    "patient": ("Dubois", "Claudette", "1958-05-06", "female"),
    "provider": "adeyemi", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Dermatofibroma, left forearm, painful, enlarging", "D23.62", "Left dorsal forearm", reason=True),
        C("c2", "Seborrheic keratosis, back", "L82.1", "Mid back"),
    ],
    "procedures": [
        P("Excision benign lesion", site="Left dorsal forearm",
          note="Lesion 0.6 cm; 0.2 cm margins; fusiform excision, closed with 4-0 nylon simple interrupted.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """HARBOR POINT CHC - DERMATOLOGY
Resident: Priya Raman MD PGY-3 | Attending: Folake Adeyemi MD
Coverage: Medicare Part B / Medicaid secondary (dual).

67 yo F with a firm bump on L forearm x 2 yrs, growing over the last 6 months (was "pea size", now larger),
tender when bumped, hurts when she carries grocery bags on that arm.
Exam: L dorsal forearm 0.6 cm firm brown papule, positive dimple sign, tender to palpation. Dermoscopy:
central white scar-like patch, peripheral delicate network.

Procedure: excision. Consent, time-out, 1% lido w/ epi. Lesion 0.6 cm, margins 0.2 cm each side. Fusiform
excision, closed with 4-0 nylon simple interrupted sutures (single layer). Specimen to path.

Also: pt asked if the "brown crusty spot" on her mid back could be removed at the same time. Asymptomatic SK,
not irritated. Explained Medicare considers this cosmetic; she'd rather not pay - NOT treated.

A/P: Painful, enlarging dermatofibroma L forearm - excised. SK back - no treatment.
Suture removal 10-14 d at her PCP site (closer to home).

P. Raman MD
Attestation: I was present for the key portions of the procedure and agree with the resident's note.
F. Adeyemi MD
""",
    "path": [
        {"text": "Skin, left forearm, excision: Dermatofibroma (benign fibrous histiocytoma), completely excised.",
         "site": "Left forearm", "date": "2026-02-09"},
    ],
    "expected": E([L("11401")], dx={"11401": ["D23.62"]}),
    "coder_note": "EX-1: 0.6 + 2 x 0.2 = 1.0 cm, arm -> 11401. Pain and recent enlargement meet BSL-3, so no GY/GA. "
                  "SK not treated. Simple closure included.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, malignant
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-exm-hand-scc-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven SCC R dorsal hand, 1.2 cm + 4 mm margins -> 2.0 cm; layered closure 3.5 cm hand",
    "date": "2025-10-28",
    "patient": ("Castillo", "Ramon", "1963-12-12", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-07", "11102", "Tangential biopsy", "Right dorsal hand",
              "Path: invasive SCC, well differentiated."),
    ],
    "note_title": "Operative Note - Excision",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER
DERMATOLOGIC SURGERY - OPERATIVE NOTE
Date: 10/28/2025    Surgeon: Ines Castellanos MD (attending)   Assistant: Hannah Kowalczyk MD (PGY-4)
Patient: Ramon Castillo, 61 M. Spanish interpreter ID 2209 (in person).

Pre-op dx: invasive SCC, well differentiated, R dorsal hand (bx 10/07/2025).
Post-op dx: same.
Indication: Mohs discussed (hand = appropriate); nearest Mohs surgeon who takes his plan has a 4-month wait and
is 2 buses away - pt chose standard excision here with 4 mm margins today.

Lesion 1.2 cm keratotic nodule R dorsal hand (2nd-3rd metacarpal area). Margin 4 mm.
Excised diameter: 1.2 + 0.8 = 2.0 cm.

Procedure: consent via interpreter; time-out. Regional infiltration with 1% lido w/ epi 6 mL. Elliptical
excision to the level of the superficial fascia, extensor tendons not exposed. Specimen oriented (suture 12:00).
Repair: layered closure - 4-0 Monocryl deep dermal buried sutures, 5-0 nylon running superficial. Length 3.5 cm.
Hemostasis: electrocautery. EBL minimal.

Post-op: no heavy lifting with R hand 10 days (work note for his landscaping job - he will lose pay; social work
referral for emergency funds placed). Sutures out day 14.

H. Kowalczyk MD / I. Castellanos MD
Attending: I performed the key portions of the procedure with the resident and agree with this note.
""",
    "path": [
        {"text": "Skin, right dorsal hand, excision: Squamous cell carcinoma, well differentiated, invasive to "
                 "superficial dermis; all margins clear (closest 3 mm).", "site": "Right dorsal hand",
         "date": "2025-11-03"},
    ],
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.622"]}),
    "coder_note": "EX-1/EX-2: 1.2 + 2 x 0.4 = 2.0 cm, hand (SNHFG) -> 11622. EX-5/REP-2: layered repair of the hand "
                  "3.5 cm -> 12042, separately reportable. Mohs only discussed.",
})

SCENARIOS.append({
    "id": "s71-exm-mis-reexcision-58-precoded",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision MIS positive margin 8 days after 11603 (010 global); scar 2.8 + 0.5 margins -> 11604-58",
    "date": "2026-01-27",
    "patient": ("Haddad", "Samira", "1956-09-17", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back, positive lateral margin", "D03.59", "Left upper back",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-01-19", "11603", "Excision, malignant lesion trunk", "Left upper back",
              "MIS 1.2 cm, 0.5 cm margins, excised diameter 2.2 cm. Path: MIS, lateral margin involved."),
    ],
    "procedures": [
        P("Excision malignant lesion trunk, 3.1-4.0 cm", "11604", "Left upper back",
          "Re-excision of scar with 0.5 cm margins; excised diameter 3.8 cm; simple interrupted closure.", ["c1"]),
    ],
    "note_title": "Procedure Note - Re-excision",
    "note": """Harbor Point CHC - Dermatologic Surgery
RE-EXCISION, LEFT UPPER BACK                               01/27/2026
Attending surgeon: Ines Castellanos MD      Resident: Jae-won Park MD (PGY-3)
Pt: Samira Haddad, 69 F. Medicare primary, Medicaid secondary. Arabic interpreter ID 1188 (video).

History: MIS L upper back excised here 01/19/2026 (0.5 cm margins). Final path: melanoma in situ, lateral
margin involved at 3 o'clock. Re-excision was planned at that time and scheduled as the next stage of treatment.
Today is post-op day 8 from the first excision; wound intact, sutures left in and excised with the specimen.

Procedure: consent via interpreter, time-out. 1% lido w/ epi.
Scar/residual lesion 2.8 cm. New margin 0.5 cm around the entire scar.
Excised diameter = 2.8 + 2 x 0.5 = 3.8 cm.
Excised to fat, specimen oriented. Closure in a single layer with 4-0 nylon simple interrupted (wound closed
without tension, no deep sutures needed).

Plan: path f/u; sutures out in 14 days; skin checks q3 months x 1 yr.

J. Park MD
Attending: I was present for and performed the key portions of the procedure; agree with the documentation.
I. Castellanos MD
""",
    "path": [
        {"text": "Skin, left upper back, re-excision: Residual melanoma in situ, 2 mm focus adjacent to scar; all "
                 "margins free.", "site": "Left upper back", "date": "2026-02-02"},
    ],
    "expected": E([L("11604", 1, "58")], topics=["global-period"], dx={"11604": ["D03.59"]}),
    "coder_note": "EX-4/GS-5: planned re-excision for positive margin inside the 10-day global of 11603 -> 58. "
                  "Excised diameter from the documented scar + margins, 3.8 cm trunk -> 11604 (malignant, MIS = D03). "
                  "Simple closure included.",
})

SCENARIOS.append({
    "id": "s71-exm-nose-bcc-layered-mohs-declined",
    "family": "excision-malignant", "shape": "free-text",
    "description": "BCC L nasal sidewall 0.7 cm + 3 mm margins -> 1.3 cm; layered repair 3.6 cm; Mohs declined (travel)",
    "date": "2025-12-11",
    "patient": ("Abdi", "Hodan", "1949-02-02", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left nasal sidewall", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Excision of basal cell carcinoma", site="Left nasal sidewall",
          note="Lesion 0.7 cm, 3 mm margins, excised diameter 1.3 cm, to the level of the nasalis.", reasons=["c1"]),
        P("Layered closure", site="Left nasal sidewall",
          note="Deep 5-0 Monocryl buried, 6-0 nylon superficial; length 3.6 cm.", reasons=["c1"]),
    ],
    "note_title": "Dermatologic Surgery Note",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - DERM SURGERY
Resident: Hannah Kowalczyk, MD (PGY-4)   Attending: Ines Castellanos, MD
Interpreter: Somali interpreter ID 5132 (in person).

76 yo F, biopsy-proven nodular BCC L nasal sidewall (bx 11/2025 at this clinic).
Mohs was recommended (nose = area H). Referral placed last month; pt declined the university Mohs center:
two buses + a transfer, no one to accompany her, and the NEMT van does not cross the county line. Shared
decision: standard excision here with 3 mm margins and permanent sections.

Procedure: consent via interpreter, time-out. 1% lido w/ epi.
Lesion 0.7 cm; margins 3 mm. Excised diameter 1.3 cm. Excised to the nasalis muscle, specimen oriented.
Repair: layered closure - deep 5-0 Monocryl buried, 6-0 nylon simple interrupted. Length 3.6 cm.
No cartilage exposure. Hemostasis with cautery.

A/P: nodular BCC L nasal sidewall, excised; await margins. If positive -> re-excision vs renewed Mohs discussion.
Sutures out in 6-7 days.

H. Kowalczyk MD
Attending attestation: Seen and examined with resident, agree with plan as documented, I was present for the key
portions of the procedure. - I. Castellanos MD
""",
    "path": [
        {"text": "Skin, left nasal sidewall, excision: Basal cell carcinoma, nodular type; margins free (closest "
                 "2 mm, deep).", "site": "Left nasal sidewall", "date": "2025-12-17"},
    ],
    "expected": E([L("11642"), L("12052")], dx={"11642": ["C44.311"]}),
    "coder_note": "EX-1: 0.7 + 2 x 0.3 = 1.3 cm, nose (FEENLM) -> 11642. Layered face repair 3.6 cm -> 12052. "
                  "Mohs recommended but not done.",
})

# ---------------------------------------------------------------------------------------------------------------
# Incision and drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-id-axilla-abscess-em-decision-only",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Walk-in L axillary abscess, simple I&D; resident-selected 99213 covers only the decision to drain",
    "date": "2025-10-02",
    "patient": ("Jackson", "Tyrell", "1998-08-25", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "note_title": "Derm Walk-in Note",
    "note": """HARBOR POINT CHC - DERMATOLOGY WALK-IN
Date 10/02/2025   Pt: @NAME@ (Tyrell Jackson), 27 M   Established pt (seen 2023 for acne, discharged)
Resident: Priya Raman MD PGY-3   Attending: Chidi Okonkwo MD
SDOH: between jobs, staying with a friend; no car.

S: painful lump L armpit x 4 days, getting bigger, started draining a little this morning. No fevers. No prior
boils. No hx of HS, no other lumps in groin/breasts.
O: afebrile. L axilla: 2.5 cm fluctuant tender erythematous nodule with a pustular point; 1 cm rim of erythema,
no streaking, no lymphangitis. No other axillary/inguinal nodules, no sinus tracts, no comedones.

A: Simple cutaneous abscess L axilla. Not HS.
P: I&D today.
PROCEDURE: verbal and written consent, time-out. 1% lido w/ epi field block. Single stab incision with #11
blade, ~5 mL purulent material expressed, loculations broken with hemostat, irrigated with NS, packed with 1/4"
iodoform gauze. Culture sent.
No antibiotics needed after adequate drainage (no cellulitis, immunocompetent). Warm compresses, remove packing
in 48 h (pt will do at home - supplies given, he cannot return for a packing check).
Charge: 99213 + I&D (***).

P. Raman MD
Attending: I was present for the key portions of the procedure and agree with the plan as documented. C. Okonkwo
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "GS-3 + README: the visit work is only the evaluation of the abscess and the decision to drain it "
                  "(no other problem, no Rx) -> E/M removed; simple single abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s71-id-two-abscesses-precoded-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two separate abscesses (R buttock, L thigh) drained, pre-coded 10060 twice -> 10061 once",
    "date": "2025-11-20",
    "patient": ("Boudreaux", "Kayla", "1990-01-11", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
        C("c2", "Cutaneous abscess of left lower limb", "L02.416", "Left posterior thigh", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple or single", "10060", "Right buttock",
          "3 cm fluctuant abscess, incised and drained, packed.", ["c1"]),
        P("Incision and drainage of abscess, simple or single", "10060", "Left posterior thigh",
          "2 cm fluctuant abscess, incised and drained, no packing.", ["c2"]),
    ],
    "note_title": "Procedure Note - I&D",
    "note": """Harbor Point Community Health Center | Dermatology
I&D x 2                                                 11/20/2025
Resident: Amara Obi MD PGY-2    Attending: Rafael Santos MD
35 yo F, 2 painful boils x 5 days (R buttock and back of L thigh). Works as a home health aide, sits in her car
between clients. No fever. Roommate had "boils" last month.

Exam: R buttock 3 cm fluctuant tender nodule with overlying erythema; L posterior thigh 2 cm fluctuant nodule.
Separate sites, no connecting tract. No cellulitis beyond 1 cm.

Procedure: consent, time-out, 1% lido w/ epi.
1) R buttock: linear incision, 6 mL pus, loculations broken, irrigated, packed with 1/4" plain gauze.
2) L thigh: linear incision, 3 mL pus, irrigated, left open, no packing.
Cultures from both sent.

Plan: warm soaks; packing out at home in 48 h; bleach baths + chlorhexidine wash for decolonization x 5 days;
roommate to see PCP. Return if fever or spreading redness. Culture results by phone.

A. Obi MD / R. Santos MD (attending present for the procedures; agree with note)
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "10060 is simple or single; drainage of multiple abscesses at one session is 10061, reported once "
                  "(MUE 1). The two 10060 lines become one 10061.",
})

# ---------------------------------------------------------------------------------------------------------------
# Intralesional
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-il-keloids-chest-40mg",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 3 chest keloids, Kenalog-40 total 1.0 mL = 40 mg -> 11900 + J3301 x4",
    "date": "2025-12-04",
    "patient": ("Mensah", "Kwabena", "1986-06-30", "male"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, anterior chest, itchy and painful", "L91.0", "Anterior chest", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point CHC Dermatology - procedure visit
12/04/2025 | Resident: Jae-won Park MD PGY-3 | Attending: Chidi Okonkwo MD
Pt: Kwabena Mensah, 39 M. English.

Keloids on the central chest from old acne, 3 lesions, itchy and painful with his work harness (warehouse).
Series #2 (first injections 6 weeks ago, itch improved ~30%).

Exam: presternal keloids 3.0 x 1.5 cm, 2.0 x 1.0 cm and 1.2 x 0.8 cm, firm, pink, tender.

Procedure: intralesional triamcinolone acetonide (Kenalog-40, 40 mg/mL).
 - Keloid #1 (3.0 cm): 0.4 mL
 - Keloid #2 (2.0 cm): 0.3 mL
 - Keloid #3 (1.2 cm): 0.3 mL
Total 1.0 mL = 40 mg. 30-g needle, no complications.

Plan: silicone gel sheets nightly (Medicaid does not cover - gave samples). Cryotherapy + ILK combo discussed for
next time - not done today. Repeat in 6 weeks.

J. Park MD
Attestation: Seen and examined with resident, agree with plan as documented, I was present for the key portions
of the procedure. C. Okonkwo MD
""",
    "expected": E([L("11900"), L("J3301", 4)], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 = up to 7 lesions, one unit. J3301 per 10 mg: 40 mg -> 4 units. Cryo only discussed.",
})

SCENARIOS.append({
    "id": "s71-il-alopecia-areata-nine-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Dual eligible, ILK to 9 alopecia areata patches (scalp 7, beard 2), 25 mg; pre-coded 11900 -> 11901",
    "date": "2026-01-08",
    "patient": ("Yusupov", "Rustam", "1959-03-03", "male"),
    "provider": "adeyemi", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, scalp and beard", "L63.9", "Scalp and beard", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", "11900", "Scalp and beard",
          "Kenalog-10 to alopecia areata patches.", ["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - DERMATOLOGY
Resident: Tomas Herrera MD (PGY-2) / Attending: Folake Adeyemi MD
Pt: Rustam Yusupov, 66 M. Medicare Part B primary, Medicaid secondary. Russian interpreter ID 4020 by phone.

Alopecia areata x 8 months, scalp and beard, worse since last visit. Clobetasol solution not helping.
Exam: smooth nonscarring patches with exclamation-point hairs: scalp 7 patches (1-4 cm), beard 2 patches
(1-2 cm). Total nine patches.

Procedure: ILK - triamcinolone acetonide 10 mg/mL (Kenalog-10), 0.1 mL per site at 1 cm intervals, 30-g needle.
Injected all nine patches (scalp 7 + beard 2). Total volume 2.5 mL = 25 mg.
Tolerated well.

Plan: repeat q4-6 wk; TSH/CBC ordered (never checked). JAK inhibitor not covered for AA on his plan - not
pursued. Return 5 weeks.

T. Herrera MD
Attending: Seen and examined with resident, agree with plan as documented, I was present for the key portions of
the procedure. F. Adeyemi MD
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "Nine lesions injected -> 11901 (more than 7), not 11900. J3301 per 10 mg: 25 mg -> ceil 3 units.",
})

SCENARIOS.append({
    "id": "s71-il-acne-cysts-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "Acne management with new Rx (99213-25) + ILK to 4 cysts, 1 mg total -> 11900 + J3301 x1",
    "date": "2025-10-16",
    "patient": ("Morales", "Jazmin", "2006-04-22", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, jawline", reason=True),
    ],
    "procedures": [
        P("Intralesional Kenalog injection", site="Jawline and chin",
          note="Triamcinolone 2.5 mg/mL (Kenalog-10 diluted with NS), 0.1 mL into each of 4 inflamed cysts; "
               "total 0.4 mL = 1 mg.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Follow-up",
    "note": """Harbor Point CHC - Dermatology f/u
DOS 10/16/2025. Resident: Amara Obi MD PGY-2. Attending: Rafael Santos MD.
19 yo F, acne x 4 yrs, seen 3 months ago (started adapalene only - pharmacy would not fill BPO combo).
Worse: painful cysts on jawline, new scarring. Community college student, works at a drive-thru.

Exam: moderate-severe inflammatory acne: ~20 papules/pustules cheeks/forehead, 4 tender fluctuant cysts on the
jawline/chin (6-10 mm), early atrophic scars cheeks. Back with a few papules.

A/P:
1. Acne vulgaris, nodulocystic, worsening - chronic illness with progression.
   - Start doxycycline 100 mg BID x 12 wk (photosensitivity/GI counseling), continue adapalene 0.1%, add
     benzoyl peroxide 5% wash (OTC, covered with Rx).
   - Isotretinoin discussed as the next step; iPLEDGE requirements reviewed; she will consider.
   - OCP discussion - she will talk with her PCP/family planning.
2. Four inflamed cysts - ILK today (see procedure): Kenalog 2.5 mg/mL, 0.1 mL to each of 4 cysts = 1 mg total.
RTC 3 months.

A. Obi MD
Attending attestation: I saw and examined the patient, agree with the resident's assessment and plan; the acne
medication management was separate from the cyst injections. I was present for the injections. - R. Santos MD
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L70.0"]}),
    "coder_note": "GS-3: new systemic Rx and isotretinoin counseling are significant, separately identifiable -> "
                  "99213-25. 11900 for 4 lesions. J3301 per 10 mg: 1 mg rounds up to 1 unit.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-mx-cheek-bx-plus-ak-cryo-dual",
    "family": "mixed", "shape": "note-only",
    "description": "Dual eligible: tangential bx L cheek + cryo 5 AKs elsewhere -> 11102, 17000-XS, 17003 x4",
    "date": "2025-09-16",
    "patient": ("Vasquez", "Eulogio", "1948-10-30", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Scaly papule, left cheek", "D04.39", "Left cheek", reason=True),
        C("c2", "Actinic keratoses, scalp and ears", "L57.0", "Scalp, helices", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """HARBOR POINT CHC / DERMATOLOGY                                     09/16/2025
Resident: Hannah Kowalczyk MD PGY-4      Attending: Rafael Santos MD
Pt: Eulogio Vasquez, 76 M. Medicare A/B + full Medicaid. Interpreter: Spanish ID 2209.
Lives with daughter; she drove him today (took the morning off).

S: rough spot L cheek x 5 mo, bleeds when he shaves. Several scaly spots on the scalp and ears that sting.
O: L cheek 6 mm erythematous hyperkeratotic papule, slightly indurated. Scalp: 3 gritty scaly papules;
R helix 1, L helix 1 - total five AKs, none indurated.

Procedures (consent via interpreter, time-out):
1. L cheek - tangential biopsy (DermaBlade), AlCl. r/o SCC vs SCCIS.
2. LN2 cryotherapy to five AKs: scalp x3, R helix, L helix. 2 cycles each. (Separate sites from the biopsy.)

Plan: path f/u by phone via interpreter. If SCC -> excision vs ED&C (daughter needs notice to take off work).
Sun protection, hat.

H. Kowalczyk MD
Attending: Seen and examined with resident, agree with plan as documented, I was present for the key portions of
the procedure. R. Santos MD
""",
    "path": [
        {"text": "Skin, left cheek, shave biopsy: Squamous cell carcinoma in situ, hypertrophic type, extending to "
                 "the base.", "site": "Left cheek", "date": "2025-09-22"},
    ],
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 4)],
                  dx={"11102": ["D04.39"], "17000": ["L57.0"]}),
    "coder_note": "BX-5 case 1: biopsy of a separate lesion with destruction of others -> both. PTP 11102/17000 "
                  "indicator 1, distinct lesions -> XS on 17000 (column 2). Five AKs -> 17000 + 17003 x4.",
})

SCENARIOS.append({
    "id": "s71-mx-shave-isk-plus-finger-warts",
    "family": "mixed", "shape": "free-text",
    "description": "Shave removal irritated SK back 0.9 cm + cryo 3 finger warts -> 11301 + 17110-XS",
    "date": "2026-02-24",
    "patient": ("Begay", "Loretta", "1970-09-05", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, mid back", "L82.0", "Mid back at bra line", reason=True),
        C("c2", "Common warts, right fingers", "B07.8", "Right 2nd and 3rd fingers", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Mid back, bra line",
          note="0.9 cm inflamed, crusted, bleeding SK; shave removal with DermaBlade, AlCl.", reasons=["c1"]),
        P("Cryotherapy warts", site="Right index and middle fingers",
          note="3 verrucae, LN2 2 cycles each.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """Harbor Point Community Health Center - Dermatology
Resident: Priya Raman MD (PGY-3) | Attending: Chidi Okonkwo MD
55 yo F, school bus driver. Spot on back gets caught on bra strap, bleeds onto her uniform, itchy and sore.
Warts on R fingers x 1 yr, painful when gripping the steering wheel, spreading (1 -> 3).

Exam: mid back at bra line: 0.9 cm crusted, inflamed, eroded waxy papule (irritated SK). R index finger 2 and
R middle finger 1 verrucous papules.

Procedures (consent, time-out):
- Back: shave removal of the irritated SK with DermaBlade; AlCl; specimen to path.
- R fingers: LN2 cryotherapy to 3 warts, 2 freeze-thaw cycles.

A/P:
1. Irritated/inflamed SK, symptomatic - shave removal.
2. Verruca vulgaris x3 - cryo; OTC salicylic acid between visits. Repeat cryo 3-4 wk prn.
Also has a few other SKs on her back that don't bother her - left alone.

P. Raman MD
Attending attestation: Seen and examined with resident, agree with plan as documented, I was present for the key
portions of the procedure. - C. Okonkwo MD
""",
    "path": [
        {"text": "Skin, mid back, shave: Irritated seborrheic keratosis.", "site": "Mid back",
         "date": "2026-03-02"},
    ],
    "expected": E([L("11301"), L("17110", 1, "XS")], dx={"11301": ["L82.0"], "17110": ["B07.8"]}),
    "coder_note": "SH-1: trunk 0.9 cm -> 11301. DS-2: 3 warts -> 17110. PTP 11301/17110 indicator 1 (11301 column 1), "
                  "different lesions -> XS on 17110. Symptomatic lesions, not cosmetic.",
})

SCENARIOS.append({
    "id": "s71-mx-psoriasis-em-punch-ilk-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Psoriasis on methotrexate (99214) + punch bx of separate annular shin plaque + ILK 2 elbow plaques",
    "date": "2025-11-13",
    "patient": ("Shrestha", "Bikash", "1975-12-20", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 45,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Annular plaque, left shin", "L92.0", "Left anterior shin", reason=True),
    ],
    "procedures": [
        P("Punch biopsy of skin, single lesion", "11104", "Left anterior shin",
          "4 mm punch, closed with one 4-0 nylon.", ["c2"]),
        P("Intralesional injection, up to 7 lesions", "11900", "Bilateral elbows",
          "2 thick resistant psoriasis plaques injected.", ["c1"]),
    ],
    "note_title": "Dermatology Follow-up Note",
    "note": """HARBOR POINT CHC - DERMATOLOGY                                   11/13/2025
Resident: Jae-won Park MD PGY-3 / Attending: Folake Adeyemi MD
Interpreter: Nepali interpreter ID 7731 (video).

S: 49 yo M, plaque psoriasis on methotrexate 15 mg weekly + folic acid since 05/2025. Joint pain none.
Drinks 0 alcohol. Both elbows still thick and cracked. NEW ring-shaped spot on L shin x 2 months, not itchy.

O: BSA ~6% (from 15%). Thick plaques on both elbows (~4 cm each), thin plaques knees/scalp. L anterior shin:
3 cm annular plaque with raised skin-colored beaded border, no scale (KOH negative at PCP office 10/2025).
Labs 11/06: CBC, CMP normal, LFTs normal.

A/P:
1. Psoriasis vulgaris - improving on MTX; labs reviewed, continue MTX 15 mg weekly, folic acid 1 mg daily,
   repeat CBC/CMP in 3 months; clobetasol oint for residual plaques. Elbows: ILK today - triamcinolone
   10 mg/mL, 0.5 mL into each elbow plaque, total 1.0 mL = 10 mg.
2. Annular plaque L shin - r/o granuloma annulare vs other. 4 mm punch biopsy today (separate from psoriasis
   plaques), closed with one 4-0 nylon.
RTC 3 months; sutures out in 14 days at clinic nurse visit.

J. Park MD
Attestation: Seen and examined with resident, agree with plan as documented, I was present for the key portions
of the procedures. Methotrexate monitoring and management was performed in addition to the procedures.
- F. Adeyemi MD
""",
    "path": [
        {"text": "Skin, left shin, punch: Granuloma annulare, interstitial pattern.", "site": "Left shin",
         "date": "2025-11-19"},
    ],
    "expected": E([L("99214", 1, "25"), L("11104"), L("11900"), L("J3301")],
                  dx={"99214": ["L40.0"], "11104": ["L92.0"]}),
    "coder_note": "GS-3: MTX monitoring/lab review is significant, separately identifiable -> 99214-25 (PTP "
                  "11104/99214 and 11900/99214 indicator 1). Biopsy of a different lesion + ILK of 2 plaques; no "
                  "11104/11900 edit. Kenalog 10 mg -> J3301 x1 from the note.",
})

SCENARIOS.append({
    "id": "s71-mx-nose-bx-eyebrow-shave",
    "family": "mixed", "shape": "free-text",
    "description": "Tangential bx R nasal ala + shave removal bleeding 0.7 cm nevus L eyebrow -> 11311 + 11102-XS",
    "date": "2026-03-03",
    "patient": ("Ruiz", "Esperanza", "1964-07-07", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Pearly papule, right nasal ala", "C44.311", "Right nasal ala", reason=True),
        C("c2", "Bleeding dermal nevus, left eyebrow", "D22.39", "Left eyebrow", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", site="Right nasal ala",
          note="0.4 cm pearly papule, shave biopsy for diagnosis, AlCl.", reasons=["c1"]),
        P("Shave removal of nevus", site="Left eyebrow",
          note="0.7 cm dome-shaped nevus, cut repeatedly during eyebrow threading and bleeding; shave removal "
               "flush with skin, AlCl.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """HARBOR POINT CHC DERMATOLOGY
Resident: Tomas Herrera MD PGY-2      Attending: Chidi Okonkwo MD
Interpreter: Spanish ID 2215 (in person).

61 yo F. (1) Shiny bump R side of nose x 6 months, bled twice. (2) Mole in L eyebrow that gets cut every time
she has her brows threaded, bled for an hour last time.
Exam: R nasal ala 0.4 cm pearly papule with arborizing telangiectasia. L eyebrow 0.7 cm soft dome-shaped
flesh-colored papule with a healing excoriation, benign dermoscopy.

Procedures (written consent via interpreter, time-out, 1% lido w/ epi):
A. R nasal ala: tangential (shave) biopsy for diagnosis - r/o BCC. AlCl.
B. L eyebrow: shave removal of the nevus (symptomatic, repeated bleeding/trauma), flush with skin, AlCl.
Specimens separately labeled.

Plan: if BCC on ala -> Mohs referral (she has family who can drive her to the university). Wound care sheet.
*** RTC

T. Herrera MD
Attending attestation: Seen and examined with resident, agree with plan as documented, I was present for the key
portions of the procedure. C. Okonkwo MD
""",
    "path": [
        {"text": "A. Skin, right nasal ala, shave biopsy: Basal cell carcinoma, nodular type.",
         "site": "Right nasal ala", "date": "2026-03-09"},
        {"text": "B. Skin, left eyebrow, shave: Intradermal melanocytic nevus with ulceration.",
         "site": "Left eyebrow", "date": "2026-03-09"},
    ],
    "expected": E([L("11311"), L("11102", 1, "XS")], dx={"11311": ["D22.39"], "11102": ["C44.311"]}),
    "coder_note": "Two different lesions: shave removal of the eyebrow nevus 0.7 cm (face) -> 11311; biopsy of the "
                  "ala -> 11102. PTP 11311/11102 indicator 1 (biopsy is column 2) -> XS on 11102. Repeated trauma "
                  "and bleeding = covered indication.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-mohs-alar-rim-six-blocks-complex",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs L alar rim BCC, stage 1 six blocks + stage 2 two blocks; complex repair 2.2 cm involving rim",
    "date": "2026-02-19",
    "patient": ("Nwachukwu", "Grace", "1953-05-28", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 210,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left alar rim", "C44.311", "Left alar rim", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Left alar rim",
          note="Tumor debulked, stage 1 excised and divided into 6 tissue blocks; frozen sections read by "
               "Dr. Castellanos: residual infiltrative BCC at 2 o'clock deep.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage 2", site="Left alar rim",
          note="2 tissue blocks at 1-3 o'clock. Clear.", reasons=["c1"]),
        P("Complex repair", site="Left alar rim",
          note="Defect 1.0 x 0.8 cm involving the free margin of the nostril rim; edges debrided, repair with "
               "precise rim realignment, deep 5-0 Monocryl, 6-0 Prolene; repair length 2.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - MOHS CLINIC (Thursday procedure day)
Mohs surgeon and pathologist: Ines Castellanos MD (fellowship-trained). Resident observer: H. Kowalczyk MD.
Pt: Grace Nwachukwu, 72 F. Medicaid managed care. Igbo-speaking daughter declined as interpreter; professional
phone interpreter ID 61544 used. NEMT van booked for a full-day pickup window.

Indication: biopsy-proven infiltrative BCC L alar rim (area H, aggressive histology) - Mohs appropriate.

Stage 1: 6 blocks -> residual at 2:00 deep. Stage 2: 2 blocks -> clear. Two stages total.
I acted as both surgeon and pathologist; all frozen sections processed in our lab.

Defect 1.0 x 0.8 cm extending through the free margin of the L nostril rim. Repair options reviewed (second
intention would notch the rim). Complex linear repair: wound edges debrided, rim realigned, layered closure.
Final repair length 2.2 cm. No flap, no graft.

Post-op: acetaminophen, pressure dressing 24 h, no bending. Sutures out day 7.

I. Castellanos MD
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13151")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head site, 2 stages -> 17311 + 17312; stage 1 had 6 blocks -> 17315 x1 (one block "
                  "beyond 5). MOHS-7/REP-3: repair involving the nostril-rim free margin with debridement = complex, "
                  "nose 2.2 cm -> 13151.",
})

SCENARIOS.append({
    "id": "s71-mohs-shin-scc-precoded-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Dual eligible, Mohs L pretibial SCC 3 stages (4/3/2 blocks) + layered repair 6.5 cm; 88305 on Mohs layers removed",
    "date": "2026-03-12",
    "patient": ("Hollins", "Earl", "1946-02-14", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 240,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left pretibial leg", "C44.729", "Left pretibial leg", reason=True),
    ],
    "procedures": [
        P("Mohs, trunk/arms/legs, first stage", "17313", "Left pretibial leg", "Stage 1, 4 blocks.", ["c1"]),
        P("Mohs, trunk/arms/legs, each additional stage", "17314", "Left pretibial leg", "Stage 2, 3 blocks.",
          ["c1"]),
        P("Mohs, trunk/arms/legs, each additional stage", "17314", "Left pretibial leg", "Stage 3, 2 blocks.",
          ["c1"]),
        P("Surgical pathology, gross and microscopic", "88305", "Left pretibial leg",
          "Charge capture for the Mohs frozen-section layers (stages 1-3).", ["c1"]),
        P("Intermediate repair, trunk/extremities, 2.6-7.5 cm", "12032", "Left pretibial leg",
          "Layered closure, 6.5 cm.", ["c1"]),
    ],
    "note_title": "Mohs Micrographic Surgery Report",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - MOHS CLINIC
Surgeon and pathologist: Ines Castellanos, MD. Resident: Jae-won Park, MD (PGY-3), assisting.
Patient: Earl Hollins, 80 M. Medicare Part B primary / Medicaid secondary. No interpreter needed.
Lives in a rural county 70 miles away; came via NEMT with an overnight stay at the hospitality house.

Pre-op: biopsy-proven well-differentiated invasive SCC, L pretibial leg, 2.3 cm clinical size, on chronic
sun-damaged skin; not immunosuppressed. Mohs indicated (pretibial, >= 2 cm).

Stage 1: debulk, 4 tissue blocks - residual SCC at 6-8 o'clock.
Stage 2: 3 tissue blocks - residual at 7 o'clock deep.
Stage 3: 2 tissue blocks - clear.
All frozen sections cut in our Mohs lab and read by me. No specimen was sent to outside pathology; no debulk
specimen for permanent sections.

Final defect 3.2 x 2.6 cm to subcutaneous fat. Repair: layered closure with 3-0 Vicryl deep and 4-0 nylon
superficial after moderate undermining; final length 6.5 cm. Pressure dressing, leg elevation, compression
stocking provided.

Charge note: front desk added 88305 for "Mohs path". ***

Sutures out 14 days (at his PCP's office near home).

I. Castellanos MD
""",
    "expected": E([L("17313"), L("17314", 2), L("12032")], topics=["ncci"], dx={"17313": ["C44.729"]}),
    "coder_note": "MOHS-2: leg -> 17313 + 17314 x2 (no stage over 5 blocks). MOHS-5: no separate pathology for the "
                  "Mohs layers (17313/88305 PTP indicator 1, no separate specimen) -> 88305 removed. MOHS-7: layered "
                  "repair of the leg 6.5 cm -> 12032.",
})

# ---------------------------------------------------------------------------------------------------------------
# Nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-nail-ingrown-phenol-matrixectomy-t5",
    "family": "nails", "shape": "note-only",
    "description": "Partial nail avulsion + phenol matrixectomy R great toe lateral border -> 11750-T5; L toe conservative",
    "date": "2025-10-09",
    "patient": ("Delgado", "Marisol", "2001-11-19", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Ingrown toenail, right great toe, recurrent", "L60.0", "Right great toe, lateral border", reason=True),
        C("c2", "Ingrowing nail, left great toe, mild", "L60.0", "Left great toe"),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point CHC - Dermatology Procedure Clinic                       10/09/2025
Resident: Amara Obi, MD (PGY-2)      Attending: Rafael Santos, MD
Pt: Marisol Delgado, 23 F. Works standing 10 h shifts at a warehouse. Bus + walk 15 min.

S: R great toe lateral side ingrown, 3rd episode this year, painful, drained pus 2 wk ago (urgent care gave
cephalexin, done). L great toe a little sore on the lateral side too.
O: R great toe lateral nail fold erythematous, hypertrophic granulation at the lateral fold, nail spicule
embedded. No ascending cellulitis. L great toe: mild lateral fold erythema, no granulation, no spicule.

Procedure R great toe: digital block with 1% plain lidocaine 4 mL. Tourniquet. Lateral 3 mm of the nail plate
freed and avulsed to the matrix. Phenol 88% applied to the lateral matrix 3 x 30 s, flushed with alcohol.
Tourniquet off, 2 min total. Bacitracin, bulky dressing.
Permanent narrowing intended (recurrent x3).

L great toe: conservative - warm soaks, cotton wisp under the corner, wider shoes. No procedure.

Work note: open-toe/post-op shoe 3 days. Return 2 wk or sooner if redness spreads.

A. Obi MD
Attending: Seen and examined with resident, agree with plan as documented, I was present for the key portions of
the procedure. R. Santos MD
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Partial avulsion with chemical matrixectomy for permanent removal -> 11750 (includes the avulsion, "
                  "11750/11730 PTP). Digit modifier T5 = right great toe. L toe conservative only.",
})

SCENARIOS.append({
    "id": "s71-nail-debride-seven-precoded-11720",
    "family": "nails", "shape": "pre-coded",
    "description": "Debridement of 7 painful mycotic toenails, diabetic neuropathy; pre-coded 11720 -> 11721",
    "date": "2025-12-18",
    "patient": ("Cheng", "Wai Ling", "1961-08-08", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Onychomycosis of toenails, painful", "B35.1", "Bilateral toenails", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "procedures": [
        P("Debridement of nail(s), 1-5", "11720", "Bilateral toenails",
          "Mechanical debridement of dystrophic mycotic nails with nail nipper and burr.", ["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - DERMATOLOGY
Resident: Priya Raman MD PGY-3 / Attending: Folake Adeyemi MD
Interpreter: Cantonese interpreter ID 2890 (in person).

64 yo F, T2DM with peripheral neuropathy (A1c 8.4), thick painful toenails - can't cut them herself (poor
vision, can't reach), pain in shoes walking to the bus stop. KOH + for dermatophyte 08/2025. Terbinafine
declined (LFT concern, on multiple meds).

Exam: dystrophic, yellow, thickened (4-6 mm), subungual debris: R hallux, R 2nd, R 3rd, L hallux, L 2nd, L 3rd,
L 4th = 7 nails. Others normal. Monofilament: absent sensation bilateral forefoot. DP pulses 1+.

Procedure: mechanical debridement (reduction of thickness and length) of the 7 mycotic nails with nipper and
rotary burr. No bleeding. Tolerated well.

Plan: efinaconazole not covered - ciclopirox lacquer Rx sent. Diabetic foot education. Return 10-12 wks.

P. Raman MD
Attestation: Seen and examined with resident, agree with plan as documented, I was present for the key portions
of the procedure. - F. Adeyemi MD
""",
    "expected": E([L("11721")], topics=["coding-correction"], dx={"11721": ["B35.1"]}),
    "coder_note": "Seven nails debrided -> 11721 (6 or more), not 11720. No digit modifiers on 11720/11721 per "
                  "conventions.",
})

SCENARIOS.append({
    "id": "s71-nail-avulsion-two-toes-digits",
    "family": "nails", "shape": "free-text",
    "description": "Crush injury: avulsion L great + L 2nd toenails -> 11730-TA + 11732-T1; thumb nail matrix bx deferred",
    "date": "2026-01-15",
    "patient": ("Ortega", "Joaquin", "1982-05-25", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Contusion of left great toe with damage to nail, initial", "S90.212A", "Left great toe",
          reason=True),
        C("c2", "Contusion of left lesser toe with damage to nail, initial", "S90.222A", "Left second toe",
          reason=True),
        C("c3", "Longitudinal melanonychia, right thumb", None, "Right thumbnail"),
    ],
    "procedures": [
        P("Nail avulsion", site="Left great toe",
          note="Digital block; nail plate loose over >60% with subungual hematoma; plate elevated and removed "
               "completely; bed intact, no laceration.", reasons=["c1"]),
        P("Nail avulsion", site="Left second toe",
          note="Digital block; partially detached plate removed completely.", reasons=["c2"]),
        P("Nail matrix biopsy", site="Right thumb",
          note="Deferred - not performed today.", reasons=[], status="not-done"),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """HARBOR POINT CHC - DERMATOLOGY
Resident: Jae-won Park MD PGY-3   Attending: Chidi Okonkwo MD
Interpreter: Spanish ID 2209 (in person).

42 yo M, pipefitter. Dropped a steel fitting on his L foot 3 days ago (steel-toe boots were off for lunch).
L great toe and L 2nd toe painful, nails loose. No open wound. X-ray at urgent care 01/12: no fracture.

Exam: L great toenail with subungual hematoma >60% and plate lifted/loose from the bed; L 2nd toenail partially
detached distally, mobile. No nail bed laceration visible, cap refill normal.
Also: 3 mm tan-brown longitudinal band R thumbnail x 1 yr, uniform, no Hutchinson sign.

Procedures: digital blocks 1% plain lidocaine. Avulsion of the L great toenail (TA) and the L 2nd toenail (T1),
plates removed completely; beds intact. Xeroform, dressing.

R thumb melanonychia: nail matrix biopsy recommended; pt wants to wait until he has paid leave (needs his
hands at work) - DEFERRED, photo taken, return 3 months or sooner if change.

Work note: no steel-toe boots 1 week. Return prn.

J. Park MD
Attending: Seen and examined with resident, agree with plan as documented, I was present for the key portions of
the procedure. C. Okonkwo MD
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")]),
    "coder_note": "Avulsion of two nails -> 11730 first + 11732 for the additional nail, with digit modifiers "
                  "(TA left great toe, T1 left 2nd toe) on separate lines. Matrix biopsy not done.",
})

# ---------------------------------------------------------------------------------------------------------------
# Paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-paring-three-lesions-diabetic",
    "family": "paring", "shape": "note-only",
    "description": "Diabetic with neuropathy, paring of 2 plantar calluses + 1 corn -> 11056",
    "date": "2025-11-04",
    "patient": ("Robles", "Hector", "1960-03-09", "male"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, feet", "L84", "Bilateral plantar feet, right 5th toe", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "note_title": "Derm Procedure Note",
    "note": """HARBOR POINT CHC DERMATOLOGY
11/04/2025 - Resident: Tomas Herrera MD (PGY-2) - Attending: Rafael Santos MD
Interpreter: Spanish ID 2215.

65 yo M, T2DM w/ neuropathy. Painful thick skin on both feet - walks to work (3 miles/day), podiatry referral
pending > 4 months (Medicaid podiatry waitlist).

Exam: R sub-1st metatarsal head callus 2.0 cm; L sub-2nd metatarsal head callus 1.5 cm; hard corn dorsolateral
R 5th toe 0.5 cm. No ulcer, no pre-ulcerative hemorrhage. Monofilament 4/10 sites bilaterally.

Procedure: paring of 3 hyperkeratotic lesions with #15 blade (two calluses and one corn). No bleeding.
Orthotic inserts - not covered; padding supplied. Toenails normal - no debridement needed.

Plan: urea 40% cream, daily foot checks, diabetic shoe referral. Podiatry referral re-sent.

T. Herrera MD
Attestation: Seen and examined with resident, agree with plan as documented, I was present for the key portions
of the procedure. R. Santos
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 2-4 benign hyperkeratotic lesions -> 11056.",
})

SCENARIOS.append({
    "id": "s71-paring-six-precoded-11056",
    "family": "paring", "shape": "pre-coded",
    "description": "Shelter resident, six painful calluses/corns pared; pre-coded 11056 -> 11057",
    "date": "2026-02-05",
    "patient": ("Greer", "Dwayne", "1971-07-14", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities, bilateral feet", "L84", "Bilateral feet", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion; 2 to 4 lesions", "11056", "Bilateral feet",
          "Calluses and corns pared with #15 blade.", ["c1"]),
    ],
    "note_title": "Dermatology Note",
    "note": """Harbor Point Community Health Center - Dermatology (shelter outreach day)
Resident: Hannah Kowalczyk MD PGY-4 | Attending: Folake Adeyemi MD
54 yo M currently staying at the Eastside men's shelter; walks most of the day, one pair of ill-fitting donated
boots. Painful feet "like walking on rocks".

Exam (feet): hyperkeratotic lesions -
  1. R sub-1st MTH callus 2.5 cm
  2. R heel rim callus 3 cm
  3. L sub-1st MTH callus 2 cm
  4. L sub-5th MTH callus 1.5 cm
  5. R 5th toe dorsal corn 0.4 cm
  6. L 4th interdigital soft corn 0.3 cm
Total: six lesions. No ulcers, no maceration beyond the soft corn, pulses 2+.

Procedure: paring of all six lesions with #15 blade. Tolerated well.
Social work: voucher for new shoes + socks placed. Urea cream given from the sample closet.
Return at the next shelter outreach day (monthly).

H. Kowalczyk MD
Attestation: Seen and examined with resident, agree with plan as documented, I was present for the key portions
of the procedure. F. Adeyemi MD
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Six lesions pared -> 11057 (more than 4), not 11056.",
})

# ---------------------------------------------------------------------------------------------------------------
# Patch testing
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-patch-newpt-80-allergens-em25",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt hand eczema evaluated and treated (99204-25) + 80-allergen patch test applied",
    "date": "2025-10-20",
    "patient": ("Ali", "Amina", "1987-09-01", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 60,
    "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, suspected allergic contact dermatitis", "L30.9", "Bilateral hands", reason=True),
    ],
    "note_title": "New Patient Visit + Patch Test Application",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - CONTACT DERMATITIS CLINIC
NEW PATIENT                                                        10/20/2025
Resident: Priya Raman, MD (PGY-3)        Attending: Chidi Okonkwo, MD
Interpreter: Somali interpreter, video, ID 5132.

CC: hand rash x 1 year.
HPI: 38 yo F, hotel housekeeper, rubber gloves + cleaning chemicals daily. Vesicular itchy rash on palms and
fingers, fissures, worse at work, partially better on vacation. Hair dye (henna + black dye) monthly. PCP tried
hydrocortisone and triamcinolone cream with partial response. No personal atopy.

Exam: palms and volar fingers with vesicles, lichenified fissured plaques; dorsal hands scaly erythema; mild
eyelid dermatitis. Feet clear (no tinea); palm KOH negative at PCP office last month.

A/P:
1. Chronic hand dermatitis - allergic contact (rubber accelerators, PPD, fragrance) vs irritant vs dyshidrotic.
   - Clobetasol 0.05% ointment BID x 2 wk for palms (not on the patch-test area), tacrolimus for eyelids.
   - Cotton liners under nitrile gloves (samples), work note to avoid rubber gloves.
   - Patch testing indicated - applied today (see below). Transport: Medicaid NEMT rides booked for the 48 h and
     96 h readings (10/22 and 10/24).
2. Patch test APPLICATION today: NACDG standard screening series, 80 allergens, upper back, Finn chambers.
   Marked with ink, occlusion instructions via interpreter (no shower/sweating, no sun on back).

P. Raman MD
Attending attestation: I saw and examined the patient with the resident and agree with the plan. The evaluation
and treatment of her dermatitis was a separate service from the patch-test application. - C. Okonkwo MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = allergens applied (80). PTP 95044/99204 indicator 1; the new-patient evaluation "
                  "with prescription management is significant and separate -> 99204-25.",
})

SCENARIOS.append({
    "id": "s71-patch-104-allergens-mue-precoded",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Hairdresser, patch test application of 80 + 24 = 104 allergens -> 95044 capped at MUE 90",
    "date": "2026-01-05",
    "patient": ("Nguyen", "Kim Hoa", "1979-04-17", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Allergic contact dermatitis, hands and scalp, suspected", "L23.9", "Hands, scalp", reason=True),
    ],
    "procedures": [
        P("Patch test application - NACDG standard series", "95044", "Upper back",
          "80 allergens applied in Finn chambers.", ["c1"]),
        P("Patch test application - hairdresser series", "95044", "Upper back",
          "24 supplemental allergens applied.", ["c1"]),
    ],
    "note_title": "Patch Test Application Note",
    "note": """Harbor Point CHC - Contact Dermatitis Clinic
Patch test application visit                           01/05/2026
Resident: Jae-won Park MD PGY-3 / Attending: Chidi Okonkwo MD
Interpreter: Vietnamese interpreter ID 4471 used.

46 yo F hairdresser, hand and scalp-margin dermatitis, evaluated at her new-patient visit 12/15/2025 (plan for
patch testing made then). Off oral steroids > 4 wk, no topical steroid on the back x 2 wk.

Applied today (upper back, Finn chambers on Scanpor):
 - NACDG standard series: 80 allergens
 - Hairdressing series: 24 allergens
 Total 104 allergens.
No E/M service today - application only. Readings 01/07 (48 h) and 01/09 (96 h) - she arranged childcare.

J. Park MD
Attestation: I supervised the application and agree with the note. C. Okonkwo MD
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 per allergen = 104, above the practitioner MUE of 90 (MAI 3) -> capped at 90 per README "
                  "MUE rule, with an mue finding.",
})

# ---------------------------------------------------------------------------------------------------------------
# Phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-photo-nbuvb-session",
    "family": "phototherapy", "shape": "note-only",
    "description": "NB-UVB session #14 for psoriasis, 18% BSA -> 96900; excimer for scalp unavailable",
    "date": "2025-12-01",
    "patient": ("Gonzalez", "Marisela", "1983-10-10", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 18% BSA", "L40.0", "Trunk, extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """HARBOR POINT CHC - PHOTOTHERAPY UNIT
Treatment record - narrowband UVB (311 nm), full-body booth
Date: 12/01/2025   Treatment #14   Patient: @NAME@   Skin type IV
Supervising physician on site: Folake Adeyemi MD

Indication: plaque psoriasis ~18% BSA (down from 25%), failed topicals; methotrexate declined (wants more
children). Medicaid PA approved for 36 sessions.

Pre-treatment check: no burning after last session, no new meds, goggles on, face shielded, genitals covered.
Previous dose 1,150 mJ/cm2 -> today 1,250 mJ/cm2 (per protocol +10%). Time 2 min 05 s.
Post-treatment: tolerated, no erythema.

Note: pt asked about excimer for scalp plaques - not available at this site; continue clobetasol solution.
Attendance: missed 2 sessions last week (bus route change) - transportation resource list given.
Next session: 12/03.

Phototherapy RN: A. Kaur, RN
Reviewed - F. Adeyemi MD
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "Narrowband UVB is actinotherapy -> 96900, one per session. No E/M.",
})

SCENARIOS.append({
    "id": "s71-photo-puva-no-conventional-abn-ga",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Dual eligible, PUVA started first-line without failed conventional therapy, ABN signed -> 96912-GA",
    "date": "2025-09-18",
    "patient": ("Fontaine", "Gerard", "1955-06-15", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 22% BSA", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy; psoralen and ultraviolet A (PUVA)", "96912", "Full body",
          "Session #1. Methoxsalen 0.6 mg/kg 2 h before; UVA 1.5 J/cm2.", ["c1"]),
    ],
    "note_title": "Phototherapy Note",
    "note": """Harbor Point Community Health Center - Phototherapy
PUVA - initial session                                            09/18/2025
Ordering/supervising: Rafael Santos MD. Resident: Tomas Herrera MD (PGY-2).
Coverage: Medicare Part B primary, Medicaid secondary.
Interpreter: Haitian Creole interpreter by phone ID 88310.

70 yo M, plaque psoriasis 22% BSA. Has NOT used any topical therapy (lost his insurance for 3 years, just
re-enrolled) and has never had UVB or any systemic treatment. Offered NB-UVB first (3x/week): he lives 1 h away
by two buses and can only come 2x/week - he asked for PUVA (2x/week).
Discussed that Medicare covers PUVA for psoriasis only after conventional treatment has failed, so this
may be denied. ABN (CMS-R-131) explained via interpreter and signed; pt chose to receive PUVA.

Pre-treatment: ophthalmology exam 09/10 normal. Methoxsalen 0.6 mg/kg PO 2 h prior. UVA 1.5 J/cm2 (skin type V
start). UVA goggles given for 24 h.
Tolerated.
Topical plan started today as well: clobetasol oint + calcipotriene.

T. Herrera MD
Attending: I reviewed and agree. R. Santos MD
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/NCD 250.1: PUVA only after failure of conventional treatment; none tried -> criteria "
                  "unmet, Medicare FFS with a signed ABN -> GA (COS-4).",
})

SCENARIOS.append({
    "id": "s71-photo-excimer-four-plaques-315",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer 308 nm to 4 psoriasis plaques (80+75+90+70 = 315 sq cm) -> 96921",
    "date": "2026-01-29",
    "patient": ("Martinez", "Osvaldo", "1978-01-23", "male"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment, psoriasis", site="R elbow, L elbow, R knee, L knee",
          note="308 nm excimer. Areas treated: R elbow 80 sq cm, L elbow 75 sq cm, R knee 90 sq cm, L knee 70 sq cm. "
               "Dose 2x MED (plaque protocol).", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - PHOTOTHERAPY
Excimer laser (308 nm) - treatment #6 of 13 approved (Medicaid MCO prior auth on file, ref ***)
Resident: Priya Raman MD PGY-3    Attending: Chidi Okonkwo MD (on site)
Interpreter: Spanish ID 2209.

47 yo M, localized plaque psoriasis (~5% BSA) confined to elbows/knees, failed 4 months of clobetasol +
calcipotriene. Works as a roofer - cannot do 3x/week full-body UVB.

Treated today:
  R elbow   80 sq cm
  L elbow   75 sq cm
  R knee    90 sq cm
  L knee    70 sq cm
  Total area treated: 315 sq cm.
Dose increased 15% on knees (no erythema last time); elbows same dose (mild erythema last time).
Tolerated well. Next: Monday.

P. Raman MD
Attending: I was present in the unit and supervised the treatment. C. Okonkwo MD
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer coded once per session by total area: 315 sq cm is in the 250-500 sq cm band -> 96921.",
})

# ---------------------------------------------------------------------------------------------------------------
# Post-op / global period
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-postop-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after pilar cyst excision (010 global); resident charged 99212 -> 99024",
    "date": "2026-02-26",
    "patient": ("Kamara", "Fatmata", "1992-12-05", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", "Scalp, vertex", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-17", "11422", "Excision, benign lesion scalp", "Vertex scalp",
              "Pilar cyst 1.5 cm, excised diameter 1.7 cm; simple closure."),
    ],
    "note_title": "Nurse/Resident Visit - Suture Removal",
    "note": """Harbor Point CHC - Dermatology
Post-op visit                                              02/26/2026
Resident: Jae-won Park MD (PGY-3)   Attending: Chidi Okonkwo MD
Pt: @NAME@ 33F. Krio/English - declined interpreter.

S/p excision of pilar cyst, vertex scalp, 02/17/2026 (path: pilar cyst). No pain, no drainage, no fever.
O: Incision 3.5 cm, well approximated, no erythema or discharge. 6 sutures removed intact. Steri-strips.
A/P: Healing well after cyst excision. Path reviewed with pt - benign. No further follow-up needed.
Charge: 99212 ***

J. Park MD
Attending: agree with the resident note. C. Okonkwo MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 + conventions: routine post-op visit inside the 10-day global of 11422 (02/17) -> 99024, not "
                  "an E/M.",
})

SCENARIOS.append({
    "id": "s71-postop-new-scalp-lesion-punch-79-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "Punch bx of a new scalp lesion 7 days after thigh excision (010 global) -> 11104-79",
    "date": "2025-12-16",
    "patient": ("Whitehorse", "Danielle", "1993-03-29", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Bleeding papule, right occipital scalp", "D22.4", "Right occipital scalp", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-09", "11402", "Excision, benign lesion trunk/arms/legs", "Right anterior thigh",
              "Atypical pigmented lesion, excised diameter 1.2 cm."),
    ],
    "procedures": [
        P("Punch biopsy of skin, single lesion", "11104", "Right occipital scalp",
          "4 mm punch, closed with one 4-0 nylon.", ["c1"]),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """Harbor Point Community Health Center - Dermatology
12/16/2025 - Resident: Amara Obi MD PGY-2 - Attending: Rafael Santos MD

32 yo F, s/p excision R anterior thigh 12/09 (dysplastic nevus, margins clear). Thigh sutures due out 12/23 -
thigh not examined today, no concerns.
TODAY: new problem - bump on the back of her scalp that her hairdresser cut and that keeps bleeding, noticed
~6 weeks ago. Not related to the thigh.

Exam: R occipital scalp 5 mm pink-tan papule with hemorrhagic crust.
Procedure: 4 mm punch biopsy R occipital scalp, consent, time-out, 1% lido w/ epi, one 4-0 nylon.

A/P: new scalp papule - r/o irritated nevus vs other; bx sent. Keep 12/23 suture removal for the thigh.

A. Obi MD
Attending attestation: Seen and examined with resident, agree with plan as documented, I was present for the key
portions of the procedure. R. Santos MD
""",
    "path": [
        {"text": "Skin, right occipital scalp, punch: Compound melanocytic nevus with traumatic changes; no atypia.",
         "site": "Right occipital scalp", "date": "2025-12-22"},
    ],
    "expected": E([L("11104", 1, "79")], topics=["global-period"], dx={"11104": ["D22.4"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion) inside the 10-day global of the 12/09 excision -> 79.",
})

SCENARIOS.append({
    "id": "s71-postop-plantar-wart-in-edc-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Cryo of a painful plantar wart 8 days after ED&C R forearm BCC (010 global) -> 17110-79",
    "date": "2025-11-25",
    "patient": ("Lindo", "Desmond", "1959-02-11", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Plantar wart, left heel", "B07.0", "Left heel", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-17", "17261", "Destruction malignant lesion trunk/arms/legs", "Right dorsal forearm",
              "ED&C BCC, final defect 0.9 cm."),
    ],
    "procedures": [
        P("Cryotherapy, plantar wart", site="Left heel",
          note="Single 7 mm painful plantar wart, pared lightly, LN2 2 cycles.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Note",
    "note": """HARBOR POINT CHC - DERMATOLOGY
11/25/2025 | Resident: Tomas Herrera MD PGY-2 | Attending: Ines Castellanos MD
66 yo M, ED&C of a BCC on the R forearm 11/17 here. Forearm healing, he has no concerns and it was not
re-examined today (scheduled wound check 12/01).
New today: painful spot on the L heel x 3 months, "like a pebble", making it hard to walk to the bus.

Exam: L heel 7 mm hyperkeratotic papule, thrombosed capillaries, painful on lateral pressure.
Procedure: light paring then liquid nitrogen, 2 freeze-thaw cycles, 1 wart.

A/P: Plantar wart L heel - cryo today; salicylic acid 40% pads. Unrelated to the BCC treatment.
Return 3-4 wk for repeat cryo if needed.

T. Herrera MD / I. Castellanos MD (present for the procedure, agree with plan as documented)
""",
    "expected": E([L("17110", 1, "79")], topics=["global-period"], dx={"17110": ["B07.0"]}),
    "coder_note": "GS-5: unrelated procedure on a different lesion inside the 10-day global of 17261 (11/17) -> 79. "
                  "Painful plantar wart is a covered indication.",
})

# ---------------------------------------------------------------------------------------------------------------
# Repair
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-repair-two-excisions-summed-12032",
    "family": "repair", "shape": "note-only",
    "description": "BCC L upper back + SCCIS R forearm excised (1.6 and 1.3 cm); layered repairs 3.4 + 2.6 = 6.0 cm",
    "date": "2026-03-05",
    "patient": ("Petrovic", "Milan", "1952-08-28", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 90,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right forearm", "D04.61", "Right dorsal forearm", reason=True),
    ],
    "note_title": "Dermatologic Surgery Operative Note",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - DERMATOLOGIC SURGERY
Operative note                                                   03/05/2026
Attending surgeon: Ines Castellanos MD. Resident: Hannah Kowalczyk MD (PGY-4).
Pt: Milan Petrovic, 73 M. Serbian interpreter by phone, ID 40982.
Both lesions biopsy-proven 02/2026 at this clinic (A: nodular BCC L upper back; B: SCC in situ R dorsal forearm).
Pt asked to do both in one visit - lives alone, his neighbor drives him and can only come once.

SITE A - L upper back, BCC
 Lesion 1.0 cm, 3 mm margins. Excised diameter 1.6 cm. Fusiform excision to fat.
 Repair: layered - 4-0 Vicryl buried dermal, 4-0 nylon superficial. Length 3.4 cm.

SITE B - R dorsal forearm, SCCIS
 Lesion 0.7 cm, 3 mm margins. Excised diameter 1.3 cm.
 Repair: layered - 4-0 Vicryl deep, 5-0 nylon superficial. Length 2.6 cm.

Hemostasis with cautery. EBL minimal. Both specimens oriented and sent separately.
Post-op: sutures out 14 days (back) and 12 days (arm) - will do both 03/19.

H. Kowalczyk MD
Attending: I was present for the key portions of both excisions and repairs; agree with documentation.
I. Castellanos MD
""",
    "path": [
        {"text": "A. Skin, left upper back, excision: Basal cell carcinoma, nodular; margins free.",
         "site": "Left upper back", "date": "2026-03-11"},
        {"text": "B. Skin, right dorsal forearm, excision: Squamous cell carcinoma in situ; margins free.",
         "site": "Right dorsal forearm", "date": "2026-03-11"},
    ],
    "expected": E([L("11602", 2), L("12032")]),
    "coder_note": "EX-1/EX-3: both malignant (SCCIS D04 -> malignant codes), trunk and arm 1.6 and 1.3 cm -> 11602 "
                  "x2 on one line. REP-1: intermediate repairs in the same group (trunk/extremities) are summed: "
                  "3.4 + 2.6 = 6.0 cm -> one 12032.",
})

SCENARIOS.append({
    "id": "s71-repair-complex-1cm-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Punch excision of changing nevus L arm (0.6 cm); pre-coded complex repair 13120 for a 1.0 cm layered closure -> 12031",
    "date": "2025-10-30",
    "patient": ("Soto", "Graciela", "1988-02-08", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Changing pigmented papule, left upper arm", "D22.62", "Left posterior upper arm", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, trunk/arms/legs, 0.6-1.0 cm", "11401", "Left posterior upper arm",
          "Lesion 0.4 cm, 1 mm margins, 6 mm punch excision; excised diameter 0.6 cm.", ["c1"]),
        P("Repair, complex, scalp/arms/legs", "13120", "Left posterior upper arm",
          "Closure 1.0 cm: two buried 4-0 Vicryl, 5-0 nylon simple interrupted.", ["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point CHC - Dermatology Procedure Note                       10/30/2025
Resident: Priya Raman MD (PGY-3) | Attending: Rafael Santos MD
Interpreter: Spanish ID 2215.

37 yo F, pigmented papule on back of L arm darker and raised over 3 months per pt. Dermoscopy: asymmetric
globules. Plan: complete excision for diagnosis.

Procedure: consent, time-out, 1% lido w/ epi. Lesion 0.4 cm, margins 1 mm -> 6 mm punch excision to fat
(excised diameter 0.6 cm). Wound converted to a linear closure along skin lines: two buried 4-0 Vicryl deep
dermal sutures + 5-0 nylon simple interrupted. Final length 1.0 cm. "Complex" selected in the smartform
(@SMARTFORM@) - no debridement, no exposed structures, no free margin, no retention sutures.

Path pending at time of note.
Addendum 11/05/2025: compound nevus, no atypia, margins clear. Pt informed by interpreter line.

P. Raman MD
Attestation: Seen and examined with resident, agree with plan as documented, I was present for the key portions
of the procedure. R. Santos MD
""",
    "path": [
        {"text": "Skin, left upper arm, punch excision: Compound melanocytic nevus, no atypia; margins clear.",
         "site": "Left upper arm", "date": "2025-11-05"},
    ],
    "expected": E([L("11401"), L("12031")], topics=["coding-correction"], dx={"11401": ["D22.62"]}),
    "coder_note": "REP-2/README: a complex repair of 1.0 cm or less is coded as simple/intermediate; the closure is "
                  "layered (buried deep sutures) -> 12031. Excised diameter 0.6 cm arm -> 11401 (no 11401/12031 edit).",
})

# ---------------------------------------------------------------------------------------------------------------
# Shave removal
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-shave-three-sites-symptomatic",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of 3 symptomatic lesions: neck 0.4, back 1.2, nose 0.6 cm; 2 cosmetic SKs declined",
    "date": "2025-09-25",
    "patient": ("Hernandez", "Rosa Elena", "1966-06-13", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left neck", "L82.0", "Left lateral neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis, lower back", "L82.0", "Lower back at waistband", reason=True),
        C("c3", "Dermal nevus, nasal bridge, bleeding", "D22.39", "Left nasal bridge", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER | DERMATOLOGY
DOS 09/25/2025   Resident: Jae-won Park MD PGY-3   Attending: Chidi Okonkwo MD
Interpreter: Spanish interpreter ID 2215 in person.

59 yo F, three spots that "get in the way":
 - L lateral neck: catches on her uniform collar, red and crusted.
 - Lower back at waistband: rubbed raw by her work apron ties, bleeds.
 - L nasal bridge: under her glasses pad, bleeds when the pad rubs.

Exam:
 1. L lateral neck: 0.4 cm inflamed, crusted waxy papule.
 2. Lower back: 1.2 cm eroded, bleeding verrucous stuck-on papule.
 3. L nasal bridge: 0.6 cm dome-shaped flesh-colored papule with excoriation.
 + Two more 6-8 mm SKs on the upper back - asymptomatic; pt asked about removal "while you're at it",
   explained cosmetic/not covered; she declined self-pay. Not treated.

Procedure: shave removal x 3 (consent via interpreter, time-out, 1% lido w/ epi, DermaBlade, AlCl).
Specimens 1-3 to pathology.

A/P: symptomatic lesions removed as above. Wound care. Results by phone with interpreter.

J. Park MD
Attending attestation: Seen and examined with resident, agree with plan as documented, I was present for the key
portions of the procedure. - C. Okonkwo MD
""",
    "path": [
        {"text": "1. Left neck, shave: Inflamed seborrheic keratosis. 2. Lower back, shave: Irritated seborrheic "
                 "keratosis. 3. Nasal bridge, shave: Intradermal nevus.", "site": "Neck, back, nose",
         "date": "2025-10-01"},
    ],
    "expected": E([L("11305"), L("11302"), L("11311")],
                  dx={"11305": ["L82.0"], "11302": ["L82.0"], "11311": ["D22.39"]}),
    "coder_note": "SH-1: one code per lesion by site group and diameter: neck 0.4 (SNHFG) -> 11305; back 1.2 (TAL) -> "
                  "11302; nose 0.6 (FEENLM) -> 11311. Symptomatic (BSL-3). Cosmetic SKs declined, not treated.",
})

SCENARIOS.append({
    "id": "s71-shave-cheek-plus-scalp-size-missing",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal L cheek 0.8 cm + scalp lesion with size left as '***' -> scalp line not coded",
    "date": "2026-01-22",
    "patient": ("Jean-Baptiste", "Marie-Claire", "1975-03-31", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left cheek", "L82.0", "Left cheek", reason=True),
        C("c2", "Inflamed seborrheic keratosis, scalp", "L82.0", "Right parietal scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left cheek",
          note="0.8 cm inflamed crusted SK, bleeding, itchy; shave removal with DermaBlade, AlCl.", reasons=["c1"]),
        P("Shave removal", site="Right parietal scalp",
          note="Size: *** cm. Inflamed SK catches on comb and bleeds; shave removal with DermaBlade, AlCl.",
          reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Harbor Point CHC Dermatology
Resident: Tomas Herrera MD PGY-2 / Attending: Folake Adeyemi MD
Interpreter: Haitian Creole by phone, ID 88310.

50 yo F with two itchy, bleeding growths: L cheek (scratches it at night, bleeds on pillow) and R parietal scalp
(catches on her comb).
Exam: L cheek 0.8 cm inflamed, crusted, stuck-on papule. R parietal scalp: inflamed crusted SK, size ***.

Procedure (.SHAVEREMOVAL smartphrase): consent via interpreter, time-out, 1% lido w/ epi.
Site 1: L cheek - lesion size 0.8 cm - shave removal with DermaBlade, AlCl.
Site 2: R parietal scalp - lesion size *** cm - shave removal with DermaBlade, AlCl.
Specimens to path.

A/P: inflamed SKs x2, symptomatic (bleeding, itching), removed.

T. Herrera MD
Attestation: Seen and examined with resident, agree with plan as documented, I was present for the key portions
of the procedure. F. Adeyemi MD
""",
    "path": [
        {"text": "1. Left cheek, shave: Inflamed seborrheic keratosis. 2. Right parietal scalp, shave: Inflamed "
                 "seborrheic keratosis.", "site": "Cheek, scalp", "date": "2026-01-28"},
    ],
    "expected": E([L("11311")], topics=["missing-documentation"], dx={"11311": ["L82.0"]}),
    "coder_note": "README missing-measurement rule: the scalp lesion size was never filled in (smartphrase '***') -> "
                  "no size-banded shave line for it + missing-documentation. Cheek 0.8 cm -> 11311.",
})

# ---------------------------------------------------------------------------------------------------------------
# Skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s71-tags-22-irritated",
    "family": "skin-tags", "shape": "free-text",
    "description": "22 irritated/bleeding skin tags neck + axillae snipped -> 11200 + 11201 x1",
    "date": "2025-10-23",
    "patient": ("Washington", "Brenda", "1972-11-27", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated, neck and axillae", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck and bilateral axillae",
          note="Snip excision with iris scissors + AlCl: neck 14, R axilla 5, L axilla 3 = 22 tags.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HARBOR POINT COMMUNITY HEALTH CENTER - DERMATOLOGY
10/23/2025 | Resident: Amara Obi MD PGY-2 | Attending: Rafael Santos MD

53 yo F, BMI 41, T2DM. Skin tags on the neck and underarms that catch on her necklace, seatbelt and bra,
several bleed and get red/inflamed; two twisted and turned dark last month.

Exam: neck 14, R axilla 5, L axilla 3 pedunculated tags (1-4 mm), several with erythema and hemorrhagic crust.
Total twenty-two.

Procedure: consent, time-out; snip removal of all 22 tags with sterile iris scissors, AlCl hemostasis.
No anesthesia needed for most; lido for 3 larger ones.

A/P: symptomatic (bleeding, inflamed) acrochordons x22 removed. Discussed weight/diabetes link; PCP f/u.

A. Obi MD / R. Santos MD - attending present for the key portions; agree with note.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 = up to 15 tags; 11201 = each additional 10 or part: 22 - 15 = 7 -> 1 unit. Bleeding/inflamed "
                  "tags are a covered indication (BSL-3).",
})

SCENARIOS.append({
    "id": "s71-tags-40-mue-dual-precoded",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Dual eligible, 40 inflamed/bleeding tags removed; pre-coded 11201 x3 -> capped at MUE 1",
    "date": "2026-02-12",
    "patient": ("Pierre-Louis", "Antoine", "1956-12-24", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Acrochordons, inflamed and bleeding, neck/axillae/groin", "L91.8", "Neck, axillae, inguinal folds",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15 lesions", "11200", "Neck",
          "15 tags, snip + AlCl.", ["c1"]),
        P("Removal of skin tags, each additional 10 lesions (x3)", "11201", "Axillae and inguinal folds",
          "25 additional tags (axillae 13, groin 12), snip + AlCl.", ["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Harbor Point CHC - Dermatology
DOS 02/12/2026. Resident: Hannah Kowalczyk MD (PGY-4). Attending: Chidi Okonkwo MD.
Coverage: Medicare Part B primary, Medicaid secondary. Haitian Creole interpreter by phone, ID 88310.

69 yo M, many skin tags neck/underarms/groin; the groin and underarm ones rub, bleed onto his clothes, and
several are red and swollen; painful when walking. PCP referred for removal.

Exam: 40 pedunculated acrochordons - neck 15, axillae 13, inguinal folds 12; many with erythema, edema and
hemorrhagic crust; 2 in the groin thrombosed.

Procedure: consent via interpreter, time-out, topical LMX on the groin. Snip removal of forty tags with
iris scissors, AlCl. Tolerated.

Charge capture: 11200 x1, 11201 x3.

A/P: symptomatic (bleeding, inflamed, painful) acrochordons x40 removed.

H. Kowalczyk MD
Attending: Seen and examined with resident, agree with plan as documented, I was present for the key portions of
the procedure. C. Okonkwo
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "40 tags -> 11200 + 11201 x3 (25 beyond 15), but 11201 practitioner MUE is 1 (MAI 3) -> capped at "
                  "1 with an mue finding (README). Symptomatic, Medicare covered -> no GY/GA.",
})
