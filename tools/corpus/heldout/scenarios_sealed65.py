"""Sealed set 65 (s65-): revenue-integrity audit sample from an academic dermatology department.

Every note is written by a team: the scribe's HPI ("Scribe documentation:"), the fellow's exam ("Fellow exam:")
and the attending's procedure section and plan ("Attending procedure note:"). Where they disagree, the attending's
procedure section is what was done. Second-opinion visits describe outside treatment in detail (not billable here).
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the tests/corpus/README.md
sections "File format" and "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: Mohs (outside pathology vs same-day frozen section) and biopsies
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s65-mohs-nasal-sidewall-outside-path-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R nasal sidewall BCC with outside biopsy (slides reviewed, no new biopsy), 2 stages, "
                   "layered closure 2.4 cm; fellow suggested frozen-section biopsy, attending declined",
    "date": "2026-02-10",
    "patient": ("Thornquist", "Evelyn", "1944-08-19", "female"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular and micronodular, right nasal sidewall", "C44.311",
          "Right nasal sidewall", reason=True),
    ],
    "note_title": "Mohs Surgery - Team Note",
    "note": """UNIVERSITY DERMATOLOGY - DERMATOLOGIC SURGERY UNIT
DOS 02/10/2026   Attending: Erik Lindqvist, MD   Fellow: R. Anand, MD   Scribe: T. Gale

Scribe documentation:
81 yo woman sent by Dr. Paley (Cedar Hollow Dermatology) for Mohs of a biopsy-proven BCC on the right side of
the nose. Outside history per pt and the referral packet: the spot was frozen twice at Cedar Hollow in 2024
(called an AK then), then treated with 5-fluorouracil cream for 3 weeks last spring without clearing. Outside
shave biopsy 01/14/2026 (accession CH26-0412): nodular and micronodular BCC, peripheral and deep margins
involved. Pt brought the glass slides. No anticoagulants. No pacemaker. Lives alone, drives herself.

Fellow exam:
Right nasal sidewall: 0.8 x 0.6 cm pink scar with pearly rolled edge superiorly, no ulceration.
No palpable preauricular/cervical nodes. Remainder of face with scattered SKs, nothing suspicious.
Fellow impression: recurrent BCC R nasal sidewall - recommend diagnostic tangential biopsy with frozen section
today before proceeding.

Attending procedure note:
I reviewed the outside slides (CH26-0412) personally this morning: micronodular BCC, agree with the outside
read. Diagnosis is established; no biopsy or frozen section is needed or done today.
Mohs micrographic surgery, R nasal sidewall. I acted as surgeon and pathologist.
  Stage 1: 3 tissue blocks. Residual micronodular BCC at 5-6 o'clock, peripheral.
  Stage 2: 2 tissue blocks from 4-7 o'clock. Clear.
Final defect 1.4 x 1.0 cm to the level of the nasalis, no cartilage exposed.
Repair: layered closure. Deep 5-0 Monocryl, superficial 6-0 nylon running. Final repair length 2.4 cm,
oriented along the nasofacial junction. No flap, no undermining beyond the wound edges.
Pressure dressing. Acetaminophen for pain. Suture removal 1 week.
Plan: return to Dr. Paley for skin checks every 6 months.
Erik Lindqvist, MD (attending) - signed 02/10/2026 14:05
""",
    "expected": E([L("17311"), L("17312"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "Outside pathology on file and reviewed: no same-day biopsy/88331 (attending procedure section wins "
                  "over fellow's recommendation). Head site, 2 stages <=5 blocks -> 17311 + 17312. Layered closure on "
                  "the nose 2.4 cm -> 12051 (MOHS-7). Outside cryo/5-FU not billable here.",
})

SCENARIOS.append({
    "id": "s65-mohs-antihelix-sameday-frozen-88305-dropped",
    "family": "mohs", "shape": "pre-coded",
    "description": "Never-biopsied L antihelix lesion: same-day tangential bx + frozen section read as SCC, Mohs 1 "
                   "stage; pre-coded 88305 on the Mohs layer must go",
    "date": "2026-03-03",
    "patient": ("Okonjo", "Reginald", "1958-11-02", "male"),
    "provider": "halvorsen", "payer": "commercial-uhc", "minutes": 120,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, left antihelix", "C44.229", "Left antihelix",
          reason=True),
    ],
    "procedures": [
        P("Tangential biopsy, skin, single lesion", "11102", "Left antihelix",
          "Diagnostic saucerization of 0.7 cm keratotic papule, never biopsied. Sent for frozen section.",
          ["c1"]),
        P("Frozen section, first tissue block", "88331", "Left antihelix",
          "Frozen section of the diagnostic specimen read by attending: well-differentiated SCC.", ["c1"]),
        P("Mohs micrographic surgery, head/neck, first stage", "17311", "Left antihelix",
          "Stage 1, 4 tissue blocks, margins clear.", ["c1"]),
        P("Surgical pathology, gross and microscopic", "88305", "Left antihelix",
          "Mohs stage 1 tissue.", ["c1"]),
    ],
    "note_title": "Dermatologic Surgery Team Note",
    "note": """UNIVERSITY DERMATOLOGY - MOHS CLINIC
Attending: Kirsten Halvorsen, MD    Fellow: J. Whitcombe, MD    Scribe: A. Ruiz

Scribe documentation:
67 yo man, lineman for 30 years, here from 2.5 hours away for a tender crusted bump on the left ear x 4 months.
PCP thought "probably skin cancer" and sent him straight to Mohs. Nobody has biopsied it. He wants it handled in
one trip if at all possible. Warfarin for a-fib, INR 2.3 yesterday.

Fellow exam:
L ear: 0.7 cm hyperkeratotic papule on the antihelix, tender, no ulcer. No lymphadenopathy.
Sun damage face and scalp, few AKs on the scalp - not treated today.

Attending procedure note:
No prior pathology exists for this lesion, so a diagnostic biopsy was done first. Tangential (saucerization)
biopsy of the papule for diagnosis, processed as a frozen section in our lab; I read it: well-differentiated
invasive SCC. On the strength of that frozen result we proceeded to Mohs the same session.
Mohs, L antihelix, surgeon and pathologist myself.
  Stage 1: 4 tissue blocks, all margins clear.
Final defect 1.1 x 0.9 cm, perichondrium intact. Left to heal by second intention (antihelix concavity).
All Mohs tissue was processed and read here on frozen sections; nothing else went to the outside lab.
Plan: wound care, 2-week check, full skin exam in 3 months. Scalp AKs at that visit.
Kirsten Halvorsen, MD
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311")], topics=["ncci"],
                  dx={"17311": ["C44.229"]}),
    "coder_note": "MOHS-5(a): no prior pathology, same-day diagnostic biopsy + frozen section decided Mohs -> 11102-59 "
                  "and 88331-59. 88305 on the Mohs layer is not reportable (MOHS-5; 17311/88305 ind. 1, same tissue).",
})

SCENARIOS.append({
    "id": "s65-mohs-back-infiltrative-recurrent-7-blocks",
    "family": "mohs", "shape": "free-text",
    "description": "Recurrent infiltrative BCC R upper back after outside ED&C: Mohs 2 stages (7 + 2 blocks), "
                   "layered closure 4.6 cm; Medicare Advantage",
    "date": "2026-01-21",
    "patient": ("Dufresne", "Armand", "1951-04-30", "male"),
    "provider": "lindqvist", "payer": "medicare-advantage", "minutes": 200,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, recurrent, right upper back", "C44.519", "Right upper back",
          reason=True),
    ],
    "procedures": [
        P("Mohs stage I - trunk", site="Right upper back",
          note="Tumor 2.3 x 1.9 cm. Stage I taken as 7 tissue blocks (large debulked specimen). Residual "
               "infiltrative BCC in blocks 3 and 6.", reasons=["c1"]),
        P("Mohs stage II - trunk", site="Right upper back",
          note="2 tissue blocks from 2-5 o'clock and 8-9 o'clock. Clear.", reasons=["c1"]),
        P("Layered closure of Mohs defect", site="Right upper back",
          note="Defect 3.0 x 2.4 cm. Deep dermal 3-0 Vicryl, epidermal 4-0 nylon. Final length 4.6 cm."),
    ],
    "note_title": "Mohs Team Note",
    "note": """Scribe documentation:
74M. BCC R upper back, first treated at an outside urgent-care dermatology clinic in 2022 by ED&C, per the
records. Came back in the scar 2025. Outside punch bx 12/2025 (Summit Path SP25-88120): infiltrative BCC.
He also tried "a cream" (imiquimod, 6 weeks) from the outside office before referral. Former smoker. No blood
thinners.

Fellow exam:
R upper back: 2.3 x 1.9 cm ill-defined scar-like plaque with peripheral pearly papules. Fellow measured 2.5 cm
on first pass; attending re-measured after marking.

Attending procedure note:
Indication: recurrent, infiltrative BCC >2 cm on the trunk - appropriate for Mohs (area L with aggressive
histology and recurrence). Outside slides reviewed; no biopsy today.
Stage I: 7 tissue blocks; residual tumor in 2 of them. Stage II: 2 blocks, clear.
Defect 3.0 x 2.4 cm, closed in layers, 4.6 cm final length.
Plan: suture removal 14 days. Skin exam 6 months.
Erik Lindqvist, MD
""",
    "expected": E([L("17313"), L("17315", 2), L("17314"), L("12032")], dx={"17313": ["C44.519"]}),
    "coder_note": "Trunk Mohs: 17313 first stage; 7 blocks in stage I -> 17315 x2 (blocks beyond 5); stage II 2 blocks "
                  "-> 17314. Layered trunk closure 4.6 cm -> 12032. Outside ED&C/imiquimod not billable.",
})

SCENARIOS.append({
    "id": "s65-mohs-two-tumors-ala-cheek",
    "family": "mohs", "shape": "note-only",
    "description": "Two outside-biopsied tumors same day: L ala BCC 1 stage (granulation) + R cheek SCCIS 2 stages "
                   "with layered closure 3.0 cm",
    "date": "2026-04-14",
    "patient": ("Vasquez-Lowe", "Marguerite", "1949-01-07", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Basal cell carcinoma, left nasal ala", "C44.311", "Left nasal ala", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right cheek", "D04.39", "Right cheek", reason=True),
    ],
    "note_title": "Mohs Surgery Note (2 sites)",
    "note": """DEPARTMENT OF DERMATOLOGY - MOHS SURGERY

Scribe documentation:
77 yo F referred by our general derm clinic (Dr. Okafor) for two biopsy-proven skin cancers. Site A: left nasal
ala, tangential bx 03/18/2026 (our lab UD26-3321) nodular BCC. Site B: right cheek, punch bx same day
(UD26-3322) SCC in situ. Pt mentions "a spot on my back" she wants looked at next time - not today.

Fellow exam:
A - L ala 0.5 cm pearly papule, biopsy site healed.
B - R cheek 1.2 x 1.0 cm scaly pink plaque.
Back: deferred at pt request.

Attending procedure note:
Both diagnoses established on our prior pathology. No additional biopsies.
Site A (L nasal ala), Mohs: stage 1, two tissue blocks, clear. Defect 0.9 cm round, concave alar crease -
allowed to granulate, no repair.
Site B (R cheek), Mohs: stage 1, three tissue blocks, residual SCCIS at 12 o'clock; stage 2, one tissue block,
clear. Defect 1.8 x 1.5 cm. Layered closure: buried 5-0 Monocryl, 6-0 Prolene running, length 3.0 cm.
I performed both the surgery and the frozen-section interpretation for both sites.
Plan: site B sutures out day 7. Return to Dr. Okafor for back lesion and full skin exam.
Kirsten Halvorsen, MD
""",
    "expected": E([L("17311", 2), L("17312"), L("12052")], dx={"12052": ["D04.39"]}),
    "coder_note": "Two separate head tumors: 17311 per tumor (summed to one line, no PTP edit between the same code); "
                  "site B second stage -> 17312 x1. Cheek layered 3.0 cm -> 12052. Site A granulated, no repair.",
})

