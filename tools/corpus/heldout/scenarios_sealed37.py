"""Sealed set 37 (s37-): county-hospital dermatology resident continuity clinic.

Harbor County Hospital, Dermatology Resident Continuity Clinic (general derm, procedure half-days, phototherapy
unit, patch-test clinic, Mohs half-day). Notes are resident SOAP notes (S: / O: / A/P:) with heavy shorthand and an
attending attestation; many carry copy-forward text from earlier visits that must not be coded again. Payers are
mostly Medicaid (uninsured patients on the hospital charity programme are billed as Medicaid here) with some Medicare.
Surgical pathology is read and billed by the hospital's pathology department, never by the clinic, so no 883xx lines.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: intralesional, incision & drainage, biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s37-ilk-acne-cysts-isotretinoin-start-25",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 6 acne cysts (1.5 mg TAC) plus isotretinoin work-up and Rx change; copy-forward prior ILK",
    "date": "2025-10-21",
    "patient": ("Villanueva", "Marisol", "2006-04-17", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, chest", reason=True),
    ],
    "note_title": "Derm Resident Clinic Progress Note",
    "note": """HARBOR COUNTY HOSPITAL - DERMATOLOGY RESIDENT CONTINUITY CLINIC
DOS 10/21/2025    Resident: P. Ferreira MD (PGY-3)    Attending: C. Okonkwo MD
Payer: Medicaid

S: 19 yo F w/ nodulocystic acne, RTC 8 wk. On doxy 100 mg BID x 5 mo + adapalene/BPO 2.5% qhs. Still getting
new painful cysts q1-2 wk, jawline + chest, now scarring. Wants "the stronger pill". LMP 10/09. Not sexually
active per pt (interviewed alone). No hx depression/SI, no IBD. PHQ-2 neg.
Interval hx (carried fwd from 08/19/25 note): s/p ILK 2.5 mg/mL to 3 cysts L jaw, 0.3 mL total, tolerated.

O: Well-appearing. Face: 4 tender inflamed cysts (R jaw x2, L jaw x1, chin x1), numerous inflammatory papules,
atrophic/boxcar scars bilat cheeks. Chest: 2 tender cysts presternal, scattered pustules. Back spared.

A/P:
#1 Nodulocystic acne, scarring, failed >3 mo oral abx + topical retinoid.
 - D/c doxy today.
 - Start isotretinoin work-up: iPLEDGE registration done in clinic, 2 forms of contraception counseled
   (pt chooses abstinence + OCP via PCP), baseline CMP, fasting lipids, urine hCG today, repeat hCG in 30 d.
 - Rx not sent yet - will start isotretinoin 0.5 mg/kg at next visit once 2nd neg hCG + labs back.
 - Cont adapalene/BPO. Moisturizer, lip balm.
 - Risks of isotretinoin (teratogenicity, mood, lipids, LFTs, dryness) reviewed w/ pt and mom by phone.
#2 Tender acne cysts x6 - ILK today.
 - Consent verbal. Alcohol prep. Kenalog-10 diluted w/ NS to 2.5 mg/mL; 0.1 mL into each of 6 cysts
   (R jaw x2, L jaw, chin, presternal x2). Total 0.6 mL = 1.5 mg TAC. No complications. Atrophy risk reviewed.
RTC 4 wk (isotretinoin start).

Attending attestation: I saw and examined the patient with Dr. Ferreira, reviewed the history and exam, and
agree with the assessment and plan as documented. I was present for the entire intralesional injection.
C. Okonkwo MD
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L70.0"]}),
    "coder_note": "Isotretinoin work-up/abx change is separate Rx management beyond the ILK decision -> 99214-25. "
                  "6 lesions -> 11900; 1.5 mg -> J3301 x1. Aug ILK is copy-forward history.",
})

SCENARIOS.append({
    "id": "s37-ilk-keloids-ears-chest-precoded-11901",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 3 keloids, Kenalog-40 2.0 mL (80 mg); pre-coded 11901 for 3 lesions",
    "date": "2025-11-05",
    "patient": ("Okeke", "Tobenna", "1998-02-09", "male"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Keloid, bilateral earlobes and presternal chest", "L91.0", "Bilateral earlobes, presternal chest",
          reason=True),
    ],
    "procedures": [
        P("Intralesional injection, keloids", "11901", "R earlobe, L earlobe, presternal chest",
          "3 keloids injected with triamcinolone acetonide 40 mg/mL undiluted via 30g needle: R earlobe 0.4 mL, "
          "L earlobe 0.5 mL, presternal 1.1 mL. Total 2.0 mL.", ["c1"]),
    ],
    "note_title": "Derm Clinic Procedure Note",
    "note": """HCH Dermatology Resident Clinic - procedure visit
DOS 11/05/25. Resident: K. Mensah MD (PGY-2). Attending: J. Abernathy MD. Payer: Medicaid MCO.

S: 27M, keloids both earlobes after piercing (2019) + presternal keloid after folliculitis. Itchy, growing per pt.
Here for ILK #3. Last ILK 10/01/25 (copied fwd: "Kenalog-40 1.6 mL total to 3 keloids, flattened ~30%").
Denies steroid side effects. No new lesions.
O: R earlobe keloid 1.4 x 1.1 cm, L earlobe 1.8 x 1.3 cm, presternal 3.2 x 1.5 cm firm pink plaque; softer
than prior, no atrophy/telangiectasia.
A/P: Keloids x3 (L91.0) - improving, pruritic.
 Proc: ILK. Verbal consent. ETOH prep. Kenalog-40 (40 mg/mL) UNdiluted: R ear 0.4 mL, L ear 0.5 mL,
 chest 1.1 mL = 2.0 mL = 80 mg TAC. Hemostasis w/ pressure. Tolerated.
 - Silicone gel sheets to chest qhs. Pressure earrings discussed - pt to buy.
 - Surgical excision + post-op ILK discussed for the L ear if plateaus - not today.
 - RTC 4-6 wk ILK #4.
Charge capture (resident): 11901, J3301 x 2 vials.

Attending: I was present for the procedure and agree with the resident's note. J. Abernathy MD
""",
    "expected": E([L("11900"), L("J3301", 8)], topics=["coding-correction"], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions -> 11900 (11901 is >7). J3301 is per 10 mg: 2.0 mL x 40 mg/mL = 80 mg -> 8 units, not "
                  "vials. Excision is a hypothetical.",
})

SCENARIOS.append({
    "id": "s37-ilk-nine-keloids-chest-back-free-text",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to nine post-acne keloids (46 mg TAC) - 11901 and J3301 x5",
    "date": "2025-11-12",
    "patient": ("Desrosiers", "Nadege", "1991-08-30", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Keloids of chest, shoulders and upper back", "L91.0", "Chest, shoulders, upper back", reason=True),
        C("c2", "Acne vulgaris, inactive", "L70.0", "Face", history=True),
    ],
    "procedures": [
        P("Intralesional triamcinolone - keloids", None, "Presternal chest, bilateral shoulders, upper back",
          "TAC 10 mg/mL. Presternal x3 (0.6, 0.5, 0.5 mL), L shoulder x2 (0.6, 0.4 mL), R shoulder x2 (0.5, "
          "0.5 mL), upper back x2 (0.5, 0.5 mL). Total 4.6 mL.", ["c1"]),
    ],
    "note_title": "Dermatology Resident Clinic Note",
    "note": """Harbor County Hospital Dermatology - Resident Continuity Clinic
DOS: 11/12/2025   Resident: Omar Haddad MD (PGY-2)   Attending: Samuel Weiss MD
Pt: 34F. Coverage: charity care program (billed as Medicaid).

S: Multiple post-acne keloids chest/shoulders/back, painful + itchy, catching on bra straps. Acne itself quiet
x1 yr off all meds. Prior tx (per 09/2025 note, copied): "ILK 10 mg/mL to 6 keloids, total 3.0 mL" - modest
response. Wants all of them done today.

O: Firm pink-red keloidal papules/plaques: presternal (3), L deltoid/shoulder (2), R shoulder (2), upper
mid-back (2) - nine total, 0.6-2.1 cm. No active acne lesions.

A/P:
1. Keloids, nine lesions, symptomatic.
   ILK performed: nine keloids, triamcinolone acetonide 10 mg/mL, 0.4-0.6 mL per lesion (see procedure log),
   total 4.6 mL = 46 mg. Consent obtained; risks of atrophy/hypopigmentation reviewed. EBL nil.
   Cont silicone sheeting. Consider 5-FU mix next time if plateau.
2. Acne - inactive, no tx needed.
RTC 6 wk.

Attending attestation: Seen and examined with the resident; I was present for the key and critical portions
of the procedure and agree with the documentation above. S. Weiss MD
""",
    "expected": E([L("11901"), L("J3301", 5)], dx={"11901": ["L91.0"]}),
    "coder_note": "Nine lesions -> 11901 (more than 7). 4.6 mL x 10 mg/mL = 46 mg -> J3301 x5 (ceil). No E/M selected.",
})

