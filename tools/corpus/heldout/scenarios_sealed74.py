"""Sealed set 74 (s74-): a busy general dermatology practice that also runs an aesthetic suite.

Halcyon Dermatology & Aesthetic Suite: Henrietta Voss MD (owner, medical derm; structured notes with separate
MEDICAL / AESTHETIC blocks), Luca Marchetti MD (dermatologic surgery + cosmetic; operative style), Rafael Santos
PA-C (terse abbreviations, bullets), Astrid Lindgren NP (narrative paragraphs), June Abernathy MD (part-time,
HTML template). Aesthetic injector Kalani Reyes RN and aesthetician Mireille Dubois appear inside notes only.
The same visit mixes covered medical work with cosmetic requests (neurotoxin, filler, IPL/laser, removal of
'bothersome' asymptomatic seborrheic keratoses or tags, peels), ABNs, self-pay waivers, coupons and packages.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: cosmetic + mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s74-cos-sk-back-cryo-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: six asymptomatic SKs on the back frozen for appearance, voluntary ABN signed",
    "date": "2025-11-04",
    "patient": ("Pemberton", "Lorraine", "1949-05-14", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, back", "L82.1", "Mid and lower back", reason=True),
    ],
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Progress Note - Henrietta Voss, MD                         DOS 11/04/2025

CC: "These crusty spots on my back - I just hate how they look."

HPI: 76 y/o established patient (last FSE 05/2025, no skin cancer history). Six brown "stuck-on" spots on the
mid and lower back, present for years. She denies itching, bleeding, pain, catching on clothing or bra strap,
redness, or any recent change in size or number. Her husband says they "look like barnacles" and she wants them
gone before a cruise in January (swimsuit). No other concerns today.

EXAM: Back - six waxy tan-brown stuck-on papules, 0.4 to 0.9 cm, no erythema, no crust, no excoriation, no
inflammation. Dermoscopy: milia-like cysts and comedo-like openings, fissures/ridges; classic SK pattern x6.
Scattered cherry angiomas on the trunk, not treated and not discussed further.

ASSESSMENT:
1. Seborrheic keratoses x6, back - benign and asymptomatic. Removal requested purely for appearance (cosmetic).

PLAN / FINANCIAL:
- Explained Medicare does not pay for cosmetic removal of benign spots. A voluntary Advance Beneficiary Notice
  (CMS-R-131) was reviewed and signed before treatment. She asked that we still send the claim to Medicare
  because her supplement wants to see the denial.
- Cosmetic fee per the aesthetic price list collected at check-out; "FALL15" coupon applied by front desk.

PROCEDURE: Cryotherapy with liquid nitrogen, cryo-spray, two freeze-thaw cycles, to all six seborrheic keratoses
of the back. Tolerated well. Blister care handout given.

Follow-up: routine FSE in May 2026.

E-signed: Henrietta Voss, MD 11/04/2025 16:12
""",
    "expected": E([L("17110", 1, "GX", "GY")], ["cosmetic"], {"17110": ["L82.1"]}),
    "coder_note": "COS-4/conventions: asymptomatic SK removal for appearance is statutorily excluded (cosmetic) on "
                  "Medicare FFS -> GY; a voluntary ABN is documented -> GX as well. Six SKs = 17110 x1.",
})

SCENARIOS.append({
    "id": "s74-cos-uhc-tags-precoded-removed-ak-kept",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "UHC: EMA sends 11200 for 12 cosmetic neck tags (removed) plus 17000/17003 for 3 AKs (kept, no XS)",
    "date": "2025-11-12",
    "patient": ("Okoro", "Daniel", "1968-02-20", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Forehead and frontal scalp", reason=True),
        C("c2", "Acrochordons, neck", "L91.8", "Neck"),
        C("c3", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Left forehead",
          note="LN2, 2 cycles. Gritty scaly pink papule.", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional (2-14)", "17003", "Frontal scalp",
          note="Qty 2. LN2, 2 cycles each.", reasons=["c1"]),
        P("Removal of skin tags, up to and including 15", "11200", "Neck",
          note="12 tags snipped w/ gradle scissors + light hyfrecation. COSMETIC - pt request, self-pay quote given.",
          reasons=["c2", "c3"]),
    ],
    "note_title": "Procedure Note",
    "note": """Halcyon Derm & Aesthetics - PROCEDURE NOTE
Provider: R. Santos PA-C (supervising: H. Voss MD)

57M est pt.
#1 AKs x3 - L forehead x1, frontal scalp x2. Rough, tender to touch. Hx of AKs. No SCC hx.
 - LN2 2 FTC each, total 3 lesions. Expected blistering reviewed.
#2 Skin tags neck x12 - pt "wants them gone, they look bad in dress shirts". Asked directly: no itching,
   no bleeding, no snagging on collar/chain, no irritation. Non-inflamed, 1-3 mm pedunculated.
 - Cosmetic. UHC plan does not cover cosmetic tag removal -> self-pay ($ per aesthetic fee sheet),
   signed non-covered services waiver. Snip excision x12 + light hyfrecation.
Sunscreen counseling. RTC 6 mo FSE.

-- RS PA-C
""",
    "expected": E([L("17000"), L("17003", 2)], ["cosmetic"], {"17000": ["L57.0"]}),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': the asymptomatic appearance-only tag removal is "
                  "cosmetic on a commercial plan -> 11200 removed (patient billed directly). With 11200 off the claim "
                  "there is no 11200/17000 pair, so 17000 needs no XS. 3 AKs = 17000 + 17003 x2.",
})

SCENARIOS.append({
    "id": "s74-cos-aetna-warts-with-neurotoxin-ipl-selfpay",
    "family": "cosmetic", "shape": "free-text",
    "description": "Aetna: painful spreading finger warts frozen (covered); cosmetic neurotoxin and IPL package self-pay",
    "date": "2025-12-02",
    "patient": ("Ferreira", "Camila", "1990-07-03", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Verruca vulgaris, right fingers", "B07.8", "Right index and middle fingers", reason=True),
        C("c2", "Glabellar frown lines (cosmetic)", None, "Glabella"),
        C("c3", "Solar lentigines, cheeks", "L81.4", "Bilateral cheeks"),
    ],
    "procedures": [
        P("Cryotherapy of warts", site="Right index finger, right middle finger",
          note="2 verrucae. Painful when writing; a new one appeared since September (spreading). LN2 double "
               "freeze-thaw each.", reasons=["c1"]),
        P("Neurotoxin, cosmetic - glabella (SELF-PAY)", site="Glabella",
          note="Botox Cosmetic 20 units, 5 sites. Injector Kalani Reyes RN under NP supervision. "
               "Aesthetic package price; loyalty points redeemed.", reasons=["c2"]),
        P("IPL photofacial, session 1 of 3 (prepaid package, SELF-PAY)", site="Full face",
          note="560 nm filter, 2 passes, for brown spots. Cosmetic.", reasons=["c3"]),
    ],
    "note_title": "Visit Note",
    "note": """Halcyon Dermatology & Aesthetic Suite
Astrid Lindgren, NP - Visit Note, 12/02/2025

Camila is a 35-year-old who booked a combined visit: her medical problem first and then her aesthetic
appointment in the suite.

Medical: she has two warts on the right hand, one on the index finger and one on the middle finger. They hurt
when she writes and the middle-finger one is new since September, so they are spreading. She tried OTC salicylic
acid for six weeks without change. I froze both with liquid nitrogen, two freeze-thaw cycles each. Expect
blisters; repeat in 3-4 weeks if still present.

Aesthetic (self-pay, not submitted to insurance): she wanted softening of her frown lines and help with the
brown spots on her cheeks. Kalani Reyes RN injected Botox Cosmetic 20 units to the glabella (procerus/corrugators,
five points) under my supervision. She also had session 1 of her prepaid three-session IPL package for the solar
lentigines on the cheeks. Cosmetic consent forms on file; paid with the holiday package pricing.

Return 4 weeks for wart recheck; IPL session 2 in 4 weeks.
""",
    "expected": E([L("17110")], ["cosmetic"], {"17110": ["B07.8"]}),
    "coder_note": "Two painful, spreading common warts = 17110 x1 (covered). Neurotoxin for frown lines and IPL for "
                  "lentigines are cosmetic/self-pay on a commercial plan: nothing on the claim.",
})

SCENARIOS.append({
    "id": "s74-cos-medicaid-warts-kept-face-nevus-selfpay",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicaid: spreading bleeding hand warts frozen (covered); cosmetic shave of a stable cheek nevus self-pay",
    "date": "2025-12-09",
    "patient": ("Nguyen", "Tyler", "2006-09-18", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Verruca vulgaris, left hand", "B07.8", "Left hand", reason=True),
        C("c2", "Intradermal nevus, left cheek", "D22.39", "Left cheek"),
    ],
    "note": """HALCYON DERM - PA NOTE          12/09/2025        R. Santos PA-C

S: 19M. (1) warts L hand x ~4 mo, now 4 of them (started w/ 1), bleed when he picks/shaves knuckle hair,
sore w/ gripping at work (warehouse). Tried duct tape. (2) wants "the mole on my cheek" gone - in every photo,
"hate it". Present since childhood, no change, no itch/bleed/pain. Mom confirms unchanged.

O: L hand - 4 verrucous papules dorsal hand/knuckles 3-6 mm, 2 with pinpoint hemorrhage/crust.
L cheek - 4 mm skin-colored dome papule, soft, symmetric; dermoscopy benign (comma vessels, no network).

A/P:
1. Verruca vulgaris x4, L hand - symptomatic + spreading. LN2 2 FTC each, 4 lesions. RTC 3-4 wk.
2. Intradermal nevus L cheek - clinically benign, stable, asymptomatic. Removal = cosmetic.
   Medicaid does not cover cosmetic removal; pt (adult) elected self-pay, signed our non-covered services
   waiver. Shave removal done today, 0.4 cm, AlCl3. Sent to path per office routine (not for concern).
   Self-pay fee collected.

Sunscreen, wound care reviewed.
""",
    "expected": E([L("17110")], ["cosmetic"], {"17110": ["B07.8"]}),
    "coder_note": "Four symptomatic spreading warts = 17110. The stable asymptomatic cheek nevus removed for appearance "
                  "is cosmetic; Medicaid -> the shave line is not put on the claim (conventions, cosmetic finding).",
})