SCENARIOS.append({
    "id": "s65-mohs-temple-em-decision-only-dropped",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs R temple BCC (our prior biopsy) 2 stages; provider-selected 99213-25 with no separate problem is removed",
    "date": "2026-05-19",
    "patient": ("Castellane", "Bernard", "1947-06-25", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 110, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, right temple", "C44.319", "Right temple", reason=True),
    ],
    "procedures": [
        P("Mohs layer 1", site="Right temple",
          note="Stage 1: 2 blocks, residual at 10 o'clock.", reasons=["c1"]),
        P("Mohs layer 2", site="Right temple",
          note="Stage 2: 1 block, clear.", reasons=["c1"]),
    ],
    "note_title": "Mohs Team Note",
    "note": """Scribe documentation:
78 yo M for Mohs of BCC R temple, tangential biopsy here 04/22/2026 (UD26-4410, nodular BCC). No new concerns
today; "just want it out." Meds: atorvastatin, tamsulosin. Plavix stopped by cardiology? - pt says no, still on it.

Fellow exam:
R temple 0.9 cm pearly papule with central crust at the prior biopsy site. Face otherwise clear today.

Attending procedure note:
Reviewed risks, benefits and alternatives of Mohs; consent signed. Confirmed with pt he remains on clopidogrel;
we proceed without stopping it.
Mohs, R temple: stage 1 - 2 blocks, residual nodular BCC at 10 o'clock; stage 2 - 1 block, clear.
Final defect 1.2 x 1.0 cm, healing by second intention per pt preference.
Plan: wound care sheet; return 2 wk. No other problems addressed today.
Level of service selected by fellow: 99213-25.
Erik Lindqvist, MD
""",
    "expected": E([L("17311"), L("17312")], dx={"17311": ["C44.319"]}),
    "coder_note": "GS-3: the only work beyond the Mohs was the pre-procedure evaluation/consent for the same tumor; no "
                  "separately identifiable problem -> E/M line removed. Temple (face) BCC -> C44.319.",
})

SCENARIOS.append({
    "id": "s65-bx-punch-and-two-shave-attending-skips-fourth",
    "family": "biopsy", "shape": "note-only",
    "description": "Fellow lists 4 lesions; attending biopsies 3: punch L forearm + tangential mid-back and R flank; "
                   "Medicaid",
    "date": "2026-01-08",
    "patient": ("Abernethy-Cole", "Desmond", "1991-09-14", "male"),
    "provider": "okafor", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Dermatofibroma, left forearm", "D23.62", "Left forearm", reason=True),
        C("c2", "Superficial basal cell carcinoma, mid back", "C44.519", "Mid back", reason=True),
        C("c3", "Melanocytic nevus, right flank", "D22.5", "Right flank", reason=True),
    ],
    "path": [
        {"text": "A. Skin, left forearm, punch: dermatofibroma.", "site": "Left forearm"},
        {"text": "B. Skin, mid back, shave: superficial basal cell carcinoma, extends to peripheral margin.",
         "site": "Mid back"},
        {"text": "C. Skin, right flank, shave: compound melanocytic nevus, no atypia.", "site": "Right flank"},
    ],
    "note_title": "General Dermatology Team Note",
    "note": """Scribe documentation:
34 yo man, new to the practice last month, back for "the three spots." He says the forearm bump has been
firm for a year and itches; his girlfriend noticed a pink scaly spot on his back and a darker mole on his
right side. No personal or family hx skin cancer. Works outdoors (landscaping).

Fellow exam:
1) L forearm: 6 mm firm brown papule, dimple sign positive.
2) Mid back: 5 mm pink scaly thin plaque.
3) R flank: 4 mm dark brown papule, slightly asymmetric.
4) L shin: 7 mm stuck-on waxy papule.
Fellow plan: biopsy all four.

Attending procedure note:
Lesion 4 on the L shin is a classic seborrheic keratosis - reassured, NOT biopsied.
Consent signed for three biopsies.
 - L forearm: 4 mm punch biopsy, one 4-0 nylon suture.
 - Mid back: tangential (shave) biopsy with DermaBlade, aluminum chloride hemostasis.
 - R flank: tangential (shave) biopsy, same technique.
Three separate specimens labeled A-C. Wound care reviewed.
Plan: results by phone in 1 week; suture out 10-14 days at PCP or here.
Adaeze Okafor, MD
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D23.62"]}),
    "coder_note": "BX-2: punch ranks above tangential -> 11104 primary; the two tangential biopsies take their own add-on "
                  "11103 x2 (AOC allows 11103 with 11104). Fourth lesion (SK) was not biopsied per attending.",
})

SCENARIOS.append({
    "id": "s65-bx-incisional-and-punch-two-primaries-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded 11106 + 11104 (two primaries, ind. 0): incisional R shin nodule + punch L thigh -> 11106 + 11105",
    "date": "2026-02-24",
    "patient": ("Lindahl", "Greta", "1953-12-03", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Tender subcutaneous nodules, right shin", None, "Right shin", reason=True),
        C("c2", "Palpable purpura, left thigh", None, "Left thigh", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, skin, first lesion", "11106", "Right shin",
          "Deep wedge (incisional) biopsy with #15 blade to subcutaneous fat for panniculitis.", ["c1"]),
        P("Punch biopsy, skin, first lesion", "11104", "Left thigh",
          "4 mm punch of fresh purpuric papule for H&E.", ["c2"]),
    ],
    "path": [
        {"text": "A. Right shin, incisional: septal panniculitis without vasculitis, consistent with erythema "
                 "nodosum.", "site": "Right shin"},
        {"text": "B. Left thigh, punch: leukocytoclastic vasculitis.", "site": "Left thigh"},
    ],
    "note_title": "Medical Dermatology Team Note",
    "note": """Scribe documentation:
72 yo F, painful red lumps on the R shin x 3 weeks and a purple dotted rash on the L thigh x 5 days. Started
amoxicillin for a sinus infection one month ago. Knees ache. No fever.

Fellow exam:
R shin: three 2-3 cm tender erythematous subcutaneous nodules, no ulceration.
L thigh: nonblanching 1-3 mm purpuric papules, scattered, none on the R leg (fellow wrote "bilateral legs"
on the intake template - attending corrected: left thigh only).

Attending procedure note:
Biopsy #1, R shin nodule: incisional (wedge) biopsy with a #15 blade, ellipse carried into the subcutis to
sample septa; closed with 4-0 nylon simple interrupted.
Biopsy #2, L thigh: 4 mm punch biopsy of a <24 h purpuric papule, one suture.
Labs (CBC, CMP, UA, ASO, CXR) ordered through PCP.
Wei Chen, MD
""",
    "expected": E([L("11106"), L("11105")], topics=["coding-correction"], dx={"11106": ["L52"]}),
    "coder_note": "BX-2: only one primary per encounter; incisional outranks punch -> 11106 + 11105 (11106/11104 is "
                  "ind. 0). Pathology posted: erythema nodosum L52 on the incisional line.",
})

SCENARIOS.append({
    "id": "s65-bx-tangential-back-with-acne-em25",
    "family": "biopsy", "shape": "free-text",
    "description": "Tangential biopsy L upper back pigmented macule + acne vulgaris started on doxycycline: 99213-25 + 11102",
    "date": "2026-03-12",
    "patient": ("Nakashima", "Rylee", "2004-05-21", "female"),
    "provider": "ramirez", "payer": "commercial-aetna", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Melanocytic nevus of trunk, mild atypia", "D22.5", "Left upper back", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Face and chest", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Left upper back",
          note="5 mm irregularly pigmented macule, tangential biopsy (sampling), AlCl3 hemostasis.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left upper back, shave biopsy: compound nevus with mild cytologic atypia, margins "
                      "free.", "site": "Left upper back"}],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
21 yo F established pt. (1) Mole on the left upper back that her mother says got darker over the summer.
(2) Acne flaring on the jaw and chest for 4 months despite OTC benzoyl peroxide and the adapalene we gave
last year; she stopped the adapalene because it stung. Not on birth control. Not pregnant.

Fellow exam:
L upper back: 5 mm macule, two shades of brown, irregular border. Dermoscopy: atypical network focally.
Face: 20+ inflammatory papules and pustules jawline, few closed comedones forehead; chest similar, no cysts.

Attending procedure note + plan:
1. Atypical pigmented macule L upper back - tangential biopsy performed today for diagnosis.
2. Acne vulgaris, moderate inflammatory - start doxycycline 100 mg daily with food, sun precautions and pill
   esophagitis counseling; switch to azelaic acid 15% gel nightly; recheck 8 weeks. Discussed spironolactone
   vs. OCP as future options.
Separately identifiable E/M for acne management today (prescription drug management).
Sofia Ramirez, MD
""",
    "expected": E([L("99213", 1, "25"), L("11102")], dx={"11102": ["D22.5"]}),
    "coder_note": "Acne management with new prescription is significant, separately identifiable work (GS-3) -> 25 on "
                  "the E/M; 11102/99213 is ind. 1 bypassed by 25.",
})

