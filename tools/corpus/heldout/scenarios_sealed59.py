"""Sealed set 59 (s59-): Cedar Hollow Dermatology, whose EHR procedure template ("DermQA") records every
procedure as question/answer pairs, some follow-up questions left unanswered, plus a short free-text assessment.

Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
("File format", "Coding decisions") only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "CEDAR HOLLOW DERMATOLOGY - DermQA v4 procedure/visit template\n"

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: biopsy, cosmetic, destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s59-bx-punch-and-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "Three biopsies, one punch (back) and two tangential (shin, forearm); no E/M; Medicare FFS",
    "date": "2025-03-11",
    "patient": ("Thornquist", "Marigold", "1953-08-14", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic compound nevus, mild atypia, right upper back", "D22.5", "Right upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left shin", "D04.72", "Left anterior shin", reason=True),
        C("c3", "Actinic keratosis, hypertrophic, left forearm", "L57.0", "Left dorsal forearm", reason=True),
    ],
    "path": [
        {"text": "A. Skin, right upper back, punch: compound dysplastic nevus with mild cytologic atypia.",
         "site": "Right upper back"},
        {"text": "B. Skin, left shin, shave: squamous cell carcinoma in situ (Bowen disease), extends to base.",
         "site": "Left anterior shin"},
        {"text": "C. Skin, left forearm, shave: hypertrophic actinic keratosis.", "site": "Left dorsal forearm"},
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """Visit type: procedure visit (est. pt) - Okafor
Pt: Marigold Thornquist, 71F

Q: Reason for today's visit?
A: Three spots flagged at her January skin check; returns for sampling as planned.
Q: Any new concerns since last visit?
A: No.
Q: Was a biopsy performed today?
A: Yes - 3 sites.
Q: Biopsy #1 - technique / site / clinical size?
A: Punch 4 mm - R upper back (mid-scapular) - 0.7 cm irregularly pigmented macule
Q: Closure for #1?
A: 1 simple interrupted 4-0 nylon
Q: Biopsy #2 - technique / site / clinical size?
A: Shave (tangential) - L anterior shin - 1.1 cm pink scaly plaque
Q: Biopsy #3 - technique / site / clinical size?
A: Shave (tangential) - L dorsal forearm - 0.5 cm hyperkeratotic papule
Q: Hemostasis?
A: AlCl3 for #2 and #3
Q: Destruction of any lesion today?
A: No
Q: Separate E/M service today?
A: No - procedure only
Q: Specimens labeled and sent?
A: Yes, 3 jars (A-C)
Q: Wound care reviewed?
A: Yes; suture out in 12-14 days
Q: Photo taken?
A:

Assessment: three lesions sampled as planned, path pending. Will call with results; if the shin lesion is
Bowen's we'll discuss treatment options at the suture visit.
Signed A. Okafor MD
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential, so 11104 is the primary and each tangential biopsy takes 11103 "
                  "(x2). Procedure-only visit, no E/M.",
})

SCENARIOS.append({
    "id": "s59-bx-deleted-codes-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded 11100 + 11101 (deleted 2018) for two shave biopsies (cheek, temple); commercial",
    "date": "2025-04-02",
    "patient": ("Vantongeren", "Rolf", "1966-01-29", "male"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left cheek", "C44.319", "Left cheek", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right temple", "L82.0", "Right temple", reason=True),
    ],
    "procedures": [
        P("Skin biopsy, single lesion", "11100", "Left cheek",
          "Tangential (shave) biopsy of 0.6 cm pearly papule with DermaBlade; AlCl3 hemostasis.", ["c1"]),
        P("Skin biopsy, each separate additional lesion", "11101", "Right temple",
          "Tangential (shave) biopsy of 0.8 cm crusted, irritated keratotic papule; AlCl3.", ["c2"]),
    ],
    "path": [
        {"text": "A. Left cheek, shave biopsy: basal cell carcinoma, nodular pattern.", "site": "Left cheek"},
        {"text": "B. Right temple, shave biopsy: irritated (inflamed) seborrheic keratosis.", "site": "Right temple"},
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """Provider: W. Chen MD     Pt: Rolf Vantongeren (59M)

Q: Was a biopsy performed today?
A: Yes
Q: How many lesions?
A: Two
Q: Lesion 1: technique, site, size
A: shave/tangential, L cheek, 0.6 cm pearly papule with telangiectasia
Q: Lesion 2: technique, site, size
A: shave/tangential, R temple, 0.8 cm crusted keratotic papule, pt picks at it, bled twice
Q: Punch or incisional biopsy?
A: No
Q: Repair?
A: No
Q: Other procedures?
A: None
Q: Anticoagulants?
A: None

Assessment: r/o BCC L cheek; irritated keratosis vs SCC R temple. Both sampled. Results to pt via portal.
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"], dx={"11102": ["C44.319"]}),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1). Two tangential biopsies -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s59-bx-incisional-plus-punch-em25",
    "family": "biopsy", "shape": "free-text",
    "description": "Psoriasis flare with Rx change (99214-25) plus incisional thigh biopsy and punch arm biopsy; MA",
    "date": "2025-05-20",
    "patient": ("Ibekwe", "Chinonso", "1958-11-03", "male"),
    "provider": "baptiste", "payer": "medicare-advantage", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flaring", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Localized scleroderma (morphea), left thigh", "L94.0", "Left lateral thigh", reason=True),
        C("c3", "Dermatofibroma, right upper arm", "D23.61", "Right posterior upper arm", reason=True),
    ],
    "procedures": [
        P("Incisional (wedge) skin biopsy", site="Left lateral thigh",
          note="Full-thickness wedge taken with #15 blade through to subcutis from the edge of a 3.5 cm indurated "
               "plaque; simple closure 4-0 nylon x3.", reasons=["c2"]),
        P("Punch biopsy 4 mm", site="Right posterior upper arm",
          note="4 mm punch of 0.6 cm firm brown papule; 1 simple suture.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Left thigh, incisional: morphea (inflammatory stage).", "site": "Left lateral thigh"},
        {"text": "B. Right upper arm, punch: dermatofibroma.", "site": "Right posterior upper arm"},
    ],
    "note_title": "DermQA Office Visit + Procedure",
    "note": HDR + """Est pt - M. Baptiste MD - 66M

Q: Chief complaint?
A: (1) psoriasis much worse x6 wk since stopping clobetasol; (2) hard patch L thigh x4 mo; (3) bump R arm
Q: Psoriasis - BSA today?
A: ~8% - elbows, knees, scalp, new guttate-like papules trunk
Q: Current psoriasis treatment?
A: none for 6 wk (ran out)
Q: Plan for psoriasis?
A: restart clobetasol 0.05% oint BID x2 wk then weekends; start calcipotriene cream; discussed biologic if
   no better at 8 wk - labs (QuantiFERON, CMP) ordered today in anticipation
Q: Biopsy performed today?
A: Yes x2
Q: Biopsy 1 technique?
A: incisional/wedge, scalpel, full thickness into fat, edge of indurated plaque L lateral thigh
Q: Biopsy 2 technique?
A: punch 4 mm, R posterior upper arm
Q: Intermediate (layered) closure?
A: No - simple only
Q: Separate E/M documented?
A: Yes - psoriasis flare management is separate from the two biopsied lesions

Assessment/Plan:
- Psoriasis vulgaris, flaring off therapy - Rx as above, RTC 8 wk.
- Indurated plaque L thigh - r/o morphea vs panniculitis, incisional bx sent.
- Firm papule R arm - probable dermatofibroma, punch bx for confirmation at pt request (it has grown).
""",
    "expected": E([L("99214", 1, "25"), L("11106"), L("11105")], dx={"99214": ["L40.0"], "11106": ["L94.0"]}),
    "coder_note": "BX-2: incisional is the primary (11106), the punch takes its own add-on 11105. Psoriasis flare with "
                  "prescription management is significant and separate from the biopsies -> 99214-25 (GS-3).",
})

SCENARIOS.append({
    "id": "s59-bx-eight-tangential-mue",
    "family": "biopsy", "shape": "note-only",
    "description": "Kidney-transplant patient, eight tangential biopsies; 11103 x7 capped at MUE 6; Medicare FFS",
    "date": "2025-06-17",
    "patient": ("Halloran", "Desmond", "1955-02-22", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "path": [
        {"text": "A R dorsal hand: SCC, well differentiated. B L dorsal hand: SCCIS. C R forearm: AK. D L forearm: "
                 "SCC, keratoacanthoma type. E scalp vertex: AK. F R preauricular cheek: SCCIS. "
                 "G L upper back: ISK. H R shin: SCCIS."},
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """Lindqvist - transplant skin clinic - Desmond Halloran 70M (renal tx 2011, tacrolimus/MMF)

Q: Reason for visit?
A: q3mo transplant surveillance; multiple new keratotic papules
Q: Was a biopsy performed today?
A: Yes
Q: Number of biopsies?
A: 8 (eight)
Q: Technique?
A: All tangential (shave/saucerization) with DermaBlade
Q: Sites (A-H)?
A: A R dorsal hand 0.9 cm; B L dorsal hand 0.7 cm; C R extensor forearm 0.5 cm; D L forearm 1.2 cm crateriform;
   E scalp vertex 0.6 cm; F R preauricular cheek 0.5 cm; G L upper back 0.8 cm; H R anterior shin 1.0 cm
Q: Any punch or excisional biopsies?
A: No
Q: Destruction of any additional AKs today?
A: Not today - plan field treatment (5-FU) after results
Q: Hemostasis?
A: AlCl3 / light hyfrecation
Q: Separate E/M?
A: No
Q: Immunosuppression discussed with nephrology?
A:

Assessment: high-risk transplant recipient with multiple suspicious keratoses, 8 shave biopsies. Will
schedule excisions/ED&C per pathology.
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "Eight tangential biopsies = 11102 + 11103 x7; 11103 MUE is 6 (MAI 3), so the line is capped at 6 "
                  "with an mue finding (tests/corpus README).",
})

