"""Sealed set 21 (s21-): clearinghouse acceptance set for claims produced by a dermatology coding engine.

Adversarial but realistic charts exported from several EHR templates: copy-forward history, checkbox templates
with unchecked "[ ]" options next to checked "[x]" ones, plan options that were or were not carried out, multiple
lesions with different techniques, counts split across sentences, mixed mm/cm sizes, margins stated once for
several lesions, provider-selected E/M levels that are and are not separately supported, and pre-coded lines with
wrong codes or units. Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the
tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# BIOPSY
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-bx-punch-plus-two-tangential-checkbox",
    "family": "biopsy", "shape": "note-only",
    "description": "Three biopsies from a checkbox template: punch thigh, tangential x2 back (third 'same as #2'); cryo offered and declined",
    "date": "2025-11-04",
    "patient": ("Varga", "Tamsin", "1983-02-17", "female"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Papule of left anterior thigh", "L98.8", "Left anterior thigh", reason=True),
        C("c2", "Irritated papule of right upper back", "L98.8", "Right upper back", reason=True),
        C("c3", "Pigmented macule of left upper back", "L98.8", "Left upper back", reason=True),
    ],
    "note_title": "Procedure Note - Multi-lesion Biopsy",
    "note": """RIVERSIDE DERMATOLOGY - PROCEDURE VISIT   [template: Multi-lesion Bx v3]
Pt: Tamsin Varga   DOB 02/17/1983   DOS 11/04/2025
Provider: Wei Chen, MD

CC: "three spots to check" - L thigh bump, two on the back.
Hx (carried forward from 06/2024 visit): punch bx L calf 2022 -> dermatofibroma. No personal hx skin cancer.
Meds: OCP. NKDA.

Consent signed for biopsy x 3. Time-out performed.

LESION #1 - L anterior thigh, 6 mm firm brown papule, new over 4 months
   Technique: [ ] tangential (shave)   [x] punch 4 mm   [ ] incisional
   Closure:   [x] simple, one 4-0 nylon   [ ] layered
LESION #2 - R upper back, 5 mm pink-tan papule, irritated, itches
   Technique: [x] tangential (shave)   [ ] punch   [ ] incisional
   Closure:   [x] none - AlCl hemostasis
LESION #3 - L upper back, 4 mm brown macule, darker than the others per pt
   Technique: same as #2 (tangential), AlCl hemostasis.

Specimens: 3 jars (A, B, C) to Riverside Dermpath.

PLAN
 [ ] Cryotherapy to scattered SKs on the trunk - offered, pt declined today
 [x] Results via portal 7-10 days
 [x] Wound care handout given
RTC 1 yr for FBSE, sooner prn.

Wei Chen, MD (e-signed)
""",
    "path": [
        {"text": "A. Skin, left anterior thigh, punch: dermatofibroma.", "site": "Left anterior thigh"},
        {"text": "B. Skin, right upper back, shave: irritated seborrheic keratosis.", "site": "Right upper back"},
        {"text": "C. Skin, left upper back, shave: junctional melanocytic nevus, no atypia.", "site": "Left upper back"},
    ],
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D23.72"]}),
    "coder_note": "BX-2: punch is the highest-ranked technique -> 11104 primary; two tangential biopsies -> 11103 x2 "
                  "(lesion #3 is tangential by reference to #2). Declined cryotherapy not coded.",
})

SCENARIOS.append({
    "id": "s21-bx-precoded-11102x3-g2211-with-25",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded 11102 three times plus G2211 on a 99214-25 day (Medicare FFS); rosacea/seb derm managed separately",
    "date": "2025-12-09",
    "patient": ("Pruitt", "Odell", "1948-07-30", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Rosacea, flaring", "L71.9", "Face", reason=True),
        C("c2", "Seborrheic dermatitis", "L21.9", "Scalp and nasolabial folds", reason=True),
        C("c3", "Lesion of right forearm", "L98.8", "Right dorsal forearm", reason=True),
        C("c4", "Lesion of left shin", "L98.8", "Left shin", reason=True),
        C("c5", "Lesion of mid back", "L98.8", "Mid back", reason=True),
    ],
    "procedures": [
        P("Biopsy, tangential", "11102", "Right dorsal forearm", reasons=["c3"]),
        P("Biopsy, tangential", "11102", "Left shin", reasons=["c4"]),
        P("Biopsy, tangential", "11102", "Mid back", reasons=["c5"]),
        P("Visit complexity add-on", "G2211", None, reasons=["c1"]),
    ],
    "note": """Established patient visit - Adaeze Okafor, MD
Odell Pruitt, 77M. Medicare.

S: Rosacea worse x 6 wk - burning, papules on cheeks, flushing with coffee. Metronidazole gel no longer helping.
Scalp flaking and itch along the nasolabial folds, worse this winter. Also wants 3 "rough spots" checked.
O: Centrofacial erythema with scattered inflammatory papules; greasy scale scalp and NL folds.
 - R dorsal forearm 7 mm scaly pink papule
 - L shin 6 mm crusted papule
 - mid back 5 mm irregular tan-pink papule
A/P:
1. Rosacea, papulopustular flare - stop metronidazole; start ivermectin 1% cream qHS; trigger review.
2. Seborrheic dermatitis - ketoconazole 2% shampoo 3x/wk, ketoconazole cream to NL folds BID x 2 wk.
3. Three lesions, uncertain dx - shave (tangential) biopsies x3 after verbal/written consent, AlCl hemostasis,
   Vaseline + bandage. R forearm (A), L shin (B), mid back (C).
F/u 6 wk rosacea/SD; path by phone.

Charge capture: 99214-25, G2211, 11102, 11102, 11102
""",
    "path": [
        {"text": "A. Right forearm, shave: hypertrophic actinic keratosis.", "site": "Right dorsal forearm"},
        {"text": "B. Left shin, shave: squamous cell carcinoma in situ.", "site": "Left shin"},
        {"text": "C. Mid back, shave: irritated seborrheic keratosis.", "site": "Mid back"},
    ],
    "expected": E([L("99214", 1, "25"), L("11102"), L("11103", 2)], topics=["coding-correction"]),
    "coder_note": "BX-2/BX-3: one 11102 (MUE 1) then 11103 x2. E/M kept with 25 (rosacea and seb derm managed with "
                  "new prescriptions). EM-6: G2211 is not payable with a modifier-25 E/M -> removed.",
})

SCENARIOS.append({
    "id": "s21-bx-wedge-punch-shave-three-techniques",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge thigh + punch forearm + shave back on one visit (Medicaid MCO)",
    "date": "2026-01-13",
    "patient": ("Delacroix", "Yvette", "1969-09-05", "female"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Indurated plaque, left lateral thigh", "L98.8", "Left lateral thigh", reason=True),
        C("c2", "Violaceous papules, right volar forearm", "L98.8", "Right volar forearm", reason=True),
        C("c3", "Stuck-on papule, upper back", "L98.8", "Upper back", reason=True),
    ],
    "procedures": [
        P("Wedge biopsy with scalpel to subcutis", site="Left lateral thigh",
          note="Firm hyperpigmented plaque 4 x 3 cm. Fusiform wedge 1.5 cm long taken across the active border with "
               "a #15 blade into subcutaneous fat; closed with three 4-0 nylon simple interrupted.", reasons=["c1"]),
        P("Punch bx", site="Right volar forearm",
          note="4 mm punch of a flat-topped violaceous papule; one 4-0 nylon.", reasons=["c2"]),
        P("Shave bx", site="Upper back",
          note="Tangential sample of a 7 mm waxy papule with DermaBlade; partial, base left; AlCl.", reasons=["c3"]),
    ],
    "note": """Folake Adeyemi MD - procedure note 01/13/2026
Pt: Yvette Delacroix, 56F. Medicaid MCO.

Three unrelated problems, all sampled today (details in the procedure entries):
 1. L lateral thigh plaque hardening over 8 months. Ddx morphea vs lipodermatosclerosis.
    Needs tissue down to fat, so a scalpel wedge rather than a punch.
 2. R volar forearm itchy flat-topped papules x 2 months, lichenoid on dermoscopy.
 3. Upper back waxy papule - likely SK, but it bled once and she wants it checked.

Consent signed for all three. Time-out done. 1% lidocaine with epi.
Hemostasis good at each site. Wound care reviewed, handout given.
Suture removal 10-14 days (thigh and forearm). Back site: Vaseline daily.
Results call in 1-2 weeks; will discuss treatment of the thigh plaque once path is back.
""",
    "path": [
        {"text": "A. Left thigh, incisional: morphea (localized scleroderma), deep dermal sclerosis.", "site": "Left lateral thigh"},
        {"text": "B. Right forearm, punch: lichen planus.", "site": "Right volar forearm"},
        {"text": "C. Upper back, shave: seborrheic keratosis, clonal type.", "site": "Upper back"},
    ],
    "expected": E([L("11106"), L("11105"), L("11103")], dx={"11106": ["L94.0"]}),
    "coder_note": "BX-2: incisional > punch > tangential: 11106 primary, punch -> 11105, shave -> 11103.",
})

SCENARIOS.append({
    "id": "s21-bx-scalp-punch-em-decision-only",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx of a scalp papule; 99213 selected but the only work is the biopsy decision; copy-forward cancer history",
    "date": "2025-10-21",
    "patient": ("Lindahl", "Gunnar", "1959-04-12", "male"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Scaly papule of scalp", "L98.8", "Left parietal scalp", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note": """Ren Nakamura, MD - Dermatology follow-up     DOS 10/21/2025

HPI: 66M here for ONE spot: rough bump L parietal scalp x 2 months, scratches it off, comes back.
PMH / Derm hx (copied forward, last updated 03/2024):
  - BCC R nasal sidewall 2019, Mohs (Dr. Lindqvist), no recurrence
  - Punch bx L shoulder 2023 - benign nevus
  - Annual FBSE due 03/2026
Meds: atorvastatin. Allergies: none.

Exam (focused, scalp only): L parietal scalp 6 mm hyperkeratotic pink papule on sun-damaged skin. No LAD.

Assessment: scaly papule L parietal scalp, uncertain - AK vs SCC.
Plan - options reviewed:
   (1) punch biopsy today   (2) LN2 trial and recheck   (3) observe
Pt chose (1). Consent. 1% lido w/ epi. 4 mm punch biopsy, one 4-0 Prolene. Vaseline + bandage.
Suture out in 10 days (can be done by his wife - reviewed). Path by MyChart.

Level of service: 99213
""",
    "path": [{"text": "Skin, left parietal scalp, punch: hypertrophic actinic keratosis; no invasive carcinoma.",
              "site": "Left parietal scalp"}],
    "expected": E([L("11104")], dx={"11104": ["L57.0"]}),
    "coder_note": "GS-3/conventions: the only problem addressed is the biopsied lesion, so the 99213 is the decision for a "
                  "000-day procedure and is removed. Copied-forward history is not a separately addressed problem.",
})

# =============================================================================================================
# SHAVE
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-shave-forearm-mm-nose-cm-newpt-em",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals: forearm 4 mm + nasal sidewall 0.7 cm; new-patient 99203 with only the two lesions",
    "date": "2025-09-02",
    "patient": ("Whitcombe", "Aurelia", "1975-11-23", "female"),
    "provider": "ramirez", "payer": "commercial", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Irritated lesion, left forearm", "L98.8", "Left dorsal forearm", reason=True),
        C("c2", "Growing papule, right nasal sidewall", "L98.8", "Right nasal sidewall", reason=True),
    ],
    "note": """NEW PATIENT - DERMATOLOGY          Sofia Ramirez, MD          09/02/2025
