"""Sealed set 32 (s32-): private-equity-backed multi-state dermatology group on Epic.

Cardinal Peak Dermatology Partners (sites in Frisco TX, Scottsdale AZ, Tampa FL, Columbus OH). Heavily templated
Epic notes: SmartList checkboxes, "Procedure Note" templates with labelled fields, copied template text that was not
performed (unticked options, "Repair: N/A"), PA-C / NP notes with supervising-physician attestation, template blocks
repeated per lesion, and charge-router (pre-coded) charges that are sometimes wrong. Expected answers from the rule
book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =================================================================================================================
# BATCH 1: biopsy, shave, destruction
# =================================================================================================================

SCENARIOS.append({
    "id": "s32-bx-three-lesions-template-repeated",
    "family": "biopsy", "shape": "note-only",
    "description": "PA-C note, biopsy template repeated for 3 lesions: punch L upper back, shave R forearm, shave L cheek",
    "date": "2026-02-10",
    "patient": ("Whitcombe", "Dana", "1979-08-14", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic nevus, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Neoplasm of unspecified behavior, right forearm", "D49.2", "Right dorsal forearm"),
        C("c3", "Neoplasm of unspecified behavior, left cheek", "D49.2", "Left cheek"),
    ],
    "path": [
        {"text": "A. Skin, left upper back, punch: compound dysplastic nevus with mild atypia, margins free.",
         "site": "Left upper back", "date": "2026-02-13"},
        {"text": "B. Skin, right dorsal forearm, shave: hypertrophic actinic keratosis.", "site": "Right forearm",
         "date": "2026-02-13"},
        {"text": "C. Skin, left cheek, shave: sebaceous hyperplasia.", "site": "Left cheek", "date": "2026-02-13"},
    ],
    "note_title": "Procedure Visit",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - FRISCO TX
Procedure Visit    DOS: 02/10/2026
Provider: Jordan Pike, PA-C    Supervising physician: Adaeze Okafor, MD

Reason for visit: three spots flagged at her skin check 01/27 - returns for sampling as planned.

PROCEDURE NOTE - SKIN BIOPSY (Lesion A)
Site: left upper back, 4 cm lateral to the spine
Size: 6 mm irregularly pigmented macule
Technique: [ ] Shave (tangential)  [x] Punch  [ ] Incisional (wedge)  [ ] Excisional
Instrument: 4 mm punch
Anesthesia: 1% lidocaine w/ epi, 1 mL
Hemostasis: pressure
Closure: [x] Simple interrupted, 2 x 4-0 nylon  [ ] Layered  [ ] None
Repair: N/A (simple closure included)
Specimen: [x] Sent - jar A

PROCEDURE NOTE - SKIN BIOPSY (Lesion B)
Site: right dorsal forearm
Size: 5 mm scaly pink papule
Technique: [x] Shave (tangential)  [ ] Punch  [ ] Incisional (wedge)  [ ] Excisional
Instrument: DermaBlade
Anesthesia: 1% lidocaine w/ epi, 0.5 mL
Hemostasis: aluminum chloride
Closure: [ ] Simple interrupted  [ ] Layered  [x] None
Repair: N/A
Specimen: [x] Sent - jar B

PROCEDURE NOTE - SKIN BIOPSY (Lesion C)
Site: left cheek, 1 cm below the zygoma
Size: 4 mm umbilicated yellowish papule
Technique: [x] Shave (tangential)  [ ] Punch  [ ] Incisional (wedge)  [ ] Excisional
Instrument: DermaBlade
Anesthesia: 1% lidocaine w/ epi, 0.5 mL
Hemostasis: aluminum chloride
Closure: [ ] Simple interrupted  [ ] Layered  [x] None
Repair: N/A
Specimen: [x] Sent - jar C

Cryotherapy: [ ] performed today  -- not indicated
Consent, time-out and wound care per clinic protocol. Tolerated well.
Plan: results by portal in 7-10 days; sutures out in 10-14 days (may be done by PCP).

Attestation: I was present in the suite and available for supervision. I reviewed the PA's documentation and
agree with the findings and plan. - Adaeze Okafor, MD
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, the two shave biopsies take 11103 x2. Simple "
                  "closure is included in the punch; 'Repair: N/A' lines and the unticked cryotherapy add nothing.",
})

SCENARIOS.append({
    "id": "s32-bx-precoded-two-primaries",
    "family": "biopsy", "shape": "pre-coded",
    "description": "NP visit, charge router dropped 11102 on both tangential biopsies (R upper arm, L lower leg)",
    "date": "2026-01-22",
    "patient": ("Ochoa", "Ramiro", "1968-03-02", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Lesion of skin, right upper arm", "D49.2", "Right upper arm", reason=True),
        C("c2", "Lesion of skin, left lower leg", "D49.2", "Left lower leg", reason=True),
    ],
    "procedures": [
        P("Shave biopsy, skin", cpt="11102", site="Right upper arm, posterior",
          note="8 mm crusted pink papule. Tangential biopsy with DermaBlade, AlCl hemostasis, no closure.",
          reasons=["c1"]),
        P("Shave biopsy, skin", cpt="11102", site="Left lower leg, anterior",
          note="7 mm hyperkeratotic papule. Tangential biopsy with DermaBlade, AlCl hemostasis, no closure.",
          reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Cardinal Peak Dermatology Partners - Tampa Westshore
Provider: June Abernathy, APRN, FNP-C   Supervising: Wei Chen, MD
DOS 01/22/2026

CC: 2 growing bumps, R arm and L leg, x 3 months, bleed when scratched.

PROCEDURE: SKIN BIOPSY x 2
Lesion 1
  Site: R posterior upper arm   Size: 0.8 cm
  Technique: [x] Tangential/shave  [ ] Punch ___ mm  [ ] Incisional
  Hemostasis: [x] Aluminum chloride  [ ] Electrocautery
  Closure: N/A
Lesion 2
  Site: L anterior lower leg    Size: 0.7 cm
  Technique: [x] Tangential/shave  [ ] Punch ___ mm  [ ] Incisional
  Hemostasis: [x] Aluminum chloride  [ ] Electrocautery
  Closure: N/A

Both specimens labelled and sent to dermpath. Consent signed, time-out done. Pt tolerated well.
Vaseline + bandage daily until healed.

A/P: Two lesions, R upper arm and L lower leg, r/o SCC vs irritated SK - bx done, f/u with results.

Supervising physician attestation: I have reviewed the note of the nurse practitioner and agree. Wei Chen, MD
""",
    "expected": E([L("11102"), L("11103")], topics=["coding-correction"]),
    "coder_note": "BX-2: one primary per encounter; the second tangential biopsy is the add-on 11103, not a "
                  "second 11102. Dx stays D49.2 (r/o not coded, pathology not yet resulted).",
})

