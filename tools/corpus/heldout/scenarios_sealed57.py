"""Sealed set 57 (s57-): university dermatology residency continuity clinic.

Voice: Northfield University Dermatology, Resident Continuity Clinic. A resident (PGY-2 to PGY-4) writes the
note, often over-documenting differentials and plans; the teaching physician (the billing provider) adds an
attestation that sometimes corrects a size, site, count, technique or what was actually done. Where the
attestation and the resident's text disagree, the teaching physician's statement governs.

Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only. Teaching-physician modifier GC is not part of the house conventions and is not expected.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "NORTHFIELD UNIVERSITY DERMATOLOGY - RESIDENT CONTINUITY CLINIC"

# ---------------------------------------------------------------------------------------------------------------
# Biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-bx-three-lesions-attest-technique",
    "family": "biopsy", "shape": "note-only",
    "description": "Three biopsies; resident wrote punch x3, attending corrects specimen C to tangential",
    "date": "2025-10-14",
    "patient": ("Vandermeer", "Elise", "1968-05-22", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, right upper back", "D49.2", "Right upper back",
          reason=True),
        C("c2", "Atypical pigmented lesion, left mid back", "D49.2", "Left mid back", reason=True),
        C("c3", "Crusted keratotic papule, right dorsal forearm", "D49.2", "Right dorsal forearm", reason=True),
    ],
    "path": [
        {"text": "A. Skin, right upper back, punch: superficial basal cell carcinoma, extends to deep margin.",
         "site": "Right upper back"},
        {"text": "B. Skin, left mid back, punch: compound dysplastic nevus with mild cytologic atypia, "
                 "peripheral margin involved.", "site": "Left mid back"},
        {"text": "C. Skin, right dorsal forearm, shave: irritated seborrheic keratosis. No dysplasia.",
         "site": "Right dorsal forearm"},
    ],
    "note": f"""{HDR}
Resident: Kofi Mensah, MD (PGY-3)      Teaching physician: June Abernathy, MD
DOS: 10/14/2025      Established patient - procedure visit

CC: "Here for the three biopsies."

HPI: 57 y/o woman seen 09/16 for total body skin exam; three lesions were flagged for sampling and she chose a
dedicated procedure visit. (1) R upper back pink scaly papule x ~4 months, bleeds when the bra strap rubs it.
(2) L mid back irregular brown macule, new per husband. (3) R dorsal forearm crusted papule, picks at it.
No anticoagulants. No personal hx of skin cancer. FHx: father with melanoma at age 70.

Exam (focused, back and arms):
 #1 R upper back - 0.7 cm pink scaly papule, arborizing vessels on dermoscopy. DDx: BCC vs ISK vs SCCis.
 #2 L mid back - 0.6 cm macule, irregular pigment network focally. DDx: dysplastic nevus vs melanoma in situ.
 #3 R dorsal forearm - 0.5 cm crusted keratotic papule. DDx: ISK vs irritated AK vs SCC/KA.

Procedure: consent (bleeding, infection, scar, non-diagnostic sample, need for further treatment), time-out.
1% lidocaine with epinephrine to each site.
 #1 punch biopsy, 4 mm, closed with one 4-0 nylon.
 #2 punch biopsy, 4 mm, closed with one 4-0 nylon.
 #3 punch biopsy, 3 mm, closed with one 4-0 nylon.
Specimens A, B, C to dermpath in separate containers. Petrolatum and bandages. EBL minimal.

Assessment/plan:
 - Lesions #1-#3 as above, bx today, will call 7-10 days. If #2 is atypical with positive margins we will discuss
   re-excision; if #1 is BCC we will discuss ED&C vs excision vs Mohs (not indicated on the trunk in most cases).
 - Wound care handout; suture removal in 14 days here.
 - Continue annual TBSE given FHx melanoma.

Kofi Mensah, MD, PGY-3

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed the case with the resident, and agree
with the findings and plan as documented, with the following edits: specimen C (right dorsal forearm) was
obtained by tangential (saucerization) technique with a flexible blade, not by punch, and no suture was placed
there. Specimens A and B were 4 mm punch biopsies as written. I was present for the key portions of all three
procedures. -- June Abernathy, MD
""",
    "expected": E([L("11104"), L("11105"), L("11103")]),
    "coder_note": "BX-2: two punches + one tangential (per attestation) -> 11104 + 11105 + 11103. The attending's "
                  "technique correction governs the resident's 'punch x3'.",
})

SCENARIOS.append({
    "id": "s57-bx-incisional-shin-two-tangential",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional (blade) biopsy of shin plaque + two tangential biopsies elsewhere; Medicaid MCO",
    "date": "2025-10-21",
    "patient": ("Abiodun", "Grace", "1979-12-03", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 45,
    "conditions": [
        C("c1", "Indurated yellow-brown plaque, left shin", None, "Left anterior shin", reason=True),
        C("c2", "Scaly papule, left upper arm", None, "Left upper arm", reason=True),
        C("c3", "Scaly papule, right anterior thigh", None, "Right anterior thigh", reason=True),
    ],
    "procedures": [
        P("Skin biopsy, deep - L shin", site="Left anterior shin",
          note="Fusiform incisional biopsy with #15 blade through dermis into subcutaneous fat across the active "
               "border, 1.6 x 0.5 cm; closed with 4-0 nylon simple interrupted x3.", reasons=["c1"]),
        P("Skin biopsy - L upper arm", site="Left upper arm",
          note="Shave (tangential) biopsy with DermaBlade, hemostasis with aluminum chloride.", reasons=["c2"]),
        P("Skin biopsy - R thigh", site="Right anterior thigh",
          note="Shave (tangential) biopsy with DermaBlade, hemostasis with aluminum chloride.", reasons=["c3"]),
    ],
    "note": f"""{HDR}
Resident: Anjali Rao, MD (PGY-2)      Attending: Chidi Okonkwo, MD

46F, established, returns for biopsies planned last visit.
1) L shin plaque x 1 yr, slowly enlarging, mildly tender, yellow-brown with telangiectasia. She is not diabetic
   (A1c 5.4 in June). DDx necrobiosis lipoidica vs morphea vs granuloma annulare vs sarcoidosis. Needs a deep
   sample including fat - discussed that a superficial sample would likely be non-diagnostic.
2) L upper arm and R thigh: two scaly pink papules, 4-5 mm. DDx lichenoid keratosis vs ISK vs PLC.
   Patient is worried about "the same thing" on both; sampling both so we can compare.

Procedures: consent signed. Time-out. 1% lido w/ epi.
 - L shin: deep punch biopsy (6 mm) to fat; sutured.
 - L arm and R thigh: shave biopsies.
Specimens x3 to dermpath. Pressure dressings.

Plan: results in 1-2 wk. If NL, discuss topical/intralesional steroid vs pentoxifylline; if sarcoid, CXR and
ACE level and ophtho referral. Would not do any of that until path is back. Return 14 d for suture removal.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient with Dr. Rao and agree with the assessment and plan,
with one edit: the shin specimen was not a punch. Because the differential includes a panniculitis-pattern
process, I took a fusiform incisional biopsy with a #15 blade across the active border into subcutaneous fat
(1.6 x 0.5 cm), closed with three simple interrupted sutures. The two shave biopsies are as written.
-- Chidi Okonkwo, MD
""",
    "expected": E([L("11106"), L("11103", 2)]),
    "coder_note": "BX-2: incisional (blade, per attestation/procedure note) ranks first -> 11106; the two tangential "
                  "biopsies take 11103 x2 (11103 is allowed with 11106). Simple closure included in 11106.",
})

SCENARIOS.append({
    "id": "s57-bx-template-11100-em25-rosacea",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Legacy template pre-coded 11100/11101 for two shave biopsies + rosacea E/M; Medicare FFS",
    "date": "2025-11-04",
    "patient": ("Kowalczyk", "Stanley", "1950-02-17", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 35,
    "em": "99213",
    "conditions": [
        C("c1", "Papulopustular rosacea", "L71.9", "Central face", reason=True),
        C("c2", "Lesion of skin of left temple", "D49.2", "Left temple", reason=True),
        C("c3", "Lesion of skin of right helix", "D49.2", "Right helix", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Left temple",
          "Shave biopsy, 0.6 cm pearly papule, Drysol hemostasis.", reasons=["c2"]),
        P("Biopsy of skin, each separate/additional lesion", "11101", "Right helix",
          "Shave biopsy, 0.4 cm tender scaly papule, Drysol hemostasis.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Left temple, shave: basal cell carcinoma, nodular type, transected at base.",
         "site": "Left temple"},
        {"text": "B. Right helix, shave: chondrodermatitis nodularis helicis. No malignancy.",
         "site": "Right helix"},
    ],
    "note": f"""{HDR}
Resident: Mateo Ruiz, MD (PGY-4)      Teaching physician: Astrid Lindgren, MD

75M, established. Two issues today.

1. Rosacea - 3 months of worsening papules/pustules on the cheeks and nose despite metronidazole gel BID. Flushing
   with wine and heat. Eyes gritty in the mornings. No rhinophyma.
   Exam: erythema with ~15 inflammatory papules and pustules on the cheeks and nasal tip, telangiectasias.
   Mild lid margin erythema. Plan: stop metronidazole; start ivermectin 1% cream nightly and doxycycline 40 mg
   MR daily x 12 weeks (counseled photosensitivity, take with water upright). Warm compresses and lid hygiene;
   optometry if eye symptoms persist. Discussed future vascular laser (cosmetic, self-pay) - not today.

2. Two new lesions noted by his wife:
   - L temple 0.6 cm pearly papule with rolled border - DDx BCC vs sebaceous hyperplasia vs intradermal nevus.
   - R helix 0.4 cm tender scaly papule, worse sleeping on that side - DDx CNH vs AK vs SCC.
   Shave biopsies of both after consent and time-out, lidocaine with epi, Drysol hemostasis, Vaseline.

Charges (template): 99213, 11100, 11101.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. The rosacea management (new prescriptions, ocular counseling) was a separate
problem from the two biopsied lesions. I was present for both biopsies. -- Astrid Lindgren, MD
""",
    "expected": E([L("99213", 1, "25"), L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1) -> 11102 + 11103 (both tangential). Rosacea with new "
                  "Rx is separately identifiable -> 99213-25 (GS-3); no G2211 with a -25 E/M (EM-6).",
})

# ---------------------------------------------------------------------------------------------------------------
# Cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-cos-sk-cryo-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "LN2 of 6 asymptomatic SKs at patient request; attending negates 'irritated'; voluntary ABN; Medicare FFS",
    "date": "2025-11-11",
    "patient": ("Petrakis", "Helen", "1955-08-30", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, trunk", "L82.1", "Back and chest", reason=True),
    ],
    "note": f"""{HDR}
Resident: Sun-Hee Park, MD (PGY-2)     Attending: Chidi Okonkwo, MD
DOS 11/11/2025

S: 70F, est pt, returns asking to "get rid of the crusty spots" on her back and chest before a beach trip.
She says they are "irritated" and she dislikes how they look in a swimsuit. Denies bleeding. Occasional itch?
"Not really." No new or changing lesions otherwise.

O: Six stuck-on verrucous tan-brown papules 0.4-1.0 cm: 4 on the upper back, 2 on the upper chest. Classic SK
on dermoscopy (milia-like cysts, comedo-like openings). No erythema, crust, or excoriation.

A/P: Seborrheic keratoses x6, irritated.
 - Cryotherapy with LN2, 2 freeze-thaw cycles, to all 6. Aftercare reviewed (blister, hypopigmentation).
 - Reassured regarding benign nature. Discussed that new SKs will continue to appear.

Sun-Hee Park, MD

ATTENDING ATTESTATION: I saw and evaluated the patient, discussed with Dr. Park, and agree with the findings and
plan as documented, with the following edit: on my exam none of the six lesions were inflamed, irritated,
bleeding or symptomatic; the word "irritated" in the assessment should be disregarded. Treatment was at the
patient's request for appearance only. She was informed Medicare does not cover cosmetic removal and she signed
a voluntary Advance Beneficiary Notice before treatment, electing to be billed. -- Chidi Okonkwo, MD
""",
    "expected": E([L("17110", 1, "GY", "GX")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-4: asymptomatic SK removal is statutorily excluded cosmetic; Medicare FFS -> GY, plus GX "
                  "because a voluntary ABN was signed. Attestation negates the resident's 'irritated'.",
})

SCENARIOS.append({
    "id": "s57-cos-glycolic-peel-commercial-with-ak",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Pre-coded facial superficial peel (cosmetic, self-pay) + LN2 of 3 scalp AKs; commercial",
    "date": "2025-11-18",
    "patient": ("Lindahl", "Marianne", "1961-04-09", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Photoaging of facial skin, dyschromia", None, "Face"),
        C("c2", "Actinic keratosis", "L57.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Chemical peel, facial; epidermal", "15788", "Full face",
          "30% glycolic acid, 3 min, neutralized. Patient self-pay per cosmetic financial agreement.",
          reasons=["c1"]),
        P("Destruction premalignant lesion; first", "17000", "Vertex scalp", "LN2, 2 cycles.", reasons=["c2"]),
        P("Destruction premalignant lesions; 2nd-14th, each", "17003", "Scalp",
          "LN2 to two additional AKs (crown, left parietal).", reasons=["c2"]),
    ],
    "note": f"""{HDR}
Resident: Mateo Ruiz, MD (PGY-4)      Teaching physician: Astrid Lindgren, MD

64F, est. Came for the glycolic peel she booked through our cosmetic clinic (daughter's wedding in 6 weeks;
wants "brighter skin, less blotchiness"). Fitzpatrick II. No isotretinoin in past year, no HSV history, stopped
tretinoin 5 days ago as instructed.

Also mentions rough spots on the scalp (thinning hair, no hat use in the garden).
Exam: mottled dyspigmentation and fine rhytides of the face; no lesions of concern on the face. Scalp: three gritty
erythematous scaly papules - vertex, crown, L parietal - consistent with AKs.

Procedures:
 1. Superficial chemical peel: face degreased with acetone; 30% glycolic acid applied x 3 min; neutralized with
    sodium bicarbonate; cool compresses. Mild expected erythema. No frosting.
 2. LN2 cryotherapy to 3 AKs of the scalp, 2 freeze-thaw cycles each.

