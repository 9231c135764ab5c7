"""Sealed set 89 (s89-): Brookfield Dermatology Associates, a practice whose providers type the codes they think
apply straight into the note ('bx x2 -> 11102/11103', 'LN2 AKs x7 (17000, 17003x6)', 'E/M 99213-25?').

The typed codes are sometimes right, sometimes wrong (counts, technique, site group, size band, deleted codes,
non-Medicare add-ons) and sometimes name work the provider then says was not done. The expected answers are coded
from the documented work only, per the rule book (sections 2-7, 10), docs/coding_conventions.md and the
tests/corpus/README.md "Coding decisions".

Providers and their habits: ramirez (arrows '->' after each procedure line), chen ('Billing:' footer with question
marks), pike (PA; bracketed '[codes?]'), nakamura ('CPT:' per problem in the plan), weiss (pastes 'if needed'
codes and forgets to delete them), santos (NP, dictated run-on style), halvorsen (Mohs), voss (aesthetics),
lindgren, abernathy.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =================================================================================================================
# Batch 1: biopsy, destruction, E/M
# =================================================================================================================

SCENARIOS.append({
    "id": "s89-bx-typed-two-shaves-one-was-punch",
    "family": "biopsy", "shape": "note-only",
    "description": "Note types 'bx x2 -> 11102/11103' but the second lesion was sampled with a 4 mm punch; commercial",
    "date": "2025-11-04",
    "patient": ("Thorsby", "Caleb", "1979-08-21", "male"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior, skin of left upper back", "D49.2", "Left upper back", reason=True),
        C("c2", "Firm papule right dorsal forearm", "D49.2", "Right dorsal forearm", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES
Procedure note - Sofia Ramirez, MD
DOS 11/04/2025

46M, established, here for two spots he flagged at his last visit. Both re-examined today.

Lesion A - L upper back, 7 mm irregularly pigmented macule, darker at one edge. Dermoscopy: atypical network
focally. Plan tangential (shave) biopsy.
Lesion B - R dorsal forearm, 5 mm firm pink-tan papule, dimples on lateral pressure. I had planned a shave
but on palpation it is dermal and firm, so a shave would miss the deep component -> switched to punch.

Consent signed for both. Lidocaine 1% with epi.

PROCEDURES
1) L upper back: shave (tangential) biopsy with DermaBlade, hemostasis AlCl. -> 11102
2) R dorsal forearm: 4 mm punch biopsy, full thickness to fat, one 4-0 nylon simple interrupted. -> 11103

Specimens x2 to Brookfield Dermpath, labeled A and B.
EBL minimal. Tolerated well. Wound care sheet given.

A/P
- Atypical pigmented macule L upper back: bx as above, call with results.
- Firm papule R forearm, favor dermatofibroma, bx as above.
Codes: bx x2 -> 11102/11103
RTC suture removal 10-14 days (can be done by pt's wife, instructions given).

S. Ramirez MD
""",
    "expected": E([L("11104"), L("11103")]),
    "coder_note": "BX-1/BX-2: lesion B was a punch, not a shave. Punch outranks tangential, so 11104 is the primary and "
                  "the tangential biopsy of lesion A takes 11103. The '11102/11103' typed in the note is wrong.",
})

SCENARIOS.append({
    "id": "s89-bx-precoded-three-punch-primaries-plus-shave",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Four biopsies pre-coded as 11104 x3 + 11102; correct to one primary with technique add-ons; Medicare",
    "date": "2025-09-23",
    "patient": ("Pellegrino", "Rosalind", "1951-02-14", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Purpuric papules of lower and upper extremities", "D69.2", "Bilateral legs, left forearm", reason=True),
        C("c2", "Pearly papule right cheek", "D49.2", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Punch biopsy skin", "11104", "Left anterior shin",
          note="4 mm punch of a fresh purpuric papule, 1 suture.", reasons=["c1"]),
        P("Punch biopsy skin", "11104", "Right lateral thigh",
          note="4 mm punch of a separate purpuric papule, sent in Michel's for DIF.", reasons=["c1"]),
        P("Punch biopsy skin", "11104", "Left volar forearm",
          note="3 mm punch of a third lesion, 1 suture.", reasons=["c1"]),
        P("Shave biopsy skin", "11102", "Right cheek",
          note="Tangential biopsy of 4 mm pearly papule, AlCl hemostasis.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Brookfield Dermatology Associates - Wei Chen MD

74F, known to me for AK surveillance, here with 5 days of a non-itchy purple-dotted rash on legs that spread to
the L forearm yesterday. No new meds except amoxicillin finished 10 d ago for a tooth. No fever, joint pain or
abdominal pain. Also noticed a "shiny bump" R cheek x 4 months.

Exam: palpable purpura, scattered 2-4 mm papules both shins, R thigh, L volar forearm. R cheek 4 mm pearly
papule with arborizing vessels.

Biopsies (consent signed, lidocaine w/ epi, all separate lesions, separate containers):
 #1 L ant shin - 4 mm punch, H&E
 #2 R lat thigh - 4 mm punch, Michel's medium for DIF
 #3 L volar forearm - 3 mm punch, H&E
 #4 R cheek - tangential (shave) biopsy, H&E
Sutures 4-0 nylon x1 on #1 and #3, #2 left to heal (small).

Plan: UA and CBC/CMP ordered today (lab draw in-house), BP 132/78. Stop any further antibiotics. Call with
path. Leg elevation.

Billing: 11104 x3 (one per punch) + 11102 for the cheek? pls check
W. Chen MD
""",
    "expected": E([L("11104"), L("11105", 2), L("11103")], topics=["coding-correction"]),
    "coder_note": "BX-2: one primary per encounter (punch outranks tangential). Punch #1 = 11104, punches #2-#3 = "
                  "11105 x2, tangential cheek biopsy = 11103. 11104/11102 is PTP indicator 0, so the pre-coded "
                  "11102 and the extra 11104 primaries are corrected.",
})

SCENARIOS.append({
    "id": "s89-bx-typed-four-only-three-done",
    "family": "biopsy", "shape": "free-text",
    "description": "Note types 'bx x4 -> 11102, 11103 x3' but the fourth (scalp) biopsy was not done; commercial",
    "date": "2026-01-13",
    "patient": ("Okwuosa", "Nnamdi", "1968-05-30", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Scaly pink papule right upper chest", "D49.2", "Right upper chest", reason=True),
        C("c2", "Irregular pigmented macule left flank", "D49.2", "Left flank", reason=True),
        C("c3", "Crusted papule left posterior thigh", "D49.2", "Left posterior thigh", reason=True),
        C("c4", "Seborrheic keratosis of scalp", "L82.1", "Left parietal scalp"),
    ],
    "procedures": [
        P("Shave biopsy", site="Right upper chest",
          note="6 mm scaly pink papule. Tangential bx with blade, Drysol.", reasons=["c1"]),
        P("Shave biopsy", site="Left flank",
          note="8 mm variegated macule. Saucerization bx, Drysol.", reasons=["c2"]),
        P("Tangential biopsy", site="Left posterior thigh",
          note="5 mm crusted papule. Shave bx to mid dermis.", reasons=["c3"]),
        P("Shave biopsy", site="Left parietal scalp", status="not-done",
          note="Not performed - lesion matches 2023 photo of SK, stable; pt agreed to skip.", reasons=["c4"]),
    ],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES
Jordan Pike, PA-C (supervising Dr. Ramirez)

57 yo M, est pt, scheduled for biopsies of 4 spots picked out at his 12/2025 skin check.

Consent reviewed, signed. Lido 1% w/ epi.
1. R upper chest 6 mm scaly pink papule - shave bx, Drysol. [11102]
2. L flank 8 mm irregular brown macule - saucerization bx, Drysol. [11103]
3. L post thigh 5 mm crusted papule - shave bx. [11103]
4. L parietal scalp - on re-look this is the same stuck-on tan papule as in our 2023 photo set, unchanged.
   Did NOT biopsy. Pt fine with watching it. [11103]

Specimens: 3 jars to path (1-3).
Bandaids, vaseline, wound care handout.

[codes?] bx x4 -> 11102, 11103 x3

F/u: results by phone ~1 wk.
J. Pike PA-C
""",
    "expected": E([L("11102"), L("11103", 2)]),
    "coder_note": "Only three tangential biopsies were performed (the scalp biopsy is documented as not done), so "
                  "11102 + 11103 x2, not the typed 11103 x3.",
})

SCENARIOS.append({
    "id": "s89-ds-ak-typed-17003x9-for-nine",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to nine AKs; note types '17000, 17003x9' (counts the first lesion twice); Medicare",
    "date": "2025-10-02",
    "patient": ("Hargreave", "Dennis", "1944-12-03", "male"),
    "provider": "nakamura", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face and left hand", "L57.0", "Forehead, right temple, nose, left hand",
          reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": """Brookfield Dermatology Associates
Ren Nakamura, MD - Procedure note 10/02/2025

80 yo M, hx BCC (R ear 2021, cleared), here for scheduled AK treatment. No new complaints.

Gritty erythematous scaly papules consistent with actinic keratoses:
  forehead: 3
  R temple: 2
  nasal dorsum: 1
  L dorsal hand: 3
  -> nine lesions total

Cryotherapy with liquid nitrogen, 2 freeze-thaw cycles, ~10 s each. Pt tolerated.
Expect blistering/crusting, vaseline bid.

Plan:
1) AKs x9 -> LN2 as above. CPT: 17000, 17003x9
2) Hx BCC - no suspicious lesions on face/ears today. Full skin exam due 03/2026.

R. Nakamura MD
""",
    "expected": E([L("17000"), L("17003", 8)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: nine AKs -> 17000 for the first + 17003 for lesions 2-9 = 8 units, not 9.",
})

SCENARIOS.append({
    "id": "s89-ds-ak-sixteen-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "Sixteen AKs pre-coded as 17000 + 17003 x15; 15 or more lesions is 17004 x1; Medicare",
    "date": "2026-02-17",
    "patient": ("Vandermeer", "Gloria", "1942-07-19", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp, forehead, both ears", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", "17000", "Scalp",
          note="LN2, first AK of the session.", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional (15 units)", "17003", "Scalp, forehead, ears",
          note="LN2 to 15 further AKs.", reasons=["c1"]),
    ],
    "note_title": "Cryosurgery Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - Samuel Weiss, MD

83F on 6-month AK schedule. Declined field therapy again (had bad reaction to 5-FU 2023).

Exam - hyperkeratotic erythematous papules:
 vertex scalp 7, frontal scalp 3, forehead 2, R helix 2, L helix 2. Total sixteen (16).
No indurated or ulcerated lesion; nothing I would biopsy today.

Cryo with LN2, 2 cycles each lesion. Tolerated well. Post-care handout.

Billing: 17000 + 17003 x15. Bx 11102 if any lesion looks thick - none did.

Return 6 months.
S. Weiss MD
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and "
                  "17004/17003 are indicator 0). The pasted 'Bx 11102 if...' was not done.",
})

SCENARIOS.append({
    "id": "s89-ds-warts-eleven-typed-17111",
    "family": "destruction", "shape": "free-text",
    "description": "Cryotherapy of 11 painful common warts on both hands; NP typed 17111 (15+); Medicaid MCO child",
    "date": "2025-12-09",
    "patient": ("Bautista", "Lucia", "2016-04-11", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, bilateral hands", "B07.8", "Right and left hands", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of warts, right hand", site="Right hand fingers and palm",
          note="6 verrucae: R thumb tip 2 (one split and bleeding), R index 1, R palm 3. LN2 x2 cycles.",
          reasons=["c1"]),
        P("Cryotherapy of warts, left hand", site="Left hand fingers",
          note="5 verrucae: L ring finger 2, L middle finger periungual 2, L thumb 1. LN2 x2 cycles.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Visit",
    "note": """Brookfield Dermatology - pediatric clinic day. Rafael Santos, NP.

9 yo girl here w/ mom for warts on both hands that keep multiplying since summer, started as 3 and now
eleven, the one on the R thumb tip split and bleeds onto her schoolwork and the periungual ones on the L
middle finger hurt when she writes, OTC salicylic acid x 3 months with no change, mom asks for freezing.
Exam: R hand 6 verrucous papules (thumb tip 2, index 1, palm 3), L hand 5 (ring finger 2, middle finger
periungual 2, thumb 1), no others on feet, face or knees.
Discussed cryo vs cantharidin, mom chose cryo, verbal consent from mom and assent from pt, LN2 to all
11 warts 2 cycles, pt brave, sticker given.
Aftercare discussed, blisters expected, restart salicylic acid in 1 week, duct tape occlusion at night.
Warts x 11 - painful, bleeding, spreading -> cryo -> 17111 (15+)
RTC 3-4 weeks for repeat.
R. Santos NP
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: 11 benign lesions (warts) -> 17110 (up to 14), not 17111 (15 or more). Pain, bleeding and "
                  "spread are documented.",
})

