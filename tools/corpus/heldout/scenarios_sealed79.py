"""Sealed set 79 (s79-): Oracle Health (Cerner) PowerChart dermatology group, coding-lead QA set.

Notes are written the way PowerNote documents export: auto-text components ("Problem List/Past Medical History",
"Procedure Note", "Assessment/Plan", "Orders this visit"), bracketed defaults left unedited, 'Free text:' fields,
and problem lists carried forward from earlier visits. Expected answers come from the rule book (sections 2-7,
10), docs/coding_conventions.md and tests/corpus/README.md ("File format", "Coding decisions") only.
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
    "id": "s79-bx-precoded-punch-two-tangential",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Charge capture sent 11104 + 11102 + 11102 for one punch and two tangential biopsies; Medicare FFS",
    "date": "2025-11-04",
    "patient": ("Dunleavy", "Marjorie", "1949-02-17", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic nevus, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right dorsal forearm", "L82.0", "Right dorsal forearm", reason=True),
        C("c3", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal tip", reason=True),
        C("c4", "Actinic keratosis", "L57.0", history=True),
    ],
    "procedures": [
        P("Punch biopsy of skin, single lesion", "11104", "Left upper back",
          note="4 mm punch, full thickness to fat, 2 simple interrupted 4-0 nylon.", reasons=["c1"]),
        P("Tangential biopsy of skin, single lesion", "11102", "Right dorsal forearm",
          note="Shave biopsy with DermaBlade, Drysol hemostasis.", reasons=["c2"]),
        P("Tangential biopsy of skin, single lesion", "11102", "Nasal tip",
          note="Shave biopsy, aluminum chloride hemostasis.", reasons=["c3"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
Patient: DUNLEAVY, MARJORIE     DOB: 02/17/1949     DOS: 11/04/2025
Visit Type: [Established Patient]     Attending: Wei Chen, MD

Chief Complaint
Three spots flagged at last skin check, here for biopsies.

Problem List/Past Medical History
Ongoing
   Actinic keratosis
   Osteoarthritis
Historical
   Cholecystectomy 2004

Procedure Note
   Procedure: [Punch biopsy]   Site: left upper back   Lesion: 0.7 cm irregular brown macule
   Consent: [Written consent obtained]   Time out: [Performed]
   Anesthesia: [1% lidocaine with epinephrine]
   Free text: 4 mm punch taken through full thickness, closed with 2 simple interrupted 4-0 nylon.
   Complications: [None]   Patient tolerated: [Well]

Procedure Note
   Procedure: [Tangential (shave) biopsy]   Site: right dorsal forearm   Lesion: 0.9 cm red crusted
   stuck-on papule, itches and catches on her watch band
   Free text: Sampled with DermaBlade at the mid-dermis; Drysol for hemostasis. Lesion not fully removed.
   Complications: [None]

Procedure Note
   Procedure: [Tangential (shave) biopsy]   Site: nasal tip   Lesion: 0.5 cm pearly papule
   Free text: Sampled with DermaBlade, aluminum chloride hemostasis. Partial sample for diagnosis only.
   Complications: [None]

Assessment/Plan
1. Atypical pigmented lesion, L upper back - punch bx sent.
2. Irritated stuck-on papule, R forearm - tangential bx sent.
3. Pearly papule, nasal tip - tangential bx sent; will discuss Mohs if BCC.
4. Actinic keratosis - none treated today, continue sunscreen.

Orders this visit
   Surgical Pathology Request x3 [Sent]
   Wound care handout [Given]

Electronically Signed on 11/04/2025 04:12 PM CST by Chen, Wei MD
""",
    "path": [
        {"text": "A. Skin, left upper back, punch: compound dysplastic nevus with moderate architectural "
                 "disorder and cytologic atypia, margins involved.", "site": "Left upper back"},
        {"text": "B. Skin, right dorsal forearm, shave: irritated seborrheic keratosis.", "site": "Right dorsal forearm"},
        {"text": "C. Skin, nasal tip, shave: basal cell carcinoma, nodular type, extending to the deep margin.",
         "site": "Nasal tip"},
    ],
    "expected": E([L("11104"), L("11103", 2)], ["coding-correction"],
                  {"11104": ["D22.5"]}),
    "coder_note": "BX-2: one primary per encounter, punch outranks tangential -> 11104; the two tangential biopsies "
                  "become 11103 x2 (11104/11102 is PTP indicator 0, two primaries never pay together).",
})

SCENARIOS.append({
    "id": "s79-bx-wedge-punch-psoriasis-flare-25",
    "family": "biopsy", "shape": "note-only",
    "description": "Est. pt psoriasis flare with new systemic Rx (99214) plus incisional thigh bx and punch scalp bx; commercial",
    "date": "2025-10-21",
    "patient": ("Okonjo", "Teresa", "1978-06-30", "female"),
    "provider": "ramirez", "payer": "commercial-cigna", "minutes": 40,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, lower back", reason=True),
        C("c2", "Localized scleroderma (morphea), left thigh", "L94.0", "Left lateral thigh", reason=True),
        C("c3", "Classic lichen planopilaris", "L66.11", "Vertex scalp", reason=True),
        C("c4", "Basal cell carcinoma, right temple (2019, excised)", None, history=True),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """*** PowerNote: Dermatology Office Visit ***
OKONJO, TERESA   DOB 06/30/1978   DOS 10/21/2025   Provider: Sofia Ramirez, MD
Visit Type: [Established Patient Office Visit]

Chief Complaint: psoriasis much worse x 2 months; new hard patch on left thigh; bald spot crown.

History of Present Illness
Known plaque psoriasis, previously controlled on clobetasol + calcipotriene. Since August flaring with new
plaques on the low back and knees, ~8% BSA, itch 7/10, cracking on the elbows. Failed topicals.
Separately: 3 x 4 cm shiny firm plaque L lateral thigh x 4 months, not itchy. Crown: patch of hair loss with
perifollicular redness x 6 months.

Problem List/Past Medical History
Ongoing
   Psoriasis vulgaris
   Hypothyroidism
Resolved
   Basal cell carcinoma, right temple - excised 2019, no recurrence

Physical Examination
   General: [Well appearing, no acute distress]
   Skin: thick erythematous scaly plaques elbows, knees, lumbosacral; BSA about 8%. L lateral thigh: 3 x 4 cm
   ivory indurated plaque with violaceous rim. Vertex: 2 cm scarring patch, perifollicular erythema and scale.

Procedure Note
   Procedure: [Incisional biopsy]   Site: left lateral thigh
   Free text: Fusiform wedge taken with #15 blade through the indurated edge into subcutaneous fat, full
   thickness, closed with 3 simple interrupted 4-0 nylon. Lesion not removed - diagnostic sample only.
   Complications: [None]

Procedure Note
   Procedure: [Punch biopsy]   Site: vertex scalp
   Free text: 4 mm punch at the active border, 1 simple suture.
   Complications: [None]

Assessment/Plan
1. Psoriasis vulgaris, flaring, failed high-potency topicals. Discussed options incl. biologics. Start
   apremilast with titration pack; reviewed GI side effects, depression screening (PHQ-2 negative).
   Continue clobetasol to plaques twice daily x 2 weeks then weekends.
2. Indurated plaque L thigh - suspect morphea vs other; incisional bx sent.
3. Scarring alopecia vertex - punch bx sent (LPP vs other).
Return 4 weeks, sooner with path.

Orders this visit
   Apremilast 10/20/30 mg titration pack [Ordered]
   Surgical Pathology Request x2 [Sent]

Electronically Signed on 10/21/2025 05:02 PM CDT by Ramirez, Sofia MD
""",
    "path": [
        {"text": "A. Skin, left lateral thigh, incisional: sclerosing dermatitis consistent with morphea.",
         "site": "Left lateral thigh"},
        {"text": "B. Scalp, vertex, punch: lichenoid perifollicular infiltrate with fibrosis, consistent with "
                 "lichen planopilaris.", "site": "Vertex scalp"},
    ],
    "expected": E([L("99214", 1, "25"), L("11106"), L("11105")], [],
                  {"11106": ["L94.0"], "11105": ["L66.11"], "99214": ["L40.0"]}),
    "coder_note": "GS-3: psoriasis flare with new prescription management is separately identifiable from the two "
                  "biopsies -> 99214-25. BX-2: incisional outranks punch -> 11106 + 11105. 2019 BCC is resolved, not coded.",
})

_TX_SITES = [
    ("Right temple", "1.0 cm hyperkeratotic papule", "squamous cell carcinoma, well differentiated, invasive"),
    ("Left cheek", "0.6 cm scaly pink papule", "squamous cell carcinoma in situ"),
    ("Right dorsal hand", "0.8 cm crusted nodule", "keratoacanthoma-type squamous cell carcinoma"),
    ("Left dorsal hand", "0.5 cm scaly papule", "actinic keratosis, hypertrophic"),
    ("Right forearm", "0.7 cm verrucous papule", "verruca vulgaris"),
    ("Left forearm", "0.9 cm pink scaly plaque", "squamous cell carcinoma in situ"),
    ("Scalp, vertex", "1.1 cm keratotic papule", "squamous cell carcinoma, moderately differentiated"),
    ("Right upper back", "0.6 cm pearly papule", "basal cell carcinoma, superficial type"),
]