Referred by PCP for "two moles".

HPI: 49F. (1) L dorsal forearm spot catches on her watch band, bled twice this month.
(2) R nasal sidewall bump, slowly getting bigger over a year, bleeds with washing.
No other concerns. No personal/family hx of skin cancer.

Exam: L dorsal forearm - 4 mm stuck-on tan papule with hemorrhagic crust.
      R nasal sidewall - 0.7 cm skin-colored dome papule, soft, few telangiectasias.

Procedure template:
   Shave removal  [x]      Biopsy only  [ ]      Cryo  [ ]
   Lesion 1: L forearm, 4 mm, shave removal flush to skin, AlCl.
   Lesion 2: R nasal sidewall, 0.7 cm, shave removal, light electrodesiccation of base.
   Recurrent lesion? [ ]  Specimens to path: [x] both

Plan: wound care sheet; path by portal. No f/u needed unless path requires.
LOS: 99203
""",
    "path": [
        {"text": "1. Left forearm, shave: irritated seborrheic keratosis.", "site": "Left dorsal forearm"},
        {"text": "2. Right nasal sidewall, shave: intradermal melanocytic nevus.", "site": "Right nasal sidewall"},
    ],
    "expected": E([L("11300"), L("11311")], dx={"11300": ["L82.0"], "11311": ["D22.39"]}),
    "coder_note": "SH-1: forearm TAL 0.4 cm -> 11300; nose FEENLM 0.7 cm -> 11311. GS-3: new patient whose only "
                  "problems are the two lesions removed -> 99203 removed.",
})

SCENARIOS.append({
    "id": "s21-shave-scalp-precoded-wrong-band-second-no-size",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded 11306 x2 on scalp: one lesion 14 mm (-> 11307), second 'smaller' lesion with no size",
    "date": "2026-02-10",
    "patient": ("Huxley", "Bernard", "1944-06-06", "male"),
    "provider": "baptiste", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, vertex scalp", "L82.0", "Vertex scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left parietal scalp", "L82.0", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal, scalp", "11306", "Vertex scalp", reasons=["c1"]),
        P("Shave removal, scalp", "11306", "Left parietal scalp", reasons=["c2"]),
    ],
    "note": """Marc Baptiste MD - procedure note - 02/10/2026
81M, two crusted growths on the scalp.
Both bleed when he combs and snag on the comb - he shows me blood on his pillowcase.
Both red and inflamed at the base today.

Vertex: 14 x 9 mm verrucous crusted papule with an erythematous rim.
   Shave removal after consent and 1% lido w/ epi, Drysol for hemostasis.
Left parietal: a second, smaller crusted papule of similar appearance, also inflamed.
   Shaved the same way.

Both specimens sent to pathology.
Wound care reviewed: Vaseline, no hats that rub for 3 days.
RTC prn; path by phone.
""",
    "path": [
        {"text": "A. Vertex scalp: inflamed seborrheic keratosis.", "site": "Vertex scalp"},
        {"text": "B. Left parietal scalp: inflamed seborrheic keratosis.", "site": "Left parietal scalp"},
    ],
    "expected": E([L("11307")], topics=["coding-correction", "missing-documentation"], dx={"11307": ["L82.0"]}),
    "coder_note": "SH-1: scalp (SNHFG) 1.4 cm -> 11307, not 11306. The second lesion has no documented diameter -> no "
                  "size-banded line (README missing measurement). Bleeding/inflamed -> covered (BSL-3).",
})

# =============================================================================================================
# DESTRUCTION
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-ds-ak-thirteen-split-copyforward-22",
    "family": "destruction", "shape": "note-only", "html": True,
    "description": "AK LN2: 8 scalp + 3 hand + 2 ear across sentences (13); copy-forward of 22 AKs last visit",
    "date": "2025-08-19",
    "patient": ("Esterhazy", "Margit", "1941-01-29", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses", "L57.0", "Scalp, left hand, right ear", reason=True)],
    "note": """<html><body>
<h3>Dermatology Procedure Note</h3>
<p><b>Patient:</b> Margit Esterhazy &nbsp; <b>DOS:</b> 08/19/2025 &nbsp; <b>Provider:</b> K. Halvorsen, MD</p>
<p><b>Interval history</b> <i>(carried forward from 03/11/2025)</i>: 22 AKs treated with LN2 to face and scalp
03/2025; tolerated well. Uses sunscreen daily.</p>
<p><b>Today:</b> new rough spots on the scalp and hand.</p>
<p><b>Exam:</b> thin gritty erythematous papules on the balding scalp. Similar lesions on the dorsal left hand and
right helix. One waxy stuck-on papule on the back consistent with SK - benign, reassured, not treated.</p>
<p><b>Procedure - cryotherapy (LN2), 2 freeze-thaw cycles:</b></p>
<ul>
<li>Scalp: 8 AKs treated.</li>
<li>Dorsal left hand: 3 more.</li>
</ul>
<p>The right helix had two as well, and both were frozen.</p>
<p>Consent obtained, risks of blistering, hypopigmentation reviewed. Aftercare handout.</p>
<p><b>A/P:</b> Actinic keratoses, treated as above. Return 6 months.</p>
</body></html>""",
    "expected": E([L("17000"), L("17003", 12)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 8 + 3 + 2 = 13 AKs today -> 17000 + 17003 x12. The 22 lesions are copied-forward history; the SK "
                  "was not treated.",
})

SCENARIOS.append({
    "id": "s21-ds-ak-seventeen-precoded-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "17 AKs pre-coded 17000 + 17003 x16 (Medicare Advantage) -> 17004",
    "date": "2026-03-03",
    "patient": ("Caldwell", "Royce", "1939-10-14", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses", "L57.0", "Face, scalp, ears", reason=True)],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", "17000", "Face", reasons=["c1"]),
        P("Destruction premalignant lesions, 2nd through 17th lesion (16 units)", "17003", "Face, scalp, ears",
          note="Units billed: 16", reasons=["c1"]),
    ],
    "note": """Astrid Lindgren MD     03/03/2026
86M, AK follow-up. Extensive field damage face/scalp. Medicare Advantage PPO.
Prior: LN2 to 11 AKs 11/2025 (carried forward).

Exam today: gritty erythematous papules as counted below.

Cryosurgery with LN2, 2 cycles each, today:
 - face: nine AKs (cheeks 5, nose 2, forehead 2)
 - scalp: 6
 - ears: 2 (one on each helix)

No blistering problems from last session.
Discussed 5-FU field therapy for the scalp in the spring; not started today.
Sunscreen, hat. RTC 4 months.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 9 + 6 + 2 = 17 lesions -> 17004 x1 instead of 17000/17003 (17003 MUE 13; 17004/17000 and "
                  "17004/17003 indicator 0). 5-FU only discussed.",
})

SCENARIOS.append({
    "id": "s21-ds-warts-hands-and-aks-face-xs",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 to 6 common warts on hands and 3 AKs on forehead/temple, Medicaid: 17110 + 17000/17003 with XS",
    "date": "2025-07-15",
    "patient": ("Bright", "Lonnie", "1962-03-08", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, hands", "B07.8", "Right fingers and left palm", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Forehead and left temple", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of common warts", site="Right fingers and left palm",
          note="Six verrucae vulgares: four on the right index/middle fingers, two on the left palm. Painful with "
               "gripping tools at work. Pared lightly, then LN2 x 2 freeze-thaw cycles.", reasons=["c1"]),
        P("Cryotherapy of actinic keratoses", site="Forehead and left temple",
          note="3 AKs (2 forehead, 1 left temple), LN2 10 s each.", reasons=["c2"]),
    ],
    "note": """Prairie Bend Skin Clinic - Jordan Pike - 07/15/2025
63M mechanic, Medicaid.

CC 1: warts on the hands, hurt when gripping wrenches, more of them every month.
CC 2: rough spots on the forehead that scab and come back.

Exam: verrucous papules R fingers and L palm (counted in the procedure entry).
Gritty erythematous papules on the forehead and L temple.

Both treated with LN2 today per procedure entries, after verbal consent.
Blister care reviewed; may pop with a sterile needle if tense.
Recheck warts in 3-4 weeks for repeat freeze.
AKs: sunscreen daily, recheck 6 months.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")],
                  dx={"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "DS-2/DS-3: warts up to 14 -> 17110; 3 AKs -> 17000 + 17003 x2. 17110/17000 and 17110/17003 are "
                  "indicator 1 with 17110 as column 1 -> XS on 17000 and 17003 (different lesions).",
})

SCENARIOS.append({
    "id": "s21-ds-edc-sbcc-back-sccis-hand-defect-size",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C: back sBCC 0.9 cm lesion / 1.6 cm defect and R hand SCCIS 5 mm lesion / 0.9 cm defect",
    "date": "2025-06-24",
    "patient": ("Thorsby", "Clement", "1946-12-01", "male"),
    "provider": "lindqvist", "payer": "medicare-noname", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right dorsal hand", "D04.61", "Right dorsal hand", reason=True),
    ],
    "note": """Electrodesiccation & curettage - Erik Lindqvist MD - 06/24/2025

Biopsies 06/05/2025 (our office): (1) L upper back - superficial BCC; (2) R dorsal hand - SCC in situ.
Options reviewed at that visit: excision, ED&C, topical. Pt chose ED&C for both.

1) L upper back sBCC: clinical lesion 0.9 cm pink scaly plaque at the biopsy site. Curettage x 3 with
   electrodesiccation between passes. Final defect 1.6 cm.
2) R dorsal hand SCCIS: lesion 5 mm. Curetted and desiccated x 3 cycles; final defect measured 0.9 cm.

Hemostasis complete. Vaseline, bandages. Wound care 2-3 weeks. F/u 3 months skin check.
""",
    "expected": E([L("17262"), L("17271")], dx={"17262": ["C44.519"], "17271": ["D04.61"]}),
    "coder_note": "DS-4: size = final curettage defect: trunk 1.6 cm -> 17262 (not 17261 from the 0.9 cm lesion); hand "
                  "(SNHFG) 0.9 cm -> 17271 (not 17270 from 5 mm).",
})

# =============================================================================================================
# E/M
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-em-screening-fse-medicare-gy-unchecked-history",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient screening full-skin exam, history boxes unchecked, nothing found -> 99203-GY",
    "date": "2025-05-06",
    "patient": ("Ferreira", "Dulce", "1957-08-19", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note": """SKIN CHECK - NEW PATIENT INTAKE          Ines Castellanos, MD          05/06/2025

Reason for visit: "annual skin check" - turned 67, friend had melanoma, wants a baseline. No spots of concern.

Personal hx of skin cancer:           [ ] Yes   [x] No
Family hx of melanoma:                [ ] Yes   [x] No
New or changing lesions:              [ ] Yes   [x] No
Bleeding / itching / painful lesions: [ ] Yes   [x] No
Immunosuppressed:                     [ ] Yes   [x] No

Exam: full skin exam incl. scalp, nails, genitalia deferred per pt. Fitzpatrick II. No suspicious lesions.
No lesions requiring treatment, biopsy or follow-up.