SCENARIOS.append({
    "id": "s89-ds-ak-several-no-count-with-punch",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 'several' scalp AKs with no count (no destruction line) plus a punch biopsy; Medicare",
    "date": "2025-08-19",
    "patient": ("Lindahl", "Bernard", "1949-03-27", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses of scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Changing pigmented papule right shoulder", "D49.2", "Right posterior shoulder", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """Brookfield Dermatology Associates - W. Chen MD - 08/19/2025

76M, bald, gardener. 1) Rough spots on scalp again. 2) Wife says mole on R back of shoulder got darker
and bigger since spring.

Exam:
 - Vertex/crown scalp: several gritty pink scaly papules c/w AKs, none indurated.
 - R posterior shoulder: 7 mm dark brown papule, asymmetric, one notched edge, darker than neighbors.

Procedures:
 - LN2 cryo to several AKs of the scalp, 2 cycles.
 - R post shoulder: 4 mm punch biopsy, full thickness, 4-0 nylon x2. Consent, lido w/ epi. To path.

A/P
 AKs scalp - LN2 done. Discussed 5-FU field tx in winter.
 Changing pigmented lesion R shoulder - punch bx, r/o dysplastic nevus vs melanoma.

Billing: 17000 / 17003 x? + 11104
Sutures out 2 wks.
W. Chen MD
""",
    "expected": E([L("11104")], topics=["missing-documentation"]),
    "coder_note": "README 'Coding decisions': no lesion count for the AK destruction ('several', and the typed 17003 "
                  "x? confirms it) -> no 17000/17003 line, missing-documentation finding. The punch biopsy of a "
                  "separate lesion stands alone.",
})

SCENARIOS.append({
    "id": "s89-em-fse-screening-only-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare FFS patient, screening-only full-skin exam, no history/complaint/finding -> 99203-GY",
    "date": "2025-06-10",
    "patient": ("Abernethy", "Marlene", "1957-09-05", "female"),
    "provider": "lindgren", "payer": "medicare-ngs", "minutes": 30,
    "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES
New patient - Astrid Lindgren, MD - 06/10/2025

CC: "Just want a skin check."
HPI: 67F, retired teacher. No skin complaints, no changing, bleeding, itching or new spots she knows of. Her
neighbor was recently diagnosed with melanoma and she wants to "be checked too". Never seen a dermatologist.
PMH: hypothyroidism. Meds: levothyroxine. NKDA.
Personal hx of skin cancer: none. Family hx of skin cancer: none. No tanning beds. Fitzpatrick II.

Exam: full skin exam incl. scalp, nails, oral mucosa, genital area deferred per pt. Skin of normal
appearance for age. No lesions of concern; nothing needing biopsy, treatment or short-interval follow-up.

A/P: Screening skin exam, normal.
 - Sun protection and self-exam counselling.
 - No follow-up needed unless a new or changing spot.

E/M: 99203  dx Z12.83
A. Lindgren MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 and README 'Coding decisions': Medicare FFS screening-only full-skin exam with no history, "
                  "complaint or finding is a statutory exclusion -> E/M with GY (no ABN documented, so no GX).",
})

SCENARIOS.append({
    "id": "s89-em-pemphigoid-prolonged-g2212",
    "family": "em", "shape": "note-only",
    "description": "New Medicare FFS patient 99205 by time, 95 min total; note types 99417 x2 -> G2212 x1",
    "date": "2026-03-05",
    "patient": ("Kowalczyk", "Irena", "1939-11-22", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 95,
    "em": "99205",
    "conditions": [
        C("c1", "Bullous pemphigoid", "L12.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "New Patient Consultation",
    "note": """Brookfield Dermatology Associates - June Abernathy, MD
New patient (second opinion) - DOS 03/05/2026

Referred by Dr. Halloran (her general dermatologist, Millbrook) for second opinion on bullous pemphigoid.
Biopsy and DIF done at Dr. Halloran's office 02/24/2026: subepidermal blister with eosinophils, linear
IgG/C3 along BMZ - diagnostic of BP. Outside report and photos reviewed in full today.

HPI: 86F, 6 wk of itchy urticarial plaques then tense bullae, now ~25% BSA, new oral erosions x 3 days.
Clobetasol 0.05% oint bid not controlling it. Lives with daughter, who gives history too. Sleep poor from itch.
PMH: T2DM (A1c 8.1), CKD stage 3a, osteoporosis, HTN. Meds reviewed incl. sitagliptin (DPP-4 inhibitor,
possible trigger).

Exam: tense bullae and erosions on flexor arms, thighs, abdomen; 2 buccal erosions. Nikolsky negative.

Assessment: Bullous pemphigoid, extensive, possibly DPP-4 inhibitor associated.
Plan:
 - Discussed systemic options at length with pt and daughter: doxycycline + niacinamide vs prednisone vs
   dupilumab (off-label) - risks with diabetes/CKD/osteoporosis reviewed. Start doxycycline 100 mg bid and
   niacinamide 500 mg tid; continue clobetasol to lesions.
 - Called Dr. Patel (PCP) re stopping sitagliptin - agreed, he will switch her agent.
 - Labs: CBC, CMP, BP180/230 ELISA ordered.
 - Biopsy NOT repeated - the 02/24 biopsy/DIF is diagnostic. (Had written 11104 "if DIF needed" - not needed.)
 - Letter to Dr. Halloran; she will continue to manage the patient. Return to her in 3 weeks.

Time: 95 minutes total on the date of the encounter (outside records and photo review, history from pt and
daughter, exam, counselling, call with PCP, orders, letter). No separately billed procedures.

E/M: 99205 + 99417 x2 (prolonged)
J. Abernathy MD
""",
    "expected": E([L("99205"), L("G2212")]),
    "coder_note": "EM-5: 99417 is not valid for Medicare FFS (status I); Medicare uses G2212, first unit at 89 min "
                  "after 99205 -> 95 min = 1 unit (the second would need 104). No G2211: one-time second opinion, "
                  "ongoing care stays with the referring dermatologist. No biopsy done.",
})

SCENARIOS.append({
    "id": "s89-em-new-rash-biopsy-deferred",
    "family": "em", "shape": "note-only",
    "description": "New patient with an acute eruption, Rx started, biopsy typed '+11104 if bx' but deferred; commercial",
    "date": "2025-07-22",
    "patient": ("Ferreira", "Tomas", "1990-01-17", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 45,
    "em": "99204",
    "conditions": [
        C("c1", "Dermatitis, unspecified", "L30.9", "Trunk and proximal extremities", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - S. Weiss MD - NEW PATIENT

35 yo M, 10 days of an itchy eruption that started on the abdomen and spread to chest, back, upper arms.
No new meds, no new detergent; went camping 2 wk ago. No fever. Tried OTC hydrocortisone 1% without help.
PMH none. Meds none. NKDA.

Exam: numerous 3-10 mm erythematous scaly papules and thin plaques on trunk and proximal arms, some
excoriated. Palms, soles, mucosa clear. No herald patch seen. No lymphadenopathy.

Ddx: spongiotic dermatitis (contact/id reaction) vs pityriasis rosea vs early guttate psoriasis vs drug
eruption - uncertain.

Plan:
 - Triamcinolone 0.1% cream bid x 2 wk (Rx), cetirizine 10 mg qhs.
 - RPR and strep titer ordered given ddx.
 - Punch biopsy discussed; pt prefers to try treatment first. If not improving at 2-wk recheck -> punch bx.
   (11104 at that visit, not today.)
 - Handout on gentle skin care.

E/M 99204 (+11104 if bx)
S. Weiss MD
""",
    "expected": E([L("99204")]),
    "coder_note": "The biopsy is only planned for a later visit; nothing but the E/M is billable today. New problem with "
                  "uncertain prognosis + prescription drug management supports the provider's 99204.",
})

# =================================================================================================================
# Batch 2: E/M, benign and malignant excision, Mohs
# =================================================================================================================

