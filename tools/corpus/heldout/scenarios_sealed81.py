"""Sealed set 81 (s81-): hair, scalp and nail specialty clinic inside a dermatology practice.

Voice: Ines Castellanos MD (trichologist-dermatologist, provider "castellanos"), quick structured notes with scalp
maps, SALT scores and percentages; Mohs cases by the practice's Mohs surgeon (provider "lindgren") in the same
clinic template. Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the
tests/corpus/README.md "Coding decisions" section only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "CROWN & NAIL CLINIC - hair / scalp / nail service, Riverside Dermatology"

# ---------------------------------------------------------------------------------------------------------------
# Intralesional (ILK) charts
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-ilk-aa-four-patches-seb-derm-g2211",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Patchy AA, 4 scalp patches ILK 17 mg + new Rx for seborrheic dermatitis; provider sent G2211 and "
                   "J3301 x1 with an unmodified 99213; Medicare FFS",
    "date": "2025-02-11",
    "patient": ("Whitcombe", "Lorraine", "1957-08-19", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True),
        C("c2", "Seborrheic dermatitis of scalp", "L21.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, scalp patches", cpt="11900", site="Scalp - vertex, crown, L occipital, R temporal",
          note="ILK 5 mg/mL to 4 patches, 0.1 mL aliquots 1 cm apart, total 3.4 mL.", reasons=["c1"]),
        P("Triamcinolone acetonide inj", cpt="J3301", site="Scalp",
          note="Kenalog-10 diluted 1:1 with NS -> 5 mg/mL; 3.4 mL given.", reasons=["c1"]),
    ],
    "note_title": "Hair Clinic Follow-up",
    "note": HDR + """
I. Castellanos MD | est pt | DOS 02/11/2025

CC: AA f/u + "flaky itchy scalp" (new)

AA - SCALP MAP (cm)
  vertex        3.0 x 2.5   regrowth ~10%, fine vellus
  crown         2.0 x 2.0   no regrowth
  L occipital   2.5 x 1.5   new since Dec
  R temporal    1.5 x 1.0   active, +pull
SALT 9% (prev 7%).  Trichoscopy: exclamation-mark hairs + yellow dots at L occ and R temp.
Nails: fine pitting x2 fingernails, not treated.

SCALP, separate problem: diffuse greasy yellow scale frontal + parietal, perifollicular erythema,
itch 6/10 x 6 wk. Not treated before. Clinical dx seborrheic dermatitis.

PROC - ILK: consent, alcohol prep. Kenalog-10 diluted 1:1 NS -> 5 mg/mL. 30G needle, 0.1 mL aliquots ~1 cm
apart into all 4 patches. Total volume 3.4 mL (= 17 mg). Tolerated; no blanching/bleeding issues.

A/P
1. AA, patchy, 4 patches - ILK as above, q4-6wk. Discussed JAK options only if SALT >50% - not now.
2. Seborrheic dermatitis, scalp - NEW Rx ketoconazole 2% shampoo 2x/wk + fluocinolone 0.01% scalp oil qHS
   x 2 wk then prn. Reviewed steroid-atrophy risk, avoid on ILK sites same night.
RTC 5 wk.

Charges entered: 99213, G2211, 11900, J3301 x1.
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301", 2)]),
    "coder_note": "Seb derm with new Rx is separate from the ILK -> 99213-25 (GS-3). EM-6: G2211 not payable with a "
                  "modifier-25 E/M -> dropped. 4 patches -> 11900. 3.4 mL x 5 mg/mL = 17 mg -> J3301 x2 (ceil).",
})

SCENARIOS.append({
    "id": "s81-ilk-aa-nine-patches-11901",
    "family": "intralesional", "shape": "note-only",
    "description": "Patchy AA, nine mapped patches injected (22 mg) at a scheduled injection visit; Medicaid",
    "date": "2025-03-05",
    "patient": ("Oyelaran", "Tobi", "2000-01-23", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, multifocal patchy", "L63.9", "Scalp", reason=True),
    ],
    "note_title": "ILK Injection Visit",
    "note": HDR + """
ILK VISIT #3 - I. Castellanos MD - 03/05/2025
24M, patchy AA since 2023. Here for scheduled injections only; no other concerns raised.

SCALP MAP (patch / size cm / status)
  1 frontal midline     2 x 2      partial regrowth
  2 R frontal           1.5 x 1    stable
  3 L frontal           1 x 1      stable
  4 vertex              3 x 2.5    active (+pull)
  5 crown               2 x 1.5    active
  6 R parietal          2.5 x 2    regrowth 40%
  7 L parietal          1 x 1      new
  8 R occipital         2 x 1      stable
  9 L occipital         1.5 x 1.5  active
= nine patches. SALT 16% (prev 19%).

PROCEDURE: intralesional triamcinolone acetonide, 5 mg/mL (Kenalog-10 diluted 1:1), 0.1 mL per site ~1 cm
apart, all nine patches. Total 4.4 mL = 22 mg. Ice + vibration for comfort. No complications.

PLAN: repeat in 4-6 wk. Topical clobetasol foam was stopped last visit (atrophy) - not restarting.
""",
    "expected": E([L("11901"), L("J3301", 3)]),
    "coder_note": "Nine lesions (>7) -> 11901, one unit. 4.4 mL x 5 mg/mL = 22 mg -> J3301 x3. No E/M selected.",
})

SCENARIOS.append({
    "id": "s81-ilk-eyebrows-beard-low-dose",
    "family": "intralesional", "shape": "free-text",
    "description": "AA of both eyebrows and beard, three lesions injected with 2.5 mg/mL (3.5 mg total); Medicare "
                   "Advantage",
    "date": "2025-03-18",
    "patient": ("Kaczmarek", "Ludwik", "1966-11-04", "male"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata of eyebrows and beard", "L63.8", "Eyebrows, chin", reason=True),
    ],
    "procedures": [
        P("ILK eyebrows + beard patch", site="R eyebrow, L eyebrow, chin/beard",
          note="Kenalog 2.5 mg/mL. R brow 0.3 mL, L brow 0.3 mL, chin beard patch 0.8 mL. Total 1.4 mL.",
          reasons=["c1"]),
        P("Kenalog 10 mg/mL diluted to 2.5 mg/mL", site="Face",
          note="3.5 mg triamcinolone acetonide total.", reasons=["c1"]),
    ],
    "note_title": "Hair Clinic Procedure Note",
    "note": HDR + """
58M est pt - AA brows + beard. I. Castellanos MD, 03/18/2025.

MAP: R brow lateral third bare 2.0 cm; L brow lateral half bare 2.5 cm; chin beard patch 3 x 2 cm.
Scalp: no patches today (SALT 0%). Trichoscopy beard: exclamation-mark hairs at margin.

PROC: ILK, Kenalog-10 diluted to 2.5 mg/mL (facial concentration). 0.05 mL aliquots.
  R brow 0.3 mL | L brow 0.3 mL | beard 0.8 mL  -> total 1.4 mL = 3.5 mg.
Tolerated. Warned re: temporary dimpling.

PLAN: repeat 6 wk. If no response after 3 sessions we could talk about a JAK inhibitor - not started,
not ordered today.
""",
    "expected": E([L("11900"), L("J3301")]),
    "coder_note": "Three lesions (two brows + beard patch) -> 11900. 3.5 mg -> J3301 x1 (ceil of 0.35). JAK "
                  "inhibitor is hypothetical.",
})

SCENARIOS.append({
    "id": "s81-ilk-injection-points-not-patches",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Provider coded 11901 from ~35 injection points; only six patches were treated (20 mg); Medicare FFS",
    "date": "2025-04-02",
    "patient": ("Abernethy-Cole", "Priscilla", "1951-05-30", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional inj, more than 7 lesions", cpt="11901", site="Scalp",
          note="~35 injection points, Kenalog 10 mg/mL, 2.0 mL total.", reasons=["c1"]),
        P("Triamcinolone acetonide per 10 mg", cpt="J3301", site="Scalp", note="20 mg", reasons=["c1"]),
    ],
    "note_title": "ILK Procedure Note",
    "note": HDR + """
Injection visit - I. Castellanos MD - 04/02/2025 - est pt, AA patchy, ILK session #3.

SCALP MAP / SALT
  A  vertex          4 x 3 cm
  B  crown           2 x 2 cm
  C  R parietal      3 x 1.5 cm
  D  L parietal      2 x 1 cm
  E  occiput center  2.5 x 2 cm
  F  L temporal      1 x 1 cm
6 patches total. SALT 12% (was 18%).

ILK: Kenalog 10 mg/mL undiluted, 0.05-0.1 mL per point; about 35 injection points spread over the
six patches. Total volume 2.0 mL (20 mg). Pressure for hemostasis, no issues.

Plan ILK again in 6 wk; recheck SALT.
""",
    "expected": E([L("11900"), L("J3301", 2)], topics=["coding-correction"]),
    "coder_note": "11900/11901 count lesions, not needle sticks: six patches -> 11900 (11901 corrected). 20 mg -> "
                  "J3301 x2.",
})