A: Skin cancer screening, normal examination.
P: Sun protection counseling. Self-exam instructions. Discussed that Medicare does not cover screening skin
exams; pt elected to proceed. Return prn.
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare screening-only exam (no history, no complaint, nothing found) -> E/M with GY. "
                  "The unchecked 'Yes' boxes are not history.",
})

SCENARIOS.append({
    "id": "s21-em-psoriasis-mtx-labs-99214",
    "family": "em", "shape": "note-only",
    "description": "Established psoriasis on methotrexate, labs reviewed, 99214 selected (commercial); declined/unchecked options",
    "date": "2025-10-08",
    "patient": ("Amundsen", "Kjell", "1971-05-27", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Long term methotrexate use", "Z79.631", reason=True),
    ],
    "note": """Samuel Weiss, MD - Psoriasis follow-up       10/08/2025

54M, plaque psoriasis on methotrexate 15 mg weekly + folic acid since 02/2025.
Flare on elbows/knees after stopping topical over the summer. Scalp itchy. No joint pain. No fevers/infections.
Alcohol: 2 drinks/week.

Labs 10/01 reviewed today: CBC normal, AST 38 / ALT 44 (mild rise from 29/31), creatinine normal.

Exam: BSA ~6%. Thick plaques bilateral elbows and knees, scalp scale. Nails: few pits.

A/P:
1. Psoriasis vulgaris, worsening - increase MTX to 17.5 mg weekly? -> NO, keep 15 mg given ALT rise;
   restart clobetasol 0.05% ointment BID x 2 wk to plaques, clobetasol solution to scalp.
2. MTX monitoring - ALT mildly up: repeat CBC/CMP in 4 weeks, reinforce alcohol limits.
   [ ] Excimer laser referral (not today)
   [ ] NB-UVB 3x/week - pt declined in 2024, still declines (work schedule)
   [ ] Biologic - will revisit if ALT keeps rising
Pt also asked about Botox for forehead lines - discussed cosmetic nature and pricing; nothing done today.
RTC 8 weeks.
Level: 99214 (MDM moderate)
""",
    "expected": E([L("99214")], dx={"99214": ["L40.0"]}),
    "coder_note": "EM-2/EM-4: chronic illness with progression + prescription/MTX toxicity monitoring -> 99214 supported "
                  "and kept. Unchecked options and the Botox discussion generate no lines.",
})

