"""Sealed set 61 (s61-): audit of a solo Midwest dermatologist charting in eClinicalWorks.

One provider (weiss), heavy shorthand: bullets, arrows ("bx -> path pending", "AK x 7 -> LN2"), abbreviations,
templated HPI / ROS / PE / A/P headings with the procedure detail in the plan lines, and a copied-forward
"Previous plan:" block that was NOT done today. Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "WEISS DERMATOLOGY - eClinicalWorks Progress Note\nProvider: Samuel Weiss, MD (Dermatology)\n"

# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s61-bx-punch-shin-two-shaves",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx R shin + tangential bx L upper back + tangential bx R temple; copied-forward LN2 plan not done",
    "date": "2025-11-04",
    "patient": ("Kruse", "Dorothy", "1944-02-17", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 35,
    "conditions": [
        C("c1", "Carcinoma in situ of skin of right lower limb", "D04.71", "R lateral shin", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [
        {"text": "A. Skin, R lateral shin, punch: squamous cell carcinoma in situ (Bowen disease), extends to base.",
         "site": "R lateral shin", "date": "2025-11-07"},
        {"text": "B. Skin, L upper back, shave: compound melanocytic nevus with mild architectural disorder.",
         "site": "L upper back", "date": "2025-11-07"},
        {"text": "C. Skin, R temple, shave: basal cell carcinoma, nodular type, present at base.",
         "site": "R temple", "date": "2025-11-07"},
    ],
    "note": HDR + """Pt: Dorothy Kruse   DOB 02/17/1944   DOS 11/04/2025   Est pt

HPI:
• 81 y/o F c/o scaly spot R shin x 4 mo -> bleeds w/ shaving
• daughter noticed "new mole" L upper back, darker over summer
• pink bump R temple, crusts on/off x 2 mo
• hx BCC L forearm s/p ED&C 2021, no recurrence

ROS: neg fever/chills/wt loss. Skin per HPI. All else neg.

PE: (FSE deferred, focused)
- R lat shin: 1.1 cm scaly pink plaque w/ focal erosion
- L upper back: 6 mm irregularly pigmented macule, 2 shades brown
- R temple: 5 mm pearly pink crusted papule
- L forearm: scar well healed, no nodularity
- scattered SKs trunk, non-irritated

A/P:
1. Lesion R shin, r/o SCC vs ISK
   -> punch bx 4 mm, 1 suture 4-0 nylon
2. Pigmented lesion L upper back, r/o DN vs MIS
   -> tangential (saucerization) bx, AlCl hemostasis
3. Papule R temple, r/o BCC
   -> shave bx, AlCl hemostasis
   • consent signed, time-out, 1% lido w/ epi each site, EBL min
   • bx x 3 -> path pending, will call w/ results
4. SKs trunk - benign, reassured, no tx
5. hx BCC - NED at L forearm

Previous plan: (copied 08/12/2025)
- LN2 to AKs scalp next visit
  -> not done today, no AKs on scalp today

RTC 10-14 d suture removal R shin
e-signed S. Weiss MD 11/04/2025 16:10
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D04.71"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary; the two tangential bx take 11103 x2 (11104/11102 "
                  "is PTP 0). Copied-forward LN2 plan not done. No E/M selected.",
})

