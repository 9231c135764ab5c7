"""Sealed set 54 (s54-): billing-company charts after coder queries.

Every chart is the packet a billing company (Keystone Revenue Cycle, KRC) holds when it codes a claim: the
original signed note, and often one or more ADDENDUM / Late entry / Response to coding query blocks from the
provider that clarify or correct a size, a margin, repair layers, a count, laterality, whether a lesion was
treated, or the diagnosis. The expected coding follows the final, clarified documentation. Some charts have no
addendum, and some addenda add nothing billable. Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md ("File format", "Coding decisions") only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s54-bx-punch-not-shave-addendum",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two biopsies pre-coded as tangential; addendum says the forearm one was a 4 mm punch",
    "date": "2025-11-04",
    "patient": ("Okonjo", "Theresa", "1968-02-19", "female"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Dermatofibroma, right dorsal forearm", "D23.61", "Right dorsal forearm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left upper back", "L82.0", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", "11102", "Right dorsal forearm", reasons=["c1"],
          note="Firm tan papule, changing per patient. Specimen A."),
        P("Shave biopsy, each additional", "11103", "Left upper back", reasons=["c2"],
          note="Crusted pink-brown papule. Specimen B."),
    ],
    "note_title": "Procedure Note with Addendum",
    "note": """PROCEDURE NOTE - SKIN BIOPSY
Provider: Wei Chen, MD        DOS 11/04/2025

S: 57 yo F, here for two spots she wants checked. (1) firm bump R forearm, she thinks darker since summer.
(2) L upper back spot that catches on her bra strap and has crusted twice.

O: (A) R dorsal forearm 0.6 cm firm tan-brown papule, dimple sign equivocal.
   (B) L upper back 0.9 cm pink-brown stuck-on papule with hemorrhagic crust.

Procedure: Risks/benefits reviewed, verbal consent. Alcohol prep, 1% lido w/ epi.
  A - shave biopsy R dorsal forearm.
  B - shave biopsy L upper back.
Hemostasis AlCl. Vaseline + bandage. Both to Clarient dermpath.

A/P: Lesions as above, r/o DF vs atypical nevus (A), r/o ISK vs other (B). Will call w/ results.

Electronically signed: Wei Chen, MD 11/04/2025 12:10

-----------------------------------------------------------------
ADDENDUM 11/06/2025 08:41 - Wei Chen, MD
Reason: correction to procedure section (KRC coding query #44817).
Specimen A (R dorsal forearm) was NOT a shave biopsy. Because a dermatofibroma was on the differential I used a
4 mm punch to get the full thickness; the site was closed with one 4-0 nylon simple suture. Specimen B (L upper
back) was a tangential/shave biopsy as documented. Suture removal with MA in 10-14 days.
-----------------------------------------------------------------

PATHOLOGY (resulted 11/07/2025):
  A. Skin, R forearm, punch: dermatofibroma.
  B. Skin, L upper back, shave: irritated seborrheic keratosis.
""",
    "expected": E([L("11104"), L("11103")], ["coding-correction"], {"11104": ["D23.61"]}),
    "coder_note": "BX-1/BX-2: final documentation = one punch + one tangential -> 11104 primary + 11103 add-on "
                  "(the pre-coded 11102 becomes 11104).",
})

SCENARIOS.append({
    "id": "s54-bx-third-specimen-late-entry",
    "family": "biopsy", "shape": "note-only",
    "description": "Note lists two shave biopsies; late entry adds a third tangential specimen that went to path",
    "date": "2025-10-14",
    "patient": ("Vandermeer", "Glenn", "1949-07-30", "male"),
    "provider": "baptiste", "payer": "medicare",
    "note_title": "Skin Biopsy Note",
    "note": """RIVERSIDE DERMATOLOGY - BIOPSY VISIT
Marc Baptiste, MD    10/14/2025
Pt: Glenn Vandermeer, 76M, est pt, full body check done by PA last month, returns for biopsies as planned.

Hx: former roofer, 2 prior BCCs (nose 2017, R ear 2021). No anticoagulants.

Lesions sampled today:
 #1 L temple - 7 mm pearly papule w/ telangiectasia. Tangential (shave) biopsy, DermaBlade.
 #2 R upper arm - 5 mm irregular brown macule, asymmetric. Tangential (saucerization) biopsy.
Hemostasis: aluminum chloride. Petrolatum, bandaids.

Plan: path to follow, will call. If BCC temple -> Mohs referral.

Signed Marc Baptiste MD 10/14/2025

LATE ENTRY 10/15/2025 09:02 (Marc Baptiste, MD)
The procedure list above is incomplete. A third specimen, #3 R scapula, 6 mm scaly pink papule, was also
sampled by tangential (shave) biopsy during the same visit and sent in container C (see path requisition).
Same prep, hemostasis and dressing as #1 and #2. Three biopsies total.

PATH 10/17/2025:
 A. L temple: basal cell carcinoma, nodular type, extending to base.
 B. R upper arm: compound nevus with mild architectural disorder.
 C. R scapula: seborrheic keratosis, irritated.
""",
    "expected": E([L("11102"), L("11103", 2)]),
    "coder_note": "Late entry documents a third tangential biopsy: 3 tangential biopsies -> 11102 + 11103 x2 (BX-2).",
})

SCENARIOS.append({
    "id": "s54-shave-neck-size-query-response",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of a bleeding SK on the neck; size only supplied in a query response (0.7 cm)",
    "date": "2025-09-23",
    "patient": ("Albright", "Corinne", "1951-12-05", "female"),
    "provider": "okafor", "payer": "medicare",
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left lateral neck", "L82.0", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal of inflamed seborrheic keratosis", site="Left lateral neck", reasons=["c1"],
          note="Lesion catches on necklace/collar, bled twice this month. Removed flush with DermaBlade, "
               "electrodesiccation for hemostasis. Sent to path."),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Patient: Corinne Albright   DOB 12/05/1951   DOS 09/23/2025
Provider: Adaeze Okafor, MD

CC: irritated growth L side of neck.
HPI: 73 yo F. Stuck-on lesion L lateral neck, present for years but over the last month it catches on her
necklace and collar, bled twice, now crusted and sore.
Exam: L lateral neck - tan-brown verrucous stuck-on papule with hemorrhagic crust and surrounding erythema.
Assessment: inflamed seborrheic keratosis, symptomatic (bleeding, irritation).
Procedure: shave removal. Consent. Lido 1% w/ epi. Removed at the level of the dermis with DermaBlade,
hemostasis with electrodesiccation, petrolatum + bandage. Specimen to pathology.
Patient tolerated well. Wound care reviewed.

Signed: A. Okafor MD 09/23/2025

=== RESPONSE TO CODING QUERY (KRC query #45102, sent 09/25/2025) ===
Query: "Please document the diameter of the lesion removed on 09/23."
Response (A. Okafor MD, 09/26/2025): Lesion diameter measured before removal was 0.7 x 0.5 cm (clinical photo
with ruler is in the media tab). No other change to the note.

Pathology 09/26/2025: Seborrheic keratosis with inflammation and surface erosion.
""",
    "expected": E([L("11306")], dx={"11306": ["L82.0"]}),
    "coder_note": "SH-1: neck = SNHFG; query-response diameter 0.7 cm -> 11306. Symptomatic inflamed SK (bleeding) "
                  "meets BSL-3, no GY.",
})

SCENARIOS.append({
    "id": "s54-shave-nose-size-never-recorded",
    "family": "shave", "shape": "note-only",
    "description": "Shave of a bleeding nasal papule with no diameter (provider cannot supply one) + 1 AK cryo ear",
    "date": "2025-08-12",
    "patient": ("Ferreira", "Domingos", "1962-04-08", "male"),
    "provider": "nakamura", "payer": "commercial",
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - Ren Nakamura, MD
DOS: 08/12/2025      Patient: Domingos Ferreira, 63M, established

Reason for visit: bump on the tip of the nose that bleeds when he blows his nose; rough spot L ear.

Exam:
- Nasal tip: flesh-colored dome-shaped papule, friable, recent blood crust.
- L helix: 1 gritty hyperkeratotic papule on erythematous base c/w actinic keratosis.

Procedures:
1) Shave removal, nasal tip papule - lido w/ epi, removed flush with blade, Drysol for hemostasis,
   sent for histology.
2) Cryotherapy with liquid nitrogen, 1 AK L helix, 2 freeze-thaw cycles.

Impression: (1) bleeding papule nasal tip, favor irritated intradermal nevus; (2) actinic keratosis L ear x1.
Follow-up in 6 months for AK check.

e-signed R. Nakamura MD 08/12/2025

