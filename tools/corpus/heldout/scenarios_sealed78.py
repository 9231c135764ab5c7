"""Sealed set 78 (s78-): skin-of-color focused dermatology practice.

Practice (note headers): Crescent Park Dermatology - Skin of Color & Hair Center, with a keloid clinic, a hair-loss
clinic and a small Mohs/dermatologic-surgery service. Voices: Folake Adeyemi MD (hair/scalp disorders, long
trichoscopy-heavy academic notes), Chidi Okonkwo MD (keloid clinic and surgery, terse abbreviation-heavy notes),
Marc Baptiste MD (general dermatology, SOAP, Haitian Creole interpreter), Ines Castellanos MD (EMA-template notes,
some HTML, Spanish interpreter), Rafael Santos MD (Mohs surgeon, formal operative reports), Adaeze Okafor MD
(general/surgical dermatology, narrative). Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "CRESCENT PARK DERMATOLOGY - Skin of Color & Hair Center"

# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s78-il-keloid-presternal-k40-three",
    "family": "intralesional", "shape": "note-only",
    "description": "Keloid clinic: three symptomatic presternal keloids, Kenalog-40 undiluted 1.2 mL total; "
                   "shoulder keloid declined today",
    "date": "2025-02-11",
    "patient": ("Mensah", "Abena", "1991-04-17", "female"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Keloid of chest wall", "L91.0", "Presternal chest", reason=True),
    ],
    "note_title": "Keloid Clinic Procedure Note",
    "note": HDR + """
KELOID CLINIC - PROCEDURE NOTE                       DOS 02/11/2025
Pt: Abena Mensah   33F   Fitzpatrick VI   Prov: C. Okonkwo MD

S: Here for ILK #3 to chest keloids (post-acne). Itch 7/10, tender when bra band rubs. Last ILK 12/17/24,
   ~40% flatter per pt. No steroid atrophy/hypopig noticed. LMP 01/30, not pregnant, not breastfeeding.
O: Presternal chest, three firm, shiny, dark brown-to-violaceous keloids w/ claw-like extension:
   #1 2.1 x 1.0 cm   #2 1.5 x 0.8 cm   #3 0.9 x 0.6 cm.
   Perilesional skin: no hypopigmentation, no telangiectasia.
   L shoulder: 1.2 cm keloid - pt does NOT want it treated today ("it doesn't bother me").
A: Keloids x3, presternal, symptomatic (pruritus, pain), improving w/ ILK.
P: ILK today. Consent (verbal + written) - risks: atrophy, hypopigmentation (more visible on her skin tone),
   telangiectasia, recurrence, pain.
   Prep: alcohol. Needle-free lidocaine jet not used.
   Triamcinolone acetonide 40 mg/mL (Kenalog-40), UNDILUTED, 27g needle on luer-lock syringe, into the
   body of each keloid until blanching:
     #1 0.5 mL   #2 0.4 mL   #3 0.3 mL      total 1.2 mL = 48 mg
   Hemostasis pressure. Tolerated well.
   - Silicone gel sheets nightly.
   - If plateau after next session, may add cryo or 5-FU - discussed only, not done.
   RTC 6 wk for ILK #4.

C. Okonkwo MD
""",
    "expected": E([L("11900"), L("J3301", 5)], dx={"11900": ["L91.0"]}),
    "coder_note": "3 keloids injected (shoulder keloid not treated) -> 11900. 1.2 mL x 40 mg/mL = 48 mg -> J3301 "
                  "ceil(48/10) = 5.",
})

SCENARIOS.append({
    "id": "s78-akn-eleven-papules-precoded-11900-em",
    "family": "intralesional", "shape": "pre-coded",
    "description": "AKN nape, 11 papules injected but pre-coded 11900; E/M sent without 25 though a separate "
                   "hand eruption was worked up and treated",
    "date": "2025-03-04",
    "patient": ("Boateng", "Kwabena", "1986-09-02", "male"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Acne keloidalis nuchae", "L73.0", "Occipital scalp and nape", reason=True),
        C("c2", "Dyshidrotic eczema of hands", "L30.1", "Bilateral palms and lateral fingers", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Occipital scalp / nape",
          note="ILK to AKN papules, see note for count and dose", reasons=["c1"]),
    ],
    "note_title": "Office Visit + Procedure",
    "note": HDR + """
OFFICE VISIT                                           03/04/2025
Kwabena Boateng, 38M, est. pt.     Provider: Chidi Okonkwo, MD

CC: (1) bumps back of head - f/u AKN   (2) NEW: itchy blisters on hands x 2 wk

HPI 1: AKN since barbering lineups in his 20s. On clindamycin lotion + clobetasol soln. Papules itch, some
       bleed when cut with the clipper. Wants injections again.
HPI 2: Two weeks of intensely itchy tiny "water bumps" on palms and sides of fingers, worse after washing
       dishes at his restaurant job. No new gloves/soaps he can identify. No hx atopy. Never had this before.

Exam:
 - Occipital scalp / nape: 11 firm, skin-colored to dark brown, dome-shaped follicular papules along and
   just below the occipital hairline; no pustules today; no tufted hairs; no plaque formation.
 - Hands: deep-seated vesicles on lateral fingers and central palms bilat., scattered dusky-brown
   desquamation; no nail pitting; no interdigital scale (KOH not indicated - no web space involvement).

A/P:
1. Acne keloidalis nuchae - intralesional triamcinolone today (procedure below). Continue clinda lotion.
   Counseled: no razor lineups, clipper guard #1 or longer.
2. Dyshidrotic eczema, bilateral hands - new problem. Rx clobetasol 0.05% ointment BID x 2 wk then weekends,
   cotton-under-nitrile gloves for wet work, bland emollient. If refractory -> patch testing. RTC 4 wk.

PROCEDURE - intralesional injection, AKN:
Verbal consent. Alcohol prep. Triamcinolone acetonide 10 mg/mL (Kenalog-10) 0.2 mL into EACH of the
11 papules (counted and marked before injecting). Total 2.2 mL = 22 mg. 30g needle. No complications.

-- C. Okonkwo MD
""",
    "expected": E([L("99213", 1, "25"), L("11901"), L("J3301", 3)], ["coding-correction"],
                  dx={"11901": ["L73.0"], "99213": ["L30.1"]}),
    "coder_note": "11 lesions injected -> 11901 (more than 7), not 11900. 2.2 mL x 10 mg/mL = 22 mg -> J3301 x3. "
                  "New hand eczema worked up and treated with Rx is separately identifiable -> 99213-25.",
})

SCENARIOS.append({
    "id": "s78-il-ccca-vertex-one-patch-many-sticks",
    "family": "intralesional", "shape": "free-text",
    "description": "CCCA vertex: one confluent patch injected at 26 points with triamcinolone 10 mg/mL (2.6 mL); "
                   "injection points are not lesions",
    "date": "2025-03-18",
    "patient": ("Whitfield", "Loretta", "1957-11-23", "female"),
    "provider": "adeyemi", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Central centrifugal cicatricial alopecia", "L66.81", "Vertex and crown scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional corticosteroid injection - scalp, CCCA", site="Vertex/crown scalp",
          note="Single confluent patch of scarring alopecia 9 x 7 cm centered on the vertex with an active "
               "perifollicular border. Triamcinolone acetonide 10 mg/mL, 0.1 mL per injection point at ~1 cm "
               "intervals along the active border and within the patch: 26 points, 2.6 mL total (26 mg).",
          reasons=["c1"]),
    ],
    "note_title": "Hair Clinic - Procedure Note",
    "note": HDR + """
HAIR & SCALP CLINIC - PROCEDURE VISIT
Date of service: 03/18/2025
Patient: Loretta Whitfield, 67-year-old woman, Fitzpatrick V
Attending: Folake Adeyemi, MD

Interval history: Returns for her fourth intralesional triamcinolone session for biopsy-proven central
centrifugal cicatricial alopecia (scalp biopsy 07/2024: perifollicular lamellar fibrosis, premature
desquamation of the inner root sheath, follicular dropout). Burning and tenderness at the vertex have
decreased from 6/10 to 3/10. She continues the regimen from her January visit without change and has
transitioned to low-tension protective styles; no relaxer since last summer. She is here for the
injections only today; medical therapy was reviewed in January and is unchanged.

Examination: The crown and vertex show a single confluent, smooth, shiny patch of hair loss measuring
approximately 9 x 7 cm, with loss of follicular ostia centrally. Trichoscopy of the advancing edge shows
peripilar gray-white halos, perifollicular scale and a preserved honeycomb pigment network, consistent
with ongoing low-grade activity at the margin. No pustules, no boggy areas. The frontal and temporal
hairlines are intact - there is no evidence of traction or frontal fibrosing alopecia.

Assessment: CCCA, vertex, partially controlled, with active margin.

Procedure: Intralesional corticosteroid. After informed consent (atrophy, hypopigmentation, which can be
conspicuous on her scalp, infection, headache), the area was cleansed with alcohol. Triamcinolone acetonide
10 mg/mL was injected 0.1 mL per point at roughly 1 cm intervals along the active border and into the patch:
26 injection points, 2.6 mL total (26 mg), 30-gauge needle. Pressure hemostasis. She tolerated it well.

Plan: Repeat in 6-8 weeks; photographs taken for the hair-clinic record.

Folake Adeyemi, MD
""",
    "expected": E([L("11900"), L("J3301", 3)], dx={"11900": ["L66.81"]}),
    "coder_note": "One confluent CCCA patch = one lesion regardless of the 26 injection points -> 11900. "
                  "2.6 mL x 10 mg/mL = 26 mg -> J3301 x3. No E/M selected.",
})

SCENARIOS.append({
    "id": "s78-il-traction-four-patches-melasma-em",
    "family": "intralesional", "shape": "note-only",
    "description": "New pt (interpreter): ILK to 4 traction-alopecia patches with diluted Kenalog-10 (5 mg/mL, "
                   "1.6 mL) + separately managed melasma with Rx; provider chose 99204",
    "date": "2025-04-02",
    "patient": ("Pierre-Louis", "Nadege", "1979-02-14", "female"),
    "provider": "baptiste", "payer": "medicaid", "minutes": 50,
    "em": "99204",
    "conditions": [
        C("c1", "Traction alopecia, frontotemporal", "L65.8", "Frontal and temporal hairline", reason=True),
        C("c2", "Melasma", "L81.1", "Bilateral malar cheeks and upper lip", reason=True),
    ],
    "note_title": "New Patient Consultation",
    "note": HDR + """
