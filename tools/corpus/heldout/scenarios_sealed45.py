"""Sealed set 45 (s45-): auditor's review of a rural dermatology outreach clinic on athenaOne.

Hollis Creek Outreach Dermatology runs two days a week (Tue/Thu) in a county health building. Notes are written
by Jordan Pike, FNP-C (provider key "pike") and Rafael Santos, PA-C (provider key "santos"); the supervising
dermatologist Astrid Lindgren, MD (provider key "lindgren") co-signs and does a monthly Mohs day on site.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the tests/corpus/README.md
sections "File format" and "Coding decisions" only.
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
    "id": "s45-bx-punch-forearm-two-shave-bx",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx R forearm pigmented lesion + tangential bx scalp and L upper back; Medicare FFS",
    "date": "2026-01-13",
    "patient": ("Vandergriff", "Dale", "1949-02-14", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Atypical pigmented lesion, right forearm", None, "Right dorsal forearm", reason=True),
        C("c2", "Hyperkeratotic papule, vertex scalp", None, "Vertex scalp", reason=True),
        C("c3", "Pink scaly papule, left upper back", None, "Left upper back", reason=True),
        C("c4", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERM  --  athenaOne
PROGRESS NOTE      DOS 01/13/2026
Prov: Jordan Pike, FNP-C        Supervising: A. Lindgren MD

S: 76 yo M, cattle farmer. Wife noticed 3 spots. R forearm dark spot changing x4 mo.
   Scalp crusty bump, bleeds under feed-store cap. L upper back pink scaly spot, no sx.
   Hx BCC nose 2019 s/p Mohs. On apixaban - NOT held.
O: R dorsal forearm 7 mm irreg brown macule, 2 shades, asymm.
   Vertex scalp 6 mm hyperkeratotic papule w/ heme crust.
   L upper back 9 mm pink scaly papule, ?pearly rim.
   No cervical/axillary LAD.
A/P:
1. ATYPICAL PIGMENTED LESION R FOREARM - r/o DN vs MM. PUNCH BX 4 mm, 1 x 4-0 nylon.
2. SCALP PAPULE r/o SCC vs HAK - shave bx (tangential), AlCl.
3. L UPPER BACK r/o BCC - shave bx (tangential), AlCl.
Consent signed. Lido 1% w/ epi. Tol well. 3 jars to Dermpath.
Wound care handout. Suture out 10-14 d. Will call w/ path.
RTC 3 mo FSE.

--- Reviewed chart, agree w/ A/P. A. Lindgren MD 01/14/2026
""",
    "path": [
        {"text": "A. Skin, right forearm, punch: Dysplastic compound nevus with moderate atypia, lateral margin "
                 "involved.", "site": "Right forearm"},
        {"text": "B. Skin, scalp, shave: Hypertrophic actinic keratosis.", "site": "Scalp"},
        {"text": "C. Skin, left upper back, shave: Basal cell carcinoma, superficial type, extending to "
                 "peripheral margin.", "site": "Left upper back"},
    ],
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.61"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, each tangential bx takes its own add-on 11103 "
                  "(AOC allows 11103 with 11104). Dysplastic nevus R forearm -> D22.61.",
})