Response to coding query (KRC #43391) - R. Nakamura MD, 08/19/2025
"The size of the nasal tip lesion was not measured at the visit and I am unable to give a measurement now.
Please do not use the pathology specimen dimensions." Nothing else to add.

Pathology 08/15/2025: Intradermal melanocytic nevus with surface erosion. Margins not evaluated.
""",
    "expected": E([L("17000")], ["missing-documentation"], {"17000": ["L57.0"]}),
    "coder_note": "Tests/corpus README: no lesion size -> no size-banded shave line + missing-documentation. The "
                  "single AK destruction stays (17000).",
})

SCENARIOS.append({
    "id": "s54-exm-back-bcc-margin-corrected",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "BCC back 1.2 cm pre-coded 11602 with 4 mm margins; addendum corrects margins to 5 mm (2.2 cm)",
    "date": "2025-10-02",
    "patient": ("Kowalczyk", "Bernard", "1946-09-14", "male"),
    "provider": "lindqvist", "payer": "medicare",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left mid back", "C44.519", "Left mid back", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk", "11602", "Left mid back", reasons=["c1"],
          note="BCC 1.2 cm, margins 4 mm, excised diameter 2.0 cm."),
        P("Repair intermediate trunk", "12032", "Left mid back", reasons=["c1"],
          note="Layered closure 4.8 cm."),
    ],
    "note_title": "Excision Operative Note",
    "note": """OPERATIVE NOTE - EXCISION
Surgeon: Erik Lindqvist, MD     Date: 10/02/2025
Patient: Bernard Kowalczyk, 79 M

Preop dx: Basal cell carcinoma, nodular, L mid back (shave bx 09/10/2025, path: nodular BCC, base involved).
Postop dx: same.
Indication: biopsy-proven BCC; trunk, nodular subtype - standard excision chosen over Mohs.

Procedure: Lesion/biopsy scar outlined: 1.2 x 1.0 cm. Margins of 4 mm marked around the lesion.
Excised diameter 2.0 cm. Ellipse oriented along relaxed skin tension lines, excised to the level of
subcutaneous fat, specimen tagged at 12 o'clock and sent in formalin.
Repair: wound undermined 1 cm each side; deep dermal 3-0 Monocryl buried interrupted, then 4-0 Prolene running
subcuticular. Final repair length 4.8 cm.
EBL < 5 mL. Tolerated well. Wound care sheet given. Suture removal 12-14 days.

Signed E. Lindqvist MD 10/02/2025 11:55

ADDENDUM - 10/03/2025 - E. Lindqvist MD
Correction: the peripheral margin taken was 5 mm circumferentially (checked against the intra-op photo of
the markings), not 4 mm as dictated above. Lesion 1.2 cm + 5 mm each side = 2.2 cm excised diameter.
Remainder of the note is accurate.

Pathology 10/06/2025: Basal cell carcinoma, nodular and micronodular type; peripheral and deep margins free
(closest 3 mm).
""",
    "expected": E([L("11603"), L("12032")], ["coding-correction"], {"11603": ["C44.519"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.5 (addendum margin) = 2.2 cm trunk -> 11603, not the pre-coded 11602. "
                  "Intermediate layered repair 4.8 cm trunk -> 12032 (separately reportable, EX-5).",
})

SCENARIOS.append({
    "id": "s54-exb-cyst-closure-layers-clarified",
    "family": "excision-benign", "shape": "note-only",
    "description": "Inflamed epidermoid cyst back excised 1.8 cm; query response says closure was two-layer (12032)",
    "date": "2025-07-29",
    "patient": ("Oyelaran", "Michael", "1984-01-22", "male"),
    "provider": "ramirez", "payer": "commercial-aetna",
    "note_title": "Minor Surgery Note",
    "note": """MINOR SURGERY - Sofia Ramirez, MD
07/29/2025   Michael Oyelaran, 41 M

Indication: recurrent painful cyst R upper back, drained twice at urgent care this year, still tender, foul
drainage two weeks ago. Quiet today (no fluctuance). Elects excision.

Exam: 1.6 cm firm mobile subcutaneous nodule R upper back with a central punctum.

Procedure: Timeout. Chlorhexidine prep. 1% lidocaine w/ epi 6 mL. Fusiform excision with 1 mm margin
around the cyst (excised diameter 1.8 cm), cyst wall removed intact with punctum. Hemostasis with cautery.
Closure: 4-0 nylon, interrupted. Length of closure 3.4 cm.
Specimen to path. Pressure dressing.

Dx: epidermoid cyst, R upper back.
Signed S. Ramirez MD 07/29/2025

RESPONSE TO CODING QUERY - S. Ramirez MD - 08/01/2025
Q: Please clarify the closure technique (single layer vs layered).
A: The wound was closed in two layers. Buried 4-0 Vicryl deep dermal / subcutaneous sutures were placed first
to close dead space, then the skin was closed with 4-0 nylon interrupted. This was an intermediate (layered)
closure, length 3.4 cm.

Pathology 07/31/2025: Epidermal inclusion cyst with focal rupture and foreign-body giant cell reaction.
""",
    "expected": E([L("11402"), L("12032")], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: 1.6 + 2 x 0.1 = 1.8 cm trunk -> 11402. Query response documents layered closure -> "
                  "intermediate repair 3.4 cm trunk = 12032 (12031 is up to 2.5 cm).",
})

SCENARIOS.append({
    "id": "s54-em-psoriasis-addendum-pharmacy-only",
    "family": "em", "shape": "note-only",
    "description": "Established psoriasis visit 99214 (Rx management); addendum only records a pharmacy substitution",
    "date": "2025-11-18",
    "patient": ("Lindahl", "Brianna", "1990-06-11", "female"),
    "provider": "halvorsen", "payer": "commercial-cigna", "minutes": 28,
    "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis, flaring", "L40.0", "Elbows, knees, scalp", reason=True),
    ],
    "note_title": "Follow-up Visit",
    "note": """FOLLOW-UP - Kirsten Halvorsen, MD
11/18/2025   Brianna Lindahl, 35 F (established)

S: Plaque psoriasis on adalimumab x 14 months. Flaring x 6 weeks after strep throat - new plaques on knees,
elbows, scalp itching. No joint pain. Missed no doses.
O: BSA ~8% - thick scaly plaques bilat elbows and knees, scalp plaques behind ears, guttate papules on trunk.
   No nail pitting.
A: Plaque psoriasis with flare (guttate component post-strep), not controlled on current biologic.
P: - Continue adalimumab, discussed switching to IL-23 inhibitor if no improvement by 3 months.
   - Clobetasol 0.05% solution to scalp BID x 2 wk, then weekends; triamcinolone 0.1% ointment BID body.
   - Check QuantiFERON before any switch; CBC/CMP reviewed from PCP 10/2025 - normal.
   - Return 8 weeks.

Signed K. Halvorsen MD 11/18/2025

ADDENDUM 11/19/2025 (K. Halvorsen MD): Pharmacy called - clobetasol solution not in stock; substituted
clobetasol 0.05% foam, same directions. No other change.
""",
    "expected": E([L("99214")], dx={"99214": ["L40.0"]}),
    "coder_note": "Provider-selected 99214 kept (chronic illness with exacerbation + Rx management). The addendum "
                  "changes nothing billable.",
})

SCENARIOS.append({
    "id": "s54-ds-ak-count-corrected-eleven",
    "family": "destruction", "shape": "pre-coded",
    "description": "AK cryo pre-coded as 7 lesions; addendum: 11 treated (7 face + 4 scalp)",
    "date": "2025-12-02",
    "patient": ("Hutchins", "Reginald", "1944-03-27", "male"),
    "provider": "pike", "payer": "medicare",
    "conditions": [
        C("c1", "Actinic keratoses, face and scalp", "L57.0", "Face, scalp", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Left cheek", reasons=["c1"]),
        P("Destruction premalignant lesions 2-14, each", "17003", "Face", reasons=["c1"],
          note="6 additional lesions"),
    ],
    "note_title": "Clinic Note",
    "note": """Prairie Bend Skin Clinic - Jordan Pike, PA-C
DOS 12/02/2025
Reginald Hutchins, 81 M, follow-up actinic damage.

Exam: multiple rough, scaly, erythematous papules on the face (cheeks, nose, forehead) and balding scalp.
No nodules, no ulceration, nothing suspicious for SCC today.
A: Actinic keratoses.
P: Cryotherapy with LN2 (2 cycles each) to 7 AKs. Post-care handout. Recheck 6 mo. Consider 5-FU in spring.

Signed J. Pike PA-C 12/02/2025

ADDENDUM 12/04/2025 - J. Pike PA-C (KRC query: "AK count - face only or total?")
Correction to lesion count: 11 actinic keratoses were treated with LN2 in total - 7 on the face and 4 on the
scalp. The "7" in the plan was the facial count only.
""",
    "expected": E([L("17000"), L("17003", 10)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 11 AKs per the addendum -> 17000 + 17003 x10 (pre-coded units of 6 corrected).",
})

SCENARIOS.append({
    "id": "s54-id-second-axillary-abscess-addendum",
    "family": "incision-drainage", "shape": "free-text",
    "description": "I&D right axillary abscess; addendum documents a second (left axilla) abscess drained -> 10061",
    "date": "2025-06-17",
    "patient": ("Delacroix", "Jasmine", "1999-10-03", "female"),
    "provider": "santos", "payer": "medicaid-mco",
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
        C("c2", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Right axilla", reasons=["c1"],
          note="3 cm fluctuant abscess, #11 blade stab incision, ~4 mL purulent material expressed, irrigated. "
               "Culture sent."),
    ],
    "note_title": "Urgent Derm Visit",
    "note": """Prairie Bend Skin Clinic - urgent add-on
Rafael Santos, NP    06/17/2025
Jasmine Delacroix, 25 F

CC: painful lump R armpit x 5 days, now throbbing. Afebrile. No hx of hidradenitis; no prior boils.
Exam: R axilla - 3 cm fluctuant tender erythematous nodule, pointing. No lymphangitic streaking.
Procedure: Consent. Lido 1% plain local. Stab incision #11 blade, ~4 mL pus expressed, loculations probed,
irrigated with NS. Gauze dressing, no packing needed. Wound culture sent.
A/P: Abscess R axilla. Doxycycline 100 mg BID x 7 d. Warm compresses. Return 48 h or sooner if worse.

Signed R. Santos NP 06/17/2025

ADDENDUM 06/18/2025 - R. Santos NP
Omitted from the note above: during the same visit pt also showed me a 2 cm fluctuant tender nodule in the
L axilla which was incised and drained the same way (lido, #11 blade, ~2 mL purulent drainage, irrigated).
Two separate abscesses were drained at this visit (R and L axilla).
""",
    "expected": E([L("10061")], dx={"10061": ["L02.411"]}),
    "coder_note": "Two separate abscesses drained at one session = multiple -> 10061 x1 (not 10060 x2).",
})

SCENARIOS.append({
    "id": "s54-il-keloids-count-and-dose-query",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to keloids; query response gives 9 keloids and 56 mg triamcinolone -> 11901 + J3301 x6",
    "date": "2025-09-09",
    "patient": ("Mensah", "Kwabena", "1987-05-29", "male"),
    "provider": "adeyemi", "payer": "commercial",
    "note_title": "Procedure Visit",
    "note": """KELOID INJECTION VISIT - Folake Adeyemi, MD
09/09/2025   Kwabena Mensah, 38 M, est.

S: Keloids on chest and shoulders from old acne, itchy and painful when shirt rubs. Last injections 6 weeks
ago with ~40% flattening. Wants to continue.
O: Firm pink-purple keloids over the presternal chest and both shoulders, several thinner than last visit.
A: Keloids, symptomatic (pruritus, pain).
P: Intralesional triamcinolone acetonide 40 mg/mL injected into the keloids of the chest and shoulders with a
30G needle, to blanching. Tolerated well. Repeat in 6 weeks.

Signed F. Adeyemi MD 09/09/2025

-- Response to coding query (KRC #45730) --- F. Adeyemi MD, 09/12/2025 --
Number of lesions injected: nine (9) separate keloids - 5 presternal, 2 R shoulder, 2 L shoulder.
Drug: triamcinolone acetonide (Kenalog-40) 40 mg/mL, total volume 1.4 mL = 56 mg. Drug supplied by the office.
""",
    "expected": E([L("11901"), L("J3301", 6)], dx={"11901": ["L91.0"]}),
    "coder_note": "9 lesions (> 7) -> 11901 x1; J3301 per 10 mg: 56 mg -> ceil(5.6) = 6 units.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s54-mohs-nose-stage1-seven-blocks",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs nasal sidewall BCC 2 stages pre-coded; addendum: stage I had 7 blocks -> 17315 x2; 12051",
    "date": "2025-10-21",
    "patient": ("Prescott", "Evelyn", "1943-11-02", "female"),
    "provider": "halvorsen", "payer": "medicare",
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, right nasal sidewall", "C44.311", "Right nasal sidewall",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, head/neck, first stage", "17311", "Right nasal sidewall", reasons=["c1"]),
        P("Mohs, each additional stage", "17312", "Right nasal sidewall", reasons=["c1"]),
        P("Intermediate repair face", "12051", "Right nasal sidewall", reasons=["c1"],
          note="Layered closure 2.2 cm"),
    ],
    "note_title": "Mohs Surgery Report with Addendum",
    "note": """LAKESHORE MOHS & DERMATOLOGIC SURGERY
Mohs surgeon (surgeon and pathologist): Kirsten Halvorsen, MD         DOS 10/21/2025
Patient: Evelyn Prescott, 81 F

Dx: BCC, infiltrative pattern, R nasal sidewall (bx 09/30/2025 outside, path reviewed: infiltrative BCC).
Indication: area H, aggressive histology.

Stage I: pre-op tumor 1.1 x 0.8 cm. Debulked, first layer excised with 2 mm margin, mapped and processed as
frozen horizontal sections. Blocks: 5. Tumor at superior and medial edges.
Stage II: re-excision superior/medial, 2 blocks. Clear.
Final defect 1.6 x 1.2 cm.
Repair: layered closure - 5-0 Monocryl buried, 6-0 nylon epidermal; length 2.2 cm along the sidewall.
Dressing, instructions. RTC 1 week.

E-signed K. Halvorsen MD 10/21/2025 14:20

ADDENDUM (10/23/2025, K. Halvorsen MD) - in reply to KRC query on tissue blocks
Stage I tissue was larger than usual because of the infiltrative growth and had to be cut into SEVEN tissue
blocks (not five as written above); the Mohs map shows blocks 1-7. Stage II: 2 blocks as documented.
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head site 2 stages -> 17311 + 17312; stage I 7 blocks = 2 blocks beyond 5 -> 17315 x2. "
                  "Layered repair 2.2 cm nose -> 12051 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s54-mohs-hand-scc-laterality-corrected",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs dorsal hand SCC, 2 stages + layered repair; addendum corrects side from right to left",
    "date": "2025-08-05",
    "patient": ("Gustafsson", "Arvid", "1950-02-17", "male"),
    "provider": "lindqvist", "payer": "medicare-advantage-ppo",
    "note_title": "Mohs Micrographic Surgery",
    "note": """MOHS MICROGRAPHIC SURGERY NOTE
Erik Lindqvist, MD (surgeon and pathologist)    08/05/2025
Arvid Gustafsson, 75 M, renal transplant 2012 on tacrolimus/mycophenolate.

Pre-op dx: invasive squamous cell carcinoma, well differentiated, R dorsal hand (bx 07/14/2025, our office).
Indication: hand (area H), immunosuppressed.

Stage 1: 1.0 x 0.9 cm keratotic tumor; 3 tissue blocks; SCC at 6 o'clock deep.
Stage 2: 1 block at 6 o'clock deep; clear.
Final defect 1.5 x 1.1 cm, subcutaneous fat, extensor tendon paratenon intact (not exposed).
Repair: layered closure, 4-0 Monocryl deep, 5-0 nylon superficial, length 2.0 cm.
Bulky dressing. Keep elevated. Return 10 days.

Signed E. Lindqvist MD 08/05/2025

ADDENDUM 08/07/2025 - E. Lindqvist MD
Laterality error in the note above: the tumor, the biopsy and today's Mohs surgery were all on the LEFT dorsal
hand, not the right. Biopsy path report (07/14/2025) also says "left dorsal hand". Everything else unchanged.
""",
    "expected": E([L("17311"), L("17312"), L("12041")], dx={"17311": ["C44.629"]}),
    "coder_note": "Hand = 17311 site; 2 stages -> 17311 + 17312; layered 2.0 cm hand -> 12041. Addendum makes the "
                  "diagnosis left upper limb SCC (C44.629), not right (C44.622).",
})

SCENARIOS.append({
    "id": "s54-repair-forehead-length-after-dogears",
    "family": "repair", "shape": "free-text",
    "description": "Reconstruction-only visit after outside Mohs: layered forehead closure, addendum length 5.6 cm",
    "date": "2025-09-30",
    "patient": ("Whitcombe", "Harold", "1955-08-21", "male"),
    "provider": "marchetti", "payer": "commercial-uhc",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of forehead, status post Mohs this date", "C44.319", "Left forehead",
          reason=True),
    ],
    "procedures": [
        P("Layered closure of Mohs defect", site="Left forehead", reasons=["c1"],
          note="Defect 1.8 x 1.5 cm after Mohs by outside surgeon this morning. Deep 4-0 Monocryl, 5-0 Prolene "
               "running. Repair length 2.4 cm."),
    ],
    "note_title": "Reconstruction Note",
    "note": """RECONSTRUCTION - Luca Marchetti, MD
09/30/2025, Harold Whitcombe, 70 M

Referred same day by Dr. A. Freund (Northside Mohs Center, separate practice) after Mohs clearance of a BCC of
the L forehead. Mohs and pathology billed by that practice. Defect 1.8 x 1.5 cm, into subcutaneous fat; frontalis
intact.
Plan discussed: linear layered closure in a horizontal forehead crease.
Procedure: Lido 1% w/ epi. Undermined in the subcutaneous plane ~1 cm circumferentially. Buried 4-0 Monocryl
deep dermal sutures, 5-0 Prolene running epidermal. Repair length 2.4 cm. Steri-strips, pressure dressing.
No complications.

Signed L. Marchetti MD 09/30/2025

ADDENDUM - L. Marchetti MD - 10/02/2025 (reply to coding query on repair length)
The 2.4 cm in the note was the defect axis before closure. To close without standing cones I extended the
repair with Burow's triangles at both ends; the final sutured length measured at the end of the case was
5.6 cm. Closure remained a layered (intermediate) repair. No flap was used.
""",
    "expected": E([L("12053")], dx={"12053": ["C44.319"]}),
    "coder_note": "REP-1/REP-2: final layered repair length 5.6 cm face -> 12053 (5.1-7.5 cm). Mohs billed by the "
                  "other practice, so only the repair.",
})

