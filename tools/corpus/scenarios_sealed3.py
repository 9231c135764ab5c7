"""SEALED-3 held-out set: 50 charts written by an outside auditor persona (RAC/CERT-style review).

Five practices (provider key -> practice):
  okafor    solo dermatologist who dictates (long paragraphs, no headers, numbers spelled out)  -> note-only
  ramirez   residency clinic on Epic (resident note + attestation, problem-oriented A&P, clinic headers)
  chen      ModMed EMA practice (pre-coded Procedures, sometimes wrong/outdated CPTs, terse bodySite)
  baptiste  Oracle Health PowerNote (HTML tables, lists, <b> labels)
  lindqvist rural PA-led practice (brief notes, abbreviations, typos)

Expected answers follow /work/shared/reference/derm_coding.md (sections 2-7, 10) and docs/coding_conventions.md
only; the engine code was not read. No CPT descriptor text: procedure labels are our own short words.
"""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

CONSENT = ("Consent: risks of biopsy, excision, Mohs surgery and cryotherapy, including bleeding, infection, "
           "scarring, nerve damage and recurrence, were discussed and written consent was obtained.")
EDU = "Patient education: sunscreen, self skin exams, Mohs information sheet given."

# ----------------------------------------------------------------------------------------------------------
# Practice 1: solo dermatologist, dictated (okafor). Note-only, narrative paragraphs.
# ----------------------------------------------------------------------------------------------------------
DICTATED = [
    {
        "id": "s3-dict-fse-melhx-bx-ln2-rosacea", "family": "mixed", "shape": "note-only",
        "description": "Dictated FSE, melanoma history, rosacea Rx (separate work), shave bx back, LN2 seven AKs",
        "date": "2026-03-09", "patient": ("Hargrove", "Walter", "1954-06-02", "male"), "payer": "medicare",
        "provider": "okafor", "em": "99214",
        "conditions": [C("c1", "History of melanoma", "Z85.820", "left back", history=True),
                       C("c2", "Rosacea", "L71.9", "face", reason=True),
                       C("c3", "Neoplasm of uncertain behavior, skin of left upper back", "D49.2", "left upper back"),
                       C("c4", "Actinic keratosis", "L57.0", "scalp, right temple, left ear")],
        "note": (
            "This is a seventy-one year old gentleman whom I follow for a history of melanoma of the left back that "
            "was widely excised in 2019, who comes in today for his full skin examination. He also tells me that "
            "the redness and little bumps on his cheeks and nose have been considerably worse over the winter and "
            "the over-the-counter creams have not helped at all. On examination of the entire skin surface, the "
            "melanoma scar on the left back is well healed without any pigment or nodularity and there is no "
            "lymphadenopathy in the axillae or groin. There is centrofacial erythema with scattered inflammatory "
            "papules and pustules consistent with papulopustular rosacea, and I have prescribed metronidazole "
            "zero point seven five percent gel twice daily and reviewed his triggers, including wine and hot "
            "drinks. On the left upper back, well away from the melanoma scar, there is a six millimeter "
            "irregular pink scaly papule that is new since his last visit, and after consent I sampled it with a "
            "tangential shave biopsy using a DermaBlade, with aluminum chloride for hemostasis, specimen to "
            "pathology. There were seven actinic keratoses, four on the scalp, two on the right temple and one on "
            "the left helix, and these were each treated with liquid nitrogen, two freeze-thaw cycles. "
            + CONSENT + " His past surgical history includes the wide local excision in 2019 and Mohs surgery of "
            "the nose in 2021. " + EDU + " He will return in six months, sooner if the biopsy shows a basal cell "
            "carcinoma, in which case we will discuss excision versus Mohs."),
        "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 6)]),
        "coder_note": "Rosacea Rx = separate work (GS-3) -> 25. BX-5/DS-3: 11102/17000 ind 1, different lesions -> "
                      "XS on 17000 (column 2). 7 AKs -> 17000 + 17003 x6 (DS-1). Consent/PSH/plan not coded.",
    },
    {
        "id": "s3-dict-exm-bcc-back-layered", "family": "excision-malignant", "shape": "note-only",
        "description": "Dictated excision of biopsy-proven BCC right upper back, 1.4 cm + 4 mm margins, layered 4.2 cm",
        "date": "2026-03-10", "patient": ("Delacroix", "Monique", "1968-11-19", "female"), "payer": "commercial",
        "provider": "okafor",
        "conditions": [C("c1", "Basal cell carcinoma of skin of right upper back", "C44.519", "right upper back",
                         reason=True)],
        "prior": [PRIOR("2026-02-17", "11102", "Shave biopsy", "right upper back")],
        "path": [{"date": "2026-02-19", "encounter": "enc-s3-dict-exm-bcc-back-layered-prior-1",
                  "text": "Skin, right upper back, shave biopsy: basal cell carcinoma, nodular type, extending to "
                          "the deep margin.", "site": "right upper back"},
                 {"text": "Skin, right upper back, excision: residual basal cell carcinoma, nodular; margins free, "
                          "closest 3 mm.", "site": "right upper back"}],
        "note": (
            "Mrs. Delacroix returns for excision of the basal cell carcinoma of the right upper back that was "
            "diagnosed on her shave biopsy of February seventeenth, nodular type, transected at the base. The "
            "biopsy site was identified and confirmed with the patient and photograph. The residual lesion "
            "measured one point four by one point zero centimeters and it was marked with four millimeter "
            "margins all the way around. After one percent lidocaine with epinephrine, the lesion was excised as "
            "a fusiform ellipse down to the subcutaneous fat, the ellipse measuring about four point five "
            "centimeters in length, and the specimen was tagged at twelve o'clock and sent for permanent "
            "sections. Because of considerable tension on the upper back the wound was closed in layers, with "
            "buried four-oh Monocryl dermal sutures followed by a running four-oh nylon, with a final closure "
            "length of four point two centimeters. " + CONSENT + " She tolerated it well. Wound care was "
            "reviewed and she will return in two weeks for suture removal. We talked about Mohs in the future "
            "should anything recur on the face."),
        "expected": E([L("11603"), L("12032")]),
        "coder_note": "EX-1: 1.4 + 2 x 0.4 = 2.2 cm trunk malignant -> 11603 (not the ellipse length). Layered "
                      "4.2 cm trunk -> 12032 (EX-5, REP-2). Prior 11102 is global 000, no modifier.",
    },
    {
        "id": "s3-dict-mohs-ala-3stages-bilobed", "family": "mohs", "shape": "note-only",
        "description": "Dictated Mohs left nasal ala: 3 stages (4, 6, 2 blocks) + bilobed flap 6 sq cm",
        "date": "2026-03-11", "patient": ("Pemberton", "Arthur", "1947-01-23", "male"), "payer": "medicare",
        "provider": "okafor",
        "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "left nasal ala", reason=True)],
        "prior": [PRIOR("2026-02-12", "11102", "Shave biopsy", "left nasal ala")],
        "path": [{"date": "2026-02-14", "encounter": "enc-s3-dict-mohs-ala-3stages-bilobed-prior-1",
                  "text": "Skin, left nasal ala, shave biopsy: basal cell carcinoma, nodular and micronodular.",
                  "site": "left nasal ala"}],
        "note": (
            "Mr. Pemberton is a seventy-nine year old man seen today at the skin cancer center for Mohs "
            "micrographic surgery of a biopsy-proven basal cell carcinoma of the left nasal ala, nodular and "
            "micronodular, pathology of February twelfth reviewed. I acted as both surgeon and pathologist. The "
            "clinical lesion measured zero point nine centimeters. The first stage was excised with a narrow "
            "margin, mapped, and divided into four tissue blocks, and on frozen section there was residual tumor "
            "at the three o'clock deep margin. A second stage was taken from that area and divided into six "
            "tissue blocks because of its size and the curvature of the ala, and there was still a small focus at "
            "the superior edge. The third stage was divided into two blocks and was clear. The final defect "
            "measured one point four by one point two centimeters and involved the alar subunit. Options "
            "including healing by second intention, a full thickness skin graft and a flap were discussed, and "
            "the defect was repaired with a bilobed transposition flap from the nasal sidewall; the primary and "
            "secondary defects together measured about six square centimeters. " + CONSENT + " Past surgical "
            "history is notable for a shave removal on the back in 2018. He will return in one week for suture "
            "removal."),
        "expected": E([L("17311"), L("17312", 2), L("17315"), L("14060")]),
        "coder_note": "MOHS-2: nose -> 17311; stages 2 and 3 -> 17312 x2; blocks beyond 5 in any stage: stage 2 has "
                      "6 -> 17315 x1. FLAP-1/3: bilobed flap nose 6 sq cm -> 14060, reported with Mohs (MOHS-7).",
    },
    {
        "id": "s3-dict-ilk-keloids-chest", "family": "intralesional", "shape": "note-only",
        "description": "Dictated ILK three chest keloids, 1.5 mL of triamcinolone 40 mg/mL total",
        "date": "2026-03-12", "patient": ("Osei", "Kwame", "1990-04-14", "male"), "payer": "commercial-aetna",
        "provider": "okafor",
        "conditions": [C("c1", "Keloid scars of chest", "L91.0", "central chest", reason=True)],
        "note": (
            "Kwame returns for his keloids. There are three firm keloids on the central chest, at the sites of old "
            "acne lesions, measuring roughly one, one and a half and two centimeters, and he says all three itch "
            "intensely and are tender when his shirt rubs on them. We discussed continuing intralesional "
            "steroid, and he would like to proceed today. After cleansing with alcohol, I injected a total of one "
            "and one-half milliliters of triamcinolone acetonide at a concentration of forty milligrams per "
            "milliliter, divided among the three keloids, using a thirty gauge needle until blanching. He "
            "tolerated it well without complication. We reviewed the risks of atrophy and hypopigmentation. "
            "Cryotherapy and excision with radiation were discussed as future options but not done. He will "
            "return in six weeks."),
        "expected": E([L("11900"), L("J3301", 6)]),
        "coder_note": "3 lesions -> 11900. 1.5 mL x 40 mg/mL = 60 mg -> J3301 x6 (ceil(mg/10)).",
    },
    {
        "id": "s3-dict-postop-wound-check-99024", "family": "post-op", "shape": "note-only",
        "description": "Dictated wound check 8 days after excision (010 global); provider chose 99212 -> 99024",
        "date": "2026-03-13", "patient": ("Lindgren", "Ingrid", "1951-09-30", "female"), "payer": "medicare",
        "provider": "okafor", "em": "99212",
        "conditions": [C("c1", "Encounter for surgical aftercare following surgery on the skin", "Z48.817",
                         "left forearm", reason=True),
                       C("c2", "Squamous cell carcinoma of skin of left upper limb", "C44.629", "left forearm")],
        "prior": [PRIOR("2026-03-05", "11602", "Excision SCC", "left forearm")],
        "path": [{"date": "2026-03-09", "encounter": "enc-s3-dict-postop-wound-check-99024-prior-1",
                  "text": "Skin, left forearm, excision: well-differentiated squamous cell carcinoma; margins "
                          "negative.", "site": "left forearm"}],
        "note": (
            "Mrs. Lindgren comes in eight days after excision of a squamous cell carcinoma of the left forearm "
            "for a wound check, because she was worried about some redness around the stitches. On examination "
            "the incision is intact, the sutures are in place, there is a faint rim of erythema only at the "
            "suture tracks, there is no warmth, drainage or dehiscence, and this looks like normal healing. I "
            "reviewed the pathology with her, which showed a well-differentiated squamous cell carcinoma with "
            "clear margins, so no further surgery is needed. She will continue petrolatum and a bandage and keep "
            "her suture removal appointment next week. No other concerns were raised today."),
        "expected": E([L("99024")], topics=["global-period"]),
        "coder_note": "GS-5 / conventions: post-op visit inside the 010 global of 11602, nothing unrelated -> "
                      "99024, no E/M.",
    },
    {
        "id": "s3-dict-em-24-hand-eczema-in-global", "family": "em", "shape": "note-only",
        "description": "Dictated unrelated E/M (new hand eczema, Rx) 5 days after a cyst excision -> 99213-24",
        "date": "2026-03-16", "patient": ("Bergstrom", "Nils", "1972-02-08", "male"), "payer": "commercial",
        "provider": "okafor", "em": "99213",
        "conditions": [C("c1", "Dyshidrotic eczema of hands", "L30.1", "bilateral hands", reason=True),
                       C("c2", "Epidermoid cyst of back", "L72.0", "mid back")],
        "prior": [PRIOR("2026-03-11", "11403", "Excision cyst", "mid back")],
        "note": (
            "Mr. Bergstrom had an epidermoid cyst excised from his mid back five days ago, and that area is doing "
            "fine; he is here today for something completely different, which is an itchy blistering rash on the "
            "sides of both hands and fingers that started about two weeks ago after he began working with "
            "cleaning solvents. On examination there are deep-seated vesicles along the lateral fingers and palms "
            "with scaling and fissures, and no signs of infection. This is a dyshidrotic eczema flare. I prescribed "
            "triamcinolone zero point one percent ointment twice daily under cotton gloves at night for two "
            "weeks, reviewed glove use and gentle cleansers, and we discussed a patch test at a later date if it "
            "recurs. I also glanced at the back incision, which is clean and dry. Return in four weeks."),
        "expected": E([L("99213", 1, "24")], topics=["global-period"]),
        "coder_note": "GS-5: unrelated E/M inside the 010 global of 11403 -> 24.",
    },
    {
        "id": "s3-dict-warts-fingers-em-removed", "family": "destruction", "shape": "note-only",
        "description": "Dictated cryo of five common warts (child, Medicaid); E/M only for the warts -> removed",
        "date": "2026-03-17", "patient": ("Nguyen", "Bao", "2014-07-21", "male"), "payer": "medicaid",
        "provider": "okafor", "em": "99213",
        "conditions": [C("c1", "Common warts of fingers", "B07.8", "bilateral fingers", reason=True)],
        "note": (
            "Bao is an eleven year old boy brought in by his mother because the warts on his fingers are "
            "spreading and the one on his right index finger splits and bleeds when he plays baseball. There are "
            "five verrucous papules, two on the left hand and three on the right, the largest five millimeters. "
            "Salicylic acid at home for two months did not help. After discussing the options, each of the five "
            "warts was treated with liquid nitrogen, two freeze-thaw cycles, and he tolerated it well. Aftercare "
            "and blistering were reviewed. He will return in three weeks for another treatment if needed; "
            "cantharidin or candida injections could be considered if they persist."),
        "expected": E([L("17110")]),
        "coder_note": "DS-2: up to 14 benign lesions -> 17110 x1. GS-3: only the warts were addressed, so the "
                      "E/M is the decision for the minor procedure and is removed.",
    },
    {
        "id": "s3-dict-shave-nevus-left-cheek", "family": "shave", "shape": "note-only",
        "description": "Dictated shave removal of a bleeding 7 mm intradermal nevus, left cheek",
        "date": "2026-03-18", "patient": ("Castellano", "Rafael", "1983-12-05", "male"),
        "payer": "commercial-uhc", "provider": "okafor",
        "conditions": [C("c1", "Melanocytic nevus of other parts of face", "D22.39", "left cheek", reason=True)],
        "path": [{"text": "Skin, left cheek, shave: intradermal melanocytic nevus, irritated.", "site": "left cheek"}],
        "note": (
            "Rafael asks about a mole on his left cheek that he cuts every time he shaves, and it has bled three "
            "times in the last month. It is a seven millimeter dome-shaped flesh-colored papule with a small "
            "hemorrhagic crust, clinically an irritated intradermal nevus. Given the repeated trauma and bleeding "
            "we agreed to remove it, and after lidocaine with epinephrine it was removed by shave excision flush "
            "with the surrounding skin at the level of the mid dermis, hemostasis with aluminum chloride, and the "
            "specimen was sent to pathology. A similar mole was shaved from his back in 2022 without problems. "
            + EDU + " Return as needed."),
        "expected": E([L("11311")]),
        "coder_note": "SH-1: shave removal, face, 0.7 cm -> 11311 (0.6-1.0). Trauma and bleeding documented "
                      "(BSL-3), so covered.",
    },
    {
        "id": "s3-dict-nails-ingrown-two-toes", "family": "nails", "shape": "note-only",
        "description": "Dictated partial avulsion + phenol matrixectomy R great toe, partial avulsion L great toe",
        "date": "2026-03-19", "patient": ("Abernathy", "Claire", "1995-05-17", "female"),
        "payer": "commercial-cigna", "provider": "okafor",
        "conditions": [C("c1", "Ingrowing nail", "L60.0", "bilateral great toes", reason=True)],
        "note": (
            "Claire has painful ingrown toenails on both great toes. On the right great toe the lateral border "
            "has been ingrown on and off for two years, with granulation tissue today, and she has already had it "
            "lifted twice elsewhere; on the left great toe the medial border became ingrown for the first time "
            "two weeks ago after she trimmed it short. After digital blocks with two percent plain lidocaine and a "
            "tourniquet, on the right great toe the lateral quarter of the nail plate was freed and avulsed and "
            "the lateral matrix was ablated with eighty-eight percent phenol, three thirty-second applications, "
            "for a permanent result. On the left great toe the medial border of the nail plate was freed and "
            "avulsed without any matrix treatment. Both toes were dressed with antibiotic ointment and gauze. "
            "Soaks were reviewed and she will return in two weeks."),
        "expected": E([L("11750", 1, "T5"), L("11730", 1, "TA")]),
        "coder_note": "11750 (matrix ablated for permanent removal) right great toe T5; 11730 left great toe TA. "
                      "11750/11730 ind 1 is bypassed by the different digit modifiers (conventions: digit "
                      "modifiers; anatomic modifier preferred over XS, MLN59).",
    },
    {
        "id": "s3-dict-patch-72-new-pt-25", "family": "patch-test", "shape": "note-only",
        "description": "Dictated new-patient work-up (Rx, records) + patch test application of 72 allergens",
        "date": "2026-03-20", "patient": ("Fairweather", "Jolene", "1979-08-11", "female"), "payer": "commercial",
        "provider": "okafor", "em": "99204",
        "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "eyelids and hands",
                         reason=True)],
        "note": (
            "Jolene is a forty-six year old hairdresser referred for chronic eyelid and hand dermatitis of about "
            "eighteen months. I reviewed the outside dermatology records and her prior treatments in detail, "
            "including two courses of oral prednisone and several topical steroids, and took a full exposure "
            "history covering hair dyes, permanent wave solutions, gloves, nail products and her home skin care. "
            "Examination shows lichenified eczematous plaques of both upper eyelids and the dorsal hands and "
            "fingertips with fissuring. Because topical steroids on the eyelids have caused thinning, I stopped "
            "them and prescribed tacrolimus zero point one percent ointment for the eyelids, and clobetasol "
            "ointment for the hands for two weeks. We then applied patch tests to the upper back: seventy-two "
            "allergens in total, the sixty-five allergen expanded series plus a seven allergen hairdressing "
            "series, under occlusion. She will return in forty-eight hours for removal and the first reading and "
            "again at ninety-six hours."),
        "expected": E([L("99204", 1, "25"), L("95044", 72)]),
        "coder_note": "95044 units = allergens (65 + 7 = 72). 95044/99204 ind 1; separate work-up and Rx "
                      "management -> 25.",
    },
]

