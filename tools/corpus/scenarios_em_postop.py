# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""E/M with modifiers 25/57 (and E/M removed), screening GY, and post-operative cases (99024, 24, 79)."""

from __future__ import annotations

from tools.corpus.spec_helpers import PRIOR
from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

EM = [
    {
        "id": "em-25-psoriasis-plus-ak-cryo", "family": "em", "shape": "pre-coded",
        "description": "99214 for psoriasis biologic management + cryo of 1 AK; 25 missing on the E/M -> 99214-25, 17000",
        "date": "2026-01-05", "payer": "medicare", "provider": "lindqvist", "em": "99214",
        "patient": ("Abernathy", "Cecil", "1950-03-03", "male"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
                       C("c2", "Actinic keratosis", "L57.0", "Left temple")],
        "procedures": [P("Destruction premalignant lesion, first", "17000", "Left temple", "LN2 x1 AK.", ["c2"])],
        "note": """Cecil Abernathy 75M  01/05/2026
Psoriasis on adalimumab since 2023, lost response over 6 months: BSA now 12%, PASI 14, new scalp and nail
involvement. TB Quantiferon due. Reviewed labs (CBC, CMP normal). Plan: switch to risankizumab; prior auth
submitted; counselled on infection risk; Quantiferon ordered. RTC 3 months.
Also one tender AK L temple: LN2, 1 lesion, verbal consent.
""",
        "expected": E([L("99214", 1, "25"), L("17000")], ["modifier"]),
    },
    {
        "id": "em-decision-only-removed-wart", "family": "em", "shape": "note-only",
        "description": "99213 selected, only problem is the wart frozen today -> E/M removed, 17110 only",
        "date": "2026-01-12", "payer": "commercial", "provider": "okafor", "em": "99213",
        "patient": ("Greaves", "Connor", "2001-09-09", "male"),
        "note": """Connor Greaves 24M 1/12/2026
CC: wart on R middle finger, painful when typing, picks at it and it bleeds.
Exam: 5 mm verruca vulgaris R 3rd finger.
A/P: Verruca vulgaris, symptomatic. LN2 cryotherapy 2 cycles today after verbal consent. Repeat in 3-4 weeks
if needed. No other concerns today.
""",
        "coder_note": "The E/M work is the decision to treat the lesion: included in 17110 (GS-3).",
        "expected": E([L("17110")]),
    },
    {
        "id": "em-new-patient-lesion-only-removed", "family": "em", "shape": "free-text",
        "description": "New patient 99203 whose only problem is the lesion biopsied: being new is not enough -> 11102 only",
        "date": "2026-01-19", "payer": "commercial-uhc", "provider": "baptiste", "em": "99203",
        "patient": ("Fontaine", "Juliette", "1986-05-12", "female"),
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "Right calf", reason=True)],
        "procedures": [P("Shave biopsy", None, "Right calf", "Tangential biopsy of 6 mm changing nevus.", ["c1"])],
        "note": """Juliette Fontaine 39F, new patient, 01/19/2026. Referred by PCP for a changing mole R calf.
Focused exam of the lesion: 6 mm irregular brown papule. Plan: shave biopsy today (done, consent). No other
problems addressed.""",
        "expected": E([L("11102")]),
    },
    {
        "id": "em-25-acne-isotretinoin-plus-ilk", "family": "em", "shape": "free-text",
        "description": "Acne isotretinoin management + ILK to 2 cysts (10 mg) -> 99214-25, 11900, J3301 x1",
        "date": "2026-01-26", "payer": "commercial-aetna", "provider": "ramirez", "em": "99214",
        "patient": ("Nguyen", "Bao", "2006-02-28", "male"),
        "conditions": [C("c1", "Acne conglobata", "L70.1", "Face and back", reason=True)],
        "procedures": [P("Intralesional steroid injection", None, "Left cheek, chin",
                         "Kenalog 10 mg/mL, 0.5 mL into each of 2 painful acne cysts (10 mg total).", ["c1"])],
        "note": """Bao Nguyen 19M  1/26/2026 - isotretinoin month 3
On isotretinoin 40 mg BID (cumulative 70 mg/kg). iPLEDGE confirmed. Labs reviewed: TG 210 (up from 150),
LFTs normal. Mild cheilitis, dry eyes. Acne 60% improved. Plan: continue dose; recheck lipids in 4 weeks;
dietary counselling; lip balm. Also two painful nodulocystic lesions (L cheek, chin): ILK 10 mg/mL, 0.5 mL
each (10 mg total), verbal consent.
""",
        "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")]),
    },
    {
        "id": "em-57-decision-for-flap", "family": "em", "shape": "pre-coded",
        "description": "New patient E/M decides excision with rhombic flap (090) the same day -> 99204-57 + 14040",
        "date": "2026-02-02", "payer": "commercial", "provider": "chen", "em": "99204",
        "patient": ("Castillo", "Ramon", "1957-11-23", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left cheek",
                         reason=True)],
        "procedures": [P("Adjacent tissue transfer, cheek, 10 sq cm or less", "14040", "Left cheek",
                         "Excision of BCC with 4 mm margins and rhombic flap, total area 7.5 sq cm.", ["c1"])],
        "note": """Ramon Castillo 68M, new patient 02/02/2026, referred with biopsy-proven nodular BCC L cheek (outside
path reviewed). Also evaluated: history of prior NMSC, full review of options (Mohs vs excision vs
radiation), comorbidities (anticoagulated for AF - reviewed with cardiology by phone; hold apixaban not
required). Decision made today for excision with local flap; performed same day.
Procedure: excision with 4 mm margins; rhombic transposition flap, primary + secondary defect 7.5 sq cm.
""",
        "expected": E([L("99204", 1, "57"), L("14040")]),
    },
    {
        "id": "em-only-biologic-management", "family": "em", "shape": "note-only",
        "description": "E/M only: hidradenitis on adalimumab, provider-selected 99214 -> 99214",
        "date": "2026-02-09", "payer": "medicaid", "provider": "baptiste", "em": "99214",
        "patient": ("Robinson", "Keisha", "1992-08-18", "female"),
        "note": """Keisha Robinson 33F 2/9/2026
Hidradenitis suppurativa Hurley II (axillae, groin) on adalimumab 80 mg weekly x 6 months; 3 flares/month ->
1/month. New draining tunnel L axilla. Reviewed labs; TB negative.
Plan: continue adalimumab; add clindamycin 1% lotion; discussed deroofing of the tunnel at a future visit
(not today). RTC 3 months.
""",
        "expected": E([L("99214")]),
    },
    {
        "id": "em-medicare-screening-only-gy", "family": "em", "shape": "note-only",
        "description": "Medicare FFS skin-cancer screening of an asymptomatic patient, nothing found -> 99203-GY",
        "date": "2026-02-16", "payer": "medicare", "provider": "okafor", "em": "99203",
        "patient": ("Whitcombe", "Ada", "1956-12-01", "female"),
        "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
        "note": """Ada Whitcombe 69F, new patient, 02/16/2026.
Here for a routine annual skin cancer screening; no complaints, no new or changing lesions, no personal or
family history of skin cancer.
Full skin exam: scattered benign nevi, solar lentigines, cherry angiomas. No suspicious lesions.
Plan: reassurance; sun protection; self-exams. No treatment.
""",
        "coder_note": "Screening-only exam is statutorily excluded for Medicare (DX-5) -> GY on the E/M.",
        "expected": E([L("99203", 1, "GY")]),
    },
    {
        "id": "em-25-contact-dermatitis-plus-shave-html", "family": "em", "shape": "note-only",
        "description": "Separate new rash workup + shave removal of an irritated SK 0.4 cm (HTML) -> 99213-25, 11300",
        "date": "2026-02-23", "payer": "commercial-cigna", "provider": "lindqvist", "em": "99213",
        "patient": ("Paterson", "Gwen", "1966-04-27", "female"),
        "note": """<html><body><p>Gwen Paterson, 59F &ndash; 02/23/2026</p>
<ol><li><b>Allergic contact dermatitis, hands and wrists</b> (new): itchy vesicular eruption after starting a new
job with nitrile gloves and hand sanitizer. Exam: eczematous vesicular plaques dorsal hands/wrists. Plan:
clobetasol 0.05% ointment BID x 2 wk (Rx), glove liners, bland emollient; patch testing if persists.</li>
<li><b>Irritated seborrheic keratosis</b>, R inframammary, 0.4 cm, bleeding from bra underwire: shave removal
after consent and lidocaine, AlCl.</li></ol></body></html>""", "html": True,
        "expected": E([L("99213", 1, "25"), L("11300")]),
    },
    {
        "id": "em-24-unrelated-in-flap-global", "family": "em", "shape": "pre-coded",
        "description": "30 days after a 14060 flap (090 global): E/M for an unrelated eczema flare -> 99213-24",
        "date": "2026-03-02", "payer": "medicare", "provider": "ramirez", "em": "99213",
        "patient": ("Heathcote", "Bernard", "1944-11-15", "male"),
        "conditions": [C("c1", "Nummular dermatitis", "L30.0", "Bilateral lower legs", reason=True)],
        "prior": [PRIOR("2026-01-31", "14060", "Adjacent tissue transfer, nose", "Left nasal sidewall",
                        "Mohs defect repaired with bilobed flap, 6 sq cm.")],
        "note": """Bernard Heathcote 81M  03/02/2026
Itchy coin-shaped plaques on both lower legs for 3 weeks. (Nose flap from 1/31 healing well - not addressed
beyond a glance; no concerns.)
Exam: nummular eczematous plaques bilateral shins, xerosis.
Plan: triamcinolone 0.1% ointment BID x 2 weeks (Rx), heavy emollients, humidifier. RTC PRN.
""",
        "expected": E([L("99213", 1, "24")], ["global-period"]),
    },
    {
        "id": "em-new-patient-25-ad-plus-punch", "family": "em", "shape": "free-text",
        "description": "New patient with atopic dermatitis managed (Rx) + punch biopsy of unrelated nodule -> 99204-25, 11104",
        "date": "2026-03-09", "payer": "commercial-uhc", "provider": "okafor", "em": "99204",
        "patient": ("Arslan", "Emre", "1983-07-07", "male"),
        "conditions": [C("c1", "Atopic dermatitis", "L20.9", "Flexures", reason=True),
                       C("c2", "Nodule of skin, unspecified", None, "Left shin", snomed="445326002")],
        "procedures": [P("Punch biopsy", None, "Left shin", "4 mm punch of 1 cm firm violaceous nodule.", ["c2"])],
        "note": """Emre Arslan 42M new pt 3/9/2026
1) Atopic dermatitis, moderate, uncontrolled (BSA 15%): start tacrolimus 0.1% + triamcinolone; discussed
   dupilumab if no response; sleep affected.
2) Firm violaceous nodule L shin, 1 cm, 2 months - ddx dermatofibroma vs KS vs other. 4 mm punch biopsy, consent.
""",
        "expected": E([L("99204", 1, "25"), L("11104")]),
    },
]