SCENARIOS.append({
    "id": "s54-repair-alar-rim-complex-query",
    "family": "repair", "shape": "note-only",
    "description": "Repair of outside Mohs defect at nasal ala; query response: alar free margin + undermining -> 13151",
    "date": "2025-11-12",
    "patient": ("Baumgartner", "Ilse", "1948-04-10", "female"),
    "provider": "voss", "payer": "medicare",
    "note_title": "Repair Note",
    "note": """Aurelia Dermatology - Henrietta Voss, MD    11/12/2025
Patient: Ilse Baumgartner, 77 F

Reason: closure of a Mohs defect, L nasal ala. Mohs for BCC done this morning at Lakeshore Mohs (Dr.
Halvorsen's separate practice); sent to me for repair.
Defect: 1.3 x 1.0 cm, L alar lobule, extends to the alar rim.
Procedure: local anesthesia, layered repair with 5-0 Vicryl and 6-0 fast gut. Final length 1.8 cm.
Vaseline, pressure dressing. Return 1 week.
Dx: BCC L nasal ala s/p Mohs.

Signed H. Voss MD 11/12/2025

RESPONSE TO CODING QUERY (KRC #46022) - H. Voss MD - 11/14/2025
Q: Please describe the repair (simple / intermediate / complex).
A: Complex repair. The defect involved the free margin of the L nostril (alar) rim; the rim was realigned
and everted to prevent notching. Extensive undermining of the nasal sidewall and tip was required, plus a
5-0 Vicryl tacking suture to the periosteum to keep the alar-facial groove. Final repair length 1.8 cm.
""",
    "expected": E([L("13151")], dx={"13151": ["C44.311"]}),
    "coder_note": "REP-3: free margin of nostril rim + extensive undermining = complex; nose 1.8 cm -> 13151 "
                  "(1.1-2.5 cm).",
})

SCENARIOS.append({
    "id": "s54-tags-count-twenty-two-addendum",
    "family": "skin-tags", "shape": "free-text",
    "description": "Symptomatic skin tags; note says about 15, addendum gives exact count 22 -> 11200 + 11201",
    "date": "2025-07-08",
    "patient": ("Rutledge", "Carla", "1958-09-16", "female"),
    "provider": "okonkwo", "payer": "medicare",
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding, neck and axillae", "L91.8", "Neck, bilateral axillae",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags with scissors and cautery", site="Neck and both axillae", reasons=["c1"],
          note="Approx 15 tags snipped, hemostasis with AlCl / light cautery."),
    ],
    "note_title": "Procedure Note",
    "note": """Chidi Okonkwo, MD - 07/08/2025
Carla Rutledge, 66 F

S: Skin tags neck and underarms. They catch on her bra straps and necklace, several have bled and become
red and sore; two were twisted and dark last week.
O: Multiple pedunculated acrochordons of the neck and bilateral axillae, several with erythema and
hemorrhagic crust.
A: Irritated/inflamed acrochordons, symptomatic (bleeding, inflammation).
P: Removed approx. 15 skin tags with sterile iris scissors; AlCl and light hyfrecation for hemostasis.
Wound care reviewed.

e-signed C. Okonkwo MD 07/08/2025

ADDENDUM (07/09/2025) C. Okonkwo MD
Exact count from the nurse's procedure tally sheet: 22 skin tags removed - neck 9, R axilla 7, L axilla 6.
"Approx 15" above was an estimate. All removed tags were the irritated/symptomatic ones.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "22 tags: 11200 (first 15) + 11201 x ceil(7/10) = 1. Symptomatic (bleeding, inflamed) so covered, "
                  "no GY.",
})

SCENARIOS.append({
    "id": "s54-tags-appearance-only-medicare-voluntary-abn",
    "family": "skin-tags", "shape": "note-only",
    "description": "Medicare FFS: 6 neck tags; query response says 'bothersome' meant appearance only; voluntary ABN",
    "date": "2025-10-28",
    "patient": ("Stenberg", "Loretta", "1952-01-30", "female"),
    "provider": "castellanos", "payer": "medicare-ngs",
    "note_title": "Procedure Note",
    "note": """Ines Castellanos, MD     10/28/2025
Loretta Stenberg, 73 F

Pt has several skin tags on the neck that are bothersome and would like them removed today.
Exam: six small soft pedunculated skin-colored papules, L and R lateral neck. No erythema, no crust.
Procedure: snip excision of 6 skin tags with curved scissors, AlCl for hemostasis. Tolerated well.
Dx: acrochordons.

Signed I. Castellanos MD 10/28/2025

