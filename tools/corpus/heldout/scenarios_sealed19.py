"""Sealed set 19 (s19-): final practical exam of an advanced dermatology coding course.

Each chart hides one or two traps (size math with margins, repair lengths summed per group and complexity, Mohs
blocks beyond 5, add-on units, biopsy technique hierarchy, paring counts, nail digit modifiers, excimer areas, patch
test counts, triamcinolone mg -> J3301 units, post-op vs unrelated visits, pre-coded errors such as deleted codes or
wrong size bands). Notes come from many clinicians (attendings, Mohs surgeons, NPs, PAs, residents), plain text and
HTML. Expected answers come from the rule book (sections 2-7, 10), docs/coding_conventions.md and the corpus README
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =====================================================================================================================
# BIOPSY
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-bx-wedge-punch-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "Four biopsies, three techniques: incisional wedge L shin, punch L forearm, two tangential; Medicare",
    "date": "2026-01-13",
    "patient": ("Thornbury", "Clement", "1954-08-22", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Erythema nodosum", "L52", "Left anterior shin", reason=True),
        C("c2", "Dermatofibroma, left forearm", "D23.62", "Left dorsal forearm", reason=True),
        C("c3", "Basal cell carcinoma, right shin", "C44.712", "Right lateral shin", reason=True),
        C("c4", "Inflamed seborrheic keratosis, back", "L82.0", "Mid back", reason=True),
    ],
    "path": [
        {"text": "A. Skin and subcutis, left shin, incisional biopsy: septal panniculitis without vasculitis, "
                 "consistent with erythema nodosum.", "site": "Left shin"},
        {"text": "B. Skin, left forearm, punch: dermatofibroma.", "site": "Left forearm"},
        {"text": "C. Skin, right shin, tangential: basal cell carcinoma, nodular type, extending to base.",
         "site": "Right shin"},
        {"text": "D. Skin, mid back, tangential: irritated seborrheic keratosis.", "site": "Mid back"},
    ],
    "note": """DERMATOLOGY - PROCEDURE VISIT
Ren Nakamura, MD

S: 71 yo man here for the biopsies we planned last week. Tender red lumps on the left shin x 6 wk, new
firm brown bump L forearm, a shiny spot R shin that bleeds in the shower, and a scaly crusted spot on the
mid back that catches on his chair. Hx: punch bx of the back in 2023 (benign nevus). No anticoagulants.

O: L anterior shin - three 2-3 cm tender erythematous subcutaneous nodules. L dorsal forearm - 6 mm firm
tan papule, dimple sign. R lateral shin - 7 mm pearly papule with central crust. Mid back - 9 mm
inflamed, crusted stuck-on papule.

PROCEDURES (consent signed, time-out, 1% lido w/ epi, chlorhexidine prep):
1) L shin nodule: a punch would not reach the fat reliably, so an incisional wedge biopsy was taken with a
   #15 blade through dermis into subcutaneous fat, 1.5 x 0.5 cm fusiform wedge (part of the nodule only).
   Closed with 4-0 nylon x3, simple.
2) L forearm papule: 4 mm punch biopsy, one 4-0 nylon.
3) R shin papule: tangential (shave) biopsy with a flexible blade, partial thickness. AlCl3.
4) Mid back papule: tangential biopsy with DermaBlade for histology, base left, AlCl3.
All 4 specimens labeled A-D and sent to dermpath.

A/P:
- Tender shin nodules, r/o erythema nodosum vs other panniculitis - bx A
- Firm papule L forearm, likely dermatofibroma - bx B
- Pearly papule R shin, suspect BCC - bx C; will discuss treatment once path returns
- Irritated keratosis back - bx D
Wound care reviewed. Sutures out in 10-14 d. Call with path.

Addendum (path): A erythema nodosum; B dermatofibroma; C nodular BCC; D irritated SK.
Signed: R. Nakamura MD
""",
    "expected": E([L("11106"), L("11105"), L("11103", 2)], dx={"11106": ["L52"]}),
    "coder_note": "BX-2: incisional outranks punch and tangential -> 11106 primary; the punch takes 11105; the two "
                  "tangential biopsies take 11103 x2 (AOC allows both with 11106). The 2023 punch is history.",
})

SCENARIOS.append({
    "id": "s19-bx-precoded-deleted-11100",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Three punch biopsies sent as deleted 11100 + 11101 x2; commercial",
    "date": "2026-02-10",
    "patient": ("Velazquez", "Marisol", "1979-04-30", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Lichen planus", "L43.9", "Right upper back", reason=True),
        C("c2", "Dermatitis, unspecified", "L30.9", "Left flank", reason=True),
    ],
    "procedures": [
        P("Skin biopsy", "11100", "Right upper back",
          "3 mm punch, violaceous flat-topped papule. 1 suture.", ["c1"]),
        P("Skin biopsy, addl lesion", "11101", "Left flank",
          "3 mm punch, pink scaly patch. 1 suture.", ["c2"]),
        P("Skin biopsy, addl lesion", "11101", "Right anterior thigh",
          "3 mm punch, violaceous plaque. 1 suture.", ["c1"]),
    ],
    "path": [
        {"text": "Right upper back, punch: lichen planus.", "site": "Right upper back"},
        {"text": "Left flank, punch: spongiotic dermatitis.", "site": "Left flank"},
        {"text": "Right anterior thigh, punch: lichen planus.", "site": "Right anterior thigh"},
    ],
    "note": """Procedure note - Wei Chen, PA-C

46F with a 2-month itchy eruption: purple flat-topped papules back and R thigh, and one separate pink scaly
patch L flank that looks different. Topicals not started yet - want tissue first.

Three separate lesions sampled, all with a 3 mm disposable punch, full thickness, each closed with one 4-0
Prolene:
 #1 R upper back papule
 #2 L flank patch
 #3 R anterior thigh plaque
Hemostasis fine, Vaseline + bandage. Sutures out 10 d.

Plan after path: topical steroid, will see back in 2 wk. Considered a DIF biopsy - not done.
W. Chen PA-C
""",
    "expected": E([L("11104"), L("11105", 2)], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1). Three punch biopsies -> 11104 + 11105 x2. The DIF "
                  "biopsy was considered, not done.",
})

SCENARIOS.append({
    "id": "s19-bx-punch-nevus-psoriasis-em25",
    "family": "biopsy", "shape": "free-text",
    "description": "Psoriasis flare with Rx change (99214-25) plus punch biopsy of a changing back nevus; MA HMO",
    "date": "2026-02-24",
    "patient": ("Okwuosa", "Benedict", "1958-11-03", "male"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 40,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Dysplastic compound nevus, right upper back", "D22.5", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", site="Right upper back",
          note="Changing 7 mm irregular brown macule. 4 mm punch, full thickness, one 4-0 nylon. To dermpath.",
          reasons=["c2"]),
    ],
    "path": [{"text": "Right upper back, punch: compound dysplastic nevus with mild atypia, margins involved.",
              "site": "Right upper back"}],
    "note": """Sofia Ramirez, NP-C - Dermatology follow-up

CC: psoriasis worse + "mole changed" per wife.

Psoriasis: flared after stopping triamcinolone 0.1% in December. Plaques on elbows, knees, scalp; BSA ~6%.
Itching keeps him up. No joint pain. Reviewed options incl. phototherapy and biologics; not ready for a
biologic. Stop triamcinolone. Start clobetasol 0.05% oint BID x2 wk then weekends, calcipotriene cream on
weekdays, clobetasol solution for scalp. Counseled on atrophy, steroid holidays. Recheck 8 weeks; if BSA
still > 5% will start biologic work-up (TB, hepatitis panel).

Back lesion: 7 mm irregular brown macule R upper back, darker and larger than photo from 2024. Dermoscopy:
atypical network. Punch biopsy done today (see procedure). No other changing lesions on a focused exam.

Assessment: 1) psoriasis vulgaris, flare - Rx as above. 2) atypical nevus R upper back - bx.
S. Ramirez NP
""",
    "expected": E([L("99214", 1, "25"), L("11104")]),
    "coder_note": "GS-3: psoriasis flare with prescription drug management is separate from the biopsy decision -> "
                  "provider-selected 99214 with 25; 11104 for the punch.",
})

# =====================================================================================================================
# SHAVE
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-shave-three-groups-rim-not-counted",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals nose 0.4, neck 1.2, back 0.5 cm with 1 mm rim (rim not counted); UHC",
    "date": "2026-02-03",
    "patient": ("Brannigan", "Yvette", "1969-01-17", "female"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Intradermal nevus, right nasal sidewall", "D22.39", "Right nasal sidewall", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left neck", "L82.0", "Left lateral neck", reason=True),
        C("c3", "Inflamed seborrheic keratosis, back", "L82.0", "Mid back at bra line", reason=True),
    ],
    "path": [
        {"text": "A. R nasal sidewall, shave: intradermal melanocytic nevus.", "site": "Right nasal sidewall"},
        {"text": "B. L neck, shave: inflamed seborrheic keratosis.", "site": "Left lateral neck"},
        {"text": "C. Back, shave: inflamed seborrheic keratosis.", "site": "Back"},
    ],
    "note": """Luca Marchetti, PA-C
Shave removals x3

57 y/o F. Three symptomatic spots:
(1) R nasal sidewall - 0.4 cm flesh-colored papule, enlarging over 6 mo and now with a new pink rim.
(2) L lateral neck - 1.2 cm stuck-on tan papule, catches on her collar, bled twice this month.
(3) Mid back at the bra line - 5 mm keratotic papule, red, crusted, rubs and bleeds from the bra strap.

Consent, 1% lido with epi. Each lesion removed by shave (transverse removal to the mid dermis) with a
DermaBlade; intent = complete removal, not sampling. For #3 the blade took about 1 mm of normal-looking skin
around the 5 mm lesion. Hemostasis with aluminum chloride; no sutures. All three to path.

Also noted a 3 mm SK on the L temple - asymptomatic, pt will watch it.
F/u prn path.
L. Marchetti PA-C
""",
    "expected": E([L("11310"), L("11307"), L("11300")]),
    "coder_note": "SH-1: shave codes use the lesion diameter, no margin: nose 0.4 -> 11310; neck 1.2 (SNHFG) -> 11307; "
                  "back 0.5 (the 1 mm rim is not added) -> 11300. Temple SK not treated.",
})

SCENARIOS.append({
    "id": "s19-shave-precoded-scalp-wrong-band",
    "family": "shave", "shape": "pre-coded",
    "description": "Scalp shave removal 1.3 cm sent as 11306 (0.6-1.0 band); corrected to 11307; Medicare",
    "date": "2026-01-20",
    "patient": ("Pelletier", "Arnaud", "1948-05-09", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal, scalp lesion", "11306", "Vertex scalp",
          "1.3 x 0.9 cm crusted, bleeding keratotic papule. Shave removal, AlCl3. To path.", ["c1"]),
    ],
    "path": [{"text": "Scalp, vertex, shave: inflamed seborrheic keratosis, no atypia.", "site": "Vertex scalp"}],
    "note": """Chidi Okonkwo, MD
DOS 01/20/2026

