"""Sealed set 66 (s66-): audit of a suburban dermatology practice where physician assistants and nurse
practitioners see most patients.

Office: Riverside Dermatology, Maple Hollow satellite. APPs: Brianna Kowalczyk, PA-C; Tomas Ferreira, FNP-C;
Mallory Quist, PA-C; Devin Achterberg, NP. Supervising dermatologists (billing practitioner on the FHIR
Encounter): okafor, chen, pike, santos, voss; Mohs surgeon: nakamura. Notes carry incident-to and split/shared
attestation lines and the supervising physician's co-signature; these attestations never change the CPT
lines (no FS modifier in the house conventions, office setting). Expected answers come from the rule book
(sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
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
    "id": "s66-bx-three-lesions-punch-primary",
    "family": "biopsy", "shape": "note-only",
    "description": "PA note: two shave biopsies and one punch biopsy of three separate lesions; punch is the primary",
    "date": "2025-10-14",
    "patient": ("Haberman", "Joyce", "1954-02-19", "female"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Pink scaly papule, right forearm", None, "Right forearm", reason=True),
        C("c2", "Irregularly pigmented macule, left upper back", None, "Left upper back", reason=True),
        C("c3", "Pearly papule, right preauricular cheek", None, "Right preauricular cheek", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW OFFICE
Procedure note

Patient: Joyce Haberman    DOB: 02/19/1954    Date of service: 10/14/2025
Seen by: Brianna Kowalczyk, PA-C
Supervising dermatologist: Adaeze Okafor, MD, present in the office suite

Reason for visit: Mrs. Haberman is a 71-year-old woman who was referred back to us by her primary care
doctor for three spots that he did not like. She had a full skin exam here in April. She has no history
of skin cancer. She takes apixaban for atrial fibrillation, and she did not stop it.

Exam: I examined the right forearm, the back, and the face. The findings are listed below. Dermoscopy of
the back lesion shows an atypical network at one edge. The other skin examined today was unremarkable.

Procedure(s) performed today:
Lesion 1 - R forearm - 6 mm pink scaly papule - shave biopsy - r/o SCC
Lesion 2 - L upper back - 7 mm irregularly pigmented macule - 4 mm punch biopsy - r/o dysplastic nevus
Lesion 3 - R preauricular cheek - 5 mm pearly papule - shave biopsy - r/o BCC

Details: Verbal and written consent were obtained. Each site was cleansed with alcohol and anesthetized with
1% lidocaine with epinephrine. Lesions 1 and 3 were sampled tangentially with a DermaBlade, and hemostasis
was obtained with aluminum chloride. Lesion 2 was sampled with a 4 mm punch and closed with one 4-0 nylon
suture. Each specimen went to the lab in its own labeled jar. She tolerated it well.

Not done today:
- Cryotherapy for the rough spots on the backs of both hands. She asked to wait until after the holidays.
- Excision of the back lesion. We will decide once pathology is back.
- Full skin exam. It was done in April and she is not due.

Plan: Wound care handout given. Suture out in 10-14 days. I will call her with results.
Visit level: no separate E/M billed. The visit was for the lesions that were biopsied.

Incident-to: Services provided by Brianna Kowalczyk, PA-C, under the direct supervision of Dr. Okafor.
Electronically signed: Brianna Kowalczyk, PA-C, 10/14/2025 11:52
Co-signed: Adaeze Okafor, MD, 10/14/2025 18:05
""",
    "path": [
        {"text": "A. Skin, right forearm, shave biopsy: squamous cell carcinoma, well differentiated, "
                 "extending to the deep margin.", "site": "Right forearm", "date": "2025-10-17"},
        {"text": "B. Skin, left upper back, punch biopsy: compound dysplastic nevus with mild atypia; margins "
                 "free.", "site": "Left upper back", "date": "2025-10-17"},
        {"text": "C. Skin, right preauricular cheek, shave biopsy: basal cell carcinoma, nodular type.",
         "site": "Right preauricular cheek", "date": "2025-10-17"},
    ],
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential, so the punch is the primary (11104) and the two shave biopsies "
                  "are 11103 x2 (11103 is an allowed add-on of 11104). No E/M selected.",
})

