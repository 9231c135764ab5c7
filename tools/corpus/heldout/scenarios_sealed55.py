"""Sealed set 55 (s55-): Cedar Ridge Dermatology & Skin Surgery.

Voice: a dermatologic-surgery PA (Marisol Kettering, PA-C) and her supervising dermatologists (June Abernathy MD,
general/surgical dermatology; Samuel Weiss MD, Mohs surgeon) documenting in an Epic "Procedure Navigator"-style
template: Universal Protocol time-out blocks, consent lines and a labelled "Procedure Details" block per procedure
(fields may be blank, "N/A" or "see above"), plus short visit notes for E/M-only charts.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the tests/corpus README
"File format" / "Coding decisions" sections only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "CEDAR RIDGE DERMATOLOGY & SKIN SURGERY\n"

# ---------------------------------------------------------------------------------------------------------------
# Biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-bx-punch-forearm-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "Three biopsies, one visit: 4 mm punch L forearm + tangential back + tangential R shoulder; no E/M",
    "date": "2025-03-11",
    "patient": ("Vandermolen", "Gerrit", "1953-08-19", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, left dorsal forearm", "C44.629", "Left dorsal forearm",
          reason=True),
        C("c2", "Superficial basal cell carcinoma, left mid back", "C44.519", "Left mid back", reason=True),
        C("c3", "Compound nevus with mild atypia, right shoulder", "D22.61", "Right shoulder", reason=True),
        C("c4", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "path": [
        {"text": "A. Skin, left dorsal forearm, punch: invasive squamous cell carcinoma, well differentiated, "
                 "extending to the deep margin.", "site": "Left dorsal forearm", "date": "2025-03-14"},
        {"text": "B. Skin, left mid back, shave: basal cell carcinoma, superficial type.", "site": "Left mid back",
         "date": "2025-03-14"},
        {"text": "C. Skin, right shoulder, shave: compound melanocytic nevus with mild cytologic atypia; "
                 "peripheral margin involved.", "site": "Right shoulder", "date": "2025-03-14"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURE NOTE                                  Date of service: 03/11/2025
Patient: Gerrit Vandermolen   DOB 08/19/1953   MRN on file
Performed by: Marisol Kettering, PA-C   Supervising physician: June Abernathy, MD (present in suite)

Reason for visit: lesion check. Pt flagged 3 spots at his 6-month skin check (hx BCC R nasal sidewall 2021,
Mohs, no recurrence). Today is a procedure-only visit scheduled for those three lesions.

=== PROCEDURE 1 of 3: Biopsy ===
UNIVERSAL PROTOCOL
  Time-out: completed 10:14 - pt name/DOB, procedure, site and laterality confirmed by PA and MA
  Site marked: yes, surgical marker
CONSENT: verbal and written; risks of bleeding, infection, scar, need for further treatment reviewed.
PROCEDURE DETAILS
  Pre-procedure diagnosis: hyperkeratotic nodule, r/o SCC vs hypertrophic AK
  Location: left dorsal forearm, 6 cm proximal to wrist
  Lesion size: 0.9 x 0.8 cm
  Anesthesia: 1% lidocaine w/ epi, 1 mL
  Prep: chlorhexidine
  Technique: 4 mm punch to subcutaneous fat, specimen lifted with forceps and snipped at base
  Specimen: A - formalin, to Summit Dermatopathology
  Estimated blood loss: <1 mL
  Closure: 4-0 nylon x 2 simple interrupted
  Dressing: petrolatum, bandage
  Complications: none
  Disposition: tolerated well

=== PROCEDURE 2 of 3: Biopsy ===
UNIVERSAL PROTOCOL
  Time-out: see above
CONSENT: see above
PROCEDURE DETAILS
  Pre-procedure diagnosis: pink scaly thin plaque, r/o superficial BCC
  Location: left mid back, paraspinal
  Lesion size: 1.1 cm
  Anesthesia: 1% lidocaine w/ epi, 0.5 mL
  Prep: alcohol
  Technique: tangential (shave) biopsy with flexible blade, partial thickness sample only
  Specimen: B - formalin
  Closure: N/A - aluminum chloride hemostasis
  Complications: none

=== PROCEDURE 3 of 3: Biopsy ===
UNIVERSAL PROTOCOL
  Time-out: see above
CONSENT: see above
PROCEDURE DETAILS
  Pre-procedure diagnosis: irregular brown macule, r/o dysplastic nevus
  Location: right posterior shoulder
  Lesion size: 6 mm
  Anesthesia: 1% lidocaine w/ epi, 0.5 mL
  Prep: alcohol
  Technique: tangential biopsy (saucerization), sample sent for diagnosis; not a complete removal
  Specimen: C - formalin
  Closure: N/A
  Complications: none
  Disposition: home, wound care sheet given

Not done today: scattered AKs on the scalp - pt prefers to wait, will freeze at his next visit.
Plan: results by phone 5-7 days; treatment plan per pathology.

Marisol Kettering, PA-C  03/11/2025 11:02
Cosigned: June Abernathy, MD  03/11/2025 17:40
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["C44.629"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, the two tangential biopsies take 11103 x2. "
                  "Planned AK cryotherapy not performed, not coded. No E/M selected.",
})

SCENARIOS.append({
    "id": "s55-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two saucerization biopsies pre-coded with deleted 11100/11101; commercial",
    "date": "2025-04-02",
    "patient": ("Okoro", "Temitope", "1988-11-04", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Dermatofibroma, right lateral thigh", "D23.71", "Right lateral thigh", reason=True),
        C("c2", "Irritated seborrheic keratosis, left upper back", "L82.0", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Skin biopsy, first lesion", cpt="11100", site="Right lateral thigh", reasons=["c1"],
          note="Tangential biopsy, DermaBlade; specimen 1 to path."),
        P("Skin biopsy, each additional lesion", cpt="11101", site="Left upper back", reasons=["c2"],
          note="Tangential biopsy, DermaBlade; specimen 2 to path."),
    ],
    "path": [
        {"text": "1. Skin, right lateral thigh, shave biopsy: dermatofibroma (benign fibrous histiocytoma).",
         "site": "Right lateral thigh", "date": "2025-04-07"},
        {"text": "2. Skin, left upper back, shave biopsy: irritated seborrheic keratosis.", "site": "Left upper back",
         "date": "2025-04-07"},
    ],
    "note_title": "Procedure Navigator - Biopsy",
    "note": HDR + """Procedure Navigator: SKIN BIOPSY x2                       DOS 04/02/2025
Patient: Temitope Okoro, 36F
Provider: Marisol Kettering, PA-C (supervising: J. Abernathy MD)

Indication: two lesions pt noticed changing over 3 months. R thigh firm papule, darker and itchy; L upper
back rough papule that has become red and crusted. Clinical dx uncertain for both; biopsy recommended.

Universal Protocol
  [x] Patient identified (2 identifiers)  [x] Procedure/site agreed  [x] Site marked  [x] Time-out 14:05
Consent: signed, on file. Risks/benefits/alternatives discussed incl. scar and dyspigmentation.

Procedure Details - Lesion #1
  Pre-procedure diagnosis: neoplasm of uncertain behavior, R lateral thigh
  Size: 7 mm
  Anesthesia: lidocaine 1% with epinephrine, 0.5 mL
  Prep: isopropyl alcohol
  Technique: tangential biopsy, saucerized into mid dermis with DermaBlade
  Specimen: jar 1, formalin
  Estimated blood loss: minimal
  Closure: none, Drysol hemostasis
  Dressing: Vaseline + band-aid
  Complications: none
  Disposition: stable

Procedure Details - Lesion #2
  Pre-procedure diagnosis: inflamed keratotic papule L upper back, r/o SCC in situ vs ISK
  Size: 9 mm
  Anesthesia: same
  Prep: same
  Technique: tangential biopsy, DermaBlade
  Specimen: jar 2, formalin
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: same
  Complications: none
  Disposition: discharged ambulatory

Path to Summit Dermatopathology. Will call with results.
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"], dx={"11102": ["D23.71"]}),
    "coder_note": "11100/11101 were deleted 12/31/2018 (BX-1); both biopsies are tangential -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s55-bx-incisional-punch-psoriasis-em25",
    "family": "biopsy", "shape": "free-text",
    "description": "Psoriasis flare with systemic started (99214-25) + wedge incisional bx L shin + punch R thigh",
    "date": "2025-05-20",
    "patient": ("Ferreira-Lund", "Beatriz", "1961-02-27", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 50, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis, flaring", "L40.0", "Trunk, elbows, scalp", reason=True),
        C("c2", "Necrobiosis lipoidica, left shin", "L92.1", "Left anterior shin", reason=True),
        C("c3", "Type 2 diabetes mellitus", "E11.9", history=True),
    ],
    "procedures": [
        P("Incisional biopsy (wedge)", site="Left anterior shin", reasons=["c2"],
          note="Wedge of yellow-brown atrophic plaque edge with #15 blade through to fat; 2 layers closed with "
               "4-0 nylon simple interrupted. Specimen A to Summit Dermpath."),
        P("Punch biopsy 4 mm", site="Right lateral thigh", reasons=["c2"],
          note="Separate annular plaque, R lateral thigh. 4 mm punch, 1 simple suture. Specimen B."),
    ],
    "path": [
        {"text": "A. Skin, left shin, incisional: necrobiosis lipoidica.", "site": "Left anterior shin",
         "date": "2025-05-27"},
        {"text": "B. Skin, right thigh, punch: palisading granulomatous dermatitis consistent with necrobiosis "
                 "lipoidica.", "site": "Right lateral thigh", "date": "2025-05-27"},
    ],
    "note_title": "Office Visit + Procedures",
    "note": HDR + """OFFICE VISIT                                               05/20/2025
Beatriz Ferreira-Lund, 64F, established. Seen by Marisol Kettering PA-C with Dr. Abernathy.

CC: (1) psoriasis much worse x 6 wk; (2) "shiny patches" on both legs.

HPI: Plaque psoriasis since her 30s, controlled on clobetasol + calcipotriene until a flare after a URI in
April. Now BSA ~8%: elbows, lower back, scalp, new plaques on the abdomen. Itching keeps her up at night. Failed
topicals alone. T2DM (A1c 7.4 per PCP), no hx TB, no hx depression.
Separately: slowly enlarging yellow-brown plaques on L shin (~1 yr) and R thigh (~4 mo), not painful.

Exam: well-demarcated erythematous silvery plaques as above, BSA ~8%, nail pitting x 3 fingernails. L anterior
shin 5 x 3 cm atrophic yellow-brown plaque with telangiectasia and violaceous rim; R lateral thigh 2.5 cm
annular indurated plaque.

A/P
1. Plaque psoriasis with flare - chronic illness with exacerbation. Discussed biologic vs apremilast; pt
   prefers oral. START apremilast titration pack then 30 mg BID; counseled on GI upset, weight loss, mood.
   Continue clobetasol 0.05% oint BID x 2 wk to plaques (refilled), calcipotriene on weekdays. Recheck 8 wk.
2. Leg plaques - ddx necrobiosis lipoidica vs granuloma annulare vs morphea. Biopsy both sites today (see
   procedure notes). Pt agrees.

--- PROCEDURE: Incisional biopsy ---
Time-out: done 15:32, site confirmed (L shin), pt verbalized.
Consent: written.
Pre-procedure diagnosis: atrophic plaque L shin, r/o NL vs morphea
Anesthesia: 1% lido w/ epi 2 mL | Prep: chlorhexidine
Technique: fusiform wedge from active border into subcutaneous fat with #15 blade (full thickness)
Specimen: A | EBL: 2 mL | Closure: 4-0 nylon simple interrupted x 3
Dressing: pressure bandage | Complications: none | Disposition: stable

--- PROCEDURE: Punch biopsy ---
Time-out: see above (R thigh confirmed separately)
Consent: see above
Pre-procedure diagnosis: annular plaque R thigh, r/o GA vs NL
Anesthesia: 1% lido w/ epi 1 mL | Prep: alcohol
Technique: 4 mm punch
Specimen: B | EBL: minimal | Closure: 4-0 nylon x 1
Dressing: band-aid | Complications: N/A | Disposition: home

Suture removal 14 days at nurse visit. Results by MyChart.
Total time for the E/M portion (excluding procedures): 32 min.
""",
    "expected": E([L("99214", 1, "25"), L("11106"), L("11105")], dx={"11106": ["L92.1"]}),
    "coder_note": "Psoriasis flare managed with a new systemic (chronic illness with exacerbation + Rx management = "
                  "moderate) is separate from the biopsy decision -> 99214-25. BX-2: incisional > punch -> 11106 + "
                  "11105.",
})