SCENARIOS.append({
    "id": "s74-cos-medicare-peel-ga-corrected-gx-gy",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicare FFS (NGS): cosmetic facial peel sent with GA -> GX+GY; scalp AK cryo x5 covered",
    "date": "2026-01-13",
    "patient": ("Haverford", "Beatrice", "1951-10-27", "female"),
    "provider": "marchetti", "payer": "medicare-ngs", "minutes": 60,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp vertex and crown", reason=True),
        C("c2", "Photoaging of facial skin, fine lines and mottled pigment", "L57.8", "Face"),
        C("c3", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "procedures": [
        P("Chemical peel, facial; epidermal", "15788", "Full face",
          note="Jessner's x2 layers + 30% TCA spot. For fine lines/dyschromia - cosmetic. ABN signed -> bill w/ GA.",
          reasons=["c2", "c3"]),
        P("Destruction premalignant lesion, first", "17000", "Scalp vertex", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional", "17003", "Scalp crown",
          note="4 additional lesions (units 4)", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Aesthetic + Medical",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE - PROCEDURE NOTE
Surgeon: Luca Marchetti, MD            Date: 01/13/2026

Indications:
(a) MEDICAL - five actinic keratoses on the balding scalp (vertex x3, crown x2): hyperkeratotic, tender,
    recurrent despite 5-FU course in 2024.
(b) AESTHETIC - patient requests a facial peel for fine lines and "blotchy" pigment. The face was examined
    carefully: NO actinic keratoses on the face today. The peel is not being done to treat AKs; it is an elective
    cosmetic service.

Medicare notice: patient informed that Medicare excludes cosmetic procedures; a voluntary ABN (CMS-R-131) was
signed for the peel before the service. She wants Medicare billed for the record. (Front desk keyed the peel with
GA.) Peel fee collected per aesthetic price list.

Procedure 1 - Cryotherapy: LN2, 2 cycles each, to 5 AKs of the scalp. Total 5 lesions.
Procedure 2 - Superficial chemical peel, full face: degreased with acetone; Jessner's solution, two coats, then
30% TCA spot-applied to lentigines; frost level I. Neutralised/cooled. Emollient and SPF applied.

Post-procedure: peel aftercare sheet, strict sun avoidance, no retinoid 7 days. Return 2 weeks peel check
(aesthetic), 3 months scalp check.

Luca Marchetti, MD
""",
    "expected": E([L("15788", 1, "GX", "GY"), L("17000"), L("17003", 4)], ["cosmetic"],
                  {"17000": ["L57.0"]}),
    "coder_note": "COS-2/COS-4: a facial peel for photoaging is statutorily excluded (cosmetic) on Medicare FFS -> "
                  "GY, plus GX for the voluntary ABN; GA (not reasonable and necessary) is the wrong modifier and "
                  "never goes with GY. 5 scalp AKs = 17000 + 17003 x4; no PTP edit between 15788 and 17000/17003.",
})

SCENARIOS.append({
    "id": "s74-cos-cigna-axillary-hyperhidrosis-plus-crows-feet",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cigna: axillary hyperhidrosis chemodenervation + 100 units (covered); crow's feet neurotoxin self-pay",
    "date": "2026-01-20",
    "patient": ("Achterberg", "Sienna", "1994-04-08", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Primary focal hyperhidrosis, axillae", "L74.510", "Bilateral axillae", reason=True),
        C("c2", "Lateral canthal lines (cosmetic)", None, "Lateral canthi"),
    ],
    "procedures": [
        P("Chemodenervation of eccrine glands, both axillae", site="Bilateral axillae",
          note="Minor starch-iodine test outlined hyperhidrotic area. 20 intradermal injection points per axilla. "
               "Cigna prior authorization on file.", reasons=["c1"]),
        P("OnabotulinumtoxinA (medical stock) for axillae", site="Bilateral axillae",
          note="50 units right axilla + 50 units left axilla = 100 units.", reasons=["c1"]),
        P("Botox Cosmetic - crow's feet (SELF-PAY)", site="Lateral canthi",
          note="12 units per side, 24 units total, drawn from aesthetic-suite vial. Self-pay; Alle points applied.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Procedure note - Henrietta Voss, MD - 01/20/2026

MEDICAL: Severe primary axillary hyperhidrosis since adolescence (HDSS 4), soaks through shirts, failed
prescription aluminum chloride 20% x 4 months and glycopyrronium cloth (intolerable dry mouth). Cigna prior
authorization approved 01/06/2026.
 Procedure: Minor starch-iodine test bilaterally. OnabotulinumtoxinA from the MEDICAL stock vial, reconstituted
 per label; 50 units per axilla (100 units total) as 20 intradermal injections each side. No complications.

AESTHETIC (self-pay, not billed to insurance): While here she asked for her crow's feet. Botox Cosmetic from the
aesthetic-suite vial, 12 units each lateral canthus (24 units). Cosmetic consent signed; paid at the aesthetic
desk, Alle rewards applied.

Plan: reassess sweating in 4-6 weeks; repeat axillary treatment when symptoms return (usually 6-9 months).
""",
    "expected": E([L("64650"), L("J0585", 100)], ["cosmetic"], {"64650": ["L74.510"]}),
    "coder_note": "Rule book 4.8 J0585 row: hyperhidrosis = chemodenervation of both axillae 64650 (one unit) + J0585 "
                  "per unit for the medical dose only (100). The 24 cosmetic units for crow's feet are self-pay on a "
                  "commercial plan and stay off the claim.",
})

SCENARIOS.append({
    "id": "s74-mix-medicare-ak9-plus-cosmetic-sk3-no-abn",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare FFS: 9 AKs frozen (covered) + 3 asymptomatic back SKs frozen for looks, no ABN -> 17110-GY, XS on 17000/17003",
    "date": "2025-11-18",
    "patient": ("Whitcombe", "Gerald", "1944-08-30", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp, right temple, left ear", reason=True),
        C("c2", "Seborrheic keratoses, upper back", "L82.1", "Upper back"),
    ],
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE - Progress Note
Henrietta Voss, MD | 11/18/2025 | Medicare Part B

Subjective: 81 y/o man, established, here for his AK check. Also: "Can you freeze those ugly brown things on
my back while I'm here? My granddaughter keeps asking about them." No itch, no bleeding, no irritation from
his belt or chair; they have not changed.

Objective:
- Scalp: 5 rough erythematous scaly papules (bald vertex/crown).
- Right temple: 3 similar gritty papules.
- Left ear (helix): 1 scaly papule, no induration, no tenderness out of proportion.
- Upper back: 3 stuck-on verrucous tan papules 6-10 mm, no inflammation or crust.

Assessment / Plan:
1. Actinic keratoses - nine total (5 scalp + 3 R temple + 1 L helix). Cryotherapy, LN2, 2 freeze-thaw cycles
   each, nine lesions treated.
2. Seborrheic keratoses x3, upper back - asymptomatic, benign; treated at his request for appearance only
   (cosmetic). LN2 single cycle x3. Our staff did not present an ABN today (not required for a cosmetic
   exclusion); patient aware Medicare will deny this part and he will be responsible.

Return 6 months. Sunscreen daily, hat.
""",
    "expected": E([L("17000", 1, "XS"), L("17003", 8, "XS"), L("17110", 1, "GY")], ["cosmetic"],
                  {"17000": ["L57.0"], "17110": ["L82.1"]}),
    "coder_note": "9 AKs = 17000 + 17003 x8 (NCD 250.4 covered). Cosmetic SKs on Medicare FFS -> 17110-GY (no ABN "
                  "documented, so no GX). PTP 17110/17000 and 17110/17003 are indicator 1 with 17110 as column 1; the "
                  "lesions are different -> XS on 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s74-mix-bcbs-em-punch-precoded-botox-removed",
    "family": "mixed", "shape": "pre-coded",
    "description": "BCBS: 99214-25 AD flare with dupilumab start + punch bx back; cosmetic J0585 keyed from the injectables panel removed",
    "date": "2025-12-16",
    "patient": ("Delacroix", "Monique", "1979-03-11", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 45,
    "em": "99214",
    "conditions": [
        C("c1", "Atopic dermatitis, flare", "L20.89", "Flexures, neck, hands", reason=True),
        C("c2", "Changing pigmented lesion, left upper back", "D22.5", "Left upper back", reason=True),
        C("c3", "Glabellar and forehead lines (cosmetic)", None, "Glabella/forehead"),
    ],
    "procedures": [
        P("Punch biopsy, single lesion", "11104", "Left upper back",
          note="4 mm punch, 1 simple suture. To dermpath.", reasons=["c2"]),
        P("Botox Cosmetic 30 units (glabella/forehead)", "J0585", "Glabella/forehead",
          note="Keyed by aesthetic front desk from the 'injectables' panel. SELF-PAY per aesthetic ledger.",
          reasons=["c3"]),
    ],
    "path": [{"text": "Skin, left upper back, punch biopsy: compound melanocytic nevus with mild architectural "
                      "disorder; margins free.", "site": "Left upper back", "date": "2025-12-19"}],
    "note_title": "Progress Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Astrid Lindgren, NP - 12/16/2025

Monique, 46, established, came for two medical problems and stayed for her aesthetic appointment.

Atopic dermatitis: worst flare in two years - antecubital and popliteal fossae, neck and dorsal hands,
lichenified and excoriated, sleep disrupted (itch 8/10). Failed triamcinolone 0.1% and tacrolimus 0.1%; was on
cyclosporine in 2022 with a creatinine rise. Roughly 25% BSA today. We discussed systemic options and she chose
dupilumab: baseline conjunctivitis counselling, loading dose 600 mg then 300 mg every two weeks, benefits
verification and prior authorization started, teaching visit scheduled. Clobetasol ointment short course for the
hands while waiting. This took most of the visit.

Pigmented lesion, left upper back: her husband noticed it darkened over the summer. 7 mm brown macule with an
irregular border and eccentric darker area on dermoscopy. Punch biopsy (4 mm) done after consent and lidocaine,
one simple suture. Path to follow.

Aesthetic (self-pay): Kalani Reyes RN gave her 30 units Botox Cosmetic to glabella and forehead. Not for
insurance; paid at the aesthetic desk.

Follow-up: suture out 10-14 days, dupilumab teaching visit, AD recheck 8 weeks.
""",
    "expected": E([L("99214", 1, "25"), L("11104")], ["cosmetic"],
                  {"99214": ["L20.89"], "11104": ["D22.5"]}),
    "coder_note": "GS-3: systemic drug decision for the AD flare is significant, separately identifiable work -> "
                  "99214-25 with the punch biopsy 11104. The cosmetic neurotoxin (J0585 for glabella/forehead lines) is "
                  "self-pay on a commercial plan -> removed.",
})

SCENARIOS.append({
    "id": "s74-mix-medicare-scalp-sk-shave-plus-face-sk-cryo-abn",
    "family": "mixed", "shape": "free-text",
    "description": "Medicare FFS: shave of an inflamed bleeding scalp SK 0.8 cm (11306) + cosmetic face SK cryo with voluntary ABN (17110 GX GY XS)",
    "date": "2025-12-03",
    "patient": ("Brandt", "Eleanor", "1947-12-01", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Left parietal scalp", reason=True),
        C("c2", "Seborrheic keratoses, face", "L82.1", "Forehead and right cheek"),
    ],
    "procedures": [
        P("Shave removal", site="Left parietal scalp",
          note="0.8 cm irritated SK - catches on comb, bled x3 in past month, red crusted base. Shaved flat with "
               "DermaBlade, AlCl3 hemostasis. Specimen to path.", reasons=["c1"]),
        P("LN2 cryo SKs - cosmetic", site="Forehead x2, right cheek x2",
          note="4 asymptomatic SKs; pt wants them gone for appearance. Voluntary ABN signed today. 1 FTC each.",
          reasons=["c2"]),
    ],
    "path": [{"text": "Skin, left parietal scalp, shave: irritated seborrheic keratosis with inflammation and "
                      "surface erosion. No atypia.", "site": "Left parietal scalp", "date": "2025-12-08"}],
    "note_title": "PA Procedure Note",
    "note": """HALCYON DERM - R. Santos PA-C - 12/03/2025
78F est. Medicare B. Meds: amlodipine, ASA 81. NKDA.
Last FSE 06/2025 - SKs, no NMSC hx.
1) L parietal scalp growth: catches on comb, bled 3x this month, sore. 0.8 cm crusted erythematous SK-like
   papule. Shave removal, path sent. Hemostasis AlCl3. Vaseline/bandage.
2) "Brown spots" forehead x2, R cheek x2: SKs, asymptomatic, no change, no inflammation. Pt: "I just don't
   like them." Cosmetic. Told Medicare won't pay -> voluntary ABN signed, she wants it filed anyway.
   LN2 1 FTC x4.
Wound care handout x2 sites. Call w/ path ~1 wk.
RTC prn / FSE 6 mo.
""",
    "expected": E([L("11306"), L("17110", 1, "GX", "GY", "XS")], ["cosmetic"],
                  {"11306": ["L82.0"], "17110": ["L82.1"]}),
    "coder_note": "Scalp SK bleeding/irritated/inflamed (BSL-3 a/c/g) -> covered shave, SNHFG 0.6-1.0 cm = 11306. "
                  "Face SKs for appearance -> 17110 GY + GX (voluntary ABN). PTP 11306/17110 indicator 1, 17110 is "
                  "column 2 and a different lesion -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s74-mix-uhc-cyst-excision-layered-plus-dysport",
    "family": "mixed", "shape": "note-only",
    "description": "UHC: excision of recurrently inflamed back cyst 1.6 cm + 2 mm margins (11402) with layered closure 3.4 cm (12032); cosmetic Dysport self-pay",
    "date": "2026-01-08",
    "patient": ("Kowalczyk", "Adam", "1985-06-22", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 50,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back", "L72.0", "Upper back, midline", reason=True),
    ],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with "
                      "foreign-body giant cell reaction. Completely excised.", "site": "Upper back",
              "date": "2026-01-12"}],
    "note_title": "Operative Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE - OPERATIVE NOTE
Surgeon: Luca Marchetti, MD        DOS: 01/08/2026

Pre-op dx: Epidermoid cyst, upper back midline, recurrently inflamed.
Indication: three episodes of painful inflammation this year, incised and drained at urgent care in June;
tender when he lies on his back. Quiet today - ideal time for excision.

Procedure: Excision of cyst with layered closure.
 - Lesion measured before incision: 1.6 cm diameter (palpable cyst with overlying punctum).
 - Margins: 2 mm around the lesion on all sides. Fusiform excision into subcutaneous fat; cyst removed intact
   with adherent scar from the prior rupture.
 - Closure: layered - 4-0 Monocryl buried deep dermal/subcutaneous sutures, 4-0 nylon running superficial.
   Final repair length 3.4 cm.
 - EBL minimal. Specimen to pathology.

Aesthetic suite (separate, self-pay): after the excision Kalani Reyes RN treated his frown lines with Dysport
50 units (glabella). His wife purchased a gift card; paid at the aesthetic desk, not billed to UHC.

Post-op: wound care sheet; suture removal in 12-14 days. Call for redness, drainage, fever.
""",
    "expected": E([L("11402"), L("12032")], ["cosmetic"], {"11402": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter 1.6 + 2 x 0.2 = 2.0 cm, trunk -> 11402 (1.1-2.0). Layered closure 3.4 cm on "
                  "the trunk = intermediate 12032 (2.6-7.5), separately reportable (EX-5). Dysport is cosmetic/self-pay.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: mixed, destruction, E/M, biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s74-mix-ma-html-ak5-nasal-shave-bx",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare Advantage, HTML: shave bx right nasal sidewall (BCC) + 5 AKs LN2; laser for sun spots only discussed",
    "date": "2026-02-03",
    "patient": ("Oyelaran", "Samuel", "1950-02-14", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal sidewall", "C44.311", "Right nasal sidewall", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Left cheek, right forehead, right dorsal hand", reason=True),
    ],
    "path": [{"text": "Skin, right nasal sidewall, shave biopsy: basal cell carcinoma, nodular type, extending to "
                      "the deep margin.", "site": "Right nasal sidewall", "date": "2026-02-06"}],
    "html": True,
    "note_title": "Dermatology Visit",
    "note": """<html><body>
<h3>HALCYON DERMATOLOGY &amp; AESTHETIC SUITE</h3>
<p><b>Provider:</b> June Abernathy, MD &nbsp; <b>Date:</b> 02/03/2026 &nbsp; <b>Plan:</b> Humana Gold Plus HMO</p>
<p><b>Chief complaint:</b> Spot on the nose that bleeds; rough spots on face and hand. Also asking about
"laser for my sun spots".</p>
<p><b>History:</b> 75-year-old man, retired mail carrier, lots of outdoor exposure. Pearly bump on the right
side of the nose for ~5 months, bleeds with nose blowing. No prior skin cancer.</p>
<p><b>Exam:</b></p>
<table border="1">
<tr><th>#</th><th>Site</th><th>Finding</th><th>Action</th></tr>
<tr><td>1</td><td>Right nasal sidewall</td><td>6 mm pearly papule, arborizing vessels, central crust</td><td>Shave biopsy</td></tr>
<tr><td>2</td><td>Left cheek</td><td>2 scaly erythematous papules</td><td>LN2</td></tr>
<tr><td>3</td><td>Right forehead</td><td>2 gritty papules</td><td>LN2</td></tr>
<tr><td>4</td><td>Right dorsal hand</td><td>1 hyperkeratotic papule</td><td>LN2</td></tr>
<tr><td>5</td><td>Both cheeks, dorsal hands</td><td>Multiple uniform solar lentigines</td><td>None today</td></tr>
</table>
<p><b>Procedures:</b></p>
<ul>
<li>Shave (tangential) biopsy, right nasal sidewall - consent, 1% lidocaine w/ epi, DermaBlade, AlCl3. To pathology.</li>
<li>Cryotherapy, liquid nitrogen, 2 cycles, to 5 actinic keratoses (left cheek x2, right forehead x2, right dorsal hand x1).</li>
</ul>
<p><b>Assessment/Plan:</b><br>
1. Lesion right nasal sidewall, suspicious for BCC - biopsied; will call with results, Mohs referral if
confirmed.<br>
2. Actinic keratoses x5 - treated as above.<br>
3. Solar lentigines - benign. He asked about laser/IPL: explained it is cosmetic and not covered by his plan;
gave the aesthetic price sheet. He may book a consult with our aesthetician. <i>No laser today.</i></p>
<p>Electronically signed by June Abernathy, MD</p>
</body></html>""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 4)], [],
                  {"11102": ["C44.311"], "17000": ["L57.0"]}),
    "coder_note": "Tangential biopsy 11102 + 5 AKs (17000 + 17003 x4). PTP 11102/17000 indicator 1 with the biopsy as "
                  "column 1 and different lesions -> XS on 17000; 11102/17003 has no edit. The laser for lentigines "
                  "was only discussed (not done).",
})