SCENARIOS.append({
    "id": "s89-em-fse-hx-scc-typed-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS full-skin exam in a patient with prior SCC; note types '99213-GY, Z12.83' -> 99213 plain",
    "date": "2025-11-18",
    "patient": ("Ostrowski", "Walter", "1950-06-08", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 20,
    "em": "99213",
    "conditions": [
        C("c1", "Personal history of squamous cell carcinoma of skin", "Z85.828", reason=True),
    ],
    "note_title": "Follow-up Visit",
    "note": """Brookfield Dermatology Associates
R. Nakamura MD - 11/18/2025 - established patient

S: 75M, hx invasive SCC R dorsal forearm, excised here 04/2022, clear margins; no recurrence since. Here for
his surveillance skin exam. No new or changing lesions per pt. No bleeding sores.
O: Full skin exam (scalp to toes, incl. nails and lips). R forearm scar flat, well healed, no nodularity.
   Mild photodamage face/forearms. No AKs today. No suspicious pigmented lesions. No palpable epitrochlear
   or axillary nodes.
A: History of cutaneous SCC, no evidence of recurrence.
P: - Continue 6-monthly skin exams given SCC history.
   - SPF 30+, hat, reviewed self-exam of the forearm scar.
   - Nicotinamide 500 mg bid discussed (OTC).
CPT: 99213-GY (screening, Medicare won't cover?)  Z12.83
R. Nakamura MD
""",
    "expected": E([L("99213")], dx={"99213": ["Z85.828"]}),
    "coder_note": "DX-5: with a personal history of skin cancer the exam is surveillance, a diagnostic visit, not a "
                  "screening exclusion, so no GY and Z85.828 (not Z12.83) goes first. G2211 was not selected by the "
                  "provider and is not added.",
})

SCENARIOS.append({
    "id": "s89-exb-cyst-back-precoded-ellipse-length",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Inflamed epidermoid cyst back pre-coded 11404 (ellipse length) + 12031; correct 11402 + 12032; BCBS",
    "date": "2025-09-09",
    "patient": ("Lundqvist", "Anders", "1983-10-01", "male"),
    "provider": "ramirez", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "Upper mid back", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, trunk", "11404", "Upper mid back",
          note="Cyst 1.8 x 1.5 cm, 1 mm margins, fusiform ellipse 4.2 cm long.", reasons=["c1"]),
        P("Repair intermediate, trunk", "12031", "Upper mid back",
          note="Layered closure 4.2 cm, 3-0 Vicryl deep, 4-0 nylon running.", reasons=["c1"]),
    ],
    "path": [{"text": "Upper back, excision: ruptured epidermoid (infundibular) cyst with foreign-body giant cell "
                      "reaction. No atypia.", "site": "Upper mid back", "date": "2025-09-12"}],
    "note_title": "Excision Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - Procedure note - S. Ramirez MD

42M, cyst mid upper back x 3 yr, inflamed and drained pus twice this year (last 6 wk ago, treated with
doxycycline by urgent care), tender when he leans back in his truck seat. Now quiet; here for excision.

Exam: 1.8 x 1.5 cm subcutaneous cyst with central punctum, upper mid back, no active inflammation.
Consent, time-out. 1% lido w/ epi 8 mL.

Excision: marked 1 mm margin around the cyst (excised diameter 2.0 cm), fusiform ellipse 4.2 cm long oriented
along RSTL, excised to fat, cyst removed intact with some scarred wall. -> 11404 (4.2)
Repair: wound undermined 1 cm each side, layered closure - 3-0 Vicryl buried dermal sutures, 4-0 nylon
running. Final length 4.2 cm. -> 12031
EBL <5 mL. Pressure dressing.

Specimen to path.
Sutures out 12-14 days. Activity restrictions reviewed.
S. Ramirez MD
""",
    "expected": E([L("11402"), L("12032")], topics=["coding-correction"], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 1.8 + 2 x 0.1 = 2.0 cm -> 11402 (trunk 1.1-2.0), not the ellipse length. "
                  "REP-2: intermediate trunk repair 4.2 cm -> 12032 (2.6-7.5), not 12031. Recurrent inflammation "
                  "documented (commercial payer).",
})

SCENARIOS.append({
    "id": "s89-exb-scalp-atypical-nevus-typed-11621",
    "family": "excision-benign", "shape": "note-only",
    "description": "Scalp nevus excised 'r/o melanoma', typed 11621 + 12001; path dysplastic nevus -> 11421; MA plan",
    "date": "2025-10-14",
    "patient": ("Castellano", "Mirela", "1961-01-29", "female"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic nevus of scalp, moderate atypia", "D22.4", "Right parietal scalp", reason=True),
    ],
    "path": [{"text": "Right parietal scalp, excision: compound dysplastic nevus with moderate architectural and "
                      "cytologic atypia. Margins free, closest 1.5 mm. No melanoma.",
              "site": "Right parietal scalp", "date": "2025-10-20"}],
    "note_title": "Procedure Note - Excision",
    "note": """Brookfield Dermatology Associates
Ren Nakamura, MD - 10/14/2025

64F, hairdresser noticed a dark spot in her part (R parietal scalp) that is new per pt and darker over 3
months. Dermoscopy: asymmetric pigment network with a blue-gray area. Concern for melanoma -> excision
rather than partial biopsy.

Procedure: Excision, R parietal scalp.
 Lesion 0.6 x 0.5 cm. Margins 2 mm all around -> excised diameter 1.0 cm.
 Ellipse 2.8 cm, excised to subcutaneous fat. Hemostasis with cautery.
 Closure: single layer, 4-0 nylon simple interrupted x5 (no deep sutures).
 Specimen oriented with suture at 12 o'clock.

Plan: call with path. Sutures out 10 d (scalp).
CPT: 11621 (r/o melanoma) + 12001
R. Nakamura MD
""",
    "expected": E([L("11421")], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-3: malignant vs benign follows the final pathology (dysplastic nevus, benign) -> benign scalp "
                  "excision, 0.6 + 2 x 0.2 = 1.0 cm -> 11421. EX-5: single-layer closure is included; no 12001.",
})

SCENARIOS.append({
    "id": "s89-exb-dermatofibroma-calf-size-not-measured",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of calf dermatofibroma with no lesion size; layered repair 2.2 cm documented; UHC",
    "date": "2026-02-03",
    "patient": ("Adebayo", "Funmilayo", "1987-04-16", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Dermatofibroma, left lateral calf, painful, enlarging", "D23.72", "Left lateral calf", reason=True),
    ],
    "procedures": [
        P("Excision of skin lesion", site="Left lateral calf",
          note="Firm dermal papule excised as an ellipse with 2 mm margins. Lesion size not recorded.",
          reasons=["c1"]),
        P("Layered closure of excision wound", site="Left lateral calf",
          note="Intermediate (layered) repair: 4-0 Monocryl deep dermal, 4-0 nylon simple interrupted. "
               "Final length 2.2 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Left lateral calf, excision: dermatofibroma (benign fibrous histiocytoma), completely "
                      "excised.", "site": "Left lateral calf", "date": "2026-02-06"}],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES
Jordan Pike, PA-C

38F, bump L outer calf x 2 yr, bigger over last 6 mo, tender, razor nicks it every week and it bled twice.
Exam: firm hyperpigmented dermal papule, positive dimple sign.
Pt wants it out. Consent.

Excision: ellipse around the lesion with 2 mm margins, down to fat.
Repair: layered - 4-0 Monocryl deep, 4-0 nylon top. Length 2.2 cm.
Specimen to path.

[codes?] 11402? + 12031 -- forgot to measure the lesion before I cut, sorry
Sutures out 14 d.
J. Pike PA-C
""",
    "expected": E([L("12031")], topics=["missing-documentation"]),
    "coder_note": "README 'Coding decisions': no lesion diameter -> no excision line (missing-documentation); the "
                  "separately documented intermediate repair (extremity, 2.2 cm) stays as 12031.",
})

