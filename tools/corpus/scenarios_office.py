# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""Other office procedures: intralesional + J3301, I&D, nails, paring, phototherapy, patch testing."""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

INTRALESIONAL = [
    {
        "id": "ilk-alopecia-areata-nine-patches", "family": "intralesional", "shape": "note-only",
        "description": "ILK to 9 alopecia areata patches, 16 mg total -> 11901 + J3301 x2",
        "date": "2026-01-07", "payer": "commercial", "provider": "baptiste",
        "patient": ("Sato", "Yumi", "1994-09-03", "female"),
        "note": """Yumi Sato 31F 01/07/2026
Alopecia areata, patchy, scalp - 9 patches now (was 5), 2 in eyebrows excluded today.
Procedure: intralesional triamcinolone acetonide 10 mg/mL, 0.1 mL per site, to nine (9) patches of the scalp;
1.6 mL total (16 mg). Consent, 30g needle. Tolerated.
Continue clobetasol solution. Return 6 weeks.
""",
        "expected": E([L("11901"), L("J3301", 2)]),
    },
    {
        "id": "ilk-keloid-precoded-units", "family": "intralesional", "shape": "pre-coded",
        "description": "11900 + J3301 for 20 mg into 2 ear keloids -> J3301 x2",
        "date": "2026-01-22", "payer": "medicaid", "provider": "ramirez",
        "patient": ("Okafor", "Chidi", "1997-04-14", "male"),
        "conditions": [C("c1", "Keloid scar", "L91.0", "Bilateral earlobes", reason=True)],
        "procedures": [
            P("Intralesional injection, up to 7 lesions", "11900", "Bilateral earlobes",
              "Kenalog-40, 0.25 mL into each of 2 symptomatic earlobe keloids (20 mg total).", ["c1"]),
            P("Injection, triamcinolone acetonide, per 10 mg", "J3301", "Bilateral earlobes", "20 mg.", ["c1"]),
        ],
        "note": """Chidi Okafor 28M 1/22/2026. Painful, itchy earlobe keloids after piercing. Kenalog 40 mg/mL, 0.25 mL each
(2 keloids), total 20 mg. Repeat 4-6 weeks.""",
        "expected": E([L("11900"), L("J3301", 2)]),
    },
    {
        "id": "ilk-extensive-keloids-j3301-mue", "family": "intralesional", "shape": "free-text",
        "description": "200 mg triamcinolone into 12 chest/back keloids: J3301 x20 exceeds MUE 16 -> 11901 + J3301 x16",
        "date": "2026-02-05", "payer": "commercial-uhc", "provider": "baptiste",
        "patient": ("Boateng", "Kofi", "1985-06-30", "male"),
        "conditions": [C("c1", "Keloid scar", "L91.0", "Chest, shoulders, upper back", reason=True)],
        "procedures": [P("Intralesional steroid injection, more than 7 lesions", None, "Chest, shoulders, upper back",
                         "Kenalog-40, 5.0 mL total (200 mg) into twelve painful keloids.", ["c1"])],
        "note": """Kofi Boateng 40M  2/5/2026. Extensive painful pruritic acne keloids (12) on chest, shoulders, back.
Triamcinolone acetonide 40 mg/mL, total 5.0 mL = 200 mg, divided among 12 keloids.""",
        "expected": E([L("11901"), L("J3301", 16)], ["mue"]),
    },
    {
        "id": "ilk-three-acne-cysts-low-dose", "family": "intralesional", "shape": "free-text",
        "description": "ILK 2.5 mg/mL, 0.3 mL each into 3 cysts (2.25 mg) -> 11900 + J3301 x1",
        "date": "2026-02-19", "payer": "commercial-cigna", "provider": "okafor",
        "patient": ("Russo", "Giulia", "2003-11-11", "female"),
        "conditions": [C("c1", "Cystic acne", "L70.0", "Jawline", reason=True)],
        "procedures": [P("Intralesional injection", None, "Jawline",
                         "Triamcinolone 2.5 mg/mL, 0.3 mL into each of three painful cysts.", ["c1"])],
        "note": """Giulia Russo 22F 02/19/2026. Three painful inflamed cysts along the jawline before her wedding.
Kenalog diluted to 2.5 mg/mL, 0.3 mL into each (3 cysts).""",
        "expected": E([L("11900"), L("J3301")]),
    },
]