SCENARIOS.append({
    "id": "s66-bx-deleted-11100-codes-rash",
    "family": "biopsy", "shape": "pre-coded",
    "description": "NP pre-coded deleted 11100/11101 for two punch biopsies of a lichenoid eruption; E/M with Rx",
    "date": "2025-11-04",
    "patient": ("Delacroix", "Marcus", "1981-07-08", "male"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 40,
    "em": "99213",
    "conditions": [
        C("c1", "Lichenoid eruption, wrists and shins", "L30.9", "Wrists and shins", reason=True),
    ],
    "procedures": [
        P("Punch biopsy of skin", cpt="11100", site="Left volar wrist",
          note="4 mm punch of a violaceous flat-topped papule. One 4-0 nylon suture.", reasons=["c1"]),
        P("Punch biopsy of skin, each additional lesion", cpt="11101", site="Right anterior shin",
          note="4 mm punch of a separate hypertrophic plaque on the shin. One 4-0 nylon suture.", reasons=["c1"]),
    ],
    "note_title": "Office Visit - Established Patient",
    "note": """Riverside Dermatology, Maple Hollow
Office visit

Patient: Marcus Delacroix, 44 y/o male. Established patient (last seen 2023 for acne).
Provider: Tomas Ferreira, FNP-C. Supervising physician: Wei Chen, MD.

Chief complaint: Itchy bumps on the wrists and legs for six weeks.

HPI: Mr. Delacroix reports an itchy rash that started on both wrists and spread to his shins. The itch keeps
him awake. He started hydrochlorothiazide about three months ago. He has tried over-the-counter
hydrocortisone without help. He has no mouth sores and no nail changes.

Exam: There are violaceous, flat-topped, polygonal papules on both volar wrists with fine white scale. There
are hypertrophic purple plaques on both shins. The oral mucosa is clear. The nails are normal.

Assessment and plan:
1. Lichenoid eruption. The differential is lichen planus versus a lichenoid drug eruption from
   hydrochlorothiazide. I reviewed his medication list. I sent a message to his primary care doctor to ask
   about switching to another blood pressure medicine. I started triamcinolone 0.1% ointment twice daily
   to the wrists and clobetasol 0.05% ointment twice daily to the shins, with a 2-week limit. I explained
   the side effects of strong steroids.
2. Biopsies to confirm the diagnosis, see below.

Procedure(s) performed today:
Lesion 1 - L volar wrist - 5 mm violaceous papule - 4 mm punch biopsy - r/o lichen planus
Lesion 2 - R anterior shin - 2 cm hypertrophic plaque - 4 mm punch biopsy - r/o hypertrophic LP

Consent signed. Lidocaine 1% with epinephrine. Each site closed with one 4-0 nylon suture. Two jars.

Not done today:
- Hepatitis C screening. His PCP did this in 2024 and it was negative.
- Intralesional steroid to the shin plaques. We will consider it if the topical fails.

Follow-up in 2 weeks for suture removal and results.

Visit: 99213, significant and separate from the biopsies (new eruption evaluated, two prescriptions started,
medication review and PCP communication).

Incident-to does not apply (new problem); billed under the supervising physician's group per office policy.
Electronically signed: Tomas Ferreira, FNP-C 11/04/2025 15:20
Reviewed and co-signed: Wei Chen, MD 11/05/2025 08:10
""",
    "expected": E([L("99213", 1, "25"), L("11104"), L("11105")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted in 2019 (BX-1): two punches of different lesions = 11104 + 11105. The E/M "
                  "covers a new eruption with two prescriptions and a drug review beyond the biopsy decision, so it "
                  "keeps 25 (GS-3); 11104/99213 and 11105/99213 are indicator 1.",
})

SCENARIOS.append({
    "id": "s66-bx-lip-vermilion-plus-back",
    "family": "biopsy", "shape": "free-text",
    "description": "PA free text: tangential biopsy of the lower-lip vermilion (40490) and of the back (11102-XS)",
    "date": "2025-09-23",
    "patient": ("Okonjo", "Raymond", "1959-12-02", "male"),
    "provider": "pike", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Keratotic papule, lower lip vermilion", None, "Lower lip vermilion", reason=True),
        C("c2", "Pink shiny papule, right mid back", None, "Right mid back", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Lower lip vermilion, left of midline",
          note="5 mm scaly keratotic papule on the vermilion, r/o SCC. Tangential biopsy with a flexible blade. "
               "Aluminum chloride for hemostasis.", reasons=["c1"]),
        P("Shave biopsy", site="Right mid back",
          note="9 mm pink shiny papule, r/o BCC. Tangential biopsy with a flexible blade. Aluminum chloride.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure visit

Patient: Raymond Okonjo, 65-year-old man. DOS 09/23/2025.
Provider: Mallory Quist, PA-C. Supervising physician: Jordan Pike, MD (on site).

Mr. Okonjo is a retired roofer and a former smoker. He came in because of a rough spot on his lower lip
that has been there for four months and does not heal. His wife also noticed a shiny bump on his back.

Exam: There is a 5 mm scaly keratotic papule on the lower lip vermilion, left of midline. The
vermilion border is intact. There is a 9 mm pink shiny papule with arborizing vessels on the right mid
back. No cervical lymph nodes are palpable.

Procedure(s) performed today:
Lesion 1 - Lower lip vermilion, L of midline - 5 mm keratotic papule - shave biopsy - r/o SCC
Lesion 2 - R mid back - 9 mm pink shiny papule - shave biopsy - r/o BCC

Both sites were anesthetized with 1% lidocaine with epinephrine. Both were sampled tangentially, and
hemostasis was obtained with aluminum chloride. Separate specimen jars. Petrolatum and bandage.

Not done today:
- Cryotherapy of the lip. Not appropriate until we have a diagnosis.
- Photodynamic therapy for actinic cheilitis. We discussed it as a later option.

Plan: Results by phone in 7-10 days. If malignant, he will see Dr. Pike to discuss treatment.
No E/M billed today.

Incident-to: Performed by Mallory Quist, PA-C, with Dr. Pike in the suite.
Signed: Mallory Quist, PA-C 09/23/2025 10:41
Co-signed: Jordan Pike, MD 09/23/2025 16:30
""",
    "expected": E([L("40490"), L("11102", 1, "XS")]),
    "coder_note": "BX-1: a lip-vermilion biopsy uses the site code 40490, not 11102. The back biopsy is 11102; "
                  "40490/11102 is PTP indicator 1 and the lesions are different, so XS goes on 11102.",
})

SCENARIOS.append({
    "id": "s66-cos-facial-sk-medicare-gy-gx",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: shave removal of three asymptomatic facial SKs for appearance, voluntary ABN signed",
    "date": "2025-08-19",
    "patient": ("Pemberton", "Alice", "1951-05-30", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Seborrheic keratoses of face, asymptomatic", "L82.1", "Face", reason=True),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Clinic note - Devin Achterberg, NP
Supervising physician: Henrietta Voss, MD

Patient: Alice Pemberton    DOB 05/30/1951    Visit date 08/19/2025

Mrs. Pemberton is 74 years old and came in to have "the brown spots on my face" taken off. She says they
make her look older. They do not itch, bleed, or hurt. She has not seen them change in size or color.
She has no personal history of skin cancer.

Exam: There are three stuck-on, waxy, tan to brown papules on the face. Dermoscopy shows milia-like cysts
and comedo-like openings on each. They are classic seborrheic keratoses. None is inflamed or irritated.

Assessment: Seborrheic keratoses of the face, asymptomatic. Removal is for appearance only.

Counseling: I told her that Medicare does not pay for cosmetic removal. I gave her a voluntary Advance
Beneficiary Notice so she knows she will owe the charge. She read it, chose to proceed, and signed it.
A copy is in the chart.

Procedure(s) performed today:
Lesion 1 - L temple - 4 mm tan waxy papule - shave removal - cosmetic SK
Lesion 2 - R malar cheek - 6 mm brown stuck-on papule - shave removal - cosmetic SK
Lesion 3 - Central forehead - 5 mm tan papule - shave removal - cosmetic SK

Each lesion was numbed with 1% lidocaine with epinephrine and removed flush with the skin using a
DermaBlade. Hemostasis with aluminum chloride. Vaseline and bandages. No specimens sent (classic SK).

Not done today:
- The SK on her back. She decided to leave it alone.
- Biopsy. Not needed; all three are typical on dermoscopy.

Follow-up as needed.

Incident-to: Provided by Devin Achterberg, NP, under Dr. Voss's direct supervision.
Electronically signed: Devin Achterberg, NP 08/19/2025 14:02
Co-signed: Henrietta Voss, MD 08/19/2025 17:11
""",
    "expected": E([L("11310", 2, "GY", "GX"), L("11311", 1, "GY", "GX")], topics=["cosmetic"],
                  dx={"11310": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK removal for appearance is cosmetic (statutory exclusion) -> GY on each "
                  "line, plus GX because a voluntary ABN was signed. Face shaves: 0.4 and 0.5 cm -> 11310 x2, "
                  "0.6 cm -> 11311.",
})

SCENARIOS.append({
    "id": "s66-cos-dpn-commercial-removed",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Commercial: electrodesiccation of asymptomatic DPNs on the cheeks pre-coded 17110; cosmetic, removed",
    "date": "2025-12-02",
    "patient": ("Mensah", "Abena", "1978-03-14", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Dermatosis papulosa nigra, cheeks", "L82.1", "Both cheeks", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions up to 14", cpt="17110", site="Bilateral cheeks",
          note="11 small DPN papules treated with light electrodesiccation and gentle curettage.", reasons=["c1"]),
    ],
    "note_title": "Cosmetic Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure note - Mallory Quist, PA-C; supervising physician Rafael Santos, MD

Patient: Abena Mensah, 47 y/o woman. DOS 12/02/2025.

Ms. Mensah would like the small dark bumps on her cheeks removed before her daughter's wedding. They have
been there for years. They do not itch, bleed, or catch on anything. She just does not like how they look.

Exam: There are about a dozen 1-3 mm smooth dark brown papules on both cheeks, typical of dermatosis
papulosa nigra. No inflammation.

Assessment: Dermatosis papulosa nigra, asymptomatic. This is a cosmetic request.

Procedure(s) performed today:
Lesions 1-11 - bilateral cheeks - 1-3 mm brown papules - light electrodesiccation and curettage - cosmetic

Topical numbing cream was applied for 30 minutes. Each papule was treated with a low setting on the
hyfrecator and wiped away with gauze. She tolerated it well. Petrolatum twice daily until healed.

Not done today:
- Treatment of the papules on her neck. She wants to see how the face heals first.
- Chemical peel. We talked about it; she is not interested now.

Financial: She signed our cosmetic fee agreement and paid at checkout. Her plan excludes cosmetic services.

Incident-to: Performed by Mallory Quist, PA-C, with Dr. Santos in the office.
Electronically signed: Mallory Quist, PA-C 12/02/2025 13:25
Co-signed: Rafael Santos, MD 12/02/2025 17:40
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "Asymptomatic DPN (L82.1) removed for appearance = cosmetic (COS-2). Commercial payer: the line is "
                  "taken off the claim and the patient pays directly (conventions, non-Medicare cosmetic).",
})

SCENARIOS.append({
    "id": "s66-ds-ak-seventeen-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "17 AKs pre-coded as 17000 + 17003 x16; must be 17004 x1",
    "date": "2026-01-13",
    "patient": ("Vanterpool", "Gerald", "1946-09-09", "male"),
    "provider": "okafor", "payer": "medicare-ngs", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead and right hand", "L57.0", "Scalp, forehead, R dorsal hand",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp",
          note="LN2 cryotherapy, two freeze-thaw cycles.", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, x16", cpt="17003", site="Scalp, forehead, right dorsal hand",
          note="Remaining sixteen AKs treated with LN2.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note

Patient: Gerald Vanterpool    DOB 09/09/1946    DOS 01/13/2026
Provider: Brianna Kowalczyk, PA-C. Supervising: Adaeze Okafor, MD.

Mr. Vanterpool is a 79-year-old man with many actinic keratoses. He returns for scheduled cryotherapy. He
has no new concerns today. He has a history of BCC on the left shoulder, treated in 2021.

Exam: Rough, scaly, pink papules consistent with actinic keratoses:
- Scalp: 9
- Forehead: 5
- Right dorsal hand: 3
Total: 17 actinic keratoses. No thick or tender lesions that would need biopsy.

Procedure(s) performed today:
Lesions 1-9 - scalp - 3-8 mm rough pink papules - LN2 cryotherapy - AK
Lesions 10-14 - forehead - 3-5 mm scaly papules - LN2 cryotherapy - AK
Lesions 15-17 - R dorsal hand - 4-6 mm hyperkeratotic papules - LN2 cryotherapy - AK

Verbal consent. Two freeze-thaw cycles for each lesion. Expected blistering explained.

Not done today:
- Field treatment with 5-fluorouracil cream. We discussed it. He will think about it for the spring.
- Biopsy. No lesion looked suspicious for SCC.

Return in 3 months.

Incident-to: Service performed by Brianna Kowalczyk, PA-C, under the direct supervision of Dr. Okafor,
who was in the office suite.
Signed: Brianna Kowalczyk, PA-C 01/13/2026 09:48
Co-signed: Adaeze Okafor, MD 01/13/2026 12:15
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions = 17004 x1 instead of 17000/17003 (17004/17000 and "
                  "17004/17003 are indicator 0; 17003 x16 would also exceed its MUE of 13).",
})

SCENARIOS.append({
    "id": "s66-ds-painful-warts-and-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "Medicare: LN2 to 3 painful hand warts (17110) and 4 facial AKs (17000 + 17003 x3), XS on AK lines",
    "date": "2025-10-28",
    "patient": ("Kostelnik", "Walter", "1956-04-17", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Verruca vulgaris, right hand, painful", "B07.8", "Right hand", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Face", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of warts", site="Right hand - dorsal index finger, dorsal middle finger, thenar eminence",
          note="3 verrucae vulgares. Painful with gripping; the thenar one bled after catching on tools. "
               "Spread from one to three in two months. LN2, two freeze-thaw cycles each.", reasons=["c1"]),
        P("Cryotherapy of actinic keratoses", site="Forehead, nasal dorsum, left cheek",
          note="4 AKs (forehead 2, nasal dorsum 1, left cheek 1). LN2, one cycle each.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow office
Procedure visit - Tomas Ferreira, FNP-C; supervising Jordan Pike, MD

Patient: Walter Kostelnik, 69-year-old man. DOS 10/28/2025.

Mr. Kostelnik is a retired machinist who still works in his garage. He has warts on his right hand that
hurt when he grips tools. One on the palm side of his thumb bled last week after it caught on a wrench.
He had one wart in August and now he has three. He also has rough spots on his face that we have treated
before.

Exam: Three verrucous papules on the right hand (dorsal index finger 5 mm, dorsal middle finger 4 mm,
thenar eminence 7 mm with a small crust). Four rough pink scaly papules on the face typical of actinic
keratoses: forehead x2, nasal dorsum x1, left cheek x1.

Procedure(s) performed today:
Lesion 1 - R dorsal index finger - 5 mm verrucous papule - LN2 - painful wart
Lesion 2 - R dorsal middle finger - 4 mm verrucous papule - LN2 - painful wart
Lesion 3 - R thenar eminence - 7 mm crusted verrucous papule - LN2 - bleeding wart
Lesion 4 - forehead - 4 mm scaly papule - LN2 - AK
Lesion 5 - forehead - 3 mm scaly papule - LN2 - AK
Lesion 6 - nasal dorsum - 4 mm scaly papule - LN2 - AK
Lesion 7 - L cheek - 5 mm scaly papule - LN2 - AK

Not done today:
- Paring of the warts. Not needed before freezing.
- Candida antigen injection. We may try it if the warts come back.

Return in 3-4 weeks for repeat wart treatment if needed.

Incident-to: Services provided by Tomas Ferreira, FNP-C, with Dr. Pike present in the suite.
Electronically signed: Tomas Ferreira, FNP-C 10/28/2025 11:10
Co-signed: Jordan Pike, MD 10/28/2025 17:02
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")],
                  dx={"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "DS-2/DS-1: 3 warts = 17110 x1; 4 AKs = 17000 + 17003 x3. Warts are covered (pain, bleeding, "
                  "spreading; BSL-3). 17110/17000 and 17110/17003 are indicator 1 with 17110 in column 1; the "
                  "lesions differ, so XS goes on 17000 and 17003 (DS-3).",
})

SCENARIOS.append({
    "id": "s66-ds-ak-count-missing-plus-shave-bx",
    "family": "destruction", "shape": "note-only",
    "description": "AK cryotherapy with no lesion count documented (no destruction line) plus a shave biopsy of the cheek",
    "date": "2025-11-18",
    "patient": ("Brightwater", "Eugene", "1944-01-26", "male"),
    "provider": "chen", "payer": "medicare-noname", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Pearly papule, right cheek", None, "Right cheek", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Clinic note

Patient: Eugene Brightwater, 81 y/o male.    Date: 11/18/2025
Provider: Devin Achterberg, NP    Supervising physician: Wei Chen, MD

Mr. Brightwater comes in for his scalp, which has "sandpaper spots" again. His daughter also pointed out a
bump on his right cheek that bleeds when he shaves.

Exam: The scalp has multiple gritty, pink, scaly papules consistent with actinic keratoses. There is a
7 mm pearly pink papule with fine telangiectasias on the right cheek.

Procedure(s) performed today:
Lesion 1 - R cheek - 7 mm pearly pink papule - shave biopsy - r/o BCC
Scalp - several gritty pink papules - LN2 cryotherapy - AK

For the cheek: consent, 1% lidocaine with epinephrine, tangential biopsy with a blade, aluminum chloride.
For the scalp: the actinic keratoses were frozen with liquid nitrogen using two cycles each.

Not done today:
- The AKs on his ears. He asked to wait because his ears were sore from last time.
- Excision or Mohs of the cheek. This will depend on the biopsy.

Plan: Call with results. Scalp recheck in 3 months.
No E/M billed.

Incident-to: Provided by Devin Achterberg, NP, with Dr. Chen in the suite.
Signed: Devin Achterberg, NP 11/18/2025 10:15
Co-signed: Wei Chen, MD 11/18/2025 16:48
""",
    "expected": E([L("11102")], topics=["missing-documentation"]),
    "coder_note": "The scalp AK treatment says only 'multiple'/'several': with no count there is no 17000/17003/17004 "
                  "line (README Coding decisions, missing count). The cheek shave biopsy is 11102.",
})

SCENARIOS.append({
    "id": "s66-em-new-hs-flare-split-shared",
    "family": "em", "shape": "note-only",
    "description": "New patient HS flare, two prescriptions; split/shared statement; procedures listed as not done",
    "date": "2026-02-10",
    "patient": ("Carrington", "Tasha", "1997-08-21", "female"),
    "provider": "chen", "payer": "commercial-aetna", "minutes": 45,
    "em": "99204",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II, axillae and groin", "L73.2", "Axillae and groin",
          reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """Riverside Dermatology - Maple Hollow
New patient visit

Patient: Tasha Carrington, 28-year-old woman. DOS 02/10/2026.
Seen by: Mallory Quist, PA-C, with Wei Chen, MD.

Chief complaint: Painful boils under the arms and in the groin for five years, much worse this month.

HPI: Ms. Carrington has recurrent painful nodules in both armpits and the groin. They drain and leave scars.
She has had about six flares in the past year. Her PCP gave her two courses of cephalexin, which did not
help. She smokes half a pack a day. No fevers.

Exam: Both axillae have multiple inflamed nodules with sinus tracts and rope-like scars. The left axilla has a
2 cm tender nodule that is firm, not fluctuant. The inguinal folds have two inflamed nodules and old scars.
Hurley stage II.

Assessment and plan:
1. Hidradenitis suppurativa, Hurley II, in flare. This is a chronic illness with worsening.
   - Start doxycycline 100 mg twice daily for 12 weeks. Side effects and sun sensitivity reviewed.
   - Start clindamycin 1% solution twice daily and benzoyl peroxide wash.
   - We talked about adalimumab if she does not improve. Baseline TB test and hepatitis panel ordered so
     we are ready.
   - Smoking cessation counseling given.

Procedure(s) performed today:
None.

Not done today:
- Incision and drainage of the L axillary nodule. It is not fluctuant, so drainage is not indicated.
- Intralesional triamcinolone to the L axillary nodule. Offered; she declined because of needle fear.
- Deroofing. We will consider it at a later visit.

Follow-up in 6 weeks.

Visit level: 99204 (new patient, moderate MDM: chronic illness with exacerbation and prescription drug
management).
Split/shared visit: Dr. Chen saw the patient, reviewed the history and exam, and made the treatment
decision with me.
Signed: Mallory Quist, PA-C 02/10/2026 16:05
Co-signed: Wei Chen, MD 02/10/2026 17:30
""",
    "expected": E([L("99204")], dx={"99204": ["L73.2"]}),
    "coder_note": "E/M only: the I&D and intralesional injection are documented as not done, so no procedure lines "
                  "and no modifier 25. Provider-selected level kept (conventions).",
})

SCENARIOS.append({
    "id": "s66-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient: screening-only full skin exam, no history, no complaint, nothing found -> GY",
    "date": "2025-07-22",
    "patient": ("Thornquist", "Leonard", "1958-10-03", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "em": "99202",
    "conditions": [
        C("c1", "Encounter for skin cancer screening", "Z12.83", reason=True),
    ],
    "note_title": "New Patient - Skin Check",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
New patient visit - Tomas Ferreira, FNP-C (supervising physician: Rafael Santos, MD)

Patient: Leonard Thornquist    DOB 10/03/1958    DOS 07/22/2025

Reason for visit: Mr. Thornquist is a 66-year-old man who wants a "yearly skin check." His wife asked him
to come. He has no spots that worry him. Nothing itches, bleeds, or has changed. He has never had skin
cancer and has never had a biopsy. He does not know of any skin cancer in his family.

Exam: I did a full skin exam from scalp to feet, including the genital area with his permission. The skin
shows normal sun damage for his age. I found no lesions of concern. Nothing needs treatment, biopsy, or
closer follow-up.

Assessment: Skin cancer screening. Normal exam.

Plan: Sun protection reviewed. Monthly self-exams taught. No follow-up is needed unless something changes.

Procedure(s) performed today:
None.

Not done today:
- Biopsy. Nothing looked suspicious.
- Cryotherapy. No actinic keratoses were found.

Visit level: 99202.
Incident-to does not apply (new patient). Visit performed by Tomas Ferreira, FNP-C.
Signed: Tomas Ferreira, FNP-C 07/22/2025 09:40
Co-signed: Rafael Santos, MD 07/22/2025 12:05
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5 and README Coding decisions: Medicare has no skin-cancer screening benefit. A screening-only "
                  "exam with no history, no complaint and nothing found is statutorily excluded -> E/M with GY.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s66-il-psoriasis-mtx-g2211-with-25",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Medicare: methotrexate management E/M-25 + ILK to 3 plaques; pre-coded G2211 must drop",
    "date": "2025-09-09",
    "patient": ("Fairweather", "Dennis", "1963-06-12", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 35,
    "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis on methotrexate", "L40.0", "Elbows, knees, trunk", reason=True),
        C("c2", "Long-term (current) use of methotrexate", "Z79.631"),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Both elbows, left knee",
          note="Triamcinolone acetonide 10 mg/mL, 0.6 mL into each of 3 plaques, 1.8 mL total.", reasons=["c1"]),
        P("Triamcinolone acetonide injection", cpt="J3301", site="Both elbows, left knee",
          note="18 mg total.", reasons=["c1"]),
        P("Visit complexity add-on", cpt="G2211", note="Longitudinal psoriasis care."),
    ],
    "note_title": "Follow-up Visit - Psoriasis",
    "note": """Riverside Dermatology - Maple Hollow
Follow-up visit

Patient: Dennis Fairweather, 62-year-old man. DOS 09/09/2025.
Provider: Brianna Kowalczyk, PA-C. Supervising physician: Adaeze Okafor, MD (in the suite).

Mr. Fairweather has plaque psoriasis and has been on methotrexate 15 mg weekly with folic acid for eight
months. He comes for his 3-month check. Overall he is about 70% better, but three thick plaques on his
elbows and left knee have not moved. He has no mouth sores, no cough, and drinks alcohol rarely.

Labs: I reviewed the CBC and CMP from 09/02/2025. ALT is 38 (was 29), AST 31, creatinine normal, white count
normal.

Exam: BSA about 4%. Thick plaques on both elbows (3 cm and 4 cm) and the left knee (5 cm). Thin residual
plaques on the lower back.

Assessment and plan:
1. Plaque psoriasis on methotrexate. Improved but not clear. ALT is mildly up. I kept the dose at 15 mg
   weekly rather than increasing it, asked him to avoid alcohol, and ordered repeat CBC and CMP in 4 weeks.
   Continue folic acid 1 mg daily. Refilled clobetasol ointment for the body.
2. Resistant plaques on the elbows and left knee. Intralesional triamcinolone today, see below.

Procedure(s) performed today:
Lesion 1 - R elbow - 3 cm thick plaque - ILK 10 mg/mL, 0.6 mL - resistant psoriasis
Lesion 2 - L elbow - 4 cm thick plaque - ILK 10 mg/mL, 0.6 mL - resistant psoriasis
Lesion 3 - L knee - 5 cm thick plaque - ILK 10 mg/mL, 0.6 mL - resistant psoriasis
Total triamcinolone acetonide: 1.8 mL of 10 mg/mL = 18 mg.

Not done today:
- Switching to a biologic. We will revisit this if the ALT keeps rising.
- Excimer laser to the elbows. Insurance pre-authorization would be needed; not pursued today.

Return in 3 months with labs.
Visit: 99214 with modifier 25 (methotrexate monitoring and dose decision, separate from the injections).
G2211 added for ongoing psoriasis care.

Incident-to: Established plan of care; Dr. Okafor was present in the office suite.
Signed: Brianna Kowalczyk, PA-C 09/09/2025 10:30
Co-signed: Adaeze Okafor, MD 09/09/2025 16:55
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301", 2)], dx={"11900": ["L40.0"]}),
    "coder_note": "EM-6: G2211 is not payable when the office E/M carries 25, so it comes off. The methotrexate "
                  "lab review and dose decision are separate from the injections -> 99214-25. 3 lesions -> 11900; "
                  "18 mg triamcinolone acetonide -> J3301 x2 (ceil(18/10)).",
})

SCENARIOS.append({
    "id": "s66-il-eight-keloids-11901",
    "family": "intralesional", "shape": "note-only",
    "description": "Eight painful keloids injected with triamcinolone 40 mg/mL: 11901 and J3301 x4",
    "date": "2025-12-16",
    "patient": ("Oyelaran", "Kehinde", "1990-11-27", "male"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Keloids, chest, shoulders and upper back, painful and itchy", "L91.0", "Chest, shoulders, back",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note - Devin Achterberg, NP. Supervising physician: Jordan Pike, MD.

Patient: Kehinde Oyelaran    DOB 11/27/1990    DOS 12/16/2025

Mr. Oyelaran returns for his second round of keloid injections. His keloids came from acne and
started about six years ago. They itch every day and hurt when his shirt rubs them. The last injections
in October helped the itch for about five weeks.

Exam: Firm, shiny, pink keloids. Presternal chest: three (1.5 cm, 2 cm, 1 cm). Left shoulder: two
(1 cm each). Right shoulder: two (1.5 cm, 0.8 cm). Upper back: one (2.5 cm). Eight keloids in total. All are
a little flatter than in October.

Procedure(s) performed today:
Lesions 1-3 - presternal chest - 1-2 cm firm keloids - ILK 40 mg/mL, 0.1 mL each - painful keloid
Lesions 4-5 - L shoulder - 1 cm keloids - ILK 40 mg/mL, 0.1 mL each - painful keloid
Lesions 6-7 - R shoulder - 0.8-1.5 cm keloids - ILK 40 mg/mL, 0.1 mL each - painful keloid
Lesion 8 - upper back - 2.5 cm keloid - ILK 40 mg/mL, 0.1 mL - painful keloid
Total: 0.8 mL of triamcinolone acetonide 40 mg/mL = 32 mg, into 8 keloids.

Technique: 30-gauge needle, injected into the body of each keloid until blanching. Verbal consent. He
tolerated it well. We talked about thinning of the skin and lighter skin color.

Not done today:
- Cryotherapy of the keloids. We will add it next time if the response stalls.
- Excision. Not advised because keloids often come back after surgery.

Return in 6 weeks.

Incident-to: Provided by Devin Achterberg, NP, under Dr. Pike's direct supervision (on site).
Signed: Devin Achterberg, NP 12/16/2025 15:12
Co-signed: Jordan Pike, MD 12/16/2025 18:01
""",
    "expected": E([L("11901"), L("J3301", 4)], dx={"11901": ["L91.0"]}),
    "coder_note": "4.8 row: more than 7 lesions -> 11901 (one unit). 0.8 mL x 40 mg/mL = 32 mg -> J3301 x4.",
})

SCENARIOS.append({
    "id": "s66-il-alopecia-areata-four-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "Medicaid teen: ILK to 4 alopecia areata patches, 26 mg -> J3301 x3 (round up)",
    "date": "2026-01-20",
    "patient": ("Reyes-Whitfield", "Camila", "2010-04-05", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.8", "Scalp", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure visit

Patient: Camila Reyes-Whitfield, 15-year-old girl, here with her mother. DOS 01/20/2026.
Provider: Mallory Quist, PA-C. Supervising physician: Rafael Santos, MD (in clinic).

Camila has patchy alopecia areata. This is her third injection visit. She says two patches are filling in.
She is using clobetasol solution at night as planned and still has refills. No other concerns today.

Exam: Four smooth, round patches of hair loss on the scalp:
- Vertex, 3 cm, with fine regrowth
- Left parietal, 2.5 cm
- Right occipital, 2 cm
- Left temporal, 1.5 cm, with fine regrowth
Exclamation-point hairs at the edge of the left parietal patch. Eyebrows and eyelashes are normal.
Nails are normal.

Procedure(s) performed today:
Lesion 1 - vertex scalp - 3 cm patch - ILK 10 mg/mL, 0.9 mL - alopecia areata
Lesion 2 - L parietal scalp - 2.5 cm patch - ILK 10 mg/mL, 0.7 mL - alopecia areata
Lesion 3 - R occipital scalp - 2 cm patch - ILK 10 mg/mL, 0.6 mL - alopecia areata
Lesion 4 - L temporal scalp - 1.5 cm patch - ILK 10 mg/mL, 0.4 mL - alopecia areata
Total: 2.6 mL of triamcinolone acetonide 10 mg/mL (26 mg).

Consent from her mother. Ice and vibration for comfort. Multiple 0.1 mL injections about 1 cm apart.

Not done today:
- JAK inhibitor. Discussed as an option only if the patches spread.
- Lab work for thyroid disease. Her pediatrician checked it in November and it was normal.

Return in 6 weeks.

Incident-to: Established plan of care; Dr. Santos supervising on site.
Signed: Mallory Quist, PA-C 01/20/2026 16:20
Co-signed: Rafael Santos, MD 01/20/2026 17:45
""",
    "expected": E([L("11900"), L("J3301", 3)]),
    "coder_note": "4 lesions -> 11900. 26 mg triamcinolone acetonide -> J3301 x3 (per 10 mg, rounded up). No E/M: "
                  "she came for the scheduled injections only.",
})

SCENARIOS.append({
    "id": "s66-id-axilla-abscess-simple",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Medicaid MCO: simple I&D of a single left axillary abscess",
    "date": "2025-08-05",
    "patient": ("Haskins", "Tyrell", "2001-02-14", "male"),
    "provider": "chen", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Left axilla",
          note="2.5 cm fluctuant abscess. Single 1 cm incision with an 11 blade. Purulent material expressed and "
               "sent for culture. No loculations found. Irrigated with saline. No packing.", reasons=["c1"]),
    ],
    "note_title": "Walk-in Visit",
    "note": """Riverside Dermatology - Maple Hollow
Same-day visit - Tomas Ferreira, FNP-C (supervising physician Wei Chen, MD, in clinic)

Patient: Tyrell Haskins, 24 y/o man. DOS 08/05/2025.

Mr. Haskins has a painful lump in his left armpit for four days. It has gotten bigger and softer. He has no
fever. He has never had one before and has no history of hidradenitis.

Exam: There is a 2.5 cm red, warm, fluctuant nodule in the left axilla with a small pustule on top. There
is a little redness around it, about 1 cm. No other nodules. No sinus tracts or scars.

Assessment: Simple abscess, left axilla.

Procedure(s) performed today:
Lesion 1 - L axilla - 2.5 cm fluctuant abscess - incision and drainage - abscess

Consent. 1% lidocaine with epinephrine. One 1 cm incision. Pus drained and cultured. I probed the cavity
and found no loculations. Saline irrigation. The cavity was small, so no packing was placed. Gauze dressing.

Not done today:
- Oral antibiotics. The redness is limited and the abscess drained well, so they are not needed now.
- Packing. Not needed.

Warm compresses three times a day. Return if fever or if it refills. Culture result by phone.
No separate E/M billed.

Incident-to does not apply (new problem). Performed by Tomas Ferreira, FNP-C.
Signed: Tomas Ferreira, FNP-C 08/05/2025 12:30
Co-signed: Wei Chen, MD 08/05/2025 17:20
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single, uncomplicated abscess (no loculations, no packing) -> 10060.",
})

SCENARIOS.append({
    "id": "s66-id-two-abscesses-complicated",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Commercial: I&D of two abscesses (buttock loculated with packing, thigh) -> 10061 x1",
    "date": "2025-10-02",
    "patient": ("Lundgren", "Paige", "1986-09-30", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
        C("c2", "Cutaneous abscess of left lower limb", "L02.416", "Left posterior thigh", reason=True),
    ],
    "procedures": [
        P("I&D abscess", site="Right buttock",
          note="4 cm fluctuant abscess. 1.5 cm incision. Several loculations broken up with a hemostat. "
               "Irrigated. Packed with 1/4 inch iodoform gauze.", reasons=["c1"]),
        P("I&D abscess", site="Left posterior thigh",
          note="2 cm fluctuant abscess. 0.8 cm incision, pus expressed, irrigated. No packing.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note - Brianna Kowalczyk, PA-C; supervising physician Henrietta Voss, MD

Patient: Paige Lundgren    DOB 09/30/1986    DOS 10/02/2025

Ms. Lundgren has two painful boils, one on the right buttock and one on the back of the left thigh, for
five days. She has had MRSA in the past (2022). She is afebrile today.

Exam: Right buttock: 4 cm fluctuant, tender abscess with 2 cm of surrounding redness. Left posterior
thigh: 2 cm fluctuant abscess.

Procedure(s) performed today:
Lesion 1 - R buttock - 4 cm fluctuant abscess - I&D with loculation breakdown and packing - abscess
Lesion 2 - L posterior thigh - 2 cm fluctuant abscess - I&D - abscess

Both sites numbed with 1% lidocaine with epinephrine. For the buttock abscess, I made a 1.5 cm incision,
broke up several loculations with a hemostat, irrigated with saline, and packed the cavity with iodoform
gauze. For the thigh abscess, I made a 0.8 cm incision, expressed the pus, and irrigated it. Cultures from
both sites were sent.

Not done today:
- Decolonization regimen. We will discuss it at the packing check if cultures show MRSA.
- Ultrasound. Not needed; both were clearly fluctuant.

Started doxycycline 100 mg twice daily for 7 days because of the cellulitis around the buttock abscess and
her MRSA history. Packing check in 48 hours.

Incident-to does not apply (new problem). Performed by Brianna Kowalczyk, PA-C.
Signed: Brianna Kowalczyk, PA-C 10/02/2025 14:40
Co-signed: Henrietta Voss, MD 10/02/2025 17:55
""",
    "expected": E([L("10061")]),
    "coder_note": "4.8 row: 10061 covers complicated or multiple abscesses in one unit (MUE 1); here both apply "
                  "(loculations + packing, and two abscesses). Not 10060 x2.",
})

SCENARIOS.append({
    "id": "s66-exb-inflamed-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst upper back 1.8 cm + 2 mm margins -> 11403; layered 3.5 cm -> 12032",
    "date": "2025-11-11",
    "patient": ("Abernethy", "Colin", "1975-05-22", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 50,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Upper back", reason=True),
    ],
    "note_title": "Excision Note",
    "note": """Riverside Dermatology - Maple Hollow
Excision note

Patient: Colin Abernethy, 50 y/o man. DOS 11/11/2025.
Surgeon: Devin Achterberg, NP. Supervising physician: Jordan Pike, MD (in the suite).

Mr. Abernethy has a cyst on his upper back that has become red, swollen, and painful three times this
year. The last flare was drained at urgent care in July. It is quiet today. He wants it out.

Exam: 1.8 cm firm, mobile subcutaneous nodule with a central punctum, upper back just left of the spine.
No redness or fluctuance today.

Procedure(s) performed today:
Lesion 1 - upper back, L paraspinal - 1.8 cm cyst with punctum - excision - recurrently inflamed cyst

Pre-op measurement: lesion 1.8 cm. Margin 2 mm on all sides. Excised diameter 2.2 cm.
Consent signed. Time-out done. 1% lidocaine with epinephrine, 8 mL. A fusiform ellipse was drawn around
the lesion. The cyst and its punctum were removed intact with the surrounding skin and sent to pathology.
The wound was 3.5 cm long. Because of tension on the back, it was closed in layers: 3-0 Vicryl deep dermal
sutures and 4-0 nylon running sutures on the skin. Layered (intermediate) closure, 3.5 cm.

Not done today:
- Antibiotics. The cyst was not infected.
- Removal of the small cyst on his right earlobe. He wants to wait and see.

Wound care reviewed. Suture removal in 12-14 days.

Incident-to: Established patient; Dr. Pike supervising on site.
Signed: Devin Achterberg, NP 11/11/2025 15:45
Co-signed: Jordan Pike, MD 11/11/2025 18:10
""",
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with "
                 "foreign-body giant cell reaction. No atypia.", "site": "Upper back", "date": "2025-11-14"},
    ],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 1.8 + 2 x 0.2 = 2.2 cm, trunk -> 11403 (not the ellipse length). Intermediate repair is "
                  "separately reportable (EX-5): 3.5 cm trunk -> 12032. Recurrent inflammation makes it medically "
                  "necessary.",
})

SCENARIOS.append({
    "id": "s66-exb-cheek-atypical-nevus-band-fix",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Changing cheek nevus 0.5 cm + 2 mm margins pre-coded 11440; excised diameter 0.9 cm -> 11441",
    "date": "2025-09-30",
    "patient": ("Sorensen", "Ingrid", "1967-01-11", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Changing pigmented lesion, right cheek", None, "Right cheek", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion face 0.5 cm or less", cpt="11440", site="Right cheek",
          note="Lesion 0.5 cm, 2 mm margins, elliptical excision, simple closure with 5-0 nylon.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note - Tomas Ferreira, FNP-C. Supervising physician: Rafael Santos, MD.

Patient: Ingrid Sorensen    DOB 01/11/1967    DOS 09/30/2025

Mrs. Sorensen has a mole on her right cheek that she says got darker this summer. Comparison with our
photos from 2023 shows a new dark area at the lower edge.

Exam: 5 mm brown macule on the right cheek with an eccentric dark blotch. Dermoscopy shows an irregular
network at the lower edge.

Procedure(s) performed today:
Lesion 1 - R cheek - 5 mm changing brown macule - excision with 2 mm margins - r/o dysplastic nevus vs
melanoma in situ

Measured before excision: lesion 0.5 cm, margin 0.2 cm all around, excised diameter 0.9 cm.
Consent. 1% lidocaine with epinephrine. Elliptical excision along relaxed skin tension lines. Closed in a
single layer with 5-0 nylon (simple closure). Specimen oriented with a suture at 12 o'clock.

Not done today:
- Shave biopsy first. We chose complete excision because of the changing pigment.
- Layered closure. Not needed for this small wound.

Suture removal in 5-7 days. I will call with pathology.

Incident-to: Established patient and plan; Dr. Santos on site.
Signed: Tomas Ferreira, FNP-C 09/30/2025 10:55
Co-signed: Rafael Santos, MD 09/30/2025 16:40
""",
    "path": [
        {"text": "Skin, right cheek, excision: compound nevus with moderate architectural disorder and cytologic "
                 "atypia (moderately dysplastic nevus). Margins free, closest 1.5 mm. No melanoma.",
         "site": "Right cheek", "date": "2025-10-03"},
    ],
    "expected": E([L("11441")], topics=["coding-correction"], dx={"11441": ["D22.39"]}),
    "coder_note": "EX-1: 0.5 + 2 x 0.2 = 0.9 cm on the face -> 11441, not 11440. Path is a dysplastic (benign) nevus, "
                  "so benign codes (EX-3). Simple closure included.",
})

SCENARIOS.append({
    "id": "s66-exb-pilar-cyst-scalp-no-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Painful pilar cyst of scalp excised with no lesion size documented; layered repair 2.2 cm kept",
    "date": "2025-12-09",
    "patient": ("Whitcombe", "Doris", "1949-08-15", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Pilar cyst of scalp, painful with combing", "L72.11", "Scalp, vertex", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Scalp, vertex",
          note="Painful cyst, catches on comb. Excised intact through a 2.2 cm linear incision. Sent to "
               "pathology.", reasons=["c1"]),
        P("Layered closure", site="Scalp, vertex",
          note="2.2 cm. 4-0 Vicryl buried dermal sutures, 4-0 nylon on the skin.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure note

Patient: Doris Whitcombe, 76-year-old woman. DOS 12/09/2025.
Provider: Brianna Kowalczyk, PA-C. Supervising physician: Adaeze Okafor, MD.

Mrs. Whitcombe has a lump on the top of her head that hurts when she combs her hair and when she lies on
it. Her comb has caught on it and made it sore several times this fall.

Exam: Firm, smooth, mobile nodule on the vertex scalp. No punctum. Mildly tender. No redness.

Procedure(s) performed today:
Lesion 1 - vertex scalp - firm mobile nodule - excision - painful pilar cyst

Consent. Hair was parted and taped. 1% lidocaine with epinephrine. A linear incision of 2.2 cm was made
over the cyst. The cyst was dissected free and removed intact. Hemostasis with cautery. The wound was closed
in two layers: 4-0 Vicryl buried sutures and 4-0 nylon on the skin. Layered closure length: 2.2 cm.

Not done today:
- The second, smaller bump on her occipital scalp. It does not bother her.
- Antibiotics. Not needed.

Sutures out in 10 days.

Incident-to: Dr. Okafor in the suite. Established patient.
Signed: Brianna Kowalczyk, PA-C 12/09/2025 11:30
Co-signed: Adaeze Okafor, MD 12/09/2025 17:15
""",
    "path": [
        {"text": "Scalp, vertex, excision: pilar (trichilemmal) cyst.", "site": "Scalp", "date": "2025-12-12"},
    ],
    "expected": E([L("12031")], topics=["missing-documentation"]),
    "coder_note": "No lesion diameter or margin was recorded (the 2.2 cm is the incision/wound length, not the lesion), "
                  "so no size-banded excision line (README Coding decisions). The documented layered closure stays: "
                  "scalp 2.2 cm intermediate -> 12031.",
})

SCENARIOS.append({
    "id": "s66-exm-back-bcc-reexcision-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Planned re-excision of BCC for a positive margin 7 days after 11602: 11604-58 though re-excision is clear",
    "date": "2025-10-14",
    "patient": ("Gallardo", "Victor", "1952-03-03", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper back, positive peripheral margin", "C44.519", "Left upper back",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-10-07", "11602", "Excision malignant lesion trunk 1.1-2.0 cm", "Left upper back",
              "BCC 1.2 cm, 4 mm margins, excised diameter 2.0 cm. Path: nodular BCC, peripheral margin involved."),
    ],
    "note_title": "Re-excision Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Re-excision note - Mallory Quist, PA-C. Supervising physician: Henrietta Voss, MD.

Patient: Victor Gallardo    DOB 03/03/1952    DOS 10/14/2025

History: On 10/07/2025 I excised a biopsy-proven nodular BCC from his left upper back (lesion 1.2 cm,
4 mm margins). Pathology showed tumor at the 3 o'clock peripheral margin. When we discussed the result we
planned a re-excision, and he returns today for it, seven days after the first surgery.

Exam: The healing excision scar is clean, with no redness or drainage. Scar 2.4 cm.

Procedure(s) performed today:
Lesion 1 - L upper back - 2.4 cm healing excision scar - re-excision with 4 mm margins - BCC, positive
margin

Measured before re-excision: scar 2.4 cm, margin 0.4 cm all around, excised diameter 3.2 cm.
Consent. 1% lidocaine with epinephrine. The old scar was excised with 4 mm margins down to fat. Specimen
oriented with a stitch at 12 o'clock. The wound edges came together easily and were closed in a single layer
with interrupted 3-0 nylon (simple closure).

Not done today:
- Mohs referral. Not needed for this site; we are re-excising in the office.
- Layered closure. Not needed; low tension.

Suture removal in 14 days.

Incident-to: Established plan; Dr. Voss in the suite.
Signed: Mallory Quist, PA-C 10/14/2025 14:20
Co-signed: Henrietta Voss, MD 10/14/2025 18:00
""",
    "path": [
        {"text": "Skin, left upper back, re-excision: scar with no residual basal cell carcinoma. Margins free.",
         "site": "Left upper back", "date": "2025-10-17"},
    ],
    "expected": E([L("11604", 1, "58")], topics=["global-period"], dx={"11604": ["C44.519"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin is coded as malignant even when the specimen is clear, "
                  "and inside the 10-day global of 11602 it is a staged procedure -> 58. Size 2.4 + 2 x 0.4 = 3.2 cm, "
                  "trunk -> 11604. Simple closure included.",
})

SCENARIOS.append({
    "id": "s66-exm-sccis-shin-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "SCC in situ right shin 1.4 cm + 4 mm margins -> 11603; layered closure 4.2 cm -> 12032",
    "date": "2025-12-09",
    "patient": ("Hollingsworth", "Maureen", "1957-06-28", "female"),
    "provider": "chen", "payer": "commercial-aetna", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right shin", "D04.71", "Right anterior shin", reason=True),
    ],
    "procedures": [
        P("Excision", site="Right anterior shin",
          note="Biopsy-proven SCC in situ (11/18/2025). Lesion 1.4 cm. Margins 4 mm. Excised diameter 2.2 cm. "
               "Fusiform excision to fat.", reasons=["c1"]),
        P("Layered closure", site="Right anterior shin",
          note="4.2 cm. 4-0 Monocryl deep, 4-0 nylon running.", reasons=["c1"]),
    ],
    "note_title": "Excision Note",
    "note": """Riverside Dermatology - Maple Hollow
Excision visit

Patient: Maureen Hollingsworth, 68-year-old woman. DOS 12/09/2025.
Provider: Tomas Ferreira, FNP-C. Supervising physician: Wei Chen, MD, in the office.

Mrs. Hollingsworth returns to have the SCC in situ on her right shin removed. It was biopsied on 11/18/2025.
She does not smoke and she is not on blood thinners.

Exam: 1.4 cm pink scaly plaque on the right anterior shin with the healed biopsy site in its center. No
palpable nodes in the groin or behind the knee.

Procedure(s) performed today:
Lesion 1 - R anterior shin - 1.4 cm pink scaly plaque - excision with 4 mm margins - SCC in situ

Measured before excision: lesion 1.4 cm plus 0.4 cm margin on each side; excised diameter 2.2 cm.
Consent. Time-out. 1% lidocaine with epinephrine. Fusiform excision down to subcutaneous fat. Because the
shin skin is tight, the wound was closed in layers: 4-0 Monocryl deep dermal sutures and a running 4-0 nylon
skin suture. Final wound length 4.2 cm.

Not done today:
- 5-fluorouracil cream. Not used since we are removing the lesion surgically.
- Compression wrap. Not needed; ACE wrap only for today.

Leg elevation, wound care sheet given. Suture removal in 14 days.

Incident-to: Established patient, plan set by Dr. Chen at the biopsy-result visit; Dr. Chen on site.
Signed: Tomas Ferreira, FNP-C 12/09/2025 13:50
Co-signed: Wei Chen, MD 12/09/2025 17:35
""",
    "path": [
        {"text": "Skin, right shin, excision: squamous cell carcinoma in situ (Bowen disease), margins clear "
                 "(closest 3 mm).", "site": "Right shin", "date": "2025-12-12"},
    ],
    "expected": E([L("11603"), L("12032")], dx={"11603": ["D04.71"]}),
    "coder_note": "EX-3: SCC in situ takes malignant codes. 1.4 + 2 x 0.4 = 2.2 cm on the leg -> 11603. Layered "
                  "closure 4.2 cm on an extremity -> 12032 (EX-5, no PTP edit).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s66-exm-neck-mis-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Excision of a changing neck lesion pre-coded benign 11422 before path; path MIS -> 11622",
    "date": "2026-02-03",
    "patient": ("Aldridge", "Howard", "1950-12-19", "male"),
    "provider": "okafor", "payer": "medicare-noname", "minutes": 40,
    "conditions": [
        C("c1", "Melanoma in situ, left posterior neck", "D03.4", "Left posterior neck", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion neck 1.1-2.0 cm", cpt="11422", site="Left posterior neck",
          note="Lesion 0.8 cm, 2 mm margins, excised diameter 1.2 cm. Simple closure 5-0 nylon.", reasons=["c1"]),
    ],
    "note_title": "Excision Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Excision note - Brianna Kowalczyk, PA-C. Supervising physician: Adaeze Okafor, MD (present).

Patient: Howard Aldridge    DOB 12/19/1950    DOS 02/03/2026

Mr. Aldridge is a 75-year-old man whose barber told him a spot on the back of his neck looked different.
Compared with our 2024 photos it is larger and has a new dark area. He had a melanoma in situ removed
from his left upper arm in 2019.

Exam: 8 mm irregular brown macule on the left posterior neck with two shades of brown and a notched
border. Dermoscopy: atypical network and regression area.

Procedure(s) performed today:
Lesion 1 - L posterior neck - 8 mm irregular brown macule - excision with 2 mm margins - r/o melanoma

Measured before excision: lesion 0.8 cm, margin 0.2 cm on all sides, excised diameter 1.2 cm.
Consent signed. 1% lidocaine with epinephrine. Elliptical excision to fat. Closed in a single layer with
5-0 nylon (simple). Specimen oriented.

Not done today:
- Wide local excision. We will plan it with Dr. Okafor if the pathology shows melanoma.
- Sentinel node discussion. Not needed unless invasive melanoma is found.

Coding entered at checkout as a benign excision while pathology is pending.

Incident-to: Established patient; Dr. Okafor in the office suite.
Signed: Brianna Kowalczyk, PA-C 02/03/2026 11:05
Co-signed: Adaeze Okafor, MD 02/03/2026 17:25
""",
    "path": [
        {"text": "Skin, left posterior neck, excision: melanoma in situ, lentigo maligna type, arising in sun-damaged "
                 "skin. Peripheral margins free by 1 mm.", "site": "Left posterior neck", "date": "2026-02-06"},
    ],
    "expected": E([L("11622")], topics=["coding-correction"], dx={"11622": ["D03.4"]}),
    "coder_note": "EX-3: melanoma in situ takes malignant excision codes, decided by the final pathology. Neck is "
                  "SNHFG; 0.8 + 2 x 0.2 = 1.2 cm -> 11622 (not benign 11422).",
})

SCENARIOS.append({
    "id": "s66-mohs-nasal-tip-88305-dropped",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs nasal tip BCC, 2 stages, layered repair 1.8 cm; pre-coded 88305 on Mohs layers must drop",
    "date": "2025-11-20",
    "patient": ("Ferreira-Lowe", "Beatrice", "1948-07-07", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right nasal tip", "C44.311", "Right nasal tip", reason=True),
    ],
    "procedures": [
        P("Mohs surgery head/neck, first stage", cpt="17311", site="Right nasal tip",
          note="Stage 1: 3 tissue blocks.", reasons=["c1"]),
        P("Mohs surgery head/neck, additional stage", cpt="17312", site="Right nasal tip",
          note="Stage 2: 2 tissue blocks. Clear.", reasons=["c1"]),
        P("Surgical pathology, level IV", cpt="88305", site="Right nasal tip",
          note="Frozen sections of Mohs layers, read by Dr. Nakamura.", reasons=["c1"]),
        P("Intermediate repair face", cpt="12051", site="Right nasal tip",
          note="Layered closure 1.8 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Riverside Dermatology - Mohs Surgery Suite (Maple Hollow)

Patient: Beatrice Ferreira-Lowe, 77 y/o woman. DOS 11/20/2025.
Mohs surgeon and pathologist: Ren Nakamura, MD.
Pre-op and post-op care: Mallory Quist, PA-C.

Pre-op (M. Quist, PA-C): Biopsy on 10/28/2025 by me showed nodular BCC of the right nasal tip. She takes
no blood thinners. Consent reviewed. Photos taken. Site confirmed with the patient in a mirror.

Operative report (R. Nakamura, MD):
Pre-op size 0.7 x 0.6 cm. Local anesthesia with 1% lidocaine with epinephrine.
Stage I: Tumor debulked, then the first layer was excised and divided into 3 tissue blocks. I processed and
read the frozen sections myself. Residual BCC at the left lateral edge (block 2).
Stage II: A second layer was taken from the left lateral edge as 2 tissue blocks. Clear.
Total: 2 stages (3 + 2 blocks). All Mohs tissue was processed in our lab; nothing went to an outside
pathologist.
Final defect: 1.1 x 0.9 cm, into the deep dermis.
Repair: The defect was closed in layers with 5-0 Monocryl buried sutures and 6-0 nylon on the skin after
limited undermining. Final length 1.8 cm. Layered (intermediate) repair.

Post-op (M. Quist, PA-C): Wound care reviewed. Pressure dressing for 24 hours.

Procedure(s) performed today:
Lesion 1 - R nasal tip - 0.7 cm BCC - Mohs, 2 stages - nodular BCC
Repair - R nasal tip - 1.8 cm - layered closure

Not done today:
- Flap. The defect was small enough to close side to side.
- Second-intention healing. Not chosen because of the convex nasal tip.

Charge entry note: 88305 entered by front desk for the slides.
Signed: Ren Nakamura, MD 11/20/2025 15:10
Signed: Mallory Quist, PA-C 11/20/2025 15:30
""",
    "expected": E([L("17311"), L("17312"), L("12051")], topics=["ncci"], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-5: the Mohs surgeon's own frozen sections are part of 17311/17312; 88305 on Mohs layers is not "
                  "reported (17311/88305 indicator 1, no distinct specimen). 2 stages -> 17311 + 17312. Layered repair "
                  "1.8 cm on the nose -> 12051, reportable with Mohs (MOHS-7).",
})

SCENARIOS.append({
    "id": "s66-mohs-scalp-scc-seven-blocks",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs scalp SCC: stage 1 with 7 blocks (17315 x2), stage 2 with 3 blocks; layered repair 6.8 cm",
    "date": "2026-01-15",
    "patient": ("Grimsby", "Arthur", "1944-10-22", "male"),
    "provider": "nakamura", "payer": "medicare-advantage-ppo", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, left parietal scalp", "C44.42",
          "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Mohs surgery, stage 1", site="Left parietal scalp",
          note="First layer divided into 7 tissue blocks. Residual SCC in blocks 3 and 4.", reasons=["c1"]),
        P("Mohs surgery, stage 2", site="Left parietal scalp",
          note="Second layer, 3 tissue blocks. Margins clear.", reasons=["c1"]),
        P("Layered closure", site="Left parietal scalp",
          note="Defect 3.0 x 2.4 cm closed side to side after undermining in the subgaleal plane. 3-0 Vicryl deep, "
               "staples. Length 6.8 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """RIVERSIDE DERMATOLOGY - MOHS SUITE
Patient: Arthur Grimsby    DOB 10/22/1944    DOS 01/15/2026
Mohs surgeon (surgeon and pathologist): Ren Nakamura, MD
Assisting and pre-op: Devin Achterberg, NP

Pre-op (D. Achterberg, NP): 81-year-old man, bald scalp, long history of sun exposure. Biopsy 12/16/2025:
well-differentiated SCC, left parietal scalp. Pre-op size 1.6 x 1.4 cm. On clopidogrel, continued per
cardiology. Consent signed.

Operative report (R. Nakamura, MD): Local anesthesia. Debulked with a curette.
Stage 1: Layer excised and mapped into 7 tissue blocks because of the size of the tumor. I read the frozen
sections: residual SCC in blocks 3 and 4 at the posterior edge.
Stage 2: Posterior layer taken as 3 tissue blocks. Clear.
Final defect 3.0 x 2.4 cm, down to galea. Closed side to side after undermining in the subgaleal plane,
3-0 Vicryl deep sutures and skin staples. Repair length 6.8 cm. Layered closure.

Procedure(s) performed today:
Lesion 1 - L parietal scalp - 1.6 cm keratotic nodule - Mohs, 2 stages (7 + 3 blocks) - SCC
Repair - L parietal scalp - 6.8 cm - layered closure

Not done today:
- Skin graft or flap. The wound closed side to side.
- Radiation referral. Not needed; clear margins and no perineural invasion seen.

Post-op: Pressure dressing. Staples out in 10-14 days.
Signed: Ren Nakamura, MD 01/15/2026 16:40
Signed: Devin Achterberg, NP 01/15/2026 16:55
""",
    "expected": E([L("17311"), L("17315", 2), L("17312"), L("12032")], dx={"17311": ["C44.42"]}),
    "coder_note": "MOHS-2: head site -> 17311 for stage 1 (up to 5 blocks) + 17315 x2 for blocks 6 and 7; stage 2 -> "
                  "17312 (3 blocks). Layered repair 6.8 cm on the scalp -> 12032 (scalp/trunk/extremities group, "
                  "2.6-7.5 cm).",
})

SCENARIOS.append({
    "id": "s66-nail-avulsion-two-toes-digit-mods",
    "family": "nails", "shape": "pre-coded",
    "description": "Nail avulsion of left great and left second toenails pre-coded 11730 twice -> 11730-TA + 11732-T1",
    "date": "2025-08-26",
    "patient": ("Pruett", "Darlene", "1960-02-02", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Onycholysis with painful dystrophic nails after trauma, left great and second toes", "L60.1",
          "Left great toe and left second toe", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate", cpt="11730", site="Left great toe",
          note="Whole nail plate avulsed.", reasons=["c1"]),
        P("Avulsion of nail plate", cpt="11730", site="Left second toe",
          note="Whole nail plate avulsed.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure note - Tomas Ferreira, FNP-C. Supervising physician: Jordan Pike, MD.

Patient: Darlene Pruett, 65 y/o woman. DOS 08/26/2025.

Ms. Pruett dropped a cast-iron pan on her left foot in June. Since then the nails of her left great toe and
left second toe have lifted, turned thick, and hurt in shoes. The loose nails catch on socks.

Exam: Left great toenail: two-thirds lifted from the bed, thick, tender to pressure. Left second toenail:
almost completely lifted, tender. No pus. Pulses are normal. Sensation is normal.

Procedure(s) performed today:
Lesion 1 - L great toe - lifted painful nail - total nail avulsion - traumatic onycholysis
Lesion 2 - L second toe - lifted painful nail - total nail avulsion - traumatic onycholysis

Digital blocks with 2% plain lidocaine. Tourniquet. Each nail plate was freed with a nail elevator and
removed completely. Nail beds intact. Petrolatum and nonstick dressings. Tourniquet off, good refill.

Not done today:
- Matrixectomy. We want the nails to grow back normally.
- Nail clipping for fungal culture. The change followed trauma; she declined testing.

Soak and dressing changes daily. Recheck in 2 weeks if any signs of infection.

Incident-to: Dr. Pike in the suite. Established patient.
Signed: Tomas Ferreira, FNP-C 08/26/2025 09:55
Co-signed: Jordan Pike, MD 08/26/2025 15:30
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], topics=["coding-correction"]),
    "coder_note": "4.8 row: 11730 for the first nail, +11732 for each additional nail (not 11730 twice). Digit "
                  "modifiers on nail codes (conventions): left great toe TA, left second toe T1.",
})

SCENARIOS.append({
    "id": "s66-nail-phenol-matrixectomy-r-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Partial nail avulsion with phenol matrixectomy, lateral border right great toe -> 11750-T5",
    "date": "2025-09-16",
    "patient": ("Castellano", "Nico", "2003-06-18", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Ingrown toenail, right great toe, lateral border, recurrent", "L60.0", "Right great toe",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note

Patient: Nico Castellano, 22-year-old man. DOS 09/16/2025.
Provider: Mallory Quist, PA-C. Supervising physician: Rafael Santos, MD.

Mr. Castellano has an ingrown nail on the outer side of his right big toe. This is the fourth time in two
years. It was trimmed out at urgent care twice and came back each time. He plays soccer and it hurts in
cleats. He wants a permanent fix.

Exam: Right great toe, lateral nail fold: red, swollen, and tender with a small amount of granulation
tissue. The nail border is embedded. No abscess. The left great toe has a mildly curved medial border
without redness.

Procedure(s) performed today:
Lesion 1 - R great toe, lateral border - embedded nail with inflamed fold - partial nail avulsion with
phenol matrixectomy - recurrent ingrown nail

Digital block with 2% plain lidocaine. Tourniquet applied. The lateral 3 mm of the nail plate was split
and removed back to the matrix. Granulation tissue was removed. 88% phenol was applied to the lateral
matrix for three 30-second applications, then flushed with alcohol. Tourniquet off; good refill.

Not done today:
- Left great toe. It is not ingrown; no treatment needed.
- Oral antibiotics. There is no cellulitis.

Daily soaks, antibiotic ointment, bandage. Expect drainage for 2-3 weeks. Recheck in 2 weeks.

Incident-to: Dr. Santos supervising on site.
Signed: Mallory Quist, PA-C 09/16/2025 16:10
Co-signed: Rafael Santos, MD 09/16/2025 18:20
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent partial nail removal with matrix destruction -> 11750 (the avulsion 11730 is bundled, "
                  "11750/11730 indicator 1 same nail). Right great toe -> T5.",
})

SCENARIOS.append({
    "id": "s66-nail-debridement-seven-toenails",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of 7 mycotic toenails -> 11721, no digit modifiers on debridement",
    "date": "2025-10-21",
    "patient": ("Whitlock", "Bernard", "1961-03-09", "male"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails", "B35.1", "Toenails", reason=True),
    ],
    "procedures": [
        P("Debridement of nails", site="Toenails: left 1-5, right 1-2",
          note="Seven thick, yellow, crumbly toenails debrided in thickness and length with nippers and a "
               "rotary burr. Painful in shoes before debridement.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Nail care visit - Devin Achterberg, NP (supervising physician Wei Chen, MD)

Patient: Bernard Whitlock, 64 y/o man. DOS 10/21/2025.

Mr. Whitlock has toenail fungus confirmed by PAS in 2024. The thick nails hurt when he wears work boots.
He comes back for debridement every three months.

Exam: The nails of all five left toes and the right first and second toes are thick (3-5 mm), yellow,
and crumbly with subungual debris. The right third to fifth toenails are normal. No redness or drainage.

Procedure(s) performed today:
Nails 1-5 - L great through L fifth toenails - thick dystrophic nails - debridement - onychomycosis
Nails 6-7 - R great and R second toenails - thick dystrophic nails - debridement - onychomycosis
Seven nails debrided with nippers and a rotary burr. No bleeding.

Not done today:
- Nail avulsion. Not needed.
- Oral terbinafine. We discussed it again; he prefers not to take a pill because of his liver worries.

Return in 3 months.

Incident-to: Established plan of care; Dr. Chen on site.
Signed: Devin Achterberg, NP 10/21/2025 08:50
Co-signed: Wei Chen, MD 10/21/2025 12:40
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "4.8 row: 6 or more nails -> 11721 (one unit). The conventions put digit modifiers on "
                  "11730/11732/11750 only, so none on debridement.",
})

SCENARIOS.append({
    "id": "s66-paring-three-foot-lesions",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three painful corns/calluses -> 11056",
    "date": "2025-11-25",
    "patient": ("Delgado", "Rosalind", "1972-12-01", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Both feet", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note - Brianna Kowalczyk, PA-C. Supervising physician: Henrietta Voss, MD.

Patient: Rosalind Delgado    DOB 12/01/1972    DOS 11/25/2025

Ms. Delgado is a nurse who stands for 12-hour shifts. She has painful hard spots on both feet. She thought
the one on her left heel might be a wart.

Exam:
- Right plantar first metatarsal head: 1.5 cm yellow callus, tender.
- Right fifth toe, lateral: 5 mm hard corn (heloma durum) with a central core.
- Left heel: 1 cm thick callus. When pared, skin lines ran through it and there were no pinpoint black dots
  or bleeding points, so it is a callus and not a wart.

Procedure(s) performed today:
Lesion 1 - R plantar 1st MTP - 1.5 cm callus - paring with #15 blade - callus
Lesion 2 - R fifth toe, lateral - 5 mm corn - paring and core removal - corn
Lesion 3 - L heel - 1 cm callus - paring - callus (not a wart)
Three lesions pared in total. No bleeding. Immediate relief reported.

Not done today:
- Cryotherapy of the left heel. Not needed, since it is not a wart.
- Orthotic casting. We gave her a podiatry referral for custom inserts.

Urea 40% cream at night, pumice stone after showers, toe spacer for the fifth toe.

Incident-to: Dr. Voss in the office suite.
Signed: Brianna Kowalczyk, PA-C 11/25/2025 12:10
Co-signed: Henrietta Voss, MD 11/25/2025 17:50
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring: 2-4 lesions -> 11056 (one unit). The heel lesion is a callus, not a wart, so there is no "
                  "destruction line.",
})

SCENARIOS.append({
    "id": "s66-paring-five-lesions-precoded-11055",
    "family": "paring", "shape": "pre-coded",
    "description": "Medicaid: five calluses each pre-coded 11055 -> one line 11057",
    "date": "2026-01-27",
    "patient": ("Jefferson", "Lorraine", "1966-05-13", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Painful calluses of both feet", "L84", "Both feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "procedures": [
        P("Paring benign hyperkeratotic lesion, single", cpt="11055", site="Right plantar 2nd MTP",
          reasons=["c1"]),
        P("Paring benign hyperkeratotic lesion, single", cpt="11055", site="Right plantar 5th MTP",
          reasons=["c1"]),
        P("Paring benign hyperkeratotic lesion, single", cpt="11055", site="Right heel", reasons=["c1"]),
        P("Paring benign hyperkeratotic lesion, single", cpt="11055", site="Left plantar 1st MTP",
          reasons=["c1"]),
        P("Paring benign hyperkeratotic lesion, single", cpt="11055", site="Left heel", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure note

Patient: Lorraine Jefferson, 59 y/o woman. DOS 01/27/2026.
Provider: Tomas Ferreira, FNP-C. Supervising physician: Jordan Pike, MD.

Ms. Jefferson has type 2 diabetes with neuropathy in both feet. She has thick calluses that crack and hurt
when she walks. Her endocrinologist asked us to keep them pared down to lower the risk of ulcers.

Exam: Five hyperkeratotic plaques:
1. R plantar 2nd MTP, 1.2 cm
2. R plantar 5th MTP, 1 cm
3. R heel, 2 cm with a fissure
4. L plantar 1st MTP, 1.5 cm
5. L heel, 2 cm
No ulcers. No signs of infection. Monofilament sensation reduced on both soles.

Procedure(s) performed today:
Lesions 1-5 - both plantar feet - 1-2 cm calluses - paring with #15 blade - painful calluses
No bleeding.

Not done today:
- Toenail debridement. Her nails are normal and do not need care.
- Wound care. There are no open wounds.

Urea cream twice daily. Diabetic shoes and daily foot checks reviewed. Return in 8 weeks.

Incident-to: Established plan; Dr. Pike supervising on site.
Signed: Tomas Ferreira, FNP-C 01/27/2026 14:35
Co-signed: Jordan Pike, MD 01/27/2026 17:00
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Paring is coded once per session by count: more than 4 lesions -> 11057 x1 (not 11055 x5; 11056/11055 "
                  "and 11057/11056 are indicator 0).",
})

SCENARIOS.append({
    "id": "s66-patch-80-new-hand-dermatitis-25",
    "family": "patch-test", "shape": "note-only",
    "description": "New patient hand dermatitis: separate E/M with Rx + application of 80 patch-test allergens",
    "date": "2025-10-06",
    "patient": ("Nakashima", "Lena", "1987-02-24", "female"),
    "provider": "okafor", "payer": "commercial-aetna", "minutes": 55,
    "em": "99203",
    "conditions": [
        C("c1", "Chronic hand dermatitis, suspected allergic contact dermatitis", "L30.9", "Both hands",
          reason=True),
    ],
    "note_title": "New Patient Visit and Patch Test Application",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
New patient visit - Devin Achterberg, NP. Supervising physician: Adaeze Okafor, MD.

Patient: Lena Nakashima    DOB 02/24/1987    DOS 10/06/2025

Chief complaint: Hand rash for 8 months.

HPI: Ms. Nakashima is a hairdresser. Her hands have been red, cracked, and itchy since February. It is worse
after work weeks and better on vacation. She uses nitrile gloves for color but not for washing. Her PCP
gave her triamcinolone cream, which helped a little. She asked for patch testing and stopped all topical
steroids on her back a week ago so we could test today.

Exam: Both hands: lichenified, fissured plaques on the fingertips and the backs of the hands with tiny
vesicles on the sides of the fingers. The wrists are clear. The back is clear for testing.

Assessment and plan:
1. Chronic hand dermatitis. Allergic contact dermatitis (hair dye, glove chemicals, preservatives) versus
   irritant dermatitis from wet work. Started clobetasol 0.05% ointment twice daily to the hands for two
   weeks, then weekends only. Cotton liners under nitrile gloves. Work-note for glove use given.
2. Patch testing, applied today (see below).

Procedure(s) performed today:
Patch test application - upper back - 80 allergens (North American 80 comprehensive series) -
r/o allergic contact dermatitis
Panels placed on the upper back and marked. No allergens from her own products were added today.

Not done today:
- Her own hair-dye products. We will test them at a later visit if the series is negative.
- Skin biopsy. Not needed.

Return in 48 hours for the first reading and at 96 hours for the final reading.

Visit: 99203 with modifier 25. The hand dermatitis evaluation and new prescription are separate from the patch
test application.
Incident-to does not apply (new patient). Seen by Devin Achterberg, NP; Dr. Okafor reviewed the plan.
Signed: Devin Achterberg, NP 10/06/2025 16:45
Co-signed: Adaeze Okafor, MD 10/06/2025 18:10
""",
    "expected": E([L("99203", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied (80). 95044/99203 is indicator 1; the new-patient "
                  "evaluation with a new prescription is separate from the test application -> 99203-25.",
})

SCENARIOS.append({
    "id": "s66-patch-application-only-em-dropped",
    "family": "patch-test", "shape": "free-text",
    "description": "Established pt returns only for application of 36 allergens; selected 99213 has no separate work",
    "date": "2025-12-01",
    "patient": ("Gottlieb", "Miriam", "1955-09-17", "female"),
    "provider": "chen", "payer": "medicare-advantage", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Eyelid dermatitis, suspected allergic contact dermatitis", "L30.9", "Both eyelids", reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="Expanded series, 36 allergens, placed and marked. Readings at 48 and 96 hours.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": """Riverside Dermatology - Maple Hollow
Patch test application visit

Patient: Miriam Gottlieb, 70-year-old woman. DOS 12/01/2025.
Provider: Mallory Quist, PA-C. Supervising physician: Wei Chen, MD (on site).

Mrs. Gottlieb was seen on 11/17/2025 for itchy, scaly eyelids. At that visit we started tacrolimus ointment,
planned patch testing, and asked her to stop the tacrolimus 3 days before today. She comes in today only
for the application. She says the eyelids are about the same. She has no new problems.

Exam: Mild scaling of both upper eyelids. The back is clear.

Procedure(s) performed today:
Patch test application - upper back - 36 allergens (expanded series) - r/o allergic contact dermatitis

Panels placed on the upper back and outlined with marker. Care instructions given: keep the back dry and
avoid exercise until the final reading.

Not done today:
- Changes to her eyelid treatment. The plan from 11/17 stays the same.
- Testing of her own cosmetics. We may add them later.

First reading 12/03/2025, final reading 12/05/2025.
Visit level entered: 99213.

Incident-to: Established plan of care from 11/17 visit; Dr. Chen in the office.
Signed: Mallory Quist, PA-C 12/01/2025 09:25
Co-signed: Wei Chen, MD 12/01/2025 13:00
""",
    "expected": E([L("95044", 36)]),
    "coder_note": "95044 x36 (units = allergens). 95044/99213 is PTP indicator 1 and the note shows no work beyond the "
                  "application (the plan was made at the prior visit and nothing new was addressed), so the E/M line "
                  "comes off (conventions: E/M with only procedure work is removed).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s66-photo-nbuvb-psoriasis-session",
    "family": "phototherapy", "shape": "note-only",
    "description": "Medicare: nurse-given narrowband UVB session for psoriasis, incident-to -> 96900",
    "date": "2025-10-09",
    "patient": ("Kowalski", "Theodore", "1955-11-30", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 18% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Phototherapy treatment record

Patient: Theodore Kowalski    DOB 11/30/1955    DOS 10/09/2025
Treatment given by: K. Delaney, RN. Plan of care: Devin Achterberg, NP, and Henrietta Voss, MD.

Diagnosis: Plaque psoriasis, about 18% BSA at the start of this course. He used clobetasol and calcipotriene
for over a year without control. NB-UVB started on 09/02/2025, three times a week.

Today: Treatment #14. He reports less itch and thinner plaques. No burning after the last session. No new
medicines. Eye protection and genital shielding in place.

Procedure(s) performed today:
Whole body - psoriasis plaques - narrowband UVB 311 nm, 1,150 mJ/cm2 (10% increase) - psoriasis

Skin check after treatment: no redness.

Not done today:
- Provider visit. He had no new problems; the NP reviewed the log only.
- Excimer to the elbows. Not needed while the whole-body course is working.
- PUVA. Not indicated.

Next treatment 10/13/2025.

Incident-to: Treatment given by clinical staff under the established plan of care, with Dr. Voss present
in the office suite.
Signed: K. Delaney, RN 10/09/2025 08:20
Reviewed: Devin Achterberg, NP 10/09/2025 12:00
Co-signed: Henrietta Voss, MD 10/09/2025 17:05
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "Narrowband UVB alone (no tar/petrolatum, no psoralen) is actinotherapy -> 96900. Psoriasis that "
                  "failed topical therapy is covered (PHOTO-1). No E/M.",
})

SCENARIOS.append({
    "id": "s66-photo-puva-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "Medicare FFS: PUVA without failed conventional therapy; ABN signed -> 96912-GA",
    "date": "2025-11-06",
    "patient": ("Marchetti-Bell", "Sandra", "1953-04-08", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 12% BSA", "L40.0", "Trunk, arms, legs", reason=True),
    ],
    "procedures": [
        P("Oral PUVA treatment", site="Whole body",
          note="Methoxsalen 0.4 mg/kg orally 90 minutes before. UVA 1.0 J/cm2, first session. Eye protection "
               "given for 24 hours.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Note",
    "note": """Riverside Dermatology - Maple Hollow
Phototherapy note - Brianna Kowalczyk, PA-C. Supervising physician: Adaeze Okafor, MD.

Patient: Sandra Marchetti-Bell, 72 y/o woman. DOS 11/06/2025.

Mrs. Marchetti-Bell has plaque psoriasis on about 12% of her body. She has used triamcinolone cream for
three weeks only. She has not tried narrowband UVB or any other treatment. She asked for PUVA because a friend
did well with it and because twice-weekly visits fit her schedule better than UVB three times a week.

I explained that Medicare covers PUVA only for severe psoriasis that has not responded to standard
treatment, and that she has not tried standard treatment yet. Medicare will likely deny this service as
not medically necessary. I gave her an Advance Beneficiary Notice (CMS-R-131). She read it, chose to
receive the treatment, and signed it. The signed ABN is scanned into the chart.

Procedure(s) performed today:
Whole body - psoriasis plaques - oral PUVA, first session - psoriasis

Methoxsalen was taken 90 minutes before treatment. UVA 1.0 J/cm2. Goggles on. Wraparound UVA-blocking
glasses to be worn for the rest of the day.

Not done today:
- Narrowband UVB. She declined it.
- Goeckerman (tar plus UVB). Not offered.

Next session 11/10/2025. Eye exam before the fifth session.

Incident-to: Dr. Okafor in the office suite.
Signed: Brianna Kowalczyk, PA-C 11/06/2025 13:10
Co-signed: Adaeze Okafor, MD 11/06/2025 17:45
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1: Medicare covers PUVA only after failure of conventional treatment; not met here, so the "
                  "service is expected to be denied as not reasonable and necessary. An ABN is on file -> GA "
                  "(COS-4).",
})

SCENARIOS.append({
    "id": "s66-photo-excimer-area-310",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows and knees, total 310 sq cm, pre-coded 96920 -> 96921",
    "date": "2025-12-11",
    "patient": ("Dunleavy", "Patrick", "1979-08-14", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser, less than 250 sq cm", cpt="96920", site="Both elbows and both knees",
          note="308 nm excimer. Areas: R elbow 85, L elbow 80, R knee 70, L knee 75 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Excimer laser treatment - Tomas Ferreira, FNP-C. Supervising physician: Rafael Santos, MD.

Patient: Patrick Dunleavy    DOB 08/14/1979    DOS 12/11/2025

Mr. Dunleavy has plaque psoriasis limited to his elbows and knees (about 3% BSA). He used clobetasol and
calcipotriene for five months with little change. His plan approved a course of excimer treatment. This
is treatment #6 of 12.

Exam: Plaques are thinner than at the start. Measured today:
- R elbow: 85 sq cm
- L elbow: 80 sq cm
- R knee: 70 sq cm
- L knee: 75 sq cm
Total area treated: 310 sq cm.

Procedure(s) performed today:
Plaques 1-4 - both elbows and both knees - thick scaly plaques, 310 sq cm in total - 308 nm excimer
laser - localized psoriasis

Doses: elbows 1,100 mJ/cm2, knees 1,000 mJ/cm2. Goggles worn. No blistering from the last session.

Not done today:
- Intralesional steroid. Not needed now.
- Biologic. Not indicated with this little BSA.

Next session in 3-4 days.

Incident-to: Established plan of care; Dr. Santos on site.
Signed: Tomas Ferreira, FNP-C 12/11/2025 10:05
Co-signed: Rafael Santos, MD 12/11/2025 16:20
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by the total area: 85 + 80 + 70 + 75 = 310 sq cm -> 96921 "
                  "(250-500 sq cm), not 96920.",
})

SCENARIOS.append({
    "id": "s66-postop-suture-removal-99024",
    "family": "post-op", "shape": "pre-coded",
    "description": "Suture removal 9 days after 11602 (010 global); selected 99212 becomes 99024",
    "date": "2025-11-12",
    "patient": ("Blackwood", "Eleanor", "1949-06-06", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-03", "11602", "Excision malignant lesion trunk", "Right upper back",
              "BCC 1.0 cm with 4 mm margins, excised diameter 1.8 cm. Simple closure."),
    ],
    "procedures": [
        P("Suture removal", site="Right upper back", note="Six nylon sutures removed. Wound well healed."),
    ],
    "note_title": "Post-op Visit",
    "note": """Riverside Dermatology - Maple Hollow
Post-op visit - Mallory Quist, PA-C. Supervising physician: Wei Chen, MD.

Patient: Eleanor Blackwood, 76-year-old woman. DOS 11/12/2025.

Mrs. Blackwood had a BCC excised from her right upper back on 11/03/2025. She is here for suture removal.
She has had no fever, redness, or drainage. Her pain is gone.

Exam: Linear wound on the right upper back, edges together, no redness, no drainage.

Pathology review: BCC, nodular type, margins clear. I went over the result with her.

Procedure(s) performed today:
Suture removal - R upper back - healed excision wound - six nylon sutures removed - post-op care

Steri-strips applied.

Not done today:
- Skin check. Her next full skin exam is due in March.
- Any other treatment. She had no other concerns.

Scar care reviewed. Return in March for a skin check.
Visit level entered: 99212.

Incident-to: Dr. Chen in the suite.
Signed: Mallory Quist, PA-C 11/12/2025 10:20
Co-signed: Wei Chen, MD 11/12/2025 15:00
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: 11602 has a 10-day global. A visit on day 9 for suture removal and the path review only "
                  "is post-op care, reported as 99024, not a paid E/M.",
})

SCENARIOS.append({
    "id": "s66-postop-flap-global-unrelated-24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 35 of a 090 cheek flap: unrelated perioral dermatitis with Rx -> 99213-24",
    "date": "2025-09-16",
    "patient": ("Underhill", "Rosemary", "1958-01-29", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Perioral dermatitis", "L71.0", "Perioral and nasolabial folds", reason=True),
    ],
    "prior": [
        PRIOR("2025-08-12", "14040", "Adjacent tissue transfer, left cheek", "Left cheek",
              "Rhombic flap after excision of BCC, left cheek, 8.4 sq cm."),
    ],
    "note_title": "Office Visit",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Office visit - Devin Achterberg, NP. Supervising physician: Jordan Pike, MD.

Patient: Rosemary Underhill    DOB 01/29/1958    DOS 09/16/2025

Ms. Underhill had a rhombic flap on her left cheek on 08/12/2025 with Dr. Pike. Today she comes for a
new problem: a burning, bumpy rash around her mouth for three weeks. She has been using hydrocortisone 1%
cream on it, and it keeps getting worse.

Exam:
- Flap, left cheek: healing well, flat, no redness. No issues.
- Perioral skin: small pink papules and pustules around the mouth and in the nasolabial folds, sparing a
  thin band at the lip border.

Assessment and plan:
1. Perioral dermatitis, likely made worse by the topical steroid. Stop hydrocortisone. Start metronidazole
   0.75% gel twice daily and doxycycline 50 mg daily for 8 weeks. Gentle cleanser.
2. Flap follow-up: healing as expected. Sun protection. No treatment needed.

Procedure(s) performed today:
None.

Not done today:
- Scar massage or injection of the flap. Too early.
- Biopsy of the perioral rash. The picture is typical.

Return in 6 weeks (this will also be her final flap check).

Visit: 99213, modifier 24 (unrelated problem during the flap's global period).
Incident-to does not apply to the new problem; Dr. Pike was on site.
Signed: Devin Achterberg, NP 09/16/2025 11:35
Co-signed: Jordan Pike, MD 09/16/2025 17:25
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L71.0"]}),
    "coder_note": "GS-5: 14040 has a 90-day global. The flap check is included, but the perioral dermatitis is "
                  "unrelated and needed prescription management -> 99213-24.",
})

SCENARIOS.append({
    "id": "s66-postop-new-shin-lesion-bx-79",
    "family": "post-op", "shape": "free-text",
    "description": "Day 7 after 11402 on left forearm: biopsy of an unrelated right shin lesion -> 11102-79",
    "date": "2025-06-09",
    "patient": ("Esposito", "Gina", "1970-10-10", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Pink scaly papule, right anterior shin", None, "Right anterior shin", reason=True),
    ],
    "prior": [
        PRIOR("2025-06-02", "11402", "Excision benign lesion arm", "Left forearm",
              "Dysplastic nevus 0.8 cm with 2 mm margins, excised diameter 1.2 cm. Absorbable sutures."),
    ],
    "procedures": [
        P("Shave biopsy", site="Right anterior shin",
          note="7 mm pink scaly papule, new in the last 2 months, r/o SCC vs irritated SK. Tangential biopsy.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure note - Brianna Kowalczyk, PA-C. Supervising physician: Henrietta Voss, MD.

Patient: Gina Esposito, 54 y/o woman. DOS 06/09/2025.

Ms. Esposito had a dysplastic nevus excised from her left forearm one week ago (06/02/2025). Those
sutures are absorbable, so no visit was planned. She called about a new spot on her right shin that
appeared about two months ago and bleeds when she shaves.

Exam: Right anterior shin: 7 mm pink scaly papule with a small crust.

Procedure(s) performed today:
Lesion 1 - R anterior shin - 7 mm pink scaly papule - shave biopsy - r/o SCC vs irritated SK

Consent. 1% lidocaine with epinephrine. Tangential biopsy with a blade. Aluminum chloride. Bandage.

Not done today:
- Cryotherapy. We need a diagnosis first.
- Wound check of the forearm. Not needed; the sutures are absorbable and she has no concerns about it.

Results by phone.
No E/M billed.

Incident-to does not apply (new problem). Performed by Brianna Kowalczyk, PA-C.
Signed: Brianna Kowalczyk, PA-C 06/09/2025 15:05
Co-signed: Henrietta Voss, MD 06/09/2025 18:00
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: the biopsy is for a new, unrelated lesion inside the 10-day global of the 06/02 excision -> "
                  "modifier 79. No E/M (the visit was for the biopsy).",
})

SCENARIOS.append({
    "id": "s66-repair-gravel-lacerations",
    "family": "repair", "shape": "free-text",
    "description": "Contaminated 2.0 cm hand laceration (intermediate 12041) + simple forearm lacerations 3.0 + 1.5 cm (12002)",
    "date": "2025-07-15",
    "patient": ("Rasmussen", "Kyle", "1990-03-21", "male"),
    "provider": "okafor", "payer": "commercial-aetna", "minutes": 50,
    "conditions": [
        C("c1", "Laceration with foreign body (gravel), right hand", "S61.421A", "Right hypothenar palm",
          reason=True),
        C("c2", "Laceration of right forearm", "S51.811A", "Right forearm", reason=True),
        C("c3", "Laceration of left forearm", "S51.812A", "Left forearm", reason=True),
    ],
    "procedures": [
        P("Laceration repair", site="Right hypothenar palm",
          note="2.0 cm laceration packed with gravel and road dirt. Extensive irrigation and removal of embedded "
               "gravel with forceps for 15 minutes. Closed in a single layer with 5-0 nylon.", reasons=["c1"]),
        P("Laceration repair", site="Right volar forearm",
          note="3.0 cm clean laceration. Single-layer closure, 4-0 nylon.", reasons=["c2"]),
        P("Laceration repair", site="Left dorsal forearm",
          note="1.5 cm clean laceration. Single-layer closure, 4-0 nylon.", reasons=["c3"]),
    ],
    "note_title": "Same-day Visit - Laceration Repair",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Same-day visit - Tomas Ferreira, FNP-C. Supervising physician: Adaeze Okafor, MD.

Patient: Kyle Rasmussen    DOB 03/21/1990    DOS 07/15/2025

Mr. Rasmussen is our established acne patient. He fell off his bike on a gravel path two hours ago and
came to us because he could not get into urgent care. He cut his right palm and both forearms.

Exam: Right hypothenar palm: 2.0 cm laceration with gravel and dirt ground into it. Right volar forearm:
3.0 cm clean laceration. Left dorsal forearm: 1.5 cm clean laceration. Full finger movement and sensation.
No tendon showing.

Procedure(s) performed today:
Wound 1 - R hypothenar palm - 2.0 cm contaminated laceration - heavy cleaning, single-layer closure
Wound 2 - R volar forearm - 3.0 cm laceration - simple closure
Wound 3 - L dorsal forearm - 1.5 cm laceration - simple closure

All wounds: 1% lidocaine. Wound 1 needed extensive cleaning: 500 mL pressure irrigation and removal of many
gravel pieces with forceps over about 15 minutes before closure with 5-0 nylon. Wounds 2 and 3 were irrigated
and closed in one layer with 4-0 nylon.

Not done today:
- Tetanus shot. He had Tdap in 2022.
- Antibiotics. Wounds were cleaned well.
- X-ray. No sign of retained deep gravel.

Suture removal: palm in 10-14 days, forearms in 10 days.

Incident-to does not apply (new injury). Performed by Tomas Ferreira, FNP-C; Dr. Okafor consulted.
Signed: Tomas Ferreira, FNP-C 07/15/2025 17:10
Co-signed: Adaeze Okafor, MD 07/15/2025 18:30
""",
    "expected": E([L("12041"), L("12002")]),
    "coder_note": "REP-3: single-layer closure of a heavily contaminated wound needing extensive cleaning is an "
                  "intermediate repair -> hand 2.0 cm = 12041. REP-1: the two simple forearm repairs add up "
                  "(3.0 + 1.5 = 4.5 cm) -> 12002. Different complexity, so not summed with the hand.",
})

SCENARIOS.append({
    "id": "s66-repair-short-complex-to-intermediate",
    "family": "repair", "shape": "pre-coded",
    "description": "Cyst removal on cheek with 1.0 cm layered closure pre-coded 13131; complex <=1.0 cm -> 12051",
    "date": "2026-02-17",
    "patient": ("Pendergast", "Walter", "1947-11-04", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Epidermoid cyst, left cheek, inflamed and painful", "L72.0", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion face 0.6-1.0 cm", cpt="11441", site="Left cheek",
          note="Cyst 0.9 cm removed intact through a minimal incision; no margin taken.", reasons=["c1"]),
        P("Complex repair, face", cpt="13131", site="Left cheek",
          note="1.0 cm closure. Undermining. 5-0 Monocryl deep, 6-0 nylon skin.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure note

Patient: Walter Pendergast, 78 y/o man. DOS 02/17/2026.
Provider: Devin Achterberg, NP. Supervising physician: Wei Chen, MD.

Mr. Pendergast has a cyst on his left cheek that has been swollen and sore twice this winter. It hurts when
he shaves. It is calm today.

Exam: 0.9 cm firm, mobile cyst with a small punctum on the left cheek. No redness today.

Procedure(s) performed today:
Lesion 1 - L cheek - 0.9 cm cyst - minimal-incision excision - inflamed epidermoid cyst

Measured before excision: cyst 0.9 cm; no margin taken (minimal-incision technique).
Consent. 1% lidocaine with epinephrine. A 1.0 cm incision over the punctum. The cyst was dissected out
intact. The edges were undermined slightly. Closed in two layers: 5-0 Monocryl buried and 6-0 nylon on
the skin. Closure length 1.0 cm. I recorded this as a complex closure.

Not done today:
- Antibiotics. Not infected.
- Removal of the small milia near his eye. He does not want treatment.

Suture removal in 5-7 days.

Incident-to: Dr. Chen on site. Established patient.
Signed: Devin Achterberg, NP 02/17/2026 11:20
Co-signed: Wei Chen, MD 02/17/2026 16:45
""",
    "path": [
        {"text": "Skin, left cheek: epidermoid cyst with focal rupture and inflammation.", "site": "Left cheek",
         "date": "2026-02-20"},
    ],
    "expected": E([L("11441"), L("12051")], topics=["coding-correction"], dx={"11441": ["L72.0"]}),
    "coder_note": "REP-2/REP-3: a complex repair of 1.0 cm or less is coded as simple or intermediate; here it is a "
                  "layered closure with minor undermining (undermining alone is not complex) -> 12051. Cyst 0.9 cm, "
                  "no margin, face -> 11441.",
})

SCENARIOS.append({
    "id": "s66-shave-three-site-groups",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals in three site groups: scalp 0.7 (11306), arm 1.2 (11302), nose 0.4 cm (11310)",
    "date": "2025-08-12",
    "patient": ("Lindholm", "Agnes", "1952-09-25", "female"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, scalp", "L82.0", "Left parietal scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right upper arm", "L82.0", "Right upper arm", reason=True),
        C("c3", "Bleeding papule, left nasal sidewall", None, "Left nasal sidewall", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note - Mallory Quist, PA-C. Supervising physician: Rafael Santos, MD.

Patient: Agnes Lindholm    DOB 09/25/1952    DOS 08/12/2025

Mrs. Lindholm has three bothersome spots. The one on her scalp catches on her brush and bleeds. The one on
her right arm is red, itchy, and crusted. The one on the side of her nose bleeds when she takes off her
glasses, and she is worried about it.

Exam:
- L parietal scalp: 7 mm crusted, verrucous papule with dried blood.
- R upper arm: 1.2 cm stuck-on, red, inflamed papule with crust.
- L nasal sidewall: 4 mm pink papule with a small scab; dermoscopy not clear.

Procedure(s) performed today:
Lesion 1 - L parietal scalp - 7 mm bleeding verrucous papule - shave removal - irritated SK
Lesion 2 - R upper arm - 1.2 cm inflamed crusted papule - shave removal - inflamed SK
Lesion 3 - L nasal sidewall - 4 mm bleeding pink papule - shave removal - r/o BCC vs irritated SK

Each lesion was removed completely, flush with the skin, with a DermaBlade after 1% lidocaine with
epinephrine. Hemostasis with aluminum chloride. All three sent to pathology in separate jars.

Not done today:
- Cryotherapy of the flat SKs on her back. They do not bother her.
- Full skin exam. Done in May.

Results by phone.
No E/M billed; visit was for these lesions only.

Incident-to: Dr. Santos in the office suite.
Signed: Mallory Quist, PA-C 08/12/2025 14:25
Co-signed: Rafael Santos, MD 08/12/2025 17:30
""",
    "path": [
        {"text": "A. Scalp: irritated seborrheic keratosis. B. Right upper arm: inflamed seborrheic keratosis. "
                 "C. Left nasal sidewall: irritated seborrheic keratosis; no malignancy.", "date": "2025-08-15"},
    ],
    "expected": E([L("11306"), L("11302"), L("11310")]),
    "coder_note": "SH-1: shave removals by site group and lesion diameter. Scalp (SNHFG) 0.7 cm -> 11306; arm (TAL) "
                  "1.2 cm -> 11302; nose (FEENLM) 0.4 cm -> 11310. Each lesion was symptomatic (bleeding/inflamed), "
                  "so they are covered.",
})

SCENARIOS.append({
    "id": "s66-shave-thigh-band-fix",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded 11300 for a 1.1 cm thigh lesion (should be 11302) and 11305 for a 0.5 cm neck lesion",
    "date": "2025-10-30",
    "patient": ("Tremblay", "Simone", "1968-07-19", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, right thigh", "L82.0", "Right lateral thigh", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left neck", "L82.0", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal trunk/arms/legs 0.5 cm or less", cpt="11300", site="Right lateral thigh",
          note="1.1 cm lesion, catches on clothing, bled twice.", reasons=["c1"]),
        P("Shave removal scalp/neck/hands/feet 0.5 cm or less", cpt="11305", site="Left lateral neck",
          note="0.5 cm lesion, red and sore from necklace.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure note - Tomas Ferreira, FNP-C. Supervising physician: Jordan Pike, MD.

Patient: Simone Tremblay, 57-year-old woman. DOS 10/30/2025.

Ms. Tremblay has two irritated growths. The one on her right thigh catches on her jeans and has bled twice.
The one on the left side of her neck is red and sore where her necklace rubs.

Exam:
- R lateral thigh: 1.1 cm waxy brown papule with a crust at one edge.
- L lateral neck: 5 mm brown papule with redness around it.

Procedure(s) performed today:
Lesion 1 - R lateral thigh - 1.1 cm crusted waxy papule - shave removal - irritated SK
Lesion 2 - L lateral neck - 5 mm inflamed brown papule - shave removal - inflamed SK

1% lidocaine with epinephrine, shave removal flush with the skin, aluminum chloride, bandage. Both sent
to pathology.

Not done today:
- Removal of the SK on her back. It does not bother her.
- Biopsy of any other lesion. None needed.

Results by portal message.

Incident-to: Dr. Pike supervising on site.
Signed: Tomas Ferreira, FNP-C 10/30/2025 15:40
Co-signed: Jordan Pike, MD 10/30/2025 17:55
""",
    "path": [
        {"text": "A. Right thigh: irritated seborrheic keratosis. B. Left neck: inflamed seborrheic keratosis.",
         "date": "2025-11-03"},
    ],
    "expected": E([L("11302"), L("11305")], topics=["coding-correction"]),
    "coder_note": "SH-1 bands: 1.1 cm is in the 1.1-2.0 cm band -> 11302 (not 11300). Neck 0.5 cm -> 11305 is right.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s66-shave-hand-size-missing",
    "family": "shave", "shape": "free-text",
    "description": "Medicaid: two shave removals; the hand lesion has no size (no line), thigh 0.8 cm -> 11301",
    "date": "2025-09-04",
    "patient": ("Benavides", "Rocio", "1964-01-30", "female"),
    "provider": "voss", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, left dorsal hand", "L82.0", "Left dorsal hand", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right thigh", "L82.0", "Right anterior thigh", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left dorsal hand",
          note="Irritated, bleeding brown papule that catches on rings and gloves. Removed flush with the skin. "
               "Aluminum chloride.", reasons=["c1"]),
        P("Shave removal", site="Right anterior thigh",
          note="0.8 cm red, crusted, itchy papule. Removed flush with the skin. Aluminum chloride.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note - Devin Achterberg, NP. Supervising physician: Henrietta Voss, MD.

Patient: Rocio Benavides    DOB 01/30/1964    DOS 09/04/2025

Ms. Benavides works in a restaurant kitchen. A growth on the back of her left hand catches on her rings and
gloves and has bled several times. A second growth on her right thigh is red and itchy and she scratches it
open.

Exam: Left dorsal hand: brown verrucous papule with fresh crust. Right anterior thigh: 0.8 cm red, crusted,
stuck-on papule.

Procedure(s) performed today:
Lesion 1 - L dorsal hand - brown crusted verrucous papule - shave removal - irritated SK
Lesion 2 - R anterior thigh - 0.8 cm red crusted papule - shave removal - inflamed SK

1% lidocaine with epinephrine, shave removal with a DermaBlade, aluminum chloride, bandages. Both specimens
to pathology.

Not done today:
- Cryotherapy. She preferred removal so the lesions could be checked.
- Treatment of the SKs on her back. They do not bother her.

Results by phone.

Incident-to: Established patient; Dr. Voss supervising on site.
Signed: Devin Achterberg, NP 09/04/2025 13:30
Co-signed: Henrietta Voss, MD 09/04/2025 17:40
""",
    "path": [
        {"text": "A. Left dorsal hand: irritated seborrheic keratosis. B. Right thigh: inflamed seborrheic "
                 "keratosis.", "date": "2025-09-08"},
    ],
    "expected": E([L("11301")], topics=["missing-documentation"]),
    "coder_note": "No diameter was recorded for the hand lesion, so no size-banded shave line for it (README Coding "
                  "decisions). Thigh 0.8 cm (TAL) -> 11301.",
})

SCENARIOS.append({
    "id": "s66-tags-22-medicare-covered",
    "family": "skin-tags", "shape": "note-only",
    "description": "Medicare FFS: 22 irritated, bleeding skin tags of neck and axilla -> 11200 + 11201 x1",
    "date": "2025-11-13",
    "patient": ("Strickland", "Marjorie", "1956-08-08", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, neck and left axilla, irritated and bleeding", "L91.8", "Neck and left axilla",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure note

Patient: Marjorie Strickland, 69-year-old woman. DOS 11/13/2025.
Provider: Mallory Quist, PA-C. Supervising physician: Adaeze Okafor, MD.

Mrs. Strickland has many skin tags on her neck and in her left armpit. Her necklace and her bra strap catch
on them. Several have bled onto her clothes this month, and a few are red and swollen. Her seat belt also
rubs the ones on the side of her neck.

Exam: Soft, flesh-colored pedunculated papules. Neck: 14 tags, three of them red and swollen with dried
blood. Left axilla: 8 tags, two with crust. Total: 22 skin tags.

Procedure(s) performed today:
Lesions 1-14 - neck - 1-4 mm pedunculated papules - snip removal with scissors - irritated skin tags
Lesions 15-22 - L axilla - 2-5 mm pedunculated papules - snip removal with scissors - irritated skin tags
Hemostasis with aluminum chloride and light electrocautery. Twenty-two tags removed.

Not done today:
- Tags in the right axilla. They do not bother her, so we left them.
- Pathology. Not needed; all were typical.

Petrolatum to the sites until healed.

Incident-to: Dr. Okafor in the office suite.
Signed: Mallory Quist, PA-C 11/13/2025 10:50
Co-signed: Adaeze Okafor, MD 11/13/2025 16:30
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "Tags are covered here: bleeding, inflammation and documented repeated trauma (BSL-3). 22 tags -> "
                  "11200 (first 15) + 11201 x1 (ceil((22-15)/10) = 1).",
})

SCENARIOS.append({
    "id": "s66-tags-38-mue-cap",
    "family": "skin-tags", "shape": "note-only",
    "description": "Commercial: 38 symptomatic skin tags -> 11200 + 11201 (3 units computed, capped at MUE 1)",
    "date": "2026-01-08",
    "patient": ("Odom", "Cedric", "1969-04-16", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, neck and both axillae, irritated", "L91.8", "Neck and both axillae", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note - Brianna Kowalczyk, PA-C. Supervising physician: Rafael Santos, MD.

Patient: Cedric Odom    DOB 04/16/1969    DOS 01/08/2026

Mr. Odom is a mail carrier. His shirt collar and the strap of his mail bag rub the skin tags on his neck and
under his arms. Many of them get red and sore, and some have bled onto his uniform. His plan approved the
removal after reviewing our photos from December.

Exam: Pedunculated, soft, skin-colored papules, many with redness at the base:
- Neck: 17
- Right axilla: 12
- Left axilla: 9
Total: 38 skin tags.

Procedure(s) performed today:
Lesions 1-17 - neck - 1-5 mm irritated skin tags - scissor removal - symptomatic acrochordons
Lesions 18-29 - R axilla - 2-4 mm irritated skin tags - scissor removal - symptomatic acrochordons
Lesions 30-38 - L axilla - 2-4 mm skin tags - scissor removal - symptomatic acrochordons
Hemostasis with aluminum chloride. All 38 removed.

Not done today:
- Tags on his eyelids. They do not bother him.
- Pathology. All were typical tags.

Wound care reviewed.

Incident-to: Established patient; Dr. Santos on site.
Signed: Brianna Kowalczyk, PA-C 01/08/2026 15:15
Co-signed: Rafael Santos, MD 01/08/2026 18:05
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "38 tags -> 11200 + 11201 x ceil((38-15)/10) = 3, but the 11201 MUE is 1 (MAI 3), so the line is "
                  "capped at 1 with an mue finding (README Coding decisions).",
})

SCENARIOS.append({
    "id": "s66-mixed-rosacea-em-bx-five-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare: rosacea E/M-25, shave biopsy forearm, 5 AKs (17000-XS + 17003 x4, no XS on 17003)",
    "date": "2025-10-21",
    "patient": ("Holloway", "Franklin", "1949-02-11", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 35,
    "em": "99213",
    "conditions": [
        C("c1", "Rosacea, papulopustular, flare", "L71.9", "Central face", reason=True),
        C("c2", "Hyperkeratotic papule, right forearm", None, "Right dorsal forearm", reason=True),
        C("c3", "Actinic keratoses, scalp and forehead", "L57.0", "Scalp and forehead", reason=True),
    ],
    "note_title": "Office Visit with Procedures",
    "note": """Riverside Dermatology - Maple Hollow
Office visit - Tomas Ferreira, FNP-C. Supervising physician: Wei Chen, MD.

Patient: Franklin Holloway, 76 y/o man. DOS 10/21/2025. Established patient.

HPI: Mr. Holloway has had a red, bumpy face for a month. His cheeks and nose burn after coffee and in the
sun. He has never been treated for it. He also has a new rough bump on his right forearm and his usual
rough spots on the scalp and forehead.

Exam: Central face: redness with papules and pustules on the cheeks, nose, and chin; no eye symptoms.
R dorsal forearm: 8 mm hyperkeratotic pink papule. Scalp: 3 gritty pink papules. Forehead: 2 gritty pink
papules.

Assessment and plan:
1. Papulopustular rosacea, new diagnosis. Started ivermectin 1% cream daily. Trigger avoidance and
   sunscreen reviewed. Recheck in 8 weeks.
2. Hyperkeratotic papule, R forearm, r/o SCC. Biopsy today.
3. Actinic keratoses x5. Cryotherapy today.

Procedure(s) performed today:
Lesion 1 - R dorsal forearm - 8 mm hyperkeratotic pink papule - shave biopsy - r/o SCC
Lesions 2-4 - scalp - 4-6 mm gritty pink papules - LN2 - AK
Lesions 5-6 - forehead - 3-4 mm gritty pink papules - LN2 - AK
Biopsy: consent, lidocaine with epinephrine, tangential biopsy, aluminum chloride.
Cryotherapy: two freeze-thaw cycles per lesion. Five AKs treated.

Not done today:
- Treatment of the SKs on his back. Asymptomatic; he does not want them treated.
- Oral doxycycline. We will add it if the cream is not enough.

Visit: 99213 with modifier 25 for the rosacea (new diagnosis with a prescription), separate from the
procedures.
Incident-to does not apply to the new rosacea problem; Dr. Chen was in the suite.
Signed: Tomas Ferreira, FNP-C 10/21/2025 14:55
Co-signed: Wei Chen, MD 10/21/2025 17:40
""",
    "expected": E([L("99213", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 4)],
                  dx={"99213": ["L71.9"], "17000": ["L57.0"]}),
    "coder_note": "Rosacea work (new diagnosis, prescription) is separate -> 99213-25. 11102 for the biopsy; 5 AKs -> "
                  "17000 + 17003 x4. 11102/17000 is indicator 1 (biopsy in column 1), different lesions -> XS on "
                  "17000. There is no 11102/17003 edit, so 17003 takes no XS.",
})

SCENARIOS.append({
    "id": "s66-mixed-two-punch-plus-ilk",
    "family": "mixed", "shape": "pre-coded",
    "description": "Two punch biopsies pre-coded 11104 x2 (-> 11104 + 11105) plus ILK to 3 prurigo nodules",
    "date": "2025-12-04",
    "patient": ("Vukovic", "Ana", "1976-05-05", "female"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Lichenified plaque, left anterior thigh", None, "Left anterior thigh", reason=True),
        C("c2", "Violaceous plaque, right flank", None, "Right flank", reason=True),
        C("c3", "Prurigo nodularis, right forearm", "L28.1", "Right forearm", reason=True),
    ],
    "procedures": [
        P("Punch biopsy, single lesion", cpt="11104", site="Left anterior thigh",
          note="4 mm punch, one 4-0 nylon suture.", reasons=["c1"]),
        P("Punch biopsy, single lesion", cpt="11104", site="Right flank",
          note="4 mm punch, one 4-0 nylon suture.", reasons=["c2"]),
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Right forearm",
          note="3 prurigo nodules, triamcinolone acetonide 10 mg/mL, 0.3 mL each.", reasons=["c3"]),
        P("Triamcinolone acetonide injection", cpt="J3301", site="Right forearm", note="9 mg.", reasons=["c3"]),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note - Mallory Quist, PA-C. Supervising physician: Jordan Pike, MD.

Patient: Ana Vukovic    DOB 05/05/1976    DOS 12/04/2025

Ms. Vukovic returns as planned at her visit two weeks ago. We are doing biopsies of two plaques that did not
clear with clobetasol, and injecting the itchy nodules on her right forearm. No new problems today.

Exam: Left anterior thigh: 3 cm thick lichenified plaque. Right flank: 2 cm violaceous plaque with fine
scale. Right forearm: three firm, excoriated nodules (6-10 mm).

Procedure(s) performed today:
Lesion 1 - L anterior thigh - 3 cm lichenified plaque - 4 mm punch biopsy - r/o LSC vs hypertrophic LP
Lesion 2 - R flank - 2 cm violaceous plaque - 4 mm punch biopsy - r/o LP vs lichenoid drug eruption
Lesions 3-5 - R forearm - 6-10 mm excoriated nodules - ILK 10 mg/mL, 0.3 mL each - prurigo nodularis
Total triamcinolone acetonide: 0.9 mL of 10 mg/mL = 9 mg.

Biopsies: consent, 1% lidocaine with epinephrine, 4 mm punch at each site, one 4-0 nylon suture each,
separate jars. Injections: 30-gauge needle into each nodule.

Not done today:
- Biopsy of the forearm nodules. Clinically typical prurigo.
- Dupilumab. We will discuss it after the pathology is back.

Suture removal in 10-14 days.

Incident-to: Established plan of care; Dr. Pike in the suite.
Signed: Mallory Quist, PA-C 12/04/2025 11:45
Co-signed: Jordan Pike, MD 12/04/2025 16:50
""",
    "expected": E([L("11104"), L("11105"), L("11900"), L("J3301")], topics=["coding-correction"],
                  dx={"11900": ["L28.1"]}),
    "coder_note": "BX-2: one punch primary per encounter; the second punch biopsy is +11105, not a second 11104 "
                  "(11104 MUE 1, MAI 2). 3 nodules -> 11900; 9 mg -> J3301 x1. Different lesions from the biopsies; "
                  "no PTP edit among these codes.",
})

SCENARIOS.append({
    "id": "s66-mixed-bx-then-excised-same-lesion",
    "family": "mixed", "shape": "free-text",
    "description": "Shoulder lesion shave-biopsied then excised same visit (biopsy not billed) + cheek biopsy 11102-XS",
    "date": "2025-08-28",
    "patient": ("Kerrigan", "Douglas", "1957-12-12", "male"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 55,
    "conditions": [
        C("c1", "Atypical pigmented papule, left shoulder", None, "Left posterior shoulder", reason=True),
        C("c2", "Pink papule, right cheek", None, "Right cheek", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Left posterior shoulder",
          note="0.9 cm irregular dark papule. Tangential biopsy taken; specimen to outside lab.", reasons=["c1"]),
        P("Excision", site="Left posterior shoulder",
          note="Same lesion as the biopsy, excised after Dr. Okafor's review: lesion 0.9 cm, 2 mm margins, excised "
               "diameter 1.3 cm. Simple closure 4-0 nylon.", reasons=["c1"]),
        P("Shave biopsy", site="Right cheek",
          note="5 mm pearly pink papule, r/o BCC. Tangential biopsy.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure note - Devin Achterberg, NP, with Adaeze Okafor, MD.

Patient: Douglas Kerrigan, 67 y/o man. DOS 08/28/2025.

Mr. Kerrigan came in for a dark spot on his left shoulder and a pink bump on his right cheek.

Exam: Left posterior shoulder: 0.9 cm irregular dark brown-black papule with an uneven border. Right
cheek: 5 mm pearly pink papule.

Procedure(s) performed today:
Lesion 1 - L posterior shoulder - 0.9 cm irregular dark papule - shave biopsy, then excision - r/o
dysplastic nevus vs melanoma
Lesion 2 - R cheek - 5 mm pearly pink papule - shave biopsy - r/o BCC

Course: I shave-biopsied the shoulder lesion first. Dr. Okafor then examined it with me and advised removing
the rest of the lesion today instead of waiting, because of its look and because he travels for work. The
remaining lesion and biopsy site were excised with 2 mm margins (lesion 0.9 cm, excised diameter 1.3 cm)
and closed in a single layer (simple). Both the biopsy and the excision specimen went to the outside lab;
no result was available during the visit. The cheek was shave-biopsied.

Not done today:
- Frozen section. Not available in our office.
- Wider excision. Will depend on the final pathology.

Suture removal in 10-14 days. Results by phone.

Split/shared: Dr. Okafor saw the patient with me and made the decision to excise.
Signed: Devin Achterberg, NP 08/28/2025 16:30
Co-signed: Adaeze Okafor, MD 08/28/2025 18:10
""",
    "path": [
        {"text": "A. Left shoulder, shave biopsy and B. left shoulder, excision: compound dysplastic nevus with "
                 "moderate atypia, completely excised in B. C. Right cheek: basal cell carcinoma, nodular.",
         "date": "2025-09-02"},
    ],
    "expected": E([L("11402"), L("11102", 1, "XS")]),
    "coder_note": "Conventions/BX-5: a biopsy of a lesion removed the same day is not billed (no immediate pathology "
                  "drove the decision). Shoulder excision, benign path, 0.9 + 2 x 0.2 = 1.3 cm, trunk/arm -> 11402. "
                  "The cheek biopsy is a different lesion; 11402/11102 is indicator 1 -> 11102-XS.",
})

SCENARIOS.append({
    "id": "s66-mixed-inflamed-sk-plus-cosmetic-gy",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare FFS: covered shave of inflamed SK (11301) + cosmetic LN2 of 4 facial SKs (17110 XS GY)",
    "date": "2026-02-24",
    "patient": ("Abernathy-Rowe", "Patricia", "1953-10-27", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left inframammary", "L82.0", "Left inframammary fold", reason=True),
        C("c2", "Seborrheic keratoses of face, asymptomatic", "L82.1", "Face", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Procedure note - Tomas Ferreira, FNP-C. Supervising physician: Henrietta Voss, MD.

Patient: Patricia Abernathy-Rowe    DOB 10/27/1953    DOS 02/24/2026

Mrs. Abernathy-Rowe has a growth under her left breast that her bra rubs. It itches, has bled twice, and is
red. She also asked me to freeze four brown spots on her face because she does not like how they look.
Those do not itch, bleed, or hurt and have not changed.

Exam: Left inframammary fold: 8 mm red, crusted, stuck-on papule. Face: four 3-5 mm tan stuck-on papules
(L cheek x2, R temple, forehead), classic SK on dermoscopy, not inflamed.

I explained that Medicare does not cover removing the facial spots for appearance. She chose to go ahead
and pay for them herself. No ABN was given.

Procedure(s) performed today:
Lesion 1 - L inframammary fold - 8 mm red crusted papule - shave removal - inflamed, bleeding SK
Lesion 2 - L cheek - 4 mm tan papule - LN2 - cosmetic SK
Lesion 3 - L cheek - 3 mm tan papule - LN2 - cosmetic SK
Lesion 4 - R temple - 5 mm tan papule - LN2 - cosmetic SK
Lesion 5 - forehead - 4 mm tan papule - LN2 - cosmetic SK

Lesion 1: lidocaine with epinephrine, shave removal flush with the skin, aluminum chloride, sent to
pathology. Lesions 2-5: one freeze-thaw cycle each.

Not done today:
- The SKs on her back. She does not want them treated.
- Biopsy of the facial lesions. Not needed; typical SKs.

Incident-to: Established patient; Dr. Voss on site.
Signed: Tomas Ferreira, FNP-C 02/24/2026 10:40
Co-signed: Henrietta Voss, MD 02/24/2026 16:15
""",
    "path": [
        {"text": "Skin, left inframammary fold, shave: inflamed seborrheic keratosis.", "date": "2026-02-27"},
    ],
    "expected": E([L("11301"), L("17110", 1, "XS", "GY")], topics=["cosmetic"],
                  dx={"11301": ["L82.0"], "17110": ["L82.1"]}),
    "coder_note": "Lesion 1 is covered (bleeding, itching, inflamed) -> 11301 (trunk 0.8 cm). The facial SKs are "
                  "cosmetic under Medicare FFS -> 17110 with GY (no ABN, so no GX). 11301/17110 is PTP indicator 1 "
                  "with 17110 in column 2; different lesions -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s66-em-new-wart-decision-only",
    "family": "em", "shape": "pre-coded",
    "description": "New patient with one painful finger wart: pre-coded 99203 + 17110; E/M is decision-only, removed",
    "date": "2025-07-29",
    "patient": ("Ibarra", "Sofia", "2006-03-03", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 20,
    "em": "99203",
    "conditions": [
        C("c1", "Verruca vulgaris, right index finger, painful", "B07.8", "Right index finger", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions up to 14", cpt="17110", site="Right index finger",
          note="One wart, LN2 two freeze-thaw cycles after paring.", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """Riverside Dermatology - Maple Hollow
New patient visit - Brianna Kowalczyk, PA-C. Supervising physician: Rafael Santos, MD.

Patient: Sofia Ibarra, 19-year-old woman. DOS 07/29/2025.

Chief complaint: Wart on the right index finger for 5 months. It hurts when she writes and types. She tried
over-the-counter salicylic acid pads for 6 weeks without help. No other skin concerns. She takes no
medicines.

Exam: Right index finger, radial side of the distal pad: 6 mm verrucous papule with black dots. No other
warts seen on the hands.

Assessment: Common wart, painful.
Plan: Cryotherapy today. Continue salicylic acid at home between visits.

Procedure(s) performed today:
Lesion 1 - R index finger - 6 mm verrucous papule - paring then LN2, 2 cycles - painful common wart

Not done today:
- Candida antigen injection. We will consider it if cryotherapy fails.
- Full skin exam. She had no other concerns.

Return in 3-4 weeks.
Visit level entered: 99203.

Incident-to does not apply (new patient). Seen by Brianna Kowalczyk, PA-C.
Signed: Brianna Kowalczyk, PA-C 07/29/2025 15:50
Co-signed: Rafael Santos, MD 07/29/2025 18:00
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 and README Coding decisions: the only work was evaluating the wart and deciding to treat it, "
                  "which is part of 17110 (010 global); being a new patient does not justify an E/M -> 99203 removed.",
})

SCENARIOS.append({
    "id": "s66-em-fse-history-scc-medicare",
    "family": "em", "shape": "note-only",
    "description": "Medicare: annual full skin exam for a patient with a history of SCC -> diagnostic 99213, no GY",
    "date": "2026-03-10",
    "patient": ("Whitaker", "Lorna", "1953-07-14", "female"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Personal history of squamous cell carcinoma of skin", "Z85.828", reason=True),
    ],
    "note_title": "Skin Check Visit",
    "note": """RIVERSIDE DERMATOLOGY - MAPLE HOLLOW
Skin check - Mallory Quist, PA-C. Supervising physician: Jordan Pike, MD.

Patient: Lorna Whitaker    DOB 07/14/1953    DOS 03/10/2026

Mrs. Whitaker is 72 and comes for her yearly skin cancer surveillance exam. She had a squamous cell
carcinoma excised from her right forearm in 2023 and a BCC of the left upper back treated in 2021. She has
no new concerns today.

Exam: Full skin exam from scalp to toes. Both scars are well healed with no nodules or recurrence. Scattered
solar lentigines and a few flat SKs on the trunk. No lesions suspicious for skin cancer today. No actinic
keratoses.

Assessment:
1. History of SCC and BCC, no evidence of recurrence or new skin cancer.
2. Solar lentigines and SKs, benign, no treatment needed.

Plan: Daily sunscreen and protective clothing. Monthly self-exams. Return in 12 months, sooner for any
new or changing spot.

Procedure(s) performed today:
None.

Not done today:
- Cryotherapy. No actinic keratoses found.
- Biopsy. Nothing suspicious.

Visit level: 99213.
Incident-to: Established plan of surveillance; Dr. Pike on site.
Signed: Mallory Quist, PA-C 03/10/2026 09:15
Co-signed: Jordan Pike, MD 03/10/2026 13:20
""",
    "expected": E([L("99213")], dx={"99213": ["Z85.828"]}),
    "coder_note": "DX-5: with a personal history of skin cancer the full skin exam is a diagnostic surveillance visit, "
                  "not a screening exclusion -> no GY. Provider-selected level kept.",
})

SCENARIOS.append({
    "id": "s66-ds-edc-bcc-back-after-sample",
    "family": "destruction", "shape": "free-text",
    "description": "Shave sample then ED&C of suspected BCC on back; path BCC -> 17262 by 1.4 cm final defect, no biopsy line",
    "date": "2025-09-18",
    "patient": ("Lockhart", "Raymond", "1945-05-01", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial and nodular, left upper back", "C44.519", "Left upper back",
          reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Left upper back",
          note="0.9 cm pearly pink plaque. Tangential sample taken and sent to pathology.", reasons=["c1"]),
        P("Electrodesiccation and curettage", site="Left upper back",
          note="Base curetted and electrodesiccated, 3 cycles. Final defect 1.4 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Maple Hollow
Procedure note - Devin Achterberg, NP. Supervising physician: Wei Chen, MD.

Patient: Raymond Lockhart, 80-year-old man. DOS 09/18/2025.

Mr. Lockhart has a shiny pink patch on his left upper back that his wife noticed six months ago. He has had
two BCCs before, both treated with ED&C here. He prefers to have it treated the same day if it looks like a
BCC again, to avoid an extra trip.

Exam: Left upper back: 0.9 cm pearly pink plaque with rolled edge and arborizing vessels on dermoscopy.

Procedure(s) performed today:
Lesion 1 - L upper back - 0.9 cm pearly pink plaque - shave sample, then curettage and electrodesiccation
x3 - clinical BCC

Consent. 1% lidocaine with epinephrine. The lesion was sampled tangentially and the specimen was sent to
pathology. The base was then curetted and electrodesiccated for three cycles. Final defect 1.4 cm.
Petrolatum and bandage.

Not done today:
- Excision. He preferred ED&C.
- Treatment of the AKs on his scalp. He will come back for those.

Wound care reviewed. If pathology is not BCC, we will review next steps.

Incident-to: Established patient; Dr. Chen on site.
Signed: Devin Achterberg, NP 09/18/2025 10:25
Co-signed: Wei Chen, MD 09/18/2025 15:10
""",
    "path": [
        {"text": "Skin, left upper back, shave: basal cell carcinoma, superficial and nodular types.",
         "site": "Left upper back", "date": "2025-09-22"},
    ],
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "BX-6: sample-then-curette of a suspected BCC; pathology is malignant, so only the malignant "
                  "destruction is reported, sized by the final defect: trunk 1.4 cm -> 17262. The biopsy is not "
                  "billed.",
})