SCENARIOS.append({
    "id": "s74-mix-medicare-rosacea-em25-nevus-shave-sk-cosmetic",
    "family": "mixed", "shape": "free-text",
    "description": "Medicare FFS: 99213-25 rosacea Rx; shave of bleeding bra-line nevus 0.7 cm (11301); 3 chest SKs frozen for looks (17110 GY XS)",
    "date": "2026-01-29",
    "patient": ("Pruitt", "Dolores", "1952-05-09", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 35,
    "em": "99213",
    "conditions": [
        C("c1", "Papulopustular rosacea", "L71.8", "Cheeks, nose, chin", reason=True),
        C("c2", "Irritated compound nevus, right upper back (bra line)", "D22.5", "Right upper back", reason=True),
        C("c3", "Seborrheic keratoses, chest", "L82.1", "Upper chest"),
    ],
    "procedures": [
        P("Shave removal, nevus", site="Right upper back at bra line",
          note="0.7 cm raised nevus; bra strap rubs it, bled twice, now inflamed. Shave removal, AlCl3. To path.",
          reasons=["c2"]),
        P("Cryo SKs (cosmetic, patient request)", site="Upper chest",
          note="3 flat SKs, no symptoms; she dislikes them in V-neck tops. LN2 x3. No ABN obtained.",
          reasons=["c3"]),
    ],
    "path": [{"text": "Skin, right upper back, shave: compound melanocytic nevus with surface erosion and dermal "
                      "inflammation. No atypia.", "site": "Right upper back", "date": "2026-02-02"}],
    "note_title": "Progress Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Henrietta Voss, MD - 01/29/2026 - Medicare Part B

MEDICAL
1. Rosacea, papulopustular - flaring for 2 months: cheeks, nose and chin with papules and pustules,
   burning and stinging; metronidazole gel no longer controlling it. Discussed triggers. Start ivermectin
   1% cream nightly and doxycycline 40 mg modified-release daily for 12 weeks; reviewed photosensitivity and
   GI effects. Recheck 12 weeks.
2. Nevus right upper back at the bra line - rubbed daily by the strap, bled twice, now red and sore. 0.7 cm
   raised regular brown papule. Shave removal today (see procedure), path sent.

AESTHETIC REQUEST
3. Three flat SKs on the upper chest - no itching, bleeding or irritation; she does not like how they look in
   V-neck tops. Cosmetic. Frozen at her request (LN2, single cycle x3). No ABN was obtained; she was told
   Medicare will deny this portion and it will be billed to her.

Procedure details in the procedure log. Follow-up 12 weeks for rosacea.
""",
    "expected": E([L("99213", 1, "25"), L("11301"), L("17110", 1, "GY", "XS")], ["cosmetic"],
                  {"99213": ["L71.8"], "11301": ["D22.5"], "17110": ["L82.1"]}),
    "coder_note": "Rosacea flare with new prescription management = separate E/M -> 99213-25. Symptomatic nevus on the "
                  "trunk 0.7 cm -> 11301. Cosmetic chest SKs on Medicare FFS -> 17110-GY (no ABN, no GX). PTP "
                  "11301/17110 indicator 1 with 17110 in column 2, different lesions -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s74-ds-medicare-ak19-precoded-17003x18-plus-sk-abn",
    "family": "destruction", "shape": "pre-coded",
    "description": "Medicare FFS: 19 AKs pre-coded 17000 + 17003 x18 -> 17004; two cosmetic SKs with voluntary ABN -> 17110 GX GY XS",
    "date": "2025-11-25",
    "patient": ("Farnsworth", "Harold", "1942-06-05", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratoses, multiple", "L57.0", "Face, scalp, dorsal hands", reason=True),
        C("c2", "Seborrheic keratoses, left temple", "L82.1", "Left temple"),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Face", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional", "17003", "Face/scalp/hands",
          note="units: 18", reasons=["c1"]),
        P("Destruction benign lesions, up to 14", "17110", "Left temple",
          note="2 SKs - cosmetic, ABN signed (voluntary).", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Henrietta Voss, MD - Procedure note 11/25/2025

83 y/o man with extensive actinic damage, on his 6-month AK visit.
Counted and treated today with liquid nitrogen, 2 freeze-thaw cycles each:
  - face (cheeks, nose, forehead): 11
  - scalp: 6
  - dorsal hands: 2
  Total actinic keratoses treated = 19.

He also asked to have two brown "barnacles" on the left temple frozen "so I look better for my daughter's
wedding". They are typical seborrheic keratoses, no itching, bleeding or inflammation - cosmetic. Medicare
exclusion explained and a voluntary ABN was signed before treatment. LN2 single cycle x2.

Discussed field therapy (5-FU) for the face in the spring. Return 6 months.
""",
    "expected": E([L("17004"), L("17110", 1, "GX", "GY", "XS")], ["coding-correction", "cosmetic"],
                  {"17004": ["L57.0"], "17110": ["L82.1"]}),
    "coder_note": "DS-1: 19 AKs -> 17004 x1 instead of 17000 + 17003 x18 (17003 x18 also exceeds MUE 13). Cosmetic "
                  "SKs, voluntary ABN -> 17110 GX GY. PTP 17004/17110 indicator 1 (17110 column 2), different lesions "
                  "-> XS on 17110.",
})

SCENARIOS.append({
    "id": "s74-ds-medicaid-mco-molluscum-22-curettage",
    "family": "destruction", "shape": "free-text",
    "description": "Medicaid MCO child: 22 molluscum curetted (17111); cafe-au-lait laser request not done",
    "date": "2025-12-18",
    "patient": ("Ramos", "Isabella", "2018-04-22", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk, axillae, inner arms", reason=True),
        C("c2", "Cafe au lait macule, left thigh", "L81.3", "Left thigh"),
    ],
    "procedures": [
        P("Curettage of molluscum", site="Trunk, bilateral axillae, inner arms",
          note="Topical LMX under occlusion 45 min. 22 lesions removed with 3 mm curette; AlCl3 hemostasis. "
               "Several inflamed/BOTE lesions, child scratching, spreading to sibling.", reasons=["c1"]),
        P("Laser of cafe-au-lait macule - NOT DONE", site="Left thigh",
          note="Mother asked; cosmetic, not covered; declined.", reasons=["c2"], status="not-done"),
    ],
    "note_title": "PA Note",
    "note": """Halcyon Derm - R. Santos PA-C - 12/18/2025
Pt: 7 y/o F, accompanied by mom (Medicaid MCO). NKDA. Otherwise healthy, no eczema.
Molluscum x 5 mo, spreading (trunk -> axillae -> inner arms), itchy, scratching, several
inflamed "BOTE" lesions; younger brother now has a few. Cantharidin x2 in the fall - partial.
Plan today: curettage after LMX 45 min under occlusion.
  - Count: 22 lesions curetted (trunk 12, R axilla 4, L axilla 3, inner arms 3). AlCl3. Band-aids.
Mom also asked about "lasering" a cafe-au-lait spot on the L thigh - explained cosmetic, Medicaid won't
cover, not medically needed. Not done.
RTC 4-6 wk prn new lesions. Avoid sharing towels/baths.
Mom verbalized understanding of wound care (vaseline + band-aids daily until healed).
""",
    "expected": E([L("17111")], [], {"17111": ["B08.1"]}),
    "coder_note": "DS-2: benign lesions (molluscum, covered under the benign-lesion LCDs) - 15 or more -> 17111 x1. The "
                  "cafe-au-lait laser was not performed.",
})

SCENARIOS.append({
    "id": "s74-ds-cigna-plantar-warts-pared-ipl-booked",
    "family": "destruction", "shape": "note-only",
    "description": "Cigna: 3 painful plantar warts pared then frozen (17110 only, no paring code); hand IPL booked for later",
    "date": "2026-01-27",
    "patient": ("Sato", "Kenji", "1972-09-09", "male"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Plantar warts, right foot", "B07.0", "Right plantar forefoot and heel", reason=True),
        C("c2", "Solar lentigines, dorsal hands", "L81.4", "Dorsal hands"),
    ],
    "note": """Halcyon Dermatology & Aesthetic Suite - Astrid Lindgren, NP - 01/27/2026

Kenji is 53 and runs half-marathons. Three plantar warts on the right foot (two under the 2nd metatarsal head,
one on the heel) have been painful with every run for four months despite OTC salicylic acid pads.

Exam: three hyperkeratotic papules with thrombosed capillaries interrupting skin lines, right plantar
forefoot x2 and heel x1, tender to lateral squeeze. No calluses or corns elsewhere.

Treatment: the overlying hyperkeratosis of each wart was pared with a #15 blade to expose the wart, then
liquid nitrogen, two freeze-thaw cycles to each of the 3 warts. Padding advice; may run as tolerated.

He also asked about the brown "age spots" on the backs of his hands. These are solar lentigines; laser/IPL is
cosmetic and self-pay. He booked with Mireille (aesthetician) for next month and bought the 3-session package
at the front desk. No treatment of the hands today.

Return 3-4 weeks for repeat cryotherapy if needed.
""",
    "expected": E([L("17110")], [], {"17110": ["B07.0"]}),
    "coder_note": "Painful plantar warts -> 17110 (3 lesions, one unit). Paring of the wart surface is part of the wart "
                  "destruction, not a corn/callus paring (11055-11057). IPL only booked and prepaid, not performed.",
})

SCENARIOS.append({
    "id": "s74-em-bcbs-cosmetic-consult-precoded-99203-filler-removed",
    "family": "em", "shape": "pre-coded",
    "description": "BCBS: aesthetic consultation only (no medical problem) pre-coded 99203 + HA filler keyed 11951 -> nothing billable",
    "date": "2025-12-11",
    "patient": ("Whitley", "Jordan", "1983-01-25", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 40,
    "em": "99203",
    "conditions": [
        C("c1", "Encounter for cosmetic procedure", "Z41.1", reason=True),
        C("c2", "Facial volume loss, nasolabial folds (cosmetic)", None, "Nasolabial folds"),
    ],
    "procedures": [
        P("Dermal filler injection 1.1-5.0 cc", "11951", "Bilateral nasolabial folds",
          note="HA filler 2 x 1.0 mL syringes. Self-pay aesthetic package - 'NEWYOU' new-client coupon.",
          reasons=["c1", "c2"]),
    ],
    "note_title": "Aesthetic Consultation",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE - AESTHETIC CONSULTATION
Luca Marchetti, MD                     12/11/2025

New client, 42, self-referred from Instagram. Here for "looking tired" - deepening smile lines and loss of
cheek fullness. No medical skin complaints. No history of skin cancer, no rashes, no changing moles; a full skin
exam was offered and declined. Medications: none. No history of filler, keloids, or cold sores.

Discussion: options reviewed - HA filler to nasolabial folds and midface, neurotoxin not needed at this time,
skincare (retinol, SPF). Risks (bruising, swelling, vascular occlusion, nodules) reviewed; hyaluronidase on
hand. Photos taken, cosmetic consent signed.

Procedure: HA filler, two 1.0 mL syringes, bilateral nasolabial folds, linear threading with cannula. No
blanching. Ice. Aftercare card.

Financial: self-pay aesthetic service - new-client coupon NEWYOU applied; paid in full at the aesthetic desk.
(Front desk auto-dropped an office-visit charge from the new-patient template.)

Follow-up: 2-week touch-up check (complimentary).
""",
    "expected": E([], ["cosmetic"]),
    "coder_note": "Purely cosmetic consultation and filler (Z41.1, no medical problem addressed) on a commercial plan: "
                  "the E/M and 11951 are both cosmetic services billed to the patient -> removed (conventions, "
                  "Non-Medicare cosmetic services). Nothing goes on the claim.",
})

SCENARIOS.append({
    "id": "s74-em-medicare-psoriasis-mtx-99214-neurotoxin-deferred",
    "family": "em", "shape": "note-only",
    "description": "Medicare (name-only payer): psoriasis on methotrexate with labs, 99214 kept; neurotoxin only booked",
    "date": "2026-02-10",
    "patient": ("Gallagher", "Ruth", "1956-03-30", "female"),
    "provider": "voss", "payer": "medicare-noname", "minutes": 30,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Seborrheic keratoses, trunk", "L82.1", "Trunk"),
    ],
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Progress Note - Henrietta Voss, MD - 02/10/2026

Ruth is a 69-year-old established patient with plaque psoriasis on methotrexate 15 mg weekly with folic acid
1 mg daily (since 2023), here for her 3-month monitoring visit.

Interval: plaques on elbows/knees thinner; scalp still itchy. No infections, no mouth sores, no cough or
dyspnea. Alcohol: rare.
Labs 02/03/2026 reviewed: CBC normal; ALT 58 (ULN 40), AST 44; creatinine 0.9.
Exam: BSA ~4% (elbows, knees, scalp margin). No nail pitting. A few stable seborrheic keratoses on the trunk -
benign, reassured, nothing to treat.

Assessment/Plan:
1. Plaque psoriasis on methotrexate - improving but transaminases above the upper limit of normal. Reduce MTX to
   12.5 mg weekly, repeat CMP in 4 weeks, counselled on alcohol avoidance. Clobetasol solution to the scalp
   (refilled). Discussed switching to a biologic if ALT stays high.
2. Seborrheic keratoses - reassurance only.

Aesthetic question: she asked about Botox for her "11 lines". Referred to Kalani Reyes RN in our aesthetic
suite; self-pay, booked for 02/24. Nothing done today.

Return 3 months with labs.
""",
    "expected": E([L("99214")], [], {"99214": ["L40.0"]}),
    "coder_note": "Diagnostic visit for a chronic illness on a drug requiring lab monitoring; provider-selected 99214 is "
                  "kept (conventions). No procedure, so no 25; the neurotoxin is only booked for another day, and "
                  "the SKs were reassured only.",
})

SCENARIOS.append({
    "id": "s74-em-medicaid-new-acne-99203-peel-not-done",
    "family": "em", "shape": "free-text",
    "description": "Medicaid new patient: acne with doxycycline/adapalene-BPO (99203); chemical peel for marks not done (status not-done)",
    "date": "2025-11-20",
    "patient": ("Bello", "Amara", "2008-06-14", "female"),
    "provider": "lindgren", "payer": "medicaid", "minutes": 35,
    "em": "99203",
    "conditions": [
        C("c1", "Acne vulgaris, inflammatory", "L70.0", "Face, upper back", reason=True),
        C("c2", "Post-inflammatory hyperpigmentation, cheeks", "L81.0", "Cheeks"),
    ],
    "procedures": [
        P("Glycolic chemical peel for acne marks - NOT PERFORMED", site="Face",
          note="Cosmetic; Medicaid does not cover. Mother will consider self-pay later.", reasons=["c2"],
          status="not-done"),
    ],
    "note_title": "New Patient Visit",
    "note": """Halcyon Dermatology & Aesthetic Suite - New patient visit
Astrid Lindgren, NP - 11/20/2025

Amara, 17, with her mother. Acne for 3 years, worse this year: inflammatory papules and pustules on the cheeks,
forehead and upper back, a few tender nodules, leaving dark marks. OTC benzoyl peroxide wash only. Not on
hormonal contraception. No other medical problems; no medications.

Exam: moderate inflammatory acne - ~25 papulopustules on the face, 3 small nodules on the jawline, open and
closed comedones; upper back with scattered papules. Post-inflammatory hyperpigmentation on both cheeks.

Assessment and plan:
1. Acne vulgaris, moderate inflammatory - start doxycycline 100 mg daily with food (photosensitivity,
   pill esophagitis, take upright with water), adapalene 0.3%/benzoyl peroxide 2.5% gel nightly, gentle
   cleanser, non-comedogenic SPF. Discussed isotretinoin if not improved in 3 months.
2. Post-inflammatory hyperpigmentation - will fade as acne is controlled; SPF daily. Mom asked about a
   chemical peel for the marks: explained it is cosmetic and not covered by Medicaid; she will think about a
   self-pay peel later. No peel performed today.

Return 10-12 weeks.
""",
    "expected": E([L("99203")], [], {"99203": ["L70.0"]}),
    "coder_note": "New patient, acne with prescription drug management -> provider-selected 99203 kept. The peel was not "
                  "performed (Procedure status not-done), so nothing else is coded.",
})

SCENARIOS.append({
    "id": "s74-bx-medicare-laser-consult-cheek-shave-forearm-punch",
    "family": "biopsy", "shape": "free-text",
    "description": "Medicare FFS: laser consult finds an irregular cheek macule (shave bx) + forearm scaly papule (punch bx) -> 11104 + 11103; laser deferred",
    "date": "2026-02-05",
    "patient": ("Lindahl", "Margit", "1953-07-19", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Solar lentigo, left cheek", "L81.4", "Left cheek", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right forearm", "D04.61", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Left cheek",
          note="6 mm irregular dark macule among uniform lentigines - r/o lentigo maligna. Tangential biopsy to "
               "mid-dermis, AlCl3.", reasons=["c1"]),
        P("Punch biopsy 3 mm", site="Right dorsal forearm",
          note="9 mm scaly pink plaque, non-healing. 3 mm punch, one 4-0 nylon.", reasons=["c2"]),
        P("IPL photorejuvenation - DEFERRED", site="Face",
          note="Not done; waiting for pathology.", status="not-done"),
    ],
    "path": [
        {"text": "A. Skin, left cheek, shave biopsy: solar lentigo. No melanocytic atypia.",
         "site": "Left cheek", "date": "2026-02-09"},
        {"text": "B. Skin, right forearm, punch biopsy: squamous cell carcinoma in situ (Bowen disease).",
         "site": "Right dorsal forearm", "date": "2026-02-09"},
    ],
    "note_title": "Consultation + Procedure",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Luca Marchetti, MD - 02/05/2026

72F came for an IPL consultation for "sun spots" on her face. Before any laser we examine pigmented areas.
Most cheek lesions are uniform solar lentigines, but one on the left cheek (6 mm) is darker with an irregular
border and asymmetric pigment on dermoscopy - I will not laser this until it is sampled.
Incidentally she showed me a scaly pink patch on the right forearm that has not healed in 3 months.

Procedures (consent, lidocaine 1% w/ epi):
1. Left cheek - shave (tangential) biopsy of the irregular macule.
2. Right dorsal forearm - 3 mm punch biopsy, one suture.

Plan: IPL deferred until pathology is back; if benign, aesthetic team will schedule (self-pay).
Suture removal forearm 10-14 days.
""",
    "expected": E([L("11104"), L("11103")], [], {"11104": ["D04.61"], "11103": ["L81.4"]}),
    "coder_note": "BX-2: one punch + one tangential -> punch is the primary (11104) and the tangential biopsy takes its "
                  "own add-on 11103. The IPL was deferred (not done).",
})

SCENARIOS.append({
    "id": "s74-bx-bcbs-neurotoxin-visit-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "BCBS: came for self-pay neurotoxin; two shave biopsies (scalp BCC, shoulder) -> 11102 + 11103",
    "date": "2026-02-17",
    "patient": ("Marchand", "Olivia", "1975-11-02", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma, scalp (crown)", "C44.41", "Crown of scalp", reason=True),
        C("c2", "Lichenoid keratosis, left shoulder", "L85.8", "Left shoulder", reason=True),
    ],
    "path": [
        {"text": "A. Skin, crown of scalp, shave biopsy: basal cell carcinoma, superficial and nodular types.",
         "site": "Crown of scalp", "date": "2026-02-20"},
        {"text": "B. Skin, left shoulder, shave biopsy: benign lichenoid keratosis.", "site": "Left shoulder",
         "date": "2026-02-20"},
    ],
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Henrietta Voss, MD - 02/17/2026

Olivia (50) was booked in the aesthetic suite for her neurotoxin touch-up. While there she mentioned a sore on
the top of her head that keeps bleeding on the pillow and hasn't healed in two months, and a new pink scaly
spot on the left shoulder. The aesthetic nurse brought me in.

Exam:
- Crown of scalp: 8 mm pink translucent papule with central erosion and hemorrhagic crust.
- Left shoulder: 7 mm pink scaly macule, dermoscopy with peppering; cannot exclude BCC.

Procedures (consent, 1% lidocaine with epinephrine):
 A. Crown of scalp - tangential (shave) biopsy to mid-dermis. Aluminum chloride.
 B. Left shoulder - tangential (shave) biopsy. Aluminum chloride.
Both specimens to dermatopathology in separate jars.

Aesthetic (self-pay, separate ledger): Xeomin 40 units forehead/glabella by Kalani Reyes RN after the
biopsies. Not submitted to insurance.

Plan: call with path in one week; treatment options will depend on results.
""",
    "expected": E([L("11102"), L("11103")], ["cosmetic"], {"11102": ["C44.41"]}),
    "coder_note": "Two tangential biopsies -> 11102 + 11103 x1. The neurotoxin is cosmetic and self-pay on a commercial "
                  "plan. No E/M selected.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: excisions, Mohs, repairs, shave
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s74-exb-aetna-pilar-cyst-precoded-11423-lip-filler",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Aetna: painful pilar cyst scalp 1.5 cm + 2 mm margins pre-coded 11423 -> 11422; layered 3.0 cm 12032; lip filler 11950 removed",
    "date": "2026-01-15",
    "patient": ("Quintero", "Valeria", "1981-08-30", "female"),
    "provider": "marchetti", "payer": "commercial-aetna", "minutes": 55,
    "conditions": [
        C("c1", "Pilar cyst, scalp", "L72.11", "Right parietal scalp", reason=True),
        C("c2", "Lip volume enhancement (cosmetic)", None, "Lips"),
    ],
    "procedures": [
        P("Excision benign lesion scalp/neck/hands/feet/genitalia 2.1-3.0 cm", "11423", "Right parietal scalp",
          note="Sized from the 2.4 cm specimen on the path requisition.", reasons=["c1"]),
        P("Repair, intermediate, scalp/trunk/extremities 2.6-7.5 cm", "12032", "Right parietal scalp",
          note="Layered closure 3.0 cm.", reasons=["c1"]),
        P("Filler injection, 1 cc or less", "11950", "Upper and lower lip",
          note="HA lip filler 0.5 mL. Aesthetic self-pay; 'VDAY' promo.", reasons=["c2"]),
    ],
    "path": [{"text": "Scalp, right parietal, excision: pilar (trichilemmal) cyst, 2.4 x 1.6 x 1.4 cm intact "
                      "specimen.", "site": "Right parietal scalp", "date": "2026-01-19"}],
    "note_title": "Operative Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE - OPERATIVE NOTE
Luca Marchetti, MD - 01/15/2026

Indication: 44F with a firm scalp cyst, right parietal, present 3 years, enlarging, painful when she brushes her
hair and when wearing a helmet to cycle; inflamed twice last year.

Measurements before incision: cyst 1.5 cm in greatest diameter. Margin taken: 2 mm on each side.

Procedure: Ring block with 1% lidocaine with epinephrine. Fusiform excision through the galea-sparing plane;
cyst delivered intact (specimen measures 2.4 cm after removal, including skin ellipse). Wound closed in layers:
4-0 Vicryl deep, 4-0 nylon superficial. Repair length 3.0 cm. Pressure dressing.

Aesthetic (self-pay, separate ledger): after the procedure, HA lip filler 0.5 mL to the upper and lower lip by
Dr. Marchetti. Cosmetic consent on file; Valentine's promo pricing applied at the aesthetic desk.

Post-op: sutures out in 10-12 days. Tylenol for pain. Call for drainage/fever.
""",
    "expected": E([L("11422"), L("12032")], ["coding-correction", "cosmetic"], {"11422": ["L72.11"]}),
    "coder_note": "EX-1: size from the clinical diameter + margins (1.5 + 2 x 0.2 = 1.9 cm), not the specimen -> scalp "
                  "SNHFG 1.1-2.0 = 11422. Layered 3.0 cm scalp -> 12032. The lip filler is cosmetic on a commercial "
                  "plan -> removed (with it gone the 11950/12032 edit does not arise).",
})

SCENARIOS.append({
    "id": "s74-exb-medicare-dermatofibroma-leg-razor-bleeds",
    "family": "excision-benign", "shape": "note-only",
    "description": "Medicare FFS: symptomatic dermatofibroma left shin 0.7 cm + 2 mm margins -> 11402; eyelid tag and hand laser only discussed",
    "date": "2025-12-04",
    "patient": ("Thibodeaux", "Marlene", "1954-01-12", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Dermatofibroma, left lower leg", "D23.72", "Left anterior shin", reason=True),
    ],
    "path": [{"text": "Skin, left shin, excision: dermatofibroma (benign fibrous histiocytoma), margins clear.",
              "site": "Left anterior shin", "date": "2025-12-08"}],
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Henrietta Voss, MD - Procedure Note - 12/04/2025

Subjective: 71F. Firm bump on the left shin for 4 years. Her razor catches it every time she shaves: it has
bled at least three times this fall and is tender when she bumps it on the dishwasher door. Wants it out.

Objective: Left anterior shin - 0.7 cm firm pink-brown papule, dimple sign positive, superficial erosion from
recent razor trauma.

Procedure: Excision, left shin. Consent signed. Lidocaine 1% with epi. Lesion 0.7 cm outlined with 2 mm
margins all around, elliptical excision to fat. Closed with simple interrupted 4-0 nylon (single layer).
Hemostasis good. Specimen to pathology.

Other requests today (not performed):
- Small skin tag on the right upper eyelid "for looks" - we will do it at her next visit after reviewing an
  ABN, since Medicare does not cover cosmetic removal.
- Brown spots on the backs of the hands - laser is cosmetic/self-pay; aesthetic consult card given.

Post-op: keep dry 24 h, vaseline, sutures out in 14 days (leg).
""",
    "expected": E([L("11402")], [], {"11402": ["D23.72"]}),
    "coder_note": "Benign lesion with repeated razor trauma and bleeding (BSL-3 a/c/l) -> covered. EX-1: 0.7 + 2 x 0.2 = "
                  "1.1 cm on the leg -> 11402. Simple repair included. Eyelid tag and hand laser were only "
                  "discussed.",
})

SCENARIOS.append({
    "id": "s74-exb-cigna-atypical-nevus-reexcision-plus-cosmetic-nose",
    "family": "excision-benign", "shape": "free-text",
    "description": "Cigna: re-excision of moderately atypical nevus back (scar 0.6 + 3 mm = 1.2 cm, 11402); cosmetic nose nevus excision self-pay",
    "date": "2026-02-12",
    "patient": ("Hollis", "Brianna", "1988-10-21", "female"),
    "provider": "marchetti", "payer": "commercial-cigna", "minutes": 50,
    "conditions": [
        C("c1", "Dysplastic nevus with moderate atypia, right upper back", "D22.5", "Right upper back",
          reason=True),
        C("c2", "Intradermal nevus, nasal tip (cosmetic removal)", "D22.39", "Nasal tip"),
    ],
    "procedures": [
        P("Re-excision of atypical nevus", site="Right upper back",
          note="Biopsy 01/20/2026: dysplastic compound nevus, moderate atypia, peripheral margin involved. "
               "Scar 0.6 cm, 3 mm margins, fusiform excision; simple closure 4-0 nylon.", reasons=["c1"]),
        P("Excision of nevus, nasal tip - COSMETIC, SELF-PAY", site="Nasal tip",
          note="Stable 4 mm dome nevus, no symptoms; patient dislikes appearance. Elliptical excision, 6-0 nylon.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, right upper back, re-excision: scar with residual dysplastic nevus, moderate atypia, "
                 "completely excised.", "site": "Right upper back", "date": "2026-02-16"},
        {"text": "B. Skin, nasal tip, excision: intradermal melanocytic nevus.", "site": "Nasal tip",
         "date": "2026-02-16"},
    ],
    "note_title": "Procedure Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Procedure Note - Luca Marchetti, MD - 02/12/2026

37F. Two things today, with different financial arrangements:

1) MEDICAL - Re-excision, right upper back. Shave biopsy 01/20/2026 (Dr. Voss): dysplastic compound nevus
with moderate atypia, peripheral margin involved. Today: biopsy scar 0.6 cm; 3 mm margins; elliptical excision
to subcutaneous fat; single-layer simple interrupted closure. Specimen A.

2) COSMETIC - Nasal tip nevus. Present since her teens, stable, no bleeding, itching or change - she simply
doesn't like how it looks. Cigna does not cover cosmetic removal; she signed our self-pay waiver and paid the
aesthetic surgery fee. Elliptical excision with 6-0 nylon closure. Specimen B (sent per our routine).

Post-op: sutures out - nose 5-7 days, back 12-14 days. Scar care with silicone gel (purchased at front desk).
""",
    "expected": E([L("11402")], ["cosmetic"], {"11402": ["D22.5"]}),
    "coder_note": "Re-excision of a moderately atypical nevus is medically necessary; benign excision (EX-3), 0.6 + 2 x "
                  "0.3 = 1.2 cm, trunk -> 11402. The nose excision is elective cosmetic on a commercial plan -> not "
                  "on the claim.",
})

SCENARIOS.append({
    "id": "s74-exm-medicare-bcc-back-layered-plus-face-sk-abn",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Medicare FFS: BCC back 1.1 cm + 4 mm margins (11602) + layered 3.8 cm (12032 XS); 5 cosmetic face SKs, ABN (17110 GX GY)",
    "date": "2026-01-22",
    "patient": ("Strickland", "Vernon", "1948-04-17", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Seborrheic keratoses, face", "L82.1", "Forehead and temples"),
    ],
    "path": [{"text": "Skin, right upper back, excision: basal cell carcinoma, nodular type; margins free "
                      "(closest 3 mm).", "site": "Right upper back", "date": "2026-01-26"}],
    "note_title": "Operative Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE - OPERATIVE NOTE
Surgeon: Luca Marchetti, MD        DOS 01/22/2026        Medicare Part B

PRE-OP DX: Basal cell carcinoma, nodular, right upper back (shave biopsy 12/30/2025, Dr. Voss).
Not a Mohs candidate (trunk, primary, nodular, well defined).

PROCEDURE 1 - Excision of malignant lesion with intermediate repair:
 - Clinical lesion 1.1 cm (measured pre-op). Margins 4 mm all around.
 - Elliptical excision into subcutaneous fat. Undermining of the wound edges.
 - Layered closure: 3-0 Monocryl deep dermal, 4-0 Prolene running subcuticular. Final length 3.8 cm.
 - Specimen oriented and sent to pathology.

PROCEDURE 2 - Cosmetic cryotherapy (patient request):
 - Five seborrheic keratoses on the forehead and temples that "make me look old". No symptoms, not inflamed,
   not irritated, unchanged. Cosmetic.
 - Medicare exclusion explained; voluntary ABN signed prior to service. LN2 single cycle x5.

Post-op: activity restriction 2 weeks, sutures out 14 days. Return sooner for bleeding/infection.
""",
    "expected": E([L("11602"), L("12032", 1, "XS"), L("17110", 1, "GX", "GY")], ["cosmetic"],
                  {"11602": ["C44.519"], "17110": ["L82.1"]}),
    "coder_note": "EX-1/EX-3: 1.1 + 2 x 0.4 = 1.9 cm malignant trunk -> 11602; layered 3.8 cm trunk -> 12032. Cosmetic "
                  "SKs, voluntary ABN -> 17110 GX GY. PTP 17110/12032 is indicator 1 with 12032 in column 2; the repair "
                  "is of the back wound, a different site from the face SKs -> XS on 12032.",
})