Plan: gentle cleanser and SPF 50; hold retinoid 1 week. Consider a series of 3 peels (self-pay). Wide-brim hat.
Discussed 5-FU field therapy for the scalp if more AKs appear; not starting today.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. The peel was performed for cosmetic reasons only (photoaging and blotchiness)
under our self-pay cosmetic agreement; it is not to be billed to insurance. The AK cryotherapy was medically
necessary. -- Astrid Lindgren, MD
""",
    "expected": E([L("17000"), L("17003", 2)], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "COS-2/non-Medicare cosmetic: the glycolic peel is cosmetic for a commercial payer -> line removed "
                  "(patient billed directly). Three AKs -> 17000 + 17003 x2 (DS-1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-ds-ak-attending-adds-four",
    "family": "destruction", "shape": "note-only",
    "description": "Resident LN2 of 12 AKs; attending treated 4 more on the hands (16 total) -> 17004; Medicare FFS",
    "date": "2025-10-28",
    "patient": ("Gallagher", "Thomas", "1946-11-12", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp, forehead, right cheek, dorsal hands", reason=True),
        C("c2", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
    ],
    "note": f"""{HDR}
Resident: Leah Brandt, MD (PGY-3)     Teaching physician: Samuel Weiss, MD
Visit type: scheduled cryotherapy, established patient

79M with extensive actinic damage, hx SCC R forearm (excised 2022, no recurrence), returns for his
every-6-month LN2 session. Tolerated last session well, some hypopigmentation on forehead. Did not use the
5-FU prescribed in spring ("too red").

Exam: bald scalp, forehead, face and dorsal hands examined. Numerous gritty erythematous scaly papules.
No indurated, tender, rapidly growing, or ulcerated lesions. No nodules. Prior SCC scar R forearm clear.

Procedure: verbal consent; LN2 cryotherapy, 2 freeze-thaw cycles, to 12 AKs: scalp 7, forehead 3, R cheek 2.

A/P:
 # Actinic keratoses, numerous - treated as above. Re-discussed field therapy (5-FU/calcipotriene 4 days, or PDT)
   for the scalp in the spring; he will think about it. Not prescribed today.
 # Hx SCC - no evidence of recurrence. Continue q6 month skin checks.
 # Sun protection: hat, SPF 50.

Leah Brandt, MD

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following addition: I treated 4 further AKs on the dorsal hands
(2 right, 2 left) with LN2, 2 cycles each, so a total of 16 actinic keratoses were destroyed today.
-- Samuel Weiss, MD
""",
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 12 (resident) + 4 (attending) = 16 AKs -> 17004 x1 instead of 17000/17003.",
})

SCENARIOS.append({
    "id": "s57-ds-ak-wart-precoded-count-fix",
    "family": "destruction", "shape": "pre-coded",
    "description": "Pre-coded 17000 + 17003 x4 + 17110; attending: one 'AK' was an SK, untreated -> 4 AKs; XS",
    "date": "2025-12-02",
    "patient": ("Mbeki", "Daniel", "1958-07-19", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face", reason=True),
        C("c2", "Verruca vulgaris, left hand", "B07.8", "Left index finger and thumb", reason=True),
    ],
    "procedures": [
        P("Destruct premalig lesion first", "17000", "Face", "LN2", reasons=["c1"]),
        P("Destruct premalig lesion 2-14", "17003", "Face", "LN2 x4 additional (5 total)", reasons=["c1"]),
        P("Destruct benign lesions up to 14", "17110", "Left index finger, left thumb",
          "LN2 to 2 painful common warts after paring", reasons=["c2"]),
    ],
    "note": f"""{HDR}
Resident: Kofi Mensah, MD (PGY-3)      Teaching physician: June Abernathy, MD

67M, est. (1) Rough spots on the face. (2) Warts on the L hand that hurt when he grips tools; tried OTC salicylic
acid for 3 months.

Exam: face - five scaly erythematous papules: R temple, L temple, R malar cheek x2, nasal dorsum; L index
finger periungual and L thumb pad verrucous papules with thrombosed capillaries, tender to pressure.

Procedure: verbal consent. LN2 to 5 AKs on the face (1 cycle each). Warts pared with #15 blade, then LN2
2 cycles each (2 warts).

A/P: AKs - treated; photoprotection. Verrucae - treated; may need 2-3 sessions q3-4 wk; could add
candida antigen injections if refractory (not today). Discussed that warts are contagious / avoid picking.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following edit: on my exam the left temple lesion is a small
seborrheic keratosis, not an AK, and it was not treated. Four actinic keratoses were destroyed (R temple, R
malar cheek x2, nasal dorsum). The two warts on the left hand were treated as written. -- June Abernathy, MD
""",
    "expected": E([L("17000", 1, "XS"), L("17003", 3, "XS"), L("17110")], topics=["coding-correction"]),
    "coder_note": "DS-1: four AKs per attestation -> 17000 + 17003 x3 (pre-coded x4 corrected). DS-3: 17110/17000 and "
                  "17110/17003 are indicator 1 with 17110 as column 1; the warts are separate lesions/sites -> XS on "
                  "17000 and 17003.",
})

SCENARIOS.append({
    "id": "s57-ds-edc-bcc-arm-final-defect",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven BCC left upper arm; resident 0.9 cm lesion, attending final defect 1.6 cm",
    "date": "2025-11-25",
    "patient": ("Oyelaran", "Frances", "1949-01-26", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial and nodular, left upper arm", "C44.619", "Left posterior upper arm",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-11-04", "11102", "Tangential biopsy of skin", "Left posterior upper arm",
              "Shave bx; path: BCC, superficial and nodular."),
    ],
    "procedures": [
        P("ED&C of BCC, L upper arm", site="Left posterior upper arm",
          note="Three cycles of curettage and electrodesiccation. See attestation for final defect size.",
          reasons=["c1"]),
    ],
    "note": f"""{HDR}
Resident: Leah Brandt, MD (PGY-3)     Teaching physician: Samuel Weiss, MD

76F returns for treatment of biopsy-proven BCC (superficial and nodular) of the L posterior upper arm (bx 11/04/25).
Options discussed at length: ED&C, standard excision, topical imiquimod (not ideal with nodular component), Mohs
(not appropriate for this low-risk trunk/extremity location and size). She chose ED&C - cosmetic outcome on the
arm is not a concern for her.

Exam: L posterior upper arm, well-healed bx site within a 0.9 cm pink pearly plaque. No other lesions.

Procedure: consent; time-out; 1% lidocaine with epinephrine. Lesion curetted with 4 mm and 3 mm curettes until
firm dermis, then electrodesiccated; repeated for a total of 3 cycles. Hemostasis. Petrolatum and bandage.

Plan: wound care (heals by second intention over 3-6 weeks). Full skin check in 6 months. Return sooner for any
recurrence in the scar.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following edit: I was present for the entire procedure; the tumor
extended beyond the clinically visible margin and the final defect after the third curettage cycle measured
1.6 cm in diameter (not 0.9 cm, which was the pre-procedure clinical size). -- Samuel Weiss, MD
""",
    "expected": E([L("17262")], dx={"17262": ["C44.619"]}),
    "coder_note": "DS-4: malignant destruction sized by the final curettage defect (1.6 cm, attestation), trunk/arm "
                  "group -> 17262. Prior biopsy is 000 global, no modifier needed.",
})

# ---------------------------------------------------------------------------------------------------------------
# E/M
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-em-psoriasis-methotrexate-labs",
    "family": "em", "shape": "note-only",
    "description": "Established psoriasis on methotrexate, labs reviewed, dose change; provider-selected 99214; commercial",
    "date": "2025-12-09",
    "patient": ("Hollister", "Brandon", "1983-06-14", "male"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 34,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp, lumbosacral", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631"),
    ],
    "note": f"""{HDR}
Resident: Anjali Rao, MD (PGY-2)      Teaching physician: June Abernathy, MD
Established patient - follow-up, psoriasis on methotrexate

HPI: 42M with plaque psoriasis since his 20s, on methotrexate 15 mg weekly + folic acid 1 mg daily since 06/2025.
Reports ~50% improvement but new plaques on the lower back and scalp flaring this fall. Mild nausea the day after
dosing. No joint pain, morning stiffness, or dactylitis (PEST 0). Drinks 2-3 beers on weekends. No fevers, cough,
or mouth sores.

Data: CBC with diff and CMP from 12/02/2025 reviewed - AST 38, ALT 46 (mildly up from 31/35), WBC 6.1, plt 242,
creat 0.9. Ordered repeat CMP and CBC in 4 weeks.

Exam: BSA ~6% (was 10%). Well-demarcated erythematous plaques with silvery scale - elbows, knees, lumbosacral
area, occipital scalp. Nails: few pits, no onycholysis. No joint swelling.

A/P:
 1. Psoriasis vulgaris, improving but not at goal. Methotrexate: hold dose increase because of the ALT trend;
    split dose to 7.5 mg twice 12 h apart on the same day to help nausea; increase folic acid to 1 mg daily
    except MTX day -> daily. Counseled alcohol reduction (< 2 drinks/week) given transaminases.
    Clobetasol 0.05% solution to scalp BID x2 weeks then weekends only. Calcipotriene cream to body plaques.
    If ALT > 2x ULN or no further improvement by next visit: discuss switch to a biologic (IL-23 or IL-17).
    Would need QuantiFERON and hepatitis panel before biologic - not ordered yet.
 2. Screening for PsA - negative today. Recheck each visit.
 Return 8 weeks.

Total time on date of service including chart review and documentation: 34 minutes.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. I personally reviewed the laboratory results and agree with holding the dose
escalation. -- June Abernathy, MD
""",
    "expected": E([L("99214")], dx={"99214": ["L40.0"]}),
    "coder_note": "Provider-selected 99214 kept; supported by MDM (chronic illness not at goal, lab review/ordering, "
                  "drug therapy requiring monitoring). No procedure; commercial payer, so no G2211.",
})

SCENARIOS.append({
    "id": "s57-em-fse-screening-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare FFS pt screening TBSE, no complaint, attending clarifies 'skin cancer' hx was a cyst -> GY",
    "date": "2025-12-16",
    "patient": ("Sorensen", "Walter", "1954-09-03", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 30,
    "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note": f"""{HDR}
Resident: Sun-Hee Park, MD (PGY-2)     Attending: Chidi Okonkwo, MD
NEW PATIENT - full skin examination

CC: "My wife wanted me to get a skin check."
HPI: 71M, never seen by dermatology. No new, changing, bleeding, or itchy lesions that he has noticed. Intake
form checks "history of skin cancer - removed by PCP 2019, back". No personal hx of melanoma known. FHx: none.
Retired teacher, moderate lifetime sun exposure, no tanning beds. No immunosuppression.

ROS: negative for skin complaints.

Exam: total body skin exam including scalp, face, trunk, extremities, palms/soles, nails, oral mucosa; genitals
deferred per patient. Fitzpatrick II. Scattered small regular brown macules on trunk (benign-appearing nevi),
several solar lentigines on the dorsal hands, a few stuck-on tan papules on the back consistent with SKs. Well
healed 2 cm linear scar on the mid back. No lesions suspicious for malignancy.

A/P:
 - Skin cancer screening, no suspicious lesions. Hx of "skin cancer" on the back per intake - need outside records
   to confirm type; if BCC/SCC, annual checks are appropriate.
 - Benign nevi, lentigines, SKs - reassurance. No treatment.
 - Sun protection counseling; ABCDE handout; self-exam monthly.
 - RTC 1 year or sooner PRN.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following clarification: I reviewed the 2019 outside pathology in the
HIE during the visit - the lesion removed by his PCP on the back was an epidermal inclusion cyst. He has no
personal history of skin cancer. This was a screening examination of an asymptomatic patient with no complaint,
and no suspicious lesion was found. No ABN was obtained. -- Chidi Okonkwo, MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare screening-only TBSE (no skin-cancer history per attestation, no complaint, "
                  "nothing suspicious) -> E/M with GY (no voluntary ABN, so no GX).",
})