Response to coding query (KRC #45981) - I. Castellanos MD, 10/30/2025
Q1: Please clarify "bothersome" - was there bleeding, irritation, itching, inflammation or trauma?
A1: No. None of the tags bled, itched, were irritated or inflamed. The patient dislikes how they look when she
wears open collars; removal was for appearance.
Q2: Was a notice of non-coverage given?
A2: Yes - she read and signed our voluntary Medicare notice (ABN form, cosmetic service) before the procedure
and chose to have the tags removed; copy scanned to the chart.
""",
    "expected": E([L("11200", 1, "GX", "GY")], ["cosmetic"], {"11200": ["L91.8"]}),
    "coder_note": "BSL-2/COS-4: asymptomatic tags removed for appearance = statutorily excluded cosmetic; Medicare FFS "
                  "-> GY, plus GX for the voluntary ABN.",
})

SCENARIOS.append({
    "id": "s54-cos-peel-with-forearm-aks-commercial",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Commercial: facial glycolic peel pre-coded 15788 (cosmetic, removed) + LN2 to 3 forearm AKs",
    "date": "2025-05-20",
    "patient": ("Halloran", "Margot", "1966-07-07", "female"),
    "provider": "voss", "payer": "commercial",
    "conditions": [
        C("c1", "Photoaging of skin, face", None, "Face", reason=True),
        C("c2", "Actinic keratoses, forearms", "L57.0", "Bilateral dorsal forearms", reason=True),
    ],
    "procedures": [
        P("Chemical peel, facial, epidermal", "15788", "Full face", reasons=["c1"],
          note="30% glycolic acid peel, 3 minutes, neutralized."),
        P("Destruction premalignant lesion, first", "17000", "Right dorsal forearm", reasons=["c2"]),
        P("Destruction premalignant lesion, each additional 2-14", "17003", "Left dorsal forearm",
          reasons=["c2"], note="2 lesions"),
    ],
    "note_title": "Aesthetic + Medical Visit",
    "note": """AURELIA DERMATOLOGY & AESTHETICS - Henrietta Voss, MD
05/20/2025    Margot Halloran, 58 F

Aesthetic: patient here for her scheduled glycolic peel (2 of 4) for fine lines and dullness. Self-pay package
purchased at the front desk. 30% glycolic acid applied to full face x 3 min, neutralized, cool compresses,
SPF 50. Expected mild erythema.

Medical: while here she pointed out rough spots on her forearms. Exam: 3 gritty erythematous scaly papules
(R dorsal forearm 1, L dorsal forearm 2) c/w actinic keratoses. LN2 cryotherapy, 2 cycles each, to all 3.

Signed H. Voss MD 05/20/2025

ADDENDUM 05/21/2025 - H. Voss MD: The peel is cosmetic (photoaging / fine lines) and was paid by the patient
under our aesthetic package; the forearm AK treatment is the medical service for insurance.
""",
    "expected": E([L("17000"), L("17003", 2)], ["cosmetic"], {"17000": ["L57.0"]}),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': cosmetic peel for a commercial payer is removed "
                  "(cosmetic finding). AKs: 3 lesions -> 17000 + 17003 x2.",
})

SCENARIOS.append({
    "id": "s54-cos-sk-cryo-not-irritated-correction",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS cryo of 5 SKs; addendum retracts 'irritated' (appearance only) and notes voluntary ABN",
    "date": "2025-06-24",
    "patient": ("Pemberton", "Dolores", "1947-05-13", "female"),
    "provider": "okafor", "payer": "medicare",
    "note_title": "Dermatology Visit",
    "note": """Riverside Dermatology - Adaeze Okafor, MD
06/24/2025 - Dolores Pemberton, 78 F, established

Here to have "age spots" on her back and chest frozen.
Exam: 5 waxy stuck-on tan-brown papules on the upper back and chest, 4-8 mm, classic seborrheic keratoses.
Dermoscopy: milia-like cysts, comedo-like openings, no atypical features.
Procedure: LN2 cryotherapy to 5 irritated seborrheic keratoses, 1 cycle each. Aftercare reviewed.

Signed A. Okafor MD 06/24/2025

ADDENDUM 06/27/2025 (A. Okafor MD) - response to KRC documentation query
Correction: the word "irritated" above was a template default and is wrong. The five SKs were not irritated,
inflamed, bleeding, itching or changing. The patient asked for removal because she does not like how they
look. She signed a voluntary notice (ABN) at check-in acknowledging Medicare would not pay for cosmetic
removal.
""",
    "expected": E([L("17110", 1, "GX", "GY")], ["cosmetic"], {"17110": ["L82.1"]}),
    "coder_note": "Addendum removes the only BSL-3 reason: cosmetic SK destruction (L82.1) for Medicare FFS -> 17110 "
                  "with GY + GX (voluntary ABN). 5 lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s54-nail-avulsion-toe-side-corrected",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial nail avulsion pre-coded for the left great toe; addendum: it was the right great toe (T5)",
    "date": "2025-08-19",
    "patient": ("Nwachukwu", "Emeka", "2004-12-01", "male"),
    "provider": "santos", "payer": "commercial-aetna",
    "conditions": [
        C("c1", "Ingrowing nail, great toe, lateral border", "L60.0", "Left great toe", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial", "11730", "Left great toe, lateral border", reasons=["c1"],
          note="Digital block, lateral 1/4 of nail plate avulsed, granulation curetted."),
    ],
    "note_title": "Procedure Note",
    "note": """Prairie Bend Skin Clinic - Rafael Santos, NP
08/19/2025   Emeka Nwachukwu, 20 M (college athlete)

Painful ingrown toenail x 3 weeks, red and draining, worse in cleats. Soaks and cotton wicking failed.
Exam: great toe, lateral nail fold erythematous and swollen with granulation tissue, embedded lateral
nail spicule.
Procedure: digital block with 3 mL 2% lidocaine plain. Tourniquet. Lateral 1/4 of the nail plate freed
and avulsed, granulation tissue curetted. No matrix destruction (phenol not used). Tourniquet off, bulky
dressing.
Dx: ingrown toenail with paronychia. Plan: soaks, cephalexin x 5 days, recheck 1 wk.

Signed R. Santos NP 08/19/2025

ADDENDUM 08/20/2025 - R. Santos NP
Laterality correction: procedure was performed on the RIGHT great toe (lateral border). The order entry
defaulted to "left"; the left toe is normal. Please correct the bodySite in the chart.
""",
    "expected": E([L("11730", 1, "T5")]),
    "coder_note": "Addendum: right great toe -> digit modifier T5 on 11730 (conventions: digit modifiers on nail codes).",
})

SCENARIOS.append({
    "id": "s54-nail-debridement-four-not-six",
    "family": "nails", "shape": "note-only",
    "description": "Onychomycosis debridement: note says 6 nails, addendum says 4 were debrided -> 11720",
    "date": "2025-04-15",
    "patient": ("Castillo", "Ramona", "1961-03-03", "female"),
    "provider": "pike", "payer": "commercial-uhc",
    "note_title": "Nail Visit",
    "note": """Prairie Bend Skin Clinic - Jordan Pike, PA-C      04/15/2025
Ramona Castillo, 64 F, established. Onychomycosis, KOH positive 01/2025. Painful thick toenails in shoes,
declined oral terbinafine (liver concern).

Exam: thick yellow dystrophic toenails with subungual debris, bilat great toes and 2nd toes; L 3rd and
R 3rd toenails mildly discolored.
Procedure: mechanical debridement of 6 toenails with nippers and rotary burr, reducing thickness and length.
Plan: efinaconazole solution daily, recheck 3 months.

Signed J. Pike PA-C 04/15/2025

ADDENDUM 04/17/2025 - J. Pike PA-C (coding query reply)
Correction: FOUR toenails were debrided - R great, L great, R 2nd, L 2nd. The two 3rd toenails were examined
only; they were thin and did not need debridement.
""",
    "expected": E([L("11720")], dx={"11720": ["B35.1"]}),
    "coder_note": "Addendum: 4 nails debrided -> 11720 (1-5 nails), not 11721.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s54-paring-five-lesions-late-entry",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 3 plantar calluses; late entry adds 2 corns pared on the left foot -> 5 lesions, 11057",
    "date": "2025-03-11",
    "patient": ("Abernethy", "Colin", "1970-10-25", "male"),
    "provider": "chen", "payer": "commercial-cigna",
    "conditions": [
        C("c1", "Painful plantar calluses and corns, both feet", "L84", "Plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="Right plantar foot", reasons=["c1"],
          note="3 calluses (R 1st MTP head, R 5th MTP head, R heel) pared with #15 blade."),
    ],
    "note_title": "Clinic Note",
    "note": """Wei Chen, MD    03/11/2025
Colin Abernethy, 54 M, mail carrier. Painful thick skin on both soles, walks ~10 miles a day.
No diabetes, no PAD. Pedal pulses 2+.

Exam: R foot - thick yellow callus over 1st MTP head, 5th MTP head and heel, tender. L foot - see below.
Paring of the 3 R-foot calluses with a #15 blade to normal-appearing skin, no bleeding. Urea 40% cream,
metatarsal pads, shoe fitting advice.
Dx: calluses.

Signed W. Chen MD 03/11/2025

LATE ENTRY 03/12/2025 10:15 - W. Chen MD
Also pared at this visit and not listed above: two hard corns on the LEFT foot (dorsal 5th toe PIP joint and
the 4th interdigital web), each with a central core removed with the blade. Total lesions pared at this
visit = 5 (3 right plantar calluses + 2 left corns).
""",
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "11055-11057 count bands: 5 lesions per the late entry (> 4) -> 11057 x1.",
})

SCENARIOS.append({
    "id": "s54-paring-two-corns-medicaid-no-change-addendum",
    "family": "paring", "shape": "note-only",
    "description": "Medicaid: 2 painful corns pared (11056); addendum only adds padding education",
    "date": "2025-02-04",
    "patient": ("Benavides", "Yolanda", "1979-08-12", "female"),
    "provider": "santos", "payer": "medicaid",
    "note_title": "Visit Note",
    "note": """Prairie Bend Skin Clinic
Rafael Santos, NP  -  02/04/2025
Yolanda Benavides, 45 F

Complaint: painful "bumps" on her toes, hurts in work shoes (stands 10-h shifts).
Exam: hard corn dorsal L 5th toe, hard corn dorsal R 5th toe, both with central translucent core, tender.
No signs of infection. Sensation intact, pulses palpable.
Procedure: each corn pared with #15 blade, core enucleated. Two lesions total.
Dx: corns.
Plan: wider toe box, return prn.

Signed R. Santos NP 02/04/2025

ADDENDUM 02/05/2025 R. Santos NP: Gave patient two silicone toe sleeves from sample stock and reviewed
how to use them. No charge. No other change to the visit.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "2 lesions -> 11056. The addendum (free samples, education) adds nothing billable.",
})

SCENARIOS.append({
    "id": "s54-patch-supplemental-series-not-applied",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch test pre-coded for 45 allergens; addendum: the 10-allergen cosmetic series was not applied",
    "date": "2025-05-05",
    "patient": ("Iwasaki", "Naomi", "1983-06-18", "female"),
    "provider": "adeyemi", "payer": "commercial",
    "conditions": [
        C("c1", "Eyelid dermatitis, recurrent", "L30.9", "Bilateral eyelids", reason=True),
    ],
    "procedures": [
        P("Patch testing, application", "95044", "Upper back", reasons=["c1"],
          note="T.R.U.E. Test panels 1-3 (35 allergens) + cosmetic/fragrance supplemental series (10)."),
    ],
    "note_title": "Patch Test Application",
    "note": """PATCH TEST CLINIC - Folake Adeyemi, MD
05/05/2025   Naomi Iwasaki, 41 F  (evaluated 04/21/2025, returns for planned patch testing)

Recurrent eyelid dermatitis x 1 year, flares with new cosmetics. Off topical steroids to the back x 2 weeks,
no oral steroids, no recent sun exposure to the back.
Applied to the upper back today:
 - T.R.U.E. Test panels 1, 2 and 3 (35 allergens)
 - Cosmetic/fragrance supplemental series (10 allergens)
Sites marked with skin marker. Instructions: keep dry, no exercise; return 05/07 (48 h read) and 05/09
(96 h read).

Signed F. Adeyemi MD 05/05/2025

ADDENDUM - 05/06/2025 - F. Adeyemi MD
Correction: the cosmetic/fragrance supplemental series was NOT applied. The chambers were loaded but the
series lot had expired and was discarded before application; we will apply it at a later visit once new stock
arrives. Only the 35 T.R.U.E. Test allergens were applied on 05/05.
""",
    "expected": E([L("95044", 35)]),
    "coder_note": "95044 units = allergens applied; addendum leaves 35 (the supplemental 10 were not applied).",
})

SCENARIOS.append({
    "id": "s54-patch-new-pt-em-rosacea-separate",
    "family": "patch-test", "shape": "note-only",
    "description": "Medicare new pt 99204: hand dermatitis work-up + 80-allergen patch application + rosacea Rx (25)",
    "date": "2025-07-14",
    "patient": ("Moorcroft", "Harriet", "1955-03-09", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 50,
    "em": "99204",
    "note_title": "New Patient Consultation and Patch Test Application",
    "note": """Samuel Weiss, MD - Contact Dermatitis Clinic
07/14/2025   Harriet Moorcroft, 70 F, new patient (referred by PCP)

CC 1: hand dermatitis x 8 months, retired florist now gardening; fissures and vesicles on palms and finger
webs, worse after handling tulip bulbs and with rubber gloves. Tried OTC hydrocortisone without benefit.
CC 2: facial redness and "pimples" over cheeks and nose x 1 year, burning with hot drinks; no eye symptoms.

Exam: bilateral palmar and volar finger erythema, lichenification, fissures, scattered vesicles on the
lateral fingers. Cheeks/nose: centrofacial erythema, telangiectasias, scattered papulopustules, no comedones.

A/P:
1. Hand dermatitis - allergic vs irritant. Patch testing indicated. Applied today: NACDG standard series
   80 allergens to the upper back. Reads at 48 h and 96 h. Clobetasol 0.05% ointment BID hands x 2 weeks
   (not under patches), cotton-under-nitrile gloves for gardening.
2. Papulopustular rosacea - new diagnosis. Start metronidazole 0.75% gel BID and doxycycline 40 mg daily
   x 12 weeks. Trigger avoidance and daily SPF reviewed.

Signed S. Weiss MD 07/14/2025

ADDENDUM 07/16/2025 - S. Weiss MD (KRC query: number of allergens actually applied)
Confirmed from the patch map: all 80 allergens of the NACDG standard series were applied on 07/14.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "Separate E/M work (new rosacea diagnosis with two prescriptions, hand dermatitis Rx) beyond the "
                  "patch application -> 99204-25 (95044/99204 PTP indicator 1); 95044 x80.",
})

SCENARIOS.append({
    "id": "s54-photo-nbuvb-dose-correction-nonbillable",
    "family": "phototherapy", "shape": "free-text",
    "description": "Medicare NB-UVB session for psoriasis (96900); addendum corrects only the dose",
    "date": "2025-01-28",
    "patient": ("Trujillo", "Esteban", "1957-11-11", "male"),
    "provider": "nakamura", "payer": "medicare",
    "conditions": [
        C("c1", "Psoriasis vulgaris, 15% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Narrowband UVB phototherapy, full body booth", site="Whole body", reasons=["c1"],
          note="Treatment #18 of course. Dose 580 mJ/cm2. No erythema from prior session."),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """PHOTOTHERAPY TREATMENT RECORD - Riverside Dermatology
Supervising physician: Ren Nakamura, MD (on site)      01/28/2025
Patient: Esteban Trujillo, 67 M

Indication: plaque psoriasis ~15% BSA, topicals failed, on NB-UVB 3x/week.
Treatment #18. Skin type III. Pre-treatment check: no burning/erythema after last session, no new
photosensitizing meds. Eye protection and genital shielding in place.
NB-UVB full-body booth, dose 580 mJ/cm2 (10% increase). Tolerated without issue.
Response: plaques thinner, less scale; BSA now ~10%.

Phototherapy technologist: M. Odum, RN. Reviewed and signed: R. Nakamura MD 01/28/2025

ADDENDUM 01/29/2025 - R. Nakamura MD
Dose transcription error: today's dose was 850 mJ/cm2 (not 580). Log sheet corrected. No change to the
service provided.
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "UVB actinotherapy session -> 96900 x1; the dose addendum changes nothing billable.",
})

SCENARIOS.append({
    "id": "s54-photo-excimer-area-clarified-96921",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer pre-coded 96920; addendum gives total treated area 320 sq cm -> 96921",
    "date": "2025-04-22",
    "patient": ("Marchand", "Aurelie", "1986-09-04", "female"),
    "provider": "castellanos", "payer": "commercial-aetna",
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment, psoriasis", "96920", "Bilateral elbows and knees", reasons=["c1"],
          note="308 nm excimer, session 6."),
    ],
    "note_title": "Excimer Laser Treatment",
    "note": """Ines Castellanos, MD - Excimer Laser Note      04/22/2025
Aurelie Marchand, 38 F - localized plaque psoriasis, ~3% BSA, failed 4 months of clobetasol/calcipotriene.

Session 6 of 13 (prior auth on file). 308 nm excimer laser to plaques on both elbows and both knees.
Doses per plaque per protocol (thicker knee plaques at 2x MED). Mild erythema from session 5 on the L knee only,
dose held there at the same level.
Tolerated well, aftercare reviewed.

Signed I. Castellanos MD 04/22/2025

RESPONSE TO CODING QUERY (KRC #44210) - I. Castellanos MD - 04/24/2025
Q: Total surface area treated this session?
A: Measured with the grid template: R elbow 60 sq cm, L elbow 55 sq cm, R knee 110 sq cm, L knee 95 sq cm.
Total treated area this session = 320 sq cm.
""",
    "expected": E([L("96921")], ["coding-correction"], {"96921": ["L40.0"]}),
    "coder_note": "Excimer by total area per session: 320 sq cm (250-500) -> 96921, replacing pre-coded 96920.",
})