SCENARIOS.append({
    "id": "s74-exm-bcbs-sccis-forearm-precoded-benign-to-malignant",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "BCBS: SCCIS left forearm 0.6 cm + 2 mm margins pre-coded 11401 -> 11601; intermediate 2.0 cm 12031; lip filler self-pay",
    "date": "2026-02-19",
    "patient": ("Ashcombe", "Patricia", "1962-12-08", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk/arms/legs 0.6-1.0 cm", "11401", "Left dorsal forearm",
          note="Known SCCIS (bx 01/29/2026). Lesion 0.6 cm, 2 mm margins.", reasons=["c1"]),
        P("Intermediate repair trunk/extremities 2.5 cm or less", "12031", "Left dorsal forearm",
          note="Layered closure 2.0 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left forearm, excision: squamous cell carcinoma in situ, completely excised; margins "
                      "clear.", "site": "Left dorsal forearm", "date": "2026-02-23"}],
    "note_title": "Procedure Note",
    "note": """Halcyon Dermatology & Aesthetic Suite
Henrietta Voss, MD - Procedure - 02/19/2026

Dx: Squamous cell carcinoma in situ, left dorsal forearm, confirmed on punch biopsy 01/29/2026.
Options (5-FU, ED&C, excision) reviewed; she chose excision.
Lesion 0.6 cm; 2 mm margins; ellipse to subcutis; deep 4-0 Vicryl + 5-0 nylon epidermal (layered closure),
length 2.0 cm. EBL minimal. Specimen sent.

Aesthetic (self-pay, not billed): she kept her lip filler appointment with Kalani Reyes RN afterwards
(1 syringe HA, upper lip). Paid at the aesthetic desk with her membership discount.

Wound care reviewed. Sutures out 12-14 days. Skin check 6 months.
""",
    "expected": E([L("11601"), L("12031")], ["coding-correction"], {"11601": ["D04.62"]}),
    "coder_note": "EX-3: carcinoma in situ (D04) takes the malignant excision codes; 0.6 + 2 x 0.2 = 1.0 cm arm -> "
                  "11601 (not benign 11401). Layered 2.0 cm arm -> 12031. The lip filler was never keyed and is "
                  "self-pay.",
})