SCENARIOS.append({
    "id": "s37-ilk-acne-cysts-procedure-visit-em-removed",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Scheduled ILK-only visit for 4 acne cysts; resident-selected 99213 has no separate work",
    "date": "2025-11-18",
    "patient": ("Barrios", "Joaquin", "2009-01-23", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 15, "em": "99213",
    "conditions": [
        C("c1", "Acne vulgaris with inflamed cysts", "L70.0", "Face", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, acne cysts", "11900", "Face (forehead, L cheek x2, chin)",
          "TAC 5 mg/mL, 0.2 mL into each of 4 cysts.", ["c1"]),
    ],
    "note_title": "Resident Clinic - Procedure Visit",
    "note": """HCH Derm Resident Clinic - PROCEDURE VISIT (scheduled ILK slot)
DOS 11/18/25 | Resident: B. Solano MD (PGY-3) | Attending: I. Castellanos MD | Medicaid

S: 16 yo M here only for cyst injections as planned at last visit. 4 tender cysts x 1 wk. Mom present.
----- copied from 10/14/25 A/P -----
Acne vulgaris, mod-severe: cont doxy 100 mg daily, tretinoin 0.05% cr qhs; consider isotretinoin if
inadequate by Jan. ILK PRN for cysts.
-----------------------------------
Today: regimen unchanged, not re-evaluated this visit (full f/u already booked 01/2026).

O: 4 inflamed tender cysts - forehead (1), L cheek (2), chin (1), each ~0.8-1.0 cm.

A/P: Inflamed acne cysts x4.
 ILK: verbal consent from mom/pt. Kenalog-10 diluted to 5 mg/mL, 0.2 mL per cyst x4 = 0.8 mL (4 mg).
 Tolerated well. Warm compresses. Call if skin dimpling.
 No other issues addressed.

Attending: I supervised the procedure, present throughout. Agree w/ above. I. Castellanos MD
""",
    "expected": E([L("11900"), L("J3301")], dx={"11900": ["L70.0"]}),
    "coder_note": "Only work is the planned ILK (GS-3): the 99213 is removed; the acne regimen text is copy-forward "
                  "and explicitly not re-evaluated. 4 mg -> J3301 x1.",
})

SCENARIOS.append({
    "id": "s37-id-axilla-abscess-single-walkin",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a single left axillary abscess, new walk-in, no E/M selected",
    "date": "2025-10-09",
    "patient": ("Haskins", "Dwayne", "1994-06-12", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "note_title": "Dermatology Urgent Slot Note",
    "note": """HARBOR COUNTY HOSPITAL DERMATOLOGY - resident urgent/add-on slot
DOS 10/09/2025. Resident: L. Tseng MD (PGY-4). Attending: R. Santos MD. Medicaid.

S: 31M sent from ED fast-track for "boil" L armpit x 5 d, worsening pain, no fevers. First ever - no hx
recurrent boils, no draining tracts, no groin/buttock lesions. Shaves axillae. NKDA. No DM.

O: T 98.9. L axilla: 3.0 x 2.5 cm fluctuant tender erythematous nodule with central pustule; no
sinus tracts, no comedones, no scarring. R axilla clear. No LAD.

A/P: Abscess L axilla (simple, single).
 I&D: consent. Betadine, 1% lido w/ epi 3 mL. #11 blade 1 cm incision, ~4 mL purulent material
 expressed, single cavity - no loculations found on probing. Irrigated NS. Small cavity, not packed.
 Culture sent. Dry gauze.
 - Warm compresses TID, no Abx needed after adequate drainage unless cx/cellulitis.
 - If recurrent: eval for HS and MRSA decolonization (not indicated today).
 - RTC PRN / wound check 1 wk w/ PCP.

Attending: I was present for the entire I&D and agree with the findings and plan. R. Santos MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single, simple abscess, no loculations/packing -> 10060. HS/MRSA are hypotheticals. No E/M selected.",
})

SCENARIOS.append({
    "id": "s37-id-two-abscesses-precoded-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two abscesses (R buttock, L thigh) drained; pre-coded 10060 twice -> 10061 once",
    "date": "2025-10-16",
    "patient": ("Pruitt", "Sharonda", "1980-12-03", "female"),
    "provider": "lindgren", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
        C("c2", "Cutaneous abscess of left lower limb", "L02.416", "Left medial thigh", reason=True),
        C("c3", "Type 2 diabetes mellitus without complications", "E11.9", history=True),
    ],
    "procedures": [
        P("I&D abscess", "10060", "Right buttock",
          "4 cm fluctuant abscess; incised, loculations broken with hemostat, packed with 1/4 in iodoform.",
          ["c1"]),
        P("I&D abscess", "10060", "Left medial thigh",
          "2 cm abscess, incised and drained, irrigated, not packed.", ["c2"]),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH DERM CONTINUITY CLINIC
DOS 10/16/25  Res: Dr. Omar Haddad (PGY-2)  Attending: Dr. Astrid Lindgren  Payer: Medicaid MCO

S: 45F w/ T2DM (A1c 7.1 in Aug per PCP) - two painful boils x 4 days, R buttock + L inner thigh. No fever.
Prior: "I&D L thigh furuncle 03/2025 at urgent care" (from outside records, copied).
O: R buttock 4 cm fluctuant, indurated abscess w/ surrounding erythema 6 cm. L medial thigh 2 cm fluctuant
abscess. Afebrile.
A/P: Abscesses x2 (R buttock, L thigh).
 - I&D both sites (see proc notes): buttock - loculated, broke up w/ hemostat, packed; thigh - simple.
 - Cx sent. TMP-SMX DS BID x 7 d (erythema > 5 cm around buttock site).
 - Packing removal RN visit 2 d.
 - Bleach baths / chlorhexidine wash for decolonization if recurs.

Attending: Present for both procedures; agree. A. Lindgren MD
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "Two abscesses drained at one session = multiple -> 10061 x1 (10060 MUE 1; 10061/10060 family). "
                  "Prior urgent-care I&D is outside history.",
})

SCENARIOS.append({
    "id": "s37-id-inflamed-cyst-mtx-psoriasis-medicare",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Medicare: MTX psoriasis follow-up with labs + I&D of inflamed back cyst; 99214-25, no G2211",
    "date": "2025-12-02",
    "patient": ("Kowalczyk", "Bernard", "1956-09-14", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris on methotrexate", "L40.0", "Trunk, extremities", reason=True),
        C("c2", "Epidermal cyst, inflamed, upper back", "L72.0", "Upper back, midline", reason=True),
        C("c3", "Long term (current) use of methotrexate", "Z79.631", history=True),
    ],
    "procedures": [
        P("I&D inflamed epidermoid cyst", None, "Upper back, midline",
          "Fluctuant 2.5 cm inflamed cyst. 1 cm stab incision, cheesy purulent material and cyst debris "
          "expressed, cavity irrigated, loosely packed 1/4 in plain gauze.", ["c2"]),
    ],
    "note_title": "Dermatology Resident Clinic Note",
    "note": """HARBOR COUNTY HOSP - DERM RESIDENT CONTINUITY CLINIC
DOS: 12/02/2025. Resident: Beatriz Solano MD (PGY-3). Attending: Chidi Okonkwo MD. Medicare Part B.

S: 69M plaque psoriasis on MTX 15 mg PO weekly + folic acid 1 mg daily (since 03/2025), here for q3mo f/u.
BSA improved ~12% -> 3%. No mouth sores, no SOB/cough, drinks 0-1 beer/wk. Also new painful lump upper back
x 1 wk, "it popped a little".
Copied from 09/02 visit: "LN2 x 3 AKs scalp" - no scalp complaints today.

O: Residual thin plaques elbows/knees, BSA ~3%. Upper back midline: 2.5 cm fluctuant, tender, erythematous
cyst with punctum. Scalp: no AKs seen today.
Labs 11/25/25 reviewed: CBC nl (WBC 6.1, plt 221), CMP - AST 28 / ALT 31, Cr 0.9. 

A/P:
1. Psoriasis vulgaris, improving on MTX. Labs reviewed, no toxicity. Cont MTX 15 mg weekly + folate.
   Repeat CBC/CMP in 3 mo. Annual liver fibrosis assessment (FibroScan) ordered. Counseled re EtOH.
2. Inflamed epidermoid cyst upper back - I&D today (see proc). Wound care handout. Excise once quiet,
   in ~2-3 mo, if it recurs.
RTC 3 mo.

Attending attestation: I personally saw the patient, reviewed labs and MTX monitoring with the resident and
agree with the plan; I was present for the I&D. C. Okonkwo MD
""",
    "expected": E([L("99214", 1, "25"), L("10060")], dx={"10060": ["L72.0"], "99214": ["L40.0"]}),
    "coder_note": "MTX toxicity monitoring is separate E/M work -> 99214-25. G2211 is not billable with a modifier-25 "
                  "E/M (EM-6). Future excision and old LN2 are not coded.",
})

SCENARIOS.append({
    "id": "s37-bx-punch-plus-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx R shin + tangential bx L back and L cheek -> 11104 + 11103 x2",
    "date": "2025-10-23",
    "patient": ("Greenleaf", "Tamika", "1973-03-28", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Hypertrophic lichen planus, right shin", "L43.0", "Right anterior shin", reason=True),
        C("c2", "Dysplastic compound nevus, left upper back", "D22.5", "Left upper back", reason=True),
        C("c3", "Basal cell carcinoma, left cheek", "C44.319", "Left cheek", reason=True),
    ],
    "path": [
        {"text": "A. Skin, right shin, punch: hypertrophic lichen planus.", "site": "Right shin"},
        {"text": "B. Skin, left upper back, shave: compound dysplastic nevus with moderate atypia, "
                 "extending to a peripheral edge.", "site": "Left upper back"},
        {"text": "C. Skin, left cheek, shave: basal cell carcinoma, nodular type.", "site": "Left cheek"},
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH Dermatology Resident Continuity Clinic
DOS 10/23/2025 - Resident: Kwame Mensah MD (PGY-2) - Attending: June Abernathy MD - Medicaid

S: 52F, itchy thick plaque R shin x 8 mo, failed OTC HC. Also "mole on back getting darker" and a pink
bump on L cheek that bleeds w/ washing x 3 mo.
PMH (copied fwd 06/2025): "bx R upper arm 06/12/25 = dermatofibroma, no further tx".

O: R ant shin: 3 x 2 cm violaceous hyperkeratotic plaque, Wickham striae on derm.
L upper back: 7 mm irregularly pigmented macule, asymmetric network on dermoscopy.
L cheek: 5 mm pearly papule w/ arborizing vessels.
R upper arm bx scar well healed.

A/P: 
1. Plaque R shin - ddx hypertrophic LP vs LSC -> 4 mm punch bx, 1 simple suture.
2. Atypical pigmented lesion L upper back - tangential (scoop shave) bx, sampled for dx.
3. Pink papule L cheek, r/o BCC - tangential bx.
 All consented, lido w/ epi, hemostasis AlCl3 (#2, #3). Specimens to HCH surgical path.
 - Clobetasol 0.05% oint to shin pending path.
 - Will call w/ results; if BCC -> discuss Mohs vs excision.
RTC 2 wk suture removal / path review.

Attending: I was present for the biopsies and agree with the resident's assessment and plan. J. Abernathy MD
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["L43.0"]}),
    "coder_note": "BX-2: punch ranks above tangential -> 11104 primary, each tangential bx 11103. No E/M selected; "
                  "June biopsy is history. Path read by hospital pathology.",
})

SCENARIOS.append({
    "id": "s37-bx-precoded-deleted-11100-medicare",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Medicare melanoma-history FBSE + rosacea Rx; two tangential bx pre-coded 11100/11101",
    "date": "2025-11-06",
    "patient": ("Fairbanks", "Leland", "1954-07-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right upper arm", "D04.61", "Right upper arm", reason=True),
        C("c2", "Solar lentigo, left posterior shoulder", "L81.4", "Left posterior shoulder", reason=True),
        C("c3", "Rosacea", "L71.9", "Central face", reason=True),
        C("c4", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
    ],
    "procedures": [
        P("Skin biopsy", "11100", "Right upper arm",
          "Tangential (shave) biopsy of 8 mm pink scaly papule, AlCl3 hemostasis.", ["c1"]),
        P("Skin biopsy, each additional lesion", "11101", "Left posterior shoulder",
          "Tangential (shave) biopsy of 6 mm irregular brown macule.", ["c2"]),
    ],
    "path": [
        {"text": "Right upper arm, shave biopsy: squamous cell carcinoma in situ (Bowen disease).",
         "site": "Right upper arm"},
        {"text": "Left posterior shoulder, shave biopsy: solar lentigo. No melanocytic atypia.",
         "site": "Left posterior shoulder"},
    ],
    "note_title": "Derm Resident Clinic - Skin Surveillance",
    "note": """HCH DERM RESIDENT CLINIC. DOS 11/06/2025. Res: L. Tseng MD (PGY-4). Att: S. Weiss MD. Medicare.

S: 71M, hx melanoma L calf 2019 (WLE, stage IA, Z85.820), q6mo FBSE. Also rosacea flaring - burning,
flushing, papules x 2 mo; metronidazole gel not helping.
(Copied from 05/2025 note: "FBSE - no suspicious lesions; L calf scar w/o recurrence".)

O: FBSE (scalp to toes incl. genitals deferred per pt): L calf WLE scar - no nodules, no pigment. No LAD
inguinal/popliteal. R upper arm 8 mm pink scaly papule. L post shoulder 6 mm irregular brown macule (new vs
2025 photos). Face: central erythema, papulopustules cheeks/chin.

A/P:
1. Hx melanoma - NED on exam today. Cont q6mo FBSE.
2. R upper arm papule r/o SCC/SCCIS - shave bx.
3. L shoulder macule, new, r/o atypical melanocytic lesion - shave bx.
4. Papulopustular rosacea, flaring - d/c metronidazole; start ivermectin 1% cream qd + doxycycline 40 mg
   MR daily x 12 wk. Trigger avoidance, SPF.
Path to HCH lab; call w/ results.

Attending: I examined the pt with Dr. Tseng, agree w/ plan, present for both biopsies. S. Weiss MD
""",
    "expected": E([L("99213", 1, "25"), L("11102"), L("11103")], topics=["invalid-code"],
                  dx={"11102": ["D04.61"]}),
    "coder_note": "11100/11101 deleted 2019 -> 11102 + 11103 (BX-1). Rosacea Rx management and melanoma surveillance "
                  "are separate from the biopsy decision -> 99213-25.",
})

SCENARIOS.append({
    "id": "s37-bx-incisional-wedge-plus-punch",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge bx L shin nodule + 4 mm punch of separate R thigh purpuric papule",
    "date": "2025-12-09",
    "patient": ("Achterberg", "Lena", "1987-05-05", "female"),
    "provider": "lindgren", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Erythema nodosum", "L52", "Left anterior shin", reason=True),
        C("c2", "Cutaneous small-vessel vasculitis", "L95.9", "Right lateral thigh", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy (deep wedge to subcutis)", None, "Left anterior shin",
          "Tender 3 cm erythematous nodule. Fusiform wedge with #15 blade down into subcutaneous fat, "
          "1.5 cm long; closed with 4-0 nylon simple interrupted.", ["c1"]),
        P("Punch biopsy 4 mm", None, "Right lateral thigh",
          "Separate palpable purpuric papule; 4 mm punch, 1 suture.", ["c2"]),
    ],
    "path": [
        {"text": "Left shin, incisional: septal panniculitis without vasculitis, consistent with erythema nodosum.",
         "site": "Left shin"},
        {"text": "Right thigh, punch: leukocytoclastic vasculitis.", "site": "Right thigh"},
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """Harbor County Hosp. Derm Resident Clinic
DOS 12/09/2025 | Res: P. Ferreira (PGY-3) | Attending: A. Lindgren | Medicaid

S: 38F painful red bumps both shins x 3 wk + few "blood spots" R thigh x 1 wk. Recent strep throat (Nov).
No new meds except amox course. No joint pain, no GI sx.

O: Bilat ant shins: several 2-4 cm tender, warm, ill-defined erythematous nodules. R lat thigh: scattered
2-3 mm palpable purpuric papules. No ulcers.

A/P:
1. Painful nodules shins - EN vs other panniculitis. Punch too superficial for fat -> deep incisional
   (wedge) bx L shin, done.
2. Palpable purpura R thigh - r/o LCV -> 4 mm punch bx (separate lesion), done.
   DIF not sent (pt declined additional bx).
 - Labs: CBC, CMP, UA, ASO, CXR. NSAIDs, leg elevation, compression.
 - Specimens to HCH path.
RTC 10-14 d suture removal/results.

Attending: I was present for both biopsies, agree w/ findings and plan. A. Lindgren MD
""",
    "expected": E([L("11106"), L("11105")], dx={"11106": ["L52"]}),
    "coder_note": "BX-2: incisional (blade, full thickness) is the primary 11106; the punch of a separate lesion is "
                  "11105. DIF declined, not done. No E/M selected.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: shave removal, benign and malignant excision, Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s37-shave-nevus-bra-strap-bleeding",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal 0.7 cm traumatized nevus L mid back (bleeds on bra strap) -> 11301",
    "date": "2025-10-28",
    "patient": ("Lindahl", "Kayla", "1996-11-02", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Compound melanocytic nevus, left mid back, traumatized", "D22.5", "Left mid back", reason=True),
    ],
    "path": [
        {"text": "Skin, left mid back, shave removal: compound melanocytic nevus, no atypia, excoriated.",
         "site": "Left mid back"},
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH DERMATOLOGY - RESIDENT CONTINUITY CLINIC
DOS 10/28/25 / Res: O. Haddad MD (PGY-2) / Att: I. Castellanos MD / Medicaid

S: 29F, raised mole L mid back right under bra strap; rubs, has bled onto clothing twice in last month,
sore. Wants it off. No FHx melanoma.
Copied fwd (09/16/25): "LN2 to wart R thumb x1 - resolved per pt".

O: L mid back at bra line: 0.7 x 0.6 cm soft tan dome-shaped papule, hemorrhagic crust, excoriated.
Dermoscopy: globular pattern, symmetric. R thumb: no residual wart.

A/P: Traumatized compound-appearing nevus L back, symptomatic (bleeding, irritation from strap).
 Shave removal: consent, lido w/ epi, flexible blade shave flush with skin, entire lesion removed,
 AlCl3 hemostasis, vaseline + bandage. Specimen to HCH path.
 - Will call w/ path. Wound care reviewed.
 - Thumb wart resolved, nothing further.

Attending: I was present for the procedure; agree with note. I. Castellanos MD
""",
    "expected": E([L("11301")], dx={"11301": ["D22.5"]}),
    "coder_note": "Intent = removal of the whole lesion (BX-4) -> shave removal, trunk 0.7 cm -> 11301. Bleeding/"
                  "trauma documented. Old LN2 is copy-forward.",
})

SCENARIOS.append({
    "id": "s37-shave-precoded-ear-and-scalp-bands",
    "family": "shave", "shape": "pre-coded",
    "description": "Inflamed SKs L helix 0.4 cm and scalp 1.2 cm, both pre-coded 11300 -> 11310 + 11307",
    "date": "2025-11-13",
    "patient": ("Dumont", "Gerard", "1951-01-30", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left helix", "L82.0", "Left helix", reason=True),
        C("c2", "Inflamed seborrheic keratosis, scalp vertex", "L82.0", "Scalp, vertex", reason=True),
    ],
    "procedures": [
        P("Shave removal", "11300", "Left ear, helical rim",
          "0.4 cm crusted irritated papule, rubs on CPAP strap/glasses; shaved flush, AlCl3.", ["c1"]),
        P("Shave removal", "11300", "Scalp, vertex",
          "1.2 cm verrucous plaque, bleeds with combing, itchy; shaved, electrocautery for hemostasis.", ["c2"]),
    ],
    "path": [
        {"text": "A. Left helix: irritated seborrheic keratosis. B. Scalp: irritated seborrheic keratosis with "
                 "squamous eddies; no dysplasia.", "site": "Left helix; scalp"},
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HARBOR COUNTY HOSPITAL DERM CLINIC (resident)
DOS 11/13/2025  Resident: Lauren Tseng MD (PGY-4)  Attending: Chidi Okonkwo MD  Humana Medicare Adv.

S: 74M w/ 2 sore "scabs": L ear rim - rubs on CPAP mask strap & glasses, crusts/bleeds; top of scalp - itchy,
bleeds when he combs. x 4-6 mo.
O: L helical rim: 0.4 cm crusted inflamed stuck-on papule, erythematous rim. Vertex scalp: 1.2 cm
verrucous brown plaque with hemorrhagic crust. Several other flat SKs on back - asymptomatic, left alone.
A/P: Inflamed/irritated SKs x2, symptomatic (bleeding, friction) -> shave removal both, path to HCH.
 Asymptomatic SKs on back: reassurance only, no tx.
 F/u PRN.
Resident charge entry: 11300 x2.

Attending: present for both removals, agree. C. Okonkwo MD
""",
    "expected": E([L("11310"), L("11307")], topics=["coding-correction"],
                  dx={"11310": ["L82.0"], "11307": ["L82.0"]}),
    "coder_note": "SH-1: ear is FEENLM (0.4 cm -> 11310); scalp is SNHFG (1.2 cm -> 11307). Untreated back SKs not coded.",
})

SCENARIOS.append({
    "id": "s37-shave-neck-sized-forearm-no-size",
    "family": "shave", "shape": "free-text",
    "description": "Two irritated SK shave removals; neck 0.3 cm coded, forearm lesion size not documented",
    "date": "2025-12-04",
    "patient": ("Mbatha", "Sipho", "1967-04-21", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right neck", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left forearm", "L82.0", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Shave removal", None, "Right lateral neck",
          "0.3 cm pedunculated irritated SK, catches on work collar and bleeds. Shaved flush, AlCl3.", ["c1"]),
        P("Shave removal", None, "Left dorsal forearm",
          "Irritated, itchy, crusted SK - shaved flush, AlCl3, bandaid.", ["c2"]),
    ],
    "path": [
        {"text": "A. R neck: irritated seborrheic keratosis. B. L forearm: irritated seborrheic keratosis.",
         "site": "Right neck; left forearm"},
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH Dermatology Resident Continuity Clinic - DOS 12/04/25
Res: K. Mensah MD (PGY-2) - Attending: R. Santos MD - Medicaid

S: 58M security guard, 2 "growths" - one on R neck catches on uniform collar, bleeds weekly; one on L
forearm itchy, scratches it raw. Wants both off.
O: R lat neck 0.3 cm pedunculated brown papule w/ heme crust. L dorsal forearm: crusted, excoriated
stuck-on brown papule (irritated SK). 
A/P: Irritated SKs x2, symptomatic - shave removal x2 today (see proc). Path to HCH.
 Rest of skin not examined today (pt declined FBSE, in a hurry).
RTC PRN.

Attending: I was present for both shave removals and agree. R. Santos MD
""",
    "expected": E([L("11305")], topics=["missing-documentation"], dx={"11305": ["L82.0"]}),
    "coder_note": "Neck is SNHFG, 0.3 cm -> 11305. The forearm shave has no lesion size anywhere -> no line, "
                  "missing-documentation (README Coding decisions).",
})

SCENARIOS.append({
    "id": "s37-exb-back-cyst-layered-closure",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision 2.2 cm recurrently inflamed EIC upper back, 2 mm margins (2.6 cm) + 4.0 cm layered closure",
    "date": "2025-11-04",
    "patient": ("Ruelas", "Hector", "1984-10-08", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, upper back", "L72.0", "Upper back, right of midline", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with foreign-body "
                 "giant cell reaction. Margins free.", "site": "Upper back"},
    ],
    "note_title": "Derm Resident Clinic - Procedure Note",
    "note": """HARBOR COUNTY HOSPITAL DERMATOLOGY - RESIDENT PROCEDURE CLINIC
DOS 11/04/2025. Resident: Priya Ferreira MD (PGY-3). Attending: Samuel Weiss MD. Medicaid.

S: 41M w/ cyst R upper back x 3 yr, inflamed 3x this yr, drains foul material, painful lying supine.
Copied fwd from ED record: "I&D upper back cyst 09/03/25, packed" - healed. Quiet x 6 wk, here for excision.

O: R upper back paramedian: 2.2 x 1.8 cm mobile subcutaneous cyst w/ punctum, no fluctuance, no erythema.

Procedure: EXCISION, BENIGN, R UPPER BACK
 Consent signed. Time-out. Lesion measured 2.2 cm greatest diameter; 2 mm margins marked -> excised
 diameter 2.6 cm. 1% lido w/ epi 8 mL. Fusiform excision to subcutaneous fat, cyst removed intact with
 punctum. Wound 4.0 cm long after undermining.
 REPAIR: layered closure - 4-0 Vicryl buried dermal sutures (deep layer), 4-0 nylon simple interrupted
 (superficial). Final length 4.0 cm. EBL < 5 mL. Specimen to HCH path.
 Dressing: vaseline, Telfa, paper tape.

A/P: EIC R upper back, recurrently inflamed - excised, intermediate closure.
 - Wound care, Tylenol PRN.
 - Suture removal 12-14 d.

Attending attestation: I was present for the entire procedure and agree with the documentation. S. Weiss MD
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.2 + 2 x 0.2 = 2.6 cm trunk -> 11403. Layered closure 4.0 cm trunk -> 12032 (EX-5). "
                  "ED I&D is history.",
})

SCENARIOS.append({
    "id": "s37-exb-pilar-cyst-scalp-precoded-site",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pilar cyst scalp 1.5 cm + 1 mm margins (1.7 cm) pre-coded as trunk 11402; 2.4 cm layered closure",
    "date": "2025-11-20",
    "patient": ("Whitcomb", "Loretta", "1975-02-14", "female"),
    "provider": "lindgren", "payer": "medicaid-mco", "minutes": 45,
    "conditions": [
        C("c1", "Pilar cyst, scalp vertex", "L72.11", "Scalp, vertex", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion", "11402", "Scalp, vertex",
          "Tender pilar cyst 1.5 cm, 1 mm margin, excised intact.", ["c1"]),
        P("Intermediate repair", "12031", "Scalp, vertex",
          "Layered closure: 4-0 Monocryl deep, staples superficial. Length 2.4 cm.", ["c1"]),
    ],
    "path": [
        {"text": "Scalp, excision: trichilemmal (pilar) cyst.", "site": "Scalp"},
    ],
    "note_title": "Derm Resident Clinic - Procedure Note",
    "note": """HCH Derm Resident Clinic -- procedure
DOS 11/20/25. Res: B. Solano MD (PGY-3). Att: A. Lindgren MD. Medicaid MCO.

S: 50F, painful lump top of scalp x 2 yr, hurts when brushing hair / wearing headwrap. Mom and sister
have "the same bumps". 
O: Vertex scalp 1.5 cm firm, mobile, smooth subcutaneous nodule, tender. No punctum.
Proc: Excision. Consent. Lido w/ epi. Lesion 1.5 cm, 1 mm margins (excised diameter 1.7 cm). Incised,
cyst delivered intact. Layered closure - 4-0 Monocryl deep dermal, staples - 2.4 cm. Hemostasis
pressure + cautery. Path to HCH.
A/P: Pilar cyst scalp, symptomatic - excised, layered closure. Staples out 10 d.
 Other scalp nodules? none palpated today.
Resident charges: 11402, 12031.

Attending: present for entire procedure. A. Lindgren MD
""",
    "expected": E([L("11422"), L("12031")], topics=["coding-correction"], dx={"11422": ["L72.11"]}),
    "coder_note": "Scalp is SNHFG for excision: 1.5 + 0.2 = 1.7 cm -> 11422 (not trunk 11402). Scalp intermediate "
                  "repair is in the 12031 group (<= 2.5 cm) - correct as sent.",
})

SCENARIOS.append({
    "id": "s37-exb-thigh-df-ellipse-only-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision L thigh dermatofibroma documented only by ellipse size; layered closure 3.0 cm kept",
    "date": "2025-12-11",
    "patient": ("Serrano", "Yesenia", "1992-07-27", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Dermatofibroma, left thigh", "D23.72", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Excision of lesion L thigh", None, "Left anterior thigh",
          "Fusiform ellipse 3.0 x 1.0 cm excised to fat around firm papule.", ["c1"]),
        P("Layered closure", None, "Left anterior thigh",
          "Deep 4-0 Vicryl, superficial 4-0 nylon running. Length 3.0 cm.", ["c1"]),
    ],
    "path": [
        {"text": "Skin, left thigh, excision: dermatofibroma (benign fibrous histiocytoma), completely excised. "
                 "Specimen 3.0 x 1.0 x 0.6 cm.", "site": "Left thigh"},
    ],
    "note_title": "Derm Resident Clinic - Procedure Note",
    "note": """HCH DERM RESIDENT CONTINUITY CLINIC
DOS 12/11/2025 | Resident: Kwame Mensah MD (PGY-2) | Attending: June Abernathy MD | Medicaid

S: 33F, firm bump L thigh, painful, nicks it shaving every week -> bleeds. Prior punch bx 10/2025 (other
clinic) "c/w DF". Wants it out.
O: L ant thigh firm pink-brown papule w/ dimple sign, excoriated.
Proc: Excision L thigh. Consent/time-out. Lido w/ epi. Fusiform ellipse 3.0 x 1.0 cm incised around the
lesion w/ margin, removed to fat. Layered closure (4-0 Vicryl deep / 4-0 nylon) 3.0 cm. Path to HCH.
(Lesion diameter pre-excision not recorded.)
A/P: DF L thigh, symptomatic (bleeding w/ trauma) - excised. Sutures out 2 wk.

Attending: I was present for the procedure and agree. J. Abernathy MD
""",
    "expected": E([L("12032")], topics=["missing-documentation"], dx={"12032": ["D23.72"]}),
    "coder_note": "EX-1: excision size = lesion diameter + margins, never the ellipse or the path specimen size; no "
                  "lesion diameter -> no excision line + missing-documentation. Layered closure 3.0 cm leg -> 12032.",
})

SCENARIOS.append({
    "id": "s37-exm-bcc-back-intermediate-medicare",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Medicare: excision of biopsy-proven BCC R upper back 1.1 cm + 4 mm margins (1.9 cm) + 4.5 cm layered",
    "date": "2025-10-28",
    "patient": ("Haverford", "Clement", "1959-03-03", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp", history=True),
    ],
    "path": [
        {"text": "Skin, right upper back, excision: basal cell carcinoma, nodular; margins free (closest 3 mm).",
         "site": "Right upper back"},
    ],
    "note_title": "Derm Resident Clinic - Procedure Note",
    "note": """HARBOR COUNTY HOSPITAL - DERMATOLOGY RESIDENT CLINIC
DOS 10/28/2025. Resident: Lauren Tseng MD (PGY-4). Attending: Rafael Santos MD. Medicare Part B.

S: 66M here for excision of BCC R upper back.
--- copied forward from 10/07/25 visit ---
"Shave bx R upper back pink papule -> nodular BCC (HCH path S25-4471). LN2 x5 AKs scalp. Plan: excision."
------------------------------------------
No new complaints. No anticoag.

O: R upper back: 1.1 cm pearly pink papule with healed bx site. Scalp: no AKs today.

PROCEDURE: Excision, malignant, R upper back.
 Consent, time-out. Lesion 1.1 cm; 4 mm margins marked (excised diameter 1.9 cm). 1% lido w/ epi 10 mL.
 Fusiform excision to mid-fat. Undermined. Layered repair: 3-0 Vicryl deep, 4-0 Prolene running
 subcuticular. Length 4.5 cm. Path to HCH (margins).
A/P: Nodular BCC R upper back - excised. Sutures out 14 d. Skin check 6 mo.

Attending: I was present for the entire excision and repair; agree with the resident's documentation.
R. Santos MD
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1/EX-2: 1.1 + 0.8 = 1.9 cm trunk malignant -> 11602; layered 4.5 cm trunk -> 12032. The Oct "
                  "biopsy and AK LN2 are copy-forward (and >10 days ago).",
})

SCENARIOS.append({
    "id": "s37-exm-hand-scc-vs-ka-path-malignant",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision R dorsal hand nodule (0.8 cm + 3 mm = 1.4 cm), path SCC -> 11622 + 12041 (2.2 cm)",
    "date": "2025-11-25",
    "patient": ("Okafor-Bell", "Grace", "1964-08-16", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, keratoacanthoma type, right dorsal hand", "C44.622", "Right dorsal hand",
          reason=True),
    ],
    "procedures": [
        P("Excision of nodule, R dorsal hand", None, "Right dorsal hand",
          "Crateriform nodule 0.8 cm; 3 mm margins; excised to subcutis.", ["c1"]),
        P("Layered repair R hand", None, "Right dorsal hand",
          "5-0 Monocryl deep, 5-0 nylon simple interrupted. 2.2 cm.", ["c1"]),
    ],
    "path": [
        {"text": "Skin, right dorsal hand, excision: well-differentiated squamous cell carcinoma, keratoacanthoma "
                 "type. Margins free.", "site": "Right dorsal hand"},
    ],
    "note_title": "Derm Resident Clinic - Procedure Note",
    "note": """HCH Derm Resident Continuity Clinic
DOS 11/25/2025 -- Resident: O. Haddad MD (PGY-2) -- Attending: C. Okonkwo MD -- Medicaid

S: 61F, rapidly growing bump R back of hand x 6 wk, tender. Never bx'd. Pt prefers excision today over
bx-then-surgery (transport barriers).
O: R dorsal hand: 0.8 cm crateriform keratotic nodule with central keratin plug. No epitrochlear/axillary LAD.
A/P: Rapidly growing crateriform nodule R hand, ddx SCC vs KA.
 Excision today: 3 mm margins (excised diameter 1.4 cm), to subcut. Layered repair 2.2 cm.
 Path to HCH. Will call w/ results; if margin +, re-excision vs Mohs.
 Sutures out 10-14 d.

Attending: I was present for the procedure and agree w/ plan. C. Okonkwo MD
""",
    "expected": E([L("11622"), L("12041")], dx={"11622": ["C44.622"]}),
    "coder_note": "EX-3: malignant code follows final path (SCC). Hand is SNHFG: 0.8 + 0.6 = 1.4 cm -> 11622. Hand "
                  "intermediate repair is 12041-12047: 2.2 cm -> 12041.",
})

SCENARIOS.append({
    "id": "s37-exm-reexcision-positive-margin-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of SCC L upper arm 8 days after excision for positive margin; needs 58",
    "date": "2025-11-11",
    "patient": ("Gallardo", "Ruben", "1968-05-29", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left upper arm, positive peripheral margin", "C44.629", "Left upper arm",
          reason=True),
    ],
    "procedures": [
        P("Re-excision malignant lesion", "11603", "Left upper arm",
          "Scar/residual 1.8 cm, 4 mm margins (2.6 cm). Closed single layer 4-0 nylon simple interrupted.",
          ["c1"]),
    ],
    "prior": [
        PRIOR("2025-11-03", "11602", "Excision SCC left upper arm", "Left upper arm",
              "Lesion 1.0 cm, 4 mm margins (1.8 cm); layered closure."),
    ],
    "path": [
        {"text": "Skin, left upper arm, re-excision: residual squamous cell carcinoma, well differentiated, "
                 "margins now free.", "site": "Left upper arm"},
    ],
    "note_title": "Derm Resident Clinic - Procedure Note",
    "note": """HARBOR COUNTY HOSPITAL DERMATOLOGY (resident procedure clinic)
DOS 11/11/2025. Resident: Beatriz Solano MD (PGY-3). Attending: Samuel Weiss MD. Medicaid.

S: 57M s/p excision SCC L upper arm on 11/03/25. Path (HCH S25-5120): well-diff SCC, peripheral margin
involved at 6 o'clock. Planned re-excision discussed by phone 11/06. No fever, wound intact.
O: L upper arm: 1.8 cm healing sutured scar, no erythema.
Proc: Re-excision. Consent. Lido w/ epi. Scar/residual 1.8 cm + 4 mm margins = 2.6 cm excised to fat.
Closed in a single layer with 4-0 nylon simple interrupted (no deep layer needed). Path to HCH.
A/P: SCC L upper arm, + margin -> re-excised today. Sutures out 10-14 d. Skin check q6mo x 2 yr.
Resident charge: 11603.

Attending: present for entire procedure, agree. S. Weiss MD
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.629"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of the 11/03 excision -> 58; "
                  "still malignant (C44.629). Simple closure is included.",
})

SCENARIOS.append({
    "id": "s37-mohs-nasal-tip-bcc-two-stages-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R nasal tip BCC, 2 stages (3 + 2 blocks), intermediate repair 1.8 cm -> 17311, 17312, 12051",
    "date": "2025-12-03",
    "patient": ("Pettigrew", "Doreen", "1962-12-12", "female"),
    "provider": "marchetti", "payer": "medicaid", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right nasal tip", "C44.311", "Right nasal tip", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """HARBOR COUNTY HOSPITAL - DERMATOLOGIC SURGERY / MOHS (resident half-day)
DOS 12/03/2025. Mohs surgeon & pathologist: Luca Marchetti MD. Resident assisting: L. Tseng MD (PGY-4).
Payer: Medicaid.

S: 63F, BCC R nasal tip.
Copied from 10/30/25 resident clinic note: "tangential bx R nasal tip -> nodular BCC (HCH S25-4899);
refer Mohs (area H)". No anticoag. Not immunosuppressed.
O: R nasal tip 0.7 cm pearly scar-like papule at bx site.

PROCEDURE: Mohs micrographic surgery, R nasal tip (head).
 Consent, time-out, lido w/ epi.
 Stage I: 3 tissue blocks, frozen sections read by Dr. Marchetti -> residual BCC at 10 o'clock, block 2.
 Stage II: 2 tissue blocks -> clear.
 Final defect 1.0 x 0.8 cm, to deep dermis/superficial fat, no cartilage.
 REPAIR: undermining, layered closure - 5-0 Monocryl deep, 6-0 Prolene superficial; linear repair 1.8 cm.
 (If primary closure not feasible, plan was a bilobed flap - not needed.)
 No tissue to outside path. EBL minimal.
A/P: BCC R nasal tip cleared in 2 stages; intermediate repair. Sutures out 1 wk. Skin check 6 mo.

Attestation: I performed the Mohs surgery and read all frozen sections; the resident assisted with the
repair under my direct supervision. L. Marchetti MD
""",
    "expected": E([L("17311"), L("17312"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head site, 2 stages (no stage > 5 blocks) -> 17311 + 17312. MOHS-7: layered repair 1.8 cm "
                  "nose -> 12051. Flap is hypothetical; the October biopsy is history.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: Mohs, nails, paring, patch testing, phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s37-mohs-back-infiltrative-bcc-extra-blocks",
    "family": "mohs", "shape": "free-text",
    "description": "Medicare Mohs L upper back infiltrative BCC 2.3 cm: stage 1 = 7 blocks, stage 2 = 2 blocks; 6.0 cm layered",
    "date": "2026-01-14",
    "patient": ("Strand", "Walter", "1953-06-25", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", None, "Left upper back",
          "Tumor 2.3 x 1.9 cm. Stage 1 divided into 7 tissue blocks (large specimen); residual infiltrative BCC "
          "blocks 3 and 6.", ["c1"]),
        P("Mohs micrographic surgery, stage 2", None, "Left upper back",
          "2 tissue blocks from 2-5 and 8-9 o'clock. Clear.", ["c1"]),
        P("Layered closure", None, "Left upper back",
          "Defect 3.4 x 2.8 cm; wide undermining, 3-0 Vicryl deep, 4-0 nylon running. Linear length 6.0 cm.",
          ["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """HCH DERMATOLOGIC SURGERY - MOHS CLINIC (residents rotating)
DOS 01/14/2026  Surgeon/pathologist: L. Marchetti MD  Resident: P. Ferreira MD (PGY-3)  Medicare Part B

S: 72M, BCC L upper back, bx 12/2025 (HCH S25-5533) = infiltrative BCC, deep margin +.
Indication for Mohs (area L): size >= 2 cm + aggressive (infiltrative) histology.
Copied fwd PMH: "ED&C sBCC R chest 2021; Z85.828" - prior tumor site clear on exam today.

O: L upper back 2.3 x 1.9 cm ill-defined scar-like pink plaque. R chest ED&C scar - no recurrence.

PROC: Mohs - trunk. Stage 1: 7 blocks; stage 2: 2 blocks; clear after stage 2.
 All frozen sections read by Dr. Marchetti (surgeon = pathologist). No specimens to HCH path.
 Repair: intermediate layered linear closure 6.0 cm (details in proc record).
A/P: Infiltrative BCC L upper back, cleared after 2 stages. Sutures out 14 d. Skin check 6 mo.

Attestation: I performed and interpreted the Mohs stages and supervised the repair. L. Marchetti MD
""",
    "expected": E([L("17313"), L("17314"), L("17315", 2), L("12032")], dx={"17313": ["C44.519"]}),
    "coder_note": "MOHS-2: trunk -> 17313 + 17314; 17315 per block beyond 5 in any stage: stage 1 has 7 -> 17315 x2. "
                  "Area L with size >= 2 cm + infiltrative = appropriate (no GA/GZ). Layered 6.0 cm trunk -> 12032.",
})

SCENARIOS.append({
    "id": "s37-nail-partial-avulsion-ingrown-left-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Partial nail avulsion L great toe lateral border for ingrown nail (no matricectomy) -> 11730-TA",
    "date": "2025-10-14",
    "patient": ("Nwachukwu", "Emeka", "2008-03-11", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, with paronychia", "L60.0", "Left great toe, lateral border",
          reason=True),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH Dermatology Resident Clinic
DOS: 10/14/2025 . Res: K. Mensah (PGY-2) . Att: R. Santos . Medicaid

S: 17M (w/ dad), painful L big toe x 3 wk, plays soccer, red/swollen lat side, drained pus once. First
episode. Tried soaks.
O: L hallux lateral nail fold: erythema, edema, granulation tissue, nail spicule embedded. No
lymphangitic streaking.
A/P: Ingrown toenail L great toe, lateral border, w/ paronychia.
 Proc: digital block 1% plain lido 4 mL, tourniquet. Lateral 1/4 of nail plate freed w/ elevator,
 split and avulsed. Matrix NOT treated (first episode - phenol deferred, would do if recurs).
 Bacitracin, nonstick dressing.
 - Cephalexin 500 mg QID x 7 d. Soaks BID. Wider shoes, cut nails straight.
 RTC 2 wk PRN.

Attending: Present for the procedure. Agree. R. Santos MD
""",
    "expected": E([L("11730", 1, "TA")], dx={"11730": ["L60.0"]}),
    "coder_note": "Partial avulsion, matrix not destroyed -> 11730 with TA (left great toe). Phenol matricectomy is "
                  "hypothetical. No E/M selected.",
})