77M, bald vertex. A growth that catches on his cap and has bled onto the pillow for 3 weeks; it grew over
the past 2 months. No prior skin cancer.

Exam: 1.3 x 0.9 cm crusted erythematous keratotic papule at the vertex. DDx irritated SK vs SCC.

Procedure: consent. 1% lidocaine with epi. Shave removal of the entire lesion with a flexible blade,
hemostasis with aluminum chloride. Specimen to pathology.

A second keratosis on the L temple, 4 mm, is not bothering him - not treated; we will reassess next visit.
Plan: petrolatum and bandage daily; call with path.
""",
    "expected": E([L("11307")], topics=["coding-correction"]),
    "coder_note": "SH-1: scalp (SNHFG), greatest diameter 1.3 cm -> 11307, not 11306. Medicare coverage: bleeding, "
                  "recent enlargement, uncertain diagnosis.",
})

SCENARIOS.append({
    "id": "s19-shave-ear-size-missing",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals: finger pyogenic granuloma 0.6 cm (11306); ear lesion without any size; Medicaid",
    "date": "2026-03-03",
    "patient": ("Dunleavy", "Shauna", "1990-12-12", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Pyogenic granuloma, left index finger", "L98.0", "Left index finger, dorsal", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right ear", "L82.0", "Right helix", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left index finger, dorsal",
          note="Friable red papule 0.6 cm, bleeds with minimal trauma. Shave removal + light cautery base.",
          reasons=["c1"]),
        P("Shave removal", site="Right helix",
          note="Tender crusted keratotic papule, catches on phone. Shave removal, AlCl3. To path.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "L index finger, shave: lobular capillary hemangioma (pyogenic granuloma).", "site": "L index finger"},
        {"text": "R helix, shave: irritated seborrheic keratosis.", "site": "Right helix"},
    ],
    "note": """Rafael Santos, FNP - procedure visit
DOS 03/03/2026

35F, not pregnant (LMP 2 weeks ago). Two bothersome bumps.

1) L index finger, dorsal: bleeding red bump x 1 month after a paper cut; bleeds with minimal trauma.
   Exam: friable red papule, 0.6 cm.
   Shave removal, light cautery to the base.
2) R helix: tender crusted keratotic papule, hurts when she is on the phone.
   Shave removal with a flexible blade, aluminum chloride.

Both specimens to pathology. Bacitracin twice daily.
Return prn; we will call with results.
""",
    "expected": E([L("11306")], topics=["missing-documentation"]),
    "coder_note": "Finger = hand (SNHFG), 0.6 cm -> 11306. The helix lesion has no measurement anywhere: no "
                  "size-banded line (README Coding decisions, missing-documentation).",
})

# =====================================================================================================================
# EXCISION - BENIGN
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-exb-cyst-back-margins-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Inflamed cyst upper back 2.2 cm + 0.2 cm margins = 2.6 cm (11403); layered 6.8 cm (12032); Aetna",
    "date": "2026-01-27",
    "patient": ("Harrowgate", "Desmond", "1975-07-14", "male"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 60,
    "conditions": [C("c1", "Epidermal inclusion cyst, upper back", "L72.0", "Upper back, interscapular",
                     reason=True)],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with "
                      "foreign-body granulomatous reaction; 2.9 cm in aggregate.", "site": "Upper back"}],
    "note": """June Abernathy, MD - Dermatologic Surgery

Indication: 50M with a cyst between the shoulder blades, inflamed and drained three times in the past year
(doxycycline twice), painful when he leans back. Quiet now; excision planned.

Preop: 2.2 cm mobile subcutaneous cyst with punctum, interscapular upper back. Margins marked at 0.2 cm
around the cyst. Fusiform ellipse drawn 7.0 x 2.4 cm along relaxed skin tension lines.

Procedure: consent, time-out. 1% lidocaine w/ epinephrine 12 mL. Excised along the markings to
subcutaneous fat; cyst removed intact with sac. Hemostasis electrocautery. Because of the dead space and
tension, a layered closure: 3-0 Vicryl deep dermal/subcutaneous buried sutures, 4-0 nylon running
superficial. Final repair length 6.8 cm. Steri-strips, pressure dressing.

Specimen to path. EBL minimal. Tolerated well.
Plan: sutures out 12-14 days; call for fever, spreading redness.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.2 + 2 x 0.2 = 2.6 cm, trunk -> 11403; the 7.0 cm ellipse and the 2.9 cm path size are "
                  "not used. EX-5: layered closure 6.8 cm trunk -> 12032.",
})

SCENARIOS.append({
    "id": "s19-exb-atypical-nevi-cheek-scalp",
    "family": "excision-benign", "shape": "free-text",
    "description": "Re-excision of two atypical nevi: R cheek 1.0 cm (11441) + 12051 2.0; scalp 1.4 cm (11422) + 12032 3.0",
    "date": "2026-01-06",
    "patient": ("Greenhalgh", "Wendell", "1960-02-25", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Dysplastic nevus, moderate atypia, right cheek", "D22.39", "Right cheek", reason=True),
        C("c2", "Dysplastic nevus, moderate atypia, left parietal scalp", "D22.4", "Left parietal scalp",
          reason=True),
    ],
    "procedures": [
        P("Excision, re-excision atypical nevus", site="Right cheek",
          note="Biopsy scar 0.6 cm, 0.2 cm margins. Layered closure 2.0 cm (5-0 Monocryl deep, 6-0 nylon).",
          reasons=["c1"]),
        P("Excision, re-excision atypical nevus", site="Left parietal scalp",
          note="Biopsy scar 0.8 cm, 0.3 cm margins. Layered closure 3.0 cm (3-0 Vicryl deep, staples).",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. R cheek, re-excision: residual dysplastic compound nevus, moderate atypia; margins clear.",
         "site": "Right cheek"},
        {"text": "B. L parietal scalp, re-excision: scar; no residual nevus.", "site": "Left parietal scalp"},
    ],
    "note": """Dermatology Surgery Clinic - note by Samuel Weiss, MD (PGY-3); I was present for and performed the
entire procedure and agree with the note. - J. Abernathy, MD, attending

65M. Shave biopsies on 12/09/2025 (R cheek, L parietal scalp) showed compound dysplastic nevi with
moderate atypia, peripheral margins involved. Plan was conservative re-excision of both.

R cheek: 0.6 cm pink biopsy scar. Marked 0.2 cm margins, ellipse oriented in the relaxed skin tension line.
Excised to fat. Layered closure: 5-0 Monocryl buried, 6-0 nylon simple interrupted. Repair length 2.0 cm.

L parietal scalp: 0.8 cm scar. Marked 0.3 cm margins. Excised to galea-superficial fat. Layered closure with
3-0 Vicryl and staples; repair length 3.0 cm.

Both specimens oriented and sent. Pt tolerated well. Staples out 10 d, sutures face 6 d.
""",
    "expected": E([L("11441"), L("11422"), L("12051"), L("12032")]),
    "coder_note": "EX-1: cheek 0.6 + 0.4 = 1.0 -> 11441 (FEENLM); scalp 0.8 + 0.6 = 1.4 -> 11422 (SNHFG). Atypia = "
                  "benign codes (EX-3). Repairs by group: face 12051, scalp is in 12031-12037 -> 12032. Teaching-"
                  "physician modifier GC is outside the conventions; not expected.",
})

SCENARIOS.append({
    "id": "s19-exb-precoded-malignant-code-df",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "R thigh excision pre-coded 11602 before path; path dermatofibroma -> 11402; 12031 kept; Cigna",
    "date": "2026-02-17",
    "patient": ("Quintanilla", "Rosa", "1983-09-08", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [C("c1", "Dermatofibroma, right thigh", "D23.71", "Right anterior thigh", reason=True)],
    "procedures": [
        P("Excision lesion R thigh", "11602", "Right anterior thigh",
          "Firm violaceous nodule 1.0 cm, enlarging; DFSP not excluded. 0.2 cm margins.", ["c1"]),
        P("Layered closure R thigh", "12031", "Right anterior thigh",
          "Intermediate closure 2.4 cm, 4-0 Monocryl deep, 5-0 nylon.", ["c1"]),
    ],
    "path": [{"text": "Skin, right thigh, excision: dermatofibroma (benign fibrous histiocytoma), cellular "
                      "variant; CD34 negative; margins clear. No evidence of DFSP.", "site": "Right thigh"}],
    "note": """Astrid Lindgren, PA-C - Dermatologic surgery
DOS 02/17/2026

42F. Firm nodule R anterior thigh growing over a year, now 1.0 cm, violaceous, tender when she shaves.
Could be a cellular dermatofibroma, but DFSP is not excluded - excision chosen rather than biopsy.

Procedure: consent, time-out, 1% lidocaine with epi. Margins of 0.2 cm marked around the 1.0 cm nodule;
ellipse excised to fat. Hemostasis with cautery. Layered closure: 4-0 Monocryl deep, 5-0 nylon
superficial; repair length 2.4 cm.

Specimen to dermpath with a request for CD34.

Addendum 02/20: cellular dermatofibroma, CD34 negative, no DFSP, margins clear - patient notified.
Sutures out at 12 days.
""",
    "expected": E([L("11402"), L("12031")], topics=["coding-correction"]),
    "coder_note": "EX-3: final pathology benign -> benign code; EX-1: 1.0 + 0.4 = 1.4 cm leg -> 11402 (not 11602). "
                  "Intermediate repair 2.4 cm stays 12031.",
})

# =====================================================================================================================
# EXCISION - MALIGNANT
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-exm-melanoma-wle-arm-html",
    "family": "excision-malignant", "shape": "note-only", "html": True,
    "description": "Melanoma WLE L upper arm: 0.8 cm scar + 1 cm margins = 2.8 cm (11603); layered 8.2 cm (12034)",
    "date": "2026-01-22",
    "patient": ("Ashcombe", "Lorraine", "1951-03-19", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Malignant melanoma, left upper arm", "C43.62", "Left posterior upper arm", reason=True),
    ],
    "path": [{"text": "Skin, left posterior upper arm, wide local excision: healing biopsy site; no residual "
                      "melanoma; margins free.", "site": "Left upper arm"}],
    "note_title": "Operative Note - Wide Local Excision",
    "note": """<html><body>
<h3>Riverside Dermatology &mdash; Operative Note</h3>
<p><b>Surgeon:</b> Adaeze Okafor, MD &nbsp; <b>DOS:</b> 01/22/2026</p>
<p><b>Diagnosis:</b> Invasive melanoma, superficial spreading type, Breslow 0.6 mm, non-ulcerated (pT1a),
left posterior upper arm. Diagnosed on 4 mm punch biopsy 12/30/2025.</p>
<p><b>Procedure:</b> Wide local excision with 1.0 cm clinical margins; layered closure.</p>
<table border="1">
<tr><th>Item</th><th>Measurement</th></tr>
<tr><td>Biopsy scar / residual pigment</td><td>0.8 cm</td></tr>
<tr><td>Peripheral margin (each side)</td><td>1.0 cm</td></tr>
<tr><td>Ellipse as excised</td><td>8.4 x 2.9 cm</td></tr>
<tr><td>Repair length</td><td>8.2 cm</td></tr>
</table>
<p>Consent signed; time-out. 1% lidocaine with epinephrine, 18 mL. Excised to the level of the deep fascia,
fascia preserved. Specimen oriented with a suture at 12 o'clock. Layered closure: 3-0 PDS buried deep,
4-0 Monocryl buried dermal, 4-0 nylon running. Moderate undermining to reduce tension. No complications.</p>
<p>SLNB was not indicated for pT1a and was not performed. Discussed 6-month skin exams.</p>
<p>Follow-up: suture removal 14 days.</p>
<p><i>Electronically signed A. Okafor MD</i></p>
</body></html>""",
    "expected": E([L("11603"), L("12034")], dx={"11603": ["C43.62"]}),
    "coder_note": "EX-1: 0.8 + 2 x 1.0 = 2.8 cm, arm -> 11603 (the 8.4 cm ellipse is not the size). Layered 8.2 cm "
                  "trunk/extremity -> 12034. No residual tumour but still treatment of a known melanoma (EX-4, DX-4).",
})