SCENARIOS.append({
    "id": "s74-mohs-medicare-nasal-tip-two-stages-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Medicare FFS: Mohs right nasal tip BCC, 2 stages (3/2 blocks) + layered closure 2.2 cm; scar laser later only discussed",
    "date": "2025-12-10",
    "patient": ("Dunmore", "Agatha", "1946-09-02", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip", "C44.311", "Right nasal tip", reason=True),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE - MOHS MICROGRAPHIC SURGERY REPORT
Surgeon and pathologist: Luca Marchetti, MD          Date of surgery: 12/10/2025

Diagnosis: Basal cell carcinoma, nodular, right nasal tip (biopsy 11/12/2025, Dr. Abernathy).
Indication: primary BCC on the nose (area H); tissue conservation essential.
Pre-op size: 0.8 x 0.6 cm.

Stage 1: tumor debulked by curettage; first layer excised and divided into 3 tissue blocks, mapped, frozen
sections read by me: residual BCC in block 2 (deep margin).
Stage 2: additional tissue from the mapped area, 2 tissue blocks. Margins clear.
Total: two stages; 3 + 2 blocks.

Final defect 1.2 x 1.0 cm on the right nasal tip, into fat, no cartilage exposed.
Repair: undermining of the nasal tip skin; layered closure with 5-0 Monocryl deep and 6-0 nylon superficial;
final length 2.2 cm. Hemostasis with electrocautery.

Cosmetic questions: she asked whether we could "laser the scar" once healed and freeze a brown spot on her
hand. Scar resurfacing, if she still wants it at 3 months, is a self-pay aesthetic service; the hand spot will
be looked at at her follow-up. Nothing else done today.

Post-op: pressure dressing 48 h, sutures out 7 days.
""",
    "expected": E([L("17311"), L("17312"), L("12051")], [], {"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose (head) 2 stages, no stage over 5 blocks -> 17311 + 17312. MOHS-7: layered repair of the "
                  "nose 2.2 cm -> 12051. Scar laser and hand lesion were only discussed.",
})

SCENARIOS.append({
    "id": "s74-mohs-ngs-back-precoded-head-codes-to-trunk",
    "family": "mohs", "shape": "pre-coded",
    "description": "Medicare NGS: Mohs infiltrative BCC left upper back pre-coded 17311/17312 -> 17313 + 17314 x2 + 17315 x2; complex repair 7.0 cm 13101",
    "date": "2026-02-24",
    "patient": ("Kirkpatrick", "Leonard", "1945-11-29", "male"),
    "provider": "marchetti", "payer": "medicare-ngs", "minutes": 210,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck/hands/feet/genitalia, first stage", "17311", "Left upper back", reasons=["c1"]),
        P("Mohs, head/neck/hands/feet/genitalia, each additional stage", "17312", "Left upper back",
          note="2 additional stages", reasons=["c1"]),
        P("Mohs, each additional block beyond 5", "17315", "Left upper back", note="2 blocks", reasons=["c1"]),
        P("Repair, complex, trunk 2.6-7.5 cm", "13101", "Left upper back", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE - MOHS REPORT
Luca Marchetti, MD (surgeon and pathologist) - 02/24/2026

Tumor: infiltrative basal cell carcinoma, left upper back (biopsy 01/28/2026), clinically 2.3 cm, ill-defined.
Mohs appropriate: aggressive (infiltrative) histology, size over 2 cm.

Stage I - 4 tissue blocks; tumor at 2-5 o'clock peripheral.
Stage II - 7 tissue blocks (wide 2-6 o'clock arc); tumor remains in block 6 deep.
Stage III - 2 tissue blocks; clear.
Total 3 stages; 13 blocks (4 / 7 / 2).

Defect 4.1 x 3.0 cm to deep fat.
Repair: complex linear closure. Wound edges were crushed/irregular after three stages and were debrided
(trimmed back to healthy dermis); extensive undermining in the subfascial plane; retention sutures placed
because of tension over the scapula. Layered closure, 2-0 and 3-0 Monocryl, 4-0 Prolene. Final length 7.0 cm.

He asked us to take off a skin tag at his collar "for looks" while he was numb - declined today; we will
discuss cosmetic removal at suture removal.

Suture removal 14 days. Pain control with acetaminophen.
""",
    "expected": E([L("17313"), L("17314", 2), L("17315", 2), L("13101")], ["coding-correction"],
                  {"17313": ["C44.519"]}),
    "coder_note": "MOHS-2: trunk site -> 17313 first stage + 17314 x2 (not 17311/17312); stage II had 7 blocks -> 17315 "
                  "x2. Repair with edge debridement and retention sutures = complex (REP-3), trunk 7.0 cm -> 13101. "
                  "Tag removal was declined today.",
})

SCENARIOS.append({
    "id": "s74-rep-uhc-three-excisions-repairs-summed",
    "family": "repair", "shape": "free-text",
    "description": "UHC: 3 symptomatic benign excisions (back 11402, arm 11401, cheek 11441); intermediate repairs back 3.0 + arm 2.0 summed -> 12032, cheek 1.5 -> 12051; chin shave self-pay",
    "date": "2026-01-06",
    "patient": ("Eastwood", "Natalie", "1977-05-16", "female"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 90,
    "conditions": [
        C("c1", "Irritated compound nevus, mid back", "D22.5", "Mid back at bra line", reason=True),
        C("c2", "Dermatofibroma, left upper arm", "D23.62", "Left upper arm", reason=True),
        C("c3", "Epidermoid cyst, left cheek", "L72.0", "Left cheek", reason=True),
        C("c4", "Flat nevus, chin (cosmetic)", "D22.39", "Chin"),
    ],
    "procedures": [
        P("Excision, nevus", site="Mid back",
          note="Rubbed by bra clasp, bleeds. Lesion 0.8 cm, margins 2 mm.", reasons=["c1"]),
        P("Layered closure", site="Mid back", note="Intermediate repair, 3.0 cm.", reasons=["c1"]),
        P("Excision, dermatofibroma", site="Left upper arm",
          note="Painful with pressure, enlarging. Lesion 0.6 cm, margins 2 mm.", reasons=["c2"]),
        P("Layered closure", site="Left upper arm", note="Intermediate repair, 2.0 cm.", reasons=["c2"]),
        P("Excision, cyst", site="Left cheek",
          note="Recurrently inflamed, tender. Lesion 0.6 cm, margins 1 mm.", reasons=["c3"]),
        P("Layered closure", site="Left cheek", note="Intermediate repair, 1.5 cm.", reasons=["c3"]),
        P("Shave removal chin nevus - COSMETIC SELF-PAY", site="Chin",
          note="Flat 3 mm nevus, unchanged, asymptomatic. Patient request for appearance.", reasons=["c4"]),
    ],
    "path": [
        {"text": "A. Mid back: compound nevus with irritation, no atypia, margins clear.", "site": "Mid back",
         "date": "2026-01-09"},
        {"text": "B. Left upper arm: dermatofibroma, margins clear.", "site": "Left upper arm", "date": "2026-01-09"},
        {"text": "C. Left cheek: epidermoid cyst with rupture and inflammation.", "site": "Left cheek",
         "date": "2026-01-09"},
        {"text": "D. Chin: junctional nevus.", "site": "Chin", "date": "2026-01-09"},
    ],
    "note_title": "Surgery Day Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE - Surgery day
Luca Marchetti, MD - 01/06/2026

48F scheduled for three symptomatic lesions; she also asked to add a cosmetic removal.

A. Mid back nevus - bra clasp rubs it, bled several times. 0.8 cm; 2 mm margins; excised; layered closure
   (4-0 Vicryl deep, 4-0 nylon), 3.0 cm.
B. Left upper arm dermatofibroma - painful to pressure, enlarging over the year. 0.6 cm; 2 mm margins;
   excised; layered closure, 2.0 cm.
C. Left cheek cyst - inflamed three times, tender. 0.6 cm; 1 mm margins; excised; layered closure with 5-0
   Monocryl deep and 6-0 nylon, 1.5 cm.
D. Chin flat nevus - cosmetic only; shave removal, self-pay (UHC excludes cosmetic), waiver signed.

All specimens to pathology. Wound care handout. Sutures: face 5-7 d, arm/back 12-14 d.
""",
    "expected": E([L("11402"), L("11401"), L("11441"), L("12032"), L("12051")], ["cosmetic"],
                  {"11402": ["D22.5"], "11401": ["D23.62"], "11441": ["L72.0"]}),
    "coder_note": "EX-1: back 0.8 + 0.4 = 1.2 -> 11402; arm 0.6 + 0.4 = 1.0 -> 11401; cheek 0.6 + 0.2 = 0.8 -> 11441. "
                  "REP-1: intermediate repairs of trunk and arm are the same group (12031-12037), 3.0 + 2.0 = 5.0 cm "
                  "-> 12032; face 1.5 cm -> 12051. The cosmetic chin shave is self-pay on a commercial plan.",
})

SCENARIOS.append({
    "id": "s74-rep-medicaid-scc-scalp-complex-repair",
    "family": "repair", "shape": "note-only",
    "description": "Medicaid: SCC scalp 1.8 cm + 4 mm margins (11623) with complex repair 6.0 cm (13121); scar laser only discussed",
    "date": "2025-11-06",
    "patient": ("Mercer", "Doyle", "1963-03-03", "male"),
    "provider": "marchetti", "payer": "medicaid", "minutes": 80,
    "conditions": [
        C("c1", "Squamous cell carcinoma, scalp", "C44.42", "Left vertex scalp", reason=True),
    ],
    "path": [{"text": "Skin, left vertex scalp, excision: invasive squamous cell carcinoma, well differentiated, "
                      "margins free (closest 3 mm).", "site": "Left vertex scalp", "date": "2025-11-10"}],
    "note_title": "Operative Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
OPERATIVE NOTE - Luca Marchetti, MD - 11/06/2025

Preoperative diagnosis: well-differentiated SCC, left vertex scalp (shave biopsy 10/15/2025). 62-year-old
roofer, bald scalp, heavy sun exposure. Declined Mohs referral (distance) - standard excision with 4 mm margins
agreed.

Lesion: 1.8 cm keratotic nodule, measured before excision. Margins: 4 mm circumferentially.

Excision: fusiform excision to the galea. Specimen oriented with a suture at 12 o'clock.

Repair (complex): the scalp wound edges were irregular and partly macerated from the crusted tumor and were
debrided back to healthy tissue; wide undermining in the subgaleal plane on both sides; galeal scoring for
advancement; two horizontal mattress retention sutures for tension; layered closure with 3-0 Vicryl in the
galea and staples to skin. Final repair length 6.0 cm.

He asked about "laser for the scar" later - explained scar revision/resurfacing would be cosmetic and is not a
Medicaid benefit. Nothing else planned.

Post-op: staples out 10-14 days; head elevation; acetaminophen.
""",
    "expected": E([L("11623"), L("13121")], [], {"11623": ["C44.42"]}),
    "coder_note": "EX-1: 1.8 + 2 x 0.4 = 2.6 cm, scalp (SNHFG) malignant -> 11623 (2.1-3.0). Edge debridement + "
                  "retention sutures = complex repair (REP-3); scalp 6.0 cm -> 13121 (2.6-7.5), separately reportable.",
})

SCENARIOS.append({
    "id": "s74-shave-medicare-neck-sk-precoded-band-cheek-cosmetic-gy",
    "family": "shave", "shape": "pre-coded",
    "description": "Medicare FFS: inflamed neck SK 1.2 cm pre-coded 11302 (trunk band) -> 11307; two cosmetic cheek SK shaves 11311 x2 -> GY",
    "date": "2025-12-15",
    "patient": ("Albright", "Constance", "1950-08-08", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, neck", "L82.0", "Left lateral neck", reason=True),
        C("c2", "Seborrheic keratoses, cheeks", "L82.1", "Right and left cheek"),
    ],
    "procedures": [
        P("Shave removal trunk/arms/legs 1.1-2.0 cm", "11302", "Left lateral neck",
          note="1.2 cm SK, red, itchy, catches on necklace, bled.", reasons=["c1"]),
        P("Shave removal face 0.6-1.0 cm", "11311", "Right cheek", note="0.7 cm SK, cosmetic request.",
          reasons=["c2"]),
        P("Shave removal face 0.6-1.0 cm", "11311", "Left cheek", note="0.9 cm SK, cosmetic request.",
          reasons=["c2"]),
    ],
    "path": [{"text": "A. Left neck: inflamed seborrheic keratosis. B/C. Cheeks: seborrheic keratoses.",
              "site": "Neck, cheeks", "date": "2025-12-18"}],
    "note_title": "PA Procedure Note",
    "note": """HALCYON DERM - R. Santos PA-C - 12/15/2025 - Medicare B

75F est. Meds: levothyroxine. NKDA.
Exam: L lat neck + both cheeks, SKs; no other lesions of concern on limited exam.
- L lat neck SK 1.2 cm: red, itchy x 2 mo, catches on necklace, bled twice. Shave removal. AlCl3. Path.
- R cheek SK 0.7 cm + L cheek SK 0.9 cm: no sx, unchanged; "want them gone for my grandson's wedding
  pictures". Cosmetic. Discussed Medicare non-coverage; no ABN obtained (not required for a cosmetic exclusion),
  she understands she will be billed when Medicare denies. Shave x2, AlCl3. Path.
RTC 1 yr FSE.
""",
    "expected": E([L("11307"), L("11311", 2, "GY")], ["coding-correction", "cosmetic"],
                  {"11307": ["L82.0"], "11311": ["L82.1"]}),
    "coder_note": "SH-1: neck is SNHFG -> 1.2 cm = 11307 (not the trunk band 11302). Asymptomatic cheek SKs removed for "
                  "appearance on Medicare FFS -> 11311 x2 with GY (no ABN -> no GX). No PTP edit 11307/11311.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: shave, skin tags, intralesional, I&D
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s74-shave-aetna-waistband-sk-4mm-face-cosmetic",
    "family": "shave", "shape": "note-only",
    "description": "Aetna: shave of an inflamed waistband SK 4mm (11300); two cosmetic temple SK shaves self-pay; shoulder lesion deferred",
    "date": "2026-02-26",
    "patient": ("Vasquez", "Renata", "1969-12-19", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, abdomen", "L82.0", "Left lower abdomen at waistband", reason=True),
        C("c2", "Seborrheic keratoses, temples", "L82.1", "Bilateral temples"),
    ],
    "path": [{"text": "A. Left lower abdomen: irritated/inflamed seborrheic keratosis. B. Right temple, "
                      "C. left temple: seborrheic keratoses.", "site": "Abdomen, temples", "date": "2026-03-02"}],
    "note": """HALCYON DERM - R. Santos PA-C - 02/26/2026

56F est. Here for 3 spots.
(1) L lower abd @ waistband: 4mm papule, gets rubbed by jeans, itchy + red x 6 wk, bled on underwear twice.
    Exam: inflamed crusted SK. -> Shave removal today, AlCl3, path (A).
(2) Temples R + L: 2 flat SKs ~5mm each, no sx, no change - "makes me look older". Cosmetic, Aetna won't
    cover -> pt elected self-pay (signed waiver). Shave x2 (B, C), AlCl3.
(3) R shoulder pink papule - ran out of time, pt late for work; will evaluate / possibly bx at next visit.
    Not treated today.
Also asked about Botox for forehead - gave aesthetic menu, no treatment today.
Wound care. RTC 2-3 wk for shoulder.
""",
    "expected": E([L("11300")], ["cosmetic"], {"11300": ["L82.0"]}),
    "coder_note": "Inflamed, bleeding, itchy SK on the trunk 0.4 cm -> 11300 (TAL <=0.5). Temple SKs are cosmetic and "
                  "self-pay on a commercial plan; shoulder lesion not treated; Botox only discussed.",
})

SCENARIOS.append({
    "id": "s74-shave-medicare-scalp-nevus-chest-size-missing",
    "family": "shave", "shape": "free-text",
    "description": "Medicare (name-only payer): shave of comb-irritated scalp nevus 0.6 cm (11306); chest SK shave with no size -> no line",
    "date": "2025-11-13",
    "patient": ("Pennington", "Walter", "1949-02-27", "male"),
    "provider": "lindgren", "payer": "medicare-noname", "minutes": 25,
    "conditions": [
        C("c1", "Irritated intradermal nevus, scalp", "D22.4", "Right occipital scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, chest", "L82.0", "Right upper chest", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right occipital scalp",
          note="0.6 cm raised nevus, comb catches it, bled x2, inflamed. Shaved, AlCl3. Path.", reasons=["c1"]),
        P("Shave removal", site="Right upper chest",
          note="Inflamed itchy SK rubbing on seatbelt. Shaved, AlCl3. Path.", reasons=["c2"]),
    ],
    "path": [{"text": "A. Scalp: intradermal nevus with inflammation. B. Chest: inflamed seborrheic keratosis.",
              "site": "Scalp, chest", "date": "2025-11-17"}],
    "note_title": "Procedure Note",
    "note": """Halcyon Dermatology & Aesthetic Suite - Astrid Lindgren, NP - 11/13/2025

Walter, 76, has two spots that bother him. The first, on the right occipital scalp, is a 0.6 cm raised
skin-colored mole that his comb catches; it has bled twice and looks inflamed. The second, on the right upper
chest, is an inflamed, itchy seborrheic keratosis where his seatbelt rubs. Both were removed by shave technique
after lidocaine, hemostasis with aluminum chloride, and both were sent to pathology.

(Measurement of the chest lesion was not recorded in the procedure log.)

He also asked about laser for facial brown spots; this is a self-pay aesthetic service and he took a brochure.

Follow-up with results.
""",
    "expected": E([L("11306")], ["missing-documentation"], {"11306": ["D22.4"]}),
    "coder_note": "Scalp (SNHFG) 0.6 cm -> 11306. The chest shave has no lesion size -> no size-banded shave line and a "
                  "missing-documentation finding (README, Coding decisions).",
})

SCENARIOS.append({
    "id": "s74-tags-medicare-36-symptomatic-11201-mue-cap",
    "family": "skin-tags", "shape": "note-only",
    "description": "Medicare FFS: 36 irritated/bleeding skin tags removed -> 11200 + 11201 (3 computed, capped at MUE 1)",
    "date": "2025-12-01",
    "patient": ("Dunleavy", "Margaret", "1958-07-07", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, inflamed, neck/axillae/inframammary", "L91.8",
          "Neck, bilateral axillae, inframammary folds", reason=True),
    ],
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Henrietta Voss, MD - 12/01/2025

67F (Medicare, disability) with numerous skin tags that catch on her bra, necklaces and seatbelt. Several have
twisted, turned dark red and bled in the last two months; the axillary ones are sore when she shaves.
This is not a cosmetic request - she has no interest in the ones that don't bother her, but almost all of them
are in friction areas.

Exam: pedunculated acrochordons 1-5 mm. Inflamed/erythematous with hemorrhagic crust: many in the axillae and
inframammary folds.

Procedure: After verbal consent, snip removal with iris scissors plus light electrodesiccation.
Count by site: neck 11, right axilla 9, left axilla 8, inframammary folds 8.
Total removed: thirty-six (36) symptomatic skin tags.
Aluminum chloride, petrolatum.

Follow-up as needed.
""",
    "expected": E([L("11200"), L("11201")], ["mue"], {"11200": ["L91.8"]}),
    "coder_note": "36 tags: 11200 (first 15) + 11201 x ceil(21/10) = 3, but the 11201 MUE is 1 (MAI 3) -> capped at 1 "
                  "with an mue finding (conventions / README). Symptomatic (irritation, bleeding, inflammation) -> covered.",
})

SCENARIOS.append({
    "id": "s74-tags-bcbs-six-necklace-precoded-11201-removed",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "BCBS: 6 irritated necklace-line tags pre-coded 11200 + 11201 -> 11200 only; IPL for brown spots booked",
    "date": "2026-01-21",
    "patient": ("Ingram", "Felicity", "1986-02-03", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Irritated skin tags, neck", "L91.8", "Anterior and lateral neck", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to 15", "11200", "Neck", note="6 tags.", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", "11201", "Neck", note="auto-added by template", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Halcyon Dermatology & Aesthetic Suite
Astrid Lindgren, NP - 01/21/2026

Felicity, 39, has six skin tags along her necklace line that catch on her chains; two are red and swollen
and one bled onto her collar last week. She would like them removed because they hurt and snag.

Exam: six pedunculated tags, 2-4 mm, anterior and lateral neck; two erythematous and edematous, one with
hemorrhagic crust.

Procedure: snip removal of all 6 tags after cleansing; light hyfrecation for hemostasis. Tolerated well.

She also asked about brown spots on her cheeks; she purchased an IPL package (self-pay) and is booked with
our aesthetician in 3 weeks. No cosmetic treatment today.
""",
    "expected": E([L("11200")], ["coding-correction"], {"11200": ["L91.8"]}),
    "coder_note": "Six symptomatic tags -> 11200 only; 11201 applies only beyond 15 tags, so the template line is "
                  "removed. IPL only booked.",
})

SCENARIOS.append({
    "id": "s74-tags-medicare-cosmetic-nine-abn-plus-nose-aks",
    "family": "skin-tags", "shape": "free-text",
    "description": "Medicare FFS: 9 cosmetic neck/chest tags, voluntary ABN (11200 GX GY) + 2 nasal AKs LN2 (17000 XS + 17003)",
    "date": "2026-02-09",
    "patient": ("Caldwell", "Reginald", "1947-10-10", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Skin tags, neck and upper chest", "L91.8", "Neck and upper chest"),
        C("c2", "Actinic keratoses, nose", "L57.0", "Nasal dorsum and left ala", reason=True),
    ],
    "procedures": [
        P("Skin tag removal (snip) - COSMETIC", site="Neck, upper chest",
          note="9 tags, asymptomatic, pt wants them off 'so my shirts look better'. Voluntary ABN signed.",
          reasons=["c1"]),
        P("Cryotherapy AK", site="Nasal dorsum, left ala",
          note="2 AKs, LN2 2 FTC each.", reasons=["c2"]),
    ],
    "note_title": "PA Procedure Note",
    "note": """HALCYON DERM - R. Santos PA-C - 02/09/2026 - Medicare Part B
78M est, here for AK f/u + "the tags".
Hx: AKs face/scalp, LN2 q6mo. No NMSC hx. Warfarin - no.
Exam: nasal dorsum 4 mm scaly pink papule; L ala 3 mm gritty papule. Neck/upper chest: 9 soft pedunculated
tags 1-3 mm, skin-colored, no erythema, no crust, no maceration.
A/P:
1) AKs x2 nose (dorsum + L ala) - scaly, tender. LN2 2 FTC each.
2) Skin tags x9 neck/upper chest - no irritation, no bleeding, no snagging; "just want them gone". Cosmetic.
   Medicare exclusion explained, voluntary ABN signed, he wants it filed. Snip x9, light hyfrecation.
   Aesthetic fee per price list collected at checkout.
Sunscreen/hat. RTC 6 mo.
""",
    "expected": E([L("11200", 1, "GX", "GY"), L("17000", 1, "XS"), L("17003")], ["cosmetic"],
                  {"17000": ["L57.0"], "11200": ["L91.8"]}),
    "coder_note": "Asymptomatic tags for appearance on Medicare FFS -> 11200 GY + GX (voluntary ABN). 2 AKs -> 17000 + "
                  "17003. PTP 11200/17000 indicator 1 (17000 column 2), different lesions -> XS on 17000; no 11200/17003 "
                  "edit.",
})

SCENARIOS.append({
    "id": "s74-il-uhc-chest-keloids-kenalog40-lip-filler",
    "family": "intralesional", "shape": "note-only",
    "description": "UHC: 2 itchy painful chest keloids, Kenalog-40 0.3 + 0.2 mL (20 mg) -> 11900 + J3301 x2; lip filler self-pay",
    "date": "2025-11-19",
    "patient": ("Adebayo", "Funmi", "1991-03-25", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Keloids, central chest", "L91.0", "Central chest", reason=True),
    ],
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Henrietta Voss, MD - 11/19/2025

34F with two keloids on the central chest (after acne), itchy and painful - the larger one throbs and she
scratches it at night. Last injection 6 weeks ago helped about 30%.

Exam: 3.0 x 1.2 cm and 1.0 x 0.8 cm firm shiny keloids, central chest.

Procedure: intralesional triamcinolone acetonide (Kenalog-40, 40 mg/mL): 0.3 mL into the larger keloid and
0.2 mL into the smaller keloid (0.5 mL total). 30-gauge needle. No complications. Discussed hypopigmentation
and atrophy risks.

Aesthetic (self-pay, not billed): she then had her scheduled lip filler with Kalani Reyes RN, HA 1 mL,
membership pricing.

Return 6 weeks for repeat injection.
""",
    "expected": E([L("11900"), L("J3301", 2)], ["cosmetic"], {"11900": ["L91.0"]}),
    "coder_note": "Two lesions injected -> 11900 (up to 7). Drug: 0.5 mL x 40 mg/mL = 20 mg -> J3301 x2 (per 10 mg). "
                  "Lip filler cosmetic/self-pay on a commercial plan.",
})

SCENARIOS.append({
    "id": "s74-il-medicaid-nine-acne-cysts-kenalog-2-5",
    "family": "intralesional", "shape": "free-text",
    "description": "Medicaid: 9 acne cysts injected, Kenalog 2.5 mg/mL 0.1 mL each (2.25 mg) -> 11901 + J3301 x1; peel for scars self-pay later",
    "date": "2026-01-12",
    "patient": ("Okafor-Reyes", "Daniela", "2003-08-11", "female"),
    "provider": "lindgren", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Nodulocystic acne", "L70.0", "Cheeks, jawline, chin", reason=True),
        C("c2", "Acne scarring (cosmetic treatment requested)", "L90.5", "Cheeks"),
    ],
    "procedures": [
        P("Intralesional steroid injection of acne cysts", site="Cheeks, jawline, chin",
          note="Kenalog diluted to 2.5 mg/mL; 0.1 mL into each of 9 tender cysts (R cheek 3, L cheek 2, "
               "jawline 3, chin 1).", reasons=["c1"]),
    ],
    "note_title": "Visit Note",
    "note": """Halcyon Dermatology & Aesthetic Suite - Astrid Lindgren, NP - 01/12/2026

Daniela (22) is on month 2 of spironolactone and topical therapy and has a crop of painful cysts before a job
interview. Nine tender inflamed cysts: right cheek three, left cheek two, jawline three, chin one.

Procedure: triamcinolone acetonide diluted to 2.5 mg/mL with sterile saline; 0.1 mL injected into each of
the 9 cysts (0.9 mL total). Warned about atrophy/dimpling.

Her medication plan is unchanged (no new prescriptions today).

She asked about a chemical peel or microneedling for acne scars. Both are cosmetic and not covered by
Medicaid; she may book a self-pay peel in the aesthetic suite once the active acne settles. None today.

Recheck in 6 weeks.
""",
    "expected": E([L("11901"), L("J3301")], [], {"11901": ["L70.0"]}),
    "coder_note": "Nine lesions -> 11901 (more than 7). Drug 0.9 mL x 2.5 mg/mL = 2.25 mg -> J3301 x1 (ceil per 10 mg). "
                  "No E/M selected; peel/microneedling only discussed.",
})

SCENARIOS.append({
    "id": "s74-il-medicare-alopecia-areata-precoded-11901-to-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Medicare FFS: 6 alopecia areata patches pre-coded 11901 -> 11900; Kenalog 10 mg/mL 3.5 mL -> J3301 x4; PRP only discussed",
    "date": "2026-02-16",
    "patient": ("Whitfield", "Eunice", "1957-04-04", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, more than 7 lesions", "11901", "Scalp",
          note="6 patches of alopecia areata injected.", reasons=["c1"]),
        P("Triamcinolone acetonide, per 10 mg", "J3301", "Scalp", note="qty 4", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Henrietta Voss, MD - 02/16/2026

Alopecia areata, patchy - six active patches on the scalp (vertex x2, right parietal x2, occiput x1, left
temporal x1), exclamation-point hairs at the margins, expanding since December.

Procedure: intralesional triamcinolone acetonide 10 mg/mL, 3.5 mL total distributed across the six patches,
0.1 mL per injection site about 1 cm apart. Tolerated well.

She asked about platelet-rich plasma for "thinning all over". Explained it is self-pay and we would discuss it
after the AA is controlled; she will think about it. Not done today.

Return 4-6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 4)], ["coding-correction"], {"11900": ["L63.9"]}),
    "coder_note": "Six lesions (patches) -> 11900 (up to 7), not 11901. Drug 3.5 mL x 10 mg/mL = 35 mg -> J3301 x4 "
                  "(as sent). PRP only discussed.",
})

SCENARIOS.append({
    "id": "s74-id-cigna-back-cyst-abscess-precoded-10061-to-10060",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Cigna: simple I&D of abscessed back cyst pre-coded 10061 (no packing, single cavity) -> 10060; cosmetic neurotoxin self-pay",
    "date": "2025-12-22",
    "patient": ("Lundqvist", "Tobias", "1980-12-30", "male"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of upper back (infected epidermoid cyst)", "L02.212", "Left upper back",
          reason=True),
    ],
    "procedures": [
        P("I&D abscess, complicated or multiple", "10061", "Left upper back",
          note="Single fluctuant abscess. Stab incision, expressed pus + keratin, irrigated. No packing.",
          reasons=["c1"]),
    ],
    "note_title": "PA Procedure Note",
    "note": """HALCYON DERM - R. Santos PA-C - 12/22/2025
44M, healthy, NKDA.
L upper back "cyst" got red/painful 4 days ago, now fluctuant, 2.5 cm erythema, no cellulitis beyond,
afebrile.
I&D: lido 1% w/ epi, #11 blade stab incision 5 mm, expressed purulent material + keratin debris, single
cavity, no loculations. Irrigated w/ NS. No packing needed. Dressing.
Culture not sent. No abx (drained, no cellulitis). Warm compresses. Plan excision once quiet (8-12 wk).
Return precautions: spreading redness, fever, re-accumulation.

Aesthetic add-on (self-pay): Botox Cosmetic 20u glabella by K. Reyes RN before he left - not insurance.
""",
    "expected": E([L("10060")], ["coding-correction"]),
    "coder_note": "Single cavity, no loculations, no packing -> simple I&D 10060, not complicated 10061. Neurotoxin is "
                  "cosmetic/self-pay (never keyed).",
})

SCENARIOS.append({
    "id": "s74-id-medicare-axillary-abscess-loculated-packed",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Medicare FFS: loculated right axillary abscess, loculations broken, packed -> 10061; cosmetic SK removal only discussed",
    "date": "2026-01-05",
    "patient": ("Okonjo", "Beatrice", "1955-09-15", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Henrietta Voss, MD - 01/05/2026 - Medicare Part B

70F, diabetic, with a painful swelling in the right armpit for 5 days, now throbbing; low-grade temp 99.8 at
home. No history of hidradenitis.

Exam: 4 x 3 cm fluctuant, exquisitely tender abscess, right axilla, surrounding erythema 2 cm.

Procedure - incision and drainage, complicated:
 Field block with 1% lidocaine with epinephrine. 1.5 cm incision. Large amount of purulent material expressed;
 multiple loculations were broken up with a hemostat; cavity irrigated with saline; packed with 1.5 m of 1/4-inch
 iodoform gauze. Culture sent. Dressing.

Plan: doxycycline 100 mg twice daily x 10 days; packing change in 48 h by our nurse.

She also mentioned that she would like her "brown barnacles" on the chest removed "one of these days" for
looks - told her that is cosmetic and Medicare will not pay; we will go over a waiver when she is ready.
Nothing cosmetic done today.
""",
    "expected": E([L("10061")], [], {"10061": ["L02.411"]}),
    "coder_note": "Loculations broken and packing placed -> complicated I&D 10061. Cosmetic SK removal only discussed. No "
                  "E/M selected.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: nails, paring, patch test, phototherapy, post-op
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s74-nail-aetna-ingrown-matrixectomy-ta-fungal-laser-selfpay",
    "family": "nails", "shape": "free-text",
    "description": "Aetna: partial avulsion + phenol matrixectomy left great toenail -> 11750-TA only; onychomycosis laser self-pay",
    "date": "2025-11-24",
    "patient": ("Brennan", "Colm", "1998-05-30", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Ingrown toenail, left great toe, lateral border", "L60.0", "Left great toe", reason=True),
        C("c2", "Onychomycosis, right toenails", "B35.1", "Right 1st-3rd toenails"),
    ],
    "procedures": [
        P("Partial nail avulsion, lateral border", site="Left hallux",
          note="Digital block 2% plain lido. Lateral 3 mm of nail plate freed and avulsed.", reasons=["c1"]),
        P("Phenol matrixectomy, lateral matrix", site="Left hallux",
          note="88% phenol x3 applications of 30 s, alcohol flush. Permanent removal of lateral nail border.",
          reasons=["c1"]),
        P("Nd:YAG laser onychomycosis - SELF-PAY package session 1/4", site="Right toenails 1-3",
          note="Cosmetic/not covered; package paid at aesthetic desk.", reasons=["c2"]),
    ],
    "note_title": "PA Procedure Note",
    "note": """HALCYON DERM - R. Santos PA-C - 11/24/2025
27M, soccer. L great toe lateral border ingrown x 3 mo, 2nd episode this year, granulation tissue, pain w/
cleats, drained pus last wk (finished cephalexin from urgent care).
Proc: digital block; lateral border partial avulsion (3 mm strip), then phenol matrixectomy lateral horn
(88% phenol 3 x 30 s, alcohol neutralized). Abx ointment, bulky dressing.
Post-op: soaks BID, expect drainage 2-4 wk.

Also: R toenails 1-3 thick yellow - onychomycosis. Declined oral terbinafine (liver worry). Chose laser -
not covered, self-pay 4-session package, session 1 today (Nd:YAG, aesthetic suite).
RTC 2 wk.
""",
    "expected": E([L("11750", 1, "TA")], [], {"11750": ["L60.0"]}),
    "coder_note": "Permanent removal (matrixectomy) of the nail border = 11750 with TA (left great toe); the avulsion of "
                  "the same nail is included (11750/11730 edit, same nail - no XS). The laser for onychomycosis is "
                  "self-pay and not on the claim.",
})

SCENARIOS.append({
    "id": "s74-nail-ma-ppo-two-toenail-avulsions-t5-t6",
    "family": "nails", "shape": "free-text",
    "description": "Medicare Advantage PPO: avulsion right great (T5) and right 2nd (T6) toenails -> 11730-T5 + 11732-T6; polish/cosmetic trim not done",
    "date": "2026-02-02",
    "patient": ("Hargreaves", "Doreen", "1951-11-11", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Onychomycosis with painful onycholysis, right great and second toenails", "B35.1",
          "Right great toe, right second toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, simple", site="Right great toe",
          note="Plate lifted >70%, catches on socks, painful; avulsed after digital block.", reasons=["c1"]),
        P("Nail avulsion, simple, additional nail", site="Right second toe",
          note="Loose dystrophic plate; avulsed.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Halcyon Dermatology & Aesthetic Suite - Astrid Lindgren, NP - 02/02/2026

Doreen, 74, has thick crumbly toenails on the right great and second toes that have lifted off the nail bed;
they catch on socks and bedding and hurt with shoes. KOH positive in December.

Procedure: digital blocks with 2% plain lidocaine to the right hallux and right second toe. The loose nail
plates were separated from the bed with a freer elevator and removed completely - right great toenail and right
second toenail (two nails). Petrolatum and non-stick dressing.

Start ciclopirox solution to the regrowing nails.
She asked whether we could "trim and polish the rest so they look nice for her cruise"; that is cosmetic
nail care, not something we do here - referred to a salon/podiatry. Not done.

Return 4 weeks.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], [], {"11730": ["B35.1"]}),
    "coder_note": "Two nails avulsed: first 11730 with T5 (right great toe), additional nail 11732 with T6 (right 2nd "
                  "toe). Medicare Advantage: no GA/GY. Cosmetic trim/polish not done.",
})

