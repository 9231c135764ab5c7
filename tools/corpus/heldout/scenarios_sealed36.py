"""Sealed set 36 (s36-): three-dermatologist practice in coastal Maine on athenaOne.

Practice: Penobscot Bay Dermatology, Rockland ME (halvorsen, abernathy, pike). Notes carry HPI / ROS / EXAM /
ASSESSMENT & PLAN (numbered problems with the ICD-10 typed in parentheses) and a separate PROCEDURES block.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# Batch 1: destruction / biopsy
# =============================================================================================================

SCENARIOS.append({
    "id": "s36-ds-ak-fifteen-by-site-decision-only",
    "family": "destruction", "shape": "note-only",
    "description": "AK cryo counted by site (6+4+2+2+1 = 15) -> 17004; provider-picked 99213 is decision-only",
    "date": "2026-02-10",
    "patient": ("Grindle", "Wendell", "1951-08-19", "male"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp, dorsal hands, nose, left ear", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Office Visit",
    "note": """PENOBSCOT BAY DERMATOLOGY - Rockland ME
Wendell Grindle   DOB 08/19/1951   DOS 02/10/2026
Provider: Kirsten Halvorsen MD

Chief complaint: scheduled AK treatment

HPI: 74 yo lobsterman, still hauling 300 traps out of Owls Head. here for his usual winter AK clean up.
rough spots on scalp and backs of hands, nose. no bleeding lesions, nothing new he is worried about. hx bcc
L cheek 2019 (mohs), no recurrence. wears a cap "most of the time".

ROS: neg for fevers, wt loss. skin as per hpi.

EXAM: Fitzpatrick II, marked photodamage. gritty erythematous scaly papules:
 scalp (vertex + frontal) - 6
 L dorsal hand - 4
 R dorsal hand - 2
 nose (dorsum, R sidewall) - 2
 L helix - 1
no pearly or ulcerated lesions. L cheek mohs scar well healed, no nodularity.
3 more very faint pink macules L forearm, not clearly AK - leaving these, recheck next visit.

ASSESSMENT & PLAN:
1. Actinic keratoses, multiple (L57.0)
   - cryo today, see procedure. discussed field tx with 5-FU next winter, pt not interested right now.
2. hx BCC (Z85.828) - no evidence of recurrence. FSE 6 mo.

PROCEDURES:
- Destruction of premalignant lesions, LN2 cryotherapy. verbal consent. 2 freeze thaw cycles each.
  sites/counts as above: scalp 6, L dorsal hand 4, R dorsal hand 2, nose 2, L helix 1 = fifteen lesions total.
  tolerated well, blistering + crusting reviewed, vaseline bid.

RTC 6 months FSE.
K. Halvorsen MD
""",
    "expected": E([L("17004")]),
    "coder_note": "DS-1: 15 AKs summed across sites -> 17004 x1 (not 17000/17003). The 3 untreated forearm macules "
                  "are not counted. GS-3: scheduled AK visit, only work is the destruction decision (stable BCC "
                  "history noted only) -> the 99213 is removed.",
})

SCENARIOS.append({
    "id": "s36-ds-ak-twelve-precoded-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "Twelve AKs pre-coded as 17004 -> 17000 + 17003 x11; Medicare Advantage",
    "date": "2026-03-03",
    "patient": ("Coffin", "Marjorie", "1946-01-30", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratoses, face and scalp", "L57.0", "Face and scalp", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesions, 15 or more", cpt="17004", site="Face and scalp",
          note="Cryotherapy with liquid nitrogen to twelve (12) actinic keratoses: forehead 5, scalp 4, "
               "left cheek 2, chin 1.", reasons=["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Penobscot Bay Dermatology
Patient: Marjorie Coffin    DOB: 01/30/1946    Date of service: 03/03/2026
Provider: June Abernathy, MD

HPI: Mrs. Coffin is an 80-year-old retired sardine-cannery worker who returns for treatment of actinic
keratoses. She has been using her sunscreen faithfully since our last visit but reports that several rough
spots on her forehead and scalp have returned. She has no new, bleeding or growing lesions.

ROS: Negative except as noted in the HPI.

EXAM: Focused examination of the face and scalp. There are twelve erythematous, gritty, adherent scaly papules
consistent with actinic keratoses: five on the forehead, four on the frontal and parietal scalp, two on the
left cheek, and one on the chin. No lesion is indurated, ulcerated or tender.

ASSESSMENT & PLAN:
1. Actinic keratoses of the face and scalp (L57.0)
   We reviewed the options of cryotherapy, topical 5-fluorouracil and photodynamic therapy. She prefers
   cryotherapy today.

PROCEDURES:
* Destruction of premalignant lesions by cryotherapy. Verbal consent was obtained after discussion of
  blistering, pigment change and recurrence. Liquid nitrogen applied with a Cry-Ac spray, two freeze-thaw
  cycles per lesion. Total treated: twelve lesions (forehead 5, scalp 4, left cheek 2, chin 1).
  She tolerated it well. Wound care was reviewed.

Return in six months for a full skin examination.
June Abernathy, MD
""",
    "expected": E([L("17000"), L("17003", 11)], topics=["coding-correction"]),
    "coder_note": "DS-1: 17004 is only for 15 or more lesions; 12 AKs = 17000 + 17003 x11.",
})

