"""Sealed held-out set sealed-11 (prefix s11-): a busy general dermatology group, six clinicians.

Voices: Halvorsen MD (SOAP), Marchetti MD (dictation, Mohs surgeon), Okonkwo DO (problem list),
Castellanos PA-C (templated macros with *** blanks, some Epic HTML), Abernathy PA-C (APSO),
Lindgren NP (terse bullets, abbreviations). Expected answers from the rule book sections 2-7 and 10,
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------- biopsy

SCENARIOS.append({
    "id": "s11-bx-two-new-spots-punch-and-shave",
    "family": "biopsy", "shape": "note-only",
    "description": "Visit for two new spots in a patient with NMSC history: shave biopsy of a back papule and 4 mm "
                   "punch of a calf macule; no E/M selected.",
    "date": "2025-04-08", "provider": "halvorsen", "payer": "medicare",
    "patient": ("Thornquist", "Harold", "1949-06-12", "male"),
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, left upper back", "D49.2", "Left upper back",
          reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, right calf", "D49.2", "Right posterior calf",
          reason=True),
        C("c3", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note": """DERMATOLOGY PROGRESS NOTE
Kirsten Halvorsen, MD | Riverside Dermatology | DOS 04/08/2025

S:
Harold is a 75 yo man with hx BCC right nasal ala (Mohs 2019) and SCC in situ left dorsal hand (ED&C 2021),
seen today only for two spots; his full-body surveillance exam was done here on 02/11/2025. Since then his
wife noticed a pink spot on his left upper back that bleeds a little after he towels off. He also thinks a dark
spot on the back of his right calf is new this winter. No other skin complaints.
ROS: Denies fever, chills, night sweats, unintentional weight loss. No new lumps. Otherwise negative.
PMH: HTN, hyperlipidemia, BPH
Meds: lisinopril 20 mg, atorvastatin 40 mg, tamsulosin 0.4 mg
Allergies: NKDA
Social: retired mail carrier, 30+ years outdoors. Former smoker, quit 1995.

O:
BP 138/82, HR 74
Gen: pleasant, NAD. Fitzpatrick II.
Focused skin exam (back and both lower legs):
- L upper back, 4 cm below the scapular spine: 7 mm shiny pink papule, arborizing vessels on dermoscopy
- R posterior calf: 6 mm irregular brown macule, two shades of brown, asymmetric network, no regression
- Back otherwise: several stuck-on tan papules (SKs), scattered cherry angiomas

A:
1. Pink papule L upper back, concerning for BCC
2. Atypical pigmented macule R calf - r/o dysplastic nevus vs early melanoma
3. Personal history of NMSC (BCC, SCCIS)
4. SKs, cherry angiomas - benign

P:
1. Shave biopsy L upper back today (details below).
2. Punch biopsy R calf today (details below).
3. Next surveillance exam August as planned.
4. Benign lesions: reassurance, no treatment.

PROCEDURE NOTE
Consent: risks (bleeding, infection, scar, need for further treatment) and benefits reviewed; verbal and
written consent obtained. Time-out performed.
Site A - L upper back: alcohol prep, 1% lidocaine with epinephrine 1 mL. Tangential biopsy with a flexible
blade through the mid dermis. Hemostasis with aluminum chloride. Petrolatum and bandage.
Site B - R posterior calf: chlorhexidine prep, 1% lidocaine with epinephrine 1.5 mL. 4 mm punch biopsy taken
to the subcutaneous fat. Closed with one 4-0 nylon simple interrupted suture. Petrolatum and bandage.
EBL minimal. Specimens A and B to dermpath. Tolerated well.
Wound care handout given. Suture out in 14 days. We will call with results.

Electronically signed: Kirsten Halvorsen, MD 04/08/2025 16:42
""",
    "expected": E([L("11104"), L("11103")]),
    "coder_note": "BX-2: one primary per encounter, punch (11104) outranks tangential; the shave biopsy becomes the "
                  "tangential add-on 11103 (AOC allows 11103 with 11104). Visit limited to the two lesions biopsied; no "
                  "E/M selected (GS-3).",
})

SCENARIOS.append({
    "id": "s11-bx-three-tangential-np",
    "family": "biopsy", "shape": "free-text",
    "description": "Three tangential biopsies of three lesions (hand, nasal sidewall, back); AK cryotherapy deferred.",
    "date": "2025-05-14", "provider": "lindgren", "payer": "commercial-uhc",
    "patient": ("Pellegrino", "Dana", "1968-02-27", "female"),
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, right hand", "D49.2", "Right dorsal hand", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, left nasal sidewall", "D49.2", "Left nasal sidewall",
          reason=True),
        C("c3", "Neoplasm of unspecified behavior of skin, back", "D49.2", "Mid upper back", reason=True),
        C("c4", "Actinic keratosis", "L57.0", "Bilateral dorsal forearms"),
    ],
    "procedures": [
        P("Shave bx", site="R dorsal hand",
          note="9 mm hyperkeratotic pink papule w/ central scale, r/o SCC. Lido 1% w/ epi 0.5 mL, tangential bx "
               "w/ Dermablade, AlCl. Spec A.", reasons=["c1"]),
        P("Shave bx", site="L nasal sidewall",
          note="5 mm pearly papule, r/o BCC. Lido 1% w/ epi 0.3 mL, saucerization bx, AlCl. Spec B.",
          reasons=["c2"]),
        P("Shave bx", site="Mid upper back",
          note="7 mm irregular dark brown papule, new per pt, r/o dysplastic nevus. Tangential bx to mid-dermis, "
               "AlCl, bandage. Spec C.", reasons=["c3"]),
    ],
    "note": """Derm f/u - A. Lindgren, NP
05/14/25

CC: "3 spots"

- 57F, hx AKs (LN2 11/2024), no skin ca hx
- R hand bump x3 mo, scaly, sometimes tender
- nose spot x6 mo, "won't heal"
- back mole new per husband
- last FSE 01/2025 w/ Dr. Halvorsen

Exam (focused: face, hands, forearms, back):
- R dorsal hand 9 mm hyperkeratotic pink papule
- L nasal sidewall 5 mm pearly papule w/ telangiectasia
- mid upper back 7 mm irregular dk brown papule
- few gritty AKs bilat dorsal forearms (~5)
- benign nevi, SKs trunk

Imp/plan:
1. R hand - r/o SCC -> shave bx
2. L nasal sidewall - r/o BCC -> shave bx
3. back - r/o DN -> shave bx
4. AKs forearms - pt prefers to wait, will LN2 at next visit. No LN2 today.
- bx x3 per procedure records, consent signed, all tol well
- path 7-10d, will call
- RTC 3 mo or sooner pending path

A. Lindgren, NP
""",
    "expected": E([L("11102"), L("11103", 2)]),
    "coder_note": "BX-1/BX-2: three tangential biopsies of three lesions = 11102 + 11103 x2. The AKs were not treated "
                  "(deferred), so no destruction line.",
})

SCENARIOS.append({
    "id": "s11-bx-wedge-and-punch-deleted-codes",
    "family": "biopsy", "shape": "pre-coded",
    "description": "EMA sent deleted 11100/11101 for an incisional wedge biopsy of a shin nodule and a punch of an arm "
                   "papule.",
    "date": "2025-06-19", "provider": "abernathy", "payer": "medicaid",
    "patient": ("Delacroix", "Marisol", "1987-09-03", "female"),
    "conditions": [
        C("c1", "Localized swelling, mass and lump, lower limb, bilateral", "R22.43", "Bilateral anterior shins",
          reason=True),
        C("c2", "Other specified disorders of the skin", "L98.8", "Right posterior upper arm", reason=True),
    ],
    "procedures": [
        P("Bx incisional L shin", cpt="11100", site="Left anterior shin",
          note="Wedge bx with #15 blade into subcutaneous fat, 1.5 x 0.6 cm, simple closure 4-0 nylon x3.",
          reasons=["c1"]),
        P("Bx punch R arm", cpt="11101", site="Right posterior upper arm",
          note="4 mm punch, one 4-0 nylon.", reasons=["c2"]),
    ],
    "note": """ASSESSMENT & PLAN
1. Tender red nodules, bilateral anterior shins x 3 weeks - ddx erythema nodosum vs other septal/lobular
   panniculitis. An incisional (wedge) biopsy was chosen over a punch so the lab gets enough subcutaneous fat.
   Done today, see procedure. Ibuprofen 600 mg TID with food prn, leg elevation, compression. Her PCP already
   drew CBC, ASO and a chest film last week - results requested.
2. Violaceous flat-topped papule, R posterior upper arm - r/o lichen planus vs lichenoid keratosis. Punch
   biopsy today.
3. RTC 2 weeks for suture removal and results.

SUBJECTIVE
38 yo F referred by PCP for painful bumps on both shins that started 3 weeks after a sore throat. Low grade
fevers the first week, now resolved. Ankles ache. No new meds except OCP (x 4 years). Also a single itchy
purple bump on the right arm x 2 months.

OBJECTIVE
T 98.9, well appearing.
Shins: 6-7 warm, tender, ill-defined erythematous nodules 1-4 cm, bilateral anterior shins, no ulceration.
R posterior upper arm: 6 mm violaceous flat-topped papule with fine white lines.
Oral mucosa: no lacy white change. Nails normal.

PROCEDURES
Both sites: consent signed after discussion of risks incl. scarring and infection. Chlorhexidine prep, 1%
lidocaine with epi.
(1) L anterior shin, largest nodule: fusiform incisional wedge biopsy with a #15 blade, 1.5 x 0.6 cm, carried
    down into subcutaneous fat to include septae. Simple closure, 4-0 nylon x 3.
(2) R posterior upper arm: 4 mm punch to fat, one 4-0 nylon.
Specimens labeled and sent. EBL < 2 mL. No complications.

June Abernathy, PA-C
""",
    "expected": E([L("11106"), L("11105")], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 were deleted in 2019. Wedge with a blade = incisional 11106 (primary, BX-2); the "
                  "punch becomes 11105 (AOC allows it with 11106). Simple closures are included.",
})

# ---------------------------------------------------------------------------------------------- cosmetic

SCENARIOS.append({
    "id": "s11-cos-sk-cryo-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Asymptomatic facial SKs frozen at the patient's request for appearance; Medicare FFS with a "
                   "voluntary ABN.",
    "date": "2025-03-11", "provider": "castellanos", "payer": "medicare",
    "patient": ("Whitcombe", "Eleanor", "1946-11-20", "female"),
    "conditions": [C("c1", "Seborrheic keratosis", "L82.1", "Forehead, left cheek", reason=True)],
    "html": True,
    "note": """<h3>DERMATOLOGY OFFICE VISIT</h3>
<p><b>CHIEF COMPLAINT:</b> "Brown spots on my face I don't like"</p>
<p><b>HISTORY OF PRESENT ILLNESS:</b> 78 y.o. female, established patient, asking to have three brown spots on
her forehead and left cheek taken off before her granddaughter's wedding. They have been there for years. She
denies itching, bleeding, pain, irritation or any recent change. She simply does not like how they look in
photographs.</p>
<p><b>PAST DERMATOLOGIC HISTORY:</b> ***</p>
<p><b>FAMILY HISTORY:</b> ***</p>
<p><b>MEDICATIONS:</b> Reviewed in chart, no changes.</p>
<p><b>EXAM:</b> Focused exam of the face. Forehead: two waxy tan stuck-on papules, 5 mm and 7 mm. Left cheek: one
4 mm waxy light brown stuck-on papule. No erythema, crust, erosion or inflammation. Dermoscopy: milia-like cysts
and comedo-like openings.</p>
<p><b>ASSESSMENT:</b> Seborrheic keratoses x 3 (forehead x2, L cheek x1), asymptomatic. Removal requested for
appearance only.</p>
<p><b>PLAN:</b> I explained that removing SKs that cause no symptoms is considered cosmetic and is not a Medicare
benefit. She wants to go ahead. Voluntary ABN for a cosmetic, non-covered service reviewed and signed today; copy
given to patient. She understands she is financially responsible.</p>
<p><b>PROCEDURE:</b> Cryotherapy with liquid nitrogen, cryospray, 2 freeze-thaw cycles per lesion, to 3 seborrheic
keratoses (forehead x 2, left cheek x 1). Tolerated well. Expected blistering and temporary pigment change
reviewed.</p>
<p><b>FOLLOW UP:</b> *** months / prn</p>
<p>Ines Castellanos, PA-C</p>
""",
    "expected": E([L("17110", 1, "GY", "GX")], topics=["cosmetic"]),
    "coder_note": "DS-2: three benign lesions destroyed = 17110 x1. COS-1/COS-4 and conventions: cosmetic removal of "
                  "asymptomatic SKs (no BSL-3 reason) for Medicare FFS -> GY, plus GX because a voluntary ABN is "
                  "documented.",
})

SCENARIOS.append({
    "id": "s11-cos-chin-nevus-shave-aetna-with-aks",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic shave removal of a long-standing chin nevus (self-pay, commercial) plus cryotherapy of "
                   "four scalp AKs.",
    "date": "2025-08-05", "provider": "lindgren", "payer": "commercial-aetna",
    "patient": ("Brannigan", "Colleen", "1961-07-08", "female"),
    "conditions": [
        C("c1", "Intradermal nevus, chin", "D22.39", "Chin"),
        C("c2", "Actinic keratosis", "L57.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal - cosmetic", site="Chin, midline",
          note="Pt requests removal of 5 mm skin-colored dome papule present since her teens, unchanged, no "
               "bleeding/itch/pain. Cosmetic per pt; signed self-pay cosmetic consent (not covered by Aetna). Shave "
               "removal flush with skin, AlCl, spec to path.", reasons=["c1"]),
        P("LN2 cryo AK", site="Scalp, frontal and vertex",
          note="4 AKs treated w/ cryospray, 2 FTC each. Tol well.", reasons=["c2"]),
    ],
    "note": """Procedure visit - A. Lindgren, NP - 08/05/25
