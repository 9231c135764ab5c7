"""Sealed set 88 (s88-): Harbor Light Dermatology, a practice whose signed notes are Markdown.

The providers use one structured template: ### headings, **bold** labels, nested bullet lists and a per-lesion
Markdown table (| Site | Size | ... | Procedure |) that also lists lesions that were only examined. Expected
answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the tests/corpus/README.md
"Coding decisions" section only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# Batch 1: biopsy, destruction, E/M
# =============================================================================================================

SCENARIOS.append({
    "id": "s88-bx-punch-plus-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "One punch + two tangential biopsies at three sites; table rows for examined-only lesions",
    "date": "2025-11-04",
    "patient": ("Albrecht", "Marguerite", "1944-02-19", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Pruritic violaceous papules, left forearm", None, "Left volar forearm", reason=True),
        C("c2", "Scaly pink papule, right mid back", None, "Right mid back", reason=True),
        C("c3", "Shiny pink plaque, right anterior shin", None, "Right anterior shin", reason=True),
    ],
    "path": [
        {"text": "A. Skin, left volar forearm, punch: lichen planus.", "site": "Left volar forearm"},
        {"text": "B. Skin, right mid back, shave: irritated seborrheic keratosis.", "site": "Right mid back"},
        {"text": "C. Skin, right anterior shin, shave: superficial basal cell carcinoma, extends to base.",
         "site": "Right anterior shin"},
    ],
    "note_title": "Procedure Note - Biopsies",
    "note": """# Harbor Light Dermatology
## Procedure Note

**Patient:** Marguerite Albrecht  **DOB:** 02/19/1944  **DOS:** 11/04/2025
**Provider:** Ines Castellanos, MD

### Reason for visit
- Itchy purple bumps on the **left forearm** x 6 weeks, not helped by OTC hydrocortisone
- Two spots her daughter noticed: **right mid back** and **right shin**

### Lesion table
| # | Site | Size | Morphology | Procedure |
|---|------|------|------------|-----------|
| A | L volar forearm | cluster, 2.5 cm area | flat-topped violaceous papules, Wickham striae | **Punch biopsy, 4 mm** |
| B | R mid back | 0.7 cm | pink scaly papule | **Tangential (shave) biopsy** |
| C | R anterior shin | 0.8 cm | shiny pink plaque, rolled edge | **Tangential (shave) biopsy** |
| - | L cheek | 0.3 cm | tan macule, regular | examined only - benign lentigo |
| - | scalp vertex | several, 0.5-1 cm | stuck-on waxy papules | examined only - SKs, reassured |

### Procedure details
- **Consent:** verbal and written, risks of scar/infection/bleeding reviewed
- **Anesthesia:** 1% lidocaine w/ epi, ~1 mL per site
- **A - punch:**
  - 4 mm punch to subcutis
  - closed with one 4-0 nylon simple interrupted suture
- **B and C - tangential:**
  - DermaBlade saucerization, partial thickness
  - hemostasis with aluminum chloride
- Specimens A-C labeled separately, sent to outside dermatopathology

### Plan
- Wound care handout; suture out in 10-14 days (PCP office ok)
- Will call with path; the SKs and lentigo need nothing
- Lidocaine tolerance good, no complications

*Electronically signed: I. Castellanos, MD 11/04/2025 16:10*
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["L43.9"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, the two shave biopsies take 11103 x2. Simple "
                  "closure of the punch is included. Examined-only rows are not coded.",
})

SCENARIOS.append({
    "id": "s88-bx-incisional-punch-tangential",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge + punch + tangential biopsies, three techniques in one session; commercial",
    "date": "2025-09-18",
    "patient": ("Okereke", "Tobias", "1981-07-30", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Tender subcutaneous nodules of legs", None, "Right posterior thigh; left shin", reason=True),
        C("c2", "Irregular brown papule, left upper back", None, "Left upper back", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy (wedge) to fat", site="Right posterior thigh",
          note="1.6 cm tender erythematous nodule. Fusiform wedge with #15 blade through dermis into subcutaneous "
               "fat for septal vs lobular panniculitis; closed with 4-0 nylon.", reasons=["c1"]),
        P("Punch biopsy 5 mm", site="Left anterior shin",
          note="Second, newer nodule; 5 mm punch, 1 suture.", reasons=["c1"]),
        P("Shave biopsy", site="Left upper back",
          note="0.5 cm irregular brown papule, tangential saucerization, Drysol hemostasis.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Right posterior thigh, incisional: septal panniculitis consistent with erythema nodosum.",
         "site": "Right posterior thigh"},
        {"text": "B. Left anterior shin, punch: septal panniculitis, consistent with erythema nodosum.",
         "site": "Left anterior shin"},
        {"text": "C. Left upper back, shave: compound nevus with mild architectural disorder, margins clear.",
         "site": "Left upper back"},
    ],
    "note_title": "Dermatology Visit",
    "note": """### Harbor Light Dermatology - Visit Note
**Pt:** Tobias Okereke | **DOS:** 09/18/2025 | **Clinician:** I. Castellanos MD

### Subjective
- 44M, painful red lumps on both legs x 3 wks after a sore throat
- Also wants a mole on the back checked (changed color per wife)

### Exam
| Site | Size | Finding | Procedure |
|---|---|---|---|
| R posterior thigh | 1.6 cm | deep tender erythematous nodule | **Incisional (wedge) biopsy** |
| L anterior shin | 1.1 cm | similar nodule, newer | **Punch biopsy 5 mm** |
| R anterior shin | 1.3 cm | similar nodule, resolving/bruise-like | examined only |
| L upper back | 0.5 cm | irregular brown papule | **Tangential biopsy** |
| Chest | - | few regular nevi | examined only |

### Procedures
- **Incisional biopsy, R posterior thigh**
  - fusiform wedge, #15 blade, down to subcutaneous fat (need septa + lobules)
  - 4-0 nylon x3
- **Punch, L shin** - 5 mm, one suture
- **Tangential, L upper back** - saucerization, Drysol
- All three separately labeled -> outside derm path

### Assessment / Plan
1. **Nodules of legs** - suspect erythema nodosum; labs (ASO, CXR) ordered by PCP already
2. **Changing nevus, L upper back** - biopsied, f/u path
- NSAIDs, leg elevation; suture removal 12 days

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11106"), L("11105"), L("11103")], dx={"11106": ["L52"]}),
    "coder_note": "BX-2: incisional outranks punch and tangential -> 11106 primary, 11105 for the punch, 11103 for "
                  "the shave biopsy (both add-ons allowed with 11106).",
})

SCENARIOS.append({
    "id": "s88-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two tangential biopsies pre-coded with deleted 11100/11101; AK in table declined, not treated",
    "date": "2025-08-12",
    "patient": ("Duchesne", "Raymond", "1950-12-03", "male"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Neoplasm of skin, left temple", None, "Left temple", reason=True),
        C("c2", "Neoplasm of skin, right upper arm", None, "Right upper arm", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Left dorsal forearm"),
    ],
    "procedures": [
        P("Biopsy of skin lesion", "11100", "Left temple",
          "Tangential biopsy with flexible blade.", reasons=["c1"], cpt_display="Biopsy skin lesion"),
        P("Biopsy of skin lesion, each additional", "11101", "Right upper arm",
          "Tangential biopsy with flexible blade.", reasons=["c2"], cpt_display="Biopsy skin add-on"),
    ],
    "path": [
        {"text": "Left temple, shave biopsy: squamous cell carcinoma in situ, extending to peripheral margin.",
         "site": "Left temple"},
        {"text": "Right upper arm, shave biopsy: pigmented actinic keratosis. No malignancy.",
         "site": "Right upper arm"},
    ],
    "note_title": "Procedure Note",
    "note": """## Procedure Note - Harbor Light Dermatology
**Patient:** Raymond Duchesne **DOS:** 08/12/2025
**Performed by:** Ines Castellanos, MD

### Indication
Two lesions flagged at last month's skin check, pt returns for sampling.

### Lesions
| Site | Size | Description | Action |
|------|------|-------------|--------|
| **L temple** | 0.9 x 0.6 cm | scaly pink plaque, indurated edge | **Tangential biopsy** |
| **R upper arm** | 0.6 cm | pigmented scaly papule | **Tangential biopsy** |
| L dorsal forearm | 0.4 cm | gritty AK | examined - *offered LN2, pt declined today* |
| R cheek | 0.2 cm | milium | examined only |

### Technique
- Alcohol prep, 1% lidocaine with epinephrine
- **Both lesions:** shave technique with flexible blade, partial-thickness dermis
- Hemostasis: aluminum chloride 20%
- Vaseline + bandage

### Plan
- Path pending (2 containers)
- AK L forearm: will treat at next visit if he agrees
- Sun protection reinforced

*I. Castellanos, MD - signed 08/12/2025*
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"], dx={"11102": ["D04.39"]}),
    "coder_note": "11100/11101 were deleted 2018 (BX-1): tangential technique -> 11102 + 11103. The AK was offered "
                  "but declined, so no 17000.",
})