SCENARIOS.append({
    "id": "s57-em-new-pt-plantar-wart-decision-only",
    "family": "em", "shape": "note-only",
    "description": "New patient, single painful plantar wart destroyed; only E/M work is the decision -> E/M removed",
    "date": "2026-01-06",
    "patient": ("Tanaka", "Riley", "1996-03-28", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 25,
    "em": "99203",
    "conditions": [
        C("c1", "Plantar wart, right forefoot", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "note": f"""{HDR}
Resident: Mateo Ruiz, MD (PGY-4)      Teaching physician: June Abernathy, MD
NEW PATIENT VISIT

CC: painful spot on bottom of R foot x 5 months.
HPI: 29F runner. Lesion under the 2nd metatarsal head, painful with every step, worse in racing flats. Tried OTC
salicylic acid pads x 6 weeks and a "freeze kit" without improvement. No other lesions. No diabetes, no PAD,
not immunosuppressed. Not pregnant.
PMH: none. Meds: OCP. Allergies: NKDA. SH: grad student, no tobacco.
ROS: 12-point ROS negative except as in HPI.

Exam: R plantar forefoot under 2nd MTH - 7 mm hyperkeratotic papule interrupting dermatoglyphics, pinpoint black
dots after paring, pain with lateral compression. DDx: plantar verruca (favored) vs callus vs porokeratosis vs
eccrine poroma. No other warts on hands or feet.

A/P: Plantar verruca, painful.
 - Options reviewed: cryotherapy, cantharidin, candida immunotherapy, bleomycin, laser. Chose cryotherapy.
 - Procedure: after verbal consent, pared with #15 blade, LN2 x 2 freeze-thaw cycles. Tolerated well.
 - Continue salicylic acid 40% pads nightly between visits; return 3-4 weeks for repeat treatment.
 - Counseled re: blister, pain for 24-48 h, contagion, shower shoes.
Billing: 99203 + 17110.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. I was present for the procedure. -- June Abernathy, MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.0"]}),
    "coder_note": "GS-3 / README: the only problem was the wart treated today; the history/exam/option discussion is "
                  "the decision for the minor procedure, so the new-patient E/M is not separately billable.",
})

SCENARIOS.append({
    "id": "s57-em-isotretinoin-month3-medicaid",
    "family": "em", "shape": "note-only",
    "description": "Medicaid adolescent isotretinoin month 3, labs reviewed; 99214; hypothetical ILK/extraction not coded",
    "date": "2026-01-13",
    "patient": ("Delacroix", "Jaylen", "2009-10-05", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 28,
    "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic, on isotretinoin", "L70.0", "Face, chest, back", reason=True),
    ],
    "note": f"""{HDR}
Resident: Kofi Mensah, MD (PGY-3)      Teaching physician: Ines Castellanos, MD
Established - isotretinoin follow-up, month 3 of course

16M with nodular acne (face, chest, back), failed doxycycline + adapalene/BPO. Isotretinoin started 10/2025 at
40 mg daily (~0.5 mg/kg), increased to 60 mg last month. iPLEDGE confirmed today.
Interval: dry lips (using Aquaphor), mild nosebleeds in the morning, back ache after soccer. No mood changes per
patient and mom - PHQ-A 2. No headaches, vision changes, or abdominal pain.

Labs 01/08/2026 reviewed: TG 212 (was 148), ALT 28, AST 24, total chol 188.

Exam: face - few residual inflammatory papules, no active nodules; chest clear; back - 2 small resolving nodules
and postinflammatory erythema. Cheilitis. No excoriations.

A/P: Nodular acne, improving on isotretinoin.
 - Continue 60 mg daily; cumulative dose ~5,100 mg, target 120-150 mg/kg.
 - Triglycerides up: low-fat diet counseling; repeat fasting lipids in 4 weeks; if TG > 400 will reduce dose.
 - Cheilitis/epistaxis: emollients, saline gel, humidifier.
 - Back pain mild, likely activity-related - monitor; ibuprofen PRN.
 - If a painful cyst flares before next visit, could do intralesional triamcinolone - none today.
 - Offered comedone extraction of a few closed comedones - deferred by patient.
 - Mood screening each visit; mom aware of warning signs.
 RTC 4 weeks (iPLEDGE).

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. -- Ines Castellanos, MD
""",
    "expected": E([L("99214")], dx={"99214": ["L70.0"]}),
    "coder_note": "Provider-selected 99214 kept (drug therapy requiring intensive monitoring; labs reviewed). The "
                  "'could do intralesional' and declined extraction are hypothetical/not performed: no lines.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, benign
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-exb-cyst-back-precoded-path-size",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Inflamed recurrent epidermoid cyst upper back; pre-coded 11403 from path size; clinical 1.8 + 2x0.1",
    "date": "2025-12-04",
    "patient": ("Whitcombe", "Gerald", "1952-05-07", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, recurrently inflamed and painful", "L72.0", "Upper back, midline",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk 2.1-3.0 cm", "11403", "Upper back",
          "Size per path gross description 2.4 cm.", reasons=["c1"]),
        P("Intermediate repair trunk 2.6-7.5 cm", "12032", "Upper back",
          "Layered closure 3.5 cm: 4-0 Monocryl deep dermal, 5-0 nylon running.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with foreign-body "
                 "giant cell reaction. Gross: 2.4 x 1.6 x 1.2 cm ellipse.", "site": "Upper back",
         "date": "2025-12-09"},
    ],
    "note": f"""{HDR}
Resident: Leah Brandt, MD (PGY-3)     Teaching physician: Samuel Weiss, MD
Procedure note - excision

73M with a cyst on the upper back, present for years, inflamed three times this year (I&D at urgent care 06/2025),
painful when lying on it and drains foul material intermittently. Quiet now - good time for excision.
Exam: 1.8 cm mobile subcutaneous nodule with central punctum, upper midline back. No current erythema/fluctuance.

Procedure: consent; time-out; 1% lido with epi 8 mL. Elliptical excision oriented along relaxed skin tension lines,
1 mm margin around the cyst at its narrowest, ellipse 3.5 cm long. Cyst removed largely intact with surrounding
scar. Hemostasis with electrocautery. Layered closure 3.5 cm: 4-0 Monocryl buried deep dermal, 5-0 nylon running.
Specimen to path.

Plan: sutures out 14 days (trunk). Activity restriction 2 weeks. Call for fever/redness.
Coding (resident): 11403 (used 2.4 cm per path gross) + 12032.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. I was present for the entire procedure. For the record, the cyst measured 1.8 cm
clinically before excision and the narrowest margin was 1 mm; the pathology gross size is not the coding size.
-- Samuel Weiss, MD
""",
    "expected": E([L("11402"), L("12032")], topics=["coding-correction"], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 1.8 + 2 x 0.1 = 2.0 cm, trunk -> 11402 (pre-coded 11403 used the path "
                  "gross size). Intermediate layered repair 3.5 cm trunk -> 12032 (EX-5). Recurrent inflammation/pain "
                  "meets BSL-3.",
})

SCENARIOS.append({
    "id": "s57-exb-scalp-nevus-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Re-excision of atypical nevus scalp: margins and ellipse documented but no lesion size; repair 2.4 cm",
    "date": "2025-11-20",
    "patient": ("Brennan", "Siobhan", "1988-02-11", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Moderately atypical compound nevus, scalp, positive margin", "D22.4", "Left parietal scalp",
          reason=True),
    ],
    "procedures": [
        P("Excision of atypical nevus, scalp", site="Left parietal scalp",
          note="Elliptical excision of biopsy scar with 2 mm margins; ellipse 2.4 cm. Lesion size not recorded.",
          reasons=["c1"]),
        P("Layered closure, scalp", site="Left parietal scalp",
          note="Intermediate (layered) repair 2.4 cm: 3-0 Monocryl deep, staples.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left parietal scalp, re-excision: scar with residual compound nevus with moderate "
                 "atypia; margins free.", "site": "Left parietal scalp", "date": "2025-11-26"},
    ],
    "note": f"""{HDR}
Resident: Anjali Rao, MD (PGY-2)      Teaching physician: Ines Castellanos, MD

37F returns for re-excision of a moderately atypical compound nevus of the L parietal scalp (shave bx 10/2025,
peripheral margin involved). Consensus at our pigmented-lesion conference: re-excise with 2 mm margins.
No personal hx melanoma; mother had MIS.

Exam: healed biopsy scar with faint residual pigment at one edge, L parietal scalp. Hair parted and taped.

Procedure: consent, time-out, lidocaine 1% with epi. Marked the scar and residual pigment and drew a 2 mm margin;
fusiform ellipse 2.4 cm long oriented along the hairline axis. Excised to the subcutaneous fat. Hemostasis.
Layered closure: 3-0 Monocryl deep dermal sutures, skin staples. Final repair length 2.4 cm.
Specimen to dermpath, orientation suture at 12 o'clock.

A/P: atypical nevus, re-excised. Staples out 10-12 days. We will follow annually with total body exam and
dermoscopy photos given FHx. If path upgrades to melanoma in situ, discussion of wider margins.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. I confirm 2 mm margins and a layered closure of 2.4 cm. -- Ines Castellanos, MD
""",
    "expected": E([L("12031")], topics=["missing-documentation"]),
    "coder_note": "EX-1 needs the lesion diameter; only margins and ellipse length are documented, so no excision "
                  "line (README missing-documentation). The separately documented layered scalp repair 2.4 cm -> 12031.",
})

SCENARIOS.append({
    "id": "s57-exb-dermatofibroma-thigh-attest-size",
    "family": "excision-benign", "shape": "note-only",
    "description": "Painful traumatized dermatofibroma L thigh; attending size 0.9 cm + 2x1 mm = 1.1 -> 11402; commercial",
    "date": "2026-01-20",
    "patient": ("Ducharme", "Mireille", "1990-07-23", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Dermatofibroma, left anterior thigh, painful, traumatized by shaving", "D23.72",
          "Left anterior thigh", reason=True),
    ],
    "path": [
        {"text": "Skin, left anterior thigh, excision: dermatofibroma (benign fibrous histiocytoma), completely "
                 "excised.", "site": "Left anterior thigh", "date": "2026-01-26"},
    ],
    "note": f"""{HDR}
Resident: Sun-Hee Park, MD (PGY-2)     Attending: Chidi Okonkwo, MD
Procedure visit - excision

35F with a firm papule on the L anterior thigh x 3 years. Over the last 6 months it has become tender and she cuts
it with her razor about weekly - bleeds each time. Requests removal. Dermoscopy last visit: central white patch,
peripheral delicate network - dermatofibroma. DDx included DFSP (unlikely, not enlarging), hypertrophic scar.

Exam: L anterior thigh 0.7 cm firm pink-brown papule with positive dimple sign, excoriated crust on top.

Procedure: consent, time-out. 1% lidocaine with epinephrine. Excised as an ellipse with 1-2 mm margins around the
lesion, into subcutaneous fat; ellipse 2.8 cm. Hemostasis with cautery. Closed with 4-0 nylon simple interrupted
(single layer). Specimen to path.

A/P: symptomatic dermatofibroma, excised. Sutures out 10-14 days. Scar care with silicone gel after removal.

Sun-Hee Park, MD

ATTENDING ATTESTATION: I saw and evaluated the patient, discussed with Dr. Park, and agree with the findings and
plan as documented, with the following edit: I measured the lesion at 0.9 cm before excision (the 0.7 cm was the
dimpled center), and the margin was 1 mm throughout. Closure was simple, single layer. -- Chidi Okonkwo, MD
""",
    "expected": E([L("11402")], dx={"11402": ["D23.72"]}),
    "coder_note": "EX-1: attending measurement 0.9 cm + 2 x 0.1 cm = 1.1 cm on the leg -> 11402 (resident's 0.7 cm would "
                  "give 11401). Simple closure included (EX-5). Pain and repeated shaving trauma with bleeding meet BSL-3.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, malignant
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-exm-mis-forearm-margin-correction",
    "family": "excision-malignant", "shape": "note-only",
    "description": "WLE melanoma in situ R forearm; resident wrote 1 cm margins, attending 5 mm -> 1.8 cm; layered 5.2 cm",
    "date": "2025-10-30",
    "patient": ("Rutherford", "Ann", "1948-12-01", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Melanoma in situ, right dorsal forearm", "D03.61", "Right dorsal forearm", reason=True),
    ],
    "path": [
        {"text": "Skin, right dorsal forearm, wide local excision: residual melanoma in situ, 0.3 cm focus; "
                 "all margins free (closest 4 mm).", "site": "Right dorsal forearm", "date": "2025-11-05"},
    ],
    "note": f"""{HDR}
Resident: Mateo Ruiz, MD (PGY-4)      Teaching physician: Samuel Weiss, MD
OPERATIVE NOTE - wide local excision

Pre-op dx: melanoma in situ, R dorsal forearm (punch bx 09/23/2025, read as MIS, lentigo maligna type not
favored; peripheral margin involved).
Post-op dx: same.

76F. No palpable axillary or epitrochlear nodes. Not on anticoagulants. No prior melanoma.

Lesion: biopsy scar with residual irregular pigment, 0.8 cm greatest diameter (measured with ruler, dermoscopy-
guided outline).

Procedure: consent, time-out. 1% lidocaine with epi 10 mL. Margins of 1 cm drawn around the clinical lesion per
NCCN for MIS. Fusiform excision, length 5.2 cm, to the level of the fascia (fascia preserved). Orientation suture
at 12 o'clock. Hemostasis with electrocautery. Undermining 1 cm circumferentially.
Repair: layered closure, 4-0 Monocryl buried deep dermal, 5-0 Prolene running subcuticular. Repair length 5.2 cm.

Plan: sutures out 14 d; dermpath to assess margins; if clear, TBSE q6 months x 2 years then annually. Sentinel
lymph node biopsy not indicated for MIS. Discussed, in case path shows invasion, that staging would change.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following correction: the margins taken were 5 mm around the 0.8 cm
clinical lesion (standard for melanoma in situ), not 1 cm as dictated. The excision length and layered closure of
5.2 cm are correct. I was present for the entire procedure. -- Samuel Weiss, MD
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["D03.61"]}),
    "coder_note": "EX-1/EX-3: MIS -> malignant codes; 0.8 + 2 x 0.5 = 1.8 cm (attending margins) on the arm -> 11602 "
                  "(the dictated 1 cm margins would give 11603). Layered repair 5.2 cm arm -> 12032 (EX-5).",
})

SCENARIOS.append({
    "id": "s57-exm-scc-ear-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of SCC left ear for positive margin 8 days after 11641; attending margin 3 mm -> 11642-58",
    "date": "2025-12-09",
    "patient": ("Fairweather", "Lionel", "1944-04-15", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left ear, positive peripheral margin", "C44.229",
          "Left ear, posterior helix", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-01", "11641", "Excision malignant lesion, ear, 0.6-1.0 cm", "Left ear, posterior helix",
              "SCC well differentiated; peripheral margin involved at 3 o'clock."),
    ],
    "procedures": [
        P("Re-excision SCC L ear, positive margin", site="Left ear, posterior helix",
          note="Scar 1.2 cm; re-excised with 3 mm margin (attending); simple closure 5-0 Prolene.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left ear posterior helix, re-excision: scar, no residual carcinoma; margins free.",
         "site": "Left ear", "date": "2025-12-12"},
    ],
    "note": f"""{HDR}
Resident: Leah Brandt, MD (PGY-3)     Teaching physician: Astrid Lindgren, MD

81M, 8 days after excision of a well-differentiated SCC on the posterior surface of the L helix (12/01/2025).
Path: peripheral margin involved at 3 o'clock. Mohs was discussed again - he declines (would need to travel to the
VA Mohs unit). Plan from 12/01 was re-excision if margins were positive.

Exam: healing 1.2 cm linear scar on the posterior helix, sutures in place, no infection.

Procedure: sutures removed. Consent, time-out. 1% lido with epi. Scar (1.2 cm) re-excised with 5 mm margins,
down to perichondrium; cartilage not exposed. Hemostasis. Simple closure with 5-0 Prolene interrupted.
Specimen to path, oriented.

A/P: SCC L ear, positive margin - re-excised. Sutures out 7 days. If margins still positive, Mohs or radiation
discussion. Continue q3-4 month skin checks for 2 years.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following edit: because of the helical cartilage the margin I took was
3 mm around the 1.2 cm scar, not 5 mm. Closure was simple, single layer. -- Astrid Lindgren, MD
""",
    "expected": E([L("11642", 1, "58")], topics=["global-period"], dx={"11642": ["C44.229"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11641 -> 58; malignant "
                  "code even though the re-excision is clear. 1.2 + 2 x 0.3 = 1.8 cm, ear -> 11642. Simple closure "
                  "included.",
})

SCENARIOS.append({
    "id": "s57-exm-bcc-chest-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Changing chest lesion excised without prior bx, pre-coded 11402/D48.5; path BCC -> 11602 + 12032",
    "date": "2026-01-08",
    "patient": ("Nakagawa", "Peter", "1951-10-30", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Neoplasm of uncertain behavior of skin, chest", "D48.5", "Left upper chest", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk 1.1-2.0 cm", "11402", "Left upper chest",
          "Lesion 1.0 cm, 4 mm margins.", reasons=["c1"]),
        P("Repair intermediate trunk 2.6-7.5 cm", "12032", "Left upper chest",
          "Layered closure 4.0 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left upper chest, excision: basal cell carcinoma, nodular and micronodular type; margins "
                 "free, closest 2 mm.", "site": "Left upper chest", "date": "2026-01-13"},
    ],
    "note": f"""{HDR}
Resident: Kofi Mensah, MD (PGY-3)      Teaching physician: June Abernathy, MD

74M with a changing pink papule on the L upper chest, slowly growing over a year, bled twice. He has a long drive
and asked us to simply remove it rather than biopsy first; we agreed to excise with narrow margins for diagnosis
and treatment. DDx: BCC vs irritated nevus vs SCC vs adnexal neoplasm.

Exam: L upper chest 1.0 cm pink pearly papule with arborizing vessels.

Procedure: consent, time-out; 1% lido w/ epi. 4 mm margins marked, fusiform excision 4.0 cm long to subcutaneous
fat. Hemostasis with cautery. Layered closure: 4-0 Vicryl deep dermal, 5-0 nylon running. Repair 4.0 cm.
Specimen to path.

Charges entered day of surgery: 11402 (D48.5) + 12032.

Plan: sutures out 2 weeks. If BCC with clear margins, no further treatment; annual skin checks.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. I was present for the entire procedure. Addendum 01/13/2026: pathology is basal
cell carcinoma, nodular/micronodular, margins clear. -- June Abernathy, MD
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-3/DX-2: final pathology BCC -> malignant excision; 1.0 + 2 x 0.4 = 1.8 cm trunk -> 11602 (not the "
                  "pre-coded benign 11402; D48.5 is not a pre-path placeholder). Layered 4.0 cm trunk -> 12032.",
})

# ---------------------------------------------------------------------------------------------------------------
# Incision and drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-id-axillary-abscess-complicated",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Resident 'simple I&D'; attending: multiloculated, loculations broken, packed -> 10061; Medicaid MCO",
    "date": "2025-11-06",
    "patient": ("Ramos", "Victor", "1993-01-19", "male"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "procedures": [
        P("I&D abscess, L axilla", site="Left axilla",
          note="Incised, drained, irrigated, culture sent, packed. Extent: see attending attestation.",
          reasons=["c1"]),
    ],
    "note": f"""{HDR}
Resident: Anjali Rao, MD (PGY-2)      Attending: Chidi Okonkwo, MD
Same-day add-on

32M with a painful swelling in the L armpit x 5 days, now 4 cm, throbbing, low-grade fever last night (Tmax 99.9).
First episode; no prior boils, no draining tracts or scarring in axillae/groin to suggest hidradenitis. Shaves
axillae. No diabetes. No known MRSA.

Exam: T 99.1. L axilla 4 x 3 cm fluctuant tender erythematous nodule with 2 cm surrounding cellulitis; no
lymphangitic streaking. Bedside ultrasound: hypoechoic collection ~3 cm. DDx: abscess vs inflamed cyst vs early
HS.

Procedure: consent, time-out. Field block with 1% lido with epi. Incised with #11 blade 1.5 cm; purulent material
expressed; cavity irrigated. Culture sent. Packed. Dressing.

A/P: L axillary abscess, simple I&D performed.
 - Doxycycline 100 mg BID x 7 days pending culture.
 - Wound check and packing change in 48 h; warm compresses.
 - If recurrent, consider HS workup.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following edit: this was not a simple drainage. The abscess was
multiloculated; I extended the incision to 2.5 cm, broke up multiple loculations with a hemostat, irrigated
copiously and placed 1/4-inch iodoform packing (30 cm). I was present for and performed the key portions of the
procedure. -- Chidi Okonkwo, MD
""",
    "expected": E([L("10061")], dx={"10061": ["L02.412"]}),
    "coder_note": "4.8: complicated drainage (multiloculated, loculations broken, packing) per attestation -> 10061, "
                  "not the resident's 'simple' 10060.",
})

SCENARIOS.append({
    "id": "s57-id-inflamed-cyst-precoded-10061-em25",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Pre-coded 10061 for single inflamed cyst (simple -> 10060) + separate perioral dermatitis E/M-25",
    "date": "2026-01-22",
    "patient": ("Osterberg", "Linnea", "1985-09-09", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 35,
    "em": "99213",
    "conditions": [
        C("c1", "Inflamed epidermoid cyst, right upper back", "L72.0", "Right upper back", reason=True),
        C("c2", "Perioral dermatitis", "L71.0", "Perioral and perinasal", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess; complicated or multiple", "10061", "Right upper back",
          "Single inflamed cyst, incised and drained, contents expressed.", reasons=["c1"]),
    ],
    "note": f"""{HDR}
Resident: Sun-Hee Park, MD (PGY-2)     Teaching physician: Ines Castellanos, MD

40F, est. Two problems.

1) R upper back cyst, known for years, became red and painful 4 days ago. No fever.
   Exam: 1.5 cm fluctuant tender erythematous nodule with punctum. No cellulitis beyond 0.5 cm.
   Procedure: consent, 1% lido w/ epi, #11 blade stab incision 5 mm, cheesy keratinous and purulent material
   expressed, single cavity gently curetted. No packing needed. Bandage.
   Plan: warm compresses; no antibiotics (inflamed cyst, not infected cellulitis). Excision once quiet (~6-8 wk)
   if she wants it - discussed; she will think about it.

2) Rash around mouth and nose x 2 months, worse with her new "barrier" face cream and a fluorinated steroid
   (mometasone) she borrowed from her husband.
   Exam: perioral and perinasal erythematous micropapules and pustules sparing the vermilion border.
   A/P: perioral dermatitis, steroid-aggravated. Stop mometasone and occlusive cream; start metronidazole 0.75%
   cream BID and doxycycline 50 mg daily x 8 weeks. Counseled on expected rebound flare for 1-2 weeks.

Charges: 99213-25, 10061.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following edit: the I&D was a simple drainage of a single inflamed cyst
(one cavity, no loculations, no packing). The perioral dermatitis is a separate problem requiring new
prescriptions. -- Ines Castellanos, MD
""",
    "expected": E([L("99213", 1, "25"), L("10060")], topics=["coding-correction"]),
    "coder_note": "4.8: single simple drainage -> 10060 (pre-coded 10061 corrected). Perioral dermatitis with new Rx is "
                  "separately identifiable -> 99213-25 (10060/99213 indicator 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Intralesional
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-il-keloids-chest-volume-correction",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 3 symptomatic chest keloids; Kenalog-40, attending corrects volume 1.5 -> 1.2 mL (48 mg)",
    "date": "2025-10-23",
    "patient": ("Adeyemi-Clarke", "Tobi", "1998-06-02", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, anterior chest, pruritic and painful", "L91.0", "Anterior chest", reason=True),
    ],
    "note": f"""{HDR}
Resident: Mateo Ruiz, MD (PGY-4)      Teaching physician: Ines Castellanos, MD
Established - keloid injections, session 2

27M with 3 keloids on the central/upper chest arising at sites of acne lesions; itchy daily and painful when his
seatbelt rubs. Session 1 six weeks ago helped flatten the smallest one. No steroid atrophy or hypopigmentation.

Exam: three firm pink keloids, anterior chest: 2.5 x 1.0 cm (sternal), 1.5 x 0.8 cm (R parasternal), 0.8 x 0.6 cm
(L infraclavicular).

Procedure: verbal consent; cleaned with alcohol. Triamcinolone acetonide 40 mg/mL (Kenalog-40), undiluted,
injected intralesionally with a 30G needle into each of the 3 keloids until blanching. Total volume 1.5 mL.
Tolerated well. Lot and expiration recorded in MAR.

A/P: keloids x3, symptomatic. Treated as above. Repeat q6 weeks; consider adding 5-FU mixture if plateau. Silicone
sheeting nightly. Discussed cryotherapy and surgical excision with radiation as future options - not now.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following edit: the total volume of Kenalog-40 actually injected was
1.2 mL (48 mg); 0.3 mL remained in the syringe and was wasted. -- Ines Castellanos, MD
""",
    "expected": E([L("11900"), L("J3301", 5)], dx={"11900": ["L91.0"]}),
    "coder_note": "4.8: 3 lesions -> 11900. J3301 per 10 mg: 48 mg administered (attestation) -> ceil(4.8) = 5 units.",
})

SCENARIOS.append({
    "id": "s57-il-alopecia-areata-nine-sites-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Pre-coded 11900; attending: 7 scalp patches + 2 eyebrow = 9 lesions -> 11901; J3301 x3; Medicaid",
    "date": "2025-12-11",
    "patient": ("Quintero", "Alejandra", "2001-02-14", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp and eyebrows", "L63.8", "Scalp and bilateral eyebrows",
          reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", "11900", "Scalp",
          "Kenalog-10 to alopecic patches.", reasons=["c1"]),
    ],
    "note": f"""{HDR}
Resident: Kofi Mensah, MD (PGY-3)      Attending: Chidi Okonkwo, MD

24F with alopecia areata since 08/2025, ILK #2. New patch at the L temple; some regrowth (vellus) in older
patches. SALT ~12%. Not pregnant. Thyroid panel from 10/2025 normal. Discussed JAK inhibitor (baricitinib,
ritlecitinib) if > 50% - not a candidate now.

Exam: 7 smooth patches of nonscarring alopecia on the scalp (occipital x3, vertex x2, L temporal, R parietal)
with exclamation-point hairs at the active edges.

Procedure: verbal consent. Triamcinolone acetonide 10 mg/mL, 0.1 mL per injection point spaced 1 cm apart,
30G needle, into the 7 scalp patches. Total 2.4 mL (24 mg) used.

A/P: alopecia areata, patchy. ILK today; repeat q4-6 weeks. Clobetasol foam BID to patches between visits.
Counseled re: atrophy, which is usually temporary. Support group info given.

ATTENDING ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the findings
and plan as documented, with the following edit: she also has two new patches of loss in the eyebrows (one in
each brow), which I injected myself with the same Kenalog-10 (included in the 2.4 mL total). Nine lesions were
injected today - 7 scalp and 2 eyebrow. -- Chidi Okonkwo, MD
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "4.8: 9 lesions injected per attestation -> 11901 (> 7), not the pre-coded 11900. 24 mg "
                  "triamcinolone acetonide -> J3301 x3.",
})