SCENARIOS.append({
    "id": "s59-cos-sk-cryo-medicare-gy-gx",
    "family": "cosmetic", "shape": "note-only",
    "description": "Asymptomatic SKs frozen for appearance, voluntary ABN signed; Medicare FFS -> 17110-GY-GX",
    "date": "2025-04-22",
    "patient": ("Pellegrino", "Annunziata", "1949-06-30", "female"),
    "provider": "ramirez", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, forehead and cheeks", "L82.1", "Forehead, bilateral cheeks", reason=True),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """S. Ramirez MD - est pt - 75F

Q: Reason for visit?
A: Wants "brown spots" on face removed before granddaughter's wedding in June
Q: Symptoms (itch / bleeding / pain / irritation / inflammation)?
A: None - denies all. Not changing.
Q: Diagnosis certain clinically?
A: Yes - classic stuck-on SKs, dermoscopy benign
Q: Procedure performed?
A: Yes - cryotherapy (LN2)
Q: Number of lesions treated?
A: 6
Q: Sites?
A: forehead x3, R cheek x2, L cheek x1
Q: Medical indication for removal?
A: None - cosmetic, patient request
Q: Advance notice / ABN?
A: Yes - voluntary notice signed today that Medicare does not cover cosmetic removal; pt elects to proceed
   and understands she will be billed
Q: Biopsy?
A: No

Assessment: benign SKs face, removed for cosmetic reasons at patient request. Post-cryo care sheet given.
""",
    "expected": E([L("17110", 1, "GY", "GX")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK removal is cosmetic (statutorily excluded) for Medicare FFS -> GY, plus "
                  "GX because a voluntary notice was signed. 6 benign lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s59-cos-glycolic-peel-commercial",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Pre-coded 15788 facial glycolic peel for photoaging, commercial -> removed, patient self-pay",
    "date": "2025-02-13",
    "patient": ("Farrow-Singh", "Leela", "1979-09-09", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Encounter for cosmetic procedure (photoaging, fine lines)", "Z41.1", "Face", reason=True),
    ],
    "procedures": [
        P("Chemical peel, facial, epidermal", "15788", "Full face",
          "Glycolic acid 35%, 3 min contact, neutralized. Cosmetic series #2 of 4.", ["c1"]),
    ],
    "note_title": "DermQA Aesthetic Procedure",
    "note": HDR + """H. Voss MD - aesthetic visit - 45F

Q: Procedure?
A: superficial chemical peel, glycolic 35%, full face
Q: Indication?
A: fine lines, dull texture, mild uneven tone - cosmetic; no acne, no AKs, no melasma dx
Q: Series number?
A: 2 of 4
Q: Prior peel reaction?
A: mild erythema x24h only
Q: Any medical diagnosis treated?
A: No
Q: Financial policy?
A: Self-pay aesthetic package quoted; front desk to collect
Q: Pre-treatment with tretinoin?
A:

Assessment: cosmetic facial rejuvenation. Tolerated well. Next peel in 3-4 weeks.
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "COS-2 / conventions 'Non-Medicare cosmetic services': cosmetic peel for a commercial payer is not "
                  "put on the claim; line removed with a cosmetic finding.",
})

SCENARIOS.append({
    "id": "s59-ds-ak-nine-cryo",
    "family": "destruction", "shape": "note-only",
    "description": "Nine AKs (face 5, scalp 4) frozen; PDT mentioned only as a future option; Medicare (name only)",
    "date": "2025-01-28",
    "patient": ("Rasmussen", "Torvald", "1944-12-05", "male"),
    "provider": "pike", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face and scalp", "L57.0", "Face and scalp", reason=True),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """J. Pike - 80M - est pt

Q: Procedure performed today?
A: Destruction of premalignant lesions (cryo, LN2, 2 freeze-thaw cycles)
Q: Lesion type?
A: Actinic keratoses - gritty erythematous scaly papules
Q: Number of lesions treated?
A: 9
Q: Distribution?
A: face 5 (nose 2, L cheek 2, R temple 1); scalp 4 (vertex/frontal)
Q: Biopsy?
A: No - all clinically typical
Q: PDT discussed?
A: Yes - if numerous recurrences at 6 mo, consider ALA-PDT to scalp in spring. Not done today.
Q: Separate E/M?
A: No
Q: Sunscreen counseling?
A: Yes

Assessment: multiple AKs, cryo x9. RTC 6 months.
""",
    "expected": E([L("17000"), L("17003", 8)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 9 AKs -> 17000 + 17003 x8. PDT is a future option only, not coded.",
})

SCENARIOS.append({
    "id": "s59-ds-ak-seventeen-precoded-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "17 AKs pre-coded as 17000 + 17003 x16 -> 17004 x1; Medicare FFS",
    "date": "2025-03-04",
    "patient": ("Kowalczyk", "Bernadette", "1947-04-18", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forearms, hands", "L57.0", "Scalp, bilateral forearms and hands",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Scalp", "LN2 cryo, 1 lesion (first).", ["c1"]),
        P("Destruction premalignant lesions, 2-14, each", "17003", "Scalp, forearms, hands",
          "Billed 17003 x 16 units (lesions 2-17).", ["c1"]),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """R. Nakamura MD - 77F - AK follow-up

Q: Lesions treated?
A: actinic keratoses
Q: Method?
A: cryotherapy LN2, 10-sec freeze x2
Q: Number of lesions treated?
A: 17 (seventeen)
Q: Breakdown by site?
A: scalp 6, R forearm 4, L forearm 3, R dorsal hand 2, L dorsal hand 2
Q: Biopsy?
A: No
Q: Field therapy?
A: declined 5-FU again
Q: Next visit?
A: 4 months

Assessment: extensive AKs, 17 treated with cryo.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003; 17003 x16 also exceeds "
                  "its MUE of 13.",
})

SCENARIOS.append({
    "id": "s59-ds-ak-count-blank-plus-punch",
    "family": "destruction", "shape": "free-text",
    "description": "AK cryo with the lesion-count answer left blank (no destruction line) plus punch biopsy of chest BCC",
    "date": "2025-05-06",
    "patient": ("Oyelaran", "Gideon", "1950-10-10", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, dorsal hands and forearms", "L57.0", "Dorsal hands and forearms", reason=True),
        C("c2", "Superficial basal cell carcinoma, left upper chest", "C44.519", "Left upper chest", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of actinic keratoses", site="Dorsal hands and forearms",
          note="LN2, 2 freeze-thaw cycles. Number of lesions treated: ____", reasons=["c1"]),
        P("Punch biopsy 3 mm", site="Left upper chest",
          note="3 mm punch of 1.0 cm scaly pink patch; one simple suture.", reasons=["c2"]),
    ],
    "path": [{"text": "Left upper chest, punch: superficial basal cell carcinoma.", "site": "Left upper chest"}],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """R. Santos PA-C - 74M

Q: Procedures today?
A: cryo of AKs; punch bx L upper chest
Q: Cryo - lesion type?
A: AK
Q: Cryo - number of lesions treated?
A:
Q: Cryo - sites?
A: dorsal hands + forearms bilat
Q: Biopsy - technique/size?
A: punch 3 mm; lesion 1.0 cm pink scaly patch L upper chest, not healing x3 mo
Q: Biopsy - closure?
A: 1 simple 4-0 nylon
Q: Separate E/M?
A: No

Assessment: AKs treated with cryo (count to be added - not yet documented); r/o sBCC chest - punch sent.
""",
    "expected": E([L("11104")], topics=["missing-documentation"], dx={"11104": ["C44.519"]}),
    "coder_note": "README 'Coding decisions': no AK count -> no 17000/17003/17004 line + missing-documentation. The "
                  "punch biopsy of the separate chest lesion stands alone.",
})

SCENARIOS.append({
    "id": "s59-ds-edc-sbcc-upper-back",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven sBCC upper back, final defect 1.4 cm -> 17262; prior biopsy 000 global; commercial",
    "date": "2025-06-10",
    "patient": ("Lindahl", "Cormac", "1961-07-19", "male"),
    "provider": "halvorsen", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage, malignant lesion", site="Right upper back",
          note="Biopsy-proven sBCC (5/20/2025). Pre-treatment lesion 0.9 cm. Curettage and electrodesiccation x3 "
               "cycles. Final defect diameter 1.4 cm.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-05-20", "11102", "Tangential biopsy", "Right upper back",
                    "Shave biopsy, 0.9 cm pink scaly macule. Path: superficial BCC.")],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """K. Halvorsen MD - 63M

Q: Procedure?
A: ED&C, malignant lesion
Q: Diagnosis / path on file?
A: superficial BCC, R upper back (shave bx 05/20/2025, acc. CH25-4471)
Q: Lesion size before treatment?
A: 0.9 cm
Q: Number of cycles?
A: 3
Q: Final defect (after curettage)?
A: 1.4 cm
Q: Repair?
A: No - second intention
Q: Other lesions treated?
A: No
Q: Anesthesia?
A: 1% lido w/ epi 2 mL

Assessment: sBCC R upper back treated with ED&C. Wound care reviewed. Skin check 6 mo.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction on the trunk sized by the final curettage defect 1.4 cm -> 17262. The "
                  "prior biopsy was a 000-global service three weeks earlier, so no global-period modifier.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: E/M, benign excision, malignant excision, I&D
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s59-em-screening-skin-check-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Screening-only full-skin exam, no history, no complaint, nothing found; Medicare FFS -> 99212-GY",
    "date": "2025-02-04",
    "patient": ("Abernethy-Cole", "Winston", "1956-03-27", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "DermQA Office Visit",
    "note": HDR + """W. Chen MD - est pt (last seen 2021 for seb derm, resolved) - 68M

Q: Reason for visit?
A: "Yearly skin check" - wife's idea. No spots he is worried about.
Q: New, changing, bleeding or itchy lesions?
A: None reported
Q: Personal history of skin cancer?
A: No
Q: Family history of melanoma?
A: No
Q: Prior biopsies?
A: None
Q: Exam?
A: Full skin exam incl. scalp, nails, soles, genitalia deferred per pt. No suspicious lesions; nothing
   requiring treatment or follow-up.
Q: Procedure performed today?
A: No
Q: Prescriptions?
A: None
Q: Education?
A: SPF 30+, self-exam reviewed

Assessment: skin cancer screening, normal exam. No diagnoses addressed other than screening.
""",
    "expected": E([L("99212", 1, "GY")], dx={"99212": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; screening-only exam with no history, "
                  "complaint or finding -> provider's E/M level kept with GY.",
})

SCENARIOS.append({
    "id": "s59-em-new-pt-plantar-wart-decision-only",
    "family": "em", "shape": "free-text",
    "description": "New teen patient, single painful plantar wart frozen; 99203 only the decision to treat -> removed; Medicaid",
    "date": "2025-03-18",
    "patient": ("Delacroix", "Mateo", "2010-12-01", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 15, "em": "99203",
    "conditions": [
        C("c1", "Plantar wart, right heel, painful", "B07.0", "Right plantar heel", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of wart", site="Right plantar heel",
          note="Pared lightly, LN2 x2 cycles to 1 lesion (0.7 cm), painful with walking/soccer.", reasons=["c1"]),
    ],
    "note_title": "DermQA New Patient Visit",
    "note": HDR + """F. Adeyemi MD - NEW pt - 14M, with mother