INCISION = [
    {
        "id": "id-simple-abscess-precoded", "family": "incision-drainage", "shape": "pre-coded",
        "description": "I&D of a single simple abscess of the thigh -> 10060",
        "date": "2026-01-08", "payer": "medicaid", "provider": "ramirez",
        "patient": ("Harper", "Dwayne", "1990-02-02", "male"),
        "conditions": [C("c1", "Cutaneous abscess of right lower limb", "L02.415", "Right thigh", reason=True)],
        "procedures": [P("Incision and drainage of abscess, simple or single", "10060", "Right anterior thigh",
                         "2 cm fluctuant abscess, incised, purulent material expressed, no packing.", ["c1"])],
        "note": """Dwayne Harper 35M 1/8/26: tender fluctuant 2 cm abscess R thigh. I&D with #11 blade, pus expressed,
culture sent. No packing. Doxycycline x7d.""",
        "expected": E([L("10060")]),
    },
    {
        "id": "id-complicated-packing-note-only", "family": "incision-drainage", "shape": "note-only",
        "description": "Complicated I&D (loculations broken, packed) of an axillary abscess -> 10061",
        "date": "2026-01-29", "payer": "commercial", "provider": "baptiste",
        "patient": ("Ingram", "Latoya", "1989-10-10", "female"),
        "note": """Latoya Ingram 36F 01/29/2026
Painful swelling L axilla x5 days, fever yesterday. Hx HS.
Exam: 4 cm fluctuant, erythematous abscess L axilla with surrounding induration.
Procedure: complicated incision and drainage. Consent; lidocaine field block; 1.5 cm incision; copious
purulence; loculations bluntly broken with hemostat; irrigated; packed with 1/4" iodoform gauze.
Culture sent. Return 48 h for packing change. Clindamycin.
""",
        "expected": E([L("10061")]),
    },
    {
        "id": "id-both-10060-10061-same-abscess", "family": "incision-drainage", "shape": "pre-coded",
        "description": "10061 and 10060 both sent for the same abscess -> 10061 only",
        "date": "2026-02-12", "payer": "commercial-aetna", "provider": "ramirez",
        "patient": ("Walsh", "Declan", "1979-08-08", "male"),
        "conditions": [C("c1", "Cutaneous abscess of back", "L02.212", "Upper back", reason=True)],
        "procedures": [
            P("I&D complicated", "10061", "Upper back", "Complicated I&D with packing of 5 cm abscess.", ["c1"]),
            P("I&D simple", "10060", "Upper back", "Same abscess.", ["c1"]),
        ],
        "note": """Declan Walsh 46M 2/12/2026: 5 cm abscess upper back; complicated I&D, loculations broken, packed. One
abscess only.""",
        "expected": E([L("10061")], ["ncci"]),
    },
    {
        "id": "id-inflamed-cyst-free-text", "family": "incision-drainage", "shape": "free-text",
        "description": "I&D of an infected epidermoid cyst of the neck -> 10060",
        "date": "2026-03-03", "payer": "medicare-advantage", "provider": "lindqvist",
        "patient": ("Pryce", "Evelyn", "1953-07-19", "female"),
        "conditions": [C("c1", "Infected epidermoid cyst", "L72.0", "Posterior neck", reason=True)],
        "procedures": [P("Incision and drainage of infected cyst", None, "Posterior neck",
                         "Fluctuant tender infected cyst incised and drained; cheesy purulent material; no packing.",
                         ["c1"])],
        "note": """Evelyn Pryce 72F 3/3/2026 - infected cyst posterior neck, very tender. I&D performed. Excision later once
quiet.""",
        "expected": E([L("10060")]),
    },
]