SCENARIOS.append({
    "id": "s61-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two shave biopsies pre-coded with deleted 11100/11101; correct to 11102 + 11103",
    "date": "2025-09-23",
    "patient": ("Hollenbeck", "Travis", "1979-06-30", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Lesion of skin of face, rule out BCC", None, "L cheek", reason=True),
        C("c2", "Changing papule R upper chest", None, "R upper chest", reason=True),
    ],
    "procedures": [
        P("Biopsy skin single lesion", cpt="11100", site="L cheek",
          note="shave bx 5 mm pink papule, AlCl", reasons=["c1"]),
        P("Biopsy skin each addl lesion", cpt="11101", site="R upper chest",
          note="shave bx 7 mm tan-pink papule, AlCl", reasons=["c2"]),
    ],
    "note": HDR + """Pt: Travis Hollenbeck   DOS 09/23/2025   Est pt

HPI: 46 y/o M, roofer, here for 2 spots
 - L cheek pink papule x 3 mo, bled once
 - R upper chest papule changing color per wife
ROS: neg

PE:
 - L cheek: 5 mm pearly pink papule w/ telangiectasia
 - R upper chest: 7 mm tan-pink papule, irregular border
 - no LAD

A/P:
 • L cheek papule, r/o BCC -> shave bx
 • R upper chest papule, r/o DN vs BCC -> shave bx
   - verbal + written consent, lido 1% w/ epi, AlCl hemostasis, vaseline/bandaid
   - bx x 2 -> path pending
 • sun protection counseling, SPF 30+, wide brim hat on roof
RTC prn path results; if BCC -> will schedule ED&C vs exc

e-signed S. Weiss MD
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "11100/11101 deleted 2018 (BX-1): two tangential biopsies -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s61-bx-wedge-thigh-punch-scalp",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge bx L thigh + 4 mm punch scalp -> 11106 + 11105; IL TAC only hypothetical",
    "date": "2025-10-15",
    "patient": ("Okoro", "Blessing", "1991-04-09", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Indurated plaque L thigh, r/o morphea vs panniculitis", None, "L anterior thigh", reason=True),
        C("c2", "Scarring alopecia vertex, r/o LPP vs CCCA", None, "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, wedge to subcutis", site="L anterior thigh",
          note="#15 blade fusiform wedge 1.5 cm x 0.5 cm thru dermis into fat, edge of plaque; closed 4-0 nylon x 3",
          reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Vertex scalp",
          note="4 mm punch at active perifollicular erythema, closed 4-0 nylon x 1", reasons=["c2"]),
    ],
    "note": HDR + """Pt: Blessing Okoro   DOS 10/15/2025   New to me (referred by PCP)

HPI:
- 34 y/o F c/o hard "bruise" L thigh x 6 mo, slowly enlarging, no trauma
- also hair thinning crown x 1 yr, itchy/burning scalp
- tried OTC hydrocortisone -> no help

ROS: neg joint pain, neg Raynaud, neg dysphagia

PE:
- L ant thigh: 6 x 4 cm indurated violaceous-brown plaque, shiny center
- vertex: patchy loss of follicular ostia, perifollicular erythema + scale at margin

A/P:
#1 indurated plaque L thigh -> r/o morphea vs panniculitis
   -> incisional (wedge) bx to fat, #15 blade, 3 sutures
#2 scarring alopecia vertex -> r/o LPP vs CCCA
   -> punch bx 4 mm x 1 at active edge, 1 suture
   • consent, lido w/ epi, hemostasis, Vaseline
   • bx x 2 -> path pending
   • if LPP -> plan IL TAC 10 to scalp at f/u + clobetasol soln (not started today)
RTC 2 wk suture removal + results

S. Weiss MD
""",
    "expected": E([L("11106"), L("11105")]),
    "coder_note": "BX-2: incisional outranks punch -> 11106 + 11105 (11105 allowed with 11106). IL TAC is conditional "
                  "future plan, not coded.",
})

SCENARIOS.append({
    "id": "s61-cos-sk-ln2-medicare-abn-gy-gx",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: LN2 to 6 asymptomatic SKs for appearance, voluntary ABN signed -> 17110-GY-GX",
    "date": "2025-12-02",
    "patient": ("Brandt", "Leonard", "1950-08-21", "male"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face and upper back", "L82.1", "L temple, R cheek, upper back", reason=True),
        C("c2", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "note": HDR + """Pt: Leonard Brandt   DOS 12/02/2025   Est pt

HPI:
• 75 y/o M wants "barnacles" off face + back before grandson's wedding
• no itch, no bleeding, not catching on clothes, no change - "just don't like how they look"

ROS: neg

PE:
- L temple x 2, R cheek x 1, upper back x 3: stuck-on waxy tan-brown papules 4-9 mm, no inflammation,
  no erythema, no crust
- no atypical features

A/P:
1. SKs x 6, asymptomatic -> LN2, 1 FTC each (L temple 2, R cheek 1, upper back 3)
   • cosmetic request - discussed Medicare does not cover cosmetic removal
   • pt signed voluntary advance notice (ABN) acknowledging pt responsibility -> on file
   • post-cryo care reviewed, blister expected
2. no other lesions of concern today

Previous plan: f/u SKs prn
RTC prn

e-signed S. Weiss MD
""",
    "expected": E([L("17110", 1, "GY", "GX")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK removal for appearance is statutorily excluded for Medicare FFS -> GY, "
                  "plus GX because a voluntary ABN is documented. 6 lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s61-cos-tags-selfpay-wart-covered",
    "family": "cosmetic", "shape": "free-text",
    "description": "Commercial: painful plantar wart LN2 billed; 8 cosmetic neck skin tags snipped self-pay -> removed",
    "date": "2025-08-19",
    "patient": ("Lindahl", "Megan", "1987-01-12", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Plantar wart, R heel", "B07.0", "R heel", reason=True),
        C("c2", "Acrochordons, neck (cosmetic)", "L91.8", "Neck", reason=True),
    ],
    "procedures": [
        P("Cryotherapy LN2 verruca plantaris", site="R heel",
          note="pared lightly w/ 15 blade to expose, LN2 2 FTC; painful w/ walking", reasons=["c1"]),
        P("Snip removal acrochordons x 8 - COSMETIC / SELF-PAY", site="Bilat neck",
          note="8 tags 1-3 mm, gradle scissors + AlCl; asymptomatic, pt wants off for appearance; "
               "self-pay fee quoted and accepted at front desk", reasons=["c2"]),
    ],
    "note": HDR + """Pt: Megan Lindahl   DOS 08/19/2025

HPI: 38 y/o F
 - painful bump R heel x 3 mo, hurts w/ every step, tried OTC salicylic acid x 6 wk -> no change
 - also wants neck tags removed before her wedding, not irritated, no bleeding - cosmetic
ROS: neg

PE:
 - R heel: 7 mm hyperkeratotic papule w/ thrombosed capillaries, pain w/ lateral squeeze
 - neck: 8 small skin-colored pedunculated papules, no erythema / no irritation

A/P:
 • verruca plantaris R heel -> paring to expose + LN2 2 FTC, pain + failed OTC
 • acrochordons x 8 neck -> snip removal per pt request
     -> cosmetic, NOT billed to insurance, self-pay $ quoted, pt agreed
 • RTC 3-4 wk repeat LN2 to wart prn

e-signed S. Weiss MD
""",
    "expected": E([L("17110")], topics=["cosmetic"], dx={"17110": ["B07.0"]}),
    "coder_note": "Painful plantar wart with failed OTC tx -> 17110 (paring is part of the wart tx, not 11055). Tags are "
                  "cosmetic with a commercial payer -> line removed, patient billed directly (conventions).",
})

SCENARIOS.append({
    "id": "s61-ds-ak-eighteen-precoded-17003x17",
    "family": "destruction", "shape": "pre-coded",
    "description": "AK x 18 LN2 pre-coded as 17000 + 17003 x17 -> 17004 x1",
    "date": "2026-01-13",
    "patient": ("Vandermolen", "Gerald", "1941-11-03", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face, scalp, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Face", reasons=["c1"]),
        P("Destruction premalignant lesions 2-14, each addl", cpt="17003", site="Face, scalp, hands",
          note="units: 17", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Gerald Vandermolen   DOS 01/13/2026   Est pt

HPI: 84 y/o M, farmer, here for "rough spots" f/u, last tx 7 mo ago. New crops of gritty spots face/scalp/hands.
ROS: neg

PE:
- face: 9 gritty erythematous scaly papules (forehead 4, nose 2, R cheek 3)
- scalp (bald vertex): 6 similar
- dorsal hands: R 2, L 1
- no indurated or ulcerated lesions

A/P:
1. AK x 18 -> LN2
   - face 9 / scalp 6 / R hand 2 / L hand 1 = 18 total
   - 1-2 FTC each, post-cryo care sheet
2. ISK L flank - pt asked, not irritated, reassured, no tx
3. discussed field tx 5-FU cream for scalp -> pt will think about it, not rx'd today

RTC 6 mo FSE

e-signed S. Weiss MD
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and 17004/17003 "
                  "are PTP 0).",
})

SCENARIOS.append({
    "id": "s61-ds-isk-three-ak-uncounted",
    "family": "destruction", "shape": "note-only",
    "description": "ISK x3 LN2 (itchy, bled) billed as 17110; AKs 'multiple' without count -> no AK line",
    "date": "2025-10-28",
    "patient": ("Pfeiffer", "Arlene", "1948-05-26", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "R flank", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp, forehead", reason=True),
    ],
    "note": HDR + """Pt: Arlene Pfeiffer   DOS 10/28/2025   Est

HPI:
- itchy spots at waistband R side, belt rubs them, one bled on her slacks last wk
- rough spots scalp/forehead again

ROS: neg

PE:
- R flank along belt line: 3 stuck-on tan papules 6-10 mm w/ erythematous rim, 1 w/ hemorrhagic crust
- scalp + forehead: multiple gritty scaly pink papules

A/P:
1. ISK x 3 R flank (itch, irritated by belt, 1 bled)
   -> LN2 2 FTC each
2. AKs scalp/forehead, multiple
   -> LN2 1 FTC each
3. post-cryo care reviewed

RTC 6 mo

e-signed S. Weiss MD
""",
    "expected": E([L("17110")], topics=["missing-documentation"], dx={"17110": ["L82.0"]}),
    "coder_note": "Inflamed/irritated SKs with itch and bleeding -> 17110 (3 lesions). AK count never documented "
                  "('multiple') -> no 17000/17003 line + missing-documentation (README Coding decisions).",
})

SCENARIOS.append({
    "id": "s61-ds-warts-sixteen-child",
    "family": "destruction", "shape": "free-text",
    "description": "Child, 16 common warts hands/knees LN2 -> 17111; copied-forward cantharidin plan not done",
    "date": "2025-07-08",
    "patient": ("Reyes", "Mateo", "2015-03-19", "male"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, multiple", "B07.8", "Hands, knees", reason=True),
    ],
    "procedures": [
        P("Cryo LN2 verrucae", site="Bilat hands, bilat knees",
          note="16 warts: R hand 6, L hand 5, R knee 3, L knee 2; 1 FTC each, tolerated w/ mom holding hand",
          reasons=["c1"]),
    ],
    "note": HDR + """Pt: Mateo Reyes (10 y/o)   DOS 07/08/2025   w/ mom

HPI:
• warts spreading on hands + knees x 8 mo, picks at them, some bleed, teased at school
• OTC compound W x 2 mo -> more warts

ROS: neg

PE:
- R hand 6, L hand 5, R knee 3, L knee 2 -> verrucous papules 2-6 mm

A/P:
1. verruca vulgaris x 16 (spreading, bleeding w/ picking)
   -> LN2 1 FTC each, total 16
   • blistering / aftercare reviewed w/ mom
   • nightly duct tape + OTC SA between visits
Previous plan: (copied from 05/2025)
 -> cantharidin in office to hand warts  [not done - today switched to LN2 per mom]
RTC 4 wk

S. Weiss MD
""",
    "expected": E([L("17111")], dx={"17111": ["B07.8"]}),
    "coder_note": "DS-2: 15 or more benign lesions -> 17111 x1 (not 17110). Copied-forward cantharidin not done.",
})

SCENARIOS.append({
    "id": "s61-ds-edc-bcc-back-neck-defect-size",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of bx-proven BCC R upper back (defect 1.2 cm) and L neck (defect 0.8 cm) -> 17262 + 17271",
    "date": "2025-09-09",
    "patient": ("Sorensen", "Dale", "1962-12-01", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, R upper back", "C44.519", "R upper back", reason=True),
        C("c2", "Basal cell carcinoma, nodular, L neck", "C44.41", "L lateral neck", reason=True),
    ],
    "note": HDR + """Pt: Dale Sorensen   DOS 09/09/2025   Est pt

HPI: here for tx of 2 BCCs bx'd 08/26/2025 (path: R upper back superficial BCC; L neck nodular BCC, both
to base). Discussed exc vs ED&C vs Mohs last visit -> pt chose ED&C for both.
ROS: neg

PE:
- R upper back: bx site w/ residual pink scaly patch, clinical size 0.9 cm
- L lat neck: healing bx site w/ pearly rim, clinical size 0.5 cm

A/P:
1. sBCC R upper back -> ED&C x 3 cycles
   - curette + electrodesiccation, final defect 1.2 cm
2. nBCC L lat neck -> ED&C x 3 cycles
   - final defect 0.8 cm
   • consent, lido 1% w/ epi, time-out
   • wound care: Vaseline, bandage daily until healed
   • no specimens sent (dx already established)
3. hx BCC -> FSE q 6 mo

RTC 6 mo FSE

e-signed S. Weiss MD
""",
    "expected": E([L("17262"), L("17271")], dx={"17262": ["C44.519"], "17271": ["C44.41"]}),
    "coder_note": "DS-4: malignant destruction by site group and final curettage defect: trunk 1.2 cm -> 17262; neck "
                  "(SNHFG) 0.8 cm -> 17271. Clinical lesion sizes are not used.",
})

SCENARIOS.append({
    "id": "s61-em-isotretinoin-month3-99214",
    "family": "em", "shape": "note-only",
    "description": "Isotretinoin month 3 f/u with lab review, iPLEDGE; provider-selected 99214 kept, no procedure",
    "date": "2025-11-18",
    "patient": ("Schroeder", "Kaitlyn", "2008-07-14", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 25, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, chest, back", reason=True),
    ],
    "note": HDR + """Pt: Kaitlyn Schroeder   DOS 11/18/2025   Est pt

HPI:
• 17 y/o F, isotretinoin month 3 of ~6, 40 mg BID (cum dose ~ 60 mg/kg so far)
• dry lips, mild nosebleeds w/ dry air; no mood changes, no HA, no vision change, no back pain
• 2 forms contraception (OCP + condoms), iPLEDGE questions done

ROS: neg depression/SI (PHQ-2 neg), neg abd pain, neg myalgia

PE:
- face: few inflammatory papules, no new cysts, PIH cheeks
- chest/back: resolving, no nodules
- lips: cheilitis

Labs (drawn 11/14): lipid panel - TG 188 (up from 122); ALT 24, AST 21; urine hCG neg today
 -> reviewed, TG mildly up, no dose change, recheck next month

A/P:
1. nodulocystic acne on isotretinoin - improving
   -> continue isotretinoin 40 mg BID, iPLEDGE confirmed, rx sent
   -> repeat lipids + LFT + hCG in 30 d
2. cheilitis -> Aquaphor, lip balm q2h
3. epistaxis -> saline gel, humidifier

Previous plan: (copied 10/2025) - consider IL TAC to cysts prn -> none needed today

RTC 30 d

e-signed S. Weiss MD
""",
    "expected": E([L("99214")], dx={"99214": ["L70.0"]}),
    "coder_note": "E/M only; provider-selected 99214 kept (drug therapy with lab monitoring). Copied-forward IL TAC not "
                  "done; commercial payer, no G2211.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s61-em-medicare-screening-fse-new-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new pt, screening-only FSE, no hx/no complaint/nothing found -> 99203-GY",
    "date": "2025-06-10",
    "patient": ("Halverson", "Roger", "1959-09-02", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note": HDR + """Pt: Roger Halverson   DOS 06/10/2025   NEW PT

CC: "skin check" - wife booked it, just turned 65 and wants a once-over

HPI:
• no spots of concern, nothing new/changing/bleeding/itching
• no personal hx skin CA, no fam hx melanoma
• no hx blistering sunburns, no tanning beds, wears hat golfing

ROS: neg. Skin: no complaints.

PE: FSE incl scalp, genitals deferred per pt
- Fitzpatrick II
- few scattered benign-appearing nevi < 5 mm, regular, symmetric
- no AKs, no atypical pigmented lesions, no suspicious lesions

A/P:
1. skin cancer screening, asymptomatic -> FSE done, nothing suspicious
   -> no bx, no tx
   -> ABCDEs + self-exam handout, SPF 30+
RTC 1 yr prn

e-signed S. Weiss MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; screening-only FSE with no history, "
                  "no complaint and nothing found -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s61-em-changing-mole-bx-declined",
    "family": "em", "shape": "note-only",
    "description": "Est pt, changing nevus, bx offered and declined; copied-forward LN2 AK plan not done -> 99213 only",
    "date": "2025-07-29",
    "patient": ("Nguyen", "Thao", "1973-02-11", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Changing melanocytic nevus, L calf", None, "L posterior calf", reason=True),
        C("c2", "Dyshidrotic eczema, hands", "L30.1", "Bilat palms", reason=True),
    ],
    "note": HDR + """Pt: Thao Nguyen   DOS 07/29/2025   Est pt

HPI:
- mole L calf "got a little bigger" per pt over ~6 mo, no bleeding, no itch
- hand eczema f/u - flares w/ dishwashing, TAC 0.1% oint helps

ROS: neg

PE:
- L post calf: 7 mm brown macule, slight asymmetry, dermoscopy: reticular network w/ one area of
  irregular dots at 3 o'clock
- palms: few vesicles lateral fingers, mild scale

A/P:
1. changing nevus L calf
   -> recommended shave bx today -> pt DECLINED (work trip, wants to wait)
   -> clinical + dermoscopic photos to chart, recheck 3 mo, sooner if change
   -> bx discussed again - risks of delay reviewed, pt understands
2. dyshidrotic eczema hands - improved
   -> refill TAC 0.1% oint BID x 2 wk prn, gloves for wet work
Previous plan: (copied 01/2025)
 - AK x 4 -> LN2 at next visit  -> not done, no AKs seen today

RTC 3 mo

e-signed S. Weiss MD
""",
    "expected": E([L("99213")]),
    "coder_note": "Biopsy offered and declined, nothing performed; copied-forward LN2 not done. E/M only, provider level "
                  "kept, no 25.",
})

