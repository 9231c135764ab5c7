# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""Shave removal family (11300-11313): site group x lesion diameter, intent, size-band corrections."""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

SCENARIOS = [
    {
        "id": "shave-two-irritated-sk-trunk", "family": "shave", "shape": "pre-coded",
        "description": "Shave removal of two inflamed, bleeding SKs on the trunk, 0.8 and 1.4 cm -> 11301 + 11302",
        "date": "2026-01-08", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Marchetti", "Elena", "1945-06-21", "female"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Back and abdomen", reason=True)],
        "procedures": [
            P("Shave removal trunk 0.6-1.0 cm", "11301", "Right lower back",
              "0.8 cm irritated SK, bleeding from waistband friction; shave removed flush, AlCl.", ["c1"]),
            P("Shave removal trunk 1.1-2.0 cm", "11302", "Left abdomen",
              "1.4 cm inflamed crusted SK, painful; shave removal, AlCl.", ["c1"]),
        ],
        "note": """Elena Marchetti 80F  01/08/2026
Two "warty" spots that bleed and hurt: R lower back (rubs on waistband - bled onto clothes x3) and L abdomen
(red, crusted, sore).
Exam: R lower back 0.8 cm stuck-on papule with hemorrhagic crust and erythematous rim. L abdomen 1.4 x 1.0 cm
inflamed crusted SK.
Dx: Inflamed/irritated seborrheic keratoses x2 (L82.0) - symptomatic.
Procedure: consent; 1% lido w/ epi; shave removal of both lesions at the level of the dermis with DermaBlade;
AlCl hemostasis; specimens to path. Petrolatum, bandage.
""",
        "expected": E([L("11301"), L("11302")], dx={"11301": ["L82.0"], "11302": ["L82.0"]}),
    },
    {
        "id": "shave-nasal-nevus-note-only", "family": "shave", "shape": "note-only",
        "description": "Shave removal of a 4 mm irritated dermal nevus of the nose -> 11310",
        "date": "2026-01-13", "payer": "commercial", "provider": "okafor",
        "patient": ("Kaur", "Simran", "1988-02-14", "female"),
        "note": """Simran Kaur, 37F. 1/13/2026.
Bump on the left nasal sidewall under her glasses pad: gets irritated, bled twice this month.
Exam: 4 mm soft flesh-colored dome papule L nasal sidewall with excoriation; dermoscopy benign (comma vessels).
A/P: Irritated intradermal nevus (D22.39), symptomatic - trauma from eyeglass pad documented.
Shave removal done: consent, lidocaine 1% + epi, tangential removal flush with skin with a #15 blade, light
electrocautery for hemostasis. Sent to path. Vaseline BID.
""",
        "expected": E([L("11310")]),
    },
    {
        "id": "shave-neck-wrong-size-band", "family": "shave", "shape": "pre-coded",
        "description": "Pre-coded 11306 (0.6-1.0) but the neck lesion measures 1.3 cm -> 11307",
        "date": "2026-01-22", "payer": "commercial-uhc", "provider": "ramirez",
        "patient": ("Dubois", "Laurent", "1970-10-03", "male"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right lateral neck", reason=True)],
        "procedures": [P("Shave removal neck", "11306", "Right lateral neck",
                         "Lesion measured 1.3 x 0.9 cm; irritated by shirt collar, bleeding. Shave removal.", ["c1"])],
        "note": """Laurent Dubois 55M - 01/22/2026
Collar rubs a growth on the right side of his neck, bleeds with shaving.
Exam: R lateral neck, 1.3 x 0.9 cm verrucous stuck-on papule with fresh hemorrhagic crust.
Assessment: irritated SK (L82.0). Procedure: shave removal after consent and local anesthesia; hemostasis with
AlCl; path sent.
""",
        "expected": E([L("11307")], ["coding-correction"]),
    },
    {
        "id": "shave-scalp-no-size", "family": "shave", "shape": "free-text",
        "description": "Shave removal of a scalp lesion with no size anywhere: no size-banded line, missing-doc",
        "date": "2026-01-27", "payer": "medicare-advantage-ppo", "provider": "baptiste",
        "patient": ("Whitaker", "Doyle", "1952-03-18", "male"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Left parietal scalp", reason=True)],
        "procedures": [P("Shave removal of lesion", None, "Left parietal scalp",
                         "Irritated SK catching on comb, bleeding. Removed by shave technique, hemostasis with "
                         "AlCl. Path sent.", ["c1"])],
        "note": """Doyle Whitaker 73M   01/27/2026
Scalp lesion that catches on his comb and bleeds.
Exam: L parietal scalp irritated seborrheic keratosis with hemorrhagic crust.
Procedure: consent, lidocaine, shave removal, AlCl hemostasis, path.
""",
        "coder_note": "Diameter is not documented in the note or the Procedure; a coder queries the provider "
                      "instead of guessing a band. Expected: no shave line, missing-documentation finding.",
        "expected": E([], ["missing-documentation"]),
    },
    {
        "id": "shave-three-small-back-summed", "family": "shave", "shape": "free-text",
        "description": "Three 4-5 mm shave removals on the back -> one line 11300 x3",
        "date": "2026-02-02", "payer": "commercial-aetna", "provider": "chen",
        "patient": ("Novak", "Jiri", "1979-12-12", "male"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Upper back", reason=True)],
        "procedures": [
            P("Shave removal", None, "Right scapula", "4 mm inflamed SK, itching and bleeding.", ["c1"]),
            P("Shave removal", None, "Left scapula", "0.5 cm inflamed SK.", ["c1"]),
            P("Shave removal", None, "Mid upper back", "5mm irritated SK, rubbed by backpack.", ["c1"]),
        ],
        "note": """Jiri Novak 46 M   02/02/2026
Three itchy bleeding growths on the upper back, scratched raw; backpack strap irritates them.
Exam: R scapula 4 mm, L scapula 0.5 cm, mid upper back 5mm - each erythematous crusted SK.
Plan: shave removal x3 (consent, lidocaine, blade, AlCl). Path.
""",
        "expected": E([L("11300", 3)]),
    },
    {
        "id": "shave-three-site-groups-note-only", "family": "shave", "shape": "note-only",
        "description": "Shave removals in three site groups: hand 0.7 cm, ear 5 mm, thigh 1.0 cm -> 11306, 11310, 11301",
        "date": "2026-02-05", "payer": "medicaid", "provider": "okafor",
        "patient": ("Tillman", "Brianna", "1984-08-08", "female"),
        "note": """Brianna Tillman 41F  Feb 5 2026
CC: three bumps that keep getting caught and bleeding.
Exam / Procedures:
 (1) Right dorsal hand: 0.7 cm pedunculated irritated papule, bleeds when washing dishes -> shave removal.
 (2) Left helix: 5 mm crusted papule, painful sleeping on that side -> shave removal.
 (3) Right anterior thigh: 1.0 cm inflamed papule, rubs on jeans seam, bleeding -> shave removal.
Consent signed; 1% lidocaine with epi; removed with a flexible blade at the dermal level; AlCl; all three
to pathology (A, B, C). Wound care instructions.
Dx: irritated skin lesions, clinically inflamed SK vs irritated nevus.
""",
        "expected": E([L("11306"), L("11310"), L("11301")]),
    },
    {
        "id": "shave-removal-coded-as-biopsy", "family": "shave", "shape": "pre-coded",
        "description": "Provider coded 11102 but the note documents therapeutic complete shave removal, 0.6 cm -> 11301",
        "date": "2026-02-09", "payer": "commercial-cigna", "provider": "lindqvist",
        "patient": ("Abara", "Chinedu", "1974-05-25", "male"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Left flank", reason=True)],
        "procedures": [P("Tangential biopsy", "11102", "Left flank",
                         "Lesion removed in its entirety by shave for symptom relief; specimen to path.", ["c1"])],
        "note": """Chinedu Abara 51M  2/9/2026
Itchy, inflamed growth on L flank rubbing on his belt, bleeding.
Exam: 0.6 cm erythematous, crusted stuck-on papule.
Assessment: inflamed seborrheic keratosis, symptomatic.
Procedure: shave REMOVAL of the entire lesion for symptom relief (not a sampling biopsy). Consent, lido/epi,
blade, AlCl. Sent to pathology for routine histology.
""",
        "expected": E([L("11301")], ["coding-correction"]),
    },
    {
        "id": "shave-plus-biopsy-other-lesion", "family": "shave", "shape": "free-text",
        "description": "Shave removal of lesion A (back, 0.9 cm) + tangential biopsy of lesion B (arm) -> 11301 + 11102-XS",
        "date": "2026-02-19", "payer": "medicare", "provider": "chen",
        "patient": ("Ostrowski", "Helen", "1949-09-09", "female"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Left mid back", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "Right upper arm")],
        "procedures": [
            P("Shave removal, trunk", None, "Left mid back",
              "Lesion A: 0.9 cm inflamed SK, bleeding; shave removal.", ["c1"]),
            P("Shave biopsy", None, "Right upper arm",
              "Lesion B: 6 mm pink scaly papule, r/o SCC; tangential biopsy.", ["c2"]),
        ],
        "note": """Helen Ostrowski 76F  02/19/2026
A) L mid back 0.9 cm inflamed, bleeding SK - shave removal for symptoms.
B) R upper arm 6 mm pink scaly papule, new, r/o SCC - tangential biopsy (diagnostic sample).
Both with consent, lidocaine with epinephrine, AlCl. Separate specimens to pathology.
""",
        "expected": E([L("11301"), L("11102", 1, "XS")]),
    },
    {
        "id": "shave-large-lower-back-html", "family": "shave", "shape": "note-only",
        "description": "Shave removal of a 24 mm inflamed SK of the lower back, HTML note -> 11303",
        "date": "2026-02-26", "payer": "commercial", "provider": "baptiste",
        "patient": ("Gallagher", "Fiona", "1963-07-30", "female"),
        "note": """<p><b>Fiona Gallagher</b> &middot; 62F &middot; 2026-02-26</p>
<p><u>History</u>: large growth low on the back that itches intensely and oozes; clothing rubs it.</p>
<p><u>Exam</u>: lumbar midline, 24 mm x 15 mm verrucous plaque with erythema, serous crust and excoriations.</p>
<p><u>Assessment</u>: inflamed seborrheic keratosis (L82.0), symptomatic (itching, oozing).</p>
<p><u>Procedure</u>: shave removal. Consent obtained. Local 1% lidocaine w/ epi. Removed tangentially with a
DermaBlade. Hemostasis: AlCl + light hyfrecation. Specimen to dermpath.</p>""", "html": True,
        "expected": E([L("11303")]),
    },
]
