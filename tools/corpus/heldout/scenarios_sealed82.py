"""Sealed set 82 (s82-): high-volume skin-cancer screening and actinic-damage practice.

Practice (note headers): High Desert Skin Surveillance & Dermatology. Providers type shorthand with symbols
(->, =>, unicode arrows, x and the times sign, check marks, ~, +/-, degree signs, slashes) and abbreviations
(AKs, SKs, BCC, SCCis, LN2, ED&C, bx, exc, f/u, RTC, s/p, h/o). Expected answers from the rule book (sections
2-7, 10), docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "HIGH DESERT SKIN SURVEILLANCE & DERMATOLOGY"

# ---------------------------------------------------------------------------------------------------------------
# Destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-ds-ak-scalp-face-23-lesions",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 23 AKs (scalp 14 + face 9) with previously treated sites checked; Medicare FFS",
    "date": "2025-11-04",
    "patient": ("Gravenor", "Lyle", "1946-02-19", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and face", "L57.0", "Scalp; face", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "AK Treatment Visit",
    "note": f"""{HDR}
AK tx visit — J. Pike MD

79M, retired rancher, h/o BCC R nasal sidewall (s/p Mohs 2019) + SCCis L dorsal hand (s/p ED&C 2022).
Here for scheduled AK round. No new spots per pt, no bleeding lesions.

Exam (scalp/face/ears/hands):
  scalp (bald vertex/crown) → gritty erythematous papules ×14
  face → forehead ×4, R cheek ×3, L temple ×2  (= 9)
  prior tx sites: R nasal sidewall Mohs scar ✓ well healed, no pearly change; L dorsal hand ED&C scar ✓ flat,
  no scale → NED both
  ears ✓ clear this time (R helix AK tx'd 5/2025 resolved)

Procedure: cryodestruction w/ LN2, cryospray, 2 freeze-thaw cycles ~8-10 sec, 1-2 mm halo.
  Total AKs treated = 23 (scalp 14 + face 9). Verbal consent, risks (blister, hypopigmentation, recurrence).
  Tol well.

A/P
1. AKs ×23 → LN2 as above. Discussed field tx (5-FU) for scalp next winter ± PDT; pt will think about it.
2. h/o BCC / SCCis → no evidence of recurrence at either site today.
Sun protection, wide-brim hat. RTC 6 mo FBSE.
""",
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 23 premalignant lesions (>=15) -> 17004 x1 instead of 17000/17003. Prior sites only examined.",
})

SCENARIOS.append({
    "id": "s82-ds-ak-precoded-17003-x15",
    "family": "destruction", "shape": "pre-coded",
    "description": "Provider pre-coded 17000 + 17003 x15 for 16 AKs on forearms/hands; should be 17004",
    "date": "2025-12-09",
    "patient": ("Oyelaran", "Patricia", "1950-07-30", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Bilateral forearms and dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", cpt="17000", site="R forearm",
          note="LN2 ×1 (first lesion)", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each", cpt="17003", site="Bilateral forearms / dorsal hands",
          note="Units: 15. LN2 to remaining AKs.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": f"""{HDR}
Cryo note — S. Weiss MD

75F, outdoor gardener, h/o many AKs. Last LN2 session 6 mo ago (L forearm) ✓ those sites clear.

AK count today (hypertrophic + thin, all clinically typical):
  R forearm ×6
  L forearm ×5
  dorsal hands R ×3 / L ×2
  ----------------------
  total 16 AKs → LN2, 2 FTC each, ~10 s.

No atypical features, nothing needing bx. Post-care sheet given, expect blisters 3-5 d.
Plan: consider 5-FU ×3 wk to forearms in winter. RTC 6 mo.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1/conventions: 16 AKs -> 17004 x1; the pre-coded 17000 + 17003 x15 (17003 MUE 13 anyway) is "
                  "replaced by the family rule.",
})

