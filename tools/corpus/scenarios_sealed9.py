"""Sealed set 9 (s9-): dermatology residency program voice. Written from the rule book, conventions and CMS tables only."""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------- 1 biopsy / pre-coded
SCENARIOS.append({
    "id": "s9-bx-ema-deleted-codes-two-shave",
    "family": "biopsy", "shape": "pre-coded",
    "description": "EMA sent deleted 11100/11101 for two tangential biopsies of two lesions (back, forearm)",
    "date": "2026-02-10", "patient": ("Pruett", "Harlan", "1948-03-11", "male"),
    "payer": "medicare", "provider": "voss",
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial type, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right dorsal forearm", "L82.0", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Shave bx", cpt="11100", site="L upper back",
          note="Lesion A. 0.7 cm pink scaly thin papule. Tangential (shave) biopsy with DermaBlade to mid dermis. "
               "AlCl3 for hemostasis. Vaseline + bandaid.", reasons=["c1"]),
        P("Shave bx, addl lesion", cpt="11101", site="R dorsal forearm",
          note="Lesion B. 0.5 cm crusted papule, r/o SCC vs irritated SK. Shave biopsy, hemostasis AlCl3.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, left upper back, shave biopsy: Basal cell carcinoma, superficial type, extending to the "
                 "peripheral margin.", "site": "Left upper back", "date": "2026-02-13"},
        {"text": "B. Skin, right dorsal forearm, shave biopsy: Irritated (inflamed) seborrheic keratosis. "
                 "No dysplasia.", "site": "Right dorsal forearm", "date": "2026-02-13"},
    ],
    "note": """UNIVERSITY DERMATOLOGY - RESIDENT CONTINUITY CLINIC
Progress Note   DOS 02/10/2026
Resident: Tomasz Kowal, MD (PGY-3)    Attending: Henrietta Voss, MD

CC: "two spots" - one on back wife noticed, one on arm that keeps scabbing

HPI: 77 yo M, established, last seen 08/2025 for AKs (LN2 to scalp at that visit). Wife noticed pink patch on L upper back ~3 mo ago, not healing, occasionally bleeds on towel. R forearm lesion catches on sleeve, crusts, itches. No personal hx of skin cancer. No fhx melanoma.

ROS: neg fever/chills/wt loss. Skin as per HPI.
Meds: lisinopril, atorvastatin, ASA 81.  All: NKDA.

EXAM: Well appearing. Focused exam of back and arms.
- L upper back: 0.7 cm pink, shiny, slightly scaly thin papule/patch with fine telangiectasia
- R dorsal forearm: 0.5 cm crusted hyperkeratotic papule on erythematous base
- scattered SKs back, lentigines forearms

ASSESSMENT / PLAN
1. Neoplasm of skin, L upper back - ddx sBCC vs ISK vs inflamed lichenoid keratosis
   -> shave biopsy today (lesion A)
2. Crusted papule R forearm - ddx SCC vs ISK
   -> shave biopsy today (lesion B)
   Consent: risks incl bleeding, infection, scar, recurrence, need for further tx reviewed; verbal + written consent. Time-out done. 1% lido w/ epi. Both lesions sampled tangentially with DermaBlade, AlCl3 hemostasis. Pt tolerated well. Wound care handout given.
3. If A returns BCC: will discuss ED&C vs excision vs topical 5-FU at f/u. Nothing further today.
4. Benign SKs - reassured, no treatment.

RTC 2-3 wks for results / treatment planning.

Attending attestation: I saw and examined the patient with Dr. Kowal and agree with the findings and plan above. I was present for both biopsies. - H. Voss, MD""",
    "expected": E([L("11102", 1), L("11103", 1)], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted in 2018 (BX-1). Two tangential biopsies of two lesions: 11102 + 11103 x1 (BX-2). "
                  "No E/M selected.",
})

# ---------------------------------------------------------------- 2 biopsy / free-text
SCENARIOS.append({
    "id": "s9-bx-wedge-and-punch-hierarchy",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional (wedge) biopsy of shin nodule + punch biopsy of forearm plaque -> 11106 + 11105",
    "date": "2026-01-14", "patient": ("Ferreira", "Odalys", "1979-07-22", "female"),
    "payer": "commercial-uhc", "provider": "marchetti",
    "conditions": [
        C("c1", "Erythema nodosum", "L52", "Bilateral anterior shins", reason=True),
        C("c2", "Granuloma annulare", "L92.0", "Left volar forearm", reason=True),
    ],
    "procedures": [
        P("Deep incisional biopsy (wedge) to subcutis", site="Right anterior shin",
          note="Specimen A. Tender 2 cm erythematous subcutaneous nodule. Fusiform wedge incision with #15 blade, "
               "2.0 x 0.6 cm, carried down into subcutaneous fat to include septa. Closed with 4-0 nylon simple "
               "interrupted x3. EBL minimal.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Left volar forearm",
          note="Specimen B. Active raised border of 3 cm annular plaque. 4 mm punch, base snipped, closed 5-0 nylon x1.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin and subcutis, right shin, incisional biopsy: Septal panniculitis without vasculitis, "
                 "consistent with erythema nodosum.", "site": "Right anterior shin", "date": "2026-01-19"},
        {"text": "B. Skin, left forearm, punch biopsy: Palisading granulomatous dermatitis with mucin, consistent "
                 "with granuloma annulare. PAS negative for fungi.", "site": "Left volar forearm", "date": "2026-01-19"},
    ],
    "note": """Dermatology Clinic - Resident Note (SOAP)
S: 46F referred by PCP for painful red bumps on both shins x 6 wks + a ring-shaped rash on L forearm x 4 mo (OTC clotrimazole no help). Recent sore throat in Nov. No new meds. No IBD sx, no cough.
O: VS wnl. Bilateral ant shins: multiple 1-3 cm tender, warm, ill-defined erythematous subcutaneous nodules, no ulceration. L volar forearm: 3 cm annular plaque w/ raised beaded border, central clearing, no scale. (KOH of the border done by PCP 12/2025 was negative per referral letter.)
A/P:
1. Painful shin nodules - ddx erythema nodosum vs other panniculitis. Deep wedge bx R shin to sample fat (see procedure). Labs: CBC, ASO, CXR ordered by PCP already - will follow. NSAIDs, leg elevation.
2. Annular plaque L forearm - ddx GA vs tinea (outside KOH neg, no scale) vs annular sarcoid. 4 mm punch at border today.
   Consent obtained for both, time-out, 1% lidocaine w/ epi.
3. Sutures out in 10-14 days with PCP or here.

Precepted with Dr. Marchetti, who examined the patient and was present for the procedures.
Mateo Quispe, MD PGY-2""",
    "expected": E([L("11106", 1), L("11105", 1)]),
    "coder_note": "BX-1/BX-2: full-thickness blade wedge = incisional (11106) outranks punch, so the punch takes its own "
                  "add-on 11105 (AOC allows 11105 with 11106). Simple closures included.",
})

# ---------------------------------------------------------------- 3 biopsy / note-only
SCENARIOS.append({
    "id": "s9-bx-lip-vermilion-and-back-punch",
    "family": "biopsy", "shape": "note-only",
    "description": "Lip vermilion biopsy (site-specific 40490) + punch biopsy of a back nevus (11104-XS)",
    "date": "2026-03-03", "patient": ("Whitacre", "Darnell", "1983-11-05", "male"),
    "payer": "medicaid-mco", "provider": "okonkwo",
    "conditions": [
        C("c1", "Actinic keratosis (actinic cheilitis), lower lip vermilion", "L57.0", "Lower lip vermilion", reason=True),
        C("c2", "Dysplastic compound nevus, mild atypia, left mid back", "D22.5", "Left mid back", reason=True),
    ],
    "path": [
        {"text": "A. Lower lip, vermilion, shave biopsy: Actinic keratosis (actinic cheilitis) with solar elastosis. "
                 "No invasive carcinoma.", "site": "Lower lip vermilion", "date": "2026-03-06"},
        {"text": "B. Skin, left mid back, punch biopsy: Compound dysplastic nevus with mild cytologic atypia, "
                 "margins free.", "site": "Left mid back", "date": "2026-03-06"},
    ],
    "note": """DERMATOLOGY RESIDENTS' CLINIC - APSO NOTE
Date of service: 3/3/2026
Resident: Leah Oyelaran, MD (PGY-4) / Attending: Chidi Okonkwo, MD

ASSESSMENT & PLAN
#1 Persistent scaly erosion, lower lip vermilion (L57.0 vs SCC in situ vs early SCC)
   - 8 mo, roofer, no lip balm w/ SPF, smoker 1 ppd
   - Biopsy of lower lip vermilion today: shave technique, 0.4 cm area at L central lower lip vermilion, hemostasis w/ AlCl3. Specimen A.
   - Counseled SPF lip balm, smoking cessation (declined referral)
   - If AK/actinic cheilitis confirmed -> discuss 5-FU to lip vs photodynamic therapy at f/u. Not treating field today.
#2 Changing pigmented macule, L mid back (D22.5 vs dysplastic nevus vs melanoma)
   - Pt's partner notes it darkened over the summer. Derm exam: 6 mm irregularly pigmented macule, asymmetric, 2 colors.
   - 3 mm punch biopsy today, deep dermis, 1 x 4-0 nylon. Specimen B.
#3 R cheek pink macule 3 mm - looks like early AK vs inflamed follicle. Pt prefers to watch. NO biopsy today; reassess at f/u.
#4 Seb derm, mild - OTC ketoconazole shampoo, no Rx needed.

Consent: Risks/benefits/alternatives discussed for both biopsies incl scar, altered lip contour, infection, bleeding. Written consent signed. Time-out performed. 1% lidocaine w/ epinephrine. EBL < 1 mL.

SUBJECTIVE
42 yo M new to resident clinic (transferred from Dr. Adeyemi's panel, established in practice). Concerns as above. No hx skin cancer. No immunosuppression.

OBJECTIVE
Lower lip: L central vermilion w/ 4 mm adherent scale over erosion, indurated? - no, soft on palpation. Back: as above. Cheek: as above. No cervical LAD.

F/u 2 wks suture removal + path.

Attending: I was present for the key portions of the visit and for both procedures. Agree with Dr. Oyelaran's documentation. -C. Okonkwo MD""",
    "expected": E([L("40490", 1), L("11104", 1, "XS")]),
    "coder_note": "BX-1: lip vermilion biopsy uses the site-specific code 40490; the back punch is 11104. PTP 40490/11104 "
                  "is indicator 1 with 11104 as column 2; separate lesion -> XS. Cheek lesion not biopsied. No E/M selected.",
})

