"""Sealed set 16 (s16-): coding lead's validation sample from a multi-site dermatology group mid-migration
from Epic to ModMed EMA.

Voices: Epic SmartText notes (dot-phrase and @TOKEN@ leftovers, "Pertinent exam" tables, "Procedure Note"
blocks, some exported as HTML), ModMed EMA exports (pre-coded Procedures, terse site strings such as
"L dorsal hand", structured "Lesion 1/2/3" fields), and scribe-written notes with long narrative HPIs.
Sites (note headers): Summit Ridge Dermatology - Northgate, Eastbrook, Valley Mohs Center, Kessler Park.
Expected answers come from the rule book (sections 2-7, 10), docs/coding_conventions.md and the corpus README
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =================================================================================================================
# BIOPSY
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-bx-ema-punch-two-tangential-all-primary",
    "family": "biopsy", "shape": "pre-coded",
    "description": "EMA export sent 11104 + 11102 + 11102 for one punch and two tangential biopsies; commercial",
    "date": "2026-02-03",
    "patient": ("Whitcombe", "Darlene", "1961-08-14", "female"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Lichen planus", "L43.9", "R volar forearm", reason=True),
        C("c2", "Melanocytic nevus of trunk (dysplastic, mild atypia)", "D22.5", "L upper back", reason=True),
        C("c3", "Inflamed seborrheic keratosis", "L82.0", "R lateral neck", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", cpt="11104", site="R volar forearm",
          note="Lesion 1. Violaceous flat-topped papules, 4 mm punch of most representative papule. "
               "1 simple interrupted 4-0 nylon. Specimen A.", reasons=["c1"]),
        P("Tangential biopsy", cpt="11102", site="L upper back",
          note="Lesion 2. 6 mm irregular brown macule, asymmetric on dermoscopy. Shave bx w/ DermaBlade, "
               "AlCl3 hemostasis. Specimen B.", reasons=["c2"]),
        P("Tangential biopsy", cpt="11102", site="R lateral neck",
          note="Lesion 3. 5 mm crusted keratotic papule, r/o SCC vs ISK. Partial shave sample. "
               "AlCl3. Specimen C.", reasons=["c3"]),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - EASTBROOK            [ModMed EMA]
Visit: Procedure only      Provider: Wei Chen, MD
Pt: WHITCOMBE, DARLENE   DOB 08/14/1961

CC: itchy bumps R arm x6 wk; mole on back husband noticed; scab on neck that won't heal

Lesion 1
  Location: R volar forearm
  Morphology: violaceous flat-topped polygonal papules, Wickham striae
  Procedure: Biopsy, punch 4 mm
  Closure: 4-0 nylon x1
  Specimen: A
Lesion 2
  Location: L upper back
  Size: 6 mm
  Morphology: irregular brown macule, 2 colors, asymmetric
  Procedure: Biopsy, tangential (shave)
  Hemostasis: AlCl3
  Specimen: B
Lesion 3
  Location: R lateral neck
  Size: 5 mm
  Morphology: crusted keratotic papule; ddx ISK vs SCC
  Procedure: Biopsy, tangential (shave) - sample only, not removal
  Hemostasis: AlCl3
  Specimen: C

Consent signed. Time-out done. Lidocaine 1% w/ epi, 1.5 mL total.
Wound care sheet given. Suture removal 10-14 d (Lesion 1 only).
No E/M billed today - procedure visit scheduled from prior call.
Results by portal; f/u 2 wk.

Path (final 02/06/2026):
 A. Lichen planus.
 B. Compound melanocytic nevus with mild cytologic atypia; margins involved.
 C. Irritated (inflamed) seborrheic keratosis.
""",
    "path": [
        {"text": "A. R volar forearm, punch: lichen planus.", "site": "R volar forearm", "date": "2026-02-06"},
        {"text": "B. L upper back, shave: compound melanocytic nevus with mild cytologic atypia.",
         "site": "L upper back", "date": "2026-02-06"},
        {"text": "C. R lateral neck, shave: irritated seborrheic keratosis.", "site": "R lateral neck",
         "date": "2026-02-06"},
    ],
    "expected": E([L("11104"), L("11103", 2)], ["coding-correction"], {"11104": ["L43.9"]}),
    "coder_note": "BX-2: one primary for the session; punch outranks tangential -> 11104 + 11103 x2 "
                  "(11104/11102 is PTP indicator 0, so the two 11102 lines become the tangential add-on).",
})

SCENARIOS.append({
    "id": "s16-bx-epic-wedge-shin-punch-arm-hand-eczema-em25",
    "family": "biopsy", "shape": "note-only",
    "description": "Epic note: hand dermatitis flare with Rx (99214-25), wedge bx L shin + punch bx R arm; Medicare NGS",
    "date": "2026-01-21",
    "patient": ("Hargrove", "Lonnie", "1953-11-02", "male"),
    "provider": "okafor", "payer": "medicare-ngs", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Chronic hand dermatitis, flare", "L30.9", "bilateral hands", reason=True),
        C("c2", "Squamous cell carcinoma of skin, left lower leg", "C44.729", "L anterior shin", reason=True),
        C("c3", "Granuloma annulare", "L92.0", "R upper arm", reason=True),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """Summit Ridge Dermatology - Northgate
PROGRESS NOTE                                           Adaeze Okafor, MD

CHIEF COMPLAINT: hands cracking; sore on L leg; ring-shaped rash R arm

HPI: @NAME@ is a 72 y.o. male, established pt, last seen 08/2025 for hand eczema. Hands have been much
worse over the last 2 months since he started woodworking again - fissures on fingertips, bleeding, can't
button his shirt in the morning. Using OTC hydrocortisone 1% without help. Separately, a bump on the L shin
has been there ~3 months, now open and crusted, does not heal. Also a ring of bumps on the R upper arm,
not itchy, 4 months. Denies fever. ***

ROS: neg except as in HPI.
Meds: amlodipine, atorvastatin.  Allergies: NKDA.

Pertinent exam
| Site            | Finding                                                              |
|-----------------|----------------------------------------------------------------------|
| Bilateral hands | lichenified plaques, deep fissures fingertips R>L, scale palms       |
| L anterior shin | 1.4 cm ulcerated nodule, rolled indurated border                     |
| R upper arm     | 3 cm annular ring of skin-colored papules, central clearing          |
| Back            | scattered stuck-on brown papules c/w SK, non-inflamed                |

ASSESSMENT / PLAN
1. Chronic hand dermatitis, flaring. Start clobetasol 0.05% ointment BID x2 wk then weekends only;
   cotton-under-nitrile gloves for shop work; bland emollient. Rx sent. Discussed patch testing if not
   improved at follow-up - not today.
2. Ulcerated nodule L shin - r/o SCC vs KA vs pyoderma. Incisional biopsy today.
3. Annular plaque R upper arm - r/o granuloma annulare vs tinea. Punch biopsy today.
4. SKs back - benign, reassured. No treatment.

PROCEDURE NOTE
Consent obtained, risks reviewed. Time-out. 1% lido w/ epi.
 - L anterior shin: incisional (wedge) biopsy with #15 blade through full thickness at the rolled edge,
   including ulcer base; closed with 3 simple 4-0 nylon. Specimen 1.
 - R upper arm: 4 mm punch biopsy at active border; closed 1 simple 4-0 nylon. Specimen 2.
EBL minimal. Tolerated well. Vaseline + bandage.

{Follow up:20394} F/u 2 weeks suture removal + path; hands in 4 weeks.
.SIGNATURE
Level of service: 99214 (separately identifiable E/M for hand dermatitis flare with Rx management)

PATH (01/26/2026): 1. L shin: squamous cell carcinoma, well differentiated, ulcerated. 2. R upper arm:
granuloma annulare, interstitial pattern.
""",
    "path": [
        {"text": "1. L anterior shin, incisional: squamous cell carcinoma, well differentiated, ulcerated.",
         "site": "L anterior shin", "date": "2026-01-26"},
        {"text": "2. R upper arm, punch: granuloma annulare.", "site": "R upper arm", "date": "2026-01-26"},
    ],
    "expected": E([L("99214", 1, "25"), L("11106"), L("11105")], [], {"11106": ["C44.729"]}),
    "coder_note": "BX-2: incisional outranks punch -> 11106 + 11105. GS-3: hand dermatitis flare with new Rx is "
                  "separate from the biopsy decisions -> 99214-25 (level kept as selected).",
})

SCENARIOS.append({
    "id": "s16-bx-three-sampled-fourth-declined",
    "family": "biopsy", "shape": "free-text",
    "description": "Free-text: tangential bx L temple, punch bx R calf and mid back, fourth punch not done; Medicaid MCO",
    "date": "2026-03-09",
    "patient": ("Quintanilla", "Rosalba", "1980-05-27", "female"),
    "provider": "nakamura", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left temple", "C44.319", "L temple", reason=True),
        C("c2", "Melanocytic nevus, right lower limb", "D22.71", "R posterior calf", reason=True),
        C("c3", "Dermatitis, unspecified", "L30.9", "mid back", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="L temple",
          note="5 mm pearly papule with arborizing vessels. Tangential (shave) biopsy, AlCl3. Specimen 1.",
          reasons=["c1"]),
        P("Punch biopsy 4mm", site="R posterior calf",
          note="7 mm pigmented macule, pt reports darkening. 4 mm punch, 2 simple sutures 4-0 nylon. Specimen 2.",
          reasons=["c2"]),
        P("Punch biopsy 3mm", site="mid back",
          note="1.5 cm pink scaly patch, 3 mm punch at edge, 1 suture. Specimen 3.", reasons=["c3"]),
        P("Punch biopsy", site="L anterior shin", status="not-done",
          note="Brown firm papule, dimple sign - likely dermatofibroma. Pt declined biopsy; observe."),
    ],
    "note_title": "Biopsy Visit",
    "note": """Summit Ridge Dermatology - Kessler Park
Scribe: T. Omondi for Ren Nakamura, MD

HPI: Ms. Quintanilla is a 45 year old woman who comes in today mainly because her sister was recently
diagnosed with a basal cell on her nose and she got worried about a "pimple" near her left temple that has
been there since at least last summer. She says it bleeds a little when she washes her face and then crusts
over, and it never really goes away. She also points out a mole on the back of her right calf that she
thinks has gotten darker over the past few months - she noticed it when shaving. Her partner noticed a pink
scaly patch in the middle of her back that itches a little at night; she has tried an OTC antifungal cream
for 3 weeks with no change. Finally she has a hard brown bump on the left shin she wanted us to look at but
she says it has been the same for 10 years.

Exam/Procedures: see procedure entries (3 biopsies performed, 4th declined).
Consent signed, time-out, lido 1% w/ epi.

Plan: path 5-7 days; suture removal 2 wk (calf, back). Shin lesion c/w dermatofibroma - pt prefers to
watch, no biopsy today.

Path (03/13/2026):
 1. L temple: basal cell carcinoma, nodular type, extending to base.
 2. R posterior calf: junctional melanocytic nevus, no atypia.
 3. Mid back: spongiotic dermatitis; PAS negative for fungal elements.
""",
    "path": [
        {"text": "1. L temple, shave: basal cell carcinoma, nodular type.", "site": "L temple", "date": "2026-03-13"},
        {"text": "2. R posterior calf, punch: junctional melanocytic nevus.", "site": "R posterior calf",
         "date": "2026-03-13"},
        {"text": "3. Mid back, punch: spongiotic dermatitis; PAS negative.", "site": "mid back",
         "date": "2026-03-13"},
    ],
    "expected": E([L("11104"), L("11105"), L("11103")], [], {"11104": ["D22.71"]}),
    "coder_note": "BX-2: two punches + one tangential -> 11104 + 11105 + 11103 (11103 is allowed with 11104). "
                  "The shin punch has status not-done and the note says declined -> not coded.",
})

# =================================================================================================================
# COSMETIC
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-cos-sk-face-ln2-voluntary-abn-gx-gy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: LN2 to six asymptomatic facial SKs for appearance, voluntary ABN signed -> 17110-GX-GY",
    "date": "2026-02-17",
    "patient": ("Ostrander", "Maxine", "1954-04-09", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, face", "L82.1", "bilateral cheeks, forehead", reason=True),
    ],
    "note_title": "Dermatology Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - VALLEY
Kirsten Halvorsen, MD

S: 71F established. Here because she "doesn't like the brown spots" on her face and wants them frozen
before her granddaughter's wedding. They do not itch, bleed, hurt, or catch on anything. No change in
size or color that she has noticed - "they've been there for years, I just want them gone."

O: Face - six waxy stuck-on tan to brown papules: R cheek x2, L cheek x2, forehead x2, 4-7 mm.
Dermoscopy: milia-like cysts, comedo-like openings, sharp demarcation - classic SK. No inflammation,
no crust, no erythema.

A: Seborrheic keratoses x6, face - asymptomatic, diagnosis clinically certain. Removal is cosmetic.

