"""Sealed set 77 (s77-): long internal-medicine style dermatology notes (full ROS / PMH / PSH / meds / FH / SH).

Voice: Samuel Weiss, MD, an internist who retrained in dermatology. His notes are long and thorough; most of the
text (old procedures, topical drugs with procedure-like names, home 'cryo spray', hypotheticals) is noise and only
today's documented work is coded. Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s77-bx-punch-plus-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx left upper arm + tangential bx right scapula and left flank; long note full of old "
                   "procedures and topical drugs; Medicare FFS",
    "date": "2026-01-13",
    "patient": ("Vandermeer", "Harold", "1946-08-02", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Dermatofibroma, left upper arm", "D23.62", "Left upper arm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right scapula", "L82.0", "Right scapula", reason=True),
        C("c3", "Melanocytic nevus, left flank", "D22.5", "Left flank", reason=True),
        C("c4", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Dermatology Office Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - OFFICE NOTE
Samuel Weiss, MD   |   DOS 01/13/2026   |   Established patient

CHIEF COMPLAINT: "Three spots my wife wants looked at."

HPI: 79 y/o man, known to me since 2019, here for three lesions. (1) Firm brown papule left upper arm, present
~1 yr, recently tender when his sleeve rubs it and a bit larger per wife. (2) Crusted tan plaque right
scapula that itches and has been red and irritated for a month. (3) Dark macule left flank, new since last
summer per wife's photos. No bleeding. No weight loss.

ROS:
 Constitutional: no fever, chills, night sweats. Appetite fine.
 Eyes: cataract surgery both eyes 2022, vision good.  ENT: hearing aids.
 CV: no chest pain, stable ankle edema.  Resp: no cough or dyspnea.
 GI: no reflux, no melena.  GU: nocturia x2 (BPH).
 MSK: knee OA, worse in cold.  Neuro: no numbness.  Psych: mood good.
 Heme: bruises easily on apixaban.  Endo: no heat/cold intolerance.
 Skin: see HPI. No new rashes.

PMH: atrial fibrillation on apixaban; HTN; BPH; OA both knees; hyperlipidemia.
PSH: excision of BCC left cheek 2019 (clear margins); Mohs right nasal sidewall 2021; cryo to AKs on the scalp
 last year (x9); right TKA 2017; cholecystectomy 1998.
MEDICATIONS: apixaban 5 mg BID, metoprolol succinate 50 mg, atorvastatin 40 mg, tamsulosin 0.4 mg,
 fluorouracil 5% cream (finished a 3-week course on the forehead in October - not using now),
 Kenalog 0.1% cream (triamcinolone) PRN for stasis eczema on the shins, ammonium lactate 12% lotion.
ALLERGIES: sulfa (rash). Adhesive tape - mild irritation.
FAMILY HX: brother with melanoma at 70; father colon cancer.
SOCIAL HX: retired postal carrier (decades of sun), never smoker, 2 beers/week, lives with wife.

EXAM: Fitzpatrick II. Full skin exam performed with wife present.
 - Left upper arm: 0.6 cm firm brown papule, positive dimple sign, tender.
 - Right scapula: 1.1 cm stuck-on tan plaque with erythematous rim and excoriation.
 - Left flank: 0.5 cm dark brown macule, slightly irregular border on dermoscopy.
 - Scalp: scattered thin AKs again (about 5) - he prefers to retreat with the 5-FU in spring; not treated today.
 - Right shin: 4 mm stable pink papule, photographed 2024, unchanged - no biopsy, observe.
 - Old scars left cheek and right nasal sidewall well healed, no recurrence.

ASSESSMENT / PLAN:
 1. Tender enlarging papule left upper arm - likely dermatofibroma, biopsy to confirm.
 2. Irritated, itchy plaque right scapula - inflamed SK vs SCC, biopsy.
 3. New pigmented macule left flank - atypical nevus vs early melanoma, biopsy.
 4. AKs scalp - 5-FU in spring per pt preference. If it fails we could do cryo or PDT; not today.
 5. Hx NMSC - annual FSE continues.

PROCEDURE: consent signed; risks of bleeding on apixaban discussed (not held). 1% lidocaine with epi.
 a) Left upper arm: 4 mm punch biopsy, closed with one 4-0 nylon simple suture.
 b) Right scapula: tangential (shave) biopsy with DermaBlade, hemostasis with aluminum chloride.
 c) Left flank: tangential (saucerization) biopsy, aluminum chloride.
 Three specimens labeled separately and sent to pathology. Vaseline and bandages. EBL minimal.

F/U: suture out in 10-14 days by the nurse; call with pathology.
Samuel Weiss, MD
""",
    "path": [
        {"text": "A. Skin, left upper arm, punch: dermatofibroma. B. Skin, right scapula, shave: irritated "
                 "seborrheic keratosis. C. Skin, left flank, shave: junctional melanocytic nevus, no atypia.",
         "date": "2026-01-16", "site": "Left upper arm; right scapula; left flank"},
    ],
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D23.62"]}),
    "coder_note": "BX-2: one punch + two tangential -> punch is the primary (11104) and each tangential biopsy takes "
                  "its own add-on 11103 x2. Old BCC excision, Mohs, AK cryo and 5-FU/Kenalog creams are history only.",
})

SCENARIOS.append({
    "id": "s77-bx-precoded-deleted-11100-scalp-em25",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded deleted 11100 for a tangential scalp biopsy; separate telogen effluvium workup with "
                   "labs and Rx -> 99213-25 + 11102; commercial",
    "date": "2026-01-20",
    "patient": ("Okoro", "Ngozi", "1968-04-19", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Hypertrophic actinic keratosis, vertex scalp", "L57.0", "Vertex scalp", reason=True),
        C("c2", "Telogen effluvium", "L65.0", "Scalp", reason=True),
        C("c3", "Seborrheic dermatitis", "L21.9", "Scalp"),
    ],
    "procedures": [
        P("Biopsy of skin lesion, scalp", cpt="11100", site="Vertex scalp",
          note="Tangential biopsy of 0.7 cm scaly papule at the vertex, DermaBlade, AlCl3 hemostasis. To path.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """WEISS DERMATOLOGY - PROGRESS NOTE
Provider: Samuel Weiss, MD          Date of service: 01/20/2026          Established

CC: hair shedding x 3 months; rough spot on the top of the head.
Vitals: BP 124/78, HR 72, Wt 68 kg.

HPI: 57 y/o woman. About 12 weeks ago she had influenza with fever to 103 F for 5 days. Since ~6 weeks ago she
notices handfuls of hair in the shower and on her pillow; ponytail thinner. No scarring, no scalp pain. Also a
rough, slightly tender scaly bump at the crown for 4 months that catches on her brush. Flaking scalp in
winter, controlled with OTC shampoo.

Medication list and allergies reconciled with the patient today.
ROS: General - fatigue improving since the flu, no weight change. HEENT - no vision change. CV - no palpitations.
 Resp - post-viral cough resolved. GI - normal bowel habits. GU - menses irregular, likely perimenopause.
 MSK - no joint pain. Neuro - no headache. Psych - stressed about the hair. Endo - no heat intolerance,
 no goiter. Heme - heavy periods last year, never told anemic. Skin - as above; nails normal.

PMH: hypothyroidism (Hashimoto) - last TSH 2024; migraine without aura; iron deficiency 2021 treated.
PSH: C-section 1999; cryo to a wart on the thumb 2015; excision of a benign cyst left shoulder 2018.
MEDS: levothyroxine 88 mcg, sumatriptan PRN, ketoconazole 2% shampoo (OTC, twice weekly),
 Kenalog 0.1% cream occasionally for eczema on the hands, vitamin D3.
ALLERGIES: penicillin (hives).
FAMILY HX: mother with female pattern hair loss; sister with lupus.
SOCIAL HX: elementary school principal, married, no tobacco, wine socially.

EXAM: Scalp - diffuse thinning, positive pull test (8-10 hairs, telogen bulbs) in all 4 quadrants; no
 scarring, no perifollicular erythema; trichoscopy without exclamation hairs. Fine greasy scale behind the
 ears. Vertex: 0.7 cm hyperkeratotic papule on an erythematous base. Nails: normal. Thyroid not enlarged.

ASSESSMENT / PLAN:
 1. Telogen effluvium, post-febrile, vs unmasked FPHL. Ordered CBC, ferritin, TSH, free T4, 25-OH vitamin D.
    Reviewed her 2021 ferritin (9). Counseled on the natural course (6-9 months). Started minoxidil 5% foam
    once daily; prescribed. Will review labs and consider low-dose oral minoxidil at follow-up.
 2. Seborrheic dermatitis - continue ketoconazole shampoo; add fluocinolone 0.01% oil Rx for flares.
 3. Hyperkeratotic papule vertex - HAK vs SCC. Biopsy today.
    Procedure: verbal and written consent. 1% lidocaine w/ epi. Tangential biopsy with DermaBlade, hemostasis
    with aluminum chloride. Specimen to pathology. Petrolatum, no bandage (hair).
 4. Discussed that if this is an SCC we would likely excise - we are not doing that today.

F/U 8 weeks (labs and hair) or sooner with pathology.
Electronically signed: Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin, vertex scalp, shave biopsy: hypertrophic actinic keratosis. No invasive carcinoma.",
         "date": "2026-01-23", "site": "Vertex scalp"},
    ],
    "expected": E([L("99213", 1, "25"), L("11102")], ["invalid-code"],
                  dx={"11102": ["L57.0"], "99213": ["L65.0"]}),
    "coder_note": "11100 was deleted in 2019 -> tangential technique = 11102. Telogen effluvium workup (labs, new Rx) "
                  "and seb derm Rx are separate from the biopsy decision -> 99213-25 (11102/99213 PTP ind 1).",
})

