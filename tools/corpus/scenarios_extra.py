# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""Boundary counts (14/15 AKs, 15 warts, 16 tags, 8 injections), site-specific biopsy codes, history mentions."""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

SCENARIOS = [
    {
        "id": "bx-lip-vermilion-plus-forearm", "family": "biopsy", "shape": "free-text",
        "description": "Lip vermilion biopsy uses 40490; separate forearm tangential biopsy -> 40490 + 11102-XS",
        "date": "2026-01-28", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Ackerman", "Lyle", "1948-02-08", "male"),
        "conditions": [C("c1", "Actinic cheilitis", "L56.8", "Lower lip vermilion", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "Left forearm")],
        "procedures": [
            P("Biopsy of lip", None, "Lower lip vermilion, left of midline",
              "Shave biopsy of 6 mm persistent hyperkeratotic erosion of the vermilion, r/o SCC.", ["c1"]),
            P("Shave biopsy skin", None, "Left dorsal forearm",
              "Tangential biopsy of 8 mm crusted nodule, separate site.", ["c2"]),
        ],
        "note": """Lyle Ackerman 77M 1/28/2026. Former roofer. Non-healing scaly erosion of the lower lip vermilion x3
months and a crusted nodule on the L forearm. Biopsies: (1) lip vermilion shave biopsy; (2) L forearm
tangential biopsy. Both to path.""",
        "expected": E([L("40490"), L("11102", 1, "XS")], ["ncci"]),
    },
    {
        "id": "bx-history-procedures-not-coded", "family": "biopsy", "shape": "note-only",
        "description": "Note lists past WLE/Mohs/ED&C (history) and one current shave biopsy -> 11102 only",
        "date": "2026-02-06", "payer": "commercial-uhc", "provider": "okafor",
        "patient": ("Sheridan", "Kathleen", "1962-09-13", "female"),
        "note": """Kathleen Sheridan 63F   02/06/2026
PMH (derm): melanoma in situ L upper back s/p wide local excision 2019; BCC R nasal ala s/p Mohs 2021 with
flap; SCCIS L shin s/p ED&C 2023; numerous AKs s/p cryotherapy.
Today: full skin exam. New 5 mm pink pearly papule on the R upper chest. No other suspicious lesions;
scars without recurrence.
Procedure: tangential biopsy of the R upper chest papule, consent, lidocaine, AlCl. Path.
Plan: FSE every 6 months.
""",
        "expected": E([L("11102")]),
    },
    {
        "id": "ds-ak-fourteen-boundary", "family": "destruction", "shape": "pre-coded",
        "description": "14 AKs: upper boundary of 17003 -> 17000 + 17003 x13",
        "date": "2026-02-09", "payer": "medicare", "provider": "chen",
        "patient": ("Goodwin", "Harriet", "1944-05-05", "female"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Face, scalp, hands", reason=True)],
        "procedures": [
            P("Destruction premalignant lesion, first", "17000", "Forehead", "AK 1 of 14.", ["c1"]),
            P("Destruction premalignant lesions 2-14", "17003", "Face, scalp, dorsal hands",
              "AKs 2-14 (13 additional).", ["c1"]),
        ],
        "note": """Harriet Goodwin 81F  2/9/2026
Fourteen (14) AKs: forehead 4, scalp 5, R hand 3, L hand 2. LN2 2 FTC each, verbal consent.""",
        "expected": E([L("17000"), L("17003", 13)]),
    },
    {
        "id": "ds-ak-fifteen-boundary-free-text", "family": "destruction", "shape": "free-text",
        "description": "15 AKs: first count that takes 17004 -> 17004",
        "date": "2026-02-23", "payer": "medicare-advantage", "provider": "lindqvist",
        "patient": ("Stroud", "Cornelius", "1940-12-24", "male"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Scalp and ears", reason=True)],
        "procedures": [P("Cryotherapy AKs", None, "Scalp, bilateral ears",
                         "LN2 to AKs: scalp x11, R ear x2, L ear x2 (15 total).", ["c1"])],
        "note": """Cornelius Stroud 85M 2/23/2026 - AK check. LN2 to 15 AKs (scalp 11, ears 4).""",
        "expected": E([L("17004")]),
    },
    {
        "id": "ds-flat-warts-fifteen-17111", "family": "destruction", "shape": "pre-coded",
        "description": "17110 sent for 15 flat warts destroyed: 15+ is 17111 -> 17111",
        "date": "2026-03-02", "payer": "medicaid", "provider": "baptiste",
        "patient": ("Mendez", "Sofia", "2012-06-01", "female"),
        "conditions": [C("c1", "Verruca plana", "B07.8", "Face and dorsal hands", reason=True)],
        "procedures": [P("Destruction benign lesions, up to 14", "17110", "Face, hands",
                         "Fifteen (15) spreading flat warts treated with light electrocautery.", ["c1"])],
        "note": """Sofia Mendez 13F 03/02/2026 with mother. Spreading flat warts on face/hands (bullied at school, itchy).
15 flat warts treated with light hyfrecation after topical anesthetic.""",
        "expected": E([L("17111")], ["coding-correction"]),
    },
    {
        "id": "tags-sixteen-boundary", "family": "skin-tags", "shape": "free-text",
        "description": "16 irritated tags: first unit of 11201 -> 11200 + 11201",
        "date": "2026-02-27", "payer": "commercial", "provider": "ramirez",
        "patient": ("Prentice", "Alan", "1967-03-23", "male"),
        "conditions": [C("c1", "Acrochordons, irritated", "L91.8", "Neck, axillae", reason=True)],
        "procedures": [P("Removal of skin tags", None, "Neck, axillae",
                         "Sixteen irritated tags (catch on collar, bleed) removed by snip excision.", ["c1"])],
        "note": """Alan Prentice 58M 2/27/2026. 16 skin tags neck/axillae catching on shirt collars and bleeding; removed.""",
        "expected": E([L("11200"), L("11201")]),
    },
    {
        "id": "ilk-eight-lesions-11901", "family": "intralesional", "shape": "pre-coded",
        "description": "11900 sent for 8 injected lesions (more than 7) -> 11901 + J3301 x3",
        "date": "2026-03-09", "payer": "commercial-aetna", "provider": "okafor",
        "patient": ("Ruiz", "Alba", "1979-01-19", "female"),
        "conditions": [C("c1", "Prurigo nodularis", "L28.1", "Arms and legs", reason=True)],
        "procedures": [
            P("Intralesional injection, up to 7", "11900", "Bilateral arms and legs",
              "Kenalog 10 mg/mL into 8 intensely itchy prurigo nodules, 0.3 mL each (24 mg).", ["c1"]),
            P("Triamcinolone acetonide per 10 mg", "J3301", "Arms and legs", "24 mg", ["c1"]),
        ],
        "note": """Alba Ruiz 47F 3/9/2026. Prurigo nodularis. ILK 10 mg/mL, 0.3 mL into each of eight (8) nodules = 24 mg.""",
        "expected": E([L("11901"), L("J3301", 3)], ["coding-correction"]),
    },
    {
        "id": "exm-melanoma-leg-one-cm-margins", "family": "excision-malignant", "shape": "note-only",
        "description": "WLE melanoma: 1.2 cm scar + 2 x 1.0 cm = 3.2 cm leg -> 11604; layered 9.0 cm -> 12034",
        "date": "2026-03-04", "payer": "commercial-cigna", "provider": "ramirez",
        "patient": ("Hollister", "Brooke", "1984-07-11", "female"),
        "note": """WIDE LOCAL EXCISION - MELANOMA
Brooke Hollister 41F   03/04/2026
Dx: invasive melanoma, superficial spreading, Breslow 0.6 mm, non-ulcerated (pT1a), R posterior calf
(C43.71), biopsied 2/10/2026. SLNB not indicated.
The biopsy scar measured 1.2 x 0.7 cm. 1.0 cm margins were marked around it (excised diameter 3.2 cm),
fusiform ellipse oriented longitudinally, excised to muscle fascia.
Layered closure: 3-0 Monocryl deep dermal, 4-0 nylon running; final length 9.0 cm.
Specimen oriented with suture at 12 o'clock.
""",
        "expected": E([L("11604"), L("12034")]),
    },
    {
        "id": "exb-bleeding-nevus-leg-aapc-example", "family": "excision-benign", "shape": "free-text",
        "description": "Lesion 1.0 x 0.5 cm with 0.2 cm margins on the leg = 1.4 cm -> 11402",
        "date": "2026-03-10", "payer": "medicare", "provider": "baptiste",
        "patient": ("Kingsley", "Muriel", "1952-11-03", "female"),
        "conditions": [C("c1", "Melanocytic nevi of left lower limb, including hip", "D22.72", "Left thigh",
                         reason=True)],
        "procedures": [P("Excision of lesion", None, "Left lateral thigh",
                         "Bleeding, irritated nevus 1.0 x 0.5 cm, excised with 0.2 cm margins; simple closure.",
                         ["c1"])],
        "note": """Muriel Kingsley 73F 03/10/2026. Raised mole L thigh catches on clothing and bleeds repeatedly.
Excised (1.0 x 0.5 cm lesion, 0.2 cm margins), simple closure. Path: compound nevus.""",
        "expected": E([L("11402")]),
    },
    {
        "id": "em-99215-25-methotrexate-plus-punch", "family": "em", "shape": "pre-coded",
        "description": "High-complexity E/M (methotrexate toxicity monitoring) + punch biopsy -> 99215-25 + 11104",
        "date": "2026-03-13", "payer": "medicare", "provider": "chen", "em": "99215",
        "patient": ("Drummond", "Oliver", "1955-04-09", "male"),
        "conditions": [C("c1", "Bullous pemphigoid", "L12.0", "Trunk, extremities", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "Right shin")],
        "procedures": [P("Punch biopsy", "11104", "Right shin", "4 mm punch of 9 mm ulcerated nodule.", ["c2"])],
        "note": """Oliver Drummond 70M 03/13/2026
1. Bullous pemphigoid on methotrexate 15 mg weekly - new blisters, eosinophilia; reviewed CBC/CMP (ALT 2x
   ULN). Decision: reduce MTX to 10 mg, add doxycycline, repeat LFTs in 2 weeks; discussed hepatotoxicity.
   Drug therapy requiring intensive monitoring for toxicity.
2. Ulcerated nodule R shin, 9 mm - 4 mm punch biopsy (consent), r/o SCC.
Total time excluding the procedure: 45 minutes.
""",
        "expected": E([L("99215", 1, "25"), L("11104")]),
    },
    {
        "id": "shave-forehead-large-note-only", "family": "shave", "shape": "note-only",
        "description": "Shave removal of a 2.3 cm inflamed SK of the forehead (FEENLM > 2.0) -> 11313",
        "date": "2026-03-11", "payer": "medicare", "provider": "okafor",
        "patient": ("Carrington", "Vera", "1946-08-14", "female"),
        "note": """Vera Carrington 79F   3/11/2026
Forehead growth that itches, bleeds when she scratches it, and catches her hairbrush.
Exam: L forehead 2.3 x 1.6 cm inflamed verrucous plaque with erosions.
Dx: inflamed SK (L82.0). Shave removal with DermaBlade after consent + lidocaine; hemostasis electrocautery.
Path sent.
""",
        "expected": E([L("11313")]),
    },
    {
        "id": "nail-avulsion-three-fingers", "family": "nails", "shape": "free-text",
        "description": "Avulsion of 3 fingernails (L thumb, L index, L middle) -> 11730-FA, 11732-F1, 11732-F2",
        "date": "2026-03-13", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Vasquez", "Ernesto", "1972-10-10", "male"),
        "conditions": [C("c1", "Onycholysis with subungual hematoma", "L60.8", "Left hand fingernails", reason=True)],
        "procedures": [
            P("Nail avulsion", None, "Left thumb", "Complete avulsion, left thumbnail.", ["c1"]),
            P("Nail avulsion, additional", None, "Left index finger", "Complete avulsion, left index nail.", ["c1"]),
            P("Nail avulsion, additional", None, "Left middle finger", "Complete avulsion, left middle nail.", ["c1"]),
        ],
        "note": """Ernesto Vasquez 53M 3/13/2026. Crush injury 3 weeks ago; painful lifted nails L thumb, L index, L
middle. Digital blocks; avulsion of all three nail plates.""",
        "expected": E([L("11730", 1, "FA"), L("11732", 1, "F1"), L("11732", 1, "F2")]),
    },
    {
        "id": "mix-benign-excision-plus-edc-other-site", "family": "mixed", "shape": "note-only",
        "description": "Benign excision back 1.3 cm + ED&C sBCC leg 1.1 cm defect -> 11402 + 17262",
        "date": "2026-03-16", "payer": "medicare", "provider": "ramirez",
        "patient": ("Oakes", "Gilbert", "1947-07-29", "male"),
        "note": """Gilbert Oakes 78M - 03/16/2026
1) Painful, recurrently inflamed cyst R upper back: 0.9 cm with 2 mm margins (excised diameter 1.3 cm),
   simple closure. Path.
2) Biopsy-proven superficial BCC L shin: ED&C x3; final defect 1.1 cm.
""",
        "expected": E([L("11402"), L("17262")]),
    },
    {
        "id": "em-fse-history-melanoma-medicare", "family": "em", "shape": "note-only",
        "description": "Medicare FSE for a patient with melanoma history (not screening-only), nothing suspicious -> 99213",
        "date": "2026-03-18", "payer": "medicare", "provider": "okafor", "em": "99213",
        "patient": ("Whitlock", "Samuel", "1950-01-01", "male"),
        "note": """Samuel Whitlock 76M  03/18/2026
Hx: invasive melanoma L upper back 2017 (0.8 mm), s/p WLE; no evidence of disease since (Z85.820).
Surveillance full skin exam and lymph node exam. No suspicious lesions; scar without pigment; no
lymphadenopathy. Multiple benign nevi documented with photos.
Plan: continue FSE q6-12 months, monthly self-exam, sun protection.
""",
        "expected": E([L("99213")]),
    },
    {
        "id": "mohs-forearm-blocks-beyond-five-17313", "family": "mohs", "shape": "free-text",
        "description": "Mohs forearm SCC: stage 1 with 6 blocks, stage 2 with 4 -> 17313 + 17314 + 17315",
        "date": "2026-03-19", "payer": "medicare", "provider": "chen",
        "patient": ("Ridley", "Clement", "1943-03-03", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of right upper limb", "C44.621", "Right forearm",
                         reason=True)],
        "procedures": [P("Mohs micrographic surgery", None, "Right dorsal forearm",
                         "Recurrent SCC 2.4 cm. Stage I: 6 tissue blocks (positive). Stage II: 4 blocks (clear).",
                         ["c1"])],
        "note": """Clement Ridley 83M 3/19/2026. Recurrent SCC R dorsal forearm (2.4 cm) on chronic lymphocytic leukemia
(immunosuppressed) - Mohs appropriate. Stage I six blocks; stage II four blocks; clear. Second intention.""",
        "expected": E([L("17313"), L("17314"), L("17315")]),
    },
    {
        "id": "shave-medicaid-bleeding-nevus-medical", "family": "shave", "shape": "pre-coded",
        "description": "Medicaid: nevus also disliked cosmetically but bleeding and irritated -> medical, 11301",
        "date": "2026-03-20", "payer": "medicaid-mco", "provider": "baptiste",
        "patient": ("Vaughn", "Destiny", "1996-08-08", "female"),
        "conditions": [C("c1", "Melanocytic nevi of trunk", "D22.5", "Waistline, left", reason=True)],
        "procedures": [P("Shave removal trunk 0.6-1.0 cm", "11301", "Left waistline",
                         "0.8 cm raised nevus at the waistband, bleeding and inflamed from friction.", ["c1"])],
        "note": """Destiny Vaughn 29F 3/20/2026. Raised mole at the waistline bleeds when her jeans rub it, and it is
red and sore; she also "hates how it looks". 0.8 cm dome nevus with hemorrhagic crust. Shave removal, path.""",
        "expected": E([L("11301")]),
    },
    {
        "id": "ds-future-cryo-hypothetical", "family": "destruction", "shape": "note-only",
        "description": "AK: 'if it persists, will freeze next visit' (not done); separate biopsy done -> 11102 only",
        "date": "2026-03-23", "payer": "commercial", "provider": "lindqvist",
        "patient": ("Abbott", "Nina", "1964-12-15", "female"),
        "note": """Nina Abbott 61F  03/23/2026
1. Thin AK L cheek - start fluorouracil 5% cream x 2 weeks; if it persists, will freeze at next visit.
   No cryotherapy today.
2. 6 mm pink papule R upper arm, new, bleeds - tangential biopsy after consent; AlCl; path.
""",
        "expected": E([L("11102")]),
    },
    {
        "id": "ds-ak-count-not-documented", "family": "destruction", "shape": "note-only",
        "description": "'Multiple AKs treated with LN2' with no count: no destruction line, missing-documentation",
        "date": "2026-03-24", "payer": "medicare", "provider": "baptiste",
        "patient": ("Harrow", "Wendell", "1949-06-30", "male"),
        "note": """Wendell Harrow 76M  3/24/2026
Rough scaly spots on scalp and hands again.
Exam: multiple AKs of the scalp and dorsal hands.
Plan: LN2 cryotherapy to multiple AKs, 2 FTC each; verbal consent. RTC 6 months.
""",
        "coder_note": "17000/17003/17004 all depend on the lesion count, which is not documented: a coder queries "
                      "the provider. Expected: no destruction line and a missing-documentation finding.",
        "expected": E([], ["missing-documentation"]),
    },
    {
        "id": "exm-repair-length-missing", "family": "excision-malignant", "shape": "free-text",
        "description": "Malignant excision documented (2.0 cm) but layered closure without a length -> 11602 only, missing-doc",
        "date": "2026-03-25", "payer": "commercial-uhc", "provider": "okafor",
        "patient": ("Benedetti", "Carla", "1966-02-02", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of left upper limb, including shoulder", "C44.619",
                         "Left shoulder", reason=True)],
        "procedures": [
            P("Excision of BCC", None, "Left shoulder", "BCC 1.2 cm with 4 mm margins (2.0 cm).", ["c1"]),
            P("Layered closure", None, "Left shoulder", "Intermediate closure with buried dermal sutures.", ["c1"]),
        ],
        "note": """Carla Benedetti 60F 3/25/2026. Nodular BCC L shoulder, 1.2 cm, excised with 4 mm margins
(2.0 cm). Layered closure, 4-0 Monocryl deep and 5-0 nylon. Path pending.""",
        "coder_note": "The repair length is not documented, so no repair code can be chosen (REP-1 bands). Second-coder audit: Condition code corrected from C44.612 (right upper limb) to C44.619 (left upper limb) for the documented left shoulder; expected lines unchanged.",
        "expected": E([L("11602")], ["missing-documentation"]),
    },
    {
        "id": "ds-ak-hash-three-biopsy-deferred", "family": "destruction", "shape": "note-only",
        "description": "'AK #3' treated; biopsy of a back lesion deferred (anticoagulation) -> 17000 + 17003 x2",
        "date": "2026-03-26", "payer": "medicare-ngs", "provider": "okafor",
        "patient": ("Lowry", "Theodora", "1943-01-29", "female"),
        "note": """Theodora Lowry 83F   03/26/2026   f/u AKs
S: rough spots on the L hand; also a pink spot on the back her daughter noticed.
O: L dorsal hand AK #3 (4-6 mm, hyperkeratotic). Mid back 7 mm pink scaly papule.
A/P:
 1. AK #3, L dorsal hand -> LN2, 2 FTC each, verbal consent.
 2. Pink papule mid back, ddx ISK vs SCCIS -> biopsy deferred until apixaban can be held (discussed with
    cardiology); recheck in 3 weeks.
""",
        "expected": E([L("17000"), L("17003", 2)]),
    },
    {
        "id": "shave-precoded-html-note-ear", "family": "shave", "shape": "pre-coded",
        "description": "Pre-coded 11311 for a 0.8 cm irritated lesion of the ear lobule, HTML note -> 11311",
        "date": "2026-03-27", "payer": "medicare-advantage", "provider": "baptiste",
        "patient": ("Fenwick", "Leopold", "1951-05-15", "male"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right ear lobule", reason=True)],
        "procedures": [P("Shave removal, ear, 0.6-1.0 cm", "11311", "Right ear lobule",
                         "0.8 cm irritated SK, catches on phone and bleeds.", ["c1"])],
        "note": """<html><body><p><b>Leopold Fenwick</b> 74M &bull; 3/27/2026</p>
<p>Growth on the R earlobe rubs on his phone and bleeds; itchy.</p>
<p>Exam: R ear lobule, 8 mm verrucous papule with hemorrhagic crust, erythematous base.</p>
<p>Dx: irritated SK (L82.0).</p>
<p>Procedure: shave removal, lidocaine w/ epi, AlCl. Path.</p></body></html>""", "html": True,
        "expected": E([L("11311")]),
    },
]