- 64F est pt, here for (1) AKs scalp - tender, rough x months, (2) wants chin "mole" off - bothers her in photos
- chin lesion: 5 mm skin-colored soft dome papule, unchanged for decades, benign appearing on dermoscopy
- scalp: 4 gritty erythematous scaly papules frontal/vertex
- see procedure records. Cosmetic fee collected at front desk for chin.
- sun protection, hat. RTC 6 mo FSE
""",
    "expected": E([L("17000"), L("17003", 3)], topics=["cosmetic"]),
    "coder_note": "DS-1: 4 AKs = 17000 + 17003 x3. The chin nevus shave is cosmetic (no BSL-3 reason, patient "
                  "request only); commercial payer -> the line is removed and a cosmetic finding says the patient "
                  "pays directly (conventions, non-Medicare cosmetic).",
})

# ---------------------------------------------------------------------------------------------- destruction

SCENARIOS.append({
    "id": "s11-ds-ak-scalp-and-hands-counts",
    "family": "destruction", "shape": "note-only",
    "description": "AK cryotherapy with counts given per site (scalp 7, right hand 3, left hand 2); face clear.",
    "date": "2025-02-18", "provider": "okonkwo", "payer": "medicare",
    "patient": ("Fairbanks", "Walter", "1944-01-30", "male"),
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp, bilateral dorsal hands", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note": """RIVERSIDE DERMATOLOGY - PROGRESS NOTE
Provider: Chidi Okonkwo, DO
Visit date: 02/18/2025
Pt: Walter Fairbanks, 81 M

Reason for visit: rough spots on scalp and hands

Interval history: Last seen 08/2024. Completed 5-FU cream to the face in 2023 with good clearance. Scalp was
frozen in March 2024. New rough, sometimes tender spots on the scalp and the backs of both hands for several
months. Retired farmer. On apixaban for atrial fibrillation - bruises easily, no bleeding issues with prior cryo.

Problem list / assessment and plan:

#1 Actinic keratoses - scalp and dorsal hands
   Exam: vertex and frontal scalp with 7 gritty, erythematous, scaly papules. Right dorsal hand with 3 similar
   lesions; left dorsal hand with 2.
   Face: no AKs today; the two spots on the left ear that were frozen last year have resolved.
   Treated: every scalp and hand lesion listed above was destroyed with liquid nitrogen, 2 freeze-thaw cycles
   each, about 10 seconds per cycle.
   Plan: field therapy (5-FU) for the scalp discussed for next winter; he will think about it.

#2 History of SCC, right forearm, excised 2022
   Linear scar intact, no nodularity. Epitrochlear/axillary nodes not enlarged. No action.

#3 Seborrheic keratoses, back
   Benign, reassured. No treatment.

Consent for cryotherapy obtained verbally; discussed blister, crust, hypopigmentation.
RTC 6 months, full skin exam.

Chidi Okonkwo, DO
""",
    "expected": E([L("17000"), L("17003", 11)]),
    "coder_note": "DS-1: 7 + 3 + 2 = 12 AKs destroyed -> 17000 + 17003 x11. Ear lesions resolved (not treated); SKs "
                  "not treated; no E/M selected.",
})

SCENARIOS.append({
    "id": "s11-ds-ak-seventeen-sent-as-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "EMA sent 17000 + 17003 x16 for 17 AKs; 15 or more is 17004 once.",
    "date": "2025-09-23", "provider": "castellanos", "payer": "medicare-advantage-ppo",
    "patient": ("Magnusson", "Gerald", "1952-10-04", "male"),
    "conditions": [C("c1", "Actinic keratosis", "L57.0", "Face and scalp", reason=True)],
    "procedures": [
        P("LN2 destruction AK, first", cpt="17000", site="Face", reasons=["c1"]),
        P("LN2 destruction AK, each add'l x16", cpt="17003", site="Face and scalp", note="Units: 16",
          reasons=["c1"]),
    ],
    "note": """PROCEDURE NOTE - CRYOTHERAPY
PROVIDER: Ines Castellanos, PA-C
DATE: 09/23/2025
INDICATION: actinic keratoses, symptomatic (rough, stinging in the sun)
CONSENT: verbal consent obtained after discussion of risks (blistering, pigment change, recurrence) ***
METHOD: liquid nitrogen cryospray, 2 freeze-thaw cycles
LESIONS TREATED:
  Face (forehead, temples, nose, cheeks): 9
  Scalp (frontal, vertex): 8
  TOTAL: 17
PATIENT TOLERANCE: well
POST-CARE: handout given; petrolatum to any blisters
ADDITIONAL NOTES: ***
FOLLOW UP: 6 months
""",
    "expected": E([L("17004")], topics=["coding-correction"]),
    "coder_note": "DS-1: 17 AKs = 17004 x1, reported instead of 17000/17003 (17004/17000 and 17004/17003 are PTP "
                  "indicator 0). The EMA's 17003 x16 also exceeds the 13-unit MUE.",
})

SCENARIOS.append({
    "id": "s11-ds-edc-superficial-bcc-lower-back",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of a biopsy-proven superficial BCC of the lower back; lesion 1.3 cm, final defect 1.8 cm.",
    "date": "2025-10-07", "provider": "abernathy", "payer": "medicare-advantage",
    "patient": ("Oyelaran", "Patrick", "1955-05-17", "male"),
    "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Right lower back",
                     reason=True)],
    "prior": [PRIOR("2025-09-16", "11102", "Shave bx R lower back", "Right lower back")],
    "path": [{"text": "Superficial basal cell carcinoma, extending to the peripheral margin.",
              "site": "Right lower back", "date": "2025-09-19",
              "encounter": "enc-s11-ds-edc-superficial-bcc-lower-back-prior-1"}],
    "note": """A/P
Superficial BCC, R lower back (shave bx 9/16/25: superficial BCC, peripheral margin involved)
- Options reviewed: excision, ED&C, topical imiquimod. He chose ED&C today. Mohs not indicated for a
  superficial BCC on the trunk.
- ED&C performed, details below.
- Wound care: daily petrolatum and a bandage; expect 3-4 weeks to heal.
- Full skin exam due in 6 months.

S
70 yo M here for treatment of his biopsy-proven BCC. The biopsy site healed; no symptoms. No new lesions
per patient.

O
R lower back, 3 cm right of midline at the belt line: 1.3 cm pink, thin, scaly patch with a central healed
biopsy scar.

PROCEDURE: Electrodesiccation and curettage
Lesion outlined; clinical lesion diameter 1.3 cm. Consent signed. Alcohol prep; 1% lidocaine with
epinephrine 3 mL. Three cycles of curettage with a 4 mm curette, each followed by electrodesiccation. Final
defect measured 1.8 cm. Hemostasis achieved. Petrolatum and pressure dressing. Tolerated well.

June Abernathy, PA-C
""",
    "expected": E([L("17262")]),
    "coder_note": "DS-4: malignant destruction, trunk (TAL), sized by the final curettage defect 1.8 cm (lesion "
                  "1.3 cm is in the same 1.1-2.0 band) -> 17262. Prior biopsy is a 000 service, no global issue.",
})

# ---------------------------------------------------------------------------------------------- em

SCENARIOS.append({
    "id": "s11-em-new-patient-mohs-consult",
    "family": "em", "shape": "note-only",
    "description": "New-patient Mohs consultation for an outside-biopsied nasal-tip BCC; surgery scheduled for a later "
                   "date, no procedure today.",
    "date": "2025-04-22", "provider": "marchetti", "payer": "commercial", "em": "99203", "minutes": 35,
    "patient": ("Ferreira", "Lucinda", "1959-12-02", "female"),
    "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal tip", reason=True)],
    "note": """MOHS SURGERY CONSULTATION
Luca Marchetti, MD

Date of service: April 22, 2025.
Referring provider: Dr. Priya Venkataraman, family medicine.

History of present illness: Ms. Ferreira is a 65-year-old woman who is new to our practice. She was referred for a
nodular basal cell carcinoma of the nasal tip, biopsied by her family physician on March 28, 2025. The outside
pathology report, which I have reviewed, shows nodular basal cell carcinoma extending to the deep and peripheral
margins of the shave specimen. The lesion had been present for about a year and bled from time to time. She has
no prior skin cancers. She takes levothyroxine and a daily low-dose aspirin, which she may continue. She has no
pacemaker, no joint replacements and no history of keloids. No known drug allergies.

Examination: On the nasal tip, slightly left of midline, there is a 6 mm pearly papule with a central healing
biopsy scar and telangiectasia. No other suspicious lesions on the head and neck. No palpable cervical or
preauricular adenopathy.

Assessment and plan: Biopsy-proven nodular basal cell carcinoma of the nasal tip, primary, in a high-risk
anatomic location. This meets appropriate use criteria for Mohs micrographic surgery. We discussed Mohs
surgery versus standard excision and radiation, including cure rates, the likely need for a local flap or graft
to close the wound, and the expected scar. She wishes to proceed with Mohs, which we have scheduled for
May 20, 2025. Preoperative instructions were given in writing. No procedure was performed today.

Total time on the date of the encounter, including review of the outside records, was 35 minutes.

Dictated by Luca Marchetti, MD. Transcribed 04/22/2025.
""",
    "expected": E([L("99203")]),
    "coder_note": "EM-1/EM-3: new-patient consult with no procedure that day; provider-selected 99203 is kept (35 "
                  "minutes also supports it). The Mohs is on a later date, so no 25/57 question arises.",
})

SCENARIOS.append({
    "id": "s11-em-screening-skin-check-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS screening-only full-skin exam: no history, no complaint, nothing found.",
    "date": "2025-06-03", "provider": "lindgren", "payer": "medicare-noname", "em": "99212",
    "patient": ("Kowalczyk", "Bernard", "1954-03-15", "male"),
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note": """Skin check - A. Lindgren, NP - 06/03/25

CC: "my wife made me come in for a skin check"
- 71M, est pt of practice (seen 2019 for seb derm, resolved)
- no personal hx skin ca, no FHx melanoma
- no new/changing/bleeding/itchy spots, no complaints at all
- meds: metformin, lisinopril

Exam: full skin exam, scalp to soles incl nails; pt declined genital exam
- skin type III
- no lesions of concern, no atypical nevi
- no rash, scalp clear

A:
- routine skin cancer screening, normal exam

P:
- SPF 30+, monthly self skin checks - handout
- told pt Medicare does not cover a screening skin exam; he understands. No voluntary notice requested.
- RTC prn

A. Lindgren, NP
""",
    "expected": E([L("99212", 1, "GY")]),
    "coder_note": "DX-5 and README decision: screening-only full-skin exam of an asymptomatic Medicare FFS patient "
                  "with no skin-cancer history and nothing found is statutorily excluded -> E/M with GY (no GX: no "
                  "voluntary notice).",
})

SCENARIOS.append({
    "id": "s11-em-wart-visit-em-dropped",
    "family": "em", "shape": "pre-coded",
    "description": "Established patient seen only for finger warts; provider sent 99213 with 17110 but the only work "
                   "is the decision for the destruction.",
    "date": "2025-01-28", "provider": "abernathy", "payer": "commercial-uhc", "em": "99213",
    "patient": ("Haddad", "Omar", "1998-08-21", "male"),
    "conditions": [C("c1", "Common warts, left fingers", "B07.8", "Left index and middle fingers", reason=True)],
    "procedures": [
        P("Cryo verrucae", cpt="17110", site="L index and middle fingers", note="3 warts, LN2 x2 cycles",
          reasons=["c1"]),
    ],
    "note": """ASSESSMENT/PLAN
Verruca vulgaris x 3 - left index finger (2) and left middle finger (1), persistent despite 8 weeks of OTC
salicylic acid.
 - Pared lightly with a #15 blade, then liquid nitrogen, 2 freeze-thaw cycles to each of the 3 warts.
 - Restart salicylic acid 17% nightly once the blister settles; duct tape occlusion optional.
 - Return in 4 weeks for repeat cryo if needed.

SUBJECTIVE
26 y/o M, established, back for the finger warts he pointed out at his acne visit last fall (acne now clear off
treatment). They catch on things at work and occasionally bleed. No other concerns today.

OBJECTIVE
L index finger: two 4-5 mm verrucous papules with thrombosed capillaries, dorsal PIP and radial aspect.
L middle finger: one 6 mm verrucous papule, dorsal DIP. No periungual involvement.

Consent verbal. Tolerated well.
June Abernathy, PA-C
""",
    "expected": E([L("17110")]),
    "coder_note": "GS-3 and README decision: the only problem addressed is the warts that were destroyed; the "
                  "decision to treat is included in 17110 (010), so the E/M line is removed. DS-2: 3 warts = 17110 x1.",
})

# ---------------------------------------------------------------------------------------------- excision-benign

SCENARIOS.append({
    "id": "s11-exb-epidermoid-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Dictated operative note: 2.0 cm recurrently inflamed epidermoid cyst of the back excised with 1 mm "
                   "margins, layered closure 3.4 cm.",
    "date": "2025-03-04", "provider": "marchetti", "payer": "commercial-cigna",
    "patient": ("Abara", "Tobenna", "1979-04-11", "male"),
    "conditions": [C("c1", "Epidermal cyst", "L72.0", "Left upper back", reason=True)],
    "path": [{"text": "Epidermal inclusion cyst with focal rupture and foreign-body giant cell reaction. No atypia.",
              "site": "Left upper back", "date": "2025-03-07"}],
    "note": """OPERATIVE NOTE
Surgeon: Luca Marchetti, MD
Date: 03/04/2025
Preoperative diagnosis: Epidermoid cyst, left upper back.
Postoperative diagnosis: Same.
Procedure: Excision of cyst with layered repair.
Anesthesia: 1% lidocaine with epinephrine 1:100,000, 8 mL, buffered.

