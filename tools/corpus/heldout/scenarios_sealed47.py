"""Sealed set 47 (s47-): charge-entry audit at a Nextech dermatology practice.

Voice: a charge-entry auditor at Bayview Dermatology Associates (Nextech EHR + paper-style superbill). Providers
tick codes on the superbill and front-desk staff key them as pre-coded Procedures, often with several wrong lines
(size band, site group, units keyed into the wrong code, deleted codes, add-on without primary, simple repair with
an excision, E/M-25 for procedure-only visits, modifiers on the wrong line). Provider notes are short structured
Nextech notes ("Procedure: ... Location: ... Size: ... Technique: ..."). Expected answers come from the rule book
(sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md ("Coding decisions") only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "BAYVIEW DERMATOLOGY ASSOCIATES - Nextech EMR\n"

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: biopsy, cosmetic, destruction, em
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s47-bx-deleted-11100-11101-punch-shave",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Superbill keyed deleted 11100/11101 for a punch bx (back) and a tangential bx (forearm); UHC",
    "date": "2026-01-13",
    "patient": ("Harrow", "Melinda", "1983-07-22", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Neoplasm of skin, right upper back - pink scaly papule", "D49.2", "Right upper back", reason=True),
        C("c2", "Changing pigmented lesion, left forearm", "D49.2", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("BIOPSY SKIN SINGLE LESION", "11100", "Right upper back", reasons=["c1"],
          note="Superbill line 1 - qty 1"),
        P("BIOPSY SKIN EA ADDL LESION", "11101", "Left forearm", reasons=["c2"],
          note="Superbill line 2 - qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 01/13/2026
Patient: Melinda Harrow   DOB 07/22/1983

CC: two spots - "pink scaly spot on my back" and a mole on the left arm that got darker.

Procedure: Punch biopsy
Location: right upper back (medial scapula)
Size: 0.5 x 0.4 cm pink scaly papule
Technique: 4 mm punch, full thickness to subcutaneous fat; closed with one 4-0 nylon simple interrupted
Anesthesia: 1% lidocaine w/ epi, 1 mL
Pathology: Specimen A

Procedure: Tangential (shave) biopsy
Location: left dorsal forearm
Size: 0.6 cm irregularly pigmented macule
Technique: saucerization with Dermablade, partial sampling to mid dermis; hemostasis AlCl3
Anesthesia: 1% lidocaine w/ epi, 0.5 mL
Pathology: Specimen B

Consent signed. Tolerated well, no complications. Wound care sheet given.
F/u: results by phone in 7-10 days; suture removal back in 2 weeks.

Samuel Weiss, MD (e-signed)
""",
    "path": [
        {"text": "A. Skin, right upper back, punch: superficial basal cell carcinoma, extending to deep margin.",
         "site": "Right upper back", "date": "2026-01-16"},
        {"text": "B. Skin, left forearm, shave: compound dysplastic nevus with mild architectural atypia.",
         "site": "Left forearm", "date": "2026-01-16"},
    ],
    "expected": E([L("11104"), L("11103")], ["invalid-code"],
                  dx={"11104": ["C44.519"], "11103": ["D22.62"]}),
    "coder_note": "11100/11101 deleted 2019 (BX-1). Punch outranks tangential (BX-2): 11104 primary + 11103 for the "
                  "tangential biopsy. Dx from the final pathology (DX-2).",
})

SCENARIOS.append({
    "id": "s47-bx-psoriasis-em25-punch-two-shaves",
    "family": "biopsy", "shape": "free-text",
    "description": "Psoriasis flare with Rx change + labs (E/M-25) plus punch bx scalp and two tangential bx; cryo deferred; Medicare",
    "date": "2026-01-20",
    "patient": ("Delacroix", "Vernon", "1954-02-09", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis, flaring, elbows/knees/lower back", "L40.0", "Elbows, knees, lower back", reason=True),
        C("c2", "Neoplasm of skin, left parietal scalp", "D49.2", "Left parietal scalp", reason=True),
        C("c3", "Pearly papule, left upper chest", "D49.2", "Left upper chest", reason=True),
        C("c4", "Scaly papule, right shin", "D49.2", "Right shin", reason=True),
    ],
    "procedures": [
        P("Punch bx 3mm", site="Left parietal scalp", reasons=["c2"],
          note="Nonhealing crusted papule 0.7 cm. 3 mm punch, 1 suture 4-0 Prolene."),
        P("Shave bx", site="Left upper chest", reasons=["c3"],
          note="0.5 cm pearly papule, tangential sample, Drysol."),
        P("Shave bx", site="Right shin", reasons=["c4"],
          note="0.8 cm hyperkeratotic papule, tangential sample, Drysol."),
        P("LN2 cryotherapy", site="Face", status="not-done",
          note="Discussed for scattered AKs - deferred, pt wants to wait until after biopsies heal."),
    ],
    "note_title": "Office Visit / Procedure Note",
    "note": HDR + """Provider: June Abernathy, MD       DOS: 01/20/2026
Pt: Vernon Delacroix, 71 M, established

HPI: Psoriasis x 20 yrs, was controlled on triamcinolone 0.1% oint. Over the last 2 months plaques on
elbows, knees and lower back have thickened and spread, itching keeps him up. BSA today ~9%.
Also here for 3 spots: crusted bump L scalp (bleeds with combing, 3 mo), pink pearly bump L chest, and a
rough bump R shin.

Exam: thick erythematous plaques with silvery scale bilat extensor elbows/knees and lumbosacral; nails with
pitting. L parietal scalp 0.7 cm crusted papule. L upper chest 0.5 cm pearly papule w/ telangiectasia.
R shin 0.8 cm hyperkeratotic papule. Scattered rough papules forehead c/w AKs.

A/P:
1. Psoriasis vulgaris, flaring - stop triamcinolone; start clobetasol 0.05% oint BID x 2 wk then
   calcipotriene/betamethasone foam. Discussed systemic options (apremilast vs biologic); ordered CBC,
   CMP, hepatitis panel and QuantiFERON in case we start a biologic. Return 6 wks.
2. Lesions L scalp, L chest, R shin - biopsies today (see procedures):
   Procedure: Punch biopsy | Location: L parietal scalp | Technique: 3 mm punch, 1 x 4-0 Prolene
   Procedure: Tangential biopsy | Location: L upper chest | Technique: shave, AlCl3
   Procedure: Tangential biopsy | Location: R shin | Technique: shave, AlCl3
3. AKs forehead - LN2 discussed, NOT done today, pt prefers to wait. Will treat at 6-wk visit.

Consent obtained for biopsies. No complications.
Time: E/M portion (psoriasis) ~25 min, excluding procedures.

June Abernathy, MD
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("11103", 2)]),
    "coder_note": "Psoriasis flare with Rx change and pre-biologic labs is separate from the biopsy decision (GS-3) -> "
                  "99214-25 as selected. BX-2: punch primary 11104 + 11103 x2 for the two tangential biopsies. "
                  "Cryo not done.",
})

SCENARIOS.append({
    "id": "s47-bx-three-primaries-keyed",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Superbill keyed 11106 + 11104 + 11102 as three primaries; correct 11106 + 11105 + 11103; Medicaid",
    "date": "2026-01-22",
    "patient": ("Quintero", "Alma", "1987-11-03", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Indurated plaque, right anterior thigh", "L98.9", "Right anterior thigh", reason=True),
        C("c2", "Violaceous papules, left wrist", "L98.9", "Left volar wrist", reason=True),
        C("c3", "Scaly papule, mid back", "D49.2", "Mid back", reason=True),
    ],
    "procedures": [
        P("INCISIONAL BX", "11106", "Right anterior thigh", reasons=["c1"], note="qty 1"),
        P("PUNCH BX", "11104", "Left wrist", reasons=["c2"], note="qty 1"),
        P("TANGENTIAL BX", "11102", "Mid back", reasons=["c3"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Ines Castellanos, MD     DOS: 01/22/2026
Patient: Alma Quintero   DOB 11/03/1987

Indication: 3 x 4 cm firm indurated hyperpigmented plaque R thigh (morphea vs panniculitis), itchy violaceous
flat-topped papules L wrist (LP vs lichenoid drug), 0.4 cm scaly papule mid back.

Procedure: Incisional biopsy
Location: R anterior thigh
Technique: fusiform wedge 1.5 x 0.5 cm with 15 blade through dermis into subcutaneous fat, including edge of
plaque; closed simple with 4-0 nylon x 3
Pathology: Specimen 1

Procedure: Punch biopsy
Location: L volar wrist
Technique: 4 mm punch, 1 x 5-0 nylon
Pathology: Specimen 2

Procedure: Tangential biopsy
Location: mid back
Technique: shave to superficial dermis, AlCl3
Pathology: Specimen 3

Anesthesia: 1% lidocaine w/ epi, 4 mL total. EBL minimal. Tolerated well.
Sutures out 10-14 days. Call with path.

Ines Castellanos, MD
""",
    "expected": E([L("11106"), L("11105"), L("11103")], ["ncci", "coding-correction"]),
    "coder_note": "BX-2: one primary per encounter (incisional ranks first); 11104/11102 with 11106 are indicator 0 "
                  "-> 11105 for the punch and 11103 for the tangential biopsy.",
})