SCENARIOS.append({
    "id": "s19-exm-reexcision-hand-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "SCC R dorsal hand re-excised for positive margin 6 days after 11621: 11622-58 + 12041-58; NGS",
    "date": "2026-02-16",
    "patient": ("Lindahl", "Torvald", "1944-10-02", "male"),
    "provider": "baptiste", "payer": "medicare-ngs", "minutes": 50,
    "conditions": [C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand",
                     reason=True)],
    "prior": [PRIOR("2026-02-10", "11621", "Excision SCC right dorsal hand", "Right dorsal hand",
                    "Excised diameter 0.9 cm, simple closure. Path: SCC, deep margin involved.")],
    "procedures": [
        P("Re-excision, SCC margin", site="Right dorsal hand",
          note="Scar 1.2 cm; 0.4 cm margins all around. To fat above extensor paratenon.", reasons=["c1"]),
        P("Layered closure", site="Right dorsal hand",
          note="Intermediate repair, 4-0 Monocryl deep + 5-0 nylon, length 2.4 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, R dorsal hand, re-excision: focal residual well-differentiated SCC; margins "
                      "now clear.", "site": "Right dorsal hand"}],
    "note": """Marc Baptiste, MD
DOS 02/16/2026

81M back 6 days after excision of a well-differentiated SCC of the R dorsal hand (02/10/2026).
Path called on 02/13: deep margin positive. At the first visit we agreed that a margin-positive result
would mean a re-excision - done today.

Exam: 1.2 cm healing scar R dorsal hand, no infection.

Procedure: 1% lidocaine with epi. 0.4 cm margins marked around the scar. Excised to fat above the
extensor paratenon (paratenon preserved). Layered closure, 4-0 Monocryl deep and 5-0 nylon, 2.4 cm.

Specimen oriented and sent. Path to follow.
Plan: sutures out in 12 days; keep hand elevated 48 h.
""",
    "expected": E([L("11622", 1, "58"), L("12041", 1, "58")], topics=["global-period"]),
    "coder_note": "GS-5/EX-4: re-excision for a positive margin inside the 10-day global of 11621 -> 58. Size 1.2 + "
                  "0.8 = 2.0 cm hand -> 11622. Intermediate repair hand 2.4 cm -> 12041, also 58.",
})

SCENARIOS.append({
    "id": "s19-exm-precoded-sccis-nose-benign-code",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Nasal sidewall excision sent as 11441 + 12011 before path; SCCIS -> 11641, simple repair bundled",
    "date": "2026-03-10",
    "patient": ("Fairweather", "Imogen", "1957-06-27", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 40,
    "conditions": [C("c1", "Squamous cell carcinoma in situ, left nasal sidewall", "D04.39",
                     "Left nasal sidewall", reason=True)],
    "procedures": [
        P("Excision lesion nose", "11441", "Left nasal sidewall",
          "Scaly pink plaque 0.5 cm, 0.2 cm margins, excised to fat.", ["c1"]),
        P("Repair nose", "12011", "Left nasal sidewall", "Simple closure 6-0 nylon, 1.6 cm.", ["c1"]),
    ],
    "path": [{"text": "Skin, left nasal sidewall, excision: squamous cell carcinoma in situ (Bowen disease), "
                      "margins clear.", "site": "Left nasal sidewall"}],
    "note": """Ren Nakamura, MD - Dermatologic surgery
DOS 03/10/2026

68F, persistent scaly pink plaque L nasal sidewall x 8 months, not healing with moisturizer; bleeds when she
removes her glasses. She declined a separate biopsy visit and preferred a single procedure.
Meds: amlodipine. Allergies: none. Not anticoagulated.

Exam: 0.5 cm well-demarcated scaly pink plaque, L nasal sidewall.

Procedure: consent, time-out. 1% lidocaine with epi. Marked 2 mm margins around the 0.5 cm lesion;
fusiform excision to superficial fat. Hemostasis with light cautery. Simple single-layer closure with 6-0
nylon interrupted, 1.6 cm. Vaseline, pressure bandage.

Path (03/13): SCC in situ (Bowen disease), margins clear - called pt.
Plan: sutures out 6 days; no further treatment; skin checks every 6 months.
""",
    "expected": E([L("11641")], topics=["coding-correction", "ncci"], dx={"11641": ["D04.39"]}),
    "coder_note": "EX-3: carcinoma in situ -> malignant excision codes; 0.5 + 0.4 = 0.9 cm face -> 11641. EX-5: simple "
                  "repair of the same wound is included (11641/12011 indicator 1, no distinct site) -> removed.",
})

# =====================================================================================================================
# DESTRUCTION
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-ds-ak-fifteen-in-words",
    "family": "destruction", "shape": "note-only",
    "description": "AK count in words: eleven + three + one = 15 -> 17004 x1; SKs not treated; Medicare",
    "date": "2026-02-05",
    "patient": ("Merriweather", "Augustus", "1942-12-01", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses", "L57.0", "Scalp, dorsal hands, left ear", reason=True)],
    "note": """Prairie Bend Skin Clinic - Jordan Pike, NP
DOS 02/05/2026

83 yo M, farmer, here for his AK treatment. Last cryo June 2025 (ten AKs then, all on the scalp).
No new bleeding or tender lesions. No hx of skin cancer.

Exam: gritty erythematous scaly papules - eleven on the bald scalp, three on the backs of the hands, and one
on the left helix. No thick, tender or ulcerated lesions. Two waxy stuck-on SKs on the back - benign,
asymptomatic, left alone.

Procedure: liquid nitrogen cryotherapy to each AK listed above, 2 freeze-thaw cycles, ~10 sec each.
Expected blistering and crusting discussed; handout given.

Plan: sunscreen, wide-brim hat; consider field therapy (5-FU) next winter. F/u 6 months.
""",
    "expected": E([L("17004")]),
    "coder_note": "DS-1: 11 + 3 + 1 = 15 AKs -> 17004 x1, not 17000/17003. The June 2025 treatment and untreated SKs "
                  "are not coded.",
})

SCENARIOS.append({
    "id": "s19-ds-precoded-17003-overcount",
    "family": "destruction", "shape": "pre-coded",
    "description": "Nine AKs sent as 17000 + 17003 x9; correct 17003 x8; Medicare Advantage",
    "date": "2026-03-12",
    "patient": ("Castellucci", "Renata", "1949-07-07", "female"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [C("c1", "Actinic keratosis", "L57.0", "Face and forearms", reason=True)],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Left cheek", "LN2, AK #1.", ["c1"]),
        P("Destruction premalignant lesions, each addl", "17003", "Face, bilateral forearms",
          "LN2. Qty billed: 9.", ["c1"]),
    ],
    "note": """Sofia Ramirez, NP-C - Dermatology follow-up
DOS 03/12/2026

76F, hx of many AKs (last cryo 09/2025), here for her 6-month check and treatment.
Exam (face, scalp, arms): rough gritty pink papules as below; no pearly or ulcerated lesions; a few benign
lentigines on the forearms, no treatment needed.

Cryotherapy with liquid nitrogen, 2 freeze-thaw cycles each:
  Face: L cheek x2, R cheek x1, nasal dorsum x1, chin x1   (5)
  Forearms: R dorsal x3, L dorsal x1                       (4)
Nine lesions total. Post-care sheet given; expect blistering/crusting 1-2 weeks.

Plan: daily SPF 50, wide-brim hat. Field treatment (5-FU) discussed for next winter - she will think about it.
RTC 6 months.
""",
    "expected": E([L("17000"), L("17003", 8)], topics=["coding-correction"]),
    "coder_note": "DS-1: 9 AKs = 17000 + 17003 x (9 - 1) = 8. The EMA counted all nine as additional.",
})

SCENARIOS.append({
    "id": "s19-ds-aks-and-warts-transplant-xs",
    "family": "destruction", "shape": "free-text",
    "description": "4 AKs (17000 + 17003 x3) and 3 spreading warts in a transplant patient (17110): XS on AK lines",
    "date": "2026-01-29",
    "patient": ("Abernethy-Cole", "Priscilla", "1956-04-18", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Forehead, nose, right cheek", reason=True),
        C("c2", "Verruca vulgaris, spreading, left hand", "B07.8", "Left dorsal hand", reason=True),
        C("c3", "Kidney transplant status", "Z94.0"),
    ],
    "procedures": [
        P("LN2 cryotherapy - actinic keratoses", site="Forehead x2, nasal dorsum, right cheek",
          note="4 AKs, 2 freeze-thaw cycles each.", reasons=["c1"]),
        P("LN2 cryotherapy - verrucae", site="Left dorsal hand",
          note="3 common warts; two are new since October (spreading). Pt on tacrolimus + mycophenolate.",
          reasons=["c2"]),
    ],
    "note": """Ines Castellanos, NP - Transplant skin clinic
DOS 01/29/2026

69F, deceased-donor renal transplant 2019, on tacrolimus + mycophenolate. Seen every 3 months for
high-risk skin surveillance. Prior SCC R forearm (2023, Mohs).

Exam: gritty scaly papules forehead (2), nasal dorsum (1), R cheek (1). L dorsal hand: three verrucous
papules - one present in October, two new since then (spreading). No suspicious nodules today.

Procedures:
- AKs x4 (forehead 2, nasal dorsum 1, R cheek 1): LN2, 2 freeze-thaw cycles each.
- Verrucae x3, L dorsal hand: LN2, 2 cycles each.

Plan: sun protection reviewed; transplant team (Dr. Ibekwe) aware of the wart spread. Consider topical
5-FU field therapy if AKs recur. F/u 3 months.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")]),
    "coder_note": "DS-1/DS-2: 4 AKs -> 17000 + 17003 x3; warts -> 17110 (covered: spreading in an immunosuppressed "
                  "patient, BSL-4). DS-3: 17110/17000 and 17110/17003 are indicator 1, different lesions -> XS on "
                  "the column-2 AK lines.",
})

SCENARIOS.append({
    "id": "s19-ds-edc-sbcc-back-final-defect",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven superficial BCC L lower back: lesion 0.9 cm, final defect 1.4 cm -> 17262",
    "date": "2026-02-12",
    "patient": ("Oyelaran", "Tobias", "1962-09-30", "male"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [C("c1", "Superficial basal cell carcinoma, left lower back", "C44.519", "Left lower back",
                     reason=True)],
    "note": """Chidi Okonkwo, MD - procedure note
DOS 02/12/2026

Dx: superficial BCC, L lower back, confirmed on shave biopsy 01/20/2026.
57M; he prefers ED&C over excision after discussing options (cure rates, scar).

Exam: 0.9 cm pink scaly patch at the biopsy site; marked with a 2 mm rim of normal skin.

Procedure: 1% lidocaine with epi. Electrodesiccation and curettage, 3 cycles.
Final defect after the last curettage: 1.4 cm in diameter.
Hemostasis complete. Vaseline and bandage.

Plan: daily wound care; expect healing in 3-4 weeks. Skin check in 6 months.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction is sized by the final curettage defect (1.4 cm, trunk) -> 17262, not by "
                  "the 0.9 cm clinical lesion.",
})