Indications: This 45-year-old man has had a cyst on the left upper back for about three years. It became red,
swollen and painful twice in 2024, once needing incision and drainage at urgent care in August. It is quiet now
but tender when he leans back against a chair. He wants it removed.

Description: The cyst measured 2.0 cm in greatest diameter on palpation, with a central punctum. After informed
consent, the site was marked, prepped with chlorhexidine and draped in sterile fashion. An ellipse was drawn
around the cyst with a 1 mm margin on each side, oriented along the relaxed skin tension lines. The ellipse was
incised with a #15 blade and the cyst was dissected out intact from the surrounding subcutaneous fat, with some
fibrosis from the prior inflammation. Hemostasis with electrocautery. The wound edges were undermined minimally.
The deep dermis and subcutaneous tissue were closed with buried 4-0 Monocryl sutures and the epidermis with a
running 4-0 nylon. Final repair length 3.4 cm. Dressing with petrolatum and Telfa. Estimated blood loss 5 mL.
No complications. Specimen sent for pathology.

Plan: Sutures out in 12 to 14 days. Acetaminophen for discomfort. Call for fever, spreading redness or
drainage.
""",
    "expected": E([L("11403"), L("12032")]),
    "coder_note": "EX-1: excised diameter 2.0 + 2 x 0.1 = 2.2 cm, trunk, benign pathology -> 11403. EX-5/REP-2: "
                  "layered closure 3.4 cm on the back -> 12032 separately.",
})

SCENARIOS.append({
    "id": "s11-exb-severe-atypia-reexcision-thigh",
    "family": "excision-benign", "shape": "free-text",
    "description": "Re-excision of a severely atypical dysplastic nevus of the thigh: scar 0.6 cm with 5 mm margins, "
                   "layered closure 3.6 cm.",
    "date": "2025-05-06", "provider": "castellanos", "payer": "medicare",
    "patient": ("Stroud", "Margaret", "1951-08-29", "female"),
    "conditions": [C("c1", "Dysplastic nevus with severe atypia, left thigh", "D22.72", "Left anterior thigh",
                     reason=True)],
    "prior": [PRIOR("2025-04-08", "11102", "Shave bx L thigh", "Left anterior thigh")],
    "path": [
        {"text": "Compound dysplastic nevus with severe architectural and cytologic atypia, extending to the "
                 "peripheral margin.", "site": "Left anterior thigh", "date": "2025-04-11",
         "encounter": "enc-s11-exb-severe-atypia-reexcision-thigh-prior-1"},
        {"text": "Residual compound dysplastic nevus with severe atypia within scar; margins free, closest 3 mm.",
         "site": "Left anterior thigh", "date": "2025-05-09"},
    ],
    "procedures": [
        P("Re-excision atypical nevus", site="L anterior thigh",
          note="Biopsy scar 0.6 cm; excised with 5 mm margins to subcutaneous fat. Spec oriented, suture at 12 "
               "o'clock.", reasons=["c1"]),
        P("Layered closure", site="L anterior thigh",
          note="3.6 cm. Deep 4-0 Vicryl buried, superficial 4-0 Prolene running.", reasons=["c1"]),
    ],
    "note": """PROCEDURE VISIT
PATIENT: Margaret Stroud  DOB: 08/29/1951
DIAGNOSIS: severely atypical compound dysplastic nevus, L anterior thigh, positive peripheral margin on shave
biopsy 04/08/2025
PLAN DISCUSSED: re-excision with 5 mm margins recommended and accepted. ***
CONSENT: signed, risks of scar, infection, bleeding, recurrence reviewed
ANESTHESIA: 1% lidocaine w/ epi, 6 mL
PROCEDURE: see procedure records (re-excision and layered closure)
EBL: minimal   COMPLICATIONS: none
WOUND CARE: keep dry 24 h, then daily cleansing and petrolatum
SUTURE REMOVAL: *** days
Ines Castellanos, PA-C
""",
    "expected": E([L("11402"), L("12032")]),
    "coder_note": "EX-1: 0.6 + 2 x 0.5 = 1.6 cm, leg -> 11402. EX-3: severe atypia is not malignant -> benign code. "
                  "REP-2: layered closure 3.6 cm on an extremity -> 12032.",
})

SCENARIOS.append({
    "id": "s11-exb-pilar-cyst-scalp-wrong-site-group",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "EMA sent 11402 + 12001 for a scalp pilar cyst excision closed in a single layer; scalp is the "
                   "SNHFG group and simple closure is included.",
    "date": "2025-07-22", "provider": "lindgren", "payer": "commercial-uhc",
    "patient": ("Nakashima", "Yuki", "1983-01-19", "female"),
    "conditions": [C("c1", "Pilar cyst", "L72.11", "Occipital scalp", reason=True)],
    "procedures": [
        P("Excision cyst", cpt="11402", site="Scalp - occipital", note="1.5 cm cyst, 1 mm margins", reasons=["c1"]),
        P("Simple repair", cpt="12001", site="Scalp - occipital", note="2.5 cm, 4-0 nylon interrupted",
          reasons=["c1"]),
    ],
    "path": [{"text": "Trichilemmal (pilar) cyst.", "site": "Occipital scalp", "date": "2025-07-25"}],
    "note": """Procedure visit - A. Lindgren, NP - 07/22/25
- 42F, tender bump back of scalp x2 yrs, slowly bigger, hurts w/ brushing & hair ties
- exam: 1.5 cm firm mobile subQ nodule occipital scalp, no punctum
- dx: pilar cyst
- excision: consent, lido 1% w/ epi 4 mL, hair clipped, chlorhex prep. Fusiform excision w/ 1 mm margins around
  the cyst; cyst removed intact.
- closure: single layer 4-0 nylon simple interrupted, 2.5 cm. No deep sutures.
- spec to path
- f/u 10d suture removal
""",
    "expected": E([L("11422")], topics=["coding-correction"]),
    "coder_note": "EX-1/EX-2: 1.5 + 2 x 0.1 = 1.7 cm on the scalp (SNHFG) -> 11422, not the trunk/extremity code "
                  "11402. EX-5: simple single-layer closure is included in the excision (12001 removed).",
})

# ---------------------------------------------------------------------------------------------- excision-malignant

SCENARIOS.append({
    "id": "s11-exm-nodular-bcc-back-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of a 1.1 cm nodular BCC of the upper back with 4 mm margins and a 4.6 cm layered "
                   "closure; AK on temple left for next visit.",
    "date": "2025-08-12", "provider": "halvorsen", "payer": "medicare",
    "patient": ("Brennan", "Francis", "1947-02-08", "male"),
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Left upper back", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Left temple"),
    ],
    "prior": [PRIOR("2025-07-22", "11104", "Punch bx L upper back", "Left upper back")],
    "path": [
        {"text": "Basal cell carcinoma, nodular type.", "site": "Left upper back", "date": "2025-07-25",
         "encounter": "enc-s11-exm-nodular-bcc-back-layered-prior-1"},
        {"text": "Basal cell carcinoma, nodular type; all margins negative, closest 3 mm.",
         "site": "Left upper back", "date": "2025-08-15"},
    ],
    "note": """DERMATOLOGIC SURGERY - PROGRESS NOTE
Kirsten Halvorsen, MD    08/12/2025

S: 78 yo M returns for excision of a BCC of the L upper back; punch biopsy 07/22/25 showed nodular BCC. The
biopsy site has healed. No new concerns. Not on anticoagulants or antiplatelets. No pacemaker.

O: L upper back, medial to the scapula: 1.1 x 0.9 cm pearly pink papule with a healed punch scar centrally.
No satellite lesions, no axillary LAD. Incidentally, a rough pink 4 mm papule on the L temple, c/w AK.

A:
1. Nodular BCC, L upper back, primary, biopsy-proven.
2. AK, L temple.

P:
1. Reviewed options (excision, ED&C, Mohs). Mohs not indicated for a primary nodular BCC of this size on the
   trunk. Standard excision with 4 mm margins chosen. Procedure below.
2. AK L temple: will freeze at the next visit; not treated today per patient preference (wants one site at a
   time).

PROCEDURE: Excision of malignant lesion with intermediate repair
Site marked: lesion 1.1 x 0.9 cm, 4 mm clinical margins drawn around it; ellipse oriented along tension lines.
Consent signed, time-out. Chlorhexidine prep, sterile drape. 1% lidocaine with epinephrine 10 mL.
Excised full thickness to mid subcutaneous fat, specimen tagged at 12 o'clock. Hemostasis with electrocautery.
Wound undermined at the level of the fat. Layered closure: buried 3-0 Vicryl in the deep dermis, running 4-0
nylon for the epidermis. Repair length 4.6 cm.
EBL 10 mL. No complications. Pressure dressing.

Follow-up: suture removal 14 days; path will be called.
Kirsten Halvorsen, MD
""",
    "expected": E([L("11602"), L("12032")]),
    "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm, trunk, malignant pathology -> 11602. EX-5: intermediate repair "
                  "4.6 cm on the trunk -> 12032. AK deferred, not coded.",
})

SCENARIOS.append({
    "id": "s11-exm-mis-cheek-wle-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Wide local excision of melanoma in situ of the cheek: 0.7 cm site with 5 mm margins, layered "
                   "repair 3.8 cm; Mohs declined.",
    "date": "2025-09-09", "provider": "okonkwo", "payer": "medicare-advantage",
    "patient": ("Villanueva", "Rosa", "1950-10-10", "female"),
    "conditions": [C("c1", "Melanoma in situ of other parts of face", "D03.39", "Right malar cheek", reason=True)],
    "prior": [PRIOR("2025-08-19", "11102", "Shave bx R cheek", "Right malar cheek")],
    "path": [
        {"text": "Melanoma in situ, lentigo maligna type, extending to the peripheral margins.",
         "site": "Right malar cheek", "date": "2025-08-22", "encounter": "enc-s11-exm-mis-cheek-wle-layered-prior-1"},
        {"text": "Residual melanoma in situ, lentigo maligna type; margins clear, closest 4 mm.",
         "site": "Right malar cheek", "date": "2025-09-12"},
    ],
    "procedures": [
        P("Wide local excision MIS", site="R malar cheek",
          note="Pigmented biopsy site 0.7 cm; excised with 5 mm margins (Wood's lamp checked), ellipse to fat.",
          reasons=["c1"]),
        P("Layered repair", site="R malar cheek",
          note="3.8 cm; 5-0 Monocryl deep, 6-0 nylon running.", reasons=["c1"]),
    ],
    "note": """Chidi Okonkwo, DO - procedure day - 09/09/2025
Rosa Villanueva, 74 F

#1 Melanoma in situ, R malar cheek (shave bx 08/19/2025)
   Mohs/staged excision offered; she declined because of travel distance and prefers one visit. Wide local
   excision with 5 mm margins performed today (see procedure records). Specimen oriented.
#2 Solar lentigines, both cheeks - benign, no treatment.
#3 Follow-up: suture removal in 6 days; skin exams every 6 months for 2 years.
""",
    "expected": E([L("11642"), L("12052")]),
    "coder_note": "EX-1/EX-3: 0.7 + 2 x 0.5 = 1.7 cm on the face, melanoma in situ counts as malignant -> 11642. "
                  "REP-2: layered repair 3.8 cm on the face -> 12052.",
})

SCENARIOS.append({
    "id": "s11-exm-scc-reexcision-inside-global",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Re-excision of the whole scar of an SCC excised 8 days earlier (positive margin), inside the "
                   "10-day global; re-excision path negative.",
    "date": "2025-07-16", "provider": "abernathy", "payer": "commercial-cigna",
    "patient": ("Tamura", "Kenji", "1962-06-30", "male"),
    "conditions": [C("c1", "Squamous cell carcinoma of skin of left upper limb", "C44.629", "Left dorsal forearm",
                     reason=True)],
    "prior": [
        PRIOR("2025-07-08", "11602", "Excision SCC L forearm", "Left dorsal forearm"),
        PRIOR("2025-07-08", "12032", "Layered repair L forearm", "Left dorsal forearm"),
    ],
    "path": [
        {"text": "Invasive squamous cell carcinoma, well differentiated; tumor present at the lateral (3 o'clock) "
                 "margin.", "site": "Left dorsal forearm", "date": "2025-07-11",
         "encounter": "enc-s11-exm-scc-reexcision-inside-global-prior-1"},
        {"text": "Healing scar with granulation tissue; no residual carcinoma; margins negative.",
         "site": "Left dorsal forearm", "date": "2025-07-19"},
    ],
    "note": """A/P
1. Invasive SCC, L dorsal forearm - excised 07/08/25, lateral margin positive on path 07/11. Discussed by
   phone 07/12; he returns for re-excision today, day 8 of the global period.
   - Re-excision of the entire excision scar performed, details below.
   - Path to confirm clearance; we will call.
2. RTC 12-14 days for suture removal.

S
63 yo M, feels well. Incision mildly tender, no drainage, no fever.

O
L dorsal forearm: healing sutured linear incision, no erythema or discharge. No epitrochlear or axillary LAD.

PROCEDURE: Re-excision, positive margin
Consent signed. Prior sutures removed. The entire healing excision scar measured 4.1 cm in length; it was
re-excised with 4 mm margins on all sides (excised diameter 4.9 cm) down to the fascia. Hemostasis with
electrocautery. Undermining in the subcutaneous plane. Layered closure with buried 3-0 Monocryl and running 4-0
nylon; repair length 6.2 cm. Specimen oriented. Tolerated well.