SCENARIOS.append({
    "id": "s37-nail-two-toenails-precoded-11730x2",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion of R great and R second toenails, pre-coded 11730 twice -> 11730-T5 + 11732-T6",
    "date": "2025-10-30",
    "patient": ("Castellano", "Rosalind", "1977-09-09", "female"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Onychomycosis with painful dystrophic toenails", "B35.1", "Right great toe, right second toe",
          reason=True),
    ],
    "procedures": [
        P("Nail avulsion", "11730", "Right great toe",
          "Complete avulsion of thickened onycholytic nail plate after digital block.", ["c1"]),
        P("Nail avulsion", "11730", "Right second toe",
          "Complete avulsion of dystrophic nail plate, same block technique.", ["c1"]),
    ],
    "note_title": "Derm Resident Clinic - Procedure Note",
    "note": """HARBOR COUNTY HOSP DERMATOLOGY - RESIDENT CLINIC
DOS 10/30/25. Resident: B. Solano MD. Attending: J. Abernathy MD. Medicaid MCO.

S: 48F, R 1st and 2nd toenails thick, lifting, painful in work shoes (CNA, 12-h shifts). KOH (+) 08/2025,
failed terbinafine 12 wk (stopped for LFT rise - hepatology aware). Wants the 2 painful nails off.
O: R hallux and R 2nd toenails: marked subungual hyperkeratosis, distal onycholysis, yellow-brown.
Other nails mildly dystrophic, not painful - not treated.
A/P: Onychomycosis w/ painful dystrophic nails R 1st + 2nd toes.
 Proc: digital blocks (2% plain lido), total avulsion R hallux nail + R 2nd toenail. Hemostasis, dressing.
 - Efinaconazole 10% soln to nail beds once regrowth begins.
 - Not re-starting terbinafine (LFTs).
RTC 4 wk.
Charge entry (resident): 11730 x 2.

Attending: present for both avulsions; agree. J. Abernathy MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], topics=["coding-correction"],
                  dx={"11730": ["B35.1"]}),
    "coder_note": "Second nail is the add-on 11732, not a second 11730. Digit modifiers: R great toe T5, R 2nd toe T6.",
})

SCENARIOS.append({
    "id": "s37-nail-recurrent-ingrown-phenol-matricectomy",
    "family": "nails", "shape": "free-text",
    "description": "Recurrent ingrown R hallux: partial avulsion + phenol matricectomy same border -> 11750-T5 only",
    "date": "2025-11-19",
    "patient": ("Delacroix", "Amara", "2002-06-18", "female"),
    "provider": "lindgren", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, medial border, recurrent", "L60.0", "Right great toe, medial border",
          reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion, medial border", None, "Right great toe",
          "Medial 1/5 of plate split and avulsed after digital block.", ["c1"]),
        P("Chemical matrixectomy, phenol", None, "Right great toe, medial nail fold",
          "88% phenol applied to the medial matrix horn x 3 applications of 30 s, flushed with alcohol. "
          "Permanent narrowing.", ["c1"]),
    ],
    "note_title": "Derm Resident Clinic - Procedure Note",
    "note": """HCH DERM RESIDENT CONTINUITY CLINIC -- DOS 11/19/2025
Resident: Omar Haddad MD (PGY-2)  |  Attending: Astrid Lindgren MD  |  Medicaid

S: 23F, R big toe ingrown medial side AGAIN - 3rd episode this yr.
Copied fwd (05/20/25 note): "partial nail avulsion R hallux medial border, no matricectomy". 
Wants permanent fix.
O: R hallux medial fold: erythema, mild granulation, incurvated plate. No pus.
A/P: Recurrent ingrown nail R great toe medial border -> partial avulsion + phenol matrixectomy (see proc).
 Dressing; soaks after 24 h; expect drainage 2-4 wk. No abx.
 L great toe normal.
RTC 3 wk.

Attending attestation: I was present for the procedure; agree with the note. A. Lindgren MD
""",
    "expected": E([L("11750", 1, "T5")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent removal of the same nail border = 11750 (T5); the partial avulsion of that border is "
                  "bundled (11750/11730 PTP, same nail, no XS). May avulsion is copy-forward.",
})

SCENARIOS.append({
    "id": "s37-nail-avulsion-plus-debridement-other-nails",
    "family": "nails", "shape": "note-only",
    "description": "Avulsion R great toenail + debridement of 4 other mycotic toenails -> 11730-T5 + 11720-XS",
    "date": "2025-12-16",
    "patient": ("Thibodeaux", "Marcus", "1963-01-07", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Onychomycosis of toenails", "B35.1", "Bilateral toenails", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", history=True),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """Harbor County Hospital Dermatology Resident Clinic
DOS 12/16/2025  Res: L. Tseng MD (PGY-4)  Attending: C. Okonkwo MD  Payer: Medicaid

S: 62M T2DM w/ neuropathy. R great toenail very thick, digging in, painful in shoes, cracked and
bleeding under plate last wk. Other toenails thick, can't cut them himself (vision, reach).
Copied fwd 09/2025: "KOH + toenails; terbinafine declined (polypharmacy)".

O: R hallux: thick dystrophic nail, partially onycholytic, subungual heme. L hallux, L 2nd, L 3rd,
R 3rd toenails: thick, yellow, crumbly, 3-4 mm. Monofilament decreased bilat. Pulses palpable.
No ulcers.

A/P: Onychomycosis w/ painful dystrophy.
 1) R great toe: complete nail avulsion under digital block (2% plain lido). Dressing.
 2) Debridement (mechanical reduction w/ nippers + burr) of 4 other mycotic nails: L 1st, L 2nd,
    L 3rd, R 3rd. No bleeding.
 - Diabetic foot care education; podiatry referral for ongoing care.
 RTC 6 wk.