P: Explained Medicare does not pay for cosmetic removal of benign spots. Pt chose to proceed and pay.
Voluntary Advance Beneficiary Notice (CMS-R-131) reviewed and signed - kept in chart.
Cryotherapy with LN2, one freeze-thaw cycle each, six (6) SKs treated.
Expected blistering / crusting and hypopigmentation risk reviewed.
RTC prn.
""",
    "expected": E([L("17110", 1, "GX", "GY")], ["cosmetic"], {"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-4: asymptomatic SKs removed for appearance = statutorily excluded for Medicare FFS "
                  "-> GY, plus GX because a voluntary ABN is documented.",
})

SCENARIOS.append({
    "id": "s16-cos-neck-tags-aetna-removed-back-bx-kept",
    "family": "cosmetic", "shape": "free-text",
    "description": "Commercial: 12 cosmetic neck tags (self-pay, line removed) + tangential bx of a changing back lesion",
    "date": "2026-03-24",
    "patient": ("Delacroix", "Simone", "1987-10-30", "female"),
    "provider": "ramirez", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, neck", "L91.8", "bilateral neck"),
        C("c2", "Melanocytic nevus of trunk, mild atypia", "D22.5", "R upper back", reason=True),
    ],
    "procedures": [
        P("Snip removal skin tags", site="bilateral neck",
          note="12 acrochordons removed with curved iris scissors at pt request for appearance. No irritation, no "
               "bleeding, not catching on jewelry or clothing. Cosmetic - pt signed cosmetic self-pay form.",
          reasons=["c1"]),
        P("Shave biopsy", site="R upper back",
          note="6 mm irregular pigmented papule, new this year, changed color per husband. Tangential biopsy "
               "to r/o dysplastic nevus/melanoma. AlCl3.", reasons=["c2"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Summit Ridge Dermatology - Eastbrook      (EMA)
Sofia Ramirez, MD

38F here for (1) skin tags on the neck she'd like removed "because they look bad in photos" and (2) a spot
on the right upper back her husband says has changed color since spring.

Neck: twelve small pedunculated skin-colored papules, non-inflamed. Pt understands removal is cosmetic and
not billed to Aetna; self-pay quoted and accepted.
R upper back: 6 mm papule, two shades of brown, irregular border on dermoscopy -> biopsy.

Procedures per entries. Consent, time-out, lido 1% w/ epi.
Path to Summit Ridge Dermpath.

Path 03/27/2026: R upper back - compound melanocytic nevus with mild atypia, margins free.
F/U: routine skin check 1 yr.
""",
    "path": [
        {"text": "R upper back, shave: compound melanocytic nevus with mild atypia.", "site": "R upper back",
         "date": "2026-03-27"},
    ],
    "expected": E([L("11102")], ["cosmetic"], {"11102": ["D22.5"]}),
    "coder_note": "Conventions (non-Medicare cosmetic): the asymptomatic tag removal is not put on the Aetna claim "
                  "(patient billed directly, cosmetic finding). The diagnostic biopsy of a changing lesion is billed.",
})