# ---------------------------------------------------------------- 4 cosmetic / pre-coded
SCENARIOS.append({
    "id": "s9-cos-peel-medicare-gy",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicare FFS patient elects cosmetic superficial facial peel; no ABN -> 15788-GY",
    "date": "2026-04-07", "patient": ("Osei-Bonsu", "Marguerite", "1954-09-30", "female"),
    "payer": "medicare", "provider": "lindgren",
    "conditions": [
        C("c1", "Photoaging of facial skin, mottled dyspigmentation and fine rhytides", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic procedure", "Z41.1", reason=True),
    ],
    "procedures": [
        P("Superficial chemical peel, face (Jessner's)", cpt="15788", site="Full face",
          note="Cosmetic. Jessner's solution 2 coats, epidermal level, level 1 frost only, neutralized with water. "
               "No AKs present/treated. Patient informed Medicare does not cover cosmetic peels.", reasons=["c1", "c2"]),
    ],
    "note": """Cosmetic Dermatology Clinic - Procedure Note
Resident: Hannah Bergstrom, MD (PGY-3) | Supervising: Astrid Lindgren, MD

71 yo F here for a superficial peel for uneven pigment and fine lines, booked through the cosmetic clinic after consult on 3/10. She has no history of skin cancer or AKs; full skin check in January was benign. Goal is cosmetic improvement of texture and tone.

Pre-procedure: Fitzpatrick III. No isotretinoin x 12 mo, no HSV hx, tretinoin held x 5 days. Photos taken.
Financial: Cosmetic fee schedule reviewed. Pt understands Medicare does not pay for cosmetic services; she asked that we still send the claim so she has a denial on file. No ABN was signed (not required for a statutorily excluded service per our billing office).

Procedure: Face degreased with acetone. Jessner's solution applied in 2 even coats to the full face, avoiding the periocular skin and lips. Level 1 frost (patchy, faint). Neutralized with cool water. Tolerated well, stinging 4/10 resolving in minutes.

Post-care: gentle cleanser, bland emollient, SPF 50, no retinoid 1 wk. Expect flaking days 2-5.
Plan: series of 3 peels q4 weeks if she wishes (each self-pay). Discussed that a medium-depth peel for AKs would be a different conversation - not indicated today.

Attestation: I was present for the entire procedure. -A. Lindgren, MD""",
    "expected": E([L("15788", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: cosmetic peel for photoaging, Medicare FFS, statutorily excluded -> GY; no voluntary ABN "
                  "documented so no GX (conventions).",
})

# ---------------------------------------------------------------- 5 cosmetic / free-text
SCENARIOS.append({
    "id": "s9-cos-nevus-face-commercial-selfpay",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic shave of an unchanged asymptomatic facial nevus, commercial payer -> no claim line",
    "date": "2026-05-19", "patient": ("Lachance", "Bree", "1996-02-17", "female"),
    "payer": "commercial-cigna", "provider": "santos",
    "conditions": [
        C("c1", "Intradermal melanocytic nevus, left cheek", "D22.39", "Left cheek", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Shave removal, cosmetic", site="Left cheek",
          note="Soft dome-shaped flesh-colored 0.5 cm papule present since childhood, unchanged per pt and photos. "
               "No bleeding, itching, pain, irritation or recent change. Removed at patient's request for appearance "
               "only. Cosmetic self-pay waiver signed; not to be billed to insurance. Flush shave, AlCl3.",
          reasons=["c1"]),
    ],
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "BSL-2/COS-2: asymptomatic unchanged nevus removed for appearance = cosmetic. Commercial payer -> line "
                  "removed, patient billed directly (conventions, non-Medicare cosmetic).",
})

# ---------------------------------------------------------------- 6 destruction / pre-coded
SCENARIOS.append({
    "id": "s9-ds-ema-17003x16-ak",
    "family": "destruction", "shape": "pre-coded",
    "description": "EMA sent 17000 + 17003 x16 for 17 AKs -> 17004 x1",
    "date": "2026-01-27", "patient": ("Ambrose", "Clifford", "1941-06-08", "male"),
    "payer": "medicare-ngs", "provider": "weiss",
    "conditions": [C("c1", "Actinic keratoses, scalp, forehead and dorsal hands", "L57.0", "Scalp; forehead; bilateral dorsal hands", reason=True)],
    "procedures": [
        P("LN2 destruction AK", cpt="17000", site="Scalp", note="1st lesion", reasons=["c1"]),
        P("LN2 destruction AK each addl", cpt="17003", site="Scalp/forehead/hands",
          note="Units 16 (lesions 2-17). 9 scalp, 5 forehead and temples, 3 dorsal hands = 17 total.", reasons=["c1"]),
    ],
    "note": """Resident Clinic - Follow-up visit
Pt: 84M w/ extensive actinic damage, hx multiple AKs, no hx NMSC. Here for his 6-month check; notes rough spots on scalp and hands again.
Exam: bald scalp w/ 9 gritty erythematous hyperkeratotic papules; forehead/temples 5 similar; dorsal hands 3 (R 2, L 1). No indurated or ulcerated lesions, nothing suspicious for SCC.
A: AKs, 17 total (L57.0)
P: Cryotherapy w/ liquid nitrogen, 2 freeze-thaw cycles, 5-8 s each, to all 17 lesions. Expected blistering/crusting reviewed. Discussed field therapy (5-FU) for scalp in the spring - pt will think about it; not prescribed today.
RTC 6 mo.
Yusuf Demir, MD PGY-4 / seen w/ Dr. Weiss, who agrees with the plan and supervised the procedure.""",
    "expected": E([L("17004", 1)], topics=["coding-correction"]),
    "coder_note": "DS-1: 15 or more premalignant lesions = 17004 x1, instead of 17000/17003 (17004/17000 and 17004/17003 "
                  "are indicator 0).",
})

# ---------------------------------------------------------------- 7 destruction / note-only
SCENARIOS.append({
    "id": "s9-ds-ak-scattered-count-apso",
    "family": "destruction", "shape": "note-only",
    "description": "AK counts scattered across sites (4+2+1+3 = 10) with previously-treated and deferred lesions",
    "date": "2026-02-24", "patient": ("Fairbrother", "Wendell", "1950-10-19", "male"),
    "payer": "medicare-advantage", "provider": "castellanos",
    "conditions": [C("c1", "Actinic keratosis", "L57.0", reason=True),
                   C("c2", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True)],
    "note": """DERMATOLOGY - APSO
Resident: Grace Whitfield, MD (PGY-2)   Attending: Ines Castellanos, MD   DOS 02/24/2026

A/P
1. Actinic keratoses (L57.0) - treated today with LN2 (see below).
   Count by site: vertex scalp 4; L temple 2; nasal dorsum 1; R dorsal hand 3.
   The 2 lesions on the L helix that were frozen in Nov 2025 have cleared - not retreated.
2. Hyperkeratotic papule L dorsal hand, 7 mm, thicker than the others - ddx hypertrophic AK vs early SCC. NOT treated today; if still present in 6 wks will biopsy. Pt agrees.
3. Hx SCC R forearm (excised 2022) (Z85.828) - scar clear, no LAD.
4. Field therapy - offered 5-FU/calcipotriene to scalp; pt declines for now.

PROCEDURE: Cryotherapy, liquid nitrogen, open spray, 2 cycles per lesion, to the lesions listed in #1 (total ten). Verbal consent; risks of blister, hypopigmentation, recurrence reviewed. Tolerated well.

SUBJECTIVE
75M, established, back for AK surveillance. Notices new rough spots on scalp and hand. Uses hat "most of the time".

OBJECTIVE
Gen: NAD. Exam of scalp, face, ears, neck, arms and hands: findings as in A/P. Scattered lentigines, SKs on temples (benign appearing).

F/u 6 wks for #2, 6 mo FSE.

Attending attestation: Patient seen and examined with the resident. I agree with the assessment and plan; I supervised the cryotherapy. - I. Castellanos, MD""",
    "expected": E([L("17000", 1), L("17003", 9)]),
    "coder_note": "DS-1: 4 + 2 + 1 + 3 = 10 AKs destroyed today -> 17000 + 17003 x9. Helix lesions treated in 2025 and "
                  "the deferred hand papule are not counted. No E/M selected.",
})

# ---------------------------------------------------------------- 8 destruction / free-text
SCENARIOS.append({
    "id": "s9-ds-edc-sbcc-back-final-defect",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven superficial BCC of the back sized by the final defect (1.4 cm) -> 17262",
    "date": "2026-03-17", "patient": ("Prater", "Nolan", "1962-05-29", "male"),
    "payer": "commercial", "provider": "chen",
    "conditions": [C("c1", "Superficial basal cell carcinoma, right mid back (biopsy 2026-02-25)", "C44.519",
                     "Right mid back", reason=True)],
    "procedures": [
        P("ED&C x3 cycles", site="Right mid back",
          note="Biopsy-proven superficial BCC (shave bx 2/25/2026, acc S26-01184). Clinical lesion around the bx site "
               "1.0 x 0.8 cm. Curettage with 4 mm then 3 mm curette, then electrodesiccation, repeated for 3 cycles. "
               "Final defect 1.4 x 1.2 cm. Hemostasis achieved; petrolatum and bandage. Verbal and written consent, "
               "time-out, 1% lido w/ epi.", reasons=["c1"]),
    ],
    "expected": E([L("17262", 1)]),
    "coder_note": "DS-4: malignant destruction, trunk (TAL), sized by final defect after curettage 1.4 cm -> 17262.",
})

# ---------------------------------------------------------------- 9 em / note-only
SCENARIOS.append({
    "id": "s9-em-isotretinoin-declined-il",
    "family": "em", "shape": "note-only",
    "description": "Isotretinoin month 3 visit with labs and dose change; ILK offered and declined, nevus not biopsied",
    "date": "2026-06-02", "patient": ("Moreland", "Jasper", "2007-08-14", "male"),
    "payer": "commercial-aetna", "provider": "abernathy", "em": "99214",
    "conditions": [C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, chest, back", reason=True),
                   C("c2", "Melanocytic nevus, back", "D22.5", "Upper back")],
    "note": """DERMATOLOGY RESIDENT CLINIC - ISOTRETINOIN FOLLOW-UP (MONTH 3)
Resident: Priya Raman, MD (PGY-2); Attending: June Abernathy, MD

Problem list:
 - Acne vulgaris, nodulocystic (L70.0) - on isotretinoin
 - Melanocytic nevi, back (D22.5)

S: 18M, iPLEDGE month 3. Currently isotretinoin 40 mg daily (~0.55 mg/kg). Mild cheilitis, dry eyes w/ contacts; no mood change, no HA/visual change, no back pain. PHQ-2 negative. Still getting 2-3 new nodules/month on jawline and chest. One tender cyst L jaw x 5 days.
O: Wt 73 kg. Face: several inflammatory papules, one 8 mm fluctuant tender cyst L mandible; chest/back: few papules, healing macules. Cheilitis. Back: 5 mm uniform brown nevus L upper back, unchanged from photos 3/2026.
Labs 5/28: fasting TG 182 (baseline 110), ALT 28, AST 24, cholesterol 201.

A/P:
1. Nodulocystic acne - partial response. TG mildly up, LFTs nl. Increase isotretinoin to 60 mg daily (0.8 mg/kg), Rx sent. Repeat fasting lipids + LFTs in 4 wks. Cumulative dose target ~120-150 mg/kg discussed. iPLEDGE confirmation done. Lip balm, artificial tears.
   - Offered intralesional Kenalog to the tender L jaw cyst today; pt declined ("will let it settle"). Not injected.
2. Nevus L upper back - stable, benign features. No biopsy indicated; photo updated. Will recheck at next visit.
3. Counseling: contraception n/a, no blood donation, sun protection, avoid waxing.

RTC 4 wks.

Attending attestation: I personally saw the patient, reviewed the labs and agree with the dose increase documented by Dr. Raman. -J. Abernathy, MD""",
    "expected": E([L("99214", 1)]),
    "coder_note": "E/M only: isotretinoin management with lab review and dose change (EM-4). ILK offered but declined and "
                  "no biopsy, so no procedure and no modifier 25.",
})

# ---------------------------------------------------------------- 10 em / note-only
SCENARIOS.append({
    "id": "s9-em-medicare-screening-fse-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient, screening-only full skin exam, no history/complaint/findings -> 99203-GY",
    "date": "2026-01-20", "patient": ("Hoskins", "Beverly", "1956-12-02", "female"),
    "payer": "medicare", "provider": "lindqvist", "em": "99203",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note": """NEW PATIENT VISIT - GENERAL DERMATOLOGY (resident clinic)
Resident: Tomasz Kowal, MD (PGY-3)   Attending: Erik Lindqvist, MD

Reason for visit: "annual skin check" - patient's friend was recently diagnosed with melanoma and she wants to be checked. She has no specific spots of concern.

HPI: 69 yo F, new to dermatology. No new, changing, itching or bleeding lesions. No personal history of skin cancer, no history of atypical moles, no family history of melanoma. No history of tanning bed use. Not immunosuppressed.

PMH: hypothyroidism, osteopenia.  Meds: levothyroxine, calcium/D.  Allergies: sulfa (rash).
Social: retired teacher, never smoker.
ROS: negative except as above.

EXAM: Full skin examination including scalp, face, ears, neck, chest, abdomen, back, buttocks, genitalia (declined - deferred), bilateral upper and lower extremities, palms, soles, nails. Fitzpatrick II.
No suspicious, atypical or changing lesions identified. Skin exam unremarkable for age. No lymphadenopathy.

ASSESSMENT: Skin cancer screening, asymptomatic (Z12.83). No lesions requiring biopsy, treatment or follow-up.

PLAN: Reassured. Sun protection counseling: broad-spectrum SPF 30+, hat, avoid midday sun. Monthly self-skin exams; ABCDE handout given. Return as needed for any new or changing spot; no scheduled follow-up needed.

Attending note: I saw the patient with Dr. Kowal, performed the skin exam with him and agree with the documentation. -E. Lindqvist""",
    "expected": E([L("99203", 1, "GY")]),
    "coder_note": "DX-5: Medicare has no skin-cancer screening benefit; screening-only exam with no history, complaint "
                  "or finding -> E/M with GY (README coding decision). No ABN, so no GX.",
})

# ---------------------------------------------------------------- 11 em / note-only
SCENARIOS.append({
    "id": "s9-em-new-pt-wart-decision-only",
    "family": "em", "shape": "note-only",
    "description": "New pediatric patient referred for one painful finger wart, LN2 same day; E/M is only the decision -> removed",
    "date": "2026-02-05", "patient": ("Dunmore", "Kaylee", "2014-04-09", "female"),
    "payer": "medicaid", "provider": "pike", "em": "99203",
    "conditions": [C("c1", "Verruca vulgaris, right index finger", "B07.8", "Right index finger", reason=True)],
    "note": """Pediatric Dermatology Resident Clinic
NEW PATIENT
Resident: Mateo Quispe, MD (PGY-2)  |  Attending: Jordan Pike, MD

CC: wart on finger
HPI: 11 yo girl referred by pediatrician for a bump on the R index finger x 4 months. Hurts when she holds a pencil at school. Tried OTC salicylic acid pads x 6 wks, no change. No other warts at home that mom knows of. Otherwise healthy, UTD on vaccines.
Meds: none. Allergies: none.

Exam: R index finger, radial side of the middle phalanx: single 5 mm hyperkeratotic papule with pinpoint black dots; tender to lateral pressure. No other warts on hands, feet or face (checked).

Assessment: Verruca vulgaris, R index finger (B07.8) - symptomatic (painful with writing), failed OTC therapy.

Plan:
- Discussed options: continue salicylic acid, cryotherapy, candida antigen, cantharidin. Mom and pt chose cryotherapy today.
- Procedure: LN2 cryotherapy, cotton-tipped applicator, 2 freeze-thaw cycles, ~10 s freeze with 1 mm halo. Verbal consent from mother. Tolerated with some tears; stickers given.
- Aftercare: blister expected, keep clean, may resume salicylic acid after blister heals.
- RTC 3-4 wks for repeat treatment if needed.

No other concerns were raised today.

Attending attestation: I saw and evaluated the patient, discussed with Dr. Quispe and agree with his note. Present for the procedure. J. Pike MD""",
    "expected": E([L("17110", 1)]),
    "coder_note": "GS-3 and README coding decision: the only work beyond the procedure was deciding to freeze the wart; "
                  "a new patient alone does not justify an E/M -> 99203 removed; 17110 x1 (DS-2). Painful wart = "
                  "covered indication.",
})

# ---------------------------------------------------------------- 12 excision-benign / note-only
SCENARIOS.append({
    "id": "s9-exb-cyst-back-margin-calc",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst back, 2.2 cm with 1 mm margins (2.4 cm) + layered 5.8 cm -> 11403 + 12032",
    "date": "2026-04-14", "patient": ("Okimoto", "Ruben", "1971-01-30", "male"),
    "payer": "commercial", "provider": "okafor",
    "conditions": [C("c1", "Epidermal cyst, left upper back, recurrently inflamed", "L72.0", "Left upper back", reason=True)],
    "path": [{"text": "Skin and subcutis, left upper back, excision: Epidermal inclusion cyst with focal rupture and "
                      "foreign-body granulomatous reaction. No atypia.", "site": "Left upper back", "date": "2026-04-17"}],
    "note": """PROCEDURE NOTE - EXCISION
Dermatologic Surgery, resident clinic
Surgeon: Yusuf Demir, MD (PGY-4)   Supervising attending: Adaeze Okafor, MD (present for entire procedure)
DOS: 04/14/2026

Pre-op dx: Epidermoid cyst, L upper back, recurrently inflamed (L72.0)
Post-op dx: same, pending path

Indication: 3 episodes of painful inflammation over 18 months (I&D by PCP 9/2025, doxycycline x2 courses). Currently quiescent. Pt requests removal because of recurrent pain and drainage.

Lesion: firm, mobile dermal/subcutaneous nodule with central punctum, 2.2 x 1.6 cm by caliper before marking.

Procedure: Risks (scar, infection, bleeding, recurrence, wound dehiscence, nerve injury) and alternatives discussed; written consent. Time-out. Site marked with a 1 mm margin around the cyst and an elliptical excision designed along relaxed skin tension lines (3:1). 1% lidocaine with epi, 8 mL. Excised through dermis into subcutaneous fat; cyst removed intact with surrounding fibrosis, sent to pathology. Hemostasis with electrocautery.
Repair: wound undermined ~1 cm circumferentially. Deep dermal closure with 4-0 Monocryl buried vertical mattress x 5; epidermis approximated with 4-0 nylon running. Final repair length 5.8 cm.
EBL minimal. No complications. Pressure dressing.

Post-op: wound care sheet, no heavy lifting/gym x 2 wks. Sutures out 12-14 days. Path results by phone.

Note: incidental 4 mm SK on the R shoulder - benign, not treated.""",
    "expected": E([L("11403", 1), L("12032", 1)]),
    "coder_note": "EX-1: excised diameter = 2.2 + 2 x 0.1 = 2.4 cm, trunk benign -> 11403. Layered closure 5.8 cm trunk -> "
                  "12032 (EX-5, REP-2).",
})

# ---------------------------------------------------------------- 13 excision-benign / free-text
SCENARIOS.append({
    "id": "s9-exb-atypical-nevus-reexcision-arm",
    "family": "excision-benign", "shape": "free-text",
    "description": "Re-excision of moderately atypical nevus biopsy site on arm, 0.6 cm + 5 mm margins (1.6 cm), layered 3.4 cm",
    "date": "2026-05-05", "patient": ("Greaves", "Tamsin", "1988-06-03", "female"),
    "payer": "commercial-uhc", "provider": "halvorsen",
    "conditions": [C("c1", "Dysplastic nevus with moderate atypia, left upper arm, positive margin on biopsy", "D22.62",
                     "Left posterior upper arm", reason=True)],
    "prior": [PRIOR("2026-04-02", "11102", "Shave biopsy pigmented lesion", "Left posterior upper arm")],
    "procedures": [
        P("Re-excision atypical nevus", site="Left posterior upper arm",
          note="Biopsy scar with residual pigment measures 0.6 x 0.5 cm. 5 mm margins marked around it. Fusiform "
               "excision along RSTL carried to superficial subcutaneous fat. Specimen oriented with suture at 12 o'clock.",
          reasons=["c1"]),
        P("Layered closure", site="Left posterior upper arm",
          note="Deep dermal 4-0 Monocryl buried x3, 5-0 Prolene running subcuticular. Final length 3.4 cm."),
    ],
    "path": [{"text": "Skin, left upper arm, re-excision: Residual compound dysplastic nevus with moderate atypia, "
                      "completely excised; closest margin 3 mm.", "site": "Left posterior upper arm",
              "date": "2026-05-08"}],
    "expected": E([L("11402", 1), L("12032", 1)]),
    "coder_note": "EX-1: 0.6 + 2 x 0.5 = 1.6 cm; dysplastic nevus = benign (EX-3), arm (TAL) -> 11402. Layered 3.4 cm "
                  "arm -> 12032. The April shave biopsy has a 000 global, so no modifier.",
})

# ---------------------------------------------------------------- 14 excision-benign / pre-coded
SCENARIOS.append({
    "id": "s9-exb-ema-neck-site-group-simple-repair",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "EMA sent trunk code 11402 + simple repair 12001 for a neck nevus excision -> 11422 only",
    "date": "2026-06-16", "patient": ("Ellery", "Gordon", "1952-08-21", "male"),
    "payer": "medicare-advantage-ppo", "provider": "nakamura",
    "conditions": [C("c1", "Compound melanocytic nevus, posterior neck, irritated and bleeding", "D22.4",
                     "Posterior neck", reason=True)],
    "procedures": [
        P("Excision benign lesion", cpt="11402", site="Posterior neck",
          note="Lesion 1.0 x 0.8 cm, 2 mm margins. Ellipse to subcutaneous fat.", reasons=["c1"]),
        P("Simple repair", cpt="12001", site="Posterior neck", note="5-0 nylon simple interrupted x5, 2.6 cm."),
    ],
    "path": [{"text": "Skin, posterior neck, excision: Compound melanocytic nevus with surface excoriation and "
                      "hemorrhage. Margins free.", "site": "Posterior neck", "date": "2026-06-19"}],
    "note": """Procedure note (resident) - excision
73M. Raised brown papule posterior neck (hairline) rubs on collar, has bled 3x in the last month, pt reports it is getting bigger. Exam: 1.0 x 0.8 cm dome-shaped brown papule w/ hemorrhagic crust.
Plan/Procedure: excision with 2 mm margins for histology and symptom relief. Consent signed. 1% lido/epi. Elliptical excision to fat; hemostasis by cautery. Closed in a single layer with 5-0 nylon simple interrupted; no deep sutures placed. Length 2.6 cm.
Dx: irritated compound nevus vs atypical nevus, pending path.
Sutures out 7-10 d.
H. Bergstrom MD PGY-3; Dr. Nakamura present throughout.""",
    "expected": E([L("11422", 1)], topics=["coding-correction", "ncci"]),
    "coder_note": "Neck is SNHFG: excised diameter 1.0 + 0.4 = 1.4 cm -> 11422, not 11402 (EX-1/EX-2). Single-layer simple "
                  "closure is included in the excision (EX-5; 11422/12001 indicator 1, same wound) -> 12001 removed.",
})

# ---------------------------------------------------------------- 15 excision-malignant / note-only
SCENARIOS.append({
    "id": "s9-exm-bcc-forearm-margins-soap",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Nodular BCC right forearm 1.2 cm with 4 mm margins (2.0 cm) + layered 5.5 cm -> 11602 + 12032",
    "date": "2026-03-10", "patient": ("Marsh", "Eldon", "1945-04-16", "male"),
    "payer": "medicare", "provider": "voss",
    "conditions": [C("c1", "Basal cell carcinoma, nodular, right dorsal forearm", "C44.612", "Right dorsal forearm",
                     reason=True)],
    "path": [{"text": "Skin, right dorsal forearm, excision: Basal cell carcinoma, nodular type. Margins negative; "
                      "closest peripheral margin 2.5 mm.", "site": "Right dorsal forearm", "date": "2026-03-13"}],
    "note": """SOAP NOTE - DERMATOLOGIC SURGERY (Resident)
DOS: 3/10/26    Resident: Leah Oyelaran MD PGY4    Attending: H. Voss MD

S: 80 yo M returns for excision of biopsy-proven nodular BCC of the R dorsal forearm (shave bx 2/12/2026, "BCC, nodular, transected at base"). Healed bx site, no pain. On apixaban for AF - held x 48 h per cardiology.
PMH: AF, HTN, BPH. Prior skin cancer: none before this.

O: R dorsal forearm: pearly pink papule with rolled border around the biopsy scar, 1.2 x 1.0 cm. No palpable epitrochlear or axillary nodes.

A: Basal cell carcinoma, nodular, R dorsal forearm (C44.612). Primary, well-defined, < 2 cm on the extremity; not a Mohs candidate per AUC - standard excision chosen.

P / PROCEDURE:
Consent: risks incl. infection, bleeding (anticoagulation held), scar, dehiscence, recurrence, need for re-excision discussed. Written consent.
Marked 4 mm clinical margins around the visible tumor. Ellipse designed along the long axis of the forearm. Local: 1% lidocaine w/ epi 10 mL. Excised full thickness to subcutaneous fat; specimen tagged at 12 o'clock. Bovie used for bleeders.
Closure: moderate undermining in the subcutaneous plane; 4-0 Vicryl buried deep dermal x 4; 5-0 nylon running epidermal. Final repair length 5.5 cm.
Telfa/tape pressure bandage applied. Restart apixaban tomorrow AM.
F/u 12-14 d for suture removal and path.

Attending attestation: I was present and scrubbed for the entire excision and repair. -HV""",
    "expected": E([L("11602", 1), L("12032", 1)]),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm, malignant (biopsy-proven, path confirms), arm -> 11602. Layered closure "
                  "5.5 cm arm -> 12032 (EX-5).",
})

# ---------------------------------------------------------------- 16 excision-malignant / free-text
SCENARIOS.append({
    "id": "s9-exm-mis-cheek-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Melanoma in situ left cheek 0.9 cm + 5 mm margins (1.9 cm) + layered 4.6 cm face -> 11642 + 12052",
    "date": "2026-04-22", "patient": ("Solberg", "Ingrid", "1967-09-12", "female"),
    "payer": "commercial-cigna", "provider": "marchetti",
    "conditions": [C("c1", "Melanoma in situ, lentigo maligna type, left malar cheek", "D03.39", "Left malar cheek",
                     reason=True)],
    "procedures": [
        P("Wide local excision, melanoma in situ", site="Left malar cheek",
          note="Biopsy-proven MIS, LM type (punch bx 3/30/2026). Clinical lesion under Wood's lamp 0.9 x 0.7 cm. "
               "5 mm margins marked. Excised to subcutaneous fat; specimen oriented.", reasons=["c1"]),
        P("Layered repair", site="Left malar cheek",
          note="Undermined ~1 cm each side. 5-0 Monocryl deep dermal buried, 6-0 Prolene running epidermal. "
               "Final length 4.6 cm. No edge debridement needed."),
    ],
    "path": [{"text": "Skin, left cheek, wide excision: Melanoma in situ, lentigo maligna type; margins free, closest "
                      "3 mm.", "site": "Left malar cheek", "date": "2026-04-27"}],
    "note": """Resident procedure note - WLE L cheek MIS. 58F. See procedure entries for details. Consent/time-out done. Tolerated well. Sutures out 6-7 d. Discussed that if margins are involved, staged excision or imiquimod would be next - to be decided only after path. -- Hannah Bergstrom MD PGY-3. Attending (L. Marchetti) present for the entire procedure.""",
    "expected": E([L("11642", 1), L("12052", 1)]),
    "coder_note": "EX-3: melanoma in situ -> malignant codes. 0.9 + 2 x 0.5 = 1.9 cm, face -> 11642. Layered closure "
                  "4.6 cm face -> 12052; undermining alone does not make it complex (REP-3).",
})

# ---------------------------------------------------------------- 17 excision-malignant / pre-coded
SCENARIOS.append({
    "id": "s9-exm-ema-scalp-scc-site-group",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "EMA sent trunk/extremity 11602 for scalp SCC excision -> 11622; intermediate repair 12032 kept",
    "date": "2026-02-18", "patient": ("Delacroix", "Royce", "1939-12-01", "male"),
    "payer": "medicare-noname", "provider": "baptiste",
    "conditions": [C("c1", "Squamous cell carcinoma, well differentiated, left parietal scalp", "C44.42",
                     "Left parietal scalp", reason=True)],
    "procedures": [
        P("Excision malignant lesion", cpt="11602", site="L parietal scalp",
          note="SCC 0.9 cm, 4 mm margins, excised to galea.", reasons=["c1"]),
        P("Intermediate repair", cpt="12032", site="L parietal scalp",
          note="Galeal/deep layer 3-0 Monocryl, skin staples. 3.6 cm."),
    ],
    "path": [{"text": "Skin, left parietal scalp, excision: Invasive squamous cell carcinoma, well differentiated, "
                      "depth 1.4 mm, no perineural invasion; margins negative.", "site": "Left parietal scalp",
              "date": "2026-02-21"}],
    "note": """Derm surgery note (resident)
86M, biopsy-proven well-diff SCC L parietal scalp (bx 1/27/26). Exam: 0.9 cm keratotic nodule at bx site, no nodes.
Excision w/ 4 mm margins to the level of the galea, layered closure (deep 3-0 Monocryl, staples), 3.6 cm. EBL minimal.
Staples out 10-14 d. Dr. Baptiste present for procedure. - Y. Demir PGY-4""",
    "expected": E([L("11622", 1), L("12032", 1)], topics=["coding-correction"]),
    "coder_note": "EX-2: scalp is SNHFG; 0.9 + 0.8 = 1.7 cm -> 11622 (not 11602). Scalp layered repair 3.6 cm belongs to "
                  "12031-12037 -> 12032 (REP-2).",
})

# ---------------------------------------------------------------- 18 incision-drainage / free-text
SCENARIOS.append({
    "id": "s9-id-axilla-simple-single",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D of a single left axillary abscess, no loculations, no packing -> 10060",
    "date": "2026-07-08", "patient": ("Bellamy", "Keshawn", "1999-03-25", "male"),
    "payer": "commercial", "provider": "ramirez",
    "conditions": [C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True)],
    "procedures": [
        P("Incision and drainage of abscess", site="Left axilla",
          note="2 cm fluctuant tender nodule x 4 days, no prior episodes, no other nodules/sinus tracts (not HS). "
               "1% lidocaine field block; 1 cm incision with #11 blade; moderate purulent material expressed; "
               "cavity probed - no loculations; irrigated with saline; no packing required. Culture sent. "
               "Dry gauze dressing.", reasons=["c1"]),
    ],
    "expected": E([L("10060", 1)]),
    "coder_note": "Single uncomplicated abscess, no loculations or packing -> 10060 (section 4.8).",
})

# ---------------------------------------------------------------- 19 incision-drainage / note-only
SCENARIOS.append({
    "id": "s9-id-loculated-buttock-plus-ad-em",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Complicated I&D (loculations, packing) of buttock abscess + separate atopic dermatitis flare management -> 10061 + 99213-25",
    "date": "2026-08-12", "patient": ("Tibbets", "Lorraine", "1985-02-14", "female"),
    "payer": "medicaid", "provider": "adeyemi", "em": "99213",
    "conditions": [C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
                   C("c2", "Atopic dermatitis, flare", "L20.9", "Antecubital and popliteal fossae", reason=True)],
    "note": """University Dermatology - Resident Clinic
Established patient, acute add-on
Resident: Grace Whitfield, MD (PGY-2)    Attending: Folake Adeyemi, MD

Problem list (this visit):
  1. Abscess, R buttock - L02.31
  2. Atopic dermatitis, flare - L20.9

SUBJECTIVE
41F with lifelong AD seen here 2025. 1) Painful lump R buttock x 6 days, growing, now hard to sit. No fever. Never had one before. 2) Eczema flaring x 3 wks since switching to a new laundry detergent; itching keeps her up at night; out of triamcinolone.

OBJECTIVE
T 37.4. R upper-outer buttock: 4 cm fluctuant, erythematous, exquisitely tender abscess with 1 cm surrounding induration. Antecubital and popliteal fossae: lichenified, excoriated eczematous plaques, ~6% BSA, no impetiginization. Wrists spared.

ASSESSMENT / PLAN
1. Abscess, R buttock - I&D today.
   PROCEDURE: consent, time-out. Prepped w/ chlorhexidine, 1% lido w/ epi ring block. 1.5 cm incision with #11 blade; copious purulence; multiple loculations broken up bluntly with a curved hemostat; cavity irrigated with 60 mL NS; packed with 1/4" iodoform gauze (approx 15 cm); culture sent. Dressing. Packing out in 48 h (nurse visit). Start doxycycline 100 mg BID x 7 d pending culture.
2. Atopic dermatitis flare - worse due to detergent change and lapse in topical therapy. Rx triamcinolone 0.1% ointment BID x 2 wks to body then weekends only; hydroxyzine 25 mg qhs PRN itch. Reviewed bleach baths, fragrance-free detergent, emollient ladder. If not controlled by next visit, discuss dupilumab (pt interested; handout given). 

RTC 2 wks for AD; nurse visit 48h for packing.

Attending: I saw and examined the patient with Dr. Whitfield, was present for the I&D, and agree with the plan for both problems. - F. Adeyemi""",
    "expected": E([L("10061", 1), L("99213", 1, "25")]),
    "coder_note": "Loculations broken up + packing = complicated I&D -> 10061. Separate problem (AD flare with prescription "
                  "management) documented -> E/M 99213 with 25 (GS-3; 10061/99213 indicator 1).",
})

# ---------------------------------------------------------------- 20 intralesional / note-only
SCENARIOS.append({
    "id": "s9-il-keloids-chest-mg-ml",
    "family": "intralesional", "shape": "note-only",
    "description": "Kenalog-40 0.5 mL (20 mg) into each of 3 chest keloids = 60 mg; shoulder keloid deferred -> 11900 + J3301 x6",
    "date": "2026-03-24", "patient": ("Whitlock", "Andre", "1992-10-07", "male"),
    "payer": "commercial-uhc", "provider": "lindgren",
    "conditions": [C("c1", "Keloid scars, presternal chest, painful and pruritic", "L91.0", "Presternal chest", reason=True)],
    "note": """DERMATOLOGY - KELOID CLINIC (resident)
DOS 3/24/2026  Resident: Priya Raman MD PGY-2   Attending: A. Lindgren MD

S: 33M with keloids after acne on the chest, itchy and painful, rub on shirts. Third session of ILK; after last injection 6 wks ago they flattened slightly, itch better. Also a keloid on the L shoulder from a vaccine - he wants to wait on that one until the chest improves.

O: Presternal chest: three firm, shiny, pink keloids - 2.5 x 1.5 cm (superior), 2.0 x 1.0 cm (middle), 1.5 x 1.0 cm (inferior). L deltoid keloid 1.2 cm - unchanged.

A: Keloids, chest (L91.0), symptomatic (pain, pruritus), partial response to ILK.

P: Intralesional triamcinolone acetonide (Kenalog-40, 40 mg/mL) injected today: 0.5 mL (20 mg) into each of the 3 chest keloids with a 30g needle. Total 1.5 mL = 60 mg. Consent reviewed incl. atrophy, hypopigmentation, telangiectasia. Tolerated well.
   L shoulder keloid: not injected today per patient preference.
   Silicone gel sheeting nightly. Return 6 weeks for session #4.

Attending: I supervised the injections and agree with the note. -AL""",
    "expected": E([L("11900", 1), L("J3301", 6)]),
    "coder_note": "3 lesions injected (up to 7) -> 11900. Triamcinolone acetonide 60 mg -> J3301 x6 (per 10 mg). "
                  "Shoulder keloid not injected.",
})

# ---------------------------------------------------------------- 21 intralesional / free-text
SCENARIOS.append({
    "id": "s9-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK 10 mg/mL into 9 alopecia areata patches, 3.2 mL = 32 mg -> 11901 + J3301 x4",
    "date": "2026-05-27", "patient": ("Achterberg", "Simone", "1990-11-18", "female"),
    "payer": "medicaid-mco", "provider": "okonkwo",
    "conditions": [C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True)],
    "procedures": [
        P("Intralesional steroid injection, alopecia patches", site="Scalp - vertex, occiput, bilateral parietal",
          note="Nine discrete patches of alopecia areata (vertex 3, occiput 2, R parietal 2, L parietal 2). "
               "Triamcinolone acetonide (Kenalog-10) 10 mg/mL, 0.1 mL aliquots ~1 cm apart, 30g needle. "
               "Total volume 3.2 mL = 32 mg. No eyebrow injection today. Tolerated well; atrophy risk reviewed.",
          reasons=["c1"]),
    ],
    "expected": E([L("11901", 1), L("J3301", 4)]),
    "coder_note": "Nine lesions injected (> 7) -> 11901. 32 mg triamcinolone acetonide -> J3301 = ceil(32/10) = 4 "
                  "(conventions).",
})

# ---------------------------------------------------------------- 22 intralesional / pre-coded
SCENARIOS.append({
    "id": "s9-il-ema-11901-five-cysts",
    "family": "intralesional", "shape": "pre-coded",
    "description": "EMA sent 11901 for injection of 5 acne cysts -> 11900; J3301 x1 kept (2.5 mg)",
    "date": "2026-06-23", "patient": ("Mehta", "Priyanka", "2001-01-09", "female"),
    "payer": "commercial-aetna", "provider": "weiss",
    "conditions": [C("c1", "Acne vulgaris with inflamed cysts, jawline and cheeks", "L70.0", "Jawline, cheeks", reason=True)],
    "procedures": [
        P("ILK injection, acne cysts", cpt="11901", site="Bilateral jawline/cheeks",
          note="5 cysts: R jaw 2, L jaw 2, L cheek 1. Triamcinolone diluted to 2.5 mg/mL, 0.2 mL per cyst "
               "(1.0 mL total = 2.5 mg).", reasons=["c1"]),
        P("Triamcinolone acetonide inj, per 10 mg", cpt="J3301", site="Bilateral jawline/cheeks", note="1 unit"),
    ],
    "note": """Nurse-assisted procedure visit, resident clinic. 25F with known acne on spironolactone + adapalene (managed at her visit 3 wks ago, no changes today). Requested cyst injections before a wedding. Five tender inflamed cysts (R jaw x2, L jaw x2, L cheek x1) injected with dilute triamcinolone 2.5 mg/mL, 0.2 mL each, total 2.5 mg. Consent for atrophy/hypopigmentation. No other problems addressed. - M. Quispe MD PGY-2 / S. Weiss MD present.""",
    "expected": E([L("11900", 1), L("J3301", 1)], topics=["coding-correction"]),
    "coder_note": "Five lesions (up to 7) -> 11900, not 11901 (4.8). 2.5 mg -> J3301 x1 (ceil). No E/M selected.",
})

# ---------------------------------------------------------------- 23 mixed / note-only
SCENARIOS.append({
    "id": "s9-mix-fse-three-bx-ln2-rosacea-em",
    "family": "mixed", "shape": "note-only",
    "description": "FSE (SCC history) + punch + 2 shave biopsies + LN2 to 6 AKs + rosacea/seb derm Rx -> 99214-25, 11104, 11103x2, 17000-XS, 17003x5",
    "date": "2026-09-15", "patient": ("Van Wyk", "Theodore", "1947-02-26", "male"),
    "payer": "medicare", "provider": "castellanos", "em": "99214",
    "conditions": [
        C("c1", "Personal history of squamous cell carcinoma of skin", "Z85.828", reason=True),
        C("c2", "Rosacea, papulopustular", "L71.9", "Central face", reason=True),
        C("c3", "Seborrheic dermatitis", "L21.9", "Nasolabial folds, eyebrows", reason=True),
        C("c4", "Actinic keratoses", "L57.0", "Scalp, right cheek", reason=True),
        C("c5", "Neoplasm of skin, left upper back", "D49.2", "Left upper back", reason=True),
        C("c6", "Neoplasm of skin, right anterior thigh", "D49.2", "Right anterior thigh", reason=True),
        C("c7", "Neoplasm of skin, left forehead", "D49.2", "Left forehead", reason=True),
    ],
    "note": """UNIVERSITY DERMATOLOGY ASSOCIATES - RESIDENT CONTINUITY CLINIC
Established patient - full skin exam + problem visit
DOS: 09/15/2026   Resident: Tomasz Kowal, MD (PGY-3)   Attending: Ines Castellanos, MD

CHIEF COMPLAINT: 6-month skin check (hx SCC); facial redness and bumps; flaky eyebrows.

HPI:
79 yo M with hx of invasive SCC R forearm (excised 2023) and SCCIS L hand (ED&C 2024), here for surveillance. Reports (1) facial redness and "pimples" on cheeks and nose x 3 mo, worse with wine and heat, stinging with his current moisturizer; (2) dandruff-like flaking of brows and sides of nose; (3) a spot on his back his wife thinks is darker; (4) a pink bump on R thigh x 2 mo; (5) rough spots on scalp.

PMH: CAD s/p stent, T2DM, CKD3a. Meds: clopidogrel, metformin, rosuvastatin. NKDA.
ROS: no fevers, wt loss, night sweats; eyes - occasional grittiness.

EXAM: Full skin exam - scalp, face, ears, neck, chest, abdomen, back, buttocks, arms, hands, legs, feet.
- Central face: erythema with scattered papules and pustules on cheeks/nose/chin, telangiectasias; no comedones.
- Nasolabial folds & eyebrows: greasy yellow scale on erythematous base.
- L upper back: 8 mm irregularly pigmented macule, two shades of brown, asymmetric - NEW since 3/2026 photo.
- R anterior thigh: 6 mm pink pearly papule with arborizing vessels on dermoscopy.
- L forehead: 7 mm thick scaly keratotic papule, slightly tender, on an indurated base.
- Scalp: 4 gritty erythematous AKs (vertex, crown). R cheek: 2 thin AKs.
- Scars R forearm and L hand well healed, no recurrence. No cervical/axillary/inguinal LAD.

ASSESSMENT & PLAN
1. History of SCC (Z85.828) - no recurrence. FSE done. Continue q6 mo.
2. Rosacea, papulopustular (L71.9) - NEW. Start metronidazole 0.75% gel BID (Rx sent); gentle cleanser, mineral SPF; avoid triggers. If inadequate response in 8 wks -> add doxycycline 40 mg. Ocular sx: advised warm compresses, mention to optometrist.
3. Seborrheic dermatitis, face (L21.9) - ketoconazole 2% cream BID x 2 wks then 2x/wk (Rx sent). Ketoconazole shampoo to brows.
4. Changing pigmented lesion L upper back (D49.2) - r/o dysplastic nevus vs melanoma -> SHAVE biopsy (saucerization, deep) today.
5. Pink papule R anterior thigh (D49.2) - r/o BCC -> 4 mm PUNCH biopsy today, 1 x 4-0 nylon.
6. Keratotic papule L forehead (D49.2) - r/o SCC vs hypertrophic AK -> SHAVE biopsy today.
7. AKs (L57.0) - cryotherapy with LN2 today: scalp 4 + R cheek 2 = 6 lesions, 2 freeze-thaw cycles each. Not treating the biopsied forehead lesion with LN2.
8. Sun protection counseling.

PROCEDURE NOTE: Informed consent (written) for 3 biopsies and cryotherapy; time-out; 1% lido w/ epi. Biopsies as listed above: two tangential (shave/saucerization) specimens - L upper back (A), L forehead (C) - with AlCl3 hemostasis; one 4 mm punch biopsy R thigh (B) closed with 4-0 nylon. Cryo to 6 AKs. Pt tolerated well. EBL minimal. Wound care reviewed.

Follow-up: 2 wks path review + suture removal (nurse). 6 mo FSE.

Attending attestation: I saw and examined the patient together with Dr. Kowal, confirmed the key findings, and agree with the assessment and plan as documented. I was present for all procedures. -- Ines Castellanos, MD""",
    "expected": E([L("99214", 1, "25"), L("11104", 1), L("11103", 2), L("17000", 1, "XS"), L("17003", 5)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 + 11103 x2. DS-1: 6 AKs -> 17000 + 17003 x5; 11104/17000 "
                  "indicator 1 (biopsy column 1), different lesions -> XS on 17000. E/M-25: FSE for SCC history plus "
                  "new rosacea and seb derm with prescriptions, beyond the procedure decisions (GS-3).",
})

# ---------------------------------------------------------------- 24 mixed / free-text
SCENARIOS.append({
    "id": "s9-mix-inflamed-sk-shave-plus-warts",
    "family": "mixed", "shape": "free-text",
    "description": "Shave removal of 0.8 cm bleeding SK on back + LN2 to 3 finger warts -> 11301 + 17110-XS",
    "date": "2026-04-28", "patient": ("Quintanar", "Marisol", "1975-08-04", "female"),
    "payer": "commercial", "provider": "okafor",
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right lower back", "L82.0", "Right lower back", reason=True),
        C("c2", "Verruca vulgaris, left hand fingers", "B07.8", "Left thumb, index and middle fingers", reason=True),
    ],
    "procedures": [
        P("Shave removal irritated SK", site="Right lower back at waistband",
          note="0.8 cm crusted, inflamed SK rubbed by waistband, bled twice this month. Removed flush with DermaBlade "
               "(complete removal, not a sample). AlCl3 hemostasis. Sent to path.", reasons=["c1"]),
        P("Cryotherapy of warts", site="Left thumb, left 2nd and 3rd fingers",
          note="3 common warts, painful with gripping. LN2, 2 freeze-thaw cycles each.", reasons=["c2"]),
    ],
    "path": [{"text": "Skin, right lower back, shave: Irritated seborrheic keratosis.", "site": "Right lower back",
              "date": "2026-05-01"}],
    "note": """Brief resident note: 50F est pt. Two issues today as per procedure documentation - irritated SK R low back (waistband) and 3 painful warts L hand. Both treated. No other concerns. Consent obtained. RTC 4 wks for wart re-treatment if needed. -- Dr. Raman (PGY-2) with Dr. Okafor.""",
    "expected": E([L("11301", 1), L("17110", 1, "XS")]),
    "coder_note": "SH-1: shave removal, trunk, 0.8 cm -> 11301. Warts (3, up to 14) -> 17110. PTP 11301/17110 "
                  "indicator 1 with 17110 as column 2; different lesions -> XS on 17110.",
})

# ---------------------------------------------------------------- 25 mixed / note-only HTML
SCENARIOS.append({
    "id": "s9-mix-html-nose-bx-edc-sccis-keloid-ilk",
    "family": "mixed", "shape": "note-only",
    "description": "Outside-system HTML note: nose shave bx + ED&C of SCCIS forearm (defect 0.9 cm) + ILK shoulder keloid 10 mg",
    "date": "2026-10-06", "patient": ("Wainwright", "Floyd", "1949-07-13", "male"),
    "payer": "medicare-advantage", "provider": "santos",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left nasal sidewall", "C44.311", "Left nasal sidewall", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left dorsal forearm", "D04.62", "Left dorsal forearm", reason=True),
        C("c3", "Keloid, left shoulder, pruritic", "L91.0", "Left shoulder", reason=True),
    ],
    "path": [{"text": "Skin, left nasal sidewall, shave biopsy: Basal cell carcinoma, nodular type, extending to the "
                      "deep margin.", "site": "Left nasal sidewall", "date": "2026-10-09"}],
    "html": True,
    "note": """<html><body>
<div style="font-family:Arial"><b>NORTHGATE UNIVERSITY HEALTH</b> &mdash; Ambulatory Dermatology (Teaching Service)<br>
<b>Encounter date:</b> 10/06/2026 &nbsp; <b>Resident:</b> Hannah Bergstrom, MD (PGY-3) &nbsp; <b>Attending:</b> Rafael Santos, MD</div>
<hr>
<p><b>History of Present Illness</b><br>
77 y/o male, established. (1) New pearly bump on L side of nose x 4 months, bled once. (2) Biopsy-proven SCC in situ L dorsal forearm (shave bx 09/15/2026, Northgate path SP26-44871) - here for treatment; he prefers ED&amp;C over excision. (3) Itchy keloid L shoulder from a 2019 cyst excision, previously injected 07/2026 with good response.</p>
<p><b>Exam</b><br>Nose: 5 mm pearly translucent papule, L nasal sidewall, telangiectasia.<br>
L dorsal forearm: 0.6 cm pink scaly plaque at the biopsy site.<br>
L shoulder: 1.8 x 0.9 cm firm keloid, mildly erythematous.</p>
<p><b>Procedures performed</b></p>
<table border="1" cellpadding="3">
<tr><th>#</th><th>Site</th><th>Procedure</th><th>Details</th></tr>
<tr><td>1</td><td>L nasal sidewall</td><td>Shave biopsy</td><td>Tangential biopsy of 5 mm papule, DermaBlade, AlCl3. Specimen A to pathology.</td></tr>
<tr><td>2</td><td>L dorsal forearm</td><td>Electrodesiccation &amp; curettage, 3 cycles</td><td>Known SCCIS. Curettage + ED x 3. Final defect 0.9 cm. No specimen.</td></tr>
<tr><td>3</td><td>L shoulder</td><td>Intralesional triamcinolone</td><td>Kenalog 10 mg/mL, 1.0 mL (10 mg) into the single keloid.</td></tr>
</table>
<p>Consent signed for all three; time-out; 1% lidocaine with epinephrine for #1 and #2.</p>
<p><b>Assessment / Plan</b><br>
1. Neoplasm nose, r/o BCC - path pending; if BCC, refer for Mohs (area H). No treatment of the nose lesion beyond the biopsy today.<br>
2. SCCIS L forearm (D04.62) - treated with ED&amp;C as above. Wound care: petrolatum daily until healed.<br>
3. Keloid L shoulder (L91.0) - ILK as above; repeat in 6 weeks if needed.<br>
4. Return 2 weeks for path results.</p>
<p><i>Teaching physician statement: I was present for the key and critical portions of all procedures and agree with the resident's documentation. &mdash; R. Santos, MD</i></p>
</body></html>""",
    "expected": E([L("11102", 1, "XS"), L("17261", 1), L("11900", 1, "XS"), L("J3301", 1)]),
    "coder_note": "Three different lesions. 11102 (tangential biopsy). SCCIS = malignant destruction (DS-4), arm, final "
                  "defect 0.9 cm -> 17261. ILK one lesion -> 11900 + J3301 x1 (10 mg). PTP 17261/11102 and 17261/11900 "
                  "are indicator 1 with 17261 as column 1 -> XS on 11102 and 11900. Medicare Advantage: no ABN modifiers.",
})

# ---------------------------------------------------------------- 26 mohs / note-only
SCENARIOS.append({
    "id": "s9-mohs-nasal-ala-two-stages-bilobed",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs nasal ala BCC, 2 stages (3 + 2 blocks), bilobed flap total 5.6 sq cm -> 17311 + 17312 + 14060",
    "date": "2026-02-03", "patient": ("Pollard", "Eugenia", "1944-05-22", "female"),
    "payer": "medicare", "provider": "nakamura",
    "conditions": [C("c1", "Basal cell carcinoma, nodular, right nasal ala", "C44.311", "Right nasal ala", reason=True)],
    "note": """MOHS MICROGRAPHIC SURGERY - OPERATIVE NOTE
Micrographic surgeon & dermatopathologist: Ren Nakamura, MD
Procedural dermatology fellow assisting: Leah Oyelaran, MD
DOS: 02/03/2026

Preoperative diagnosis: BCC, nodular, R nasal ala (bx 01/08/2026, outside path reviewed and confirmed)
Indication: area H (nose), primary tumor - appropriate per AUC.
Preoperative size: 0.8 x 0.7 cm.

Technique: After consent and time-out, the site was anesthetized with 1% lidocaine with 1:100,000 epinephrine. The clinically apparent tumor was debulked by curettage. I then excised the first stage at a 45-degree bevel with a 1-2 mm margin, color-coded and mapped it, and processed it as frozen horizontal sections (H&E) which I read myself.

Stage I: 3 tissue blocks. Residual nodular BCC at 2-4 o'clock (deep margin involved in block 2).
Stage II: additional layer taken from 2-4 o'clock including deep margin - 2 tissue blocks. Clear.

Tumor-free after 2 stages. Final defect 1.3 x 1.1 cm, depth to the nasalis muscle, not involving the alar rim.

Reconstruction (repair options discussed: second intention, full-thickness skin graft, bilobed flap - bilobed flap chosen for contour and color match): A bilobed transposition flap was designed from the superior nasal sidewall and dorsum. The first lobe was transposed into the primary defect and the second lobe into the donor site of the first; the tertiary defect was closed primarily. Burow's triangle excised. Undermining at the submuscular (nasalis) plane. Closed with 5-0 Monocryl buried and 6-0 Prolene epidermal.
Areas: primary defect 1.4 sq cm; secondary defects (both lobes) 4.2 sq cm; total 5.6 sq cm.

EBL: < 5 mL. Complications: none. Dressing: pressure dressing. Post-op instructions given verbally and in writing. Sutures out in 7 days.

No separate specimens were sent to outside pathology.""",
    "expected": E([L("17311", 1), L("17312", 1), L("14060", 1)]),
    "coder_note": "MOHS-2: nose -> 17311 + 17312 x1 (2 stages, <= 5 blocks each). FLAP-1/FLAP-3: bilobed flap, nose, "
                  "primary + secondary 5.6 sq cm -> 14060, reported with Mohs (no PTP edit 17311/14060).",
})

# ---------------------------------------------------------------- 27 mohs / free-text
SCENARIOS.append({
    "id": "s9-mohs-hand-scc-seven-blocks-layered",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs SCC dorsal hand, 1 stage cut into 7 blocks + layered 3.1 cm hand -> 17311, 17315 x2, 12042",
    "date": "2026-05-12", "patient": ("Ashby", "Vernon", "1958-09-09", "male"),
    "payer": "commercial-uhc", "provider": "chen",
    "conditions": [C("c1", "Squamous cell carcinoma, invasive, well differentiated, right dorsal hand", "C44.622",
                     "Right dorsal hand", reason=True)],
    "procedures": [
        P("Mohs micrographic surgery", site="Right dorsal hand",
          note="Biopsy-proven SCC (bx 4/14/26). Tumor 1.1 x 0.9 cm debulked. Stage 1 excised, mapped and divided "
               "into seven (7) tissue blocks, frozen H&E, read by the Mohs surgeon: all margins clear. "
               "Single stage. Final defect 1.6 x 1.2 cm to subcutaneous fat, extensor tendons not exposed.",
          reasons=["c1"]),
        P("Repair of Mohs defect, layered", site="Right dorsal hand",
          note="Converted to fusiform closure along the long axis of the hand. Undermined; 4-0 Vicryl deep, 5-0 nylon "
               "epidermal. Final length 3.1 cm."),
    ],
    "expected": E([L("17311", 1), L("17315", 2), L("12042", 1)]),
    "coder_note": "MOHS-2: hand -> 17311 (first stage up to 5 blocks) + 17315 x2 for blocks 6-7. Layered closure of "
                  "the hand 3.1 cm -> 12042 (hands in 12041-12047; MOHS-7).",
})

# ---------------------------------------------------------------- 28 mohs / pre-coded
SCENARIOS.append({
    "id": "s9-mohs-ema-trunk-head-codes-complex-repair",
    "family": "mohs", "shape": "pre-coded",
    "description": "EMA sent head/neck Mohs codes 17311/17312 for an upper-back BCC -> 17313/17314; complex trunk repair 13101",
    "date": "2026-06-09", "patient": ("Braddock", "Lionel", "1951-12-17", "male"),
    "payer": "medicare", "provider": "abernathy",
    "conditions": [C("c1", "Basal cell carcinoma, infiltrative, left upper back, 2.3 cm", "C44.519", "Left upper back",
                     reason=True)],
    "procedures": [
        P("Mohs surgery 1st stage", cpt="17311", site="L upper back",
          note="Stage 1: 4 blocks, positive at 6-8 o'clock.", reasons=["c1"]),
        P("Mohs surgery addl stage", cpt="17312", site="L upper back", note="Stage 2: 2 blocks, clear."),
        P("Complex repair trunk", cpt="13101", site="L upper back",
          note="Defect 3.0 x 2.6 cm. Ragged, cautery-injured wound edges debrided/trimmed; extensive undermining "
               "(4 cm each side, > defect width). Layered closure 2-0/3-0 PDS deep, 4-0 nylon. Final length 6.8 cm."),
    ],
    "note": """Mohs note (fellow-documented, attending-signed): 74M, biopsy-proven infiltrative BCC L upper back, 2.3 cm, aggressive subtype on the trunk - meets AUC. No muscle, bone, or major nerve/vessel involvement. Two stages (4 blocks, then 2 blocks), clear after stage 2. Repair as documented - complex closure. Tolerated well. Attending J. Abernathy performed the Mohs excisions and read all frozen sections.""",
    "expected": E([L("17313", 1), L("17314", 1), L("13101", 1)], topics=["coding-correction"]),
    "coder_note": "MOHS-2: trunk -> 17313 + 17314 (not 17311/17312; no deep structure involved). REP-3: edge debridement "
                  "and extensive undermining = complex; trunk 6.8 cm -> 13101.",
})

# ---------------------------------------------------------------- 29 mohs / note-only HTML
SCENARIOS.append({
    "id": "s9-mohs-html-same-day-bx-frozen-preauricular",
    "family": "mohs", "shape": "note-only",
    "description": "Never-biopsied preauricular lesion: same-day shave bx + frozen section read by the Mohs surgeon, then 2-stage Mohs",
    "date": "2026-07-21", "patient": ("Maddox", "Corinne", "1946-03-04", "female"),
    "payer": "medicare-ngs", "provider": "lindqvist",
    "conditions": [C("c1", "Basal cell carcinoma, nodular, left preauricular skin", "C44.319", "Left preauricular cheek",
                     reason=True)],
    "html": True,
    "note": """<html><body>
<h3>LAKESHORE REGIONAL HEALTH &ndash; Mohs &amp; Dermatologic Surgery (residency teaching site)</h3>
<p><b>Date:</b> 07/21/2026<br><b>Surgeon / reading physician:</b> Erik Lindqvist, MD<br><b>Resident:</b> Yusuf Demir, MD (PGY-4)</p>
<p><b>Background:</b> 80 y/o F referred by her PCP for a 9 mm pearly, telangiectatic papule of the L preauricular skin, present 1 year, bleeds with hair-drying. <u>No prior biopsy has been performed on this lesion</u>. Given the high clinical suspicion and her travel distance (3 h), a same-day diagnostic biopsy with frozen section was planned, with Mohs to proceed only if the frozen section confirmed carcinoma.</p>
<p><b>Diagnostic biopsy:</b> After consent and time-out, a tangential (shave) biopsy of the lesion was taken and processed immediately as a frozen section, which I read: <b>nodular basal cell carcinoma</b>. Based on this result the decision was made to proceed with Mohs surgery the same day.</p>
<p><b>Mohs micrographic surgery:</b></p>
<ul>
<li>Stage 1: 3 tissue blocks &ndash; tumor at the anterior margin (block 1).</li>
<li>Stage 2: 2 tissue blocks &ndash; clear.</li>
</ul>
<p>I acted as both surgeon and pathologist. The final wound measured 1.5 x 1.2 cm. Options reviewed; patient chose healing by second intention (concave preauricular site, good cosmetic expectation). Wound dressed with petrolatum and pressure bandage. No repair performed.</p>
<p><b>Dx:</b> BCC, nodular, L preauricular (C44.319).<br><b>Follow-up:</b> wound check 2 weeks; FSE in 6 months.</p>
</body></html>""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311", 1), L("17312", 1)]),
    "coder_note": "MOHS-5(a) and BX-5: never-biopsied lesion, diagnostic biopsy with frozen section read the same day "
                  "decided on Mohs -> 11102-59 + 88331-59 (same lesion, so 59 not XS; README decision). Preauricular = "
                  "head -> 17311 + 17312 x1. No repair.",
})

# ---------------------------------------------------------------- 30 nails / free-text
SCENARIOS.append({
    "id": "s9-nail-avulsion-right-great-toe-only",
    "family": "nails", "shape": "free-text",
    "description": "Partial nail avulsion right hallux (no matrixectomy); left hallux only discussed -> 11730-T5",
    "date": "2026-08-18", "patient": ("Kettering", "Brandon", "2004-06-30", "male"),
    "payer": "commercial", "provider": "pike",
    "conditions": [C("c1", "Ingrowing nail with paronychia, right great toe", "L60.0", "Right great toe", reason=True)],
    "procedures": [
        P("Partial nail plate avulsion, lateral border", site="Right great toe (hallux), lateral nail fold",
          note="Digital block 2% lidocaine plain, tourniquet. Lateral 1/4 of nail plate freed with elevator and "
               "avulsed; granulation tissue debrided. NO phenol / matrixectomy (first episode). Tourniquet off, "
               "hemostasis, dressing.", reasons=["c1"]),
        P("Left great toe - evaluated, no procedure", site="Left great toe", status="not-done",
          note="Mild medial incurvation without inflammation. Proper nail trimming taught. Will consider avulsion only "
               "if it becomes symptomatic."),
    ],
    "expected": E([L("11730", 1, "T5")]),
    "coder_note": "One nail avulsed -> 11730 with T5 (right great toe) (4.8; conventions digit modifiers). Left toe "
                  "Procedure is status not-done and hypothetical.",
})

# ---------------------------------------------------------------- 31 nails / note-only
SCENARIOS.append({
    "id": "s9-nail-phenol-matrixectomy-left-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Recurrent ingrown left hallux: partial avulsion + phenol matrixectomy lateral border -> 11750-TA only",
    "date": "2026-09-01", "patient": ("Rowntree", "Daphne", "1972-12-08", "female"),
    "payer": "commercial-aetna", "provider": "halvorsen",
    "conditions": [C("c1", "Ingrowing nail, recurrent, left great toe, lateral border", "L60.0", "Left great toe",
                     reason=True)],
    "note": """DERMATOLOGY RESIDENT CLINIC - PROCEDURE VISIT
Resident: Mateo Quispe, MD (PGY-2)     Attending: Kirsten Halvorsen, MD

S: 53F with 3rd episode of painful ingrown toenail, L great toe lateral border. Prior partial avulsions of this border in 03/2025 and 10/2025 (both without matrixectomy) - recurred each time. She wants a permanent fix. Diabetic? No. PAD? No. Smoker? No.

O: L hallux lateral nail fold: erythema, edema, hypergranulation, tender; no purulence today. DP/PT pulses 2+. Cap refill < 2 s. R hallux normal.

A: Recurrent onychocryptosis, L hallux, lateral border (L60.0).

P: Partial nail avulsion with chemical matrixectomy (permanent removal of the lateral nail strip).
Procedure: Consent signed (discussed permanent narrowing of nail, regrowth spicule ~5%, infection). Time-out. Digital block with 3 mL 2% lidocaine plain. Tourniquet applied. The lateral 3 mm of nail plate was separated with an English anvil splitter and removed with a hemostat. Phenol 88% applied to the lateral matrix with cotton-tipped applicator, 3 applications x 30 s, then flushed with isopropyl alcohol. Granulation tissue curetted. Tourniquet removed (< 10 min). Bacitracin and bulky dressing.
Post-op: soak BID, expect drainage 2-4 wks. Acetaminophen PRN.
No treatment of the R hallux (normal).

RTC 2 wks.

Attending attestation: I was present for the entire procedure and agree with the above. -K. Halvorsen""",
    "expected": E([L("11750", 1, "TA")]),
    "coder_note": "Permanent removal (phenol matrixectomy) of part of the nail -> 11750 with TA (left great toe); the "
                  "avulsion of the same nail is included (11750/11730 indicator 1, same nail -> not billed). Prior "
                  "avulsions are history.",
})

# ---------------------------------------------------------------- 32 nails / pre-coded
SCENARIOS.append({
    "id": "s9-nail-ema-two-fingernails-11730x2",
    "family": "nails", "shape": "pre-coded",
    "description": "EMA sent 11730 twice for left index then left middle fingernail avulsions -> 11730-F1 + 11732-F2",
    "date": "2026-10-20", "patient": ("Lomax", "Harriet", "1961-04-14", "female"),
    "payer": "medicare", "provider": "ramirez",
    "conditions": [C("c1", "Traumatic onycholysis with partially detached painful nail plates, left index and middle "
                           "fingers", "L60.1", "Left index and middle fingernails", reason=True)],
    "procedures": [
        P("Nail avulsion", cpt="11730", site="Left index fingernail",
          note="First nail. Complete avulsion of loose plate.", reasons=["c1"]),
        P("Nail avulsion", cpt="11730", site="Left middle fingernail",
          note="Second nail. Complete avulsion of loose plate.", reasons=["c1"]),
    ],
    "note": """Resident procedure note. 65F slammed L hand in a car door 3 wks ago; L index and L middle fingernails are 2/3 lifted off the bed, catch on clothing, painful; subungual hematoma drained at urgent care. No fracture on urgent care XR. Exam: both plates loose, onycholytic, nail beds intact without laceration.
Procedure: digital blocks (2% lido plain) to L 2nd and L 3rd fingers. First the L index fingernail, then the L middle fingernail were elevated with a Freer elevator and removed completely. Nail beds inspected - intact, no repair needed. Xeroform + dressing.
Plan: dressing changes daily; regrowth 4-6 months.
G. Whitfield MD PGY-2 / Dr. S. Ramirez present.""",
    "expected": E([L("11730", 1, "F1"), L("11732", 1, "F2")], topics=["coding-correction"]),
    "coder_note": "Second nail avulsion at the same session is the add-on 11732, not a second 11730 (MUE 1) (4.8). Digit "
                  "modifiers: F1 left 2nd digit (index, done first), F2 left 3rd digit (middle).",
})

# ---------------------------------------------------------------- 33 paring / note-only
SCENARIOS.append({
    "id": "s9-par-three-plantar-calluses",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 painful calluses (two right forefoot, one left heel) -> 11056",
    "date": "2026-03-31", "patient": ("Brandt", "Ezekiel", "1966-07-07", "male"),
    "payer": "commercial-cigna", "provider": "baptiste",
    "conditions": [C("c1", "Callosities, plantar feet, painful", "L84", "Plantar feet", reason=True)],
    "note": """SUBJECTIVE: 59M, mail carrier, walks 10 mi/day. Painful thick skin under R forefoot and L heel, worse over 3 months despite OTC pumice. Not diabetic (A1c 5.4 in 1/2026). No neuropathy.
OBJECTIVE: R plantar 1st MTH callus 1.5 cm; R plantar 5th MTH callus 1.0 cm; L plantar heel callus 2.5 cm with fissure. No central core, no pinpoint bleeding/thrombosed capillaries on paring (not warts). Pulses intact. Monofilament intact.
ASSESSMENT: Hyperkeratotic calluses x3, plantar, painful (L84).
PLAN / PROCEDURE: All 3 calluses pared down with #15 blade to normal skin, no bleeding. Urea 40% cream nightly. Podiatry referral for custom orthotics; shoe fitting counseling. Re-pare PRN.
Resident: Leah Oyelaran MD (PGY-4). Seen and discussed with Dr. Baptiste, who agrees.""",
    "expected": E([L("11056", 1)]),
    "coder_note": "Paring of 2-4 benign hyperkeratotic lesions -> 11056 (4.8). Commercial payer; no routine foot care "
                  "issue raised.",
})

# ---------------------------------------------------------------- 34 paring / note-only
SCENARIOS.append({
    "id": "s9-par-single-corn-soft-corn-untreated",
    "family": "paring", "shape": "note-only",
    "description": "Paring of a single hard corn on the 5th toe; asymptomatic soft corn not treated -> 11055",
    "date": "2026-05-06", "patient": ("Achebe", "Rosalind", "1958-01-23", "female"),
    "payer": "commercial-uhc", "provider": "adeyemi",
    "conditions": [C("c1", "Corn (heloma durum), dorsolateral right fifth toe, painful", "L84", "Right fifth toe",
                     reason=True)],
    "note": """ACADEMIC DERMATOLOGY - Follow-up
Problem list: Corn R 5th toe (L84); Soft corn L 4th web space (L84); Xerosis (L85.3)
Resident: Priya Raman, MD PGY-2  /  Attending: Folake Adeyemi, MD

S: 68F, pain over the outside of the R little toe in closed shoes x 2 months.
O: R 5th toe dorsolateral PIPJ: 6 mm hard corn with central translucent core, tender. L 4th interspace: 4 mm macerated soft corn, non-tender, pt unaware of it. Feet otherwise dry.
A/P:
1. Heloma durum R 5th toe - pared today with a #15 blade, core enucleated, silicone toe sleeve provided. Wider toe-box shoes.
2. Heloma molle L 4th web - asymptomatic; not pared today; lamb's wool / toe spacer advised. Will treat if painful.
3. Xerosis - OTC ammonium lactate 12% lotion.
RTC PRN.
Attending attestation: seen and discussed with resident, agree. -FA""",
    "expected": E([L("11055", 1)]),
    "coder_note": "One lesion pared -> 11055; the soft corn was not treated. No E/M selected.",
})

# ---------------------------------------------------------------- 35 patch-test / note-only
SCENARIOS.append({
    "id": "s9-pt-eighty-allergens-application",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application: 70-allergen standard series + 10 hairdresser allergens -> 95044 x80",
    "date": "2026-04-13", "patient": ("Varga", "Celeste", "1980-05-19", "female"),
    "payer": "commercial", "provider": "lindgren",
    "conditions": [C("c1", "Allergic contact dermatitis, hands, suspected occupational (hairdresser)", "L25.9", "Hands",
                     reason=True)],
    "note": """CONTACT DERMATITIS CLINIC - PATCH TEST APPLICATION (Day 0)
Resident: Hannah Bergstrom, MD (PGY-3)    Attending: Astrid Lindgren, MD

Patient seen at consult on 03/23/2026, where patch testing was planned (see that note). No interval change: chronic hand dermatitis, hairdresser x 20 yrs. No oral steroids x 4 wks, no topical steroids to back x 2 wks, no phototherapy, no recent sunburn on back. Not pregnant.

Series applied today on the upper back (IQ Ultra chambers):
 - North American standard screening series: 70 allergens
 - Hairdressing supplemental series: 10 allergens
 TOTAL ALLERGENS APPLIED: 80
Own products (shampoo, hair dye) NOT applied today - will consider semi-open testing at the D2 visit if needed.

Chamber map photographed, marked with gentian violet. Instructions: keep back dry, no exercise/sweating, no showering until D2 read.

Reading schedule: D2 (48 h) on Wednesday 4/15 - removal + first read; D4 (96 h) on Friday 4/17 - final read.

No other evaluation or management performed today.

Attending attestation: I supervised the application and reviewed the allergen selection. -A. Lindgren""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied (70 + 10 = 80, within MUE 90). Own products not applied. "
                  "No E/M selected.",
})

# ---------------------------------------------------------------- 36 patch-test / free-text
SCENARIOS.append({
    "id": "s9-pt-new-pt-hand-dermatitis-em25",
    "family": "patch-test", "shape": "free-text",
    "description": "New patient hand dermatitis work-up and Rx, patch test series of 36 applied same day -> 99203-25 + 95044 x36",
    "date": "2026-02-16", "patient": ("Arrieta", "Moises", "1973-09-28", "male"),
    "payer": "commercial-uhc", "provider": "okonkwo", "em": "99203",
    "conditions": [C("c1", "Chronic hand dermatitis", "L30.9", "Bilateral hands", reason=True)],
    "procedures": [
        P("Patch testing - standard series", site="Upper back",
          note="36 allergens applied (standard screening panel, 36 chambers). Reads at 48 and 96 hours.",
          reasons=["c1"]),
    ],
    "note": """NEW PATIENT CONSULTATION - Dermatology (resident clinic)
Referring: Dr. Paulsen (PCP)   Resident: Tomasz Kowal MD PGY-3   Attending: Chidi Okonkwo MD

HPI: 52M machinist with itchy, cracking rash on both hands x 9 months, worse on work days, improves on vacation. Uses nitrile gloves, cutting fluids, hand cleaner with citrus solvent. Tried OTC hydrocortisone 1% - no help. No personal/family atopy. No nail changes, no feet involvement.
PMH: HTN. Meds: amlodipine. NKDA.
Exam: bilateral dorsal hands and fingers with lichenified, fissured eczematous plaques, some vesicles on sides of fingers; palms mildly involved. Feet: normal, no interdigital scale. Nails normal.
Outside KOH (PCP office, 1/2026) from the R palm: negative per referral records; no scale pattern to suggest tinea today.

Assessment: Chronic hand dermatitis - ddx allergic contact (cutting fluid additives, rubber accelerators, preservatives) vs irritant vs dyshidrotic eczema. Tinea unlikely (outside KOH negative, feet clear).

Plan:
1. Clobetasol 0.05% ointment BID x 2 wks to hands, then weekends only (Rx sent). Soak-and-smear technique. Avoid steroid to back before reads.
2. Cotton liners under nitrile gloves; fragrance-free emollient after each hand wash. Work note provided.
3. Patch testing - pt works 3 h away and cannot make an extra trip, so the standard series was applied today on the upper back after the visit (see procedure record). D2/D4 reads scheduled.
4. If patch tests negative and no response -> consider NB-UVB to hands or systemic therapy.

Attending: I saw the patient with Dr. Kowal, reviewed the history, exam and outside records, and agree with the plan. -C. Okonkwo""",
    "expected": E([L("99203", 1, "25"), L("95044", 36)]),
    "coder_note": "New problem evaluated with outside-record review, prescription management and counseling, separate from applying the "
                  "tests -> 99203-25 (95044/99203 indicator 1, 4.8). 95044 x36 allergens.",
})

# ---------------------------------------------------------------- 37 phototherapy / free-text
SCENARIOS.append({
    "id": "s9-photo-nbuvb-session-14-no-tar",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB session 14 of a psoriasis course, no tar, no psoralen -> 96900",
    "date": "2026-03-05", "patient": ("Benedetti", "Aurelio", "1969-11-11", "male"),
    "payer": "commercial", "provider": "voss",
    "conditions": [C("c1", "Plaque psoriasis, 12% BSA", "L40.0", "Trunk and extremities", reason=True)],
    "procedures": [
        P("Narrowband UVB phototherapy, full body", site="Total body",
          note="Session #14 of course (3x/week). Skin type III. Dose 1,100 mJ/cm2 (10% increase; no erythema after "
               "last session). Goggles and genital shielding. No topical tar, no psoralen. Tolerated without "
               "incident. PASI trend 14.2 -> 7.8.", reasons=["c1"]),
    ],
    "expected": E([L("96900", 1)]),
    "coder_note": "UV light therapy alone (no tar, no psoralen) -> 96900 per session (4.8, PHOTO-2).",
})

# ---------------------------------------------------------------- 38 phototherapy / note-only HTML
SCENARIOS.append({
    "id": "s9-photo-html-excimer-area-sum-270",
    "family": "phototherapy", "shape": "note-only",
    "description": "Excimer to 5 plaques 45+50+70+65+40 = 270 sq cm (scalp plaque not treated) -> 96921",
    "date": "2026-06-30", "patient": ("Harrow", "Lucinda", "1977-02-02", "female"),
    "payer": "commercial-aetna", "provider": "marchetti",
    "conditions": [C("c1", "Localized plaque psoriasis, elbows, knees, sacrum", "L40.0", "Elbows, knees, sacrum",
                     reason=True)],
    "html": True,
    "note": """<html><body>
<p><b>NORTHGATE UNIVERSITY HEALTH - Phototherapy Unit</b><br>Excimer (308 nm) treatment record &mdash; Resident: Grace Whitfield, MD; Supervising: Luca Marchetti, MD</p>
<p>Dx: localized plaque psoriasis (L40.0), ~4% BSA, failed 4 months of clobetasol + calcipotriene. Treatment #6 of current course (2x/week). Prior authorization on file.</p>
<table border="1">
<tr><th>Site</th><th>Area treated (sq cm)</th><th>Dose (mJ/cm2)</th></tr>
<tr><td>R elbow</td><td>45</td><td>600</td></tr>
<tr><td>L elbow</td><td>50</td><td>600</td></tr>
<tr><td>R knee</td><td>70</td><td>700</td></tr>
<tr><td>L knee</td><td>65</td><td>700</td></tr>
<tr><td>Sacrum</td><td>40</td><td>500</td></tr>
</table>
<p>Occipital scalp plaque: <b>not treated today</b> (hair too thick for the handpiece; will consider after hair is clipped).</p>
<p>Eye protection used. No blistering from prior session; mild erythema only. Continue twice weekly.</p>
</body></html>""",
    "expected": E([L("96921", 1)]),
    "coder_note": "Excimer is coded by total area treated in the session: 45 + 50 + 70 + 65 + 40 = 270 sq cm -> 96921 "
                  "(250-500 sq cm). Scalp plaque not treated.",
})

# ---------------------------------------------------------------- 39 phototherapy / pre-coded
SCENARIOS.append({
    "id": "s9-photo-ema-puva-sent-as-goeckerman",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Oral psoralen + UVA (no tar) sent as 96910 -> 96912; Medicare NCD criteria met",
    "date": "2026-04-21", "patient": ("Ostrowski", "Gunnar", "1955-03-15", "male"),
    "payer": "medicare", "provider": "santos",
    "conditions": [C("c1", "Psoriasis vulgaris, severe, 35% BSA, disabling palmoplantar involvement", "L40.0",
                     "Trunk, extremities, palms, soles", reason=True)],
    "procedures": [
        P("Photochemotherapy, full body", cpt="96910", site="Total body",
          note="PUVA session #9. Oral methoxsalen 0.4 mg/kg 90 min before UVA; UVA 4.0 J/cm2. No tar or "
               "petrolatum-tar preparation applied.", reasons=["c1"]),
    ],
    "note": """Phototherapy visit (resident-attending). 71M, severe psoriasis 35% BSA with fissured palmar and plantar plaques; can no longer work his carpentry job or walk more than a block (disabling). Failed: class I topical steroids + calcipotriene (1 yr), NB-UVB 30 sessions 2025 (no meaningful response), acitretin stopped for hyperlipidemia; methotrexate contraindicated (liver disease). PUVA started 3/2026, session #9 today: methoxsalen 0.4 mg/kg orally 90 minutes pre-treatment, UVA 4.0 J/cm2, UV goggles for 24 h. Improving (PASI 24 -> 17). Labs/eye exam up to date. No tar used. - R. Santos MD / Y. Demir MD PGY-4""",
    "expected": E([L("96912", 1)], topics=["coding-correction"]),
    "coder_note": "Psoralen + UVA without tar is PUVA (96912), not the tar/UVB code 96910 (4.8). NCD 250.1 met "
                  "(intractable, disabling, failed conventional therapy) -> no GA/GZ.",
})

# ---------------------------------------------------------------- 40 post-op / note-only
SCENARIOS.append({
    "id": "s9-po-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after benign excision (010 global); provider selected 99212 -> 99024",
    "date": "2026-03-11", "patient": ("Fenwick", "Opal", "1963-10-27", "female"),
    "payer": "commercial", "provider": "ramirez", "em": "99212",
    "conditions": [C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
                   C("c2", "Dermatofibroma, left flank", "D23.5", "Left flank")],
    "prior": [PRIOR("2026-03-02", "11402", "Excision benign lesion", "Left flank")],
    "note": """POST-OP VISIT
Resident: Mateo Quispe MD PGY-2 / Attending: Sofia Ramirez MD
62F, POD #9 s/p excision of a symptomatic lesion L flank (3/2/2026). Path: dermatofibroma, completely excised - reviewed with patient, reassured.
Wound: well-approximated 3.2 cm linear incision, no erythema, drainage or dehiscence. 5-0 nylon sutures removed (8). Steri-strips applied.
Scar care: silicone gel, SPF. No other concerns raised today; no other problems evaluated.
RTC PRN.""",
    "expected": E([L("99024", 1)], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: 11402 has a 010 global (3/2 + 10 days covers 3/11); suture removal and path review are "
                  "post-op care -> 99024, not 99212 (conventions).",
})

# ---------------------------------------------------------------- 41 post-op / free-text
SCENARIOS.append({
    "id": "s9-po-scc-leg-reexcision-58",
    "family": "post-op", "shape": "free-text",
    "description": "Re-excision of SCC leg for positive margin 8 days after 11602 (inside 010 global): 2.8 cm + layered 6.5 cm, both -58",
    "date": "2026-04-14", "patient": ("Huxley", "Desmond", "1950-08-30", "male"),
    "payer": "medicare", "provider": "weiss",
    "conditions": [C("c1", "Squamous cell carcinoma, right anterior lower leg, positive peripheral margin", "C44.722",
                     "Right anterior lower leg", reason=True)],
    "prior": [PRIOR("2026-04-06", "11602", "Excision SCC", "Right anterior lower leg")],
    "path": [
        {"text": "Skin, right lower leg, excision: Invasive squamous cell carcinoma, moderately differentiated; tumor "
                 "extends to the peripheral margin at 9 o'clock.", "site": "Right anterior lower leg",
         "date": "2026-04-09", "encounter": "enc-s9-po-scc-leg-reexcision-58-prior-1"},
        {"text": "Skin, right lower leg, re-excision: Scar with no residual carcinoma. Margins free.",
         "site": "Right anterior lower leg", "date": "2026-04-17"},
    ],
    "procedures": [
        P("Re-excision for positive margin", site="Right anterior lower leg",
          note="Healing excision scar (sutures removed today) 1.8 cm in greatest dimension. 5 mm margins around the "
               "scar; total excised diameter 2.8 cm. Excised to fascia; specimen oriented.", reasons=["c1"]),
        P("Layered closure", site="Right anterior lower leg",
          note="Undermined at the suprafascial plane; 3-0 Monocryl deep, 4-0 nylon vertical mattress. Final 6.5 cm."),
    ],
    "note": """Resident note: 75M POD8 from excision of SCC R shin (4/6/26), path with + peripheral margin at 9 o'clock. Discussed Mohs vs re-excision; pt prefers re-excision today (planned at the path-review call). Procedure as documented. Keflex not needed. Return 12-14 d. Dr. Weiss present for the procedure. -- T. Kowal MD PGY-3""",
    "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["global-period"]),
    "coder_note": "EX-4/GS-5: re-excision for positive margin inside the 010 global of 11602 -> 58 on the re-excision and "
                  "its repair. Still malignant (original lesion malignant) even though the re-excision is negative; "
                  "2.8 cm leg -> 11603. Layered 6.5 cm leg -> 12032.",
})

# ---------------------------------------------------------------- 42 post-op / pre-coded
SCENARIOS.append({
    "id": "s9-po-ema-new-bx-in-flap-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Shave biopsy of a new forearm lesion 35 days after a forehead rotation flap (090 global) -> 11102-79",
    "date": "2026-06-09", "patient": ("Drummond", "Philippa", "1948-11-02", "female"),
    "payer": "medicare", "provider": "halvorsen",
    "conditions": [C("c1", "Neoplasm of skin, left dorsal forearm", "D49.2", "Left dorsal forearm", reason=True)],
    "prior": [PRIOR("2026-05-05", "17311", "Mohs BCC", "Right forehead"),
              PRIOR("2026-05-05", "14040", "Rotation flap after Mohs", "Right forehead")],
    "procedures": [
        P("Shave biopsy", cpt="11102", site="Left dorsal forearm",
          note="New 0.6 cm hyperkeratotic papule, r/o SCC vs hypertrophic AK. Tangential biopsy, AlCl3.",
          reasons=["c1"]),
    ],
    "note": """Resident clinic - acute visit. 77F, s/p Mohs + rotation flap of R forehead on 5/5/2026 (Dr. Halvorsen). Today she comes only for a new, tender scaly bump on her L forearm x 6 wks - unrelated to the forehead surgery. Her flap follow-up is separately scheduled for 8/2026 and was not addressed today.
Exam: L dorsal forearm 0.6 cm hyperkeratotic papule on erythematous base.
A/P: r/o SCC vs hypertrophic AK -> shave biopsy today (consent, time-out, lido/epi, AlCl3). Results 1-2 wks.
- L. Oyelaran MD PGY-4 / K. Halvorsen MD present""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure (new lesion, different site) during the 090 global of 14040 -> 79 on 11102. "
                  "No post-op service was provided today.",
})

# ---------------------------------------------------------------- 43 repair / note-only
SCENARIOS.append({
    "id": "s9-rep-glass-lacerations-two-complexities",
    "family": "repair", "shape": "note-only",
    "description": "Lacerations: 3.0 cm forearm layered + 1.5 cm hand simple -> 12032 + 12001 (not summed across complexity)",
    "date": "2026-07-15", "patient": ("Mabry", "Quentin", "1986-12-19", "male"),
    "payer": "commercial-aetna", "provider": "pike",
    "conditions": [C("c1", "Laceration without foreign body, right forearm", "S51.811A", "Right volar forearm", reason=True),
                   C("c2", "Laceration without foreign body, right hand", "S61.411A", "Right thenar eminence", reason=True)],
    "note": """DERMATOLOGY RESIDENT CLINIC - SAME-DAY ADD-ON (laceration)
Resident: Yusuf Demir, MD PGY-4  |  Attending: Jordan Pike, MD (present for procedure)

S: 39M, established patient (psoriasis, seen 5/2026), cut R arm and hand on a broken glass table top at home 2 h ago. Bleeding controlled with pressure. Right-hand dominant. Tetanus booster 2023. No numbness or weakness.
O: 
 (1) R volar mid-forearm: 3.0 cm linear laceration, gaping, through dermis into subcutaneous fat; no tendon, vessel or nerve exposure; full strength/ROM of wrist and fingers, sensation intact.
 (2) R thenar eminence: 1.5 cm superficial linear laceration, partial thickness dermis.
 Wounds clean; irrigated with 250 mL NS each; no glass seen or palpated; no foreign body on exploration.
A: Lacerations R forearm and R hand, uncomplicated.
P / PROCEDURE (consent, 1% lidocaine plain):
 (1) Forearm: layered closure - 4-0 Vicryl buried deep dermal sutures x 3, then 5-0 nylon simple interrupted. Length 3.0 cm.
 (2) Hand: simple single-layer closure - 5-0 nylon simple interrupted x 3. Length 1.5 cm.
 Bacitracin, nonstick dressings. Sutures out: hand 10-14 d, forearm 10-12 d. Return precautions for infection.
Psoriasis not addressed today.""",
    "expected": E([L("12032", 1), L("12001", 1)]),
    "coder_note": "REP-1/REP-2: different complexities are not added. Forearm layered 3.0 cm -> 12032; hand simple "
                  "1.5 cm -> 12001 (hands are in the simple 12001-12007 group). No PTP edit between them.",
})

# ---------------------------------------------------------------- 44 repair / note-only HTML
SCENARIOS.append({
    "id": "s9-rep-html-complex-nasal-after-outside-mohs",
    "family": "repair", "shape": "note-only",
    "description": "Reconstruction only (Mohs done by an outside surgeon): complex nasal dorsum repair 2.4 cm -> 13151",
    "date": "2026-08-25", "patient": ("Castel", "Winifred", "1940-01-16", "female"),
    "payer": "medicare-advantage-ppo", "provider": "chen",
    "conditions": [C("c1", "Basal cell carcinoma, nasal dorsum, status post Mohs (defect)", "C44.311", "Nasal dorsum",
                     reason=True)],
    "html": True,
    "note": """<html><body>
<div><b>LAKESHORE REGIONAL HEALTH</b> &middot; Dermatologic Surgery &middot; Reconstruction Note</div>
<p>Surgeon: Wei Chen, MD &nbsp;|&nbsp; Resident: Hannah Bergstrom, MD (PGY-3) &nbsp;|&nbsp; DOS 08/25/2026</p>
<p><b>Referral:</b> 86 y/o F sent directly from Dr. Farrow's Mohs practice (outside group) this morning after Mohs clearance of a BCC of the L nasal dorsum in 2 stages. Mohs and its frozen sections were performed and billed by the outside surgeon. We were asked to perform the reconstruction only.</p>
<p><b>Defect:</b> 0.8 x 0.7 cm, L mid nasal dorsum, to the level of the nasalis; perichondrium intact. Free margins (alar rim) not involved.</p>
<p><b>Repair:</b> After consent and time-out, the wound edges &mdash; ragged and cautery-charred from the Mohs layers &mdash; were <b>debrided</b> sharply. <b>Extensive undermining</b> in the submuscular plane over the entire nasal dorsum and both sidewalls was required to mobilize the tight nasal skin. Standing cones excised. Layered closure: 5-0 Monocryl buried deep sutures, 6-0 Prolene running epidermal.<br>
<b>Final repair length: 2.4 cm.</b></p>
<p>EBL minimal. No flap or graft was needed. Pressure dressing. Sutures out in 6-7 days.</p>
<p>Not done today: no biopsy, no other lesions treated.</p>
</body></html>""",
    "expected": E([L("13151", 1)]),
    "coder_note": "REP-3: edge debridement plus extensive undermining = complex; nose, 2.4 cm -> 13151 (1.1-2.5 cm). Mohs "
                  "billed by the outside surgeon, so only the repair is ours (MOHS-7).",
})

# ---------------------------------------------------------------- 45 repair / note-only
SCENARIOS.append({
    "id": "s9-rep-two-back-cysts-repairs-summed",
    "family": "repair", "shape": "note-only",
    "description": "Two painful back cysts: 1.5 cm and 0.8 cm with 1 mm margins (11402 + 11401); layered 3.0 + 2.0 cm summed -> 12032",
    "date": "2026-09-22", "patient": ("Lindell", "Horace", "1968-04-04", "male"),
    "payer": "commercial", "provider": "nakamura",
    "conditions": [C("c1", "Epidermal cysts x2, back, painful, recurrently inflamed", "L72.0", "Left upper back; right mid back",
                     reason=True)],
    "path": [{"text": "A. Left upper back, excision: Epidermal inclusion cyst. B. Right mid back, excision: Epidermal "
                      "inclusion cyst with chronic inflammation.", "site": "Back", "date": "2026-09-25"}],
    "note": """Procedural Dermatology - Resident Operative Note
Attending: Ren Nakamura, MD (present throughout)   Resident: Tomasz Kowal, MD (PGY-3)   DOS 9/22/2026

Indication: two epidermoid cysts on the back, each painful and previously inflamed (A: 2 episodes, B: 1 episode with drainage in July). Both currently non-inflamed.

Lesion A - L upper back: cyst measured 1.5 cm in greatest diameter. Excised with a 1 mm margin via an elliptical incision. Closed in layers (4-0 Monocryl buried dermal, 4-0 nylon running). Repair length 3.0 cm.
Lesion B - R mid back: cyst measured 0.8 cm. Excised with a 1 mm margin. Layered closure (4-0 Monocryl buried, 4-0 nylon). Repair length 2.0 cm.

Anesthesia: 1% lidocaine w/ epi, 12 mL total. Hemostasis with cautery. Both specimens to pathology (A and B). EBL minimal. No complications.

Post-op: dressings x 48 h, no swimming 2 wks, sutures out 12-14 days.
Also noted: a 3 mm firm papule on the L arm consistent with a dermatofibroma - reassurance, nothing done.""",
    "expected": E([L("11402", 1), L("11401", 1), L("12032", 1)]),
    "coder_note": "EX-1: A 1.5 + 0.2 = 1.7 cm -> 11402; B 0.8 + 0.2 = 1.0 cm -> 11401 (trunk, benign). REP-1: "
                  "intermediate repairs in the same group summed 3.0 + 2.0 = 5.0 cm -> one 12032.",
})

# ---------------------------------------------------------------- 46 shave / note-only
SCENARIOS.append({
    "id": "s9-sh-scalp-sk-bleeds-with-comb",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of a 1.2 cm bleeding irritated SK of the scalp (Medicare) -> 11307",
    "date": "2026-05-12", "patient": ("Holloway", "Beatrix", "1959-06-25", "female"),
    "payer": "medicare", "provider": "lindqvist",
    "conditions": [C("c1", "Inflamed seborrheic keratosis, crown of scalp", "L82.0", "Scalp, crown", reason=True),
                   C("c2", "Seborrheic keratoses, back, asymptomatic", "L82.1", "Back")],
    "path": [{"text": "Skin, scalp crown, shave removal: Irritated seborrheic keratosis with hemorrhage.",
              "site": "Scalp, crown", "date": "2026-05-15"}],
    "note": """SOAP - Resident Dermatology Clinic (Attending: E. Lindqvist MD; Resident: G. Whitfield MD PGY-2)
S: 66F. Growth on top of her head catches on her comb and hairbrush, has bled several times, itchy. Wants it off. Also "lots of brown spots on my back" - no symptoms, just curious.
O: Scalp crown: 1.2 cm stuck-on verrucous tan-brown papule with hemorrhagic crust and surrounding erythema. Back: numerous 3-8 mm waxy SKs, no inflammation, no irregular features.
A: 1) Irritated/inflamed SK, scalp crown (L82.0) - symptomatic (bleeding, itching, trauma from comb). 2) SKs of back (L82.1), asymptomatic.
P: 1) Shave removal of the scalp lesion today - complete removal flush with the skin using a DermaBlade; hemostasis with AlCl3 and light cautery. Sent to path to confirm. Consent obtained.
   2) Back SKs: reassurance; removal would be cosmetic and she does not wish it. Nothing done.
RTC PRN.
Attending attestation: I saw the patient and agree with the resident's note; present for the procedure.""",
    "expected": E([L("11307", 1)]),
    "coder_note": "SH-1: scalp = SNHFG, lesion diameter 1.2 cm -> 11307. Bleeding/itch/trauma documented (BSL-3), so "
                  "covered; back SKs untreated.",
})

