# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""The demo practice's encounters (practice "demo-derm"): one per common visit type, dates in 2026.

Each spec is hand-written; ``expected`` is the coding a certified coder would submit (see demo/README.md).
"""

from __future__ import annotations

from typing import Any


def _service_request_nbuvb(pid: str, eid: str, prid: str, date: str) -> dict[str, Any]:
    return {
        "resourceType": "ServiceRequest", "id": "demo-sr-nbuvb", "status": "draft", "intent": "order",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "96900"}],
                 "text": "Narrowband UVB phototherapy, 3x weekly x 12 weeks"},
        "subject": {"reference": f"Patient/{pid}"}, "encounter": {"reference": f"Encounter/{eid}"},
        "requester": {"reference": f"Practitioner/{prid}"}, "authoredOn": date,
        "reasonReference": [{"reference": "Condition/demo-cond-ad"}],
        "quantityQuantity": {"value": 36, "unit": "sessions"},
        "note": [{"text": "Adjunct to systemic therapy for hands/forearms; BSA 30%."}],
    }


def _med_request_dupilumab(pid: str, eid: str, prid: str, date: str) -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest", "id": "demo-mr-dupilumab", "status": "draft", "intent": "order",
        "medicationCodeableConcept": {
            "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1876387",
                        "display": "dupilumab 300 MG in 2 ML Prefilled Syringe"}],
            "text": "Dupixent (dupilumab) 300 mg/2 mL prefilled pen"},
        "subject": {"reference": f"Patient/{pid}"}, "encounter": {"reference": f"Encounter/{eid}"},
        "requester": {"reference": f"Practitioner/{prid}"}, "authoredOn": date,
        "reasonReference": [{"reference": "Condition/demo-cond-ad"}],
        "dosageInstruction": [{"text": "600 mg SC loading dose (two 300 mg injections), then 300 mg SC every 2 weeks"}],
        "dispenseRequest": {"quantity": {"value": 4, "unit": "mL"}, "numberOfRepeatsAllowed": 5},
    }


def _service_request_mohs_order(pid: str, eid: str, prid: str, date: str) -> dict[str, Any]:
    return {
        "resourceType": "ServiceRequest", "id": "demo-sr-mohs", "status": "draft", "intent": "order",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "17311"}],
                 "text": "Mohs micrographic surgery, right temple BCC"},
        "subject": {"reference": f"Patient/{pid}"}, "encounter": {"reference": f"Encounter/{eid}"},
        "requester": {"reference": f"Practitioner/{prid}"}, "authoredOn": date,
        "reasonReference": [{"reference": "Condition/demo-cond-temple-bcc"}],
        "bodySite": [{"text": "Right temple"}],
    }


DEMO: list[dict[str, Any]] = [
    {
        "id": "demo-enc-fse-shave-biopsies", "encounter_id": "demo-enc-fse-shave-biopsies",
        "patient_id": "demo-pat-whitfield", "date": "2026-03-02", "payer": "commercial", "provider": "okafor",
        "patient": ("Whitfield", "Dana Marie", "1979-06-14", "female"), "em": "99203", "minutes": 40,
        "conditions": [
            {"id": "demo-cond-nevus-back", "text": "Neoplasm of uncertain behavior of skin, upper back",
             "icd": "D49.2", "site": "Left upper back", "reason": True},
            {"id": "demo-cond-lesion-arm", "text": "Neoplasm of unspecified behavior of skin, right upper arm",
             "icd": "D49.2", "site": "Right posterior upper arm"},
            {"id": "demo-cond-rosacea", "text": "Rosacea", "icd": "L71.9", "site": "Central face"},
            {"id": "demo-cond-fhx", "text": "Family history of melanoma", "icd": "Z80.8"},
        ],
        "procedures": [
            {"id": "demo-proc-bx-back", "text": "Shave biopsy", "cpt": "11102", "site": "Left upper back",
             "reasons": ["demo-cond-nevus-back"],
             "notes": ["Lesion A. 7 mm irregularly pigmented macule. Tangential (shave) biopsy with DermaBlade, "
                       "AlCl for hemostasis. Specimen to dermpath."]},
            {"id": "demo-proc-bx-arm", "text": "Shave biopsy, additional lesion", "cpt": "11103",
             "site": "Right posterior upper arm", "reasons": ["demo-cond-lesion-arm"],
             "notes": ["Lesion B. 5 mm pink scaly papule. Tangential biopsy, AlCl hemostasis. Specimen to dermpath."]},
        ],
        "note": """NEW PATIENT VISIT - Riverside Dermatology