SCENARIOS.append({
    "id": "s47-cos-sk-cryo-medicare-gy-em-removed",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Asymptomatic SKs frozen at patient request, Medicare FFS, no ABN: 17110-GY; ticked 99213-25 removed",
    "date": "2026-01-27",
    "patient": ("Pemberton", "Lorraine", "1950-05-30", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 15, "em": "99213", "em_display": "99213-25 est pt lvl 3",
    "conditions": [
        C("c1", "Seborrheic keratoses, face and upper chest", "L82.1", "Face, upper chest", reason=True),
    ],
    "procedures": [
        P("DESTRUCTION BENIGN LESIONS UP TO 14", "17110", "Face/chest", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 01/27/2026
Patient: Lorraine Pemberton, 75 F, established

Reason for visit: wants "the brown spots" frozen off before her granddaughter's wedding.
She states they do not itch, bleed, catch on clothing or hurt, and have not changed. Cosmetic concern only.

Exam: six stuck-on tan-brown waxy papules - 2 L cheek, 1 R temple, 3 upper chest, 0.3-0.7 cm. No
erythema, crust or inflammation. Clinically typical SKs, no atypical features.

Procedure: Cryosurgery (LN2), benign lesions
Location: L cheek x2, R temple x1, upper chest x3
Number of lesions: 6
Technique: liquid nitrogen spray, 1 freeze-thaw cycle, 5-10 sec
Counseled that Medicare does not cover cosmetic removal; pt agrees to pay. No ABN form signed.

A/P: Seborrheic keratoses, non-inflamed, removed for cosmetic reasons. No other issues addressed.
RTC prn.

Samuel Weiss, MD
""",
    "expected": E([L("17110", 1, "GY")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK destruction without a BSL-3 reason is statutorily excluded -> GY (no "
                  "voluntary ABN, so no GX). Visit was only for the procedure -> ticked 99213-25 removed (GS-3).",
})

SCENARIOS.append({
    "id": "s47-cos-glycolic-peel-commercial-removed",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Cosmetic facial glycolic peel keyed 15788 + 99213 for a BCBS patient; cosmetic, lines removed",
    "date": "2026-01-29",
    "patient": ("Sandoval", "Kristen", "1979-09-14", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Photoaging of facial skin, cosmetic", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "procedures": [
        P("CHEMICAL PEEL FACIAL EPIDERMAL", "15788", "Full face", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": HDR + """BAYVIEW AESTHETICS
Provider: Rafael Santos            DOS: 01/29/2026
Patient: Kristen Sandoval

Reason: "dull skin and fine lines," wants a peel before summer. No acne, no melasma, no AKs on exam.
Previous peels elsewhere tolerated well.

Procedure: Superficial chemical peel
Location: full face
Agent: glycolic acid 30%, 3 min, neutralized
Technique: degreased with acetone, applied with fan brush, 2 passes, even erythema end point
Post-care: bland moisturizer, SPF 50, no retinoids x 5 days

Cosmetic self-pay package quoted at check-in. Series of 3 recommended.

Rafael Santos
""",
    "expected": E([], ["cosmetic"]),
    "coder_note": "Purely cosmetic peel with no medical indication (COS-2). Commercial payer -> peel and the cosmetic "
                  "consult E/M are not put on the claim; patient billed directly (conventions).",
})

SCENARIOS.append({
    "id": "s47-ds-ak-eighteen-folded-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "18 AKs keyed 17000 + 17003 x17 (over MUE); correct 17004 x1; Medicare Advantage PPO",
    "date": "2026-02-05",
    "patient": ("Whitcombe", "Gerald", "1948-04-17", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, multiple", "L57.0", "Face, ears, scalp, forearms", reason=True),
    ],
    "procedures": [
        P("DESTR PREMALIG 1ST", "17000", "Face", reasons=["c1"], note="qty 1"),
        P("DESTR PREMALIG ADDL", "17003", "Face/ears/scalp/arms", reasons=["c1"], note="qty 17"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Chidi Okonkwo, MD        DOS: 02/05/2026
Patient: Gerald Whitcombe, 77 M

Procedure: Destruction of premalignant lesions - cryotherapy
Location: nose 2, cheeks 4, R ear helix 2, L ear helix 1, frontal scalp 5, dorsal forearms 4
Number of lesions: eighteen (18)
Size: 0.2-0.6 cm gritty erythematous papules
Technique: liquid nitrogen, 2 cycles of ~8 seconds each
Tolerated well.

Discussed field therapy (5-FU) for the scalp - he will think about it, not prescribed today.
F/u 4 months.

Chidi Okonkwo, MD
""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and 17004/17003 are "
                  "indicator 0). 17003 x17 also exceeded the MUE of 13.",
})

SCENARIOS.append({
    "id": "s47-ds-edc-sbcc-left-shoulder",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven superficial BCC, left shoulder, final defect 1.4 cm -> 17262; Medicare FFS",
    "date": "2026-02-10",
    "patient": ("Lindahl", "Marjorie", "1946-08-25", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left posterior shoulder", "C44.619", "Left posterior shoulder",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 02/10/2026
Patient: Marjorie Lindahl, 79 F

Dx: Superficial BCC, L posterior shoulder - biopsy 01/21/2026 (shave bx, path: superficial BCC).
Biopsy site healed. Mohs not indicated (trunk/extremity, superficial subtype, primary).

Procedure: Electrodesiccation and curettage (ED&C), malignant
Location: L posterior shoulder
Size: clinical lesion 0.9 x 0.8 cm; final defect after 3 cycles of curettage and desiccation 1.4 x 1.2 cm
Technique: 3 mm and 5 mm curettes, 3 cycles ED&C, clear firm base on final curettage
Anesthesia: 1% lidocaine w/ epi 2 mL
Specimen: none sent

A second pink patch on the R mid back was noted - she wants to wait; will biopsy at next visit if still
present. Not treated today.

Wound care: vaseline, bandage daily until healed. F/u 3 months.

Samuel Weiss, MD
""",
    "expected": E([L("17262")], dx={"17262": ["C44.619"]}),
    "coder_note": "DS-4: malignant destruction, trunk/arms/legs group, sized by the final curettage defect 1.4 cm -> "
                  "17262. R back lesion not treated.",
})

SCENARIOS.append({
    "id": "s47-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare new patient, screening-only full skin exam, voluntary ABN -> 99203-GY-GX",
    "date": "2026-02-12",
    "patient": ("Aldridge", "Neville", "1957-10-08", "male"),
    "provider": "castellanos", "payer": "medicare-noname", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": HDR + """Provider: Ines Castellanos, MD     DOS: 02/12/2026
Patient: Neville Aldridge, 68 M - NEW PATIENT

CC: "Just a skin check." Wife made the appointment; he turned 68 and wants a baseline.
HPI: No new, changing, bleeding or itchy lesions. No complaints today.
PMH: HTN. No personal or family history of skin cancer or melanoma. No prior biopsies.
Meds: amlodipine. Allergies: NKDA.
Social: retired accountant, minimal outdoor work; uses sunscreen.

Exam: full skin exam, scalp to soles incl. nails, mucosa deferred. Fitzpatrick II.
Scattered small uniform benign-appearing nevi on trunk. No atypical pigmented lesions. No AKs. No
suspicious lesions.

Assessment: Skin cancer screening, normal exam.
Plan: sun protection and self-exam reviewed; no biopsy, no treatment needed. Routine recheck 1-2 years
at his discretion.
Front desk: pt told Medicare does not pay for screening skin exams; voluntary ABN (notice of
non-coverage) signed before the visit, copy scanned.

Ines Castellanos, MD
""",
    "expected": E([L("99203", 1, "GX", "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README coding decisions: Medicare screening-only full-skin exam with no history, no complaint "
                  "and nothing found is a routine screening exclusion -> E/M as selected with GY, plus GX because a "
                  "voluntary ABN was signed (COS-4).",
})

SCENARIOS.append({
    "id": "s47-em-mod25-keyed-on-17000",
    "family": "em", "shape": "pre-coded",
    "description": "Rosacea flare managed with new Rx + single AK cryo; 25 keyed on 17000 instead of 99214; Medicare Advantage",
    "date": "2026-02-17",
    "patient": ("Okafor-Reyes", "Beatrice", "1955-03-12", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Papulopustular rosacea, flaring", "L71.8", "Cheeks, nose, chin", reason=True),
        C("c2", "Actinic keratosis, left nasal sidewall", "L57.0", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("DESTR PREMALIG 1ST LESION (mod 25)", "17000", "Left nasal sidewall", reasons=["c2"],
          note="Superbill: 17000-25, qty 1"),
    ],
    "note_title": "Office Visit",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 02/17/2026
Patient: Beatrice Okafor-Reyes, 70 F, established

HPI: Rosacea worse x 6 weeks - more bumps and pustules on cheeks/chin, burning, flushing with wine.
Metronidazole gel not helping anymore. Also a rough scaly spot on L side of nose.

Exam: erythema, telangiectasia and ~15 inflammatory papules/pustules cheeks, nose, chin. No ocular signs.
L nasal sidewall 0.4 cm gritty erythematous scaly papule c/w AK.

A/P:
1. Papulopustular rosacea, flare - stop metronidazole gel; start ivermectin 1% cream qHS and doxycycline
   40 mg ER daily x 12 wks. Trigger avoidance, gentle cleanser, mineral SPF. Recheck 3 months.
2. AK L nasal sidewall:
   Procedure: Cryosurgery | Location: L nasal sidewall | Number of lesions: 1 | Technique: LN2, 2 cycles

Samuel Weiss, MD
""",
    "expected": E([L("99214", 1, "25"), L("17000")], ["modifier"],
                  dx={"99214": ["L71.8"], "17000": ["L57.0"]}),
    "coder_note": "Rosacea flare with prescription drug management is separately identifiable -> 25 belongs on the "
                  "E/M, never on the procedure (modifier table); 17000 carries no modifier.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: em, excision-benign, excision-malignant, incision-drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s47-em-g2211-dropped-with-25-biopsy",
    "family": "em", "shape": "pre-coded",
    "description": "AD on dupilumab follow-up (99213-25) + punch bx new lesion; superbill also ticked G2211; Medicare FFS",
    "date": "2026-02-19",
    "patient": ("Fairweather", "Ronald", "1952-06-06", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30, "em": "99213",
    "em_display": "99213-25 est pt lvl 3",
    "conditions": [
        C("c1", "Atopic dermatitis, adult, on dupilumab", "L20.89", "Trunk, flexures", reason=True),
        C("c2", "Neoplasm of skin, left forearm", "D49.2", "Left extensor forearm", reason=True),
    ],
    "procedures": [
        P("VISIT COMPLEXITY ADD-ON", "G2211", None, reasons=["c1"], note="Superbill tick, qty 1"),
        P("PUNCH BX 1ST LESION", "11104", "Left forearm", reasons=["c2"], note="qty 1"),
    ],
    "note_title": "Office Visit",
    "note": HDR + """Provider: June Abernathy, MD       DOS: 02/19/2026
Patient: Ronald Fairweather, 73 M - established, followed here for AD since 2022

HPI: Atopic dermatitis on dupilumab 300 mg q2wk x 14 months. Itch 3/10 (was 9/10). Some new red, gritty
eyes for 3 weeks. Also a new firm pink bump on the L forearm x 2 months.

Exam: EASI ~4, mild lichenified patches antecubital fossae, otherwise clear. Mild bilateral conjunctival
injection. L extensor forearm 0.6 cm firm pink dome-shaped papule with central keratin.

A/P:
1. Atopic dermatitis, well controlled on dupilumab - continue; refilled x 6 months. Dupilumab-associated
   conjunctivitis suspected: start preservative-free artificial tears, referral to ophthalmology. Continue
   triamcinolone 0.1% oint prn flexures.
2. Lesion L forearm (KA vs SCC vs irritated SK):
   Procedure: Punch biopsy | Location: L extensor forearm | Size: 0.6 cm | Technique: 6 mm punch,
   2 x 4-0 nylon | Pathology: sent
RTC 3 months for AD, sooner pending path.

June Abernathy, MD
""",
    "expected": E([L("99213", 1, "25"), L("11104")]),
    "coder_note": "AD drug management + conjunctivitis work-up is separate from the biopsy -> 99213-25 kept. EM-6: "
                  "G2211 is not payable when the E/M carries modifier 25 (no AWV/vaccine/preventive service here) -> "
                  "G2211 removed.",
})

SCENARIOS.append({
    "id": "s47-exb-cyst-back-ellipse-band-simple-repair",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Recurrently inflamed epidermoid cyst upper back: keyed 11403 (ellipse length) + 12002; correct 11402 only",
    "date": "2026-02-24",
    "patient": ("Castellano", "Derek", "1976-01-19", "male"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "Upper back", reason=True),
    ],
    "procedures": [
        P("EXC BENIGN TRUNK 2.1-3.0 CM", "11403", "Upper back", reasons=["c1"], note="qty 1"),
        P("SIMPLE REPAIR 2.6-7.5 CM", "12002", "Upper back", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Chidi Okonkwo, MD        DOS: 02/24/2026
Patient: Derek Castellano

Indication: cyst upper back x 3 yrs, inflamed and drained twice in the last year (I&D by PCP 09/2025),
tender again this month, foul-smelling drainage.

Procedure: Excision, benign lesion
Location: upper back, midline below C7
Size: lesion 1.4 cm (measured pre-op)
Margins: 1 mm around the cyst
Technique: fusiform ellipse 3.0 x 1.0 cm, cyst removed intact with sac, 15 blade
Closure: single-layer simple interrupted 4-0 nylon, 3.0 cm. No deep sutures.
Anesthesia: 1% lidocaine w/ epi, 5 mL
Pathology: sent - epidermoid cyst

Tolerated well. Sutures out 14 days.

Chidi Okonkwo, MD
""",
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with "
                      "foreign-body granulomatous reaction.", "site": "Upper back", "date": "2026-02-27"}],
    "expected": E([L("11402")], ["coding-correction", "ncci"], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter 1.4 + 2 x 0.1 = 1.6 cm (not the 3.0 cm ellipse) -> 11402. EX-5: simple "
                  "repair is included in the excision (11402/12002 indicator 1, same wound) -> 12002 removed.",
})

SCENARIOS.append({
    "id": "s47-exb-dysplastic-nevus-scalp-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of dysplastic nevus left occipital scalp 1.0 cm excised diameter + layered 2.4 cm; MA HMO",
    "date": "2026-02-26",
    "patient": ("Ferreira", "Lucinda", "1958-09-30", "female"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus, moderate atypia, left occipital scalp", "D22.4", "Left occipital scalp",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion w/ margins", site="Left occipital scalp", reasons=["c1"],
          note="Bx-proven dysplastic nevus w/ moderate atypia, positive lateral margin on 01/2026 shave bx. Residual "
               "pigment/scar 0.6 cm. 2 mm margins. Excised to subcutaneous fat."),
        P("Layered closure", site="Left occipital scalp", reasons=["c1"],
          note="Undermined, 3 x 4-0 Monocryl deep dermal, 4-0 Prolene running epidermal. Length 2.4 cm."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Ines Castellanos, MD     DOS: 02/26/2026
Patient: Lucinda Ferreira, 67 F

Procedure: Excision - re-excision of dysplastic nevus (moderate atypia), L occipital scalp
Size: residual lesion/scar 0.6 cm; margins 2 mm
Closure: intermediate, layered, 2.4 cm
Anesthesia: 1% lidocaine w/ epi, 4 mL. Hair clipped, chlorhexidine prep.
Specimen: to pathology, orient suture at 12:00.
No complications. Sutures out 10-12 days.

Ines Castellanos, MD
""",
    "path": [{"text": "Skin, left occipital scalp, re-excision: residual dysplastic compound nevus with moderate "
                      "atypia, margins free. No melanoma.", "site": "Left occipital scalp", "date": "2026-03-02"}],
    "expected": E([L("11421"), L("12031")], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-1/EX-2/EX-3: 0.6 + 2 x 0.2 = 1.0 cm, scalp (SNHFG), benign histology -> 11421. REP-2: scalp is in "
                  "the 12031-12037 intermediate group, 2.4 cm -> 12031 (separately reportable, EX-5).",
})

SCENARIOS.append({
    "id": "s47-exb-df-thigh-nevus-cheek-two-sites",
    "family": "excision-benign", "shape": "note-only",
    "description": "Two benign excisions: DF right thigh 1.2 cm + layered 2.8 cm; irritated nevus left cheek 0.6 cm simple closure; Aetna",
    "date": "2026-03-03",
    "patient": ("Nakashima", "Brooke", "1990-12-11", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 50,
    "conditions": [
        C("c1", "Dermatofibroma, right anterior thigh, painful", "D23.71", "Right anterior thigh", reason=True),
        C("c2", "Intradermal nevus, left cheek, irritated", "D22.39", "Left cheek", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 03/03/2026
Patient: Brooke Nakashima

Indications: (1) firm papule R thigh, cut with razor repeatedly and painful; (2) raised mole L cheek,
catches on glasses strap and gets inflamed/bleeds.

Procedure #1: Excision, benign lesion
Location: R anterior thigh
Size: 0.8 cm
Margins: 2 mm
Closure: intermediate (layered), 4-0 Vicryl deep + 4-0 nylon, 2.8 cm
Pathology: A

Procedure #2: Excision, benign lesion
Location: L cheek
Size: 0.4 cm
Margins: 1 mm
Closure: simple, 6-0 nylon interrupted, 1.2 cm
Pathology: B

Anesthesia: 1% lidocaine w/ epi, 6 mL total. Tolerated well, EBL minimal.
Sutures: face out day 5-6, thigh day 12-14.

Samuel Weiss, MD
""",
    "path": [
        {"text": "A. Skin, right thigh, excision: dermatofibroma, completely excised.", "site": "Right thigh",
         "date": "2026-03-06"},
        {"text": "B. Skin, left cheek, excision: intradermal melanocytic nevus, completely excised.",
         "site": "Left cheek", "date": "2026-03-06"},
    ],
    "expected": E([L("11402"), L("11441"), L("12032")],
                  dx={"11402": ["D23.71"], "11441": ["D22.39"], "12032": ["D23.71"]}),
    "coder_note": "Thigh: 0.8 + 0.4 = 1.2 cm TAL -> 11402, layered 2.8 cm -> 12032. Cheek: 0.4 + 0.2 = 0.6 cm FEENLM "
                  "-> 11441, simple closure included (EX-5). Both lesions symptomatic (BSL-3).",
})

SCENARIOS.append({
    "id": "s47-exm-bcc-arm-keyed-benign-em-removed",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Biopsy-proven BCC right upper arm keyed 11402 + 12032 + 99213-25; correct 11602 + 12032; Medicare FFS",
    "date": "2026-03-05",
    "patient": ("Oyelaran", "Harold", "1949-02-27", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 45, "em": "99213",
    "em_display": "99213-25 est pt lvl 3",
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, right posterior upper arm", "C44.612", "Right posterior upper arm",
          reason=True),
    ],
    "procedures": [
        P("EXC BENIGN LESION TRUNK/ARM/LEG 1.1-2.0", "11402", "Right upper arm", reasons=["c1"], note="qty 1"),
        P("REPAIR INTERMEDIATE TRUNK/EXT 2.6-7.5", "12032", "Right upper arm", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: June Abernathy, MD       DOS: 03/05/2026
Patient: Harold Oyelaran, 77 M

Pre-op dx: nodular BCC, R posterior upper arm (shave bx 02/12/2026).
Here for scheduled excision. Consent reviewed; no new complaints. No other problems addressed today.

Procedure: Excision, malignant lesion
Location: R posterior upper arm
Size: 1.0 cm
Margins: 4 mm
Technique: elliptical excision to fat, 15 blade, oriented with suture
Closure: layered - 3-0 Monocryl deep dermal, 4-0 nylon running; length 3.5 cm
Anesthesia: 1% lidocaine w/ epi, 6 mL
EBL <5 mL. No complications.
Pathology: margins requested.

Sutures out in 14 days.

June Abernathy, MD
""",
    "path": [{"text": "Skin, right upper arm, excision: basal cell carcinoma, nodular type; margins free "
                      "(closest 3 mm).", "site": "Right upper arm", "date": "2026-03-09"}],
    "expected": E([L("11602"), L("12032")], ["coding-correction"],
                  dx={"11602": ["C44.612"], "12032": ["C44.612"]}),
    "coder_note": "EX-3: known malignancy -> malignant code; EX-1: 1.0 + 2 x 0.4 = 1.8 cm TAL -> 11602. Layered 3.5 cm "
                  "arm -> 12032 (EX-5). Pre-op talk only, no separate problem -> 99213-25 removed (GS-3).",
})

SCENARIOS.append({
    "id": "s47-exm-mis-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "MIS re-excision 7 days after excisional bx (010 global), scar 1.2 cm + 0.5 cm margins, layered 5.5 cm: 58 on both",
    "date": "2026-03-10",
    "patient": ("Whitlock", "Genevieve", "1981-04-04", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 60,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back, margins involved", "D03.59", "Left upper back", reason=True),
    ],
    "prior": [PRIOR("2026-03-03", "11401", "Excision pigmented lesion L upper back", "Left upper back",
                    "Excisional biopsy 0.6 cm lesion, 1 mm margins; path melanoma in situ, lateral margin involved.")],
    "procedures": [
        P("Wide local re-excision, MIS", site="Left upper back", reasons=["c1"],
          note="Scar 1.2 cm. 5 mm margins per NCCN for MIS. Excised to fascia. Staged/planned after path."),
        P("Intermediate closure", site="Left upper back", reasons=["c1"],
          note="Wide undermining, 3-0 Vicryl deep, 4-0 Prolene running subcuticular. 5.5 cm."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 03/10/2026
Patient: Genevieve Whitlock

Background: 03/03/2026 excisional biopsy of atypical pigmented lesion L upper back -> melanoma in situ,
lateral margin involved. Returns for planned wide local excision (still within 10-day global).

Procedure: Wide local excision
Location: L upper back
Size: scar 1.2 cm
Margins: 0.5 cm
Closure: layered, 5.5 cm
Pathology: sent, margins requested.
Sentinel node not indicated (in situ). FSE today - no other suspicious lesions.

Samuel Weiss, MD
""",
    "path": [{"text": "Skin, left upper back, wide excision: residual melanoma in situ adjacent to scar; margins "
                      "free (closest 4 mm).", "site": "Left upper back", "date": "2026-03-13"}],
    "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], ["global-period"],
                  dx={"11603": ["D03.59"]}),
    "coder_note": "EX-3/EX-4: MIS -> malignant codes; 1.2 + 2 x 0.5 = 2.2 cm TAL -> 11603. Layered 5.5 cm trunk -> "
                  "12032. Planned re-excision inside the 010 global of the 03/03 excision -> 58 on both (GS-5).",
})

SCENARIOS.append({
    "id": "s47-exm-sccis-cheek-mohs-declined",
    "family": "excision-malignant", "shape": "note-only",
    "description": "SCC in situ left cheek 0.7 cm + 3 mm margins = 1.3 cm -> 11642, layered 2.6 cm -> 12052; Mohs declined; Medicare NGS",
    "date": "2026-03-12",
    "patient": ("Gallagher", "Ruth", "1943-11-15", "female"),
    "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left cheek", "D04.39", "Left malar cheek", reason=True),
        C("c2", "History of BCC", "Z85.828", history=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Chidi Okonkwo, MD        DOS: 03/12/2026
Patient: Ruth Gallagher, 82 F

Dx: SCC in situ (Bowen's), L malar cheek - shave bx 02/20/2026.
Hx: BCC R shoulder 2019 (excised, no recurrence).
Mohs referral offered (face); patient declined - does not want to travel; prefers standard excision.

Procedure: Excision, malignant lesion
Location: L malar cheek
Size: 0.7 x 0.5 cm
Margins: 3 mm
Technique: ellipse oriented along relaxed skin tension lines, to superficial fat
Closure: intermediate - 5-0 Monocryl buried dermal x 3, 6-0 Prolene running; length 2.6 cm
Anesthesia: 1% lidocaine w/ epi 3 mL
Pathology: sent w/ margin stitch at 12:00

Tolerated well. Sutures out 6 days.
If margins positive - will discuss Mohs again.

Chidi Okonkwo, MD
""",
    "path": [{"text": "Skin, left cheek, excision: squamous cell carcinoma in situ, margins free.",
              "site": "Left cheek", "date": "2026-03-16"}],
    "expected": E([L("11642"), L("12052")], dx={"11642": ["D04.39"]}),
    "coder_note": "EX-3: SCC in situ -> malignant codes; 0.7 + 2 x 0.3 = 1.3 cm FEENLM -> 11642. Layered 2.6 cm face "
                  "-> 12052. Mohs was declined, not done.",
})

SCENARIOS.append({
    "id": "s47-exm-neck-scc-size-blank",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "SCC right neck excision keyed 11622 but lesion size left blank in note; layered 3.2 cm neck kept (12042); UHC",
    "date": "2026-03-17",
    "patient": ("Prentiss", "Warren", "1961-07-07", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right lateral neck", "C44.42", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("EXC MALIG SCALP/NECK/HAND/FOOT 1.1-2.0", "11622", "Right neck", reasons=["c1"], note="qty 1"),
        P("REPAIR INTERMED NECK/HAND/FEET 2.6-7.5", "12042", "Right neck", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Ines Castellanos, MD     DOS: 03/17/2026
Patient: Warren Prentiss

Pre-op dx: well-differentiated SCC, R lateral neck (punch bx 02/27/2026).

Procedure: Excision, malignant lesion
Location: R lateral neck
Size: ___ cm
Margins: 4 mm
Technique: fusiform excision to subcutaneous fat, oriented
Closure: intermediate (layered), 4-0 Monocryl deep, 5-0 nylon running; 3.2 cm
Anesthesia: 1% lidocaine w/ epi 4 mL
Pathology: sent

Tolerated well. Sutures out 7-10 days.

Ines Castellanos, MD
""",
    "path": [{"text": "Skin, right neck, excision: squamous cell carcinoma, well differentiated; margins free.",
              "site": "Right neck", "date": "2026-03-20"}],
    "expected": E([L("12042")], ["missing-documentation"], dx={"12042": ["C44.42"]}),
    "coder_note": "Lesion size is blank, so the excised diameter cannot be computed -> no excision line + "
                  "missing-documentation (README coding decisions); the documented 3.2 cm layered neck repair stays "
                  "(12042).",
})

SCENARIOS.append({
    "id": "s47-id-simple-abscess-keyed-10061-em",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Single simple abscess right thigh keyed 10061 + 99213-25; correct 10060 only; UHC",
    "date": "2026-03-19",
    "patient": ("Baptiste-Moore", "Andre", "1995-10-21", "male"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 20, "em": "99213",
    "em_display": "99213-25 est pt lvl 3",
    "conditions": [
        C("c1", "Cutaneous abscess, right medial thigh", "L02.415", "Right medial thigh", reason=True),
    ],
    "procedures": [
        P("I&D ABSCESS COMPLICATED/MULTIPLE", "10061", "Right thigh", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Chidi Okonkwo, MD        DOS: 03/19/2026
Patient: Andre Baptiste-Moore

CC: painful boil inner R thigh x 4 days. No fever. No prior boils.
Exam: 2.0 cm fluctuant tender nodule R medial thigh with 3 cm surrounding erythema. Single lesion.

Procedure: Incision and drainage, abscess
Location: R medial thigh
Size: 2.0 cm
Technique: 1% lidocaine field block, #11 blade 8 mm incision, purulent material expressed, cavity probed -
no loculations. Irrigated with saline. Not packed. Gauze dressing.
Culture: not sent.

Plan: warm compresses TID, no antibiotics needed given size/drainage. Return if fever or spreading redness.

Chidi Okonkwo, MD
""",
    "expected": E([L("10060")], ["coding-correction"], dx={"10060": ["L02.415"]}),
    "coder_note": "Single abscess, no loculations, no packing -> simple 10060, not 10061. Only the abscess was "
                  "evaluated -> E/M-25 removed (GS-3).",
})

SCENARIOS.append({
    "id": "s47-id-loculated-buttock-packed",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Loculated 4 cm buttock abscess, septae broken, irrigated and packed -> 10061; Medicaid MCO",
    "date": "2026-03-24",
    "patient": ("Tillman", "Jasmine", "1999-03-03", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of left buttock", "L02.31", "Left buttock", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Rafael Santos              DOS: 03/24/2026
Patient: Jasmine Tillman

CC: very painful lump L buttock x 1 week, getting bigger; low-grade temp yesterday. No hx of HS,
no recurrent boils.

Exam: 4 x 3.5 cm indurated fluctuant abscess L upper buttock, overlying erythema 6 cm. Afebrile today.

Procedure: Incision and drainage, complicated abscess
Location: L buttock
Size: 4.0 cm
Technique: 1% lidocaine w/ epi ring block; 1.5 cm linear incision; ~10 mL purulent material; multiple
loculations broken up bluntly with hemostat; copious saline irrigation; packed with 1/4" iodoform gauze
(~15 cm); dry dressing.
Culture: aerobic culture sent to LabCorp.

Plan: doxycycline 100 mg BID x 10 days; packing removal/wound check in 48 h; return sooner if fever.

Rafael Santos
""",
    "expected": E([L("10061")], dx={"10061": ["L02.31"]}),
    "coder_note": "Loculations broken + packing = complicated I&D -> 10061. Culture is billed by the outside lab.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: intralesional, mixed, mohs, nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s47-il-keloids-chest-j3301-underkeyed",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Three chest keloids, Kenalog-40 1 mL total (40 mg): keyed J3301 x1; correct 11900 + J3301 x4; BCBS",
    "date": "2026-03-26",
    "patient": ("Mensah", "Kwabena", "1988-08-18", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Keloids, presternal chest, pruritic", "L91.0", "Presternal chest", reason=True),
    ],
    "procedures": [
        P("INTRALESIONAL INJ UP TO 7", "11900", "Chest", reasons=["c1"], note="qty 1"),
        P("TRIAMCINOLONE ACETONIDE 10 MG", "J3301", "Chest", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 03/26/2026
Patient: Kwabena Mensah

Keloids presternal chest from acne, itchy and tender. Injection #3 of series (last 02/2026), flattening.

Procedure: Intralesional injection
Location: presternal chest
Number of lesions: 3 (1.5 cm, 2.0 cm, 0.8 cm)
Medication: triamcinolone acetonide (Kenalog-40) 40 mg/mL, 1.0 mL total divided among the 3 keloids
Technique: 30g needle, intradermal into lesion until blanching
Lot/exp recorded in MAR.

Tolerated well. Next injection in 6 weeks.

Samuel Weiss, MD
""",
    "expected": E([L("11900"), L("J3301", 4)], ["coding-correction"], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 for up to 7 lesions. J3301 is per 10 mg: 40 mg/mL x 1.0 mL = 40 mg -> 4 units.",
})

SCENARIOS.append({
    "id": "s47-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to nine alopecia areata patches, TAC 10 mg/mL 2.4 mL (24 mg) -> 11901 + J3301 x3; Medicaid",
    "date": "2026-03-31",
    "patient": ("Haddad", "Leila", "2001-02-14", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp and beard-free", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("ILK to AA patches", site="Scalp - vertex, occiput, bilateral parietal", reasons=["c1"],
          note="Nine patches injected. Triamcinolone 10 mg/mL, 2.4 mL total, ~0.1 mL per site, 1 cm apart."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Ines Castellanos, MD     DOS: 03/31/2026
Patient: Leila Haddad

Alopecia areata, patchy type, scalp. Return for ILK. Regrowth in 3 of the old patches, 4 new patches.

Procedure: Intralesional injection (ILK)
Location: scalp - vertex 3, occiput 2, R parietal 2, L parietal 2
Number of lesions: nine (9) patches
Medication: triamcinolone acetonide 10 mg/mL, total volume 2.4 mL
Technique: 30g, 0.1 mL aliquots into deep dermis
Eyebrows not involved - no injection there.

Topical clobetasol solution continued as before. JAK inhibitor discussed for the future if > 50% scalp -
not started. RTC 4-6 weeks.

Ines Castellanos, MD
""",
    "expected": E([L("11901"), L("J3301", 3)], dx={"11901": ["L63.9"]}),
    "coder_note": "More than 7 lesions -> 11901. 10 mg/mL x 2.4 mL = 24 mg -> J3301 ceil(24/10) = 3.",
})

SCENARIOS.append({
    "id": "s47-il-single-acne-cyst-em-removed",
    "family": "intralesional", "shape": "note-only",
    "description": "One acne cyst injected (0.5 mg TAC); 99213 selected but only the cyst addressed -> 11900 + J3301 x1; Aetna",
    "date": "2026-04-02",
    "patient": ("Carrington", "Mason", "2004-06-29", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 10, "em": "99213",
    "conditions": [
        C("c1", "Acne vulgaris with inflamed cyst, chin", "L70.0", "Chin", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Rafael Santos              DOS: 04/02/2026
Patient: Mason Carrington

Walk-in: one painful red bump on the chin x 3 days, has a job interview Friday. Otherwise his acne is
stable on tretinoin/clindamycin - not reviewed today, routine acne follow-up already booked for May.

Procedure: Intralesional injection
Location: chin
Number of lesions: 1 (1.0 cm inflamed cyst)
Medication: triamcinolone acetonide 2.5 mg/mL, 0.2 mL
Technique: 30g needle into cyst center

Expect flattening in 48-72 h. Reviewed risk of atrophy.

Rafael Santos
""",
    "expected": E([L("11900"), L("J3301")], dx={"11900": ["L70.0"]}),
    "coder_note": "Only the injected cyst was addressed -> no separate E/M (GS-3), selected 99213 removed. 2.5 mg/mL x "
                  "0.2 mL = 0.5 mg -> J3301 x1 (per 10 mg, rounded up).",
})

SCENARIOS.append({
    "id": "s47-mix-shave-bx-ak-cryo-xs-on-wrong-line",
    "family": "mixed", "shape": "pre-coded",
    "description": "Tangential bx R lower back + LN2 4 AKs face; XS keyed on 11102 instead of 17000; Medicare FFS",
    "date": "2026-04-07",
    "patient": ("Sutcliffe", "Dorothy", "1947-01-05", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Irregular pigmented papule, right lower back", "D49.2", "Right lower back", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Forehead, cheeks", reason=True),
    ],
    "procedures": [
        P("TANGENTIAL BX 1ST LESION (mod XS)", "11102", "Right lower back", reasons=["c1"],
          note="Superbill: 11102-XS, qty 1"),
        P("DESTR PREMALIG 1ST", "17000", "Forehead", reasons=["c2"], note="qty 1"),
        P("DESTR PREMALIG 2-14", "17003", "Face", reasons=["c2"], note="qty 3"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: June Abernathy, MD       DOS: 04/07/2026
Patient: Dorothy Sutcliffe, 79 F

Procedure: Tangential biopsy
Location: R lower back
Size: 0.6 cm irregular dark brown papule
Technique: shave to mid dermis, AlCl3
Pathology: sent

Procedure: Cryosurgery, AK
Location: forehead 2, R cheek 1, L cheek 1
Number of lesions: 4
Technique: LN2, 2 cycles

Tolerated well. Path by phone.

June Abernathy, MD
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 3)], ["modifier"]),
    "coder_note": "PTP 11102/17000 indicator 1 with 11102 as column 1: XS goes on the column-2 code 17000 (different "
                  "lesions), not on the biopsy. 4 AKs -> 17000 + 17003 x3.",
})

SCENARIOS.append({
    "id": "s47-mix-nevus-excision-inflamed-sk-cryo",
    "family": "mixed", "shape": "free-text",
    "description": "Excision atypical nevus L arm 0.9 cm (simple closure) + LN2 of 3 inflamed itchy SKs back; XS on 11401; Cigna",
    "date": "2026-04-09",
    "patient": ("Vandermeer", "Clark", "1969-05-23", "male"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Atypical nevus, left upper arm", "D49.2", "Left lateral upper arm", reason=True),
        C("c2", "Inflamed seborrheic keratoses, back", "L82.0", "Back", reason=True),
    ],
    "procedures": [
        P("Excision w/ 2mm margins", site="Left lateral upper arm", reasons=["c1"],
          note="Lesion 0.5 cm, 2 mm margins, elliptical to fat. Closed with 4-0 nylon simple interrupted, 1.8 cm."),
        P("Cryo benign lesions", site="Mid and lower back", reasons=["c2"],
          note="3 irritated, itchy, crusted SKs on back (rub on waistband/chair), LN2 x 2 cycles each."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Chidi Okonkwo, MD        DOS: 04/09/2026
Patient: Clark Vandermeer

Procedure: Excision, benign lesion - atypical nevus
Location: L lateral upper arm
Size: 0.5 cm   Margins: 2 mm
Closure: simple, single layer
Pathology: sent

Procedure: Cryosurgery, benign lesions
Location: mid back 2, L lower back 1
Number of lesions: 3 inflamed SKs (itching, crusting, red rim)
Technique: LN2, 2 cycles

No complications.

Chidi Okonkwo, MD
""",
    "path": [{"text": "Skin, left upper arm, excision: compound nevus with mild cytologic atypia; margins free.",
              "site": "Left upper arm", "date": "2026-04-13"}],
    "expected": E([L("17110"), L("11401", 1, "XS")], dx={"17110": ["L82.0"], "11401": ["D22.62"]}),
    "coder_note": "0.5 + 2 x 0.2 = 0.9 cm TAL, benign path -> 11401 (simple closure included). 17110/11401 is indicator "
                  "1 with 17110 as column 1 -> XS on 11401 (different lesions). Inflamed/itchy SKs meet BSL-3.",
})

SCENARIOS.append({
    "id": "s47-mix-melanoma-hx-fse-seb-derm-punch-cryo",
    "family": "mixed", "shape": "note-only",
    "description": "Melanoma-history FSE with seb derm Rx (99214-25) + punch bx back + LN2 6 AKs scalp; Medicare FFS",
    "date": "2026-04-14",
    "patient": ("Kowalczyk", "Edmund", "1951-09-09", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Personal history of melanoma", "Z85.820", reason=True),
        C("c2", "Seborrheic dermatitis, face and scalp", "L21.9", "Face, scalp", reason=True),
        C("c3", "Atypical pigmented lesion, left mid back", "D49.2", "Left mid back", reason=True),
        C("c4", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "note_title": "Office Visit",
    "note": HDR + """Provider: Ines Castellanos, MD     DOS: 04/14/2026
Patient: Edmund Kowalczyk, 74 M - established

Hx: melanoma R calf 2019 (0.6 mm, WLE), q6mo skin checks. Today: 6-month FSE. Also itchy flaky scalp and
red scaly eyebrows/nasolabial folds x 2 months, OTC dandruff shampoo not helping.

Exam: FSE performed. Erythematous greasy scale nasolabial folds, brows, scalp. L mid back 0.5 cm
irregular dark nevus, new since last photos. Scalp: 6 gritty erythematous papules (AK). Melanoma scar R calf
without nodularity; no LAD.

A/P:
1. Hx melanoma - no recurrence. Continue q6mo FSE.
2. Seborrheic dermatitis - ketoconazole 2% shampoo 2-3x/wk and ketoconazole 2% cream BID to face;
   hydrocortisone 2.5% cream prn flares. Recheck at next visit.
3. Atypical lesion L mid back:
   Procedure: Punch biopsy | Location: L mid back | Size: 0.5 cm | Technique: 4 mm punch, 1 suture
4. AKs scalp:
   Procedure: Cryosurgery | Location: vertex/frontal scalp | Number of lesions: six | Technique: LN2 x 2 cycles

RTC 6 months, sooner per path.

Ines Castellanos, MD
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003", 5)]),
    "coder_note": "Melanoma surveillance + new seb derm with Rx is separate from the procedures -> 99214-25. 11104/17000 "
                  "indicator 1 (biopsy column 1) -> XS on 17000; 6 AKs -> 17000 + 17003 x5.",
})

SCENARIOS.append({
    "id": "s47-mohs-nasal-ala-17315-overkeyed-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs R nasal ala BCC, 2 stages (6 + 3 blocks), rim repair 1.8 cm: keyed 17315 x4 and 88305 x2; Medicare FFS",
    "date": "2026-04-16",
    "patient": ("Abernethy", "Clifford", "1944-10-12", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal ala", "C44.311", "Right nasal ala", reason=True),
    ],
    "procedures": [
        P("MOHS HEAD/NECK 1ST STAGE", "17311", "Right nasal ala", reasons=["c1"], note="qty 1"),
        P("MOHS HEAD/NECK ADDL STAGE", "17312", "Right nasal ala", reasons=["c1"], note="qty 1"),
        P("MOHS ADDL BLOCK", "17315", "Right nasal ala", reasons=["c1"], note="qty 4"),
        P("SURG PATH LEVEL IV", "88305", "Right nasal ala", reasons=["c1"], note="qty 2 (stages 1 and 2)"),
        P("REPAIR COMPLEX EYELID/NOSE/EAR/LIP 1.1-2.5", "13151", "Right nasal ala", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """MOHS SURGERY - Astrid Lindgren, MD (surgeon and pathologist)      DOS: 04/16/2026
Patient: Clifford Abernethy, 81 M

Dx: BCC, nodular/micronodular, R nasal ala - bx 03/2026 (outside). Area H.

Stage 1: excised, 6 tissue blocks, frozen sections read by me - tumor at block 4 (deep) and block 5.
Stage 2: 3 tissue blocks - clear.
Total: 2 stages, 9 blocks.
All Mohs tissue processed and read in our Mohs lab; nothing sent to outside pathology.

Final defect: 1.1 x 0.9 cm R alar lobule extending to the nostril rim.
Repair: complex - involves free margin of the nostril rim; edges debrided, extensive undermining of the
nasal sidewall, 5-0 Monocryl deep, 6-0 Prolene, careful rim alignment to prevent notching. Repair length 1.8 cm.

EBL minimal. Tolerated well. Sutures out 7 days.

Astrid Lindgren, MD
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13151")], ["coding-correction", "ncci"],
                  dx={"17311": ["C44.311"], "13151": ["C44.311"]}),
    "coder_note": "MOHS-2: 17315 = each block beyond 5 in any stage -> stage 1 has 6 blocks = 1 unit (stage 2 has 3). "
                  "MOHS-5: no 88305 on Mohs specimens (17311/88305 indicator 1, no exception) -> removed. Rim repair "
                  "1.8 cm nose -> 13151 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s47-mohs-trunk-sbcc-keyed-head-abn-ga",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs of small primary superficial BCC upper back keyed 17311; ABN signed: correct 17313-GA; Medicare FFS",
    "date": "2026-04-21",
    "patient": ("Drummond", "Patricia", "1953-12-19", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
    ],
    "procedures": [
        P("MOHS HEAD/NECK 1ST STAGE", "17311", "Right upper back", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """MOHS SURGERY - Astrid Lindgren, MD (surgeon and pathologist)      DOS: 04/21/2026
Patient: Patricia Drummond, 72 F

Dx: superficial BCC, R upper back (scapular), bx 03/2026. Primary, 0.8 cm, well defined.
Not immunosuppressed, no prior radiation, no genetic syndrome. Area L.
Discussed that Mohs is not considered appropriate for this tumor (superficial BCC on the trunk < 2 cm) and
Medicare will likely deny; offered ED&C, excision or topical imiquimod. Patient insists on Mohs.
ABN (CMS-R-131) explained and signed today, on file.

Stage 1: 2 tissue blocks - clear.
Total: 1 stage, 2 blocks.
Defect 1.2 x 1.0 cm - left to heal by second intention per patient preference. No repair.

Wound care reviewed. F/u 6 weeks.

Astrid Lindgren, MD
""",
    "expected": E([L("17313", 1, "GA")], ["medical-necessity", "coding-correction"], dx={"17313": ["C44.519"]}),
    "coder_note": "Trunk -> 17313, not 17311 (MOHS-2). Small primary superficial BCC in area L fails the Mohs AUC "
                  "(MOHSN-2); Medicare FFS with a signed ABN -> GA (COS-4; README coding decisions).",
})

SCENARIOS.append({
    "id": "s47-mohs-left-helix-scc-three-stages-advancement",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs left helix SCC, 3 stages (3/2/1 blocks), helical advancement flap 5.8 sq cm -> 17311 + 17312 x2 + 14060; BCBS",
    "date": "2026-04-23",
    "patient": ("Rourke", "Declan", "1962-03-28", "male"),
    "provider": "lindgren", "payer": "commercial", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left helix", "C44.229", "Left helical rim", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """MOHS SURGERY - Astrid Lindgren, MD (surgeon and pathologist)      DOS: 04/23/2026
Patient: Declan Rourke, 64 M

Dx: invasive SCC, moderately differentiated, L superior helix (bx 03/30/2026). Ear = area H.
Pre-op size 1.1 x 0.9 cm.

Stage 1: 3 blocks - SCC at block 2 peripheral.
Stage 2: 2 blocks - focal SCC at deep margin on cartilage.
Stage 3: 1 block (perichondrium taken) - clear.
Total: 3 stages, 6 blocks. No stage over 5 blocks.

Defect: 1.8 x 1.4 cm L superior helix, perichondrium removed, cartilage exposed.
Repair: helical rim advancement flap (Antia-Buch type), chondrocutaneous.
Primary defect 2.0 sq cm + secondary defect 3.8 sq cm = total 5.8 sq cm.
5-0 Monocryl deep, 6-0 Prolene cutaneous. Bolster not needed.

No complications. Post-op visit 1 week. Adjuvant radiation not indicated - margins clear, no PNI.

Astrid Lindgren, MD
""",
    "expected": E([L("17311"), L("17312", 2), L("14060")], dx={"17311": ["C44.229"], "14060": ["C44.229"]}),
    "coder_note": "MOHS-2: ear (head) 3 stages -> 17311 + 17312 x2; max 3 blocks per stage so no 17315. FLAP-1/FLAP-3: "
                  "2.0 + 3.8 = 5.8 sq cm on the ear -> 14060, reported with Mohs.",
})

SCENARIOS.append({
    "id": "s47-nail-avulsion-two-toes-keyed-11730x2",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion L great toenail + L 2nd toenail keyed 11730 x2: correct 11730-TA + 11732-T1; BCBS",
    "date": "2026-04-28",
    "patient": ("Ashby", "Colleen", "1972-07-16", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Onychomycosis, painful thickened nails, left great and second toes", "B35.1",
          "Left great toe, left second toe", reason=True),
    ],
    "procedures": [
        P("NAIL AVULSION", "11730", "Left great toe", reasons=["c1"], note="qty 1"),
        P("NAIL AVULSION", "11730", "Left second toe", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Rafael Santos              DOS: 04/28/2026
Patient: Colleen Ashby

Painful dystrophic thick toenails L great toe and L 2nd toe, failed terbinafine 2024 (LFTs up, stopped).
Pain in shoes, nail lifting.

Procedure: Nail avulsion, complete
Location: L great toenail (hallux) and L second toenail
Number of nails: 2
Technique: digital block 2% plain lidocaine, tourniquet, freer elevator, nail plate removed in toto;
matrix left intact (no phenol, no matrixectomy)
Dressing: Xeroform, gauze, coban.

Start efinaconazole to nail beds once healed. Wound check 1 week.

Rafael Santos
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], ["coding-correction"], dx={"11730": ["B35.1"]}),
    "coder_note": "11730 first nail + 11732 each additional (MUE 11730 = 1). Digit modifiers: TA left great toe, T1 "
                  "left second toe (conventions).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: nails, paring, patch-test, phototherapy, post-op
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s47-nail-phenol-matrixectomy-right-hallux",
    "family": "nails", "shape": "free-text",
    "description": "Recurrent ingrown R great toenail: partial avulsion with phenol matrixectomy -> 11750-T5; Medicaid",
    "date": "2026-04-30",
    "patient": ("Dominguez", "Rafael", "2006-11-08", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrown toenail, right great toe, lateral border, recurrent", "L60.0", "Right great toe",
          reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion w/ phenol matrixectomy", site="Right hallux, lateral border", reasons=["c1"],
          note="Lateral 1/4 of nail plate removed. 88% phenol x 3 applications of 30 sec to lateral matrix horn "
               "for permanent removal. Alcohol flush."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Rafael Santos              DOS: 04/30/2026
Patient: Rafael Dominguez, 19 M

Ingrown toenail R great toe lateral border, 3rd episode this year; partial avulsions (without matrix
destruction) 03/2025 and 09/2025 elsewhere, recurred both times. Pain with walking, mild granulation tissue.
No fluctuance - no abscess, no I&D needed.

Procedure: Partial nail avulsion with chemical matrixectomy (permanent)
Location: R great toe (hallux), lateral border
Technique: digital block 2% lidocaine plain 3 mL, tourniquet; lateral nail border freed and avulsed;
phenol 88% to lateral matrix 3 x 30 s; alcohol flush; tourniquet off, hemostasis.
Dressing: bacitracin, gauze, coban.

Soaks BID starting tomorrow. Recheck 2 weeks.

Rafael Santos
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent removal (matrix destroyed with phenol) -> 11750, not 11730. Digit modifier T5 = right "
                  "great toe.",
})

SCENARIOS.append({
    "id": "s47-nail-debridement-seven-mycotic",
    "family": "nails", "shape": "note-only",
    "description": "Debridement of 7 painful mycotic toenails -> 11721; avulsion only discussed; Aetna",
    "date": "2026-05-05",
    "patient": ("Langford", "Dennis", "1967-02-02", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis, toenails, painful", "B35.1", "Bilateral toenails", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 05/05/2026
Patient: Dennis Langford

KOH + PAS 01/2026 positive for dermatophyte. Thick painful nails, cannot trim at home, pain in work boots.

Procedure: Debridement of nails
Location: R hallux, R 2nd, R 3rd, L hallux, L 2nd, L 3rd, L 4th toenails
Number of nails: 7
Technique: nail nippers and electric burr, thickness and length reduced; no bleeding.

Discussed avulsion of the R great toenail if still painful - not done today.
Continue ciclopirox lacquer. RTC 3 months.

Samuel Weiss, MD
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "Debridement of 6 or more nails -> 11721 x1. Avulsion only discussed.",
})

SCENARIOS.append({
    "id": "s47-par-three-calluses-keyed-11055x3",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of 3 plantar calluses keyed 11055 qty 3; correct 11056 x1; UHC",
    "date": "2026-05-07",
    "patient": ("Whitfield", "Angela", "1970-04-11", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Calluses, plantar forefoot, painful", "L84", "Plantar forefoot", reason=True),
    ],
    "procedures": [
        P("PARING 1 LESION", "11055", "Plantar feet", reasons=["c1"], note="qty 3"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Rafael Santos              DOS: 05/07/2026
Patient: Angela Whitfield

Painful calluses both feet, works 12-h shifts standing. No diabetes, no PVD.

Procedure: Paring of hyperkeratotic lesions
Location: R plantar 2nd MTH, R plantar 5th MTH, L plantar 1st MTH
Number of lesions: 3
Technique: #15 blade, pared to pliable skin, no bleeding

Offloading pads, urea 40% cream nightly, proper footwear. RTC prn.

Rafael Santos
""",
    "expected": E([L("11056")], ["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "Paring is coded by lesion count band: 2-4 lesions -> 11056 x1 (not 11055 x3; 11056/11055 "
                  "indicator 0).",
})

SCENARIOS.append({
    "id": "s47-par-five-corns-calluses-wart-not-treated",
    "family": "paring", "shape": "note-only",
    "description": "Paring of five corns/calluses -> 11057; plantar wart left heel not treated; Medicaid MCO",
    "date": "2026-05-12",
    "patient": ("Greenleaf", "Otis", "1964-08-30", "male"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Corns and calluses, bilateral feet", "L84", "Bilateral feet", reason=True),
        C("c2", "Plantar wart, left heel", "B07.0", "Left heel"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Chidi Okonkwo, MD        DOS: 05/12/2026
Patient: Otis Greenleaf

Painful corns/calluses, limping at end of day. Also a rough spot on L heel (plantar wart on exam,
pinpoint black dots) - pt wants to try OTC salicylic acid first; no destruction today.

Procedure: Paring/cutting of benign hyperkeratotic lesions
Location: R 5th toe dorsal (corn), R plantar 1st MTH, L 5th toe dorsal (corn), L plantar 2nd MTH,
L plantar 5th MTH
Number of lesions: five
Technique: 15 blade, debrided to normal skin, central cores enucleated on both corns

Toe sleeves, wider toe box, pumice after showers. RTC 8 weeks.

Chidi Okonkwo, MD
""",
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "More than 4 lesions pared -> 11057 x1. Plantar wart not treated (no 17110).",
})

SCENARIOS.append({
    "id": "s47-pt-new-pt-hand-dermatitis-80-allergens",
    "family": "patch-test", "shape": "pre-coded",
    "description": "New pt hand dermatitis eval with Rx (99204) + patch test 80 allergens keyed 95044 qty 1, no 25; Cigna",
    "date": "2026-05-14",
    "patient": ("Oduya", "Priscilla", "1985-01-27", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis, unspecified", "L30.9", "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("PATCH TEST", "95044", "Upper back", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "New Patient Visit / Patch Test Application",
    "note": HDR + """Provider: Ines Castellanos, MD     DOS: 05/14/2026
Patient: Priscilla Oduya - NEW PATIENT, referred by PCP

HPI: 10-month hand eczema, hairdresser. Worse at work, better on vacation. Tried OTC hydrocortisone and
gloves (latex). Cracks, bleeds. No personal atopy.
Exam: lichenified scaly plaques dorsal hands and fingers, fissures, palmar involvement; wrists spared.
Face, eyelids clear. No nail pitting.

A/P: Chronic hand dermatitis - allergic contact (hair dye/PPD, glyceryl thioglycolate, nickel) vs irritant
vs dyshidrotic. Start clobetasol 0.05% oint BID x 2 wk then weekends; switch to nitrile gloves; barrier
cream; detailed irritant-avoidance counseling.
Patch testing today:
  Procedure: Patch test application
  Location: upper back
  Allergens: North American 80 Comprehensive Series - 80 allergens (no supplemental trays)
Readings at 48 h and 96 h (included with the application). No photopatch.
Hold topical steroids on the back; OK to use clobetasol on the hands.

Ines Castellanos, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)], ["coding-correction"]),
    "coder_note": "95044 units = number of allergens (80, MUE 90). New-patient evaluation with prescription management "
                  "is separate from the test application -> 99204-25 (95044/99204 indicator 1).",
})

SCENARIOS.append({
    "id": "s47-pt-application-47-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application 35 standard + 12 cosmetic supplemental = 47 -> 95044 x47; photopatch not done; MA PPO",
    "date": "2026-05-19",
    "patient": ("Hargreave", "Eunice", "1956-06-21", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Recurrent eyelid and facial dermatitis", "L30.9", "Eyelids, face", reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": HDR + """Provider: June Abernathy, MD       DOS: 05/19/2026
Patient: Eunice Hargreave, 69 F

Eyelid/face dermatitis, evaluated 05/05 (treatment plan set then). Here for patch test application only.

Procedure: Patch testing - application
Location: upper back (6 panels)
Allergens: standard series 35 allergens + cosmetic/fragrance supplemental series 12 allergens = 47 total
Technique: Finn chambers on Scanpor, marked with skin marker

Photopatch testing - not done today (no photodistribution).
Reading visits Thursday (48 h) and Saturday (96 h). Keep back dry.

June Abernathy, MD
""",
    "expected": E([L("95044", 47)], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 units = allergens applied: 35 + 12 = 47. No E/M selected; photopatch not done.",
})

SCENARIOS.append({
    "id": "s47-photo-puva-keyed-96910-no-abn-gz",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "PUVA keyed as 96910; mild psoriasis, no failed conventional therapy, no ABN -> 96912-GZ; Medicare FFS",
    "date": "2026-05-21",
    "patient": ("Thornbury", "Walter", "1950-11-30", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Plaque psoriasis, trunk and extremities", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("PHOTOCHEMOTHERAPY TAR/UVB", "96910", "Trunk/extremities", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Phototherapy Treatment Note",
    "note": HDR + """PHOTOTHERAPY UNIT - supervising: June Abernathy, MD      DOS: 05/21/2026
Patient: Walter Thornbury, 75 M

Dx: plaque psoriasis, BSA 6%. Previously on topical triamcinolone 3 weeks only (stopped on his own).
No prior phototherapy. No NB-UVB trial. Not disabling; works part-time without limitation.
Patient requested PUVA after reading about it.

Treatment: PUVA #2
Psoralen: methoxsalen 0.4 mg/kg PO (30 mg) 1.5 h before exposure
UVA dose: 1.5 J/cm2 (previous 1.0 J/cm2), whole body, goggles on
No tar, no UVB today.
Skin check: mild erythema, no blistering.

No ABN was given.

Next session Friday.

June Abernathy, MD
""",
    "expected": E([L("96912", 1, "GZ")], ["medical-necessity", "coding-correction"], dx={"96912": ["L40.0"]}),
    "coder_note": "Oral psoralen + UVA = PUVA 96912, not Goeckerman 96910. NCD 250.1 (PHOTO-1): PUVA only for "
                  "intractable, disabling psoriasis after failed conventional therapy -> not met; Medicare FFS, no "
                  "ABN -> GZ (README coding decisions).",
})

SCENARIOS.append({
    "id": "s47-photo-excimer-four-plaques-310-sqcm",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer 308 nm to elbow/knee plaques totalling 310 sq cm -> 96921; UHC",
    "date": "2026-05-26",
    "patient": ("Ellingsworth", "Nadia", "1984-09-17", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Elbows, knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser 308nm", site="R elbow", reasons=["c1"], note="Treated area 80 sq cm, 500 mJ/cm2"),
        P("Excimer laser 308nm", site="L elbow", reasons=["c1"], note="Treated area 75 sq cm, 500 mJ/cm2"),
        P("Excimer laser 308nm", site="R knee", reasons=["c1"], note="Treated area 85 sq cm, 600 mJ/cm2"),
        P("Excimer laser 308nm", site="L knee", reasons=["c1"], note="Treated area 70 sq cm, 600 mJ/cm2"),
    ],
    "note_title": "Excimer Treatment Note",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 05/26/2026
Patient: Nadia Ellingsworth

Localized plaque psoriasis, BSA ~3%, failed 4 months of clobetasol + calcipotriene. Session #6 of course.

Procedure: Excimer laser (308 nm)
Location / area: R elbow 80 sq cm; L elbow 75 sq cm; R knee 85 sq cm; L knee 70 sq cm
Total treated area: 310 sq cm
Dose: elbows 500 mJ/cm2, knees 600 mJ/cm2 (+10% from last)
Response: plaques thinner, mild erythema from last session, no blisters.

Next session in 3-4 days.

Samuel Weiss, MD
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is one code per session by total area: 80 + 75 + 85 + 70 = 310 sq cm (250-500) -> 96921 x1.",
})

SCENARIOS.append({
    "id": "s47-po-suture-removal-99212-to-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after benign excision (010 global); provider selected 99212 -> 99024; BCBS",
    "date": "2026-05-28",
    "patient": ("Pell", "Gordon", "1978-12-24", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Aftercare following surgery, excision epidermal cyst left shoulder", "Z48.02", reason=True),
    ],
    "prior": [PRIOR("2026-05-19", "11402", "Excision epidermoid cyst L shoulder", "Left posterior shoulder",
                    "Cyst 1.2 cm, 2 mm margins, simple closure. Path: epidermoid cyst.")],
    "note_title": "Post-op Visit",
    "note": HDR + """Provider: Chidi Okonkwo, MD        DOS: 05/28/2026
Patient: Gordon Pell

S/p excision epidermoid cyst L posterior shoulder 05/19/2026. Here for suture removal. No pain, no
drainage, no fever. No other concerns raised.

Exam: incision well approximated, no erythema, no dehiscence.
Procedure: suture removal - 4 simple interrupted nylon sutures removed; Steri-Strips applied.
Path reviewed with patient: benign epidermoid cyst.

Plan: scar care, silicone gel optional. RTC prn.

Chidi Okonkwo, MD
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "Routine post-op visit on day 9 of the 10-day global of the 05/19 excision (11402, 010) -> 99024, "
                  "no E/M (conventions).",
})

SCENARIOS.append({
    "id": "s47-po-hair-dye-dermatitis-in-global-24",
    "family": "post-op", "shape": "pre-coded",
    "description": "Unrelated allergic contact dermatitis treated 5 days after malignant excision; keyed 99213 with no 24; Aetna",
    "date": "2026-06-02",
    "patient": ("Sorensen", "Hilde", "1966-03-08", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Allergic contact dermatitis due to hair dye, scalp margin/face/neck", "L23.4",
          "Hairline, face, neck", reason=True),
    ],
    "prior": [PRIOR("2026-05-28", "11602", "Excision BCC L forearm", "Left forearm",
                    "BCC 0.9 cm + 3 mm margins, layered closure.")],
    "procedures": [
        P("OFFICE VISIT EST LVL 3", "99213", None, reasons=["c1"], note="Superbill: 99213, no modifier"),
    ],
    "note_title": "Office Visit",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 06/02/2026
Patient: Hilde Sorensen

S/p excision BCC L forearm 05/28/2026 - incision looks fine, sutures still in, no concerns (not the reason
for today's visit).

CC: itchy red swollen rash along hairline, ears and neck since dyeing her hair at home 3 days ago.
Exam: eczematous, edematous plaques frontal hairline, bilateral postauricular, lateral neck; periorbital
edema mild. No vesicles on hands.

A/P: Acute allergic contact dermatitis to hair dye (likely PPD), unrelated to the surgery.
- Prednisone taper 40 mg x 5 d then 20 mg x 5 d
- Clobetasol solution to scalp BID x 1 wk; desonide cream to face/neck BID x 1 wk
- Avoid PPD dyes; handout. Consider patch testing after resolution.
Suture removal as scheduled next week.

Samuel Weiss, MD
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L23.4"]}),
    "coder_note": "E/M for an unrelated problem inside the 10-day global of the 05/28 excision (11602, 010) -> 24 "
                  "(GS-5). Wound look is part of the global.",
})

SCENARIOS.append({
    "id": "s47-po-shin-pg-shave-in-flap-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Shave removal of bleeding 0.8 cm PG right shin 31 days after cheek flap (090) -> 11301-79; MA HMO",
    "date": "2026-04-30",
    "patient": ("Beaumont", "Irene", "1949-07-03", "female"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Bleeding friable papule, right shin", "L98.0", "Right anterior shin", reason=True),
    ],
    "prior": [PRIOR("2026-03-30", "14040", "Rotation flap L cheek after excision of BCC", "Left cheek",
                    "Defect + flap 8.5 sq cm.")],
    "procedures": [
        P("Shave removal", site="Right anterior shin", reasons=["c1"],
          note="0.8 cm friable bleeding red papule, removed flush at the base by shave; electrocautery; to path."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Ines Castellanos, MD     DOS: 04/30/2026
Patient: Irene Beaumont, 76 F

S/p L cheek rotation flap 03/30/2026 - healing well, not addressed further today.
New: red bump R shin x 3 weeks, bleeds through her stockings daily.

Procedure: Shave removal
Location: R anterior shin
Size: 0.8 cm
Technique: removed entirely at base with Dermablade, ED of base, AlCl3
Pathology: sent

Path to follow. Vaseline + bandage.

Ines Castellanos, MD
""",
    "path": [{"text": "Skin, right shin, shave: lobular capillary hemangioma (pyogenic granuloma), base cauterized.",
              "site": "Right shin", "date": "2026-05-04"}],
    "expected": E([L("11301", 1, "79")], ["global-period"], dx={"11301": ["L98.0"]}),
    "coder_note": "Shave removal (whole lesion) TAL 0.8 cm -> 11301. New, unrelated lesion during the 90-day global of "
                  "the 03/30 flap (14040, 090) -> 79 (GS-5).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: repair, shave, skin-tags, destruction (warts)
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s47-rep-gravel-fall-lacerations-keyed-per-wound",
    "family": "repair", "shape": "pre-coded",
    "description": "Simple repairs R forearm 2.0 + R hand 3.5 keyed 12001 + 12002, L brow 1.5 keyed 12011: correct 12002 + 12011; UHC",
    "date": "2026-06-04",
    "patient": ("Marlowe", "Trent", "1991-05-05", "male"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body, right forearm", "S51.811A", "Right forearm", reason=True),
        C("c2", "Laceration without foreign body, right hand", "S61.411A", "Right dorsal hand", reason=True),
        C("c3", "Laceration without foreign body, left eyebrow", "S01.112A", "Left eyebrow", reason=True),
    ],
    "procedures": [
        P("SIMPLE REPAIR TRUNK/EXT 2.5 CM OR LESS", "12001", "Right forearm", reasons=["c1"], note="qty 1"),
        P("SIMPLE REPAIR TRUNK/EXT 2.6-7.5 CM", "12002", "Right hand", reasons=["c2"], note="qty 1"),
        P("SIMPLE REPAIR FACE 2.5 CM OR LESS", "12011", "Left eyebrow", reasons=["c3"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Chidi Okonkwo, MD        DOS: 06/04/2026
Patient: Trent Marlowe

Fell off bike on a gravel path 2 h ago (here for a scheduled skin check, walked in bleeding). Tetanus
up to date (2022). No LOC.

Procedure: Laceration repair, simple
Location: R volar forearm | Length: 2.0 cm | single layer 4-0 nylon interrupted
Location: R dorsal hand | Length: 3.5 cm | single layer 4-0 nylon interrupted
Location: L eyebrow | Length: 1.5 cm | single layer 5-0 Prolene; brow not shaved
Wound prep: irrigated with 250 mL saline, small amount of grit removed easily; wounds not heavily
contaminated, no deep tissue involvement, no tendon exposure.
Anesthesia: 1% lidocaine w/ epi 5 mL total

Skin check postponed to next month. Sutures out: face 5 days, hand/forearm 10 days.

Chidi Okonkwo, MD
""",
    "expected": E([L("12002"), L("12011")], ["coding-correction"]),
    "coder_note": "REP-1: add simple repairs in the same group: forearm 2.0 + hand 3.5 = 5.5 cm -> 12002 x1 (12002/12001 "
                  "indicator 0). Eyebrow is the face group -> 12011, no edit with 12002.",
})

SCENARIOS.append({
    "id": "s47-rep-chin-complex-one-cm",
    "family": "repair", "shape": "free-text",
    "description": "Chin laceration 1.0 cm with edge debridement and layered closure: complex <= 1.0 cm -> 12051; Aetna",
    "date": "2026-06-09",
    "patient": ("Fitzhugh", "Noelle", "1998-10-02", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Laceration without foreign body, chin", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Complex repair chin", site="Chin", reasons=["c1"],
          note="Ragged 1.0 cm stellate laceration. Edges debrided/trimmed with iris scissors, 5-0 Monocryl deep, "
               "6-0 Prolene. Final repair length 1.0 cm."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 06/09/2026
Patient: Noelle Fitzhugh

Hit chin on a cabinet door this morning. Tetanus 2021.

Procedure: Laceration repair
Location: chin, midline
Length: 1.0 cm (after debridement)
Technique: irrigation; ragged devitalized edges debrided sharply; layered closure - 5-0 Monocryl buried x 2,
6-0 Prolene interrupted x 4
Anesthesia: 1% lidocaine w/ epi 1 mL

Sutures out day 5. Scar care reviewed.

Samuel Weiss, MD
""",
    "expected": E([L("12051")], dx={"12051": ["S01.81XA"]}),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple/intermediate; layered closure on the "
                  "face (chin) -> 12051.",
})

SCENARIOS.append({
    "id": "s47-rep-scalp-neck-hand-three-groups",
    "family": "repair", "shape": "note-only",
    "description": "Layered scalp 4.0 cm (12032) + layered neck 2.0 cm (12041) + simple L hand 1.0 cm (12001); Medicaid",
    "date": "2026-06-11",
    "patient": ("Okoye", "Ifeanyi", "1989-01-13", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Laceration without foreign body, scalp", "S01.01XA", "Occipital scalp", reason=True),
        C("c2", "Laceration without foreign body, neck", "S11.81XA", "Left lateral neck", reason=True),
        C("c3", "Laceration without foreign body, left hand", "S61.412A", "Left dorsal hand", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Rafael Santos              DOS: 06/11/2026
Patient: Ifeanyi Okoye

Cut by falling glass shelf in the stockroom at work 1 h ago. Tetanus Tdap 2024. No glass seen on exam or
in wounds after exploration.

Procedure: Laceration repairs
1) Occipital scalp - 4.0 cm - intermediate: galea intact, 3-0 Vicryl deep dermal, staples to skin
2) L lateral neck - 2.0 cm - intermediate: 4-0 Monocryl deep, 5-0 nylon interrupted
3) L dorsal hand - 1.0 cm - simple: 4-0 nylon x 2
Irrigation: saline 500 mL, clean wounds.
Anesthesia: 1% lidocaine w/ epi 8 mL

Staples/sutures out: neck 7 d, scalp and hand 10 d. Work note given.

Rafael Santos
""",
    "expected": E([L("12032"), L("12041"), L("12001")]),
    "coder_note": "REP-1/REP-2: each complexity and site group separately - intermediate scalp 4.0 cm -> 12032; "
                  "intermediate neck 2.0 cm -> 12041; simple hand 1.0 cm -> 12001. No PTP edits among them.",
})

SCENARIOS.append({
    "id": "s47-sh-keyed-trunk-codes-helix-neck",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal inflamed SKs L helix 0.7 cm + R neck 0.4 cm keyed 11300 x2: correct 11311 + 11305; Medicare FFS",
    "date": "2026-06-16",
    "patient": ("Whitmore", "Agnes", "1942-02-18", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left helix", "L82.0", "Left helix", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right neck", "L82.0", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("SHAVE TRUNK/ARM/LEG 0.5 CM OR LESS", "11300", "Left ear", reasons=["c1"], note="qty 1"),
        P("SHAVE TRUNK/ARM/LEG 0.5 CM OR LESS", "11300", "Right neck", reasons=["c2"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Samuel Weiss, MD          DOS: 06/16/2026
Patient: Agnes Whitmore, 84 F

Two crusted growths - L ear rubs on phone and bleeds, R neck catches on necklace, red and sore.

Procedure: Shave removal
Location: L helix
Size: 0.7 cm
Technique: Dermablade, flush with skin, AlCl3

Procedure: Shave removal
Location: R lateral neck
Size: 0.4 cm
Technique: Dermablade, AlCl3

Pathology: both sent.

Samuel Weiss, MD
""",
    "path": [
        {"text": "A. Skin, left helix, shave: irritated seborrheic keratosis.", "site": "Left helix",
         "date": "2026-06-19"},
        {"text": "B. Skin, right neck, shave: irritated seborrheic keratosis.", "site": "Right neck",
         "date": "2026-06-19"},
    ],
    "expected": E([L("11311"), L("11305")], ["coding-correction"],
                  dx={"11311": ["L82.0"], "11305": ["L82.0"]}),
    "coder_note": "SH-1: ear is FEENLM (0.7 cm -> 11311); neck is SNHFG (0.4 cm -> 11305). Bleeding/inflamed SKs meet "
                  "BSL-3, so no GY.",
})

SCENARIOS.append({
    "id": "s47-sh-two-nevi-one-size-missing",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of 2 irritated nevi: back 0.9 cm (11301); chest size not documented -> no line; Cigna",
    "date": "2026-06-18",
    "patient": ("Ravenscroft", "Tobias", "1980-08-08", "male"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Irritated nevus, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Irritated nevus, mid chest", "D22.5", "Mid chest", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: June Abernathy, MD       DOS: 06/18/2026
Patient: Tobias Ravenscroft

Two raised moles that catch on his backpack strap / chest hair trimmer and bleed repeatedly.

Procedure: Shave removal
Location: L upper back
Size: 0.9 cm
Technique: deep shave, complete removal, AlCl3
Pathology: A

Procedure: Shave removal
Location: mid chest
Size:
Technique: deep shave, complete removal, AlCl3
Pathology: B

Both benign-appearing, symmetric, uniform. Tolerated well.

June Abernathy, MD
""",
    "path": [
        {"text": "A. Skin, left upper back, shave: intradermal nevus.", "site": "Left upper back",
         "date": "2026-06-22"},
        {"text": "B. Skin, mid chest, shave: intradermal nevus, 0.6 cm in greatest dimension.",
         "site": "Mid chest", "date": "2026-06-22"},
    ],
    "expected": E([L("11301")], ["missing-documentation"], dx={"11301": ["D22.5"]}),
    "coder_note": "Back nevus 0.9 cm TAL -> 11301. Chest lesion size left blank; the pathology specimen size is not the "
                  "clinical lesion diameter -> no shave line + missing-documentation (README coding decisions).",
})

SCENARIOS.append({
    "id": "s47-sh-keyed-biopsy-intent-removal",
    "family": "shave", "shape": "pre-coded",
    "description": "Superbill 11102 for a complete shave removal of 1.2 cm irritated SK R forearm -> 11302; MA HMO",
    "date": "2026-06-23",
    "patient": ("Hollister", "Marvin", "1948-12-12", "male"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right forearm", "L82.0", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("TANGENTIAL BX 1ST LESION", "11102", "Right forearm", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Ines Castellanos, MD     DOS: 06/23/2026
Patient: Marvin Hollister, 77 M

Thick crusted growth R forearm, catches on his watch band and shirt cuffs, bled twice this week.
Clinically an irritated SK; patient wants it off.

Procedure: Shave removal
Location: R dorsal forearm
Size: 1.2 cm
Intent: complete removal of the lesion (therapeutic), not sampling
Technique: Dermablade, entire lesion removed flush with the skin; AlCl3
Pathology: sent for confirmation

Vaseline and bandage daily.

Ines Castellanos, MD
""",
    "path": [{"text": "Skin, right forearm, shave: inflamed seborrheic keratosis, base transected.",
              "site": "Right forearm", "date": "2026-06-26"}],
    "expected": E([L("11302")], ["coding-correction"], dx={"11302": ["L82.0"]}),
    "coder_note": "BX-4: intent was complete removal -> shave removal, not tangential biopsy, even with tissue sent to "
                  "path. TAL 1.2 cm -> 11302.",
})

SCENARIOS.append({
    "id": "s47-tag-24-tags-11201-keyed-per-tag",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "24 irritated skin tags neck/axillae keyed 11200 + 11201 qty 9: correct 11200 + 11201 x1; BCBS",
    "date": "2026-06-25",
    "patient": ("Bellamy", "Roxanne", "1975-03-21", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae, irritated and bleeding", "L91.8", "Neck, bilateral axillae",
          reason=True),
    ],
    "procedures": [
        P("REMOVAL SKIN TAGS UP TO 15", "11200", "Neck/axillae", reasons=["c1"], note="qty 1"),
        P("REMOVAL SKIN TAGS EA ADDL 10", "11201", "Neck/axillae", reasons=["c1"], note="qty 9"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: Chidi Okonkwo, MD        DOS: 06/25/2026
Patient: Roxanne Bellamy

Skin tags neck and underarms, twist and bleed with necklaces and bra straps, several red and inflamed today.

Procedure: Removal of skin tags
Location: neck 10, R axilla 8, L axilla 6
Number of lesions: 24
Technique: snip excision with iris scissors, AlCl3 hemostasis

No specimens. Tolerated well.

Chidi Okonkwo, MD
""",
    "expected": E([L("11200"), L("11201")], ["coding-correction"], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers up to 15 tags; 11201 = each additional 10 or part: ceil((24-15)/10) = 1 unit (the "
                  "superbill keyed the 9 extra tags as units). Symptomatic tags (bleeding, inflamed) are covered.",
})

SCENARIOS.append({
    "id": "s47-tag-nine-axillary-medicare-symptomatic",
    "family": "skin-tags", "shape": "free-text",
    "description": "Nine bleeding/irritated axillary tags removed -> 11200; hand lentigines declined; Medicare FFS",
    "date": "2026-06-30",
    "patient": ("Cartwright", "Eleanor", "1951-04-04", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, axillae, irritated with bleeding", "L91.8", "Bilateral axillae", reason=True),
        C("c2", "Solar lentigines, dorsal hands", "L81.4", "Dorsal hands"),
    ],
    "procedures": [
        P("Snip removal skin tags", site="Bilateral axillae", reasons=["c1"],
          note="9 pedunculated tags (R 5, L 4), several crusted/bleeding from rubbing; snipped with gradle scissors, "
               "Drysol."),
        P("IPL/laser lentigines", site="Dorsal hands", status="not-done",
          note="Cosmetic - patient declined after cost discussion."),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Provider: June Abernathy, MD       DOS: 06/30/2026
Patient: Eleanor Cartwright, 75 F

Skin tags in both armpits catch on bra and deodorant applicator, bleed and get sore.
Exam: 9 pedunculated skin tags (5 R, 4 L axilla), several with hemorrhagic crust and erythema.
Also brown flat spots on hands = solar lentigines; asked about laser - cosmetic, self-pay; she declined.

Procedure: Removal of skin tags
Location: bilateral axillae
Number of lesions: 9
Technique: snip, Drysol

June Abernathy, MD
""",
    "expected": E([L("11200")], dx={"11200": ["L91.8"]}),
    "coder_note": "9 tags -> 11200 x1. Bleeding/inflamed tags meet BSL-3 (a, g), so no GY. Lentigo treatment declined.",
})

SCENARIOS.append({
    "id": "s47-ds-warts-new-pt-em-removed",
    "family": "destruction", "shape": "free-text",
    "description": "New pediatric pt with 6 hand warts, LN2 -> 17110; 99203 selected for the wart visit only -> removed; Medicaid",
    "date": "2026-07-02",
    "patient": ("Villarreal", "Mateo", "2015-09-19", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20, "em": "99203",
    "conditions": [
        C("c1", "Common warts (verruca vulgaris), fingers and hands", "B07.8", "Bilateral hands/fingers",
          reason=True),
    ],
    "procedures": [
        P("Cryotherapy warts", site="R index, R thumb, L middle finger, L palm", reasons=["c1"],
          note="6 verrucae, LN2 2 freeze-thaw cycles each. Painful when writing/gripping; spreading."),
    ],
    "note_title": "New Patient Visit",
    "note": HDR + """Provider: Ines Castellanos, MD     DOS: 07/02/2026
Patient: Mateo Villarreal, 10 M - NEW PATIENT, with mother

CC: warts on hands x 1 yr, spreading, hurt when he writes. OTC salicylic acid x 2 months, no help.
PMH: healthy. Meds: none. NKDA.
Exam: 6 verrucous papules - R index finger 2, R thumb 1, L middle finger 2, L palm 1 (0.3-0.6 cm).

A/P: Verruca vulgaris, hands.
Procedure: Cryotherapy (LN2), benign lesions | Number of lesions: 6 | Technique: 2 freeze-thaw cycles
Cantharidin discussed as an alternative - not used today.
Continue salicylic acid nightly between visits. RTC 3-4 weeks for repeat.

Ines Castellanos, MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "Up to 14 benign lesions -> 17110 x1. The only problem addressed was the warts treated; being a new "
                  "patient does not by itself justify an E/M (GS-3) -> 99203 removed.",
})

SCENARIOS.append({
    "id": "s47-mohs-vertex-sameday-punch-frozen-keyed-xs",
    "family": "mohs", "shape": "pre-coded",
    "description": "Never-biopsied vertex scalp tumor: same-day punch bx + frozen section then Mohs 2 stages; superbill "
                   "keyed XS on 11104 and nothing on 88331 -> both 59; repair by plastics; Medicare NGS",
    "date": "2026-07-07",
    "patient": ("Tremaine", "Horace", "1940-05-14", "male"),
    "provider": "lindgren", "payer": "medicare-ngs", "minutes": 140,
    "conditions": [
        C("c1", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("PUNCH BX 1ST LESION (mod XS)", "11104", "Vertex scalp", reasons=["c1"], note="Superbill: 11104-XS, qty 1"),
        P("FROZEN SECTION 1ST BLOCK", "88331", "Vertex scalp", reasons=["c1"], note="qty 1"),
        P("MOHS HEAD/NECK 1ST STAGE", "17311", "Vertex scalp", reasons=["c1"], note="qty 1"),
        P("MOHS HEAD/NECK ADDL STAGE", "17312", "Vertex scalp", reasons=["c1"], note="qty 1"),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """MOHS SURGERY - Astrid Lindgren, MD (surgeon and pathologist)      DOS: 07/07/2026
Patient: Horace Tremaine, 86 M

Referred by PCP for a 1.6 cm keratotic nodule on the vertex scalp, growing x 4 months. Never biopsied; no
pathology on file. Lives 2.5 h away, frail - asked for a single visit.

Procedure: Punch biopsy for frozen section (diagnostic)
Location: vertex scalp, center of nodule
Technique: 4 mm punch; frozen section processed in our lab and read by me before any surgery.
Frozen section result: invasive SCC, well differentiated. Mohs decided on the basis of this result.

Mohs micrographic surgery, vertex scalp:
Stage 1: 4 tissue blocks - SCC at deep margin, block 3.
Stage 2: 1 tissue block - clear.
Total: 2 stages, 5 blocks.

Final defect 2.6 x 2.3 cm to galea. Closure NOT done by me: patient goes to Dr. Patel (plastic surgery)
tomorrow morning for repair, billed by her office. Petrolatum + pressure dressing.

Astrid Lindgren, MD
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")], ["modifier"],
                  dx={"17311": ["C44.42"]}),
    "coder_note": "MOHS-5(a)/BX-5 and README coding decisions: diagnostic biopsy + frozen section of a never-biopsied "
                  "lesion on the Mohs day, result decided the Mohs -> 59 on the biopsy and on 88331 (same lesion, so "
                  "not XS). 2 stages, no stage over 5 blocks -> 17311 + 17312. Repair billed by another surgeon.",
})