Q: Chief complaint?
A: painful bump R heel x3 months, hurts when running at soccer
Q: Prior treatment?
A: OTC salicylic acid x4 wk, no change
Q: Other skin concerns?
A: None
Q: PMH / meds / allergies?
A: healthy / none / NKDA
Q: Exam?
A: 0.7 cm hyperkeratotic papule with thrombosed capillaries R plantar heel; tender to pressure. No others.
Q: Procedure performed?
A: Yes - cryotherapy, 1 lesion
Q: Number of lesions treated?
A: 1
Q: Other problems addressed today?
A: No
Q: Prescriptions?
A: None; continue salicylic acid between treatments
Q: Follow-up?
A: 3-4 wk for repeat cryo

Assessment: painful plantar verruca R heel - cryo today.
""",
    "expected": E([L("17110")], dx={"17110": ["B07.0"]}),
    "coder_note": "GS-3 / README: the only E/M work was deciding to treat the wart; being a new patient does not justify "
                  "an E/M, so 99203 is removed. Painful plantar wart is not cosmetic (BSL-3 (c)).",
})

SCENARIOS.append({
    "id": "s59-em-melanoma-history-skin-check",
    "family": "em", "shape": "note-only",
    "description": "Full-skin exam with melanoma history, biopsy offered and declined; Medicare FFS -> 99213, no GY",
    "date": "2025-04-08",
    "patient": ("Guerrero", "Philippa", "1952-05-15", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", reason=True),
        C("c2", "Melanocytic nevus, left calf", "D22.72", "Left posterior calf"),
    ],
    "note_title": "DermQA Office Visit",
    "note": HDR + """A. Okafor MD - est pt - 72F

Q: Reason for visit?
A: 6-month surveillance; melanoma L upper back 2019 (0.6 mm, WLE), NED since
Q: New or changing lesions per patient?
A: Thinks the L calf mole "might be darker"
Q: Exam?
A: Full skin exam. Scar L upper back well healed, no pigment or nodularity, no lymphadenopathy.
   L posterior calf 5 mm nevus - dermoscopy reticular, unchanged vs. 10/2024 photos.
Q: Biopsy performed today?
A: No - offered for reassurance, patient declined; re-photograph at next visit
Q: Destruction / other procedures?
A: No
Q: Counseling?
A: ABCDEs, monthly self-exam, sun protection

Assessment/Plan:
1. History of melanoma - NED on exam. Continue q6mo surveillance.
2. Nevus L calf - stable by dermoscopy/photos; monitor.
""",
    "expected": E([L("99213")], dx={"99213": ["Z85.820"]}),
    "coder_note": "DX-5 / README: with a melanoma history the skin exam is diagnostic surveillance, not screening -> no "
                  "GY. The biopsy was offered and declined, so nothing else is coded.",
})

SCENARIOS.append({
    "id": "s59-exb-inflamed-cyst-back-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed epidermoid cyst upper back 1.8 cm + 2 mm margins -> 11403; layered 3.5 cm -> 12032",
    "date": "2025-05-13",
    "patient": ("Brannigan", "Keeley", "1984-02-08", "female"),
    "provider": "marchetti", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, right upper back, recurrently inflamed", "L72.0", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Right upper back",
          note="Cyst 1.8 cm greatest diameter; elliptical excision with 2 mm margin around punctum and cyst wall. "
               "Sac removed intact.", reasons=["c1"]),
        P("Layered closure", site="Right upper back",
          note="Intermediate repair: 4-0 Vicryl deep dermal, 4-0 nylon running. Repair length 3.5 cm.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin and subcutis, right upper back: ruptured epidermal inclusion cyst with foreign-body "
                      "reaction.", "site": "Right upper back"}],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """L. Marchetti MD - 41F

Q: Indication for excision?
A: cyst R upper back, inflamed/painful x3 episodes this year, drained once at urgent care
Q: Currently inflamed?
A: No - quiet for 6 wk (done while quiet on purpose)
Q: Lesion size (greatest clinical diameter)?
A: 1.8 cm
Q: Margins?
A: 2 mm
Q: Excised diameter?
A:
Q: Repair type?
A: intermediate (layered)
Q: Repair length?
A: 3.5 cm
Q: Complications?
A: None
Q: Specimen to path?
A: Yes

Assessment: symptomatic epidermoid cyst R upper back, excised with layered closure. Sutures out 12-14 d.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 1.8 + 2 x 0.2 = 2.2 cm on the trunk -> 11403 (the blank 'excised diameter' "
                  "answer is computable). EX-5/REP-2: intermediate repair 3.5 cm trunk -> 12032, separately reportable.",
})

SCENARIOS.append({
    "id": "s59-exb-atypical-nevus-forearm-wrong-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pre-coded 11402 + 12001 for moderately atypical nevus re-excision: 0.6 + 2x0.2 = 1.0 -> 11401; simple repair bundled",
    "date": "2025-06-03",
    "patient": ("Szymanski", "Loretta", "1957-09-21", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic nevus, moderate atypia, right dorsal forearm", "D22.61", "Right dorsal forearm",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk/arms/legs", "11402", "Right dorsal forearm",
          "Residual moderately atypical nevus (bx 5/6/2025, peripheral margin involved). Biopsy scar/residual "
          "pigment 0.6 cm, 2 mm margins.", ["c1"]),
        P("Simple repair", "12001", "Right dorsal forearm", "Single-layer closure 1.8 cm, 4-0 nylon.", ["c1"]),
    ],
    "path": [{"text": "Skin, right forearm, excision: residual compound dysplastic nevus with moderate atypia, "
                      "margins clear.", "site": "Right dorsal forearm"}],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """R. Nakamura MD - 67F

Q: Indication?
A: moderately atypical nevus, positive peripheral margin on shave bx 05/06/2025 - re-excise
Q: Lesion / scar size?
A: 0.6 cm
Q: Margin taken?
A: 2 mm
Q: Closure?
A: simple, single layer, 4-0 nylon interrupted, 1.8 cm
Q: Layered closure?
A: No
Q: Any other lesions treated?
A: No
Q: Separate E/M?
A: No

Assessment: atypical nevus R forearm re-excised. Sutures out 10-14 d.
""",
    "expected": E([L("11401")], topics=["coding-correction", "ncci"], dx={"11401": ["D22.61"]}),
    "coder_note": "EX-1: 0.6 + 2 x 0.2 = 1.0 cm -> 11401, not 11402. EX-3: moderate atypia is benign. EX-5: simple "
                  "repair is included in the excision (11401/12001 indicator 1, same wound) -> 12001 removed.",
})

SCENARIOS.append({
    "id": "s59-exb-pilar-cyst-scalp-size-blank",
    "family": "excision-benign", "shape": "free-text",
    "description": "Tender pilar cyst scalp excised, lesion size unanswered -> no excision line; layered 2.6 cm -> 12032",
    "date": "2025-07-01",
    "patient": ("Achterberg", "Wilhelmina", "1970-04-04", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, vertex scalp, tender", "L72.11", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Vertex scalp",
          note="Linear incision over cyst, blunt dissection, cyst removed intact. Lesion size: (not entered). "
               "Margin 1 mm.", reasons=["c1"]),
        P("Intermediate repair", site="Vertex scalp",
          note="Layered: 3-0 Monocryl galea/deep dermis, staples to skin. Length 2.6 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Scalp, excision: pilar (trichilemmal) cyst.", "site": "Vertex scalp"}],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """A. Lindgren MD - 55F

Q: Indication?
A: firm nodule vertex scalp, tender when brushing hair and under bike helmet, growing
Q: Lesion size (greatest clinical diameter)?
A:
Q: Margins?
A: 1 mm
Q: Repair type?
A: intermediate - layered
Q: Repair length?
A: 2.6 cm
Q: Estimated blood loss?
A: minimal
Q: Specimen to path?
A: yes

Assessment: symptomatic pilar cyst excised. Staples out 10 d.
""",
    "expected": E([L("12032")], topics=["missing-documentation"]),
    "coder_note": "README 'Coding decisions' (exb-cyst-no-lesion-size): lesion diameter not documented -> no excision "
                  "line + missing-documentation; the separately documented layered repair (scalp 2.6 cm) -> 12032.",
})

SCENARIOS.append({
    "id": "s59-exm-scc-shin-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven SCC right shin 1.2 cm + 4 mm margins = 2.0 -> 11602; layered 4.0 cm -> 12032; Medicare",
    "date": "2025-07-22",
    "patient": ("McAllister", "Evander", "1946-01-13", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, right anterior shin", "C44.722", "Right anterior shin",
          reason=True),
    ],
    "path": [{"text": "Skin, right shin, excision: invasive squamous cell carcinoma, well differentiated, "
                      "margins free (closest 3 mm).", "site": "Right anterior shin"}],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """E. Lindqvist MD - 79M

Q: Diagnosis / prior path?
A: SCC, well-diff, R anterior shin (shave bx 06/30/2025)
Q: Procedure?
A: elliptical excision, full thickness to fat
Q: Lesion size (greatest clinical diameter)?
A: 1.2 cm
Q: Margins?
A: 4 mm all around
Q: Defect / ellipse length?
A: ellipse 4.0 cm long
Q: Repair type?
A: intermediate, layered (4-0 Monocryl deep, 4-0 Prolene skin)
Q: Repair length?
A: 4.0 cm
Q: Undermining?
A: minimal
Q: Mohs considered?
A: Not needed - trunk/extremity, well-diff, primary, clear margins expected
Q: E/M?
A: none

Assessment: SCC R shin excised with 4 mm margins, layered repair. Suture removal 14 d.
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.722"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm on the leg -> 11602 (not the 4.0 cm ellipse length). EX-5: layered "
                  "repair 4.0 cm extremity -> 12032.",
})

SCENARIOS.append({
    "id": "s59-exm-mis-cheek-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Melanoma in situ left cheek pre-coded 11443 -> 11642 (0.8 + 2x0.5 = 1.8); intermediate 3.2 cm 12052",
    "date": "2025-08-05",
    "patient": ("Oduya", "Priscilla", "1945-10-30", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Melanoma in situ, lentigo maligna type, left cheek", "D03.39", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion face", "11443", "Left cheek",
          "Lentigo maligna (MIS) per bx 7/15/2025; visible lesion 0.8 cm; 5 mm margins.", ["c1"]),
        P("Intermediate repair face", "12052", "Left cheek", "Layered closure 3.2 cm.", ["c1"]),
    ],
    "path": [{"text": "Skin, left cheek, excision: melanoma in situ, lentigo maligna type; margins free.",
              "site": "Left cheek"}],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """K. Halvorsen MD - 79F

Q: Diagnosis / prior path?
A: melanoma in situ (lentigo maligna), L cheek, punch bx 07/15/2025
Q: Lesion size (greatest clinical diameter, Wood's lamp)?
A: 0.8 cm
Q: Margins?
A: 5 mm
Q: Repair type?
A: intermediate - layered, 5-0 Monocryl / 6-0 nylon
Q: Repair length?
A: 3.2 cm
Q: Flap or graft?
A: No
Q: Staged / Mohs?
A: No - standard excision per pt preference
Q: Post-op visit?
A: 1 wk

Assessment: MIS L cheek excised, layered repair. Final margins pending.
""",
    "expected": E([L("11642"), L("12052")], topics=["coding-correction"], dx={"11642": ["D03.39"]}),
    "coder_note": "EX-3: melanoma in situ (D03) is coded with malignant excision codes. EX-1: 0.8 + 2 x 0.5 = 1.8 cm on "
                  "the face -> 11642. Layered 3.2 cm face -> 12052 (provider's repair code correct).",
})

SCENARIOS.append({
    "id": "s59-exm-reexcision-positive-margin-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of BCC left upper arm for positive margin 8 days after 11602 -> 11603-58; MA",
    "date": "2025-07-16",
    "patient": ("Whitcombe", "Ambrose", "1954-08-08", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper arm, positive margin", "C44.619", "Left posterior upper arm",
          reason=True),
    ],
    "procedures": [
        P("Re-excision for positive margin", site="Left posterior upper arm",
          note="Scar 1.6 cm from 7/8/2025 excision; 3 mm margins. Simple closure 4-0 nylon.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-07-08", "11602", "Excision malignant lesion", "Left posterior upper arm",
                    "BCC 1.0 cm + 3 mm margins; path: nodular BCC, deep margin involved.")],
    "path": [{"text": "Skin, left upper arm, re-excision: scar, no residual basal cell carcinoma.",
              "site": "Left posterior upper arm"}],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """S. Weiss MD - 70M

Q: Indication?
A: BCC L post. upper arm excised 07/08/2025 - deep margin positive -> planned re-excision
Q: Size to excise (scar / residual lesion)?
A: 1.6 cm
Q: Margins?
A: 3 mm
Q: Repair type?
A: simple, single layer
Q: Repair length?
A: 3.0 cm
Q: Complications?
A: none
Q: Related to prior surgery?
A: Yes - staged re-excision of the same tumor

Assessment: re-excision for positive margin, L upper arm BCC. Sutures out 10-14 days.
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.619"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> 58; coded malignant "
                  "even though the specimen is negative. 1.6 + 2 x 0.3 = 2.2 cm arm -> 11603. Simple repair included.",
})