# =====================================================================================================================
# MOHS
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-mohs-nose-blocks-beyond-five",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs nasal ala BCC 3 stages with 7/6/2 blocks: 17311 + 17312 x2 + 17315 x3; complex 2.3 cm 13151",
    "date": "2026-02-19",
    "patient": ("Kettering", "Osborne", "1946-01-08", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 240,
    "conditions": [C("c1", "Infiltrative basal cell carcinoma, right nasal ala", "C44.311", "Right nasal ala",
                     reason=True)],
    "note_title": "Mohs Surgery Report",
    "note": """MOHS MICROGRAPHIC SURGERY REPORT - Erik Lindqvist, MD (surgeon and pathologist)

Tumor: infiltrative BCC, right nasal ala (biopsy 01/2026, outside office). Preop size 1.1 x 0.9 cm.
No same-day biopsy; diagnosis established.

Stage 1: excised and divided into 7 tissue blocks (large tumor, tissue mapped 1-7). Tumor at blocks 3-5.
Stage 2: re-excised from 2 to 7 o'clock; this layer was cut into 6 blocks. Tumor at block 4 (deep).
Stage 3: deep layer at 4 o'clock, 2 blocks. Clear.
Blocks total for the case: 15.

Defect 1.8 x 1.5 cm involving the alar rim (free margin of the nostril).
Repair: complex repair. Wide undermining, alar rim re-approximated with 5-0 Monocryl and 6-0 Prolene to
preserve the free margin; repair length 2.3 cm. Flap considered and not needed.
Dressing, instructions. F/u 1 wk.
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 3), L("13151")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: 17315 counts blocks beyond 5 per stage: stage 1 (7) -> 2, stage 2 (6) -> 1, stage 3 (2) -> "
                  "0 = 3 (not 15 - 5). REP-3: nostril-rim free margin = complex, nose 2.3 cm -> 13151 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s19-mohs-precoded-forearm-head-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L forearm SCC sent as 17311 + 17312; trunk/extremity codes 17313 + 17314; 12032 kept; UHC",
    "date": "2026-03-05",
    "patient": ("Montgomery", "Felicity", "1953-11-21", "female"),
    "provider": "halvorsen", "payer": "commercial-uhc", "minutes": 160,
    "conditions": [C("c1", "Squamous cell carcinoma, left dorsal forearm", "C44.629", "Left dorsal forearm",
                     reason=True)],
    "procedures": [
        P("Mohs surgery, first stage", "17311", "Left dorsal forearm",
          "Stage 1: 4 blocks, residual at 3 o'clock.", ["c1"]),
        P("Mohs surgery, addl stage", "17312", "Left dorsal forearm", "Stage 2: 2 blocks, clear.", ["c1"]),
        P("Intermediate repair", "12032", "Left dorsal forearm", "Layered closure, 4.6 cm.", ["c1"]),
    ],
    "note": """Kirsten Halvorsen, MD - Mohs surgeon and pathologist
DOS 03/05/2026

72F, well-differentiated SCC of the L dorsal forearm (biopsy 02/2026), clinically 2.4 cm - meets the size
criterion for Mohs on an extremity.

Stage 1: 4 blocks; residual SCC at 3 o'clock.
Stage 2: 2 blocks; clear.

Defect 3.1 x 2.2 cm, into subcutaneous fat. No muscle, tendon or named nerve/vessel exposed.
Repair: layered closure, 4-0 Monocryl deep and 4-0 nylon superficial; length 4.6 cm.

Pressure dressing. Post-op instructions reviewed.
Sutures out in 14 days; skin check at 3 months.
""",
    "expected": E([L("17313"), L("17314"), L("12032")], topics=["coding-correction"],
                  dx={"17313": ["C44.629"]}),
    "coder_note": "MOHS-2: arm is trunk/arms/legs and no deep structure was involved -> 17313 + 17314, not 17311/17312. "
                  "MOHS-7: layered repair 4.6 cm arm -> 12032.",
})

SCENARIOS.append({
    "id": "s19-mohs-concha-plus-bx-forearm-xs",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs L concha BCC 2 stages (17311 + 17312), granulation; tangential bx of R forearm lesion 11102-XS",
    "date": "2026-03-19",
    "patient": ("Whitcombe", "Geraldine", "1945-05-05", "female"),
    "provider": "lindqvist", "payer": "medicare-noname", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, left ear (concha)", "C44.219", "Left conchal bowl", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right forearm", "D04.61", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Mohs stage 1", site="Left conchal bowl", note="3 tissue blocks; residual nodular BCC at 6 o'clock.",
          reasons=["c1"]),
        P("Mohs stage 2", site="Left conchal bowl", note="2 tissue blocks; clear.", reasons=["c1"]),
        P("Second intention healing", site="Left conchal bowl",
          note="Defect 1.2 x 1.0 cm on the concha, perichondrium intact. Left to granulate."),
        P("Shave biopsy", site="Right dorsal forearm",
          note="New 6 mm scaly pink papule noted today, never biopsied. Tangential biopsy, AlCl3. To dermpath.",
          reasons=["c2"]),
    ],
    "path": [{"text": "Right dorsal forearm, shave biopsy: squamous cell carcinoma in situ.",
              "site": "Right dorsal forearm"}],
    "note": """Erik Lindqvist, MD - Mohs surgeon and pathologist
DOS 03/19/2026

80F for Mohs of a biopsy-proven nodular BCC of the L concha (biopsy 02/2026).

Stage 1: 3 blocks - residual nodular BCC at 6 o'clock.
Stage 2: 2 blocks - clear.
Concha defect 1.2 x 1.0 cm, perichondrium intact; allowed to heal by second intention (best cosmetic
result in the conchal bowl). No repair.

While prepping, she pointed out a new scaly papule on the R dorsal forearm, 6 mm, never biopsied.
Shave (tangential) biopsy taken and sent to dermpath in formalin - not frozen, not part of the Mohs case.
Will treat per result.

F/u 2 weeks wound check.
""",
    "expected": E([L("17311"), L("17312"), L("11102", 1, "XS")]),
    "coder_note": "Mohs head/neck 2 stages -> 17311 + 17312. BX-5: biopsy of a separate lesion is reportable; "
                  "17311/11102 indicator 1 -> XS on 11102 (not 59: different lesion, no frozen section).",
})

# =====================================================================================================================
# REPAIR
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-rep-glass-lacerations-three-groups",
    "family": "repair", "shape": "note-only",
    "description": "Lacerations: forehead 2.1 + cheek 1.8 simple (12013); R forearm 4.0 layered (12032); R hand 1.5 layered (12041)",
    "date": "2026-01-31",
    "patient": ("Stroud", "Emmett", "1988-06-11", "male"),
    "provider": "chen", "payer": "commercial", "minutes": 70,
    "conditions": [
        C("c1", "Laceration of forehead", "S01.81XA", "Forehead", reason=True),
        C("c2", "Laceration of right cheek", "S01.411A", "Right cheek", reason=True),
        C("c3", "Laceration of right forearm", "S51.811A", "Right volar forearm", reason=True),
        C("c4", "Laceration of right hand", "S61.411A", "Right thenar hand", reason=True),
        C("c5", "Contact with sharp glass", "W25.XXXA"),
    ],
    "note": """Wei Chen, PA-C - same-day add-on (patient of Dr. Okafor)

37M fell through a glass patio table 2 h ago. No LOC. Tdap 2022. Wounds irrigated copiously, explored -
no glass, no tendon or nerve injury, full ROM/sensation of the R hand.

Repairs (1% lido):
 a) Forehead 2.1 cm - single layer 6-0 nylon, simple.
 b) R cheek 1.8 cm - single layer 6-0 nylon, simple.
 c) R volar forearm 4.0 cm - gaping, deep dermis involved: layered closure, 4-0 Monocryl buried + 4-0 nylon.
 d) R thenar hand 1.5 cm - layered closure, 5-0 Monocryl buried + 5-0 nylon.
 e) Scalp abrasion - cleaned, bacitracin, no closure needed.

Sutures: face 5 days, forearm/hand 10-12 days. Wound care reviewed.
""",
    "expected": E([L("12013"), L("12032"), L("12041")]),
    "coder_note": "REP-1/REP-2: sum per group and complexity: face simple 2.1 + 1.8 = 3.9 -> 12013; intermediate "
                  "forearm (12031 group) 4.0 -> 12032; intermediate hand is the 12041 group -> 12041. Abrasion not "
                  "repaired.",
})

SCENARIOS.append({
    "id": "s19-rep-precoded-complex-under-1cm",
    "family": "repair", "shape": "pre-coded",
    "description": "0.9 cm dog-bite laceration through R helical rim, layered, sent as 13151 -> 12051; Medicare",
    "date": "2026-02-26",
    "patient": ("Hollingsworth", "Agnes", "1950-08-15", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Laceration of right ear", "S01.311A", "Right helical rim", reason=True),
        C("c2", "Bitten by dog", "W54.0XXA"),
    ],
    "procedures": [
        P("Complex repair ear", "13151", "Right helical rim",
          "0.9 cm laceration through the helical rim; irrigated; layered closure 5-0 Vicryl + 6-0 nylon.", ["c1"]),
    ],
    "note": """Adaeze Okafor, MD - urgent same-day visit
DOS 02/26/2026

75F nipped on the R ear by her own dog this morning while feeding him. Dog is up to date on rabies
vaccination (owner has records). Tetanus booster 2021. On no blood thinners.

Exam: 0.9 cm laceration crossing the R helical rim, edges clean, cartilage not exposed, no hematoma.

Procedure: 1% lidocaine with epi, ring block. Irrigated with 250 mL sterile saline. Helical rim edges
aligned carefully; layered closure with 5-0 Vicryl buried and 6-0 nylon interrupted, total 0.9 cm.
Bacitracin, light dressing.

