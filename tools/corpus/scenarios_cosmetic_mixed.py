# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""Cosmetic (payer-aware GY/GX or removed) and mixed multi-family encounters (XS, 25, add-ons)."""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

COSMETIC = [
    {
        "id": "cos-sk-cryo-medicare-gy-no-abn", "family": "cosmetic", "shape": "pre-coded",
        "description": "Medicare FFS: LN2 to 3 asymptomatic SKs for appearance, no ABN -> 17110-GY",
        "date": "2026-01-09", "payer": "medicare-noname", "provider": "lindqvist",
        "patient": ("Ramsey", "Lorraine", "1949-11-30", "female"),
        "conditions": [C("c1", "Seborrheic keratosis", "L82.1", "Cheeks", reason=True)],
        "procedures": [P("Destruction benign lesions up to 14", "17110", "Bilateral cheeks",
                         "LN2 to 3 asymptomatic SKs, cosmetic.", ["c1"])],
        "note": """Lorraine Ramsey 76F 1/9/2026. Wants brown spots on cheeks gone - "they make me look old". Not itchy,
not bleeding, not changing. 3 benign SKs. LN2 at patient request; explained cosmetic removal is not a Medicare
benefit.""",
        "expected": E([L("17110", 1, "GY")], ["cosmetic"]),
    },
    {
        "id": "cos-sk-shave-commercial-removed", "family": "cosmetic", "shape": "note-only",
        "description": "Commercial: shave removal of an asymptomatic SK for appearance -> line removed, cosmetic",
        "date": "2026-01-30", "payer": "commercial", "provider": "okafor",
        "patient": ("Keane", "Bridget", "1968-06-24", "female"),
        "note": """Bridget Keane 57F   01/30/2026
Wants a "stuck-on" spot on her chest removed because she doesn't like how it looks in V-neck tops.
Denies itching, bleeding, irritation, growth or change.
Exam: 0.8 cm waxy tan stuck-on papule, R upper chest. Classic SK on dermoscopy.
A/P: Seborrheic keratosis, asymptomatic (L82.1) - cosmetic.
Patient elected removal as a cosmetic self-pay service ($150); shave removal performed with lidocaine,
AlCl hemostasis. Not submitted to insurance.
""",
        "expected": E([], ["cosmetic"]),
    },
    {
        "id": "cos-nevus-face-medicaid-removed", "family": "cosmetic", "shape": "free-text",
        "description": "Medicaid: shave removal of a benign facial nevus at patient request -> line removed, cosmetic",
        "date": "2026-02-12", "payer": "medicaid", "provider": "baptiste",
        "patient": ("Salazar", "Daniela", "2000-01-08", "female"),
        "conditions": [C("c1", "Melanocytic nevi of other parts of face", "D22.39", "Left cheek"),
                       C("c2", "Encounter for cosmetic surgery", "Z41.1")],
        "procedures": [P("Shave removal of mole, face", None, "Left cheek",
                         "4 mm benign-appearing dermal nevus removed for cosmetic reasons; not symptomatic.",
                         ["c1", "c2"])],
        "note": """Daniela Salazar 26F 2/12/2026. Wants mole on L cheek removed for appearance. Unchanged since
childhood; no symptoms. Benign on dermoscopy. Cosmetic self-pay; shave removal done.""",
        "expected": E([], ["cosmetic"]),
    },
    {
        "id": "cos-sk-shave-medicare-gx-gy", "family": "cosmetic", "shape": "pre-coded",
        "description": "Medicare FFS: shave removal of an asymptomatic SK 0.7 cm with voluntary ABN -> 11301-GX-GY",
        "date": "2026-02-26", "payer": "medicare", "provider": "chen",
        "patient": ("Atherton", "Philip", "1948-04-18", "male"),
        "conditions": [C("c1", "Seborrheic keratosis", "L82.1", "Left upper back", reason=True)],
        "procedures": [P("Shave removal trunk 0.6-1.0 cm", "11301", "Left upper back",
                         "0.7 cm asymptomatic SK removed at patient request; voluntary ABN signed.", ["c1"])],
        "note": """Philip Atherton 77M. 2/26/2026.
Wants the "barnacle" on his upper back removed; his wife doesn't like it. No itch, bleeding or irritation.
0.7 cm SK. Informed that cosmetic removal is excluded by Medicare; voluntary ABN signed; shave removal done.
""",
        "expected": E([L("11301", 1, "GX", "GY")], ["cosmetic"]),
    },
    {
        "id": "cos-tags-medicare-gy", "family": "cosmetic", "shape": "note-only",
        "description": "Medicare FFS: removal of 10 asymptomatic neck tags for appearance, no ABN -> 11200-GY",
        "date": "2026-03-05", "payer": "medicare-ngs", "provider": "ramirez",
        "patient": ("Pennington", "Marjorie", "1951-09-02", "female"),
        "note": """Marjorie Pennington 74F  03/05/2026
Requests removal of neck skin tags "for looks". They do not catch on jewelry, bleed, itch or hurt.
Exam: ten (10) small non-inflamed acrochordons of the neck.
Informed that this is cosmetic and not covered by Medicare. Snip removal of 10 tags.
Dx: L91.8 acrochordons.
""",
        "expected": E([L("11200", 1, "GY")], ["cosmetic"]),
    },
    {
        "id": "cos-ak-medical-plus-cosmetic-face-shave", "family": "cosmetic", "shape": "free-text",
        "description": "Medicare FFS: covered AK cryo x3 + cosmetic shave of an asymptomatic facial SK 0.5 cm -> 17000-XS, 17003 x2, 11310-GY",
        "date": "2026-03-18", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Fitzgerald", "Raymond", "1946-12-21", "male"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Scalp", reason=True),
                       C("c2", "Seborrheic keratosis", "L82.1", "Right temple")],
        "procedures": [
            P("Cryotherapy of actinic keratoses", None, "Scalp", "LN2 to 3 AKs on the scalp.", ["c1"]),
            P("Shave removal, face", None, "Right temple",
              "0.5 cm asymptomatic SK removed at the patient's request (cosmetic).", ["c2"]),
        ],
        "note": """Raymond Fitzgerald 79M 3/18/2026
1. AKs x3 scalp - LN2.
2. SK R temple 0.5 cm, asymptomatic; he wants it off for appearance. Cosmetic; Medicare exclusion explained;
   shave removal done.
""",
        "expected": E([L("17000", 1, "XS"), L("17003", 2), L("11310", 1, "GY")], ["cosmetic"]),
    },
]