SCENARIOS.append({
    "id": "s74-paring-uhc-three-calluses-plus-neurotoxin",
    "family": "paring", "shape": "note-only",
    "description": "UHC: three painful plantar calluses pared -> 11056; neurotoxin for forehead lines self-pay",
    "date": "2025-12-29",
    "patient": ("Ferraro", "Gina", "1966-04-18", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Bilateral plantar forefeet", reason=True),
    ],
    "note": """HALCYON DERM - R. Santos PA-C - 12/29/2025

59F, nurse, 12-h shifts. Painful "hard skin" on both soles limits walking at work.
Exam: 3 thick hyperkeratotic calluses - R 1st MTH, R 5th MTH, L 2nd MTH. No pinpoint bleeding, skin lines
preserved (not warts). Pulses 2+. Not diabetic.

Proc: paring of 3 calluses with #15 blade, layer by layer to pliable skin. Pain improved immediately.
Urea 40% cream nightly, metatarsal pads, shoe advice.

Aesthetic (self-pay): Botox Cosmetic 16u forehead by K. Reyes RN while here; 'HOLIDAY' promo. Not billed to
UHC.

RTC prn 6-8 wk for repeat paring.
""",
    "expected": E([L("11056")], ["cosmetic"], {"11056": ["L84"]}),
    "coder_note": "Paring of 2-4 benign hyperkeratotic lesions -> 11056 (three calluses). Neurotoxin cosmetic/self-pay.",
})