SCENARIOS.append({
    "id": "s77-bx-incisional-thigh-punch-forearm-ma",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge bx right thigh plaque + punch bx left forearm papule -> 11106 + 11105; "
                   "Medicare Advantage; 2022 nondiagnostic punch in history",
    "date": "2026-02-03",
    "patient": ("Lindahl", "Marguerite", "1955-11-27", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Indurated plaque, right thigh - morphea vs panniculitis", None, "Right anterior thigh",
          reason=True),
        C("c2", "Violaceous papule, left forearm", None, "Left volar forearm", reason=True),
    ],
    "procedures": [
        P("Incisional (wedge) skin biopsy to subcutis", site="Right anterior thigh",
          note="Full-thickness fusiform wedge with #15 blade through the edge of the plaque into fat, "
               "1.6 x 0.5 cm, closed with 3 simple 4-0 nylon sutures.", reasons=["c1"]),
        P("Punch biopsy", site="Left volar forearm",
          note="4 mm punch, one 4-0 nylon suture.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Consultation Follow-up",
    "note": """WEISS DERMATOLOGY
Follow-up visit - Samuel Weiss, MD - 02/03/2026

Reason for visit: hard patch on right thigh, itchy bumps on left wrist.

History of present illness:
70 y/o woman. Indurated, slightly shiny plaque right anterior thigh for ~2 years, slowly enlarging, now
the size of her palm, mildly tender. In 2022 an outside dermatologist did a punch biopsy of the same area
that was read as "nonspecific dermatitis" - the punch likely was too superficial to catch the fat. She also
has 3 weeks of itchy violaceous flat-topped papules on the left volar wrist/forearm.

Review of systems (14-point):
 Constitutional - no fevers, 3 lb weight loss (dieting). Eyes - dry eyes. ENT - dry mouth, no ulcers.
 Cardiovascular - no Raynaud's, no chest pain. Respiratory - no dyspnea. GI - no dysphagia, no reflux.
 GU - negative. MSK - no arthritis, no morning stiffness. Neuro - negative. Psych - negative.
 Endocrine - negative. Heme/lymph - no nodes. Allergy/immunology - seasonal rhinitis. Skin - see HPI.

Past medical history: type 2 diabetes (A1c 6.9), osteoporosis, hepatitis C treated 2017 (SVR).
Past surgical history: punch biopsy right thigh 2022 (nondiagnostic); cryo to seborrheic keratoses on the back
 2020; excision of a lipoma left back 2015; hysterectomy 2004.
Medications: metformin 1000 mg BID, alendronate weekly, calcium/D, clobetasol 0.05% ointment (applied to the
 thigh 2023 without benefit), Kenalog 0.1% cream sample from PCP for the wrist (2 weeks, slight help).
Allergies: codeine (nausea).
Family history: no autoimmune disease known; mother had psoriasis.
Social history: retired pharmacist, widowed, ex-smoker (quit 1990), no alcohol.

Exam: Right anterior thigh - 9 x 7 cm ivory indurated plaque with violaceous (lilac) rim, bound down, no
 ulceration. Left volar forearm - five 3-5 mm polygonal violaceous papules with Wickham striae. Oral mucosa
 without lacy white change. No sclerodactyly, normal nailfold capillaries.

Assessment:
 1. Indurated thigh plaque - morphea (deep/plaque) vs lipodermatosclerosis vs panniculitis. Needs a deep
    sample including fat - incisional biopsy today.
 2. Forearm papules - lichen planus most likely; hep C history noted. Punch biopsy today.
Plan:
 - Procedures as listed in the procedure section (wedge at the active lilac border of the thigh; 4 mm punch of
   the most typical forearm papule). Consent obtained, 1% lidocaine with epinephrine, sterile prep.
 - If the thigh biopsy confirms morphea we will discuss methotrexate vs UVA1; no treatment decided today.
 - Continue Kenalog cream to the wrist meanwhile (already has it).
 - Sutures out 14 days (thigh), 10 days (forearm).
Samuel Weiss, MD
""",
    "path": [
        {"text": "A. Skin and subcutis, right thigh, incisional: morphea, deep dermal and septal sclerosis. "
                 "B. Skin, left forearm, punch: lichen planus.", "date": "2026-02-06",
         "site": "Right thigh; left forearm"},
    ],
    "expected": E([L("11106"), L("11105")], dx={"11106": ["L94.0"]}),
    "coder_note": "BX-2: incisional outranks punch -> 11106 + punch add-on 11105. The 2022 punch and prior cryo/"
                  "lipoma excision are history. Medicare Advantage: no ABN modifiers.",
})

SCENARIOS.append({
    "id": "s77-cos-sk-ffs-voluntary-abn-gy-gx",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cryo of 7 asymptomatic SKs on the back for appearance; voluntary ABN signed; Medicare FFS "
                   "-> 17110-GY-GX",
    "date": "2026-02-10",
    "patient": ("Castellano", "Rosalind", "1951-05-06", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Seborrheic keratoses, back (asymptomatic)", "L82.1", "Upper and mid back", reason=True),
    ],
    "note_title": "Dermatology Procedure Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Procedure visit    DOS 02/10/2026    Samuel Weiss, MD

S: 74 y/o woman returning for removal of "barnacles" on her back that she dislikes before a beach cruise in
April. She says plainly they do not itch, bleed, hurt or catch on clothing; none have changed in color or
size in the last several years - "I just don't like how they look in a swimsuit." She tried an OTC cryo spray
(freeze kit from the pharmacy) at home on one in December with no effect.

Outside records reviewed: most recent PCP note and problem list.
Pain score at check-in: 0/10.
ROS:
 General: well. Eyes: glasses. ENT: negative. CV: no chest pain, on amlodipine. Resp: negative.
 GI: IBS-C, stable. GU: negative. MSK: low back stiffness. Neuro: negative. Psych: negative.
 Endocrine: prediabetes. Heme: negative. Skin: no new or changing moles, no itching.

PMH: hypertension, prediabetes, IBS-C, osteopenia.
PSH: cryo to AKs on the dorsal hands last year; shave removal of an irritated SK from the waistband 2023
 (it was bleeding then); bilateral cataract extraction; tonsillectomy as a child.
MEDS: amlodipine 5 mg, linaclotide 145 mcg, vitamin D, fluorouracil 5% cream (left over, not using),
 Kenalog 0.1% cream (for an itchy patch on the shin last fall, stopped).
ALLERGIES: NKDA.
FH: no skin cancer. Mother had SKs "everywhere".
SH: retired travel agent, married, never smoker, 1 glass wine nightly.

Vitals: BP 132/80, HR 68.
Health maintenance: colonoscopy 2022, mammogram 2025, shingles vaccine done.

O: Back - seven 0.6-1.4 cm waxy, stuck-on tan-brown papules/plaques (upper and mid back), no erythema, no
 crust, no excoriation, no bleeding, classic dermoscopy (milia-like cysts, comedo-like openings). No other
 lesions of concern on a limited exam of the back.

A: Seborrheic keratoses x7, asymptomatic - removal is purely cosmetic.

P: Explained Medicare does not cover cosmetic removal. She read and signed the voluntary ABN (cosmetic
 service, patient will pay) before treatment and elected to proceed.
 Procedure: liquid nitrogen cryotherapy, 2 freeze-thaw cycles, 10-second freezes, to all 7 SKs on the back.
 Tolerated well. Blister care reviewed.
 Did not treat the few SKs on her face - she may come back for those after the trip.

Return PRN. Annual skin check is due in the fall (no skin cancer history) - not done today.
Samuel Weiss, MD
""",
    "expected": E([L("17110", 1, "GY", "GX")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-2/COS-4: asymptomatic SKs removed for appearance on Medicare FFS -> statutorily excluded "
                  "-> GY, plus GX because a voluntary ABN is documented. 7 lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s77-cos-glabellar-botox-plus-keloid-ilk",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Pre-coded cosmetic glabellar Botox (J0585 x20) on a commercial plan -> removed; same-day ILK "
                   "to a symptomatic earlobe keloid 11900 + J3301 x2 kept",
    "date": "2026-02-17",
    "patient": ("Barrios", "Daniela", "1987-09-14", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Keloid, left earlobe", "L91.0", "Left earlobe", reason=True),
        C("c2", "Glabellar rhytides (cosmetic)", None, "Glabella"),
    ],
    "procedures": [
        P("OnabotulinumtoxinA injection, glabellar complex", cpt="J0585", site="Glabella",
          note="Botox Cosmetic 20 units to procerus/corrugators (5 sites) for frown lines.", reasons=["c2"]),
        P("Intralesional injection, keloid", cpt="11900", site="Left earlobe",
          note="Kenalog-40 0.5 mL (20 mg) into a single 1.2 cm keloid.", reasons=["c1"]),
        P("Triamcinolone acetonide injection", cpt="J3301", site="Left earlobe",
          note="20 mg triamcinolone acetonide.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Note",
    "note": """WEISS DERMATOLOGY - NOTE
02/17/2026 - Samuel Weiss, MD - established patient

Chief complaint: (1) itchy painful bump on the left earlobe; (2) wants "Botox for the 11s".
Vitals: BP 112/70, HR 76. LMP 02/02/2026; urine hCG not needed (on OCP, declines).

HPI: 38 y/o woman. Keloid on the left earlobe since re-piercing in 2024, grown to ~1.2 cm, itches daily and
hurts when she sleeps on that side. She had one intralesional Kenalog injection elsewhere in 2025 with partial
flattening. Separately she requests cosmetic botulinum toxin for glabellar frown lines before her wedding;
she understands this is cosmetic and is paying at the front desk (self-pay aesthetic fee sheet signed).

Preferred language: English; no interpreter needed.
Chaperone offered; declined.
ROS:
 Constitutional: negative. Eyes: no ptosis history, no diplopia. ENT: negative. CV: negative.
 Respiratory: mild asthma, no recent flares. GI: negative. GU: not pregnant, not breastfeeding, on OCP.
 MSK: negative. Neuro: no myasthenia, no neuromuscular disease. Psych: anxiety, controlled.
 Endocrine: negative. Heme: no bleeding disorder. Skin: keloid as above; no other keloids.

PMH: mild intermittent asthma; generalized anxiety disorder.
PSH: keloid excision right earlobe 2019 (recurred, then flattened with steroid shots); wisdom teeth.
MEDS: norgestimate-ethinyl estradiol, sertraline 50 mg, albuterol PRN, tretinoin 0.025% cream nightly,
 Kenalog 0.1% cream (she dabs it on the earlobe - no help).
ALLERGIES: latex (itching).
FH: mother and aunt with keloids. No neuromuscular disease.
SH: graphic designer, engaged, no tobacco, social alcohol.

EXAM: Left earlobe - 1.2 x 1.0 cm firm, shiny pink keloid, tender, excoriated surface. Right earlobe - flat
 scar, no recurrence. Glabella - moderate dynamic frown lines, minimal static lines at rest.

A/P:
 1. Symptomatic keloid left earlobe (pruritus, pain). Intralesional triamcinolone today.
    Consent; Kenalog-40 (40 mg/mL), 0.5 mL = 20 mg injected into the single keloid with a 30 g needle.
    Repeat in 4-6 weeks. Discussed excision + post-op steroid/radiation if this fails - not planned now.
 2. Glabellar rhytides - cosmetic onabotulinumtoxinA, 20 units to the glabellar complex (procerus 4 U,
    corrugators 4 U x 2 sites each side). Photos taken. Self-pay; not to be billed to insurance.
 3. Continue tretinoin.

Follow up 4-6 weeks for the keloid.
Aesthetic visit for Botox touch-up in 2 weeks if needed (self-pay).
Samuel Weiss, MD
""",
    "expected": E([L("11900"), L("J3301", 2)], ["cosmetic"], dx={"11900": ["L91.0"]}),
    "coder_note": "COS-2 / conventions 'Non-Medicare cosmetic services': glabellar Botox for rhytides on a commercial "
                  "plan is removed from the claim (patient billed directly). Symptomatic keloid ILK is medical: "
                  "1 lesion -> 11900; 20 mg / 10 -> J3301 x2.",
})

SCENARIOS.append({
    "id": "s77-cos-ffs-facial-sk-gy-with-scalp-aks",
    "family": "cosmetic", "shape": "free-text",
    "description": "Medicare FFS: cryo of 4 asymptomatic facial SKs for appearance, no ABN (17110-GY) + cryo of 3 "
                   "scalp AKs (17000-XS, 17003 x2-XS)",
    "date": "2026-02-24",
    "patient": ("Pemberton", "Arthur", "1944-12-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Frontal and parietal scalp", reason=True),
        C("c2", "Seborrheic keratoses, temples and cheeks (cosmetic)", "L82.1", "Temples/cheeks", reason=True),
    ],
    "procedures": [
        P("Cryodestruction of actinic keratoses", site="Frontal and parietal scalp",
          note="LN2 to 3 scaly AKs on the scalp, 2 cycles.", reasons=["c1"]),
        P("Cryotherapy of seborrheic keratoses - cosmetic", site="Right and left temples, left cheek",
          note="LN2 to 4 flat brown SKs on the face at patient request for appearance. No ABN on file.",
          reasons=["c2"]),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PROGRESS NOTE
DOS: 02/24/2026. Clinician: Samuel Weiss, MD. Established.

Chief concern: rough spots on the scalp; "age spots" on the face.

HPI: 81 y/o man, bald since his 40s, with 3 rough, sometimes sore scaly spots on the scalp that come back
after he picks them. Also 4 flat brown "age spots" on the temples and left cheek: no itching, no bleeding, no
change; his granddaughter told him they make him look old and he would like them gone for that reason.

Identity verified with name and date of birth.
ROS - 12 systems:
 Constitutional negative. Eyes: macular degeneration (dry), on AREDS vitamins. ENT: negative.
 CV: CAD s/p stents, no angina. Respiratory: negative. GI: negative. GU: PSA stable.
 MSK: gout, last flare 2024. Neuro: mild peripheral neuropathy feet. Psych: negative.
 Endocrine: negative. Heme: on clopidogrel, bruises. Skin: as above.

PMH: CAD (DES x2 2018), hypertension, gout, CKD stage 3a, dry AMD, prostate cancer treated with radiation
 2012 (in remission).
PSH: PCI 2018; excision of SCC in situ left forearm 2020; cryo to AKs on the scalp last year (about 10);
 photodynamic therapy to the scalp 2022; inguinal hernia repair 2009.
MEDS: clopidogrel 75 mg, aspirin 81 mg, rosuvastatin 20 mg, allopurinol 200 mg, lisinopril 10 mg,
 AREDS2, fluorouracil 5% cream (bottle at home, last used 2023), "cryo spray" wart kit he keeps for his
 hands, Kenalog 0.1% cream PRN for itchy shins.
ALLERGIES: iodinated contrast (hives).
FH: father - BCC x several. No melanoma.
SH: retired farmer, lifelong sun exposure, widower, quit smoking 1985, rare alcohol.

EXAM: Scalp - three 4-7 mm gritty erythematous scaly papules (frontal x2, left parietal x1) consistent with
 AKs. Face - four 0.5-0.8 cm flat, velvety tan-brown stuck-on papules (right temple x2, left temple x1, left
 cheek x1), dermoscopy classic SK; no inflammation. Scar left forearm intact, no recurrence.

ASSESSMENT:
 1. Actinic keratoses x3, scalp - treat.
 2. Seborrheic keratoses x4, face - asymptomatic; removal for appearance only, which Medicare does not
    cover. He wants them treated anyway and will pay. He declined to sign the optional ABN form.
PLAN / PROCEDURES:
 - LN2 cryotherapy to the 3 scalp AKs (2 freeze-thaw cycles).
 - LN2 cryotherapy to the 4 facial SKs (light single cycles).
 - Continue sun protection; reconsider 5-FU field treatment next winter. PDT again if AKs multiply.
RTC 6 months full skin exam (history of SCCIS).
Samuel Weiss, MD
""",
    "expected": E([L("17110", 1, "GY"), L("17000", 1, "XS"), L("17003", 2, "XS")], ["cosmetic"],
                  dx={"17000": ["L57.0"], "17110": ["L82.1"]}),
    "coder_note": "AKs: 3 lesions -> 17000 + 17003 x2. Asymptomatic SKs removed for looks on Medicare FFS -> 17110-GY "
                  "(no voluntary ABN, so no GX). 17110/17000 and 17110/17003 are PTP ind 1 with 17110 as column 1; "
                  "different lesions -> XS on 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s77-ds-ak-precoded-16-fold-to-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "Pre-coded 17000 + 17003 x15 for 16 AKs -> 17004 x1; Medicare (NGS)",
    "date": "2026-03-03",
    "patient": ("Gustafson", "Leif", "1949-07-21", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, face, scalp and dorsal hands", "L57.0", "Face, scalp, dorsal hands",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Forehead",
          note="LN2 cryo, first AK.", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional 2-14", cpt="17003",
          site="Scalp, cheeks, dorsal hands",
          note="15 additional AKs (x15 units): scalp 6, cheeks 4, dorsal hands 5.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """WEISS DERMATOLOGY
Office visit 03/03/2026 - Samuel Weiss, MD

CC: "My rough spots are back."
Vitals: BP 138/84, HR 80, SpO2 95% RA.

HPI: 76 y/o man with extensive actinic damage. Completed fluorouracil 5% cream to the face two years ago
with a good response, and I did cryo to AKs last year (about 12 lesions). Over the winter he has noticed
many new sandpapery spots on the scalp, cheeks and backs of the hands; a few sting in the shower. He does
not want another round of 5-FU ("my face was raw for a month").

Preferred pharmacy confirmed on file.
ROS (complete):
 General - good energy. Eyes - negative. ENT - negative. CV - HTN, controlled, no edema.
 Resp - COPD, stable on inhaler. GI - negative. GU - negative. MSK - rotator cuff pain right.
 Neuro - negative. Psych - negative. Endocrine - negative. Heme - negative.
 Skin - as HPI; no bleeding or fast-growing lesions.

PMH: hypertension, COPD (GOLD 2), right rotator cuff tear (conservative), hyperlipidemia.
PSH: Mohs nose 2021 (BCC, right ala); excision of BCC 2019 (upper back); cryo to AKs last year; appendectomy.
MEDS: tiotropium inhaler, amlodipine 10 mg, simvastatin 20 mg, fluorouracil 5% cream (expired tube),
 hydrocortisone 2.5% cream PRN, daily SPF 50.
ALLERGIES: NKDA.
FH: brother - SCC of the lip.
SH: retired commercial fisherman, married, ex-smoker 40 pack-years (quit 2010), 2-3 beers/week.

EXAM: Face, scalp, ears, dorsal hands and forearms examined.
 - Forehead: 1 thick AK.
 - Scalp: 6 AKs.  - Cheeks: 4 AKs (right 3, left 1).  - Dorsal hands: 5 AKs (right 3, left 2).
 Total sixteen (16) gritty erythematous scaly papules consistent with AKs. No nodular or ulcerated lesions.
 Right nasal ala Mohs scar and upper back scar - no recurrence.

ASSESSMENT: Actinic keratoses, 16 lesions (forehead, scalp, cheeks, dorsal hands).
PLAN:
 - Cryotherapy with liquid nitrogen to all 16 AKs today, 2 freeze-thaw cycles each. Tolerated well.
 - Reviewed post-cryo blistering and wound care.
 - Discussed field therapy (5-FU/calcipotriene, PDT) for next season; he will think about PDT.
 - Sun protection.
F/U 6 months, sooner for any non-healing lesion.
Total AK count documented for the record: 16.
Samuel Weiss, MD
""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 16 AKs (15 or more) -> 17004 x1 instead of 17000 + 17003 x15 (17004/17000 and 17004/17003 "
                  "are ind 0; 17003 x15 also exceeds the MUE of 13).",
})

SCENARIOS.append({
    "id": "s77-ds-hand-warts-child-medicaid",
    "family": "destruction", "shape": "note-only",
    "description": "Cryo of 6 painful spreading common warts on a child's hands -> 17110; Medicaid MCO; home "
                   "freeze spray in history",
    "date": "2026-03-05",
    "patient": ("Reyes-Ortiz", "Mateo", "2016-06-10", "male"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, both hands", "B07.8", "Fingers of both hands", reason=True),
    ],
    "note_title": "Pediatric Dermatology Visit",
    "note": """WEISS DERMATOLOGY - PEDIATRIC VISIT
Samuel Weiss, MD - 03/05/2026 - established patient (seen 2025 for eczema)

Accompanied by: mother (historian), Spanish interpreter by phone (ID 44817).

CC: warts on the fingers spreading and hurting.

HPI: 9 y/o boy with warts on the fingers for about 8 months. Started with one on the right index finger, now
several on both hands; the one next to the left thumbnail cracks and hurts when he writes and bleeds at
baseball practice. Mother has used an over-the-counter freeze spray ("cryo spray" kit) at home about 6 times
and salicylic acid 17% liquid nightly for 2 months - no improvement, and new ones keep appearing.

Growth: height and weight near the 55th percentile.
ROS:
 Constitutional: no fever, growing well. Eyes: no redness. ENT: negative. CV: negative. Resp: mild asthma
 with colds. GI: negative. GU: negative. MSK: negative. Neuro: negative. Psych: nail biting.
 Endo: negative. Heme/Immune: no frequent infections. Skin: eczema flexures, quiet now; warts as above.

PMH: atopic dermatitis (mild), mild intermittent asthma. Full-term birth. Immunizations up to date.
PSH: none. (Mother recalls "they froze a wart on his foot when he was 5" at the pediatrician - resolved.)
MEDS: triamcinolone (Kenalog) 0.1% ointment PRN for eczema flares, cetirizine 5 mg, albuterol PRN,
 salicylic acid 17% OTC.
ALLERGIES: peanut (anaphylaxis) - EpiPen.
FH: father with warts as a child; mother with eczema.
SH: 4th grade, plays baseball, lives with parents and 2 siblings, no smoke exposure.

EXAM: Hands - six hyperkeratotic papules with thrombosed capillaries: right index (1), right middle (1),
 left thumb periungual (1, fissured, tender), left index (2), left ring (1). 3-7 mm each. Flexural skin with
 mild xerosis only. No other warts; feet clear.

ASSESSMENT: Verruca vulgaris x6, both hands - painful, bleeding with trauma, spreading despite home therapy.

PLAN:
 - Discussed options (cryotherapy, cantharidin, immunotherapy). Mother chose cryotherapy today.
 - Procedure: liquid nitrogen with cryo gun, 2 freeze-thaw cycles, to all 6 warts. Paring not performed.
   Child tolerated with distraction.
 - Stop home freeze spray (can blister unevenly). Continue salicylic acid after blisters heal. Duct tape
   occlusion optional.
 - Eczema: continue Kenalog 0.1% ointment PRN; not addressed further today.
 - Return in 3-4 weeks for repeat treatment if needed.
Samuel Weiss, MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: 6 warts -> 17110 x1 (up to 14). Pain, bleeding and spreading documented (BSL-3/BSL-4); "
                  "Medicaid. Prior pediatrician cryo and home freeze spray are history only; no E/M selected.",
})

SCENARIOS.append({
    "id": "s77-ds-edc-superficial-bcc-back",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven superficial BCC right upper back, lesion 0.9 cm, final defect 1.4 cm "
                   "-> 17262; prior biopsy 3 weeks ago (000 global, no modifier); Medicare FFS",
    "date": "2026-03-10",
    "patient": ("Albrecht", "Dorothea", "1948-02-14", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper back", "C44.519", "Right upper back",
          reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage, skin cancer", site="Right upper back",
          note="Biopsy-proven sBCC, clinical lesion 0.9 x 0.7 cm. Three cycles of curettage and "
               "electrodesiccation. Final defect 1.4 x 1.2 cm.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-02-17", "11102", "Tangential biopsy, right upper back", "Right upper back")],
    "note_title": "Dermatology Procedure Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Procedure note - 03/10/2026 - Samuel Weiss, MD

Indication: superficial basal cell carcinoma, right upper back, shave biopsy 02/17/2026 (path: superficial
BCC, extends to peripheral margin).

Vitals: BP 128/74, HR 64 irregular.

Interval history: 78 y/o woman, biopsy site healed well. No new complaints. She prefers ED&C over excision
("no stitches please - I had enough stitches with the last one").

Fall-risk screen at intake: negative.
ROS:
 Constitutional: negative. Eyes: glaucoma drops. ENT: negative. CV: paroxysmal AF, on rivaroxaban.
 Resp: negative. GI: GERD. GU: overactive bladder. MSK: osteoarthritis hands. Neuro: negative.
 Psych: negative. Endocrine: hypothyroid. Heme: bruising. Skin: as above.

PMH: paroxysmal atrial fibrillation, hypothyroidism, GERD, glaucoma, overactive bladder.
PSH: excision of BCC left shoulder 2019 (layered closure); Mohs of the right lower eyelid 2021; cryo to AKs on
 the forearms last year; shave biopsy right upper back 02/17/2026; total abdominal hysterectomy 1992.
MEDS: rivaroxaban 20 mg, levothyroxine 75 mcg, omeprazole 20 mg, latanoprost, mirabegron,
 imiquimod 5% cream (used for a sBCC on the shin in 2022 - done), fluorouracil 5% cream (not current),
 Kenalog 0.1% cream PRN for hand eczema.
ALLERGIES: adhesive bandages (blisters) - use paper tape. Erythromycin (GI upset).
FH: sister - melanoma in situ. Father - multiple BCCs.
SH: retired librarian, lives alone, daughter nearby, never smoker, no alcohol.

EXAM: Right upper back - 0.9 x 0.7 cm pink scaly macule with a healed biopsy scar centrally, rolled thread-like
 border at 3 o'clock. No lymphadenopathy. Left shoulder scar and right lower lid without recurrence.

ASSESSMENT: Superficial BCC, right upper back, biopsy proven. Low-risk site and subtype; ED&C appropriate.
 Not a Mohs candidate (trunk, superficial, primary, 0.9 cm).

PROCEDURE: Informed consent signed (scar, hypopigmentation, recurrence ~5-10%). Rivaroxaban continued.
 Site marked, 1% lidocaine with epi. Curettage with 4 mm and 3 mm curettes followed by electrodesiccation,
 three cycles. Final defect measured 1.4 x 1.2 cm. Hemostasis achieved. Petrolatum and paper-tape dressing.
 No specimen sent. Healing by second intention, 4-6 weeks.

PLAN: wound care handout; full skin exam in 6 months (history of multiple NMSC). If this recurs we would
 excise or refer for Mohs - not indicated now.
Samuel Weiss, MD
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction on the trunk sized by the final curettage defect (1.4 cm) -> 17262. "
                  "The prior tangential biopsy is 000-global, so no 58/79 is needed.",
})

SCENARIOS.append({
    "id": "s77-em-psoriasis-methotrexate-99214",
    "family": "em", "shape": "note-only",
    "description": "Established psoriasis on methotrexate, lab monitoring and dose change -> 99214 as selected; "
                   "excimer and UVB only discussed/historical; commercial",
    "date": "2026-03-12",
    "patient": ("Whitfield", "Garrett", "1972-10-03", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 32, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis", "L40.0", "Elbows, knees, scalp, lumbosacral", reason=True),
        C("c2", "Long-term methotrexate therapy", "Z79.631"),
    ],
    "note_title": "Dermatology Follow-up",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Follow-up: psoriasis on methotrexate      03/12/2026      Samuel Weiss, MD

CC: 3-month methotrexate check.

HPI: 53 y/o man with plaque psoriasis since age 25 (BSA 14% at baseline, 2025). Methotrexate 15 mg weekly
+ folic acid since 09/2025. BSA now ~6%; residual plaques on the elbows, knees and sacrum. Scalp itch
improved. Mild nausea the day after his dose. No mouth sores, no cough, no dyspnea, no infections.
Joint review: no morning stiffness, no dactylitis, no heel pain.

ROS:
 Constitutional: no fever, weight stable. Eyes: no uveitis symptoms. ENT: no oral ulcers.
 CV: negative. Resp: no cough or dyspnea. GI: nausea day after dosing; no abdominal pain or jaundice.
 GU: negative. MSK: no joint swelling. Neuro: negative. Psych: mood better with clearer skin.
 Endocrine: negative. Heme: no bruising. Skin: as HPI. Nails: pitting unchanged.

PMH: psoriasis; obesity (BMI 33); fatty liver on ultrasound 2022 (ALT normal since); hypertension.
PSH: narrowband UVB 3x/week in 2019 (partial response, stopped due to travel); excimer laser to the elbows
 2020; cryo to a wart on the sole 2021; knee arthroscopy 2016.
MEDS: methotrexate 15 mg PO weekly (Sundays), folic acid 1 mg daily except Sundays, lisinopril 20 mg,
 clobetasol 0.05% solution (scalp, PRN), Kenalog 0.1% cream (body, PRN), calcipotriene foam.
ALLERGIES: none.
FH: mother - psoriasis. Father - type 2 diabetes.
SH: high-school football coach, married; alcohol cut to 1-2 drinks/week on methotrexate; never smoker.

DATA REVIEWED: CBC (WBC 5.8, Hgb 14.6, plt 241), CMP (AST 44, ALT 58 - up from 31 in December, creatinine
 0.9, albumin 4.3) drawn 03/09/2026. Independent review of the trend; FIB-4 calculated 1.1.

EXAM: BSA ~6%. Thin plaques both elbows and knees, sacrum 4 x 3 cm. Scalp clear except mild scale at the
 occiput. Nails: 6-8 pits per fingernail, no onycholysis. No synovitis of the hands.

ASSESSMENT / PLAN:
 1. Plaque psoriasis - improved on methotrexate, not at goal.
 2. Rising ALT on methotrexate with known fatty liver - drug therapy requiring intensive monitoring.
    - Reduce methotrexate to 12.5 mg weekly; switch folic acid to 1 mg daily every day.
    - Repeat CMP and CBC in 4 weeks; if ALT > 2x ULN, stop MTX and move to a biologic (discussed IL-23
      inhibitors; prior-auth paperwork prepared but not submitted).
    - Counseled again on alcohol avoidance and weight loss.
 3. Topicals: continue clobetasol solution scalp, calcipotriene foam body; Kenalog cream for small areas.
 4. Excimer laser to residual elbow plaques was discussed as an option - not done today.
RTC 4 weeks with labs.
Total time today 32 minutes including lab review and documentation.
Samuel Weiss, MD
""",
    "expected": E([L("99214")], dx={"99214": ["L40.0"]}),
    "coder_note": "E/M only, provider-selected 99214 kept (EM-1/EM-4: drug therapy with intensive monitoring; 32 min "
                  "also meets 99214). Old UVB/excimer/cryo are history; excimer only discussed. Commercial: no G2211.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s77-em-ffs-screening-skin-check-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient: asymptomatic screening full-skin exam, no skin-cancer history, no "
                   "complaint, nothing found -> 99203-GY",
    "date": "2026-03-17",
    "patient": ("Thorsby", "Evelyn", "1957-01-22", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Skin Examination",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
NEW PATIENT - 03/17/2026 - Samuel Weiss, MD

Referred by: self (saw an ad for skin cancer awareness month).
CC: "Just want a skin check - I've never had one."
Vitals: BP 126/76, HR 70, BMI 24.

HPI: 69 y/o woman, no skin complaints. No new, changing, itching or bleeding spots that she or her husband
have noticed. No prior skin cancers, no prior biopsies. Moderate sun exposure (gardening), rare sunburns,
no tanning beds. Uses SPF 30 most days.

ROS:
 Constitutional: negative. Eyes: negative. ENT: seasonal allergies. Cardiovascular: negative.
 Respiratory: negative. GI: diverticulosis, no bleeding. GU: negative. Musculoskeletal: plantar fasciitis.
 Neuro: negative. Psych: negative. Endocrine: negative. Heme/lymph: negative.
 Skin: denies rash, pruritus, hair or nail changes, or any lesion of concern.

PMH: hyperlipidemia; diverticulosis; plantar fasciitis; allergic rhinitis.
PSH: laparoscopic cholecystectomy 2011; cataract surgery right eye 2024; "they froze a wart on my finger"
 in college (1970s) - nothing since.
MEDS: pravastatin 40 mg, fluticasone nasal spray, loratadine PRN, calcium + D.
 (Has a tube of Kenalog 0.1% cream from a poison ivy rash in 2019 - not using.)
ALLERGIES: NKDA.
FH: no melanoma or skin cancer in first-degree relatives; father had prostate cancer.
SH: retired accountant, married, gardener, never smoker, occasional wine.

EXAM: Complete skin examination (scalp, face, ears, neck, trunk, buttocks, arms, hands, legs, feet,
 nails, and oral mucosa) with chaperone present. Fitzpatrick III.
 - Mild photoaging of the face and forearms.
 - A handful of small regular brown nevi on the trunk, all with benign dermoscopic patterns.
 - No actinic keratoses, no suspicious pigmented lesions, no nodules, no ulcers.
 - Nails and scalp normal.

ASSESSMENT: Screening skin examination - no lesions suspicious for malignancy. Nothing requiring biopsy,
 treatment or short-term follow-up.

PLAN:
 - Reassured. Taught ABCDE self-exam; monthly self-checks with her husband.
 - Sun protection: broad-spectrum SPF 30+, hat while gardening.
 - No prescriptions. No procedures.
 - She was told before the visit that Medicare does not pay for screening skin checks and she agreed to be
   responsible (no ABN form is required for a screening exclusion; none was signed).
 - Return if any lesion changes; no routine recall needed.
Samuel Weiss, MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README 'Coding decisions': screening-only full-skin exam on Medicare FFS with no skin-cancer "
                  "history, no complaint and nothing found -> E/M with GY (no voluntary ABN, so no GX). The 1970s "
                  "wart cryo and the unused Kenalog cream are history.",
})

SCENARIOS.append({
    "id": "s77-em-new-nodulocystic-acne-isotretinoin",
    "family": "em", "shape": "note-only",
    "description": "New patient severe nodulocystic acne started on isotretinoin (iPLEDGE, labs) -> 99204 as "
                   "selected; ILK only discussed and declined; commercial (Cigna)",
    "date": "2026-03-19",
    "patient": ("Haddad", "Karim", "2005-07-08", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Nodulocystic acne vulgaris", "L70.0", "Face, chest, back", reason=True),
    ],
    "note_title": "New Patient Consultation",
    "note": """WEISS DERMATOLOGY - NEW PATIENT CONSULTATION
Samuel Weiss, MD - 03/19/2026

Referring: Dr. A. Nguyen (family medicine).
CC: painful acne cysts on the face and back, scarring.
Vitals: BP 118/72, HR 64, Wt 79 kg.

HPI: 20 y/o man with acne since age 14, worse over the last 18 months with painful nodules on the jawline,
chest and back. Tried benzoyl peroxide wash, adapalene 0.3% gel (1 yr), clindamycin gel, doxycycline 100 mg
BID x 4 months (2024) and minocycline x 3 months (2025) - all with little benefit. An outside clinic injected
a few cysts with intralesional Kenalog in 2023; they flattened but new ones came. New pitted scars on cheeks.

ROS:
 Constitutional: negative. Eyes: no dry eye, wears contacts. ENT: negative. CV: negative.
 Respiratory: negative. GI: no IBD symptoms, no abdominal pain, no rectal bleeding. GU: negative.
 MSK: no back pain or joint pain (lifts weights). Neuro: no headaches, no vision change.
 Psych: frustrated and self-conscious; denies depression or suicidal ideation (PHQ-9 = 3).
 Endocrine: no anabolic steroid or supplement use (asked directly). Heme: negative. Skin: as HPI.

PMH: none significant. No depression history.
PSH: ILK to acne cysts 2023 (outside clinic); wisdom teeth 2023; cryo to a plantar wart 2019.
MEDS: adapalene 0.3% gel (stopped), benzoyl peroxide 10% wash, whey protein. No vitamin A supplements.
 He also has Kenalog 0.1% cream his mother gave him "for the red spots" - advised not to use on acne.
ALLERGIES: NKDA.
FH: father - severe acne with scarring. No psychiatric illness in the family.
SH: college junior (engineering), lives in a dorm, rare alcohol, no tobacco or vaping, no drugs.

EXAM: Face - 12 inflammatory papules, 6 nodules (jawline/cheeks), scattered rolling and ice-pick scars.
 Chest - 8 papules, 3 nodules. Back - >20 papules, 7 nodules/cysts, early hypertrophic scars. No sinus tracts.

DATA: none prior. Ordered fasting lipid panel and hepatic function panel (baseline for isotretinoin).

ASSESSMENT: Severe nodulocystic acne vulgaris with scarring, refractory to two oral antibiotics and topical
 retinoid - candidate for isotretinoin.

PLAN:
 - Isotretinoin discussed at length: teratogenicity counseling (male patient - never share pills), mood
   changes, dryness, lipids/liver, no blood donation, no waxing, avoid tetracyclines.
 - Registered in iPLEDGE today; consent and mood screening documented.
 - Start isotretinoin 40 mg daily (~0.5 mg/kg) after labs; e-prescription sent (to be confirmed in iPLEDGE).
 - Intralesional Kenalog for the two largest back cysts was offered today for faster relief; he declined
   ("I'll wait for the pills"). No injections were given.
 - Moisturizer, lip balm, SPF. Stop adapalene/BPO once on isotretinoin.
 - RTC 4 weeks (monthly iPLEDGE visits). Total time on the date of service: 50 minutes.
Samuel Weiss, MD
""",
    "expected": E([L("99204")], dx={"99204": ["L70.0"]}),
    "coder_note": "E/M only; provider-selected new-patient 99204 kept (prescription drug management with intensive "
                  "monitoring). Intralesional injection was offered and declined -> no 11900/J3301; 2023 ILK and "
                  "Kenalog cream are noise.",
})

SCENARIOS.append({
    "id": "s77-exb-epidermoid-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision recurrently inflamed epidermoid cyst left upper back: 2.1 cm + 2 x 0.2 cm = 2.5 cm "
                   "-> 11403; layered closure 6.8 cm -> 12032; old urgent-care I&D; commercial (UHC)",
    "date": "2026-03-24",
    "patient": ("Kowalczyk", "Tomasz", "1979-03-02", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 60,
    "conditions": [
        C("c1", "Epidermoid cyst, left upper back, recurrently inflamed", "L72.0", "Left upper back",
          reason=True),
    ],
    "note_title": "Operative Note - Excision",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
OPERATIVE NOTE - 03/24/2026 - Samuel Weiss, MD

PREOPERATIVE DIAGNOSIS: Epidermoid cyst, left upper back, recurrently inflamed.
POSTOPERATIVE DIAGNOSIS: Same (pending pathology).

HISTORY: 47 y/o man with a cyst on the left upper back for 6 years. Urgent care did an I&D of this cyst in
2023 when it abscessed; it has flared twice since (red, painful, draining) and hurts when he leans back in
the driver's seat. Currently quiet for 5 weeks (good time to excise).

Care team: PCP on file; copies of today's note to be sent.
Patient portal active; results will also be released there.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. Cardiovascular: negative.
 Respiratory: OSA on CPAP. GI: negative. GU: negative. MSK: negative. Neuro: negative.
 Psych: negative. Endocrine: negative. Heme: no bleeding tendency. Skin: as above; no other cysts.

PMH: obstructive sleep apnea (CPAP), hypertension, hidradenitis? - ruled out 2023.
PSH: I&D of this cyst 2023 (urgent care); excision of a lipoma right thigh 2020; vasectomy 2016;
 cryo to a wart on the left knee 2019.
MEDS: losartan 50 mg, clindamycin 1% lotion (used on the cyst during flares), Kenalog 0.1% cream PRN
 (elbow eczema). No anticoagulants or NSAIDs this week.
ALLERGIES: cephalexin (rash).
FH: mother - many "wens" removed. No bleeding disorders.
SH: long-haul truck driver, married, 1/2 ppd smoker (counseled, wants to quit), beer on weekends.

PROCEDURE: Excision of cyst with intermediate (layered) repair.
 Consent signed; time-out. Prone. Chlorhexidine prep, sterile drape.
 Anesthesia: 1% lidocaine with epinephrine 1:100,000, 12 mL.
 Pre-excision measurement: cyst 2.1 x 1.6 cm (greatest clinical diameter 2.1 cm) with central punctum.
 Margins: 2 mm on the narrowest side (3 mm at the tips).
 Fusiform excision oriented along relaxed skin tension lines; ellipse 6.8 cm long to avoid dog-ears.
 Cyst removed intact with surrounding fibrosis down to superficial fat. Specimen to pathology.
 Hemostasis with electrocautery. Moderate undermining.
 Closure: layered - deep dermal/subcutaneous 3-0 Vicryl buried interrupted; epidermis 4-0 nylon running.
 Final repair length 6.8 cm.
 EBL < 10 mL. No complications. Pressure dressing.

POST-OP: acetaminophen/ibuprofen; no heavy lifting 2 weeks; sutures out in 12-14 days.
 Smoking cessation: nicotine patch offered, he will think about it.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin and subcutis, left upper back, excision: ruptured epidermoid (infundibular) cyst with "
                 "foreign-body giant cell reaction. Specimen 7.0 x 2.4 x 1.8 cm.",
         "date": "2026-03-27", "site": "Left upper back"},
    ],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.1 + 2 x 0.2 (narrowest margin) = 2.5 cm on the trunk -> 11403 (not the 6.8 cm ellipse or "
                  "the 7.0 cm path specimen). EX-5/REP-2: layered 6.8 cm on the back -> 12032. The 2023 I&D, "
                  "lipoma excision and wart cryo are history.",
})

SCENARIOS.append({
    "id": "s77-exb-cheek-dysplastic-nevus-precoded-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pre-coded 11642 + 12013 for a left-cheek dysplastic nevus excision; path benign (moderate "
                   "atypia) -> 11442; simple closure bundled; Medicare Advantage PPO",
    "date": "2026-03-26",
    "patient": ("Fairbanks", "Lorraine", "1958-09-09", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic compound nevus with moderate atypia, left cheek", "D22.39", "Left cheek",
          reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion face 1.1-2.0 cm", cpt="11642", site="Left cheek",
          note="Lesion 0.6 cm, 3 mm margins, excised diameter 1.2 cm.", reasons=["c1"]),
        P("Simple repair face 2.6-5.0 cm", cpt="12013", site="Left cheek",
          note="Single-layer closure 3.1 cm with 6-0 Prolene.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PROCEDURE NOTE
Samuel Weiss, MD     DOS 03/26/2026

Indication: prior shave biopsy 02/2026 of a left cheek pigmented macule showed a dysplastic compound nevus with
moderate architectural and cytologic atypia, extending to the lateral margin. Re-excision for clear margins
recommended; patient agreed.

Interval history: 67 y/o woman, healed biopsy site with some re-pigmentation. No new lesions.
Vitals: BP 134/82, HR 77.

Tobacco and alcohol history re-verified (see social history).
Medication list and allergies reconciled with the patient today.
Outside records reviewed: most recent PCP note and problem list.
ROS:
 General - negative. Eyes - negative. ENT - negative. CV - negative. Resp - negative. GI - celiac disease,
 controlled on diet. GU - negative. MSK - fibromyalgia. Neuro - negative. Psych - anxiety, on sertraline.
 Endocrine - negative. Heme - negative. Skin - as above.

PMH: celiac disease, fibromyalgia, anxiety, osteopenia.
PSH: shave biopsy left cheek 02/2026; excision of a dysplastic nevus on the back 2019 (mild atypia);
 cryo to AKs on the nose last year; Mohs on the left temple 2021 for BCC; cesarean section x2.
MEDS: sertraline 100 mg, duloxetine was stopped, vitamin D, tretinoin 0.05% cream (paused around the site),
 fluorouracil 5% cream (finished on the nose 2024), Kenalog 0.1% cream PRN.
ALLERGIES: gluten (intolerance), nickel (ACD).
FH: mother - melanoma at 58 (upper back). Maternal aunt - melanoma.
SH: retired dental hygienist, married, never smoker, no alcohol.

EXAM: Left cheek - 0.6 cm light-brown macule with central pink biopsy scar.

PROCEDURE:
 Consent, time-out. 1% lidocaine with epi. Marked 0.6 cm lesion with 3 mm margins (narrowest 3 mm) -
 excised diameter 1.2 cm. Elliptical excision along the relaxed skin tension line, full thickness to
 subcutaneous fat. Specimen oriented with a suture at 12 o'clock, to pathology.
 Repair: single-layer closure with 6-0 Prolene simple interrupted sutures; no buried sutures, no
 undermining needed. Final length 3.1 cm. Steri-strips, bacitracin.

ASSESSMENT: Dysplastic nevus, left cheek, moderate atypia - excised with margins. Not a malignancy; excision
 is for complete removal of an atypical lesion.
PLAN: sutures out in 5-6 days; annual full skin exam (family history of melanoma, personal history of BCC);
 results by phone.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin, left cheek, re-excision: residual dysplastic compound nevus with moderate atypia, "
                 "completely excised; margins free. No melanoma.", "date": "2026-03-30", "site": "Left cheek"},
    ],
    "expected": E([L("11442")], ["coding-correction", "ncci"], dx={"11442": ["D22.39"]}),
    "coder_note": "EX-3: moderate atypia is benign -> benign face excision; 0.6 + 2 x 0.3 = 1.2 cm -> 11442, not 11642. "
                  "EX-5: simple repair is included (11442/12013 PTP ind 1, same wound) -> 12013 removed.",
})

SCENARIOS.append({
    "id": "s77-exb-pilar-cyst-scalp-no-size-keep-repair",
    "family": "excision-benign", "shape": "free-text",
    "description": "Scalp pilar cyst excision with no pre-excision lesion size (only the path specimen size) -> no "
                   "excision line; layered scalp closure 3.0 cm -> 12032; Medicaid",
    "date": "2026-03-31",
    "patient": ("Mabry", "Shonda", "1983-12-01", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Pilar cyst, occipital scalp, painful", "L72.11", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision of cyst, scalp", site="Occipital scalp",
          note="Painful cyst that catches on the comb, excised through a linear incision, removed intact.",
          reasons=["c1"]),
        P("Layered closure", site="Occipital scalp",
          note="Intermediate repair: 4-0 Monocryl deep, staples to skin. Length 3.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Dermatologic Surgery Note",
    "note": """WEISS DERMATOLOGY
Dermatologic surgery - Samuel Weiss, MD - 03/31/2026

Patient: 42 y/o woman, established.
Indication: tender cyst on the back of the scalp, scratched open twice by her comb (bled), enlarging.
Vitals: BP 142/90 (white coat per pt), HR 88.

History: present 3 years, slowly growing; her hairdresser nicks it and it bled last month. No drainage.
Pain score at check-in: 2/10.
Preferred language: English; no interpreter needed.
Chaperone offered; declined.
Identity verified with name and date of birth.
Preferred pharmacy confirmed on file.
PHQ-2 depression screen at intake: negative.
ROS:
 Const: no fever. Eyes: negative. ENT: negative. CV: negative. Resp: asthma, stable. GI: negative.
 GU: negative. MSK: negative. Neuro: tension headaches. Psych: depression, stable. Endo: PCOS.
 Heme: negative. Skin: as above; has two smaller scalp bumps, not bothersome.

PMH: PCOS, mild persistent asthma, depression, tension headaches.
PSH: excision of a pilar cyst from the vertex 2021 (different site, no recurrence); laparoscopic ovarian
 drilling 2012; I&D of a finger paronychia 2018.
MEDS: metformin 500 mg BID, spironolactone 100 mg, budesonide/formoterol inhaler, bupropion XL 300 mg,
 Kenalog 0.1% solution to the scalp PRN itch, ketoconazole shampoo.
ALLERGIES: shellfish (hives).
FH: mother and sister with pilar cysts.
SH: daycare worker, 2 children, never smoker, no alcohol.

EXAM: Occipital scalp - firm, mobile, smooth subcutaneous nodule with overlying excoriation; tender.
 Two smaller similar nodules at the vertex (asymptomatic, left alone). No lymphadenopathy.

PROCEDURE: Excision of pilar cyst, occipital scalp, with intermediate repair.
 Consent. Hair parted and taped. 1% lidocaine with epi 6 mL. Linear incision over the cyst; blunt dissection;
 cyst removed intact with capsule. (Cyst diameter was not recorded before the incision.) Specimen to path.
 Hemostasis with electrocautery. Closed in layers: 4-0 Monocryl buried deep sutures, skin staples.
 Final repair length 3.0 cm. Bacitracin; may shampoo in 48 hours.

ASSESSMENT: Symptomatic pilar cyst, occipital scalp - excised.
PLAN: staples out in 10 days. The two vertex cysts could be removed later if they become symptomatic - not
 planned. Asthma and PCOS management per PCP/endocrinology.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin and subcutis, occipital scalp, excision: trichilemmal (pilar) cyst, intact, 1.4 x 1.2 x "
                 "1.0 cm.", "date": "2026-04-03", "site": "Occipital scalp"},
    ],
    "expected": E([L("12032")], ["missing-documentation"], dx={"12032": ["L72.11"]}),
    "coder_note": "README 'Coding decisions': no pre-excision lesion size -> no size-banded excision line (EX-1: the "
                  "pathology specimen size may not be used), missing-documentation; the separately documented layered "
                  "scalp repair 3.0 cm is kept -> 12032.",
})

SCENARIOS.append({
    "id": "s77-exm-melanoma-in-situ-back-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Wide excision melanoma in situ right upper back: 0.8 cm + 2 x 0.5 cm = 1.8 cm -> 11602; "
                   "layered 5.0 cm -> 12032; Medicare FFS",
    "date": "2026-04-07",
    "patient": ("Brennan", "Cornelius", "1950-04-25", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Melanoma in situ, right upper back", "D03.59", "Right upper back", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Operative Report",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - OPERATIVE REPORT
Samuel Weiss, MD - 04/07/2026

DIAGNOSIS: Melanoma in situ, right upper back (shave biopsy 03/17/2026: MIS, lentiginous, peripheral margin
involved, deep margin clear).
PROCEDURE: Wide local excision with 5 mm margins; intermediate (layered) repair.

HISTORY: 75 y/o man. The biopsy site is healed. Feels well. No new lumps, no weight loss.
Vitals: BP 130/70, HR 60 (beta blocker).

Fall-risk screen at intake: negative.
Care team: PCP on file; copies of today's note to be sent.
ROS:
 General: negative. Eyes: negative. ENT: hearing loss (aids). Cardiac: CABG 2015, no angina.
 Pulmonary: negative. GI: negative. GU: BPH. MSK: spinal stenosis. Neuro: negative. Psych: negative.
 Endocrine: type 2 DM, diet-controlled. Heme: on aspirin only. Skin: as above.

PMH: CAD s/p CABG, type 2 DM (diet), BPH, lumbar spinal stenosis, hyperlipidemia.
PSH: CABG x3 2015; excision of BCC 2019 (left forearm); Mohs nose 2021 (right nasal tip); cryo to AKs last
 year (face, 11 lesions); shave biopsy right upper back 03/2026; bilateral inguinal hernia repair.
MEDS: aspirin 81 mg, metoprolol 50 mg, atorvastatin 80 mg, finasteride 5 mg, imiquimod 5% cream (prescribed
 2024 for lentigo on the cheek - stopped), Kenalog 0.1% cream for seborrheic dermatitis of the ears.
ALLERGIES: morphine (itching).
FH: no melanoma. Sister - breast cancer.
SH: retired airline pilot (UV exposure at altitude), married, never smoker, 1-2 drinks/week.

EXAM: Right upper back - 0.8 cm pink-tan scar with faint residual peripheral pigmentation (greatest
 clinical diameter 0.8 cm under Wood's lamp). No satellite lesions. No axillary or cervical adenopathy.

PROCEDURE:
 Consent, time-out. Prone. Chlorhexidine. 1% lidocaine w/ epi 15 mL.
 Lesion/scar 0.8 cm, 5 mm margins marked circumferentially (excised diameter 1.8 cm).
 Fusiform excision to the superficial fascia, oriented (suture at 12), to dermatopathology.
 Undermining at the level of the superficial fascia. Layered closure: 3-0 Vicryl buried dermal sutures,
 4-0 Prolene running subcuticular. Final length 5.0 cm. Hemostasis with electrocautery.
 No complications. EBL 10 mL.

PLAN: sutures out 14 days. Dermatology follow-up every 6 months for 2 years, then annually. Sentinel node
 not indicated for MIS. If margins are involved a further re-excision would be needed - will decide after
 pathology.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin, right upper back, wide local excision: residual melanoma in situ, lentiginous type, "
                 "completely excised; closest peripheral margin 4 mm. No invasive melanoma.",
         "date": "2026-04-10", "site": "Right upper back"},
    ],
    "expected": E([L("11602"), L("12032")], dx={"11602": ["D03.59"]}),
    "coder_note": "EX-3: melanoma in situ uses malignant excision codes. 0.8 + 2 x 0.5 = 1.8 cm trunk -> 11602. "
                  "Layered 5.0 cm back -> 12032. Prior biopsy was 000-global. Old BCC/Mohs/AK cryo are history.",
})

SCENARIOS.append({
    "id": "s77-exm-cheek-bcc-precoded-benign-codes",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Pre-coded benign 11442 + 12051; path BCC and 1.0 + 2 x 0.4 = 1.8 cm, layered 3.2 cm -> 11642 + "
                   "12052; commercial",
    "date": "2026-04-09",
    "patient": ("Lindqvist-Hale", "Ingrid", "1964-06-15", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 55,
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, right cheek", "C44.319", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion face 1.1-2.0 cm", cpt="11442", site="Right cheek",
          note="Pearly papule 1.0 cm, 4 mm margins, excised diameter 1.8 cm.", reasons=["c1"]),
        P("Intermediate repair face 2.5 cm or less", cpt="12051", site="Right cheek",
          note="Layered closure, 5-0 Monocryl deep, 6-0 nylon epidermal. Length 3.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Excision Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
EXCISION NOTE - 04/09/2026 - Samuel Weiss, MD

Patient: 61 y/o woman, established.
Indication: enlarging pearly papule right cheek for 8 months that bleeds with face washing. Clinically a
nodular BCC; she declined a separate biopsy visit and asked for excision in one step. Pathology pending at
the time of this note.
Vitals: BP 118/76, HR 70.

Patient portal active; results will also be released there.
Tobacco and alcohol history re-verified (see social history).
Medication list and allergies reconciled with the patient today.
ROS:
 Constitutional: negative. Eyes: negative. ENT: chronic sinusitis. CV: negative. Resp: negative.
 GI: negative. GU: negative. MSK: negative. Neuro: migraines. Psych: negative. Endocrine: negative.
 Heme: negative. Skin: as above; no other bleeding spots.

PMH: migraine, chronic rhinosinusitis, remote hepatitis A.
PSH: functional endoscopic sinus surgery 2017; cryo to AKs last year (forearms); shave removal of an inflamed
 SK on the neck 2022; breast reduction 2005.
MEDS: rizatriptan PRN, fluticasone nasal, fluorouracil 5% cream (used on the forearms in 2025),
 Kenalog 0.1% cream (hand dermatitis), daily mineral sunscreen.
ALLERGIES: NKDA.
FH: father - BCC of the ear; brother - SCC of the scalp.
SH: real-estate agent, splits the year between Ohio and Leeds (drives a lot on both sides of the road),
 never smoker, social wine.

EXAM: Right cheek - 1.0 x 0.8 cm pearly pink papule with arborizing telangiectasias and central erosion.
 No lymphadenopathy.

PROCEDURE:
 Consent, time-out. 1% lidocaine w/ epi. Clinical lesion 1.0 cm; 4 mm margins marked (narrowest 4 mm);
 excised diameter 1.8 cm. Elliptical excision to subcutaneous fat along the melolabial tension lines.
 Specimen with orientation suture to pathology.
 Repair: layered - 5-0 Monocryl buried dermal, 6-0 nylon simple running. Final length 3.2 cm.
 Hemostasis with electrocautery. Pressure dressing.

ASSESSMENT: Clinical nodular BCC, right cheek - excised with 4 mm margins.
PLAN: sutures out 6 days. Call with pathology. If margins are positive: re-excision vs Mohs - discussed in
 principle only.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin, right cheek, excision: basal cell carcinoma, nodular type, margins free (closest 2 mm).",
         "date": "2026-04-13", "site": "Right cheek"},
    ],
    "expected": E([L("11642"), L("12052")], ["coding-correction"], dx={"11642": ["C44.319"]}),
    "coder_note": "EX-3/DX-2: final pathology BCC -> malignant face excision; 1.0 + 2 x 0.4 = 1.8 cm -> 11642. "
                  "REP-2: layered 3.2 cm on the face -> 12052 (12051 is <= 2.5 cm).",
})

SCENARIOS.append({
    "id": "s77-exm-scc-scalp-layered-ffs",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision biopsy-proven SCC vertex scalp: 1.2 cm + 2 x 0.4 cm = 2.0 cm -> 11622; layered 4.4 cm "
                   "-> 12032; Medicare (payer name only)",
    "date": "2026-04-14",
    "patient": ("Osterhout", "Walter", "1942-11-11", "male"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 55,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, vertex scalp", "C44.42", "Vertex scalp",
          reason=True),
    ],
    "procedures": [
        P("Excision of skin cancer, scalp", site="Vertex scalp",
          note="Biopsy-proven SCC. Lesion 1.2 cm, 4 mm margins -> excised diameter 2.0 cm.", reasons=["c1"]),
        P("Layered closure, scalp", site="Vertex scalp",
          note="Galeal undermining, 3-0 Vicryl deep, staples. Repair length 4.4 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Procedure note - Samuel Weiss, MD - 04/14/2026

83 y/o man, bald, for excision of a well-differentiated SCC of the vertex scalp (punch biopsy 03/24/2026).
Vitals: BP 148/78, HR 72. Accompanied by his son.

HPI: crusted, tender growing bump at the crown for 4 months. No numbness, no headaches.

Outside records reviewed: most recent PCP note and problem list.
Pain score at check-in: 2/10.
Preferred language: English; no interpreter needed.
Chaperone offered; declined.
ROS:
 Constitutional: fatigue (chronic). Eyes: glaucoma. ENT: hard of hearing. CV: heart failure with preserved
 EF, stable on diuretic; no orthopnea. Resp: negative. GI: negative. GU: CKD 3b. MSK: OA hips.
 Neuro: mild cognitive impairment (son helps with meds). Psych: negative. Endocrine: negative.
 Heme: anemia of CKD. Skin: as above.

PMH: HFpEF, CKD 3b, MCI, glaucoma, OA, chronic lymphocytic leukemia (watch-and-wait, not treated).
PSH: excision of BCC 2019 (right ear helix), Mohs nose 2021, cryo to AKs last year (scalp x14), ED&C of an
 SCCIS of the left hand 2023, right hip replacement 2014, punch biopsy vertex 03/2026.
MEDS: furosemide 40 mg, spironolactone 25 mg, timolol drops, donepezil 5 mg, acetaminophen, fluorouracil 5%
 cream (scalp, 2024), Kenalog 0.1% cream (itchy back). Not anticoagulated.
ALLERGIES: penicillin.
FH: unknown (adopted).
SH: widower, retired roofer (decades of heavy sun), lives with his son,
 ex-smoker (quit 1980), no alcohol.

EXAM: Vertex scalp - 1.2 x 1.0 cm keratotic, crusted nodule on a background of actinic damage; healed punch
 site within it. No cervical, occipital or pre/post-auricular adenopathy. Several small AKs nearby, not
 treated today (he will use 5-FU again).

PROCEDURE: Excision of SCC with intermediate repair.
 Consent from patient with son present (capacity adequate for this decision). Time-out.
 1% lidocaine w/ epi 10 mL. 4 mm margins (narrowest) around the 1.2 cm lesion = 2.0 cm excised diameter.
 Excision to the galea; specimen inked/oriented to pathology. Galeal-level undermining, layered closure
 3-0 Vicryl deep + skin staples. Repair length 4.4 cm. Hemostasis with cautery. Head wrap.

PLAN: staples out in 12-14 days. CLL noted - higher SCC risk; skin exams every 4 months. Pathology to follow;
 re-excision only if margins involved.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin, vertex scalp, excision: squamous cell carcinoma, well differentiated, invasive to mid "
                 "dermis; no perineural invasion; margins free.", "date": "2026-04-17", "site": "Vertex scalp"},
    ],
    "expected": E([L("11622"), L("12032")], dx={"11622": ["C44.42"]}),
    "coder_note": "EX-2: scalp is SNHFG; 1.2 + 2 x 0.4 = 2.0 cm -> 11622. REP-2: scalp layered repair belongs to "
                  "12031-12037; 4.4 cm -> 12032. AKs seen but not treated; old procedures are history.",
})

SCENARIOS.append({
    "id": "s77-id-simple-abscess-back",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D of a single fluctuant abscess of the back -> 10060; culture sent; old cyst "
                   "excision and Kenalog cream are noise; commercial (Aetna)",
    "date": "2026-04-16",
    "patient": ("Delacroix", "Renee", "1991-02-27", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of the back", "L02.212", "Right mid back", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Right mid back",
          note="Single 2 cm fluctuant abscess; stab incision, 3 mL purulence expressed, irrigated, no packing "
               "needed, no loculations.", reasons=["c1"]),
    ],
    "note_title": "Acute Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - ACUTE (SAME-DAY) VISIT
Samuel Weiss, MD - 04/16/2026

35 y/o woman, established (acne rosacea), seen same day for a painful lump on the back.
Vitals: T 37.4 C, BP 116/74, HR 84.

HPI: 4 days of a tender, enlarging red lump on the right mid back, now soft in the center. No fever or chills.
No prior boils. No recent antibiotics. No household contacts with boils.

Identity verified with name and date of birth.
Preferred pharmacy confirmed on file.
PHQ-2 depression screen at intake: negative.
Fall-risk screen at intake: negative.
Care team: PCP on file; copies of today's note to be sent.
ROS:
 Constitutional: no fever, mild malaise. Eyes: negative. ENT: negative. CV: negative. Resp: negative.
 GI: negative. GU: no dysuria. MSK: negative. Neuro: negative. Psych: negative. Endocrine: no diabetes
 symptoms (no polyuria/polydipsia). Heme: negative. Skin: rosacea quiet; lump as above.

PMH: papulopustular rosacea, iron-deficiency anemia (heavy menses).
PSH: excision of an epidermoid cyst from the left shoulder 2020 (not this area); laparoscopic appendectomy
 2012; cryo to a plantar wart 2018.
MEDS: ivermectin 1% cream (rosacea), metronidazole 0.75% gel, ferrous sulfate, levonorgestrel IUD.
 Kenalog 0.1% cream - she put it on the lump for 2 days (advised to stop).
ALLERGIES: clindamycin (C. diff 2019).
FH: no diabetes, no immunodeficiency.
SH: nurse (ICU), married, never smoker, social alcohol.

EXAM: Right mid back - 2.0 cm erythematous, warm, fluctuant nodule with 3 cm surrounding erythema, no
 punctum, no sinus tracts. No lymphangitic streaking. Rosacea: mild centrofacial erythema only.

A/P:
 1. Simple cutaneous abscess, right mid back (occupational MRSA exposure) - I&D today.
    Consent. 1% lidocaine with epi. Single stab incision with #11 blade; about 3 mL purulent material
    expressed; cavity probed - no loculations; irrigated with saline. No packing required. Dry gauze.
    Wound culture sent to the lab. No antibiotics needed after adequate drainage (no cellulitis beyond
    3 cm, afebrile); will start doxycycline only if culture/clinical course suggests.
 2. Rosacea - stable, no change (not addressed further).
 3. Stop Kenalog cream on the area.
Return 2-3 days for wound check, sooner if fever or spreading redness.
Samuel Weiss, MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.212"]}),
    "coder_note": "Single simple abscess, no loculations or packing -> 10060. No E/M selected. Cyst excision 2020, "
                  "wart cryo and Kenalog cream are noise.",
})

SCENARIOS.append({
    "id": "s77-id-hs-both-axillae-precoded-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Pre-coded 10060 twice for two HS abscesses (both axillae) -> 10061 x1 (multiple); separate HS "
                   "management starting adalimumab -> 99214-25; Medicaid",
    "date": "2026-04-21",
    "patient": ("Pryor", "Jamal", "1996-08-19", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II, both axillae", "L73.2", "Both axillae",
          reason=True),
    ],
    "procedures": [
        P("Incision and drainage, abscess, simple", cpt="10060", site="Right axilla",
          note="Fluctuant 2.5 cm abscess, incised and drained, loculations broken, packed.", reasons=["c1"]),
        P("Incision and drainage, abscess, simple", cpt="10060", site="Left axilla",
          note="Fluctuant 1.8 cm abscess, incised and drained.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Visit 04/21/2026 - Samuel Weiss, MD - established

CC: painful draining lumps in both armpits; "doxycycline isn't working."
Vitals: T 37.2 C, BP 128/82, HR 90, BMI 36.

HPI: 29 y/o man with hidradenitis suppurativa since age 19 (axillae, groin). On doxycycline 100 mg BID since
November with continued flares (3-4 per month), now two acutely painful fluctuant lumps, one in each axilla,
for 5 days. Misses work due to pain. Has had intralesional Kenalog to individual nodules in 2024 and
deroofing of a left groin tunnel in 2025.

ROS:
 Constitutional: no fever, fatigue. Eyes: negative. ENT: negative. CV: negative. Resp: negative.
 GI: no diarrhea, no abdominal pain (no IBD symptoms). GU: negative. MSK: no back or joint pain.
 Neuro: negative. Psych: low mood because of HS (PHQ-2 negative). Endocrine: prediabetes.
 Heme: negative. Skin: as HPI; groin currently quiet.

PMH: HS (Hurley II), obesity, prediabetes, latent TB? - never tested.
PSH: deroofing left groin 2025; ILK to HS nodules 2024; I&D right axilla at the ER 2022.
MEDS: doxycycline 100 mg BID, chlorhexidine 4% wash, clindamycin 1% lotion, ibuprofen PRN,
 Kenalog 0.1% cream (groin itch) - not for HS.
ALLERGIES: NKDA.
FH: mother - HS. Father - type 2 DM.
SH: warehouse worker, single, smokes 1/2 ppd (counseled), occasional cannabis.

EXAM: Right axilla - 2.5 cm fluctuant tender abscess with surrounding inflamed nodules and one
 double-ended comedone. Left axilla - 1.8 cm fluctuant abscess. Old rope-like scars both axillae. Groin:
 healed deroofing site, no active lesions.

ASSESSMENT / PLAN:
 1. HS, Hurley II, failing oral antibiotics - moderate-to-severe disease. Start adalimumab 160 mg day 1,
    80 mg day 15, then 40 mg weekly. Ordered QuantiFERON, hepatitis B sAg/cAb, hepatitis C Ab, CBC, CMP.
    Prior authorization submitted to Medicaid. Continue doxycycline until biologic starts. Smoking cessation
    counseled (varenicline Rx sent). Weight management referral.
 2. Acute abscesses, both axillae - I&D of both today.
    Consent. 1% lidocaine w/ epi. Right axilla: incised, 6 mL pus, loculations broken up with a hemostat,
    packed with 1/4-inch iodoform gauze. Left axilla: incised, 2 mL pus, irrigated. Dressings applied.
    Packing removal in 48 h by the nurse.
 3. Pain: ibuprofen scheduled x 3 days.
RTC 2 days (packing), 6 weeks (biologic start).
Samuel Weiss, MD
""",
    "expected": E([L("99214", 1, "25"), L("10061")], ["coding-correction"], dx={"10061": ["L73.2"]}),
    "coder_note": "Two abscesses drained at one session = multiple -> 10061 x1 (MUE 1), not 10060 twice. Starting a "
                  "biologic with TB/hepatitis screening is significant separate work -> 99214-25 (10061/99214 ind 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s77-il-chest-keloids-j3301-over-mue",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to 4 large chest/shoulder keloids, Kenalog-40 4.5 mL = 180 mg -> 11900 + J3301 18 capped "
                   "at MUE 16; commercial",
    "date": "2026-04-23",
    "patient": ("Okafor-Bello", "Emeka", "1985-05-30", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Keloids, presternal chest and left shoulder, symptomatic", "L91.0",
          "Presternal chest, left shoulder", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection, keloids", site="Presternal chest (3), left shoulder (1)",
          note="Four keloids injected with triamcinolone acetonide 40 mg/mL: presternal 1.5 mL, 1.0 mL and "
               "0.8 mL; left shoulder 1.2 mL. Total 4.5 mL = 180 mg.", reasons=["c1"]),
        P("Triamcinolone acetonide (Kenalog-40) supplied by office", site="Chest/shoulder",
          note="180 mg total.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Procedure visit - Samuel Weiss, MD - 04/23/2026

40 y/o man with long-standing keloids after acne on the chest and a vaccination scar on the left shoulder.
Vitals: BP 136/86, HR 74, Wt 95 kg.

HPI: the keloids itch intensely at night and are painful when his seatbelt and backpack straps rub them.
The largest presternal keloid bled after scratching last week. His last injection series was 11 months ago
(outside practice); they softened but have regrown. He does not want surgery or radiation.

Patient portal active; results will also be released there.
Tobacco and alcohol history re-verified (see social history).
ROS:
 General - negative. Eyes - negative. ENT - negative. Cardiovascular - negative.
 Respiratory - negative. GI - negative. GU - negative. Musculoskeletal - negative.
 Neurologic - negative. Psychiatric - sleep disturbed by itch. Endocrine - no diabetes (A1c 5.4 in 2025).
 Hematologic - negative. Skin - as above; no new keloids.

PMH: keloid diathesis, hypertension, acne vulgaris (teens).
PSH: excision of a right earlobe keloid 2015 (recurred, then controlled with injections); ILK series 2024-2025
 at an outside clinic; cryotherapy to keloids "with a spray" 2022 - blistered, stopped.
MEDS: amlodipine 5 mg, silicone gel sheets (nightly, inconsistent), Kenalog 0.1% cream under occlusion
 (used last month - minimal help), cetirizine 10 mg at night.
ALLERGIES: NKDA.
FH: mother and brother with keloids.
SH: IT consultant, married, never smoker, no alcohol.

EXAM: Presternal chest - three firm, shiny, pink-to-violaceous keloids: 6 x 3 cm, 4 x 2 cm and 3 x 2 cm, the
 largest with an excoriated, crusted area. Left deltoid - 3.5 x 2.5 cm keloid. No signs of infection.

ASSESSMENT: Symptomatic keloids x4 (pruritus, pain, bleeding after trauma).

PROCEDURE: Intralesional triamcinolone acetonide.
 Consent; photos. Kenalog-40 (40 mg/mL) undiluted given the thickness of the lesions, 27 g needle, into the
 dermis of each keloid until blanching: presternal 1.5 mL, 1.0 mL, 0.8 mL; left shoulder 1.2 mL.
 Total 4.5 mL = 180 mg triamcinolone acetonide. Hemostasis with pressure. Tolerated well.
 Counseled about atrophy, hypopigmentation, telangiectasia and transient glucose rise.

PLAN: repeat in 6 weeks at a lower total dose; continue silicone sheets nightly; cetirizine. If refractory,
 consider 5-FU/triamcinolone combination injections (discussed, not done today).
Samuel Weiss, MD
""",
    "expected": E([L("11900"), L("J3301", 16)], ["mue"], dx={"11900": ["L91.0"]}),
    "coder_note": "4 lesions -> 11900 (up to 7). J3301 = ceil(180/10) = 18 units, above the MUE of 16 -> capped at "
                  "16 with an mue finding (README 'Coding decisions'). Prior keloid excision/cryo are history.",
})

SCENARIOS.append({
    "id": "s77-il-alopecia-areata-nine-patches-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Pre-coded 11900 for ILK to 9 alopecia areata patches -> 11901; Kenalog-10 3.6 mL = 36 mg -> "
                   "J3301 x4; Medicare Advantage PPO",
    "date": "2026-04-28",
    "patient": ("Ashworth", "Penelope", "1959-10-18", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Alopecia areata, multifocal scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Scalp",
          note="ILK to alopecia areata patches.", reasons=["c1"]),
        P("Injection, triamcinolone acetonide, per 10 mg", cpt="J3301", site="Scalp",
          note="36 mg (x4 units).", reasons=["c1"]),
    ],
    "note_title": "Dermatology Follow-up",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - FOLLOW-UP
DOS 04/28/2026 - Samuel Weiss, MD

66 y/o woman with patchy alopecia areata of the scalp, here for her scheduled injection session (#3).
Vitals: BP 122/70, HR 66.

Interval history: regrowth in the two occipital patches treated at the last visits, but new patches keep
appearing. No eyebrow or eyelash loss. No nail changes. Stress: husband's illness.

Medication list and allergies reconciled with the patient today.
Outside records reviewed: most recent PCP note and problem list.
Pain score at check-in: 2/10.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. Cardiovascular: negative. Respiratory: negative.
 GI: negative. GU: negative. MSK: negative. Neuro: negative. Psych: situational stress, sleeping poorly.
 Endocrine: Hashimoto's, on replacement. Heme: negative. Skin: as above; no other rashes.

PMH: Hashimoto thyroiditis, vitiligo (stable, hands), osteoarthritis, hypertension.
PSH: ILK to scalp patches 01/2026 and 03/2026; excision of BCC 2019 (right shoulder); cryo to AKs on the
 forehead last year; knee arthroscopy 2010.
MEDS: levothyroxine 100 mcg, losartan 50 mg, clobetasol 0.05% solution to the scalp nightly, minoxidil 5%
 foam, Kenalog 0.1% cream (vitiligo patches, weekdays), tacrolimus 0.1% ointment (weekends).
ALLERGIES: hydrocodone (vomiting).
FH: sister - type 1 diabetes; mother - alopecia areata.
SH: retired nurse, married (husband ill), never smoker, no alcohol.

EXAM: Scalp - nine (9) well-demarcated smooth patches of non-scarring alopecia with exclamation-point hairs at
 the margins, 1.5-4 cm each: vertex 3, right parietal 2, left parietal 2, occipital 2 (including two with
 early regrowth of fine white hairs). Eyebrows, lashes and beard area intact. Nails: no pitting.

ASSESSMENT: Multifocal alopecia areata (9 patches) - active.

PROCEDURE: Intralesional triamcinolone to each of the 9 patches.
 Kenalog-10 (10 mg/mL), 0.1 mL per site at 1 cm intervals with a 30 g needle; 0.4 mL per patch into most
 patches and less into the small ones; total 3.6 mL = 36 mg. Tolerated well. No bleeding.

PLAN:
 - Repeat in 6 weeks. Check TSH (due). If >50% scalp involvement develops, discuss JAK inhibitor
   (baricitinib) - not indicated now.
 - Continue clobetasol solution and minoxidil foam. Continue vitiligo regimen (stable, not addressed).
Samuel Weiss, MD
""",
    "expected": E([L("11901"), L("J3301", 4)], ["coding-correction"], dx={"11901": ["L63.9"]}),
    "coder_note": "4.8: 9 lesions injected -> 11901 (more than 7), not 11900. J3301 = ceil(36/10) = 4 units. "
                  "Medicare Advantage, no ABN modifiers.",
})

SCENARIOS.append({
    "id": "s77-il-acne-cysts-em25-spironolactone",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to 3 acne cysts (Kenalog 2.5 mg/mL, 1.5 mg total -> J3301 x1) + separate acne management "
                   "starting spironolactone -> 99213-25 + 11900; commercial (UHC)",
    "date": "2026-04-30",
    "patient": ("Sato", "Mirei", "1996-03-12", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic component, jawline", "L70.0", "Jawline and chin", reason=True),
    ],
    "procedures": [
        P("Intralesional triamcinolone to acne cysts", site="Left jawline (2), chin (1)",
          note="Kenalog-10 diluted with saline to 2.5 mg/mL; 0.2 mL into each of 3 cysts (0.5 mg each, 1.5 mg "
               "total).", reasons=["c1"]),
        P("Triamcinolone acetonide", site="Jawline/chin", note="1.5 mg total.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PROGRESS NOTE
04/30/2026 - Samuel Weiss, MD - established

CC: painful cysts on the jaw before a job interview; acne overall worse.
Vitals: BP 108/68, HR 72.

HPI: 30 y/o woman with adult female-pattern acne along the jawline and chin for 3 years, flaring premenstrually.
On tretinoin 0.05% cream and benzoyl peroxide 5% wash; doxycycline in 2025 helped but acne returned after
stopping. Three tender deep cysts for a week; interview on Monday.

Preferred language: English; no interpreter needed.
Chaperone offered; declined.
Identity verified with name and date of birth.
Preferred pharmacy confirmed on file.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. CV: negative. Resp: negative.
 GI: negative. GU: regular cycles, no hirsutism complaints, no galactorrhea. MSK: negative.
 Neuro: negative. Psych: negative. Endocrine: no weight change. Heme: negative. Skin: as HPI.

PMH: acne vulgaris; migraine with aura (so no estrogen-containing OCP); iron deficiency 2022.
PSH: ILK to an acne cyst 2024 (this office); laser hair removal (cosmetic, elsewhere) 2023; LEEP 2020.
MEDS: tretinoin 0.05% cream, benzoyl peroxide 5% wash, copper IUD, magnesium, Kenalog 0.1% cream (she had
 been dabbing it on cysts - advised not to, risk of steroid acne/atrophy).
ALLERGIES: sulfa.
FH: mother - PCOS.
SH: marketing analyst, single, never smoker, social alcohol.

EXAM: Jawline/chin - 3 tender erythematous nodules/cysts (left jawline 2, chin 1), 8-12 mm; ~15 inflammatory
 papules and scattered PIH. No hirsutism, no acanthosis.

ASSESSMENT / PLAN:
 1. Hormonal-pattern acne vulgaris, moderate, relapsing after antibiotics. Estrogen contraindicated (migraine
    with aura). Start spironolactone 50 mg daily (Rx sent), counsel on diuresis, menstrual irregularity,
    breast tenderness, avoid potassium supplements; baseline BMP ordered given the plan to titrate to 100 mg.
    Continue tretinoin and BPO. Switch wash to BPO 4% if dryness.
 2. Painful acne cysts x3 - intralesional triamcinolone today.
    Consent. Kenalog-10 diluted to 2.5 mg/mL; 0.2 mL (0.5 mg) into each of 3 cysts with a 30 g needle.
    Total triamcinolone 1.5 mg.
 3. Stop Kenalog cream on the face.
RTC 8 weeks with BMP.
Samuel Weiss, MD
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L70.0"]}),
    "coder_note": "New prescription management (spironolactone with labs) is significant and separate -> 99213-25 "
                  "(11900/99213 ind 1). 3 cysts -> 11900; 1.5 mg -> J3301 x1 (ceil). Laser hair removal/LEEP are history.",
})

SCENARIOS.append({
    "id": "s77-mixed-ffs-em25-ak-cryo-shave-bx-back",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare FFS: psoriasis Rx change -> 99214-25; tangential bx back 11102; cryo 5 AKs (17000-XS, "
                   "17003 x4)",
    "date": "2026-05-05",
    "patient": ("Haverford", "Clement", "1947-06-07", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis, not at goal", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Actinic keratoses, face and ears", "L57.0", "Face and ears", reason=True),
        C("c3", "Changing pigmented lesion, left mid back", None, "Left mid back", reason=True),
    ],
    "note_title": "Dermatology Follow-up",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - FOLLOW-UP
05/05/2026 - Samuel Weiss, MD

CC: psoriasis flare; new dark spot on the back; rough spots on the face.
Vitals: BP 142/84, HR 76, Wt 88 kg.

HPI:
 (1) 78 y/o man with plaque psoriasis (BSA 8%) on topicals only; worse over winter with itchy plaques on the
 elbows, knees and scalp despite clobetasol. Declines injections. (2) Wife noticed a darker, enlarging spot
 on the left mid back over 3 months. (3) Several rough, tender spots on the face and ears.

ROS:
 Constitutional: no fever or weight loss. Eyes: negative. ENT: negative. CV: AF, rate controlled.
 Resp: negative. GI: no diarrhea. GU: negative. MSK: no joint swelling or morning stiffness.
 Neuro: negative. Psych: negative. Endocrine: type 2 DM. Heme: on warfarin, INR 2.4 on 05/01.
 Skin: as HPI.

PMH: psoriasis (since 1990), atrial fibrillation (warfarin), type 2 DM, CKD 3a, depression.
PSH: excision of BCC 2019 (left temple), Mohs nose 2021 (right ala), cryo to AKs last year (x8), NB-UVB
 2018 (stopped - transport), TURP 2015.
MEDS: warfarin, metoprolol, metformin 500 mg BID, sertraline 50 mg, clobetasol 0.05% ointment BID,
 Kenalog 0.1% cream (face/folds), coal tar shampoo, fluorouracil 5% cream (never started - fear of redness).
ALLERGIES: ACE inhibitors (cough).
FH: daughter with psoriasis.
SH: retired mail carrier, married, ex-smoker, rare alcohol.

EXAM: Psoriasis - BSA ~8%; thick plaques both elbows and knees, scalp plaques, no pustules; nails pitted.
 Left mid back - 0.7 cm irregularly pigmented macule, two shades of brown, asymmetric network on dermoscopy.
 Face/ears - five (5) gritty erythematous AKs: forehead 2, right cheek 1, left helix 1, nasal dorsum 1.

ASSESSMENT / PLAN:
 1. Plaque psoriasis, not controlled on high-potency topicals. Start apremilast with standard 5-day titration
    to 30 mg BID (renal dosing reviewed with CKD 3a - eGFR 52, full dose OK); discussed GI effects, weight,
    mood (history of depression - monitor, wife to watch for changes). Rx sent. Continue clobetasol for
    thick plaques, tar shampoo.
 2. Changing pigmented lesion, left mid back - rule out melanoma. Tangential (deep shave/saucerization)
    biopsy today. Consent; lidocaine w/ epi; DermaBlade; AlCl3 hemostasis (on warfarin - pressure 5 min).
    To dermatopathology.
 3. AKs x5 face/ears - liquid nitrogen, 2 cycles each, to all five.
 4. The 5-FU cream he never started - will reconsider for the forehead field next winter.
RTC 6 weeks (psoriasis response), results by phone.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin, left mid back, shave biopsy: compound melanocytic nevus with mild architectural atypia. "
                 "Margins free.", "date": "2026-05-08", "site": "Left mid back"},
    ],
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 4)],
                  dx={"17000": ["L57.0"], "11102": ["D22.5"], "99214": ["L40.0"]}),
    "coder_note": "Apremilast start for uncontrolled psoriasis is separate, significant work -> 99214-25. Biopsy 11102 "
                  "(back) and 5 AKs 17000 + 17003 x4 (face). 11102/17000 PTP ind 1 -> XS on 17000 (different lesions); "
                  "11102/17003 has no edit. Medicare FFS with 25 -> no G2211.",
})

SCENARIOS.append({
    "id": "s77-mixed-forearm-bcc-excision-shin-bx-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Pre-coded without modifiers: excision BCC right forearm 11602 + layered 4.0 cm 12032 + "
                   "tangential bx left shin 11102 -> 11102-XS and 12032-XS; Medicare Advantage",
    "date": "2026-05-07",
    "patient": ("Quintero", "Aurelio", "1953-01-29", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, right dorsal forearm", "C44.612", "Right dorsal forearm", reason=True),
        C("c2", "Scaly papule, left shin - SCC vs irritated SK", None, "Left anterior shin", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk/arms/legs 1.1-2.0 cm", cpt="11602", site="Right dorsal forearm",
          note="Biopsy-proven nodular BCC 1.1 cm, 4 mm margins, excised diameter 1.9 cm.", reasons=["c1"]),
        P("Intermediate repair trunk/extremities 2.6-7.5 cm", cpt="12032", site="Right dorsal forearm",
          note="Layered closure of the excision wound, 4.0 cm.", reasons=["c1"]),
        P("Tangential biopsy, single lesion", cpt="11102", site="Left anterior shin",
          note="Shave biopsy of a separate 0.8 cm scaly papule on the opposite leg.", reasons=["c2"]),
    ],
    "note_title": "Surgery Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - SURGERY VISIT
Samuel Weiss, MD - 05/07/2026

Patient: 73 y/o man, established.
Indication: (1) excision of a nodular BCC of the right dorsal forearm, shave biopsy 04/14/2026;
(2) a new scaly bump on the left shin noticed by the patient 6 weeks ago.
Vitals: BP 130/78, HR 68.

PHQ-2 depression screen at intake: negative.
Fall-risk screen at intake: negative.
Care team: PCP on file; copies of today's note to be sent.
Patient portal active; results will also be released there.
Tobacco and alcohol history re-verified (see social history).
ROS:
 Constitutional - negative. Eyes - negative. ENT - negative. CV - PAD with claudication at 2 blocks.
 Respiratory - negative. GI - negative. GU - negative. MSK - negative. Neuro - negative.
 Psych - negative. Endocrine - type 2 DM on insulin. Heme - on clopidogrel. Skin - as above.

PMH: type 2 DM (insulin), PAD, hypertension, hyperlipidemia, diabetic retinopathy (laser 2022).
PSH: fem-pop bypass left 2021; excision of BCC 2019 (back); cryo to AKs last year (forearms); shave biopsy
 right forearm 04/2026; laser photocoagulation both eyes 2022.
MEDS: insulin glargine 30 U, lispro sliding scale, clopidogrel 75 mg, atorvastatin 80 mg, lisinopril 20 mg,
 cilostazol 100 mg BID, fluorouracil 5% cream (forearms 2025), Kenalog 0.1% cream (stasis dermatitis).
ALLERGIES: NKDA.
FH: father - diabetes, amputations.
SH: retired bus driver, married, ex-smoker 30 pack-years (quit 2021), no alcohol.

EXAM: Right dorsal forearm - 1.1 cm pearly plaque with biopsy scar. Left anterior shin - 0.8 cm
 hyperkeratotic pink papule with collarette; background stasis changes. Pedal pulses diminished.

PROCEDURES (consent, time-out, 1% lidocaine with epi for both sites):
 A) Right dorsal forearm - excision of BCC. Lesion 1.1 cm, 4 mm margins (narrowest 4 mm), excised diameter
    1.9 cm. Fusiform excision to fat; specimen oriented to path. Layered closure (4-0 Monocryl deep, 4-0
    nylon epidermal), final length 4.0 cm.
 B) Left anterior shin - tangential (shave) biopsy of the 0.8 cm scaly papule for diagnosis (SCC vs irritated
    SK vs HAK). AlCl3 hemostasis. Separate specimen. Shin healing concern discussed (PAD, diabetes).

PLAN: forearm sutures out 12-14 days. Shin wound - petrolatum daily, watch for non-healing (PAD).
 If the shin is an SCC, treatment will be chosen with vascular status in mind (ED&C vs excision vs
 radiation) - not decided today.
Samuel Weiss, MD
""",
    "path": [
        {"text": "A. Skin, right forearm, excision: basal cell carcinoma, nodular, margins free. B. Skin, left "
                 "shin, shave biopsy: irritated seborrheic keratosis.", "date": "2026-05-11",
         "site": "Right forearm; left shin"},
    ],
    "expected": E([L("11602"), L("12032", 1, "XS"), L("11102", 1, "XS")], dx={"11602": ["C44.612"]}),
    "coder_note": "1.1 + 2 x 0.4 = 1.9 cm arm -> 11602; layered 4.0 cm arm -> 12032. The shin biopsy is a separate "
                  "lesion on the other leg: 11602/11102 ind 1 -> XS on 11102; 11102/12032 ind 1 (biopsy is column 1) "
                  "-> XS on 12032, which repairs the forearm wound, a different site.",
})

SCENARIOS.append({
    "id": "s77-mixed-finger-warts-earlobe-keloid-medicaid",
    "family": "mixed", "shape": "free-text",
    "description": "Cryo of 4 finger warts 17110 + ILK to a separate earlobe keloid 11900-XS + J3301 x1; Medicaid MCO",
    "date": "2026-05-12",
    "patient": ("Wynn", "Tatiana", "2003-11-05", "female"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Verruca vulgaris, fingers, painful", "B07.8", "Right 2nd and 3rd fingers, left thumb",
          reason=True),
        C("c2", "Keloid, right earlobe, pruritic", "L91.0", "Right earlobe", reason=True),
    ],
    "procedures": [
        P("Cryotherapy, warts", site="Right index, right middle finger, left thumb",
          note="LN2 to 4 common warts (right index 2, right middle 1, left thumb 1), 2 cycles.", reasons=["c1"]),
        P("Intralesional steroid, keloid", site="Right earlobe",
          note="Kenalog-10, 1.0 mL (10 mg) into the single posterior earlobe keloid.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Office visit - 05/12/2026 - Samuel Weiss, MD - established

22 y/o woman, returns for two problems: warts on the fingers and an itchy lump on the right earlobe.
Vitals: BP 110/70, HR 80.

HPI: Warts x 1 year on the right index/middle fingers and left thumb; they crack, hurt when typing and
caught and bled on a zipper; number increased from 1 to 4. Salicylic acid and an OTC "cryo spray" at home
have not worked. Earlobe keloid after a 2022 piercing - 1 cm, itches constantly and is tender.

Medication list and allergies reconciled with the patient today.
Outside records reviewed: most recent PCP note and problem list.
ROS:
 Constitutional - negative. Eyes - negative. ENT - negative. Cardiovascular - negative.
 Respiratory - negative. GI - negative. GU - negative. MSK - negative. Neurologic - negative.
 Psychiatric - ADHD, on treatment. Endocrine - negative. Heme/immune - negative, not immunosuppressed.
 Skin - as above.

PMH: ADHD; iron-deficiency anemia; seasonal allergies.
PSH: cryo to warts on the foot 2019 (pediatrician); excision of the left earlobe keloid 2023 followed by ILK
 (no recurrence); tonsillectomy.
MEDS: lisdexamfetamine 40 mg, ferrous sulfate, loratadine, salicylic acid 17%, Kenalog 0.1% cream (earlobe -
 she says it does nothing), OTC freeze spray kit.
ALLERGIES: NKDA.
FH: mother with keloids.
SH: college student, works in a cafe, no tobacco, social alcohol.

EXAM: Fingers - four verrucous papules 3-6 mm (right index 2, right middle 1, left thumb 1), fissured.
 Right posterior earlobe - 1.0 x 0.8 cm firm pink keloid, excoriated. Left earlobe scar flat.

ASSESSMENT:
 1. Verruca vulgaris x4, painful, bleeding with trauma, increasing in number.
 2. Symptomatic keloid right earlobe.
PLAN / PROCEDURES:
 - LN2 cryotherapy to the 4 finger warts, 2 freeze-thaw cycles.
 - Intralesional Kenalog-10 (10 mg/mL), 1.0 mL = 10 mg into the earlobe keloid.
 - Continue salicylic acid after blisters resolve; stop the home freeze spray.
 - If the keloid does not respond in 2-3 sessions, consider excision with post-op injections (discussed,
   not scheduled).
RTC 4 weeks.
Samuel Weiss, MD
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301")], dx={"17110": ["B07.8"], "11900": ["L91.0"]}),
    "coder_note": "4 warts -> 17110. Keloid ILK is a different lesion: 17110/11900 PTP ind 1 -> XS on 11900. "
                  "10 mg -> J3301 x1. Medicaid, warts painful/bleeding/spreading (BSL-3/4).",
})

SCENARIOS.append({
    "id": "s77-mixed-em-decision-only-removed-punch-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Provider selected 99213 but the only work is evaluating the lesions treated; punch bx chest "
                   "11104 + cryo 3 AKs (17000-XS, 17003 x2); E/M removed; commercial (Cigna)",
    "date": "2026-05-14",
    "patient": ("Lambert", "Yvette", "1962-08-23", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Firm nodule, central chest", None, "Central chest", reason=True),
        C("c2", "Actinic keratoses, nose and cheeks", "L57.0", "Nose, cheeks", reason=True),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - OFFICE VISIT
05/14/2026 - Samuel Weiss, MD - established

CC: "bump on my chest".
Vitals: BP 124/80, HR 74.

HPI: 63 y/o woman with a firm pink bump on the central chest for 3 months, slowly growing, occasionally
itchy. No trauma. During today's exam of the face I also noted three rough spots that she confirms sting with
sunscreen.

ROS (reviewed, all negative except as noted):
 Constitutional: negative. Eyes: negative. ENT: negative. Cardiovascular: negative. Respiratory: negative.
 GI: negative. GU: negative. Musculoskeletal: fibromyalgia, stable. Neurological: negative.
 Psychiatric: negative. Endocrine: negative. Hematologic: negative. Skin: as above.

PMH: fibromyalgia, GERD, osteopenia, hypertension - all managed by her PCP, no changes today.
PSH: excision of BCC 2019 (right upper back); Mohs nose 2021 (left ala); cryo to AKs last year; cholecystectomy;
 rotator cuff repair 2018.
MEDS: duloxetine 60 mg, pantoprazole 40 mg, chlorthalidone 12.5 mg, alendronate weekly, fluorouracil 5% cream
 (used on the nose 2024), Kenalog 0.1% cream (occasional eczema on the hands), SPF 50.
ALLERGIES: codeine.
FH: father - melanoma. Mother - BCC.
SH: bank teller, married, never smoker, social alcohol.

EXAM: Focused exam of the chest and face.
 - Central chest: 0.9 cm firm pink dome-shaped nodule, dermoscopy with shiny white structures and
   polymorphous vessels - differential includes BCC, dermatofibroma, amelanotic melanoma.
 - Face: three (3) thin gritty AKs - nasal dorsum 1, right cheek 1, left cheek 1.
 - Old scars right upper back and left ala intact.

ASSESSMENT:
 1. Growing nodule central chest - neoplasm of uncertain nature; biopsy.
 2. Actinic keratoses x3 - cryotherapy.
 No other problems addressed today.

PROCEDURES:
 - Chest: consent; 1% lidocaine w/ epi; 4 mm punch biopsy; one 4-0 nylon suture. To pathology.
 - Face: liquid nitrogen to the 3 AKs, 2 freeze-thaw cycles.
 Wound care reviewed. Sutures out in 10 days.

PLAN: call with results. Full skin exam due in July (family history of melanoma) - scheduled separately.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin, central chest, punch biopsy: basal cell carcinoma, nodular type, extending to the deep "
                 "and peripheral margins.", "date": "2026-05-18", "site": "Central chest"},
    ],
    "expected": E([L("11104"), L("17000", 1, "XS"), L("17003", 2)],
                  dx={"11104": ["C44.519"], "17000": ["L57.0"]}),
    "coder_note": "GS-3 / conventions: the visit's only work is evaluating the two problems that were treated (the "
                  "decision for the minor procedures) -> E/M removed. Punch 11104; 3 AKs 17000 + 17003 x2; "
                  "11104/17000 PTP ind 1 -> XS on 17000 (different lesions). Chronic problems handled by the PCP.",
})

SCENARIOS.append({
    "id": "s77-mohs-nasal-tip-bcc-two-stages-interm-repair",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs nasal tip BCC, 2 stages (3 and 1 blocks) -> 17311 + 17312; layered repair 2.8 cm nose "
                   "-> 12052; Medicare FFS",
    "date": "2026-05-19",
    "patient": ("Ellingsworth", "Margaret", "1949-04-03", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip", "C44.311", "Nasal tip", reason=True),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - MOHS MICROGRAPHIC SURGERY REPORT
Surgeon and pathologist: Samuel Weiss, MD (performed and interpreted all Mohs sections)
DOS 05/19/2026

PRE-OP DIAGNOSIS: Basal cell carcinoma, nodular/micronodular, nasal tip - biopsy 04/21/2026 (this office).
POST-OP DIAGNOSIS: Same, clear margins after 2 stages.
Vitals: BP 146/82, HR 70.

HISTORY: 77 y/o woman. Indication for Mohs: BCC on the nose (H-zone), micronodular component, tissue sparing.

Pain score at check-in: 2/10.
ROS:
 General - negative. Eyes - macular degeneration. ENT - negative. CV - hypertension. Resp - negative.
 GI - negative. GU - recurrent UTIs. MSK - osteoporosis with vertebral fracture 2023. Neuro - negative.
 Psych - negative. Endocrine - negative. Heme - negative. Skin - as above.

PMH: hypertension, osteoporosis (on denosumab), AMD, recurrent UTIs.
PSH: excision of BCC 2019 (left upper arm); Mohs of the right nasal ala 2021 (different site, bilobed flap);
 cryo to AKs last year; kyphoplasty 2023; hysterectomy.
MEDS: amlodipine 10 mg, denosumab q6mo, AREDS2, methenamine, fluorouracil 5% cream (completed on the cheeks
 2025), Kenalog 0.1% cream PRN for itchy shins. No anticoagulants.
ALLERGIES: nitrofurantoin (lung reaction).
FH: brother - BCC. No melanoma.
SH: retired teacher, widowed, lives alone, never smoker, no alcohol.

PROCEDURE:
 Time-out. 1% lidocaine with epinephrine. Clinical tumor 0.8 x 0.7 cm.
 STAGE 1: debulk by curettage; 2 mm margin; 3 tissue blocks, mapped and color-coded; frozen horizontal
  sections read by me - residual BCC at the deep margin, block 2.
 STAGE 2: deep layer beneath block 2, 1 tissue block - clear.
 Total: 2 stages, 4 blocks.
 Final defect 1.2 x 1.0 cm, nasal tip, into the fibrofatty layer; no cartilage exposed.

REPAIR: Options (second intention, FTSG, bilobed flap, primary closure) discussed. Primary layered closure
 after undermining of the nasal dorsum skin: 5-0 Monocryl buried, 6-0 Prolene running. Final repair length
 2.8 cm. No flap or graft was needed.

Dressing: pressure dressing 24 h. Post-op instructions given.
F/U: sutures out in 7 days, skin check in 3 months. Consider dermabrasion of the scar at 8 weeks only if
 it is raised - not planned.
Samuel Weiss, MD
""",
    "expected": E([L("17311"), L("17312"), L("12052")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose -> 17311, 2 stages -> + 17312 x1; no stage over 5 blocks. MOHS-7: layered repair "
                  "after Mohs is separate; nose 2.8 cm -> 12052. Prior ala Mohs/flap 2021 and possible dermabrasion "
                  "are history/hypothetical.",
})

SCENARIOS.append({
    "id": "s77-mohs-back-scc-transplant-blocks-precoded-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Pre-coded Mohs back SCC in a kidney-transplant patient with 88305 x2 for the Mohs layers and no "
                   "17315; stage 1 = 7 blocks -> 17313 + 17314 + 17315 x2 + complex repair 13101; Medicare FFS",
    "date": "2026-05-21",
    "patient": ("Baptiste-Moreau", "Gerard", "1961-12-12", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, invasive, left upper back", "C44.529", "Left upper back",
          reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "procedures": [
        P("Mohs surgery trunk, first stage", cpt="17313", site="Left upper back",
          note="Stage 1: 7 tissue blocks.", reasons=["c1"]),
        P("Mohs surgery trunk, additional stage", cpt="17314", site="Left upper back",
          note="Stage 2: 2 tissue blocks, clear.", reasons=["c1"]),
        P("Surgical pathology, level IV", cpt="88305", site="Left upper back",
          note="Mohs layers, stages 1 and 2 (x2).", reasons=["c1"]),
        P("Complex repair trunk 2.6-7.5 cm", cpt="13101", site="Left upper back",
          note="Complex linear repair 6.0 cm with extensive undermining and retention sutures.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Operative Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - MOHS OPERATIVE NOTE
Surgeon/pathologist: Samuel Weiss, MD - DOS 05/21/2026

DIAGNOSIS: Invasive squamous cell carcinoma, moderately differentiated, left upper back (biopsy 05/05/2026).
INDICATION: SCC in an immunosuppressed solid-organ transplant recipient; 2.2 cm, ill-defined borders.

HISTORY: 64 y/o man, deceased-donor kidney transplant 2012, on tacrolimus and mycophenolate. Many prior
keratinocyte cancers. Vitals: BP 138/88, HR 82.

ROS:
 Constitutional - negative. Eyes - negative. ENT - negative. CV - hypertension. Resp - negative.
 GI - chronic loose stools (mycophenolate). GU - transplant function stable (Cr 1.4). MSK - gout.
 Neuro - tremor (tacrolimus). Psych - negative. Endocrine - post-transplant diabetes. Heme - negative.
 Skin - as above.

PMH: ESRD due to IgA nephropathy -> kidney transplant 2012; post-transplant DM; hypertension; gout.
PSH: kidney transplant 2012; excision of BCC 2019 (neck); Mohs nose 2021; ED&C of SCCIS x3 (arms) 2023-2024;
 cryo to AKs last year (>20, hands and scalp); AV fistula 2010.
MEDS: tacrolimus 3 mg BID, mycophenolate 500 mg BID, prednisone 5 mg, nicotinamide 500 mg BID (skin cancer
 chemoprevention), amlodipine, insulin, allopurinol, fluorouracil 5% cream (hands), Kenalog 0.1% cream.
ALLERGIES: sulfa.
FH: noncontributory.
SH: retired electrician, married, ex-smoker, no alcohol.

PROCEDURE:
 Time-out. 1% lidocaine with epinephrine, tumescent dilution for the back.
 Clinical lesion 2.2 x 1.8 cm. 3 mm margin.
 STAGE 1: 7 tissue blocks (large specimen divided into 7), mapped, frozen horizontal sections interpreted by
  me - SCC at the 5-6 o'clock peripheral margin (blocks 5 and 6).
 STAGE 2: 2 tissue blocks from 4-7 o'clock - clear.
 Total 2 stages, 9 blocks. All sections processed in our Mohs lab and read by me; nothing sent to an outside
 laboratory, no separate formalin specimen.
 Final defect 3.4 x 2.8 cm to fascia.

REPAIR: complex linear repair - extensive undermining in the fascial plane of both wound edges (>3 cm each
 side), debridement of the crushed wound edges, buried 2-0 Vicryl, retention (horizontal mattress) sutures
 and 3-0 nylon running. Final length 6.0 cm.

PLAN: sutures out 14 days. Transplant team informed; discussed reducing immunosuppression / switching to
 sirolimus with nephrology (their decision). Skin checks every 3 months.
Samuel Weiss, MD
""",
    "expected": E([L("17313"), L("17314"), L("17315", 2), L("13101")], ["ncci"],
                  dx={"17313": ["C44.529"]}),
    "coder_note": "MOHS-2: trunk -> 17313 + 17314; 17315 = blocks beyond 5 in any stage = 2. MOHS-5: no 88305 for "
                  "the Mohs specimens (17313/88305 PTP ind 1, no legitimate bypass) -> removed. Complex back repair "
                  "6.0 cm -> 13101. Transplant immunosuppression meets AUC in area L.",
})

SCENARIOS.append({
    "id": "s77-mohs-flank-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "free-text",
    "description": "Medicare FFS: Mohs for a small primary superficial BCC of the left flank in an "
                   "immunocompetent patient (AUC not met), ABN signed -> 17313-GA; second-intention healing",
    "date": "2026-05-26",
    "patient": ("Kessler", "Bernadette", "1952-07-17", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left flank", "C44.519", "Left flank", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", site="Left flank",
          note="Primary superficial BCC 0.8 cm. Stage 1, 2 tissue blocks, margins clear. Surgeon acted as "
               "pathologist.", reasons=["c1"]),
        P("Wound care, second intention", site="Left flank",
          note="Defect 1.3 x 1.1 cm left to granulate; no repair."),
    ],
    "note_title": "Mohs Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Mohs surgery - Samuel Weiss, MD (surgeon and pathologist) - 05/26/2026

Diagnosis: superficial BCC, left flank, 0.8 cm, primary (biopsy 05/05/2026). Not recurrent.
Vitals: BP 128/76, HR 72.

Discussion before surgery: Explained that for a small primary superficial BCC on the trunk in a patient with
a normal immune system, Mohs usually does not meet the appropriate-use criteria, and that simpler options
(ED&C, standard excision, imiquimod) have very similar cure rates. Medicare is likely to deny Mohs for this
lesion. She insists on Mohs ("my sister's BCC came back after scraping"). She read and signed an Advance
Beneficiary Notice (ABN) specific to Mohs surgery before the procedure.

Preferred language: English; no interpreter needed.
Chaperone offered; declined.
Identity verified with name and date of birth.
Preferred pharmacy confirmed on file.
PHQ-2 depression screen at intake: negative.
Fall-risk screen at intake: negative.
Care team: PCP on file; copies of today's note to be sent.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. CV: negative. Resp: negative. GI: negative.
 GU: negative. MSK: lumbar disc disease. Neuro: sciatica, left. Psych: anxiety. Endocrine: negative.
 Heme: negative. Immune: not immunosuppressed, no prior radiation to the site. Skin: as above.

PMH: generalized anxiety disorder, lumbar disc disease, hyperlipidemia.
PSH: laminectomy L4-5 2016; excision of BCC 2019 (right shoulder, clear); cryo to AKs last year (arms);
 imiquimod-treated sBCC of the right thigh 2022 (cleared); tubal ligation.
MEDS: escitalopram 10 mg, rosuvastatin 10 mg, gabapentin 300 mg qhs, imiquimod 5% cream (left over),
 fluorouracil 5% cream (arms 2025), Kenalog 0.1% cream PRN.
ALLERGIES: latex.
FH: sister - recurrent BCC after ED&C.
SH: retired office manager, married, never smoker, social alcohol.

EXAM: Left flank - 0.8 x 0.6 cm pink scaly thin plaque with biopsy scar, well defined.

PROCEDURE: Time-out. 1% lidocaine with epinephrine. Stage 1 excised with 2 mm margin, 2 tissue blocks, mapped,
 frozen sections read by me - clear. One stage only. Final defect 1.3 x 1.1 cm.
 Repair: none - second-intention healing chosen. Petrolatum and pressure dressing.

PLAN: wound care handout; recheck 3 weeks. Annual skin exams (history of BCC).
Samuel Weiss, MD
""",
    "expected": E([L("17313", 1, "GA")], dx={"17313": ["C44.519"]}),
    "coder_note": "MOHSN-2 / README 'Coding decisions': small primary superficial BCC of the trunk, immunocompetent, "
                  "area L -> AUC not met; Medicare FFS with an ABN on file -> 17313-GA. One stage, 2 blocks. No repair.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s77-mohs-hand-sccis-em25-hair-dye-dermatitis",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs left dorsal hand SCCIS, 1 stage -> 17311; layered repair 2.2 cm hand -> 12041; separate "
                   "new hair-dye contact dermatitis with Rx -> 99213-25; Medicare Advantage",
    "date": "2026-05-28",
    "patient": ("Marchand", "Odile", "1950-02-08", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 120, "em": "99213",
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left dorsal hand", "D04.62", "Left dorsal hand", reason=True),
        C("c2", "Allergic contact dermatitis due to hair dye, scalp margin and neck", "L23.4",
          "Hairline, posterior neck", reason=True),
    ],
    "note_title": "Mohs Surgery and Office Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Mohs surgery + office visit - 05/28/2026 - Samuel Weiss, MD (Mohs surgeon and pathologist)

Scheduled for: Mohs of SCC in situ, left dorsal hand (shave biopsy 04/30/2026, SCCIS, margins involved).
New today: itchy red rash along the hairline and back of the neck for 5 days.
Vitals: BP 134/80, HR 74.

HPI (rash): started 2 days after a new permanent hair dye at the salon; weeping, intensely itchy, eyelids
mildly puffy this morning. No fever. Never reacted before; switched brands this time.

Patient portal active; results will also be released there.
ROS:
 Constitutional - negative. Eyes - mild eyelid swelling, no vision change. ENT - no throat swelling.
 CV - negative. Resp - no wheeze. GI - negative. GU - negative. MSK - hand OA. Neuro - negative.
 Psych - negative. Endocrine - negative. Heme - negative. Skin - as above.

PMH: osteoarthritis, hypertension, hypothyroidism.
PSH: excision of BCC 2019 (left cheek); Mohs nose 2021 (right ala); cryo to AKs on the hands last
 year; ED&C of a BCC on the right forearm 2022; carpal tunnel release right 2017.
MEDS: levothyroxine 75 mcg, valsartan 80 mg, acetaminophen, fluorouracil 5% cream (dorsal hands 2025),
 Kenalog 0.1% cream (she has an old tube, used once on the rash - "didn't touch it").
ALLERGIES: neomycin (contact dermatitis).
FH: noncontributory.
SH: retired seamstress, widowed, never smoker, no alcohol.

EXAM: Hairline, ears and posterior neck - eczematous, edematous, weeping plaques with vesicles; mild periorbital
 edema, no conjunctival involvement. Left dorsal hand - 1.0 x 0.8 cm scaly pink plaque with healed biopsy
 site.

A/P:
 1. Acute allergic contact dermatitis to hair dye (likely PPD) - new problem, separate from today's surgery.
    Rx: clobetasol 0.05% solution to the hairline BID x 10 days (avoid eyelids), desonide 0.05% for the
    eyelids, cetirizine 10 mg at night. Avoid PPD dyes; handout given. Patch testing to be arranged after
    resolution. Return precautions for facial swelling.
 2. SCC in situ, left dorsal hand - Mohs today (hand = H area).
    Time-out, 1% lidocaine with epi. Stage 1: 2 mm margin, 3 tissue blocks, frozen sections read by me -
    clear. 1 stage total. Defect 1.5 x 1.1 cm.
    Repair: layered closure (5-0 Monocryl deep, 5-0 nylon superficial), final length 2.2 cm.
    Dressing; elevate hand. Sutures out 10-12 days.
RTC 2 weeks (rash + wound check).
Samuel Weiss, MD
""",
    "expected": E([L("99213", 1, "25"), L("17311"), L("12041")],
                  dx={"17311": ["D04.62"], "99213": ["L23.4"]}),
    "coder_note": "MOHS-2: hand -> 17311, one stage, 3 blocks. Layered hand repair 2.2 cm -> 12041 (hands are in the "
                  "12041-12047 group). A new, separately managed problem (hair-dye ACD, new Rx) -> 99213-25 "
                  "(17311/99213 ind 1).",
})

SCENARIOS.append({
    "id": "s77-nails-avulsion-both-great-toes-digit-mods",
    "family": "nails", "shape": "note-only",
    "description": "Avulsion of the right great toenail then the left great toenail -> 11730-T5 + 11732-TA; "
                   "commercial",
    "date": "2026-06-02",
    "patient": ("Brightwater", "Colin", "1988-09-25", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nails with granulation tissue, both great toes", "L60.0", "Both great toes",
          reason=True),
    ],
    "note_title": "Nail Procedure Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - NAIL PROCEDURE NOTE
06/02/2026 - Samuel Weiss, MD

37 y/o man, established, with painful ingrown great toenails on both feet.
Vitals: BP 122/78, HR 60.

HPI: both great toenails ingrown along both borders for 4 months with swelling, drainage and bleeding
granulation tissue; cannot wear work boots. Completed cephalexin from urgent care 3 weeks ago. Soaks and
cotton wisps did not help. He had the left great toenail avulsed once in 2023 by a podiatrist (regrew ingrown).

ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. Cardiovascular: negative.
 Respiratory: negative. GI: negative. GU: negative. Musculoskeletal: negative.
 Neuro: no numbness of the feet. Psych: negative. Endocrine: no diabetes (A1c 5.2).
 Hematologic: negative. Skin: as above; athlete's foot in summer.

PMH: tinea pedis (seasonal), GERD.
PSH: avulsion left great toenail 2023 (podiatry); ACL reconstruction 2012; cryo to a plantar wart 2016.
MEDS: omeprazole 20 mg, ketoconazole 2% cream PRN, Kenalog 0.1% cream (put on the toes - no benefit),
 mupirocin ointment.
ALLERGIES: NKDA.
FH: father with ingrown toenails.
SH: electrician (steel-toe boots), married, never smoker, beer weekends.

EXAM: Right great toe - medial and lateral nail folds erythematous with granulation tissue; nail plate
 thickened and curved. Left great toe - same with purulent drainage laterally. Capillary refill brisk.
 Sensation intact. Other toenails normal.

ASSESSMENT: Bilateral great-toe onychocryptosis with granulation tissue, failed conservative care.

PROCEDURE: complete nail plate avulsion, both great toes.
 Consent; digital blocks with 2% plain lidocaine, 3 mL each toe; tourniquet.
 First: RIGHT great toe - nail plate freed with a Freer elevator and avulsed completely; granulation tissue
 curetted.
 Then: LEFT great toe - nail plate avulsed completely the same way.
 No matricectomy was performed (he wants to see whether a properly regrown nail stays out of the fold).
 Hemostasis; bacitracin, non-adherent dressings.

PLAN: soaks BID, open-toe shoes 1 week, acetaminophen/ibuprofen. If ingrowth recurs, chemical (phenol) partial
 matricectomy would be the next step - not done today.
Samuel Weiss, MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], dx={"11730": ["L60.0"]}),
    "coder_note": "4.8/conventions: first nail avulsion 11730, each additional 11732; digit modifiers T5 (right great "
                  "toe, done first) and TA (left great toe) keep the lines separate. No matricectomy.",
})

SCENARIOS.append({
    "id": "s77-nails-phenol-matricectomy-left-hallux-medicaid",
    "family": "nails", "shape": "free-text",
    "description": "Partial nail excision with phenol matricectomy, lateral border left great toe -> 11750-TA; "
                   "two prior avulsions in history; Medicaid",
    "date": "2026-06-04",
    "patient": ("Nwachukwu", "Adaobi", "2008-01-17", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Recurrent ingrowing nail, lateral border, left great toe", "L60.0", "Left great toe",
          reason=True),
    ],
    "procedures": [
        P("Partial nail plate and matrix excision with phenol matricectomy", site="Left great toe, lateral border",
          note="Lateral 3 mm of the nail plate removed to the matrix; 88% phenol applied 3 x 30 seconds for "
               "permanent removal of the lateral matrix horn.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PROCEDURE NOTE
06/04/2026 - Samuel Weiss, MD

18 y/o woman with a recurrently ingrown lateral border of the left great toenail, accompanied by her mother.
Vitals: BP 108/66, HR 78.

HPI: third recurrence. The same nail was partially avulsed (without matricectomy) in 2023 and again in 2024
at urgent care; each time it grew back into the fold. Now 6 weeks of pain, swelling and drainage; she cannot
run (cross-country team).

Tobacco and alcohol history re-verified (see social history).
Medication list and allergies reconciled with the patient today.
Outside records reviewed: most recent PCP note and problem list.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. CV: negative. Respiratory: exercise-induced
 bronchospasm. GI: negative. GU: negative. MSK: negative. Neuro: negative. Psych: negative.
 Endocrine: negative. Heme: negative. Skin: acne, mild.

PMH: exercise-induced bronchospasm, mild acne.
PSH: partial nail avulsions left great toe 2023 and 2024 (no matricectomy); wisdom teeth.
MEDS: albuterol before races, adapalene 0.1% gel, benzoyl peroxide wash, Kenalog 0.1% cream from an old
 eczema prescription that she tried on the toe.
ALLERGIES: amoxicillin (rash).
FH: mother with ingrown nails.
SH: high-school senior, cross-country runner, no tobacco, no alcohol.

EXAM: Left great toe - lateral nail fold swollen and erythematous with granulation tissue and serous
 drainage; lateral nail spicule embedded. No cellulitis of the toe. Other nails normal.

ASSESSMENT: Recurrent ingrowing toenail (3rd episode), lateral border, left hallux - candidate for permanent
 partial matricectomy.

PROCEDURE: consent from patient (18) with mother present.
 Digital block with 2% plain lidocaine 3 mL; tourniquet. Lateral 3 mm strip of the nail plate split with an
 English anvil and removed including the proximal portion under the eponychium. Lateral matrix horn treated
 with 88% phenol, three 30-second applications, then neutralized with alcohol. Granulation tissue curetted.
 Tourniquet released; hemostasis. Bacitracin and bulky dressing.

PLAN: soaks twice daily; drainage expected for 2-3 weeks; return to running in 1 week as tolerated.
 Recheck 2 weeks.
Samuel Weiss, MD
""",
    "expected": E([L("11750", 1, "TA")], dx={"11750": ["L60.0"]}),
    "coder_note": "Partial nail and matrix excision for permanent removal (phenol matricectomy) -> 11750 with TA "
                  "(left great toe). Prior avulsions in 2023/2024 are history (outside any global).",
})

SCENARIOS.append({
    "id": "s77-nails-debridement-seven-precoded-11720",
    "family": "nails", "shape": "pre-coded",
    "description": "Pre-coded 11720 for debridement of 7 dystrophic mycotic toenails -> 11721; commercial (Aetna)",
    "date": "2026-06-09",
    "patient": ("Greenhalgh", "Doreen", "1956-05-14", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Onychomycosis of toenails, painful", "B35.1", "Toenails", reason=True),
    ],
    "procedures": [
        P("Debridement of nail(s), 1 to 5", cpt="11720", site="Toenails, both feet",
          note="Mechanical debridement (nipper and electric burr) of 7 thickened mycotic toenails: right 1-3, "
               "left 1-4.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Visit - 06/09/2026 - Samuel Weiss, MD

70 y/o woman with thick, painful toenails; she cannot cut them herself and shoes press on them.
Vitals: BP 140/82, HR 70.

HPI: Onychomycosis confirmed by PAS on clipping in 2024. Terbinafine 12 weeks in 2024 - partial response,
then relapse. Nails are thick and tender in closed shoes. No ulcers. Efinaconazole was not covered.

Pain score at check-in: 2/10.
Preferred language: English; no interpreter needed.
Chaperone offered; declined.
Identity verified with name and date of birth.
ROS:
 Constitutional - negative. Eyes - negative. ENT - negative. CV - varicose veins.
 Resp - negative. GI - negative. GU - negative. MSK - bunions, hallux valgus. Neuro - no neuropathy.
 Psych - negative. Endocrine - no diabetes. Heme - negative. Skin - as above.

PMH: onychomycosis, chronic venous insufficiency, hallux valgus, hyperlipidemia.
PSH: vein stripping 2001; bunionectomy right 2015; cryo to a wart on the left sole 2010; excision of BCC
 2019 (left shoulder).
MEDS: atorvastatin 20 mg, compression stockings, tolnaftate powder, ciclopirox 8% nail lacquer (stopped),
 Kenalog 0.1% cream PRN stasis itch, urea 40% cream to the nails.
ALLERGIES: NKDA.
FH: noncontributory.
SH: retired cafeteria worker, walks 2 miles daily, never smoker, no alcohol.

EXAM: Toenails - right hallux, 2nd, 3rd and left hallux, 2nd, 3rd, 4th (seven nails) thickened 3-5 mm,
 yellow, subungual debris, tender to pressure. Remaining 3 toenails normal. Pulses palpable. No ulcers,
 monofilament intact.

ASSESSMENT: Symptomatic onychomycosis, 7 toenails.

PROCEDURE: debridement of 7 toenails (mechanical reduction of thickness and length with nippers and an electric
 burr): right hallux, right 2nd, right 3rd, left hallux, left 2nd, left 3rd, left 4th. No bleeding.

PLAN:
 - Discussed repeat terbinafine course (LFTs needed) vs topical; she prefers to wait.
 - Continue urea cream; antifungal powder in shoes.
 - Return every 10-12 weeks for debridement as needed.
Samuel Weiss, MD
""",
    "expected": E([L("11721")], ["coding-correction"], dx={"11721": ["B35.1"]}),
    "coder_note": "4.8: nail debridement of 6 or more nails -> 11721 (11720 is 1-5). No digit modifiers on "
                  "debridement per conventions.",
})

SCENARIOS.append({
    "id": "s77-paring-three-plantar-calluses",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 painful plantar calluses -> 11056; home callus pads / 'cryo' noise; commercial",
    "date": "2026-06-11",
    "patient": ("Strand", "Agnes", "1964-11-30", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, plantar forefoot, painful", "L84", "Plantar forefeet", reason=True),
    ],
    "note_title": "Dermatology Procedure Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PROCEDURE VISIT
06/11/2026 - Samuel Weiss, MD - established

61 y/o woman with painful calluses on the balls of both feet.
Vitals: BP 118/74, HR 68.

HPI: Three hard painful spots under the forefoot for a year; worse in dress shoes at work. She tried
medicated corn pads (salicylic acid), pumice, and a pharmacy "wart freeze" kit on one of them thinking it
was a wart - blistered, no help. Last pared by a nail salon 6 months ago.

Preferred pharmacy confirmed on file.
PHQ-2 depression screen at intake: negative.
Fall-risk screen at intake: negative.
Care team: PCP on file; copies of today's note to be sent.
ROS:
 General: negative. Eyes: negative. ENT: negative. Cardiovascular: negative. Respiratory: negative.
 GI: negative. GU: negative. Musculoskeletal: hammer toes. Neuro: no numbness or burning.
 Psych: negative. Endocrine: no diabetes. Heme: negative. Skin: as above.

PMH: hammer toes 2nd-3rd bilateral, hypertension, migraine.
PSH: hammer toe correction left 2nd toe 2019; cryo to AKs last year (face); excision of a dermatofibroma
 right calf 2017.
MEDS: losartan 50 mg, topiramate 50 mg, urea 20% cream, Kenalog 0.1% cream (for a rash on her arm last year).
ALLERGIES: iodine.
FH: noncontributory.
SH: court stenographer, married, never smoker, no alcohol.

EXAM: Plantar feet - three well-circumscribed hyperkeratotic plaques with a translucent central core:
 right 2nd metatarsal head, left 2nd metatarsal head, left 3rd metatarsal head, 8-12 mm each. Skin lines
 preserved through the lesions; no pinpoint bleeding on paring (not warts). Pulses and sensation normal.

ASSESSMENT: Painful plantar calluses/corns x3 over prominent metatarsal heads (hammer toes).

PROCEDURE: paring of the three hyperkeratotic lesions with a #15 blade, layer by layer, down to the central
 core, no bleeding. Immediate relief reported.

PLAN:
 - Metatarsal pads, wider toe-box shoes; urea 40% cream nightly.
 - Podiatry referral for custom orthotics.
 - Return PRN for paring.
Samuel Weiss, MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8: paring of 2-4 benign hyperkeratotic lesions -> 11056 (3 lesions). Home 'wart freeze' and "
                  "old procedures are noise; paring confirmed calluses, not warts (no destruction).",
})

SCENARIOS.append({
    "id": "s77-paring-callus-plus-plantar-warts-precoded",
    "family": "paring", "shape": "pre-coded",
    "description": "Pre-coded 11055 + 17110 without modifier: paring of a right-foot callus and cryo of 3 plantar "
                   "warts on the left heel -> 17110-XS; commercial (UHC)",
    "date": "2026-06-16",
    "patient": ("Abernethy", "Callum", "1979-07-04", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Callus, right 5th metatarsal head", "L84", "Right plantar 5th metatarsal head", reason=True),
        C("c2", "Plantar warts, left heel, painful", "B07.0", "Left heel", reason=True),
    ],
    "procedures": [
        P("Paring of benign hyperkeratotic lesion, single", cpt="11055", site="Right plantar 5th metatarsal head",
          note="Pared with #15 blade.", reasons=["c1"]),
        P("Destruction benign lesions up to 14", cpt="17110", site="Left heel",
          note="LN2 to 3 plantar warts, after light debridement, 2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Office Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - OFFICE NOTE
06/16/2026 - Samuel Weiss, MD

46 y/o man, established, with two different foot problems.
Vitals: BP 128/80, HR 58 (marathon runner).

HPI:
 (a) Painful callus under the right 5th metatarsal head - recurs every few months with high mileage.
 (b) Plantar warts on the left heel for 8 months, painful with every step, now three of them. He used
     salicylic acid plasters and a drugstore "cryo spray" for 2 months without effect.

Patient portal active; results will also be released there.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. Cardiovascular: negative (athlete's bradycardia).
 Respiratory: negative. GI: negative. GU: negative. MSK: plantar fasciitis history. Neuro: negative.
 Psych: negative. Endocrine: negative. Heme: negative. Immune: not immunosuppressed. Skin: as above.

PMH: plantar fasciitis 2022 (resolved), allergic rhinitis.
PSH: cryo to warts on the right hand 2015; excision of an epidermoid cyst from the back 2020; ankle ORIF 2005.
MEDS: cetirizine, urea 40% cream, Kenalog 0.1% cream (for eczema on his shins in winter), salicylic acid 40%
 plasters.
ALLERGIES: NKDA.
FH: noncontributory.
SH: accountant, runs 40 miles/week, never smoker, social alcohol.

EXAM:
 - Right plantar 5th metatarsal head: 1.2 cm yellow hyperkeratotic plaque, skin lines intact through it.
 - Left heel: three (3) 4-7 mm verrucous papules interrupting skin lines, thrombosed capillaries after paring.
 Separate feet, separate lesions.

ASSESSMENT:
 1. Callus, right 5th MTH - symptomatic.
 2. Plantar warts x3, left heel - painful.

PROCEDURES:
 1. Right foot: paring of the single callus with a #15 blade.
 2. Left heel: light debridement of the 3 warts then liquid nitrogen, 2 freeze-thaw cycles each.

PLAN: offloading pad for the right foot; salicylic acid to the heel after blisters heal; repeat cryo in 3-4
 weeks if needed; consider candida antigen immunotherapy if refractory (not today).
Samuel Weiss, MD
""",
    "expected": E([L("11055"), L("17110", 1, "XS")], dx={"11055": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "Paring 1 callus -> 11055; cryo 3 plantar warts -> 17110. 11055/17110 PTP ind 1 (paring is column "
                  "1); different lesions on different feet -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s77-patch-eighty-allergen-placement",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test placement, 80 allergens (standard + supplemental series) -> 95044 x80; no E/M; "
                   "commercial (Cigna)",
    "date": "2026-06-18",
    "patient": ("Iverson", "Helga", "1977-02-21", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Chronic eyelid and facial dermatitis, suspected allergic contact dermatitis", "L30.9",
          "Eyelids and face", reason=True),
    ],
    "note_title": "Patch Test Placement",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PATCH TEST APPLICATION VISIT
06/18/2026 - Samuel Weiss, MD

49 y/o woman, established, evaluated on 05/28/2026 for chronic eyelid and facial dermatitis (plan made at that
visit). Today is the application visit only.
Vitals: BP 116/72.

Interval history: off topical steroids to the back for 2 weeks as instructed; no oral steroids; no
antihistamine for 3 days. No sunburn on the back. Eyelids still itchy.

Tobacco and alcohol history re-verified (see social history).
Medication list and allergies reconciled with the patient today.
Outside records reviewed: most recent PCP note and problem list.
Pain score at check-in: 2/10.
Preferred language: English; no interpreter needed.
ROS:
 Constitutional: negative. Eyes: itchy eyelids, no vision change. ENT: negative. CV: negative.
 Respiratory: negative. GI: negative. GU: negative. MSK: negative. Neuro: negative.
 Psych: negative. Endocrine: negative. Heme: negative. Skin: as above.

PMH: allergic rhinitis, eyelid dermatitis (18 months), hypothyroidism.
PSH: blepharoplasty (cosmetic, 2021, another surgeon); excision of a nevus from the back 2015; cryo to a
 wart on the finger 2010.
MEDS: levothyroxine 50 mcg, tacrolimus 0.03% ointment to the eyelids (held for the test area only),
 Kenalog 0.1% cream (body - held 2 weeks), fexofenadine (held 3 days).
ALLERGIES: nickel (jewelry) suspected, never tested.
FH: mother - atopic dermatitis.
SH: hairstylist (handles dyes, acrylates, fragrances), married, never smoker.

EXAM: Upper back - clear, no dermatitis, suitable for application. Eyelids - mild lichenified erythema.

PROCEDURE - patch test application:
 - North American baseline series: 50 allergens.
 - Hairdressing series (supplemental): 30 allergens.
 - Total 80 allergens applied with IQ Ultra chambers to the upper back, mapped and marked.
 - Patient's own products not applied today (will bring them, labelled, at reading if needed).

INSTRUCTIONS: keep back dry, avoid sweating/exercise, no topical steroids on the back, no sun.
 Return 06/20/2026 for removal and first reading, and 06/22/2026 for the delayed reading. The readings are
 part of the test service; an E/M will be billed at the reading only if a separate problem is addressed.
Samuel Weiss, MD
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "4.8/conventions: 95044 units = number of allergens applied = 50 + 30 = 80 (under the MUE of 90). "
                  "No E/M at the application visit. Cosmetic blepharoplasty and other procedures are history.",
})

SCENARIOS.append({
    "id": "s77-patch-new-pt-hand-dermatitis-em25-36",
    "family": "patch-test", "shape": "free-text",
    "description": "New patient with chronic hand dermatitis: full evaluation + Rx -> 99204-25; same-day "
                   "application of 36 allergens -> 95044 x36; commercial (Aetna)",
    "date": "2026-06-23",
    "patient": ("Dubois", "Marcel", "1971-12-09", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis, suspected occupational allergic contact dermatitis", "L30.9",
          "Both hands", reason=True),
    ],
    "procedures": [
        P("Patch testing - application", site="Upper back",
          note="Baseline screening series of 36 allergens applied with Finn chambers.", reasons=["c1"]),
    ],
    "note_title": "New Patient Consultation",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - NEW PATIENT
06/23/2026 - Samuel Weiss, MD

Referring: occupational health clinic.
CC: hand rash for 2 years, worse at work.
Vitals: BP 132/84, HR 72.

HPI: 54 y/o machinist with itchy, cracking, painful dermatitis of the palms and fingers for 2 years,
improving on vacations and worsening within days of returning to work. Handles cutting fluids, epoxy,
rubber gloves. Hydrocortisone and Kenalog 0.1% cream from urgent care help slightly. He has missed shifts
because of fissures. Never patch tested.

ROS:
 Constitutional: negative. Eyes: negative. ENT: rhinitis. Cardiovascular: negative. Respiratory: no
 occupational asthma symptoms. GI: negative. GU: negative. MSK: negative. Neuro: negative.
 Psych: worried about job. Endocrine: negative. Heme: negative. Skin: no rash elsewhere; feet clear.

PMH: allergic rhinitis, hyperlipidemia, childhood eczema.
PSH: carpal tunnel release left 2018; excision of a ganglion cyst right wrist 2014; cryo to warts on the
 hands 2009.
MEDS: simvastatin 20 mg, Kenalog (triamcinolone) 0.1% cream BID, hydrocortisone 1% PRN, petroleum jelly.
ALLERGIES: none known.
FH: mother - asthma, eczema.
SH: machinist 25 years, married, ex-smoker, 2 beers/day on weekends.

EXAM: Both hands - lichenified, fissured erythematous plaques over the palms and volar fingers, fingertip
 fissures, vesicles on the lateral fingers; dorsal hands less involved. Nails: transverse ridging. Feet clear
 (no tinea). KOH of a vesicle roof negative.

ASSESSMENT: Chronic hand dermatitis - differential allergic contact (rubber accelerators, epoxy, preservatives in
 cutting fluid), irritant contact, atopic hand dermatitis, dyshidrotic eczema.

PLAN:
 - Stop triamcinolone cream; start clobetasol 0.05% ointment BID x 2 weeks to the palms (not to the back),
   then weekends only; Rx sent. Barrier cream; cotton liners under nitrile gloves (not latex).
 - Work note for modified duty (no wet work) for 2 weeks.
 - Patch testing applied today to the upper back: baseline screening series 36 allergens (Finn chambers,
   mapped). Additional occupational series (cutting fluids, epoxy) to be ordered if this is unrevealing.
 - Readings on 06/25 and 06/26/2026.
Total time with the patient and documentation (excluding the patch application): 48 minutes.
Samuel Weiss, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 36)], dx={"99204": ["L30.9"]}),
    "coder_note": "Separate new-patient evaluation with differential, KOH, new Rx and work restrictions -> 99204-25 "
                  "(95044/99204 PTP ind 1). 36 allergens -> 95044 x36.",
})

SCENARIOS.append({
    "id": "s77-photo-excimer-320cm2-precoded-96920",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Pre-coded 96920 for excimer to psoriasis plaques totalling 320 sq cm -> 96921; commercial",
    "date": "2026-06-25",
    "patient": ("Petrakis", "Nikos", "1983-04-16", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment, psoriasis, <250 sq cm", cpt="96920", site="Both elbows and both knees",
          note="308 nm excimer, session 7 of 13. Areas: R elbow 70, L elbow 65, R knee 95, L knee 90 sq cm.",
          reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - EXCIMER LASER TREATMENT NOTE
06/25/2026 - Samuel Weiss, MD - session 7 of 13

43 y/o man with localized plaque psoriasis of the elbows and knees (BSA ~4%), failed 4 months of
clobetasol/calcipotriene. Twice-weekly excimer since 06/02/2026.
Vitals: not taken (laser visit).

Interval: plaques thinner, less scale. Mild erythema after session 6 (no blistering). No new medications.
No photosensitizing drugs (reviewed list).

Chaperone offered; declined.
Identity verified with name and date of birth.
Preferred pharmacy confirmed on file.
PHQ-2 depression screen at intake: negative.
Fall-risk screen at intake: negative.
Care team: PCP on file; copies of today's note to be sent.
ROS:
 Constitutional - negative. Eyes - negative. ENT - negative. CV - negative. Resp - negative. GI - negative.
 GU - negative. MSK - no joint pain or swelling. Neuro - negative. Psych - negative. Endocrine - negative.
 Heme - negative. Skin - as above; no sunburn.

PMH: plaque psoriasis (since 2015), hypertension.
PSH: narrowband UVB booth 2018 (stopped - schedule); ILK to a resistant elbow plaque 2020; cryo to a wart
 2016; appendectomy.
MEDS: clobetasol 0.05% ointment (weekends), calcipotriene cream, lisinopril 10 mg, Kenalog 0.1% cream
 (scalp margin), coal tar shampoo.
ALLERGIES: NKDA.
FH: father - psoriasis.
SH: sales manager, married, never smoker, social alcohol.

EXAM: Elbows - thin pink plaques, less scale; knees - similar, moderate induration. No blistering.
 Treated areas measured today:
 - Right elbow 70 sq cm, left elbow 65 sq cm, right knee 95 sq cm, left knee 90 sq cm.
 - Total area treated: 320 sq cm.

TREATMENT: 308 nm excimer laser. Doses (mJ/cm2): elbows 500 (+10%), knees 450 (+10%). Eye protection used.
 Tolerated well.

PLAN: continue twice weekly to complete the 13-treatment course; reduce dose 25% if blistering.
 Continue weekend clobetasol. Next session 06/29/2026.
Samuel Weiss, MD
""",
    "expected": E([L("96921")], ["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "4.8: excimer is coded by total area treated per session; 70 + 65 + 95 + 90 = 320 sq cm -> 96921 "
                  "(250-500 sq cm), not 96920 (<250).",
})

SCENARIOS.append({
    "id": "s77-photo-nbuvb-psoriasis-medicaid",
    "family": "phototherapy", "shape": "note-only",
    "description": "Narrowband UVB session for generalized psoriasis -> 96900; PUVA/Goeckerman history is noise; "
                   "Medicaid",
    "date": "2026-06-30",
    "patient": ("Rollins", "Desiree", "1990-10-10", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Plaque psoriasis, generalized, BSA 18%", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PHOTOTHERAPY TREATMENT RECORD
06/30/2026 - Supervising physician: Samuel Weiss, MD (on site)

Patient: 35 y/o woman with generalized plaque psoriasis, BSA 18% at start of the course.
Treatment #14 of narrowband UVB (311 nm), three times weekly.

Pre-treatment check (phototherapy nurse, reviewed by Dr. Weiss):
 - Erythema from last session: none. Blistering: none. Itch: improving.
 - New medications: none. Photosensitizers: none. Pregnancy: negative urine hCG last week; on IUD.
 - Eye protection: goggles. Genital shielding: yes.

Patient portal active; results will also be released there.
Tobacco and alcohol history re-verified (see social history).
Medication list and allergies reconciled with the patient today.
Outside records reviewed: most recent PCP note and problem list.
Pain score at check-in: 2/10.
Preferred language: English; no interpreter needed.
Chaperone offered; declined.
ROS (brief): Constitutional - negative. Eyes - negative. Skin - fewer plaques, less scale. MSK - no joint pain.
 Psych - mood better. All other systems negative per intake.

PMH: psoriasis since age 12; obesity; depression (stable); polycystic ovary syndrome.
PSH: Goeckerman therapy (tar + UVB) as a teenager, 2006; oral PUVA in 2012 at another center (about 20 sessions,
 stopped for nausea); cryo to a wart 2015; cesarean section 2019.
MEDS: sertraline 100 mg, metformin 500 mg, levonorgestrel IUD, clobetasol 0.05% ointment to thick plaques,
 Kenalog 0.1% cream to the body, calcipotriene ointment, emollients.
ALLERGIES: methoxsalen (nausea - intolerance).
FH: mother - psoriasis and psoriatic arthritis.
SH: school bus driver, married, 2 children, smokes 5 cigarettes/day (counseled), no alcohol.

EXAM (limited): Trunk and extremities - thinner pink plaques with light scale; BSA now ~10%. No burns.

TREATMENT:
 - Modality: narrowband UVB, full-body cabinet.
 - Dose today: 1,150 mJ/cm2 (10% increase from 1,045), skin type III protocol.
 - Time in cabinet: 2 min 04 s. Tolerated without incident.

PLAN: continue NB-UVB 3x/week; reassess BSA at treatment #24. Biologic remains an option if response
 plateaus (prior authorization not started). Smoking cessation resources given again.
 No separate physician E/M today.
Samuel Weiss, MD
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "4.8: one NB-UVB (actinotherapy) session -> 96900 x1. Historical Goeckerman (96910) and PUVA (96912) "
                  "are not today's work; no E/M.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s77-po-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal/wound check 8 days after 11603 excision (010 global); provider selected 99212 "
                   "-> 99024; Medicare FFS",
    "date": "2026-07-02",
    "patient": ("Fenwick", "Rupert", "1945-03-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Squamous cell carcinoma, left forearm, excised 06/24/2026", "C44.629", "Left forearm",
          reason=True),
    ],
    "prior": [PRIOR("2026-06-24", "11603", "Excision malignant lesion, left forearm, excised diameter 2.6 cm",
                    "Left dorsal forearm")],
    "note_title": "Post-operative Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - POST-OPERATIVE VISIT
07/02/2026 - Samuel Weiss, MD

81 y/o man, post-op day 8 after excision of a well-differentiated SCC of the left dorsal forearm (06/24/2026,
excised diameter 2.6 cm, simple closure). Here for suture removal.
Vitals: BP 138/76, HR 66, T 36.8 C.

Interval history: mild tenderness first 3 days, none now. No fever, redness, drainage or bleeding. He kept the
dressing on as instructed. Pathology (reviewed with him): SCC, well differentiated, margins clear.

Identity verified with name and date of birth.
Preferred pharmacy confirmed on file.
PHQ-2 depression screen at intake: negative.
Fall-risk screen at intake: negative.
Care team: PCP on file; copies of today's note to be sent.
Patient portal active; results will also be released there.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. CV: negative. Resp: negative. GI: negative.
 GU: negative. MSK: negative. Neuro: negative. Psych: negative. Endocrine: negative. Heme: negative.
 Skin: no new lesions he is worried about.

PMH: COPD, hypertension, BPH, SCC left forearm (excised 06/2026).
PSH: excision of BCC 2019 (right temple); Mohs nose 2021; cryo to AKs last year (scalp and hands, ~20);
 excision of SCC left forearm 06/24/2026; TURP 2016.
MEDS: tiotropium, amlodipine 5 mg, tamsulosin, fluorouracil 5% cream (hands - planned for the fall),
 Kenalog 0.1% cream PRN itch, petrolatum to the incision.
ALLERGIES: NKDA.
FH: brother - melanoma.
SH: retired highway engineer, widower, ex-smoker, 1 beer/day.

EXAM: Left dorsal forearm - linear incision well approximated, no erythema, no dehiscence, no discharge.
 8 simple interrupted 4-0 nylon sutures removed without difficulty. Steri-strips applied.

ASSESSMENT: Normal post-operative course after excision of SCC, left forearm; margins clear.

PLAN:
 - Scar care (silicone gel after 2 weeks), sun protection.
 - Full skin exam in 3 months (history of multiple keratinocyte cancers) - already scheduled.
 - Start fluorouracil 5% cream to the dorsal hands in October as previously planned (no change today).
 - No new problems addressed.
Samuel Weiss, MD
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/conventions: routine post-op visit (suture removal) inside the 10-day global of 11603 with no "
                  "unrelated problem -> 99024 instead of the selected 99212.",
})

SCENARIOS.append({
    "id": "s77-po-unrelated-tinea-in-global-99213-24",
    "family": "post-op", "shape": "free-text",
    "description": "6 days after benign excision of the back (11402, 010 global): new unrelated tinea corporis "
                   "evaluated and treated -> 99213-24; wound check not billed; commercial",
    "date": "2026-07-06",
    "patient": ("Ingram", "Shauna", "1980-08-08", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Tinea corporis, right thigh and buttock", "B35.4", "Right thigh and buttock", reason=True),
        C("c2", "Aftercare following excision, upper back", None, "Upper back"),
    ],
    "procedures": [
        P("Wound check", site="Upper back",
          note="Excision site (06/30/2026) clean and intact; sutures left in place until day 12.",
          reasons=["c2"]),
    ],
    "prior": [PRIOR("2026-06-30", "11402", "Excision benign lesion, upper back, excised diameter 1.5 cm",
                    "Upper back")],
    "note_title": "Dermatology Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - VISIT
07/06/2026 - Samuel Weiss, MD - established

45 y/o woman, 6 days after excision of a dermatofibroma of the upper back (06/30/2026). She called about a
new itchy rash on her right thigh and buttock and asked us to look at the incision at the same time.
Vitals: BP 120/76, HR 70, T 36.7 C.

HPI (new problem): 3 weeks of enlarging, itchy, ring-shaped red patches on the right thigh and buttock after
a gym membership started; her son has "ringworm". She applied Kenalog 0.1% cream left over from a prior
prescription and the rings spread.

Tobacco and alcohol history re-verified (see social history).
Medication list and allergies reconciled with the patient today.
Outside records reviewed: most recent PCP note and problem list.
Pain score at check-in: 2/10.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. CV: negative. Respiratory: negative.
 GI: negative. GU: no vaginal itching. MSK: negative. Neuro: negative. Psych: negative.
 Endocrine: no diabetes. Heme: negative. Skin: as above; no nail changes.

PMH: hypothyroidism, migraines, dermatofibroma upper back (excised 06/30/2026).
PSH: excision of dermatofibroma upper back 06/30/2026; cryo to a wart on the knee 2012; laparoscopic
 myomectomy 2016; shave removal of an irritated SK from the bra line 2022.
MEDS: levothyroxine 100 mcg, propranolol 40 mg (migraine prophylaxis), Kenalog 0.1% cream (stopped today),
 acetaminophen PRN.
ALLERGIES: NKDA.
FH: noncontributory.
SH: physical therapist, married, one son (12), never smoker, social alcohol.

EXAM:
 - Right lateral thigh and buttock: three annular, scaly erythematous plaques 3-6 cm with active borders and
   central clearing. KOH scraping obtained and sent to the lab.
 - Upper back: incision clean, dry, intact; no erythema. Sutures remain (removal on day 12).

ASSESSMENT / PLAN:
 1. Tinea corporis (steroid-modified) - new, unrelated to the surgery. Stop Kenalog cream. Start terbinafine
    1% cream BID x 3 weeks (Rx). If extensive or no response, oral terbinafine with LFTs. Treat son; wash gym
    clothing; check pets.
 2. Post-op wound, upper back - healing normally; routine post-op care, no new orders. Suture removal 07/12.
RTC 3 weeks for the tinea.
Samuel Weiss, MD
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["B35.4"]}),
    "coder_note": "GS-5: an unrelated problem (tinea corporis with new Rx) evaluated during the 10-day global of "
                  "11402 -> 99213-24. The wound check itself is part of the global package (no separate line).",
})

SCENARIOS.append({
    "id": "s77-po-reexcision-positive-margin-58-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "Re-excision for positive margin 7 days after 11602 (BCC left upper arm), scar 2.2 cm + 2 x 0.3 "
                   "cm -> 11603; pre-coded without modifier -> 11603-58; Medicare FFS",
    "date": "2026-07-03",
    "patient": ("Gallagher", "Maureen", "1948-12-05", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper arm, positive margin", "C44.619", "Left upper arm",
          reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk/arms/legs 2.1-3.0 cm", cpt="11603", site="Left upper arm",
          note="Re-excision of scar 2.2 cm with 3 mm margins, excised diameter 2.8 cm; simple closure.",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-06-26", "11602", "Excision malignant lesion, left upper arm, excised diameter 1.6 cm",
                    "Left upper arm", "Path: infiltrative BCC, lateral margin involved.")],
    "note_title": "Procedure Note - Re-excision",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PROCEDURE NOTE (RE-EXCISION)
07/03/2026 - Samuel Weiss, MD

77 y/o woman. On 06/26/2026 I excised a BCC of the left lateral upper arm (lesion 1.0 cm, 3 mm margins).
Pathology: infiltrative basal cell carcinoma, lateral margin involved. Planned re-excision today, discussed
when the result came back; she preferred re-excision here over Mohs referral.
Vitals: BP 132/78, HR 68.

Preferred language: English; no interpreter needed.
Chaperone offered; declined.
Identity verified with name and date of birth.
Preferred pharmacy confirmed on file.
PHQ-2 depression screen at intake: negative.
Fall-risk screen at intake: negative.
Care team: PCP on file; copies of today's note to be sent.
ROS:
 Constitutional - negative. Eyes - negative. ENT - negative. CV - negative. Resp - negative.
 GI - diverticulosis. GU - negative. MSK - osteoporosis. Neuro - negative. Psych - negative.
 Endocrine - negative. Heme - negative. Skin - incision healing; no other concerns.

PMH: osteoporosis, diverticulosis, hyperlipidemia, BCC left upper arm (06/2026).
PSH: excision of BCC left upper arm 06/26/2026; Mohs nose 2021; excision of BCC 2019 (back); cryo to AKs
 last year; hip fracture ORIF 2020.
MEDS: alendronate, calcium/D, pravastatin, imiquimod 5% cream (old supply, not for this lesion), Kenalog 0.1%
 cream PRN, fluorouracil 5% cream (face 2024).
ALLERGIES: sulfonamides.
FH: sister - BCC.
SH: retired nurse, widowed, never smoker, no alcohol.

EXAM: Left upper arm - 2.2 cm healing linear scar (sutures from 06/26 still in place), no infection.

PROCEDURE:
 Consent, time-out. 1% lidocaine w/ epi. Old scar 2.2 cm treated as the lesion; 3 mm margins (narrowest)
 -> excised diameter 2.8 cm. Excision to fat, oriented, to pathology.
 Closure: simple, single layer of 4-0 nylon interrupted sutures; no deep sutures, no undermining.
 Hemostasis with pressure and electrocautery.

ASSESSMENT: Infiltrative BCC, left upper arm, positive lateral margin - re-excised (staged, related to the
 06/26 procedure).
PLAN: sutures out 12-14 days. If margins remain positive, refer for Mohs.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin, left upper arm, re-excision: scar with focal residual infiltrative basal cell carcinoma; "
                 "margins now clear (closest 2 mm).", "date": "2026-07-07", "site": "Left upper arm"},
    ],
    "expected": E([L("11603", 1, "58")], ["global-period"], dx={"11603": ["C44.619"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of the 06/26 excision is "
                  "staged/related -> 58; malignant because the original lesion was BCC. 2.2 + 2 x 0.3 = 2.8 cm arm "
                  "-> 11603. Simple closure included.",
})

SCENARIOS.append({
    "id": "s77-po-new-temple-bx-in-cyst-global-79-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "6 days after excision of a back cyst (11403, 010 global): tangential bx of a new left temple "
                   "lesion; pre-coded 11102 without modifier -> 11102-79; commercial (UHC)",
    "date": "2026-07-07",
    "patient": ("Whitcombe", "Declan", "1966-05-22", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Pearly papule, left temple", None, "Left temple", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Left temple",
          note="Shave biopsy of a new 5 mm pearly papule, unrelated to the back surgery.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-07-01", "11403", "Excision epidermoid cyst, mid back, excised diameter 2.4 cm",
                    "Mid back")],
    "note_title": "Dermatology Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Visit - 07/07/2026 - Samuel Weiss, MD - established

60 y/o man, 6 days after excision of an epidermoid cyst of the mid back (07/01/2026). He asks about a new shiny
bump on the left temple his barber noticed 2 months ago.
Vitals: BP 128/82, HR 64.

HPI: left temple papule, slowly enlarging, bled once after shaving. No history of a lesion there. Back
incision sore the first 2 days only.

Patient portal active; results will also be released there.
Tobacco and alcohol history re-verified (see social history).
Medication list and allergies reconciled with the patient today.
Outside records reviewed: most recent PCP note and problem list.
Pain score at check-in: 2/10.
Preferred language: English; no interpreter needed.
Chaperone offered; declined.
Identity verified with name and date of birth.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. CV: negative. Resp: negative. GI: negative.
 GU: negative. MSK: lumbar strain (old). Neuro: negative. Psych: negative. Endocrine: negative.
 Heme: negative. Skin: as above.

PMH: hypertension, hyperlipidemia, lumbar strain 2019.
PSH: excision of epidermoid cyst mid back 07/01/2026; cryo to AKs last year (scalp); excision of a lipoma
 from the forearm 2014; vasectomy.
MEDS: lisinopril 20 mg, atorvastatin 40 mg, fluorouracil 5% cream (scalp, finished 03/2026), Kenalog 0.1%
 cream PRN for ear eczema, mupirocin to the back incision.
ALLERGIES: NKDA.
FH: father - BCC and melanoma.
SH: golf course superintendent (outdoor work), married, never smoker, 2 beers/week.

EXAM: Left temple - 5 mm pearly papule with arborizing telangiectasia. Mid back - incision intact, no
 erythema, sutures in place.

ASSESSMENT / PLAN:
 1. New left temple papule - suspicious for BCC; unrelated to the back surgery. Tangential biopsy today.
    Consent; 1% lidocaine w/ epi; shave biopsy with DermaBlade; AlCl3. To pathology.
 2. Back incision - healing normally (routine post-op). Suture removal 07/13.
RTC per pathology.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin, left temple, shave biopsy: basal cell carcinoma, nodular type, extending to the deep "
                 "margin.", "date": "2026-07-10", "site": "Left temple"},
    ],
    "expected": E([L("11102", 1, "79")], ["global-period"], dx={"11102": ["C44.319"]}),
    "coder_note": "GS-5: unrelated procedure on a new lesion during the 10-day global of 11403 -> 79 on 11102. "
                  "Path BCC of the temple -> C44.319.",
})

SCENARIOS.append({
    "id": "s77-rep-three-lacerations-lobby-fall",
    "family": "repair", "shape": "note-only",
    "description": "Lobby fall: simple repairs R forearm 3.2 cm + R hand 1.8 cm summed -> 12002; chin 1.2 cm simple "
                   "-> 12011; Medicare Advantage",
    "date": "2026-07-09",
    "patient": ("Tremblay", "Lucienne", "1943-09-14", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Laceration without foreign body, right forearm", "S51.811A", "Right forearm", reason=True),
        C("c2", "Laceration without foreign body, right hand", "S61.411A", "Right hand", reason=True),
        C("c3", "Laceration without foreign body, chin", "S01.81XA", "Chin", reason=True),
    ],
    "note_title": "Urgent Procedure Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - URGENT PROCEDURE NOTE
07/09/2026 - Samuel Weiss, MD

82 y/o woman who arrived for her 6-month skin check, tripped on the lobby step and struck a metal railing,
sustaining three clean lacerations. The skin check was rescheduled; today's visit was the laceration repair
only. No loss of consciousness, no head strike other than the chin, no neck pain.
Vitals: BP 150/86, HR 88, SpO2 97%.

Preferred pharmacy confirmed on file.
PHQ-2 depression screen at intake: negative.
Incident witnessed by front-desk staff.
ROS:
 Constitutional - negative. Eyes - no vision change. ENT - no dental injury. CV - no chest pain, no
 palpitations before the fall (mechanical trip). Resp - negative. GI - negative. GU - negative.
 MSK - no wrist pain, full range of motion. Neuro - no dizziness, no weakness. Psych - shaken up.
 Endocrine - negative. Heme - on apixaban. Skin - as below.

PMH: atrial fibrillation (apixaban), hypertension, osteoporosis, macular degeneration.
PSH: excision of BCC 2019 (right shoulder); Mohs nose 2021; cryo to AKs last year; bilateral knee replacements.
MEDS: apixaban 5 mg BID, diltiazem ER 180 mg, alendronate, AREDS2, fluorouracil 5% cream (not current),
 Kenalog 0.1% cream PRN. Tetanus: Tdap 2023 (up to date).
ALLERGIES: penicillin.
FH: noncontributory.
SH: retired pianist, widowed, lives in assisted living, never smoker.

EXAM:
 - Right volar forearm: 3.2 cm linear laceration through the dermis, clean edges, no debris, no tendon exposure.
 - Right dorsal hand: 1.8 cm linear laceration, superficial, clean; extensor tendons intact, sensation intact.
 - Chin: 1.2 cm linear laceration, superficial, clean. Teeth and mandible stable.
 No other injuries. Neuro exam nonfocal.

PROCEDURE: Consent. Irrigation with 250 mL saline (no contamination, no foreign body). 1% lidocaine with epi.
 - Right forearm: simple single-layer closure, 4-0 nylon interrupted, 3.2 cm.
 - Right hand: simple single-layer closure, 5-0 nylon interrupted, 1.8 cm.
 - Chin: simple single-layer closure, 6-0 nylon interrupted, 1.2 cm.
 No layered closure, no undermining, no debridement needed. Hemostasis with pressure (on apixaban).
 Bacitracin and dressings.

PLAN: sutures out - chin 5 days, hand and forearm 10 days. Wound care handout. Staff incident report filed.
 Reschedule full skin exam.
Samuel Weiss, MD
""",
    "expected": E([L("12002"), L("12011")], dx={"12002": ["S51.811A"], "12011": ["S01.81XA"]}),
    "coder_note": "REP-1/REP-2: simple repairs are summed per site group: forearm 3.2 + hand 1.8 = 5.0 cm (trunk/"
                  "extremities incl. hands) -> 12002; chin 1.2 cm (face group) -> 12011. No PTP edit between them.",
})

SCENARIOS.append({
    "id": "s77-rep-helix-laceration-0-9cm-precoded-complex",
    "family": "repair", "shape": "pre-coded",
    "description": "Pre-coded complex repair 13151 for a 0.9 cm layered closure of a left helical-rim laceration; "
                   "complex repair <= 1.0 cm -> intermediate 12051; Medicare Advantage PPO",
    "date": "2026-07-14",
    "patient": ("Rasmussen", "Holger", "1955-06-28", "male"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Laceration without foreign body of left ear (helical rim)", "S01.312A", "Left helix",
          reason=True),
    ],
    "procedures": [
        P("Repair, complex, ear, 1.1-2.5 cm", cpt="13151", site="Left helical rim",
          note="Laceration across the helical rim 0.9 cm; layered closure 5-0 Vicryl + 6-0 Prolene.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PROCEDURE NOTE
07/14/2026 - Samuel Weiss, MD - established

71 y/o man who cut his left ear on the sharp corner of a picture frame while hanging it this morning. Came in
because we are next door to his house. Bleeding controlled with pressure at home.
Vitals: BP 136/84, HR 76.

Care team: PCP on file; copies of today's note to be sent.
Patient portal active; results will also be released there.
Tobacco and alcohol history re-verified (see social history).
Medication list and allergies reconciled with the patient today.
Outside records reviewed: most recent PCP note and problem list.
Pain score at check-in: 2/10.
Preferred language: English; no interpreter needed.
Chaperone offered; declined.
ROS:
 Constitutional: negative. Eyes: negative. ENT: no hearing change. Cardiovascular: negative.
 Respiratory: negative. GI: negative. GU: negative. MSK: negative. Neuro: no head injury, no dizziness.
 Psych: negative. Endocrine: type 2 DM (diet). Heme: aspirin 81 mg. Skin: as below.

PMH: type 2 diabetes (diet-controlled), hyperlipidemia, BPH, hearing loss.
PSH: Mohs of BCC right ear 2021 (wedge repair); excision of BCC 2019 (back); cryo to AKs last year (ears,
 scalp); TURP 2019.
MEDS: aspirin 81 mg, atorvastatin, finasteride, fluorouracil 5% cream (ears, 2025), Kenalog 0.1% cream PRN
 (seborrheic dermatitis of the ears), hearing aids. Tetanus: Td 2021.
ALLERGIES: NKDA.
FH: noncontributory.
SH: retired carpenter, married, never smoker, 1-2 drinks/week.

EXAM: Left ear - 0.9 cm clean linear laceration crossing the helical rim, through the skin to the
 perichondrium; cartilage not lacerated, not exposed. No hematoma. No foreign material.

PROCEDURE: Consent. Irrigation with saline. Local 1% lidocaine with epi (ring block of the helix).
 Layered closure: 5-0 Vicryl buried in the subcutaneous/perichondrial layer, 6-0 Prolene simple interrupted
 with careful eversion to align the helical rim. Final repair length 0.9 cm. No debridement, no cartilage
 repair, no undermining beyond the wound edge, no stents.
 Bacitracin, light dressing.

PLAN: sutures out in 6 days. Watch for perichondritis (redness, swelling, pain) - call immediately.
 Keep using hearing aid on the right only for a few days.
Samuel Weiss, MD
""",
    "expected": E([L("12051")], ["coding-correction"], dx={"12051": ["S01.312A"]}),
    "coder_note": "REP-2/code families: a complex repair of 1.0 cm or less is coded as simple or intermediate; this "
                  "closure is layered -> intermediate face/ear group, 0.9 cm -> 12051 (13151 starts at 1.1 cm).",
})

SCENARIOS.append({
    "id": "s77-shave-nasal-nevus-glasses-trauma-ffs",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of a 0.7 cm intradermal nevus of the nasal bridge repeatedly traumatized by glasses "
                   "and bleeding -> 11311; Medicare FFS (covered: trauma + bleeding documented)",
    "date": "2026-07-16",
    "patient": ("Pennington", "Gladys", "1953-03-03", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal melanocytic nevus, nasal bridge, traumatized and bleeding", "D22.39", "Nasal bridge",
          reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PROCEDURE NOTE
07/16/2026 - Samuel Weiss, MD - established

73 y/o woman with a raised mole on the left nasal bridge where her eyeglass nose pad sits.
Vitals: BP 128/70, HR 72.

HPI: present for decades, unchanged in color. Over the last 6 months the glasses' nose pad rubs it daily; it
has bled on 3 occasions (documented with photos she brought), once soaking a tissue. She has had the glasses
adjusted twice without relief. Not requesting removal for looks - "it keeps bleeding".

Identity verified with name and date of birth.
Preferred pharmacy confirmed on file.
PHQ-2 depression screen at intake: negative.
ROS:
 Constitutional: negative. Eyes: cataracts, glasses. ENT: negative. CV: negative. Resp: negative.
 GI: negative. GU: negative. MSK: negative. Neuro: negative. Psych: negative. Endocrine: negative.
 Heme: no bleeding disorder; not on blood thinners. Skin: as above.

PMH: hypothyroidism, osteopenia, glaucoma suspect.
PSH: excision of BCC 2019 (left upper back); Mohs nose 2021 (right nasal tip - different site); cryo to AKs
 last year (forehead); cholecystectomy.
MEDS: levothyroxine 50 mcg, calcium/D, artificial tears, fluorouracil 5% cream (forehead 2024),
 Kenalog 0.1% cream PRN for seborrheic dermatitis of the brows.
ALLERGIES: NKDA.
FH: mother - BCC.
SH: retired court clerk, married, never smoker, no alcohol.

EXAM: Left nasal bridge - 0.7 cm dome-shaped, flesh-colored papule with central hemorrhagic crust and
 erosion at the nose-pad contact point; dermoscopy: comma vessels, no atypical network. Right nasal tip Mohs
 scar intact.

ASSESSMENT: Traumatized, recurrently bleeding intradermal nevus, nasal bridge (clinical). Removal is medically
 indicated (repeated trauma with bleeding).

PROCEDURE: shave removal.
 Consent. 1% lidocaine with epi. The entire 0.7 cm lesion removed flush with the surrounding skin using a
 DermaBlade (transverse shave, no full-thickness excision). Hemostasis with aluminum chloride and light
 electrocautery. No sutures. Specimen to pathology.

PLAN: petrolatum daily; pad the nose pad with moleskin for 2 weeks; call with pathology.
Samuel Weiss, MD
""",
    "path": [
        {"text": "Skin, left nasal bridge, shave: intradermal melanocytic nevus with surface erosion and "
                 "hemorrhage. No atypia.", "date": "2026-07-20", "site": "Left nasal bridge"},
    ],
    "expected": E([L("11311")], dx={"11311": ["D22.39"]}),
    "coder_note": "SH-1: shave removal on the nose (FEENLM), lesion diameter 0.7 cm -> 11311 (0.6-1.0). BSL-3 (a)/(l): "
                  "bleeding and documented recurrent trauma, so not cosmetic. Mohs/BCC/AK history is noise.",
})

SCENARIOS.append({
    "id": "s77-shave-two-sks-one-size-missing",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of two inflamed SKs: back 1.2 cm -> 11302; right neck with no size documented -> "
                   "no line + missing-documentation; commercial (UHC)",
    "date": "2026-07-21",
    "patient": ("Montgomery", "Ruth", "1960-01-26", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left lower back", "L82.0", "Left lower back", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right lateral neck", "L82.0", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left lower back (waistband)",
          note="Irritated, bleeding SK 1.2 cm diameter shaved flush with DermaBlade, AlCl3.", reasons=["c1"]),
        P("Shave removal", site="Right lateral neck",
          note="Inflamed SK rubbed by collar, shaved flush, AlCl3. To path.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - VISIT
07/21/2026 - Samuel Weiss, MD - established

66 y/o woman with two irritated "barnacles": one at the waistband on the left lower back and one on the right
side of the neck where her collar rubs.
Vitals: BP 126/80, HR 70.

HPI: both lesions itch, get red and have bled on clothing over the last 2 months (blood on her blouse and
waistband). She has many other SKs that do not bother her.

Fall-risk screen at intake: negative.
Care team: PCP on file; copies of today's note to be sent.
Patient portal active; results will also be released there.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. CV: negative. Respiratory: negative.
 GI: negative. GU: negative. MSK: negative. Neuro: negative. Psych: negative. Endocrine: prediabetes.
 Heme: negative. Skin: as above.

PMH: prediabetes, hyperlipidemia, osteoarthritis.
PSH: shave removal of an inflamed SK from the bra line 2023; excision of BCC 2019 (right cheek); cryo to AKs
 last year; bilateral bunionectomy.
MEDS: metformin 500 mg, rosuvastatin 10 mg, meloxicam PRN, Kenalog 0.1% cream (she put it on the neck lesion
 for a week - no help), fluorouracil 5% cream (face 2024).
ALLERGIES: NKDA.
FH: mother - many SKs.
SH: bookkeeper, married, never smoker, social alcohol.

EXAM:
 - Left lower back at the waistband: 1.2 cm stuck-on tan plaque with erythematous rim, crust and erosion.
 - Right lateral neck: stuck-on tan papule with inflamed base and hemorrhagic crust (size not recorded).
 - Many asymptomatic SKs on the trunk - not treated.

ASSESSMENT: Inflamed/irritated seborrheic keratoses x2, symptomatic (itching, bleeding, inflammation).

PROCEDURES: consent; 1% lidocaine with epi.
 - Left lower back: shave removal flush with the skin with a DermaBlade; AlCl3 hemostasis.
 - Right lateral neck: shave removal; AlCl3 hemostasis.
 Both specimens to pathology (confirm SK).

PLAN: petrolatum; avoid friction 1 week. Asymptomatic SKs are cosmetic - not treated.
Samuel Weiss, MD
""",
    "path": [
        {"text": "A. Skin, left lower back, shave: irritated seborrheic keratosis. B. Skin, right neck, shave: "
                 "irritated seborrheic keratosis, 0.6 x 0.5 cm specimen.", "date": "2026-07-24",
         "site": "Left lower back; right neck"},
    ],
    "expected": E([L("11302")], ["missing-documentation"], dx={"11302": ["L82.0"]}),
    "coder_note": "SH-1: back (TAL) 1.2 cm -> 11302. The neck shave has no clinical lesion diameter (the path specimen "
                  "size may not be used) -> no line, missing-documentation (README 'Coding decisions').",
})

SCENARIOS.append({
    "id": "s77-tags-twelve-irritated-axillae-neck",
    "family": "skin-tags", "shape": "note-only",
    "description": "Snip removal of 12 irritated, bleeding skin tags (axillae and neck) -> 11200; commercial",
    "date": "2026-07-23",
    "patient": ("Salazar", "Beatriz", "1974-04-04", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding, axillae and neck", "L91.8", "Both axillae, neck",
          reason=True),
    ],
    "note_title": "Dermatology Procedure Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE - PROCEDURE VISIT
07/23/2026 - Samuel Weiss, MD - established

52 y/o woman with skin tags in the armpits and on the neck that catch on her bra straps and necklace.
Vitals: BP 134/86, HR 76, BMI 34.

HPI: several tags twist, become red and painful, and bleed - she has blood spots on her clothes weekly. Two
turned black and fell off last month after twisting. She tried an OTC "skin tag remover" freeze kit - it
blistered the skin and the tags remain.

Tobacco and alcohol history re-verified (see social history).
Medication list and allergies reconciled with the patient today.
Outside records reviewed: most recent PCP note and problem list.
Pain score at check-in: 2/10.
Preferred language: English; no interpreter needed.
Chaperone offered; declined.
ROS:
 Constitutional: negative. Eyes: negative. ENT: negative. Cardiovascular: negative.
 Respiratory: negative. GI: negative. GU: negative. MSK: knee pain. Neuro: negative. Psych: negative.
 Endocrine: prediabetes, PCOS history. Heme: negative. Skin: as above; darkening of the neck skin.

PMH: prediabetes (A1c 6.2), PCOS, obesity, knee osteoarthritis.
PSH: snip removal of 6 tags from the eyelids 2021 (ophthalmology); cryo to a wart 2015; gastric sleeve
 (considered, not done); tubal ligation.
MEDS: metformin 1000 mg, meloxicam, Kenalog 0.1% cream (put on irritated tags - no help), ammonium lactate.
ALLERGIES: NKDA.
FH: mother - diabetes.
SH: cashier, divorced, never smoker, no alcohol.

EXAM: Acanthosis nigricans of the neck and axillae. Pedunculated skin tags: right axilla 5, left axilla 4,
 neck 3 (twelve total); 2-6 mm; several erythematous, two with hemorrhagic crust, one twisted and tender.

ASSESSMENT: Symptomatic acrochordons x12 (inflamed, bleeding, painful with trauma from straps and jewelry);
 acanthosis nigricans with insulin resistance.

PROCEDURE: removal of 12 skin tags by scissor snip with forceps, AlCl3 hemostasis. No anesthesia needed for
 most; topical lidocaine for the neck. Tolerated well.

PLAN: Vaseline; avoid necklace 1 week. Acanthosis - discussed weight and glucose control, continue metformin
 per PCP (no change). Return if new tags become symptomatic.
Samuel Weiss, MD
""",
    "expected": E([L("11200")], dx={"11200": ["L91.8"]}),
    "coder_note": "4.8: up to 15 skin tags -> 11200 x1 (12 tags). Symptoms (inflammation, bleeding, trauma from "
                  "straps) make removal medical (BSL-3). Eyelid tag removal 2021 and home freeze kit are history.",
})

SCENARIOS.append({
    "id": "s77-tags-thirty-eight-11201-over-mue",
    "family": "skin-tags", "shape": "free-text",
    "description": "Removal of 38 inflamed skin tags -> 11200 + 11201 ceil(23/10) = 3, capped at MUE 1; Medicaid MCO",
    "date": "2026-07-28",
    "patient": ("Harlow", "Dwayne", "1969-09-02", "male"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, inflamed, neck, axillae and groin folds", "L91.8", "Neck, axillae, inguinal folds",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck (14), axillae (16), inguinal folds (8)",
          note="38 skin tags removed by snip excision and light electrodesiccation. Many irritated, several "
               "bleeding.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Visit",
    "note": """WEISS DERMATOLOGY & INTERNAL MEDICINE
Visit - 07/28/2026 - Samuel Weiss, MD - established

56 y/o man with numerous skin tags in the neck, armpits and groin folds, many painful.
Vitals: BP 144/90, HR 82, BMI 39.

HPI: over the past year the tags have multiplied; they rub on his shirt collar, seatbelt and in the groin
when walking; several get inflamed, bleed and stick to his clothes. He works as a delivery driver in the heat.
One in the groin became infected in March (treated by urgent care with cephalexin).

Identity verified with name and date of birth.
Preferred pharmacy confirmed on file.
PHQ-2 depression screen at intake: negative.
Fall-risk screen at intake: negative.
Care team: PCP on file; copies of today's note to be sent.
Patient portal active; results will also be released there.
ROS:
 Constitutional: fatigue. Eyes: negative. ENT: snoring. Cardiovascular: negative. Respiratory: OSA.
 GI: GERD. GU: negative. MSK: back pain. Neuro: negative. Psych: negative. Endocrine: type 2 DM, A1c 7.8.
 Heme: negative. Skin: as above; intertrigo in summer.

PMH: type 2 diabetes, obesity, OSA on CPAP, GERD, hypertension.
PSH: I&D of an infected skin tag groin 03/2026 (urgent care); cryo to a wart 2012; umbilical hernia repair.
MEDS: metformin, empagliflozin, lisinopril, omeprazole, nystatin powder for the groin folds, Kenalog 0.1%
 cream (groin itch - advised to stop in the folds), CPAP.
ALLERGIES: NKDA.
FH: father - diabetes.
SH: delivery driver, married, ex-smoker, no alcohol.

EXAM: Pedunculated and filiform acrochordons: neck 14, axillae 16 (right 9, left 7), inguinal folds 8 - total
 thirty-eight (38). Many erythematous and macerated; four with hemorrhagic crust. Mild candidal intertrigo of
 the groin folds (treated with nystatin - no change).

ASSESSMENT: Inflamed, bleeding acrochordons x38 with friction trauma; type 2 DM.

PROCEDURE: consent; topical and 1% lidocaine where needed. All 38 tags removed by scissor snip, light
 electrodesiccation at the bases for hemostasis. Tolerated well.

PLAN: petrolatum; keep folds dry; continue nystatin powder. Glucose control per PCP. Return if new tags become
 symptomatic.
Samuel Weiss, MD
""",
    "expected": E([L("11200"), L("11201")], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "4.8/conventions: 11200 covers the first 15 tags; 11201 = each additional 10 or part -> "
                  "ceil((38-15)/10) = 3 units, but the 11201 MUE is 1 -> capped at 1 with an mue finding.",
})