NEW PATIENT VISIT - 04/02/2025
Patient: Nadege Pierre-Louis, 46 y/o F          Provider: Marc Baptiste, MD
Haitian Creole interpreter (in person, ID #4471) used for the entire visit.

S:
 1. Thinning at the front and sides of the hairline x 3 yr. Wears tight braids with added hair, reinstalled
    every 6-8 wk, since her teens. Some tenderness and little bumps after new braids. No scarring alopecia
    elsewhere, no body hair loss.
 2. Dark patches on both cheeks and upper lip x 5 yr, worse each summer and after her last pregnancy.
    Tried OTC "fade creams" from a beauty supply store - unknown ingredients. No mercury products that
    she knows of.
 PMH: HTN (amlodipine). No OCPs. G3P3.

O:
 Scalp: decreased density along frontal hairline and both temples with a retained fringe sign. Four
  discrete patches of sparse, miniaturized hair: R temple 3 x 2 cm, L temple 3 x 2.5 cm, mid-frontal
  2 x 1 cm, L frontal 1.5 x 1 cm. Follicular ostia preserved on trichoscopy; perifollicular erythema
  appears as subtle violaceous-brown rims on her skin. Vertex normal.
 Face: symmetric, reticulated medium-to-dark brown patches, malar cheeks and upper lip, Wood's lamp with
  mixed epidermal/dermal pattern. No ochronosis-type blue-gray papules.

A/P:
 1. Traction alopecia, frontotemporal, early/non-scarring - ILK today (below). Counseled to loosen styles,
    no added extension weight, alternate with loose styles; rosemary oil not evidence-based.
 2. Melasma - Rx compounded triple-combination cream (hydroquinone 4% / tretinoin 0.05% / fluocinolone
    0.01%) nightly x 8 wk, then taper to twice weekly; tinted mineral SPF 50 with iron oxides daily.
    Discussed risk of exogenous ochronosis with prolonged/unsupervised hydroquinone. Chemical peels may be
    considered later - not today.

PROCEDURE: intralesional triamcinolone, frontotemporal scalp.
 Consent via interpreter. Alcohol prep. Kenalog-10 diluted 1:1 with sterile saline = 5 mg/mL.
 Injected into the 4 patches above, ~0.1 mL per stick: total volume 1.6 mL = 8 mg.
 No bleeding, tolerated well.

RTC 6 wk (ILK #2 + melasma check).
Total time today 50 min (interpreter visit). Level: 99204.
Marc Baptiste, MD
""",
    "expected": E([L("99204", 1, "25"), L("11900"), L("J3301", 1)],
                  dx={"11900": ["L65.8"], "99204": ["L81.1"]}),
    "coder_note": "4 patches -> 11900. 1.6 mL of 5 mg/mL = 8 mg -> J3301 x1. Melasma managed with Rx is separate "
                  "from the injection decision -> provider-selected 99204 kept with 25.",
})

SCENARIOS.append({
    "id": "s78-il-seven-keloids-j3301-over-mue",
    "family": "intralesional", "shape": "note-only",
    "description": "Seven truncal keloids (eighth on earlobe declined), Kenalog-40 4.5 mL = 180 mg; J3301 capped at "
                   "MUE 16",
    "date": "2025-04-15",
    "patient": ("Coleman", "Deshawn", "1958-06-30", "male"),
    "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 30,
    "conditions": [
        C("c1", "Keloids, chest, shoulders and upper back", "L91.0", "Chest, shoulders, upper back", reason=True),
    ],
    "note_title": "Keloid Clinic Procedure Note",
    "note": HDR + """
KELOID CLINIC                                            04/15/2025
Deshawn Coleman  66M   Medicare   Prov: Okonkwo

Hx: spontaneous + acne keloids since age 20. Painful, itch wakes him at night, shirts rub. Prior ILK 2023
w/ good response, lost to f/u. A1c 6.1 (PCP 3/2025). Understands higher total dose today, spacing 8+ wk.

Exam - keloids (firm, dark brown/violaceous, raised 3-6 mm):
 1 mid-chest 3.0 x 1.5     2 L chest 2.2 x 1.2     3 R chest 2.0 x 1.0
 4 R shoulder 2.5 x 2.0    5 L shoulder 2.4 x 1.8
 6 upper back R 2.0 x 1.4  7 upper back L 1.6 x 1.0
 L earlobe keloid 1.0 cm - he wants to leave it alone for now; not injected.

Proc: ILK. Consent signed. Alcohol. Kenalog-40 (40 mg/mL) undiluted, 27g.
 1 0.8 mL | 2 0.7 mL | 3 0.6 mL | 4 0.6 mL | 5 0.7 mL | 6 0.6 mL | 7 0.5 mL
 TOTAL 4.5 mL = 180 mg triamcinolone acetonide. 7 lesions.
 No complications. Bandaids.

Plan: silicone sheeting; RTC 8-10 wk. Consider surgical debulk of #4 later - not decided.
C. Okonkwo MD
""",
    "expected": E([L("11900"), L("J3301", 16)], ["mue"], dx={"11900": ["L91.0"]}),
    "coder_note": "7 lesions injected = 'up to and including 7' -> 11900 (earlobe not injected). 180 mg -> 18 units, "
                  "J3301 MUE 16 (MAI 3) -> capped at 16 with an mue finding (README coding decisions).",
})

SCENARIOS.append({
    "id": "s78-il-dle-volume-not-documented",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to three DLE plaques with concentration but no volume; separate postpartum telogen effluvium "
                   "workup with 99214",
    "date": "2025-05-06",
    "patient": ("Toussaint", "Marie-Claude", "1984-08-09", "female"),
    "provider": "baptiste", "payer": "commercial-cigna", "minutes": 35,
    "em": "99214",
    "conditions": [
        C("c1", "Discoid lupus erythematosus", "L93.0", "Right concha, left preauricular cheek, vertex scalp",
          reason=True),
        C("c2", "Telogen effluvium", "L65.0", "Diffuse scalp", reason=True),
    ],
    "procedures": [
        P("ILK to active DLE plaques x3", site="Right conchal bowl; left preauricular cheek; vertex scalp",
          note="Triamcinolone acetonide 10 mg/mL injected into three active DLE plaques with 30g needle until "
               "blanching. Tolerated well.", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": HDR + """
PROGRESS NOTE   05/06/2025
Marie-Claude Toussaint  40F  est.   Marc Baptiste, MD

S: DLE f/u (dx by bx 2023). On hydroxychloroquine 300 mg daily (last eye exam 11/2024, normal). Three
   plaques active again after a beach trip. NEW: 4 months postpartum, shedding "handfuls" of hair in the
   shower x 6 wk. Not breastfeeding. No scalp pain outside the DLE spot.
O: R concha: 1.2 cm indurated plaque, central hypopigmentation with hyperpigmented rim, follicular plugs.
   L preauricular cheek: 1.5 cm similar plaque. Vertex: 2 cm scarring patch with active dusky border.
   Diffuse thinning, positive hair pull test at vertex and both parietal areas (6-8 telogen hairs/pull),
   no miniaturization pattern, no other cicatricial areas.
A/P:
 1. DLE, 3 active plaques - ILK today (see procedure). Continue HCQ, strict photoprotection, clobetasol
    foam to scalp plaque. Annual eye exam due 11/2025.
 2. Telogen effluvium, postpartum - new. CBC, ferritin, TSH, 25-OH vit D ordered. Counseled on natural
    history (6-9 mo). Avoid tight styles during shedding. Recheck 3 mo.
Level 99214 (2 problems, labs ordered, Rx mgmt).
MB
""",
    "expected": E([L("99214", 1, "25"), L("11900")], ["missing-documentation"], dx={"11900": ["L93.0"]}),
    "coder_note": "Concentration without injected volume: the triamcinolone dose cannot be computed -> no J3301 line + "
                  "missing-documentation. Postpartum TE workup is separately identifiable -> 99214-25.",
})

SCENARIOS.append({
    "id": "s78-exb-earlobe-keloid-layered-closure",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision of recalcitrant R earlobe keloid 1.8 cm with 1 mm rim, layered closure 2.6 cm; future "
                   "ILK planned only",
    "date": "2025-05-13",
    "patient": ("Nwosu", "Chiamaka", "1998-12-05", "female"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 60,
    "conditions": [
        C("c1", "Keloid, right earlobe", "L91.0", "Right posterior earlobe", reason=True),
    ],
    "path": [{"text": "Right earlobe, excision: Keloid (thick hyalinized collagen bundles). No malignancy.",
              "site": "Right earlobe", "date": "2025-05-16"}],
    "note_title": "Operative Note - Keloid Excision",
    "note": HDR + """
OPERATIVE NOTE
DOS: 05/13/2025       Surgeon: Chidi Okonkwo, MD
Pt: Chiamaka Nwosu, 26F

Preop dx: Keloid R posterior earlobe (post-piercing, 2019), failed ILK x4 + pressure earring; painful,
          pruritic, bleeds when earring back catches.
Postop dx: same
Procedure: Excision of keloid, R earlobe, with layered closure.

Lesion: 1.8 x 1.4 cm firm dark-brown dumbbell keloid, posterior R lobule. Measured pre-op with ruler.
Anesthesia: 1% lido w/ epi 1:100k, 3 mL.
Excision: Fusiform excision with a 1 mm rim of normal skin around the keloid (0.1 cm margin) - intramarginal
          core approach NOT used given failed conservative tx. Removed to subcutis; lobule contour kept.
Repair: Layered closure - 5-0 Monocryl buried deep dermal, 6-0 Prolene running superficial.
        Final repaired length 2.6 cm.
Hemostasis: pressure/cautery. EBL < 5 mL. Specimen to path.

Plan:
 - Suture removal 7 d.
 - ILK to the scar at 2 wk and 4 wk post-op, then pressure earring nightly x 6 mo (PLANNED - not done today).
 - Keloid recurrence risk explained again (up to 50% w/o adjuvant).

C. Okonkwo MD
""",
    "expected": E([L("11442"), L("12052")], dx={"11442": ["L91.0"]}),
    "coder_note": "Ear = FEENLM. Excised diameter 1.8 + 2 x 0.1 = 2.0 cm -> 11442. Intermediate (layered) repair 2.6 cm "
                  "ear -> 12052. Planned post-op ILK not coded today.",
})

SCENARIOS.append({
    "id": "s78-exb-akn-tumoral-plaque-nape",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of tumoral AKN plaque of the nape 3.2 cm with 2 mm margins (3.6 cm), intermediate neck "
                   "closure 5.8 cm; Medicaid MCO",
    "date": "2025-06-03",
    "patient": ("Jallow", "Ousman", "1990-03-28", "male"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 75,
    "conditions": [
        C("c1", "Acne keloidalis nuchae, tumoral plaque", "L73.0", "Posterior neck (nape)", reason=True),
    ],
    "procedures": [
        P("Excision of tumoral acne keloidalis plaque, horizontal ellipse", site="Posterior neck (nape), below the "
          "occipital hairline",
          note="Plaque 3.2 x 1.4 cm, measured before incision. Horizontal elliptical excision with 2 mm margin "
               "carried to deep subcutaneous fat, including all hair follicles of the plaque.",
          reasons=["c1"]),
        P("Layered closure", site="Posterior neck (nape)",
          note="Intermediate closure: 4-0 PDS buried, 4-0 nylon running. Repaired length 5.8 cm.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, posterior neck, excision: Acne keloidalis with dense dermal fibrosis, chronic "
                      "folliculitis and naked hair shafts with foreign-body granulomas. No malignancy.",
              "site": "Posterior neck", "date": "2025-06-06"}],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE 06/03/2025 - O. Jallow 35M - Dr Okonkwo
Hx: AKN since age 22 (military short cuts, then barber lineups). Tumoral plaque at nape x 4 yr.
    Failed ILK x6, doxy x2 courses, clobetasol. Drains, bleeds with collar, painful, foul odor at times.
    Pt wants excision. Discussed 2nd intention vs primary closure; chose primary closure.
Exam: firm, lobulated, hyperpigmented fibrotic plaque, nape just below occipital hairline, with tufted
    hairs and 2 draining sinuses; scattered small AKN papules above the hairline (not treated today).
Consent, timeout, prone. Clipped. Lido 1% w/ epi 10 mL + bupi 0.25% 5 mL.
See procedure entries for size / margin / closure.
Hemostasis cautery. Pressure dressing. Doxy 100 BID x 2 wk post-op (reinstated).
RTC 10-14 d suture removal. Will need ILK to any regrowth at edges / remaining papules - future.
Counseled again: clipper guard, no razor lineups at the nape.
""",
    "expected": E([L("11424"), L("12042")], dx={"11424": ["L73.0"]}),
    "coder_note": "Neck = SNHFG: 3.2 + 2 x 0.2 = 3.6 cm -> 11424. Intermediate repair of the neck 5.8 cm -> 12042 "
                  "(12041-12047 group).",
})