SCENARIOS.append({
    "id": "s74-paring-medicaid-mco-five-corns-precoded-11055",
    "family": "paring", "shape": "pre-coded",
    "description": "Medicaid MCO: five painful corns pared, pre-coded 11055 -> 11057",
    "date": "2026-01-30",
    "patient": ("Tillman", "Roberta", "1972-07-22", "female"),
    "provider": "lindgren", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Corns, toes, bilateral", "L84", "Bilateral toes", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion; single lesion", "11055", "Bilateral toes",
          note="Corns pared x5.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Halcyon Dermatology & Aesthetic Suite - Astrid Lindgren, NP - 01/30/2026

Roberta, 53, has painful corns from bunion deformity and narrow work shoes. She limps by the end of the day.

Exam: five hard corns - right 5th toe dorsal-lateral, right 4th toe, left 5th toe, left 4th-5th interspace
(soft corn), and left 2nd toe dorsal. No ulceration, no signs of infection.

Procedure: each of the five corns was pared down with a #15 blade until the central core was removed and the
skin was pliable. No bleeding.

Silicone toe sleeves and wider toe box shoes advised; podiatry referral for the bunion.
She asked for a "medical pedicure" with us in the aesthetic suite - not offered; no cosmetic service today.

Return as needed.
""",
    "expected": E([L("11057")], ["coding-correction"], {"11057": ["L84"]}),
    "coder_note": "Five lesions pared -> 11057 (more than 4), not 11055 (single lesion).",
})

SCENARIOS.append({
    "id": "s74-patch-cigna-84-allergens-cosmetic-series",
    "family": "patch-test", "shape": "free-text",
    "description": "Cigna: patch test placement, 70 expanded + 14 cosmetic/hairdresser series = 84 -> 95044 x84; peel postponed",
    "date": "2026-01-26",
    "patient": ("Moreau", "Celeste", "1984-09-05", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Eyelid and facial dermatitis, recurrent", "L30.9", "Eyelids, face, neck", reason=True),
    ],
    "procedures": [
        P("Patch test application - expanded series", site="Upper back",
          note="70 allergens, IQ chambers.", reasons=["c1"]),
        P("Patch test application - cosmetic & hairdresser series", site="Upper back",
          note="14 allergens (incl. PPD, glyceryl thioglycolate, acrylates, lash glue cyanoacrylate).",
          reasons=["c1"]),
        P("Glycolic peel - POSTPONED", site="Face", note="Cosmetic; postponed until patch test complete.",
          status="not-done"),
    ],
    "note_title": "Patch Test Placement",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Patch test placement - Henrietta Voss, MD - 01/26/2026

41F with 8 months of recurrent itchy eczematous eyelid and facial dermatitis, worse after hair coloring and
since starting eyelash extensions. Topical steroids help temporarily.

Placed today on the upper back:
 - Expanded baseline series: 70 allergens
 - Cosmetic/hairdresser supplemental series: 14 allergens
 Total allergens applied: 84.
Readings at 48 h (Wednesday) and 96 h (Friday). Instructions: keep back dry, no sun, no topical steroid to back.

Her self-pay glycolic peel (aesthetic suite) booked for this week was postponed until testing is finished.
""",
    "expected": E([L("95044", 84)], []),
    "coder_note": "95044 units = number of allergens applied: 70 + 14 = 84 (MUE 90). The peel was postponed (not done).",
})