SCENARIOS.append({
    "id": "s21-em-new-99205-95min-g2212-second-opinion",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new-patient second opinion, 99205 by time (95 min) -> G2212 x1; care returns to local derm",
    "date": "2026-04-14",
    "patient": ("Beaumont", "Celestine", "1950-02-11", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 95, "em": "99205",
    "conditions": [C("c1", "Bullous pemphigoid", "L12.0", "Trunk and extremities", reason=True)],
    "note": """CONSULTATION (second opinion)          Luca Marchetti, MD          04/14/2026

Referred by her dermatologist Dr. Amsel (Cedar Falls) for a second opinion on treatment of biopsy- and
DIF-proven bullous pemphigoid (outside path 02/2026, reviewed today). 76F, T2DM, osteoporosis, CKD 3a.
Failed clobetasol 40 g/day (could not apply - lives alone) and doxycycline (GI intolerance).

Exam: tense bullae and urticarial plaques on thighs, flanks, forearms; ~15% BSA; oral mucosa clear.

Assessment: bullous pemphigoid, moderate-severe, progressing despite therapy.
Plan discussed at length with pt and daughter:
 - Systemic steroids poorly suited (DM, osteoporosis). Recommend dupilumab (loading 600 mg then 300 mg q2wk),
   letter to Dr. Amsel with dosing and prior-authorization language.
 - Short bridge: prednisone 20 mg daily x 2 wk with glucose checks (called PCP re insulin adjustment).
 - Reviewed 60 pages of outside records, labs and path before the visit.
 - No biopsy or procedure today.
Ongoing care will remain with Dr. Amsel; we have not been asked to follow her.

Time: total time on the date of the encounter 95 minutes (record review 25, face-to-face 50, documentation and
calls to PCP/Dr. Amsel 20). Level 99205 by time.
""",
    "expected": E([L("99205"), L("G2212")], dx={"99205": ["L12.0"]}),
    "coder_note": "EM-3/EM-5: Medicare prolonged service is G2212 (not 99417) from 89 min on a 99205 day; 95 min -> 1 unit "
                  "(2 units would need 104). One-time second opinion, no longitudinal relationship -> no G2211.",
})

SCENARIOS.append({
    "id": "s21-em-24-contact-dermatitis-in-excision-global",
    "family": "em", "shape": "note-only",
    "description": "Unrelated hand dermatitis visit 6 days after a benign excision (010 global) -> 99213-24",
    "date": "2025-11-18",
    "patient": ("Gallow", "Winifred", "1952-09-09", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [C("c1", "Allergic contact dermatitis, hands and forearms, cause not yet identified", "L23.9",
                     "Hands and forearms", reason=True)],
    "prior": [PRIOR("2025-11-12", "11402", "Excision benign lesion trunk 1.1-2.0 cm", "Left upper back",
                    "Dermatofibroma excised, 1.4 cm excised diameter, simple closure.")],
    "note": """Chidi Okonkwo MD - Office visit 11/18/2025
73F seen 11/12 for excision of a L upper back dermatofibroma (post-op check and suture removal already
booked for 11/21 - back not examined today, dressing dry per pt).

TODAY: new itchy rash on both hands and forearms x 4 days after she started using new gardening gloves and
a new hand soap. No blisters elsewhere. No fever.
Exam: erythematous edematous papules/vesicles on the dorsal hands and distal forearms, sharp glove-line
cut-off at the wrists.
A: Allergic contact dermatitis, hands/forearms - cause not yet confirmed (gloves vs soap).
P: Triamcinolone 0.1% ointment BID x 2 weeks (Rx sent), stop the new soap, cotton liners under gloves.
If not clear in 3 weeks -> patch testing. RTC 11/21 as planned.
99213
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: E/M for an unrelated problem inside the 10-day global of the 11/12 excision -> modifier 24. The "
                  "post-op check is a separate, later visit.",
})

# =============================================================================================================
# POST-OP
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-postop-suture-removal-99212-selected",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 8 days after an excision (010 global), provider picked 99212 -> 99024",
    "date": "2026-01-27",
    "patient": ("Quill", "Harriet", "1988-03-15", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [C("c1", "Dermatofibroma, right lower back", "D23.5", "Right lower back", reason=True)],
    "prior": [PRIOR("2026-01-19", "11403", "Excision benign lesion trunk 2.1-3.0 cm", "Right lower back",
                    "Painful dermatofibroma, 1.4 cm lesion + 4 mm margins; intermediate closure not needed.")],
    "note": """Prairie Bend Skin Clinic - Rafael Santos, PA-C - 01/27/2026
Post-op visit.
37F s/p excision R lower back 01/19/2026 (painful dermatofibroma).

Wound: well approximated, no erythema, no drainage, no dehiscence.
6 nylon sutures removed without difficulty, steri-strips applied.
Path reviewed with pt: dermatofibroma, margins clear. No further treatment needed.

Nothing else addressed today.
Scar care: silicone gel x 2-3 months, sun protection.
RTC prn.
Visit level: 99212
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5/conventions: routine post-op visit inside the 10-day global of 11403 -> 99024, no billable E/M.",
})

SCENARIOS.append({
    "id": "s21-postop-79-shave-in-flap-90day-global",
    "family": "post-op", "shape": "pre-coded",
    "description": "New bleeding flank lesion shaved 28 days after a cheek flap (090 global), pre-coded without 79",
    "date": "2025-09-23",
    "patient": ("Harrowgate", "Ivor", "1945-04-04", "male"),
    "provider": "lindqvist", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [C("c1", "Inflamed seborrheic keratosis, right flank", "L82.0", "Right flank", reason=True)],
    "prior": [PRIOR("2025-08-26", "14040", "Adjacent tissue transfer cheek", "Left cheek",
                    "Rotation flap after Mohs of left cheek BCC, 9.2 sq cm.")],
    "procedures": [P("Shave removal, trunk lesion", "11301", "Right flank",
                     note="0.8 cm inflamed crusted papule, bleeding on belt line", reasons=["c1"])],
    "note": """Lakeshore Dermatologic Surgery - E. Lindqvist MD - 09/23/2025
79M, 4 weeks out from L cheek rotation flap (08/26).
Routine flap check is scheduled 10/07 - flap not examined today.

Came in for a NEW problem: R flank lesion rubbing under his belt.
Bleeding onto shirts x 3 weeks, red and sore.

Exam: 0.8 cm inflamed crusted stuck-on papule R flank.
Procedure: shave removal after consent, 1% lido, Drysol, bandage.
Path sent.
Wound care sheet given. Results by phone.
""",
    "path": [{"text": "Right flank, shave: inflamed seborrheic keratosis.", "site": "Right flank"}],
    "expected": E([L("11301", 1, "79")], topics=["global-period"], dx={"11301": ["L82.0"]}),
    "coder_note": "GS-5: unrelated procedure during the 90-day global of the 14040 -> 79 on the shave. No post-op "
                  "visit today, so no 99024.",
})

# =============================================================================================================
# EXCISION - BENIGN
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-exb-two-cysts-margin-stated-once",
    "family": "excision-benign", "shape": "note-only", "html": True,
    "description": "Two inflamed cysts: back 1.2 cm and post. neck 8 mm, '2 mm margins on both'; layered repair back 3.0 cm",
    "date": "2025-07-29",
    "patient": ("Montague", "Desmond", "1980-10-10", "male"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 50,
    "conditions": [
        C("c1", "Inflamed epidermal cyst, mid upper back", "L72.0", "Mid upper back", reason=True),
        C("c2", "Inflamed epidermal cyst, posterior neck", "L72.0", "Posterior neck", reason=True),
    ],
    "note": """<div class="note"><h4>Excision - two cysts</h4>
<p>Wei Chen, MD &middot; 07/29/2025</p>
<p>44M with two cysts that have each become red, swollen and painful 3+ times this year, both drained on
their own in spring; now quiescent, ready for excision as planned at the 06/2025 visit.</p>
<table border="1">
<tr><th>Site</th><th>Clinical size</th><th>Closure</th></tr>
<tr><td>Mid upper back</td><td>1.2 cm</td><td>layered: 3-0 Vicryl deep dermal, 4-0 nylon; repair length 3.0 cm</td></tr>
<tr><td>Posterior neck</td><td>8 mm</td><td>simple interrupted 4-0 nylon, 1.6 cm</td></tr>
</table>
<p>Both cysts excised in elliptical fashion with 2 mm margins around each, sac intact, to subcutaneous fat.
Hemostasis with electrocautery.</p>
<p>Specimens x2 to pathology. Sutures out: neck 7 days, back 14 days.</p>
</div>""",
    "path": [
        {"text": "A. Mid upper back: epidermal inclusion cyst with rupture and granulomatous reaction.", "site": "Mid upper back"},
        {"text": "B. Posterior neck: epidermal inclusion cyst.", "site": "Posterior neck"},
    ],
    "expected": E([L("11402"), L("11422"), L("12032")], dx={"11402": ["L72.0"], "11422": ["L72.0"]}),
    "coder_note": "EX-1: the 2 mm margin applies to both: back 1.2 + 0.4 = 1.6 cm -> 11402; neck 0.8 + 0.4 = 1.2 cm "
                  "(SNHFG) -> 11422. Intermediate repair back 3.0 cm -> 12032; neck simple closure included (EX-5).",
})

SCENARIOS.append({
    "id": "s21-exb-precoded-malignant-path-dysplastic-nevus",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Changing thigh nevus excised, pre-coded 11602 before path; path dysplastic nevus -> 11402",
    "date": "2026-02-24",
    "patient": ("Ellery", "Prudence", "1954-12-12", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 40,
    "conditions": [C("c1", "Changing pigmented lesion, left anterior thigh", "D48.5", "Left anterior thigh",
                     reason=True)],
    "procedures": [P("Excision, lesion, left thigh", "11602", "Left anterior thigh",
                     note="Changing pigmented lesion 7 mm, excised with 3 mm margins, simple closure",
                     reasons=["c1"])],
    "note": """Henrietta Voss MD - Excision note - 02/24/2026
71F. Pigmented lesion L anterior thigh enlarging and darkening per serial photos (06/2025 -> now).
Dermoscopy: irregular network, focal regression.
Plan: excisional removal for diagnosis rather than shave.

Procedure: consent, time-out, 1% lido w/ epi.
Lesion 7 mm. Excised with 3 mm margins to fat.
Undermining minimal. Closed in a single layer with 4-0 Prolene.
Specimen oriented with suture at 12 o'clock.

Charged as 11602 pending path (front desk).
Sutures out 10-14 days. Path by phone.
""",
    "path": [{"text": "Skin, left anterior thigh, excision: compound dysplastic nevus with moderate architectural "
                      "disorder and cytologic atypia; margins clear. No evidence of melanoma.",
              "site": "Left anterior thigh"}],
    "expected": E([L("11402")], topics=["coding-correction"], dx={"11402": ["D22.72"]}),
    "coder_note": "EX-3: final path is benign (dysplastic nevus) -> benign excision family. EX-1: 0.7 + 2 x 0.3 = 1.3 cm "
                  "on the thigh -> 11402. Changing lesion = diagnostic uncertainty, covered.",
})

SCENARIOS.append({
    "id": "s21-exb-pilar-cyst-no-lesion-size-ellipse-only",
    "family": "excision-benign", "shape": "free-text",
    "description": "Scalp pilar cyst excision with only ellipse length and path specimen size; layered repair 3.0 cm",
    "date": "2025-12-02",
    "patient": ("Ostrowski", "Danuta", "1966-07-21", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 40,
    "conditions": [C("c1", "Pilar cyst, occipital scalp, recurrently inflamed and tender", "L72.11",
                     "Occipital scalp", reason=True)],
    "procedures": [
        P("Excision of pilar cyst", site="Occipital scalp",
          note="Tender, twice-inflamed cyst. Fusiform incision 3.0 cm, cyst dissected out intact with its wall.",
          reasons=["c1"]),
        P("Layered closure", site="Occipital scalp",
          note="Intermediate layered repair: 4-0 Vicryl deep, 4-0 nylon running superficial. Repair length 3.0 cm.",
          reasons=["c1"]),
    ],
    "note": """F. Adeyemi MD - 12/02/2025
59F, occipital scalp cyst.
Sore when lying down on it; inflamed twice this year, once needed antibiotics.
Quiescent today, no fluctuance.

Consent signed; risks incl. recurrence, scar, alopecia along the scar reviewed.
Excised today as documented in the procedure entries.
Hemostasis with electrocautery.
Tolerated well, no complications.
Wash hair gently after 48 h.
Sutures out 10 days. Path by portal.
""",
    "path": [{"text": "Scalp, excision: trichilemmal (pilar) cyst. Specimen measures 2.1 x 1.0 x 0.8 cm.",
              "site": "Occipital scalp"}],
    "expected": E([L("12032")], topics=["missing-documentation"], dx={"12032": ["L72.11"]}),
    "coder_note": "EX-1: excised diameter needs the clinical lesion size; the ellipse length and the path specimen size "
                  "may not be used -> no excision line + missing-documentation. Intermediate scalp repair 3.0 cm -> "
                  "12032 (README: repair kept).",
})

# =============================================================================================================
# EXCISION - MALIGNANT
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-exm-bcc-cheek-checkbox-options-intermediate",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Standard excision R cheek BCC 0.8 cm + 4 mm margins (Mohs box unchecked), intermediate repair 3.5 cm",
    "date": "2025-08-05",
    "patient": ("Pembroke", "Alastair", "1943-03-30", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, right cheek", "C44.319", "Right cheek", reason=True),
        C("c2", "History of SCC left hand (2018)", "Z85.828", history=True),
    ],
    "note": """EXCISION - MALIGNANT          Kirsten Halvorsen MD          08/05/2025

Dx: nodular BCC R mid cheek, shave bx 07/15/2025.
PMH (copied forward): SCC L dorsal hand excised 2018, clear. HTN. Apixaban - held 48 h per cardiology.

Treatment options discussed (07/15):
   [ ] Mohs micrographic surgery
   [x] Standard excision, margins on permanent sections
   [ ] ED&C
   [ ] Imiquimod
Pt declined Mohs referral (travel).

Procedure: lesion 0.8 cm pearly papule with bx scar. Marked with 4 mm clinical margins. Excised to fat.
Defect undermined; layered closure 5-0 Monocryl deep, 6-0 nylon running. Repair length 3.5 cm.
Specimen oriented, to path.
Path (08/08): nodular BCC, peripheral and deep margins clear (closest 2.5 mm).
Sutures out 7 days.
""",
    "path": [{"text": "Skin, right cheek, excision: basal cell carcinoma, nodular type; peripheral and deep margins clear (closest 2.5 mm).", "site": "Right cheek"}],
    "expected": E([L("11642"), L("12052")], dx={"11642": ["C44.319"]}),
    "coder_note": "EX-1: 0.8 + 2 x 0.4 = 1.6 cm face -> 11642. Intermediate face repair 3.5 cm -> 12052 (EX-5). Mohs "
                  "box unchecked; 2018 SCC is history only.",
})

SCENARIOS.append({
    "id": "s21-exm-reexcision-mis-58-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision for positive MIS margin 9 days after excision; pre-coded 11403 (negative re-excision) -> 11603-58",
    "date": "2025-10-14",
    "patient": ("Rutherford", "Imogen", "1979-01-08", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [C("c1", "Melanoma in situ, left upper back, positive peripheral margin", "D03.59",
                     "Left upper back", reason=True)],
    "prior": [PRIOR("2025-10-05", "11601", "Excision malignant lesion trunk 0.6-1.0 cm", "Left upper back",
                    "Excisional biopsy of atypical pigmented lesion 0.6 cm with 2 mm margins.")],
    "procedures": [P("Re-excision, scar, left upper back", "11403", "Left upper back",
                     note="Re-excision of scar, margins 5 mm", reasons=["c1"])],
    "note": """Henrietta Voss MD - 10/14/2025
46F. Excision 10/05 of L upper back pigmented lesion.
Path: melanoma in situ, peripheral margin involved.
Returns as planned for wider re-excision (staged).

Today: healing excision wound 1.2 cm long, sutures removed at start.
Marked 5 mm margins around the scar, excised to fascia.
Closed with a single layer of running 4-0 Prolene - no layered closure needed.
Specimen oriented and sent.

Path (10/17): scar with no residual melanoma in situ; margins clear.
Billing entered as benign excision because the specimen came back negative.
F/u: skin checks every 6 months.
""",
    "path": [{"text": "Skin, left upper back, re-excision: healing scar, no residual melanoma in situ; margins clear.", "site": "Left upper back"}],
    "expected": E([L("11603", 1, "58")], topics=["coding-correction", "global-period"],
                  dx={"11603": ["D03.59"]}),
    "coder_note": "EX-4: re-excision of a malignant lesion is coded malignant even with a negative specimen; 1.2 + 2 x "
                  "0.5 = 2.2 cm trunk -> 11603. Inside the 10-day global of 10/05 -> 58 (staged).",
})

SCENARIOS.append({
    "id": "s21-exm-two-scc-forearm-scalp-repairs-summed",
    "family": "excision-malignant", "shape": "free-text",
    "description": "SCC excisions L forearm (1.1 cm + 3 mm) and vertex scalp (5 mm + 4 mm); layered repairs 4.0 + 2.8 cm summed",
    "date": "2026-03-17",
    "patient": ("Kettering", "Oswald", "1940-11-02", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left dorsal forearm", "C44.629", "Left dorsal forearm", reason=True),
        C("c2", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Excision SCC", site="Left dorsal forearm",
          note="Biopsy-proven well-differentiated SCC. Lesion 1.1 cm; 3 mm margins.", reasons=["c1"]),
        P("Excision SCC", site="Vertex scalp",
          note="Biopsy-proven SCC. Lesion 5 mm; margins 4 mm.", reasons=["c2"]),
        P("Layered closure", site="Left dorsal forearm",
          note="Intermediate, 4-0 Vicryl / 4-0 nylon, 4.0 cm.", reasons=["c1"]),
        P("Layered closure", site="Vertex scalp",
          note="Intermediate, galeal 3-0 Vicryl / staples, 2.8 cm.", reasons=["c2"]),
    ],
    "note": """Marc Baptiste MD - 03/17/2026
85M, two biopsy-proven SCCs (bx 02/2026): L dorsal forearm and vertex scalp.
Not a Mohs candidate by preference; chose standard excision for both.
Anticoagulation: none. Allergies: none.

Consent, time-out, 1% lidocaine with epi.
Excisions and layered closures per the procedure entries.
Hemostasis with electrocautery; EBL minimal.

Final path 03/20: both invasive SCC, well differentiated, margins clear.
Sutures/staples out at 10-14 days.
Skin check every 3 months for a year.
""",
    "path": [
        {"text": "A. Left dorsal forearm, excision: invasive squamous cell carcinoma, well differentiated; margins clear.", "site": "Left dorsal forearm"},
        {"text": "B. Vertex scalp, excision: invasive squamous cell carcinoma, well differentiated; margins clear.", "site": "Vertex scalp"},
    ],
    "expected": E([L("11602"), L("11622"), L("12032")], dx={"11602": ["C44.629"], "11622": ["C44.42"]}),
    "coder_note": "EX-1: forearm 1.1 + 0.6 = 1.7 cm -> 11602; scalp 0.5 + 0.8 = 1.3 cm -> 11622. REP-1/REP-2: scalp and "
                  "extremities share 12031-12037 -> 4.0 + 2.8 = 6.8 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s21-exm-bcc-arm-rosacea-em25",
    "family": "excision-malignant", "shape": "free-text",
    "description": "BCC R upper arm 1.5 cm + 4 mm margins, layered repair 6.0 cm, plus rosacea flare with new Rx -> 99213-25",
    "date": "2025-06-10",
    "patient": ("Vukovich", "Stanislav", "1949-08-08", "male"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 55, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper arm", "C44.612", "Right posterior upper arm", reason=True),
        C("c2", "Rosacea, flaring", "L71.9", "Face", reason=True),
    ],
    "procedures": [
        P("Excision of basal cell carcinoma", site="Right posterior upper arm",
          note="Biopsy 05/20 nodular BCC. Clinical lesion 1.5 cm; 4 mm margins. Excised to fat.", reasons=["c1"]),
        P("Intermediate layered repair", site="Right posterior upper arm",
          note="Deep 3-0 Vicryl, running 4-0 nylon. 6.0 cm.", reasons=["c1"]),
    ],
    "note": """A. Okafor MD - 06/10/2025
Scheduled BCC excision R upper arm (decision made at the 05/20 biopsy-result visit).

Pt also reports his rosacea has flared for a month - burning, papules, eye irritation.
Exam: papulopustular rosacea cheeks/nose, mild lid margin erythema.
Rosacea plan: start doxycycline 40 mg daily, continue metronidazole gel,
warm compresses; ophthalmology if eye symptoms persist.
Separate problem, managed today.

Excision and repair per procedure entries.
Path 06/13: nodular BCC, margins clear.
Sutures out 12 days.
E/M: 99213
""",
    "path": [{"text": "Skin, right posterior upper arm, excision: basal cell carcinoma, nodular type; margins clear.", "site": "Right posterior upper arm"}],
    "expected": E([L("99213", 1, "25"), L("11603"), L("12032")], dx={"11603": ["C44.612"]}),
    "coder_note": "EX-1: 1.5 + 0.8 = 2.3 cm arm -> 11603; intermediate arm repair 6.0 cm -> 12032. Rosacea flare with a "
                  "new prescription is significant, separately identifiable -> 99213-25.",
})

# =============================================================================================================
# MOHS
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-mohs-helix-sameday-bx-frozen-six-blocks",
    "family": "mohs", "shape": "note-only",
    "description": "Unbiopsied L helix lesion: tangential bx + frozen section -> SCC, Mohs 2 stages (6 + 1 blocks); repair by plastics",
    "date": "2025-05-20",
    "patient": ("Crowther", "Lavinia", "1947-06-17", "female"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 160,
    "conditions": [C("c1", "Squamous cell carcinoma, left helix", "C44.229", "Left helical rim", reason=True)],
    "note": """LAKESHORE MOHS SURGERY - OPERATIVE NOTE
Surgeon and pathologist: Erik Lindqvist, MD        DOS 05/20/2025

77F, referred by her PCP for a tender keratotic nodule on the L helix x 3 months. No biopsy was ever done and
no prior pathology exists. Discussed a diagnostic biopsy with frozen section today, proceeding to Mohs only if
carcinoma is confirmed. Agreed.

Diagnostic biopsy: tangential (deep shave) biopsy of the 1.0 cm nodule. Frozen section processed in our lab and
read by me: invasive squamous cell carcinoma, well differentiated. Decision for Mohs based on this result.

Mohs micrographic surgery, L helix:
  Stage I - 6 tissue blocks. Tumor at 2 and 5 o'clock peripheral margins (blocks 2 and 5).
  Stage II - 1 tissue block from 1-6 o'clock. Clear.
Stages: 2. Blocks: 6 + 1.
Final defect 2.1 x 1.6 cm through perichondrium, cartilage exposed.

Reconstruction: referred to Dr. Foley (facial plastics, separate practice) - wedge repair tomorrow morning.
Defect dressed with Vaseline and non-adherent pressure dressing.
Tissue sent for permanent sections:  [ ] yes   [x] no
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312"), L("17315")],
                  dx={"17311": ["C44.229"]}),
    "coder_note": "MOHS-5(a)/README: same-day diagnostic biopsy + frozen section of a never-biopsied lesion -> 11102-59 "
                  "and 88331-59. Head site 2 stages -> 17311 + 17312; stage I had 6 blocks -> 17315 x1. Repair by "
                  "another physician.",
})

SCENARIOS.append({
    "id": "s21-mohs-back-precoded-17314-units-bx-repair-xs",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs upper back infiltrative BCC 3 stages pre-coded 17314 x1; layered repair 9 cm; punch bx of separate forearm lesion",
    "date": "2026-01-06",
    "patient": ("Dunmore", "Agatha", "1942-02-22", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Infiltrative basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Keratotic papule, left forearm", "L98.8", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Mohs, trunk, first stage", "17313", "Left upper back", reasons=["c1"]),
        P("Mohs, trunk, additional stage", "17314", "Left upper back", reasons=["c1"]),
        P("Intermediate repair trunk 7.6-12.5 cm", "12034", "Left upper back", reasons=["c1"]),
        P("Punch biopsy", "11104", "Left dorsal forearm", reasons=["c2"]),
    ],
    "note": """Mohs surgery - K. Halvorsen MD (surgeon/pathologist)      01/06/2026
Tumor: infiltrative BCC L upper back, clinical size 2.4 cm (bx 12/2025). AUC: aggressive histology, >2 cm.
Stage 1: 4 blocks - positive superior and medial.
Stage 2: 3 blocks - positive medial at 9 o'clock.
Stage 3: 2 blocks - clear.
Defect 4.2 x 3.0 cm. Layered closure: 2-0 Vicryl deep, 3-0 nylon; final repair length 9.0 cm.

Separately: 6 mm keratotic papule on the L dorsal forearm, noted at skin check today - 4 mm punch biopsy, one
4-0 nylon. Unrelated to the back tumor.
Path (forearm, 01/09): squamous cell carcinoma in situ.
""",
    "expected": E([L("17313"), L("17314", 2), L("12034", 1, "XS"), L("11104", 1, "XS")],
                  topics=["coding-correction"], dx={"17313": ["C44.519"]}),
    "coder_note": "MOHS-2: 3 stages on the trunk -> 17313 + 17314 x2 (pre-coded x1). 17313/11104 and 11104/12034 are "
                  "indicator-1 pairs; the biopsy and the repair are on different lesions/sites -> XS on the column-2 "
                  "codes 11104 and 12034.",
})

SCENARIOS.append({
    "id": "s21-mohs-thigh-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of a small primary superficial BCC of the thigh at patient insistence, ABN signed (Medicare FFS) -> 17313-GA",
    "date": "2025-11-25",
    "patient": ("Brennan", "Fintan", "1944-01-19", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 90,
    "conditions": [C("c1", "Superficial basal cell carcinoma, left anterior thigh", "C44.719", "Left anterior thigh",
                     reason=True)],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Left anterior thigh",
          note="Primary superficial BCC 0.8 cm (shave bx 10/2025). 2 tissue blocks, all margins clear after one stage.",
          reasons=["c1"]),
        P("Second-intention healing", site="Left anterior thigh",
          note="Defect 1.3 cm left to granulate; no closure."),
    ],
    "note": """A. Lindgren MD, Mohs surgeon and pathologist. 11/25/2025
81M, immunocompetent, no prior radiation, tumor not recurrent.
Superficial BCC of the L anterior thigh, 0.8 cm, primary.

Recommended ED&C or imiquimod. Pt insists on Mohs (brother had a recurrence after ED&C).
Explained the tumor does not meet Medicare's Mohs coverage criteria
(trunk/extremity, small, superficial, primary).
Advance Beneficiary Notice of Noncoverage (CMS-R-131) reviewed and signed BEFORE the procedure;
pt chose option 1.

Mohs performed - 1 stage, clear (see procedure entry).
Second-intention healing; wound care taught.
F/u 3 weeks.
""",
    "expected": E([L("17313", 1, "GA")]),
    "coder_note": "MOHSN-2 / README: primary superficial BCC <2 cm in area L without high-risk features fails the Mohs "
                  "LCD criteria; ABN on file, Medicare FFS -> GA. One stage, 2 blocks -> 17313 only.",
})

# =============================================================================================================
# REPAIR
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-rep-contaminated-forearm-lac-plus-chin",
    "family": "repair", "shape": "free-text",
    "description": "Soil-contaminated forearm laceration 3.2 cm, extensive cleaning, single-layer closure + chin 1.0 cm simple",
    "date": "2025-04-22",
    "patient": ("Greer", "Dominic", "1985-05-05", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Laceration of right forearm", "S51.811A", "Right volar forearm", reason=True),
        C("c2", "Laceration of chin", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Laceration repair, right forearm", site="Right volar forearm",
          note="3.2 cm laceration heavily contaminated with soil and mulch. Extensive irrigation (1 L saline under "
               "pressure) and removal of embedded debris with scrub brush and forceps before closure. Single-layer "
               "closure, 4-0 nylon simple interrupted. No retained foreign body.", reasons=["c1"]),
        P("Laceration repair, chin", site="Chin",
          note="1.0 cm superficial clean laceration, single layer 6-0 nylon.", reasons=["c2"]),
    ],
    "note": """Prairie Bend Skin Clinic (walk-in procedures) - J. Pike - 04/22/2025
40M landscaper fell onto a garden rake 2 hours ago.
No LOC, no other injuries. Tdap 2022.

Exam: R volar forearm gaping laceration packed with soil and mulch fragments.
Tendons intact, full ROM, sensation intact distally.
Chin: small superficial clean laceration.

Repairs per procedure entries.
Bacitracin, non-adherent dressing.
Suture removal: chin 5 days, forearm 10 days.
Return sooner for redness, warmth or pus.
""",
    "expected": E([L("12032"), L("12011")]),
    "coder_note": "REP-3: single-layer closure of a heavily contaminated wound needing extensive cleaning = intermediate; "
                  "forearm 3.2 cm -> 12032. Chin simple 1.0 cm -> 12011 (face group).",
})

SCENARIOS.append({
    "id": "s21-rep-precoded-complex-0p9cm-nose-plus-lip",
    "family": "repair", "shape": "pre-coded",
    "description": "Closure of outside-Mohs defects: pre-coded 13151 for 0.9 cm nose + 12051 lip 1.4 cm -> 12051 x1 (2.3 cm)",
    "date": "2026-02-03",
    "patient": ("Thistlewood", "Ophelia", "1958-04-28", "female"),
    "provider": "marchetti", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Surgical defect after Mohs, nasal dorsum (BCC)", "C44.311", "Nasal dorsum", reason=True),
        C("c2", "Surgical defect after Mohs, right upper cutaneous lip (BCC)", "C44.319", "Right upper cutaneous lip",
          reason=True),
    ],
    "procedures": [
        P("Complex repair nose", "13151", "Nasal dorsum", note="0.9 cm", reasons=["c1"]),
        P("Intermediate repair face", "12051", "Right upper cutaneous lip", note="1.4 cm", reasons=["c2"]),
    ],
    "note": """Luca Marchetti MD - Reconstruction - 02/03/2026
67F referred same day by Dr. Ashby (Northgate Mohs Center, separate practice)
after Mohs clearance of two BCCs.

1) Nasal dorsum defect - undermined the surrounding nasal skin and closed in two layers:
   5-0 Monocryl deep, 6-0 Prolene. Final length 0.9 cm.
2) R upper cutaneous lip defect, does not involve the vermilion border -
   layered closure 5-0 Monocryl / 6-0 Prolene. Length 1.4 cm.

Tolerated well.
Sutures out 6 days.
""",
    "expected": E([L("12051")], topics=["coding-correction"]),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple/intermediate; layered -> intermediate. "
                  "REP-1: face intermediate repairs summed 0.9 + 1.4 = 2.3 cm -> 12051 x1.",
})

# =============================================================================================================
# INCISION & DRAINAGE
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-id-axilla-abscess-acne-em25",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D L axillary abscess + acne flare with new Rx (Medicaid MCO) -> 10060 + 99213-25",
    "date": "2025-09-09",
    "patient": ("Mireles", "Jasmine", "2004-06-30", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Face and upper back", reason=True),
    ],
    "note": """Dermatology - Ines Castellanos MD - 09/09/2025
21F. (1) Painful lump L armpit x 5 days, now draining a little. (2) Acne worse since starting a new job,
face and upper back, failed OTC benzoyl peroxide.
Template: Hidradenitis suppurativa hx  [ ] yes  [x] no   - single lesion, no sinus tracts, no scarring.

Exam: L axilla 2 cm fluctuant tender nodule with surrounding erythema. Face/upper back: comedones, inflammatory
papules and a few pustules.

Procedure: I&D L axilla. Consent, 1% lido, #11 blade stab incision, purulent material expressed, loculations
not present, irrigated. No packing needed. Culture not sent.

Acne: start tretinoin 0.025% cream qHS + doxycycline 100 mg daily x 12 wk; counseled photosensitivity,
take with water upright.
RTC 6 wk acne; abscess wound care today.
Level 99213 (separate acne management).
""",
    "expected": E([L("99213", 1, "25"), L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single simple abscess -> 10060. Acne with new prescriptions is significant and separately "
                  "identifiable -> 99213-25 (GS-3). HS box unchecked.",
})

SCENARIOS.append({
    "id": "s21-id-precoded-10061-single-cyst-em-decision",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Single inflamed cyst I&D pre-coded 10061 with 99213; only problem -> 10060, E/M removed",
    "date": "2026-04-07",
    "patient": ("Fairweather", "Lionel", "1951-12-19", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 20, "em": "99213",
    "conditions": [C("c1", "Inflamed epidermal cyst, upper mid back", "L72.0", "Upper mid back", reason=True)],
    "procedures": [P("Incision and drainage, complicated", "10061", "Upper mid back", reasons=["c1"])],
    "note": """C. Okonkwo MD - 04/07/2026
74M, known cyst upper mid back, red and painful x 3 days. No fever. Nothing else today.

Exam: 1.8 cm fluctuant erythematous cyst with punctum.
Options: I&D now vs antibiotics + later excision. Pt wants it drained.

I&D: consent, 1% lido, single stab incision.
Foul keratinous and purulent material expressed, no loculations, cavity irrigated.
No packing, no drain. Gauze dressing.
Warm compresses. Excision when quiet - 6-8 weeks.
""",
    "expected": E([L("10060")], topics=["coding-correction"]),
    "coder_note": "Single, uncomplicated (no loculations, no packing) -> 10060 not 10061. The only problem is the cyst "
                  "drained -> E/M is the procedure decision and is removed (GS-3).",
})

# =============================================================================================================
# INTRALESIONAL
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-il-keloids-precoded-j3301-one-unit",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Kenalog-40 to 3 keloids, 0.4 + 0.3 + 0.2 mL (36 mg); pre-coded J3301 x1 -> x4",
    "date": "2025-07-01",
    "patient": ("Osei-Mensah", "Kwabena", "1990-02-14", "male"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [C("c1", "Keloids, itchy and painful", "L91.0", "Presternal chest and left earlobe", reason=True)],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Presternal chest and left earlobe", reasons=["c1"]),
        P("Triamcinolone acetonide inj per 10 mg (J3301)", "J3301", None, note="Units: 1", reasons=["c1"]),
    ],
    "note": """S. Ramirez MD - ILK visit #3 - 07/01/2025
35M, keloids itch and hurt, especially presternal. Softer since last injection.

Kenalog-40 (40 mg/mL), 30 g needle:
  presternal keloid #1: 0.4 mL
  presternal keloid #2: 0.3 mL
  L earlobe: 0.2 mL
Total 0.9 mL.

No complications. Discussed atrophy/hypopigmentation risk again.
Next injection 6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 4)], topics=["coding-correction"], dx={"11900": ["L91.0"]}),
    "coder_note": "0.9 mL x 40 mg/mL = 36 mg -> J3301 = ceil(36/10) = 4 units. 3 lesions -> 11900.",
})