SCENARIOS.append({
    "id": "s81-ilk-ffa-hairline-brows-em-decision-only",
    "family": "intralesional", "shape": "note-only",
    "description": "FFA scheduled ILK to frontal band and both brows (15 mg); provider-selected 99212 documents only "
                   "the injection decision; commercial UHC",
    "date": "2025-04-15",
    "patient": ("Delacroix-Ruiz", "Marisol", "1963-02-07", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 25,
    "em": "99212",
    "conditions": [
        C("c1", "Frontal fibrosing alopecia", "L66.12", "Frontal hairline, eyebrows", reason=True),
    ],
    "note_title": "FFA ILK Visit",
    "note": HDR + """
I. Castellanos MD - 04/15/2025 - est pt - FFA, scheduled ILK #4

Here for the scheduled injection only. No new concerns.
Hairline: glabella-to-hairline 7.8 cm midline (unchanged from Jan). Perifollicular erythema + scale along a
6 cm band R > L. Lonely hairs present. Brows: lateral thirds thinned bilaterally, stable.
Trichoscopy: perifollicular scale, loss of follicular openings at the band.

PROC: ILK Kenalog 10 mg/mL.
  frontal hairline band  1.0 mL
  R eyebrow              0.25 mL
  L eyebrow              0.25 mL
  total 1.5 mL = 15 mg.
No complications.

A/P: FFA, active at band - ILK done as planned. RTC 6 wk for ILK #5 + photos.
E/M 99212 selected.
""",
    "expected": E([L("11900"), L("J3301", 2)]),
    "coder_note": "GS-3: the visit is only the scheduled injection (no other problem, no drug management) -> E/M "
                  "removed. Three lesions (band + 2 brows) -> 11900; 15 mg -> J3301 x2.",
})

SCENARIOS.append({
    "id": "s81-ilk-akn-occipital-fifteen-lesions",
    "family": "intralesional", "shape": "free-text",
    "description": "Acne keloidalis nuchae, 14 papules + 1 plaque injected with Kenalog-40 (32 mg); commercial UHC",
    "date": "2025-05-06",
    "patient": ("Boateng", "Kwabena", "1989-09-14", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Acne keloidalis nuchae", "L73.0", "Occipital scalp / nape", reason=True),
    ],
    "procedures": [
        P("ILK to AKN papules and plaque", site="Occipital scalp and nape",
          note="14 firm papules + 1 plaque (3 x 1 cm) injected. Kenalog 40 mg/mL, 0.8 mL total.", reasons=["c1"]),
        P("Kenalog-40", site="Occipital scalp", note="32 mg triamcinolone acetonide", reasons=["c1"]),
    ],
    "note_title": "Scalp Procedure Note",
    "note": HDR + """
I. Castellanos MD - 05/06/2025 - est pt
AKN occiput/nape. Counted today: fourteen discrete firm papules (2-5 mm) + one coalescent plaque 3 x 1 cm
at the hairline. No pustules, no draining tracts today.

ILK: Kenalog-40 (40 mg/mL) undiluted into each papule (~0.05 mL) and the plaque (0.1 mL x 2). Total 0.8 mL
= 32 mg. 15 lesions total.

Counselled: no close shaves/clippers at nape, avoid helmet friction. He already uses clindamycin lotion
from his PCP - no change. Excision/laser not discussed today.
RTC 6 wk.
""",
    "expected": E([L("11901"), L("J3301", 4)], dx={"11901": ["L73.0"]}),
    "coder_note": "15 lesions (>7) -> 11901. 0.8 mL x 40 mg/mL = 32 mg -> J3301 x4.",
})

# ---------------------------------------------------------------------------------------------------------------
# Biopsy charts
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-bx-hovert-single-punch-ccca",
    "family": "biopsy", "shape": "note-only",
    "description": "One 4-mm crown punch split by the lab into horizontal and vertical sections (HoVert); second "
                   "punch declined; CCCA on path; Medicare FFS",
    "date": "2025-01-21",
    "patient": ("Pettaway", "Gloria", "1953-12-02", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Central centrifugal cicatricial alopecia", "L66.81", "Crown / vertex", reason=True),
    ],
    "path": [
        {"text": "Scalp, crown, 4 mm punch (HoVert: horizontal and vertical sections from the single core): "
                 "central centrifugal cicatricial alopecia - premature desquamation of the inner root sheath, "
                 "concentric perifollicular fibrosis, reduced follicular density.", "site": "Crown"},
    ],
    "note_title": "Scalp Biopsy Note",
    "note": HDR + """
Biopsy visit (booked at 01/07 consult) - I. Castellanos MD - 01/21/2025
71F, crown/vertex thinning spreading centrifugally x 5 yr; tenderness intermittent. Hx of relaxers (stopped 2015).

MAP: central crown thinning ~8 x 7 cm, shiny skin centrally, spreading edge at R crown.
Trichoscopy at active edge: peripilar white-gray halo, broken hairs. Pull test neg.

BIOPSY: site = active edge, R crown (follicles present), chosen under trichoscopy.
Lido 1% w/ epi. ONE 4 mm punch angled along hair growth to subcutis. Specimen to derm-path with request
for HoVert processing (single core bisected transversely: upper half vertical sections, lower half
horizontal sections). Closed w/ one 4-0 nylon simple suture.
We had discussed a second 4 mm punch for a separate horizontal-only specimen - pt declined today, so only
the one core was taken.

Path (01/28): CCCA.
Plan: path visit in 2 wk to start treatment.
""",
    "expected": E([L("11104")], dx={"11104": ["L66.81"]}),
    "coder_note": "One punch core = one biopsy (11104), even though the lab cut horizontal + vertical sections; the "
                  "second punch was not done. Simple suture included. Path-confirmed CCCA (DX-2).",
})

SCENARIOS.append({
    "id": "s81-bx-two-punch-ffa-lpp-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two 4-mm punches of two separate areas (frontal band, vertex patch) sent as 11104 x2; "
                   "commercial BCBS",
    "date": "2025-02-04",
    "patient": ("Hargreave", "Susannah", "1968-06-25", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Frontal fibrosing alopecia", "L66.12", "Frontal hairline", reason=True),
        C("c2", "Lichen planopilaris, classic", "L66.11", "Vertex", reason=True),
    ],
    "procedures": [
        P("Punch biopsy scalp 4 mm", cpt="11104", site="Frontal hairline, L of midline",
          note="Active band, perifollicular erythema. Vertical sections requested.", reasons=["c1"]),
        P("Punch biopsy scalp 4 mm", cpt="11104", site="Vertex",
          note="Separate violaceous scaly patch 2 x 2 cm at vertex. Horizontal sections requested.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Scalp, frontal hairline: lichenoid interface folliculitis of the isthmus/infundibulum with "
                 "perifollicular lamellar fibrosis, consistent with frontal fibrosing alopecia.",
         "site": "Frontal hairline"},
        {"text": "B. Scalp, vertex: lichen planopilaris.", "site": "Vertex"},
    ],
    "note_title": "Scalp Biopsies",
    "note": HDR + """
I. Castellanos MD - 02/04/2025 - est pt
Two separate areas of concern:
 (1) frontal hairline recession 2.5 cm over 18 mo, perifollicular erythema/scale, brow loss -> ?FFA
 (2) vertex: separate 2 x 2 cm violaceous scaly patch, itchy/burning, not contiguous with (1) -> ?LPP vs DLE
Scalp map: frontal band 9 cm wide; vertex patch isolated; rest of scalp normal density.

PROC: consent; lido w/ epi.
  A - 4 mm punch, frontal hairline L of midline (active edge) - vertical sections.
  B - 4 mm punch, vertex patch margin - horizontal sections.
Both closed with a single 4-0 nylon. Two containers, labelled A/B.

Path: A FFA; B LPP. Plan hydroxychloroquine discussion at results visit.
""",
    "expected": E([L("11104"), L("11105")], topics=["coding-correction"]),
    "coder_note": "BX-2: two punch biopsies of separate lesions -> 11104 + add-on 11105, not 11104 x2 (MUE 1).",
})

SCENARIOS.append({
    "id": "s81-bx-new-pt-punch-plus-shave-neck-nevus-25",
    "family": "biopsy", "shape": "note-only",
    "description": "New patient: punch of scaly parietal patch + tangential bx of changing neck papule, labs and "
                   "new spironolactone for acne; 99204-25; commercial Aetna",
    "date": "2025-02-19",
    "patient": ("Lindqvist-Mora", "Ebba", "1991-04-12", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 55,
    "em": "99204",
    "conditions": [
        C("c1", "Hair loss with scale, L parietal scalp", "L65.9", "L parietal scalp", reason=True),
        C("c2", "Changing pigmented papule, posterior neck", "D22.4", "Posterior neck", reason=True),
        C("c3", "Acne vulgaris, hormonal pattern", "L70.0", "Jawline", reason=True),
    ],
    "path": [
        {"text": "A. Scalp, L parietal, punch: psoriasiform dermatitis with parakeratosis and neutrophils; PAS "
                 "negative for fungi. Consistent with scalp psoriasis.", "site": "L parietal scalp"},
        {"text": "B. Skin, posterior neck, shave: compound melanocytic nevus with mild architectural atypia, "
                 "margins involved. ", "site": "Posterior neck"},
    ],
    "note_title": "New Patient Consult - Hair Clinic",
    "note": HDR + """
NEW PT - I. Castellanos MD - 02/19/2025
34F referred for "patchy hair loss". Also: mole on back of neck "got darker" since summer; and adult acne
along the jaw worse x 1 yr, failed OTC BPO + adapalene.

HAIR HX: 6 mo shedding at L parietal area, itchy, flakes. No new meds, no crash diets. Menses regular.
Family hx: father AGA.
EXAM:
 Scalp map - L parietal 4 x 3 cm patch, thick silvery scale, reduced density ~40%; rest of scalp normal,
 part width normal, no widening at crown. Pull test neg away from patch. Trichoscopy: red dots/twisted
 loops, no exclamation-mark hairs, no black dots. KOH of scale in office: negative.
 Neck: 6 mm brown papule, irregular darker rim on dermoscopy.
 Face: inflammatory papules jawline/chin, few nodules.

PROCEDURES (consent):
 A) L parietal patch - 4 mm punch biopsy, 1 suture.
 B) posterior neck papule - tangential (shave) biopsy with DermaBlade, Drysol hemostasis.

A/P
1. Patchy hair loss w/ scale, ddx psoriasis vs tinea vs AA -> biopsy A. Labs ordered: CBC, ferritin,
   TSH, 25-OH vit D. Will treat once path back.
2. Changing pigmented papule neck -> biopsy B.
3. Acne vulgaris, hormonal pattern - START spironolactone 50 mg daily; K+ not needed (age <45, healthy);
   counselled on teratogenicity, contraception confirmed. Continue adapalene.
99204-25 + procedures. RTC 3 wk results.
""",
    "expected": E([L("99204", 1, "25"), L("11104"), L("11103")]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, the shave bx is 11103 (not 11102). Acne with "
                  "new spironolactone and the hair-loss lab work-up are separate from the biopsies -> 99204-25.",
})

SCENARIOS.append({
    "id": "s81-bx-five-punches-lichenoid-mue",
    "family": "biopsy", "shape": "free-text",
    "description": "Five 4-mm punches of five separate lichenoid lesions (2 scalp, wrist, shin, back); 11105 capped at "
                   "MUE 3; Medicare Advantage",
    "date": "2025-03-11",
    "patient": ("Szabo", "Ferenc", "1955-07-08", "male"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Lichen planus with lichen planopilaris", "L43.9", "Scalp, wrist, shin, back", reason=True),
    ],
    "procedures": [
        P("Punch bx 4mm #1", site="Vertex scalp", note="Violaceous perifollicular patch.", reasons=["c1"]),
        P("Punch bx 4mm #2", site="R parietal scalp", note="Separate patch, 3 cm from #1.", reasons=["c1"]),
        P("Punch bx 4mm #3", site="L volar wrist", note="Flat-topped violaceous papule.", reasons=["c1"]),
        P("Punch bx 4mm #4", site="R anterior shin", note="Hypertrophic plaque.", reasons=["c1"]),
        P("Punch bx 4mm #5", site="Upper back, midline", note="Lichenoid papule cluster.", reasons=["c1"]),
    ],
    "path": [
        {"text": "1-2. Scalp: lichen planopilaris. 3. Wrist: lichen planus. 4. Shin: hypertrophic lichen planus. "
                 "5. Back: lichen planus. No features of a lichenoid drug eruption.", "site": "Multiple"},
    ],
    "note_title": "Biopsy Note",
    "note": HDR + """
I. Castellanos MD - 03/11/2025 - est pt
69M, itchy violaceous papules wrists/shins/back x 3 mo, now scalp patches with hair loss. Started
amlodipine 4 mo ago - lichenoid drug eruption vs idiopathic LP/LPP. Sampling each morphology so the
drug question can be settled before anyone stops his BP med.

Five separate lesions sampled, 4 mm punch each, each closed with 1-2 simple sutures, 5 containers:
 #1 vertex scalp  #2 R parietal scalp  #3 L volar wrist  #4 R shin  #5 upper back.
Path: LP/LPP at all sites, no drug-eruption features.
""",
    "expected": E([L("11104"), L("11105", 3)], topics=["mue"]),
    "coder_note": "Five punch biopsies -> 11104 + 11105 x4, but 11105 MUE = 3 (MAI 3): capped at 3 with an mue "
                  "finding (README coding decisions).",
})

# ---------------------------------------------------------------------------------------------------------------
# Nail charts
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-nail-avulsion-both-great-toes-digits",
    "family": "nails", "shape": "pre-coded",
    "description": "Simple avulsion of both great toenails (R first, then L) sent as 11730 x2 without digit "
                   "modifiers; commercial Cigna",
    "date": "2025-01-14",
    "patient": ("Mbeki-Hollis", "Roland", "1972-10-30", "male"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Onychogryphosis, both great toenails", "L60.2", "Bilateral great toenails", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", cpt="11730", site="Right great toe", note="Complete plate avulsion, first nail.",
          reasons=["c1"]),
        P("Nail avulsion", cpt="11730", site="Left great toe", note="Complete plate avulsion, second nail.",
          reasons=["c1"]),
    ],
    "note_title": "Nail Procedure Note",
    "note": HDR + """
I. Castellanos MD - 01/14/2025 - est pt
53M, both great toenails ram's-horn thickened (onychogryphosis) after years of work boots; painful in
shoes daily, can't cut them himself. Debridement every 8 wk no longer enough. Plan discussed last visit.

NAIL MAP: R hallux plate 6 mm thick, curved medially | L hallux 5 mm, yellow-brown | lessers normal.

PROC: digital blocks 2% plain lido, tourniquet.
 1) RIGHT great toe - freer elevator, complete avulsion of the plate, bed intact, matrix NOT treated.
 2) LEFT great toe - same, complete avulsion.
Hemostasis, Xeroform, bulky dressing. No matrixectomy today (pt wants to see regrowth first).
Post-op: soaks BID from day 2. RTC 2 wk.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], topics=["coding-correction"]),
    "coder_note": "Second avulsion = add-on 11732, not a second 11730 (MUE 1). Digits documented: right great toe "
                  "(done first) T5 on 11730, left great toe TA on 11732.",
})

SCENARIOS.append({
    "id": "s81-nail-matrix-punch-melanonychia-thumb",
    "family": "nails", "shape": "note-only",
    "description": "Longitudinal melanonychia L thumb: 3-mm punch through the plate into the matrix (nail unit "
                   "biopsy, not skin punch); junctional matrix nevus; commercial BCBS",
    "date": "2025-02-25",
    "patient": ("Quintanilla", "Ysabel", "1984-03-16", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Longitudinal melanonychia, left thumbnail", "L60.8", "Left thumb nail", reason=True),
    ],
    "path": [
        {"text": "Nail matrix, left thumb, 3 mm punch: junctional melanocytic nevus of the nail matrix. No "
                 "atypia. Subungual melanoma not identified.", "site": "Left thumb nail matrix"},
    ],
    "note_title": "Nail Unit Biopsy",
    "note": HDR + """
I. Castellanos MD - 02/25/2025 - est pt - NAIL BIOPSY
40F, brown band L thumbnail noticed 1 yr, widened 2 -> 3 mm per her photos. No Hutchinson sign.
Onychoscopy: regular parallel brown lines, band 3 mm, proximal = distal width. Other 19 nails clear.

PROC: wing block, tourniquet. Proximal nail fold reflected with two small relaxing incisions.
Matrix origin of the band localized under the lunula. 3 mm punch THROUGH the nail plate into the
matrix at the band origin (plate left in place, no avulsion). Core retrieved, base hemostasis.
Fold replaced, 5-0 sutures x2. Specimen -> derm-path (nail).

Path (03/04): junctional matrix nevus, no atypia.
Plan: photo + onychoscopy surveillance q6 mo.
""",
    "expected": E([L("11755")], dx={"11755": ["D22.62"]}),
    "coder_note": "BX-1: nail-unit biopsy has its own code (11755), not 11104, even with a punch. No avulsion. "
                  "Conventions put digit modifiers only on 11730/11732/11750, so none on 11755. Path D22.62.",
})

SCENARIOS.append({
    "id": "s81-nail-debridement-seven-mycotic-pas",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of seven mycotic toenails with clippings sent for PAS (lab, not a biopsy); Medicaid MCO",
    "date": "2025-03-25",
    "patient": ("Ferreira-Lund", "Otavio", "1961-01-09", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Onychomycosis of toenails", "B35.1", "Toenails bilateral", reason=True),
    ],
    "procedures": [
        P("Debridement of nails, mechanical", site="R toes 1-4, L toes 1-3",
          note="7 thickened dystrophic nails reduced in thickness and length with nippers + rotary burr.",
          reasons=["c1"]),
        P("Nail clipping to lab for PAS stain", site="R great toenail",
          note="Distal clipping only, no nail bed or matrix tissue.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Nail clipping, R great toe: PAS positive fungal hyphae within the nail plate.",
         "site": "R great toenail"},
    ],
    "note_title": "Nail Care Note",
    "note": HDR + """
I. Castellanos MD - 03/25/2025
64M, thick yellow toenails, pain with shoes, partial subungual debris. Terbinafine contraindicated
(hepatic hx) - topical efinaconazole continued from before.

NAILS (R | L): hallux ++ | hallux ++ ; 2nd + | 2nd + ; 3rd + | 3rd + ; 4th + | 4th clear ; 5ths clear.
= seven involved nails, all debrided today (nippers then burr), pt comfortable after.
Clipping R hallux -> PAS.
PAS: positive.
Plan: repeat debridement 9-10 wk. Could consider laser if topical fails - not offered today.
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "Seven nails debrided (6+) -> 11721. The clipping for PAS is a lab specimen, not a nail-unit "
                  "biopsy (no 11755).",
})

