"""Sealed set 73 (s73-): one older solo dermatologist's PAPER templates, scanned and OCR'd into the EHR as text.

Voice: Samuel R. Weiss, MD (provider key "weiss"), solo office since the 1980s. Pre-printed forms with checkbox lines,
circled options that OCR renders as '(o)' or '*', run-together columns, OCR slips ('l' for '1', 'rn' for 'm',
stray '|', hyphenation broken across lines) and transcribed handwriting in brackets. Every coding-critical number
is recoverable from elsewhere in the same note. Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = """SAMUEL R. WEISS, M.D.              DERMATOLOGY  &  SKIN SURGERY
ll8 Orchard Street, Suite 2 | Tel (6l7) 555-0143 | Fax (6l7) 555-0l44
--------------------------------------------------------------------------"""

# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s73-bx-punch-two-tangential-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Punch bx L upper back + tangential bx R shin and L forearm, superbill keyed 11104 + 11102 + 11102",
    "date": "2025-11-04",
    "patient": ("Dombrowski", "Walter", "1944-02-17", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Atypical pigmented lesion, left upper back", None, "Left upper back", reason=True),
        C("c2", "Pearly papule, right shin", None, "Right shin", reason=True),
        C("c3", "Scaly plaque, left forearm", None, "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("BX SKIN PUNCH", "11104", "Left upper back", "4 mm punch, 1 suture", reasons=["c1"]),
        P("BX SKIN SHAVE", "11102", "Right shin", "shave bx, AlCl", reasons=["c2"]),
        P("BX SKIN SHAVE", "11102", "Left forearm", "shave bx, AlCl", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Skin, left upper back, punch: compound melanocytic nevus with mild architectural disorder and "
                 "mild cytologic atypia; margins not assessed.", "site": "Left upper back"},
        {"text": "B. Skin, right shin, shave: basal cell carcinoma, nodular type, extending to deep margin.",
         "site": "Right shin"},
        {"text": "C. Skin, left forearm, shave: squamous cell carcinoma in situ (Bowen type).", "site": "Left forearm"},
    ],
    "note_title": "Procedure Note (scanned)",
    "note": HDR + """
PROCEDURE NOTE                                   DATE: ll/04/2025
PATIENT: Dombrowski, Walter    DOB 02/17/1944    INS: Medicare B |
PROCEDURE:  [X] Biopsy   [ ] Shave removal   [ ] Excision   [ ] LN2   [ ] ED&C
CONSENT: [X] verbal  [X] written      ANESTH: 1% lido c epi, buffered
PREP: [X] alcohol  [ ] betadine  [ ] chlorhex

LESION  SITE              SIZE    TECHNIQUE                          CLIN DX
#1      L upper back      0.7cm   [ ] shave  (o) punch 4mm  [ ] incis  atypical nevus, r/o dyspl|asia
#2      R shin            0.6crn  (o) shave  [ ] punch  [ ] incis      pearly papule r/o BCC
#3      L forearm dors.   0.9cm   (o) shave  [ ] punch  [ ] incis      scaly plaque r/o SCC

Three (3) separate lesions sampled.  #1 punch to fat, closed c l simple
suture 4-0 nylon.  #2 and #3 tangential (shave) biopsies with flexible
blade, partial thickness, hemostasis AlCl3.  No lesion removed in its
entirety - all for diagnosis only.
Specimens x3 to Derrnpath Associates, labeled A-C.

Wound care: [X] vaseline + bandaid daily  [X] handout   Suture out: l0-14 d
Pt tolerated well. No complications.  [ ] ABN   F/U: path call

                                   S. R. Weiss MD  (signed)
""",
    "expected": E([L("11104"), L("11103", 2)], topics=["coding-correction"], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential, so one primary 11104 and each tangential bx takes 11103 "
                  "(11104/11102 is indicator 0). Path: back = mildly atypical compound nevus -> D22.5.",
})

SCENARIOS.append({
    "id": "s73-bx-incisional-thigh-punch-wrist",
    "family": "biopsy", "shape": "note-only",
    "description": "Deep incisional wedge bx L thigh nodule + 4 mm punch R wrist papules; path EN and lichen planus",
    "date": "2025-10-14",
    "patient": ("Achterberg", "Lena", "1979-05-30", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Tender subcutaneous nodules, left thigh", None, "Left anterior thigh", reason=True),
        C("c2", "Violaceous flat papules, right wrist", None, "Right volar wrist", reason=True),
    ],
    "path": [
        {"text": "A. Skin and subcutis, left thigh, incisional wedge: septal panniculitis without vasculitis, "
                 "consistent with erythema nodosum.", "site": "Left thigh"},
        {"text": "B. Skin, right wrist, punch: lichen planus.", "site": "Right wrist"},
    ],
    "note_title": "Biopsy Record (scanned)",
    "note": HDR + """
BIOPSY RECORD                                 DOS 10/l4/2025
Pt: ACHTERBERG, LENA   46 F      Ins: UHC Choice Plus

TYPE:   [X] Incisional   [X] Punch   [ ] Shave/tangential   [ ] Excisional

Hx: 3 wk crop of painful red lumps both shins/L thigh after strep throat.
Also itchy purple bumps R wrist x 2 mo.  No new meds.  No fever today.

SITE A - L anterior thigh: tender subcut nodule 2.5 cm, dusky overlying skin.
  Technique: fusiform wedge with #15 blade, full thickness thru dermis into
  subcutaneous fat (needed fat for septal vs lobular panniculitis). Wedge
  l.8 x 0.6 cm [handwritten: 1.8 x 0.6].  Not a removal - sample of a larger
  nodule only.  Closed 3 simple interrupted 4-0 nylon.
SITE B - R volar wrist: flat-topped violaceous papules, Wickham striae.
  Technique: 4 mm punch, one 4-0 nylon suture.

Specimens: A in formalin (deep - please include fat) | B in forrnalin.
Both sites: vaseline, bandage.  Sutures out l4 days.

Plan: await path. [ ] NSAID  [ ] SSKI  - decide after path.
Throat cx / ASO per PCP.                       -- S.R. Weiss, MD
""",
    "expected": E([L("11106"), L("11105")], dx={"11106": ["L52"]}),
    "coder_note": "BX-1/BX-2: full-thickness blade wedge = incisional primary 11106; the punch takes 11105 (allowed with "
                  "11106 per AOC). Path EN on the incisional line.",
})

SCENARIOS.append({
    "id": "s73-bx-four-tangential-psoriasis-em",
    "family": "biopsy", "shape": "free-text",
    "description": "Four tangential bx (face/trunk/leg) plus separately managed psoriasis flare with Rx change; 99213-25",
    "date": "2025-12-02",
    "patient": ("Fairweather", "Agnes", "1950-08-09", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Psoriasis vulgaris, elbows and knees, flaring", "L40.0", "Elbows, knees", reason=True),
        C("c2", "Lesion of skin, left temple", None, "Left temple", reason=True),
        C("c3", "Lesion of skin, right upper chest", None, "Right upper chest", reason=True),
        C("c4", "Lesion of skin, left calf", None, "Left calf", reason=True),
        C("c5", "Lesion of skin, right shin", None, "Right shin", reason=True),
    ],
    "procedures": [
        P("shave bx", site="L temple", note="scaly pink papule 5 mm, r/o BCC vs AK - tangential sample", reasons=["c2"]),
        P("shave bx", site="R upper chest", note="pink shiny macule 8 mm r/o sBCC - tangential", reasons=["c3"]),
        P("shave bx", site="L calf", note="hyperkeratotic papule 6 mm r/o SCC - tangential", reasons=["c4"]),
        P("shave bx", site="R shin", note="same technique, 7 mm scaly papule", reasons=["c5"]),
    ],
    "note_title": "Office Visit / Procedure (scanned)",
    "note": HDR + """
OFFICE VISIT                                       DATE: 12/02/2025
PT: Fairweather, Agnes     75 F    Medicare B     [X] EST  [ ] NEW

CC: 1) psoriasis worse since Oct  2) spots to check, several rough.

PSORIASIS: elbows + knees thick plaques again, ~4% BSA, itchy, cracking
L knee.  Using triamcinolone 0.l% oint bid - "not touching it".  No joint
pain.  Exam: well-demarcated silvery plaques bilat elbows/knees, fissure L
knee.  Nails: few pits.  A/P: psoriasis vulgaris, flaring, not at goal.
 -> STOP triamcinolone.  START clobetasol 0.05% oint bid wkdays +
    calcipotriene cr wkends.  Rx sent.  Discussed steroid atrophy, tachyphylaxis.
    Not a candidate for biologic now; revisit if fails.  Recheck 6-8 wk.

SPOTS: full exam of face/trunk/legs.  Four lesions of concern:
  [X] L temple  [X] R upper chest  [X] L calf  [ ] R shin (see below)
TECHNIQUE: (o) tangential/shave bx   [ ] punch   [ ] incisional
  each sampled w/ Dermablade, partial thickness, AlCl3 hemostasis.