Plan: amoxicillin-clavulanate x5 days (bite wound). Watch for redness, swelling, ear pain.
Recheck and suture removal in 1 week.
""",
    "expected": E([L("12051")], topics=["coding-correction"]),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple or intermediate; layered closure on the "
                  "ear -> 12051 (13151 starts at 1.1 cm).",
})

SCENARIOS.append({
    "id": "s19-rep-complex-shin-addon-plus-forearm",
    "family": "repair", "shape": "free-text",
    "description": "Complex repair L shin 9.8 cm (13121 + 13122 x1) and layered L forearm 3.0 cm (12032); MA PPO",
    "date": "2026-03-24",
    "patient": ("Abercrombie", "Lionel", "1959-12-29", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 80,
    "conditions": [
        C("c1", "Laceration of left lower leg", "S81.812A", "Left shin", reason=True),
        C("c2", "Laceration of left forearm", "S51.812A", "Left forearm", reason=True),
    ],
    "procedures": [
        P("Laceration repair, left shin", site="Left shin",
          note="9.8 cm ragged laceration; devitalized wound edges debrided sharply; layered closure "
               "3-0 Vicryl + 4-0 nylon.", reasons=["c1"]),
        P("Laceration repair, left forearm", site="Left forearm",
          note="3.0 cm clean laceration, layered closure 4-0 Monocryl + 4-0 nylon.", reasons=["c2"]),
    ],
    "note": """Astrid Lindgren, PA-C - procedure visit
DOS 03/24/2026

66M slipped off a ladder this morning and struck the edge of a metal bin. Tetanus current (2023).
PMH: HTN, hyperlipidemia. No anticoagulants.

Exam: L shin - 9.8 cm ragged laceration with crushed, devitalized skin edges; no bone exposed; pulses
intact. L forearm - 3.0 cm clean linear laceration into the subcutaneous fat; tendons intact.

L shin: irrigated 500 mL. Devitalized edges sharply debrided back to bleeding healthy tissue, then layered
closure (3-0 Vicryl deep, 4-0 nylon) - complex repair, 9.8 cm.
L forearm: irrigated, layered closure (4-0 Monocryl buried, 4-0 nylon), 3.0 cm.

Plan: elevation, keep dry 48 h, wound check in 1 week, sutures out 14 days (shin) / 10 days (forearm).
""",
    "expected": E([L("13121"), L("13122"), L("12032")]),
    "coder_note": "REP-3: debridement of wound edges = complex. Leg 9.8 cm -> 13121 (to 7.5 cm) + 13122 x1 (each "
                  "additional 5 cm or less). Forearm layered 3.0 cm -> 12032; different complexity is not summed.",
})

# =====================================================================================================================
# NAILS
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-nails-two-great-toes-digit-mods",
    "family": "nails", "shape": "free-text",
    "description": "Partial avulsions R great toe then L great toe: 11730-T5 + 11732-TA; Medicaid",
    "date": "2026-01-15",
    "patient": ("Obi", "Kelechi", "2003-03-02", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 30,
    "conditions": [C("c1", "Ingrowing nail", "L60.0", "Both great toes", reason=True)],
    "procedures": [
        P("Partial nail avulsion, lateral border", site="Right great toe",
          note="Digital block. Lateral nail border avulsed. No matrixectomy.", reasons=["c1"]),
        P("Partial nail avulsion, medial border", site="Left great toe",
          note="Digital block. Medial nail border avulsed. No matrixectomy.", reasons=["c1"]),
    ],
    "note": """Jordan Pike, NP - Prairie Bend Skin Clinic
DOS 01/15/2026

22M warehouse worker, painful ingrown toenails both great toes x 2 months; granulation tissue at the R
lateral fold. Warm soaks and cotton wicks failed. No diabetes, no PVD.

Exam: R great toe - lateral nail border embedded, erythema, granulation. L great toe - medial border
embedded, tender, no drainage.

Procedure: digital blocks with 2% plain lidocaine. R great toe lateral border avulsed first, then the L
great toe medial border. Matrix left intact on both (first episode) - matrixectomy only if it recurs.
Silver nitrate to granulation not needed. Dressings applied.

Plan: soaks BID, wide toe box shoes, f/u 2 weeks.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")]),
    "coder_note": "11730 for the first nail (R great toe, T5, done first), 11732 for the second (L great toe, TA); "
                  "digit modifiers on nail codes per the conventions. Matrixectomy only a future possibility.",
})

SCENARIOS.append({
    "id": "s19-nails-precoded-matrixectomy-with-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "L great toe avulsion + phenol matrixectomy sent as 11730 + 11750 without digit: 11750-TA only",
    "date": "2026-02-09",
    "patient": ("Delacroix", "Simone", "1972-10-19", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 30,
    "conditions": [C("c1", "Ingrowing nail, recurrent", "L60.0", "Left great toe, lateral border", reason=True)],
    "procedures": [
        P("Nail avulsion", "11730", "Left great toe", "Lateral border avulsed.", ["c1"]),
        P("Matrixectomy", "11750", "Left great toe",
          "Phenol 88% x 3 applications to the lateral matrix for permanent removal.", ["c1"]),
    ],
    "note": """Chidi Okonkwo, MD - procedure note
DOS 02/09/2026

53F, third recurrence of an ingrown lateral border of the L great toe (avulsions 2024 and 2025 elsewhere).
Wants a permanent fix. Not diabetic; pedal pulses normal.

Procedure: consent. Digital block, 2% plain lidocaine; tourniquet. The lateral nail border of the L great
toe was avulsed and the lateral matrix ablated with 88% phenol, 3 applications x 30 seconds, then flushed
with alcohol. Same nail border, one digit only. Tourniquet off, good capillary refill.

Plan: soaks daily, expect drainage 2-3 weeks, f/u 2 weeks.
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"]),
    "coder_note": "11750/11730 is PTP indicator 1 and both are on the same nail border -> 11730 removed. Digit "
                  "documented (left great toe) -> TA on 11750.",
})

# =====================================================================================================================
# PARING
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-paring-two-corns-three-calluses",
    "family": "paring", "shape": "note-only",
    "description": "Diabetic neuropathy: two corns + three calluses = 5 lesions -> 11057; nails not trimmed; Medicare",
    "date": "2026-02-02",
    "patient": ("Pennington", "Harold", "1947-02-14", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Both feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "note": """Ines Castellanos, NP - foot check
DOS 02/02/2026

79M, T2DM with peripheral neuropathy (absent monofilament sensation both feet, documented 11/2025),
followed by Dr. Patel (endocrinology). A1c 7.8%.

Exam: hyperkeratotic lesions -
  two corns (R 5th toe dorsolateral, L 4th toe),
  three calluses (R sub-1st metatarsal head, L sub-5th metatarsal head, L heel).
No ulceration, no maceration. Pedal pulses faint but present.

Procedure: sharp paring of all of the above with a #15 blade; no bleeding.
Toenails thick but not trimmed today (he sees podiatry next week).

Plan: offloading inserts, daily foot checks, moisturizer. RTC 2 months.
""",
    "expected": E([L("11057")]),
    "coder_note": "Paring count: 2 corns + 3 calluses = 5 lesions -> 11057 (more than 4). Nails not trimmed.",
})

SCENARIOS.append({
    "id": "s19-paring-precoded-11055-times-three",
    "family": "paring", "shape": "pre-coded",
    "description": "Three calluses sent as three 11055 lines -> one 11056; Aetna",
    "date": "2026-03-16",
    "patient": ("Szabo", "Eszter", "1966-05-23", "female"),
    "provider": "marchetti", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [C("c1", "Callosities, plantar", "L84", "Plantar feet", reason=True)],
    "procedures": [
        P("Paring callus", "11055", "Right plantar forefoot", "Pared with blade.", ["c1"]),
        P("Paring callus", "11055", "Left plantar forefoot", "Pared with blade.", ["c1"]),
        P("Paring callus", "11055", "Right heel", "Pared with blade.", ["c1"]),
    ],
    "note": """Luca Marchetti, PA-C
DOS 03/16/2026

59F ICU nurse, painful plantar calluses limiting her 12-hour shifts. No diabetes, no neuropathy.
Exam: three discrete hyperkeratotic plaques - R plantar forefoot (sub-2nd MTH), L plantar forefoot
(sub-2nd MTH), R heel. No verrucous features, no pinpoint bleeding after paring.

Procedure: sharp paring of the three calluses with a #15 blade. Tolerated well.

Plan: urea 40% cream nightly, cushioned insoles, shoe review. Return in 8-10 weeks if painful again.
""",
    "expected": E([L("11056")], topics=["coding-correction"]),
    "coder_note": "11055 is one lesion; 2-4 lesions are one unit of 11056 (11056/11055 indicator 0). Three 11055 lines "
                  "-> 11056 x1.",
})

# =====================================================================================================================
# INCISION AND DRAINAGE
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-id-buttock-loculated-packed",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Buttock abscess: loculations broken, irrigated, packed -> 10061 (complicated); UHC",
    "date": "2026-01-08",
    "patient": ("Marwood", "Tyrell", "1994-08-03", "male"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True)],
    "procedures": [
        P("I&D abscess", site="Right buttock",
          note="3.5 cm fluctuant abscess. Incised 1.5 cm; multiple loculations broken up with a hemostat; "
               "copious irrigation; packed with 1/4 inch iodoform gauze. Culture sent.", reasons=["c1"]),
    ],
    "note": """Sofia Ramirez, NP-C - acute visit
DOS 01/08/2026

31M, painful lump R buttock x5 days, getting bigger, hard to sit. No fever. No prior abscesses. No diabetes.

Exam: 3.5 cm fluctuant tender nodule R buttock with 6 cm surrounding erythema. Afebrile.

Procedure: consent. 1% lidocaine with epi field block. 1.5 cm incision; large amount of purulent drainage.
Multiple loculations broken up bluntly with a hemostat; cavity irrigated copiously with saline; packed
with 1/4 inch iodoform gauze. Culture swab sent to the lab.

Plan: doxycycline 100 mg BID x7 days; warm compresses; packing out at an RN visit in 48 h.
Return sooner for fever or spreading redness.
""",
    "expected": E([L("10061")]),
    "coder_note": "Loculations requiring blunt dissection plus packing = complicated I&D -> 10061 (README precedent).",
})

SCENARIOS.append({
    "id": "s19-id-precoded-two-abscesses-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two abscesses (L axilla, R thigh) sent as 10060 twice -> 10061 x1 (multiple); Medicaid MCO",
    "date": "2026-02-20",
    "patient": ("Ferreira", "Jacinta", "1999-01-25", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
        C("c2", "Cutaneous abscess of right lower limb", "L02.415", "Right medial thigh", reason=True),
    ],
    "procedures": [
        P("I&D abscess", "10060", "Left axilla", "2 cm abscess, incised and drained, no packing.", ["c1"]),
        P("I&D abscess", "10060", "Right medial thigh", "1.5 cm abscess, incised and drained.", ["c2"]),
    ],
    "note": """Rafael Santos, FNP - walk-in
DOS 02/20/2026

27F with two painful boils x4 days: L armpit and R inner thigh. No fever. Two similar boils last year.

Exam: L axilla 2 cm fluctuant abscess; R medial thigh 1.5 cm fluctuant abscess. No cellulitis beyond 1 cm.

Procedure: both areas anesthetized with 1% lidocaine; each incised with an #11 blade and drained;
expressed, irrigated. Simple - no loculations, no packing.

Plan: warm compresses, TMP-SMX DS BID x7 days. Discussed chlorhexidine washes and nasal mupirocin
(decolonization) if she has another recurrence. RTC prn.
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "10060 is simple or single; two abscesses drained at one session = multiple -> 10061 x1 (README "
                  "precedent).",
})

# =====================================================================================================================
# INTRALESIONAL
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-il-keloids-kenalog40-72mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Three keloids, Kenalog-40 0.6 mL each = 72 mg -> 11900 + J3301 x8; BCBS",
    "date": "2026-02-27",
    "patient": ("Adebayo", "Funmilayo", "1991-07-09", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 20,
    "conditions": [C("c1", "Keloid scars", "L91.0", "Chest and shoulders", reason=True)],
    "note": """Henrietta Voss, MD
DOS 02/27/2026

34F, painful, itchy keloids after acne: presternal chest, R shoulder, L shoulder. Third injection
series; each is about 30% flatter than in November.

Procedure: consent. Triamcinolone acetonide (Kenalog-40, 40 mg/mL) injected intralesionally,
0.6 mL into each of the 3 keloids with a 30G needle. Total volume 1.8 mL.
Tolerated well; no blanching beyond the lesions.

Plan: repeat in 6 weeks; silicone gel nightly.
Discussed cryo-assisted injection if they plateau - not today.
""",
    "expected": E([L("11900"), L("J3301", 8)]),
    "coder_note": "3 lesions -> 11900. Drug: 1.8 mL x 40 mg/mL = 72 mg -> J3301 = ceil(72/10) = 8.",
})