# ---------------------------------------------------------------------------------------------------------------
# Shave removal
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-shave-neck-band-wrong-chest-ok",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal L neck ISK 0.7 cm pre-coded 11307 (wrong band) + chest bleeding nevus 0.4 cm 11300",
    "date": "2025-06-04",
    "patient": ("Castellano", "Rudolph", "1949-01-30", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left lateral neck", "L82.0", "Left lateral neck", reason=True),
        C("c2", "Intradermal nevus, central chest, bleeding", "D22.5", "Central chest", reason=True),
    ],
    "procedures": [
        P("Shave removal, neck", cpt="11307", site="Left lateral neck", reasons=["c1"],
          note="0.7 cm inflamed keratotic papule; collar rubs it, bled x 3. Shaved flush, specimen to path."),
        P("Shave removal, trunk", cpt="11300", site="Central chest", reasons=["c2"],
          note="0.4 cm soft papule, bleeds when he shaves chest hair. Shaved flush, specimen to path."),
    ],
    "path": [
        {"text": "1. Left neck, shave: seborrheic keratosis, irritated/inflamed.", "site": "Left lateral neck",
         "date": "2025-06-09"},
        {"text": "2. Central chest, shave: intradermal melanocytic nevus, no atypia.", "site": "Central chest",
         "date": "2025-06-09"},
    ],
    "note_title": "Procedure Note - Shave Removal",
    "note": HDR + """PROCEDURE NOTE - SHAVE REMOVAL x 2                 06/04/2025
Pt: Rudolph Castellano, 76M          Performing: Marisol Kettering, PA-C / Supervising: J. Abernathy, MD

Indication: two symptomatic lesions. (1) L lateral neck keratotic papule - red, crusted, rubbed by shirt
collar, has bled three times in the last month. (2) Central chest soft papule - bleeds when he trims chest
hair, twice in 2 weeks. Pt wants both off; neither is for cosmetic reasons.

UNIVERSAL PROTOCOL: Time-out 09:20. Correct pt, procedures, sites. Sites marked and photographed.
CONSENT: written, signed; risks incl. recurrence, scar, hypopigmentation.

PROCEDURE DETAILS #1
  Pre-procedure diagnosis: inflamed SK vs SCC in situ, L lateral neck
  Lesion diameter: 0.7 cm (measured pre-procedure, calipers)
  Anesthesia: 1% lidocaine with epi 0.5 mL
  Prep: alcohol
  Technique: shave removal, lesion removed in full flush with surrounding skin (intent: removal)
  Specimen: #1 to Summit Dermpath
  Estimated blood loss: minimal
  Closure: none; hemostasis with aluminum chloride and light hyfrecation
  Dressing: Vaseline, bandage
  Complications: none
  Disposition: stable

PROCEDURE DETAILS #2
  Pre-procedure diagnosis: bleeding dermal nevus, central chest
  Lesion diameter: 4 mm
  Anesthesia: see above, 0.3 mL
  Prep: see above
  Technique: shave removal, flush
  Specimen: #2
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: see above
  Complications: none
  Disposition: home

Follow-up: path results 1 wk. Routine FBSE due in Oct.
""",
    "expected": E([L("11306"), L("11300")], topics=["coding-correction"], dx={"11306": ["L82.0"]}),
    "coder_note": "SH-1: neck is SNHFG; 0.7 cm falls in 0.6-1.0 -> 11306, not 11307. Chest 0.4 cm -> 11300. "
                  "Bleeding/inflammation documented (BSL-3), so covered; no GY.",
})

SCENARIOS.append({
    "id": "s55-shave-scalp-no-size-nose-ok",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals: scalp lesion with blank size field (no line) + L nasal sidewall 0.5 cm",
    "date": "2025-06-18",
    "patient": ("Pruitt", "Desmond", "1979-05-12", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp vertex", "L82.0", "Scalp vertex", reason=True),
        C("c2", "Intradermal nevus, left nasal sidewall, traumatized by eyeglasses", "D22.39",
          "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Scalp, vertex", reasons=["c1"],
          note="Tender crusted papule, catches on comb. Shaved flush. Size not recorded."),
        P("Shave removal", site="Left nasal sidewall", reasons=["c2"],
          note="5 mm flesh-colored papule under eyeglass nose pad, bled twice. Shaved flush."),
    ],
    "path": [
        {"text": "1. Scalp, shave: seborrheic keratosis with inflammation.", "site": "Scalp", "date": "2025-06-23"},
        {"text": "2. Left nasal sidewall, shave: intradermal nevus.", "site": "Left nasal sidewall",
         "date": "2025-06-23"},
    ],
    "note_title": "Procedure Navigator",
    "note": HDR + """PROCEDURE NAVIGATOR - SHAVE REMOVAL                 DOS: 06/18/2025
Desmond Pruitt, 46M. Performing provider: M. Kettering PA-C. Supervising: Dr. Abernathy.

Time-out: Yes, 13:48. Pt, procedure, 2 sites verified.   Consent: signed.

Procedure 1
  Pre-procedure diagnosis: inflamed keratosis, scalp vertex (catches on comb, tender, bleeds)
  Location: scalp, vertex
  Lesion size:
  Anesthesia: 1% lidocaine/epi 0.5 mL
  Prep: alcohol
  Technique: shave removal at the level of the dermis, flush
  Specimen: jar 1
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: petrolatum
  Complications: none
  Disposition: see below

Procedure 2
  Pre-procedure diagnosis: dermal nevus traumatized by eyeglass nose pad, bleeding x 2
  Location: L nasal sidewall
  Lesion size: 0.5 cm
  Anesthesia: see above
  Prep: see above
  Technique: shave removal, flush with surrounding skin
  Specimen: jar 2
  Estimated blood loss: minimal
  Closure: none - Drysol
  Dressing: see above
  Complications: none
  Disposition: discharged home in good condition
""",
    "expected": E([L("11310")], topics=["missing-documentation"], dx={"11310": ["D22.39"]}),
    "coder_note": "Tests corpus README: no lesion size -> no size-banded shave line for the scalp lesion "
                  "(missing-documentation). Nose 0.5 cm, FEENLM -> 11310.",
})