SCENARIOS.append({
    "id": "s36-ds-ak-face-plus-inflamed-sk-back",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo 5 AKs face + 2 inflamed bleeding SKs on back (covered) -> 17110, 17000-XS, 17003 x4-XS",
    "date": "2026-01-20",
    "patient": ("Thibodeau", "Armand", "1949-11-04", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Back", reason=True),
    ],
    "procedures": [
        P("LN2 cryo - AKs", site="Face (forehead x2, R temple, nasal bridge, L cheek)",
          note="5 AKs, 2 FTC each.", reasons=["c1"]),
        P("LN2 cryo - irritated SKs", site="Mid back / R flank at wader-strap line",
          note="2 inflamed SKs, crusted, bleeding where the wader suspenders rub. 2 FTC each.",
          reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology  |  athenaOne progress note
pt: Armand Thibodeau  dob 11/04/1949  dos 01/20/2026
provider: Jordan Pike MD

HPI: 76 y/o M, retired scallop dragger. AK f/u. Also 2 "warts" on his back that catch on his wader
suspenders, bled onto his undershirt twice this month, itchy + sore.

ROS: no f/c. otherwise neg.

EXAM:
- face: 5 scaly gritty papules, forehead x2, R temple, nasal bridge, L cheek
- back: 2 stuck-on waxy brown papules 0.6 and 0.8 cm mid back + R flank, right at the strap line, erythematous
  rim, hemorrhagic crust on both. no atypical features on dermoscopy
- rest of exam deferred per pt (did FSE in Oct)

ASSESSMENT & PLAN:
1. AK x5 face (L57.0) -> LN2
2. ISK x2 back (L82.0) -> inflamed, bleeding, traumatized by straps -> LN2
   - no biopsy needed, classic SK on dermoscopy

PROCEDURES:
* Cryo AK - face, 5 lesions, 2 FTC
* Cryo ISK - back, 2 lesions, 2 FTC
consent verbal, tol well, wound care sheet

f/u 6 mo
JP
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 4, "XS")],
                  dx={"17110": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "DS-3: 17110/17000 and 17110/17003 are PTP indicator 1 with the AK codes in column 2; different "
                  "lesions and sites -> XS on 17000 and 17003. SKs are inflamed and bleeding (BSL-3 a/g) so covered.",
})

SCENARIOS.append({
    "id": "s36-ds-warts-hands-sternman-medicaid",
    "family": "destruction", "shape": "free-text",
    "description": "Seven painful fissured common warts on both hands, cryo -> 17110 x1; Medicaid",
    "date": "2026-04-14",
    "patient": ("Alley", "Tucker", "2002-06-11", "male"),
    "provider": "halvorsen", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Verruca vulgaris, hands", "B07.8", "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of warts", site="R hand x4 (index, middle fingers, palm), L hand x3 (thumb, palm)",
          note="7 verrucae total, pared lightly with 15 blade first then LN2 2 cycles. painful, fissure and "
               "bleed when hauling line.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """PENOBSCOT BAY DERMATOLOGY
Tucker Alley  dob 6/11/2002  dos 4/14/2026
Kirsten Halvorsen MD

HPI: 23yo sternman on his uncles boat. warts on both hands x 1 yr, spreading. painful, they crack and bleed
when hes hauling pot warp, cant wear gloves all day. tried compound w otc x 2 mo, no change.
Mom wants his "moles" looked at sometime - not today, he has to get back to the boat.

ROS: neg

EXAM: hands - R hand 4 hyperkeratotic verrucous papules (index finger, middle finger x2, palm), L hand 3
(thumb, thenar palm x2). two are fissured w dried blood. no other lesions examined today.

ASSESSMENT & PLAN:
1. Verruca vulgaris, multiple, hands (B07.8) - symptomatic (pain, bleeding).
   - cryo today, repeat q3-4 wk. salicylic acid 40% pads nightly in between.

PROCEDURES:
- Destruction benign lesions, LN2. 7 warts total (R4, L3). paring w 15 blade to reduce callus then 2 freeze
  thaw cycles. no complications.

RTC 4 wks.
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: 17110 covers up to 14 benign lesions, 1 unit. Light paring of the same warts is part of the "
                  "destruction (not 11055-11057). Painful, bleeding warts meet BSL-3.",
})

SCENARIOS.append({
    "id": "s36-ds-ak-no-count-plus-shave-bx",
    "family": "destruction", "shape": "note-only",
    "description": "AKs cryo'd 'numerous' with no count -> no 17000 line; separate tangential bx back -> 11102",
    "date": "2026-02-24",
    "patient": ("Pinkham", "Lorraine", "1944-12-02", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp and forearms", reason=True),
        C("c2", "Neoplasm of uncertain behavior, left upper back - pending pathology", None,
          "Left upper back", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology
Patient: Lorraine Pinkham     DOB: 12/02/1944     DOS: 02/24/2026
Provider: June Abernathy, MD

HPI: Ms. Pinkham is an 81-year-old woman who spent forty summers running a lobster pound on Vinalhaven. She
comes in for her actinic keratoses and mentions a pink scaly spot on her left upper back that her daughter
noticed about two months ago. It is not painful but has grown slightly.

ROS: Otherwise negative.

EXAM: Scalp and bilateral dorsal forearms with numerous gritty erythematous scaly papules typical of actinic
keratoses on a background of severe photodamage. Left upper back: 0.7 cm pink scaly thin plaque with a
slightly shiny border; dermoscopy shows arborizing vessels at the edge.

ASSESSMENT & PLAN:
1. Actinic keratoses (L57.0) - treated with cryotherapy today.
2. Lesion of the left upper back, rule out basal cell carcinoma versus irritated actinic keratosis.
   Tangential (shave) biopsy today; will call with results.

PROCEDURES:
* Cryotherapy of actinic keratoses: liquid nitrogen, two freeze-thaw cycles, to numerous AKs of the scalp
  and both dorsal forearms. Verbal consent. Tolerated well.
* Tangential biopsy, left upper back: informed consent, alcohol prep, 1% lidocaine with epinephrine. Shave
  biopsy with a DermaBlade to the mid dermis. Hemostasis with aluminum chloride. Specimen to Dartmouth
  Dermatopathology. Vaseline and bandage.

Follow-up: will contact with pathology; return in 6 months.
June Abernathy, MD
""",
    "expected": E([L("11102")], topics=["missing-documentation"]),
    "coder_note": "README 'Coding decisions': no lesion count -> no 17000/17003/17004 line + missing-documentation. "
                  "The biopsy of a separate lesion stands alone (no 17000 line, so no PTP pair). 'Rule out BCC' "
                  "is not coded (DX-1).",
})

SCENARIOS.append({
    "id": "s36-bx-sample-curette-bcc-forearm-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Shave sample then curettage of suspected BCC L forearm; path BCC; pre-coded 11102 + 17261 -> 17261 only",
    "date": "2026-03-17",
    "patient": ("Haskell", "Norris", "1948-05-25", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of left upper limb", "C44.619", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Biopsy, tangential, single lesion", cpt="11102", site="L dorsal forearm",
          note="shave sample of 0.6 cm pearly papule sent to path, then base curetted", reasons=["c1"]),
        P("Destruction malignant lesion trunk/arms/legs 0.6-1.0 cm", cpt="17261", site="L dorsal forearm",
          note="ED&C x3 cycles after shave sample. final defect 0.9 cm", reasons=["c1"]),
    ],
    "path": [{"text": "Left dorsal forearm, shave: basal cell carcinoma, nodular type, extending to the base "
                      "of the specimen.", "site": "Left dorsal forearm", "date": "2026-03-20"}],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology -- athenaOne
pt Norris Haskell, dob 05/25/1948, DOS 03/17/2026
provider Jordan Pike MD

HPI: 77M boatbuilder (wooden boats, Camden). pearly bump L forearm x 4 mo, bleeds when he bumps it on the
shop bench. hx SCC R hand 2021 excised.

ROS: neg.

EXAM: L dorsal forearm 0.6 cm pearly papule w rolled border + telangiectasia. rest of arms: photodamage, no
other suspicious lesions.

ASSESSMENT & PLAN:
1. Suspected BCC L forearm - bx and treat same sitting (shave + ED&C), pt prefers 1 visit. hold billing for
   path.

PROCEDURES:
* shave sample L forearm -> path (Dartmouth)
* curettage + electrodesiccation of the base, 3 cycles. final defect 0.9 cm. vaseline, bandaid.

f/u path. 6 mo FSE.
--- ADDENDUM 03/20/2026: path = nodular BCC, to base. treated by ED&C at time of bx. no further tx needed.
""",
    "expected": E([L("17261")], topics=["ncci"], dx={"17261": ["C44.619"]}),
    "coder_note": "BX-6 (AAD worked example): sample-then-curette of a lesion that proves malignant -> report only "
                  "the malignant destruction, sized by the final defect (0.9 cm arm -> 17261). The biopsy of the "
                  "same lesion is not separately reportable (17261/11102 indicator 1, no distinct lesion).",
})

SCENARIOS.append({
    "id": "s36-bx-wedge-punch-two-shaves",
    "family": "biopsy", "shape": "note-only",
    "description": "Incisional wedge thigh + punch forearm + 2 tangential (back, chest) -> 11106, 11105, 11103 x2",
    "date": "2026-01-13",
    "patient": ("Beal", "Constance", "1953-09-08", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Indurated plaque left thigh", None, "Left anterior thigh", reason=True),
        C("c2", "Violaceous papules right forearm", None, "Right volar forearm", reason=True),
        C("c3", "Pink scaly papule, right mid back", None, "Right mid back", reason=True),
        C("c4", "Irregular pigmented papule, chest", None, "Central chest", reason=True),
    ],
    "path": [
        {"text": "A. Left thigh, incisional: morphea (localized scleroderma), deep dermal sclerosis.",
         "site": "Left anterior thigh", "date": "2026-01-16"},
        {"text": "B. Right forearm, punch: lichen planus.", "site": "Right volar forearm", "date": "2026-01-16"},
        {"text": "C. Right mid back, shave: superficial basal cell carcinoma.", "site": "Right mid back",
         "date": "2026-01-16"},
        {"text": "D. Chest, shave: compound nevus with mild atypia.", "site": "Central chest", "date": "2026-01-16"},
    ],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology
Patient: Constance Beal     DOB: 09/08/1953     DOS: 01/13/2026
Provider: June Abernathy, MD

HPI: Mrs. Beal is a 72-year-old retired schoolteacher from Tenants Harbor referred by her PCP for several
skin concerns: a firm patch on her left thigh for about a year, itchy purple bumps on her right forearm, a
scaly pink spot on her back and a dark spot on her chest that she thinks is new.

ROS: No joint pain, no dysphagia, no Raynaud phenomenon. Otherwise negative.

EXAM:
- Left anterior thigh: 4 x 3 cm indurated ivory plaque with a violaceous rim.
- Right volar forearm: cluster of flat-topped violaceous polygonal papules with Wickham striae.
- Right mid back: 0.8 cm pink scaly thin papule.
- Central chest: 0.5 cm irregularly pigmented papule with an asymmetric network on dermoscopy.

ASSESSMENT & PLAN:
1. Indurated plaque, left thigh - morphea versus other sclerosing process. Deep tissue needed: incisional
   biopsy.
2. Violaceous papules, right forearm - likely lichen planus. Punch biopsy.
3. Pink scaly papule, right mid back - tangential biopsy.
4. Pigmented papule, chest - tangential (saucerization) biopsy.
Results in about one week; treatment to be planned after pathology.

PROCEDURES:
* Incisional biopsy, left anterior thigh: 1% lidocaine with epinephrine, a 2.0 x 0.6 cm fusiform wedge taken
  with a #15 blade into the subcutaneous fat across the edge of the plaque (lesion not removed). Closed
  with 4-0 nylon simple interrupted.
* Punch biopsy, right volar forearm: 4 mm punch, closed with two 4-0 nylon sutures.
* Tangential biopsy, right mid back: shave technique with DermaBlade, aluminum chloride hemostasis.
* Tangential biopsy, central chest: saucerization technique, aluminum chloride hemostasis.
Four specimens labeled A-D and sent to pathology. Wound care reviewed. Suture removal in 10-14 days.

June Abernathy, MD
""",
    "expected": E([L("11106"), L("11105"), L("11103", 2)]),
    "coder_note": "BX-2: one primary for the highest technique (incisional 11106); punch -> 11105; two tangential -> "
                  "11103 x2. Simple closures are included. 11105 and 11103 are both allowed with 11106 (AOC).",
})

SCENARIOS.append({
    "id": "s36-bx-punch-and-shave-two-primaries-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded 11104 + 11102 (two primaries, indicator 0) -> 11104 + 11103; commercial",
    "date": "2026-05-05",
    "patient": ("Dyer", "Megan", "1979-02-17", "female"),
    "provider": "halvorsen", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Scarring alopecia, vertex scalp", None, "Vertex scalp", reason=True),
        C("c2", "Changing papule, right nasal sidewall", None, "Right nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Punch biopsy skin, single lesion", cpt="11104", site="Vertex scalp",
          note="4 mm punch, 1 suture", reasons=["c1"]),
        P("Tangential biopsy skin, single lesion", cpt="11102", site="R nasal sidewall",
          note="shave bx 0.4 cm papule", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """PENOBSCOT BAY DERMATOLOGY
Megan Dyer dob 2/17/1979 dos 5/5/2026
K Halvorsen MD

HPI: 47 F, works at the co-op in Stonington. patchy hair loss crown x 8 mo, scalp burns + itches. also a
little bump R side of nose that keeps scabbing.

ROS: no oral ulcers, no photosens, no joint pain.

EXAM: vertex scalp - 3 x 2 cm patch of alopecia w loss of follicular ostia, perifollicular erythema + scale
at the edge. R nasal sidewall - 0.4 cm pink pearly papule w central crust.

ASSESSMENT & PLAN:
1. scarring alopecia vertex - LPP vs DLE vs CCCA. punch bx active edge.
2. papule R nasal sidewall - r/o bcc. shave bx.
will f/u path.

PROCEDURES:
* punch bx vertex scalp, 4mm, 1 x 4-0 prolene
* shave bx R nasal sidewall, Al chloride
both to path

F/u 2 wk for results + suture out.
""",
    "expected": E([L("11104"), L("11103")], topics=["coding-correction"]),
    "coder_note": "BX-2: punch outranks tangential, so 11104 is the primary and the shave biopsy becomes the add-on "
                  "11103 (11104/11102 is indicator 0; 11103 is allowed with 11104).",
})

SCENARIOS.append({
    "id": "s36-bx-psoriasis-risankizumab-em25-punch",
    "family": "biopsy", "shape": "free-text",
    "description": "Psoriasis on risankizumab, labs + Rx mgmt (99214-25) + punch bx of new changing lesion R shoulder",
    "date": "2026-03-31",
    "patient": ("Lunt", "Gordon", "1955-07-22", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Long term (current) use of immunosuppressive biologic", "Z79.620"),
        C("c3", "Changing pigmented lesion, right shoulder", None, "Right posterior shoulder", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", site="R posterior shoulder",
          note="0.7 cm irregular brown papule, enlarging per wife. 4 mm punch, 1 suture. to path.",
          reasons=["c3"]),
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology  |  progress note (athenaOne)
Gordon Lunt   DOB 7/22/1955   DOS 3/31/2026
Jordan Pike, MD

HPI: 70M w/ plaque psoriasis on Skyrizi (risankizumab) 150 mg q12wk since 2024, due for 12-wk dose next
week. Scalp flaring since Jan, itchy, flakes on his fleece. Body mostly clear. no joint pain.
ALSO: wife says mole on R shoulder blade getting bigger + darker since fall.

ROS: no fevers, no cough, no night sweats, no recurrent infxns.

EXAM:
- BSA ~2%: thin plaques b/l elbows, R knee. scalp - thick adherent scale occipital + vertex, ~15% of scalp
- R posterior shoulder: 0.7 cm irregular brown papule, 2 colors + irregular network on dermoscopy
- nails: few pits

DATA: reviewed QuantiFERON (neg, 1/2026), CBC + CMP (wnl) from PCP.

ASSESSMENT & PLAN:
1. Psoriasis vulgaris (L40.0) on risankizumab (Z79.620) - body controlled, scalp flare.
   - continue Skyrizi q12wk, refilled. annual TB screen neg, reviewed.
   - add clobetasol 0.05% solution to scalp bid x 2 wk then weekends; ketoconazole shampoo 2x/wk. rx sent.
   - discussed risks of topical steroid atrophy, not on face.
2. Changing pigmented lesion R shoulder - r/o dysplastic nevus vs melanoma. punch bx today.

PROCEDURES:
* Punch bx R posterior shoulder, 4 mm, 1% lido w epi, 1 x 4-0 nylon. specimen to path.

f/u 3 mo psoriasis (sooner w path), suture removal 2 wk w nurse
""",
    "expected": E([L("99214", 1, "25"), L("11104")], dx={"99214": ["L40.0"]}),
    "coder_note": "GS-3: separate, significant work on psoriasis (biologic monitoring, TB/lab review, new Rx "
                  "clobetasol = prescription drug management) beyond the biopsy decision -> 99214-25 + 11104. No "
                  "G2211 (EM-6: not payable with 25).",
})

SCENARIOS.append({
    "id": "s36-bx-nine-shave-biopsies-mue",
    "family": "biopsy", "shape": "note-only",
    "description": "Nine tangential biopsies of suspected NMSC -> 11102 + 11103 x8 capped at MUE 6",
    "date": "2026-04-07",
    "patient": ("Rackliff", "Ellsworth", "1942-10-15", "male"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 60,
    "conditions": [
        C("c1", "Multiple lesions suspicious for keratinocyte carcinoma", None,
          "Scalp, face, arms, hands", reason=True),
        C("c2", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
    ],
    "note_title": "Procedure Note",
    "note": """PENOBSCOT BAY DERMATOLOGY
Ellsworth Rackliff   dob 10/15/1942   DOS 04/07/2026
Provider - Kirsten Halvorsen MD

HPI: 83 yo, fished out of Spruce Head 60 yrs, hx multiple SCCs (last 2024 L hand). Hasnt been in since
2024, wife made the appt. "lots of new scabs". Not on immunosupression. on eliquis - continued.

ROS: neg except skin

EXAM: severe actinic damage scalp/face/arms/hands. multiple hyperkeratotic and erythematous papules/nodules
suspicous for SCC/BCC - see map. photos taken.

ASSESSMENT & PLAN:
1. Multiple lesions suspicous for keratinocyte carcinoma - shave bx x 9 today, prioritize tx by path.
   Discussed he may need several procedures over the coming months. he understands.
2. hx SCC (Z85.828)

PROCEDURES:
Tangential (shave) biopsies, each w 1% lido w epi, dermablade, Al chloride. consent signed.
 A - vertex scalp 1.2 cm keratotic nodule
 B - L parietal scalp 0.8 cm crusted papule
 C - R temple 0.6 cm pearly papule
 D - R upper lip (cutaneous, not vermilion) 0.5 cm scaly papule
 E - L ear helix?? -> no, changed my mind, L preauricular cheek 0.7 cm
 F - R dorsal forearm 1.0 cm keratotic nodule
 G - L dorsal forearm 0.9 cm
 H - R dorsal hand 1.1 cm ulcerated nodule
 I - L dorsal hand 0.6 cm
nine specimens, A-I, to Dartmouth derm path. all hemostatic. vaseline + bandaids.

f/u 2 wk w results / tx planning
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "BX-2/BX-3: nine tangential biopsies = 11102 + 11103 x8, but the 11103 MUE is 6 (MAI 3) -> capped "
                  "at 6 per README 'Coding decisions' with an mue finding. Specimen E is a preauricular cheek biopsy "
                  "(the ear was not sampled), so all nine are skin biopsies.",
})

# =============================================================================================================
# Batch 2: shave / cosmetic / excisions
# =============================================================================================================

SCENARIOS.append({
    "id": "s36-shave-bleeding-sk-left-temple",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of bleeding irritated SK 0.8 cm L temple (face) -> 11311; Medicare FFS",
    "date": "2026-02-03",
    "patient": ("Sprague", "Hollis", "1947-04-09", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left temple", "L82.0", "Left temple", reason=True),
    ],
    "procedures": [
        P("Shave removal of lesion", site="Left temple",
          note="Entire 0.8 cm irritated keratotic papule removed by shave (therapeutic removal, not sampling). "
               "Repeatedly torn by the temple arm of his eyeglasses; bleeding. Specimen to pathology.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Left temple, shave removal: irritated seborrheic keratosis. No dysplasia.",
              "site": "Left temple", "date": "2026-02-06"}],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology
Patient: Hollis Sprague     DOB: 04/09/1947     DOS: 02/03/2026
Provider: June Abernathy, MD

HPI: Mr. Sprague, a 78-year-old retired harbor master from Camden, has a growth on his left temple that the
arm of his eyeglasses tears open. It has bled several times over the last month and is sore. He would like it
removed.

ROS: Negative.

EXAM: Left temple: 0.8 cm tan-brown verrucous stuck-on papule with erythema at the base and fresh
hemorrhagic crust. Dermoscopy: comedo-like openings and milia-like cysts; no vascular pattern of concern.

ASSESSMENT & PLAN:
1. Irritated seborrheic keratosis, left temple (L82.0), symptomatic with bleeding and pain from repeated
   trauma by his eyeglasses. Shave removal today; send to pathology to confirm.

PROCEDURES:
* Shave removal, left temple. Consent signed. 1% lidocaine with epinephrine. The entire lesion (0.8 cm) was
  removed with a flexible blade at the level of the superficial dermis. Hemostasis with aluminum chloride
  and light electrocautery. No sutures. Petrolatum and bandage.

Follow-up as needed; we will call with pathology.
June Abernathy, MD
""",
    "expected": E([L("11311")], dx={"11311": ["L82.0"]}),
    "coder_note": "SH-1: shave removal (whole lesion, therapeutic intent - BX-4) on the face, 0.8 cm -> 11311. "
                  "Bleeding and pain from eyeglass trauma meet BSL-3, so no GY.",
})

SCENARIOS.append({
    "id": "s36-cos-two-sks-back-shave-abn-gx-gy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Two asymptomatic SKs on back shaved for appearance, voluntary ABN; Medicare FFS -> 11300 x2 GX GY",
    "date": "2026-03-10",
    "patient": ("Staples", "Barbara", "1950-09-28", "female"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratosis", "L82.1", "Upper back", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology -- athenaOne
pt: Barbara Staples   DOB 09/28/1950   DOS 03/10/2026
Jordan Pike MD

HPI: 75F, retired from the Rockland hospital lab. wants 2 "barnacles" on her upper back taken off before
a cruise - says they look ugly in a swimsuit. NOT itchy, not bleeding, not irritated, no change in size or
color in yrs (has had them > 10 yrs). purely cosmetic per pt.

ROS: neg

EXAM: upper back - 2 waxy stuck-on tan papules, 0.4 cm (R scapula) and 0.5 cm (L scapula). no
erythema, no crust, classic SK on dermoscopy. no inflammation.

ASSESSMENT & PLAN:
1. Seborrheic keratoses x2, upper back (L82.1) - benign, asymptomatic. removal is cosmetic.
   Explained Medicare does not cover cosmetic removal. Pt elected to proceed and self-pay.
   Voluntary ABN (CMS-R-131) reviewed and signed - option 1.

PROCEDURES:
* Shave removal x2, upper back: 0.4 cm R scapula, 0.5 cm L scapula. lido w epi, dermablade, AlCl. not sent
  to path (classic SK). bandaids.

RTC prn.
""",
    "expected": E([L("11300", 2, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: SK (L82.1) removal with no BSL-3 reason is statutorily excluded cosmetic surgery for "
                  "Medicare FFS -> GY, plus GX because a voluntary ABN is documented. Trunk, both <=0.5 cm -> 11300 x2.",
})

SCENARIOS.append({
    "id": "s36-shave-scalp-nevus-no-size-plus-aks",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of irritated scalp nevus with no size -> no shave line; 3 AKs cryo -> 17000 + 17003 x2",
    "date": "2026-01-27",
    "patient": ("Wotton", "Clifford", "1958-03-14", "male"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Irritated dermal nevus, scalp", "D22.4", "Left parietal scalp", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp", reason=True),
    ],
    "path": [{"text": "Scalp, shave removal: intradermal melanocytic nevus with surface erosion. Benign.",
              "site": "Left parietal scalp", "date": "2026-01-30"}],
    "note_title": "Office Visit",
    "note": """PENOBSCOT BAY DERMATOLOGY
Clifford Wotton  DOB 3/14/1958  DOS 1/27/2026
Kirsten Halvorsen MD

HPI: 67M, tuna harpooner in summer, plows snow in winter. bump on scalp his comb + ball cap keep catching,
bled 3x. also rough spots on top of scalp again.

ROS: neg

EXAM: L parietal scalp - soft flesh colored dome shaped papule, eroded, hemorrhagic crust. scalp vertex - 3
gritty scaly erythematous papules.

ASSESSMENT & PLAN:
1. irritated dermal nevus L parietal scalp (D22.4) - bleeding w trauma, remove by shave, send to path
2. AK x 3 scalp (L57.0) - LN2

PROCEDURES:
- shave removal L parietal scalp papule: lido w epi, dermablade flush w surrounding skin, AlCl + hyfrecator.
  specimen to path.
- LN2 cryo AK x3 vertex scalp, 2 ftc
vaseline. wound care reviewed.

rtc 6 mo
""",
    "expected": E([L("17000"), L("17003", 2)], topics=["missing-documentation"]),
    "coder_note": "README 'Coding decisions': the shave removal has no lesion diameter anywhere (note, path) -> no "
                  "11305-11308 line + missing-documentation. AK x3 -> 17000 + 17003 x2; without a shave line there "
                  "is no PTP pair, so no XS.",
})

SCENARIOS.append({
    "id": "s36-shave-neck-nevus-precoded-wrong-site-group",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal 1.2 cm irritated nevus L neck pre-coded 11302 (trunk/arms/legs) -> 11307; commercial",
    "date": "2026-04-21",
    "patient": ("Philbrook", "Janelle", "1984-12-03", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Melanocytic nevus of neck, irritated", "D22.4", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs, 1.1-2.0 cm", cpt="11302", site="Left lateral neck",
          note="1.2 cm pedunculated dermal nevus, inflamed from necklace and collar friction", reasons=["c1"]),
    ],
    "path": [{"text": "Left neck, shave: intradermal nevus with inflammation. Benign.", "site": "Left lateral neck",
              "date": "2026-04-24"}],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology
Patient: Janelle Philbrook     DOB: 12/03/1984     DOS: 04/21/2026
Provider: June Abernathy, MD

HPI: Ms. Philbrook, 41, a ferry deckhand on the North Haven run, has a raised mole on the left side of her
neck that her necklace and the collar of her foul-weather jacket rub. It has been red and sore for three
weeks and bled once.

EXAM: Left lateral neck: 1.2 cm soft pedunculated flesh-colored papule with erythema and a small erosion.
Regular dermoscopic pattern.

ASSESSMENT & PLAN:
1. Irritated intradermal nevus, left lateral neck (D22.4). Shave removal and pathology.

PROCEDURES:
* Shave removal, left lateral neck. Consent obtained. 1% lidocaine with epinephrine. Lesion (1.2 cm) removed
  flush with the skin by shave technique. Hemostasis with aluminum chloride. Petrolatum, bandage.

June Abernathy, MD
""",
    "expected": E([L("11307")], topics=["coding-correction"], dx={"11307": ["D22.4"]}),
    "coder_note": "SH-1: the neck belongs to the scalp/neck/hands/feet/genitalia group; 1.2 cm -> 11307, not the "
                  "trunk/arms/legs code 11302. Inflamed, bleeding nevus meets BSL-3.",
})

SCENARIOS.append({
    "id": "s36-exb-inflamed-cyst-back-intermediate",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst L upper back 2.1 cm + 0.1 cm margins = 2.3 -> 11403 + 12032 (3.5 cm)",
    "date": "2026-02-17",
    "patient": ("Gott", "Raymond", "1952-06-30", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, left upper back", "L72.0", "Left upper back", reason=True),
    ],
    "path": [{"text": "Left upper back, excision: ruptured epidermal inclusion cyst with foreign body giant cell "
                      "reaction. No malignancy.", "site": "Left upper back", "date": "2026-02-20"}],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology | athenaOne
Raymond Gott   DOB 6/30/1952   DOS 2/17/2026
Jordan Pike MD

HPI: 73M, retired ferry engineer. cyst L upper back - got infected Oct 2025 + Dec 2025 (I&D'd at urgent
care both times, keflex). now quiet but tender when he leans back in the truck seat. wants it OUT.

ROS: no f/c

EXAM: L upper back - 2.1 cm mobile subQ cyst w central punctum, mild tenderness, no fluctuance, no
erythema today. scar from prior I&D overlying.

ASSESSMENT & PLAN:
1. epidermoid cyst L upper back (L72.0), recurrently inflamed/infected, tender -> excision today

PROCEDURES:
Excision benign lesion + intermediate repair, L upper back
- consent signed, timeout. 1% lido w epi 8 cc.
- lesion measured pre-op 2.1 cm; margin 1 mm around the cyst wall + punctum/scar -> excised diameter 2.3 cm.
  fusiform ellipse 3.5 cm long, oriented along RSTL. cyst removed intact w prior scar.
- wound 3.5 cm, layered closure: 3-0 vicryl deep dermal/subQ buried, 4-0 nylon running. (intermediate)
- EBL min. specimen to path. pressure dressing.

sutures out 12-14 days. call for fever, redness, drainage.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 2.1 + 2 x 0.1 = 2.3 cm on the trunk -> 11403 (ellipse length 3.5 cm is "
                  "not the size). EX-5: layered closure 3.5 cm trunk -> 12032, separately reportable. Recurrent "
                  "inflammation/tenderness meets BSL-3.",
})

SCENARIOS.append({
    "id": "s36-exb-atypical-nevus-forearm-after-bx",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of moderately atypical nevus R forearm after positive-margin bx: 0.6 + 2x0.2 = 1.0 -> 11401",
    "date": "2026-03-24",
    "patient": ("Crockett", "Diane", "1961-02-11", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Dysplastic nevus, moderate atypia, right forearm", "D22.61", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision, atypical nevus", site="Right dorsal forearm",
          note="Biopsy scar/residual pigment 0.6 cm, excised with 2 mm margins all around (1.0 cm excised "
               "diameter). Simple closure 4-0 nylon, 2.8 cm.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-02-10", "11102", "Tangential biopsy, right dorsal forearm", "Right dorsal forearm",
                    "Shave biopsy of 0.5 cm irregular pigmented papule")],
    "path": [{"text": "Right forearm, excision: residual compound dysplastic nevus with moderate architectural and "
                      "cytologic atypia; margins clear.", "site": "Right dorsal forearm", "date": "2026-03-27"}],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology
Patient: Diane Crockett     DOB: 02/11/1961     DOS: 03/24/2026
Provider: June Abernathy, MD

HPI: Ms. Crockett, 65, returns for excision of a moderately atypical nevus of the right forearm. The shave
biopsy on 02/10/2026 showed a compound dysplastic nevus with moderate atypia, extending to the peripheral
margins. Re-excision was recommended.

EXAM: Right dorsal forearm: well-healed 0.6 cm biopsy scar with faint residual brown pigment at the edge.

ASSESSMENT & PLAN:
1. Moderately dysplastic nevus, right forearm (D22.61), incompletely removed - excision with 2 mm margins.

PROCEDURES:
* Excision, right dorsal forearm. Consent signed. Scar and residual pigment measured 0.6 cm; 2 mm margins
  marked for an excised diameter of 1.0 cm. Fusiform excision to the subcutaneous fat. Wound 2.8 cm closed in
  a single layer with 4-0 nylon simple interrupted sutures. Specimen oriented and sent for pathology.

Suture removal in 10-14 days with the nurse. We will call with pathology.
June Abernathy, MD
""",
    "expected": E([L("11401")], dx={"11401": ["D22.61"]}),
    "coder_note": "EX-1/EX-3: 0.6 + 2 x 0.2 = 1.0 cm on the arm, pathology benign (dysplastic nevus codes to D22.61) "
                  "-> 11401. Simple repair included. The 02/10 biopsy is 000 global, so no modifier.",
})

SCENARIOS.append({
    "id": "s36-exb-pilar-cyst-scalp-precoded-tal",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pilar cyst scalp 1.5 + 2x0.1 = 1.7 pre-coded 11402 -> 11422; intermediate repair 2.5 cm -> 12031",
    "date": "2026-05-12",
    "patient": ("Snowdeal", "Patricia", "1970-08-21", "female"),
    "provider": "halvorsen", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, scalp", "L72.11", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk/arms/legs 1.1-2.0 cm", cpt="11402", site="Occipital scalp",
          note="1.5 cm pilar cyst, 1 mm margin, excised diameter 1.7 cm", reasons=["c1"]),
        P("Repair intermediate scalp/trunk/extremities 2.5 cm or less", cpt="12031", site="Occipital scalp",
          note="layered closure, 2.5 cm"),
    ],
    "path": [{"text": "Scalp, excision: trichilemmal (pilar) cyst.", "site": "Occipital scalp",
              "date": "2026-05-15"}],
    "note_title": "Procedure Note",
    "note": """PENOBSCOT BAY DERMATOLOGY
Patricia Snowdeal  dob 8/21/1970  DOS 5/12/2026
K. Halvorsen MD

HPI: 55F, runs the fish market in Port Clyde. lump back of head, tender, her hairbrush + her
headrest hit it, has doubled in size in a year.

EXAM: occipital scalp - 1.5 cm firm mobile smooth subQ nodule, no punctum, tender

ASSESSMENT & PLAN
1. pilar cyst occipital scalp (L72.11) - tender, enlarging -> excise

PROCEDURES:
- excision occipital scalp. consent. lido w epi. lesion 1.5 cm, 1mm margin, excised diameter 1.7 cm.
  cyst shelled out intact.
- intermediate (layered) repair 2.5 cm: 4-0 monocryl deep, 4-0 prolene running
- to path.

sutures out 10 d
""",
    "expected": E([L("11422"), L("12031")], topics=["coding-correction"], dx={"11422": ["L72.11"]}),
    "coder_note": "EX-2: the scalp is in the scalp/neck/hands/feet/genitalia group; 1.7 cm -> 11422 (not the trunk "
                  "code 11402). Intermediate repair of the scalp 2.5 cm -> 12031 is correct and separately "
                  "reportable (EX-5).",
})

SCENARIOS.append({
    "id": "s36-exm-scc-hand-precoded-wrong-groups",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "SCC R dorsal hand 1.0 + 2x0.4 = 1.8 + layered 3.2 cm; pre-coded 11602 + 12032 -> 11622 + 12042",
    "date": "2026-03-05",
    "patient": ("Ames", "Burton", "1945-01-19", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk/arms/legs 1.1-2.0 cm", cpt="11602", site="R dorsal hand",
          note="bx-proven well diff SCC. lesion 1.0 cm, 4 mm margins, excised diameter 1.8 cm", reasons=["c1"]),
        P("Repair intermediate trunk/arms/legs 2.6-7.5 cm", cpt="12032", site="R dorsal hand",
          note="layered closure 3.2 cm", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-02-12", "11102", "Tangential biopsy", "Right dorsal hand",
                    "shave bx keratotic nodule R dorsal hand")],
    "path": [{"text": "Right dorsal hand, excision: squamous cell carcinoma, well differentiated, invasive to "
                      "0.9 mm; margins clear (closest 3 mm).", "site": "Right dorsal hand", "date": "2026-03-09"}],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology | athenaOne
Burton Ames  DOB 01/19/1945  DOS 03/05/2026
Jordan Pike MD

HPI: 81M, Matinicus lobsterman (retired 2019). SCC R dorsal hand bx 2/12/26 -> well diff SCC. here for
excision. on ASA 81, continued.

EXAM: R dorsal hand over 3rd metacarpal - 1.0 cm keratotic pink nodule, bx site healed. no
lymphadenopathy (epitrochlear/axillary).

ASSESSMENT & PLAN:
1. SCC, R dorsal hand (C44.622) - excision w 4 mm margins

PROCEDURES:
Excision malignant lesion R dorsal hand + intermediate repair
- consent, timeout, 1% lido w epi
- lesion 1.0 cm, 4 mm margins -> excised diameter 1.8 cm, ellipse to subQ fat, extensor tendons not exposed
- layered closure 3.2 cm, 4-0 vicryl deep, 5-0 prolene simple interrupted
- specimen oriented, to path

wound care, sutures out 14 days. 3 mo FSE
""",
    "expected": E([L("11622"), L("12042")], topics=["coding-correction"], dx={"11622": ["C44.622"]}),
    "coder_note": "EX-2/REP-2: the hand belongs to the SNHFG excision group (1.8 cm -> 11622) and to the intermediate "
                  "repair group neck/hands/feet/genitalia (3.2 cm -> 12042). Biopsy on 02/12 is 000 global.",
})

SCENARIOS.append({
    "id": "s36-exm-mis-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Re-excision of MIS L upper arm day 8 of the 010 global after positive margin: 1.2 + 2x0.5 = 2.2 -> 11603-58",
    "date": "2026-04-16",
    "patient": ("Lunt", "Rosalind", "1957-10-02", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Melanoma in situ, left upper arm", "D03.62", "Left posterior upper arm", reason=True),
    ],
    "prior": [PRIOR("2026-04-08", "11602", "Excision, pigmented lesion left upper arm", "Left posterior upper arm",
                    "0.8 cm lesion with 2 mm margins, excised diameter 1.2 cm")],
    "path": [{"text": "Left upper arm, re-excision: scar with no residual melanoma in situ; margins clear.",
              "site": "Left posterior upper arm", "date": "2026-04-20"}],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology
Patient: Rosalind Lunt     DOB: 10/02/1957     DOS: 04/16/2026
Provider: June Abernathy, MD

HPI: Mrs. Lunt, 68, returns eight days after excision of a pigmented lesion of the left upper arm
(04/08/2026). Pathology showed melanoma in situ, lentigo maligna type, with the in-situ component
involving the peripheral margin. Wide re-excision with 5 mm margins was planned at the time the result was
discussed by telephone.

ROS: Negative. No new lesions.

EXAM: Left posterior upper arm: healing linear scar; the original excision site measures 1.2 cm in
greatest diameter. No palpable lymph nodes in the left axilla.

ASSESSMENT & PLAN:
1. Melanoma in situ, left upper arm (D03.62), positive margin - staged re-excision with 5 mm margins today.

PROCEDURES:
* Re-excision, left posterior upper arm. Consent signed. Remaining sutures removed. 1% lidocaine with
  epinephrine. Prior excision site 1.2 cm; 5 mm margins marked around it for an excised diameter of 2.2 cm.
  Fusiform excision to the subcutaneous fat. Minimal tension: closed in a single layer with 4-0 nylon
  simple interrupted sutures (no deep sutures, no undermining). Specimen oriented and sent to pathology.

Suture removal in 14 days. Full skin examinations every 6 months.
June Abernathy, MD
""",
    "expected": E([L("11603", 1, "58")], dx={"11603": ["D03.62"]}),
    "coder_note": "EX-3/EX-4/GS-5: melanoma in situ -> malignant excision codes; re-excision for a positive margin is "
                  "a staged procedure inside the 10-day global of 11602 on 04/08 -> 58. Size 1.2 + 2 x 0.5 = 2.2 cm "
                  "arm -> 11603, even though the re-excision specimen is negative. Single-layer closure included.",
})

SCENARIOS.append({
    "id": "s36-exm-nodular-bcc-back-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Biopsy-proven BCC L upper back 1.8 + 2x0.4 = 2.6 -> 11603; layered 5.0 cm -> 12032",
    "date": "2026-02-26",
    "patient": ("Haskell", "Irene", "1949-07-07", "female"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Excision of BCC", site="L upper back",
          note="BCC 1.8 x 1.2 cm, 4 mm margins -> excised diameter 2.6 cm. fusiform to fat.", reasons=["c1"]),
        P("Layered closure", site="L upper back",
          note="intermediate repair, 3-0 vicryl deep + 4-0 nylon, final length 5.0 cm", reasons=["c1"]),
    ],
    "path": [{"text": "Left upper back, excision (ellipse 5.2 x 2.7 cm): basal cell carcinoma, nodular type; "
                      "margins free.", "site": "Left upper back", "date": "2026-03-02"}],
    "note_title": "Procedure Note",
    "note": """PENOBSCOT BAY DERMATOLOGY
Irene Haskell  dob 7/7/1949  dos 2/26/2026
Kirsten Halvorsen MD

HPI: 76F, retired from the Stonington sardine plant. bx 1/29/26 (outside derm, Belfast) = nodular BCC L
upper back. here for excision. no anticoag.

EXAM: L upper back - 1.8 x 1.2 cm pearly plaque w rolled border + bx scar.

A/P:
1. nodular BCC L upper back (C44.519) - excise w 4mm margins, layered closure

PROCEDURES:
excision malig lesion L upper back. consent, timeout. 1% lido w epi 10 cc.
lesion 1.8 cm greatest diameter, 4 mm margins -> 2.6 cm excised diameter. ellipse to fat.
intermediate layered closure 5.0 cm: 3-0 vicryl buried, 4-0 nylon running.
to path. pressure drsg.

sutures out 14 d. FSE 6 mo.
""",
    "expected": E([L("11603"), L("12032")], dx={"11603": ["C44.519"]}),
    "coder_note": "EX-1: 1.8 + 2 x 0.4 = 2.6 cm trunk -> 11603 (the path ellipse 5.2 cm is not the size). "
                  "Intermediate repair 5.0 cm trunk -> 12032 (EX-5).",
})

# =============================================================================================================
# Batch 3: Mohs / repair / post-op / I&D
# =============================================================================================================

SCENARIOS.append({
    "id": "s36-mohs-nasal-sidewall-six-blocks-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R nasal sidewall BCC, stage 1 six blocks + stage 2 two blocks -> 17311, 17312, 17315; layered 2.4 cm -> 12051",
    "date": "2026-01-22",
    "patient": ("Philbrook", "Merrill", "1943-05-05", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal sidewall", "C44.311", "Right nasal sidewall", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Penobscot Bay Dermatology - Mohs Surgery
Merrill Philbrook   DOB 05/05/1943   DOS 01/22/2026
Surgeon + pathologist: Jordan Pike MD (fellowship-trained Mohs surgeon)

HPI: 82M, retired from the Sea Street boatyard, Camden. bx 12/30/25 (Dr. Halvorsen, our office) = BCC,
nodular + micronodular, R nasal sidewall. on plavix - continued.

ROS: neg

EXAM: R nasal sidewall 1.1 x 0.9 cm ill-defined pearly plaque, bx scar. no other lesions on the face today.

ASSESSMENT & PLAN:
1. BCC R nasal sidewall (C44.311), micronodular, area H -> Mohs today. AUC appropriate.

PROCEDURES:
Mohs micrographic surgery, R nasal sidewall. I act as surgeon and pathologist. consent, timeout. 1% lido
w epi.
 - Stage I: debulked w curette, excised w 2 mm margin. tissue divided into SIX blocks (A1-A6), mapped,
   inked, frozen horizontal sections read by me. residual micronodular BCC A3 + A4 (superior + medial).
 - Stage II: 2 blocks from 11-2 o'clock (B1-B2). clear.
 Total 2 stages, 8 blocks (6 + 2).
 - Final defect 1.4 x 1.0 cm, to nasalis.
Repair: layered (intermediate) linear closure oriented along the nasal sidewall, 5-0 monocryl deep, 6-0
prolene running. final length 2.4 cm. no flap needed.
no tissue sent to outside path. pressure drsg.

f/u 1 wk sutures out. FSE w Dr. Halvorsen 3 mo.
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head, stage 1 with 6 blocks -> 17311 + 17315 x1 (one block beyond 5); stage 2 with 2 "
                  "blocks -> 17312. MOHS-7: layered repair 2.4 cm nose -> 12051, no PTP edit with 17311.",
})

SCENARIOS.append({
    "id": "s36-mohs-upper-lip-new-pt-em-decision-only-precoded",
    "family": "mohs", "shape": "pre-coded",
    "description": "New-patient 99203 on the Mohs day where only work is the Mohs decision -> E/M removed; 17311 + 17312",
    "date": "2026-02-19",
    "patient": ("Wotton", "Agnes", "1948-03-23", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 150, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of lip, left cutaneous upper lip", "C44.01", "Left cutaneous upper lip",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery head/neck, first stage", cpt="17311", site="L cutaneous upper lip",
          note="stage 1, 3 blocks", reasons=["c1"]),
        P("Mohs each additional stage", cpt="17312", site="L cutaneous upper lip",
          note="stage 2, 1 block, clear", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Penobscot Bay Dermatology | Mohs
Agnes Wotton  DOB 03/23/1948  DOS 02/19/2026
Jordan Pike MD

HPI: 77F NEW to our practice, referred by Dr. Sewall (Belfast Family Med) w bx-proven BCC L upper lip
(bx 1/20/26, infiltrative BCC, path in chart). here for Mohs. no other skin concerns. no anticoag.

ROS: neg

EXAM: L cutaneous upper lip, 0.8 cm scar w surrounding pearly telangiectatic papule. vermilion not involved.

ASSESSMENT & PLAN:
1. infiltrative BCC L cutaneous upper lip (C44.01) - area H + aggressive subtype -> Mohs is appropriate.
   reviewed risks/benefits/alternatives (excision, XRT), pt wants Mohs today. consent signed.

PROCEDURES:
Mohs surgery, L cutaneous upper lip - I am surgeon and pathologist.
 - stage 1: 3 blocks, + infiltrative BCC at 3 o'clock deep
 - stage 2: 1 block - clear
final defect 0.9 cm, healing by second intention per pt preference (discussed linear closure). vaseline,
pressure drsg.

f/u 2 wk wound check
""",
    "expected": E([L("17311"), L("17312")], dx={"17311": ["C44.01"]}),
    "coder_note": "GS-3 / README 'Coding decisions': the only evaluation was the decision to perform Mohs (a 000 "
                  "procedure); being a new patient does not by itself justify an E/M -> 99203 removed. 2 stages, no "
                  "stage over 5 blocks, no repair.",
})

SCENARIOS.append({
    "id": "s36-mohs-scalp-scc-plus-forearm-shave-bx-xs",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs vertex scalp SCC 2 stages + layered 4.0 cm; separate shave bx L forearm -> 11102-XS",
    "date": "2026-04-02",
    "patient": ("Grindle", "Osgood", "1940-11-29", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True),
        C("c2", "Bleeding papule, left dorsal forearm", None, "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Mohs surgery stage 1", site="Vertex scalp",
          note="bx-proven (3/5/26) invasive SCC, mod diff. stage 1: 4 blocks, + at 6 o'clock", reasons=["c1"]),
        P("Mohs surgery stage 2", site="Vertex scalp", note="2 blocks, clear", reasons=["c1"]),
        P("Layered closure", site="Vertex scalp",
          note="defect 1.6 cm, intermediate layered closure 4.0 cm, 3-0 vicryl + staples", reasons=["c1"]),
        P("Shave biopsy", site="L dorsal forearm",
          note="new 0.6 cm crusted bleeding papule, separate lesion, shave bx to path", reasons=["c2"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Penobscot Bay Dermatology - MOHS
Osgood Grindle  dob 11/29/1940  DOS 4/2/26
Jordan Pike MD, surgeon/pathologist

85M, scalp SCC bx 3/5/26 (mod diff, invasive). Bald, no hat for 60 yrs of fishing.
while waiting between stages pt showed me a NEW bleeding bump L forearm x 1 mo -> shave bx today (sep lesion).

Mohs vertex scalp: stage 1 4 blocks (+ 6 o'clock deep), stage 2 2 blocks clear.
final defect 1.6 cm. layered closure 4.0 cm (3-0 vicryl, staples).
Shave bx L dorsal forearm 0.6 cm crusted papule, AlCl, to path.

A/P
1. SCC vertex scalp (C44.42) - cleared w Mohs x2 stages
2. new bleeding papule L forearm - r/o SCC, bx, f/u path
staples out 10-14 d
""",
    "expected": E([L("17311"), L("17312"), L("12032", 1, "XS"), L("11102", 1, "XS")], dx={"17311": ["C44.42"]}),
    "coder_note": "MOHS-2: scalp, 2 stages (4 and 2 blocks) -> 17311 + 17312. MOHS-7: layered 4.0 cm scalp -> 12032. "
                  "BX-5: biopsy of a different lesion (forearm) on the Mohs day. PTP 17311/11102 (indicator 1) puts XS "
                  "on 11102; 11102/12032 (indicator 1, biopsy is column 1) puts XS on the scalp repair, which is a "
                  "different site from the forearm biopsy.",
})

SCENARIOS.append({
    "id": "s36-repair-gaff-hook-lacerations",
    "family": "repair", "shape": "note-only",
    "description": "Simple repairs: R hand 2.0 + R forearm 1.5 (summed 3.5 -> 12002) and R cheek 1.0 -> 12011",
    "date": "2026-06-09",
    "patient": ("Dyer", "Colby", "1988-09-14", "male"),
    "provider": "halvorsen", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body of right hand", "S61.411A", "Right hand", reason=True),
        C("c2", "Laceration without foreign body of right forearm", "S51.811A", "Right forearm", reason=True),
        C("c3", "Laceration without foreign body of right cheek", "S01.411A", "Right cheek", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """PENOBSCOT BAY DERMATOLOGY
Colby Dyer  dob 9/14/1988  DOS 6/9/2026
K Halvorsen MD

HPI: 37M lobsterman, walked in from the public landing 1 hr after a gaff slipped while he was hauling a
trap aboard - cut R hand, R forearm, and nicked R cheek. PCP office closed (tuesday). tetanus (Tdap) 2023.
no numbness/weakness of the hand.

ROS: neg otherwise

EXAM:
- R dorsal hand: 2.0 cm linear laceration, through dermis, clean edges, tendons intact, full ROM, sensation intact
- R volar forearm: 1.5 cm superficial linear laceration
- R cheek: 1.0 cm superficial laceration
wounds not heavily contaminated, no FB. 

ASSESSMENT & PLAN:
1. lacerations R hand (S61.411A), R forearm (S51.811A), R cheek (S01.411A) - repair today

PROCEDURES:
- consent. 1% lido. all wounds irrigated w 200 cc NS, explored - no FB, no tendon involvement.
- R hand 2.0 cm: simple single layer closure 4-0 nylon
- R forearm 1.5 cm: simple closure 4-0 nylon
- R cheek 1.0 cm: simple closure 6-0 prolene
bacitracin, dressings. wound care + infection signs reviewed.

sutures out: face 5 days, hand/forearm 10-12 days.
""",
    "expected": E([L("12002"), L("12011")]),
    "coder_note": "REP-1/REP-2: simple repairs of the hand and forearm are in the same group (12001-12007) and are "
                  "summed: 2.0 + 1.5 = 3.5 cm -> 12002. The cheek (face group) is coded separately: 1.0 cm -> 12011. "
                  "No PTP edit between 12011 and 12002.",
})

SCENARIOS.append({
    "id": "s36-repair-helix-complex-1cm-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Mohs R helical rim BCC 1 stage; repair 1.0 cm involving free margin pre-coded 13151 -> 12051",
    "date": "2026-03-12",
    "patient": ("Beal", "Harold", "1950-12-12", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of right ear", "C44.212", "Right helical rim", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, head/neck, first stage", cpt="17311", site="R helical rim",
          note="1 stage, 2 blocks, clear", reasons=["c1"]),
        P("Repair complex eyelids/nose/ears/lips 1.1-2.5 cm", cpt="13151", site="R helical rim",
          note="layered closure of helical rim defect, 1.0 cm", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Penobscot Bay Dermatology -- Mohs
Harold Beal   DOB 12/12/1950   DOS 03/12/2026
Jordan Pike, MD (surgeon and pathologist)

HPI: 75M, retired Coast Guard (boatswain), bx-proven superficial + nodular BCC R helical rim (bx 2/17/26).

EXAM: 0.4 cm pink pearly papule R mid helical rim, bx scar.

A/P: BCC R ear (C44.212), area H -> Mohs.

PROCEDURES:
Mohs, R helical rim. stage 1: 2 blocks, clear. 1 stage only.
final defect 0.5 cm involving the helical rim free margin, cartilage not exposed.
Repair: layered closure of the helical rim with 5-0 monocryl deep + 6-0 prolene, careful alignment of the
rim. total repair length 1.0 cm.
pressure drsg.

sutures out 1 wk
""",
    "expected": E([L("17311"), L("12051")], topics=["coding-correction"], dx={"17311": ["C44.212"]}),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple or intermediate; this is a layered "
                  "closure of the ear -> 12051 (not 13151, which starts at 1.1 cm). MOHS-7: repair separately "
                  "reportable with 17311.",
})

SCENARIOS.append({
    "id": "s36-repair-cheek-rotation-flap-new-pt-57",
    "family": "repair", "shape": "note-only",
    "description": "New pt with bx-proven BCC L cheek, decision for excision + rotation flap same day -> 99203-57 + 14040 (8.6 sq cm)",
    "date": "2026-05-19",
    "patient": ("Sprague", "Evelyn", "1946-06-01", "female"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 95, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma, left cheek", "C44.319", "Left medial cheek", reason=True),
        C("c2", "Personal history of melanoma", "Z85.820", history=True),
    ],
    "path": [{"text": "Left cheek, excision: basal cell carcinoma, nodular; margins clear.", "site": "Left cheek",
              "date": "2026-05-22"}],
    "note_title": "Consult and Procedure Note",
    "note": """Penobscot Bay Dermatology | athenaOne
Evelyn Sprague   DOB 06/01/1946   DOS 05/19/2026
Jordan Pike MD

NEW PATIENT CONSULT - referred by Dr. Ouellette (Waldoboro PCP) with shave bx 4/28/26 = nodular BCC L cheek.

HPI: 79F, widow of a Friendship lobsterman, still runs the family bait shop. hx melanoma in situ R calf 2011
(WLE), no recurrence. L cheek spot noticed by her granddaughter ~6 mo. Lives alone, 2 hr to Portland.

ROS: neg. no anticoagulants. no pacemaker.

EXAM: L medial cheek 1.2 cm pearly plaque w bx scar. no cervical/preauricular nodes. R calf scar clean.

ASSESSMENT & PLAN:
1. nodular BCC L medial cheek (C44.319).
   Options discussed in detail: Mohs (referral to Portland, 2 hr drive, 2-3 mo wait), standard excision w
   linear closure (would distort lower eyelid - risk of ectropion), excision w local flap, XRT, topicals
   (not appropriate for nodular).
   Decision today: excision with 4 mm margins + rotation flap, TODAY at pt request.
2. hx MIS (Z85.820) - FSE at next visit.

PROCEDURES:
Excision + adjacent tissue transfer (rotation flap), L medial cheek. consent signed, timeout.
 - lesion 1.2 cm, 4 mm margins -> 2.0 cm circular defect (primary defect 3.1 sq cm)
 - cheek rotation flap designed inferolaterally, elevated in subQ plane. secondary defect 5.5 sq cm.
   total flap area 8.6 sq cm.
 - 5-0 monocryl deep, 6-0 prolene. frozen sections not done; specimen to path.

f/u 1 wk suture removal; call w path
""",
    "expected": E([L("99203", 1, "57"), L("14040")], dx={"14040": ["C44.319"]}),
    "coder_note": "GS-4/FLAP-4: adjacent tissue transfer is 090; the new-patient E/M in which the decision for the "
                  "flap was made the same day takes 57. FLAP-1/FLAP-2: cheek, 3.1 + 5.5 = 8.6 sq cm -> 14040; the "
                  "excision is included in the flap (no 11642).",
})

SCENARIOS.append({
    "id": "s36-postop-new-lesion-bx-in-global-79-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "Shave bx of new R hand lesion 7 days after 11603 excision of back BCC (010 global) -> 11102-79",
    "date": "2026-03-05",
    "patient": ("Haskell", "Irene", "1949-07-07", "female"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [
        C("c1", "New keratotic nodule, right dorsal hand", None, "Right dorsal hand", reason=True),
        C("c2", "Basal cell carcinoma, left upper back (excised 2/26/2026)", "C44.519", "Left upper back"),
    ],
    "procedures": [
        P("Biopsy, tangential, single lesion", cpt="11102", site="R dorsal hand",
          note="0.7 cm keratotic nodule, new, bleeding. shave bx to path.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-02-26", "11603", "Excision malignant lesion, left upper back",
                    "Left upper back", "BCC, excised diameter 2.6 cm, layered closure 5.0 cm")],
    "note_title": "Office Visit",
    "note": """PENOBSCOT BAY DERMATOLOGY
Irene Haskell dob 7/7/1949 DOS 3/5/2026
K Halvorsen MD

HPI: 76F, s/p excision BCC L upper back 2/26 (sutures still in, due out next wk - back is fine, not here for
that). came in because of a NEW bump R hand that bled on her dish towel, 3 wks.

EXAM: R dorsal hand 0.7 cm keratotic nodule w crust. didnt look at back today.

A/P:
1. new keratotic nodule R dorsal hand, r/o SCC vs HAK - shave bx today.

PROCEDURES:
- tangential bx R dorsal hand, lido w epi, dermablade, AlCl. to path.

keep suture appt next wk.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: an unrelated procedure (new lesion, different site) inside the 10-day global of the 02/26 "
                  "excision (11603, 010) -> 79 on the biopsy.",
})

SCENARIOS.append({
    "id": "s36-postop-wound-infection-in-global-99024",
    "family": "post-op", "shape": "free-text",
    "description": "Superficial SSI at excision site day 6 of 010 global, Rx cephalexin; provider picked 99213 -> 99024",
    "date": "2026-02-23",
    "patient": ("Gott", "Raymond", "1952-06-30", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 15, "em": "99213",
    "conditions": [
        C("c1", "Infection following a procedure, superficial incisional surgical site", "T81.41XA",
          "Left upper back", reason=True),
    ],
    "procedures": [
        P("Wound check", site="L upper back excision site",
          note="erythema 1 cm around incision, scant purulent drainage between 2 sutures, no abscess, no "
               "fluctuance. wound cx sent. no sutures removed, no I&D."),
    ],
    "prior": [PRIOR("2026-02-17", "11403", "Excision benign lesion (epidermoid cyst), left upper back",
                    "Left upper back", "excised diameter 2.3 cm, intermediate repair 3.5 cm"),
              PRIOR("2026-02-17", "12032", "Intermediate repair 3.5 cm", "Left upper back")],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology | athenaOne
Raymond Gott  DOB 6/30/1952  DOS 2/23/2026
Jordan Pike MD

HPI: 73M s/p cyst excision L upper back 2/17 (6 days ago). since yesterday wife noticed redness + a little
pus on the bandage. no fever/chills. pain 3/10.

ROS: no f/c/sweats.

EXAM: afebrile. L upper back incision 3.5 cm, sutures intact, 1 cm rim of erythema, scant purulent drainage
from the middle. no fluctuance, no induration beyond the rim, no streaking.

A/P:
1. superficial surgical site infection (T81.41XA) after cyst excision 2/17
   - wound cx sent
   - cephalexin 500 mg qid x 7 d, rx sent
   - warm compresses, keep sutures in, recheck in 5 days for suture removal
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5 and conventions: a complication treated in the office without return to the procedure "
                  "room is part of the 010 global package of the 02/17 excision -> 99024, not an E/M (no 24, the "
                  "visit is related to the surgery).",
})

SCENARIOS.append({
    "id": "s36-postop-flap-global-unrelated-rosacea-em24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 21 of 090 flap global, visit for rosacea flare + Rx (flap glanced at) -> 99214-24",
    "date": "2026-06-09",
    "patient": ("Sprague", "Evelyn", "1946-06-01", "female"),
    "provider": "abernathy", "payer": "medicare-ngs", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Rosacea, papulopustular, flare", "L71.8", "Central face", reason=True),
        C("c2", "Seborrheic dermatitis of scalp", "L21.9", "Scalp", reason=True),
    ],
    "prior": [PRIOR("2026-05-19", "14040", "Adjacent tissue transfer, left cheek, 8.6 sq cm", "Left medial cheek",
                    "rotation flap after excision of BCC")],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology
Patient: Evelyn Sprague     DOB: 06/01/1946     DOS: 06/09/2026
Provider: June Abernathy, MD

HPI: Mrs. Sprague, 80, had excision of a basal cell carcinoma with a cheek rotation flap by Dr. Pike on
05/19/2026. She comes today for something different: over the past three weeks her nose, chin and both
cheeks have broken out in red bumps and pustules with burning and flushing, worse after she stands over the
bait-shop steamer. She has not been treated for rosacea before. She also reports flaking and itching of the
scalp this spring.

ROS: No eye grittiness or redness. Otherwise negative.

EXAM: Central face with erythema, telangiectasia, and numerous inflammatory papules and pustules on the
nose, chin and both medial cheeks; no comedones. Scalp with greasy yellow scale in the frontal hairline.
The left cheek flap is incidentally noted to be healing well (not the purpose of this visit).

ASSESSMENT & PLAN:
1. Papulopustular rosacea (L71.8), flare, new diagnosis.
   - Start doxycycline 40 mg daily and ivermectin 1% cream nightly; prescriptions sent.
   - Trigger avoidance (heat, steam, alcohol), gentle cleanser, mineral sunscreen.
2. Seborrheic dermatitis of the scalp (L21.9).
   - Ketoconazole 2% shampoo twice weekly; prescription sent.
3. Left cheek flap - healing as expected; post-operative follow-up remains with Dr. Pike.

Return in 8 weeks for rosacea.
June Abernathy, MD
""",
    "expected": E([L("99214", 1, "24")]),
    "coder_note": "GS-5: an E/M for problems unrelated to the surgery (rosacea, seborrheic dermatitis with "
                  "prescription management) during the 90-day global of the 05/19 flap (14040) -> modifier 24. Same "
                  "group, so the global applies across physicians of the practice.",
})

SCENARIOS.append({
    "id": "s36-id-hs-axillary-abscess-em25",
    "family": "incision-drainage", "shape": "note-only",
    "description": "HS Hurley II, therapy change to adalimumab with labs (99214-25) + I&D of R axillary abscess (10060)",
    "date": "2026-04-28",
    "patient": ("Staples", "Kayla", "1996-01-25", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa", "L73.2", "Bilateral axillae, inframammary", reason=True),
        C("c2", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology
Patient: Kayla Staples     DOB: 01/25/1996     DOS: 04/28/2026
Provider: June Abernathy, MD

HPI: Ms. Staples, 30, works the processing line at the Rockland lobster pound. Hidradenitis suppurativa for
six years, on doxycycline 100 mg twice daily for 5 months and clindamycin/benzoyl peroxide wash, with three
flares a month. She has a very painful swelling in the right armpit for four days.

ROS: No fever. No GI symptoms (no diarrhea, no blood in stool). No joint pain.

EXAM: Bilateral axillae with multiple inflammatory nodules, two sinus tracts and rope-like scarring (Hurley
stage II). Inframammary folds with two inflammatory nodules. Right axilla: 2.5 cm fluctuant, tender abscess.

ASSESSMENT & PLAN:
1. Hidradenitis suppurativa (L73.2), Hurley II, inadequately controlled on oral antibiotics.
   - Stop doxycycline. Start adalimumab 160 mg day 1, 80 mg day 15, then 40 mg weekly; prior authorization
     submitted; injection teaching with the nurse.
   - Ordered QuantiFERON, hepatitis B panel, CBC with differential before the first dose.
   - Counseled on infection risk, smoking cessation resources, weight-neutral friction reduction.
2. Abscess of the right axilla (L02.411) - incision and drainage today.

PROCEDURES:
* Incision and drainage, right axilla. Verbal consent. 1% lidocaine with epinephrine. A single 1 cm incision
  was made over the point of maximal fluctuance; 6 mL of purulent material was expressed; loculations were
  not present. Wound left open with a small wick of plain packing. Culture sent.

Follow-up in 2 weeks for wick removal with the nurse, and in 12 weeks for HS.
June Abernathy, MD
""",
    "expected": E([L("99214", 1, "25"), L("10060")], dx={"99214": ["L73.2"]}),
    "coder_note": "GS-3: significant separate management of hidradenitis (biologic start, labs, prescription drug "
                  "management) beyond the I&D decision -> 99214-25. Simple single abscess without loculations -> "
                  "10060.",
})

# =============================================================================================================
# Batch 4: I&D / intralesional / nails / paring / patch tests
# =============================================================================================================

SCENARIOS.append({
    "id": "s36-id-two-back-abscesses-precoded-10060-twice",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two separate back abscesses drained, pre-coded 10060 on each -> 10061 x1 (multiple)",
    "date": "2026-07-14",
    "patient": ("Ames", "Dwight", "1957-02-08", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of back", "L02.212", "Left upper back and right lower back", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple or single", cpt="10060", site="L upper back",
          note="2.0 cm fluctuant abscess, incised + drained, packed", reasons=["c1"]),
        P("Incision and drainage of abscess, simple or single", cpt="10060", site="R lower back",
          note="1.5 cm fluctuant abscess, separate, incised + drained", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """PENOBSCOT BAY DERMATOLOGY
Dwight Ames  DOB 2/8/1957  DOS 7/14/2026
Kirsten Halvorsen MD

HPI: 69M, runs a charter boat out of Boothbay, wears a sweaty neoprene bib all day. 2 painful boils on his
back x 5 days, one L upper back, one R lower back. no fever. not diabetic.

ROS: no f/c

EXAM: L upper back 2.0 cm fluctuant tender abscess w surrounding erythema. R lower back separate 1.5 cm
fluctuant abscess. no cellulitis beyond 1 cm.

A/P
1. abscesses x2, back (L02.212) - I&D both today. cx. doxy 100 bid x 7d (MRSA coverage), rx sent

PROCEDURES:
I&D x2, separate abscesses:
 - L upper back: lido, #11 blade 1 cm incision, purulent material expressed, loculations broken up w
   hemostat, irrigated, packed w 1/4" iodoform
 - R lower back: lido, 0.8 cm incision, pus expressed, irrigated, packed
cultures sent. dry dressings.

RTC 2 d packing change (nurse).
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L02.212"]}),
    "coder_note": "Rule book 4.8: 10060 is a simple or single abscess; 10061 is complicated or multiple. Two "
                  "abscesses drained at one session -> 10061 x1 (10061/10060 indicator 1, more extensive), not "
                  "10060 twice.",
})

SCENARIOS.append({
    "id": "s36-il-chest-keloids-kenalog-60mg",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK 40 mg/mL into 3 chest keloids (0.5+0.4+0.6 mL = 60 mg) -> 11900 + J3301 x6; commercial",
    "date": "2026-05-26",
    "patient": ("Pinkham", "Travis", "1991-11-30", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Keloid, anterior chest", "L91.0", "Anterior chest", reason=True),
    ],
    "procedures": [
        P("Intralesional injection", site="Anterior chest (3 keloids)",
          note="triamcinolone acetonide 40 mg/mL: keloid A 0.5 mL, B 0.4 mL, C 0.6 mL. total 1.5 mL = 60 mg.",
          reasons=["c1"]),
        P("Triamcinolone acetonide (Kenalog-40) supplied by office", site="Anterior chest",
          note="60 mg total"),
    ],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology | athenaOne
Travis Pinkham  DOB 11/30/1991  DOS 5/26/2026
Jordan Pike MD

HPI: 34M sternman, keloids on chest from old acne, itchy + painful under his oilskin bib. 2nd ILK session
(1st 4/21, flattened ~30%). wants to continue.

EXAM: ant chest - 3 firm pink keloids: A 2.0 cm (presternal), B 1.5 cm (L parasternal), C 2.5 cm (R
pectoral). softer than last visit.

A/P:
1. keloids x3 ant chest (L91.0), symptomatic (pruritus/pain) -> ILK today, repeat 4-6 wk

PROCEDURES:
* intralesional triamcinolone 40 mg/mL, 30g needle: A 0.5 mL, B 0.4 mL, C 0.6 mL = 1.5 mL total (60 mg)
  tolerated well. discussed atrophy/hypopigmentation.

RTC 5 wk
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "Rule book 4.8: 11900 for up to 7 lesions (3 keloids). J3301 is per 10 mg: 1.5 mL x 40 mg/mL = "
                  "60 mg -> 6 units.",
})

SCENARIOS.append({
    "id": "s36-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK 10 mg/mL into 9 AA patches, 3.2 mL (32 mg) -> 11901 + J3301 x4; Medicaid MCO",
    "date": "2026-06-16",
    "patient": ("Dyer", "Hannah", "2004-04-02", "female"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, multifocal", "L63.8", "Scalp and right eyebrow", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology
Patient: Hannah Dyer     DOB: 04/02/2004     DOS: 06/16/2026
Provider: June Abernathy, MD

HPI: Hannah, 22, a deckhand on her father's scallop boat, returns for her second round of intralesional
steroid for alopecia areata. Since the first treatment on 05/12/2026 there is early regrowth in the treated
patches, but three new patches appeared at the occiput.

ROS: No thyroid symptoms. Otherwise negative.

EXAM: Scalp with nine smooth non-scarring patches of alopecia: vertex (3), occiput (3, new), left temporal
(1), right parietal (1), and the lateral right eyebrow (1). Exclamation-point hairs at the margins of the
new occipital patches. Fine vellus regrowth in the older patches.

ASSESSMENT & PLAN:
1. Multifocal alopecia areata (L63.8) - continue intralesional triamcinolone every 4-6 weeks. We discussed
   oral JAK inhibitors if it progresses; she would like to hold off for now. No prescription changes today.

PROCEDURES:
* Intralesional injection, nine lesions. Triamcinolone acetonide 10 mg/mL, 0.1 mL aliquots about 1 cm apart
  with a 30-gauge needle. Vertex 0.9 mL, occiput 1.0 mL, left temporal 0.4 mL, right parietal 0.5 mL,
  right eyebrow 0.4 mL. Total 3.2 mL (32 mg). Tolerated well.

Return in 5 weeks.
June Abernathy, MD
""",
    "expected": E([L("11901"), L("J3301", 4)], dx={"11901": ["L63.8"]}),
    "coder_note": "Rule book 4.8: more than 7 lesions -> 11901 (one unit). J3301 per 10 mg: 32 mg -> ceil(3.2) = 4 "
                  "units (conventions).",
})

SCENARIOS.append({
    "id": "s36-nails-avulsion-both-great-toes-digit-mods",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion R and L great toenails (ingrown with paronychia) -> 11730-T5 + 11732-TA; Medicare Advantage",
    "date": "2026-08-04",
    "patient": ("Alley", "Roberta", "1959-10-10", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, bilateral great toes", "L60.0", "Right and left great toes", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", site="R great toe (hallux)",
          note="complete avulsion of nail plate after digital block. ingrown both borders with paronychia.",
          reasons=["c1"]),
        P("Nail avulsion, additional", site="L great toe (hallux)",
          note="complete avulsion of nail plate after digital block.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """PENOBSCOT BAY DERMATOLOGY
Roberta Alley dob 10/10/1959 DOS 8/4/2026
K Halvorsen MD

HPI: 66F, works the counter at the Tenants Harbor general store, on her feet 10 hrs. both big toenails
ingrown, red, draining, painful for 6 wks despite soaks + a course of keflex from PCP.

EXAM: R hallux - nail plate embedded medial + lateral, periungual erythema, granulation tissue, serous
drainage. L hallux - same, less granulation. no cellulitis of the foot. DP pulses 2+.

A/P: ingrown nails w paronychia, both great toes (L60.0) -> total avulsion both today, no matrixectomy
(pt wants to see if they grow back straight first).

PROCEDURES:
- digital block each hallux w 2% plain lido, tourniquet
- R great toe: complete avulsion of nail plate
- L great toe: complete avulsion of nail plate
- hemostasis, bacitracin, bulky dressing. tourniquets off, cap refill nl.

soaks bid, RTC 2 wk.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], dx={"11730": ["L60.0"]}),
    "coder_note": "Rule book 4.8 / conventions: first nail avulsion 11730, each additional 11732; digit modifiers "
                  "when documented: right great toe T5, left great toe TA; different digits stay separate lines.",
})

SCENARIOS.append({
    "id": "s36-nails-phenol-matrixectomy-precoded-with-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial avulsion + phenol matrixectomy L great toe lateral border, pre-coded 11730 + 11750 -> 11750-TA",
    "date": "2026-09-01",
    "patient": ("Coffin", "Garrett", "1983-05-17", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe, lateral border", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial or complete, simple; single", cpt="11730", site="L great toe",
          note="lateral 1/4 nail plate removed", reasons=["c1"]),
        P("Excision of nail and nail matrix, partial or complete, for permanent removal", cpt="11750",
          site="L great toe", note="phenol 89% x 3 applications, 30 s each, to lateral matrix", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology | athenaOne
Garrett Coffin  DOB 5/17/1983  DOS 9/1/2026
Jordan Pike MD

HPI: 43M, lobsterman (steel-toe boots all day), L great toe lateral border ingrown for the 4th time in 2 yrs,
avulsed at urgent care x2. wants permanent fix.

EXAM: L hallux lateral nail fold - erythema, hypergranulation, tender. no abscess. no other toes affected.

A/P:
1. recurrent ingrown nail L great toe (L60.0) -> partial nail avulsion + chemical matrixectomy (phenol) of the
   lateral border = permanent removal of that portion. same nail, same sitting.

PROCEDURES:
* digital block 2% plain lido, tourniquet.
* lateral 1/4 of the L great toenail freed and removed to the matrix; phenol 89% applied to the lateral
  matrix x 3 (30 sec each), neutralized w alcohol.
* bacitracin, dressing.

soaks, RTC 2 wk
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "Rule book 4.8: 11750 (permanent removal of nail and matrix) includes the avulsion of the same "
                  "nail; 11750/11730 indicator 1 with no separate nail -> 11730 removed. Left great toe -> TA.",
})

SCENARIOS.append({
    "id": "s36-paring-palm-calluses-three",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three painful fissured palmar calluses (hauling line) -> 11056; commercial",
    "date": "2026-07-07",
    "patient": ("Rackliff", "Dustin", "1979-03-03", "male"),
    "provider": "halvorsen", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Callosities, palms", "L84", "Bilateral palms", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """PENOBSCOT BAY DERMATOLOGY
Dustin Rackliff  dob 3/3/1979  DOS 7/7/2026
Kirsten Halvorsen MD

HPI: 47M, hauls 800 traps, hand calluses crack open + bleed, painful gripping the hauler rope, cant close his
hand fully in the morning. using bag balm. no warts that he knows of.

ROS: neg

EXAM: R palm - 2 thick yellow hyperkeratotic plaques (MCP 2 + hypothenar), both w deep fissures. L palm - 1
thick callus over MCP 3 w fissure. no pinpoint bleeding / no interrupted skin lines when pared (not warts).

A/P:
1. painful fissured calluses palms (L84) x3 - pared today. urea 40% cream bid, work gloves w padding.

PROCEDURES:
- paring of benign hyperkeratotic lesions x3 (R palm 2, L palm 1) w 15 blade, down to pliable skin, no
  bleeding. 

rtc prn
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Rule book 4.8: paring of 2-4 benign hyperkeratotic lesions -> 11056 (one unit). Hands, so no "
                  "routine foot care question; commercial payer.",
})

SCENARIOS.append({
    "id": "s36-paring-heel-callus-plus-plantar-wart-xs",
    "family": "paring", "shape": "free-text",
    "description": "Pare 1 L heel callus (11055) + cryo plantar wart R forefoot (17110-XS, 11055/17110 indicator 1)",
    "date": "2026-08-18",
    "patient": ("Staples", "Noreen", "1972-12-19", "female"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Callus, left heel", "L84", "Left plantar heel", reason=True),
        C("c2", "Plantar wart, right forefoot", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Paring of callus", site="L plantar heel",
          note="1 painful fissured callus 2.5 cm pared w 15 blade", reasons=["c1"]),
        P("Cryotherapy of wart", site="R plantar forefoot (under 2nd MTH)",
          note="single painful plantar wart, LN2 x2 cycles", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology | athenaOne
Noreen Staples  DOB 12/19/1972  DOS 8/18/2026
Jordan Pike MD

HPI: 53F, waitress at a Camden harborfront restaurant, on her feet all day. painful cracked callus L heel +
painful "corn" under R forefoot x 4 mo.

EXAM:
- L plantar heel: 2.5 cm thick callus w fissure, tender
- R plantar forefoot under 2nd MT head: 0.6 cm hyperkeratotic papule, pinpoint thrombosed capillaries +
  interrupted skin lines after paring -> wart, not corn

A/P:
1. callus L heel (L84) - pared
2. plantar wart R forefoot (B07.0), painful w walking - LN2, salicylic acid pads at home

PROCEDURES:
* paring L heel callus x1
* LN2 R plantar wart x1, 2 FTC
diff lesions, diff feet.

RTC 4 wk wart
""",
    "expected": E([L("11055"), L("17110", 1, "XS")], dx={"11055": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "11055/17110 is PTP indicator 1 with 17110 as column 2; different lesions on different feet -> XS "
                  "on 17110 (README 'Coding decisions': direction from the table). Painful plantar wart is covered "
                  "(BSL-4 c).",
})

SCENARIOS.append({
    "id": "s36-patch-new-pt-hand-dermatitis-93-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt hand dermatitis, Rx mgmt (99204-25) + patch test application 80 + 13 = 93 allergens -> 95044 x90 (MUE)",
    "date": "2026-03-23",
    "patient": ("Crockett", "Alden", "1954-08-08", "male"),
    "provider": "abernathy", "payer": "medicare-ngs", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Dermatitis of hands and forearms, chronic, suspected allergic contact", "L30.9",
          "Bilateral hands and forearms", reason=True),
    ],
    "note_title": "New Patient Consultation",
    "note": """Penobscot Bay Dermatology
Patient: Alden Crockett     DOB: 08/08/1954     DOS: 03/23/2026
Provider: June Abernathy, MD

NEW PATIENT, referred by Dr. Matthews (Rockland Family Practice).

HPI: Mr. Crockett, 71, a retired lobsterman who still fishes 150 traps and repairs traps in his shop, has had
an itchy, cracking, weeping rash of both hands and forearms for two years. It is worse in the fishing season
when he wears orange rubber gloves and handles salted herring bait and pot-warp treated with copper paint. He
has used triamcinolone 0.1% ointment from his PCP with partial relief. He has no history of atopy or
psoriasis.

ROS: No joint pain, no nail changes, no rash elsewhere.

EXAM: Bilateral dorsal hands, fingers and volar wrists with lichenified, fissured, erythematous plaques,
scattered vesicles on the sides of the fingers, and a sharp cut-off at the mid-forearm (glove line). Palms
spared centrally. Feet and nails normal. KOH of the left hand scale negative in the office.

ASSESSMENT & PLAN:
1. Chronic hand and forearm dermatitis (L30.9) - allergic contact dermatitis (rubber accelerators, biocides)
   versus irritant dermatitis from bait and brine; psoriasis and tinea considered and felt less likely.
   - Stop triamcinolone; start clobetasol 0.05% ointment twice daily for 2 weeks, then weekends only.
     Prescription sent. Cotton liners under vinyl gloves until testing is complete.
   - Patch testing today, readings at 48 and 96 hours.

PROCEDURES:
* Patch test application (upper back): North American Comprehensive series, 80 allergens, plus a
  supplemental rubber/biocide series of 13 allergens (including the copper naphthenate antifouling
  compound). Total 93 allergens. Applied by me with the nurse; sites mapped. Keep dry until the final reading.

Return 03/25/2026 and 03/27/2026 for readings.
June Abernathy, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 90)], topics=["mue"], dx={"99204": ["L30.9"]}),
    "coder_note": "Rule book 4.8: 95044 units = allergens (93); MUE 90 (MAI 3) -> capped at 90 with an mue finding "
                  "(README). 95044/99204 is PTP indicator 1; the new-patient E/M is significant and separate "
                  "(differential, prescription management with clobetasol) -> 99204-25.",
})

SCENARIOS.append({
    "id": "s36-patch-true-test-precoded-one-unit",
    "family": "patch-test", "shape": "pre-coded",
    "description": "T.R.U.E. test 35 allergens + 2 own products pre-coded as 95044 (1 unit) -> 95044 x37",
    "date": "2026-10-06",
    "patient": ("Gott", "Sheila", "1968-04-27", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Allergic contact dermatitis, suspected, eyelids and neck", "L23.9", "Eyelids and neck", reason=True),
    ],
    "procedures": [
        P("Patch tests, specify number of tests", cpt="95044", site="Upper back",
          note="T.R.U.E. test panels 1-3 (35 allergens) + patient's own products x2, applied", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Penobscot Bay Dermatology | athenaOne
Sheila Gott  DOB 4/27/1968  DOS 10/6/2026
Jordan Pike MD

HPI: 58F, works at the Owls Head seaweed farm + packs kelp. eyelid + neck dermatitis x 8 mo. seen 9/22/26
(E/M that day), planned patch testing. here for APPLICATION only.

PROCEDURES:
* Patch test application, upper back:
  - T.R.U.E. Test panels 1, 2 and 3 = 35 allergens
  - own products, as is: (1) her nitrile work gloves, (2) the kelp-farm hand cream
  total tests applied: 37
nurse assisted, map in chart.

A/P: suspected ACD eyelids/neck (L23.9). readings 48h (10/8) + 96h (10/10).
""",
    "expected": E([L("95044", 37)], topics=["coding-correction"], dx={"95044": ["L23.9"]}),
    "coder_note": "Rule book 4.8 / conventions: 95044 is reported per test; 35 panel allergens + 2 own products = "
                  "37 units. Application-only visit, no E/M.",
})

# =============================================================================================================
# Batch 5: phototherapy / cosmetic / skin tags / E/M / mixed
# =============================================================================================================

SCENARIOS.append({
    "id": "s36-photo-nbuvb-session-psoriasis",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB session #14 for plaque psoriasis, no tar or petrolatum -> 96900; Medicare FFS",
    "date": "2026-01-29",
    "patient": ("Wotton", "Everett", "1949-09-17", "male"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Narrowband UVB phototherapy", site="Whole body, face and genitals shielded",
          note="Session 14. Daavlin booth, 1,050 mJ/cm2 (increase 50 from last). No erythema from last tx. "
               "No topical pre-treatment (no tar, no petrolatum). Goggles on.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """PENOBSCOT BAY DERMATOLOGY - PHOTOTHERAPY
Everett Wotton  dob 9/17/1949  DOS 1/29/2026
supervising: K Halvorsen MD (in office)

pt: 76M w plaque psoriasis (L40.0), ~14% BSA at start, failed clobetasol/calcipotriene. tx 3x/wk since
12/2025 (drives in from Cushing).
today: session #14. no burn/erythema from #13. plaques thinner, BSA est 8%.
NB-UVB: 1050 mJ/cm2, whole body booth, face + genitals shielded, UV goggles.
no tar, no mineral oil / petrolatum pre-treatment.
tolerated. next session Fri.

nurse: T. Sewall RN    reviewed KH
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "Rule book 4.8: UVB alone (no tar/petrolatum) is actinotherapy 96900, one per session. Psoriasis "
                  "after failed topicals: covered UV light under NCD 250.1.",
})

SCENARIOS.append({
    "id": "s36-photo-puva-first-line-no-abn-gz",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA started as first-line for non-disabling psoriasis, no ABN, Medicare FFS -> 96912-GZ",
    "date": "2026-02-12",
    "patient": ("Beal", "Lyman", "1952-01-04", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, lower back", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """Penobscot Bay Dermatology | athenaOne - Phototherapy
Lyman Beal   DOB 01/04/1952   DOS 02/12/2026
Jordan Pike MD

HPI: 74M retired tugboat captain, plaque psoriasis x 3 yrs, BSA ~6% (elbows, knees, low back). Not
itchy enough to bother sleep, working + golfing normally - not disabling. has NOT used the topicals we rx'd
last fall (triamcinolone, calcipotriene - never filled) and declined NB-UVB. he insists on PUVA because his
brother "cleared on PUVA in the 90s". discussed that Medicare covers PUVA only for severe/disabling
psoriasis after conventional treatment fails, and that this may be denied. pt wants to go ahead today.
ABN was NOT obtained (front desk missed it).

EXAM: well-demarcated scaly plaques b/l elbows, knees, lumbosacral. nails nl. no pustules.

ASSESSMENT & PLAN:
1. psoriasis vulgaris (L40.0), mild-moderate, not previously treated.

PROCEDURES:
* PUVA session #1: methoxsalen 0.6 mg/kg (40 mg) PO 1.5 h prior. UVA 0.5 J/cm2 full body (skin type II).
  UV goggles, genital shielding, eye protection for 24 h reviewed.

next session in 3 days.
""",
    "expected": E([L("96912", 1, "GZ")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/COS-4 and README 'Coding decisions': NCD 250.1 limits PUVA to intractable, disabling "
                  "psoriasis after failed conventional therapy; not met, expected to be denied as not reasonable and "
                  "necessary, no ABN on file, Medicare FFS -> 96912-GZ.",
})

SCENARIOS.append({
    "id": "s36-cos-facial-sks-cryo-commercial-plus-back-bx",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cryo of 6 asymptomatic SKs for appearance (commercial -> removed) + tangential bx of changing back lesion -> 11102",
    "date": "2026-06-23",
    "patient": ("Haskell", "Monica", "1966-07-15", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, face and chest", "L82.1", "Face and upper chest", reason=True),
        C("c2", "Changing pigmented lesion, left mid back", None, "Left mid back", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of seborrheic keratoses", site="Face (4) and upper chest (2)",
          note="6 asymptomatic SKs treated at patient request for appearance. Self-pay price quoted and accepted.",
          reasons=["c1"]),
        P("Tangential biopsy", site="Left mid back",
          note="0.6 cm pigmented papule with new dark dot, saucerization biopsy to pathology", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology
Patient: Monica Haskell     DOB: 07/15/1966     DOS: 06/23/2026
Provider: June Abernathy, MD

HPI: Ms. Haskell, 59, runs a bed-and-breakfast in Castine. She would like "the brown crusty spots" on her
face and chest frozen off before the summer season; they do not itch, bleed or hurt, and have been unchanged
for years - she simply does not like how they look. Separately, her husband noticed a mole on her left mid
back that has developed a new dark spot.

EXAM: Face (4) and upper chest (2): waxy stuck-on tan papules 0.3-0.6 cm, no inflammation, classic
seborrheic keratoses. Left mid back: 0.6 cm brown papule with an eccentric blue-black dot and irregular
streaks on dermoscopy.

ASSESSMENT & PLAN:
1. Seborrheic keratoses, asymptomatic (L82.1) - cosmetic treatment at the patient's request; she understands
   her plan does not cover cosmetic procedures and agreed to the self-pay fee.
2. Changing pigmented lesion, left mid back - tangential (saucerization) biopsy to exclude melanoma.

PROCEDURES:
* Cryotherapy, six seborrheic keratoses (face 4, upper chest 2), one freeze-thaw cycle each.
* Saucerization biopsy, left mid back, 1% lidocaine with epinephrine, aluminum chloride. To pathology.

We will call with results.
June Abernathy, MD
""",
    "expected": E([L("11102")], topics=["cosmetic"]),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': asymptomatic SK destruction for appearance on a "
                  "commercial plan -> 17110 line removed with a cosmetic finding (patient billed directly). The "
                  "biopsy of the separate back lesion is billed; with no 17110 on the claim there is no PTP pair.",
})

SCENARIOS.append({
    "id": "s36-tags-41-irritated-collar-line-mue",
    "family": "skin-tags", "shape": "note-only",
    "description": "41 irritated/bleeding skin tags (neck 18, axillae 12 + 11) -> 11200 + 11201 (3 capped to MUE 1)",
    "date": "2026-05-07",
    "patient": ("Lunt", "Warren", "1956-04-20", "male"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, irritated, neck and axillae", "L91.8", "Neck and bilateral axillae", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """PENOBSCOT BAY DERMATOLOGY
Warren Lunt  DOB 4/20/1956  DOS 5/7/2026
K Halvorsen MD

HPI: 70M, still fishing w his son out of Tenants Harbor. skin tags neck + both armpits catch on his
oilskin collar and the suspenders of his bib pants - several bleed every week, red + sore. wants them off.

ROS: neg

EXAM: pedunculated skin-colored papules 1-4 mm: neck 18, L axilla 12, R axilla 11. many w erythema at
the base, several w hemorrhagic crust. no atypical lesions.

A/P:
1. acrochordons, irritated + bleeding from repeated friction/trauma (L91.8) - remove all today.

PROCEDURES:
- skin tag removal by snip excision w curved iris scissors + light hyfrecation, all 41 tags (neck 18, L
  axilla 12, R axilla 11). count confirmed by MA. AlCl. vaseline.

RTC prn
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "Rule book 4.8/conventions: 11200 for the first 15, 11201 per additional 10 -> ceil(26/10) = 3; the "
                  "11201 MUE is 1 (MAI 3) -> capped at 1 with an mue finding (README). Bleeding, inflamed, "
                  "traumatized tags meet BSL-3 -> covered, no GY.",
})

SCENARIOS.append({
    "id": "s36-tags-asymptomatic-axillae-precoded-gy",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "9 asymptomatic axillary tags removed for appearance, no ABN, Medicare FFS; pre-coded 11200 -> 11200-GY",
    "date": "2026-07-21",
    "patient": ("Sprague", "Delia", "1953-11-08", "female"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, axillae", "L91.8", "Bilateral axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", cpt="11200", site="Bilateral axillae",
          note="9 tags snipped (R 5, L 4)", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology | athenaOne
Delia Sprague  DOB 11/08/1953  DOS 07/21/2026
Jordan Pike MD

HPI: 72F, wants the skin tags in her armpits removed, "they look gross in sleeveless tops". not itchy,
not irritated, never bled, no catching on clothes. no change.

EXAM: axillae - 9 soft pedunculated skin-colored papules 1-3 mm (R 5, L 4), no erythema, no crust.

A/P:
1. acrochordons axillae (L91.8), asymptomatic - cosmetic. told pt Medicare wont pay for cosmetic removal;
   she is fine paying. no ABN signed today.

PROCEDURES:
* snip removal 9 skin tags (R axilla 5, L axilla 4), AlCl.
""",
    "expected": E([L("11200", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: asymptomatic skin tags (no BSL-3 reason) are cosmetic, statutorily excluded for "
                  "Medicare FFS -> GY; no GX because no voluntary ABN was given. 9 tags -> 11200 x1.",
})

SCENARIOS.append({
    "id": "s36-em-screening-fse-new-pt-medicare-gy",
    "family": "em", "shape": "free-text",
    "description": "New Medicare pt, screening-only full skin exam, no history/complaint/findings -> 99203-GY",
    "date": "2026-04-09",
    "patient": ("Coffin", "Loretta", "1958-05-29", "female"),
    "provider": "abernathy", "payer": "medicare-ngs", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "procedures": [
        P("Total body skin examination", site="Full body",
          note="Screening examination at patient request; no lesions of concern."),
    ],
    "note_title": "New Patient Visit",
    "note": """Penobscot Bay Dermatology
Patient: Loretta Coffin     DOB: 05/29/1958     DOS: 04/09/2026
Provider: June Abernathy, MD

NEW PATIENT.

HPI: Mrs. Coffin, 67, a retired school-bus driver from Thomaston, requests a "skin cancer check" because a
friend from church was recently diagnosed with melanoma. She has no spots that concern her, nothing new,
changing, itching or bleeding. No personal history of skin cancer or precancers. No family history of
melanoma. Never used tanning beds.

ROS: Negative.

EXAM: Full skin examination including scalp, face, trunk, extremities, palms, soles, nails and oral mucosa:
no suspicious lesions. Normal examination.

ASSESSMENT & PLAN:
1. Encounter for skin cancer screening (Z12.83) - normal exam. Reviewed sun protection and monthly
   self-examination. No follow-up needed unless she notices a change.

June Abernathy, MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README 'Coding decisions': Medicare has no skin-cancer screening benefit; a screening-only "
                  "exam with no history, no complaint and nothing found -> the E/M carries GY.",
})

SCENARIOS.append({
    "id": "s36-em-psoriasis-mtx-g2211-cryo-not-done-precoded",
    "family": "em", "shape": "pre-coded",
    "description": "Psoriasis on methotrexate with lab review (99214 + G2211); AK cryo listed but not done -> no 17000, no 25",
    "date": "2026-12-01",
    "patient": ("Philbrook", "Ansel", "1950-03-09", "male"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, elbows, scalp", reason=True),
        C("c2", "Long term (current) use of antimetabolite agent", "Z79.631"),
        C("c3", "Actinic keratosis", "L57.0", "Left temple"),
    ],
    "procedures": [
        P("Visit complexity inherent to E/M (longitudinal care)", cpt="G2211",
          note="continuing focal point for psoriasis on methotrexate", reasons=["c1"]),
        P("Destruction premalignant lesion, first lesion", cpt="17000", site="L temple", status="not-done",
          note="NOT DONE - pt declined today, will treat at next visit after the holidays", reasons=["c3"]),
    ],
    "note_title": "Office Visit",
    "note": """PENOBSCOT BAY DERMATOLOGY
Ansel Philbrook  dob 3/9/1950  DOS 12/1/2026
Kirsten Halvorsen MD

HPI: 76M retired shipyard welder (Bath Iron Works), psoriasis on methotrexate 15 mg weekly since 2023 w
folic acid. BSA was 25%, now ~3%. some nausea day after dose. labs 11/24: ALT 58 (up from 31), AST 44, CBC
ok, Cr 1.0. drinks 2 beers/wk.

ROS: nausea as above, no cough/SOB, no mouth sores, no infections.

EXAM: few thin plaques elbows + low back, scalp clear. L temple 1 gritty AK.

ASSESSMENT & PLAN:
1. psoriasis vulgaris (L40.0) on methotrexate (Z79.631) - good control, but transaminases up ~2x baseline
   - reduce MTX to 12.5 mg weekly, increase folic acid to 1 mg daily, no alcohol.
   - repeat CMP + CBC in 4 wks (ordered), if ALT still up -> switch to biologic.
   - G2211 - I am the ongoing focal point for his psoriasis.
2. AK L temple (L57.0) - offered LN2 today, pt declined ("not before Christmas"). will do next visit.

PROCEDURES:
none performed today (cryo deferred)

RTC 4-6 wks w labs
""",
    "expected": E([L("99214"), L("G2211")], dx={"99214": ["L40.0"]}),
    "coder_note": "The 17000 resource has status not-done and the note says the cryo was declined -> no procedure "
                  "line, so no modifier 25 and G2211 stays payable (EM-6). Methotrexate dose change with lab "
                  "monitoring supports the provider-selected 99214 (kept as documented).",
})

SCENARIOS.append({
    "id": "s36-mixed-ak-bx-shave-psoriasis-em25",
    "family": "mixed", "shape": "note-only",
    "description": "99214-25 psoriasis + 9 AKs (17000-XS, 17003 x8) + tangential bx R cheek (11102-XS) + shave ISK back 0.7 cm (11301)",
    "date": "2026-09-15",
    "patient": ("Grindle", "Amos", "1947-08-02", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare", "L40.0", "Scalp, elbows, knees", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Scalp, ears, left hand", reason=True),
        C("c3", "Pink papule, right cheek - pending pathology", None, "Right malar cheek", reason=True),
        C("c4", "Inflamed seborrheic keratosis, back", "L82.0", "Right mid back", reason=True),
    ],
    "path": [
        {"text": "Right cheek, shave biopsy: basal cell carcinoma, superficial and nodular.",
         "site": "Right malar cheek", "date": "2026-09-18"},
        {"text": "Right mid back, shave removal: irritated seborrheic keratosis.",
         "site": "Right mid back", "date": "2026-09-18"},
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology | athenaOne
Amos Grindle  DOB 08/02/1947  DOS 09/15/2026
Jordan Pike MD

HPI: 79M, lobsterman (still fishing), here for psoriasis + "all my spots". psoriasis flared since July -
scalp, elbows, knees itchy + cracking, triamcinolone not working anymore. also rough spots on scalp/ears/L
hand again, a pink bump R cheek x 3 mo that wont heal, and a crusty growth on his back that his bib
suspender rubs raw + bleeds.

ROS: no joint pain/swelling. no fevers.

EXAM:
- psoriasis: thick plaques scalp (30%), b/l elbows + knees, BSA ~6%. nails: pitting
- AKs: scalp 5, L ear helix 1, R ear helix 1, L dorsal hand 2 = 9
- R malar cheek: 0.5 cm pink pearly papule w central erosion
- R mid back: 0.7 cm verrucous stuck-on papule, eroded + bleeding, erythematous base at the suspender line

ASSESSMENT & PLAN:
1. Psoriasis vulgaris (L40.0), flare, failing triamcinolone.
   - start calcipotriene/betamethasone foam daily to body + clobetasol solution to scalp. rx sent.
   - discussed systemic options (apremilast vs biologic) if not controlled in 8 wk; labs if we go that way.
2. AK x9 (L57.0) - LN2.
3. R cheek papule, r/o BCC - shave bx.
4. Inflamed SK R mid back (L82.0), bleeding from suspender trauma - shave removal, to path.

PROCEDURES:
* LN2 cryo AKs x 9 (scalp 5, L helix 1, R helix 1, L hand 2), 2 FTC.
* Tangential (shave) bx R malar cheek - lido w epi, dermablade, AlCl, to path.
* Shave removal R mid back ISK 0.7 cm - lido w epi, removed flush, AlCl, to path.

RTC 8 wk psoriasis / sooner w path.
""",
    "expected": E([L("99214", 1, "25"), L("17000", 1, "XS"), L("17003", 8), L("11102", 1, "XS"), L("11301")],
                  dx={"99214": ["L40.0"], "17000": ["L57.0"], "11301": ["L82.0"]}),
    "coder_note": "GS-3: psoriasis flare with new prescriptions is separate from the procedure decisions -> 99214-25. "
                  "DS-1: 9 AKs -> 17000 + 17003 x8. PTP 11102/17000 and 11301/17000 (indicator 1) put XS on 17000; "
                  "11301/11102 puts XS on the biopsy; no edit on 17003. Back SK shave 0.7 cm trunk -> 11301, "
                  "covered (bleeding, inflamed).",
})

SCENARIOS.append({
    "id": "s36-mixed-hs-adalimumab-ilk-g2211-with-25-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "HS on adalimumab, labs + Rx (99214-25) + ILK 2 nodules (11900, J3301 x1); pre-coded G2211 removed (with 25)",
    "date": "2026-08-25",
    "patient": ("Dyer", "Colleen", "1964-02-14", "female"),
    "provider": "abernathy", "payer": "medicare-ngs", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa", "L73.2", "Axillae and groin", reason=True),
        C("c2", "Long term (current) use of immunosuppressive biologic", "Z79.620"),
    ],
    "procedures": [
        P("Visit complexity inherent to E/M (longitudinal care)", cpt="G2211",
          note="ongoing HS management", reasons=["c1"]),
        P("Intralesional injection, up to and including 7 lesions", cpt="11900", site="Left axilla",
          note="2 inflamed nodules", reasons=["c1"]),
        P("Injection, triamcinolone acetonide, per 10 mg", cpt="J3301", site="Left axilla",
          note="10 mg/mL, 0.5 mL per nodule, 1.0 mL = 10 mg total", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology
Patient: Colleen Dyer     DOB: 02/14/1964     DOS: 08/25/2026
Provider: June Abernathy, MD

HPI: Ms. Dyer, 62, on Medicare through disability, has Hurley II hidradenitis suppurativa treated with
adalimumab 40 mg weekly since March. Flares have dropped from weekly to about twice a month, but she has two
painful nodules in the left axilla this week. She also reports a new itchy rash at the injection sites on
her abdomen.

ROS: No fever, no cough, no night sweats.

EXAM: Left axilla with two tender 1 cm inflammatory nodules, no fluctuance. Right axilla and groin with
scarring and one quiet sinus tract. Abdomen: faint erythematous patches at recent injection sites, no
induration or ulceration.

DATA: Reviewed CBC and CMP from 08/15 (normal) and the annual QuantiFERON (negative).

ASSESSMENT & PLAN:
1. Hidradenitis suppurativa (L73.2) on adalimumab (Z79.620), partial response.
   - Continue adalimumab 40 mg weekly. Add clindamycin 1% lotion twice daily to axillae; prescription sent.
   - Injection-site reaction: rotate sites, cool compress, hydrocortisone 1% after injections.
   - Intralesional triamcinolone to the two inflamed left axillary nodules today.

PROCEDURES:
* Intralesional injection, left axilla, two nodules: triamcinolone acetonide 10 mg/mL, 0.5 mL each, total
  1.0 mL (10 mg). Tolerated well.

Return in 3 months.
June Abernathy, MD
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301", 1)], dx={"99214": ["L73.2"]}),
    "coder_note": "GS-3: biologic monitoring, lab review, new prescription and injection-site reaction management are "
                  "separate from the injection decision -> 99214-25. EM-6: G2211 is not payable when the E/M carries "
                  "modifier 25 -> the pre-coded G2211 is removed. J3301: 10 mg -> 1 unit.",
})

SCENARIOS.append({
    "id": "s36-mixed-punch-two-shaves-plus-finger-warts",
    "family": "mixed", "shape": "free-text",
    "description": "Punch bx L shin + 2 tangential bx + cryo 4 finger warts -> 11104, 11103 x2-XS, 17110-XS; Medicare Advantage",
    "date": "2026-10-20",
    "patient": ("Ames", "Loren", "1955-12-24", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage-ppo", "minutes": 35,
    "conditions": [
        C("c1", "Pruritic plaque, left shin", None, "Left anterior shin", reason=True),
        C("c2", "Pink papule, right shoulder", None, "Right posterior shoulder", reason=True),
        C("c3", "Scaly papule, left forearm", None, "Left dorsal forearm", reason=True),
        C("c4", "Verruca vulgaris, right fingers", "B07.8", "Right index and middle fingers", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", site="L anterior shin", note="4 mm punch, 1 suture", reasons=["c1"]),
        P("Shave biopsy", site="R posterior shoulder", note="0.5 cm pink papule, dermablade", reasons=["c2"]),
        P("Shave biopsy", site="L dorsal forearm", note="0.6 cm scaly papule, dermablade", reasons=["c3"]),
        P("Cryotherapy of warts", site="R index finger x2, R middle finger x2",
          note="4 painful periungual/finger warts, LN2 2 cycles", reasons=["c4"]),
    ],
    "note_title": "Office Visit",
    "note": """PENOBSCOT BAY DERMATOLOGY
Loren Ames  dob 12/24/1955  DOS 10/20/2026
Kirsten Halvorsen MD

HPI: 70M, retired from the Port Clyde co-op, now builds traps. itchy thick patch L shin x 6 mo, pink
bump R shoulder, scaly bump L forearm, + warts on R fingers that split + hurt when he ties trap heads.

ROS: neg

EXAM: L ant shin 3 cm lichenified hyperpigmented plaque (LSC vs hypertrophic LP vs SCC in situ). R post
shoulder 0.5 cm pink shiny papule. L dorsal forearm 0.6 cm hyperkeratotic papule. R index finger 2 + R
middle finger 2 verrucous papules, 2 fissured.

A/P:
1. plaque L shin - punch bx
2. papule R shoulder - r/o bcc - shave bx
3. papule L forearm - r/o scc vs hak - shave bx
4. verruca vulgaris R fingers x4 (B07.8), painful, fissured - LN2

PROCEDURES:
- punch bx L shin 4 mm, 1 x 4-0 nylon
- shave bx R shoulder, AlCl
- shave bx L forearm, AlCl
- LN2 warts x4 R fingers, 2 FTC
3 specimens to path. wound care.
""",
    "expected": E([L("11104"), L("11103", 2, "XS"), L("17110", 1, "XS")]),
    "coder_note": "BX-2: punch is the primary (11104), the two tangential biopsies take 11103 x2. The warts are "
                  "different lesions: 11104/17110 (indicator 1, 17110 column 2) -> XS on 17110; 17110/11103 "
                  "(indicator 1, 11103 column 2) -> XS on 11103.",
})

SCENARIOS.append({
    "id": "s36-em-rosacea-flare-new-rx-plus-two-aks-25",
    "family": "em", "shape": "note-only",
    "description": "Established pt rosacea flare with new Rx (99213-25) + cryo 2 AKs (17000 + 17003)",
    "date": "2026-11-10",
    "patient": ("Rackliff", "Ida", "1951-06-06", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Rosacea", "L71.9", "Central face", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Left forehead, nasal tip", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Penobscot Bay Dermatology
Patient: Ida Rackliff     DOB: 06/06/1951     DOS: 11/10/2026
Provider: June Abernathy, MD

HPI: Mrs. Rackliff, 75, who packs crabmeat at home for a Spruce Head picking house, returns for rosacea.
Metronidazole gel kept her clear until September; since then she has had burning, flushing and new red
bumps on her cheeks and nose, worse over the steam of the crab cooker. She also has two rough spots on her
forehead and nose.

ROS: Mild eye dryness in the mornings. Otherwise negative.

EXAM: Central face: background erythema, telangiectasia, and about a dozen inflammatory papules and pustules
on the cheeks and nose. Mild lid-margin telangiectasia. Left forehead and nasal tip: two gritty, scaly,
erythematous papules.

ASSESSMENT & PLAN:
1. Rosacea (L71.9), flare despite topical metronidazole.
   - Add doxycycline 40 mg modified-release daily; switch metronidazole gel to ivermectin 1% cream nightly.
     Prescriptions sent.
   - Warm compresses and lid hygiene for the eye dryness; ophthalmology if not better.
2. Actinic keratoses, two (L57.0) - cryotherapy today.

PROCEDURES:
* Cryotherapy of two actinic keratoses (left forehead, nasal tip), liquid nitrogen, two freeze-thaw cycles.
  Verbal consent; tolerated well.

Return in 3 months.
June Abernathy, MD
""",
    "expected": E([L("99213", 1, "25"), L("17000"), L("17003")], dx={"99213": ["L71.9"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: the rosacea flare with prescription changes is significant and separately identifiable from "
                  "the AK treatment decision -> 99213-25. DS-1: 2 AKs -> 17000 + 17003 x1.",
})