SCENARIOS.append({
    "id": "s81-nail-phenol-matrixectomy-precoded-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Recurrent ingrown R hallux lateral border: partial avulsion + phenol matrixectomy sent as "
                   "11730 + 11750; commercial BCBS",
    "date": "2025-04-08",
    "patient": ("Tremaine", "Colby", "1999-05-21", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, lateral border, recurrent", "L60.0", "Right great toe",
          reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion", cpt="11730", site="Right great toe lateral border",
          note="Lateral 3 mm strip of plate removed to the matrix.", reasons=["c1"]),
        P("Chemical matrixectomy (phenol)", cpt="11750", site="Right great toe lateral border",
          note="88% phenol x 3 applications of 30 s to the lateral horn of the matrix.", reasons=["c1"]),
    ],
    "note_title": "Nail Procedure Note",
    "note": HDR + """
I. Castellanos MD - 04/08/2025 - est pt
25M, R hallux lateral ingrown nail, 3rd episode in 12 mo (two prior simple wedge removals elsewhere).
Granulation at lateral fold, no purulence today, no cellulitis.

PROC (R great toe, lateral border): digital block, tourniquet. Lateral 3 mm of plate freed and
removed back to the matrix, then phenol 88% x 3 x 30 s to the lateral matrix horn for permanent
narrowing, alcohol flush. Dressing.
Same nail, same border - one procedure for permanent removal.
RTC 10 d.
""",
    "expected": E([L("11750", 1, "T5")], topics=["ncci"]),
    "coder_note": "Partial avulsion of the same border is part of the permanent matrix removal: 11750/11730 PTP "
                  "indicator 1, same nail so no bypass -> 11730 dropped. Right great toe -> T5.",
})

SCENARIOS.append({
    "id": "s81-nail-avulsion-plus-debridement-other-nails-xs",
    "family": "nails", "shape": "note-only",
    "description": "Avulsion of L great toenail (painful onycholysis) + debridement of four other mycotic nails; "
                   "11720-XS; commercial Cigna",
    "date": "2025-05-13",
    "patient": ("Osterhout", "Nadine", "1970-08-03", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Onycholysis, left great toenail, painful", "L60.1", "Left great toe", reason=True),
        C("c2", "Onychomycosis, toenails", "B35.1", "R hallux, R 2nd, L 2nd, L 3rd toenails", reason=True),
    ],
    "note_title": "Nail Clinic Note",
    "note": HDR + """
I. Castellanos MD - 05/13/2025 - est pt - NAIL DAY

NAIL MAP
 L hallux: plate lifted 70% (onycholysis), catches on socks, painful, bed tender -> AVULSE
 R hallux, R 2nd, L 2nd, L 3rd: thick mycotic plates (PAS+ in Feb) -> DEBRIDE
 others: normal

PROC 1 - L great toe: digital block; simple complete avulsion of the plate; bed inspected, no
 subungual mass. Xeroform/dressing.
PROC 2 - debridement of the four mycotic nails listed above (R hallux, R 2nd, L 2nd, L 3rd) with
 nippers + burr. The L hallux was not part of the debridement.

Plan: soaks; topical antifungal to debrided nails; RTC 3 wk.
""",
    "expected": E([L("11730", 1, "TA"), L("11720", 1, "XS")]),
    "coder_note": "11730/11720 is PTP indicator 1 (11720 column 2); the debrided nails are different nails from the "
                  "avulsed one -> XS on 11720 (four nails = 11720). Left great toe -> TA on 11730.",
})

# ---------------------------------------------------------------------------------------------------------------
# Paring charts
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-paring-three-calluses-aga-minoxidil-25",
    "family": "paring", "shape": "note-only",
    "description": "AGA on oral minoxidil (dose change, BP/HR review) + paring of three plantar calluses; 99213-25; "
                   "commercial BCBS",
    "date": "2025-01-28",
    "patient": ("Varga-Ellison", "Renata", "1972-09-11", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Female pattern hair loss (androgenetic alopecia)", "L64.9", "Scalp", reason=True),
        C("c2", "Plantar calluses", "L84", "Both soles", reason=True),
    ],
    "note_title": "Hair Clinic Follow-up",
    "note": HDR + """
I. Castellanos MD - 01/28/2025 - est pt

1) FPHL (Ludwig II) on LDOM 1.25 mg x 6 mo.
   Part-width photos: frontal part 4 mm -> 3 mm; crown density improved ~15% on global photos.
   BP 118/76, HR 74, no ankle edema, no palpitations. Mild facial hypertrichosis - tolerable.
   -> INCREASE minoxidil to 2.5 mg PO daily (new Rx sent). Recheck BP/HR + photos 3 mo.
2) Painful plantar calluses - she asked while here. Exam: three discrete calluses (R 2nd met head,
   R heel rim, L 5th met head). Pared all 3 with #15 blade, no bleeding. Offloading pads advised.

99213-25 + paring.
""",
    "expected": E([L("99213", 1, "25"), L("11056")]),
    "coder_note": "Oral minoxidil dose change for AGA is separate work from the paring -> 99213-25. Three lesions -> "
                  "11056 (2-4).",
})