Attending: I was present for both procedures. Agree. C. Okonkwo MD
""",
    "expected": E([L("11730", 1, "T5"), L("11720", 1, "XS")], dx={"11730": ["B35.1"]}),
    "coder_note": "11730/11720 PTP ind 1: debrided nails are different from the avulsed nail -> XS on 11720 (4 nails "
                  "= 1-5 band). Digit modifier on 11730 only (conventions list 11730/11732/11750).",
})

SCENARIOS.append({
    "id": "s37-paring-three-plantar-calluses",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 painful plantar calluses -> 11056",
    "date": "2025-10-22",
    "patient": ("Ferreira-Lopes", "Ana", "1970-12-19", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Plantar feet", reason=True),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH DERM RESIDENT CLINIC
DOS 10/22/25 | Res: P. Ferreira (PGY-3) | Att: I. Castellanos | Medicaid

S: 55F, painful thick skin on soles, line cook, standing 10 h/day. Not diabetic. Pain 6/10 walking.
O: R plantar 1st MTH 1.5 cm callus; R plantar 5th MTH 1.0 cm callus; L medial heel 2 cm fissured callus.
Pared surfaces: no pinpoint bleeding, skin lines preserved -> callus, not wart.
A/P: Painful calluses x3.
 Paring with #15 blade of all three (R 1st MTH, R 5th MTH, L heel). Tolerated, immediate relief.
 - 40% urea cream qhs, metatarsal pads, cushioned insoles.
 - Wart tx not needed (no verruca).
RTC 8 wk PRN.

Attending: I agree with the resident's note; present for procedure. I. Castellanos MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Three lesions pared -> 11056 (2-4). Wart destruction explicitly not done.",
})

SCENARIOS.append({
    "id": "s37-paring-corn-plus-heel-warts-xs",
    "family": "paring", "shape": "free-text",
    "description": "Paring of one corn L 5th toe + LN2 to 2 plantar warts R heel -> 11055 + 17110-XS",
    "date": "2025-11-26",
    "patient": ("Abernethy-Cole", "Darnell", "1985-04-02", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Corn, left fifth toe", "L84", "Left fifth toe, dorsolateral", reason=True),
        C("c2", "Plantar warts, right heel", "B07.0", "Right heel", reason=True),
    ],
    "procedures": [
        P("Paring of corn", None, "Left fifth toe, dorsolateral",
          "Hard corn 6 mm pared with #15 blade to remove central core.", ["c1"]),
        P("Cryotherapy (LN2), plantar warts x2", None, "Right heel",
          "Pared gently for visualization then LN2 2 freeze-thaw cycles to each of 2 painful plantar warts.",
          ["c2"]),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HARBOR COUNTY HOSPITAL - DERM RESIDENT CONTINUITY CLINIC
DOS 11/26/2025 - Resident: K. Mensah MD - Attending: S. Weiss MD - Medicaid

S: 40M, painful corn outside L pinky toe from work boots + 2 painful warts R heel x 4 mo (hurt w/ walking).
O: L 5th toe dorsolateral: 6 mm hard corn w/ central core. R heel: two 5-7 mm verrucous papules w/ thrombosed
capillaries, interrupted skin lines.
A/P:
1. Hard corn L 5th toe - pared. Toe spacer, wider toe box.
2. Plantar warts x2 R heel, painful - LN2 today. Salicylic acid 40% pads between visits.
 Candida antigen inj discussed if refractory after 3 tx - not today.
RTC 3-4 wk.

Attending: Present for procedures, agree. S. Weiss MD
""",
    "expected": E([L("11055"), L("17110", 1, "XS")], dx={"11055": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "11055/17110 PTP ind 1 (17110 is column 2): corn and warts are different lesions/sites -> XS on "
                  "17110. Candida injection is hypothetical.",
})

