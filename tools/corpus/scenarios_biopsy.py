# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""Biopsy family (11102-11107): technique hierarchy, add-ons per technique, deleted codes, same-lesion rules."""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

SCENARIOS = [
    {
        "id": "bx-punch-two-sites-note-only", "family": "biopsy", "shape": "note-only",
        "description": "Two 4 mm punch biopsies of an eruption (trunk + arm), note only -> 11104 + 11105",
        "date": "2026-01-14", "payer": "commercial", "provider": "chen",
        "patient": ("Haverford", "Lucia", "1972-03-30", "female"),
        "note": """Dermatology Clinic Note  01/14/2026
Pt: Lucia Haverford  DOB 3/30/1972
S: 6 wk of violaceous itchy papules on trunk and wrists. New lisinopril started in Oct. No oral lesions.
O: Flat-topped violaceous polygonal papules L flank and R volar wrist with Wickham striae; some excoriation.
A/P:
#1 Lichenoid eruption - ddx lichen planus vs lichenoid drug eruption.
   Punch bx x2 to confirm: (a) left flank, (b) right volar forearm.
   Procedure: after informed consent (bleeding, infection, scar), sites prepped and anesthetized with 1%
   lidocaine w/ epi. 4 mm punch biopsy at each site, closed with 4-0 nylon x1 each. Specimens to derm path
   (H&E), separately labelled. Bandaged. Suture removal 10-14 days.
#2 Discussed with PCP re: holding lisinopril pending path.
""",
        "expected": E([L("11104"), L("11105")]),
    },
    {
        "id": "bx-precoded-two-primaries-corrected", "family": "biopsy", "shape": "pre-coded",
        "description": "EMA sent 11104 + 11102 + 11102: one primary only (punch), tangential become 11103 x2",
        "date": "2026-01-20", "payer": "medicare", "provider": "okafor",
        "patient": ("Pruitt", "Walter", "1946-08-11", "male"),
        "conditions": [C("c1", "Neoplasm of uncertain behavior of skin", "D49.2", "Right cheek", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "Left shoulder"),
                       C("c3", "Neoplasm of unspecified behavior of skin", "D49.2", "Mid back")],
        "procedures": [
            P("Punch biopsy", "11104", "Right cheek",
              "3 mm punch of 6 mm pearly papule R cheek, closed w/ 5-0 fast gut.", ["c1"]),
            P("Tangential biopsy", "11102", "Left shoulder", "Shave bx of 8 mm scaly pink plaque L shoulder.", ["c2"]),
            P("Tangential biopsy", "11102", "Mid back", "Shave bx 5 mm crusted papule mid back.", ["c3"]),
        ],
        "note": """Walter Pruitt 79 M - 1/20/2026
Here for spot check. Hx BCC L ear 2019 (Mohs).
Exam: R cheek 6 mm pearly telangiectatic papule; L shoulder 8 mm pink scaly plaque; mid back 5 mm crusted
papule bleeds with towel.
Impression: r/o BCC R cheek; r/o SCCIS L shoulder; r/o BCC vs irritated SK back.
Procedures: consent obtained, lidocaine 1% w/ epi.
 1. R cheek - 3 mm punch biopsy, one 5-0 fast-absorbing gut suture.
 2. L shoulder - tangential (shave) biopsy w/ blade, AlCl.
 3. Mid back - tangential biopsy, AlCl.
All three sent to pathology, separately labelled. Will call with results.
""",
        "expected": E([L("11104"), L("11103", 2)], ["coding-correction"]),
    },
    {
        "id": "bx-deleted-11100-11101", "family": "biopsy", "shape": "pre-coded",
        "description": "Legacy interface still sends deleted 11100/11101 for two shave biopsies -> 11102 + 11103",
        "date": "2026-02-03", "payer": "commercial-cigna", "provider": "baptiste",
        "patient": ("Oyelaran", "Funmilayo", "1983-11-19", "female"),
        "conditions": [C("c1", "Skin lesion, unspecified", None, "Left forearm", snomed="95324001"),
                       C("c2", "Skin lesion", None, "Right thigh", snomed="95324001")],
        "procedures": [
            P("Biopsy skin single lesion", "11100", "Left forearm",
              "Shave biopsy of 6 mm hyperpigmented papule L forearm, hemostasis Drysol.", ["c1"]),
            P("Biopsy skin each additional lesion", "11101", "Right thigh",
              "Shave biopsy of 4 mm pink papule R thigh.", ["c2"]),
        ],
        "note": """Funmilayo Oyelaran 42F  2/3/2026
Two new spots (L forearm darkening x 6 mo, R thigh pink bump that itches).
Exam: L forearm 6 mm dark brown papule with irregular network on dermoscopy; R thigh 4 mm pink dome papule.
Plan: shave biopsies of both lesions. Consent. 1% lidocaine w/ epi, shave technique with #15 blade,
aluminum chloride. Path x2. Wound care.
""",
        "expected": E([L("11102"), L("11103")], ["invalid-code"]),
    },
    {
        "id": "bx-incisional-plus-punch-free-text", "family": "biopsy", "shape": "free-text",
        "description": "Incisional (wedge) biopsy of a leg nodule + punch of a second nodule -> 11106 + 11105",
        "date": "2026-02-10", "payer": "medicaid-mco", "provider": "ramirez",
        "patient": ("Beaumont", "Tasha", "1990-07-07", "female"),
        "conditions": [C("c1", "Erythema nodosum vs other panniculitis", None, "Right anterior shin")],
        "procedures": [
            P("Incisional biopsy", None, "Right anterior shin",
              "Deep incisional wedge biopsy with #15 blade of 3 cm tender subcutaneous nodule down to fat, "
              "closed simply with 4-0 nylon x3. Specimen to path for panniculitis workup."),
            P("Punch biopsy", None, "Left calf",
              "6 mm punch biopsy of second tender nodule, left calf, sutured 4-0 nylon x2."),
        ],
        "note": """Tasha Beaumont 35F   02/10/2026
Painful red nodules on both legs for 3 weeks, fevers last week; recent strep throat.
Exam: multiple 2-4 cm warm tender erythematous subcutaneous nodules on shins and L calf. No ulceration.
Assessment: Panniculitis, likely erythema nodosum; need deep tissue to exclude other panniculitides.
Procedures (consented; lidocaine 1% w/ epi):
- Incisional wedge biopsy R anterior shin nodule with scalpel, including subcutaneous fat. Simple closure.
- 6 mm punch biopsy L calf nodule. Simple closure.
Both specimens to dermatopathology. ASO titer, CBC, CXR ordered.
""",
        "expected": E([L("11106"), L("11105")]),
    },
    {
        "id": "bx-single-shave-changing-mole", "family": "biopsy", "shape": "free-text",
        "description": "One tangential (saucerization) biopsy of a changing nevus -> 11102",
        "date": "2026-02-12", "payer": "commercial-uhc", "provider": "okafor",
        "patient": ("Lindahl", "Peter", "1968-01-23", "male"),
        "conditions": [C("c1", "Atypical nevus", None, "Left upper back", snomed="398696001")],
        "procedures": [P("Saucerization biopsy", None, "Left upper back",
                         "Deep saucerization (scoop) biopsy of 9 mm asymmetric pigmented lesion with 1-2 mm "
                         "visible margin, to r/o melanoma. AlCl. Path.", ["c1"])],
        "note": """Peter Lindahl 58M  2/12/2026  Okafor
Wife noticed mole on L upper back getting bigger and darker since summer.
Exam: 9 x 6 mm asymmetric brown-black macule with irregular border; dermoscopy atypical network and
regression. Rest of skin: multiple banal nevi.
A/P: Changing pigmented lesion, L upper back - r/o melanoma. Deep shave (saucerization) biopsy done today with
Dermablade after consent; AlCl hemostasis; to dermpath. Pending results.
""",
        "expected": E([L("11102")]),
    },
    {
        "id": "bx-second-lesion-declined", "family": "biopsy", "shape": "note-only",
        "description": "One shave biopsy done; a second biopsy was offered and declined -> 11102 only",
        "date": "2026-02-17", "payer": "medicare-advantage", "provider": "lindqvist",
        "patient": ("Castellano", "Rosa", "1950-05-02", "female"),
        "note": """DERMATOLOGY - established patient
Rosa Castellano 75 y/o F   02-17-2026
CC: sore on nose that won't heal x 2 months; also a spot on the left leg.
Exam:
 - Left nasal tip: 5 mm pearly papule with central erosion and arborizing vessels.
 - Left lateral calf: 7 mm pink scaly patch, stable per patient for 5+ years.
Assessment/Plan
1. Non-healing papule L nasal tip, suspicious for BCC. Tangential biopsy performed today.
   Consent signed. 1% lido with epi 0.5 mL. Shave biopsy with flexible blade. Hemostasis AlCl.
   Specimen to pathology.
2. Scaly patch L calf - ddx SCCIS vs ISK. Biopsy offered; patient declined biopsy today, prefers to watch.
   Photo taken; recheck 3 months.
RTC 2-3 weeks for results.
""",
        "expected": E([L("11102")]),
    },
    {
        "id": "bx-eight-shave-mue-cap", "family": "biopsy", "shape": "pre-coded",
        "description": "Transplant patient, 8 tangential biopsies: 11102 + 11103 x7 exceeds MUE 6 -> capped at 6",
        "date": "2026-02-24", "payer": "medicare", "provider": "chen",
        "patient": ("Ferreira", "Antonio", "1957-09-14", "male"),
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "Scalp, face, arms", reason=True),
                       C("c2", "Kidney transplant status", "Z94.0")],
        "procedures": [
            P("Tangential biopsy skin, single lesion", "11102", "Vertex scalp", "Lesion 1 of 8.", ["c1"]),
            P("Tangential biopsy skin, each separate/additional lesion", "11103", "Scalp, forehead, cheeks, arms",
              "Lesions 2-8 (seven).", ["c1"]),
        ],
        "note": """Antonio Ferreira 68M, renal transplant 2015 on tacrolimus/MMF. 02/24/2026.
Numerous new scaly and crusted papules since last visit (4 months).
Exam: eight hyperkeratotic/crusted papules: vertex scalp x2, L forehead, R cheek, L dorsal forearm x2,
R dorsal hand, R upper arm; each 4-9 mm. Background of many AKs.
Assessment: multiple lesions suspicious for SCC in an organ transplant recipient.
Procedure: tangential biopsies of all eight (8) lesions after consent; lidocaine with epinephrine; DermaBlade;
hemostasis with AlCl; 8 specimens submitted separately (A-H).
Discussed acitretin chemoprevention and field therapy after results.
""",
        "expected": E([L("11102"), L("11103", 6)], ["mue"]),
    },
    {
        "id": "bx-same-lesion-then-destroyed", "family": "biopsy", "shape": "note-only",
        "description": "Shave sample of a wart then LN2 to the same lesion: biopsy not billed -> 17110 only",
        "date": "2026-03-03", "payer": "commercial-aetna", "provider": "baptiste",
        "patient": ("Quintero", "Marisol", "1995-10-28", "female"),
        "note": """<html><body>
<h3>Clinic note - 03/03/2026</h3>
<p><b>Patient:</b> Marisol Quintero, 30F</p>
<p><b>HPI:</b> Painful rough bump on right index finger pad x 4 months, catches on things and bleeds.
Tried OTC salicylic acid without change.</p>
<p><b>Exam:</b> R index fingertip: 6 mm verrucous papule with thrombosed capillaries.</p>
<p><b>Assessment/Plan:</b></p>
<ol>
<li>Verruca vulgaris, right index finger, painful and bleeding. Atypical location near nail fold, so a small
shave sample of the lesion was taken and sent to path to confirm, then the same wart was treated with LN2,
2 freeze-thaw cycles.  Consent obtained. Tolerated well.</li>
<li>Return 3-4 weeks for repeat cryo if needed.</li>
</ol>
</body></html>""", "html": True,
        "expected": E([L("17110")]),
    },
    {
        "id": "bx-curette-sample-benign-path", "family": "biopsy", "shape": "free-text",
        "description": "Shave sample + curettage of suspected BCC, path returned ISK (benign) -> biopsy 11102 only",
        "date": "2026-03-05", "payer": "medicare", "provider": "okafor",
        "patient": ("Hutchins", "Gordon", "1943-12-01", "male"),
        "conditions": [C("c1", "Irritated seborrheic keratosis", "L82.0", "Left upper chest", reason=True)],
        "procedures": [P("Shave biopsy with curettage of base", None, "Left upper chest",
                         "Suspected sBCC 1.0 cm. Tangential sample taken, base curetted x2; specimen to path. "
                         "Will code per pathology.", ["c1"])],
        "path": [{"text": "Skin, left upper chest, shave: irritated seborrheic keratosis. No evidence of "
                          "basal cell carcinoma.", "site": "Left upper chest", "date": "2026-03-09"}],
        "note": """Gordon Hutchins 82M  03/05/2026
1.0 cm pink scaly plaque L upper chest, ddx superficial BCC vs irritated SK.
Procedure: consent; lidocaine; tangential shave sample of the lesion, then the base was curetted two times.
Specimen to pathology. If BCC will count curettage as ED&C (malignant destruction).
ADDENDUM 03/09/2026: Pathology - irritated seborrheic keratosis, no BCC.
""",
        "expected": E([L("11102")], dx={"11102": ["L82.0"]}),
    },
    {
        "id": "bx-scalp-alopecia-two-punches-html", "family": "biopsy", "shape": "note-only",
        "description": "Two 4 mm punch biopsies of the scalp for alopecia (horizontal + vertical), HTML note",
        "date": "2026-03-06", "payer": "commercial", "provider": "ramirez",
        "patient": ("Adeyemi", "Grace", "1976-04-16", "female"),
        "note": """<div class="note"><p>03/06/2026 &mdash; Grace Adeyemi (49F)</p>
<p><strong>CC:</strong> progressive hair thinning at the crown for 2 years, scalp burning.</p>
<p><strong>Exam:</strong> central crown with patchy loss of follicular ostia, perifollicular erythema at the
margin; pull test positive at the edge.</p>
<p><strong>A&amp;P</strong><br/>1. Scarring alopecia, central crown, ddx CCCA vs LPP.<br/>
Procedure: two (2) 4-mm punch biopsies from the active margin of the crown, one for horizontal and one for
vertical sectioning. Consent, lidocaine w/ epi, 4-0 nylon x1 each. Specimens to path.<br/>
2. Start clobetasol solution nightly; minoxidil 5% foam.</p></div>""", "html": True,
        "expected": E([L("11104"), L("11105")]),
    },
    {
        "id": "bx-three-incisional-free-text", "family": "biopsy", "shape": "free-text",
        "description": "Three incisional biopsies of morphea plaques -> 11106 + 11107 x2",
        "date": "2026-03-10", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Sandoval", "Irene", "1961-02-09", "female"),
        "procedures": [
            P("Incisional biopsy skin", None, "Right flank", "Elliptical incisional biopsy, 1.5 cm, to fascia."),
            P("Incisional biopsy skin", None, "Left flank", "Elliptical incisional biopsy, 1.2 cm."),
            P("Incisional biopsy skin", None, "Right thigh", "Incisional wedge, 1.0 cm."),
        ],
        "note": """Irene Sandoval 65 F - 03/10/2026
Indurated shiny plaques of the trunk and right thigh for a year, spreading. ddx morphea profunda vs
eosinophilic fasciitis vs scleroderma.
Plan: deep incisional biopsies (scalpel) x3 - R flank, L flank, R thigh - each including subcutis; closed
primarily with simple interrupted sutures. To path (H&E, elastic stain). Labs: ANA, CBC with eos, CK.
""",
        "expected": E([L("11106"), L("11107", 2)]),
    },
]