SCENARIOS.append({
    "id": "s81-paring-callus-plus-plantar-warts-xs",
    "family": "paring", "shape": "free-text",
    "description": "Paring of one callus R foot + cryo of two painful plantar warts L heel; XS on 17110 (column 2 of "
                   "11055/17110); commercial UHC",
    "date": "2025-02-12",
    "patient": ("Achterberg", "Milo", "1995-12-27", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Callus, right 5th metatarsal head", "L84", "Right sole", reason=True),
        C("c2", "Plantar warts, left heel, painful", "B07.0", "Left heel", reason=True),
    ],
    "procedures": [
        P("Paring of callus", site="Right 5th MTP head", note="One callus pared with #15 blade.", reasons=["c1"]),
        P("Cryotherapy plantar warts", site="Left heel",
          note="2 warts debulked with blade then LN2 2 x 10 s freeze-thaw cycles each. Painful on walking.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
I. Castellanos MD - 02/12/2025 - est pt (seen in hair clinic for TE last fall; here for feet today)

R foot: one callus under the 5th met head, no pinpoint bleeding after paring -> callus, not wart.
L heel: two plantar warts (loss of skin lines, thrombosed capillaries), 6 and 4 mm, painful with each
step. Paring of the wart tops is part of the cryo prep.
Plan: salicylic acid 40% pads to L heel between visits; RTC 3 wk for repeat cryo.
""",
    "expected": E([L("11055"), L("17110", 1, "XS")]),
    "coder_note": "Callus (R foot) and warts (L heel) are different lesions. 11055/17110 PTP indicator 1 with 17110 "
                  "as column 2 -> XS on 17110. Wart paring before freezing is not separately counted.",
})

SCENARIOS.append({
    "id": "s81-paring-six-lesions-precoded-11056",
    "family": "paring", "shape": "pre-coded",
    "description": "Six corns/calluses pared, provider sent 11056; corrected to 11057; Medicaid",
    "date": "2025-03-04",
    "patient": ("Halloran", "Bettina", "1966-07-19", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Both feet", reason=True),
    ],
    "procedures": [
        P("Paring benign hyperkeratotic lesions, 2-4", cpt="11056", site="Both feet",
          note="Corns/calluses pared with blade.", reasons=["c1"]),
    ],
    "note_title": "Foot Keratoses",
    "note": HDR + """
I. Castellanos MD - 03/04/2025 - est pt
Painful hard skin both feet, limiting walking at work (cashier, standing 8 h).
MAP:
  R foot: hallux IPJ medial callus; 2nd met head callus; 5th toe dorsal corn; heel callus
  L foot: 5th toe dorsal corn; 1st met head callus
Total lesions pared: 6 (4 right, 2 left), #15 blade, no bleeding.
Advice: wider toe box, silicone toe sleeves, urea 40% cream.
""",
    "expected": E([L("11057")], topics=["coding-correction"]),
    "coder_note": "Six lesions -> 11057 (more than 4), not 11056.",
})

SCENARIOS.append({
    "id": "s81-paring-uncounted-calluses-with-ilk",
    "family": "paring", "shape": "note-only",
    "description": "ILK to two AA patches (5 mg) + paring of calluses with no count documented -> no paring line; "
                   "commercial Aetna",
    "date": "2025-04-22",
    "patient": ("Rosenthal", "Abigail", "1983-02-01", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, patchy", "L63.9", "Scalp", reason=True),
        C("c2", "Plantar calluses", "L84", "Soles", reason=True),
    ],
    "note_title": "Hair Clinic Procedure Note",
    "note": HDR + """
I. Castellanos MD - 04/22/2025 - est pt

AA: two patches - R occipital 2.5 x 2 cm, L temporal 1.5 x 1 cm. SALT 3%. Regrowth at the vertex patch
treated in Feb (now fully regrown, not injected).
ILK 5 mg/mL, total 1.0 mL (5 mg), both patches. Tolerated.

Feet: she also asked me to take down her plantar calluses - pared several of them on both soles with a
#15 blade (didn't count/map them today). No bleeding.

RTC 6 wk.
""",
    "expected": E([L("11900"), L("J3301")], topics=["missing-documentation"]),
    "coder_note": "Paring code depends on the lesion count (1 / 2-4 / >4); 'several' is not a count -> no paring line "
                  "+ missing-documentation. ILK two patches 11900, 5 mg -> J3301 x1.",
})

# ---------------------------------------------------------------------------------------------------------------
# E/M charts
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-em-ffa-hcq-longitudinal-g2211",
    "family": "em", "shape": "note-only",
    "description": "FFA long-term management on hydroxychloroquine + dutasteride, no procedure; 99214 + G2211 "
                   "documented; Medicare FFS",
    "date": "2025-05-20",
    "patient": ("Ashcombe", "Verity", "1954-04-28", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 32,
    "em": "99214",
    "conditions": [
        C("c1", "Frontal fibrosing alopecia", "L66.12", "Frontal hairline, eyebrows", reason=True),
        C("c2", "Long term (current) use of hydroxychloroquine", "Z79.899", reason=True),
    ],
    "note_title": "FFA Follow-up",
    "note": HDR + """
I. Castellanos MD - 05/20/2025 - est pt - FFA, 3rd year under my care

Meds: hydroxychloroquine 200 mg BID (since 2023), dutasteride 0.5 mg daily, clobetasol solution prn.
Sx: itch 2/10, burning none. No new hair loss noticed by pt.
Measurements: glabella-hairline 8.4 cm (8.3 cm in Nov) - stable. Temporal recession R 1.1 / L 1.0 cm.
Trichoscopy: perifollicular erythema minimal; no active scale at band. Brows unchanged.
Photos (standard 5 views) taken and compared: stable.
Retinal screen (OCT, ophthalmology 04/2025) reviewed - normal. Weight down to 61 kg -> 400 mg/day is now
6.6 mg/kg, above the 5 mg/kg limit -> reduce HCQ to 300 mg daily (new Rx).

A/P: FFA, stable on therapy. HCQ dose adjusted for weight; continue dutasteride. No ILK needed today
(band quiet) - next decision on ILK at 4 mo.
Billing: 99214; G2211 - I am the continuing focal point for her FFA care.
""",
    "expected": E([L("99214"), L("G2211")]),
    "coder_note": "No procedure, no modifier 25 -> G2211 for longitudinal FFA care is billable with the E/M for "
                  "Medicare (EM-6). ILK mentioned only as a future decision.",
})

SCENARIOS.append({
    "id": "s81-em-new-pt-telogen-effluvium-labs",
    "family": "em", "shape": "note-only",
    "description": "New patient, acute telogen effluvium after illness; labs ordered, outside records reviewed; biopsy "
                   "only hypothetical; 99204; commercial Cigna",
    "date": "2025-06-03",
    "patient": ("Nakashima-Reyes", "Callie", "1988-10-05", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 50,
    "em": "99204",
    "conditions": [
        C("c1", "Telogen effluvium", "L65.0", "Scalp", reason=True),
    ],
    "note_title": "New Patient - Hair Loss Consult",
    "note": HDR + """
NEW PT - I. Castellanos MD - 06/03/2025

36F, diffuse shedding x 10 wk ("handfuls in the shower"), began ~3 mo after hospitalization for
pneumonia (Feb). Also lost 7 kg. No scalp itch/pain. No new meds except recent OCP switch (Mar).
Outside records reviewed: discharge summary + PCP labs from March (Hb 10.9, ferritin 14).

EXAM
 Scalp map: diffuse, even reduction; no patches, no scarring, no erythema/scale.
 Part width frontal = occipital (no AGA pattern). Pull test POSITIVE 6/50 hairs, 4 sites
 (frontal, vertex, both parietal) -> club (telogen) roots under the scope.
 Trichoscopy: many short regrowing hairs, empty follicles; no exclamation-mark hairs, no yellow dots.
 Nails: Beau's lines on thumbnails (c/w Feb illness).

A/P
 Acute telogen effluvium (post-febrile illness + weight loss + OCP change) - new problem, prognosis
 uncertain until iron corrected.
 Labs ordered: CBC, ferritin, iron/TIBC, TSH, 25-OH vitamin D, zinc.
 OCP: discussed with her to let GYN weigh a non-androgenic option - no change by me today.
 Counselled: expect shedding to settle over 3-6 mo.
 If shedding continues beyond 6 months or a patterned loss appears, I would do two 4 mm scalp punches
 (horizontal sections) - NOT done today, none scheduled.
 RTC 8 wk with labs.
Level: 99204.
""",
    "expected": E([L("99204")]),
    "coder_note": "No procedure today: the scalp biopsy is conditional/future only, pull test and trichoscopy are "
                  "exam. Provider-selected 99204 kept.",
})

SCENARIOS.append({
    "id": "s81-em-severe-aa-baricitinib-ilk-deferred",
    "family": "em", "shape": "free-text",
    "description": "Rapidly progressing AA (SALT 30 -> 65%): baricitinib started with baseline lab monitoring; ILK "
                   "Procedure recorded as not done; 99215; commercial UHC",
    "date": "2025-06-17",
    "patient": ("Delacourt", "Amani", "1994-08-22", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 45,
    "em": "99215",
    "conditions": [
        C("c1", "Alopecia areata, extensive, progressing", "L63.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("ILK scalp patches - deferred", site="Scalp", status="not-done",
          note="Not performed: extent now too large for ILK; systemic therapy started instead.", reasons=["c1"]),
    ],
    "note_title": "Hair Clinic Follow-up",
    "note": HDR + """
I. Castellanos MD - 06/17/2025 - est pt

AA, patchy -> rapidly confluent since April. ILK x3 (Jan-Apr) with poor response.
SALT today 65% (30% in April). Brows: 50% loss L, 30% R. Lashes intact. Nails: pitting 6/20.
Trichoscopy: exclamation-mark hairs and black dots throughout the active margins.

Discussed: systemic options (baricitinib, ritlecitinib, oral steroid pulse, methotrexate) incl. boxed
warnings (serious infection, MACE, malignancy, thrombosis).
DECISION: start baricitinib 4 mg daily once baseline labs back.
Baseline ordered: CBC w diff, CMP, lipid panel, QuantiFERON-TB, hepatitis B sAg/cAb, hepatitis C Ab,
HIV screen. Will repeat CBC/CMP/lipids at 12 wk; labs required throughout therapy.
ILK NOT done today - too extensive for injection; deferred.
Psych: tearful, PHQ-2 negative; support group info given.

Level 99215 (high risk: drug therapy requiring intensive monitoring for toxicity; severe progression).
RTC 4 wk after start.
""",
    "expected": E([L("99215")]),
    "coder_note": "The ILK Procedure is status not-done and the note says it was not performed -> no 11900/J3301. "
                  "Provider-selected 99215 kept; no procedure, so no modifier.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mixed charts
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-mixed-ilk-three-patches-plus-punch-scarring-patch",
    "family": "mixed", "shape": "note-only",
    "description": "ILK to three AA patches (15 mg) + 4-mm punch of a separate patch with lost follicular openings "
                   "(pseudopelade on path); Medicare Advantage",
    "date": "2025-05-27",
    "patient": ("Gallowglass", "Irene", "1949-11-15", "female"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Alopecia areata, patchy", "L63.9", "Scalp", reason=True),
        C("c2", "Scarring-appearing alopecic patch, L parietal", "L66.0", "L parietal scalp", reason=True),
    ],
    "path": [
        {"text": "Scalp, L parietal, 4 mm punch: end-stage follicular scarring with fibrous tracts, minimal "
                 "inflammation; consistent with pseudopelade (of Brocq) pattern.", "site": "L parietal scalp"},
    ],
    "note_title": "Hair Clinic Procedure Note",
    "note": HDR + """
I. Castellanos MD - 05/27/2025 - est pt

SCALP MAP
 AA patches (smooth, follicular openings present, exclamation-mark hairs):
   a) vertex 2 x 2 cm   b) R occipital 3 x 2 cm   c) R temporal 1.5 x 1 cm
 DIFFERENT morphology: L parietal 2.5 x 2 cm ivory patch, NO follicular openings, "footprints in snow"
   -> not AA-like. SALT (AA patches) 6%.

PROC 1: ILK 5 mg/mL to a, b, c - total 3.0 mL (15 mg).
PROC 2: 4 mm punch biopsy L parietal patch edge (not injected), 1 suture.

Path: pseudopelade pattern scarring.
Plan: ILK q6wk for AA; results visit for the L parietal patch.
""",
    "expected": E([L("11900"), L("J3301", 2), L("11104")]),
    "coder_note": "Different lesions; no PTP edit between 11900 and 11104. Three patches -> 11900; 15 mg -> J3301 x2; "
                  "one punch -> 11104.",
})

SCENARIOS.append({
    "id": "s81-mixed-ak-eighteen-17004-plus-cyst-ilk-xs",
    "family": "mixed", "shape": "pre-coded",
    "description": "Bald scalp: LN2 to 18 AKs sent as 17000 + 17003 x17, plus ILK into an inflamed pilar cyst "
                   "(5 mg); Medicare FFS",
    "date": "2025-02-26",
    "patient": ("Brannigan", "Desmond", "1946-03-03", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Vertex and frontal scalp", reason=True),
        C("c2", "Inflamed pilar cyst, occipital scalp", "L72.11", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", note="LN2.", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional", cpt="17003", site="Scalp",
          note="17 additional AKs, LN2.", reasons=["c1"]),
        P("Intralesional injection", cpt="11900", site="Occipital scalp",
          note="Kenalog 10 mg/mL 0.5 mL into inflamed pilar cyst.", reasons=["c2"]),
        P("Triamcinolone acetonide", cpt="J3301", site="Occipital scalp", note="5 mg", reasons=["c2"]),
    ],
    "note_title": "Scalp Procedure Note",
    "note": HDR + """
I. Castellanos MD - 02/26/2025 - est pt
79M, AGA Norwood VII, yearly AK field. Hx SCC R temple 2019 (excised, clear).

SCALP MAP - AKs (gritty, erythematous): frontal scalp 7, vertex 8, crown 3 = 18 AKs.
All 18 treated with LN2, 2 cycles each.
Separate lesion: occipital pilar cyst 1.5 cm, red, tender x 1 wk, no fluctuance -> not drained;
ILK Kenalog 10 mg/mL 0.5 mL (5 mg) into the cyst.
Plan: consider field therapy (5-FU) for the scalp in the fall; cyst excision if it recurs.
""",
    "expected": E([L("17004"), L("11900", 1, "XS"), L("J3301")], topics=["coding-correction"]),
    "coder_note": "DS-1: 18 AKs -> 17004 x1 instead of 17000 + 17003 (17003 x17 also over MUE 13). 17004/11900 is PTP "
                  "indicator 1; the cyst is a different lesion -> 11900-XS. 5 mg -> J3301 x1.",
})

SCENARIOS.append({
    "id": "s81-mixed-punch-alopecia-plus-shave-bleeding-sk-xs",
    "family": "mixed", "shape": "free-text",
    "description": "4-mm punch of a thinning patch + shave removal of a bleeding 0.8-cm SK on the scalp; 11306 is "
                   "column 2 of 11104 -> XS; commercial BCBS",
    "date": "2025-03-19",
    "patient": ("Featherstonehaugh", "Imogen", "1960-01-30", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Patchy hair thinning, crown", "L65.9", "Crown", reason=True),
        C("c2", "Inflamed seborrheic keratosis, L parietal scalp", "L82.0", "L parietal scalp", reason=True),
    ],
    "procedures": [
        P("Punch biopsy 4 mm", site="Crown", note="Thinning area, horizontal sections requested.", reasons=["c1"]),
        P("Shave removal SK", site="Left parietal scalp",
          note="0.8 cm crusted, bleeding SK (brush trauma) removed flush by shave, AlCl hemostasis.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Scalp, crown, punch: non-scarring alopecia with increased vellus hairs and terminal:vellus "
                 "ratio 2:1; consistent with androgenetic alopecia.", "site": "Crown"},
        {"text": "B. Scalp, L parietal, shave: irritated seborrheic keratosis.", "site": "L parietal scalp"},
    ],
    "note_title": "Scalp Procedures",
    "note": HDR + """
I. Castellanos MD - 03/19/2025 - est pt
(1) Crown thinning 18 mo, part widening; ?FPHL vs diffuse AA vs early CCCA -> punch.
(2) L parietal "scab that keeps bleeding when I brush" - 0.8 cm stuck-on papule, crusted, bleeds;
    looks like an irritated SK -> removed by shave (whole lesion, to path).
Both done under lido w/ epi. Crown punch 1 suture.
Path: A AGA pattern; B irritated SK.
""",
    "expected": E([L("11104"), L("11306", 1, "XS")]),
    "coder_note": "Punch of the crown (diagnostic) and shave removal of a different lesion (0.8 cm scalp = SNHFG "
                  "0.6-1.0 -> 11306). 11104/11306 PTP indicator 1 with 11306 as column 2 -> XS.",
})

# ---------------------------------------------------------------------------------------------------------------
# Destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-ds-ak-scalp-and-helices-eleven",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to nine scalp AKs and two helical AKs (11 total); one lesion only observed; Medicare FFS",
    "date": "2025-04-29",
    "patient": ("Ellingboe", "Harold", "1943-06-12", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp, both helices", reason=True),
        C("c2", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
    ],
    "note_title": "AK Treatment",
    "note": HDR + """
I. Castellanos MD - 04/29/2025 - est pt (mainly followed here for AGA / scalp)
82M, bald scalp, hx SCC scalp 2021 (Mohs).

AK MAP
  scalp: frontal 3, vertex 4, crown 2 -> nine
  ears: R helix 1, L helix 1 -> two
  total treated = 11, LN2 2 x 8-10 s each.
Also: 3 mm pink scaly macule L temple - equivocal (AK vs irritated), NOT treated; recheck 3 mo.
Sun-protective hat reviewed. PDT for the scalp field next winter if counts rise - not scheduled.
""",
    "expected": E([L("17000"), L("17003", 10)], dx={"17000": ["L57.0"]}),
    "coder_note": "11 AKs treated -> 17000 + 17003 x10. The temple macule was not treated; PDT is future only.",
})

SCENARIOS.append({
    "id": "s81-ds-periungual-warts-child-five",
    "family": "destruction", "shape": "free-text",
    "description": "Child with periungual warts on four fingers + one knee wart (five lesions) frozen; 17110; Medicaid",
    "date": "2025-05-08",
    "patient": ("Mwangi", "Elijah", "2016-02-14", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Periungual and common warts", "B07.8", "R thumb, R index, L middle, L ring, R knee", reason=True),
    ],
    "procedures": [
        P("Cryo warts", site="Fingers (periungual) x4 and R knee x1",
          note="Four periungual warts + one knee wart. LN2 cotton-tip, 1 cycle each (child).", reasons=["c1"]),
    ],
    "note_title": "Nail Clinic - Warts",
    "note": HDR + """
I. Castellanos MD - 05/08/2025 - est pt (nail clinic)
9M, periungual warts spreading, nail-fold splitting, painful when he bites them.
MAP: R thumb (lateral fold), R index (proximal fold), L middle (distal), L ring (lateral) = four
fingers; plus one on the R knee. Five lesions, all frozen today (1 short cycle each, tolerated with
parent holding).
Nails: no plate dystrophy yet.
If these keep coming back, candida antigen immunotherapy is an option - not today.
""",
    "expected": E([L("17110")]),
    "coder_note": "Five benign lesions (warts) -> 17110 x1 (up to 14). Candida immunotherapy hypothetical.",
})

# ---------------------------------------------------------------------------------------------------------------
# Cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-cos-sk-part-line-medicare-abn-gx-gy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Three asymptomatic SKs along the hair part frozen at patient request, voluntary ABN signed; "
                   "17110-GX-GY; Medicare FFS",
    "date": "2025-06-10",
    "patient": ("Pemberton", "Agatha", "1950-09-09", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, scalp part line", "L82.1", "Frontal scalp part line", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
I. Castellanos MD - 06/10/2025 - est pt

She dislikes 3 brown "stuck-on" spots along her middle part - visible when she styles her hair.
Asked directly: no itch, no bleeding, no irritation from brushing, no growth or color change, no pain.
Dermoscopy: classic SK x3 (milia-like cysts, comedo-like openings), 5-8 mm. Benign; no diagnostic concern.

Told her removal is cosmetic and Medicare will not pay; she signed the voluntary ABN (cosmetic, patient
pays) before treatment.
LN2 to the three SKs, 1 cycle each.
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "No BSL-3 indication (asymptomatic L82.1) -> cosmetic, statutorily excluded for Medicare FFS: GY, "
                  "plus GX for the voluntary ABN (COS-4).",
})

SCENARIOS.append({
    "id": "s81-cos-hairline-sks-commercial-with-ilk",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "ILK to two AA patches (covered) + LN2 of four asymptomatic hairline SKs for appearance (17110 "
                   "removed, patient pays); commercial Aetna",
    "date": "2025-07-01",
    "patient": ("Iwu", "Chinasa", "1969-12-18", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy", "L63.9", "Scalp", reason=True),
        C("c2", "Seborrheic keratoses, frontal hairline", "L82.1", "Frontal hairline", reason=True),
    ],
    "procedures": [
        P("ILK scalp", cpt="11900", site="Scalp - R parietal, occiput",
          note="2 patches, 5 mg/mL, 1.6 mL total.", reasons=["c1"]),
        P("Triamcinolone acetonide", cpt="J3301", site="Scalp", note="8 mg", reasons=["c1"]),
        P("Destruction benign lesions (SK) x4", cpt="17110", site="Frontal hairline",
          note="Cosmetic - patient request, self-pay quoted.", reasons=["c2"]),
    ],
    "note_title": "Hair Clinic Note",
    "note": HDR + """
I. Castellanos MD - 07/01/2025 - est pt
AA: R parietal 3 x 2 cm, occiput 2 x 1.5 cm, both active (+pull). SALT 4%.
ILK 5 mg/mL, 1.6 mL total (8 mg) to the 2 patches.

She also wants 4 flat brown SKs along the frontal hairline gone "because they show with my hair pulled
back". Asymptomatic - no itch, bleeding, inflammation or change. Cosmetic; she agreed to our self-pay fee.
LN2 x4.
""",
    "expected": E([L("11900"), L("J3301")], topics=["cosmetic"]),
    "coder_note": "Cosmetic SK removal for a commercial payer is not put on the claim (conventions: line removed, "
                  "cosmetic finding). ILK 2 patches 11900; 8 mg -> J3301 x1.",
})

# ---------------------------------------------------------------------------------------------------------------
# Skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-tags-neck-collar-eighteen-irritated",
    "family": "skin-tags", "shape": "free-text",
    "description": "Eighteen irritated/bleeding skin tags in the collar and necklace line snipped; 11200 + 11201 x1; "
                   "Medicare FFS",
    "date": "2025-07-15",
    "patient": ("Threlkeld", "Maureen", "1952-04-04", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Skin tags, inflamed and bleeding, neck", "L91.8", "Neck (collar/necklace line)", reason=True),
    ],
    "procedures": [
        P("Skin tag removal", site="Neck - collar line and necklace line",
          note="18 acrochordons, all inflamed/irritated; snip excision + AlCl.", reasons=["c1"]),
    ],
    "note_title": "Skin Tag Removal",
    "note": HDR + """
I. Castellanos MD - 07/15/2025 - est pt (seen here for TE follow-up in spring)
Neck tags catch on her necklace and blouse collar daily; several have bled onto collars this month.
Exam: 18 pedunculated tags, all sitting in the necklace/collar band; each one red at the base, 4 crusted
from recent bleeding. Symptomatic = all eighteen.
Snip removal x 18 with curved iris scissors, AlCl hemostasis.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "18 tags: 11200 (first 15) + 11201 x1 (ceil((18-15)/10)). Documented bleeding/inflammation "
                  "(BSL-3 a, g) -> covered, no GY.",
})