SCENARIOS.append({
    "id": "s21-il-alopecia-areata-five-plus-three",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to alopecia areata: 5 crown patches + 3 occipital in a later sentence (8 -> 11901), 32 mg",
    "date": "2025-12-16",
    "patient": ("Whitlock", "Serena", "1992-09-03", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 20,
    "conditions": [C("c1", "Alopecia areata, patchy, scalp", "L63.8", "Scalp", reason=True)],
    "note": """R. Nakamura MD - Alopecia areata, ILK session - 12/16/2025
33F, patchy AA x 5 months, new patches since last visit.
Exam: smooth patches with exclamation-point hairs.

Procedure: triamcinolone acetonide 10 mg/mL.
Five patches on the crown were injected, 0.1 mL per site in a grid.
Three more at the occiput were also treated the same way.
Total volume 3.2 mL.

Plan: [x] repeat in 4-6 weeks
      [ ] JAK inhibitor (baricitinib) - discussed, pt wants to wait
      [ ] minoxidil - already using OTC
""",
    "expected": E([L("11901"), L("J3301", 4)]),
    "coder_note": "4.8 conventions: 5 + 3 = 8 lesions (> 7) -> 11901. 3.2 mL x 10 mg/mL = 32 mg -> J3301 x4.",
})

SCENARIOS.append({
    "id": "s21-il-acne-cysts-isotretinoin-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "Isotretinoin month-3 visit with labs (99214-25) + ILK to 4 acne cysts with diluted Kenalog (1 mg)",
    "date": "2026-03-24",
    "patient": ("Haverford", "Colby", "2006-11-11", "male"),
    "provider": "adeyemi", "payer": "commercial-aetna", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face", reason=True),
        C("c2", "Long-term isotretinoin therapy, monitoring", "Z79.899", reason=True),
    ],
    "procedures": [
        P("ILK to inflamed acne cysts", site="Chin and left jawline",
          note="4 cysts, each 0.1 mL of triamcinolone 2.5 mg/mL (Kenalog-10 diluted with saline).", reasons=["c1"]),
    ],
    "note": """F. Adeyemi MD - Isotretinoin follow-up, month 3 - 03/24/2026
19M on isotretinoin 60 mg daily. Cumulative dose reviewed.
Dry lips, mild back stiffness after sports. No mood change (PHQ-2 negative). iPLEDGE confirmed.

Labs 03/18 reviewed: triglycerides 212 (up from 160), ALT normal.
Plan: continue 60 mg; low-fat diet counseling; repeat fasting lipids 4 wk; hold if TG > 400.

Four tender cysts on the chin/jawline injected today (see procedure entry).

E/M 99214 (drug therapy requiring intensive monitoring for toxicity).
RTC 4 weeks.
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L70.0"]}),
    "coder_note": "Isotretinoin toxicity monitoring is separate work -> 99214-25. 4 lesions -> 11900. 4 x 0.1 mL x "
                  "2.5 mg/mL = 1 mg -> J3301 x1.",
})

# =============================================================================================================
# MIXED
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-mix-punch-aks-cosmetic-sks-voluntary-abn",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare FFS: punch bx back + 5 AKs LN2 + 3 cosmetic SKs LN2 with voluntary ABN -> XS and GX/GY",
    "date": "2025-10-28",
    "patient": ("Lowry", "Eudora", "1945-05-25", "female"),
    "provider": "ramirez", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Changing pigmented lesion, right upper back", "D48.5", "Right upper back", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Forehead and nose", reason=True),
        C("c3", "Seborrheic keratoses, asymptomatic", "L82.1", "Abdomen", reason=True),
    ],
    "note": """Sofia Ramirez MD - 10/28/2025 - procedure visit
80F.
1) R upper back mole - husband says it got darker this summer.
   7 mm irregular brown macule. Punch biopsy 4 mm, one 4-0 nylon.
2) AKs: five on the forehead and nose - LN2 x 2 cycles each.
3) Three SKs on the abdomen - asymptomatic, not irritated, no bleeding/itching.
   She dislikes how they look under swimwear and asked to have them frozen.
   Explained this is cosmetic and Medicare will not pay.
   Voluntary notice (ABN) signed for the cosmetic SK treatment; she will pay.
   LN2 to the 3 SKs.