SCENARIOS.append({
    "id": "s55-shave-arm-plus-cheek-tangential-bx",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal R upper arm nevus 0.8 cm + tangential bx of separate L cheek papule; Medicaid",
    "date": "2025-07-09",
    "patient": ("Hollis", "Shandra", "1970-10-02", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Compound nevus, right upper arm, catches on clothing", "D22.61", "Right upper arm", reason=True),
        C("c2", "Basal cell carcinoma, nodular, left cheek", "C44.319", "Left cheek", reason=True),
    ],
    "path": [
        {"text": "A. Right upper arm, shave removal: compound melanocytic nevus, no atypia, margins clear.",
         "site": "Right upper arm", "date": "2025-07-14"},
        {"text": "B. Left cheek, shave biopsy: basal cell carcinoma, nodular pattern, extending to base.",
         "site": "Left cheek", "date": "2025-07-14"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURES - 07/09/2025
Shandra Hollis, 54F. Marisol Kettering, PA-C; Dr. Abernathy available in clinic.

S: Pedunculated mole R upper arm gets caught on her purse strap and bra, bled last week and was sore. Also a
shiny bump L cheek, ~4 months, bled once with washing.

UNIVERSAL PROTOCOL -- Time-out @ 11:05: patient ID x2, procedures (1) shave removal R arm (2) biopsy L cheek,
sites marked. All agree.
CONSENT -- Written. Risks reviewed incl. scar, recurrence, need for further surgery if cancer.

PROCEDURE DETAILS (1) Shave removal
  Pre-procedure diagnosis: irritated pedunculated nevus, R upper arm
  Size: 8 mm
  Anesthesia: 1% lido w/ epi 0.5 mL
  Prep: alcohol
  Technique: removed completely by horizontal shave at the base
  Specimen: A, formalin
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: bandage
  Complications: none
  Disposition: ok

PROCEDURE DETAILS (2) Biopsy
  Pre-procedure diagnosis: pearly papule L cheek, r/o BCC
  Size: 5 mm
  Anesthesia: 1% lido w/ epi 0.3 mL
  Prep: alcohol
  Technique: tangential biopsy, superficial sample for diagnosis only; definitive treatment to follow path
  Specimen: B, formalin
  Estimated blood loss: minimal
  Closure: none
  Dressing: bandage
  Complications: none
  Disposition: home

P: if B is a BCC, will schedule excision vs Mohs with Dr. Weiss.
""",
    "expected": E([L("11301"), L("11102", 1, "XS")], dx={"11301": ["D22.61"], "11102": ["C44.319"]}),
    "coder_note": "Two different lesions: shave removal arm 0.8 cm (TAL) -> 11301; tangential bx of the cheek -> "
                  "11102. PTP 11301/11102 is indicator 1 with the biopsy as column 2 -> XS on 11102.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, benign
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-exb-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision recurrently inflamed epidermoid cyst R upper back, 1.8 cm + 2 mm margins, layered 3.5 cm",
    "date": "2025-07-22",
    "patient": ("Brannigan", "Colm", "1984-03-15", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, right upper back, recurrently inflamed", "L72.0", "Right upper back", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, right upper back, excision: ruptured epidermoid (infundibular) cyst with "
                 "foreign-body giant cell reaction. No atypia.", "site": "Right upper back", "date": "2025-07-28"},
    ],
    "note_title": "Procedure Note - Excision",
    "note": HDR + """EXCISION - PROCEDURE NOTE
DOS 07/22/2025 | Colm Brannigan 41M | Provider: Marisol Kettering, PA-C | Attending: June Abernathy, MD

History: cyst R upper back x 3 yrs; inflamed and drained at urgent care twice (Nov, Feb), painful when he
lies on it. Quiet now x 6 wk. Elective excision.

Universal Protocol:
  Time-out: 08:31, performed with RN. Pt identity, procedure (excision of cyst), site (R upper back, marked) ✓
  Allergies reviewed: NKDA. Anticoagulants: none.
Consent: written consent signed after discussion of scar, recurrence, infection, dehiscence.

Procedure Details
  Pre-procedure diagnosis: epidermoid cyst, R upper back
  Post-procedure diagnosis: same
  Lesion measurement (pre-op): 1.8 x 1.5 cm
  Margins: 2 mm around the punctum/cyst outline
  Anesthesia: 1% lidocaine with epinephrine 1:100,000, 8 mL
  Prep: chlorhexidine, sterile drape
  Technique: fusiform excision oriented along relaxed skin tension lines; cyst dissected out intact with its
             wall, down to subcutaneous fat
  Specimen: cyst with overlying skin ellipse, formalin, to Summit Dermpath
  Estimated blood loss: 5 mL
  Closure: layered - deep dermal 4-0 Vicryl buried interrupted, epidermis 4-0 nylon running; final repair
           length 3.5 cm
  Dressing: Steri-strips, Telfa, pressure dressing
  Complications: none
  Disposition: home, stable. Wound care instructions given; acetaminophen prn.

Suture removal 12-14 days (nurse visit).
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter 1.8 + 2 x 0.2 = 2.2 cm, trunk -> 11403. EX-5: layered closure 3.5 cm "
                  "trunk -> 12032 separately reportable.",
})

SCENARIOS.append({
    "id": "s55-exb-dysplastic-nevus-precoded-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision of moderately dysplastic nevus L forearm pre-coded 11601; path benign -> 11401 + 12031",
    "date": "2025-08-05",
    "patient": ("Delacroix", "Mireille", "1955-12-09", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus, moderate atypia, left forearm", "D22.62", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs 0.6-1.0 cm", cpt="11601", site="Left dorsal forearm",
          reasons=["c1"], note="Biopsy scar with residual pigment 0.6 cm; 2 mm margins."),
        P("Repair, intermediate, 2.5 cm or less", cpt="12031", site="Left dorsal forearm", reasons=["c1"],
          note="Layered closure 2.4 cm."),
    ],
    "path": [
        {"text": "Skin, left forearm, re-excision: residual compound dysplastic nevus with moderate cytologic "
                 "atypia; margins free. No melanoma.", "site": "Left dorsal forearm", "date": "2025-08-11"},
    ],
    "note_title": "Procedure Navigator - Excision",
    "note": HDR + """Procedure Navigator: EXCISION                                   08/05/2025
Patient: Mireille Delacroix (69F)   Provider: Marisol Kettering, PA-C   Supervising MD: J. Abernathy

Indication: shave bx 07/08/2025 L dorsal forearm = compound dysplastic nevus, MODERATE atypia, margins
involved. Re-excision recommended for clear margins. Pt agrees.

UNIVERSAL PROTOCOL
  Time-out performed: YES (10:46)     Site marked: YES     Laterality: LEFT
CONSENT: informed consent obtained & signed

PROCEDURE DETAILS
  Pre-procedure diagnosis: dysplastic nevus, moderate atypia, incompletely removed
  Lesion / scar size: 0.6 cm residual pigmented scar
  Margins: 0.2 cm
  Anesthesia: 1% lidocaine w/ epi, 4 mL
  Prep: chlorhexidine
  Technique: elliptical excision to subcutaneous fat, ellipse 2.4 cm long, tagged at 12 o'clock
  Specimen: formalin - Summit Dermpath
  Estimated blood loss: minimal
  Closure: intermediate (layered): 4-0 Monocryl buried dermal x 3, 5-0 nylon simple running; 2.4 cm
  Dressing: pressure
  Complications: none
  Disposition: stable; sutures out 10-14 days

Addendum 08/11: path benign (see report) - no further surgery; routine 6-month skin checks.
""",
    "expected": E([L("11401"), L("12031")], topics=["coding-correction"], dx={"11401": ["D22.62"]}),
    "coder_note": "EX-3: dysplastic nevus is benign (D22), so benign excision codes. EX-1: 0.6 + 2 x 0.2 = 1.0 cm "
                  "(ellipse length is not the size) -> 11401. Layered closure 2.4 cm arm -> 12031.",
})

SCENARIOS.append({
    "id": "s55-exb-pilar-cyst-scalp-size-blank",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision tender pilar cyst occipital scalp, lesion size/margin fields blank; layered 3.0 cm",
    "date": "2025-08-19",
    "patient": ("Szabo", "Ilona", "1967-07-21", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, occipital scalp, tender", "L72.11", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Occipital scalp", reasons=["c1"],
          note="Tender pilar cyst, hurts when brushing hair. Excised intact. Size not recorded."),
        P("Layered closure", site="Occipital scalp", reasons=["c1"],
          note="Deep 4-0 Vicryl, superficial staples. Repair length 3.0 cm."),
    ],
    "path": [
        {"text": "Scalp, excision: trichilemmal (pilar) cyst.", "site": "Occipital scalp", "date": "2025-08-25"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURE: EXCISION, CYST - OCCIPITAL SCALP            08/19/2025
Ilona Szabo, 58F | Marisol Kettering, PA-C (supervised by Dr. June Abernathy)

Pre-op: tender firm subcutaneous nodule occipital scalp x 2 yrs, painful with brushing and when lying on it.
Universal Protocol: time-out completed 16:02 - ID, procedure, site ✓. Hair parted and taped.
Consent: written, on chart.

Procedure Details
  Pre-procedure diagnosis: pilar cyst, occipital scalp
  Lesion size:
  Margins: N/A
  Anesthesia: 1% lidocaine with epi, 6 mL
  Prep: Betadine
  Technique: linear/fusiform incision over the cyst, blunt dissection, cyst removed intact with wall
  Specimen: cyst, to path
  Estimated blood loss: 10 mL (scalp)
  Closure: layered: 4-0 Vicryl deep, skin staples; length 3.0 cm
  Dressing: bacitracin, gauze
  Complications: none
  Disposition: home; staples out in 10 days
""",
    "expected": E([L("12032")], topics=["missing-documentation"]),
    "coder_note": "No lesion size or margin -> no excision line (tests/corpus README, like exb-cyst-no-lesion-size); "
                  "the separately documented intermediate scalp repair 3.0 cm -> 12032 stays.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, malignant
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-exm-bcc-r-cheek-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision biopsy-proven nodular BCC R cheek 0.8 cm + 4 mm margins, intermediate repair 3.2 cm",
    "date": "2025-09-03",
    "patient": ("Whitcombe", "Arthur", "1945-04-17", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right cheek", "C44.319", "Right cheek", reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Scalp"),
    ],
    "path": [
        {"text": "Skin, right cheek, excision: basal cell carcinoma, nodular type; all margins free, closest "
                 "peripheral margin 2.5 mm.", "site": "Right cheek", "date": "2025-09-09"},
    ],
    "note_title": "Surgical Procedure Note",
    "note": HDR + """SURGICAL PROCEDURE NOTE                               DOS 09/03/2025
Patient: Arthur Whitcombe, 80M
Surgeon: June Abernathy, MD | Assist: Marisol Kettering, PA-C

Indication: nodular BCC R mid cheek, shave bx 08/12/2025 (S25-30418). Mohs offered; pt declined (prefers
a single visit, lesion well-defined, primary). Standard excision with 4 mm margins planned.

UNIVERSAL PROTOCOL
  Time-out: 13:10 - pt, procedure, R cheek site confirmed with pt in mirror, marked
  Anticoagulation: apixaban - continued per cardiology
CONSENT: written; risks incl. recurrence, scar, ectropion unlikely, bleeding on apixaban.

PROCEDURE DETAILS
  Pre-procedure diagnosis: basal cell carcinoma, nodular, R cheek
  Clinical lesion size: 0.8 cm (greatest diameter, measured before excision)
  Margins: 4 mm
  Anesthesia: 1% lidocaine with epinephrine 7 mL
  Prep: chlorhexidine (eye protected)
  Technique: fusiform excision along the melolabial-oriented RSTL, through subcutaneous fat, specimen
             oriented with suture at 12
  Specimen: formalin, Summit Dermpath
  Estimated blood loss: 5 mL
  Closure: intermediate layered closure - 5-0 Monocryl buried deep dermal, 6-0 Prolene running
           subcuticular; final length 3.2 cm
  Dressing: Steri-strips, pressure dressing 24 h
  Complications: none
  Disposition: home with spouse

Also noted: 3-4 AKs on scalp - NOT treated today; pt will return in 4 wk for LN2.
Follow-up: suture removal 7 days.
""",
    "expected": E([L("11642"), L("12052")], dx={"11642": ["C44.319"]}),
    "coder_note": "EX-1: 0.8 + 2 x 0.4 = 1.6 cm, face -> 11642. EX-5: intermediate face repair 3.2 cm -> 12052. AKs "
                  "noted but not treated: no 17000.",
})

SCENARIOS.append({
    "id": "s55-exm-scc-forearm-reexcision-in-global",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision for positive margin, SCC R forearm, 7 days after 11602 (inside 010 global); path clear",
    "date": "2025-09-17",
    "patient": ("Lindahl", "Ragnhild", "1950-06-06", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal forearm, positive margin", "C44.622", "Right dorsal forearm",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-09-10", "11602", "Excision malignant lesion, right forearm", "Right dorsal forearm",
              "SCC 0.9 cm + 3 mm margins; path 09/15: invasive SCC, well differentiated, deep margin involved."),
    ],
    "procedures": [
        P("Re-excision of SCC site for margins", site="Right dorsal forearm", reasons=["c1"],
          note="Residual scar 1.5 cm; 5 mm margins around scar; excised to fascia."),
        P("Closure", site="Right dorsal forearm", reasons=["c1"],
          note="Single-layer 4-0 nylon interrupted; no deep sutures."),
    ],
    "path": [
        {"text": "Skin, right forearm, re-excision: scar with no residual carcinoma identified; margins free.",
         "site": "Right dorsal forearm", "date": "2025-09-22"},
    ],
    "note_title": "Procedure Note - Re-excision",
    "note": HDR + """PROCEDURE NOTE: RE-EXCISION                           09/17/2025
Ragnhild Lindahl, 75F | Marisol Kettering, PA-C with June Abernathy, MD

Background: SCC R dorsal forearm excised here 09/10/2025 (0.9 cm lesion, 3 mm margins, simple
closure). Path 09/15: invasive SCC, well differentiated, focally involving the deep margin. Returning (day 7
of the global) for planned re-excision of the site. Sutures from 09/10 removed at start of case.

Universal Protocol: Time-out 14:20; pt ID, R dorsal forearm scar, procedure = re-excision. Marked.
Consent: signed; discussed possibility of further surgery if still positive.

Procedure Details
  Pre-procedure diagnosis: SCC R forearm, positive deep margin
  Lesion: scar measuring 1.5 cm
  Margins: 5 mm around the entire scar
  Anesthesia: 1% lido w/ epi 5 mL
  Prep: chlorhexidine
  Technique: fusiform re-excision to deep fascia, specimen tagged
  Specimen: to Summit Dermpath, "re-excision R forearm"
  Estimated blood loss: 3 mL
  Closure: simple, single layer, 4-0 nylon interrupted (skin mobile; no deep layer needed)
  Dressing: pressure dressing
  Complications: none
  Disposition: home; suture removal 10-14 d
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.622"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> 58; still a "
                  "malignant excision even though the re-excision is clear. 1.5 + 2 x 0.5 = 2.5 cm arm -> 11603. "
                  "Simple closure included.",
})

SCENARIOS.append({
    "id": "s55-exm-mis-back-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Wide excision melanoma in situ L upper back pre-coded as benign 11402; correct 11602 + 12032",
    "date": "2025-10-01",
    "patient": ("Abernethy-Ross", "Clive", "1958-09-25", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back", "D03.59", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Excision, benign lesion trunk 1.1-2.0 cm", cpt="11402", site="Left upper back", reasons=["c1"],
          note="Biopsy site 0.9 cm, 5 mm margins."),
        P("Intermediate repair trunk 2.6-7.5 cm", cpt="12032", site="Left upper back", reasons=["c1"],
          note="Layered repair 5.0 cm."),
    ],
    "path": [
        {"text": "Skin, left upper back, wide local excision: residual melanoma in situ, lentiginous type; "
                 "margins clear (nearest 4 mm).", "site": "Left upper back", "date": "2025-10-07"},
    ],
    "note_title": "Procedure Navigator - Wide Local Excision",
    "note": HDR + """Procedure Navigator - WIDE LOCAL EXCISION                  DOS 10/01/2025
Clive Abernethy-Ross, 67M | Surgeon: J. Abernathy MD | PA: M. Kettering

Indication: melanoma in situ, L upper back (punch bx 09/11/2025, S25-33102). WLE with 5 mm margins.

[UNIVERSAL PROTOCOL]  Time-out 09:05 ✓  Site marked ✓  Laterality L ✓  Pt ID x2 ✓
[CONSENT]  Signed. Scar, dehiscence, infection, need for re-excision discussed.

[PROCEDURE DETAILS]
Pre-procedure diagnosis ........ melanoma in situ, L upper back
Lesion (bx site) size .......... 0.9 cm
Margins ........................ 0.5 cm
Anesthesia ..................... 1% lidocaine/epi 10 mL
Prep ........................... chlorhexidine, sterile field
Technique ...................... elliptical excision to fascia, 3:1 ellipse, tagged 12 o'clock
Specimen ....................... Summit Dermpath, oriented
Estimated blood loss ........... 5 mL
Closure ........................ layered: 3-0 Vicryl deep, 4-0 nylon running; 5.0 cm
Dressing ....................... pressure
Complications .................. none
Disposition .................... home

Staging/sentinel node: not indicated (in situ).
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"], dx={"11602": ["D03.59"]}),
    "coder_note": "EX-3: melanoma in situ takes the malignant excision codes. 0.9 + 2 x 0.5 = 1.9 cm trunk -> 11602. "
                  "Layered 5.0 cm trunk -> 12032.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-mohs-r-helix-six-blocks-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs SCC R helix: stage 1 six blocks, stage 2 two blocks; complex repair helical rim 2.8 cm",
    "date": "2025-10-14",
    "patient": ("Guthrie", "Malcolm", "1942-02-03", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma, invasive, right helix", "C44.222", "Right helical rim", reason=True),
    ],
    "note_title": "Mohs Surgery Procedure Note",
    "note": HDR + """MOHS MICROGRAPHIC SURGERY                                  DOS 10/14/2025
Patient: Malcolm Guthrie, 83M
Mohs surgeon (surgeon and pathologist): Samuel Weiss, MD   Assisted by: Marisol Kettering, PA-C

Indication: invasive SCC, moderately differentiated, R superior helix (bx 09/22/2025 outside, read by
Summit Dermpath). Ear = high-risk location; Mohs appropriate.

UNIVERSAL PROTOCOL
  Time-out: 08:02. Patient, procedure, right ear verified with pt and referral photo. Marked.
CONSENT: signed; risks incl. cartilage exposure, notching of rim, chondritis, recurrence.

PROCEDURE DETAILS
  Pre-procedure diagnosis: SCC, R helix
  Pre-op lesion size: 1.3 x 1.0 cm
  Anesthesia: 1% lidocaine w/ epi 1:100k, 6 mL (ring block of helix)
  Prep: chlorhexidine
  Technique: Mohs micrographic surgery; debulk by curettage, then
     Stage 1: 6 tissue blocks (mapped, inked) - tumor at blocks 2 and 5 (peripheral)
     Stage 2: 2 tissue blocks at 2-5 o'clock - clear
     All frozen sections cut and read by Dr. Weiss.
  Specimen: Mohs layers processed in our lab; nothing sent out
  Estimated blood loss: 5 mL
  Closure: see repair
  Dressing: see repair
  Complications: none
  Disposition: see repair

REPAIR
  Final defect: 1.6 x 1.2 cm involving the helical rim (free margin), perichondrium intact
  Technique: complex repair - helical rim realigned, wedge of cartilage trimmed to avoid notching,
     extensive undermining of posterior auricular skin, layered 5-0 Vicryl / 6-0 Prolene
  Repair length: 2.8 cm
  Dressing: Xeroform, bolster, head wrap
  Complications: none
  Disposition: home with daughter; f/u 1 wk for suture removal
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13152")], dx={"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear -> 17311 + 17312 (2 stages); stage 1 had 6 blocks -> 17315 x1 (block beyond 5). "
                  "MOHS-7/REP-3: free margin of helical rim -> complex, ear 2.8 cm -> 13152 (2.6-7.5).",
})

SCENARIOS.append({
    "id": "s55-mohs-r-pretibial-scc-three-stages",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs 2.2 cm invasive SCC R pretibial leg, 3 stages (4/3/1 blocks), layered repair 6.0 cm; Aetna",
    "date": "2025-10-28",
    "patient": ("Pettigrew", "Loretta", "1956-11-30", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, invasive, right pretibial leg", "C44.722", "Right pretibial leg",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Right pretibial leg", reasons=["c1"],
          note="4 tissue blocks; tumor at block 3."),
        P("Mohs micrographic surgery, stage 2", site="Right pretibial leg", reasons=["c1"],
          note="3 tissue blocks; tumor at deep margin block 2."),
        P("Mohs micrographic surgery, stage 3", site="Right pretibial leg", reasons=["c1"],
          note="1 tissue block; clear."),
        P("Layered closure", site="Right pretibial leg", reasons=["c1"],
          note="Defect 3.1 x 2.4 cm; intermediate layered closure, final length 6.0 cm."),
    ],
    "note_title": "Mohs Procedure Note",
    "note": HDR + """MOHS PROCEDURE NOTE                                 10/28/2025
Loretta Pettigrew, 68F | Surgeon/pathologist: S. Weiss MD | PA: M. Kettering

Indication: biopsy-proven invasive SCC R pretibial leg, 2.2 cm, poorly defined borders, on chronic
venous stasis skin. Pretibial >= 1 cm - meets payer Mohs criteria.

Universal Protocol: time-out 07:55 (pt, R pretibial, procedure) - complete. Site marked.
Consent: written, risks incl. poor healing on the shin, infection, dehiscence.

Procedure Details
  Pre-procedure diagnosis: invasive SCC, R pretibial leg
  Anesthesia: 1% lidocaine w/ epi, 12 mL total
  Prep: chlorhexidine
  Technique: Mohs. Stage 1 - 4 blocks (+ at 7 o'clock). Stage 2 - 3 blocks (+ deep). Stage 3 - 1 block
             (clear). Frozen sections read by Dr. Weiss.
  Specimen: in-house Mohs lab only
  Estimated blood loss: 10 mL
  Closure: intermediate, layered (3-0 Monocryl deep, 4-0 nylon); length 6.0 cm. Undermining modest.
  Dressing: compression wrap
  Complications: none
  Disposition: leg elevation; f/u 2 wk
""",
    "expected": E([L("17313"), L("17314", 2), L("12032")], dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: leg -> 17313 + 17314 x2 (3 stages, none > 5 blocks). Intermediate repair leg 6.0 cm -> "
                  "12032 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s55-mohs-scalp-precoded-88305-and-em",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L parietal scalp BCC 2 stages pre-coded with 99213 and 88305 on Mohs layers",
    "date": "2025-11-04",
    "patient": ("Rourke", "Declan", "1947-07-08", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 120, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left parietal scalp", "C44.41", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", cpt="17311", site="Left parietal scalp", reasons=["c1"],
          note="Stage 1: 3 blocks, positive at 11 o'clock."),
        P("Mohs, each additional stage", cpt="17312", site="Left parietal scalp", reasons=["c1"],
          note="Stage 2: 1 block, clear."),
        P("Surgical pathology, Mohs layers", cpt="88305", site="Left parietal scalp", reasons=["c1"],
          note="Frozen sections of Mohs layers, read by Dr. Weiss."),
    ],
    "note_title": "Mohs Procedure Note",
    "note": HDR + """MOHS SURGERY - PROCEDURE NAVIGATOR                    11/04/2025
Declan Rourke, 78M. Surgeon and pathologist: Samuel Weiss, MD. PA: Marisol Kettering, PA-C.

Pre-op: seen in consult 10/21/2025 (Mohs planned then). Today: site re-examined, meds reviewed, no changes.
No new complaints. Here for Mohs only.

Universal Protocol: time-out 10:40 - L parietal scalp, pt ID, procedure ✓ marked ✓
Consent: signed at consult, re-confirmed today.

Procedure Details
  Pre-procedure diagnosis: nodular BCC, L parietal scalp (bx 09/30/2025)
  Pre-op size: 1.1 cm
  Anesthesia: 1% lido w/ epi 5 mL
  Prep: Betadine
  Technique: Mohs micrographic surgery - stage I 3 blocks (+ at 11:00); stage II 1 block (clear);
             frozen sections H&E, read by Dr. Weiss
  Specimen: Mohs lab (in-house)
  Estimated blood loss: 8 mL
  Closure: N/A today - defect 2.0 x 1.8 cm; repair by Dr. Haddad (plastics) tomorrow per pt preference
  Dressing: pressure dressing, Vaseline gauze
  Complications: none
  Disposition: home
""",
    "expected": E([L("17311"), L("17312")], topics=["ncci"], dx={"17311": ["C44.41"]}),
    "coder_note": "MOHS-5: no 88305 on the Mohs specimens (17311/88305 edit; no exception applies). The E/M is only "
                  "the pre-procedure check of a Mohs already decided at the consult -> removed (GS-3). Repair by "
                  "another surgeon tomorrow is not ours.",
})