MIXED = [
    {
        "id": "mix-fse-em25-biopsy-cryo", "family": "mixed", "shape": "note-only",
        "description": "FSE with new Rx problem + shave biopsy + LN2 to 5 AKs -> 99214-25, 11102, 17000-XS, 17003 x4",
        "date": "2026-01-16", "payer": "medicare", "provider": "okafor", "em": "99214",
        "patient": ("Langley", "Theodore", "1945-08-30", "male"),
        "note": """ESTABLISHED PATIENT - FULL SKIN EXAM
Theodore Langley 80M  01/16/2026  Hx: melanoma in situ 2019 (s/p WLE), multiple NMSC.
HPI: annual FSE. Also an itchy rash in the groin and buttocks for 6 weeks despite OTC clotrimazole.
Exam (full skin):
 - L forearm: 7 mm pink scaly nodule, tender (lesion A).
 - scalp/temples: five (5) gritty AKs.
 - groin/intergluteal: well-demarcated pink shiny plaques without scale, no satellite lesions.
 - MIS scar L back without pigment.
A/P:
1. Lesion A L forearm, r/o SCC: tangential (shave) biopsy after consent, AlCl. Path.
2. AK x5 scalp/temples: LN2 cryotherapy, 2 FTC.
3. Inverse psoriasis vs intertrigo - KOH negative. Start tacrolimus 0.1% ointment BID (Rx); stop clotrimazole.
4. Hx MIS - no recurrence. Continue q6 month FSE.
""",
        "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 4)], ["ncci"]),
    },
    {
        "id": "mix-bcc-excision-plus-new-biopsy", "family": "mixed", "shape": "pre-coded",
        "description": "Known BCC excised (2.0 cm) + biopsy of a different new lesion -> 11602 + 11102-XS",
        "date": "2026-02-03", "payer": "commercial-uhc", "provider": "ramirez",
        "patient": ("Koenig", "Albert", "1960-02-11", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Left chest",
                         reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "Right forearm")],
        "procedures": [
            P("Excision malignant lesion trunk", "11602", "Left chest",
              "BCC 1.2 cm, 4 mm margins = 2.0 cm; simple closure.", ["c1"]),
            P("Tangential biopsy", "11102", "Right forearm", "New 5 mm scaly papule, separate site.", ["c2"]),
        ],
        "note": """Albert Koenig 66M 2/3/2026. (1) Excision of biopsy-proven BCC L chest, 1.2 cm + 4 mm margins (2.0 cm),
simple closure. (2) New 5 mm scaly papule R forearm - shave biopsy, separate lesion.""",
        "expected": E([L("11602"), L("11102", 1, "XS")], ["ncci"]),
    },
    {
        "id": "mix-mohs-plus-biopsy-other-site", "family": "mixed", "shape": "free-text",
        "description": "Mohs of nasal BCC + tangential biopsy of a separate shoulder lesion -> 17311 + 11102-XS",
        "date": "2026-02-18", "payer": "medicare", "provider": "chen",
        "patient": ("Norquist", "Ingeborg", "1947-06-06", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal tip", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "Right shoulder")],
        "procedures": [
            P("Mohs surgery", None, "Nasal tip", "Biopsy-proven BCC; stage 1, 3 blocks, clear.", ["c1"]),
            P("Shave biopsy", None, "Right shoulder", "New 6 mm pearly papule, different site; tangential biopsy.",
              ["c2"]),
        ],
        "note": """Ingeborg Norquist 78F 2/18/2026. Mohs nasal tip BCC, one stage (3 blocks), clear; second intention.
Noted a new 6 mm pearly papule R shoulder: shave biopsy (separate lesion).""",
        "expected": E([L("17311"), L("11102", 1, "XS")], ["ncci"]),
    },
    {
        "id": "mix-tags-plus-shave-sk", "family": "mixed", "shape": "free-text",
        "description": "Symptomatic tags x9 + shave removal of an inflamed SK 0.9 cm (other site) -> 11200 + 11301-XS",
        "date": "2026-03-02", "payer": "commercial-aetna", "provider": "baptiste",
        "patient": ("Yilmaz", "Selin", "1976-03-14", "female"),
        "conditions": [C("c1", "Acrochordons, irritated", "L91.8", "Axillae", reason=True),
                       C("c2", "Inflamed seborrheic keratosis", "L82.0", "Left lower back", reason=True)],
        "procedures": [
            P("Skin tag removal", None, "Bilateral axillae",
              "9 irritated tags, bleeding with deodorant/shaving; snipped.", ["c1"]),
            P("Shave removal, trunk", None, "Left lower back", "0.9 cm inflamed, bleeding SK; shave removal.", ["c2"]),
        ],
        "note": """Selin Yilmaz 50F 3/2/2026. Axillary tags (9) bleed with shaving - snip removal. Separate inflamed SK L
lower back 0.9 cm, bleeding from waistband - shave removal.""",
        "expected": E([L("11200"), L("11301", 1, "XS")], ["ncci"]),
    },
    {
        "id": "mix-ilk-plus-ak-cryo", "family": "mixed", "shape": "pre-coded",
        "description": "ILK to 2 hypertrophic scars + LN2 to 3 AKs (distinct lesions) -> 17000, 17003 x2, 11900-XS, J3301 x1",
        "date": "2026-03-12", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Barlow", "Geoffrey", "1950-10-17", "male"),
        "conditions": [C("c1", "Hypertrophic scar", "L91.0", "Right shoulder", reason=True),
                       C("c2", "Actinic keratosis", "L57.0", "Forehead", reason=True)],
        "procedures": [
            P("Intralesional injection up to 7 lesions", "11900", "Right shoulder",
              "Kenalog 10 mg/mL, 0.5 mL into each of 2 itchy hypertrophic scars (10 mg).", ["c1"]),
            P("Triamcinolone acetonide per 10 mg", "J3301", "Right shoulder", "10 mg.", ["c1"]),
            P("Destruction premalignant lesion first", "17000", "Forehead", "LN2 AK #1.", ["c2"]),
            P("Destruction premalignant lesions 2-14", "17003", "Forehead", "AKs #2-3.", ["c2"]),
        ],
        "note": """Geoffrey Barlow 75M 03/12/2026. 1) Itchy hypertrophic surgical scars R shoulder x2 - ILK 10 mg total.
2) AKs forehead x3 - LN2.""",
        "expected": E([L("17000"), L("17003", 2), L("11900", 1, "XS"), L("J3301")], ["ncci"]),
    },
    {
        "id": "mix-punch-plus-warts", "family": "mixed", "shape": "note-only",
        "description": "Punch biopsy of a rash + LN2 to painful warts (different sites) -> 11104 + 17110-XS",
        "date": "2026-03-20", "payer": "commercial", "provider": "okafor",
        "patient": ("Dawson", "Ruby", "1999-07-27", "female"),
        "note": """Ruby Dawson 26F  03/20/2026
1. Annular scaly plaques on the trunk for 2 months, KOH negative; ddx granuloma annulare vs subacute cutaneous
   lupus. 4 mm punch biopsy of L flank plaque, one suture. Path.
2. Verrucae x4 on the L hand (painful, bleeding from picking) - LN2 cryotherapy 2 cycles.
""",
        "expected": E([L("11104"), L("17110", 1, "XS")], ["ncci"]),
    },
]

SCENARIOS = COSMETIC + MIXED