SCENARIOS.append({
    "id": "s88-bx-eight-tangential-mue-cap",
    "family": "biopsy", "shape": "note-only",
    "description": "Eight tangential biopsies in dysplastic nevus patient: 11102 + 11103 capped at MUE 6",
    "date": "2026-01-13",
    "patient": ("Lindahl", "Corinne", "1972-05-08", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Multiple atypical nevi", None, "Trunk and extremities", reason=True),
        C("c2", "Personal history of melanoma", "Z85.820", history=True),
    ],
    "note_title": "Procedure Note - Multiple Biopsies",
    "note": """# Harbor Light Dermatology

**Patient:** Corinne Lindahl | **DOS:** 01/13/2026 | **Provider:** Ines Castellanos, MD

### Background
- Hx invasive melanoma L calf 2019 (WLE, SLNB negative), on 6-month surveillance
- Disabled since 2022 (Medicare). Dozens of clinically atypical nevi, dermoscopy photos compared to July 2025

### Lesions sampled today (all *new or changed* on digital dermoscopy)
| # | Site | Size | Change noted | Procedure |
|---|------|------|--------------|-----------|
| 1 | R upper back | 0.6 cm | new eccentric pigment | **Saucerization biopsy** |
| 2 | L upper back | 0.5 cm | enlarged from 0.3 cm | **Saucerization biopsy** |
| 3 | mid lower back | 0.7 cm | new regression | **Saucerization biopsy** |
| 4 | R flank | 0.4 cm | new | **Saucerization biopsy** |
| 5 | L posterior arm | 0.6 cm | atypical network | **Saucerization biopsy** |
| 6 | R thigh | 0.5 cm | darker | **Saucerization biopsy** |
| 7 | L thigh | 0.8 cm | asymmetric growth | **Saucerization biopsy** |
| 8 | R calf | 0.4 cm | new dot/globules | **Saucerization biopsy** |
| - | L calf scar | - | no pigment, no nodularity | examined only |
| - | chest | many | stable vs photos | examined only |

### Procedure
- Consent signed, 1% lidocaine w/ epi
- **8 tangential (deep shave/saucerization) biopsies**, DermaBlade
- Aluminum chloride hemostasis, petrolatum + bandages
- A punch biopsy of #7 was *considered* for depth but a deep saucerization was judged adequate - no punch done
- 8 containers to outside dermatopathology

### Plan
- Call with results; re-excision for any severely atypical lesion
- Next full skin exam in 6 months

*Signed electronically - I. Castellanos, MD*
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "8 tangential biopsies = 11102 + 7 add-on units; 11103 MUE is 6 -> capped at 6 with an mue "
                  "finding (README 'Coding decisions'). The punch was only considered.",
})

SCENARIOS.append({
    "id": "s88-ds-ak-sixteen-17004",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 16 AKs across four regions -> 17004 once; SK and ear lesion examined only",
    "date": "2025-10-21",
    "patient": ("Brannigan", "Wendell", "1939-08-14", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses", "L57.0", "Scalp, forehead, dorsal hands", reason=True)],
    "note_title": "Procedure Note - Cryosurgery",
    "note": """### Harbor Light Dermatology - Cryotherapy Note
**Patient:** Wendell Brannigan   **DOS:** 10/21/2025   **Provider:** I. Castellanos, MD

### Indication
Known AKs, due for treatment; several tender/scaly per pt.

### Lesion map
| Region | Count | Size range | Dx | Procedure |
|--------|-------|-----------|----|-----------|
| Scalp (vertex/crown) | 7 | 0.3-0.8 cm | AK | **LN2, 2 FT cycles** |
| Forehead | 4 | 0.3-0.5 cm | AK | **LN2** |
| R dorsal hand | 3 | 0.4 cm | AK | **LN2** |
| L dorsal hand | 2 | 0.4-0.6 cm | AK | **LN2** |
| L temple | 1 | 1.0 cm | SK, stuck-on | examined only |
| R helix | 1 | 0.5 cm | hyperkeratotic papule | examined - *not frozen*; biopsy next visit if persists |

**Total AKs destroyed: 16**

### Details
- Liquid nitrogen spray, 5-10 s freeze, 2 cycles each
- Expected blistering/crusting reviewed, Vaseline BID

### Follow-up
- 3 months; recheck R helix papule then

*Signed I. Castellanos, MD*
""",
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003. SK and helix "
                  "papule were only examined.",
})

SCENARIOS.append({
    "id": "s88-ds-ak-precoded-17003-units-wrong",
    "family": "destruction", "shape": "pre-coded",
    "description": "Pre-coded 17000 + 17003 x11 but the table documents 9 AKs -> 17003 x8",
    "date": "2025-07-08",
    "patient": ("Szabo", "Ilona", "1947-03-27", "female"),
    "provider": "castellanos", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [C("c1", "Actinic keratosis", "L57.0", "Face and scalp", reason=True)],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Right cheek", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, x11", "17003", "Face/scalp",
          "Charge entered as 17003 x 11 units.", reasons=["c1"]),
    ],
    "note_title": "Cryotherapy Procedure Note",
    "note": """## Cryosurgery - Actinic Keratoses
**Pt:** Ilona Szabo  **DOS:** 07/08/2025  **MD:** Ines Castellanos

### Lesions treated
| # | Site | Size | Procedure |
|---|------|------|-----------|
| 1 | R cheek | 0.4 cm | LN2 |
| 2 | R cheek | 0.3 cm | LN2 |
| 3 | L cheek | 0.5 cm | LN2 |
| 4 | nasal dorsum | 0.3 cm | LN2 |
| 5 | forehead, central | 0.6 cm | LN2 |
| 6 | forehead, L | 0.4 cm | LN2 |
| 7 | scalp, frontal | 0.7 cm | LN2 |
| 8 | scalp, frontal | 0.5 cm | LN2 |
| 9 | L preauricular | 0.4 cm | LN2 |
| - | R jawline | 0.8 cm | SK - examined only |
| - | chin | 0.2 cm | *possible* AK, too faint - monitor, not treated |

- **Total treated:** nine (9) AKs
- Technique: cryospray, single 10-second freeze-thaw
- Aftercare sheet given

*I. Castellanos, MD*
""",
    "expected": E([L("17000"), L("17003", 8)], topics=["coding-correction"], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 9 lesions -> 17000 + 17003 x8. The charge entry's 11 units is not supported by the "
                  "note; the chin lesion was not treated.",
})

SCENARIOS.append({
    "id": "s88-ds-warts-plus-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo of 5 hand warts (17110) and 3 scalp AKs (17000/17003) at separate sites -> XS on AK lines",
    "date": "2025-12-02",
    "patient": ("Haddad", "Samir", "1958-10-11", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, hands", "B07.8", "Bilateral hands", reason=True),
        C("c2", "Actinic keratosis, scalp", "L57.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Cryotherapy - common warts", site="Right and left hands",
          note="Five verrucae: R index, R thumb x2, L middle finger, L palm. Painful, spreading. LN2 x2 cycles.",
          reasons=["c1"]),
        P("Cryotherapy - actinic keratoses", site="Scalp",
          note="Three gritty AKs of the bald scalp, 0.4-0.6 cm, LN2 x1 cycle.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """### Harbor Light Dermatology
**Patient:** Samir Haddad | **DOS:** 12/02/2025 | **Provider:** I. Castellanos, MD

### Concerns
- **Warts on both hands**, multiplying since summer, painful when gripping tools (machinist)
- Rough spots on the scalp

### Lesion table
| Site | Size | Dx | Procedure |
|---|---|---|---|
| R index finger, dorsal | 0.5 cm | verruca vulgaris | **LN2** |
| R thumb (2 lesions) | 0.3, 0.4 cm | verruca vulgaris | **LN2** |
| L middle finger | 0.6 cm | verruca vulgaris | **LN2** |
| L palm | 0.7 cm | verruca vulgaris | **LN2** |
| Scalp, vertex (3 lesions) | 0.4-0.6 cm | actinic keratosis | **LN2** |
| L forearm | 1.2 cm | SK | examined only |

### Procedure
- **Warts (5):** paring not needed, LN2 2 freeze-thaw cycles each
- **AKs (3):** LN2 single cycle
- Blistering expected; return 3-4 wks for wart re-treatment

### Assessment
1. Verruca vulgaris, hands - 5 treated
2. Actinic keratoses, scalp - 3 treated

*Signed: Ines Castellanos, MD*
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")],
                  dx={"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "DS-2/DS-3: 17110 (up to 14 benign) and 17000 + 17003 x2 for the AKs. PTP 17110/17000 and "
                  "17110/17003 are indicator 1 and the lesions are separate sites -> XS on the column-2 AK lines.",
})

SCENARIOS.append({
    "id": "s88-ds-edc-sccis-forearm-defect-size",
    "family": "destruction", "shape": "pre-coded",
    "description": "ED&C of biopsy-proven SCCIS R forearm pre-coded by lesion size; final defect 1.4 cm -> 17262",
    "date": "2025-06-24",
    "patient": ("Whitfield", "Eugene", "1941-01-22", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right forearm", "D04.61", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Destruction malignant lesion, trunk/arms/legs, 0.6-1.0 cm", "17261", "Right dorsal forearm",
          "ED&C x3 cycles.", reasons=["c1"]),
    ],
    "note_title": "ED&C Procedure Note",
    "note": """## Electrodesiccation & Curettage
**Patient:** Eugene Whitfield  **DOS:** 06/24/2025  **Surgeon:** Ines Castellanos, MD

### Pre-op
- **Dx:** SCC in situ (Bowen's), **R dorsal forearm**, biopsy 06/03/2025 (HL25-2231)
- Not a surgical candidate per pt preference (anticoagulated, lives alone); ED&C chosen
- Clinical lesion: **0.9 x 0.7 cm** scaly pink plaque, biopsy site healed

### Procedure
| Step | Detail |
|------|--------|
| Anesthesia | 1% lidocaine w/ epi, 2 mL |
| Curettage | 3 mm then 2 mm curette, firm dermis reached |
| Electrodesiccation | 3 cycles curette/ED |
| **Final defect** | **1.4 x 1.2 cm** |
| Hemostasis | ED, no sutures |

### Other findings today
- L forearm: 2 AKs - *not treated today*, plan 5-FU cream
- R hand: lentigines, examined only

### Plan
- Vaseline/bandage daily until healed (3-4 wks)
- Recheck 3 months

*Signed I. Castellanos, MD*
""",
    "expected": E([L("17262")], topics=["coding-correction"], dx={"17262": ["D04.61"]}),
    "coder_note": "DS-4: malignant destruction with curettage is sized by the final defect (1.4 cm) -> 17262, not "
                  "the lesion size (17261). D04 in situ counts as malignant. AKs not treated.",
})

SCENARIOS.append({
    "id": "s88-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare patient, asymptomatic screening full-skin exam, no history, nothing found -> 99203-GY",
    "date": "2025-09-03",
    "patient": ("Kowalczyk", "Dorota", "1956-04-17", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit - Skin Check",
    "note": """# Harbor Light Dermatology - New Patient

**Patient:** Dorota Kowalczyk  **DOS:** 09/03/2025  **Provider:** Ines Castellanos, MD

### Chief complaint
- "Just a skin check" - turned 69, friend was diagnosed with melanoma

### History
- **No** personal history of skin cancer, **no** family history of melanoma
- No changing, bleeding, itching or new lesions - *no complaints*
- Meds: none relevant. Allergies: NKDA

### Full skin exam
| Region | Findings |
|--------|----------|
| Scalp / face / ears | no lesions of concern |
| Neck / chest / abdomen | no lesions of concern |
| Back / buttocks | no lesions of concern |
| Arms / hands / nails | no lesions of concern |
| Legs / feet / nails | no lesions of concern |

### Assessment
- **Screening skin exam** - normal, nothing requiring biopsy or treatment

### Plan
- Sun-protection counseling, monthly self-exam taught
- Return PRN for any new or changing spot

*Total time 25 min. Signed I. Castellanos, MD*
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; screening-only exam with no history, "
                  "complaint or finding -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s88-em-new-patient-wart-decision-only",
    "family": "em", "shape": "pre-coded",
    "description": "New patient 99202 selected; only problem is one wart frozen today -> E/M removed, 17110 only",
    "date": "2025-10-09",
    "patient": ("Pacheco", "Lucia", "1996-06-25", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 15, "em": "99202",
    "conditions": [C("c1", "Verruca vulgaris, left index finger", "B07.8", "Left index finger", reason=True)],
    "procedures": [
        P("Destruction of benign lesion (wart), cryotherapy", "17110", "Left index finger", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """## New Patient - Harbor Light Dermatology
**Patient:** Lucia Pacheco  **DOS:** 10/09/2025  **Provider:** I. Castellanos, MD

### CC
- Wart on **L index finger** x 3 months, sore when typing; OTC salicylic acid failed

### Exam
| Site | Size | Finding | Plan |
|------|------|---------|------|
| L index finger, lateral nail fold | 0.5 cm | verrucous papule, thrombosed capillaries | **LN2 today** |

- No other skin complaints; no other lesions examined per pt request

### Procedure
- **Cryotherapy** - LN2, 2 freeze-thaw cycles, 1 lesion
- Tolerated well

### Assessment / Plan
- Verruca vulgaris, L index finger - treated
- Return 4 weeks for repeat if persists

*Signed I. Castellanos, MD*
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README: the only work beyond the procedure is the decision to freeze the wart; a new "
                  "patient alone does not justify an E/M -> 99202 removed.",
})

# =============================================================================================================
# Batch 2: E/M, benign and malignant excision, Mohs
# =============================================================================================================

SCENARIOS.append({
    "id": "s88-em-99214-25-rosacea-plus-ak-cryo",
    "family": "em", "shape": "free-text",
    "description": "Established pt: rosacea flare with new systemic Rx (99214-25) + LN2 to 4 AKs",
    "date": "2025-11-18",
    "patient": ("Garvey", "Philomena", "1951-09-09", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Papulopustular rosacea, flare", None, "Central face", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Forehead and scalp", reason=True),
    ],
    "procedures": [
        P("Cryodestruction of actinic keratoses", site="Forehead (2), frontal scalp (2)",
          note="4 AKs, 0.3-0.6 cm, LN2 single freeze-thaw.", reasons=["c2"]),
    ],
    "note_title": "Follow-up Visit",
    "note": """### Harbor Light Dermatology - Follow-up
**Patient:** Philomena Garvey | **DOS:** 11/18/2025 | **Provider:** I. Castellanos, MD

### Interval history
- **Rosacea** - much worse x 6 wks: burning, papules/pustules cheeks and chin despite metronidazole gel
  - ocular symptoms: gritty eyes in the morning, no vision change
- **AKs** - new rough spots forehead/scalp

### Exam
| Site | Size | Finding | Action |
|---|---|---|---|
| Cheeks/chin | diffuse | erythema, ~20 papules + pustules, telangiectasia | see plan |
| Forehead (2) | 0.3, 0.5 cm | gritty AK | **LN2** |
| Frontal scalp (2) | 0.4, 0.6 cm | gritty AK | **LN2** |
| L upper eyelid margin | - | mild lid erythema | examined |

### Assessment & Plan
1. **Papulopustular rosacea, flare, with ocular involvement**
   - stop metronidazole gel; start **ivermectin 1% cream** nightly
   - start **doxycycline 40 mg MR** daily x 12 wks; GI/photosensitivity counseling
   - warm compresses/lid hygiene; ophthalmology referral if eyes not better in 4 wks
2. **Actinic keratoses x4** - LN2 as above, aftercare reviewed

- Return 3 months

*Signed I. Castellanos, MD (time ~30 min incl. counseling)*
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 3)], dx={"17000": ["L57.0"]}),
    "coder_note": "GS-3: rosacea flare with new prescription management is separate from the AK destruction -> E/M "
                  "with 25; 4 AKs -> 17000 + 17003 x3. No G2211 with a modifier-25 E/M (EM-6).",
})

SCENARIOS.append({
    "id": "s88-em-new-drug-eruption-consult-99204",
    "family": "em", "shape": "note-only",
    "description": "New patient one-time consult for morbilliform drug eruption, prednisone taper; 99204, no procedure",
    "date": "2025-08-26",
    "patient": ("Nwachukwu", "Emeka", "1953-11-02", "male"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Generalized drug eruption due to amoxicillin", "L27.0", "Generalized", reason=True),
        C("c2", "Adverse effect of penicillins, initial encounter", "T36.0X5A"),
    ],
    "note_title": "New Patient Consultation",
    "note": """# Harbor Light Dermatology - Consultation

**Patient:** Emeka Nwachukwu **DOS:** 08/26/2025 **Referred by:** Dr. P. Lam (PCP)
**Consultant:** Ines Castellanos, MD

### HPI
- Widespread itchy red rash starting day 8 of **amoxicillin** (for sinusitis), stopped 2 days ago
- Low-grade fever 37.9 C yesterday; no mucosal pain, no blisters, no skin pain

### Review of labs (PCP, drawn yesterday) - *reviewed today*
- CBC: eos 9%, WBC 10.8
- CMP: ALT/AST normal, creatinine normal

### Exam
| Region | Finding |
|--------|---------|
| Trunk | confluent morbilliform erythematous macules/papules, ~50% BSA |
| Arms/legs | same, spares palms/soles |
| Mucosa (oral, conjunctival, genital) | **no** erosions |
| Skin | Nikolsky **negative**, no bullae, no targets |
| Lymph nodes | no lymphadenopathy |

### Assessment
- **Morbilliform drug eruption due to amoxicillin** - no features of SJS/TEN or DRESS at present
  - DRESS considered: eosinophilia mild, LFTs normal, no facial edema - *not met*

### Plan
- **Prednisone 40 mg taper over 10 days**; triamcinolone 0.1% cream to body BID
- Cetirizine at night; list **penicillin allergy** in chart and notify PCP
- Warning signs (blisters, mouth sores, fever > 38.5) -> ED
- One-time consult; care back to PCP, no routine follow-up here

*Total time on date: 50 min (history, chart/lab review, exam, counseling, note). Signed I. Castellanos, MD*
""",
    "expected": E([L("99204")], dx={"99204": ["L27.0"]}),
    "coder_note": "EM-1/EM-3: provider-selected 99204 supported (prescription drug management, acute illness with "
                  "systemic symptoms; 50 min >= 45). No procedure, no modifier; one-time consult so no G2211.",
})

SCENARIOS.append({
    "id": "s88-exb-cyst-back-intermediate-repair",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst upper back, 2.2 cm + 0.2 margins = 2.6 cm; layered 3.5 cm",
    "date": "2025-07-15",
    "patient": ("Bellweather", "Trent", "1985-02-13", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 45,
    "conditions": [C("c1", "Epidermoid cyst, upper back", "L72.0", "Upper back, midline", reason=True)],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with "
                      "foreign-body granulomatous reaction. No atypia.", "site": "Upper back"}],
    "note_title": "Excision Operative Note",
    "note": """## Excision - Harbor Light Dermatology
**Patient:** Trent Bellweather  **DOS:** 07/15/2025  **Surgeon:** Ines Castellanos, MD

### Indication
- Cyst mid upper back, **inflamed and drained 3x** in the past year (I&D 02/2025), painful with backpack straps
- Currently quiet; excision planned

### Measurements (pre-excision)
| Item | Value |
|------|-------|
| Lesion (greatest clinical diameter) | **2.2 cm** |
| Margin | **0.2 cm** each side |
| Excised diameter | 2.6 cm |
| Ellipse length | 7.0 cm (not used for coding) |

### Procedure
- Time-out, chlorhexidine prep, 1% lidocaine w/ epi 10 mL
- Elliptical excision through subcutaneous fat; cyst removed intact except one adherent area
- **Repair:** layered closure
  - deep: 3-0 Vicryl buried interrupted (subcutaneous/fascial layer)
  - superficial: 4-0 nylon running
  - **final repair length 3.5 cm** (ends shortened with M-plasty)
- EBL minimal; no complications

### Other
- R shoulder 0.4 cm cyst-like papule - *examined only*, likely milium-like cyst, watch

### Plan
- Pressure dressing 48 h, sutures out 14 days
- Path pending

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.2 + 2x0.2 = 2.6 cm trunk benign -> 11403 (ellipse length ignored). EX-5: layered closure "
                  "3.5 cm trunk -> 12032, separately reportable.",
})