# ---------------------------------------------------------------------------------------------------------------
# Destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-ds-seventeen-aks-precoded-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 17 AKs (face 9, scalp 6, hands 2) pre-coded 17000 + 17003; correct 17004",
    "date": "2025-02-12",
    "patient": ("Halloran", "Bernadette", "1944-05-01", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, face, scalp and dorsal hands", "L57.0", "Face, scalp, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Face", reasons=["c1"]),
        P("Destruction premalignant lesions 2-14, each additional", cpt="17003", site="Face, scalp, hands",
          reasons=["c1"], note="Billed x 16 units."),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": HDR + """PROCEDURE NOTE: CRYOSURGERY OF AKs                      02/12/2025
Bernadette Halloran, 80F. M. Kettering PA-C (Dr. Abernathy supervising).

Universal Protocol: time-out 15:10, pt ID, procedure, sites (face, scalp, hands) - verified.
Consent: verbal consent, risks of blistering, hypopigmentation, recurrence.

Procedure Details
  Pre-procedure diagnosis: actinic keratoses
  Lesion count and location:
     face: 9 (forehead 4, R cheek 2, L cheek 2, nasal dorsum 1)
     scalp: 6 (vertex and frontal)
     dorsal hands: 2 (R 1, L 1)
     TOTAL: 17 AKs
  Anesthesia: none
  Prep: none
  Technique: liquid nitrogen cryospray, 2 freeze-thaw cycles, 5-10 sec each
  Specimen: N/A
  Estimated blood loss: none
  Closure: N/A
  Dressing: N/A
  Complications: none
  Disposition: post-care handout; recheck 3 months
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000 + 17003 (17003 x16 also exceeds "
                  "its 13-unit MUE).",
})

SCENARIOS.append({
    "id": "s55-ds-ak-count-blank-plus-hand-warts",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo AKs with count blank (no line) + 4 painful common warts L hand (17110); MA plan",
    "date": "2025-03-05",
    "patient": ("Esposito", "Raymond", "1951-10-22", "male"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Verruca vulgaris, left hand, painful", "B07.8", "Left hand fingers", reason=True),
    ],
    "procedures": [
        P("Cryotherapy AKs", site="Scalp", reasons=["c1"], note="Multiple AKs frozen. Number not recorded."),
        P("Cryotherapy warts", site="Left hand", reasons=["c2"],
          note="4 verrucae (L index, L middle x2, L palm), painful with gripping; LN2 2 cycles."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """CRYOTHERAPY - PROCEDURE NAVIGATOR                      03/05/2025
Raymond Esposito 73M | Marisol Kettering, PA-C / J. Abernathy, MD

Time-out: 10:22 complete. Consent: verbal, documented.

Procedure Details - AKs
  Pre-procedure diagnosis: actinic keratoses, scalp
  Number of lesions:
  Anesthesia: none
  Technique: LN2 cryospray, 1-2 cycles
  Specimen: N/A
  Complications: none
  Disposition: see below

Procedure Details - Warts
  Pre-procedure diagnosis: verruca vulgaris, L hand; painful with gripping his cane and tools, bled twice
  Number of lesions: 4 (L index finger 1, L middle finger 2, L palm 1)
  Anesthesia: none
  Prep: paring of overlying keratin with #15 blade before freezing
  Technique: LN2, 2 freeze-thaw cycles
  Specimen: N/A
  Estimated blood loss: none
  Closure: N/A
  Dressing: N/A
  Complications: none
  Disposition: home; repeat in 3-4 wk if persistent
""",
    "expected": E([L("17110")], topics=["missing-documentation"], dx={"17110": ["B07.8"]}),
    "coder_note": "No AK count -> no 17000/17003/17004 line (README: ds-ak-count-not-documented). Four painful warts "
                  "-> 17110 x1 (BSL-4: pain). Paring before cryo is part of the destruction.",
})

SCENARIOS.append({
    "id": "s55-ds-edc-two-superficial-bcc",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of two biopsy-proven sBCCs: L upper back defect 1.4 cm, R shoulder defect 0.9 cm",
    "date": "2025-04-16",
    "patient": ("Nakashima", "Toru", "1959-01-14", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Superficial basal cell carcinoma, right shoulder", "C44.612", "Right shoulder", reason=True),
    ],
    "note_title": "Procedure Note - ED&C",
    "note": HDR + """ELECTRODESICCATION & CURETTAGE x 2                      04/16/2025
Toru Nakashima, 66M | Performed by Marisol Kettering, PA-C | Supervising: June Abernathy, MD

Both lesions biopsy-proven superficial BCC (shave bx 03/26/2025): A = L upper back, B = R posterior shoulder.
Options reviewed (excision, topical imiquimod, ED&C); pt chose ED&C.

UNIVERSAL PROTOCOL: time-out 13:30, both sites confirmed against bx photos and marked.
CONSENT: written; risks incl. hypopigmented scar, recurrence.

PROCEDURE DETAILS - Site A
  Pre-procedure diagnosis: superficial BCC, L upper back
  Clinical lesion size: 1.0 cm
  Anesthesia: 1% lido/epi 2 mL
  Prep: alcohol
  Technique: curettage x 3 cycles with 4 mm and 3 mm curettes, electrodesiccation of base after each
  Final defect diameter after curettage: 1.4 cm
  Specimen: none
  Estimated blood loss: minimal
  Closure: N/A (second intention)
  Dressing: Vaseline, bandage
  Complications: none
  Disposition: see below

PROCEDURE DETAILS - Site B
  Pre-procedure diagnosis: superficial BCC, R shoulder
  Clinical lesion size: 0.6 cm
  Anesthesia: see above, 1 mL
  Prep: see above
  Technique: see above, 3 cycles
  Final defect diameter: 0.9 cm
  Specimen: none
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: see above
  Complications: none
  Disposition: home; wound care handout; recheck 6 wk
""",
    "expected": E([L("17262"), L("17261")], dx={"17262": ["C44.519"], "17261": ["C44.612"]}),
    "coder_note": "DS-4: malignant destruction sized by the final curettage defect: back 1.4 cm -> 17262, shoulder "
                  "(TAL) 0.9 cm -> 17261.",
})

# ---------------------------------------------------------------------------------------------------------------
# Incision and drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-id-axilla-abscess-new-pt-em-removed",
    "family": "incision-drainage", "shape": "note-only",
    "description": "New pt with L axillary abscess: simple I&D; 99203 selected but only work is the I&D decision",
    "date": "2025-05-07",
    "patient": ("Oyelaran", "Kemi", "1996-04-13", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "note_title": "New Patient Visit / Procedure",
    "note": HDR + """NEW PATIENT - ACUTE VISIT                               05/07/2025
Kemi Oyelaran, 29F, self-referred. Seen by Marisol Kettering, PA-C.

CC: painful lump L armpit x 5 days.
HPI: started as a pimple after shaving, now swollen and throbbing, no fever. No prior similar episodes, no
hx hidradenitis, no lesions elsewhere. Not diabetic. Meds: OCP. NKDA.
Exam: L axilla 2.5 cm fluctuant tender erythematous nodule with 1 cm surrounding erythema; no other axillary,
inframammary or groin lesions. Afebrile.
Assessment: simple abscess, L axilla. Plan: I&D today.

--- PROCEDURE: Incision and drainage ---
Universal Protocol: time-out 11:48 - pt, L axilla, I&D ✓
Consent: verbal + written
Procedure Details
  Pre-procedure diagnosis: abscess, L axilla
  Anesthesia: 1% lidocaine w/ epi 3 mL, field
  Prep: chlorhexidine
  Technique: single 1 cm stab incision with #11 blade, purulent material expressed, cavity irrigated with
             saline; no loculations; no packing needed
  Specimen: culture swab sent
  Estimated blood loss: minimal
  Closure: left open
  Dressing: gauze, tape
  Complications: none
  Disposition: warm compresses TID; no antibiotics indicated after adequate drainage; return if fever or
               re-accumulation
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "GS-3: the only problem is the abscess and the only decision is the I&D; a new patient alone does "
                  "not justify an E/M -> 99203 removed (tests/corpus README). Single simple abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s55-id-two-abscesses-precoded-10060-twice",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two loculated abscesses (R buttock, R posterior thigh) with packing pre-coded 10060 x2 -> 10061",
    "date": "2025-05-28",
    "patient": ("Marchand", "Tobias", "1990-08-30", "male"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
        C("c2", "Cutaneous abscess of right lower limb", "L02.415", "Right posterior thigh", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", cpt="10060", site="Right buttock", reasons=["c1"],
          note="3 cm loculated abscess; loculations broken; packed with iodoform 1/4 in."),
        P("Incision and drainage of abscess", cpt="10060", site="Right posterior thigh", reasons=["c2"],
          note="2 cm abscess, loculated; packed."),
    ],
    "note_title": "Procedure Note - I&D",
    "note": HDR + """PROCEDURE: INCISION & DRAINAGE x 2                      05/28/2025
Tobias Marchand, 34M | Marisol Kettering PA-C (supervising Dr. J. Abernathy)

Universal Protocol: time-out 16:12; R buttock and R posterior thigh verified.
Consent: signed.

Procedure Details - #1
  Pre-procedure diagnosis: abscess R buttock, 3 cm
  Anesthesia: 1% lido w/ epi 5 mL
  Prep: Betadine
  Technique: 1.5 cm incision; multiple loculations broken up with hemostat; copious irrigation;
             packed with 1/4" iodoform gauze (~10 cm)
  Specimen: aerobic culture
  Estimated blood loss: 5 mL
  Closure: open, packed
  Dressing: ABD pad
  Complications: none
  Disposition: see below

Procedure Details - #2
  Pre-procedure diagnosis: abscess R posterior thigh, 2 cm
  Anesthesia: see above, 3 mL
  Prep: see above
  Technique: 1 cm incision; loculations broken; irrigated; packed with iodoform
  Specimen: N/A
  Estimated blood loss: minimal
  Closure: open
  Dressing: see above
  Complications: none
  Disposition: home; packing removal/recheck in 48 h; doxycycline 100 mg BID x 7 d given the multiple sites
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L02.31"]}),
    "coder_note": "Two abscesses, loculated and packed = complicated/multiple -> 10061 x1 (one unit per session, "
                  "MUE 1), not 10060 twice.",
})

# ---------------------------------------------------------------------------------------------------------------
# Intralesional injection
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-il-three-chest-keloids-48mg",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 3 symptomatic chest keloids, Kenalog-40 total 1.2 mL (48 mg)",
    "date": "2025-06-11",
    "patient": ("Adebayo", "Olumide", "1987-12-01", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, anterior chest, pruritic and painful", "L91.0", "Anterior chest", reason=True),
    ],
    "note_title": "Procedure Note - Intralesional Injection",
    "note": HDR + """INTRALESIONAL INJECTION                                  06/11/2025
Olumide Adebayo, 37M. Provider: Marisol Kettering, PA-C. Supervising: June Abernathy, MD.

Interval: 3 keloids on the presternal chest after acne; itch and sting, rub on seatbelt. Last injection
10 wk ago with good flattening. Here for the next round.

Time-out: 12:15 - pt, procedure, presternal chest. ✓
Consent: verbal, on file (written consent 02/2025 covers series).

Procedure Details
  Pre-procedure diagnosis: keloids x 3, anterior chest
  Medication: triamcinolone acetonide (Kenalog) 40 mg/mL, undiluted
  Lesion 1 (superior, 2.1 cm): 0.4 mL
  Lesion 2 (mid, 2.8 cm): 0.5 mL
  Lesion 3 (inferior L, 1.5 cm): 0.3 mL
  Total volume: 1.2 mL
  Anesthesia: none (ice)
  Prep: alcohol
  Technique: 30 g needle, intralesional until blanching
  Specimen: N/A
  Estimated blood loss: none
  Closure: N/A
  Dressing: N/A
  Complications: none
  Disposition: return 6-8 weeks
""",
    "expected": E([L("11900"), L("J3301", 5)], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions -> 11900. 40 mg/mL x 1.2 mL = 48 mg -> J3301 ceil(48/10) = 5 units.",
})