June Abernathy, PA-C
""",
    "expected": E([L("11606", 1, "58"), L("12032", 1, "58")], topics=["global-period"]),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin within the 10-day global of the 07/08 excision is a "
                  "related staged procedure -> 58, coded malignant although the re-excision specimen is negative. "
                  "EX-1: 4.1 + 0.8 = 4.9 cm, arm -> 11606. Layered repair 6.2 cm -> 12032, also 58.",
})

# ---------------------------------------------------------------------------------------------- incision-drainage

SCENARIOS.append({
    "id": "s11-id-inflamed-cyst-back-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of an inflamed epidermoid cyst of the back: single pocket, no packing; later cyst "
                   "excision planned.",
    "date": "2025-02-11", "provider": "lindgren", "payer": "medicaid",
    "patient": ("Robichaux", "Dante", "1990-11-05", "male"),
    "conditions": [
        C("c1", "Cutaneous abscess of back", "L02.212", "Upper back", reason=True),
        C("c2", "Epidermal cyst", "L72.0", "Upper back"),
    ],
    "note": """Sick visit - A. Lindgren, NP - 02/11/25
CC: painful lump upper back x5d

- 34M, known "cyst" mid upper back for years, now red, swollen, throbbing x5 days
- no fevers/chills
- no DM, no hx MRSA

Exam:
- upper back midline: 2.5 cm fluctuant tender erythematous nodule w/ central punctum, 1 cm rim of erythema,
  no streaking
- T 98.6

A: inflamed epidermoid cyst w/ abscess

P:
- I&D today: verbal + written consent, chlorhex, lido 1% w/ epi 2 mL. #11 blade 8 mm incision over the
  fluctuant point. Moderate pus and cheesy keratin expressed. Cavity probed - single pocket, no loculations.
  Not packed. Gauze dressing.
- no culture; no oral abx needed
- warm compresses TID x3d
- excise cyst wall electively in 6-8 wks once calm -> front desk to schedule
- RTC sooner if spreading redness / fever
""",
    "expected": E([L("10060")]),
    "coder_note": "Rule book 4.8: single, uncomplicated I&D (no loculations, no packing) -> 10060 x1. The future cyst "
                  "excision is a plan, not coded.",
})

SCENARIOS.append({
    "id": "s11-id-hs-axillary-abscess-complicated",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Hidradenitis flare: 4 cm multiloculated axillary abscess, loculations broken, irrigated and "
                   "packed.",
    "date": "2025-05-27", "provider": "castellanos", "payer": "commercial",
    "patient": ("Oduya", "Tamara", "1995-03-22", "female"),
    "conditions": [
        C("c1", "Hidradenitis suppurativa", "L73.2", "Axillae, groin", reason=True),
        C("c2", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "procedures": [
        P("I&D abscess R axilla", site="Right axilla",
          note="4 cm fluctuant abscess. #11 blade 1.5 cm incision; ~10 mL purulence. Multiple loculations broken "
               "up with curved hemostat, cavity irrigated with NS, packed with 1/4 inch iodoform gauze (~15 cm). "
               "Culture sent.", reasons=["c1", "c2"]),
    ],
    "note": """ACUTE VISIT
HPI: 30 y.o. F with Hurley stage II HS (axillae, groin) on doxycycline 100 mg BID ***, presents with a 4-day
painful swelling in the R axilla.
EXAM: R axilla: 4 cm fluctuant, very tender abscess with surrounding erythema; old sinus tract scars.
L axilla: quiet scarring.
ASSESSMENT: HS flare with R axillary abscess.
PLAN:
 - Incision and drainage, complicated (see procedure record).
 - Continue doxycycline. Packing removal/change in 48 hours with nurse.
 - If she has two more flares this year we will start adalimumab; prior auth paperwork not started today.
 - Culture pending.
FOLLOW-UP: 48 h nurse visit; *** weeks provider
Ines Castellanos, PA-C
""",
    "expected": E([L("10061")]),
    "coder_note": "Rule book 4.8: complicated I&D (multiloculated, loculations broken up, irrigation, packing) -> "
                  "10061 x1. Adalimumab is a future plan.",
})

SCENARIOS.append({
    "id": "s11-id-furuncle-plus-acne-management",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a thigh furuncle plus separately documented acne management with new prescriptions; "
                   "provider selected 99213.",
    "date": "2025-10-21", "provider": "okonkwo", "payer": "commercial-aetna", "em": "99213",
    "patient": ("Marchand", "Brianna", "2002-09-14", "female"),
    "conditions": [
        C("c1", "Furuncle of left lower limb", "L02.426", "Left lateral thigh", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Face", reason=True),
    ],
    "note": """Chidi Okonkwo, DO - Dermatology - 10/21/2025
Patient: Brianna Marchand, 23 F

Chief concerns: (1) painful boil on left thigh, (2) acne follow-up

#1 Furuncle, left lateral thigh
   3 days of a painful red bump. Exam: 1.5 cm fluctuant tender nodule with a pustular head, minimal
   surrounding erythema, no cellulitis, no LAD.
   Procedure: incision and drainage. Consent obtained. Chlorhexidine, 1% lidocaine with epi 1 mL, stab
   incision with #11 blade, purulent material expressed, cavity irrigated. Single cavity, no loculations; no
   packing needed. Bandage.
   Warm compresses. No systemic antibiotics needed after drainage.

#2 Acne vulgaris, inflammatory, worsening
   On tretinoin 0.025% cream for 6 months with partial response; flares before menses. Papules and pustules of
   the lower face and jawline, no cysts, no scarring.
   Plan: stop tretinoin; start adapalene 0.3%/benzoyl peroxide 2.5% gel nightly. Start spironolactone 50 mg
   daily - reviewed side effects (menstrual irregularity, breast tenderness, dizziness) and the need for
   contraception; no labs needed at her age with normal renal function. Daily sunscreen.
   Recheck in 3 months.

Chidi Okonkwo, DO
""",
    "expected": E([L("99213", 1, "25"), L("10060")]),
    "coder_note": "GS-3: acne with prescription drug management (EM-4) is significant and separately identifiable "
                  "from the I&D decision -> 99213-25 (bypasses PTP 10060/99213). Single simple I&D -> 10060.",
})

# ---------------------------------------------------------------------------------------------- intralesional

SCENARIOS.append({
    "id": "s11-il-keloids-chest-kenalog40",
    "family": "intralesional", "shape": "note-only",
    "description": "Three presternal keloids, 0.5 mL of Kenalog-40 into each (60 mg total).",
    "date": "2025-04-15", "provider": "okonkwo", "payer": "commercial-aetna",
    "patient": ("Boateng", "Kwame", "1988-12-01", "male"),
    "conditions": [C("c1", "Keloid", "L91.0", "Presternal chest", reason=True)],
    "note": """Problem-oriented note - C. Okonkwo, DO - 04/15/2025
Kwame Boateng, 36 M

#1 Keloids, presternal chest (x3) - third injection session
   Subjective: itch about 50% better since the injection 6 weeks ago; still tender where the seatbelt rubs.
   Exam: three firm pink keloids over the sternum: 2.5 x 1.0 cm (superior), 1.8 x 0.8 cm (middle),
   1.2 x 0.6 cm (inferior); flatter than on the baseline photos.
   Procedure: intralesional triamcinolone. Kenalog-40 (40 mg/mL), 0.5 mL injected into each of the three
   keloids with a 30G needle, total 1.5 mL. No atrophy or hypopigmentation from prior sessions. Tolerated well.
   Plan: silicone gel sheeting nightly; return 6 weeks for session #4.

#2 Acne keloidalis nuchae - quiet, no papules; nothing done today.

Consent on file, re-confirmed verbally.
""",
    "expected": E([L("11900"), L("J3301", 6)]),
    "coder_note": "Rule book 4.8: 3 lesions (up to 7) -> 11900 x1. 1.5 mL x 40 mg/mL = 60 mg triamcinolone "
                  "acetonide -> J3301 x6 (per 10 mg). No E/M selected.",
})

SCENARIOS.append({
    "id": "s11-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "Alopecia areata: nine scalp patches injected, triamcinolone 10 mg/mL, 3.2 mL total; eyebrows "
                   "not injected.",
    "date": "2025-06-10", "provider": "halvorsen", "payer": "commercial-cigna",
    "patient": ("Santangelo", "Mia", "1993-05-25", "female"),
    "conditions": [C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True)],
    "note": """S: 32 yo F with patchy alopecia areata since January 2025, here for her second round of intralesional
steroid. Some regrowth in the 6 patches treated in April; 3 new small patches at the nape. Eyebrows thinning
slightly. No nail changes. TSH normal in March. Using clobetasol solution as prescribed.

O: Scalp: 9 discrete patches of nonscarring alopecia, 1-3 cm: vertex x3, L parietal x2, R parietal x1,
occiput/nape x3. Exclamation-point hairs at the nape patches. Fine vellus regrowth in the older patches.
Eyebrows: mild lateral thinning bilaterally. Nails: no pitting.

A: Alopecia areata, patchy, scalp; mild eyebrow involvement.

P:
- Intralesional triamcinolone acetonide 10 mg/mL to all 9 scalp patches, 0.1 mL per injection site about
  1 cm apart, total volume 3.2 mL (32 mg). 30G needle. Verbal consent; tolerated well.
- Eyebrows not injected today - reassess in 6 weeks.
- Continue clobetasol 0.05% solution BID to the patches.
- RTC 6 weeks.

Kirsten Halvorsen, MD
""",
    "expected": E([L("11901"), L("J3301", 4)]),
    "coder_note": "Rule book 4.8: 9 lesions injected (more than 7) -> 11901 x1. 32 mg -> J3301 x4 (ceil(32/10)).",
})

SCENARIOS.append({
    "id": "s11-il-acne-cysts-sent-as-11901",
    "family": "intralesional", "shape": "pre-coded",
    "description": "EMA sent 11901 for five acne cysts injected with dilute triamcinolone (2.5 mg total).",
    "date": "2025-03-18", "provider": "castellanos", "payer": "commercial-uhc",
    "patient": ("Ferrante", "Dominic", "2004-02-17", "male"),
    "conditions": [C("c1", "Acne vulgaris, cystic", "L70.0", "Face and jawline", reason=True)],
    "procedures": [
        P("ILK acne cysts", cpt="11901", site="Face and jawline",
          note="Triamcinolone 2.5 mg/mL, 0.2 mL into each cyst", reasons=["c1"]),
    ],
    "note": """PROCEDURE: Intralesional injection
INDICATION: painful inflamed acne cysts
SITES: L cheek (2), R jawline (2), chin (1)
NUMBER OF LESIONS INJECTED: 5
MEDICATION: Kenalog-10 diluted with sterile saline to 2.5 mg/mL; 0.2 mL per cyst, total 1.0 mL (2.5 mg)
LOT #: ***
EXP: ***
COMPLICATIONS: none
PATIENT INSTRUCTIONS: a small temporary dent can occur; call if the skin lightens or thins.
NOTE: month 2 of isotretinoin managed at his last visit; no change to that plan today. iPLEDGE not done at
this visit.
Ines Castellanos, PA-C
""",
    "expected": E([L("11900"), L("J3301")], topics=["coding-correction"]),
    "coder_note": "Rule book 4.8: 5 lesions (up to 7) -> 11900, not 11901. 2.5 mg triamcinolone -> J3301 x1 "
                  "(ceil(2.5/10)); the EMA did not send the drug.",
})

# ---------------------------------------------------------------------------------------------- mixed

SCENARIOS.append({
    "id": "s11-mx-psoriasis-mtx-aks-forearm-bx",
    "family": "mixed", "shape": "note-only",
    "description": "Psoriasis on methotrexate with new transaminase rise and dose change (99214-25), five facial AKs "
                   "frozen and a shave biopsy of a forearm papule.",
    "date": "2025-05-20", "provider": "halvorsen", "payer": "medicare", "em": "99214",
    "patient": ("Gustafson", "Arnold", "1952-07-19", "male"),
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Long term (current) use of antimetabolite agent", "Z79.631"),
        C("c3", "Actinic keratosis", "L57.0", "Face", reason=True),
        C("c4", "Neoplasm of unspecified behavior of skin, left forearm", "D49.2", "Left dorsal forearm",
          reason=True),
    ],
    "note": """DERMATOLOGY FOLLOW-UP - Kirsten Halvorsen, MD - 05/20/2025

S:
72 yo M with plaque psoriasis on methotrexate 15 mg weekly + folic acid 1 mg daily x 14 months. BSA now ~3%
(elbows, knees, scalp), was 15% before MTX. Labs 05/13: ALT 68 (was 41), AST 52, CBC normal, creatinine 1.0.
Drinks 2-3 beers on weekends. Joint pain: none. Also has rough spots on the face and a crusted bump on the left
forearm x 2 months that catches on his sleeves.
ROS: no fever, cough, mouth sores, shortness of breath.

O:
Elbows/knees: thin residual plaques with fine scale. Scalp: mild scaling behind the ears. Nails: few pits.
Face: 5 gritty erythematous scaly papules - forehead 2, L temple 1, R cheek 1, nasal dorsum 1.
L dorsal forearm: 8 mm crusted hyperkeratotic pink papule on a firm base.

A/P:
1. Plaque psoriasis, well controlled on MTX, now with transaminase elevation (ALT < 2x ULN).
   Reduce MTX to 12.5 mg weekly; continue folic acid; advised no alcohol; repeat CMP and CBC in 4 weeks.
   If ALT remains elevated we will move to a biologic (TB and hepatitis screening at that time).
   Clobetasol 0.05% ointment refilled for the elbow plaques.
2. Actinic keratoses x5, face - liquid nitrogen today, 2 freeze-thaw cycles each (forehead x2, L temple,
   R cheek, nasal dorsum). Verbal consent.
3. Crusted papule L dorsal forearm - r/o SCC vs hypertrophic AK. Shave biopsy today: consent signed, alcohol
   prep, 1% lidocaine with epi 0.5 mL, tangential biopsy with a flexible blade, AlCl hemostasis, bandage.
   Specimen to pathology.
4. RTC 4 weeks after labs.

Kirsten Halvorsen, MD
""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 4)]),
    "coder_note": "GS-3/EM-4: methotrexate toxicity monitoring with dose change is separate work -> 99214-25. DS-1: "
                  "5 AKs = 17000 + 17003 x4. BX-1: shave biopsy 11102 of a different lesion. PTP 11102/17000 is "
                  "indicator 1 with 17000 as column 2 -> XS on 17000; 17003 has no edit with 11102, no modifier.",
})