SCENARIOS.append({
    "id": "s32-bx-wedge-thigh-plus-punch-shin",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional (wedge) biopsy R thigh for panniculitis + 4 mm punch L shin; layered closure unticked",
    "date": "2026-03-04",
    "patient": ("Lindahl", "Greta", "1955-11-19", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 40,
    "conditions": [
        C("c1", "Tender subcutaneous nodules, right anterior thigh", "R22.41", "Right anterior thigh", reason=True),
        C("c2", "Violaceous plaque, left shin", "L98.9", "Left shin", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy - wedge/fusiform, to subcutaneous fat", site="Right anterior thigh",
          note="Fusiform wedge 2.0 x 0.6 cm with #15 blade through dermis into subcutaneous fat to sample a "
               "deep tender nodule (panniculitis work-up). Closed with 4-0 nylon simple interrupted x 3.",
          reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Left shin",
          note="Separate violaceous plaque. 4 mm punch, one 4-0 nylon suture.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Office Procedure",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - COLUMBUS OH
PROCEDURE NOTE - SKIN BIOPSY (MULTIPLE)
Physician: Samuel Weiss, MD       DOS: 03/04/2026

Indication: 70 y/o F with 6 weeks of tender red nodules of the R thigh (r/o erythema nodosum vs lupus
panniculitis) and a separate firm violaceous plaque of the L shin (r/o morphea vs stasis). Deep sampling of the
thigh needed - a punch would not reach the septa.

Specimen 1
  Site: R anterior thigh
  Type: [ ] Shave  [ ] Punch  [x] Incisional (wedge)  [ ] Excisional
  Depth: subcutaneous fat
  Closure: [x] Simple  [ ] Intermediate (layered)  [ ] Complex
  Intermediate repair: N/A
  Specimen to: dermpath (formalin) + [ ] DIF  -- DIF not sent
Specimen 2
  Site: L shin
  Type: [ ] Shave  [x] Punch 4 mm  [ ] Incisional  [ ] Excisional
  Closure: [x] Simple, 1 suture
  Specimen to: dermpath (formalin)

EBL minimal. No complications. Wound care reviewed. Suture removal 12-14 days.
Plan: labs (CBC, ANA, ASO) drawn by PCP last week - will review with path.
""",
    "expected": E([L("11106"), L("11105")]),
    "coder_note": "BX-2: incisional outranks punch -> 11106 primary + 11105 for the punch. Simple closures are "
                  "included; the intermediate-repair line is N/A. Rule-out diagnoses not coded (R22.41 / L98.9).",
})

SCENARIOS.append({
    "id": "s32-bx-punch-calf-psoriasis-flare-em25",
    "family": "biopsy", "shape": "note-only",
    "description": "Established pt: psoriasis flare with new systemic Rx (99214) + punch bx of changing nevus L calf",
    "date": "2026-02-18",
    "patient": ("Brandvold", "Tessa", "1986-05-27", "female"),
    "provider": "ramirez", "payer": "commercial-aetna", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Changing pigmented lesion, left calf", "D49.2", "Left posterior calf", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - SCOTTSDALE AZ
OFFICE VISIT - ESTABLISHED PATIENT          DOS 02/18/2026
Provider: Sofia Ramirez, MD

CHIEF COMPLAINT: [x] Psoriasis follow-up  [x] Spot check  [ ] Full skin exam  [ ] Acne

HPI: 39F with plaque psoriasis, previously controlled on clobetasol/calcipotriene. Flared over the last
2 months after a strep infection: new plaques on elbows, knees, scalp, lower back; itch 7/10, BSA now ~9%.
Also reports a mole on the back of the L calf that has darkened and grown over 4 months.

EXAM: Well-demarcated erythematous scaly plaques bilateral elbows and knees, scalp margin, sacrum; BSA 9%.
No nail pitting. No joint swelling. L posterior calf: 7 mm macule with two shades of brown and irregular border.

ASSESSMENT / PLAN
1. Psoriasis vulgaris, flare (BSA 9%), inadequately controlled on topicals.
   - Start apremilast with 5-day titration pack, then 30 mg BID; GI side effects and mood changes counselled.
   - Continue clobetasol 0.05% oint BID to plaques x 2 wk then weekends only.
   - Discussed biologics as the next step if no response at 16 weeks; declined phototherapy (work schedule).
2. Changing pigmented lesion, L calf - biopsy today.

PROCEDURE NOTE - PUNCH BIOPSY
Site: L posterior calf     Size: 7 mm
Technique: [ ] Shave  [x] Punch 6 mm  [ ] Incisional
Closure: [x] Simple, 4-0 nylon x 2     Repair: N/A
Specimen: sent, rush read requested
Tolerated well. Suture removal 14 days.

Follow-up: 6 weeks psoriasis recheck; biopsy result by phone.
LOS: 99214
""",
    "expected": E([L("99214", 1, "25"), L("11104")]),
    "coder_note": "GS-3: the psoriasis flare with a new systemic prescription is significant, separately "
                  "identifiable work beyond the biopsy decision -> 99214-25 + 11104 (11104/99214 PTP ind 1).",
})

SCENARIOS.append({
    "id": "s32-shave-three-site-groups-irritated-sk",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of 3 irritated SKs in three site groups: L upper arm 0.7, scalp 0.4, R nasal sidewall 1.2",
    "date": "2026-01-29",
    "patient": ("Pettibone", "Lorraine", "1949-02-06", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left upper arm", "L82.0", "Left upper arm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, scalp", "L82.0", "Scalp vertex", reason=True),
        C("c3", "Inflamed seborrheic keratosis, right nasal sidewall", "L82.0", "Right nasal sidewall", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - TAMPA WESTSHORE
Procedure Note      DOS 01/29/2026
Provider: Rafael Santos, PA-C     Supervising: Wei Chen, MD

HPI: 76F with three keratotic growths that are irritated and bleeding: L upper arm (bra strap rubs it, bled
twice), scalp (comb catches it, bleeds), R side of nose (eyeglass pad rests on it, red and sore).

PROCEDURE NOTE - SHAVE REMOVAL  (1 of 3)
  Site: L upper arm, lateral       Lesion diameter: 0.7 cm
  Intent: [x] Shave removal (complete removal)  [ ] Shave biopsy (sampling)
  Findings: inflamed, crusted, eroded stuck-on papule
  Hemostasis: [x] Aluminum chloride  [ ] Electrocautery
  Closure/Repair: N/A
PROCEDURE NOTE - SHAVE REMOVAL  (2 of 3)
  Site: scalp, vertex              Lesion diameter: 0.4 cm
  Intent: [x] Shave removal (complete removal)  [ ] Shave biopsy (sampling)
  Findings: inflamed, crusted, eroded stuck-on papule
  Hemostasis: [x] Aluminum chloride  [ ] Electrocautery
  Closure/Repair: N/A
PROCEDURE NOTE - SHAVE REMOVAL  (3 of 3)
  Site: R nasal sidewall           Lesion diameter: 1.2 cm
  Intent: [x] Shave removal (complete removal)  [ ] Shave biopsy (sampling)
  Findings: inflamed, erythematous, tender
  Hemostasis: [ ] Aluminum chloride  [x] Electrocautery
  Closure/Repair: N/A

All three specimens sent for histology (pt request). Consent, time-out, wound care per protocol.
ED&C: [ ] not performed. Cryotherapy: [ ] not performed.
A/P: Inflamed SKs x 3, symptomatic (bleeding, irritation) - removed. Path to follow.

Attestation: Supervising physician available on site. Note reviewed. - Wei Chen, MD
""",
    "expected": E([L("11301"), L("11305"), L("11312")], dx={"11301": ["L82.0"]}),
    "coder_note": "SH-1: shave removal by site group and lesion diameter: arm 0.7 -> 11301 (TAL), scalp 0.4 -> "
                  "11305 (SNHFG), nose 1.2 -> 11312 (FEENLM). Intent is removal, so not biopsy codes (BX-4).",
})

SCENARIOS.append({
    "id": "s32-shave-precoded-wrong-band-back",
    "family": "shave", "shape": "pre-coded",
    "description": "Two shave removals pre-coded 11300 each; the upper-back lesion is 1.4 cm (11302), flank 0.5 cm correct",
    "date": "2026-03-11",
    "patient": ("Marchand", "Colette", "1991-09-09", "female"),
    "provider": "halvorsen", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Irritated dermal nevus, upper back", "D22.5", "Upper back, midline", reason=True),
        C("c2", "Irritated dermal nevus, left flank", "D22.5", "Left flank", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk", cpt="11300", site="Upper back, midline",
          note="1.4 cm pedunculated dermal nevus, catches on bra clasp, bled twice. Shave removal, AlCl.",
          reasons=["c1"]),
        P("Shave removal, trunk", cpt="11300", site="Left flank",
          note="0.5 cm raised nevus, rubs on waistband, inflamed. Shave removal, AlCl.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cardinal Peak Dermatology Partners - Columbus OH
PROCEDURE NOTE - SHAVE REMOVAL             DOS 03/11/2026
Kirsten Halvorsen, MD

Lesion #1
Site: upper back, midline at bra line
Size: 1.4 x 1.1 cm (greatest diameter 1.4 cm)
Dx (clinical): irritated intradermal nevus - traumatised by bra clasp, bled x2
Technique: [x] Shave removal  [ ] Shave biopsy  [ ] Snip
Hemostasis: aluminum chloride
Repair: N/A

Lesion #2
Site: L flank at waistband
Size: 0.5 cm
Dx (clinical): irritated intradermal nevus - inflamed from waistband friction
Technique: [x] Shave removal  [ ] Shave biopsy  [ ] Snip
Hemostasis: aluminum chloride
Repair: N/A

Specimens x 2 to pathology. Wound care reviewed.
Path 03/14: both intradermal melanocytic nevi, no atypia.
""",
    "path": [{"text": "1) Upper back, shave: intradermal melanocytic nevus, no atypia. 2) Left flank, shave: "
                      "intradermal melanocytic nevus, no atypia.", "site": "Back and flank", "date": "2026-03-14"}],
    "expected": E([L("11302"), L("11300")], topics=["coding-correction"], dx={"11302": ["D22.5"]}),
    "coder_note": "SH-1: the 1.4 cm lesion is in the 1.1-2.0 cm TAL band -> 11302, not 11300; the 0.5 cm flank "
                  "lesion stays 11300.",
})

SCENARIOS.append({
    "id": "s32-shave-neck-size-blank",
    "family": "shave", "shape": "free-text",
    "description": "Shave removals: R chest 0.8 cm (11301) and L neck with the template size field left blank",
    "date": "2026-02-05",
    "patient": ("Gaines", "Tobias", "1972-12-01", "male"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right chest", "L82.0", "Right upper chest", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left neck", "L82.0", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right upper chest",
          note="Lesion 0.8 cm, inflamed, itching and bleeding. Shave removal with DermaBlade, AlCl.",
          reasons=["c1"]),
        P("Shave removal", site="Left lateral neck",
          note="Inflamed SK rubbing on collar. Shave removal with DermaBlade, AlCl.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - FRISCO TX
Provider: Jordan Pike, PA-C   |  Supervising: Adaeze Okafor, MD   |  DOS 02/05/2026

S: 53M, 2 itchy crusted growths (R chest, L neck) that bleed with shirt/collar friction.

PROCEDURE NOTE - SHAVE REMOVAL
Lesion 1: Site: R upper chest   Size: 0.8 cm
          Technique: [x] Shave removal  [ ] Shave biopsy   Hemostasis: AlCl   Repair: N/A
Lesion 2: Site: L lateral neck  Size: ___ cm
          Technique: [x] Shave removal  [ ] Shave biopsy   Hemostasis: AlCl   Repair: N/A

Specimens: [ ] sent  [x] discarded - clinically classic inflamed SKs
Post-care: petrolatum, bandage.
A: Inflamed SK x2, symptomatic - removed.

I have reviewed and agree with the PA's assessment and plan. - A. Okafor, MD
""",
    "expected": E([L("11301")], topics=["missing-documentation"]),
    "coder_note": "Missing measurement: the neck lesion has no size anywhere, so no 11305-11308 line "
                  "(missing-documentation); the chest lesion 0.8 cm -> 11301.",
})

SCENARIOS.append({
    "id": "s32-ds-ak-count-scattered-words",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 of AKs: seven on the scalp and four on the forehead, count field left blank; Medicare FFS",
    "date": "2026-01-14",
    "patient": ("Hargrove", "Wendell", "1944-07-30", "male"),
    "provider": "santos", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp and forehead", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - COLUMBUS OH
DESTRUCTION - PREMALIGNANT LESIONS                          DOS 01/14/2026
Rafael Santos, PA-C   (supervising: Kirsten Halvorsen, MD)

HPI: 81M, hx of BCC (2022), here for treatment of rough scaly spots on the bald scalp and forehead noted at
his December skin check.

Exam: gritty erythematous scaly papules - seven on the bald scalp (vertex and crown) and four across the
forehead. No indurated or ulcerated lesions; nothing concerning for SCC today.

PROCEDURE
Destruction method: [x] Cryotherapy (LN2, spray)  [ ] Curettage  [ ] Electrodesiccation  [ ] Chemical
Freeze-thaw cycles: 2, 5-8 s each
Number of lesions: {NUMBER:20311}
Sites: scalp, forehead
Post-care: expected blistering/crusting explained; petrolatum.
PDT: [ ] offered - declined for now; may consider in summer.
5-FU cream: discussed, will consider next winter.

A/P: AKs of the scalp and forehead - treated as above. RTC 6 months FSE.

Supervising physician review: agree. K. Halvorsen, MD
""",
    "expected": E([L("17000"), L("17003", 10)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 7 + 4 = 11 AKs (the count SmartList was left unfilled, the exam gives the counts) -> "
                  "17000 + 17003 x10. PDT and 5-FU only discussed.",
})

SCENARIOS.append({
    "id": "s32-ds-ak-seventeen-precoded-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "17 AKs face/scalp pre-coded 17000 + 17003 x16 -> 17004 x1",
    "date": "2026-02-24",
    "patient": ("Sorensen", "Bjorn", "1947-04-12", "male"),
    "provider": "chen", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses, face and scalp", "L57.0", "Face and scalp", reason=True)],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Face and scalp",
          note="Cryotherapy LN2. Total 17 AKs treated.", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each (qty 16)", cpt="17003", site="Face and scalp",
          note="Qty 16 per charge router.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cardinal Peak Dermatology Partners - Tampa Westshore
PROCEDURE NOTE - DESTRUCTION OF PREMALIGNANT LESIONS       DOS 02/24/2026
Wei Chen, MD

Indication: multiple actinic keratoses, symptomatic (scaling, tender).
Method: [x] LN2 cryotherapy  [ ] Curettage  [ ] Electrodesiccation
Lesion count by area:
  Scalp ............ 6
  Forehead ......... 4
  L cheek .......... 3
  R cheek .......... 2
  Nose ............. 2
  TOTAL ............ 17
Freeze-thaw x 2. Tolerated well.
Biopsy: [ ] not indicated today - no hypertrophic/indurated lesions.
Post-procedure care handout given. F/u 3 months.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more AKs -> 17004 x1 instead of 17000/17003 (17003 x16 also exceeds its MUE of 13).",
})

SCENARIOS.append({
    "id": "s32-ds-child-warts-fingers-cryo",
    "family": "destruction", "shape": "free-text",
    "description": "Medicaid child, six painful spreading common warts on the fingers, LN2 -> 17110; cantharidin unticked",
    "date": "2026-03-02",
    "patient": ("Nguyen", "Bao", "2015-06-21", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 20,
    "conditions": [C("c1", "Verruca vulgaris, fingers", "B07.8", "Bilateral fingers", reason=True)],
    "procedures": [
        P("Cryotherapy of warts", site="R index, R middle, R ring, L thumb, L index fingers",
          note="6 verrucae vulgares, periungual and digital; painful when writing, spreading over 3 months. "
               "LN2 2 freeze-thaw cycles each.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - FRISCO TX (Pediatric Dermatology)
Folake Adeyemi, MD                                   DOS 03/02/2026

10 y/o boy with mother. Warts on the fingers x 5 months, spreading from 2 to 6; the ones on the R hand hurt
when he writes. OTC salicylic acid x 8 weeks without benefit.

Exam: 6 verrucous papules - R index (2), R middle (1), R ring (1), L thumb (1), L index (1).

PROCEDURE - DESTRUCTION OF BENIGN LESIONS
Method: [x] Cryotherapy (LN2)  [ ] Cantharidin  [ ] Paring  [ ] Pulsed dye laser
Number of lesions: 6
Cycles: 2 x 5 s
Pre-treatment paring: not performed
Child tolerated with distraction. Aftercare given.
Plan: repeat in 3-4 weeks if persistent; consider candida antigen injections if refractory (not today).
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: benign destruction up to 14 lesions -> 17110 x1. Painful, spreading warts meet the "
                  "coverage indications. Cantharidin/paring/candida antigen not done.",
})

# =================================================================================================================
# BATCH 2: E/M, benign excision, malignant excision, I&D
# =================================================================================================================

SCENARIOS.append({
    "id": "s32-em-np-isotretinoin-start-no-procedure",
    "family": "em", "shape": "note-only",
    "description": "NP visit: nodulocystic acne, isotretinoin start with labs; procedure SmartList all unticked -> 99214",
    "date": "2026-01-08",
    "patient": ("Castillo", "Mateo", "2006-10-03", "male"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 35, "em": "99214",
    "conditions": [C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, chest, back", reason=True)],
    "note_title": "Office Visit",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - SCOTTSDALE AZ
OFFICE VISIT - ESTABLISHED          DOS 01/08/2026
June Abernathy, APRN, FNP-C         Supervising physician: Sofia Ramirez, MD

CC: acne follow-up - "not better"
HPI: 19M, nodulocystic acne face/chest/back x 3 yr. Failed doxycycline 100 mg BID x 4 mo (ended 11/2025),
tretinoin 0.05% and BPO wash. New scarring on cheeks. Wants isotretinoin.
PMH: none. No depression/SI history (PHQ-2 negative). Meds: none now. NKDA.

EXAM: multiple inflammatory papules, 6 tender nodules on cheeks/jaw, 4 on upper back; atrophic boxcar scars
bilateral cheeks. No sinus tracts.

ASSESSMENT: Acne vulgaris, nodulocystic, with scarring, failed oral antibiotic.

PLAN:
- Isotretinoin: iPLEDGE registration completed today (male patient). Start 40 mg daily x 1 month
  (0.5 mg/kg), then titrate toward 120-150 mg/kg cumulative.
- Baseline labs ordered: fasting lipid panel, CMP (LFTs). Will review before the 2nd fill.
- Counselled: teratogenicity (no sharing), dryness, mood changes, no waxing/laser, no blood donation,
  limit alcohol. Handout given. Emollient + lip balm.
- Stop tretinoin and doxycycline (not to combine with isotretinoin - pseudotumor risk).

PROCEDURES TODAY:
[ ] Intralesional injection (Kenalog)   [ ] Comedone extraction   [ ] I&D   [ ] Chemical peel
No procedures performed today. Could consider ILK to a flaring nodule at a future visit.

RTC 30 days (iPLEDGE monthly visit).
LOS: 99214 (moderate MDM: prescription drug management requiring lab monitoring)

Attestation: chart reviewed, agree with NP plan. S. Ramirez, MD
""",
    "expected": E([L("99214")], dx={"99214": ["L70.0"]}),
    "coder_note": "Only an E/M: every procedure SmartList item is unticked and ILK is only a future option, so no "
                  "procedure line and no 25.",
})

SCENARIOS.append({
    "id": "s32-em-peds-ad-dupilumab-in-id-global-24",
    "family": "em", "shape": "free-text",
    "description": "Medicaid child: AD flare, dupilumab start (99214) 6 days after I&D (010 global) -> 99214-24; cryo not done",
    "date": "2026-02-12",
    "patient": ("Reyes", "Camila", "2017-01-15", "female"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Atopic dermatitis, severe, flare", "L20.9", "Face, flexures, trunk", reason=True),
        C("c2", "Verruca vulgaris, right knee", "B07.8", "Right knee"),
    ],
    "prior": [PRIOR("2026-02-06", "10060", "I&D abscess", "Left thigh",
                    "Simple I&D of 1.5 cm abscess L lateral thigh, no packing.")],
    "procedures": [
        P("Cryotherapy wart right knee", site="Right knee", status="not-done",
          note="Deferred - mother prefers to wait until the eczema is controlled. Will treat at follow-up."),
    ],
    "note_title": "Office Visit",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - FRISCO TX (Pediatric Dermatology)
Folake Adeyemi, MD          DOS 02/12/2026          Visit type: Established - problem focused

HPI: 9 y/o F with lifelong atopic dermatitis, now severe flare for 6 weeks despite triamcinolone 0.1% oint
BID and tacrolimus 0.03% to face. Waking 3-4 times a night scratching; missed 4 school days. POEM 22.
I drained a L thigh abscess here on 02/06 - mother reports that area is fine; not the reason for today's
visit.

Exam: lichenified eczematous plaques antecubital/popliteal fossae, neck, trunk; facial erythema; excoriations.
BSA ~30%. EASI 24. No impetiginization today. 4 mm verruca R knee.

A/P:
1. Atopic dermatitis, severe, flare, failed mid-potency topical steroid + TCI.
   - Start dupilumab: 300 mg loading then 300 mg q4 weeks (15-<30 kg). Prior auth submitted to Molina.
     Injection teaching with mother. Conjunctivitis risk reviewed.
   - Bridge: triamcinolone 0.1% ointment BID to body x 2 weeks, hydrocortisone 2.5% to face.
   - Bleach baths 2x/week, bland emollient.
2. Wart R knee - LN2 offered, deferred today (see procedure entry). [ ] Cryotherapy performed
3. Thigh I&D site - not examined/addressed today.

Follow-up 4 weeks.   LOS 99214
""",
    "expected": E([L("99214", 1, "24")], topics=["global-period"], dx={"99214": ["L20.9"]}),
    "coder_note": "GS-5: an unrelated E/M (new systemic therapy for AD) inside the 10-day global of the 02/06 I&D "
                  "-> 24. The wart cryotherapy was not done (Procedure status not-done), so no 17110 and no 25.",
})

SCENARIOS.append({
    "id": "s32-em-precoded-new-pt-decision-only-removed",
    "family": "em", "shape": "pre-coded",
    "description": "New patient 99203-25 pre-coded with 11102; the visit addressed only the biopsied lesion -> E/M removed",
    "date": "2026-03-09",
    "patient": ("Albright", "Noelle", "1983-04-28", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 20, "em": "99203",
    "conditions": [C("c1", "Changing lesion of skin, left shoulder", "D49.2", "Left shoulder", reason=True)],
    "procedures": [
        P("Tangential biopsy", cpt="11102", site="Left posterior shoulder",
          note="6 mm pink scaly papule, shave biopsy, AlCl. Specimen to path.", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """Cardinal Peak Dermatology Partners - Columbus OH
NEW PATIENT VISIT                              DOS 03/09/2026
Chidi Okonkwo, MD

Referred by: PCP, for "spot on shoulder"
CC: [x] Lesion check  [ ] Full skin exam  [ ] Rash  [ ] Acne
HPI: 42F, pink scaly spot L posterior shoulder x 4 months, occasionally itchy, not healing. No other concerns.
PMH/FH/SH: reviewed, no skin cancer history, no FH melanoma.
ROS: negative except HPI.
Exam: focused - L posterior shoulder 6 mm pink scaly papule with fine rolled edge. Full skin exam: [ ] done
 -- declined today.
Assessment: Lesion L shoulder, r/o superficial BCC vs ISK.
Plan: shave biopsy today (consent obtained); will call with results; treatment per path.

PROCEDURE NOTE - SHAVE BIOPSY
Site: L posterior shoulder   Size: 6 mm
Technique: [x] Tangential  [ ] Punch  [ ] Incisional
Hemostasis: AlCl     Repair: N/A
Specimen: sent

Charges (auto): 99203-25, 11102
""",
    "expected": E([L("11102")]),
    "coder_note": "GS-3 / conventions: the only problem addressed is the biopsied lesion and the work is the "
                  "decision to biopsy; a new patient does not by itself justify an E/M -> E/M line removed.",
})

SCENARIOS.append({
    "id": "s32-exb-cyst-back-layered-template",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision inflamed epidermoid cyst upper back, excised diameter 2.0 cm, layered closure 3.4 cm",
    "date": "2026-01-27",
    "patient": ("Fairbanks", "Curtis", "1977-06-16", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [C("c1", "Epidermal cyst, upper back", "L72.0", "Upper back", reason=True)],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with foreign-"
                      "body giant cell reaction. No atypia.", "site": "Upper back", "date": "2026-01-30"}],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - COLUMBUS OH
PROCEDURE NOTE - EXCISION                       DOS 01/27/2026
Surgeon: Samuel Weiss, MD

Pre-op dx: inflamed epidermoid cyst, mid upper back - recurrent, painful, drained x2 at urgent care (last 10/2025)
Post-op dx: same

Site: mid upper back, between the scapulae
Lesion size: 1.6 x 1.2 cm
Margins: 2 mm
Excised diameter (lesion + margins): 2.0 cm
Shape: fusiform ellipse, oriented along RSTL
Anesthesia: 1% lidocaine w/ epi 1:100,000, 8 mL
Depth: subcutaneous fat; cyst wall removed intact with surrounding scar
Hemostasis: [x] Electrocautery  [ ] Pressure only
Closure: [ ] Simple  [x] Intermediate (layered)  [ ] Complex
  Deep layer: 3-0 Vicryl buried interrupted
  Superficial: 4-0 nylon simple interrupted
  Repair length: 3.4 cm
Flap: N/A      Graft: N/A
Specimen: [x] Sent to dermpath
EBL: <5 mL.  Complications: none.
Wound care: pressure dressing 48 h. Suture removal 12-14 days. Post-op global visit 2 weeks.
""",
    "expected": E([L("11402"), L("12032")], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: 1.6 + 2 x 0.2 = 2.0 cm on the trunk -> 11402. EX-5: layered closure 3.4 cm (trunk) -> "
                  "12032 separately reportable.",
})

SCENARIOS.append({
    "id": "s32-exb-precoded-hand-nevus-tal-code-and-12001",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision atypical nevus R dorsal hand pre-coded 11401 + 12001 -> 11421 (SNHFG), simple repair included",
    "date": "2026-02-03",
    "patient": ("Quist", "Harold", "1952-09-25", "male"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus with moderate atypia, right dorsal hand", "D22.61", "Right dorsal hand",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, arm/leg/trunk 0.6-1.0 cm", cpt="11401", site="Right dorsal hand",
          note="Re-excision of biopsy site: moderately atypical nevus with positive margin (bx 12/2025). "
               "Scar 0.6 cm, 2 mm margins.", reasons=["c1"]),
        P("Simple repair 2.5 cm or less", cpt="12001", site="Right dorsal hand",
          note="Closed with 5-0 nylon simple interrupted, 2.2 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right dorsal hand, re-excision: residual compound dysplastic nevus with moderate "
                      "atypia, completely excised.", "site": "Right dorsal hand", "date": "2026-02-06"}],
    "note_title": "Procedure Note",
    "note": """Cardinal Peak Dermatology Partners - Frisco TX
PROCEDURE NOTE - EXCISION, BENIGN              DOS 02/03/2026
Adaeze Okafor, MD

Indication: shave bx 12/09/2025 R dorsal hand: compound dysplastic nevus, moderate atypia, peripheral margin
involved. Re-excision recommended.

Site: R dorsal hand, over 3rd metacarpal
Lesion / scar size: 0.6 cm
Margin: 2 mm
Excised diameter: 1.0 cm
Closure: [x] Simple  [ ] Intermediate (layered)  [ ] Complex
  5-0 nylon simple interrupted, length 2.2 cm
Repair (separate): N/A
Specimen: sent
Tolerated well; hand elevation, dressing 24 h, sutures out in 10-14 days.
""",
    "expected": E([L("11421")], topics=["coding-correction", "ncci"], dx={"11421": ["D22.61"]}),
    "coder_note": "EX-2: the hand is in the scalp/neck/hands/feet/genitalia group -> 11421 for 1.0 cm, not 11401. "
                  "EX-3: atypia -> benign code. EX-5: simple closure of the same wound is included (11421/12001 "
                  "PTP ind 1, no distinct wound) -> 12001 removed.",
})

SCENARIOS.append({
    "id": "s32-exb-dermatofibroma-thigh-ellipse-length",
    "family": "excision-benign", "shape": "free-text",
    "description": "PA-C excision painful dermatofibroma L thigh: lesion 0.8 cm + 1 mm margins = 1.0 cm; ellipse 2.8 cm",
    "date": "2026-03-16",
    "patient": ("Mbeki", "Thandiwe", "1994-01-30", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 35,
    "conditions": [C("c1", "Dermatofibroma, left lateral thigh", "D23.72", "Left lateral thigh", reason=True)],
    "procedures": [
        P("Excision of lesion", site="Left lateral thigh",
          note="Painful firm papule, lesion 0.8 cm, 1 mm margins; fusiform ellipse 2.8 x 1.0 cm; simple closure "
               "4-0 nylon 2.8 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left thigh, excision: dermatofibroma (benign fibrous histiocytoma), margins clear.",
              "site": "Left lateral thigh", "date": "2026-03-19"}],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - FRISCO TX
Provider: Jordan Pike, PA-C      Supervising: Adaeze Okafor, MD       DOS 03/16/2026

Indication: firm brown papule L lateral thigh, painful when shaving and bumped at work (nicked it twice with
razor, bled). Wants it out.

PROCEDURE NOTE - EXCISION
Site: L lateral thigh
Pre-op clinical dx: dermatofibroma
Lesion diameter: 0.8 cm
Margin: 0.1 cm
Ellipse dimensions: 2.8 x 1.0 cm (3:1)
Depth: to superficial fat
Closure: [x] Simple interrupted 4-0 nylon   [ ] Intermediate (layered)   [ ] Complex
Closure length: 2.8 cm
Intermediate repair: N/A
Specimen: sent to pathology
Complications: none.  Wound care given; sutures out 10-14 d.

Attestation: I was available for supervision; agree with note. A. Okafor, MD
""",
    "expected": E([L("11401")], dx={"11401": ["D23.72"]}),
    "coder_note": "EX-1: excised diameter = 0.8 + 2 x 0.1 = 1.0 cm -> 11401 (not the 2.8 cm ellipse length). Simple "
                  "closure included; dermatofibroma = D23.72 (left lower limb).",
})

SCENARIOS.append({
    "id": "s32-exm-bcc-back-layered-free-text",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision biopsy-proven BCC L upper back 1.1 cm + 4 mm margins = 1.9 cm, layered closure 4.5 cm",
    "date": "2026-02-17",
    "patient": ("Delacroix", "Vernon", "1958-08-08", "male"),
    "provider": "chen", "payer": "medicare-advantage-ppo", "minutes": 50,
    "conditions": [C("c1", "Basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True)],
    "procedures": [
        P("Excision malignant lesion", site="Left upper back",
          note="Nodular BCC (bx 01/20/2026). Lesion 1.1 cm, 4 mm margins, excised diameter 1.9 cm.",
          reasons=["c1"]),
        P("Layered closure", site="Left upper back",
          note="Intermediate repair, 3-0 Monocryl deep + 4-0 Prolene running, length 4.5 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left upper back, excision: basal cell carcinoma, nodular type, margins free (closest "
                      "3 mm).", "site": "Left upper back", "date": "2026-02-20"}],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - TAMPA WESTSHORE
PROCEDURE NOTE - EXCISION, MALIGNANT                    DOS 02/17/2026
Wei Chen, MD

Dx: nodular BCC L upper back, shave bx 01/20/2026 (CPD-26-00417).
Mohs: [ ] indicated -- trunk, primary nodular, <2 cm: standard excision appropriate.
Site: L upper back, over scapula
Clinical lesion size: 1.1 x 0.9 cm
Margins: 4 mm
Excised diameter: 1.9 cm
Closure: [ ] Simple  [x] Intermediate (layered)  [ ] Complex
  Deep 3-0 Monocryl, superficial 4-0 Prolene running
  Final length: 4.5 cm
Flap/graft: N/A
Frozen sections: [ ] No   (permanent sections only)
Specimen: oriented with suture at 12 o'clock, sent.
Tolerated well. Post-op visit 2 weeks.
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1/EX-2: 1.1 + 2 x 0.4 = 1.9 cm trunk, malignant -> 11602. EX-5: layered repair 4.5 cm trunk "
                  "-> 12032.",
})

SCENARIOS.append({
    "id": "s32-exm-precoded-scc-forearm-benign-code",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "SCC R forearm pre-coded 11402 + 12031; malignant 1.8 cm -> 11602 and 3.0 cm layered -> 12032; Medicare",
    "date": "2026-01-20",
    "patient": ("Kowalczyk", "Edmund", "1941-03-17", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right forearm", "C44.622", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision lesion trunk/arm/leg 1.1-2.0 cm", cpt="11402", site="Right dorsal forearm",
          note="Well-differentiated SCC (bx 12/30/2025). Lesion 1.0 cm, margin 4 mm.", reasons=["c1"]),
        P("Intermediate repair 2.5 cm or less", cpt="12031", site="Right dorsal forearm",
          note="Layered closure, 4-0 Vicryl deep, 5-0 nylon superficial, 3.0 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right forearm, excision: squamous cell carcinoma, well differentiated, margins "
                      "negative.", "site": "Right forearm", "date": "2026-01-23"}],
    "note_title": "Procedure Note",
    "note": """Cardinal Peak Dermatology Partners - Tampa Westshore
PROCEDURE NOTE - EXCISION                                 DOS 01/20/2026
Marc Baptiste, MD

Pre-op dx: SCC, well differentiated, R dorsal forearm (shave bx 12/30/2025)
Template type selected: [x] Benign  [ ] Malignant    <-- defaulted
Site: R dorsal forearm
Lesion: 1.0 cm
Margin: 0.4 cm
Excised diameter: 1.8 cm
Closure: [ ] Simple  [x] Intermediate  [ ] Complex
   4-0 Vicryl deep dermal, 5-0 nylon simple interrupted
   Length: 3.0 cm
Specimen: sent, margins requested
EBL minimal. No complications.
Post-op: keep dry 24 h; suture removal 14 days.
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"], dx={"11602": ["C44.622"]}),
    "coder_note": "EX-3: known SCC -> malignant code; 1.0 + 2 x 0.4 = 1.8 cm arm -> 11602 (template defaulted to "
                  "benign). REP-2: layered 3.0 cm on the arm is 12032 (2.6-7.5), not 12031.",
})

SCENARIOS.append({
    "id": "s32-exm-mis-temple-reexcision-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "MIS L temple: re-excision 9 days after excisional bx (positive margin), 2.0 cm + layered 4.2 cm, both 58",
    "date": "2026-03-03",
    "patient": ("Ashworth", "Miriam", "1963-12-22", "female"),
    "provider": "okafor", "payer": "commercial-uhc", "minutes": 55,
    "conditions": [C("c1", "Melanoma in situ, left temple", "D03.39", "Left temple", reason=True)],
    "prior": [PRIOR("2026-02-22", "11641", "Excision lesion face 0.6-1.0 cm", "Left temple",
                    "Excisional biopsy of 0.5 cm pigmented macule with 1 mm margins (0.7 cm); path MIS, "
                    "peripheral margin involved.")],
    "path": [{"text": "Skin, left temple, re-excision: scar with no residual melanoma in situ; margins clear.",
              "site": "Left temple", "date": "2026-03-06"}],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - FRISCO TX
PROCEDURE NOTE - WIDE LOCAL EXCISION (STAGED, PLANNED)            DOS 03/03/2026
Adaeze Okafor, MD

History: 02/22/2026 excisional biopsy L temple (our office) -> melanoma in situ, lentigo maligna type,
peripheral margin involved. Planned re-excision to clear margins discussed at the 02/22 visit.
Mohs: [ ] referred  [x] discussed - patient prefers WLE with permanent sections.
Frozen section: [ ] Yes  [x] No

Site: L temple
Scar / residual lesion: 1.0 cm
Margin: 0.5 cm
Excised diameter: 2.0 cm
Depth: to superficial temporal fascia (not violated); temporal branch course marked and avoided
Closure: [ ] Simple  [x] Intermediate (layered)  [ ] Complex
  5-0 Monocryl buried, 6-0 Prolene running subcuticular
  Length: 4.2 cm
Flap: N/A      Graft: N/A
Specimen: oriented, sent.
No complications. Post-op 1 week.
""",
    "expected": E([L("11642", 1, "58"), L("12052", 1, "58")], topics=["global-period"],
                  dx={"11642": ["D03.39"]}),
    "coder_note": "EX-3/EX-4: MIS -> malignant code, stays malignant even with a negative re-excision; 1.0 + 2 x 0.5 "
                  "= 2.0 cm face -> 11642. Layered face 4.2 cm -> 12052. Planned re-excision inside the 10-day "
                  "global of the 02/22 excision -> 58 on both lines (GS-5).",
})

SCENARIOS.append({
    "id": "s32-id-axilla-simple-no-packing",
    "family": "incision-drainage", "shape": "free-text",
    "description": "PA-C simple I&D of a L axillary abscess, no loculations, packing field 'None' -> 10060",
    "date": "2026-01-16",
    "patient": ("Pruitt", "Shawna", "1998-07-04", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True)],
    "procedures": [
        P("Incision and drainage of abscess", site="Left axilla",
          note="2 cm fluctuant abscess. #11 blade stab incision, purulent material expressed, no loculations. "
               "Irrigated with saline. Not packed. Culture sent.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - TAMPA WESTSHORE
Rafael Santos, PA-C   (supervising: Marc Baptiste, MD)         DOS 01/16/2026

S: 27F, painful lump L armpit x 4 days, getting bigger. No prior boils. No history of hidradenitis. Afebrile.

PROCEDURE NOTE - INCISION & DRAINAGE
Site: L axilla, central
Size: 2.0 cm fluctuant, erythematous nodule
Anesthesia: 1% lidocaine, 2 mL (ring block)
Incision: #11 blade, 8 mm
Findings: moderate purulent drainage; loculations: [ ] present  [x] none
Irrigation: NS
Packing: [ ] Iodoform  [ ] Plain gauze  [x] None
Counter-incision / drain: N/A
Culture: [x] sent
Dressing: dry gauze.

P: doxycycline 100 mg BID x 7 d pending culture; warm compresses; return if fever or re-accumulation.

Attestation: agree with PA note. M. Baptiste, MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single abscess, no loculations, no packing -> simple I&D 10060.",
})

# =================================================================================================================
# BATCH 3: I&D, intralesional, mixed, Mohs
# =================================================================================================================

SCENARIOS.append({
    "id": "s32-id-precoded-buttock-loculated-packed",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Buttock abscess pre-coded 10060; loculations broken, counter-incision, iodoform packing -> 10061",
    "date": "2026-02-26",
    "patient": ("Tillman", "Rodney", "1989-05-11", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 35,
    "conditions": [C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True)],
    "procedures": [
        P("I&D abscess, simple or single", cpt="10060", site="Right buttock",
          note="4 cm abscess, multiloculated; loculations broken with hemostat, counter-incision, iodoform packing.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cardinal Peak Dermatology Partners - Columbus OH
PROCEDURE NOTE - INCISION & DRAINAGE                      DOS 02/26/2026
Chidi Okonkwo, MD

Indication: 36M, 6 days of enlarging painful swelling R buttock; failed warm compresses. T 99.4.
Site: R upper inner buttock
Size: 4.0 x 3.5 cm, fluctuant with surrounding 2 cm erythema
Anesthesia: 1% lidocaine w/ epi 6 mL field block
Incision: 2.5 cm linear with #15 blade
Findings: large volume purulence; loculations: [x] present - multiple septations broken with curved hemostat
Irrigation: 120 mL NS under pressure
Counter-incision: [x] yes - 1 cm inferior-medial, through-and-through drain path
Packing: [x] Iodoform 1/4 inch, ~20 cm   [ ] None
Culture: [x] sent (MRSA screen)
Dressing: ABD pad.
Plan: TMP-SMX DS BID x 10 d; packing removal/wound check in 48 h (nurse visit).
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L02.31"]}),
    "coder_note": "Multiple loculations, counter-incision and packing make this a complicated I&D -> 10061 "
                  "(replaces the pre-coded 10060; 10061/10060 PTP, same abscess).",
})

SCENARIOS.append({
    "id": "s32-il-keloids-nine-chest-volume-table",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 9 chest/shoulder keloids, Kenalog-40 per-lesion volumes sum to 0.6 mL = 24 mg",
    "date": "2026-01-21",
    "patient": ("Okoro", "Desmond", "1990-02-19", "male"),
    "provider": "marchetti", "payer": "commercial", "minutes": 25,
    "conditions": [C("c1", "Keloids, chest and shoulders", "L91.0", "Chest and shoulders", reason=True)],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - SCOTTSDALE AZ
PROCEDURE NOTE - INTRALESIONAL INJECTION                    DOS 01/21/2026
Luca Marchetti, MD

Indication: acne keloids of the chest and shoulders, pruritic and painful, enlarging; 3rd treatment session
(last 11/2025 with partial flattening).

Medication: triamcinolone acetonide (Kenalog-40) 40 mg/mL, undiluted
Needle: 30 g, 1 mL Luer-lock
Lesion | Site                     | Volume
  1    | presternal, superior      | 0.10 mL
  2    | presternal, mid           | 0.10 mL
  3    | presternal, inferior      | 0.10 mL
  4    | L upper chest             | 0.05 mL
  5    | R upper chest             | 0.05 mL
  6    | L shoulder, anterior      | 0.05 mL
  7    | L shoulder, posterior     | 0.05 mL
  8    | R shoulder, anterior      | 0.05 mL
  9    | R shoulder, posterior     | 0.05 mL
Total volume injected: 0.60 mL

Cryotherapy pre-treatment: [ ] yes  [x] no
5-FU admixture: [ ] yes  [x] no
Tolerated well; hypopigmentation/atrophy risk reviewed. Next session 6 weeks.
""",
    "expected": E([L("11901"), L("J3301", 3)], dx={"11901": ["L91.0"]}),
    "coder_note": "More than 7 lesions -> 11901. 0.6 mL x 40 mg/mL = 24 mg -> J3301 x3 (per 10 mg, rounded up).",
})

SCENARIOS.append({
    "id": "s32-il-precoded-alopecia-areata-four-patches",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 4 alopecia areata patches pre-coded 11901 + J3301 x1; 2.5 mL of 10 mg/mL -> 11900 + J3301 x3",
    "date": "2026-03-10",
    "patient": ("Villanueva", "Rosa", "1957-10-05", "female"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [C("c1", "Alopecia areata, scalp", "L63.9", "Scalp", reason=True)],
    "procedures": [
        P("Intralesional injection, more than 7 lesions", cpt="11901", site="Scalp",
          note="4 patches of alopecia areata injected.", reasons=["c1"]),
        P("Triamcinolone acetonide injection, per 10 mg", cpt="J3301", site="Scalp",
          note="Qty 1 (template default).", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cardinal Peak Dermatology Partners - Scottsdale AZ
PROCEDURE NOTE - INTRALESIONAL INJECTION                 DOS 03/10/2026
Sofia Ramirez, MD

Dx: alopecia areata, patchy, scalp - 4 patches (occipital 3 x 2 cm, L parietal 2 x 2 cm,
R parietal 2.5 x 1.5 cm, vertex 1.5 x 1 cm). Eyebrows/lashes spared.
Medication: triamcinolone acetonide 10 mg/mL
Volume: 2.5 mL total, 0.1 mL aliquots ~1 cm apart across the 4 patches
Number of lesions injected: 4
Topical clobetasol solution continued at home.
Lab: [ ] TSH ordered -- normal 01/2026, not repeated
Tolerated well. Repeat in 4-6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 3)], topics=["coding-correction"], dx={"11900": ["L63.9"]}),
    "coder_note": "4 lesions (up to 7) -> 11900, not 11901. 2.5 mL x 10 mg/mL = 25 mg -> J3301 x3 (ceil(25/10)).",
})

SCENARIOS.append({
    "id": "s32-mix-punch-shoulder-ln2-face-aks-medicare",
    "family": "mixed", "shape": "note-only",
    "description": "Melanoma hx: punch bx R shoulder + LN2 of 4 AKs on face (different sites); Medicare, no E/M",
    "date": "2026-01-13",
    "patient": ("Pemberton", "Arthur", "1946-06-09", "male"),
    "provider": "chen", "payer": "medicare-noname", "minutes": 25,
    "conditions": [
        C("c1", "Atypical pigmented lesion, right shoulder", "D49.2", "Right posterior shoulder", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Face", reason=True),
        C("c3", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - TAMPA WESTSHORE
Procedure Visit                                   DOS 01/13/2026
Wei Chen, MD

Background: melanoma L back 2019 (Breslow 0.6 mm, WLE), on 6-month skin checks. Full exam done 12/2025;
returns today for planned procedures only.

PROCEDURE 1 - PUNCH BIOPSY
Site: R posterior shoulder     Lesion: 5 mm dark macule, new since 06/2025
Technique: [ ] Shave  [x] Punch 5 mm  [ ] Incisional  [ ] Excisional
Closure: [x] Simple 4-0 nylon x 2     Layered repair: N/A
Specimen: sent (jar 1)

PROCEDURE 2 - DESTRUCTION, PREMALIGNANT
Method: [x] LN2  [ ] Curettage  [ ] ED&C
Lesions:  nasal dorsum x1 | L cheek x2 | R forehead x1
Total lesions: 4
Freeze-thaw x 2.

PROCEDURE 3 - SHAVE REMOVAL: [ ] not performed

Post-care reviewed. Results 1 week. Next full skin exam 06/2026.
""",
    "expected": E([L("11104"), L("17000", 1, "XS"), L("17003", 3)], dx={"17000": ["L57.0"]}),
    "coder_note": "Punch 11104; 4 AKs -> 17000 + 17003 x3. 11104/17000 PTP ind 1 with the biopsy as column 1 "
                  "(BX-5) and different lesions -> XS on 17000. No E/M selected; unticked shave not coded.",
})

SCENARIOS.append({
    "id": "s32-mix-exc-flank-layered-plus-shave-bx-forearm",
    "family": "mixed", "shape": "note-only",
    "description": "Re-excision severely atypical nevus L flank 1.5 cm + layered 3.5 cm, and shave bx of a new R forearm lesion",
    "date": "2026-02-09",
    "patient": ("Halloran", "Bridget", "1975-03-03", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 50,
    "conditions": [
        C("c1", "Dysplastic nevus with severe atypia, left flank", "D22.5", "Left flank", reason=True),
        C("c2", "Scaly papule, right forearm", "D49.2", "Right forearm", reason=True),
    ],
    "path": [
        {"text": "A. Left flank, re-excision: residual compound dysplastic nevus with severe atypia, margins clear.",
         "site": "Left flank", "date": "2026-02-12"},
        {"text": "B. Right forearm, shave: irritated seborrheic keratosis.", "site": "Right forearm",
         "date": "2026-02-12"},
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - COLUMBUS OH
Procedure Visit                      DOS 02/09/2026
Samuel Weiss, MD

1) PROCEDURE NOTE - EXCISION, BENIGN (re-excision)
   Indication: shave bx 01/05/2026 L flank - dysplastic nevus, severe atypia, margins involved.
   Site: L flank          Scar size: 0.9 cm          Margin: 0.3 cm
   Excised diameter: 1.5 cm
   Closure: [ ] Simple  [x] Intermediate (layered)  [ ] Complex
     4-0 Monocryl deep, 4-0 nylon superficial, length 3.5 cm
   Flap/graft: N/A
   Specimen A: sent

2) PROCEDURE NOTE - SKIN BIOPSY
   Site: R dorsal forearm (new, 6 mm scaly papule, present 2 months)
   Technique: [x] Tangential (shave)  [ ] Punch  [ ] Incisional
   Hemostasis: AlCl          Repair: N/A
   Specimen B: sent

3) Cryotherapy: [ ] AKs - none today

Wound care for both sites. Suture removal 12-14 days (post-op global visit).
""",
    "expected": E([L("11402"), L("12032", 1, "XS"), L("11102", 1, "XS")], dx={"11402": ["D22.5"]}),
    "coder_note": "EX-1: 0.9 + 2 x 0.3 = 1.5 cm trunk, atypia = benign -> 11402; layered 3.5 cm -> 12032. Biopsy of a "
                  "separate lesion -> 11102. PTP 11402/11102 and 11102/12032 are ind 1 with different sites -> XS on "
                  "the column-2 codes 11102 and 12032.",
})

SCENARIOS.append({
    "id": "s32-mix-precoded-g2211-with-em25-warts",
    "family": "mixed", "shape": "pre-coded",
    "description": "Medicare: methotrexate psoriasis visit 99214-25 + G2211 + 17110 plantar warts -> G2211 removed",
    "date": "2026-02-02",
    "patient": ("Eckhart", "Loretta", "1950-01-26", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
        C("c2", "Plantar warts, left foot", "B07.0", "Left plantar foot", reason=True),
        C("c3", "Long term methotrexate use", "Z79.631"),
    ],
    "procedures": [
        P("Visit complexity add-on", cpt="G2211", site=None,
          note="Longitudinal psoriasis management (charge router default).", reasons=["c1"]),
        P("Destruction benign lesions up to 14", cpt="17110", site="Left plantar forefoot",
          note="3 painful plantar warts, pared and LN2 x2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """Cardinal Peak Dermatology Partners - Frisco TX
OFFICE VISIT - ESTABLISHED                      DOS 02/02/2026
Adaeze Okafor, MD

1. Psoriasis vulgaris on methotrexate 15 mg weekly + folic acid. BSA 3% (from 12%). Reviewed CBC and CMP
   from 01/28: ALT 48 (up from 31), platelets normal. Counselled on alcohol; reduce MTX to 12.5 mg weekly,
   repeat LFTs in 4 weeks. Continue topical calcipotriene to residual plaques.
2. Plantar warts L forefoot x3, painful with walking for 3 months - treat today.

PROCEDURE NOTE - DESTRUCTION, BENIGN
Site: L plantar forefoot (sub-2nd, sub-3rd and sub-4th MTH)
Number of lesions: 3
Method: [x] Paring + LN2  [ ] Cantharidin  [ ] Laser
Tolerated well.

Charges: 99214-25, G2211, 17110
""",
    "expected": E([L("99214", 1, "25"), L("17110")], dx={"99214": ["L40.0"], "17110": ["B07.0"]}),
    "coder_note": "Methotrexate monitoring with a dose change is separate work -> 99214-25 with 17110. EM-6: G2211 "
                  "is not payable when the office E/M carries modifier 25 -> G2211 removed.",
})

SCENARIOS.append({
    "id": "s32-mix-shave-bx-back-plus-finger-warts-ln2",
    "family": "mixed", "shape": "free-text",
    "description": "PA-C: shave bx L mid back + LN2 of 3 finger warts -> 17110 + 11102-XS; Medicaid MCO",
    "date": "2026-03-05",
    "patient": ("Jimenez", "Alondra", "2001-08-29", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Changing papule, left mid back", "D49.2", "Left mid back", reason=True),
        C("c2", "Verruca vulgaris, fingers", "B07.8", "Fingers", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Left mid back",
          note="0.6 cm pink papule that has grown and bled. DermaBlade tangential biopsy, AlCl. To path.",
          reasons=["c1"]),
        P("Cryotherapy of warts", site="R index finger, R middle finger, L thumb",
          note="3 verrucae, painful at the fingertips, LN2 x 2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - FRISCO TX
Jordan Pike, PA-C   Supervising: Adaeze Okafor, MD           DOS 03/05/2026

24F. (1) Pink bump L mid back, grew over 3 months, bled twice. (2) Warts on 3 fingers, sore when typing.

PROCEDURE NOTE - SKIN BIOPSY
  Site: L mid back   Size: 0.6 cm
  Technique: [x] Shave  [ ] Punch  [ ] Incisional   Repair: N/A
PROCEDURE NOTE - DESTRUCTION, BENIGN
  Sites: R index, R middle, L thumb   # lesions: 3
  Method: [x] LN2  [ ] Cantharidin  [ ] Salicylic acid in office
  Paring: [ ] performed

Aftercare reviewed.
Attestation: agree with PA documentation. A. Okafor, MD
""",
    "expected": E([L("17110"), L("11102", 1, "XS")], dx={"17110": ["B07.8"]}),
    "coder_note": "17110/11102 PTP ind 1 with 17110 as column 1; the biopsy is of a different lesion -> XS on 11102.",
})

SCENARIOS.append({
    "id": "s32-mix-precoded-shave-neck-aks-unticked-tag-charge",
    "family": "mixed", "shape": "pre-coded",
    "description": "Pre-coded 11306 + 17000 + 17003 + 11200; skin-tag item was unticked -> 11200 removed, XS on 17000",
    "date": "2026-02-19",
    "patient": ("Duchamp", "Gerald", "1948-11-11", "male"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right lateral neck", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Dorsal hands", reason=True),
    ],
    "procedures": [
        P("Shave removal neck 0.6-1.0 cm", cpt="11306", site="Right lateral neck",
          note="0.8 cm inflamed SK, bleeds with shirt collar. Shave removal, AlCl.", reasons=["c1"]),
        P("Destruction premalignant, first lesion", cpt="17000", site="Left dorsal hand",
          note="LN2.", reasons=["c2"]),
        P("Destruction premalignant, each additional 2-14", cpt="17003", site="Right dorsal hand",
          note="LN2, qty 1.", reasons=["c2"]),
        P("Removal of skin tags, up to 15", cpt="11200", site="Neck",
          note="Auto-generated from procedure template.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cardinal Peak Dermatology Partners - Tampa Westshore
PROCEDURE NOTE                                    DOS 02/19/2026
Ines Castellanos, MD

[x] Shave removal
    Site: R lateral neck   Lesion diameter: 0.8 cm
    Clinical: inflamed SK, bleeds with collar friction
    Hemostasis: AlCl   Repair: N/A   Specimen: [ ] sent [x] not sent
[x] Destruction, premalignant (LN2)
    L dorsal hand x1, R dorsal hand x1   (total 2 AKs)
[ ] Skin tag removal (snip/cautery)   # tags: ___   Sites: ___
[ ] Destruction, benign (warts/SK)

Post-op care handout. F/u 6 months.
""",
    "expected": E([L("11306"), L("17000", 1, "XS"), L("17003")], dx={"11306": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "The skin-tag item is unticked with no count or site -> the template-generated 11200 is removed. "
                  "11306/17000 PTP ind 1 for different lesions -> XS on 17000; 2 AKs -> 17000 + 17003 x1.",
})

SCENARIOS.append({
    "id": "s32-mix-np-rosacea-em-three-bx-sk-cryo",
    "family": "mixed", "shape": "note-only",
    "description": "NP: rosacea flare Rx (99214-25) + punch L arm + 2 shave bx + LN2 3 inflamed SKs -> XS on 11103 and 17110",
    "date": "2026-03-12",
    "patient": ("Stroud", "Penelope", "1969-07-07", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Papulopustular rosacea, flare", "L71.9", "Central face", reason=True),
        C("c2", "Pigmented lesion, left upper arm", "D49.2", "Left upper arm", reason=True),
        C("c3", "Lesion, right upper back", "D49.2", "Right upper back", reason=True),
        C("c4", "Lesion, left lower leg", "D49.2", "Left lower leg", reason=True),
        C("c5", "Inflamed seborrheic keratoses, trunk", "L82.0", "Trunk", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - COLUMBUS OH
OFFICE VISIT + PROCEDURES                   DOS 03/12/2026
June Abernathy, APRN, FNP-C       Supervising: Marc Baptiste, MD

CC: [x] Rosacea  [x] Spots to check  [ ] Full skin exam
HPI: 56F. Rosacea flared over 6 weeks (papules/pustules cheeks, chin, burning) on metronidazole gel alone.
Also 3 lesions she wants checked and 3 itchy "crusty" growths on her trunk that get irritated by clothing.

EXAM: papulopustular rosacea cheeks/chin/nose, background erythema. L upper arm 7 mm dark papule with
irregular border. R upper back 5 mm pearly papule. L lower leg 6 mm scaly pink papule. Trunk: three inflamed,
crusted, erythematous stuck-on papules (R flank, L inframammary, mid back).

A/P
1. Rosacea, papulopustular, flare: start doxycycline 40 mg ER daily + ivermectin 1% cream nightly; stop
   metronidazole gel. Trigger avoidance, SPF. Recheck 8 weeks.
2. Lesions x3 - biopsies:
   PROCEDURE NOTE - SKIN BIOPSY (1)  Site: L upper arm    Technique: [ ] Shave [x] Punch 4 mm  Closure: simple x1
   PROCEDURE NOTE - SKIN BIOPSY (2)  Site: R upper back   Technique: [x] Shave [ ] Punch        Closure: N/A
   PROCEDURE NOTE - SKIN BIOPSY (3)  Site: L lower leg    Technique: [x] Shave [ ] Punch        Closure: N/A
3. Inflamed SKs x3 (itching, irritated, erythematous) - LN2 today.
   PROCEDURE NOTE - DESTRUCTION, BENIGN  Sites: R flank, L inframammary, mid back   # lesions: 3   Method: LN2

Consent/time-out done. Aftercare reviewed.
LOS: 99214-25

Attestation: I have reviewed the NP's note and agree with the assessment and plan. M. Baptiste, MD
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("11103", 2, "XS"), L("17110", 1, "XS")],
                  dx={"99214": ["L71.9"], "17110": ["L82.0"]}),
    "coder_note": "Rosacea flare with new Rx is separate work -> 99214-25. Punch outranks shave -> 11104 + 11103 x2. "
                  "Inflamed SKs -> 17110. PTP 11104/17110 and 17110/11103 are ind 1 with different lesions -> XS on "
                  "17110 and on 11103.",
})

SCENARIOS.append({
    "id": "s32-mohs-nasal-sidewall-two-stages-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R nasal sidewall BCC 2 stages (3 + 2 blocks), layered closure 2.8 cm; flap/graft N/A",
    "date": "2026-01-26",
    "patient": ("Kingsley", "Maureen", "1952-04-04", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 150,
    "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal sidewall", reason=True)],
    "note_title": "Mohs Surgery Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - MOHS SURGERY CENTER (SCOTTSDALE)
MOHS MICROGRAPHIC SURGERY NOTE                       DOS 01/26/2026
Surgeon and pathologist: Astrid Lindgren, MD

Pre-op dx: BCC, nodular, R nasal sidewall (bx 12/15/2025, CPD-25-11902)
Appropriate use: [x] Area H (nose)  [ ] Recurrent  [ ] Immunosuppressed
Pre-op size: 0.8 x 0.6 cm
Anesthesia: 1% lidocaine w/ epi

STAGE 1:  Blocks: 3   Result: [x] Positive (deep, 6 o'clock)  [ ] Clear
STAGE 2:  Blocks: 2   Result: [ ] Positive  [x] Clear
STAGE 3:  --
Total stages: 2     Total blocks: 5
Special stains: [ ] None needed

Final defect: 1.2 x 1.0 cm, to deep dermis/fat; no cartilage exposed.
REPAIR
  Type: [ ] Second intention  [ ] Simple  [x] Intermediate (layered) linear  [ ] Complex
  Flap: N/A        Graft: N/A
  Deep: 5-0 Monocryl; superficial: 6-0 Prolene
  Repair length: 2.8 cm
Specimens sent to outside pathology: none
EBL minimal. Tolerated well. Suture removal 1 week.
""",
    "expected": E([L("17311"), L("17312"), L("12052")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose, 2 stages, no stage over 5 blocks -> 17311 + 17312. MOHS-7: layered repair 2.8 cm on "
                  "the nose -> 12052.",
})

# =================================================================================================================
# BATCH 4: Mohs, nails, paring, patch test, phototherapy
# =================================================================================================================

SCENARIOS.append({
    "id": "s32-mohs-precoded-shin-scc-blocks-and-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs R pretibial SCC: stage 1 seven blocks, stage 2 three; pre-coded 17315 x3 + 88305 -> 17315 x2, no 88305",
    "date": "2026-02-11",
    "patient": ("Pennington", "Clifford", "1956-09-14", "male"),
    "provider": "lindqvist", "payer": "commercial-uhc", "minutes": 160,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, right pretibial", "C44.722", "Right pretibial leg", reason=True),
    ],
    "procedures": [
        P("Mohs trunk/arms/legs, first stage", cpt="17313", site="Right pretibial",
          note="Stage 1: 7 tissue blocks, positive at 2 o'clock.", reasons=["c1"]),
        P("Mohs trunk/arms/legs, each additional stage", cpt="17314", site="Right pretibial",
          note="Stage 2: 3 tissue blocks, clear.", reasons=["c1"]),
        P("Mohs each additional block beyond 5 (qty 3)", cpt="17315", site="Right pretibial",
          note="Qty 3 per charge router.", reasons=["c1"]),
        P("Surgical pathology, level IV", cpt="88305", site="Right pretibial",
          note="Template-added specimen charge for Mohs layers.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Cardinal Peak Dermatology Partners - Mohs Surgery Center (Columbus)
MOHS MICROGRAPHIC SURGERY                             DOS 02/11/2026
Surgeon/pathologist: Erik Lindqvist, MD

Pre-op dx: SCC, well differentiated, R pretibial leg, 2.2 cm (bx 01/14/2026)
Indication: [x] size >= 2 cm  [ ] recurrent  [ ] perineural  [ ] immunosuppressed

Stage | Blocks | Margin status
  1   |   7    | positive, 2 o'clock peripheral
  2   |   3    | clear
Total: 2 stages / 10 blocks

All Mohs sections (frozen, H&E) read by me. No tissue sent for permanent sections.
Final defect: 3.1 x 2.6 cm, to subcutaneous fat.
Repair: N/A - second intention per patient preference (discussed linear closure vs graft).
  Flap: N/A   Graft: N/A
Dressing: Vaseline, Telfa, compression wrap. Wound care teaching.
Follow-up 2 weeks.
""",
    "expected": E([L("17313"), L("17314"), L("17315", 2)], topics=["coding-correction", "ncci"],
                  dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: 17315 counts blocks beyond 5 in each stage: stage 1 has 2 extra, stage 2 none -> x2. "
                  "MOHS-5: no 88305 for the Mohs layers (17313/88305 PTP, no separate specimen). No repair.",
})

SCENARIOS.append({
    "id": "s32-mohs-scalp-bcc-complex-repair-debrided",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs vertex scalp BCC one stage 4 blocks; complex repair 5.0 cm with edge debridement (radiated scalp)",
    "date": "2026-03-17",
    "patient": ("Rutherford", "Ambrose", "1943-02-21", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 140,
    "conditions": [C("c1", "Basal cell carcinoma, scalp", "C44.41", "Vertex scalp", reason=True)],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Vertex scalp",
          note="Infiltrative BCC. Stage 1: 4 tissue blocks, margins clear.", reasons=["c1"]),
        P("Complex linear repair", site="Vertex scalp",
          note="Defect 2.0 x 1.8 cm in previously irradiated scalp. Devitalized wound edges debrided, extensive "
               "undermining in the subgaleal plane, layered closure 3-0 Vicryl / staples. Final length 5.0 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - MOHS SURGERY CENTER (SCOTTSDALE)
MOHS MICROGRAPHIC SURGERY NOTE                        DOS 03/17/2026
Surgeon and pathologist: Astrid Lindgren, MD

Pre-op dx: infiltrative BCC, vertex scalp (bx 02/10/2026). Prior radiation to scalp (1998, for BCC).
AUC: [x] aggressive histology  [x] prior radiation  [ ] recurrent
Stage 1: 4 blocks -> clear.   Total stages: 1
Defect: 2.0 x 1.8 cm to galea.

REPAIR
  Type: [ ] Intermediate  [x] Complex
  Details: atrophic, radiation-damaged wound edges debrided of devitalized tissue; extensive subgaleal
  undermining; galeal closure 3-0 Vicryl; skin staples.
  Final length: 5.0 cm
  Flap: N/A      Graft: N/A
Specimens to outside pathology: none.
Tolerated well. Staples out 10-14 days.
""",
    "expected": E([L("17311"), L("13121")], dx={"17311": ["C44.41"]}),
    "coder_note": "MOHS-2: scalp -> 17311, one stage of 4 blocks. REP-3: debridement of wound edges makes the repair "
                  "complex; scalp 5.0 cm -> 13121 (2.6-7.5). No 17311/13121 edit.",
})

SCENARIOS.append({
    "id": "s32-nail-partial-avulsions-two-toes-digits",
    "family": "nails", "shape": "free-text",
    "description": "Medicaid: partial nail avulsion R great toe and R 2nd toe, phenol unticked -> 11730-T5 + 11732-T6",
    "date": "2026-01-23",
    "patient": ("Castaneda", "Luis", "2004-11-02", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe", "L60.0", "Right great toe, lateral border", reason=True),
        C("c2", "Ingrowing nail, right second toe", "L60.0", "Right second toe, medial border", reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion, lateral border", site="Right great toe",
          note="Digital block. Lateral 3 mm of nail plate avulsed. Matrix not treated.", reasons=["c1"]),
        P("Partial nail avulsion, medial border", site="Right second toe",
          note="Digital block. Medial 2 mm of nail plate avulsed. Matrix not treated.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - FRISCO TX
Rafael Santos, PA-C    Supervising: Adaeze Okafor, MD          DOS 01/23/2026

21M, painful ingrown nails R foot x 2 months, drainage from the great toe; failed soaks and cotton wisps.

PROCEDURE NOTE - NAIL
Digit 1: R great toe, lateral border
   Procedure: [ ] Debridement  [x] Partial avulsion  [ ] Total avulsion  [ ] Matrixectomy
   Anesthesia: digital block 2% lidocaine plain 3 mL
   Chemical matricectomy (phenol): [ ] yes  [x] no - first episode
Digit 2: R second toe, medial border
   Procedure: [ ] Debridement  [x] Partial avulsion  [ ] Total avulsion  [ ] Matrixectomy
   Anesthesia: digital block 2% lidocaine plain 2 mL
   Chemical matricectomy (phenol): [ ] yes  [x] no
Hemostasis: tourniquet released, pressure.
Dressing: bacitracin, gauze, Coban.  Soaks BID.  F/u 2 weeks; phenol matrixectomy if recurs.

Attestation: agree with PA note. A. Okafor, MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], dx={"11730": ["L60.0"]}),
    "coder_note": "Two avulsions: 11730 first nail + 11732 each additional, with toe modifiers (T5 right great toe, "
                  "T6 right second toe). Phenol matrixectomy not done, so no 11750.",
})

SCENARIOS.append({
    "id": "s32-nail-debridement-seven-mycotic",
    "family": "nails", "shape": "note-only",
    "description": "Debridement of 7 painful mycotic toenails (L 1-4, R 1-3) -> 11721; avulsion unticked",
    "date": "2026-02-25",
    "patient": ("Holloway", "Beatrice", "1961-08-18", "female"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [C("c1", "Onychomycosis, toenails", "B35.1", "Bilateral toenails", reason=True)],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - TAMPA WESTSHORE
PROCEDURE NOTE - NAIL                               DOS 02/25/2026
Ren Nakamura, MD

Indication: KOH-confirmed onychomycosis (11/2025); thick dystrophic nails painful in shoes, cannot trim.
Terbinafine declined (liver concerns).

Nails treated:
  Left:  hallux, 2nd, 3rd, 4th
  Right: hallux, 2nd, 3rd
  Left 5th and right 4th/5th: not affected, not treated
Procedure: [x] Debridement (mechanical, nail nippers + rotary burr)  [ ] Partial avulsion  [ ] Total avulsion
Anesthesia: none needed
Complications: none
Plan: efinaconazole 10% solution daily; repeat debridement in 3 months.
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "4 + 3 = 7 nails debrided -> 11721 (6 or more), one unit, no digit modifiers (conventions put "
                  "digit modifiers on 11730/11732/11750 only).",
})

SCENARIOS.append({
    "id": "s32-paring-three-corns-wart-deferred",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three corns (11056); plantar wart noted but not treated",
    "date": "2026-01-30",
    "patient": ("Fitzgerald", "Ivy", "1980-05-05", "female"),
    "provider": "halvorsen", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Corns, feet", "L84", "Bilateral feet", reason=True),
        C("c2", "Plantar wart, right heel", "B07.0", "Right heel"),
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - COLUMBUS OH
Kirsten Halvorsen, MD                                   DOS 01/30/2026

CC: painful corns, both feet (runner).
Exam: hard corns - L 5th toe dorsolateral, R 5th toe dorsolateral, R 4th interdigital (soft corn).
R heel: 5 mm plantar wart, not painful.

PROCEDURE NOTE - PARING/CUTTING OF BENIGN HYPERKERATOTIC LESIONS
Lesions pared: [x] L 5th toe  [x] R 5th toe  [x] R 4th web space
Instrument: #15 blade
Total lesions: three
Complications: none.

Wart: [ ] LN2  [ ] Cantharidin  -- patient prefers OTC salicylic acid for now; not treated today.
Plan: wider toe box shoes, silicone toe sleeves.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 2-4 lesions -> 11056. The wart was not treated, so no 17110.",
})

SCENARIOS.append({
    "id": "s32-paring-five-calluses-listed-by-foot",
    "family": "paring", "shape": "note-only",
    "description": "PA-C paring of calluses listed per foot (3 left + 2 right = 5) -> 11057; Medicaid MCO",
    "date": "2026-03-06",
    "patient": ("Barnett", "Lucille", "1959-03-28", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [C("c1", "Calluses, plantar feet", "L84", "Bilateral plantar feet", reason=True)],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - FRISCO TX
Jordan Pike, PA-C    |   Supervising: Adaeze Okafor, MD   |   DOS 03/06/2026

S: 66F with painful calluses on both soles, worse with walking at work (cashier, standing 8 h).
Not diabetic. No PAD.

PROCEDURE NOTE - PARING
Left foot:  plantar heel; sub-1st metatarsal head; sub-5th metatarsal head
Right foot: sub-1st metatarsal head; medial hallux (pinch callus)
Technique: #15 blade, sharp paring of hyperkeratotic tissue, no bleeding
Debridement of nails: [ ] not performed
Offloading pads dispensed. Urea 40% cream nightly.

Attestation: reviewed and agree. A. Okafor, MD
""",
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "Count from the per-foot lists: 3 + 2 = 5 lesions -> 11057 (more than 4).",
})

SCENARIOS.append({
    "id": "s32-patch-standard-plus-supplemental-82",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application: standard 70 + fragrance/cosmetic supplemental 12 = 82; hairdresser series unticked",
    "date": "2026-02-16",
    "patient": ("Ljungberg", "Marit", "1987-12-09", "female"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [C("c1", "Dermatitis, eyelids and neck", "L30.9", "Eyelids and neck", reason=True)],
    "note_title": "Patch Test Application",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - COLUMBUS OH
PATCH TEST APPLICATION (DAY 0)                         DOS 02/16/2026
Chidi Okonkwo, MD

Indication: recurrent eyelid and neck dermatitis x 1 year, r/o allergic contact dermatitis (cosmetics, hair
dye, fragrance). Off oral steroids > 4 weeks; no topical steroid to the back for 1 week.

Series applied (upper back, IQ Ultra chambers):
  [x] Standard series ............................ 70 allergens
  [x] Fragrance/cosmetic supplemental ............ 12 allergens
  [ ] Hairdresser series ......................... not applied (pt no longer dyes hair)
  [ ] Patient's own products ..................... not applied
Allergens applied today: 82

Instructions: keep back dry, avoid sun/exercise; return 02/18 for removal and first reading, 02/20 for
delayed reading.
""",
    "expected": E([L("95044", 82)]),
    "coder_note": "95044 is per allergen: 70 + 12 = 82 (MUE 90). The hairdresser series and own products were "
                  "not applied. Rule-out ACD not coded.",
})

SCENARIOS.append({
    "id": "s32-patch-precoded-new-pt-em-true-test-units",
    "family": "patch-test", "shape": "pre-coded",
    "description": "New pt hand dermatitis 99203 + T.R.U.E. Test 35 allergens pre-coded 95044 x1 -> 95044 x35, 99203-25",
    "date": "2026-03-13",
    "patient": ("Oyelaran", "Kemi", "1992-06-30", "female"),
    "provider": "voss", "payer": "medicaid", "minutes": 40, "em": "99203",
    "conditions": [C("c1", "Hand dermatitis, chronic", "L30.9", "Bilateral hands", reason=True)],
    "procedures": [
        P("Patch test, per allergen", cpt="95044", site="Upper back",
          note="T.R.U.E. Test panels 1-3 applied (35 allergens). Qty 1 per charge router.", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """Cardinal Peak Dermatology Partners - Scottsdale AZ
NEW PATIENT VISIT                                      DOS 03/13/2026
Henrietta Voss, MD

CC: hand rash x 8 months
HPI: 33F, CNA at a nursing home. Itchy, cracking dermatitis both hands, worse at work (glove use, frequent
washing). OTC hydrocortisone 1% no help. No atopic history. No new jewelry.
Exam: lichenified, fissured eczematous plaques dorsal hands and fingers, palmar scaling; no vesicles;
no nail pitting; KOH of palm scale: negative (done in office).
Assessment: chronic hand dermatitis - irritant vs allergic contact (rubber accelerators?).
Plan:
 - Triamcinolone 0.1% ointment BID x 2 weeks, then weekends; Vaniply ointment after every wash.
 - Cotton liners under nitrile gloves; work note for vinyl/nitrile gloves.
 - Patch testing today (T.R.U.E. Test); readings at 48 and 96 h.

PATCH TEST APPLICATION
Series: [x] T.R.U.E. Test panels 1, 2, 3 (35 allergens)   [ ] Expanded series   [ ] Own products
Site: upper back

Charges: 99203, 95044 x1
""",
    "expected": E([L("99203", 1, "25"), L("95044", 35)], topics=["coding-correction"],
                  dx={"99203": ["L30.9"]}),
    "coder_note": "95044 units = allergens tested (35). The new-patient evaluation with a new prescription is "
                  "separate from the test; 95044/99203 PTP ind 1 -> 25 on the E/M.",
})

SCENARIOS.append({
    "id": "s32-photo-nbuvb-vitiligo-session",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB session 23 for vitiligo; PUVA/Goeckerman/excimer unticked -> 96900",
    "date": "2026-02-20",
    "patient": ("Sandoval", "Arturo", "1984-10-10", "male"),
    "provider": "nakamura", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [C("c1", "Vitiligo", "L80", "Face, hands, trunk", reason=True)],
    "procedures": [
        P("Narrowband UVB phototherapy", site="Full body cabinet",
          note="Session 23. Dose 450 mJ/cm2 (+10%). No erythema from last session.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - TAMPA WESTSHORE - PHOTOTHERAPY UNIT
Ordering physician: Ren Nakamura, MD      Treatment given by: phototherapy RN under direct supervision
DOS 02/20/2026

Diagnosis: generalized vitiligo (face, dorsal hands, trunk), ~15% BSA
Modality: [ ] PUVA (oral psoralen)  [ ] Goeckerman (tar + UVB)  [x] NB-UVB 311 nm  [ ] Excimer 308 nm
Session #: 23       Frequency: 3x/week
Previous dose: 410 mJ/cm2 -> today 450 mJ/cm2
Erythema after last session: none
Eye protection: worn. Genital shielding: yes.
Response: perifollicular repigmentation on the trunk and forearms.
Next: continue, recheck with MD at session 36.
""",
    "expected": E([L("96900")], dx={"96900": ["L80"]}),
    "coder_note": "NB-UVB alone (no tar, no psoralen) is actinotherapy -> 96900, one per session.",
})

SCENARIOS.append({
    "id": "s32-photo-excimer-three-plaques-summed",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer to 3 psoriasis plaques charted as 3 procedures (90 + 80 + 110 sq cm = 280) -> 96921 x1",
    "date": "2026-03-18",
    "patient": ("Whitlock", "Harriet", "1953-05-15", "female"),
    "provider": "voss", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [C("c1", "Psoriasis vulgaris, localized plaques", "L40.0", "Elbows and left knee", reason=True)],
    "procedures": [
        P("Excimer laser 308 nm", site="Left elbow", note="Plaque area 90 sq cm. 500 mJ/cm2.", reasons=["c1"]),
        P("Excimer laser 308 nm", site="Right elbow", note="Plaque area 80 sq cm. 500 mJ/cm2.", reasons=["c1"]),
        P("Excimer laser 308 nm", site="Left knee", note="Plaque area 110 sq cm. 600 mJ/cm2.", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "note": """Cardinal Peak Dermatology Partners - Scottsdale AZ
EXCIMER LASER TREATMENT                                DOS 03/18/2026
Henrietta Voss, MD

Dx: localized plaque psoriasis, BSA ~3%, failed clobetasol/calcipotriene > 3 months.
Treatment #: 7 of 13 (course 1)
Plaques treated today:
  1. L elbow ............ 90 sq cm
  2. R elbow ............ 80 sq cm
  3. L knee ............. 110 sq cm
Total treated area: 280 sq cm
NB-UVB cabinet: [ ] not given today
Goggles worn. Tolerated well; mild erythema expected.
Next treatment in 3-4 days.
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by total area: 90 + 80 + 110 = 280 sq cm -> 96921 (250-500), "
                  "not one line per plaque.",
})

# =================================================================================================================
# BATCH 5: post-op, repair, skin tags, cosmetic
# =================================================================================================================

SCENARIOS.append({
    "id": "s32-postop-suture-removal-99212-selected",
    "family": "post-op", "shape": "note-only",
    "description": "PA-C suture removal 9 days after her own 11403 excision; 99212 selected -> 99024",
    "date": "2026-03-19",
    "patient": ("Carmichael", "Opal", "1966-01-12", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [C("c1", "Epidermal cyst, right upper back, excised", "L72.0", "Right upper back", reason=True)],
    "prior": [PRIOR("2026-03-10", "11403", "Excision benign lesion trunk 2.1-3.0 cm", "Right upper back",
                    "Excision of 2.2 cm epidermoid cyst with 2 mm margins (2.6 cm); simple closure.")],
    "note_title": "Post-Op Visit",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - FRISCO TX
POST-OP VISIT / SUTURE REMOVAL                   DOS 03/19/2026
Jordan Pike, PA-C     Supervising: Adaeze Okafor, MD

Procedure: excision of epidermoid cyst R upper back, performed by me 03/10/2026. Path: epidermoid cyst, benign.
Pt reports mild itch at incision; no fever, no drainage.

Exam: incision R upper back well approximated, no erythema, no dehiscence, no discharge.
Procedure: 6 simple interrupted nylon sutures removed; Steri-Strips applied.
New problems today: [ ] none raised by patient -- none
Plan: silicone gel to scar after 2 weeks; RTC prn.

LOS: 99212
Attestation: agree. A. Okafor, MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: a post-op visit inside the 10-day global of the 03/10 excision with no new "
                  "problem -> 99024, not a billable E/M.",
})

SCENARIOS.append({
    "id": "s32-postop-new-cheek-bx-in-excision-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "6 days after 11602 L upper back, shave bx of a new R cheek lesion -> 11102-79; wound check no 99024",
    "date": "2026-01-14",
    "patient": ("Vasquez", "Ernesto", "1951-12-03", "male"),
    "provider": "chen", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior, right cheek", "D49.2", "Right cheek", reason=True),
        C("c2", "Basal cell carcinoma, left upper back, excised", "C44.519", "Left upper back"),
    ],
    "prior": [PRIOR("2026-01-08", "11602", "Excision malignant lesion trunk 1.1-2.0 cm", "Left upper back",
                    "BCC excised, 1.8 cm excised diameter, simple closure.")],
    "procedures": [
        P("Shave biopsy", site="Right cheek",
          note="New 5 mm pearly papule, noticed by wife last month. DermaBlade tangential biopsy, AlCl.",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - TAMPA WESTSHORE
Wei Chen, MD                                      DOS 01/14/2026

Pt seen for wound check after BCC excision L upper back (01/08/2026) and mentions a new bump on the R cheek.

Wound: L upper back incision clean, dry, intact, sutures in place - healing as expected. Suture removal next
week as planned.

New problem: R cheek, 5 mm pearly papule with telangiectasia, present ~4 weeks.
PROCEDURE NOTE - SKIN BIOPSY
  Site: R cheek     Technique: [x] Shave  [ ] Punch  [ ] Incisional     Repair: N/A
  Hemostasis: AlCl  Specimen: sent
Plan: results in 1 week; if BCC, refer for Mohs (face).
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: a procedure on a new, unrelated lesion inside the 10-day global of the 01/08 excision -> 79. "
                  "The wound check of the excision site is part of that global (no E/M, no separate 99024 line).",
})

SCENARIOS.append({
    "id": "s32-postop-precoded-warts-in-flap-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Medicare: 45 days after a cheek rotation flap (090), LN2 of 4 painful plantar warts pre-coded 17110 -> 17110-79",
    "date": "2026-02-19",
    "patient": ("Goodwin", "Percival", "1945-10-27", "male"),
    "provider": "okafor", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Plantar warts, right foot", "B07.0", "Right plantar foot", reason=True),
        C("c2", "Basal cell carcinoma, left cheek, excised with flap", "C44.319", "Left cheek"),
    ],
    "prior": [PRIOR("2026-01-05", "14040", "Adjacent tissue transfer cheek 10 sq cm or less", "Left cheek",
                    "Excision of BCC L cheek with rotation flap, 8.5 sq cm.")],
    "procedures": [
        P("Destruction benign lesions up to 14", cpt="17110", site="Right plantar foot",
          note="4 plantar warts, painful with walking. Pared, LN2 x 2 cycles.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cardinal Peak Dermatology Partners - Frisco TX
PROCEDURE NOTE                                          DOS 02/19/2026
Adaeze Okafor, MD

Pt 6 weeks out from L cheek rotation flap (01/05/2026, BCC). Flap viable, well healed; scar massage.
New complaint: 4 painful warts R sole (sub-1st MTH x2, heel x1, sub-5th MTH x1), limping for 2 months.

PROCEDURE NOTE - DESTRUCTION, BENIGN
Sites: R plantar foot     # lesions: 4
Method: [x] Paring + LN2  [ ] Cantharidin  [ ] Bleomycin
Tolerated well.

Charges: 17110
""",
    "expected": E([L("17110", 1, "79")], topics=["global-period"], dx={"17110": ["B07.0"]}),
    "coder_note": "GS-5: unrelated procedure inside the 90-day global of the 01/05 flap -> 79 on 17110. The flap "
                  "look is part of its global; no E/M.",
})

SCENARIOS.append({
    "id": "s32-rep-three-excisions-two-repair-groups",
    "family": "repair", "shape": "free-text",
    "description": "Two back cysts (1.4, 1.1 cm) + R neck nevus 0.7 cm; layered repairs back 3.0 + 2.5 = 5.5 cm, neck 2.0 cm",
    "date": "2026-02-04",
    "patient": ("Langford", "Troy", "1982-07-19", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 70,
    "conditions": [
        C("c1", "Epidermal cysts, upper back", "L72.0", "Left and right upper back", reason=True),
        C("c2", "Irritated melanocytic nevus, right lateral neck", "D22.4", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision cyst with layered closure", site="Left upper back",
          note="Inflamed, painful cyst. Lesion 1.2 cm, margins 1 mm. Layered closure 3.0 cm.", reasons=["c1"]),
        P("Excision cyst with layered closure", site="Right upper back",
          note="Painful cyst, drains intermittently. Lesion 0.9 cm, margins 1 mm. Layered closure 2.5 cm.",
          reasons=["c1"]),
        P("Excision nevus with layered closure", site="Right lateral neck",
          note="Nevus irritated and bleeding from collar. Lesion 0.5 cm, margins 1 mm. Layered closure 2.0 cm.",
          reasons=["c2"]),
    ],
    "path": [{"text": "A, B. Upper back (left, right): epidermoid cysts. C. Right neck: intradermal melanocytic "
                      "nevus, irritated, excised.", "site": "Back and neck", "date": "2026-02-07"}],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - COLUMBUS OH
PROCEDURE NOTE - EXCISIONS x3 WITH REPAIR           DOS 02/04/2026
Samuel Weiss, MD

Repeated template block per site:

Site A: L upper back | Lesion 1.2 cm | Margin 0.1 cm | Excised diameter 1.4 cm
  Closure: [ ] Simple [x] Intermediate (layered) [ ] Complex | Length 3.0 cm | Flap/graft N/A
Site B: R upper back | Lesion 0.9 cm | Margin 0.1 cm | Excised diameter 1.1 cm
  Closure: [ ] Simple [x] Intermediate (layered) [ ] Complex | Length 2.5 cm | Flap/graft N/A
Site C: R lateral neck | Lesion 0.5 cm | Margin 0.1 cm | Excised diameter 0.7 cm
  Closure: [ ] Simple [x] Intermediate (layered) [ ] Complex | Length 2.0 cm | Flap/graft N/A

Deep 4-0 Monocryl, superficial 4-0/5-0 nylon. Specimens A-C sent. No complications.
Suture removal: neck 7 days, back 14 days.
""",
    "expected": E([L("11402", 2), L("11421"), L("12032"), L("12041")],
                  dx={"11402": ["L72.0"], "11421": ["D22.4"]}),
    "coder_note": "EX-1: back 1.4 and 1.1 cm -> 11402 x2; neck 0.7 cm (SNHFG) -> 11421. REP-1/REP-2: intermediate "
                  "repairs summed per group: trunk 3.0 + 2.5 = 5.5 cm -> 12032; neck 2.0 cm -> 12041 (own group).",
})

SCENARIOS.append({
    "id": "s32-rep-precoded-undermining-not-complex-after-mohs",
    "family": "repair", "shape": "pre-coded",
    "description": "Mohs L cheek BCC + repair pre-coded 13132; only undermining + layered closure 3.2 cm -> 12052",
    "date": "2026-01-28",
    "patient": ("Prentiss", "Adele", "1958-04-01", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 120,
    "conditions": [C("c1", "Basal cell carcinoma, left cheek", "C44.319", "Left cheek", reason=True)],
    "procedures": [
        P("Mohs head/neck, first stage", cpt="17311", site="Left cheek",
          note="Stage 1: 3 blocks, clear.", reasons=["c1"]),
        P("Complex repair forehead/cheeks 2.6-7.5 cm", cpt="13132", site="Left cheek",
          note="Charge mapped from 'undermining' keyword. Layered closure 3.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Cardinal Peak Dermatology Partners - Mohs Surgery Center (Scottsdale)
MOHS MICROGRAPHIC SURGERY NOTE                          DOS 01/28/2026
Astrid Lindgren, MD - surgeon and pathologist

Pre-op dx: BCC, nodular, L medial cheek (bx 12/2025).
Stage 1: 3 blocks - clear. Total stages: 1.
Defect: 1.4 x 1.1 cm, to subcutaneous fat.

REPAIR
  Repair description: layered closure with undermining
  Undermining: yes, ~1 cm each side in the subcutaneous plane
  Deep: 5-0 Monocryl buried; superficial: 6-0 Prolene running
  Wound edge debridement: none.  Free margin (lip/eyelid/nostril) involvement: none.
  Exposed cartilage/bone/named structures: none.  Retention sutures/stents: none.
  Flap: N/A   Graft: N/A
  Final length: 3.2 cm
Tolerated well. Suture removal 1 week.
""",
    "expected": E([L("17311"), L("12052")], topics=["coding-correction"], dx={"17311": ["C44.319"]}),
    "coder_note": "REP-3: undermining alone does not make a repair complex; layered closure of the cheek 3.2 cm -> "
                  "intermediate 12052 (not 13132). Mohs cheek 1 stage -> 17311.",
})

SCENARIOS.append({
    "id": "s32-rep-scc-forearm-layered-length-blank",
    "family": "repair", "shape": "note-only",
    "description": "Medicare: SCC L forearm excised 2.0 cm (11602); layered closure done but length field blank",
    "date": "2026-03-05",
    "patient": ("Winslow", "Harriet", "1939-09-09", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left dorsal forearm", "C44.629", "Left dorsal forearm", reason=True),
    ],
    "path": [{"text": "Skin, left forearm, excision: invasive squamous cell carcinoma, moderately differentiated, "
                      "margins free.", "site": "Left forearm", "date": "2026-03-09"}],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - TAMPA WESTSHORE
PROCEDURE NOTE - EXCISION, MALIGNANT                    DOS 03/05/2026
Marc Baptiste, MD

Pre-op dx: SCC L dorsal forearm, shave bx 02/12/2026
Site: L dorsal forearm
Lesion: 1.2 cm
Margin: 0.4 cm
Excised diameter: 2.0 cm
Closure: [ ] Simple  [x] Intermediate (layered)  [ ] Complex
  Deep: 4-0 Vicryl;  Superficial: 5-0 Prolene
  Repair length: ___ cm
Flap: N/A    Graft: N/A
Specimen: sent, oriented.
Pt on apixaban - held 0 days, meticulous hemostasis with electrocautery. Tolerated well.
""",
    "expected": E([L("11602")], topics=["missing-documentation"], dx={"11602": ["C44.629"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm arm, malignant -> 11602. The layered repair has no length anywhere "
                  "-> no 1203x line + missing-documentation (README coding decisions).",
})

SCENARIOS.append({
    "id": "s32-tags-thirty-eight-symptomatic-mue-cap",
    "family": "skin-tags", "shape": "note-only",
    "description": "PA-C snip removal of 38 irritated skin tags (neck/axillae/inframammary) -> 11200 + 11201 capped at 1",
    "date": "2026-02-27",
    "patient": ("Dupree", "Yolanda", "1971-04-23", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [C("c1", "Acrochordons, irritated", "L91.8", "Neck, axillae, inframammary", reason=True)],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - TAMPA WESTSHORE
Rafael Santos, PA-C    Supervising: Marc Baptiste, MD              DOS 02/27/2026

S: 54F, numerous skin tags that catch on necklaces and bra straps; several bled and became red and sore
this month.

PROCEDURE NOTE - SKIN TAG REMOVAL
Method: [x] Snip excision (iris scissors)  [ ] Cryotherapy  [ ] Electrodesiccation
Hemostasis: AlCl
Count by site:
   Neck ............... 16
   L axilla ........... 9
   R axilla ........... 8
   Inframammary ....... 5
Inflamed/bleeding tags: present in all four areas.
Specimens: not sent.
Tolerated well.

Attestation: reviewed and agree. M. Baptiste, MD
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "16 + 9 + 8 + 5 = 38 tags -> 11200 + 11201 x ceil(23/10) = 3, capped at the 11201 MUE of 1 "
                  "(README coding decisions: MUE over the limit -> capped with an mue finding).",
})

SCENARIOS.append({
    "id": "s32-tags-cosmetic-medicare-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "Medicare FFS: 6 asymptomatic neck tags removed for appearance with a voluntary ABN -> 11200-GY-GX",
    "date": "2026-01-09",
    "patient": ("Aldridge", "Vivian", "1948-08-16", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, neck", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Skin tag removal, snip", site="Anterior and lateral neck",
          note="6 small asymptomatic skin tags removed with iris scissors at patient request (appearance). "
               "Voluntary ABN signed: patient informed Medicare does not cover cosmetic removal.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - SCOTTSDALE AZ
Luca Marchetti, MD                                    DOS 01/09/2026

77F requests removal of skin tags on her neck "before my granddaughter's wedding". They do not itch, bleed,
hurt, catch on jewelry or get irritated; no change in size or color.
Symptoms: [ ] bleeding  [ ] irritation  [ ] pain  [ ] inflammation  [x] none - cosmetic

Counselled that Medicare does not cover cosmetic removal. ABN (CMS-R-131) reviewed and signed voluntarily,
option 1 selected; patient will pay.

PROCEDURE NOTE - SKIN TAG REMOVAL
Method: [x] Snip  [ ] Cryo  [ ] Cautery
Number: 6    Sites: anterior and lateral neck
Hemostasis: AlCl. Tolerated well.
""",
    "expected": E([L("11200", 1, "GY", "GX")], topics=["cosmetic"]),
    "coder_note": "COS-4: cosmetic (statutorily excluded) on Medicare FFS -> GY, plus GX because a voluntary ABN was "
                  "documented.",
})

SCENARIOS.append({
    "id": "s32-cos-aetna-face-sk-selfpay-plus-arm-bx",
    "family": "cosmetic", "shape": "note-only",
    "description": "Aetna: cosmetic LN2 of 4 asymptomatic facial SKs (self-pay, removed) + shave bx of a changing R arm lesion",
    "date": "2026-02-13",
    "patient": ("Montague", "Celeste", "1965-06-06", "female"),
    "provider": "ramirez", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Seborrheic keratoses, face", "L82.1", "Face"),
        C("c2", "Changing lesion, right upper arm", "D49.2", "Right upper arm", reason=True),
    ],
    "note_title": "Procedure Visit",
    "note": """CARDINAL PEAK DERMATOLOGY PARTNERS - SCOTTSDALE AZ
Procedure Visit                                      DOS 02/13/2026
Sofia Ramirez, MD

1) Patient asks to have 4 brown "age spots" on her face removed - they bother her cosmetically only. No itch,
   bleeding, irritation or change. Exam: 4 classic stuck-on SKs (L temple x2, R cheek x1, forehead x1).
   Explained removal is cosmetic and not covered by her plan; cosmetic fee schedule signed, self-pay.
   PROCEDURE: LN2 x 4 lesions, one cycle each.  [x] Cosmetic - patient pay   [ ] Bill insurance

2) R upper arm: 7 mm pink-brown papule that has enlarged and become scaly over 3 months.
   PROCEDURE NOTE - SKIN BIOPSY
   Site: R upper arm, lateral   Technique: [x] Shave  [ ] Punch  [ ] Incisional
   Hemostasis: AlCl   Repair: N/A   Specimen: sent

Aftercare reviewed for both.
""",
    "expected": E([L("11102")], topics=["cosmetic"]),
    "coder_note": "Non-Medicare cosmetic service: the facial SK cryotherapy (17110) is not put on the claim (patient "
                  "pays, cosmetic finding). The biopsy of the changing arm lesion is medically necessary -> 11102.",
})

SCENARIOS.append({
    "id": "s32-cos-precoded-back-sk-medicare-gy",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicare FFS: LN2 of 5 asymptomatic back SKs for appearance pre-coded 17110 -> 17110-GY (no ABN)",
    "date": "2026-03-20",
    "patient": ("Tremaine", "Oswald", "1942-12-30", "male"),
    "provider": "castellanos", "payer": "medicare-noname", "minutes": 15,
    "conditions": [C("c1", "Seborrheic keratoses, back", "L82.1", "Back", reason=True)],
    "procedures": [
        P("Destruction benign lesions up to 14", cpt="17110", site="Upper and mid back",
          note="5 SKs, LN2. Asymptomatic; patient wants them gone for appearance.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cardinal Peak Dermatology Partners - Tampa Westshore
PROCEDURE NOTE - DESTRUCTION, BENIGN                     DOS 03/20/2026
Ines Castellanos, MD

83M wants "the brown bumps" on his back gone - his wife dislikes them. Denies itching, bleeding, pain,
irritation, growth or color change.
Exam: 5 waxy stuck-on SKs on the upper and mid back, no inflammation.
Medical necessity criteria: [ ] bleeding [ ] itch [ ] pain [ ] inflammation [ ] diagnostic uncertainty
  -- none met; cosmetic.
ABN: [ ] signed  -- not obtained
PROCEDURE: LN2 x 5, single cycle.
Charges: 17110
""",
    "expected": E([L("17110", 1, "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK removal is cosmetic (statutorily excluded) on Medicare FFS -> GY; no "
                  "ABN documented, so no GX.",
})