SCENARIOS.append({
    "id": "s61-exb-cyst-back-precoded-ellipse-11406",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "EIC upper back 1.6 cm + 2 mm margins = 2.0 cm; pre-coded 11406 from ellipse length -> 11402 + 12032",
    "date": "2025-08-05",
    "patient": ("Oberg", "Curtis", "1969-10-22", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, upper back", "L72.0", "Upper back, midline", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk >4.0 cm", cpt="11406", site="Upper back",
          note="ellipse 4.5 x 1.6 cm", reasons=["c1"]),
        P("Intermediate repair trunk 2.6-7.5 cm", cpt="12032", site="Upper back",
          note="layered closure 4.5 cm", reasons=["c1"]),
    ],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with foreign-body "
                      "granulomatous reaction. No atypia.", "site": "Upper back", "date": "2025-08-08"}],
    "note": HDR + """Pt: Curtis Oberg   DOS 08/05/2025   Est pt - procedure visit

HPI: cyst upper back x 3 yr, flared 2x this yr (red, drained foul material), tender when leaning on chair.
Quiet now x 6 wk -> here for exc as planned.

PE: upper back midline: 1.6 cm mobile subQ nodule w/ central punctum, no fluctuance, non-tender today

PROCEDURE: exc EIC upper back
- consent, time-out, lido 1% w/ epi 8 mL
- lesion measured 1.6 cm pre-op, marked w/ 2 mm margin -> excised diameter 2.0 cm
- fusiform ellipse 4.5 x 1.6 cm (3:1) to fat, cyst removed intact
- undermined, layered closure: 3-0 Vicryl deep dermal x 5, 4-0 nylon running
- repair length 4.5 cm
- EBL min, specimen -> path

A/P:
1. EIC upper back, symptomatic (recurrent inflammation, tender) -> exc + layered closure as above
   -> path pending
2. wound care, no lifting > 20 lb x 1 wk
RTC 12-14 d suture removal

e-signed S. Weiss MD
""",
    "expected": E([L("11402"), L("12032")], topics=["coding-correction"], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 1.6 + 2 x 0.2 = 2.0 cm (not the 4.5 cm ellipse) -> 11402. Layered closure "
                  "4.5 cm trunk -> 12032, separately reportable (EX-5).",
})