SCENARIOS.append({
    "id": "s11-mx-acne-sarecycline-two-cysts",
    "family": "mixed", "shape": "free-text",
    "description": "Acne follow-up with antibiotic change (99213-25) plus injection of two acne cysts with dilute "
                   "triamcinolone.",
    "date": "2025-08-26", "provider": "abernathy", "payer": "commercial-cigna", "em": "99213",
    "patient": ("Pruitt", "Jasmine", "2001-11-03", "female"),
    "conditions": [C("c1", "Acne vulgaris", "L70.0", "Face", reason=True)],
    "procedures": [
        P("ILK acne cyst", site="Left jawline", note="1.2 cm cyst, triamcinolone 2.5 mg/mL, 0.3 mL",
          reasons=["c1"]),
        P("ILK acne cyst", site="Right cheek", note="0.9 cm cyst, triamcinolone 2.5 mg/mL, 0.2 mL",
          reasons=["c1"]),
    ],
    "note": """A/P
1. Acne vulgaris, moderate inflammatory with post-inflammatory hyperpigmentation - not controlled after 3
   months of minocycline 100 mg daily plus tretinoin 0.05% cream.
   - Stop minocycline. Start sarecycline 100 mg daily with food; photosensitivity and GI upset reviewed.
   - Continue tretinoin 0.05% nightly; add azelaic acid 15% gel in the morning for the PIH.
   - Discussed isotretinoin as the next step if no better at 3 months; she will read the iPLEDGE material.
2. Two tender inflamed acne cysts (L jawline, R cheek) - intralesional triamcinolone today, see procedure
   records. Verbal consent.
3. RTC 3 months.

S
23 yo F, new flares every 2 weeks, painful deep bumps along the jaw. Taking minocycline daily; no
dizziness or skin discoloration from it. Not pregnant, uses an IUD.

O
Face: ~20 inflammatory papules/pustules on the cheeks and jawline; two tender fluctuant cysts (L jawline
1.2 cm, R cheek 0.9 cm); brown macules of PIH on both cheeks; no scarring. Back: few papules.

June Abernathy, PA-C
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301")]),
    "coder_note": "GS-3/EM-4: acne management with a new prescription is separately identifiable from the cyst "
                  "injections -> 99213-25. Two lesions -> 11900. 0.3 + 0.2 mL x 2.5 mg/mL = 1.25 mg -> J3301 x1.",
})

SCENARIOS.append({
    "id": "s11-mx-child-eczema-flare-molluscum",
    "family": "mixed", "shape": "note-only",
    "description": "Child with an atopic dermatitis flare treated with new prescriptions (99213-25) and cantharidin "
                   "to 12 molluscum papules.",
    "date": "2025-11-04", "provider": "lindgren", "payer": "medicaid-mco", "em": "99213",
    "patient": ("Okoro", "Ifeoma", "2018-09-12", "female"),
    "conditions": [
        C("c1", "Atopic dermatitis", "L20.9", "Antecubital and popliteal fossae", reason=True),
        C("c2", "Molluscum contagiosum", "B08.1", "Left flank and lower abdomen", reason=True),
    ],
    "note": """Peds derm f/u - A. Lindgren, NP - 11/04/25
Pt: Ifeoma, 7F, here w/ mom

Interval:
- AD flaring x3 wks since the heat came on at home - itchy, waking at night 2-3x/wk
- using OTC HC 1% only, ran out of TAC
- molluscum on trunk spreading, ~12 bumps now, a couple red/itchy

Exam:
- AD: lichenified eczematous plaques bilat antecubital & popliteal fossae, mild excoriations, no crusting or
  impetiginization. ~8% BSA
- molluscum: 12 pearly umbilicated papules L flank and lower abdomen, 2 w/ surrounding erythema

A/P:
1. Atopic dermatitis, moderate flare
   - triamcinolone 0.1% oint BID to body x2 wks, then weekends only
   - hydrocortisone 2.5% oint to face prn
   - dilute bleach baths 2x/wk, recipe reviewed
   - thick emollient BID; cetirizine 5 mg qhs prn itch
   - dupilumab if this fails - mom interested, will discuss next visit
2. Molluscum contagiosum, trunk
   - cantharidin 0.7% applied to all 12 papules with a wooden applicator, occluded w/ tape; wash off in 4-6 h
   - mom counseled re: blistering
3. RTC 4-6 wks
""",
    "expected": E([L("99213", 1, "25"), L("17110")]),
    "coder_note": "GS-3: eczema flare with prescription management is separate from the molluscum treatment -> "
                  "99213-25 (PTP 17110/99213 indicator 1). DS-2: chemical destruction of 12 molluscum (B08.1 covered) "
                  "-> 17110 x1.",
})

# ---------------------------------------------------------------------------------------------- mohs

SCENARIOS.append({
    "id": "s11-mohs-nasal-sidewall-two-stages-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Dictated Mohs report: nasal sidewall BCC, stage 1 three blocks, stage 2 two blocks, layered "
                   "closure 3.6 cm.",
    "date": "2025-05-13", "provider": "marchetti", "payer": "medicare",
    "patient": ("Albrecht", "Dorothy", "1941-04-03", "female"),
    "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal sidewall", reason=True)],
    "prior": [PRIOR("2025-04-10", "11102", "Shave bx R nasal sidewall", "Right nasal sidewall")],
    "path": [{"text": "Basal cell carcinoma, nodular and micronodular patterns, present at the deep margin.",
              "site": "Right nasal sidewall", "date": "2025-04-14",
              "encounter": "enc-s11-mohs-nasal-sidewall-two-stages-layered-prior-1"}],
    "note": """MOHS MICROGRAPHIC SURGERY REPORT
Surgeon and pathologist: Luca Marchetti, MD
Date of surgery: 05/13/2025
Patient: Dorothy Albrecht, 84-year-old female
Diagnosis: Basal cell carcinoma, nodular and micronodular, right nasal sidewall, primary. Biopsy 04/10/2025.
Indication: high-risk location on the nose and an aggressive micronodular subtype.

Preoperative lesion size: 0.9 x 0.7 cm.

The patient was identified, the site was confirmed with her using the biopsy photograph, and informed consent
was signed. The area was prepped and anesthetized with 1% lidocaine with epinephrine.

Stage 1: The clinically apparent tumor was debulked with a curette and the first Mohs layer was excised with a
2 mm margin. The specimen was divided into three tissue blocks, color-coded, mapped, processed as frozen
sections with H&E in our laboratory and read by me. Residual micronodular basal cell carcinoma at the superior
edge of block 2.
Stage 2: An additional layer was taken from the superior aspect only and submitted as two tissue blocks. Clear
of tumor.

Final defect: 1.5 x 1.2 cm on the right nasal sidewall, into the subcutaneous fat.

Repair: Second intention healing, flap and graft were discussed. A layered linear closure was chosen. The
defect was converted to an ellipse along the nasofacial sulcus, undermined at the level of the deep fat and
closed in layers with buried 5-0 Monocryl and 6-0 polypropylene simple interrupted sutures. Final repair length
3.6 cm.

Estimated blood loss minimal. No complications. Pressure dressing. Sutures out in one week.
""",
    "expected": E([L("17311"), L("17312"), L("12052")]),
    "coder_note": "MOHS-2: nose -> 17311 first stage (3 blocks) + 17312 second stage (2 blocks); no stage over 5 "
                  "blocks, so no 17315. MOHS-7/REP-2: layered repair 3.6 cm on the nose -> 12052.",
})

SCENARIOS.append({
    "id": "s11-mohs-forearm-scc-transplant-seven-blocks",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of a 2.2 cm SCC of the forearm in a kidney transplant recipient: stage 1 seven blocks, "
                   "stage 2 three blocks, layered closure 4.5 cm.",
    "date": "2025-06-24", "provider": "marchetti", "payer": "medicare",
    "patient": ("Quintero", "Alfonso", "1956-01-22", "male"),
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of left upper limb", "C44.629", "Left dorsal forearm",
          reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "prior": [PRIOR("2025-06-03", "11102", "Shave bx L forearm", "Left dorsal forearm")],
    "path": [{"text": "Invasive squamous cell carcinoma, moderately differentiated, extending to the deep margin.",
              "site": "Left dorsal forearm", "date": "2025-06-06",
              "encounter": "enc-s11-mohs-forearm-scc-transplant-seven-blocks-prior-1"}],
    "procedures": [
        P("Mohs stage I", site="L dorsal forearm",
          note="Tumor 2.2 x 1.8 cm. Layer excised and cut into 7 tissue blocks, frozen H&E read by surgeon. "
               "Positive deep margin, block 4.", reasons=["c1"]),
        P("Mohs stage II", site="L dorsal forearm",
          note="Deep layer under former block 4, 3 tissue blocks, clear.", reasons=["c1"]),
        P("Layered closure", site="L dorsal forearm",
          note="Intermediate linear repair 4.5 cm after undermining; 4-0 Monocryl deep, 4-0 nylon.",
          reasons=["c1"]),
    ],
    "note": """Mohs day note - Luca Marchetti, MD - 06/24/2025
Indication: moderately differentiated invasive SCC of the left dorsal forearm, 2.2 cm, in a kidney transplant
recipient on tacrolimus and mycophenolate. Mohs is appropriate on the extremity given immunosuppression and
size over 2 cm. I acted as both surgeon and pathologist. Details of stages and closure are in the procedure
records. Tolerated well; sutures out in 14 days. Transplant team copied.
""",
    "expected": E([L("17313"), L("17314"), L("17315", 2), L("12032")]),
    "coder_note": "MOHS-2: arm -> 17313 (stage 1) + 17314 (stage 2); stage 1 had 7 blocks -> 17315 x2 (blocks 6-7). "
                  "MOHS-7: layered repair 4.5 cm on the arm -> 12032.",
})

SCENARIOS.append({
    "id": "s11-mohs-helix-three-stages-extra-17315",
    "family": "mohs", "shape": "pre-coded",
    "description": "EMA added 17315 to a three-stage helical-rim Mohs whose stages had 4, 5 and 2 blocks; complex "
                   "repair of the rim 2.0 cm.",
    "date": "2025-07-29", "provider": "marchetti", "payer": "medicare-ngs",
    "patient": ("Everly", "Clarence", "1943-09-09", "male"),
    "conditions": [C("c1", "Basal cell carcinoma of skin of left ear", "C44.219", "Left helical rim", reason=True)],
    "prior": [PRIOR("2025-07-01", "11102", "Shave bx L helix", "Left helical rim")],
    "path": [{"text": "Basal cell carcinoma, infiltrative pattern.", "site": "Left helical rim",
              "date": "2025-07-03", "encounter": "enc-s11-mohs-helix-three-stages-extra-17315-prior-1"}],
    "procedures": [
        P("Mohs 1st stage", cpt="17311", site="L helical rim", note="4 blocks, positive block 3", reasons=["c1"]),
        P("Mohs addl stage", cpt="17312", site="L helical rim", note="Stage 2: 5 blocks, positive block 5",
          reasons=["c1"]),
        P("Mohs addl stage", cpt="17312", site="L helical rim", note="Stage 3: 2 blocks, clear", reasons=["c1"]),
        P("Mohs addl blocks", cpt="17315", site="L helical rim", reasons=["c1"]),
        P("Complex repair helix", cpt="13151", site="L helical rim",
          note="2.0 cm; free margin of helical rim, cartilage trimmed, layered with rim alignment", reasons=["c1"]),
    ],
    "note": """MOHS SURGERY - DICTATED SUMMARY
Luca Marchetti, MD, surgeon and pathologist. 07/29/2025.
Infiltrative BCC of the left helical rim, biopsy 07/01/2025. Preoperative size 1.0 x 0.8 cm.
First stage: four tissue blocks; tumor at block 3. Second stage: five tissue blocks; tumor persisted at block
5. Third stage: two tissue blocks; margins clear. No stage exceeded five blocks.
Final defect 1.4 x 1.0 cm involving the free margin of the helical rim with exposed cartilage. The cartilage
edge was trimmed, and the rim was reconstructed with a layered closure that realigned the free margin;
repair length 2.0 cm. Sutures out in 7 days.
""",
    "expected": E([L("17311"), L("17312", 2), L("13151")], topics=["coding-correction"]),
    "coder_note": "MOHS-2: ear -> 17311 + 17312 x2 (three stages). 17315 is only for blocks beyond 5 in a stage; the "
                  "stages had 4, 5 and 2 blocks -> remove 17315. REP-3: free margin of the helical rim -> complex; "
                  "2.0 cm on the ear -> 13151 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s11-mohs-cheek-rotation-flap",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs of a cheek BCC in two stages (4 and 2 blocks) closed with a rotation flap, total area 9.2 "
                   "sq cm.",
    "date": "2025-09-16", "provider": "marchetti", "payer": "commercial-uhc",
    "patient": ("Sorensen", "Birgit", "1958-03-30", "female"),
    "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left medial cheek",
                     reason=True)],
    "prior": [PRIOR("2025-08-26", "11102", "Shave bx L cheek", "Left medial cheek")],
    "path": [{"text": "Basal cell carcinoma, nodular type.", "site": "Left medial cheek", "date": "2025-08-29",
              "encounter": "enc-s11-mohs-cheek-rotation-flap-prior-1"}],
    "note": """This is Dr. Luca Marchetti dictating a Mohs surgery note for Birgit Sorensen, date of service September 16, 2025.

Ms. Sorensen is a 67-year-old woman with a biopsy-proven nodular basal cell carcinoma of the left medial cheek,
biopsied here on August 26. Preoperative size 1.2 by 1.0 centimeters. She has had no prior treatment to this
site. Consent was reviewed and signed, and the site was confirmed with her in a mirror.

Under local anesthesia with one percent lidocaine with epinephrine, the tumor was debulked and the first stage
was taken. It was divided into four tissue blocks, mapped, processed as frozen sections and interpreted by me.
Block one showed residual tumor at the inferior edge. A second stage was taken from that area, divided into two
tissue blocks, and was clear.

The final defect measured 2.0 by 1.8 centimeters on the left medial cheek, down to the superficial fat. Options
for repair were discussed, including a linear closure, which would have pulled the lower eyelid, and a full
thickness skin graft. We chose a rotation flap. The flap was designed inferolaterally, incised, elevated in the
subcutaneous plane, rotated into the primary defect and secured with buried 5-0 Monocryl and 6-0 nylon. Primary
defect 3.6 square centimeters, secondary defect 5.6 square centimeters, total rearranged area 9.2 square
centimeters. Standing cone removed. Hemostasis was obtained with bipolar cautery.

She tolerated the procedure well. Pressure dressing was applied. Return in one week for suture removal.
End of dictation.
""",
    "expected": E([L("17311"), L("17312"), L("14040")]),
    "coder_note": "MOHS-2: cheek -> 17311 + 17312 (4 and 2 blocks, no 17315). FLAP-1/FLAP-3: rotation flap on the "
                  "cheek, 3.6 + 5.6 = 9.2 sq cm -> 14040, reported with the Mohs codes (no PTP edit).",
})

# ---------------------------------------------------------------------------------------------- nails

SCENARIOS.append({
    "id": "s11-nail-left-hallux-phenol-matrixectomy",
    "family": "nails", "shape": "note-only",
    "description": "Recurrent ingrown lateral border of the left great toenail: partial avulsion with phenol "
                   "matrixectomy.",
    "date": "2025-02-25", "provider": "castellanos", "payer": "commercial",
    "patient": ("Greer", "Tyler", "2006-07-14", "male"),
    "conditions": [C("c1", "Ingrowing nail", "L60.0", "Left great toe, lateral border", reason=True)],
    "html": True,
    "note": """<h3>PROCEDURE NOTE</h3>
<p><b>CHIEF COMPLAINT:</b> ingrown toenail, third time this year</p>
<p><b>HPI:</b> 18 y.o. male, soccer player, with a painful, red lateral edge of the LEFT great toenail for 3 weeks.
Two prior episodes treated with soaks and oral cephalexin by urgent care. No diabetes, no vascular disease.</p>
<p><b>EXAM:</b> Left hallux: lateral nail fold erythematous, swollen, with granulation tissue and a nail spicule
embedded in the fold. Right hallux: slight medial fold erythema, no spicule.</p>
<table border="1">
<tr><td>Procedure</td><td>Partial nail avulsion with chemical matrixectomy</td></tr>
<tr><td>Digit</td><td>Left great toe, lateral border</td></tr>
<tr><td>Anesthesia</td><td>Digital block, 2% lidocaine plain, 3 mL</td></tr>
<tr><td>Technique</td><td>Tourniquet; lateral 1/4 of the nail plate freed, split longitudinally and removed to the
proximal fold; phenol 88% applied to the lateral matrix, 3 applications of 30 seconds, flushed with alcohol</td></tr>
<tr><td>Dressing</td><td>Bacitracin, non-adherent gauze, Coban</td></tr>
<tr><td>Complications</td><td>none</td></tr>
</table>
<p><b>ASSESSMENT:</b> Recurrent ingrown toenail, left great toe, lateral border.</p>
<p><b>PLAN:</b> Soaks twice daily starting tomorrow; expect drainage for 2-3 weeks. Right great toe: proper nail
trimming and soaks only, not treated today. Recheck *** weeks.</p>
<p>Ines Castellanos, PA-C</p>
""",
    "expected": E([L("11750", 1, "TA")]),
    "coder_note": "Rule book 4.8: partial nail removal with chemical matrixectomy for permanent removal -> 11750, one "
                  "nail; digit modifier TA (left great toe). Right toe not treated.",
})

SCENARIOS.append({
    "id": "s11-nail-right-hallux-partial-avulsion",
    "family": "nails", "shape": "free-text",
    "description": "First-episode ingrown right great toenail: partial avulsion of the lateral border without "
                   "matrixectomy.",
    "date": "2025-09-30", "provider": "lindgren", "payer": "commercial-uhc",
    "patient": ("Mbeki", "Sipho", "1999-12-08", "male"),
    "conditions": [C("c1", "Ingrowing nail", "L60.0", "Right great toe, lateral border", reason=True)],
    "procedures": [
        P("Partial nail avulsion", site="R great toe, lateral border",
          note="Digital block 2% lido plain 3 mL. Lateral 1/5 of nail plate elevated, cut and removed. No phenol - "
               "first episode. Bacitracin, dressing.", reasons=["c1"]),
    ],
    "note": """Acute visit - A. Lindgren, NP - 09/30/25
- 25M, R big toe painful x10d, new shoes, first time
- exam: R hallux lateral fold red, swollen, mild drainage, no abscess, no streaking
- L hallux: normal
- partial avulsion lateral border R hallux done (see proc record); matrixectomy not done - will offer if it
  recurs
- epsom soaks BID, wider shoes, cut nails straight across
- RTC 2 wks prn
""",
    "expected": E([L("11730", 1, "T5")]),
    "coder_note": "Rule book 4.8: avulsion of one nail plate (partial) without matrix destruction -> 11730 x1 with "
                  "digit modifier T5 (right great toe).",
})

SCENARIOS.append({
    "id": "s11-nail-both-borders-one-toe-phenol",
    "family": "nails", "shape": "note-only",
    "description": "Medial and lateral borders of the same right great toenail removed with phenol matrixectomy "
                   "(one nail).",
    "date": "2025-11-12", "provider": "okonkwo", "payer": "medicaid",
    "patient": ("Lightfoot", "Shawna", "1984-04-27", "female"),
    "conditions": [C("c1", "Ingrowing nail", "L60.0", "Right great toe, both borders", reason=True)],
    "note": """Dermatology procedure note - Chidi Okonkwo, DO - 11/12/2025
Shawna Lightfoot, 41 F

#1 Ingrown toenail, right great toe, medial AND lateral borders - chronic, recurrent (4 episodes in 18 months,
   two courses of oral antibiotics). Both folds inflamed with granulation tissue today; no abscess.
   Procedure: informed consent signed. Digital block with 2% lidocaine plain, 4 mL. Tourniquet applied. The
   medial border and the lateral border of the right hallux nail plate were each split and removed (about 1/5
   of the plate on each side). Phenol 88% applied to the medial and lateral matrix horns, 3 x 30 seconds each,
   then alcohol flush. Tourniquet off, good capillary refill. Dressing applied.
   Aftercare: soaks BID, open-toe shoe, acetaminophen.

#2 Onychomycosis, left toenails 2-3 - discussed; she does not want treatment. Nothing done.

#3 Follow-up in 2 weeks.
""",
    "expected": E([L("11750", 1, "T5")]),
    "coder_note": "Rule book 4.8: 11750 is reported per nail (partial or complete); both borders of one nail = one "
                  "unit, T5 (right great toe). The onychomycosis was not treated.",
})

# ---------------------------------------------------------------------------------------------- paring

SCENARIOS.append({
    "id": "s11-paring-three-corns-right-foot",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three painful corns/calluses of the right foot; heel wart not treated.",
    "date": "2025-03-25", "provider": "okonkwo", "payer": "commercial",
    "patient": ("Whitfield", "Loretta", "1966-04-04", "female"),
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Right foot", reason=True),
        C("c2", "Plantar wart", "B07.0", "Left heel"),
    ],
    "note": """Progress note - Chidi Okonkwo, DO - 03/25/2025
Loretta Whitfield, 58 F, retail worker, on her feet all day.

#1 Painful hyperkeratotic lesions, right foot
   - Hard corn, dorsal right 5th toe over the PIP joint, 6 mm.
   - Soft corn, right 4th interdigital space, 5 mm, macerated.
   - Callus, plantar right 2nd metatarsal head, 1.5 cm, painful with walking.
   All three pared today with a #15 blade until the central core was removed and pain on pressure was
   relieved. No bleeding.
   Plan: toe sleeve for the 5th toe, lamb's wool in the 4th web, metatarsal pad; urea 40% cream nightly.
   Previously pared here in November 2024.

#2 Plantar wart, left heel, 4 mm
   Cryotherapy offered; she prefers to try salicylic acid pads first. Not treated today.

RTC 3 months or sooner if painful.
""",
    "expected": E([L("11056")]),
    "coder_note": "Rule book 4.8: paring of 3 benign hyperkeratotic lesions -> 11056 (2-4). Commercial payer, pain "
                  "documented. The wart was not treated.",
})

SCENARIOS.append({
    "id": "s11-paring-six-calluses-diabetic-aetna",
    "family": "paring", "shape": "note-only",
    "description": "Paring of six calluses on both feet in a diabetic patient (commercial); nails not trimmed.",
    "date": "2025-08-19", "provider": "castellanos", "payer": "commercial-aetna",
    "patient": ("Dunleavy", "Roger", "1958-11-27", "male"),
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Bilateral feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", history=True),
    ],
    "html": True,
    "note": """<h3>FOOT SKIN CARE VISIT</h3>
<p><b>CHIEF COMPLAINT:</b> thick painful calluses both feet</p>
<p><b>HPI:</b> 66 y.o. male with type 2 diabetes and peripheral neuropathy (A1c 7.4% per PCP ***), still working
full time, on commercial insurance. Calluses have built up over 3 months and hurt when he walks on concrete.</p>
<p><b>EXAM:</b> Pedal pulses palpable. Monofilament: decreased sensation at the toes bilaterally. No ulcers, no
maceration, no signs of infection.</p>
<ul>
<li>Left foot: callus plantar 1st metatarsal head; callus plantar 5th metatarsal head; callus on the posterior
heel rim</li>
<li>Right foot: callus plantar 1st metatarsal head; callus plantar 2nd metatarsal head; callus medial hallux
interphalangeal joint</li>
</ul>
<p><b>PROCEDURE:</b> Sharp paring with a #10 blade of the 6 hyperkeratotic lesions listed above (3 left, 3
right). No bleeding. Tolerated well.</p>
<p><b>ASSESSMENT:</b> Calluses x 6, bilateral feet, in a diabetic with neuropathy.</p>
<p><b>PLAN:</b> Daily foot checks, urea cream, referral for custom diabetic insoles. Toenails not trimmed today -
he sees podiatry for nail care. Return in 3 months.</p>
<p>Ines Castellanos, PA-C</p>
""",
    "expected": E([L("11057")]),
    "coder_note": "Rule book 4.8: paring of more than 4 hyperkeratotic lesions (6) -> 11057 x1. Commercial payer; "
                  "no nail service performed.",
})

# ---------------------------------------------------------------------------------------------- patch-test

SCENARIOS.append({
    "id": "s11-patch-new-hairdresser-hand-dermatitis",
    "family": "patch-test", "shape": "note-only",
    "description": "New patient with occupational hand dermatitis: evaluation with prescription (99204-25) and "
                   "placement of an 80-allergen series.",
    "date": "2025-04-01", "provider": "halvorsen", "payer": "commercial-uhc", "em": "99204", "minutes": 50,
    "patient": ("Ellsworth", "Priya", "1990-06-06", "female"),
    "conditions": [C("c1", "Contact dermatitis, unspecified cause", "L25.9", "Bilateral hands", reason=True)],
    "note": """NEW PATIENT CONSULTATION - Kirsten Halvorsen, MD - 04/01/2025