Aftercare handout. Path to follow for #1.
""",
    "path": [{"text": "Right upper back, punch: compound melanocytic nevus with mild architectural atypia; "
                      "margins involved.", "site": "Right upper back"}],
    "expected": E([L("11104"), L("17000", 1, "XS"), L("17003", 4, "XS"), L("17110", 1, "XS", "GX", "GY")],
                  topics=["cosmetic"], dx={"11104": ["D22.5"], "17000": ["L57.0"], "17110": ["L82.1"]}),
    "coder_note": "11104/17000, 11104/17110, 17110/17000 and 17110/17003 are indicator-1 pairs, all different lesions -> "
                  "XS on 17000, 17003 and 17110. Cosmetic SKs, Medicare FFS -> GY, voluntary ABN -> GX (COS-4).",
})

SCENARIOS.append({
    "id": "s21-mix-shave-neck-sk-tangential-bx-chest",
    "family": "mixed", "shape": "free-text",
    "description": "Shave removal inflamed neck SK 8 mm (11306) + tangential bx of separate chest lesion (11102-XS)",
    "date": "2025-08-12",
    "patient": ("Ibarra", "Teodoro", "1968-01-31", "male"),
    "provider": "chen", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left lateral neck", "L82.0", "Left lateral neck", reason=True),
        C("c2", "Pink scaly papule, mid chest", "L98.8", "Mid chest", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left lateral neck",
          note="8 mm inflamed stuck-on papule, rubs on shirt collar and bleeds. Removed flush, AlCl.", reasons=["c1"]),
        P("Shave biopsy", site="Mid chest",
          note="6 mm pink scaly papule; tangential sample for diagnosis, lesion not fully removed.", reasons=["c2"]),
    ],
    "note": """W. Chen MD - 08/12/2025
57M.
1. Collar-line lesion on the L neck, bleeding onto shirts, red around the base.
   -> shave removal (see procedure entry).
2. New pink scaly spot mid chest x 3 months, not healing.
   -> shave biopsy for diagnosis only; will plan treatment after path.
Consent for both. 1% lido w/ epi. AlCl hemostasis.
Path pending. Wound care handout.
If chest is a carcinoma, will schedule treatment visit.
RTC per path.
""",
    "path": [
        {"text": "A. Left neck, shave: inflamed seborrheic keratosis.", "site": "Left lateral neck"},
        {"text": "B. Mid chest, shave biopsy: superficial basal cell carcinoma, extends to base.", "site": "Mid chest"},
    ],
    "expected": E([L("11306"), L("11102", 1, "XS")], dx={"11306": ["L82.0"], "11102": ["C44.519"]}),
    "coder_note": "Neck is SNHFG, 0.8 cm -> 11306 (removal). Chest sampling -> tangential biopsy 11102. 11306/11102 is "
                  "indicator 1 with the shave as column 1 -> XS on 11102 (different lesion).",
})

SCENARIOS.append({
    "id": "s21-mix-precoded-excision-warts-keloid-no-modifiers",
    "family": "mixed", "shape": "pre-coded",
    "description": "Pre-coded 11401 + 17110 + 11900 + J3301 without modifiers; three different lesions -> XS on 11401 and 11900",
    "date": "2026-01-20",
    "patient": ("Rasmussen", "Freya", "1986-08-16", "female"),
    "provider": "baptiste", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Painful dermatofibroma, right shoulder", "D23.61", "Right shoulder", reason=True),
        C("c2", "Common warts, left fingers", "B07.8", "Left index and middle fingers", reason=True),
        C("c3", "Keloid, presternal", "L91.0", "Presternal chest", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion arm 0.6-1.0 cm", "11401", "Right shoulder",
          note="Lesion 0.5 cm, 2 mm margins", reasons=["c1"]),
        P("Destruction benign lesions up to 14", "17110", "Left index and middle fingers",
          note="4 warts, LN2", reasons=["c2"]),
        P("Intralesional injection", "11900", "Presternal chest", note="1 keloid", reasons=["c3"]),
        P("Triamcinolone acetonide per 10 mg", "J3301", None, note="Kenalog-40, 0.25 mL", reasons=["c3"]),
    ],
    "note": """M. Baptiste MD - 01/20/2026