SCENARIOS.append({
    "id": "s89-exm-bcc-cheek-typed-complex-was-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven BCC right cheek excised (1.9 cm) with layered repair 3.4 cm; typed 11643/13131; Medicare",
    "date": "2025-12-02",
    "patient": ("Dunleavy", "Margaret", "1946-08-30", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, right cheek", "C44.319", "Right mid cheek", reason=True),
    ],
    "path": [{"text": "Right cheek, excision: basal cell carcinoma, nodular type, margins clear (closest 2.5 mm).",
              "site": "Right mid cheek", "date": "2025-12-05"}],
    "note_title": "Excision Operative Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES
Astrid Lindgren, MD - Operative note 12/02/2025

79F, nodular BCC R mid cheek, shave bx here 11/10/2025 (path: nodular BCC). Declined Mohs referral (does
not want to travel); standard excision with 4 mm margins chosen after discussion.

Pre-op lesion (bx scar + residual pearly papule) measured 1.1 x 0.9 cm.
Margins 4 mm -> excised diameter 1.9 cm.
Fusiform excision along the nasolabial RSTL, to subcutaneous fat. Specimen tagged 12:00.

Repair: considered a complex closure / flap; not needed. Limited undermining (<1 cm) was enough. Layered
closure: 5-0 Vicryl buried, 6-0 Prolene running. Final repair length 3.4 cm.
No complications.

CPT: 11643, 13131 vs 12052?
Plan: sutures out 6 days. Skin check 6 mo.
A. Lindgren MD
""",
    "expected": E([L("11642"), L("12052")], dx={"11642": ["C44.319"]}),
    "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm on the face -> 11642 (1.1-2.0), malignant per biopsy and excision path. "
                  "REP-3: limited undermining with layered closure is intermediate, not complex -> face 3.4 cm = 12052.",
})

SCENARIOS.append({
    "id": "s89-exm-mis-reexcision-typed-79",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of melanoma in situ for a positive margin 7 days after 11603; typed '-79' -> 11604-58",
    "date": "2025-10-14",
    "patient": ("Whitcombe", "Helena", "1972-03-09", "female"),
    "provider": "ramirez", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back, positive peripheral margin", "D03.59", "Left upper back",
          reason=True),
    ],
    "procedures": [
        P("Re-excision of melanoma in situ site", site="Left upper back",
          note="Residual scar 2.4 cm greatest diameter, 5 mm margins each side -> excised diameter 3.4 cm. To fat.",
          reasons=["c1"]),
        P("Wound closure", site="Left upper back",
          note="Simple single-layer closure with skin staples, 4.1 cm.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-10-07", "11603", "Excision malignant lesion trunk", "Left upper back",
                    "Pigmented lesion 1.4 cm, 4 mm margins (2.2 cm). Path: melanoma in situ, positive peripheral "
                    "margin.")],
    "path": [{"text": "Left upper back, re-excision: scar with residual melanoma in situ at one focus, new margins "
                      "clear by 4 mm.", "site": "Left upper back", "date": "2025-10-17"}],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - S. Ramirez MD - 10/14/2025

53F, excision L upper back 10/07/2025, path melanoma in situ with positive peripheral margin. Planned
re-excision to clear margins as discussed when results were called. Sutures from 10/07 removed today as part
of this procedure.

Re-excision: residual scar 2.4 cm, 5 mm margins around the scar -> 3.4 cm excised diameter, ellipse to fat.
Closure: skin staples, single layer (pt prefers staples, no deep sutures needed, minimal tension).
Specimen to path, oriented.

-> 11604-79 (new procedure)
Staples out 10-12 d.
S. Ramirez MD
""",
    "expected": E([L("11604", 1, "58")], topics=["global-period"], dx={"11604": ["D03.59"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of the 10/07 excision is a "
                  "staged/related procedure -> 58, not 79. Malignant code (MIS); 2.4 + 2 x 0.5 = 3.4 cm on the trunk "
                  "-> 11604. Simple staple closure included.",
})

SCENARIOS.append({
    "id": "s89-exm-scc-hand-precoded-benign-and-simple-repair",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Hand lesion pre-coded 11423 + 12002; path invasive SCC, 2.0 cm excised diameter -> 11622; Medicare",
    "date": "2025-07-08",
    "patient": ("Abernathy-Cole", "Russell", "1945-05-25", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion hand", "11423", "Right dorsal hand",
          note="Keratotic nodule 1.2 cm, 4 mm margins. Ellipse 2.6 cm.", reasons=["c1"]),
        P("Simple repair", "12002", "Right dorsal hand",
          note="Simple interrupted 4-0 nylon, 2.6 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Right dorsal hand, excision: invasive squamous cell carcinoma, well differentiated, depth "
                      "1.8 mm, no perineural invasion. Margins clear.", "site": "Right dorsal hand",
              "date": "2025-07-11"}],
    "note_title": "Excision Note",
    "note": """Brookfield Dermatology Associates - Samuel Weiss, MD

80M, rapidly growing crusted nodule R dorsal hand x 6 wk. Clinically KA vs SCC. No prior bx - pt wanted it
out in one go.

Excision R dorsal hand: nodule 1.2 cm, 4 mm margins (excised diameter 2.0 cm), ellipse 2.6 cm, to subcut.
Simple closure 4-0 nylon interrupted, single layer.
Path pending.

Billing: 11423 (2.6 cm) + 12002. Change to malignant code if SCC. Frozen section 88331 if margins unclear -
not done, margins looked fine.
S. Weiss MD
""",
    "expected": E([L("11622")], topics=["coding-correction", "ncci"], dx={"11622": ["C44.622"]}),
    "coder_note": "EX-3: path is invasive SCC -> malignant code; EX-1: 1.2 + 2 x 0.4 = 2.0 cm, hand = SNHFG -> 11622. "
                  "EX-5: simple repair is included (11622/12002 indicator 1, same wound) so 12002 is removed. "
                  "88331 was not done.",
})

SCENARIOS.append({
    "id": "s89-mohs-nose-typed-17315x3-and-88305",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs left nasal sidewall BCC, stage 1 = 6 blocks, stage 2 = 2 blocks; typed 17315x3 + 88305x2; Medicare",
    "date": "2025-08-26",
    "patient": ("Prendergast", "Eleanor", "1948-10-12", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - MOHS SURGERY
Surgeon and pathologist: Kirsten Halvorsen, MD

77F, biopsy-proven infiltrative BCC L nasal sidewall (bx 07/29/2025, Dr. Chen, our office). Area H.

Pre-op size 1.0 x 0.8 cm. Lidocaine 1% w/ epi.
Stage 1: 2 mm margin, tumor divided into SIX tissue blocks, mapped, frozen, H&E read by me. Residual BCC
  in blocks 2 and 5.
Stage 2: re-excised at 1-3 and 7-8 o'clock, TWO blocks. Clear.
Defect 1.6 x 1.3 cm, to nasalis.

Repair: layered closure, 5-0 Monocryl deep, 6-0 nylon running; repair length 2.2 cm. No flap needed.
All tissue processed in our Mohs lab - nothing sent out.

Codes: 17311, 17312, 17315 x3 (extra blocks), 88305 x2, 12051
Follow-up 1 wk.
K. Halvorsen MD
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: 17315 counts blocks beyond 5 in any stage: stage 1 had 6 -> 1 unit; stage 2 had 2 -> 0. "
                  "MOHS-5: no 88305 on Mohs specimens. MOHS-7/REP-2: intermediate nose repair 2.2 cm -> 12051.",
})

SCENARIOS.append({
    "id": "s89-mohs-leg-precoded-head-neck-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs of left lower leg BCC pre-coded with head/neck codes 17311 + 17312 x2; correct to 17313 + 17314 x2",
    "date": "2026-01-20",
    "patient": ("Greenhalgh", "Peter", "1952-12-14", "male"),
    "provider": "halvorsen", "payer": "commercial-aetna", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left lateral lower leg", "C44.719", "Left lateral lower leg",
          reason=True),
    ],
    "procedures": [
        P("Mohs surgery, first stage", "17311", "Left lateral lower leg", note="Stage I: 4 blocks, residual tumor.",
          reasons=["c1"]),
        P("Mohs surgery, additional stage", "17312", "Left lateral lower leg", note="Stage II: 3 blocks, residual.",
          reasons=["c1"]),
        P("Mohs surgery, additional stage", "17312", "Left lateral lower leg", note="Stage III: 2 blocks, clear.",
          reasons=["c1"]),
        P("Intermediate repair", "12032", "Left lateral lower leg",
          note="Layered closure, 5.8 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - MOHS SURGERY - K. Halvorsen MD (surgeon + pathologist)

73M, infiltrative BCC L lateral lower leg (mid-calf, not pretibial), 2.3 cm, biopsy 12/2025. Aggressive
subtype and size >2 cm on an extremity -> Mohs appropriate.

Stage I: 4 blocks, infiltrative BCC at deep margin blocks 3-4.
Stage II: 3 blocks, residual strands at 5 o'clock.
Stage III: 2 blocks, clear.
Final defect 3.1 x 2.6 cm into fat, no muscle/fascia/vessel involvement.
Repair: undermined, layered closure 3-0 Vicryl / 4-0 nylon, length 5.8 cm.

Codes entered: 17311 / 17312 x2 / 12032
K. Halvorsen MD
""",
    "expected": E([L("17313"), L("17314", 2), L("12032")], topics=["coding-correction"],
                  dx={"17313": ["C44.719"]}),
    "coder_note": "MOHS-2: leg is trunk/arms/legs -> 17313 + 17314 per additional stage (x2); no muscle/bone/nerve "
                  "involvement to move it to 17311. No stage over 5 blocks. Intermediate leg repair 5.8 cm = 12032.",
})

SCENARIOS.append({
    "id": "s89-mohs-ear-template-bx-frozen-not-done",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs right helix SCC, 3 stages, complex helical-rim repair 2.0 cm; pasted 11102-59/88331-59 not done",
    "date": "2025-09-30",
    "patient": ("Mcallister", "Duncan", "1941-04-04", "male"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right ear", "C44.222", "Right helix", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Right helical rim",
          note="3 tissue blocks. Residual SCC posteriorly.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage 2", site="Right helical rim",
          note="2 tissue blocks. Residual SCC at deep margin on cartilage.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage 3", site="Right helical rim",
          note="1 tissue block including perichondrium. Clear.", reasons=["c1"]),
        P("Complex repair, helical rim", site="Right helical rim",
          note="Wedge-type complex closure involving the free margin of the helical rim, cartilage trimmed; "
               "repair length 2.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - MOHS SURGERY
Surgeon and pathologist: Kirsten Halvorsen, MD  DOS 09/30/2025

84M referred by Dr. Odum (outside) for SCC R helix. Outside shave biopsy 09/05/2025 (report on file,
Millbrook Path #MP25-3381): SCC, well differentiated, extends to base. No same-day biopsy needed - diagnosis
already established.

MMS R helical rim:
 I: 3 blocks - residual SCC posterior helix
 II: 2 blocks - residual at deep margin over cartilage
 III: 1 block incl. perichondrium - clear
Defect 1.4 x 1.1 cm involving the helical rim free margin, cartilage exposed.
Repair: complex repair, helical rim free margin, cartilage trimmed, layered 5-0 Vicryl / 6-0 Prolene;
length 2.0 cm.

Codes (template): 11102-59, 88331-59, 17311, 17312 x2, 13151
F/u 1 wk.
K. Halvorsen MD
""",
    "expected": E([L("17311"), L("17312", 2), L("13151")], dx={"17311": ["C44.222"]}),
    "coder_note": "The biopsy/frozen-section lines come from the template: diagnosis was made by the outside biopsy, no "
                  "same-day biopsy or 88331 is documented -> not billed (MOHS-5). Three stages -> 17311 + 17312 x2. "
                  "REP-3: free margin of the helical rim = complex; ear 2.0 cm -> 13151.",
})

# =================================================================================================================
# Batch 3: nails, paring, patch testing, phototherapy
# =================================================================================================================

SCENARIOS.append({
    "id": "s89-nail-avulsion-two-toes-precoded-11730x2",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion of right great and second toenails pre-coded 11730 twice; 11730-T5 + 11732-T6; Medicaid",
    "date": "2025-11-25",
    "patient": ("Guerrero", "Alma", "1966-02-02", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Onychomycosis, right great and second toenails, painful", "B35.1", "Right great toe, right second toe",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate", "11730", "Right great toe",
          note="Digital block, complete avulsion of dystrophic nail plate.", reasons=["c1"]),
        P("Avulsion of nail plate", "11730", "Right second toe",
          note="Digital block, complete avulsion of dystrophic nail plate.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Brookfield Dermatology - Rafael Santos NP - procedure visit

59F with thick painful dystrophic toenails R great toe and R 2nd toe, KOH + culture T. rubrum 08/2025,
failed 12 wk terbinafine, pain in shoes daily, plate lifting and catching on socks, asked for removal,
discussed regrowth 12-18 months and recurrence risk, consent signed.
Digital blocks 2% plain lidocaine R hallux and R 2nd toe, tourniquet, nail elevator and avulsion of the
entire plate R great toe, then same on R 2nd toe, bed curetted gently, hemostasis, bacitracin and bulky
dressing, tourniquet off, cap refill normal both toes.
Codes: 11730 x2 (one each toe)
Soaks from tomorrow, ciclopirox to beds once healed, RTC 2 wk wound check.
R. Santos NP
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], topics=["coding-correction"]),
    "coder_note": "11730 is the first nail, each additional nail is +11732 (11730 MUE 1). Digit modifiers per the "
                  "conventions: right great toe T5, right second toe T6.",
})

SCENARIOS.append({
    "id": "s89-nail-phenol-matrixectomy-typed-11730-plus-11750",
    "family": "nails", "shape": "note-only",
    "description": "Partial avulsion + phenol matrixectomy left hallux ingrown nail; typed 11730 + 11750 -> 11750-TA",
    "date": "2026-03-10",
    "patient": ("Kimura", "Daichi", "2005-09-14", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, lateral border left great toe, recurrent", "L60.0", "Left great toe", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES
Jordan Pike, PA-C - 03/10/2026

20M, 3rd episode of ingrown lateral nail border L great toe in a year, granulation tissue and pain, last
two treated with partial avulsion at urgent care and it came back. Wants permanent fix.
No diabetes. No PAD.

Procedure: L hallux, digital block 2% lido plain, tourniquet.
 - Lateral 3 mm of nail plate split and avulsed.
 - Lateral matrix ablated with 88% phenol, 3 x 30 s applications, neutralized with alcohol.
 - Granulation tissue debrided. Bacitracin, dressing.
Same nail / same border for both steps.

[codes?] 11730 + 11750 (avulsion + matrixectomy)
Epsom soaks bid, f/u 2 wk.
J. Pike PA-C
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "Partial nail excision with permanent matrix ablation = 11750; the avulsion of the same nail border is "
                  "part of it (11750/11730 indicator 1, same nail, no distinct site) -> 11730 removed. Left great toe "
                  "-> TA.",
})

SCENARIOS.append({
    "id": "s89-nail-debridement-seven-typed-11720x7",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of seven dystrophic toenails typed as 11720 x7 -> 11721 x1; Cigna",
    "date": "2025-08-05",
    "patient": ("Haugland", "Ingrid", "1958-06-27", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails", "B35.1", "Both feet", reason=True),
    ],
    "procedures": [
        P("Nail debridement", site="Right foot toenails 1, 2, 3, 4",
          note="Mechanical debridement (nippers and burr) of 4 thickened dystrophic nails.", reasons=["c1"]),
        P("Nail debridement", site="Left foot toenails 1, 2, 3",
          note="Mechanical debridement of 3 thickened dystrophic nails.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Brookfield Dermatology Associates - A. Lindgren MD

67F, onychomycosis confirmed by PAS clipping 2024, declines oral antifungals (liver concerns). Nails thick,
painful in closed shoes.

Debridement today: R 1st, 2nd, 3rd, 4th toenails and L 1st, 2nd, 3rd toenails reduced in thickness and
length with nippers and rotary burr. Seven nails total. No bleeding.
L 4th/5th and R 5th nails normal, not treated.

Continue efinaconazole to all affected nails.
CPT 11720 x7 (one per nail)
RTC 10-12 wk.
A. Lindgren MD
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "11720 = 1-5 nails, 11721 = 6 or more nails, one unit per session (MUE 1). Seven nails -> 11721 x1.",
})

SCENARIOS.append({
    "id": "s89-paring-three-calluses-typed-11055x3",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three plantar calluses typed 11055 x3 -> 11056 x1; UHC",
    "date": "2025-12-16",
    "patient": ("Oyelaran", "Bisi", "1970-11-11", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Plantar feet", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - S. Weiss MD

55F, nurse, on her feet 12 h shifts. Painful calluses under both forefeet.
Exam: hyperkeratotic plaques, no pinpoint bleeding on paring, no wart features:
  - R plantar 2nd MTH, 1.5 cm
  - R plantar 5th MTH, 1.0 cm
  - L plantar 1st MTH, 2.0 cm
Pared all three with #15 blade until pain-free, no bleeding.

Urea 40% cream nightly, metatarsal pads, shoe fitting advice.
Dx callus x3. CPT 11055 x3. (Considered LN2 if wart - not a wart, no 17110.)
RTC prn.
S. Weiss MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "11055 = 1 lesion, 11056 = 2-4, 11057 = more than 4, one unit per session. Three calluses -> 11056. "
                  "The 17110 mention is a hypothetical that was not done.",
})

SCENARIOS.append({
    "id": "s89-paring-corns-precoded-11057-plus-plantar-warts",
    "family": "paring", "shape": "pre-coded",
    "description": "Two corns pre-coded 11057 plus LN2 to three plantar warts (17110); 11056-XS + 17110; Medicaid",
    "date": "2025-10-21",
    "patient": ("Delacroix", "Maurice", "1975-07-03", "male"),
    "provider": "chen", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Corns, left fifth toe and right fourth web space", "L84", "Left 5th toe, right 4th interdigital",
          reason=True),
        C("c2", "Plantar warts, right forefoot", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions, more than four", "11057", "Left 5th toe; right 4th web space",
          note="Two corns pared: hard corn L 5th toe dorsolateral, soft corn R 4th interdigital.", reasons=["c1"]),
        P("Destruction benign lesions up to 14", "17110", "Right plantar forefoot",
          note="Three painful plantar warts pared lightly and frozen with LN2.", reasons=["c2"]),
    ],
    "note_title": "Foot Lesions - Procedure Note",
    "note": """Brookfield Dermatology Associates - W. Chen MD

50M, painful foot lesions x months, limping at work.
Exam:
 - Hard corn L 5th toe (dorsolateral, over PIP), soft corn R 4th web space - both pressure points, no
   capillaries on paring.
 - R plantar forefoot: 3 verrucous papules with pinpoint thrombosed capillaries, interrupting skin lines,
   tender on squeeze, under 2nd/3rd metatarsal heads - separate from the corns.

Procedures:
 1) Corns x2 pared with #15 blade.
 2) Plantar warts x3 - LN2 2 cycles each.

Billing: 11057 + 17110? (11057 for the corns - 2 of them)
Toe spacers, wider shoes. Wart f/u 3 wk.
W. Chen MD
""",
    "expected": E([L("11056", 1, "XS"), L("17110")], topics=["coding-correction"], dx={"17110": ["B07.0"]}),
    "coder_note": "Two corns -> 11056 (2-4), not 11057. 17110/11056 is PTP indicator 1 with 11056 as column 2; the "
                  "corns and the plantar warts are different lesions at different sites -> XS on 11056.",
})

SCENARIOS.append({
    "id": "s89-patch-80-allergens-typed-95044x1",
    "family": "patch-test", "shape": "free-text",
    "description": "Application of an 80-allergen series, typed '95044 x1 (one panel)' -> 95044 x80; BCBS",
    "date": "2025-09-15",
    "patient": ("Marchetti-Lowe", "Gianna", "1985-12-01", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Allergic contact dermatitis, hands and eyelids, suspected", "L23.9", "Hands, eyelids", reason=True),
    ],
    "procedures": [
        P("Patch test application, North American 80 comprehensive series", site="Upper back",
          note="80 allergens applied in Finn chambers on IQ Ultra strips, 10 strips, marked with skin pen.",
          reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES
Patch testing clinic - J. Abernathy MD

40F, hairdresser, hand and eyelid dermatitis x 1 yr. Evaluated at consult visit 09/02/2025 (history,
exposures and plan done then). Today = application only.
Off prednisone > 4 wk, no topical steroids on back x 2 wk, no sunburn. Consent for patch testing signed.

Applied: North American 80 comprehensive series - 80 allergens, upper back, mapped and photographed.
Pt's own products not tested today.
Instructions: keep dry, no exercise, return Wed (48 h) for removal/first read and Fri (96 h) for final read.

95044 x1 (one panel)
J. Abernathy MD
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 is reported per test (per allergen): 80 allergens -> 80 units (MUE 90). No E/M today; the "
                  "evaluation was the 09/02 consult.",
})

SCENARIOS.append({
    "id": "s89-patch-35-plus-rosacea-em-typed-no-25",
    "family": "patch-test", "shape": "note-only",
    "description": "35 allergens applied + separate rosacea management; typed '95044 x3 (3 panels), 99213 no 25'; MA PPO",
    "date": "2026-01-27",
    "patient": ("Sutherland", "Moira", "1956-04-19", "female"),
    "provider": "nakamura", "payer": "medicare-advantage-ppo", "minutes": 35,
    "em": "99213",
    "conditions": [
        C("c1", "Dermatitis of hands, allergic contact suspected", "L30.9", "Both hands", reason=True),
        C("c2", "Rosacea, papulopustular, flaring", "L71.9", "Central face", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """Brookfield Dermatology Associates - Ren Nakamura, MD - 01/27/2026

69F, est pt.
1) Hand dermatitis x 8 months, worse with gardening gloves; plan from last visit was patch testing.
   Today: T.R.U.E. test panels 1, 2 and 3 applied to upper back - 35 allergens total. Instructions given,
   return at 48 h and 96 h for readings.
2) Rosacea - NEW flare over the last month with papules/pustules on cheeks and chin despite metronidazole gel.
   Exam: ~15 inflammatory papules and pustules, background erythema, no ocular sx.
   Stop metronidazole; start ivermectin 1% cream daily (Rx) + doxycycline 40 mg ER daily (Rx). Discussed
   triggers, sunscreen. Recheck 8 wk.

CPT: 95044 x3 (3 panels) ; 99213 (no 25 needed - patch test isn't surgery)
Dx: L30.9 hands, L71.9 rosacea
R. Nakamura MD
""",
    "expected": E([L("95044", 35), L("99213", 1, "25")], dx={"99213": ["L71.9"]}),
    "coder_note": "95044 units = number of allergens (35), not panels. 95044/99213 is PTP indicator 1; the rosacea "
                  "flare with new prescriptions is significant, separately identifiable work -> 99213-25.",
})

SCENARIOS.append({
    "id": "s89-photo-nbuvb-typed-96910",
    "family": "phototherapy", "shape": "note-only",
    "description": "Narrowband UVB session for psoriasis without tar, typed 96910 -> 96900; Medicare",
    "date": "2025-07-16",
    "patient": ("Brannigan", "Thomas", "1953-01-08", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - PHOTOTHERAPY UNIT
Supervising physician: R. Nakamura MD (on site)

Pt: 72M, plaque psoriasis ~15% BSA, on NB-UVB 3x/wk since 06/2025 (clobetasol and calcipotriene failed).
Treatment #14 today.
Modality: narrowband UVB (311 nm) cabinet, full body, goggles + genital shielding.
Dose: 1,150 mJ/cm2 (+10% from last, no erythema reported).
Topicals: none applied in clinic today. No coal tar / no petrolatum-tar preparation used.
Skin check pre-treatment: plaques thinning, no burning.

CPT 96910 (phototherapy)
Next tx Friday.
Tech: L. Ortiz / reviewed R. Nakamura MD
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "96910 is photochemotherapy with tar/petrolatum + UVB (Goeckerman type); UVB alone without tar is "
                  "actinotherapy 96900. Psoriasis after failed topicals meets NCD 250.1 for UV.",
})

SCENARIOS.append({
    "id": "s89-photo-excimer-320-sqcm-precoded-96920",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows and knees, total 320 sq cm, pre-coded 96920 -> 96921; Aetna",
    "date": "2025-11-06",
    "patient": ("Rasmussen", "Kjell", "1979-10-23", "male"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques elbows and knees", "L40.0", "Bilateral elbows and knees",
          reason=True),
    ],
    "procedures": [
        P("Excimer laser therapy, psoriasis", "96920", "Bilateral elbows and knees",
          note="308 nm excimer. R elbow 85 sq cm, L elbow 90 sq cm, R knee 70 sq cm, L knee 75 sq cm. "
               "Total treated area 320 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "note": """Brookfield Dermatology Associates - A. Lindgren MD

46M, localized plaque psoriasis elbows/knees (~4% BSA), failed 6 months of clobetasol + calcipotriene.
Excimer course, treatment #6 of 13 (prior auth on file).

Areas treated (measured with template grid):
  R elbow 85 sq cm   L elbow 90 sq cm
  R knee  70 sq cm   L knee  75 sq cm
  Total 320 sq cm
Dose 2 x MED on plaques (420 mJ/cm2), no blistering from last tx.

Code: 96920 (excimer)
Next tx in 3-4 days.
A. Lindgren MD
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded by total area treated per session: <250 -> 96920, 250-500 -> 96921, >500 -> 96922. "
                  "320 sq cm -> 96921.",
})

SCENARIOS.append({
    "id": "s89-photo-puva-first-line-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA started without failed conventional therapy, ABN signed; Medicare FFS -> 96912-GA",
    "date": "2026-02-24",
    "patient": ("Oberholzer", "Dagmar", "1955-08-16", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 12% BSA", "L40.0", "Trunk, legs", reason=True),
    ],
    "procedures": [
        P("PUVA photochemotherapy", site="Whole body",
          note="Oral 8-MOP 0.4 mg/kg 90 min before exposure; UVA 1.5 J/cm2 full body. Treatment #1.",
          reasons=["c1"]),
    ],
    "note_title": "Phototherapy Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - J. Abernathy MD - PUVA unit

70F, plaque psoriasis 12% BSA. Only prior treatment: clobetasol for 2 weeks, stopped on her own after
one week because of messiness - not a treatment failure. Has not tried UVB, calcipotriene or systemics.
She specifically requests PUVA (her sister did well on it). Explained Medicare covers PUVA only for
intractable, disabling psoriasis after conventional treatment fails, so it will likely be denied.
ABN (CMS-R-131) reviewed and signed before treatment, option 1 chosen.

PUVA #1: methoxsalen 0.4 mg/kg PO 90 min pre-exposure; UVA 1.5 J/cm2 full body, goggles and shielding.
UVA-blocking glasses for 24 h.

96912 (covered?)
Continue 2x/week if tolerating. Also started calcipotriene/betamethasone foam for plaques.
J. Abernathy MD
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/COS-4: NCD 250.1 limits PUVA to intractable, disabling psoriasis after failed conventional "
                  "therapy; not met, so expected denial as not reasonable and necessary; ABN on file -> GA.",
})

# =================================================================================================================
# Batch 4: post-op / global period, incision and drainage, intralesional, mixed
# =================================================================================================================

SCENARIOS.append({
    "id": "s89-postop-suture-removal-typed-99212",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and path review 9 days after 11603 (010 global); typed 99212 -> 99024; Medicare",
    "date": "2025-11-12",
    "patient": ("Fairweather", "Clifford", "1947-02-21", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Squamous cell carcinoma of skin of trunk, excised", "C44.529", "Right upper back"),
    ],
    "prior": [PRIOR("2025-11-03", "11603", "Excision malignant lesion trunk", "Right upper back",
                    "SCC 1.6 cm, 4 mm margins (2.4 cm); intermediate repair not needed.")],
    "note_title": "Post-op Visit",
    "note": """Brookfield Dermatology Associates - W. Chen MD - 11/12/2025

78M, 9 days s/p excision of SCC R upper back (11/03/2025).
Wound: well-approximated, no erythema, no drainage, no dehiscence. Sutures (6) removed, steri-strips on.
Path reviewed with pt: invasive SCC, well differentiated, margins clear (closest 3 mm). No further
treatment needed for this lesion. He had no other concerns; nothing else examined or addressed.

Plan: scar care, silicone gel. Next full skin exam 3 months as scheduled.
E/M: 99212 (suture removal + path discussion)
W. Chen MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: day 9 of the 10-day global of 11603; suture removal and discussing the path of the "
                  "excised lesion are routine post-op care -> 99024, not a billable E/M.",
})

SCENARIOS.append({
    "id": "s89-postop-new-shin-lesion-bx-precoded-no-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Shave biopsy of a new shin lesion 6 days after a back excision (010); pre-coded 11102 -> 11102-79",
    "date": "2025-06-09",
    "patient": ("Quintero", "Beatriz", "1963-09-09", "female"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Bleeding papule left shin", "D49.2", "Left anterior shin", reason=True),
    ],
    "procedures": [
        P("Shave biopsy, skin", "11102", "Left anterior shin",
          note="6 mm friable pink papule, tangential biopsy, AlCl.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-06-03", "11402", "Excision benign lesion trunk", "Left mid back",
                    "Epidermoid cyst, excised diameter 1.6 cm, simple closure.")],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - S. Ramirez MD - 06/09/2025

62F. Had cyst excision on the L mid back 06/03 - that wound is not why she is here; her suture removal /
wound check is booked for 06/13 and I did not examine the back today.
Today: new pink papule on the L shin noticed 3 wk ago, bleeds when she shaves.
Exam: 6 mm friable pink papule L anterior shin.
Shave (tangential) biopsy, AlCl hemostasis, to path - r/o SCC vs pyogenic granuloma.

-> 11102 (different spot from the back, so no modifier needed)
S. Ramirez MD
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: a procedure on a new, unrelated lesion inside the 10-day global of the 06/03 excision takes 79. "
                  "No post-op care of the back was given today, so no 99024.",
})

SCENARIOS.append({
    "id": "s89-postop-hs-flare-in-flap-global-typed-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated hidradenitis flare managed 20 days after a nasal flap (090); typed 99024 -> 99214-24",
    "date": "2025-12-22",
    "patient": ("Whitlock", "Jerome", "1969-05-15", "male"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 35,
    "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, axillae and groin, flare", "L73.2", "Bilateral axillae, groin", reason=True),
    ],
    "prior": [PRIOR("2025-12-02", "14060", "Adjacent tissue transfer nose", "Right nasal sidewall",
                    "Mohs defect repaired with a 7.5 sq cm transposition flap.")],
    "note_title": "Progress Note",
    "note": """Brookfield Dermatology Associates
June Abernathy, MD - 12/22/2025 - est pt

56M with Hurley II hidradenitis, here for a flare. Note: he is in the 90-day global of the nasal
transposition flap I did on 12/02 after his Mohs; the flap is NOT addressed today - his post-op visit for it is
booked with me 01/05.

HS: 3 weeks of new painful nodules and 2 draining tunnels R axilla, new nodules L groin. Off doxycycline
since summer. Smoker 1/2 ppd.
Exam: R axilla 3 inflamed nodules + 2 draining tunnels; L groin 2 nodules. No cellulitis. Afebrile.
Assessment: HS, Hurley II, flaring, inadequately controlled.
Plan:
 - Start doxycycline 100 mg bid (Rx) and clindamycin 1% lotion (Rx); chlorhexidine wash.
 - Discussed adalimumab if no response in 8-12 wk; TB quantiferon and hepatitis panel ordered today.
 - Smoking cessation counselling 4 min.
 - No I&D or injection today.

CPT: 99024 (pt is in global)
J. Abernathy MD
""",
    "expected": E([L("99214", 1, "24")], topics=["global-period"], dx={"99214": ["L73.2"]}),
    "coder_note": "GS-5: an E/M for a problem unrelated to the 12/02 flap (090 global) is billable with 24; 99024 is only "
                  "for related post-op care, which was not given today. Provider level 99214 kept (chronic illness "
                  "with exacerbation + prescription drug management).",
})

SCENARIOS.append({
    "id": "s89-id-axilla-abscess-typed-10061",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Single simple axillary abscess I&D, no packing or loculations; typed 10061 -> 10060; BCBS",
    "date": "2025-08-12",
    "patient": ("Novak", "Stefan", "1992-03-03", "male"),
    "provider": "ramirez", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Left axilla",
          note="Single 2 cm fluctuant abscess. Stab incision #11 blade, ~3 mL pus expressed, no loculations, "
               "cavity irrigated, no packing placed. Culture sent.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - S. Ramirez MD

33M, 4 days of a painful lump in the L armpit after shaving. No fever. No hx of HS.
Exam: single 2 cm fluctuant tender nodule L axilla, 1 cm rim of erythema. No other lesions.

I&D: consent, lido 1% w/ epi. #11 blade stab incision, ~3 mL purulent material expressed. Probed - no
loculations. Irrigated with saline. No packing needed. Culture to lab. Dressing.

Warm compresses tid. No antibiotics (small, drained, no cellulitis beyond rim).
-> 10061 (complicated I&D)
Recheck prn / if fever.
S. Ramirez MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "10060 = simple or single abscess; 10061 = complicated or multiple (e.g. loculations, packing). A single "
                  "abscess drained by stab incision without packing or loculations is 10060.",
})

SCENARIOS.append({
    "id": "s89-id-buttock-precoded-em-decision-only",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "I&D buttock abscess with 99213-25 typed; the visit was only the abscess -> E/M removed; Medicaid MCO",
    "date": "2026-01-06",
    "patient": ("Robles", "Dario", "2001-07-29", "male"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple", "10060", "Right buttock",
          note="1.5 cm abscess, stab incision, pus expressed, no packing.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Brookfield Dermatology - R. Santos NP

24M, est pt (seen 2024 for acne, resolved), walk-in for a painful bump on the R buttock x 5 days, no fever,
no prior boils, no one at home with boils, no diabetes.
Exam: 1.5 cm fluctuant tender nodule R buttock, small rim of erythema, nothing else going on, no other
complaints today.
Decided on I&D, consent, lido w/ epi, stab incision, pus expressed, irrigated, no packing, dressing.
Wound care reviewed, warm soaks, no antibiotics needed, return if fever or spreading redness.
99213-25 + 10060
R. Santos NP
""",
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "GS-3 and README 'Coding decisions': the only work was evaluating the abscess and deciding on the I&D "
                  "(010 procedure), so there is no significant, separately identifiable E/M and the 99213 is removed.",
})

SCENARIOS.append({
    "id": "s89-il-keloids-three-typed-11901",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to three chest keloids, 60 mg triamcinolone; typed '11901, J3301 x1' -> 11900 + J3301 x6; UHC",
    "date": "2025-09-02",
    "patient": ("Mensah", "Kwabena", "1994-10-10", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Keloids of anterior chest, symptomatic", "L91.0", "Anterior chest", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - S. Weiss MD

31M, keloids on the anterior chest after acne, itchy and tender, catch on shirts. 3rd injection session
(last 6 wk ago, flattening).

Intralesional triamcinolone acetonide (Kenalog-40, 40 mg/mL), 30 g needle:
  keloid 1 (presternal, 2.5 cm)  0.6 mL
  keloid 2 (L upper chest, 1.5 cm) 0.5 mL
  keloid 3 (R upper chest, 1.2 cm) 0.4 mL
  total 1.5 mL = 60 mg, three lesions
No atrophy or hypopigmentation from prior rounds.

Codes: 11901, J3301 x1
RTC 6 wk.
S. Weiss MD
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 covers up to 7 lesions (11901 is more than 7). J3301 is per 10 mg: 1.5 mL x 40 mg/mL = 60 mg -> "
                  "6 units.",
})

SCENARIOS.append({
    "id": "s89-il-alopecia-areata-nine-typed-11900",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to nine alopecia areata patches, 32 mg; typed '11900 + J3301 x3' -> 11901 + J3301 x4; MA HMO",
    "date": "2026-02-10",
    "patient": ("Lindholm", "Greta", "1958-12-28", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, multifocal scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, scalp", site="Scalp - vertex, crown, occiput",
          note="Triamcinolone acetonide diluted to 10 mg/mL. Vertex 3 patches, crown 2 patches, occiput 4 patches "
               "(9 patches). Total volume 3.2 mL.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Brookfield Dermatology Associates - Astrid Lindgren, MD - 02/10/2026

67F, patchy alopecia areata since 10/2025, failed clobetasol solution. Now nine patches: vertex 3, crown 2,
occiput 4. No eyebrow or nail involvement.
ILK: Kenalog-40 diluted with saline to 10 mg/mL. 0.1 mL aliquots at 1 cm intervals into each of the nine
patches, total 3.2 mL (= 32 mg). Tolerated well.

CPT: 11900 + J3301 x3
Repeat q4-6 wk. Photos taken.
A. Lindgren MD
""",
    "expected": E([L("11901"), L("J3301", 4)]),
    "coder_note": "Nine lesions is more than 7 -> 11901 (11901/11900 indicator 0, so only 11901). J3301 per 10 mg, "
                  "rounded up: 3.2 mL x 10 mg/mL = 32 mg -> 4 units.",
})

SCENARIOS.append({
    "id": "s89-il-hs-nodules-in-flap-global-79",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to two axillary HS nodules 25 days after a cheek flap (090); -> 11900-79 + J3301 x2; Medicare",
    "date": "2025-10-28",
    "patient": ("Ashdown", "Philippa", "1957-03-14", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Hidradenitis suppurativa, right axilla", "L73.2", "Right axilla", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection", site="Right axilla",
          note="Two inflamed HS nodules injected, triamcinolone 10 mg/mL, 0.6 mL each (1.2 mL = 12 mg).",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-10-03", "14040", "Adjacent tissue transfer cheek", "Left cheek",
                    "Rotation flap 9 sq cm after excision of BCC.")],
    "note_title": "Procedure Note",
    "note": """Brookfield Dermatology Associates - R. Nakamura MD

68F, known HS (Hurley I). Two tender inflamed nodules R axilla x 1 wk.
FYI she is in the 90-day global of the L cheek rotation flap I did on 10/03 - flap not examined or treated today,
her flap check with me is next week.

ILK: Kenalog 10 mg/mL, 0.6 mL into each of the two nodules = 1.2 mL = 12 mg total.

CPT: 11900, J3301 x1.2 (no modifier - nothing to do with the flap)
R. Nakamura MD
""",
    "expected": E([L("11900", 1, "79"), L("J3301", 2)], topics=["global-period"]),
    "coder_note": "GS-5: an unrelated procedure inside the 90-day global of the 10/03 flap takes 79 (the drug line does "
                  "not). J3301 units are whole numbers per 10 mg rounded up: 12 mg -> 2.",
})

SCENARIOS.append({
    "id": "s89-mixed-rosacea-em25-ak-typed-g2211",
    "family": "mixed", "shape": "note-only",
    "description": "Rosacea Rx management + LN2 to three AKs; typed '99213-25, 17000, 17003 x2, G2211'; Medicare",
    "date": "2025-07-29",
    "patient": ("Pemberton", "Harold", "1949-08-04", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Rosacea", "L71.9", "Cheeks, nose", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Left temple, right forehead", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - W. Chen MD - 07/29/2025 - est pt

76M, here for rosacea follow-up; also points out some rough spots on his face.

1. Rosacea - follow-up. Papules better on ivermectin but persistent flushing and burning with red wine and
   hot showers; cheeks stay red all day now.
   Exam: centrofacial erythema with telangiectasia, 2-3 papules only, no ocular signs.
   Added brimonidine 0.33% gel qAM (Rx), continue ivermectin (refilled). Trigger diary. Discussed vascular
   laser later if erythema persists (cosmetic, self-pay) - not today. RTC 3 mo.
2. AKs - 3 rough gritty spots: L temple x2, R forehead x1. LN2 2 cycles each. Wound care reviewed.
   No thick or tender lesion - no biopsy needed.

Billing: 99213-25, 17000, 17003 x2, G2211 (longitudinal rosacea care)
W. Chen MD
""",
    "expected": E([L("99213", 1, "25"), L("17000"), L("17003", 2)], dx={"99213": ["L71.9"], "17000": ["L57.0"]}),
    "coder_note": "Rosacea management with prescription changes is separately identifiable -> 99213-25. Three AKs -> "
                  "17000 + 17003 x2. EM-6: G2211 is not payable when the E/M carries modifier 25, so it is dropped.",
})

SCENARIOS.append({
    "id": "s89-mixed-bx-nose-ak-scalp-precoded-11100",
    "family": "mixed", "shape": "pre-coded",
    "description": "Shave bx of nasal papule pre-coded with deleted 11100 + LN2 to five scalp AKs; Medicare",
    "date": "2025-10-09",
    "patient": ("Sorensen", "Niels", "1943-11-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Pearly papule right nasal ala", "D49.2", "Right nasal ala", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Right nasal ala",
          note="Tangential (shave) biopsy of 5 mm pearly papule.", reasons=["c1"]),
        P("Destruction premalignant lesion, first", "17000", "Scalp",
          note="LN2 to first AK.", reasons=["c2"]),
        P("Destruction premalignant lesions, each additional", "17003", "Scalp",
          note="LN2 to 4 additional AKs (units 4).", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Brookfield Dermatology Associates - Samuel Weiss, MD

81M, retired roofer, here for his scalp AKs and a spot on his nose his wife noticed.

1) R nasal ala 5 mm pearly papule with telangiectasia x 5 mo, bled once with nose blowing.
   Consent, lido w/ epi, tangential (shave) biopsy, AlCl. To path, r/o BCC.
2) Scalp - five AKs (vertex 3, L parietal 2), gritty, none indurated.
   LN2 x2 cycles each. None of the scalp lesions biopsied.

Wound care: vaseline to nose bx site and scalp. Hat.
Will call with path; if BCC, refer for Mohs (nose).

Billing: 11100 (bx) + 17000 + 17003 x4. Add 11101 if second bx - no second bx.
S. Weiss MD
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 4)], topics=["invalid-code"]),
    "coder_note": "11100 was deleted 12/31/2018 -> tangential biopsy 11102 (invalid-code). 11102/17000 is PTP indicator 1 "
                  "with 17000 as column 2; the AKs on the scalp are different lesions from the biopsied nasal papule -> "
                  "XS on 17000. Five AKs -> 17000 + 17003 x4.",
})

# =================================================================================================================
# Batch 5: shave, repair, skin tags, cosmetic, mixed
# =================================================================================================================

SCENARIOS.append({
    "id": "s89-shave-nose-nevus-typed-11311",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of 0.4 cm bleeding nevus on the nose (glasses trauma); typed 11311 -> 11310; Medicare",
    "date": "2025-08-07",
    "patient": ("Hollingsworth", "Agnes", "1954-05-02", "female"),
    "provider": "ramirez", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Intradermal nevus, right nasal sidewall, traumatized by eyeglasses, bleeding", "D22.39",
          "Right nasal sidewall", reason=True),
    ],
    "path": [{"text": "Right nasal sidewall, shave removal: intradermal melanocytic nevus with surface erosion. "
                      "No atypia.", "site": "Right nasal sidewall", "date": "2025-08-11"}],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - Sofia Ramirez, MD - 08/07/2025

71F. Flesh-colored dome-shaped papule R nasal sidewall for years; her new glasses' nose pad sits on it and
it has bled 3 times in the past month, crusted today. Wants it removed.
Exam: 4 mm (0.4 cm) soft dome papule, central hemorrhagic crust, under the R nose pad.

Shave removal: consent, 0.5 mL lido w/ epi, flexible blade, flush with skin, AlCl + light cautery.
Specimen to path.

-> 11311 (nose is face)
Vaseline daily, pad adjustment at optician.
S. Ramirez MD
""",
    "expected": E([L("11310")], dx={"11310": ["D22.39"]}),
    "coder_note": "SH-1: face/nose shave removal by lesion diameter; 0.4 cm is <= 0.5 cm -> 11310, not 11311. Recurrent "
                  "trauma with bleeding is documented (BSL-3 a/l), so covered without GY.",
})

SCENARIOS.append({
    "id": "s89-shave-three-sites-precoded-11301x3",
    "family": "shave", "shape": "pre-coded",
    "description": "Three inflamed SK shave removals (forearm 1.2, scalp 0.5, ear 0.8 cm) all pre-coded 11301; Aetna",
    "date": "2025-12-11",
    "patient": ("Vukovic", "Dragan", "1960-02-18", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratoses", "L82.0", "Left forearm, scalp, right ear", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs", "11301", "Left dorsal forearm",
          note="Inflamed SK, 1.2 cm diameter.", reasons=["c1"]),
        P("Shave removal, trunk/arms/legs", "11301", "Occipital scalp",
          note="Inflamed SK, 0.5 cm, catches on comb, bleeding.", reasons=["c1"]),
        P("Shave removal, trunk/arms/legs", "11301", "Right helix",
          note="Inflamed SK, 0.8 cm, painful on pillow.", reasons=["c1"]),
    ],
    "path": [{"text": "A) L forearm, B) scalp, C) R helix, shave removals: irritated/inflamed seborrheic keratoses. "
                      "No dysplasia.", "date": "2025-12-15"}],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES
Jordan Pike, PA-C

65M, three irritated "warty" spots - red, itchy, two bleed.
 A) L dorsal forearm 1.2 cm inflamed SK, crusted
 B) occipital scalp 0.5 cm, catches on comb, bleeds
 C) R helix 0.8 cm, red, painful on pillow
All shave removed flush with the skin, Drysol hemostasis, to path.

[codes?] 11301 x3 (3 SKs, all about a cm)
J. Pike PA-C
""",
    "expected": E([L("11302"), L("11305"), L("11311")], topics=["coding-correction"], dx={"11302": ["L82.0"]}),
    "coder_note": "SH-1: code each lesion by site group and diameter: forearm (TAL) 1.2 cm -> 11302; scalp (SNHFG) 0.5 cm "
                  "-> 11305; ear (FEENLM) 0.8 cm -> 11311. Inflammation/bleeding documented.",
})

SCENARIOS.append({
    "id": "s89-shave-neck-no-size-plus-two-aks",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of an irritated neck SK with no size recorded (no line) + LN2 to two AKs; Medicare",
    "date": "2026-03-17",
    "patient": ("Rutherford", "Edith", "1941-06-06", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left lateral neck", "L82.0", "Left lateral neck", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left lateral neck",
          note="Raised crusted stuck-on papule rubbed by collar, bled twice; shave removed flush with skin, Drysol. "
               "Size not recorded.", reasons=["c1"]),
        P("Cryotherapy of actinic keratoses", site="Right cheek",
          note="Two AKs, LN2 2 cycles each.", reasons=["c2"]),
    ],
    "path": [{"text": "Left lateral neck, shave: irritated seborrheic keratosis.", "site": "Left lateral neck",
              "date": "2026-03-20"}],
    "note_title": "Procedure Note",
    "note": """Brookfield Dermatology Associates - A. Lindgren MD - 03/17/2026

84F, here with her daughter. Two concerns today.

1) L lateral neck - crusted stuck-on papule where her coat collar rubs, bled twice this month, now sore.
   Looks like an irritated SK.
   Consent, lido w/ epi, shave removal flush with skin, Drysol, to path.
   (Forgot to write down the size.)
2) R cheek - 2 rough pink scaly papules c/w AKs.
   LN2 x2 cycles each.

Aftercare sheet given for both. Path result by phone.

CPT: 11306? (neck) + 17000 + 17003
A. Lindgren MD
""",
    "expected": E([L("17000"), L("17003")], topics=["missing-documentation"], dx={"17000": ["L57.0"]}),
    "coder_note": "README 'Coding decisions': shave removal codes are size-banded and no diameter is documented -> no "
                  "shave line, missing-documentation. Two AKs -> 17000 + 17003 x1.",
})

SCENARIOS.append({
    "id": "s89-repair-lacerations-typed-12001x2-12051",
    "family": "repair", "shape": "note-only",
    "description": "Fall lacerations: simple forearm 2.5 + hand 1.5 cm (12002) and layered forehead 3.0 cm (12052); MA HMO",
    "date": "2025-09-18",
    "patient": ("Petrakis", "Yannis", "1948-01-25", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body of right forearm, initial encounter", "S51.811A", "Right forearm",
          reason=True),
        C("c2", "Laceration without foreign body of right hand, initial encounter", "S61.411A", "Right hand",
          reason=True),
        C("c3", "Laceration without foreign body of other part of head, initial encounter", "S01.81XA",
          "Left forehead", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - J. Abernathy MD

77M, est pt, came straight to us from the garden 1 h ago after tripping on a hose onto a stone border.
Td booster 2023 - up to date. Not anticoagulated. No LOC, no head injury symptoms; neuro grossly normal.

Wounds (cleaned and irrigated with saline, no foreign body, no tendon involvement):
 1) R forearm 2.5 cm - superficial, single layer 4-0 nylon.
 2) R dorsal hand 1.5 cm - superficial, single layer 5-0 nylon.
 3) L forehead 3.0 cm - into subcutaneous fat, layered: 5-0 Vicryl deep, 6-0 nylon skin.

CPT: 12001 x2 (arm + hand), 12051 (forehead)
Sutures out: face 5 d, arm/hand 10 d. Head-injury precautions given.
J. Abernathy MD
""",
    "expected": E([L("12002"), L("12052")]),
    "coder_note": "REP-1/REP-2: simple repairs in the same group (extremities incl. hands) are summed: 2.5 + 1.5 = 4.0 cm "
                  "-> 12002 x1. Layered forehead (face) 3.0 cm -> 12052 (2.6-5.0), not 12051.",
})

SCENARIOS.append({
    "id": "s89-repair-chin-precoded-11442-13131",
    "family": "repair", "shape": "pre-coded",
    "description": "Chin excision pre-coded 11442 + complex 13131; excised diameter 0.9 cm, layered 1.8 cm -> 11441 + 12051",
    "date": "2025-11-20",
    "patient": ("Ingebretsen", "Solveig", "1976-09-03", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Desmoplastic trichoepithelioma of chin", "D23.39", "Chin, left of midline", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion face", "11442", "Chin",
          note="Firm white annular papule 0.5 cm, 2 mm margins. Ellipse 1.8 cm.", reasons=["c1"]),
        P("Complex repair face", "13131", "Chin",
          note="Limited undermining, 5-0 Monocryl buried, 6-0 Prolene running. 1.8 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Chin, excision: desmoplastic trichoepithelioma. No basal cell carcinoma identified. Margins "
                      "clear.", "site": "Chin", "date": "2025-11-25"}],
    "note_title": "Excision Note",
    "note": """Brookfield Dermatology Associates - Astrid Lindgren, MD

49F, firm white papule on the chin x 2 yr, slowly enlarging. Clinically desmoplastic trichoepithelioma vs
morpheaform BCC; excision chosen over partial biopsy.

Lesion 0.5 cm; margins 2 mm -> excised diameter 0.9 cm. Ellipse 1.8 cm along the mental crease.
Repair: limited undermining (3 mm), layered closure 5-0 Monocryl buried + 6-0 Prolene running, 1.8 cm.
No free margin involved, no debridement, no retention sutures.

CPT (mine): 11442 (1.8 ellipse) + 13131 complex
Path pending. Sutures out 6 d.
A. Lindgren MD
""",
    "expected": E([L("11441"), L("12051")], topics=["coding-correction"], dx={"11441": ["D23.39"]}),
    "coder_note": "EX-1: 0.5 + 2 x 0.2 = 0.9 cm (not the 1.8 cm ellipse) and benign path -> 11441. REP-3: limited "
                  "undermining with a layered closure is intermediate, not complex -> face 1.8 cm = 12051.",
})

SCENARIOS.append({
    "id": "s89-tags-twelve-plus-inflamed-sk-shave",
    "family": "skin-tags", "shape": "free-text",
    "description": "12 symptomatic skin tags + shave of a 0.7 cm inflamed SK; typed '11200 x12 + 11300'; Cigna",
    "date": "2025-10-30",
    "patient": ("Achterberg", "Lieke", "1971-04-27", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Bilateral axillae, neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left flank", "L82.0", "Left flank", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Bilateral axillae and neck",
          note="12 acrochordons snipped with curved iris scissors, AlCl. Irritated by bra straps and necklace, "
               "2 bled this week.", reasons=["c1"]),
        P("Shave removal of lesion", site="Left flank",
          note="Inflamed seborrheic keratosis, 0.7 cm, red and crusted, itchy; shaved flush, AlCl.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Brookfield Dermatology - R. Santos NP

54F, skin tags in both armpits and on the neck that get caught in her bra straps and necklace, two bled this
week, also an itchy red crusted spot on the L flank that she scratches until it bleeds.
PMH prediabetes, meds metformin, NKDA.
Exam: 12 pedunculated skin tags total (R axilla 5, L axilla 4, neck 3), several red and irritated, two with
dried blood; L flank 0.7 cm inflamed SK, red rim, crusted.
Consent, snip excision of all 12 tags with iris scissors, shave removal of the flank SK flush with skin,
AlCl, bandaids, flank SK to path (tags discarded, classic).
Aftercare reviewed, vaseline daily, call if bleeding or signs of infection.
11200 x12 + 11300
R. Santos NP
""",
    "expected": E([L("11200"), L("11301", 1, "XS")], dx={"11200": ["L91.8"], "11301": ["L82.0"]}),
    "coder_note": "11200 covers up to 15 tags, one unit. The SK is 0.7 cm on the trunk -> 11301, not 11300. 11200/11301 "
                  "is PTP indicator 1 with 11301 as column 2; different lesions -> XS on 11301.",
})

SCENARIOS.append({
    "id": "s89-tags-28-cosmetic-medicare-precoded",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "28 asymptomatic skin tags removed for appearance, Medicare FFS, no ABN; 11200-GY + 11201-GY capped at 1",
    "date": "2026-02-26",
    "patient": ("Whitfield", "Lorraine", "1950-10-31", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae", "L91.8", "Neck, axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to 15", "11200", "Neck",
          note="First 15 tags.", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", "11201", "Neck and axillae",
          note="13 additional tags (2 units).", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - S. Weiss MD

75F wants the skin tags on her neck and underarms removed - "they look awful in photos".
They do not itch, bleed, catch on clothing or get inflamed; no change in size or number that she has noticed.
Exam: soft pedunculated skin-colored papules, none irritated or inflamed.
Counted 28 (neck 19, R axilla 5, L axilla 4).
Told her Medicare treats this as cosmetic and she is fine with that.
No ABN/waiver form was completed today.
Snip removal of all 28 with curved scissors, AlCl, no complications.
Aftercare: vaseline x 5 days.

Billing: 11200 + 11201 x2. Cosmetic?
S. Weiss MD
""",
    "expected": E([L("11200", 1, "GY"), L("11201", 1, "GY")], topics=["cosmetic", "mue"]),
    "coder_note": "BSL-2/COS-2: asymptomatic tags removed for appearance are cosmetic; Medicare FFS -> GY on both lines "
                  "(no voluntary ABN, so no GX). 28 tags -> 11200 + ceil(13/10) = 2 units of 11201, capped at the "
                  "11201 MUE of 1 (README 'Coding decisions').",
})

SCENARIOS.append({
    "id": "s89-cos-botox-glabella-with-aks-commercial",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic glabellar Botox (removed, patient-pay) + LN2 to four hand AKs billed to BCBS",
    "date": "2025-07-10",
    "patient": ("Castellanos-Reid", "Vivian", "1964-03-22", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Glabellar rhytids", None, "Glabella"),
        C("c2", "Actinic keratosis", "L57.0", "Dorsal hands", reason=True),
    ],
    "procedures": [
        P("Botulinum toxin injection, cosmetic, glabellar lines", site="Glabella",
          note="OnabotulinumtoxinA 20 units, 5 injection points. Self-pay cosmetic package.", reasons=["c1"]),
        P("Cryotherapy of actinic keratoses", site="Dorsal hands",
          note="Four AKs (R hand 2, L hand 2), LN2 2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Aesthetic and Medical Visit",
    "note": """Brookfield Dermatology Associates - Aesthetics - Henrietta Voss, MD

61F, aesthetic patient, also has rough spots on her hands she wants looked at.

1) Cosmetic: glabellar frown lines, wants Botox before her daughter's wedding. No ptosis history, not
   pregnant, no neuromuscular disease. Photos taken.
   Botox Cosmetic 20 units to glabellar complex (procerus 4, corrugators 4 x 2 each side).
   Paid at front desk (cosmetic price list). Touch-up visit in 2 wk if needed (self-pay).
2) Medical: 4 rough scaly spots dorsal hands (R 2, L 2), tender when she gardens - AKs.
   LN2 2 cycles each. Blister care explained.
   Sunscreen to hands; consider 5-FU if more appear.

Codes: J0585 x20 + 64612?, 17000, 17003 x3
H. Voss MD
""",
    "expected": E([L("17000"), L("17003", 3)], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "COS-2 and the conventions: cosmetic Botox for rhytids with a commercial payer is not put on the claim "
                  "(patient pays; cosmetic finding); 64612 is a chemodenervation code that does not fit anyway. Four AKs "
                  "-> 17000 + 17003 x3.",
})

SCENARIOS.append({
    "id": "s89-cos-sk-cryo-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "LN2 to six asymptomatic SKs for appearance, Medicare FFS, voluntary ABN signed -> 17110-GY-GX",
    "date": "2025-06-24",
    "patient": ("Drummond", "Fiona", "1952-07-07", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, back, asymptomatic", "L82.1", "Upper back", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", "17110", "Upper back",
          note="6 SKs, LN2. Cosmetic request.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - H. Voss MD

73F would like the "brown crusty spots" on her upper back frozen off because she dislikes how they look in
backless dresses. No itching, bleeding, irritation, inflammation or recent change. Clinically classic SKs,
no diagnostic doubt.
Explained this is cosmetic and not a Medicare benefit; she signed our voluntary ABN / notice of
non-coverage and agreed to pay.
LN2 to 6 SKs, 1 cycle each.

17110 (x6 SKs)
H. Voss MD
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-4: asymptomatic SKs (L82.1) removed for appearance are statutorily excluded; Medicare FFS "
                  "-> GY, plus GX because a voluntary ABN was signed. Six lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s89-mixed-sample-curette-bcc-plus-arm-punch",
    "family": "mixed", "shape": "free-text",
    "description": "Shave sample then ED&C of a back lesion (path BCC, defect 1.4 cm) + punch of a separate arm lesion",
    "date": "2025-09-04",
    "patient": ("Thornquist", "Albert", "1946-12-19", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Dysplastic nevus, left upper arm", "D22.62", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Shave biopsy followed by curettage and electrodesiccation", site="Right upper back",
          note="0.9 cm pearly papule. Tangential sample sent to path, then base curetted and electrodesiccated "
               "x3 cycles. Final defect 1.4 cm.", reasons=["c1"]),
        P("Punch biopsy", site="Left upper arm",
          note="6 mm irregular pigmented papule, 4 mm punch, 1 suture.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A) Right upper back, shave: basal cell carcinoma, nodular and superficial types.",
         "site": "Right upper back", "date": "2025-09-09"},
        {"text": "B) Left upper arm, punch: compound dysplastic nevus with mild atypia.",
         "site": "Left upper arm", "date": "2025-09-09"},
    ],
    "note_title": "Procedure Note",
    "note": """BROOKFIELD DERMATOLOGY ASSOCIATES - S. Ramirez MD - 09/04/2025

78M.
A) R upper back 0.9 cm pearly papule, classic for BCC. Discussed ED&C today vs bx first; chose sample + ED&C
   in one visit: tangential shave sample to path, then curettage + electrodesiccation x3 cycles.
   Final defect 1.4 cm. -> 11102 + 17262
B) L upper arm 6 mm irregular brown papule, new this year. 4 mm punch bx, 4-0 nylon x1. -> 11104

Path pending on both. Wound care handout.
S. Ramirez MD
""",
    "expected": E([L("17262"), L("11104", 1, "XS")], dx={"17262": ["C44.519"]}),
    "coder_note": "BX-6: sample-then-curette of a lesion that proves malignant -> destruction 17262 only (trunk, final "
                  "defect 1.4 cm), no biopsy line for it. The arm punch is a separate lesion: 17262/11104 is PTP "
                  "indicator 1 with 11104 as column 2 -> 11104-XS.",
})