SCENARIOS.append({
    "id": "s55-il-alopecia-areata-nine-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 9 alopecia areata patches pre-coded 11900; 10 mg/mL x 3.5 mL = 35 mg",
    "date": "2025-07-02",
    "patient": ("Bellweather", "Judith", "1952-03-22", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", cpt="11900", site="Scalp", reasons=["c1"],
          note="ILK to AA patches."),
    ],
    "note_title": "Procedure Navigator - ILK",
    "note": HDR + """PROCEDURE NAVIGATOR: INTRALESIONAL KENALOG                DOS 07/02/2025
Judith Bellweather, 73F | Marisol Kettering, PA-C | supervising J. Abernathy MD

S: patchy AA, 3rd injection session. Some regrowth in the occipital patches; two new patches at the crown.

Universal Protocol: time-out 09:40 - ID ✓ procedure ✓ site (scalp) ✓
Consent: written consent on file for the series; re-confirmed verbally.

Procedure Details
  Pre-procedure diagnosis: alopecia areata
  Number of patches injected: nine (9) - occipital x3, L parietal x2, R parietal x2, crown x2
  Medication: triamcinolone acetonide 10 mg/mL
  Total volume: 3.5 mL (approx 0.1 mL per injection site, spaced 1 cm)
  Anesthesia: none; vibration device
  Prep: alcohol
  Technique: 30 g needle, intradermal
  Specimen: N/A
  Estimated blood loss: none
  Closure: N/A
  Dressing: N/A
  Complications: none
  Disposition: next session 6 wk
""",
    "expected": E([L("11901"), L("J3301", 4)], topics=["coding-correction"], dx={"11901": ["L63.9"]}),
    "coder_note": "More than 7 lesions -> 11901, not 11900. Drug documented but not pre-coded: 10 mg/mL x 3.5 mL = "
                  "35 mg -> J3301 x4.",
})

SCENARIOS.append({
    "id": "s55-il-back-cyst-plus-rosacea-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "Rosacea flare with new Rx (99213-25) + ILK 5 mg to inflamed epidermoid cyst on back",
    "date": "2025-07-16",
    "patient": ("Thornbury", "Eileen", "1948-10-10", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Papulopustular rosacea, flaring", "L71.9", "Cheeks, chin", reason=True),
        C("c2", "Inflamed epidermoid cyst, mid back", "L72.0", "Mid back", reason=True),
    ],
    "procedures": [
        P("Intralesional injection of cyst", site="Mid back", reasons=["c2"],
          note="Triamcinolone 10 mg/mL, 0.5 mL into one inflamed cyst."),
    ],
    "note_title": "Office Visit",
    "note": HDR + """OFFICE VISIT - ESTABLISHED                                07/16/2025
Eileen Thornbury, 76F. Seen by Marisol Kettering, PA-C (Dr. Abernathy in clinic).

CC: (1) face breaking out again; (2) sore lump on the back.

1) Rosacea - papulopustular, flared over the summer (heat, wine). Metronidazole gel no longer controlling.
   Exam: cheeks/chin erythema with ~15 papulopustules, no ocular sx.
   Plan: START doxycycline 40 mg ER daily x 12 wk; START ivermectin 1% cream qhs; stop metronidazole gel.
   Trigger avoidance and SPF reviewed. Recheck 12 wk.
2) Epidermoid cyst mid back - tender, red, no fluctuance. Options: ILK now vs excision later when quiet.
   Pt chose ILK today.

PROCEDURE: Intralesional injection
  Time-out: 14:52 ✓ (mid back)
  Consent: verbal
  Pre-procedure diagnosis: inflamed epidermoid cyst, mid back
  Medication: triamcinolone acetonide 10 mg/mL, 0.5 mL
  Anesthesia: none
  Prep: alcohol
  Technique: 27 g needle into the cyst wall
  Specimen: N/A  | EBL: none | Closure: N/A | Dressing: bandage
  Complications: none
  Disposition: warm compresses; call if fluctuant

Time: 22 min on the rosacea portion, separate from the injection.
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301")]),
    "coder_note": "Rosacea flare with new prescriptions is separate from the cyst injection -> provider-selected "
                  "99213 kept with 25. One lesion -> 11900; 5 mg -> J3301 x1.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-mixed-temple-bx-five-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential bx R temple papule + LN2 to five AKs on other sites (forehead/scalp); Medicare",
    "date": "2025-08-12",
    "patient": ("Kowalczyk", "Edmund", "1946-06-29", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, right temple", "C44.319", "Right temple", reason=True),
        C("c2", "Actinic keratoses, forehead and scalp", "L57.0", "Forehead, scalp", reason=True),
    ],
    "path": [
        {"text": "Skin, right temple, shave biopsy: basal cell carcinoma, nodular and micronodular patterns.",
         "site": "Right temple", "date": "2025-08-18"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURE NOTE                                          08/12/2025
Edmund Kowalczyk, 79M | Marisol Kettering, PA-C | supervising Dr. Abernathy

Scheduled procedure visit (lesions identified at 07/29 FBSE).

UNIVERSAL PROTOCOL: time-out 10:02; pt, R temple biopsy and AK cryotherapy sites confirmed.
CONSENT: signed for biopsy; verbal for cryotherapy.

PROCEDURE DETAILS #1 - Biopsy
  Pre-procedure diagnosis: pink pearly papule R temple, r/o BCC
  Size: 0.7 cm
  Anesthesia: 1% lido w/ epi 0.5 mL
  Prep: alcohol
  Technique: tangential (shave) biopsy
  Specimen: to Summit Dermpath
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: Vaseline, band-aid
  Complications: none
  Disposition: see below

PROCEDURE DETAILS #2 - Cryosurgery
  Pre-procedure diagnosis: actinic keratoses
  Lesions: five (5) - L forehead 2, central forehead 1, frontal scalp 2 (none at the biopsy site)
  Anesthesia: N/A
  Prep: N/A
  Technique: liquid nitrogen, 2 cycles
  Specimen: N/A
  Estimated blood loss: none
  Closure: N/A
  Dressing: N/A
  Complications: none
  Disposition: home; results in 1 wk
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 4)], dx={"11102": ["C44.319"], "17000": ["L57.0"]}),
    "coder_note": "Biopsy of one lesion + 5 AKs elsewhere: 11102, 17000 + 17003 x4. PTP 11102/17000 indicator 1 "
                  "(biopsy column 1) with distinct lesions -> XS on 17000; no edit for 11102/17003.",
})

SCENARIOS.append({
    "id": "s55-mixed-back-bcc-excision-neck-shave",
    "family": "mixed", "shape": "free-text",
    "description": "Excision BCC L upper back 1.6 cm + layered 4.0 cm, plus shave removal 0.4 cm irritated nevus R neck",
    "date": "2025-08-26",
    "patient": ("Fairweather", "Gwendolyn", "1963-04-08", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Compound nevus, right neck, irritated by necklace", "D22.4", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision of skin cancer", site="Left upper back", reasons=["c1"],
          note="Biopsy-proven nodular BCC 1.0 cm; 3 mm margins; to fat."),
        P("Layered closure", site="Left upper back", reasons=["c1"],
          note="Deep 3-0 Monocryl, 4-0 nylon running. 4.0 cm."),
        P("Shave removal", site="Right lateral neck", reasons=["c2"],
          note="0.4 cm papule rubbed by necklace, inflamed and bleeding; shaved flush."),
    ],
    "path": [
        {"text": "A. Skin, L upper back, excision: basal cell carcinoma, nodular; margins negative.",
         "site": "Left upper back", "date": "2025-09-02"},
        {"text": "B. Skin, R neck, shave: compound nevus with inflammation; no atypia.", "site": "Right lateral neck",
         "date": "2025-09-02"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURES x 2                                          08/26/2025
Gwendolyn Fairweather, 62F | M. Kettering PA-C with J. Abernathy MD

UNIVERSAL PROTOCOL: time-out 13:00; L upper back (excision) and R neck (shave) confirmed and marked.
CONSENT: written for both.

(1) EXCISION
  Pre-procedure diagnosis: nodular BCC L upper back (bx 08/05/2025)
  Lesion size: 1.0 cm
  Margins: 3 mm
  Anesthesia: 1% lidocaine w/ epi 6 mL
  Prep: chlorhexidine
  Technique: elliptical excision to subcutaneous fat, tagged
  Specimen: A
  Estimated blood loss: 3 mL
  Closure: layered intermediate; 3-0 Monocryl deep, 4-0 nylon running; final length 4.0 cm
  Dressing: pressure
  Complications: none
  Disposition: see below

(2) SHAVE REMOVAL
  Pre-procedure diagnosis: irritated nevus R lateral neck (necklace trauma, bled x2)
  Lesion size: 0.4 cm
  Anesthesia: 1% lidocaine w/ epi 0.3 mL
  Prep: alcohol
  Technique: shave removal, flush
  Specimen: B
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: band-aid
  Complications: none
  Disposition: home; sutures out 12 d
""",
    "expected": E([L("11602"), L("12032", 1, "XS"), L("11305")], dx={"11602": ["C44.519"], "11305": ["D22.4"]}),
    "coder_note": "1.0 + 2 x 0.3 = 1.6 cm trunk -> 11602; layered 4.0 cm trunk -> 12032; neck shave 0.4 cm -> 11305. "
                  "PTP 11305/12032 indicator 1, repair is of a different site -> XS on 12032.",
})

SCENARIOS.append({
    "id": "s55-mixed-plantar-warts-earlobe-keloid",
    "family": "mixed", "shape": "pre-coded",
    "description": "LN2 six painful plantar warts + ILK R earlobe keloid 20 mg; pre-coded 17110 + 11900 without XS/drug",
    "date": "2025-09-09",
    "patient": ("Mbeki", "Naledi", "2001-02-17", "female"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Plantar warts, both feet, painful", "B07.0", "Plantar feet", reason=True),
        C("c2", "Keloid, right earlobe (post-piercing)", "L91.0", "Right earlobe", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions up to 14", cpt="17110", site="Plantar feet", reasons=["c1"],
          note="6 plantar warts, pared and frozen."),
        P("Intralesional injection", cpt="11900", site="Right earlobe", reasons=["c2"],
          note="Kenalog-40, 0.5 mL."),
    ],
    "note_title": "Procedure Navigator",
    "note": HDR + """PROCEDURE NAVIGATOR                                     09/09/2025
Naledi Mbeki, 24F | Marisol Kettering, PA-C (supervising J. Abernathy, MD)

Time-out: 15:35 - pt ID, bilateral plantar feet and R earlobe, procedures ✓
Consent: verbal for cryo, written for injection.

Procedure Details - Cryotherapy
  Pre-procedure diagnosis: plantar verrucae, painful with walking (works on her feet 10 h shifts)
  Count/location: 6 total - R heel 2, R 1st MTH 1, L 2nd MTH 2, L heel 1
  Anesthesia: none
  Prep: paring with #15 blade
  Technique: LN2, 2 freeze-thaw cycles
  Specimen: N/A
  Complications: none
  Disposition: see below

Procedure Details - Intralesional injection
  Pre-procedure diagnosis: keloid R earlobe, itchy, enlarging
  Medication: triamcinolone acetonide 40 mg/mL, 0.5 mL
  Anesthesia: none
  Prep: alcohol
  Technique: 30 g needle into keloid until blanching
  Specimen: N/A
  Estimated blood loss: none
  Closure: N/A
  Dressing: N/A
  Complications: none
  Disposition: return 4 wk
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301", 2)], dx={"17110": ["B07.0"], "11900": ["L91.0"]}),
    "coder_note": "Different lesions: PTP 17110/11900 is indicator 1 -> XS on 11900. 40 mg/mL x 0.5 mL = 20 mg -> "
                  "J3301 x2 (documented, not pre-coded). Paring is part of the wart destruction.",
})

# ---------------------------------------------------------------------------------------------------------------
# Nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-nails-two-great-toe-avulsions-precoded",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion R and L great toenails (ingrown, infected) pre-coded 11730 twice; -> 11730-T5 + 11732-TA",
    "date": "2025-01-15",
    "patient": ("Quinlan", "Harold", "1948-08-03", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, with paronychia", "L60.0", "Right great toe", reason=True),
        C("c2", "Ingrowing nail, left great toe", "L60.0", "Left great toe", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate", cpt="11730", site="Right great toe", reasons=["c1"]),
        P("Avulsion of nail plate", cpt="11730", site="Left great toe", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Nail Avulsion",
    "note": HDR + """PROCEDURE NOTE: NAIL AVULSION x 2                        01/15/2025
Harold Quinlan, 76M | Marisol Kettering, PA-C / June Abernathy, MD

Indication: both great toenails incurvated and ingrown along both borders; R with granulation and purulent
drainage x 3 wk; L painful in shoes. Pt elects total avulsion of both. No matrixectomy today (discussed,
pt wants to see regrowth first).

UNIVERSAL PROTOCOL: time-out 11:30; R hallux and L hallux verified, marked.
CONSENT: written.

PROCEDURE DETAILS - Right great toe
  Pre-procedure diagnosis: ingrown nail with paronychia, R great toe
  Anesthesia: digital block, 1% plain lidocaine 3 mL
  Prep: Betadine; tourniquet
  Technique: nail plate freed with elevator, avulsed in total with hemostat
  Specimen: N/A
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: Xeroform, gauze, Coban
  Complications: none
  Disposition: see below

PROCEDURE DETAILS - Left great toe
  Pre-procedure diagnosis: ingrown nail, L great toe
  Anesthesia: digital block, same
  Prep: same
  Technique: total avulsion of nail plate
  Specimen: N/A
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: same
  Complications: none
  Disposition: home; soaks BID; cephalexin 500 mg QID x 7 d for R paronychia
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], topics=["coding-correction"],
                  dx={"11730": ["L60.0"]}),
    "coder_note": "Second nail is the add-on 11732, not a second 11730 (11730 MUE 1). Digit modifiers: right great toe "
                  "T5, left great toe TA.",
})