SCENARIOS.append({
    "id": "s57-il-hidradenitis-em25-two-nodules",
    "family": "intralesional", "shape": "free-text",
    "description": "HS Hurley II management (new Rx, biologic discussion) 99214-25 + ILK to 2 nodules; J3301 x1; MA",
    "date": "2026-01-27",
    "patient": ("Whitfield", "Shanice", "1987-11-20", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40,
    "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II", "L73.2", "Bilateral axillae and inguinal folds",
          reason=True),
    ],
    "procedures": [
        P("ILK injection, HS nodules", site="Left axilla",
          note="Triamcinolone acetonide 10 mg/mL, 0.3 mL into each of 2 inflamed nodules (total 0.6 mL = 6 mg).",
          reasons=["c1"]),
    ],
    "note": f"""{HDR}
Resident: Sun-Hee Park, MD (PGY-2)     Teaching physician: June Abernathy, MD

38F (disability Medicare Advantage) with HS since her teens, Hurley II, axillae and groin. Last visit 3 months ago
on clindamycin 1% lotion + chlorhexidine wash; still 3-4 flares/month, two painful nodules in the L axilla now.
Drains intermittently from a R groin tract. PHQ-2 negative. Smoker 1/2 ppd. BMI 36.

Exam: L axilla - two 1.5 cm tender inflamed nodules, no fluctuance; R axilla - healed scars, one sinus tract;
bilateral inguinal folds - double-ended comedones, one draining tract on the R. IHS4 = 8 (moderate).

A/P:
 # HS, moderate, inadequately controlled on topicals.
   - Start doxycycline 100 mg BID x 12 weeks (photosensitivity, GI counseling). Continue chlorhexidine.
   - Discussed adalimumab / secukinumab / bimekizumab - she wants to try oral therapy first; will order TB
     (QuantiFERON) and hepatitis B/C serologies at the next visit if no response.
   - Smoking cessation and weight counseling (5 min); referral to quit line.
   - R groin tract: deroofing recommended in the future - scheduled consult, not done today.
 # Acute inflamed nodules L axilla: intralesional triamcinolone 10 mg/mL, 0.3 mL each to 2 nodules. I&D was
   considered but the nodules are not fluctuant - not performed.
 RTC 3 months.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. The disease-management discussion and new systemic therapy were separate from
the injection of the two nodules. -- June Abernathy, MD
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L73.2"]}),
    "coder_note": "GS-3: HS management with a new systemic Rx is significant and separate -> 99214-25 (11900/99214 "
                  "indicator 1). 2 lesions -> 11900; 6 mg -> J3301 x1. Deroofing and I&D not performed.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-mix-nasal-bx-ak-attending-adds-one",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential bx L nasal sidewall + LN2 AKs (resident 6, attending +1 = 7); XS on 17000; Medicare FFS",
    "date": "2025-11-13",
    "patient": ("Brockmann", "Dieter", "1943-03-08", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Pearly papule, left nasal sidewall", "D49.2", "Left nasal sidewall", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Scalp, forehead, left dorsal hand", reason=True),
    ],
    "path": [
        {"text": "Skin, left nasal sidewall, shave biopsy: basal cell carcinoma, nodular type, extending to "
                 "the deep and peripheral margins.", "site": "Left nasal sidewall", "date": "2025-11-18"},
    ],
    "note": f"""{HDR}
Resident: Anjali Rao, MD (PGY-2)      Teaching physician: Samuel Weiss, MD

82M, est, hx multiple AKs. Here for his 6-month check; his daughter noticed a "shiny bump" on the L side of his nose.

Exam (face, scalp, forearms, hands): L nasal sidewall 0.5 cm pearly papule with telangiectasia - DDx BCC vs
sebaceous hyperplasia vs fibrous papule (BCC favored). Scalp and forehead with 6 gritty erythematous AKs
(scalp 4, forehead 2). Forearms with solar lentigines. No other suspicious lesions.

Procedures:
 1. Shave (tangential) biopsy, L nasal sidewall: consent, time-out, lidocaine w/ epi, DermaBlade, AlCl3. To path.
 2. Cryotherapy with LN2 to 6 AKs (scalp x4, forehead x2), 2 cycles each.

A/P:
 - Lesion L nasal sidewall, r/o BCC: bx pending. If BCC -> Mohs referral (H-zone).
 - AKs: treated. Consider 5-FU to scalp in spring.
 - Wound care; sunscreen; RTC 6 months.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following addition: I also treated one hypertrophic AK on the left
dorsal hand with LN2 - 7 actinic keratoses in total. The biopsy site is separate from all treated AKs.
-- Samuel Weiss, MD
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 6)], dx={"11102": ["C44.311"], "17000": ["L57.0"]}),
    "coder_note": "BX-5: separate lesion. 11102/17000 is indicator 1 with the biopsy as column 1 -> XS on 17000; no "
                  "11102/17003 edit. 7 AKs per attestation -> 17000 + 17003 x6. Path BCC of nose -> C44.311.",
})