SCENARIOS.append({
    "id": "s61-exb-atypical-nevus-reexcision-forearm",
    "family": "excision-benign", "shape": "note-only",
    "description": "Re-exc of moderately atypical nevus R forearm (0.7 cm + 2 mm margins = 1.1 cm), path benign -> 11402",
    "date": "2025-10-21",
    "patient": ("Jablonski", "Irene", "1952-04-15", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 30,
    "conditions": [
        C("c1", "Dysplastic nevus, moderate atypia, R forearm", None, "R dorsal forearm", reason=True),
    ],
    "path": [{"text": "Skin, R dorsal forearm, re-excision: residual dysplastic compound nevus with moderate "
                      "architectural and cytologic atypia; margins clear. No melanoma.",
              "site": "R dorsal forearm", "date": "2025-10-24"}],
    "note": HDR + """Pt: Irene Jablonski   DOS 10/21/2025   Est

HPI: here for re-exc. Shave bx 09/30/2025 R dorsal forearm -> dysplastic compound nevus, MODERATE atypia,
extends to peripheral margins. Discussed options -> pt wants it out.

ROS: neg

PE: R dorsal forearm: healed bx site w/ residual brown pigment at edge, total 0.7 cm

A/P:
1. DN w/ moderate atypia, + margins -> re-exc today
   - 2 mm margins around 0.7 cm residual -> excised diameter 1.1 cm
   - ellipse to fat, simple interrupted 4-0 nylon closure, 2.8 cm
   - consent, lido w/ epi, time-out, EBL min
   - specimen -> path pending
   - if severe atypia or MIS on path -> wider exc (would schedule separately)
2. FSE: no other atypical lesions

Previous plan: (copied 09/30)
 - shave bx R forearm -> done 09/30
 - LN2 AKs -> none today

RTC 10-14 d suture removal

e-signed S. Weiss MD
""",
    "expected": E([L("11402")]),
    "coder_note": "EX-1/EX-3: 0.7 + 2 x 0.2 = 1.1 cm on the arm, final path benign (moderate atypia) -> 11402. Simple "
                  "closure included. Prior biopsy was 000 global, 3 weeks ago: no modifier. Conditional wider "
                  "excision not coded.",
})

SCENARIOS.append({
    "id": "s61-exb-pilar-cyst-scalp-repair-no-length",
    "family": "excision-benign", "shape": "free-text",
    "description": "Pilar cyst scalp 1.2 cm + 1 mm margins -> 11422; layered closure without length -> no repair line",
    "date": "2025-12-09",
    "patient": ("Whitehorse", "Janelle", "1984-08-08", "female"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, scalp", "L72.11", "L parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision pilar cyst scalp", site="L parietal scalp",
          note="cyst 1.2 cm, 1 mm margin, removed intact", reasons=["c1"]),
        P("Layered closure scalp", site="L parietal scalp",
          note="3-0 Vicryl deep + staples", reasons=["c1"]),
    ],
    "path": [{"text": "Scalp, L parietal, excision: trichilemmal (pilar) cyst. Benign.",
              "site": "L parietal scalp", "date": "2025-12-12"}],
    "note": HDR + """Pt: Janelle Whitehorse   DOS 12/09/2025

HPI:
• bump L scalp x 2 yr, growing, tender when she combs, got snagged + bled w/ brush x2

PE:
• L parietal scalp: 1.2 cm firm mobile subQ nodule, no punctum

A/P:
• pilar cyst L scalp, symptomatic (tender, trauma w/ brush, growing)
   -> exc: 1 mm margin around 1.2 cm cyst, cyst intact
   -> layered closure: 3-0 Vicryl deep, staples to skin
   -> lido w/ epi, consent, time-out, EBL min
   -> path pending
• staple removal 10 d

S. Weiss MD
""",
    "expected": E([L("11422")], topics=["missing-documentation"], dx={"11422": ["L72.11"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.1 = 1.4 cm scalp (SNHFG) -> 11422. Layered closure documented but no length "
                  "anywhere -> no intermediate repair line + missing-documentation.",
})

SCENARIOS.append({
    "id": "s61-exm-scc-dorsal-hand-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Exc bx-proven SCC R dorsal hand (1.1 + 2x0.4 = 1.9 cm) + layered closure 3.2 cm -> 11622 + 12042",
    "date": "2025-10-22",
    "patient": ("Mortensen", "Harold", "1945-01-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, R dorsal hand", "C44.622", "R dorsal hand", reason=True),
    ],
    "path": [{"text": "Skin, R dorsal hand, excision: squamous cell carcinoma, well differentiated, invasive to "
                      "superficial dermis; margins free (closest 3 mm).", "site": "R dorsal hand",
              "date": "2025-10-27"}],
    "note": HDR + """Pt: Harold Mortensen   DOS 10/22/2025   Est - procedure

HPI: SCC R dorsal hand, shave bx 10/01/2025 -> SCC well-diff, to base. Here for exc. Declined Mohs referral
(2 hr drive). On Eliquis - continued per cardiology.

ROS: neg

PE: R dorsal hand over 3rd MC: 1.1 cm keratotic pink nodule at bx site, no LAD epitrochlear/axillary

PROCEDURE:
- consent, time-out, lido 1% w/ epi 6 mL
- 4 mm margins around 1.1 cm lesion -> excised diameter 1.9 cm
- ellipse to subQ fat, specimen tagged 12:00 -> path
- layered closure: 4-0 Monocryl deep x 4, 5-0 nylon simple interrupted
- final repair length 3.2 cm
- hemostasis w/ cautery, EBL min

A/P:
1. SCC R dorsal hand -> exc + intermediate (layered) repair as above -> path pending
2. Eliquis - pressure dressing 24 h, bleeding precautions
3. hx multiple AKs -> LN2 next visit (not today)

RTC 10-14 d suture removal

e-signed S. Weiss MD
""",
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.622"]}),
    "coder_note": "EX-1/EX-2: hand is SNHFG, 1.1 + 0.8 = 1.9 cm malignant -> 11622. REP-2: intermediate repair of the "
                  "hand is 12041-12047; 3.2 cm -> 12042. LN2 deferred to next visit.",
})

SCENARIOS.append({
    "id": "s61-exm-mis-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "MIS L upper arm re-exc for + margin on day 9 of 11602 global; pre-coded 11401 (path: scar) -> 11603-58",
    "date": "2025-10-15",
    "patient": ("Lundquist", "Carol", "1956-03-05", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, L upper arm", "D03.62", "L posterior upper arm", reason=True),
    ],
    "prior": [PRIOR("2025-10-06", "11602", "Excision malignant lesion L upper arm 1.9 cm", "L posterior upper arm",
                    "MIS 0.9 cm, 5 mm margins; path: MIS, peripheral margin involved at 3 o'clock")],
    "procedures": [
        P("Excision benign lesion arm 0.6-1.0 cm", cpt="11401", site="L posterior upper arm",
          note="re-exc scar", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, L posterior upper arm, re-excision: dermal scar with no residual melanoma in situ; "
                      "margins clear.", "site": "L posterior upper arm", "date": "2025-10-18"}],
    "note": HDR + """Pt: Carol Lundquist   DOS 10/15/2025   Est

HPI:
- s/p exc MIS L post upper arm 10/06/2025 (9 d ago)
- path 10/09: MIS, peripheral margin + at 3 o'clock -> plan re-exc, discussed by phone
- incision healing, sutures still in

PE: L post upper arm: 1.4 cm healing linear scar w/ sutures, no residual pigment visible

A/P:
1. MIS L upper arm, + margin -> staged re-exc today
   - 5 mm margins around the 1.4 cm scar -> excised diameter 2.4 cm
   - ellipse to fat, simple closure 4-0 nylon, specimen oriented -> path
   - consent, lido w/ epi, time-out
2. FSE q 6 mo x 2 yr, then yearly

RTC 2 wk suture removal

e-signed S. Weiss MD
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period", "coding-correction"],
                  dx={"11603": ["D03.62"]}),
    "coder_note": "EX-3/EX-4: re-excision of a melanoma in situ is coded malignant even when the specimen is only scar; "
                  "1.4 + 2 x 0.5 = 2.4 cm arm -> 11603. Inside the 10-day global of the 10/06 excision -> 58.",
})

SCENARIOS.append({
    "id": "s61-exm-bcc-ala-complex-rim",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Exc BCC L nasal ala (0.6 + 2x0.3 = 1.2 cm) + complex repair involving nostril rim 2.4 cm -> 11642 + 13151",
    "date": "2025-11-25",
    "patient": ("Gustafson", "Eleanor", "1958-06-18", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, L nasal ala", "C44.311", "L nasal ala", reason=True),
    ],
    "procedures": [
        P("Excision BCC L nasal ala, 3 mm margins", site="L nasal ala",
          note="lesion 0.6 cm, 3 mm margins -> excised diameter 1.2 cm, frozen not done", reasons=["c1"]),
        P("Complex repair, nasal ala with alar rim", site="L nasal ala",
          note="defect extends to free margin of nostril rim; rim realigned w/ 6-0 Prolene key suture, deep "
               "5-0 Monocryl, trimming/debridement of wound edges; repair length 2.4 cm", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, L nasal ala, excision: basal cell carcinoma, nodular; margins negative.",
              "site": "L nasal ala", "date": "2025-11-28"}],
    "note": HDR + """Pt: Eleanor Gustafson   DOS 11/25/2025

HPI: bx 11/04 -> nBCC L nasal ala. Offered Mohs referral (Mpls) -> pt prefers exc here.

PE: L nasal ala: 0.6 cm pearly papule, 2 mm from alar rim

A/P:
• nBCC L ala -> exc, 3 mm margins -> 1.2 cm
• defect involved nostril rim -> complex repair: rim key suture, edge debridement, layered, 2.4 cm
• consent, lido w/ epi, time-out, EBL min
• path pending
• RTC 7 d suture removal

S. Weiss MD
""",
    "expected": E([L("11642"), L("13151")], dx={"11642": ["C44.311"]}),
    "coder_note": "FEENLM malignant 1.2 cm -> 11642. REP-3: involvement of the free nostril rim + debridement = complex; "
                  "nose 2.4 cm -> 13151 (1.1-2.5 cm). Complex repair separately reportable (EX-5).",
})

SCENARIOS.append({
    "id": "s61-exm-back-sccis-path-ellipse-trap",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Unbiopsied changing lesion L mid back excised 1.4 + 2x0.3 = 2.0 cm; path SCCIS -> 11602",
    "date": "2025-09-16",
    "patient": ("Carver", "Dennis", "1966-11-27", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Carcinoma in situ of skin of trunk", "D04.5", "L mid back", reason=True),
    ],
    "path": [{"text": "Skin, L mid back, excision (ellipse 3.8 x 1.4 x 0.6 cm): squamous cell carcinoma in situ, "
                      "margins clear.", "site": "L mid back", "date": "2025-09-19"}],
    "note": HDR + """Pt: Dennis Carver   DOS 09/16/2025   Est

HPI:
• scaly red patch L mid back x 1 yr, wife says it's bigger, bleeds w/ scratching
• no prior bx

ROS: neg

PE: L mid back: 1.4 cm well-demarcated erythematous scaly plaque, no ulceration, no induration

A/P:
1. lesion L mid back, r/o SCCIS vs BCC vs ISK -> excisional removal today (pt wanted it gone in 1 visit)
   - marked 3 mm margins around 1.4 cm -> 2.0 cm
   - ellipse to fat, simple interrupted 4-0 nylon (single layer)
   - consent, lido w/ epi, time-out, EBL min
   - path pending -> will call
2. seb derm scalp - ketoconazole 2% shampoo refilled (pt request, no visit billed)

RTC 14 d suture removal

e-signed S. Weiss MD
""",
    "expected": E([L("11602")], dx={"11602": ["D04.5"]}),
    "coder_note": "EX-1/EX-3: excised diameter from the clinical lesion + margins (1.4 + 0.6 = 2.0 cm), not the 3.8 cm "
                  "ellipse on the path report; final path SCC in situ -> malignant trunk code 11602. Simple closure "
                  "included.",
})

SCENARIOS.append({
    "id": "s61-id-axilla-abscess-simple",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D single L axillary abscess -> 10060; HS work-up only hypothetical",
    "date": "2025-07-22",
    "patient": ("Washington", "Tanya", "1995-05-03", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "L axilla", reason=True),
    ],
    "procedures": [
        P("I&D abscess", site="L axilla",
          note="2.5 cm fluctuant abscess, single 1 cm stab incision w/ #11, purulent material expressed, "
               "irrigated, no loculations, no packing; culture sent", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Tanya Washington   DOS 07/22/2025   work-in

HPI:
- painful lump L armpit x 4 d, getting bigger, no fever
- 1st time, no similar bumps groin/under breasts

PE:
- L axilla: 2.5 cm tender fluctuant nodule w/ surrounding erythema 1 cm
- no other nodules, no sinus tracts, no scarring

A/P:
• abscess L axilla -> I&D: lido 1%, #11 blade, expressed pus, irrigated NS, no loculations, w/o packing
• cx -> pending
• doxy 100 mg BID x 7 d
• if recurrent/multiple -> w/u for HS (not today)
• warm compresses QID
RTC prn / 1 wk if not better

S. Weiss MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single, simple abscess, no packing or loculations -> 10060. HS is only a conditional future "
                  "consideration.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s61-id-buttock-loculated-packed-precoded",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Loculated R buttock abscess, loculations broken + packing; pre-coded 10060 -> 10061",
    "date": "2025-08-26",
    "patient": ("Kowalczyk", "Brian", "1982-12-14", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "R buttock", reason=True),
    ],
    "procedures": [
        P("I&D abscess simple or single", cpt="10060", site="R buttock",
          note="4 cm abscess; loculations broken w/ hemostat, packed 1/4 in iodoform", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Brian Kowalczyk   DOS 08/26/2025   acute visit

HPI:
• painful R buttock lump x 6 d, can't sit, drained a little at home
• low-grade temp 99.8 last night
• no hx HS, no DM

PE:
- R upper buttock: 4 x 3.5 cm fluctuant indurated abscess, 2 cm erythema margin, pointing centrally
- no other lesions groin/axillae

PROCEDURE: I&D R buttock
 -> lido 1% field block
 -> 1.5 cm linear incision, ~8 mL pus expressed
 -> multiple loculations broken up bluntly w/ curved hemostat
 -> irrigated NS, packed w/ 1/4" iodoform gauze (~20 cm), gauze dressing
 -> cx sent

A/P:
• complicated abscess R buttock - I&D w/ loculation breakdown + packing as above
• Bactrim DS BID x 10 d pending cx
• pt to remove packing in 48 h at home, instructions given
RTC 1 wk wound check (post-op)

e-signed S. Weiss MD
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L02.31"]}),
    "coder_note": "Complicated I&D (loculations broken, packing placed) -> 10061, not 10060.",
})

SCENARIOS.append({
    "id": "s61-il-keloids-chest-kenalog40",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 3 chest keloids, TAC 40 mg/mL 1.5 mL total = 60 mg -> 11900 + J3301 x6",
    "date": "2025-09-30",
    "patient": ("Mbeki", "Andre", "1990-07-07", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Keloid scars, presternal chest", "L91.0", "Presternal chest", reason=True),
    ],
    "note": HDR + """Pt: Andre Mbeki   DOS 09/30/2025   Est

HPI: keloids mid chest (old acne sites) - itchy, tender w/ seatbelt. Last ILK 6 wk ago, flatter per pt.

PE: presternal chest: keloids x 3 - 2.5 cm, 1.8 cm, 1.2 cm, firm, pink, mildly softened vs last visit

A/P:
1. keloids x 3 chest, symptomatic (itch, pain) -> ILK
   - Kenalog-40 (TAC 40 mg/mL) undiluted, 30 g needle
   - #1 (2.5 cm) 0.6 mL / #2 (1.8 cm) 0.5 mL / #3 (1.2 cm) 0.4 mL
   - total 1.5 mL = 60 mg TAC
   - tolerated well, no blanching beyond lesions
2. silicone gel sheets nightly

Previous plan: (copied 08/2025) ILK keloids q 4-6 wk -> done today

RTC 6 wk

e-signed S. Weiss MD
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions -> 11900 (up to 7). TAC 60 mg -> J3301 x6 (per 10 mg).",
})

SCENARIOS.append({
    "id": "s61-il-alopecia-areata-12-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "IL TAC 10 mg/mL to 12 alopecia areata patches, 2.4 mL = 24 mg; pre-coded 11900 -> 11901 + J3301 x3",
    "date": "2026-02-03",
    "patient": ("Draper", "Susan", "1957-09-19", "female"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", cpt="11900", site="Scalp",
          note="TAC 10 mg/mL to AA patches", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Susan Draper   DOS 02/03/2026   Est

HPI:
• patchy AA scalp, 3rd IL session. Some regrowth at 2 older patches, 4 new patches since last visit.
• no eyebrow/lash loss, no nail pitting

PE: scalp: 12 discrete patches of non-scarring alopecia (occipital 5, parietal R 3, parietal L 2, vertex 2),
    exclamation-point hairs at the new ones; + regrowth vellus hairs at 2 treated patches

A/P:
1. AA, patchy, 12 patches -> IL TAC
   -> TAC 10 mg/mL (Kenalog-10), 0.1 mL intradermal q 1 cm
   -> 12 patches injected, total 2.4 mL = 24 mg
   -> tolerated well
2. clobetasol 0.05% soln BID to patches between sessions, rx refilled
3. discussed JAK inhibitor if progression -> pt not interested now

RTC 6 wk

e-signed S. Weiss MD
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "12 lesions injected -> 11901 (more than 7), not 11900. 24 mg TAC -> J3301 x3 (ceil(24/10)).",
})

SCENARIOS.append({
    "id": "s61-il-acne-cysts-dilute-tac",
    "family": "intralesional", "shape": "free-text",
    "description": "IL TAC 2.5 mg/mL to 5 acne cysts, 0.6 mL = 1.5 mg -> 11900 + J3301 x1",
    "date": "2025-11-06",
    "patient": ("Hernandez", "Diego", "2009-01-25", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Acne vulgaris with inflamed cysts", "L70.0", "Face, jawline", reason=True),
    ],
    "procedures": [
        P("Intralesional Kenalog to acne cysts", site="Bilat jawline, L cheek",
          note="TAC diluted to 2.5 mg/mL; 5 cysts: R jaw 2, L jaw 2, L cheek 1; 0.1-0.15 mL each, total 0.6 mL "
               "(1.5 mg)", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Diego Hernandez (16 y/o)   DOS 11/06/2025   w/ dad

HPI:
- painful cysts jawline, school pictures Fri, wants them down
- on doxy 100 daily + adapalene/BPO since 09/2025, better overall

PE: inflamed tender cysts x 5: R jaw 2, L jaw 2, L cheek 1 (6-10 mm)

A/P:
• acne cysts x 5 -> ILK 2.5 mg/mL, total 0.6 mL = 1.5 mg TAC
   - 30 g needle, tolerated
• continue doxy + adapalene/BPO - no change (no new rx today)
Previous plan: (copied 09/2025)
 - IL TAC to cysts x 3 -> done 09/2025
 - consider isotretinoin if fails 3 mo abx
RTC 6 wk

S. Weiss MD
""",
    "expected": E([L("11900"), L("J3301")]),
    "coder_note": "5 lesions -> 11900. 1.5 mg TAC -> J3301 x1 (ceil). Isotretinoin only a future consideration.",
})

SCENARIOS.append({
    "id": "s61-mix-ak7-bx-back-rosacea-25",
    "family": "mixed", "shape": "note-only",
    "description": "AK x7 LN2 + shave bx L mid back + rosacea flare with new rx -> 99213-25, 11102, 17000-XS, 17003 x6",
    "date": "2025-11-12",
    "patient": ("Eckstrom", "Walter", "1947-07-09", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face, ears", reason=True),
        C("c2", "Pigmented lesion L mid back", None, "L mid back", reason=True),
        C("c3", "Rosacea, flaring", "L71.9", "Central face", reason=True),
    ],
    "path": [{"text": "Skin, L mid back, shave: seborrheic keratosis, pigmented (melanoacanthoma type). No atypia.",
              "site": "L mid back", "date": "2025-11-15"}],
    "note": HDR + """Pt: Walter Eckstrom   DOS 11/12/2025   Est

HPI:
• rough spots face/ears, due for tx
• dark spot L mid back, wife thinks it changed
• face "breaking out" x 2 mo, red + bumpy, burns w/ hot coffee, tried wife's cream -> worse

ROS: neg eye sx

PE:
- AKs: forehead 3, L helix 2, R cheek 2
- L mid back: 8 mm dark brown-black papule, irregular border
- central face: erythema, telangiectasia, scattered papulopustules cheeks/nose/chin, no comedones
- R shin: ED&C site (10/14) healed, no residual

A/P:
1. AK x 7 -> LN2 (forehead 3, L helix 2, R cheek 2)
2. pigmented lesion L mid back, r/o MM vs ISK -> shave bx -> path pending
   • consent, lido w/ epi, AlCl
3. papulopustular rosacea, flaring - new dx
   -> start metronidazole 0.75% gel BID + doxycycline 40 mg daily x 12 wk, rx sent
   -> triggers, gentle skin care, SPF reviewed
4. hx BCC R shin s/p ED&C 10/14 - healed, NED
Previous plan: (copied 10/14/2025)
 - ED&C BCC R shin -> done 10/14
 - LN2 AKs face at next visit -> done today (#1)

RTC 3 mo (rosacea), sooner prn path

e-signed S. Weiss MD
""",
    "expected": E([L("99213", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 6)],
                  dx={"17000": ["L57.0"]}),
    "coder_note": "Rosacea is a separate problem with prescription management -> 99213-25. AK x7 -> 17000 + 17003 x6. "
                  "Shave bx of a different lesion: 11102/17000 is PTP 1 with 17000 as column 2 -> XS on 17000. ED&C "
                  "10/14 is 29 days ago, outside its 10-day global.",
})

SCENARIOS.append({
    "id": "s61-mix-precoded-isk-shave-ilk-punch",
    "family": "mixed", "shape": "pre-coded",
    "description": "Shave removal ISK L neck 0.8 cm pre-coded as 11102 -> 11306-XS; ILK scar + punch bx R thigh",
    "date": "2025-12-16",
    "patient": ("Tollefson", "Marjorie", "1951-02-28", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "L lateral neck", reason=True),
        C("c2", "Keloid, L shoulder", "L91.0", "L shoulder", reason=True),
        C("c3", "Firm nodule R thigh, r/o DF vs DFSP", None, "R anterior thigh", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy skin single lesion", cpt="11102", site="L lateral neck",
          note="shave removal ISK flush w/ DermaBlade, complete", reasons=["c1"]),
        P("Intralesional injection up to 7 lesions", cpt="11900", site="L shoulder",
          note="TAC 40 mg/mL 0.3 mL (12 mg)", reasons=["c2"]),
        P("Punch biopsy skin single lesion", cpt="11104", site="R anterior thigh",
          note="4 mm punch, 1 suture", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Skin, L neck, shave: irritated seborrheic keratosis, base transected at deep dermis.",
         "site": "L lateral neck", "date": "2025-12-19"},
        {"text": "B. Skin, R thigh, punch: dermatofibroma. CD34 negative.", "site": "R anterior thigh",
         "date": "2025-12-19"},
    ],
    "note": HDR + """Pt: Marjorie Tollefson   DOS 12/16/2025   Est

HPI:
- L neck spot catches on necklace -> bled x 3, sore
- itchy thick scar L shoulder (old mole exc 2019), ILK helped before
- new firm bump R thigh x 4 mo, getting bigger

PE:
- L lat neck: 0.8 cm stuck-on tan papule w/ hemorrhagic crust, inflamed base
- L shoulder: 2 cm firm keloid at old exc scar
- R ant thigh: 9 mm firm pink-brown dermal nodule, + dimple sign, enlarging per pt

A/P:
1. ISK L neck, inflamed/bleeding/traumatized by jewelry -> shave REMOVAL (complete, flush), AlCl, to path
2. keloid L shoulder, itchy -> ILK TAC 40 mg/mL 0.3 mL = 12 mg
3. nodule R thigh, enlarging, r/o DF vs DFSP -> punch bx 4 mm, 1 suture 4-0 nylon
   • consent x 3 sites, lido w/ epi
   • path x 2 pending
RTC 2 wk suture removal / results

e-signed S. Weiss MD
""",
    "expected": E([L("11104"), L("11306", 1, "XS"), L("11900", 1, "XS"), L("J3301", 2)],
                  topics=["coding-correction"], dx={"11306": ["L82.0"]}),
    "coder_note": "BX-4: intent was complete removal of the ISK -> shave removal, neck 0.8 cm -> 11306 (not 11102). "
                  "Three different lesions: 11104/11306 PTP 1 -> XS on 11306; 11306/11900 PTP 1 -> XS on 11900. 12 mg "
                  "TAC -> J3301 x2.",
})

SCENARIOS.append({
    "id": "s61-mix-molluscum-curettage-ad-flare-25",
    "family": "mixed", "shape": "free-text",
    "description": "Child: curettage of 9 molluscum + AD flare with new rx -> 99213-25 + 17110",
    "date": "2025-10-07",
    "patient": ("Yang", "Lily", "2019-05-12", "female"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk, R axilla", reason=True),
        C("c2", "Atopic dermatitis, flexural, flare", "L20.82", "Antecubital, popliteal fossae", reason=True),
    ],
    "procedures": [
        P("Curettage molluscum", site="R axilla, R flank, abdomen",
          note="9 lesions curetted after topical LMX x 45 min; R axilla 4, R flank 3, abdomen 2", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Lily Yang (6 y/o)   DOS 10/07/2025   w/ mom

HPI:
• bumps R armpit/side/belly x 5 mo, spreading, some red + itchy, scratching -> more
• eczema elbows/knees flaring x 3 wk, waking at night scratching, hydrocortisone 1% not helping

ROS: neg fever

PE:
- molluscum: 9 umbilicated papules (R axilla 4, R flank 3, abdomen 2), 2 w/ surrounding dermatitis
- AD: lichenified erythematous plaques bilat antecubital + popliteal, excoriations, no crust/impetiginization
- BSA AD ~ 6%

A/P:
1. molluscum x 9, spreading + inflamed -> curettage after LMX, AlCl
2. atopic dermatitis flare, moderate
   -> start TAC 0.1% oint BID x 2 wk body (not face), then tacrolimus 0.03% maintenance, rx sent
   -> bleach baths 2x/wk, gentle skin care, cetirizine qhs for itch
RTC 6 wk

S. Weiss MD
""",
    "expected": E([L("99213", 1, "25"), L("17110")], dx={"17110": ["B08.1"]}),
    "coder_note": "Molluscum curettage 9 lesions -> 17110. AD flare with new prescription management is a separate, "
                  "significant problem -> 99213-25 (17110/99213 PTP 1).",
})

SCENARIOS.append({
    "id": "s61-mohs-nasal-tip-bcc-interm-em-removed",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R nasal tip BCC 2 stages + intermediate repair 1.8 cm; 99213 selected for pre-op talk -> removed",
    "date": "2026-01-20",
    "patient": ("Rasmussen", "Doris", "1949-10-10", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 120, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, R nasal tip", "C44.311", "R nasal tip", reason=True),
    ],
    "note": HDR + """Pt: Doris Rasmussen   DOS 01/20/2026   Est - MOHS day

HPI: nBCC R nasal tip, shave bx 12/16/2025 (path: nodular BCC to deep margin). Here for Mohs as scheduled.
No new complaints. Pre-op: reviewed procedure, risks, repair options, consent signed.

ROS: neg. Meds: amlodipine, ASA 81 (continued).

PE: R nasal tip: 0.7 cm pearly papule at bx site, ill-defined

MOHS (I am surgeon + pathologist):
- Stage I: 3 blocks -> + residual BCC at 6-8 o'clock
- Stage II: 2 blocks -> clear
- final defect 1.3 x 1.1 cm, into subQ, no cartilage exposed
REPAIR:
- layered closure: 5-0 Monocryl deep, 6-0 Prolene running
- repair length 1.8 cm
- EBL min, pressure dressing

A/P:
1. nBCC R nasal tip -> Mohs 2 stages, clear -> intermediate repair 1.8 cm
2. post-op care reviewed, Tylenol prn

RTC 1 wk suture removal

e-signed S. Weiss MD
""",
    "expected": E([L("17311"), L("17312"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head, 2 stages (3 + 2 blocks) -> 17311 + 17312. MOHS-7: intermediate repair nose 1.8 cm -> "
                  "12051. The 99213 covers only the pre-op discussion/consent for the planned Mohs -> E/M removed "
                  "(GS-3).",
})

SCENARIOS.append({
    "id": "s61-mohs-scalp-scc-seven-blocks-precoded",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs scalp SCC stage I 7 blocks / stage II 2 blocks + complex repair 4.0 cm; pre-coded 88305, no 17315",
    "date": "2025-09-04",
    "patient": ("Hagen", "Lloyd", "1940-04-04", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Mohs head/neck first stage", cpt="17311", site="Vertex scalp", reasons=["c1"]),
        P("Mohs head/neck each addl stage", cpt="17312", site="Vertex scalp", reasons=["c1"]),
        P("Surgical pathology, skin", cpt="88305", site="Vertex scalp", note="Mohs layers", reasons=["c1"]),
        P("Complex repair scalp 2.6-7.5 cm", cpt="13121", site="Vertex scalp", note="4.0 cm", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Lloyd Hagen   DOS 09/04/2025   MOHS

HPI: 85 y/o M, SCC vertex scalp, bx 08/12/2025: invasive SCC, mod diff. Bald scalp, heavy sun hx (farmer).

MOHS (surgeon + pathologist: S. Weiss):
• Stage I: 7 tissue blocks (large tumor) -> + at blocks 2, 5
• Stage II: 2 blocks -> clear
• all layers processed/read in our Mohs lab, no outside path
• final defect 2.2 x 1.6 cm down to periosteum, bone exposed at center

REPAIR:
• wide undermining subgaleal, galeal scoring, debridement of crushed wound edges
• layered closure 3-0 Vicryl galea, staples
• repair length 4.0 cm -> complex (bone exposure + edge debridement)

A/P:
1. SCC vertex scalp -> Mohs 2 stages (7 + 2 blocks), clear
2. complex repair 4.0 cm scalp
3. wound care, head elevation, Tylenol
RTC 10 d staple removal

e-signed S. Weiss MD
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("13121")], topics=["coding-correction", "ncci"],
                  dx={"17311": ["C44.42"]}),
    "coder_note": "MOHS-2: 7 blocks in stage I -> 17315 x2 (blocks beyond 5); stage II 2 blocks. MOHS-5: no 88305 for "
                  "Mohs layers (17311/88305 PTP 1, same tissue). Complex repair scalp 4.0 cm -> 13121 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s61-mohs-preauricular-sameday-bx-frozen-flap",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied R preauricular lesion: same-day tangential bx + frozen (BCC) -> Mohs 2 stages + rotation flap",
    "date": "2025-12-11",
    "patient": ("Dahlberg", "Eugene", "1944-08-16", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 200,
    "conditions": [
        C("c1", "Basal cell carcinoma, R preauricular cheek", "C44.319", "R preauricular cheek", reason=True),
    ],
    "procedures": [
        P("Shave bx for frozen section", site="R preauricular cheek",
          note="no prior bx or path on file; saucerization, frozen section read by me -> BCC, nodular; Mohs "
               "decided on this result", reasons=["c1"]),
        P("Frozen section, dx bx specimen", site="R preauricular cheek", note="1 block, H&E", reasons=["c1"]),
        P("Mohs stage 1", site="R preauricular cheek", note="4 blocks, + at 2 o'clock", reasons=["c1"]),
        P("Mohs stage 2", site="R preauricular cheek", note="1 block, clear", reasons=["c1"]),
        P("Rotation flap repair", site="R preauricular cheek",
          note="defect 2.0 x 1.7 cm; primary defect 2.7 sq cm + secondary defect 5.6 sq cm = 8.3 sq cm total",
          reasons=["c1"]),
    ],
    "note": HDR + """Pt: Eugene Dahlberg   DOS 12/11/2025

HPI: 81 y/o M, 1 yr pearly bump in front of R ear, bleeds. Lives 3 hr away - no prior bx. Discussed bx w/
frozen section today, Mohs same day only if frozen shows carcinoma -> pt agreed.

PE: R preauricular: 1.0 cm pearly papule w/ rolled border + telangiectasia

A/P:
• lesion R preauricular -> dx shave bx -> frozen (read by me): nodular BCC
• -> Mohs: stage 1 (4 blocks) + at 2:00 / stage 2 (1 block) clear
• -> defect 2.0 x 1.7 cm -> rotation flap, 8.3 sq cm total (primary 2.7 + secondary 5.6)
• consent, lido w/ epi, time-out, EBL min
• pressure dressing, post-op sheet
• RTC 1 wk suture removal

S. Weiss MD
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312"), L("14040")],
                  dx={"17311": ["C44.319"]}),
    "coder_note": "MOHS-5(a)/BX-5: diagnostic biopsy + frozen section of a never-sampled lesion deciding Mohs the same "
                  "day -> 11102-59 + 88331-59. Head, 2 stages -> 17311 + 17312. FLAP-1/3: cheek, 8.3 sq cm -> 14040, "
                  "reported with Mohs.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s61-nail-avulsion-both-halluces-precoded",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial avulsion R then L great toenail, pre-coded 11730 twice -> 11730-T5 + 11732-TA",
    "date": "2025-08-12",
    "patient": ("Schultz", "Tyler", "2001-03-22", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, bilateral great toes", "L60.0", "R and L great toes", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial or complete, simple; single", cpt="11730", site="R great toe",
          note="#1 R great toe lateral border, partial avulsion", reasons=["c1"]),
        P("Avulsion of nail plate, partial or complete, simple; single", cpt="11730", site="L great toe",
          note="#2 L great toe medial border, partial avulsion", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Tyler Schultz   DOS 08/12/2025   Est

HPI:
- ingrown toenails both big toes x 3 wk, red/painful, can't wear work boots
- soaks + OTC abx oint -> no better

PE:
- R great toe: lateral nail fold erythema, granulation tissue, tender
- L great toe: medial nail fold erythema + swelling, no drainage

A/P:
1. ingrown nail R great toe lateral border
   -> #1 digital block lido 2% plain, partial nail avulsion lateral 1/4, no matricectomy
2. ingrown nail L great toe medial border
   -> #2 digital block, partial nail avulsion medial 1/4, no matricectomy
   • hemostasis, abx oint, bulky dressing
   • if recurs -> phenol matricectomy (not today)
3. soaks BID, open-toe shoe x 1 wk

RTC 2 wk

e-signed S. Weiss MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], topics=["coding-correction"],
                  dx={"11730": ["L60.0"]}),
    "coder_note": "Nail avulsion: first nail 11730, each additional nail +11732 (not 11730 twice). Digit modifiers: R "
                  "great toe T5 (done first, #1), L great toe TA. Matricectomy only a future option.",
})

SCENARIOS.append({
    "id": "s61-nail-debride-six-mycotic",
    "family": "nails", "shape": "note-only",
    "description": "Debridement of 6 painful mycotic toenails -> 11721; copied-forward terbinafine plan not started",
    "date": "2025-09-18",
    "patient": ("Ortiz", "Ramona", "1968-12-05", "female"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis, toenails", "B35.1", "Bilat toenails", reason=True),
    ],
    "note": HDR + """Pt: Ramona Ortiz   DOS 09/18/2025   Est

HPI:
• thick painful toenails, hurt in shoes, can't trim herself (back problems)
• KOH + from 06/2025

PE: toenails: R 1st, 2nd, 3rd + L 1st, 2nd, 4th thickened (4-5 mm), yellow, subungual debris, tender w/
    pressure. R 4th/5th, L 3rd/5th normal.

A/P:
1. onychomycosis, painful, 6 nails
   -> debridement of 6 nails (R1-3, L1, L2, L4) w/ nippers + burr, reduced thickness + length
   -> tolerated well
2. terbinafine discussed again -> still waiting on LFTs, not started
Previous plan: (copied 06/2025)
 - terbinafine 250 mg daily x 12 wk after baseline LFTs
 - nail debridement q 3 mo -> done today

RTC 3 mo

e-signed S. Weiss MD
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "Debridement of 6 or more nails -> 11721 x1 (no digit modifiers per conventions).",
})

SCENARIOS.append({
    "id": "s61-nail-phenol-matricectomy-r-hallux",
    "family": "nails", "shape": "free-text",
    "description": "Recurrent ingrown R great toe: partial avulsion + phenol matrixectomy -> 11750-T5 only",
    "date": "2025-11-20",
    "patient": ("Pham", "Kevin", "1998-06-27", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, recurrent, R great toe", "L60.0", "R great toe", reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion w/ chemical (phenol) matrixectomy", site="R great toe, lateral border",
          note="digital block, lateral 1/5 nail plate avulsed, 88% phenol to lateral matrix 3 x 30 sec, "
               "alcohol flush; permanent removal of lateral nail border", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Kevin Pham   DOS 11/20/2025

HPI:
- R big toe ingrown lateral side - 4th episode this yr, s/p avulsion x 2 here, keeps coming back
- wants permanent fix

PE: R great toe lateral fold: erythema, granulation tissue, mild serous drainage, no abscess

A/P:
• recurrent ingrown nail R great toe lateral border
  -> partial nail avulsion + phenol matrixectomy (permanent) lateral border
  -> lido 2% plain digital block, tourniquet, EBL min
  -> abx oint + dressing, soaks BID
• L great toe - mild incurvation, no inflammation -> observe, no tx
RTC 2 wk

S. Weiss MD
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent partial nail/matrix removal (phenol) -> 11750 with T5 (R great toe); the avulsion of the "
                  "same nail is included (11750/11730 PTP 1, same nail). L toe observed only.",
})

SCENARIOS.append({
    "id": "s61-paring-three-hyperkeratotic",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 2 calluses + 1 corn -> 11056",
    "date": "2025-07-15",
    "patient": ("Dietrich", "Alma", "1960-04-30", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, feet", "L84", "Bilat plantar feet, L 5th toe", reason=True),
    ],
    "procedures": [
        P("Paring hyperkeratotic lesions", site="R plantar 1st MTH, L plantar 5th MTH, L 5th toe dorsal",
          note="#15 blade paring: callus R 1st MTH, callus L 5th MTH, hard corn L 5th toe dorsal PIPJ = 3 lesions",
          reasons=["c1"]),
    ],
    "note": HDR + """Pt: Alma Dietrich   DOS 07/15/2025   Est

HPI:
• painful calluses ball of feet + corn L little toe, hurts w/ walking at work (nurse, 12 h shifts)
• pumice not helping

PE:
- R plantar 1st MTH: 1.5 cm callus
- L plantar 5th MTH: 1.2 cm callus
- L 5th toe dorsal PIPJ: 5 mm hard corn w/ central core
- no warts (skin lines intact, no pinpoint bleeding on paring)

A/P:
• calluses x 2 + corn x 1 -> paring w/ #15 blade, 3 lesions total
• urea 40% cream, padded insoles, toe sleeve L 5th
• refer podiatry for orthotics if recurs
RTC prn

S. Weiss MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring 2-4 benign hyperkeratotic lesions -> 11056.",
})

SCENARIOS.append({
    "id": "s61-paring-six-corns-plus-wart-precoded",
    "family": "paring", "shape": "pre-coded",
    "description": "6 corns pared (pre-coded 11056 -> 11057) + LN2 plantar wart separate site -> 17110 + 11057-XS",
    "date": "2025-10-30",
    "patient": ("Begay", "Lorraine", "1963-09-09", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Corns, multiple toes", "L84", "Bilat toes", reason=True),
        C("c2", "Plantar wart, L heel", "B07.0", "L heel", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion; 2 to 4 lesions", cpt="11056", site="Bilat toes",
          note="corns pared", reasons=["c1"]),
        P("Destruction benign lesions up to 14", cpt="17110", site="L heel", note="LN2 wart", reasons=["c2"]),
    ],
    "note": HDR + """Pt: Lorraine Begay   DOS 10/30/2025   Est

HPI:
- painful corns toes, bunion deformity, tight work shoes
- painful plantar wart L heel x 4 mo

PE:
- hard corns: R 2nd toe, R 3rd toe, R 5th toe, L 2nd toe, L 4th toe, L 5th toe (6 total), tender
- L heel: 6 mm verrucous papule w/ black dots, interrupted skin lines

A/P:
1. corns x 6 toes -> pared w/ #15 blade, all 6
2. verruca plantaris L heel (painful) -> LN2 2 FTC (separate site from corns)
3. toe spacers, wide toe box shoes
RTC 4 wk wart

e-signed S. Weiss MD
""",
    "expected": E([L("17110"), L("11057", 1, "XS")], topics=["coding-correction"],
                  dx={"17110": ["B07.0"], "11057": ["L84"]}),
    "coder_note": "6 lesions pared -> 11057 (more than 4), not 11056. 17110/11057 is PTP 1 with 11057 as column 2; the "
                  "wart is a different lesion/site -> XS on 11057.",
})

SCENARIOS.append({
    "id": "s61-patch-expanded-115-allergens-mue",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application 80 + 35 = 115 allergens -> 95044 capped at MUE 90",
    "date": "2025-06-23",
    "patient": ("Fitzgerald", "Nora", "1958-11-11", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Allergic contact dermatitis, suspected, face and eyelids", "L25.9", "Face, eyelids", reason=True),
    ],
    "note": HDR + """Pt: Nora Fitzgerald   DOS 06/23/2025   Est - PATCH APPLICATION

HPI: recurrent eyelid + facial dermatitis x 1 yr, part-time esthetician w/ heavy product exposure. Seen 05/2025,
patch testing planned then. Off oral steroids > 4 wk, no topical steroid to back x 2 wk.

PE: back clear for application. Mild eyelid erythema/scale.

A/P:
1. suspected ACD face/eyelids -> patch test APPLIED today
   -> standard series 80 allergens
   -> cosmetic/hairdressing supplemental series 35 allergens
   -> total 115 allergens placed upper back (Finn chambers), marked
   -> no showering/sweating, keep back dry
2. reads: 48 h (Wed) + 96 h (Fri) - separate visits
3. vaseline to eyelids meanwhile, no new products

e-signed S. Weiss MD
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 per allergen: 115 placed, MUE 90 -> capped at 90 with an mue finding (README Coding "
                  "decisions). Reads are future visits.",
})

SCENARIOS.append({
    "id": "s61-patch-true-test-plus-own-product",
    "family": "patch-test", "shape": "free-text",
    "description": "T.R.U.E. test 35 + pt's own moisturizer as-is = 36 allergens -> 95044 x36",
    "date": "2026-02-10",
    "patient": ("Lindstrom", "Gary", "1975-05-17", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Chronic hand dermatitis, r/o allergic contact", "L30.9", "Bilat hands", reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="T.R.U.E. test panels 1-3 (35 allergens) + pt's own hand moisturizer 'as is' x 1 = 36 tests",
          reasons=["c1"]),
    ],
    "note": HDR + """Pt: Gary Lindstrom   DOS 02/10/2026   Est

HPI:
- hand rash x 8 mo, machinist, woodworking hobby, uses heavy moisturizer
- clobetasol helps but comes back; here for patch placement (planned 01/2026)

PE: dorsal hands: lichenified scaly plaques, fissures; back clear

A/P:
• hand dermatitis, r/o ACD -> patch tests placed
   -> T.R.U.E. 35 + own moisturizer as-is = 36
   -> reads Thu (48 h) + Sat (96 h)
• continue clobetasol to hands only, not back
Previous plan: (copied 01/2026)
 - patch test
 - consider NB-UVB hands if ACD neg -> not started

S. Weiss MD
""",
    "expected": E([L("95044", 36)]),
    "coder_note": "95044 units = number of tests: 35 T.R.U.E. allergens + 1 own product = 36. NB-UVB is a copied "
                  "conditional plan.",
})

SCENARIOS.append({
    "id": "s61-photo-excimer-psoriasis-180cm2",
    "family": "phototherapy", "shape": "note-only",
    "description": "Excimer 308 nm to elbows/knees plaques, 180 sq cm total -> 96920",
    "date": "2025-08-07",
    "patient": ("Anderson", "Phyllis", "1953-01-08", "female"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques", "L40.0", "Bilat elbows, bilat knees", reason=True),
    ],
    "note": HDR + """Pt: Phyllis Anderson   DOS 08/07/2025   Excimer tx #6

HPI: localized plaque psoriasis elbows/knees, BSA ~3%, failed clobetasol + calcipotriene x 5 mo. Excimer
course started 07/2025, tx #6 today. Mild erythema after last tx, no blisters.

PE: plaques - R elbow 45 sq cm, L elbow 40 sq cm, R knee 50 sq cm, L knee 45 sq cm; thinner, less scale

A/P:
1. plaque psoriasis, localized
   -> excimer 308 nm: R elbow 45 + L elbow 40 + R knee 50 + L knee 45 = 180 sq cm total treated
   -> dose 500 mJ/cm2 elbows, 600 knees (+10% from last)
   -> goggles, no reaction
2. continue calcipotriene on non-tx days

RTC 2x/wk

e-signed S. Weiss MD
""",
    "expected": E([L("96920")], dx={"96920": ["L40.0"]}),
    "coder_note": "Excimer coded by total area treated: 180 sq cm (<250) -> 96920 x1 for the session.",
})

SCENARIOS.append({
    "id": "s61-photo-puva-precoded-tar-abn-ga",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Oral 8-MOP + UVA pre-coded as 96910 -> 96912; no failed conventional tx, ABN signed -> GA",
    "date": "2025-09-11",
    "patient": ("Becker", "Ronald", "1956-06-06", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy; tar and UVB (Goeckerman)", cpt="96910", site="Full body",
          note="8-MOP 40 mg PO 1.5 h prior, UVA 2.0 J/cm2", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Ronald Becker   DOS 09/11/2025   PUVA #1

HPI:
• psoriasis trunk/ext, BSA ~ 15%
• no prior rx topicals, no prior UVB, no systemics - pt requests PUVA (friend did well w/ it)
• discussed conventional tx 1st (topicals, NB-UVB) -> pt declines, wants PUVA
• discussed Medicare may not cover PUVA w/o failure of conventional tx -> ABN signed, on file

PE: scattered thick erythematous plaques trunk/ext, BSA ~15%, nails ok

A/P:
1. psoriasis vulgaris, BSA 15%
   -> PUVA: methoxsalen (8-MOP) 40 mg PO 1.5 h prior -> UVA 2.0 J/cm2 full body
   -> no tar, no UVB
   -> UV goggles x 24 h, eye exam done 08/2025
2. ABN on file for PUVA

RTC 2-3x/wk

e-signed S. Weiss MD
""",
    "expected": E([L("96912", 1, "GA")], topics=["coding-correction"], dx={"96912": ["L40.0"]}),
    "coder_note": "Oral psoralen + UVA is PUVA 96912, not Goeckerman 96910. NCD 250.1 covers PUVA only after failed "
                  "conventional tx; none tried, ABN signed, Medicare FFS -> GA.",
})

SCENARIOS.append({
    "id": "s61-postop-suture-removal-99212-to-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal day 9 after 11602 excision; provider selected 99212 -> 99024",
    "date": "2025-09-25",
    "patient": ("Kaminski", "Joyce", "1961-08-14", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Basal cell carcinoma, L upper back, excised", "C44.519", "L upper back", reason=True),
    ],
    "prior": [PRIOR("2025-09-16", "11602", "Excision malignant lesion trunk 1.1-2.0 cm", "L upper back",
                    "BCC 1.0 cm, 4 mm margins, simple closure")],
    "note": HDR + """Pt: Joyce Kaminski   DOS 09/25/2025   Est - post-op

HPI:
- s/p exc BCC L upper back 09/16/2025 (9 d ago), here for suture removal
- no pain, no drainage, no fever
- path: BCC nodular, margins clear

PE: L upper back: incision well approximated, no erythema/dehiscence

A/P:
- s/p exc BCC, healing well -> sutures removed x 6
- path reviewed w/ pt, margins clear, no further tx needed
- scar care: silicone gel, SPF
- FSE 6 mo
Previous plan: (copied 09/16) exc BCC L upper back -> done 09/16

e-signed S. Weiss MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: routine post-op visit on day 9 of the 10-day global of 11602 -> 99024, not 99212.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s61-postop-new-lesion-bx-in-ak-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "6 d after AK LN2 (17000, 010 global) new bleeding lesion R upper arm shave bx -> 11102-79",
    "date": "2025-11-24",
    "patient": ("Nordquist", "Bernard", "1943-12-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Bleeding papule R upper arm, r/o SCC vs KA", None, "R lateral upper arm", reason=True),
    ],
    "prior": [PRIOR("2025-11-18", "17000", "Destruction premalignant lesion first (AK x 5 face, LN2)", "Face",
                    "AK x 5 LN2: 17000 + 17003 x4")],
    "procedures": [
        P("Tangential biopsy skin, single lesion", cpt="11102", site="R lateral upper arm",
          note="shave bx 9 mm crusted papule", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, R upper arm, shave: squamous cell carcinoma, keratoacanthoma type, extending to base.",
              "site": "R lateral upper arm", "date": "2025-11-27"}],
    "note": HDR + """Pt: Bernard Nordquist   DOS 11/24/2025   Est - work-in

HPI:
• LN2 AK x 5 face 11/18 (6 d ago) -> sites crusting as expected, no concerns there
• NEW: fast-growing bump R upper arm x 3 wk, bled onto sleeve x 2 - not present/not mentioned last visit

PE:
- face: healing cryo sites, no infection
- R lat upper arm: 9 mm dome-shaped crusted papule w/ central keratin plug

A/P:
1. new lesion R upper arm, r/o SCC vs KA (unrelated to AK tx)
   -> shave bx, lido w/ epi, AlCl, to path
2. cryo sites healing - Vaseline, no other tx
Previous plan: (copied 11/18) LN2 AK x 5 face -> done 11/18

RTC prn path

e-signed S. Weiss MD
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure (new lesion) inside the 10-day global of the 11/18 17000 -> 79 on 11102. "
                  "Cryo-site check is part of the global.",
})

SCENARIOS.append({
    "id": "s61-postop-flap-global-nummular-24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 34 of 14040 90-day global: flap check + new nummular dermatitis with rx -> 99213-24",
    "date": "2025-12-18",
    "patient": ("Solberg", "Evelyn", "1946-10-02", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, legs and trunk", "L30.0", "Bilat shins, flanks", reason=True),
    ],
    "prior": [PRIOR("2025-11-14", "14040", "Adjacent tissue transfer cheek, 8 sq cm (after exc BCC L cheek)",
                    "L cheek")],
    "note": HDR + """Pt: Evelyn Solberg   DOS 12/18/2025   Est

HPI:
• s/p exc BCC L cheek w/ rotation flap 11/14/2025 - flap looks good per pt, mild tightness
• NEW c/o: itchy coin-shaped patches on shins + sides x 3 wk, worse w/ dry heat, keeping her up at night
• OTC hydrocortisone 1% -> no help

ROS: neg fever

PE:
- L cheek: flap well healed, mild pinkness, no dehiscence, no trapdoor
- bilat shins + flanks: multiple 2-4 cm coin-shaped scaly erythematous plaques, excoriated, no vesicles
- KOH from flank: neg

A/P:
1. nummular dermatitis, new problem
   -> TAC 0.1% oint BID x 2-3 wk, rx sent; thick emollient, lukewarm showers
   -> KOH neg (done today)
2. s/p flap L cheek - healing well, massage scar, SPF
Previous plan: (copied 11/14) exc BCC L cheek + rotation flap -> done 11/14

RTC 4 wk

e-signed S. Weiss MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: unrelated E/M (new nummular dermatitis with Rx) inside the 90-day global of the 14040 -> 24. "
                  "The flap check itself is global-period care.",
})

SCENARIOS.append({
    "id": "s61-repair-two-layered-summed-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Two BCC excisions (back 1.8 cm, R forearm 1.6 cm) with layered repairs 3.0 + 2.2 cm pre-coded 12031 x2 -> 12032",
    "date": "2025-10-09",
    "patient": ("Haugen", "Arnold", "1950-02-14", "male"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, L upper back", "C44.519", "L upper back", reason=True),
        C("c2", "Basal cell carcinoma, R forearm", "C44.612", "R dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk/arm/leg 1.1-2.0 cm", cpt="11602", site="L upper back",
          note="1.0 cm + 4 mm margins", reasons=["c1"]),
        P("Excision malignant lesion trunk/arm/leg 1.1-2.0 cm", cpt="11602", site="R dorsal forearm",
          note="0.8 cm + 4 mm margins", reasons=["c2"]),
        P("Intermediate repair 2.5 cm or less", cpt="12031", site="L upper back", note="3.0 cm", reasons=["c1"]),
        P("Intermediate repair 2.5 cm or less", cpt="12031", site="R dorsal forearm", note="2.2 cm",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, L upper back, excision: basal cell carcinoma, nodular; margins clear.",
         "site": "L upper back", "date": "2025-10-14"},
        {"text": "B. Skin, R dorsal forearm, excision: basal cell carcinoma, superficial and nodular; margins clear.",
         "site": "R dorsal forearm", "date": "2025-10-14"},
    ],
    "note": HDR + """Pt: Arnold Haugen   DOS 10/09/2025   Est - procedure

HPI: BCC x 2 bx-proven 09/2025 (L upper back nodular; R dorsal forearm nodular). Here for exc both.

PROCEDURES:
#1 L upper back: 1.0 cm BCC, 4 mm margins -> 1.8 cm excised diameter
   -> layered closure 3-0 Vicryl deep / 4-0 nylon, length 3.0 cm
#2 R dorsal forearm: 0.8 cm BCC, 4 mm margins -> 1.6 cm excised diameter
   -> layered closure 4-0 Vicryl deep / 4-0 nylon, length 2.2 cm
 • consent, lido w/ epi, time-out each, EBL min, specimens -> path

A/P:
- BCC x 2 -> exc + intermediate repair both sites as above
- wound care, no heavy lifting 1 wk
RTC 10-14 d suture removal

e-signed S. Weiss MD
""",
    "expected": E([L("11602", 2), L("12032")], topics=["coding-correction"]),
    "coder_note": "REP-1/REP-2: back and forearm are in the same intermediate group (12031-12037) -> lengths summed "
                  "3.0 + 2.2 = 5.2 cm -> one 12032, not 12031 twice (12032/12031 PTP 0). Both excisions 11602.",
})

SCENARIOS.append({
    "id": "s61-repair-cheek-bcc-undermining-not-complex",
    "family": "repair", "shape": "note-only",
    "description": "Exc BCC L cheek 1.0 cm; provider calls closure 'complex' but only undermining + layers, 2.8 cm -> 11641 + 12052",
    "date": "2025-08-28",
    "patient": ("Ellingson", "Martha", "1964-03-03", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, L cheek", "C44.319", "L malar cheek", reason=True),
    ],
    "path": [{"text": "Skin, L cheek, excision: basal cell carcinoma, nodular; margins free.",
              "site": "L malar cheek", "date": "2025-09-02"}],
    "note": HDR + """Pt: Martha Ellingson   DOS 08/28/2025   Est - procedure

HPI: nBCC L malar cheek (bx 08/05/2025). Offered Mohs referral -> pt prefers exc here.

PE: L malar cheek: 0.4 cm pearly papule at bx site

PROCEDURE:
- 3 mm margins around 0.4 cm -> excised diameter 1.0 cm
- ellipse to subQ fat
- "complex" closure: undermining ~1 cm each side, 5-0 Monocryl deep dermal x 3, 6-0 Prolene running
- no debridement, no free margin involved, no retention sutures
- repair length 2.8 cm
- consent, lido w/ epi, time-out, EBL min

A/P:
1. nBCC L cheek -> exc + closure as above, path pending
Previous plan: (copied 08/05)
 - Mohs referral -> declined by pt
RTC 7 d suture removal

e-signed S. Weiss MD
""",
    "expected": E([L("11641"), L("12052")], dx={"11641": ["C44.319"]}),
    "coder_note": "FEENLM malignant 0.4 + 0.6 = 1.0 cm -> 11641. REP-3: undermining plus layered closure is intermediate, "
                  "not complex, whatever the provider calls it; face 2.8 cm -> 12052.",
})

SCENARIOS.append({
    "id": "s61-repair-helix-sccis-complex-under-1cm",
    "family": "repair", "shape": "free-text",
    "description": "Exc SCCIS R helix 0.8 cm; 'complex' rim repair only 1.0 cm long -> 11641 + 12051",
    "date": "2026-01-27",
    "patient": ("Rowe", "Clifford", "1948-07-21", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, R helix", "D04.21", "R helical rim", reason=True),
    ],
    "procedures": [
        P("Excision SCCIS R helix", site="R helical rim",
          note="0.4 cm lesion, 2 mm margins -> 0.8 cm excised diameter, wedge of skin only", reasons=["c1"]),
        P("Complex repair helical rim", site="R helical rim",
          note="involves free helical rim; layered: 5-0 Monocryl deep + 6-0 Prolene; repair length 1.0 cm",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, R helix, excision: squamous cell carcinoma in situ; margins clear.",
              "site": "R helical rim", "date": "2026-01-30"}],
    "note": HDR + """Pt: Clifford Rowe   DOS 01/27/2026

HPI: SCCIS R helix (shave bx 01/06/2026), tender w/ pillow, wants it out

PE: R helical rim: 0.4 cm scaly pink papule

A/P:
• SCCIS R helix -> exc 2 mm margins (0.8 cm), layered closure at helical rim, length 1.0 cm
• consent, lido w/ epi, EBL min
• path pending
• RTC 1 wk suture removal

S. Weiss MD
""",
    "expected": E([L("11641"), L("12051")], dx={"11641": ["D04.21"]}),
    "coder_note": "EX-3: SCC in situ -> malignant code; ear 0.8 cm -> 11641. REP-2: complex repair of 1.0 cm or less is "
                  "coded as simple/intermediate; layered closure -> intermediate face/ear 12051.",
})

SCENARIOS.append({
    "id": "s61-shave-temple-isk-back-bleeding-sk",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal ISK L temple 0.4 cm + bleeding SK R upper back 1.3 cm -> 11310 + 11302",
    "date": "2025-07-31",
    "patient": ("Voigt", "Lorraine", "1949-09-29", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "L temple; R upper back", reason=True),
    ],
    "path": [
        {"text": "A. Skin, L temple, shave: irritated seborrheic keratosis.", "site": "L temple",
         "date": "2025-08-04"},
        {"text": "B. Skin, R upper back, shave: inflamed seborrheic keratosis with erosion.", "site": "R upper back",
         "date": "2025-08-04"},
    ],
    "note": HDR + """Pt: Lorraine Voigt   DOS 07/31/2025   Est

HPI:
- L temple spot itchy, inflamed, scratches it off -> regrows
- R upper back spot catches on bra strap, bled x 3 this month

ROS: neg

PE:
- L temple: 0.4 cm inflamed crusted keratotic papule, erythematous base
- R upper back (bra line): 1.3 cm verrucous stuck-on papule w/ hemorrhagic crust
- other SKs trunk, quiet -> not treated

A/P:
1. ISK L temple (itch, inflamed) -> shave removal, AlCl
2. ISK R upper back (bleeding, trauma from bra strap) -> shave removal, AlCl
   • both flush w/ DermaBlade, to path
   • consent, lido w/ epi
3. non-irritated SKs trunk -> reassured, no tx

RTC prn

e-signed S. Weiss MD
""",
    "expected": E([L("11310"), L("11302")], dx={"11310": ["L82.0"], "11302": ["L82.0"]}),
    "coder_note": "SH-1: temple (face) 0.4 cm -> 11310; back (trunk) 1.3 cm -> 11302. Symptomatic (itch, inflammation, "
                  "bleeding with documented trauma): covered under BSL-3, no GY.",
})

SCENARIOS.append({
    "id": "s61-shave-neck-nevus-band-precoded",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of irritated 1.2 cm intradermal nevus R neck pre-coded 11306 -> 11307",
    "date": "2025-06-17",
    "patient": ("Kessler", "Amanda", "1985-04-04", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Irritated intradermal nevus, R neck", "D22.4", "R lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal neck lesion 0.6-1.0 cm", cpt="11306", site="R lateral neck",
          note="1.2 cm raised flesh-colored papule", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, R neck, shave: intradermal melanocytic nevus with inflammation. Benign.",
              "site": "R lateral neck", "date": "2025-06-20"}],
    "note": HDR + """Pt: Amanda Kessler   DOS 06/17/2025

HPI:
• mole R neck rubs on collar + lanyard at work, gets red/sore, bled x 2
PE:
• R lat neck: 1.2 cm soft dome flesh-colored papule, erythematous rim, excoriation
A/P:
• irritated IDN R neck -> shave removal flush, AlCl, to path
• consent, lido w/ epi
• RTC prn path

e-signed S. Weiss MD
""",
    "expected": E([L("11307")], topics=["coding-correction"], dx={"11307": ["D22.4"]}),
    "coder_note": "SH-1: neck is SNHFG; 1.2 cm lesion -> 11307 (1.1-2.0 cm), not 11306.",
})

SCENARIOS.append({
    "id": "s61-shave-scalp-no-size-hand-sized",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal scalp ISK with no size (no line) + R dorsal hand ISK 0.5 cm -> 11305",
    "date": "2025-12-04",
    "patient": ("Bauer", "Clarence", "1952-11-30", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Vertex scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, R dorsal hand", "L82.0", "R dorsal hand", reason=True),
    ],
    "procedures": [
        P("Shave removal ISK", site="Vertex scalp",
          note="irritated keratotic papule, catches on comb, bleeds; shaved flush, AlCl", reasons=["c1"]),
        P("Shave removal ISK", site="R dorsal hand",
          note="0.5 cm inflamed keratotic papule, hit on tools at work; shaved flush, AlCl", reasons=["c2"]),
    ],
    "note": HDR + """Pt: Clarence Bauer   DOS 12/04/2025

HPI:
- scalp bump catches on comb, bleeds
- R hand spot keeps getting banged up at work (mechanic), sore + crusted

PE:
- vertex scalp: irritated keratotic papule w/ hemorrhagic crust
- R dorsal hand: 0.5 cm inflamed keratotic papule

A/P:
• ISK vertex scalp -> shave removal, AlCl
• ISK R dorsal hand -> shave removal, AlCl
• lido w/ epi, consent; no path (clinically classic ISK)
• RTC prn

S. Weiss MD
""",
    "expected": E([L("11305")], topics=["missing-documentation"], dx={"11305": ["L82.0"]}),
    "coder_note": "SH-1: hand 0.5 cm -> 11305. Scalp lesion size never documented -> no size-banded shave line + "
                  "missing-documentation (README Coding decisions).",
})

SCENARIOS.append({
    "id": "s61-tags-22-irritated-medicare",
    "family": "skin-tags", "shape": "free-text",
    "description": "22 irritated/bleeding skin tags neck + axillae, Medicare FFS -> 11200 + 11201 x1",
    "date": "2025-10-02",
    "patient": ("Lindgren", "Beverly", "1954-12-24", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Neck, bilat axillae", reason=True),
    ],
    "procedures": [
        P("Snip excision skin tags", site="Neck, bilat axillae",
          note="22 tags total (neck 12, R axilla 6, L axilla 4); gradle scissors + AlCl/light cautery", reasons=["c1"]),
    ],
    "note": HDR + """Pt: Beverly Lindgren   DOS 10/02/2025   Est

HPI:
• skin tags neck + armpits catch on necklace + bra, several bled on clothes, red + sore after rubbing
• not for looks - "they hurt and bleed"

PE:
- neck: 12 pedunculated tags 2-5 mm, several w/ erythema + hemorrhagic crust
- R axilla 6, L axilla 4: inflamed tags, 2 twisted/dusky

A/P:
• symptomatic acrochordons (bleeding, irritation, trauma from jewelry/bra), 22 total
   -> snip removal, AlCl + light cautery
   -> neck 12 / R axilla 6 / L axilla 4
• no path
RTC prn

S. Weiss MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers the first 15 tags; 7 more -> 11201 x ceil(7/10) = 1. Symptomatic (bleeding, irritation "
                  "from documented trauma) -> covered, no GY.",
})

SCENARIOS.append({
    "id": "s61-tags-40-precoded-mue-cap",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "40 inflamed tags pre-coded 11200 + 11201 x3 -> 11201 capped at MUE 1",
    "date": "2026-01-08",
    "patient": ("Pruitt", "Denise", "1972-08-01", "female"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, inflamed, intertriginous", "L91.8", "Axillae, inframammary, groin", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", cpt="11200", site="Axillae", reasons=["c1"]),
        P("Removal of skin tags, each addl 10", cpt="11201", site="Inframammary, groin", note="units: 3",
          reasons=["c1"]),
    ],
    "note": HDR + """Pt: Denise Pruitt   DOS 01/08/2026   Est

HPI:
- many tags in skin folds, rub + get inflamed, bleed w/ friction, recurrent intertrigo
- wants them removed for comfort

PE:
- R axilla 9, L axilla 8, inframammary 13, bilat groin 10 = 40 tags, many erythematous, several eroded/crusted

A/P:
1. inflamed/bleeding acrochordons x 40 -> snip + cautery
   -> axillae 17 / inframammary 13 / groin 10
2. intertrigo -> nystatin powder BID (rx refill)
RTC prn

e-signed S. Weiss MD
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "40 tags -> 11200 + 11201 x ceil(25/10) = 3, but 11201 MUE is 1 -> capped at 1 with an mue finding.",
})
