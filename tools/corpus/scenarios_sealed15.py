"""Sealed set 15 (coding-course final exam): charts whose answer needs one careful reading.

Written from the rule book (derm_coding.md sections 2-7, 10), docs/coding_conventions.md and the corpus README
"Coding decisions" only. No CPT descriptor text: procedure labels are the clinician's own short words.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

# ---------------------------------------------------------------------------------------------------------------
# PRE-CODED (ModMed EMA style exports; some codes are wrong and must be corrected)
# ---------------------------------------------------------------------------------------------------------------

PRE = [
    {
        "id": "s15-pc-bx-deleted-11100",
        "family": "biopsy", "shape": "pre-coded",
        "description": "EMA sent deleted 11100/11101 for a punch and a shave biopsy of two lesions",
        "date": "2026-01-13", "patient": ("Harlow", "Dennis", "1947-06-19", "male"),
        "payer": "medicare-ngs", "provider": "chen",
        "conditions": [
            C("c1", "Basal cell carcinoma, nodular, left mid back", "C44.519", "left mid back", reason=True),
            C("c2", "Hypertrophic actinic keratosis, right dorsal forearm", "L57.0", "right dorsal forearm",
              reason=True),
        ],
        "procedures": [
            P("Skin bx, 1st lesion", cpt="11100", site="L mid back",
              note="4 mm punch through dermis into fat. 7 mm pearly pink papule with arborizing vessels, "
                   "r/o BCC. One 4-0 nylon simple interrupted. Specimen A.", reasons=["c1"]),
            P("Skin bx, ea addl", cpt="11101", site="R dorsal forearm",
              note="Tangential shave bx with DermaBlade of 5 mm keratotic papule, r/o SCC vs HAK. "
                   "AlCl3 for hemostasis. Specimen B.", reasons=["c2"]),
        ],
        "path": [
            {"text": "A. Skin, left mid back, punch biopsy: Basal cell carcinoma, nodular type, extending to "
                     "the deep edge of the specimen.", "site": "left mid back", "date": "2026-01-16"},
            {"text": "B. Skin, right dorsal forearm, shave biopsy: Hypertrophic actinic keratosis. No invasive "
                     "carcinoma identified.", "site": "right dorsal forearm", "date": "2026-01-16"},
        ],
        "note": (
            "PROCEDURE NOTE - Dermatology\n"
            "Pt: Dennis Harlow   DOS 01/13/2026   Provider: W. Chen MD\n\n"
            "Indication: 78 yo M referred by PCP for 'spots on back and arm'. Wife noticed the back spot bleeding "
            "on his undershirt x2 months. Forearm spot rough and tender.\n"
            "Hx: BCC R nasal tip Mohs 2019 (outside). Denies anticoagulants; takes ASA 81.\n\n"
            "Consent: risks incl. bleeding, infection, scarring, need for further tx reviewed; verbal + written "
            "consent obtained. Time-out performed.\n"
            "Anesthesia: 1% lido w/ epi, 1.5 mL total.\n\n"
            "Lesion A - L mid back, 7 mm pearly papule w/ telangiectasia. 4 mm punch, base at fat, 4-0 nylon x1.\n"
            "Lesion B - R dorsal forearm, 5 mm hyperkeratotic papule on erythematous base. Tangential (shave) "
            "biopsy with flexible blade, partial thickness. AlCl3.\n\n"
            "EBL minimal. Vaseline + bandage. Wound care sheet given. Suture out 14 d.\n"
            "Plan: call w/ path. If A is BCC -> schedule excision vs ED&C. Pt aware.\n"
        ),
        "expected": E([L("11104"), L("11103")], topics=["invalid-code"]),
        "coder_note": "11100/11101 were deleted in 2019 (BX-1). Two techniques: punch outranks tangential, so the "
                      "punch is the primary 11104 and the shave biopsy takes the tangential add-on 11103 (BX-2; AOC "
                      "11103 -> 11104 allowed).",
    },
    {
        "id": "s15-pc-ak-17003-x16",
        "family": "destruction", "shape": "pre-coded",
        "description": "17 AKs frozen; EMA sent 17000 + 17003 x16 instead of 17004",
        "date": "2026-01-20", "patient": ("Pruitt", "Eleanor", "1941-11-02", "female"),
        "payer": "medicare", "provider": "lindqvist",
        "conditions": [C("c1", "Actinic keratoses, multiple", "L57.0", "scalp, forehead, dorsal hands",
                         reason=True)],
        "procedures": [
            P("Destr premalig lesion, first", cpt="17000", site="scalp",
              note="LN2, 2 freeze-thaw cycles.", reasons=["c1"]),
            P("Destr premalig lesions 2-14 (qty 16)", cpt="17003", site="scalp; forehead; dorsal hands",
              note="Quantity entered: 16.", reasons=["c1"]),
        ],
        "note": (
            "Subjective: 84 y/o F here for her 6-mo AK check. Uses hat 'most days'. Completed 5-FU to the face in "
            "2024 with good response. Today c/o gritty spots on scalp and backs of hands.\n"
            "Meds: amlodipine, levothyroxine, vit D.\n\n"
            "Objective: thin white hair; marked actinic damage. Gritty erythematous scaly papules:\n"
            "- scalp (crown and vertex): 9\n"
            "- forehead: 4\n"
            "- dorsal hands: R 3, L 1\n"
            "Total 17 AKs. No indurated or ulcerated lesions. One 4 mm SK on L temple - benign, not treated.\n\n"
            "Assessment/Plan:\n"
            "1. Actinic keratoses x17 - cryotherapy with liquid nitrogen to all 17, two freeze-thaw cycles each. "
            "Expected blistering/crusting reviewed. Verbal consent.\n"
            "2. SK L temple - reassured.\n"
            "Sunscreen SPF 50, hat. RTC 6 months; consider repeat field therapy to scalp if many recur.\n"
        ),
        "expected": E([L("17004")], topics=["coding-correction"]),
        "coder_note": "17 premalignant lesions = 15 or more, so one unit of 17004 replaces 17000 + 17003 (DS-1; "
                      "17004/17000 and 17004/17003 are indicator 0). 17003 x16 is also over its MUE of 13.",
    },
    {
        "id": "s15-pc-exb-size-band",
        "family": "excision-benign", "shape": "pre-coded",
        "description": "Benign excision coded from lesion size only; excised diameter 1.2 cm -> 11402; layered "
                       "closure kept",
        "date": "2026-01-22", "patient": ("Okoro", "Tamsin", "1986-04-27", "female"),
        "payer": "commercial-uhc", "provider": "ramirez",
        "conditions": [C("c1", "Dysplastic compound nevus, right upper back", "D22.5", "right upper back",
                         reason=True)],
        "procedures": [
            P("Excision benign lesion, trunk", cpt="11401", site="R upper back",
              note="Lesion 0.8 x 0.6 cm. Margins 2 mm. Fusiform excision 3.0 x 1.1 cm to subcutaneous fat.",
              reasons=["c1"]),
            P("Layered closure, trunk", cpt="12032", site="R upper back",
              note="Deep dermal 4-0 Monocryl x3 plus 5-0 nylon running epidermal. Length 3.0 cm."),
        ],
        "path": [{"text": "Skin, right upper back, excision: Compound dysplastic nevus with moderate cytologic "
                          "atypia. Peripheral and deep margins free of the lesion.",
                  "site": "right upper back", "date": "2026-01-27"}],
        "note": (
            "DERMATOLOGIC SURGERY NOTE\n"
            "Procedure: excision, changing pigmented lesion R upper back\n"
            "Indication: 39F, lesion enlarging and darkening per photos from 2024 (patient-supplied). Irregular "
            "border, two-toned brown on dermoscopy, 0.8 x 0.6 cm. Concern for atypia; excision chosen over "
            "biopsy given size.\n"
            "Pre-op dx: atypical nevus vs early melanoma. Post-op dx: same, pending path.\n"
            "Consent signed. Site marked and confirmed by patient in mirror.\n"
            "Anesthesia: 1% lidocaine with 1:100,000 epinephrine, 4 mL.\n"
            "Margins: 2 mm clinically clear margin drawn around the lesion; ellipse oriented along relaxed skin "
            "tension lines, 3:1 ratio.\n"
            "Excision carried to superficial fat. Specimen tagged at 12 o'clock.\n"
            "Repair: because of tension on the upper back the wound was closed in layers - buried 4-0 Monocryl "
            "in the deep dermis/subcutaneous layer, then 5-0 nylon running. Repair length 3.0 cm.\n"
            "EBL < 5 mL. No complications. Pressure dressing.\n"
            "F/u 14 days for suture removal. Will call with pathology.\n"
        ),
        "expected": E([L("11402"), L("12032")], topics=["coding-correction"]),
        "coder_note": "Excised diameter = 0.8 + 2 x 0.2 = 1.2 cm on the trunk -> 11402, not 11401 (EX-1, EX-2). "
                      "Path benign (dysplastic nevus) -> benign code (EX-3). Layered closure of 3.0 cm on the trunk "
                      "is intermediate and separately reportable -> 12032 (EX-5, REP-2).",
    },
    {
        "id": "s15-pc-exm-neck-site-group",
        "family": "excision-malignant", "shape": "pre-coded",
        "description": "BCC of the neck coded with trunk codes (11602, 12032); neck is 11620-series and 12041-series",
        "date": "2026-02-03", "patient": ("Vance", "Harold", "1950-08-14", "male"),
        "payer": "medicare", "provider": "baptiste",
        "conditions": [C("c1", "Basal cell carcinoma, left lateral neck", "C44.41", "left lateral neck",
                         reason=True)],
        "prior": [PRIOR("2026-01-20", "11102", "Shave biopsy", "L lateral neck")],
        "procedures": [
            P("Excision malig lesion 1.1-2.0 cm", cpt="11602", site="L lateral neck",
              note="Bx-proven nodular BCC. Clinical lesion 1.0 cm. 4 mm margins.", reasons=["c1"]),
            P("Intermediate repair 2.6-7.5 cm", cpt="12032", site="L lateral neck",
              note="Layered closure 3.5 cm."),
        ],
        "path": [
            {"text": "Skin, left lateral neck, shave biopsy: Basal cell carcinoma, nodular pattern, transected at "
                     "the base.", "site": "left lateral neck", "date": "2026-01-23", "encounter":
                 "enc-s15-pc-exm-neck-site-group-prior-1"},
            {"text": "Skin, left lateral neck, excision: Basal cell carcinoma, nodular type, with biopsy site "
                     "changes. Margins negative; closest peripheral margin 3 mm.", "site": "left lateral neck",
             "date": "2026-02-06"},
        ],
        "note": (
            "Procedure: Excision of biopsy-proven BCC, left lateral neck\n"
            "Surgeon: M. Baptiste MD        Assistant: none\n\n"
            "Mr. Vance returns for definitive treatment of the nodular BCC diagnosed on shave biopsy 01/20. "
            "Mohs referral was offered; he declined the travel and prefers standard excision here. Not on "
            "blood thinners.\n\n"
            "The residual lesion (pink scar with pearly rim) measured 1.0 cm in greatest diameter. A 4 mm margin "
            "was marked circumferentially and an ellipse designed in the neck crease. After infiltration with "
            "1% lidocaine/epi, the lesion and margin were excised into the subcutaneous fat, platysma not "
            "violated. Specimen marked with a suture at 12:00.\n\n"
            "Closure: undermined in the subcutaneous plane 1 cm each side; deep layer 4-0 Vicryl buried "
            "interrupted, epidermis 5-0 Prolene running. Final length 3.5 cm.\n\n"
            "Tolerated well. Wound care reviewed. Return 10 days for suture removal.\n"
        ),
        "expected": E([L("11622"), L("12042")], topics=["coding-correction"]),
        "coder_note": "The neck is in the scalp/neck/hands/feet/genitalia group: excised diameter 1.0 + 2 x 0.4 = "
                      "1.8 cm -> 11622 (EX-1/EX-2). Intermediate repairs of the neck are 12041-12047: 3.5 cm -> "
                      "12042 (REP-2). Prior shave biopsy is a 000-global service, no modifier.",
    },
    {
        "id": "s15-pc-mohs-17315-overcount",
        "family": "mohs", "shape": "pre-coded",
        "description": "Mohs nose 2 stages (4 + 2 blocks): EMA added 17315 for 6 total blocks; complex rim repair",
        "date": "2026-02-05", "patient": ("Lindahl", "Margit", "1944-03-09", "female"),
        "payer": "medicare", "provider": "nakamura",
        "conditions": [C("c1", "Basal cell carcinoma, right nasal ala", "C44.311", "right nasal ala",
                         reason=True)],
        "procedures": [
            P("Mohs head/neck stage 1", cpt="17311", site="R nasal ala",
              note="Stage I - 4 tissue blocks. Residual tumor block 2.", reasons=["c1"]),
            P("Mohs head/neck addl stage", cpt="17312", site="R nasal ala",
              note="Stage II - 2 tissue blocks. Clear.", reasons=["c1"]),
            P("Mohs addl block", cpt="17315", site="R nasal ala", note="6 blocks total"),
            P("Complex repair nose", cpt="13151", site="R nasal ala / alar rim",
              note="Repair length 1.8 cm; alar free margin re-approximated."),
        ],
        "note": (
            "MOHS MICROGRAPHIC SURGERY REPORT\n"
            "Surgeon/pathologist: Ren Nakamura, MD\n"
            "Diagnosis: basal cell carcinoma, nodular and micronodular (outside bx 12/30/2025, reviewed)\n"
            "Location: right nasal ala extending to the alar rim.  Pre-op size: 0.9 x 0.7 cm\n"
            "Indication: H-zone location, micronodular component.\n\n"
            "Stage I: debulked, first layer excised with beveled margin and divided into FOUR tissue blocks, "
            "mapped and inked. Frozen horizontal sections read by me: residual BCC at the 2 o'clock deep margin "
            "(block 2).\n"
            "Stage II: additional layer taken at the positive area only, processed as TWO tissue blocks. Margins "
            "free of tumor.\n"
            "Six blocks total over the two stages; no stage exceeded five blocks.\n\n"
            "Final defect: 1.1 x 0.9 cm, through the alar rim.\n\n"
            "Repair: complex. The defect involved the free margin of the alar rim. Wide "
            "undermining in the nasalis plane; the rim was re-aligned with a 6-0 Monocryl key suture to prevent "
            "notching, deep 5-0 Monocryl, 6-0 fast-gut epidermal. Total repair length 1.8 cm.\n\n"
            "Hemostasis with electrocautery. Pressure dressing. Post-op instructions given; acetaminophen for "
            "pain. Return 1 week.\n"
        ),
        "expected": E([L("17311"), L("17312"), L("13151")], topics=["coding-correction"]),
        "coder_note": "17315 is for each block beyond 5 in any one stage (MOHS-2); stage I had 4 and stage II 2, so "
                      "no 17315. Repair after Mohs is separate (MOHS-7): free-margin (alar rim) involvement makes it "
                      "complex, nose group, 1.8 cm -> 13151 (REP-2/REP-3).",
    },
    {
        "id": "s15-pc-ilk-eight-keloids",
        "family": "intralesional", "shape": "pre-coded",
        "description": "8 keloids injected, EMA sent 11900; more than 7 -> 11901; 24 mg TAC -> J3301 x3",
        "date": "2026-02-10", "patient": ("Mensah", "Kwabena", "1992-09-30", "male"),
        "payer": "commercial-cigna", "provider": "okonkwo",
        "conditions": [C("c1", "Keloids, chest and shoulders, painful and pruritic", "L91.0",
                         "presternal chest, bilateral shoulders", reason=True)],
        "procedures": [
            P("Intralesional inj", cpt="11900", site="presternal chest; R shoulder; L shoulder",
              note="Keloids injected with Kenalog-40. See note for count/volume.", reasons=["c1"]),
        ],
        "note": (
            "ILK visit #3\n"
            "33M with keloids on the chest and shoulders that formed at old acne sites in his teens. "
            "Lesions itch at night and hurt when the seatbelt rubs the L shoulder. Last injection 6 wks ago, "
            "noticeable flattening of the two sternal lesions. No steroid atrophy seen.\n\n"
            "Exam: firm pink-purple keloidal plaques: presternal x3 (largest 2.5 cm), R shoulder x3, "
            "L shoulder x2.\n\n"
            "Procedure: after alcohol prep, triamcinolone acetonide (Kenalog-40, 40 mg/mL) was injected into "
            "each of the 8 keloids via 30g needle until blanching. Total volume 0.6 mL = 24 mg. Drug from "
            "office stock, lot KX4471. Tolerated well.\n\n"
            "Plan: repeat in 6 weeks. Silicone gel sheeting nightly to the shoulders. Discussed cryo-assisted "
            "ILK if plateau; not today.\n"
        ),
        "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
        "coder_note": "Eight lesions injected = more than 7 -> 11901, one unit (4.8 table). Triamcinolone "
                      "acetonide 24 mg -> J3301 = ceil(24/10) = 3 units.",
    },
    {
        "id": "s15-pc-nails-digit-modifiers",
        "family": "nails", "shape": "pre-coded",
        "description": "Matrixectomy R great toe and simple avulsion L great toe sent without digit modifiers",
        "date": "2026-02-12", "patient": ("Delacroix", "Renee", "1979-12-05", "female"),
        "payer": "commercial", "provider": "pike",
        "conditions": [
            C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "right great toe", reason=True),
            C("c2", "Ingrowing nail, left great toe", "L60.0", "left great toe", reason=True),
        ],
        "procedures": [
            P("Nail + matrix excision, partial, permanent", cpt="11750", site="R great toe, lateral border",
              note="Recurrent ingrown x3. Lateral 1/4 nail plate removed; lateral matrix horn sharply excised.",
              reasons=["c1"]),
            P("Nail plate avulsion", cpt="11730", site="L great toe",
              note="Entire plate avulsed. Matrix left intact.", reasons=["c2"]),
        ],
        "note": (
            "Chief complaint: painful ingrown toenails, both big toes.\n"
            "HPI: 46F, right great toe lateral border has ingrown three times in 18 months despite taping and "
            "two partial avulsions at urgent care. Left great toe started 3 weeks ago after a pedicure; whole "
            "plate loose and lifting. No diabetes, no PAD.\n"
            "Exam: R hallux lateral nail fold erythema and granulation, no purulence. L hallux nail plate "
            "onycholytic and embedded at both folds, tender. Cap refill brisk both feet.\n\n"
            "Procedures (digital blocks, 2% plain lidocaine 3 mL each toe, tourniquet):\n"
            "1) RIGHT great toe: lateral quarter of the plate split and removed; the lateral matrix horn was "
            "excised down to bone with a #15 blade for permanent narrowing of the nail. Hemostasis achieved, "
            "tourniquet off at 9 minutes.\n"
            "2) LEFT great toe: entire nail plate freed with a Freer elevator and avulsed. Nail bed intact; no "
            "matrix treatment - expect regrowth.\n\n"
            "Dressings, post-op soaks, and pain control reviewed. Recheck 2 weeks.\n"
        ),
        "expected": E([L("11750", 1, "T5"), L("11730", 1, "TA")], topics=["modifier"]),
        "coder_note": "Digit modifiers on nail codes: right great toe T5, left great toe TA (3.2 table, "
                      "conventions). 11750/11730 is PTP indicator 1; the different digits (TA on the column-2 "
                      "11730) bypass it.",
    },
    {
        "id": "s15-pc-shave-site-groups",
        "family": "shave", "shape": "pre-coded",
        "description": "Shaves of irritated SKs on the helix and scalp coded with trunk shave codes",
        "date": "2026-02-17", "patient": ("Fitzgerald", "Owen", "1963-07-21", "male"),
        "payer": "commercial-aetna", "provider": "halvorsen",
        "conditions": [
            C("c1", "Inflamed seborrheic keratosis, left helix", "L82.0", "left helix", reason=True),
            C("c2", "Inflamed seborrheic keratosis, scalp", "L82.0", "scalp vertex", reason=True),
        ],
        "procedures": [
            P("Shave rmvl 0.6-1.0", cpt="11301", site="L helix",
              note="0.7 cm crusted keratotic papule; bleeds where eyeglass temple rubs. Shaved flush, AlCl3.",
              reasons=["c1"]),
            P("Shave rmvl 0.5 or less", cpt="11300", site="scalp, vertex",
              note="0.4 cm irritated keratotic papule; bleeds with combing. Shaved, AlCl3.", reasons=["c2"]),
        ],
        "path": [
            {"text": "A. Skin, left helix, shave: Irritated seborrheic keratosis.", "site": "left helix",
             "date": "2026-02-20"},
            {"text": "B. Skin, scalp, shave: Irritated seborrheic keratosis with superficial erosion.",
             "site": "scalp vertex", "date": "2026-02-20"},
        ],
        "expected": E([L("11311"), L("11305")], topics=["coding-correction"]),
        "coder_note": "Shave codes go by site group and lesion diameter (SH-1): ear is face group 0.7 cm -> 11311; "
                      "scalp is the scalp/neck/hands/feet/genitalia group 0.4 cm -> 11305. Both lesions bleed "
                      "(BSL-3 a), so removal is medical.",
    },
    {
        "id": "s15-pc-em-missing-25",
        "family": "em", "shape": "pre-coded",
        "description": "E/M for a psoriasis flare with new Rx on the day of AK destruction, sent without 25",
        "date": "2026-02-19", "patient": ("Brandt", "Louise", "1953-05-11", "female"),
        "payer": "medicare", "provider": "okafor", "em": "99214", "minutes": 35,
        "conditions": [
            C("c1", "Psoriasis vulgaris, flare", "L40.0", "elbows, knees, scalp", reason=True),
            C("c2", "Actinic keratoses", "L57.0", "face", reason=True),
        ],
        "procedures": [
            P("Destruction AK, 1st", cpt="17000", site="L temple", reasons=["c2"]),
            P("Destruction AK, 2-14 (x3)", cpt="17003", site="forehead x2, R cheek x1", reasons=["c2"]),
        ],
        "note": (
            "DERMATOLOGY FOLLOW-UP\n"
            "CC: psoriasis worse; 'rough spots' on face\n\n"
            "HPI: 72F with plaque psoriasis since her 30s, previously controlled on clobetasol pulses. Ran out "
            "3 months ago and flared after a URI in January: itchy plaques spreading on elbows, knees and scalp, "
            "now keeping her awake. No joint pain or morning stiffness. Also notes several sandpaper-like spots "
            "on her face.\n\n"
            "ROS: neg fever, neg arthralgia, neg nail changes.\n"
            "PMH: HTN, osteopenia. Meds: losartan, calcium/D. NKDA.\n\n"
            "EXAM: well-demarcated erythematous plaques with silvery scale, bilateral extensor elbows and knees, "
            "occipital scalp; BSA approx 6%. Nails without pitting. Face: four gritty scaly erythematous papules "
            "(L temple 1, forehead 2, R cheek 1).\n\n"
            "ASSESSMENT / PLAN\n"
            "1. Psoriasis vulgaris, flaring (BSA 6%) - start calcipotriene/betamethasone dipropionate foam daily "
            "to body plaques x4 wks then weekends; clobetasol solution to scalp BID x2 wks. Reviewed steroid "
            "side effects and how to taper. If not < 3% BSA at follow-up, will discuss NB-UVB vs apremilast; "
            "baseline labs not needed today. PsA screening questions negative.\n"
            "2. Actinic keratoses x4, face - LN2 cryotherapy, 2 cycles each, to all four after verbal consent. "
            "Blistering reviewed.\n"
            "RTC 8 weeks.\n"
        ),
        "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 3)], topics=["modifier"]),
        "coder_note": "The psoriasis flare with new prescription management is significant, separately identifiable "
                      "work beyond the AK destruction decision -> 25 on the E/M (GS-3, 3.2 table; 17000/99214 is "
                      "indicator 1). 4 AKs -> 17000 + 17003 x3 (DS-1). No G2211 with a 25 E/M (EM-6).",
    },
    {
        "id": "s15-pc-postop-79-new-lesion",
        "family": "post-op", "shape": "pre-coded",
        "description": "Punch biopsy of a new calf lesion 7 days into the 10-day global of a back excision",
        "date": "2026-03-09", "patient": ("Castillo", "Ramon", "1949-10-08", "male"),
        "payer": "medicare", "provider": "weiss",
        "conditions": [C("c1", "Dermatofibroma, right calf", "D23.71", "right calf", reason=True)],
        "prior": [PRIOR("2026-03-02", "11402", "Excision benign lesion", "L upper back",
                        note="Excised diameter 1.4 cm; simple closure.")],
        "procedures": [
            P("Punch bx", cpt="11104", site="R calf",
              note="New 6 mm pink firm papule, r/o BCC vs DF. 4 mm punch, 4-0 nylon x1.", reasons=["c1"]),
        ],
        "path": [{"text": "Skin, right calf, punch biopsy: Dermatofibroma. No atypia.", "site": "right calf",
                  "date": "2026-03-12"}],
        "note": (
            "Visit type: add-on, new concern\n"
            "Mr. Castillo had an atypical nevus excised from his L upper back on 3/2 (sutures due out 3/16, "
            "that visit stays on the books). He called about a new bump on the right calf his daughter noticed "
            "a month ago that bled once after shaving. Back wound not examined today - bandage in place, no "
            "complaints.\n\n"
            "R calf: 6 mm firm pink papule, dimple sign equivocal, dermoscopy with central white patch and "
            "peripheral delicate network but also two short arborizing vessels. Cannot exclude BCC.\n\n"
            "Punch biopsy: consent, 1% lido/epi 1 mL, 4 mm punch to fat, one 4-0 nylon. Hemostasis good. "
            "Specimen to path.\n\n"
            "Plan: results in ~1 week, remove calf suture with the back sutures on 3/16.\n"
        ),
        "expected": E([L("11104", 1, "79")], topics=["global-period"]),
        "coder_note": "A new, unrelated lesion biopsied inside the 10-day global of the 3/2 excision -> 79 on the "
                      "procedure (GS-5). Diagnosis on the claim from the pathology (DX-2).",
    },
    {
        "id": "s15-pc-tags-24-units",
        "family": "skin-tags", "shape": "pre-coded",
        "description": "24 symptomatic skin tags, EMA sent 11200 x2; correct 11200 + 11201 x1",
        "date": "2026-03-03", "patient": ("Quinlan", "Bridget", "1970-01-17", "female"),
        "payer": "commercial", "provider": "santos",
        "conditions": [C("c1", "Acrochordons, irritated and bleeding", "L91.8",
                         "neck, bilateral axillae, inframammary", reason=True)],
        "procedures": [
            P("Skin tag removal, first 15 (qty 2)", cpt="11200", site="neck; R axilla; L axilla; inframammary",
              note="Snip excision with curved iris scissors; AlCl3. Count in note.", reasons=["c1"]),
        ],
        "note": (
            "56F with many skin tags that snag on her necklace and bra straps; several have twisted, turned "
            "dark and bled in the last two months. She is tired of bandaging them.\n\n"
            "Exam: pedunculated soft acrochordons, several with erythematous, crusted bases:\n"
            "  neck 11 | R axilla 5 | L axilla 4 | inframammary folds 4\n"
            "  => 24 total\n"
            "No other lesions of concern.\n\n"
            "All 24 removed by snip excision after topical LMX, hemostasis with aluminum chloride. Not sent for "
            "pathology. Petrolatum and bandages. Discussed that new tags may form.\n"
        ),
        "expected": E([L("11200"), L("11201")], topics=["coding-correction"]),
        "coder_note": "11200 covers up to 15 tags, once; 11201 is each additional 10 or part: 24 - 15 = 9 -> one "
                      "unit (4.8 table, conventions). Irritated, bleeding tags meet BSL-3 (a, g).",
    },
    {
        "id": "s15-pc-puva-no-conventional-gz",
        "family": "phototherapy", "shape": "pre-coded",
        "description": "Oral PUVA sent as 96910; Medicare, no failed conventional therapy, no ABN -> 96912-GZ",
        "date": "2026-03-05", "patient": ("Greaves", "Walter", "1956-02-28", "male"),
        "payer": "medicare", "provider": "abernathy",
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "trunk and extremities", reason=True)],
        "procedures": [
            P("Photochemotherapy", cpt="96910", site="trunk and extremities",
              note="8-MOP 0.4 mg/kg PO 1.5 h pre; UVA 1.0 J/cm2. Tx #1.", reasons=["c1"]),
        ],
        "note": (
            "PHOTOTHERAPY UNIT - TREATMENT RECORD / PROVIDER NOTE\n"
            "Modality: PUVA (oral methoxsalen + UVA), stand-up cabinet\n"
            "Session 1 of planned 3x/week course\n\n"
            "70M, plaque psoriasis trunk/legs, BSA ~12%. He has used only OTC moisturizers and coal-tar shampoo; "
            "declines prescription creams ('too messy') and was never treated with NB-UVB or any systemic. He "
            "works from home, psoriasis not limiting daily activities. A friend did well with PUVA and he asked "
            "specifically for it. Options (topicals, NB-UVB, biologic) were reviewed; he chose PUVA. No Advance "
            "Beneficiary Notice was discussed or signed.\n\n"
            "Skin type III. Eye exam on file 2/2026. Methoxsalen 40 mg PO at 07:30; UVA 1.0 J/cm2 at 09:00, no "
            "tar or UVB given. Goggles worn, genital shielding. Instructed UV-blocking glasses for 24 h.\n"
        ),
        "expected": E([L("96912", 1, "GZ")], topics=["coding-correction", "medical-necessity"]),
        "coder_note": "Oral psoralen + UVA is PUVA 96912, not the tar/UVB code 96910 (4.8 table). NCD 250.1 "
                      "covers PUVA only for intractable, disabling psoriasis after failed conventional treatment "
                      "(PHOTO-1): not met, and no ABN -> GZ (COS-4).",
    },
    {
        "id": "s15-pc-patch-36-allergens",
        "family": "patch-test", "shape": "pre-coded",
        "description": "Patch testing with 36 allergens sent as 95044 x1",
        "date": "2026-03-10", "patient": ("Ibarra", "Lucia", "1988-08-08", "female"),
        "payer": "commercial-aetna", "provider": "castellanos",
        "conditions": [C("c1", "Contact dermatitis of eyelids and face, cause not yet identified", "L25.9",
                         "eyelids, face", reason=True)],
        "procedures": [
            P("Patch test application", cpt="95044", site="upper back",
              note="Cosmetic/facial series applied. Reading 48 h and 96 h.", reasons=["c1"]),
        ],
        "note": (
            "Patch test application visit (day 0)\n"
            "37F, recurrent eyelid and perioral dermatitis x 8 months, suspects her new skin-care line. "
            "Evaluated at the 2/24 consult where patch testing was planned; today is application only.\n"
            "Off oral steroids > 4 weeks; no topical steroid to the back. Back clear.\n\n"
            "Applied in IQ Ultra chambers to the upper back:\n"
            "  Panel 1: 12 allergens (preservatives, incl. MCI/MI, formaldehyde releasers)\n"
            "  Panel 2: 12 allergens (fragrances, balsam of Peru, lanolin alcohols)\n"
            "  Panel 3: 12 allergens (acrylates, cocamidopropyl betaine, tosylamide resin, gold)\n"
            "Total allergens applied: 36.\n"
            "Marked with skin marker; do not shower or sweat heavily. Readings Thursday (48 h) and Saturday "
            "(96 h).\n"
        ),
        "expected": E([L("95044", 36)], topics=["coding-correction"]),
        "coder_note": "95044 units = number of allergens tested: 36 (4.8 table, conventions). Application only, no "
                      "E/M selected.",
    },
    {
        "id": "s15-pc-id-simple-sent-10061",
        "family": "incision-drainage", "shape": "pre-coded",
        "description": "Single uncomplicated axillary abscess drained, EMA sent 10061",
        "date": "2026-03-12", "patient": ("Tran", "Kevin", "1998-05-14", "male"),
        "payer": "medicaid", "provider": "marchetti",
        "conditions": [C("c1", "Cutaneous abscess of left axilla", "L02.412", "left axilla", reason=True)],
        "procedures": [
            P("I&D abscess, complicated", cpt="10061", site="L axilla",
              note="Single abscess. No loculations. No packing.", reasons=["c1"]),
        ],
        "note": (
            "Urgent derm visit - 27M w/ painful lump L armpit x4 days, now pointing. No fever. No hx HS, no "
            "similar lesions. Shaves axillae.\n"
            "Exam: single 2 cm fluctuant, erythematous, tender nodule L axilla, no surrounding cellulitis, no "
            "sinus tracts, no other nodules bilaterally. T 98.9.\n\n"
            "I&D: chlorhexidine prep, 1% lido w/ epi 2 mL. 1 cm linear incision with #11 blade; moderate "
            "purulent material expressed. Cavity probed gently - single cavity, no loculations. Irrigated with "
            "sterile saline. Cavity small, packing not needed. Left open to drain, gauze dressing. Culture sent.\n\n"
            "Plan: warm compresses TID, no antibiotics for now given drained and no cellulitis; return if fever "
            "or spreading redness. Will start benzoyl peroxide wash to axillae.\n"
        ),
        "expected": E([L("10060")], topics=["coding-correction"]),
        "coder_note": "One abscess drained simply (no loculations, no packing, single cavity) is the simple/single "
                      "I&D 10060, not the complicated/multiple 10061 (4.8 table).",
    },
    {
        "id": "s15-pc-repair-sum-same-group",
        "family": "repair", "shape": "pre-coded",
        "description": "Two cyst excisions (back, arm) with two intermediate repairs sent separately; sum to 12032",
        "date": "2026-03-17", "patient": ("Sorensen", "Paul", "1975-10-03", "male"),
        "payer": "commercial-cigna", "provider": "lindgren",
        "conditions": [
            C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "upper back", reason=True),
            C("c2", "Epidermal cyst, left upper arm, painful", "L72.0", "left upper arm", reason=True),
        ],
        "procedures": [
            P("Excision benign lesion 1.1-2.0", cpt="11402", site="upper back, midline",
              note="Cyst 1.5 cm, margin 2 mm.", reasons=["c1"]),
            P("Excision benign lesion 0.6-1.0", cpt="11401", site="L upper arm, posterior",
              note="Cyst 0.6 cm, margin 2 mm.", reasons=["c2"]),
            P("Intermediate repair, trunk", cpt="12032", site="upper back", note="Layered, 4.2 cm"),
            P("Intermediate repair, extremity", cpt="12031", site="L upper arm", note="Layered, 2.3 cm"),
        ],
        "path": [
            {"text": "A. Upper back, excision: Epidermoid cyst with rupture and foreign-body giant cell reaction.",
             "site": "upper back", "date": "2026-03-20"},
            {"text": "B. Left upper arm, excision: Epidermoid cyst.", "site": "left upper arm",
             "date": "2026-03-20"},
        ],
        "note": (
            "OPERATIVE NOTE (office)\n"
            "Pre/Post-op dx: epidermoid cysts x2 (upper back, L posterior upper arm)\n"
            "Indication: back cyst has become inflamed and drained three times since summer, painful lying "
            "supine; arm cyst tender when leaning on the armrest, enlarging. Both currently quiet.\n\n"
            "A) Upper back midline: cyst 1.5 cm. Ellipse with 2 mm margins around the punctum and cyst, dissected "
            "intact from surrounding fibrosis. Closed in two layers (3-0 Vicryl deep, 4-0 nylon) - 4.2 cm.\n"
            "B) L upper arm: cyst 0.6 cm, 2 mm margins, excised intact. Layered closure (4-0 Vicryl, 5-0 "
            "nylon) - 2.3 cm.\n\n"
            "EBL minimal. Specimens A and B to pathology. Sutures out 12-14 days.\n"
        ),
        "expected": E([L("11402"), L("11401"), L("12032")], topics=["coding-correction"]),
        "coder_note": "Excised diameters 1.5 + 0.4 = 1.9 (11402) and 0.6 + 0.4 = 1.0 (11401), trunk/arm group "
                      "(EX-1/EX-2). Intermediate repairs of trunk and arm are one group (12031-12037): 4.2 + 2.3 "
                      "= 6.5 cm -> one 12032 (REP-1); 12031 dropped (12032/12031 indicator 0).",
    },
    {
        "id": "s15-pc-mohs-trunk-sbcc-ga",
        "family": "mohs", "shape": "pre-coded",
        "description": "Mohs of a small primary superficial BCC on the back, Medicare, ABN signed -> 17313-GA",
        "date": "2026-03-19", "patient": ("Whitcomb", "Gerald", "1946-12-12", "male"),
        "payer": "medicare", "provider": "nakamura",
        "conditions": [C("c1", "Superficial basal cell carcinoma, left upper back", "C44.519", "left upper back",
                         reason=True)],
        "procedures": [
            P("Mohs trunk/ext stage 1", cpt="17313", site="L upper back",
              note="Stage I, 2 blocks, clear. Heal by second intention.", reasons=["c1"]),
        ],
        "note": (
            "Mohs surgery - pre-operative assessment and report\n"
            "Dx: superficial BCC, L upper back, bx 2/2026 (superficial pattern only). Primary, not recurrent.\n"
            "Size 0.7 x 0.6 cm, well-defined borders. Patient immunocompetent, no prior radiation, no genetic "
            "syndrome.\n"
            "Appropriateness: trunk location, superficial subtype, < 2 cm - does not meet appropriate-use "
            "criteria for Mohs. Offered ED&C, topical imiquimod, or standard excision. Patient insists on Mohs "
            "('want it done the most thorough way'). Explained Medicare is likely to deny as not medically "
            "necessary; ABN (CMS-R-131) reviewed and signed before the procedure, option 1 selected.\n\n"
            "Stage I: lesion excised with 2 mm margin, divided into 2 blocks, mapped, frozen sections read by "
            "me. Clear. Defect 1.1 cm, left to heal by second intention. Petrolatum and bandage.\n"
        ),
        "expected": E([L("17313", 1, "GA")], topics=["medical-necessity"]),
        "coder_note": "Small primary superficial BCC of the trunk in an immunocompetent patient does not meet the "
                      "Mohs appropriate-use criteria (MOHSN-2): expected denial as not reasonable and necessary, "
                      "ABN on file -> GA (COS-4; README precedent). One stage, 2 blocks -> 17313 only.",
    },
]
# ---------------------------------------------------------------------------------------------------------------
# FREE-TEXT (Procedure.code.text only, bodySite, Procedure.note, reasons; optional signed note)
# ---------------------------------------------------------------------------------------------------------------

FREE = [
    {
        "id": "s15-ft-bx-three-techniques",
        "family": "biopsy", "shape": "free-text",
        "description": "Punch, incisional wedge and saucerization biopsies of three lesions",
        "date": "2026-01-15", "patient": ("Kowalczyk", "Irena", "1951-04-04", "female"),
        "payer": "medicare-noname", "provider": "adeyemi",
        "conditions": [
            C("c1", "Dysplastic nevus, left lower back", "D22.5", "left lower back", reason=True),
            C("c2", "Erythema nodosum", "L52", "right anterior shin", reason=True),
            C("c3", "Squamous cell carcinoma in situ, right upper arm", "D04.61", "right upper arm", reason=True),
        ],
        "procedures": [
            P("Punch biopsy", site="left lower back",
              note="6 mm irregular brown macule with asymmetric network on dermoscopy. 4 mm punch, two 4-0 "
                   "nylon sutures.", reasons=["c1"]),
            P("Incisional biopsy, fusiform wedge into fat", site="right anterior shin",
              note="Tender red subcutaneous nodules x3 weeks. Wedge 1.5 x 0.5 cm cut with #15 blade through "
                   "dermis and subcutaneous fat (need septa/lobules). Closed with three 4-0 nylon.",
              reasons=["c2"]),
            P("Saucerization biopsy", site="right upper arm",
              note="8 mm scaly pink plaque, r/o SCCIS vs superficial BCC. Saucerized with flexible blade, "
                   "partial thickness. Drysol.", reasons=["c3"]),
        ],
        "path": [
            {"text": "A. Left lower back, punch: Compound dysplastic nevus, mild atypia, margins involved.",
             "site": "left lower back", "date": "2026-01-20"},
            {"text": "B. Right shin, incisional: Septal panniculitis without vasculitis, consistent with "
                     "erythema nodosum.", "site": "right anterior shin", "date": "2026-01-20"},
            {"text": "C. Right upper arm, shave: Squamous cell carcinoma in situ (Bowen disease), extending to "
                     "peripheral margin.", "site": "right upper arm", "date": "2026-01-20"},
        ],
        "note": (
            "Assessment & plan (procedure day)\n"
            "1. Atypical pigmented macule L lower back - punch bx. Photo taken.\n"
            "2. Painful shin nodules, r/o EN vs other panniculitis; recent strep throat - incisional wedge to "
            "include fat. CBC/ASO ordered by PCP already, results pending.\n"
            "3. Scaly plaque R upper arm - saucerization.\n"
            "No E/M billed today; consult was last week.\n"
            "Sutures out 14 d (back, shin).\n"
        ),
        "expected": E([L("11106"), L("11105"), L("11103")]),
        "coder_note": "One primary per encounter by rank incisional > punch > tangential (BX-2): the wedge is "
                      "11106; the punch takes 11105 and the saucerization 11103 (AOC allows both with 11106).",
    },
    {
        "id": "s15-ft-bx-lip-vermilion-and-cheek",
        "family": "biopsy", "shape": "free-text",
        "description": "Wedge biopsy of lip vermilion (40490) plus shave biopsy of cheek (11102-XS)",
        "date": "2026-01-27", "patient": ("Albright", "Curtis", "1960-06-06", "male"),
        "payer": "commercial-uhc", "provider": "marchetti",
        "conditions": [
            C("c1", "Actinic cheilitis with moderate dysplasia, lower lip", "L56.8", "lower lip vermilion",
              reason=True),
            C("c2", "Basal cell carcinoma, left cheek", "C44.319", "left cheek", reason=True),
        ],
        "procedures": [
            P("Wedge bx lower lip", site="lower lip vermilion, left of midline",
              note="Persistent scaly eroded patch 6 mm on the vermilion x 4 mo. Full-thickness wedge with #15 "
                   "blade; vermilion closed with 5-0 Vicryl Rapide.", reasons=["c1"]),
            P("Shave bx", site="left cheek",
              note="4 mm pearly papule, r/o BCC. Tangential shave, AlCl3.", reasons=["c2"]),
        ],
        "path": [
            {"text": "A. Lower lip vermilion, wedge: Actinic cheilitis with moderate squamous dysplasia. No "
                     "invasive carcinoma.", "site": "lower lip vermilion", "date": "2026-01-30"},
            {"text": "B. Left cheek, shave: Basal cell carcinoma, nodular.", "site": "left cheek",
             "date": "2026-01-30"},
        ],
        "expected": E([L("40490"), L("11102", 1, "XS")]),
        "coder_note": "Lip vermilion uses its own biopsy code 40490, not a skin biopsy code (BX-1). The cheek "
                      "shave biopsy is the tangential primary 11102. 40490/11102 is PTP indicator 1 and these are "
                      "different lesions/sites -> XS on the column-2 11102.",
    },
    {
        "id": "s15-ft-warts-and-aks-xs",
        "family": "destruction", "shape": "free-text",
        "description": "6 hand warts (17110) and 3 facial AKs (17000 + 17003 x2), XS on the AK lines",
        "date": "2026-02-02", "patient": ("Petrakis", "Nikolaos", "1966-09-09", "male"),
        "payer": "commercial-aetna", "provider": "santos",
        "conditions": [
            C("c1", "Verruca vulgaris, hands, spreading and painful", "B07.8", "hands", reason=True),
            C("c2", "Actinic keratosis", "L57.0", "forehead, right temple", reason=True),
        ],
        "procedures": [
            P("Cryo warts", site="R dorsal hand x3, L index finger x2, L thumb x1",
              note="Six verrucae; pared lightly then LN2 2 FTC. Spreading over 3 months, periungual ones "
                   "painful.", reasons=["c1"]),
            P("Cryo AKs", site="forehead x2, R temple x1",
              note="Three AKs, LN2 10-sec freeze x2.", reasons=["c2"]),
        ],
        "note": (
            "59M contractor. Warts on hands multiplying since fall; the ones at the nail folds split and hurt when "
            "he grips tools. Tried OTC salicylic acid for 8 weeks without benefit. Also rough spots on the "
            "forehead/temple that flake and come back.\n"
            "Exam: 6 verrucous papules (R dorsal hand 3, L index finger 2 incl. periungual, L thumb 1). 3 gritty "
            "erythematous papules, forehead 2 and R temple 1, c/w AK.\n"
            "Plan: LN2 as above to all. Return 3-4 wks for repeat wart treatment. Sun protection.\n"
        ),
        "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")]),
        "coder_note": "Warts -> 17110 (up to 14, one unit; DS-2). AKs: 17000 + 17003 x2 (DS-1). 17110/17000 and "
                      "17110/17003 are indicator 1 with the AK codes in column 2; different lesions -> XS on both "
                      "AK lines (DS-3, conventions).",
    },
    {
        "id": "s15-ft-edc-bcc-arm-sccis-scalp",
        "family": "destruction", "shape": "free-text",
        "description": "ED&C of biopsy-proven BCC forearm (1.2 cm, defect 1.6) and SCCIS scalp (0.4, defect 0.5)",
        "date": "2026-02-04", "patient": ("Hollis", "Beatrice", "1939-07-30", "female"),
        "payer": "medicare", "provider": "weiss",
        "conditions": [
            C("c1", "Basal cell carcinoma, superficial, right dorsal forearm", "C44.612", "right dorsal forearm",
              reason=True),
            C("c2", "Squamous cell carcinoma in situ, left parietal scalp", "D04.4", "left parietal scalp",
              reason=True),
        ],
        "prior": [
            PRIOR("2026-01-14", "11102", "Shave biopsies x2", "R dorsal forearm; L parietal scalp"),
        ],
        "path": [
            {"text": "A. Right dorsal forearm, shave biopsy: Basal cell carcinoma, superficial multifocal type.\n"
                     "B. Left parietal scalp, shave biopsy: Squamous cell carcinoma in situ.",
             "site": "right dorsal forearm; left parietal scalp", "date": "2026-01-17",
             "encounter": "enc-s15-ft-edc-bcc-arm-sccis-scalp-prior-1"},
        ],
        "procedures": [
            P("ED&C x3 cycles", site="right dorsal forearm",
              note="Biopsy-proven superficial BCC. Clinical lesion 1.2 cm. Curettage and electrodesiccation x3 "
                   "cycles; final defect 1.6 cm.", reasons=["c1"]),
            P("ED&C x3 cycles", site="left parietal scalp",
              note="Biopsy-proven SCCIS. Lesion 0.4 cm; final defect 0.5 cm after 3 cycles.", reasons=["c2"]),
        ],
        "note": (
            "86F returns to treat the two cancers from her 1/14 biopsies. Thin skin, on apixaban - cardiology "
            "prefers no interruption; ED&C chosen over excision for both (she declines surgery, not a Mohs "
            "candidate by her wishes). Consent for both sites.\n"
            "Each site: 1% lidocaine w/ epi; sharp curette until firm dermis, then electrodesiccation, repeated "
            "for three cycles total. Measurements recorded in the procedure entries. Hemostasis good. Vaseline "
            "and bandage, daily wound care, expect 4-6 weeks to heal.\n"
            "FSE today: no other suspicious lesions. Next skin check 6 months.\n"
        ),
        "expected": E([L("17262"), L("17270")]),
        "coder_note": "Malignant destruction by site group and size (DS-4): forearm (trunk/arms/legs) 1.2 cm lesion, "
                      "1.6 cm final defect -> 17262 either way; scalp (scalp/neck/hands/feet/genitalia) 0.4-0.5 cm "
                      "-> 17270. SCC in situ (D04) is destroyed with the malignant codes (7.4). Prior biopsies are "
                      "000 global.",
    },
    {
        "id": "s15-ft-exm-mis-back",
        "family": "excision-malignant", "shape": "free-text",
        "description": "Wide excision of melanoma in situ, 0.9 cm lesion with 0.5 cm margins, layered 4.5 cm closure",
        "date": "2026-02-09", "patient": ("Engstrom", "Carl", "1958-01-25", "male"),
        "payer": "medicare-ngs", "provider": "voss",
        "conditions": [C("c1", "Melanoma in situ, right upper back", "D03.59", "right upper back", reason=True)],
        "prior": [PRIOR("2026-01-26", "11102", "Shave biopsy", "R upper back")],
        "procedures": [
            P("Wide local excision", site="right upper back",
              note="MIS on prior shave bx. Residual pigment/biopsy site 0.9 cm; 0.5 cm margins marked and "
                   "excised to fat. Specimen oriented.", reasons=["c1"]),
            P("Layered closure", site="right upper back",
              note="3-0 Monocryl deep, 4-0 nylon running. Length 4.5 cm."),
        ],
        "path": [
            {"text": "Skin, right upper back, shave biopsy: Melanoma in situ, lentiginous type, extending to "
                     "peripheral margins.", "site": "right upper back", "date": "2026-01-29",
             "encounter": "enc-s15-ft-exm-mis-back-prior-1"},
            {"text": "Skin, right upper back, wide excision: Residual melanoma in situ; all margins clear, "
                     "closest 4 mm.", "site": "right upper back", "date": "2026-02-12"},
        ],
        "expected": E([L("11602"), L("12032")]),
        "coder_note": "Melanoma in situ is coded with malignant excision codes (EX-3). Excised diameter 0.9 + 2 x "
                      "0.5 = 1.9 cm, trunk -> 11602 (EX-1). Layered closure 4.5 cm trunk -> 12032 (EX-5, REP-2).",
    },
    {
        "id": "s15-ft-exb-pilar-cyst-scalp",
        "family": "excision-benign", "shape": "free-text",
        "description": "Tender enlarging pilar cyst of the scalp, 2.2 cm with 1 mm margin -> 11423; simple closure",
        "date": "2026-02-11", "patient": ("Moreau", "Celine", "1982-11-11", "female"),
        "payer": "commercial", "provider": "lindgren",
        "conditions": [C("c1", "Pilar cyst, right occipital scalp", "L72.11", "right occipital scalp",
                         reason=True)],
        "procedures": [
            P("Excision cyst", site="right occipital scalp",
              note="Firm mobile cyst 2.2 cm, tender, enlarging, catches on brush. Elliptical excision including "
                   "1 mm of surrounding skin; cyst removed intact.", reasons=["c1"]),
            P("Closure", site="right occipital scalp",
              note="Single-layer 4-0 nylon interrupted, 3.0 cm. No deep sutures needed."),
        ],
        "path": [{"text": "Scalp, excision: Trichilemmal (pilar) cyst, intact.", "site": "right occipital scalp",
                  "date": "2026-02-14"}],
        "expected": E([L("11423")]),
        "coder_note": "Scalp is in the scalp/neck/hands/feet/genitalia group; excised diameter 2.2 + 2 x 0.1 = 2.4 "
                      "cm -> 11423 (EX-1/EX-2). Single-layer closure is a simple repair, included in the excision "
                      "(EX-5).",
    },
    {
        "id": "s15-ft-id-loculated-packed",
        "family": "incision-drainage", "shape": "free-text",
        "description": "Gluteal abscess with loculations broken up and packing -> complicated I&D",
        "date": "2026-02-16", "patient": ("Bishop", "Terrence", "1990-03-03", "male"),
        "payer": "commercial-uhc", "provider": "castellanos",
        "conditions": [C("c1", "Cutaneous abscess of buttock", "L02.31", "left buttock", reason=True)],
        "procedures": [
            P("I&D abscess", site="left buttock",
              note="4 cm fluctuant abscess with 2 cm surrounding induration. 2 cm incision; copious pus. "
                   "Multiple loculations broken up bluntly with a hemostat; irrigated; packed with 1/4-inch "
                   "iodoform gauze (about 20 cm). Culture sent.", reasons=["c1"]),
        ],
        "note": (
            "35M, 6 days of a painful boil on the L buttock, worse sitting. Afebrile. No diabetes.\n"
            "Procedure as documented. Start doxycycline 100 mg BID x7 days given induration. Pack removal and "
            "wound check in 48 h by nurse. Discussed decolonization if recurrent.\n"
        ),
        "expected": E([L("10061")]),
        "coder_note": "Loculations requiring blunt breakdown plus packing make it a complicated I&D -> 10061 "
                      "(4.8 table; README decision).",
    },
    {
        "id": "s15-ft-nails-avulsion-plus-debridement",
        "family": "nails", "shape": "free-text",
        "description": "Avulsion R great toenail (11730-T5) and debridement of 6 other nails (11721-XS)",
        "date": "2026-02-18", "patient": ("Gallagher", "Maureen", "1958-08-18", "female"),
        "payer": "commercial-cigna", "provider": "pike",
        "conditions": [
            C("c1", "Ingrowing nail with paronychia, right great toe", "L60.0", "right great toe", reason=True),
            C("c2", "Onychomycosis, toenails, painful", "B35.1", "toenails", reason=True),
        ],
        "procedures": [
            P("Total nail avulsion", site="right great toe",
              note="Digital block. Entire plate avulsed with elevator/hemostat; matrix untouched.",
              reasons=["c1"]),
            P("Debridement of dystrophic nails", site="L hallux, L 2nd, L 3rd, R 2nd, R 3rd, R 4th toenails",
              note="Six thick mycotic nails reduced in thickness and length with nippers and rotary burr; "
                   "painful in shoes.", reasons=["c2"]),
        ],
        "note": (
            "67F: R big toenail ingrown with drainage x 2 weeks; other toenails thick, yellow, painful in "
            "closed shoes (KOH positive 2025). Not diabetic.\n"
            "Done: complete avulsion R hallux nail; debridement of six other toenails (listed). Remaining "
            "nails (R 5th, L 4th, L 5th) normal - not treated.\n"
            "Plan: soaks, recheck 2 weeks; discussed terbinafine, she wants to think about it.\n"
        ),
        "expected": E([L("11730", 1, "T5"), L("11721", 1, "XS")]),
        "coder_note": "Avulsion of one nail -> 11730 with the digit modifier T5 (right great toe). Six other nails "
                      "debrided -> 11721 (6 or more). 11730/11721 is indicator 1 with 11721 in column 2; different "
                      "nails -> XS on 11721.",
    },
    {
        "id": "s15-ft-paring-five-lesions",
        "family": "paring", "shape": "free-text",
        "description": "Paring of 3 calluses and 2 corns on both feet -> 11057",
        "date": "2026-02-24", "patient": ("Nakashima", "Joyce", "1969-05-05", "female"),
        "payer": "commercial-uhc", "provider": "halvorsen",
        "conditions": [C("c1", "Corns and callosities, both feet", "L84", "plantar and digital feet",
                         reason=True)],
        "procedures": [
            P("Paring hyperkeratotic lesions", site="right foot",
              note="Callus under R 1st MTH and callus under R 5th MTH pared with #15 blade.", reasons=["c1"]),
            P("Paring hyperkeratotic lesions", site="left foot",
              note="L heel callus pared; hard corn dorsal L 5th toe and soft corn L 4th web space enucleated.",
              reasons=["c1"]),
        ],
        "note": (
            "56F, runner, painful calluses and corns. Orthotics ordered last year, not yet worn. No diabetes, "
            "pulses 2+.\n"
            "Pared 5 lesions total: R 1st MTH, R 5th MTH, L heel (calluses), L 5th toe dorsal (heloma durum), "
            "L 4th interspace (heloma molle). Plantar warts ruled out - skin lines intact, no pinpoint vessels. "
            "Silicone toe sleeve given. Return PRN.\n"
        ),
        "expected": E([L("11057")]),
        "coder_note": "Paring counts all lesions in the session: 5 -> more than 4 -> 11057, one unit (4.8 table).",
    },
    {
        "id": "s15-ft-excimer-three-sites",
        "family": "phototherapy", "shape": "free-text",
        "description": "Excimer to elbows and knee, 120 + 110 + 90 = 320 sq cm -> 96921",
        "date": "2026-02-26", "patient": ("Ruiz", "Alberto", "1977-02-14", "male"),
        "payer": "commercial", "provider": "ramirez",
        "conditions": [C("c1", "Psoriasis vulgaris, localized plaques, BSA 3%", "L40.0", "elbows, left knee",
                         reason=True)],
        "procedures": [
            P("Excimer 308 nm", site="right elbow", note="Plaque area 120 sq cm. 600 mJ/cm2.", reasons=["c1"]),
            P("Excimer 308 nm", site="left elbow", note="Plaque area 110 sq cm. 600 mJ/cm2.", reasons=["c1"]),
            P("Excimer 308 nm", site="left knee", note="Plaque area 90 sq cm. 500 mJ/cm2.", reasons=["c1"]),
        ],
        "note": (
            "Excimer session 7 of 13 (course 1). Localized plaque psoriasis refractory to 5 months of class I "
            "topical steroid and calcipotriene. Mild erythema after session 6, no blistering; doses held at "
            "prior level on elbows, knee reduced 100 mJ. Total treated surface today 320 sq cm.\n"
        ),
        "expected": E([L("96921")]),
        "coder_note": "Excimer is coded once per session by the total area treated (4.8 table): 120 + 110 + 90 = "
                      "320 sq cm, in the 250-500 band -> 96921 x1.",
    },
    {
        "id": "s15-ft-tags-medicare-cosmetic-gy",
        "family": "cosmetic", "shape": "free-text",
        "description": "Medicare: 8 asymptomatic neck skin tags removed for appearance, no ABN -> 11200-GY",
        "date": "2026-03-02", "patient": ("Dunmore", "Agnes", "1952-10-10", "female"),
        "payer": "medicare", "provider": "okafor",
        "conditions": [C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "neck", reason=True)],
        "procedures": [
            P("Snip removal skin tags x8", site="neck",
              note="Eight small asymptomatic tags removed at patient request for appearance. No bleeding, "
                   "irritation or inflammation reported or seen. No voluntary ABN given.", reasons=["c1"]),
        ],
        "note": (
            "73F wants the 'little bumps' on her neck off before her granddaughter's wedding. They do not itch, "
            "bleed or catch. Exam: 8 soft 1-3 mm pedunculated tags anterior/lateral neck, quiet bases.\n"
            "Told her Medicare considers this cosmetic and will not pay; she said she will pay herself. Removed "
            "all 8 with scissors, AlCl3.\n"
        ),
        "expected": E([L("11200", 1, "GY")], topics=["cosmetic"]),
        "coder_note": "No BSL-3 indication documented: cosmetic, statutorily excluded under Medicare FFS -> GY "
                      "(COS-1, COS-4). No voluntary ABN, so no GX.",
    },
    {
        "id": "s15-ft-mohs-temple-three-stages",
        "family": "mohs", "shape": "free-text",
        "description": "Mohs temple: stages with 6, 3 and 2 blocks -> 17311, 17312 x2, 17315 x1; layered 3.0 cm",
        "date": "2026-03-04", "patient": ("Abernethy", "Stuart", "1945-06-01", "male"),
        "payer": "medicare-ngs", "provider": "nakamura",
        "conditions": [C("c1", "Basal cell carcinoma, infiltrative, right temple", "C44.319", "right temple",
                         reason=True)],
        "procedures": [
            P("Mohs surgery, first stage", site="right temple",
              note="Stage 1: 6 tissue blocks. Tumor in blocks 3 and 5.", reasons=["c1"]),
            P("Mohs surgery, additional stage", site="right temple",
              note="Stage 2: 3 tissue blocks. Tumor remains in block 2.", reasons=["c1"]),
            P("Mohs surgery, additional stage", site="right temple",
              note="Stage 3: 2 tissue blocks. Clear.", reasons=["c1"]),
            P("Layered closure", site="right temple",
              note="Intermediate, 5-0 Monocryl deep, 6-0 Prolene. Length 3.0 cm.", reasons=["c1"]),
        ],
        "note": (
            "Mohs: infiltrative BCC R temple (outside bx 1/2026), pre-op 1.3 x 1.0 cm, ill-defined. Surgeon "
            "acted as pathologist for all frozen sections. Final defect 1.8 x 1.2 cm, closed in layers along the "
            "crow's-foot lines. No flap needed. Tolerated well; follow-up 1 week.\n"
        ),
        "expected": E([L("17311"), L("17312", 2), L("17315"), L("12052")]),
        "coder_note": "Temple = head: 17311 first stage, 17312 for each of stages 2 and 3 (MOHS-2). 17315 counts "
                      "blocks beyond 5 per stage: stage 1 had 6 -> 1; stages 2-3 had 3 and 2 -> 0. Layered repair "
                      "of the face 3.0 cm -> 12052, separately reportable after Mohs (MOHS-7, REP-2).",
    },
    {
        "id": "s15-ft-repair-face-neck-not-summed",
        "family": "repair", "shape": "free-text",
        "description": "Excisions of SCCIS forehead and BCC neck, each with a layered repair in a different group",
        "date": "2026-03-09", "patient": ("Yilmaz", "Selin", "1955-09-19", "female"),
        "payer": "medicare", "provider": "baptiste",
        "conditions": [
            C("c1", "Squamous cell carcinoma in situ, forehead", "D04.39", "left forehead", reason=True),
            C("c2", "Basal cell carcinoma, right neck", "C44.41", "right lateral neck", reason=True),
        ],
        "prior": [PRIOR("2026-02-16", "11102", "Shave biopsies x2", "L forehead; R neck")],
        "procedures": [
            P("Excision", site="left forehead",
              note="Bx-proven SCCIS. Lesion 0.6 cm, 3 mm margins, excised to fat.", reasons=["c1"]),
            P("Layered repair", site="left forehead",
              note="5-0 Monocryl deep, 6-0 nylon. 3.0 cm.", reasons=["c1"]),
            P("Excision", site="right lateral neck",
              note="Bx-proven nodular BCC. Lesion 0.7 cm, 4 mm margins.", reasons=["c2"]),
            P("Layered repair", site="right lateral neck",
              note="4-0 Monocryl deep, 5-0 nylon. 3.2 cm.", reasons=["c2"]),
        ],
        "path": [
            {"text": "A. Left forehead, excision: Squamous cell carcinoma in situ; margins clear.",
             "site": "left forehead", "date": "2026-03-12"},
            {"text": "B. Right lateral neck, excision: Basal cell carcinoma, nodular; margins clear.",
             "site": "right lateral neck", "date": "2026-03-12"},
        ],
        "expected": E([L("11642"), L("12052"), L("11622"), L("12042")]),
        "coder_note": "Excised diameters: forehead 0.6 + 0.6 = 1.2 cm face -> 11642; neck 0.7 + 0.8 = 1.5 cm -> "
                      "11622 (EX-1/EX-2; SCCIS is malignant, EX-3). Intermediate repairs are summed only within a "
                      "group (REP-1): face 3.0 cm -> 12052, neck 3.2 cm -> 12042; not added together.",
    },
    {
        "id": "s15-ft-cosmetic-sk-commercial-with-bx",
        "family": "cosmetic", "shape": "free-text",
        "description": "Commercial: biopsy of a changing nevus is billed; cosmetic shaves of 3 SKs are self-pay",
        "date": "2026-03-11", "patient": ("Harrington", "Colleen", "1971-12-30", "female"),
        "payer": "commercial-aetna", "provider": "lindqvist",
        "conditions": [
            C("c1", "Dysplastic nevus, left upper back", "D22.5", "left upper back", reason=True),
            C("c2", "Seborrheic keratoses, abdomen and flank, asymptomatic", "L82.1", "abdomen, left flank",
              reason=True),
        ],
        "procedures": [
            P("Shave biopsy", site="left upper back",
              note="Nevus darker and larger than 2024 photo; 7 mm. Tangential biopsy.", reasons=["c1"]),
            P("Shave removal SKs x3 (cosmetic, self-pay)", site="abdomen x2, left flank x1",
              note="0.5, 0.7 and 0.9 cm stuck-on SKs; no itching, bleeding or irritation. Patient wants them "
                   "off for appearance; signed cosmetic self-pay waiver.", reasons=["c2"]),
        ],
        "path": [{"text": "Left upper back, shave biopsy: Junctional dysplastic nevus with mild atypia.",
                  "site": "left upper back", "date": "2026-03-14"}],
        "expected": E([L("11102")], topics=["cosmetic"]),
        "coder_note": "Cosmetic removal of asymptomatic SKs for a commercial payer is not put on the claim "
                      "(conventions, COS-2, BSL-2); the medically indicated biopsy of a changing nevus stays, 11102.",
    },
    {
        "id": "s15-ft-ilk-alopecia-areata",
        "family": "intralesional", "shape": "free-text",
        "description": "ILK to 5 alopecia areata patches with 18 mg TAC -> 11900 + J3301 x2",
        "date": "2026-03-16", "patient": ("Washington", "Keisha", "1991-07-07", "female"),
        "payer": "medicaid-mco", "provider": "adeyemi",
        "conditions": [C("c1", "Alopecia areata, scalp", "L63.9", "scalp", reason=True)],
        "procedures": [
            P("Intralesional steroid", site="scalp: vertex x2, R parietal, L parietal, occiput",
              note="Five patches of alopecia areata injected with triamcinolone acetonide 10 mg/mL, about 0.1 mL "
                   "per site on a 1 cm grid; total 1.8 mL (18 mg). Office stock.", reasons=["c1"]),
        ],
        "note": (
            "34F, AA since 2025, patches regrowing partially after first round 6 weeks ago; two new patches at "
            "the vertex. No brow/lash involvement, nails with fine pitting. Thyroid panel normal in December.\n"
            "Injected all five patches as above. Mild atrophy at the occipital site from last round is "
            "resolving - kept dose at 10 mg/mL. Next injection 6 weeks.\n"
        ),
        "expected": E([L("11900"), L("J3301", 2)]),
        "coder_note": "Five lesions -> 11900 (up to 7). Triamcinolone acetonide 18 mg -> J3301 = ceil(18/10) = 2.",
    },
    {
        "id": "s15-ft-postop-suture-removal-99024",
        "family": "post-op", "shape": "free-text",
        "description": "Suture removal 9 days after a malignant excision, provider picked 99212 -> 99024",
        "date": "2026-03-18", "patient": ("Lopez", "Arturo", "1951-05-23", "male"),
        "payer": "medicare", "provider": "weiss", "em": "99212", "minutes": 10,
        "conditions": [C("c1", "Squamous cell carcinoma in situ, left dorsal forearm, excised", "D04.62",
                         "left dorsal forearm", reason=True)],
        "prior": [PRIOR("2026-03-09", "11602", "Excision", "L dorsal forearm",
                        note="SCCIS, excised diameter 1.6 cm, simple closure.")],
        "procedures": [
            P("Suture removal", site="left dorsal forearm",
              note="Six 4-0 nylon removed. Wound intact, no erythema or drainage. Steri-strips.",
              reasons=["c1"]),
        ],
        "note": (
            "Post-op check. Excision 3/9. Margins clear on path, reviewed with patient. No pain, no fever. "
            "Wound healing well, sutures out. Scar care discussed. Next full skin check in 6 months. No other "
            "concerns raised today.\n"
        ),
        "expected": E([L("99024")], topics=["global-period"]),
        "coder_note": "Routine post-op visit inside the 10-day global of the 3/9 excision: no E/M is billable; "
                      "report 99024 (GS-5, conventions).",
    },
]
# ---------------------------------------------------------------------------------------------------------------
# NOTE-ONLY (everything is in the signed note)
# ---------------------------------------------------------------------------------------------------------------

NOTE = [
    {
        "id": "s15-no-em-screening-only-medicare",
        "family": "em", "shape": "note-only",
        "description": "Medicare new patient, screening-only skin check, no history, no complaint, nothing found",
        "date": "2026-01-08", "patient": ("Sutherland", "Roy", "1957-04-17", "male"),
        "payer": "medicare", "provider": "chen", "em": "99203", "minutes": 25,
        "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", None,
                         reason=True)],
        "note": (
            "NEW PATIENT - SKIN CANCER SCREENING\n"
            "Referring: self   PCP: Dr. A. Moss\n\n"
            "CHIEF COMPLAINT: \"My wife made me come for a skin check.\"\n\n"
            "HPI: 68 y.o. male presents for a routine full-body skin examination. He has no specific concerns. "
            "Denies any new, changing, bleeding, itching or non-healing spots. No personal history of skin "
            "cancer, no prior biopsies, no history of blistering sunburns that he recalls. No family history "
            "of melanoma. Retired accountant, mostly indoors. @SOCHX@\n\n"
            "PMH: hyperlipidemia, BPH.  MEDS: atorvastatin, tamsulosin.  ALL: NKDA.\n"
            "ROS: Constitutional negative. Skin: negative except as in HPI.\n\n"
            "EXAM: Fitzpatrick II. Full skin exam performed including scalp, face, ears, neck, trunk, buttocks, "
            "genitalia (deferred per patient), upper and lower extremities, palms, soles, nails. Dermoscopy of "
            "pigmented macules on the back: all with regular reticular pattern. No lesions suspicious for "
            "melanoma or keratinocyte carcinoma. No actinic keratoses. No lesions requiring treatment or "
            "biopsy.\n\n"
            "ASSESSMENT: Skin cancer screening, no abnormal findings.\n"
            "PLAN: Reviewed ABCDEs and monthly self-exams. Broad-spectrum SPF 30+, protective clothing. No "
            "follow-up needed unless new concerns; *** annual optional.\n"
        ),
        "expected": E([L("99203", 1, "GY")]),
        "coder_note": "Medicare has no skin-cancer screening benefit: a screening-only exam with no history, no "
                      "complaint and nothing found is excluded -> the provider's E/M with GY (DX-5; README "
                      "decision).",
    },
    {
        "id": "s15-no-em-decision-only-sk-shave",
        "family": "em", "shape": "note-only",
        "description": "Established patient seen only for an irritated SK that was shaved; 99213 removed",
        "date": "2026-01-21", "patient": ("Pemberton", "Ruth", "1948-02-22", "female"),
        "payer": "medicare", "provider": "okonkwo", "em": "99213", "minutes": 20,
        "conditions": [C("c1", "Inflamed seborrheic keratosis, left lower back", "L82.0", "left lower back",
                         reason=True)],
        "path": [{"text": "Skin, left lower back, shave: Irritated seborrheic keratosis with inflammation.",
                  "site": "left lower back", "date": "2026-01-24"}],
        "note": (
            "Ruth is a 77 year old established patient (last seen 10/2025 for a skin check, nothing treated) "
            "who comes in today for one problem: a crusty growth on her left lower back that catches on the "
            "waistband of her slacks. It has bled onto her clothing three times this month and itches. No "
            "other skin complaints today; she declined a full skin exam since she had one in October.\n\n"
            "On exam the left lower back has a 0.6 cm stuck-on, verrucous brown papule with a hemorrhagic crust "
            "and a rim of erythema. Dermoscopy shows comedo-like openings and milia-like cysts, fissures. No "
            "other lesions examined.\n\n"
            "Impression: irritated seborrheic keratosis, symptomatic (bleeding, pruritus, friction).\n\n"
            "We discussed options including leaving it alone, cryotherapy, or shave removal with pathology. "
            "She preferred shave removal. After verbal consent and local anesthesia with 1% lidocaine with "
            "epinephrine, the 0.6 cm lesion was removed by tangential shave at the level of the dermis. "
            "Hemostasis with aluminum chloride. Petrolatum and bandage applied. Sent to pathology to confirm. "
            "Wound care instructions given. She will return in October for her annual skin check.\n"
        ),
        "expected": E([L("11301")]),
        "coder_note": "The visit addressed only the lesion that was removed; evaluating it and deciding on removal "
                      "is part of the minor procedure, so the E/M is removed (GS-3; README decision). Shave, trunk, "
                      "0.6 cm -> 11301 (SH-1); bleeding/itching SK is a covered removal (BSL-3).",
    },
    {
        "id": "s15-no-em-57-cheek-rotation-flap",
        "family": "em", "shape": "note-only",
        "description": "New patient with biopsy-proven cheek BCC: decision for excision with rotation flap same day",
        "date": "2026-01-29", "patient": ("Lockhart", "Vivian", "1962-08-29", "female"),
        "payer": "commercial-aetna", "provider": "baptiste", "em": "99204", "minutes": 40,
        "conditions": [C("c1", "Basal cell carcinoma, left cheek", "C44.319", "left cheek", reason=True)],
        "path": [{"text": "Skin, left cheek, excision: Basal cell carcinoma, nodular; all margins free.",
                  "site": "left cheek", "date": "2026-02-02"}],
        "note": (
            "NEW PATIENT CONSULTATION AND SAME-DAY SURGERY\n"
            "Referred by Dr. Okafor (PCP) with outside path: shave biopsy 01/09/2026 L cheek - basal cell "
            "carcinoma, nodular type. Slides not reviewed; report reviewed.\n\n"
            "HPI: 63F noticed a pearly bump on the L mid cheek about a year ago, bled with washing. Biopsy site "
            "healed. No prior skin cancers. Anticoagulants: none. Smoker: no. Immunosuppressed: no. She "
            "travels for work from next week and asked if treatment could be done today.\n\n"
            "Exam: 1.0 cm ill-defined pink pearly plaque with central biopsy scar, L mid cheek, 2 cm below the "
            "lower eyelid. Skin laxity moderate. No nodes palpable.\n\n"
            "Discussion: options reviewed - Mohs (referral wait 6-8 weeks), standard excision with 4 mm "
            "margins and local flap repair, or radiation. Risks of ectropion and of positive margins discussed "
            "in detail. Decision made today, with the patient, to proceed with excision and a rotation flap "
            "now. Written consent.\n\n"
            "PROCEDURE: Excision of BCC with adjacent tissue rearrangement (rotation flap), L cheek\n"
            "Anesthesia 1% lidocaine w/ epinephrine 8 mL. The lesion was excised with 4 mm margins to the "
            "subcutaneous fat, leaving a round primary defect of 1.8 cm (2.5 sq cm). A superiorly-based "
            "rotation flap was designed along the nasolabial/infraorbital junction, incised, undermined and "
            "rotated into the defect; the secondary defect created by the flap measured 5.9 sq cm. Total "
            "area (primary + secondary) 8.4 sq cm. Closed with 5-0 Monocryl deep and 6-0 nylon. No tension on "
            "the lower lid. EBL 5 mL.\n\n"
            "Post-op: pressure dressing, ice, sleep elevated. Sutures out 6-7 days. Path to follow.\n"
        ),
        "expected": E([L("99204", 1, "57"), L("14040")], topics=["modifier"]),
        "coder_note": "The new-patient E/M made the decision for a 090-day procedure (adjacent tissue transfer) the "
                      "same day -> 57 on the E/M (GS-4, FLAP-4). Cheek flap with 8.4 sq cm total area -> 14040 "
                      "(FLAP-1); the excision of the BCC is included in the flap (FLAP-2), so no 1164x line.",
    },
    {
        "id": "s15-no-postop-24-hand-dermatitis",
        "family": "post-op", "shape": "note-only",
        "description": "Unrelated E/M (hand dermatitis, new Rx) inside the 90-day global of a cheek flap -> 24",
        "date": "2026-02-20", "patient": ("Abara", "Chinedu", "1967-03-15", "male"),
        "payer": "commercial-uhc", "provider": "baptiste", "em": "99213", "minutes": 20,
        "conditions": [C("c1", "Allergic contact dermatitis of hands, suspected glove allergen", "L23.9",
                         "both hands", reason=True)],
        "prior": [PRIOR("2026-01-30", "14040", "Rotation flap after excision of BCC", "R cheek")],
        "note": (
            "S: 58M, known to me from his R cheek BCC excision with rotation flap on 1/30. He is not here about "
            "the cheek - his post-op check is booked with our PA next week and he has no concerns about it. "
            "Today he comes in for a new, itchy, cracking rash on both hands x3 weeks since his employer "
            "switched to a new brand of nitrile gloves on the packing line. OTC hydrocortisone 1% no help. No "
            "prior eczema. No new soaps.\n\n"
            "O: dorsal hands and wrists - erythematous, lichenified patches with fissures and a few vesicles, "
            "sharply cut off at the glove line at the forearm. Palms spared. Web spaces clear, no burrows. "
            "Nails normal.\n\n"
            "A: Dermatitis of hands, pattern strongly suggests allergic contact dermatitis to a glove "
            "component (rubber accelerators); irritant dermatitis less likely.\n\n"
            "P:\n"
            "- Rx clobetasol 0.05% ointment BID x 2 weeks to dorsal hands, then weekends only. Reviewed atrophy "
            "risk.\n"
            "- Cotton liners under vinyl (accelerator-free) gloves; letter for employer given.\n"
            "- Bland emollient after every wash.\n"
            "- If not clear in 4 weeks -> patch testing (would plan expanded series).\n"
        ),
        "expected": E([L("99213", 1, "24")], topics=["global-period"]),
        "coder_note": "An E/M for a problem unrelated to the flap, inside its 90-day global, takes 24 (GS-5). The "
                      "flap was not assessed today, so there is no post-op 99024.",
    },
    {
        "id": "s15-no-ak-eleven-scattered",
        "family": "destruction", "shape": "note-only",
        "description": "11 AKs frozen, counts scattered through the note; one SK not treated",
        "date": "2026-02-23", "patient": ("Farrow", "Cecil", "1943-09-23", "male"),
        "payer": "medicare", "provider": "lindqvist",
        "conditions": [C("c1", "Actinic keratoses", "L57.0", "scalp, left forearm, nose, right ear", reason=True)],
        "note": (
            "Pt: Cecil Farrow, 82M    Visit: AK treatment (scheduled procedure visit)\n\n"
            "History: longtime farmer, many AKs over the years. Had LN2 to the scalp in 2024 and a course of "
            "5-FU to the forearms in spring 2025. BCC L shoulder excised 2021 - scar clear.\n\n"
            "Today he points to rough spots on his bald scalp and left forearm. On examination there are four "
            "scaly erythematous papules across the vertex and crown. The left dorsal forearm has three more. "
            "Two small gritty lesions sit on the nasal dorsum and the right helix has another two. That makes "
            "eleven clinically typical actinic keratoses, none indurated or ulcerated. A waxy 1 cm SK on the R "
            "upper back is unchanged and asymptomatic - not treated, reassurance only.\n\n"
            "Procedure: cryosurgery with liquid nitrogen, Cry-Ac spray, two freeze-thaw cycles to each of the "
            "eleven AKs (scalp 4, L forearm 3, nose 2, R ear 2). Patient consented after discussing "
            "hypopigmentation and blistering.\n\n"
            "Plan: recheck 6 months; will consider PDT to the scalp if new lesions keep appearing. Hat and "
            "SPF 50 daily.\n"
        ),
        "expected": E([L("17000"), L("17003", 10)]),
        "coder_note": "11 AKs destroyed: 17000 for the first and 17003 x10 for lesions 2-11 (DS-1). The SK was not "
                      "treated; the 2024/2025 treatments are history.",
    },
    {
        "id": "s15-no-molluscum-eighteen-curetted",
        "family": "destruction", "shape": "note-only",
        "description": "Child with molluscum: 18 lesions curetted -> 17111",
        "date": "2026-02-25", "patient": ("Ortiz", "Mateo", "2019-10-12", "male"),
        "payer": "medicaid", "provider": "adeyemi",
        "conditions": [C("c1", "Molluscum contagiosum", "B08.1", "trunk, right axilla, left thigh", reason=True)],
        "note": (
            "Peds derm follow-up. Mateo is 6, here with mom. Molluscum for 7 months, spreading from the chest to "
            "the armpit and thigh; several got red and itchy (\"BOTE sign\") and he scratches them open at "
            "night. Cantharidin in December helped only a little and blistered a lot; mom asked for curettage "
            "today. He has mild eczema (AD) on emollients only, no flare today.\n\n"
            "Exam: umbilicated pearly papules - trunk 11, right axilla 4, left thigh 3 (total 18). Three on the "
            "trunk are inflamed. Eczema quiet.\n\n"
            "Procedure: topical lidocaine 4% under occlusion for 45 min. All 18 mollusca removed by curettage "
            "with a 3 mm curette, hemostasis with pressure and AlCl3. He tolerated it with a tablet video.\n\n"
            "Plan: bathe separately from sister, no shared towels. Vaseline to sites. Return in 6 weeks for "
            "any new lesions.\n"
        ),
        "expected": E([L("17111")]),
        "coder_note": "Molluscum is a benign lesion destroyed with 17110/17111 (DS-2); 18 lesions = 15 or more -> "
                      "17111 x1. Inflamed, spreading molluscum is covered (BSL-4).",
    },
    {
        "id": "s15-no-exb-atypical-nevus-arm",
        "family": "excision-benign", "shape": "note-only",
        "description": "Excision of an atypical nevus on the arm; excised diameter 0.9 cm; benign path",
        "date": "2026-03-02", "patient": ("Kaplan", "Miriam", "1984-01-31", "female"),
        "payer": "commercial-cigna", "provider": "voss",
        "conditions": [C("c1", "Dysplastic nevus, right upper arm", "D22.61", "right upper arm", reason=True)],
        "path": [{"text": "Skin, right upper arm, excision: Compound dysplastic nevus with moderate architectural "
                          "disorder and cytologic atypia; margins clear.", "site": "right upper arm",
                  "date": "2026-03-06"}],
        "note": (
            "PROCEDURE: EXCISION, R UPPER ARM\n\n"
            "42-year-old woman with a family history of melanoma (mother, age 50) who has been followed with "
            "total-body photography. The lesion on the posterior right upper arm has developed a new dark "
            "eccentric focus since the 2025 images. It measures 0.5 cm.\n\n"
            "We elected excision rather than a biopsy. Consent obtained. The lesion was outlined with 2 mm "
            "margins and a fusiform ellipse oriented along the long axis of the arm. Local: 1% lidocaine with "
            "epinephrine. Full-thickness excision to fat; specimen tagged superiorly. The wound closed easily "
            "with simple interrupted 4-0 nylon sutures only (no deep sutures), length 2.0 cm.\n\n"
            "Tolerated well. Sutures out in 10-14 days. We will call with the pathology; if severe atypia "
            "or melanoma, a wider re-excision will be planned.\n"
        ),
        "expected": E([L("11401")]),
        "coder_note": "Excised diameter 0.5 + 2 x 0.2 = 0.9 cm, arm -> 11401 (EX-1/EX-2). Dysplastic nevus is "
                      "benign -> benign code (EX-3). Simple closure is included (EX-5).",
    },
    {
        "id": "s15-no-exm-reexcision-in-global-58",
        "family": "excision-malignant", "shape": "note-only",
        "description": "Re-excision for a positive SCC margin 7 days after the excision; 58 on excision and repair",
        "date": "2026-03-06", "patient": ("Drummond", "Fergus", "1944-12-01", "male"),
        "payer": "medicare", "provider": "weiss",
        "conditions": [C("c1", "Squamous cell carcinoma, left dorsal forearm, positive margin", "C44.629",
                         "left dorsal forearm", reason=True)],
        "prior": [PRIOR("2026-02-27", "11602", "Excision SCC", "L dorsal forearm",
                        note="Lesion 1.0 cm, 3 mm margins, simple closure.")],
        "path": [
            {"text": "Skin, left dorsal forearm, excision: Invasive squamous cell carcinoma, well differentiated; "
                     "tumor present at the lateral peripheral margin.", "site": "left dorsal forearm",
             "date": "2026-03-02", "encounter": "enc-s15-no-exm-reexcision-in-global-58-prior-1"},
            {"text": "Skin, left dorsal forearm, re-excision: Scar with no residual carcinoma. Margins clear.",
             "site": "left dorsal forearm", "date": "2026-03-10"},
        ],
        "note": (
            "Re-excision, L dorsal forearm - positive margin\n\n"
            "80M. On 2/27 I excised a well-differentiated SCC from the L dorsal forearm; path (3/2) showed "
            "tumor at the lateral peripheral margin. He returns as planned for re-excision. Sutures from the "
            "first procedure still in place, wound intact.\n\n"
            "Target: the healing linear scar, 2.0 cm long. Marked 0.4 cm margins around the entire scar, so "
            "the excised diameter is 2.8 cm. After 1% lido/epi, excised as an ellipse down to the deep "
            "fascia; specimen oriented (suture at the lateral tip). \n\n"
            "Closure: wound under tension on the forearm - undermined in the subcutaneous plane, deep layer "
            "3-0 Monocryl buried, skin 4-0 Prolene running. Final layered repair length 5.0 cm.\n\n"
            "Hemostasis with cautery. Dressing, elevation. Sutures out 12 days. Will call with margins.\n"
        ),
        "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["global-period"]),
        "coder_note": "Re-excision for a positive margin inside the 10-day global of the first excision is a staged "
                      "related procedure -> 58 (GS-5, EX-4), coded malignant even though the specimen is clear "
                      "(EX-4). Excised diameter 2.8 cm arm -> 11603; layered repair 5.0 cm arm -> 12032, also 58 "
                      "(README precedent).",
    },
    {
        "id": "s15-no-mohs-sameday-bx-frozen-section",
        "family": "mohs", "shape": "note-only",
        "description": "Never-biopsied nasal lesion: tangential biopsy + frozen section, then Mohs 2 stages",
        "date": "2026-03-12", "patient": ("Blackwood", "Edith", "1940-05-27", "female"),
        "payer": "medicare-ngs", "provider": "nakamura",
        "conditions": [C("c1", "Basal cell carcinoma, left nasal sidewall", "C44.311", "left nasal sidewall",
                         reason=True)],
        "note": (
            "MOHS SURGERY NOTE\n"
            "Patient: Edith Blackwood, 85F. Referred by her optometrist for a 'sore on the nose that won't "
            "heal'. She lives 3 hours away and arranged transport for one day only. NO prior biopsy of this "
            "lesion.\n\n"
            "Clinical: 0.6 cm pearly papule with central erosion, L nasal sidewall. Dermoscopy: arborizing "
            "vessels, ulceration.\n\n"
            "Diagnostic biopsy: after consent and local anesthesia, a tangential (shave) biopsy of the lesion "
            "was taken and processed immediately for frozen section, which I read: nodular basal cell "
            "carcinoma. Based on this same-day diagnosis, and the H-zone location, we proceeded directly to "
            "Mohs.\n\n"
            "Mohs stage 1: debulk, layer excised and cut into 3 tissue blocks, mapped and stained; residual "
            "tumor at 9 o'clock (block 3).\n"
            "Mohs stage 2: re-excision of the 9 o'clock area, 2 tissue blocks, clear.\n"
            "Surgeon and pathologist: R. Nakamura MD.\n\n"
            "Final defect 1.0 x 0.8 cm, concave sidewall - allowed to heal by second intention after "
            "discussion of options. Vaseline, non-stick dressing, wound care handout. Phone check in 2 days.\n"
        ),
        "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")]),
        "coder_note": "Same-day diagnostic biopsy with frozen section of a lesion with no prior pathology, which "
                      "decided the Mohs: biopsy and 88331 are both reported with 59 (same lesion, not XS) (BX-5, "
                      "MOHS-5, README decision). Nose: 17311 + 17312 for the second stage; no stage over 5 blocks.",
    },
    {
        "id": "s15-no-id-cyst-plus-acne-em25",
        "family": "incision-drainage", "shape": "note-only",
        "description": "I&D of an inflamed cyst plus new acne treatment plan -> 99213-25 + 10060",
        "date": "2026-03-13", "patient": ("Reyes", "Daniel", "2006-06-16", "male"),
        "payer": "commercial", "provider": "castellanos", "em": "99213", "minutes": 25,
        "conditions": [
            C("c1", "Inflamed epidermal cyst, upper back", "L72.0", "upper back", reason=True),
            C("c2", "Acne vulgaris, face and chest", "L70.0", "face, chest", reason=True),
        ],
        "note": (
            "CC: painful lump on back; acne\n\n"
            "19 y/o M college student. (1) Tender swollen bump on upper back x5 days, was a small 'pimple' for "
            "a year, now red and throbbing. (2) Acne on face and chest for 3 years, used OTC benzoyl peroxide "
            "and adapalene gel without improvement; leaving marks. No prior prescription acne treatment. No "
            "isotretinoin history.\n\n"
            "Exam: Upper back - single 2.5 cm fluctuant erythematous nodule with central punctum, warm, no "
            "cellulitis. Face: numerous inflammatory papules and pustules on cheeks/forehead, open and closed "
            "comedones, a few small nodules, mild PIH; chest with scattered papules.\n\n"
            "A/P:\n"
            "1. Inflamed epidermoid cyst, upper back - I&D: consent, 1% lido/epi, #11 blade stab incision, "
            "cheesy purulent material and keratin expressed, cavity irrigated. Single cavity, no packing. "
            "Excision when quiet if it recurs.\n"
            "2. Acne vulgaris, moderate inflammatory, face and chest - start doxycycline 100 mg daily with food "
            "x 12 weeks (photosensitivity, esophagitis precautions), tretinoin 0.05% cream qhs, continue BPO "
            "wash. Reviewed that isotretinoin is the next step if no response; iPLEDGE info given. RTC 12 "
            "weeks.\n"
        ),
        "expected": E([L("99213", 1, "25"), L("10060")], topics=["modifier"]),
        "coder_note": "The acne evaluation with new prescription drug management is separately identifiable from "
                      "the I&D -> 25 on the E/M (GS-3; 10060/99213 indicator 1). Single simple drainage -> 10060.",
    },
    {
        "id": "s15-no-paring-callus-and-plantar-wart",
        "family": "paring", "shape": "note-only",
        "description": "Paring of one callus (11055) and LN2 of a plantar wart on the other foot (17110-XS)",
        "date": "2026-03-16", "patient": ("Lundgren", "Harriet", "1961-11-20", "female"),
        "payer": "commercial-uhc", "provider": "pike",
        "conditions": [
            C("c1", "Callus, right forefoot", "L84", "right plantar 2nd metatarsal head", reason=True),
            C("c2", "Plantar wart, left heel, painful", "B07.0", "left heel", reason=True),
        ],
        "note": (
            "64F with two foot problems.\n"
            "- R foot: painful callus under the 2nd metatarsal head, 'like walking on a pebble'. Wears "
            "narrow dress shoes for work.\n"
            "- L heel: painful growth x 4 months, hurts with each step, tried duct tape and OTC salicylic acid.\n\n"
            "Exam: R 2nd MTH - 1.2 cm diffuse hyperkeratotic plaque, skin lines preserved, no pinpoint "
            "bleeding after paring, no central core. L medial heel - 8 mm endophytic papule interrupting skin "
            "lines with thrombosed capillaries. No other lesions.\n\n"
            "Treatment:\n"
            "1. R 2nd MTH callus pared down with #15 blade until pain-free pressure. Metatarsal pad applied.\n"
            "2. L heel verruca: overlying keratin trimmed, then liquid nitrogen x 2 freeze-thaw cycles.\n\n"
            "Counseled on wider toe box shoes. Repeat wart cryo in 3-4 weeks.\n"
        ),
        "expected": E([L("11055"), L("17110", 1, "XS")]),
        "coder_note": "One callus pared -> 11055 (4.8 table). The wart destruction is 17110 (trimming before "
                      "freezing is part of it). 11055/17110 is indicator 1 with 17110 in column 2; separate lesions "
                      "on different feet -> XS on 17110. A painful plantar wart is covered (BSL-3 c).",
    },
    {
        "id": "s15-no-patch-94-allergens-new-patient",
        "family": "patch-test", "shape": "note-only", "html": True,
        "description": "New-patient E/M with Rx plus application of 94 allergens -> 99204-25 and 95044 capped at 90",
        "date": "2026-03-23", "patient": ("Novak", "Petra", "1979-04-12", "female"),
        "payer": "commercial-cigna", "provider": "castellanos", "em": "99204", "minutes": 50,
        "conditions": [C("c1", "Chronic hand dermatitis, suspected allergic contact dermatitis", "L23.9",
                         "both hands", reason=True)],
        "note": (
            "<h3>Dermatology New Patient Visit</h3>"
            "<p><b>CC:</b> hand rash x 14 months</p>"
            "<p><b>HPI:</b> 46F hairdresser with relapsing itchy, cracked dermatitis of both hands and the "
            "fingertips since early last year, worse at work, better on vacation. Uses nitrile gloves "
            "inconsistently. Tried OTC hydrocortisone and urgent-care triamcinolone 0.1% with partial relief. "
            "No childhood eczema, no asthma. Also notes eyelid itching with hair dye days.</p>"
            "<p><b>Exam:</b> bilateral dorsal hands and lateral fingers with lichenified erythematous plaques, "
            "fissures at fingertips, scattered vesicles on lateral digits; eyelids with mild scaling; back "
            "clear for testing.</p>"
            "<p><b>Assessment:</b> chronic hand dermatitis; allergic contact dermatitis to hair-care chemicals "
            "(PPD, glyceryl thioglycolate, acrylates) vs irritant dermatitis from wet work.</p>"
            "<p><b>Plan:</b></p><ul>"
            "<li>Rx: clobetasol 0.05% ointment BID to hands x 2 wks then twice weekly; tacrolimus 0.1% ointment "
            "to eyelids BID. Wet-work avoidance and glove counseling.</li>"
            "<li>Patch testing today (back clear, no systemic steroids in 6 weeks).</li></ul>"
            "<p><b>Patch test application:</b></p>"
            "<table border='1'><tr><th>Series</th><th>Allergens</th></tr>"
            "<tr><td>Expanded standard series</td><td>80</td></tr>"
            "<tr><td>Hairdressing supplemental series</td><td>14</td></tr>"
            "<tr><td><b>Total applied</b></td><td><b>94</b></td></tr></table>"
            "<p>Readings at 48 h and 96 h (Wed, Fri). Keep back dry. Bring product bottles to the reading.</p>"
        ),
        "expected": E([L("99204", 1, "25"), L("95044", 90)], topics=["mue", "modifier"]),
        "coder_note": "The new-patient evaluation with prescriptions is separately identifiable from the testing "
                      "-> 25 on the E/M (95044/99204 indicator 1). 95044 = one unit per allergen: 94, over the MUE "
                      "of 90 -> capped at 90 with an mue finding (MUE-1; README decision).",
    },
    {
        "id": "s15-no-nbuvb-vitiligo-session",
        "family": "phototherapy", "shape": "note-only",
        "description": "NB-UVB session for vitiligo, no psoralen or tar -> 96900",
        "date": "2026-03-25", "patient": ("Desai", "Anjali", "1987-10-22", "female"),
        "payer": "commercial", "provider": "ramirez",
        "conditions": [C("c1", "Vitiligo, generalized", "L80", "face, hands, trunk", reason=True)],
        "note": (
            "Phototherapy treatment note - session 14\n"
            "Dx: nonsegmental vitiligo (~8% BSA: perioral, dorsal hands, waist). On tacrolimus ointment to face.\n"
            "Modality: narrowband UVB (311 nm) whole-body cabinet. No psoralen taken, no tar applied. (Excimer "
            "considered for the hands earlier - not used; insurer approved NB-UVB course.)\n"
            "Dose today 620 mJ/cm2 (prior 580, +10% per protocol). Goggles on, face shielded per her "
            "preference x 1 min. Prior session: faint pink erythema resolved within 24 h.\n"
            "Response: perifollicular repigmentation islands on the waist, early on the dorsal hands.\n"
            "Next session Friday. Physician available on site throughout.\n"
        ),
        "expected": E([L("96900")]),
        "coder_note": "Narrowband UVB without psoralen or tar is actinotherapy 96900, one per session (4.8 table, "
                      "PHOTO-2); not 96910/96912.",
    },
    {
        "id": "s15-no-mixed-melanoma-hx-bx-aks-rosacea",
        "family": "mixed", "shape": "note-only", "html": True,
        "description": "Melanoma-history skin check with rosacea Rx, punch biopsy and 5 AKs frozen",
        "date": "2026-03-26", "patient": ("Whitaker", "Doris", "1946-08-08", "female"),
        "payer": "medicare", "provider": "chen", "em": "99213", "minutes": 30,
        "conditions": [
            C("c1", "Personal history of malignant melanoma of skin", "Z85.820", None, reason=True),
            C("c2", "Dysplastic nevus, left upper back", "D22.5", "left upper back", reason=True),
            C("c3", "Actinic keratoses", "L57.0", "forehead, nose", reason=True),
            C("c4", "Rosacea", "L71.9", "central face", reason=True),
        ],
        "path": [{"text": "Skin, left upper back, punch biopsy: Compound dysplastic nevus with mild atypia.",
                  "site": "left upper back", "date": "2026-03-30"}],
        "note": (
            "<p><b>DERMATOLOGY - ESTABLISHED PATIENT</b><br>Reason: 6-month skin check (hx melanoma) + facial "
            "redness</p>"
            "<p><b>HPI:</b> 79F with melanoma L calf 2019 (stage IA, WLE), no recurrence. New since last visit: "
            "persistent central facial redness with burning and bumps x 4 months, worse with wine and hot "
            "drinks. Has not tried anything.</p>"
            "<p><b>Exam:</b> FSE done. L upper back: 7 mm irregular brown macule, new vs 9/2025 photos, "
            "dermoscopy with atypical network. Forehead 3 and nasal dorsum 2 gritty scaly papules (AK). Central "
            "face: erythema, telangiectasia, scattered papulopustules, no comedones; eyes not involved. L calf "
            "scar clear, no nodes.</p>"
            "<p><b>A/P:</b><br>"
            "1. Hx melanoma - no evidence of recurrence; continue q6 mo skin checks.<br>"
            "2. Atypical nevus L upper back - 4 mm punch biopsy, one 4-0 nylon suture.<br>"
            "3. AKs x5 (forehead 3, nose 2) - LN2 2 cycles each.<br>"
            "4. Papulopustular rosacea - new diagnosis; start metronidazole 0.75% gel BID; trigger avoidance, "
            "gentle cleanser, SPF. If inadequate, add oral doxycycline 40 mg at follow-up.<br>"
            "RTC 6 months, sooner for path.</p>"
        ),
        "expected": E([L("99213", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003", 4)],
                      topics=["modifier"]),
        "coder_note": "New rosacea diagnosis with prescription management is separately identifiable -> 99213-25 "
                      "(GS-3). Punch biopsy -> 11104. 5 AKs -> 17000 + 17003 x4 (DS-1). 11104/17000 is indicator 1 "
                      "with 17000 in column 2; different lesions -> XS on 17000 only (no edit pairs 11104 with "
                      "17003).",
    },
    {
        "id": "s15-no-mixed-shave-sk-and-tags",
        "family": "mixed", "shape": "note-only",
        "description": "Shave of a bleeding 1.1 cm SK on the back plus 4 irritated axillary tags -> 11200, 11302-XS",
        "date": "2026-03-30", "patient": ("Keane", "Bernard", "1965-02-02", "male"),
        "payer": "commercial-uhc", "provider": "santos",
        "conditions": [
            C("c1", "Inflamed seborrheic keratosis, left lower back", "L82.0", "left lower back", reason=True),
            C("c2", "Acrochordons, right axilla, irritated", "L91.8", "right axilla", reason=True),
        ],
        "path": [{"text": "Left lower back, shave: Inflamed seborrheic keratosis.", "site": "left lower back",
                  "date": "2026-04-02"}],
        "note": (
            "Procedure visit\n"
            "61M. A growth on the left lower back at the belt line keeps getting scraped, bleeds and is sore. "
            "In the right armpit he has a cluster of skin tags that get inflamed with shaving and deodorant and "
            "bled twice this month.\n\n"
            "L lower back: 1.1 cm verrucous, crusted, hemorrhagic brown plaque with erythematous rim; "
            "dermoscopy typical of SK, irritated. R axilla: 4 pedunculated acrochordons, two with red, "
            "excoriated bases.\n\n"
            "1) Shave removal of the 1.1 cm back lesion at the mid-dermis after 1% lido w/ epi; AlCl3; to path.\n"
            "2) Four R axillary tags removed with iris scissors after lidocaine; AlCl3; not sent.\n"
            "Wound care reviewed. No other lesions of concern on limited exam. PRN follow-up.\n"
        ),
        "expected": E([L("11200"), L("11302", 1, "XS")]),
        "coder_note": "Shave of a 1.1 cm trunk lesion -> 11302 (SH-1). Four tags -> 11200. 11200/11302 is "
                      "indicator 1 with the shave in column 2; different lesions and sites -> XS on 11302 (SH-3). "
                      "Both lesions are symptomatic (BSL-3).",
    },
    {
        "id": "s15-no-cosmetic-sk-ln2-voluntary-abn",
        "family": "cosmetic", "shape": "note-only",
        "description": "Medicare: LN2 to 6 asymptomatic SKs for appearance, voluntary ABN signed -> 17110-GX-GY",
        "date": "2026-04-01", "patient": ("Thornbury", "Gladys", "1950-06-30", "female"),
        "payer": "medicare", "provider": "lindqvist",
        "conditions": [C("c1", "Seborrheic keratoses, back, asymptomatic", "L82.1", "back", reason=True)],
        "note": (
            "75F asks to have 'the brown crusty spots' on her back frozen because she dislikes how they look "
            "in a swimsuit. They do not itch, bleed, hurt or catch on clothing, and have not changed; she has "
            "had them for years.\n\n"
            "Exam: six waxy stuck-on tan-brown papules, 0.4 to 1.0 cm, mid and lower back. Classic SK on "
            "dermoscopy, no irritation, no inflammation. No features of concern.\n\n"
            "Counseling: these are benign and removal is cosmetic; Medicare does not cover cosmetic removal. "
            "She chose to proceed and pay. Voluntary ABN (cosmetic, statutorily excluded) reviewed and signed "
            "before treatment, copy given.\n\n"
            "Procedure: liquid nitrogen, single freeze-thaw cycle to each of the 6 SKs. Expected blister and "
            "hypopigmentation risk explained. Follow-up as needed.\n"
        ),
        "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
        "coder_note": "Asymptomatic SK destruction is cosmetic (BSL-2, COS-2; 17110 for up to 14 benign lesions). "
                      "Medicare FFS statutorily excluded service -> GY, plus GX because a voluntary ABN was signed "
                      "(COS-4, conventions).",
    },
    {
        "id": "s15-no-tags-thirty-one-mue",
        "family": "skin-tags", "shape": "note-only",
        "description": "31 symptomatic skin tags: 11200 + 11201 computes to 2 units, capped at MUE 1",
        "date": "2026-04-06", "patient": ("Mbeki", "Grace", "1959-12-19", "female"),
        "payer": "medicare", "provider": "okafor",
        "conditions": [C("c1", "Acrochordons, inflamed and bleeding", "L91.8", "neck, axillae, groin",
                         reason=True)],
        "note": (
            "Patient: Grace Mbeki, 66F\n"
            "Reason for visit: painful skin tags\n\n"
            "She has many skin tags that rub under her bra straps, collar and at the groin crease when she "
            "walks; several become red and swollen and some bleed on her clothes (photos on her phone of "
            "blood-stained collar last week). Type 2 diabetes, A1c 7.2.\n\n"
            "Exam - pedunculated acrochordons, many with erythematous, edematous or crusted bases:\n"
            "  - neck: 14\n"
            "  - axillae: R 7, L 5\n"
            "  - inguinal creases: 5\n"
            "Total: thirty-one.\n\n"
            "Procedure: all 31 removed with sterile curved scissors after topical anesthetic; hemostasis with "
            "aluminum chloride; petrolatum. None sent to pathology.\n"
            "Follow-up: as needed; discussed friction reduction.\n"
        ),
        "expected": E([L("11200"), L("11201")], topics=["mue"]),
        "coder_note": "11200 for the first 15; 11201 per additional 10 or part: 16 more -> 2 units, but the 11201 "
                      "MUE is 1 -> capped at 1 with an mue finding (MUE-1; README decision). Inflamed, bleeding "
                      "tags meet BSL-3.",
    },
    {
        "id": "s15-no-shave-sk-plus-bcc-biopsy",
        "family": "shave", "shape": "note-only",
        "description": "Shave removal of a bleeding 1.2 cm SK (11302) and shave biopsy of another lesion (11102-XS)",
        "date": "2026-04-08", "patient": ("Carver", "Mitchell", "1968-03-08", "male"),
        "payer": "commercial-cigna", "provider": "halvorsen",
        "conditions": [
            C("c1", "Inflamed seborrheic keratosis, right flank", "L82.0", "right flank", reason=True),
            C("c2", "Basal cell carcinoma, left upper chest", "C44.519", "left upper chest", reason=True),
        ],
        "path": [
            {"text": "A. Right flank, shave removal: Inflamed seborrheic keratosis.", "site": "right flank",
             "date": "2026-04-11"},
            {"text": "B. Left upper chest, shave biopsy: Basal cell carcinoma, superficial and nodular.",
             "site": "left upper chest", "date": "2026-04-11"},
        ],
        "note": (
            "S: 58M with two spots. A raised crusty growth on the right flank rubs on his belt and has bled "
            "several times, itchy. A shiny pink spot on the left upper chest for 6 months that 'won't go away'.\n\n"
            "O: R flank - 1.2 cm stuck-on verrucous plaque with hemorrhagic crust. L upper chest - 5 mm pearly "
            "pink papule with arborizing vessels.\n\n"
            "A/P:\n"
            "#1 Irritated SK R flank - removed in full by shave excision at dermal level after lidocaine, "
            "hemostasis AlCl3; sent for path.\n"
            "#2 Pink papule L upper chest, r/o BCC - tangential shave BIOPSY for diagnosis (sample only); "
            "treatment to be planned after path (likely ED&C vs excision).\n"
        ),
        "expected": E([L("11302"), L("11102", 1, "XS")]),
        "coder_note": "Shave removal of a 1.2 cm trunk lesion -> 11302 (SH-1); the sampling of a different lesion "
                      "is a tangential biopsy 11102 (BX-4). 11302/11102 is indicator 1 with the biopsy in column 2; "
                      "different lesions -> XS on 11102.",
    },
]

SCENARIOS = PRE + FREE + NOTE