Patient: Dana Whitfield   DOB 06/14/1979   Visit date 03/02/2026
Provider: Adaeze Okafor, MD

CC: Full skin exam; new mole on back; facial redness.
HPI: 46 y.o. woman establishing care. Mother had melanoma at 58. Husband noted a "dark spot" on her left upper
back that looks different from her other moles over the last 4-5 months. Also a rough pink spot on the right arm
for ~3 months, not healing. Separately, 2 years of central facial flushing with bumps, worse with wine and heat;
has tried OTC sensitive-skin products without improvement.
ROS: no fevers, weight loss. No personal history of skin cancer.
Exam: Full skin exam performed (scalp, face, neck, chest, abdomen, back, buttocks, arms, legs, hands, feet).
 - Left upper back: 7 mm irregularly pigmented macule with variegated brown-black color, asymmetric (lesion A).
 - Right posterior upper arm: 5 mm pink scaly papule (lesion B).
 - Central face: erythema and telangiectasias of cheeks and nose, scattered inflammatory papules and pustules.
 - Numerous benign-appearing nevi on trunk, reassuring pattern on dermoscopy.

Assessment and plan:
1. Atypical pigmented lesion, left upper back (A) - ddx dysplastic nevus vs melanoma. Shave biopsy today.
2. Scaly papule, right upper arm (B) - ddx SCC in situ vs ISK vs AK. Shave biopsy today.
3. Papulopustular rosacea - new diagnosis. Start metronidazole 0.75% gel BID; trigger avoidance counselling;
   discussed future IPL/vascular laser (cosmetic, patient will consider). Recheck 8 weeks.
4. Family history of melanoma - annual full skin exams; sun protection counselling.

PROCEDURE: Shave biopsies x2
Consent: risks (bleeding, infection, scar, recurrence, need for further treatment) discussed; written consent
signed. Time-out performed. Sites cleansed with alcohol, anesthetized with 1% lidocaine with epinephrine.
A: left upper back - tangential biopsy with DermaBlade. B: right posterior upper arm - tangential biopsy.
Hemostasis with aluminum chloride. Petrolatum and bandage. EBL minimal. Tolerated well.
Specimens A and B sent to dermatopathology in separate containers. Wound care handout given.

Total time on date of service excluding procedures: 32 minutes.
Electronically signed by Adaeze Okafor, MD 03/02/2026 16:40
""",
        "expected": {"lines": [("99203", 1, ("25",)), ("11102", 1, ()), ("11103", 1, ())], "topics": []},
    },
    {
        "id": "demo-enc-ak-cryo-psoriasis", "encounter_id": "demo-enc-ak-cryo-psoriasis",
        "patient_id": "demo-pat-kowalczyk", "date": "2026-03-09", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Kowalczyk", "Henryk", "1947-11-03", "male"), "em": "99213", "minutes": 25,
        "conditions": [
            {"id": "demo-cond-ak", "text": "Actinic keratosis", "icd": "L57.0", "site": "Scalp and dorsal hands",
             "reason": True},
            {"id": "demo-cond-psoriasis", "text": "Psoriasis vulgaris", "icd": "L40.0", "site": "Elbows, knees"},
        ],
        "procedures": [
            {"id": "demo-proc-cryo-1", "text": "Destruction premalignant lesion, first", "cpt": "17000",
             "site": "Scalp", "reasons": ["demo-cond-ak"],
             "notes": ["LN2 cryotherapy, 2 freeze-thaw cycles, to 6 actinic keratoses total (4 vertex scalp, "
                       "2 right dorsal hand)."]},
            {"id": "demo-proc-cryo-2", "text": "Destruction premalignant lesions 2-14", "cpt": "17003",
             "site": "Scalp; right dorsal hand", "reasons": ["demo-cond-ak"],
             "notes": ["Lesions 2 through 6 (five additional)."]},
        ],
        "note": """ESTABLISHED PATIENT - Dermatology follow-up
Henryk Kowalczyk, 78M. Seen 3/9/2026 by Erik Lindqvist, MD.

Chief complaint: rough spots on scalp and hands; psoriasis follow-up.

Interval history: Psoriasis on elbows/knees flared over the winter despite clobetasol 0.05% ointment BID
weekdays; now itchy plaques also on lower back. No joint pain or morning stiffness. Also several new rough,
tender scaly spots on the bald scalp and back of the right hand.