SCENARIOS.append({
    "id": "s82-ds-ak-nine-hands-forearm",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 to 9 AKs dorsal hands/forearm; previously treated PDT site and SKs not treated; MA plan",
    "date": "2026-01-13",
    "patient": ("Brandvold", "Kenneth", "1944-11-02", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Dorsal hands, L forearm", reason=True),
        C("c2", "Seborrheic keratoses, back", "L82.1", "Back"),
    ],
    "procedures": [
        P("Cryodestruction of actinic keratoses", site="Dorsal hands and L forearm",
          note="LN2 → 9 AKs: R dorsal hand ×4, L dorsal hand ×3, L forearm ×2. 2 freeze-thaw cycles.",
          reasons=["c1"]),
    ],
    "note_title": "Derm Follow-up",
    "note": f"""{HDR}
R. Santos MD — f/u AKs

81M, s/p PDT (ALA/blue light) L forearm 03/2025 → that field ✓ mostly clear today, 2 residual AKs distal L
forearm near wrist.
New: rough spots backs of both hands.
Also asks re: "brown stuck-on things" on his back → SKs ×~10, classic, non-irritated → reassured, no tx
(benign, cosmetic only, pt fine with leaving them).

Tx today:
  LN2 → R dorsal hand ×4, L dorsal hand ×3, L forearm ×2 = 9 AKs ✓
  no tx to back SKs

Plan: sunscreen daily, gloves when driving. RTC 4 mo → reassess L forearm, ?repeat PDT.
""",
    "expected": E([L("17000"), L("17003", 8)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 9 AKs -> 17000 + 17003 x8. SKs examined but not treated: nothing billed for them.",
})

SCENARIOS.append({
    "id": "s82-ds-scalp-aks-uncounted-back-bx",
    "family": "destruction", "shape": "note-only",
    "description": "Scalp AKs frozen with no lesion count (no destruction line) + shave bx of back papule (BCC)",
    "date": "2025-10-21",
    "patient": ("Tannehill", "Doreen", "1953-04-08", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses of scalp", "L57.0", "Scalp"),
        C("c2", "Basal cell carcinoma, upper back", "C44.519", "L upper back", reason=True),
    ],
    "path": [
        {"text": "Skin, left upper back, shave biopsy: basal cell carcinoma, nodular type, extending to the "
                 "peripheral and deep margins.", "site": "L upper back", "date": "2025-10-24"},
    ],
    "note_title": "Skin Check + Procedures",
    "note": f"""{HDR}
A. Lindgren MD

72F, thinning hair, h/o AKs scalp. FBSE today at her request (scalp/face/trunk/ext).

Findings:
  • scalp → multiple rough scaly pink AKs crown/part line, some confluent
  • L upper back → 0.7 cm pink pearly papule w/ arborizing vessels on dermoscopy, new per husband → r/o BCC
  • scattered SKs/cherry angiomas trunk → benign, no tx
  • nevi ✓ all symmetric, no ugly ducklings

Procedures:
 1) LN2 → scalp AKs, 2 FTC, field pattern along the part. (count not recorded)
 2) Shave (tangential) bx L upper back papule, DermaBlade, AlCl3 for hemostasis, → path.
    Consent ✓, time-out ✓.

A/P
 - AKs scalp → LN2 today; start 5-FU 5% bid ×2 wk to scalp next month if still rough
 - L upper back lesion → bx pending, will call w/ result → likely ED&C vs exc
 - RTC 3 wk / after path
""",
    "expected": E([L("11102")], topics=["missing-documentation"], dx={"11102": ["C44.519"]}),
    "coder_note": "No AK count documented -> no 17000/17003/17004 line (README missing-measurement rule); the back "
                  "biopsy stands alone (no PTP partner billed); path BCC.",
})

SCENARIOS.append({
    "id": "s82-ds-edc-sbcc-arm-plus-face-aks",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven sBCC R upper arm (1.4 cm defect) + LN2 to 4 face AKs; XS on 17000",
    "date": "2025-09-30",
    "patient": ("Kowalczyk", "Bernard", "1941-08-14", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper arm", "C44.612", "R upper arm", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Face", reason=True),
    ],
    "prior": [
        PRIOR("2025-09-12", "11102", "Tangential biopsy, R upper arm", "R upper arm",
              "Shave bx → path: superficial BCC."),
    ],
    "note_title": "ED&C / Cryo Procedure Note",
    "note": f"""{HDR}
C. Okonkwo MD — procedure visit

84M here for tx of bx-proven superficial BCC R upper arm (shave bx 9/12/25 → sBCC, margins involved).
Site: R lateral upper arm, 1.0 × 0.8 cm pink scaly plaque around healed bx site.
Pt prefers ED&C over exc (on apixaban; trunk/ext sBCC → ED&C reasonable, Mohs not indicated).

ED&C: lido 1% w/ epi, 3 cycles curettage + electrodesiccation → final defect Ø 1.4 cm. Hemostasis ✓.
  Vaseline/bandage. Wound care reviewed.

Also: AKs face → forehead ×2, L cheek ×1, nasal dorsum ×1 (= 4) → LN2, 2 FTC, ~10 s each.
  (these are separate lesions, nowhere near the arm)

A/P
 1. sBCC R upper arm → ED&C as above, defect 1.4 cm.
 2. AKs ×4 face → LN2.
RTC 3 mo skin check; call if bleeding.
""",
    "expected": E([L("17262"), L("17000", 1, "XS"), L("17003", 3)], dx={"17262": ["C44.612"], "17000": ["L57.0"]}),
    "coder_note": "DS-4: malignant destruction TAL, final defect 1.4 cm -> 17262. DS-1: 4 AKs -> 17000 + 17003 x3. "
                  "PTP 17262/17000 indicator 1 and different lesions -> XS on 17000 (17003 is not in an edit with 17262).",
})

SCENARIOS.append({
    "id": "s82-ds-warts-fingers-sole-child",
    "family": "destruction", "shape": "free-text",
    "description": "Child, cryo to 8 warts (6 fingers + 2 painful plantar); Medicaid MCO; 17110 x1",
    "date": "2026-02-03",
    "patient": ("Delacroix", "Mateo", "2016-05-27", "male"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 15,
    "conditions": [
        C("c1", "Common warts, fingers", "B07.8", "R and L fingers", reason=True),
        C("c2", "Plantar warts, L sole", "B07.0", "L sole", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of verrucae", site="Fingers (R index ×2, R thumb ×1, L middle ×3); L plantar forefoot ×2",
          note="LN2 → 6 verruca vulgaris on fingers + 2 plantar warts (pared lightly first w/ #15 blade for "
               "LN2 penetration). 2 FTC each.",
          reasons=["c1", "c2"]),
    ],
    "note_title": "Wart Visit",
    "note": f"""{HDR}
R. Santos MD — peds wart visit

9 y/o M w/ mom. Warts fingers ×~4 mo, spreading (was 2 → now 6), picks at them. L sole 2 warts → painful
w/ soccer cleats. OTC salicylic acid ×8 wk → no change.

Exam: verruca vulgaris R index ×2, R thumb ×1, L middle finger ×3; plantar warts L forefoot ×2 (thrombosed
capillaries, tender to lateral squeeze).

Tx: LN2 → all 8 (6 fingers + 2 plantar). Plantar ones pared first for penetration only.
Mom consent ✓. Tolerated w/ distraction.

Plan: duct tape occlusion between visits; RTC 3-4 wk for repeat LN2 prn.
""",
    "expected": E([L("17110")]),
    "coder_note": "DS-2: 8 benign (wart) lesions -> 17110 x1 (up to 14). Paring was only prep for cryo, not a "
                  "separate 11055-11057 service. Spreading/painful warts meet BSL-3/BSL-4.",
})

SCENARIOS.append({
    "id": "s82-ds-aks-18-plus-isks-precoded",
    "family": "destruction", "shape": "pre-coded",
    "description": "Pre-coded 17004 (18 AKs) + 17110 (3 inflamed SKs) with no modifier; XS needed on 17110",
    "date": "2025-11-18",
    "patient": ("Abernethy-Cole", "Ruth", "1948-03-05", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Face, scalp, forearms", reason=True),
        C("c2", "Inflamed seborrheic keratoses", "L82.0", "Inframammary, waistband", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesions, 15 or more", cpt="17004", site="Face / scalp / forearms",
          note="LN2 to 18 AKs.", reasons=["c1"]),
        P("Destruction benign lesions up to 14", cpt="17110", site="R inframammary ×2, L waistband ×1",
          note="LN2 to 3 ISKs — irritated, itching, bleeding from bra/waistband friction.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{HDR}
J. Pike MD

77F. AK recheck + "itchy bleeding crusty spots" under bra line & at waistband.

Exam:
  AKs: forehead ×5, scalp ×4, R forearm ×5, L forearm ×4 → 18 total
  SKs: R inframammary ×2 + L waistband ×1 → erythematous, crusted, excoriated, one bleeding on bra strap
       → ISKs (inflamed/irritated), pt reports itch ++ and bleeding ×2 wk
  other SKs on back → quiet, not treated

Tx:
  ✓ LN2 → 18 AKs (2 FTC)
  ✓ LN2 → 3 ISKs (separate lesions, trunk) 2 FTC

A/P: AKs ×18 → LN2. ISKs ×3 symptomatic → LN2. RTC 6 mo.
""",
    "expected": E([L("17004"), L("17110", 1, "XS")], dx={"17004": ["L57.0"], "17110": ["L82.0"]}),
    "coder_note": "PTP 17004/17110 indicator 1; the SKs are different lesions -> XS on 17110 (column 2). Inflamed, "
                  "itching, bleeding SKs meet BSL-3, so not cosmetic.",
})

# ---------------------------------------------------------------------------------------------------------------
# Biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-bx-punch-calf-plus-three-shaves",
    "family": "biopsy", "shape": "note-only",
    "description": "FBSE: 4 mm punch L calf + tangential bx x3 (R shoulder, mid back, L forearm); commercial",
    "date": "2025-10-14",
    "patient": ("Hollinrake", "Simone", "1973-09-21", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Dysplastic nevus, left calf", "D22.72", "L calf", reason=True),
        C("c2", "Melanocytic nevus, right shoulder", "D22.61", "R shoulder", reason=True),
        C("c3", "Seborrheic keratosis, irritated, mid back", "L82.0", "Mid back", reason=True),
        C("c4", "Melanocytic nevus, left forearm", "D22.62", "L forearm", reason=True),
    ],
    "path": [
        {"text": "A. Skin, left calf, punch: dysplastic compound nevus with moderate architectural disorder; "
                 "margins clear.", "site": "L calf"},
        {"text": "B. Skin, right shoulder, shave: compound melanocytic nevus.", "site": "R shoulder"},
        {"text": "C. Skin, mid back, shave: irritated seborrheic keratosis.", "site": "Mid back"},
        {"text": "D. Skin, left forearm, shave: junctional melanocytic nevus.", "site": "L forearm"},
    ],
    "note_title": "Full Body Skin Exam",
    "note": f"""{HDR}
FBSE — H. Voss MD

52F, fair skin, FHx melanoma (mother). Annual FBSE. 2 spots she's worried about (L calf, R shoulder).

Exam: total body incl scalp/soles. ~60 nevi. Findings:
  A. L calf → 6 mm irregular brown macule, 2 colors, changed per photo from 2024 → bx (punch 4 mm, full
     thickness, 1 × 4-0 nylon)
  B. R shoulder → 5 mm darker nevus, asym → tangential (shave) bx
  C. mid back → 8 mm crusted SK-like papule, itchy, ? irritated SK vs pigmented BCC → tangential bx
  D. L forearm → 4 mm dark macule, new → tangential bx
  no other lesions of concern; lentigines ++ shoulders

Bx ×4 total: 1 punch + 3 shave. Consent ✓ time-out ✓. Hemostasis AlCl3 for shaves.

Plan: path → call. Photos updated. RTC 6 mo (FHx). Suture out 10-14 d (calf) — can do at PCP.
""",
    "expected": E([L("11104"), L("11103", 3)], dx={"11104": ["D22.72"]}),
    "coder_note": "BX-2: one punch + three tangential -> 11104 primary + 11103 x3 (11103 allowed with 11104 by AOC).",
})

SCENARIOS.append({
    "id": "s82-bx-precoded-deleted-11100",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded deleted 11100 + 11101 x2 for three shave biopsies; -> 11102 + 11103 x2",
    "date": "2026-01-20",
    "patient": ("Siedlecki", "Walter", "1947-12-11", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left forearm", "D04.62", "L forearm", reason=True),
        C("c2", "Basal cell carcinoma, left temple", "C44.319", "L temple", reason=True),
        C("c3", "Seborrheic keratosis, inflamed, back", "L82.0", "R mid back", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", cpt="11100", site="L forearm",
          note="Shave bx, scaly pink plaque 1.1 cm.", reasons=["c1"]),
        P("Biopsy of skin, each additional lesion", cpt="11101", site="L temple; R mid back",
          note="2 more shave bx: L temple pearly papule 0.5 cm; R mid back crusted papule 0.9 cm. Units 2.",
          reasons=["c2", "c3"]),
    ],
    "path": [
        {"text": "1. L forearm: squamous cell carcinoma in situ (Bowen disease).", "site": "L forearm"},
        {"text": "2. L temple: basal cell carcinoma, nodular.", "site": "L temple"},
        {"text": "3. R mid back: inflamed seborrheic keratosis.", "site": "R mid back"},
    ],
    "note_title": "Biopsy Note",
    "note": f"""{HDR}
C. Okonkwo MD

78M, h/o multiple NMSC. Screening f/u.
Suspicious:
  ① L forearm 1.1 cm scaly pink plaque → r/o SCCis vs AK
  ② L temple 0.5 cm pearly papule → r/o BCC
  ③ R mid back 0.9 cm crusted papule, bleeds w/ shirt → r/o SCC vs ISK
All 3 → shave bx (tangential, DermaBlade), AlCl3, bandage. → path.
Nothing else suspicious. Prior Mohs R ear (2021) ✓ NED.
RTC after path for tx plan (likely Mohs temple; ED&C vs exc forearm).
""",
    "expected": E([L("11102"), L("11103", 2)], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 deleted 2018; three tangential biopsies -> 11102 + 11103 x2.",
})

SCENARIOS.append({
    "id": "s82-bx-incisional-cheek-plus-punch-back",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge bx L cheek (LM) + 3 mm punch upper back (SCCis); 11106 + 11105",
    "date": "2025-12-02",
    "patient": ("Marchetti-Roe", "Evelyn", "1945-06-17", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Lentigo maligna (melanoma in situ), left cheek", "D03.39", "L cheek", reason=True),
        C("c2", "Squamous cell carcinoma in situ, upper back", "D04.5", "R upper back", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, full thickness wedge", site="L cheek",
          note="2.8 cm irregular tan-brown patch; scalpel wedge through darkest area incl. subcut fat, 1.0 × "
               "0.4 cm, closed 5-0 nylon ×3.", reasons=["c1"]),
        P("Punch biopsy 3 mm", site="R upper back",
          note="1.2 cm pink scaly plaque; 3 mm punch, 1 suture.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. L cheek, incisional: melanoma in situ, lentigo maligna type; extends to lateral margins.",
         "site": "L cheek"},
        {"text": "B. R upper back, punch: squamous cell carcinoma in situ.", "site": "R upper back"},
    ],
    "note_title": "Biopsy Procedure",
    "note": f"""{HDR}
A. Lindgren MD

80F. L cheek brown patch slowly enlarging ×2 yr (daughter noticed). Dermoscopy → asymmetric pigmented
follicular openings, rhomboid structures → r/o LM. Too broad (~2.8 cm) for complete exc today → incisional
wedge bx of darkest area (full thickness, scalpel).
R upper back pink scaly plaque 1.2 cm → r/o SCCis vs BCC → 3 mm punch.
Consent ✓. Lido w/ epi. Sutured both.
Meds: amlodipine, ASA 81 (not held). NKDA. Hemostasis w/ pressure +/- light cautery.
Other: scattered SKs/lentigines on face & back -> benign, no tx. Prior LN2 sites (R hand, 2024) ✓ clear.
A/P: path pending => if LM -> refer Mohs/staged exc; SCCis back -> ED&C vs exc after path.
RTC 10 d suture removal.
""",
    "expected": E([L("11106"), L("11105")], dx={"11106": ["D03.39"]}),
    "coder_note": "BX-2: incisional ranks first -> 11106; the punch takes its own add-on 11105.",
})

SCENARIOS.append({
    "id": "s82-bx-transplant-eight-shaves-mue",
    "family": "biopsy", "shape": "note-only",
    "description": "Kidney-transplant pt, 8 tangential bx in one visit -> 11102 + 11103 capped at MUE 6",
    "date": "2026-02-17",
    "patient": ("Fairweather", "Desmond", "1958-01-29", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, scalp", "C44.42", "Scalp vertex", reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "path": [
        {"text": "1 scalp vertex: SCC, well differentiated. 2 R temple: SCCis. 3 L cheek: AK, hypertrophic. "
                 "4 R dorsal hand: SCC keratoacanthoma type. 5 L dorsal hand: SCCis. 6 R forearm: AK. "
                 "7 L forearm: SCCis. 8 chest: BCC superficial.", "site": "multiple"},
    ],
    "note_title": "High-Risk Skin Check",
    "note": f"""{HDR}
S. Weiss MD — transplant skin clinic

67M, s/p DDRT 2014 (tacrolimus/MMF) → ↑↑ NMSC risk. q3-mo FBSE. Many new keratotic papules.

Lesions bx'd today (all tangential/shave bx, DermaBlade, AlCl3):
  1. scalp vertex 1.0 cm keratotic nodule
  2. R temple 0.6 cm scaly papule
  3. L cheek 0.5 cm hyperkeratotic papule
  4. R dorsal hand 0.9 cm crateriform nodule
  5. L dorsal hand 0.8 cm scaly plaque
  6. R forearm 0.7 cm tender keratotic papule
  7. L forearm 1.0 cm pink scaly plaque
  8. central chest 0.8 cm pink shiny papule
→ 8 bx total, 8 specimens. Consent ✓ time-out ✓.
Other: AKs scattered → NOT treated today (will do field tx after path/tx plan).

Plan: path → tx planning visit; discuss acitretin chemoprevention w/ nephrology. RTC 2 wk.
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "8 tangential biopsies -> 11102 + 11103 x7, capped at the 11103 MUE of 6 (README: MUE over the "
                  "limit -> cap + mue finding).",
})

# ---------------------------------------------------------------------------------------------------------------
# Shave removal
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-shave-nasal-tip-nevus-and-neck-isk",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal 0.4 cm bleeding nevus nasal tip + 1.2 cm irritated SK L neck; commercial HMO",
    "date": "2025-10-07",
    "patient": ("Quintanilla", "Rosa", "1969-02-14", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, nasal tip", "D22.39", "Nasal tip", reason=True),
        C("c2", "Irritated seborrheic keratosis, left neck", "L82.0", "L lateral neck", reason=True),
    ],
    "path": [
        {"text": "A. Nasal tip, shave: intradermal melanocytic nevus, traumatized, with hemorrhage.",
         "site": "Nasal tip"},
        {"text": "B. Left lateral neck, shave: irritated seborrheic keratosis.", "site": "L neck"},
    ],
    "note_title": "Shave Removal",
    "note": f"""{HDR}
H. Voss MD

56F. 2 lesions:
  ① nasal tip flesh-colored dome papule Ø 0.4 cm → nicks/bleeds when she blows nose + glasses rub,
     bled ×4 in past month (crust today)
  ② L lateral neck stuck-on tan papule 1.2 × 0.8 cm → red, itchy, catches on necklace/collar → bled
Dx clinical: ① traumatized dermal nevus ② irritated SK.

Procedure (both): shave removal, flexible blade, to mid-dermis, lesion removed in full; hemostasis AlCl3 ±
light hyfrecation. No sutures. → path ×2.
Consent ✓ (scar, hypopigment, recurrence).

A/P: ① ② removed as above; vaseline qd ×1 wk. Path → portal. RTC prn / 1 yr FBSE.
""",
    "expected": E([L("11310"), L("11307")], dx={"11310": ["D22.39"], "11307": ["L82.0"]}),
    "coder_note": "SH-1: nasal tip 0.4 cm (FEENLM <=0.5) -> 11310; neck 1.2 cm (SNHFG 1.1-2.0) -> 11307. Bleeding/"
                  "trauma and itch documented, so not cosmetic.",
})

SCENARIOS.append({
    "id": "s82-shave-thigh-band-and-scalp-no-size",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded 11301 for a 1.2 cm thigh lesion (-> 11302) and 11305 for a scalp lesion with no size",
    "date": "2025-12-16",
    "patient": ("Lundgren", "Harold", "1949-10-03", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right thigh", "L82.0", "R anterior thigh", reason=True),
        C("c2", "Irritated verruca, scalp", "B07.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs", cpt="11301", site="R anterior thigh",
          note="Dark crusted papule 1.2 × 0.9 cm, rapidly changing, r/o melanoma vs ISK. Shave removal in toto.",
          reasons=["c1"]),
        P("Shave removal, scalp/neck/hands/feet", cpt="11305", site="Scalp, L parietal",
          note="Pedunculated verrucous papule, bleeds with combing, shave removal.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. R thigh: inflamed (irritated) seborrheic keratosis with squamous eddies; no atypia.",
         "site": "R anterior thigh"},
        {"text": "B. Scalp: verruca vulgaris, irritated.", "site": "Scalp"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{HDR}
C. Okonkwo MD

76M, h/o BCC ×2 (Z85.828). FBSE today.
  → R ant thigh: new dark crusted papule, grew over 2 mo, 1.2 × 0.9 cm; dermoscopy equivocal → r/o MM vs
    ISK → removed in toto by shave (diagnostic + therapeutic).
  → L parietal scalp: pedunculated verrucous papule, bleeds w/ combing → shave removal.
  → prior BCC sites (R nasal ala, L shoulder) ✓ NED.
Hemostasis AlCl3. Both → path.
Plan: path → call. RTC 6 mo.
""",
    "expected": E([L("11302")], topics=["coding-correction", "missing-documentation"],
                  dx={"11302": ["L82.0"]}),
    "coder_note": "SH-1: thigh lesion 1.2 cm -> 11302 (not 11301). Scalp lesion has no size anywhere -> no "
                  "size-banded shave line (README missing-measurement rule).",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, benign
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-exb-inflamed-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision recurrently inflamed EIC upper back, 2.1 cm + 1 mm margins, layered closure 3.5 cm",
    "date": "2025-11-11",
    "patient": ("Ostrowski", "Dean", "1978-05-09", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, upper back", "L72.0", "R upper back", reason=True),
    ],
    "procedures": [
        P("Excision of epidermoid cyst", site="R upper back",
          note="Cyst 2.1 × 1.8 cm (measured pre-op). Elliptical excision with 0.1 cm margin around the punctum "
               "and cyst wall, removed intact.", reasons=["c1"]),
        P("Layered closure", site="R upper back",
          note="Deep 3-0 Vicryl subcutaneous layer + 4-0 nylon running epidermal. Final repair length 3.5 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, R upper back, excision: ruptured epidermal inclusion cyst with foreign-body "
                 "giant-cell reaction.", "site": "R upper back"},
    ],
    "note_title": "Excision Note",
    "note": f"""{HDR}
L. Marchetti MD

47M. Cyst R upper back × yrs → inflamed/painful ×3 episodes this yr, drained by urgent care ×1 (2025-06),
abx ×2 courses. Quiet now (no fluctuance) → elective exc to prevent recurrence.

Pre-op: cyst Ø 2.1 × 1.8 cm, punctum central. Margin plan 1 mm.
Lido 1% w/ epi 8 mL. Ellipse → cyst dissected out intact, sac + punctum.
Closure: layered — 3-0 Vicryl deep (subcut/fascia) ×4, 4-0 nylon running → length 3.5 cm.
EBL min. Tol ✓.
→ path.
A/P: EIC excised. Suture out 12-14 d. Activity restriction ×1 wk, no gym.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.1 + 2 x 0.1 = 2.3 cm trunk benign -> 11403. EX-5: layered closure separately reportable, "
                  "trunk 3.5 cm -> 12032. Recurrent inflammation/pain meets BSL-3 (not cosmetic).",
})

SCENARIOS.append({
    "id": "s82-exb-dysplastic-nevus-reexcision-forearm",
    "family": "excision-benign", "shape": "note-only",
    "description": "Re-excision of moderately dysplastic nevus L forearm, 0.6 cm scar + 2 mm margins -> 11401",
    "date": "2026-01-27",
    "patient": ("Brightwater", "Naomi", "1984-08-22", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Dysplastic nevus, moderate atypia, left forearm", "D22.62", "L dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-30", "11102", "Tangential biopsy L forearm", "L dorsal forearm",
              "Shave bx → dysplastic compound nevus, moderate atypia, peripheral margin involved."),
    ],
    "path": [
        {"text": "Skin, L forearm, re-excision: residual dysplastic compound nevus with moderate atypia, "
                 "completely excised; margins clear.", "site": "L dorsal forearm"},
    ],
    "note_title": "Excision Note",
    "note": f"""{HDR}
H. Voss MD

41F s/p shave bx L dorsal forearm 12/30 → DN w/ moderate atypia, periph margin +. Plan was re-exc w/ 2 mm
margins (per our DN protocol). No h/o melanoma.

Today: bx scar 0.6 × 0.5 cm, pink, healed. Marked 2 mm margin → Ø 1.0 cm. Ellipse 3:1, full thickness to
fat. Simple closure 5-0 nylon interrupted ×4 (no deep layer needed).
Consent ✓, time-out ✓. Tol ✓.

A/P: DN mod atypia → re-exc done, → path. Suture out 10 d. FBSE q12 mo.
""",
    "expected": E([L("11401")], dx={"11401": ["D22.62"]}),
    "coder_note": "EX-1/EX-3: 0.6 + 2 x 0.2 = 1.0 cm, trunk/arms/legs, benign path (dysplastic nevus) -> 11401. "
                  "Simple closure included. The prior biopsy was global 000, so no global modifier.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, malignant
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-exm-scc-shin-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision bx-proven SCC R shin, 1.2 cm + 4 mm margins = 2.0 cm, layered closure 4.2 cm",
    "date": "2025-09-23",
    "patient": ("Vandermeer", "Gladys", "1940-01-15", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right shin", "C44.722", "R pretibial", reason=True),
    ],
    "path": [
        {"text": "Skin, R shin, excision: invasive squamous cell carcinoma, well differentiated, 1.1 cm; "
                 "margins clear (closest 3 mm).", "site": "R pretibial"},
    ],
    "note_title": "Excision - Malignant",
    "note": f"""{HDR}
J. Pike MD — exc SCC

85F, SCC R shin bx-proven 9/02 (shave bx → invasive SCC, well diff). Lesion today 1.2 × 1.0 cm
keratotic nodule. Not on anticoag. Legs: venous stasis changes mild.

Margins 4 mm → excised Ø 2.0 cm (1.2 + 0.4 + 0.4). Fusiform ellipse, depth to fascia.
Closure: layered — 4-0 Monocryl deep ×3, 4-0 nylon vertical mattress. Length 4.2 cm. Steri-strips.
Also noted: AKs R forearm ×2 → NOT treated today (pt wants to wait, rtc).

A/P
 - SCC R shin → exc, → path.
 - compression/elevation; suture out 14 d (leg).
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.722"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm leg malignant -> 11602; layered closure leg 4.2 cm -> 12032 "
                  "(no PTP edit). Untreated AKs not billed.",
})

SCENARIOS.append({
    "id": "s82-exm-mis-back-reexcision-in-global",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Day 8 after excision of MIS L upper back with positive margin: re-excision 2.8 cm -> 11603-58",
    "date": "2025-11-25",
    "patient": ("Achterberg", "Luke", "1966-03-30", "male"),
    "provider": "lindgren", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back", "D03.59", "L upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-17", "11602", "Excision, malignant lesion, trunk", "L upper back",
              "Excision of 1.0 cm atypical pigmented lesion with 2 mm margins -> path MIS, lateral margin +."),
    ],
    "path": [
        {"text": "Skin, L upper back, re-excision: scar with focal residual melanoma in situ; margins clear "
                 "(5 mm).", "site": "L upper back"},
    ],
    "note_title": "Re-excision",
    "note": f"""{HDR}
A. Lindgren MD

59M s/p exc L upper back 11/17 → path MIS, lateral margin + → needs 5 mm margins (staged, planned at the
11/17 visit pending path). Day 8 post-op, sutures still in.

Today: scar 1.8 cm (incl. prior excision site). Margins 5 mm → excised Ø 2.8 cm (1.8 + 0.5 + 0.5).
Ellipse, depth to fascia. Closure simple, 4-0 nylon interrupted (tension minimal, no deep layer).
Consent ✓.
FBSE today: no other suspicious lesions; ~40 nevi ✓ benign pattern.

A/P: MIS L upper back → wide re-exc done → path. Suture out 14 d. FBSE q6 mo ×2 yr.
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["D03.59"]}),
    "coder_note": "EX-4/GS-5: re-excision for positive margin inside the 10-day global of 11602 -> malignant code by "
                  "excised diameter 1.8 + 2 x 0.5 = 2.8 cm trunk -> 11603 with 58. Simple closure included.",
})

SCENARIOS.append({
    "id": "s82-exm-bcc-right-ear-precoded-band",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Pre-coded 11641 for R ear BCC 0.8 cm + 3 mm margins (1.4 cm) -> 11642",
    "date": "2026-02-10",
    "patient": ("Pemberton", "Alistair", "1937-07-07", "male"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 35,
    "conditions": [
        C("c1", "Basal cell carcinoma, right ear", "C44.212", "R posterior helix", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion face/ears 0.6-1.0 cm", cpt="11641", site="R posterior helix",
          note="BCC 0.8 cm, margins 3 mm, wedge-free elliptical excision on posterior helix, simple closure.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, R posterior helix, excision: basal cell carcinoma, nodular; margins free (2 mm).",
         "site": "R ear"},
    ],
    "note_title": "Excision Note",
    "note": f"""{HDR}
S. Weiss MD

88M, bx-proven nodular BCC R posterior helix (bx 1/2026). Declined Mohs (travel, wants 1 visit).
Lesion Ø 0.8 cm. Margin 3 mm → Ø 1.4 cm. Ellipse on posterior helix, cartilage not exposed.
Simple closure 5-0 Prolene. Tol ✓.
s/p Mohs L temple 2020 ✓ NED.
Consent ✓ (scar, notch, recurrence, ?need for Mohs if margins +). Time-out ✓.
Lido 1% w/ epi 3 mL. EBL minimal. Vaseline + pressure dressing x24 h.
No other lesions treated today; AKs on scalp => next visit.
RTC 1 wk suture out; path -> call.
""",
    "expected": E([L("11642")], topics=["coding-correction"], dx={"11642": ["C44.212"]}),
    "coder_note": "EX-1: excised diameter 0.8 + 2 x 0.3 = 1.4 cm, ear (FEENLM) malignant -> 11642, not 11641.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-mohs-nose-bcc-six-blocks-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs nasal dorsum BCC: stage 1 six blocks, stage 2 two blocks; layered repair 1.8 cm",
    "date": "2025-10-28",
    "patient": ("Ridgeway", "Martha", "1952-12-01", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma, nose", "C44.311", "Nasal dorsum", reason=True),
    ],
    "note_title": "Mohs Operative Note",
    "note": f"""{HDR} — MOHS SUITE
K. Halvorsen MD (surgeon + pathologist)

73F, bx-proven infiltrative BCC nasal dorsum (bx 10/01/25 here → infiltrative BCC). Area H → Mohs.
Pre-op lesion 0.9 × 0.7 cm ill-defined scar-like plaque.

Stage I → excised w/ 2 mm margin, divided into 6 blocks (large, ill-defined) → frozen, read by me:
  + infiltrative BCC blocks 2 & 5.
Stage II → 2 blocks at 1-3 o'clock & 7 o'clock → clear ✓.
Total: 2 stages / 8 blocks (6 + 2).

Defect 1.5 × 1.2 cm, mid dorsum, depth to nasalis, no cartilage exposure.
Repair: layered closure, 5-0 Monocryl deep + 6-0 nylon → length 1.8 cm (no flap needed; modest undermining).
Dressing. Post-op sheet ✓.
RTC 1 wk suture removal.
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose, 2 stages -> 17311 + 17312; stage 1 had 6 blocks -> 17315 x1 for the block beyond 5. "
                  "MOHS-7: layered repair nose 1.8 cm -> 12051.",
})

SCENARIOS.append({
    "id": "s82-mohs-sccis-hand-complex-repair",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs SCCis R dorsal hand, 1 stage 3 blocks; complex repair 2.4 cm with exposed tendon",
    "date": "2026-01-06",
    "patient": ("Castellano", "Frank", "1943-04-25", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 120,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right dorsal hand", "D04.61", "R dorsal hand", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="R dorsal hand",
          note="3 tissue blocks, frozen sections read by surgeon → clear after stage 1.", reasons=["c1"]),
        P("Complex repair", site="R dorsal hand",
          note="Defect 1.6 × 1.1 cm over 3rd MCP with paratenon of extensor tendon exposed; wound edges "
               "debrided, layered closure over tendon; final length 2.4 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Note",
    "note": f"""{HDR} — MOHS SUITE
K. Halvorsen MD

82M, SCCis R dorsal hand (bx 12/2025 → SCCis, recurrent after 2 rounds LN2/5-FU). Hand = area H.
Mohs: Stage 1 → 3 blocks → clear ✓ (1 stage total).
Defect 1.6 × 1.1 cm over 3rd MCP, thin skin → extensor tendon paratenon exposed.
Repair: complex — debridement of wound edges, layered closure protecting tendon, length 2.4 cm.
Anesthesia: 1% lido w/ epi, 5 mL. Hemostasis: bipolar. EBL < 5 mL.
No other tissue sent to outside path.
Splint ×5 d. Keflex ×5 d (thin skin, hand).
Post-op sheet ✓, elevate hand, no lifting > 5 lb x1 wk.
RTC 10-14 d.
""",
    "expected": E([L("17311"), L("13131")], dx={"17311": ["D04.61"]}),
    "coder_note": "MOHS-2: hand -> 17311, one stage, 3 blocks. REP-2/REP-3: complex repair (tendon exposure, edge "
                  "debridement) of the hand 2.4 cm -> 13131 (1.1-2.5 cm).",
})

SCENARIOS.append({
    "id": "s82-mohs-back-scc-precoded-head-code",
    "family": "mohs", "shape": "pre-coded",
    "description": "Pre-coded 17311 + 17312 for Mohs of 2.2 cm SCC on the back; trunk -> 17313 + 17314; repair 5.5 cm",
    "date": "2025-12-02",
    "patient": ("Mulroney", "Eileen", "1955-09-09", "female"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 140,
    "conditions": [
        C("c1", "Squamous cell carcinoma, mid back", "C44.529", "Mid back", reason=True),
    ],
    "procedures": [
        P("Mohs, first stage, head/neck/hands/feet/genitalia", cpt="17311", site="Mid back",
          note="Stage 1: 4 blocks → + at 6 o'clock.", reasons=["c1"]),
        P("Mohs, each additional stage, head/neck", cpt="17312", site="Mid back",
          note="Stage 2: 2 blocks → clear.", reasons=["c1"]),
        P("Intermediate repair trunk", cpt="12032", site="Mid back",
          note="Layered closure 5.5 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Operative Report",
    "note": f"""{HDR} — MOHS SUITE
K. Halvorsen MD (surgeon/pathologist)

70F, bx-proven invasive SCC mid back, moderately differentiated, clinical Ø 2.2 cm (≥2 cm trunk → AUC
appropriate). Not immunosuppressed.
Stage 1 → 4 blocks → + SCC 6 o'clock deep.
Stage 2 → 2 blocks → clear ✓.
Defect 3.0 × 2.4 cm. Layered closure (2-0/3-0 Vicryl deep, 4-0 nylon) → 5.5 cm.
No muscle/bone/nerve involvement — superficial to fascia throughout.
RTC 2 wk.
""",
    "expected": E([L("17313"), L("17314"), L("12032")], topics=["coding-correction"],
                  dx={"17313": ["C44.529"]}),
    "coder_note": "MOHS-2: trunk without muscle/bone/nerve involvement -> 17313 + 17314, not 17311/17312. Repair trunk "
                  "intermediate 5.5 cm -> 12032 as pre-coded.",
})

# ---------------------------------------------------------------------------------------------------------------
# Repair
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-rep-fall-forehead-nose-scalp-simple",
    "family": "repair", "shape": "free-text",
    "description": "Established pt fell at home: simple repairs forehead 2.1 + nasal bridge 1.0 (sum 3.1) and scalp 1.5 cm",
    "date": "2025-10-16",
    "patient": ("Haverford", "Josephine", "1951-11-19", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Laceration of forehead", "S01.81XA", "Forehead", reason=True),
        C("c2", "Laceration of nose", "S01.21XA", "Nasal bridge", reason=True),
        C("c3", "Laceration of scalp", "S01.01XA", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Simple repair of lacerations, face", site="Forehead; nasal bridge",
          note="Forehead 2.1 cm + nasal bridge 1.0 cm, superficial, single-layer 5-0/6-0 nylon. Irrigated.",
          reasons=["c1", "c2"]),
        P("Simple repair of laceration, scalp", site="Occipital scalp",
          note="1.5 cm, single layer, staples ×3.", reasons=["c3"]),
    ],
    "note_title": "Laceration Repair",
    "note": f"""{HDR}
C. Okonkwo MD — same-day add-on

74F (our pt for AK f/u) tripped on garden hose this AM → fell forward onto flagstone. No LOC, no neuro sx,
not on anticoag. PCP closed → called us. Tetanus ✓ (2022).

Wounds:
  • forehead → 2.1 cm linear lac, through dermis, clean edges
  • nasal bridge → 1.0 cm lac, superficial
  • occipital scalp → 1.5 cm lac (hit back of head on rebound)
No FB, no bone exposure, minimal contamination → irrigated NS 250 mL.

Repair (all simple, single layer):
  forehead 2.1 + nose 1.0 → 6-0 / 5-0 nylon interrupted (= 3.1 cm face)
  scalp 1.5 → staples ×3
Bacitracin. Wound care sheet.
A/P: lacs ×3 → simple repair ✓. Sutures out face 5 d, staples 7-10 d. ED precautions (head injury) reviewed.
""",
    "expected": E([L("12013"), L("12001")], dx={"12001": ["S01.01XA"]}),
    "coder_note": "REP-1/REP-2: simple repairs summed per site group: face 2.1 + 1.0 = 3.1 cm -> 12013; scalp 1.5 cm "
                  "-> 12001. No PTP edit between 12013 and 12001.",
})

SCENARIOS.append({
    "id": "s82-rep-precoded-complex-under-1cm-ala",
    "family": "repair", "shape": "pre-coded",
    "description": "Referred for repair after outside Mohs: 0.9 cm layered closure of alar rim pre-coded 13151 -> 12051",
    "date": "2025-11-06",
    "patient": ("Ingersoll", "Roy", "1947-05-02", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, left nasal ala", "C44.311", "L alar rim", reason=True),
    ],
    "procedures": [
        P("Repair complex, nose", cpt="13151", site="L alar rim",
          note="Post-Mohs defect, layered closure, 0.9 cm, involves alar rim free margin.", reasons=["c1"]),
    ],
    "note_title": "Repair Note",
    "note": f"""{HDR}
L. Marchetti MD

78M s/p Mohs this AM at Valley Mohs Center (Dr. Tran, BCC L nasal ala, cleared in 2 stages) → referred here
for closure (their reconstructive slot full). Path/Mohs billed by Dr. Tran.

Defect: 0.6 × 0.5 cm, L alar rim, involves free margin.
Repair: layered — 6-0 Monocryl deep ×2, 6-0 Prolene. Final length 0.9 cm. Alar rim contour preserved.
No flap/graft.
RTC 1 wk suture removal.
""",
    "expected": E([L("12051")], topics=["coding-correction"], dx={"12051": ["C44.311"]}),
    "coder_note": "REP-2 / code_families: a complex repair of 1.0 cm or less is coded as simple/intermediate; layered "
                  "closure of the nose 0.9 cm -> 12051.",
})

# ---------------------------------------------------------------------------------------------------------------
# Post-op
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-po-suture-removal-day9-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal day 9 after SCC excision (010 global); provider selected 99212 -> 99024",
    "date": "2025-10-02",
    "patient": ("Vandermeer", "Gladys", "1940-01-15", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", "R pretibial", reason=True),
    ],
    "prior": [
        PRIOR("2025-09-23", "11602", "Excision malignant lesion R shin 2.0 cm", "R pretibial",
              "SCC R shin excised, layered closure 4.2 cm."),
    ],
    "note_title": "Post-op Visit",
    "note": f"""{HDR}
J. Pike MD — post-op

85F s/p exc SCC R shin 9/23 (POD #9). Path ✓ clear margins (reviewed w/ pt).
Wound: well approximated, no erythema/drainage, mild edema → sutures out ✓, steri-strips.
No other concerns today. Pt asks about "spots on arms" → AKs ×2 R forearm noted last visit → defer to 3-mo
visit, not treated.
Leg elevation + light compression x1 more wk. No signs of infection -> no abx.
Reviewed path report w/ daughter too; no further tx needed at shin site.
RTC 3 mo FBSE.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5/conventions: routine post-op visit inside the 010 global of 11602 -> 99024, no billable E/M.",
})

SCENARIOS.append({
    "id": "s82-po-flap-global-new-contact-dermatitis",
    "family": "post-op", "shape": "note-only",
    "description": "Day 30 of 90-day flap global: unrelated allergic contact dermatitis hands with Rx -> 99213-24",
    "date": "2026-01-15",
    "patient": ("Sandoval", "Arturo", "1950-06-12", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to plants", "L23.7", "Bilateral hands/forearms", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-16", "14040", "Adjacent tissue transfer L cheek 8.2 sq cm", "L cheek",
              "Excision BCC L cheek with rotation flap."),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR}
A. Lindgren MD

75M, s/p excision BCC + rotation flap L cheek 12/16/25 (90-d global). Flap f/u already booked for 2/2026 —
pt has no concerns about the cheek; not the reason for today.

CC: itchy blistering rash both hands/forearms ×5 d after clearing brush/ivy in his yard.
Exam: linear vesicles + edematous plaques dorsal hands, volar forearms (streaks). No secondary infection.
Dx: allergic contact dermatitis (plant/urushiol pattern).
Plan:
  → clobetasol 0.05% oint bid ×14 d (Rx) — avoid face
  → cool compresses, oral antihistamine qhs prn
  → if spreads/face → call for prednisone taper
RTC prn; keep 2/2026 flap visit.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the flap during its 90-day global -> modifier 24. Prescription "
                  "drug management supports the provider-selected 99213.",
})

SCENARIOS.append({
    "id": "s82-po-new-shin-lesion-bx-in-excision-global",
    "family": "post-op", "shape": "pre-coded",
    "description": "Day 5 after benign excision of back: unrelated new shin lesion shave bx -> 11102-79",
    "date": "2026-02-24",
    "patient": ("Ellingsworth", "Carla", "1962-04-04", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Basal cell carcinoma, left lower leg", "C44.719", "L anterior shin", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-19", "11402", "Excision benign lesion back 1.6 cm", "R mid back",
              "Excision of inflamed EIC, simple closure."),
    ],
    "procedures": [
        P("Tangential biopsy, single lesion", cpt="11102", site="L anterior shin",
          note="0.5 cm pink pearly papule, shave bx.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, L shin, shave biopsy: basal cell carcinoma, superficial and nodular.",
         "site": "L anterior shin"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{HDR}
H. Voss MD

63F s/p cyst exc R mid back 2/19 (sutures in, wound check at suture removal next wk — not examined today,
no complaints).
Today for NEW concern: L ant shin pink shiny bump ×3 mo, bled after shaving legs.
Exam: 0.5 cm pearly papule w/ telangiectasia → r/o BCC.
→ shave bx, AlCl3, bandage. Consent ✓.
Not related to the back cyst (different site, different problem).
Meds: none. NKDA.
Plan: path → call; if BCC => ED&C vs exc.
Keep back sutures in; removal visit as scheduled.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["C44.719"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion, different site) inside the 010 global of 11402 -> 79.",
})

# ---------------------------------------------------------------------------------------------------------------
# E/M
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-em-medicare-screening-only-new-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare pt, screening-only FBSE, no history, no complaint, nothing found -> 99203-GY",
    "date": "2025-09-09",
    "patient": ("Whitcombe", "Dorothy", "1959-02-26", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient - Skin Cancer Screening",
    "note": f"""{HDR}
R. Santos MD — new pt

66F, new to practice. Here for "skin check" — her neighbor was dx'd w/ melanoma, she wanted a screening.
No skin complaints, no new/changing spots, no itching/bleeding lesions.
PMH: HTN. No personal h/o skin ca ✗. No FHx melanoma ✗. No tanning beds. No immunosuppression.

Exam: total body skin exam incl scalp, nails, soles, oral mucosa → skin WNL for age; no suspicious lesions;
nothing to bx or treat ✓.

A/P: skin cancer screening → normal exam. Counseled ABCDEs, SPF 30+, monthly self-checks.
RTC prn (no routine f/u needed).
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare screening-only full-skin exam, no history, no complaint, nothing found -> "
                  "statutorily excluded -> GY.",
})

SCENARIOS.append({
    "id": "s82-em-hx-melanoma-surveillance-medicare",
    "family": "em", "shape": "note-only",
    "description": "Established pt with h/o melanoma, surveillance FBSE, nothing found; Medicare -> 99213, no modifier",
    "date": "2025-12-11",
    "patient": ("Kettering", "Paul", "1957-08-18", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "em": "99213",
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", reason=True),
        C("c2", "Benign melanocytic nevi, trunk", "D22.5", "Trunk"),
    ],
    "note_title": "FBSE f/u",
    "note": f"""{HDR}
S. Weiss MD

68M h/o MM L upper back (0.6 mm, WLE 2019, SLNB ✗). Snowbird → his surveillance is done by his own derm
(Dr. Ames, Duluth); interim check here while wintering (also seen here once, 01/2024), records faxed back.
No new/changing lesions.
Exam: TBSE → WLE scar L upper back ✓ no pigment/nodule; LN (axillary/cervical) ✗ palpable.
~35 nevi trunk → all benign pattern on dermoscopy; photos compared to 2024 → stable ✓.
No AKs today. Nothing bx'd.
Dermoscopy photos uploaded to mole-mapping file.
A/P: h/o MM → NED. Continue q12 mo FBSE w/ Dr. Ames + monthly self-exam. SPF counseling.
Discussed signs to call for (new/changing/bleeding lesion, new lump in armpit/neck).
No f/u here planned; note sent to Dr. Ames.
""",
    "expected": E([L("99213")], dx={"99213": ["Z85.820"]}),
    "coder_note": "DX-5 / README: with a melanoma history the full-skin exam is a diagnostic visit; no GY. Interim "
                  "visit only (longitudinal care is with his own dermatologist), so no G2211.",
})

SCENARIOS.append({
    "id": "s82-em-new-pt-single-wart-decision-only",
    "family": "em", "shape": "free-text",
    "description": "New pt, single finger wart frozen; only work is the decision for cryo -> 99202 removed, 17110 only",
    "date": "2025-10-30",
    "patient": ("Nakashima", "Tyler", "1999-03-12", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 10,
    "em": "99202",
    "conditions": [
        C("c1", "Common wart, right index finger", "B07.8", "R index finger", reason=True),
    ],
    "procedures": [
        P("Cryotherapy wart", site="R index finger",
          note="LN2 ×1 wart, 2 FTC. Painful with typing, bleeds when picked.", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": f"""{HDR}
J. Pike MD — new pt

26M, wart R index finger ×6 mo, painful when typing/gripping, picks → bleeds. OTC freeze kit ×2 → no change.
No other skin concerns. No PMH. NKDA.
Exam: 5 mm verrucous papule R index finger lateral nail fold, tender. Rest of visible skin (hands/forearms) ✓.
Dx: verruca vulgaris, single.
Tx: LN2, 2 FTC. Consent ✓ (blister, pain, recurrence, nail dystrophy risk near fold).
Plan: repeat in 3-4 wk prn; duct tape between.
No other problems addressed.
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README: the only work beyond the procedure is the decision to freeze one wart; a new patient "
                  "does not by itself justify an E/M -> 99202 removed, 17110 only.",
})

SCENARIOS.append({
    "id": "s82-em-rosacea-rx-plus-five-aks",
    "family": "em", "shape": "pre-coded",
    "description": "Established: papulopustular rosacea flare with Rx management (99214) + LN2 to 5 AKs; 25 on E/M",
    "date": "2026-01-22",
    "patient": ("Brennan", "Maureen", "1955-10-10", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 35,
    "em": "99214",
    "conditions": [
        C("c1", "Papulopustular rosacea", "L71.8", "Central face", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp, ears", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", note="LN2.", reasons=["c2"]),
        P("Destruction premalignant lesions, each additional 2-14", cpt="17003", site="Scalp ×2, L helix ×2",
          note="LN2, 4 additional AKs.", reasons=["c2"]),
    ],
    "note_title": "Office Visit + Procedure",
    "note": f"""{HDR}
L. Marchetti MD

70F, est pt.
#1 Rosacea flare ×6 wk — papules/pustules cheeks/chin, burning, failed metronidazole gel. Eyes gritty
(mild ocular sx). → start doxycycline 40 mg MR qd + ivermectin 1% cream qhs (Rx ×2), discussed triggers,
ophtho if eye sx persist. Reviewed interactions w/ her meds (levothyroxine spacing ✓).
#2 AKs → scalp ×3, L helix ×2 = 5 → LN2, 2 FTC (separate from #1).
  prior LN2 sites R temple ✓ clear.

A/P: 1) rosacea, Rx mgmt as above, RTC 8 wk. 2) AKs ×5 → LN2 today.
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 4)], dx={"99214": ["L71.8"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: rosacea with prescription drug management is significant and separately identifiable from "
                  "the AK destruction -> 99214-25. DS-1: 5 AKs -> 17000 + 17003 x4. No G2211 with modifier 25.",
})

SCENARIOS.append({
    "id": "s82-em-medicaid-teen-atopic-dermatitis-html",
    "family": "em", "shape": "note-only",
    "description": "Established Medicaid teen, moderate-severe AD flare, dupilumab start; 99214 kept, no procedure",
    "date": "2025-11-20",
    "patient": ("Okoro", "Jada", "2010-12-05", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "em": "99214",
    "html": True,
    "conditions": [
        C("c1", "Atopic dermatitis", "L20.89", "Flexures, neck, hands", reason=True),
    ],
    "note_title": "Follow-up Visit",
    "note": f"""<html><body>
<h3>{HDR}</h3>
<p><b>R. Santos MD</b> &mdash; est pt f/u</p>
<p>14F w/ AD since infancy. Flare &times;3 wk &rarr; antecubital/popliteal fossae, neck, dorsal hands.
Sleep &darr; (itch 8/10). Failed: TCS (triamcinolone 0.1%) &plusmn; tacrolimus 0.1% &times; 6 mo, bleach baths.</p>
<ul>
<li>Exam: lichenified plaques flexures, excoriations neck, fissures dorsal hands; BSA ~18%; EASI 24. No
impetiginization &#10007;.</li>
<li>&#10003; Discussed systemic options &rarr; dupilumab 600 mg load then 300 mg q2wk (Rx + PA started).
Conjunctivitis risk counseled.</li>
<li>Continue TCS bridge, emollients bid.</li>
</ul>
<p>RTC 8&ndash;12 wk. No procedures today.</p>
</body></html>
""",
    "expected": E([L("99214")], dx={"99214": ["L20.89"]}),
    "coder_note": "E/M only, provider-selected level kept; prescription drug management supports moderate MDM.",
})

# ---------------------------------------------------------------------------------------------------------------
# Incision and drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-id-simple-abscess-right-thigh",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D single 2.5 cm fluctuant abscess R lateral thigh; Medicaid MCO",
    "date": "2025-09-18",
    "patient": ("Batiste", "Marcus", "1988-07-14", "male"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of right lower limb", "L02.415", "R lateral thigh", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="R lateral thigh",
          note="Single 2.5 cm fluctuant abscess. #11 blade stab incision, ~4 mL pus expressed, culture sent. "
               "No loculations, no packing.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - I&D",
    "note": f"""{HDR}
C. Okonkwo MD — same-day

37M, painful bump R outer thigh ×4 d → ↑ size, throbbing. Afebrile (T 98.9°F). No DM. No h/o MRSA.
Exam: 2.5 cm fluctuant, tender abscess w/ 4 cm surrounding erythema; single lesion, no other boils.
I&D: lido 1% w/ epi, #11 blade → ~4 mL purulent material; probed — no loculations; irrigated; NO packing
needed. Cx → lab. Dressing.
Tol ✓. EBL minimal.
Plan: warm compresses tid, doxycycline 100 mg bid ×7 d pending cx, RTC 48-72 h prn / if worse.
Return precautions -> fever, red streaking, ↑ pain.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.415"]}),
    "coder_note": "Single, uncomplicated abscess drained without packing or loculation break-up -> 10060.",
})

SCENARIOS.append({
    "id": "s82-id-precoded-loculated-axillary-abscess",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Pre-coded 10060 for loculated R axillary abscess with loculation break-up and packing -> 10061",
    "date": "2025-12-23",
    "patient": ("Lindqvist-Hale", "Tamsin", "1991-01-30", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "R axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage abscess, simple or single", cpt="10060", site="R axilla",
          note="4 cm multiloculated abscess; hemostat used to break up loculations, irrigated, iodoform packing "
               "placed.", reasons=["c1"]),
    ],
    "note_title": "I&D Note",
    "note": f"""{HDR}
A. Lindgren MD

34F, R axillary abscess ×1 wk, worsening despite cephalexin ×4 d. T 100.2°F. No prior HS dx.
Exam: 4 × 3 cm fluctuant indurated abscess R axilla, erythema ~6 cm.
I&D (complicated): local + field block → 1.5 cm incision → ~10 mL pus; multiple loculations → broken up
w/ curved hemostat; extensive irrigation; packed w/ ¼" iodoform (~15 cm). Cx sent.
Tol ✓, pain controlled w/ ibuprofen.
Plan: switch to TMP-SMX DS bid ×10 d, packing change/removal 48 h here. ± HS w/u if recurs.
Work note ×3 d. Return => fever > 101°F, spreading redness.
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L02.411"]}),
    "coder_note": "Complicated I&D (multiple loculations broken up, packing) -> 10061, not the pre-coded 10060.",
})

# ---------------------------------------------------------------------------------------------------------------
# Intralesional
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-il-three-chest-keloids-tac40",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to 3 itchy chest keloids, triamcinolone 40 mg/mL x 1.0 mL (40 mg) -> 11900 + J3301 x4",
    "date": "2025-10-09",
    "patient": ("Adebayo", "Kunle", "1990-09-03", "male"),
    "provider": "marchetti", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Keloids, anterior chest", "L91.0", "Presternal chest", reason=True),
    ],
    "procedures": [
        P("Intralesional corticosteroid injection", site="Presternal chest ×3 keloids",
          note="Kenalog-40 (triamcinolone acetonide 40 mg/mL): 0.4 + 0.3 + 0.3 mL = 1.0 mL total = 40 mg into "
               "3 keloids, 30 g needle.", reasons=["c1"]),
    ],
    "note_title": "ILK Visit",
    "note": f"""{HDR}
L. Marchetti MD

35M, keloids presternal chest (post-acne) ×3, itchy 7/10 + tender w/ seatbelt. ILK #3 (last 6 wk ago) →
~30% flatter ✓.
Today: ILK — triamcinolone acetonide 40 mg/mL:
   keloid A (2.5 cm) 0.4 mL | B (1.8 cm) 0.3 mL | C (1.5 cm) 0.3 mL → total 1.0 mL = 40 mg
No atrophy/hypopigment yet. Silicone gel sheets nightly.
Also: mild acne back -> OTC BPO wash, no Rx today.
Consent ✓ (atrophy, hypopigmentation, telangiectasia).
RTC 6 wk for #4.
""",
    "expected": E([L("11900"), L("J3301", 4)], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 = up to 7 lesions (3 here); J3301 per 10 mg: 40 mg -> 4 units.",
})

SCENARIOS.append({
    "id": "s82-il-alopecia-areata-ten-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Pre-coded 11900 for ILK into 10 alopecia areata patches (26 mg TAC) -> 11901 + J3301 x3",
    "date": "2026-02-05",
    "patient": ("Ferreira", "Luana", "1996-04-18", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Scalp",
          note="TAC 10 mg/mL into 10 separate AA patches; total 2.6 mL.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{HDR}
H. Voss MD

29F, patchy AA scalp ×5 mo, ↑ patches (6 → 10) since last visit. No brows/lashes. Thyroid labs ✓ nl.
Patches: vertex ×3, occiput ×3, R parietal ×2, L parietal ×2 = 10 (Ø 1-3 cm each).
ILK: triamcinolone acetonide 10 mg/mL, 0.1 mL aliquots ~1 cm apart, 30 g → total 2.6 mL (= 26 mg) across the
10 patches.
Continue clobetasol solution qhs. Discussed JAK inhibitor if > 50% → not now.
Consent ✓ (atrophy/dimpling, headache). Tol ✓.
Photos taken for comparison.
RTC 4-6 wk.
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "10 lesions (>7) -> 11901, not 11900. J3301: 26 mg -> ceil(2.6) = 3 units.",
})

# ---------------------------------------------------------------------------------------------------------------
# Nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-nail-partial-avulsion-right-hallux",
    "family": "nails", "shape": "free-text",
    "description": "Partial nail avulsion lateral border R great toe for ingrown nail, no matrixectomy -> 11730-T5",
    "date": "2025-11-13",
    "patient": ("Gutierrez", "Ana", "2004-06-21", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe", "L60.0", "R hallux lateral border", reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion", site="R great toe, lateral border",
          note="Digital block 2% plain lido. Lateral 3 mm of nail plate freed and avulsed. Matrix NOT treated "
               "(first episode). Granulation tissue left alone.", reasons=["c1"]),
    ],
    "note_title": "Nail Procedure",
    "note": f"""{HDR}
R. Santos MD

21F, R great toe lateral nail border ingrown ×3 wk, painful, mild erythema, no pus. 1st episode.
L great toe ✓ normal.
Procedure: digital block → lateral 3 mm nail plate avulsed (partial). No phenol/matrixectomy (1st episode —
will do if recurs). Vaseline + dressing.
Tol ✓, cap refill < 2 s after block.
Plan: soaks bid, proper trimming (straight across), roomy shoes. RTC prn / 2 wk.
Call if pus, red streaks, fever.
""",
    "expected": E([L("11730", 1, "T5")], dx={"11730": ["L60.0"]}),
    "coder_note": "Nail avulsion (partial counts) of one nail -> 11730; digit modifier T5 for the right great toe.",
})

SCENARIOS.append({
    "id": "s82-nail-phenol-matrixectomy-left-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Recurrent ingrown L great toenail: partial avulsion + phenol matrixectomy -> 11750-TA only",
    "date": "2026-01-29",
    "patient": ("Pruitt", "Dale", "1958-12-30", "male"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe", "L60.0", "L hallux medial border", reason=True),
    ],
    "note_title": "Nail Surgery",
    "note": f"""{HDR}
R. Santos MD

67M, L great toe medial border ingrown → 3rd recurrence in 1 yr (partial avulsions ×2 elsewhere). Painful,
paronychia resolved after abx last wk. No PAD (DP/PT pulses 2+), not diabetic.

Procedure (L hallux, medial border):
  digital block (2% plain lido 4 mL) → tourniquet → medial 4 mm nail plate avulsed → phenol 88% ×3 × 30 s to
  the medial horn/matrix → alcohol flush → permanent removal of that border ✓.
  tourniquet off, cap refill < 2 s.
R foot ✗ not treated.
Plan: soaks, bacitracin, RTC 2 wk.
""",
    "expected": E([L("11750", 1, "TA")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent removal (partial nail with chemical matrixectomy) -> 11750; the avulsion of the same "
                  "nail is included (11750/11730 same nail). TA = left great toe.",
})

# ---------------------------------------------------------------------------------------------------------------
# Paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-par-three-plantar-calluses",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 3 painful plantar calluses -> 11056; commercial",
    "date": "2025-10-23",
    "patient": ("Moravec", "Irene", "1964-02-08", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Bilateral plantar forefeet", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="R sub-2nd MTH, R sub-5th MTH, L sub-1st MTH",
          note="#15 blade paring of 3 calluses, no bleeding.", reasons=["c1"]),
    ],
    "note_title": "Callus Visit",
    "note": f"""{HDR}
J. Pike MD

61F, painful calluses both feet (works standing, retail). No DM, no PAD.
Exam: hyperkeratotic plaques R sub-2nd MTH, R sub-5th MTH, L sub-1st MTH (×3). No central core / no
pinpoint bleeding → calluses (not warts).
Tx: paring ×3 w/ #15 blade → pain ↓ immediately.
Sensation intact (monofilament ✓), DP pulses 2+ bilat.
Plan: urea 40% cream, metatarsal pads, shoe fitting. RTC 8-10 wk.
No other concerns today.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 2-4 lesions -> 11056.",
})

SCENARIOS.append({
    "id": "s82-par-precoded-11055-two-corns",
    "family": "paring", "shape": "pre-coded",
    "description": "Pre-coded 11055 but two corns pared (R 5th toe + L 4th interspace) -> 11056; Medicaid",
    "date": "2026-02-12",
    "patient": ("Jimenez", "Rogelio", "1970-08-25", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 10,
    "conditions": [
        C("c1", "Corns", "L84", "R 5th toe; L 4th web space", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion; single lesion", cpt="11055",
          site="R 5th toe dorsolateral; L 4th web space",
          note="Hard corn R 5th toe + soft corn L 4th interspace, both pared.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{HDR}
C. Okonkwo MD

55M, painful corns ×2:
  • R 5th toe dorsolateral → heloma durum
  • L 4th interdigital space → heloma molle (macerated)
Both pared w/ #15 blade (2 lesions) → relief ✓.
No DM, no PAD; pulses 2+, sensation intact.
No warts (skin lines preserved, no pinpoint bleeding).
Toe spacer L 4th web, wider toe box. RTC prn.
""",
    "expected": E([L("11056")], topics=["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "Two lesions pared -> 11056 (2-4), not 11055 (single).",
})

# ---------------------------------------------------------------------------------------------------------------
# Patch test
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-patch-precoded-80-allergens",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch test placement, 80 allergens (70 baseline + 10 hairdresser series) -> 95044 x80",
    "date": "2025-11-03",
    "patient": ("Delgado", "Vanessa", "1987-05-11", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Hands, face", reason=True),
    ],
    "procedures": [
        P("Patch or application test(s)", cpt="95044", site="Upper back",
          note="Expanded baseline series 70 allergens + hairdresser series 10 allergens = 80 patches applied "
               "(units 80). Read 48 h / 96 h.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Placement",
    "note": f"""{HDR}
L. Marchetti MD — patch test day 0

38F hairdresser, hand + eyelid dermatitis ×8 mo, worse at work. (Consult/E&M done 10/2025.)
Placed today on upper back:
   expanded baseline series ×70
   hairdresser series ×10
   ───────────────
   80 allergens total ✓ (mapped, photos)
Instructions: keep dry, no showers over back, no sun. Off prednisone ✓ >2 wk; no topical steroids to back.
Reading #1 48 h (Wed), #2 96 h (Fri).
""",
    "expected": E([L("95044", 80)], dx={"95044": ["L23.9"]}),
    "coder_note": "95044 units = number of allergens applied (80, under the MUE of 90).",
})

SCENARIOS.append({
    "id": "s82-patch-new-pt-hand-eczema-em25",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt hand dermatitis: full eval + Rx (99204) and 35-allergen patch test placed same day",
    "date": "2025-12-08",
    "patient": ("Hargreaves", "Tobias", "1979-10-27", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 50,
    "em": "99204",
    "conditions": [
        C("c1", "Dermatitis of hands, suspected allergic contact", "L30.9", "Bilateral hands", reason=True),
    ],
    "note_title": "New Patient Consultation + Patch Test",
    "note": f"""{HDR}
L. Marchetti MD — new pt

46M machinist, hand dermatitis ×1 yr → fissuring, vesicles palms/fingers, worse on workdays (cutting fluids,
nitrile gloves). Tried OTC HC only. Atopy ✗. Also nail pitting? → ✗ no psoriasis signs on exam.

Exam: bilateral palmar/digital eczematous plaques w/ fissures, vesicles on sides of fingers; dorsal hands
mild. Feet ✗, nails ✓ normal, no KOH-suggestive scale (KOH in office → neg).
DDx: ACD (metalworking fluid/rubber accelerators) vs ICD vs dyshidrotic eczema.

Plan:
  → clobetasol 0.05% oint bid ×2 wk then wknds (Rx) + cotton-under-nitrile gloves, barrier cream
  → patch testing today: standard series 35 allergens applied to upper back (35 patches) → read 48/96 h
  → work note for glove change
RTC 48 h (read #1).
""",
    "expected": E([L("99204", 1, "25"), L("95044", 35)], dx={"95044": ["L30.9"]}),
    "coder_note": "Separate new-patient evaluation with prescription management plus patch testing; PTP 95044/99204 "
                  "indicator 1 -> 25 on the E/M. 95044 x35 (allergens).",
})

# ---------------------------------------------------------------------------------------------------------------
# Phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-photo-excimer-elbows-knees-330",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer to elbow/knee psoriasis plaques, total 330 sq cm -> 96921; commercial",
    "date": "2025-10-01",
    "patient": ("Thorsby", "Grant", "1975-03-16", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized", "L40.0", "Elbows, knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment (308 nm)", site="R elbow, L elbow, R knee, L knee",
          note="Treated areas: R elbow 80 cm², L elbow 75 cm², R knee 90 cm², L knee 85 cm². 2× MED dosing.",
          reasons=["c1"]),
    ],
    "note_title": "Excimer Session",
    "note": f"""{HDR}
S. Weiss MD — excimer tx #6

50M, localized plaque psoriasis elbows/knees (BSA ~3%), failed clobetasol + calcipotriene ×4 mo.
Session #6 of planned 10-12, 2×/wk. Plaques ↓ thickness ~40% ✓, mild erythema from last tx, no blisters.
Areas today (measured w/ grid):
   R elbow 80 cm² | L elbow 75 cm² | R knee 90 cm² | L knee 85 cm²
   total = 330 cm²
Dose: 2 MED (plaque-specific), ↑10% vs #5.
RTC 3-4 d for #7.
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer coded by total area treated in the session: 330 sq cm (250-500) -> 96921 x1.",
})

SCENARIOS.append({
    "id": "s82-photo-puva-no-prior-tx-medicare-abn",
    "family": "phototherapy", "shape": "note-only",
    "description": "Medicare FFS PUVA for psoriasis without failed conventional therapy; ABN signed -> 96912-GA",
    "date": "2025-11-24",
    "patient": ("Ambrose", "Wendell", "1952-07-02", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True),
    ],
    "note_title": "Phototherapy Note",
    "note": f"""{HDR}
S. Weiss MD — PUVA start

73M, plaque psoriasis trunk/extremities, BSA ~12%. Dx 3 mo ago. Has NOT tried topicals or NB-UVB (refuses
creams, "too messy"; NB-UVB schedule 3×/wk won't work w/ his drive). Requests PUVA (brother had it).
Discussed: Medicare covers PUVA only for disabling psoriasis after failure of conventional tx → likely
denied. ABN (CMS-R-131) reviewed & signed today, Option 1 ✓ → pt accepts financial responsibility.

Tx #1: 8-MOP 0.4 mg/kg (40 mg) PO → 2 h → UVA 1.5 J/cm², whole body, goggles/genital shielding ✓.
Eye exam baseline ✓ (ophtho 10/2025).
Plan: 2×/wk, ↑ 0.5 J/cm² per tx as tolerated. UV-blocking glasses ×24 h post-dose.
RTC Thu.
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/COS-4: PUVA without failed conventional therapy does not meet NCD 250.1 -> expected denial "
                  "as not reasonable and necessary; ABN on file, Medicare FFS -> GA.",
})

# ---------------------------------------------------------------------------------------------------------------
# Cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-cos-precoded-sks-face-voluntary-abn",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicare FFS: LN2 to 6 asymptomatic SKs face/neck for appearance; voluntary ABN -> 17110 GX GY",
    "date": "2025-12-04",
    "patient": ("Carrington", "Beatrice", "1949-09-14", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses", "L82.1", "Face, neck", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", cpt="17110", site="Face ×4, neck ×2",
          note="LN2 to 6 SKs, cosmetic request.", reasons=["c1"]),
    ],
    "note_title": "Cosmetic Procedure",
    "note": f"""{HDR}
H. Voss MD

76F wants "brown spots" off face/neck before daughter's wedding. Asymptomatic: no itch, no bleeding, no
irritation, no change ✗. Dermoscopy → classic SKs (milia-like cysts, comedo-like openings) ×6.
Discussed: cosmetic → not a Medicare benefit; pt signed voluntary ABN / self-pay notice ✓.
Tx: LN2 → 6 SKs (face ×4, neck ×2), light freeze.
Counseled: hypopigmentation risk, may need 2nd session; new SKs will keep appearing.
No AKs today. No suspicious lesions on face/neck.
RTC prn.
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK removal for appearance is statutorily excluded; Medicare FFS -> GY, "
                  "plus GX for the voluntary ABN.",
})

SCENARIOS.append({
    "id": "s82-cos-commercial-neck-tags-plus-covered-ak",
    "family": "cosmetic", "shape": "free-text",
    "description": "Commercial: 12 asymptomatic neck tags snipped at pt request (self-pay, off claim) + 1 AK LN2 -> 17000",
    "date": "2026-01-08",
    "patient": ("Whitlock", "Sharon", "1961-11-23", "female"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Skin tags, neck", "L91.8", "Neck"),
        C("c2", "Actinic keratosis, left temple", "L57.0", "L temple", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck", note="12 acrochordons snip-excised, cosmetic, pt self-pay.",
          reasons=["c1"]),
        P("Cryotherapy actinic keratosis", site="L temple", note="LN2 ×1 AK, 2 FTC.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{HDR}
J. Pike MD

64F. (1) Wants neck skin tags off "they look bad in photos." Not irritated, no bleeding, don't catch on
jewelry ✗ → cosmetic. Self-pay price quoted & accepted ($) ✓. 12 tags snipped w/ iris scissors, AlCl3.
(2) Rough spot L temple → AK ×1 → LN2, 2 FTC.
    prior L temple AK (2024) was a different spot, ✓ resolved.
Consent ✓ both. Tol ✓.
Skin tag fee collected at checkout (not insurance).
RTC 1 yr FBSE.
""",
    "expected": E([L("17000")], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "Conventions: cosmetic service for a commercial payer is not put on the claim (patient billed "
                  "directly); the AK destruction stays. 11200 is off the claim, so no PTP modifier on 17000.",
})

# ---------------------------------------------------------------------------------------------------------------
# Skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-tags-22-irritated-medicare",
    "family": "skin-tags", "shape": "free-text",
    "description": "Medicare FFS: 22 irritated/bleeding tags axillae + neck -> 11200 + 11201 x1",
    "date": "2025-09-25",
    "patient": ("Pickering", "Earl", "1950-02-11", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Axillae, neck", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="R axilla ×8, L axilla ×7, neck ×7",
          note="22 tags removed by snip + hyfrecation; several twisted/inflamed, bleeding from friction.",
          reasons=["c1"]),
    ],
    "note_title": "Skin Tag Removal",
    "note": f"""{HDR}
C. Okonkwo MD

75M, tags axillae/neck rub → bleed on shirts, several red/swollen/twisted; shaving neck nicks them (bled
×3 this mo). Photos of blood-stained collar in chart.
Count: R axilla 8 + L axilla 7 + neck 7 = 22 tags → all symptomatic (inflamed, bleeding, trauma).
Removal: snip excision + hyfrecation base, AlCl3. Tol ✓.
Consent ✓. No path sent (all clinically typical acrochordons).
Wound care: vaseline bid ×5 d.
RTC prn.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 = first 15 tags; 7 more -> 11201 x ceil(7/10) = 1. Bleeding/inflammation/trauma documented "
                  "(BSL-3), so covered.",
})

SCENARIOS.append({
    "id": "s82-tags-forty-chafing-mue",
    "family": "skin-tags", "shape": "note-only",
    "description": "Commercial: 40 symptomatic tags neck/axillae/inframammary; 11201 x3 capped at MUE 1",
    "date": "2026-02-19",
    "patient": ("Benavides", "Gloria", "1968-06-06", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Neck, axillae, inframammary", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": f"""{HDR}
A. Lindgren MD

57F, BMI 38, many skin tags → chafe/bleed w/ bra + purse strap, inflamed inframammary ones (macerated,
red) ×2 mo. Wants them off for comfort — symptomatic (itch, bleeding, inflammation).
Count: neck ×14, axillae ×18 (R 10 / L 8), inframammary ×8 → 40 total.
All 40 removed: snip + light hyfrecation. AlCl3.
Consent ✓ (discussed insurance may not pay all units). No path.
Plan: keep dry; zinc oxide inframammary. RTC prn.
A1c last mo 5.6 (PCP) -> ok.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "40 tags -> 11200 + 11201 x ceil(25/10) = 3, capped at the 11201 MUE of 1 (README MUE rule).",
})

# ---------------------------------------------------------------------------------------------------------------
# Mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s82-mix-sebderm-em-twelve-aks-back-bx",
    "family": "mixed", "shape": "note-only",
    "description": "Established: seb derm Rx (99213-25) + LN2 12 AKs + shave bx R upper back (SCCis); XS on 17000",
    "date": "2025-10-15",
    "patient": ("Rosenthal", "Irving", "1945-04-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 35,
    "em": "99213",
    "conditions": [
        C("c1", "Seborrheic dermatitis", "L21.9", "Scalp, nasolabial folds, brows", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Face, scalp", reason=True),
        C("c3", "Squamous cell carcinoma in situ, trunk", "D04.5", "R upper back", reason=True),
    ],
    "path": [
        {"text": "Skin, R upper back, shave biopsy: squamous cell carcinoma in situ, extends to base.",
         "site": "R upper back"},
    ],
    "note_title": "Office Visit / Procedures",
    "note": f"""{HDR}
S. Weiss MD — est pt

80M.
#1 flaking/itch scalp, brows, nasolabial folds ×3 mo → seb derm. Tried OTC dandruff shampoo ✗.
   → ketoconazole 2% shampoo 2×/wk + ketoconazole 2% cream bid to face (Rx), HC 2.5% prn flares.
#2 AKs: forehead ×3, scalp ×5, R cheek ×2, L ear ×2 = 12 → LN2 2 FTC ✓
   prior LN2 sites (scalp 5/2025) ✓ mostly clear
#3 R upper back 1.0 cm scaly pink plaque (not an AK clinically, r/o SCCis vs BCC) → shave bx → path.
   separate lesion from #2.

A/P: see above. RTC 3 wk path review / 3 mo seb derm.
""",
    "expected": E([L("99213", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 11)],
                  dx={"99213": ["L21.9"], "11102": ["D04.5"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: seb derm with Rx management is separate -> 99213-25. DS-1: 12 AKs -> 17000 + 17003 x11. PTP "
                  "11102/17000 indicator 1, different lesions -> XS on 17000.",
})

SCENARIOS.append({
    "id": "s82-mix-precoded-bx-then-shave-same-lesion",
    "family": "mixed", "shape": "pre-coded",
    "description": "Pre-coded 11102 + 11301 for the same R forearm lesion (bx then shaved off) + 17000/17003 for 2 AKs",
    "date": "2025-11-19",
    "patient": ("Galloway", "Norma", "1944-01-09", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, right forearm", "L82.0", "R dorsal forearm", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "L dorsal hand", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy, single lesion", cpt="11102", site="R dorsal forearm",
          note="Tangential sample of 0.8 cm bleeding keratotic papule.", reasons=["c1"]),
        P("Shave removal, trunk/arms/legs 0.6-1.0 cm", cpt="11301", site="R dorsal forearm",
          note="Same lesion — remainder shaved flush to remove in full.", reasons=["c1"]),
        P("Destruction premalignant lesion, first", cpt="17000", site="L dorsal hand", note="LN2.",
          reasons=["c2"]),
        P("Destruction premalignant lesion, each additional", cpt="17003", site="L dorsal hand",
          note="LN2, 1 additional.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, R forearm, shave: irritated seborrheic keratosis; no dysplasia.", "site": "R forearm"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{HDR}
C. Okonkwo MD

81F.
① R dorsal forearm 0.8 cm keratotic papule, bleeds w/ bumping ×1 mo, r/o SCC/KA → tangential sample taken,
   then (same lesion) remainder shaved flush → lesion removed in full → 1 specimen to path.
② L dorsal hand AKs ×2 → LN2 2 FTC. (different site from ①)
Hemostasis AlCl3. RTC 6 mo / path call.
Prior LN2 sites R hand ✓ clear.
Consent ✓. Tol ✓.
""",
    "expected": E([L("11301"), L("17000", 1, "XS"), L("17003")], topics=["ncci"],
                  dx={"11301": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "BX-4/conventions: biopsy of a lesion removed the same day is not billed -> 11102 removed (PTP "
                  "11301/11102 same lesion). 0.8 cm TAL shave -> 11301. PTP 11301/17000 indicator 1, different site -> "
                  "XS on 17000; 2 AKs -> 17000 + 17003 x1.",
})

SCENARIOS.append({
    "id": "s82-mix-edc-sccis-cheek-plus-three-aks",
    "family": "mixed", "shape": "free-text",
    "description": "ED&C of bx-proven SCCis L cheek (defect 1.2 cm) -> 17282 + LN2 3 AKs with XS on 17000; MA plan",
    "date": "2026-02-26",
    "patient": ("Lockhart", "Vernon", "1939-10-17", "male"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left cheek", "D04.39", "L cheek", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Forehead, nasal dorsum", reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage", site="L cheek",
          note="Bx-proven SCCis (1/2026). 3 cycles curettage + ED. Final defect 1.2 cm.", reasons=["c1"]),
        P("Cryotherapy AKs", site="Forehead ×2, nasal dorsum ×1",
          note="LN2 ×3 AKs, 2 FTC, separate from the cheek site.", reasons=["c2"]),
    ],
    "note_title": "Procedure Visit",
    "note": f"""{HDR}
J. Pike MD

86M, SCCis L cheek bx-proven 1/14/26 (shave bx → SCCis, margins +). Pt declines Mohs/exc → ED&C.
  prior ED&C R cheek SCCis 2024 → ✓ scar only, NED
ED&C L cheek: lido w/ epi; curette ×3 + ED ×3 → final defect Ø 1.2 cm. Vaseline/bandage.
AKs: forehead ×2 + nasal dorsum ×1 = 3 → LN2 2 FTC.
Plan: wound care; RTC 3 mo skin check.
Consent ✓, time-out ✓. On clopidogrel -> pressure x10 min, hemostasis ✓.
Discussed 5-FU field tx for forehead later (+/- PDT).
""",
    "expected": E([L("17282"), L("17000", 1, "XS"), L("17003", 2)], dx={"17282": ["D04.39"], "17000": ["L57.0"]}),
    "coder_note": "DS-4: malignant destruction (SCCis) face, final defect 1.2 cm -> 17282. DS-1: 3 AKs -> 17000 + "
                  "17003 x2; PTP 17282/17000 indicator 1, different lesions -> XS on 17000.",
})