SCENARIOS.append({
    "id": "s19-il-alopecia-nine-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "Alopecia areata, nine patches, TAC 10 mg/mL 3.5 mL = 35 mg -> 11901 + J3301 x4; Medicaid",
    "date": "2026-03-09",
    "patient": ("Nwachukwu", "Adaora", "2009-11-14", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True)],
    "procedures": [
        P("Intralesional steroid injection", site="Scalp - 9 patches",
          note="Triamcinolone acetonide 10 mg/mL, 0.1 mL aliquots ~1 cm apart; total 3.5 mL across the nine "
               "patches.", reasons=["c1"]),
    ],
    "note": """Folake Adeyemi, MD - Little Oaks Pediatric & Adolescent Dermatology
DOS 03/09/2026

16F with alopecia areata since 2024. Today 9 patches: occipital x4, parietal x3, vertex x2. Three are new
since January. Eyebrows and nails normal. Mom present and consents.

Topical anesthetic applied 30 min prior. Injected all nine patches with triamcinolone acetonide
10 mg/mL, 0.1 mL aliquots about 1 cm apart - 3.5 mL total. Tolerated with ice and distraction.

Plan: continue clobetasol foam nightly; recheck and repeat injections in 6 weeks.
Discussed JAK inhibitors for extensive disease in the future - not started. School note given.
""",
    "expected": E([L("11901"), L("J3301", 4)]),
    "coder_note": "More than 7 lesions -> 11901. 3.5 mL x 10 mg/mL = 35 mg -> J3301 x4.",
})

SCENARIOS.append({
    "id": "s19-il-precoded-acne-cysts-dilute",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Six acne cysts sent as 11901 + J3301 x2; 6 lesions = 11900; 2.5 mg/mL x 1.2 mL = 3 mg = J3301 x1",
    "date": "2026-01-23",
    "patient": ("Lundqvist", "Annika", "2001-02-06", "female"),
    "provider": "chen", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face and jawline", reason=True)],
    "procedures": [
        P("Intralesional injection", "11901", "Face/jawline", "6 inflamed acne cysts injected.", ["c1"]),
        P("Triamcinolone injection", "J3301", "Face/jawline", "Qty 2.", ["c1"]),
    ],
    "note": """Wei Chen, PA-C
DOS 01/23/2026

24F, nodulocystic acne flaring despite spironolactone 100 mg and tretinoin 0.05%; painful.
Exam: six tender inflamed cysts - L jaw x3, R jaw x2, chin x1. Mild post-inflammatory hyperpigmentation.

Procedure: triamcinolone diluted to 2.5 mg/mL; 0.2 mL into each of the 6 cysts with a 30G needle
(1.2 mL total). Risk of atrophy discussed.

Plan: continue spironolactone and tretinoin. Isotretinoin discussed again - she declines for now.
Recheck 8 weeks.
""",
    "expected": E([L("11900"), L("J3301")], topics=["coding-correction"]),
    "coder_note": "11900 covers up to 7 lesions (6 here). 1.2 mL x 2.5 mg/mL = 3 mg -> J3301 = ceil(0.3) = 1.",
})

# =====================================================================================================================
# PATCH TEST
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-pt-92-allergens-mue-cap-html",
    "family": "patch-test", "shape": "note-only", "html": True,
    "description": "Patch test placement 80 baseline + 12 hairdressing = 92 allergens -> 95044 capped at MUE 90; Cigna",
    "date": "2026-01-19",
    "patient": ("Castellano", "Gianna", "1986-04-04", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Hands and scalp margin",
                     reason=True)],
    "note_title": "Patch Test Application",
    "note": """<div><p><b>PATCH TEST APPLICATION &ndash; Contact Dermatitis Clinic</b></p>
<p>Provider: June Abernathy, MD &nbsp;|&nbsp; Applied by: T. Rowe, RN under direct supervision</p>
<p>39F hairdresser with chronic hand and hairline dermatitis. Evaluation was done at her consult on
01/05/2026; today is application only.</p>
<ul>
<li>Baseline (expanded) series: <b>80</b> allergens</li>
<li>Hairdressing series: <b>12</b> allergens</li>
<li>Photopatch series: <i>not applied</i> (no photo-distribution)</li>
</ul>
<p>Total chambers applied to the upper back: <b>92</b>. Sites marked. Instructions: keep dry, no
exercise; readings at 48 h and 96 h.</p>
<p>Antihistamines OK; no prednisone for 2 weeks prior (confirmed).</p>
</div>""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = allergens applied = 92; practitioner MUE 90 (MAI 3) -> capped at 90 with an mue "
                  "finding (README: MUE caps). The photopatch series was not applied.",
})

SCENARIOS.append({
    "id": "s19-pt-36-allergens-em25-hand-dermatitis",
    "family": "patch-test", "shape": "free-text",
    "description": "Hand dermatitis flare with Rx (99214-25) plus patch tests 30 + 6 = 36 allergens; Medicare",
    "date": "2026-02-23",
    "patient": ("Rutherford", "Glenys", "1955-09-13", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 45,
    "em": "99214",
    "conditions": [C("c1", "Contact dermatitis, hands", "L25.9", "Both hands", reason=True)],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="Standard series 30 allergens + medicament/preservative supplement 6 allergens = 36 "
               "chambers.", reasons=["c1"]),
    ],
    "note": """Ren Nakamura, MD
DOS 02/23/2026

70F retired florist, hand dermatitis for 2 years, acute flare this month with fissures and weeping;
sleep disturbed. OTC hydrocortisone not helping.

Exam: vesicular, fissured dermatitis of both palms and finger webs; no secondary infection.

Flare treatment today: stop OTC hydrocortisone; start clobetasol 0.05% ointment BID x 2 weeks, then
tacrolimus 0.1% ointment maintenance; cotton-under-nitrile gloves. Rx sent to pharmacy.

Because of chronicity, patch tests placed today on the upper back: 36 allergens (standard 30 +
6 medicament/preservative).
Rubber accelerator series only if these are negative - not placed.
Readings Wednesday and Friday.
""",
    "expected": E([L("99214", 1, "25"), L("95044", 36)]),
    "coder_note": "Flare management with prescription drugs is separate from applying the tests -> 99214-25 (95044/"
                  "99214 indicator 1). 95044 x36; the rubber series was not placed.",
})

# =====================================================================================================================
# PHOTOTHERAPY
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-photo-excimer-four-plaques-260",
    "family": "phototherapy", "shape": "note-only",
    "description": "Excimer to elbows/knees 60 + 55 + 75 + 70 = 260 sq cm -> 96921; BCBS",
    "date": "2026-02-11",
    "patient": ("Gallagher", "Ronan", "1978-12-20", "male"),
    "provider": "lindgren", "payer": "commercial", "minutes": 15,
    "conditions": [C("c1", "Psoriasis vulgaris, localized", "L40.0", "Elbows and knees", reason=True)],
    "note": """Astrid Lindgren, PA-C - Excimer treatment #7
DOS 02/11/2026

47M, localized plaque psoriasis (BSA 3%) after 4 months of clobetasol/calcipotriene without clearance.
Prior authorization on file.

308 nm excimer today:
  R elbow 60 cm2
  L elbow 55 cm2
  R knee  75 cm2
  L knee  70 cm2
Doses per protocol (R knee +10%). No blistering from session #6.

Next session in 3 days.
""",
    "expected": E([L("96921")]),
    "coder_note": "Excimer is coded once per session by total area: 60 + 55 + 75 + 70 = 260 sq cm -> 96921 "
                  "(250-500).",
})

SCENARIOS.append({
    "id": "s19-photo-precoded-nbuvb-sent-as-96910",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "NB-UVB alone (no tar, no pretreatment) sent as 96910 -> 96900; Medicare",
    "date": "2026-03-04",
    "patient": ("Haverford", "Mildred", "1952-06-06", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
    "procedures": [
        P("Phototherapy session", "96910", "Whole body", "NB-UVB 311 nm, 1150 mJ/cm2.", ["c1"]),
    ],
    "note": """Marc Baptiste, MD - Phototherapy unit log
DOS 03/04/2026

73F, chronic plaque psoriasis, BSA 14%, on NB-UVB 3x/week since January.
Session #18 of the course. Whole-body cabinet, narrowband UVB 311 nm, 1150 mJ/cm2.
Eye protection and genital shielding used.
No coal tar, no petrolatum and no other topical pretreatment in the unit today.
Mild pinkness after #17 - dose held flat today instead of the usual 10% increase.
BSA improving (from 18% at start).
History: Goeckerman regimen in 2019 at another center.
Plan: continue 3x/week; reassess at session #30.
""",
    "expected": E([L("96900")], topics=["coding-correction"]),
    "coder_note": "96910 requires tar (or petrolatum) plus UVB; plain NB-UVB is actinotherapy 96900. The 2019 "
                  "Goeckerman course is history.",
})

SCENARIOS.append({
    "id": "s19-photo-puva-first-line-no-abn-gz",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA started first-line for psoriasis, no failed conventional therapy, no ABN -> 96912-GZ; Medicare",
    "date": "2026-01-26",
    "patient": ("Ingersoll", "Bartholomew", "1958-03-27", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and legs", reason=True)],
    "procedures": [
        P("PUVA session", site="Whole body",
          note="Oral methoxsalen 0.4 mg/kg 90 min before UVA 1.5 J/cm2. Session #1.", reasons=["c1"]),
    ],
    "note": """Jordan Pike, NP - Prairie Bend Skin Clinic
DOS 01/26/2026

67M, plaque psoriasis trunk and legs, BSA 8%, mildly itchy. Working full time; no joint symptoms.
Treatment history: none - he has not used any topical steroid, vitamin D analog or UVB. He read about
PUVA online and asked to start with it; topical therapy and NB-UVB were offered and declined.