SCENARIOS.append({
    "id": "s65-bx-deleted-11100-11101-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Legacy charge template sends 11100 + 11101 x2 for three tangential biopsies -> 11102 + 11103 x2",
    "date": "2026-04-02",
    "patient": ("Brightwater", "Leland", "1956-02-11", "male"),
    "provider": "baptiste", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, left cheek", "D49.2", "Left cheek", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, right shoulder", "D49.2", "Right shoulder",
          reason=True),
        C("c3", "Neoplasm of unspecified behavior of skin, central chest", "D49.2", "Central chest", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Left cheek", "Shave biopsy 6 mm scaly papule.", ["c1"]),
        P("Biopsy of skin, each separate additional lesion", "11101", "Right shoulder",
          "Shave biopsy 8 mm pink papule.", ["c2"]),
        P("Biopsy of skin, each separate additional lesion", "11101", "Central chest",
          "Shave biopsy 5 mm crusted papule.", ["c3"]),
    ],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
70 yo M, annual skin check, hx of BCC L ear 2019 treated at another hospital (excision + radiation there).
Today worried about 3 scaly spots that do not heal.

Fellow exam:
L cheek 6 mm scaly pink papule; R shoulder 8 mm pink pearly papule; central chest 5 mm crusted papule.
Ears clear, L ear well-healed radiation field, no recurrence.

Attending procedure note:
Tangential (shave) biopsies x3 for diagnosis - L cheek, R shoulder, central chest. Each sent separately.
Hemostasis with aluminum chloride. Vaseline and bandage.
Plan: call with results; treatment per pathology.
Marc Baptiste, MD
""",
    "expected": E([L("11102"), L("11103", 2)], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 12/31/2018 (BX-1); tangential technique -> 11102 + 11103 x2. Prior outside "
                  "excision/radiation is history only.",
})

SCENARIOS.append({
    "id": "s65-bx-transplant-eight-shaves-mue-cap",
    "family": "biopsy", "shape": "free-text",
    "description": "Renal-transplant pt: 8 tangential biopsies (fellow flagged 10) -> 11102 + 11103 x7 capped at MUE 6",
    "date": "2026-05-06",
    "patient": ("Haverford", "Clement", "1960-10-28", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Multiple keratotic papules, rule out squamous cell carcinoma", None, "Multiple sites", reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "procedures": [
        P("Tangential biopsies x 8", site="Scalp, forehead, both dorsal hands, both forearms, right ear, nose",
          note="Eight separate scaly/keratotic papules sampled by shave technique, 8 labeled specimens A-H.",
          reasons=["c1"]),
    ],
    "note_title": "High-Risk Skin Cancer Clinic Team Note",
    "note": """Scribe documentation:
65 yo M, deceased-donor kidney transplant 2014 on tacrolimus + mycophenolate. Prior SCCs x 6 treated at the
transplant center's outside dermatologist (Mohs x3, ED&C x3) and a course of PDT there in 2024. Here for
second opinion and to establish care. Many new rough, tender bumps.

Fellow exam:
Fellow counted 10 suspicious keratotic papules: scalp x2, forehead, R dorsal hand x2, L dorsal hand,
L forearm, R forearm, R ear, nasal dorsum. Diffuse AK field damage face/scalp/hands.

Attending procedure note:
Examined all ten with the fellow. The two scalp papules look like hypertrophic AKs - will treat with the field
plan, not biopsied. Tangential biopsies of the other EIGHT: forehead, R dorsal hand x2, L dorsal hand,
L forearm, R forearm, R ear (helix), nasal dorsum. Specimens A-H.
Plan: results 1 wk; discuss acitretin chemoprevention with transplant nephrology; field therapy next visit.
Ren Nakamura, MD
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "8 tangential biopsies -> 11102 + 11103 x7; 11103 MUE 6 -> capped at 6 with an mue finding (README "
                  "coding decisions). Outside Mohs/ED&C/PDT history not billable.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: destruction, benign and malignant excision
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s65-ds-ak-nine-treated-fellow-counted-eleven",
    "family": "destruction", "shape": "note-only",
    "description": "Fellow counts 11 AKs, attending freezes 9 (two left for field therapy) -> 17000 + 17003 x8",
    "date": "2026-01-15",
    "patient": ("Pemberton", "Audrey", "1942-07-09", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses, face and scalp", "L57.0", "Face and scalp", reason=True)],
    "note_title": "General Dermatology Team Note",
    "note": """Scribe documentation:
83 yo F for her 6-month AK check. Rough spots are back on the forehead and top of the head; they catch on her
comb. Used fluorouracil cream from her previous dermatologist in Arizona two winters ago (4 weeks, "terrible
reaction"), does not want it again this year.

Fellow exam:
Scalp vertex: 5 gritty erythematous scaly papules. Forehead: 4. L temple: 2. Total 11 AKs.
No suspicious pigmented lesions, no nodules.

Attending procedure note:
Cryotherapy with liquid nitrogen, 2 freeze-thaw cycles, to NINE actinic keratoses: 5 on the scalp vertex and
4 on the forehead. The 2 thin AKs on the L temple were not frozen - will be included in a PDT field treatment
we are arranging for the temple/cheek next month.
Post-cryo blistering explained. Return 6 months or sooner for PDT scheduling.
Wei Chen, MD
""",
    "expected": E([L("17000"), L("17003", 8)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 9 AKs destroyed (attending count, not the fellow's 11) -> 17000 + 17003 x8. Planned PDT and "
                  "outside 5-FU are not billed.",
})

SCENARIOS.append({
    "id": "s65-ds-ak-eighteen-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "Pre-coded 17000 + 17003 x17 for 18 AKs -> single 17004",
    "date": "2026-02-05",
    "patient": ("Gallagher", "Seamus", "1946-03-17", "male"),
    "provider": "baptiste", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [C("c1", "Actinic keratoses, scalp, ears, dorsal hands", "L57.0", "Scalp, ears, hands",
                     reason=True)],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", "17000", "Scalp", "LN2 x1 lesion.", ["c1"]),
        P("Destruction premalignant lesions, 2-14, each", "17003", "Scalp, ears, dorsal hands",
          "LN2 to remaining 17 AKs.", ["c1"]),
    ],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
79 yo M, retired farmer, bald scalp, comes every 4 months for "freezing." Had radiation to the R ear for an SCC
at the VA in 2021 and chemowraps at another practice before that. Says the spots on the hands bleed when he
scratches them.

Fellow exam:
Scalp: 10 hyperkeratotic papules. Ears: R helix 2, L helix 1. Dorsal hands: R 3, L 2. R ear radiation field
without nodularity.

Attending procedure note:
Liquid nitrogen cryotherapy to 18 actinic keratoses in total (scalp 10, ears 3, dorsal hands 5), 2 cycles each.
No lesion appeared indurated or nodular; no biopsy needed today.
Return 4 months.
Marc Baptiste, MD
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17003 x17 also exceeds "
                  "its 13-unit range). Outside radiation/chemowraps are history.",
})

SCENARIOS.append({
    "id": "s65-ds-painful-hand-warts-plus-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo 6 painful fissured hand warts (17110) + 3 scalp AKs (17000/17003 x2 with XS); commercial",
    "date": "2026-03-09",
    "patient": ("Ferreira", "Tomas", "1968-08-08", "male"),
    "provider": "okafor", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, both hands, painful", "B07.8", "Both hands", reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Cryotherapy warts", site="Right index finger, right thumb, left palm, left ring finger",
          note="Six common warts, fissured and painful with gripping tools, two bleeding. LN2 2 cycles each.",
          reasons=["c1"]),
        P("Cryotherapy AKs", site="Scalp",
          note="Three AKs on the frontal scalp, LN2 2 cycles each.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
57 yo M, electrician. Warts on both hands for a year, now cracking and painful when he grips pliers; two bled at
work last week. Tried OTC salicylic acid and duct tape. Also wants the "scabby spots" on his scalp frozen.

Fellow exam:
Hands: 6 verrucous papules - R index finger 2, R thumb 1, L palm 1, L ring finger 2. Fissuring present.
Scalp: 3 scaly erythematous papules frontal scalp, consistent with AK.

Attending procedure note:
1. Verrucae x6 (both hands), symptomatic - cryotherapy LN2, 2 freeze-thaw cycles each, after paring.
2. AK x3 frontal scalp - cryotherapy LN2, 2 cycles each.
Separate lesions, separate sites. Home care: salicylic acid 40% pads to the warts nightly.
Return 4 weeks for repeat wart treatment.
Adaeze Okafor, MD
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2/DS-3: benign destruction (6 warts) 17110; AKs 17000 + 17003 x2. 17110/17000 and 17110/17003 are "
                  "ind. 1 and the lesions are different -> XS on the column-2 codes 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s65-ds-ak-count-missing-with-separate-bx",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to AKs with no count anywhere (no 17000 line) + tangential biopsy of a separate R shin lesion",
    "date": "2026-04-21",
    "patient": ("Kowalczyk", "Irena", "1950-05-05", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and forehead", "L57.0", "Scalp and forehead", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right shin", "D04.71", "Right shin", reason=True),
    ],
    "path": [{"text": "Skin, right shin, shave biopsy: squamous cell carcinoma in situ (Bowen disease).",
              "site": "Right shin"}],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
75 yo F, follow-up AKs. Also a red scaly patch on the R shin for 6 months that her PCP treated with
clotrimazole cream without change.

Fellow exam:
Scalp and forehead: numerous rough scaly papules consistent with AKs.
R shin: 1.4 cm well-demarcated erythematous scaly plaque.

Attending procedure note:
1. AKs scalp/forehead: LN2 cryotherapy to the AKs, 2 freeze-thaw cycles. Tolerated well.
2. R shin plaque, r/o SCCIS vs superficial BCC: tangential biopsy for diagnosis. AlCl3.
Plan: treatment of the shin lesion per pathology. AK recheck 6 months.
Ren Nakamura, MD
""",
    "expected": E([L("11102")], topics=["missing-documentation"], dx={"11102": ["D04.71"]}),
    "coder_note": "No lesion count for the AK cryotherapy anywhere in the note ('numerous') -> no 17000/17003 line and a "
                  "missing-documentation finding (README coding decisions). The shin biopsy stands alone.",
})

SCENARIOS.append({
    "id": "s65-exb-cyst-back-attending-remeasure-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed epidermoid cyst upper back: fellow 2.4 cm, attending 2.1 cm + 2 mm margins -> "
                   "11403; layered closure 3.4 cm",
    "date": "2026-01-27",
    "patient": ("Moreau", "Justine", "1983-02-14", "female"),
    "provider": "ramirez", "payer": "commercial-cigna", "minutes": 50,
    "conditions": [C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Upper back",
                     reason=True)],
    "procedures": [
        P("Excision of cyst", site="Upper back, midline",
          note="Cyst 2.1 cm by attending measurement before incision; fusiform excision with 2 mm margins around "
               "the cyst.", reasons=["c1"]),
        P("Layered repair", site="Upper back, midline",
          note="Deep 3-0 Monocryl, subcuticular 4-0 Monocryl. Final length 3.4 cm."),
    ],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermoid cyst with foreign-body giant "
                      "cell reaction.", "site": "Upper back"}],
    "note_title": "Procedure Clinic Team Note",
    "note": """Scribe documentation:
43 yo F. Cyst between the shoulder blades for 5 years, infected 3 times in the last year: urgent care drained
it twice (Aug and Nov) and she took cephalexin both times. Smells when it drains. Wants it out.

Fellow exam:
Upper back midline: 2.4 cm mobile subcutaneous nodule with central punctum, mild erythema, no fluctuance.

Attending procedure note:
Re-measured after marking: cyst 2.1 cm greatest diameter. Excised en bloc with 2 mm margins (excised diameter
2.5 cm), cyst wall intact, to fat. Layered closure: deep dermal 3-0 Monocryl, running subcuticular 4-0,
final length 3.4 cm. Steri-strips.
Plan: suture-free closure, wound check 2 weeks if concerned; path call.
Sofia Ramirez, MD
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: attending measurement 2.1 + 2 x 0.2 = 2.5 cm, trunk benign -> 11403 (fellow's 2.4 cm not used). "
                  "EX-5: intermediate repair separate; trunk layered 3.4 cm -> 12032. Outside drainages not billed.",
})

SCENARIOS.append({
    "id": "s65-exb-dysplastic-nevus-reexcision-precoded-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision of moderately dysplastic nevus L thigh pre-coded 11602 -> benign 11402 (scar 0.8 + 2 x 0.25)",
    "date": "2026-03-24",
    "patient": ("Sorensen", "Kaia", "1979-10-10", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 40,
    "conditions": [C("c1", "Dysplastic compound nevus, moderate atypia, left thigh", "D22.72", "Left anterior thigh",
                     reason=True)],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs, 1.1-2.0 cm", "11602", "Left anterior thigh",
          "Re-excision of biopsy site, scar 0.8 cm, margins 2.5 mm; simple closure.", ["c1"]),
    ],
    "path": [{"text": "Skin, left thigh, re-excision: residual compound dysplastic nevus with moderate atypia, "
                      "completely excised. No melanoma.", "site": "Left thigh"}],
    "note_title": "Dermatology Procedure Team Note",
    "note": """Scribe documentation:
46 yo F on disability (Medicare). Shave biopsy here 02/17/2026: compound dysplastic nevus, moderate atypia,
peripheral margin involved. Here for re-excision as discussed. Her sister had melanoma at 40.

Fellow exam:
L anterior thigh: 0.8 cm pink healed biopsy scar, no residual pigment visible.

Attending procedure note:
Re-excision of the biopsy site. Scar 0.8 cm; 2.5 mm margin drawn around it (excised diameter 1.3 cm).
Elliptical excision to superficial fat. Closed with 4-0 nylon simple interrupted sutures, single layer.
Plan: sutures out 12 days. Annual full-skin exams given family history.
Adaeze Okafor, MD
""",
    "expected": E([L("11402")], topics=["coding-correction"], dx={"11402": ["D22.72"]}),
    "coder_note": "EX-3: dysplastic nevus (atypia) is benign -> benign code; 0.8 + 2 x 0.25 = 1.3 cm leg -> 11402. "
                  "Simple closure included.",
})

SCENARIOS.append({
    "id": "s65-exb-pilar-cyst-scalp-three-measurements",
    "family": "excision-benign", "shape": "note-only",
    "description": "Pilar cyst scalp: scribe '2 cm', fellow 1.5 cm, attending 1.4 cm + 1 mm margins -> 11422; Medicaid",
    "date": "2026-05-12",
    "patient": ("Delacroix", "Noemie", "1988-12-01", "female"),
    "provider": "chen", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [C("c1", "Pilar cyst, vertex scalp, tender", "L72.11", "Vertex scalp", reason=True)],
    "path": [{"text": "Scalp, excision: pilar (trichilemmal) cyst.", "site": "Vertex scalp"}],
    "note_title": "Procedure Team Note",
    "note": """Scribe documentation:
37 yo F, "about 2 cm" lump on the top of her head, hurts when she brushes her hair and the hairdresser nicked it
and it bled last month.

Fellow exam:
Vertex scalp: 1.5 cm firm mobile dome-shaped subcutaneous nodule, no punctum, overlying excoriation.

Attending procedure note:
Measured with calipers after shaving a small area: cyst 1.4 cm. Excised with a 1 mm margin of skin over the
dome (excised diameter 1.6 cm); cyst delivered intact. Single-layer closure with 4-0 nylon; no deep sutures
needed. Specimen to pathology.
Plan: sutures out 10 days. Return if drainage or fever.
Wei Chen, MD
""",
    "expected": E([L("11422")], dx={"11422": ["L72.11"]}),
    "coder_note": "EX-1 with the attending's caliper size: 1.4 + 2 x 0.1 = 1.6 cm, scalp (SNHFG) benign -> 11422. Simple "
                  "closure included.",
})

SCENARIOS.append({
    "id": "s65-exm-scc-left-forearm-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision biopsy-proven SCC L forearm 1.2 cm + 4 mm margins -> 11602; layered 3.8 cm -> 12032",
    "date": "2026-02-17",
    "patient": ("Winterbottom", "Hal", "1945-04-22", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 55,
    "conditions": [C("c1", "Squamous cell carcinoma, well differentiated, left forearm", "C44.629",
                     "Left dorsal forearm", reason=True)],
    "path": [{"text": "Skin, left forearm, excision: invasive squamous cell carcinoma, well differentiated, "
                      "margins negative (closest 3 mm).", "site": "Left forearm"}],
    "note_title": "Dermatologic Surgery Team Note",
    "note": """Scribe documentation:
80 yo M. Punch biopsy 02/03/2026 in our clinic: well-differentiated SCC L dorsal forearm. He saw a Mohs surgeon
across town for a second opinion who told him Mohs was not needed on the arm. Anticoagulant: apixaban, held
x 2 days per cardiology.

Fellow exam:
L dorsal forearm: 1.2 x 1.0 cm keratotic nodule on a sun-damaged background. No axillary nodes.

Attending procedure note:
Standard excision, L dorsal forearm. Lesion 1.2 cm; 4 mm clinical margins -> excised diameter 2.0 cm.
Fusiform excision to fascia. Layered repair: 4-0 Vicryl deep dermal, 4-0 nylon running; final length 3.8 cm.
Specimen oriented with a suture at 12 o'clock.
Plan: resume apixaban tonight; sutures out 14 days.
Marc Baptiste, MD
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.629"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm, arm, malignant (biopsy-proven) -> 11602. EX-5: intermediate repair "
                  "separate: arm 3.8 cm -> 12032 (no PTP edit). The outside Mohs consult is not ours to bill.",
})

SCENARIOS.append({
    "id": "s65-exm-reexcision-cheek-inside-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of R cheek BCC 8 days after the first excision (positive margin), 2.1 cm -> 11642-58",
    "date": "2026-01-13",
    "patient": ("Achterberg", "Willem", "1952-09-09", "male"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [C("c1", "Basal cell carcinoma, right cheek, positive margin on excision", "C44.319",
                     "Right cheek", reason=True)],
    "procedures": [
        P("Re-excision for positive margins", site="Right cheek",
          note="Scar 1.5 cm; 3 mm margins; excised diameter 2.1 cm. Primary closure, single layer 5-0 nylon.",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-01-05", "11641", "Excision malignant lesion, face", "Right cheek",
                    "Excision of nodular BCC R cheek, excised diameter 0.9 cm; path: BCC, deep margin involved.")],
    "path": [{"text": "Skin, right cheek, re-excision: scar, no residual basal cell carcinoma.",
              "site": "Right cheek"}],
    "note_title": "Dermatology Procedure Team Note",
    "note": """Scribe documentation:
73 yo M. Excision of a BCC on his right cheek here on 01/05/2026; pathology called: deep margin involved.
Here today (post-op day 8) for the planned re-excision. No fever, no drainage from the first site.

Fellow exam:
R cheek: 1.5 cm linear healing scar, sutures removed today before re-excision; no erythema.

Attending procedure note:
Re-excision of the R cheek scar for a positive margin. Scar 1.5 cm, 3 mm margins around it (excised diameter
2.1 cm), taken to deep subcutaneous fat. Single-layer closure with 5-0 nylon.
Plan: sutures out 7 days. If margins are clear, routine skin checks every 6 months.
Sofia Ramirez, MD
""",
    "expected": E([L("11642", 1, "58")], topics=["global-period"], dx={"11642": ["C44.319"]}),
    "coder_note": "EX-4/GS-5: re-excision for positive margin inside the 10-day global of 11641 -> staged/related, 58. "
                  "Coded malignant although the re-excision specimen is clear. 1.5 + 2 x 0.3 = 2.1 cm face -> 11642.",
})

SCENARIOS.append({
    "id": "s65-exm-chest-bcc-precoded-benign-before-path",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Chest excision pre-coded 11403 before path; path nodular BCC -> 11603; layered 12032 kept",
    "date": "2026-03-31",
    "patient": ("Oyelaran", "Patience", "1962-06-16", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 50,
    "conditions": [C("c1", "Basal cell carcinoma, nodular, central chest", "C44.519", "Central chest",
                     reason=True)],
    "procedures": [
        P("Excision, benign lesion, trunk, 2.1-3.0 cm", "11403", "Central chest",
          "Lesion 1.8 cm, 4 mm margins.", ["c1"]),
        P("Intermediate repair, trunk, 2.6-7.5 cm", "12032", "Central chest", "Layered closure 4.0 cm."),
    ],
    "path": [{"text": "Skin, central chest, excision: basal cell carcinoma, nodular type, margins free (closest "
                      "2.5 mm).", "site": "Central chest"}],
    "note_title": "Dermatology Procedure Team Note",
    "note": """Scribe documentation:
63 yo F with a shiny bump on the chest x 1 year that bleeds with her seatbelt. Declined a biopsy first:
"just take it out."

Fellow exam:
Central chest: 1.8 x 1.5 cm pearly pink papulonodule with arborizing vessels.

Attending procedure note:
Clinical impression BCC; pt prefers single-stage excision. Lesion 1.8 cm, 4 mm margins (excised diameter
2.6 cm). Ellipse to fat. Layered closure, 3-0 Monocryl deep, 4-0 nylon superficial, length 4.0 cm.
Charge entered at checkout as benign pending pathology.
Addendum 04/03/2026: pathology nodular BCC, margins clear. Change charge to malignant excision.
Ren Nakamura, MD
""",
    "expected": E([L("11603"), L("12032")], topics=["coding-correction"], dx={"11603": ["C44.519"]}),
    "coder_note": "EX-3/DX-2: benign vs malignant follows final pathology -> 1.8 + 2 x 0.4 = 2.6 cm trunk malignant "
                  "11603. Layered trunk repair 4.0 cm 12032 unchanged.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: incision and drainage, intralesional, mixed, nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s65-id-left-axilla-simple-no-packing",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Single fluctuant L axillary abscess, simple I&D (fellow proposed packing, attending did not) -> 10060",
    "date": "2026-01-30",
    "patient": ("Tillman", "Jerome", "1998-03-03", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True)],
    "note_title": "Same-Day Clinic Team Note",
    "note": """Scribe documentation:
27 yo M, painful lump L armpit x 5 days. Seen at an outside ER 3 days ago: given clindamycin and told to follow
up with dermatology; ER did not drain it. No prior boils. Shaves his armpits.

Fellow exam:
L axilla: 2 cm fluctuant tender erythematous nodule with pointing head. No other nodules, no sinus tracts,
R axilla clear. Afebrile.
Fellow plan: I&D with loculation breakdown and iodoform packing.

Attending procedure note:
Simple incision and drainage of a single abscess, L axilla. Lidocaine 1% with epi, 8 mm stab incision,
moderate purulent material expressed, culture sent. Cavity probed gently - no loculations. Irrigated with
saline. No packing placed (cavity small). Dry dressing.
Continue clindamycin to finish the ER course; warm compresses. Return 1 week or sooner if worse.
Jordan Pike, MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Attending did a simple, single abscess I&D without packing or loculations -> 10060, not 10061. ER "
                  "antibiotic course is outside care.",
})

SCENARIOS.append({
    "id": "s65-id-buttock-loculated-precoded-both",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "One loculated buttock abscess with packing pre-coded as 10060 + 10061 -> 10061 only",
    "date": "2026-02-27",
    "patient": ("Mahoney", "Colleen", "1985-07-19", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True)],
    "procedures": [
        P("Incision and drainage of abscess, simple or single", "10060", "Left buttock",
          "Incision of abscess.", ["c1"]),
        P("Incision and drainage of abscess, complicated or multiple", "10061", "Left buttock",
          "Loculations broken, packed.", ["c1"]),
    ],
    "note_title": "Dermatology Urgent Visit Team Note",
    "note": """Scribe documentation:
40 yo F, very painful swelling on the L buttock x 1 week, can't sit. Urgent care gave doxycycline 4 days ago
and a "lance" was attempted there without much coming out. No diabetes.

Fellow exam:
L upper inner buttock: 5 x 4 cm indurated fluctuant abscess with surrounding cellulitis. One lesion only.

Attending procedure note:
Complicated incision and drainage, L buttock - single large abscess. 2 cm incision, copious pus, multiple
loculations broken down with a hemostat, cavity irrigated, packed with 1/4 inch iodoform gauze (about 30 cm).
Culture sent. Note: the two charges at checkout describe the same abscess and the same procedure.
Plan: packing change 48 h in clinic; continue doxycycline; return precautions.
Rafael Santos, MD
""",
    "expected": E([L("10061")], topics=["ncci"], dx={"10061": ["L02.31"]}),
    "coder_note": "One abscess, complicated I&D -> 10061; 10061/10060 is ind. 1 but there is no separate lesion, so the "
                  "10060 line is removed (ncci). Urgent-care attempt is outside care.",
})

SCENARIOS.append({
    "id": "s65-il-three-chest-keloids-60mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Triamcinolone 40 mg/mL 0.5 mL into each of 3 chest keloids (fellow wrote 0.4) -> 11900 + J3301 x6",
    "date": "2026-03-05",
    "patient": ("Adebayo", "Folasade", "1990-11-23", "female"),
    "provider": "adeyemi", "payer": "commercial", "minutes": 20,
    "conditions": [C("c1", "Keloids, anterior chest", "L91.0", "Anterior chest", reason=True)],
    "note_title": "Scar Clinic Team Note",
    "note": """Scribe documentation:
35 yo F, three itchy, painful keloids on the chest after acne. Her previous dermatologist in Atlanta injected
them 4 times in 2024 and tried silicone sheets and cryotherapy; they softened, then grew back after she moved.
Today itching keeps her up at night.

Fellow exam:
Anterior chest: keloids 2.0 x 1.0 cm (presternal), 1.5 x 0.8 cm (L parasternal), 1.2 x 0.6 cm (R upper chest),
firm, pink, tender. Fellow's pre-procedure plan: 0.4 mL Kenalog-40 per keloid.

Attending procedure note:
Intralesional triamcinolone acetonide 40 mg/mL, 0.5 mL injected into EACH of the three keloids (1.5 mL total
= 60 mg) with a 30 g needle until blanching. Three lesions. Tolerated well.
Plan: repeat in 6 weeks; restart silicone gel; discussed atrophy/hypopigmentation risk.
Folake Adeyemi, MD
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions (<=7) -> 11900 x1. Drug per attending: 1.5 mL x 40 mg/mL = 60 mg -> J3301 x6 (per 10 mg). "
                  "Fellow's 0.4 mL plan is superseded.",
})

SCENARIOS.append({
    "id": "s65-il-alopecia-nine-patches-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Nine alopecia areata patches injected, pre-coded 11900 -> 11901; triamcinolone 32 mg -> J3301 x4",
    "date": "2026-04-08",
    "patient": ("Sandoval", "Reuben", "1958-01-29", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 25,
    "conditions": [C("c1", "Alopecia areata, scalp and beard", "L63.9", "Scalp and beard", reason=True)],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", "11900", "Scalp and beard",
          "ILK 10 mg/mL to alopecia patches.", ["c1"]),
    ],
    "note_title": "Hair Clinic Team Note",
    "note": """Scribe documentation:
68 yo M, patchy hair loss scalp and beard x 4 months. Second opinion: outside dermatologist prescribed
clobetasol solution and then a 6-week prednisone taper in January, which regrew hair briefly. He also tried
minoxidil 5% foam on his own. Wants injections.

Fellow exam:
Scalp: 6 smooth round alopecic patches (1-3 cm), exclamation-point hairs at the margins. Beard: 3 patches.
Nails: fine pitting. Pull test positive at the margins.

Attending procedure note:
Intralesional triamcinolone acetonide 10 mg/mL injected into NINE patches (6 scalp, 3 beard), 0.1 mL per site
at 1 cm intervals, total volume 3.2 mL (32 mg). 30 g needle.
Plan: repeat every 6 weeks; stop the clobetasol; TSH and vitamin D ordered.
Ines Castellanos, MD
""",
    "expected": E([L("11901"), L("J3301", 4)], topics=["coding-correction"], dx={"11901": ["L63.9"]}),
    "coder_note": "More than 7 lesions -> 11901 (11901/11900 ind. 0, 11900 replaced). 32 mg -> ceil(32/10) = J3301 x4. "
                  "Outside prednisone/clobetasol are history.",
})

SCENARIOS.append({
    "id": "s65-il-acne-cysts-isotretinoin-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "Two acne cysts injected (1 mg triamcinolone) + isotretinoin start: 99214-25, 11900, J3301 x1; Medicaid",
    "date": "2026-05-14",
    "patient": ("Pruitt", "Kaden", "2008-06-30", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 40, "em": "99214",
    "conditions": [C("c1", "Nodulocystic acne vulgaris, face and back", "L70.0", "Face and back", reason=True)],
    "procedures": [
        P("Cyst injection x2", site="Left jaw, right cheek",
          note="Triamcinolone 2.5 mg/mL, 0.2 mL into each of two inflamed cysts (total 1 mg).", reasons=["c1"]),
    ],
    "note_title": "Adolescent Dermatology Team Note",
    "note": """Scribe documentation:
17 yo M with mom. Acne since 13; two painful cysts on the face this week. Failed minocycline (6 months) and
tretinoin + benzoyl peroxide from his pediatrician; doxycycline 100 mg BID x 4 months from us - still scarring.

Fellow exam:
Face: 10+ inflammatory papules, 2 tender fluctuant cysts (L jaw 1.2 cm, R cheek 1.0 cm), early rolling scars.
Back: numerous papulopustules and 3 nodules.

Attending procedure note and plan:
1. Painful acne cysts x2: intralesional triamcinolone 2.5 mg/mL, 0.2 mL each (1 mg total).
2. Nodulocystic acne failing oral antibiotics with scarring: isotretinoin discussed at length - iPLEDGE
   registration done today, baseline lipids and LFTs ordered, mood/depression counseling with mom present,
   stop doxycycline (pseudotumor risk). Plan start 0.5 mg/kg/day after labs.
E/M for the isotretinoin decision and drug management is separate from the cyst injections.
Folake Adeyemi, MD
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L70.0"]}),
    "coder_note": "Isotretinoin initiation with labs/iPLEDGE is significant separate work -> 99214-25 (GS-3). Two cysts "
                  "-> 11900; 1 mg triamcinolone -> J3301 x1 (ceil).",
})

SCENARIOS.append({
    "id": "s65-mix-bx-shoulder-plus-four-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential bx L shoulder + LN2 to 4 facial AKs: 11102, 17000-XS, 17003 x3",
    "date": "2026-01-22",
    "patient": ("Ellsworth", "Margot", "1948-02-27", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, left shoulder", "C44.619", "Left shoulder", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Face", reason=True),
    ],
    "path": [{"text": "Skin, left shoulder, shave biopsy: superficial basal cell carcinoma.", "site": "Left shoulder"}],
    "note_title": "General Dermatology Team Note",
    "note": """Scribe documentation:
78 yo F, hx BCC nose (Mohs 2020 here). Pink patch on the L shoulder for months, and rough spots on her face.

Fellow exam:
L posterior shoulder: 1.0 cm pink scaly patch with fine telangiectasia.
Face: AKs - R cheek 2, nasal dorsum 1, chin 1 (4 total). Nose Mohs scar intact.

Attending procedure note:
1. L shoulder: tangential biopsy for diagnosis (suspect sBCC). Hemostasis AlCl3.
2. AKs x4 face (R cheek x2, nasal dorsum, chin): LN2 cryotherapy, 2 cycles.
Different lesions at different sites. Plan: call with path; AK recheck 6 months.
Adaeze Okafor, MD
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 3)], dx={"11102": ["C44.619"]}),
    "coder_note": "11102/17000 ind. 1, separate lesions -> XS on 17000 (column 2). 4 AKs -> 17000 + 17003 x3; no edit on "
                  "11102/17003.",
})

SCENARIOS.append({
    "id": "s65-mix-psoriasis-mtx-em25-inflamed-sk-cryo",
    "family": "mixed", "shape": "free-text",
    "description": "Psoriasis on methotrexate with labs (99214-25) + LN2 to 2 inflamed SKs (17110); Medicare",
    "date": "2026-02-12",
    "patient": ("Brandt", "Horst", "1949-09-12", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Inflamed seborrheic keratoses, back", "L82.0", "Back", reason=True),
    ],
    "procedures": [
        P("Cryotherapy SKs", site="Right mid back, left lower back",
          note="Two irritated SKs, crusted and bleeding where his belt/chair rubs. LN2 2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Psoriasis Clinic Team Note",
    "note": """Scribe documentation:
76 yo M with plaque psoriasis on methotrexate 15 mg weekly + folic acid x 1 year. Flaring on the elbows since
winter. Labs last week. Also two "barnacles" on his back that bleed on the chair.

Fellow exam:
Plaques elbows/knees/scalp, ~6% BSA (was 3%). Nails: onycholysis L index.
Back: two 1 cm stuck-on keratotic papules, crusted, erythematous base, one with fresh blood.

Attending procedure note / plan:
1. Psoriasis, worsening: reviewed CBC/CMP (ALT 38, normal counts), increase methotrexate to 17.5 mg weekly,
   repeat CBC/LFTs in 4 weeks; clobetasol for plaques. Discussed biologic options if not controlled.
2. Inflamed SKs x2 (R mid back, L lower back): LN2 cryotherapy, 2 cycles each.
Horst was told the psoriasis visit is separate from the SK treatment.
Wei Chen, MD
""",
    "expected": E([L("99214", 1, "25"), L("17110")], dx={"17110": ["L82.0"]}),
    "coder_note": "Methotrexate management with lab review is significant, separately identifiable -> 99214-25. Inflamed, "
                  "bleeding SKs meet the benign-lesion LCD (BSL-3) -> 17110 covered, no GY.",
})

SCENARIOS.append({
    "id": "s65-mix-mis-excision-plus-calf-punch",
    "family": "mixed", "shape": "pre-coded",
    "description": "MIS upper back excision 1.9 cm + layered 4.5 cm, plus punch of separate R calf lesion: 11602, "
                   "12032-XS, 11104-XS",
    "date": "2026-03-17",
    "patient": ("Quinlan", "Bridget", "1971-05-08", "female"),
    "provider": "baptiste", "payer": "commercial-aetna", "minutes": 60,
    "conditions": [
        C("c1", "Melanoma in situ, upper back", "D03.59", "Left upper back", reason=True),
        C("c2", "Pigmented papule, right calf", None, "Right calf", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk 1.1-2.0 cm", "11602", "Left upper back",
          "MIS, lesion 0.9 cm, 5 mm margins, excised diameter 1.9 cm.", ["c1"]),
        P("Intermediate repair trunk 2.6-7.5 cm", "12032", "Left upper back", "Layered closure 4.5 cm."),
        P("Punch biopsy", "11104", "Right calf", "4 mm punch, new dark papule.", ["c2"]),
    ],
    "path": [
        {"text": "A. Left upper back, excision: residual melanoma in situ, margins clear (closest 4 mm).",
         "site": "Left upper back"},
        {"text": "B. Right calf, punch: dermatofibroma, hemosiderotic.", "site": "Right calf"},
    ],
    "note_title": "Pigmented Lesion Clinic Team Note",
    "note": """Scribe documentation:
54 yo F. Melanoma in situ of the L upper back on shave biopsy 02/24/2026 (our path). Here for excision. She
also found a new dark bump on her R calf last week.

Fellow exam:
L upper back: 0.9 cm pink-brown biopsy site with residual pigment at the edge.
R calf: 5 mm firm dark brown papule, dimple sign equivocal.

Attending procedure note:
1. Excision MIS L upper back: lesion 0.9 cm, 5 mm margins (excised diameter 1.9 cm). Layered closure,
   3-0 Vicryl deep, 4-0 Prolene running; length 4.5 cm.
2. R calf papule (separate lesion, different site): 4 mm punch biopsy, one 4-0 suture.
Plan: sutures out 2 weeks; path follow-up.
Marc Baptiste, MD
""",
    "expected": E([L("11602"), L("12032", 1, "XS"), L("11104", 1, "XS")], dx={"11602": ["D03.59"]}),
    "coder_note": "MIS is malignant-excision coded (EX-3): 0.9 + 2 x 0.5 = 1.9 cm trunk -> 11602 + layered 12032. Punch "
                  "on a different lesion: 11602/11104 ind. 1 -> XS on 11104, and 11104/12032 ind. 1 (repair is of a "
                  "different wound) -> XS on 12032.",
})

SCENARIOS.append({
    "id": "s65-mix-mohs-eyelid-plus-forearm-bx-xs",
    "family": "mixed", "shape": "note-only",
    "description": "Mohs L lower eyelid BCC (outside path; oculoplastics repairs elsewhere) + tangential bx of separate "
                   "L forearm lesion -> 17311 + 11102-XS",
    "date": "2026-04-28",
    "patient": ("Fairbanks", "Lorraine", "1950-08-15", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 130,
    "conditions": [
        C("c1", "Basal cell carcinoma, left lower eyelid", "C44.1192", "Left lower eyelid", reason=True),
        C("c2", "Scaly papule, left forearm", None, "Left forearm", reason=True),
    ],
    "path": [{"text": "Skin, left forearm, shave biopsy: squamous cell carcinoma in situ.", "site": "Left forearm"}],
    "note_title": "Mohs Team Note",
    "note": """Scribe documentation:
75 yo F referred by Eye Institute oculoplastics for Mohs of a BCC on the L lower eyelid. Outside biopsy
04/02/2026 at the Eye Institute (path EI-26-0991: nodular BCC). Oculoplastics (Dr. Varga) will repair the
defect at the Eye Institute this afternoon. She also asks about a scaly spot on the L forearm.

Fellow exam:
L lower eyelid, lateral third: 0.6 cm pearly papule with madarosis. L dorsal forearm: 7 mm hyperkeratotic
pink papule.

Attending procedure note:
Mohs, L lower eyelid: diagnosis established by the outside pathology (slides reviewed); I acted as surgeon and
pathologist. Stage 1: 3 tissue blocks, margins clear. Defect 1.0 x 0.8 cm, not repaired here - patient sent
to Dr. Varga for repair per the referral plan.
Separate lesion, L dorsal forearm: tangential biopsy for diagnosis (r/o SCC).
Plan: forearm path by phone; follow up with oculoplastics.
Kirsten Halvorsen, MD
""",
    "expected": E([L("17311"), L("11102", 1, "XS")], dx={"17311": ["C44.1192"]}),
    "coder_note": "Mohs on eyelid -> 17311 (1 stage, 3 blocks). Biopsy of a different lesion: 17311/11102 ind. 1 -> XS "
                  "(not 59: the same-lesion frozen-section exception does not apply). Repair by oculoplastics is not ours.",
})

SCENARIOS.append({
    "id": "s65-nail-avulsion-two-toes-digit-mods",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion R great toenail (ingrown with paronychia) + L 2nd toenail (traumatic): 11730-T5, 11732-T1",
    "date": "2026-05-20",
    "patient": ("Oduya", "Patrick", "1955-12-12", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe", "L60.0", "Right great toe", reason=True),
        C("c2", "Nail dystrophy after trauma, left second toe", "L60.3", "Left second toe", reason=True),
    ],
    "procedures": [
        P("Total nail plate avulsion", site="Right great toe",
          note="Digital block. Entire plate removed; matrix left intact (no chemical matrixectomy).", reasons=["c1"]),
        P("Nail plate avulsion, additional", site="Left second toe",
          note="Partially detached, painful plate avulsed after digital block.", reasons=["c2"]),
    ],
    "note_title": "Nail Clinic Team Note",
    "note": """Scribe documentation:
70 yo M, R big toenail digging in x 2 months, red and draining; podiatrist in another city did a partial
avulsion last summer. Also dropped a paint can on his L second toe 3 weeks ago; nail half off, catches on socks.

Fellow exam:
R hallux: lateral nail fold erythema, granulation tissue, purulence (paronychia). Fellow suggested partial
nail avulsion with phenol matrixectomy.
L 2nd toe: nail plate lifted proximally, subungual hematoma resolving.

Attending procedure note:
R great toe: total nail avulsion under digital block; no phenol, no matrix destruction - will reassess.
L second toe: avulsion of the loose nail plate under digital block.
Plan: soaks BID, cephalexin x 7 days for paronychia, recheck 2 weeks.
Rafael Santos, MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T1")], dx={"11730": ["L60.0"]}),
    "coder_note": "Two avulsions: 11730 first + 11732 each additional, digit modifiers T5 (R great toe) and T1 (L 2nd "
                  "toe). Attending did no matrixectomy (not 11750).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: nails, paring, patch tests, phototherapy, post-op
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s65-nail-partial-matrixectomy-precoded-avulsion-same-toe",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial matrixectomy L great toe lateral border pre-coded with 11730 for the same nail -> 11750-TA only",
    "date": "2026-01-29",
    "patient": ("Kingsley", "Darnell", "1993-04-04", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 35,
    "conditions": [C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe", reason=True)],
    "procedures": [
        P("Avulsion of nail plate, single", "11730", "Left great toe",
          "Lateral nail border avulsed.", ["c1"]),
        P("Excision of nail and nail matrix, partial, permanent removal", "11750", "Left great toe",
          "Lateral matrix horn excised / phenolized.", ["c1"]),
    ],
    "note_title": "Nail Clinic Team Note",
    "note": """Scribe documentation:
32 yo M, warehouse worker in steel-toe boots. L big toe ingrown on the outside edge for the 4th time this year.
Urgent care "cut out the corner" twice; a podiatrist did a partial avulsion in 2025 without matrix treatment.
Wants it fixed permanently.

Fellow exam:
L hallux: lateral nail fold hypertrophy, granulation tissue, no purulence today. R hallux normal.

Attending procedure note:
Permanent partial matrixectomy, lateral border, L great toe. Digital block with 2% plain lidocaine, tourniquet.
Lateral 3 mm of the nail plate freed and removed, then the lateral matrix horn excised and treated with 88%
phenol x 3 applications of 30 s. The plate removal is part of this one procedure on this one nail.
Plan: Epsom soaks, dressing changes, recheck 2 weeks.
Rafael Santos, MD
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750/11730 ind. 1 on the same nail (no separate digit) -> 11730 removed. Digit documented (L great "
                  "toe) -> TA on 11750.",
})

SCENARIOS.append({
    "id": "s65-par-three-corns-fourth-left-alone",
    "family": "paring", "shape": "note-only",
    "description": "Fellow lists 4 hyperkeratotic lesions; attending pares 3 corns (heel callus not pared) -> 11056",
    "date": "2026-02-19",
    "patient": ("Halloran", "Maeve", "1966-10-31", "female"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [C("c1", "Corns, both feet, painful", "L84", "Both feet", reason=True)],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
59 yo F, nurse on her feet 12 h a day, painful spots on the feet making walking hard. A nail salon "shaved
them" a couple of times. No diabetes, no PAD.

Fellow exam:
R 5th toe dorsal lateral: hard corn. L 5th toe: hard corn. L 4th web space: soft corn.
R heel: thin diffuse callus. Fellow plan: pare all four.

Attending procedure note:
Paring with a #15 blade of THREE painful corns: R 5th toe, L 5th toe, L 4th interdigital (soft corn).
No pinpoint bleeding to suggest verruca. The R heel callus is thin and asymptomatic - not pared; urea 40%
cream for the heel.
Plan: toe spacers, wider toe box, return 8 weeks.
Jordan Pike, MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Attending pared 3 lesions -> 11056 (2-4 lesions); the fellow's fourth lesion was not pared. Commercial "
                  "payer, symptomatic corns.",
})

SCENARIOS.append({
    "id": "s65-par-six-calluses-precoded-11055",
    "family": "paring", "shape": "pre-coded",
    "description": "Six calluses pared, pre-coded 11055 -> 11057 x1; Medicaid",
    "date": "2026-03-26",
    "patient": ("Gutierrez", "Anselmo", "1972-01-15", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Callosities, plantar feet, painful", "L84", "Plantar feet", reason=True)],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion; single lesion", "11055", "Plantar feet",
          "Six calluses pared (sub-met 1 and 5 both feet, R and L heel).", ["c1"]),
    ],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
54 yo M, roofer, painful calluses on both soles. Had these "ground down" at a foot clinic in another city; ran
out of the urea cream they gave him.

Fellow exam:
Plantar: thick calluses under the 1st and 5th metatarsal heads bilaterally and on both heels (6). No ulcers.
Pedal pulses 2+. Monofilament intact.

Attending procedure note:
Paring of SIX plantar calluses with a #15 blade: R sub-1st MT, R sub-5th MT, L sub-1st MT, L sub-5th MT,
R heel, L heel. Tolerated well.
Plan: urea 40% cream daily, pumice, orthotics referral. Return 10 weeks.
Jordan Pike, MD
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "More than 4 lesions pared -> 11057 x1 (11057/11055 ind. 0; 11055 replaced, not multiplied).",
})

SCENARIOS.append({
    "id": "s65-patch-80-allergens-new-patient-em25",
    "family": "patch-test", "shape": "note-only",
    "description": "New-patient hand dermatitis evaluation with Rx (99203-25) + application of 80 patch tests (95044 x80)",
    "date": "2026-04-06",
    "patient": ("Ashworth-Ray", "Hanna", "1987-03-19", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 45, "em": "99203",
    "conditions": [C("c1", "Contact dermatitis, hands, unspecified cause", "L25.9", "Both hands", reason=True)],
    "note_title": "Contact Dermatitis Clinic Team Note",
    "note": """Scribe documentation:
39 yo F hairdresser, new patient. Hand eczema x 2 years, worse at work. Outside allergist did a 35-allergen
T.R.U.E. test in 2025: negative. Outside dermatologist treated with triamcinolone ointment and a 2-week
prednisone burst; flares on return to work. Wears vinyl gloves "sometimes".

Fellow exam:
Hands: lichenified scaly plaques on the dorsal fingers and web spaces, fissures on the fingertips, no
vesicles on the palms. Wrists and face clear. No nail pitting.

Attending procedure note / plan:
1. Chronic hand dermatitis, suspect allergic contact (hair dyes, acrylates, preservatives) vs irritant.
   Evaluated today as a new problem to our clinic: started clobetasol ointment BID x 2 weeks then weekends,
   nitrile gloves at work, bland emollient; work note given.
2. Patch testing applied today: North American baseline series (70) + hairdressing supplemental series (10)
   = 80 allergens, upper back. Readings at 48 h and 96 h are included with the testing.
Ines Castellanos, MD
""",
    "expected": E([L("99203", 1, "25"), L("95044", 80)], dx={"95044": ["L25.9"]}),
    "coder_note": "95044 per allergen (80). Separate new-patient evaluation with prescription management -> 99203-25 "
                  "(95044/99203 ind. 1). Outside T.R.U.E. test and prednisone not billed.",
})

SCENARIOS.append({
    "id": "s65-patch-104-allergens-mue-cap",
    "family": "patch-test", "shape": "free-text",
    "description": "Second-opinion patient: 104 patch tests applied -> 95044 x104 capped at MUE 90",
    "date": "2026-05-04",
    "patient": ("Benedetti", "Carla", "1961-07-07", "female"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 40,
    "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause, eyelids and face", "L23.9",
                     "Eyelids and face", reason=True)],
    "procedures": [
        P("Patch test application, expanded series", site="Upper back",
          note="104 allergens applied (baseline 80 + cosmetic/fragrance series 24).", reasons=["c1"]),
    ],
    "note_title": "Contact Dermatitis Clinic Team Note",
    "note": """Scribe documentation:
64 yo F, second opinion for recurrent eyelid and facial dermatitis x 3 years. She was patch tested at an outside
university in 2024 (reportedly positive only to nickel) and told to avoid jewelry; she also had allergy prick
testing with her allergist. Neither helped. Currently on tacrolimus ointment from the outside derm.

Fellow exam:
Bilateral upper eyelids: scaly erythema and lichenification. Perioral and jawline erythema. Hands clear.

Attending procedure note:
Expanded patch testing applied to the upper back today: 80-allergen baseline plus a 24-allergen cosmetic and
fragrance series = 104 allergens. Reading visits at 48 h and day 5 included.
Patient to stop tacrolimus on the back area and avoid sun on the back until reading.
Ines Castellanos, MD
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = allergens (104); MUE 90 -> capped at 90 with an mue finding (README coding decisions). "
                  "No E/M selected today.",
})

SCENARIOS.append({
    "id": "s65-photo-nbuvb-vitiligo-session",
    "family": "phototherapy", "shape": "note-only",
    "description": "NB-UVB session for vitiligo (actinotherapy 96900); outside excimer history not billable",
    "date": "2026-01-12",
    "patient": ("Ramasamy", "Priya", "1995-09-25", "female"),
    "provider": "adeyemi", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [C("c1", "Vitiligo, generalized", "L80", "Face, hands, trunk", reason=True)],
    "note_title": "Phototherapy Unit Team Note",
    "note": """Scribe documentation:
30 yo F, generalized vitiligo, session #14 of NB-UVB (3x/week). Before moving here she had 40 excimer laser
sessions on her hands at a private clinic in Chicago and used ruxolitinib cream, partial response. No
burning after the last session.

Fellow exam:
Brief pre-treatment check. Perifollicular repigmentation on the forearms and trunk; face patches 30% repigmented. No erythema.

Attending procedure note:
Narrowband UVB (311 nm) whole-body cabinet, dose increased 10% to 720 mJ/cm2; goggles and genital shielding.
Treatment delivered by the phototherapy nurse under my direct supervision in the unit.
Continue 3x/week; recheck with photos at session 24.
Folake Adeyemi, MD
""",
    "expected": E([L("96900")], dx={"96900": ["L80"]}),
    "coder_note": "NB-UVB is actinotherapy 96900 per session (PHOTO-2 commercial vitiligo indication). Outside excimer "
                  "history is not billed here.",
})

SCENARIOS.append({
    "id": "s65-photo-excimer-precoded-96921-area-180",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows/knees 180 sq cm (fellow's map 260 incl. untreated scalp), pre-coded 96921 -> 96920",
    "date": "2026-02-03",
    "patient": ("Whitfield", "Orson", "1950-03-28", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Psoriasis vulgaris, localized, elbows and knees", "L40.0", "Elbows and knees",
                     reason=True)],
    "procedures": [
        P("Laser treatment for inflammatory skin disease (psoriasis); 250 sq cm to 500 sq cm", "96921",
          "Elbows and knees", "Excimer 308 nm.", ["c1"]),
    ],
    "note_title": "Phototherapy Unit Team Note",
    "note": """Scribe documentation:
75 yo M, localized plaque psoriasis ~2% BSA, failed 6 months of clobetasol/calcipotriene. Session #5 of excimer.

Fellow exam:
Plaques mapped: R elbow 30 cm2, L elbow 30 cm2, R knee 60 cm2, L knee 60 cm2, occipital scalp 80 cm2
(fellow total 260 cm2).

Attending procedure note:
308 nm excimer laser today to the elbows and knees only: total treated area 180 cm2. The scalp plaque is NOT
treated with the laser (hair-bearing, on clobetasol solution instead). Dose per protocol, +15%.
Plan: twice weekly, reassess at session 10.
Wei Chen, MD
""",
    "expected": E([L("96920")], topics=["coding-correction"], dx={"96920": ["L40.0"]}),
    "coder_note": "Excimer coded by total area actually treated: 180 sq cm < 250 -> 96920 (not the fellow's 260 with the "
                  "untreated scalp).",
})

SCENARIOS.append({
    "id": "s65-po-suture-removal-precoded-99212",
    "family": "post-op", "shape": "pre-coded",
    "description": "Suture removal day 9 after malignant excision (010 global); pre-coded 99212 -> 99024",
    "date": "2026-02-26",
    "patient": ("Winterbottom", "Hal", "1945-04-22", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [C("c1", "Encounter for removal of sutures", "Z48.02", reason=True)],
    "prior": [PRIOR("2026-02-17", "11602", "Excision malignant lesion, arm", "Left dorsal forearm",
                    "Excision of SCC L forearm, excised diameter 2.0 cm, layered repair 3.8 cm.")],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
80 yo M, 9 days after excision of SCC on the L forearm. No pain, no drainage. Back on apixaban.
Pathology reviewed with him: margins negative.

Fellow exam:
L dorsal forearm: well-approximated 3.8 cm linear incision, no erythema, no dehiscence.

Attending note:
Sutures removed, steri-strips applied. Routine healing. Skin check in 6 months.
Nothing else addressed today.
Marc Baptiste, MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "Routine post-op visit inside the 10-day global of 11602 (2026-02-17) -> 99024, no billable E/M "
                  "(GS-1/GS-5; conventions).",
})

SCENARIOS.append({
    "id": "s65-po-unrelated-poison-ivy-in-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 6 after back cyst excision: new poison-ivy dermatitis of arms treated with prednisone -> 99213-24",
    "date": "2026-05-26",
    "patient": ("Achebe", "Nnamdi", "1957-11-11", "male"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [C("c1", "Allergic contact dermatitis due to plants (poison ivy), both forearms", "L23.7",
                     "Both forearms", reason=True)],
    "prior": [PRIOR("2026-05-20", "11403", "Excision benign lesion, trunk", "Upper back",
                    "Excision of epidermoid cyst, excised diameter 2.4 cm.")],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
68 yo M, cyst removed from his upper back 6 days ago. Comes in today because he cleared brush at his cabin on
Saturday and now has an itchy blistering rash on both arms. The back incision feels fine; he has not looked.

Fellow exam:
Both volar forearms: linear streaks of vesicles on erythematous bases, weeping; no facial involvement.
Upper back incision glanced at: clean and dry.

Attending note / plan:
Acute allergic contact dermatitis from poison ivy - unrelated to the surgery. Prednisone 40 mg taper over
14 days, clobetasol cream, cool compresses, wash clothing/tools. Return if spreading or fever.
Back incision: no issue; keep the scheduled suture-removal visit 05/30.
Adaeze Okafor, MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "Unrelated problem treated inside the 10-day global of 11403 (05/20) -> E/M with 24 (GS-5).",
})

SCENARIOS.append({
    "id": "s65-po-new-lesion-bx-in-flap-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Tangential biopsy of new R forearm lesion 30 days after a cheek flap (090 global) -> 11102-79",
    "date": "2026-03-10",
    "patient": ("Delgado", "Ramona", "1944-12-20", "female"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Basal cell carcinoma, right forearm", "C44.612", "Right forearm", reason=True)],
    "procedures": [
        P("Shave biopsy", site="Right dorsal forearm",
          note="7 mm pearly papule, tangential biopsy for diagnosis. AlCl3.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-02-08", "14040", "Adjacent tissue transfer, cheek", "Left cheek",
                    "Mohs of L cheek BCC followed by rotation flap 9 sq cm.")],
    "path": [{"text": "Skin, right forearm, shave biopsy: nodular basal cell carcinoma.", "site": "Right forearm"}],
    "note_title": "Dermatologic Surgery Team Note",
    "note": """Scribe documentation:
81 yo F, had Mohs and a flap on the L cheek on 02/08/2026. Today she wants a new bump on her R forearm checked;
it bled on her sleeve twice. Her flap follow-up is booked for next month with Dr. Lindqvist.

Fellow exam:
R dorsal forearm: 7 mm pearly papule with telangiectasia and a small crust.

Attending procedure note:
New lesion unrelated to the cheek surgery. Tangential biopsy, R dorsal forearm, for diagnosis.
Cheek flap not evaluated today (scheduled visit next month).
Erik Lindqvist, MD
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["C44.612"]}),
    "coder_note": "Unrelated procedure during the 90-day global of 14040 (02/08) -> 79 on the biopsy (GS-5).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: repair, shave, skin tags, cosmetic, E/M (second opinions)
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s65-rep-outside-mohs-helical-rim-complex",
    "family": "repair", "shape": "note-only",
    "description": "Repair only: outside Mohs defect on L helical rim closed as complex repair 2.3 cm (fellow wrote "
                   "intermediate) -> 13151",
    "date": "2026-01-16",
    "patient": ("Strand", "Olaf", "1948-05-02", "male"),
    "provider": "lindqvist", "payer": "commercial", "minutes": 70,
    "conditions": [C("c1", "Squamous cell carcinoma, left helix, status post Mohs today at outside center",
                     "C44.229", "Left helical rim", reason=True)],
    "note_title": "Reconstructive Dermatologic Surgery Team Note",
    "note": """Scribe documentation:
77 yo M, had Mohs surgery this morning at Lakeview Skin Cancer Center (Dr. Amari) for SCC of the L ear, cleared
in 2 stages there. Sent to us same day for reconstruction of the defect. Their op note and path are in the
chart. Also tells us he had radiation to the R ear in 2015 at another hospital.

Fellow exam:
L helical rim: 1.3 x 0.9 cm defect involving the rim, cartilage exposed at the base. Fellow's note: plan
intermediate layered closure.

Attending procedure note:
Repair of outside Mohs defect, L helical rim. The defect involves the free margin of the helical rim with
exposed cartilage: a sliver of cartilage trimmed to allow tension-free closure, edges debrided, rim contour
realigned with a 6-0 vertical mattress at the free margin; deep 5-0 Monocryl, 6-0 Prolene. This is a complex
repair, final length 2.3 cm. No flap, no graft.
Mohs itself was performed and billed by the outside center - not ours.
Plan: sutures out 7 days; ice; avoid sleeping on L side.
Erik Lindqvist, MD
""",
    "expected": E([L("13151")], dx={"13151": ["C44.229"]}),
    "coder_note": "REP-3: free margin of the helical rim + cartilage trimming + debridement = complex; ear 2.3 cm -> 13151. "
                  "Attending's description wins over the fellow's 'intermediate'. No Mohs code (done elsewhere).",
})

SCENARIOS.append({
    "id": "s65-rep-glass-lacerations-precoded-per-wound",
    "family": "repair", "shape": "pre-coded",
    "description": "Three lacerations: layered R forearm 2.0 + L leg 3.0 pre-coded 12031 + 12032 -> summed 12032; "
                   "simple R cheek 1.5 cm 12011",
    "date": "2026-02-09",
    "patient": ("Ilunga", "Beatrice", "1979-08-21", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 60,
    "conditions": [
        C("c1", "Laceration without foreign body, right forearm", "S51.811A", "Right forearm", reason=True),
        C("c2", "Laceration without foreign body, left lower leg", "S81.812A", "Left lower leg", reason=True),
        C("c3", "Laceration without foreign body, right cheek", "S01.411A", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Repair, intermediate, trunk/extremities, 2.5 cm or less", "12031", "Right forearm",
          "Layered closure 2.0 cm.", ["c1"]),
        P("Repair, intermediate, trunk/extremities, 2.6-7.5 cm", "12032", "Left lower leg",
          "Layered closure 3.0 cm.", ["c2"]),
        P("Repair, simple, face, 2.5 cm or less", "12011", "Right cheek", "Single layer 1.5 cm.", ["c3"]),
    ],
    "note_title": "Dermatology Same-Day Procedure Team Note",
    "note": """Scribe documentation:
46 yo F, patient of our clinic (eczema), fell through a glass coffee table at home 2 hours ago. Called our
same-day line; her PCP could not see her. Tetanus booster 2023. No LOC.

Fellow exam:
R volar forearm: 2.0 cm laceration into subcutaneous fat. L anterior lower leg: 3.0 cm laceration into fat.
R cheek: 1.5 cm superficial laceration. No glass on exploration, neurovascularly intact.

Attending procedure note:
Irrigated all wounds. R forearm 2.0 cm: layered closure (4-0 Vicryl deep, 4-0 nylon). L lower leg 3.0 cm:
layered closure (same). R cheek 1.5 cm: simple single-layer closure, 6-0 nylon.
Plan: sutures out - face 5 days, limbs 12 days. Wound care handout.
Jordan Pike, MD
""",
    "expected": E([L("12032"), L("12011")], topics=["coding-correction"], dx={"12011": ["S01.411A"]}),
    "coder_note": "REP-1: intermediate repairs in the same group (trunk/extremities) are summed: 2.0 + 3.0 = 5.0 cm -> "
                  "12032 (12032/12031 ind. 0). Face simple repair is a different group/complexity -> 12011.",
})

SCENARIOS.append({
    "id": "s65-sh-three-irritated-nevi-three-groups",
    "family": "shave", "shape": "free-text",
    "description": "Shave removals of 3 irritated nevi: back 0.4 cm 11300, neck 0.8 cm 11306, nose 1.1 cm 11312",
    "date": "2026-03-02",
    "patient": ("Castaneda", "Lucia", "1986-02-02", "female"),
    "provider": "ramirez", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Melanocytic nevus, trunk, irritated", "D22.5", "Right lower back", reason=True),
        C("c2", "Melanocytic nevus, neck, irritated", "D22.4", "Left lateral neck", reason=True),
        C("c3", "Melanocytic nevus, nose, bleeding", "D22.39", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right lower back",
          note="0.4 cm raised nevus, rubs on waistband, bleeds. Removed flush by shave, electrocautery.",
          reasons=["c1"]),
        P("Shave removal", site="Left lateral neck",
          note="0.8 cm pedunculated nevus catching on necklace, inflamed. Shave removal.", reasons=["c2"]),
        P("Shave removal", site="Nasal tip",
          note="1.1 cm dome-shaped intradermal nevus, bleeds when she wipes her nose. Shave removal.",
          reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Right lower back: compound nevus, traumatized.", "site": "Right lower back"},
        {"text": "B. Left neck: intradermal nevus with inflammation.", "site": "Left neck"},
        {"text": "C. Nasal tip: intradermal nevus.", "site": "Nasal tip"},
    ],
    "note_title": "Dermatology Procedure Team Note",
    "note": """Scribe documentation:
40 yo F with three moles that "get in the way": one on the low back where her jeans rub (bled twice), one on
the neck that catches on necklaces, and a bump on the tip of the nose that bleeds when she blows her nose.

Fellow exam:
R lower back 0.4 cm raised brown papule with crust; L neck 0.8 cm soft pedunculated papule, erythematous base;
nasal tip 1.1 cm skin-colored dome papule, fellow noted "1.3 cm?" - attending re-measured 1.1 cm.

Attending procedure note:
Shave removal (therapeutic, entire lesion removed flush with the skin) of all three lesions after lidocaine;
hemostasis with electrocautery. Sizes (lesion diameter): back 0.4 cm, neck 0.8 cm, nose 1.1 cm.
All sent to pathology.
Sofia Ramirez, MD
""",
    "expected": E([L("11300"), L("11306"), L("11312")], dx={"11312": ["D22.39"]}),
    "coder_note": "SH-1: one code per lesion by site group and lesion diameter: trunk 0.4 -> 11300; neck (SNHFG) 0.8 -> "
                  "11306; nose (FEENLM) 1.1 -> 11312. Symptomatic (bleeding/irritation); commercial.",
})

SCENARIOS.append({
    "id": "s65-sh-scalp-size-missing-arm-measured",
    "family": "shave", "shape": "note-only",
    "description": "Two bleeding lesions shaved: L upper arm 0.7 cm (11301); R scalp lesion never measured -> no line",
    "date": "2026-04-16",
    "patient": ("Mbeki", "Thandiwe", "1955-10-06", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left upper arm", "L82.0", "Left upper arm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right parietal scalp", "L82.0", "Right parietal scalp",
          reason=True),
    ],
    "path": [
        {"text": "A. Left upper arm, shave: irritated seborrheic keratosis.", "site": "Left upper arm"},
        {"text": "B. Right scalp, shave: irritated seborrheic keratosis.", "site": "Right scalp"},
    ],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
70 yo F. Two crusty growths that bleed: one on the L upper arm (bra strap area? - no, sleeve cuff), one on the
scalp that her comb catches; she found blood on her pillow twice.

Fellow exam:
L upper arm: crusted, erythematous stuck-on keratotic papule, 0.7 cm.
R parietal scalp: crusted keratotic papule with hemorrhagic crust, inflamed base.

Attending procedure note:
Shave removal of both symptomatic lesions (bleeding, inflamed), flush with surrounding skin, AlCl3 and light
electrocautery. Left upper arm lesion 0.7 cm. Scalp lesion removed in one piece.
Both to pathology.
Ren Nakamura, MD
""",
    "expected": E([L("11301")], topics=["missing-documentation"], dx={"11301": ["L82.0"]}),
    "coder_note": "SH-1 needs lesion diameter: arm 0.7 cm -> 11301; the scalp lesion has no size anywhere -> no "
                  "11305-11308 line, missing-documentation (README coding decisions). Bleeding/inflamed -> covered.",
})

SCENARIOS.append({
    "id": "s65-tag-22-irritated-neck-axillae",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 irritated skin tags neck/axillae removed by snip -> 11200 + 11201 x1; commercial",
    "date": "2026-01-20",
    "patient": ("Pettigrew", "Oren", "1969-06-09", "male"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [C("c1", "Acrochordons, neck and axillae, irritated and bleeding", "L91.8", "Neck and axillae",
                     reason=True)],
    "note_title": "Dermatology Procedure Team Note",
    "note": """Scribe documentation:
56 yo M, truck driver. Skin tags on the neck catch on his collar and seatbelt, several bleed, and the ones in
the armpits get red and sore with sweating. His PCP froze some last year; they came back.

Fellow exam:
Neck: 14 pedunculated skin tags, several with hemorrhagic crust. Axillae: R 5, L 3, two erythematous.

Attending procedure note:
Removal of skin tags by scissor snip with light electrocautery: 22 in total (neck 14, R axilla 5, L axilla 3).
All symptomatic per HPI/exam (bleeding, irritation, inflammation). Not sent to pathology.
Plan: aquaphor; return as needed.
Rafael Santos, MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers the first 15 tags; 11201 per additional 10 -> ceil((22-15)/10) = 1. Symptomatic tags, "
                  "commercial payer.",
})

SCENARIOS.append({
    "id": "s65-tag-medicare-cosmetic-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "8 asymptomatic skin tags removed at pt request, Medicare FFS, voluntary ABN -> 11200-GY-GX",
    "date": "2026-03-19",
    "patient": ("Hargreaves", "Doreen", "1952-04-14", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck", reason=True)],
    "procedures": [
        P("Skin tag removal (cosmetic, ABN signed)", site="Neck",
          note="8 asymptomatic tags, snip excision at patient request.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
73 yo F, wants the skin tags on her neck taken off before her granddaughter's wedding - "I don't like how
they look." They don't itch, bleed, or get caught on anything.

Fellow exam:
Neck: 8 small soft pedunculated skin tags, no erythema, no crust, no irritation.

Attending procedure note:
Cosmetic removal at patient request: 8 skin tags snipped, aluminum chloride.
Patient informed Medicare does not cover cosmetic removal; she signed a voluntary ABN (notice of
non-coverage) and agreed to pay. No symptoms or medical indication documented.
Henrietta Voss, MD
""",
    "expected": E([L("11200", 1, "GY", "GX")], dx={"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4: asymptomatic tags = cosmetic, statutorily excluded under Medicare FFS -> GY, plus GX for "
                  "the voluntary ABN.",
})

SCENARIOS.append({
    "id": "s65-cos-commercial-sk-cryo-dropped-bx-kept",
    "family": "cosmetic", "shape": "free-text",
    "description": "Commercial: biopsy of changing nevus kept; cosmetic LN2 to 5 asymptomatic SKs removed from claim",
    "date": "2026-04-23",
    "patient": ("Lowenthal", "Miriam", "1964-09-03", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Changing pigmented lesion, left upper arm", None, "Left upper arm", reason=True),
        C("c2", "Seborrheic keratoses, face and chest, asymptomatic", "L82.1", "Face and chest"),
    ],
    "procedures": [
        P("Shave biopsy", site="Left upper arm",
          note="6 mm pigmented papule that has changed color; tangential biopsy for diagnosis.", reasons=["c1"]),
        P("Cryotherapy SKs (cosmetic, self-pay)", site="Temples, chest",
          note="5 asymptomatic SKs frozen at patient request for appearance.", reasons=["c2"]),
    ],
    "path": [{"text": "Skin, left upper arm, shave biopsy: compound nevus, no atypia.", "site": "Left upper arm"}],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
61 yo F. Mole on the L arm looks darker to her husband. She also wants "the brown crusty spots" on her temples
and chest frozen because she does not like how they look; none itch or bleed.

Fellow exam:
L upper arm: 6 mm brown papule with a darker eccentric area.
Temples x3, chest x2: waxy stuck-on SKs, no inflammation, no bleeding.

Attending procedure note:
1. L upper arm: tangential biopsy for diagnosis (changing lesion).
2. SKs x5: liquid nitrogen for cosmetic reasons at patient request - self-pay, quoted our cosmetic fee.
Miriam understands insurance will not be billed for the SK treatment.
Henrietta Voss, MD
""",
    "expected": E([L("11102")], topics=["cosmetic"], dx={"11102": ["D22.62"]}),
    "coder_note": "Cosmetic SK destruction for a commercial payer is not put on the claim (conventions) -> cosmetic "
                  "finding; the diagnostic biopsy stays. Path: compound nevus of the left upper arm.",
})

SCENARIOS.append({
    "id": "s65-cos-medicare-face-sk-cryo-gy-no-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: LN2 to 4 asymptomatic facial SKs for appearance, no ABN -> 17110-GY",
    "date": "2026-05-28",
    "patient": ("Fitzwilliam", "Arthur", "1940-02-18", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Seborrheic keratoses, face", "L82.1", "Face", reason=True)],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
86 yo M, "these brown spots on my face make me look old." Four on the cheeks and forehead. They do not itch,
hurt, bleed, or catch on anything. Outside dermatologist in Florida froze "a bunch" of them in 2024.

Fellow exam:
Forehead x2, R cheek, L cheek: 0.5-0.8 cm waxy stuck-on tan papules, no erythema, no crust, no change per pt.
Dermoscopy: classic SK features, no concern.

Attending procedure note:
Liquid nitrogen cryotherapy to 4 seborrheic keratoses for cosmetic reasons. Asymptomatic, no diagnostic
uncertainty. Told him Medicare will not pay for cosmetic treatment. No ABN form was signed.
Henrietta Voss, MD
""",
    "expected": E([L("17110", 1, "GY")], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK destruction is cosmetic, statutorily excluded -> GY on 17110 (Medicare "
                  "FFS); no voluntary ABN, so no GX.",
})

SCENARIOS.append({
    "id": "s65-em-second-opinion-hs-99205-prolonged-precoded",
    "family": "em", "shape": "pre-coded",
    "description": "Second-opinion HS new patient, 95 min total time; pre-coded 99205 + 99417 for Medicare -> 99205 + G2212",
    "date": "2026-02-02",
    "patient": ("Carrington", "Lavonne", "1961-01-26", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 95, "em": "99205",
    "conditions": [C("c1", "Hidradenitis suppurativa, Hurley stage III", "L73.2", "Axillae, groin, buttocks",
                     reason=True)],
    "procedures": [
        P("Prolonged outpatient E/M, each 15 minutes", "99417", None,
          "Prolonged service beyond 99205.", ["c1"]),
    ],
    "note_title": "Medical Dermatology Second-Opinion Team Note",
    "note": """Scribe documentation:
65 yo F on Medicare (disability) for second opinion on hidradenitis suppurativa x 20 years. Outside care in
detail: clindamycin/rifampin x 3 courses; adalimumab 40 mg weekly 2022-2024 at Riverbend Dermatology (lost
response); secukinumab started 2025 there; two deroofing procedures and a laser hair removal series at an
outside surgery center; multiple ER I&Ds. Brought 140 pages of outside records, reviewed by the team.

Fellow exam:
Bilateral axillae and inguinal folds: interconnected sinus tracts, rope-like scarring, 6 draining tunnels,
4 inflammatory nodules. Buttocks: 2 nodules. Hurley III. BMI 41.

Attending note / plan:
Reviewed all outside records and prior pathology, discussed with her outside dermatologist by phone,
ordered labs (CBC, CMP, CRP, hemoglobin A1c, quantiferon) and assessed surgical options.
Plan: switch secukinumab to bimekizumab after TB screen; start metformin with PCP; refer for wide excision
of the R axilla at the university plastic surgery service.
Total time on the date of the encounter (my time, excluding separately billed services): 95 minutes,
including record review 35 min, face-to-face 45 min, call with the outside dermatologist and orders 15 min.
Samuel Weiss, MD
""",
    "expected": E([L("99205"), L("G2212")]),
    "coder_note": "EM-5: 99417 is not valid for Medicare (status I); Medicare uses G2212 from 89 min for 99205: 95 min "
                  "-> 1 unit. Outside biologics/deroofing/laser history not billable.",
})

SCENARIOS.append({
    "id": "s65-em-medicare-screening-fse-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient, screening-only full-skin exam, no history/complaint/findings -> 99203-GY",
    "date": "2026-05-07",
    "patient": ("Vandermeer", "Howard", "1954-07-04", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note_title": "Dermatology Team Note",
    "note": """Scribe documentation:
71 yo M, new patient, "my wife made me come for a skin check." No spots he is worried about, no itching, no
bleeding, no new or changing moles. No personal history of skin cancer, no family history of melanoma.
No prior dermatology visits. Retired accountant, mostly indoors.

Fellow exam:
Full skin exam, scalp to soles including nails and mucosa: scattered benign-appearing nevi on the trunk,
a few solar lentigines on the hands, 2 small SKs on the back. Nothing suspicious. No AKs.

Attending note / plan:
Screening total-body skin examination, negative. No lesions of concern, no biopsies, no treatment.
Counseled on sun protection and self-exam. Return as needed.
Samuel Weiss, MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5/README: Medicare has no skin-cancer screening benefit; screening-only exam with no history, no "
                  "complaint and nothing found -> E/M with GY.",
})
