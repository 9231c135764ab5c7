"""Sealed set 29 (s29-): one practice, Harbor Point Dermatology, audited over a locum-tenens quarter.

Voices: (1) the locum-tenens dermatologist (Dr. Samuel Weiss, provider "weiss") who writes terse, abbreviation-heavy
notes - run-on single paragraphs, semicolon lists, "bx/sbx/pbx", "LN2 x6", "ED&C", "IL TAC 10", "f/u 3m";
(2) the medical scribe who writes long narrative notes for the permanent staff (Drs. Okonkwo, Castellanos,
Lindgren - Lindgren is the Mohs surgeon). Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md ("File format", "Coding decisions") only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

LOCUM = "Samuel Weiss MD (locum tenens)"

# =====================================================================================================================
# Batch 1
# =====================================================================================================================

SCENARIOS.append({
    "id": "s29-bx-two-sbx-one-pbx-locum",
    "family": "biopsy", "shape": "note-only",
    "description": "Locum run-on note: 2 tangential + 1 punch biopsy of three separate lesions; AK LN2 deferred, WLE hypothetical",
    "date": "2025-08-05",
    "patient": ("Ostrowski", "Teodor", "1949-02-17", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left shin", "C44.729", "Left shin", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left dorsal forearm", "D04.62", "Left dorsal forearm", reason=True),
        C("c3", "Basal cell carcinoma, superficial, right upper back", "C44.519", "Right upper back", reason=True),
        C("c4", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [
        {"text": "A. Skin, left shin, punch biopsy: squamous cell carcinoma, well differentiated, keratoacanthoma "
                 "type, extending to deep margin.", "site": "Left shin", "date": "2025-08-08"},
        {"text": "B. Skin, left dorsal forearm, shave biopsy: squamous cell carcinoma in situ.",
         "site": "Left dorsal forearm", "date": "2025-08-08"},
        {"text": "C. Skin, right upper back, shave biopsy: basal cell carcinoma, superficial type.",
         "site": "Right upper back", "date": "2025-08-08"},
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HARBOR POINT DERMATOLOGY - locum coverage
DOS 08/05/2025   Provider: Samuel Weiss MD (locum tenens)

76M hx SCC R hand '18 s/p ED&C, NED there, c/o 3 new spots x2-3m, L shin one grows fast + bleeds w/ shaving, no fevers, on ASA 81, NKDA; exam: (A) L shin 1.1cm firm pink nodule w/ central keratin plug r/o SCC vs KA, (B) L dorsal forearm 7mm scaly pink plaque r/o SCCIS, (C) R upper back 5mm pearly pink papule r/o BCC, also scattered gritty AKs forehead/temples - pt wants those LN2'd next visit not today (ride waiting); consent signed, risks incl scar/infxn/bleeding/need for further tx reviewed, lido 1% w/ epi; (A) pbx 4mm, 1 simple 4-0 nylon; (B) sbx DermaBlade, AlCl; (C) sbx DermaBlade, AlCl; 3 jars to path, labeled A-C; vaseline + bandaid, wound care sheet given; if (A) comes back SCC will need WLE vs Mohs - discussed, pt leaning WLE, decide after path; f/u 2 wk suture out + path review, AKs then.

S. Weiss MD
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["C44.729"]}),
    "coder_note": "BX-2: punch outranks tangential, so 11104 is the primary and each tangential biopsy takes 11103 "
                  "(x2). AK treatment deferred and the WLE is only a plan: neither is coded.",
})

SCENARIOS.append({
    "id": "s29-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Scribe note, two shave biopsies of pigmented lesions pre-coded with deleted 11100/11101",
    "date": "2025-08-12",
    "patient": ("Achterberg", "Lise", "1988-11-30", "female"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Dysplastic nevus, mild atypia, right upper arm", "D22.61", "Right upper arm", reason=True),
        C("c2", "Compound melanocytic nevus, left upper back", "D22.5", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Skin biopsy, single lesion", cpt="11100", site="Right upper arm, posterior",
          note="Tangential (shave) biopsy of 6 mm irregular brown macule with DermaBlade; aluminum chloride.",
          reasons=["c1"]),
        P("Skin biopsy, each additional lesion", cpt="11101", site="Left upper back",
          note="Tangential (shave) biopsy of 8 mm two-toned papule; aluminum chloride.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Right posterior upper arm, shave: dysplastic (atypical) compound nevus with mild cytologic atypia; "
                 "peripheral margin involved.", "site": "Right upper arm"},
        {"text": "Left upper back, shave: compound melanocytic nevus, no atypia.", "site": "Left upper back"},
    ],
    "note_title": "Dermatology Procedure Note (scribed)",
    "note": """Harbor Point Dermatology
Attending: Chidi Okonkwo, MD. Scribe: T. Marsh, CMS, documenting in the presence of the physician.

The patient is a 36-year-old woman who comes in today because her partner noticed that a mole on the back of her
right upper arm looked "different" over the summer, and because a spot on her left upper back has been catching on
her bra strap. She does not recall any bleeding from either lesion. There is no personal history of skin cancer.
Her mother had a melanoma removed from the calf in her fifties. She uses sunscreen inconsistently and had blistering
sunburns as a teenager.

On examination of the areas of concern, the right posterior upper arm shows a 6 mm irregularly bordered brown macule
with two shades of brown on dermoscopy and an atypical network at the periphery. The left upper back shows an 8 mm
two-toned brown papule with a globular pattern. Dr. Okonkwo explained that both are most likely moles but that
the arm lesion has enough irregularity that sampling is the safest course, and the back lesion was sampled at
the patient's request because it is changing in appearance and irritated.

Procedure: After verbal and written consent, both sites were cleansed with alcohol and anesthetized with 1%
lidocaine with epinephrine. A tangential (shave) biopsy was taken from each lesion using a DermaBlade.
Hemostasis was obtained with aluminum chloride. Petrolatum and adhesive bandages were applied. Two specimens were
sent to dermatopathology in separate containers.

Dr. Okonkwo discussed that if the arm lesion shows severe atypia a re-excision would be recommended, and that this
would be scheduled as a separate visit; nothing further was planned today. The patient was counseled on monthly
self-examination and daily broad-spectrum sunscreen.

Follow-up: results by portal in 7-10 days; full skin examination in 6 months.

Electronically signed: Chidi Okonkwo, MD
""",
    "expected": E([L("11102"), L("11103")], ["invalid-code"]),
    "coder_note": "11100/11101 were deleted 12/31/2018 (BX-1); two tangential biopsies -> 11102 + 11103. The "
                  "re-excision is conditional and not performed.",
})

SCENARIOS.append({
    "id": "s29-bx-incisional-punch-psoriasis-em25",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge bx shin nodule + punch bx scalp; separate psoriasis Rx management -> E/M-25",
    "date": "2025-08-19",
    "patient": ("Villanueva", "Marisol", "1991-04-08", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flaring", "L40.0", "Elbows, knees, lower back", reason=True),
        C("c2", "Tender subcutaneous nodule, left shin", "R22.42", "Left anterior shin", reason=True),
        C("c3", "Patchy scarring alopecia, vertex scalp", "L66.9", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Incisional (wedge) biopsy to subcutis, scalpel", site="Left anterior shin",
          note="Fusiform wedge through dermis into subcutaneous fat with #15 blade, including the deep fat lobules; "
               "closed with simple interrupted 4-0 nylon.", reasons=["c2"]),
        P("Punch biopsy 4 mm", site="Vertex scalp",
          note="4 mm punch at the active border of the patch, parallel to hair shafts; one simple 4-0 nylon suture.",
          reasons=["c3"]),
    ],
    "note_title": "Dermatology Visit (scribed)",
    "note": """HARBOR POINT DERMATOLOGY - Established patient visit
Physician: Ines Castellanos, MD. Scribe: R. Nguyen.

Ms. Villanueva is a 34-year-old woman with long-standing plaque psoriasis last seen four months ago on
clobetasol ointment alone. She reports a significant flare over the last six weeks after a strep throat, with new
plaques on the lower back and both knees, and itching that is keeping her up at night. She estimates about 8% body
surface area. She has not tolerated calcipotriene cream in the past due to stinging. She is not pregnant and uses an
IUD. Separately, she has had two tender red lumps on the left shin for three weeks and a patch of hair loss on the
crown for about two months that itches and burns.

Exam: well-demarcated erythematous plaques with silvery scale on the elbows, knees and lumbosacral area, BSA about
8%; no nail pitting; no joint swelling. Left anterior shin: two ill-defined tender erythematous subcutaneous nodules,
the larger 2.5 cm. Vertex scalp: a 3 cm patch of alopecia with loss of follicular ostia centrally and perifollicular
erythema and scale at the border.

Assessment and plan:
1. Psoriasis vulgaris, flaring after infection, inadequately controlled on topical monotherapy. Dr. Castellanos
   reviewed options including phototherapy, methotrexate and biologics. The patient prefers to avoid injections
   for now. Started calcipotriene/betamethasone dipropionate foam daily to plaques, continue clobetasol for the
   knees on weekends only, and ordered baseline CBC, CMP and hepatitis panel in case a systemic agent is needed
   at follow-up. Narrowband UVB was offered but she cannot attend three times a week; she declined.
2. Tender shin nodules - differential erythema nodosum versus other panniculitis; a deep wedge biopsy was
   recommended because a punch would not sample enough fat.
3. Scarring alopecia of the vertex - differential lichen planopilaris versus central centrifugal cicatricial
   alopecia; punch biopsy recommended.

Procedures (consent signed, 1% lidocaine with epinephrine): incisional wedge biopsy of the left shin nodule into
the subcutaneous fat, simple closure; 4 mm punch biopsy of the vertex scalp at the active edge, simple closure.
Both specimens sent to dermatopathology with a request for elastic stain on the scalp.

If the scalp biopsy confirms lichen planopilaris we will discuss hydroxychloroquine at the next visit.
Return in 2 weeks for suture removal and results, sooner if fever or joint pain.

Ines Castellanos, MD
""",
    "expected": E([L("99214", 1, "25"), L("11106"), L("11105")]),
    "coder_note": "BX-2: incisional outranks punch -> 11106 + 11105. The psoriasis flare with new prescription "
                  "management is significant and separate from the biopsy decisions -> E/M 25 (GS-3). "
                  "Hydroxychloroquine and NB-UVB are plans/declined, not coded.",
})

SCENARIOS.append({
    "id": "s29-dest-ak-seventeen-precoded-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 17 AKs pre-coded as 17000 + 17003 x16 -> 17004 x1; SKs not treated",
    "date": "2025-08-26",
    "patient": ("Brennan", "Cormac", "1944-07-21", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratoses, face, scalp and dorsal hands", "L57.0", "Face, scalp, dorsal hands", reason=True),
        C("c2", "Seborrheic keratoses, back", "L82.1", "Back"),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", cpt="17000", site="Forehead",
          note="LN2 cryotherapy.", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional lesion 2-14", cpt="17003",
          site="Face, scalp, dorsal hands", note="Billed 16 units.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum / S. Weiss MD / 08-26-2025
81M, hx multiple AKs, last LN2 > 1 yr ago, c/o rough spots catching on comb + hat.
Exam:
- face: gritty erythematous scaly papules x9 (forehead 4, L temple 2, R cheek 2, nasal dorsum 1)
- scalp (vertex/crown, bald): x5
- dorsal hands: R x2, L x1
- back: multiple stuck-on waxy brown papules c/w ISKs, asymptomatic, not treated (pt aware, cosmetic)
Dx: AKs, total 17.
Proc: LN2 cryo, 2 FTC each, all 17 AKs above. Pt tolerated, post-cryo care sheet.
Discussed field tx (5-FU) for scalp if recurrent - pt will think about it, no Rx today.
f/u 6m FSE.
S. Weiss MD
""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17003 x16 is also over its "
                  "MUE of 13). SKs not treated; 5-FU only discussed.",
})

SCENARIOS.append({
    "id": "s29-dest-warts-six-plantar-declined",
    "family": "destruction", "shape": "note-only",
    "description": "Locum semicolon list: LN2 to 6 common hand warts; plantar wart tx declined; candida IL only a plan",
    "date": "2025-09-02",
    "patient": ("Dube", "Tendai", "2007-01-15", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Verruca vulgaris, hands", "B07.8", "Right index finger, right thumb, left palm", reason=True),
        C("c2", "Plantar wart, left heel", "B07.0", "Left heel"),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD - S. Weiss MD (locum) - 09/02/2025
18M w/ mom, warts both hands x1y, spreading, painful when gripping bat, failed OTC SA x3m; also 1 plantar wart L heel, asymptomatic; exam: verrucous papules R index finger x2, R thumb x1, L palm x3 (6 total on hands), L heel 6mm plantar wart w/ pinpoint thrombosed caps; tx: LN2 2 FTC to all 6 hand warts, pared nothing; L heel - pt/mom declined tx today (soccer tryouts next wk), cont OTC SA + duct tape; if hands refractory after 2-3 rounds consider IL candida Ag - not today; f/u 4 wk.
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: benign destruction of 6 warts -> 17110 x1 (up to 14). Heel wart declined; candida antigen is "
                  "only a plan. Commercial payer, symptomatic warts.",
})

SCENARIOS.append({
    "id": "s29-dest-edc-sbcc-back-defect-size",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C biopsy-proven sBCC back: lesion 0.9 cm, final curettage defect 1.4 cm -> 17262",
    "date": "2025-09-04",
    "patient": ("Lindahl", "Gunnar", "1950-10-03", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left mid back", "C44.519", "Left mid back", reason=True),
    ],
    "procedures": [
        P("ED&C x3 cycles", site="L mid back",
          note="bx-proven sBCC (path 08/14). Pre-tx lesion 0.9 cm. Curette/desiccate x3 cycles. Final defect 1.4 cm. "
               "Vaseline, bandage.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-08-14", "11102", "Tangential biopsy", "Left mid back",
                    "Shave bx L mid back, path sBCC")],
    "note_title": "Procedure Note - Locum",
    "note": """Harbor Point Derm / locum S. Weiss MD / 09/04/2025