SCENARIOS.append({
    "id": "s57-mix-scalp-shave-ilk-prurigo-em25-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Pre-coded 11300 for scalp shave (-> 11305), 11900 for PN nodules (XS), AD E/M-25; J3301 x1",
    "date": "2025-12-18",
    "patient": ("Fitzgerald", "Maeve", "1976-05-25", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 40,
    "em": "99213",
    "conditions": [
        C("c1", "Atopic dermatitis, flexural flare", "L20.89", "Antecubital and popliteal fossae", reason=True),
        C("c2", "Prurigo nodularis", "L28.1", "Bilateral shins", reason=True),
        C("c3", "Inflamed seborrheic keratosis, scalp, bleeding", "L82.0", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs, 0.5 cm or less", "11300", "Occipital scalp",
          "0.5 cm inflamed SK, catches on comb and bleeds. Shaved flush, AlCl3.", reasons=["c3"]),
        P("Intralesional injection, up to 7 lesions", "11900", "Bilateral shins",
          "Kenalog-10, 0.2 mL into each of 4 prurigo nodules (0.8 mL = 8 mg).", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, occipital scalp, shave: inflamed (irritated) seborrheic keratosis.",
         "site": "Occipital scalp", "date": "2025-12-22"},
    ],
    "note": f"""{HDR}
Resident: Leah Brandt, MD (PGY-3)     Teaching physician: Ines Castellanos, MD

49F with lifelong AD. Three things today.
1. AD flare in the elbow and knee folds x 1 month after stopping triamcinolone (ran out). Sleep disturbed by itch.
   Exam: lichenified eczematous plaques antecubital and popliteal fossae, BSA ~5%. Plan: restart triamcinolone
   0.1% ointment BID x2 wk then tacrolimus 0.1% ointment maintenance twice weekly (new Rx). Bleach baths.
   If not controlled, discussed dupilumab (prior auth) - will revisit.
2. Prurigo nodularis, shins - 4 excoriated firm nodules. ILK with Kenalog-10, 0.2 mL each, total 0.8 mL (8 mg).
3. Occipital scalp "wart" that catches on her comb and bleeds every few days. Exam: 0.5 cm crusted verrucous
   papule - inflamed SK vs wart vs SCC. Shave removal, flush with the skin, specimen to path.

Charges: 99213-25; 11300; 11900; J3301 x1.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. The atopic dermatitis management with new prescriptions was separate from both
procedures. The shave removal was on the scalp, not the trunk. -- Ines Castellanos, MD
""",
    "expected": E([L("99213", 1, "25"), L("11305"), L("11900", 1, "XS"), L("J3301")],
                  topics=["coding-correction"]),
    "coder_note": "SH-1: scalp is SNHFG, 0.5 cm -> 11305 (pre-coded 11300 is the trunk/extremity code). 11305/11900 "
                  "indicator 1 (11305 column 1), different lesions -> XS on 11900. AD with new Rx -> 99213-25. "
                  "8 mg -> J3301 x1.",
})

SCENARIOS.append({
    "id": "s57-mix-bcc-excision-plus-thigh-punch",
    "family": "mixed", "shape": "free-text",
    "description": "Excision BCC R upper back (4 mm margins per attending) + layered repair + punch of L thigh lesion",
    "date": "2026-02-03",
    "patient": ("Lindqvist-Hale", "Cora", "1962-09-17", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper back (biopsy-proven)", "C44.519", "Right upper back",
          reason=True),
        C("c2", "Pink papule, left thigh", "D49.2", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Excision of BCC, R upper back", site="Right upper back",
          note="Lesion 1.2 cm; margins per attending 4 mm; fusiform to fat.", reasons=["c1"]),
        P("Layered closure, R upper back", site="Right upper back",
          note="Intermediate repair 4.5 cm, 3-0 Vicryl deep, 4-0 nylon running.", reasons=["c1"]),
        P("Punch biopsy, L thigh", site="Left anterior thigh",
          note="4 mm punch, one 4-0 nylon suture.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, right upper back, excision: basal cell carcinoma, nodular; margins free.",
         "site": "Right upper back", "date": "2026-02-06"},
        {"text": "B. Skin, left anterior thigh, punch: dermatofibroma.", "site": "Left anterior thigh",
         "date": "2026-02-06"},
    ],
    "note": f"""{HDR}
Resident: Mateo Ruiz, MD (PGY-4)      Teaching physician: Astrid Lindgren, MD
Procedure visit

63F for excision of a nodular BCC of the R upper back (shave bx 01/2026). Also asks about a new pink bump on the L
thigh that itches.

Exam: R upper back - 1.2 cm pink pearly plaque around the healed bx site. L anterior thigh - 0.5 cm firm pink
papule, dimple sign equivocal; DDx dermatofibroma vs amelanotic nevus vs BCC.

Procedures (consent, time-out, lidocaine with epi for both):
 1. Excision R upper back: 5 mm margins drawn around the 1.2 cm lesion; fusiform excision to fat, 4.5 cm long.
    Layered closure 4.5 cm (3-0 Vicryl deep dermal, 4-0 nylon running).
 2. Punch biopsy L thigh, 4 mm, one 4-0 nylon suture.
Both specimens to path.

Plan: sutures out 14 days (back), 10 days (thigh). Results by phone. Annual skin checks.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following edit: the excision margin around the 1.2 cm BCC was 4 mm, not
5 mm. The thigh punch biopsy is a separate lesion at a separate site from the back excision and its repair.
-- Astrid Lindgren, MD
""",
    "expected": E([L("11602"), L("12032", 1, "XS"), L("11104", 1, "XS")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm trunk -> 11602 (dictated 5 mm would be 2.2 -> 11603). Layered 4.5 cm "
                  "trunk -> 12032. 11602/11104 indicator 1 -> XS on 11104; 11104/12032 indicator 1 (punch column 1) "
                  "and the repair is a different wound -> XS on 12032.",
})

SCENARIOS.append({
    "id": "s57-mix-psoriasis-em25-punch-warts-medicare",
    "family": "mixed", "shape": "note-only",
    "description": "Psoriasis flare new systemic Rx 99214-25 + punch of changing nevus (template said shave) + 17110-XS",
    "date": "2026-01-15",
    "patient": ("Halloran", "Francis", "1956-02-02", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 45,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare", "L40.0", "Trunk and extremities", reason=True),
        C("c2", "Changing pigmented lesion, left upper back", "D49.2", "Left upper back", reason=True),
        C("c3", "Verruca vulgaris, right hand, painful", "B07.8", "Right index and middle fingers", reason=True),
    ],
    "path": [
        {"text": "Skin, left upper back, punch: compound nevus with mild architectural disorder; margins clear.",
         "site": "Left upper back", "date": "2026-01-20"},
    ],
    "note": f"""{HDR}
Resident: Kofi Mensah, MD (PGY-3)      Attending: Chidi Okonkwo, MD

69M, est.
1) Psoriasis: flaring for 2 months (BSA 4% -> 9%) despite clobetasol/calcipotriene; itch 7/10. Hx latent TB
   treated 2015. Exam: thick plaques on elbows, knees, shins, lower back; scalp involvement.
   Plan: start apremilast with titration pack then 30 mg BID (new Rx; counseled GI upset, weight loss, mood);
   continue topicals; phototherapy discussed as alternative (travel barrier). RTC 3 months.
2) L upper back mole darker over 6 months per wife. Exam: 0.6 cm brown macule with asymmetric pigment on
   dermoscopy. Biopsy today (template: "shave biopsy"). To path.
3) Two warts on the R index and middle fingers - painful when writing, bled once. LN2 x2 cycles each after paring.

Procedure consent for #2 and #3 obtained, time-out done.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following edit: the biopsy of the left upper back lesion was a 4 mm punch
biopsy closed with a single suture, not a shave - the template default was not changed. Psoriasis management with a
new systemic agent was separate from both procedures. -- Chidi Okonkwo, MD
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("17110", 1, "XS")]),
    "coder_note": "Punch per attestation -> 11104. 11104/17110 indicator 1 (punch column 1), separate lesions -> XS on "
                  "17110. Psoriasis with a new systemic Rx is separately identifiable -> 99214-25; no G2211 with -25.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-mohs-nasal-tip-six-blocks-attest",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R nasal tip BCC: stage 1 six blocks (attending corrects 4), stage 2 two; layered 2.0 cm",
    "date": "2025-10-16",
    "patient": ("Ashworth", "Beatrice", "1947-07-04", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right nasal tip", "C44.311", "Right nasal tip", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": f"""{HDR} - MOHS SURGERY UNIT
Mohs surgeon and pathologist: Samuel Weiss, MD     Resident assisting: Leah Brandt, MD (PGY-3)

78F with biopsy-proven nodular BCC of the R nasal tip (bx 09/2025, outside dermatologist, slides reviewed here).
Area H, primary tumor -> appropriate for Mohs. Aspirin continued. No pacemaker.

Pre-op: 0.8 x 0.6 cm pearly plaque R nasal tip. Consent, time-out, site confirmed by patient with mirror.
Anesthesia: 1% lidocaine with epinephrine.

Stage 1: tumor debulked with curette; first layer excised with 2 mm margin, divided into 4 blocks, mapped and
  inked. Frozen sections: residual BCC at the 6-8 o'clock peripheral margin.
Stage 2: additional layer 5-9 o'clock, 2 blocks. Clear.
Final defect: 1.0 x 0.9 cm, R nasal tip, to the deep dermis/superficial fat, no cartilage exposure.

Repair options discussed: second intention, FTSG, bilobed flap, linear closure. Linear closure chosen given skin
laxity. Undermined at the level of the fat, layered closure (5-0 Monocryl deep, 6-0 nylon) - repair length 2.0 cm.
Free margins not involved.

Post-op: pressure dressing, wound care instructions, acetaminophen. RTC 1 week suture removal.

Leah Brandt, MD

MOHS SURGEON / TEACHING PHYSICIAN ATTESTATION: I performed the Mohs surgery myself, acting as both surgeon and
pathologist; I personally excised each stage and interpreted all frozen sections. The resident assisted and
dictated. Correction: the stage 1 layer was divided into 6 tissue blocks (not 4) because of the curvature of the
tip; stage 2 was 2 blocks. The repair is as documented. -- Samuel Weiss, MD
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose, 2 stages -> 17311 + 17312; stage 1 had 6 blocks per attestation -> 17315 x1 (one block "
                  "beyond 5). MOHS-7: layered repair 2.0 cm nose -> 12051, no 17311/12051 edit.",
})

SCENARIOS.append({
    "id": "s57-mohs-forearm-sbcc-no-abn-gz",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of 0.7 cm primary superficial BCC L forearm (AUC area L, inappropriate), no ABN -> 17313-GZ",
    "date": "2025-11-19",
    "patient": ("Everly", "Douglas", "1950-12-12", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left dorsal forearm, primary", "C44.619", "Left dorsal forearm",
          reason=True),
    ],
    "procedures": [
        P("Mohs stage 1, L forearm", site="Left dorsal forearm",
          note="2 tissue blocks, margins clear after first stage.", reasons=["c1"]),
        P("Wound care, second intention", site="Left dorsal forearm",
          note="Final defect 1.1 cm; healing by second intention; no repair."),
    ],
    "note": f"""{HDR} - MOHS SURGERY UNIT
Mohs surgeon and pathologist: Samuel Weiss, MD     Resident: Mateo Ruiz, MD (PGY-4)

75M with a superficial BCC of the L dorsal forearm (shave bx 10/2025), 0.7 cm, primary, well-defined borders. Not
immunosuppressed, no radiation history, no genetic syndrome. At consult we recommended ED&C, excision, or
imiquimod; Mohs is generally not appropriate for a small primary superficial BCC on the extremity (AUC). The
patient insisted on Mohs after a friend's recurrence.

Stage 1: clinical margin marked, debulked, excised with 1 mm margin, 2 blocks. Frozen sections (read by
Dr. Weiss): clear. Final defect 1.1 cm, superficial dermis. Second-intention healing chosen; petrolatum and
bandage. No closure.

Plan: wound care, 2-week wound check, annual skin exam.

TEACHING PHYSICIAN ATTESTATION: I was the Mohs surgeon and pathologist and performed the procedure with the resident
assisting; I agree with the note. Mohs for this tumor does not meet appropriate-use criteria. An Advance
Beneficiary Notice was not obtained before surgery. -- Samuel Weiss, MD
""",
    "expected": E([L("17313", 1, "GZ")], dx={"17313": ["C44.619"]}),
    "coder_note": "MOHSN-2/COS-4: small primary superficial BCC in area L fails the LCD/AUC criteria; Medicare FFS with "
                  "no ABN -> GZ. Extremity, 1 stage, 2 blocks -> 17313. No repair.",
})

SCENARIOS.append({
    "id": "s57-mohs-hand-scc-precoded-88305-plus-back-bx",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs R dorsal hand SCC 3 stages; pre-coded 88305 for Mohs layers removed; separate back shave bx XS",
    "date": "2026-02-10",
    "patient": ("Grunewald", "Otto", "1945-05-31", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, right dorsal hand", "C44.622", "Right dorsal hand",
          reason=True),
        C("c2", "Scaly pink papule, left upper back", "D49.2", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck/hands/feet/genitalia, first stage", "17311", "Right dorsal hand",
          "Stage 1: 3 blocks, residual SCC at 2 o'clock.", reasons=["c1"]),
        P("Mohs, each additional stage", "17312", "Right dorsal hand",
          "Stage 2: 2 blocks, residual deep; stage 3: 1 block, clear.", reasons=["c1"]),
        P("Surgical pathology, level IV", "88305", "Right dorsal hand",
          "Mohs layers x3 (resident entry).", reasons=["c1"]),
        P("Tangential biopsy of skin, single lesion", "11102", "Left upper back",
          "Shave biopsy, separate lesion, sent to outside dermpath.", reasons=["c2"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": f"""{HDR} - MOHS SURGERY UNIT
Mohs surgeon/pathologist: Samuel Weiss, MD      Resident: Anjali Rao, MD (PGY-2)

80M, SCC (well differentiated) R dorsal hand, bx-proven 01/2026. Hands = AUC area H. Also a new scaly pink papule on
the L upper back noticed by the nurse during prep.

Mohs, R dorsal hand (tumor 1.3 cm):
 Stage 1 - 3 blocks: residual SCC at 2 o'clock peripheral.
 Stage 2 - 2 blocks: residual at the deep margin.
 Stage 3 - 1 block: clear.
 Final defect 2.4 x 2.0 cm to the extensor tendon paratenon (intact). Second-intention healing planned after
 discussion (graft offered and declined). Vaseline, non-adherent dressing, hand elevation.

L upper back: 0.6 cm scaly pink papule - DDx SCCis vs AK vs ISK. Shave biopsy after consent; to outside dermpath.

Resident charge entry: 17311, 17312 x2, 88305 x3 (Mohs layers), 11102.

TEACHING PHYSICIAN ATTESTATION: I was surgeon and pathologist for all three Mohs stages and read all frozen sections;
the resident assisted. The Mohs layers were processed and read in our Mohs lab as part of the Mohs procedure - no
separate surgical pathology applies to them. The back biopsy is a different lesion, sent to outside pathology.
-- Samuel Weiss, MD
""",
    "expected": E([L("17311"), L("17312", 2), L("11102", 1, "XS")], topics=["ncci"],
                  dx={"17311": ["C44.622"]}),
    "coder_note": "MOHS-5: no 88305 on Mohs specimens (17311/88305 indicator 1, no legitimate bypass) -> removed. "
                  "3 stages on the hand -> 17311 + 17312 x2, no stage > 5 blocks. Back biopsy is a separate lesion -> "
                  "11102-XS (17311/11102 indicator 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-nail-bilateral-hallux-avulsion-digits",
    "family": "nails", "shape": "pre-coded",
    "description": "Pre-coded 11730 twice for both great toenails -> 11730-T5 (right first) + 11732-TA; commercial",
    "date": "2025-10-09",
    "patient": ("Kristiansen", "Noah", "1999-08-08", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Ingrowing nail with recurrent paronychia, both great toes", "L60.0", "Bilateral great toes",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial or complete, simple; single", "11730", "Right great toenail",
          "Total avulsion under digital block. Performed first.", reasons=["c1"]),
        P("Avulsion of nail plate, partial or complete, simple; single", "11730", "Left great toenail",
          "Total avulsion under digital block. Performed second.", reasons=["c1"]),
    ],
    "note": f"""{HDR}
Resident: Anjali Rao, MD (PGY-2)      Teaching physician: June Abernathy, MD

26M, soccer player, with painful ingrown great toenails bilaterally x 8 months, 3 episodes of paronychia treated
with cephalexin (urgent care), failed taping/cotton wisps and proper trimming. No diabetes or PAD.

Exam: both halluces with incurved, thickened nail plates embedded in the lateral and medial folds, periungual
erythema, mild granulation on the R lateral fold; no current abscess. Cap refill brisk.

Procedure: consent, time-out. Digital blocks with 2% plain lidocaine, tourniquet. R great toenail first: plate
freed with a Freer elevator and removed in full. Then L great toenail the same way. Matrix left intact (no phenol);
if ingrowing recurs after regrowth, chemical matrixectomy would be the next step - not done today.
Xeroform, bulky dressings. Tourniquets off, good return of color.

Plan: soaks BID, open shoe 1 week, acetaminophen/ibuprofen, return 2 weeks.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. I was present for both avulsions. -- June Abernathy, MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], topics=["coding-correction"]),
    "coder_note": "4.8: first nail 11730, each additional nail 11732 (not 11730 twice). Digit modifiers: right great toe "
                  "(done first) T5, left great toe TA. No matrixectomy performed.",
})

SCENARIOS.append({
    "id": "s57-nail-phenol-matrixectomy-side-correction",
    "family": "nails", "shape": "note-only",
    "description": "Partial avulsion + phenol matrixectomy; resident wrote left, attending corrects to right great toe",
    "date": "2025-11-24",
    "patient": ("Mendoza", "Isabela", "2004-04-18", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, lateral border, recurrent", "L60.0", "Right great toe",
          reason=True),
    ],
    "note": f"""{HDR}
Resident: Sun-Hee Park, MD (PGY-2)     Attending: Chidi Okonkwo, MD

21F with a recurrent ingrown toenail, lateral border, L great toe. Two prior partial avulsions at an urgent care
(2024, 06/2025), regrew ingrown each time. Wants a permanent fix. Not diabetic, no vascular disease, not pregnant.

Exam: lateral nail fold erythematous and hypertrophic with the lateral plate edge embedded; no purulence today.

Procedure: consent; time-out. Digital block 2% lidocaine plain, tourniquet. Lateral 3 mm of the nail plate
split with an English anvil and removed (partial avulsion). Phenol 88% applied to the lateral matrix horn with
cotton-tipped applicator, 3 applications x 30 s, then alcohol flush. Bacitracin, gauze dressing. Tourniquet off.

Plan: soaks BID, drainage expected 2-4 weeks. Return 2 weeks. Recurrence risk ~5% with phenol.

ATTENDING ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the findings
and plan as documented, with the following correction: the procedure was performed on the RIGHT great toe, lateral
border - "left" in the resident's note is a dictation error. -- Chidi Okonkwo, MD
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "4.8: partial nail + chemical matrix ablation for permanent removal -> 11750 (the avulsion of the same "
                  "border is part of it; 11750/11730 indicator 1, same nail). Right great toe per attestation -> T5.",
})

SCENARIOS.append({
    "id": "s57-nail-debridement-count-correction",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of mycotic toenails: resident 5, attending 8 nails -> 11721; commercial",
    "date": "2025-12-30",
    "patient": ("Albright", "Leonard", "1960-01-09", "male"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails, painful with ambulation", "B35.1", "Bilateral toenails", reason=True),
    ],
    "procedures": [
        P("Nail debridement, mycotic toenails", site="Bilateral toenails",
          note="Thickened dystrophic nails reduced with nippers and rotary burr. Count: see attestation.",
          reasons=["c1"]),
    ],
    "note": f"""{HDR}
Resident: Leah Brandt, MD (PGY-3)     Teaching physician: Astrid Lindgren, MD

65M with culture-proven (T. rubrum, 2024) onychomycosis, painful in work boots; cannot trim them himself due to
thickness. Terbinafine course 2024 incomplete (LFT bump). Discussed efinaconazole and repeat terbinafine with
monitoring - prefers to continue mechanical care for now.

Exam: thick yellow crumbling subungual debris, R great, 2nd, 3rd and L great, 2nd toenails (5). Pedal pulses
palpable.

Procedure: debridement in thickness and length of the 5 mycotic nails with nail nippers and a rotary burr. No
bleeding.

Plan: return 10-12 weeks. Foot hygiene, antifungal powder in boots.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following edit: the R 4th and L 3rd and 4th toenails are also
dystrophic and were debrided as well; eight toenails were debrided in total (both 5th toenails spared).
-- Astrid Lindgren, MD
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "4.8: 8 nails debrided per attestation -> 11721 (6 or more), not 11720. No digit modifiers on "
                  "11720/11721 per the conventions.",
})

# ---------------------------------------------------------------------------------------------------------------
# Paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-par-diabetic-calluses-five",
    "family": "paring", "shape": "note-only",
    "description": "Diabetic neuropathy, paring of calluses/corns: resident 4, attending 5 -> 11057; Medicaid",
    "date": "2025-10-02",
    "patient": ("Begay", "Harold", "1964-06-21", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities, bilateral feet", "L84", "Bilateral plantar feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "note": f"""{HDR}
Resident: Mateo Ruiz, MD (PGY-4)      Teaching physician: June Abernathy, MD

61M with T2DM (A1c 8.1) and peripheral neuropathy, referred by his PCP for painful thick calluses. Podiatry wait
list is 4 months. Monofilament: absent sensation at 6/10 sites bilaterally. No ulcers, no prior amputation.

Exam: hyperkeratotic plaques - R 1st MTH, R 5th MTH, L 1st MTH, L heel. No underlying ulceration after paring,
no hemorrhage, no maceration. DP pulses 1+.

Procedure: paring of 4 hyperkeratotic lesions with #15 blade, layer by layer, no bleeding.

A/P: calluses, symptomatic, diabetic neuropathic feet. Offloading insoles; urea 40% cream daily; daily foot
inspections; podiatry referral continues. RTC 8 weeks.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following addition: there is also a painful hard corn on the dorsal R
5th toe (PIP joint) that I pared myself - five lesions were pared in total. -- June Abernathy, MD
""",
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "4.8: paring count bands 1 / 2-4 / >4; five lesions per attestation -> 11057 (resident's 4 would be "
                  "11056).",
})