SCENARIOS.append({
    "id": "s37-patch-test-92-allergens-new-hairdresser",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt hand dermatitis, Rx started; patch tests 80 + 12 = 92 placed -> 99204-25 + 95044 x90 (MUE)",
    "date": "2026-01-12",
    "patient": ("Quintero", "Maribel", "1989-10-30", "female"),
    "provider": "lindgren", "payer": "medicaid", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, chronic, occupational", "L30.9", "Bilateral hands", reason=True),
    ],
    "note_title": "Contact Dermatitis Clinic - New Patient",
    "note": """HCH DERMATOLOGY - CONTACT DERMATITIS / PATCH TEST CLINIC (resident)
DOS 01/12/2026  Resident: B. Solano MD (PGY-3)  Attending: A. Lindgren MD  Medicaid  NEW PT

S: 36F hairdresser, hand rash x 10 mo, worse at work, better on vacation. Fissures, itching, bleeding.
Tried OTC HC, Vaseline, nitrile gloves (sometimes). No atopy hx. Hair dye, perms, bleach, acrylic nails.
O: Bilat palms/fingers/dorsal hands: lichenified eczematous plaques, fissures, fingertip pulpitis; no
vesicles. Wrists clear. Face/eyelids clear. Nails normal.
A/P: Chronic hand dermatitis, occupational - ACD vs ICD.
 - Start clobetasol 0.05% oint BID x 2 wk then weekends; petrolatum barrier; cotton under nitrile gloves.
 - Work note for glove use.
 - Patch testing today: NACDG 80-allergen screening series + hairdressing series (12 allergens) applied to
   upper back = 92 patches. Pt instructed re keeping back dry, no topical steroid to back.
 - Readings 48 h (01/14) and 96 h (01/16).
 - Do not apply clobetasol to back.

Attending attestation: I saw and examined the pt with Dr. Solano and agree with the plan. Patch test
application performed by our patch-test nurse under my supervision. A. Lindgren MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 90)], topics=["mue"], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 = per allergen: 92 tests > MUE 90 -> capped at 90 (README). New-pt evaluation with "
                  "prescription management is separate -> 99204-25 (95044/99204 PTP ind 1).",
})

SCENARIOS.append({
    "id": "s37-patch-placement-only-em-removed-medicare",
    "family": "patch-test", "shape": "free-text",
    "description": "Medicare patch placement-only visit, 35 T.R.U.E. + 2 own products; resident 99213 removed",
    "date": "2026-01-20",
    "patient": ("Hollingsworth", "Gideon", "1958-02-01", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Dermatitis of face and neck, suspected contact", "L30.9", "Face, neck", reason=True),
    ],
    "procedures": [
        P("Patch test application", None, "Upper back",
          "T.R.U.E. test panels 1-3 (35 allergens) + 2 patient-supplied products (aftershave, beard oil) "
          "tested as-is = 37 patches.", ["c1"]),
    ],
    "note_title": "Patch Test Clinic - Application Visit",
    "note": """HCH DERM - PATCH TEST CLINIC - APPLICATION VISIT
DOS 01/20/2026  Resident: O. Haddad MD  Attending: I. Castellanos MD  Medicare Part B

S: 67M, here for patch test placement as planned.
--- copied from 01/06/26 visit ---
"Recurrent eczematous derm face/neck x 6 mo, ?ACD to grooming products. Start HC 2.5% BID; stop aftershave.
Plan: patch test in 2 wk, hold topical steroid to back, no prednisone."
----------------------------------
Today: No new issues. Rash unchanged, on HC. No immunosuppressants. Back clear.
O: Upper back intact, no dermatitis.
A/P: Suspected ACD - patch testing applied today (T.R.U.E. 35 + own aftershave + beard oil, as is = 37).
 Readings 01/22 (48 h) and 01/24 (96 h). Nothing else addressed.
Resident level of service: 99213.

Attending: I supervised placement; agree. I. Castellanos MD
""",
    "expected": E([L("95044", 37)], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 x37 (one unit per test incl. patient products). Placement-only visit, the patch-test decision "
                  "was made 01/06 and nothing else was addressed -> no separate E/M.",
})

SCENARIOS.append({
    "id": "s37-photo-nbuvb-psoriasis-session-21",
    "family": "phototherapy", "shape": "note-only",
    "description": "NBUVB session #21 for psoriasis, nurse-delivered, no E/M -> 96900",
    "date": "2025-10-17",
    "patient": ("Yazzie", "Lorraine", "1981-08-08", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """HCH DERMATOLOGY PHOTOTHERAPY UNIT - TREATMENT NOTE
DOS 10/17/2025  Supervising attending: J. Abernathy MD  Resident on photo: K. Mensah MD  Medicaid

Dx: plaque psoriasis (L40.0), BSA 14% at start (08/2025).
Modality: NB-UVB (311 nm) full body, Daavlin cabinet. No tar, no psoralen, no emollient pre-treatment.
Tx # 21. Previous dose (tx #20, 10/15): 1050 mJ/cm2, no erythema.
Today: +50 -> 1100 mJ/cm2. Goggles/genital shielding confirmed. Tolerated; no burn.
--- tx log copied forward ---
tx 18 10/10  950 | tx 19 10/13  1000 | tx 20 10/15  1050
----------------------------
S (resident quick check): pt reports less scale, no itching. O: thinner plaques, BSA ~6%.
A/P: Responding. Cont NBUVB 3x/wk; reassess at tx 30. No med changes.

Attending: Phototherapy given per protocol under my supervision. J. Abernathy MD
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "Plain NB-UVB = actinotherapy 96900, one session; the copied treatment log is prior sessions. "
                  "No E/M selected.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: phototherapy, post-op, repair, skin tags, cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s37-photo-petrolatum-uvb-precoded-with-99211",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Medicare petrolatum + UVB (Goeckerman-type) session pre-coded 96910 with a 99211 nurse visit",
    "date": "2025-11-07",
    "patient": ("Brandvold", "Ingrid", "1953-10-10", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 15, "em": "99211",
    "conditions": [
        C("c1", "Psoriasis vulgaris, extensive (BSA 18%)", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy, petrolatum + UVB", "96910", "Full body",
          "Petrolatum applied to all plaques 30 min pre-exposure, then NB-UVB 900 mJ/cm2 (tx #12).", ["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """HCH DERMATOLOGY PHOTOTHERAPY UNIT
DOS 11/07/2025  Attending: S. Weiss MD  RN: D. Kearney  Medicare Part B

Dx: Psoriasis vulgaris, BSA 18% (baseline 09/2025), failed topical steroids + calcipotriene (documented
08/2025 resident note - copied: "clobetasol/calcipotriene x 4 mo, inadequate; start modified Goeckerman").
Regimen: petrolatum occlusion to plaques x 30 min, wiped, then NB-UVB full body.
Tx #12: 900 mJ/cm2 (prior 850, no erythema). Goggles. Tolerated.
RN check: no burning, no new lesions. BP 128/76. No provider issues raised; no med changes.
A/P: Cont 3x/wk. Resident/attending reassessment at tx #20.
Charges entered by RN: 96910, 99211.

Attending: Treatment delivered under my supervision per protocol. S. Weiss MD
""",
    "expected": E([L("96910")], topics=["ncci"], dx={"96910": ["L40.0"]}),
    "coder_note": "Petrolatum + UVB = 96910. 96910/99211 PTP indicator 0 -> the nurse visit is removed.",
})

SCENARIOS.append({
    "id": "s37-photo-excimer-vitiligo-total-area",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer to vitiligo, five areas each < 250 sq cm but total 265 sq cm -> 96921",
    "date": "2025-12-05",
    "patient": ("Baptiste-Moreau", "Celeste", "2011-05-14", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Vitiligo, nonsegmental", "L80", "Perioral, dorsal hands, wrists, right knee", reason=True),
    ],
    "procedures": [
        P("Excimer laser (308 nm) treatment", None, "Perioral, bilateral dorsal hands, bilateral wrists, right knee",
          "Treated areas: perioral 40 sq cm; R dorsal hand 55; L dorsal hand 55; wrists 35 + 35; R knee 45.",
          ["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """HARBOR COUNTY HOSPITAL DERM - PHOTOTHERAPY (excimer)
DOS 12/05/2025. Resident: L. Tseng MD (PGY-4). Attending: C. Okonkwo MD. Medicaid MCO.

14F nonsegmental vitiligo, excimer 2x/wk since 10/2025 (tx #16 today) + tacrolimus 0.1% oint BID.
Repigmentation: perifollicular islands perioral + dorsal hands.
Treatment areas / fluence today:
 - perioral: 40 sq cm @ 450 mJ
 - R dorsal hand: 55 sq cm @ 800 mJ
 - L dorsal hand: 55 sq cm @ 800 mJ
 - wrists: 35 sq cm each (70 total) @ 700 mJ
 - R knee: 45 sq cm @ 600 mJ
 Total treated: 265 sq cm. Eye protection. Mild erythema from last tx resolved.
(Eyelid patches not treated - pt/mom declined.)
A/P: Vitiligo, responding. Cont excimer 2x/wk + tacrolimus. Photos next month.

Attending: excimer treatment under my direct supervision. C. Okonkwo MD
""",
    "expected": E([L("96921")], dx={"96921": ["L80"]}),
    "coder_note": "Excimer is coded once per session by TOTAL area: 40 + 55 + 55 + 70 + 45 = 265 sq cm -> 96921 "
                  "(250-500).",
})

SCENARIOS.append({
    "id": "s37-postop-suture-removal-resident-99212",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal day 9 after benign excision + layered repair; resident picked 99212 -> 99024",
    "date": "2025-12-10",
    "patient": ("Mercado", "Teofilo", "1979-01-25", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Epidermal cyst, left upper back (excised)", "L72.0", "Left upper back", history=True),
    ],
    "prior": [
        PRIOR("2025-12-01", "11402", "Excision benign lesion L upper back", "Left upper back",
              "EIC 1.0 cm + 2 mm margins = 1.4 cm"),
        PRIOR("2025-12-01", "12032", "Intermediate repair L upper back", "Left upper back", "Layered closure 3.2 cm"),
    ],
    "note_title": "Derm Resident Clinic - Post-op Note",
    "note": """HCH DERM RESIDENT CLINIC - POST-OP / SUTURE REMOVAL
DOS 12/10/2025 - Resident: P. Ferreira MD - Attending: R. Santos MD - Medicaid

S: 46M s/p excision EIC L upper back w/ layered closure 12/01/25 (9 days ago). Mild itch, no drainage,
no fever.
Copied from op note 12/01: "EIC 1.0 cm + 2 mm margins (1.4 cm) excised; layered closure 3.2 cm, 4-0 Vicryl
/ 4-0 nylon. Path pending."
O: Incision well approximated, no erythema/dehiscence. 
Procedure: 6 nylon sutures removed, steri-strips applied.
Path (HCH S25-5702): epidermal inclusion cyst, benign - reviewed w/ pt.
A/P: Routine post-op, healing well. Scar care (silicone gel, SPF). RTC PRN.
Resident LOS: 99212.

Attending: agree. R. Santos MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "Routine post-op visit inside the 010 global of 11402/12032 (day 9) -> 99024, no E/M (GS-5). The op "
                  "note text is copy-forward, not a new excision.",
})

SCENARIOS.append({
    "id": "s37-postop-unrelated-hair-dye-dermatitis-24",
    "family": "post-op", "shape": "note-only",
    "description": "6 days after wart LN2 (010 global): new hair-dye dermatitis face/neck with Rx -> 99213-24",
    "date": "2025-12-08",
    "patient": ("Alvarado", "Jessenia", "1990-09-03", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to hair dye", "L23.5", "Scalp margin, face, neck", reason=True),
        C("c2", "Common warts, right hand", "B07.8", "Right hand", history=True),
    ],
    "prior": [
        PRIOR("2025-12-02", "17110", "Destruction of warts, LN2 x6", "Right hand"),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH DERMATOLOGY RESIDENT CONTINUITY CLINIC
DOS 12/08/2025 | Resident: Omar Haddad MD | Attending: Ines Castellanos MD | Medicaid

S: 35F add-on visit - itchy, swollen rash hairline, ears, neck x 2 d, started day after dyeing hair at home
(first time w/ a new permanent dark-brown dye). No SOB, no lip swelling.
Copied fwd from 12/02/25: "LN2 x 6 common warts R hand/fingers, 2 FTC. RTC 3-4 wk for repeat."
Wart sites: not addressed today (pt has no concerns; repeat LN2 visit stays as scheduled).

O: Erythematous edematous eczematous plaques along frontal hairline, bilat postauricular, lateral neck;
mild periorbital edema. No vesicles on mucosa. Scalp w/ scale.

A/P: Acute ACD to hair dye (likely PPD).
 - Prednisone 40 mg x 5 d then taper over 10 d (total 15 d).
 - TAC 0.1% cream BID body/neck; HC 2.5% to face BID x 7 d. Cool compresses.
 - Avoid PPD dyes; patch testing in 6-8 wk once clear.
 - Return precautions.

Attending attestation: I saw the patient with the resident and agree with the assessment and plan.
I. Castellanos MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.5"]}),
    "coder_note": "E/M for an unrelated problem inside the 10-day global of the 12/02 17110 -> 24 (GS-5). Planned patch "
                  "testing and repeat LN2 are future.",
})

SCENARIOS.append({
    "id": "s37-postop-new-axillary-abscess-79-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "5 days after back cyst excision (010), I&D of unrelated R axillary abscess pre-coded 10060 -> 10060-79",
    "date": "2026-01-10",
    "patient": ("Ingram", "Cortez", "1989-11-11", "male"),
    "provider": "lindgren", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
        C("c2", "Epidermal cyst, left upper back (excised 01/05)", "L72.0", "Left upper back", history=True),
    ],
    "procedures": [
        P("I&D abscess", "10060", "Right axilla",
          "2.5 cm fluctuant abscess; incised, drained, irrigated; single cavity; no packing.", ["c1"]),
    ],
    "prior": [
        PRIOR("2026-01-05", "11402", "Excision benign lesion L upper back", "Left upper back"),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HARBOR COUNTY HOSPITAL DERM RESIDENT CLINIC (add-on)
DOS 01/10/2026. Resident: K. Mensah MD. Attending: A. Lindgren MD. Medicaid.

S: 36M, s/p excision EIC L upper back 01/05/26 (sutures in; removal booked 01/16). Now painful lump
R armpit x 3 d. No fever. Back incision: pt has no concerns - not examined today per pt request (shirt
stays on; he'll keep the 01/16 appt).
O: R axilla 2.5 cm fluctuant tender abscess, surrounding erythema 1 cm. No tracts/comedones.
A/P: R axillary abscess - new, unrelated to the back excision.
 I&D: consent, lido w/ epi, 1 cm incision, pus drained, irrigated. Cx sent. No packing.
 Warm compresses. No abx unless cx/cellulitis. RTC 01/16 as planned.

Attending: present for I&D; agree. A. Lindgren MD
""",
    "expected": E([L("10060", 1, "79")], topics=["global-period"], dx={"10060": ["L02.411"]}),
    "coder_note": "Unrelated procedure inside the 10-day global of the 01/05 excision -> 79 (GS-5). Back wound not "
                  "examined, so no post-op component.",
})

SCENARIOS.append({
    "id": "s37-repair-back-and-neck-two-repair-groups",
    "family": "repair", "shape": "note-only",
    "description": "Two cyst excisions (back 1.4 cm, neck 1.2 cm) with layered closures 3.0 + 2.8 cm in different groups",
    "date": "2026-01-21",
    "patient": ("Oyelaran", "Funmilayo", "1979-07-07", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 70,
    "conditions": [
        C("c1", "Epidermal cyst, left upper back", "L72.0", "Left upper back", reason=True),
        C("c2", "Epidermal cyst, right posterior neck", "L72.0", "Right posterior neck", reason=True),
    ],
    "path": [
        {"text": "A. Left upper back: epidermal inclusion cyst. B. Right posterior neck: epidermal inclusion cyst, "
                 "inflamed.", "site": "Left upper back; right posterior neck"},
    ],
    "note_title": "Derm Resident Clinic - Procedure Note",
    "note": """HCH DERMATOLOGY RESIDENT PROCEDURE CLINIC
DOS 01/21/2026  Resident: Lauren Tseng MD (PGY-4)  Attending: June Abernathy MD  Medicaid

S: 46F two cysts: L upper back (rubs on chair, inflamed 2x) and R posterior neck (sore w/ braids/collar,
drained once 11/2025). Both quiet now. Consented for both.
O: L upper back 1.2 cm cyst w/ punctum. R post neck 0.8 cm cyst w/ punctum.

PROC #1 - L upper back: lesion 1.2 cm + 1 mm margins = 1.4 cm excised. Layered closure (4-0 Vicryl deep /
4-0 nylon) 3.0 cm.
PROC #2 - R posterior neck: lesion 0.8 cm + 2 mm margins = 1.2 cm excised. Layered closure (5-0 Vicryl
deep / 5-0 nylon) 2.8 cm.
Both: lido w/ epi, hemostasis cautery, path to HCH, vaseline/Telfa.

A/P: EICs x2, symptomatic - excised, both w/ intermediate closures.
 Sutures: neck out 7-10 d, back 12-14 d.

Attending: I was present for both excisions and repairs. J. Abernathy MD
""",
    "expected": E([L("11402"), L("11422"), L("12032"), L("12042", 1, "XS")], dx={"11402": ["L72.0"]}),
    "coder_note": "REP-1: lengths are not summed across repair groups: back 3.0 cm -> 12032, neck 2.8 cm -> 12042. "
                  "12032/12042 PTP ind 1 -> XS on 12042 (separate wound). Excisions: trunk 1.4 -> 11402, neck 1.2 -> 11422.",
})

SCENARIOS.append({
    "id": "s37-repair-nasal-complex-le-1cm-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Medicare: nasal lesion excised pre-path as malignant + complex repair 1.0 cm; path nevus -> 11441 + 12051",
    "date": "2026-01-27",
    "patient": ("Ashcroft", "Milton", "1949-05-20", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Intradermal nevus, left nasal sidewall", "D22.39", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion face", "11641", "Left nasal sidewall",
          "Changing pink papule r/o BCC; 0.4 cm lesion with 1 mm margins (0.6 cm).", ["c1"]),
        P("Complex repair nose", "13151", "Left nasal sidewall",
          "Undermining, layered closure 5-0 Monocryl / 6-0 Prolene. Length 1.0 cm.", ["c1"]),
    ],
    "path": [
        {"text": "Skin, left nasal sidewall, excision: intradermal melanocytic nevus with irritation. No "
                 "malignancy. Margins free.", "site": "Left nasal sidewall"},
    ],
    "note_title": "Derm Resident Clinic - Procedure Note",
    "note": """HCH DERM RESIDENT CLINIC - PROCEDURE
DOS 01/27/2026 . Res: B. Solano MD . Att: C. Okonkwo MD . Medicare Part B

S: 76M, pink bump L side of nose, enlarging over 6 mo, bled twice w/ glasses. Worried re skin ca (hx BCC
back 2018 - Z85.828, copied fwd).
O: L nasal sidewall 0.4 cm pink pearly-ish papule, few telangiectasias. Dx uncertain - BCC vs irritated
intradermal nevus.
PROC: excision w/ 1 mm margins (0.6 cm). Undermined edges, layered closure, 1.0 cm. No cartilage
exposure, no free-margin involvement. Path to HCH.
A/P: Changing, bleeding papule L nose, r/o BCC - excised. Sutures out 5-7 d.
Resident charge (entered pre-path): 11641, 13151.

Attending: present for the procedure. C. Okonkwo MD
""",
    "expected": E([L("11441"), L("12051")], topics=["coding-correction"], dx={"11441": ["D22.39"]}),
    "coder_note": "EX-3: final path benign -> 11441 (FEENLM 0.6 cm). REP-2/REP-3: a 'complex' repair <= 1.0 cm is "
                  "coded simple/intermediate; layered -> 12051. Covered: diagnosis uncertain, bleeding (BSL-3 a/j).",
})

SCENARIOS.append({
    "id": "s37-tags-22-neck-axillae-symptomatic",
    "family": "skin-tags", "shape": "note-only",
    "description": "Removal of 22 irritated skin tags (neck 14, axillae 8) -> 11200 + 11201 x1",
    "date": "2025-10-15",
    "patient": ("Carrington", "Delphine", "1986-03-19", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HARBOR COUNTY HOSP DERMATOLOGY - RESIDENT CLINIC
DOS 10/15/2025. Res: P. Ferreira MD. Attending: S. Weiss MD. Medicaid.

S: 39F, many skin tags neck + armpits; catch on necklaces/bra straps and deodorant, several bled and got
red/sore in last 2 mo. Pre-diabetes per PCP (A1c 6.0).
O: Neck: 14 pedunculated 1-4 mm acrochordons, several erythematous, 2 w/ hemorrhagic crust.
Axillae: 4 R + 4 L, inflamed at bra line.
A/P: Symptomatic acrochordons (irritated, inflamed, bleeding from friction) - removed.
 Snip excision w/ curved iris scissors: 22 tags total (neck 14, axillae 8). AlCl3. Vaseline.
 - Acanthosis nigricans neck noted - discussed wt/metabolic f/u w/ PCP; no tx today.
 RTC PRN.

Attending: Present for the procedure, agree. S. Weiss MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 = first 15 tags; 11201 per additional 10: ceil((22-15)/10) = 1. Symptoms documented.",
})

SCENARIOS.append({
    "id": "s37-tags-40-medicare-precoded-11201-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Medicare removal of 40 friction-irritated skin tags; 11201 x3 capped at MUE 1",
    "date": "2025-11-21",
    "patient": ("Lundquist", "Orville", "1955-12-28", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, inflamed and bleeding", "L91.8", "Neck, axillae, beltline", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, first 15", "11200", "Neck, bilateral axillae, beltline",
          "40 tags removed by snip/cautery.", ["c1"]),
        P("Removal of skin tags, each additional 10", "11201", "Neck, bilateral axillae, beltline",
          "Remaining 25 tags.", ["c1"]),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH DERMATOLOGY RESIDENT CONTINUITY CLINIC
DOS 11/21/2025 | Res: O. Haddad MD | Att: R. Santos MD | Medicare Part B

S: 70M, skin tags neck, armpits, beltline - rub on shirt collar, suspenders and belt; bleed onto shirts
weekly, red and sore. Wants all removed.
O: 40 pedunculated acrochordons: neck 18, R axilla 7, L axilla 6, beltline 9 - all in friction zones, most
erythematous/inflamed, several with hemorrhagic crust.
A/P: Acrochordons x40, symptomatic (bleeding, inflammation from friction) - removed w/ scissors +
hyfrecator tips. 40 total. Vaseline.
 - No ABN needed (medically indicated per bleeding/inflammation).
Resident charges: 11200 x1, 11201 x3.

Attending: present for procedure. R. Santos MD
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "40 tags -> 11201 = ceil(25/10) = 3, but MUE 11201 = 1 (MAI 3) -> capped at 1 (README). Covered: "
                  "bleeding + inflammation documented.",
})

SCENARIOS.append({
    "id": "s37-cosmetic-sk-ln2-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "free-text",
    "description": "Medicare: LN2 to 6 asymptomatic facial SKs for appearance, voluntary ABN -> 17110-GY-GX",
    "date": "2025-12-12",
    "patient": ("Whitfield", "Eleanor", "1947-08-04", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, face, asymptomatic", "L82.1", "Bilateral cheeks and temples", reason=True),
    ],
    "procedures": [
        P("Cryotherapy (LN2) seborrheic keratoses x6", None, "Bilateral cheeks and temples",
          "6 flat tan SKs, cosmetic request; 1 freeze-thaw cycle each.", ["c1"]),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH DERM RESIDENT CLINIC
DOS 12/12/2025. Resident: Kwame Mensah MD. Attending: Astrid Lindgren MD. Medicare Part B.

S: 78F wants "age spots" on her face frozen before her granddaughter's wedding - doesn't like how they look.
No itching, bleeding, irritation, growth or change. 
O: 6 flat-to-slightly raised tan stuck-on papules: R cheek 2, L cheek 2, R temple 1, L temple 1; classic
SK on dermoscopy. Not inflamed.
A/P: SKs x6, asymptomatic - removal is cosmetic. Explained Medicare does not cover cosmetic removal; pt
elected to proceed and signed a voluntary ABN (cosmetic/not covered) acknowledging self-pay.
 LN2 x 1 FTC to each of 6 SKs. Post-care reviewed (blister, hypopigmentation risk).
 No other issues.

Attending: present for procedure; agree. A. Lindgren MD
""",
    "expected": E([L("17110", 1, "GY", "GX")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-4: statutorily excluded cosmetic service on Medicare FFS -> GY, plus GX for the voluntary ABN.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: cosmetic, destruction, E/M, mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s37-cosmetic-chin-nevus-shave-medicaid-precoded",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicaid/charity: shave of asymptomatic chin nevus for appearance, pre-coded 11310 -> removed",
    "date": "2025-11-03",
    "patient": ("Espinoza", "Daniela", "2001-06-06", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, chin", "D22.39", "Chin", reason=True),
    ],
    "procedures": [
        P("Shave removal", "11310", "Chin",
          "0.5 cm dome-shaped skin-colored papule shaved flush, AlCl3. Cosmetic request, self-pay waiver signed.",
          ["c1"]),
    ],
    "path": [
        {"text": "Skin, chin, shave: intradermal melanocytic nevus.", "site": "Chin"},
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH Dermatology Resident Clinic
DOS 11/03/2025 | Resident: Beatriz Solano MD | Attending: June Abernathy MD | Charity care (Medicaid)

S: 24F wants "the bump on my chin" removed - self-conscious in photos. Present since teens, unchanged.
Denies itching, bleeding, pain, irritation, growth, or trauma from shaving/clothing.
O: Chin: 0.5 cm soft dome-shaped skin-colored papule, few terminal hairs, benign dermoscopy (comma vessels).
A/P: Benign intradermal nevus, asymptomatic - removal requested for appearance only = cosmetic, not
covered by charity/Medicaid; pt signed the clinic's cosmetic self-pay waiver ($ fee schedule).
 Shave removal done; flush, AlCl3. Sent to path per clinic policy. Scar/recurrence risk discussed.
Resident charge: 11310.

Attending: present for procedure. J. Abernathy MD
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "Cosmetic removal (no BSL-3 reason) for a Medicaid payer: line removed, patient billed directly "
                  "(conventions 'Non-Medicare cosmetic services'). Nothing else billable.",
})

SCENARIOS.append({
    "id": "s37-ds-child-hand-warts-nine-ln2",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to nine painful, spreading common warts on a child's hands -> 17110 x1",
    "date": "2025-11-18",
    "patient": ("Rahimi", "Kian", "2016-02-29", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Verruca vulgaris, hands", "B07.8", "Bilateral hands/fingers", reason=True),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HARBOR COUNTY HOSPITAL - DERM RESIDENT CONTINUITY CLINIC (peds slot)
DOS 11/18/2025  Res: Lauren Tseng MD  Att: Ines Castellanos MD  Medicaid

S: 9 yo M w/ mom. Warts hands spreading (5 -> 9), periungual ones hurt, bleeds when he picks.
Copied from 10/15/25: "LN2 to 5 verrucae R hand, 2 FTC; RTC 3-4 wk".
O: Nine verrucous papules: R index periungual (2), R thumb (1), R dorsal hand (2), L middle finger (2),
L palm (1), L dorsal hand (1). 3-7 mm.
A/P: Verruca vulgaris x9, painful, spreading.
 LN2 2 FTC to all nine. Tolerated w/ distraction. Blister care.
 - Nightly salicylic acid 17% + duct tape between visits.
 - Candida antigen ILI if not better after 2 more sessions (discussed, not today).
 RTC 3-4 wk.

Attending: Present for procedure. Agree. I. Castellanos MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: up to 14 benign lesions -> 17110 x1 (count today is 9; the 5 in Oct are history, >10 days).",
})

SCENARIOS.append({
    "id": "s37-ds-ak-eighteen-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "Medicare LN2 to 18 AKs pre-coded 17000 + 17003 x17 -> 17004 x1",
    "date": "2026-01-08",
    "patient": ("Gustafsen", "Harold", "1950-04-13", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp/face/dorsal hands", "L57.0", "Scalp, face, dorsal hands", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Scalp",
          "LN2, 1 lesion.", ["c1"]),
        P("Destruction premalignant lesions, 2-14 each", "17003", "Scalp, face, dorsal hands",
          "LN2 to remaining lesions; charge entered as 17003 x17.", ["c1"]),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH DERMATOLOGY RESIDENT CLINIC
DOS 01/08/2026 - Resident: Priya Ferreira MD - Attending: Samuel Weiss MD - Medicare Part B

S: 75M, retired roofer, hx SCC R ear 2022 (Mohs). Rough spots scalp/face/hands again.
Copied fwd 07/2025: "LN2 x 11 AKs; declined 5-FU".
O: Gritty erythematous scaly papules: scalp 8, forehead 3, R cheek 1, L ear 1, dorsal hands 5 (R3/L2).
Total 18. No indurated/tender lesions; R ear Mohs site clear.
A/P: AKs x18 - LN2 to all 18, ~5-8 s FTC each.
 - Field tx (5-FU/calcipotriene) offered again - declined.
 - SPF/hat counseling. FBSE 6 mo.
Resident charge entry: 17000 x1 + 17003 x17.

Attending: present for procedure. S. Weiss MD
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more AKs -> 17004 x1 instead of 17000/17003 (17003 x17 also exceeds its 13-unit scope).",
})

SCENARIOS.append({
    "id": "s37-ds-edc-superficial-bcc-chest",
    "family": "destruction", "shape": "free-text",
    "description": "Medicare ED&C of biopsy-proven superficial BCC R upper chest, final defect 1.4 cm -> 17262",
    "date": "2025-12-18",
    "patient": ("Marchand", "Yvette", "1945-09-22", "female"),
    "provider": "santos", "payer": "medicare-ngs", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper chest", "C44.519", "Right upper chest, infraclavicular",
          reason=True),
    ],
    "procedures": [
        P("ED&C", None, "Right upper chest, infraclavicular",
          "Clinical tumor 0.9 cm. Curettage + electrodesiccation x3 cycles. Final defect 1.4 cm.", ["c1"]),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH DERM RESIDENT CONTINUITY CLINIC
DOS 12/18/2025 | Resident: O. Haddad MD | Attending: R. Santos MD | Medicare (NGS)

S: 80F, superficial BCC R upper chest - shave bx 12/02/25 (HCH S25-5640: BCC, superficial type).
Options reviewed: excision, ED&C, topical imiquimod, Mohs (not indicated - trunk, small, superficial).
Pt chose ED&C.
O: R infraclavicular chest 0.9 cm pink scaly plaque w/ healing bx site.
PROC: ED&C - lido w/ epi; 3 cycles curettage + electrodesiccation; final defect 1.4 cm. Vaseline/bandage.
A/P: sBCC R chest treated w/ ED&C. Wound care - heals 3-4 wk. Skin check 6 mo.
 Imiquimod only if recurrence.

Attending attestation: I was present for the ED&C. R. Santos MD
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction sized by the final curettage defect (1.4 cm), trunk -> 17262. Biopsy was "
                  "12/02 (000 global), not re-billed.",
})

SCENARIOS.append({
    "id": "s37-em-isotretinoin-month4-labs",
    "family": "em", "shape": "note-only",
    "description": "Isotretinoin month-4 visit, labs reviewed, iPLEDGE; copy-forward ILK not billed -> 99214",
    "date": "2026-01-06",
    "patient": ("Guerrero", "Alondra", "2008-07-15", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic, on isotretinoin", "L70.0", "Face, back", reason=True),
        C("c2", "Hypertriglyceridemia, drug-induced", "E78.1", reason=True),
    ],
    "note_title": "Derm Resident Clinic Progress Note",
    "note": """HARBOR COUNTY HOSPITAL DERMATOLOGY - RESIDENT CONTINUITY CLINIC
DOS 01/06/2026. Resident: Kwame Mensah MD (PGY-2). Attending: Chidi Okonkwo MD. Medicaid.

S: 17F isotretinoin month 4 (40 mg BID, cum ~ 95 mg/kg). Dry lips/eyes. No HA, vision change, back pain,
mood changes (PHQ-9 = 2). Abstinence + OCP (2 forms) confirmed. 
Interval (copied fwd from 10/2025): "ILK to 2 cysts chin, 2.5 mg/mL 0.2 mL" - no cysts since.
O: Face: few comedones, no inflammatory lesions, no cysts; cheilitis. Back: clearing.
Labs 12/30: urine hCG neg (in-clinic today also neg); TG 212 (was 148), LFTs nl.
A/P:
1. Nodulocystic acne on isotretinoin - excellent response. Cont 40 mg BID. iPLEDGE confirmed today.
2. Hypertriglyceridemia on isotretinoin - mild; low-fat diet, repeat fasting lipids 4 wk; reduce dose
   if TG > 400.
 - Cysts: none - no ILK needed today.
RTC 4 wk.

Attending attestation: I saw the patient with the resident, reviewed labs and iPLEDGE, and agree with
the plan. C. Okonkwo MD
""",
    "expected": E([L("99214")], dx={"99214": ["L70.0"]}),
    "coder_note": "E/M only, provider level kept. ILK is copy-forward / explicitly not done today.",
})

SCENARIOS.append({
    "id": "s37-em-medicare-screening-fbse-gy",
    "family": "em", "shape": "free-text",
    "description": "Medicare new pt screening-only FBSE, no history, no complaint, nothing found -> 99202-GY",
    "date": "2025-10-24",
    "patient": ("Pennington", "Roy", "1959-11-30", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20, "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "procedures": [
        P("Full body skin examination", None, "Total body",
          "Screening exam, scalp to soles, incl. dermoscopy of nevi. No suspicious lesions."),
    ],
    "note_title": "Derm Resident Clinic - New Patient",
    "note": """HCH DERMATOLOGY RESIDENT CLINIC - NEW PT
DOS 10/24/2025 . Resident: P. Ferreira MD . Attending: A. Lindgren MD . Medicare Part B

S: 66M, here because "my wife said I should get a skin check." No spots of concern, no new/changing/
bleeding lesions, no itch. No personal or family hx of skin cancer or melanoma. No tanning hx. Not
immunosuppressed.
O: FBSE (scalp, face, trunk, extremities, palms/soles, nails, genitals deferred): scattered benign-
appearing SKs on back, cherry angiomas trunk, ~20 small regular nevi (dermoscopy reticular/globular,
symmetric). No lesions of concern.
A/P: Skin cancer screening - normal exam; no lesions of concern, nothing requiring treatment.
 - Sun protection / self-skin-exam education. 
 - No bx, no LN2.
 RTC PRN.

Attending: I examined the pt with Dr. Ferreira and agree. A. Lindgren MD
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare screening-only skin exam (no history, no complaint, nothing found) -> E/M "
                  "with GY. The FBSE 'procedure' is the exam itself, not a separate service.",
})

SCENARIOS.append({
    "id": "s37-em-hs-new-patient-id-declined",
    "family": "em", "shape": "note-only",
    "description": "New pt HS Hurley II: doxy + biologic planning; I&D offered but declined -> 99204 only",
    "date": "2025-11-10",
    "patient": ("Mwangi", "Wanjiru", "1999-04-04", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II", "L73.2", "Bilateral axillae, groin", reason=True),
    ],
    "note_title": "Derm Resident Clinic - New Patient",
    "note": """HARBOR COUNTY HOSPITAL DERM RESIDENT CONTINUITY CLINIC - NEW PATIENT
DOS 11/10/2025  Resident: O. Haddad MD (PGY-2)  Attending: J. Abernathy MD  Medicaid

S: 26F, painful recurrent "boils" armpits + groin since age 17, draining, scarring. Multiple ED I&Ds
(last 08/2025 per records). Smoker 1/2 ppd. BMI 38. No IBD sx. Worse premenses.
O: Bilat axillae: double-ended comedones, 2 sinus tracts R, rope-like scarring; L groin: 2 cm fluctuant
tender nodule, 1 draining tunnel. No cellulitis. Hurley II.
A/P: Hidradenitis suppurativa, Hurley II, active (IHS4 = 9).
 - Start doxycycline 100 mg BID x 12 wk; chlorhexidine 4% wash; BPO wash.
 - Adalimumab discussed; TB QuantiFERON, hep B/C, CBC/CMP ordered for biologic prior-auth.
 - Smoking cessation counseling (3 min), referral to quit line; weight mgmt referral.
 - L groin fluctuant nodule: I&D offered for symptom relief - pt DECLINED today (wants to try abx first).
   Deroofing for tunnels to be discussed at f/u.
 - Pain: ibuprofen/APAP.
RTC 6 wk.

Attending attestation: I saw and examined the patient, discussed with Dr. Haddad, and agree with the
assessment and plan. J. Abernathy MD
""",
    "expected": E([L("99204")], dx={"99204": ["L73.2"]}),
    "coder_note": "I&D was offered and declined; deroofing is future - no procedure lines. E/M level as selected.",
})

SCENARIOS.append({
    "id": "s37-mixed-finger-warts-ln2-plus-keloid-ilk",
    "family": "mixed", "shape": "note-only",
    "description": "LN2 to 4 finger warts + ILK to L earlobe keloid (6 mg) -> 17110 + 11900-XS + J3301",
    "date": "2025-12-15",
    "patient": ("Adebayo", "Tunde", "2005-10-19", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Verruca vulgaris, right fingers", "B07.8", "Right fingers", reason=True),
        C("c2", "Keloid, left earlobe", "L91.0", "Left earlobe", reason=True),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH DERMATOLOGY - RESIDENT CONTINUITY CLINIC
DOS 12/15/2025 | Res: B. Solano MD | Att: S. Weiss MD | Medicaid

S: 20M, (1) warts R fingers x 6 mo, painful w/ gripping at work (warehouse), 4 now; (2) L earlobe keloid
after piercing, itchy/growing - ILK #2 today (ILK #1 11/10/25 copied fwd: "Kenalog-10, 0.5 mL").
O: R index (2), R middle (1), R ring (1) verrucous papules 4-6 mm. L posterior earlobe keloid 1.3 cm,
slightly flatter than Nov.
A/P:
1. Verruca vulgaris x4 R fingers - LN2 2 FTC each.
2. Keloid L earlobe - ILK: Kenalog-10 (10 mg/mL) undiluted, 0.6 mL = 6 mg. Pressure earring.
 Consent for both. Tolerated.
RTC 4 wk (LN2 + ILK #3).

Attending: present for both procedures; agree. S. Weiss MD
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301")],
                  dx={"17110": ["B07.8"], "11900": ["L91.0"]}),
    "coder_note": "17110/11900 PTP ind 1 (11900 column 2): different lesion (ear keloid vs finger warts) -> XS on "
                  "11900. 6 mg -> J3301 x1.",
})

SCENARIOS.append({
    "id": "s37-mixed-punch-shave-and-ak-medicare",
    "family": "mixed", "shape": "free-text",
    "description": "Medicare: punch bx R forearm + shave removal L flank 0.9 cm + LN2 3 AKs -> XS on 11301 and 17000",
    "date": "2026-01-15",
    "patient": ("Vandermeer", "Arthur", "1952-02-17", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right forearm", "C44.622", "Right dorsal forearm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left flank", "L82.0", "Left flank", reason=True),
        C("c3", "Actinic keratoses, face", "L57.0", "Forehead, nose, left temple", reason=True),
    ],
    "procedures": [
        P("Punch biopsy 4 mm", None, "Right dorsal forearm",
          "Hyperkeratotic nodule 1.0 cm, r/o SCC; 4 mm punch, 1 suture.", ["c1"]),
        P("Shave removal", None, "Left flank",
          "0.9 cm bleeding, crusted papule catching on belt; shaved off flush, electrocautery.", ["c2"]),
        P("Cryotherapy AKs x3", None, "Forehead, nasal dorsum, left temple", "LN2 1 FTC each.", ["c3"]),
    ],
    "path": [
        {"text": "A. R forearm punch: invasive squamous cell carcinoma, well differentiated, extends to base. "
                 "B. L flank shave: irritated seborrheic keratosis.", "site": "Right forearm; left flank"},
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HCH DERM RESIDENT CLINIC
DOS 01/15/2026  Resident: Lauren Tseng MD  Attending: Ines Castellanos MD  Medicare Part B

S: 73M: (1) growing crusty bump R forearm x 2 mo; (2) L flank spot catches on belt, bleeds; (3) rough
spots face.
Copied fwd 07/2025: "LN2 x 4 AKs face". 
O: R dorsal forearm 1.0 cm hyperkeratotic nodule. L flank 0.9 cm crusted, bleeding stuck-on papule.
Face: 3 gritty AKs (forehead, nasal dorsum, L temple).
A/P:
1. Nodule R forearm r/o SCC vs HAK -> punch bx.
2. Irritated/bleeding SK-like papule L flank -> shave removal (entire lesion).
3. AKs x3 -> LN2.
 Path to HCH. Definitive tx of forearm per path.

Attending: present for all procedures. I. Castellanos MD
""",
    "expected": E([L("11104"), L("11301", 1, "XS"), L("17000", 1, "XS"), L("17003", 2)],
                  dx={"11104": ["C44.622"], "11301": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "Three different lesions/sites. PTP ind 1: 11104/11301, 11104/17000 and 11301/17000 -> XS on the "
                  "column-2 codes 11301 and 17000. 3 AKs -> 17000 + 17003 x2. Flank 0.9 cm trunk -> 11301.",
})

SCENARIOS.append({
    "id": "s37-mixed-hs-id-and-ilk-precoded-missing-25",
    "family": "mixed", "shape": "pre-coded",
    "description": "HS flare: I&D R axilla + ILK 3 nodules (15 mg) + adalimumab start; 99214 sent without 25",
    "date": "2026-01-22",
    "patient": ("Simmons-Reyes", "Jamal", "1995-08-21", "male"),
    "provider": "lindgren", "payer": "medicaid-mco", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley II, flaring", "L73.2", "Bilateral axillae, left groin", reason=True),
    ],
    "procedures": [
        P("I&D abscess", "10060", "Right axilla",
          "3 cm fluctuant HS abscess, single cavity, drained, irrigated, no packing.", ["c1"]),
        P("Intralesional injection", "11900", "Left axilla, left groin",
          "TAC 10 mg/mL into 3 inflamed nodules (L axilla 2, L groin 1), total 1.5 mL.", ["c1"]),
    ],
    "note_title": "Derm Resident Clinic Note",
    "note": """HARBOR COUNTY HOSPITAL DERMATOLOGY - RESIDENT CONTINUITY CLINIC
DOS 01/22/2026. Resident: Priya Ferreira MD. Attending: Astrid Lindgren MD. Medicaid MCO.

S: 30M HS Hurley II, f/u. On doxy 100 BID x 12 wk (since 10/2025) - still flaring q2wk. Painful R armpit
abscess x 4 d + tender lumps L armpit/groin.
Copied fwd 10/2025: "I&D L groin, ILK x2" - healed.
O: R axilla 3 cm fluctuant abscess. L axilla 2 inflamed nodules, L groin 1 inflamed nodule (1-1.5 cm), not
fluctuant. Sinus tracts bilat axillae. IHS4 = 12.
A/P: HS Hurley II, failing oral abx.
 - Stop doxy. START adalimumab 160 mg d1, 80 mg d15, then 40 mg weekly - QuantiFERON neg (12/2025),
   hep panel neg; prior auth approved. Injection teaching by RN.
 - I&D R axillary abscess (see proc).
 - ILK 10 mg/mL to 3 nodules L axilla/groin, 1.5 mL = 15 mg.
 - Clindamycin lotion BID; chlorhexidine wash.
RTC 8 wk.
Resident LOS: 99214 (no modifier entered).

Attending: I saw the pt, agree with starting adalimumab; present for I&D and ILK. A. Lindgren MD
""",
    "expected": E([L("99214", 1, "25"), L("10060"), L("11900"), L("J3301", 2)], dx={"11900": ["L73.2"]}),
    "coder_note": "Biologic start / antibiotic stop is separately identifiable -> 25 added to the E/M. I&D of one "
                  "abscess and ILK of 3 other nodules have no PTP edit; 15 mg -> J3301 x2.",
})