SCENARIOS.append({
    "id": "s59-id-thigh-abscess-acne-em25",
    "family": "incision-drainage", "shape": "note-only",
    "description": "I&D of simple thigh abscess plus separate acne management with Rx change -> 99213-25 + 10060; commercial",
    "date": "2025-08-19",
    "patient": ("Nwachukwu", "Adaora", "2001-06-25", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Acne vulgaris", "L70.0", "Face, jawline", reason=True),
        C("c2", "Cutaneous abscess, left thigh", "L02.416", "Left anterior thigh", reason=True),
    ],
    "note_title": "DermQA Office Visit + Procedure",
    "note": HDR + """I. Castellanos MD - est pt (acne) - 24F

Q: Reason for visit?
A: scheduled acne f/u; also painful boil L thigh x4 days
Q: Acne status?
A: worse on jawline despite doxycycline 100 mg x3 mo; new deep papules, some scarring
Q: Acne plan?
A: stop doxycycline; start spironolactone 50 mg daily (BP/K reviewed - no labs needed), continue tretinoin 0.05%;
   counseled re: contraception and side effects
Q: Abscess - size / fluctuance?
A: 2.0 cm fluctuant tender nodule L anterior thigh, surrounding erythema 3 cm
Q: Procedure performed?
A: Yes - I&D: single incision, purulent drainage, loculations? - none; no packing needed
Q: Simple or complicated?
A: simple, single abscess
Q: Culture sent?
A: yes
Q: Antibiotics for abscess?
A: none needed after drainage
Q: Separate E/M?
A: Yes - acne management is a separate problem from the abscess

Assessment/Plan:
1. Acne vulgaris, worsening - switch to spironolactone as above. RTC 3 mo.
2. Abscess L thigh - I&D today, wound care, return if fever/spreading redness.
""",
    "expected": E([L("99213", 1, "25"), L("10060")], dx={"99213": ["L70.0"], "10060": ["L02.416"]}),
    "coder_note": "GS-3: acne with prescription change is significant and separate from the I&D -> 99213-25 bypasses "
                  "the 10060/99213 indicator-1 edit. Single simple abscess -> 10060.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: I&D, intralesional, mixed, Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s59-id-hs-three-abscesses-precoded-10060x3",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Hidradenitis flare, three abscesses drained with packing, pre-coded 10060 x3 -> 10061 x1; Medicaid MCO",
    "date": "2025-09-02",
    "patient": ("Bellweather", "Tamsin", "1996-03-03", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Hidradenitis suppurativa with abscesses, axillae and groin", "L73.2", "Bilateral axillae, left groin",
          reason=True),
    ],
    "procedures": [
        P("I&D abscess, simple", "10060", "Right axilla", "2.5 cm fluctuant abscess, loculations broken, packed.",
          ["c1"]),
        P("I&D abscess, simple", "10060", "Left axilla", "1.8 cm abscess, drained, packed.", ["c1"]),
        P("I&D abscess, simple", "10060", "Left inguinal fold", "3.0 cm abscess, loculated, packed with "
          "iodoform gauze.", ["c1"]),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """J. Pike - 29F - HS Hurley II

Q: Procedure?
A: incision and drainage
Q: Number of abscesses drained?
A: 3 - R axilla, L axilla, L inguinal fold
Q: Loculations?
A: Yes - broken up with hemostat (R axilla, L groin)
Q: Packing placed?
A: Yes, all three, 1/4" iodoform
Q: Cultures?
A: L groin only
Q: Deroofing / excision?
A: No - discussed for future if recurrent in the same tracts
Q: Systemic therapy?
A: already on doxycycline per PCP; adalimumab discussion deferred to next visit
Q: Separate E/M?
A: No

Assessment: HS flare, 3 abscesses drained and packed. Packing removal/wound check 48 h.
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L73.2"]}),
    "coder_note": "10060 is simple or single; three abscesses with loculations and packing are multiple/complicated -> "
                  "10061 once (MUE 1), replacing the three 10060 lines.",
})

SCENARIOS.append({
    "id": "s59-il-four-keloids-80mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Four keloids injected with Kenalog-40 0.5 mL each = 80 mg -> 11900 + J3301 x8; commercial",
    "date": "2025-02-25",
    "patient": ("Okonjo", "Ifeoma", "1990-11-17", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, chest and shoulders, pruritic", "L91.0", "Presternal chest, bilateral shoulders", reason=True),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """C. Okonkwo MD - 34F - keloid series visit #3

Q: Lesions?
A: keloids - presternal x2, R shoulder x1, L shoulder x1; itchy and painful with bra straps
Q: Procedure?
A: intralesional injection
Q: Number of lesions injected?
A: 4 (four)
Q: Drug / concentration?
A: triamcinolone acetonide (Kenalog) 40 mg/mL
Q: Volume per lesion?
A: 0.5 mL each
Q: Total volume / total mg?
A: 2.0 mL / 80 mg
Q: Cryo or excision today?
A: No
Q: Atrophy / hypopigmentation?
A: none
Q: Next injection?
A: 4-6 weeks

Assessment: keloids improving (flatter, less itch). ILK x4 today.
""",
    "expected": E([L("11900"), L("J3301", 8)], dx={"11900": ["L91.0"]}),
    "coder_note": "Four lesions (<= 7) -> 11900 x1; 80 mg triamcinolone acetonide -> J3301 x8 (per 10 mg).",
})

SCENARIOS.append({
    "id": "s59-il-alopecia-areata-ten-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "Alopecia areata, 10 patches injected, Kenalog-10 3.2 mL = 32 mg -> 11901 + J3301 x4; Medicaid",
    "date": "2025-03-25",
    "patient": ("Quintanilla", "Rosalind", "1999-07-12", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection", site="Scalp (multiple patches)",
          note="Triamcinolone acetonide 10 mg/mL; 10 patches; total 3.2 mL (32 mg); 30g needle, 0.1 mL per site.",
          reasons=["c1"]),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """I. Castellanos MD - 25F

Q: Diagnosis?
A: alopecia areata, patchy, scalp
Q: Number of patches injected?
A: 10
Q: Drug / concentration?
A: Kenalog 10 mg/mL
Q: Total volume injected?
A: 3.2 mL (= 32 mg)
Q: Eyebrows treated?
A: No
Q: JAK inhibitor discussed?
A: Yes - baricitinib if >50% loss; not started, insurance PA would be needed
Q: Labs?
A: TSH normal 01/2025

Assessment: AA, 10 patches injected. Regrowth in 3 of last session's patches. RTC 6 wk.
""",
    "expected": E([L("11901"), L("J3301", 4)], dx={"11901": ["L63.9"]}),
    "coder_note": "More than 7 lesions -> 11901 x1. 32 mg triamcinolone acetonide -> ceil(32/10) = J3301 x4. "
                  "Baricitinib was only discussed.",
})

SCENARIOS.append({
    "id": "s59-il-chest-keloids-j3301-over-mue",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Six large chest keloids, 180 mg triamcinolone pre-coded J3301 x18 -> capped at MUE 16; Medicare FFS",
    "date": "2025-04-15",
    "patient": ("Fairweather", "Lucius", "1959-05-05", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Keloids, anterior chest (post-sternotomy and acne keloids), painful", "L91.0", "Anterior chest",
          reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Anterior chest",
          "6 keloids injected.", ["c1"]),
        P("Injection, triamcinolone acetonide, per 10 mg", "J3301", "Anterior chest",
          "Kenalog-40, 4.5 mL total = 180 mg. Billed 18 units.", ["c1"]),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """M. Baptiste MD - 65M

Q: Lesions?
A: keloids anterior chest: sternotomy scar keloid (9 cm) + 5 smaller acne keloids; painful, tender to touch
Q: Number of lesions injected?
A: 6
Q: Drug / concentration?
A: triamcinolone acetonide 40 mg/mL
Q: Total volume?
A: 4.5 mL (180 mg)
Q: Lidocaine mixed?
A: yes, 1:1 not counted in volume above
Q: 5-FU added?
A: No
Q: Cryo/excision?
A: No

Assessment: symptomatic chest keloids, ILK x6. Next in 6 wk.
""",
    "expected": E([L("11900"), L("J3301", 16)], topics=["mue"], dx={"11900": ["L91.0"]}),
    "coder_note": "Six lesions -> 11900. 180 mg = 18 units of J3301, over its MUE of 16 -> capped at 16 with an mue "
                  "finding (README 'Coding decisions').",
})

SCENARIOS.append({
    "id": "s59-mix-nose-bx-plus-five-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Shave biopsy nasal tip (BCC) + cryo of 5 AKs elsewhere -> 11102, 17000-XS, 17003 x4; Medicare FFS",
    "date": "2025-05-27",
    "patient": ("Drummond", "Eulalie", "1948-02-11", "female"),
    "patient_id": "pat-s59-drummond",
    "provider": "ramirez", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip", "C44.311", "Nasal tip", reason=True),
        C("c2", "Actinic keratoses, forehead and scalp", "L57.0", "Forehead, frontal scalp", reason=True),
    ],
    "path": [{"text": "Skin, nasal tip, shave biopsy: basal cell carcinoma, nodular and micronodular.",
              "site": "Nasal tip"}],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """S. Ramirez MD - 77F

Q: Was a biopsy performed today?
A: Yes - shave, nasal tip, 0.5 cm pearly papule
Q: Any other biopsy?
A: No
Q: Destruction performed?
A: Yes - LN2 cryo of AKs
Q: Number of lesions treated?
A: 5
Q: Sites of destruction?
A: forehead 3, frontal scalp 2 (none on the nose)
Q: Was the biopsied lesion also treated/destroyed?
A: No - awaiting path
Q: Separate E/M?
A: No

Assessment: r/o BCC nasal tip - shave bx. AKs x5 cryo. Will refer to Mohs if BCC confirmed.
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 4)], dx={"11102": ["C44.311"], "17000": ["L57.0"]}),
    "coder_note": "BX-5/DS-3: the biopsy and the AK destructions are different lesions; 11102/17000 is indicator 1 with the "
                  "biopsy as column 1 -> XS on 17000. There is no 11102/17003 edit, so 17003 x4 takes no modifier.",
})