[handwritten: + R shin 7mm scaly pap - same, #4]
Total biopsies today: 4 (four), jars A-D.

All other lesions: SKs, cherry angiomas - reassured, no tx.
Wound care handout.  Path ~l wk.
                                            S.R. Weiss M.D.
""",
    "expected": E([L("11102"), L("11103", 3), L("99213", 1, "25")], dx={"99213": ["L40.0"]}),
    "coder_note": "BX-2: four tangential bx -> 11102 + 11103 x3. Separate psoriasis flare managed with prescription "
                  "change (beyond the biopsy decision) -> provider's 99213 kept with 25 (GS-3).",
})

SCENARIOS.append({
    "id": "s73-shave-cheek-scalp-bleeding-nevi",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of razor-traumatized 0.7 cm R cheek nevus and 0.4 cm bleeding scalp nevus",
    "date": "2025-09-23",
    "patient": ("Nakashima", "Trevor", "1988-12-01", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Melanocytic nevus, right cheek, traumatized", "D22.39", "Right cheek", reason=True),
        C("c2", "Melanocytic nevus, scalp, bleeding", "D22.4", "Scalp, left parietal", reason=True),
    ],
    "path": [
        {"text": "A. Right cheek, shave: intradermal melanocytic nevus with surface erosion. Margins clear.",
         "site": "Right cheek"},
        {"text": "B. Scalp, shave: intradermal melanocytic nevus. Margins clear.", "site": "Scalp"},
    ],
    "note_title": "Shave Removal (scanned)",
    "note": HDR + """
SHAVE REMOVAL                  DATE 09/23/2025       INS: Aetna HMO
NAME: Nakashima, Trevor   DOB l2/0l/1988

[X] Shave removal   [ ] Shave biopsy only   [ ] Snip   [ ] LN2

Reason for removal (check all):  [X] bleeding   [X] irritated/trauma
   [ ] itch   [ ] changing   [ ] cosmetic only (pt pays)

LESION 1: R cheek, flesh-colored dome papule, nicked shaving 3-4x/mo,
   bled again last wk.  Diameter 0.7 cm (7 mm).
LESION 2: L parietal scalp, 0.4 cm soft papule, catches on comb, bleeds.
   [handwritten: 4 mm]

Both removed in full by horizontal shave at dermal level, flush with
skin.  No sutures.  Hemostasis AlCl3 + light hyfrecation.  Specimens
A (cheek), B (scalp) to derm|path.
Both benign-appearing clinically; full removal requested b/c recurrent
bleeding.  No other lesions treated today.

Ointment + bandage.  Call for path.  Return prn.
                                         S Weiss MD
""",
    "expected": E([L("11311"), L("11305")], dx={"11311": ["D22.39"], "11305": ["D22.4"]}),
    "coder_note": "SH-1: removal intent, face 0.7 cm -> 11311; scalp 0.4 cm -> 11305 (SNHFG). Bleeding/trauma "
                  "documented, commercial payer anyway.",
})

SCENARIOS.append({
    "id": "s73-shave-neck-wrong-site-band",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal 1.2 cm inflamed SK left neck keyed as 11300 (trunk, small); correct to 11307",
    "date": "2025-10-28",
    "patient": ("Pellegrino", "Rosa", "1941-04-12", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left lateral neck", "L82.0", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("SHAVE REMOVAL", "11300", "L neck", "irritated SK removed by shave, AlCl", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left neck, shave: irritated (inflamed) seborrheic keratosis with squamous eddies. "
                 "No atypia.", "site": "Left neck"},
    ],
    "note_title": "Procedure Note (scanned)",
    "note": HDR + """
PROCEDURE NOTE                                 DOS: l0/28/2025
PT: PELLEGRINO, ROSA        84 F       MEDICARE PART B

[ ] Biopsy  [X] Shave removal  [ ] Excision  [ ] LN2  [ ] Curettage

SITE: L lateral neck (below angle of jaw)
SIZE: 1.2 x 0.9 cm  (greatest diam 1.2 cm = l2 mm)
DESCRIPTION: stuck-on warty plaque, red rim, crusted, bleeds w/ necklace
  clasp, itches "all day".  Present yrs, inflamed x 6 wks.
INDICATION: [X] bleeding  [X] itch  [X] inflamed  [ ] cosmetic

Procedure: consent, 1% lido c epi 1 cc.  Lesion removed entirely by
tangential shave at superficial dermis.  AlCl3.  No closure.
Specimen to path.  Vaseline, bandaid.

A/P: inflamed SK L neck - removed.  Not cosmetic (bleeding/itch/infl).
[handwritten: charge slip says trunk - this is NECK]
                                     -- S. Weiss MD
""",
    "expected": E([L("11307")], topics=["coding-correction"], dx={"11307": ["L82.0"]}),
    "coder_note": "SH-1: neck is SNHFG and 1.2 cm is the 1.1-2.0 band -> 11307, not 11300. Inflamed, bleeding, "
                  "itching SK meets BSL-3, so covered (no GY).",
})

SCENARIOS.append({
    "id": "s73-shave-scalp-size-blank",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals of irritated SKs: scalp size field left blank; back 0.8 cm",
    "date": "2025-11-18",
    "patient": ("Okonjo", "Bernard", "1947-07-07", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp vertex", "L82.0", "Scalp vertex", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right lower back", "L82.0", "Right lower back", reason=True),
    ],
    "procedures": [
        P("shave removal", site="scalp vertex", note="irritated SK, bleeds with comb; removed by shave",
          reasons=["c1"]),
        P("shave removal", site="R lower back at belt line", note="irritated SK 0.8 cm, rubbed by belt, crusted",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Scalp, shave: irritated seborrheic keratosis.", "site": "Scalp"},
        {"text": "B. Right lower back, shave: irritated seborrheic keratosis.", "site": "Right lower back"},
    ],
    "note_title": "Procedure Note (scanned)",
    "note": HDR + """
PROCEDURE NOTE          DATE ll/18/2025        NGS Medicare
PT: Okonjo, Bernard     78 M

[X] Shave removal  x 2         [ ] Biopsy   [ ] Destruction

 #  SITE                    SIZE (cm)     REASON                    PATH JAR
 1  scalp - vertex          ____          bleeds w/ comb, crusts    A
 2  R low back (belt)       0.8           rubbed raw by belt, infl  B

#1 dark stuck-on plaque, bleeding points, crust.  #2 tan warty papule
with red halo, belt rubs it daily, scabbed.  Both inflamed SKs clinically.
Lesions removed flush by shave w/ Dermablade.  AlCl3.  No suture.
[handwritten: #1 bigger than #2]

Pt asks re: other SKs on chest - asymptomatic, advised leave alone;
none treated.  Handout.  Path call 7-l0 d.
                                           SRW
""",
    "expected": E([L("11301")], topics=["missing-documentation"], dx={"11301": ["L82.0"]}),
    "coder_note": "README missing measurement: the scalp lesion has no diameter (blank field; 'bigger than #2' is not "
                  "a size) -> no 11305-11308 line + missing-documentation. Back 0.8 cm TAL -> 11301.",
})

SCENARIOS.append({
    "id": "s73-ds-ak-twelve-handwritten-two",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 of 12 AKs (10 typed on the diagram + 2 handwritten on the R helix); Medicare",
    "date": "2026-01-13",
    "patient": ("Harrigan", "Desmond", "1939-11-25", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face, scalp and right ear", "L57.0", "Face, scalp, right ear", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Cryotherapy Record (scanned)",
    "note": HDR + """
CRYOSURGERY - LIQUID NITROGEN              DOS 0l/l3/2026
Patient: HARRIGAN, DESMOND   86 M   Medicare   Hx BCC nose 2019 (Mohs)

Dx: [X] actinic keratoses   [ ] warts   [ ] SK   [ ] other ____
Consent [X]   Freeze-thaw cycles: [ ] 1  (o) 2   Spray tip B

AREA                 # AKs
forehead             4
R temple             2
L temple             l
scalp - vertex       3
R ear helix          [handwritten: 2]
---------------------------------
TOTAL TREATED        l2   (twelve)   [handwritten: 10 + 2 ear = 12]

Gritty scaly erythematous papules, typical AKs.  No indurated or
ulcerated lesion; nothing needing biopsy today.  Nose scar clear.
Discussed blistering, hypopigmentation.  Consider 5-FU field tx to
forehead in spring - not started today.
RTC 6 mo full skin check.                  S.R. Weiss MD
""",
    "expected": E([L("17000"), L("17003", 11)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 12 AKs (4+2+1+3+2; total written as 'l2 (twelve)' and '10 + 2 = 12') -> 17000 + 17003 x11.",
})

SCENARIOS.append({
    "id": "s73-ds-ak-eighteen-keyed-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "18 AKs destroyed, superbill keyed 17000 + 17003 x17; family rule folds to 17004",
    "date": "2026-02-03",
    "patient": ("Lindahl", "Margit", "1946-03-03", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face, scalp, dorsal hands", "L57.0", "Face, scalp, hands", reason=True),
    ],
    "procedures": [
        P("DESTR PREMALIG 1ST LESION", "17000", "face", "LN2", reasons=["c1"]),
        P("DESTR PREMALIG EA ADDL (x17)", "17003", "face/scalp/hands", "LN2, 17 additional lesions",
          reasons=["c1"]),
    ],
    "note_title": "Cryotherapy Record (scanned)",
    "note": HDR + """
CRYOSURGERY - LN2                           DOS 02/03/2026
Pt: Lindahl, Margit  79F   Medicare B

Dx: (o) AK   ( ) wart   ( ) SK     Cycles: 2    Consent: verbal

  face (cheeks, nose, forehead) .......... 9
  scalp (frontal, vertex) ................ 6
  dorsal hands R 2 / L l ................. 3
                                          ----
  TOTAL AKs frozen ....................... l8  (eighteen)

Thin to moderately thick AKs, none suspicious for SCC.  Pt using
sunscreen now.  [ ] bx  [ ] 5-FU  [ ] PDT -- declined field tx again.
Post-cryo care sheet.  RTC 4-6 mo.
[handwritten: superbill: 17000 + 17003 x 17]
                                                     S R Weiss
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions (9+6+3 = 18) -> 17004 x1 instead of 17000/17003.",
})