POSTOP = [
    {
        "id": "postop-99213-selected-suture-removal", "family": "post-op", "shape": "pre-coded",
        "description": "Provider selected 99213 for routine suture removal 9 days after 11602 -> 99024",
        "date": "2026-01-21", "payer": "medicare", "provider": "ramirez", "em": "99213",
        "patient": ("Underwood", "Phyllis", "1947-06-06", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Left chest",
                         reason=True)],
        "prior": [PRIOR("2026-01-12", "11602", "Excision malignant lesion trunk", "Left chest",
                        "BCC 1.0 cm, 4 mm margins, 1.8 cm; simple closure.")],
        "note": """Phyllis Underwood 78F 1/21/2026 - suture removal, L chest excision site (1/12/26). Healing well, no
signs of infection. Sutures removed. Path reviewed: BCC, clear margins. Nothing else addressed.""",
        "expected": E([L("99024")], ["global-period"]),
    },
    {
        "id": "postop-wound-check-note-only", "family": "post-op", "shape": "note-only",
        "description": "Wound check 5 days after benign excision, no E/M selected -> 99024",
        "date": "2026-02-10", "payer": "commercial", "provider": "okafor",
        "patient": ("Beckett", "Louisa", "1988-03-19", "female"),
        "prior": [PRIOR("2026-02-05", "11402", "Excision benign lesion trunk", "Right flank",
                        "Epidermoid cyst 1.2 cm, 1 mm margins.")],
        "note": """Louisa Beckett 37F   02/10/2026
POST-OP CHECK: s/p cyst excision R flank 2/5/2026. Mild tenderness, no erythema or drainage; wound intact.
Reassured. Continue petrolatum. Suture removal next week.
""",
        "expected": E([L("99024")]),
    },
    {
        "id": "postop-24-psoriasis-during-global", "family": "post-op", "shape": "note-only",
        "description": "8 days after 11603 excision: new psoriasis flare managed (and wound glanced at) -> 99214-24",
        "date": "2026-02-17", "payer": "medicare-advantage", "provider": "lindqvist", "em": "99214",
        "patient": ("Sinclair", "Gordon", "1952-10-22", "male"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True)],
        "prior": [PRIOR("2026-02-09", "11603", "Excision malignant lesion arm", "Right forearm",
                        "SCC 1.6 cm, 4 mm margins = 2.4 cm.")],
        "note": """Gordon Sinclair 73M 2/17/2026
Excision site R forearm (2/9) healing, sutures out next week - no issues.
Main concern today: severe psoriasis flare after stopping methotrexate for surgery, BSA 18%, itchy, cracked
palms. Restart methotrexate 15 mg weekly with folic acid; CBC/CMP today; clobetasol for palms.
""",
        "expected": E([L("99214", 1, "24")], ["global-period"]),
    },
    {
        "id": "postop-79-new-lesion-biopsy", "family": "post-op", "shape": "pre-coded",
        "description": "6 days after 11602 on the back, punch biopsy of a new unrelated leg lesion -> 11104-79",
        "date": "2026-02-24", "payer": "medicare", "provider": "okafor",
        "patient": ("Lockhart", "Marjorie", "1949-01-09", "female"),
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "Left thigh", reason=True)],
        "prior": [PRIOR("2026-02-18", "11602", "Excision malignant lesion trunk", "Right upper back",
                        "BCC 1.1 cm, 4 mm margins.")],
        "procedures": [P("Punch biopsy", "11104", "Left anterior thigh",
                         "4 mm punch of new 8 mm pink nodule, unrelated to the back excision.", ["c1"])],
        "note": """Marjorie Lockhart 77F 2/24/2026. Back excision (2/18) healing. New 8 mm pink nodule L anterior thigh x 1
month. 4 mm punch biopsy, 1 suture. Unrelated to the prior surgery.""",
        "expected": E([L("11104", 1, "79")], ["global-period"]),
    },
    {
        "id": "postop-79-warts-in-flap-global", "family": "post-op", "shape": "note-only",
        "description": "45 days after a 14060 flap (090 global), cryotherapy of painful hand warts -> 17110-79",
        "date": "2026-03-17", "payer": "commercial-aetna", "provider": "chen",
        "patient": ("Moreno", "Alejandro", "1970-12-05", "male"),
        "prior": [PRIOR("2026-01-31", "14060", "Adjacent tissue transfer, ear", "Left helix",
                        "Helical advancement flap after Mohs, 7 sq cm.")],
        "note": """Alejandro Moreno 55M  03/17/2026
Ear flap (1/31) healed nicely - not addressed further.
New: 3 painful warts on the R palm and fingers, splitting and bleeding with work (mechanic).
LN2 cryotherapy 2 cycles to the three warts, verbal consent. Unrelated to the ear surgery.
""",
        "expected": E([L("17110", 1, "79")], ["global-period"]),
    },
    {
        "id": "postop-outside-global-normal-em", "family": "post-op", "shape": "note-only",
        "description": "12 days after 11602 (010 global over): E/M for a new problem keeps no modifier -> 99213",
        "date": "2026-03-19", "payer": "medicare", "provider": "ramirez", "em": "99213",
        "patient": ("Tennant", "Walter", "1951-05-31", "male"),
        "conditions": [C("c1", "Seborrheic dermatitis", "L21.9", "Face, scalp", reason=True)],
        "prior": [PRIOR("2026-03-07", "11602", "Excision malignant lesion trunk", "Left shoulder",
                        "SCC 1.2 cm, 4 mm margins.")],
        "note": """Walter Tennant 74M 03/19/2026
Flaky red rash on the face and scalp for 2 months. Exam: greasy scale nasolabial folds, eyebrows, scalp.
Plan: ketoconazole 2% cream and shampoo (Rx), hydrocortisone 2.5% PRN. Shoulder scar well healed.
""",
        "expected": E([L("99213")]),
    },
]

SCENARIOS = EM + POSTOP