SCENARIOS.append({
    "id": "s54-postop-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 7 days after a malignant cheek excision (010 global); provider picked 99212 -> 99024",
    "date": "2025-10-13",
    "patient": ("Thornbury", "Agnes", "1944-06-26", "female"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 10,
    "em": "99212",
    "prior": [
        PRIOR("2025-10-06", "11642", "Excision malignant lesion face 1.6 cm", "Left cheek",
              "SCC in situ, intermediate repair 3.1 cm (12052)"),
    ],
    "note_title": "Post-op Visit",
    "note": """POST-OP VISIT - Erik Lindqvist, MD        10/13/2025
Agnes Thornbury, 81 F

S/p excision of SCC in situ L cheek with layered closure on 10/06/2025 (path: margins clear). Here for suture
removal. No pain, no drainage, no fever.
Exam: incision L cheek well approximated, no erythema, no dehiscence.
Procedure: 6-0 nylon interrupted sutures removed. Steri-strips applied.
A/P: healing well. Scar care (silicone gel after 2 weeks). Full skin exam due in 6 months (hx BCC x2).

Signed E. Lindqvist MD 10/13/2025

ADDENDUM 10/14/2025 - E. Lindqvist MD (reply to coding query)
No other problem was evaluated at this visit; it was the routine post-operative check and suture removal
only. Please bill as a post-op visit.
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 10-day global of 11642 -> 99024, no E/M.",
})

SCENARIOS.append({
    "id": "s54-postop-unrelated-nummular-in-flap-global",
    "family": "post-op", "shape": "note-only",
    "description": "MA patient 5 weeks after a cheek flap (090): new nummular dermatitis of legs, Rx -> 99213-24",
    "date": "2025-09-02",
    "patient": ("Aldana", "Rosalind", "1949-12-20", "female"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 22,
    "em": "99213",
    "prior": [
        PRIOR("2025-07-29", "14040", "Adjacent tissue transfer, right cheek, 8 sq cm", "Right cheek",
              "Rotation flap after excision of BCC"),
    ],
    "note_title": "Office Visit",
    "note": """Luca Marchetti, MD    09/02/2025
Rosalind Aldana, 75 F, established

CC: itchy round patches on both lower legs x 3 weeks, keeping her up at night. No new soaps; dry skin.
Exam: multiple coin-shaped, scaly, excoriated eczematous plaques on both shins and calves, 2-4 cm. No
vesicles, no crust, no signs of infection.
A: Nummular dermatitis, bilateral lower legs - new problem.
P: Triamcinolone 0.1% ointment BID x 2 weeks (Rx), thick emollient after bathing, lukewarm showers.
   Return 4 weeks if not better.

Signed L. Marchetti MD 09/02/2025

ADDENDUM 09/03/2025 - L. Marchetti MD
For the billing office: the R cheek rotation flap (07/29/2025) was not examined or addressed today; she has her
scheduled post-op check with me next week. Today's visit was only for the leg rash.
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], {"99213": ["L30.0"]}),
    "coder_note": "GS-5: unrelated E/M during the 90-day global of 14040 -> modifier 24.",
})

SCENARIOS.append({
    "id": "s54-mixed-shoulder-bx-and-face-aks-xs",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential biopsy right shoulder + LN2 to 4 facial AKs; addendum confirms separate lesions",
    "date": "2025-11-25",
    "patient": ("Dunleavy", "Patrick", "1952-07-01", "male"),
    "provider": "baptiste", "payer": "medicare",
    "note_title": "Procedure Visit",
    "note": """Riverside Dermatology - Marc Baptiste, MD
11/25/2025   Patrick Dunleavy, 73 M, established

Returns for a new pink scaly spot on the R shoulder (x 2 months, bled once) and rough spots on the face.
Exam:
 - R posterior shoulder: 8 mm pink scaly plaque with focal erosion.
 - Face: 4 gritty keratotic papules (L forehead x2, R cheek, nasal dorsum) c/w AKs.
Procedures:
 1. Shave (tangential) biopsy R posterior shoulder, AlCl hemostasis, to path.
 2. LN2 cryotherapy, 4 AKs of the face, 2 FT cycles.

Signed M. Baptiste MD 11/25/2025

ADDENDUM 11/26/2025 - M. Baptiste MD (KRC query)
The shoulder lesion was biopsied only; it was NOT treated with liquid nitrogen. The four lesions frozen were
all on the face and none of them was biopsied. Five separate lesions in total.

PATH 11/28/2025: R posterior shoulder - superficial basal cell carcinoma.
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 3)], dx={"17000": ["L57.0"]}),
    "coder_note": "Different lesions: 11102/17000 is PTP indicator 1 with the biopsy as column 1 -> XS on 17000. "
                  "4 AKs -> 17000 + 17003 x3 (no 11102/17003 edit).",
})

SCENARIOS.append({
    "id": "s54-mixed-acne-em25-ilk-three-cysts",
    "family": "mixed", "shape": "pre-coded",
    "description": "Acne visit 99214 with new spironolactone + ILK to 3 cysts (11900, 6 mg) -> 99214-25, 11900, J3301",
    "date": "2025-03-25",
    "patient": ("Ogunleye", "Tolu", "2001-02-14", "female"),
    "provider": "adeyemi", "payer": "commercial-uhc", "minutes": 30,
    "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, inflammatory, with cysts", "L70.0", "Face, jawline", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Jawline and chin", reasons=["c1"]),
        P("Triamcinolone acetonide injection, per 10 mg", "J3301", "Jawline and chin", reasons=["c1"]),
    ],
    "note_title": "Acne Follow-up",
    "note": """Folake Adeyemi, MD - 03/25/2025
Tolu Ogunleye, 24 F, established. Acne on doxycycline + tretinoin x 3 months, still flaring premenstrually
along the jawline; 3 painful cysts this week before a job interview.

Exam: inflammatory papules and pustules of the jawline and chin, 3 tender cysts (L jaw x2, chin x1),
post-inflammatory hyperpigmentation.
A/P:
 1. Acne vulgaris, hormonal pattern, inadequately controlled. Stop doxycycline. Start spironolactone 50 mg
    daily (Rx); reviewed side effects, contraception, potassium not required at her age/health. Continue
    tretinoin 0.05% qhs. Recheck 8 weeks.
 2. Painful acne cysts x3: intralesional triamcinolone 2.5 mg/mL, 0.8 mL per cyst (total 2.4 mL).

Signed F. Adeyemi MD 03/25/2025

ADDENDUM 03/26/2025 F. Adeyemi MD: Clarifying drug total for the injection: 2.4 mL of 2.5 mg/mL = 6 mg
triamcinolone acetonide. Diluted from a Kenalog-10 vial.
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L70.0"]}),
    "coder_note": "E/M work beyond the injection (regimen change, new spironolactone Rx) -> 99214-25. 3 lesions -> "
                  "11900; 6 mg -> J3301 x1 (ceil(0.6)).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s54-exm-mis-reexcision-58-margin-corrected",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of MIS (positive margin) 7 days after 11602; addendum margin 5 mm -> 3.0 cm, 11603-58",
    "date": "2025-10-07",
    "patient": ("Szymanski", "Lorraine", "1963-04-04", "female"),
    "provider": "okonkwo", "payer": "medicare",
    "conditions": [
        C("c1", "Melanoma in situ, left upper arm, positive lateral margin", "D03.62", "Left upper arm",
          reason=True),
    ],
    "procedures": [
        P("Re-excision melanoma in situ, positive margin", site="Left posterior upper arm", reasons=["c1"],
          note="Scar 2.0 cm. Margins 1.0 cm. Closed with 4-0 nylon interrupted, single layer."),
    ],
    "prior": [
        PRIOR("2025-09-30", "11602", "Excision of pigmented lesion, left upper arm, 1.6 cm", "Left upper arm",
              "Path: melanoma in situ, lateral margin involved"),
    ],
    "note_title": "Re-excision Note",
    "note": """Chidi Okonkwo, MD       10/07/2025
Lorraine Szymanski, 62 F

Indication: excision of an atypical pigmented lesion L posterior upper arm on 09/30/2025; pathology 10/03:
melanoma in situ, lentiginous, lateral margin involved. Returns for the planned re-excision to clear margins.

Procedure: consent, timeout. Scar 2.0 cm long. Margin marked 1.0 cm around the scar. Lido 1% w/ epi.
Elliptical re-excision to subcutaneous fat, tagged 12:00, to dermpath. Hemostasis with cautery. Closed in a
single layer with 4-0 nylon interrupted sutures (no buried sutures - skin mobile, low tension).
Tolerated well. Suture removal 10-14 days.

Signed C. Okonkwo MD 10/07/2025

ADDENDUM 10/09/2025 - C. Okonkwo MD
Correction to the margin: 1.0 cm was the planned margin, but on the medial side it was limited to 0.5 cm by the
prior scar axis; margins actually taken were 0.5 cm medially and 1.0 cm elsewhere. Please use 0.5 cm as the
narrowest margin.

Pathology 10/10/2025: re-excision, L upper arm - scar with no residual melanoma in situ; margins clear.
""",
    "expected": E([L("11603", 1, "58")], ["global-period"], {"11603": ["D03.62"]}),
    "coder_note": "EX-1: 2.0 + 2 x 0.5 (narrowest margin per addendum) = 3.0 cm arm -> 11603. EX-4: re-excision of a "
                  "malignant lesion stays malignant even with a negative specimen; inside the 010 global of 11602 "
                  "-> 58. Single-layer closure is included.",
})

SCENARIOS.append({
    "id": "s54-exb-nevus-precoded-malignant-path-benign",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pre-coded 11601 for atypical nevus; addendum margin 3 mm; path dysplastic nevus -> 11402",
    "date": "2025-06-10",
    "patient": ("Quintero", "Alejandra", "1989-12-29", "female"),
    "provider": "ramirez", "payer": "commercial",
    "conditions": [
        C("c1", "Atypical pigmented lesion, right upper arm", None, "Right posterior upper arm", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, arm", "11601", "Right posterior upper arm", reasons=["c1"],
          note="0.6 cm lesion, 2 mm margins, excised diameter 1.0 cm. Simple closure."),
    ],
    "note_title": "Excision Note",
    "note": """Sofia Ramirez, MD - 06/10/2025
Alejandra Quintero, 35 F. Family hx melanoma (mother). Changing mole R posterior upper arm per patient and
photo comparison - darker and irregular border since last year.

Exam: 0.6 x 0.5 cm irregularly pigmented macule with asymmetric network on dermoscopy.
Procedure: excision for diagnosis. 2 mm margin marked. Elliptical excision to fat, sutured with 4-0 nylon
simple interrupted (single layer). Specimen to dermpath.
Imp: atypical pigmented lesion, r/o melanoma.

Signed S. Ramirez MD 06/10/2025

ADDENDUM - 06/11/2025 - S. Ramirez MD
Margin clarification (KRC query): I changed the plan intra-op and took 3 mm margins on all sides, not 2 mm.
Lesion 0.6 cm + 3 mm each side = excised diameter 1.2 cm.

Pathology 06/13/2025: Compound dysplastic nevus with moderate cytologic and architectural atypia; margins
free. No evidence of melanoma.
""",
    "expected": E([L("11402")], ["coding-correction"]),
    "coder_note": "EX-3: benign path (dysplastic nevus, no melanoma) -> benign excision code. EX-1: 0.6 + 2 x 0.3 = "
                  "1.2 cm arm -> 11402 (pre-coded malignant 11601 corrected).",
})