SCENARIOS.append({
    "id": "s81-tags-thirtyseven-friction-mue-11201",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "37 symptomatic tags (axillae, neck, inframammary) sent as 11200 + 11201 x3; 11201 MUE 1 -> capped; "
                   "commercial UHC",
    "date": "2025-08-05",
    "patient": ("Okwuosa", "Dorcas", "1975-05-17", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Irritated skin tags, axillae, neck and inframammary folds", "L91.8",
          "Both axillae, neck, inframammary", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, first 15", cpt="11200", site="Axillae / neck / inframammary",
          note="Snip + cautery.", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", cpt="11201", site="Axillae / neck / inframammary",
          note="Additional 22 tags (3 units entered).", reasons=["c1"]),
    ],
    "note_title": "Skin Tag Removal",
    "note": HDR + """
I. Castellanos MD - 08/05/2025 - est pt (AGA on spironolactone - no change today, not addressed)
Friction tags in skin folds, rubbing on bra band and straps, repeatedly inflamed; several bled this
month, two were oozing last week.
COUNT: R axilla 11, L axilla 9, neck 8, inframammary 9 = 37, all in friction zones and irritated
(erythematous bases; 6 crusted).
Snip removal x 37 with iris scissors, AlCl / light cautery.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"]),
    "coder_note": "37 tags -> 11200 + 11201 x ceil(22/10)=3, but 11201 MUE is 1 (MAI 3): capped at 1 with an mue "
                  "finding.",
})

SCENARIOS.append({
    "id": "s81-bx-incisional-occiput-plus-punch-frontal-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Incisional wedge of an indurated occipital plaque + 4-mm punch of a separate frontal plaque, sent "
                   "as 11106 + 11104; DLE; Medicare FFS",
    "date": "2025-06-24",
    "patient": ("Castellane", "Beatrix", "1958-02-11", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Discoid lupus erythematosus, scalp", "L93.0", "Occipital and frontal scalp", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, scalp", cpt="11106", site="Occipital scalp",
          note="Full-thickness wedge into fat with #15 blade, 1.2 x 0.5 cm, simple closure.",
          reasons=["c1"]),
        P("Punch biopsy, scalp", cpt="11104", site="Frontal scalp",
          note="Separate scarring plaque, 4 mm punch, 1 suture.", reasons=["c1"]),
    ],
    "path": [
        {"text": "A. Occipital scalp, incisional: lupus panniculitis with overlying discoid lupus changes.",
         "site": "Occipital scalp"},
        {"text": "B. Frontal scalp, punch: discoid lupus erythematosus, scarring stage.", "site": "Frontal scalp"},
    ],
    "note_title": "Scalp Biopsies",
    "note": HDR + """
I. Castellanos MD - 06/24/2025 - est pt
SCALP MAP
 A  occiput: 4 x 3 cm indurated, depressed plaque with hair loss - deep process? (lupus panniculitis vs
    morphea vs lymphoma) -> needs fat -> INCISIONAL wedge.
 B  frontal scalp: separate 2 x 1.5 cm atrophic, hypopigmented plaque with follicular plugging -> PUNCH.
PROC (lido w/ epi)
 A: elliptical wedge 1.2 x 0.5 cm through dermis into subcutaneous fat, #15 blade; simple interrupted 4-0.
 B: 4 mm punch, 1 suture.
Path: A lupus panniculitis + DLE; B DLE. HCQ discussion at results visit (labs pending: ANA, CBC, UA).
""",
    "expected": E([L("11106"), L("11105")], topics=["coding-correction"]),
    "coder_note": "BX-2: incisional outranks punch -> 11106 primary; the punch becomes 11105 (11106/11104 indicator 0). "
                  "Simple closures included.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, benign
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-exb-pilar-cyst-crown-layered-closure",
    "family": "excision-benign", "shape": "note-only",
    "description": "Pilar cyst of the crown 2.2 cm with 1-mm margin (2.4 cm) + 3.5-cm layered scalp closure; "
                   "commercial BCBS",
    "date": "2025-07-08",
    "patient": ("Dunstable", "Corwin", "1979-08-29", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Pilar cyst, crown", "L72.11", "Crown of scalp", reason=True),
    ],
    "path": [
        {"text": "Scalp, crown, excision: trichilemmal (pilar) cyst, intact.", "site": "Crown"},
    ],
    "note_title": "Excision Note",
    "note": HDR + """
I. Castellanos MD - 07/08/2025 - est pt
46M, crown cyst, enlarging, sore when combing and under his bike helmet.
Pre-op measurement: firm mobile cyst 2.2 cm (greatest diameter), overlying hair parted and clipped.
PROC: ring block. Fusiform excision around the cyst with a 1 mm margin of skin/follicles; cyst
removed intact with capsule. Excised diameter 2.4 cm.
Closure: deep 3-0 Vicryl buried dermal/galea-adjacent layer + 4-0 nylon running surface; layered
closure length 3.5 cm.
Path: pilar cyst. Suture removal 10-12 d.
""",
    "expected": E([L("11423"), L("12032")], dx={"11423": ["L72.11"]}),
    "coder_note": "EX-1: 2.2 + 2 x 0.1 = 2.4 cm on the scalp (SNHFG 2.1-3.0) -> 11423. Layered closure 3.5 cm scalp "
                  "-> 12032 (EX-5, separately reportable).",
})

SCENARIOS.append({
    "id": "s81-exb-trichilemmal-cyst-no-size-precoded",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Occipital cyst excision with no lesion size documented (provider sent 11422) + 3.0-cm layered "
                   "closure kept; commercial Cigna",
    "date": "2025-07-22",
    "patient": ("Vasquez-Hale", "Marguerite", "1966-03-25", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, occipital scalp", "L72.11", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion scalp", cpt="11422", site="Occipital scalp",
          note="Cyst removed intact.", reasons=["c1"]),
        P("Intermediate repair scalp", cpt="12032", site="Occipital scalp",
          note="Layered closure 3.0 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Scalp, occipital: pilar cyst.", "site": "Occipital scalp"},
    ],
    "note_title": "Excision Note",
    "note": HDR + """
I. Castellanos MD - 07/22/2025 - est pt
Tender occipital cyst, recurrent inflammation x 2 this year. Hair clipped around site.
PROC: local anesthesia; elliptical excision; cyst dissected out intact.
(lesion size and margin not recorded)
Closure: 4-0 Vicryl deep + 4-0 Prolene surface - layered, final length 3.0 cm.
Path: pilar cyst.
""",
    "expected": E([L("12032")], topics=["missing-documentation"]),
    "coder_note": "No lesion diameter or margin -> no excision line (README: missing measurement); the separately "
                  "documented 3.0 cm layered closure stays (12032).",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, malignant
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-exm-vertex-scc-margins-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Vertex SCC 1.4 cm with 4-mm margins (2.2 cm) + 5.0-cm intermediate scalp repair; Medicare FFS",
    "date": "2025-08-19",
    "patient": ("Ravensworth", "Clement", "1941-10-21", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Excision SCC scalp", site="Vertex scalp",
          note="Lesion 1.4 x 1.1 cm; 4 mm margins all round; excised diameter recorded 2.2 cm; to galea.",
          reasons=["c1"]),
        P("Layered closure", site="Vertex scalp",
          note="Undermined at subgaleal plane, galea closed with 3-0 Vicryl, staples to skin; 5.0 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Scalp, vertex, excision: invasive squamous cell carcinoma, well differentiated, 3 mm depth; "
                 "margins clear (closest 3 mm).", "site": "Vertex scalp"},
    ],
    "note_title": "Excision Note",
    "note": HDR + """
I. Castellanos MD - 08/19/2025 - est pt (AGA / AK patient, bald vertex)
Prior shave bx 08/05: well-differentiated SCC, vertex.
Pre-op: 1.4 x 1.1 cm keratotic nodule. Margins 4 mm marked -> 2.2 cm excised diameter.
Elliptical excision to galea. Layered repair 5.0 cm (galea + staples). Path: SCC, clear margins.
Staples out 12-14 d. Skin checks q3 mo.
""",
    "expected": E([L("11623"), L("12032")], dx={"11623": ["C44.42"]}),
    "coder_note": "1.4 + 2 x 0.4 = 2.2 cm, scalp, malignant -> 11623. Intermediate repair 5.0 cm scalp -> 12032.",
})

SCENARIOS.append({
    "id": "s81-exm-mis-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Re-excision of melanoma in situ (positive margin) 8 days after the first excision, inside its "
                   "10-day global: 11623-58; simple closure; Medicare Advantage",
    "date": "2025-08-12",
    "patient": ("Kowalczyk", "Teresa", "1956-12-08", "female"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, R parietal scalp", "D03.4", "Right parietal scalp", reason=True),
    ],
    "prior": [
        PRIOR("2025-08-04", "11621", "Excision pigmented lesion, R parietal scalp", site="Right parietal scalp",
              note="Excised diameter 0.9 cm; path: melanoma in situ, peripheral margin involved."),
    ],
    "path": [
        {"text": "Scalp, R parietal, re-excision: scar with no residual melanoma in situ; margins clear.",
         "site": "Right parietal scalp"},
    ],
    "note_title": "Re-excision Note",
    "note": HDR + """
I. Castellanos MD - 08/12/2025 - est pt
Changing pigmented macule R parietal scalp excised 08/04 (found on trichoscopy at her hair visit).
Path 08/07: melanoma in situ, lentiginous, peripheral margin involved. Planned re-excision for margins.

Sutures from 08/04 removed at the start; wound healed.
Re-excision: scar 1.3 cm long; 5 mm margins around the scar -> excised diameter 2.3 cm, to subcutis.
Closure: single-layer 4-0 nylon interrupted (no deep layer).
Path: no residual MIS; clear.
Plan: full skin exam q6 mo; scalp checks at her hair visits.
""",
    "expected": E([L("11623", 1, "58")], topics=["global-period"], dx={"11623": ["D03.4"]}),
    "coder_note": "EX-3/EX-4: MIS -> malignant excision codes; 1.3 + 2 x 0.5 = 2.3 cm scalp -> 11623. Staged "
                  "re-excision inside the 10-day global of 08/04 -> 58. Simple closure included.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-mohs-temporal-scalp-bcc-six-block-stage",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs L temporal scalp BCC, stage 1 six blocks + stage 2 two blocks (17315 x1), 4.2-cm layered "
                   "closure; Medicare FFS",
    "date": "2025-09-09",
    "patient": ("Aldridge", "Winifred", "1947-01-26", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, L temporal scalp", "C44.41", "Left temporal scalp",
          reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """
MOHS - Astrid Lindgren MD (surgeon and pathologist) - 09/09/2025
Referred by I. Castellanos MD (hair clinic) - biopsy 08/19: infiltrative BCC, L temporal scalp
(hair-bearing), 1.6 x 1.2 cm clinically, ill-defined. AUC: aggressive subtype, area M.

STAGE 1: debulk, layer excised, 6 tissue blocks mapped. Frozen (horizontal), read by me: infiltrative BCC
  at blocks 2 and 5 (posterior-superior edge).
STAGE 2: targeted layer, 2 tissue blocks. Clear.
Stages: 2 | blocks: 6 + 2 = 8 (stage 1 exceeded 5 by one).
Defect 2.8 x 2.2 cm to galea.
REPAIR: layered closure, galea 3-0 Vicryl, skin staples; final length 4.2 cm. Hair-bearing flaps
undermined minimally. Not a flap.
No tissue to outside path.
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("12032")], dx={"17311": ["C44.41"]}),
    "coder_note": "Scalp = head -> 17311 + 17312 (stage 2). 17315 x1 for the 6th block of stage 1. Layered 4.2 cm "
                  "scalp -> 12032, reported with Mohs (MOHS-7).",
})