NAILS = [
    {
        "id": "nail-debridement-six-commercial", "family": "nails", "shape": "free-text",
        "description": "Debridement of 6 dystrophic mycotic nails -> 11721",
        "date": "2026-01-15", "payer": "commercial", "provider": "chen",
        "patient": ("Carver", "Dennis", "1961-03-01", "male"),
        "conditions": [C("c1", "Onychomycosis", "B35.1", "Toenails", reason=True)],
        "procedures": [P("Nail debridement", None, "Bilateral toenails",
                         "Debridement of 6 thick painful mycotic toenails (R1-3, L1-3) with nippers and burr.", ["c1"])],
        "note": """Dennis Carver 65M 1/15/2026 - painful thickened toenails, can't wear work boots. Debrided six (6) nails
manually and with an electric burr.""",
        "expected": E([L("11721")]),
    },
    {
        "id": "nail-avulsion-two-great-toes", "family": "nails", "shape": "pre-coded",
        "description": "Avulsion of both great toenails -> 11730-TA + 11732-T5 (digit modifiers)",
        "date": "2026-02-04", "payer": "commercial-uhc", "provider": "okafor",
        "patient": ("Lindsey", "Paige", "1998-12-12", "female"),
        "conditions": [C("c1", "Ingrowing nail", "L60.0", "Bilateral great toes", reason=True)],
        "procedures": [
            P("Avulsion of nail plate, single", "11730", "Left great toe",
              "Complete avulsion of the left hallux nail.", ["c1"]),
            P("Avulsion of nail plate, each additional", "11732", "Right great toe",
              "Complete avulsion of the right hallux nail.", ["c1"]),
        ],
        "note": """Paige Lindsey 27F 2/4/2026. Recurrent painful infected ingrown nails of both great toes. Digital blocks;
complete nail avulsion: left great toe, then right great toe. Dressings.""",
        "expected": E([L("11730", 1, "TA"), L("11732", 1, "T5")]),
    },
    {
        "id": "nail-matrixectomy-right-great-toe", "family": "nails", "shape": "note-only",
        "description": "Partial nail excision with matrixectomy (permanent), right great toe -> 11750-T5",
        "date": "2026-02-25", "payer": "medicaid", "provider": "ramirez",
        "patient": ("Estrada", "Mateo", "2007-05-05", "male"),
        "note": """Mateo Estrada 18M 02/25/2026
Chronic recurrent ingrown nail, right great toe, lateral border; failed 2 avulsions.
Procedure: digital block. Lateral 1/4 of the right hallux nail plate excised with the underlying matrix
(partial permanent nail excision); matrix ablated with phenol x3 (chemical matrixectomy).
Dressing applied.
""",
        "expected": E([L("11750", 1, "T5")]),
    },
    {
        "id": "nail-debridement-new-patient-25", "family": "nails", "shape": "note-only",
        "description": "New patient: tinea pedis/hyperhidrosis managed with Rx + debridement of 3 nails -> 99203-25 + 11720",
        "date": "2026-03-11", "payer": "commercial-cigna", "provider": "chen", "em": "99203",
        "patient": ("Falk", "Henrik", "1975-01-25", "male"),
        "note": """Henrik Falk 51M new patient 3/11/2026
1. Plantar hyperhidrosis with interdigital tinea pedis (new): KOH positive in office. Start ketoconazole
   cream, aluminum chloride hexahydrate 20% nightly (Rx). Discussed iontophoresis.
2. Onychomycosis with painful thick nails L1, L2, R1: debridement of three nails with nippers/burr.
""",
        "expected": E([L("99203", 1, "25"), L("11720")]),
    },
]