SCENARIOS.append({
    "id": "s54-exm-scalp-scc-diagnosis-query",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Scalp excision 'SCC vs KA' clarified as invasive SCC by query response/path; 2.2 cm + layered 4.0 cm",
    "date": "2025-10-30",
    "patient": ("McAllister", "Duncan", "1941-01-15", "male"),
    "provider": "weiss", "payer": "medicare",
    "conditions": [
        C("c1", "Keratotic nodule of scalp, SCC vs keratoacanthoma", None, "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Excision of scalp lesion", site="Vertex scalp", reasons=["c1"],
          note="Lesion 1.4 cm, 4 mm margins. Layered closure 4.0 cm (2-0 Vicryl galeal/deep, staples)."),
    ],
    "note_title": "Procedure Note",
    "note": """Samuel Weiss, MD - Dermatologic Surgery    10/30/2025
Duncan McAllister, 84 M

Rapidly growing crateriform nodule vertex scalp x 6 weeks. No prior biopsy (patient wanted it "out in one go").
Exam: 1.4 cm keratotic crateriform nodule, vertex.
Procedure: excision with 4 mm margins (excised diameter 2.2 cm), ellipse to galea, specimen oriented.
Repair: layered closure - 2-0 Vicryl deep, skin staples. Length 4.0 cm.
Imp: SCC vs keratoacanthoma.

Signed S. Weiss MD 10/30/2025

Pathology 11/04/2025: Invasive squamous cell carcinoma, well differentiated, keratoacanthoma-like growth pattern;
margins clear (closest 3 mm), no perineural invasion.

RESPONSE TO CODING QUERY (KRC #46650) - S. Weiss MD - 11/05/2025
Q: Final diagnosis for the 10/30 excision?
A: Invasive squamous cell carcinoma of the scalp, well differentiated, completely excised (per 11/04 path).
Not a keratoacanthoma.
""",
    "expected": E([L("11623"), L("12032")], dx={"11623": ["C44.42"]}),
    "coder_note": "EX-3/DX-2: path + query response = invasive SCC -> malignant excision. Scalp (SNHFG): 1.4 + 2 x 0.4 "
                  "= 2.2 cm -> 11623. Layered closure 4.0 cm scalp -> 12032.",
})