# ----------------------------------------------------------------------------------------------------------
# Practice 2: residency clinic on Epic (ramirez). Resident note + attestation, problem-oriented A&P.
# ----------------------------------------------------------------------------------------------------------
ATTEST = ("ATTENDING ATTESTATION: I saw and evaluated the patient, discussed the case with the resident and "
          "agree with the findings and plan as documented in the resident's note. I was present for the key "
          "portions of the procedure. -- S. Ramirez, MD")

EPIC = [
    {
        "id": "s3-epic-mohs-temple-bx-frozen-59", "family": "mohs", "shape": "free-text",
        "description": "Epic: same-day shave bx + frozen section of never-biopsied temple lesion, then Mohs 2 stages",
        "date": "2026-03-09", "patient": ("Whitfield", "Eleanor", "1949-03-28", "female"), "payer": "medicare",
        "provider": "ramirez",
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "left temple",
                         reason=True)],
        "procedures": [
            P("Shave biopsy", None, "Left temple", "Pearly papule 0.8 cm, never biopsied; tangential sample for "
              "intraoperative frozen section diagnosis", ["c1"]),
            P("Frozen section", None, "Left temple", "Frozen section of the biopsy: basal cell carcinoma, "
              "nodular. Proceeding to Mohs.", ["c1"]),
            P("Mohs surgery", None, "Left temple", "Stage I: 3 blocks, positive at 6 o'clock. Stage II: 2 blocks, "
              "clear. Defect 1.6 x 1.3 cm left to heal by second intention.", ["c1"]),
        ],
        "note": (
            "DERMATOLOGIC SURGERY CLINIC - MOHS SURGERY NOTE\nResident: J. Patel, MD (PGY-3)\n\n"
            "HPI: 76F referred for a growing pearly papule on the left temple x 6 months. No prior biopsy of this "
            "lesion. PSH: Mohs R nasal tip 2020, excision L shin 2017.\n\n"
            "PROCEDURE 1: Shave biopsy L temple for frozen section. Frozen section read by Dr. Ramirez: BCC, "
            "nodular type. Diagnosis established today; decision to proceed with Mohs based on this result.\n"
            "PROCEDURE 2: Mohs micrographic surgery, L temple. Stage I 3 blocks, + at 6 o'clock. Stage II 2 blocks, "
            "clear. Final defect 1.6 x 1.3 cm. Repair options discussed; patient chose second-intention healing.\n"
            + CONSENT + "\n" + EDU + "\n\n" + ATTEST),
        "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")]),
        "coder_note": "MOHS-5 / BX-5: diagnostic biopsy + frozen section of a lesion with no prior pathology on "
                      "the Mohs day -> 11102-59 and 88331-59 (same lesion, not XS). Temple (face) -> 17311 + "
                      "17312. Clinic header is not a procedure; second intention = no repair.",
    },
    {
        "id": "s3-epic-ap-many-problems-punch", "family": "mixed", "shape": "note-only",
        "description": "Epic resident note: methotrexate start for psoriasis (labs), punch bx forearm -> 99214-25 + 11104",
        "date": "2026-03-10", "patient": ("Kowalczyk", "Marta", "1966-10-03", "female"), "payer": "commercial",
        "provider": "ramirez", "em": "99214",
        "conditions": [C("c1", "Plaque psoriasis", "L40.0", "trunk and extremities", reason=True),
                       C("c2", "Neoplasm of uncertain behavior, skin of right forearm", "D49.2", "right forearm"),
                       C("c3", "Seborrheic keratosis", "L82.1", "trunk"),
                       C("c4", "Personal history of other malignant neoplasm of skin", "Z85.828", "left nasal ala",
                         history=True)],
        "note": (
            "GENERAL DERMATOLOGY - RESIDENT CONTINUITY CLINIC\nResident: A. Okonkwo, MD (PGY-2)\n\n"
            "CC: psoriasis not controlled; spot on R arm.\n"
            "ASSESSMENT AND PLAN:\n"
            "#1 Plaque psoriasis, not at goal (BSA 12%, failed clobetasol and calcipotriene). Start methotrexate "
            "15 mg PO weekly with folic acid 1 mg daily. Baseline CBC, CMP, hepatitis B/C serologies and "
            "QuantiFERON ordered. Counseled on alcohol avoidance and contraception.\n"
            "#2 Changing pigmented papule R dorsal forearm, 6 mm, irregular border. Punch biopsy performed today: "
            "4 mm punch, closed with one 4-0 nylon suture, specimen to dermpath.\n"
            "#3 Seborrheic keratoses, trunk. Benign, reassured. No treatment.\n"
            "#4 Hx BCC L nasal ala s/p Mohs 2022. No evidence of recurrence.\n"
            "#5 Health maintenance. " + EDU + "\n"
            "RTC 6 weeks with labs.\n\n" + ATTEST),
        "expected": E([L("99214", 1, "25"), L("11104")]),
        "coder_note": "Prescription drug management (methotrexate with monitoring labs) is separate, significant "
                      "work -> 99214-25 (GS-3). One punch biopsy -> 11104. SKs not treated.",
    },
    {
        "id": "s3-epic-exb-cyst-neck-layered", "family": "excision-benign", "shape": "free-text",
        "description": "Epic: excision inflamed cyst posterior neck 1.8 cm + 1 mm margins, layered 2.5 cm neck",
        "date": "2026-03-11", "patient": ("Mbeki", "Thandiwe", "1958-01-15", "female"),
        "payer": "medicare-advantage", "provider": "ramirez",
        "conditions": [C("c1", "Epidermal cyst", "L72.0", "posterior neck", reason=True)],
        "procedures": [
            P("Excision of cyst", None, "Posterior neck", "Inflamed, tender epidermoid cyst 1.8 x 1.2 cm, "
              "excised with 1 mm margins including punctum", ["c1"]),
            P("Layered closure", None, "Posterior neck", "Intermediate repair, 2.5 cm: 4-0 Monocryl deep, "
              "5-0 Prolene running", ["c1"]),
        ],
        "path": [{"text": "Skin, posterior neck, excision: ruptured epidermoid cyst with foreign-body giant cell "
                          "reaction.", "site": "posterior neck"}],
        "note": (
            "DERMATOLOGIC SURGERY CLINIC\nResident: L. Chang, MD (PGY-4)\n\n"
            "Procedure: excision of inflamed epidermoid cyst, posterior neck (tender, drained twice in the past "
            "year). Lesion 1.8 x 1.2 cm; 1 mm margins around the cyst and punctum. Cyst wall removed intact. "
            "Layered closure 2.5 cm.\n" + CONSENT + "\n\n" + ATTEST),
        "expected": E([L("11422"), L("12041")]),
        "coder_note": "EX-1: 1.8 + 2 x 0.1 = 2.0 cm, neck (SNHFG) -> 11422 (1.1-2.0). Intermediate repair neck "
                      "2.5 cm -> 12041 (REP-2: neck in 12041-12047). CORRECTED AFTER THE ONE SCORING RUN: the "
                      "author first wrote 11423, a band slip (11423 is 2.1-3.0 cm, EX-2); the rule, not the engine "
                      "output, decides, and the scored run used 11423.",
    },
    {
        "id": "s3-epic-nbuvb-vitiligo", "family": "phototherapy", "shape": "free-text",
        "description": "Epic Phototherapy Center: NB-UVB session for vitiligo, no psoralen",
        "date": "2026-03-12", "patient": ("Haddad", "Yasmin", "1992-09-09", "female"),
        "payer": "commercial-uhc", "provider": "ramirez",
        "conditions": [C("c1", "Vitiligo", "L80", "face, hands, forearms", reason=True)],
        "procedures": [P("NB-UVB phototherapy", None, "Face, hands, forearms",
                         "Treatment #14. 620 mJ/cm2, no erythema from last session. No psoralen, no tar.", ["c1"])],
        "note": (
            "PHOTOTHERAPY CENTER - TREATMENT LOG\nNB-UVB (311 nm) session #14 for nonsegmental vitiligo. Dose "
            "620 mJ/cm2 (increase 10%). Eye protection worn. PUVA was considered at the initial visit and "
            "declined. Repigmentation noted on the forearms.\n\n" + ATTEST),
        "expected": E([L("96900")]),
        "coder_note": "UVB alone -> 96900 (PHOTO-2). Mentioned PUVA was declined, not coded.",
    },
    {
        "id": "s3-epic-mis-reexcision-58", "family": "excision-malignant", "shape": "free-text",
        "description": "Epic: re-excision of MIS with positive margin 7 days after excision; 11603-58 + 12032-58",
        "date": "2026-03-13", "patient": ("Sorensen", "Karl", "1960-12-12", "male"), "payer": "medicare",
        "provider": "ramirez",
        "conditions": [C("c1", "Melanoma in situ of left upper limb", "D03.62", "left upper arm", reason=True)],
        "prior": [PRIOR("2026-03-06", "11602", "Excision MIS", "left upper arm")],
        "path": [{"date": "2026-03-10", "encounter": "enc-s3-epic-mis-reexcision-58-prior-1",
                  "text": "Skin, left upper arm, excision: melanoma in situ, lentigo maligna type; peripheral "
                          "margin involved.", "site": "left upper arm"},
                 {"text": "Skin, left upper arm, re-excision: scar; no residual melanoma in situ; margins clear.",
                  "site": "left upper arm"}],
        "procedures": [
            P("Re-excision melanoma in situ", None, "Left upper arm",
              "Scar 1.6 cm; re-excised with 5 mm margins for positive peripheral margin", ["c1"]),
            P("Layered closure", None, "Left upper arm", "Intermediate repair 4.5 cm", ["c1"]),
        ],
        "note": (
            "SKIN CANCER CENTER - PROCEDURE NOTE\nResident: M. Rossi, MD (PGY-3)\n\n"
            "Pt s/p excision of MIS L upper arm 03/06/2026; path with positive peripheral margin. Planned "
            "re-excision today. Scar 1.6 cm marked with 5 mm margins, excised to fat. Layered closure 4.5 cm "
            "(3-0 Vicryl deep, 4-0 nylon).\n" + CONSENT + "\n\n" + ATTEST),
        "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["global-period"]),
        "coder_note": "EX-4: re-excision after malignancy coded malignant even if negative; 1.6 + 1.0 = 2.6 cm arm "
                      "-> 11603. Inside 010 global of 11602, staged/related -> 58 on both lines (GS-5; corpus "
                      "precedent). Intermediate 4.5 cm arm -> 12032.",
    },
    {
        "id": "s3-epic-tags-22-irritated", "family": "skin-tags", "shape": "free-text",
        "description": "Epic: 22 irritated, bleeding skin tags neck/axillae -> 11200 + 11201",
        "date": "2026-03-16", "patient": ("Reyes", "Dolores", "1970-06-25", "female"),
        "payer": "commercial-uhc", "provider": "ramirez",
        "conditions": [C("c1", "Acrochordons, irritated", "L91.8", "neck and bilateral axillae", reason=True)],
        "procedures": [P("Removal of skin tags", None, "Neck and bilateral axillae",
                         "22 irritated acrochordons snipped with iris scissors; several bleeding and inflamed from "
                         "necklace and bra strap friction", ["c1"])],
        "note": (
            "GENERAL DERMATOLOGY CLINIC\nResident: P. Ivanova, MD (PGY-2)\n\nAcrochordons catch on necklace and "
            "bra straps, bleed and become inflamed. Exam: 22 pedunculated tags (neck 10, R axilla 7, L axilla 5), "
            "several with hemorrhagic crust. Removed by snip excision, hemostasis with Drysol.\n\n" + ATTEST),
        "expected": E([L("11200"), L("11201")]),
        "coder_note": "11200 first 15; 11201 per additional 10: ceil(7/10) = 1. Symptomatic (bleeding, "
                      "inflamed), so not cosmetic.",
    },
    {
        "id": "s3-epic-fse-screening-medicare-gy", "family": "em", "shape": "note-only",
        "description": "Epic Skin Cancer Center: screening-only FSE, no history/complaint/findings, Medicare -> GY",
        "date": "2026-03-17", "patient": ("Whitaker", "Loretta", "1958-04-04", "female"), "payer": "medicare",
        "provider": "ramirez", "em": "99203",
        "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", None,
                         reason=True)],
        "note": (
            "SKIN CANCER CENTER - NEW PATIENT\nResident: D. Kim, MD (PGY-3)\n\n"
            "Reason for visit: skin cancer screening requested by PCP. No personal or family history of skin "
            "cancer. No new, changing, bleeding or itching lesions. No complaints.\n"
            "ROS: negative. PSH: cholecystectomy 2010.\n"
            "Exam: full skin exam of scalp, face, trunk, extremities, palms, soles, nails: no suspicious lesions.\n"
            "A/P: Encounter for skin cancer screening - normal exam. Sun protection reviewed. " + EDU + " "
            "Return as needed; would biopsy any new changing lesion.\n\n" + ATTEST),
        "expected": E([L("99203", 1, "GY")]),
        "coder_note": "DX-5: Medicare screening-only FSE (no history, no complaint, nothing found) -> GY "
                      "(statutorily excluded; no voluntary ABN, so no GX).",
    },
    {
        "id": "s3-epic-three-nevi-repairs-summed", "family": "repair", "shape": "note-only",
        "description": "Epic: three atypical nevi excised (back x2, forearm), layered repairs 3.0+2.5+2.0 = 7.5 cm",
        "date": "2026-03-18", "patient": ("Lindholm", "Sara", "1988-02-29", "female"),
        "payer": "commercial-aetna", "provider": "ramirez",
        "conditions": [C("c1", "Melanocytic nevi of trunk", "D22.5", "back", reason=True),
                       C("c2", "Melanocytic nevi of left upper limb", "D22.62", "left forearm", reason=True)],
        "path": [{"text": "A) Skin, right upper back: dysplastic compound nevus with moderate atypia, margins clear. "
                          "B) Skin, left lower back: dysplastic junctional nevus, mild atypia. C) Skin, left "
                          "forearm: compound nevus with mild atypia.", "site": "back and left forearm"}],
        "note": (
            "DERMATOLOGIC SURGERY CLINIC\nResident: R. Haddad, MD (PGY-4)\n\n"
            "Indication: three clinically atypical, changing nevi (family history of melanoma). Prior shave "
            "biopsies of A and B showed dysplastic nevi with atypia extending to margins.\n"
            "Lesion A - R upper back: 0.8 cm, 2 mm margins, layered closure 3.0 cm.\n"
            "Lesion B - L lower back: 0.6 cm, 2 mm margins, layered closure 2.5 cm.\n"
            "Lesion C - L dorsal forearm: 0.5 cm, 2 mm margins, layered closure 2.0 cm.\n"
            "All closed with 4-0 Monocryl deep and 5-0 nylon epidermal.\n" + CONSENT + "\n\n" + ATTEST),
        "expected": E([L("11402"), L("11401", 2), L("12032")]),
        "coder_note": "EX-1: A 0.8+0.4 = 1.2 -> 11402; B 0.6+0.4 = 1.0 -> 11401; C 0.5+0.4 = 0.9 -> 11401 (EX-3: "
                      "atypia -> benign). REP-1: trunk + forearm intermediate are one group: 7.5 cm -> 12032.",
    },
    {
        "id": "s3-epic-id-loculated-acne-25", "family": "incision-drainage", "shape": "free-text",
        "description": "Epic: complicated I&D buttock abscess (loculations, packing) + acne Rx -> 10061 + 99213-25",
        "date": "2026-03-19", "patient": ("Jackson", "Darnell", "2003-11-30", "male"), "payer": "medicaid-mco",
        "provider": "ramirez", "em": "99213",
        "conditions": [C("c1", "Cutaneous abscess of buttock", "L02.31", "right buttock", reason=True),
                       C("c2", "Acne vulgaris", "L70.0", "face and upper back", reason=True)],
        "procedures": [P("Incision and drainage", None, "Right buttock",
                         "3 cm fluctuant abscess; incised, loculations broken up with hemostat, irrigated, "
                         "packed with 1/4 inch iodoform gauze", ["c1"])],
        "note": (
            "GENERAL DERMATOLOGY - ACUTE CARE\nResident: T. Brooks, MD (PGY-2)\n\n"
            "#1 Abscess R buttock, 3 cm, fluctuant. I&D with loculations broken up and packing (see procedure). "
            "Culture sent. Packing removal in 2 days.\n"
            "#2 Acne vulgaris, moderate inflammatory, face and upper back, not previously treated. Start "
            "doxycycline 100 mg BID x 12 weeks and adapalene 0.1% gel nightly; photosensitivity counseling.\n\n"
            + ATTEST),
        "expected": E([L("10061"), L("99213", 1, "25")]),
        "coder_note": "Loculations + packing -> complicated 10061. Acne is a separate problem with Rx -> "
                      "99213-25 (10061/99213 ind 1).",
    },
    {
        "id": "s3-epic-paring-three-corns", "family": "paring", "shape": "free-text",
        "description": "Epic: paring of three painful corns/calluses -> 11056",
        "date": "2026-03-20", "patient": ("Papadopoulos", "Eleni", "1975-07-07", "female"), "payer": "commercial",
        "provider": "ramirez",
        "conditions": [C("c1", "Corns and callosities", "L84", "feet", reason=True)],
        "procedures": [P("Paring of corns", None, "L 5th toe, R 5th toe, R plantar 1st MTP",
                         "Three painful hyperkeratotic lesions pared with #15 blade", ["c1"])],
        "note": (
            "GENERAL DERMATOLOGY CLINIC\nResident: F. Nunez, MD (PGY-2)\n\nPainful corns on both fifth toes and a "
            "callus under the R first metatarsal head. Pared x3 with #15 blade until pinpoint bleeding avoided. "
            "Wide toe-box shoes and padding discussed. Debridement of nails not needed.\n\n" + ATTEST),
        "expected": E([L("11056")]),
        "coder_note": "11056 = 2-4 lesions (three).",
    },
    {
        "id": "s3-epic-em-57-cheek-rotation-flap", "family": "mixed", "shape": "note-only",
        "description": "Epic: new patient E/M decides excision with cheek rotation flap the same day -> 99204-57 + 14040",
        "date": "2026-03-23", "patient": ("Holloway", "Gerald", "1944-08-18", "male"), "payer": "commercial",
        "provider": "ramirez", "em": "99204",
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "right cheek",
                         reason=True)],
        "note": (
            "DERMATOLOGIC SURGERY CLINIC - NEW PATIENT CONSULTATION AND PROCEDURE\nResident: J. Patel, MD (PGY-3)\n\n"
            "HPI: 81M referred with biopsy-proven infiltrative BCC of the R cheek (outside pathology reviewed). "
            "Anticoagulated on apixaban; cardiology note reviewed.\n"
            "A/P: Infiltrative BCC R cheek, 1.0 cm. Discussed Mohs (patient declines travel to Mohs center), "
            "radiation, and excision with flap. After discussion today, decision made to proceed with excision "
            "with 4 mm margins and reconstruction today. Rotation flap designed from the lateral cheek; "
            "primary plus secondary defect 9.5 sq cm. Apixaban held per cardiology.\n"
            + CONSENT + "\n\n" + ATTEST),
        "expected": E([L("99204", 1, "57"), L("14040")]),
        "coder_note": "FLAP-1/2: excision included in adjacent tissue transfer; cheek 9.5 sq cm -> 14040 (090). "
                      "GS-4: E/M on the day that decides a 090 procedure -> 57.",
    },
]