SCENARIOS.append({
    "id": "s74-patch-medicare-36-allergens-em25-rosacea",
    "family": "patch-test", "shape": "note-only",
    "description": "Medicare FFS: patch test 36 allergens (95044 x36) + separate rosacea Rx management 99213-25",
    "date": "2025-11-10",
    "patient": ("Ashworth", "Vivian", "1953-02-21", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 35,
    "em": "99213",
    "conditions": [
        C("c1", "Papulopustular rosacea", "L71.8", "Central face", reason=True),
        C("c2", "Hand dermatitis, chronic", "L30.9", "Bilateral hands", reason=True),
    ],
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Henrietta Voss, MD - 11/10/2025 - Medicare Part B

Problem 1 - Chronic hand dermatitis (reason for today's patch testing): fissured, vesicular dermatitis of both
hands for a year; she gardens and does ceramics. Patch testing planned at the last visit.
 Placed today: standard series 36 allergens on the upper back (Finn chambers). Readings at 48 and 96 hours.

Problem 2 - Rosacea, new flare: papules and pustules on cheeks and chin for 6 weeks, stinging with her usual
moisturizer. Not previously treated for this. Discussed triggers; start ivermectin 1% cream nightly and
azelaic acid 15% gel mornings; reviewed irritation and how to use. This is separate from the patch testing.

Aesthetic: she asked about IPL for facial redness later - self-pay; we will revisit once the flare is
controlled. Nothing done today.

Follow-up: patch test readings Wed/Fri; rosacea 8 weeks.
""",
    "expected": E([L("99213", 1, "25"), L("95044", 36)], [], {"95044": ["L30.9"], "99213": ["L71.8"]}),
    "coder_note": "95044 x36 (allergens). The rosacea flare with new prescription management is a separate, "
                  "significant problem -> 99213-25 (PTP 95044/99213 indicator 1; 25 is the bypass). IPL only discussed.",
})

SCENARIOS.append({
    "id": "s74-photo-medicare-excimer-vitiligo-precoded-96921",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Medicare FFS: excimer for vitiligo face + hands, total 180 sq cm, pre-coded 96921 -> 96920; camouflage consult self-pay",
    "date": "2025-12-08",
    "patient": ("Beaumont", "Yvette", "1959-06-13", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Vitiligo", "L80", "Perioral face, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Excimer laser, inflammatory skin disease, 250-500 sq cm", "96921", "Face and dorsal hands",
          note="Session 9. Perioral 60 sq cm + dorsal hands 120 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "html": True,
    "note": """<html><body>
<p><b>HALCYON DERMATOLOGY &amp; AESTHETIC SUITE - EXCIMER LASER TREATMENT</b><br>
June Abernathy, MD (supervising) - 12/08/2025</p>
<p>Diagnosis: non-segmental vitiligo, perioral face and dorsal hands. Failed 4 months of tacrolimus 0.1%
ointment alone; on excimer twice weekly. Session #9. Early perifollicular repigmentation on the hands.</p>
<table border="1">
<tr><th>Area</th><th>Size treated</th><th>Dose</th></tr>
<tr><td>Perioral / chin</td><td>60 sq cm</td><td>250 mJ/cm2</td></tr>
<tr><td>Dorsal hands (both)</td><td>120 sq cm</td><td>550 mJ/cm2</td></tr>
<tr><td><b>Total</b></td><td><b>180 sq cm</b></td><td></td></tr>
</table>
<p>Mild erythema after last session, no blistering. Continue tacrolimus at night.</p>
<p>Aesthetic: she met with Mireille (aesthetician) for a self-pay camouflage-makeup lesson; purchased products.
Not billed to Medicare.</p>
<p>Next session Thursday.</p>
</body></html>""",
    "expected": E([L("96920")], ["coding-correction"], {"96920": ["L80"]}),
    "coder_note": "Excimer is coded once per session by total area: 60 + 120 = 180 sq cm (<250) -> 96920, not 96921. "
                  "Camouflage makeup lesson is a self-pay retail service, not a coded procedure.",
})

SCENARIOS.append({
    "id": "s74-photo-aetna-nbuvb-psoriasis-ipl-booked",
    "family": "phototherapy", "shape": "note-only",
    "description": "Aetna: NB-UVB session for psoriasis (96900, no tar, no psoralen); IPL for redness only booked",
    "date": "2026-02-04",
    "patient": ("Kaminski", "Piotr", "1978-01-09", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Plaque psoriasis", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note": """HALCYON DERM - Phototherapy log / PA note - R. Santos PA-C - 02/04/2026

48M, plaque psoriasis ~12% BSA (trunk, arms, legs), on narrowband UVB 3x/wk since December.
Session #14 today. Prior dose 1,050 mJ/cm2, mild pinkness 1 day only -> increased 10% to 1,155 mJ/cm2,
full-body cabinet, goggles + genital shielding.
No tar preparation, no psoralen (plain NB-UVB only).
PASI down from 14 to 8.
Continue clobetasol spray to elbows/knees bid on weekends.

He asked about "the laser for redness" on his cheeks (rosacea-type telangiectasia) - IPL is cosmetic, he booked
a self-pay consult with Mireille for March. Nothing today.

Next photo session Friday.
""",
    "expected": E([L("96900")], [], {"96900": ["L40.0"]}),
    "coder_note": "Narrowband UVB alone (no tar, no psoralen) = actinotherapy 96900 per session. IPL only booked.",
})

SCENARIOS.append({
    "id": "s74-postop-uhc-suture-removal-99212-to-99024-botox",
    "family": "post-op", "shape": "note-only",
    "description": "UHC: suture removal 10 days after back cyst excision (11403, 010 global), provider picked 99212 -> 99024; Botox self-pay",
    "date": "2026-02-13",
    "patient": ("Sorensen", "Mikkel", "1983-10-02", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 15,
    "em": "99212",
    "conditions": [
        C("c1", "Epidermoid cyst, left upper back, status post excision", "L72.0", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-03", "11403", "Excision benign lesion trunk 2.1-3.0 cm", "Left upper back",
              "Epidermoid cyst 2.0 cm, 3 mm margins; simple closure."),
    ],
    "note_title": "Post-op Visit",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Post-op visit - Luca Marchetti, MD - 02/13/2026

42M, 10 days after excision of an epidermoid cyst of the left upper back (02/03/2026). Pathology: epidermoid
cyst, completely excised - reviewed with him.
Wound: well approximated, no erythema, no drainage, no dehiscence. Sutures removed (9 simple interrupted).
Steri-strips applied. Scar care reviewed (silicone gel, SPF).
No other medical concerns today.

Aesthetic (self-pay): he stayed for Botox Cosmetic 20 units to the glabella with Kalani Reyes RN; paid at the
aesthetic desk.

Visit level selected in the template: 99212 (please review).
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/conventions: day 10 of the 010 global of 11403 (02/03); a routine post-op suture-removal visit "
                  "is included -> 99024 instead of 99212. The Botox is cosmetic/self-pay.",
})

SCENARIOS.append({
    "id": "s74-postop-medicare-inflamed-sk-in-bcc-global-precoded-no-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Medicare FFS: 5 days after 11602 back excision, unrelated inflamed temple SK frozen; pre-coded 17110 without 79 -> 17110-79",
    "date": "2026-02-20",
    "patient": ("Galloway", "Irene", "1946-03-14", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left temple", "L82.0", "Left temple", reason=True),
        C("c2", "Basal cell carcinoma, left lower back, excised 02/15/2026", "C44.519", "Left lower back"),
    ],
    "procedures": [
        P("Destruction benign lesion, up to 14 (LN2)", "17110", "Left temple",
          note="1 inflamed SK, painful, crusted, bleeding on pillow.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-02-15", "11602", "Excision malignant lesion trunk 1.1-2.0 cm", "Left lower back",
              "BCC 1.0 cm with 4 mm margins; simple closure."),
    ],
    "note_title": "Procedure Note",
    "note": """HALCYON DERMATOLOGY & AESTHETIC SUITE
Henrietta Voss, MD - 02/20/2026 - Medicare Part B

79F, five days after excision of a BCC from the left lower back (02/15/2026) - she did not come for the back
today; no concerns there.

New problem: a "scab" on the left temple has become red, sore and crusted over two weeks and bleeds onto her
pillow. Exam: 0.9 cm inflamed, crusted seborrheic keratosis with surrounding erythema; dermoscopy typical SK,
no features of BCC.
Treatment: liquid nitrogen, 2 freeze-thaw cycles, one lesion.

Aesthetic: she asked about Botox for crow's feet - booked a consult with Kalani Reyes RN in March (self-pay).
Not done today.

Back suture removal as scheduled 02/27.
""",
    "expected": E([L("17110", 1, "79")], ["global-period"], {"17110": ["L82.0"]}),
    "coder_note": "GS-5: an unrelated procedure (new inflamed, bleeding SK - covered) inside the 010 global of the "
                  "02/15 excision takes 79 on 17110. Covered indication, so no GY. Botox only booked.",
})