SCENARIOS.append({
    "id": "s55-nails-phenol-matrixectomy-left-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Partial nail avulsion + phenol matrixectomy, lateral border L great toe (11750-TA only)",
    "date": "2025-02-26",
    "patient": ("Villanueva", "Ariana", "2003-09-19", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Recurrent ingrowing nail, left great toe, lateral border", "L60.0", "Left great toe", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURE NOTE                                          02/26/2025
Ariana Villanueva, 21F. Provider: Marisol Kettering, PA-C. Supervising: June Abernathy, MD.

Indication: 4th episode of ingrown lateral nail border L great toe in 12 months, two prior partial
avulsions at urgent care; painful, now with granulation. Permanent correction discussed and chosen.

UNIVERSAL PROTOCOL
  Time-out: 09:12 - L hallux, lateral border, procedure confirmed.
CONSENT: signed; risks incl. regrowth spicule, infection, nail narrowing.

PROCEDURE DETAILS
  Pre-procedure diagnosis: recurrent onychocryptosis, L great toe, lateral border
  Anesthesia: digital block 1% lidocaine plain, 3 mL
  Prep: chlorhexidine, tourniquet
  Technique: lateral 3 mm strip of nail plate freed and avulsed; matrix ablated with 88% phenol
             3 x 30 sec, neutralized with alcohol (permanent partial matrixectomy)
  Specimen: N/A
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: bacitracin, gauze, Coban
  Complications: none
  Disposition: home; soak BID; recheck 2 wk
""",
    "expected": E([L("11750", 1, "TA")], dx={"11750": ["L60.0"]}),
    "coder_note": "Partial nail + matrix removal for permanent correction -> 11750; the avulsion is part of it "
                  "(11750/11730 edit). Left great toe -> TA.",
})

SCENARIOS.append({
    "id": "s55-nails-debridement-seven-mycotic",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of 7 painful mycotic toenails; commercial",
    "date": "2025-03-19",
    "patient": ("Grabowski", "Stanley", "1966-11-11", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails, painful", "B35.1", "Bilateral toenails", reason=True),
    ],
    "procedures": [
        P("Nail debridement", site="Bilateral toenails", reasons=["c1"],
          note="Thickened dystrophic mycotic nails reduced with nippers and burr: R 1st, 2nd, 3rd; L 1st, 2nd, 3rd, "
               "5th (7 nails). Painful in work boots."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """NAIL DEBRIDEMENT                                        03/19/2025
Stanley Grabowski, 58M | Marisol Kettering, PA-C

KOH/PAS positive 01/2025 (onychomycosis). Declines oral terbinafine (liver concerns). Nails thick and
painful in steel-toe boots.

Time-out: 08:45 ✓   Consent: verbal ✓
Procedure Details
  Pre-procedure diagnosis: onychomycosis, painful
  Nails: seven - R hallux, R 2nd, R 3rd, L hallux, L 2nd, L 3rd, L 5th
  Anesthesia: none
  Prep: N/A
  Technique: mechanical debridement of nail plate thickness and length with nippers and rotary burr
  Specimen: N/A
  Estimated blood loss: none
  Closure: N/A
  Dressing: N/A
  Complications: none
  Disposition: efinaconazole topical continued; repeat q 10-12 wk
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "6 or more nails debrided -> 11721 x1.",
})

# ---------------------------------------------------------------------------------------------------------------
# Paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-paring-three-corns",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three painful corns/callus (both feet); commercial",
    "date": "2025-04-09",
    "patient": ("Ashworth", "Penelope", "1972-01-26", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Both feet", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURE NOTE - PARING                                 04/09/2025
Penelope Ashworth, 53F | Marisol Kettering, PA-C

Painful hard corns; pain 6/10 walking. No warts (no pinpoint bleeding / skin lines preserved on paring).

Time-out: 14:00 ✓ bilateral feet
Consent: verbal

Procedure Details
  Pre-procedure diagnosis: corns / callus
  Lesions pared: 3 - R 5th toe dorsolateral (heloma durum), L 5th toe dorsolateral (heloma durum),
                 R plantar 2nd MTH callus
  Anesthesia: none
  Prep: alcohol
  Technique: sharp paring with #15 blade, enucleation of cores
  Specimen: N/A
  Estimated blood loss: none
  Closure: N/A
  Dressing: silicone toe sleeves, metatarsal pad
  Complications: none
  Disposition: wider toe box shoes; return prn
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring 2-4 hyperkeratotic lesions -> 11056 x1.",
})