SCENARIOS.append({
    "id": "s81-mohs-occipital-scc-precoded-trunk-codes-path",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs of recurrent occipital scalp SCC sent as trunk codes 17313 + 17314 x2 with 88305 x3 for the "
                   "Mohs layers; second-intention healing; Medicare Advantage",
    "date": "2025-09-23",
    "patient": ("Fairbrother", "Neville", "1944-05-01", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 160,
    "conditions": [
        C("c1", "Squamous cell carcinoma, recurrent, occipital scalp", "C44.42", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Mohs, first stage", cpt="17313", site="Occipital scalp", note="4 blocks.", reasons=["c1"]),
        P("Mohs, additional stage", cpt="17314", site="Occipital scalp", note="Stages 2 and 3: 3 blocks, 2 blocks.",
          reasons=["c1"]),
        P("Surgical pathology, Mohs layers", cpt="88305", site="Occipital scalp",
          note="Entered x3 (one per stage).", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """
MOHS - Astrid Lindgren MD (surgeon + own frozen-section reading) - 09/23/2025
Recurrent SCC occipital scalp (excised 2022 elsewhere, recurred in scar). Area M, recurrent -> Mohs.
Stage 1: 4 blocks - SCC deep + 6 o'clock.
Stage 2: 3 blocks - SCC deep at 6.
Stage 3: 2 blocks - clear.
3 stages, 9 blocks, no stage >5 blocks. All layers processed and read in our Mohs lab; nothing sent out.
Defect 3.0 x 2.4 cm occiput; left to heal by second intention (pt preference). No repair.
""",
    "expected": E([L("17311"), L("17312", 2)], topics=["coding-correction", "ncci"]),
    "coder_note": "MOHS-2: scalp is head/neck -> 17311 + 17312 x2 (not 17313/17314). MOHS-5: no 88305 on the Mohs "
                  "layers themselves (17311/88305 indicator 1, no separate specimen).",
})

# ---------------------------------------------------------------------------------------------------------------
# Incision and drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-id-acute-paronychia-r-middle-finger",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Acute paronychia R middle finger, lateral fold incised and drained, plate left in place; 10060 "
                   "without digit modifier; commercial BCBS",
    "date": "2025-10-07",
    "patient": ("Lindahl", "Saskia", "1990-11-11", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Acute paronychia, right middle finger", "L03.011", "Right middle finger", reason=True),
    ],
    "procedures": [
        P("I&D paronychia", site="Right middle finger, ulnar nail fold",
          note="Digital block; #11 blade along the fold, pus expressed, culture sent. Nail plate not lifted or "
               "removed.", reasons=["c1"]),
    ],
    "note_title": "Nail Clinic Note",
    "note": HDR + """
I. Castellanos MD - 10/07/2025 - est pt (FPHL on minoxidil; not addressed today)
3 d throbbing R middle finger after a manicure; ulnar fold swollen, fluctuant, pus pointing.
No felon, no tenosynovitis signs.
I&D: digital block, #11 blade parallel to plate at ulnar fold; ~0.5 mL pus; culture. Plate left in place
(no avulsion needed). Warm soaks TID. Abx only if culture/cellulitis - not started.
""",
    "expected": E([L("10060")], dx={"10060": ["L03.011"]}),
    "coder_note": "Single simple abscess (paronychia) -> 10060. No avulsion. Digit modifiers are for nail codes "
                  "11730/11732/11750 only (conventions).",
})

SCENARIOS.append({
    "id": "s81-id-dissecting-cellulitis-three-abscesses-isotretinoin-25",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Dissecting cellulitis: I&D of three fluctuant scalp abscesses (10061) + isotretinoin start with "
                   "lab monitoring (99214-25); commercial Aetna",
    "date": "2025-10-21",
    "patient": ("Okafor-Blaine", "Desmond", "1998-07-07", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 45,
    "em": "99214",
    "conditions": [
        C("c1", "Dissecting cellulitis of the scalp (perifolliculitis capitis abscedens)", "L66.3", "Vertex and occiput",
          reason=True),
    ],
    "note_title": "Scalp Clinic Note",
    "note": HDR + """
I. Castellanos MD - 10/21/2025 - est pt
27M, dissecting cellulitis, flaring despite doxycycline x 3 mo.
SCALP MAP: vertex 2 fluctuant nodules (2.5 cm, 1.5 cm), R occiput 1 fluctuant nodule (2 cm); boggy
interconnected plaques occiput; scarring patches crown ~10% of scalp.

PROC: I&D x 3 separate abscesses (2 vertex, 1 occiput) - lido, #11 blade, purulent material expressed,
loculations broken, iodoform wick in the largest. Culture sent.

MANAGEMENT: stop doxycycline. START isotretinoin 20 mg daily (0.25 mg/kg). iPLEDGE registration done;
baseline fasting lipids + LFTs ordered, repeat monthly. Counselled: mood, dryness, no waxing, no blood
donation. Could add ILK to residual nodules at next visit - not today.
99214-25 + I&D.
""",
    "expected": E([L("99214", 1, "25"), L("10061")], dx={"10061": ["L66.3"]}),
    "coder_note": "Three abscesses -> complicated/multiple I&D 10061. Stopping doxycycline and starting isotretinoin "
                  "with lab monitoring is separate from the drainage -> 99214-25.",
})

# ---------------------------------------------------------------------------------------------------------------
# Patch testing
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-patch-hair-dye-baseline-plus-hairdresser-series",
    "family": "patch-test", "shape": "note-only",
    "description": "Scalp/hairline dermatitis after hair dye: baseline 35 + hairdressing 20 allergens applied "
                   "(95044 x55); consult done the week before; commercial BCBS",
    "date": "2025-10-13",
    "patient": ("Marchetti-Olsen", "Giulia", "1981-06-30", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Dermatitis of scalp margin, eyelids and neck after hair dyeing", "L30.9", "Scalp margin, eyelids, neck",
          reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": HDR + """
PATCH TEST - APPLICATION (day 0) - I. Castellanos MD - 10/13/2025
Consult 10/06: recurrent itchy eczematous rash at the hairline, ears, eyelids and neck 24-48 h after
permanent dark hair dye (salon). Off dye since August. No topical steroid to back x 2 wk, no prednisone.

Applied to the upper back (Finn chambers, 2 panels + 1 panel):
  - Baseline (North American) series ......... 35 allergens
  - Hairdressing series ....................... 20 allergens
  TOTAL 55 patch tests.
  (PPD is in both lists - counted once per chamber applied; each list item is its own chamber.)
Pt's own dye NOT applied (oxidative dyes not tested "as is").
Readings: D2 (10/15) and D4-5 (10/17) - included with the testing.
Instructions: keep back dry, no exercise/sweating, no sun to back.
""",
    "expected": E([L("95044", 55)]),
    "coder_note": "95044 units = number of patch tests applied: 35 + 20 = 55. No E/M today (consult was 10/06).",
})

SCENARIOS.append({
    "id": "s81-patch-sixty-units-new-pt-fphl-25",
    "family": "patch-test", "shape": "pre-coded",
    "description": "New patient: suspected contact dermatitis from hair products, 60 allergens applied (sent as 95044 "
                   "x1) + FPHL with new spironolactone; 99204-25; Medicare FFS",
    "date": "2025-11-04",
    "patient": ("Hollingsworth", "Ruth", "1955-02-17", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 60,
    "em": "99204",
    "conditions": [
        C("c1", "Dermatitis of scalp, ears and neck, suspected contact", "L30.9", "Scalp, ears, neck", reason=True),
        C("c2", "Female pattern hair loss", "L64.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Patch testing", cpt="95044", site="Upper back",
          note="Expanded series applied, 60 allergens; reading D3 and D5.", reasons=["c1"]),
    ],
    "note_title": "New Patient - Scalp Dermatitis + Hair Thinning",
    "note": HDR + """
NEW PT - I. Castellanos MD - 11/04/2025

1) Itchy scaling eruption scalp margin, behind ears, sides of neck x 8 mo, worse after switching
   shampoo/conditioner and a "keratin" treatment. Exam: eczematous, lichenified, retroauricular fissures.
   Psoriasis/seb derm less likely (no nail signs, no plaques elsewhere). -> patch test TODAY:
   expanded series (80-allergen panel trimmed to 60 relevant allergens incl. fragrance, preservatives,
   cocamidopropyl betaine, formaldehyde releasers). 60 patches applied, upper back.
2) Separate: gradual crown thinning x 3 yr, Ludwig I-II, part widening; pull test neg, trichoscopy:
   hair shaft diameter variability >20%, no inflammation. FPHL. Labs from PCP (TSH, ferritin) reviewed -
   normal. START spironolactone 50 mg daily; BP 126/78; K+ and BMP in 4 wk (age, on lisinopril).
   Minoxidil topical 5% foam daily.

Charges: 99204, 95044 x1.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 60)], topics=["coding-correction"]),
    "coder_note": "95044 is per allergen: 60 units. FPHL work-up and spironolactone start (with lab monitoring) are "
                  "separate from the patch test decision -> 99204-25 (95044/99204 indicator 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-photo-excimer-scalp-psoriasis-180sqcm",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer 308 nm to three scalp psoriasis plaques, total 180 sq cm (96920); Medicare FFS",
    "date": "2025-11-11",
    "patient": ("Dempsey-Walsh", "Frederick", "1950-08-14", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Plaque psoriasis, scalp", "L40.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment", site="Scalp - occiput, R parietal, L parietal",
          note="Plaques 8 x 10, 5 x 6, 7 x 10 cm; 308 nm, hair parted with comb-guide. Session 6 of 12.",
          reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Record",
    "note": HDR + """
EXCIMER - session #6 - 11/11/2025 - I. Castellanos MD supervising
Scalp psoriasis, failed clobetasol solution + calcipotriene foam x 4 mo (plaques persist, 4% BSA total,
scalp-limited). Methotrexate declined by pt.
Treated areas: occiput 8 x 10 (80 cm2) | R parietal 5 x 6 (30 cm2) | L parietal 7 x 10 (70 cm2)
Total treated area 180 sq cm. Dose 400 mJ/cm2 (+10% from last), hair parted in rows.
Response: PSSI 24 -> 15. No blistering. Next session in 2-3 days.
""",
    "expected": E([L("96920")], dx={"96920": ["L40.0"]}),
    "coder_note": "Excimer coded by total area: 80 + 30 + 70 = 180 sq cm (<250) -> 96920 once per session.",
})