# ---------------------------------------------------------------- 47 shave / free-text
SCENARIOS.append({
    "id": "s9-sh-two-irritated-nevi-back",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of two irritated back nevi 0.4 and 0.7 cm -> 11300 + 11301",
    "date": "2026-07-28", "patient": ("Fairweather", "Colette", "1984-09-09", "female"),
    "payer": "commercial-uhc", "provider": "santos",
    "conditions": [
        C("c1", "Irritated intradermal nevus, right upper back (bra line)", "D22.5", "Right upper back", reason=True),
        C("c2", "Inflamed intradermal nevus, left lower back (belt line)", "D22.5", "Left lower back", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right upper back (bra strap line)",
          note="0.4 cm raised flesh-colored papule, repeatedly catches on bra strap, bled 2x. Shave removal flush with "
               "skin (entire lesion), AlCl3. To path.", reasons=["c1"]),
        P("Shave removal", site="Left lower back (belt line)",
          note="0.7 cm raised nevus rubbed by belt, red and tender. Shave removal flush, AlCl3. To path.",
          reasons=["c2"]),
    ],
    "path": [{"text": "A. Right upper back: intradermal nevus with excoriation. B. Left lower back: intradermal nevus "
                      "with perilesional inflammation. Both benign.", "site": "Back", "date": "2026-07-31"}],
    "expected": E([L("11300", 1), L("11301", 1)]),
    "coder_note": "SH-1: trunk shave removals by lesion diameter, one code per lesion: 0.4 cm -> 11300, 0.7 cm -> 11301. "
                  "Symptomatic (bleeding, inflammation) so not cosmetic.",
})