SCENARIOS.append({
    "id": "s55-paring-six-calluses-precoded-11055",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of 6 calluses in a diabetic with neuropathy, pre-coded 11055 per foot; -> 11057 x1",
    "date": "2025-05-14",
    "patient": ("Tremblay", "Gaston", "1957-09-09", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Calluses, both feet", "L84", "Plantar feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesion", cpt="11055", site="Right plantar foot", reasons=["c1", "c2"],
          note="3 calluses R foot."),
        P("Paring of hyperkeratotic lesion", cpt="11055", site="Left plantar foot", reasons=["c1", "c2"],
          note="3 calluses L foot."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURE NAVIGATOR - PARING OF CALLUSES                05/14/2025
Gaston Tremblay, 67M | Marisol Kettering, PA-C (J. Abernathy MD supervising)

T2DM with peripheral neuropathy (monofilament absent bilat per PCP 03/2025). Thick plantar calluses;
pre-ulcerative hemorrhage under R 1st MTH callus. Not able to safely self-treat.

Time-out: 13:25 ✓ bilateral plantar feet
Consent: verbal

Procedure Details
  Pre-procedure diagnosis: calluses, both feet, in a diabetic with neuropathy
  Lesions pared (total SIX):
     Right: 1st MTH, 5th MTH, medial hallux IPJ
     Left: 1st MTH, 2nd MTH, lateral heel
  Anesthesia: none
  Prep: alcohol
  Technique: sharp debridement/paring of hyperkeratosis with #15 blade to healthy tissue; no ulcer
             beneath R 1st MTH after paring
  Specimen: N/A
  Estimated blood loss: none
  Closure: N/A
  Dressing: N/A
  Complications: none
  Disposition: offloading insoles; podiatry referral for diabetic shoes; recheck 8 wk
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Six lesions pared in one session -> 11057 (more than 4) x1, not 11055 per foot (11055 MUE 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Patch testing
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-patch-eighty-allergen-application",
    "family": "patch-test", "shape": "free-text",
    "description": "Application of 80-allergen patch series (visit 1 of 3), no E/M; Aetna",
    "date": "2025-06-02",
    "patient": ("Morrissey", "Caitlin", "1985-05-05", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Dermatitis of eyelids and neck, suspected allergic contact", "L30.9", "Eyelids, neck",
          reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back", reasons=["c1"],
          note="North American 80 comprehensive series, 80 allergens, IQ Ultra chambers on upper back."),
    ],
    "note_title": "Patch Test Application",
    "note": HDR + """PATCH TESTING - APPLICATION VISIT (Day 0)                06/02/2025
Caitlin Morrissey, 40F | Marisol Kettering, PA-C | Dr. Abernathy supervising

Evaluated 05/12/2025 for 8-month eyelid/neck dermatitis; patch testing ordered at that visit. Off oral
steroids > 4 wk, no topical steroids on the back x 2 wk, no recent sun to back. Not pregnant.

Time-out: 08:30 - pt ID, procedure (patch application), site (upper back) ✓
Consent: written patch-test consent signed.

Procedure Details
  Pre-procedure diagnosis: dermatitis, r/o allergic contact dermatitis
  Series applied: North American 80 comprehensive - 80 allergens (panels 1-8, 10 each)
  Personal products: none today (pt forgot them)
  Anesthesia: N/A
  Prep: back cleansed, hair clipped
  Technique: IQ Ultra chambers, taped, mapped with marker
  Specimen: N/A
  Estimated blood loss: N/A
  Closure: N/A
  Dressing: Hypafix over panels
  Complications: none
  Disposition: keep dry; return Day 2 (removal/first read) and Day 5 (final read)
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied (80); MUE 90. The decision to test was at the 05/12 visit; "
                  "no E/M today.",
})

SCENARIOS.append({
    "id": "s55-patch-118-allergens-mue-plus-em25",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch application 118 allergens (MUE 90) + scalp psoriasis flare managed with new Rx (99214-25)",
    "date": "2025-06-23",
    "patient": ("Ferrante", "Dominic", "1979-12-14", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 60, "em": "99214",
    "conditions": [
        C("c1", "Hand dermatitis, suspected allergic contact (hairdresser)", "L30.9", "Both hands", reason=True),
        C("c2", "Scalp psoriasis, flaring", "L40.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Patch testing, per allergen", cpt="95044", site="Upper and mid back", reasons=["c1"],
          note="Comprehensive 80 + hairdresser series 28 + 10 personal products = 118 allergens."),
    ],
    "note_title": "Office Visit + Patch Test Application",
    "note": HDR + """VISIT NOTE + PATCH APPLICATION                          06/23/2025
Dominic Ferrante, 45M, hairdresser. Established. Marisol Kettering, PA-C; Dr. J. Abernathy.

A. PATCH APPLICATION (planned at 05/30 visit for chronic hand dermatitis)
   Time-out 09:10 ✓  Consent signed ✓
   Procedure Details
     Pre-procedure diagnosis: hand dermatitis, r/o occupational ACD
     Allergens applied: 118 total = North American comprehensive 80 + hairdressing series 28 +
                        10 of pt's own products (dyes, bleach, perm solutions, diluted per protocol)
     Anesthesia: N/A | Prep: back cleansed | Technique: IQ Ultra chambers, mapped
     Specimen: N/A | EBL: N/A | Closure: N/A | Dressing: Hypafix
     Complications: none | Disposition: reads Day 2 and Day 4

B. NEW PROBLEM TODAY - scalp psoriasis flare
   HPI: known mild scalp psoriasis (last seen 2023), now thick plaques, bleeding with scratching, hairline
   extension; OTC T/Gel failing. Exam: thick adherent scale frontal/occipital scalp, retroauricular,
   ~3% BSA incl. elbows.
   Plan: START clobetasol 0.05% solution BID x 2 wk then weekends; START calcipotriene/betamethasone
   foam daily on weekdays; ketoconazole shampoo. Cannot use clobetasol on back until patch reads done -
   counseled. Recheck 6 wk.
   Time on B: 26 min, exclusive of the patch application.
""",
    "expected": E([L("99214", 1, "25"), L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = allergens = 118, capped at the MUE of 90 (README: MUE over the limit -> cap + mue "
                  "finding). Psoriasis flare with two new prescriptions is a separate problem -> 99214-25 "
                  "(95044/99214 indicator 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-photo-nbuvb-psoriasis-session",
    "family": "phototherapy", "shape": "note-only",
    "description": "Narrowband UVB session #14 for plaque psoriasis; Medicare",
    "date": "2025-07-07",
    "patient": ("Drummond", "Agnes", "1950-03-03", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Plaque psoriasis, 14% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": HDR + """PHOTOTHERAPY TREATMENT RECORD                           07/07/2025
Agnes Drummond, 75F | Ordering: June Abernathy, MD | Phototherapy supervised by Marisol Kettering, PA-C

Diagnosis: plaque psoriasis, BSA 14% at start of course (failed clobetasol/calcipotriene x 6 mo).
Modality: narrowband UVB (311 nm), full-body cabinet
Session #: 14 (3x weekly)
Skin check pre-treatment: mild pinkness at last dose resolved; no blistering; BSA now ~8%.
Eye protection: goggles ✓   Genital shielding: N/A
Dose today: 820 mJ/cm2 (10% increase from 745)
Time-out / protocol: pt ID ✓, photosensitizing meds reviewed (none new) ✓
Complications: none
Disposition: next session Wed. No provider visit today; next provider eval at session #24.
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "UV light therapy (actinotherapy) session -> 96900 x1. No E/M.",
})

SCENARIOS.append({
    "id": "s55-photo-puva-no-prior-therapy-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA for psoriasis without prior conventional treatment; ABN signed -> 96912-GA (Medicare FFS)",
    "date": "2025-07-21",
    "patient": ("Sorensen", "Leif", "1954-10-18", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Plaque psoriasis", "L40.0", "Trunk and legs", reason=True),
    ],
    "procedures": [
        P("PUVA treatment", site="Full body", reasons=["c1"],
          note="Oral 8-MOP 0.4 mg/kg 1.5 h before; UVA 1.5 J/cm2. Session 2."),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": HDR + """PHOTOTHERAPY - PUVA                                     07/21/2025
Leif Sorensen, 70M | Ordering: Dr. Abernathy | Supervising: M. Kettering, PA-C

Dx: plaque psoriasis, ~6% BSA trunk/legs. Pt requested PUVA specifically (prior good response in Denmark
in the 1990s); has NOT tried topical therapy or UVB in our care and reports none since moving to the US.
Not intractable/disabling - working full time, sleeping fine. Medicare coverage of PUVA requires failure
of conventional therapy; ABN (CMS-R-131) explained, option 1 chosen, signed 07/14/2025 and on file.

Session: #2
Psoralen: 8-methoxypsoralen 0.4 mg/kg PO taken 1.5 h pre-treatment ✓
Eye protection: UVA-blocking glasses for 24 h ✓
UVA dose: 1.5 J/cm2 (start 1.0)
Pre-check: no erythema from session 1
Complications: none
Disposition: next session in 48-72 h
""",
    "expected": E([L("96912", 1, "GA")]),
    "coder_note": "NCD 250.1/PHOTO-1: PUVA only after failure of conventional treatment - not met; ABN on file, "
                  "Medicare FFS -> GA (README: GA/GZ decisions).",
})

SCENARIOS.append({
    "id": "s55-photo-excimer-vitiligo-precoded-96921",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer laser to vitiligo hands/perioral, total 155 sq cm, pre-coded 96921; -> 96920",
    "date": "2025-08-04",
    "patient": ("Raghunathan", "Priya", "1991-06-25", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Vitiligo, dorsal hands and perioral", "L80", "Dorsal hands, perioral", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment, 250-500 sq cm", cpt="96921", site="Dorsal hands, perioral", reasons=["c1"],
          note="308 nm excimer; see areas in note."),
    ],
    "note_title": "Excimer Laser Treatment",
    "note": HDR + """EXCIMER LASER (308 nm) - TREATMENT NOTE                 08/04/2025
Priya Raghunathan, 34F | Marisol Kettering, PA-C; June Abernathy, MD supervising

Dx: non-segmental vitiligo, stable; 4 mo of tacrolimus 0.1% with partial response. Session 9 of course 1.

Time-out ✓  Consent on file ✓  Eye protection ✓

Procedure Details
  Pre-procedure diagnosis: vitiligo
  Areas treated / measured area:
     R dorsal hand + fingers: 60 sq cm
     L dorsal hand + fingers: 55 sq cm
     perioral: 40 sq cm
     TOTAL treated area: 155 sq cm
  Dose: hands 600 mJ/cm2, perioral 300 mJ/cm2
  Anesthesia: N/A | Prep: N/A | Specimen: N/A | EBL: N/A | Closure: N/A | Dressing: N/A
  Complications: mild perilesional erythema last session, dose held on face
  Disposition: twice weekly; continue tacrolimus
""",
    "expected": E([L("96920")], topics=["coding-correction"], dx={"96920": ["L80"]}),
    "coder_note": "Excimer coded by total area: 155 sq cm < 250 -> 96920, not 96921.",
})

# ---------------------------------------------------------------------------------------------------------------
# Post-op / global period
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-postop-suture-removal-em-to-99024",
    "family": "post-op", "shape": "free-text",
    "description": "Suture removal day 8 after 11642 face excision; provider picked 99212 -> 99024",
    "date": "2025-09-11",
    "patient": ("Whitcombe", "Arthur", "1945-04-17", "male"),
    "patient_id": "pat-s55-whitcombe",
    "provider": "abernathy", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "prior": [
        PRIOR("2025-09-03", "11642", "Excision malignant lesion, face, 1.1-2.0 cm", "Right cheek",
              "Nodular BCC R cheek; intermediate repair 3.2 cm (12052)."),
    ],
    "procedures": [
        P("Suture removal", site="Right cheek", reasons=["c1"],
          note="6-0 Prolene running subcuticular removed; Steri-strips applied. Incision intact, no erythema."),
    ],
    "note_title": "Post-op Visit",
    "note": HDR + """POST-OP VISIT                                           09/11/2025
Arthur Whitcombe, 80M | Marisol Kettering, PA-C

s/p excision of nodular BCC R cheek 09/03/2025 with layered closure (Dr. Abernathy). Path: clear margins -
reviewed with pt. No pain, no drainage.

Procedure Details - Suture removal
  Time-out: N/A (suture removal)
  Pre-procedure diagnosis: healing surgical wound R cheek
  Technique: running 6-0 Prolene removed intact
  Complications: none
  Wound: well approximated, no dehiscence, no signs of infection
  Dressing: Steri-strips x 5 days
  Disposition: scar care (silicone gel after 2 wk); FBSE in 3 mo; AK cryotherapy visit already scheduled.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "Routine post-op visit on day 8 of the 010 global of 11642: no E/M; report 99024 (conventions). "
                  "Path review and suture removal are part of the global package.",
})

SCENARIOS.append({
    "id": "s55-postop-unrelated-nummular-em24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 6 of 11402 global: new unrelated nummular dermatitis managed with Rx -> 99213-24",
    "date": "2025-10-20",
    "patient": ("Okonjo", "Abimbola", "1964-02-08", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, both lower legs", "L30.0", "Both lower legs", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-14", "11402", "Excision benign lesion, trunk, 1.1-2.0 cm", "Left flank",
              "Inflamed epidermoid cyst L flank excised; simple closure."),
    ],
    "note_title": "Office Visit",
    "note": HDR + """OFFICE VISIT - ESTABLISHED                              10/20/2025
Abimbola Okonjo, 61F | Marisol Kettering, PA-C (Dr. Abernathy available)

Reason for visit: NEW itchy rash on both legs x 10 days. (Cyst excision L flank 10/14 - no concerns; she
has a suture-removal appointment 10/24; the flank was not examined or addressed today.)

HPI: coin-shaped itchy patches on both shins, some weeping, worse after switching to a new body wash; dry
skin in winter. No new meds. Tried OTC hydrocortisone 1% without benefit.
Exam: 6-8 well-demarcated 2-4 cm eczematous coin-shaped plaques bilateral shins, some with serous crust;
no pustules; no target lesions.
A/P: nummular dermatitis, bilateral lower legs.
  - START triamcinolone 0.1% ointment BID x 2-3 wk, then prn
  - Gentle cleanser, thick emollient BID, stop new body wash
  - Return if not improved in 3 wk, sooner if spreading or signs of infection
Total time 22 min.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: E/M for an unrelated problem inside the 010 global of 11402 -> 24. The excision site was "
                  "not addressed.",
})

SCENARIOS.append({
    "id": "s55-postop-new-lesion-punch-79-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "Day 6 of 11403 global: punch bx of a new L forearm lesion pre-coded 11104 without 79",
    "date": "2025-07-28",
    "patient": ("Brannigan", "Colm", "1984-03-15", "male"),
    "patient_id": "pat-s55-brannigan",
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Dermatofibroma, left forearm", "D23.62", "Left volar forearm", reason=True),
    ],
    "prior": [
        PRIOR("2025-07-22", "11403", "Excision benign lesion, trunk, 2.1-3.0 cm", "Right upper back",
              "Epidermoid cyst excision with layered repair 3.5 cm (12032)."),
    ],
    "procedures": [
        P("Punch biopsy, single lesion", cpt="11104", site="Left volar forearm", reasons=["c1"],
          note="4 mm punch of new firm pink papule; 1 suture."),
    ],
    "path": [
        {"text": "Skin, left forearm, punch: dermatofibroma.", "site": "Left volar forearm", "date": "2025-07-31"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURE NOTE - PUNCH BIOPSY                           07/28/2025
Colm Brannigan, 41M | Marisol Kettering, PA-C / J. Abernathy MD

Came in about a NEW bump on the L forearm, growing x 2 months, tender when bumped. (Back excision
07/22 - sutures stay until 08/04; back not examined today at pt's request, no concerns.)
Unrelated to the cyst surgery.

Universal Protocol: time-out 17:05; L volar forearm ✓ marked ✓
Consent: signed

Procedure Details
  Pre-procedure diagnosis: firm pink papule L volar forearm, r/o DF vs adnexal neoplasm
  Size: 6 mm
  Anesthesia: 1% lido w/ epi 1 mL
  Prep: alcohol
  Technique: 4 mm punch biopsy through dermis
  Specimen: formalin, Summit Dermpath
  Estimated blood loss: minimal
  Closure: 4-0 nylon x 1
  Dressing: band-aid
  Complications: none
  Disposition: suture out with the back sutures 08/04
""",
    "expected": E([L("11104", 1, "79")], topics=["global-period"], dx={"11104": ["D23.62"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion) during the 010 global of 11403 -> 79.",
})

# ---------------------------------------------------------------------------------------------------------------
# Repair / flaps
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-repair-forehead-rotation-flap-precoded-excision",
    "family": "repair", "shape": "pre-coded",
    "description": "Excision BCC L forehead closed with rotation flap 6.0 sq cm, pre-coded 11642 + 14040; 11642 bundled",
    "date": "2025-11-12",
    "patient": ("Pemberton", "Rosalind", "1943-12-12", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left forehead", "C44.319", "Left forehead", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion face 1.1-2.0 cm", cpt="11642", site="Left forehead", reasons=["c1"],
          note="0.9 cm BCC, 3 mm margins."),
        P("Adjacent tissue transfer, forehead, 10 sq cm or less", cpt="14040", site="Left forehead",
          reasons=["c1"], note="Rotation flap; primary defect 1.8 sq cm + secondary defect 4.2 sq cm."),
    ],
    "path": [
        {"text": "Skin, left forehead, excision: basal cell carcinoma, nodular; margins clear.",
         "site": "Left forehead", "date": "2025-11-18"},
    ],
    "note_title": "Operative Note",
    "note": HDR + """OPERATIVE NOTE - EXCISION WITH ADJACENT TISSUE TRANSFER       11/12/2025
Rosalind Pemberton, 81F | Surgeon: June Abernathy, MD | First assist: Marisol Kettering, PA-C

Indication: biopsy-proven nodular BCC L lateral forehead (bx 10/22/2025). Declined Mohs (travel). Primary
closure would elevate the L brow; rotation flap planned.

UNIVERSAL PROTOCOL: time-out 08:15, L forehead confirmed, marked; brow position photographed.
CONSENT: signed; brow asymmetry, flap necrosis, recurrence discussed.

PROCEDURE DETAILS
  Pre-procedure diagnosis: nodular BCC, L forehead
  Lesion size: 0.9 cm; margins 3 mm (excised diameter 1.5 cm, round defect)
  Anesthesia: 1% lidocaine with epi 8 mL
  Prep: chlorhexidine, eye shield
  Technique: circular excision to frontalis fascia; rotation flap designed superiorly along the hairline,
             incised, elevated in the subcutaneous plane, rotated into the defect; Burow's triangle excised
  Flap measurements: primary defect 1.8 sq cm; secondary (donor) defect 4.2 sq cm; total 6.0 sq cm
  Specimen: Summit Dermpath, oriented
  Estimated blood loss: 10 mL
  Closure: flap inset with 5-0 Monocryl deep, 6-0 nylon interrupted
  Dressing: pressure dressing 48 h
  Complications: none
  Disposition: home; sutures out 7 days
""",
    "expected": E([L("14040")], topics=["ncci"], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-2: the excision of the lesion is included in the adjacent tissue transfer (14040/11642 "
                  "indicator 1, same lesion -> no XS) -> 11642 removed. Forehead 6.0 sq cm -> 14040.",
})

SCENARIOS.append({
    "id": "s55-repair-complex-ala-after-outside-mohs",
    "family": "repair", "shape": "note-only",
    "description": "Complex repair 2.2 cm L nasal ala/nostril rim, day after Mohs at another practice",
    "date": "2025-12-02",
    "patient": ("Yamamoto-Hale", "Corinne", "1960-05-30", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, left nasal ala (cleared by Mohs 12/01/2025 at outside practice)", "C44.311",
          "Left nasal ala", reason=True),
    ],
    "note_title": "Procedure Note - Repair",
    "note": HDR + """PROCEDURE NOTE: REPAIR OF SURGICAL DEFECT               12/02/2025
Corinne Yamamoto-Hale, 65F | Surgeon: June Abernathy, MD | Assist: Marisol Kettering, PA-C

Referred by Lakeview Mohs Center (Dr. Farrow, separate practice): Mohs of BCC L nasal ala completed there
yesterday, 2 stages, margins clear. Defect dressed and sent to us for reconstruction. We did not perform
or bill the Mohs.

UNIVERSAL PROTOCOL
  Time-out: 10:30 - pt, L nasal ala defect, planned repair ✓
CONSENT: signed; alar notching, nostril asymmetry, need for revision discussed.

PROCEDURE DETAILS
  Pre-procedure diagnosis: surgical defect L nasal ala after Mohs for BCC
  Defect: 1.0 x 0.8 cm, extending to the alar (nostril) rim
  Anesthesia: 1% lidocaine/epi 3 mL
  Prep: Betadine
  Technique: complex repair - wound edges debrided/freshened, alar rim free margin re-approximated
             with precise eversion to prevent notching, undermining of nasal sidewall, layered closure
             5-0 Monocryl / 6-0 Prolene
  Repair length: 2.2 cm
  Flap/graft: none (linear)
  Specimen: N/A
  Estimated blood loss: minimal
  Closure: see technique
  Dressing: Steri-strips, nasal pressure dressing
  Complications: none
  Disposition: home; sutures out 6 days
""",
    "expected": E([L("13151")]),
    "coder_note": "REP-3: free margin of the nostril rim plus debridement -> complex; nose 2.2 cm -> 13151 "
                  "(1.1-2.5). Mohs by another practice is not ours.",
})

SCENARIOS.append({
    "id": "s55-repair-lacerations-forehead-palm",
    "family": "repair", "shape": "free-text",
    "description": "Simple repair of two forehead lacerations (1.5 + 2.0 cm) and a R palm laceration 2.0 cm",
    "date": "2025-04-23",
    "patient": ("Gallagher", "Siobhan", "1977-08-14", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Laceration without foreign body of forehead, initial encounter", "S01.81XA", "Forehead",
          reason=True),
        C("c2", "Laceration without foreign body of right hand, initial encounter", "S61.411A", "Right palm",
          reason=True),
    ],
    "procedures": [
        P("Laceration repair, simple", site="Forehead", reasons=["c1"],
          note="Two lacerations, 1.5 cm and 2.0 cm; irrigated; single layer 6-0 nylon."),
        P("Laceration repair, simple", site="Right palm", reasons=["c2"],
          note="2.0 cm laceration; irrigated; single layer 5-0 nylon."),
    ],
    "note_title": "Procedure Note - Laceration Repair",
    "note": HDR + """PROCEDURE NOTE - LACERATION REPAIR                       04/23/2025
Siobhan Gallagher, 47F, established pt (urgent add-on). Marisol Kettering, PA-C; Dr. Abernathy in clinic.

Cut by a falling glass picture frame at home 1 h ago. No LOC. Tetanus booster 2022. No glass felt in wounds;
explored, none seen. Full ROM and sensation of R hand/fingers, tendons intact.

UNIVERSAL PROTOCOL: time-out 12:40 - forehead x 2, R palm ✓
CONSENT: verbal and written.

PROCEDURE DETAILS - Forehead
  Pre-procedure diagnosis: lacerations L forehead (1.5 cm) and central forehead (2.0 cm)
  Anesthesia: 1% lidocaine w/ epi 3 mL
  Prep: saline irrigation 200 mL, wound exploration
  Technique: simple single-layer closure, 6-0 nylon interrupted
  Lengths: 1.5 cm + 2.0 cm
  Specimen: N/A
  Estimated blood loss: 5 mL
  Closure: see technique
  Dressing: bacitracin
  Complications: none
  Disposition: see below

PROCEDURE DETAILS - Right palm
  Pre-procedure diagnosis: laceration R palm, thenar crease
  Anesthesia: 1% lidocaine plain 2 mL
  Prep: irrigation, exploration - no tendon or FB
  Technique: simple single-layer closure, 5-0 nylon
  Length: 2.0 cm
  Specimen: N/A
  Estimated blood loss: minimal
  Closure: see technique
  Dressing: gauze, Coban
  Complications: none
  Disposition: home; face sutures out day 5, palm day 10-14
""",
    "expected": E([L("12013"), L("12001")], dx={"12013": ["S01.81XA"], "12001": ["S61.411A"]}),
    "coder_note": "REP-1/2: simple repairs summed per site group - face 1.5 + 2.0 = 3.5 cm -> 12013; hand 2.0 cm "
                  "(simple group includes hands) -> 12001. No PTP edit between 12013 and 12001.",
})