SCENARIOS.append({
    "id": "s59-mix-plantar-warts-plus-aks",
    "family": "mixed", "shape": "free-text",
    "description": "Two painful plantar warts + three facial AKs frozen -> 17110, 17000-XS, 17003 x2-XS; Medicare FFS",
    "date": "2025-06-24",
    "patient": ("Harcourt", "Ignatius", "1951-09-01", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Plantar warts, left forefoot, painful", "B07.0", "Left plantar forefoot", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Face", reason=True),
    ],
    "procedures": [
        P("Cryotherapy, plantar warts", site="Left plantar forefoot",
          note="Pared, LN2 x2 cycles, 2 warts (2nd MTH 0.6 cm, 4th MTH 0.4 cm); painful on walking.", reasons=["c1"]),
        P("Cryotherapy, actinic keratoses", site="Face",
          note="LN2, 3 AKs: L temple, R cheek, nasal dorsum.", reasons=["c2"]),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """R. Santos PA-C - 73M

Q: Procedures today?
A: cryo - plantar warts; cryo - AKs
Q: Warts - number treated?
A: 2
Q: Warts - symptomatic?
A: yes - pain with walking, limits his daily walk
Q: AKs - number treated?
A: 3
Q: Same lesions for both?
A: No - warts L sole, AKs on face
Q: Biopsy?
A: No
Q: Separate E/M?
A: No

Assessment: painful plantar verrucae x2 and AKs x3 treated with LN2. Recheck warts 4 wk.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")],
                  dx={"17110": ["B07.0"], "17000": ["L57.0"]}),
    "coder_note": "DS-2/DS-3: benign (17110) and premalignant (17000 + 17003 x2) destructions of different lesions; "
                  "17110/17000 and 17110/17003 are indicator 1 -> XS on 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s59-mix-shave-neck-punch-back-em-removed",
    "family": "mixed", "shape": "pre-coded",
    "description": "Shave removal irritated SK neck 0.7 cm + punch bx back; 99213 with no separate work removed; 11306-XS",
    "date": "2025-07-29",
    "patient": ("Vasquez-Moreau", "Helena", "1955-12-19", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left posterior neck", "L82.0", "Left posterior neck", reason=True),
        C("c2", "Melanocytic nevus, right mid back", "D22.5", "Right mid back", reason=True),
    ],
    "procedures": [
        P("Shave removal, neck, 0.6-1.0 cm", "11306", "Left posterior neck",
          "0.7 cm irritated keratosis, catches on collar and necklace, bled twice; removed by shave.", ["c1"]),
        P("Punch biopsy", "11104", "Right mid back",
          "4 mm punch of 0.6 cm pigmented macule, new per patient.", ["c2"]),
    ],
    "path": [
        {"text": "A. Left posterior neck, shave: irritated seborrheic keratosis.", "site": "Left posterior neck"},
        {"text": "B. Right mid back, punch: junctional melanocytic nevus, no atypia.", "site": "Right mid back"},
    ],
    "note_title": "DermQA Office Visit + Procedure",
    "note": HDR + """A. Okafor MD - 69F

Q: Reason for visit?
A: (1) neck spot that bleeds when it catches on her collar; (2) new dark spot on back noticed by husband
Q: Other problems addressed today?
A: None
Q: Procedure 1?
A: shave removal, L posterior neck, 0.7 cm, irritated/inflamed SK
Q: Procedure 2?
A: punch biopsy 4 mm, R mid back, 0.6 cm pigmented macule
Q: Same lesion?
A: No - separate sites
Q: Prescriptions?
A: None
Q: Separate E/M documentation?
A:

Assessment: irritated SK removed; new pigmented macule back sampled. Results by phone.
""",
    "expected": E([L("11104"), L("11306", 1, "XS")], dx={"11306": ["L82.0"]}),
    "coder_note": "GS-3: the visit addressed only the two lesions that were treated, so the 99213 is removed. 11104/11306 "
                  "is indicator 1 with the biopsy as column 1; different lesions -> XS on 11306.",
})

SCENARIOS.append({
    "id": "s59-mix-cyst-id-plus-acne-cyst-ilk",
    "family": "mixed", "shape": "note-only",
    "description": "I&D inflamed epidermoid cyst upper back + ILK of 3 facial acne cysts (3 mg) -> 10060, 11900, J3301 x1",
    "date": "2025-08-12",
    "patient": ("Kaczmarek", "Dorian", "1998-01-30", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed epidermal cyst, left upper back", "L72.0", "Left upper back", reason=True),
        C("c2", "Nodulocystic acne, jawline", "L70.0", "Bilateral jawline", reason=True),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """L. Marchetti MD - 27M (on isotretinoin month 2, managed separately at last visit)

Q: Procedures today?
A: (a) I&D of inflamed cyst L upper back; (b) intralesional Kenalog to acne cysts on jaw
Q: (a) size / findings?
A: 2.5 cm fluctuant, tender; incised, cheesy purulent material expressed; no packing
Q: (a) simple or complicated?
A: simple, single
Q: (a) Cyst wall excised?
A: No - plan excision in 2-3 months once quiet
Q: (b) number of lesions injected?
A: 3
Q: (b) drug / volume?
A: Kenalog 10 mg/mL, 0.1 mL each = 0.3 mL (3 mg)
Q: Same lesion as (a)?
A: No - (b) are on the jawline
Q: Separate E/M?
A: No - isotretinoin visit is next week

Assessment: inflamed cyst drained; painful acne cysts injected.
""",
    "expected": E([L("10060"), L("11900"), L("J3301", 1)], dx={"10060": ["L72.0"], "11900": ["L70.0"]}),
    "coder_note": "Separate lesions; 10060 and 11900 have no PTP edit. 3 mg triamcinolone -> ceil(3/10) = J3301 x1. "
                  "Future cyst excision not coded.",
})

SCENARIOS.append({
    "id": "s59-mohs-nasal-tip-complex-repair",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs nasal tip BCC 2 stages (3 + 2 blocks) + complex repair 2.2 cm involving nostril rim -> 17311, 17312, 13151",
    "date": "2025-06-19",
    "patient": ("Drummond", "Eulalie", "1948-02-11", "female"),
    "patient_id": "pat-s59-drummond",
    "provider": "lindqvist", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular/micronodular, nasal tip", "C44.311", "Nasal tip", reason=True),
    ],
    "note_title": "DermQA Mohs Surgery Note",
    "note": HDR + """E. Lindqvist MD, Mohs surgeon and pathologist - 77F

Q: Diagnosis / prior path?
A: BCC nodular + micronodular, nasal tip (shave bx 05/27/2025, Dr. Ramirez)
Q: AUC / indication?
A: primary BCC, area H (nose), aggressive subtype
Q: Pre-op lesion size?
A: 0.6 cm
Q: Stage 1 - blocks / result?
A: 3 blocks - positive at 1 o'clock deep
Q: Stage 2 - blocks / result?
A: 2 blocks - clear
Q: Stage 3?
A: not needed
Q: Final defect?
A: 1.1 x 0.9 cm, extending to the L alar rim
Q: Repair type?
A: complex linear - wide undermining of nasal SMAS, rim reconstruction with alar rim (free margin) involvement
Q: Repair length?
A: 2.2 cm
Q: Flap / graft?
A: No
Q: Specimens to outside path?
A: No

Assessment: BCC nasal tip cleared in 2 stages; complex repair. Sutures out 1 wk.
""",
    "expected": E([L("17311"), L("17312"), L("13151")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose, 2 stages with <= 5 blocks each -> 17311 + 17312. MOHS-7/REP-3: repair involving the "
                  "nostril rim free margin is complex; 2.2 cm nose -> 13151.",
})

SCENARIOS.append({
    "id": "s59-mohs-scalp-scc-seven-blocks",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs scalp SCC, stage 1 seven blocks, stage 2 three blocks -> 17311, 17312, 17315 x2; layered 5.5 cm 12032",
    "date": "2025-09-09",
    "patient": ("Featherstonehaugh", "Percival", "1941-06-06", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage-ppo", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Mohs surgery stage I", site="Vertex scalp",
          note="Tumor 2.1 cm. Stage I divided into 7 tissue blocks; SCC at 6 o'clock deep (block 5).", reasons=["c1"]),
        P("Mohs surgery stage II", site="Vertex scalp",
          note="3 tissue blocks from 5-7 o'clock and base; clear.", reasons=["c1"]),
        P("Layered closure", site="Vertex scalp",
          note="Intermediate repair, galeal 2-0 Vicryl + staples; length 5.5 cm.", reasons=["c1"]),
    ],
    "note_title": "DermQA Mohs Surgery Note",
    "note": HDR + """K. Halvorsen MD (surgeon + pathologist) - 84M

Q: Diagnosis / prior path?
A: SCC, moderately differentiated, vertex scalp (bx 08/12/2025)
Q: Stage I blocks?
A: 7
Q: Stage II blocks?
A: 3
Q: Any stage > 5 blocks?
A: Yes - stage I (2 extra blocks)
Q: Stages total?
A: 2
Q: Final defect?
A: 3.0 x 2.4 cm to galea
Q: Repair?
A: intermediate, layered, 5.5 cm
Q: Complex criteria (exposed bone, debridement, retention sutures)?
A: None
Q: Debulk specimen sent for permanent sections?
A: No

Assessment: scalp SCC cleared in 2 stages; layered closure. Staples out 10-12 d.
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("12032")], dx={"17311": ["C44.42"]}),
    "coder_note": "MOHS-2: scalp -> 17311 + 17312; 17315 for each block beyond 5 in any stage (stage I 7 blocks -> 2). "
                  "MOHS-7: layered repair scalp 5.5 cm -> 12032.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: Mohs, nails, paring, patch tests, phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s59-mohs-back-superficial-bcc-coded-17311-abn",
    "family": "mohs", "shape": "pre-coded",
    "description": "Small primary sBCC mid back, Mohs at patient insistence with ABN; pre-coded 17311 -> 17313-GA; Medicare FFS",
    "date": "2025-10-14",
    "patient": ("Pemberton-Oakes", "Clarissa", "1958-04-24", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, mid back, primary", "C44.519", "Mid back", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", "17311", "Mid back",
          "Stage 1: 2 tissue blocks, clear. Defect 1.2 cm, healing by second intention.", ["c1"]),
    ],
    "note_title": "DermQA Mohs Surgery Note",
    "note": HDR + """S. Weiss MD (surgeon + pathologist) - 67F

Q: Diagnosis / prior path?
A: superficial BCC, mid back, shave bx 09/16/2025; primary, not recurrent
Q: Size?
A: 0.7 cm
Q: High-risk features (aggressive histology, immunosuppression, radiation, genetic syndrome, recurrence)?
A: None
Q: AUC category?
A: trunk (area L), small superficial primary - Mohs not generally appropriate; ED&C, topical, or excision offered
Q: Patient choice?
A: insists on Mohs (sister had a recurrence after ED&C)
Q: ABN?
A: Yes - ABN (CMS-R-131) signed before the procedure: Medicare may deny as not medically necessary
Q: Stages / blocks?
A: 1 stage, 2 blocks, clear
Q: Repair?
A: None - second intention
Q: Outside pathology?
A: No

Assessment: sBCC mid back cleared in one Mohs stage.
""",
    "expected": E([L("17313", 1, "GA")], topics=["coding-correction"], dx={"17313": ["C44.519"]}),
    "coder_note": "MOHS-2: trunk -> 17313, not 17311 (head/neck/hands/feet/genitalia). README 'Coding decisions': small "
                  "primary superficial trunk BCC fails the coverage criteria; ABN on file, Medicare FFS -> GA.",
})