Referred by: Dr. Amanda Coyle (PCP)

S:
34 yo F hairdresser with 8 months of itchy, cracked, sometimes weeping rash of both hands, worst on the
fingertips and finger webs. Better on vacation, flares within days of returning to work. Uses nitrile gloves
for color but not for washing. OTC hydrocortisone 1% - no help. No personal history of atopic dermatitis,
asthma or hay fever. No new jewelry. Meds: OCP only. Allergies: NKDA.
ROS: no joint pain, no nail changes, no rash elsewhere.

O:
Hands: erythematous, lichenified, fissured plaques on the volar and dorsal fingers and finger webs, a few
vesicles on the lateral fingers; palms spared centrally. Wrists clear. Face, neck, eyelids clear. Feet clear.

A:
Chronic hand dermatitis, occupational - allergic contact dermatitis (hair dye / glove rubber accelerators /
preservatives) vs irritant hand dermatitis.

P:
1. Clobetasol 0.05% ointment BID to the hands x 2 weeks, then weekends; stop 3 days before the readings only if
   the back is involved (it is not). Bland emollient after each hand wash.
2. Cotton liners under nitrile gloves for all wet work; avoid latex.
3. Patch testing: 80-allergen expanded standard series applied today to the upper back (Finn chambers on
   Scanpor tape, mapped). Readings at 48 hours (Thursday) and 96 hours (Saturday clinic).
4. Work note given for glove use.

Total time today (history, exam, counseling, prescription, orders) 50 minutes, not counting the patch
application by the nurse.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "Rule book 4.8: 95044 units = allergens applied (80). New-patient evaluation with prescription "
                  "management is a separate E/M -> 99204-25 (PTP 95044/99204 indicator 1 bypassed by 25).",
})

SCENARIOS.append({
    "id": "s11-patch-placement-seventy-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch-test placement visit: 50-allergen standard series plus 20-allergen rubber/glove series; no "
                   "E/M.",
    "date": "2025-07-08", "provider": "lindgren", "payer": "commercial",
    "patient": ("Harwick", "Declan", "1974-10-18", "male"),
    "conditions": [C("c1", "Contact dermatitis, unspecified cause", "L25.9", "Hands and forearms", reason=True)],
    "note": """Patch test placement - A. Lindgren, NP - 07/08/25
- 50M machinist, hand/forearm dermatitis x1 yr, seen by Dr. Halvorsen 06/24 who ordered patch testing
- off oral steroids > 4 wks, no topical steroid to back x2 wks, no recent sunburn on back
- applied to upper back today:
  - standard series: 50 allergens
  - rubber/glove supplemental series: 20 allergens
  - total allergens placed: 70
- chambers mapped & marked w/ skin marker, photo taken
- instructions: keep dry, no exercise/sweating, no showering until final read
- 1st read Thursday 07/10, 2nd read Friday 07/11 (72h)
- no other issues addressed today
""",
    "expected": E([L("95044", 70)]),
    "coder_note": "Rule book 4.8: 95044 per allergen -> 50 + 20 = 70 units (MUE 90). No E/M selected or documented.",
})