SCENARIOS.append({
    "id": "s79-bx-transplant-eight-tangential-mue",
    "family": "biopsy", "shape": "free-text",
    "description": "Renal-transplant patient, eight tangential biopsies at one visit (11103 MUE 6); Medicare FFS",
    "date": "2025-12-02",
    "patient": ("Vukovich", "Anton", "1956-09-08", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Kidney transplant status", "Z94.0", reason=True),
        C("c2", "Multiple skin lesions under evaluation, sun-exposed skin", None, reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site=site, note=f"{desc}. Tangential sample with DermaBlade, partial removal for "
          "diagnosis, AlCl3 hemostasis.", reasons=["c2"])
        for site, desc, _ in _TX_SITES
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
VUKOVICH, ANTON   DOB 09/08/1956   DOS 12/02/2025   Attending: Marc Baptiste, MD
Visit Type: [Established Patient]

Chief Complaint: high-risk skin check follow up; multiple new growths.

Problem List/Past Medical History
Ongoing
   Kidney transplant status (2014) - tacrolimus, mycophenolate
   Squamous cell carcinoma of skin, multiple (history)
   Actinic keratosis
Historical
   Hypertension

Procedure Note
   Procedure: [Tangential (shave) biopsy]   Number of lesions: 8
   Consent: [Written consent obtained]   Time out: [Performed]
   Anesthesia: [1% lidocaine with epinephrine]
   Free text: Eight separate lesions sampled, each a partial tangential sample for diagnosis, each its own
   container A-H: R temple, L cheek, R dorsal hand, L dorsal hand, R forearm, L forearm, vertex scalp,
   R upper back. Hemostasis AlCl3. No lesion destroyed or removed beyond the sample.
   Complications: [None]   Estimated blood loss: [Minimal]

Assessment/Plan
1. Multiple lesions concerning for keratinocyte carcinoma in an organ transplant recipient - 8 bx sent.
   Will plan treatment by path; low threshold for excision/Mohs.
2. Transplant status - coordinate with nephrology re: possible sirolimus switch if multiple SCC.

Orders this visit
   Surgical Pathology Request x8 [Sent]

Electronically Signed on 12/02/2025 03:48 PM CST by Baptiste, Marc MD
""",
    "path": [
        {"text": f"{chr(65 + i)}. Skin, {site.lower()}, shave: {dx}.", "site": site}
        for i, (site, _, dx) in enumerate(_TX_SITES)
    ],
    "expected": E([L("11102"), L("11103", 6)], ["mue"]),
    "coder_note": "BX-2: 8 tangential biopsies -> 11102 + 11103 x7, but 11103 MUE is 6 (MAI 3) -> capped at 6 with an "
                  "mue finding (README Coding decisions).",
})

SCENARIOS.append({
    "id": "s79-cos-sk-face-cryo-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cryo of 5 asymptomatic facial SKs for appearance, voluntary ABN signed; Medicare FFS (NGS name only)",
    "date": "2025-09-23",
    "patient": ("Halloran", "Bernadette", "1951-04-12", "female"),
    "provider": "okafor", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face", "L82.1", "Bilateral temples and cheeks", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
HALLORAN, BERNADETTE   DOB 04/12/1951   DOS 09/23/2025   Provider: Adaeze Okafor, MD

Chief Complaint: "I want these brown spots off my face."

History of Present Illness
Several stuck-on brown spots on the temples and cheeks for years. She dislikes how they look in photos.
Denies itching, bleeding, irritation, catching on glasses, or any recent change in size or color.

Problem List/Past Medical History
Ongoing
   Seborrheic keratosis
   Hypertension
   Osteopenia

Physical Examination
   Skin: five waxy tan-brown stuck-on papules 3-6 mm: R temple x2, L temple x1, R cheek x1, L cheek x1.
   No inflammation, no erosion, dermoscopy classic for SK. No lesions of concern.

Procedure Note
   Procedure: [Cryotherapy - benign lesions]   Number of lesions: 5
   Free text: LN2 spray, 2 freeze-thaw cycles of about 5 sec each to 5 SKs as above.
   Complications: [None]   Patient tolerated: [Well]

Assessment/Plan
1. Seborrheic keratoses, face, asymptomatic - treated at patient request for cosmetic reasons.
   Explained Medicare does not cover cosmetic removal. Voluntary Advance Beneficiary Notice (ABN) reviewed and
   signed; patient accepts financial responsibility.

Orders this visit
   ABN - voluntary notice for non-covered service [Signed]

Electronically Signed on 09/23/2025 11:20 AM EDT by Okafor, Adaeze MD
""",
    "expected": E([L("17110", 1, "GX", "GY")], ["cosmetic"], {"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK removal is cosmetic (statutorily excluded) for Medicare FFS -> GY, plus "
                  "GX because a voluntary ABN was signed. 5 lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s79-cos-peel-commercial-precoded",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Facial glycolic peel for photoaging, self-pay package, charge 15788 sent to commercial payer",
    "date": "2025-10-08",
    "patient": ("Ferreira", "Lucia", "1983-01-25", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Encounter for cosmetic surgery", "Z41.1", reason=True),
        C("c2", "Photoaging of skin, face", "L57.8", "Face"),
    ],
    "procedures": [
        P("Chemical peel, facial, epidermal", "15788", "Full face",
          note="30% glycolic acid, 3 minutes, neutralized. Cosmetic rejuvenation package session 2 of 4.",
          reasons=["c1"]),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": """*** PowerNote: Aesthetic Procedure Note ***
FERREIRA, LUCIA   DOB 01/25/1983   DOS 10/08/2025   Provider: Henrietta Voss, MD

Chief Complaint: peel #2 of 4 (rejuvenation package).

History of Present Illness
Here for the second of four superficial peels she purchased for fine lines and uneven tone. No
reaction to peel #1. No active acne, no actinic damage needing treatment, no melasma diagnosis.

Problem List/Past Medical History
Ongoing
   [No chronic problems]
Historical
   Acne vulgaris (teen years, resolved)

Procedure Note
   Procedure: [Chemical peel - superficial]   Area: full face
   Free text: Degreased with acetone. 30% glycolic acid applied x 3 min, neutralized with bicarbonate,
   cool compresses, mineral sunscreen.
   Complications: [None]

Assessment/Plan
1. Photoaging, cosmetic concern only - peel done as part of the self-pay aesthetic package.
   Patient aware this is not covered by insurance.
Next peel in 4 weeks.

Orders this visit
   Aesthetic package - session 2/4 [Completed]

Electronically Signed on 10/08/2025 02:31 PM CDT by Voss, Henrietta MD
""",
    "expected": E([], ["cosmetic"]),
    "coder_note": "Cosmetic peel (COS-2) for a commercial payer: per conventions the line is removed from the claim "
                  "and the patient is billed directly (cosmetic finding).",
})

SCENARIOS.append({
    "id": "s79-ds-ak-nine-17003-overcount",
    "family": "destruction", "shape": "pre-coded",
    "description": "Nine AKs destroyed; charge sent 17000 + 17003 x9 (should be x8); Medicare FFS",
    "date": "2025-11-18",
    "patient": ("Pettibone", "Gerald", "1944-07-03", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp, forehead, dorsal hands", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right forearm (ED&C 2023)", "Z86.007", history=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", "17000", "Scalp",
          note="LN2 cryotherapy, 1 of 9.", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each additional - qty 9", "17003",
          "Scalp, forehead, dorsal hands",
          note="Charge entered as 17003 x 9. Treated lesions documented in note: 9 total.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
PETTIBONE, GERALD   DOB 07/03/1944   DOS 11/18/2025   Provider: Ren Nakamura, MD
Visit Type: [Established Patient]

Chief Complaint: rough spots scalp and hands.

Problem List/Past Medical History
Ongoing
   Actinic keratosis
   Atrial fibrillation (on apixaban)
Resolved
   Squamous cell carcinoma in situ, right forearm - ED&C 2023, no recurrence

Physical Examination
   Skin: gritty erythematous keratotic papules - scalp x4, forehead x2, R dorsal hand x2, L dorsal hand x1.
   Right forearm ED&C scar well healed, no recurrence.

Procedure Note
   Procedure: [Cryotherapy - premalignant lesions]
   Number of lesions: 9 (scalp 4, forehead 2, right hand 2, left hand 1)
   Free text: LN2, 1 freeze-thaw cycle 8-10 sec each.
   Complications: [None]   Patient tolerated: [Well]

Assessment/Plan
1. Actinic keratoses x 9 - cryo today. Consider field therapy with 5-FU in spring.
2. History of SCCIS R forearm - no evidence of recurrence.

Orders this visit
   [No orders]

Electronically Signed on 11/18/2025 10:05 AM CST by Nakamura, Ren MD
""",
    "expected": E([L("17000"), L("17003", 8)], ["coding-correction"], {"17000": ["L57.0"]}),
    "coder_note": "DS-1: 9 lesions -> 17000 + 17003 x(9-1) = 8. The charge counted the first lesion twice.",
})

SCENARIOS.append({
    "id": "s79-ds-ak-twentytwo-em-dropped",
    "family": "destruction", "shape": "note-only",
    "description": "22 AKs destroyed (17004); provider also picked 99213 but only work is the AK treatment; MA PPO",
    "date": "2026-01-13",
    "patient": ("Sandqvist", "Ingrid", "1947-11-29", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 20,
    "em": "99213",
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face, scalp, forearms", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """*** PowerNote: Dermatology Office Visit ***
SANDQVIST, INGRID   DOB 11/29/1947   DOS 01/13/2026   Provider: Astrid Lindgren, MD
Visit Type: [Established Patient Office Visit]

Chief Complaint: AK treatment, scheduled.

History of Present Illness
Returns for planned cryotherapy of her actinic keratoses. No new concerns. No other complaints today.

Problem List/Past Medical History
Ongoing
   Actinic keratosis
   Personal history of basal cell carcinoma (L shoulder 2020)
   Hyperlipidemia

Physical Examination
   General: [Alert and oriented x3]
   Skin: [Focused exam of treatment areas] - numerous rough erythematous papules: face 9, scalp 7,
   R forearm 3, L forearm 3. Total 22.

Procedure Note
   Procedure: [Cryotherapy - premalignant lesions]   Number of lesions: 22
   Free text: LN2 cryospray, single cycle each lesion.
   Complications: [None]

Assessment/Plan
1. Actinic keratoses, 22 treated with LN2. Aftercare reviewed. Recheck 6 months.

Orders this visit
   [No orders]

Electronically Signed on 01/13/2026 09:41 AM CST by Lindgren, Astrid MD
""",
    "expected": E([L("17004")], [], {"17004": ["L57.0"]}),
    "coder_note": "DS-1: 22 lesions -> 17004 x1. GS-3 / README: the only work is the planned AK destruction, so the "
                  "99213 is not separately identifiable and is removed (no modifier 25).",
})

SCENARIOS.append({
    "id": "s79-ds-molluscum-eighteen-curettage",
    "family": "destruction", "shape": "free-text",
    "description": "Child with 18 molluscum papules curetted (17111); Medicaid MCO",
    "date": "2025-08-19",
    "patient": ("Abernethy", "Keegan", "2018-03-14", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk and axillae", reason=True),
    ],
    "procedures": [
        P("Curettage of molluscum", site="Trunk and bilateral axillae",
          note="EMLA under occlusion 45 min prior. 18 papules removed with 3 mm curette, AlCl3 for hemostasis.",
          reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
ABERNETHY, KEEGAN   DOB 03/14/2018   DOS 08/19/2025   Provider: Folake Adeyemi, MD
Accompanied by: mother

Chief Complaint: molluscum spreading, some red and itchy, younger sibling now has them.

Problem List/Past Medical History
Ongoing
   Molluscum contagiosum
   Atopic dermatitis, mild (stable, no flare)

Physical Examination
   Skin: 18 pearly umbilicated papules 1-4 mm - R axilla 6, L axilla 5, flanks/trunk 7. Several with
   surrounding eczematous reaction.

Procedure Note
   Procedure: [Curettage - benign lesions]   Number of lesions: eighteen (18)
   Anesthesia: [Topical EMLA under occlusion]
   Free text: all 18 papules removed with a 3 mm ring curette; AlCl3 hemostasis; bandages.
   Complications: [None]   Patient tolerated: [Well]

Assessment/Plan
1. Molluscum contagiosum, spreading - curettage of 18 lesions. Discussed contagion, no shared towels.
2. Atopic dermatitis - stable on emollients, no change today.

Orders this visit
   [No orders]

Electronically Signed on 08/19/2025 01:52 PM EDT by Adeyemi, Folake MD
""",
    "expected": E([L("17111")], [], {"17111": ["B08.1"]}),
    "coder_note": "DS-2: molluscum curettage is benign destruction; 15 or more lesions -> 17111 x1 (not 17110).",
})

SCENARIOS.append({
    "id": "s79-ds-edc-superficial-bcc-back",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven superficial BCC L upper back, defect 1.7 cm (17262); untreated second lesion; Medicare FFS",
    "date": "2025-10-30",
    "patient": ("Lindahl", "Everett", "1942-05-22", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-09", "11102", "Tangential biopsy", "Left upper back",
              "Shave bx 1.2 cm pink scaly plaque; path superficial BCC."),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
LINDAHL, EVERETT   DOB 05/22/1942   DOS 10/30/2025   Provider: Jordan Pike, MD
Visit Type: [Established Patient]

Chief Complaint: treatment of skin cancer on back.

History of Present Illness
Shave biopsy 10/09/2025 of L upper back: basal cell carcinoma, superficial type. Options reviewed at that time
(excision, ED&C, topical imiquimod); he chose ED&C.

Problem List/Past Medical History
Ongoing
   Basal cell carcinoma, left upper back
   Type 2 diabetes mellitus
   Chronic kidney disease stage 3a

Physical Examination
   Skin: L upper back 1.2 cm pink scaly plaque at biopsy site, well healed.
   Also 0.4 cm pink papule R shoulder - looks like a benign angioma, will watch; not treated.

Procedure Note
   Procedure: [Electrodesiccation and curettage - malignant lesion]   Site: left upper back
   Clinical lesion size: 1.2 cm
   Free text: 3 cycles of curettage and electrodesiccation. Final defect 1.7 cm diameter.
   Hemostasis: [Electrodesiccation]   Complications: [None]

Assessment/Plan
1. Superficial BCC L upper back - ED&C x3 cycles, defect 1.7 cm. Wound care given.
2. Angioma R shoulder - benign, observe.
Skin check 6 months.

Orders this visit
   [No orders]

Electronically Signed on 10/30/2025 10:58 AM EDT by Pike, Jordan MD
""",
    "expected": E([L("17262")], [], {"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction, trunk, lesion 1.2 cm / final defect 1.7 cm (both 1.1-2.0) -> 17262. "
                  "Prior biopsy is 000 global, no modifier. R shoulder lesion not treated.",
})

SCENARIOS.append({
    "id": "s79-em-new-acne-isotretinoin-blank-proc",
    "family": "em", "shape": "note-only",
    "description": "New pt nodulocystic acne, isotretinoin started (99204); unused Procedure Note component in template",
    "date": "2025-09-09",
    "patient": ("Whitcombe", "Declan", "2006-12-04", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 45,
    "em": "99204",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, chest, back", reason=True),
        C("c2", "Molluscum contagiosum (childhood, resolved)", None, history=True),
    ],
    "note_title": "Dermatology New Patient Visit",
    "note": """*** PowerNote: Dermatology New Patient Visit ***
WHITCOMBE, DECLAN   DOB 12/04/2006   DOS 09/09/2025   Provider: Ines Castellanos, MD
Visit Type: [New Patient Office Visit]   Referred by: Dr. Amsel (PCP)

Chief Complaint: severe acne, scarring.

History of Present Illness
18 y/o with acne since age 13. Failed doxycycline 100 mg BID x 4 months, adapalene/benzoyl peroxide, and
topical clindamycin. Painful nodules on the jaw, chest and back, new atrophic scars.

Problem List/Past Medical History
Ongoing
   Acne vulgaris
Resolved
   Molluscum contagiosum - childhood

Medications: adapalene/BPO gel nightly
Allergies: [No Known Allergies]

Physical Examination
   Skin: multiple inflammatory papules and 6-8 tender nodules on the face, chest, upper back; early
   ice-pick and rolling scars on the cheeks.

Procedure Note
   Procedure: [ ]
   Free text: No procedure performed today.

Assessment/Plan
1. Nodulocystic acne vulgaris with scarring, failed oral antibiotic - start isotretinoin 40 mg daily after
   iPLEDGE registration. Baseline fasting lipids and LFTs ordered, repeat monthly. Discussed mood changes,
   dryness, no waxing, no blood donation. Stop doxycycline.
2. Acne scarring - revisit options once acne is quiet.
Return 30 days (iPLEDGE).

Orders this visit
   Lipid panel, fasting [Ordered]   Hepatic function panel [Ordered]
   Isotretinoin 40 mg [Pending iPLEDGE]

Electronically Signed on 09/09/2025 04:26 PM EDT by Castellanos, Ines MD
""",
    "expected": E([L("99204")], [], {"99204": ["L70.0"]}),
    "coder_note": "E/M only; provider-selected 99204 kept (conventions). The blank Procedure Note component and the "
                  "resolved childhood molluscum on the problem list generate nothing.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s79-em-annual-skin-check-screening-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS annual full-skin exam, no history, no complaint, nothing found (99213-GY)",
    "date": "2025-08-05",
    "patient": ("Ostrowski", "Leonard", "1953-10-18", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "em": "99213",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
        C("c2", "Hyperlipidemia", "E78.5", history=True),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """*** PowerNote: Dermatology Office Visit ***
OSTROWSKI, LEONARD   DOB 10/18/1953   DOS 08/05/2025   Provider: Samuel Weiss, MD
Visit Type: [Established Patient Office Visit]

Chief Complaint: [Annual skin examination]

History of Present Illness
Here for his yearly full-body skin check because his wife goes every year. No spots he is worried about,
nothing new, changing, bleeding or itching. No personal history of skin cancer. No family history of
melanoma. Not immunosuppressed.

Problem List/Past Medical History
Ongoing
   Hyperlipidemia
   Benign prostatic hyperplasia
Historical
   Appendectomy 1971

Medications: atorvastatin 20 mg, tamsulosin 0.4 mg

Physical Examination
   General: [Well developed, well nourished]
   Skin: [Full skin examination performed: scalp, face, neck, chest, abdomen, back, buttocks, upper and
   lower extremities, hands, feet, nails]
   Free text: No lesions of concern. No atypical pigmented lesions, no keratotic or pearly lesions.

Assessment/Plan
1. Routine skin cancer screening, negative exam. Sun protection counseling. Return in 1 year or sooner for
   any changing lesion.

Orders this visit
   [No orders]

Electronically Signed on 08/05/2025 09:17 AM CDT by Weiss, Samuel MD
""",
    "expected": E([L("99213", 1, "GY")], [], {"99213": ["Z12.83"]}),
    "coder_note": "DX-5 / README: screening-only full-skin exam for Medicare FFS with no skin-cancer history, no "
                  "complaint and nothing found -> statutorily excluded screening, E/M carries GY.",
})

SCENARIOS.append({
    "id": "s79-em-psoriasis-adalimumab-g2211",
    "family": "em", "shape": "note-only",
    "description": "Longitudinal psoriasis care on adalimumab, 99214 + G2211, no procedure; Medicare FFS",
    "date": "2025-12-09",
    "patient": ("Brannigan", "Colette", "1958-08-21", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 32,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
        C("c2", "Long term (current) use of other drug therapy", "Z79.899"),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """*** PowerNote: Dermatology Office Visit ***
BRANNIGAN, COLETTE   DOB 08/21/1958   DOS 12/09/2025   Provider: Kirsten Halvorsen, MD
Visit Type: [Established Patient Office Visit]

Chief Complaint: psoriasis follow-up, on Humira.

History of Present Illness
Plaque psoriasis, under my care since 2019 and on adalimumab 40 mg every other week since 2022. Over the past
two months a few plaques returned on the shins and scalp. No joint pain, no infections, no hospitalizations.
Annual TB test due.

Problem List/Past Medical History
Ongoing
   Psoriasis vulgaris
   Obesity, BMI 33
   Prediabetes

Physical Examination
   Skin: BSA 3%, thin plaques on both shins and occipital scalp; nails: few pits. No injection site reaction.
   Joints: no dactylitis, no synovitis.

Assessment/Plan
1. Psoriasis vulgaris, mild loss of response on adalimumab. Increase to 40 mg weekly (prior auth submitted),
   add clobetasol solution to scalp. QuantiFERON and CBC ordered today; reviewed last CMP - normal.
   I continue as the ongoing focal point for her psoriasis and biologic monitoring.
Return 3 months.

Orders this visit
   QuantiFERON-TB Gold [Ordered]   CBC with differential [Ordered]
   Adalimumab 40 mg weekly [Prior authorization pending]
   Charges: 99214; G2211 visit complexity add-on

Electronically Signed on 12/09/2025 02:10 PM CST by Halvorsen, Kirsten MD
""",
    "expected": E([L("99214"), L("G2211")], [], {"99214": ["L40.0"]}),
    "coder_note": "EM-6: longitudinal care of a single serious chronic condition by its continuing focal point, no "
                  "procedure and no modifier 25 that day -> G2211 is payable with the 99214.",
})

SCENARIOS.append({
    "id": "s79-em-bullous-pemphigoid-99215-g2212",
    "family": "em", "shape": "note-only",
    "description": "Time-based 99215 (75 min) for new bullous pemphigoid work-up and systemic plan; G2212 x1; Medicare FFS",
    "date": "2026-02-03",
    "patient": ("Ferguson", "Alasdair", "1939-01-30", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 75,
    "em": "99215",
    "conditions": [
        C("c1", "Bullous pemphigoid", "L12.0", "Trunk and extremities", reason=True),
        C("c2", "Type 2 diabetes mellitus without complications", "E11.9"),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """*** PowerNote: Dermatology Office Visit ***
FERGUSON, ALASDAIR   DOB 01/30/1939   DOS 02/03/2026   Provider: Luca Marchetti, MD
Visit Type: [Established Patient Office Visit]

Chief Complaint: blisters everywhere, itching, results review.

History of Present Illness
Seen 01/20 with urticarial plaques; biopsy with DIF at outside lab confirmed bullous pemphigoid (reviewed
today, linear IgG/C3 at BMZ). Now tense bullae on the thighs, flexor arms and abdomen, about 20 new blisters a
day, cannot sleep. Lives with his daughter. Diabetic on metformin and sitagliptin (DPP-4 inhibitor - possible
trigger).

Problem List/Past Medical History
Ongoing
   Bullous pemphigoid
   Type 2 diabetes mellitus
   Chronic kidney disease stage 3b
   Atrial fibrillation

Physical Examination
   Skin: multiple tense bullae 0.5-3 cm and erosions on thighs, forearms, lower abdomen, about 25% BSA.
   Oral mucosa clear. Nikolsky negative.

Assessment/Plan
1. Bullous pemphigoid, extensive. Start doxycycline 100 mg BID plus clobetasol 0.05% cream whole body
   (30 g/day taper). Systemic prednisone considered and deferred given diabetes/CKD - discussed risks
   at length with patient and daughter. Called his PCP (Dr. Haddad) to stop sitagliptin and adjust
   glucose plan. Ordered CBC, CMP, BP180/BP230 ELISA. Blister care teaching by RN with daughter present.
2. Diabetes - management per PCP, see call above.

Time: total time on the date of service 75 minutes (record review, history, exam, counseling patient and
daughter, call with PCP, orders, documentation). No separately billed procedure today.

Orders this visit
   CBC, CMP, BP180/BP230 ELISA [Ordered]
   Charges: 99215; G2212 x1 (prolonged, Medicare)

Electronically Signed on 02/03/2026 06:40 PM EST by Marchetti, Luca MD
""",
    "expected": E([L("99215"), L("G2212")], [], {"99215": ["L12.0"]}),
    "coder_note": "EM-3/EM-5: 75 min total time >= 40 min -> 99215; Medicare prolonged G2212 starts at 69 min, next unit "
                  "at 84 -> 1 unit (99417 is not valid for Medicare).",
})

SCENARIOS.append({
    "id": "s79-em-new-pt-finger-warts-decision-only",
    "family": "em", "shape": "free-text",
    "description": "New pt seen only for two finger warts, cryo done; 99203 picked but only work is the procedure decision",
    "date": "2025-11-25",
    "patient": ("Mbeki", "Thandiwe", "1991-07-11", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 15,
    "em": "99203",
    "conditions": [
        C("c1", "Verruca vulgaris, right index finger", "B07.8", "Right index finger", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of warts", site="Right index finger",
          note="2 verrucae, pared then LN2 2 freeze-thaw cycles each.", reasons=["c1"]),
    ],
    "note_title": "Dermatology New Patient Visit",
    "note": """*** PowerNote: Dermatology New Patient Visit ***
MBEKI, THANDIWE   DOB 07/11/1991   DOS 11/25/2025   Provider: Chidi Okonkwo, MD
Visit Type: [New Patient Office Visit]

Chief Complaint: warts on my finger.

History of Present Illness
Two warts on the R index finger for 5 months, painful when typing, tried OTC salicylic acid for 6 weeks
without improvement. No other skin concerns today.

Problem List/Past Medical History
Ongoing
   [No chronic problems]

Physical Examination
   Skin: R index finger - two hyperkeratotic papules 4 and 6 mm with thrombosed capillaries.

Procedure Note
   Procedure: [Cryotherapy - benign lesions]   Number of lesions: 2
   Free text: pared with #15 blade, then LN2 2 cycles each.
   Complications: [None]

Assessment/Plan
1. Verruca vulgaris x2, R index finger - cryo today, repeat in 3-4 weeks if persistent. Continue salicylic
   acid between visits.

Orders this visit
   [No orders]

Electronically Signed on 11/25/2025 03:15 PM EST by Okonkwo, Chidi MD
""",
    "expected": E([L("17110")], [], {"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README: a new patient seen only for the lesion that is treated; the E/M work is the decision "
                  "for the minor procedure -> 99203 removed, 17110 only.",
})

SCENARIOS.append({
    "id": "s79-exb-cyst-back-precoded-lesion-size-only",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Inflamed epidermoid cyst upper back 2.1 cm + 0.2 cm margins; charge used lesion size (11402) -> 11403; layered closure 3.8 cm; MA",
    "date": "2025-09-30",
    "patient": ("Calloway", "Desmond", "1955-02-09", "male"),
    "provider": "lindqvist", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal cyst, upper back", "L72.0", "Upper back, midline", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk 1.1-2.0 cm", "11402", "Upper back",
          note="Cyst 2.1 cm; ellipse with 2 mm margins.", reasons=["c1"]),
        P("Repair intermediate trunk 2.6-7.5 cm", "12032", "Upper back",
          note="Layered closure, 3-0 Vicryl deep, 4-0 nylon superficial, 3.8 cm.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
CALLOWAY, DESMOND   DOB 02/09/1955   DOS 09/30/2025   Provider: Erik Lindqvist, MD
Visit Type: [Established Patient]

Chief Complaint: painful cyst on back, drained twice at urgent care.

History of Present Illness
Cyst on upper back for years, became red and painful twice this year, I&D at urgent care in May. Now quiet
but tender and growing. Wants it out.

Problem List/Past Medical History
Ongoing
   Epidermoid cyst, upper back
   Hypertension
   Gout

Procedure Note
   Procedure: [Excision - benign lesion]   Site: upper back, midline
   Lesion size: 2.1 cm     Margins: 0.2 cm
   Excised diameter: [ ] cm
   Consent: [Written consent obtained]   Time out: [Performed]
   Anesthesia: [1% lidocaine with epinephrine]
   Free text: Fusiform ellipse around the cyst with 2 mm margins, cyst removed intact with sac.
   Repair: [Intermediate]   Length: 3.8 cm
   Free text: deep dermal 3-0 Vicryl, epidermis 4-0 nylon interrupted.
   Specimen: [Sent to pathology]   Complications: [None]

Assessment/Plan
1. Epidermoid cyst, upper back, symptomatic (painful, recurrent inflammation) - excised, layered closure.
Suture removal 14 days.

Orders this visit
   Surgical Pathology Request [Sent]

Electronically Signed on 09/30/2025 11:44 AM CDT by Lindqvist, Erik MD
""",
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with foreign-body "
                 "giant cell reaction. No atypia.", "site": "Upper back"},
    ],
    "expected": E([L("11403"), L("12032")], ["coding-correction"], {"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 2.1 + 2 x 0.2 = 2.5 cm -> trunk 2.1-3.0 -> 11403 (charge used the lesion "
                  "size). EX-5: intermediate repair 3.8 cm trunk -> 12032 separately reportable.",
})

SCENARIOS.append({
    "id": "s79-exb-scalp-nevus-mild-atypia",
    "family": "excision-benign", "shape": "note-only",
    "description": "Changing scalp nevus 0.6 cm excised with 2 mm margins (1.0 cm), simple closure; path mild atypia; commercial",
    "date": "2025-10-15",
    "patient": ("Thibodeaux", "Renee", "1986-05-03", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Melanocytic nevus of scalp", "D22.4", "Left parietal scalp", reason=True),
        C("c2", "Family history of melanoma (mother)", "Z80.8", history=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
THIBODEAUX, RENEE   DOB 05/03/1986   DOS 10/15/2025   Provider: Rafael Santos, MD
Visit Type: [Established Patient]

Chief Complaint: mole on scalp - hairdresser says it got bigger.

Problem List/Past Medical History
Ongoing
   Melanocytic nevi, multiple
   Family history of melanoma (mother, age 52)
Historical
   Dysplastic nevus, right calf - excised 2021

Physical Examination
   Skin: L parietal scalp 0.6 x 0.5 cm brown papule with irregular darker center; dermoscopy atypical
   network. Compared with 2024 photo: enlarged.

Procedure Note
   Procedure: [Excision - benign lesion]   Site: left parietal scalp
   Lesion size: 0.6 cm   Margins: 0.2 cm   Excised diameter: 1.0 cm
   Consent: [Written consent obtained]   Time out: [Performed]
   Free text: fusiform excision to subcutaneous fat. Closed with 4-0 nylon simple interrupted, single layer.
   Repair: [Simple]   Length: 2.4 cm
   Specimen: [Sent to pathology]   Complications: [None]

Assessment/Plan
1. Changing nevus L scalp - excised for diagnosis.
2. Family history of melanoma - full skin exam yearly.

Orders this visit
   Surgical Pathology Request [Sent]

Electronically Signed on 10/15/2025 01:09 PM CDT by Santos, Rafael MD
""",
    "path": [
        {"text": "Skin, left parietal scalp, excision: compound melanocytic nevus with mild cytologic atypia; "
                 "margins clear.", "site": "Left parietal scalp"},
    ],
    "expected": E([L("11421")], [], {"11421": ["D22.4"]}),
    "coder_note": "EX-1/EX-2: 0.6 + 2 x 0.2 = 1.0 cm on the scalp (SNHFG) -> 11421; benign path. Simple repair included "
                  "(EX-5). Family history and prior dysplastic nevus are not coded on the line.",
})

SCENARIOS.append({
    "id": "s79-exb-pilar-cyst-lesion-size-blank",
    "family": "excision-benign", "shape": "free-text",
    "description": "Pilar cyst scalp excised, lesion size/margins left blank in template; intermediate repair 3.0 cm documented",
    "date": "2026-01-20",
    "patient": ("Greenhalgh", "Priscilla", "1969-09-15", "female"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Pilar cyst, scalp", "L72.11", "Right occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision of cyst, scalp", site="Right occipital scalp",
          note="Size: [ ] cm. Margins: [ ] cm. Cyst removed intact via ellipse.", reasons=["c1"]),
        P("Layered closure", site="Right occipital scalp",
          note="Intermediate repair, 3-0 Monocryl deep, staples superficial, final length 3.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
GREENHALGH, PRISCILLA   DOB 09/15/1969   DOS 01/20/2026   Provider: Wei Chen, MD

Chief Complaint: tender lump on back of head, hurts when brushing hair.

Problem List/Past Medical History
Ongoing
   Pilar cyst, scalp
   Migraine

Procedure Note
   Procedure: [Excision - benign lesion]   Site: right occipital scalp
   Lesion size: [ ] cm     Margins: [ ] cm     Excised diameter: [ ] cm
   Consent: [Written consent obtained]   Time out: [Performed]
   Anesthesia: [1% lidocaine with epinephrine]
   Free text: Ellipse over the firm mobile subcutaneous cyst, dissected out intact.
   Repair: [Intermediate]   Length: 3.0 cm
   Free text: layered - 3-0 Monocryl deep, staples to skin.
   Specimen: [Sent to pathology]   Complications: [None]

Assessment/Plan
1. Pilar cyst, R occipital scalp, painful - excised, layered closure. Staples out 10 days.

Orders this visit
   Surgical Pathology Request [Sent]

Electronically Signed on 01/20/2026 10:26 AM EST by Chen, Wei MD
""",
    "path": [
        {"text": "Scalp, right occipital, excision: trichilemmal (pilar) cyst.", "site": "Right occipital scalp"},
    ],
    "expected": E([L("12032")], ["missing-documentation"], {"12032": ["L72.11"]}),
    "coder_note": "README Coding decisions: no lesion size or margin -> no excision line (missing-documentation); the "
                  "separately documented intermediate repair of the scalp, 3.0 cm -> 12032 stays.",
})

SCENARIOS.append({
    "id": "s79-exm-scc-forearm-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Bx-proven SCC R forearm, 1.2 cm + 0.4 cm margins = 2.0 cm (11602), layered closure 5.0 cm; Medicare FFS",
    "date": "2025-11-06",
    "patient": ("Kowalczyk", "Dorothy", "1940-12-01", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, right forearm", "C44.622", "Right dorsal forearm", reason=True),
        C("c2", "Actinic keratosis", "L57.0", history=True),
    ],
    "prior": [
        PRIOR("2025-10-20", "11102", "Tangential biopsy", "Right dorsal forearm",
              "Shave bx of 1.2 cm keratotic nodule; path invasive SCC, well differentiated."),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
KOWALCZYK, DOROTHY   DOB 12/01/1940   DOS 11/06/2025   Provider: Marc Baptiste, MD
Visit Type: [Established Patient]

Chief Complaint: skin cancer removal R arm.

History of Present Illness
Biopsy 10/20/2025 R dorsal forearm: invasive SCC, well differentiated. Here for excision. On clopidogrel,
continued.

Problem List/Past Medical History
Ongoing
   Squamous cell carcinoma, right forearm
   Actinic keratosis
   Coronary artery disease s/p stent

Procedure Note
   Procedure: [Excision - malignant lesion]   Site: right dorsal forearm
   Lesion size: 1.2 cm     Margins: 0.4 cm     Excised diameter: 2.0 cm
   Consent: [Written consent obtained]   Time out: [Performed]
   Anesthesia: [1% lidocaine with epinephrine]
   Free text: Elliptical excision to fascia oriented with suture at 12 o'clock.
   Repair: [Intermediate]   Length: 5.0 cm
   Free text: undermined, 4-0 Vicryl buried dermal sutures, 4-0 Prolene running.
   Specimen: [Sent to pathology]   Estimated blood loss: [Minimal]   Complications: [None]

Assessment/Plan
1. SCC R forearm - excised with 4 mm margins, layered closure.
2. AKs - none treated today.
Sutures out 12 days.

Orders this visit
   Surgical Pathology Request [Sent]

Electronically Signed on 11/06/2025 12:03 PM EST by Baptiste, Marc MD
""",
    "path": [
        {"text": "Skin, right dorsal forearm, excision: residual squamous cell carcinoma, well differentiated; "
                 "all margins free (closest 3 mm).", "site": "Right dorsal forearm"},
    ],
    "expected": E([L("11602"), L("12032")], [], {"11602": ["C44.622"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm, arm (TAL) -> 11602; EX-5: intermediate repair 5.0 cm extremity -> 12032. "
                  "Prior biopsy is 000 global.",
})

SCENARIOS.append({
    "id": "s79-exm-mis-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of MIS with positive margin 9 days after first excision; charge sent 11404 without 58; Medicare FFS",
    "date": "2025-11-12",
    "patient": ("Harrow", "Silas", "1950-03-27", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Melanoma in situ, left mid back", "D03.59", "Left mid back", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-03", "11602", "Excision malignant lesion trunk 1.1-2.0 cm", "Left mid back",
              "Atypical pigmented lesion 1.0 cm excised with 3 mm margins; path melanoma in situ, peripheral margin involved."),
    ],
    "procedures": [
        P("Excision benign lesion trunk 3.1-4.0 cm", "11404", "Left mid back",
          note="Re-excision of scar 2.4 cm with 0.5 cm margins each side; simple single-layer closure.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
HARROW, SILAS   DOB 03/27/1950   DOS 11/12/2025   Provider: Adaeze Okafor, MD
Visit Type: [Established Patient]

Chief Complaint: re-excision, melanoma in situ.

History of Present Illness
Excision 11/03/2025 of a 1.0 cm atypical pigmented lesion L mid back. Pathology: melanoma in situ, peripheral
margin involved. Planned wider re-excision today to obtain 5 mm clear margins (staged, as discussed on 11/03).

Problem List/Past Medical History
Ongoing
   Melanoma in situ, left mid back
   COPD

Procedure Note
   Procedure: [Re-excision]   Site: left mid back
   Scar/lesion size: 2.4 cm     Margins: 0.5 cm     Excised diameter: 3.4 cm
   Consent: [Written consent obtained]   Time out: [Performed]
   Free text: ellipse around the healing scar with 5 mm margins to fascia. Single-layer simple closure
   with 3-0 nylon vertical mattress; no layered closure required.
   Specimen: [Sent to pathology]   Complications: [None]

Assessment/Plan
1. Melanoma in situ, L mid back - re-excised with 5 mm margins. Follow path. Full skin exams every 6 months.

Orders this visit
   Surgical Pathology Request [Sent]

Electronically Signed on 11/12/2025 02:47 PM EST by Okafor, Adaeze MD
""",
    "path": [
        {"text": "Skin, left mid back, re-excision: scar with no residual melanoma in situ; margins clear.",
         "site": "Left mid back"},
    ],
    "expected": E([L("11604", 1, "58")], ["coding-correction", "global-period"], {"11604": ["D03.59"]}),
    "coder_note": "EX-3/EX-4: re-excision of a malignant lesion is coded malignant even with a negative specimen; "
                  "2.4 + 2 x 0.5 = 3.4 cm trunk -> 11604. Inside the 10-day global of the 11/03 excision, staged -> 58.",
})

SCENARIOS.append({
    "id": "s79-exm-bowen-dorsal-hand-free-text",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision of SCC in situ R dorsal hand, 0.8 cm + 0.4 cm margins = 1.6 cm (11622); commercial",
    "date": "2025-12-16",
    "patient": ("Achterberg", "Miriam", "1962-04-19", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right dorsal hand", "D04.61", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Excision, scaly plaque R hand", site="Right dorsal hand",
          note="Lesion 0.8 cm, 4 mm margins, excised diameter 1.6 cm. Simple closure 5-0 nylon.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
ACHTERBERG, MIRIAM   DOB 04/19/1962   DOS 12/16/2025   Provider: Ren Nakamura, MD

Chief Complaint: scaly patch on right hand not healing.

History of Present Illness
Persistent scaly pink plaque R dorsal hand x 1 year, failed 2 rounds of cryo by PCP. Excisional removal
chosen for diagnosis and treatment.

Problem List/Past Medical History
Ongoing
   Rheumatoid arthritis (methotrexate)
   Scaly plaque, right hand

Procedure Note
   Procedure: [Excision]   Site: right dorsal hand
   Lesion size: 0.8 cm     Margins: 0.4 cm     Excised diameter: 1.6 cm
   Consent: [Written consent obtained]   Time out: [Performed]
   Free text: fusiform excision to subcutis, closed with 5-0 nylon simple interrupted (single layer).
   Specimen: [Sent to pathology]   Complications: [None]

Assessment/Plan
1. Persistent scaly plaque R dorsal hand, excised - await path.

Orders this visit
   Surgical Pathology Request [Sent]

Electronically Signed on 12/16/2025 11:31 AM CST by Nakamura, Ren MD
""",
    "path": [
        {"text": "Skin, right dorsal hand, excision: squamous cell carcinoma in situ (Bowen disease), margins clear.",
         "site": "Right dorsal hand"},
    ],
    "expected": E([L("11622")], [], {"11622": ["D04.61"]}),
    "coder_note": "EX-3: carcinoma in situ takes the malignant excision codes; hand is SNHFG; 0.8 + 2 x 0.4 = 1.6 cm -> "
                  "11622. Simple closure included.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s79-id-axilla-abscess-precoded-complicated",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Single simple L axillary abscess drained; charge sent 10061 (complicated) -> 10060; commercial HMO",
    "date": "2025-07-22",
    "patient": ("Oyelaran", "Tobi", "1997-10-02", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess; complicated or multiple", "10061", "Left axilla",
          note="Single 2 cm fluctuant abscess; stab incision, 3 mL pus expressed, no loculations, no packing.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
OYELARAN, TOBI   DOB 10/02/1997   DOS 07/22/2025   Provider: Jordan Pike, MD
Visit Type: [Established Patient]

Chief Complaint: painful boil left armpit x 4 days.

Problem List/Past Medical History
Ongoing
   [No chronic problems]
Historical
   Acne vulgaris (resolved)

Physical Examination
   Skin: L axilla - single 2 cm fluctuant tender nodule with overlying erythema. No other nodules, no sinus
   tracts, no scarring to suggest hidradenitis.

Procedure Note
   Procedure: [Incision and drainage]   Site: left axilla   Number of abscesses: 1
   Anesthesia: [1% lidocaine with epinephrine]
   Free text: #11 blade stab incision, ~3 mL purulent material expressed, cavity gently probed - no
   loculations. Simple drainage only. No packing placed. Culture sent.
   Complications: [None]   Patient tolerated: [Well]

Assessment/Plan
1. Abscess L axilla, single and uncomplicated - I&D done, warm compresses, doxycycline x 7 days pending culture.

Orders this visit
   Wound culture, aerobic [Sent]   Doxycycline 100 mg BID x7d [Prescribed]

Electronically Signed on 07/22/2025 04:40 PM EDT by Pike, Jordan MD
""",
    "expected": E([L("10060")], ["coding-correction"], {"10060": ["L02.412"]}),
    "coder_note": "Single abscess, simple drainage, no loculations or packing -> 10060, not 10061 (complicated or multiple).",
})

SCENARIOS.append({
    "id": "s79-id-back-cyst-plus-rosacea-25",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Est. pt rosacea flare managed with new Rx (99213-25) plus I&D of inflamed back cyst (10060); MA HMO",
    "date": "2025-10-02",
    "patient": ("Delacroix", "Yvette", "1954-06-16", "female"),
    "provider": "voss", "payer": "medicare-advantage", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Papulopustular rosacea", "L71.8", "Cheeks, nose, chin", reason=True),
        C("c2", "Inflamed epidermoid cyst, upper back", "L72.0", "Right upper back", reason=True),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """*** PowerNote: Dermatology Office Visit ***
DELACROIX, YVETTE   DOB 06/16/1954   DOS 10/02/2025   Provider: Henrietta Voss, MD
Visit Type: [Established Patient Office Visit]

Chief Complaint: 1) rosacea worse  2) painful swollen lump on back.

History of Present Illness
Rosacea: on metronidazole gel, flaring for 6 weeks with pustules and burning; triggers wine and heat.
Back: known cyst R upper back, now red, swollen and painful x 3 days.

Problem List/Past Medical History
Ongoing
   Rosacea
   Epidermoid cyst, back
   Osteoporosis
Historical
   Herpes zoster 2019

Physical Examination
   Face: centrofacial erythema, telangiectasia, 10-12 papulopustules cheeks/chin. Eyes: mild lid margin
   erythema.
   Back: R upper back 2.5 cm fluctuant erythematous cyst with punctum.

Procedure Note
   Procedure: [Incision and drainage]   Site: right upper back
   Free text: #11 blade incision, cheesy keratinous material and pus expressed, cavity irrigated. Single
   simple I&D, no packing.
   Complications: [None]

Assessment/Plan
1. Papulopustular rosacea, flaring - stop metronidazole gel, start ivermectin 1% cream daily and doxycycline
   40 mg MR daily x 12 weeks. Ocular symptoms: warm compresses, ophthalmology if worse.
2. Inflamed epidermoid cyst, R upper back - I&D today. Excise when quiet if it recurs.

Orders this visit
   Ivermectin 1% cream [Prescribed]   Doxycycline 40 mg MR [Prescribed]

Electronically Signed on 10/02/2025 03:02 PM EDT by Voss, Henrietta MD
""",
    "expected": E([L("99213", 1, "25"), L("10060")], [], {"99213": ["L71.8"]}),
    "coder_note": "GS-3: rosacea flare with prescription changes is a separate problem beyond the I&D decision -> "
                  "99213-25 + 10060 (010 global).",
})

SCENARIOS.append({
    "id": "s79-il-keloids-chest-triamcinolone-60mg",
    "family": "intralesional", "shape": "free-text",
    "description": "Intralesional TAC 40 mg/mL, 1.5 mL into 3 chest keloids (11900 + J3301 x6); commercial",
    "date": "2025-09-16",
    "patient": ("Adebayo", "Kunle", "1988-02-28", "male"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Keloid scars, presternal chest", "L91.0", "Presternal chest", reason=True),
    ],
    "procedures": [
        P("Intralesional injection", site="Presternal chest",
          note="3 keloids. Kenalog-40 (triamcinolone acetonide 40 mg/mL) 0.5 mL each, total 1.5 mL = 60 mg.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
ADEBAYO, KUNLE   DOB 02/28/1988   DOS 09/16/2025   Provider: Chidi Okonkwo, MD
Visit Type: [Established Patient]

Chief Complaint: itchy painful keloids chest, injection #3.

Problem List/Past Medical History
Ongoing
   Keloid scar
   Acne vulgaris (quiescent)

Physical Examination
   Chest: three firm pink keloids presternal, 2.0 x 1.0, 1.5 x 0.8, 1.2 x 0.6 cm, softer and flatter than
   August.

Procedure Note
   Procedure: [Intralesional injection]   Number of lesions: 3
   Medication: [Triamcinolone acetonide (Kenalog-40) 40 mg/mL]   Volume: 1.5 mL total (0.5 mL per keloid)
   Free text: 30 g needle, intralesional, blanching achieved.
   Lot #: K4471B   Complications: [None]

Assessment/Plan
1. Keloids, symptomatic (itch/pain) - ILK 40 mg/mL, total 60 mg. Repeat in 4-6 weeks.

Orders this visit
   [No orders]

Electronically Signed on 09/16/2025 10:12 AM EDT by Okonkwo, Chidi MD
""",
    "expected": E([L("11900"), L("J3301", 6)], [], {"11900": ["L91.0"]}),
    "coder_note": "11900 for up to 7 lesions (3 here). J3301 is per 10 mg: 1.5 mL x 40 mg/mL = 60 mg -> 6 units.",
})

SCENARIOS.append({
    "id": "s79-il-alopecia-areata-nine-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Alopecia areata, 9 patches injected with TAC 10 mg/mL 3.2 mL; charge 11900 + J3301 x3 -> 11901 + J3301 x4; Medicare FFS",
    "date": "2025-12-11",
    "patient": ("Sorensen", "Margit", "1957-08-05", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", "11900", "Scalp",
          note="9 patches injected.", reasons=["c1"]),
        P("Injection, triamcinolone acetonide, per 10 mg - qty 3", "J3301", "Scalp",
          note="Kenalog-10, 3.2 mL total = 32 mg.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
SORENSEN, MARGIT   DOB 08/05/1957   DOS 12/11/2025   Provider: Astrid Lindgren, MD
Visit Type: [Established Patient]

Chief Complaint: alopecia areata, injections.

Problem List/Past Medical History
Ongoing
   Alopecia areata
   Hashimoto thyroiditis

Physical Examination
   Scalp: nine smooth patches of non-scarring alopecia, 1-3 cm, occipital and parietal; exclamation-point
   hairs at the margins. Brows and lashes spared.

Procedure Note
   Procedure: [Intralesional injection]   Number of lesions: 9
   Medication: [Triamcinolone acetonide (Kenalog-10) 10 mg/mL]   Volume: 3.2 mL total
   Free text: 0.1 mL per injection point, 1 cm apart, into all nine patches.
   Complications: [None]

Assessment/Plan
1. Alopecia areata, patchy, 9 patches - ILK 10 mg/mL, 32 mg total. Repeat 6 weeks.

Orders this visit
   [No orders]

Electronically Signed on 12/11/2025 01:36 PM CST by Lindgren, Astrid MD
""",
    "expected": E([L("11901"), L("J3301", 4)], ["coding-correction"], {"11901": ["L63.9"]}),
    "coder_note": "More than 7 lesions -> 11901 (11901/11900 indicator 0). J3301 per 10 mg: 32 mg -> ceil(3.2) = 4 units.",
})

SCENARIOS.append({
    "id": "s79-mix-shoulder-bx-plus-six-aks",
    "family": "mixed", "shape": "free-text",
    "description": "Tangential bx of L shoulder lesion + LN2 to 6 facial AKs: 11102, 17000-XS, 17003 x5; Medicare FFS",
    "date": "2025-10-28",
    "patient": ("Prendergast", "Walter", "1946-02-14", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of left upper limb, including shoulder", "C44.612",
          "Left posterior shoulder", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Face", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Left posterior shoulder",
          note="0.8 cm pearly papule; partial tangential sample for diagnosis.", reasons=["c1"]),
        P("Cryotherapy AKs", site="Forehead, nose, cheeks",
          note="6 AKs, LN2 single cycle each: forehead 2, nasal dorsum 1, R cheek 2, L cheek 1.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
PRENDERGAST, WALTER   DOB 02/14/1946   DOS 10/28/2025   Provider: Samuel Weiss, MD
Visit Type: [Established Patient]

Chief Complaint: spot on left shoulder bleeds; rough spots on face.

Problem List/Past Medical History
Ongoing
   Actinic keratosis
   Benign essential tremor

Procedure Note
   Procedure: [Tangential (shave) biopsy]   Site: left posterior shoulder
   Free text: 0.8 cm pearly papule with rolled border. DermaBlade partial sample, AlCl3.
   Complications: [None]

Procedure Note
   Procedure: [Cryotherapy - premalignant lesions]   Number of lesions: 6
   Free text: LN2 to forehead x2, nasal dorsum x1, R cheek x2, L cheek x1. Separate lesions from the
   shoulder biopsy site.
   Complications: [None]

Assessment/Plan
1. Pearly papule L shoulder, r/o BCC - bx sent.
2. AKs x6 face - cryo.

Orders this visit
   Surgical Pathology Request [Sent]

Electronically Signed on 10/28/2025 11:50 AM EDT by Weiss, Samuel MD
""",
    "path": [
        {"text": "Skin, left posterior shoulder, shave: basal cell carcinoma, nodular, extending to base.",
         "site": "Left posterior shoulder"},
    ],
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 5)], [],
                  {"11102": ["C44.612"], "17000": ["L57.0"]}),
    "coder_note": "Different lesions. PTP 11102/17000 is indicator 1 with the biopsy as column 1 -> XS on 17000. "
                  "17003 x5 for AKs 2-6 (no 11102/17003 edit).",
})

SCENARIOS.append({
    "id": "s79-mix-eczema-flare-shave-sk-warts",
    "family": "mixed", "shape": "note-only",
    "description": "AD flare with Rx change (99213-25), shave of inflamed SK back 0.8 cm (11301), cryo 2 hand warts (17110-XS); commercial",
    "date": "2025-11-19",
    "patient": ("Ruiz-Tagle", "Camila", "1972-11-07", "female"),
    "provider": "ramirez", "payer": "commercial", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Atopic dermatitis", "L20.9", "Antecubital and popliteal fossae", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right lower back", "L82.0", "Right lower back", reason=True),
        C("c3", "Viral warts, left hand", "B07.8", "Left dorsal hand", reason=True),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """*** PowerNote: Dermatology Office Visit ***
RUIZ-TAGLE, CAMILA   DOB 11/07/1972   DOS 11/19/2025   Provider: Sofia Ramirez, MD
Visit Type: [Established Patient Office Visit]

Chief Complaint: eczema flare; irritated growth on back; warts on hand.

History of Present Illness
Eczema worse with cold weather, itch waking her at night, triamcinolone 0.1% not enough. Growth on R lower
back catches on waistband and bleeds. Two warts L hand, painful, spreading from one to two.

Problem List/Past Medical History
Ongoing
   Atopic dermatitis
   Asthma, mild intermittent
   Seborrheic keratosis

Physical Examination
   Skin: lichenified eczematous plaques antecubital/popliteal fossae, excoriations; ~6% BSA.
   R lower back: 0.8 cm inflamed, crusted, eroded stuck-on papule.
   L dorsal hand: two verrucous papules 4 and 5 mm.

Procedure Note
   Procedure: [Shave removal]   Site: right lower back   Lesion size: 0.8 cm
   Free text: removed flush with DermaBlade, complete removal, AlCl3 hemostasis, specimen to path.
   Complications: [None]

Procedure Note
   Procedure: [Cryotherapy - benign lesions]   Site: left dorsal hand   Number of lesions: 2
   Free text: LN2 2 cycles each. Separate site from the shave.
   Complications: [None]

Assessment/Plan
1. Atopic dermatitis, flare - step up to mometasone 0.1% ointment BID x 2 wks, tacrolimus 0.1% for maintenance,
   discussed dupilumab if not controlled.
2. Inflamed SK R lower back (bleeding, catching on clothing) - shave removal.
3. Verruca vulgaris L hand x2, painful and spreading - cryo.

Orders this visit
   Mometasone 0.1% ointment [Prescribed]   Tacrolimus 0.1% ointment [Prescribed]
   Surgical Pathology Request [Sent]

Electronically Signed on 11/19/2025 04:55 PM CST by Ramirez, Sofia MD
""",
    "path": [
        {"text": "Skin, right lower back, shave: irritated seborrheic keratosis.", "site": "Right lower back"},
    ],
    "expected": E([L("99213", 1, "25"), L("11301"), L("17110", 1, "XS")], [],
                  {"99213": ["L20.9"], "11301": ["L82.0"], "17110": ["B07.8"]}),
    "coder_note": "GS-3: eczema flare with Rx management -> 99213-25. SH-1: trunk 0.8 cm -> 11301. PTP 11301/17110 is "
                  "indicator 1 with 17110 as column 2 -> XS on 17110 (different lesion and site).",
})

SCENARIOS.append({
    "id": "s79-mix-bcc-excision-plus-leg-punch-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Excision of known BCC R upper back (1.8 cm, 11602) + punch bx of purpura L shin (11104); charges sent without XS; Medicare FFS",
    "date": "2026-01-27",
    "patient": ("Whitfield", "Arthur", "1943-09-19", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Pigmented purpuric dermatosis, left shin", "L81.7", "Left shin", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk 1.1-2.0 cm", "11602", "Right upper back",
          note="Lesion 1.0 cm, 4 mm margins, excised diameter 1.8 cm; simple closure.", reasons=["c1"]),
        P("Punch biopsy of skin, single lesion", "11104", "Left shin",
          note="4 mm punch of petechial/purpuric patch; different site from excision.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
WHITFIELD, ARTHUR   DOB 09/19/1943   DOS 01/27/2026   Provider: Luca Marchetti, MD
Visit Type: [Established Patient]

Chief Complaint: scheduled excision of skin cancer on back; also new rash on left leg.

Problem List/Past Medical History
Ongoing
   Basal cell carcinoma, right upper back (bx 01/06/2026, nodular)
   Chronic venous insufficiency
   Hypertension

Procedure Note
   Procedure: [Excision - malignant lesion]   Site: right upper back
   Lesion size: 1.0 cm   Margins: 0.4 cm   Excised diameter: 1.8 cm
   Free text: ellipse to fat, simple interrupted closure 4-0 nylon (single layer).
   Complications: [None]

Procedure Note
   Procedure: [Punch biopsy]   Site: left shin
   Free text: cayenne-pepper petechial patch 6 x 4 cm L shin; 4 mm punch, 1 suture. Unrelated to the back.
   Complications: [None]

Assessment/Plan
1. Nodular BCC R upper back - excised, 4 mm margins.
2. Purpuric eruption L shin, r/o vasculitis vs pigmented purpura - punch bx.

Orders this visit
   Surgical Pathology Request x2 [Sent]

Electronically Signed on 01/27/2026 01:22 PM EST by Marchetti, Luca MD
""",
    "path": [
        {"text": "A. Skin, right upper back, excision: basal cell carcinoma, nodular; margins clear.",
         "site": "Right upper back"},
        {"text": "B. Skin, left shin, punch: capillaritis consistent with pigmented purpuric dermatosis; no vasculitis.",
         "site": "Left shin"},
    ],
    "expected": E([L("11602"), L("11104", 1, "XS")], [], {"11602": ["C44.519"], "11104": ["L81.7"]}),
    "coder_note": "EX-1: 1.0 + 2 x 0.4 = 1.8 cm trunk -> 11602. BX-5: biopsy of a separate lesion at a separate site; "
                  "PTP 11602/11104 indicator 1 -> XS on the biopsy (column 2).",
})

SCENARIOS.append({
    "id": "s79-mix-three-aks-plus-plantar-wart",
    "family": "mixed", "shape": "note-only",
    "description": "LN2 to 3 AKs (17000, 17003 x2) and a painful plantar wart (17110): XS on 17000/17003; Medicare FFS",
    "date": "2025-08-26",
    "patient": ("Gallagher", "Rosemary", "1950-01-08", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face and left ear", reason=True),
        C("c2", "Plantar wart, right heel", "B07.0", "Right plantar heel", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
GALLAGHER, ROSEMARY   DOB 01/08/1950   DOS 08/26/2025   Provider: Rafael Santos, MD
Visit Type: [Established Patient]

Chief Complaint: rough spots face; painful wart on heel - hurts to walk.

Problem List/Past Medical History
Ongoing
   Actinic keratosis
   Plantar wart
   Hypothyroidism

Physical Examination
   Face: 3 gritty scaly papules - L temple, nasal bridge, L helix.
   Feet: R plantar heel 7 mm hyperkeratotic papule with pinpoint thrombosed capillaries, tender with pressure.

Procedure Note
   Procedure: [Cryotherapy - premalignant lesions]   Number of lesions: three
   Free text: LN2 single cycle each - L temple, nasal bridge, L helix.
   Complications: [None]

Procedure Note
   Procedure: [Cryotherapy - benign lesions]   Site: right plantar heel   Number of lesions: 1
   Free text: pared with #15 blade then LN2 2 cycles. Painful wart limiting walking.
   Complications: [None]

Assessment/Plan
1. AK x3 - cryo.
2. Painful plantar wart R heel - cryo, salicylic acid 40% pads between visits.

Orders this visit
   [No orders]

Electronically Signed on 08/26/2025 09:48 AM EDT by Santos, Rafael MD
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")], [],
                  {"17000": ["L57.0"], "17110": ["B07.0"]}),
    "coder_note": "DS-3: benign and premalignant destruction of different lesions. PTP 17110/17000 and 17110/17003 are "
                  "indicator 1 with the AK codes as column 2 -> XS on 17000 and 17003. Paring of the wart is part of 17110.",
})

SCENARIOS.append({
    "id": "s79-mohs-right-helix-scc-six-blocks-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R helix SCC: stage 1 six blocks, stage 2 two blocks (17311, 17312, 17315); complex repair of helical rim 2.3 cm; Medicare FFS",
    "date": "2025-09-04",
    "patient": ("Tremblay", "Normand", "1938-11-23", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right ear", "C44.222", "Right helix", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """*** PowerNote: Mohs Micrographic Surgery ***
TREMBLAY, NORMAND   DOB 11/23/1938   DOS 09/04/2025   Surgeon/Pathologist: Erik Lindqvist, MD

Pre-op diagnosis: invasive SCC, right superior helix (bx 08/12/2025, moderately differentiated).
Post-op diagnosis: same, clear margins.
Indication: [Location - AUC area H]   Free text: ear, tissue-sparing needed.

Problem List/Past Medical History
Ongoing
   Squamous cell carcinoma, right helix
   Personal history of BCC (nose, Mohs 2018)
   Hearing aids bilateral

Procedure Note - Mohs
   Surgeon acting as surgeon and pathologist: [Yes]
   Pre-op lesion size: 1.3 x 1.1 cm
   Stage 1: 6 tissue blocks - tumor at 2 o'clock peripheral (block 3) and deep (block 5)
   Stage 2: 2 tissue blocks - clear
   Total: 2 stages; blocks 6 + 2
   Final defect: 2.0 x 1.4 cm involving the helical rim, cartilage exposed (perichondrium intact).

Procedure Note - Repair
   Repair: [Complex]   Length: 2.3 cm
   Free text: helical rim realigned, free margin involved, wide undermining, cartilage trimmed 2 mm,
   5-0 Monocryl deep, 6-0 Prolene running. Rim notch avoided.
   Complications: [None]

Assessment/Plan
1. SCC R helix - clear after 2 Mohs stages; complex repair.
Wound care and follow-up 1 week.

Orders this visit
   [No orders]   (all layers processed in our Mohs lab)

Electronically Signed on 09/04/2025 03:20 PM EDT by Lindqvist, Erik MD
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13151")], [], {"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear -> 17311; stage 2 -> 17312; stage 1 had 6 blocks -> 17315 x1. MOHS-7/REP-2/REP-3: "
                  "complex repair of ear with free margin, 2.3 cm -> 13151, reported with Mohs.",
})

SCENARIOS.append({
    "id": "s79-mohs-left-shin-scc-precoded-with-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L pretibial SCC 3 stages (17313, 17314 x2) + layered repair 4.5 cm; charge also sent 88305 x3 for Mohs layers; MA",
    "date": "2025-12-04",
    "patient": ("Eastwood", "Lorraine", "1945-04-06", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, left lower leg", "C44.729", "Left pretibial", reason=True),
    ],
    "procedures": [
        P("Mohs surgery, trunk/arms/legs, first stage", "17313", "Left pretibial",
          note="Stage 1: 4 blocks.", reasons=["c1"]),
        P("Mohs surgery, trunk/arms/legs, additional stage", "17314", "Left pretibial",
          note="Stage 2: 3 blocks.", reasons=["c1"]),
        P("Mohs surgery, trunk/arms/legs, additional stage", "17314", "Left pretibial",
          note="Stage 3: 1 block, clear.", reasons=["c1"]),
        P("Surgical pathology, level IV - qty 3", "88305", "Left pretibial",
          note="Mohs layers 1-3 (frozen, read by Mohs surgeon).", reasons=["c1"]),
        P("Repair intermediate, extremities 2.6-7.5 cm", "12032", "Left pretibial",
          note="Layered closure 4.5 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """*** PowerNote: Mohs Micrographic Surgery ***
EASTWOOD, LORRAINE   DOB 04/06/1945   DOS 12/04/2025   Surgeon/Pathologist: Kirsten Halvorsen, MD

Pre-op diagnosis: SCC, well differentiated, L pretibial (bx 11/10/2025), 1.6 cm, poorly defined borders.
Indication: [Free text] pretibial, ill-defined, on chronic stasis skin.

Procedure Note - Mohs
   Surgeon acting as surgeon and pathologist: [Yes]
   Stage 1: 4 blocks - positive at 6-8 o'clock
   Stage 2: 3 blocks - positive at 7 o'clock deep
   Stage 3: 1 block - clear
   All frozen sections processed and read in our Mohs lab by the surgeon. No tissue sent out.
   Final defect: 3.0 x 2.2 cm.

Procedure Note - Repair
   Repair: [Intermediate]   Length: 4.5 cm
   Free text: layered closure, 3-0 Monocryl deep, 4-0 nylon.
   Complications: [None]

Assessment/Plan
1. SCC L pretibial - clear after 3 stages. Leg elevation, compression when healed.

Orders this visit
   Charge capture: 17313, 17314 x2, 88305 x3, 12032

Electronically Signed on 12/04/2025 04:05 PM CST by Halvorsen, Kirsten MD
""",
    "expected": E([L("17313"), L("17314", 2), L("12032")], ["ncci"], {"17313": ["C44.729"]}),
    "coder_note": "MOHS-2: leg -> 17313 + 17314 x2, no stage over 5 blocks. MOHS-5: no 88305 on Mohs specimens (17313/88305 "
                  "edit, no legitimate exception) -> removed. MOHS-7: layered repair leg 4.5 cm -> 12032.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s79-mohs-left-cheek-em-preop-only",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs L cheek BCC 2 stages + intermediate repair 3.4 cm; 99213 selected for the same-day pre-op eval only; commercial",
    "date": "2025-10-14",
    "patient": ("Lafferty", "Eileen", "1960-07-29", "female"),
    "provider": "halvorsen", "payer": "commercial-cigna", "minutes": 150,
    "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of left cheek", "C44.319", "Left medial cheek", reason=True),
    ],
    "procedures": [
        P("Mohs stage I", site="Left medial cheek", note="3 blocks; residual BCC at 10 o'clock.", reasons=["c1"]),
        P("Mohs stage II", site="Left medial cheek", note="2 blocks; clear.", reasons=["c1"]),
        P("Linear layered closure", site="Left medial cheek",
          note="Defect 1.4 x 1.0 cm, closed in layers, 5-0 Monocryl deep, 6-0 Prolene; final length 3.4 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """*** PowerNote: Mohs Micrographic Surgery ***
LAFFERTY, EILEEN   DOB 07/29/1960   DOS 10/14/2025   Surgeon/Pathologist: Kirsten Halvorsen, MD
Visit Type: [Established Patient Office Visit]  (template default, pre-op visit)

Pre-op evaluation
   Free text: Bx 09/22/2025 nodular BCC L medial cheek. Reviewed path, consent and the Mohs procedure with
   patient; no anticoagulants, no pacemaker. No other concerns raised today.

Problem List/Past Medical History
Ongoing
   Basal cell carcinoma, left cheek
   Seasonal allergic rhinitis

Procedure Note - Mohs
   Surgeon acting as surgeon and pathologist: [Yes]
   Stage I: 3 blocks - residual at 10 o'clock
   Stage II: 2 blocks - clear
   Final defect: 1.4 x 1.0 cm

Procedure Note - Repair
   Repair: [Intermediate]   Length: 3.4 cm
   Free text: layered, 5-0 Monocryl deep dermal, 6-0 Prolene running.
   Complications: [None]

Assessment/Plan
1. BCC L cheek - cleared in 2 stages, layered repair. Sutures out 1 week.

Orders this visit
   Level of service: [99213]

Electronically Signed on 10/14/2025 03:44 PM EDT by Halvorsen, Kirsten MD
""",
    "expected": E([L("17311"), L("17312"), L("12052")], [], {"17311": ["C44.319"]}),
    "coder_note": "GS-3 / README: the same-day E/M is only the pre-procedure evaluation of the lesion treated by Mohs "
                  "-> removed. Face -> 17311 + 17312; MOHS-7: intermediate repair face 3.4 cm -> 12052.",
})

SCENARIOS.append({
    "id": "s79-mohs-scalp-bcc-seven-blocks-rotation-flap",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs vertex scalp BCC, one stage of 7 blocks (17311 + 17315 x2), rotation flap 9.3 sq cm (14020); Medicare FFS",
    "date": "2026-02-10",
    "patient": ("Oakes", "Mervyn", "1941-06-12", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 170,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of scalp", "C44.41", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Vertex scalp",
          note="Large tumor 2.2 cm; stage 1 divided into 7 tissue blocks; all margins clear after one stage.",
          reasons=["c1"]),
        P("Rotation flap closure", site="Vertex scalp",
          note="Primary defect 4.2 sq cm, secondary defect 5.1 sq cm, total 9.3 sq cm; galeal scoring.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """*** PowerNote: Mohs Micrographic Surgery ***
OAKES, MERVYN   DOB 06/12/1941   DOS 02/10/2026   Surgeon/Pathologist: Erik Lindqvist, MD

Pre-op diagnosis: BCC, nodular and micronodular, vertex scalp (bx 01/15/2026), 2.2 x 1.8 cm.

Problem List/Past Medical History
Ongoing
   Basal cell carcinoma, vertex scalp
   Androgenetic alopecia
   Prostate cancer (2015, in remission)

Procedure Note - Mohs
   Surgeon acting as surgeon and pathologist: [Yes]
   Stage 1: 7 tissue blocks (large specimen) - all clear
   Stages total: 1
   Final defect: 2.6 x 2.0 cm to galea

Procedure Note - Repair
   Repair: [Adjacent tissue transfer - rotation flap]
   Primary defect: 4.2 sq cm   Secondary defect: 5.1 sq cm   Total: 9.3 sq cm
   Free text: O-to-Z is not possible on this tight scalp; single rotation flap, galeal scoring, 3-0 Vicryl
   deep, staples.
   Complications: [None]

Assessment/Plan
1. BCC vertex scalp - cleared in one stage (7 blocks), rotation flap. Staples out 10-14 days.
2. Prostate cancer history - not addressed today.

Orders this visit
   [No orders]

Electronically Signed on 02/10/2026 02:58 PM EST by Lindqvist, Erik MD
""",
    "expected": E([L("17311"), L("17315", 2), L("14020")], [], {"17311": ["C44.41"]}),
    "coder_note": "MOHS-2: scalp -> 17311; 7 blocks in stage 1 -> 17315 x2. FLAP-1/FLAP-3: scalp 9.3 sq cm (<=10) -> 14020, "
                  "reported with Mohs.",
})

SCENARIOS.append({
    "id": "s79-nails-two-toenails-precoded-digit-mods",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion of R great and R 2nd toenails; charge 11730 x2 without digits -> 11730-T5 + 11732-T6; commercial",
    "date": "2025-08-12",
    "patient": ("Kazmierczak", "Joanna", "1979-03-21", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe and right second toe", "L60.0", "Right great and second toes",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, simple; single", "11730", "Right great toe",
          note="Complete avulsion, digital block.", reasons=["c1"]),
        P("Avulsion of nail plate, simple; single", "11730", "Right second toe",
          note="Complete avulsion, digital block.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
KAZMIERCZAK, JOANNA   DOB 03/21/1979   DOS 08/12/2025   Provider: Jordan Pike, MD

Chief Complaint: ingrown, infected toenails right foot.

Problem List/Past Medical History
Ongoing
   Ingrown toenail
   Iron deficiency anemia

Procedure Note
   Procedure: [Nail avulsion]   Digit: right great toe
   Anesthesia: [Digital block, 1% lidocaine plain]
   Free text: complete simple avulsion of the nail plate. No matrix treatment.
   Complications: [None]

Procedure Note
   Procedure: [Nail avulsion]   Digit: right second toe
   Anesthesia: [Digital block, 1% lidocaine plain]
   Free text: complete simple avulsion of the nail plate. No matrix treatment.
   Complications: [None]

Assessment/Plan
1. Ingrown nails R hallux and R 2nd toe with paronychia - avulsions, soaks, mupirocin.

Orders this visit
   [No orders]

Electronically Signed on 08/12/2025 11:05 AM EDT by Pike, Jordan MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], ["coding-correction"], {"11730": ["L60.0"]}),
    "coder_note": "Second nail avulsion is the add-on 11732 (11730 MUE 1). Digit modifiers: right great toe T5, right "
                  "second toe T6 (conventions).",
})

SCENARIOS.append({
    "id": "s79-nails-left-hallux-matrixectomy",
    "family": "nails", "shape": "note-only",
    "description": "Recurrent ingrown L great toenail: partial nail plate and matrix excision lateral border (11750-TA); Medicaid",
    "date": "2025-09-25",
    "patient": ("Villanueva", "Marisol", "2004-10-17", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe, lateral border", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
VILLANUEVA, MARISOL   DOB 10/17/2004   DOS 09/25/2025   Provider: Rafael Santos, MD
Visit Type: [Established Patient]

Chief Complaint: ingrown toenail again - 4th time this year.

History of Present Illness
L great toe lateral border ingrown with recurrent paronychia, 3 prior simple avulsions (last 06/2025, other
clinic). Wants permanent fix.

Problem List/Past Medical History
Ongoing
   Ingrown toenail, left hallux
   Acne vulgaris (on topical tretinoin)

Procedure Note
   Procedure: [Nail - partial excision with matrix]   Digit: left great toe, lateral border
   Anesthesia: [Digital block, 1% lidocaine plain]   Tourniquet: [Yes]
   Free text: lateral 3 mm strip of nail plate excised back to the proximal nail fold; lateral horn of the
   nail matrix sharply excised with curettage of the matrix bed for permanent removal.
   Complications: [None]

Assessment/Plan
1. Recurrent ingrown nail L hallux lateral border - partial permanent nail and matrix excision.
2. Acne - not addressed today.

Orders this visit
   [No orders]

Electronically Signed on 09/25/2025 02:14 PM EDT by Santos, Rafael MD
""",
    "expected": E([L("11750", 1, "TA")], [], {"11750": ["L60.0"]}),
    "coder_note": "Permanent partial nail and matrix excision -> 11750 (not 11730); left great toe -> TA.",
})

SCENARIOS.append({
    "id": "s79-paring-three-corns-free-text",
    "family": "paring", "shape": "free-text",
    "description": "Paring of three corns on both feet (11056); commercial",
    "date": "2025-07-29",
    "patient": ("Whitlock", "Harriet", "1966-12-30", "female"),
    "provider": "chen", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Corns", "L84", "Both feet", reason=True),
    ],
    "procedures": [
        P("Paring of corns", site="Right 5th toe, left 5th toe, left 2nd toe",
          note="3 hyperkeratotic corns pared with #15 blade; central cores removed.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
WHITLOCK, HARRIET   DOB 12/30/1966   DOS 07/29/2025   Provider: Wei Chen, MD

Chief Complaint: painful corns on toes.

Problem List/Past Medical History
Ongoing
   Corns
   Hallux valgus, bilateral

Physical Examination
   Feet: hard corns dorsolateral R 5th toe, dorsolateral L 5th toe, dorsal PIP L 2nd toe. Painful to pressure.
   No warts (skin lines preserved, no capillaries).

Procedure Note
   Procedure: [Paring - hyperkeratotic lesions]   Number of lesions: 3
   Free text: each corn pared with #15 blade, central keratin core enucleated. No bleeding.
   Complications: [None]

Assessment/Plan
1. Corns x3 - pared. Wider toe box shoes, silicone toe sleeves. Podiatry referral for hallux valgus if wanted.

Orders this visit
   [No orders]

Electronically Signed on 07/29/2025 10:20 AM CDT by Chen, Wei MD
""",
    "expected": E([L("11056")], [], {"11056": ["L84"]}),
    "coder_note": "Paring: 2-4 lesions -> 11056.",
})

SCENARIOS.append({
    "id": "s79-paring-single-callus-precoded-11056",
    "family": "paring", "shape": "pre-coded",
    "description": "One plantar callus pared; charge sent 11056 -> 11055; commercial (UHC)",
    "date": "2025-11-13",
    "patient": ("Nakashima", "Hiroshi", "1958-05-14", "male"),
    "provider": "nakamura", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Callus, right plantar first metatarsal head", "L84", "Right plantar forefoot", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion; 2 to 4 lesions", "11056", "Right plantar forefoot",
          note="Single callus R 1st MTH pared.", reasons=["c1", "c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
NAKASHIMA, HIROSHI   DOB 05/14/1958   DOS 11/13/2025   Provider: Ren Nakamura, MD

Chief Complaint: thick callus under ball of right foot.

Problem List/Past Medical History
Ongoing
   Type 2 diabetes mellitus with polyneuropathy
   Callus
   Onychomycosis (not treated today)

Physical Examination
   R plantar 1st metatarsal head: 1.8 cm callus, no ulcer beneath after paring, no drainage. Monofilament:
   absent sensation at 4/10 sites. Nails thick and yellow - no treatment requested.

Procedure Note
   Procedure: [Paring - hyperkeratotic lesions]   Number of lesions: 1
   Free text: sharp debridement of hyperkeratotic tissue with #15 blade to healthy skin.
   Complications: [None]

Assessment/Plan
1. Callus R 1st MTH in diabetic neuropathy - pared; offloading insole; daily foot checks.

Orders this visit
   Charge: 11056 (entered by MA)

Electronically Signed on 11/13/2025 09:35 AM CST by Nakamura, Ren MD
""",
    "expected": E([L("11055")], ["coding-correction"], {"11055": ["L84"]}),
    "coder_note": "One lesion pared -> 11055, not 11056 (2-4). Onychomycosis not treated, no nail code.",
})

SCENARIOS.append({
    "id": "s79-patch-eighty-allergens-precoded-one-unit",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch test application of 80 allergens, charge sent 95044 x1 -> x80; commercial",
    "date": "2025-10-06",
    "patient": ("Brightwater", "Felicity", "1984-08-08", "female"),
    "provider": "ramirez", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Dermatitis, eyelids and neck, unspecified", "L30.9", "Eyelids and neck", reason=True),
    ],
    "procedures": [
        P("Patch or application test(s)", "95044", "Upper back",
          note="North American baseline series 70 + cosmetic supplement 10 = 80 allergens.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application Note",
    "note": """*** PowerNote: Patch Test Application ***
BRIGHTWATER, FELICITY   DOB 08/08/1984   DOS 10/06/2025   Provider: Sofia Ramirez, MD

Chief Complaint: patch test placement (scheduled at 09/15 visit).

Problem List/Past Medical History
Ongoing
   Dermatitis, eyelids and neck
   Allergic rhinitis

Procedure Note
   Procedure: [Patch testing - application]
   Series: [North American Baseline Series] 70 allergens; Free text: + cosmetic/fragrance supplement 10 allergens
   Total allergens applied: 80
   Site: upper back, chambers on hypoallergenic tape, mapped
   Free text: no topical steroid to back x 1 week, no systemic steroids. Readings at 48 h and 96 h.
   Complications: [None]

Assessment/Plan
1. Eyelid and neck dermatitis, suspected allergic contact - patch test placed, 80 allergens.

Orders this visit
   Patch test reading visits x2 [Scheduled]

Electronically Signed on 10/06/2025 08:55 AM CDT by Ramirez, Sofia MD
""",
    "expected": E([L("95044", 80)], [], {"95044": ["L30.9"]}),
    "coder_note": "95044 units = number of allergens applied: 80 (MUE 90). The diagnosis stays unspecified dermatitis "
                  "(allergic contact is only suspected, DX-1).",
})

SCENARIOS.append({
    "id": "s79-patch-new-pt-hand-dermatitis-36",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt hand dermatitis evaluated and treated (99203-25) and 36-allergen patch test applied same day; Medicaid",
    "date": "2026-01-06",
    "patient": ("Odhiambo", "Grace", "1990-04-23", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 40,
    "em": "99203",
    "conditions": [
        C("c1", "Dermatitis of hands, unspecified", "L30.9", "Bilateral hands", reason=True),
    ],
    "note_title": "Dermatology New Patient Visit",
    "note": """*** PowerNote: Dermatology New Patient Visit ***
ODHIAMBO, GRACE   DOB 04/23/1990   DOS 01/06/2026   Provider: Ines Castellanos, MD
Visit Type: [New Patient Office Visit]

Chief Complaint: hand rash x 8 months, cracking and bleeding.

History of Present Illness
Certified nursing assistant, frequent handwashing and gloves. Rash on palms and fingers, worse at work, better
on vacation. OTC hydrocortisone no help. No history of atopy.

Problem List/Past Medical History
Ongoing
   [No chronic problems]

Physical Examination
   Hands: erythematous lichenified plaques with fissures on palms, lateral fingers and dorsal hands; no nail
   pitting, no vesicles on feet, KOH of palm negative (done in clinic).

Assessment/Plan
1. Hand dermatitis - irritant vs allergic contact. Start clobetasol 0.05% ointment BID x 2 weeks, then
   weekends; cotton under nitrile gloves, fragrance-free emollient after every wash. Work note given.
   Comprehensive patch testing indicated.

Procedure Note
   Procedure: [Patch testing - application]
   Series: [Standard series] 30 allergens; Free text: + rubber accelerator series 6 allergens
   Total allergens applied: 36
   Site: upper back. Reading at 48 h and 72-96 h.
   Complications: [None]

Orders this visit
   Clobetasol 0.05% ointment [Prescribed]   Patch test reading visits [Scheduled]

Electronically Signed on 01/06/2026 05:15 PM EST by Castellanos, Ines MD
""",
    "expected": E([L("99203", 1, "25"), L("95044", 36)], [], {"95044": ["L30.9"]}),
    "coder_note": "New-patient evaluation with prescription management is separate from the test application -> "
                  "99203-25 (PTP 95044/99203 indicator 1). 95044 x36 = allergens applied.",
})

SCENARIOS.append({
    "id": "s79-photo-nbuvb-session-fourteen",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB session #14 for psoriasis, nurse-run, no E/M (96900 x1); Medicare FFS",
    "date": "2025-09-18",
    "patient": ("Marchand", "Gilles", "1952-02-05", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("NB-UVB phototherapy", site="Whole body",
          note="Session 14. Dose 1150 mJ/cm2 (+10%). No erythema from last session.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """*** PowerNote: Phototherapy Treatment Record ***
MARCHAND, GILLES   DOB 02/05/1952   DOS 09/18/2025   Supervising: Samuel Weiss, MD   RN: T. Pollard

Treatment: [Narrowband UVB]   Session #: 14
Diagnosis: plaque psoriasis, 14% BSA at start; failed topical steroids and calcipotriene.
Skin type: [II]   Previous dose: 1050 mJ/cm2   Today: 1150 mJ/cm2
Erythema since last treatment: [None]   Goggles: [Yes]   Genital shielding: [Yes]
Free text: plaques thinner, BSA about 6%. Patient tolerating well.
Physician on site: [Yes]

Problem List/Past Medical History
Ongoing
   Psoriasis vulgaris
   Hypertension

Assessment/Plan
1. Psoriasis - continue NB-UVB 3x weekly, increase 10% per session as tolerated.

Orders this visit
   [No orders]

Electronically Signed on 09/18/2025 08:40 AM CDT by Weiss, Samuel MD
""",
    "expected": E([L("96900")], [], {"96900": ["L40.0"]}),
    "coder_note": "NB-UVB without tar/psoralen is actinotherapy -> 96900 x1 per session; covered conventional UV for "
                  "psoriasis (NCD 250.1). No E/M documented.",
})

SCENARIOS.append({
    "id": "s79-photo-puva-first-line-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA requested for 4% BSA psoriasis never treated with topicals/UVB; ABN signed -> 96912-GA; Medicare FFS",
    "date": "2025-11-20",
    "patient": ("Pellegrino", "Vito", "1949-09-09", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized", "L40.0", "Elbows and knees", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """*** PowerNote: Phototherapy Treatment Record ***
PELLEGRINO, VITO   DOB 09/09/1949   DOS 11/20/2025   Supervising: Luca Marchetti, MD

Treatment: [PUVA]   Session #: 1
Diagnosis: plaque psoriasis, elbows and knees, BSA 4%.
History: has never used topical steroids, vitamin D analogues or UVB; no systemic therapy. Patient insists
on PUVA because a friend did well with it. Disease is not disabling; works full time.
Psoralen: [Methoxsalen 0.4 mg/kg PO 90 min before]   UVA dose: 1.0 J/cm2   Goggles: [Yes]

Problem List/Past Medical History
Ongoing
   Psoriasis vulgaris
   Cataract, left (pseudophakic)

Assessment/Plan
1. Localized psoriasis - PUVA is not indicated under Medicare coverage (not intractable, no failed
   conventional therapy); recommended topicals first. Patient chose PUVA anyway. ABN (CMS-R-131) explained
   and signed before treatment: expects Medicare to deny as not reasonable and necessary.

Orders this visit
   ABN [Signed]   Methoxsalen [Administered in clinic]

Electronically Signed on 11/20/2025 12:25 PM EST by Marchetti, Luca MD
""",
    "expected": E([L("96912", 1, "GA")], [], {"96912": ["L40.0"]}),
    "coder_note": "NCD 250.1 / README: PUVA without intractable disease or failed conventional therapy is not "
                  "reasonable and necessary; ABN signed before the service -> GA (not GY: not a statutory exclusion).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s79-postop-suture-removal-day8-99024",
    "family": "post-op", "shape": "free-text",
    "description": "Suture removal 8 days after benign excision (010 global); 99212 selected -> 99024; commercial",
    "date": "2025-10-09",
    "patient": ("Fairbanks", "Nolan", "1975-01-19", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures (s/p cyst excision, left shoulder)", "Z48.02",
          "Left posterior shoulder", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-01", "11403", "Excision benign lesion trunk/arm 2.1-3.0 cm", "Left posterior shoulder",
              "Epidermal cyst 1.9 cm + 2 mm margins; simple closure."),
    ],
    "procedures": [
        P("Suture removal", site="Left posterior shoulder",
          note="6 nylon sutures removed, wound well approximated, Steri-Strips applied.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Post-op Visit",
    "note": """*** PowerNote: Dermatology Post-op Visit ***
FAIRBANKS, NOLAN   DOB 01/19/1975   DOS 10/09/2025   Provider: Chidi Okonkwo, MD
Visit Type: [Established Patient Office Visit]

Chief Complaint: suture removal.

History of Present Illness
Excision of epidermal cyst L posterior shoulder on 10/01/2025. No pain, no drainage, no fever.

Problem List/Past Medical History
Ongoing
   Epidermal cyst, left shoulder (excised 10/01/2025)
   Hypertension

Physical Examination
   Wound: [Well approximated, no erythema, no drainage]

Procedure Note
   Procedure: [Suture removal]   Number of sutures: 6
   Free text: all sutures removed, Steri-Strips.
   Complications: [None]

Assessment/Plan
1. Routine post-op check after cyst excision - healing well; path benign epidermal cyst reviewed.
No other concerns addressed.

Orders this visit
   Level of service: [99212]

Electronically Signed on 10/09/2025 09:12 AM EDT by Okonkwo, Chidi MD
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit and suture removal inside the 010 global of the 10/01 "
                  "excision (day 8) -> 99024, not a billable E/M.",
})

SCENARIOS.append({
    "id": "s79-postop-flap-global-poison-ivy-24",
    "family": "post-op", "shape": "note-only",
    "description": "30 days after cheek flap (090 global): E/M for unrelated poison-ivy dermatitis with Rx -> 99213-24; Medicare FFS",
    "date": "2025-08-14",
    "patient": ("Huxley", "Beatrice", "1948-10-30", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to plants (poison ivy), forearms", "L23.7", "Bilateral forearms",
          reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "prior": [
        PRIOR("2025-07-15", "14040", "Adjacent tissue transfer, cheek, 10 sq cm or less", "Right cheek",
              "Rhombic flap after excision of BCC right cheek."),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """*** PowerNote: Dermatology Office Visit ***
HUXLEY, BEATRICE   DOB 10/30/1948   DOS 08/14/2025   Provider: Astrid Lindgren, MD
Visit Type: [Established Patient Office Visit]

Chief Complaint: itchy blistering rash on both arms after gardening.

History of Present Illness
Pulled weeds along the fence 3 days ago; streaky itchy blisters on both forearms since yesterday, spreading.
Cheek flap from 07/15 is doing fine, no concerns about it - she is not here for it.

Problem List/Past Medical History
Ongoing
   Basal cell carcinoma, right cheek - excised with rhombic flap 07/15/2025
   Hypertension
   Type 2 diabetes mellitus

Physical Examination
   Forearms: linear streaks of vesicles on erythematous base, both forearms, ~4% BSA. Face: not examined
   beyond a glance - flap intact.

Assessment/Plan
1. Allergic contact dermatitis (poison ivy), forearms - clobetasol 0.05% cream BID x 10 days; systemic steroid
   avoided given diabetes; cool compresses; wash tools and gloves.
2. S/p flap R cheek - routine post-op follow-up already scheduled 09/02.

Orders this visit
   Clobetasol 0.05% cream [Prescribed]

Electronically Signed on 08/14/2025 11:38 AM EDT by Lindgren, Astrid MD
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], {"99213": ["L23.7"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the 07/15 flap, inside its 90-day global -> modifier 24.",
})

SCENARIOS.append({
    "id": "s79-postop-new-lesion-punch-in-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Punch bx of new L forearm lesion 5 days after trunk excision (010 global); charge 11104 without 79; Medicare FFS",
    "date": "2025-12-08",
    "patient": ("Ravensworth", "Clement", "1951-07-07", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Lichen planus, left forearm", "L43.9", "Left volar forearm", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-03", "11402", "Excision benign lesion trunk 1.1-2.0 cm", "Right lower back",
              "Dysplastic nevus 1.0 cm + 2 mm margins, simple closure."),
    ],
    "procedures": [
        P("Punch biopsy of skin, single lesion", "11104", "Left volar forearm",
          note="4 mm punch of new violaceous papules; unrelated to the back excision.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
RAVENSWORTH, CLEMENT   DOB 07/07/1951   DOS 12/08/2025   Provider: Marc Baptiste, MD
Visit Type: [Established Patient]

Chief Complaint: new itchy bumps on left wrist/forearm x 3 weeks.

History of Present Illness
Excision of dysplastic nevus R lower back on 12/03/2025 - healing, sutures due out 12/15. Today came in for a
new itchy rash on the L forearm, unrelated to the surgery.

Problem List/Past Medical History
Ongoing
   Dysplastic nevus, right lower back (excised 12/03/2025)
   Hepatitis C, treated 2019

Physical Examination
   L volar forearm/wrist: flat-topped violaceous polygonal papules with fine white scale, 6 x 4 cm area.
   Back wound: intact (not otherwise addressed).

Procedure Note
   Procedure: [Punch biopsy]   Site: left volar forearm
   Free text: 4 mm punch, 1 simple suture.
   Complications: [None]

Assessment/Plan
1. Lichenoid eruption L forearm - punch bx to confirm lichen planus; triamcinolone 0.1% cream meanwhile.

Orders this visit
   Surgical Pathology Request [Sent]

Electronically Signed on 12/08/2025 10:47 AM CST by Baptiste, Marc MD
""",
    "path": [
        {"text": "Skin, left volar forearm, punch: lichen planus.", "site": "Left volar forearm"},
    ],
    "expected": E([L("11104", 1, "79")], ["global-period"], {"11104": ["L43.9"]}),
    "coder_note": "GS-5: unrelated procedure on a new lesion inside the 10-day global of the 12/03 excision -> 79.",
})

SCENARIOS.append({
    "id": "s79-repair-fall-lacerations-arm-hand-chin",
    "family": "repair", "shape": "free-text",
    "description": "Simple repairs after a fall: R forearm 2.5 + R hand 1.5 = 4.0 cm (12002) and chin 1.2 cm (12011); commercial",
    "date": "2025-07-10",
    "patient": ("Castellano", "Dominic", "1981-11-11", "male"),
    "provider": "okafor", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Laceration without foreign body of right forearm, initial encounter", "S51.811A", "Right forearm",
          reason=True),
        C("c2", "Laceration without foreign body of right hand, initial encounter", "S61.411A", "Right hand",
          reason=True),
        C("c3", "Laceration without foreign body of other part of head (chin), initial encounter", "S01.81XA",
          "Chin", reason=True),
    ],
    "procedures": [
        P("Simple repair of laceration", site="Right forearm",
          note="2.5 cm, single layer 4-0 nylon, irrigated.", reasons=["c1"]),
        P("Simple repair of laceration", site="Right hand, hypothenar",
          note="1.5 cm, single layer 4-0 nylon.", reasons=["c2"]),
        P("Simple repair of laceration", site="Chin",
          note="1.2 cm, single layer 6-0 nylon.", reasons=["c3"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
CASTELLANO, DOMINIC   DOB 11/11/1981   DOS 07/10/2025   Provider: Adaeze Okafor, MD

Chief Complaint: tripped on the curb outside the clinic before his appointment, cuts on arm, hand and chin.

History of Present Illness
Fell onto concrete 20 minutes ago, no LOC, no neck pain. Tetanus booster 2022. Came in for a routine
acne follow-up - acne not addressed today, rescheduled.

Problem List/Past Medical History
Ongoing
   Acne vulgaris

Procedure Note
   Procedure: [Laceration repair - simple]
   Wound 1: right forearm 2.5 cm   Wound 2: right hand (hypothenar) 1.5 cm   Wound 3: chin 1.2 cm
   Anesthesia: [1% lidocaine with epinephrine] (plain lidocaine for the hand)
   Free text: each wound irrigated with 250 mL saline; minimal debris, no foreign body, not heavily
   contaminated. Single-layer closure, no deep sutures: nylon 4-0 arm and hand, 6-0 chin.
   Complications: [None]

Assessment/Plan
1. Simple lacerations x3 after mechanical fall - repaired. Wound care, sutures out chin 5 days, arm/hand 10 days.
2. Acne - rescheduled.

Orders this visit
   [No orders]

Electronically Signed on 07/10/2025 02:02 PM EDT by Okafor, Adaeze MD
""",
    "expected": E([L("12002"), L("12011")], [], {"12011": ["S01.81XA"]}),
    "coder_note": "REP-1/REP-2: simple repairs summed within a site group: forearm 2.5 + hand 1.5 = 4.0 cm (12001-12007 "
                  "group) -> 12002; chin is in the face group -> 12011. No PTP edit between 12002 and 12011.",
})

SCENARIOS.append({
    "id": "s79-repair-forehead-complex-after-outside-mohs",
    "family": "repair", "shape": "note-only",
    "description": "Complex repair 6.2 cm of forehead Mohs defect (Mohs done elsewhere the day before) -> 13132; commercial",
    "date": "2025-12-18",
    "patient": ("Sinclair", "Edwina", "1956-03-03", "female"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of forehead", "C44.319", "Left forehead", reason=True),
    ],
    "note_title": "Dermatologic Surgery Operative Note",
    "note": """*** PowerNote: Dermatologic Surgery Operative Note ***
SINCLAIR, EDWINA   DOB 03/03/1956   DOS 12/18/2025   Surgeon: Luca Marchetti, MD

Indication: Mohs of infiltrative BCC L forehead performed 12/17/2025 by Dr. Ahmadi (outside Mohs center); defect
sent to us for reconstruction. Mohs report reviewed: cleared in 3 stages. Defect dressed overnight.

Problem List/Past Medical History
Ongoing
   Basal cell carcinoma, left forehead (Mohs 12/17/2025, outside)
   Hypothyroidism

Procedure Note
   Procedure: [Repair - complex]   Site: left forehead
   Defect: 2.4 x 1.8 cm to frontalis fascia
   Free text: devitalized and crusted wound edges debrided sharply; extensive undermining in the subgaleal
   plane; layered closure with 4-0 Monocryl buried vertical mattress and 5-0 Prolene running, dog-ears
   repaired. Final linear length 6.2 cm.
   Repair length: 6.2 cm
   Estimated blood loss: [Minimal]   Complications: [None]

Assessment/Plan
1. Post-Mohs defect L forehead - complex linear repair 6.2 cm. Sutures out 7 days.

Orders this visit
   [No orders]

Electronically Signed on 12/18/2025 12:50 PM EST by Marchetti, Luca MD
""",
    "expected": E([L("13132")], [], {"13132": ["C44.319"]}),
    "coder_note": "REP-2/REP-3: debridement of wound edges + extensive undermining = complex; forehead 6.2 cm -> 13132 "
                  "(2.6-7.5). Mohs was billed by the outside surgeon; only the repair is ours.",
})

SCENARIOS.append({
    "id": "s79-shave-three-sites-three-groups",
    "family": "shave", "shape": "free-text",
    "description": "Shave removals: R flank 1.2 cm (11302), R neck 0.5 cm (11305), L ear 0.3 cm (11310); MA HMO",
    "date": "2025-09-11",
    "patient": ("Abernathy-Cole", "Louisa", "1952-12-12", "female"),
    "provider": "chen", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right flank", "L82.0", "Right flank", reason=True),
        C("c2", "Melanocytic nevus of neck", "D22.4", "Right lateral neck", reason=True),
        C("c3", "Inflamed seborrheic keratosis, left ear", "L82.0", "Left helix", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right flank", note="1.2 cm inflamed crusted papule, removed flush.", reasons=["c1"]),
        P("Shave removal", site="Right lateral neck",
          note="0.5 cm papule catching on necklace, bleeding twice; removed flush.", reasons=["c2"]),
        P("Shave removal", site="Left helix",
          note="0.3 cm crusted papule, bleeds with phone use; removed flush.", reasons=["c3"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
ABERNATHY-COLE, LOUISA   DOB 12/12/1952   DOS 09/11/2025   Provider: Wei Chen, MD

Chief Complaint: three irritated spots.

Problem List/Past Medical History
Ongoing
   Seborrheic keratosis
   Melanocytic nevi
   GERD

Procedure Note
   Procedure: [Shave removal]   Number of lesions: 3
   Lesion 1: right flank, 1.2 cm, inflamed and crusted, itching
   Lesion 2: right lateral neck, 0.5 cm, catches on necklace, bled twice this month
   Lesion 3: left helix, 0.3 cm, crusted, bleeds with phone use
   Free text: each removed flush with DermaBlade, complete removal, AlCl3 hemostasis, each in its own jar.
   Complications: [None]

Assessment/Plan
1. Symptomatic lesions x3 (itching, bleeding, trauma) - shave removal, path pending.

Orders this visit
   Surgical Pathology Request x3 [Sent]

Electronically Signed on 09/11/2025 03:33 PM CDT by Chen, Wei MD
""",
    "path": [
        {"text": "A. Skin, right flank, shave: inflamed seborrheic keratosis.", "site": "Right flank"},
        {"text": "B. Skin, right lateral neck, shave: intradermal melanocytic nevus.", "site": "Right lateral neck"},
        {"text": "C. Skin, left helix, shave: irritated seborrheic keratosis.", "site": "Left helix"},
    ],
    "expected": E([L("11302"), L("11305"), L("11310")], [],
                  {"11302": ["L82.0"], "11305": ["D22.4"], "11310": ["L82.0"]}),
    "coder_note": "SH-1: trunk 1.2 cm -> 11302; neck (SNHFG) 0.5 cm -> 11305; ear (FEENLM) 0.3 cm -> 11310. Each "
                  "lesion symptomatic (BSL-3), MA so no GY logic.",
})

SCENARIOS.append({
    "id": "s79-shave-scalp-size-blank-plus-forearm",
    "family": "shave", "shape": "note-only",
    "description": "Shave of bleeding L forearm SK 0.9 cm (11301) and of scalp lesion with size left blank (no line); Medicare FFS",
    "date": "2025-10-23",
    "patient": ("Montgomery", "Irving", "1945-08-16", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left forearm", "L82.0", "Left dorsal forearm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, scalp", "L82.0", "Right parietal scalp", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
MONTGOMERY, IRVING   DOB 08/16/1945   DOS 10/23/2025   Provider: Ren Nakamura, MD
Visit Type: [Established Patient]

Chief Complaint: two growths that bleed - arm and scalp.

Problem List/Past Medical History
Ongoing
   Seborrheic keratosis
   Chronic lymphocytic leukemia (watch and wait)

Procedure Note
   Procedure: [Shave removal]   Site: left dorsal forearm   Lesion size: 0.9 cm
   Free text: crusted, bleeding stuck-on papule removed flush, AlCl3.
   Complications: [None]

Procedure Note
   Procedure: [Shave removal]   Site: right parietal scalp   Lesion size: [ ] cm
   Free text: irritated papule, bleeds when combing; removed flush, AlCl3.
   Complications: [None]

Assessment/Plan
1. Inflamed SKs (bleeding) L forearm and R scalp - shave removal x2, path sent.

Orders this visit
   Surgical Pathology Request x2 [Sent]

Electronically Signed on 10/23/2025 01:18 PM CDT by Nakamura, Ren MD
""",
    "path": [
        {"text": "A. Skin, left dorsal forearm, shave: inflamed seborrheic keratosis.", "site": "Left dorsal forearm"},
        {"text": "B. Skin, right parietal scalp, shave: irritated seborrheic keratosis.", "site": "Right parietal scalp"},
    ],
    "expected": E([L("11301")], ["missing-documentation"], {"11301": ["L82.0"]}),
    "coder_note": "Forearm 0.9 cm -> 11301. The scalp shave has no lesion size (template field left blank) -> no line "
                  "plus missing-documentation (README Coding decisions).",
})

SCENARIOS.append({
    "id": "s79-shave-nasal-nevus-precoded-trunk-code",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of 0.8 cm bleeding nevus on nasal sidewall; charge sent 11301 (trunk) -> 11311; commercial",
    "date": "2026-01-29",
    "patient": ("Lindqvist-Berg", "Hanna", "1993-06-06", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Melanocytic nevus, nasal sidewall", "D22.39", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Shave, skin lesion, trunk/arms/legs, 0.6-1.0 cm", "11301", "Left nasal sidewall",
          note="0.8 cm dome-shaped nevus, rubbed by eyeglass pad, bleeding; removed flush.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
LINDQVIST-BERG, HANNA   DOB 06/06/1993   DOS 01/29/2026   Provider: Rafael Santos, MD

Chief Complaint: mole on side of nose bleeds from glasses.

Problem List/Past Medical History
Ongoing
   Melanocytic nevi
   Migraine without aura

Procedure Note
   Procedure: [Shave removal]   Site: left nasal sidewall   Lesion size: 0.8 cm
   Free text: dome-shaped flesh-colored papule at the glasses nose-pad, eroded; removed flush with
   DermaBlade, AlCl3. Specimen to path.
   Complications: [None]

Assessment/Plan
1. Traumatized nevus L nasal sidewall (repeated bleeding from glasses) - shave removal.

Orders this visit
   Surgical Pathology Request [Sent]

Electronically Signed on 01/29/2026 10:44 AM EST by Santos, Rafael MD
""",
    "path": [
        {"text": "Skin, left nasal sidewall, shave: intradermal melanocytic nevus, traumatized.",
         "site": "Left nasal sidewall"},
    ],
    "expected": E([L("11311")], ["coding-correction"], {"11311": ["D22.39"]}),
    "coder_note": "SH-1: nose is FEENLM; 0.8 cm -> 11311, not the trunk code 11301.",
})

SCENARIOS.append({
    "id": "s79-tags-cosmetic-medicaid-plus-wart",
    "family": "skin-tags", "shape": "free-text",
    "description": "12 asymptomatic neck skin tags snipped for appearance (Medicaid, removed as cosmetic) + cryo of painful finger wart (17110)",
    "date": "2025-08-07",
    "patient": ("Okafor-Reyes", "Danielle", "1987-02-02", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, neck", "L91.8", "Neck", reason=True),
        C("c2", "Verruca vulgaris, left thumb", "B07.8", "Left thumb", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck",
          note="12 tags, snip excision with iris scissors; patient wants them off for appearance.", reasons=["c1"]),
        P("Cryotherapy of wart", site="Left thumb, periungual", note="1 wart, LN2 2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
OKAFOR-REYES, DANIELLE   DOB 02/02/1987   DOS 08/07/2025   Provider: Folake Adeyemi, MD

Chief Complaint: skin tags on neck; wart on thumb.

History of Present Illness
Skin tags on neck for years, does not like how they look. They do not bleed, itch, hurt or get irritated by
clothing or jewelry. Thumb wart painful, splitting near the nail, x 4 months.

Problem List/Past Medical History
Ongoing
   Skin tags
   Polycystic ovary syndrome

Procedure Note
   Procedure: [Skin tag removal]   Number of lesions: 12
   Free text: snip excision with curved iris scissors, AlCl3. Done for cosmetic reasons at patient request;
   patient informed Medicaid will not pay and she agreed to self-pay ($).
   Complications: [None]

Procedure Note
   Procedure: [Cryotherapy - benign lesions]   Site: left thumb, periungual   Number of lesions: 1
   Free text: LN2, 2 freeze-thaw cycles.
   Complications: [None]

Assessment/Plan
1. Acrochordons x12, asymptomatic - removed, cosmetic, self-pay.
2. Painful periungual wart L thumb - cryo; repeat 3-4 weeks.

Orders this visit
   Self-pay cosmetic fee [Collected]

Electronically Signed on 08/07/2025 02:26 PM EDT by Adeyemi, Folake MD
""",
    "expected": E([L("17110")], ["cosmetic"], {"17110": ["B07.8"]}),
    "coder_note": "Conventions (non-Medicare cosmetic): asymptomatic skin-tag removal for appearance is cosmetic -> "
                  "11200 removed from the Medicaid claim, patient pays. The painful wart cryo is covered -> 17110.",
})

SCENARIOS.append({
    "id": "s79-tags-twentyseven-irritated-precoded-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "27 irritated/bleeding skin tags removed; charge 11200 + 11201 x2, but 11201 MUE is 1 -> capped; Medicare FFS",
    "date": "2025-11-05",
    "patient": ("Bellweather", "Otis", "1950-05-25", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated, neck and axillae", "L91.8", "Neck and bilateral axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", "11200", "Neck and bilateral axillae",
          note="First 15 tags.", reasons=["c1"]),
        P("Removal of skin tags, each additional 10 - qty 2", "11201", "Neck and bilateral axillae",
          note="12 additional tags (total 27).", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """*** PowerNote: Dermatology Procedure Note ***
BELLWEATHER, OTIS   DOB 05/25/1950   DOS 11/05/2025   Provider: Samuel Weiss, MD
Visit Type: [Established Patient]

Chief Complaint: skin tags bleeding, catching on collar and seatbelt.

History of Present Illness
Multiple skin tags neck and armpits, several twist, turn red and bleed when caught on his shirt collar, razor
and seatbelt; blood on collars documented by wife's photos. Painful when inflamed.

Problem List/Past Medical History
Ongoing
   Acrochordons
   Obesity
   Type 2 diabetes mellitus

Physical Examination
   Neck: 14 pedunculated tags, 5 inflamed, 2 with hemorrhagic crust. Axillae: R 7, L 6, several eroded.

Procedure Note
   Procedure: [Skin tag removal]   Number of lesions: 27 (neck 14, R axilla 7, L axilla 6)
   Free text: snip excision and light electrodesiccation of bases.
   Complications: [None]

Assessment/Plan
1. Irritated, bleeding, painful acrochordons x27 - removed (medically necessary: bleeding, inflammation,
   recurrent trauma from collar/seatbelt).

Orders this visit
   [No orders]

Electronically Signed on 11/05/2025 04:02 PM EST by Weiss, Samuel MD
""",
    "expected": E([L("11200"), L("11201")], ["mue"], {"11200": ["L91.8"]}),
    "coder_note": "27 tags -> 11200 + 11201 x ceil(12/10) = 2, but the 11201 MUE is 1 (MAI 3) -> capped at 1 with an mue "
                  "finding. Bleeding/inflammation/trauma documented, so not cosmetic (BSL-3).",
})