SCENARIOS.append({
    "id": "s45-bx-deleted-11100-three-shave-bx",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Three tangential biopsies of a lichenoid eruption pre-coded with deleted 11100/11101; Medicaid MCO",
    "date": "2026-01-15",
    "patient": ("Hutchens", "Marla", "1973-08-30", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Lichenoid eruption, trunk and extremities", "R21", "Neck, arm, abdomen", reason=True),
    ],
    "procedures": [
        P("Skin biopsy, single lesion", cpt="11100", site="Left lateral neck",
          note="Shave (tangential) bx of violaceous flat-topped papule, DermaBlade. AlCl.", reasons=["c1"]),
        P("Skin biopsy, each addl lesion", cpt="11101", site="Right upper arm",
          note="Tangential bx, 2nd site. AlCl.", reasons=["c1"]),
        P("Skin biopsy, each addl lesion", cpt="11101", site="Abdomen, left lower quadrant",
          note="Tangential bx, 3rd site. AlCl.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERM
S: 52F, egg farm worker. ITCHY PURPLE BUMPS x6 wk, neck/arms/belly. Started HCTZ in Nov.
O: Scattered 3-5 mm violaceous polygonal papules, Wickham striae on a few. Mouth clear.
A: Lichenoid eruption - LP vs lichenoid drug erupt (HCTZ).
P: SHAVE BX x3 (L lat neck, R upper arm, LLQ abd), tangential, AlCl hemostasis.
   Lido 1% w/ epi 1 mL each. Vaseline/bandaid. Path to Dermpath - H&E.
   Msg sent to PCP re: HCTZ swap. Do not start steroids until path back.
   F/u 2 wk path review.
R. Santos PA-C
Co-sign: A. Lindgren MD
""",
    "path": [
        {"text": "A-C. Skin, neck / right arm / abdomen, shave biopsies: Lichenoid interface dermatitis with "
                 "eosinophils, consistent with lichenoid drug eruption.", "site": "Neck, right arm, abdomen"},
    ],
    "expected": E([L("11102"), L("11103", 2)], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1). Technique documented as tangential -> 11102 + 11103 x2.",
})

SCENARIOS.append({
    "id": "s45-bx-wedge-thigh-plus-punch-arm",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge bx L thigh plaque + punch bx separate R arm papule; Medicare Advantage",
    "date": "2026-01-20",
    "patient": ("Treadway", "Ione", "1958-11-03", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Indurated plaque left anterior thigh", None, "Left anterior thigh", reason=True),
        C("c2", "Violaceous papule right upper arm", None, "Right upper arm", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, scalpel wedge, full thickness into subcutaneous fat", site="Left anterior thigh",
          note="4 cm firm hyperpigmented plaque. 1.2 x 0.5 cm fusiform wedge taken with #15 blade through dermis "
               "into fat to sample panniculitis vs morphea. 2 simple 4-0 nylon sutures.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Right upper arm",
          note="Separate 8 mm violaceous papule, r/o pseudolymphoma vs persistent arthropod reaction. Closed with "
               "1 suture.", reasons=["c2"]),
    ],
    "note_title": "Office Procedure",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 01/20/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 67F. Hard brown patch L thigh x1 yr, slowly bigger. Separate purple bump R arm x3 mo - ?spider bite.
O: L ant thigh 4 x 3.5 cm indurated hyperpigm plaque, shiny center. R upper arm 8 mm firm violaceous papule.
A/P: see procedures. Wedge bx L thigh (need fat). Punch R arm. Both closed simple.
   Consent signed, lido 1% w/ epi. Tol well, EBL min.
   Path x2. Suture out 14 d. RTC 2 wk.
-R Santos PA-C / ok AL
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("11106"), L("11105")]),
    "coder_note": "BX-2: incisional outranks punch -> 11106 primary + 11105 for the punch (AOC 11105 allowed with 11106). "
                  "Simple closure included in both.",
})

SCENARIOS.append({
    "id": "s45-cos-face-sk-ln2-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "LN2 to 5 asymptomatic facial SKs at patient request, voluntary ABN signed; Medicare FFS",
    "date": "2026-01-22",
    "patient": ("Pruett", "Arlene", "1944-05-19", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses of face", "L82.1", "Face", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERM    01/22/2026
Prov: J Pike FNP-C

S: 81F. "Get these barnacles off my face." SKs cheeks/temples, yrs. NO itch, NO bleeding, NO catching,
   no change in size/color. Just doesn't like how they look.
O: 5 stuck-on tan-brown waxy papules: R cheek x2, L cheek x1, R temple x1, L temple x1. 4-8 mm.
   No erythema, no crust, no inflammation.
A: SEBORRHEIC KERATOSES x5, face - benign, asymptomatic.
P: Told pt removal is cosmetic, Medicare won't cover. Voluntary ABN (Medicare notice for
   non-covered services) reviewed, pt signed, will self-pay.
   LN2 x5 SKs, 2 FTC each. Blister care reviewed.
   RTC prn.

-- Agree. AL MD
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-2/COS-4: asymptomatic L82.1 removal is cosmetic, statutorily excluded -> GY; voluntary "
                  "ABN documented -> GX added. 17110 covers up to 14 lesions.",
})

SCENARIOS.append({
    "id": "s45-cos-chin-nevus-shave-no-abn-gy",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Shave of a stable 0.7 cm chin intradermal nevus for appearance only, no ABN; Medicare",
    "date": "2026-01-27",
    "patient": ("Goodnight", "Wilma", "1952-09-09", "female"),
    "provider": "santos", "payer": "medicare-noname", "minutes": 15,
    "conditions": [
        C("c1", "Intradermal nevus of chin", "D22.39", "Chin", reason=True),
    ],
    "procedures": [
        P("Shave removal, face, 0.6-1.0 cm", cpt="11311", site="Chin, left of midline",
          note="0.7 cm dome-shaped flesh-colored papule shaved flush, AlCl. Sent to path.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 01/27/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 73F wants "this mole" off chin before granddaughter's wedding (pictures). Had it >30 yrs.
   Denies bleeding, itch, pain, catching, growth, color change.
O: L chin 0.7 cm soft skin-colored dome papule, uniform, no crust. Clinically benign IDN.
A: Intradermal nevus chin, stable, asymptomatic - COSMETIC request.
P: Shave removal, flush. AlCl. Path for routine.
   ABN not done today (front desk missed it).
   RTC prn.
R. Santos PA-C    -- co-signed A. Lindgren MD
""",
    "path": [{"text": "Skin, chin, shave: Intradermal melanocytic nevus.", "site": "Chin"}],
    "expected": E([L("11311", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "No BSL-3 reason (no symptom, no change, clinically certain) -> cosmetic, Medicare FFS -> GY. No "
                  "voluntary ABN -> no GX. Size 0.7 cm face -> 11311 stays.",
})

SCENARIOS.append({
    "id": "s45-ds-ak-nine-forearms-scalp",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 9 AKs (6 forearms, 3 scalp); SKs reassured only; Medicare FFS (NGS)",
    "date": "2026-01-29",
    "patient": ("Kettering", "Lloyd", "1946-07-22", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, forearms and scalp", "L57.0", "Bilateral forearms, scalp", reason=True),
        C("c2", "Seborrheic keratoses, trunk", "L82.1", "Trunk"),
        C("c3", "Personal history of SCC of skin", "Z85.828", history=True),
    ],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERM
DOS 01/29/26   J. Pike FNP-C

S: 79 yo M, retired wheat farmer, rough spots arms + head. Hx SCC L hand 2022 (excised, clear).
O: Gritty erythematous scaly papules: R forearm x4, L forearm x2, scalp (vertex/crown) x3.
   SKs scattered back - benign appearing.
A/P:
1. AKs - LN2 x6 AKs bilat forearms, LN2 x3 scalp. 2 freeze-thaw cycles. Total 9.
   Pt declines 5-FU field tx ("tried it, hated it").
2. SKs back - benign, reassured. No tx.
3. Hx SCC - no recurrence at scar.
f/u 6 mo.

Agree w/ above - A Lindgren MD
""",
    "expected": E([L("17000"), L("17003", 8)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 9 AKs -> 17000 + 17003 x8. SKs reassured only (no procedure). History of SCC not an active "
                  "diagnosis for the destruction.",
})

SCENARIOS.append({
    "id": "s45-ds-ak-22-precoded-17003x21",
    "family": "destruction", "shape": "pre-coded",
    "description": "22 AKs (face, scalp, hands) pre-coded 17000 + 17003 x21; Medicare Advantage PPO",
    "date": "2026-02-03",
    "patient": ("Ashby", "Rowland", "1941-12-01", "male"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face, scalp, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Face",
          note="LN2, 2 FTC.", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each", cpt="17003", site="Face, scalp, dorsal hands",
          note="21 units submitted - LN2 to remaining AKs.", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 02/03/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 84M, lots of "scabs" head + hands. Bald, no hat for 60 yr on tractor.
O: AKs - face 9, scalp 8, dorsal hands 5 (R3 L2). TOTAL 22.
A: MULTIPLE AKs.
P: LN2 x22, 2 cycles each. Discussed field tx next time (PDT) - pt will think about it.
   f/u 4 mo.
RS PA-C / AL MD
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("17004")], topics=["coding-correction"]),
    "coder_note": "DS-1: 15 or more AKs -> 17004 x1 instead of 17000/17003 (17004/17000, 17004/17003 indicator 0); "
                  "17003 x21 also exceeds its MUE 13.",
})

SCENARIOS.append({
    "id": "s45-ds-child-hand-warts-em-removed",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 to 5 common warts on a child's hands; NP selected 99213 for wart decision only; Medicaid",
    "date": "2026-02-05",
    "patient": ("Birdsong", "Kaylee", "2016-10-12", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 15, "em": "99213",
    "conditions": [
        C("c1", "Common warts, hands", "B07.8", "Both hands", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of warts, liquid nitrogen", site="R index finger x2, R thumb, L palm x2",
          note="5 verruca vulgaris frozen, 2 FTC, 10 sec each.", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 02/05/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 9 yo F w/ mom. Warts on hands x1 yr, spreading, tender when gripping reins (4-H horse).
   OTC salicylic acid x3 mo - no help.
O: R index finger 2, R thumb 1, L palm 2 verrucous papules 3-6 mm. Nothing else examined/addressed.
A: VERRUCA VULGARIS x5.
P: LN2 x5, 2 FTC. Tolerated w/ stress ball. Pt declines duct tape.
   Blister care. RTC 3-4 wk for re-tx.
J Pike FNP-C   / Lindgren
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3: the only work is the wart evaluation and decision to treat -> 99213 removed (tests/corpus README "
                  "'E/M removed'). 5 warts -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s45-ds-edc-bcc-back-after-prior-bx",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven sBCC L mid back, final defect 1.7 cm; bx 16 days earlier (000); Medicare",
    "date": "2026-02-12",
    "patient": ("Clodfelter", "Vernon", "1950-03-27", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left mid back", "C44.519", "Left mid back", reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage x3 cycles", site="Left mid back",
          note="Bx-proven sBCC (path 01/27/26). Lesion 1.2 cm. 3 cycles curettage + ED. Final defect 1.7 x 1.5 cm. "
               "Vaseline/bandage.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-01-27", "11102", "Tangential biopsy", "Left mid back",
                    "Shave bx pink scaly plaque L mid back - sBCC")],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 02/12/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 75M back for tx of BCC L mid back (bx 1/27). No bleeding issues.
O: Well-healed bx site within 1.2 cm pink plaque L mid back.
A: sBCC L MID BACK, bx-proven.
P: Options - excision vs ED&C vs imiquimod. Pt wants one-and-done, no stitches (hay season) -> ED&C.
   ED&C x3. Final defect 1.7 cm. Wound care. Recheck 3 mo + FSE 6 mo.
R Santos PA-C    co-sign AL
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: trunk malignant destruction sized 1.7 cm (final defect; lesion 1.2 cm is the same band) -> "
                  "17262. Prior biopsy is global 000, so no global modifier.",
})

SCENARIOS.append({
    "id": "s45-em-child-atopic-flare-medicaid",
    "family": "em", "shape": "note-only",
    "description": "Established child, atopic dermatitis flare, Rx change; 99213 kept; Medicaid",
    "date": "2026-02-17",
    "patient": ("Whitlock", "Bodie", "2019-06-04", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Atopic dermatitis", "L20.9", "Flexures, cheeks", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERM - PEDS
S: 6 yo M w/ grandma (guardian). ECZEMA FLARE x3 wk since woodstove started. Scratching at night,
   missing sleep. Using HC 2.5% bid - not enough. No fever. No oozing.
O: Lichenified erythematous patches antecubital/popliteal, cheeks dry pink. No crust, no vesicles.
   BSA ~8%.
A: ATOPIC DERMATITIS - flare, not at goal.
P: Stop HC 2.5% on body. START triamcinolone 0.1% oint bid x2 wk to body (not face), then wkends.
   Face: tacrolimus 0.03% oint bid.
   Humidifier, soak-and-smear, fragrance free.
   f/u 6 wk.
J Pike FNP-C  // reviewed - AL MD
""",
    "expected": E([L("99213")]),
    "coder_note": "EM-2/EM-4: chronic illness with exacerbation + prescription drug management; the documentation "
                  "supports at least 99213, and the provider-selected level is kept (conventions). No procedure.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s45-em-medicare-screening-skin-check-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare pt, screening-only full skin exam, no history/complaint, nothing of concern; 99203",
    "date": "2026-02-19",
    "patient": ("Lundquist", "Harold", "1955-04-30", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """HOLLIS CREEK OUTREACH DERM - NEW PT
DOS 02/19/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 70M. "Daughter made me come for a skin check." No spots he's worried about. No itch, no bleeding,
   nothing new or changing. NO personal hx skin CA. No FHx melanoma. Never seen derm.
   Farmed soybeans 40 yr, wears a hat "mostly".
O: FSE (scalp to soles, incl. genitals deferred per pt): mild photoaging. NO suspicious lesions.
A: SKIN CA SCREENING - negative exam.
P: Sunscreen SPF 30+, wide brim hat, self skin checks monthly (handout).
   RTC 1 yr or prn new/changing spot.
R. Santos PA-C    // co-sign A Lindgren MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5: Medicare has no skin-cancer screening benefit; screening-only FSE with no history, no "
                  "complaint and nothing found -> E/M with GY (tests/corpus README).",
})

SCENARIOS.append({
    "id": "s45-em-new-teen-isotretinoin-start",
    "family": "em", "shape": "note-only",
    "description": "New teen pt, nodulocystic acne failed doxy/tretinoin, isotretinoin started w/ labs; 99204 kept",
    "date": "2026-02-24",
    "patient": ("Ambrose", "Tucker", "2008-12-15", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 45, "em": "99204",
    "conditions": [
        C("c1", "Nodulocystic acne", "L70.0", "Face, chest, back", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """S: 17 yo M, referred by PCP. ACNE x3 yr, getting worse, painful cysts face/chest/back, scarring.
   Failed doxy 100 bid x4 mo + tretinoin 0.05% x6 mo + BPO wash. No hx depression, no SI.
   Plays HS football, works on uncle's dairy.
O: Face/chest/upper back - numerous inflammatory papules, pustules, 8-10 nodules/cysts, early atrophic scars.
A: NODULOCYSTIC ACNE VULGARIS - severe, failed oral abx + topicals, scarring.
P: Isotretinoin discussed at length w/ pt + mom: risks (mood, lipids, LFTs, dryness, no waxing,
   no donating blood). iPLEDGE registered today.
   Baseline labs ordered: lipid panel, hepatic panel - drawn at county lab.
   Start isotretinoin 40 mg daily once labs back (~0.5 mg/kg). Stop doxy now.
   Monthly f/u w/ repeat labs. Mood screen each visit.
J. Pike FNP-C    Reviewed/agree - A. Lindgren MD
""",
    "expected": E([L("99204")]),
    "coder_note": "EM-4: chronic illness with progression + drug therapy requiring intensive monitoring for toxicity "
                  "(isotretinoin with lab monitoring) supports at least moderate MDM; provider-selected 99204 kept. "
                  "Labs drawn elsewhere, nothing else billable.",
})

SCENARIOS.append({
    "id": "s45-photo-puva-no-conventional-tx-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA session for psoriasis without failed conventional therapy; ABN signed; Medicare FFS",
    "date": "2026-02-26",
    "patient": ("Sizemore", "Garland", "1957-01-08", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Plaque psoriasis", "L40.0", "Trunk, extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """HOLLIS CREEK OUTREACH DERM - PHOTOTHERAPY
PUVA TX #1       DOS 02/26/2026
S: 69M, plaque psoriasis ~15% BSA. Has NOT used the topicals rx'd in Nov (clobetasol / calcipotriene),
   never had NB-UVB. Wants "the pill light treatment" - brother in KS did PUVA.
   Working full days on the farm, psoriasis not limiting work or ADLs.
   Explained Medicare covers PUVA only for intractable/disabling psoriasis after conventional tx fails.
   ABN (CMS-R-131) given BEFORE tx, pt chose option 1, signed, copy to pt.
O: Plaques elbows/knees/trunk/scalp margin. No cataract hx (eye exam 12/2025 ok). LFTs nl 01/2026.
TX: Methoxsalen 8-MOP 30 mg po 1.5 h before. UVA 1.0 J/cm2 whole body, wraparound goggles x24 h.
   Genital shielding. No immediate erythema.
P: PUVA 2x/wk. Resume clobetasol/calcipotriene - pt agrees to try.
J Pike FNP-C   // A Lindgren MD
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / COS-4: NCD 250.1 covers PUVA only after failure of conventional treatment for "
                  "intractable, disabling psoriasis; not met, ABN on file before service, Medicare FFS -> 96912-GA.",
})

SCENARIOS.append({
    "id": "s45-photo-uvb-petrolatum-99211-precoded",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "NB-UVB after petrolatum (96910) with a nurse 99211 also pre-coded; indicator 0; Medicare FFS",
    "date": "2026-03-03",
    "patient": ("Haskins", "Eula", "1950-10-17", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15, "em": "99211",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, legs", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy, petrolatum and UVB", cpt="96910", site="Whole body",
          note="White petrolatum applied to plaques, NB-UVB 311 nm, 900 mJ/cm2, tx #14.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """PHOTOTX FLOW SHEET - HOLLIS CREEK
DOS 03/03/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
Tx #14 NB-UVB (3x/wk). Pre-tx: petrolatum applied to plaques per protocol.
Dose 900 mJ/cm2 (prev 850, +50). Last tx no erythema.
RN check-in: no burning, no new meds, no itch worse. Plaques thinner legs, trunk ~60% better.
Goggles + face shield on. Genitals shielded. Skin type II.
Next: 950 mJ/cm2 Fri.
RN (D. Tackett) / supervising R Santos PA-C on site
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("96910")], topics=["ncci"]),
    "coder_note": "96910/99211 PTP indicator 0 (rule book 4.8 / GS-6) -> 99211 removed. Petrolatum + UVB -> 96910 "
                  "per session.",
})

SCENARIOS.append({
    "id": "s45-photo-excimer-four-plaques-305",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer 308 nm to 4 psoriasis plaques totaling 305 sq cm; commercial",
    "date": "2026-03-05",
    "patient": ("Rainwater", "Dusty", "1983-06-21", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Localized plaque psoriasis", "L40.0", "Elbows, knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser 308 nm, psoriasis", site="R elbow, L elbow, R knee, L knee",
          note="Tx #6 of course. Plaques measured: R elbow 60 sq cm, L elbow 70 sq cm, R knee 85 sq cm, "
               "L knee 90 sq cm. Dose 2x MED.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 03/05/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 42M, localized plaque psoriasis elbows/knees, ~4% BSA. Failed clobetasol + calcipotriene x5 mo.
   Tx #6 excimer. Tolerating, mild pinkness 1 day after last tx.
O: Plaques thinner, less scale. Measured today - see proc.
   No blistering at prior tx sites.
P: Excimer to 4 plaques, total 305 sq cm. Continue 2x/wk, goal 12 tx. Keep calcipotriene daily.
J Pike FNP-C
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("96921")]),
    "coder_note": "96920-96922 by total area treated in the session: 60 + 70 + 85 + 90 = 305 sq cm -> 96921 "
                  "(250-500 sq cm), one code per session.",
})

SCENARIOS.append({
    "id": "s45-exb-epidermoid-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision of painful recurrently inflamed 2.0 cm cyst upper back, 1 mm margins, layered 3.8 cm; Medicare",
    "date": "2026-03-10",
    "patient": ("Osterhout", "Delbert", "1948-08-11", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back", "L72.0", "Upper back, midline", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERM   03/10/2026
PROC: EXCISION CYST UPPER BACK
S: 77M. Cyst upper back x5 yr. Got red/swollen/drained x2 last yr (abx from PCP). Hurts leaning
   back in tractor seat. Not inflamed today.
O: 2.0 cm mobile subQ nodule w/ punctum, midline upper back. No fluctuance.
A: EPIDERMOID CYST, symptomatic (painful, recurrent inflammation).
P: Consent. Lido 1% w/ epi 6 mL. Ellipse around cyst w/ 1 mm margin each side, cyst removed intact
   w/ sac. LAYERED CLOSURE: 4-0 Vicryl deep dermal x4, 4-0 nylon running. Final length 3.8 cm.
   Path sent. EBL min. Tol well.
   Suture out 12-14 d. Call for fever, redness.
R Santos PA-C    co-sign: A Lindgren MD
""",
    "path": [{"text": "Skin and subcutis, upper back, excision: Epidermoid (infundibular) cyst, intact, "
                      "no atypia.", "site": "Upper back"}],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.0 + 2 x 0.1 = 2.2 cm trunk benign -> 11403. EX-5: layered closure 3.8 cm trunk -> 12032, "
                  "separately reportable. Pain + prior inflammation meet BSL-3.",
})

SCENARIOS.append({
    "id": "s45-exb-scalp-nevus-precoded-trunk-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Scalp nevus excision pre-coded 11402 + 12001; scalp is SNHFG, 1.0 cm -> 11421; simple repair included",
    "date": "2026-03-12",
    "patient": ("Pennington", "Shayla", "1990-02-02", "female"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Changing nevus, scalp", None, "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk/arms/legs 1.1-2.0 cm", cpt="11402", site="Left parietal scalp",
          note="Lesion 0.6 cm, 2 mm margins. Fusiform excision to subQ fat.", reasons=["c1"]),
        P("Simple repair 2.5 cm or less", cpt="12001", site="Left parietal scalp",
          note="Closed w/ staples, single layer, 2.5 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 03/12/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 35F, hairdresser noticed mole on scalp got darker. Itches. No bleeding.
O: L parietal scalp 0.6 cm irregularly pigmented papule, dark center.
A: CHANGING NEVUS SCALP - r/o dysplastic.
P: Excision w/ 2 mm margins. Staple closure 2.5 cm, single layer. Path.
   Staples out 10 d.
J Pike FNP-C   / agree AL
Pt verbalized understanding, questions answered.
""",
    "path": [{"text": "Skin, left parietal scalp, excision: Compound melanocytic nevus with mild architectural "
                      "atypia, margins clear.", "site": "Left parietal scalp"}],
    "expected": E([L("11421")], topics=["coding-correction", "ncci"], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-1/EX-2: 0.6 + 2 x 0.2 = 1.0 cm, scalp is SNHFG -> 11421 (not the TAL code 11402). EX-5: simple "
                  "repair of the excision wound is included (11421/12001 indicator 1, same wound) -> 12001 removed.",
})

SCENARIOS.append({
    "id": "s45-exb-dermatofibroma-thigh-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Painful DF L thigh excised, margins noted but no lesion diameter; layered repair 3.0 cm kept; Medicaid",
    "date": "2026-03-17",
    "patient": ("Culpepper", "Tasha", "1986-07-29", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Dermatofibroma, left thigh", "D23.72", "Left lateral thigh", reason=True),
    ],
    "procedures": [
        P("Excision of lesion, left thigh", site="Left lateral thigh",
          note="Excised with 2 mm margins into fat. Ellipse 3.0 cm long. Lesion diameter not recorded.",
          reasons=["c1"]),
        P("Layered closure", site="Left lateral thigh",
          note="Intermediate (layered) repair: 4-0 Monocryl deep, 5-0 nylon epidermal. Length 3.0 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 03/17/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 39F. Bump L thigh, cut it shaving "a dozen times", bleeds, sore.
O: L lat thigh firm brown papule, + dimple sign.
A: DERMATOFIBROMA, symptomatic - trauma w/ shaving, bleeding.
   Consent signed. Lido 1% w/ epi 4 mL.
P: Excised, 2 mm margins. Layered closure 3.0 cm. Path. Suture out 14 d.
RS PA-C / AL MD
Pt verbalized understanding, questions answered.
""",
    "path": [{"text": "Skin, left thigh, excision: Dermatofibroma (benign fibrous histiocytoma), margins clear.",
              "site": "Left thigh"}],
    "expected": E([L("12032")], topics=["missing-documentation"]),
    "coder_note": "Coding decisions: no lesion diameter -> no size-banded excision line (ellipse length is not the "
                  "excised diameter, EX-1) + missing-documentation; the separately documented layered repair "
                  "3.0 cm on the leg is kept -> 12032.",
})

SCENARIOS.append({
    "id": "s45-exm-scc-right-hand-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision bx-proven SCC R dorsal hand 1.2 cm + 4 mm margins, layered 4.2 cm; Medicare Advantage",
    "date": "2026-03-19",
    "patient": ("Fairweather", "Cletus", "1945-11-25", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "prior": [PRIOR("2026-03-03", "11102", "Tangential biopsy", "Right dorsal hand",
                    "Shave bx crusted nodule R dorsal hand - well-diff SCC")],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERM   03/19/26
PROC: EXCISION SCC R DORSAL HAND
S: 80M, bx 3/3 = well-diff SCC, R dorsal hand. Not on blood thinners.
O: 1.2 cm crusted keratotic nodule R dorsal hand over 3rd MC. Bx scar central.
A: SCC, WELL DIFF, R DORSAL HAND.
P: Consent/time out. Lido 1% w/ epi 5 mL. Marked 4 mm margins.
   Ellipse excised to subQ, tendon sheath not exposed. Specimen tagged 12:00.
   LAYERED CLOSURE 4-0 Monocryl deep, 5-0 nylon simple interrupted. Final 4.2 cm.
   Path. Splint not needed. Keep dry 48h. Suture out 14 d.
R. Santos PA-C     // Seen and agree. A. Lindgren MD
""",
    "path": [{"text": "Skin, right dorsal hand, excision: Squamous cell carcinoma, well differentiated, "
                      "margins free (closest 3 mm).", "site": "Right dorsal hand"}],
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.622"]}),
    "coder_note": "EX-1/EX-2: 1.2 + 2 x 0.4 = 2.0 cm, hand is SNHFG, malignant -> 11622. EX-5/REP-2: layered repair "
                  "4.2 cm of the hand -> 12042. Prior biopsy is global 000: no modifier.",
})

SCENARIOS.append({
    "id": "s45-exm-mis-reexcision-day7-precoded",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of MIS L upper back 7 days after the first excision (positive margin); 58 missing",
    "date": "2026-03-24",
    "patient": ("Hargrove", "Nedra", "1962-05-06", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back", "D03.59", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk 2.1-3.0 cm", cpt="11603", site="Left upper back",
          note="Re-excision of scar 1.5 cm with 5 mm margins. Single-layer simple closure.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-03-17", "11602", "Excision malignant lesion, trunk", "Left upper back",
                    "Excision of biopsy-proven MIS, 2 mm margins; path: MIS, peripheral margin involved")],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 03/24/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 63F, s/p excision MIS L upper back 3/17 - path + peripheral margin. Planned re-excision
   discussed at that time. Healing ok, sutures still in.
O: 1.5 cm sutured scar L upper back, no pigment.
A: MELANOMA IN SITU L UPPER BACK - positive margin, re-excision.
P: Sutures removed. Re-excised scar w/ 5 mm margins (2.5 cm). Single layer simple closure, 4-0 nylon.
   Path. Suture out 14 d. FSE q6 mo x2 yr.
J Pike FNP-C   Agree - A Lindgren MD
""",
    "path": [{"text": "Skin, left upper back, re-excision: Scar, no residual melanoma in situ; margins clear.",
              "site": "Left upper back"}],
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["D03.59"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> 58. Still "
                  "coded malignant (scar 1.5 + 2 x 0.5 = 2.5 cm -> 11603) although the re-excision specimen is "
                  "negative; dx stays D03.59 (DX-4: still treatment).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s45-exm-bcc-left-cheek-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision bx-proven nodular BCC L cheek 0.7 cm + 4 mm margins, intermediate repair 3.2 cm; Cigna",
    "date": "2026-03-26",
    "patient": ("Mayfield", "Corrine", "1964-01-18", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left cheek", "C44.319", "Left malar cheek", reason=True),
    ],
    "procedures": [
        P("Excision of basal cell carcinoma", site="Left malar cheek",
          note="Bx 03/05/26 = nodular BCC. Clinical lesion 0.7 cm. Margins 4 mm. Fusiform excision to fat, "
               "oriented with suture at 12:00.", reasons=["c1"]),
        P("Layered closure", site="Left malar cheek",
          note="Deep 5-0 Monocryl buried, 6-0 Prolene running. Repair length 3.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """PROC NOTE - HOLLIS CREEK OUTREACH DERM
DOS 03/26/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 62F, bx-proven nodular BCC L cheek (3/5/26). Pt declines Mohs referral (3 h drive), wants excision here.
   Dr. Lindgren reviewed photos, ok for excision w/ 4 mm margins.
O: 0.7 cm pearly papule L malar cheek w/ bx scar.
A: BCC, NODULAR, L CHEEK.
P: Excision 4 mm margins, layered closure 3.2 cm. Path. Suture out 6 d. Scar care.
R Santos PA-C     // A Lindgren MD co-sign
Pt verbalized understanding, questions answered.
""",
    "path": [{"text": "Skin, left cheek, excision: Basal cell carcinoma, nodular type, completely excised; "
                      "margins free by 3 mm.", "site": "Left cheek"}],
    "expected": E([L("11642"), L("12052")], dx={"11642": ["C44.319"]}),
    "coder_note": "EX-1/EX-2: 0.7 + 2 x 0.4 = 1.5 cm face -> 11642. EX-5: intermediate repair 3.2 cm face -> 12052 "
                  "(no PTP edit with 11642).",
})

SCENARIOS.append({
    "id": "s45-id-buttock-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of single R buttock abscess with packing; Medicaid",
    "date": "2026-03-31",
    "patient": ("Quintero", "Esteban", "1991-09-14", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERM   3/31/26
S: 34M, ranch hand. Painful bump R buttock x5 d, "can't sit in the saddle." No fever/chills.
   No DM. No prior MRSA.
O: R buttock 3 cm fluctuant erythematous abscess, 1 cm surrounding cellulitis. Afebrile.
A: ABSCESS R BUTTOCK, single.
P: I&D - Lido 1% w/ epi. #11 blade 1 cm incision, purulent drainage expressed, loculations broken
   w/ hemostat. Irrigated. Packed w/ 1/4" iodoform. Cx sent.
   Doxy 100 bid x7d. Warm compresses. Remove packing 48h.
   RTC 1 wk prn.
J Pike FNP-C   / AL
""",
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "Single abscess, simple I&D with packing -> 10060. The culture is a lab service, not billed here.",
})

SCENARIOS.append({
    "id": "s45-id-two-abscesses-axilla-groin",
    "family": "incision-drainage", "shape": "free-text",
    "description": "I&D of two separate abscesses (R axilla, L groin) same session -> 10061 x1; commercial",
    "date": "2026-04-02",
    "patient": ("Delacroix", "Shawna", "1979-03-03", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
        C("c2", "Cutaneous abscess of groin", "L02.214", "Left groin", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Right axilla",
          note="2.5 cm fluctuant abscess, 1 cm stab incision, pus drained, irrigated, packed.", reasons=["c1"]),
        P("Incision and drainage of abscess", site="Left groin",
          note="2 cm fluctuant abscess, incised, drained, irrigated, no packing.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 04/02/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 47F. 2 boils - R armpit x4d + L groin x3d. Painful. No fever. Not hx HS per pt.
O: R axilla 2.5 cm fluctuant abscess. L groin 2 cm fluctuant abscess. No sinus tracts, no scarring.
A: ABSCESSES x2 (R axilla, L groin).
   T 98.9, no LAD. Lido 1% w/ epi each site.
P: I&D both, see proc. Cx from axilla. Bactrim DS bid x7 d. Warm compresses. Recheck 1 wk.
R Santos PA-C  // ok AL MD
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("10061")]),
    "coder_note": "10060 = simple or single; 10061 = complicated or multiple. Two abscesses drained -> 10061 x1 "
                  "(MUE 1); 10061/10060 indicator 1, 10060 not reported.",
})

SCENARIOS.append({
    "id": "s45-il-chest-keloids-three-60mg",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK 40 mg/mL 0.5 mL into each of 3 itchy chest keloids (60 mg); Medicaid MCO",
    "date": "2026-04-07",
    "patient": ("Thibodeaux", "Marcus", "1996-12-09", "male"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, anterior chest", "L91.0", "Anterior chest", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 04/07/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 29M. Keloids on chest from old acne, itchy + tender, rub on work shirt. 2nd round ILK -
   last inj 6 wk ago, flatter.
O: Chest: 3 firm pink keloids - 2.5 cm, 1.8 cm, 1.2 cm. No atrophy at prior sites.
A: KELOIDS x3 CHEST, symptomatic.
P: ILK (triamcinolone acetonide 40 mg/mL) - 0.5 mL into each keloid x3 = 1.5 mL TOTAL (60 mg).
   30g needle. Tol well.
   RTC 6 wk for next round.
J PIKE FNP-C     -- AL MD
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 = up to 7 lesions (3 here). J3301 per 10 mg: 3 x 0.5 mL x 40 mg/mL = 60 mg -> 6 units.",
})

SCENARIOS.append({
    "id": "s45-il-alopecia-areata-nine-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK into 9 alopecia areata patches (24 mg) pre-coded 11900 -> 11901; commercial",
    "date": "2026-04-09",
    "patient": ("Everhart", "Janelle", "1988-04-26", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", cpt="11900", site="Scalp",
          note="Triamcinolone acetonide 10 mg/mL into 9 patches, 2.4 mL total.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 04/09/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 37F, AA f/u. New patches. Some regrowth at old sites.
O: Scalp - NINE discrete smooth patches (occ x4, vertex x3, L temporal x2), exclamation hairs at edges.
A: ALOPECIA AREATA, patchy, active.
P: ILK 10 mg/mL, 0.1 mL q1cm, total 2.4 mL (24 mg) to 9 patches. 30g.
   Clobetasol soln qhs to patches. RTC 6 wk.
RS PA-C // AL
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "11901 = more than 7 lesions (9 patches); 11901/11900 indicator 0. J3301: 2.4 mL x 10 mg/mL = 24 mg "
                  "-> ceil(24/10) = 3 units.",
})

SCENARIOS.append({
    "id": "s45-il-earlobe-keloids-plus-tinea-seb-derm",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK 2 earlobe keloids (24 mg) + separately managed tinea corporis and seb derm with Rx; 99213 needs 25",
    "date": "2026-04-14",
    "patient": ("Lightfoot", "Desiree", "1999-08-08", "female"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Keloids of earlobes", "L91.0", "Bilateral earlobes", reason=True),
        C("c2", "Tinea corporis", "B35.4", "Left forearm", reason=True),
        C("c3", "Seborrheic dermatitis, scalp", "L21.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional triamcinolone injection", site="Right and left earlobe",
          note="Triamcinolone acetonide 40 mg/mL, 0.3 mL into each earlobe keloid (2 lesions), 24 mg total.",
          reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": """S: 26F. (1) Earlobe keloids after piercing, itchy, growing - wants injections.
   (2) NEW itchy ring on L forearm x3 wk - barn cats at home.
   (3) Flaky itchy scalp all winter, OTC dandruff shampoo not helping.
O: (1) R lobe 1.4 cm, L lobe 1.1 cm firm keloids.
   (2) L forearm 4 cm annular scaly plaque, active border, central clearing. Classic - no KOH today.
   (3) Greasy scale scalp/eyebrows/nasolabial folds.
A/P:
1. KELOIDS EARLOBES x2 - ILK 40 mg/mL, 0.3 mL each (24 mg). RTC 6 wk.
2. TINEA CORPORIS - Rx econazole 1% cream bid x4 wk. Treat cats via vet.
3. SEB DERM - Rx ketoconazole 2% shampoo 2-3x/wk + HC 2.5% cream to face prn.
J Pike FNP-C    / co-sign A. Lindgren MD
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301", 3)]),
    "coder_note": "GS-3: two problems unrelated to the injected keloids evaluated and managed with prescriptions -> "
                  "significant separately identifiable E/M, 25 on 99213 (11900/99213 indicator 1). J3301 24 mg -> 3.",
})

SCENARIOS.append({
    "id": "s45-mx-shave-bx-shoulder-plus-four-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential bx R shoulder papule + LN2 to 4 AKs face/ears (distinct lesions); Medicare FFS",
    "date": "2026-04-16",
    "patient": ("Brandvold", "Orville", "1943-06-13", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Papule, right shoulder, rule out BCC", None, "Right posterior shoulder", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Face, ears", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERM   4/16/26
S: 82M f/u AKs. Also new shiny bump R shoulder, bled on shirt.
O: R post shoulder 8 mm pearly papule w/ telangiectasia.
   AKs: R cheek x1, L temple x1, R helix x1, L helix x1.
A/P:
1. R SHOULDER PAPULE r/o BCC - SHAVE BX (tangential). AlCl. Path.
2. AKs x4 - LN2, 2 FTC each (separate sites from #1).
   Pt declines 5-FU again.
f/u path 2 wk by phone.
RS PA-C   co-sign AL MD
""",
    "path": [{"text": "Skin, right shoulder, shave biopsy: Basal cell carcinoma, nodular type, extending to base.",
              "site": "Right shoulder"}],
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 3)], dx={"17000": ["L57.0"]}),
    "coder_note": "BX-5/DS-3: biopsy of a separate lesion -> both. PTP 11102/17000 indicator 1 with 17000 as column 2 -> "
                  "XS on 17000 (different lesions). 17003 has no edit with 11102 -> no modifier.",
})

SCENARIOS.append({
    "id": "s45-mx-plantar-warts-plus-punch-sole",
    "family": "mixed", "shape": "free-text",
    "description": "LN2 to 3 plantar warts R foot + punch bx separate pigmented macule L sole; commercial",
    "date": "2026-04-21",
    "patient": ("Stoltzfus", "Amos", "1978-02-17", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Plantar warts, right foot", "B07.0", "Right plantar forefoot", reason=True),
        C("c2", "Pigmented macule, left sole", None, "Left plantar heel", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of plantar warts", site="Right plantar forefoot",
          note="3 painful plantar warts pared lightly and frozen with LN2, 2 FTC.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Left plantar heel",
          note="Separate 6 mm irregular brown macule, r/o acral melanoma vs acral nevus. Punch parallel to "
               "dermatoglyphics, 2 sutures.", reasons=["c2"]),
    ],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 04/21/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 48M, dairy farmer. Painful warts R foot, "like walking on gravel" in boots. Also wife noticed
   brown spot L heel, not sure how long.
O: R plantar forefoot - 3 hyperkeratotic papules w/ black dots, painful w/ lateral squeeze.
   L heel 6 mm irregular brown macule, parallel ridge pattern on dermoscopy.
A/P: 1. Plantar warts x3 - LN2. 2. Acral pigmented lesion L heel - punch bx, path. Call w/ results.
J Pike FNP-C / AL
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("11104"), L("17110", 1, "XS")], dx={"17110": ["B07.0"]}),
    "coder_note": "Separate lesions: PTP 11104/17110 indicator 1 with 17110 as column 2 -> XS on 17110 (tests/corpus "
                  "README). Warts paring is part of the destruction.",
})

SCENARIOS.append({
    "id": "s45-mx-psoriasis-apremilast-plus-aks-no-25",
    "family": "mixed", "shape": "pre-coded",
    "description": "Est pt: psoriasis not controlled, switched to apremilast (99214 sent without 25) + LN2 2 AKs; MA",
    "date": "2026-04-23",
    "patient": ("Gustafson", "Leona", "1954-03-30", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Nose, left cheek", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Nasal dorsum",
          note="LN2, 2 FTC.", reasons=["c2"]),
        P("Destruction premalignant lesions, 2-14, each", cpt="17003", site="Left cheek",
          note="LN2, 2 FTC. 1 unit.", reasons=["c2"]),
    ],
    "note_title": "Progress Note",
    "note": """S: 72F, psoriasis f/u. Plaques spreading despite clobetasol + calcipotriene x6 mo. Itching, can't
   sleep. Knee plaques crack when kneeling in garden. Also 2 rough spots on face.
O: Plaques elbows, knees, scalp margin, new gluteal cleft. BSA ~9%. No joint swelling.
   AKs: nasal dorsum x1, L cheek x1.
A/P:
1. PLAQUE PSORIASIS - WORSENING on topicals. Start apremilast (titration pack -> 30 mg bid).
   Reviewed GI sx, wt loss, mood. Check wt each visit. Continue clobetasol to knees prn.
2. AKs x2 - LN2.
f/u 3 mo.
R Santos PA-C       // agree - A Lindgren MD
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003")]),
    "coder_note": "GS-3: worsening psoriasis with a new systemic prescription is significant and separately "
                  "identifiable from the AK destruction -> 25 on 99214 (17000/99214 indicator 1). 2 AKs -> 17000 + "
                  "17003 x1.",
})

SCENARIOS.append({
    "id": "s45-mx-nose-bx-axillary-tags-finger-warts",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential bx nose + 8 irritated axillary tags + LN2 4 finger warts; XS on 11102 and 11200; UHC",
    "date": "2026-04-28",
    "patient": ("Redbird", "Lorraine", "1970-10-02", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Scaly papule of nose", None, "Left nasal sidewall", reason=True),
        C("c2", "Skin tags, axillae, irritated", "L91.8", "Bilateral axillae", reason=True),
        C("c3", "Common warts, fingers", "B07.8", "Left fingers", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERM  4/28/26   J. Pike FNP-C
S: 55F. 3 things today:
  - scaly spot L side of nose, won't heal x3 mo
  - skin tags armpits - catch on bra straps, get red + bleed
  - warts L fingers, cracking, painful
O: L nasal sidewall 5 mm scaly pink papule.
   Axillae: 8 pedunculated tags (R5, L3), 2 w/ heme crust, erythematous bases.
   L 2nd/3rd/4th fingers - 4 verrucae, fissured.
A/P:
1. NOSE PAPULE r/o BCC/SCC - tangential bx. AlCl. Path.
2. ACROCHORDONS x8, irritated/bleeding - snip excision w/ iris scissors, AlCl.
3. VERRUCA VULGARIS x4 - LN2 2 FTC.
All separate lesions/sites. RTC 2 wk path, 4 wk wart re-tx.
-- AL MD
""",
    "path": [{"text": "Skin, left nasal sidewall, shave: Squamous cell carcinoma in situ.", "site": "Nose"}],
    "expected": E([L("17110"), L("11102", 1, "XS"), L("11200", 1, "XS")]),
    "coder_note": "Separate lesions throughout. PTP 17110/11102, 17110/11200 and 11102/11200 are indicator 1 -> XS on "
                  "the column-2 codes 11102 and 11200. 8 tags -> 11200 x1; 4 warts -> 17110 x1.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s45-mohs-nasal-sidewall-bcc-two-stages",
    "family": "mohs", "shape": "free-text",
    "description": "Outreach Mohs day: R nasal sidewall BCC, 2 stages (3 + 2 blocks), layered repair 1.8 cm; Medicare",
    "date": "2026-04-30",
    "patient": ("Winegar", "Elmer", "1940-09-19", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal sidewall", "C44.311", "Right nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage I", site="Right nasal sidewall",
          note="Bx-proven nodular BCC (03/2026, outreach clinic). Lesion 0.6 cm. Stage I: 3 tissue blocks, "
               "mapped, frozen sections read by Dr. Lindgren: residual BCC block 2.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage II", site="Right nasal sidewall",
          note="Stage II: 2 tissue blocks, margins clear.", reasons=["c1"]),
        P("Layered closure of Mohs defect", site="Right nasal sidewall",
          note="Defect 1.0 x 0.7 cm. Undermined, 5-0 Monocryl deep, 6-0 Prolene. Linear repair 1.8 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """HOLLIS CREEK OUTREACH DERM - MOHS DAY (monthly)
DOS 04/30/2026   Prov: A. Lindgren, MD
Meds/allergies/PMH reviewed in chart, no changes.
Surgeon + pathologist: A. Lindgren MD.  Assist/scribe: R. Santos PA-C
Pt: 85M, nodular BCC R nasal sidewall, bx 3/2026 here. Area H. Not on anticoag.
Stage I 3 blocks - + block 2. Stage II 2 blocks - CLEAR.
Defect 1.0 x 0.7 cm -> layered linear closure 1.8 cm.
Pressure dsg 24h. Suture out 1 wk (PA clinic). Tylenol prn.
-- A Lindgren MD
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("17311"), L("17312"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose, 2 stages, no stage over 5 blocks -> 17311 + 17312. MOHS-7: intermediate repair "
                  "1.8 cm nose -> 12051, no PTP edit with 17311.",
})

SCENARIOS.append({
    "id": "s45-mohs-hand-scc-precoded-trunk-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L dorsal hand SCC pre-coded as trunk/extremity 17313/17314; stage I 7 blocks; simple repair",
    "date": "2026-04-30",
    "patient": ("Lockhart", "Merle", "1947-02-25", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 140,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left dorsal hand", "C44.629", "Left dorsal hand", reason=True),
    ],
    "procedures": [
        P("Mohs, trunk/arms/legs, first stage", cpt="17313", site="Left dorsal hand",
          note="Stage I: 7 tissue blocks. Residual SCC at 6 o'clock.", reasons=["c1"]),
        P("Mohs, trunk/arms/legs, each additional stage", cpt="17314", site="Left dorsal hand",
          note="Stage II: 2 tissue blocks. Clear.", reasons=["c1"]),
        P("Simple repair 2.6-7.5 cm", cpt="12002", site="Left dorsal hand",
          note="Single-layer closure 5-0 nylon, 4.5 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """MOHS DAY - HOLLIS CREEK   A. Lindgren MD (surgeon & pathologist)
DOS 04/30/2026   Prov: A. Lindgren, MD
Meds/allergies/PMH reviewed in chart, no changes.
78M, bx-proven invasive SCC L dorsal hand (1.1 cm), hx of many SCCs. Area H (hand).
STAGE I - large, divided into SEVEN blocks. + at 6:00.
STAGE II - 2 blocks. Clear.
Defect 1.5 x 1.1 cm -> simple single-layer closure, 4.5 cm, 5-0 nylon.
Elevate hand, no lifting hay bales x1 wk. Suture out 10 d.
-- AL MD / scribe RS PA-C
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("12002")], topics=["coding-correction"],
                  dx={"17311": ["C44.629"]}),
    "coder_note": "MOHS-2: hands belong to 17311/17312, not 17313/17314. Stage I has 7 blocks -> 17315 x2 (blocks beyond "
                  "5). MOHS-7: simple repair 4.5 cm hand -> 12002 (pre-coded correctly).",
})

SCENARIOS.append({
    "id": "s45-nail-debride-seven-mycotic-medicaid",
    "family": "nails", "shape": "note-only",
    "description": "Debridement of 7 painful mycotic toenails; Medicaid",
    "date": "2026-05-05",
    "patient": ("Pettibone", "Norma", "1964-11-30", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis, toenails", "B35.1", "Bilateral toenails", reason=True),
        C("c2", "Type 2 diabetes with polyneuropathy", "E11.42"),
    ],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 05/05/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 61F, T2DM w/ neuropathy, poor vision - can't trim own nails. Thick toenails hurt in shoes.
O: Thick yellow dystrophic nails w/ subungual debris: R 1-4, L 1-3 (7 nails). No paronychia, no ulcers.
   Monofilament decreased bilat.
A: ONYCHOMYCOSIS, painful, 7 nails. DM neuropathy.
P: Debrided 7 nails (thickness + length) w/ nippers + burr. No bleeding.
   Pt declines oral terbinafine (liver worry). RTC 10 wk.
J Pike FNP-C   // AL MD
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "11720 = 1-5 nails, 11721 = 6 or more -> 7 nails -> 11721 x1.",
})

SCENARIOS.append({
    "id": "s45-nail-bilateral-great-toe-partial-avulsion",
    "family": "nails", "shape": "free-text",
    "description": "Partial nail avulsion L great toe lateral border + R great toe medial border; digit modifiers; Medicaid MCO",
    "date": "2026-05-07",
    "patient": ("Yellowhorse", "Dakota", "2010-07-07", "male"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, both great toes", "L60.0", "Bilateral great toes", reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion, lateral border", site="Left great toe",
          note="Digital block. Lateral 3 mm of nail plate avulsed. No matrixectomy.", reasons=["c1"]),
        P("Partial nail avulsion, medial border", site="Right great toe",
          note="Digital block. Medial 3 mm of nail plate avulsed. No matrixectomy.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 05/07/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 15 yo M w/ dad. Ingrown toenails both big toes x2 mo, football cleats. Red, painful, drained.
O: L great toe lat fold + R great toe med fold erythema, granulation, no abscess.
A: INGROWN NAILS x2 (L GT lateral, R GT medial).
P: Digital blocks 2% lido plain. Partial avulsion each border. Pt/dad decline phenol this time.
   Soaks bid, wider shoes. RTC 2 wk.
RS PA-C   co-sign AL
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T5")], dx={"11730": ["L60.0"]}),
    "coder_note": "11730 first nail + 11732 each additional nail (AOC). Digit modifiers per conventions: left great toe "
                  "TA, right great toe T5; different modifiers keep separate lines.",
})

SCENARIOS.append({
    "id": "s45-nail-phenol-matrixectomy-precoded-11730",
    "family": "nails", "shape": "pre-coded",
    "description": "Phenol matrixectomy R great toe lateral border pre-coded 11750 + 11730 same nail, no digit modifier",
    "date": "2026-05-12",
    "patient": ("Oberholtzer", "Reuben", "1975-05-15", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Recurrent ingrowing nail, right great toe", "L60.0", "Right great toe, lateral border", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, single", cpt="11730", site="Right great toe",
          note="Lateral border of nail plate avulsed.", reasons=["c1"]),
        P("Excision of nail and matrix, partial, permanent removal", cpt="11750", site="Right great toe",
          note="Phenol 89% x3 applications, 30 s each, to lateral matrix.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 05/12/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 50M, R GREAT TOE ingrown LATERAL border - 4th time in 2 yr. Wants it fixed for good.
O: R GT lat fold erythema, granulation tissue, no pus.
A: RECURRENT INGROWN NAIL R GT.
P: Digital block. Lat 1/4 nail plate avulsed, phenol matrixectomy x3 (30 s). Flushed w/ alcohol.
   Only the R great toe treated. Soaks. RTC 2 wk.
J Pike FNP-C / AL
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("11750", 1, "T5")], topics=["ncci"]),
    "coder_note": "11750/11730 indicator 1 but same nail, same border -> 11730 removed (no distinct site). Digit "
                  "modifier T5 (right great toe) added to the nail code.",
})

SCENARIOS.append({
    "id": "s45-paring-three-calluses-diabetic-pad",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 3 calluses in T2DM with PAD; Medicare FFS",
    "date": "2026-05-14",
    "patient": ("Vogelsang", "Herman", "1944-01-03", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, feet", "L84", "Both feet", reason=True),
        C("c2", "Type 2 diabetes with peripheral angiopathy", "E11.51"),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="R 1st MTH, R heel, L 5th MTH",
          note="Three calluses pared with #15 blade. No bleeding, no ulcer underneath.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 05/14/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 82M, T2DM w/ PAD (ABI 0.6 R, 0.7 L, vascular f/u), painful calluses.
O: Absent DP/PT pulses bilat, thin shiny skin, hair loss. Calluses: R 1st MTH, R heel, L 5th MTH.
A: CALLUSES x3, DM w/ PAD - high-risk foot.
   No open wounds, no signs infection.
P: Pared x3. Offloading pads. Daily foot checks. RTC 8 wk.
RS PA-C / AL
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "11055 = 1 lesion, 11056 = 2-4, 11057 = 5 or more -> 3 calluses -> 11056. Systemic condition (DM "
                  "with PAD, absent pulses) documented for the routine-foot-care exclusion.",
})

SCENARIOS.append({
    "id": "s45-paring-six-corns-precoded-11056",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of 6 corns pre-coded 11056 -> 11057; commercial",
    "date": "2026-05-19",
    "patient": ("Hostetler", "Miriam", "1969-08-21", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Corns, toes", "L84", "Toes, both feet", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion, 2-4 lesions", cpt="11056", site="Both feet",
          note="Corns pared: R 4th toe, R 5th toe, L 2nd toe, L 4th toe, L 5th toe x2.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 05/19/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 56F, poultry barn worker, rubber boots 10 h/d. Painful corns.
O: Hard corns R 4th + 5th toes, L 2nd, L 4th, L 5th toe (2 - dorsal + lateral). SIX total. Nothing else.
A: HELOMA DURUM x6.
   Non-diabetic, pulses 2+ bilat.
P: Pared x6 w/ blade. Toe sleeves, wider boots. RTC prn.
J Pike FNP-C
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("11057")], topics=["coding-correction"]),
    "coder_note": "Six corns -> 11057 (more than 4); 11057/11056 indicator 0 so 11056 is replaced.",
})

SCENARIOS.append({
    "id": "s45-patch-92-allergens-mue-cap",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test placement: 80-allergen series + 12 farm chemicals = 92 tests; MUE 90; commercial",
    "date": "2026-05-21",
    "patient": ("Brubaker", "Wendell", "1971-04-12", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Hand dermatitis, suspected allergic contact", "L30.9", "Both hands", reason=True),
    ],
    "note_title": "Patch Test Placement",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 05/21/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
PATCH TEST - PLACEMENT (day 0)
Pt: 55M, hog farmer, chronic hand/forearm dermatitis x2 yr. Seen 4/21 (plan made then).
Off prednisone >4 wk, no topical steroid on back x1 wk.
APPLIED:
 - Expanded standard series: 80 allergens
 - Supplemental farm/occupational panel: 12 allergens (pesticide/rubber/disinfectant)
 TOTAL = 92 allergens, upper back, marked.
Read #1 Thu (48h), read #2 next Tue.
No bathing back, no sweating. RS PA-C
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = number of tests (92); MUE 90 (MAI 3) -> capped at 90 with an mue finding "
                  "(tests/corpus README). No E/M selected.",
})

SCENARIOS.append({
    "id": "s45-patch-35-precoded-x1-new-pt-em",
    "family": "patch-test", "shape": "pre-coded",
    "description": "New pt hand dermatitis evaluated + Rx, 35-allergen panel placed; 95044 sent x1, 99203 without 25; Medicaid",
    "date": "2026-05-26",
    "patient": ("Castleberry", "Jolene", "1984-09-05", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 35, "em": "99203",
    "conditions": [
        C("c1", "Hand dermatitis", "L30.9", "Both hands", reason=True),
    ],
    "procedures": [
        P("Patch test, each allergen", cpt="95044", site="Upper back",
          note="Ready-to-apply 35-allergen panel applied. Units sent: 1.", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """NEW PT - HOLLIS CREEK OUTREACH DERM
DOS 05/26/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 41F, CNA at nursing home + milks goats. Hand rash x8 mo, worse at work, cracks/bleeds.
   OTC HC no help. Nitrile gloves. No atopic hx.
O: Bilat dorsal hands/fingers lichenified erythematous plaques, fissures, few vesicles on sides of fingers.
   Palms spared. No nail pitting. Rest of skin clear.
A: HAND DERMATITIS - ACD vs ICD vs dyshidrotic.
P: Rx clobetasol 0.05% oint bid x2 wk then wkends. Cotton liners under gloves, bland emollient.
   Patch test today - 35-allergen panel placed upper back. Read 48h + 96h.
J Pike FNP-C   // AL MD
""",
    "expected": E([L("99203", 1, "25"), L("95044", 35)], topics=["coding-correction"]),
    "coder_note": "95044 units = number of allergens -> 35. 95044/99203 indicator 1: the new-problem evaluation with "
                  "prescription management is separate from the test application -> 25 on 99203 (rule book 4.8).",
})

SCENARIOS.append({
    "id": "s45-po-suture-removal-day9-em-sent",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after benign excision + layered repair (010); PA selected 99212 -> 99024",
    "date": "2026-05-28",
    "patient": ("Rutledge", "Inez", "1956-12-28", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
    ],
    "prior": [PRIOR("2026-05-19", "11402", "Excision benign lesion, trunk/arms/legs", "Left shin",
                    "Excision irritated nevus L shin, 1.4 cm excised diameter; layered closure 3.5 cm (12032)")],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 05/28/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 69F, s/p excision L shin 5/19 (benign nevus, path reviewed w/ pt). Here for sutures out. No sx.
O: L shin incision 3.5 cm, well approximated, no erythema/drainage.
A: POST-OP, healing well.
   Path (benign compound nevus) reviewed again w/ pt.
P: Sutures removed x6. Steri-strips. Silicone gel for scar. RTC prn.
RS PA-C
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: routine post-op visit inside the 10-day global of 11402/12032 -> 99024, no E/M "
                  "(conventions).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s45-po-poison-ivy-inside-excision-global",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated poison ivy dermatitis 6 days after a forearm excision (010); 99213 sent without 24",
    "date": "2026-06-02",
    "patient": ("Dunaway", "Cody", "1987-03-19", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to poison ivy", "L23.7", "Arms, legs, face", reason=True),
    ],
    "prior": [PRIOR("2026-05-27", "11401", "Excision benign lesion, trunk/arms/legs", "Left forearm",
                    "Excision inflamed cyst L forearm, 0.9 cm excised diameter, simple closure")],
    "note_title": "Progress Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 06/02/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 39M. Cleared fence line Sat - now itchy blistering rash arms/legs/face x3 d. Eyes ok.
   (s/p cyst excision L forearm 5/27 - sutures out 6/9 as planned, no issues, not addressed today.)
O: Linear streaks of vesicles + edematous plaques bilat forearms, shins, R cheek. Eyelids spared.
A: ACD - POISON IVY, widespread.
P: Prednisone 60 mg taper x15 d (not 5-day pack). Clobetasol cream to limbs, HC 2.5% face.
   Cool compresses. Wash clothes/boots/gloves. Return if eyes swell or infection.
J Pike FNP-C  // AL MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the excision, inside its 10-day global -> 24. The excision "
                  "site was not addressed.",
})

SCENARIOS.append({
    "id": "s45-po-new-chest-lesion-bx-in-17004-global",
    "family": "post-op", "shape": "pre-coded",
    "description": "Tangential bx of a new chest lesion 8 days after 17004 field of AKs (010); 79 missing; Medicare",
    "date": "2026-06-04",
    "patient": ("Tolliver", "Earl", "1942-08-02", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Bleeding papule, central chest", None, "Central chest", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy, single lesion", cpt="11102", site="Central chest",
          note="Shave bx of 7 mm friable red papule. AlCl.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-05-27", "17004", "Destruction premalignant lesions, 15 or more", "Face and scalp",
                    "LN2 to 18 AKs face/scalp")],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 06/04/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 83M, called - NEW bleeding bump on chest x3 wk. (LN2 to 18 AKs face/scalp 5/27 - healing,
   no concerns, not part of today.)
O: Central chest 7 mm friable red papule, bleeds w/ touch. Not in the treated field.
A: BLEEDING PAPULE CHEST r/o BCC vs pyogenic granuloma vs SCC.
P: Shave bx (tangential). AlCl. Path. Call w/ results.
RS PA-C / AL
Pt verbalized understanding, questions answered.
""",
    "path": [{"text": "Skin, chest, shave biopsy: Basal cell carcinoma, nodular, extending to base.",
              "site": "Chest"}],
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure (new lesion outside the treated field) during the 10-day global of "
                  "17004 -> 79 on 11102.",
})

SCENARIOS.append({
    "id": "s45-rep-barbed-wire-forearm-hand-cheek",
    "family": "repair", "shape": "note-only",
    "description": "Barbed-wire lacerations: simple R forearm 4.5 + R hand 2.0 (sum 6.5) and L cheek 1.5 cm; Medicaid",
    "date": "2026-06-09",
    "patient": ("Blevins", "Travis", "1998-05-23", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body, right forearm", "S51.811A", "Right forearm", reason=True),
        C("c2", "Laceration without foreign body, right hand", "S61.411A", "Right hand", reason=True),
        C("c3", "Laceration without foreign body, left cheek", "S01.412A", "Left cheek", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """WALK-IN - HOLLIS CREEK (county bldg)
S: 28M, caught in barbed wire fixing fence 1 h ago. Tdap 2024 - UTD. No numbness.
O: R volar forearm 4.5 cm lac, R dorsal hand 2.0 cm lac, L cheek 1.5 cm lac. All superficial,
   dermis only, clean edges, no FB, tendons intact, full ROM.
A: LACERATIONS x3.
P: Irrigated NS. Lido 1%.
   R forearm 4.5 cm - SIMPLE, 4-0 nylon.
   R hand 2.0 cm - SIMPLE, 4-0 nylon.
   L cheek 1.5 cm - SIMPLE, 6-0 Prolene.
   Wound care. Face sutures out 5 d, arm/hand 10 d.
RS PA-C   // AL MD
""",
    "expected": E([L("12002"), L("12011")]),
    "coder_note": "REP-1/REP-2: simple repairs summed per site group: forearm + hand = 6.5 cm -> 12002; face 1.5 cm -> "
                  "12011 (separate group). No PTP edit between 12002 and 12011.",
})

SCENARIOS.append({
    "id": "s45-rep-hayloft-fall-scalp-arm-layered-hand-simple",
    "family": "repair", "shape": "free-text",
    "description": "Fall lacerations: layered scalp 3.0 + L forearm 2.0 (sum 5.0) and simple L hand 1.0 cm; commercial",
    "date": "2026-06-11",
    "patient": ("Ingebretsen", "Karl", "1966-10-14", "male"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Laceration of scalp", "S01.01XA", "Occipital scalp", reason=True),
        C("c2", "Laceration of left forearm", "S51.812A", "Left forearm", reason=True),
        C("c3", "Laceration of left hand", "S61.412A", "Left hand", reason=True),
    ],
    "procedures": [
        P("Layered laceration repair", site="Occipital scalp",
          note="3.0 cm, into subcutaneous tissue; 3-0 Vicryl deep, staples. Length 3.0 cm.", reasons=["c1"]),
        P("Layered laceration repair", site="Left forearm",
          note="2.0 cm gaping wound to fat; 4-0 Vicryl deep, 4-0 nylon. Length 2.0 cm.", reasons=["c2"]),
        P("Simple laceration repair", site="Left hand",
          note="1.0 cm superficial, 2 simple 5-0 nylon.", reasons=["c3"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 06/11/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 59M, slipped off hayloft ladder this AM, hit head + arm on feed bunk. No LOC, no neck pain,
   no vomiting. Tdap 2023.
O: Alert, neuro nonfocal. Occ scalp 3 cm lac, L forearm 2 cm gaping lac, L hand 1 cm superficial lac.
A: LACERATIONS x3. No head injury red flags.
P: Repairs as listed. Head injury precautions w/ wife. Staples/sutures out 10 d.
J Pike FNP-C  / AL MD
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("12032"), L("12001")]),
    "coder_note": "REP-1/REP-2: intermediate repairs of scalp + forearm share the 12031-12037 group -> 5.0 cm -> 12032; "
                  "simple hand repair 1.0 cm -> 12001. Different complexity, no PTP edit.",
})

SCENARIOS.append({
    "id": "s45-rep-dog-bite-cheek-complex-under-1cm",
    "family": "repair", "shape": "pre-coded",
    "description": "Child dog bite: 0.9 cm cheek wound pre-coded complex 13131 (<=1.0 cm) + simple forearm 2.0 cm; Medicaid",
    "date": "2026-06-16",
    "patient": ("Caudill", "Emmy", "2018-12-01", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Dog bite laceration, right cheek", "S01.411A", "Right cheek", reason=True),
        C("c2", "Dog bite laceration, right forearm", "S51.811A", "Right forearm", reason=True),
        C("c3", "Bitten by dog, initial encounter", "W54.0XXA"),
    ],
    "procedures": [
        P("Repair, complex, forehead/cheeks/chin/mouth/neck", cpt="13131", site="Right cheek",
          note="0.9 cm wound, ragged edges trimmed, layered closure 6-0 Monocryl deep + 6-0 Prolene.",
          reasons=["c1"]),
        P("Simple repair 2.5 cm or less", cpt="12001", site="Right forearm",
          note="2.0 cm superficial lac, irrigated, 3 simple 5-0 nylon.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 06/16/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 7 yo F, bitten by neighbor's (vaccinated) heeler 2 h ago. Shots UTD per mom.
O: R cheek 0.9 cm ragged lac into subQ. R forearm 2.0 cm superficial lac. No tendon/nerve inj.
A: DOG BITE LACS x2.
P: Copious irrigation. R cheek: edges freshened, LAYERED closure, 0.9 cm. R forearm: simple 2.0 cm.
   Augmentin x5 d. Animal control notified. Sutures out face 5 d, arm 10 d.
RS PA-C // AL MD
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("12051"), L("12001")], topics=["coding-correction"]),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple/intermediate; layered closure of the "
                  "cheek 0.9 cm -> 12051. Forearm simple 2.0 cm -> 12001.",
})

SCENARIOS.append({
    "id": "s45-shave-inflamed-sks-temple-chest",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of inflamed SKs: R temple 0.8 cm (bleeds, glasses) + L chest 1.3 cm (itchy); Medicare",
    "date": "2026-06-18",
    "patient": ("Ferrell", "Opal", "1947-07-04", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right temple", "L82.0", "Right temple", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left chest", "L82.0", "Left upper chest", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 06/18/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 78F. Spot R temple rubs on glasses arm, bleeds. Spot L chest under bra strap - itchy, raw.
O: R temple 0.8 cm crusted erythematous stuck-on papule w/ heme crust.
   L upper chest 1.3 cm irritated SK, erythematous base, excoriated.
A: INFLAMED/IRRITATED SKs x2 (bleeding, itch).
P: Shave removal x2 (flush, DermaBlade), AlCl. Path both.
   Other SKs on back - asymptomatic, left alone.
J Pike FNP-C   /  AL
""",
    "path": [{"text": "A. Right temple: Irritated seborrheic keratosis. B. Left chest: Inflamed seborrheic keratosis.",
              "site": "Right temple; left chest"}],
    "expected": E([L("11311"), L("11302")], dx={"11311": ["L82.0"], "11302": ["L82.0"]}),
    "coder_note": "SH-1: face 0.8 cm -> 11311; trunk 1.3 cm -> 11302. Bleeding/itch/inflammation meet BSL-3, so no GY.",
})

SCENARIOS.append({
    "id": "s45-shave-scalp-no-size-plus-back-nevus",
    "family": "shave", "shape": "free-text",
    "description": "Shave of bleeding scalp papule with no size + changing 0.4 cm back nevus; Medicare Advantage",
    "date": "2026-06-23",
    "patient": ("Albright", "Verna", "1951-02-11", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Bleeding papule, scalp", None, "Crown of scalp", reason=True),
        C("c2", "Changing nevus, back", None, "Right mid back", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Crown of scalp",
          note="Flesh-colored papule, traumatized by comb, bleeds. Shaved flush, AlCl. Size not recorded.",
          reasons=["c1"]),
        P("Shave removal", site="Right mid back",
          note="0.4 cm nevus darker per husband. Shaved flush, AlCl.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 06/23/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 75F. Bump on crown catches comb, bleeds. Husband says mole R back got darker.
O: Crown - skin-colored papule w/ crust. R mid back 0.4 cm dark brown papule.
A/P: Shave removal x2, path x2.
   Consent signed. Lido 1% w/ epi. AlCl hemostasis both.
   Vaseline + bandaid daily till healed. Will call w/ path.
RS PA-C / AL
Pt verbalized understanding, questions answered.
""",
    "path": [{"text": "A. Scalp: Intradermal nevus, traumatized. B. Back: Compound nevus, no atypia.",
              "site": "Scalp; back"}],
    "expected": E([L("11300")], topics=["missing-documentation"]),
    "coder_note": "Coding decisions: no size for the scalp shave -> no 11305-11308 line + missing-documentation. Back "
                  "0.4 cm -> 11300.",
})

SCENARIOS.append({
    "id": "s45-shave-neck-nevus-precoded-as-bx",
    "family": "shave", "shape": "pre-coded",
    "description": "Complete shave removal of irritated 0.7 cm neck nevus pre-coded as tangential bx 11102; Aetna",
    "date": "2026-06-25",
    "patient": ("Whitehorse", "Rayna", "1981-01-27", "female"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Irritated nevus, left neck", None, "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy, single lesion", cpt="11102", site="Left lateral neck",
          note="Entire 0.7 cm papule shaved off flush to remove it. AlCl. Sent to path.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 06/25/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 45F, mole L neck rubs on barn coat collar, bled x2. Wants it OFF.
O: L lat neck 0.7 cm soft brown dome papule, excoriated.
A: IRRITATED NEVUS L NECK.
   Consent signed. Lido 1% w/ epi 1 mL.
P: SHAVE REMOVAL - whole lesion taken flush w/ skin. AlCl. Path.
J Pike FNP-C
Pt verbalized understanding, questions answered.
""",
    "path": [{"text": "Skin, left neck, shave: Intradermal melanocytic nevus, irritated.", "site": "Left neck"}],
    "expected": E([L("11306")], topics=["coding-correction"], dx={"11306": ["D22.4"]}),
    "coder_note": "BX-4: intent was therapeutic removal of the whole lesion -> shave removal, not biopsy. Neck is "
                  "SNHFG, 0.7 cm -> 11306.",
})

SCENARIOS.append({
    "id": "s45-tags-18-neck-axillae-symptomatic",
    "family": "skin-tags", "shape": "note-only",
    "description": "Removal of 18 irritated/bleeding skin tags neck and axillae; Medicare FFS",
    "date": "2026-06-30",
    "patient": ("Spurlock", "Velma", "1953-04-14", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 06/30/2026   Prov: R. Santos, PA-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 73F. Skin tags neck + armpits catch on necklace/bra, get red, bleed, sore. Several twisted.
O: Neck 10, R axilla 5, L axilla 3 pedunculated tags = 18. Several w/ heme crust, erythema at base.
A: ACROCHORDONS x18, irritated/bleeding.
P: Snip removal w/ curved iris scissors x18, AlCl. Not sent to path.
   RTC prn.
RS PA-C   / AL MD
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 up to 15 tags + 11201 per additional 10 or part: 18 tags -> ceil(3/10) = 1. Bleeding and "
                  "inflammation meet BSL-3, so covered (no GY).",
})

SCENARIOS.append({
    "id": "s45-tags-38-body-folds-mue",
    "family": "skin-tags", "shape": "free-text",
    "description": "Removal of 38 symptomatic skin tags; 11201 would be 3 units, MUE 1; Medicaid MCO",
    "date": "2026-07-02",
    "patient": ("Honeycutt", "Darlene", "1976-06-06", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, inflamed", "L91.8", "Neck, axillae, inframammary, groin", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, scissor and cautery", site="Neck, axillae, inframammary folds, groin",
          note="38 tags removed: neck 12, axillae 9, inframammary 11, groin 6. Hyfrecator for hemostasis.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HOLLIS CREEK OUTREACH DERMATOLOGY  |  athenaOne
DOS 07/02/2026   Prov: J. Pike, FNP-C   Supv: A. Lindgren MD
Meds/allergies/PMH reviewed in chart, no changes.
S: 49F. Tons of skin tags in folds, rub + get inflamed w/ sweat, bleed on clothes. DM2, BMI 41.
O: 38 pedunculated tags (neck 12, axillae 9, inframammary 11, groin 6), many erythematous/macerated.
A: ACROCHORDONS x38, inflamed/bleeding.
P: Removed all 38. Hyfrecator. Zinc barrier to folds. RTC prn.
   Consent signed, topical lido 30 min prior. Tol well.
J Pike FNP-C // AL MD
Pt verbalized understanding, questions answered.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"]),
    "coder_note": "11201 = ceil((38-15)/10) = 3 units but MUE 1 (MAI 3) -> capped at 1 with an mue finding "
                  "(tests/corpus README).",
})