SCENARIOS.append({
    "id": "s59-nail-left-thumb-avulsion-crush",
    "family": "nails", "shape": "free-text",
    "description": "Crushed left thumbnail, partially detached plate avulsed -> 11730-FA; Medicaid MCO",
    "date": "2025-01-14",
    "patient": ("Rutherford", "Caspian", "2004-10-22", "male"),
    "provider": "nakamura", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Contusion of left thumb with damage to nail", "S60.112A", "Left thumb", reason=True),
    ],
    "procedures": [
        P("Nail plate avulsion", site="Left thumb",
          note="Digital block 1% plain lidocaine. Loose, partially detached nail plate removed with freer elevator. "
               "Nail bed intact, no laceration requiring repair.", reasons=["c1"]),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """R. Nakamura MD - 20M

Q: Injury?
A: L thumb caught in car door 3 days ago; painful subungual hematoma, plate lifting proximally
Q: X-ray?
A: done at urgent care - no fracture
Q: Procedure?
A: avulsion of nail plate
Q: Digit(s)?
A: L thumb only
Q: Nail bed repair?
A: No - bed intact
Q: Matrixectomy?
A: No
Q: Trephination instead?
A: considered, not appropriate given plate detachment
Q: Tetanus up to date?
A:

Assessment: crush injury L thumbnail; plate avulsed, bed intact. Dressing, recheck 1 wk.
""",
    "expected": E([L("11730", 1, "FA")]),
    "coder_note": "Nail avulsion, one nail -> 11730; conventions: digit modifier when documented, left thumb = FA.",
})

SCENARIOS.append({
    "id": "s59-nail-ingrown-matrixectomy-plus-avulsion-coded",
    "family": "nails", "shape": "pre-coded",
    "description": "Ingrown left great toenail: pre-coded 11730 + 11750 same nail -> 11750-TA only; commercial",
    "date": "2025-02-18",
    "patient": ("Ashworth", "Juniper", "1987-08-28", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe, lateral border", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate", "11730", "Left great toe", "Lateral 1/4 of nail plate removed.", ["c1"]),
        P("Excision of nail matrix, permanent", "11750", "Left great toe",
          "Phenol 88% x3 30-sec applications to the lateral matrix horn.", ["c1"]),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """J. Pike - 37F

Q: Diagnosis?
A: recurrent ingrown toenail, L great toe lateral border (3rd episode in 1 yr), granulation, painful
Q: Procedure?
A: partial nail avulsion + chemical (phenol) matrixectomy, lateral border, for permanent removal
Q: Digit(s)?
A: L great toe only
Q: Other nails treated?
A: No
Q: Infection?
A: mild periungual erythema, no abscess - no I&D
Q: Antibiotics?
A: none
Q: Post-op?
A: soaks BID, recheck 2 wk

Assessment: recurrent ingrown L hallux nail, partial avulsion with phenol matrixectomy.
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750/11730 is indicator 1; the avulsion is part of the matrixectomy of the same nail (no distinct "
                  "digit) -> 11730 removed. Left great toe = TA.",
})

SCENARIOS.append({
    "id": "s59-nail-two-toenails-coded-11730x2",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion of right great and second toenails pre-coded 11730 x2 -> 11730-T5 + 11732-T6; commercial",
    "date": "2025-03-20",
    "patient": ("Montgomery", "Barnaby", "1972-12-12", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Onychomycosis with painful dystrophic nails, right great and second toes", "B35.1",
          "Right great toe, right second toe", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate", "11730", "Right great toe", "Total avulsion, digital block.", ["c1"]),
        P("Avulsion of nail plate", "11730", "Right second toe", "Total avulsion, digital block.", ["c1"]),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """R. Santos PA-C - 52M

Q: Diagnosis?
A: onychomycosis (KOH+ and culture T. rubrum 01/2025), thick dystrophic nails R 1st and 2nd toes, painful in
   shoes; failed terbinafine (LFTs up) and efinaconazole
Q: Procedure?
A: total nail avulsion
Q: Number of nails?
A: 2
Q: Digits?
A: R great toe, R 2nd toe
Q: Matrixectomy?
A: No - patient wants regrowth
Q: Debridement of other nails?
A: No
Q: Post-op care?
A: soaks, topical antifungal to beds

Assessment: painful onychomycotic nails R hallux and R 2nd toe avulsed.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], topics=["coding-correction"],
                  dx={"11730": ["B35.1"]}),
    "coder_note": "11730 is the first nail only; each additional nail is the add-on 11732. Digit modifiers: right great "
                  "toe T5, right second toe T6.",
})

SCENARIOS.append({
    "id": "s59-par-three-calluses-diabetic",
    "family": "paring", "shape": "note-only",
    "description": "Three plantar calluses pared in a diabetic with neuropathy -> 11056; commercial",
    "date": "2025-04-29",
    "patient": ("Hollingsworth", "Mercer", "1960-03-15", "male"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Calluses, plantar feet", "L84", "Bilateral plantar feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """C. Okonkwo MD - 65M

Q: Reason for visit?
A: painful thick calluses, both feet
Q: Relevant history?
A: T2DM with peripheral neuropathy (diminished monofilament bilat), followed by endocrine
Q: Procedure?
A: paring of hyperkeratotic lesions with #15 blade
Q: Number of lesions pared?
A: 3 - R 1st MTH, R heel, L 5th MTH
Q: Ulceration under callus?
A: None
Q: Nail debridement?
A: No
Q: Separate E/M?
A: No

Assessment: symptomatic plantar calluses x3 pared. Offloading insoles recommended; RTC 8 wk.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of benign hyperkeratotic lesions: 2-4 lesions -> 11056.",
})

SCENARIOS.append({
    "id": "s59-par-five-corns-coded-11055",
    "family": "paring", "shape": "pre-coded",
    "description": "Five corns pared, pre-coded as 11055 on two procedures (3 + 2 lesions) -> 11057 x1; commercial",
    "date": "2025-05-08",
    "patient": ("Delvecchio", "Ornella", "1963-11-29", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Corns, toes, painful", "L84", "Bilateral toes", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion; single lesion", "11055", "Right foot",
          "3 corns: 4th web space (soft corn), dorsal 5th toe PIPJ, dorsal 2nd toe.", ["c1"]),
        P("Paring or cutting of benign hyperkeratotic lesion; single lesion", "11055", "Left foot",
          "2 corns: dorsal 5th toe, medial hallux IPJ.", ["c1"]),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """A. Lindgren MD - 61F

Q: Complaint?
A: painful corns both feet, worse in work shoes
Q: Number of lesions pared?
A: 5 (R 3, L 2)
Q: Technique?
A: #15 blade, enucleation of cores
Q: Warts ruled out?
A: yes - no pinpoint capillaries, skin lines preserved around
Q: Cryo / destruction?
A: No
Q: Padding dispensed?
A: silicone toe sleeves

Assessment: symptomatic heloma durum/molle x5 pared.
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Paring is coded once per session by lesion count: 5 lesions (> 4) -> 11057 x1, not 11055 per "
                  "procedure.",
})

SCENARIOS.append({
    "id": "s59-pt-eighty-allergen-application",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application, 80 allergens, no separate E/M -> 95044 x80; commercial",
    "date": "2025-06-02",
    "patient": ("Bergstrom", "Annika", "1981-05-09", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Eyelid dermatitis, chronic", "L30.9", "Bilateral eyelids", reason=True),
    ],
    "note_title": "DermQA Patch Test Application",
    "note": HDR + """H. Voss MD - 44F - patch test day 0 (eval done 05/12/2025)

Q: Indication?
A: chronic eyelid dermatitis, suspected allergic contact
Q: Series applied?
A: North American 80 comprehensive series
Q: Total number of allergens applied?
A: 80
Q: Patient's own products tested?
A: No (brought, not tested - will test at read if needed)
Q: Sites?
A: upper back, Finn chambers
Q: Systemic steroids / antihistamines held?
A: Yes, off prednisone > 4 wk
Q: Separate E/M today?
A: No
Q: Reads scheduled?
A: day 2 (48 h) and day 4/5

Assessment: patch tests placed x80. Keep dry, no exercise/sweating until final read.
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens tested (80, within MUE 90). No E/M.",
})

SCENARIOS.append({
    "id": "s59-pt-new-hand-dermatitis-em25",
    "family": "patch-test", "shape": "free-text",
    "description": "New patient hand dermatitis work-up with Rx (99204-25) + 36 patch tests applied same day; commercial",
    "date": "2025-07-07",
    "patient": ("Castellano-Reyes", "Bruno", "1976-09-14", "male"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, chronic, vesicular", "L30.1", "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="Standard baseline series, 36 allergens, Finn chambers.", reasons=["c1"]),
    ],
    "note_title": "DermQA New Patient Visit + Patch Test",
    "note": HDR + """W. Chen MD - NEW pt - 48M, machinist

Q: Chief complaint?
A: itchy blistering hand rash x8 months, worse at work (cutting fluids, nitrile gloves)
Q: Prior treatment?
A: OTC hydrocortisone, one course of prednisone from urgent care - rebound
Q: Exam?
A: deep-seated vesicles lateral fingers and palms, fissuring, no nail pitting, no tinea on KOH (done today - neg)
Q: Differential?
A: dyshidrotic eczema vs allergic contact vs irritant contact
Q: Treatment started?
A: clobetasol 0.05% ointment BID x2 wk (Rx), cotton-under-nitrile glove liners, bland emollient
Q: Work note?
A: yes, restricted duty 2 wk
Q: Patch testing?
A: applied today - 36 allergens (baseline series)
Q: Separate E/M?
A: Yes - new problem evaluation and prescription management beyond the patch test application

Assessment: chronic vesicular hand dermatitis (pompholyx pattern), r/o ACD. Rx as above, patch read d2/d5.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 36)], dx={"99204": ["L30.1"]}),
    "coder_note": "95044/99204 is indicator 1; the new-problem work-up with prescription management is separately "
                  "identifiable -> 99204-25. 95044 x36 allergens.",
})