# ---------------------------------------------------------------- 48 shave / note-only
SCENARIOS.append({
    "id": "s9-sh-face-second-lesion-size-missing",
    "family": "shave", "shape": "note-only",
    "description": "Two facial shave removals; cheek lesion 0.7 cm -> 11311, chin lesion size never recorded -> no line",
    "date": "2026-08-04", "patient": ("Pemberton", "Ignatius", "1957-03-13", "male"),
    "payer": "medicare-advantage", "provider": "castellanos",
    "conditions": [C("c1", "Inflamed seborrheic keratosis, right cheek", "L82.0", "Right cheek", reason=True),
                   C("c2", "Inflamed seborrheic keratosis, left chin", "L82.0", "Left chin", reason=True)],
    "path": [{"text": "A. Right cheek: irritated seborrheic keratosis. B. Left chin: irritated seborrheic keratosis.",
              "site": "Face", "date": "2026-08-07"}],
    "note": """DERMATOLOGY RESIDENT CLINIC
Attending: I. Castellanos, MD    Resident: P. Raman, MD (PGY-2)

S: 69M, two bumps on his face that he nicks shaving every morning; both bleed and are sore.
O: R cheek: 0.7 cm crusted, inflamed verrucous papule. L chin: crusted inflamed keratotic papule, bleeding at the edge.
A: Irritated SKs x2, R cheek and L chin (L82.0), symptomatic from shaving trauma.
P: Shave removal of both lesions, flush with skin, AlCl3 hemostasis. Specimens A (R cheek) and B (L chin) sent. Consent/time-out. Wound care: petrolatum, shave around the sites x 1 wk.
RTC PRN.
Attending attestation: present for both procedures; agree.""",
    "expected": E([L("11311", 1)], topics=["missing-documentation"]),
    "coder_note": "SH-1: face shave removals are sized by lesion diameter. Cheek 0.7 cm -> 11311. The chin lesion's "
                  "size is not documented anywhere -> no size-banded line and a missing-documentation finding "
                  "(README coding decision).",
})