# ----------------------------------------------------------------------------------------------------------
# Practice 3: ModMed EMA (chen). Pre-coded Procedures, terse bodySite, sometimes wrong/outdated CPTs.
# ----------------------------------------------------------------------------------------------------------


def ema_note(body: str) -> str:
    return ("EMA Dermatology Visit Note\nProvider: Wei Chen, MD\n" + body +
            "\nROS: Constitutional negative. Skin: see HPI.\nPast surgical hx: reviewed.\n"
            + EDU + "\nElectronically signed.")


EMA = [
    {
        "id": "s3-ema-bx-deleted-11100-11101", "family": "biopsy", "shape": "pre-coded",
        "description": "EMA sent deleted 11100 + 11101 x2 for three shave biopsies -> 11102 + 11103 x2",
        "date": "2026-03-09", "patient": ("Gallagher", "Maureen", "1950-10-10", "female"), "payer": "medicare-ngs",
        "provider": "chen",
        "conditions": [C("c1", "Neoplasm of uncertain behavior of skin", "D49.2", "back, chest, left arm",
                         reason=True)],
        "procedures": [P("Shave bx", "11100", "back", "pink papule 5 mm, r/o BCC", ["c1"]),
                       P("Shave bx", "11101", "chest", "scaly papule 4 mm, r/o SCC", ["c1"]),
                       P("Shave bx", "11101", "L arm", "pigmented macule 6 mm, r/o dysplastic nevus", ["c1"])],
        "note": ema_note("HPI: 3 new spots. Tangential (shave) biopsies x3: back, chest, L upper arm. "
                         "Hemostasis AlCl. Specimens to path."),
        "expected": E([L("11102"), L("11103", 2)], topics=["invalid-code"]),
        "coder_note": "BX-1: 11100/11101 deleted 2018. Three tangential biopsies -> 11102 + 11103 x2.",
    },
    {
        "id": "s3-ema-ak17-17003x16", "family": "destruction", "shape": "pre-coded",
        "description": "EMA sent 17000 + 17003 (x16) for 17 AKs -> 17004",
        "date": "2026-03-10", "patient": ("McAllister", "Duncan", "1945-05-05", "male"), "payer": "medicare",
        "provider": "chen",
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "scalp, forehead, dorsal hands", reason=True)],
        "procedures": [P("LN2 AK", "17000", "scalp", "first lesion", ["c1"]),
                       P("LN2 AK addl x16", "17003", "scalp/forehead/hands", "17003 x 16 units", ["c1"])],
        "note": ema_note("HPI: rough spots. Exam: 17 AKs (scalp 9, forehead 5, dorsal hands 3). Cryo LN2 "
                         "x 17, 2 FTC each."),
        "expected": E([L("17004")], topics=["coding-correction"]),
        "coder_note": "DS-1: 15 or more AKs -> 17004 x1 instead of 17000/17003.",
    },
    {
        "id": "s3-ema-mohs-ear-17315-overcount", "family": "mohs", "shape": "pre-coded",
        "description": "EMA Mohs R helix: stage 1 6 blocks, stage 2 2 blocks; sent 17315 x3 -> 17315 x1",
        "date": "2026-03-11", "patient": ("Thornbury", "Agnes", "1941-12-01", "female"), "payer": "commercial",
        "provider": "chen",
        "conditions": [C("c1", "Basal cell carcinoma of skin of right ear", "C44.212", "right helix", reason=True)],
        "prior": [PRIOR("2026-02-20", "11102", "Shave bx", "R helix")],
        "path": [{"date": "2026-02-23", "encounter": "enc-s3-ema-mohs-ear-17315-overcount-prior-1",
                  "text": "Skin, right helix, shave biopsy: basal cell carcinoma, nodular.", "site": "right helix"}],
        "procedures": [P("Mohs 1st stage", "17311", "R helix", "Stage 1: 6 blocks", ["c1"]),
                       P("Mohs addl stage", "17312", "R helix", "Stage 2: 2 blocks, clear", ["c1"]),
                       P("Mohs addl blocks", "17315", "R helix", "x3", ["c1"])],
        "note": ema_note("HPI: bx-proven BCC R helix (path 02/2026). Mohs: Stage 1 6 blocks, + at 9 o'clock. "
                         "Stage 2 2 blocks, clear. Defect 1.1 cm, heal by second intention."),
        "expected": E([L("17311"), L("17312"), L("17315")], topics=["coding-correction"]),
        "coder_note": "MOHS-2: 17315 per block beyond 5 in any stage: stage 1 has 6 -> 1 unit; stage 2 has 2 -> 0.",
    },
    {
        "id": "s3-ema-shave-isk-scalp-wrong-site", "family": "shave", "shape": "pre-coded",
        "description": "EMA sent 11301 (trunk band) for a 1.2 cm inflamed SK on the scalp -> 11307",
        "date": "2026-03-12", "patient": ("Kaminski", "Piotr", "1962-03-03", "male"), "payer": "commercial",
        "provider": "chen",
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "scalp", reason=True)],
        "procedures": [P("Shave removal ISK", "11301", "scalp",
                         "1.2 cm inflamed, bleeding SK; catches on comb. Shave removal, AlCl.", ["c1"])],
        "note": ema_note("HPI: irritated bleeding growth on scalp. Exam: 1.2 x 0.9 cm inflamed SK vertex scalp. "
                         "Shave removal performed."),
        "expected": E([L("11307")], topics=["coding-correction"]),
        "coder_note": "SH-1: scalp is SNHFG, 1.2 cm -> 11307 (1.1-2.0).",
    },
    {
        "id": "s3-ema-df-thigh-size-band", "family": "excision-benign", "shape": "pre-coded",
        "description": "EMA sent 11401 using lesion size only; 0.7 cm + 2 x 0.2 cm = 1.1 cm -> 11402",
        "date": "2026-03-13", "patient": ("Okoro", "Chidinma", "1981-06-16", "female"),
        "payer": "medicare-advantage-ppo", "provider": "chen",
        "conditions": [C("c1", "Dermatofibroma of right thigh", "D23.71", "right thigh", reason=True)],
        "path": [{"text": "Skin, right thigh, excision: dermatofibroma, completely excised.", "site": "right thigh"}],
        "procedures": [P("Excision benign lesion", "11401", "R thigh",
                         "painful DF 0.7 cm, 2 mm margins, simple closure", ["c1"])],
        "note": ema_note("HPI: painful firm papule R thigh, bleeds when she shaves. Exam: 0.7 cm DF. Excised "
                         "with 2 mm margins, simple closure 5-0 nylon."),
        "expected": E([L("11402")], topics=["coding-correction"]),
        "coder_note": "EX-1: 0.7 + 0.4 = 1.1 cm leg -> 11402. Simple closure included.",
    },
    {
        "id": "s3-ema-ilk-alopecia-nine-patches", "family": "intralesional", "shape": "pre-coded",
        "description": "EMA sent 11900 for 9 alopecia areata patches; Kenalog 10 mg/mL 0.3 mL each -> 11901 + J3301 x3",
        "date": "2026-03-16", "patient": ("Baptiste-Roy", "Nadine", "1986-01-22", "female"),
        "payer": "commercial-aetna", "provider": "chen",
        "conditions": [C("c1", "Alopecia areata", "L63.9", "scalp", reason=True)],
        "procedures": [P("ILK", "11900", "scalp",
                         "Kenalog 10 mg/mL, 0.3 mL into each of 9 patches", ["c1"])],
        "note": ema_note("HPI: AA flare. Exam: 9 patches of nonscarring alopecia scalp. ILK: Kenalog 10 mg/mL, "
                         "0.3 mL to each of 9 patches (2.7 mL total). Continue clobetasol solution."),
        "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
        "coder_note": "More than 7 lesions -> 11901. 2.7 mL x 10 mg/mL = 27 mg -> J3301 x3.",
    },
    {
        "id": "s3-ema-nail-debridement-seven", "family": "nails", "shape": "pre-coded",
        "description": "EMA sent 11720 for debridement of 7 mycotic nails -> 11721",
        "date": "2026-03-17", "patient": ("Fitzgerald", "Brendan", "1969-09-19", "male"), "payer": "commercial",
        "provider": "chen",
        "conditions": [C("c1", "Onychomycosis", "B35.1", "bilateral toenails", reason=True)],
        "procedures": [P("Debridement nails", "11720", "bilat feet",
                         "mycotic nails debrided x7: L 1-4, R 1-3; thick, painful in shoes", ["c1"])],
        "note": ema_note("HPI: painful thick toenails. Exam: dystrophic, thickened nails L1-L4, R1-R3. "
                         "Debridement of 7 nails with nippers and burr."),
        "expected": E([L("11721")], topics=["coding-correction"]),
        "coder_note": "11721 = 6 or more nails.",
    },
    {
        "id": "s3-ema-punch-back-cryo-warts-25", "family": "biopsy", "shape": "pre-coded",
        "description": "EMA 99213 + 11104 + 17110: acne Rx separate -> 25; warts distinct lesions -> 17110-XS",
        "date": "2026-03-18", "patient": ("Ramos", "Alicia", "1999-04-30", "female"), "payer": "commercial-cigna",
        "provider": "chen", "em": "99213",
        "conditions": [C("c1", "Acne vulgaris", "L70.0", "face", reason=True),
                       C("c2", "Neoplasm of uncertain behavior of skin", "D49.2", "L upper back", reason=True),
                       C("c3", "Common warts", "B07.8", "R hand", reason=True)],
        "procedures": [P("Punch bx", "11104", "L upper back", "4 mm punch, changing nevus", ["c2"]),
                       P("Cryo warts", "17110", "R hand", "3 verruca vulgaris, LN2 2 FTC; painful", ["c3"])],
        "note": ema_note("HPI: acne f/u on doxycycline, still flaring; new changing mole L upper back; painful "
                         "warts R hand.\nA/P: 1) Acne: refill doxycycline, add tretinoin 0.025% cream. "
                         "2) Changing nevus: 4 mm punch bx. 3) Warts x3 R hand: LN2."),
        "expected": E([L("99213", 1, "25"), L("11104"), L("17110", 1, "XS")]),
        "coder_note": "Acne Rx management separate -> 25. 11104/17110 ind 1, distinct lesions -> XS on 17110.",
    },
    {
        "id": "s3-ema-tags-cosmetic-plus-aks", "family": "cosmetic", "shape": "pre-coded",
        "description": "EMA commercial: 8 asymptomatic tags for appearance (removed, cosmetic) + LN2 2 AKs",
        "date": "2026-03-19", "patient": ("Sullivan", "Patricia", "1963-02-14", "female"), "payer": "commercial",
        "provider": "chen",
        "conditions": [C("c1", "Acrochordons", "L91.8", "neck"),
                       C("c2", "Actinic keratosis", "L57.0", "forehead", reason=True)],
        "procedures": [P("Skin tag removal", "11200", "neck",
                         "8 tags, asymptomatic, pt wants them off for appearance; self-pay agreed", ["c1"]),
                       P("LN2 AK", "17000", "forehead", None, ["c2"]),
                       P("LN2 AK addl", "17003", "forehead", None, ["c2"])],
        "note": ema_note("HPI: wants neck tags removed, not irritated, no bleeding, just cosmetic. 2 rough spots "
                         "forehead.\nA/P: 1) Acrochordons x8 neck - cosmetic, snip removal, pt pays out of pocket. "
                         "2) AK x2 forehead - LN2."),
        "expected": E([L("17000"), L("17003")], topics=["cosmetic"]),
        "coder_note": "Conventions: cosmetic service, commercial payer -> line removed, cosmetic finding. 2 AKs "
                      "-> 17000 + 17003 x1.",
    },
    {
        "id": "s3-ema-sk-cosmetic-medicare-gx-gy", "family": "cosmetic", "shape": "pre-coded",
        "description": "EMA Medicare FFS: cryo 6 asymptomatic SKs for appearance with voluntary ABN -> 17110-GX-GY",
        "date": "2026-03-20", "patient": ("Brennan", "Harold", "1948-07-27", "male"), "payer": "medicare",
        "provider": "chen",
        "conditions": [C("c1", "Seborrheic keratosis", "L82.1", "back", reason=True)],
        "procedures": [P("Cryo SK", "17110", "back",
                         "6 asymptomatic SKs; cosmetic request; voluntary ABN signed", ["c1"])],
        "note": ema_note("HPI: wants 'barnacles' on back removed; they do not itch, bleed or hurt. Exam: 6 "
                         "stuck-on SKs back, no inflammation. Informed Medicare does not cover cosmetic removal; "
                         "voluntary ABN signed. LN2 x6."),
        "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
        "coder_note": "COS-4: statutorily excluded (cosmetic) -> GY, plus GX for the voluntary ABN.",
    },
    {
        "id": "s3-ema-cheek-bx-in-global-79", "family": "post-op", "shape": "pre-coded",
        "description": "EMA: shave bx of a new cheek lesion 6 days after SCC excision on the back -> 11102-79",
        "date": "2026-03-23", "patient": ("Vance", "Clifford", "1952-11-11", "male"), "payer": "commercial-uhc",
        "provider": "chen",
        "conditions": [C("c1", "Neoplasm of uncertain behavior of skin", "D49.2", "R cheek", reason=True),
                       C("c2", "Squamous cell carcinoma of skin of trunk", "C44.529", "upper back")],
        "prior": [PRIOR("2026-03-17", "11602", "Excision SCC", "upper back")],
        "procedures": [P("Shave bx", "11102", "R cheek", "new pink scaly papule 5 mm, r/o BCC", ["c1"])],
        "note": ema_note("HPI: pt called about a new spot R cheek. Back incision not examined today; suture "
                         "removal scheduled next week. Exam: 5 mm pink scaly papule R cheek. Shave bx."),
        "expected": E([L("11102", 1, "79")], topics=["global-period"]),
        "coder_note": "GS-5: unrelated procedure (new lesion) inside the 010 global of 11602 -> 79.",
    },
    {
        "id": "s3-ema-chin-complex-1cm", "family": "repair", "shape": "pre-coded",
        "description": "EMA sent 11641 + 13131 for a 1.0 cm layered repair of the chin -> 11641 + 12051",
        "date": "2026-03-24", "patient": ("Ashworth", "Beatrice", "1940-10-30", "female"), "payer": "medicare",
        "provider": "chen",
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "chin",
                         reason=True)],
        "prior": [PRIOR("2026-03-02", "11102", "Shave bx", "chin")],
        "path": [{"date": "2026-03-04", "encounter": "enc-s3-ema-chin-complex-1cm-prior-1",
                  "text": "Skin, chin, shave biopsy: basal cell carcinoma, superficial and nodular.", "site": "chin"}],
        "procedures": [P("Excision malignant", "11641", "chin", "BCC 0.6 cm, 2 mm margins", ["c1"]),
                       P("Complex repair", "13131", "chin", "layered closure 1.0 cm with undermining", ["c1"])],
        "note": ema_note("HPI: bx-proven BCC chin. Excised 0.6 cm lesion with 2 mm margins. Layered closure, "
                         "1.0 cm, with undermining, 5-0 Monocryl / 6-0 nylon."),
        "expected": E([L("11641"), L("12051")], topics=["coding-correction"]),
        "coder_note": "EX-1: 0.6 + 0.4 = 1.0 -> 11641. REP-2/3: complex repair <= 1.0 cm is coded as "
                      "simple/intermediate; layered, face -> 12051; undermining alone is not complex.",
    },
    {
        "id": "s3-ema-puva-sent-as-96910", "family": "phototherapy", "shape": "pre-coded",
        "description": "EMA sent 96910 for oral-psoralen PUVA -> 96912",
        "date": "2026-03-25", "patient": ("Iverson", "Tove", "1973-03-13", "female"), "payer": "commercial-aetna",
        "provider": "chen",
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "trunk and extremities", reason=True)],
        "procedures": [P("Photochemotherapy", "96910", "total body",
                         "PUVA: methoxsalen 40 mg PO 1.5 h prior; UVA 6 J/cm2; no tar", ["c1"])],
        "note": ema_note("HPI: severe plaque psoriasis, BSA 25%, failed NB-UVB x 3 months and topicals. PUVA "
                         "session #6: oral methoxsalen, UVA 6 J/cm2. No tar."),
        "expected": E([L("96912")], topics=["coding-correction"]),
        "coder_note": "Psoralen + UVA -> 96912; 96910 is tar/petrolatum + UVB.",
    },
    {
        "id": "s3-ema-excimer-320-sqcm", "family": "phototherapy", "shape": "pre-coded",
        "description": "EMA sent 96920 for excimer to 320 sq cm total -> 96921",
        "date": "2026-03-26", "patient": ("Mahoney", "Sean", "1977-08-08", "male"), "payer": "commercial",
        "provider": "chen",
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "elbows, knees, sacrum", reason=True)],
        "procedures": [P("Excimer laser", "96920", "elbows, knees, sacrum",
                         "308 nm; total treated area 320 sq cm", ["c1"])],
        "note": ema_note("HPI: localized plaque psoriasis, failed topicals x 4 months. Excimer 308 nm to "
                         "elbows (2 x 60 sq cm), knees (2 x 70 sq cm) and sacrum (60 sq cm): total 320 sq cm."),
        "expected": E([L("96921")], topics=["coding-correction"]),
        "coder_note": "Excimer by total area: 250-500 sq cm -> 96921.",
    },
    {
        "id": "s3-ema-id-two-abscesses-10060x2", "family": "incision-drainage", "shape": "pre-coded",
        "description": "EMA sent 10060 x2 for two abscesses drained at one session -> 10061 x1",
        "date": "2026-03-27", "patient": ("Crawford", "Tyrell", "1994-12-19", "male"), "payer": "medicaid",
        "provider": "chen",
        "conditions": [C("c1", "Cutaneous abscess of right lower limb", "L02.415", "R thigh", reason=True),
                       C("c2", "Cutaneous abscess of left lower limb", "L02.416", "L thigh", reason=True)],
        "procedures": [P("I&D", "10060", "R thigh", "2 cm abscess, incised, drained", ["c1"]),
                       P("I&D", "10060", "L thigh", "1.5 cm abscess, incised, drained", ["c2"])],
        "note": ema_note("HPI: two painful boils on thighs x 4 days. I&D of R thigh and L thigh abscesses, "
                         "purulent material expressed, no packing."),
        "expected": E([L("10061")], topics=["coding-correction"]),
        "coder_note": "10061 = complicated or multiple; one unit (MUE 1); 10060 dropped.",
    },
]