75M here for tx of bx-proven sBCC L mid back (sbx 08/14, path: BCC superficial type).
Options reviewed: ED&C vs exc vs topical imiquimod; pt chose ED&C (doesn't want stitches).
Consent. Lido 1% w/ epi.
Lesion pre-tx 0.9 cm pink scaly patch. Curettage + electrodesiccation x3 cycles.
Final defect 1.4 cm.
Hemostasis, vaseline, bandage. Wound care reviewed.
f/u 3m site check + FSE.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4 / BX-6: malignant destruction sized by the final curettage defect (1.4 cm), trunk -> 17262 "
                  "(not 17261 from the 0.9 cm lesion). The prior biopsy has a 000 global, no modifier needed.",
})

SCENARIOS.append({
    "id": "s29-em-screening-fse-only-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Scribed new-patient Medicare screening-only full-skin exam, no history, no complaint, nothing found -> GY",
    "date": "2025-09-09",
    "patient": ("Whitcombe", "Dorothy", "1959-05-26", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit (scribed)",
    "note": """Harbor Point Dermatology - New Patient
Physician: Chidi Okonkwo, MD. Scribe present: T. Marsh.

Chief complaint: "I just want a skin check."

History of present illness: Mrs. Whitcombe is a 66-year-old retired school librarian who scheduled a full-body
skin check because she turned 65 last year and a friend was recently diagnosed with a melanoma. She specifically
denies any new, changing, itchy, bleeding or painful spots and has no skin complaints of any kind today. She has no
personal history of skin cancer, no prior biopsies, and no family history of melanoma or other skin cancer. She is
not immunosuppressed. She grew up in Ohio and reports only occasional sunburns.

Medications: atorvastatin, vitamin D. Allergies: penicillin (rash).

Examination: a complete skin examination was performed including the scalp, face, ears, neck, chest, abdomen,
back, buttocks, arms, hands, nails, legs and feet, with dermoscopy of a few small moles on the back. No lesions
suspicious for malignancy were identified, and there were no findings requiring treatment, biopsy or follow-up.

Assessment: skin cancer screening examination in an asymptomatic patient without risk factors; normal examination.

Plan: Dr. Okonkwo reviewed the ABCDEs of melanoma and how to perform a monthly self-examination, and recommended
daily SPF 30+ sunscreen and a wide-brimmed hat for gardening. No prescriptions. She may return as needed or for a
repeat screening in 1-2 years at her preference. The patient was told that Medicare does not cover screening
skin examinations; no advance notice was signed.

Electronically signed by Chidi Okonkwo, MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README decision: Medicare screening-only full-skin exam with no history, complaint or finding "
                  "is statutorily excluded -> E/M with GY (no GX: no voluntary notice documented).",
})

SCENARIOS.append({
    "id": "s29-em-hx-melanoma-bx-declined-precoded",
    "family": "em", "shape": "pre-coded",
    "description": "Hx melanoma FSE (diagnostic, no GY); pre-coded 11102 procedure marked not-done because pt declined",
    "date": "2025-09-11",
    "patient": ("Kowalczyk", "Irena", "1952-12-02", "female"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", "Left upper back", reason=True),
        C("c2", "Pigmented lesion, right flank, changing per patient", None, "Right flank", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy, pigmented lesion", cpt="11102", site="Right flank", status="not-done",
          note="Offered; patient declined biopsy today. Baseline dermoscopic photo taken for comparison.",
          reasons=["c2"]),
    ],
    "note_title": "Progress Note - Locum",
    "note": """HPD / locum S Weiss MD / 9-11-25
73F hx MM L upper back 2016 (0.6mm, WLE, SLNB neg), NED since, q6m FSE. Today c/o R flank mole "darker?".
FSE head-to-toe incl scalp/nails/soles: L upper back scar well healed, no nodularity, no LAD (axillae/groin neg).
R flank 5mm brown macule, symmetric reticular network on derm, no blue-white veil; compared to 3/2025 photo - no
objective change. Rest: scattered benign nevi, solar lentigines.
A/P:
1. hx MM - NED on exam today.
2. R flank nevus, pt-perceived change - benign pattern on derm. Offered sbx for reassurance; pt DECLINED, prefers
   monitoring. Baseline derm photo taken. Recheck 3m, bx then if any change.
3. Sun protection reviewed.
f/u 3m.
""",
    "expected": E([L("99213")]),
    "coder_note": "The pre-coded biopsy was not performed (declined; Procedure status not-done): no 11102 line. Medicare "
                  "FSE with a melanoma history and a new complaint is diagnostic (DX-5) -> 99213 without GY.",
})

SCENARIOS.append({
    "id": "s29-exm-scc-shin-wle-layered-closure",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Scribed WLE of bx-proven SCC right shin 1.2 cm + 4 mm margins = 2.0 cm, layered closure 4.5 cm",
    "date": "2025-09-16",
    "patient": ("Hargreave", "Winifred", "1946-03-14", "female"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, right shin", "C44.722", "Right anterior shin",
          reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "path": [{"text": "Skin, right shin, excision: residual squamous cell carcinoma, well differentiated; all margins "
                      "free, closest 3 mm.", "site": "Right shin", "date": "2025-09-19"}],
    "note_title": "Operative Note (scribed)",
    "note": """HARBOR POINT DERMATOLOGY - EXCISION OPERATIVE NOTE
Surgeon: Chidi Okonkwo, MD. Documentation by scribe T. Marsh in the physician's presence.

Indication: Mrs. Hargreave is a 79-year-old woman with a biopsy-proven well-differentiated squamous cell carcinoma
of the right anterior shin (shave biopsy three weeks ago, margins involved). Her history includes a basal cell
carcinoma of the nose treated with Mohs surgery in 2020 without recurrence. She asked whether Mohs surgery would be
better for the leg; Dr. Okonkwo explained that for a primary, well-differentiated tumor of this size on the shin in
a patient who is not immunosuppressed, a standard excision with margins is appropriate, and she chose to proceed.

Consent obtained after discussion of bleeding, infection, scarring, wound dehiscence, recurrence and slow healing
on the lower leg. Time-out performed.

Procedure: The clinical lesion, a pink scaly plaque with the biopsy scar, measured 1.2 x 0.9 cm before excision.
It was outlined with a 4 mm margin on all sides and a fusiform ellipse was designed along relaxed skin tension
lines. After 1% lidocaine with epinephrine, the ellipse was excised to the subcutaneous fat and the specimen was
tagged at 12 o'clock and sent for permanent sections. Because of tension on the shin the wound was undermined
modestly and closed in layers with buried 4-0 Monocryl deep dermal sutures followed by 4-0 nylon simple
interrupted sutures. Final repair length 4.5 cm. Estimated blood loss minimal.

Post-op: compression dressing, leg elevation, no heavy exercise for two weeks. Acetaminophen for discomfort.
If margins are positive, re-excision will be discussed.
Follow-up: suture removal in 14 days.

Signed: Chidi Okonkwo, MD
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.722"]}),
    "coder_note": "EX-1: 1.2 cm + 2 x 0.4 cm = 2.0 cm on the leg -> 11602 (not the 4.5 cm ellipse). EX-5: layered "
                  "closure of the leg 4.5 cm -> 12032, separately reportable. Re-excision only conditional.",
})

SCENARIOS.append({
    "id": "s29-exb-pilar-cyst-scalp-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Locum excision of inflamed pilar cyst of scalp with no lesion/excision size; layered repair 2.8 cm documented",
    "date": "2025-09-18",
    "patient": ("Faulkner", "Abigail", "1979-06-09", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Pilar cyst, vertex scalp, inflamed and painful", "L72.11", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Excision cyst", site="vertex scalp",
          note="Painful, recurrently inflamed pilar cyst. Elliptical excision, cyst removed intact w/ sac. "
               "To path.", reasons=["c1"]),
        P("Layered closure", site="vertex scalp",
          note="4-0 Monocryl deep, 4-0 nylon running. Length 2.8 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Scalp, excision: pilar (trichilemmal) cyst with focal rupture and foreign-body reaction.",
              "site": "Vertex scalp"}],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum note, S Weiss MD, 09/18/2025
46F c/o tender scalp bump vertex, flared 3x this yr, drained once at urgent care, hurts w/ brushing; exam: firm mobile subQ cyst vertex scalp, mild erythema, tender; dx pilar cyst, inflamed/symptomatic; consent, lido 1% w/ epi, elliptical exc, cyst out intact incl sac, to path; layered closure 4-0 Monocryl deep / 4-0 nylon running, final length 2.8 cm; bacitracin, gauze, no hair wash 48h; sutures out 10-12d; pt asked about 2nd smaller bump occiput - not bothersome, leave alone.
""",
    "expected": E([L("12032")], ["missing-documentation"]),
    "coder_note": "README decision: no lesion or excised diameter documented -> no 11420-11426 line, "
                  "missing-documentation; the separately documented layered scalp repair 2.8 cm -> 12032 stays.",
})

# =====================================================================================================================
# Batch 2
# =====================================================================================================================

SCENARIOS.append({
    "id": "s29-exm-mis-cheek-reexcision-inside-global",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of melanoma in situ L cheek for positive margin 8 days after 11641; pre-coded without 58",
    "date": "2025-09-23",
    "patient": ("Albrecht", "Hannelore", "1955-08-19", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Melanoma in situ, left cheek, positive peripheral margin", "D03.39", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion face 1.1-2.0 cm", cpt="11642", site="Left cheek",
          note="Re-excision of MIS scar, 5 mm margins. Simple closure.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-09-15", "11641", "Excision malignant lesion, face", "Left cheek",
                    "Excision of MIS left cheek, 2 mm margins; path: MIS, lateral margin involved")],
    "path": [{"text": "Skin, left cheek, re-excision: scar with no residual melanoma in situ; margins free.",
              "site": "Left cheek", "date": "2025-09-26"}],
    "note_title": "Procedure Note (scribed)",
    "note": """Harbor Point Dermatology - Procedure Note
Physician: Chidi Okonkwo, MD; scribe T. Marsh.

Mrs. Albrecht returns eight days after excision of a melanoma in situ of the left cheek performed on 09/15/2025.
The final pathology from that excision showed melanoma in situ (lentigo maligna type) with involvement of the
lateral peripheral margin. Dr. Okonkwo had told her at the first visit that a second, wider excision would be
needed if any margin was involved, and she returns today for that planned re-excision. Her sutures from the first
procedure were removed at the start of today's visit as part of the same surgery.

Examination: healing linear scar on the left mid cheek; the residual scar and faint pigment at its lateral end
together measure 0.8 cm in greatest diameter.

Procedure: After consent and a time-out, the scar and pigment were outlined with 5 mm margins on all sides
(0.8 cm + 2 x 0.5 cm = 1.8 cm excised diameter) using Wood's lamp to check for subclinical pigment. Under 1%
lidocaine with epinephrine the area was excised to superficial fat. The specimen was oriented with a suture at
12 o'clock. The wound was closed with simple interrupted 5-0 polypropylene sutures in a single layer; no deep
sutures were needed because of the laxity of her cheek skin.

Plan: wound care reviewed; suture removal in 6 days; full skin examination every 6 months for 2 years.
Electronically signed by Chidi Okonkwo, MD
""",
    "expected": E([L("11642", 1, "58")], ["global-period"], dx={"11642": ["D03.39"]}),
    "coder_note": "EX-4 / GS-5: planned re-excision for a positive margin inside the 10-day global of 11641 -> 58. "
                  "Melanoma in situ takes malignant codes even though the re-excision specimen is clear; 0.8 + 2 x 0.5 "
                  "= 1.8 cm face -> 11642. Simple closure included.",
})

SCENARIOS.append({
    "id": "s29-exm-sccis-back-and-dysplastic-nevus-arm",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Two excisions same day: back lesion path SCCIS (malignant) + forearm changing nevus path dysplastic (benign)",
    "date": "2025-09-25",
    "patient": ("Pettersen", "Arvid", "1948-01-27", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left upper back", "D04.5", "Left upper back", reason=True),
        C("c2", "Dysplastic nevus, moderate atypia, right forearm", "D22.61", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision, scaly lesion L upper back", site="L upper back",
          note="Clinical dx r/o SCC. Lesion 0.9 cm. Margins 3 mm. Ellipse, simple closure 4-0 nylon.",
          reasons=["c1"]),
        P("Excision, pigmented lesion R forearm", site="R dorsal forearm",
          note="Changing irregular nevus r/o MM. Lesion 0.6 cm, 2 mm margins. Simple closure 5-0 nylon.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left upper back, excision: squamous cell carcinoma in situ (Bowen disease); margins clear.",
         "site": "Left upper back"},
        {"text": "B. Right dorsal forearm, excision: dysplastic compound nevus with moderate atypia; margins clear.",
         "site": "Right dorsal forearm"},
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum S Weiss MD 09/25/25
77M, 2 spots pt + wife worried about:
(A) L upper back scaly pink plaque 0.9cm, slow growing, crusts; r/o SCC vs SCCIS vs ISK
(B) R dorsal forearm 0.6cm brown macule, irregular border, darker x6m per wife; r/o MM vs DN
plan exc both today (pt declines bx-first approach, wants "one and done")
consent, lido 1% epi
(A) 3mm margins -> ellipse, simple closure 4-0 nylon
(B) 2mm margins -> ellipse, simple closure 5-0 nylon
both to path separately
f/u 10-14d sutures out + path. if (A) margins + -> re-exc; if (B) severe atypia -> re-exc; n/a today
""",
    "expected": E([L("11602"), L("11401")], dx={"11602": ["D04.5"], "11401": ["D22.61"]}),
    "coder_note": "EX-1/EX-3: A = 0.9 + 2 x 0.3 = 1.5 cm trunk, path SCCIS (D04 -> malignant) -> 11602; B = 0.6 + 2 x "
                  "0.2 = 1.0 cm arm, dysplastic nevus -> benign 11401 (changing nevus, diagnostic uncertainty, so "
                  "covered). No PTP edit between them; simple closures included.",
})