SCENARIOS.append({
    "id": "s57-par-heel-callus-plus-plantar-warts-precoded",
    "family": "paring", "shape": "pre-coded",
    "description": "Pre-coded 11055 (L heel callus) + 17110 (3 plantar warts R foot) without modifier -> 17110-XS",
    "date": "2026-02-12",
    "patient": ("Sato", "Emily", "1991-12-06", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Callus, left heel, painful", "L84", "Left plantar heel", reason=True),
        C("c2", "Plantar warts, right foot, painful", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion; single", "11055", "Left plantar heel",
          "Pared with #15 blade.", reasons=["c1"]),
        P("Destruction of benign lesions, up to 14", "17110", "Right plantar forefoot",
          "3 plantar warts, pared then LN2 x2 cycles.", reasons=["c2"]),
    ],
    "note": f"""{HDR}
Resident: Kofi Mensah, MD (PGY-3)      Teaching physician: Ines Castellanos, MD

34F, nurse, 12-h shifts. (1) Painful callus on the L heel. (2) Plantar warts on the R forefoot x 1 year, painful
walking, spreading from 1 to 3 despite OTC salicylic acid.

Exam: L plantar heel 1.5 cm callus, no pinpoint capillaries after paring. R plantar forefoot - three warts with
interrupted dermatoglyphics and thrombosed capillaries (2nd MTH, 3rd MTH, hallux pad).

Procedures: L heel callus pared with #15 blade. R foot warts pared then LN2, 2 freeze-thaw cycles each.

Plan: urea cream to heel, cushioned insoles. Warts: salicylic acid nightly under occlusion, repeat LN2 in
3-4 weeks; if refractory, consider candida antigen or bleomycin (discussed only).

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. The pared callus (left heel) and the treated warts (right forefoot) are
different lesions on different feet. -- Ines Castellanos, MD
""",
    "expected": E([L("11055"), L("17110", 1, "XS")]),
    "coder_note": "4.8/conventions: 11055/17110 is indicator 1 with 11055 as column 1; different lesions on different "
                  "feet -> XS on 17110. One callus -> 11055.",
})

# ---------------------------------------------------------------------------------------------------------------
# Patch test
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-pt-hand-dermatitis-new-em25-eighty",
    "family": "patch-test", "shape": "free-text",
    "description": "New patient hand dermatitis 99204-25 + patch test; resident listed 90, cosmetic series deferred -> 80",
    "date": "2025-10-07",
    "patient": ("Moreau", "Celeste", "1984-03-15", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 55,
    "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis", "L30.9", "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="North American comprehensive series, 80 allergens, IQ chambers. Cosmetic series (10): see "
               "attestation.", reasons=["c1"]),
    ],
    "note": f"""{HDR} - CONTACT DERMATITIS CLINIC
Resident: Anjali Rao, MD (PGY-2)      Teaching physician: Ines Castellanos, MD
NEW PATIENT

40F hairdresser with 18 months of hand dermatitis - fingertips, finger webs, dorsal hands - worse at work, better
on vacation. Uses nitrile gloves inconsistently. Tried OTC hydrocortisone and her PCP's triamcinolone 0.1% cream
with partial relief. Atopic history: childhood eczema, seasonal allergies. No nail changes, no vesicles on soles.

Exam: lichenified erythematous scaly plaques of the dorsal hands and finger webs, fissured fingertips; palms with
scattered vesicles. No involvement elsewhere. KOH of palm scale: negative.

A/P:
 # Chronic hand dermatitis - DDx allergic contact (PPD, glyceryl thioglycolate, preservatives) vs irritant contact
   vs atopic hand dermatitis vs dyshidrotic eczema.
   - Clobetasol 0.05% ointment BID x 2 weeks to plaques (new Rx), then tacrolimus ointment (new Rx).
   - Barrier/glove counseling (cotton liners under nitrile), bland emollient.
   - Patch testing today: NAC-80 comprehensive series applied to the upper back (80 allergens), and
     cosmetic/hairdressing supplemental series (10 allergens) = 90 allergens. Readings at 48 h and 96 h.
   - If allergic to occupational allergens, discussion of job modification; work note given.

Total time on the date of service 55 min (excluding patch application time).

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented, with the following edit: the hairdressing supplemental series was not applied
today (two allergens on backorder); it will be placed at the 48-hour visit. Only the 80-allergen comprehensive
series was applied. The evaluation and new prescriptions were separately identifiable from the patch testing.
-- Ines Castellanos, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "4.8: 95044 units = allergens applied: 80 per attestation (not 90). 95044/99204 indicator 1; "
                  "separate evaluation with new prescriptions -> 99204-25.",
})

SCENARIOS.append({
    "id": "s57-pt-eyelid-acd-hundred-allergens-mue",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Planned patch-test application of 100 allergens (80 + 20 own products); 95044 capped at MUE 90",
    "date": "2025-11-03",
    "patient": ("Whitaker", "Doris", "1953-10-28", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Allergic contact dermatitis of eyelids, suspected", "L23.9", "Bilateral eyelids", reason=True),
    ],
    "procedures": [
        P("Patch or application test(s), specify number of tests", "95044", "Upper back and upper arms",
          "NAC-80 series + 20 of patient's own products (as-is/diluted) = 100 patches applied.", reasons=["c1"]),
    ],
    "note": f"""{HDR} - CONTACT DERMATITIS CLINIC
Resident: Leah Brandt, MD (PGY-3)     Teaching physician: Ines Castellanos, MD
Established - patch test application visit (planned at 10/20 consult)

72F with recurrent eyelid dermatitis x 1 year, planned comprehensive testing. Stopped topical steroids to the back
2 weeks ago; no oral steroids or recent sun on the back. Brought her products.

Exam: mild eyelid erythema and fine scale bilaterally; back clear for application.