# ----------------------------------------------------------------------------------------------------------
# Practice 4: Oracle Health PowerNote (baptiste). HTML with tables, lists, <b> labels.
# ----------------------------------------------------------------------------------------------------------


def pn(title: str, body: str) -> str:
    return ("<html><body><h2>" + title + "</h2><p><b>Facility:</b> Riverside Dermatology - Skin Cancer Center"
            "</p>" + body + "<p><b>Consent:</b> " + CONSENT + "</p><p><b>Education:</b> " + EDU + "</p>"
            "<p><i>Electronically signed by Marc Baptiste, MD</i></p></body></html>")


POWERNOTE = [
    {
        "id": "s3-pn-shave-three-lesion-table", "family": "shave", "shape": "note-only",
        "description": "PowerNote HTML table: shave removal of 3 inflamed SKs (nose 0.4, back 1.2, hand 0.6 cm)",
        "date": "2026-03-09", "patient": ("Duchamp", "Odile", "1956-05-21", "female"),
        "payer": "commercial-aetna", "provider": "baptiste", "html": True,
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "nose, back, left hand", reason=True)],
        "note": pn("Dermatology Procedure Note", (
            "<p><b>HPI:</b> Three growths that itch, catch on clothing and have bled.</p>"
            "<table border='1'><tr><th>#</th><th>Site</th><th>Size</th><th>Clinical Dx</th><th>Procedure</th></tr>"
            "<tr><td>1</td><td>Left nasal sidewall</td><td>4 mm</td><td>Inflamed SK</td><td>Shave removal</td></tr>"
            "<tr><td>2</td><td>Right upper back</td><td>1.2 x 0.8 cm</td><td>Inflamed SK, bleeding</td>"
            "<td>Shave removal</td></tr>"
            "<tr><td>3</td><td>Left dorsal hand</td><td>0.6 cm</td><td>Irritated SK</td><td>Shave removal</td></tr>"
            "</table><p><b>Hemostasis:</b> aluminum chloride. All specimens to pathology.</p>")),
        "expected": E([L("11310"), L("11302"), L("11306")]),
        "coder_note": "SH-1 per lesion: nose 0.4 -> 11310; back 1.2 -> 11302; hand (SNHFG) 0.6 -> 11306. "
                      "Symptomatic (itch, bleeding) -> covered.",
    },
    {
        "id": "s3-pn-two-bcc-excisions-two-repair-groups", "family": "excision-malignant", "shape": "note-only",
        "description": "PowerNote: BCC forehead (11642) + BCC scalp (11622), layered 2.8 cm face + 3.0 cm scalp",
        "date": "2026-03-10", "patient": ("Whitcombe", "Reginald", "1946-09-02", "male"), "payer": "medicare",
        "provider": "baptiste", "html": True,
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "left forehead",
                         reason=True),
                       C("c2", "Basal cell carcinoma of skin of scalp and neck", "C44.41", "right parietal scalp",
                         reason=True)],
        "prior": [PRIOR("2026-02-16", "11102", "Shave biopsy x2", "left forehead; right parietal scalp")],
        "path": [{"date": "2026-02-18", "encounter": "enc-s3-pn-two-bcc-excisions-two-repair-groups-prior-1",
                  "text": "A) Skin, left forehead: basal cell carcinoma, nodular. B) Skin, right parietal scalp: "
                          "basal cell carcinoma, nodular.", "site": "left forehead; right parietal scalp"}],
        "note": pn("Excision Procedure Note", (
            "<p><b>Indication:</b> biopsy-proven nodular BCC x2 (path 02/18/2026); not Mohs candidates per AUC "
            "discussion, patient prefers excision.</p><ul>"
            "<li><b>Site A - left forehead:</b> lesion 0.8 cm; margins 3 mm; excised to subcutaneous fat; "
            "layered closure 2.8 cm.</li>"
            "<li><b>Site B - right parietal scalp:</b> lesion 1.1 cm; margins 4 mm; excised to galea; layered "
            "closure 3.0 cm.</li></ul>")),
        "expected": E([L("11642"), L("11622"), L("12032"), L("12052", 1, "XS")]),
        "coder_note": "EX-1: forehead 0.8+0.6 = 1.4 -> 11642; scalp 1.1+0.8 = 1.9 -> 11622. REP-2: scalp in "
                      "12031 group (3.0 -> 12032), face in 12051 group (2.8 -> 12052), not summed. 12032/12052 ind 1, "
                      "different wounds -> XS on 12052 (column 2).",
    },
    {
        "id": "s3-pn-fse-three-bx-ln2-dupilumab", "family": "mixed", "shape": "note-only",
        "description": "PowerNote: AD flare Rx (dupilumab) + punch shin + 2 tangential bx + LN2 3 AKs (MA HMO)",
        "date": "2026-03-11", "patient": ("Alvarez", "Ernesto", "1955-02-17", "male"),
        "payer": "medicare-advantage", "provider": "baptiste", "em": "99214", "html": True,
        "conditions": [C("c1", "Atopic dermatitis", "L20.9", "trunk and extremities", reason=True),
                       C("c2", "Neoplasm of uncertain behavior of skin", "D49.2", "right shin, left shoulder, chest",
                         reason=True),
                       C("c3", "Actinic keratosis", "L57.0", "face", reason=True)],
        "note": pn("Dermatology Clinic Note", (
            "<p><b>Assessment/Plan:</b></p><ol>"
            "<li><b>Atopic dermatitis, severe flare</b> (EASI 28) despite triamcinolone and tacrolimus. Start "
            "dupilumab 600 mg load then 300 mg q2 weeks; prior auth submitted; conjunctivitis risk discussed.</li>"
            "<li><b>Lesions r/o NMSC:</b><ul><li>Right shin 8 mm nodule: punch biopsy 4 mm, 1 suture.</li>"
            "<li>Left shoulder 5 mm scaly papule: tangential biopsy.</li>"
            "<li>Central chest 4 mm pink papule: tangential biopsy.</li></ul></li>"
            "<li><b>Actinic keratoses x3</b> (R cheek, L cheek, nasal dorsum): LN2, 2 cycles each.</li>"
            "<li>Hx of SKs: no treatment. Will consider excision of shin lesion if path shows SCC.</li></ol>")),
        "expected": E([L("99214", 1, "25"), L("11104"), L("11103", 2), L("17000", 1, "XS"), L("17003", 2)]),
        "coder_note": "Dupilumab start = separate significant work -> 25. BX-2: punch primary 11104 + tangential "
                      "add-on 11103 x2. 3 AKs -> 17000 + 17003 x2; 11104/17000 ind 1, different lesions -> XS on "
                      "17000. Medicare Advantage: no ABN modifiers needed (nothing non-covered).",
    },
    {
        "id": "s3-pn-mohs-back-superficial-bcc-ga", "family": "mohs", "shape": "note-only",
        "description": "PowerNote: Mohs of small primary superficial BCC of the back, Medicare FFS, ABN -> 17313-GA",
        "date": "2026-03-12", "patient": ("Eastwood", "Margaret", "1950-01-09", "female"), "payer": "medicare",
        "provider": "baptiste", "html": True,
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "left mid back",
                         reason=True)],
        "prior": [PRIOR("2026-02-10", "11102", "Shave biopsy", "left mid back")],
        "path": [{"date": "2026-02-12", "encounter": "enc-s3-pn-mohs-back-superficial-bcc-ga-prior-1",
                  "text": "Skin, left mid back, shave biopsy: superficial basal cell carcinoma.",
                  "site": "left mid back"}],
        "note": pn("Mohs Surgery Note", (
            "<p><b>Tumor:</b> primary superficial BCC, left mid back, 1.2 cm. Not recurrent. Immunocompetent. No "
            "prior radiation.</p><p><b>Appropriate use:</b> AUC score inappropriate for this site/subtype; "
            "alternatives (ED&amp;C, imiquimod, excision) offered. Patient insists on Mohs. <b>ABN signed</b> "
            "(Medicare may deny as not reasonable and necessary).</p>"
            "<table border='1'><tr><th>Stage</th><th>Blocks</th><th>Result</th></tr>"
            "<tr><td>1</td><td>2</td><td>Clear</td></tr></table>"
            "<p><b>Repair:</b> defect 1.6 cm left to granulate.</p>")),
        "expected": E([L("17313", 1, "GA")], topics=["medical-necessity"]),
        "coder_note": "Trunk -> 17313, one stage. MOHSN-2: superficial BCC in area L generally inappropriate; "
                      "Medicare FFS with ABN -> GA (COS-4).",
    },
    {
        "id": "s3-pn-puva-first-line-gz", "family": "phototherapy", "shape": "note-only",
        "description": "PowerNote: first-line PUVA without failed conventional therapy, Medicare FFS, no ABN -> GZ",
        "date": "2026-03-13", "patient": ("Rasmussen", "Henrik", "1957-06-06", "male"), "payer": "medicare",
        "provider": "baptiste", "html": True,
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "trunk", reason=True)],
        "note": pn("Phototherapy Note", (
            "<p><b>Diagnosis:</b> plaque psoriasis, BSA 8%.</p><p><b>Prior therapy:</b> none; patient has not "
            "used topical steroids, vitamin D analogues or UVB and prefers to start with PUVA.</p>"
            "<p><b>Treatment:</b> PUVA session #1: methoxsalen 30 mg PO 2 h prior, UVA 1.5 J/cm2. Goggles.</p>"
            "<p><b>ABN:</b> not obtained.</p>")),
        "expected": E([L("96912", 1, "GZ")], topics=["medical-necessity"]),
        "coder_note": "PHOTO-1: Medicare covers PUVA only after failure of conventional therapy; criteria unmet, "
                      "no ABN -> GZ (COS-4).",
    },
    {
        "id": "s3-pn-cosmetic-sk-medicaid-punch", "family": "cosmetic", "shape": "free-text",
        "description": "PowerNote Medicaid: shave of asymptomatic cheek SK for appearance (removed) + punch bx back",
        "date": "2026-03-16", "patient": ("Mendez", "Lucia", "1971-10-12", "female"), "payer": "medicaid",
        "provider": "baptiste", "html": True,
        "conditions": [C("c1", "Seborrheic keratosis", "L82.1", "right cheek"),
                       C("c2", "Neoplasm of uncertain behavior of skin", "D49.2", "left upper back", reason=True)],
        "procedures": [P("Shave removal", None, "Right cheek",
                         "Asymptomatic 0.5 cm SK; patient wants it removed for appearance", ["c1"]),
                       P("Punch biopsy", None, "Left upper back",
                         "Changing pigmented lesion 6 mm; 4 mm punch, 1 suture", ["c2"])],
        "note": pn("Dermatology Procedure Note", (
            "<p><b>1. Changing mole, left upper back</b> - darker and larger per husband. 4 mm punch biopsy.</p>"
            "<p><b>2. SK, right cheek</b> - no itching, bleeding or irritation; removal requested for cosmetic "
            "reasons; shave removal; patient informed Medicaid will not pay and agreed to self-pay.</p>")),
        "expected": E([L("11104")], topics=["cosmetic"]),
        "coder_note": "BSL-2/COS-2: asymptomatic SK removal is cosmetic; Medicaid -> line removed with a cosmetic "
                      "finding (conventions). Punch biopsy of changing lesion -> 11104.",
    },
    {
        "id": "s3-pn-edc-sccis-arm-bcc-nose", "family": "destruction", "shape": "free-text",
        "description": "PowerNote: ED&C SCCIS L forearm (defect 1.3 cm) + ED&C sBCC nasal dorsum (0.7 cm)",
        "date": "2026-03-17", "patient": ("Fontaine", "Gilles", "1944-04-25", "male"), "payer": "commercial",
        "provider": "baptiste", "html": True,
        "conditions": [C("c1", "Squamous cell carcinoma in situ of skin of left upper limb", "D04.62",
                         "left forearm", reason=True),
                       C("c2", "Basal cell carcinoma of skin of nose", "C44.311", "nasal dorsum", reason=True)],
        "procedures": [P("ED&C", None, "Left forearm",
                         "Biopsy-proven SCCIS; 3 cycles of curettage and electrodesiccation; final defect 1.3 cm",
                         ["c1"]),
                       P("ED&C", None, "Right nasal dorsum",
                         "Biopsy-proven superficial BCC; 3 cycles; final defect 0.7 cm", ["c2"])],
        "note": pn("Procedure Note", (
            "<ul><li><b>L forearm SCCIS</b> (bx 02/2026): ED&amp;C x3 cycles, final defect 1.3 cm.</li>"
            "<li><b>R nasal dorsum sBCC</b> (bx 02/2026): ED&amp;C x3 cycles, final defect 0.7 cm.</li></ul>")),
        "expected": E([L("17262"), L("17281")]),
        "coder_note": "DS-4 by final defect: TAL 1.3 cm -> 17262; nose (FEENLM) 0.7 cm -> 17281.",
    },
    {
        "id": "s3-pn-patch-36-allergens", "family": "patch-test", "shape": "free-text",
        "description": "PowerNote: patch test application, T.R.U.E. panels (35) + patient's own product (1) -> 95044 x36",
        "date": "2026-03-18", "patient": ("Nakamura", "Emi", "1984-12-03", "female"), "payer": "commercial-cigna",
        "provider": "baptiste", "html": True,
        "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "face and neck",
                         reason=True)],
        "procedures": [P("Patch test application", None, "Upper back",
                         "T.R.U.E. test panels 1-3 (35 allergens) plus patient's own moisturizer as is (1): "
                         "36 tests", ["c1"])],
        "note": pn("Patch Test Application", (
            "<table border='1'><tr><th>Series</th><th>Allergens</th></tr>"
            "<tr><td>T.R.U.E. test panels 1-3</td><td>35</td></tr>"
            "<tr><td>Patient's own moisturizer (as is)</td><td>1</td></tr>"
            "<tr><td><b>Total</b></td><td>36</td></tr></table>"
            "<p>Readings at 48 and 96 hours.</p>")),
        "expected": E([L("95044", 36)]),
        "coder_note": "95044 units = number of tests (36).",
    },
    {
        "id": "s3-pn-tags-12-medicare-gy", "family": "skin-tags", "shape": "note-only",
        "description": "PowerNote Medicare FFS: 12 asymptomatic skin tags removed at request, no ABN -> 11200-GY",
        "date": "2026-03-19", "patient": ("Pritchard", "Edna", "1949-07-14", "female"), "payer": "medicare",
        "provider": "baptiste", "html": True,
        "conditions": [C("c1", "Acrochordons", "L91.8", "neck and axillae", reason=True)],
        "note": pn("Procedure Note", (
            "<p><b>Acrochordons x12</b> (neck 8, axillae 4). Asymptomatic: no irritation, bleeding or "
            "inflammation. Patient requests removal for cosmetic reasons; told Medicare does not cover cosmetic "
            "removal. No ABN requested.</p><p><b>Procedure:</b> snip removal of 12 tags, AlCl hemostasis.</p>")),
        "expected": E([L("11200", 1, "GY")], topics=["cosmetic"]),
        "coder_note": "COS-4: statutorily excluded (cosmetic) Medicare FFS -> GY (no voluntary ABN -> no GX).",
    },
]