SCENARIOS.append({
    "id": "s29-mohs-right-helix-scc-six-blocks-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Scribed Mohs R helical rim SCC: stage 1 six blocks, stage 2 two blocks; complex repair of helical rim 2.2 cm",
    "date": "2025-10-01",
    "patient": ("Macaulay", "Fergus", "1943-09-09", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right helical rim", "C44.222", "Right helix", reason=True),
    ],
    "note_title": "Mohs Micrographic Surgery Report (scribed)",
    "note": """HARBOR POINT DERMATOLOGY - MOHS SURGERY UNIT
Mohs surgeon and pathologist: Astrid Lindgren, MD. Scribe: J. Okafor, documenting in real time.

Preoperative diagnosis: invasive squamous cell carcinoma, moderately differentiated, right helical rim,
biopsy-proven on 09/10/2025 in this office (Dr. Weiss). Postoperative diagnosis: same, margins cleared.

History: Mr. Macaulay is an 82-year-old retired fisherman with a tender, crusted, enlarging lesion on the rim of
his right ear. He takes apixaban for atrial fibrillation, which his cardiologist asked us not to interrupt. No
implanted devices. The ear is an AUC area H location and the tumor is primary; Mohs surgery is appropriate.

Consent and time-out completed. Local anesthesia with 1% lidocaine with epinephrine by ring block of the ear.

Stage I: the clinically visible tumor, 1.0 x 0.8 cm, was debulked by curettage and the first layer was excised
with a narrow margin. Because of the curvature of the helix the layer was divided into six tissue blocks, mapped
and color-coded. Dr. Lindgren read the frozen sections: tumor present at the deep margin over the cartilage in
blocks 3 and 4; blocks 1, 2, 5 and 6 clear.
Stage II: an additional layer was taken from the involved area including a thin sliver of perichondrium, processed
as two tissue blocks. All margins clear.
Totals: two stages; six blocks in stage I and two in stage II.

Repair: the final defect measured 1.9 x 1.1 cm involving the free margin of the helical rim with exposed
cartilage. Options discussed at the bedside included second-intention healing (poor cosmetic and functional
result on the rim), a wedge resection and a layered repair with rim realignment. A complex repair was performed:
the edges were debrided, the helical rim was realigned, and the wound was extensively undermined along the
posterior ear and closed in layers with 5-0 polyglactin and 6-0 nylon, with precise reapproximation of the
helical rim. Repair length 2.2 cm.

No specimens were sent for outside pathology. Estimated blood loss 10 mL despite anticoagulation.
Pressure dressing applied. Follow-up: suture removal in 1 week. He asked about a cartilage graft if the ear looks
notched later - only if needed, not planned.

Astrid Lindgren, MD
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13151")], dx={"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear (head) -> 17311 first stage, 17312 for stage II; stage I had 6 blocks -> 17315 x1 for "
                  "the block beyond 5. MOHS-7: complex repair involving the helical rim free margin, 2.2 cm -> 13151.",
})

SCENARIOS.append({
    "id": "s29-mohs-nasal-sidewall-precoded-path-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L nasal sidewall BCC (prior path) pre-coded with 88305 x2 and 88331 on Mohs layers -> removed",
    "date": "2025-10-02",
    "patient": ("Oyelaran", "Beatrice", "1962-02-11", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left nasal sidewall", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, head, first stage", cpt="17311", site="Left nasal sidewall",
          note="Stage 1: 3 tissue blocks; residual BCC at 6 o'clock.", reasons=["c1"]),
        P("Mohs, each additional stage", cpt="17312", site="Left nasal sidewall",
          note="Stage 2: 2 tissue blocks; clear.", reasons=["c1"]),
        P("Surgical pathology, level IV", cpt="88305", site="Left nasal sidewall",
          note="Stage 1 Mohs layer.", reasons=["c1"]),
        P("Surgical pathology, level IV", cpt="88305", site="Left nasal sidewall",
          note="Stage 2 Mohs layer.", reasons=["c1"]),
        P("Frozen section, first block", cpt="88331", site="Left nasal sidewall",
          note="Frozen sections of Mohs layers.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Harbor Point Dermatology - Mohs Unit
Surgeon/pathologist: Astrid Lindgren, MD

63F, bx-proven nodular BCC L nasal sidewall (tangential bx 09/08/2025 here, acc HP25-4471). Area H, primary.
Consent, time-out, 1% lido w/ epi.
Pre-op lesion 0.7 x 0.6 cm.
Stage 1: excised w/ 2 mm margin, 3 tissue blocks, frozen sections read by me - residual nodular BCC at 6:00.
Stage 2: 6:00 layer, 2 tissue blocks - clear.
All tissue processed as Mohs frozen sections in our lab and read by me. No separate diagnostic biopsy today, no
debulk specimen sent for permanent sections.
Final defect 1.2 x 1.0 cm. Discussed flap vs FTSG vs granulation; pt chose second intention (concave site).
Vaseline, pressure dressing. Wound check 1 wk.
A. Lindgren MD
""",
    "expected": E([L("17311"), L("17312")], ["ncci"], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-5: no separate pathology on the Mohs layers themselves; 17311/88305 and 17311/88331 are "
                  "indicator 1 but there is no distinct specimen (prior biopsy exists, no debulk sent) -> 88305 and "
                  "88331 removed. No repair (second intention).",
})

SCENARIOS.append({
    "id": "s29-mohs-pretibial-infiltrative-bcc-three-stages",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs R pretibial infiltrative BCC: 3 stages (4/3/1 blocks) -> 17313 + 17314 x2, layered repair 8.0 cm",
    "date": "2025-10-07",
    "patient": ("Gallagher", "Rosaleen", "1940-12-24", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, right pretibial leg", "C44.712", "Right pretibial leg",
          reason=True),
    ],
    "procedures": [
        P("Mohs stage I", site="Right pretibial leg",
          note="Infiltrative BCC 1.6 cm, bx 09/2025. 4 tissue blocks. Tumor at 2 and 3 o'clock.", reasons=["c1"]),
        P("Mohs stage II", site="Right pretibial leg", note="3 tissue blocks, 1-4 o'clock. Tumor deep at 3.",
          reasons=["c1"]),
        P("Mohs stage III", site="Right pretibial leg", note="1 tissue block. Clear.", reasons=["c1"]),
        P("Layered closure", site="Right pretibial leg",
          note="Defect 2.9 x 2.1 cm. Undermined, 3-0 Monocryl deep dermal, 4-0 nylon. Repair length 8.0 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Harbor Point Dermatology - Mohs Unit - A. Lindgren MD (surgeon and pathologist)
84F, R pretibial infiltrative BCC (bx 09/16/2025: BCC, infiltrative pattern), 1.6 cm clinically, ill-defined.
AUC: pretibial = area M; aggressive (infiltrative) histology -> appropriate.
Stage I 4 blocks (+ at 2 and 3 o'clock); stage II 3 blocks (+ deep at 3); stage III 1 block, clear.
Final defect 2.9 x 2.1 cm.
Layered closure after undermining; 3-0 Monocryl / 4-0 nylon; length 8.0 cm. Graft considered, not needed.
Compression, elevation. Sutures out 14 d.
""",
    "expected": E([L("17313"), L("17314", 2), L("12034")], dx={"17313": ["C44.712"]}),
    "coder_note": "MOHS-2: leg -> 17313 + 17314 x2 (no stage over 5 blocks). Appropriate per AUC (aggressive histology), "
                  "no GA. MOHS-7: intermediate repair of the leg 8.0 cm -> 12034.",
})

SCENARIOS.append({
    "id": "s29-id-abscess-upper-back-locum",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Locum terse: simple I&D of a single upper-back abscess, packed; future cyst excision only a plan",
    "date": "2025-10-09",
    "patient": ("Tillman", "Dwayne", "1983-05-05", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of upper back", "L02.212", "Upper back", reason=True),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD / S Weiss MD locum / 10-09-2025
42M c/o painful swelling upper back x5d, was a "cyst" there for yrs, now red/hot, no fevers, not diabetic.
exam: 3cm fluctuant tender erythematous nodule upper back midline, 5cm surrounding erythema, no streaking.
dx: abscess (likely ruptured EIC).
proc: consent; lido 1% w/ epi field block; #11 blade stab incision, ~4 mL purulent material expressed, loculations broken w/ hemostat, irrigated NS, packed 1/4" iodoform, gauze.
cx sent. doxy 100 bid x7d.
plan: packing out 48h (RN visit); once quiet consider formal exc of cyst wall - not today, pt will call.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.212"]}),
    "coder_note": "Single abscess, simple I&D with packing -> 10060. Future cyst excision is only a plan.",
})

SCENARIOS.append({
    "id": "s29-id-hs-bilateral-axillae-precoded-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "I&D of two HS abscesses (both axillae) pre-coded 10060 x2 -> 10061 x1; separate HS Rx management E/M-25",
    "date": "2025-10-14",
    "patient": ("Okafor-Lowe", "Simone", "1996-09-17", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II, axillae and groin", "L73.2", "Bilateral axillae",
          reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", cpt="10060", site="Right axilla",
          note="2.5 cm fluctuant abscess; incised, drained, packed.", reasons=["c1"]),
        P("Incision and drainage of abscess", cpt="10060", site="Left axilla",
          note="2 cm fluctuant abscess; incised, drained, packed.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Visit (scribed)",
    "note": """HARBOR POINT DERMATOLOGY
Physician: Ines Castellanos, MD. Scribe: R. Nguyen.

Ms. Okafor-Lowe is a 29-year-old woman with hidradenitis suppurativa diagnosed two years ago, involving both
axillae and the inguinal folds. She has been using clindamycin lotion and benzoyl peroxide wash. She reports four
to five painful flares per month over the past quarter, missed three days of work, and now has two very painful
swollen lumps, one in each armpit, for four days. She smokes half a pack per day. BMI 33.

Exam: right axilla with a 2.5 cm fluctuant tender abscess; left axilla with a 2 cm fluctuant abscess; both
axillae with double-ended comedones and two sinus tracts; inguinal folds with inflammatory nodules and scarring.
Hurley stage II disease.

Assessment and plan:
1. Hidradenitis suppurativa, Hurley II, uncontrolled on topical therapy. Dr. Castellanos discussed the disease
   course, smoking cessation and weight management, and started doxycycline 100 mg twice daily for 12 weeks.
   She reviewed adalimumab as the next step if there is not a meaningful response, and the patient would like to
   start the prior authorization process now; baseline QuantiFERON and hepatitis B serologies were ordered.
   Deroofing of the sinus tracts was discussed as a future option but is not being done today.
2. Two acute abscesses, right and left axilla: after consent and local anesthesia with 1% lidocaine with
   epinephrine, each abscess was incised, purulent material drained, loculations broken up, irrigated and packed
   with plain gauze. Cultures were not sent.

Follow-up: packing removal in 2 days with nursing; physician visit in 6 weeks.
Ines Castellanos, MD
""",
    "expected": E([L("99214", 1, "25"), L("10061")], ["coding-correction"]),
    "coder_note": "Two abscesses drained at one session -> 10061 (multiple) x1, not 10060 x2 (MUE 1). Chronic HS "
                  "management with new prescription and biologic work-up is separate from the I&D -> E/M 25. "
                  "Deroofing only discussed.",
})

SCENARIOS.append({
    "id": "s29-il-tac-three-keloids-chest",
    "family": "intralesional", "shape": "note-only",
    "description": "Locum bullets: IL TAC 10 mg/mL to 3 presternal keloids, 1.2 mL total = 12 mg -> 11900 + J3301 x2",
    "date": "2025-10-16",
    "patient": ("Asante", "Kwabena", "1990-03-30", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Keloids, presternal chest, pruritic and painful", "L91.0", "Presternal chest", reason=True),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum - S. Weiss MD - 10/16/2025
- 35M, keloids presternal chest after acne, itchy/painful, rubs on seatbelt; last IL 6 wk ago (Dr C), ~30% flatter
- exam: 3 firm pink keloids presternal: 2.5 cm, 1.8 cm, 1.2 cm
- IL TAC 10 (10 mg/mL): 0.5 mL / 0.4 mL / 0.3 mL = 1.2 mL total (12 mg), 30g needle
- tol well, no blanching beyond lesions
- discussed cryo + IL combo / 5-FU IL next time if plateau - not today
- silicone gel sheeting OTC
- f/u 6 wk repeat IL
""",
    "expected": E([L("11900"), L("J3301", 2)], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions -> 11900 (up to 7). Triamcinolone acetonide 12 mg -> J3301 x2 (per 10 mg, rounded up). "
                  "Cryo/5-FU only future options.",
})

SCENARIOS.append({
    "id": "s29-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "IL TAC 5 mg/mL to 9 alopecia areata patches, 4.0 mL = 20 mg -> 11901 + J3301 x2",
    "date": "2025-10-21",
    "patient": ("Rinaldi", "Giulia", "1957-07-07", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, multifocal, scalp", "L63.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("IL TAC injection alopecia areata", site="scalp - occiput x3, vertex x2, L parietal x2, R parietal x2",
          note="TAC diluted to 5 mg/mL. 9 patches injected, ~0.1 mL per site q1cm. Total volume 4.0 mL. 30g.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum S Weiss MD 10/21/2025
68F AA x4m, 9 patches now (was 5), no nail pitting, TSH nl per PCP 8/2025.
exam: smooth nonscarring patches, exclamation hairs at margins: occiput x3, vertex x2, L parietal x2, R parietal x2.
IL TAC 5 mg/mL to all 9 patches, total 4.0 mL (= 20 mg). tol well.
discussed JAK inhibitor if extensive/refractory - pt not interested now. no Rx.
f/u 6 wk repeat IL.
""",
    "expected": E([L("11901"), L("J3301", 2)]),
    "coder_note": "9 lesions injected -> 11901 (more than 7). 4.0 mL x 5 mg/mL = 20 mg -> J3301 x2.",
})

SCENARIOS.append({
    "id": "s29-il-acne-cysts-eight-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "IL TAC 2.5 mg/mL to 8 acne cysts pre-coded 11900 -> 11901; 2 mg -> J3301 x1",
    "date": "2025-10-23",
    "patient": ("Morales", "Dante", "2004-10-12", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Nodulocystic acne, face and upper back", "L70.0", "Face, upper back", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Face and upper back",
          note="TAC 2.5 mg/mL into inflamed cysts.", reasons=["c1"]),
        P("Triamcinolone acetonide injection", cpt="J3301", site="Face and upper back", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD / locum S. Weiss MD / 10-23-25
21M nodulocystic acne, on doxy + adapalene per Dr Castellanos, isotretinoin iPLEDGE pending (not started, not
today). Walk-in for painful inflamed cysts before a wedding Sat.
Exam: tender fluctuant inflamed cysts: L jaw x2, R cheek x2, chin x1, upper back x3 = 8.
IL TAC 2.5 mg/mL, 0.1 mL each x8 = 0.8 mL (2 mg). No other changes to regimen today.
Warned re atrophy/hypopigmentation. f/u as sched w/ Dr C.
""",
    "expected": E([L("11901"), L("J3301")], ["coding-correction"]),
    "coder_note": "8 lesions injected -> 11901, not 11900 (README: 11900 for 8 lesions is a coding-correction). "
                  "2 mg triamcinolone -> J3301 x1. Isotretinoin pending, no E/M selected.",
})

# =====================================================================================================================
# Batch 3
# =====================================================================================================================

SCENARIOS.append({
    "id": "s29-nails-avulsion-left-great-and-second-toe",
    "family": "nails", "shape": "note-only",
    "description": "Scribed: avulsion of L great toenail and L second toenail -> 11730-TA + 11732-T1",
    "date": "2025-10-28",
    "patient": ("Haverford", "Clement", "1951-04-04", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail with paronychia, left great toe", "L60.0", "Left great toe", reason=True),
        C("c2", "Traumatic nail dystrophy with onycholysis, left second toe", "L60.3", "Left second toe",
          reason=True),
    ],
    "note_title": "Procedure Note (scribed)",
    "note": """Harbor Point Dermatology - Procedure Note
Physician: Chidi Okonkwo, MD. Scribe: T. Marsh.

Mr. Haverford is a 74-year-old man with three weeks of pain, redness and drainage along the lateral fold of the
left great toenail despite warm soaks and a course of cephalexin from urgent care. He also has a thickened,
lifting, painful nail on the left second toe that was crushed when he dropped a paving stone on it in the spring;
that nail catches on his sock and is half detached. He is not diabetic and has palpable pedal pulses.

Examination: left great toe with lateral nail fold erythema, granulation tissue and a spicule of nail embedded in
the fold; the entire nail plate is loose proximally. Left second toe with a dystrophic, onycholytic nail plate
detached over about 60 percent of the bed, tender to pressure. The right foot nails are normal.

Procedure: after consent, a digital block of the left great toe and the left second toe was performed with 2%
plain lidocaine and a tourniquet applied. The entire nail plate of the left great toe was elevated with a
freer elevator and removed. The nail plate of the left second toe was likewise completely avulsed. No matrix
destruction was performed on either toe; the patient wants to see whether the nails grow back normally.
Hemostasis with pressure; petrolatum gauze and a bulky dressing were applied.

Plan: soaks twice daily starting tomorrow, open-toe shoe, return in 2 weeks. If the great toe ingrows again, a
chemical matricectomy can be considered at that time.

Electronically signed: Chidi Okonkwo, MD
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], dx={"11730": ["L60.0"]}),
    "coder_note": "Two nails avulsed: 11730 for the first, 11732 for the additional nail, with digit modifiers TA "
                  "(left great toe) and T1 (left second toe). Matricectomy only a future option.",
})

SCENARIOS.append({
    "id": "s29-nails-partial-matricectomy-precoded-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "R great toe partial nail avulsion + phenol matricectomy pre-coded 11730 + 11750 -> 11750-T5 only",
    "date": "2025-10-30",
    "patient": ("Nwosu", "Chiamaka", "2001-08-23", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Recurrent ingrowing toenail, right great toe, medial border", "L60.0", "Right great toe",
          reason=True),
    ],
    "procedures": [
        P("Nail avulsion, partial", cpt="11730", site="Right great toe, medial border",
          note="Medial 1/4 of nail plate removed.", reasons=["c1"]),
        P("Excision of nail matrix, partial, chemical (phenol)", cpt="11750", site="Right great toe, medial border",
          note="88% phenol x3 applications of 30 s to medial matrix horn.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum - S Weiss MD - 10/30/2025
24F recurrent ingrown R great toe medial border, 3rd episode this yr, failed cotton wicking/soaks x2, wants permanent fix. No DM.
Exam: medial fold erythema + hypergranulation R hallux, no abscess.
Proc: consent, digital block 2% plain lido, tourniquet; medial 1/4 of nail plate split + avulsed; 88% phenol to medial matrix x3 (30s each), flushed w/ alcohol; tourniquet off, cap refill nl; silvadene + dressing.
No other nails treated. f/u 2 wk.
""",
    "expected": E([L("11750", 1, "T5")], ["ncci"]),
    "coder_note": "Permanent partial matrix removal includes avulsion of the same nail: 11750/11730 indicator 1 with no "
                  "distinct nail -> 11730 removed. Digit documented (right great toe) -> T5 on 11750.",
})

SCENARIOS.append({
    "id": "s29-nails-debridement-seven-mycotic-toenails",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of 7 thick mycotic toenails -> 11721; oral terbinafine and nail clipping only discussed",
    "date": "2025-11-04",
    "patient": ("Sorensen", "Ingrid", "1963-01-19", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis, toenails, painful", "B35.1", "Bilateral toenails", reason=True),
    ],
    "procedures": [
        P("Nail debridement, mycotic nails", site="R hallux, R 2nd, R 3rd, L hallux, L 2nd, L 3rd, L 4th",
          note="Thick yellow dystrophic nails, painful in shoes. Debrided w/ nippers + rotary burr, 7 nails total.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD / locum S Weiss MD / 11-04-2025
62F painful thick toenails, can't wear work shoes, KOH + 8/2025 (Dr C).
nails: R hallux, R 2nd, R 3rd; L hallux, L 2nd, L 3rd, L 4th - thick, yellow, subungual debris, tender. R 4th/5th + L 5th nl.
debrided 7 nails (nippers + burr), no bleeding.
terbinafine discussed - pt declined oral tx / LFTs for now; efinaconazole too $$. nail clip for PAS if she changes mind - deferred.
f/u 10-12 wk.
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "6 or more nails debrided -> 11721 x1 (count 7). No digit modifiers on 11720/11721 (conventions). "
                  "Terbinafine/clipping declined.",
})

SCENARIOS.append({
    "id": "s29-paring-three-forefoot-calluses",
    "family": "paring", "shape": "note-only",
    "description": "Locum: paring of three plantar hyperkeratotic lesions -> 11056; orthotics referral only",
    "date": "2025-11-06",
    "patient": ("Delacroix", "Yvette", "1970-11-02", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Painful calluses and corn, plantar forefoot", "L84", "Right plantar forefoot, left 5th toe",
          reason=True),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum S. Weiss MD 11/06/25 - 55F nurse, 12h shifts, painful hard skin balls of feet; exam: R plantar 2nd MTH callus 1.5cm, R plantar 4th MTH callus 1cm, L 5th toe lateral hard corn 4mm w/ central core; no pinpoint bleeding on paring (not warts); pared x3 w/ #15 blade, tol well; pads + urea 40% cream OTC; podiatry referral for custom orthotics offered - pt will think about it; f/u prn.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 3 benign hyperkeratotic lesions -> 11056 (2-4). Commercial payer; orthotics referral not a "
                  "service.",
})

SCENARIOS.append({
    "id": "s29-paring-callus-plus-plantar-warts-precoded",
    "family": "paring", "shape": "pre-coded",
    "description": "Pre-coded 11055 (L heel callus) + 17110 (2 plantar warts R foot) without XS -> 17110-XS",
    "date": "2025-11-11",
    "patient": ("Kaur", "Harleen", "1986-06-14", "female"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 15,
    "conditions": [
        C("c1", "Callus, left heel, painful fissuring", "L84", "Left heel", reason=True),
        C("c2", "Plantar warts, right forefoot", "B07.0", "Right forefoot", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesion, single", cpt="11055", site="Left heel",
          note="Painful fissured callus pared.", reasons=["c1"]),
        P("Destruction benign lesions up to 14", cpt="17110", site="Right forefoot",
          note="2 plantar warts pared and LN2.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum / S Weiss MD / 11-11-2025
39F; (1) L heel thick fissured callus, painful, cracks bleed; (2) 2 plantar warts R forefoot (sub 1st MTH, sub 3rd MTH) painful walking, pinpoint black dots.
- L heel callus pared w/ #15 blade, urea cream.
- R forefoot warts x2: debulked/pared then LN2 2 FTC each.
- different feet, different lesions.
- offered Rx 5-FU cream under occlusion if warts persist - no Rx today.
f/u 4 wk for warts.
""",
    "expected": E([L("11055"), L("17110", 1, "XS")]),
    "coder_note": "11055/17110 is PTP indicator 1 with 17110 as column 2; the callus (L heel) and warts (R forefoot) "
                  "are distinct lesions/sites -> XS on 17110. Paring of the warts is part of their destruction.",
})

SCENARIOS.append({
    "id": "s29-patch-test-eighty-allergens-new-pt-em25",
    "family": "patch-test", "shape": "free-text",
    "description": "New-patient hand dermatitis eval with Rx management + application of 80 patch tests -> 99204-25 + 95044 x80",
    "date": "2025-11-13",
    "patient": ("Lindquist", "Marta", "1977-02-28", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis, suspected allergic contact", "L30.9", "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("Patch test application - comprehensive baseline series (70) + hairdresser supplement (10)",
          site="Upper back", note="80 allergens applied in Finn chambers on Scanpor. Readings at 48 h and 96 h.",
          reasons=["c1"]),
    ],
    "note_title": "New Patient Consultation (scribed)",
    "note": """HARBOR POINT DERMATOLOGY - NEW PATIENT
Physician: Ines Castellanos, MD. Scribe: R. Nguyen.

Ms. Lindquist is a 48-year-old hairdresser referred by her primary care physician for hand dermatitis of eighteen
months' duration. It began on the fingertips and the backs of the hands and now involves the palms and wrists. It
improves when she is on vacation and worsens within days of returning to work, where she handles permanent-wave
solutions, hair dyes and nitrile and latex gloves. She has used triamcinolone 0.1% cream from her primary care
physician with partial benefit. She has a childhood history of eczema and hay fever. No new medications.

Examination: lichenified, fissured erythematous plaques on the dorsal fingers and hands with vesicles along the
lateral fingers and scaling of the palms; the wrists show ill-defined eczematous patches. No nail pitting. The
face, eyelids and neck are clear. Remaining skin examination unremarkable.

Assessment: chronic hand dermatitis; differential includes allergic contact dermatitis to hair-dye or rubber
accelerators, irritant contact dermatitis and atopic hand dermatitis.

Plan:
1. Dr. Castellanos prescribed clobetasol 0.05% ointment twice daily to the hands for two weeks (avoiding the
   upper back where patches are placed), then tacrolimus 0.1% ointment for maintenance, and gave written
   instructions on glove use (vinyl inside cotton liners), soap substitutes and a bland emollient.
2. Comprehensive patch testing was performed today: 70 allergens in the baseline series plus 10 allergens in the
   hairdressing supplement, 80 allergens total, applied to the upper back. She will return for readings at 48
   and 96 hours. She must not use topical steroid on the back or take prednisone meanwhile.
3. If patch tests are negative and she does not improve, a short course of oral therapy or phototherapy may be
   discussed - not started.

Ines Castellanos, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = allergens applied (80, under MUE 90). New-patient evaluation with prescription "
                  "management is separately identifiable from the test application; 95044/99204 is indicator 1 -> "
                  "25 on the E/M.",
})

SCENARIOS.append({
    "id": "s29-patch-test-forty-six-application-only",
    "family": "patch-test", "shape": "note-only",
    "description": "Locum bullets: application of 36 + 10 = 46 patch tests, no E/M; readings are later visits",
    "date": "2025-11-18",
    "patient": ("Fairweather", "Helena", "1954-09-15", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Eyelid dermatitis, suspected allergic contact dermatitis", "L30.9", "Bilateral eyelids",
          reason=True),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD / S. Weiss MD (locum) / 11/18/2025
Patch test APPLICATION visit (eval + plan done by Dr Castellanos 10/28).
- 71F eyelid derm x8m, r/o ACD (cosmetics / nail polish / fragrance)
- off topical steroids to back x2 wk, no prednisone, no antihistamine issue
- applied: standard series 36 allergens + cosmetic/fragrance supplement 10 allergens = 46 total, upper back, IQ chambers
- map + photo in chart
- instructed: keep dry, no exercise/sweat, return Thu (48h read) + Sat (96h read)
- no other problems addressed today
""",
    "expected": E([L("95044", 46)]),
    "coder_note": "95044 x46 (one unit per allergen applied). No E/M selected; reading visits are separate dates.",
})

SCENARIOS.append({
    "id": "s29-photo-nbuvb-session-psoriasis",
    "family": "phototherapy", "shape": "note-only",
    "description": "Locum photo-unit note: NB-UVB session #14 for psoriasis -> 96900; excimer only discussed",
    "date": "2025-11-20",
    "patient": ("Baptiste", "Rolande", "1961-12-05", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 12% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """HPD PHOTOTHERAPY UNIT - supervising: S Weiss MD (locum)
DOS 11/20/2025. Tx #14 of course. NB-UVB (311 nm) full-body cabinet.
Dx: plaque psoriasis, BSA 12% at start -> ~7% today. No burn/erythema from last tx.
Dose today 820 mJ/cm2 (+10%). Goggles on, face shielded, genital shield.
Tol well.
Pt asks about excimer for stubborn palm plaques - will discuss w/ Dr Okonkwo, not today.
Next tx Mon.
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "NB-UVB (actinotherapy) one session -> 96900 x1. Excimer only discussed; no E/M.",
})

SCENARIOS.append({
    "id": "s29-photo-puva-no-failed-therapy-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "Medicare FFS PUVA for mild psoriasis without failed conventional therapy, ABN signed -> 96912-GA",
    "date": "2025-11-25",
    "patient": ("Eriksen", "Bodil", "1956-05-31", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 6% BSA", "L40.0", "Elbows, knees, shins", reason=True),
    ],
    "procedures": [
        P("PUVA treatment, oral methoxsalen + UVA", site="Full body",
          note="Methoxsalen 0.6 mg/kg 90 min prior; UVA 1.5 J/cm2. Treatment #1. ABN (CMS-R-131) signed before "
               "treatment.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Note (scribed)",
    "note": """Harbor Point Dermatology - Phototherapy
Physician: Chidi Okonkwo, MD. Scribe: T. Marsh.

Mrs. Eriksen is a 69-year-old woman with plaque psoriasis of the elbows, knees and shins, about 6 percent of her
body surface area. Her only prior treatment has been over-the-counter hydrocortisone. She had PUVA in Denmark
many years ago for a different flare and remembers that it worked well, and she specifically requested PUVA today
rather than topical prescription therapy or narrowband UVB.

Dr. Okonkwo explained that under Medicare's psoriasis coverage policy, PUVA is covered only for severe,
intractable, disabling psoriasis after conventional therapy has failed, and that her psoriasis is limited and
has not been treated with conventional therapy, so Medicare is expected to deny the PUVA. An Advance Beneficiary
Notice of Noncoverage was reviewed and signed by the patient before treatment, choosing option 1.

Today: methoxsalen 0.6 mg/kg orally 90 minutes before exposure; UVA 1.5 J/cm2 (skin type II); UVA-protective
eyewear given for 24 hours. Treatment #1 tolerated without erythema.

A prescription for calcipotriene/betamethasone ointment was offered as an alternative; the patient declined.
Next treatment in 2-3 days.

Chidi Okonkwo, MD
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / COS-4: PUVA without failure of conventional therapy does not meet NCD 250.1; Medicare FFS "
                  "with an ABN signed before the service -> GA (README GA/GZ decision).",
})

SCENARIOS.append({
    "id": "s29-photo-excimer-precoded-wrong-area-band",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to 4 psoriasis plaques totalling 320 sq cm pre-coded 96920 -> 96921",
    "date": "2025-12-02",
    "patient": ("Castellano", "Renzo", "1982-03-18", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment, psoriasis, <250 sq cm", cpt="96920", site="Bilateral elbows and knees",
          note="308 nm excimer. Session 6.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """HPD photo unit / S Weiss MD locum / 12-02-2025
43M localized plaque psoriasis, failed clobetasol + calcipotriene x4m. Excimer session #6.
Areas treated (measured today):
  R elbow 60 sq cm; L elbow 55 sq cm; R knee 110 sq cm; L knee 95 sq cm
  total treated area 320 sq cm
Dose 400 mJ/cm2 (+15%), mild pinkness after #5, no blistering. Tol well.
Next session in 3 d. Discussed biologic if not clear after 12 sessions - pt not interested yet.
""",
    "expected": E([L("96921")], ["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded by total area treated: 60 + 55 + 110 + 95 = 320 sq cm -> 96921 (250-500), one "
                  "code per session.",
})

# =====================================================================================================================
# Batch 4
# =====================================================================================================================

SCENARIOS.append({
    "id": "s29-postop-suture-removal-em-selected-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Locum: suture removal 9 days after 11602 (010 global), provider selected 99212 -> 99024",
    "date": "2025-12-04",
    "patient": ("Ambrose", "Leopold", "1947-10-10", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Aftercare following excision of SCC, right upper back", "Z48.817", "Right upper back",
          reason=True),
    ],
    "prior": [PRIOR("2025-11-25", "11602", "Excision malignant lesion, trunk", "Right upper back",
                    "Excision SCC R upper back, excised diameter 1.6 cm, simple closure")],
    "note_title": "Progress Note - Locum",
    "note": """HPD / locum S. Weiss MD / 12-04-2025
78M s/p exc SCC R upper back 11/25 (Dr Okonkwo), path SCC well diff, margins clear (reviewed w/ pt).
Here for suture removal only. No pain, no drainage, no fever.
Wound: well approximated, no erythema/dehiscence. 7 nylon sutures removed, steri-strips applied.
Pt mentions "spot on my ear" - looked briefly, says it's been there for years, no change, doesn't want it
addressed today; will bring it up at FSE in 3m. Nothing else addressed.
f/u 3m FSE as scheduled.
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5: routine post-op visit inside the 10-day global of 11602 (11/25 + 10 days) -> 99024, no "
                  "billable E/M. The ear spot was not evaluated or managed, so no separate E/M-24.",
})

SCENARIOS.append({
    "id": "s29-postop-unrelated-plant-dermatitis-em24",
    "family": "post-op", "shape": "free-text",
    "description": "Within 90-day global of cheek flap: flap check + new poison-ivy dermatitis managed with Rx -> 99213-24",
    "date": "2025-12-09",
    "patient": ("Thibodeaux", "Arlette", "1952-07-14", "female"),
    "provider": "okonkwo", "payer": "medicare-advantage-ppo", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to poison ivy, forearms", "L23.7", "Bilateral forearms",
          reason=True),
        C("c2", "Status post rotation flap, left cheek", "Z48.817", "Left cheek"),
    ],
    "procedures": [
        P("Post-operative check, rotation flap", site="Left cheek",
          note="Flap viable, well healed, mild pincushioning; massage advised. No intervention."),
    ],
    "prior": [PRIOR("2025-11-06", "14040", "Adjacent tissue transfer, cheek", "Left cheek",
                    "Excision BCC L cheek with rotation flap, 8.5 sq cm")],
    "note_title": "Progress Note (scribed)",
    "note": """Harbor Point Dermatology - Established Patient
Physician: Chidi Okonkwo, MD. Scribe: T. Marsh.

Mrs. Thibodeaux returns one month after excision of a basal cell carcinoma of the left cheek with a rotation flap
repair on 11/06/2025. The flap is healing well and she has no concerns about it. However, she reports a new,
intensely itchy rash on both forearms that began four days ago, two days after she cleared vines from her fence
line. She has tried calamine lotion without relief and is not sleeping well because of the itch.

Examination: left cheek rotation flap is viable and well healed with mild pincushioning of the distal tip; no
erythema or drainage. Both volar and dorsal forearms show linear streaks of erythematous papules and vesicles,
some coalescing into edematous plaques; no secondary infection. Face and trunk clear.

Assessment and plan:
1. Acute allergic contact dermatitis due to poison ivy, bilateral forearms - a new problem unrelated to the
   surgery. Prescribed triamcinolone 0.1% cream twice daily for two weeks and cetirizine at bedtime; counseled on
   washing clothing and tools. An oral prednisone taper was considered and not prescribed because the eruption is
   limited and she has diabetes. Return if spreading.
2. Postoperative status, left cheek flap - healing as expected; scar massage starting next week. Routine
   post-op care within the global period.

Follow-up: 3 months for full skin examination (history of BCC).
Chidi Okonkwo, MD
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the 14040 (090-day global from 11/06) -> 24. The flap check "
                  "itself is included in the global and is not separately coded.",
})

SCENARIOS.append({
    "id": "s29-postop-new-scalp-lesion-bx-precoded-no-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Wound check 5 days after benign back excision (010); new scalp lesion shave-biopsied, pre-coded 11102 -> 11102-79",
    "date": "2025-12-11",
    "patient": ("Van der Berg", "Pieter", "1968-02-02", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Pink papule, left parietal scalp", None, "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", cpt="11102", site="Left parietal scalp",
          note="6 mm pink pearly papule, shave bx, AlCl.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-12-06", "11402", "Excision benign lesion, trunk", "Mid back",
                    "Excision of inflamed epidermoid cyst mid back, excised diameter 1.8 cm")],
    "path": [{"text": "Skin, left parietal scalp, shave biopsy: basal cell carcinoma, nodular type, extending to deep "
                      "margin.", "site": "Left parietal scalp", "date": "2025-12-15"}],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum S Weiss MD 12/11/2025
57M 5d s/p exc inflamed EIC mid back (12/06) - here for wound check: clean, intact, sutures in, mild bruising, nothing to do.
New: pt's barber noted bump L parietal scalp, bleeds w/ combing x2m. Exam 6mm pink pearly papule w/ arborizing vessels on derm. r/o BCC.
sbx L parietal scalp (DermaBlade), AlCl, to path.
If BCC -> will discuss ED&C vs exc vs Mohs after path. Sutures back: out 12/16 as planned.
""",
    "expected": E([L("11102", 1, "79")], ["global-period"], dx={"11102": ["C44.41"]}),
    "coder_note": "GS-5: biopsy of a new, unrelated lesion inside the 10-day global of the 12/06 excision -> 79. The "
                  "wound check is included in that global.",
})

SCENARIOS.append({
    "id": "s29-repair-lacerations-forehead-nose-forearm",
    "family": "repair", "shape": "note-only",
    "description": "Locum: simple repairs forehead 1.8 + nose 1.2 = 3.0 cm -> 12013; layered forearm 2.0 cm -> 12031",
    "date": "2025-12-16",
    "patient": ("Prescott", "Miriam", "1949-08-08", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Laceration of forehead", "S01.81XA", "Forehead", reason=True),
        C("c2", "Laceration of nose", "S01.21XA", "Nasal bridge", reason=True),
        C("c3", "Laceration of left forearm", "S51.812A", "Left forearm", reason=True),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum - S. Weiss MD - 12/16/2025
76F tripped on ice in our parking lot ~30 min ago, landed on face + L arm. No LOC, no neck pain, not on
anticoagulants, Td 2022. Vision nl. Front desk brought her straight back.
Exam:
1. forehead lac 1.8 cm, superficial, clean edges
2. nasal bridge lac 1.2 cm, superficial, nasal bones non-tender/no deformity
3. L volar forearm lac 2.0 cm, gaping into subQ fat, gravel in wound
Proc (consent, lido 1% w/ epi, irrigated NS, gravel removed):
1. forehead - simple interrupted 6-0 nylon, single layer
2. nose - simple interrupted 6-0 nylon, single layer
3. L forearm - layered: 4-0 Vicryl deep, 4-0 nylon superficial
Bacitracin, dressings. Ice. Tylenol.
Pt refused ED/x-ray for face; told to go if headache/vomiting/vision change. Incident report filed.
Sutures out: face 5d, arm 10d.
""",
    "expected": E([L("12013"), L("12031")]),
    "coder_note": "REP-1/REP-2: simple repairs of face and nose are one site group -> 1.8 + 1.2 = 3.0 cm -> 12013. "
                  "The layered forearm repair is intermediate, extremities group, 2.0 cm -> 12031. No PTP edit.",
})

SCENARIOS.append({
    "id": "s29-repair-alar-rim-0-9cm-precoded-complex",
    "family": "repair", "shape": "pre-coded",
    "description": "Delayed layered repair of 0.9 cm alar-rim defect day after Mohs, pre-coded 13151 -> 12051",
    "date": "2025-12-18",
    "patient": ("Whitlock", "Agnes", "1945-11-11", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma, right alar rim, excised by Mohs 12/17/2025", "C44.311", "Right nasal ala",
          reason=True),
    ],
    "procedures": [
        P("Repair, complex, nose, 1.1-2.5 cm", cpt="13151", site="Right alar rim",
          note="Defect 0.9 cm involving nostril rim. Layered closure with rim realignment. Repair length 0.9 cm.",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-12-17", "17311", "Mohs micrographic surgery, head, first stage", "Right nasal ala",
                    "Mohs R alar rim BCC, 1 stage, 2 blocks, clear; left open for delayed repair")],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology - Dermatologic Surgery
Surgeon: Astrid Lindgren, MD

80F POD1 after Mohs R alar rim BCC (12/17, 1 stage, clear). Defect left open overnight with plan for delayed repair
today once her daughter could drive her.
Defect: 0.9 x 0.7 cm at the R alar rim, involving the free margin of the nostril rim.
Consent. 1% lido w/ epi.
Edges freshened, minimal undermining, 5-0 Monocryl buried deep, 6-0 Prolene superficial with careful alignment of
the alar rim to prevent notching. Final repair length 0.9 cm.
Pressure dressing. Sutures out 7 d. If notching develops later, a cartilage batten graft could be considered - not
planned.
A. Lindgren MD
""",
    "expected": E([L("12051")], ["coding-correction"]),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple or intermediate; layered closure, nose, "
                  "0.9 cm -> 12051. The prior-day Mohs has a 000 global, so no modifier.",
})

SCENARIOS.append({
    "id": "s29-shave-inflamed-sk-flank-and-neck-nevus",
    "family": "shave", "shape": "note-only",
    "description": "Scribed Medicare: shave removal inflamed SK R flank 1.3 cm -> 11302 and irritated nevus neck 0.4 cm -> 11305; cosmetic SKs declined",
    "date": "2026-01-06",
    "patient": ("Leclerc", "Bernadette", "1950-06-21", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right flank", "L82.0", "Right flank", reason=True),
        C("c2", "Irritated intradermal nevus, left lateral neck", "D22.4", "Left lateral neck", reason=True),
    ],
    "path": [
        {"text": "A. Right flank, shave: irritated/inflamed seborrheic keratosis.", "site": "Right flank"},
        {"text": "B. Left neck, shave: intradermal melanocytic nevus with irritation; no atypia.",
         "site": "Left neck"},
    ],
    "note_title": "Procedure Note (scribed)",
    "note": """Harbor Point Dermatology
Physician: Chidi Okonkwo, MD. Scribe: T. Marsh.

Mrs. Leclerc is a 75-year-old woman who presents with two bothersome growths. The first is on her right flank at
the waistband: it has become red and sore over the last month, bleeds when her waistband rubs it, and she has had
blood spots on her clothing several times. The second is a small mole on the left side of her neck that her
necklace chain catches on; it has become red and crusted twice in the past two months.

Examination: right flank with a 1.3 cm stuck-on, verrucous brown papule with surrounding erythema, hemorrhagic
crust and edema, consistent with an inflamed seborrheic keratosis. Left lateral neck with a 0.4 cm soft flesh-colored
papule with a crusted, eroded surface. Numerous other seborrheic keratoses on the back are asymptomatic; the
patient asked if they could "all come off." Dr. Okonkwo explained that removing non-symptomatic seborrheic
keratoses is cosmetic and not covered by Medicare, and the patient decided not to have them treated.

Procedure: consent obtained. After 1% lidocaine with epinephrine, each of the two symptomatic lesions was removed
by shave technique at the level of the dermis with a DermaBlade, with aluminum chloride for hemostasis. Both
specimens were sent to pathology in separate containers.

Plan: petrolatum and bandage daily until healed. Results by portal.
Chidi Okonkwo, MD
""",
    "expected": E([L("11302"), L("11305")], dx={"11302": ["L82.0"], "11305": ["D22.4"]}),
    "coder_note": "SH-1: shave removal by site and lesion diameter: flank (trunk) 1.3 cm -> 11302; neck 0.4 cm -> 11305. "
                  "Bleeding/inflammation/trauma documented, so covered (BSL-3). The asymptomatic SKs were not treated.",
})

SCENARIOS.append({
    "id": "s29-shave-nose-sized-scalp-unsized",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals: nasal tip 0.7 cm -> 11311; scalp lesion with no size -> missing-documentation",
    "date": "2026-01-08",
    "patient": ("Osei", "Kwame", "1975-04-17", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, nasal tip, irritated", "D22.39", "Nasal tip", reason=True),
        C("c2", "Inflamed seborrheic keratosis, crown of scalp", "L82.0", "Crown of scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="nasal tip",
          note="Dome-shaped flesh papule 0.7 cm, bleeds w/ nose blowing. Shaved flush w/ DermaBlade, AlCl.",
          reasons=["c1"]),
        P("Shave removal", site="crown of scalp",
          note="Irritated stuck-on papule catches comb, itchy + bleeding. Shaved off, AlCl, to path.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Nasal tip, shave: intradermal nevus.", "site": "Nasal tip"},
        {"text": "B. Crown of scalp, shave: inflamed seborrheic keratosis.", "site": "Crown of scalp"},
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD / S Weiss MD locum / 01-08-2026
50M 2 spots: (A) nasal tip bump, bleeds blowing nose; (B) crown scalp crusty bump, catches comb, itchy, bleeds.
Consent, lido w/ epi.
(A) shave removal flush, AlCl -> path
(B) shave removal, AlCl -> path
Vaseline daily. Results by portal. f/u prn.
""",
    "expected": E([L("11311")], ["missing-documentation"]),
    "coder_note": "SH-1: nasal tip 0.7 cm -> 11311. The scalp lesion's diameter is nowhere documented -> no 11305-11308 "
                  "line and a missing-documentation finding (README decision).",
})

SCENARIOS.append({
    "id": "s29-shave-removal-precoded-as-tangential-bx",
    "family": "shave", "shape": "pre-coded",
    "description": "Complete shave removal of 0.8 cm pedunculated lesion L shoulder pre-coded 11102 -> 11301",
    "date": "2026-01-13",
    "patient": ("Marchetti", "Lorenza", "1958-03-03", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Irritated pedunculated intradermal nevus, left shoulder", "D22.62", "Left shoulder",
          reason=True),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Left shoulder",
          note="Pedunculated papule 0.8 cm removed in its entirety at the base, AlCl, to path.", reasons=["c1"]),
    ],
    "path": [{"text": "Left shoulder, shave: polypoid intradermal nevus with surface erosion; margins free.",
              "site": "Left shoulder"}],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum S Weiss MD 01/13/26 - 67F c/o soft mole L shoulder under bra strap, gets rubbed raw + bleeds monthly, wants it OFF; exam 0.8cm pedunculated flesh-colored papule w/ eroded surface, benign appearing; plan: complete removal (not sampling); consent, lido, shave removal at base flush w/ skin, entire lesion removed, AlCl, to path for confirmation; vaseline; f/u prn.
""",
    "expected": E([L("11301")], ["coding-correction"], dx={"11301": ["D22.62"]}),
    "coder_note": "BX-4: intent was complete removal of the whole lesion -> shave removal, shoulder (arm, TAL) 0.8 cm -> "
                  "11301, not tangential biopsy 11102, even though tissue went to pathology.",
})

SCENARIOS.append({
    "id": "s29-tags-twenty-two-neck-axillae",
    "family": "skin-tags", "shape": "note-only",
    "description": "Removal of 22 irritated skin tags (neck 12, axillae 10) -> 11200 + 11201 x1",
    "date": "2026-01-15",
    "patient": ("Hollis", "Jerome", "1972-09-29", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae, irritated and bleeding", "L91.8", "Neck, bilateral axillae",
          reason=True),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD / S Weiss MD (locum) / 01-15-2026
53M skin tags neck + axillae, catch on collar + shaving, several bleed/get red + sore.
Exam: pedunculated soft tags
  - neck: 12 (several inflamed, 2 w/ hemorrhagic crust)
  - R axilla: 6
  - L axilla: 4
Removed all 22 w/ curved iris scissors + AlCl; no anesthesia needed except EMLA on neck.
Discussed more may form; pt to return if new symptomatic ones.
No other lesions treated.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "Skin tags: 11200 covers the first 15, 11201 each additional 10 or part -> 22 - 15 = 7 -> 11201 x1. "
                  "Symptomatic (irritation, bleeding), commercial payer.",
})

SCENARIOS.append({
    "id": "s29-tags-medicare-asymptomatic-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "Medicare FFS: 8 asymptomatic skin tags snipped for appearance, voluntary ABN signed -> 11200-GY-GX",
    "date": "2026-01-20",
    "patient": ("Pemberton", "Vivian", "1957-12-12", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Skin tag removal, 8 tags", site="Anterior and lateral neck",
          note="Snip excision with iris scissors, aluminum chloride. Patient request for appearance; no symptoms. "
               "Voluntary ABN signed.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note (scribed)",
    "note": """Harbor Point Dermatology
Physician: Chidi Okonkwo, MD. Scribe: T. Marsh.

Mrs. Pemberton is a 68-year-old woman who would like the small skin tags on her neck removed before her
daughter's wedding because she does not like how they look in photographs. On direct questioning she denies any
itching, bleeding, pain, irritation from jewelry or clothing, or recent change in any of them.

Examination: eight soft, flesh-colored, pedunculated papules of 1-3 mm on the anterior and lateral neck, none
inflamed or traumatized.

Dr. Okonkwo explained that removal of asymptomatic skin tags for appearance is considered cosmetic and is not a
Medicare benefit, so she will be responsible for the charge. She signed a voluntary Advance Beneficiary Notice
acknowledging this and asked to proceed.

Procedure: eight skin tags were removed by snip excision with curved iris scissors after cleansing; hemostasis
with aluminum chloride. No specimens sent.

She was told that new tags may appear over time. Follow-up as needed.
Chidi Okonkwo, MD
""",
    "expected": E([L("11200", 1, "GY", "GX")], ["cosmetic"]),
    "coder_note": "COS-2/COS-4: asymptomatic skin tags removed for appearance are cosmetic (statutorily excluded) -> "
                  "Medicare FFS line with GY, plus GX because a voluntary ABN is documented.",
})

# =====================================================================================================================
# Batch 5
# =====================================================================================================================

SCENARIOS.append({
    "id": "s29-cosmetic-glabellar-botox-with-ak-cryo",
    "family": "cosmetic", "shape": "note-only",
    "description": "Commercial: LN2 to 3 AKs (covered) + cosmetic Botox 20 units glabellar lines (self-pay, removed)",
    "date": "2026-01-22",
    "patient": ("Sinclair", "Margaux", "1966-04-26", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, forehead and left cheek", "L57.0", "Forehead, left cheek", reason=True),
        C("c2", "Glabellar rhytides", None, "Glabella"),
        C("c3", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "note_title": "Procedure Note (scribed)",
    "note": """Harbor Point Dermatology
Physician: Ines Castellanos, MD. Scribe: R. Nguyen.

Ms. Sinclair is a 59-year-old woman seen for two things today. First, she has rough, scaly spots on her forehead
and left cheek that sting with sunscreen; she had similar spots frozen two years ago. Second, she would like
her frown lines treated with botulinum toxin before a family event, which she understands is a cosmetic,
self-pay service billed separately through our aesthetic price list.

Examination: three gritty erythematous scaly papules, two on the central forehead and one on the left malar
cheek, consistent with actinic keratoses. Moderate dynamic glabellar rhytides.

Procedures:
1. Cryotherapy with liquid nitrogen to the three actinic keratoses, two freeze-thaw cycles each.
2. Cosmetic: onabotulinumtoxinA 20 units to the glabellar complex (procerus 4 units, corrugators 4 units x 2
   sites each side) after photographs and cosmetic consent. The patient paid at the front desk; not to be billed
   to insurance.

She asked about a chemical peel for sun damage next month - information given, nothing scheduled.
Post-care instructions given. Return in 6 months for skin check or sooner if a spot persists.
Ines Castellanos, MD
""",
    "expected": E([L("17000"), L("17003", 2)], ["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 3 AKs -> 17000 + 17003 x2 (covered). Cosmetic botulinum toxin for glabellar lines with a "
                  "commercial payer is not put on the claim (conventions: removed with a cosmetic finding). Peel "
                  "only discussed.",
})

SCENARIOS.append({
    "id": "s29-cosmetic-sk-cryo-precoded-medicare-no-abn",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicare FFS: LN2 to 5 asymptomatic SKs for appearance, no ABN, pre-coded 17110 -> 17110-GY",
    "date": "2026-01-27",
    "patient": ("Hastings", "Reginald", "1946-02-09", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, back, asymptomatic", "L82.1", "Upper back", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", cpt="17110", site="Upper back",
          note="LN2 to 5 SKs.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum S Weiss MD 01-27-2026
79M wants "brown crusty spots" on upper back frozen - wife doesn't like how they look at the pool. Denies itch, bleeding, pain, irritation, growth or change; no hx skin ca.
Exam: 5 stuck-on waxy tan-brown papules upper back 0.5-1.2 cm, classic ISKs on derm, no inflammation.
Told pt benign + removal cosmetic, not covered by Medicare; pt wants to proceed anyway. No ABN signed.
LN2 2 FTC x5 ISKs. Post-cryo sheet.
f/u prn.
""",
    "expected": E([L("17110", 1, "GY")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4/BSL-5: L82.1 SKs with no BSL-3 indication removed for appearance -> statutorily excluded "
                  "cosmetic service, Medicare FFS -> GY (no GX: no voluntary ABN).",
})

SCENARIOS.append({
    "id": "s29-mixed-psoriasis-mtx-bx-and-ak-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Pre-coded 11102 + 17000 + 17003 x5 with 99214 (MTX psoriasis) -> 99214-25, 11102, 17000-XS, 17003 x5",
    "date": "2026-02-03",
    "patient": ("Dunmore", "Ephraim", "1955-01-30", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris on methotrexate", "L40.0", "Scalp, elbows, trunk", reason=True),
        C("c2", "Pearly papule, right cheek", None, "Right cheek", reason=True),
        C("c3", "Actinic keratoses, scalp and forehead", "L57.0", "Scalp, forehead", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", cpt="11102", site="Right cheek", note="5 mm pearly papule, r/o BCC.",
          reasons=["c2"]),
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", reasons=["c3"]),
        P("Destruction premalignant lesions 2-14", cpt="17003", site="Scalp and forehead", note="5 units.",
          reasons=["c3"]),
    ],
    "path": [{"text": "Right cheek, shave biopsy: basal cell carcinoma, nodular.", "site": "Right cheek",
              "date": "2026-02-06"}],
    "note_title": "Progress Note (scribed)",
    "note": """Harbor Point Dermatology - Established Patient
Physician: Chidi Okonkwo, MD. Scribe: T. Marsh.

Mr. Dunmore is a 71-year-old man with moderate-to-severe plaque psoriasis who has been on methotrexate 15 mg weekly
with folic acid for eight months. He returns for his scheduled psoriasis visit. He reports good control on the
trunk but persistent scalp plaques. He has had some fatigue the day after his dose. His labs drawn last week
showed an ALT of 58 (upper limit 45), up from 31, with a normal CBC and creatinine. He drinks two beers on weekends.
He also mentions a small bump on his right cheek that bled twice, and rough spots on his scalp and forehead.

Examination: residual thin plaques on the scalp and elbows, BSA about 3%; no joint swelling. Right cheek with a
5 mm pearly papule with arborizing vessels. Bald scalp and forehead with six gritty, erythematous, scaly papules
consistent with actinic keratoses.

Assessment and plan:
1. Psoriasis on methotrexate with a new transaminase elevation. Dr. Okonkwo reduced methotrexate to 10 mg weekly,
   advised alcohol abstinence, ordered repeat liver panel in 4 weeks and a FibroScan, and added clobetasol solution
   for the scalp. If the ALT remains elevated, a switch to a biologic will be discussed.
2. Pearly papule of the right cheek, suspicious for BCC: tangential (shave) biopsy performed after consent and
   local anesthesia; aluminum chloride hemostasis; specimen to pathology.
3. Actinic keratoses: cryotherapy with liquid nitrogen to six AKs (scalp 4, forehead 2), two freeze-thaw cycles.
   These are separate lesions from the biopsied cheek papule.

Follow-up: 4 weeks for lab review and biopsy result; treatment of the cheek lesion to be planned after pathology.
Chidi Okonkwo, MD
""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 5)]),
    "coder_note": "Methotrexate toxicity monitoring and dose change is significant, separately identifiable -> 99214-25. "
                  "11102/17000 is indicator 1 (17000 column 2) and the AKs are separate lesions -> XS on 17000; "
                  "no 11102/17003 edit, so 17003 x5 (6 AKs) takes no modifier.",
})

SCENARIOS.append({
    "id": "s29-mixed-cyst-excision-arm-punch-bx-thigh",
    "family": "mixed", "shape": "note-only",
    "description": "Scribed: excision epidermoid cyst R upper arm 1.5 cm + 2 mm margins = 1.9 -> 11402; punch bx of thigh rash -> 11104-XS",
    "date": "2026-02-05",
    "patient": ("Abernethy", "Colm", "1980-10-20", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, right upper arm, recurrently inflamed", "L72.0", "Right posterior upper arm",
          reason=True),
        C("c2", "Lichen planus, right thigh", "L43.9", "Right anterior thigh", reason=True),
    ],
    "path": [
        {"text": "A. Right upper arm, excision: ruptured epidermoid cyst with granulomatous inflammation.",
         "site": "Right upper arm"},
        {"text": "B. Right thigh, punch biopsy: lichen planus.", "site": "Right thigh"},
    ],
    "note_title": "Procedure Note (scribed)",
    "note": """HARBOR POINT DERMATOLOGY
Physician: Ines Castellanos, MD. Scribe: R. Nguyen.

Mr. Abernethy is a 45-year-old man scheduled for removal of a cyst on the back of his right upper arm that has
become inflamed and painful three times in the last year, once requiring antibiotics from his primary care
physician. It is currently quiet. He also points out an itchy purple rash on the front of his right thigh of
six weeks' duration that has not responded to over-the-counter hydrocortisone.

Examination: right posterior upper arm with a 1.5 cm firm, mobile subcutaneous cyst with a central punctum and no
current inflammation. Right anterior thigh with a cluster of flat-topped violaceous polygonal papules with fine
white lines on the surface; no oral or genital lesions seen.

Procedures (consent signed, 1% lidocaine with epinephrine):
1. Excision of the cyst of the right upper arm: the cyst was outlined with a 2 mm margin around its greatest
   diameter (1.5 cm + 2 x 0.2 cm = 1.9 cm) and excised in a fusiform ellipse including the punctum; the cyst was
   removed intact. The wound was closed with simple interrupted 4-0 nylon sutures in a single layer.
2. Punch biopsy of the thigh eruption: a 4 mm punch biopsy was taken from a representative papule on the right
   anterior thigh and closed with one 4-0 nylon suture. This is a separate site from the cyst.

Both specimens sent to pathology in separate containers. If the thigh biopsy confirms lichen planus, topical
steroid will be prescribed at the results call; no prescription today.
Follow-up: suture removal in 10-14 days.
Ines Castellanos, MD
""",
    "expected": E([L("11402"), L("11104", 1, "XS")], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: 1.5 + 2 x 0.2 = 1.9 cm arm -> 11402 (benign path); simple closure included. 11402/11104 is "
                  "indicator 1 with the biopsy as column 2; different lesion and site -> XS on 11104.",
})

SCENARIOS.append({
    "id": "s29-mixed-edc-sccis-hand-plus-il-prurigo",
    "family": "mixed", "shape": "free-text",
    "description": "ED&C SCCIS R dorsal hand, defect 0.8 cm -> 17271; IL TAC to 3 prurigo nodules L shin 6 mg -> 11900-XS + J3301",
    "date": "2026-02-10",
    "patient": ("Fitzwilliam", "Harriet", "1944-05-15", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right dorsal hand", "D04.61", "Right dorsal hand", reason=True),
        C("c2", "Prurigo nodularis, left shin", "L28.1", "Left shin", reason=True),
    ],
    "procedures": [
        P("ED&C x2 cycles", site="R dorsal hand",
          note="Bx-proven SCCIS (01/2026). Lesion 0.6 cm; final defect after curettage 0.8 cm.", reasons=["c1"]),
        P("IL TAC 10 mg/mL", site="L shin",
          note="3 prurigo nodules, 0.2 mL each = 0.6 mL (6 mg). Separate site from hand.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD / locum S Weiss MD / 02-10-2026
81F; (1) bx-proven SCCIS R dorsal hand (sbx 01/20/26) - here for tx; (2) itchy picked nodules L shin x1y, failed clobetasol under occlusion.
(1) ED&C x2 cycles R dorsal hand, lesion 0.6 cm, final defect 0.8 cm. vaseline.
(2) IL TAC 10 to 3 prurigo nodules L shin, 0.2 mL each (0.6 mL = 6 mg).
dupilumab for PN discussed - pt wants to wait; no Rx.
f/u 3m.
""",
    "expected": E([L("17271"), L("11900", 1, "XS"), L("J3301")], dx={"17271": ["D04.61"]}),
    "coder_note": "DS-4: SCCIS of the hand (SNHFG), final defect 0.8 cm -> 17271. 17271/11900 is indicator 1 with "
                  "11900 as column 2; different lesions/sites -> XS on 11900. 6 mg -> J3301 x1.",
})

SCENARIOS.append({
    "id": "s29-mixed-ak-and-warts-xs-on-premalignant",
    "family": "mixed", "shape": "note-only",
    "description": "Locum: LN2 to 4 AKs face + 3 warts L hand -> 17110, 17000-XS, 17003 x3-XS (XS direction from table)",
    "date": "2026-02-12",
    "patient": ("Quinlan", "Desmond", "1952-11-23", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratoses, face", "L57.0", "Face", reason=True),
        C("c2", "Verruca vulgaris, left hand, painful", "B07.8", "Left hand", reason=True),
    ],
    "note_title": "Procedure Note - Locum",
    "note": """HPD locum - S Weiss MD - 02/12/26
73M; AKs + warts.
1) AKs: R temple x2, nasal dorsum x1, L cheek x1 (4 total) -> LN2 2 FTC each
2) verruca vulgaris L hand: L index x1, L middle finger x1, L palm x1 (3 total), painful w/ gripping -> pared + LN2 2 FTC each
3) pt asked re PDT for the face next winter - info given, not scheduled
f/u 4-6 wk warts, 6m skin check
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")]),
    "coder_note": "DS-1/DS-2/DS-3: 4 AKs -> 17000 + 17003 x3; 3 warts -> 17110. 17110/17000 and 17110/17003 are "
                  "indicator 1 with the premalignant codes as column 2; different lesions -> XS on 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s29-em-new-pt-inflamed-cyst-id-decision-only",
    "family": "em", "shape": "free-text",
    "description": "New patient, only problem an inflamed cyst drained the same day; 99203 selected -> E/M removed, 10060 only",
    "date": "2026-02-17",
    "patient": ("Brightwater", "Nadia", "1993-07-01", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Inflamed ruptured epidermoid cyst with abscess, left upper back", "L02.212", "Left upper back",
          reason=True),
    ],
    "procedures": [
        P("I&D", site="L upper back",
          note="2 cm fluctuant inflamed cyst, #11 blade, cheesy purulent material expressed, packed. Single lesion.",
          reasons=["c1"]),
    ],
    "note_title": "New Patient Note - Locum",
    "note": """HPD NEW PT - S Weiss MD locum - 02-17-2026
32F new to practice, referred by urgent care for "infected cyst" L upper back x6d, painful, no fever. No other skin concerns; declines FSE today. No PMH, no meds, NKDA.
Exam: 2cm fluctuant tender erythematous nodule L upper back w/ punctum.
A/P: inflamed ruptured EIC w/ abscess -> I&D today: consent, lido, #11 blade, drained, packed iodoform.
No abx needed. Packing out 48h.
Pt asked about excising the cyst later - will revisit in 6-8 wk once inflammation resolves; not scheduled.
""",
    "expected": E([L("10060")]),
    "coder_note": "GS-3 / README decision: the only work beyond the procedure is evaluating the lesion and deciding to "
                  "drain it; being a new patient does not by itself justify an E/M -> 99203 removed, 10060 only.",
})

SCENARIOS.append({
    "id": "s29-exb-neck-atypical-nevus-reexc-precoded-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision severely atypical nevus L neck: 0.9 + 2 x 0.5 = 1.9 cm pre-coded 11421 -> 11422; layered 4.0 cm -> 12042",
    "date": "2026-02-19",
    "patient": ("Sato", "Emiko", "1969-09-06", "female"),
    "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 45,
    "conditions": [
        C("c1", "Dysplastic nevus with severe atypia, left lateral neck, margin involved", "D22.4",
          "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, neck, 0.6-1.0 cm", cpt="11421", site="Left lateral neck",
          note="Re-excision of biopsy site. Scar 0.9 cm; 5 mm margins.", reasons=["c1"]),
        P("Intermediate repair, neck", cpt="12042", site="Left lateral neck",
          note="Layered closure 4.0 cm.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-01-29", "11102", "Tangential biopsy", "Left lateral neck",
                    "Shave bx: dysplastic nevus, severe atypia, peripheral margin involved")],
    "path": [{"text": "Skin, left lateral neck, re-excision: residual dysplastic compound nevus with severe atypia; "
                      "no melanoma; margins free.", "site": "Left lateral neck", "date": "2026-02-23"}],
    "note_title": "Procedure Note (scribed)",
    "note": """Harbor Point Dermatology - Procedure Note
Physician: Chidi Okonkwo, MD. Scribe: T. Marsh.

Ms. Sato is a 56-year-old woman who returns for re-excision of a dysplastic nevus with severe atypia of the left
lateral neck. The shave biopsy on 01/29/2026 showed severe cytologic atypia with involvement of the peripheral
margin. Dr. Okonkwo recommended complete removal with 5 mm margins, consistent with our practice for severely
atypical nevi, and she agreed.

Examination: a well-healed 0.9 cm pink biopsy scar with faint residual pigment at its edge on the left lateral
neck.

Procedure: consent and time-out. The scar, greatest diameter 0.9 cm, was outlined with a 5 mm margin on every
side, for an excised diameter of 1.9 cm, and a fusiform ellipse oriented along the neck creases was drawn. After
1% lidocaine with epinephrine the ellipse was excised to subcutaneous fat and the specimen oriented for pathology.
The wound was closed in layers with buried 4-0 Monocryl and a running 5-0 nylon suture. Repair length 4.0 cm.

The patient asked whether she needs a sentinel node biopsy; Dr. Okonkwo explained that this is not indicated for
a dysplastic nevus. Suture removal in 7 days. Full skin examination every 6 months.
Chidi Okonkwo, MD
""",
    "expected": E([L("11422"), L("12042")], ["coding-correction"]),
    "coder_note": "EX-1: excised diameter 0.9 + 2 x 0.5 = 1.9 cm (neck, SNHFG) -> 11422, not 11421 from the scar size. "
                  "Severe atypia is benign/uncertain -> benign codes (EX-3). Layered neck repair 4.0 cm -> 12042. Prior "
                  "biopsy is 000 global.",
})

SCENARIOS.append({
    "id": "s29-exb-earlobe-cyst-suspected-bcc-path-benign",
    "family": "excision-benign", "shape": "free-text",
    "description": "Scribed: excision R earlobe lesion (clinical r/o BCC) 1.1 cm + 1 mm margins = 1.3 cm, path epidermoid cyst -> 11442",
    "date": "2026-02-24",
    "patient": ("Mwangi", "Josephine", "1960-01-08", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Epidermoid cyst, right earlobe", "L72.0", "Right earlobe", reason=True),
    ],
    "procedures": [
        P("Excision of earlobe lesion", site="Right earlobe",
          note="Firm 1.1 cm papulonodule, clinical ddx cyst vs BCC. Excised with 1 mm margin. Simple closure 6-0 nylon.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Right earlobe, excision: epidermoid (infundibular) cyst; no atypia or malignancy.",
              "site": "Right earlobe"}],
    "note_title": "Procedure Note (scribed)",
    "note": """Harbor Point Dermatology
Physician: Ines Castellanos, MD. Scribe: R. Nguyen.

Ms. Mwangi is a 66-year-old woman with a firm lump on the right earlobe that has slowly enlarged over a year and
became tender and briefly bled after she wore heavy earrings. She has no history of skin cancer.

Examination: right earlobe with a 1.1 cm firm, dome-shaped papulonodule with a shiny surface and a few
telangiectases. Dr. Castellanos explained that this is most likely a cyst but that a basal cell carcinoma cannot
be excluded clinically, and recommended excision rather than a biopsy alone.

Procedure: after consent, 1% lidocaine with epinephrine was infiltrated. The lesion was excised with a 1 mm margin
around its greatest diameter (excised diameter 1.3 cm) through the full thickness of the skin; a cyst wall was
noted during dissection. The defect was closed with simple interrupted 6-0 nylon sutures. The specimen was sent
for pathology. If the pathology had shown a carcinoma, further treatment would have been planned; it returned
benign.

Sutures out in 7 days; no earrings on the right for 3 weeks.
Ines Castellanos, MD
""",
    "expected": E([L("11442")], dx={"11442": ["L72.0"]}),
    "coder_note": "EX-1/EX-3: 1.1 + 2 x 0.1 = 1.3 cm on the ear (FEENLM); final pathology benign -> 11442 despite the "
                  "clinical concern for BCC. Simple closure included.",
})

SCENARIOS.append({
    "id": "s29-exm-scalp-uncertain-lesion-path-bcc",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Locum: excision of clinically uncertain R parietal scalp lesion 1.0 cm + 3 mm margins = 1.6 cm, path BCC -> 11622; layered 2.4 cm -> 12031",
    "date": "2026-03-03",
    "patient": ("Henriksen", "Aksel", "1949-07-29", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, right parietal scalp", "C44.41", "Right parietal scalp", reason=True),
    ],
    "path": [{"text": "Skin, right parietal scalp, excision: basal cell carcinoma, nodular and micronodular types; "
                      "margins free by 2 mm.", "site": "Right parietal scalp", "date": "2026-03-06"}],
    "note_title": "Procedure Note - Locum",
    "note": """HPD / S Weiss MD (locum) / 03/03/2026
76M bald scalp lesion R parietal, 1 yr, slowly growing, occasional crust, no bx yet - pt wants it out in 1 visit (lives 2h away).
Exam: 1.0 cm pink shiny plaque w/ rolled border + central crust. ddx BCC vs SCC vs adnexal tumor.
Plan: excisional bx / excision w/ 3 mm margins today, path decides next steps.
Consent, time-out, lido 1% w/ epi.
Margins 3 mm -> exc diameter 1.6 cm. Fusiform exc to galea-sparing subQ.
Layered closure: 3-0 Vicryl deep, staples superficial. Length 2.4 cm.
To path. Staples out 10-12 d.
If margins + -> re-exc vs Mohs; if SCC -> discuss nodes exam q3m. n/a today.
""",
    "expected": E([L("11622"), L("12031")], dx={"11622": ["C44.41"]}),
    "coder_note": "EX-3/DX-2: code from the final pathology (BCC) -> malignant; 1.0 + 2 x 0.3 = 1.6 cm scalp (SNHFG) -> "
                  "11622. Layered scalp repair 2.4 cm -> 12031 (scalp is in the 12031-12037 group).",
})

# =====================================================================================================================
# EHR template wrapper: the locum's typed text sits inside the practice's note template (header + attestation).
# Applied to the short, typed notes only; the template adds no clinical content.
# =====================================================================================================================

_SIGNERS = {
    "weiss": ("Samuel Weiss, MD", "Locum tenens dermatologist (coverage 08/2025-03/2026)"),
    "lindgren": ("Astrid Lindgren, MD", "Mohs surgeon / dermatopathology"),
    "okonkwo": ("Chidi Okonkwo, MD", "Dermatology"),
    "castellanos": ("Ines Castellanos, MD", "Dermatology"),
}


def _us(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{m}/{dd}/{y}"


def _templated(spec: dict) -> str:
    fam, given, dob, _sex = spec["patient"]
    who, role = _SIGNERS[spec["provider"]]
    head = (f"HARBOR POINT DERMATOLOGY | 41 Quayside Rd, Suite 200\n"
            f"Patient: {fam.upper()}, {given}   DOB: {_us(dob)}   DOS: {_us(spec['date'])}\n"
            f"Rendering: {who} - {role}\n"
            f"Note type: {spec.get('note_title', 'Progress Note')}\n"
            f"----- provider text -----\n")
    foot = (f"----- end provider text -----\n"
            f"Reviewed meds/allergies in chart. Abbreviations per HPD approved list.\n"
            f"Route: copy to PCP / referring provider on file.\n"
            f"Electronically signed: {who}  {_us(spec['date'])}\n")
    return head + spec["note"].strip("\n") + "\n" + foot


for _s in SCENARIOS:
    if _s.get("note") and _s["note"].strip("\n").count("\n") + 1 < 10:
        _s["note"] = _templated(_s)