# ---------------------------------------------------------------------------------------------- phototherapy

SCENARIOS.append({
    "id": "s11-photo-nbuvb-session-medicare",
    "family": "phototherapy", "shape": "note-only",
    "description": "Narrowband UVB session #14 for psoriasis, no psoralen, no tar.",
    "date": "2025-02-04", "provider": "abernathy", "payer": "medicare",
    "patient": ("Pacheco", "Ernesto", "1949-08-08", "male"),
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
    "note": """PHOTOTHERAPY TREATMENT RECORD
Modality: narrowband UVB (311 nm), full-body cabinet
Diagnosis: plaque psoriasis, ~14% BSA at start of course (12/2024), failed topical clobetasol and calcipotriene
Treatment #: 14 of planned 36 (3x/week)
Skin type: III
Response to last treatment: no erythema, no burning, no itching
Dose today: 780 mJ/cm2 (10% increase from 710)
Eye protection: UV goggles worn. Genital shielding: yes. Face: covered per protocol.
No psoralen. No tar or petrolatum applied before the session; moisturizer used at home only.
Tolerated well. BSA today ~7%, plaques thinner on the trunk.
Next session Thursday.

Reviewed and signed: June Abernathy, PA-C (supervising on site)
""",
    "expected": E([L("96900")]),
    "coder_note": "Rule book 4.8/PHOTO-1: UVB light without psoralen or tar is actinotherapy -> 96900 x1 per session "
                  "(not 96910 or 96912). No E/M.",
})

SCENARIOS.append({
    "id": "s11-photo-excimer-four-plaques-265-sqcm",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer laser to elbow and knee plaques: 62 + 58 + 75 + 70 = 265 sq cm in one session.",
    "date": "2025-10-14", "provider": "okonkwo", "payer": "commercial",
    "patient": ("Rasmussen", "Ingrid", "1980-01-14", "female"),
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Elbows and knees", reason=True)],
    "procedures": [
        P("Excimer 308 nm", site="R elbow", note="Plaque 62 sq cm, 400 mJ/cm2", reasons=["c1"]),
        P("Excimer 308 nm", site="L elbow", note="Plaque 58 sq cm, 400 mJ/cm2", reasons=["c1"]),
        P("Excimer 308 nm", site="R knee", note="Plaque 75 sq cm, 450 mJ/cm2", reasons=["c1"]),
        P("Excimer 308 nm", site="L knee", note="Plaque 70 sq cm, 450 mJ/cm2", reasons=["c1"]),
    ],
    "note": """Excimer session 7 - C. Okonkwo, DO - 10/14/2025
#1 Localized plaque psoriasis, elbows/knees (~4% BSA), 5 months of topicals without control.
   All four plaques treated this session (areas and doses in procedure records). Mild erythema after session 6,
   doses held on the elbows, +10% on the knees.
   Next session in 3 days. Continue calcipotriene/betamethasone foam on non-treatment days.
""",
    "expected": E([L("96921")]),
    "coder_note": "Rule book 4.8: excimer is coded once per session by total area treated: 265 sq cm (250-500) -> "
                  "96921 x1.",
})

# ---------------------------------------------------------------------------------------------- post-op

SCENARIOS.append({
    "id": "s11-postop-suture-removal-cheek-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and path review one week after a cheek excision with layered repair; provider "
                   "sent 99212.",
    "date": "2025-06-17", "provider": "marchetti", "payer": "commercial", "em": "99212",
    "patient": ("Hollis", "Beatrice", "1964-02-12", "female"),
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Melanocytic nevi of other parts of face", "D22.39", "Left cheek"),
    ],
    "prior": [
        PRIOR("2025-06-10", "11441", "Excision lesion L cheek", "Left cheek"),
        PRIOR("2025-06-10", "12051", "Layered repair L cheek", "Left cheek"),
    ],
    "path": [{"text": "Compound melanocytic nevus with mild architectural atypia; margins clear.",
              "site": "Left cheek", "date": "2025-06-13",
              "encounter": "enc-s11-postop-suture-removal-cheek-99024-prior-1"}],
    "note": """Dr. Marchetti dictating a follow-up note for Beatrice Hollis, June 17, 2025.

Mrs. Hollis returns one week after excision of a changing pigmented lesion of the left cheek with a layered
closure on June 10. She has had no pain, fever or drainage. On examination the incision is well approximated,
with no erythema, dehiscence or hematoma. The 6-0 nylon sutures were removed without difficulty and Steri-Strips
were applied. I reviewed the pathology with her: a compound nevus with mild atypia, completely excised. No
further treatment is needed for this lesion. She will use silicone gel on the scar and sunscreen. She was
reminded about her yearly skin examination, which is due in the fall. No other concerns were raised today.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: day 7 of the 010 global of the 06/10 excision and repair; suture removal and path "
                  "review are post-op care -> 99024 instead of the 99212 sent. Nothing unrelated was addressed.",
})

SCENARIOS.append({
    "id": "s11-postop-wound-check-plus-hand-eczema-24",
    "family": "post-op", "shape": "note-only",
    "description": "Wound check 8 days after a back cyst excision plus a new, unrelated dyshidrotic hand eczema "
                   "managed with a prescription; provider sent 99213.",
    "date": "2025-04-29", "provider": "castellanos", "payer": "medicare", "em": "99213",
    "patient": ("Prescott", "Warren", "1948-05-01", "male"),
    "conditions": [
        C("c1", "Dyshidrosis [pompholyx]", "L30.1", "Bilateral hands", reason=True),
        C("c2", "Encounter for surgical aftercare following surgery on the skin", "Z48.817"),
    ],
    "prior": [
        PRIOR("2025-04-21", "11403", "Excision cyst upper back", "Upper back"),
        PRIOR("2025-04-21", "12032", "Intermediate repair upper back", "Upper back"),
    ],
    "path": [{"text": "Epidermal inclusion cyst.", "site": "Upper back", "date": "2025-04-24",
              "encounter": "enc-s11-postop-wound-check-plus-hand-eczema-24-prior-1"}],
    "note": """CHIEF COMPLAINT: wound check; "my hands are breaking out"
HPI: 76 y.o. male 8 days s/p excision of an epidermoid cyst of the upper back with layered closure (04/21).
Minimal soreness. Separately, for 2 weeks he has had itchy tiny blisters on the sides of his fingers and palms,
worse after gardening; tried OTC hydrocortisone without benefit. ***
REVIEW OF SYSTEMS: ***
EXAM:
 Upper back incision: well approximated, no erythema or drainage; sutures intact.
 Hands: deep-seated vesicles on the lateral fingers and palms bilaterally, scaling, a fissure on the R thumb.
 No pustules, no nail changes.
ASSESSMENT:
 1. Post-op check, healing well
 2. Dyshidrotic eczema of the hands, new problem, symptomatic
PLAN:
 1. Sutures out at 14 days (05/05) with the nurse. Continue petrolatum.
 2. Clobetasol 0.05% ointment BID x 2 weeks then weekends only; cotton-lined gloves for gardening; bland
    emollient after hand washing. Reviewed steroid atrophy risk. If not improved in 4 weeks, consider patch
    testing.
FOLLOW-UP: 4 weeks for the hands.
Ines Castellanos, PA-C
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: inside the 010 global of the 04/21 excision; the wound check is included, but the new hand "
                  "eczema with prescription management is an unrelated E/M -> 99213-24 (no 99024 when an E/M is "
                  "billed).",
})

SCENARIOS.append({
    "id": "s11-postop-new-forearm-lesion-biopsy-79",
    "family": "post-op", "shape": "free-text",
    "description": "Five days after a back BCC excision, wound check plus shave biopsy of a new, unrelated forearm "
                   "lesion.",
    "date": "2025-11-18", "provider": "lindgren", "payer": "commercial-uhc",
    "patient": ("Carrow", "Nathaniel", "1960-09-19", "male"),
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, left forearm", "D49.2", "Left dorsal forearm",
          reason=True),
        C("c2", "Encounter for surgical aftercare following surgery on the skin", "Z48.817"),
    ],
    "prior": [
        PRIOR("2025-11-13", "11602", "Excision BCC R upper back", "Right upper back"),
        PRIOR("2025-11-13", "12032", "Layered repair R upper back", "Right upper back"),
    ],
    "path": [{"text": "Basal cell carcinoma, nodular; margins clear.", "site": "Right upper back",
              "date": "2025-11-17", "encounter": "enc-s11-postop-new-forearm-lesion-biopsy-79-prior-1"}],
    "procedures": [
        P("Shave bx", site="L dorsal forearm",
          note="New 6 mm scaly pink papule noticed last week; r/o SCC. Lido 1% w/ epi, tangential bx, AlCl. "
               "Spec A.", reasons=["c1"]),
    ],
    "note": """Post-op check - A. Lindgren, NP - 11/18/25
- 65M, 5d s/p excision BCC R upper back w/ layered closure (11/13)
- incision: intact, no erythema/drainage, sutures in place - out at 14d
- path reviewed w/ pt: BCC, margins clear, no further tx for that site
- NEW: pink scaly papule L dorsal forearm noticed last wk, 6 mm, slightly tender
  -> shave bx today (see proc record), consent signed
- will call w/ path
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: biopsy of a new, unrelated lesion inside the 010 global of the 11/13 excision -> 11102-79. "
                  "The wound check itself is included in the global.",
})

# ---------------------------------------------------------------------------------------------- repair

SCENARIOS.append({
    "id": "s11-rep-two-back-excisions-summed-layered",
    "family": "repair", "shape": "note-only",
    "description": "Two benign excisions on the back (1.2 cm and 0.9 cm excised) with layered closures of 3.0 and "
                   "2.4 cm summed.",
    "date": "2025-08-14", "provider": "marchetti", "payer": "commercial",
    "patient": ("Kilbride", "Fiona", "1985-07-07", "female"),
    "conditions": [
        C("c1", "Melanocytic nevi of trunk", "D22.5", "Left upper back", reason=True),
        C("c2", "Other benign neoplasm of skin of trunk", "D23.5", "Right lower back", reason=True),
    ],
    "path": [
        {"text": "A: Dysplastic compound nevus with moderate atypia; margins clear.", "site": "Left upper back",
         "date": "2025-08-18"},
        {"text": "B: Dermatofibroma; margins clear.", "site": "Right lower back", "date": "2025-08-18"},
    ],
    "note": """PROCEDURE NOTE, dictated by Luca Marchetti, MD. Date of service 08/14/2025.

Patient is a 40-year-old woman with two lesions on the back. Lesion A, on the left upper back, is a changing
pigmented papule measuring 0.8 by 0.6 centimeters with an irregular border on dermoscopy; she wants it fully
removed rather than sampled. Lesion B, on the right lower back at the waistband, is a firm, tender, dimpling
papule measuring 0.5 centimeters, consistent with a dermatofibroma, that hurts when her belt rubs it.

After consent and a time-out, both sites were prepped with chlorhexidine and anesthetized with 1% lidocaine with
epinephrine, 5 mL at each site.

Lesion A was excised as an ellipse with 2 millimeter margins around the 0.8 centimeter lesion, down to the
subcutaneous fat, and closed in two layers with buried 4-0 Monocryl and running 5-0 nylon. Repair length 3.0
centimeters.

Lesion B was excised as an ellipse with 2 millimeter margins around the 0.5 centimeter lesion, into the fat,
and closed in two layers with buried 4-0 Monocryl and interrupted 5-0 nylon. Repair length 2.4 centimeters.

Both specimens were labeled and sent to pathology. Estimated blood loss was minimal. She tolerated both
procedures well. Sutures out in 12 days.
""",
    "expected": E([L("11402"), L("11401"), L("12032")]),
    "coder_note": "EX-1: A 0.8 + 0.4 = 1.2 cm -> 11402; B 0.5 + 0.4 = 0.9 cm -> 11401 (benign pathology, trunk). "
                  "REP-1: intermediate repairs in the same group summed, 3.0 + 2.4 = 5.4 cm -> 12032 x1.",
})

SCENARIOS.append({
    "id": "s11-rep-dorsal-hand-layered-sent-as-12032",
    "family": "repair", "shape": "pre-coded",
    "description": "EMA sent 12032 for a layered closure on the dorsal hand after a cyst excision; hands belong to "
                   "the 12041-12047 intermediate group.",
    "date": "2025-04-03", "provider": "abernathy", "payer": "commercial-aetna",
    "patient": ("Ambrose", "Celeste", "1972-12-24", "female"),
    "conditions": [C("c1", "Epidermal cyst", "L72.0", "Left dorsal hand", reason=True)],
    "procedures": [
        P("Excision cyst L hand", cpt="11422", site="L dorsal hand",
          note="0.9 cm cyst, 2 mm margins (1.3 cm excised)", reasons=["c1"]),
        P("Intermediate repair", cpt="12032", site="L dorsal hand",
          note="3.2 cm; deep 5-0 Monocryl, 5-0 nylon", reasons=["c1"]),
    ],
    "path": [{"text": "Epidermal inclusion cyst, intact; no atypia.", "site": "Left dorsal hand",
              "date": "2025-04-07"}],
    "note": """A/P
Epidermoid cyst, L dorsal hand over the 3rd metacarpal - enlarging over 6 months, tender when she grips the
steering wheel, ruptured and drained once in February. Excised today (details below).