PUVA session #1 today: oral methoxsalen 0.4 mg/kg 90 minutes before UVA 1.5 J/cm2, whole body.
UVA-protective eyewear for 24 h reviewed.
No ABN was signed.

Plan: 2x/week; LFTs and eye exam baseline ordered.
""",
    "expected": E([L("96912", 1, "GZ")], topics=["medical-necessity"]),
    "coder_note": "NCD 250.1: PUVA is covered only for intractable, disabling psoriasis after failed conventional "
                  "treatment; not met and no ABN -> GZ (README: PUVA without failed conventional therapy).",
})

# =====================================================================================================================
# COSMETIC
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-cos-sk-ln2-voluntary-abn-gx-gy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Six asymptomatic SKs frozen for appearance with a voluntary ABN -> 17110-GX-GY; Medicare",
    "date": "2026-03-02",
    "patient": ("Beaumont", "Cecily", "1949-10-31", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Seborrheic keratoses", "L82.1", "Face and upper chest", reason=True)],
    "note": """Henrietta Voss, MD
DOS 03/02/2026

76F would like her "age spots" gone before her granddaughter's wedding photos.
Exam: six stuck-on tan seborrheic keratoses on the temples, cheeks and upper chest. None itch, bleed,
are irritated or have changed; the diagnosis is clinically certain.

Explained that Medicare does not cover cosmetic removal. She signed the voluntary advance notice and
will pay for the service.

Procedure: LN2 to all 6 lesions, single freeze cycle.
Expect darkening and flaking over 2 weeks.
RTC prn.
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "Asymptomatic SK removal is cosmetic (COS-2); Medicare FFS -> GY, plus GX for the voluntary ABN.",
})

SCENARIOS.append({
    "id": "s19-cos-tca-peel-medicare-gy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medium-depth TCA peel of the face for photoaging, no AKs, no ABN -> 15789-GY; Medicare",
    "date": "2026-02-06",
    "patient": ("Whitlock", "Eleanor", "1956-12-09", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Photoaging of skin", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "note": """Ines Castellanos, NP - aesthetics session
DOS 02/06/2026

69F wants smoother skin: fine rhytides and mottled dyschromia of the face.
Exam: Glogau II photoaging. No actinic keratoses on exam. No active HSV.

Procedure: full-face medium-depth peel - Jessner's solution followed by 35% TCA to a papillary-dermal
level (frost grade II). Neutralized with cool compresses.
Valacyclovir prophylaxis started yesterday.

Post-peel care reviewed: bland emollient, strict sun avoidance; peeling days 3-7.
Self-pay aesthetic service; no ABN or waiver form was completed.
""",
    "expected": E([L("15789", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "Facial dermal (medium-depth) peel -> 15789; purely cosmetic (COS-2) on Medicare FFS -> GY; no "
                  "voluntary ABN documented so no GX.",
})

SCENARIOS.append({
    "id": "s19-cos-commercial-tags-plus-plantar-wart",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic removal of 8 asymptomatic neck tags (commercial: removed) + painful plantar wart 17110; BCBS",
    "date": "2026-03-13",
    "patient": ("Kowalczyk", "Dorota", "1980-05-16", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, neck", "L91.8", "Neck"),
        C("c2", "Plantar wart", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Snip removal, skin tags", site="Neck",
          note="8 tags, asymptomatic; removed at patient request for appearance. Self-pay quoted."),
        P("Cryotherapy, wart", site="Right plantar forefoot",
          note="1 painful plantar wart, pared surface then LN2 x2 cycles.", reasons=["c2"]),
    ],
    "note": """Rafael Santos, FNP
DOS 03/13/2026

45F, two concerns.
1) Plantar wart R forefoot x6 months, painful with walking at work; OTC salicylic acid failed.
   Exam: 7 mm verrucous papule with thrombosed capillaries, R plantar forefoot.
   Pared surface, then LN2 x2 freeze-thaw cycles. Repeat in 3-4 weeks if needed.
2) Neck skin tags: she wants 8 small tags removed because she dislikes how they look. None are
   irritated, bleeding, inflamed or catching on jewelry. Snipped with iris scissors, AlCl3.
   Told her this part is cosmetic and will be billed to her directly (self-pay).

Return in 4 weeks for the wart.
""",
    "expected": E([L("17110")], topics=["cosmetic"]),
    "coder_note": "Commercial cosmetic service (asymptomatic tags) is not put on the claim (conventions); the painful "
                  "plantar wart is medical -> 17110.",
})

# =====================================================================================================================
# SKIN TAGS
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-tags-27-irritated-mue-cap",
    "family": "skin-tags", "shape": "note-only",
    "description": "27 irritated tags (twelve + nine + six): 11200 + 11201 (2 by count, capped at MUE 1); Medicare",
    "date": "2026-01-16",
    "patient": ("Pemberton", "Dolores", "1950-04-21", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Irritated acrochordons", "L91.8", "Axillae and inframammary", reason=True)],
    "note": """Adaeze Okafor, MD
DOS 01/16/2026

75F with skin tags that catch on her bra and clothing; several bled this month and some are red and
swollen.

Counted: twelve in the L axilla, nine in the R axilla, six under the breasts.
All irritated (erythema, crusting where twisted).

Procedure: removed all of them by snip excision with curved iris scissors; aluminum chloride for
hemostasis. No specimens.

Plan: petrolatum to the sites for a week. Return if more become irritated.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"]),
    "coder_note": "12 + 9 + 6 = 27 tags: 11200 (first 15) + 11201 ceil(12/10) = 2, but the 11201 MUE is 1 -> capped "
                  "with an mue finding (README precedent). Bleeding/inflamed = covered.",
})

SCENARIOS.append({
    "id": "s19-tags-precoded-as-shaves",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Four inflamed neck tags snipped, sent as four 11300 lines -> 11200 x1; MA HMO",
    "date": "2026-02-13",
    "patient": ("Ravensworth", "Albert", "1955-01-30", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [C("c1", "Inflamed acrochordons, neck", "L91.8", "Posterior neck", reason=True)],
    "procedures": [
        P("Shave removal lesion", "11300", "Posterior neck", "Skin tag 3 mm, snipped.", ["c1"]),
        P("Shave removal lesion", "11300", "Posterior neck", "Skin tag 4 mm, snipped.", ["c1"]),
        P("Shave removal lesion", "11300", "Left lateral neck", "Skin tag 3 mm, snipped.", ["c1"]),
        P("Shave removal lesion", "11300", "Left lateral neck", "Skin tag 5 mm, snipped.", ["c1"]),
    ],
    "note": """Astrid Lindgren, PA-C
DOS 02/13/2026

71M, four neck skin tags rubbed raw by his work collar (security guard uniform). Red and sore; one bled
onto his shirt this week.
Exam: four pedunculated tags 3-5 mm, posterior neck x2 and L lateral neck x2, erythematous, one crusted.

Procedure: cleaned with alcohol; each tag removed by snip with curved iris scissors; AlCl3 for hemostasis.
Four tags total. No specimens sent.

Plan: bacitracin for 3 days. Return if new irritated tags.
""",
    "expected": E([L("11200")], topics=["coding-correction"]),
    "coder_note": "Skin tags removed by any method -> 11200 (up to 15), one unit; shave codes 11300 are wrong (and 11300 "
                  "is not a neck code anyway).",
})

# =====================================================================================================================
# E/M
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-em-screening-fse-newpt-gy",
    "family": "em", "shape": "note-only",
    "description": "New patient, screening-only skin exam, no history, no complaint, nothing found -> 99202-GY; Medicare",
    "date": "2026-01-09",
    "patient": ("Fitzgerald", "Norma", "1958-08-18", "female"),
    "provider": "ramirez", "payer": "medicare", "minutes": 20,
    "em": "99202",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note": """Sofia Ramirez, NP-C - New patient
DOS 01/09/2026

67F, new to the practice. "Just want a skin check - my friend had melanoma."
No personal history of skin cancer, no family history of melanoma, no lesions she is worried about,
no itching, bleeding or new spots.

Full skin exam (scalp to soles, including nails and mucosa): Fitzpatrick II.
No suspicious pigmented lesions, no keratotic or pearly lesions.
Nothing requiring biopsy or treatment.

Counseled on sunscreen and monthly self-exams.
Return if any change.
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5: Medicare has no skin-cancer screening benefit; screening-only exam with no history, complaint "
                  "or finding -> E/M with GY (README Coding decisions).",
})

SCENARIOS.append({
    "id": "s19-em-newpt-periungual-wart-decision-only",
    "family": "em", "shape": "free-text",
    "description": "New patient, single periungual wart, 99203 selected + LN2: E/M removed, 17110 only; Cigna",
    "date": "2026-02-18",
    "patient": ("Tremblay", "Olivier", "1997-09-24", "male"),
    "provider": "chen", "payer": "commercial-cigna", "minutes": 15,
    "em": "99203",
    "conditions": [C("c1", "Verruca vulgaris, right middle finger", "B07.8", "Right middle finger, periungual",
                     reason=True)],
    "procedures": [
        P("Cryotherapy", site="Right middle finger, periungual",
          note="1 wart, painful with typing. LN2 x2 freeze-thaw cycles.", reasons=["c1"]),
    ],
    "note": """Wei Chen, PA-C - New patient
DOS 02/18/2026

28M, wart at the R middle fingernail fold x 4 months, painful when typing; OTC salicylic acid failed.
No other skin concerns. Healthy, no medications.

Exam: 5 mm verrucous papule, periungual, R middle finger. Nail plate intact.

Assessment: verruca vulgaris, R middle finger.
Plan: LN2 today, 2 freeze-thaw cycles. Repeat in 3-4 weeks if it persists.
Wound care handout given.
""",
    "expected": E([L("17110")]),
    "coder_note": "GS-3: the only work was the evaluation of the wart and the decision to freeze it; a new patient alone "
                  "does not justify an E/M -> E/M removed (README precedent).",
})