SCENARIOS.append({
    "id": "s88-exb-nevus-cheek-precoded-ellipse-length",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Enlarging atypical nevus R cheek: pre-coded by ellipse length (11443) + simple repair 12013",
    "date": "2025-10-28",
    "patient": ("Marchetti-Olsen", "Greta", "1949-12-30", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 40,
    "conditions": [C("c1", "Changing pigmented lesion, right cheek", None, "Right cheek", reason=True)],
    "procedures": [
        P("Excision benign lesion face 2.1-3.0 cm", "11443", "Right cheek",
          "Ellipse 3.0 x 1.0 cm.", reasons=["c1"]),
        P("Simple repair face 2.6-5.0 cm", "12013", "Right cheek",
          "Closed with 5-0 nylon, single layer, 3.0 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right cheek, excision: compound dysplastic nevus with moderate cytologic atypia, "
                      "margins free.", "site": "Right cheek"}],
    "note_title": "Excision Note",
    "note": """### Excision - Right Cheek
**Patient:** Greta Marchetti-Olsen | **DOS:** 10/28/2025 | **Surgeon:** I. Castellanos, MD

### Why
- Brown papule R cheek **enlarged from 0.4 to 0.6 cm** since 04/2025 (serial photos), new darker rim
- Excisional removal for diagnosis (melanoma a realistic consideration)

### Measurements
| Site | Lesion size | Margin | Excised diameter | Ellipse |
|---|---|---|---|---|
| R cheek | **0.6 cm** | **0.2 cm** | 1.0 cm | 3.0 x 1.0 cm |
| L cheek | 0.3 cm | - | - | *examined only - stable nevus* |

### Procedure
- 1% lidocaine with epinephrine
- Fusiform excision oriented along relaxed skin tension lines, to superficial fat
- **Closure:** single-layer simple interrupted 5-0 nylon, length 3.0 cm, minimal undermining
- No complications

### Plan
- Sutures out 6 days; path to follow

*I. Castellanos, MD*
""",
    "expected": E([L("11441")], topics=["coding-correction", "ncci"], dx={"11441": ["D22.39"]}),
    "coder_note": "EX-1: 0.6 + 2x0.2 = 1.0 cm face benign -> 11441 (not the 3.0 cm ellipse). EX-5: simple repair is "
                  "included in the excision (PTP 11441/12013 indicator 1, same wound) -> 12013 removed.",
})

SCENARIOS.append({
    "id": "s88-exb-dermatofibroma-thigh",
    "family": "excision-benign", "shape": "free-text",
    "description": "Painful dermatofibroma R thigh, 0.8 cm + 0.1 cm margins = 1.0 cm -> 11401; Medicaid",
    "date": "2025-12-09",
    "patient": ("Tran", "Kim-Ly", "1990-03-06", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 30,
    "conditions": [C("c1", "Painful firm papule, right thigh", None, "Right lateral thigh", reason=True)],
    "procedures": [
        P("Excision of skin lesion with simple closure", site="Right lateral thigh",
          note="Firm papule 0.8 cm, margin 1 mm all around; excised to fat; simple closure 4-0 nylon 2.5 cm.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right thigh, excision: dermatofibroma (benign fibrous histiocytoma), completely "
                      "excised.", "site": "Right lateral thigh"}],
    "note_title": "Procedure Note",
    "note": """## Harbor Light Dermatology - Procedure
**Patient:** Kim-Ly Tran  **DOS:** 12/09/2025  **Provider:** Ines Castellanos, MD

### Indication
- Firm papule **R lateral thigh**, painful when shaving and catches on razor, **bleeds repeatedly** (cut 4-5 times)

### Lesion
| Site | Size | Margin | Procedure |
|---|---|---|---|
| R lateral thigh | 0.8 cm | 0.1 cm | **Excision** |
| L knee | 0.5 cm | - | similar dimpling papule, asymptomatic - *examined only* |

### Procedure
- Consent, 1% lidocaine w/ epi
- Fusiform excision to fat, 0.1 cm margin around the 0.8 cm papule
- **Simple** closure, 4-0 nylon interrupted, 2.5 cm
- Bacitracin, bandage

### Plan
- Sutures out 12-14 days
- L knee lesion: leave alone unless symptomatic

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11401")], dx={"11401": ["D23.71"]}),
    "coder_note": "EX-1: 0.8 + 2x0.1 = 1.0 cm leg -> 11401; simple closure included. Symptomatic (pain, trauma, "
                  "bleeding) so not cosmetic.",
})

SCENARIOS.append({
    "id": "s88-exb-pilar-cyst-scalp-size-missing",
    "family": "excision-benign", "shape": "note-only",
    "description": "Pilar cyst scalp excision with no lesion size or margin; layered closure 2.4 cm -> 12031 only",
    "date": "2026-02-03",
    "patient": ("Abernethy-Cole", "Rosalind", "1967-08-21", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [C("c1", "Pilar cyst, scalp", "L72.11", "Left parietal scalp", reason=True)],
    "path": [{"text": "Scalp, excision: pilar (trichilemmal) cyst.", "site": "Left parietal scalp"}],
    "note_title": "Excision Note",
    "note": """### Procedure: Excision of scalp cyst
**Patient:** Rosalind Abernethy-Cole **DOS:** 02/03/2026 **Surgeon:** I. Castellanos, MD

### Indication
- Tender cyst **L parietal scalp**, hits it with hairbrush daily, has bled twice

### Lesion table
| Site | Size | Procedure |
|---|---|---|
| L parietal scalp | "moderate" cyst | **Excision** |
| R occipital scalp | - | second smaller cyst, asymptomatic - *examined only, not removed* |

### Procedure
- Hair trimmed, chlorhexidine, 1% lidocaine w/ epi
- Linear incision, cyst dissected out intact with capsule
- **Layered closure:**
  - 4-0 Vicryl deep (galea/subcutis)
  - 4-0 Prolene simple interrupted epidermis
  - **repair length: 2.4 cm**
- Hemostasis with cautery

### Plan
- Shampoo after 48 h; sutures out 10 days
- Path pending

*Signed I. Castellanos, MD*
""",
    "expected": E([L("12031")], topics=["missing-documentation"]),
    "coder_note": "README 'Coding decisions': no lesion size/margin -> no excision line + missing-documentation; the "
                  "separately documented layered closure (scalp 2.4 cm) is kept -> 12031.",
})

SCENARIOS.append({
    "id": "s88-exm-scc-dorsal-hand-intermediate",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven SCC R dorsal hand: 1.2 + 2x0.4 = 2.0 cm -> 11622; layered 3.0 cm hand -> 12042",
    "date": "2025-09-30",
    "patient": ("Ostrowski", "Franklin", "1945-06-01", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "path": [{"text": "Skin, right dorsal hand, excision: residual invasive squamous cell carcinoma, well "
                      "differentiated; margins negative (closest 3 mm).", "site": "Right dorsal hand"}],
    "note_title": "Excision Operative Note",
    "note": """# Harbor Light Dermatology
## Excision of Malignant Lesion

**Patient:** Franklin Ostrowski | **DOS:** 09/30/2025 | **Surgeon:** Ines Castellanos, MD

### Diagnosis
- **Invasive SCC, well differentiated, R dorsal hand** - shave bx 09/09/2025 (HL25-3107)
- Mohs discussed; pt prefers standard excision (AUC reviewed)

### Pre-op measurements
| Site | Clinical lesion | Margin | Excised diameter |
|---|---|---|---|
| **R dorsal hand** | **1.2 x 0.9 cm** | **0.4 cm** | 2.0 cm |
| L dorsal hand | 0.5 cm AK | - | *examined only, 5-FU planned* |

### Procedure
- Time-out; 1% lidocaine w/ epi 6 mL
- Ellipse excised to subcutaneous fat, tendons not exposed; specimen tagged 12 o'clock
- **Repair: intermediate (layered)**
  - 4-0 Monocryl deep dermal
  - 5-0 nylon simple interrupted
  - **length 3.0 cm**
- Hemostasis: electrocautery

### Post-op
- Elevate hand, Tylenol; sutures out 14 days
- Path to outside lab

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.622"]}),
    "coder_note": "EX-1/EX-2: 1.2 + 0.8 = 2.0 cm, hand is SNHFG -> 11622 (malignant by prior biopsy and final path). "
                  "REP-2: intermediate repair of the hand belongs to 12041-12047 -> 3.0 cm = 12042.",
})

SCENARIOS.append({
    "id": "s88-exm-back-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision for positive margin 7 days after SCC excision (010 global) -> 11603-58; path negative",
    "date": "2025-10-08",
    "patient": ("Kaminski", "Lorraine", "1952-02-28", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of back, positive margin", "C44.529", "Left upper back",
          reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk 2.1-3.0 cm", "11603", "Left upper back",
          "Re-excision of scar, 0.5 cm margins.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-10-01", "11602", "Excision malignant lesion trunk 1.1-2.0 cm", "Left upper back",
                    "SCC 1.0 cm, 0.3 cm margins; path: SCC, deep margin involved.")],
    "path": [{"text": "Skin, left upper back, re-excision: healing scar with no residual carcinoma; margins "
                      "free.", "site": "Left upper back"}],
    "note_title": "Re-excision Note",
    "note": """## Re-excision - Positive Margin
**Patient:** Lorraine Kaminski  **DOS:** 10/08/2025  **Surgeon:** Ines Castellanos, MD

### Background
- **10/01/2025:** excision of SCC L upper back (1.0 cm lesion, 0.3 cm margins)
- Path: invasive SCC, **deep margin involved** -> planned re-excision discussed by phone 10/04

### Measurements
| Item | Value |
|------|-------|
| Scar / residual area | **2.0 cm** |
| Margin | **0.5 cm** |
| Excised diameter | 3.0 cm |

### Procedure
- 1% lidocaine w/ epi; sutures from 10/01 removed
- Re-excised scar en bloc to fascia, specimen oriented
- **Closure:** single layer, 3-0 nylon vertical mattress; *no deep sutures placed*
- No complications

### Plan
- Path to follow; sutures out 14 days
- Full skin exam due in 3 months

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.529"]}),
    "coder_note": "EX-4/GS-5: re-excision for positive margin inside the 10-day global of 11602 is staged -> 58; "
                  "coded malignant even though the re-excision path is negative. 2.0 + 2x0.5 = 3.0 cm -> 11603.",
})

SCENARIOS.append({
    "id": "s88-exm-bcc-nose-and-shoulder",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Two BCC excisions: R nasal sidewall 1.1 cm (11642) + layered 1.8 cm; R shoulder 1.6 cm (11602)",
    "date": "2025-11-25",
    "patient": ("Ridgeway", "Colin", "1960-04-04", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal sidewall", "C44.311", "Right nasal sidewall", reason=True),
        C("c2", "Basal cell carcinoma, right shoulder", "C44.612", "Right posterior shoulder", reason=True),
    ],
    "procedures": [
        P("Excision BCC with layered closure", site="Right nasal sidewall",
          note="Nodular BCC 0.5 cm, 3 mm margins. Layered repair 1.8 cm (5-0 Monocryl / 6-0 Prolene).",
          reasons=["c1"]),
        P("Excision BCC", site="Right posterior shoulder",
          note="Superficial BCC 0.8 cm, 4 mm margins. Simple closure 4-0 nylon.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Right nasal sidewall: basal cell carcinoma, nodular; margins clear.",
         "site": "Right nasal sidewall"},
        {"text": "B. Right shoulder: basal cell carcinoma, superficial; margins clear.",
         "site": "Right posterior shoulder"},
    ],
    "note_title": "Surgical Excision Note",
    "note": """### Harbor Light Dermatology - Surgery
**Patient:** Colin Ridgeway | **DOS:** 11/25/2025 | **Surgeon:** I. Castellanos, MD

### Diagnoses (biopsy 10/28/2025)
- **A.** Nodular BCC, R nasal sidewall
- **B.** Superficial BCC, R posterior shoulder
- Mohs offered for A; pt declined (travel) and elected standard excision

### Measurements
| Site | Lesion | Margin | Excised diameter | Closure |
|---|---|---|---|---|
| **A** R nasal sidewall | 0.5 cm | 0.3 cm | 1.1 cm | **layered, 1.8 cm** |
| **B** R post. shoulder | 0.8 cm | 0.4 cm | 1.6 cm | simple, 3.5 cm |
| L nasal ala | 0.2 cm | - | - | *sebaceous hyperplasia, examined only* |

### Procedure notes
- **A:**
  - 1% lido w/ epi; excised to nasalis fascia
  - deep 5-0 Monocryl + 6-0 Prolene -> **intermediate repair 1.8 cm**
- **B:**
  - excised to fat
  - single-layer 4-0 nylon -> simple closure
- Both specimens to outside derm path, separately labeled

### Plan
- Sutures: nose 6 days, shoulder 14 days

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11642"), L("11602"), L("12051")], dx={"11642": ["C44.311"], "11602": ["C44.612"]}),
    "coder_note": "EX-1: nose 0.5 + 0.6 = 1.1 cm -> 11642; shoulder 0.8 + 0.8 = 1.6 cm -> 11602. Intermediate "
                  "repair of the nose 1.8 cm -> 12051; the shoulder's simple closure is included (EX-5).",
})

SCENARIOS.append({
    "id": "s88-mohs-helix-two-stages-17315-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs BCC L helix: stage 1 seven blocks, stage 2 two blocks; complex repair rim 2.4 cm",
    "date": "2025-10-14",
    "patient": ("Fairbanks", "Horace", "1938-07-19", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 180,
    "conditions": [C("c1", "Basal cell carcinoma, left helix", "C44.219", "Left helical rim", reason=True)],
    "note_title": "Mohs Surgery Report",
    "note": """# Harbor Light Dermatology - Mohs Surgery

**Patient:** Horace Fairbanks | **DOS:** 10/14/2025
**Mohs surgeon & pathologist:** Astrid Lindgren, MD

### Pre-op
- **Dx:** infiltrative BCC, **L helical rim** (bx 09/16/2025, HL25-3290)
- Area H (ear) - Mohs appropriate per AUC
- Clinical size **1.1 x 0.8 cm**

### Stages
| Stage | Tissue blocks | Result |
|---|---|---|
| I | **7** | tumor at 1-3 o'clock peripheral (blocks 2, 3) |
| II | **2** | clear |

- Frozen sections, H&E, read by me; no tissue to outside pathology
- **Total:** 2 stages, 9 blocks (stage I exceeded 5 blocks by 2)

### Defect
- 1.9 x 1.2 cm, L helical rim, cartilage exposed

### Repair
- **Complex repair** involving the free margin of the helical rim
  - cartilage trimmed to allow tension-free closure, wide undermining, helical rim realigned
  - 5-0 Vicryl deep, 6-0 Prolene running
  - **final length 2.4 cm**
- Options (wedge, graft, second intention) reviewed; complex linear chosen

### Post-op
- Pressure dressing; sutures out 7 days
- No other lesions examined today (surgical visit only)

*Astrid Lindgren, MD - signed 10/14/2025*
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("13151")], dx={"17311": ["C44.219"]}),
    "coder_note": "MOHS-2: ear -> 17311 + 17312 for stage II; stage I had 7 blocks -> 17315 x2. MOHS-7/REP-2: "
                  "complex repair of the helical rim 2.4 cm -> 13151, no PTP edit with 17311.",
})

# =============================================================================================================
# Batch 3: Mohs, repair, I&D, intralesional, mixed
# =============================================================================================================

SCENARIOS.append({
    "id": "s88-mohs-shin-scc-precoded-path-removed",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs SCC R pretibial leg 2 stages (17313/17314) + layered 6 cm; pre-coded 88305 on Mohs layers",
    "date": "2025-08-19",
    "patient": ("Vandermeer", "Agnes", "1943-10-05", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 160,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right pretibial leg", "C44.722", "Right pretibial leg", reason=True),
    ],
    "procedures": [
        P("Mohs surgery trunk/arms/legs, first stage", "17313", "Right pretibial leg", reasons=["c1"]),
        P("Mohs surgery trunk/arms/legs, additional stage", "17314", "Right pretibial leg", reasons=["c1"]),
        P("Surgical pathology, level IV", "88305", "Right pretibial leg", "Stage I frozen sections",
          reasons=["c1"]),
        P("Surgical pathology, level IV", "88305", "Right pretibial leg", "Stage II frozen sections",
          reasons=["c1"]),
        P("Intermediate repair trunk/extremities 2.6-7.5 cm", "12032", "Right pretibial leg", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """## Mohs Micrographic Surgery
**Patient:** Agnes Vandermeer  **DOS:** 08/19/2025
**Surgeon / pathologist:** Astrid Lindgren, MD (reads her own frozen sections)

### Pre-op
- **Invasive SCC, moderately differentiated**, R pretibial leg (bx 07/22/2025)
- Clinical size **2.1 x 1.7 cm**; pretibial site, >2 cm - Mohs indicated per payer policy

### Mohs stages
| Stage | Blocks | Margin status |
|------:|-------:|---------------|
| 1 | 4 | SCC at deep margin, block 3 |
| 2 | 3 | **clear** |

- All tissue processed in our Mohs lab; *no separate specimen to outside pathology*

### Repair
- Final defect **2.9 x 2.2 cm**
- Undermining at the fascial plane, **layered closure**
  - 3-0 Monocryl buried
  - 4-0 nylon running
  - **length 6.0 cm**

### Findings elsewhere
| Site | Finding | Action |
|---|---|---|
| L shin | 0.6 cm scaly papule | *examined; bx at next visit if persists* |

### Post-op
- Compression wrap, leg elevation; sutures out 14 days

*Signed A. Lindgren, MD*
""",
    "expected": E([L("17313"), L("17314"), L("12032")], topics=["ncci"], dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-5: the Mohs surgeon's frozen sections are part of 17313/17314 -> both 88305 lines removed "
                  "(PTP indicator 1, no separate specimen). MOHS-7: layered repair leg 6.0 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s88-mohs-upper-lip-with-separate-em",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs BCC upper cutaneous lip, 1 stage, layered repair 1.6 cm; separate nummular eczema E/M-25",
    "date": "2025-12-16",
    "patient": ("Gallagher", "Noreen", "1948-05-23", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 120, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, skin of upper lip", "C44.01", "Left upper cutaneous lip", reason=True),
        C("c2", "Nummular dermatitis, legs", "L30.0", "Bilateral lower legs", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Left upper cutaneous lip",
          note="3 tissue blocks, all margins clear after stage 1.", reasons=["c1"]),
        P("Layered closure", site="Left upper cutaneous lip",
          note="Defect 0.9 x 0.7 cm; layered repair 1.6 cm, 5-0 Monocryl + 6-0 nylon, vermilion not involved.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery + Visit",
    "note": """### Harbor Light Dermatology - Mohs Day
**Patient:** Noreen Gallagher | **DOS:** 12/16/2025 | **Provider:** Astrid Lindgren, MD (surgeon + pathologist)

### Part 1 - Mohs surgery
- **Dx:** nodular BCC, L upper cutaneous lip (bx 11/20/2025) - Area H
- **Stage 1:** 3 blocks, *clear*
- Defect 0.9 x 0.7 cm, white roll/vermilion **not** involved
- **Repair:** layered (5-0 Monocryl deep, 6-0 nylon), **1.6 cm**

### Part 2 - separate problem raised by patient
- **Itchy coin-shaped patches on both shins** x 2 months, waking her at night
- OTC hydrocortisone no help

| Site | Finding |
|---|---|
| R shin | 3 nummular eczematous plaques, 2-4 cm, excoriated |
| L shin | 2 similar plaques |
| Feet/webspaces | KOH-negative scale ruled out clinically - no tinea |

**Assessment / Plan (Part 2)**
1. **Nummular dermatitis** - new problem
   - **clobetasol 0.05% ointment** BID x 2 wks then weekends
   - emollient/soak-and-smear, fragrance-free soap
   - recheck at suture removal

*Signed A. Lindgren, MD*
""",
    "expected": E([L("99213", 1, "25"), L("17311"), L("12051")], dx={"17311": ["C44.01"]}),
    "coder_note": "MOHS-2: lip (head) 1 stage -> 17311; MOHS-7 layered repair lip 1.6 cm -> 12051. GS-3: the nummular "
                  "dermatitis work-up with prescription management is separately identifiable -> 99213-25.",
})

SCENARIOS.append({
    "id": "s88-rep-lacerations-face-and-arm-xs",
    "family": "repair", "shape": "note-only",
    "description": "Bike fall: simple repairs face 2.0 + 1.5 (12013) and arm/hand 3.0 + 1.0 (12002); XS on 12013",
    "date": "2025-07-29",
    "patient": ("Ashworth", "Declan", "1998-01-17", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Laceration without foreign body of forehead, initial encounter", "S01.81XA", "Forehead",
          reason=True),
        C("c2", "Laceration without foreign body of nose, initial encounter", "S01.21XA", "Nasal dorsum",
          reason=True),
        C("c3", "Laceration without foreign body of right forearm, initial encounter", "S51.811A",
          "Right forearm", reason=True),
        C("c4", "Laceration without foreign body of right hand, initial encounter", "S61.411A",
          "Right hand", reason=True),
    ],
    "note_title": "Laceration Repair",
    "note": """# Harbor Light Dermatology - Same-day Add-on

**Patient:** Declan Ashworth  **DOS:** 07/29/2025  **Provider:** Ines Castellanos, MD
*(established pt, called from the parking lot after a bike fall 40 min ago; no LOC, helmet on)*

### Wounds
| # | Site | Length | Depth / contamination | Repair |
|---|------|--------|-----------------------|--------|
| 1 | Forehead | **2.0 cm** | dermal, clean | **simple**, 6-0 nylon |
| 2 | Nasal dorsum | **1.5 cm** | dermal, clean | **simple**, 6-0 nylon |
| 3 | R forearm | **3.0 cm** | dermal, clean | **simple**, 4-0 nylon |
| 4 | R hand, dorsum | **1.0 cm** | dermal, clean | **simple**, 4-0 nylon |
| - | R knee | 4 x 3 cm | abrasion | cleaned, dressing only - *no repair* |

### Procedure
- Irrigated each wound with 250 mL saline; no debris, no foreign body
- 1% lidocaine plain / with epi (not nose tip)
- **All four closed in a single layer** - no deep sutures required
- Tetanus: Tdap 2023, up to date

### Plan
- Sutures out: face 5 days, arm/hand 10 days
- Head-injury precautions reviewed

*Signed I. Castellanos, MD*
""",
    "expected": E([L("12002"), L("12013", 1, "XS")]),
    "coder_note": "REP-1/REP-2: simple repairs summed per site group - face 2.0 + 1.5 = 3.5 cm -> 12013; forearm + "
                  "hand 3.0 + 1.0 = 4.0 cm -> 12002. PTP 12002/12013 is indicator 1 -> XS on 12013 (different wounds).",
})

SCENARIOS.append({
    "id": "s88-rep-complex-1cm-chin-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Bleeding nevus chin excised 0.6 cm; repair pre-coded 13131 at 1.0 cm -> intermediate 12051",
    "date": "2025-09-09",
    "patient": ("Pellegrino", "Vittoria", "1955-03-14", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 35,
    "conditions": [C("c1", "Bleeding inflamed papule, chin", None, "Left chin", reason=True)],
    "procedures": [
        P("Excision benign lesion face 0.6-1.0 cm", "11441", "Left chin", reasons=["c1"]),
        P("Complex repair forehead/cheeks/chin 1.1-2.5 cm", "13131", "Left chin",
          "Documented as complex, 1.0 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left chin, excision: intradermal melanocytic nevus with erosion and acute "
                      "inflammation; margins free.", "site": "Left chin"}],
    "note_title": "Excision Note",
    "note": """## Excision - Chin
**Patient:** Vittoria Pellegrino | **DOS:** 09/09/2025 | **Surgeon:** I. Castellanos, MD

### Indication
- Raised papule **L chin**, cut while shaving chin hairs -> **bleeds, crusted and inflamed** x 6 wks

### Measurements
| Site | Lesion | Margin | Excised diameter |
|---|---|---|---|
| L chin | **0.4 cm** | **0.1 cm** | 0.6 cm |
| R nasolabial fold | 0.3 cm | - | *intradermal nevus, asymptomatic - examined only* |

### Procedure
- 1% lidocaine with epi
- Elliptical excision to superficial fat
- **Repair ("complex")**
  - undermining 0.5 cm each side
  - deep dermal 5-0 Monocryl, epidermis 6-0 nylon
  - **length 1.0 cm**
- No free margin involved; no debridement

### Plan
- Sutures out 5-6 days; path pending

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11441"), L("12051")], topics=["coding-correction"], dx={"11441": ["D22.39"]}),
    "coder_note": "EX-1: 0.4 + 0.2 = 0.6 cm face -> 11441. REP-2: a complex repair of 1.0 cm or less is coded as "
                  "simple/intermediate; layered closure on the face -> 12051. Bleeding/inflamed -> covered (BSL-3).",
})

SCENARIOS.append({
    "id": "s88-rep-rotation-flap-cheek-57",
    "family": "repair", "shape": "free-text",
    "description": "New pt with PCP-biopsied BCC L cheek, decision for surgery same day: 99204-57 + rotation flap 8 sq cm",
    "date": "2025-11-06",
    "patient": ("Hollingsworth", "Amos", "1940-09-28", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 130, "em": "99204",
    "conditions": [C("c1", "Basal cell carcinoma, left cheek", "C44.319", "Left medial cheek", reason=True)],
    "procedures": [
        P("Excision of BCC with rotation flap closure", site="Left medial cheek",
          note="Nodular BCC 1.0 cm, 4 mm margins. Primary defect 2.5 sq cm; rotation flap secondary defect "
               "5.5 sq cm; total 8.0 sq cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left cheek, excision: basal cell carcinoma, nodular; margins clear.",
              "site": "Left medial cheek"}],
    "note_title": "New Patient Visit and Surgery",
    "note": """### Harbor Light Dermatology
**Patient:** Amos Hollingsworth | **DOS:** 11/06/2025 | **Provider:** Ines Castellanos, MD

### New patient evaluation
- Referred by PCP with **shave bx 10/20/2025: nodular BCC, L medial cheek**
- 85M, on apixaban for AF; lives 2 h away, daughter drives him
- Exam: 1.0 cm pearly papule L medial cheek, no nodes; face otherwise sun-damaged
- **Options discussed today:** Mohs (referral, 6-wk wait), excision with flap, radiation, no treatment
- **Decision today:** proceed with excision + local flap this afternoon (apixaban held 24 h per cardiology)

### Lesion table
| Site | Size | Plan |
|---|---|---|
| L medial cheek | 1.0 cm BCC | **excision + rotation flap** |
| R temple | 0.6 cm SK | examined only |
| nasal tip | 0.2 cm | sebaceous hyperplasia - examined only |

### Operative note
- Excised with **4 mm margins** to fat
- **Rotation flap:**
  - primary defect **2.5 sq cm**
  - secondary (flap) defect **5.5 sq cm**
  - **total 8.0 sq cm**
  - 5-0 Monocryl deep, 6-0 Prolene
- EBL minimal

### Plan
- Sutures out 7 days; wound check 1 wk

*Signed I. Castellanos, MD (E/M and surgery same date)*
""",
    "expected": E([L("99204", 1, "57"), L("14040")], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-1/FLAP-2: 8.0 sq cm on the cheek -> 14040, excision included. GS-4/FLAP-4: new-patient E/M "
                  "that made the decision for a 090 procedure the same day -> 57.",
})

SCENARIOS.append({
    "id": "s88-id-axillary-abscess-single",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a single R axillary abscess; HS nodules L axilla examined only; Medicaid",
    "date": "2025-06-10",
    "patient": ("Boateng", "Abena", "2001-12-12", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True)],
    "note_title": "Urgent Visit - I&D",
    "note": """## Harbor Light Dermatology - Urgent Slot
**Patient:** Abena Boateng  **DOS:** 06/10/2025  **Provider:** I. Castellanos, MD

### HPI
- Painful swelling **R armpit** x 4 days, now soft; no fever

### Exam
| Site | Size | Finding | Action |
|---|---|---|---|
| R axilla | 2.0 cm | fluctuant tender abscess, erythema | **I&D** |
| L axilla | 0.5-0.8 cm | 2 firm nodules, no fluctuance, old scars | *examined - ? early HS; not drained* |

### Procedure - incision & drainage, R axilla
- Chlorhexidine prep, 1% lidocaine w/ epi field block
- #11 blade, 1 cm stab incision
- Moderate purulent material expressed; culture sent
- Single cavity, no loculations; **simple** drainage, no packing needed
- Dry gauze dressing

### Plan
- Warm compresses TID; doxycycline 100 mg BID x 7 d
- Return 2 wks; discuss hidradenitis work-up if new lesions

*Signed I. Castellanos, MD*
""",
    "expected": E([L("10060")], dx={"10060": ["L02.411"]}),
    "coder_note": "Single simple abscess -> 10060. The L axillary nodules were examined only; suspected HS is not "
                  "coded (DX-1).",
})

SCENARIOS.append({
    "id": "s88-id-buttock-complicated-precoded-both",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "One loculated buttock abscess pre-coded 10060 + 10061 -> 10061 only",
    "date": "2025-08-05",
    "patient": ("Castellano", "Rocco", "1976-04-30", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 35,
    "conditions": [C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True)],
    "procedures": [
        P("Incision and drainage of abscess, simple", "10060", "Left buttock", reasons=["c1"]),
        P("Incision and drainage of abscess, complicated", "10061", "Left buttock",
          "Loculations broken, packed.", reasons=["c1"]),
    ],
    "note_title": "I&D Procedure Note",
    "note": """### Incision & Drainage - Complicated
**Patient:** Rocco Castellano | **DOS:** 08/05/2025 | **Provider:** Ines Castellanos, MD

### Finding
| Site | Size | Description |
|---|---|---|
| L buttock | 4.5 x 3.5 cm | indurated fluctuant abscess with surrounding cellulitis |

- *One* abscess only (no other lesions)

### Procedure
- Consent; 1% lidocaine w/ epi, ring block
- 2.5 cm linear incision
- Copious purulence; **multiple loculations** broken up with hemostat
- Irrigated with saline, **packed with 1/4" iodoform gauze** (approx. 20 cm)
- Culture sent

### Plan
- Packing removal/change in 48 h
- TMP-SMX DS BID x 10 days
- Return sooner for fever, spreading redness

*Signed I. Castellanos, MD*
""",
    "expected": E([L("10061")], topics=["ncci"], dx={"10061": ["L02.31"]}),
    "coder_note": "A single complicated abscess (loculations, packing) -> 10061. PTP 10061/10060 indicator 1 but same "
                  "lesion, so no XS -> 10060 removed.",
})

SCENARIOS.append({
    "id": "s88-il-keloids-nine-lesions",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to 9 keloids chest/shoulders (11901) with triamcinolone 36 mg (J3301 x4)",
    "date": "2025-10-02",
    "patient": ("Mensah", "Kwabena", "1988-08-08", "male"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [C("c1", "Keloids, chest and shoulders", "L91.0", "Chest and bilateral shoulders",
                     reason=True)],
    "procedures": [
        P("Intralesional steroid injection, keloids", site="Presternal chest, bilateral shoulders",
          note="Nine keloids injected with triamcinolone acetonide 40 mg/mL, total 0.9 mL (36 mg).",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """## Harbor Light Dermatology - Keloid Injection
**Patient:** Kwabena Mensah  **DOS:** 10/02/2025  **Provider:** I. Castellanos, MD

### Indication
- Painful, itchy acne keloids; 3rd session (last 08/2025), softening

### Injection map
| # | Site | Size | Volume (TAC 40 mg/mL) |
|---|---|---|---|
| 1 | presternal, upper | 2.5 cm | 0.15 mL |
| 2 | presternal, mid | 2.0 cm | 0.15 mL |
| 3 | presternal, lower | 1.5 cm | 0.10 mL |
| 4 | R shoulder, anterior | 1.2 cm | 0.10 mL |
| 5 | R shoulder, posterior | 1.0 cm | 0.10 mL |
| 6 | R deltoid | 0.8 cm | 0.05 mL |
| 7 | L shoulder, anterior | 1.5 cm | 0.10 mL |
| 8 | L shoulder, posterior | 1.0 cm | 0.10 mL |
| 9 | L deltoid | 0.6 cm | 0.05 mL |
| - | beard area | scattered papules | *folliculitis - examined only, no injection* |

- **Total:** 9 keloids, **0.9 mL = 36 mg triamcinolone acetonide**
- 30G needle, intralesional; no atrophy from prior sessions

### Plan
- Repeat in 6 weeks; silicone gel sheeting between sessions

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11901"), L("J3301", 4)], dx={"11901": ["L91.0"]}),
    "coder_note": "4.8 / conventions: 9 lesions (> 7) -> 11901 x1; J3301 per 10 mg -> ceil(36/10) = 4.",
})

SCENARIOS.append({
    "id": "s88-il-alopecia-areata-precoded-11901",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 4 alopecia areata patches pre-coded 11901 -> 11900; triamcinolone 25 mg -> J3301 x3",
    "date": "2025-11-12",
    "patient": ("Yilmaz", "Derya", "1956-02-02", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True)],
    "procedures": [
        P("Intralesional injection, more than 7 lesions", "11901", "Scalp", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """### Alopecia Areata - Intralesional Kenalog
**Patient:** Derya Yilmaz | **DOS:** 11/12/2025 | **Provider:** I. Castellanos, MD

### Patches treated today
| # | Site | Size | Volume (TAC 10 mg/mL) |
|---|---|---|---|
| 1 | R parietal | 3.0 x 2.5 cm | 0.8 mL |
| 2 | L parietal | 2.0 cm | 0.6 mL |
| 3 | occiput | 2.5 cm | 0.7 mL |
| 4 | vertex | 1.5 cm | 0.4 mL |
| - | R eyebrow | thinning | *examined - not injected today* |

- **Total: 4 patches, 2.5 mL of 10 mg/mL = 25 mg** triamcinolone acetonide
- Multiple 0.1 mL injections ~1 cm apart, 30G needle, intradermal

### Notes
- Regrowth with vellus hairs at 2 patches treated in September
- Labs (TSH) normal 09/2025

### Plan
- Repeat every 6 weeks; topical clobetasol solution nightly

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11900"), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "4.8: 4 lesions (up to 7) -> 11900, not 11901. J3301 per 10 mg: 25 mg -> 3 units. Eyebrow not "
                  "injected.",
})

SCENARIOS.append({
    "id": "s88-mix-bx-inflamed-sks-aks-xs",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential bx back + LN2 to 4 inflamed SKs + 3 AKs: 17110, 11102-XS, 17000-XS, 17003 x2-XS",
    "date": "2026-01-20",
    "patient": ("Henriksen", "Olaf", "1946-11-11", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Pink papule, left upper back", None, "Left upper back", reason=True),
        C("c2", "Inflamed seborrheic keratoses", "L82.0", "Trunk", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Face", reason=True),
    ],
    "path": [{"text": "Skin, left upper back, shave biopsy: basal cell carcinoma, superficial type, "
                      "transected at base.", "site": "Left upper back"}],
    "note_title": "Procedure Note",
    "note": """# Harbor Light Dermatology

**Patient:** Olaf Henriksen | **DOS:** 01/20/2026 | **Provider:** Ines Castellanos, MD

### Concerns
- New pink spot on the back that bleeds with towel drying
- Several **itchy, red, irritated "barnacles"** on trunk, catching on waistband
- Rough spots on face

### Lesion table
| # | Site | Size | Impression | Procedure |
|---|------|------|-----------|-----------|
| 1 | L upper back | 0.6 cm | pink pearly papule, r/o BCC | **Tangential biopsy** |
| 2 | R flank | 1.0 cm | SK, inflamed, crusted | **LN2** |
| 3 | L waistband | 1.2 cm | SK, inflamed, excoriated | **LN2** |
| 4 | mid abdomen | 0.8 cm | SK, erythematous/oozing | **LN2** |
| 5 | R lower back | 0.9 cm | SK, inflamed | **LN2** |
| 6 | R temple | 0.4 cm | AK | **LN2** |
| 7 | L cheek | 0.5 cm | AK | **LN2** |
| 8 | nasal bridge | 0.3 cm | AK | **LN2** |
| - | back, diffuse | many | SKs, not irritated | examined only - *cosmetic, not treated* |

### Procedures
- **Biopsy #1:** shave technique, DermaBlade, AlCl3 hemostasis -> derm path
- **Cryo:** LN2 spray, 2 cycles for SKs (#2-5), 1 cycle for AKs (#6-8)

### Assessment
1. Neoplasm L upper back - bx pending
2. Inflamed SKs x4 - destroyed
3. AKs x3 - destroyed

*Signed I. Castellanos, MD*
""",
    "expected": E([L("17110"), L("11102", 1, "XS"), L("17000", 1, "XS"), L("17003", 2, "XS")],
                  dx={"17110": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "Three distinct lesion groups. PTP 17110/11102, 11102/17000, 17110/17000 and 17110/17003 are all "
                  "indicator 1 with different lesions -> XS on each column-2 line. Inflamed SKs meet BSL-3(g).",
})

# =============================================================================================================
# Batch 4: mixed, nails, paring, patch tests, phototherapy
# =============================================================================================================

SCENARIOS.append({
    "id": "s88-mix-ak-count-missing-plus-punch",
    "family": "mixed", "shape": "note-only",
    "description": "LN2 to scalp AKs with no count documented (no 17000 line) + punch biopsy R shin (11104)",
    "date": "2025-09-23",
    "patient": ("Quigley", "Bernadette", "1942-06-06", "female"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Non-healing scaly plaque, right shin", None, "Right anterior shin", reason=True),
    ],
    "path": [{"text": "Skin, right shin, punch biopsy: squamous cell carcinoma in situ (Bowen disease).",
              "site": "Right anterior shin"}],
    "note_title": "Procedure Note",
    "note": """### Harbor Light Dermatology - Procedure Visit
**Patient:** Bernadette Quigley | **DOS:** 09/23/2025 | **Provider:** I. Castellanos, MD

### Today
- Scalp AKs due for re-treatment
- **R shin** scaly plaque not healing x 5 months despite triamcinolone cream

### Lesion table
| Site | Size | Impression | Procedure |
|---|---|---|---|
| Scalp, vertex and crown | several, small | AKs | **LN2** |
| R anterior shin | 1.4 cm | erythematous scaly plaque, r/o SCCIS vs nummular dermatitis | **Punch biopsy 4 mm** |
| L shin | 0.5 cm | DF | examined only |

### Procedures
- **Cryotherapy:** liquid nitrogen to *multiple* scalp AKs, single freeze-thaw
- **Punch biopsy R shin:** 1% lido w/ epi, 4 mm punch, one 4-0 nylon suture -> derm path

### Plan
- Suture out 14 days
- Will call with biopsy result; treatment options depend on path

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11104")], topics=["missing-documentation"]),
    "coder_note": "README 'Coding decisions': AK destruction with no lesion count -> no 17000/17003/17004 line + "
                  "missing-documentation. The punch biopsy of a separate lesion is coded 11104.",
})

SCENARIOS.append({
    "id": "s88-mix-shave-arm-plus-excision-back-xs-repair",
    "family": "mixed", "shape": "free-text",
    "description": "Shave R arm 0.7 cm (11301) + excision L back 1.5 cm (11402) with layered 4.0 cm; XS on 12032",
    "date": "2025-12-04",
    "patient": ("Delacroix", "Simone", "1979-10-19", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 50,
    "conditions": [
        C("c1", "Bleeding papule, right upper arm", None, "Right upper arm", reason=True),
        C("c2", "Dysplastic nevus with severe atypia, left mid back, for re-excision", "D22.5", "Left mid back",
          reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right upper arm",
          note="0.7 cm raised papule, bleeds when bra strap rubs; removed flush by shave, AlCl3.", reasons=["c1"]),
        P("Excision, re-excision of biopsy site", site="Left mid back",
          note="Biopsy scar/residual pigment 0.9 cm, 3 mm margins; excised to fat.", reasons=["c2"]),
        P("Layered closure", site="Left mid back",
          note="4-0 Monocryl deep, 4-0 nylon; 4.0 cm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, right upper arm, shave removal: intradermal nevus, traumatized.",
         "site": "Right upper arm"},
        {"text": "B. Skin, left mid back, excision: residual dysplastic compound nevus with severe atypia, "
                 "completely excised.", "site": "Left mid back"},
    ],
    "note_title": "Procedure Note",
    "note": """## Harbor Light Dermatology - Procedures
**Patient:** Simone Delacroix  **DOS:** 12/04/2025  **Provider:** Ines Castellanos, MD

### Indications
- **L mid back:** shave bx 11/06 = dysplastic nevus, *severe* atypia, peripheral margin involved -> re-excision
- **R upper arm:** raised mole, bra strap rubs it, **bled 3x** this month

### Lesion table
| Site | Lesion | Margin | Procedure | Closure |
|---|---|---|---|---|
| L mid back | 0.9 cm | 0.3 cm | **Excision** (excised diameter 1.5 cm) | **layered, 4.0 cm** |
| R upper arm | 0.7 cm | - | **Shave removal** | none (AlCl3) |
| L flank | 0.4 cm | - | regular nevus | *examined only* |

### Details
- **Excision:** ellipse to subcutaneous fat, specimen tagged
  - deep 4-0 Monocryl buried, 4-0 nylon running -> intermediate repair 4.0 cm
- **Shave removal:** flush tangential removal of entire papule with DermaBlade, hemostasis AlCl3

### Plan
- Sutures out 14 days; both specimens to path

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11402"), L("11301"), L("12032", 1, "XS")], dx={"11402": ["D22.5"]}),
    "coder_note": "EX-1: 0.9 + 0.6 = 1.5 cm trunk benign (severe atypia is still a nevus) -> 11402 + layered 4.0 cm "
                  "-> 12032. Shave removal arm 0.7 cm -> 11301. PTP 11301/12032 is indicator 1; the repair is of the "
                  "back wound, a different site -> XS on 12032.",
})

SCENARIOS.append({
    "id": "s88-nail-avulsion-two-left-toes",
    "family": "nails", "shape": "free-text",
    "description": "Complete avulsion L great toenail + L 2nd toenail: 11730-TA, 11732-T1",
    "date": "2025-07-01",
    "patient": ("Fitzgerald", "Moira", "1949-01-26", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Ingrowing nail with onychogryphosis, left great and second toes", "L60.0",
                     "Left great toe; left second toe", reason=True)],
    "procedures": [
        P("Nail avulsion, complete", site="Left great toe (hallux)",
          note="Painful ingrown thickened nail; digital block; nail plate elevated and removed in full.",
          reasons=["c1"]),
        P("Nail avulsion, complete, additional nail", site="Left second toe",
          note="Same technique; nail removed in full. Bed intact.", reasons=["c1"]),
    ],
    "note_title": "Nail Procedure Note",
    "note": """### Nail Avulsion
**Patient:** Moira Fitzgerald | **DOS:** 07/01/2025 | **Provider:** I. Castellanos, MD

### Indication
- **Painful** thickened, curved, ingrown nails L 1st and 2nd toes; recurrent paronychia; can't wear shoes

### Nail table
| Digit | Finding | Procedure |
|---|---|---|
| **L great toe** | onychogryphosis, ingrown both borders | **Complete avulsion** |
| **L 2nd toe** | thick, ingrown medial border | **Complete avulsion** |
| R great toe | mild dystrophy | *examined only* |
| R 2nd-5th toes | normal | examined only |

### Procedure
- Digital blocks with 2% plain lidocaine (3 mL each toe), tourniquet
- Freer elevator; **entire nail plate removed** on each toe
- No matrixectomy (pt wants to see if nails regrow normally)
- Bacitracin, non-adherent dressing, post-op shoe

### Plan
- Soaks BID; return 2 weeks

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], dx={"11730": ["L60.0"]}),
    "coder_note": "4.8: first avulsion 11730, each additional 11732. Conventions: digit modifiers TA (L great toe) and "
                  "T1 (L 2nd toe). No matrixectomy, so no 11750.",
})

SCENARIOS.append({
    "id": "s88-nail-matrixectomy-precoded-with-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial avulsion + phenol matrixectomy R great toe pre-coded 11730 + 11750 -> 11750-T5 only",
    "date": "2025-10-16",
    "patient": ("Nakagawa", "Kenji", "1994-03-12", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 30,
    "conditions": [C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe",
                     reason=True)],
    "procedures": [
        P("Avulsion of nail plate", "11730", "Right great toe", reasons=["c1"]),
        P("Excision of nail matrix, permanent", "11750", "Right great toe", "Phenol 88%, 3 x 30 s.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """## Partial Nail Avulsion with Chemical Matrixectomy
**Patient:** Kenji Nakagawa **DOS:** 10/16/2025 **Provider:** Ines Castellanos, MD

### Indication
- **R great toe**, lateral border ingrown; 4th episode this year, failed taping/cotton wicks
- Permanent removal of the lateral border requested

### Digit table
| Digit | Border | Procedure |
|---|---|---|
| **R great toe** | lateral | **partial avulsion + phenol matrixectomy** |
| L great toe | medial | mild incurvation - *examined only* |

### Procedure
- Digital block, 2% plain lidocaine 4 mL; tourniquet
- Lateral 1/4 of nail plate split and avulsed
- **Phenol 88%, 3 applications x 30 s** to lateral matrix horn, alcohol flush
- Granulation tissue curetted
- Dressing applied

### Plan
- Drainage expected 2-4 wks; Epsom soaks; recheck 3 weeks

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11750", 1, "T5")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "4.8: 11750 (permanent matrix removal, partial) includes the avulsion of the same nail "
                  "(PTP 11750/11730 indicator 1, same digit) -> 11730 removed. Digit modifier T5 (R great toe).",
})

SCENARIOS.append({
    "id": "s88-par-three-calluses",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 3 plantar calluses (11056); plantar wart examined only",
    "date": "2025-08-28",
    "patient": ("Esposito", "Dante", "1970-12-09", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 15,
    "conditions": [C("c1", "Callosities, plantar feet", "L84", "Bilateral plantar feet", reason=True)],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="Plantar feet",
          note="Painful calluses: R 1st MTP head, R 5th MTP head, L heel. Pared with #15 blade.", reasons=["c1"]),
    ],
    "note_title": "Foot Visit",
    "note": """### Harbor Light Dermatology - Foot Calluses
**Patient:** Dante Esposito | **DOS:** 08/28/2025 | **Provider:** I. Castellanos, MD

### HPI
- Painful thick skin on soles, mail carrier, walking 10+ miles/day

### Lesion table
| # | Site | Size | Impression | Procedure |
|---|---|---|---|---|
| 1 | R 1st MTP head | 1.5 cm | callus | **pared** |
| 2 | R 5th MTP head | 1.0 cm | callus | **pared** |
| 3 | L heel, posterior | 2.0 cm | callus, fissured | **pared** |
| - | L 2nd toe plantar | 0.4 cm | wart (pinpoint capillaries) | *examined - no treatment today, pt to return for cryo* |

### Procedure
- #15 blade, sharp paring of hyperkeratotic tissue, no bleeding
- Urea 40% cream; cushioned inserts

### Plan
- Return PRN; wart treatment next visit if desired

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8: paring 2-4 lesions -> 11056. The wart was only examined (no 17110).",
})

SCENARIOS.append({
    "id": "s88-par-five-corns-precoded-11056",
    "family": "paring", "shape": "pre-coded",
    "description": "Five corns pared, pre-coded 11056 -> 11057 (more than 4)",
    "date": "2025-11-20",
    "patient": ("Oyelaran", "Funmilayo", "1966-07-14", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 15,
    "conditions": [C("c1", "Corns, toes", "L84", "Bilateral toes", reason=True)],
    "procedures": [P("Paring or cutting of benign hyperkeratotic lesions, 2-4", "11056", "Toes", reasons=["c1"])],
    "note_title": "Procedure Note",
    "note": """## Paring of Corns
**Patient:** Funmilayo Oyelaran  **DOS:** 11/20/2025  **Provider:** I. Castellanos, MD

### Corns treated
| # | Site | Type | Procedure |
|---|---|---|---|
| 1 | R 5th toe, dorsolateral | hard corn | pared |
| 2 | R 4th toe, dorsal PIP | hard corn | pared |
| 3 | L 5th toe, dorsolateral | hard corn | pared |
| 4 | L 4th-5th interspace | soft corn | pared |
| 5 | L 2nd toe, dorsal PIP | hard corn | pared |
| - | R heel | dry fissures | *emollient only* |

- **Total pared: five (5)**
- Technique: #15 blade, enucleation of cores; silicone toe sleeves fitted

### Plan
- Wider toe-box shoes; return 8-10 weeks

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "4.8: more than 4 lesions -> 11057; the pre-coded 11056 band is wrong.",
})

SCENARIOS.append({
    "id": "s88-pt-application-80-with-separate-em",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt: hand dermatitis work-up + scalp seb derm Rx (99203-25) and 80 patch tests applied",
    "date": "2025-09-15",
    "patient": ("Lindqvist-Hart", "Annika", "1987-04-03", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 45, "em": "99203",
    "conditions": [
        C("c1", "Dermatitis of hands, suspected allergic contact", "L30.9", "Bilateral hands", reason=True),
        C("c2", "Seborrheic dermatitis, scalp", "L21.9", "Scalp", reason=True),
    ],
    "note_title": "New Patient Visit + Patch Test Application",
    "note": """# Harbor Light Dermatology - New Patient

**Patient:** Annika Lindqvist-Hart | **DOS:** 09/15/2025 (Mon) | **Provider:** Ines Castellanos, MD

### HPI
1. **Hand rash** x 8 months - hairdresser; worse on workdays; fissures, itch; failed OTC hydrocortisone
2. **Flaky itchy scalp** - separate complaint, dandruff shampoos not helping

### Exam
| Site | Finding |
|---|---|
| Dorsal hands/fingers | lichenified eczematous plaques, fissures, sparing palms partially |
| Wrists | mild eczema |
| Scalp / eyebrows / nasolabial | greasy scale, erythema |
| Back (test site) | clear - suitable for patch tests |

### Assessment & Plan
1. **Hand dermatitis**, allergic contact (hair dyes/PPD, preservatives) vs irritant
   - **Patch testing today** (see below)
   - start **triamcinolone 0.1% ointment** BID (hands only, not on the back); cotton-under-nitrile gloves
2. **Seborrheic dermatitis, scalp/face**
   - **ketoconazole 2% shampoo** 3x/wk, **hydrocortisone 2.5% cream** to face PRN

### Patch test application
| Series | Allergens |
|---|---|
| North American baseline series | 70 |
| Hairdressing supplemental | 10 |
| **Total allergens applied** | **80** |

- Applied to upper back with Finn chambers, marked
- Readings: 48 h (Wed) and 96 h (Fri) - reading visits are part of the testing

*Signed I. Castellanos, MD*
""",
    "expected": E([L("99203", 1, "25"), L("95044", 80)], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 units = 80 allergens. A separate new problem (seborrheic dermatitis) with prescriptions plus "
                  "the hand dermatitis management goes beyond the patch-test decision -> 99203-25 (PTP 95044/99203 "
                  "indicator 1).",
})

SCENARIOS.append({
    "id": "s88-pt-ninety-six-allergens-mue",
    "family": "patch-test", "shape": "free-text",
    "description": "Patch test application of 96 allergens; 95044 capped at MUE 90; reading visits included",
    "date": "2026-01-26",
    "patient": ("Moreau", "Bastien", "1952-09-17", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Face and neck",
                     reason=True)],
    "procedures": [
        P("Patch testing - application", site="Upper back",
          note="Expanded baseline 80 + cosmetic/fragrance series 16 = 96 allergens applied.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": """### Patch Test Application
**Patient:** Bastien Moreau | **DOS:** 01/26/2026 | **Provider:** I. Castellanos, MD

### Background
- Recurrent eyelid/neck dermatitis x 2 years, seen 01/12 (work-up and plan documented then)
- Today: application visit only

### Series applied
| Series | # allergens |
|---|---|
| Expanded baseline | 80 |
| Cosmetic & fragrance | 16 |
| **Total** | **96** |
| Patient's own products | *not applied (no samples brought)* |

- Upper back, IQ Ultra chambers; marked with skin pen
- No topical steroid on back x 2 wks confirmed, no systemic immunosuppressants

### Next
- Readings 48 h and 1 week
- Avoid showers on the back until final reading

*Signed I. Castellanos, MD*
""",
    "expected": E([L("95044", 90)], topics=["mue"], dx={"95044": ["L23.9"]}),
    "coder_note": "95044 = one unit per allergen (96) but MUE is 90 -> capped at 90 with an mue finding (README "
                  "'Coding decisions' MUE rule). No E/M documented today.",
})

SCENARIOS.append({
    "id": "s88-photo-excimer-precoded-area-band",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to plaques totalling 300 sq cm pre-coded 96920 -> 96921",
    "date": "2025-07-22",
    "patient": ("Sorensen", "Helle", "1983-05-29", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 15,
    "conditions": [C("c1", "Psoriasis vulgaris, localized plaques", "L40.0", "Elbows, knees, sacrum",
                     reason=True)],
    "procedures": [P("Excimer laser, psoriasis, <250 sq cm", "96920", "Elbows, knees, sacrum", reasons=["c1"])],
    "note_title": "Excimer Treatment Note",
    "note": """## Excimer Laser (308 nm) - Treatment #6
**Patient:** Helle Sorensen  **DOS:** 07/22/2025  **Provider:** Ines Castellanos, MD

### Plaques treated
| Site | Area (sq cm) | Dose (mJ/cm2) |
|---|---:|---:|
| R elbow | 60 | 500 |
| L elbow | 60 | 500 |
| R knee | 70 | 600 |
| L knee | 70 | 600 |
| Sacrum | 40 | 450 |
| **Total** | **300** | |
| Scalp | - | *examined - shampoo therapy only, not lasered* |

### Notes
- ~5% BSA, failed 4 months of clobetasol + calcipotriene
- Mild erythema after session 5, no blistering; dose increased 10% on knees

### Plan
- Twice weekly, reassess after 12 sessions

*Signed I. Castellanos, MD*
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "4.8: excimer coded by total area per session: 300 sq cm is 250-500 -> 96921, not 96920.",
})

SCENARIOS.append({
    "id": "s88-photo-puva-medicare-no-prior-therapy-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA for untreated psoriasis on Medicare FFS, NCD 250.1 not met, ABN signed -> 96912-GA",
    "date": "2025-10-30",
    "patient": ("Ballantyne", "Murray", "1948-02-08", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
    "note_title": "PUVA Treatment Note",
    "note": """# Harbor Light Dermatology - Phototherapy Unit

**Patient:** Murray Ballantyne | **DOS:** 10/30/2025 | **Supervising MD:** Ines Castellanos

### Background
- Plaque psoriasis, ~8% BSA, mild itch; working and fully active
- **No prior treatment** other than OTC moisturizer - declined topical steroids, NB-UVB and
  systemic options
- Had PUVA in the 1990s "and it worked" - **insists on PUVA**
- Explained Medicare covers PUVA only for intractable, disabling psoriasis after failed conventional therapy;
  **ABN (CMS-R-131) signed today**, patient chose to receive PUVA

### Treatment #1
| Item | Value |
|---|---|
| Psoralen | methoxsalen 0.4 mg/kg PO (30 mg), 90 min before |
| UVA dose | 1.5 J/cm2 whole body |
| Eye protection | UVA-blocking glasses x 24 h |
| Genital shielding | yes |

### Skin check of treated fields
- Plaques: elbows, knees, lower back, shins
- No erythema from test dose

### Plan
- PUVA 2x/week; ophthalmology baseline exam ordered

*Signed I. Castellanos, MD*
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/COS-4: NCD 250.1 allows PUVA only after failed conventional therapy for intractable "
                  "disabling psoriasis - not met; Medicare FFS with an ABN on file -> GA.",
})

# =============================================================================================================
# Batch 5: post-op, shave, skin tags, cosmetic
# =============================================================================================================

SCENARIOS.append({
    "id": "s88-po-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after 11602; provider selected 99212 -> 99024 (post-op visit in global)",
    "date": "2025-11-13",
    "patient": ("Pruitt", "Elinor", "1944-03-03", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [C("c1", "Squamous cell carcinoma, right forearm, excised", "C44.622", "Right dorsal forearm",
                     reason=True)],
    "prior": [PRIOR("2025-11-04", "11602", "Excision malignant lesion arm 1.1-2.0 cm", "Right dorsal forearm",
                    "SCC R dorsal forearm, 1.0 cm lesion + 3 mm margins; simple closure.")],
    "note_title": "Post-op Visit",
    "note": """### Post-operative Check
**Patient:** Elinor Pruitt | **DOS:** 11/13/2025 | **Provider:** I. Castellanos, MD

### Surgery reviewed
- **11/04/2025** excision SCC R dorsal forearm (path: SCC, margins clear)

### Today
| Item | Finding |
|---|---|
| Incision (R dorsal forearm) | well approximated, no erythema or drainage |
| Sutures | 6 simple interrupted - **removed** |
| Steri-strips | applied |

- Pt asks about "sun spots" on the hands - lentigines, reassurance only, nothing done
- No new complaints, no other problem addressed

### Plan
- Scar massage after 2 weeks; sunscreen
- Full skin exam in 3 months (already scheduled)

*Signed I. Castellanos, MD*
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit (suture removal) inside the 10-day global of 11602 -> "
                  "99024, no E/M. Reassurance about lentigines is not a separately identifiable problem.",
})

SCENARIOS.append({
    "id": "s88-po-new-lesion-shave-in-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "6 days after back cyst excision (010), unrelated shave of bleeding SK L neck -> 11305-79",
    "date": "2025-08-21",
    "patient": ("Lachance", "Gilles", "1968-09-25", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 15,
    "conditions": [C("c1", "Irritated bleeding papule, left neck", None, "Left lateral neck", reason=True)],
    "procedures": [P("Shave removal, neck, 0.5 cm or less", "11305", "Left lateral neck", reasons=["c1"])],
    "prior": [PRIOR("2025-08-15", "11402", "Excision benign lesion trunk 1.1-2.0 cm", "Right upper back",
                    "Epidermoid cyst 1.2 cm, 2 mm margins; simple closure.")],
    "path": [{"text": "Skin, left neck, shave: irritated seborrheic keratosis with hemorrhage.",
              "site": "Left lateral neck"}],
    "note_title": "Procedure Visit",
    "note": """## Harbor Light Dermatology
**Patient:** Gilles Lachance  **DOS:** 08/21/2025  **Provider:** Ines Castellanos, MD

### Why here today
- **New problem:** lump on the **L side of the neck** caught on his shirt collar Sunday, bled through two
  bandages, now crusted and sore
- (Cyst excised from the R upper back on 08/15 - *not checked today*, sutures out as planned next week)

### Lesion table
| Site | Size | Impression | Procedure |
|---|---|---|---|
| **L lateral neck** | **0.4 cm** | traumatized SK vs irritated nevus | **Shave removal** |
| R neck | 0.3 cm | skin tag | *examined only, asymptomatic* |

### Procedure
- 1% lidocaine w/ epi; flush tangential removal of the whole lesion with DermaBlade
- Hemostasis with aluminum chloride; specimen to path

### Plan
- Vaseline daily; path by phone
- Keep the 08/28 suture-removal appointment for the back

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11305", 1, "79")], topics=["global-period"], dx={"11305": ["L82.0"]}),
    "coder_note": "GS-5: an unrelated procedure (different lesion/site) inside the 10-day global of 11402 -> 79. "
                  "SNHFG (neck) 0.4 cm shave -> 11305.",
})

SCENARIOS.append({
    "id": "s88-po-unrelated-zoster-em-24",
    "family": "post-op", "shape": "note-only",
    "description": "Established pt 8 days after SCC excision: new herpes zoster with antiviral Rx -> 99213-24",
    "date": "2025-12-11",
    "patient": ("Szymanski", "Harold", "1947-05-15", "male"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Herpes zoster without complication", "B02.9", "Right T10 dermatome", reason=True),
        C("c2", "Squamous cell carcinoma, right forearm, excised 12/03", "C44.622", "Right forearm"),
    ],
    "prior": [PRIOR("2025-12-03", "11602", "Excision malignant lesion arm 1.1-2.0 cm", "Right forearm",
                    "SCC 1.0 cm + 3 mm margins.")],
    "note_title": "Acute Visit",
    "note": """# Harbor Light Dermatology - Acute Visit

**Patient:** Harold Szymanski | **DOS:** 12/11/2025 | **Provider:** Ines Castellanos, MD

### Chief complaint
- **Painful blistering rash, R flank/back** x 2 days, burning pain started 4 days ago

### HPI
- No eye/face involvement; not immunosuppressed; never had Shingrix
- *(Incidental: R forearm excision site from 12/03 looks fine per pt - not examined/managed today; his
  scheduled suture visit is 12/17)*

### Exam
| Site | Finding |
|---|---|
| R T10 dermatome, back to flank | grouped vesicles on erythematous base, band-like, does not cross midline |
| Elsewhere | no disseminated vesicles |

### Assessment
- **Herpes zoster, R T10**, uncomplicated, within 72 h of vesicle onset

### Plan
- **Valacyclovir 1 g TID x 7 days** (renal function normal 10/2025)
- Gabapentin 100 mg qHS for pain, titrate; acetaminophen
- Shingrix after recovery; PHN counseling
- Return if eye symptoms or spreading

*Signed I. Castellanos, MD*
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["B02.9"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the 12/03 excision, within its 10-day global -> 24.",
})

SCENARIOS.append({
    "id": "s88-sh-three-symptomatic-shaves-medicare",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals: nose 0.4 (11310), neck 0.8 (11306), back 1.2 (11302); all symptomatic",
    "date": "2025-06-17",
    "patient": ("Rutherford", "Iris", "1950-08-30", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Bleeding papule, nasal tip", None, "Nasal tip", reason=True),
        C("c2", "Itchy bleeding papule, left neck", None, "Left neck", reason=True),
        C("c3", "Enlarging pink papule, right upper back", None, "Right upper back", reason=True),
    ],
    "path": [
        {"text": "A. Nasal tip, shave: intradermal nevus, traumatized.", "site": "Nasal tip"},
        {"text": "B. Left neck, shave: inflamed seborrheic keratosis.", "site": "Left neck"},
        {"text": "C. Right upper back, shave: irritated seborrheic keratosis; no atypia.",
         "site": "Right upper back"},
    ],
    "note_title": "Procedure Note - Shave Removals",
    "note": """### Harbor Light Dermatology - Shave Removals
**Patient:** Iris Rutherford | **DOS:** 06/17/2025 | **Provider:** I. Castellanos, MD

### Lesion table
| # | Site | Diameter | Indication | Procedure |
|---|---|---|---|---|
| A | Nasal tip | 0.4 cm | glasses pads rub it -> **bleeds** weekly | **Shave removal** |
| B | L neck | 0.8 cm | **intensely itchy**, scratched till bleeding, red/inflamed | **Shave removal** |
| C | R upper back | 1.2 cm | **enlarged** from ~0.6 cm over 4 months, pink; BCC can't be excluded | **Shave removal** |
| - | L chest | 0.3 cm | cherry angioma, asymptomatic | *examined - cosmetic, not treated* |
| - | R cheek | 0.5 cm | solar lentigo | *examined only* |

### Procedure
- Consent; 1% lidocaine w/ epi at each site
- Each lesion removed **in full** by horizontal shave to mid-dermis (therapeutic removal, not sampling)
- Hemostasis: aluminum chloride; no sutures
- 3 specimens to derm path

### Plan
- Vaseline + bandage daily x 7-10 days
- Call with path

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11310"), L("11306"), L("11302")], dx={"11306": ["L82.0"]}),
    "coder_note": "SH-1: one shave code per lesion by site group and diameter: nose (FEENLM) 0.4 -> 11310, neck "
                  "(SNHFG) 0.8 -> 11306, back (TAL) 1.2 -> 11302. Each has a BSL-3 reason (bleeding, itching/"
                  "inflammation, enlargement/uncertain dx); the cherry angioma was not treated.",
})

SCENARIOS.append({
    "id": "s88-sh-precoded-biopsy-was-removal",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded tangential biopsy 11102, but the note documents complete shave removal R forearm 0.9 cm",
    "date": "2025-09-25",
    "patient": ("Kirkpatrick", "Shauna", "1975-11-21", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [C("c1", "Raised papule catching on watch band, right wrist/forearm", None,
                     "Right distal forearm", reason=True)],
    "procedures": [P("Tangential biopsy, single lesion", "11102", "Right distal forearm", reasons=["c1"])],
    "path": [{"text": "Skin, right forearm, shave: dermal nevus, traumatized; lesion removed in entirety on "
                      "submitted tissue.", "site": "Right distal forearm"}],
    "note_title": "Procedure Note",
    "note": """## Shave Removal - R Forearm
**Patient:** Shauna Kirkpatrick  **DOS:** 09/25/2025  **Provider:** Ines Castellanos, MD

### Indication
- Dome-shaped mole **R distal forearm**, catches on watch band, **bled twice** this month; wants it **off**

### Lesion table
| Site | Diameter | Plan | Done |
|---|---|---|---|
| R distal forearm | **0.9 cm** | remove | **Shave removal - entire lesion** |
| L forearm | 0.4 cm | flat regular nevus | *examined only* |

### Procedure
- 1% lidocaine w/ epi
- Lesion removed **completely** flush with surrounding skin by shave (goal: removal, not sampling)
- Light electrocautery for hemostasis
- Sent to path for confirmation

### Plan
- Petrolatum daily; call with path

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11301")], topics=["coding-correction"], dx={"11301": ["D22.61"]}),
    "coder_note": "BX-4: intent was complete therapeutic removal -> shave removal by site/diameter, arm 0.9 cm -> "
                  "11301, not the tangential biopsy code.",
})

SCENARIOS.append({
    "id": "s88-sh-scalp-size-missing-plus-shin",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals: scalp lesion with no size (no line) + L shin 0.5 cm (11300)",
    "date": "2026-02-10",
    "patient": ("Adebayo", "Olufemi", "1961-01-04", "male"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Irritated papule, scalp", None, "Right parietal scalp", reason=True),
        C("c2", "Irritated papule, left shin", None, "Left anterior shin", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right parietal scalp",
          note="Papule catching on comb and bleeding; shaved off flush, AlCl3.", reasons=["c1"]),
        P("Shave removal", site="Left anterior shin",
          note="0.5 cm papule nicked with razor repeatedly; removed by shave.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Scalp, shave: irritated seborrheic keratosis.", "site": "Right parietal scalp"},
        {"text": "B. Left shin, shave: irritated seborrheic keratosis.", "site": "Left anterior shin"},
    ],
    "note_title": "Procedure Note",
    "note": """### Harbor Light Dermatology - Procedure
**Patient:** Olufemi Adebayo | **DOS:** 02/10/2026 | **Provider:** I. Castellanos, MD

### Lesion table
| Site | Size | Why | Procedure |
|---|---|---|---|
| R parietal scalp | *not recorded* | catches on comb, **bleeds** | **Shave removal** |
| L anterior shin | **0.5 cm** | nicked by razor, **bleeds** | **Shave removal** |
| Back | multiple | SKs, asymptomatic | *examined only, reassured* |

### Procedure
- Lidocaine 1% w/ epi
- Both lesions removed in full by shave technique
- AlCl3 hemostasis, bandages
- Two specimens to path

### Plan
- Wound care; path by phone

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11300")], topics=["missing-documentation"], dx={"11300": ["L82.0"]}),
    "coder_note": "README 'Coding decisions': shave removal is size-banded; no scalp lesion diameter -> no line + "
                  "missing-documentation. Shin 0.5 cm -> 11300.",
})

SCENARIOS.append({
    "id": "s88-st-twenty-two-irritated-tags",
    "family": "skin-tags", "shape": "note-only",
    "description": "Removal of 22 irritated/bleeding skin tags neck and axillae -> 11200 + 11201 x1",
    "date": "2025-07-10",
    "patient": ("Whitcombe", "Darlene", "1972-12-18", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [C("c1", "Acrochordons, irritated", "L91.8", "Neck and bilateral axillae", reason=True)],
    "note_title": "Procedure Note - Skin Tags",
    "note": """## Skin Tag Removal
**Patient:** Darlene Whitcombe  **DOS:** 07/10/2025  **Provider:** Ines Castellanos, MD

### Indication
- Tags **catch on necklace and bra straps**, several twisted, **red/inflamed**, some bled onto clothing
- Number increasing over the past year

### Tag count
| Region | Count | Symptomatic? | Procedure |
|---|---:|---|---|
| Neck (front and sides) | 9 | yes - necklace trauma, bleeding | **snip + cautery** |
| R axilla | 7 | yes - inflamed, bra strap | **snip + cautery** |
| L axilla | 6 | yes - inflamed | **snip + cautery** |
| **Total removed** | **22** | | |
| Inframammary folds | ~5 | no | *examined only - left in place* |
| Eyelids | 2 | no | *examined only* |

### Procedure
- Topical + small-volume lidocaine where needed
- Gradle scissors snip removal, light electrocautery base
- No specimens sent

### Plan
- Vaseline; return PRN

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "4.8/conventions: 11200 covers the first 15 tags; 11201 per additional 10 or part -> 22 - 15 = 7 "
                  "-> 1 unit. Symptomatic (trauma, bleeding, inflammation) so covered. Untreated tags not counted.",
})

SCENARIOS.append({
    "id": "s88-st-cosmetic-tags-medicare-gy-gx",
    "family": "skin-tags", "shape": "free-text",
    "description": "Asymptomatic neck skin tags removed at pt request, Medicare FFS, voluntary ABN -> 11200-GY-GX",
    "date": "2025-12-18",
    "patient": ("Holloway", "Beatrice", "1949-04-09", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck", reason=True)],
    "procedures": [
        P("Skin tag removal", site="Neck",
          note="8 small tags snipped; cosmetic request, no symptoms. Voluntary ABN signed.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """### Cosmetic Skin Tag Removal
**Patient:** Beatrice Holloway | **DOS:** 12/18/2025 | **Provider:** I. Castellanos, MD

### Request
- Wants neck tags removed "before my granddaughter's wedding photos"
- **No** bleeding, itching, pain, irritation or inflammation; not catching on anything

### Tag table
| Region | Count | Symptoms | Procedure |
|---|---:|---|---|
| Neck, R side | 5 | none | **snip removal** |
| Neck, L side | 3 | none | **snip removal** |
| Axillae | several | none | *examined only, pt did not want removed* |

### Financial
- Explained removal is **cosmetic, not a Medicare benefit**; voluntary **ABN** signed, pt accepts payment
  responsibility

### Procedure
- Gradle scissors, AlCl3; 8 tags removed

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11200", 1, "GY", "GX")], topics=["cosmetic"], dx={"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4: asymptomatic skin tags are cosmetic (statutorily excluded) -> Medicare FFS 11200 with "
                  "GY, plus GX because a voluntary ABN is documented.",
})

SCENARIOS.append({
    "id": "s88-cos-botox-glabella-plus-cheek-biopsy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Self-pay Botox Cosmetic to glabella (not on claim) + tangential biopsy of new L cheek papule",
    "date": "2025-10-23",
    "patient": ("Vasquez-Reid", "Marisol", "1978-06-12", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Glabellar rhytids", None, "Glabella"),
        C("c2", "New pink scaly papule, left cheek", None, "Left cheek", reason=True),
    ],
    "path": [{"text": "Skin, left cheek, shave biopsy: actinic keratosis, hypertrophic type.",
              "site": "Left cheek"}],
    "note_title": "Cosmetic + Procedure Note",
    "note": """# Harbor Light Dermatology - Aesthetic Appointment

**Patient:** Marisol Vasquez-Reid | **DOS:** 10/23/2025 | **Provider:** Ines Castellanos, MD

### Part A - Cosmetic (self-pay, price quoted and paid at front desk)
| Area | Product | Units |
|---|---|---:|
| Glabella (procerus + corrugators) | onabotulinumtoxinA (Botox Cosmetic) | 20 |
| Forehead | - | *declined today* |

- Indication: dynamic frown lines, **cosmetic**
- Post-care: upright 4 h, no massage

### Part B - Medical concern raised during the visit
- **New pink scaly papule L cheek** x 3 months, tender, not healing

| Site | Size | Impression | Procedure |
|---|---|---|---|
| L cheek | 0.5 cm | r/o SCC vs hypertrophic AK | **Tangential biopsy** |
| R cheek | - | melasma | *examined only* |

- Shave biopsy with DermaBlade after 1% lidocaine w/ epi, AlCl3 hemostasis -> derm path

### Plan
- Botox follow-up 2 wks PRN
- Call with biopsy result

*Signed I. Castellanos, MD*
""",
    "expected": E([L("11102")], topics=["cosmetic"], dx={"11102": ["L57.0"]}),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': cosmetic Botox for a commercial payer is not put on "
                  "the claim (cosmetic finding, patient pays). The medically necessary cheek biopsy -> 11102.",
})

SCENARIOS.append({
    "id": "s88-cos-glycolic-peel-medicare-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "Superficial glycolic peel of the face for photoaging, Medicare FFS, no ABN -> 15788-GY",
    "date": "2026-01-08",
    "patient": ("Prendergast", "Lillian", "1954-10-27", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Photoaging with fine rhytids and dyschromia, face", None, "Full face", reason=True)],
    "procedures": [
        P("Chemical peel, glycolic acid 30%, epidermal", site="Full face",
          note="Superficial (epidermal) peel, 3 min contact, neutralized. Cosmetic indication.", reasons=["c1"]),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": """## Chemical Peel - Face
**Patient:** Lillian Prendergast  **DOS:** 01/08/2026  **Provider:** Ines Castellanos, MD

### Indication
- Wants "fresher" skin: **fine lines, uneven tone** - *cosmetic*
- No AKs found on exam today; no active dermatosis

### Peel record
| Item | Detail |
|---|---|
| Agent | glycolic acid 30% |
| Depth | **superficial / epidermal** |
| Area | full face (forehead, cheeks, nose, chin, perioral) |
| Contact time | 3 minutes, neutralized with bicarbonate |
| Endpoint | mild erythema, no frosting |

### Other
| Site | Finding |
|---|---|
| Neck | poikiloderma of Civatte - *examined only, not peeled* |

### Plan
- Sunscreen, gentle cleanser; series of 3 peels planned
- No waiver/ABN was discussed before the peel

*Signed I. Castellanos, MD*
""",
    "expected": E([L("15788", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: facial epidermal peel for photoaging is cosmetic (statutorily excluded) -> Medicare "
                  "FFS 15788 with GY; no voluntary ABN, so no GX.",
})