PARING = [
    {
        "id": "paring-three-calluses-diabetic", "family": "paring", "shape": "note-only",
        "description": "Paring of 3 painful calluses in a diabetic with neuropathy -> 11056",
        "date": "2026-01-23", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Whitby", "Norman", "1945-09-19", "male"),
        "note": """Norman Whitby 80M 01/23/2026
Type 2 DM with peripheral neuropathy (E11.42); absent monofilament sensation bilaterally; DP pulses
diminished. Painful hyperkeratotic lesions.
Procedure: paring of three (3) calluses (R 1st MTH, R heel, L 5th MTH) with a #15 blade.
""",
        "expected": E([L("11056")]),
    },
    {
        "id": "paring-single-corn-free-text", "family": "paring", "shape": "free-text",
        "description": "Paring of a single painful corn -> 11055",
        "date": "2026-02-13", "payer": "commercial", "provider": "okafor",
        "patient": ("Doyle", "Siobhan", "1970-04-04", "female"),
        "conditions": [C("c1", "Corn and callus", "L84", "Left 5th toe", reason=True)],
        "procedures": [P("Paring of corn", None, "Left fifth toe",
                         "Painful hard corn dorsolateral L 5th toe pared with #15 blade.", ["c1"])],
        "note": """Siobhan Doyle 55F 2/13/2026. Painful corn L 5th toe from narrow shoes; pared; padding advised.""",
        "expected": E([L("11055")]),
    },
    {
        "id": "paring-precoded-11057-with-11056", "family": "paring", "shape": "pre-coded",
        "description": "6 lesions pared, 11057 and 11056 both sent (indicator 0) -> 11057 only",
        "date": "2026-03-06", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Marsh", "Eleanor", "1958-08-28", "female"),
        "conditions": [C("c1", "Corn and callus", "L84", "Bilateral plantar feet", reason=True)],
        "procedures": [
            P("Paring of benign hyperkeratotic lesions, more than 4", "11057", "Bilateral plantar feet",
              "Six painful calluses pared.", ["c1"]),
            P("Paring of benign hyperkeratotic lesions, 2-4", "11056", "Bilateral plantar feet", "", ["c1"]),
        ],
        "note": """Eleanor Marsh 67F 3/6/2026. Six (6) painful plantar calluses pared (R x3, L x3).""",
        "expected": E([L("11057")], ["ncci"]),
    },
]