S
53 yo F, office manager, right-handed. No fevers. No other skin concerns today.

O
L dorsal hand: 0.9 cm firm, mobile dermal nodule with a central punctum; no erythema today. Full finger
flexion/extension intact.

PROCEDURE
Consent signed. 1% lidocaine with epi 3 mL. Ellipse drawn along the skin lines with 2 mm margins around the
0.9 cm cyst (excised diameter 1.3 cm). Cyst dissected out intact, extensor tendon paratenon not exposed.
Closed in two layers: buried 5-0 Monocryl in the deep dermis and subcutaneous tissue, 5-0 nylon simple
interrupted for the skin. Repair length 3.2 cm. Tolerated well; hand wrapped with light compression.
Sutures out in 10-12 days.

June Abernathy, PA-C
""",
    "expected": E([L("11422"), L("12042")], topics=["coding-correction"]),
    "coder_note": "EX-1/EX-2: 0.9 + 0.4 = 1.3 cm on the hand (SNHFG) -> 11422 (as sent). REP-2: intermediate repair "
                  "of the hands is in the 12041-12047 group, not 12031-12037 -> 12042 for 3.2 cm.",
})

SCENARIOS.append({
    "id": "s11-rep-cheek-bcc-and-neck-sccis-two-groups",
    "family": "repair", "shape": "note-only",
    "description": "Same-day excisions of a cheek BCC and a neck SCC in situ with layered closures in two different "
                   "repair groups (face 2.4 cm, neck 3.0 cm).",
    "date": "2025-10-28", "provider": "halvorsen", "payer": "medicare",
    "patient": ("Dorsey", "Lillian", "1945-03-03", "female"),
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left cheek", reason=True),
        C("c2", "Carcinoma in situ of skin of scalp and neck", "D04.4", "Right lateral neck", reason=True),
    ],
    "prior": [PRIOR("2025-10-02", "11102", "Shave bx x2 (L cheek, R neck)", "Left cheek; right lateral neck")],
    "path": [
        {"text": "A (left cheek): basal cell carcinoma, nodular.", "site": "Left cheek", "date": "2025-10-06",
         "encounter": "enc-s11-rep-cheek-bcc-and-neck-sccis-two-groups-prior-1"},
        {"text": "B (right neck): squamous cell carcinoma in situ.", "site": "Right lateral neck",
         "date": "2025-10-06", "encounter": "enc-s11-rep-cheek-bcc-and-neck-sccis-two-groups-prior-1"},
        {"text": "A: basal cell carcinoma, nodular, margins clear. B: squamous cell carcinoma in situ, margins "
                 "clear.", "site": "Left cheek; right lateral neck", "date": "2025-10-31"},
    ],
    "note": """DERMATOLOGIC SURGERY NOTE - Kirsten Halvorsen, MD - 10/28/2025

S: 80 yo F for excision of two biopsy-proven skin cancers (shave biopsies 10/02/25): nodular BCC of the L cheek
and SCC in situ of the R lateral neck. Mohs was offered for the cheek; she declined because she wants both
treated in one short visit close to home. On aspirin 81 mg, continued.

O: L cheek: 0.6 cm pearly papule around the biopsy scar. R lateral neck: 0.8 cm scaly pink plaque around the
biopsy scar. No cervical LAD.

A:
1. Nodular BCC, L cheek
2. SCC in situ, R lateral neck

P: Excision of both today.

PROCEDURE 1 - L cheek: lesion 0.6 cm, marked with 4 mm margins, ellipse along the relaxed skin tension lines.
Lidocaine 1% with epinephrine. Excised to subcutaneous fat; specimen A tagged. Layered closure with buried 5-0
Monocryl and 6-0 nylon. Repair length 2.4 cm.

PROCEDURE 2 - R lateral neck: lesion 0.8 cm, marked with 4 mm margins. Excised to fat; specimen B tagged.
Layered closure with buried 4-0 Monocryl and 5-0 nylon. Repair length 3.0 cm.

Hemostasis with electrocautery at both sites. EBL minimal. No complications.
Sutures out: cheek in 6 days, neck in 10 days. Path will be called.
Kirsten Halvorsen, MD
""",
    "expected": E([L("11642"), L("12051"), L("11622"), L("12042")]),
    "coder_note": "EX-1/EX-2: cheek 0.6 + 0.8 = 1.4 cm (FEENLM) -> 11642; neck 0.8 + 0.8 = 1.6 cm (SNHFG), SCCIS is "
                  "malignant (EX-3) -> 11622. REP-1/REP-2: face and neck are different intermediate groups, not "
                  "summed: cheek 2.4 cm -> 12051, neck 3.0 cm -> 12042.",
})

# ---------------------------------------------------------------------------------------------- shave

SCENARIOS.append({
    "id": "s11-shave-neck-sk-and-bra-line-nevus",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals: irritated 0.8 cm SK of the neck and a 0.5 cm nevus on the back rubbed raw by a "
                   "bra strap.",
    "date": "2025-01-14", "provider": "abernathy", "payer": "commercial",
    "patient": ("Vance", "Harriet", "1970-08-18", "female"),
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Melanocytic nevi of trunk", "D22.5", "Right mid back at bra line", reason=True),
    ],
    "note": """A/P
1. Irritated seborrheic keratosis, R lateral neck, 0.8 cm - catches on her necklace clasp, bled twice this month,
   red and crusted today. Shave removal performed (below).
2. Nevus at the R mid-back bra line, 0.5 cm - rubbed raw by the strap repeatedly, crusted and sore.
   Benign-appearing on dermoscopy. Shave removal performed (below).
3. Several other SKs on the back, asymptomatic - left alone.

S
54 yo F, two spots that keep getting irritated. No personal or family history of melanoma.

O
R lateral neck: 0.8 cm verrucous stuck-on tan papule with erythema and hemorrhagic crust.
R mid back at bra line: 0.5 cm brown papule with erosion and crust.

PROCEDURE: shave removal x2
Consent signed. Alcohol prep, 1% lidocaine with epi. Each lesion removed in its entirety with a flexible blade
at the level of the superficial dermis, flush with the surrounding skin. Aluminum chloride hemostasis.
Petrolatum and bandage. Both specimens to pathology.

June Abernathy, PA-C
""",
    "expected": E([L("11306"), L("11300")]),
    "coder_note": "SH-1: neck is SNHFG, 0.8 cm -> 11306; back is TAL, 0.5 cm -> 11300. Symptomatic (bleeding, "
                  "inflamed, repeated trauma) so not cosmetic.",
})

SCENARIOS.append({
    "id": "s11-shave-bleeding-nasal-dorsum-lesion",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of a 1.2 cm bleeding lesion of the nasal dorsum (entire lesion removed); path "
                   "irritated SK.",
    "date": "2025-07-01", "provider": "okonkwo", "payer": "medicare",
    "patient": ("Huxley", "Gordon", "1940-12-11", "male"),
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Nasal dorsum", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [{"text": "Irritated seborrheic keratosis; no dysplasia or malignancy.", "site": "Nasal dorsum",
              "date": "2025-07-04"}],
    "note": """Progress note - Chidi Okonkwo, DO - 07/01/2025
Gordon Huxley, 84 M

#1 Bleeding papule, nasal dorsum
   Present ~1 year, grown over the last 3 months, bleeds when his glasses rub it. Exam: 1.2 cm raised,
   crusted, tan-pink papule on the mid nasal dorsum where the glasses bridge sits; dermoscopy with some
   keratin plugs, no arborizing vessels, but bleeding obscures the view.
   Procedure: shave removal. Consent signed. 1% lidocaine with epi 1 mL. The whole lesion was removed with a
   flexible blade down to the superficial dermis, flush with the skin; no residual lesion visible. Hemostasis
   with aluminum chloride and light electrocautery. Specimen to pathology. Petrolatum daily.
   If pathology shows a carcinoma we will discuss Mohs.

#2 History of BCC, right nasal ala, Mohs 2018 - no recurrence.

#3 Actinic damage - no discrete AKs today, nothing treated.

RTC 6 months.
""",
    "expected": E([L("11312")]),
    "coder_note": "BX-4/SH-1: the intent and documentation are removal of the whole lesion (not sampling) -> shave "
                  "removal; nose (FEENLM), 1.2 cm -> 11312. Bleeding with trauma from glasses supports coverage.",
})

SCENARIOS.append({
    "id": "s11-shave-scalp-forearm-earlobe",
    "family": "shave", "shape": "note-only",
    "description": "Three symptomatic shave removals in three site groups: scalp 0.4 cm, forearm 1.5 cm, earlobe "
                   "0.7 cm.",
    "date": "2025-09-02", "provider": "halvorsen", "payer": "commercial-uhc",
    "patient": ("Mercer", "Olivia", "1976-05-09", "female"),
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Scalp vertex; left forearm", reason=True),
        C("c2", "Melanocytic nevi of right ear and external auricular canal", "D22.21", "Right earlobe",
          reason=True),
    ],
    "note": """S: 49 yo F with three bothersome growths: (1) a scalp bump that her comb catches and makes bleed,
(2) an itchy, red, enlarging spot on the L forearm, and (3) a mole on the R earlobe that her earring back
rubs raw. All present for years; the forearm one has grown this summer.

O:
(1) Scalp vertex: 0.4 cm verrucous tan papule with hemorrhagic crust.
(2) L dorsal forearm: 1.5 cm stuck-on tan-brown plaque with surrounding erythema and excoriation.
(3) R earlobe, posterior: 0.7 cm soft flesh-colored papule with erosion at the earring contact point.

A:
(1) Irritated SK, scalp
(2) Inflamed SK, L forearm
(3) Traumatized intradermal nevus, R earlobe

P: Shave removal of all three today. Consent signed; risks including scar and recurrence reviewed. Each site
prepped with alcohol and anesthetized with 1% lidocaine with epinephrine. Each lesion removed entirely by
horizontal shave at the level of the superficial dermis, flush with the adjacent skin. Hemostasis with
aluminum chloride. Petrolatum and bandages. Three specimens labeled 1-3 to pathology.
Avoid earrings on the right for 2 weeks.

Kirsten Halvorsen, MD
""",
    "expected": E([L("11305"), L("11302"), L("11311")]),
    "coder_note": "SH-1: one code per lesion by site group and lesion diameter: scalp (SNHFG) 0.4 cm -> 11305; "
                  "forearm (TAL) 1.5 cm -> 11302; ear (FEENLM) 0.7 cm -> 11311. All symptomatic.",
})

# ---------------------------------------------------------------------------------------------- skin-tags

SCENARIOS.append({
    "id": "s11-tags-twenty-two-neck-axillae",
    "family": "skin-tags", "shape": "note-only",
    "description": "Removal of 22 irritated skin tags (neck 14, right axilla 5, left axilla 3).",
    "date": "2025-03-27", "provider": "lindgren", "payer": "commercial-cigna",
    "patient": ("Barlow", "Regina", "1969-06-23", "female"),
    "conditions": [C("c1", "Acrochordons, irritated", "L91.8", "Neck and axillae", reason=True)],
    "note": """Proc visit - A. Lindgren, NP - 03/27/25
- 55F, many tags neck & underarms, catch on necklaces and bra straps, several red and sore, 3 bled last wk
- exam: pedunculated skin-colored papules 1-4 mm:
  - neck: 14
  - R axilla: 5
  - L axilla: 3
  - several w/ erythema and hemorrhagic crust
- removed all 22 today w/ sterile curved iris scissors after topical LMX, AlCl hemostasis
- not sent to path
- pt aware more may form; RTC prn
""",
    "expected": E([L("11200"), L("11201")]),
    "coder_note": "Rule book 4.8/conventions: 22 tags -> 11200 (first 15) + 11201 x ceil((22-15)/10) = 1. "
                  "Symptomatic (irritated, bleeding), so not cosmetic.",
})

SCENARIOS.append({
    "id": "s11-tags-six-sent-as-six-units",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "EMA sent one 11200 per tag for six inflamed, bleeding tags; 11200 covers up to 15 tags in one "
                   "unit.",
    "date": "2025-06-26", "provider": "castellanos", "payer": "medicare",
    "patient": ("Pemberton", "Agnes", "1950-02-14", "female"),
    "conditions": [C("c1", "Acrochordons, inflamed", "L91.8", "Axillae and inframammary folds", reason=True)],
    "procedures": [
        P("Skin tag removal", cpt="11200", site="L axilla", reasons=["c1"]),
        P("Skin tag removal", cpt="11200", site="L axilla", reasons=["c1"]),
        P("Skin tag removal", cpt="11200", site="R axilla", reasons=["c1"]),
        P("Skin tag removal", cpt="11200", site="R axilla", reasons=["c1"]),
        P("Skin tag removal", cpt="11200", site="L inframammary fold", reasons=["c1"]),
        P("Skin tag removal", cpt="11200", site="L inframammary fold", reasons=["c1"]),
    ],
    "note": """PROCEDURE NOTE - SKIN TAG REMOVAL
PROVIDER: Ines Castellanos, PA-C    DATE: 06/26/2025
INDICATION: 75 y.o. female with skin tags in the axillae and under the left breast that are rubbed by her bra;
they are red and swollen, two bled onto her clothing this week, and one in the L axilla is twisted and dusky.
EXAM: 6 pedunculated tags, 2-5 mm: L axilla 2, R axilla 2, L inframammary fold 2. Erythema and edema at the base
of all six; hemorrhagic crust on two.
CONSENT: verbal ***
PROCEDURE: snip excision with sterile scissors after topical anesthetic, aluminum chloride hemostasis.
NUMBER REMOVED: 6
PATHOLOGY: not sent
FOLLOW-UP: prn
""",
    "expected": E([L("11200")], topics=["coding-correction"]),
    "coder_note": "Rule book 4.8: 11200 is one unit for up to 15 tags -> 11200 x1 for 6 tags. Inflamed, bleeding "
                  "tags meet BSL-3 (a, g), so covered for Medicare (no GY).",
})