SCENARIOS.append({
    "id": "s78-exb-pilar-cyst-no-lesion-size-precoded",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pre-coded 11422 + 12032 for a scalp pilar cyst; note gives margin and closure length but never "
                   "the lesion size (path gross size is not the clinical size)",
    "date": "2025-06-17",
    "patient": ("Quinones", "Maribel", "1972-07-19", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Pilar cyst of scalp", "L72.11", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion scalp/neck/hands/feet/genitalia", cpt="11422", site="Left parietal scalp",
          reasons=["c1"]),
        P("Repair intermediate scalp/trunk/extremities", cpt="12032", site="Left parietal scalp",
          note="Layered closure 3.2 cm", reasons=["c1"]),
    ],
    "path": [{"text": "Scalp, left parietal, excision: Pilar (trichilemmal) cyst, 1.3 cm in greatest dimension, "
                      "intact. Benign.", "site": "Left parietal scalp", "date": "2025-06-20"}],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE                                   Fecha / Date: 06/17/2025
Paciente / Patient: Maribel Quinones, 52 F        Provider: Ines Castellanos, MD
Interpreter: Spanish, in person (staff interpreter R. Lugo)

INDICATION: Tender subcutaneous nodule left parietal scalp, inflamed twice in the last year (treated with
cephalexin by urgent care 01/2025), hurts with combing and when she wears her hair in a bun.

PROCEDURE: Excision of cyst, left parietal scalp.
Consent obtained through interpreter. Hair parted and taped, chlorhexidine prep.
Anesthesia: 1% lidocaine with epinephrine, 5 mL.
A fusiform incision was made over the cyst including a 2 mm margin of overlying punctum-bearing skin.
The cyst was dissected intact from the surrounding tissue and removed.
Closure: layered - 4-0 Vicryl deep, 4-0 nylon simple interrupted. Repaired length 3.2 cm.
Minimal bleeding. Pressure dressing. Specimen to pathology.

POST-OP: Wound care handout in Spanish. Suture removal 10-12 days.
Ines Castellanos, MD
""",
    "expected": E([L("12032")], ["missing-documentation"], dx={"12032": ["L72.11"]}),
    "coder_note": "No clinical lesion diameter is documented (only margin and closure length; the pathology gross size "
                  "may not be used, EX-1) -> no excision line + missing-documentation; the documented layered "
                  "closure 3.2 cm scalp stays -> 12032 (README 'exb-cyst-no-lesion-size' decision).",
})

SCENARIOS.append({
    "id": "s78-exm-scc-burn-scar-shin-after-bx",
    "family": "excision-malignant", "shape": "note-only",
    "description": "SCC in an old burn scar of the L shin: 2.1 cm with 5 mm margins (3.1 cm) + 8.0 cm layered "
                   "closure; punch biopsy 16 days earlier",
    "date": "2025-05-08",
    "patient": ("Hargrove", "Earlene", "1953-01-30", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 80,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of left lower leg, arising in burn scar", "C44.729",
          "Left anterior shin", reason=True),
    ],
    "prior": [PRIOR("2025-04-22", "11104", "Punch biopsy of skin, single lesion", "Left anterior shin",
                    "4 mm punch of non-healing ulcerated nodule in burn scar")],
    "path": [{"text": "Skin, left shin, wide local excision: Invasive squamous cell carcinoma, well differentiated, "
                      "arising in scar; depth 3.1 mm; no perineural invasion; all margins free (closest 4 mm).",
              "site": "Left shin", "date": "2025-05-12"}],
    "note_title": "Procedure Note - Excision",
    "note": HDR + """
Excision of biopsy-proven squamous cell carcinoma - left shin
Date: 05/08/2025    Surgeon: Adaeze Okafor, MD    Patient: Earlene Hargrove, 72F

Ms. Hargrove returns after her 04/22/2025 punch biopsy, which showed well-differentiated invasive SCC.
The lesion sits within a hypopigmented, atrophic burn scar from a childhood kerosene-stove accident. In
darker skin, SCC most often presents like this - in a scar or chronic wound on the leg rather than on
sun-exposed skin - and she had noted it "not healing" for over a year. No palpable popliteal or inguinal
nodes today. No immunosuppression. No prior skin cancer.

Pre-excision measurement: ulcerated, keratotic nodule 2.1 x 1.6 cm at the center of the scar.
Margins: 5 mm clinical margins marked circumferentially (narrowest margin 5 mm).
After consent, prep and 1% lidocaine with epinephrine (12 mL), the ellipse was excised to the deep fat and
oriented with a suture at 12 o'clock.

Repair: Because of scar tension, the wound edges were undermined 1 cm and closed in two layers
(3-0 Monocryl deep dermal, 4-0 nylon vertical mattress). Repaired length 8.0 cm. No graft or flap needed.

Estimated blood loss minimal. Pressure dressing and compression wrap. Keep leg elevated.
Follow-up 14 days for suture removal. Discussed 3-monthly skin and node checks for 2 years.
Adaeze Okafor, MD
""",
    "expected": E([L("11604"), L("12034")], dx={"11604": ["C44.729"]}),
    "coder_note": "2.1 + 2 x 0.5 = 3.1 cm, malignant TAL -> 11604. Intermediate repair leg 8.0 cm -> 12034. The prior "
                  "punch biopsy is a 000-global service, so no global modifier.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s78-exm-acral-mis-heel-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Acral melanoma in situ R heel: 1.2 cm + 5 mm margins (2.2 cm) pre-coded as benign 11423 with a "
                   "trunk/extremity repair 12032; foot repair 4.5 cm",
    "date": "2025-07-01",
    "patient": ("Ampofo", "Grace", "1961-10-08", "female"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 70,
    "conditions": [
        C("c1", "Melanoma in situ, acral lentiginous type, right plantar heel", "D03.71", "Right plantar heel",
          reason=True),
    ],
    "procedures": [
        P("Excision, benign lesion, feet, 2.1-3.0 cm", cpt="11423", site="Right plantar heel",
          note="Wide local excision of biopsy-proven MIS, 5 mm margins", reasons=["c1"]),
        P("Intermediate repair 2.6-7.5 cm", cpt="12032", site="Right plantar heel",
          note="Layered closure 4.5 cm", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right heel, wide local excision: Residual melanoma in situ, acral lentiginous type; "
                      "peripheral and deep margins negative (closest 4 mm).", "site": "Right heel",
              "date": "2025-07-07"}],
    "note_title": "Operative Note",
    "note": HDR + """
OPERATIVE NOTE - WIDE LOCAL EXCISION
Date: 07/01/2025    Surgeon: Adaeze Okafor, MD    Patient: Grace Ampofo, 63F (Medicare Advantage)

Indication: Shave biopsy 06/10/2025 of an irregular brown-black macule on the right plantar heel showed
melanoma in situ, acral lentiginous type, extending to the peripheral margin. Acral melanoma is the
most common melanoma subtype in patients of African descent, and we reviewed this with her and her son.
Dermoscopy pre-op: parallel ridge pattern with irregular diffuse pigmentation.

Pre-excision: residual pigmented macule with biopsy scar, 1.2 x 0.9 cm (greatest clinical diameter 1.2 cm).
Margins: 5 mm marked circumferentially with surgical marker.
Anesthesia: posterior tibial nerve block (1% lidocaine 6 mL) plus local infiltration.
Excision: ellipse oriented along the heel's relaxed lines, full thickness to the plantar fat, tagged at 12.
Repair: Intermediate - deep 3-0 Monocryl, 4-0 nylon horizontal mattress. Repaired length 4.5 cm.

Dressing: bulky dressing, offloading heel cup, crutches as needed x 1 week.
F/u 14 days for suture removal (plantar). Skin/nodal exam every 6 mo.
Adaeze Okafor, MD
""",
    "expected": E([L("11623"), L("12042")], ["coding-correction"], dx={"11623": ["D03.71"]}),
    "coder_note": "Melanoma in situ -> malignant excision codes (EX-3). Foot = SNHFG: 1.2 + 2 x 0.5 = 2.2 cm -> 11623. "
                  "Foot repairs are in the 12041-12047 group: intermediate 4.5 cm -> 12042, not 12032.",
})

SCENARIOS.append({
    "id": "s78-exm-bcc-back-reexcision-day7-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision day 7 after an upper-back BCC excision with a positive margin: scar 2.4 cm + 3 mm "
                   "margins (3.0 cm) inside the 10-day global",
    "date": "2025-06-16",
    "patient": ("Reyes", "Tomas", "1969-01-25", "male"),
    "provider": "okafor", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, upper back, positive margin", "C44.519", "Upper back, midline",
          reason=True),
    ],
    "prior": [PRIOR("2025-06-09", "11602", "Excision malignant lesion trunk 1.1-2.0 cm", "Upper back, midline",
                    "Pigmented nodular/infiltrative BCC 1.2 cm, 4 mm margins")],
    "procedures": [
        P("Re-excision of BCC scar for positive margin", site="Upper back, midline",
          note="Healing scar 2.4 cm long at the site of the 06/09 excision. Re-excised with 3 mm margins around the "
               "scar, down to fascia. Simple interrupted closure with 4-0 nylon.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, upper back, re-excision: Scar with granulation tissue; no residual basal cell "
                      "carcinoma; margins negative.", "site": "Upper back", "date": "2025-06-19"}],
    "note_title": "Procedure Note",
    "note": HDR + """
06/16/2025  Tomas Reyes, 56M   Dr. Okafor
Background: medium-brown skin (Fitzpatrick IV), landscaper. No prior skin cancer before this one.
Path from 06/09 excision: basal cell carcinoma, pigmented, with infiltrative component, focally at the deep
and 3 o'clock peripheral margins. Reviewed with patient by phone 06/12; re-excision was discussed then as the
next step of treatment and he agreed.
Today: healing linear scar 2.4 cm, no infection, no dehiscence. No other new lesions on the back.
Consent reviewed. Lidocaine 1% with epi 8 mL. Re-excision with 3 mm margins around the scar to fascia,
simple closure (see procedure entry). Specimen oriented. Tolerated well.
Sutures out in 10-14 days. If margins still involved -> Mohs referral.
Sun protection at work discussed (long sleeves, wide-brim hat) - he rarely burns but had this tumor anyway.
Full skin exam scheduled for 6 months.
""",
    "expected": E([L("11603", 1, "58")], ["global-period"], dx={"11603": ["C44.519"]}),
    "coder_note": "Re-excision for a positive margin inside the 10-day global of 11602 -> 58 (staged/related). Size: "
                  "2.4 + 2 x 0.3 = 3.0 cm -> 11603; stays malignant although the re-excision is clear (EX-4). Simple "
                  "closure included.",
})

SCENARIOS.append({
    "id": "s78-rep-two-cysts-repairs-not-summed",
    "family": "repair", "shape": "pre-coded",
    "description": "Two inflamed epidermoid cysts (chest, arm) each 11402; pre-coded two 12031 repairs that must be "
                   "summed to 4.7 cm -> 12032",
    "date": "2025-07-08",
    "patient": ("Okeke", "Ifeoma", "1980-05-21", "female"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 60,
    "conditions": [
        C("c1", "Epidermoid cyst, right upper chest, recurrently inflamed", "L72.0", "Right upper chest",
          reason=True),
        C("c2", "Epidermoid cyst, left upper arm, recurrently inflamed", "L72.0", "Left upper arm",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk/arms/legs 1.1-2.0 cm", cpt="11402", site="Right upper chest",
          reasons=["c1"]),
        P("Repair intermediate trunk/extremities 2.5 cm or less", cpt="12031", site="Right upper chest",
          note="Layered closure 2.4 cm", reasons=["c1"]),
        P("Excision benign lesion trunk/arms/legs 1.1-2.0 cm", cpt="11402", site="Left upper arm",
          reasons=["c2"]),
        P("Repair intermediate trunk/extremities 2.5 cm or less", cpt="12031", site="Left upper arm",
          note="Layered closure 2.3 cm", reasons=["c2"]),
    ],
    "path": [{"text": "A. Skin, right upper chest: Ruptured epidermoid cyst with foreign-body reaction. "
                      "B. Skin, left upper arm: Epidermoid cyst. Both benign.", "site": "Chest; arm",
              "date": "2025-07-11"}],
    "note_title": "Procedure Note",
    "note": HDR + """
PROC NOTE 07/08/25 - I. Okeke, 45F - C. Okonkwo MD
PMH: R ear keloid (ILK 2019), HTN. Meds: amlodipine. NKDA. No anticoag.
Ind: 2 EICs, each inflamed 2-3x past yr (I&D at UC 03/25 for chest one), painful, draining.
Consent/timeout. Lido 1% w/ epi.
A) R upper chest: cyst 1.2 cm diam (pre-op ruler), 2 mm margin -> excised intact-ish (ruptured wall, all removed).
   Layered closure 4-0 vicryl / 5-0 nylon, 2.4 cm.
B) L upper arm: cyst 0.9 cm, 2 mm margin, excised intact. Layered closure 4-0 vicryl / 5-0 nylon, 2.3 cm.
Both: hypertrophic/keloid scar risk reviewed (pt has ear keloid hx) - silicone after suture removal;
may need ILK to scars later if they thicken.
Hemostasis cautery. Steri-strips, pressure dsg. Both specimens to path (A, B).
Sutures out 10-14 d. Call if redness/drainage/fever.
""",
    "expected": E([L("11402", 2), L("12032")], ["coding-correction"], dx={"11402": ["L72.0"]}),
    "coder_note": "Each cyst 0.9-1.2 cm + 2 x 0.2 = 1.3-1.6 cm -> 11402 x2. Chest and arm are in the same intermediate "
                  "repair group (12031-12037): 2.4 + 2.3 = 4.7 cm summed -> one 12032 (REP-1).",
})

SCENARIOS.append({
    "id": "s78-rep-helical-rim-keloid-complex",
    "family": "repair", "shape": "free-text",
    "description": "Helical-rim keloid excision 1.0 cm with 1 mm margin (1.2 cm) and complex repair of the free rim "
                   "2.0 cm; Medicare, symptomatic",
    "date": "2025-07-22",
    "patient": ("Sims", "Bernadette", "1958-09-12", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Keloid of left helical rim", "L91.0", "Left superior helix", reason=True),
    ],
    "procedures": [
        P("Excision of keloid, left helix", site="Left superior helical rim",
          note="Keloid 1.0 x 0.8 cm after cartilage piercing (1990s); painful when sleeping on that side, "
               "bleeds when hair catches it. Excised with 1 mm margin; perichondrium preserved.",
          reasons=["c1"]),
        P("Complex repair, helical rim", site="Left superior helical rim",
          note="Defect involved the free margin of the helical rim; rim re-approximated with careful eversion, "
               "5-0 Monocryl deep and 6-0 nylon, to avoid notching. Repaired length 2.0 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
S: 66 y/o F with painful L helix keloid, failed ILK x3 in 2023-24 (lightening around it bothered her).
   Wants it removed. Aware of recurrence risk. Medicare.
   PMH: T2DM (A1c 6.8), HTN. On metformin, losartan. No anticoagulants. NKDA.
   Has a second, flat 0.5 cm keloid on the R earlobe - asymptomatic, she does not want it treated.
O: Firm, shiny, dark-brown nodule on the L superior helical rim, 1.0 x 0.8 cm, excoriated, small crust
   from recent bleeding.
A: Keloid, L helix - symptomatic (pain, bleeding).
P: Excision + repair today (see procedure entries). Consent signed; 1% lidocaine with epi 2 mL.
   Specimen to pathology. Bacitracin, non-stick dressing, avoid sleeping on the left side x 1 week.
   Post-op: ILK to the scar at 2 wk (not today). Pressure clip earring after suture removal.
   Sutures out in 7 days.
Marc Baptiste, MD
""",
    "expected": E([L("11442"), L("13151")], dx={"11442": ["L91.0"]}),
    "coder_note": "Ear = FEENLM: 1.0 + 2 x 0.1 = 1.2 cm -> 11442. Repair involving the free margin of the helical rim "
                  "is complex (REP-3); ear 2.0 cm -> 13151.",
})