# ----------------------------------------------------------------------------------------------------------
# Practice 5: rural PA-led practice (lindqvist). Brief notes, abbreviations, typos.
# ----------------------------------------------------------------------------------------------------------
RURAL = [
    {
        "id": "s3-pa-cryo-aks-six-em-removed", "family": "destruction", "shape": "note-only",
        "description": "PA note 'cryo x 4 AK's ... + 2 more' = 6 AKs; 99212 for AKs only -> removed",
        "date": "2026-03-09", "patient": ("Tollefson", "Arne", "1943-03-31", "male"), "payer": "medicare",
        "provider": "lindqvist", "em": "99212",
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "L temple, forehead, R dorsal hand", reason=True)],
        "note": (
            "S: 82yo M here for AK's, rough spots again. hx cryo'd ~10 AK's last yr.\n"
            "O: AK's L temple/forehead, R dorsal hand.\n"
            "A/P: AK's - cryo x 4 AK's L temple/forehead, + 2 more R dorsal hand. 2 FTC. pt tol well. "
            "sunscreen. RTC 6 mo, sooner prn.\n-- B. Olsen PA-C / E. Lindqvist MD"),
        "expected": E([L("17000"), L("17003", 5)]),
        "coder_note": "4 + 2 = 6 AKs -> 17000 + 17003 x5 (DS-1). History count not coded. E/M only for the AKs "
                      "-> removed (GS-3).",
    },
    {
        "id": "s3-pa-shave-bx-forearm-declined-ln2", "family": "biopsy", "shape": "note-only",
        "description": "PA note: shave bx R forearm r/o SCC; sm SK declined LN2; Medicare name-only payer",
        "date": "2026-03-10", "patient": ("Hutchins", "Verna", "1939-08-08", "female"),
        "payer": "medicare-noname", "provider": "lindqvist",
        "conditions": [C("c1", "Neoplasm of uncertain behavior of skin", "D49.2", "R forearm", reason=True),
                       C("c2", "Seborrheic keratosis", "L82.1", "L temple")],
        "note": (
            "S: growing scaly bump R forearm x 2 mo, bleeds sometimes.\n"
            "O: 7mm hyperkeratotic papule R dorsal forearm. sm SK L temple.\n"
            "A/P: 1. r/o SCC R forearm - bx'd, shave bx, AlCl, to path.\n"
            "2. sm SK L temple - benign, reassured, pt declined LN2.\n"
            "f/u path 1-2 wks. if SCC will excise.\n-- B. Olsen PA-C"),
        "expected": E([L("11102")]),
        "coder_note": "One tangential biopsy -> 11102. Declined LN2 and future excision not coded.",
    },
    {
        "id": "s3-pa-ilk-inflamed-cyst", "family": "intralesional", "shape": "free-text",
        "description": "PA: ILK 0.5 cc Kenalog-10 into inflamed cyst, I&D deferred -> 11900 + J3301 x1",
        "date": "2026-03-11", "patient": ("Brandvold", "Kirsten", "1987-05-05", "female"), "payer": "commercial",
        "provider": "lindqvist",
        "conditions": [C("c1", "Sebaceous cyst", "L72.3", "upper back", reason=True)],
        "procedures": [P("ILK", None, "upper back",
                         "inflamed cyst, tender. 0.5 cc kenalog 10 injected. I&D deferred.", ["c1"])],
        "note": (
            "S: painful red bump upper back x 1 wk.\nO: 1.5cm inflamed cyst, no fluctuance.\n"
            "A/P: inflamed cyst - ILK 0.5 cc kenalog 10 mg/ml. I&D deferred, not fluctuant. warm compresses. "
            "RTC prn, excise when quiet if recurs.\n-- B. Olsen PA-C"),
        "expected": E([L("11900"), L("J3301")]),
        "coder_note": "0.5 mL x 10 mg/mL = 5 mg -> J3301 x1 (ceil). One lesion -> 11900. I&D deferred, excision "
                      "future -> not coded.",
    },
    {
        "id": "s3-pa-paring-five-calluses", "family": "paring", "shape": "free-text",
        "description": "PA: pared 5 calluses bilat plantar feet -> 11057",
        "date": "2026-03-12", "patient": ("Engebretsen", "Lars", "1966-10-20", "male"), "payer": "commercial-uhc",
        "provider": "lindqvist",
        "conditions": [C("c1", "Corns and callosities", "L84", "bilat plantar feet", reason=True)],
        "procedures": [P("Paring", None, "bilat plantar feet",
                         "pared 5 calluses (L 1st MTP, L heel, R 1st MTP, R 5th MTP, R heel), painful", ["c1"])],
        "note": (
            "S: painful calluses both feet, works on concrete floors.\nO: hyperkeratotic plaques x5 plantar.\n"
            "A/P: calluses - pared x 5 w/ #15 blade. orthotics rec.\n-- B. Olsen PA-C"),
        "expected": E([L("11057")]),
        "coder_note": "11057 = more than 4 lesions.",
    },
    {
        "id": "s3-pa-acne-followup-em-only", "family": "em", "shape": "note-only",
        "description": "PA: acne f/u with Rx, hypothetical bx/cryo only -> 99213 alone",
        "date": "2026-03-13", "patient": ("Solberg", "Mikkel", "2006-01-18", "male"), "payer": "medicaid-mco",
        "provider": "lindqvist", "em": "99213",
        "conditions": [C("c1", "Acne vulgaris", "L70.0", "face, chest", reason=True)],
        "note": (
            "S: acne f/u. on doxy 100 bid x 3 mo + adapalene, better but still cysts on chest.\n"
            "O: comedones + inflam papules face, few nodules chest. sm dark mole L shoulder, unchanged per mom.\n"
            "A/P: 1. acne - improving; cont adapalene, taper doxy, add BPO wash. discussed isotretinoin if no "
            "better in 3 mo. 2. nevus L shoulder - benign appearing, will bx if changes. consider cryo of wart R "
            "knee next visit, none today.\nRTC 3 mo.\n-- B. Olsen PA-C"),
        "expected": E([L("99213")]),
        "coder_note": "No procedures done (will bx if changes, consider cryo next visit = hypotheticals); E/M as "
                      "selected, no modifier.",
    },
]

SCENARIOS = DICTATED + EPIC + EMA + POWERNOTE + RURAL