# ---------------------------------------------------------------------------------------------------------------
# Skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-tags-twenty-irritated-neck-axillae",
    "family": "skin-tags", "shape": "note-only",
    "description": "Snip removal of 20 irritated/bleeding skin tags (neck 12, axillae 8); UHC",
    "date": "2025-05-06",
    "patient": ("Dellinger", "Marcus", "1969-07-04", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae, irritated and bleeding", "L91.8", "Neck, bilateral axillae",
          reason=True),
    ],
    "note_title": "Procedure Note - Skin Tag Removal",
    "note": HDR + """PROCEDURE NOTE - REMOVAL OF SKIN TAGS                    05/06/2025
Marcus Dellinger, 55M | Marisol Kettering, PA-C | supervising Dr. June Abernathy

Indication: numerous tags on neck and in both axillae, repeatedly twisted by shirt collar and deodorant
application; several bleeding and inflamed. Pt reports 4 episodes of bleeding onto shirts this month.

Universal Protocol: time-out 09:55; neck, R axilla, L axilla confirmed.
Consent: signed.

Procedure Details
  Pre-procedure diagnosis: irritated acrochordons
  Number removed: twenty (20) - neck 12, R axilla 5, L axilla 3
  Anesthesia: 1% lidocaine w/ epi, 3 mL total, small wheals at the larger tags
  Prep: alcohol
  Technique: removed with sterile iris scissors at the base; hemostasis with aluminum chloride and light
             hyfrecation
  Specimen: not sent (clinically typical)
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: petrolatum
  Complications: none
  Disposition: home
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "Skin tags: 11200 covers the first 15; 5 more -> 11201 x ceil((20-15)/10) = 1. Irritation/bleeding "
                  "documented, so not cosmetic.",
})

SCENARIOS.append({
    "id": "s55-tags-cosmetic-medicare-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "Six asymptomatic neck tags removed for appearance, voluntary ABN signed; Medicare FFS -> GX + GY",
    "date": "2025-06-17",
    "patient": ("Carrington", "Eloise", "1948-02-14", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic - cosmetic removal", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Skin tag removal", site="Neck", reasons=["c1", "c2"],
          note="6 small asymptomatic acrochordons snipped; patient request for appearance."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURE NOTE                                          06/17/2025
Eloise Carrington, 77F | Marisol Kettering, PA-C

Pt would like the small tags on her neck removed before her granddaughter's wedding - "they look
untidy in photos". No bleeding, itching, irritation, or pain; none twisted or inflamed. Explained that
Medicare does not cover cosmetic removal. Voluntary ABN (CMS-R-131) reviewed and signed; she will pay
out of pocket.

Time-out: 11:20 ✓ neck
Consent: signed

Procedure Details
  Pre-procedure diagnosis: acrochordons, asymptomatic
  Number: 6
  Anesthesia: none
  Prep: alcohol
  Technique: snip excision with curved iris scissors
  Specimen: N/A
  Estimated blood loss: none
  Closure: N/A
  Dressing: N/A
  Complications: none
  Disposition: home
""",
    "expected": E([L("11200", 1, "GX", "GY")]),
    "coder_note": "COS-4 / conventions: cosmetic (statutorily excluded) service for Medicare FFS -> GY, plus GX "
                  "because a voluntary ABN is documented.",
})

# ---------------------------------------------------------------------------------------------------------------
# Cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-cos-glycolic-peel-commercial",
    "family": "cosmetic", "shape": "note-only",
    "description": "Superficial glycolic facial peel for photoaging/melasma, self-pay; commercial -> no claim line",
    "date": "2025-10-08",
    "patient": ("Lindqvist-Mora", "Valentina", "1983-09-03", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Melasma / photoaging, face - cosmetic", "L81.1", "Face", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": HDR + """AESTHETIC PROCEDURE - CHEMICAL PEEL                      10/08/2025
Valentina Lindqvist-Mora, 42F | Marisol Kettering, PA-C

Cosmetic series for uneven tone/fine lines (peel #2 of 4). Self-pay quote given and signed; pt aware
insurance does not cover. No active HSV, no isotretinoin in 12 mo.

Time-out: 16:00 ✓   Consent: aesthetic consent on file ✓

Procedure Details
  Pre-procedure diagnosis: photoaging, epidermal melasma (cosmetic)
  Anesthesia: N/A
  Prep: degreased with acetone
  Technique: glycolic acid 35%, epidermal (superficial) peel, full face, 3 min, neutralized
  Specimen: N/A
  Estimated blood loss: N/A
  Closure: N/A
  Dressing: N/A; mineral SPF applied
  Complications: mild expected erythema
  Disposition: home; next peel 4 wk
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "COS-2: cosmetic facial epidermal peel (15788) for a commercial payer -> removed from the claim, "
                  "patient billed directly (conventions: non-Medicare cosmetic).",
})

SCENARIOS.append({
    "id": "s55-cos-sk-shave-back-medicare-no-abn",
    "family": "cosmetic", "shape": "free-text",
    "description": "Shave removal 1.2 cm asymptomatic SK R upper back for appearance, no ABN; Medicare FFS -> 11302-GY",
    "date": "2025-11-19",
    "patient": ("Harrington", "Lowell", "1951-12-27", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratosis, right upper back, asymptomatic", "L82.1", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right upper back", reasons=["c1"],
          note="1.2 cm stuck-on brown SK, asymptomatic; removed at patient request because he dislikes how it looks."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """PROCEDURE NOTE - SHAVE REMOVAL                           11/19/2025
Lowell Harrington, 73M | Marisol Kettering, PA-C

Pt asks to have a "barnacle" on his R upper back taken off - wife says it looks bad at the pool. Not
itchy, not bleeding, not irritated, no change in size or color over years. Classic SK on dermoscopy; no
diagnostic doubt. Explained Medicare may not pay for cosmetic removal; pt wants it done anyway. (No ABN
form was signed.)

Time-out: 14:10 ✓  Consent: verbal + written ✓

Procedure Details
  Pre-procedure diagnosis: seborrheic keratosis, R upper back (asymptomatic)
  Lesion size: 1.2 cm
  Anesthesia: 1% lidocaine/epi 0.5 mL
  Prep: alcohol
  Technique: shave removal, flush
  Specimen: not sent
  Estimated blood loss: minimal
  Closure: N/A
  Dressing: band-aid
  Complications: none
  Disposition: home
""",
    "expected": E([L("11302", 1, "GY")]),
    "coder_note": "BSL-2/COS-2: asymptomatic SK (L82.1) removed for appearance = cosmetic; Medicare FFS -> GY (no "
                  "voluntary ABN, so no GX). Trunk 1.2 cm -> 11302.",
})

# ---------------------------------------------------------------------------------------------------------------
# E/M only
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s55-em-new-hs-flare-99204",
    "family": "em", "shape": "note-only",
    "description": "New patient hidradenitis suppurativa Hurley II flare, oral + topical Rx started; 99204",
    "date": "2025-02-04",
    "patient": ("Okafor-Reyes", "Danielle", "1994-03-19", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 48, "em": "99204",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II, axillae and groin", "L73.2", "Axillae, inguinal folds",
          reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": HDR + """NEW PATIENT VISIT                                       02/04/2025
Danielle Okafor-Reyes, 30F | Marisol Kettering, PA-C; staffed with Dr. Abernathy

CC: recurrent painful boils in armpits and groin x 6 yrs, worse x 3 months.
HPI: 3-4 new nodules/month, drainage and odor, missed work twice. Treated at urgent care with I&D x 2 and
several antibiotic courses. Smoker 1/2 ppd. BMI 34. No IBD sx.
Exam: bilateral axillae with sinus tracts and scarring, 4 inflamed nodules (no fluctuance), double-headed
comedones; inguinal folds with 2 nodules and tracts. Hurley II.
A/P: hidradenitis suppurativa, Hurley II, flaring.
  - START doxycycline 100 mg BID x 12 wk
  - START clindamycin 1% lotion BID; benzoyl peroxide wash
  - Smoking cessation counseling (4 min), weight management resources
  - Discussed adalimumab/secukinumab if inadequate response at 12 wk; TB/hep B labs would be needed then
  - Nothing drained or injected today (no fluctuant lesions)
Total time on date of service: 48 min.
""",
    "expected": E([L("99204")], dx={"99204": ["L73.2"]}),
    "coder_note": "E/M only; provider-selected 99204 is supported (chronic illness with exacerbation + prescription "
                  "drug management; 48 min also meets 45). No procedures.",
})

SCENARIOS.append({
    "id": "s55-em-medicare-screening-fse-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new pt screening-only full skin exam: no history, no complaints, nothing found -> GY",
    "date": "2025-03-25",
    "patient": ("Pruett", "Walter", "1955-11-02", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20, "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit - Skin Screening",
    "note": HDR + """NEW PATIENT - SKIN SCREENING                            03/25/2025
Walter Pruett, 69M | Marisol Kettering, PA-C

Reason: "routine skin check" - his wife made the appointment. No spots of concern, no itching, bleeding or
changing lesions. No personal or family history of skin cancer or melanoma; no hx of atypical moles.
Not immunosuppressed. Occasional sunburns as a youth.

Exam: full skin exam incl. scalp, mucosa, genitals (chaperone), nails - no suspicious lesions. Nothing
requiring biopsy, treatment or follow-up.

A/P: skin cancer screening, normal exam.
  - Sun protection, self-exam technique reviewed
  - Return prn / if any changing lesion
""",
    "expected": E([L("99202", 1, "GY")]),
    "coder_note": "DX-5 / README: screening-only full-skin exam for Medicare FFS with no history, complaint or finding "
                  "-> E/M with GY.",
})

SCENARIOS.append({
    "id": "s55-em-fse-history-scc-diagnostic",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS FSE surveillance in a patient with prior SCC; nothing found -> 99213, no GY",
    "date": "2025-04-29",
    "patient": ("Fitzgerald", "Noreen", "1946-07-16", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Personal history of other malignant neoplasm of skin (SCC L hand 2022, BCC back 2023)", "Z85.828",
          reason=True),
    ],
    "note_title": "Office Visit - Skin Cancer Surveillance",
    "note": HDR + """ESTABLISHED - SKIN CANCER SURVEILLANCE                  04/29/2025
Noreen Fitzgerald, 78F | Marisol Kettering, PA-C

Hx: invasive SCC L dorsal hand excised 2022; superficial BCC L back ED&C 2023. Here for her 6-month FBSE.
No new or changing lesions per pt. No bleeding spots.

Exam: full skin exam - scars of L hand and L back well healed without recurrence. Scattered SKs and
lentigines, benign-appearing. No AKs, no suspicious lesions today.

A/P: history of NMSC x 2, no evidence of recurrence or new skin cancer.
  - Continue 6-month surveillance given 2 prior NMSCs
  - Daily SPF 30+, sun-protective clothing
  - Will biopsy anything new or changing at the next visit if it appears (none today)
""",
    "expected": E([L("99213")]),
    "coder_note": "DX-5: with a history of skin cancer the full-skin exam is diagnostic surveillance, not a screening "
                  "exclusion -> 99213 without GY. The 'will biopsy if new' is hypothetical.",
})

SCENARIOS.append({
    "id": "s55-em-psoriasis-methotrexate-99215",
    "family": "em", "shape": "note-only",
    "description": "Psoriasis + psoriatic arthritis on methotrexate with lab monitoring, dose change; 99215 MA plan",
    "date": "2025-05-13",
    "patient": ("Beaumont", "Theodore", "1958-04-04", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 42, "em": "99215",
    "conditions": [
        C("c1", "Psoriatic arthritis", "L40.50", reason=True),
        C("c2", "Plaque psoriasis", "L40.0", reason=True),
        C("c3", "Long term (current) use of methotrexate", "Z79.631"),
    ],
    "note_title": "Office Visit",
    "note": HDR + """OFFICE VISIT - ESTABLISHED                              05/13/2025
Theodore Beaumont, 67M | June Abernathy, MD with Marisol Kettering, PA-C

Plaque psoriasis + psoriatic arthritis on methotrexate 15 mg weekly + folic acid x 8 mo.
Interval: skin improved (BSA 12% -> 4%) but R knee and L 2nd/3rd MCP swelling x 6 wk, morning stiffness 90
min. Mild nausea day after MTX.
Labs today reviewed (drawn 05/09): CBC normal; ALT 68 (2x ULN, was 31), AST 52; Cr 0.9; hep panel neg.
Alcohol: 2-3 beers/wk, counseled to stop.
Exam: plaques elbows/knees thin; dactylitis L 3rd finger; R knee effusion small.

A/P
1. PsA, active, with MTX hepatotoxicity signal - drug therapy requiring intensive monitoring for toxicity.
   REDUCE MTX to 10 mg weekly; switch to subcutaneous to reduce GI effects; repeat LFTs in 4 wk.
   Will start TNF inhibitor work-up (QuantiFERON, hep B serologies ordered today). Rheum referral placed.
2. Plaque psoriasis - improved; continue triamcinolone 0.1% oint prn.
Cryotherapy of a few SKs offered - pt declined, none done.
Total time: 42 min.
""",
    "expected": E([L("99215")]),
    "coder_note": "E/M only, provider-selected 99215 kept (high risk: drug therapy requiring intensive monitoring for "
                  "toxicity; chronic illness with progression / side effects). Declined cryotherapy not coded.",
})