40F, three separate complaints today. Consent signed for all procedures.
- R shoulder dermatofibroma, painful when carrying her bag strap:
  0.5 cm; excised with 2 mm margins, simple closure.
- L index and middle finger warts x4, spreading: LN2 2 cycles.
- Presternal keloid, itchy: Kenalog-40 0.25 mL (10 mg).
Each problem at a different site.
Path for the shoulder specimen.
Sutures out 10 days.
Recheck warts in 4 weeks; keloid re-injection in 6 weeks if still itchy.
""",
    "path": [{"text": "Right shoulder, excision: dermatofibroma, margins clear.", "site": "Right shoulder"}],
    "expected": E([L("11401", 1, "XS"), L("17110"), L("11900", 1, "XS"), L("J3301")],
                  dx={"11401": ["D23.61"], "17110": ["B07.8"], "11900": ["L91.0"]}),
    "coder_note": "0.5 + 0.4 = 0.9 cm arm -> 11401. 17110/11401, 17110/11900 and 11401/11900 are indicator 1 -> XS on "
                  "the column-2 codes 11401 and 11900 (separate lesions). 10 mg -> J3301 x1.",
})

SCENARIOS.append({
    "id": "s21-mix-mohs-nasal-tip-plus-edc-shoulder",
    "family": "mixed", "shape": "note-only",
    "description": "Mohs nasal tip BCC 1 stage + simple repair 1.5 cm, and ED&C L shoulder sBCC defect 1.2 cm, same session",
    "date": "2025-12-30",
    "patient": ("Pettigrew", "Horace", "1938-07-07", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip", "C44.311", "Nasal tip", reason=True),
        C("c2", "Superficial basal cell carcinoma, left shoulder", "C44.619", "Left posterior shoulder", reason=True),
    ],
    "note": """MOHS / PROCEDURE NOTE - Astrid Lindgren MD (surgeon & pathologist) - 12/30/2025
87M. Two biopsy-proven BCCs (bx 12/02/2025):
  (a) nodular BCC nasal tip
  (b) superficial BCC L posterior shoulder

(a) Mohs, nasal tip: Stage 1 - 2 blocks, margins clear. Defect 0.9 cm.
    Repair: simple single-layer closure 6-0 Prolene, length 1.5 cm.
(b) L posterior shoulder sBCC: ED&C x 3 cycles. Final defect 1.2 cm.
    Left to heal, Vaseline.

Separate tumors at separate sites.
Wound care reviewed for both. F/u 1 wk for nose sutures.
""",
    "expected": E([L("17311"), L("12011", 1, "XS"), L("17262", 1, "XS")],
                  dx={"17311": ["C44.311"], "17262": ["C44.619"]}),
    "coder_note": "Nose Mohs 1 stage -> 17311; simple face repair 1.5 cm -> 12011 (MOHS-7). Shoulder ED&C trunk/arm "
                  "1.2 cm -> 17262. 17311/17262 and 17262/12011 are indicator 1 on different tumors -> XS on 17262 and "
                  "12011.",
})

# =============================================================================================================
# NAILS
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-nail-precoded-11730x2-left-great-and-second",
    "family": "nails", "shape": "pre-coded",
    "description": "Nail avulsion L great + L 2nd toe pre-coded 11730 twice -> 11730-TA + 11732-T1",
    "date": "2025-06-03",
    "patient": ("Lachance", "Remy", "1977-03-03", "male"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [C("c1", "Traumatic nail dystrophy, left great and second toes", "L60.3",
                     "Left great toe and left second toe", reason=True)],
    "procedures": [
        P("Nail avulsion", "11730", "Left great toe", reasons=["c1"]),
        P("Nail avulsion", "11730", "Left second toe", reasons=["c1"]),
    ],
    "note": """R. Santos PA-C - 06/03/2025
48M, marathoner. Painful lifted nails on the L great and L 2nd toes after a race.
Nails catch on socks; throbbing at night.

Exam: L great and L 2nd toenail plates loose, onycholytic, subungual old blood.
No infection.

Digital block with 1% plain lidocaine.
Complete avulsion of the L great toenail plate, then the L second toenail plate.
Matrix left intact. Nail beds dressed with Xeroform.
Soak instructions. Recheck 2 weeks.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], topics=["coding-correction"]),
    "coder_note": "4.8: first avulsion 11730, each additional 11732 (11730 MUE 1). Digit modifiers: TA left great toe, "
                  "T1 left second toe.",
})

SCENARIOS.append({
    "id": "s21-nail-matrixectomy-both-great-toes-option-b",
    "family": "nails", "shape": "note-only",
    "description": "Partial nail + phenol matrixectomy R lateral and L medial great toe borders (option B chosen) -> 11750-T5 + 11750-TA",
    "date": "2025-09-30",
    "patient": ("Yazzie", "Kaden", "2001-10-09", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 40,
    "conditions": [C("c1", "Ingrowing toenails, both great toes, recurrent", "L60.0", "Right and left great toes",
                     reason=True)],
    "note": """Prairie Bend Skin Clinic - J. Pike - 09/30/2025
24M, recurrent painful ingrown great toenails both feet (4th episode R, 3rd L).
Granulation tissue; failed cotton-wedging and two prior partial avulsions elsewhere.

Options:  A) partial avulsion only   B) partial avulsion with phenol matrixectomy (permanent)
Pt chose B for both toes.

Procedure: digital blocks.
R great toe lateral border and L great toe medial border: nail border freed and avulsed,
88% phenol to the lateral/medial matrix horn 3 x 30 s, neutralized with alcohol.
[ ] Culture sent
Dressings, soak instructions, recheck 2 weeks.
""",
    "expected": E([L("11750", 1, "T5"), L("11750", 1, "TA")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent partial nail + matrix removal (chemical) -> 11750 per toe; lines with different digit "
                  "modifiers stay separate: T5 right great toe, TA left great toe.",
})

SCENARIOS.append({
    "id": "s21-nail-debride-six-counted-split-avulse-right-third",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of 6 mycotic toenails (2 + 3 + 1) and avulsion of a different nail (R 3rd toe) -> 11730-T7 + 11721-XS",
    "date": "2026-04-21",
    "patient": ("Quintero", "Esperanza", "1963-05-12", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Onychomycosis of toenails", "B35.1", "Both feet", reason=True),
        C("c2", "Traumatic onycholysis, right third toe", "L60.8", "Right third toe", reason=True),
    ],
    "procedures": [
        P("Debridement of mycotic nails", site="Both feet",
          note="Thick painful dystrophic nails mechanically debrided: both great toes; left 2nd, 3rd and 4th; right "
               "2nd.", reasons=["c1"]),
        P("Nail plate avulsion", site="Right third toe",
          note="Loose, lifted traumatized plate caught on bedding; digital block; complete avulsion.", reasons=["c2"]),
    ],
    "note": """I. Castellanos MD - 04/21/2026
62F with diabetes on Medicaid MCO.
Painful thick toenails, difficulty with shoes, cannot trim them herself.

Exam: thick yellow dystrophic nails with subungual debris.
R 3rd toenail plate lifted and loose after a stubbing injury, catching on bedding.

Procedures per entries.
The avulsed right 3rd toenail was not among the nails debrided.

Foot care education. Podiatry referral for ongoing diabetic foot care.
RTC 10 weeks.
""",
    "expected": E([L("11730", 1, "T7"), L("11721", 1, "XS")]),
    "coder_note": "Debrided nails 2 + 3 + 1 = 6 -> 11721. Avulsion R 3rd toe -> 11730-T7. 11730/11721 is indicator 1 with "
                  "11721 as column 2, different nails -> XS on 11721.",
})

# =============================================================================================================
# PARING
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-paring-three-lesions-split-copyforward-five",
    "family": "paring", "shape": "free-text",
    "description": "Paring 2 plantar calluses + 1 dorsal corn in a separate sentence (3 -> 11056); last visit 5 copied forward",
    "date": "2025-05-13",
    "patient": ("Dubois", "Marcel", "1970-12-24", "male"),
    "provider": "okafor", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [C("c1", "Corns and callosities, feet", "L84", "Right plantar forefoot and left fifth toe",
                     reason=True)],
    "procedures": [
        P("Paring of plantar calluses", site="Right plantar forefoot",
          note="Under the right 1st and 5th metatarsal heads; #15 blade.", reasons=["c1"]),
        P("Paring of corn", site="Left fifth toe, dorsal", note="Hard corn pared down.", reasons=["c1"]),
    ],
    "note": """Dermatology procedure - A. Okafor MD - 05/13/2025
54M, painful calluses, works on his feet all day (warehouse).
Last visit (carried forward 02/2025): 5 calluses pared, urea 40% started.

Today: Two plantar calluses under the R 1st and 5th metatarsal heads were pared with a #15 blade.
In addition, a hard corn on the dorsal L 5th toe was pared down.

No bleeding.
Offloading pads given; wider toe-box shoes.
Continue urea 40%.
RTC 3 months.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8: 2 + 1 = 3 lesions today -> 11056 (2-4). The 5 lesions are copied-forward history.",
})

SCENARIOS.append({
    "id": "s21-paring-precoded-11057-four-plus-plantar-wart",
    "family": "paring", "shape": "pre-coded",
    "description": "Pre-coded 11057 for 4 calluses (-> 11056) + 17110 plantar wart; 17110/11056 indicator 1 -> XS on 11056",
    "date": "2026-02-17",
    "patient": ("Holloway", "Tilda", "1955-09-27", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, feet", "L84", "Heels and metatarsal heads", reason=True),
        C("c2", "Plantar wart, right midfoot, painful", "B07.0", "Right plantar midfoot", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions, more than 4", "11057", "Both feet", reasons=["c1"]),
        P("Destruction benign lesion, plantar wart", "17110", "Right plantar midfoot", reasons=["c2"]),
    ],
    "note": """J. Pike - 02/17/2026
70F, Medicaid. Painful feet.

Fissured heel calluses, both heels (2).
Also a callus under the L 1st metatarsal head and another under the R 5th metatarsal head.
All four pared with a #15 blade.

Separate painful plantar wart on the R midfoot (pinpoint capillaries, pain with lateral
compression), away from the calluses: LN2 x 2 cycles.

Urea 40% to heels. Recheck 4 weeks for the wart.
""",
    "expected": E([L("11056", 1, "XS"), L("17110")], topics=["coding-correction"], dx={"17110": ["B07.0"]}),
    "coder_note": "2 + 1 + 1 = 4 lesions -> 11056, not 11057. 17110/11056 is indicator 1 with 17110 as column 1 and the "
                  "wart is a separate lesion -> XS on 11056.",
})

# =============================================================================================================
# PATCH TEST
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-patch-eighty-allergens-newpt-em25",
    "family": "patch-test", "shape": "note-only", "html": True,
    "description": "New patient hand dermatitis work-up (99204-25) + patch application 70 + 10 allergens -> 95044 x80",
    "date": "2025-07-08",
    "patient": ("Sorensen", "Ingrid", "1984-04-04", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 50, "em": "99204",
    "conditions": [C("c1", "Chronic hand dermatitis, worsening", "L30.9", "Both hands", reason=True)],
    "note": """<p><b>New patient - contact dermatitis clinic</b> (Samuel Weiss, MD) 07/08/2025</p>
<p>41F hairdresser, hand dermatitis x 2 years, much worse in the last 3 months with fissures; missing work.
Tried OTC hydrocortisone and gloves. No atopy history. Reviewed products she uses at the salon.</p>
<p>Exam: lichenified, fissured eczematous plaques on palms and finger webs, dorsal fingers; wrists spared.</p>
<p><b>Assessment:</b> chronic hand dermatitis, flaring - allergic contact vs irritant vs hand eczema.</p>
<p><b>Plan:</b></p>
<ul>
<li>Clobetasol 0.05% ointment BID to palms x 2 weeks, then weekends; bland emollient; cotton-under-nitrile gloves.</li>
<li>Patch testing applied today to the upper back: NACDG baseline series (70 allergens) plus a supplemental
hairdresser series of 10. Readings at 48 h and 96 h (readings included in the testing).</li>
<li>Avoid topical steroids to the back and sun exposure until final reading.</li>
</ul>
<p>E/M 99204.</p>""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "Patch tests: units = allergens, 70 + 10 = 80 (MUE 90). New-patient evaluation with prescription "
                  "management is separate from the testing -> 99204 kept with 25 (95044/99204 indicator 1).",
})

SCENARIOS.append({
    "id": "s21-patch-106-allergens-mue-cap",
    "family": "patch-test", "shape": "free-text",
    "description": "Patch application 70 + 32 + 4 = 106 tests (Medicare FFS) -> 95044 capped at MUE 90",
    "date": "2026-05-05",
    "patient": ("Albrecht", "Hedda", "1961-02-09", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Allergic contact dermatitis, eyelids and face, cause unknown", "L23.9",
                     "Eyelids and face", reason=True)],
    "procedures": [
        P("Patch test application - baseline series", site="Upper back", note="70 allergens", reasons=["c1"]),
        P("Patch test application - cosmetic/fragrance series", site="Upper back", note="32 allergens",
          reasons=["c1"]),
        P("Patch test application - patient's own products", site="Mid back",
          note="4 products tested as is", reasons=["c1"]),
    ],
    "note": """H. Voss MD - 05/05/2026
65F, recurrent eyelid and facial dermatitis; patch testing ordered at the 04/21 visit.
Application only today.
Nurse placed the chambers under my supervision (see procedure entries for the series).
Back marked with skin marker; photo taken.
Instructions: keep back dry, no strenuous exercise, avoid sun on the back.
No topical steroids to the back; antihistamines allowed.
Readings Thursday (48 h) and Monday (96 h).
Final results and avoidance list at the Monday reading.
No separate evaluation today.
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "70 + 32 + 4 = 106 tests exceeds the 95044 MUE of 90 -> capped at 90 with an mue finding (README).",
})

# =============================================================================================================
# PHOTOTHERAPY
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-photo-precoded-96910-nbuvb-only",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "NB-UVB session pre-coded as Goeckerman 96910; no tar/petrolatum today (old Goeckerman copied forward) -> 96900",
    "date": "2025-11-11",
    "patient": ("Whitfield", "Amos", "1956-06-30", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
    "procedures": [P("Photochemotherapy, tar and UVB", "96910", "Whole body", reasons=["c1"])],
    "note": """Phototherapy log - session 14 - 11/11/2025 (R. Nakamura MD supervising)
Regimen history (carried forward): Goeckerman (crude coal tar + UVB) 2022,
stopped due to odor/staining.
Current course: NB-UVB 311 nm, 3x/week since 09/2025.

Today: NB-UVB whole body 850 mJ/cm2 (+10%).
No pre-treatment topical applied today. Goggles, genital shielding.
Response: BSA 12% -> 7%.
No burning after last session.
Continue current protocol.
""",
    "expected": E([L("96900")], topics=["coding-correction"], dx={"96900": ["L40.0"]}),
    "coder_note": "NB-UVB alone is actinotherapy 96900; 96910 needs tar or petrolatum with UVB, which was not used "
                  "today (Goeckerman is 2022 history).",
})

SCENARIOS.append({
    "id": "s21-photo-excimer-elbows-knees-total-area",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer to elbows 2 x 60 sq cm and knees 2 x 75 sq cm: total 270 sq cm -> 96921 once",
    "date": "2026-03-10",
    "patient": ("Kowalczyk", "Bogdan", "1974-08-21", "male"),
    "provider": "marchetti", "payer": "commercial", "minutes": 15,
    "conditions": [C("c1", "Localized plaque psoriasis", "L40.0", "Elbows and knees", reason=True)],
    "procedures": [
        P("Excimer laser 308 nm", site="Bilateral elbows", note="Treated area 60 sq cm each elbow", reasons=["c1"]),
        P("Excimer laser 308 nm", site="Bilateral knees", note="Treated area 75 sq cm each knee", reasons=["c1"]),
    ],
    "note": """L. Marchetti MD - Excimer session 6 of 13 - 03/10/2026
Localized plaque psoriasis, elbows and knees, BSA ~3%.
Failed 4 months of topical clobetasol and calcipotriene.
Plaques thinner since session 1; no blistering.

Treated today per procedure entries.
Doses per protocol (increase 15% on knees, hold elbow dose).
Eye protection for pt and staff.
Continue calcipotriene on non-treatment days.
Next session in 3 days.
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "4.8: excimer is coded once per session by TOTAL area: 120 + 150 = 270 sq cm -> 96921 (250-500).",
})