SCENARIOS.append({
    "id": "s78-rep-forearm-scc-closure-length-missing",
    "family": "repair", "shape": "note-only",
    "description": "SCC R forearm 1.0 cm with 4 mm margins (1.8 cm); layered closure documented without a length",
    "date": "2025-08-05",
    "patient": ("Alvarado", "Ernesto", "1949-03-03", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right forearm", "C44.622", "Right dorsal forearm", reason=True),
    ],
    "path": [{"text": "Skin, right forearm, excision: Squamous cell carcinoma, moderately differentiated, "
                      "completely excised.", "site": "Right forearm", "date": "2025-08-08"}],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE
Date of service: 08/05/2025
Patient: Ernesto Alvarado, 76 M (Spanish-speaking; daughter declined to interpret, staff interpreter used)
Provider: Ines Castellanos, MD

DIAGNOSIS: Squamous cell carcinoma, right dorsal forearm (shave biopsy 07/15/2025, moderately differentiated).

PROCEDURE: Excision, right dorsal forearm.
- Lesion size pre-op: 1.0 x 0.9 cm (biopsy site with residual keratotic papule).
- Margin: 4 mm around the entire lesion.
- Elliptical excision to subcutaneous fat, specimen oriented and sent.
- Closure: layered closure with buried 4-0 Vicryl and 4-0 Prolene running sutures.
- Hemostasis with electrocautery. No complications.

POST-OP: Keep dry 24 h, then gentle washing; suture removal in 12-14 days.
History of AK on the scalp (treated elsewhere 2022) - none seen today.
Ines Castellanos, MD
""",
    "expected": E([L("11602")], ["missing-documentation"], dx={"11602": ["C44.622"]}),
    "coder_note": "1.0 + 2 x 0.4 = 1.8 cm malignant TAL -> 11602. Layered closure has no documented length -> no repair "
                  "line + missing-documentation (README coding decisions).",
})

SCENARIOS.append({
    "id": "s78-bx-hypopigmented-patches-punch-punch-shave",
    "family": "biopsy", "shape": "note-only",
    "description": "Hypopigmented patches (r/o hypopigmented MF): two 4 mm punches + one tangential biopsy, "
                   "Medicaid",
    "date": "2025-08-12",
    "patient": ("Diallo", "Mamadou", "2001-11-30", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Hypopigmented patches of trunk and buttock", "L81.9", "Left flank, right buttock", reason=True),
        C("c2", "Scaly papule, left forearm", "L98.8", "Left forearm", reason=True),
    ],
    "path": [{"text": "A. Left flank, punch: Epidermotropic atypical lymphocytes with haloes, consistent with "
                      "hypopigmented mycosis fungoides. B. Right buttock, punch: Similar findings. C. Left forearm, "
                      "tangential: Pityriasis lichenoides chronica.", "site": "Flank; buttock; forearm",
              "date": "2025-08-19"}],
    "note_title": "Biopsy Procedure Note",
    "note": HDR + """
BIOPSY PROCEDURE NOTE
Date: 08/12/2025            Attending: Folake Adeyemi, MD
Patient: Mamadou Diallo, 23-year-old man, Fitzpatrick VI

He was seen last week for 18 months of asymptomatic light patches on the trunk and buttocks that have
not responded to 8 weeks of ketoconazole and hydrocortisone. Today is the planned biopsy visit.

Findings: multiple ill-defined hypopigmented (not depigmented) patches, 2-6 cm, on the flanks, lower
back and buttocks, with fine atrophic wrinkling in some; no complete pigment loss under Wood's lamp,
which argues against vitiligo. Differential: hypopigmented mycosis fungoides, pityriasis lichenoides
chronica, post-inflammatory hypopigmentation, tinea versicolor (prior KOH negative). On the left forearm
there is a 4 mm scaly red-brown papule with a mica-like scale.

Procedures (consent signed; 1% lidocaine with epinephrine):
 1. Left flank patch - 4 mm punch biopsy, closed with one 4-0 nylon suture.
 2. Right buttock patch - 4 mm punch biopsy, closed with one 4-0 nylon suture.
 3. Left forearm papule - tangential (shave) biopsy with a flexible blade, aluminum chloride hemostasis.
Three separately labeled specimens to dermatopathology with a request for CD4/CD8/CD7 if indicated.

No complications. Sutures out in 10-14 days. Results visit in 2 weeks.
Folake Adeyemi, MD
""",
    "expected": E([L("11104"), L("11105"), L("11103")]),
    "coder_note": "BX-2: punch is the highest technique -> 11104 first, second punch 11105, the tangential biopsy takes "
                  "its own add-on 11103. No E/M selected.",
})

SCENARIOS.append({
    "id": "s78-bx-acral-macule-sole-deleted-11100",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Saucerization biopsy of a 7 mm pigmented macule of the R sole pre-coded with deleted 11100",
    "date": "2025-08-26",
    "patient": ("Jean-Baptiste", "Rosemene", "1950-06-18", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Pigmented macule of right sole", "L81.9", "Right plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", cpt="11100", site="Right plantar forefoot",
          note="Saucerization biopsy for diagnosis", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right sole, saucerization biopsy: Acral junctional melanocytic nevus. No atypia.",
              "site": "Right sole", "date": "2025-09-02"}],
    "note_title": "Procedure Note",
    "note": HDR + """
08/26/2025 - Rosemene Jean-Baptiste, 75F (Creole interpreter by video, #2290) - Dr. Baptiste
S: Daughter noticed a dark spot on the bottom of her right foot last month. Not painful. No bleeding.
O: R plantar forefoot (under 2nd metatarsal head): 7 mm brown macule, slightly irregular border.
   Dermoscopy: mostly parallel furrow pattern but one area of irregular dots/globes at the border.
   No other acral or nail-unit pigmentation. No palpable inguinal nodes.
   PMH: HTN, osteoarthritis. Meds: HCTZ, acetaminophen PRN. No anticoagulants.
A: Pigmented macule of R sole, changing per family - r/o acral melanoma.
P: Saucerization (deep tangential) biopsy for diagnosis, DermaBlade, sampling the full lesion width;
   Monsel's for hemostasis. Specimen to dermpath. Will call with results.
   Consent via interpreter; 1% lidocaine with epi 1 mL. Foam pad to offload while healing.
   If melanoma or severe atypia -> re-excision/wide local excision discussion at results visit.
   Daughter taught to check soles and nails monthly.
""",
    "expected": E([L("11102")], ["invalid-code"], dx={"11102": ["D22.71"]}),
    "coder_note": "11100 was deleted in 2019 (invalid-code). Saucerization is tangential technique -> 11102. Pathology "
                  "junctional nevus of the right sole -> D22.71.",
})

SCENARIOS.append({
    "id": "s78-bx-scalp-two-punch-new-pt-seb-derm",
    "family": "biopsy", "shape": "free-text",
    "description": "New hair-loss pt: two 4 mm scalp punches from two separate patches and separately treated "
                   "facial seborrheic dermatitis; 99204 selected",
    "date": "2025-09-09",
    "patient": ("Kamara", "Fatmata", "1975-02-27", "female"),
    "provider": "adeyemi", "payer": "commercial", "minutes": 55,
    "em": "99204",
    "conditions": [
        C("c1", "Scarring alopecia of the vertex and left parietal scalp, type undetermined", "L66.9",
          "Vertex and left parietal scalp", reason=True),
        C("c2", "Seborrheic dermatitis of face", "L21.9", "Nasolabial folds, eyebrows, glabella", reason=True),
    ],
    "procedures": [
        P("Scalp biopsy #1 - 4 mm punch (for vertical sections)", site="Vertex scalp, active edge",
          note="4 mm punch parallel to hair direction, into fat. One 4-0 nylon suture.", reasons=["c1"]),
        P("Scalp biopsy #2 - 4 mm punch (for horizontal sections)", site="Left parietal scalp, separate patch",
          note="Second 4 mm punch from the separate 2 cm patch in the left parietal scalp (not contiguous with the "
               "vertex patch), separate specimen container, labeled for horizontal sectioning. One 4-0 nylon "
               "suture.", reasons=["c1"]),
    ],
    "note_title": "New Patient - Hair Clinic",
    "note": HDR + """
NEW PATIENT - HAIR CLINIC                          09/09/2025
Fatmata Kamara, 50F, referred by PCP.           Folake Adeyemi, MD

HPI: Two years of gradual hair loss at the crown with intermittent itch and burning. Uses relaxer every
8 weeks since age 12; hot comb in her 20s. No family history she knows of. Separately, flaking and
lightening of the skin around her nose and eyebrows for a year, worse in winter; she has been using
a "lightening" soap she stopped 3 months ago.
Meds: none. Allergies: NKDA.

Exam: Vertex/crown: central patch of decreased density with shiny scalp, reduced follicular ostia and
polytrichia at the edge; trichoscopy with peripilar white-gray halos and perifollicular scale at the
margin. A second, separate 2 cm patch of decreased density with perifollicular scale in the left parietal
scalp, not connected to the vertex patch. Frontal hairline and eyebrows intact (no FFA signs). Face: ill-defined hypopigmented patches with
greasy yellow scale in the nasolabial folds, eyebrows and glabella; no atrophy, no ochronosis.

Assessment / plan:
1. Cicatricial alopecia of the vertex and left parietal scalp, likely CCCA vs lichen planopilaris - one
   punch biopsy from each patch today (see procedures). Stop relaxer for now. Results visit in 3 weeks; treatment will depend on pathology.
2. Seborrheic dermatitis of the face with post-inflammatory hypopigmentation - Rx ketoconazole 2% cream
   BID x 2 wk then twice weekly, desonide 0.05% cream BID x 1 week for flares. Counseled that the light
   patches should repigment as inflammation settles; avoid skin-lightening soaps.

Time 55 minutes (excluding the biopsy procedures). Visit level 99204.
Folake Adeyemi, MD
""",
    "expected": E([L("99204", 1, "25"), L("11104"), L("11105")]),
    "coder_note": "Two punches from two separate patches -> 11104 + 11105. Facial seborrheic dermatitis with Rx is a separately "
                  "identifiable problem -> provider-selected 99204 with 25.",
})

SCENARIOS.append({
    "id": "s78-shave-neck-nevus-catches-necklace",
    "family": "shave", "shape": "note-only",
    "description": "HTML note: shave removal of a 0.7 cm pedunculated dermal nevus of the lateral neck that bleeds "
                   "with necklace trauma; Medicare",
    "date": "2025-09-16",
    "patient": ("Gutierrez", "Ana Lucia", "1956-12-01", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20,
    "html": True,
    "conditions": [
        C("c1", "Irritated intradermal nevus of neck", "D22.4", "Left lateral neck", reason=True),
    ],
    "path": [{"text": "Skin, left lateral neck, shave: Intradermal melanocytic nevus with surface erosion and "
                      "hemorrhage. Benign.", "site": "Left lateral neck", "date": "2025-09-19"}],
    "note_title": "Procedure Note",
    "note": """<html><body>
<h3>CRESCENT PARK DERMATOLOGY - Skin of Color &amp; Hair Center</h3>
<p><b>Procedure Note</b> &nbsp; DOS: 09/16/2025 &nbsp; Provider: Ines Castellanos, MD</p>
<p><b>Patient:</b> Ana Lucia Gutierrez, 68 F &nbsp; <b>Language:</b> Spanish (interpreter present)</p>
<h4>Subjective</h4>
<p>Soft brown growth on the left side of the neck for many years. Over the last 3 months it keeps
catching on her necklace chain; it has bled twice (photo on her phone of blood on her blouse) and is sore.</p>
<h4>Objective</h4>
<ul>
<li>Left lateral neck: 0.7 cm pedunculated, soft, medium-brown papule with a hemorrhagic crust at the base.</li>
<li>Dermoscopy: comma vessels, no atypical network.</li>
<li>Several flat brown papules on both cheeks consistent with dermatosis papulosa nigra - asymptomatic,
she is not interested in treating them.</li>
</ul>
<h4>Assessment</h4>
<p>Irritated dermal nevus, left neck - symptomatic (bleeding, pain, recurrent trauma from jewelry).</p>
<h4>Procedure</h4>
<p>Shave removal. Verbal and written consent. Alcohol prep, 1% lidocaine with epinephrine 0.5 mL. Lesion
removed flush with the skin by horizontal shave with a flexible blade. Aluminum chloride hemostasis.
Specimen to pathology. Petrolatum and bandage.</p>
<h4>Plan</h4>
<p>Wound care reviewed. Will call with pathology.</p>
</body></html>""",
    "expected": E([L("11306")], dx={"11306": ["D22.4"]}),
    "coder_note": "Shave removal, neck = SNHFG, 0.7 cm -> 11306. Bleeding/pain with documented jewelry trauma meets the "
                  "benign-lesion LCD, so no GY. DPN mentioned but untreated.",
})

SCENARIOS.append({
    "id": "s78-shave-cheek-sk-nose-nevus-wrong-bands",
    "family": "shave", "shape": "pre-coded",
    "description": "Two symptomatic facial shave removals (inflamed SK cheek 1.2 cm, nevus nasal sidewall 0.4 cm) "
                   "both pre-coded 11311",
    "date": "2025-09-23",
    "patient": ("Molina", "Rosa", "1964-04-10", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis of left cheek", "L82.0", "Left cheek", reason=True),
        C("c2", "Irritated melanocytic nevus of nose", "D22.39", "Right nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Shave removal face 0.6-1.0 cm", cpt="11311", site="Left cheek", reasons=["c1"]),
        P("Shave removal face 0.6-1.0 cm", cpt="11311", site="Right nasal sidewall", reasons=["c2"]),
    ],
    "path": [{"text": "A. Left cheek, shave: Irritated seborrheic keratosis. B. Right nasal sidewall, shave: "
                      "Compound melanocytic nevus with irritation. Both benign.", "site": "Cheek; nose",
              "date": "2025-09-26"}],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE - 09/23/2025 - Rosa Molina, 61 F - Ines Castellanos, MD
Subjective: Two spots on the face that have become irritated. The cheek one itches intensely, is red around
the edge and bled after she scratched it; the nose one is rubbed by her eyeglass pad, is sore and has bled.
Objective:
 A. Left cheek - 1.2 x 0.9 cm stuck-on, verrucous dark-brown papule with an erythematous-violaceous rim,
    serous crust and excoriation.
 B. Right nasal sidewall (under the glasses pad) - 0.4 cm dome-shaped brown papule with erosion.
Assessment: A. Inflamed SK. B. Irritated nevus.
Procedure: Shave removal of A and B. Consent. Lidocaine 1% with epi. Each lesion shaved flush with a
DermaBlade; aluminum chloride. Both specimens to pathology.
Plan: Vaseline twice daily, adjust glasses pads.
""",
    "expected": E([L("11312"), L("11310")], ["coding-correction"],
                  dx={"11312": ["L82.0"], "11310": ["D22.39"]}),
    "coder_note": "Face = FEENLM shave codes by lesion diameter: 1.2 cm -> 11312; 0.4 cm -> 11310. Both symptomatic "
                  "(itching/bleeding/inflammation, trauma), so covered.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s78-ds-dpn-collar-line-symptomatic",
    "family": "destruction", "shape": "note-only",
    "description": "Electrodesiccation of 9 irritated/bleeding DPN along the collar line (Medicare); facial DPN "
                   "discussed as cosmetic and not treated",
    "date": "2025-02-25",
    "patient": ("Baptiste", "Yolande", "1952-10-19", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed dermatosis papulosa nigra (seborrheic keratoses), neck", "L82.0", "Anterior and lateral neck",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
S: 72F. "Little black moles" on the neck rub on her collars and the gold chain she always wears; they itch,
   several have bled onto her collars and a few are sore and swollen. Also has many on the cheeks - they do
   not bother her physically, she asked whether Medicare would pay to remove those.
O: Neck (collar line, anterior + lateral): 9 DPN papules 1-4 mm, dark brown-black; 3 with hemorrhagic crust,
   several with a violaceous-pink rim and edema (inflamed). Cheeks/malar: numerous (30+) smooth DPN papules,
   no inflammation, no crust.
A: Dermatosis papulosa nigra (SK variant), neck - inflamed, bleeding, repeatedly traumatized.
   DPN, face - asymptomatic.
P: Neck: light electrodesiccation (hyfrecator, low setting) of all 9 symptomatic papules after topical
   anesthetic; curettage of the char. Vaseline. Counseled on temporary hypo/hyperpigmentation at treated
   sites. Face: explained that removing asymptomatic facial DPN is cosmetic and not a Medicare benefit;
   she will think about self-pay treatment - NOTHING done on the face today.
Marc Baptiste, MD
""",
    "expected": E([L("17110")], dx={"17110": ["L82.0"]}),
    "coder_note": "9 benign lesions destroyed -> 17110 x1 (up to 14). Inflamed/bleeding/traumatized DPN meet the "
                  "benign-lesion LCD (L82.0), so no GY; facial DPN were not treated.",
})

SCENARIOS.append({
    "id": "s78-ds-albinism-sixteen-aks-precoded",
    "family": "destruction", "shape": "pre-coded",
    "description": "Oculocutaneous albinism, cryotherapy of 16 AKs pre-coded 17000 + 17003 x15; should be 17004",
    "date": "2025-03-11",
    "patient": ("Adebayo", "Oluwaseun", "1959-05-05", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, multiple", "L57.0", "Scalp, face, dorsal forearms", reason=True),
        C("c2", "Oculocutaneous albinism", "E70.329", history=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each", cpt="17003", site="Scalp, face, forearms",
          note="15 additional lesions", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Oluwaseun Adebayo, 65 M - 03/11/2025 - Adaeze Okafor, MD
Background: oculocutaneous albinism; raised in Lagos without regular sun protection. Hx of SCC L ear (Mohs
2021) and BCC R temple (excised 2023); no evidence of recurrence today. Legally blind (nystagmus, low vision)
- his wife helps with sunscreen.
Exam (full skin): pink-white skin, numerous freckles/lentigines. Gritty scaly papules counted and
marked: scalp 7, forehead 2, nose 1, R dorsal forearm 3, L dorsal forearm 3 = 16 AKs.
No thick or ulcerated lesions; no lesion suspicious for SCC today. Ear and temple scars clear.
Procedure: cryotherapy with liquid nitrogen, 2 freeze-thaw cycles of ~8 s to each of the 16 AKs.
Verbal consent (wife present). Tolerated well.
Counseled on blistering, crusting and that treated sites may stay lighter. Field therapy with 5-FU cream to the scalp to be considered in the fall - not started.
Sun protection: UPF clothing, broad-brim hat, SPF 50 reapplication - reinforced.
RTC 3 months.
""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "16 AKs -> 17004 x1 instead of 17000 + 17003 (DS-1; 17004/17000 and 17004/17003 indicator 0).",
})

SCENARIOS.append({
    "id": "s78-ds-edc-pigmented-sbcc-final-defect",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of a biopsy-proven pigmented superficial BCC of the upper back: lesion 0.9 cm but final "
                   "defect 1.4 cm",
    "date": "2025-03-25",
    "patient": ("Villanueva", "Consuelo", "1948-08-22", "female"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, pigmented, left upper back", "C44.519", "Left upper back",
          reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage, BCC", site="Left upper back",
          note="Biopsy-proven pigmented superficial BCC (shave bx 03/04/2025). Clinical lesion 0.9 x 0.7 cm. "
               "Three cycles of curettage and electrodesiccation. Final defect after the last cycle measured "
               "1.4 x 1.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Procedure note 03/25/2025 - Consuelo Villanueva, 76F - Rafael Santos, MD
Pathology 03/04/2025: basal cell carcinoma, superficial type, heavily pigmented (the lesion had looked like
a flat "mole" on her medium-brown skin). Trunk location, superficial subtype, primary, not recurrent;
not immunosuppressed. Options reviewed: excision vs ED&C vs topical imiquimod. She chose ED&C.
PMH: atrial fibrillation on apixaban (not held - ED&C is low bleeding risk), HTN.
Exam today: 0.9 x 0.7 cm flat, glossy, dark-brown plaque with a thread-like rolled border and biopsy scar.
No other suspicious lesions on the back. No lymphadenopathy.
Consent, lidocaine 1% with epi. See procedure entry for the three cycles and final defect.
Hemostasis achieved with the final desiccation cycle and pressure.
Wound care with petrolatum; expect a round hypopigmented scar that is more visible on her skin tone -
she accepts this. RTC 6 weeks, then 6-monthly skin checks.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "Malignant destruction sized by the final curettage defect (DS-4): 1.4 cm trunk -> 17262, not by the "
                  "0.9 cm lesion.",
})

SCENARIOS.append({
    "id": "s78-cos-dpn-cheeks-commercial-selfpay",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "~30 asymptomatic facial DPN removed for appearance, pre-coded 17111 to a commercial plan; "
                   "self-pay cosmetic",
    "date": "2025-04-08",
    "patient": ("Owusu", "Akosua", "1983-01-09", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Dermatosis papulosa nigra, face", "L82.1", "Bilateral cheeks and periorbital", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, 15 or more", cpt="17111", site="Bilateral cheeks, periorbital",
          reasons=["c1"]),
    ],
    "note_title": "Cosmetic Procedure Note",
    "note": HDR + """
COSMETIC PROCEDURE NOTE                                   04/08/2025
Patient: Akosua Owusu, 42 F                     Provider: Ines Castellanos, MD

Reason for visit: Wants the small dark bumps on her cheeks and under her eyes removed before her wedding
in June. They have been present since her 20s without recent change (her mother has the same). They do
not itch, bleed or get irritated; no inflammation. Purely for appearance, in her words.

Exam: Approximately 30 smooth, dark-brown to black 1-3 mm papules on the malar cheeks and lower eyelid
skin (periorbital), none inflamed, none crusted. Fitzpatrick VI.

Assessment: Dermatosis papulosa nigra, face, asymptomatic.

Discussion: Reviewed that this is a cosmetic procedure not covered by her insurance. Cosmetic fee schedule
given; she signed the self-pay cosmetic consent and paid at check-in. Risks: hypo/hyperpigmentation,
scarring, recurrence/new lesions.

Procedure: Topical lidocaine 23%/tetracaine 7% x 20 min. Light electrodesiccation with epilating needle
tip at lowest setting, then gentle removal with gauze, ~30 papules treated. No bleeding.
Aftercare: petrolatum, strict sun protection, no picking.
""",
    "expected": E([], ["cosmetic"]),
    "coder_note": "Asymptomatic DPN (L82.1) removed for appearance is cosmetic; commercial payer -> line removed, "
                  "patient billed directly (conventions 'Non-Medicare cosmetic services').",
})

SCENARIOS.append({
    "id": "s78-cos-melasma-glycolic-peel-medicare-gy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Glycolic 35% facial peel for melasma/PIH in a Medicare FFS pt, told not covered, no ABN",
    "date": "2025-04-22",
    "patient": ("Lewis", "Dolores", "1955-03-14", "female"),
    "provider": "adeyemi", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Melasma", "L81.1", "Bilateral cheeks, forehead", reason=True),
        C("c2", "Postinflammatory hyperpigmentation, face", "L81.0", "Jawline", reason=True),
    ],
    "note_title": "Procedure Note - Chemical Peel",
    "note": HDR + """
PROCEDURE: SUPERFICIAL CHEMICAL PEEL, FACE
Date: 04/22/2025        Physician: Folake Adeyemi, MD
Patient: Dolores Lewis, 70 F, Fitzpatrick V

Mrs. Lewis has centrofacial melasma and post-inflammatory hyperpigmentation along the jawline from old
folliculitis. She has been on triple-combination cream and daily tinted sunscreen for 6 months with partial
improvement and wants to add peels to even out her skin tone before her granddaughter's graduation. There
is no inflammation, no active acne, no symptom - the request is for appearance. We discussed that Medicare
does not cover cosmetic peels; she chose to proceed and will be billed. No ABN form was completed.

Pre-peel: skin degreased with acetone. Petrolatum to alar creases, lip commissures and inner canthi.
Peel: glycolic acid 35% (buffered), applied to the full face in even strokes, left 3 minutes, neutralized
with sodium bicarbonate solution, rinsed. Mild pinkness (appears as slight darkening on her skin) - no
frosting, no epidermolysis.
Post: bland moisturizer, mineral sunscreen. Hold tretinoin/hydroquinone for 5 days.
Series of 4 peels planned at 4-week intervals; may switch to salicylic acid peel if irritation.
Folake Adeyemi, MD
""",
    "expected": E([L("15788", 1, "GY")], ["cosmetic"], dx={"15788": ["L81.1"]}),
    "coder_note": "Facial epidermal (superficial) peel for pigmentation with no functional indication = cosmetic, "
                  "statutorily excluded (COS-2) -> 15788-GY for Medicare FFS; no voluntary ABN so no GX.",
})

SCENARIOS.append({
    "id": "s78-cos-dpn-medicare-voluntary-abn-gx-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "22 asymptomatic facial DPN snipped/desiccated for appearance, Medicare FFS with a voluntary ABN",
    "date": "2025-05-20",
    "patient": ("Etienne", "Jacqueline", "1954-07-27", "female"),
    "provider": "baptiste", "payer": "medicare-ngs", "minutes": 35,
    "conditions": [
        C("c1", "Dermatosis papulosa nigra, face", "L82.1", "Cheeks and forehead", reason=True),
        C("c2", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "procedures": [
        P("Removal of DPN, face - cosmetic, patient pay", site="Cheeks, forehead",
          note="22 asymptomatic DPN papules (cheeks 17, forehead 5) treated with fine-scissor snip of the "
               "pedunculated ones and light electrodesiccation of the flat ones. Lesions are not irritated, "
               "bleeding or inflamed. Voluntary ABN (CMS-R-131) signed - patient understands Medicare does not "
               "pay for cosmetic removal and chose option 1.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
5/20/2025 - J. Etienne, 70F - Dr. Baptiste - Creole interpreter (phone #8812)
S: Wants the facial "grains de beaute" removed, "just to look like myself in photos." Has had them since her
   30s, like her mother; no recent change. No itching, bleeding, irritation or recent change.
O: Cheeks and forehead: 22 smooth, dark-brown/black 1-3 mm papules (17 cheeks, 5 forehead), some
   filiform. None crusted, none inflamed. Neck clear.
A: Dermatosis papulosa nigra, face - asymptomatic; request is cosmetic.
P: Discussed: cosmetic - not a Medicare benefit; she signed the voluntary ABN and paid the cosmetic fee.
   Topical anesthetic 20 min. Procedure per procedure entry.
   Risks reviewed: hypopigmentation or dark marks, rarely scarring, new DPN will keep appearing.
   Aftercare sheet in Creole: petrolatum twice daily, sunscreen, no scrubbing.
   Expect temporary light spots for a few weeks.
   Follow-up as needed.
""",
    "expected": E([L("17111", 1, "GX", "GY")], ["cosmetic"], dx={"17111": ["L82.1"]}),
    "coder_note": "22 benign lesions -> 17111. Cosmetic (no BSL-3 reason) for Medicare FFS -> GY, plus GX because a "
                  "voluntary ABN was signed (COS-4).",
})

SCENARIOS.append({
    "id": "s78-tags-fortyone-11201-over-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "41 symptomatic skin tags (neck, axillae, inframammary) pre-coded 11200 + 11201 x3; 11201 MUE 1",
    "date": "2025-06-10",
    "patient": ("Coker", "Yetunde", "1977-11-11", "female"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Neck, both axillae, inframammary", reason=True),
        C("c2", "Acanthosis nigricans", "L83", "Neck and axillae"),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", cpt="11200", site="Neck, axillae, inframammary",
          reasons=["c1"]),
        P("Removal of skin tags, each additional 10", cpt="11201", site="Neck, axillae, inframammary",
          note="x3 units", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROC 06/10/2025 - Y. Coker 47F - Okonkwo
S: many tags neck/underarms/under breasts, rub on bra straps + purse strap, itch, several bleed, 2 got
   red + swollen last month. Prior auth on file w/ Aetna for symptomatic removal (photos uploaded).
O: velvety hyperpigmentation of neck/axillae (AN). Pedunculated tags, counted:
   neck 17, R axilla 9, L axilla 8, inframammary 7  -> TOTAL 41. Several w/ hemorrhagic crust; 3 inflamed.
A: symptomatic acrochordons; AN (A1c ordered by PCP - will f/u).
P: snip excision w/ curved iris scissors + AlCl hemostasis, all 41. Tolerated well.
   Discussed metformin/weight mgmt w/ PCP for AN - not our Rx.
   AN itself not treated today (pt declined topical retinoid).
   Aftercare: petrolatum, loose straps x 1 wk. Call if bleeding/infection.
""",
    "expected": E([L("11200"), L("11201", 1)], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "41 tags: 11200 (first 15) + 11201 x ceil(26/10) = 3, but 11201 MUE is 1 (MAI 3) -> capped at 1 with "
                  "an mue finding (README coding decisions).",
})

SCENARIOS.append({
    "id": "s78-tags-medicare-asymptomatic-gy",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "8 asymptomatic neck/axillary skin tags removed at patient request, pre-coded 11200 without a "
                   "modifier; Medicare FFS, no ABN",
    "date": "2025-06-24",
    "patient": ("Thibodeaux", "Clarence", "1950-02-02", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae", "L91.8", "Neck, axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", cpt="11200", site="Neck, bilateral axillae",
          note="8 tags, snip excision", reasons=["c1"]),
    ],
    "note_title": "Office Procedure Note",
    "note": HDR + """
Office procedure - 06/24/2025
Clarence Thibodeaux, 75-year-old man. Adaeze Okafor, MD.

He would like the skin tags on his neck and under his arms removed because "they look bad when I wear an
open collar." He denies any itching, pain, bleeding or irritation - they "don't bother me, I just don't
like them." No change in size or number that he has noticed.

Exam: 8 soft, pedunculated, skin-colored to dark-brown acrochordons, 1-3 mm: neck 5, right axilla 2,
left axilla 1. No erythema, no crust, no inflammation.

Assessment: acrochordons, asymptomatic.

We discussed that Medicare treats removal of asymptomatic skin tags as cosmetic. He wished to proceed today
and accepted financial responsibility verbally; an ABN was not used.
Procedure: all 8 tags removed by snip excision with sterile curved scissors; aluminum chloride hemostasis.
No complications.
""",
    "expected": E([L("11200", 1, "GY")], ["cosmetic"], dx={"11200": ["L91.8"]}),
    "coder_note": "Asymptomatic skin tags without any BSL-3 reason are cosmetic (COS-2) -> Medicare FFS 11200-GY; no "
                  "voluntary ABN so no GX.",
})

SCENARIOS.append({
    "id": "s78-id-hs-axilla-abscess-plus-ilk-nodules",
    "family": "incision-drainage", "shape": "note-only",
    "description": "HS flare: simple I&D of a L axillary abscess + ILK (Kenalog-10, 1.0 mL) to two other nodules "
                   "(R axilla, L groin)",
    "date": "2025-07-15",
    "patient": ("Harris", "Tanisha", "1995-09-29", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II", "L73.2", "Axillae and groin", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
HS CLINIC - PROC NOTE            07/15/2025
Tanisha Harris, 29F. Medicaid MCO. Dr. Okonkwo.
On adalimumab 40 mg weekly (since 02/2025), doing better overall; flare x 5 days.
Exam:
 - L axilla: 2.5 cm fluctuant, tender abscess, dusky-violaceous overlying skin, no cellulitis beyond.
 - R axilla: 1.2 cm firm inflamed nodule, not fluctuant.
 - L inguinal fold: 1.0 cm inflamed nodule, not fluctuant.
 - Old double-ended comedones and rope-like scars both axillae. No sinus tracts draining today.
Procedures (consent, lido 1% w/ epi):
 1) I&D L axillary abscess: single stab incision with #11 blade, purulent material expressed, no
    loculations, irrigated; no packing needed. Culture not sent (on biologic, recent cx known).
 2) ILK: Kenalog-10 (10 mg/mL) 0.5 mL into R axillary nodule + 0.5 mL into L groin nodule = 1.0 mL = 10 mg.
Plan: continue adalimumab, chlorhexidine wash; deroofing of the L axillary tract considered if it recurs.
""",
    "expected": E([L("10060"), L("11900"), L("J3301", 1)], dx={"10060": ["L73.2"]}),
    "coder_note": "Single simple abscess I&D -> 10060. ILK to 2 different lesions -> 11900; 10 mg -> J3301 x1. No PTP "
                  "edit between 10060 and 11900.",
})

SCENARIOS.append({
    "id": "s78-id-dissecting-cellulitis-three-nodules",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Dissecting cellulitis of the scalp: three fluctuant nodules incised, loculations broken, packed "
                   "-> complicated/multiple I&D",
    "date": "2025-07-29",
    "patient": ("Brooks", "Jamal", "1997-04-04", "male"),
    "provider": "adeyemi", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Dissecting cellulitis of the scalp", "L66.3", "Occipital and vertex scalp", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of scalp abscesses", site="Occipital and vertex scalp",
          note="Three separate fluctuant, boggy nodules (occipital 3 cm, left occipital 2 cm, vertex 2.5 cm) "
               "each incised with #11 blade; purulent and serosanguinous material expressed; loculations broken "
               "up with a hemostat; iodoform packing placed in the two largest. Bacterial culture sent.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Date of service: 07/29/2025
Jamal Brooks, 28-year-old man, known dissecting cellulitis of the scalp (perifolliculitis capitis
abscedens et suffodiens), on isotretinoin? - NO: isotretinoin was discussed in May but he declined;
currently on doxycycline 100 mg twice daily. Presents with three painful boggy nodules after 2 weeks
off his medication. Afebrile.
Exam: interconnected boggy, fluctuant nodules on the occipital and vertex scalp with overlying patchy
alopecia; skin is dusky/violaceous rather than red on his dark skin. Occipital lymph nodes mildly tender.
Procedure: see procedure entry (three nodules drained, loculations, packing). Tolerated well.
Plan: resume doxycycline; wound check and packing removal in 48 hours; revisit isotretinoin vs
adalimumab at follow-up. Culture pending.
Folake Adeyemi, MD
""",
    "expected": E([L("10061")], dx={"10061": ["L66.3"]}),
    "coder_note": "Multiple abscesses with loculations and packing -> 10061 (complicated or multiple), one unit.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s78-id-back-cyst-precoded-10061-em-no-25",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Single simple I&D of an inflamed back cyst pre-coded 10061; 99213 sent without 25 though acne "
                   "with PIH was separately managed",
    "date": "2025-08-19",
    "patient": ("Ruiz", "Daniela", "2000-06-06", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Inflamed epidermoid cyst, upper back", "L72.0", "Upper back, right of midline", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Face", reason=True),
        C("c3", "Postinflammatory hyperpigmentation", "L81.0", "Cheeks, jawline", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, complicated or multiple", cpt="10061",
          site="Upper back, right of midline", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": HDR + """
PROGRESS NOTE                                            08/19/2025
Daniela Ruiz, 25 F, established                       Ines Castellanos, MD

CHIEF COMPLAINTS
1. Painful swollen lump on the upper back x 4 days.
2. Acne follow-up - the dark marks are bothering her more than the pimples.

HISTORY
1. Known "cyst" on the back for 2 years; now swollen, throbbing, started draining a little yesterday.
   No fever.
2. On adapalene 0.1% gel alone since March. Still 5-10 new papules per week on cheeks/jaw; each leaves a
   dark mark for months.

EXAM
1. Upper back right of midline: 2 cm fluctuant, tender nodule with central punctum, surrounding dusky
   induration ~3 cm. No streaking.
2. Face: scattered inflammatory papules and a few closed comedones on cheeks/jawline; numerous
   hyperpigmented macules (PIH) in the same distribution; no nodules, no scarring.

ASSESSMENT / PLAN
1. Inflamed epidermoid cyst - I&D today (below). Excision once quiet if it recurs.
2. Acne vulgaris with PIH - not controlled: add benzoyl peroxide 5% wash daily and azelaic acid 15% gel
   BID (treats both acne and PIH); continue adapalene at night; daily SPF 30+. Recheck 8 weeks.

PROCEDURE: Incision and drainage, upper back. Consent. Lidocaine 1% with epi 2 mL. Single 5 mm incision
with #11 blade; cheesy keratinous material and pus expressed. No loculations found on probing; irrigated.
No packing needed. Dressing applied.
""",
    "expected": E([L("99213", 1, "25"), L("10060")], ["coding-correction"],
                  dx={"10060": ["L72.0"], "99213": ["L70.0"]}),
    "coder_note": "One simple, unloculated, unpacked abscess -> 10060, not 10061. Acne/PIH managed with new Rx is "
                  "separately identifiable -> 99213-25.",
})

SCENARIOS.append({
    "id": "s78-nail-two-toenails-precoded-twice-11730",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion of R great and R second toenails pre-coded 11730 twice, no digit modifiers",
    "date": "2025-09-02",
    "patient": ("Asante", "Kofi", "1972-12-12", "male"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Post-traumatic onychodystrophy with painful onycholysis", "L60.3",
          "Right great toe and right second toe nails", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, simple", cpt="11730", site="Right great toe", reasons=["c1"]),
        P("Avulsion of nail plate, simple", cpt="11730", site="Right second toe", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
09/02/2025  K. Asante 52M   Dr Okonkwo
Dropped a crate on R forefoot 4 mo ago. R great + R 2nd toenails lifting, thickened, painful in work boots,
catch on socks. PAS/culture from 06/2025 negative for fungus. L foot nails normal.
Proc: digital blocks R hallux + R 2nd toe (lido 2% plain, 3 mL each). Tourniquet. Freer elevator ->
complete avulsion of R great toenail plate and R second toenail plate. Matrix NOT treated (want regrowth).
Hemostasis, xeroform, bulky dressing. Tourniquet off, cap refill <2 s.
Soaks BID, recheck 2 wk. New nails expected 12-18 mo; may regrow thickened.
Wide toe-box / steel-toe boot w/ roomier toe cap - work note given.
Pain: acetaminophen/ibuprofen.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], ["coding-correction"],
                  dx={"11730": ["L60.3"]}),
    "coder_note": "First nail 11730, each additional nail +11732 (not a second 11730). Digit modifiers: right great toe "
                  "T5, right second toe T6.",
})

SCENARIOS.append({
    "id": "s78-nail-ingrown-avulsion-plus-phenol",
    "family": "nails", "shape": "free-text",
    "description": "Recurrent ingrown R hallux lateral border: partial avulsion listed separately from phenol "
                   "matrixectomy; avulsion bundles into 11750",
    "date": "2025-09-30",
    "patient": ("Francois", "Wesley", "2004-03-15", "male"),
    "provider": "baptiste", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Ingrown toenail, right great toe, recurrent", "L60.0", "Right great toe, lateral border",
          reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion, lateral border", site="Right great toe",
          note="Lateral 4 mm strip of the nail plate freed and avulsed after digital block.", reasons=["c1"]),
        P("Chemical matrixectomy, phenol", site="Right great toe",
          note="Phenol 88% applied to the lateral matrix horn, 3 applications x 30 s, neutralized with "
               "alcohol - permanent ablation of the lateral nail matrix.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
S: 21M, college basketball. R big toe ingrown on outside edge for the 4th time this year; 2 rounds of
   cephalexin from student health. Wants it fixed permanently.
O: R hallux lateral nail fold: hypertrophic granulation tissue, mild drainage, tender; no cellulitis
   proximal to the DIP. Medial border fine. L great toe normal.
A: Recurrent ingrown toenail, R hallux lateral border.
P: Partial avulsion + phenol matrixectomy (see procedure entries). Digital block 2% lidocaine plain.
   Consent signed (recurrence ~5%, drainage for 2-4 wk after phenol, narrower nail).
   Tourniquet < 15 min. Bacitracin + gauze. Soaks, back to practice in ~1 week. RTC 2 wk.
   No antibiotic needed - no cellulitis.
Marc Baptiste, MD
""",
    "expected": E([L("11750", 1, "T5")], ["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "Phenol matrixectomy = permanent removal of nail matrix -> 11750 with T5 (right great toe). The partial "
                  "avulsion of the same nail is bundled (11750/11730 indicator 1, same nail, no distinct site).",
})

SCENARIOS.append({
    "id": "s78-paring-three-corns-commercial",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three painful hyperkeratotic lesions (two corns, one callus) with a commercial plan",
    "date": "2025-10-07",
    "patient": ("Santiago", "Luz", "1966-01-31", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Right 5th toe, left 4th web space, left plantar",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
DOS 10/07/2025 - Luz Santiago, 59 F - Ines Castellanos, MD - interpreter: none needed (bilingual)

S: Works 10-hour shifts standing (hospital housekeeping). Painful "hard skin" on both feet limiting
   walking at work. No diabetes, no neuropathy, no PAD.
O: Feet - three painful hyperkeratotic lesions:
   1. Right 5th toe, dorsolateral PIPJ: hard corn (heloma durum) 6 mm with central core.
   2. Left 4th interdigital web: soft corn (heloma molle) 5 mm, macerated.
   3. Left plantar 2nd metatarsal head: callus 1.5 cm with a painful central core.
   Pulses 2+. Sensation intact. No warts (skin lines preserved through each lesion, no pinpoint vessels).
A: Corns/callus x3.
P: Paring of all 3 lesions with #15 blade until normal skin lines and pain relief on pressure.
   Silicone toe sleeve (5th toe), toe separator (4th web), metatarsal pad. Wider toe-box shoes.
   Return PRN.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring 2-4 benign hyperkeratotic lesions -> 11056 (three lesions). Commercial payer, no routine "
                  "foot-care issue.",
})

SCENARIOS.append({
    "id": "s78-paring-heel-callus-plus-plantar-warts",
    "family": "paring", "shape": "free-text",
    "description": "Paring of one heel callus (R) + cryotherapy of two plantar warts (L forefoot): 17110 needs XS",
    "date": "2025-10-14",
    "patient": ("Augustin", "Ricardo", "1988-07-07", "male"),
    "provider": "baptiste", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Callus, right heel", "L84", "Right plantar heel", reason=True),
        C("c2", "Plantar warts, left forefoot", "B07.0", "Left plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Paring of callus", site="Right plantar heel",
          note="Single painful 2 cm heel callus pared with #15 blade.", reasons=["c1"]),
        P("Cryotherapy of warts", site="Left plantar forefoot",
          note="Two painful plantar warts (5 mm and 7 mm) under the L 1st and 3rd metatarsal heads pared lightly "
               "then treated with liquid nitrogen, 2 freeze-thaw cycles each.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
10/14/2025 - Ricardo Augustin 37M - Dr Baptiste
S: Painful walking x 3 mo (delivery driver, on feet all day). Tried OTC corn pads - no help.
   No diabetes, no neuropathy, no circulation problems.
O: R plantar heel: thick yellow-brown callus 2 cm with a superficial fissure, skin lines preserved.
   L plantar forefoot: 2 warts (5 mm under 1st MT head, 7 mm under 3rd MT head) w/ pinpoint black dots,
   interrupted skin lines, painful to lateral squeeze. Pulses normal.
A: 1. Callus, R heel.  2. Verruca plantaris x2, L forefoot - painful.
P: Procedures per entries (callus paring R; cryo x2 warts L).
   Salicylic acid 40% pads to warts at home between visits. Heel cup + urea 40% cream to R heel.
   RTC 3-4 wk for repeat cryo.
""",
    "expected": E([L("11055"), L("17110", 1, "XS")], dx={"11055": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "One lesion pared -> 11055. Two warts destroyed -> 17110. 11055/17110 is PTP indicator 1 with 17110 "
                  "as column 2; different lesions on the other foot -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s78-patch-hair-dye-eighty-four-em",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt with hair-dye dermatitis: 84 patch tests applied + separately treated shin lichen simplex; "
                   "99204 selected",
    "date": "2025-10-21",
    "patient": ("Grant", "Sharonda", "1981-05-25", "female"),
    "provider": "adeyemi", "payer": "commercial-uhc", "minutes": 60,
    "em": "99204",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to hair dye, suspected", "L23.4", "Scalp margin, ears, neck",
          reason=True),
        C("c2", "Lichen simplex chronicus, shins", "L28.0", "Bilateral anterior shins", reason=True),
    ],
    "note_title": "Contact Dermatitis Clinic - New Patient",
    "note": HDR + """
CONTACT DERMATITIS CLINIC - NEW PATIENT / PATCH TEST APPLICATION (Day 0)
Date: 10/21/2025                        Physician: Folake Adeyemi, MD
Patient: Sharonda Grant, 44-year-old woman, hair stylist

History: Two years of recurrent itchy, weeping eruptions of the hairline, ears and sides of the neck
within 48 hours of coloring her own hair with permanent dark-brown/black dyes, and hand dermatitis on
workdays. She colors clients' hair and uses nitrile gloves "most of the time". Separately, she has had
itchy thick patches on both shins for a year that she scratches at night.

Exam: Hyperpigmented, lichenified plaques with excoriations along the frontal/temporal hairline, postauricular
skin and lateral neck; subtle dusky erythema; no vesicles today. Hands: mild fissured dermatitis of the
fingertips. Shins: two symmetric 6 x 4 cm thickened, hyperpigmented, lichenified plaques with accentuated
skin markings and excoriations; no scale suggestive of psoriasis.

Assessment and plan:
1. Suspected allergic contact dermatitis to hair-dye components (p-phenylenediamine and related) -
   patch testing applied today:
     Expanded baseline series ........ 70 allergens
     Hairdressing series .............. 14 allergens
     Total ............................ 84 allergens (84 individual patch tests)
   Readings at 48 h and 96 h. Avoid dyeing and showering the back until the final reading. Clobetasol was
   not started on the back/hairline to avoid suppressing reactions.
2. Lichen simplex chronicus of the shins (new problem, unrelated to the dye) - Rx triamcinolone 0.1%
   ointment under occlusion at night x 3 weeks, then taper; hydroxyzine 25 mg at bedtime for itch;
   counseled on the itch-scratch cycle.

Total time today 60 minutes, not counting the patch-test application performed by our MA.
Visit level: 99204.
Folake Adeyemi, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 84)], dx={"95044": ["L23.4"]}),
    "coder_note": "95044 units = number of allergens applied (84, under MUE 90). The shin LSC with Rx is separately "
                  "identifiable -> 99204-25 (95044/99204 indicator 1).",
})

SCENARIOS.append({
    "id": "s78-patch-placement-em-no-separate-work",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch-test placement day pre-coded 95044 (35 allergens) + 99213; E/M work is only allergen "
                   "selection and instructions",
    "date": "2025-11-04",
    "patient": ("Fils-Aime", "Rosette", "1960-09-09", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Eyelid and hand dermatitis, suspected allergic contact dermatitis", "L23.9",
          "Bilateral upper eyelids, hands", reason=True),
    ],
    "procedures": [
        P("Patch tests", cpt="95044", site="Upper back",
          note="35 allergens applied (T.R.U.E. panels 1-3)", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": HDR + """
PATCH TEST APPLICATION - 11/04/2025
Rosette Fils-Aime, 65F, est. pt (seen 10/14 for eyelid/hand dermatitis; patch testing planned at that visit).
Interpreter: Haitian Creole, in person.
Today: reviewed her products (nail polish, hair oils with fragrance, hair dye, nickel jewelry) to confirm
the panel; T.R.U.E. test panels 1-3 (35 allergens) applied to the upper back by me; sites marked.
Instructions reviewed (keep back dry, no sun, avoid strenuous exercise). No other complaints today; her
eyelid/hand regimen from 10/14 unchanged.
She asked whether she can keep using her eyelid ointment - yes, on the eyelids only (not the back).
Return 11/06 (48 h) and 11/07 (72-96 h) for readings.
Marc Baptiste, MD
""",
    "expected": E([L("95044", 35)], ["ncci"], dx={"95044": ["L23.9"]}),
    "coder_note": "Only allergen selection and patch-test instructions - no separately identifiable E/M -> 99213 removed "
                  "(95044/99213 PTP indicator 1 without justification).",
})

SCENARIOS.append({
    "id": "s78-photo-psoriasis-puva-no-failed-tx-abn",
    "family": "phototherapy", "shape": "free-text",
    "description": "Medicare FFS: oral PUVA started for plaque psoriasis without documented failure of conventional "
                   "therapy; ABN signed",
    "date": "2025-11-11",
    "patient": ("Whitaker", "Harold", "1951-11-02", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 15% BSA", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("PUVA treatment #1", site="Whole body (phototherapy cabinet)",
          note="Oral methoxsalen 0.6 mg/kg taken 1.5 h before; UVA 0.5 J/cm2 (skin type V starting dose). "
               "Goggles issued. ABN (CMS-R-131) signed today because Medicare may deny PUVA without prior failed "
               "conventional treatment.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Note",
    "note": HDR + """
Phototherapy unit - 11/11/2025 - Harold Whitaker, 74M - Dr. Okafor
New to our unit. Plaque psoriasis x 2 yr, ~15% BSA: thick gray-violaceous plaques with silvery scale on
trunk/extremities (erythema masked on his dark skin; marked post-inflammatory hyperpigmentation).
Prior treatment: none documented - he has never used prescription topicals or had UVB; he asked to start
PUVA because a relative did well with it. We discussed that Medicare covers PUVA only after failure of more
conventional treatment; he chose to proceed and signed the ABN.
No history of skin cancer, no photosensitizing drugs, no cataracts (baseline eye exam 10/2025, normal).
Not on methotrexate or biologics. Joints: no psoriatic arthritis symptoms.
Treatment #1 per procedure entry. Genitals shielded. UVA-protective glasses for 24 h after each dose.
Nausea counseling (take methoxsalen with food). Next session in 48-72 h, twice weekly.
Reassess at 30 days - response to be documented before continuing.
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "NCD 250.1: PUVA covered only after failure of conventional treatment, which is not documented -> "
                  "expected denial as not reasonable and necessary; ABN on file, Medicare FFS -> 96912-GA (not GY, it "
                  "is not a statutory exclusion).",
})

SCENARIOS.append({
    "id": "s78-photo-excimer-vitiligo-area-sum-precoded",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer for vitiligo of face and both hands: areas 85 + 90 + 90 = 265 sq cm, pre-coded 96920",
    "date": "2025-11-18",
    "patient": ("Osei", "Nana", "1993-08-14", "female"),
    "provider": "adeyemi", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Vitiligo, nonsegmental, face and hands", "L80", "Perioral/periocular face, dorsal hands",
          reason=True),
    ],
    "procedures": [
        P("Excimer laser therapy, less than 250 sq cm", cpt="96920", site="Face, bilateral dorsal hands",
          reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment Note",
    "note": HDR + """
308-nm EXCIMER LASER - TREATMENT #11
Date: 11/18/2025     Physician: Folake Adeyemi, MD     Patient: Nana Osei, 32 F

Vitiligo, nonsegmental, stable for 9 months, on tacrolimus 0.1% ointment BID (>3 months) with only
perifollicular repigmentation. Prior authorization on file with Aetna (vitiligo, face/hands, course 1 of 3).
Today: good perifollicular islands of repigmentation on the perioral and periocular skin; hands slower.
Treated areas (measured with the treatment grid at session 1 and rechecked today):
  Face (perioral + periocular) ........ 85 sq cm
  Right dorsal hand and fingers ....... 90 sq cm
  Left dorsal hand and fingers ........ 90 sq cm
  Total treated area .................. 265 sq cm
Dose: face 400 mJ/cm2, hands 700 mJ/cm2 (increased 10% from last session; no blistering, mild
perilesional tanning). Eye protection used.
Next session in 3-4 days (twice weekly).
""",
    "expected": E([L("96921")], ["coding-correction"], dx={"96921": ["L80"]}),
    "coder_note": "Excimer codes are chosen by total area treated in the session: 265 sq cm -> 96921 (250-500), one "
                  "unit.",
})

SCENARIOS.append({
    "id": "s78-mohs-nasal-sidewall-pigmented-bcc",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs of a pigmented BCC of the R nasal sidewall, 2 stages (3 + 2 blocks), intermediate repair "
                   "2.2 cm",
    "date": "2025-12-02",
    "patient": ("Espinoza", "Guadalupe", "1957-02-19", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, pigmented nodular, right nasal sidewall", "C44.311", "Right nasal sidewall",
          reason=True),
    ],
    "note_title": "Mohs Micrographic Surgery Report",
    "note": HDR + """
MOHS MICROGRAPHIC SURGERY - OPERATIVE REPORT
Date of surgery: 12/02/2025
Surgeon and pathologist: Rafael Santos, MD (performed both the surgery and the frozen-section interpretation)
Patient: Guadalupe Espinoza, 68-year-old woman, Fitzpatrick IV

Diagnosis: Basal cell carcinoma, pigmented nodular type, right nasal sidewall, confirmed by shave biopsy
11/06/2025 at this office (accession CP25-4419). Primary tumor, not previously treated.
Indication for Mohs: nasal location (high-risk anatomic area H); tissue conservation needed.
Clinical size before surgery: 0.8 x 0.7 cm blue-black, glossy papule with rolled border.

Pre-operative: Time-out. Site confirmed with patient using a mirror. 1% lidocaine with epinephrine 4 mL.

Stage 1: Debulking curettage, then excision with 2 mm margin; tissue divided into 3 blocks, inked and mapped.
  Frozen sections: residual pigmented BCC at the 10 o'clock peripheral margin (block 2).
Stage 2: Additional tissue from 9 to 11 o'clock, 2 blocks. Frozen sections: clear.
Total: 2 stages (3 and 2 blocks).

Final defect: 1.3 x 1.1 cm, right nasal sidewall, to the level of the nasalis, no cartilage exposed.
Repair: Options discussed (second intention, layered linear closure, flap). Layered closure chosen: the
defect was converted to an ellipse oriented along the sidewall, undermined in the submuscular plane, and
closed with 5-0 Monocryl buried sutures and 6-0 Prolene running. Final repair length 2.2 cm.
Simple dressing. No complications. Estimated blood loss minimal.

Follow-up: suture removal in 1 week; total-body skin examination in 6 months (she has a history of a
BCC on the upper lip treated by excision in 2019, no recurrence).
Rafael Santos, MD
""",
    "expected": E([L("17311"), L("17312"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "Nose (head) Mohs: stage 1 -> 17311, stage 2 -> 17312; no stage over 5 blocks. Layered repair of the "
                  "nose 2.2 cm -> 12051, separately reportable after Mohs (MOHS-7).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s78-mohs-dfsp-back-three-stages-extra-blocks",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs for DFSP of the L upper back: 3 stages with 8/6/3 blocks, complex repair 9.0 cm",
    "date": "2025-12-09",
    "patient": ("Mitchell", "Andre", "1985-10-17", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 260,
    "conditions": [
        C("c1", "Dermatofibrosarcoma protuberans, left upper back", None, "Left upper back", reason=True),
    ],
    "procedures": [
        P("Mohs surgery, stage I", site="Left upper back",
          note="Tumor 3.5 x 2.8 cm firm violaceous-brown plaque. Debulked; stage I excised with 1 cm margin and "
               "divided into 8 tissue blocks. Frozen H&E: tumor at blocks 3, 4 and 7 (peripheral).",
          reasons=["c1"]),
        P("Mohs surgery, stage II", site="Left upper back",
          note="Additional layer around 2-7 o'clock, 6 tissue blocks. Residual tumor in block 5 (deep).",
          reasons=["c1"]),
        P("Mohs surgery, stage III", site="Left upper back",
          note="Deep layer at 5 o'clock down to fascia, 3 tissue blocks. Clear.", reasons=["c1"]),
        P("Complex linear repair", site="Left upper back",
          note="Defect 6.2 x 3.9 cm. Debridement of the devitalized wound edges, extensive undermining (greater "
               "than the defect width along both long edges) and two horizontal-mattress retention sutures. "
               "Layered closure; final repair length 9.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": HDR + """
Mohs Micrographic Surgery - 12/09/2025
Surgeon/pathologist: Rafael Santos, MD, who excised, mapped, and interpreted all frozen sections himself.
Patient: Andre Mitchell, 40 M.

Diagnosis: Dermatofibrosarcoma protuberans, left upper back, incisional biopsy 11/2025 (CD34 positive,
storiform spindle cells infiltrating fat). Primary. Mohs chosen for this infiltrative tumor with poorly defined
borders and its high recurrence with standard excision.
Frozen H&E only - no immunostains needed on the Mohs layers. Debulk specimen not sent separately.
Stages and blocks: I = 8 blocks, II = 6 blocks, III = 3 blocks (details in procedure entries). Clear after III.
Repair: complex (see procedure entry). Post-op: no lifting > 10 lb for 3 weeks; sutures out 14 days.
Medical oncology referral not needed (clear margins, no fibrosarcomatous change reported on biopsy).
""",
    "expected": E([L("17313"), L("17314", 2), L("17315", 4), L("13101"), L("13102")]),
    "coder_note": "Trunk Mohs: 17313 + 17314 x2 (stages II-III). Blocks beyond 5 in each stage: 3 + 1 + 0 = 4 -> 17315 x4. "
                  "Complex repair trunk 9.0 cm -> 13101 (to 7.5) + 13102 x1 (each further 5 cm or less).",
})

SCENARIOS.append({
    "id": "s78-postop-earlobe-keloid-suture-removal",
    "family": "post-op", "shape": "note-only",
    "description": "Day-7 suture removal after earlobe keloid excision, provider selected 99212; inside the 10-day "
                   "global",
    "date": "2025-05-20",
    "patient": ("Nwosu", "Chiamaka", "1998-12-05", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Aftercare following keloid excision, right earlobe", "Z48.817", "Right earlobe", reason=True),
    ],
    "prior": [PRIOR("2025-05-13", "11442", "Excision benign lesion, ear, 1.1-2.0 cm", "Right earlobe",
                    "Keloid excision with layered closure 2.6 cm")],
    "note_title": "Post-op Visit",
    "note": HDR + """
POST-OP 05/20/2025 - C. Nwosu 26F - Okonkwo
s/p R earlobe keloid excision + layered closure 05/13 (path: keloid, reviewed w/ pt today).
Pain 1/10, no fever. Using vaseline as instructed.
Exam: incision intact, no erythema/drainage, no dehiscence, no tenderness. No early scar thickening.
Prolene removed, all sutures accounted for. Steri-strips applied.
Lobule contour good, symmetric with L.
Plan: ILK to scar at the 2-wk mark (next visit, 05/27) - not today. Pressure earring after that,
      nightly x 6 mo. Silicone gel once fully epithelialized.
No other concerns raised; no other problems addressed today.
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "Routine post-op wound check/suture removal 7 days after a 010-global excision -> 99024, no E/M.",
})

SCENARIOS.append({
    "id": "s78-postop-cyst-excision-new-lichen-planus-24",
    "family": "post-op", "shape": "note-only",
    "description": "Six days after a back cyst excision (010 global), visit for a new unrelated eruption; 99213 "
                   "needs 24",
    "date": "2025-01-27",
    "patient": ("Freeman", "Odessa", "1956-04-04", "female"),
    "provider": "adeyemi", "payer": "medicare", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Lichen planus", "L43.9", "Bilateral volar wrists and shins", reason=True),
    ],
    "prior": [PRIOR("2025-01-21", "11403", "Excision benign lesion trunk 2.1-3.0 cm", "Upper back",
                    "Epidermoid cyst excision with layered closure")],
    "note_title": "Office Visit",
    "note": HDR + """
OFFICE VISIT - 01/27/2025
Odessa Freeman, 68-year-old woman. Folake Adeyemi, MD.

Reason for visit: new itchy rash on the wrists and legs for 3 weeks. (She had an epidermoid cyst excised
from the upper back here on 01/21; she reports the incision is comfortable and dry. Sutures are due out at
her scheduled nurse visit on 01/31 - the wound was not examined today and she had no concerns about it.)

HPI: Intensely itchy bumps on the inner wrists, then the shins, spreading over 3 weeks. No new medicines
(on lisinopril for 6 years, unchanged). No mouth soreness. Hepatitis C screening: never done.

Exam: Flat-topped, polygonal, violaceous-to-gray-brown papules with fine white Wickham striae on dermoscopy,
volar wrists bilaterally and both shins; Koebner lines on the right shin. Buccal mucosa: faint lacy white
striae bilaterally, non-erosive. Nails and scalp normal.

Assessment: Lichen planus, cutaneous with asymptomatic oral involvement - new problem.
Plan: Rx clobetasol 0.05% ointment BID to the papules x 3 weeks (not to the face/folds). Hepatitis C
antibody ordered. Counseled that the lesions typically leave dark post-inflammatory marks on her skin
tone that fade slowly. Follow-up 6 weeks.
Level 99213.
Folake Adeyemi, MD
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L43.9"]}),
    "coder_note": "E/M for an unrelated new problem inside the 10-day global of the 01/21 excision -> 99213-24 (GS-5).",
})

SCENARIOS.append({
    "id": "s78-postop-new-scalp-sk-shave-in-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Inside the global of a forearm SCC excision, shave removal of a new bleeding scalp SK 0.8 cm "
                   "(Medicare Advantage)",
    "date": "2025-02-11",
    "patient": ("Castillo", "Rogelio", "1947-09-30", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis of scalp", "L82.0", "Left parietal scalp", reason=True),
    ],
    "prior": [PRIOR("2025-02-03", "11602", "Excision malignant lesion arm 1.1-2.0 cm", "Right dorsal forearm",
                    "SCC excision, simple closure")],
    "procedures": [
        P("Shave removal, scalp lesion", site="Left parietal scalp",
          note="0.8 cm inflamed, crusted seborrheic keratosis that catches on his comb and has bled repeatedly. "
               "Shave removal flush with the scalp, aluminum chloride hemostasis; specimen to pathology.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left parietal scalp, shave: Irritated seborrheic keratosis. No dysplasia.",
              "site": "Left parietal scalp", "date": "2025-02-14"}],
    "note_title": "Procedure Note",
    "note": HDR + """
02/11/2025 - Rogelio Castillo, 77M - Rafael Santos, MD
Came in sooner than his scheduled 02/17 suture-removal visit because of a sore, bleeding bump on the scalp
(new since the holidays). Forearm excision site (02/03) not addressed today; he has no concerns about it.
Scalp: 0.8 cm stuck-on, crusted brown-black papule, inflamed rim, fresh blood on the comb he brought.
No other scalp lesions. No cervical adenopathy.
Impression: irritated/inflamed SK vs. other - removed by shave today (procedure entry). Path to confirm.
Verbal consent. Lidocaine 1% with epi 0.5 mL.
Aftercare: petrolatum, avoid combing over the site x 1 week.
Keep the 02/17 visit for the forearm sutures.
""",
    "expected": E([L("11306", 1, "79")], ["global-period"], dx={"11306": ["L82.0"]}),
    "coder_note": "Scalp = SNHFG shave, 0.8 cm -> 11306. New, unrelated lesion treated inside the 10-day global of the "
                  "02/03 excision -> 79 (GS-5). Medicare Advantage: no ABN/GY modifiers.",
})

SCENARIOS.append({
    "id": "s78-mix-back-nevus-bx-plus-finger-warts",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential biopsy of a changing back nevus + cryotherapy of 3 finger warts: biopsy is column 2 "
                   "of 17110 and takes XS",
    "date": "2025-03-04",
    "patient": ("Herrera", "Valeria", "1990-10-10", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Changing pigmented papule, left upper back", "D49.2", "Left upper back", reason=True),
        C("c2", "Verruca vulgaris, fingers", "B07.8", "Right index and middle fingers", reason=True),
    ],
    "path": [{"text": "Skin, left upper back, shave biopsy: Compound melanocytic nevus with mild architectural "
                      "disorder. Margins involved.", "site": "Left upper back", "date": "2025-03-10"}],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE - 03/04/2025
Valeria Herrera, 34 F - Ines Castellanos, MD

1) Mole on the left upper back that her husband says has gotten darker and larger over the past 4 months.
   Exam: 6 mm dark-brown papule with an eccentric darker area; dermoscopy with an irregular network and
   one off-center blotch. Other nevi on the back are uniform.
   Procedure: tangential (shave) biopsy at a depth to include the full lesion thickness in the papillary
   dermis, for histology. Aluminum chloride. Specimen to dermatopathology.

2) Common warts on the right index (2) and right middle (1) fingers x 6 months, painful when she types and
   spreading from one to three. Procedure: liquid nitrogen, 2 freeze-thaw cycles to each of the 3 warts.

Wound care and blister care reviewed. Results call in 7-10 days; wart retreatment in 3-4 weeks if needed.
""",
    "expected": E([L("17110"), L("11102", 1, "XS")], dx={"17110": ["B07.8"], "11102": ["D22.5"]}),
    "coder_note": "Tangential biopsy 11102 + wart destruction 17110 (3 lesions). PTP 17110/11102 indicator 1 with the "
                  "biopsy as column 2; separate lesion/site -> XS on 11102. Path compound nevus of the back -> D22.5.",
})

SCENARIOS.append({
    "id": "s78-mix-pfb-beard-keloids-ilk-plus-forearm-bx",
    "family": "mixed", "shape": "free-text",
    "description": "ILK to two beard-area keloidal papules (Kenalog-40 0.5 mL = 20 mg) + shave biopsy of a new "
                   "forearm papule",
    "date": "2025-04-29",
    "patient": ("Washington", "Curtis", "1955-12-20", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Keloids of the beard area secondary to pseudofolliculitis barbae", "L91.0",
          "Left mandibular border, submental", reason=True),
        C("c2", "Pseudofolliculitis barbae", "L73.1", "Beard area"),
        C("c3", "New papule, left forearm, uncertain type", "L98.8", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("ILK - beard keloids", site="Left mandibular border; submental",
          note="Two firm keloidal papules (0.9 cm and 0.7 cm). Kenalog-40 (40 mg/mL) 0.25 mL into each, total "
               "0.5 mL = 20 mg.", reasons=["c1"]),
        P("Shave biopsy", site="Left dorsal forearm",
          note="5 mm pink-brown pearly papule, new over 3 months; tangential biopsy for histology.",
          reasons=["c3"]),
    ],
    "path": [{"text": "Skin, left forearm, shave biopsy: Dermatofibroma (benign fibrous histiocytoma).",
              "site": "Left forearm", "date": "2025-05-02"}],
    "note_title": "Procedure Note",
    "note": HDR + """
04/29/2025 Curtis Washington 69M (MA PPO) - Okonkwo
S: PFB x decades (retired, still shaves for church). 2 keloidal papules jawline/submental itch + bleed
   w/ shaving. Also new bump L forearm x 3 mo - pt worried (brother had melanoma? - "a skin cancer", type unk).
O: Beard area: scattered perifollicular hyperpigmented papules, ingrown hairs, 2 firm shiny keloidal
   papules L mandibular border 0.9 cm + submental 0.7 cm. L dorsal forearm: 5 mm firm pink-brown papule,
   dimples on lateral pressure but glossy surface - not certain clinically.
A: PFB w/ keloids x2 (symptomatic). Forearm papule, uncertain - bx.
P: Counseled: single-blade razor with the grain or clipper 1 mm; no close shave. Laser hair reduction =
   cosmetic, discussed only. Continue tretinoin 0.025% cr qhs to beard (his existing Rx, unchanged).
   Procedures per entries. Silicone to keloids. RTC 6 wk.
""",
    "expected": E([L("11900"), L("J3301", 2), L("11102")], dx={"11900": ["L91.0"], "11102": ["D23.62"]}),
    "coder_note": "2 keloids -> 11900; 20 mg -> J3301 x2. Separate lesion tangential biopsy -> 11102 (no PTP edit with "
                  "11900). Dermatofibroma of the left forearm -> D23.62.",
})

SCENARIOS.append({
    "id": "s78-mix-excise-left-lobe-keloid-inject-right",
    "family": "mixed", "shape": "note-only",
    "description": "Excision of L earlobe keloid (1.5 cm + 1 mm rim) with layered closure 2.4 cm, and ILK to the "
                   "separate R earlobe keloid: 11900 needs XS",
    "date": "2025-08-26",
    "patient": ("Adjei", "Efua", "2002-07-03", "female"),
    "provider": "okafor", "payer": "commercial-uhc", "minutes": 70,
    "conditions": [
        C("c1", "Keloid, left earlobe", "L91.0", "Left earlobe", reason=True),
        C("c2", "Keloid, right earlobe", "L91.0", "Right earlobe", reason=True),
    ],
    "path": [{"text": "Skin, left earlobe, excision: Keloid. No malignancy.", "site": "Left earlobe",
              "date": "2025-08-29"}],
    "note_title": "Procedure Note",
    "note": HDR + """
Procedure note - 08/26/2025
Efua Adjei, 23-year-old woman. Adaeze Okafor, MD.

Bilateral earlobe keloids after piercing at age 16. Both itch and are tender; the left one is large,
pulls the lobe down and bleeds when her earring snags. She has had 5 rounds of injections to the left
without adequate response and wants it removed. The right one is smaller and has responded to injections.

Left earlobe: 1.5 x 1.2 cm firm, shiny, dark-brown keloid. Excised with a 1 mm rim of normal skin (0.1 cm
margin) after 1% lidocaine with epinephrine. The lobule was reconstructed with a layered closure
(5-0 Monocryl buried, 6-0 Prolene). Repaired length 2.4 cm. Specimen to pathology.

Right earlobe (separate lesion): 0.8 cm keloid, injected with triamcinolone acetonide 40 mg/mL, 0.3 mL
(12 mg), 30-gauge needle.

Plan: left ear - sutures out in 7 days, triamcinolone into the scar at 2 and 4 weeks, pressure earring;
right ear - repeat injection in 6 weeks. Silicone gel to both.
Adaeze Okafor, MD
""",
    "expected": E([L("11442"), L("12051"), L("11900", 1, "XS"), L("J3301", 2)],
                  dx={"11442": ["L91.0"], "11900": ["L91.0"]}),
    "coder_note": "Left ear excision 1.5 + 2 x 0.1 = 1.7 cm -> 11442; layered repair ear 2.4 cm -> 12051. ILK to the "
                  "other ear's keloid: 11442/11900 and 12051/11900 are indicator 1 with 11900 as column 2 -> XS. "
                  "12 mg -> J3301 x2.",
})

SCENARIOS.append({
    "id": "s78-em-new-melasma-acne-pih-html",
    "family": "em", "shape": "note-only",
    "description": "HTML note: new pt with melasma, acne and PIH, Rx management; future cosmetic peel only "
                   "discussed; provider chose 99204",
    "date": "2025-09-16",
    "patient": ("Chowdhury", "Nusrat", "1994-02-08", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 45,
    "em": "99204",
    "html": True,
    "conditions": [
        C("c1", "Melasma", "L81.1", "Malar cheeks, forehead, upper lip", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Jawline, chin", reason=True),
        C("c3", "Postinflammatory hyperpigmentation", "L81.0", "Jawline, chin", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """<html><body>
<h3>CRESCENT PARK DERMATOLOGY - Skin of Color &amp; Hair Center</h3>
<p><b>New Patient Visit</b> | 09/16/2025 | Ines Castellanos, MD</p>
<p><b>Patient:</b> Nusrat Chowdhury, 31 F, Fitzpatrick IV</p>
<h4>HPI</h4>
<p>Brown patches on the cheeks, forehead and upper lip for 3 years, worse after starting an oral
contraceptive and during summers. Also breakouts along the jaw and chin with each cycle that leave dark
spots lasting months. Used a cream bought abroad (label says clobetasol + hydroquinone) on and off for a
year - stopped 2 months ago.</p>
<h4>Exam</h4>
<ul>
<li>Symmetric light-to-medium brown patches, malar cheeks, forehead, upper lip; Wood's lamp epidermal
accentuation.</li>
<li>Jawline/chin: 8-10 inflammatory papules, few closed comedones; numerous hyperpigmented macules.</li>
<li>Mild steroid-induced telangiectasia on the cheeks; no atrophy, no ochronosis.</li>
</ul>
<h4>Assessment / Plan</h4>
<ol>
<li><b>Melasma</b> - stop the imported steroid-containing cream (counseled on risks). Start tranexamic acid
650 mg PO BID after discussing clot risk with her gynecologist given the OCP (she will call; Rx sent
contingent on clearance). Azelaic acid 15% gel BID. Tinted SPF 50 with iron oxides.</li>
<li><b>Acne vulgaris</b> - adapalene 0.3%/benzoyl peroxide 2.5% gel nightly; spironolactone discussed,
deferred.</li>
<li><b>PIH</b> - will improve with acne control and azelaic acid.</li>
</ol>
<p>She asked about chemical peels; explained they would be cosmetic and self-pay, possibly in 3 months once
the skin is calm. Not scheduled.</p>
<p>Visit level 99204 (moderate MDM: 3 problems, prescription drug management).</p>
</body></html>""",
    "expected": E([L("99204")], dx={"99204": ["L81.1"]}),
    "coder_note": "E/M only; provider-selected 99204 kept. No procedure, so no 25. The cosmetic peel was only discussed.",
})

SCENARIOS.append({
    "id": "s78-em-medicare-screening-fse-normal",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new pt: screening full-skin exam at family request, no complaint, no history, "
                   "normal exam; 99203",
    "date": "2025-10-28",
    "patient": ("Pritchett", "Willie Mae", "1950-05-15", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 30,
    "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient - Skin Check",
    "note": HDR + """
New patient skin examination - 10/28/2025
Willie Mae Pritchett, 75-year-old woman. Adaeze Okafor, MD.

Her daughter, who was recently treated for melanoma on the foot, asked her to "get checked too". Mrs.
Pritchett has no skin complaints: no new, changing, bleeding or itchy spots, nothing on her palms, soles
or nails that she has noticed. No personal history of skin cancer or precancer. No family history of
melanoma in first-degree relatives other than the daughter mentioned above. No immunosuppression. Never
used tanning beds.

Full-skin examination including scalp, palms, soles, nail units, oral mucosa and genital area (chaperone
present): no suspicious pigmented lesions, no lesions of the acral skin or nail units, no lesions
requiring treatment, biopsy or follow-up. Normal examination.

Assessment: Screening skin examination, normal.
Plan: Educated on self-examination with special attention to palms, soles and nails (acral melanoma
is the most common type in Black patients). Return only if concerns.
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "Screening-only full-skin exam of an asymptomatic Medicare FFS patient with no personal history and a "
                  "normal exam -> not a Medicare benefit (DX-5) -> 99203-GY. A first-degree relative's melanoma does not "
                  "make it diagnostic.",
})

SCENARIOS.append({
    "id": "s78-em-ccca-g2211-with-modifier-25",
    "family": "em", "shape": "pre-coded",
    "description": "CCCA longitudinal care: pre-coded 99214 + G2211 + ILK (11900) with J3301; G2211 not payable with a "
                   "modifier-25 E/M",
    "date": "2025-11-25",
    "patient": ("Gaines", "Beatrice", "1954-01-22", "female"),
    "provider": "adeyemi", "payer": "medicare", "minutes": 40,
    "em": "99214",
    "conditions": [
        C("c1", "Central centrifugal cicatricial alopecia", "L66.81", "Vertex and crown", reason=True),
        C("c2", "Tinea versicolor", "B36.0", "Upper chest and back", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Vertex; left crown",
          note="Two patches", reasons=["c1"]),
        P("Visit complexity inherent to longitudinal care", cpt="G2211", reasons=["c1"]),
    ],
    "note_title": "Hair Clinic Follow-up",
    "note": HDR + """
HAIR CLINIC FOLLOW-UP - 11/25/2025
Beatrice Gaines, 71-year-old woman. Folake Adeyemi, MD (her ongoing dermatologist for CCCA since 2022).

1. CCCA: itch and tenderness recurred over the last 2 months. Doxycycline stopped in August for GI upset.
   Exam: vertex patch 7 x 6 cm and a separate 2 x 2 cm patch at the left crown, both with active peripilar
   white halos and perifollicular scale at the margins. Plan: start low-dose oral minoxidil 1.25 mg daily
   (BP 128/76, HR 72 today; counseled on hypertrichosis, edema, dizziness); continue clobetasol solution
   3 nights weekly; intralesional triamcinolone today.
   Procedure: triamcinolone acetonide 10 mg/mL - vertex patch 1.5 mL, left crown patch 0.5 mL, total
   2.0 mL (20 mg), 30-gauge needle, ~0.1 mL per stick. Tolerated well.
2. New: light, finely scaly patches on the upper chest and back for 2 months, worse in summer. Wood's
   lamp: yellow-orange fluorescence. Clinical tinea versicolor - ketoconazole 2% shampoo as a body wash
   daily x 2 weeks, then monthly prophylaxis; the light spots will take months to even out.

Level 99214. RTC 8 weeks.
Folake Adeyemi, MD
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301", 2)], dx={"11900": ["L66.81"]}),
    "coder_note": "Tinea versicolor (and new systemic minoxidil) is separately identifiable -> 99214-25. G2211 is not "
                  "payable with a modifier-25 E/M (EM-6) -> removed. Two patches -> 11900; 20 mg -> J3301 x2.",
})