Procedure: NAC-80 comprehensive series (80 allergens) plus 20 of her own products (nail polish, mascara, eye cream,
shampoo, conditioner, hair dye - appropriately diluted where indicated) = 100 patches on the upper back and upper
arms, marked with skin marker. Instructions: keep dry, no exercise; return at 48 h (removal/first read) and
96 h (final read).

No other problems addressed today.

TEACHING PHYSICIAN ATTESTATION: I saw the patient, discussed with the resident, and agree with the note. I confirm
100 separate patch tests were applied. -- Ines Castellanos, MD
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = 100 tests, MUE 90 (MAI 3) -> capped at 90 with an mue finding (README MUE rule). No E/M "
                  "(planned application only).",
})

# ---------------------------------------------------------------------------------------------------------------
# Phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-photo-puva-no-conventional-failure-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "Template said NB-UVB; attending: PUVA given; no failed conventional tx; ABN signed -> 96912-GA",
    "date": "2025-12-01",
    "patient": ("Lindstrom", "Carl", "1957-08-19", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 8% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Phototherapy session #1", site="Whole body",
          note="Oral methoxsalen 0.4 mg/kg 90 min before UVA, 1.5 J/cm2 whole-body UVA in PUVA cabinet "
               "(per attending; resident template listed NB-UVB).", reasons=["c1"]),
    ],
    "note": f"""{HDR} - PHOTOTHERAPY UNIT
Resident: Mateo Ruiz, MD (PGY-4)      Teaching physician: Astrid Lindgren, MD
Phototherapy - session 1 (template: NB-UVB)

68M with plaque psoriasis, BSA ~8%, PASI 9, affecting trunk and legs. No joint symptoms. He used topical
clobetasol only intermittently for 2 weeks "and it didn't work." Never had NB-UVB or a systemic. He specifically
requests PUVA because his brother did well with it. Eye exam within the year (cataract clear); UV-blocking
glasses provided. No history of skin cancer or melanoma, no photosensitizing drugs.

Session: skin type III. Treatment delivered per protocol; tolerated, no erythema. Goggles and genital shielding.

Plan: 2-3x weekly; LFTs baseline normal; protective eyewear for 24 h on treatment days. Re-assess at 20 sessions.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
plan, with the following edit: the treatment given today was PUVA (oral methoxsalen + UVA), not NB-UVB - the
template was not updated. He has not failed conventional therapy (adequate topical trial or UVB), so PUVA does not
meet Medicare coverage criteria; he signed an Advance Beneficiary Notice for PUVA before treatment today.
-- Astrid Lindgren, MD
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/COS-4: PUVA (per attestation) -> 96912. NCD 250.1 requires failure of conventional therapy; "
                  "not met and an ABN is on file (Medicare FFS) -> GA.",
})

SCENARIOS.append({
    "id": "s57-photo-excimer-two-plaques-total-area",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Pre-coded 96920 per plaque x2; attending areas 180 + 140 = 320 sq cm -> one 96921",
    "date": "2026-01-29",
    "patient": ("Obi", "Chinwe", "1979-05-05", "female"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Localized plaque psoriasis, bilateral elbows", "L40.0", "Bilateral extensor elbows", reason=True),
    ],
    "procedures": [
        P("Laser treatment for inflammatory skin disease; total area less than 250 sq cm", "96920",
          "Right extensor elbow", "Excimer 308 nm, 120 sq cm (resident estimate).", reasons=["c1"]),
        P("Laser treatment for inflammatory skin disease; total area less than 250 sq cm", "96920",
          "Left extensor elbow", "Excimer 308 nm, 100 sq cm (resident estimate).", reasons=["c1"]),
    ],
    "note": f"""{HDR} - PHOTOTHERAPY UNIT
Resident: Sun-Hee Park, MD (PGY-2)     Attending: Chidi Okonkwo, MD
Excimer session 6 of 13

46F with localized plaque psoriasis of both elbows (BSA ~2%), failed 4 months of clobetasol/calcipotriene;
prior authorization on file. Improving: plaques thinner, less scale.

Treatment: 308-nm excimer laser, dose 2 MED, to the R elbow plaque (~120 sq cm) and L elbow plaque (~100 sq cm).
No blistering from last session.

Plan: continue twice weekly to 13 sessions; continue calcipotriene on non-laser days.

ATTENDING ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the plan, with
the following edit: I measured the treated plaques today - right elbow 180 sq cm and left elbow 140 sq cm; total
treated area 320 sq cm. -- Chidi Okonkwo, MD
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "4.8: excimer is coded once per session by total area: 180 + 140 = 320 sq cm -> 96921 x1 (not 96920 "
                  "per plaque).",
})

# ---------------------------------------------------------------------------------------------------------------
# Post-op
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-po-suture-removal-99212-to-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal + benign path review 9 days after 11402 (010 global); resident chose 99212 -> 99024",
    "date": "2025-12-18",
    "patient": ("Pellegrini", "Rosa", "1966-11-11", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 15,
    "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Dermatofibroma, right lower leg (excised)", "D23.71", "Right lower leg"),
    ],
    "prior": [
        PRIOR("2025-12-09", "11402", "Excision benign lesion, leg, 1.1-2.0 cm", "Right lateral calf",
              "Dermatofibroma excision; simple closure."),
    ],
    "note": f"""{HDR}
Resident: Anjali Rao, MD (PGY-2)      Teaching physician: June Abernathy, MD
Post-op visit

59F, 9 days s/p excision of a painful lesion on the R lateral calf (12/09/2025). No fever, minimal pain, no
drainage. Path: dermatofibroma, margins clear - reviewed with patient, she is relieved.

Exam: 3 cm linear incision, well approximated, no erythema, no dehiscence, no hematoma. 5 simple interrupted
sutures removed without difficulty; Steri-Strips applied.

A/P: s/p excision of dermatofibroma, healing well. Scar care: silicone gel, sun protection. Follow up PRN.
Level: 99212.

TEACHING PHYSICIAN ATTESTATION: I saw the patient with the resident and agree with the findings and plan. Routine
post-operative visit; no other problems addressed. -- June Abernathy, MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/conventions: routine post-op care (suture removal, path review) inside the 10-day global of "
                  "11402 is included -> 99024, not 99212.",
})

SCENARIOS.append({
    "id": "s57-po-unrelated-eczema-in-flap-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "30 days after cheek flap (090): unrelated nummular eczema with new Rx -> 99213-24; Medicare FFS",
    "date": "2026-01-14",
    "patient": ("Drummond", "Agnes", "1949-09-14", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, bilateral lower legs", "L30.0", "Bilateral lower legs", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-15", "14040", "Adjacent tissue transfer, cheek, 10 sq cm or less", "Right cheek",
              "Excision of BCC right cheek with rhombic flap."),
    ],
    "note": f"""{HDR}
Resident: Kofi Mensah, MD (PGY-3)      Teaching physician: Astrid Lindgren, MD

76F, 30 days after excision of a BCC of the R cheek with rhombic flap repair (12/15/2025). Comes in today because
of an itchy rash on both shins for 3 weeks, keeping her awake. New wool socks; long hot showers; no new meds.

Exam: multiple coin-shaped, 2-4 cm, scaly, excoriated eczematous plaques on the bilateral anterior shins, some
with crusting; background xerosis. No satellite pustules. KOH negative. (R cheek flap incidentally viewed - well
healed, no concerns.)

A/P:
 # Nummular dermatitis, bilateral lower legs, new problem.
   - Triamcinolone 0.1% ointment BID x 2-3 weeks (new Rx), then PRN.
   - Short lukewarm showers, fragrance-free cleanser, thick emollient BID; avoid wool next to skin.
   - If crusted areas worsen, culture and consider mupirocin - not needed today.
   - Return 4 weeks, sooner if spreading.
 # s/p R cheek flap - healing well; routine scar follow-up at the 3-month visit.
Level: 99213.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. The leg dermatitis is unrelated to her cheek surgery. -- Astrid Lindgren, MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: unrelated E/M inside the 90-day global of 14040 -> 24. The flap glance is post-op care and "
                  "included.",
})

SCENARIOS.append({
    "id": "s57-po-new-shin-lesion-punch-in-excision-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "6 days after back excision (010): punch biopsy of a new bleeding shin lesion -> 11104-79",
    "date": "2025-10-20",
    "patient": ("Vasquez", "Hector", "1955-03-03", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Bleeding papule, left shin", "D49.2", "Left anterior shin", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-14", "11402", "Excision benign lesion, trunk, 1.1-2.0 cm", "Left upper back",
              "Epidermoid cyst excision; sutures in place, removal planned day 14."),
    ],
    "procedures": [
        P("Punch biopsy, L shin", site="Left anterior shin",
          note="4 mm punch, one 4-0 nylon stitch. New lesion unrelated to the back excision.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left anterior shin, punch: keratoacanthoma-type well-differentiated squamous cell "
                 "carcinoma, extending to base.", "site": "Left anterior shin", "date": "2025-10-24"},
    ],
    "note": f"""{HDR}
Resident: Leah Brandt, MD (PGY-3)     Attending: Chidi Okonkwo, MD
Same-day add-on

70M, s/p excision of an epidermoid cyst of the L upper back on 10/14/2025 (sutures in; removal scheduled day 14 -
not touched today, he has no concerns about it). Called about a rapidly growing bump on the L shin that bled in
the shower x2. Present ~4 weeks.

Exam: L anterior shin 0.9 cm dome-shaped crateriform nodule with central keratin plug. DDx keratoacanthoma vs SCC
vs prurigo nodule vs hypertrophic AK.

Procedure: consent, time-out, lido w/ epi. 4 mm punch biopsy through the center to fat, one 4-0 nylon suture.
To dermpath.

Plan: results 1 week. If SCC/KA, excision vs ED&C discussion. Keep back sutures until scheduled removal.

ATTENDING ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the findings and
plan as documented. The shin lesion is new and unrelated to last week's back excision. -- Chidi Okonkwo, MD
""",
    "expected": E([L("11104", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure (new lesion) inside the 10-day global of the 10/14 excision -> 79. No "
                  "post-op care delivered today, so no 99024.",
})

# ---------------------------------------------------------------------------------------------------------------
# Repair
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-rep-cheek-flap-after-outside-mohs-57",
    "family": "repair", "shape": "note-only",
    "description": "New pt referred same day after outside Mohs L cheek: consult decides flap (99203-57); area 10.6 -> 14041",
    "date": "2025-11-07",
    "patient": ("Harrington", "Mabel", "1944-02-22", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 120,
    "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma, left cheek, status post Mohs today (outside), defect for repair", "C44.319",
          "Left medial cheek", reason=True),
    ],
    "note_title": "Reconstruction Consult and Operative Note",
    "note": f"""{HDR} - DERMATOLOGIC SURGERY
Resident: Mateo Ruiz, MD (PGY-4)      Teaching physician: Samuel Weiss, MD
NEW PATIENT - same-day reconstruction referral

81F sent from Lakeview Mohs Center this morning after Mohs for a nodular BCC of the L medial cheek (2 stages, margins
clear per their report); their surgeon does not perform flaps on Fridays. We have never seen her before.
PMH: AFib on apixaban (held x 1 day by cardiology), HTN, osteoporosis. Non-smoker.

Exam: L medial cheek defect 2.2 x 1.8 cm to the subcutaneous fat, 1 cm lateral to the nasofacial junction;
lower eyelid margin 1.5 cm superior. Good cheek laxity on pinch test. No other lesions on the face.

Consultation / decision: options reviewed - second-intention healing (risk of ectropion with contraction), linear
closure (would distort the lower lid), FTSG (color/texture mismatch), rhombic transposition flap from lateral cheek
laxity. Risks discussed (bleeding on apixaban, infection, flap necrosis, ectropion, revision). Decision made today
with the patient and her son to proceed with a rhombic flap now.

Procedure: consent, time-out. 1% lidocaine with epi. Rhombic transposition flap designed from the lateral cheek.
Primary defect 4.0 sq cm; secondary defect 4.8 sq cm; total 8.8 sq cm. Flap incised, elevated in the subcutaneous
plane, transposed, inset with 5-0 Monocryl deep and 6-0 Prolene. Hemostasis. Pressure dressing.

Plan: sutures out 7 days; ice; head elevation; resume apixaban tomorrow.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
consultation and the decision for flap reconstruction, which was made at this visit. I performed the key portions of
the flap. Correction to the measurements: the flap design needed a larger lobe to avoid tension on the lower lid;
the secondary defect was 6.6 sq cm, so the total area is 10.6 sq cm (primary 4.0 + secondary 6.6).
-- Samuel Weiss, MD
""",
    "expected": E([L("99203", 1, "57"), L("14041")], dx={"14041": ["C44.319"]}),
    "coder_note": "FLAP-1: cheek, 4.0 + 6.6 = 10.6 sq cm (attestation) -> 14041 (resident's 8.8 would be 14040). "
                  "GS-4/FLAP-4: E/M the same day that decided the 090 flap -> 57 on the new-patient E/M.",
})