SCENARIOS.append({
    "id": "s59-photo-puva-no-conventional-trial-gz",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA for psoriasis without prior conventional therapy, no ABN; Medicare FFS -> 96912-GZ",
    "date": "2025-08-26",
    "patient": ("Ingersoll", "Marguerite", "1952-01-07", "female"),
    "provider": "ramirez", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 12% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "DermQA Phototherapy Treatment Record",
    "note": HDR + """S. Ramirez MD (supervising) - 73F - phototherapy unit

Q: Treatment?
A: PUVA (oral 8-MOP 0.6 mg/kg, UVA 2 h later), session #1
Q: Diagnosis / BSA?
A: psoriasis vulgaris, 12% BSA
Q: Prior therapies tried (topicals, UVB, tar)?
A: None - newly diagnosed; patient requested PUVA specifically (friend's experience)
Q: Disabling / intractable?
A: No - moderate, not limiting work or ADLs
Q: ABN obtained?
A: No
Q: Eye protection / skin type?
A: UVA glasses dispensed; Fitzpatrick II
Q: UVA dose?
A: 1.5 J/cm2
Q: Separate E/M?
A: No

Assessment: PUVA started at patient request. Topicals (calcipotriene/betamethasone) also prescribed at the
intake visit last week.
""",
    "expected": E([L("96912", 1, "GZ")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / README: NCD 250.1 covers PUVA only for intractable, disabling psoriasis after failed "
                  "conventional therapy; criteria unmet, no ABN -> GZ.",
})

SCENARIOS.append({
    "id": "s59-photo-excimer-coded-96920-area-320",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows/knees, total area 320 sq cm, pre-coded 96920 -> 96921; commercial",
    "date": "2025-09-23",
    "patient": ("Okoro-Lindqvist", "Tobias", "1985-02-19", "male"),
    "provider": "baptiste", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("Laser treatment for inflammatory skin disease (excimer)", "96920", "Bilateral elbows and knees",
          "308 nm excimer. Total treated area 320 sq cm.", ["c1"]),
    ],
    "note_title": "DermQA Phototherapy Treatment Record",
    "note": HDR + """M. Baptiste MD - 40M - excimer course 2, session 5

Q: Diagnosis?
A: localized plaque psoriasis, ~4% BSA, failed 4 months of topical steroid + vitamin D analog
Q: Sites treated?
A: R elbow, L elbow, R knee, L knee
Q: Area per site?
A: R elbow 70, L elbow 65, R knee 95, L knee 90 sq cm
Q: Total area treated?
A: 320 sq cm
Q: Dose?
A: 400-600 mJ/cm2 by plaque thickness
Q: Reaction from last session?
A: mild erythema R knee only
Q: Separate E/M?
A: No

Assessment: excimer session 5 of course 2; plaques thinning.
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by total area: 320 sq cm falls in 250-500 sq cm -> 96921, not "
                  "96920.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: post-op, repair, shave, skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s59-po-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after benign excision (010 global), provider picked 99212 -> 99024; Medicare FFS",
    "date": "2025-08-13",
    "patient": ("Prendergast", "Odalys", "1962-07-03", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Dermatofibroma, right upper back (excised)", "D23.5", "Right upper back"),
    ],
    "prior": [PRIOR("2025-08-04", "11402", "Excision benign lesion", "Right upper back",
                    "Symptomatic dermatofibroma 1.0 cm + 2 mm margins; simple closure.")],
    "note_title": "DermQA Post-op Visit",
    "note": HDR + """L. Marchetti MD - 63F

Q: Visit type?
A: post-op / suture removal
Q: Procedure and date?
A: excision R upper back 08/04/2025
Q: Days since surgery?
A: 9
Q: Wound status?
A: healed, no erythema, no dehiscence
Q: Sutures removed?
A: yes, 5 simple interrupted
Q: Path reviewed with patient?
A: yes - dermatofibroma, margins clear
Q: New problems today?
A: none
Q: Prescriptions?
A: none
Q: Follow-up?
A: routine skin check in 1 year

Assessment: uncomplicated post-op course. Scar care reviewed.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/conventions: a routine post-op visit inside the 010 global of 11402 is included -> 99024, "
                  "not a billable E/M.",
})

SCENARIOS.append({
    "id": "s59-po-hand-dermatitis-during-flap-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated hand dermatitis with Rx 38 days after cheek flap (090 global) -> 99213-24; Medicare FFS",
    "date": "2025-07-10",
    "patient": ("Castellon", "Evaristo", "1949-03-22", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Irritant contact dermatitis, hands", "L24.9", "Bilateral hands", reason=True),
    ],
    "prior": [PRIOR("2025-06-02", "14040", "Adjacent tissue transfer", "Left cheek",
                    "Rotation flap after excision of BCC left cheek, 7.8 sq cm.")],
    "note_title": "DermQA Office Visit",
    "note": HDR + """K. Halvorsen MD - 76M

Q: Reason for visit?
A: new cracked, red, sore hands x3 wk - started helping at daughter's restaurant (dishwashing)
Q: Related to recent surgery?
A: No - L cheek flap 06/02 healing well; glanced at it, no issues, no separate flap care today
Q: Exam?
A: dorsal hands and fingertips: erythema, scale, fissures; no vesicles, no nail changes
Q: Assessment?
A: irritant contact dermatitis from wet work
Q: Treatment?
A: triamcinolone 0.1% ointment BID x2 wk (Rx), barrier cream, nitrile gloves with cotton liners
Q: Procedure today?
A: No
Q: Follow-up?
A: 4 wk if not better; flap check as scheduled 08/04

Assessment: irritant hand dermatitis - new problem, unrelated to the cheek flap; Rx as above.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated E/M (new hand dermatitis with prescription) inside the 90-day global of 14040 -> 24.",
})

SCENARIOS.append({
    "id": "s59-po-new-lesion-biopsy-in-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Shave biopsy of new left temple lesion 7 days after SCC excision right forearm (010) -> 11102-79; Medicare FFS",
    "date": "2025-09-09",
    "patient": ("Blackwood", "Thaddeus", "1944-11-11", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left temple", "D04.39", "Left temple", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy, single lesion", "11102", "Left temple",
          "Shave biopsy of 0.8 cm scaly pink plaque, new.", ["c1"]),
    ],
    "prior": [PRIOR("2025-09-02", "11602", "Excision malignant lesion", "Right dorsal forearm",
                    "SCC 1.1 cm + 4 mm margins; simple closure.")],
    "path": [{"text": "Skin, left temple, shave biopsy: squamous cell carcinoma in situ.", "site": "Left temple"}],
    "note_title": "DermQA Post-op Visit + Procedure",
    "note": HDR + """S. Weiss MD - 80M

Q: Visit type?
A: wound check, R forearm excision (09/02/2025) + new spot L temple
Q: R forearm wound?
A: healing, sutures left in (out at day 14)
Q: New lesion details?
A: 0.8 cm scaly pink plaque L temple x2 months, not present at 08/2025 exam
Q: Biopsy performed?
A: Yes - tangential (shave), L temple
Q: Related to the forearm surgery?
A: No - different site, new lesion
Q: Other treatment today?
A: No
Q: Separate E/M?
A: No

Assessment: post-op check normal; new L temple lesion sampled, r/o SCC/SCCIS.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["D04.39"]}),
    "coder_note": "GS-5: unrelated procedure on a new lesion inside the 10-day global of 11602 -> 79. The wound check "
                  "is part of the global and not separately coded.",
})