Exam: Vertex scalp with 4 gritty erythematous scaly papules; right dorsal hand with 2 similar lesions.
Well-demarcated erythematous plaques with silvery scale on bilateral elbows, knees and lumbosacral back,
approx 6% BSA. Nails without pitting.

A/P:
1) Psoriasis vulgaris, not at goal (6% BSA, flaring). Stop clobetasol on weekdays; start calcipotriene/
   betamethasone foam daily x 4 weeks then weekends; reviewed steroid atrophy risks. Discussed narrowband UVB
   and biologics if inadequate response. Labs not needed today. Return 8 weeks. (Prescription drug management.)
2) Actinic keratoses x6 (scalp x4, R dorsal hand x2). Cryotherapy today.
   PROCEDURE: verbal consent after discussing blistering, hypopigmentation, recurrence. Liquid nitrogen
   applied with Cry-Ac, two freeze-thaw cycles, 1-2 mm halo, to six (6) AKs. Tolerated well. Wound care
   reviewed.
3) Sun protection counselling.

Signed: Erik Lindqvist, MD
""",
        "expected": {"lines": [("99213", 1, ("25",)), ("17000", 1, ()), ("17003", 5, ())], "topics": []},
    },
    {
        "id": "demo-enc-mohs-nose", "encounter_id": "demo-enc-mohs-nose", "patient_id": "demo-pat-abernathy",
        "date": "2026-03-11", "payer": "medicare", "provider": "chen", "minutes": 180,
        "patient": ("Abernathy", "Ruth Ellen", "1944-02-27", "female"),
        "conditions": [
            {"id": "demo-cond-bcc-nose", "text": "Basal cell carcinoma of skin of nose", "icd": "C44.311",
             "site": "Left nasal ala", "reason": True},
        ],
        "procedures": [
            {"id": "demo-proc-mohs-1", "text": "Mohs micrographic surgery, first stage", "cpt": "17311",
             "site": "Left nasal ala", "reasons": ["demo-cond-bcc-nose"],
             "notes": ["Stage I: 3 tissue blocks; positive at 2 o'clock deep margin."]},
            {"id": "demo-proc-mohs-2", "text": "Mohs micrographic surgery, additional stage", "cpt": "17312",
             "site": "Left nasal ala", "reasons": ["demo-cond-bcc-nose"],
             "notes": ["Stage II: 2 tissue blocks; clear."]},
            {"id": "demo-proc-repair", "text": "Intermediate repair, nose", "cpt": "12051",
             "site": "Left nasal ala / nasal sidewall", "reasons": ["demo-cond-bcc-nose"],
             "notes": ["Layered closure, 2.2 cm."]},
        ],
        "path": [{"id": "demo-path-prior-bx", "date": "2026-02-10",
                  "text": "Skin, left nasal ala, shave biopsy: basal cell carcinoma, nodular type, extending to "
                          "the peripheral and deep margins.", "site": "Left nasal ala"}],
        "note": """MOHS MICROGRAPHIC SURGERY NOTE