SCENARIOS.append({
    "id": "s73-ds-edc-superficial-bcc-back",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven superficial BCC L mid back, lesion 1.2 cm, final defect 1.7 cm",
    "date": "2025-12-16",
    "patient": ("Castellano", "Vito", "1943-09-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left mid back", "C44.519", "Left mid back", reason=True),
    ],
    "procedures": [
        P("ED&C x 3 cycles", site="L mid back",
          note="bx-proven superficial BCC; clinical lesion 1.2 cm; curette + hyfrecator x3; final defect 1.7 cm",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note (scanned)",
    "note": HDR + """
ELECTRODESICCATION & CURETTAGE            DATE: l2/l6/2025
PT: Castellano, Vito    82 M     Medicare

PATH: bx l2/02/2025 (acc. DP25-447l): BASAL CELL CARCINOMA, SUPERFICIAL
TYPE, L mid back.  Pt prefers ED&C over excision (on apixaban, lives alone).

SITE: L mid back, paraspinal
Lesion (clinical, pre-tx): l.2 cm pink scaly patch, bx scar central
  [handwritten: 12 mm]
Technique: [X] curette 4mm  [X] hyfrecator  cycles: [ ] 1 [ ] 2 (o) 3
Final defect after 3rd cycle: 1.7 cm diameter   [handwritten: 17 mm]
Hemostasis achieved.  Vaseline, bandage.  Second intention.

Malignant lesion destruction.  No excision, no closure.
F/U 6 wk wound check, then 6 mo skin check.
                                       Samuel R. Weiss MD
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction trunk; both the lesion (1.2 cm) and the final curettage defect (1.7 cm) "
                  "fall in the 1.1-2.0 band -> 17262.",
})

SCENARIOS.append({
    "id": "s73-exb-epidermoid-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision inflamed epidermoid cyst upper back, 1.8 cm + 2 mm margins = 2.2 cm; layered closure 6.4 cm",
    "date": "2025-10-07",
    "patient": ("Whitlock", "Janine", "1972-06-14", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Upper back, midline", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with foreign body "
                 "giant cell reaction. Margins clear.", "site": "Upper back"},
    ],
    "note_title": "Excision Note (scanned)",
    "note": HDR + """
EXCISION - OPERATIVE NOTE                     DOS l0/07/2025
PT: WHITLOCK, JANINE    53 F    BCBS IL PPO

PRE-OP DX: epidermoid cyst, upper back, inflamed 2x this yr, painful
POST-OP DX: same
[ ] Benign lesion   [ ] Malignant   (o) Cyst

Measurements (before excision, marked w/ pen):
   lesion greatest diameter ......... l.8 cm  (18 mm)
   margin each side ................. 0.2 cm  (2 mm)
   ellipse drawn .................... 6.4 x 2.2 cm (3:1)

Anesth 1% lido c epi 8 cc.  Fusiform excision to subcutaneous fat,
cyst wall removed intact except small rupture site, sac + contents to path.
Undermined both sides l cm.  Deep dermal closure 4-0 Vicryl buried
interrupted x 5, then 4-0 nylon simple running epidermal.
REPAIR: [ ] simple  (o) intermediate/layered  [ ] complex
Length of closure: 6.4 cm

EBL min.  Pressure dsg.  Sutures out l4 d.  Path pending.
                                               S.R. Weiss, M.D.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter 1.8 + 2 x 0.2 = 2.2 cm trunk -> 11403 (the 6.4 cm ellipse length is not the "
                  "excision size). Layered closure 6.4 cm trunk -> 12032, separately reportable (EX-5).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s73-exb-nevus-forearm-ellipse-keyed",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Excision changing nevus R forearm 0.6 cm + 2 mm margins (1.0 cm); keyed 11403 by ellipse length + 12001",
    "date": "2025-11-12",
    "patient": ("Quintero", "Marisol", "1985-03-22", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Changing pigmented nevus, right dorsal forearm", None, "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("EXC BENIGN LES ARM 3.0", "11403", "R forearm", "ellipse 3.0 x 1.0 cm", reasons=["c1"]),
        P("SIMPLE REPAIR 3.0", "12001", "R forearm", "simple interrupted 4-0 nylon", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right forearm, excision: dysplastic (atypical) compound nevus with moderate cytologic atypia. "
                 "Peripheral and deep margins free, closest 1.5 mm.", "site": "Right forearm"},
    ],
    "note_title": "Excision Note (scanned)",
    "note": HDR + """
EXCISION                                   DOS: ll/l2/2025
Pt: Quintero, Marisol    40 F    Cigna OAP

Lesion: R dorsal forearm, dark brown macule w/ irregular border, pt photo
shows it was smaller + lighter l yr ago.  Dermoscopy: atypical network.
Plan today: complete excision for diagnosis (not shave - want full depth).

MEASURE (pre-op):  lesion  0.6 cm   |  margin  2 mm ea side
                   -> excised diameter 0.6 + 0.4 = l.0 cm
                   ellipse (for closure) 3.0 x l.0 cm

[X] 1% lido c epi   [X] chlorhex prep   [X] time out
Fusiform excision to superficial fat, specimen tagged l2 o'clock.
Closure: (o) simple - single layer 4-0 nylon interrupted x 6
         [ ] layered   [ ] complex
No undermining needed.  Minimal EBL.

Dressing, wound care handout.  Sutures out l0-l2 d.
Superbill (front desk): 11403 + 12001 "3.0 cm" -- [handwritten: ?? check size]
                                         S.R. Weiss, MD
""",
    "expected": E([L("11401")], topics=["coding-correction", "ncci"], dx={"11401": ["D22.61"]}),
    "coder_note": "EX-1: excised diameter = 0.6 + 2 x 0.2 = 1.0 cm (not the 3.0 cm ellipse) -> 11401; benign path "
                  "(dysplastic nevus -> D22.61). EX-5: simple closure included; 11401/12001 indicator 1, same wound -> "
                  "12001 removed.",
})

SCENARIOS.append({
    "id": "s73-exb-pilar-cyst-scalp-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision painful pilar cyst L occipital scalp 1.0 cm + 1 mm margins (1.2 cm); layered closure 2.4 cm",
    "date": "2025-09-09",
    "patient": ("Greaves", "Howard", "1949-01-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, left occipital scalp, tender", "L72.11", "Left occipital scalp", reason=True),
    ],
    "procedures": [
        P("excision of cyst", site="L occipital scalp",
          note="tender firm cyst 1.0 cm, bled after comb trauma x2; excised with 1 mm margin each side, intact sac",
          reasons=["c1"]),
        P("layered closure", site="L occipital scalp",
          note="deep 4-0 Vicryl + 4-0 nylon; closure length 2.4 cm", reasons=["c1"]),
    ],
    "path": [
        {"text": "Scalp, left occipital, excision: trichilemmal (pilar) cyst, intact.", "site": "Left occipital scalp"},
    ],
    "note_title": "Excision Note (scanned)",
    "note": HDR + """
CYST EXCISION                             DATE 09/09/2025
PT: Greaves, Howard   76 M   Medicare Part B

Cyst L occipital scalp x 3 yrs, now TENDER, comb tore it twice this
summer (bled, scabbed - [X] trauma documented, pt shows scab today).
Firm mobile l.0 cm (l0 mm) dermal/subcut nodule, no punctum.
[ ] cosmetic request   [X] symptomatic (pain, trauma, bleeding)

Hair clipped.  1% lido c epi 4 cc.  Linear incision/narrow ellipse,
margin 1 mm each side of cyst (excised diam 1.2 cm).  Sac dissected
free intact.  Deep layer 4-0 Vicryl x 3, skin 4-0 nylon.
CLOSURE: [ ] simple  (o) intermediate  [ ] complex    length 2.4 cm

Bacitracin.  No shampoo 24 h.  Sutures out l0 d.
Path sent.
                                   S.R. Weiss MD
""",
    "expected": E([L("11422"), L("12031")], dx={"11422": ["L72.11"]}),
    "coder_note": "EX-1: 1.0 + 2 x 0.1 = 1.2 cm scalp (SNHFG) -> 11422; covered (pain, documented trauma, bleeding; "
                  "BSL-3). Layered closure 2.4 cm scalp -> 12031 (scalp is in the 12031-12037 group).",
})

SCENARIOS.append({
    "id": "s73-exm-scc-right-forearm",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision biopsy-proven SCC R forearm 1.2 cm + 4 mm margins (2.0 cm); layered closure 5.8 cm",
    "date": "2025-11-25",
    "patient": ("Brennan", "Ollie", "1938-10-05", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal forearm", "C44.622", "Right dorsal forearm", reason=True),
    ],
    "path": [
        {"text": "Skin, right forearm, excision: invasive squamous cell carcinoma, well differentiated, "
                 "depth 1.4 mm; all margins free (closest 3 mm).", "site": "Right forearm"},
    ],
    "note_title": "Excision - Malignant (scanned)",
    "note": HDR + """
EXCISION - MALIGNANT LESION               DATE: ll/25/2025
Pt: BRENNAN, OLLIE  87 M   Humana Gold Plus

Bx ll/04/25: INVASIVE SCC, well diff, R dorsal forearm (jar B).
Today: excision with standard margins.

   Clinical lesion (incl. bx scar) ........ l.2 cm  [12 mm]
   Margin ................................. 4 rnm each side (0.4 cm)
   Excised diameter ....................... 2.0 cm
   Ellipse ................................ 5.8 x 2.0 cm

Anesth: 1% lido c epi lO cc + 0.25% bupi 3 cc.
Full-thickness fusiform excision to fascia (not incl.), specimen
oriented w/ suture at 12.  Undermined 1.5 cm circumferentially.
Deep: 3-0 Vicryl buried x 6.  Skin: 4-0 Prolene running.
| REPAIR:  [ ] simple  [X] intermediate (layered)  [ ] complex
| LENGTH:  5.8 cm

Thin skin, on ASA - extra hemostasis w/ cautery.  Pressure dressing.
Nodes: no epitrochlear/axillary adenopathy.
Sutures out l4 d.                        -- S. R. Weiss MD
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.622"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm arm -> 11602 (malignant known before excision and confirmed). "
                  "Intermediate repair 5.8 cm extremity -> 12032 (EX-5).",
})

SCENARIOS.append({
    "id": "s73-exm-reexcision-margin-day7-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision for positive peripheral margin of back BCC 7 days after 11602; 2.2 cm -> 11603-58",
    "date": "2025-12-11",
    "patient": ("Sorensen", "Ingrid", "1960-02-14", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper back, positive margin", "C44.519", "Right upper back",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-12-04", "11602", "Excision malignant lesion R upper back", "Right upper back",
              "BCC 1.0 cm + 3 mm margins"),
    ],
    "procedures": [
        P("re-excision", site="R upper back",
          note="re-excision of scar for + peripheral margin; scar 1.6 cm, 3 mm margins; simple closure",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right upper back, re-excision: residual basal cell carcinoma, infiltrative pattern, "
                 "focal; margins now free (closest 2 mm).", "site": "Right upper back"},
    ],
    "note_title": "Procedure Note (scanned)",
    "note": HDR + """
RE-EXCISION                                DOS l2/ll/2025
PT: Sorensen, Ingrid  65 F   Medicare B

l2/04/25 excised BCC R upper back (11602).  Path l2/08: BCC nodular
+ infiltrative, PERIPHERAL MARGIN INVOLVED at 3 o'clock.  Called pt,
agreed to re-excise now rather than wait - still inside the l0-day
post-op period of the first excision.  Planned/staged 2nd procedure.

MEASURE:  healing scar incl. site ......... l.6 cm
          margin ........................... 3 mm each side
          excised diameter ................. 2.2 cm  (1.6 + 0.6)

Sutures from 12/04 removed at start.  Lido c epi.  Fusiform re-excision
to fat, tagged.  Closure single layer 3-0 nylon vertical mattress x 5 -
[X] simple  [ ] layered.  No undermining.

Dsg.  Sutures out l0-l4 d.  Will call w/ margins.
                                            S.R.Weiss
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.519"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> 58; coded "
                  "malignant; 1.6 + 2 x 0.3 = 2.2 cm trunk -> 11603. Simple closure included.",
})

SCENARIOS.append({
    "id": "s73-exm-mis-back-keyed-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Wide excision of biopsy-proven melanoma in situ L upper back keyed as benign 11402; correct to 11602",
    "date": "2026-01-20",
    "patient": ("Ferreira", "Paulo", "1968-07-19", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 55,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back", "D03.59", "Left upper back", reason=True),
    ],
    "procedures": [
        P("EXC LESION BACK 1.8", "11402", "L upper back", "wide local excision, 5 mm margins", reasons=["c1"]),
        P("INTERMEDIATE REPAIR 5.0", "12032", "L upper back", "layered closure 5.0 cm", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left upper back, wide excision: residual melanoma in situ, lentiginous; peripheral and deep "
                 "margins free (closest 4 mm).", "site": "Left upper back"},
    ],
    "note_title": "Wide Local Excision (scanned)",
    "note": HDR + """
WIDE LOCAL EXCISION                      DATE 0l/20/2026
Pt: FERREIRA, PAULO   57 M   UHC Choice Plus

Bx l2/30/2025 (punch): MELANOMA IN SITU, L upper back. No invasion.
Schedule said "nevus recheck" - [handwritten: NOT a nevus - MIS!]

Pre-op measure:   residual pigment + bx scar ... 0.8 cm
                  margin (MIS) ................. 5 rnm ea side
                  excised diameter ............. l.8 cm
Ellipse 5.0 x l.8 cm, long axis along RSTL.
Anesth lido c epi l2 cc.  Excised to fascia.  Undermined.
Deep 3-0 Monocryl, superficial 4-0 nylon running.
CLOSURE: [ ] simple  [X] layered  [ ] complex    length 5.0 cm

Pressure dsg.  Activity restrictions given.  Sutures out 2 wk.
Annual FSE + q3-6mo x 2 yrs.                 S. R. Weiss, MD
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"], dx={"11602": ["D03.59"]}),
    "coder_note": "EX-3: melanoma in situ (D03) is coded with malignant excision codes; 0.8 + 2 x 0.5 = 1.8 cm trunk "
                  "-> 11602, not benign 11402. Layered closure 5.0 cm trunk -> 12032 stays.",
})

SCENARIOS.append({
    "id": "s73-mohs-right-helix-six-block-stage",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R helix BCC, stage I 6 blocks, stage II 2 blocks; complex repair of helical rim 2.2 cm",
    "date": "2026-02-10",
    "patient": ("Kowalczyk", "Henryk", "1942-05-05", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, right helix", "C44.212", "Right helix", reason=True),
    ],
    "note_title": "Mohs Surgery Record (scanned)",
    "note": HDR + """
MOHS MICROGRAPHIC SURGERY RECORD                DOS 02/l0/2026
PT: Kowalczyk, Henryk    83 M     Medicare B
Surgeon + pathologist: S.R. Weiss MD (reads own frozen sections)

Bx 0l/l5/26 (this office): BCC, nodular, R helix.  Area H (ear).
Pre-op size: l.4 x l.1 cm.

STAGE   BLOCKS        RESULT
  I     6  (six)      + BCC at 2-3 o'clock, blocks 2 and 3
  II    2  (two)      CLEAR
----------------------------------------------
Total 2 stages, 8 blocks   [handwritten: stage I had 6 blocks - large
  tumor, needed the extra block]

Final defect 2.0 x l.6 cm R mid helix, thru the helical rim, perichon-
drium exposed, small cartilage trim.
REPAIR: [ ] 2nd int  [ ] simple  [ ] intermed  (o) complex  [ ] flap
  Helical rim (free margin) re-approximated, cartilage contoured, wide
  undermining of posterior ear skin; 5-0 Vicryl + 6-0 Prolene.
  Repair length: 2.2 cm

Dsg, pressure.  Tylenol.  Sutures out 7 d.
                                         Samuel R. Weiss, M.D.
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13151")], dx={"17311": ["C44.212"]}),
    "coder_note": "MOHS-2: ear -> 17311 stage I, 17312 stage II; stage I had 6 blocks so 17315 x1 (block beyond 5). "
                  "REP-3: helical rim free margin -> complex; ear 2.2 cm -> 13151 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s73-mohs-pretibial-scc-keyed-head-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs R pretibial SCC, 3 stages (4/3/1 blocks), keyed 17311 + 17312 x2; correct to 17313 + 17314 x2",
    "date": "2026-03-03",
    "patient": ("Tremblay", "Yvette", "1945-12-08", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right pretibial leg", "C44.722", "Right pretibial leg", reason=True),
    ],
    "procedures": [
        P("MOHS STAGE 1", "17311", "R shin", "4 blocks", reasons=["c1"]),
        P("MOHS ADDL STAGE", "17312", "R shin", "stage 2, 3 blocks", reasons=["c1"]),
        P("MOHS ADDL STAGE", "17312", "R shin", "stage 3, 1 block", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Record (scanned)",
    "note": HDR + """
MOHS MICROGRAPHIC SURGERY RECORD              DOS 03/03/2026
PT: TREMBLAY, YVETTE   80 F   Medicare B
Surgeon/pathologist: S.R. Weiss MD

Bx 02/05/26: SCC, moderately diff, R pretibial.  Clinical size 2.2 cm.
(Pretibial = area M; size >=2 cm and pt on prednisone for PMR.)
SITE GROUP:  [ ] head/neck/hands/feet/genital   (o) trunk/arms/legs

STAGE   BLOCKS   RESULT
  I       4      + deep margin, block 4
  II      3      + focal at 6 o'clock
  III     l      CLEAR   [handwritten: 1 block]
Total: 3 stages, 8 blocks; no stage > 5 blocks.

Final defect 3.4 x 2.8 cm to deep fat.  Shin skin tight, poor vascularity -
healing by 2nd intention, Unna boot, leg elevation.  No repair done.
[handwritten: superbill has 17311/17312 - LEG not head!]

Wound check l wk, then weekly.                 S R Weiss MD
""",
    "expected": E([L("17313"), L("17314", 2)], topics=["coding-correction"], dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: leg is the trunk/arms/legs group -> 17313 + 17314 x2 (3 stages, none over 5 blocks). "
                  "Second-intention healing, no repair line.",
})

SCENARIOS.append({
    "id": "s73-mohs-left-cheek-em-preop-only",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs L cheek BCC 1 stage + layered closure 2.0 cm; 99213 selected for pre-op consent only -> removed",
    "date": "2025-10-21",
    "patient": ("Mbeki", "Thandiwe", "1955-04-27", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 120, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left cheek", "C44.319", "Left mid cheek", reason=True),
    ],
    "procedures": [
        P("Mohs, stage 1", site="L cheek", note="3 tissue blocks, margins clear after stage 1", reasons=["c1"]),
        P("layered closure", site="L cheek", note="intermediate closure, length 2.0 cm", reasons=["c1"]),
    ],
    "note_title": "Mohs Day Note (scanned)",
    "note": HDR + """
MOHS - DAY OF SURGERY                         DATE l0/2l/2025
PT: Mbeki, Thandiwe   70 F   Aetna Medicare PPO

Pre-op: Bx 09/30/25 here - nodular BCC L mid cheek.  Mohs was recom-
mended and scheduled at that visit.  Today: reviewed path again, risks/
benefits/alternatives, consent signed.  No new complaints; no other
problem addressed today.  Meds/allergies reviewed (NKDA).
VISIT LEVEL (circled on form):  99212  *99213*  99214

MOHS:  Stage I - 3 blocks - clear.   (1 stage total)
Defect l.l x 0.9 cm.  Closure: deep 5-0 Vicryl, 6-0 nylon.
[ ] simple  [X] intermediate  [ ] complex  [ ] flap   Length 2.0 cm

Dsg.  Sutures out 6 d.           S.R. Weiss MD (surgeon & path)
""",
    "expected": E([L("17311"), L("12051")], dx={"17311": ["C44.319"]}),
    "coder_note": "GS-3 / README: the E/M holds only pre-procedure review and consent for a Mohs decided at the prior "
                  "visit -> no separately identifiable E/M, line removed. Mohs face 1 stage -> 17311; layered 2.0 cm "
                  "face -> 12051 (no PTP edit with 17311).",
})

SCENARIOS.append({
    "id": "s73-rep-glass-lacerations-forearm-hand",
    "family": "repair", "shape": "note-only",
    "description": "Simple repair of glass lacerations L forearm 3.0 cm + L dorsal hand 1.5 cm, summed 4.5 cm -> 12002",
    "date": "2025-09-30",
    "patient": ("Duchesne", "Remy", "1996-08-16", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Laceration without foreign body, left forearm", "S51.812A", "Left forearm", reason=True),
        C("c2", "Laceration without foreign body, left hand", "S61.412A", "Left dorsal hand", reason=True),
    ],
    "note_title": "Laceration Repair (scanned)",
    "note": HDR + """
LACERATION REPAIR                             DOS 09/30/2025
PT: Duchesne, Remy   29 M   BCBS PPO    (est. pt - acne hx)

Cut by broken cold-frame glass in garden ~2 h ago.  Called, we had an
opening.  Bleeding controlled w/ towel.  Td 2022 - up to date.
No numbness, full finger flexion/extension, cap refill < 2 s.

WOUND   SITE                 LENGTH    DEPTH            CONTAM
  1     L volar forearm      3.0 cm    dermis only      clean
  2     L dorsal hand        l.5 cm    dermis only      clean
Explored under good light - no glass, no tendon visible.

Irrigated NS 200 cc.  1% lido plain.
Repair: (o) simple single layer   [ ] layered   [ ] complex
  #1 4-0 nylon x 6 interrupted   #2 5-0 nylon x 4
No debridement, no undermining.
[handwritten: total 4.5 cm simple]

Bacitracin, dsg.  Sutures out hand 10 d, forearm 10-l4 d.
                                       S.R. Weiss MD
""",
    "expected": E([L("12002")], dx={"12002": ["S51.812A"]}),
    "coder_note": "REP-1/REP-2: simple repairs of forearm and hand are in the same group (12001-12007); 3.0 + 1.5 = "
                  "4.5 cm -> one 12002.",
})

SCENARIOS.append({
    "id": "s73-rep-two-layered-closures-keyed-separately",
    "family": "repair", "shape": "pre-coded",
    "description": "Benign excisions back (1.3 cm) and L arm (0.9 cm) with layered closures 3.2 + 2.1 cm keyed 12032 + 12031",
    "date": "2026-01-27",
    "patient": ("Hollis", "Beatrice", "1963-11-11", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 60,
    "conditions": [
        C("c1", "Atypical nevus, right upper back", None, "Right upper back", reason=True),
        C("c2", "Painful firm papule, left upper arm", None, "Left upper arm", reason=True),
    ],
    "procedures": [
        P("EXC BENIGN BACK", "11402", "R upper back", "0.9 cm lesion, 2 mm margins", reasons=["c1"]),
        P("EXC BENIGN ARM", "11401", "L upper arm", "0.5 cm lesion, 2 mm margins", reasons=["c2"]),
        P("INTERMED REPAIR BACK 3.2", "12032", "R upper back", "layered 3.2 cm", reasons=["c1"]),
        P("INTERMED REPAIR ARM 2.1", "12031", "L upper arm", "layered 2.1 cm", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, right upper back, excision: compound dysplastic nevus, mild atypia; margins free.",
         "site": "Right upper back"},
        {"text": "B. Skin, left upper arm, excision: dermatofibroma (benign fibrous histiocytoma); margins free.",
         "site": "Left upper arm"},
    ],
    "note_title": "Excision Note x2 (scanned)",
    "note": HDR + """
EXCISIONS x 2                                   DOS 0l/27/2026
PT: Hollis, Beatrice   62 F   UHC

           SITE            LESION   MARGIN   EXC DIAM   CLOSURE          LENGTH
A  [X]   R upper back      0.9 cm   2 mm     l.3 cm     (o) layered      3.2 cm
B  [X]   L upper arm       0.5 cm   2 mm     0.9 cm     (o) layered      2.l cm

A: irregular brown papule, new in past yr, dermoscopy atypical.
B: firm tender papule, dimple sign, painful w/ bra strap/purse strap,
   bumped daily - pt wants it out.  Clin: DF vs other.
Both: lido c epi, fusiform excision to fat, deep 4-0 Vicryl, 4-0 nylon
running.  [ ] simple closure  [X] intermediate both.
Repairs: trunk and arm - same repair group.  TOTAL layered = 5.3 cm
[handwritten: 3.2 + 2.1 = 5.3]

Dsg.  Sutures out l4 d.  Path A,B.            S. R. Weiss MD
""",
    "expected": E([L("11402"), L("11401"), L("12032")], topics=["coding-correction"], dx={"11402": ["D22.5"]}),
    "coder_note": "REP-1: intermediate repairs in the same group (trunk and arm, 12031-12037) are summed: 3.2 + 2.1 = "
                  "5.3 cm -> one 12032 (12032/12031 indicator 0). EX-1: 0.9 + 0.4 = 1.3 -> 11402; 0.5 + 0.4 = 0.9 "
                  "-> 11401.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s73-rep-forehead-lac-debrided-complex",
    "family": "repair", "shape": "free-text",
    "description": "Ragged forehead laceration 4.0 cm with edge debridement and layered closure -> complex 13132",
    "date": "2025-10-16",
    "patient": ("Yilmaz", "Deniz", "1990-04-03", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Laceration without foreign body of forehead", "S01.81XA", "Forehead, right of midline",
          reason=True),
    ],
    "procedures": [
        P("repair of forehead laceration", site="forehead",
          note="stellate ragged 4.0 cm; devitalized edges debrided/trimmed; layered closure 5-0 Vicryl + 6-0 nylon",
          reasons=["c1"]),
    ],
    "note_title": "Laceration Repair (scanned)",
    "note": HDR + """
LACERATION REPAIR                              DATE l0/l6/2025
Pt: YILMAZ, DENIZ    35 M    Aetna HMO

Slipped on wet steps, struck forehead on stone wall l h ago.  No LOC,
no vomiting, neuro grossly intact, pupils equal.  Td 2019.

WOUND: R forehead, stellate/ragged, total length 4.0 cm (40 mm),
 depth to subcut fat, frontalis not violated, no bone exposed.
 Edges crushed + devitalized, grit embedded.

Irrigated 500 cc NS, grit removed.  1% lido c epi.
DEBRIDEMENT of wound edges: [X] yes - nonviable ragged margins trimmed
 sharply with #15 blade / iris scissors, converting to clean edges.
Undermining: [X] extensive (> wound width) to allow tension-free closure.
Deep: 5-0 Vicryl buried x 6.  Skin: 6-0 nylon interrupted.
REPAIR CLASS: [ ] simple  [ ] intermediate  (o) complex
Repaired length: 4.0 cm

Head injury sheet given.  Sutures out 5 d.  Scar care, sunscreen.
                                       S.R. Weiss, MD
""",
    "expected": E([L("13132")], dx={"13132": ["S01.81XA"]}),
    "coder_note": "REP-3: debridement of wound edges plus extensive undermining = complex; forehead is in 13131-13133; "
                  "4.0 cm is the 2.6-7.5 band -> 13132.",
})

SCENARIOS.append({
    "id": "s73-rep-neck-bcc-layered-length-blank",
    "family": "repair", "shape": "note-only",
    "description": "Excision BCC posterior neck 1.0 cm + 4 mm margins (1.8 cm); layered closure with length field blank",
    "date": "2025-11-06",
    "patient": ("Oyelaran", "Felix", "1951-06-21", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma, posterior neck", "C44.41", "Posterior neck", reason=True),
    ],
    "path": [
        {"text": "Skin, posterior neck, excision: basal cell carcinoma, nodular; margins free (closest 3 mm).",
         "site": "Posterior neck"},
    ],
    "note_title": "Excision - Malignant (scanned)",
    "note": HDR + """
EXCISION - MALIGNANT                        DOS ll/06/2025
PT: Oyelaran, Felix   74 M   Medicare B

Bx l0/l4/25: BCC, nodular, posterior neck (L of midline).

  lesion diameter ............... l.0 cm
  margin ........................ 4 mm each side
  excised diameter .............. l.8 cm

1% lido c epi.  Fusiform excision to fat, tagged.
Undermined, deep 4-0 Vicryl buried, 5-0 nylon running.
REPAIR:  [ ] simple  [X] intermediate/layered  [ ] complex
LENGTH:  ______ cm        [handwritten: (meant to measure after)]

Pressure dsg.  Sutures out l0-l2 d.  Path pending.
                                                S R Weiss MD
""",
    "expected": E([L("11622")], topics=["missing-documentation"], dx={"11622": ["C44.41"]}),
    "coder_note": "EX-1: 1.0 + 2 x 0.4 = 1.8 cm neck (SNHFG) -> 11622, malignant path. README: the layered repair "
                  "has no documented length -> no 12041-12047 line + missing-documentation.",
})

SCENARIOS.append({
    "id": "s73-tags-twentytwo-neck-axillae-irritated",
    "family": "skin-tags", "shape": "note-only",
    "description": "Removal of 22 irritated/bleeding skin tags (neck 14, axillae 8): 11200 + 11201 x1",
    "date": "2025-12-09",
    "patient": ("Castro", "Lucia", "1977-09-12", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae, irritated", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "note_title": "Skin Tag Removal (scanned)",
    "note": HDR + """
ACROCHORDON (SKIN TAG) REMOVAL                 DATE l2/09/2025
Pt: Castro, Lucia    48 F    BCBS IL

Symptoms:  [X] irritated by necklace/bra strap  [X] bleeding  [X] inflamed
           [ ] cosmetic only
Exam: pedunculated tags; several red/crusted, 2 bled on neck last wk.

SITE              COUNT
neck (ant+lat)    l4   [fourteen]
L axilla           5
R axilla           3
                  ----
TOTAL             22   (twenty-two)

Technique: (o) snip w/ iris scissors   [ ] LN2   [ ] cautery only
AlCl3 / light hyfrecation for hemostasis.  No anesthesia needed for
most; EMLA on neck.  Not sent to path.
[handwritten: also saw 1 SK on back - left alone]

Vaseline to sites.  Return prn.               S.R. Weiss MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "22 tags = 15 (11200) + 7 more -> 11201 x1 (each additional 10 or part). Symptomatic, commercial.",
})

SCENARIOS.append({
    "id": "s73-tags-medicare-cosmetic-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "Medicare FFS: 9 asymptomatic neck skin tags removed at pt request, voluntary ABN signed -> 11200-GX-GY",
    "date": "2026-01-06",
    "patient": ("Whitcombe", "Gerald", "1948-03-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Skin tags, neck, asymptomatic", "L91.8", "Neck", reason=True),
    ],
    "procedures": [
        P("snip removal skin tags x9", site="neck",
          note="nine small tags, asymptomatic, removed for appearance at patient request", reasons=["c1"]),
    ],
    "note_title": "Procedure Note (scanned)",
    "note": HDR + """
SKIN TAG REMOVAL                             DOS 0l/06/2026
PT: Whitcombe, Gerald   77 M   Medicare Part B

Pt requests removal of neck tags "they look untidy in photos".
Symptoms:  [ ] itch  [ ] bleed  [ ] irritation  [ ] inflamed  [X] none
Exam: 9 (nine) soft pedunculated 1-3 mm tags, neck; no erythema, no crust,
  not in collar line.  No other lesion of concern.

COSMETIC - explained Medicare does not cover cosmetic removal.
 [X] Notice given voluntarily; pt chose option to have it done and
     be billed - signed, copy to pt.   [ ] no notice
Count: 9.  Snip excision w/ curved iris scissors, AlCl3.  No path.

Vaseline.  No follow up needed.              S. R. Weiss MD
""",
    "expected": E([L("11200", 1, "GX", "GY")], topics=["cosmetic"], dx={"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4: asymptomatic skin tags removed for appearance are statutorily excluded for Medicare FFS "
                  "-> GY, plus GX because a voluntary notice was given. 9 tags -> 11200 x1.",
})

SCENARIOS.append({
    "id": "s73-tags-fortyeight-keyed-11201-x4",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "48 inflamed skin tags (neck/axillae/groin) keyed 11200 + 11201 x4; 11201 capped at MUE 1",
    "date": "2026-02-17",
    "patient": ("Pruitt", "Darnell", "1969-10-25", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, inflamed, neck/axillae/groin", "L91.8", "Neck, axillae, inguinal folds",
          reason=True),
    ],
    "procedures": [
        P("SKIN TAG REMOVAL 1-15", "11200", "neck/axillae/groin", "snip + cautery", reasons=["c1"]),
        P("SKIN TAG EA ADDL 10 x4", "11201", "neck/axillae/groin", "33 additional tags = 4 units",
          reasons=["c1"]),
    ],
    "note_title": "Skin Tag Removal (scanned)",
    "note": HDR + """
SKIN TAGS - REMOVAL                          DATE 02/l7/2026
PT: PRUITT, DARNELL   56 M   UHC Choice Plus   T2DM, BMI 41

Tags chafe constantly, several raw/bleeding, 2 axillary tags
infected last month (tx'd by PCP).   [X] symptomatic  [ ] cosmetic

COUNT SHEET:
  neck .................. 20
  L axilla .............. l0
  R axilla ..............  8
  groin (bilat) ......... l0
  ---------------------------
  TOTAL ................. 48  (forty-eight)  [handwritten: 48 - counted twice]

Snip w/ iris scissors, hyfrecation, AlCl3.  Topical lido cream 45 min prior.
No path.  Superbill: 11200 + 11201 x 4.
Zinc paste to folds, weight loss discussed, f/u prn.     SRW
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "48 tags -> 11200 + 11201 x ceil(33/10) = 4, but the 11201 MUE is 1 (MAI 3) -> capped at 1 with an "
                  "mue finding (README 'MUE over the limit').",
})

SCENARIOS.append({
    "id": "s73-cos-botox-selfpay-plus-inflamed-sk",
    "family": "cosmetic", "shape": "free-text",
    "description": "Commercial: cosmetic glabellar Botox (self-pay, off claim) + shave of inflamed 0.8 cm SK under bra strap",
    "date": "2025-11-20",
    "patient": ("Albrecht", "Sabine", "1971-01-19", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Glabellar rhytides", None, "Glabella", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left mid back at bra line", "L82.0", "Left mid back",
          reason=True),
    ],
    "procedures": [
        P("Botox cosmetic glabella 20 units", site="glabella",
          note="onabotulinumtoxinA 20 u, 5 points, cosmetic, patient self-pay", reasons=["c1"]),
        P("shave removal", site="L mid back (bra line)",
          note="inflamed SK 0.8 cm, rubbed by bra strap, bleeding/crusted; removed by shave", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left back, shave: irritated seborrheic keratosis.", "site": "Left back"},
    ],
    "note_title": "Visit Note (scanned)",
    "note": HDR + """
VISIT / PROCEDURES                            DOS ll/20/2025
PT: Albrecht, Sabine  54 F   BCBS PPO

1) GLABELLAR LINES - cosmetic.  [X] COSMETIC / SELF-PAY - quoted, paid
   at front desk, NOT to insurance.  Botox 20 units, 5 pts (procerus l,
   corrugators 2 ea).  Photos taken.  f/u 2 wk touch-up prn.

2) L mid back at bra line: tan warty papule, red irritated rim, catches
   on bra strap daily, bled x3.
   SIZE: 0.8 cm (8 mm)    [X] bleeding  [X] irritated  [ ] cosmetic
   Shave removal, flush, AlCl3.  Path: SK vs other.

Nothing else done.  [handwritten: superbill - only #2 goes to BCBS]
                                            S.R. Weiss MD
""",
    "expected": E([L("11301")], topics=["cosmetic"], dx={"11301": ["L82.0"]}),
    "coder_note": "Conventions 'Non-Medicare cosmetic': cosmetic Botox for a commercial patient is not put on the "
                  "claim (cosmetic finding). Symptomatic SK 0.8 cm trunk -> 11301.",
})

SCENARIOS.append({
    "id": "s73-cos-medicare-sk-shave-gy-plus-aks",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicare FFS: cosmetic shave of asymptomatic 0.4 cm SK L flank (no ABN) + LN2 of 3 AKs on the face",
    "date": "2025-10-02",
    "patient": ("Vasquez", "Ernesto", "1940-06-06", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Seborrheic keratosis, left flank", "L82.1", "Left flank", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Face", reason=True),
    ],
    "procedures": [
        P("SHAVE REMOVAL TRUNK", "11300", "L flank", "SK 0.4 cm", reasons=["c1"]),
        P("DESTR PREMALIG 1ST", "17000", "L cheek", "LN2", reasons=["c2"]),
        P("DESTR PREMALIG ADDL x2", "17003", "nose, R forehead", "LN2, 2 additional", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left flank, shave: seborrheic keratosis, acanthotic type.", "site": "Left flank"},
    ],
    "note_title": "Procedure Note (scanned)",
    "note": HDR + """
PROCEDURES                                     DOS l0/02/2025
PT: Vasquez, Ernesto   85 M   Medicare B

A) AKs face - LN2, 2 cycles:
     L cheek l, nose l, R forehead l    = 3 (three)

B) L flank: "stuck-on" brown papule 0.4 cm, unchanged for years.
   Pt: "I just don't like how it looks."
   [ ] itch  [ ] bleed  [ ] irritated  [ ] changing  [X] appearance only
   Clinically classic SK.  Told him this is cosmetic.
   [ ] ABN / notice signed  -- not offered (forms out)
   Shave removal per pt request, AlCl3.  Sent to path at pt request.

No other tx.  Handout.  RTC 6 mo.                S.R. Weiss MD
""",
    "expected": E([L("11300", 1, "GY"), L("17000", 1, "XS"), L("17003", 2)], topics=["cosmetic"],
                  dx={"17000": ["L57.0"], "11300": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK (L82.1) removed for appearance is statutorily excluded for Medicare "
                  "FFS -> GY (no notice, so no GX). 3 AKs -> 17000 + 17003 x2 covered (NCD 250.4); 11300/17000 is "
                  "PTP indicator 1 and the lesions are different -> XS on 17000.",
})

SCENARIOS.append({
    "id": "s73-il-keloids-presternal-sixty-mg",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 3 presternal keloids, triamcinolone 40 mg/mL 0.5 mL each (60 mg): 11900 + J3301 x6",
    "date": "2025-12-04",
    "patient": ("Oduya", "Grace", "1983-02-08", "female"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, presternal chest, itchy and painful", "L91.0", "Presternal chest", reason=True),
    ],
    "note_title": "Injection Record (scanned)",
    "note": HDR + """
INTRALESIONAL INJECTION RECORD                 DATE l2/04/2025
PT: Oduya, Grace   42 F   Molina Medicaid

Dx: keloids, presternal chest (post-acne), itchy + tender, growing.
Prior ILK x2 (Aug, Oct) - softer, still symptomatic.

DRUG: triamcinolone acetonide (Kenalog) 40 mg/mL  [X] undiluted
      Lot TK4471  exp 08/27

KELOID   SIZE         VOLUME
  #1     2.1 x 0.8    0.5 mL
  #2     l.5 x 0.6    0.5 mL
  #3     l.2 x 0.7    0.5 mL
  ---------------------------
  3 lesions           TOTAL 1.5 mL = 60 mg

30g needle, intralesional, blanching achieved.  No atrophy so far.
Pt tolerated.  RTC 6-8 wk.                         S.R. Weiss
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 = up to 7 lesions (3 keloids). J3301 per 10 mg: 1.5 mL x 40 mg/mL = 60 mg -> 6 units.",
})

SCENARIOS.append({
    "id": "s73-il-alopecia-nine-patches-keyed-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 9 alopecia areata patches, 3.2 mL of 10 mg/mL (32 mg), keyed 11900 + J3301 x3",
    "date": "2026-01-08",
    "patient": ("Lefebvre", "Chloe", "1992-07-27", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, multifocal scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("INTRALESIONAL INJ UP TO 7", "11900", "scalp", "ILK to AA patches", reasons=["c1"]),
        P("TRIAMCINOLONE PER 10 MG x3", "J3301", "scalp", "Kenalog-10", reasons=["c1"]),
    ],
    "note_title": "Injection Record (scanned)",
    "note": HDR + """
INTRALESIONAL INJECTION RECORD                 DOS 0l/08/2026
PT: LEFEBVRE, CHLOE    33 F    Aetna HMO

AA scalp, new patches since Nov; 3rd session.
DRUG: triamcinolone acetonide 10 mg/mL (Kenalog-l0)  [ ] diluted

PATCH  LOCATION             mL
  1    vertex               0.5
  2    vertex post.         0.4
  3    R parietal           0.4
  4    R parietal inf.      0.3
  5    L parietal           0.4
  6    L temporal           0.3
  7    occiput              0.4
  8    occiput R            0.3
  9    nape                 0.2
                          ------
  9 patches (nine)  TOTAL  3.2 mL  = 32 mg

Multiple 0.1 mL injections, 30g, intradermal.  Mild atrophy patch 1 from
last time - reduced vol there.  [handwritten: 2 NEW patches (8,9) today]
Superbill: 11900 + J3301 x3.   RTC 4-6 wk.          S R Weiss
""",
    "expected": E([L("11901"), L("J3301", 4)], topics=["coding-correction"], dx={"11901": ["L63.9"]}),
    "coder_note": "More than 7 lesions injected -> 11901, not 11900. 3.2 mL x 10 mg/mL = 32 mg -> J3301 ceil(3.2) = 4.",
})

SCENARIOS.append({
    "id": "s73-id-left-axilla-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a single 2 cm abscess L axilla; Medicaid",
    "date": "2025-09-16",
    "patient": ("Reyes", "Jaden", "2004-11-30", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "note_title": "I&D Note (scanned)",
    "note": HDR + """
INCISION & DRAINAGE                          DOS 09/l6/2025
Pt: Reyes, Jaden    20 M    TX Medicaid

4 d painful lump L armpit, now soft.  No fever.  No hx HS, no prior
abscesses.  Shaves axillae.
Exam: single fluctuant abscess L axilla 2.0 x l.8 cm, surrounding
erythema 1 cm, no other nodules, no tracts, no sinus.

Type:  (o) simple/single   [ ] complicated/multiple   [ ] packing
1% lido field block.  #11 blade stab incision 8 mm, purulent material
expressed, cavity irrigated.  No loculations, no packing needed.
Cx sent.

Rx: doxycycline 100 bid x 7 d.  Warm compresses.  Stop shaving x 2 wk.
Recheck prn / if fever.                      S.R. Weiss MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single uncomplicated abscess, no packing -> 10060.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s73-id-thigh-abscess-in-excision-global-79",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D new L thigh abscess 5 days after benign excision of the back (010 global) -> 10060-79",
    "date": "2026-02-24",
    "patient": ("Gallagher", "Siobhan", "1975-05-15", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of left thigh", "L02.416", "Left anterior thigh", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-19", "11402", "Excision benign lesion R upper back", "Right upper back",
              "dysplastic nevus, 1.4 cm excised diameter"),
    ],
    "procedures": [
        P("I&D abscess", site="L anterior thigh",
          note="single 1.5 cm fluctuant abscess, incised and drained, irrigated, no packing", reasons=["c1"]),
    ],
    "note_title": "Visit / I&D (scanned)",
    "note": HDR + """
OFFICE NOTE                                  DOS 02/24/2026
PT: Gallagher, Siobhan   50 F   Cigna OAP

Back excision (02/l9, R upper back): not examined today - dressing
left on, suture removal visit already booked 03/05.

NEW PROBLEM: painful lump L anterior thigh x 3 d, started as "pimple"
after shaving.  Unrelated to the back surgery (different site, not near
the incision).  Afebrile.
Exam: single fluctuant abscess l.5 cm L ant thigh, 1 cm cellulitic rim.
 [X] simple/single   [ ] complicated   [ ] multiple
I&D: lido, #11 blade, pus expressed, irrigated.  No loculations, no pack.
Cx sent.  Keflex 500 qid x 7 d.  Warm soaks.

Back sutures out as planned 03/05.       [handwritten: new abscess = unrelated]
                                               S.R. Weiss MD
""",
    "expected": E([L("10060", 1, "79")], topics=["global-period"], dx={"10060": ["L02.416"]}),
    "coder_note": "GS-5: unrelated procedure (new thigh abscess) inside the 10-day global of the 02/19 back excision "
                  "-> 79. Single simple abscess -> 10060. The back wound was not examined today.",
})

SCENARIOS.append({
    "id": "s73-nail-avulsion-both-great-toes",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion of R great toenail (first) and L great toenail (additional): 11730-T5 + 11732-TA",
    "date": "2025-10-09",
    "patient": ("Marsh", "Colin", "1981-08-08", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, both great toes, with paronychia", "L60.0", "Bilateral great toes", reason=True),
    ],
    "procedures": [
        P("nail avulsion - first nail", site="R great toe",
          note="complete avulsion of nail plate after digital block", reasons=["c1"]),
        P("nail avulsion - each additional nail", site="L great toe",
          note="complete avulsion of nail plate after digital block", reasons=["c1"]),
    ],
    "note_title": "Nail Procedure (scanned)",
    "note": HDR + """
NAIL PROCEDURE                                DATE l0/09/2025
PT: Marsh, Colin   44 M   BCBS PPO

Both big toenails ingrown both borders, recurrent paronychia, painful
in work boots.  Failed soaks/cotton/taping x 4 mo.  Pt wants both done.

[X] avulsion (plate only)   [ ] partial   [ ] matrixectomy/phenol   [ ] bx

 NAIL #1 (first):       R great toe (hallux) - complete plate avulsion
 NAIL #2 (additional):  L great toe (hallux) - complete plate avulsion
Digital block 2% lido plain 3 cc each toe.  Tourniquet.  Freer elevator,
plate removed intact each.  Matrix NOT treated.
[handwritten: no phenol - pt may want matrixectomy later if recurs]

Bulky dsg.  Soaks from 48 h.  Recheck 2 wk.          S R Weiss
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], dx={"11730": ["L60.0"]}),
    "coder_note": "11730 for the first nail (R great toe = T5) and +11732 for the additional nail (L great toe = TA); "
                  "digit modifiers per conventions, separate lines.",
})

SCENARIOS.append({
    "id": "s73-nail-debride-six-plus-two-corns",
    "family": "nails", "shape": "note-only",
    "description": "Debridement of 6 mycotic toenails + paring of 2 corns: 11056 + 11721-XS",
    "date": "2025-11-04",
    "patient": ("Whitaker", "Opal", "1966-12-12", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Onychomycosis of toenails, thick and painful", "B35.1", "Toenails, bilateral", reason=True),
        C("c2", "Corns, right fifth toe and left plantar forefoot", "L84", "Feet", reason=True),
    ],
    "note_title": "Foot Care Record (scanned)",
    "note": HDR + """
NAIL / CALLUS CARE                            DOS ll/04/2025
PT: WHITAKER, OPAL   58 F   UHC Choice Plus

Thick yellow toenails, pain in shoes; KOH + last yr.  Terbinafine
declined (liver).  Also 2 painful corns.

NAILS DEBRIDED (mechanical, nipper + burr):
   R: hallux [X]  2nd [X]  3rd [X]  4th [ ]  5th [ ]
   L: hallux [X]  2nd [X]  3rd [X]  4th [ ]  5th [ ]
   = 6 nails  (six)

CORNS / CALLUSES PARED (#15 blade):
   R 5th toe dorsolateral heloma durum ........ l
   L plantar 2nd met head heloma .............. l
   = 2 lesions

Separate structures (nail plates vs skin corns).  No bleeding.
Offloading pads given.  Urea 40% to nails.  RTC 10-12 wk.
                                        S.R. Weiss MD
""",
    "expected": E([L("11056"), L("11721", 1, "XS")], dx={"11721": ["B35.1"], "11056": ["L84"]}),
    "coder_note": "6 nails -> 11721; 2 corns -> 11056. 11056/11721 is PTP indicator 1 (11721 column 2) and the nails "
                  "and corns are different structures -> XS on 11721. Commercial payer, no routine-foot-care issue.",
})

SCENARIOS.append({
    "id": "s73-nail-matrixectomy-keyed-with-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial avulsion + phenol matrixectomy L great toe lateral border keyed 11730 + 11750 -> 11750-TA",
    "date": "2025-12-18",
    "patient": ("Nguyen", "Bao", "2001-03-14", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe, lateral border",
          reason=True),
    ],
    "procedures": [
        P("NAIL AVULSION", "11730", "L great toe", "lateral border plate removed", reasons=["c1"]),
        P("EXCISION NAIL/MATRIX", "11750", "L great toe", "phenol 89% x3, lateral matrix", reasons=["c1"]),
    ],
    "note_title": "Nail Procedure (scanned)",
    "note": HDR + """
NAIL PROCEDURE                                DOS l2/l8/2025
PT: Nguyen, Bao   24 M   Aetna HMO

L great toe lateral border ingrown - 3rd recurrence this yr despite two
simple avulsions elsewhere.  Granulation tissue, pain.  Wants permanent fix.

[ ] avulsion only   (o) partial avulsion + matrixectomy   [ ] bx
Digital block 2% plain.  Tourniquet.
L HALLUX, lateral l/4 of plate split and removed (same nail, same border);
lateral matrix ablated w/ 89% phenol x 3 applications 30 s each, alcohol
flush.  Permanent removal intended.  Other toes: not treated.
[handwritten: the avulsion is part of the matrixectomy - one nail]

Dsg.  Drainage expected 2-4 wk.  Soaks.  RTC 2 wk.      SRW
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750 (permanent matrix removal) on the L great toe (TA). The plate avulsion of the same nail is part "
                  "of it: 11750/11730 indicator 1 but same nail, so 11730 is removed (ncci).",
})

SCENARIOS.append({
    "id": "s73-paring-five-calluses-and-corns",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 5 hyperkeratotic lesions (corns/calluses) both feet -> 11057",
    "date": "2025-11-13",
    "patient": ("Kaminski", "Teresa", "1958-04-04", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, both feet, painful", "L84", "Bilateral feet", reason=True),
    ],
    "note_title": "Foot Care Record (scanned)",
    "note": HDR + """
CALLUS / CORN PARING                           DATE ll/l3/2025
PT: Kaminski, Teresa   67 F   UHC (retiree commercial)

Painful thick spots both feet, walking 2 mi/day hurts.  Not diabetic.
LESIONS PARED (#l5 blade, sharp, layer by layer):
  1. R plantar 1st met head - callus
  2. R plantar 2nd met head - callus w/ central core
  3. L plantar heel, medial - callus
  4. L 5th toe lateral - heloma durum
  5. R 5th toe lateral - heloma durum
  TOTAL pared: 5  (five)       [ ] nails debrided - none today

No warts (no pinpoint bleeding, skin lines preserved).
Pads, wider shoes, urea cream.  RTC 3 mo.
                                              S. R. Weiss
""",
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "Paring of more than 4 lesions -> 11057 x1.",
})

SCENARIOS.append({
    "id": "s73-paring-keyed-11055-three-times",
    "family": "paring", "shape": "pre-coded",
    "description": "Three corns pared, keyed as 11055 three times; correct to 11056 x1",
    "date": "2026-01-15",
    "patient": ("Boateng", "Kwame", "1970-09-09", "male"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 15,
    "conditions": [
        C("c1", "Corns, feet", "L84", "Feet", reason=True),
    ],
    "procedures": [
        P("PARING 1 LESION", "11055", "R 4th toe", "corn", reasons=["c1"]),
        P("PARING 1 LESION", "11055", "R 5th toe", "corn", reasons=["c1"]),
        P("PARING 1 LESION", "11055", "L 5th toe", "corn", reasons=["c1"]),
    ],
    "note_title": "Foot Care Record (scanned)",
    "note": HDR + """
CORN PARING                                    DOS 0l/l5/2026
PT: Boateng, Kwame  55 M   Molina Medicaid

Painful corns toes, tight work boots (warehouse).
  [X] R 4th toe interdigital (soft corn)
  [X] R 5th toe dorsal
  [X] L 5th toe dorsal
  3 lesions pared w/ #15 blade.  No bleeding.

Toe spacers, boot advice.  RTC prn.
[handwritten: front desk put 3 separate charges - one code for 2-4]
                                                S.R.W.
""",
    "expected": E([L("11056")], topics=["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "Paring codes are by lesion count band: 2-4 lesions -> one 11056, not 11055 x3 (11056/11055 "
                  "indicator 0).",
})

SCENARIOS.append({
    "id": "s73-patch-eighty-allergens-new-pt-99204",
    "family": "patch-test", "shape": "free-text",
    "description": "New pt chronic hand dermatitis: evaluation with Rx + application of 80 patch tests -> 99204-25 + 95044 x80",
    "date": "2026-02-02",
    "patient": ("Sato", "Emiko", "1987-02-20", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, chronic, cause undetermined", "L30.9", "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("patch test application - standard series", site="upper back",
          note="35 allergens, Finn chambers", reasons=["c1"]),
        P("patch test application - cosmetic/hairdresser series", site="upper back",
          note="45 allergens, Finn chambers", reasons=["c1"]),
    ],
    "note_title": "New Patient Consult + Patch Test (scanned)",
    "note": HDR + """
NEW PATIENT                                    DATE 02/02/2026
PT: Sato, Emiko   38 F   UHC    Ref: Dr. Imani (PCP)

CC: hands red, cracked, itchy x 6 mo - hairdresser.  Worse at work,
better on vacation.  OTC HC l% no help.  Atopy: [ ] AD  [X] rhinitis.
Exam: lichenified fissured plaques dorsal + volar hands, fingertip
fissures, no nail pitting, no vesicles on feet; no tinea on KOH (neg).
DDx: ACD (dyes, PPD, glyceryl thioglycolate, nickel) vs ICD vs atopic.
A/P:  chronic hand dermatitis, undiagnosed, affecting work.
  - Rx clobetasol 0.05% oint bid to hands (NOT back) x 2 wk, then taper
  - nitrile gloves, cotton liners, bland emollient, soap substitute
  - patch testing today, as below

PATCH TEST - APPLICATION (day 0)
  [X] standard series ........ 35
  [X] cosmetic/hair series ... 45
  TOTAL allergens applied .... 80  (eighty)
  Upper back, Finn chambers, marked.  Keep dry.  No sun to back.
Reads: day 2 (02/04) and day 4 (02/06) - included.
                                        S.R. Weiss M.D.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 units = allergens applied (35 + 45 = 80, within MUE 90). The new-patient evaluation with "
                  "prescription management is separately identifiable -> 99204-25 (95044/99204 indicator 1).",
})

SCENARIOS.append({
    "id": "s73-patch-ninetysix-allergens-mue",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Application of 96 patch tests keyed 95044 x96; capped at MUE 90",
    "date": "2026-03-10",
    "patient": ("Haddad", "Rami", "1979-06-30", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Contact dermatitis, recurrent, face and neck", "L25.9", "Face, neck", reason=True),
    ],
    "procedures": [
        P("PATCH TEST x96", "95044", "upper back", "96 allergens applied", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application (scanned)",
    "note": HDR + """
PATCH TEST - APPLICATION                        DOS 03/l0/2026
PT: HADDAD, RAMI   46 M   BCBS PPO
(E/M done 02/24 - today application visit only, no new problems)

Recurrent eyelid/face/neck dermatitis; suspect fragrance/preservative.
SERIES APPLIED:
  expanded baseline series ................ 80
  fragrance supplement .................... l0
  pt's own products (as is) ...............  6
  ------------------------------------------
  TOTAL tests ............................. 96  (ninety-six)

Upper back + upper arms.  Photos.  Reads D2 + D4.
Superbill: 95044 x 96.                          S.R. Weiss
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 = one unit per test: 96 tests, but the practitioner MUE is 90 (MAI 3) -> capped at 90 with an "
                  "mue finding.",
})

SCENARIOS.append({
    "id": "s73-photo-nbuvb-vitiligo-session",
    "family": "phototherapy", "shape": "note-only",
    "description": "Narrowband UVB session #14 for vitiligo -> 96900",
    "date": "2025-09-04",
    "patient": ("Mensah", "Abena", "1995-10-10", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Vitiligo, face, hands and trunk", "L80", "Face, hands, trunk", reason=True),
    ],
    "note_title": "Phototherapy Treatment Log (scanned)",
    "note": HDR + """
PHOTOTHERAPY TREATMENT LOG                    DATE 09/04/2025
PT: Mensah, Abena   29 F   Aetna HMO     Dx: vitiligo (non-segmental)

UNIT: [X] NB-UVB 3ll nm cabinet   [ ] PUVA   [ ] excimer   [ ] BB-UVB
Tx #: l4      Freq: 3x/wk
Skin type V.  Last dose 560 mJ/cm2, no erythema -> today 600 mJ/cm2
Goggles [X]  Genital shield [X]  Face: [X] exposed per protocol

Response: perifollicular repigmentation forearms + perioral.
No burning, no blistering.  Tacrolimus 0.l% to face at night continues.
[handwritten: pt asks re: home unit - letter to Aetna next visit]

Treated by: R. Alves (photo tech), MD on site S.R. Weiss
""",
    "expected": E([L("96900")], dx={"96900": ["L80"]}),
    "coder_note": "One narrowband UVB (actinotherapy) session -> 96900 x1; no E/M.",
})

SCENARIOS.append({
    "id": "s73-photo-puva-first-line-medicare-gz",
    "family": "phototherapy", "shape": "free-text",
    "description": "Medicare FFS PUVA started without prior conventional therapy, no ABN -> 96912-GZ",
    "date": "2025-10-23",
    "patient": ("Whitfield", "Norman", "1951-01-01", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 18% BSA", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("PUVA session #1", site="whole body",
          note="8-MOP 0.4 mg/kg 2 h prior; UVA 1.5 J/cm2; first-line, no prior topicals or UVB", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Log (scanned)",
    "note": HDR + """
PHOTOTHERAPY - PUVA                              DOS l0/23/2025
PT: Whitfield, Norman   74 M   Medicare Part B

Psoriasis vulgaris, trunk/limbs, ~l8% BSA, first seen here 10/09.
Prior treatment:  [ ] topical steroids  [ ] vit D  [ ] coal tar
                  [ ] NB-UVB  [ ] systemic  -- NONE tried.
Pt insists on PUVA ("worked for my brother"); declined NB-UVB trial.
Not disabling per pt (works full time, no joint sx).

Tx #l.  Methoxsalen 0.4 mg/kg (40 mg) PO 2 h before.  Skin type II.
UVA l.5 J/cm2.  Eye protection Rx, wraparound glasses given.
ABN:  [ ] signed   [X] not obtained
[handwritten: Medicare may not pay - no conventional tx failed]

Next tx 10/27.                             S. R. Weiss, MD
""",
    "expected": E([L("96912", 1, "GZ")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / NCD 250.1: PUVA is covered only for intractable, disabling psoriasis after failed "
                  "conventional therapy; none was tried and no ABN was obtained -> 96912-GZ (README GA/GZ decision).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s73-photo-excimer-320-sqcm-keyed-96920",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer laser to elbow/knee psoriasis plaques totalling 320 sq cm keyed 96920; correct to 96921",
    "date": "2025-12-01",
    "patient": ("Petrov", "Nikolai", "1973-05-05", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Plaque psoriasis, elbows and knees", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("EXCIMER LASER <250 SQ CM", "96920", "elbows/knees", "308 nm, tx #6", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Log (scanned)",
    "note": HDR + """
EXCIMER LASER (308 nm) TREATMENT LOG             DOS l2/0l/2025
PT: PETROV, NIKOLAI   52 M   Cigna OAP
Dx: localized plaque psoriasis, ~3% BSA; failed clobetasol + calcipotriene x 4 mo.

Tx #6 of course l.   Dose: elbows 400 mJ/cm2, knees 500 mJ/cm2

PLAQUE            AREA TREATED (sq cm)
L elbow           60
R elbow           55
L knee            ll0   [handwritten: 110]
R knee            95
-----------------------------------------
TOTAL AREA        320 sq cm  (three hundred twenty)

Mild erythema after tx #5, no blistering.  Thinning noted.
Superbill: 96920  [handwritten: area >250 now - knees bigger than mapped]
                                   S.R. Weiss MD
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded by total area treated in the session: 60 + 55 + 110 + 95 = 320 sq cm -> 96921 "
                  "(250-500 sq cm), not 96920.",
})

SCENARIOS.append({
    "id": "s73-em-medicare-screening-skin-check-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new pt screening-only full skin exam, no history/complaint/findings -> 99202-GY",
    "date": "2025-09-18",
    "patient": ("Lundqvist", "Harold", "1956-07-14", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 18, "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", None, reason=True),
    ],
    "note_title": "New Patient Skin Check (scanned)",
    "note": HDR + """
NEW PATIENT - SKIN CHECK                        DATE 09/l8/2025
PT: Lundqvist, Harold   69 M   Medicare Part B

Reason: wife booked "annual skin cancer screening" - turned 69, never had
one.  NO complaints.  No spots changing, bleeding, itching.
Hx:  personal skin ca [ ] yes [X] no    family melanoma [ ] yes [X] no
     atypical moles [ ] yes [X] no     immunosuppr. [ ] yes [X] no
     tanning beds: never.  Outdoor job: no (accountant).

EXAM: full skin incl. scalp, nails, mucosa, genitalia deferred per pt.
  Normal exam for age.  No suspicious, atypical or changing lesions.
  Nothing requiring biopsy, treatment, or follow-up.
  [ ] Bx  [ ] LN2  [ ] Shave  [ ] Rx      -- none

A/P: skin cancer screening, negative.  Sun protection counseling.
Told Medicare doesn't cover screening-only skin exams.  Routine
re-check not needed unless new concern.
VISIT:  *99202*  99203  99204        S.R. Weiss MD
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare screening-only full skin exam with no history, no complaint and nothing "
                  "found is not a Medicare benefit -> provider's 99202 with GY.",
})

SCENARIOS.append({
    "id": "s73-em-wart-visit-decision-only-removed",
    "family": "em", "shape": "note-only",
    "description": "Child with 3 finger warts: 99212 circled but only the warts addressed; LN2 17110, E/M removed",
    "date": "2025-11-06",
    "patient": ("Jimenez", "Mateo", "2014-06-02", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Common warts, right fingers", "B07.8", "Right index and middle fingers", reason=True),
    ],
    "note_title": "Office Visit (scanned)",
    "note": HDR + """
OFFICE VISIT                                   DOS ll/06/2025
PT: Jimenez, Mateo   ll y/o M   TX Medicaid   (w/ mother)

CC: warts R fingers x 6 mo, tender when writing, one cracked + bled.
OTC salicylic acid x 2 mo - no change.
Exam: 3 verrucous papules - R index fingertip 2, R middle finger l.
  No other skin complaints; nothing else examined or addressed today.
A/P: verruca vulgaris x3 -> LN2 today.

CRYO:  (o) warts   [ ] AK   [ ] SK       lesions: 3 (three)
  2 freeze-thaw cycles, 10 s each.  Tolerated w/ mother holding hand.
Blister care sheet.  Continue salicylic acid after blisters heal.
RTC 3-4 wk for repeat.

VISIT LEVEL: 99211  *99212*  99213
                                            S.R. Weiss MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README 'E/M removed': the only problem is the warts treated; the evaluation is the decision "
                  "for the minor procedure -> 99212 removed. 3 warts -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s73-em-history-melanoma-skin-exam",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS full skin exam in pt with history of melanoma; nothing biopsied -> 99213, Z85.820",
    "date": "2026-01-22",
    "patient": ("Ashworth", "Miriam", "1949-09-29", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", "Left calf (2017)", reason=True),
    ],
    "note_title": "Follow-up Skin Exam (scanned)",
    "note": HDR + """
FOLLOW-UP - SKIN CANCER SURVEILLANCE              DATE 0l/22/2026
PT: Ashworth, Miriam   76 F   Medicare B   [X] EST

Hx: melanoma L calf 2017, 0.6 mm, WLE (clear), SLNB not done.
NED since.  No new or changing spots per pt.  No wt loss, no lumps.

EXAM: full skin + palpation of inguinal/popliteal nodes.
  L calf scar: flat, no pigment, no nodules.  Nodes: none palpable.
  R shoulder 5 mm brown macule - dermoscopy regular reticular network;
  considered bx, NOT done - reassuring, image saved for comparison.
  Several SKs back - benign, no tx.
  [ ] Bx   [ ] Shave   [ ] LN2   [ ] Excision   -- none today

A/P: hx melanoma, NED.  Monthly self-exam; sunscreen.  RTC 6 mo.
VISIT: 99212  *99213*  99214                        S R Weiss MD
""",
    "expected": E([L("99213")], dx={"99213": ["Z85.820"]}),
    "coder_note": "DX-5 / README: with a melanoma history the full skin exam is a diagnostic surveillance visit -> "
                  "99213 with no modifier; Z85.820 first. The considered biopsy was not done (no procedure line).",
})

SCENARIOS.append({
    "id": "s73-po-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal day 9 after back excision + layered repair; 99212 circled -> 99024",
    "date": "2025-10-16",
    "patient": ("Vance", "Dolores", "1964-03-08", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Aftercare following skin surgery", "Z48.817", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-07", "11402", "Excision benign lesion L upper back", "Left upper back",
              "atypical nevus, 1.5 cm excised diameter"),
        PRIOR("2025-10-07", "12032", "Intermediate repair L upper back 4.4 cm", "Left upper back"),
    ],
    "note_title": "Post-op Visit (scanned)",
    "note": HDR + """
POST-OP / SUTURE REMOVAL                         DOS l0/l6/2025
PT: Vance, Dolores   6l F   BCBS IL

Surgery l0/07/25: excision L upper back + layered closure (4.4 cm).
Day 9.  No fever, mild itch only.
Wound: well approximated, no erythema, no drainage.  Sutures removed
(4-0 nylon x 9).  Steri-strips applied.
Path reviewed w/ pt: compound nevus, mild atypia, margins clear - no
further surgery.
No other problems raised or addressed.

Scar care: silicone gel after l wk, SPF.   RTC l yr FSE.
VISIT: *99212*  99213       [handwritten: post-op - no charge?]
                                          S.R. Weiss MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/conventions: suture removal and path review 9 days after 11402/12032 (010 globals) is included "
                  "post-op care -> 99024 instead of the circled 99212.",
})

SCENARIOS.append({
    "id": "s73-po-nummular-eczema-in-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated nummular eczema flare evaluated with Rx 6 days after SCC excision (010 global) -> 99213-24",
    "date": "2025-12-10",
    "patient": ("Holloway", "Percy", "1947-11-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, legs", "L30.0", "Bilateral lower legs", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-04", "11602", "Excision malignant lesion L forearm", "Left forearm",
              "SCC, 2.0 cm excised diameter"),
    ],
    "note_title": "Office Visit (scanned)",
    "note": HDR + """
OFFICE VISIT                                     DATE l2/l0/2025
PT: Holloway, Percy   78 M   Medicare B   [X] EST

l2/04/25 excision SCC L forearm - NOT today's issue; forearm dressing
left on, not examined, suture removal already booked l2/l6.

CC: itchy round scaly patches both shins x 3 wk, spreading, keeps him
awake.  Winter, hot showers.  No new meds.
Exam: multiple coin-shaped eczematous plaques bilat lower legs, some
weeping, no pustules.  Xerosis.  KOH neg.
A/P: nummular dermatitis, new problem, unrelated to the surgery.
  - Rx triamcinolone 0.l% oint bid x 2-3 wk (454 g)
  - lukewarm showers, thick emollient, humidifier
  - recheck 3 wk if not clearing
VISIT: 99212  *99213*  99214                       S.R. Weiss MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the 12/04 excision, inside its 10-day global -> 24. Nummular "
                  "dermatitis with prescription management supports the circled 99213.",
})

SCENARIOS.append({
    "id": "s73-po-new-lesion-bx-in-flap-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Tangential bx of a new R forearm lesion 33 days after an L cheek flap (090 global) -> 11102-79",
    "date": "2026-03-17",
    "patient": ("Kirkland", "Estelle", "1944-08-30", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Pink papule, right forearm", None, "Right dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-12", "14040", "Adjacent tissue transfer L cheek after excision", "Left cheek",
              "rotation flap 8.5 sq cm"),
    ],
    "procedures": [
        P("BX SKIN TANGENTIAL", "11102", "R forearm", "shave bx of new pink papule", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right forearm, shave biopsy: basal cell carcinoma, superficial type.",
         "site": "Right forearm"},
    ],
    "note_title": "Procedure Note (scanned)",
    "note": HDR + """
PROCEDURE NOTE                                  DOS 03/l7/2026
PT: Kirkland, Estelle   8l F   Medicare B

02/l2/26 L cheek rotation flap (90-day global).  Flap follow-up is
scheduled separately next week - NOT examined today.

TODAY: new pink shiny papule R dorsal forearm, noticed 6 wk, bleeds
when scratched.  Unrelated to the cheek surgery.
  6 mm, arborizing vessels on dermoscopy.  r/o BCC.
[X] Biopsy: (o) tangential/shave  [ ] punch  [ ] incisional
  lido c epi, Dermablade, AlCl3.  Specimen A.
Vaseline + bandage.  Will call with path.
                                           S.R. Weiss, MD
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["C44.612"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion, different site) inside the 90-day global of the 02/12 flap "
                  "-> 79. Path superficial BCC R forearm -> C44.612.",
})

SCENARIOS.append({
    "id": "s73-mx-punch-back-aks-rosacea-em",
    "family": "mixed", "shape": "note-only",
    "description": "Punch bx changing back nevus + LN2 3 AKs + separate rosacea Rx management: 11104, 17000-XS, 17003 x2, 99213-25",
    "date": "2025-09-25",
    "patient": ("Drummond", "Alastair", "1945-02-02", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Changing pigmented lesion, left upper back", None, "Left upper back", reason=True),
        C("c2", "Actinic keratoses, face and scalp", "L57.0", "R temple, L ear, scalp", reason=True),
        C("c3", "Papulopustular rosacea", "L71.8", "Central face", reason=True),
    ],
    "path": [
        {"text": "Skin, left upper back, punch: compound dysplastic nevus with moderate atypia, extending to "
                 "lateral margin.", "site": "Left upper back"},
    ],
    "note_title": "Office Visit / Procedures (scanned)",
    "note": HDR + """
OFFICE VISIT                                     DOS 09/25/2025
PT: Drummond, Alastair   80 M   Medicare B   [X] EST

1) ROSACEA - papules/pustules cheeks + nose worse x 2 mo, burning.
   Metronidazole gel not enough.  No eye sx.
   A/P: papulopustular rosacea, worsening.  START doxycycline 40 mg
   MR daily (Rx), continue metronidazole, trigger review.  Recheck 8 wk.

2) L upper back mole - wife says darker + bigger since spring.
   8 mm, asymmetric, 3 colors.  r/o melanoma.
   [X] BIOPSY  (o) punch 6 mm  [ ] shave  [ ] incisional  -> 2 sutures
3) AKs - LN2, 2 cycles:  R temple l | L ear helix l | scalp vertex l
   TOTAL AKs = 3 (three).  Separate sites from the back lesion.

Handouts.  Path call ~l wk.
VISIT: 99212  *99213*  99214       -25 [handwritten]      S.R. Weiss MD
""",
    "expected": E([L("11104"), L("17000", 1, "XS"), L("17003", 2), L("99213", 1, "25")],
                  dx={"11104": ["D22.5"], "17000": ["L57.0"]}),
    "coder_note": "11104/17000 is PTP indicator 1 (biopsy column 1): different lesions -> XS on 17000; 17003 x2 has no "
                  "edit with 11104. Rosacea with new prescription is separately identifiable -> 99213-25.",
})

SCENARIOS.append({
    "id": "s73-mx-shave-neck-nevus-plus-cheek-bx",
    "family": "mixed", "shape": "free-text",
    "description": "Shave removal 0.9 cm irritated L neck nevus + tangential bx of separate R cheek papule: 11306 + 11102-XS",
    "date": "2025-12-03",
    "patient": ("Kerrigan", "Fiona", "1970-12-24", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Irritated melanocytic nevus, left lateral neck", "D22.4", "Left lateral neck", reason=True),
        C("c2", "Pearly papule, right cheek", None, "Right cheek", reason=True),
    ],
    "procedures": [
        P("shave removal", site="L lateral neck",
          note="0.9 cm nevus rubbed by collar, bled x2 - removed in full by shave", reasons=["c1"]),
        P("shave biopsy", site="R cheek",
          note="4 mm pearly papule, partial sample for diagnosis only", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left neck, shave: intradermal melanocytic nevus with surface erosion. Margins clear.",
         "site": "Left neck"},
        {"text": "B. Right cheek, shave biopsy: basal cell carcinoma, nodular type, transected at deep margin.",
         "site": "Right cheek"},
    ],
    "note_title": "Procedure Note (scanned)",
    "note": HDR + """
PROCEDURES x 2                                  DATE l2/03/2025
PT: Kerrigan, Fiona   54 F   Aetna HMO

 #  SITE          SIZE     INTENT                    TECHNIQUE
 A  L lat neck    0.9 cm   [X] remove  [ ] sample    shave, flush
 B  R cheek       0.4 cm   [ ] remove  [X] sample    tangential bx

A: soft brown dome papule, collar rubs it, bled twice this month.
   Removed entirely.  AlCl3.
B: pearly papule w/ telangiectasia, r/o BCC - SAMPLED only (diagnosis),
   will need definitive tx if BCC.  AlCl3.
Two different lesions, different sites.
[handwritten: B -> Mohs referral if +]

Vaseline.  Path call l wk.                     S.R. Weiss MD
""",
    "expected": E([L("11306"), L("11102", 1, "XS")], dx={"11306": ["D22.4"], "11102": ["C44.319"]}),
    "coder_note": "SH-1: neck 0.9 cm removal -> 11306. Separate lesion biopsied -> 11102. 11306/11102 is PTP "
                  "indicator 1 with the biopsy as column 2 -> XS on 11102 (different lesion).",
})

SCENARIOS.append({
    "id": "s73-mx-warts-bx-aks-count-missing",
    "family": "mixed", "shape": "free-text",
    "description": "LN2 4 painful hand warts + tangential bx R shoulder + LN2 of uncounted scalp AKs: 17110 + 11102-XS",
    "date": "2026-02-26",
    "patient": ("Pacheco", "Ramon", "1950-04-18", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Common warts, left hand, painful", "B07.8", "Left hand", reason=True),
        C("c2", "Scaly papule, right shoulder", None, "Right shoulder", reason=True),
        C("c3", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("LN2 warts", site="L hand", note="4 verrucae, fissured and painful; 2 cycles", reasons=["c1"]),
        P("shave bx", site="R shoulder", note="7 mm scaly papule r/o SCC; tangential sample", reasons=["c2"]),
        P("LN2 AKs", site="scalp", note="AKs frozen, 1 cycle", reasons=["c3"]),
    ],
    "path": [
        {"text": "Skin, right shoulder, shave biopsy: hypertrophic actinic keratosis; no invasive carcinoma.",
         "site": "Right shoulder"},
    ],
    "note_title": "Procedure Note (scanned)",
    "note": HDR + """
PROCEDURES                                      DOS 02/26/2026
PT: Pacheco, Ramon   75 M   Humana Gold Plus

1) WARTS L hand: dorsal hand 2, L thumb l, L index l = 4 (four).
   Fissured, painful gripping tools, bled.   LN2 x 2 cycles.
2) R shoulder: 7 mm hyperkeratotic papule r/o SCC vs HAK.
   (o) tangential bx  [ ] punch.  AlCl3.  Jar A.
3) Scalp AKs - LN2 x l cycle.
   # AKs treated: ____      [handwritten: several, scattered frontal]

Different lesions/sites for 1, 2, 3.  Blister care.
F/u path; RTC 3 mo.                               S R Weiss MD
""",
    "expected": E([L("17110"), L("11102", 1, "XS")], topics=["missing-documentation"],
                  dx={"17110": ["B07.8"]}),
    "coder_note": "4 warts -> 17110. 17110/11102 is PTP indicator 1 (biopsy column 2), different lesion -> XS on 11102. "
                  "README: AK count not documented ('several', blank field) -> no 17000/17003 line + "
                  "missing-documentation.",
})