SCENARIOS.append({
    "id": "s16-cos-glycolic-peel-medicare-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "Medicare (name only): superficial glycolic facial peel for photoaging, no ABN -> 15788-GY",
    "date": "2026-04-02",
    "patient": ("Pemberton", "Gail", "1959-01-18", "female"),
    "provider": "voss", "payer": "medicare-noname", "minutes": 30,
    "conditions": [
        C("c1", "Encounter for cosmetic surgery", "Z41.1", reason=True),
        C("c2", "Photoaging (chronic sun damage), face", "L57.8", "face"),
    ],
    "procedures": [
        P("Chemical peel - face, superficial (glycolic acid 50%)", site="full face",
          note="Epidermal-level peel for fine rhytides and mottled pigmentation, pt's cosmetic goal. "
               "3 min contact, neutralized. No AKs present today. No ABN signed.", reasons=["c1"]),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": """Summit Ridge Dermatology - Aesthetics suite (Valley)
Henrietta Voss, MD

67F, 3rd peel in series (1st and 2nd were in 2025 and self-paid). Goals: "even out my skin tone, soften
the fine lines." No history of AK or skin cancer. No active lesions today.

Procedure: superficial chemical peel, epidermal depth, full face. Degreased with acetone. Glycolic acid 50%
applied in 4 passes, 3 minutes contact, neutralized with sodium bicarbonate. Mild erythema, no frosting.
Post-peel: bland moisturizer, SPF 50, no retinoid x5 days.

Billing: pt has Original Medicare only; front desk did not present an ABN today. Pt informed cosmetic
services are her responsibility.
Next peel: 4-6 weeks if desired.
""",
    "expected": E([L("15788", 1, "GY")], ["cosmetic"]),
    "coder_note": "COS-2/COS-4: peel for photoaging/rhytides is cosmetic, statutorily excluded for Medicare FFS "
                  "-> GY (no voluntary ABN, so no GX).",
})

# =================================================================================================================
# DESTRUCTION
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-ds-ak-eight-scribe-counts-in-sentences",
    "family": "destruction", "shape": "note-only",
    "description": "Scribe narrative: AKs 4 scalp + 3 forehead + 1 helix = 8 -> 17000 + 17003 x7; old cryo history",
    "date": "2026-01-13",
    "patient": ("Kowalczyk", "Irene", "1948-06-22", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "scalp, forehead, L helix", reason=True),
        C("c2", "Seborrheic keratosis", "L82.1", "mid back"),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """Summit Ridge Dermatology - Northgate
Scribed by J. Whitfield in the presence of Marc Baptiste, MD

HPI: Mrs. Kowalczyk is a 77-year-old retired letter carrier who spent thirty-one years walking a route
without a hat, as she tells it, and who is here today for her AK follow-up. She was last treated in April
of last year, when she had about twenty of these frozen across her scalp and face, and she says most of
those spots cleared but "new rough ones keep popping up." She describes them as sandpapery, occasionally
tender when she brushes her hair, and one on the top of her left ear catches on her glasses. She has not
used the fluorouracil cream we gave her in 2024 because the redness scared her. She also asks about a
brown crusty spot on her back that her daughter saw; it doesn't bother her.

Exam: Scalp vertex and crown with four gritty erythematous scaly papules. Forehead with three similar
lesions. Left helix superiorly with one hyperkeratotic scaly papule on an erythematous base. Mid back with a
1 cm stuck-on verrucous tan papule, dermoscopy c/w seborrheic keratosis.

Assessment/Plan:
- Actinic keratoses: liquid nitrogen cryotherapy, 2 freeze-thaw cycles, to the four on the scalp, the
  three across the forehead, and the single one on the left ear. Post-care reviewed.
- Discussed 5-FU field therapy for the scalp again; she'd like to think about it. Not prescribed today.
- SK mid back: benign, reassurance, no treatment.
- RTC 6 months.
""",
    "expected": E([L("17000"), L("17003", 7)], [], {"17000": ["L57.0"]}),
    "coder_note": "DS-1: 4 + 3 + 1 = 8 AKs -> 17000 + 17003 x7. The 'about twenty' from last April is history.",
})

SCENARIOS.append({
    "id": "s16-ds-ema-17-aks-sent-as-17000-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "EMA pre-coded 17000 + 17003 x16 for 17 AKs -> 17004 x1; Medicare Advantage PPO",
    "date": "2026-02-25",
    "patient": ("Brannigan", "Cyril", "1946-12-05", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, multiple", "L57.0", "face, scalp, bilateral dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="face", reasons=["c1"],
          note="LN2 x2 cycles."),
        P("Destruction premalignant lesions, each add'l 2-14", cpt="17003",
          site="face, scalp, L dorsal hand, R dorsal hand", reasons=["c1"],
          note="Qty 16. LN2 x2 cycles."),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - KESSLER PARK     [EMA export]
Astrid Lindgren, MD

79M, hx multiple AKs, SCCIS R temple 2023 (excised). Here for cryo.

Lesion count by site:
  Face ........... 6
  Scalp .......... 5
  L dorsal hand .. 3
  R dorsal hand .. 3
  TOTAL ......... 17 actinic keratoses

Procedure: cryosurgery w/ liquid nitrogen, 2 freeze-thaw cycles per lesion, 17 lesions.
Pt tolerated well. Blister care reviewed.
Charges (auto from template): 17000 x1, 17003 x16.
F/u 4 months.
""",
    "expected": E([L("17004")], ["coding-correction"], {"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and "
                  "17004/17003 are indicator 0; 17003 x16 also exceeds the 13-unit MUE).",
})

SCENARIOS.append({
    "id": "s16-ds-warts-r-hand-plus-two-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "Free-text: LN2 to 3 common warts R hand (17110) + 2 facial AKs (17000-XS, 17003-XS); BCBS",
    "date": "2026-03-03",
    "patient": ("Fairweather", "Glenn", "1973-09-11", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris", "B07.8", "R hand", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "L cheek, nasal dorsum", reason=True),
    ],
    "procedures": [
        P("Cryo - verruca vulgaris", site="R hand (dorsal 2nd MCP, dorsal 3rd MCP, R thumb)",
          note="3 common warts, painful when gripping tools. LN2 2 freeze-thaw cycles each.", reasons=["c1"]),
        P("Cryo - actinic keratoses", site="L cheek, nasal dorsum",
          note="2 AKs (1 L cheek, 1 nasal dorsum). LN2 2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Eastbrook
Jordan Pike, PA-C (supervising: Dr. Ramirez)

52M contractor. Warts on R hand x1 yr, painful with gripping, spreading from 1 to 3. Tried OTC salicylic
acid and duct tape. Also 2 rough spots on the face.

Exam: R hand - 3 verrucous papules (dorsal 2nd MCP, dorsal 3rd MCP, R thumb pad). Face - L cheek and
nasal dorsum, one gritty scaly erythematous papule each c/w AK.

Procedure: LN2 cryotherapy as per entries. 3 warts + 2 AKs treated.
F/u 3-4 wk for repeat wart treatment.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 1, "XS")], [],
                  {"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "DS-3: 17110/17000 and 17110/17003 are indicator 1 with 17110 as column 1; warts and AKs are "
                  "different lesions -> XS on 17000 and 17003. 2 AKs -> 17000 + 17003 x1.",
})

SCENARIOS.append({
    "id": "s16-ds-edc-sbcc-arm-plus-uncounted-aks",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of bx-proven BCC L upper arm, 1.3 cm defect -> 17262; forearm AKs frozen with no count",
    "date": "2026-04-14",
    "patient": ("Lindbergh", "Walter", "1950-02-28", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, left upper arm", "C44.619", "L lateral upper arm", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "bilateral dorsal forearms", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - NORTHGATE
Samuel Weiss, MD

76M returns for treatment of biopsy-proven superficial BCC of the L lateral upper arm (shave bx 03/24/2026,
accession SR26-04417: superficial basal cell carcinoma). Options reviewed: excision, ED&C, topical
imiquimod. Pt chose ED&C. Not a Mohs candidate (trunk/extremity, superficial, primary).

PROCEDURE NOTE - Electrodesiccation and curettage
Site: L lateral upper arm. Pre-procedure lesion 0.9 x 0.8 cm pink scaly plaque with biopsy scar.
Lido 1% w/ epi 2 mL. Curettage with 4 mm and 3 mm curettes followed by electrodesiccation, 3 cycles.
Final curetted defect diameter: 1.3 cm. Hemostasis achieved. Vaseline, bandage.

Also: several actinic keratoses on both dorsal forearms treated with LN2 today at pt request.

Wound care handout. RTC 3 months skin check.
""",
    "expected": E([L("17262")], ["missing-documentation"], {"17262": ["C44.619"]}),
    "coder_note": "DS-4: malignant destruction sized by the final curetted defect 1.3 cm on the arm -> 17262. "
                  "AK cryo has no lesion count ('several') -> no 17000/17003 line, missing-documentation.",
})

# =================================================================================================================
# E/M
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-em-screening-skin-check-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS screening-only full skin exam, no history, no complaint, nothing found -> 99212-GY",
    "date": "2026-01-08",
    "patient": ("Thornbury", "Dale", "1958-07-03", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Summit Ridge Dermatology - Valley
Erik Lindqvist, MD                                   Visit type: Annual skin check

.SKINCHECKHPI
67 y.o. man here for a full skin examination because his wife "signed him up." He has no skin complaints,
no new or changing spots, no itching or bleeding lesions. No personal history of skin cancer, no precancers
treated in the past, no family history of melanoma. Not immunosuppressed. No tanning bed use.

Pertinent exam
| Region                         | Finding                        |
|--------------------------------|--------------------------------|
| Scalp, face, ears, neck        | no lesions of concern          |
| Chest, abdomen, back           | no lesions of concern          |
| Upper and lower extremities    | no lesions of concern          |
| Palms, soles, nails            | normal                         |
| Genital/buttock (pt declined)  | deferred                       |

A/P: Skin cancer screening - complete skin exam unremarkable. Nothing requiring biopsy, treatment or
follow-up testing. ABCDE self-exam and sunscreen counseling. @FOLLOWUP@ prn / as desired.

LOS: 99212
""",
    "expected": E([L("99212", 1, "GY")], [], {"99212": ["Z12.83"]}),
    "coder_note": "DX-5 / README Coding decisions: Medicare screening-only full-skin exam (no history, no complaint, "
                  "nothing found) -> E/M with GY. No ABN mentioned, so no GX.",
})

SCENARIOS.append({
    "id": "s16-em-new-pt-single-finger-wart-decision-only",
    "family": "em", "shape": "pre-coded",
    "description": "New patient 99203 + 17110 for one finger wart; only the wart addressed -> E/M removed",
    "date": "2026-02-10",
    "patient": ("Abiodun", "Tessa", "2001-03-15", "female"),
    "provider": "adeyemi", "payer": "commercial-cigna", "minutes": 20, "em": "99203",
    "conditions": [
        C("c1", "Verruca vulgaris, left index finger", "B07.8", "L dorsal index finger", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesion (cryo)", cpt="17110", site="L dorsal index finger",
          note="1 wart, LN2 x2 cycles.", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """SUMMIT RIDGE DERMATOLOGY - EASTBROOK     [ModMed EMA]
Folake Adeyemi, MD
New patient.

CC: wart L index finger

HPI: 24F grad student, wart on the back of L index finger x5 months, tender when typing. Tried OTC
freeze spray twice. No other skin concerns. PMH none. Meds: OCP. NKDA.

Exam (focused): L dorsal index finger, proximal phalanx - 5 mm verrucous papule with thrombosed
capillaries. No periungual involvement. No other warts on hands.

A/P:
Verruca vulgaris, L index finger. Options reviewed (cryo vs topical). Pt elected cryo today.
Procedure: LN2, 2 freeze-thaw cycles, 1 lesion. Blister care reviewed.
RTC 3-4 wk for repeat if needed.

Charges: 99203, 17110
""",
    "expected": E([L("17110")], [], {"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README: the only work is evaluation of the lesion treated and the decision to treat it; "
                  "a new patient alone does not justify an E/M -> E/M line removed.",
})

SCENARIOS.append({
    "id": "s16-em-isotretinoin-month3-plus-two-cyst-injections",
    "family": "em", "shape": "note-only",
    "description": "Isotretinoin management (99214-25) + IL triamcinolone to 2 acne cysts (11900, J3301 x1); Medicaid",
    "date": "2026-03-17",
    "patient": ("Villarreal", "Mateo", "2008-10-21", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "face, chest, back", reason=True),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """Summit Ridge Dermatology - Kessler Park
Ines Castellanos, MD

CC: isotretinoin month 3 follow-up; two painful bumps on face

HPI (scribe): Mateo is a 17-year-old young man who is here with his mother for his third monthly
isotretinoin visit. He is on 40 mg daily (about 0.6 mg/kg) and reports that his back and chest have improved
a lot, but he still gets deep painful nodules along the jaw. He has dry lips managed with ointment, mild
nosebleeds twice this month, no headaches, no vision change, no joint pain, and no mood changes - his
mother agrees he has been himself. He is registered in iPLEDGE and completed his monthly comprehension
questions this morning. He wants "the two big ones" on his face calmed down before school pictures.

Labs reviewed today (drawn 03/12): triglycerides 168 (up from 121), ALT 24, AST 22.
PHQ-2 negative.

Exam: Scattered inflammatory papules on the face; two tender fluctuant-feeling cysts, L jawline 1.0 cm and
R cheek 0.8 cm. Chest and back with post-inflammatory erythema only. Cheilitis mild.

A/P:
1. Nodulocystic acne on isotretinoin - partial response, triglycerides rising but acceptable. Increase to
   60 mg daily (~0.9 mg/kg); new Rx sent; confirmed in iPLEDGE. Repeat lipid panel in 4 weeks. Counseled on
   low-fat diet, avoidance of vitamin A supplements, mood monitoring, and sun sensitivity.
2. Two inflamed acne cysts (L jaw, R cheek): intralesional injection. Triamcinolone acetonide 2.5 mg/mL,
   0.2 mL into each cyst (total 1.0 mg). Consent from mother. Tolerated well.

RTC 4 weeks.  Level of service: 99214 for isotretinoin management, separate from the injections.
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], [], {"11900": ["L70.0"]}),
    "coder_note": "GS-3: isotretinoin dose change, lab review and monitoring are separate from the cyst injections "
                  "-> 99214-25. Two lesions -> 11900. 1.0 mg triamcinolone -> J3301 x1 (ceil(1/10)).",
})

SCENARIOS.append({
    "id": "s16-em-99215-time-prolonged-99417-to-g2212",
    "family": "em", "shape": "pre-coded",
    "description": "Medicare FFS 99215 by time, 78 min total; EHR sent 99417 (invalid for Medicare) -> G2212 x1",
    "date": "2026-04-22",
    "patient": ("Ashdown", "Marguerite", "1944-09-30", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 78, "em": "99215",
    "conditions": [
        C("c1", "Bullous pemphigoid", "L12.0", "trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Prolonged office service, each 15 min", cpt="99417",
          note="Total time 78 min on date of service.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - NORTHGATE        (Epic legacy template, converted)
Rafael Santos, MD

CC: blisters - results visit

HPI: 81F seen 04/15 with a 6-week itchy widespread eruption, now with tense blisters on thighs, forearms and
flanks. Punch biopsies last week (H&E and DIF) - results back: subepidermal blister with eosinophils; DIF
linear IgG and C3 along the BMZ. BP180 ELISA 148 U/mL. Diagnosis: bullous pemphigoid. She is diabetic
(A1c 7.9) with CKD 3b and osteoporosis, which complicates systemic steroid use.

Exam: ~20% BSA urticarial plaques with tense bullae on thighs, flanks, forearms; oral mucosa clear.

A/P: Bullous pemphigoid, new diagnosis, extensive.
 - Discussed options at length with pt and daughter: superpotent topical steroid to whole body vs systemic
   prednisone vs doxycycline + nicotinamide vs dupilumab. Given diabetes/CKD/osteoporosis, start clobetasol
   0.05% cream to affected skin BID (30 g/day taper plan written out) + doxycycline 100 mg BID.
 - Called PCP re glucose monitoring; reviewed outside labs and renal function; prior authorization for
   dupilumab started as step 2 if inadequate response at 4 weeks.
 - Wound care teaching for eroded blisters by RN.
 - She is a winter resident and returns to Tucson next week; ongoing BP management transfers to her home
   dermatologist there (records and plan faxed today). This was a one-time results/treatment-planning visit.

Time: total practitioner time on the date of the encounter 78 minutes (face-to-face counseling 48 min;
record and lab review, care coordination with PCP, documentation 30 min). No procedures today.
E/M selected by time: 99215. Charge router added 99417 x1.
RTC: none here (care transferred).
""",
    "expected": E([L("99215"), L("G2212")], [], {"99215": ["L12.0"]}),
    "coder_note": "EM-5: 99417 is status I (not valid for Medicare); Medicare uses G2212 with 99215 starting at 69 "
                  "minutes. 78 min -> one unit (a second unit would need 84 min). No G2211: care transfers to another "
                  "dermatologist, so no longitudinal relationship.",
})

# =================================================================================================================
# EXCISION - BENIGN
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-exb-ema-recurrent-cyst-back-sized-without-margins",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "EMA sent 11402 sized by lesion only; 2.2 cm cyst + 2 x 0.2 cm margins = 2.6 -> 11403 + 12032",
    "date": "2026-02-19",
    "patient": ("Okeke", "Benedict", "1977-04-04", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "upper back", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk", cpt="11402", site="upper back",
          note="Lesion size 2.2 cm. Margins 2 mm.", reasons=["c1"]),
        P("Intermediate repair trunk", cpt="12032", site="upper back",
          note="Layered closure 3.8 cm: 4-0 Vicryl deep, 4-0 nylon running.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - EASTBROOK     [ModMed EMA]
Luca Marchetti, MD

48M. Cyst upper back x4 yrs; inflamed and drained in 06/2025 and 11/2025 (urgent care), painful, now quiet.
Wants it out.

Lesion 1
  Location: upper back, midline
  Diagnosis (clinical): epidermoid cyst, recurrently inflamed
  Pre-op size (measured before incision): 2.2 x 1.8 cm
  Margin: 0.2 cm narrowest
  Procedure: elliptical excision, full thickness into subcutaneous fat, cyst wall removed intact
  Repair: intermediate, layered - 4-0 Vicryl subcutaneous, 4-0 nylon running cutaneous
  Repair length: 3.8 cm
  Specimen: A (to path)

Consent, time-out, lido 1% w/ epi 8 mL. EBL minimal. Pressure dressing.
Suture removal 12-14 d.

Path 02/23/2026: A. Epidermoid (infundibular) cyst with focal rupture and foreign-body reaction.
""",
    "path": [
        {"text": "A. Upper back: epidermoid cyst with focal rupture and foreign-body giant cell reaction.",
         "site": "upper back", "date": "2026-02-23"},
    ],
    "expected": E([L("11403"), L("12032")], ["coding-correction"], {"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 2.2 + 2 x 0.2 = 2.6 cm, trunk -> 11403 (not 11402). Layered 3.8 cm "
                  "trunk closure -> 12032 (EX-5, separately reportable).",
})

SCENARIOS.append({
    "id": "s16-exb-scalp-atypical-nevus-residual-reexcision",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision of residual moderately atypical nevus, scalp, 0.6 cm + 2 x 0.2 = 1.0 -> 11421; simple closure",
    "date": "2026-03-05",
    "patient": ("Ferreira", "Augusto", "1966-12-12", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Melanocytic nevus of scalp, moderate atypia", "D22.4", "L parietal scalp", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Eastbrook
Wei Chen, MD

Indication: Shave biopsy 01/29/2026 of L parietal scalp pigmented papule: compound dysplastic nevus with
MODERATE atypia, peripheral margin involved. Recommendation: re-excision with narrow margins. Repigmenting
at the biopsy scar per pt's barber.

PROCEDURE NOTE
Procedure: excision, L parietal scalp
Pre-op: residual pigment + biopsy scar measured 0.6 cm greatest diameter. Marked with 2 mm margins
(narrowest margin 0.2 cm) -> planned excised diameter 1.0 cm; fusiform design 3:1.
Anesthesia: 1% lidocaine w/ epi 4 mL. Prep: chlorhexidine.
Excised full thickness to the subgaleal fat. Hemostasis with electrocautery.
Closure: single layer, 4 simple interrupted 4-0 nylon (no deep sutures needed). Length 2.4 cm.
Dressing: bacitracin, gauze. EBL < 5 mL. No complications.

F/u 10-14 days suture removal.

Path (03/09/2026): Residual compound dysplastic nevus, moderate atypia, excised; margins clear.
No melanoma identified.
""",
    "path": [
        {"text": "L parietal scalp, excision: residual compound dysplastic nevus with moderate atypia; margins "
                 "clear. No melanoma.", "site": "L parietal scalp", "date": "2026-03-09"},
    ],
    "expected": E([L("11421")], [], {"11421": ["D22.4"]}),
    "coder_note": "EX-1/EX-3: 0.6 + 2 x 0.2 = 1.0 cm, scalp (SNHFG), benign (atypia, not malignant) -> 11421. "
                  "Single-layer closure is simple and included (EX-5).",
})

SCENARIOS.append({
    "id": "s16-exb-df-shin-and-cyst-neck-two-repair-groups",
    "family": "excision-benign", "shape": "free-text",
    "description": "Free-text: DF R shin 0.7+0.4 -> 11402, cyst L post neck 1.0+0.2 -> 11422; 12032 + 12041; Medicaid",
    "date": "2026-03-31",
    "patient": ("Haskins", "LaToya", "1984-08-08", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 60,
    "conditions": [
        C("c1", "Dermatofibroma, right shin", "D23.71", "R anterior shin", reason=True),
        C("c2", "Epidermal cyst, posterior neck, inflamed", "L72.0", "L posterior neck", reason=True),
    ],
    "procedures": [
        P("Excision - dermatofibroma", site="R anterior shin",
          note="0.7 cm firm papule, repeatedly cut and bleeding with shaving, painful. Excised with 2 mm margins. "
               "Intermediate (layered) closure 2.8 cm: 4-0 Monocryl deep, 5-0 nylon.", reasons=["c1"]),
        P("Excision - cyst", site="L posterior neck",
          note="1.0 cm tender cyst, erythematous, drained spontaneously x2. Excised with 1 mm margins. "
               "Intermediate (layered) closure 2.5 cm: 4-0 Monocryl deep, 5-0 nylon.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Northgate
Chidi Okonkwo, MD

41F for planned excision of two symptomatic lesions (consult 03/10/2026).
1) R anterior shin - firm brown papule, positive dimple sign, 0.7 cm; she nicks it with her razor weekly
   and it bleeds; painful.
2) L posterior neck - 1.0 cm cyst with punctum, intermittently red and tender, drained on its own twice.

Consent for both, time-out x2, lido 1% w/ epi.
Procedures per entries. Both specimens to pathology.
Wound care reviewed; sutures out 10 d (neck) and 14 d (shin).

Path (04/03/2026): 1. R shin - dermatofibroma (benign fibrous histiocytoma), excised.
2. L posterior neck - epidermoid cyst with inflammation.
""",
    "path": [
        {"text": "1. R anterior shin: dermatofibroma, excised.", "site": "R anterior shin", "date": "2026-04-03"},
        {"text": "2. L posterior neck: epidermoid cyst with inflammation.", "site": "L posterior neck",
         "date": "2026-04-03"},
    ],
    "expected": E([L("11402"), L("11422"), L("12032"), L("12041")], [],
                  {"11402": ["D23.71"], "11422": ["L72.0"]}),
    "coder_note": "EX-1/EX-2: shin 0.7 + 0.4 = 1.1 cm (TAL) -> 11402; neck 1.0 + 0.2 = 1.2 cm (SNHFG) -> 11422. "
                  "REP-1/REP-2: intermediate repairs in different groups are not summed: leg 2.8 -> 12032, "
                  "neck 2.5 -> 12041.",
})

# =================================================================================================================
# EXCISION - MALIGNANT
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-exm-ema-scc-dorsal-hand-sent-as-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "EMA sent benign 11422 for bx-proven SCC L dorsal hand; 1.0 + 2 x 0.4 = 1.8 -> 11622 + 12042",
    "date": "2026-02-12",
    "patient": ("Dunleavy", "Patrick", "1945-03-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, left dorsal hand", "C44.629", "L dorsal hand", reason=True),
    ],
    "procedures": [
        P("Excision lesion hand", cpt="11422", site="L dorsal hand",
          note="Lesion 1.0 cm, margins 4 mm, excised diameter 1.8 cm.", reasons=["c1"]),
        P("Intermediate repair hand", cpt="12042", site="L dorsal hand",
          note="Layered closure 3.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - NORTHGATE     [ModMed EMA]
Samuel Weiss, MD

80M. Bx 01/22/2026 (tangential) L dorsal hand: invasive squamous cell carcinoma, well differentiated,
transected at base. Here for excision. Declined Mohs referral (drive).

Lesion 1
  Location: L dorsal hand
  Dx: SCC, invasive, well-diff (bx proven)
  Clinical size pre-op: 1.0 cm
  Margin: 4 mm
  Excised diameter: 1.8 cm
  Depth: subcutaneous fat, extensor paratenon preserved
  Repair: intermediate, layered (5-0 Monocryl deep; 5-0 Prolene), length 3.0 cm
  Specimen: A, suture at 12:00

Lido 1% w/ epi 5 mL. EBL minimal.
Charge capture (template default): 11422, 12042.

Path 02/16/2026: A. Squamous cell carcinoma, well differentiated, completely excised; closest margin 3 mm.
""",
    "path": [
        {"text": "A. L dorsal hand, excision: squamous cell carcinoma, well differentiated, completely excised.",
         "site": "L dorsal hand", "date": "2026-02-16"},
    ],
    "expected": E([L("11622"), L("12042")], ["coding-correction"], {"11622": ["C44.629"]}),
    "coder_note": "EX-3: pathology malignant (and known malignant before excision) -> malignant code. Hand is SNHFG, "
                  "1.8 cm -> 11622. Layered 3.0 cm hand -> 12042.",
})

SCENARIOS.append({
    "id": "s16-exm-mis-back-margin-reexcision-day8-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "MIS L upper back positive margin; re-excision day 8 of the 010 global: 11603-58 + 12032-58; MA HMO",
    "date": "2026-03-10",
    "patient": ("Gallardo", "Yvonne", "1962-05-06", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 55,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back", "D03.59", "L upper back", reason=True),
    ],
    "prior": [
        PRIOR("2026-03-02", "11602", "Excision malignant lesion, trunk", "L upper back",
              "MIS 0.8 cm with 2 mm margins, excised diameter 1.2 cm. Path: melanoma in situ, peripheral margin "
              "involved."),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Kessler Park
Astrid Lindgren, MD

Pertinent history: 03/02/2026 excision L upper back (accession SR26-02981): melanoma in situ, lentiginous,
involving the peripheral margin at 3 o'clock. Plan at that time: staged wider re-excision once path
returned to achieve 5 mm clinical margins. Sutures from 03/02 removed today before the procedure; wound
intact.

PROCEDURE NOTE - Re-excision, melanoma in situ
Site: L upper back.
Pre-op: healing scar 1.6 cm in greatest length. Marked with 5 mm margins around the entire scar
(narrowest margin 0.5 cm) -> excised diameter 2.6 cm. Ellipse oriented along relaxed skin tension lines.
Anesthesia: 1% lidocaine w/ epi 10 mL.
Excised to fascia. Undermining 1 cm each side.
Repair: intermediate layered closure, 3-0 Vicryl deep dermal, 4-0 nylon running cutaneous. Final length
6.0 cm.
EBL 10 mL. No complications. Specimen oriented, suture 12:00.

Plan: sutures out 14 days; full skin exam every 6 months x2 years.

Path (03/13/2026): Scar with no residual melanoma in situ; margins clear.
""",
    "path": [
        {"text": "L upper back re-excision: scar, no residual melanoma in situ; margins clear.",
         "site": "L upper back", "date": "2026-03-13"},
    ],
    "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], ["global-period"], {"11603": ["D03.59"]}),
    "coder_note": "EX-4/GS-5: planned re-excision for a positive margin inside the 10-day global of 11602 -> 58. "
                  "Malignant code even though the re-excision specimen is negative (D03 -> malignant codes). "
                  "1.6 + 2 x 0.5 = 2.6 cm trunk -> 11603; layered 6.0 cm -> 12032, also 58.",
})

SCENARIOS.append({
    "id": "s16-exm-bcc-nasal-tip-sccis-r-forearm",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Free-text: BCC nasal tip 0.5+0.6 -> 11642 + 12051; SCCIS R forearm 1.2+0.8 -> 11602 + 12032; Cigna",
    "date": "2026-04-08",
    "patient": ("Sorensen", "Birgit", "1957-02-14", "female"),
    "provider": "halvorsen", "payer": "commercial-cigna", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "nasal tip", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right forearm", "D04.61", "R dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision BCC", site="nasal tip",
          note="Bx-proven nodular BCC, 0.5 cm. 3 mm margins. Mohs offered, pt declined. Layered closure 2.2 cm "
               "(5-0 Monocryl deep, 6-0 Prolene).", reasons=["c1"]),
        P("Excision SCCIS", site="R dorsal forearm",
          note="Bx-proven SCC in situ, 1.2 cm. 4 mm margins. Intermediate layered closure 4.0 cm "
               "(4-0 Vicryl deep, 4-0 nylon).", reasons=["c2"]),
    ],
    "note_title": "Surgical Visit",
    "note": """Summit Ridge Dermatology - Valley
Kirsten Halvorsen, MD

69F, two bx-proven lesions (03/18/2026): nodular BCC nasal tip; SCC in situ R dorsal forearm.
Mohs for the nose was recommended and offered at our Valley Mohs Center; pt declined (caregiver for
husband, cannot spend a full day) and requested standard excision of both today.

Consent reviewed incl. higher recurrence risk on the nose without Mohs. Time-out x2.
Excisions and repairs per procedure entries. Frozen sections were not done.

Path (04/11/2026):
 A. Nasal tip: basal cell carcinoma, nodular, excised with clear margins (closest 1.5 mm).
 B. R forearm: squamous cell carcinoma in situ, excised, margins clear.
F/u 1 wk suture removal (nose), 2 wk (arm).
""",
    "path": [
        {"text": "A. Nasal tip: basal cell carcinoma, nodular, margins clear.", "site": "nasal tip",
         "date": "2026-04-11"},
        {"text": "B. R dorsal forearm: squamous cell carcinoma in situ, margins clear.", "site": "R dorsal forearm",
         "date": "2026-04-11"},
    ],
    "expected": E([L("11642"), L("11602"), L("12051"), L("12032")], [],
                  {"11642": ["C44.311"], "11602": ["D04.61"]}),
    "coder_note": "EX-1: nose 0.5 + 2 x 0.3 = 1.1 cm (FEENLM) -> 11642; forearm 1.2 + 2 x 0.4 = 2.0 cm (TAL) -> 11602 "
                  "(SCCIS -> malignant codes). Repairs by group: nose 2.2 -> 12051; forearm 4.0 -> 12032.",
})

# =================================================================================================================
# INCISION AND DRAINAGE
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-id-buttock-abscess-loculated-packed",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Complicated I&D R buttock abscess (loculations broken, irrigated, packed) -> 10061; Medicaid MCO",
    "date": "2026-01-27",
    "patient": ("Pruitt", "Dwayne", "1991-07-19", "male"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "R buttock", reason=True),
    ],
    "note_title": "Urgent Derm Visit",
    "note": """Summit Ridge Dermatology - Northgate (same-day slot)
Jordan Pike, PA-C

S: 34M, painful lump R buttock x5 days, growing, now hard to sit. Subjective fevers last night. No
diabetes. No prior abscesses. No recent antibiotics.

O: T 99.8. R upper inner buttock: 4 x 3.5 cm fluctuant, erythematous, indurated abscess with 6 cm
surrounding erythema; no crepitus.

PROCEDURE NOTE - Incision and drainage, R buttock
Consent. Prep with chlorhexidine. Field block with 1% lidocaine w/ epi 8 mL.
1.5 cm linear incision with #11 blade. ~12 mL purulent material expressed; wound culture sent.
Multiple loculations broken up bluntly with a curved hemostat. Cavity irrigated with 60 mL sterile saline.
Packed with 1/4-inch iodoform gauze (approx. 20 cm). Dry dressing.

A/P: Abscess R buttock, drained.
- Doxycycline 100 mg BID x7 d (empiric pending culture).
- Packing removal / wound check in 48 h with nurse.
- Return precautions reviewed.
No separate E/M billed - visit was for the abscess only.
""",
    "expected": E([L("10061")], [], {"10061": ["L02.31"]}),
    "coder_note": "I&D with loculations broken, irrigation and packing = complicated -> 10061.",
})

SCENARIOS.append({
    "id": "s16-id-ema-two-abscesses-sent-10060-x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "EMA sent 10060 twice for abscesses of L axilla and R groin drained at one session -> 10061 x1",
    "date": "2026-02-24",
    "patient": ("Ellery", "Janine", "1989-01-09", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "L axilla", reason=True),
        C("c2", "Cutaneous abscess of groin", "L02.214", "R groin", reason=True),
    ],
    "procedures": [
        P("I&D abscess, simple", cpt="10060", site="L axilla",
          note="2 cm fluctuant abscess, incised, purulence expressed, no packing.", reasons=["c1"]),
        P("I&D abscess, simple", cpt="10060", site="R groin",
          note="1.5 cm fluctuant abscess, incised, drained, no packing.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - NORTHGATE     [ModMed EMA]
Rafael Santos, MD

37F, two painful boils x4 days: L armpit and R groin. No fever. No history of HS.

Lesion 1 - L axilla: 2.0 cm fluctuant tender nodule. I&D with #11 blade, moderate pus, cavity expressed,
  no loculations, no packing.
Lesion 2 - R groin: 1.5 cm fluctuant nodule. I&D, small amount of pus, no packing.

Lido 1% w/ epi. Both dressed. Culture from L axilla sent.
Plan: warm compresses, chlorhexidine wash, f/u prn; if recurrent, evaluate for HS.
Charges: 10060 (L axilla), 10060 (R groin).
""",
    "expected": E([L("10061")], ["coding-correction"]),
    "coder_note": "Two abscesses drained at one session -> 10061 once (code family: 10061 = complicated or multiple; "
                  "corpus README judgment call); 10060 is not repeated.",
})

# =================================================================================================================
# INTRALESIONAL
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-ilk-nine-keloids-kenalog40",
    "family": "intralesional", "shape": "free-text",
    "description": "Free-text: IL Kenalog-40 to 9 keloids, 1.8 mL total = 72 mg -> 11901 + J3301 x8; UHC",
    "date": "2026-02-05",
    "patient": ("Mbeki", "Thandiwe", "1993-06-25", "female"),
    "provider": "nakamura", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Keloid scars, chest and shoulders", "L91.0", "presternal chest, bilateral shoulders", reason=True),
    ],
    "procedures": [
        P("IL Kenalog injection keloids", site="presternal chest x4, R shoulder x3, L shoulder x2",
          note="9 keloids injected, painful and itchy. Kenalog-40 (40 mg/mL) via 30g needle until blanching.",
          reasons=["c1"]),
        P("Triamcinolone acetonide 40 mg/mL", note="Total administered 1.8 mL (72 mg)."),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Kessler Park
Ren Nakamura, MD

32F with keloids since acne in her teens; itching and pain, catching on bra straps. Last injections
10/2025 with good flattening. Some keloids new since then.

Keloids treated today: presternal chest 4, right shoulder 3, left shoulder 2 (nine total).
Intralesional triamcinolone acetonide 40 mg/mL, total 1.8 mL (72 mg), 0.2 mL per keloid.
Atrophy / hypopigmentation risk reviewed again. Tolerated well.
Silicone gel sheets nightly. RTC 6 weeks.
""",
    "expected": E([L("11901"), L("J3301", 8)], [], {"11901": ["L91.0"]}),
    "coder_note": "More than 7 lesions -> 11901. 72 mg triamcinolone acetonide -> J3301 ceil(72/10) = 8.",
})

SCENARIOS.append({
    "id": "s16-ilk-ema-alopecia-areata-5-patches-units-per-mg",
    "family": "intralesional", "shape": "pre-coded",
    "description": "EMA sent 11901 + J3301 x35 for 5 alopecia patches, 35 mg -> 11900 + J3301 x4; Medicaid MCO",
    "date": "2026-03-12",
    "patient": ("Nguyen", "Bao", "1998-11-03", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, more than 7 lesions", cpt="11901", site="scalp",
          note="5 patches treated.", reasons=["c1"]),
        P("Triamcinolone acetonide inj", cpt="J3301",
          note="Units billed: 35 (1 per mg). Triamcinolone 10 mg/mL, 3.5 mL total.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - EASTBROOK     [ModMed EMA]
Folake Adeyemi, MD

27M, alopecia areata, 4th injection session. Regrowth in 2 of 5 patches from last time.

Lesion 1  L parietal scalp  3 x 2.5 cm patch
Lesion 2  R parietal scalp  2 x 2 cm patch
Lesion 3  occipital scalp   4 x 3 cm patch
Lesion 4  vertex            1.5 cm patch
Lesion 5  R temporal scalp  2 cm patch

Procedure: intralesional triamcinolone acetonide 10 mg/mL, 0.1 mL per site at 1 cm intervals,
3.5 mL total (35 mg) across the 5 patches.
Tolerated well. Continue clobetasol solution nightly. RTC 6 wk.
Charges: 11901 x1, J3301 x35.
""",
    "expected": E([L("11900"), L("J3301", 4)], ["coding-correction"], {"11900": ["L63.9"]}),
    "coder_note": "5 lesions (patches) -> 11900 (up to 7). J3301 is per 10 mg: 35 mg -> 4 units, not 35.",
})

SCENARIOS.append({
    "id": "s16-ilk-lsc-four-shin-plaques-half-cc-each",
    "family": "intralesional", "shape": "free-text",
    "description": "Free-text: IL triamcinolone 10 mg/mL 0.5 cc into each of 4 LSC plaques = 20 mg -> 11900 + J3301 x2",
    "date": "2026-04-16",
    "patient": ("Grimsby", "Harold", "1949-08-30", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Lichen simplex chronicus", "L28.0", "bilateral anterior shins", reason=True),
        C("c2", "Prurigo nodules, forearms", None, "bilateral forearms"),
    ],
    "procedures": [
        P("ILK - lichen simplex chronicus", site="bilateral anterior shins",
          note="Four thick plaques (two on each shin). Triamcinolone 10 mg/mL, 0.5 cc into each plaque.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Northgate
Adaeze Okafor, MD

76M with itch-scratch cycle on both shins for years; thick plaques despite clobetasol under occlusion.
Also a few excoriated nodules on the forearms.

Procedure: intralesional triamcinolone acetonide 10 mg/mL, 0.5 cc into each of the four lichenified plaques
on the anterior shins (two right, two left); total 2.0 cc = 20 mg.
Forearm nodules: not injected today - if they persist at next visit, may inject those.
Continue clobetasol; add pramoxine lotion prn. RTC 6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 2)], [], {"11900": ["L28.0"]}),
    "coder_note": "4 lesions -> 11900. 4 x 0.5 mL x 10 mg/mL = 20 mg -> J3301 x2. The forearm injection is "
                  "hypothetical (next visit).",
})

# =================================================================================================================
# MIXED
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-mix-epic-html-fse-hx-bcc-eczema-punch-ln2",
    "family": "mixed", "shape": "note-only", "html": True,
    "description": "Epic HTML: FSE hx BCC + asteatotic eczema Rx (99214-25), punch bx back, LN2 x5 AKs; Medicare NGS",
    "date": "2026-01-29",
    "patient": ("Vandermolen", "Clara", "1947-10-17", "female"),
    "provider": "baptiste", "payer": "medicare-ngs", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Asteatotic eczema (eczema craquele), legs", "L30.8", "bilateral lower legs", reason=True),
        C("c2", "Melanocytic nevus of trunk, mild atypia", "D22.5", "L upper back", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "scalp", reason=True),
        C("c4", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """<html><body>
<p><b>SUMMIT RIDGE DERMATOLOGY - NORTHGATE</b><br>Marc Baptiste, MD<br>PROGRESS NOTE</p>
<p><b>CHIEF COMPLAINT:</b> skin check (hx BCC); itchy legs</p>
<p><b>HPI:</b> 78 y.o. female with history of BCC R nasal sidewall (Mohs 2022) here for 6-month full skin exam.
New complaint: very itchy, dry, cracked skin on both lower legs x2 months, worse since the furnace came on;
scratching at night. Using bar soap and no moisturizer. Also wants a dark spot on her L upper back checked.
***</p>
<p><b>Pertinent exam</b> (full skin exam, pt consented):</p>
<table border="1">
<tr><th>Site</th><th>Finding</th></tr>
<tr><td>Nose</td><td>well-healed Mohs scar, no recurrence</td></tr>
<tr><td>Scalp</td><td>5 gritty erythematous scaly papules (vertex 3, L parietal 2)</td></tr>
<tr><td>L upper back</td><td>7 mm dark brown papule, irregular network on dermoscopy</td></tr>
<tr><td>Bilateral lower legs</td><td>xerosis with crazy-paving fissured erythematous plaques</td></tr>
<tr><td>Remainder</td><td>scattered SKs, cherry angiomas - benign</td></tr>
</table>
<p><b>ASSESSMENT AND PLAN</b></p>
<ol>
<li>Asteatotic eczema, bilateral lower legs - new problem. Start triamcinolone 0.1% ointment BID x2 weeks
(Rx sent), switch to gentle cleanser, thick emollient after bathing, humidifier.</li>
<li>Atypical pigmented papule L upper back - 4 mm punch biopsy today, 1 suture.</li>
<li>Actinic keratoses, scalp x5 - LN2 cryotherapy, 2 cycles each, 5 lesions.</li>
<li>History of BCC - no evidence of recurrence; continue 6-month skin exams.</li>
<li>SKs / cherry angiomas - benign, no treatment.</li>
</ol>
<p><b>Procedure Note:</b> consent, time-out, 1% lido w/ epi; 4 mm punch L upper back, 4-0 nylon x1;
specimen to path. LN2 to scalp AKs as above.</p>
<p>.FOLLOWUP 6 months; suture removal 2 weeks.<br>
Level of service: 99214 - eczema evaluation and prescription management, separate from procedures.</p>
<p><i>Path 02/02/2026: L upper back - junctional melanocytic nevus with mild atypia.</i></p>
</body></html>""",
    "path": [
        {"text": "L upper back, punch: junctional melanocytic nevus with mild cytologic atypia.",
         "site": "L upper back", "date": "2026-02-02"},
    ],
    "expected": E([L("99214", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003", 4)], [],
                  {"11104": ["D22.5"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: new eczema problem with Rx -> 99214-25. 11104/17000 is PTP indicator 1 (biopsy column 1), "
                  "different lesions -> XS on 17000. No PTP edit between 11104 and 17003 in the table, so 17003 x4 "
                  "carries no modifier.",
})

SCENARIOS.append({
    "id": "s16-mix-knee-warts-cryo-nasal-shave-bx-xs",
    "family": "mixed", "shape": "free-text",
    "description": "Free-text: 17110 for 4 warts L knee + tangential bx R nasal sidewall (11102-XS); Aetna",
    "date": "2026-02-26",
    "patient": ("Castellano", "Rita", "1965-12-01", "female"),
    "provider": "ramirez", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Verruca vulgaris, left knee", "B07.8", "L knee", reason=True),
        C("c2", "Basal cell carcinoma of skin of nose", "C44.311", "R nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Cryotherapy warts", site="L knee",
          note="4 verrucae vulgares, spreading, LN2 x2 cycles.", reasons=["c1"]),
        P("Shave bx", site="R nasal sidewall",
          note="5 mm pearly papule with telangiectasia, bleeds with washing. Tangential biopsy, AlCl3.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Eastbrook
Sofia Ramirez, MD

60F gardener. Warts L knee, started as 1 last fall, now 4, spreading with kneeling. Also a shiny bump on
the R side of the nose that bleeds when she washes her face, 3 months.

L knee: four verrucous papules 3-6 mm. Treated with LN2 (per entry).
R nasal sidewall: 5 mm pearly papule w/ arborizing vessels - shave biopsy (per entry).

Consent, time-out for biopsy. Wound care reviewed.
Path 03/02/2026: R nasal sidewall - basal cell carcinoma, nodular; refer to Valley Mohs Center.
""",
    "path": [
        {"text": "R nasal sidewall, shave: basal cell carcinoma, nodular type.", "site": "R nasal sidewall",
         "date": "2026-03-02"},
    ],
    "expected": E([L("17110"), L("11102", 1, "XS")], [], {"17110": ["B07.8"], "11102": ["C44.311"]}),
    "coder_note": "17110/11102 is PTP indicator 1 with 17110 as column 1 (direction from the table); different "
                  "lesions -> XS on 11102.",
})

SCENARIOS.append({
    "id": "s16-mix-ema-bcc-shoulder-excision-punch-calf",
    "family": "mixed", "shape": "pre-coded",
    "description": "EMA: BCC L shoulder 11602 + 12032 and punch bx of a separate R calf lesion; XS on 11104 and 12032",
    "date": "2026-03-19",
    "patient": ("Holloway", "Bernard", "1952-01-23", "male"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of left upper limb", "C44.619", "L posterior shoulder", reason=True),
        C("c2", "Dermatofibroma, right calf", "D23.71", "R posterior calf", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion", cpt="11602", site="L posterior shoulder",
          note="Bx-proven nodular BCC 1.1 cm, 4 mm margins, excised diameter 1.9 cm.", reasons=["c1"]),
        P("Intermediate repair", cpt="12032", site="L posterior shoulder",
          note="Layered closure 4.2 cm.", reasons=["c1"]),
        P("Punch biopsy", cpt="11104", site="R posterior calf",
          note="New 6 mm firm pink papule. 4 mm punch, 1 suture.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - EASTBROOK     [ModMed EMA]
Luca Marchetti, MD

74M. Here for excision of bx-proven nodular BCC L posterior shoulder (bx 02/26/2026). Also points out a new
firm pink bump on the back of the R calf x2 months - biopsied today.

Lesion 1 - L posterior shoulder
  Size pre-op 1.1 cm; margin 4 mm; excised diameter 1.9 cm
  Repair: intermediate, layered (3-0 Vicryl deep, 4-0 nylon), 4.2 cm
Lesion 2 - R posterior calf
  6 mm firm pink papule, dimples on lateral compression; ddx DF vs amelanotic lesion
  Procedure: punch biopsy 4 mm, 4-0 nylon x1

Consent x2, time-out x2, lido 1% w/ epi.
Path 03/23/2026: 1. L shoulder - BCC, nodular, margins clear. 2. R calf - dermatofibroma.
""",
    "path": [
        {"text": "1. L posterior shoulder excision: basal cell carcinoma, nodular, margins clear.",
         "site": "L posterior shoulder", "date": "2026-03-23"},
        {"text": "2. R posterior calf punch: dermatofibroma.", "site": "R posterior calf", "date": "2026-03-23"},
    ],
    "expected": E([L("11602"), L("12032", 1, "XS"), L("11104", 1, "XS")], [],
                  {"11602": ["C44.619"], "11104": ["D23.71"]}),
    "coder_note": "11602/11104 is indicator 1 (biopsy column 2) and 11104/12032 is indicator 1 (repair column 2). "
                  "The calf biopsy and the shoulder excision/repair are different sites -> XS on 11104 and on 12032. "
                  "1.1 + 0.8 = 1.9 cm arm/shoulder -> 11602.",
})

SCENARIOS.append({
    "id": "s16-mix-hs-flare-id-axilla-ilk-nodules-em25",
    "family": "mixed", "shape": "note-only",
    "description": "HS: start doxycycline + biologic work-up (99214-25), simple I&D L axilla, ILK 3 nodules (9 mg)",
    "date": "2026-04-09",
    "patient": ("Batiste", "Kendra", "1995-02-11", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa", "L73.2", "bilateral axillae, inframammary", reason=True),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """Summit Ridge Dermatology - Northgate
Scribe: A. Delgado for Chidi Okonkwo, MD

HPI: Kendra is a 31-year-old woman with hidradenitis suppurativa diagnosed about four years ago who
comes in today because she has been having what she calls the worst flare she has ever had. She explains
that over the last three weeks she has developed new painful lumps under both arms and under the right
breast, that one under her left arm has become very swollen and is "about to pop," and that she has missed
two shifts at the warehouse because she can't lift her arms. She stopped the clindamycin lotion months ago
because it did not seem to help and she has never been on any oral treatment. She smokes half a pack a
day and would like help quitting. She is not pregnant and uses an IUD.

Exam: L axilla - 2.5 cm fluctuant tender abscess. R axilla - two inflamed nodules 1.0-1.5 cm. R
inframammary fold - one inflamed nodule 1 cm. Scattered double-ended comedones and rope-like scarring in
both axillae; no sinus tracts. Hurley stage II.

Assessment/Plan:
1. Hidradenitis suppurativa, Hurley II, flaring - start doxycycline 100 mg BID x12 weeks (Rx sent).
   Discussed adalimumab / secukinumab if inadequate response; ordered QuantiFERON, hepatitis B and C
   serologies, CBC, CMP in preparation for a biologic. Benzoyl peroxide wash. Smoking cessation counseling
   (5 min), referral to state quitline.
2. L axillary abscess - incision and drainage: lido 1% w/ epi, #11 blade stab incision, 6 mL pus
   expressed, single cavity, no loculations, not packed. Simple I&D.
3. Inflamed nodules (R axilla x2, R inframammary x1) - intralesional triamcinolone 10 mg/mL, 0.3 mL into
   each of the 3 nodules (9 mg total).

RTC 4 weeks with labs. E/M level 99214 for HS management/biologic work-up, separate from procedures.
""",
    "expected": E([L("99214", 1, "25"), L("10060"), L("11900"), L("J3301")], [], {"10060": ["L73.2"]}),
    "coder_note": "GS-3: new systemic therapy and biologic work-up are beyond the procedures -> 99214-25. Simple single "
                  "I&D -> 10060; 3 other lesions injected -> 11900; 9 mg -> J3301 x1. No 10060/11900 PTP edit.",
})

# =================================================================================================================
# MOHS
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-mohs-cheek-sameday-bx-frozen-seven-blocks",
    "family": "mohs", "shape": "note-only",
    "description": "Never-biopsied L cheek lesion: tangential bx + frozen (59), Mohs stage I 7 blocks, II 2 blocks",
    "date": "2026-02-09",
    "patient": ("Ruskin", "Eleanor", "1943-05-29", "female"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left cheek", "C44.319", "L medial cheek", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """VALLEY MOHS CENTER - Summit Ridge Dermatology
Erik Lindqvist, MD - Mohs surgeon, acting as surgeon and pathologist

82F referred by her PCP for a "probable BCC" of the L medial cheek (1.5 cm below the lower lid margin), 1 yr,
enlarging. No biopsy was ever performed; no pathology exists for this lesion. Lives 2.5 h away with her
son; asked to complete evaluation and treatment in a single trip if possible.

Plan agreed: diagnostic biopsy with frozen section first; Mohs today only if the frozen section shows
carcinoma.

DIAGNOSTIC BIOPSY: 1.3 cm ill-defined scar-like pink plaque L medial cheek. Tangential (shave) biopsy,
processed as frozen section in our lab; I interpreted it: basal cell carcinoma, infiltrative pattern.
Decision for Mohs made on this result.

MOHS MICROGRAPHIC SURGERY - L medial cheek (head)
Stage I: debulk, excision with 2 mm margin, divided into 7 tissue blocks; mapped, inked.
  Residual infiltrative BCC in blocks 2 and 5.
Stage II: 2 tissue blocks from the involved sectors. Clear.
Total 2 stages; 7 blocks in stage I, 2 blocks in stage II.

Final defect 2.1 x 1.8 cm abutting the lower eyelid. Repair by oculoplastic surgery (Dr. Farrow, separate
practice) tomorrow morning; defect dressed with petrolatum and pressure bandage. No repair by us.

Specimens: all Mohs layers processed in-house; nothing sent to outside pathology.
Tolerated well.
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312"), L("17315", 2)], [],
                  {"17311": ["C44.319"]}),
    "coder_note": "MOHS-5(a)/BX-5 + README: same-day diagnostic biopsy with frozen section of a lesion without prior "
                  "pathology -> 11102-59 and 88331-59. Head site, 2 stages -> 17311 + 17312; stage I had 7 blocks "
                  "-> 17315 x2. Repair by another practice.",
})

SCENARIOS.append({
    "id": "s16-mohs-ema-pretibial-scc-sent-as-head-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "EMA sent 17311 + 17312 x2 + 17315 for pretibial SCC, 3 stages 4/3/2 blocks -> 17313 + 17314 x2 + 13121",
    "date": "2026-03-26",
    "patient": ("Tremaine", "Oscar", "1956-09-07", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage-ppo", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, right lower leg", "C44.722", "R pretibial leg", reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "procedures": [
        P("Mohs stage 1", cpt="17311", site="R pretibial", note="4 blocks", reasons=["c1"]),
        P("Mohs additional stage", cpt="17312", site="R pretibial", note="stage 2, 3 blocks", reasons=["c1"]),
        P("Mohs additional stage", cpt="17312", site="R pretibial", note="stage 3, 2 blocks", reasons=["c1"]),
        P("Mohs additional block", cpt="17315", site="R pretibial", note="auto-added", reasons=["c1"]),
        P("Complex repair", cpt="13121", site="R pretibial",
          note="4.5 cm; debridement of wound edges, retention sutures.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """VALLEY MOHS CENTER     [ModMed EMA]
Kirsten Halvorsen, MD (surgeon and pathologist)

70M, renal transplant 2015 on tacrolimus/mycophenolate. Bx 03/04/2026 R pretibial leg: invasive SCC,
moderately differentiated. Indication for Mohs: immunosuppressed host.

Stage table
| Stage | Blocks | Result                          |
|-------|--------|---------------------------------|
| 1     | 4      | SCC at 6 o'clock deep           |
| 2     | 3      | focal SCC deep at 6             |
| 3     | 2      | clear                           |

Final defect 2.4 x 1.9 cm, R pretibial leg, to deep subcutis; thin atrophic skin.
Repair: complex - devitalized, ragged wound edges debrided; layered closure; horizontal mattress retention
sutures placed due to tension. Final length 4.5 cm.
Charges (EMA template): 17311, 17312 x2, 17315 x1, 13121.
RTC 2 wk.
""",
    "expected": E([L("17313"), L("17314", 2), L("13121")], ["coding-correction"], {"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: leg -> 17313/17314, not the head/hands/feet codes. 3 stages -> 17313 + 17314 x2. No stage "
                  "exceeded 5 blocks -> no 17315. REP-3: edge debridement + retention sutures = complex; 4.5 cm leg "
                  "-> 13121 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s16-mohs-back-small-superficial-bcc-no-abn-gz",
    "family": "mohs", "shape": "free-text",
    "description": "Medicare FFS: Mohs of a 0.8 cm primary superficial BCC of the back, immunocompetent, no ABN -> 17313-GZ",
    "date": "2026-04-28",
    "patient": ("Lachance", "Norbert", "1951-11-14", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, back", "C44.519", "L mid back", reason=True),
    ],
    "procedures": [
        P("Mohs stage I", site="L mid back",
          note="Primary superficial BCC 0.8 cm. 2 tissue blocks. Margins clear after stage I.", reasons=["c1"]),
        P("Second intention healing", site="L mid back",
          note="Defect 1.3 x 1.1 cm, left to granulate. No repair."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """VALLEY MOHS CENTER
Astrid Lindgren, MD (surgeon and pathologist)

75M, bx 04/01/2026 L mid back: superficial BCC. Primary tumor, 0.8 cm, well defined. Not
immunosuppressed, no radiation history, no genetic syndrome, no aggressive histology.
Counseled that ED&C, excision or topical therapy are the standard options for this lesion and that Mohs is
not considered appropriate for a small superficial BCC of the trunk; pt insisted on Mohs after a friend's
recurrence. No ABN was obtained before the procedure.

Mohs stage I: 2 blocks, margins clear.
Defect 1.3 x 1.1 cm, second-intention healing. No repair.
Wound care handout. F/u 6 wk.
""",
    "expected": E([L("17313", 1, "GZ")], ["medical-necessity"], {"17313": ["C44.519"]}),
    "coder_note": "MOHSN-2/COS-4: small primary superficial BCC in AUC area L does not meet the Mohs LCD criteria; "
                  "Medicare FFS, no ABN -> GZ. Trunk, 1 stage -> 17313.",
})

# =================================================================================================================
# NAILS
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-nail-avulsion-r-great-and-second-toe",
    "family": "nails", "shape": "free-text",
    "description": "Free-text: avulsion R great toenail + R 2nd toenail -> 11730-T5 + 11732-T6; BCBS",
    "date": "2026-01-15",
    "patient": ("Whitlock", "Gordon", "1968-04-26", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Onychomycosis, dystrophic painful nails", "B35.1", "R great toe, R second toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, complete", site="R great toe",
          note="Thick dystrophic painful nail plate, complete avulsion after digital block.", reasons=["c1"]),
        P("Nail avulsion, complete", site="R 2nd toe",
          note="Dystrophic nail lifting, painful in shoes, complete avulsion.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Eastbrook
Jordan Pike, PA-C

57M mail carrier, painful thickened toenails R great and R 2nd toes despite 12 weeks of terbinafine
(completed 2025). KOH+ / culture T. rubrum on file. Pain in work boots.

Procedure: digital blocks R 1st and R 2nd toes with 2% plain lidocaine; tourniquet.
Nail plates of the R great toe and R second toe freed with elevator and completely avulsed. Matrix left
intact (no matrixectomy). Hemostasis, Xeroform, bulky dressing.
L foot nails mildly dystrophic - not treated today.
Rx ciclopirox for regrowth. F/u 2 wk.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], []),
    "coder_note": "First nail 11730, each additional 11732; digit modifiers T5 (R great toe) and T6 (R 2nd toe).",
})

SCENARIOS.append({
    "id": "s16-nail-ema-wedge-matrix-excision-plus-avulsion-same-toe",
    "family": "nails", "shape": "pre-coded",
    "description": "EMA sent 11730-TA + 11750-TA on the same L great toe -> 11750-TA only (11750/11730 same nail)",
    "date": "2026-02-18",
    "patient": ("Robledo", "Alejandro", "2006-07-31", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, recurrent, left great toe", "L60.0", "L great toe lateral border", reason=True),
    ],
    "procedures": [
        P("Nail avulsion (TA)", cpt="11730", site="L great toe",
          note="Lateral nail border avulsed.", reasons=["c1"]),
        P("Excision nail and matrix, partial (TA)", cpt="11750", site="L great toe",
          note="Lateral matrix horn excised for permanent removal.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - KESSLER PARK     [ModMed EMA]
Ines Castellanos, MD

19M, recurrent ingrown lateral border L great toenail, 4th episode in a year; 2 prior partial avulsions at
urgent care. Granulation tissue, no abscess.

Procedure - L great toe (TA):
 Digital block 2% plain lidocaine, tourniquet.
 Lateral 3 mm strip of the nail plate elevated and removed to the proximal nail fold.
 Lateral matrix horn surgically excised (wedge) down to periosteum for permanent removal of the lateral
 nail border. Granulation tissue curetted. Hemostasis. Dressing.
Charges: 11730-TA, 11750-TA.
F/u 2 wk.
""",
    "expected": E([L("11750", 1, "TA")], ["ncci"]),
    "coder_note": "11750/11730 is PTP indicator 1 but both are on the same nail border of the same toe (the avulsion "
                  "is part of the matrix excision) -> no distinct site, 11730 removed. Digit modifier TA.",
})

# =================================================================================================================
# PARING
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-pare-three-painful-corns-calluses-words",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three hyperkeratotic lesions (count in words) -> 11056; UHC",
    "date": "2026-01-22",
    "patient": ("Eberhardt", "Lorraine", "1970-03-03", "female"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "R fifth toe, L plantar forefoot", reason=True),
    ],
    "note_title": "Dermatology Note",
    "note": """Summit Ridge Dermatology - Northgate
Chidi Okonkwo, MD

S: 55F nurse, 12-hour shifts, painful spots on feet x months. The plantar wart on the R heel we froze in
2025 has not come back. Not diabetic, no PAD.

O: Hard corn dorsolateral R fifth toe (PIP). Two plantar calluses beneath the L first and second metatarsal
heads. No pinpoint bleeding when pared, skin lines preserved (not warts).

A: Corns/calluses, symptomatic.

P: Pared three painful hyperkeratotic lesions with a #15 blade - the corn on the R fifth toe and the two
calluses under the L 1st and 2nd metatarsal heads. Immediate relief.
Silicone toe sleeve, metatarsal pads, 40% urea cream. If they keep recurring, consider custom orthotics /
podiatry referral.
""",
    "expected": E([L("11056")], [], {"11056": ["L84"]}),
    "coder_note": "Three lesions pared -> 11056 (2-4). The heel wart is history; orthotics is a hypothetical.",
})

SCENARIOS.append({
    "id": "s16-pare-five-plantar-calluses",
    "family": "paring", "shape": "free-text",
    "description": "Free-text: five plantar calluses pared -> 11057; Medicaid",
    "date": "2026-03-04",
    "patient": ("Tolliver", "Marcus", "1982-10-10", "male"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "bilateral plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring hyperkeratotic lesions", site="bilateral plantar feet",
          note="5 painful calluses pared with #15 blade: L heel, L 1st MTH, R 1st MTH, R 5th MTH, R hallux IPJ.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Kessler Park
Ren Nakamura, MD

44M line cook, standing 10 h/day; painful thick skin on both soles, limping by end of shift.
Not diabetic. Pedal pulses 2+.

Exam: five discrete painful calluses (L heel, L 1st MTH, R 1st MTH, R 5th MTH, R hallux IPJ). Skin lines
intact through lesions, no thrombosed capillaries.

Procedure per entry - all five pared. Pt walked out without pain.
Urea 40% cream nightly, cushioned insoles. RTC 8-10 wk prn.
""",
    "expected": E([L("11057")], [], {"11057": ["L84"]}),
    "coder_note": "More than 4 lesions -> 11057.",
})

# =================================================================================================================
# PATCH TEST
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-patch-na80-comprehensive-series",
    "family": "patch-test", "shape": "free-text",
    "description": "Free-text: North American 80 comprehensive series applied -> 95044 x80; Cigna",
    "date": "2026-02-02",
    "patient": ("Lindqvist-Moore", "Annika", "1979-09-19", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Dermatitis, eyelids and face, suspected allergic contact", "L30.9", "eyelids, face", reason=True),
    ],
    "procedures": [
        P("Patch test application - NA 80 comprehensive series", site="upper back",
          note="80 allergens applied in IQ Ultra chambers, 8 panels of 10. Read at 48 h and 96 h.",
          reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": """Summit Ridge Dermatology - Contact Dermatitis Clinic (Valley)
Henrietta Voss, MD

46F with 8 months of eyelid and perioral dermatitis, partial response to tacrolimus; hair dye, nail
acrylics, and fragranced skincare in history. Off systemic steroids > 4 weeks, no topical steroid to the
back for 2 weeks, no recent sun exposure to the back.

Applied today: North American 80 Comprehensive Series - 80 allergens, 8 panels of 10 chambers, upper back,
marked with skin marker. Patient's own products NOT tested today (will add at first read if needed).
Instructions: keep dry, no exercise/sweating. Return 02/04 for 48-h read and 02/06 for delayed read.
""",
    "expected": E([L("95044", 80)], []),
    "coder_note": "95044 units = number of allergens applied (80); MUE 90.",
})

SCENARIOS.append({
    "id": "s16-patch-new-hand-dermatitis-consult-em25-36-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "New patient hand dermatitis: evaluation + Rx (99204-25) and 36 patch tests applied; BCBS",
    "date": "2026-04-13",
    "patient": ("Szymanski", "Teodor", "1975-05-15", "male"),
    "provider": "adeyemi", "payer": "commercial", "minutes": 55, "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, chronic, occupational", "L30.9", "bilateral hands", reason=True),
    ],
    "note_title": "New Patient Consultation",
    "note": """Summit Ridge Dermatology - Contact Dermatitis Clinic (Valley)
Folake Adeyemi, MD                                        NEW PATIENT

Referred by occupational health. 50M machinist with 14 months of hand dermatitis: fissured, vesicular
palms and fingers, worse on workdays, better on vacation. Exposures: metalworking fluids, nitrile and
latex gloves, epoxy, hand cleaners with fragrance. Childhood eczema. Tried OTC hydrocortisone only.

Exam: bilateral palmar and volar-finger erythema, scale, fissures, vesicles on lateral fingers; nails with
cuticle loss; no involvement elsewhere. KOH not indicated (palmar vesicles symmetric, no scale at web spaces).

Assessment: chronic hand dermatitis - irritant vs allergic contact vs dyshidrotic/atopic.

Plan:
1. Clobetasol 0.05% ointment BID x2 weeks then weekends; petrolatum barrier, cotton liners under
   vinyl gloves (avoid rubber accelerators pending results). Rx sent. Work note for 1 week of modified
   duty. Discussed that if tests are negative we will consider systemic therapy.
2. Patch testing applied today: Summit Ridge Occupational/Hand Series - 36 allergens (incl. rubber
   accelerators, metalworking fluid biocides, epoxy resin, fragrance mix I/II), upper back. Reads at 48 and
   96 h.

Level of service: 99204 - new-patient evaluation and prescription management, separate from the
patch-test application.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 36)], []),
    "coder_note": "95044/99204 is PTP indicator 1; new-patient work-up with Rx management is separately identifiable "
                  "-> 99204-25. 36 allergens -> 95044 x36.",
})

# =================================================================================================================
# PHOTOTHERAPY
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-photo-nbuvb-sent-as-goeckerman",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Pre-coded 96910 but NB-UVB alone (no tar, no psoralen) -> 96900; Medicare FFS",
    "date": "2026-02-13",
    "patient": ("Cartwright", "Eugene", "1952-04-17", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy, tar + UVB", cpt="96910", site="full body",
          note="NB-UVB 311 nm, 1250 mJ/cm2, session 14.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """SUMMIT RIDGE DERMATOLOGY - PHOTOTHERAPY UNIT (Kessler Park)
Supervising: Ren Nakamura, MD    Tech: L. Osei, RN

Pt: Cartwright, Eugene    Dx: psoriasis vulgaris, 18% BSA at start
Session #14, narrowband UVB (311 nm) full-body cabinet.
Dose today 1250 mJ/cm2 (prior 1150), no erythema from last session.
Coal tar: NOT applied (discontinued at session 6 - pt intolerant of odor). No psoralen.
Goggles, face shield, genital shielding used.
BSA now ~9%. Continue 3x/week.
Charge code in legacy order set: 96910 (Goeckerman) - order not updated after tar stopped.
""",
    "expected": E([L("96900")], ["coding-correction"], {"96900": ["L40.0"]}),
    "coder_note": "No tar and no psoralen today: UVB alone is actinotherapy 96900, not 96910.",
})

SCENARIOS.append({
    "id": "s16-photo-excimer-elbows-knees-275-sqcm",
    "family": "phototherapy", "shape": "note-only",
    "description": "Excimer to four psoriasis plaques, 60+55+85+75 = 275 sq cm -> 96921; Aetna",
    "date": "2026-03-20",
    "patient": ("Iverson", "Trudy", "1988-12-28", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized", "L40.0", "bilateral elbows and knees", reason=True),
    ],
    "note_title": "Excimer Laser Treatment",
    "note": """Summit Ridge Dermatology - Northgate
Rafael Santos, MD

37F localized plaque psoriasis (~4% BSA), failed 4 months of clobetasol + calcipotriene. Prior auth on
file (Aetna, 13 treatments). Treatment #5.

308 nm excimer laser, treated areas:
 - R elbow plaque  60 sq cm   MED x2
 - L elbow plaque  55 sq cm   MED x2
 - R knee plaque   85 sq cm   MED x2
 - L knee plaque   75 sq cm   MED x2
Total treated area: 275 sq cm.
Mild erythema from last session only. No blistering.
Continue twice weekly.
""",
    "expected": E([L("96921")], [], {"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by total area: 275 sq cm falls in the 250-500 band -> 96921.",
})

# =================================================================================================================
# POST-OP / GLOBAL PERIOD
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-postop-suture-removal-day9-em-to-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal day 9 after 11603 (010 global); provider chose 99212 -> 99024",
    "date": "2026-04-15",
    "patient": ("Farquhar", "Ingrid", "1969-06-06", "female"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for surgical aftercare following surgery on the skin", "Z48.817", reason=True),
    ],
    "prior": [
        PRIOR("2026-04-06", "11603", "Excision malignant lesion trunk", "R lower back",
              "SCC 1.5 cm with 4 mm margins. Layered closure."),
    ],
    "note_title": "Post-op Visit",
    "note": """Summit Ridge Dermatology - Eastbrook
Luca Marchetti, MD

Post-op check, R lower back excision (SCC, 04/06/2026), POD 9. Path margins clear - reviewed with pt.
Pt reports mild itch only. No fever, no drainage.

Exam: incision 5.5 cm, well approximated, no erythema, no dehiscence.
Sutures removed (14). Steri-strips applied.

Plan: scar care, silicone gel after 2 weeks; next full skin exam in 6 months.
No new problems raised today.
LOS entered: 99212
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/GS-5: routine post-op visit (suture removal, wound check) inside the 10-day global of "
                  "11603 -> 99024, not an E/M.",
})

SCENARIOS.append({
    "id": "s16-postop-flap-global-new-rosacea-99213-24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 30 of a 14040 flap global: flap check + new rosacea flare with Rx -> 99213-24; Cigna",
    "date": "2026-03-12",
    "patient": ("Quarles", "Hazel", "1955-08-21", "female"),
    "provider": "chen", "payer": "commercial-cigna", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Rosacea, papulopustular, flare", "L71.9", "central face", reason=True),
        C("c2", "Encounter for surgical aftercare following surgery on the skin", "Z48.817"),
    ],
    "prior": [
        PRIOR("2026-02-10", "14040", "Adjacent tissue transfer, cheek", "R cheek",
              "Rotation flap after excision of BCC R cheek, 8.5 sq cm."),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """Summit Ridge Dermatology - Eastbrook
Wei Chen, MD

Interval: POD 30 s/p rotation flap R cheek (02/10/2026). Also new complaint: red bumps and burning on
nose, chin and both cheeks for 3 weeks, flushing with hot drinks; never treated before.

Exam:
- R cheek flap: viable, well healed, mild erythema at distal tip, no dehiscence or necrosis.
- Central face: erythema with scattered papules and pustules on nose, chin, medial cheeks; no comedones.
  Telangiectasias.

A/P:
1. Post-op R cheek flap - healing well, massage, silicone gel. (Global period - no charge for this part.)
2. Papulopustular rosacea - new problem, unrelated to the surgery. Start metronidazole 0.75% gel BID and
   doxycycline 40 mg ER daily (Rx sent). Trigger avoidance, gentle cleanser, mineral SPF.
RTC 8 weeks.
LOS: 99213 for the rosacea evaluation/management.
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], {"99213": ["L71.9"]}),
    "coder_note": "GS-5: unrelated E/M (new rosacea with Rx) inside the 90-day global of 14040 -> 24. The flap check "
                  "itself is in the global package.",
})

SCENARIOS.append({
    "id": "s16-postop-ema-new-forearm-bx-in-excision-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Day 7 after 11602 on the back: wound check + tangential bx of a new R forearm lesion -> 11102-79",
    "date": "2026-04-27",
    "patient": ("Sandoval", "Rodrigo", "1948-02-08", "male"),
    "provider": "okafor", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right forearm", "D04.61", "R dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-04-20", "11602", "Excision malignant lesion trunk", "R upper back",
              "BCC 1.0 cm, 3 mm margins, excised diameter 1.6 cm."),
    ],
    "procedures": [
        P("Tangential biopsy", cpt="11102", site="R dorsal forearm",
          note="8 mm pink scaly plaque, new, bleeds with minor trauma. Shave bx.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - NORTHGATE     [ModMed EMA]
Adaeze Okafor, MD

78M, POD 7 s/p excision of BCC R upper back (04/20/2026). Wound check: clean, intact, sutures in place
(removal next week).

New: pink scaly spot on the R forearm, 2 months, bleeds when he bumps it. Not related to the back site.

Lesion 1
  Location: R dorsal forearm
  Size: 8 mm
  Procedure: tangential biopsy (shave), AlCl3
  Ddx: SCCIS vs BCC vs ISK

Charges: 11102
Path 04/30/2026: SCC in situ (Bowen disease), transected at base.
""",
    "path": [
        {"text": "R dorsal forearm, shave: squamous cell carcinoma in situ.", "site": "R dorsal forearm",
         "date": "2026-04-30"},
    ],
    "expected": E([L("11102", 1, "79")], ["global-period"], {"11102": ["D04.61"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion) inside the 10-day global of 11602 -> 79. The wound check "
                  "of the back is part of that global (no 99024 on the day of an unrelated procedure).",
})

# =================================================================================================================
# REPAIR
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-rep-garden-fall-three-lacerations",
    "family": "repair", "shape": "free-text",
    "description": "Free-text: simple repairs L forearm 2.0 + L hand 3.1 = 5.1 -> 12002; chin 1.0 -> 12011; BCBS",
    "date": "2026-05-04",
    "patient": ("Albrecht", "Gunther", "1960-10-24", "male"),
    "provider": "okafor", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body of left forearm, initial encounter", "S51.812A", "L forearm",
          reason=True),
        C("c2", "Laceration without foreign body of left hand, initial encounter", "S61.412A", "L dorsal hand",
          reason=True),
        C("c3", "Laceration without foreign body of other part of head (chin), initial encounter", "S01.81XA",
          "chin", reason=True),
    ],
    "procedures": [
        P("Laceration repair, simple", site="L forearm", note="2.0 cm, single layer 4-0 nylon.", reasons=["c1"]),
        P("Laceration repair, simple", site="L dorsal hand", note="3.1 cm, single layer 4-0 nylon.",
          reasons=["c2"]),
        P("Laceration repair, simple", site="chin", note="1.0 cm, single layer 6-0 nylon.", reasons=["c3"]),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Northgate (walk-in, established pt)
Adaeze Okafor, MD

65M, est. pt (AK follow-up), fell onto a metal garden trellis 2 h ago. Tdap 2022. No LOC, no other injury.
Wounds irrigated with 250 mL saline; explored, no foreign body, no tendon involvement, clean edges.
 - L forearm 2.0 cm superficial laceration
 - L dorsal hand 3.1 cm superficial laceration
 - Chin 1.0 cm superficial laceration
All closed in a single layer (simple). Lido 1% w/ epi.
Wound care reviewed. Suture removal: chin 5 d, forearm/hand 10 d.
""",
    "expected": E([L("12002"), L("12011")], []),
    "coder_note": "REP-1/REP-2: simple repairs summed within the same group (forearm + hand = 5.1 cm -> 12002); the "
                  "chin is the face group -> 12011 separately. No 12002/12011 PTP edit in the table.",
})

SCENARIOS.append({
    "id": "s16-rep-ema-chin-complex-1cm-downcoded",
    "family": "repair", "shape": "pre-coded",
    "description": "EMA sent 13131 for a 1.0 cm chin laceration with edge debridement, layered -> 12051; Medicaid MCO",
    "date": "2026-01-30",
    "patient": ("Oyelaran", "Deji", "2010-04-02", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Laceration without foreign body of other part of head (chin), initial encounter", "S01.81XA",
          "chin", reason=True),
    ],
    "procedures": [
        P("Complex repair chin", cpt="13131", site="chin",
          note="1.0 cm. Edges debrided, layered closure.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - KESSLER PARK     [ModMed EMA]
Ines Castellanos, MD

15M, fell off skateboard 3 h ago, chin laceration. Mother present, consent signed.
Wound: 1.0 cm stellate laceration of the chin with ragged, abraded edges, through dermis into
subcutaneous fat.
Repair: irrigated, edges sharply debrided (~1 mm) to clean margins; 5-0 Monocryl deep dermal x2, 6-0
nylon simple interrupted. Final repair length 1.0 cm.
Charges: 13131 (template pick)
Suture removal 5-6 days.
""",
    "expected": E([L("12051")], ["coding-correction"]),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple or intermediate; layered closure on "
                  "the face -> 12051.",
})

SCENARIOS.append({
    "id": "s16-rep-nasal-ala-advancement-flap-after-outside-mohs",
    "family": "repair", "shape": "note-only",
    "description": "Repair only: advancement flap of a nasal ala Mohs defect from an outside surgeon, 4.5 sq cm -> 14060",
    "date": "2026-04-07",
    "patient": ("Whitmore", "Agatha", "1950-07-13", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "R nasal ala", reason=True),
    ],
    "note_title": "Reconstruction Operative Note",
    "note": """Summit Ridge Dermatology - Northgate
Samuel Weiss, MD - Reconstructive surgery

73F. Mohs surgery for BCC of the R nasal ala completed this morning by Dr. H. Prakash (Lakeview Skin
Surgery, separate practice); tumor cleared in 2 stages there. Sent to us for same-day reconstruction as
arranged at our consult on 03/30/2026 (repair plan decided then; no E/M today).

Defect: 1.4 x 1.0 cm R nasal ala, to the perichondrium, no cartilage loss, alar rim intact.
Options: second intention (risk of alar retraction), FTSG (color/texture mismatch), local flap - chosen.

Procedure: nasal sidewall advancement flap (V-Y).
Primary defect 1.4 sq cm. Secondary defect (flap design/donor) 3.1 sq cm. Total area 4.5 sq cm.
Local anesthesia 1% lido w/ epi 4 mL. Flap incised, elevated in the submuscular plane, advanced and inset
with 5-0 Monocryl deep and 6-0 Prolene. Burow's triangle excised. Hemostasis bipolar.
FTSG was considered and not done.
EBL minimal. No complications. Suture removal 1 week.
""",
    "expected": E([L("14060")], [], {"14060": ["C44.311"]}),
    "coder_note": "FLAP-1: defect + flap design = 1.4 + 3.1 = 4.5 sq cm on the nose -> 14060. Mohs by another practice "
                  "is not on our claim; decision for surgery was at an earlier visit, so no 57 E/M.",
})

# =================================================================================================================
# SHAVE
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-shave-ema-lesion-fields-three-site-groups",
    "family": "shave", "shape": "pre-coded",
    "description": "EMA sent 11300 x3; lesions L dorsal hand 0.4, R cheek 0.7, upper back 1.3 -> 11305 + 11311 + 11302",
    "date": "2026-01-26",
    "patient": ("Bellweather", "Constance", "1949-09-09", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "L dorsal hand; R cheek", reason=True),
        C("c2", "Melanocytic nevus of trunk, irritated", "D22.5", "upper back", reason=True),
    ],
    "procedures": [
        P("Shave removal", cpt="11300", site="L dorsal hand", note="Lesion 1, 0.4 cm", reasons=["c1"]),
        P("Shave removal", cpt="11300", site="R cheek", note="Lesion 2, 0.7 cm", reasons=["c1"]),
        P("Shave removal", cpt="11300", site="upper back", note="Lesion 3, 1.3 cm", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """SUMMIT RIDGE DERMATOLOGY - KESSLER PARK     [ModMed EMA]
Astrid Lindgren, MD

76F, three symptomatic lesions.

Lesion 1
  Site: L dorsal hand
  Diameter: 0.4 cm
  Symptoms: catches on her rings, bled twice this month; red, crusted
  Procedure: shave removal, DermaBlade, AlCl3
Lesion 2
  Site: R cheek
  Diameter: 0.7 cm
  Symptoms: itchy, inflamed, bleeds when she scratches
  Procedure: shave removal, AlCl3 + light hyfrecation
Lesion 3
  Site: upper back (bra line)
  Diameter: 1.3 cm
  Symptoms: pedunculated, rubbed by bra strap, inflamed and bleeding
  Procedure: shave removal at base, AlCl3

Consent, lido 1% w/ epi. All specimens to path.
Charge capture defaulted to 11300 x3.

Path 01/29/2026: 1. inflamed SK. 2. inflamed SK. 3. intradermal nevus with irritation.
""",
    "path": [
        {"text": "1. L dorsal hand: inflamed seborrheic keratosis.", "site": "L dorsal hand", "date": "2026-01-29"},
        {"text": "2. R cheek: inflamed seborrheic keratosis.", "site": "R cheek", "date": "2026-01-29"},
        {"text": "3. Upper back: intradermal melanocytic nevus with irritation.", "site": "upper back",
         "date": "2026-01-29"},
    ],
    "expected": E([L("11305"), L("11311"), L("11302")], ["coding-correction"]),
    "coder_note": "SH-1: code each lesion by site group and diameter: hand (SNHFG) 0.4 -> 11305; cheek (FEENLM) 0.7 "
                  "-> 11311; back (TAL) 1.3 -> 11302. Bleeding/inflammation documented (BSL-3), so covered.",
})

SCENARIOS.append({
    "id": "s16-shave-scalp-no-diameter-helix-half-cm",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal scalp lesion without a size (no line) + L helix 0.5 cm -> 11310; UHC",
    "date": "2026-02-23",
    "patient": ("Montague", "Felix", "1963-01-31", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "vertex scalp; L helix", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Northgate
Rafael Santos, MD

63M with two bothersome growths: one on the crown that his comb catches and tears open (bleeding x3 this
month), and one on the top of the L ear that is sore against his pillow and phone.

Exam: vertex scalp - inflamed, crusted verrucous papule. L superior helix - 0.5 cm inflamed keratotic
papule.

PROCEDURE NOTE
Consent, lido 1% w/ epi.
1) Vertex scalp: shave removal flush with the surrounding skin using a DermaBlade; hemostasis with AlCl3.
2) L superior helix: shave removal of the 0.5 cm lesion; AlCl3.
Both to pathology.

Path 02/26/2026: both inflamed seborrheic keratoses.
""",
    "path": [
        {"text": "1. Vertex scalp: inflamed seborrheic keratosis.", "site": "vertex scalp", "date": "2026-02-26"},
        {"text": "2. L superior helix: inflamed seborrheic keratosis.", "site": "L helix", "date": "2026-02-26"},
    ],
    "expected": E([L("11310")], ["missing-documentation"], {"11310": ["L82.0"]}),
    "coder_note": "SH-1 + README: shave codes are size-banded; the scalp lesion has no diameter -> no line, "
                  "missing-documentation. Ear (FEENLM) 0.5 cm -> 11310.",
})

# =================================================================================================================
# SKIN TAGS
# =================================================================================================================

SCENARIOS.append({
    "id": "s16-tags-twenty-two-irritated-neck-axillae",
    "family": "skin-tags", "shape": "note-only",
    "description": "Medicare FFS: 22 irritated/bleeding tags (14 neck + 5 L axilla + 3 R axilla) -> 11200 + 11201",
    "date": "2026-03-02",
    "patient": ("Pettigrew", "Agnes", "1951-12-19", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, inflamed", "L91.8", "neck, bilateral axillae", reason=True),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """Summit Ridge Dermatology - Northgate
Scribed by J. Whitfield for Marc Baptiste, MD

HPI: Mrs. Pettigrew is a 74-year-old woman who comes in because the skin tags on her neck and under her
arms have become a real nuisance over the past few months. She explains that several on her neck catch on
her necklace and the collar of her winter coat and have bled onto her blouses, and the ones under her arms
get red and sore when she shaves and with her deodorant. One tore last week and bled for twenty minutes.
She is not interested in having them removed for looks - she wants the painful and bleeding ones gone.

Exam: Neck with fourteen pedunculated skin-colored to brown papules, several with erythema, crust or
hemorrhagic tips. Left axilla with five and right axilla with three similar papules, inflamed.

Assessment: acrochordons, inflamed and bleeding (symptomatic).

Procedure: consent; snip excision with sterile curved iris scissors and AlCl3 hemostasis of all twenty-two
tags (neck 14, L axilla 5, R axilla 3).
Post-care reviewed. RTC prn.
""",
    "expected": E([L("11200"), L("11201")], [], {"11200": ["L91.8"]}),
    "coder_note": "22 tags -> 11200 (first 15) + 11201 x1 (7 more, each additional 10 or part). Bleeding/inflamed "
                  "tags meet BSL-3, so not cosmetic.",
})

SCENARIOS.append({
    "id": "s16-tags-thirty-one-inflamed-mue-cap",
    "family": "skin-tags", "shape": "free-text",
    "description": "Free-text: 31 inflamed tags -> 11200 + 11201 x2 by count, capped at MUE 1; Aetna",
    "date": "2026-04-21",
    "patient": ("Rourke", "Desmond", "1972-08-05", "male"),
    "provider": "ramirez", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, inflamed", "L91.8", "neck, axillae, inframammary folds", reason=True),
    ],
    "procedures": [
        P("Removal skin tags", site="neck, bilateral axillae, inframammary folds",
          note="31 irritated acrochordons (many inflamed, bleeding with friction from straps and collar). Snip "
               "excision + AlCl3.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Summit Ridge Dermatology - Eastbrook
Sofia Ramirez, MD

53M, numerous skin tags that rub on his backpack straps, work collar and belt line; bleeding, red and
tender ones in the axillae and under the chest folds. Pre-diabetic (A1c 6.1).

Counted and removed: 31 acrochordons (neck 12, R axilla 7, L axilla 6, inframammary 6).
Snip excision, AlCl3 hemostasis. Tolerated well.
RTC prn.
""",
    "expected": E([L("11200"), L("11201")], ["mue"], {"11200": ["L91.8"]}),
    "coder_note": "31 tags -> 11200 + 11201 x ceil(16/10) = 2, but the 11201 MUE is 1 -> capped at 1 with an mue "
                  "finding (README Coding decisions).",
})