SCENARIOS.append({
    "id": "s54-mohs-pretibial-bcc-template-error-corrected",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs pretibial BCC 2 stages + layered 5 cm; addendum: 'superficial' was a template error (infiltrative)",
    "date": "2025-09-16",
    "patient": ("Rosenthal", "Mildred", "1938-08-08", "female"),
    "provider": "halvorsen", "payer": "medicare",
    "conditions": [
        C("c1", "Basal cell carcinoma, left pretibial", "C44.719", "Left pretibial leg", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery stage 1", site="Left pretibial leg", reasons=["c1"],
          note="4 tissue blocks; tumor at 3 o'clock."),
        P("Mohs micrographic surgery stage 2", site="Left pretibial leg", reasons=["c1"],
          note="2 tissue blocks; clear."),
        P("Layered closure of Mohs defect", site="Left pretibial leg", reasons=["c1"],
          note="Defect 2.4 x 1.8 cm. Intermediate layered closure, length 5.0 cm."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """LAKESHORE MOHS - Kirsten Halvorsen, MD (surgeon and pathologist)      09/16/2025
Mildred Rosenthal, 87 F

Pre-op dx: superficial basal cell carcinoma, L pretibial leg, 1.6 cm (bx 08/2025).
Indication for Mohs: pretibial location, size, poorly defined borders.

Stage 1: 4 blocks, residual BCC 3 o'clock. Stage 2: 2 blocks, clear.
Final defect 2.4 x 1.8 cm. Layered closure: 3-0 Monocryl buried vertical mattress, 4-0 nylon running;
length 5.0 cm. Compression wrap.

Signed K. Halvorsen MD 09/16/2025

ADDENDUM 09/18/2025 - K. Halvorsen MD
The pre-op diagnosis line was pulled from a template and is incorrect. The outside biopsy (Path #BX25-7734)
shows basal cell carcinoma, INFILTRATIVE pattern, not superficial; my frozen sections today also showed
infiltrative strands. Mohs indication: infiltrative (aggressive) histology on the pretibial leg, 1.6 cm,
poorly defined borders. No ABN was needed or obtained.
""",
    "expected": E([L("17313"), L("17314"), L("12032")], dx={"17313": ["C44.719"]}),
    "coder_note": "Leg = 17313 site; 2 stages, <=5 blocks each -> 17313 + 17314. Addendum makes the Mohs indication "
                  "aggressive histology (AUC-appropriate), so no GA/GZ. Layered 5.0 cm leg -> 12032.",
})

SCENARIOS.append({
    "id": "s54-ds-edc-bcc-forearm-final-defect",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven sBCC forearm; addendum gives final curetted defect 1.4 cm -> 17262",
    "date": "2025-08-26",
    "patient": ("Eckhardt", "Werner", "1945-10-19", "male"),
    "provider": "baptiste", "payer": "medicare",
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right forearm", "C44.612", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage, BCC", site="Right dorsal forearm", reasons=["c1"],
          note="Biopsy-proven superficial BCC 0.8 cm. 3 cycles curettage/ED."),
    ],
    "note_title": "ED&C Note",
    "note": """Riverside Dermatology - Marc Baptiste, MD    08/26/2025
Werner Eckhardt, 79 M

Biopsy 08/05/2025 (tangential) R dorsal forearm: superficial BCC. Options reviewed (excision, ED&C, topical
imiquimod); elects ED&C.
Procedure: lesion 0.8 cm pink scaly plaque around the bx site. Lido w/ epi. Curettage and electrodesiccation,
3 cycles, until firm dermis felt at the base and edges. Petrolatum and bandage. Wound care handout.
A: sBCC R forearm, treated.

Signed M. Baptiste MD 08/26/2025

ADDENDUM 08/27/2025 - M. Baptiste MD (response to coding query for the treated size)
After three cycles of curettage the final defect measured 1.4 x 1.2 cm. The 0.8 cm was the clinical lesion
before curettage.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.612"]}),
    "coder_note": "DS-4 / BX-6: malignant destruction sized by the final curettage defect, 1.4 cm arm (TAL) -> 17262.",
})

SCENARIOS.append({
    "id": "s54-ds-warts-seventeen-medicaid-child",
    "family": "destruction", "shape": "note-only",
    "description": "Medicaid child, 'multiple warts' frozen; addendum count 17 -> 17111",
    "date": "2025-03-04",
    "patient": ("Villanueva", "Mateo", "2014-05-21", "male"),
    "provider": "castellanos", "payer": "medicaid",
    "note_title": "Pediatric Dermatology Visit",
    "note": """Little Oaks Pediatric Dermatology - Ines Castellanos, MD       03/04/2025
Mateo Villanueva, 10 M, with mom.

Warts on hands and bottom of L foot spreading for 6 months despite OTC salicylic acid; the foot ones hurt
when he plays soccer, finger ones bleed when he picks them.
Exam: multiple verrucous papules on the R hand and fingers and the L sole (endophytic plantar warts with
thrombosed capillaries, tender to lateral pressure).
A: Verruca vulgaris, hands; plantar warts, L foot - symptomatic, spreading.
P: Paring followed by LN2 cryotherapy to the warts (2 cycles). Continue salicylic acid at home after
blisters heal. Return 4 weeks.

Signed I. Castellanos MD 03/04/2025

ADDENDUM 03/06/2025 - I. Castellanos MD
Lesion count for the billing office: 17 warts were treated - 11 on the R hand/fingers and 6 on the L sole.
""",
    "expected": E([L("17111")]),
    "coder_note": "DS-2: 17 benign lesions (>= 15) -> 17111 x1. Symptomatic, spreading warts are covered (BSL-3/4).",
})

SCENARIOS.append({
    "id": "s54-bx-one-observed-one-shave-addendum",
    "family": "biopsy", "shape": "free-text",
    "description": "Three biopsies listed; addendum: calf lesion not sampled, left thigh was tangential -> 11104 + 11103",
    "date": "2025-05-13",
    "patient": ("Fairbanks", "Ophelia", "1975-09-09", "female"),
    "provider": "nakamura", "payer": "commercial-cigna",
    "conditions": [
        C("c1", "Violaceous papules of thighs and calf, lichenoid eruption", None, "Bilateral thighs, left calf",
          reason=True),
    ],
    "procedures": [
        P("Punch biopsy 4 mm", site="Right anterior thigh", reasons=["c1"],
          note="Specimen A, H&E. 4-0 nylon x1."),
        P("Biopsy", site="Left anterior thigh", reasons=["c1"], note="Specimen B."),
        P("Biopsy", site="Left posterior calf", reasons=["c1"], note="Specimen C."),
    ],
    "note_title": "Biopsy Note",
    "note": """Ren Nakamura, MD     05/13/2025
Ophelia Fairbanks, 49 F

Itchy purple bumps on both thighs and L calf x 2 months. No new meds. No oral lesions.
Exam: flat-topped violaceous polygonal papules with fine white scale on the anterior thighs and L calf.
Plan: biopsy x3 (R thigh, L thigh, L calf) to confirm.
Procedure: R anterior thigh - 4 mm punch, one 4-0 nylon suture. L anterior thigh and L posterior calf -
biopsies taken. All to dermpath.

Signed R. Nakamura MD 05/13/2025

ADDENDUM 05/14/2025 - R. Nakamura MD (reply to KRC query #44901)
1) L anterior thigh: the sample was taken by tangential (shave) technique with a DermaBlade, not a punch.
2) L posterior calf: NOT biopsied. The patient asked to stop after the second specimen; the calf lesion was
   examined only. No specimen C was sent (container discarded unused).
Two biopsies in total.

Pathology 05/16/2025: A. R thigh, punch: lichen planus. B. L thigh, shave: lichen planus.
""",
    "expected": E([L("11104"), L("11103")], dx={"11104": ["L43.9"]}),
    "coder_note": "Final documentation: one punch + one tangential (the third biopsy was not done) -> 11104 + 11103 "
                  "(BX-2).",
})

SCENARIOS.append({
    "id": "s54-em-new-pt-wart-decision-only",
    "family": "em", "shape": "pre-coded",
    "description": "New pt 99203 + 17110 for a single plantar wart; query response: no other problem -> E/M removed",
    "date": "2025-04-08",
    "patient": ("Goldberg", "Nathaniel", "1996-02-28", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 15,
    "em": "99203",
    "conditions": [
        C("c1", "Plantar wart, right heel, painful", "B07.0", "Right heel", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesion, up to 14", "17110", "Right heel", reasons=["c1"],
          note="Pared, LN2 x2 cycles."),
    ],
    "note_title": "New Patient Visit",
    "note": """Prairie Bend Skin Clinic - Jordan Pike, PA-C    04/08/2025
Nathaniel Goldberg, 29 M, NEW patient

CC: painful wart R heel x 4 months, hurts with running. OTC freeze kit failed twice.
Exam (R foot): 7 mm endophytic hyperkeratotic papule R heel with pinpoint black dots, loss of skin lines.
A: plantar wart R heel, painful.
P: discussed options; elects cryo today. Pared with #15 blade, LN2 2 cycles. Blister care. Return 3-4 wk
for retreatment if needed.

Signed J. Pike PA-C 04/08/2025

RESPONSE TO CODING QUERY (KRC #44377) - J. Pike PA-C - 04/10/2025
Q: Was any problem other than the heel wart evaluated or managed at this visit?
A: No. The visit was only for the wart; no other complaints, exam limited to the R foot, no prescriptions.
""",
    "expected": E([L("17110")], dx={"17110": ["B07.0"]}),
    "coder_note": "GS-3 + README: new patient, only work = decision for the minor procedure -> E/M removed; painful "
                  "plantar wart covered -> 17110.",
})

SCENARIOS.append({
    "id": "s54-em-screening-history-belonged-to-spouse",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS full-skin exam; addendum: 'hx BCC' was the husband's; screening only -> 99213-GY",
    "date": "2025-12-09",
    "patient": ("Ashworth", "Penelope", "1956-05-02", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 20,
    "em": "99213",
    "note_title": "Skin Check",
    "note": """Wei Chen, MD - Full Skin Examination    12/09/2025
Penelope Ashworth, 69 F, established (last seen 2022 for rosacea, resolved)

Reason: annual skin check, requested by patient. "Hx BCC" per intake form.
ROS: no new, changing, bleeding or itchy lesions; no complaints.
Exam: total body skin exam incl. scalp, genitals deferred per pt - scattered benign-appearing nevi and a few
solar lentigines; no lesions suspicious for malignancy.
A/P: skin cancer screening - no suspicious lesions. Sun protection counselled. Return 1 year.

Signed W. Chen MD 12/09/2025

ADDENDUM 12/11/2025 - W. Chen MD
Correction: the "Hx BCC" entry came from a household intake form and belongs to the patient's husband. Mrs.
Ashworth has NO personal or family history of skin cancer or melanoma and no dysplastic nevi. Visit was a
screening skin examination only. No advance notice (ABN) was issued.
""",
    "expected": E([L("99213", 1, "GY")], dx={"99213": ["Z12.83"]}),
    "coder_note": "DX-5 + README: Medicare screening-only full-skin exam (no history after the addendum, no complaint, "
                  "nothing found) -> E/M with GY; no GX because no notice was given.",
})

SCENARIOS.append({
    "id": "s54-id-precoded-complicated-single-simple",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "I&D pre-coded 10061; query response: single abscess, no loculations, no packing -> 10060",
    "date": "2025-07-22",
    "patient": ("Brennan", "Shauna", "1992-11-30", "female"),
    "provider": "okonkwo", "payer": "commercial",
    "conditions": [
        C("c1", "Cutaneous abscess, left upper arm", "L02.414", "Left posterior upper arm", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, complicated", "10061", "Left posterior upper arm", reasons=["c1"]),
    ],
    "note_title": "I&D Note",
    "note": """Chidi Okonkwo, MD     07/22/2025
Shauna Brennan, 32 F

Tender swelling back of L arm x 4 days after a bug bite, now pointing. Afebrile.
Exam: 2 cm fluctuant erythematous nodule L posterior upper arm, central pustule, no streaking.
Procedure: lido 1% plain, #11 blade incision, moderate purulent drainage expressed, irrigated. Dressing.
P: warm compresses, return 3 days if not improving. No antibiotics needed.

Signed C. Okonkwo MD 07/22/2025

RESPONSE TO CODING QUERY (KRC #45210) - C. Okonkwo MD - 07/24/2025
Q: 10061 (complicated/multiple) was selected. Please describe the complexity.
A: Single abscess. Simple incision and drainage: no loculations to break up, no packing, no counter-incision,
no drain. The charge should be the simple I&D.
""",
    "expected": E([L("10060")], ["coding-correction"], {"10060": ["L02.414"]}),
    "coder_note": "Single abscess, simple drainage -> 10060, not the pre-coded 10061.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s54-il-alopecia-areata-patches-not-sites",
    "family": "intralesional", "shape": "pre-coded",
    "description": "AA injections pre-coded 11901 (8 'sites'); addendum: 5 patches, 24 mg -> 11900 + J3301 x3",
    "date": "2025-02-18",
    "patient": ("Kaczmarek", "Helena", "1953-07-24", "female"),
    "provider": "weiss", "payer": "medicare",
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, more than 7 lesions", "11901", "Scalp", reasons=["c1"],
          note="ILK 10 mg/mL, 8 sites."),
        P("Injection, triamcinolone acetonide, per 10 mg", "J3301", "Scalp", reasons=["c1"]),
    ],
    "note_title": "Alopecia Areata Follow-up",
    "note": """Samuel Weiss, MD    02/18/2025
Helena Kaczmarek, 71 F - alopecia areata, 3rd injection visit.

S: Regrowth in the two occipital patches, new small patch at the crown.
O: Smooth non-scarring patches of alopecia: occipital x2 (partial vellus regrowth), crown x1 (new, 1.5 cm),
   L parietal x1, R temporal x1. Exclamation-point hairs at the crown. Pull test negative elsewhere.
P: Intralesional triamcinolone acetonide 10 mg/mL injected into the patches, 8 sites. Continue clobetasol
   foam to patches between visits. Return 6 weeks.

Signed S. Weiss MD 02/18/2025

ADDENDUM 02/20/2025 - S. Weiss MD (in answer to KRC query #44120)
"8 sites" meant injection points, not lesions. Lesions injected = 5 patches (occipital x2, crown, L parietal,
R temporal); the two larger occipital patches took several injection points each. Total triamcinolone volume
given: 2.4 mL of 10 mg/mL = 24 mg. Drug from office stock.
""",
    "expected": E([L("11900"), L("J3301", 3)], ["coding-correction"], {"11900": ["L63.9"]}),
    "coder_note": "11900/11901 count lesions, not injection points: 5 patches -> 11900 (pre-coded 11901 corrected). "
                  "24 mg -> J3301 x3.",
})

SCENARIOS.append({
    "id": "s54-shave-face-nose-size-typo",
    "family": "shave", "shape": "pre-coded",
    "description": "Two facial shaves pre-coded 11310 + 11311; addendum: nose lesion was 0.6 cm -> 11311 x2",
    "date": "2025-06-03",
    "patient": ("Oduya", "Samuel", "1960-03-15", "male"),
    "provider": "ramirez", "payer": "commercial-aetna",
    "conditions": [
        C("c1", "Irritated nevus, nasal dorsum, bleeding", "D22.39", "Nasal dorsum", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left cheek", "L82.0", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Shave removal, face, 0.5 cm or less", "11310", "Nasal dorsum", reasons=["c1"],
          note="0.4 cm papule, catches on glasses, bleeding."),
        P("Shave removal, face, 0.6-1.0 cm", "11311", "Left cheek", reasons=["c2"],
          note="0.9 cm crusted SK, itching and bleeding with shaving."),
    ],
    "note_title": "Procedure Note",
    "note": """Sofia Ramirez, MD - 06/03/2025
Samuel Oduya, 65 M

Two bothersome lesions: (1) bump on the nasal dorsum under the bridge of his glasses, bleeds when he takes
them off; (2) crusty spot L cheek that he nicks shaving, itchy, bled several times.
Exam: (1) nasal dorsum 0.4 cm flesh-colored dome papule with erosion. (2) L cheek 0.9 cm verrucous tan
papule with hemorrhagic crust and erythematous rim.
Procedures: shave removal of both lesions with a flexible blade after 1% lido w/ epi; AlCl hemostasis.
Both sent to pathology.

Signed S. Ramirez MD 06/03/2025

ADDENDUM 06/05/2025 - S. Ramirez MD
Typo correction: the nasal dorsum lesion measured 0.6 cm (not 0.4 cm) before removal - see the procedure photo
with the ruler. Cheek lesion 0.9 cm as written.

Pathology 06/06/2025: (1) intradermal nevus with erosion and inflammation; (2) inflamed seborrheic keratosis.
""",
    "expected": E([L("11311", 2)], ["coding-correction"]),
    "coder_note": "SH-1: face 0.6 cm (per addendum) and 0.9 cm both fall in 0.6-1.0 -> 11311 x2. Both symptomatic "
                  "(bleeding, itching), covered.",
})

SCENARIOS.append({
    "id": "s54-shave-second-lesion-deferred",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals charted; addendum: shoulder lesion was deferred (not removed) -> 11302 only",
    "date": "2025-09-04",
    "patient": ("Lindsey", "Gordon", "1948-11-27", "male"),
    "provider": "okafor", "payer": "medicare",
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left upper back", "L82.0", "Left upper back", reason=True),
        C("c2", "Seborrheic keratosis, right shoulder", "L82.1", "Right shoulder"),
    ],
    "procedures": [
        P("Shave removal", site="Left upper back", reasons=["c1"],
          note="1.2 cm inflamed, bleeding SK removed by shave; electrodesiccation."),
        P("Shave removal", site="Right shoulder", reasons=["c2"], note="0.5 cm SK."),
    ],
    "note_title": "Procedure Note",
    "note": """Adaeze Okafor, MD    09/04/2025
Gordon Lindsey, 76 M

L upper back growth rubs on his chair, bled onto shirts 3 times, now sore and red. Also a smaller spot
R shoulder he "might as well get off".
Exam: L upper back 1.2 x 1.0 cm inflamed SK with crust and surrounding erythema; R shoulder 0.5 cm
asymptomatic SK.
Plan: shave removal L upper back and R shoulder.
Procedure: L upper back shave removal, hemostasis by electrodesiccation, to path.

Signed A. Okafor MD 09/04/2025

ADDENDUM 09/05/2025 - A. Okafor MD
The R shoulder lesion was NOT removed. Patient had a ride waiting and asked to defer; he may return for it
(likely cosmetic). Only the L upper back lesion was treated on 09/04.

Pathology 09/08/2025: L upper back - seborrheic keratosis, inflamed and irritated.
""",
    "expected": E([L("11302")], dx={"11302": ["L82.0"]}),
    "coder_note": "Only the L upper back lesion was removed: 1.2 cm trunk -> 11302 (TAL 1.1-2.0). The deferred "
                  "shoulder lesion gets no line.",
})

SCENARIOS.append({
    "id": "s54-nail-matrixectomy-both-great-toes",
    "family": "nails", "shape": "free-text",
    "description": "Phenol matrixectomy right great toe; addendum: phenol also to left great toe -> 11750 TA + T5",
    "date": "2025-11-06",
    "patient": ("Pellegrino", "Dominic", "1971-04-30", "male"),
    "provider": "santos", "payer": "commercial",
    "conditions": [
        C("c1", "Ingrowing nails, both great toes, recurrent", "L60.0", "Bilateral great toes", reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion with phenol matrixectomy", site="Right great toe, medial border", reasons=["c1"],
          note="Medial 1/5 nail plate removed, 88% phenol x 3 applications of 30 s to the matrix."),
        P("Partial nail avulsion", site="Left great toe, lateral border", reasons=["c1"],
          note="Lateral 1/5 nail plate removed."),
    ],
    "note_title": "Nail Surgery Note",
    "note": """Prairie Bend Skin Clinic - Rafael Santos, NP    11/06/2025
Dominic Pellegrino, 54 M

Recurrent ingrown toenails both great toes - 4th episode this year, 2 prior avulsions without matrix
treatment. Wants a permanent fix.
Procedure: bilateral digital blocks (2% lidocaine plain). R great toe medial border: 1/5 of the nail plate
freed and avulsed; 88% phenol applied to the matrix, 3 x 30 s, alcohol flush. L great toe lateral border:
1/5 of the nail plate freed and avulsed.
Dressings, post-op care sheet. Recheck 2 weeks.

Signed R. Santos NP 11/06/2025

ADDENDUM 11/07/2025 - R. Santos NP (reply to coding query)
L great toe: phenol was also applied to the lateral matrix (3 x 30 s, alcohol flush), exactly as on the right -
permanent partial matrixectomy of both great toes. The left was dictated incompletely.
""",
    "expected": E([L("11750", 1, "TA"), L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent matrix removal on each great toe -> 11750 per toe, digit modifiers TA (left great) and "
                  "T5 (right great) on separate lines. The avulsion is part of 11750 (11750/11730 PTP).",
})

SCENARIOS.append({
    "id": "s54-postop-new-ear-lesion-bx-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Tangential bx of a new ear lesion 5 days after a back excision (010 global) -> 11102-79",
    "date": "2025-11-10",
    "patient": ("Whitaker", "Elmer", "1942-02-09", "male"),
    "provider": "baptiste", "payer": "medicare",
    "conditions": [
        C("c1", "Scaly papule of right helix, new", None, "Right helix", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy, single lesion", "11102", "Right helical rim", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-11-05", "11402", "Excision benign lesion trunk 1.8 cm", "Right lower back",
              "Inflamed epidermoid cyst, simple closure"),
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - Marc Baptiste, MD     11/10/2025
Elmer Whitaker, 83 M

Cyst excision R lower back on 11/05/2025. Today he came in early, before his scheduled suture removal,
because his daughter noticed a tender scaly bump on his R ear over the weekend.
Exam: R helical rim - 6 mm tender keratotic papule on erythematous base.
Procedure: tangential (shave) biopsy R helix, AlCl, bandage. To path.
Back incision not examined today (dressing intact, no complaints) - suture removal visit next week as planned.

Signed M. Baptiste MD 11/10/2025

ADDENDUM 11/11/2025 - M. Baptiste MD (KRC query: related to the 11/05 surgery?)
The ear lesion is a new, unrelated problem at a different site. It has nothing to do with the back cyst
excision.

Pathology 11/13/2025: R helix - squamous cell carcinoma in situ, extending to the base.
""",
    "expected": E([L("11102", 1, "79")], ["global-period"]),
    "coder_note": "GS-5: unrelated procedure inside the 10-day global of 11402 -> 79 on the biopsy.",
})

SCENARIOS.append({
    "id": "s54-mixed-mohs-nose-plus-back-bx-xs",
    "family": "mixed", "shape": "note-only",
    "description": "Mohs nasal tip BCC 1 stage + tangential bx of a separate back lesion -> 17311 + 11102-XS",
    "date": "2025-08-14",
    "patient": ("Larkspur", "Vivian", "1950-06-06", "female"),
    "provider": "lindqvist", "payer": "medicare",
    "note_title": "Mohs Surgery Note",
    "note": """LAKESHORE MOHS & DERMATOLOGIC SURGERY
Erik Lindqvist, MD - surgeon and pathologist      08/14/2025
Vivian Larkspur, 75 F

Pre-op dx: nodular BCC, nasal tip (bx 07/22/2025, Riverside Dermatology).
Mohs: Stage I - 3 tissue blocks, margins clear after one stage.
Final defect 0.9 x 0.8 cm nasal tip. Allowed to heal by second intention (patient preference after
reviewing graft and flap options). Petrolatum, pressure dressing.

During pre-op exam she pointed out a new scaly pink spot on her L upper back (not previously evaluated,
never biopsied). Tangential (shave) biopsy L upper back performed, AlCl hemostasis, specimen sent in formalin
to outside dermpath.

Signed E. Lindqvist MD 08/14/2025

ADDENDUM 08/15/2025 - E. Lindqvist MD
For the billing office: the back biopsy is a separate lesion, on a different anatomic site from the Mohs
tumor. It was a routine permanent-section biopsy (not frozen, not part of the Mohs decision). No repair
was performed on the nose.

Outside path 08/19/2025: L upper back - superficial basal cell carcinoma.
""",
    "expected": E([L("17311"), L("11102", 1, "XS")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose 1 stage, 3 blocks -> 17311. BX-5: biopsy of a separate lesion is reportable; 17311/11102 "
                  "is PTP indicator 1 with the biopsy as column 2 -> XS. No repair (second intention).",
})

SCENARIOS.append({
    "id": "s54-photo-puva-no-conventional-failure-gz",
    "family": "phototherapy", "shape": "note-only",
    "description": "Medicare PUVA; addendum retracts 'failed topicals' (never tried), no ABN -> 96912-GZ",
    "date": "2025-03-18",
    "patient": ("Haverford", "Imogen", "1958-10-10", "female"),
    "provider": "nakamura", "payer": "medicare",
    "note_title": "Phototherapy Note",
    "note": """Riverside Dermatology - Phototherapy Unit
Supervising: Ren Nakamura, MD     03/18/2025
Imogen Haverford, 66 F - plaque psoriasis, ~6% BSA (elbows, knees, lower back).

PUVA session #2. Oral methoxsalen 0.4 mg/kg taken 1.5 h prior; UVA eye protection confirmed x 24 h.
UVA 2.0 J/cm2 full body. No erythema or itch from session 1.
Indication: psoriasis, failed topicals.

Signed R. Nakamura MD 03/18/2025

ADDENDUM 03/20/2025 - R. Nakamura MD (response to KRC query re: medical necessity)
Correction: "failed topicals" is a template phrase and is not accurate. Mrs. Haverford has not used topical
steroids, vitamin D analogues, tar or UVB - she declined them and asked to go straight to PUVA after reading
about it. Psoriasis is limited (~6% BSA) and not disabling. No ABN was presented or signed before the
sessions.
""",
    "expected": E([L("96912", 1, "GZ")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / NCD 250.1: PUVA is covered only for intractable disabling psoriasis after failed "
                  "conventional therapy; criteria unmet, Medicare FFS, no ABN -> GZ (COS-4, README example).",
})

SCENARIOS.append({
    "id": "s54-repair-two-extremity-wounds-both-layered",
    "family": "repair", "shape": "free-text",
    "description": "Repairs of 2 outside-Mohs defects (forearm 2.0 layered, leg 2.0 'interrupted'); addendum: both layered -> 12032",
    "date": "2025-07-31",
    "patient": ("Fenwick", "Clifford", "1946-12-12", "male"),
    "provider": "marchetti", "payer": "medicare-advantage",
    "conditions": [
        C("c1", "Squamous cell carcinoma, right forearm, s/p Mohs today", "C44.622", "Right dorsal forearm",
          reason=True),
        C("c2", "Squamous cell carcinoma, right lower leg, s/p Mohs today", "C44.722", "Right anterior lower leg",
          reason=True),
    ],
    "procedures": [
        P("Layered closure", site="Right dorsal forearm", reasons=["c1"],
          note="Defect 1.0 x 0.9 cm. Buried 4-0 Monocryl + 4-0 nylon. Length 2.0 cm."),
        P("Closure", site="Right anterior lower leg", reasons=["c2"],
          note="Defect 1.0 x 0.8 cm. 4-0 nylon interrupted. Length 2.0 cm."),
    ],
    "note_title": "Reconstruction Note",
    "note": """Luca Marchetti, MD - Reconstruction     07/31/2025
Clifford Fenwick, 78 M

Referred same day from Northside Mohs Center (Dr. Freund; separate group, Mohs billed there) after Mohs of two
SCCs: R dorsal forearm and R anterior lower leg. Both cleared.
1) R dorsal forearm: defect 1.0 x 0.9 cm into fat. Undermined, buried 4-0 Monocryl deep dermal, 4-0 nylon
   interrupted. Length 2.0 cm.
2) R anterior lower leg: defect 1.0 x 0.8 cm. Closed with 4-0 nylon interrupted. Length 2.0 cm.
Compression wrap on the leg. Elevation. Suture removal 14 days.

Signed L. Marchetti MD 07/31/2025

ADDENDUM 08/01/2025 - L. Marchetti MD (reply to coding query on the leg closure)
The leg wound was also closed in layers: buried 3-0 Monocryl deep dermal sutures were placed to take tension
off the shin before the 4-0 nylon. Both repairs were intermediate (layered), 2.0 cm each.
""",
    "expected": E([L("12032")], dx={"12032": ["C44.622"]}),
    "coder_note": "REP-1/REP-2: two intermediate repairs in the same group (extremities, 12031-12037) are summed: "
                  "2.0 + 2.0 = 4.0 cm -> 12032 x1.",
})

SCENARIOS.append({
    "id": "s54-exb-dermatofibroma-size-not-recorded",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of painful DF thigh; query response: lesion size/margins never recorded; layered 2.5 cm kept",
    "date": "2025-05-27",
    "patient": ("Sorensen", "Ingrid", "1980-08-17", "female"),
    "provider": "voss", "payer": "commercial-uhc",
    "conditions": [
        C("c1", "Dermatofibroma, left thigh, painful", "D23.72", "Left lateral thigh", reason=True),
    ],
    "procedures": [
        P("Excision of benign lesion", site="Left lateral thigh", reasons=["c1"],
          note="Painful firm papule, nicked repeatedly when shaving. Elliptical excision."),
        P("Intermediate layered closure", site="Left lateral thigh", reasons=["c1"],
          note="Buried 4-0 Vicryl + 5-0 nylon. Length 2.5 cm."),
    ],
    "note_title": "Excision Note",
    "note": """Aurelia Dermatology - Henrietta Voss, MD     05/27/2025
Ingrid Sorensen, 44 F

Painful firm bump L lateral thigh, bleeds when she nicks it shaving (3-4 times), tender to touch.
Exam: firm hyperpigmented papule with positive dimple sign, L lateral thigh.
Procedure: elliptical excision to subcutaneous fat. Layered closure with buried 4-0 Vicryl deep dermal and
5-0 nylon simple interrupted; length 2.5 cm. Specimen to path.

Signed H. Voss MD 05/27/2025

RESPONSE TO CODING QUERY (KRC #45377) - H. Voss MD - 05/30/2025
Q: Please document the lesion diameter and the margin used.
A: I did not record the lesion diameter or the margins at the time of surgery and cannot reconstruct them
reliably. The 2.5 cm in the note is the length of the closure. Pathology size should not be used.

Pathology 05/29/2025: Dermatofibroma (benign fibrous histiocytoma), excised.
""",
    "expected": E([L("12031")], ["missing-documentation"], {"12031": ["D23.72"]}),
    "coder_note": "README 'Coding decisions': no lesion size -> no excision line (missing-documentation); the separately "
                  "documented layered repair stays: 2.5 cm leg -> 12031.",
})

SCENARIOS.append({
    "id": "s54-mixed-melanoma-surveillance-em25-punch",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare hx melanoma: 99214 (FSE + seb derm Rx) + punch bx of a changing nevus; addendum: punch size",
    "date": "2025-10-23",
    "patient": ("Greenhalgh", "Tobias", "1954-01-08", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 32,
    "em": "99214",
    "note_title": "Melanoma Surveillance Visit",
    "note": """Riverside Dermatology - Adaeze Okafor, MD      10/23/2025
Tobias Greenhalgh, 71 M, established

Hx: melanoma R upper back (0.6 mm, WLE 2019, NED since); 6-month surveillance.
New: flaking, itchy red rash of the scalp, eyebrows and nasolabial folds x 2 months, not helped by OTC
dandruff shampoo.
Exam: full skin exam (scalp to toes) - well-healed WLE scar, no nodularity, no adenopathy (cervical,
axillary, inguinal). Multiple benign nevi. L lower back 7 mm nevus, darker with a new eccentric dark dot
compared with the 04/2025 photo. Greasy scale and erythema of the scalp, eyebrows, nasolabial folds.
A/P:
 1. Hx melanoma - NED on exam and nodal check; continue q6 months.
 2. Changing nevus L lower back - biopsy today.
 3. Seborrheic dermatitis - new: ketoconazole 2% shampoo and ketoconazole 2% cream BID (Rx),
    hydrocortisone 2.5% cream for flares.
Procedure: punch biopsy L lower back, 1 suture. To dermpath.

Signed A. Okafor MD 10/23/2025

ADDENDUM 10/24/2025 - A. Okafor MD: punch size was 4 mm, centred on the new dark dot (partial sample of the
7 mm nevus); closed with one 4-0 nylon simple suture. No layered closure.

Pathology 10/27/2025: L lower back - compound dysplastic nevus, mild atypia, margins clear.
""",
    "expected": E([L("99214", 1, "25"), L("11104")]),
    "coder_note": "GS-3: surveillance FSE + new seborrheic dermatitis with Rx are separately identifiable from the "
                  "biopsy decision -> 99214-25. Punch biopsy (simple closure included) -> 11104; the addendum adds "
                  "nothing that changes the code.",
})