# ---------------------------------------------------------------- 49 skin-tags / free-text
SCENARIOS.append({
    "id": "s9-tag-twelve-irritated-neck-axillae",
    "family": "skin-tags", "shape": "free-text",
    "description": "Snip removal of 12 irritated/bleeding skin tags (7 neck, 5 axillae) -> 11200",
    "date": "2026-09-29", "patient": ("Greer", "Lamont", "1970-05-05", "male"),
    "payer": "commercial", "provider": "abernathy",
    "conditions": [C("c1", "Acrochordons, irritated and bleeding, neck and axillae", "L91.8", "Neck; bilateral axillae",
                     reason=True)],
    "procedures": [
        P("Removal of skin tags (snip excision)", site="Neck and bilateral axillae",
          note="12 pedunculated tags removed with Gradle scissors: neck 7 (collar and necklace friction, 3 bled this "
               "month), R axilla 3, L axilla 2 (inflamed, tender from shaving). AlCl3 hemostasis.", reasons=["c1"]),
    ],
    "expected": E([L("11200", 1)]),
    "coder_note": "Up to 15 tags -> 11200 x1 (4.8). Irritated/bleeding tags meet BSL-3, not cosmetic.",
})

# ---------------------------------------------------------------- 50 skin-tags / note-only
SCENARIOS.append({
    "id": "s9-tag-twenty-four-inflamed-add-on",
    "family": "skin-tags", "shape": "note-only",
    "description": "24 inflamed/bleeding skin tags (9 + 8 + 7) -> 11200 + 11201 x1",
    "date": "2026-11-03", "patient": ("Oakes", "Bernadette", "1964-02-11", "female"),
    "payer": "medicare-advantage-ppo", "provider": "marchetti",
    "conditions": [C("c1", "Acrochordons, inflamed, axillae and inframammary folds", "L91.8",
                     "Bilateral axillae; inframammary folds", reason=True)],
    "note": """DERMATOLOGY - RESIDENT PROCEDURE NOTE (APSO)
A/P:
 Acrochordons (L91.8), symptomatic - many are red, swollen and tender; several twisted/bled on the bra band and with deodorant application; two bled onto clothing this week.
 -> Removed today with curved iris scissors after topical LMX/1% lidocaine infiltration:
      L axilla 9; R axilla 8; inframammary folds 7 (R 4, L 3).
      Hemostasis AlCl3. Not sent to pathology (classic appearance).
 -> Neck tags (about 10): not symptomatic; patient wants to leave them; not removed.
S: 62F, recurrent irritation of tags in axillae and under breasts for 1 year, worse in summer.
O: pedunculated 2-5 mm skin-colored to erythematous papules as described; several with hemorrhagic crust.
Consent: scarring, bleeding, pigment change, recurrence reviewed.
Resident: Mateo Quispe MD PGY-2. Attending: L. Marchetti MD, present.""",
    "expected": E([L("11200", 1), L("11201", 1)]),
    "coder_note": "9 + 8 + 7 = 24 tags: 11200 for the first 15, 11201 x ceil(9/10) = 1 (conventions). Neck tags not "
                  "removed. Inflamed/bleeding tags meet BSL-3.",
})