Patient: Ruth Abernathy, 82F   Date: 03/11/2026   Surgeon/pathologist: Wei Chen, MD
Pre-op diagnosis: Basal cell carcinoma, nodular, left nasal ala, biopsy proven 02/10/2026 (path #S26-0412).
Post-op diagnosis: same.
Indication: BCC on the nose (H-zone); Mohs appropriate per AUC (score 9).
Pre-op lesion size: 0.9 x 0.7 cm.

Consent obtained after discussing risks, benefits and alternatives including excision and radiation.
Site confirmed with the patient using the biopsy photo. Anesthesia: 1% lidocaine with 1:100,000 epi.

Stage I: the clinically apparent tumor was debulked with a curette and a saucerized layer excised with a
2 mm margin. The specimen was divided into 3 tissue blocks, color-coded and mapped, frozen sections
H&E. Residual BCC at the deep margin, block 2 (2 o'clock).
Stage II: additional layer taken from the mapped area, 2 tissue blocks. Margins clear.
Final defect: 1.4 x 1.1 cm involving the left ala and nasal sidewall.

Repair: layered (intermediate) closure. Deep 5-0 Monocryl, superficial 6-0 Prolene running. Final length 2.2 cm.
Hemostasis with electrocautery. Pressure dressing. EBL < 5 mL. No complications.
Post-op instructions given; suture removal in 7 days.
Wei Chen, MD (Mohs surgeon and dermatopathologist for this case)
""",
        "expected": {"lines": [("17311", 1, ()), ("17312", 1, ()), ("12051", 1, ())], "topics": []},
    },
    {
        "id": "demo-enc-excision-cyst-back", "encounter_id": "demo-enc-excision-cyst-back",
        "patient_id": "demo-pat-osei", "date": "2026-03-12", "payer": "commercial-uhc", "provider": "ramirez",
        "patient": ("Osei", "Kwame", "1986-09-21", "male"), "minutes": 50,
        "conditions": [
            {"id": "demo-cond-cyst", "text": "Epidermal cyst", "icd": "L72.0", "site": "Mid upper back",
             "reason": True},
        ],
        "procedures": [
            {"id": "demo-proc-exc-cyst", "text": "Excision benign lesion, back", "cpt": "11402",
             "site": "Mid upper back", "reasons": ["demo-cond-cyst"],
             "notes": ["1.5 cm inflamed cyst, 2 mm margins, excised diameter 1.9 cm."]},
            {"id": "demo-proc-repair-back", "text": "Intermediate repair trunk", "cpt": "12032",
             "site": "Mid upper back", "reasons": ["demo-cond-cyst"], "notes": ["Layered closure 3.5 cm."]},
        ],
        "note": """PROCEDURE NOTE - Excision
Kwame Osei 39M   3/12/2026   Sofia Ramirez, MD

Indication: painful epidermal inclusion cyst of the mid upper back, recurrently inflamed x3 in the past year
(drained at urgent care 11/2025), now tender and rubs on his backpack strap.
Lesion size 1.5 x 1.2 cm. Planned margins 2 mm. Excised diameter 1.9 cm.

Consent signed after discussion of scar, infection, recurrence. Prepped with chlorhexidine. Local: 1% lido
with epi, 6 mL. Fusiform excision oriented along relaxed skin tension lines including the cyst sac intact,
down to subcutaneous fat. Wound undermined; layered closure with 4-0 Vicryl buried dermal sutures and 4-0
nylon simple interrupted. Repair length 3.5 cm. Hemostasis with electrocautery. Specimen to pathology.
Bandage applied; sutures out in 12-14 days.

Dx: Epidermoid cyst, inflamed (L72.0).
""",
        "expected": {"lines": [("11402", 1, ()), ("12032", 1, ())], "topics": []},
    },
    {
        "id": "demo-enc-edc-scc-arm", "encounter_id": "demo-enc-edc-scc-arm", "patient_id": "demo-pat-greer",
        "date": "2026-03-16", "payer": "medicare-advantage", "provider": "okafor",
        "patient": ("Greer", "Thomas Allen", "1951-04-08", "male"), "minutes": 20,
        "conditions": [
            {"id": "demo-cond-scc-arm", "text": "Squamous cell carcinoma of skin of right upper limb",
             "icd": "C44.621", "site": "Right dorsal forearm", "reason": True},
        ],
        "procedures": [
            {"id": "demo-proc-edc", "text": "ED&C malignant lesion", "site": "Right dorsal forearm",
             "reasons": ["demo-cond-scc-arm"],
             "notes": ["Electrodesiccation and curettage x3 cycles of biopsy-proven well-differentiated SCC; "
                       "final defect 1.3 cm."]},
        ],
        "path": [{"id": "demo-path-scc", "date": "2026-02-26",
                  "text": "Skin, right dorsal forearm, shave biopsy: invasive squamous cell carcinoma, well "
                          "differentiated, superficially invasive.", "site": "Right dorsal forearm"}],
        "note": """Procedure visit - ED&C
Thomas Greer, 74 M. 03/16/2026. Adaeze Okafor MD.
Here for treatment of biopsy-proven SCC (well differentiated, superficially invasive) of the R dorsal forearm,
biopsied 2/26/26. Lesion 0.8 cm pink hyperkeratotic papule at the biopsy site.
Options discussed: excision, ED&C, Mohs (not indicated on the forearm for this low-risk tumor), topical.
Patient chose ED&C.
Procedure: consent signed. Anesthetized with 1% lidocaine w/ epi. Curettage followed by electrodesiccation,
three (3) cycles, until firm dermal base. Final defect 1.3 cm diameter. Vaseline and bandage.
Dx: SCC R forearm (C44.621). Wound care reviewed. FU 3 months skin check.
""",
        "expected": {"lines": [("17262", 1, ())], "topics": []},
    },
    {
        "id": "demo-enc-ilk-keloid", "encounter_id": "demo-enc-ilk-keloid", "patient_id": "demo-pat-mensah",
        "date": "2026-03-18", "payer": "medicaid", "provider": "baptiste",
        "patient": ("Mensah", "Abena", "1998-12-02", "female"), "minutes": 20,
        "conditions": [
            {"id": "demo-cond-keloid", "text": "Keloid scar", "icd": "L91.0", "site": "Presternal chest",
             "reason": True},
        ],
        "procedures": [
            {"id": "demo-proc-ilk", "text": "Intralesional injection, up to 7 lesions", "cpt": "11900",
             "site": "Presternal chest", "reasons": ["demo-cond-keloid"],
             "notes": ["Triamcinolone acetonide (Kenalog-40) 40 mg/mL, 1.0 mL total into 3 keloids."]},
            {"id": "demo-proc-j3301", "text": "Triamcinolone acetonide injection per 10 mg", "site": "Presternal chest",
             "notes": ["40 mg total."]},
        ],
        "note": """Abena Mensah 27F - 3/18/2026 - Marc Baptiste, MD
S: Keloids on the chest after acne, itchy and painful when rubbed by bra strap. Had 2 prior ILK series
(last 10/2025) with flattening; now regrowing.
O: Three firm pink keloids on the presternal chest: 2.0 x 0.8 cm, 1.5 x 0.6 cm, 1.0 x 0.5 cm.
A/P: Symptomatic keloids x3 (L91.0).
 Procedure - intralesional Kenalog: consent verbal. Alcohol prep. Triamcinolone acetonide 40 mg/mL,
 1.0 mL total (40 mg) injected with 30g needle into 3 keloids until blanching. No complications.
 Discussed atrophy/hypopigmentation. Repeat 6 weeks.
""",
        "expected": {"lines": [("11900", 1, ()), ("J3301", 4, ())], "topics": []},
    },
    {
        "id": "demo-enc-postop-global", "encounter_id": "demo-enc-postop-global", "patient_id": "demo-pat-lindgren",
        "date": "2026-03-20", "payer": "medicare", "provider": "ramirez", "em": "99024",
        "patient": ("Lindgren", "Carol Ann", "1949-07-19", "female"), "minutes": 10,
        "conditions": [
            {"id": "demo-cond-scc-leg", "text": "Squamous cell carcinoma of skin of left lower limb",
             "icd": "C44.729", "site": "Left anterior shin", "reason": True},  # audit: was C44.722 (right)
        ],
        "prior": [{"date": "2026-03-10", "code": "11603", "text": "Excision malignant lesion, leg 2.1-3.0 cm",
                   "site": "Left anterior shin",
                   "notes": ["SCC 1.8 x 1.4 cm, 4 mm margins, excised diameter 2.6 cm, simple closure."]}],
        "note": """POST-OP VISIT
Carol Lindgren, 76F, 3/20/2026 - Sofia Ramirez MD
s/p excision of SCC, left anterior shin on 3/10/2026 (10-day global). Path: SCC, well differentiated,
margins clear (closest 3 mm).
Wound: well approximated, no erythema, drainage or dehiscence. Sutures removed (8). Steri-strips applied.
Reviewed path results with patient. Wound care and sun protection reviewed.
Plan: full skin exam in 3 months. No other issues addressed today.
Post-op visit, no charge (99024).
""",
        "expected": {"lines": [("99024", 1, ())], "topics": []},
    },
    {
        "id": "demo-enc-cosmetic-sk-medicare", "encounter_id": "demo-enc-cosmetic-sk-medicare",
        "patient_id": "demo-pat-delacroix", "date": "2026-03-23", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Delacroix", "Yvonne", "1950-01-30", "female"), "minutes": 15,
        "conditions": [
            {"id": "demo-cond-sk", "text": "Seborrheic keratosis", "icd": "L82.1", "site": "Forehead and temples",
             "reason": True},
        ],
        "procedures": [
            {"id": "demo-proc-cryo-sk", "text": "Destruction benign lesions (SK), cosmetic", "cpt": "17110",
             "site": "Forehead, bilateral temples", "reasons": ["demo-cond-sk"],
             "notes": ["LN2 to 5 asymptomatic SKs at patient request. Voluntary ABN signed; patient pays."]},
        ],
        "note": """Yvonne Delacroix 76F   03/23/2026   Erik Lindqvist, MD
Reason for visit: wants "the brown spots" on the forehead removed before her granddaughter's wedding.
She reports they are not itchy, not bleeding, not irritated and have not changed; she dislikes how they look.
Exam: five (5) stuck-on, waxy light-brown seborrheic keratoses, forehead and both temples, 4-9 mm, no
inflammation. Dermoscopy: milia-like cysts and comedo-like openings; benign.
Assessment: Seborrheic keratoses, asymptomatic (L82.1). Removal is cosmetic.
Counselled that Medicare does not cover cosmetic removal. Voluntary ABN (CMS-R-131) reviewed and signed; patient
elects to proceed and pay.
Procedure: LN2 cryotherapy, 1 freeze-thaw cycle, to 5 SKs. Tolerated well.
""",
        "expected": {"lines": [("17110", 1, ("GX", "GY"))], "topics": ["cosmetic"]},
    },
    {
        "id": "demo-enc-order-sign-dupilumab", "encounter_id": "demo-enc-order-sign-dupilumab",
        "patient_id": "demo-pat-nakamura", "date": "2026-03-25", "payer": "commercial-aetna", "provider": "baptiste",
        "patient": ("Nakamura", "Kenji", "1991-05-05", "male"), "em": "99214", "minutes": 35,
        "conditions": [
            {"id": "demo-cond-ad", "text": "Atopic dermatitis, unspecified", "icd": "L20.9",
             "site": "Flexures, hands, forearms, neck", "reason": True},
        ],
        "extra": [_med_request_dupilumab, _service_request_nbuvb],
        "note": """ESTABLISHED PATIENT VISIT - Atopic dermatitis
Kenji Nakamura 34M   03/25/2026   Marc Baptiste MD
HPI: Lifelong eczema, severe flare since fall 2025 with sleep loss (wakes 3-4x/night itching). Failed
triamcinolone 0.1% ointment BID x 8 weeks and tacrolimus 0.1% ointment x 12 weeks; short prednisone taper
in 12/2025 with rebound. Missing work.
Exam: lichenified erythematous plaques on antecubital and popliteal fossae, dorsal hands, forearms and
neck with excoriations; BSA ~30%. EASI 24.6, IGA 4, peak pruritus NRS 9/10.
A/P:
1. Severe atopic dermatitis, uncontrolled, failed topical therapy - start dupilumab 600 mg load then 300 mg
   q2w; prior authorization submitted; injection teaching scheduled. Conjunctivitis risk discussed.
2. Adjunct NB-UVB 3x weekly for hands/forearms ordered (pending PA).
3. Continue bland emollients; bleach baths twice weekly.
Return 4 months. Total time 38 minutes.
""",
        "expected": {"lines": [("99214", 1, ())], "topics": []},
    },
    {
        "id": "demo-enc-order-sign-mohs", "encounter_id": "demo-enc-order-sign-mohs",
        "patient_id": "demo-pat-fairbanks", "date": "2026-03-26", "payer": "medicare-advantage-ppo",
        "provider": "okafor", "patient": ("Fairbanks", "George", "1955-10-12", "male"), "em": "99213", "minutes": 20,
        "conditions": [
            {"id": "demo-cond-temple-bcc", "text": "Basal cell carcinoma of skin of other parts of face",
             "icd": "C44.319", "site": "Right temple", "reason": True},
        ],
        "path": [{"id": "demo-path-temple", "date": "2026-03-19",
                  "text": "Skin, right temple, shave biopsy: basal cell carcinoma, infiltrative pattern.",
                  "site": "Right temple"}],
        "extra": [_service_request_mohs_order],
        "note": """George Fairbanks 70M   3/26/2026   Adaeze Okafor, MD
Path review visit. Shave biopsy of the R temple (3/19/26) showed infiltrative BCC.
Exam: healing biopsy site, ill-defined 1.1 cm pearly plaque with telangiectasia, R temple.
A/P: Infiltrative BCC of the right temple - high-risk histology, H-zone adjacent; Mohs is appropriate
(AUC appropriate). Reviewed options (excision, Mohs, radiation). Patient chooses Mohs; referral order placed
for Mohs micrographic surgery. Sun protection. 12 minutes spent, >50% counselling.
""",
        "expected": {"lines": [("99213", 1, ())], "topics": []},
    },
]