SCENARIOS.append({
    "id": "s81-photo-excimer-aa-area-sum-precoded-96921",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to three AA patches, total 236 sq cm, sent as 96921; corrected to 96920; commercial "
                   "Cigna",
    "date": "2025-11-18",
    "patient": ("Tanaka-Brooks", "Hana", "2003-04-09", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Alopecia areata, patchy", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Excimer laser 250-500 sq cm", cpt="96921", site="Scalp",
          note="Three patches treated.", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Record",
    "note": HDR + """
EXCIMER for AA - session #9 - 11/18/2025 - I. Castellanos MD
(ILK not tolerated - needle phobia, vasovagal x2.)
PATCH MAP (cm)          area
  vertex   10 x 8      80 cm2
  crown    12 x 10    120 cm2
  R occ     6 x 6      36 cm2
                total 236 cm2
SALT 14%. Fluence 300 mJ/cm2, 2x weekly. Vellus regrowth at vertex ~20%.
""",
    "expected": E([L("96920")], topics=["coding-correction"]),
    "coder_note": "Total treated area 236 sq cm is under 250 -> 96920, not 96921.",
})

# ---------------------------------------------------------------------------------------------------------------
# Post-op
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-postop-suture-removal-cyst-99024",
    "family": "post-op", "shape": "free-text",
    "description": "Suture removal 9 days after a scalp cyst excision (010 global); provider selected 99212 -> 99024; "
                   "commercial UHC",
    "date": "2025-09-18",
    "patient": ("Pryce-Jennings", "Aurelio", "1976-12-03", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Aftercare following excision of pilar cyst, scalp", "Z48.02", "Vertex scalp", reason=True),
    ],
    "prior": [
        PRIOR("2025-09-09", "11422", "Excision pilar cyst vertex scalp", site="Vertex scalp",
              note="Cyst 1.6 cm + 1 mm margin; simple closure."),
    ],
    "procedures": [
        P("Suture removal", site="Vertex scalp",
          note="6 interrupted 4-0 nylon sutures removed; incision healed, no erythema or drainage."),
    ],
    "note_title": "Post-op Visit",
    "note": HDR + """
I. Castellanos MD - 09/18/2025 - post-op day 9 (pilar cyst excision vertex, 09/09)
No pain, no drainage. Incision well approximated, no erythema.
Sutures x 6 removed. Steri-strips. Path (pilar cyst) reviewed with pt.
No other issues today. Routine post-op - no further f/u needed.
99212 entered.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: suture removal inside the 10-day global of 11422 is included -> 99024, not an E/M.",
})

SCENARIOS.append({
    "id": "s81-postop-new-telogen-effluvium-in-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Six days after a scalp cyst excision, visit for new diffuse shedding (work-up, labs); wound only "
                   "glanced at; 99213-24; commercial Aetna",
    "date": "2025-10-06",
    "patient": ("Esterhazy", "Lucinda", "1985-05-05", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Telogen effluvium", "L65.0", "Scalp", reason=True),
    ],
    "prior": [
        PRIOR("2025-09-30", "11421", "Excision pilar cyst, L parietal scalp", site="Left parietal scalp",
              note="0.8 cm cyst + 1 mm margin; simple closure. Sutures out planned day 10."),
    ],
    "note_title": "Hair Clinic Visit",
    "note": HDR + """
I. Castellanos MD - 10/06/2025 - est pt
Cyst excised 09/30 (L parietal) - incision clean, not today's reason, sutures out next week as planned.

NEW PROBLEM: diffuse shedding x 5 wk, ~150 hairs/day. 3 mo postpartum (delivered July), breastfeeding.
Scalp: diffuse, no patches, no scale. Pull test + (5/50) all areas, telogen roots. Part widths equal.
Trichoscopy: regrowing short hairs, no miniaturization pattern.
A/P: postpartum telogen effluvium. Labs: CBC, ferritin, TSH. Reassurance + nutrition counselling.
Biotin NOT advised (lab interference). RTC 3 mo.
99213 (unrelated to the cyst surgery).
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: E/M for an unrelated problem inside the 10-day global of the 09/30 excision -> modifier 24.",
})