SCENARIOS.append({
    "id": "s19-em-poison-ivy-inside-excision-global-24",
    "family": "em", "shape": "note-only",
    "description": "Poison ivy dermatitis with Rx 5 days after back excision (010 global) -> 99213-24; Medicare",
    "date": "2026-03-07",
    "patient": ("Garrison", "Wilbur", "1952-07-04", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 20,
    "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to plants (poison ivy)", "L23.7", "Both forearms", reason=True),
    ],
    "prior": [PRIOR("2026-03-02", "11602", "Excision BCC right upper back", "Right upper back",
                    "Excised diameter 1.6 cm; layered closure.")],
    "note": """Marc Baptiste, MD
DOS 03/07/2026

73M, 5 days after excision of a BCC on the R upper back (03/02).
New problem: itchy, streaky, blistering rash on both forearms since clearing brush on Tuesday.

Exam: linear vesicles and erythematous papules on both forearms. Back incision glanced at - clean and
intact; sutures stay in.

A/P:
1) Allergic contact dermatitis (poison ivy), forearms - clobetasol 0.05% cream BID x 14 days (Rx sent),
   cool compresses, oral antihistamine at night. Unrelated to the surgery.
2) Post-op R upper back - healing; suture removal as scheduled.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated E/M inside the 10-day global of 11602 -> 24. The glance at the incision is post-op "
                  "care, no separate line.",
})

SCENARIOS.append({
    "id": "s19-em-precoded-mtx-monitoring-aks-25",
    "family": "em", "shape": "pre-coded",
    "description": "Methotrexate psoriasis with lab review (99214) + LN2 of 3 AKs; E/M sent without 25 -> 99214-25",
    "date": "2026-03-18",
    "patient": ("Vanderberg", "Hendrik", "1951-02-12", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 35,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631"),
        C("c3", "Actinic keratosis", "L57.0", "Left temple, nose", reason=True),
    ],
    "procedures": [
        P("Destruction AK, first lesion", "17000", "Left temple", "LN2.", ["c3"]),
        P("Destruction AK, addl lesions", "17003", "Nose, left temple", "LN2. Qty 2.", ["c3"]),
    ],
    "note": """June Abernathy, MD
DOS 03/18/2026

75M on methotrexate 15 mg weekly for psoriasis (BSA now 2%).
Labs drawn 03/12 reviewed: CBC normal, ALT 58 (was 31).
Reduced MTX to 12.5 mg weekly; folic acid continued; repeat CBC/CMP in 4 weeks; alcohol counseling.
Discussed switching to a biologic if transaminases stay elevated.

Also 3 AKs (L temple x2, nose x1) - LN2 today, 2 cycles each.

A/P:
1) Psoriasis on MTX with rising ALT - dose change, lab monitoring.
2) AKs x3 - cryotherapy.
RTC 4 weeks with labs.
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 2)]),
    "coder_note": "GS-3: methotrexate toxicity monitoring and dose change are significant and separate from the AK "
                  "decision -> 25 on the E/M (17000/99214 indicator 1). 3 AKs -> 17000 + 17003 x2.",
})

# =====================================================================================================================
# POST-OP
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-po-suture-removal-day9-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after cyst excision (010); provider picked 99212 -> 99024; Medicare",
    "date": "2026-02-18",
    "patient": ("Lockhart", "Beatrice", "1948-11-11", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 10,
    "em": "99212",
    "conditions": [C("c1", "Encounter for removal of sutures", "Z48.02", reason=True)],
    "prior": [PRIOR("2026-02-09", "11403", "Excision epidermoid cyst left upper back", "Left upper back",
                    "Excised diameter 2.4 cm; intermediate repair 5.0 cm.")],
    "note": """Rafael Santos, FNP - nurse/NP post-op visit
DOS 02/18/2026

77F, post-op day 9 after excision of a cyst on the L upper back in this office (02/09/2026).
No pain, no drainage, no fever.

Exam: incision well approximated, no erythema, no dehiscence.

Sutures removed without difficulty; Steri-strips applied.
Pathology reviewed with her: benign epidermoid cyst.
No other concerns raised today; no other problems addressed.

Plan: scar care with silicone gel after 2 weeks. Return prn.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5: routine post-op visit inside the 10-day global of 11403, nothing unrelated -> 99024, not an "
                  "E/M.",
})

SCENARIOS.append({
    "id": "s19-po-new-lesion-punch-inside-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Wound check 7 days after 11602 plus punch biopsy of a new R thigh lesion -> 11104-79; MA HMO",
    "date": "2026-03-17",
    "patient": ("Ostrowski", "Tadeusz", "1957-05-28", "male"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Dysplastic nevus, right thigh", "D22.71", "Right anterior thigh", reason=True),
    ],
    "prior": [PRIOR("2026-03-10", "11602", "Excision SCC left upper back", "Left upper back",
                    "Excised diameter 1.8 cm, layered closure.")],
    "procedures": [
        P("Punch biopsy", site="Right anterior thigh",
          note="New irregular 6 mm brown papule. 4 mm punch, one suture.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right thigh, punch: dysplastic compound nevus, moderate atypia.",
              "site": "Right thigh"}],
    "note": """Sofia Ramirez, NP-C
DOS 03/17/2026

68M, 1 week after SCC excision L upper back (03/10). Back incision healing well, sutures remain until
next week.

New concern: a dark bump on the R thigh that his wife noticed last month.
Exam: 6 mm irregular brown papule R anterior thigh; dermoscopy asymmetric with irregular dots.
Procedure: consent, 1% lidocaine with epi, 4 mm punch biopsy, one 4-0 nylon. To dermpath.
This lesion is unrelated to the back surgery.

Plan: suture removal back + thigh next week; will call with path.
""",
    "expected": E([L("11104", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure (new lesion) during the 10-day global of 11602 -> 79. The wound check is "
                  "part of the global; no 99024 on a day with a billed procedure (README precedent).",
})

SCENARIOS.append({
    "id": "s19-po-flap-day30-99024-html",
    "family": "post-op", "shape": "note-only", "html": True,
    "description": "Flap check 30 days after cheek rotation flap (090 global); provider picked 99213 -> 99024",
    "date": "2026-03-26",
    "patient": ("Ainsworth", "Veronica", "1943-09-02", "female"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 15,
    "em": "99213",
    "conditions": [C("c1", "Aftercare following skin surgery", "Z48.817", reason=True)],
    "prior": [PRIOR("2026-02-24", "14040", "Rotation flap right cheek after Mohs", "Right cheek",
                    "Defect + flap 8.5 sq cm.")],
    "note_title": "Post-operative Visit",
    "note": """<p><b>Post-op check &ndash; Erik Lindqvist, MD</b></p>
<p>DOS 03/26/2026</p>
<p>82F, 30 days after Mohs and a cheek rotation flap (R cheek, 02/24/2026).</p>
<p>No pain, no drainage.</p>
<p>Exam: flap viable, well perfused; mild pinkness and trapdoor thickening along the inferior arc.
No infection.</p>
<p>Plan: scar massage instructions, silicone gel, sun protection.</p>
<p>Possible intralesional steroid to the thickened area at the 3-month visit if it persists &ndash;
<i>not today</i>.</p>
<p>No new complaints; no other problems addressed.</p>
<p>RTC 2 months.</p>
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "14040 has a 090 global: day 30 is inside it (not outside a 10-day window). Routine flap check only "
                  "-> 99024. The steroid injection is a future possibility.",
})

# =====================================================================================================================
# MIXED
# =====================================================================================================================

SCENARIOS.append({
    "id": "s19-mixed-fse-mm-hx-rosacea-bx-aks-html",
    "family": "mixed", "shape": "note-only", "html": True,
    "description": "FSE for melanoma history + rosacea Rx (99214-25), tangential bx back (11102), 5 AKs (17000-XS, 17003 x4)",
    "date": "2026-02-25",
    "patient": ("Sandoval", "Evangelina", "1953-03-15", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 40,
    "em": "99214",
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", reason=True),
        C("c2", "Rosacea", "L71.9", "Central face", reason=True),
        C("c3", "Melanocytic nevus, trunk", "D22.5", "Left upper back", reason=True),
        C("c4", "Actinic keratosis", "L57.0", "Scalp and forehead", reason=True),
    ],
    "path": [{"text": "Skin, left upper back, shave biopsy: compound melanocytic nevus with mild architectural "
                      "disorder; no melanoma.", "site": "Left upper back"}],
    "note_title": "Dermatology Visit",
    "note": """<html><body>
<p><b>Riverside Dermatology</b> &ndash; Adaeze Okafor, MD &ndash; 02/25/2026</p>
<p><b>Reason:</b> 6-month total body exam (melanoma L calf 2019, stage IA, WLE) + facial redness.</p>
<p><b>Skin exam:</b> full body. L calf scar without recurrence; no lymphadenopathy. New 5 mm irregular
brown macule L upper back. Gritty scaly papules: scalp x3, forehead x2. Central facial erythema,
telangiectasias, papules and pustules on cheeks and chin.</p>
<p><b>Procedures:</b></p>
<ul>
<li>L upper back macule &ndash; tangential (saucerization) biopsy for histology; AlCl3.</li>
<li>AKs &ndash; LN2 cryotherapy to all five (scalp 3, forehead 2), 2 cycles each.</li>
</ul>
<p><b>Assessment / Plan:</b></p>
<ol>
<li>History of melanoma &ndash; no recurrence; continue q6-month exams.</li>
<li>Papulopustular rosacea, flaring &ndash; start ivermectin 1% cream daily and doxycycline 40 mg daily
(Rx sent); trigger avoidance. Recheck 8 weeks.</li>
<li>Atypical-appearing nevus L upper back &ndash; biopsy as above.</li>
<li>AKs x5 &ndash; cryo as above.</li>
</ol>
</body></html>""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 4)]),
    "coder_note": "Melanoma surveillance exam and rosacea prescription management are separate from the biopsy/cryo "
                  "decisions -> 99214-25. 11102/17000 is indicator 1, different lesions -> XS on 17000; 17003 has no "
                  "edit with 11102 -> no modifier (README precedent).",
})

SCENARIOS.append({
    "id": "s19-mixed-precoded-excision-band-repair-bx-xs",
    "family": "mixed", "shape": "pre-coded",
    "description": "Back excision sent 11401 (lesion size only) -> 11402; 12032 needs XS vs forearm punch 11104-XS; UHC",
    "date": "2026-03-20",
    "patient": ("Caldwell", "Marguerite", "1964-07-01", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 60,
    "conditions": [
        C("c1", "Melanocytic nevus with mild atypia, back", "D22.5", "Right mid back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision lesion back", "11401", "Right mid back",
          "Changing pigmented papule 0.9 cm; excised with 0.2 cm margins.", ["c1"]),
        P("Intermediate repair back", "12032", "Right mid back", "Layered closure 3.2 cm.", ["c1"]),
        P("Punch biopsy", "11104", "Left dorsal forearm", "Separate scaly plaque; 4 mm punch.", ["c2"]),
    ],
    "path": [
        {"text": "A. Right mid back, excision: compound nevus with mild atypia; margins clear.",
         "site": "Right mid back"},
        {"text": "B. Left dorsal forearm, punch: squamous cell carcinoma in situ.", "site": "Left forearm"},
    ],
    "note": """Samuel Weiss, MD (PGY-3) - attending Dr. Abernathy present for the procedures, agrees with the note.
DOS 03/20/2026

61F, two lesions.
(1) Changing pigmented papule R mid back, 0.9 cm, darker since last year.
    Excised with 2 mm margins (ellipse to fat); layered closure 3.2 cm (3-0 Vicryl deep, 4-0 nylon).
(2) Separate scaly pink plaque L dorsal forearm, 1.1 cm, present 6 months.
    4 mm punch biopsy for diagnosis, one suture.
Both to pathology, separately labeled A (back) and B (forearm).

Plan: sutures out back 12 d, forearm 10 d. Will discuss treatment of B once the path is back.
""",
    "expected": E([L("11402"), L("12032", 1, "XS"), L("11104", 1, "XS")], topics=["coding-correction"]),
    "coder_note": "EX-1: 0.9 + 0.4 = 1.3 cm -> 11402. PTP 11402/11104 and 11104/12032 are indicator 1; the punch is a "
                  "different lesion/site from the excision and its repair -> XS on both column-2 lines (11104, "
                  "12032). GC outside the conventions.",
})