SCENARIOS.append({
    "id": "s59-rep-bike-fall-three-lacerations",
    "family": "repair", "shape": "note-only",
    "description": "Simple repairs: forearm 2.5 + hand 1.5 = 4.0 cm -> 12002; chin 1.2 cm -> 12011; commercial",
    "date": "2025-05-31",
    "patient": ("Villanueva", "Soren", "1993-04-16", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body, left forearm, initial", "S51.812A", "Left forearm", reason=True),
        C("c2", "Laceration without foreign body, left hand, initial", "S61.412A", "Left hand", reason=True),
        C("c3", "Laceration without foreign body, chin, initial", "S01.81XA", "Chin", reason=True),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """C. Okonkwo MD - 32M - same-day add-on (established derm pt, acne)

Q: Reason?
A: fell off bicycle 2 h ago; three cuts, no LOC, helmet worn; asked to be seen here rather than ED
Q: Foreign body / contamination?
A: minimal road grit, irrigated with 500 mL saline - not heavily contaminated
Q: Tetanus?
A: Tdap 2022
Q: Wound 1 - site / length / closure?
A: L volar forearm, 2.5 cm, simple single-layer 4-0 nylon
Q: Wound 2 - site / length / closure?
A: L dorsal hand, 1.5 cm, simple single-layer 4-0 nylon
Q: Wound 3 - site / length / closure?
A: chin, 1.2 cm, simple single-layer 6-0 nylon
Q: Layered closure on any wound?
A: No
Q: Tendon / nerve involvement?
A: None - full ROM, sensation intact
Q: Separate E/M?
A: No

Assessment: three simple lacerations repaired. Suture removal chin 5 d, arm/hand 10 d.
""",
    "expected": E([L("12002"), L("12011")]),
    "coder_note": "REP-1/REP-2: simple repairs summed per site group: forearm + hand (12001-12007 group) 4.0 cm -> 12002; "
                  "chin (face group) 1.2 cm -> 12011. No PTP edit between 12002 and 12011.",
})

SCENARIOS.append({
    "id": "s59-rep-cheek-rotation-flap-decision-57",
    "family": "repair", "shape": "note-only",
    "description": "New pt with outside-biopsied cheek BCC; decision for flap at the visit, excision + rotation flap 8.5 sq cm same day -> 99203-57 + 14040",
    "date": "2025-10-21",
    "patient": ("Abercrombie", "Gwendolyn", "1950-08-19", "female"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 120, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left cheek", "C44.319", "Left medial cheek", reason=True),
    ],
    "path": [{"text": "Skin, left cheek, excision: nodular basal cell carcinoma, margins clear.",
              "site": "Left medial cheek"}],
    "note_title": "DermQA New Patient Visit + Procedure",
    "note": HDR + """E. Lindqvist MD - NEW pt - 75F, referred by PCP with outside path (nodular BCC, L cheek, 10/01/2025)

Q: History?
A: pearly lesion L medial cheek x1 yr; no prior skin cancer; on apixaban for AF (held 48 h per cardiology)
Q: Exam?
A: 1.0 cm nodular BCC L medial cheek; no other suspicious lesions on face/neck
Q: Options discussed?
A: Mohs (not available locally for 2 mo), standard excision with flap, radiation, imiquimod (not for nodular)
Q: Decision?
A: excision with local flap today - decided at this visit after discussion; consent signed
Q: Lesion size / margin?
A: 1.0 cm / 4 mm
Q: Repair?
A: rotation flap
Q: Primary defect area?
A: 3.1 sq cm
Q: Secondary defect area?
A: 5.4 sq cm
Q: Total flap area?
A: 8.5 sq cm
Q: Separate excision code intended?
A:
Q: Complications?
A: none

Assessment: nodular BCC L cheek excised and repaired with rotation flap. Sutures out 7 d.
""",
    "expected": E([L("99203", 1, "57"), L("14040")], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-2: the excision is included in the adjacent tissue transfer (no 11642). FLAP-1: 3.1 + 5.4 = 8.5 "
                  "sq cm on the cheek -> 14040. FLAP-4/GS-4: E/M deciding a 090 procedure the same day -> 57.",
})

SCENARIOS.append({
    "id": "s59-sh-inflamed-sk-cheek-and-forearm",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of inflamed SKs: right cheek 0.4 cm -> 11310, left forearm 1.3 cm -> 11302; Medicare FFS",
    "date": "2025-03-06",
    "patient": ("Fitzgibbon", "Rosamund", "1946-12-24", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right cheek", "L82.0", "Right cheek", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left forearm, bleeding", "L82.0", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right cheek",
          note="0.4 cm red, crusted, itchy keratotic papule; removed by shave, AlCl3.", reasons=["c1"]),
        P("Shave removal", site="Left dorsal forearm",
          note="1.3 cm inflamed keratosis, bleeds when bumped; removed by shave, light cautery.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Right cheek: inflamed seborrheic keratosis.", "site": "Right cheek"},
        {"text": "B. Left forearm: irritated seborrheic keratosis with hemorrhage.", "site": "Left dorsal forearm"},
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """W. Chen MD - 78F

Q: Procedure?
A: shave removal x2
Q: Lesion 1: site / size / symptoms
A: R cheek / 0.4 cm / red, crusted, itching constantly
Q: Lesion 2: site / size / symptoms
A: L dorsal forearm / 1.3 cm / inflamed, bleeds when bumped (3x this month)
Q: Intent?
A: complete removal (not sampling)
Q: Suture closure?
A: No
Q: Other lesions?
A: several non-irritated SKs on back - left alone, not treated
Q: Separate E/M?
A: No

Assessment: symptomatic inflamed SKs x2 removed by shave; path confirmation.
""",
    "expected": E([L("11310"), L("11302")], dx={"11310": ["L82.0"], "11302": ["L82.0"]}),
    "coder_note": "SH-1: shave removal by site group and lesion diameter: face 0.4 cm -> 11310; arm 1.3 cm -> 11302. "
                  "Symptomatic (itch, bleeding, inflammation) so covered; untreated SKs not coded.",
})

SCENARIOS.append({
    "id": "s59-sh-scalp-size-blank-back-0-8",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals of irritated nevi: scalp size unanswered (no line), back 0.8 cm -> 11301; commercial",
    "date": "2025-04-17",
    "patient": ("Moreno-Blythe", "Tiberius", "1988-10-02", "male"),
    "provider": "lindgren", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Melanocytic nevus, left parietal scalp, irritated", "D22.4", "Left parietal scalp", reason=True),
        C("c2", "Melanocytic nevus, right lower back, irritated", "D22.5", "Right lower back", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left parietal scalp",
          note="Raised dermal nevus, catches on comb, bled. Size: ____ . Shave flush, AlCl3.", reasons=["c1"]),
        P("Shave removal", site="Right lower back",
          note="0.8 cm raised nevus at belt line, irritated and bleeding. Shave, AlCl3.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left parietal scalp: intradermal nevus.", "site": "Left parietal scalp"},
        {"text": "B. Right lower back: compound nevus, irritated.", "site": "Right lower back"},
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """A. Lindgren MD - 36M

Q: Procedure?
A: shave removal x2
Q: Lesion 1 site?
A: L parietal scalp
Q: Lesion 1 size?
A:
Q: Lesion 1 symptoms?
A: catches on comb, bled 2x
Q: Lesion 2 site / size?
A: R lower back / 0.8 cm
Q: Lesion 2 symptoms?
A: rubs on belt, irritated, bled
Q: Intent?
A: removal
Q: Separate E/M?
A: No

Assessment: two symptomatic nevi removed by shave. (Size of scalp lesion not recorded.)
""",
    "expected": E([L("11301")], topics=["missing-documentation"], dx={"11301": ["D22.5"]}),
    "coder_note": "README 'Coding decisions' (shave-scalp-no-size): no lesion diameter -> no size-banded shave line for "
                  "the scalp + missing-documentation. Back 0.8 cm -> 11301.",
})

SCENARIOS.append({
    "id": "s59-sh-neck-nevus-coded-as-biopsy",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded 11102 but intent was complete shave removal of 1.1 cm irritated neck nevus -> 11307; MA",
    "date": "2025-05-15",
    "patient": ("Oyelowo", "Cressida", "1959-06-18", "female"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Melanocytic nevus, right lateral neck, irritated", "D22.4", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", "11102", "Right lateral neck",
          "Deep shave of 1.1 cm dome-shaped flesh-colored papule, entire lesion removed; sent to path.", ["c1"]),
    ],
    "path": [{"text": "Skin, right neck, shave: intradermal melanocytic nevus, completely removed.",
              "site": "Right lateral neck"}],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """S. Ramirez MD - 66F

Q: Lesion?
A: 1.1 cm dome-shaped papule R lateral neck, rubbed by collar and seatbelt, inflamed and bled x2
Q: Was a biopsy performed today?
A: No - removal
Q: Intent?
A: complete removal by shave, flush with skin; tissue to path routinely
Q: Size?
A: 1.1 cm
Q: Technique?
A: deep shave (saucerization) with DermaBlade, hyfrecation for hemostasis
Q: Sutures?
A: No
Q: Other lesions?
A: No

Assessment: symptomatic dermal nevus R neck removed by shave. Path routine.
""",
    "expected": E([L("11307")], topics=["coding-correction"], dx={"11307": ["D22.4"]}),
    "coder_note": "BX-4: intent was complete removal, so shave removal (not tangential biopsy) is coded: neck 1.1 cm -> "
                  "11307 (SNHFG 1.1-2.0).",
})

SCENARIOS.append({
    "id": "s59-tag-twenty-two-irritated",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 irritated, bleeding skin tags neck/axillae snipped -> 11200 + 11201 x1; commercial",
    "date": "2025-06-26",
    "patient": ("Grimaldi", "Philomena", "1968-02-27", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae, irritated", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """H. Voss MD - 57F

Q: Lesions?
A: skin tags - neck and both axillae
Q: Symptoms?
A: catch on necklaces and bra straps; several red, inflamed and bleeding today
Q: Only symptomatic tags removed?
A: Yes
Q: Number of tags removed?
A: 22 (neck 10, R axilla 7, L axilla 5)
Q: Technique?
A: snip excision with gradle scissors, AlCl3
Q: Path?
A: not sent
Q: Cosmetic tags also requested?
A: Pt asked about small facial tags - declined today, quoted self-pay for a future visit
Q: Separate E/M?
A: No

Assessment: 22 symptomatic acrochordons removed.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "Skin tags: 11200 covers up to 15; 11201 per additional 10 -> ceil(7/10) = 1. Facial tags not treated.",
})

SCENARIOS.append({
    "id": "s59-tag-forty-symptomatic-mue",
    "family": "skin-tags", "shape": "free-text",
    "description": "40 symptomatic skin tags removed -> 11200 + 11201 (3 units) capped at MUE 1; Medicare FFS",
    "date": "2025-07-24",
    "patient": ("Whitlock", "Barnabas", "1954-09-09", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, neck, axillae, groin, inflamed and bleeding", "L91.8", "Neck, axillae, inguinal folds",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck, bilateral axillae, inguinal folds",
          note="Snip and cautery. Forty (40) tags removed, all irritated/inflamed or with recent bleeding.",
          reasons=["c1"]),
    ],
    "note_title": "DermQA Procedure Visit",
    "note": HDR + """R. Nakamura MD - 70M

Q: Lesions?
A: numerous acrochordons, obese pt, friction areas
Q: Symptoms?
A: inflamed, chafe, bleed on clothing; several with crust/erythema on exam
Q: Only symptomatic tags removed?
A: Yes - asymptomatic ones left
Q: Number removed?
A: 40
Q: Technique?
A: fine scissors + hyfrecation
Q: Path sent?
A: No
Q: Separate E/M?
A: No

Assessment: 40 symptomatic skin tags removed.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "40 tags -> 11200 + 11201 x ceil(25/10) = 3; 11201 MUE is 1 -> capped at 1 with an mue finding "
                  "(README 'Coding decisions').",
})