# =============================================================================================================
# SKIN TAGS
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-tags-28-symptomatic-11201-mue-cap",
    "family": "skin-tags", "shape": "note-only",
    "description": "28 irritated, bleeding tags (neck 12, L axilla 9, R axilla 7), Medicare FFS: 11200 + 11201 capped at 1",
    "date": "2025-08-26",
    "patient": ("Marsh", "Beatrice", "1953-03-19", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Irritated, bleeding acrochordons", "L91.8", "Neck and both axillae", reason=True)],
    "note": """C. Okonkwo MD - 08/26/2025
72F. Skin tags on the neck catch on her necklace and bleed.
Axillary tags are rubbed raw by bra straps and bleed onto clothing -
photos of blood-stained straps in the chart.
Several are red and inflamed today.

Removed by snip excision with fine scissors, Drysol hemostasis:
  neck - 12
  left axilla - 9
  and the right axilla had 7
All tolerated well. No specimens sent.
Aftercare reviewed.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "12 + 9 + 7 = 28 tags -> 11200 + 11201 x ceil(13/10) = 2, capped at the 11201 MUE of 1 (README). "
                  "Bleeding/inflammation documented -> covered, no GY.",
})

SCENARIOS.append({
    "id": "s21-tags-18-cosmetic-medicare-gy",
    "family": "skin-tags", "shape": "free-text",
    "description": "18 asymptomatic tags removed for appearance, Medicare FFS, no ABN -> 11200-GY + 11201-GY",
    "date": "2026-01-14",
    "patient": ("Draper", "Lorraine", "1949-11-04", "female"),
    "provider": "castellanos", "payer": "medicare-ngs", "minutes": 25,
    "conditions": [C("c1", "Acrochordons, asymptomatic", "L91.8", "Neck and inframammary folds", reason=True)],
    "procedures": [
        P("Removal of skin tags", site="Neck and inframammary folds",
          note="18 asymptomatic acrochordons (neck 11, inframammary 7) removed by snip at the patient's request "
               "because she dislikes their appearance. No irritation, bleeding, inflammation or trauma.",
          reasons=["c1"]),
    ],
    "note": """I. Castellanos MD - 01/14/2026
76F requests removal of neck and inframammary skin tags for appearance.
They do not bleed, itch or get irritated; no trauma.
Counseled that Medicare does not cover cosmetic removal.
No ABN was obtained.
Procedure per entry, after verbal consent.
Drysol hemostasis.
Vaseline for 3 days.
RTC prn.
No other concerns today.
""",
    "expected": E([L("11200", 1, "GY"), L("11201", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: cosmetic tag removal; payer is a Medicare MAC (FFS) named without a SOPT type -> GY on "
                  "both lines (no ABN, so no GX). 18 tags -> "
                  "11200 + 11201 x1.",
})

# =============================================================================================================
# COSMETIC
# =============================================================================================================

SCENARIOS.append({
    "id": "s21-cos-face-peel-commercial-plus-hand-aks",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic superficial facial peel (commercial, self-pay) + LN2 to 3 hand AKs -> only 17000 + 17003 x2",
    "date": "2025-09-16",
    "patient": ("Beaufort", "Sabine", "1968-06-06", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Photoaging and dyschromia of face, cosmetic concern", "L81.4", "Face", reason=True),
        C("c2", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
    ],
    "procedures": [
        P("Superficial chemical peel, full face (salicylic acid 30%)", site="Face",
          note="Elective aesthetic peel for photoaging/uneven tone at patient request; self-pay package.",
          reasons=["c1"]),
        P("Cryodestruction of actinic keratoses", site="Dorsal hands",
          note="3 AKs: 2 on the right dorsal hand and 1 on the left. LN2 x 2 cycles.", reasons=["c2"]),
    ],
    "note": """Aurelia Dermatology & Aesthetics - H. Voss MD - 09/16/2025
57F.
Peel #2 of her aesthetic package (prepaid, not billed to insurance).
Goal: brighter tone, fewer fine lines; no active skin disease on the face.
Tolerated peel well, expected frosting, neutralized.

Also three rough spots on the hands, treated with LN2 (see procedure entry).

Post-peel care: gentle cleanser, SPF 50, no retinoid x 5 days.
Next peel in 4 weeks.
""",
    "expected": E([L("17000"), L("17003", 2)], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "Conventions: cosmetic service for a commercial payer is removed from the claim (cosmetic finding). "
                  "AK destruction 3 lesions -> 17000 + 17003 x2.",
})

SCENARIOS.append({
    "id": "s21-cos-precoded-sks-medicare-checkbox-cosmetic",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Pre-coded 17110 for LN2 to 9 asymptomatic back SKs, symptom boxes unchecked, Medicare FFS, no ABN -> 17110-GY",
    "date": "2026-04-28",
    "patient": ("Sutherland", "Hamish", "1947-01-01", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Seborrheic keratoses", "L82.1", "Back", reason=True)],
    "procedures": [P("Destruction benign lesions up to 14", "17110", "Back", note="9 SKs, LN2", reasons=["c1"])],
    "note": """S. Weiss MD - SK treatment 04/28/2026
79M, multiple SKs on the back; wife says they look "like barnacles".

Symptoms:  [ ] itching   [ ] bleeding   [ ] inflamed/irritated   [ ] recent change   [x] cosmetic concern

Exam: 9 stuck-on waxy tan papules on the back, no erythema, no crust.
LN2 to 9 SKs at his request.
Told him Medicare considers this cosmetic.
No ABN on file.
RTC prn.
""",
    "expected": E([L("17110", 1, "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-2: asymptomatic SK (L82.1) removal with no BSL-3 reason is cosmetic; Medicare FFS -> GY "
                  "(no voluntary ABN, so no GX).",
})