SCENARIOS.append({
    "id": "s57-rep-three-lacerations-layered-and-simple",
    "family": "repair", "shape": "free-text",
    "description": "Glass lacerations: R forearm 4.2 cm layered (12032); R hand 1.8 + L forearm 2.0 simple summed (12002)",
    "date": "2025-10-10",
    "patient": ("Quinlan", "Marcus", "1990-11-30", "male"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 60,
    "html": True,
    "conditions": [
        C("c1", "Laceration without foreign body, right forearm", "S51.811A", "Right volar forearm", reason=True),
        C("c2", "Laceration without foreign body, right hand", "S61.411A", "Right dorsal hand", reason=True),
        C("c3", "Laceration without foreign body, left forearm", "S51.812A", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Laceration repair, R forearm", site="Right volar forearm",
          note="4.2 cm; layered closure (4-0 Vicryl deep, 5-0 nylon) per attending.", reasons=["c1"]),
        P("Laceration repair, R hand", site="Right dorsal hand",
          note="1.8 cm; simple interrupted 5-0 nylon.", reasons=["c2"]),
        P("Laceration repair, L forearm", site="Left dorsal forearm",
          note="2.0 cm; simple interrupted 5-0 nylon.", reasons=["c3"]),
    ],
    "note": f"""<html><body>
<h3>{HDR}</h3>
<p><b>Resident:</b> Sun-Hee Park, MD (PGY-2) &nbsp; <b>Teaching physician:</b> June Abernathy, MD<br/>
<b>Visit:</b> established patient, same-day add-on</p>
<p><b>HPI:</b> 34M (our psoriasis patient) dropped a glass shelf at home 2 hours ago and cut both arms. Bleeding
controlled with towels. Tetanus booster 2021. No numbness or weakness. Not on anticoagulants.</p>
<p><b>Exam:</b></p>
<ul>
<li>R volar forearm: 4.2 cm linear laceration into subcutaneous fat, clean edges, no tendon exposure, full
flexion/extension of all digits, sensation intact.</li>
<li>R dorsal hand: 1.8 cm superficial laceration, dermis only.</li>
<li>L dorsal forearm: 2.0 cm superficial laceration.</li>
</ul>
<p>No glass fragments on inspection; wounds irrigated with 500 mL saline.</p>
<p><b>Procedure:</b> consent; 1% lidocaine with epi. All three wounds closed with simple interrupted 5-0 nylon.
Total length repaired 8.0 cm.</p>
<p><b>Plan:</b> sutures out 10-14 days; wound care; return for signs of infection. Psoriasis: no changes today.</p>
<p><b>TEACHING PHYSICIAN ATTESTATION:</b> I saw and evaluated the patient, discussed with the resident, and agree
with the findings and plan as documented, with the following edit: the right forearm laceration extended into the
subcutaneous fat and was closed in layers (4-0 Vicryl buried deep sutures, then 5-0 nylon). The right hand and left
forearm lacerations were simple single-layer closures as written. -- June Abernathy, MD</p>
</body></html>
""",
    "expected": E([L("12032"), L("12002")]),
    "coder_note": "REP-1/REP-2: intermediate R forearm 4.2 cm -> 12032; simple repairs of hand + forearm are the same "
                  "simple group (trunk/extremities incl. hands): 1.8 + 2.0 = 3.8 cm -> 12002. Not 12004 for 8.0 cm "
                  "simple (the attending made the forearm layered).",
})

SCENARIOS.append({
    "id": "s57-rep-alar-rim-complex-precoded-intermediate",
    "family": "repair", "shape": "pre-coded",
    "description": "Repair after outside Mohs R ala, nostril rim free margin + edge debridement; pre-coded 12051 -> 13151",
    "date": "2026-02-05",
    "patient": ("Eckhardt", "Wilhelm", "1948-06-06", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal ala, s/p Mohs (outside) today", "C44.311", "Right nasal ala",
          reason=True),
    ],
    "procedures": [
        P("Repair, intermediate, face/nose, 2.5 cm or less", "12051", "Right nasal ala",
          "Layered closure 2.3 cm.", reasons=["c1"]),
    ],
    "note": f"""{HDR} - DERMATOLOGIC SURGERY
Resident: Anjali Rao, MD (PGY-2)      Teaching physician: Samuel Weiss, MD

77M, established with us (seen 01/2026 in reconstruction consult, plan made for same-day repair after Mohs at the
VA). Mohs this morning for BCC of the R nasal ala, cleared in 2 stages. Arrives with a 1.0 x 0.7 cm defect at the
inferior ala abutting the alar rim.

Procedure: consent, time-out, lidocaine with epi. Layered closure oriented along the alar groove; length 2.3 cm.
5-0 Monocryl deep, 6-0 Prolene superficial. Hemostasis with bipolar.

Plan: sutures out 7 days, petrolatum, no nose blowing 1 week.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan, with the following clarification of the repair: the defect involved the free margin of the
nostril rim, which I realigned; the wound edges were crushed by the outside cautery and I debrided them sharply
before closure; extensive undermining of the nasal sidewall was needed. This was a complex repair, 2.3 cm.
-- Samuel Weiss, MD
""",
    "expected": E([L("13151")], topics=["coding-correction"], dx={"13151": ["C44.311"]}),
    "coder_note": "REP-3: free margin of the nostril rim plus debridement of wound edges = complex; nose 2.3 cm -> 13151 "
                  "(pre-coded intermediate 12051 corrected). Decision made at a prior visit, so no E/M.",
})

# ---------------------------------------------------------------------------------------------------------------
# Shave
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-sh-cheek-nevus-attending-size",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of bleeding intradermal nevus L cheek; resident 0.5 cm, attending 0.7 cm -> 11311",
    "date": "2025-12-03",
    "patient": ("Okafor-Reyes", "Julian", "1982-08-12", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 20,
    "html": True,
    "conditions": [
        C("c1", "Intradermal nevus, left cheek, traumatized by shaving with bleeding", "D22.39", "Left cheek",
          reason=True),
    ],
    "procedures": [
        P("Shave removal, L cheek lesion", site="Left cheek",
          note="Flush shave removal with DermaBlade, hemostasis with AlCl3. Size per attestation.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left cheek, shave: intradermal melanocytic nevus. No atypia.", "site": "Left cheek",
         "date": "2025-12-08"},
    ],
    "note": f"""<div><p><b>{HDR}</b></p>
<p>Resident: Kofi Mensah, MD (PGY-3) | Teaching physician: Ines Castellanos, MD</p>
<p><u>Subjective</u>: 43M with a raised mole on the L cheek since childhood; over the last year he cuts it when
shaving about twice a week and it bleeds for several minutes each time. No color change.</p>
<p><u>Objective</u>: L cheek 0.5 cm skin-colored dome-shaped papule with a few terminal hairs, crust from recent
trauma. Dermoscopy: comma vessels, no network - intradermal nevus favored; DDx neurofibroma, BCC (less likely).</p>
<p><u>Procedure</u>: consent; lidocaine with epi; flush shave removal with DermaBlade; AlCl3 hemostasis; to path.</p>
<p><u>A/P</u>: traumatized nevus, removed. Petrolatum daily until healed; may recur partially (explained).</p>
<p><b>ATTESTATION</b>: I saw and evaluated the patient, discussed with the resident, and agree with the findings
and plan as documented, with the following edit: I measured the lesion at 0.7 cm in greatest diameter before
removal (the 0.5 cm was measured across the crust only). -- Ines Castellanos, MD</p></div>
""",
    "expected": E([L("11311")], dx={"11311": ["D22.39"]}),
    "coder_note": "SH-1: face, lesion diameter 0.7 cm per attestation -> 11311 (0.6-1.0); resident's 0.5 would be "
                  "11310. Repeated shaving trauma with bleeding meets BSL-3.",
})

SCENARIOS.append({
    "id": "s57-sh-neck-and-back-precoded-site-size",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded 11301 x2; neck 1.2 cm -> 11307 and low back 0.4 cm -> 11300; inflamed SKs; Medicare FFS",
    "date": "2025-11-17",
    "patient": ("Baumgartner", "Irene", "1951-04-04", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left lateral neck, bleeding", "L82.0", "Left lateral neck",
          reason=True),
        C("c2", "Inflamed seborrheic keratosis, right lower back, itching and bleeding", "L82.0", "Right lower back",
          reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs 0.6-1.0 cm", "11301", "Left lateral neck",
          "Inflamed SK, bleeds with necklace.", reasons=["c1"]),
        P("Shave removal, trunk/arms/legs 0.6-1.0 cm", "11301", "Right lower back",
          "Inflamed SK, itches and bleeds at waistband.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left neck, shave: inflamed seborrheic keratosis.", "site": "Left lateral neck",
         "date": "2025-11-21"},
        {"text": "B. Right lower back, shave: irritated seborrheic keratosis.", "site": "Right lower back",
         "date": "2025-11-21"},
    ],
    "note": f"""{HDR}
Resident: Mateo Ruiz, MD (PGY-4)      Teaching physician: Astrid Lindgren, MD

74F, est. Two bothersome growths.
 - L lateral neck: catches on her necklace, bled 3x last month. 1.2 cm verrucous inflamed papule with
   hemorrhagic crust, erythematous base.
 - R lower back: itches constantly, bleeds at the waistband. 0.4 cm inflamed papule with excoriation.
DDx for both: inflamed SK vs verruca vs SCC (neck lesion with hemorrhage - sending both to path).

Procedure: consent; lidocaine with epi; shave removal of both lesions with DermaBlade; AlCl3; petrolatum. Specimens
A (neck) and B (back).

Plan: results 1 week. Other SKs on the back are asymptomatic - no treatment; explained Medicare does not cover
removal of asymptomatic ones.

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings, plan and measurements as documented. Both lesions were symptomatic (bleeding, itching, inflamed).
-- Astrid Lindgren, MD
""",
    "expected": E([L("11307"), L("11300")], topics=["coding-correction"], dx={"11307": ["L82.0"]}),
    "coder_note": "SH-1: neck is SNHFG, 1.2 cm -> 11307; lower back is TAL, 0.4 cm -> 11300. Both pre-coded 11301 lines "
                  "corrected. Bleeding/itch/inflammation meet BSL-3.",
})

SCENARIOS.append({
    "id": "s57-sh-scalp-sk-no-size-plus-aks",
    "family": "shave", "shape": "note-only",
    "description": "Shave of bleeding scalp SK with no size anywhere + LN2 of 3 forehead AKs; Medicare FFS",
    "date": "2026-02-17",
    "patient": ("Carrington", "Hugh", "1946-10-10", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp, bleeding", "L82.0", "Right parietal scalp", reason=True),
        C("c2", "Actinic keratoses, forehead", "L57.0", "Forehead", reason=True),
    ],
    "path": [
        {"text": "Skin, right parietal scalp, shave: inflamed seborrheic keratosis.", "site": "Right parietal scalp",
         "date": "2026-02-20"},
    ],
    "note": f"""{HDR}
Resident: Anjali Rao, MD (PGY-2)      Attending: Chidi Okonkwo, MD

79M, est. (1) A "scab" on the scalp that his barber keeps nicking - bleeds onto his pillow. (2) Rough spots on the
forehead again.

Exam: R parietal scalp - crusted verrucous stuck-on papule with hemorrhagic crust; DDx inflamed SK vs SCC vs wart.
Forehead - 3 erythematous gritty scaly papules (AKs).

Procedures:
 1. Shave removal of the R parietal scalp lesion after lidocaine with epi; DermaBlade; AlCl3; to path. (Photo in
    media tab.)
 2. LN2 to 3 forehead AKs, 2 cycles each.

A/P: bleeding scalp lesion - removed, path pending. AKs - treated; sun protection, hat. RTC 6 months.

ATTENDING ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the findings and
plan as documented. I was present for both procedures. -- Chidi Okonkwo, MD
""",
    "expected": E([L("17000"), L("17003", 2)], topics=["missing-documentation"], dx={"17000": ["L57.0"]}),
    "coder_note": "SH-1 / README: no lesion diameter anywhere in the record (a photo reference is not a measurement) -> "
                  "no shave line, missing-documentation. 3 AKs -> 17000 + 17003 x2; no XS needed since no shave line.",
})

# ---------------------------------------------------------------------------------------------------------------
# Skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s57-tag-symptomatic-27-attest-mue",
    "family": "skin-tags", "shape": "free-text",
    "description": "Resident removed 14 irritated tags, attending 13 more (27): 11200 + 11201 (2 -> MUE 1); MA",
    "date": "2025-10-16",
    "patient": ("Jefferson", "Loretta", "1958-01-31", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 35,
    "html": True,
    "conditions": [
        C("c1", "Acrochordons, irritated, catching and bleeding", "L91.8", "Neck, bilateral axillae, inframammary",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck, bilateral axillae, inframammary folds",
          note="Snip excision with curved iris scissors, AlCl3 hemostasis. Count per attestation.", reasons=["c1"]),
    ],
    "note": f"""<html><body><p><b>{HDR}</b><br/>Resident: Leah Brandt, MD (PGY-3) &mdash; Teaching physician: June
Abernathy, MD</p>
<p>67F, est, with many skin tags on the neck, under the arms and under the breasts. They catch on her necklaces and
bra, several are red and sore, and 3-4 bled this month. Wants the irritated ones removed. Diabetic (A1c 7.2).</p>
<p>Exam: numerous pedunculated skin-colored and hyperpigmented papules 1-4 mm; many with erythema, crusting or
hemorrhage at the base - neck (front and sides), bilateral axillae, inframammary folds.</p>
<p>Procedure: consent; topical lidocaine. Snip removal with curved iris scissors of 14 irritated tags (neck 6,
axillae 8). AlCl3. Petrolatum.</p>
<p>A/P: irritated acrochordons, removed. Remaining non-irritated tags left in place. Weight/glucose control
discussed.</p>
<p><b>TEACHING PHYSICIAN ATTESTATION</b>: I saw and evaluated the patient, discussed with the resident, and agree
with the findings and plan as documented, with the following addition: I removed 13 more inflamed, bleeding tags from
the inframammary folds myself, so 27 symptomatic skin tags were removed in total today. -- June Abernathy, MD</p>
</body></html>
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "4.8/conventions: 27 tags -> 11200 (first 15) + 11201 x ceil(12/10) = 2, but 11201 MUE is 1 -> capped "
                  "at 1 with an mue finding. The resident's 14 alone would have been 11200 only.",
})

SCENARIOS.append({
    "id": "s57-tag-asymptomatic-medicare-ffs-gy",
    "family": "skin-tags", "shape": "note-only",
    "description": "8 asymptomatic neck tags snipped at patient request, Medicare FFS, no ABN -> 11200-GY",
    "date": "2025-12-22",
    "patient": ("Moriarty", "Eileen", "1952-07-15", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Anterior and lateral neck", reason=True),
    ],
    "note": f"""{HDR}
Resident: Sun-Hee Park, MD (PGY-2)     Teaching physician: Ines Castellanos, MD

73F, est (followed for rosacea, stable on ivermectin - no changes today). She asks us to "snip off the little tags"
on her neck before her granddaughter's wedding photos. They do not itch, bleed, catch, or hurt; no redness.

Exam: 8 small pedunculated skin-colored papules 1-3 mm on the anterior and lateral neck. No inflammation.

Procedure: after discussion, 8 tags removed by snip excision with iris scissors, AlCl3 hemostasis.

A/P: acrochordons, asymptomatic - removed at patient request for appearance. Rosacea controlled, continue current
regimen (not addressed further).

TEACHING PHYSICIAN ATTESTATION: I saw and evaluated the patient, discussed with the resident, and agree with the
findings and plan as documented. Removal was cosmetic. She was told Medicare will not cover it; no ABN was issued.
-- Ines Castellanos, MD
""",
    "expected": E([L("11200", 1, "GY")], topics=["cosmetic"], dx={"11200": ["L91.8"]}),
    "coder_note": "BSL-2/COS-2: asymptomatic skin tags = cosmetic, statutorily excluded; Medicare FFS -> GY (no "
                  "voluntary ABN, so no GX). 8 tags -> 11200 x1.",
})