PHOTO = [
    {
        "id": "photo-nbuvb-session-precoded", "family": "phototherapy", "shape": "pre-coded",
        "description": "NB-UVB session for psoriasis -> 96900",
        "date": "2026-01-10", "payer": "commercial", "provider": "lindqvist",
        "patient": ("Hughes", "Owen", "1981-02-17", "male"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
        "procedures": [P("Actinotherapy (UV light)", "96900", "Whole body",
                         "NB-UVB treatment #14, 900 mJ/cm2, no erythema from last session.", ["c1"])],
        "note": """Owen Hughes 44M 1/10/2026 - phototherapy #14 for plaque psoriasis (BSA 14%). NB-UVB 900 mJ/cm2.
Tolerated. Continue 3x/week.""",
        "expected": E([L("96900")]),
    },
    {
        "id": "photo-excimer-small-area", "family": "phototherapy", "shape": "free-text",
        "description": "Excimer laser to 180 sq cm of psoriasis plaques -> 96920",
        "date": "2026-01-30", "payer": "commercial-aetna", "provider": "baptiste",
        "patient": ("Petrov", "Anya", "1990-06-06", "female"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Elbows and knees", reason=True)],
        "procedures": [P("Excimer laser treatment", None, "Bilateral elbows and knees",
                         "308 nm excimer to localized plaques, total treated area 180 sq cm; failed 4 months of "
                         "topicals.", ["c1"])],
        "note": """Anya Petrov 35F 1/30/2026 - excimer #6. Plaques on elbows/knees, total 180 cm2 treated.""",
        "expected": E([L("96920")]),
    },
    {
        "id": "photo-excimer-wrong-area-band", "family": "phototherapy", "shape": "pre-coded",
        "description": "96921 sent but total area treated 600 sq cm (> 500) -> 96922",
        "date": "2026-02-20", "payer": "commercial-uhc", "provider": "lindqvist",
        "patient": ("Jansen", "Maarten", "1975-09-09", "male"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Legs and trunk", reason=True)],
        "procedures": [P("Excimer laser, 250-500 sq cm", "96921", "Legs, lower back",
                         "Total area treated 600 sq cm.", ["c1"])],
        "note": """Maarten Jansen 50M 2/20/2026. Excimer to legs and low back plaques; areas summed = 600 sq cm.""",
        "expected": E([L("96922")], ["coding-correction"]),
    },
    {
        "id": "photo-puva-medicare-no-failure-gz", "family": "phototherapy", "shape": "note-only",
        "description": "Medicare FFS PUVA without documented failure of conventional therapy, no ABN -> 96912-GZ",
        "date": "2026-03-13", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Calloway", "Dorothy", "1954-02-14", "female"),
        "note": """Dorothy Calloway 72F 03/13/2026
Mild plaque psoriasis, 4% BSA, first visit for it; no prior topical or UVB treatment tried. Patient requested
"the light treatment with the pill" she read about.
PUVA session #1: oral methoxsalen 0.6 mg/kg 1.5 h prior, UVA 1.5 J/cm2. Eye protection.
No ABN was discussed or signed.
""",
        "coder_note": "NCD 250.1: PUVA only for intractable, disabling psoriasis after failure of conventional "
                      "treatment; criteria unmet and no ABN -> GZ (provider liable).",
        "expected": E([L("96912", 1, "GZ")], ["medical-necessity"]),
    },
]

PATCH = [
    {
        "id": "patch-80-allergens-precoded", "family": "patch-test", "shape": "pre-coded",
        "description": "Patch testing with 80 allergens -> 95044 x80",
        "date": "2026-01-26", "payer": "commercial", "provider": "okafor",
        "patient": ("Lindqvist", "Maja", "1982-03-03", "female"),
        "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Hands, eyelids", reason=True)],
        "procedures": [P("Patch or application test(s), specify number of tests", "95044", "Upper back",
                         "NAC-80 series: 80 allergens applied.", ["c1"])],
        "note": """Maja Lindqvist 43F 1/26/2026 - chronic hand and eyelid dermatitis. Patch test application: North American
Comprehensive series, eighty (80) allergens, upper back. Read at 48 and 96 h.""",
        "expected": E([L("95044", 80)]),
    },
    {
        "id": "patch-35-true-test-note-only", "family": "patch-test", "shape": "note-only",
        "description": "T.R.U.E. test panels, 35 allergens -> 95044 x35",
        "date": "2026-02-16", "payer": "medicaid-mco", "provider": "ramirez",
        "patient": ("Nwosu", "Adaora", "1987-05-20", "female"),
        "note": """Adaora Nwosu 38F   02/16/2026
Recurrent eczematous eruption of the neck and earlobes - suspect nickel/fragrance.
Patch testing applied today: T.R.U.E. TEST panels 1-3 (35 allergens) to the upper back. Reading visits on
day 2 and day 4.
""",
        "expected": E([L("95044", 35)]),
    },
    {
        "id": "patch-new-patient-25", "family": "patch-test", "shape": "free-text",
        "description": "New patient with separate rosacea management + patch test application of 36 allergens -> 99204-25 + 95044 x36",
        "date": "2026-03-16", "payer": "commercial-uhc", "provider": "okafor", "em": "99204",
        "patient": ("Bauer", "Heidi", "1972-10-01", "female"),
        "conditions": [C("c1", "Allergic contact dermatitis", "L23.9", "Face", reason=True),
                       C("c2", "Rosacea", "L71.9", "Central face")],
        "procedures": [P("Patch testing", None, "Upper back", "36 allergens (cosmetic series + baseline).", ["c1"])],
        "note": """Heidi Bauer 53F new patient 3/16/2026
1) Facial dermatitis, suspect cosmetic allergy: patch test application with 36 allergens today.
2) Papulopustular rosacea (separate problem): start ivermectin 1% cream daily, counselling on triggers;
   doxycycline 40 mg daily (Rx). Reviewed side effects.
""",
        "expected": E([L("99204", 1, "25"), L("95044", 36)]),
    },
]

SCENARIOS = INTRALESIONAL + INCISION + NAILS + PARING + PHOTO + PATCH