# ---------------------------------------------------------------------------------------------------------------
# Repair
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-repair-fall-scalp-and-hand-simple-summed",
    "family": "repair", "shape": "note-only",
    "description": "Fall in the parking lot: two scalp lacerations (2.0 + 3.1 cm) and a 1.0-cm hand laceration, all "
                   "simple -> one 12002 for 6.1 cm; commercial BCBS",
    "date": "2025-12-02",
    "patient": ("Whitlock", "Gregory", "1960-09-19", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Laceration of scalp without foreign body", "S01.01XA", "Scalp", reason=True),
        C("c2", "Laceration of right hand without foreign body", "S61.411A", "Right hand", reason=True),
    ],
    "note_title": "Laceration Repair",
    "note": HDR + """
I. Castellanos MD - 12/02/2025 - est pt (here for AGA visit, slipped on ice outside the clinic)
No LOC, no neuro deficit, GCS 15, no anticoagulants. Tetanus up to date (2022).

WOUNDS (irrigated, explored, no FB):
  a) R parietal scalp  2.0 cm - superficial, through dermis
  b) occipital scalp   3.1 cm - superficial, through dermis
  c) R palm thenar     1.0 cm - superficial
REPAIR: all three single-layer, simple:
  a) staples x3   b) staples x5   c) 5-0 nylon x2
Total simple repair 6.1 cm (scalp + hand).
AGA follow-up postponed to next week.
""",
    "expected": E([L("12002")]),
    "coder_note": "REP-1/2: simple repairs of scalp and hand are one anatomic group (12001-12007): 2.0 + 3.1 + 1.0 = "
                  "6.1 cm -> 12002 x1. No E/M (AGA visit postponed).",
})

SCENARIOS.append({
    "id": "s81-repair-layered-scalp-plus-simple-chin",
    "family": "repair", "shape": "free-text",
    "description": "Trip on the clinic step: 4.0-cm layered scalp laceration (12032) + 1.2-cm simple chin "
                   "laceration (12011); Medicaid MCO",
    "date": "2025-12-09",
    "patient": ("Abara", "Nkechi", "1992-01-31", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Laceration of scalp without foreign body", "S01.01XA", "Frontal scalp", reason=True),
        C("c2", "Laceration of chin without foreign body", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Laceration repair, layered", site="Frontal scalp",
          note="4.0 cm, gaping, through galea; 3-0 Vicryl to galea/deep dermis + staples.", reasons=["c1"]),
        P("Laceration repair, simple", site="Chin",
          note="1.2 cm superficial, 6-0 nylon x3, single layer.", reasons=["c2"]),
    ],
    "note_title": "Laceration Repair",
    "note": HDR + """
I. Castellanos MD - 12/09/2025
Pt arrived for her CCCA check, tripped on the entry step, struck frontal scalp and chin on the door frame.
No LOC. Neuro intact. Not on blood thinners.
Frontal scalp: 4.0 cm gaping laceration through galea -> two-layer closure.
Chin: 1.2 cm superficial -> simple closure.
CCCA check deferred - rebooked.
""",
    "expected": E([L("12032"), L("12011")]),
    "coder_note": "Different complexity and different site groups: layered scalp 4.0 cm -> 12032; simple chin "
                  "(face group) 1.2 cm -> 12011. No PTP edit between them.",
})

# ---------------------------------------------------------------------------------------------------------------
# Shave removal
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s81-shave-scalp-nevus-and-neck-nevus-bleeding",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of a 0.7-cm bleeding scalp dermal nevus (11306) and a 4-mm bleeding neck nevus "
                   "(11305); Medicare FFS",
    "date": "2025-12-16",
    "patient": ("Lockwood", "Agnes", "1949-07-23", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, scalp, traumatized", "D22.4", "R parietal scalp", reason=True),
        C("c2", "Intradermal nevus, neck, traumatized", "D22.4", "Left side of neck", reason=True),
    ],
    "procedures": [
        P("Shave removal nevus", site="Right parietal scalp",
          note="0.7 cm dome-shaped papule, bleeds when brushed (x3 this month). Shaved flush, AlCl.",
          reasons=["c1"]),
        P("Shave removal nevus", site="Left neck",
          note="4 mm papule catches on necklace clasp, bled twice. Shaved flush.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Scalp: intradermal melanocytic nevus, traumatized. B. Neck: intradermal nevus.",
         "site": "Scalp; neck"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
I. Castellanos MD - 12/16/2025 - est pt (CCCA, stable on doxy - not addressed today)
Two raised moles she keeps injuring:
 A  R parietal scalp 0.7 cm soft skin-colored papule - bleeds with brushing, 3 episodes this month.
 B  L neck 0.4 cm papule - necklace clasp catches it, bled x2.
Dermoscopy both: benign dermal nevus pattern.
Shave removal A and B, AlCl hemostasis. Path: intradermal nevi.
""",
    "expected": E([L("11306"), L("11305")], dx={"11306": ["D22.4"]}),
    "coder_note": "Documented bleeding from recurrent trauma (BSL-3 a, l) -> covered. Scalp 0.7 cm -> 11306; neck "
                  "0.4 cm -> 11305 (both SNHFG).",
})

SCENARIOS.append({
    "id": "s81-shave-mm-sizes-scalp-and-helix-precoded-bands",
    "family": "shave", "shape": "pre-coded",
    "description": "Inflamed SKs: 6-mm scalp (sent 11305) and 1.2-cm helix (sent 11310) -> 11306 + 11312; commercial "
                   "Cigna",
    "date": "2025-12-23",
    "patient": ("Grünewald", "Otto", "1958-11-30", "male"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Crown of scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, R helix", "L82.0", "Right ear helix", reason=True),
    ],
    "procedures": [
        P("Shave removal", cpt="11305", site="Crown of scalp", note="6 mm.", reasons=["c1"]),
        P("Shave removal", cpt="11310", site="Right helix", note="12 mm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Scalp: irritated seborrheic keratosis. B. R helix: inflamed seborrheic keratosis.",
         "site": "Scalp; right ear"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
I. Castellanos MD - 12/23/2025 - est pt (AGA f/u done last month)
 A  crown: 6 mm keratotic papule, red rim, itchy, scratched raw -> shave removal
 B  R helix: 12 mm crusted keratotic papule, sore on the pillow, inflamed -> shave removal
Both to path. Hemostasis AlCl. Path: irritated/inflamed SKs.
""",
    "expected": E([L("11306"), L("11312")], topics=["coding-correction"]),
    "coder_note": "SH-1 by lesion diameter: 6 mm = 0.6 cm scalp -> 11306 (0.6-1.0), not 11305; 12 mm = 1.2 cm ear "
                  "(FEENLM) -> 11312, not 11310.",
})
