"""Sealed set 23 (s23-): a Medicare Advantage plan's payment-integrity nurse auditor's sample of dermatology claims.

Twelve independent practices in three states, each with its own documentation style:
  TX  Cedar Hollow Dermatology, San Marcos (okafor, baptiste)        - voice-recognition dictation, misrecognitions
                                                                       corrected in [brackets] by the transcriptionist
  TX  Trinity Mohs Surgery, Fort Worth (lindqvist)                    - EMA-style Mohs stage grids
  TX  Brazos Skin Clinic, Bryan (ramirez)                             - Athena-style problem-based notes
  TX  Rio Grande Valley Dermatology, McAllen (castellanos)            - paper superbills scanned, OCR'd and retyped
  OH  Lakewood Dermatology, Cleveland (chen)                          - long HPI narratives
  OH  Scioto Valley Skin & Mohs, Columbus (halvorsen)                 - EMA procedure grids
  OH  Hocking Hills Family Dermatology, Logan (pike, PA-C supervised) - terse rural clinic notes
  OH  Maumee Bay Dermatology, Toledo (okonkwo)                        - dictated paragraphs
  AZ  Sonoran Dermatology & Mohs, Tucson (nakamura, lindgren)         - Athena-style problem-based notes
  AZ  Mesa Verde Skin Institute, Mesa (weiss)                         - EMA grids, phototherapy and patch-test unit
  AZ  Camelback Medical & Aesthetic Dermatology, Scottsdale (voss, marchetti)
  AZ  Flagstaff Family & Pediatric Dermatology (adeyemi, abernathy, santos) - long narrative notes

Expected answers from /work/shared/reference/derm_coding.md (sections 2-7, 10), docs/coding_conventions.md and the
"Coding decisions" section of tests/corpus/README.md only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# Batch 1
# =============================================================================================================

SCENARIOS.append({
    "id": "s23-bx-dictation-punch-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "Dictated note: punch bx L upper back + tangential bx R forearm and L cheek; scalp lesion deferred",
    "date": "2025-10-14",
    "patient": ("Villarreal", "Consuelo", "1954-02-19", "female"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Compound dysplastic nevus with mild atypia, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right dorsal forearm", "D04.61", "Right dorsal forearm", reason=True),
        C("c3", "Basal cell carcinoma, nodular, left cheek", "C44.319", "Left cheek", reason=True),
    ],
    "path": [
        {"text": "A. Skin, left upper back, punch: compound dysplastic nevus with mild cytologic atypia, margins clear.",
         "site": "Left upper back"},
        {"text": "B. Skin, right dorsal forearm, shave: squamous cell carcinoma in situ (Bowen type), extends to base.",
         "site": "Right dorsal forearm"},
        {"text": "C. Skin, left cheek, shave: basal cell carcinoma, nodular pattern.", "site": "Left cheek"},
    ],
    "note_title": "Dictated Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - SAN MARCOS, TEXAS
DICTATED NOTE - transcribed by speech recognition, reviewed by transcription (corrections in brackets)

Patient: Consuelo Villarreal   DOB 02/19/1954   Date of service 10/14/2025
Dictating provider: Adaeze Okafor MD

This is a 71 year old woman who returns because her husband noticed a mole on her left upper back that has
gotten darker and more irregular over the summer. She also points out a rough pink spot on the back of her
right forearm present about four months, and a shiny bump on the left cheek that bled once on her pillowcase.

On exam the left upper back lesion is a 7 millimeter irregularly pigmented macule with a darker eccentric
focus. Right dorsal forearm has a 6 millimeter scaly pink plaque. Left cheek shows a 4 millimeter pearly
papule with a fine telangiectasia. Scalp has a stuck-on tan seborrheic keratosis at the crown which she
says is unchanged, I will biopsy the scalp lesion at the next visit if it changes. No cryotherapy today.

Procedures. After informed consent, the three sites were marked and photographed. Local anesthesia with
lidocaine with a pie [lidocaine with epinephrine] 1 percent.
Number one, left upper back: four millimeter punch by ops he [punch biopsy] taken through the full thickness,
closed with two simple interrupted 4-0 nylon sutures.
Number two, right dorsal forearm: tangential biopsy using a derma blade [DermaBlade], saucerized, hemostasis
with aluminum chloride.
Number three, left cheek: tangential biopsy with the derma blade [DermaBlade], hemostasis with Monsters
[Monsel's] solution.
All three specimens labeled A through C and sent to Hill Country Dermatopathology.
Estimated blood loss minimal. Tolerated well. Wound care reviewed, Vaseline and bandage daily.

Plan. Will call with pathology. Suture removal in two weeks at the Kyle office. If the cheek comes back as a
skin cancer we will discuss Mohs versus excision at that time.

End of dictation. Electronically signed Adaeze Okafor MD 10/14/2025 16:05.
""",
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, each tangential bx takes its own add-on 11103 x2. "
                  "Simple closure of the punch is included (BX-7). Scalp SK 'biopsy at next visit if it changes' is not done.",
})

SCENARIOS.append({
    "id": "s23-bx-ocr-superbill-11100-eight-shaves",
    "family": "biopsy", "shape": "pre-coded",
    "description": "OCR'd superbill with deleted 11100/11101 for eight tangential biopsies; 11103 capped at MUE 6",
    "date": "2025-09-23",
    "patient": ("Garza", "Rolando", "1946-07-30", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, multiple sites", "D49.2", "Multiple sites", reason=True),
        C("c2", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
    ],
    "procedures": [
        P("BX SKIN 1ST LES", "11100", "R forearm, dorsal", reasons=["c1"]),
        P("BX SKIN EA ADDL", "11101", "L forearm, dorsal", reasons=["c1"]),
        P("BX SKIN EA ADDL", "11101", "R upper arm", reasons=["c1"]),
        P("BX SKIN EA ADDL", "11101", "L shoulder", reasons=["c1"]),
        P("BX SKIN EA ADDL", "11101", "Upper back, midline", reasons=["c1"]),
        P("BX SKIN EA ADDL", "11101", "R shin", reasons=["c1"]),
        P("BX SKIN EA ADDL", "11101", "L shin", reasons=["c1"]),
        P("BX SKIN EA ADDL", "11101", "R dorsal hand", reasons=["c1"]),
    ],
    "path": [
        {"text": "Eight shave specimens (A-H): A, C, F invasive squamous cell carcinoma, well differentiated; B, D, E, G "
                 "actinic keratosis, hypertrophic; H squamous cell carcinoma in situ."},
    ],
    "note_title": "Superbill / Procedure Record (scanned)",
    "note": """RIO GRANDE VALLEY DERMATOLOGY  *  McALLEN TX
[paper superbill scanned 09/23/2025, OCR text retyped by billing - illegible items marked]

PT: GARZA, ROLANDO        DOB 07/30/1946      INS: MEDICARE PART B (NOVITAS)
PROVIDER: I. CASTELLANOS MD        DOS 09/23/2025

[X] EST PT - skin ca f/u     [ ] NEW PT     [ ] E/M level ____ (left blank)
PROCEDURES:
[X] 11100  BX SKIN 1ST LES     x 1
[X] 11101  BX SKIN EA ADDL     x 7
[ ] 17000  [ ] 17003 ___   [ ] 11300-series ____   [ ] Excision ____
DX: D49.2, Z85.828

PROCEDURE NOTE (handwritten, retyped):
Hx multiple SCCs (last one R ear 2023, Mohs). Today: 8 hyperkeratotic / crusted papules 4-9 mm, all
tender or growing. Shave (tangential) bx x 8, DermaBlade, AlCl3 hemostasis:
 A R dorsal forearm  B L dorsal forearm  C R upper arm  D L shoulder
 E upper back midline  F R shin  G L shin  H R dorsal hand
All 8 sent to path in separate jars. No ED&C or cryo today - "wait for path" [circled].
F/u 2 wks for results + tx plan.  -- I.C. [signature illegible]
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["invalid-code", "mue"]),
    "coder_note": "11100/11101 were deleted 12/31/2018 (BX-1); eight tangential biopsies -> 11102 + 11103 x7, capped at "
                  "the 11103 MUE of 6 (MAI 3) per the corpus convention. No E/M level was selected.",
})

SCENARIOS.append({
    "id": "s23-bx-vermilion-wedge-neck-punch",
    "family": "biopsy", "shape": "free-text",
    "description": "Wedge biopsy of lower lip vermilion (site-specific 40490) + punch bx of a separate neck papule (XS)",
    "date": "2025-11-04",
    "patient": ("Hollister", "Dean", "1967-05-08", "male"),
    "provider": "nakamura", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Actinic cheilitis, lower lip vermilion", "L56.8", "Lower lip vermilion", reason=True),
        C("c2", "Dermatofibroma, left lateral neck", "D23.4", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Lip biopsy, wedge, full thickness", site="Lower lip vermilion, left of midline",
          note="Persistent white scaly plaque 1.1 cm on lower vermilion x 9 mo, eroded focus 4 mm. Wedge of vermilion "
               "taken with #15 blade through the focus, closed with 5-0 Vicryl Rapide x3.", reasons=["c1"]),
        P("Punch biopsy 3 mm", site="Left lateral neck",
          note="6 mm firm pink-brown papule, tender when shaving. 3 mm punch, 1 stitch 5-0 nylon.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Lower lip vermilion, wedge: actinic cheilitis with moderate keratinocyte atypia; no invasive carcinoma.",
         "site": "Lower lip vermilion"},
        {"text": "Left lateral neck, punch: dermatofibroma.", "site": "Left lateral neck"},
    ],
    "note_title": "Office Procedure Note",
    "note": """SONORAN DERMATOLOGY & MOHS - TUCSON AZ
Provider: Ren Nakamura MD            Visit: 11/04/2025            Payer: UnitedHealthcare Choice Plus

PROBLEM-BASED NOTE
# Lower lip white plaque - 58M, outdoor surveyor, lip "always peeling", eroded spot won't heal. Exam: 1.1 cm
  white scaly plaque on the lower vermilion L of midline with a 4 mm eroded focus. No induration, no nodes.
  Plan: diagnostic wedge biopsy of the vermilion through the eroded focus (done, see procedure list).
  Sun-protective lip balm. If SCC, will refer for excision vs Mohs.
# Papule L lateral neck - tender, catches razor. Plan: 3 mm punch biopsy (done).
# Seborrheic keratoses, trunk - reassurance, nothing done.

Consent signed. 1% lido w/ epi. Specimens x2 to Sonoran Dermpath. Wound care discussed.
RTC 2 weeks for results / suture removal.
""",
    "expected": E([L("40490"), L("11104", 1, "XS")]),
    "coder_note": "BX-1: a vermilion lip biopsy takes the site-specific code 40490, not 11106. The neck punch is a "
                  "separate lesion: 40490/11104 is PTP indicator 1 with 11104 as column 2 -> 11104-XS.",
})

SCENARIOS.append({
    "id": "s23-shave-neck-isk-nasal-nevus-eyeglass",
    "family": "shave", "shape": "note-only",
    "description": "Athena problem note: shave removal inflamed SK R neck 0.7 cm + bleeding nevus L ala 0.4 cm",
    "date": "2025-10-21",
    "patient": ("Pruitt", "Wanda", "1949-12-03", "female"),
    "provider": "ramirez", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right lateral neck", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Intradermal melanocytic nevus, left nasal ala", "D22.39", "Left nasal ala", reason=True),
        C("c3", "Essential hypertension", "I10", history=True),
    ],
    "path": [
        {"text": "Right lateral neck, shave: irritated seborrheic keratosis.", "site": "Right lateral neck"},
        {"text": "Left nasal ala, shave: intradermal melanocytic nevus, traumatized.", "site": "Left nasal ala"},
    ],
    "note_title": "Office Visit - Problem Based",
    "note": """Brazos Skin Clinic | Bryan, TX
Encounter date: 10/21/2025   Rendering: Sofia Ramirez, MD   Insurance: Aetna Medicare Advantage PPO

CHIEF COMPLAINT: "two spots that keep bleeding"

ASSESSMENT & PLAN
1. Inflamed seborrheic keratosis - R lateral neck
   - 0.7 cm tan-pink verrucous papule with crust and surrounding erythema; itches, bleeds where her collar rubs.
   - Procedure: shave removal, flush with skin, AlCl3. Specimen to path.
2. Intradermal nevus, traumatized - L nasal ala
   - 0.4 cm soft flesh-colored dome papule right under the eyeglass nose pad; bled twice this month.
   - Procedure: shave removal, electrocautery hemostasis. Specimen to path.
3. Actinic damage, face/forearms
   - No AKs on exam today. Counseled on SPF 30+, hat. Nothing destroyed.
4. Hypertension - managed by PCP, not addressed.

PROCEDURE DETAILS: verbal + written consent, time-out, 1% lidocaine w/ epi 1 mL per site, DermaBlade shave x2,
petrolatum + bandage. Tolerated well.
FOLLOW-UP: path results by portal; RTC 6 months full skin check.
Electronically signed: S. Ramirez MD
""",
    "expected": E([L("11306"), L("11310")], dx={"11306": ["L82.0"], "11310": ["D22.39"]}),
    "coder_note": "SH-1: shave removal by site group and lesion diameter: neck 0.7 cm -> 11306 (SNHFG 0.6-1.0); nose "
                  "0.4 cm -> 11310 (FEENLM <=0.5). Both symptomatic (bleeding/itching, trauma documented).",
})

SCENARIOS.append({
    "id": "s23-shave-ema-band-corrections",
    "family": "shave", "shape": "pre-coded",
    "description": "EMA grid: 11300 sent for a 0.8 cm thigh lesion (-> 11301); hand 11305 correct; E/M for decision only removed",
    "date": "2025-12-02",
    "patient": ("Kowalczyk", "Irene", "1972-03-14", "female"),
    "provider": "halvorsen", "payer": "commercial-aetna", "minutes": 20,
    "em": "99213",
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left anterior thigh", "L82.0", "Left anterior thigh", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left dorsal hand", "L82.0", "Left dorsal hand", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs", "11300", "Left anterior thigh",
          note="Lesion 0.8 x 0.6 cm, irritated, catches on clothing, bleeding. Shave to mid-dermis, AlCl3.",
          reasons=["c1"]),
        P("Shave removal, scalp/neck/hands/feet/genitalia", "11305", "Left dorsal hand",
          note="Lesion 0.5 cm, crusted, bleeds when she washes dishes. Shave removal, AlCl3.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left anterior thigh: irritated seborrheic keratosis.", "site": "Left anterior thigh"},
        {"text": "B. Left dorsal hand: inflamed seborrheic keratosis.", "site": "Left dorsal hand"},
    ],
    "note_title": "EMA Visit Note",
    "note": """SCIOTO VALLEY SKIN & MOHS - COLUMBUS, OH
Visit 12/02/2025 - Kirsten Halvorsen MD - Est. patient - Aetna HMO

CC: two irritated growths
HPI: 53F with an SK on the L thigh that rubs on her jeans and bled onto clothes twice, and a crusted one on the
back of the L hand that bleeds with dishwashing. No other concerns today.
EXAM (focused): L anterior thigh 0.8 x 0.6 cm inflamed stuck-on papule with hemorrhagic crust; L dorsal hand
0.5 cm crusted SK. No other lesions examined.

PROCEDURE GRID
| # | Site               | Procedure     | Size        | Hemostasis | Path |
|---|--------------------|---------------|-------------|------------|------|
| 1 | L anterior thigh   | Shave removal | 0.8x0.6 cm  | AlCl3      | Y    |
| 2 | L dorsal hand      | Shave removal | 0.5 cm      | AlCl3      | Y    |
Consent, lidocaine 1% w/ epi, DermaBlade. Petrolatum dressing.

A/P: Inflamed SKs x2 removed by shave as above. Path to confirm. RTC prn.
Level of service on charge: 99213 (auto-suggested by template).
""",
    "expected": E([L("11301"), L("11305")], topics=["coding-correction"]),
    "coder_note": "SH-1: thigh lesion 0.8 cm -> 11301, not 11300. Hand 0.5 cm -> 11305 as sent. The template E/M covers "
                  "only the evaluation and decision for the two shaves (GS-3) -> removed.",
})

SCENARIOS.append({
    "id": "s23-shave-scalp-no-size-ear-sized",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals: vertex scalp with no size (no line, missing doc) + R antihelix 0.6 cm (11311)",
    "date": "2025-11-18",
    "patient": ("Brandt", "Leonard", "1945-08-22", "male"),
    "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, vertex scalp", "L82.0", "Vertex scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right antihelix", "L82.0", "Right antihelix", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Vertex scalp",
          note="Irritated SK, bleeds when combing, hemorrhagic crust. Shaved flat with DermaBlade, AlCl3 hemostasis.",
          reasons=["c1"]),
        P("Shave removal", site="Right ear, antihelix",
          note="0.6 cm crusted keratotic papule, painful when he sleeps on that side. Shave removal, AlCl3.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Scalp, vertex: irritated seborrheic keratosis.", "site": "Vertex scalp"},
        {"text": "B. Right antihelix: inflamed seborrheic keratosis; no evidence of chondrodermatitis.",
         "site": "Right antihelix"},
    ],
    "note_title": "Dictated Procedure Note",
    "note": """MAUMEE BAY DERMATOLOGY, TOLEDO OHIO.
Dictated by Chidi Okonkwo MD on 11/18/2025. Medicare Part B.

Mr. Brandt is an 80 year old gentleman here for two irritated keratoses.
The one on the crown of the scalp bleeds whenever he combs and has a hemorrhagic crust today.
The one on the right antihelix hurts when he sleeps on that side and is crusted.
Past history of actinic keratoses; no skin cancers. Takes clopidogrel, which we did not stop.

Procedure: after consent and lidocaine with epinephrine, both lesions were shaved with a DermaBlade.
Aluminum chloride for hemostasis, petrolatum and a bandage.
The ear lesion measured 0.6 cm.
Both specimens went to pathology in separate containers.

He asked about the spots on his back; those are asymptomatic seborrheic keratoses and we left them alone.
Return as needed, or sooner if either site does not heal in three weeks. End of dictation.
""",
    "expected": E([L("11311")], topics=["missing-documentation"]),
    "coder_note": "SH-1 + README 'Coding decisions': the scalp shave has no lesion size anywhere -> no size-banded "
                  "line, missing-documentation finding. Ear (FEENLM) 0.6 cm -> 11311. Both symptomatic (bleeding, pain).",
})

SCENARIOS.append({
    "id": "s23-ds-bcc-edc-left-scapula",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven superficial BCC L scapula; final defect 1.4 cm -> 17262 (not the 0.9 cm lesion)",
    "date": "2025-10-09",
    "patient": ("Acosta", "Ramona", "1950-01-27", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left scapula", "C44.519", "Left scapula", reason=True),
    ],
    "procedures": [
        P("ED&C x3 cycles", site="Left scapula",
          note="Bx-proven superficial BCC (shave bx 09/17/2025, accession SD25-44102). Clinical lesion 0.9 x 0.7 cm. "
               "Curettage and electrodesiccation, 3 cycles. Final defect 1.4 cm diameter.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """SONORAN DERMATOLOGY & MOHS - TUCSON
DOS 10/09/2025  Astrid Lindgren MD  Humana Gold Plus HMO

# Superficial BCC, L scapula (biopsy 09/17/2025: superficial multifocal BCC).
  Options reviewed: ED&C, excision, topical imiquimod. Not a Mohs candidate (trunk, superficial, small).
  Pt chose ED&C.
  Procedure: consent, lidocaine 1% w/ epi 3 mL. Lesion 0.9 x 0.7 cm marked with 2 mm rim. Curettage with 4 mm and
  3 mm curettes followed by electrodesiccation, three cycles. Final defect measured 1.4 cm. No specimen.
  Vaseline, bandage; expect 3-4 weeks to heal.
# AKs: none seen today.
F/u 6 months skin check.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction, trunk (TAL), sized by the final curettage defect 1.4 cm -> 17262 "
                  "(1.1-2.0), not the 0.9 cm clinical lesion (which would give 17261).",
})

SCENARIOS.append({
    "id": "s23-ds-ak-twelve-in-words",
    "family": "destruction", "shape": "note-only",
    "description": "Dictated LN2 of AKs counted in words across three sites (7 + 4 + 1 = 12); biopsied benign lesion not treated",
    "date": "2025-11-06",
    "patient": ("Whitcomb", "Earl", "1940-10-11", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, right hand, left ear", "L57.0", "Scalp; right dorsal hand; left ear",
          reason=True),
    ],
    "note_title": "Dictated Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY, SAN MARCOS TEXAS.
Speech recognition transcript, corrections by the transcriptionist in brackets.

Date of service November 6 2025. Marc Baptiste MD dictating on Earl Whitcomb, date of birth 10/11/1940.

Mr. Whitcomb is an 85 year old rancher with a long history of actinic damage who comes in for his scheduled
actinic keratosis treatment. He did a course of five Florida [5-fluorouracil] cream in 2023 with a good
response but has new rough spots.

Exam shows gritty erythematous scaly papules consistent with actinic keratoses: seven on the scalp, four on
the dorsal right hand, and one on the left ear at the helix. The left temple lesion that we biopsied last
month came back as a benign lichenoid keratosis and is healing, nothing was done there today.

Procedure. Liquid nitrogen cryotherapy, two freeze thaw cycles, to the twelve actinic keratoses listed above.
Patient tolerated it well. Discussed blistering and crusting. Sunscreen daily, broad brim hat.

Return in four months or sooner for any non healing spot. End of dictation.
""",
    "expected": E([L("17000"), L("17003", 11)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 12 AKs (seven + four + one) -> 17000 + 17003 x11. The biopsied benign lesion was not treated; "
                  "the 2023 5-FU course is history.",
})

SCENARIOS.append({
    "id": "s23-exb-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Long-HPI note: recurrently inflamed epidermoid cyst L upper back 2.1 cm + 2 mm margins -> 11403 + 12032 (3.8 cm)",
    "date": "2025-09-30",
    "patient": ("Szabo", "Martin", "1979-06-17", "male"),
    "provider": "chen", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, left upper back", "L72.0", "Left upper back", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, left upper back, excision: ruptured epidermoid (infundibular) cyst with foreign-body "
                 "giant cell reaction. No atypia.", "site": "Left upper back"},
    ],
    "note_title": "Procedure Note",
    "note": """LAKEWOOD DERMATOLOGY - CLEVELAND, OHIO
Wei Chen, MD                                   Date of service: 09/30/2025
Insurance: Cigna Open Access Plus

HISTORY OF PRESENT ILLNESS
Mr. Szabo is a 46-year-old HVAC technician who presents for planned removal of a cyst on his left upper back
that he first noticed roughly six years ago. Over the last eighteen months it has become inflamed three
separate times; the worst episode, in March 2024, was incised and drained at an urgent care in Parma and
treated with doxycycline. Since then it has flared twice more, each time tender, red and draining a foul
cheesy material onto his work shirts, and his backpack strap sits directly on it. He has been off antibiotics
for two months and it is quiet today. He wants it out for good. He has no bleeding disorder, takes no blood
thinners, and has no allergies to lidocaine or adhesives. He does not smoke. He has had no other skin surgery.

EXAM
Left upper back, just medial to the scapular border: a 2.1 cm firm, mobile subcutaneous cyst with a central
punctum and a faint surrounding scar from the prior drainage. No current erythema or fluctuance.

PROCEDURE: Excision of epidermoid cyst with layered closure
Consent obtained after discussing scarring, recurrence, infection, bleeding, and spitting sutures. Time-out.
The cyst measured 2.1 cm at its greatest diameter; a 2 mm margin was marked around it (excised diameter
2.5 cm), drawn as a fusiform ellipse oriented along relaxed skin tension lines. Anesthesia with 1% lidocaine
with epinephrine, 8 mL. Full-thickness excision to the fascia; the cyst wall was removed intact except for a
small area of prior rupture. Hemostasis with electrocautery. Because of tension on the back, the wound was
closed in layers: 3-0 Monocryl buried vertical mattress sutures in the deep dermis/subcutaneous tissue, then
4-0 nylon simple interrupted sutures for the epidermis. Final closed length 3.8 cm.
Estimated blood loss under 5 mL. Specimen to pathology.

PLAN
Pressure dressing for 24 hours, then daily petrolatum. Suture removal in 14 days (back). Call for fever, red
streaking, or drainage. If the cyst recurs, we would consider re-excision - not expected.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.1 cm + 2 x 0.2 cm = 2.5 cm, trunk -> 11403 (2.1-3.0). Layered closure 3.8 cm on the back "
                  "-> 12032 (2.6-7.5), separately reportable (EX-5). The 2024 urgent-care I&D is history.",
})

SCENARIOS.append({
    "id": "s23-exb-scalp-nevus-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Re-excision of dysplastic nevus scalp: only the ellipse length given (no lesion size) -> repair only + missing doc",
    "date": "2025-11-20",
    "patient": ("Kessler", "Darlene", "1958-04-05", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus with moderate atypia, left parietal scalp", "D22.4", "Left parietal scalp",
          reason=True),
    ],
    "procedures": [
        P("Excision, atypical nevus w/ 2 mm margins", site="Left parietal scalp",
          note="Prior shave bx 10/28/2025: dysplastic compound nevus, moderate atypia, lateral margin involved. "
               "Excised around bx scar with 2 mm margins as a 3.4 cm fusiform ellipse to subcutaneous fat.",
          reasons=["c1"]),
        P("Layered closure", site="Left parietal scalp",
          note="Undermined, 4-0 Monocryl deep dermal x4, 4-0 nylon running. Closed length 3.4 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left parietal scalp, re-excision: residual dysplastic compound nevus with moderate atypia, "
                 "margins free.", "site": "Left parietal scalp"},
    ],
    "note_title": "Clinic Note",
    "note": """Hocking Hills Family Dermatology - Logan OH
11/20/2025  Jordan Pike (supervising dermatologist on site)  Humana MA HMO

S: here for re-ex of atypical mole L scalp. bx 10/28 moderate atypia w/ + lateral margin.
   no new sx. no blood thinners. no hx melanoma. hairdresser noticed it originally.
O: healed bx scar L parietal scalp, no residual pigment visible at edges. no nodes.
Proc: consent signed. hair clipped. 1% lido w/ epi 6 mL.
   re-excision w/ 2 mm margins around the scar, 3.4 cm ellipse to fat.
   undermined, layered closure 3.4 cm (see proc entries). EBL min. no complications.
   specimen inked at 12 o'clock.
A/P: dysplastic nevus mod atypia - re-excised. path pending at time of note.
   sutures out 10-12 d. wash hair gently from day 2.
   FSE q12 mo.
""",
    "expected": E([L("12032")], topics=["missing-documentation"]),
    "coder_note": "EX-1: excised diameter needs the lesion/scar diameter plus margins; only the 3.4 cm ellipse length "
                  "is given, which must not be used -> no excision line + missing-documentation (README precedent "
                  "exb-cyst-no-lesion-size). The layered closure of the scalp, 3.4 cm, is documented -> 12032.",
})

# =============================================================================================================
# Batch 2
# =============================================================================================================

SCENARIOS.append({
    "id": "s23-exb-df-calf-precoded-band-repair",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "EMA pre-coded 11401 + 12001 for DF R calf 0.8 cm with 2 mm margins -> 11402; simple closure included",
    "date": "2025-10-16",
    "patient": ("Haskins", "Lorraine", "1951-09-09", "female"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 30,
    "conditions": [
        C("c1", "Dermatofibroma, right calf, enlarging and bleeding", "D23.71", "Right posterior calf", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion TAL", "11401", "Right posterior calf",
          note="Lesion 0.8 x 0.7 cm, margins 2 mm each side. Fusiform excision to fat.", reasons=["c1"]),
        P("Simple repair TAL", "12001", "Right posterior calf",
          note="Closed with 4-0 nylon simple interrupted, single layer, 2.0 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right calf, excision: dermatofibroma (benign fibrous histiocytoma), margins clear.",
         "site": "Right posterior calf"},
    ],
    "note_title": "EMA Procedure Note",
    "note": """MESA VERDE SKIN INSTITUTE - MESA, AZ          Provider: Samuel Weiss MD
DOS 10/16/2025   Medicare Part B

Indication: firm brown papule R posterior calf, enlarged from ~4 mm to 8 mm over 6 months; she cuts it shaving
and it has bled 3 times (photos in chart). Pt wants it removed; benign-appearing but growing.

| Field              | Value                                   |
|--------------------|-----------------------------------------|
| Site               | R posterior calf                        |
| Pre-op dx          | Dermatofibroma vs other; enlarging      |
| Lesion size        | 0.8 x 0.7 cm                            |
| Margin             | 0.2 cm                                  |
| Technique          | Fusiform excision, full thickness       |
| Closure            | Simple, 4-0 nylon interrupted, 2.0 cm   |
| Anesthesia         | 1% lido w/ epi 4 mL                     |
| Specimen           | To path                                 |
| Complications      | None                                    |

Charge capture (auto): 11401, 12001.
F/u 14 d suture removal.
""",
    "expected": E([L("11402")], topics=["coding-correction", "ncci"]),
    "coder_note": "EX-1: 0.8 + 2 x 0.2 = 1.2 cm, leg -> 11402 (not 11401). EX-5: simple closure is included in the "
                  "excision (11402/12001 indicator 1, same wound) -> 12001 removed. Enlargement and bleeding meet BSL-3.",
})

SCENARIOS.append({
    "id": "s23-exm-bcc-cheek-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Athena note: bx-proven nodular BCC R cheek 0.9 cm + 4 mm margins -> 11642, layered closure 2.8 cm -> 12052",
    "date": "2025-11-13",
    "patient": ("Delgado", "Ernesto", "1948-11-30", "male"),
    "provider": "ramirez", "payer": "medicare-advantage-ppo", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right cheek", "C44.319", "Right malar cheek", reason=True),
        C("c2", "Type 2 diabetes mellitus without complications", "E11.9", history=True),
    ],
    "path": [
        {"text": "Skin, right cheek, excision: basal cell carcinoma, nodular type; all margins free, closest 3 mm.",
         "site": "Right cheek"},
    ],
    "note_title": "Office Visit - Procedure",
    "note": """Brazos Skin Clinic | Bryan, TX
DOS: 11/13/2025   Provider: Sofia Ramirez, MD   Payer: Aetna Medicare Advantage PPO

REASON FOR VISIT: excision of biopsy-proven BCC, right cheek (shave bx 10/22/2025: nodular BCC, base involved)

ASSESSMENT & PLAN
1. Basal cell carcinoma, nodular - R malar cheek
   - Mohs discussed at the prior visit; pt declined Mohs because the Mohs surgeon is 2 h away. Elects standard
     excision with frozen-free margins and permanent sections.
   - Lesion/biopsy site measured 0.9 cm. Excised with 4 mm clinical margins (excised diameter 1.7 cm).
   - Layered closure: 5-0 Monocryl buried deep dermal, 6-0 Prolene running subcuticular; final length 2.8 cm.
   - Specimen oriented with suture at 12 o'clock.
2. Type 2 DM - A1c 6.8 per PCP; no change. Not addressed beyond wound-healing counselling.

PROCEDURE: consent, time-out, 1% lido w/ epi 5 mL, EBL < 5 mL, no complications.
F/U: suture removal 7 days (face). Path by phone.
Signed: S. Ramirez, MD
""",
    "expected": E([L("11642"), L("12052")], dx={"11642": ["C44.319"]}),
    "coder_note": "EX-1/EX-2: 0.9 + 2 x 0.4 = 1.7 cm on the face -> 11642 (1.1-2.0). Intermediate repair of the face "
                  "2.8 cm -> 12052 (2.6-5.0), separately reportable (EX-5).",
})

SCENARIOS.append({
    "id": "s23-exm-scc-forearm-reexcision-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision for positive margin 8 days after SCC excision (in the 010 global): 11604-58 + 12032-58",
    "date": "2025-10-14",
    "patient": ("Lindahl", "Gunnar", "1944-03-02", "male"),
    "provider": "halvorsen", "payer": "medicare-noname", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left dorsal forearm, margin positive", "C44.629", "Left dorsal forearm",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-10-06", "11602", "Excision malignant lesion L forearm, excised diameter 1.6 cm",
              "Left dorsal forearm", "SCC, well differentiated; peripheral margin involved at 3 o'clock."),
    ],
    "procedures": [
        P("Re-excision of SCC site for positive margin", site="Left dorsal forearm",
          note="Healing scar 2.2 cm long. Re-excised with 0.5 cm margins around the entire scar, to fascia.",
          reasons=["c1"]),
        P("Intermediate (layered) repair", site="Left dorsal forearm",
          note="Undermining, 4-0 Vicryl deep, 4-0 nylon vertical mattress. Repair length 5.5 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left forearm, re-excision: scar with granulation tissue; no residual squamous cell carcinoma. "
                 "Margins free.", "site": "Left dorsal forearm"},
    ],
    "note_title": "Procedure Note",
    "note": """SCIOTO VALLEY SKIN & MOHS - Columbus OH - K. Halvorsen MD - 10/14/2025 - Medicare Part B

Returns 8 days after excision of a well-differentiated SCC of the L dorsal forearm (10/06/2025).
Final path showed the peripheral margin involved at 3 o'clock.
Planned re-excision was discussed at that time; Mohs offered, pt prefers standard re-excision here.
Sutures from the first excision still in; wound intact, no infection.
On apixaban - continued per cardiology.

Procedure: consent, 1% lidocaine w/ epi 10 mL.
Scar measured 2.2 cm; 0.5 cm margins marked around the whole scar.
Excised to fascia; specimen oriented with a suture at 12 o'clock.
Layered closure 5.5 cm after undermining.
EBL 10 mL. No complications.

Plan: path to confirm clearance; sutures out in 14 days; skin check every 6 months.
""",
    "expected": E([L("11604", 1, "58"), L("12032", 1, "58")], topics=["global-period"],
                  dx={"11604": ["C44.629"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> 58 on the "
                  "procedure lines; malignant code even though the re-excision is negative. 2.2 + 2 x 0.5 = 3.2 cm arm "
                  "-> 11604; layered repair 5.5 cm arm -> 12032, also 58 (ho- precedent).",
})

SCENARIOS.append({
    "id": "s23-exm-hand-precoded-benign-path-scc",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "EMA pre-coded 11422 before path; path invasive SCC L dorsal hand 1.0 cm + 3 mm margins -> 11622; 12041 kept",
    "date": "2025-11-25",
    "patient": ("Nez", "Clarence", "1947-02-14", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, left dorsal hand", "D49.2", "Left dorsal hand",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion SNHFG", "11422", "Left dorsal hand",
          note="Hyperkeratotic nodule 1.0 cm, 3 mm margins, elliptical excision to subcutis.", reasons=["c1"]),
        P("Intermediate repair neck/hands/feet", "12041", "Left dorsal hand",
          note="Layered: 5-0 Monocryl deep, 5-0 nylon superficial; 2.4 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left dorsal hand, excision: invasive squamous cell carcinoma, well differentiated, depth 1.8 mm; "
                 "margins free (closest 2 mm).", "site": "Left dorsal hand"},
    ],
    "note_title": "EMA Procedure Note",
    "note": """MESA VERDE SKIN INSTITUTE - MESA AZ   |  Samuel Weiss MD  |  DOS 11/25/2025  |  Humana Gold Plus HMO

Pre-op dx: hyperkeratotic nodule L dorsal hand, r/o SCC vs hypertrophic AK vs wart (not biopsied first - pt
travels from Kayenta; excisional approach chosen).

PROCEDURE GRID
| Site            | Lesion  | Margin | Excised dia. | Depth      | Closure                    | Length |
|-----------------|---------|--------|--------------|------------|----------------------------|--------|
| L dorsal hand   | 1.0 cm  | 0.3 cm | 1.6 cm       | subcutis   | Intermediate, layered      | 2.4 cm |

Charges were dropped on the day of surgery, before the pathology report (11422, 12041).
Path (final, 11/28/2025): invasive SCC, well differentiated, margins free.
Plan: suture removal 12 days, skin check q6 mo. No further surgery needed.
""",
    "expected": E([L("11622"), L("12041")], topics=["coding-correction"], dx={"11622": ["C44.629"]}),
    "coder_note": "EX-3/DX-2: benign vs malignant follows the final pathology (invasive SCC) -> 11622 for 1.0 + 2 x 0.3 = "
                  "1.6 cm on the hand (SNHFG 1.1-2.0). Layered repair of the hand 2.4 cm -> 12041 as sent.",
})

SCENARIOS.append({
    "id": "s23-exm-mis-back-nevus-arm-summed-repair",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Dictation: MIS upper back (11602) + atypical nevus L arm (11401); layered repairs 4.0 + 2.0 summed -> 12032",
    "date": "2025-12-09",
    "patient": ("Ostrowski", "Helen", "1953-07-21", "female"),
    "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 60,
    "conditions": [
        C("c1", "Melanoma in situ, upper back", "D03.59", "Upper back, right of midline", reason=True),
        C("c2", "Compound nevus with mild atypia, left upper arm", "D22.62", "Left upper arm", reason=True),
    ],
    "path": [
        {"text": "A. Upper back, wide excision: residual melanoma in situ, margins free by 4 mm.", "site": "Upper back"},
        {"text": "B. Left upper arm, excision: compound nevus with mild architectural atypia, margins free.",
         "site": "Left upper arm"},
    ],
    "note_title": "Dictated Operative Note",
    "note": """MAUMEE BAY DERMATOLOGY, TOLEDO. Operative note dictated by Dr. Chidi Okonkwo, date of service December 9, 2025.

Mrs. Ostrowski is a 72 year old woman with a melanoma in situ of the upper back diagnosed on shave biopsy on
November 12, 2025, here for wide local excision. While marking the back we also looked at a mole on the left
upper arm that she says has darkened and grown since spring; it is irregular at the border, and given her new
melanoma diagnosis I did not want to leave it, so it was excised as well with her consent.

First, the upper back. The residual pigmented biopsy site measured 0.6 centimeters. Five millimeter margins
were marked, for an excised diameter of 1.6 centimeters. After lidocaine with epinephrine the ellipse was
excised to the fascia. The wound was undermined and closed in layers with 3-0 Monocryl deep and 4-0 nylon on
the surface, final length 4.0 centimeters.

Second, the left upper arm. The lesion measured 0.5 centimeters, and 2 millimeter margins were used, giving
0.9 centimeters. Excised to fat and closed in layers, 4-0 Monocryl and 5-0 nylon, final length 2.0
centimeters.

Both specimens were sent to pathology. No sentinel node procedure is indicated for in situ disease. Sutures
out in two weeks. Full skin exam every three months for the first year. End of dictation.
""",
    "expected": E([L("11602"), L("11401"), L("12032")], dx={"11602": ["D03.59"], "11401": ["D22.62"]}),
    "coder_note": "EX-3: melanoma in situ -> malignant excision, 0.6 + 2 x 0.5 = 1.6 cm trunk -> 11602; nevus (benign "
                  "path) 0.5 + 2 x 0.2 = 0.9 cm arm -> 11401. REP-1: both layered repairs are in the 12031-12037 group "
                  "(trunk and arm) -> summed 6.0 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s23-mohs-helix-ema-17315-overcount",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs grid R helix SCC: stage 1 six blocks, stage 2 three blocks; EMA sent 17315 x2 -> x1; helical rim 13151",
    "date": "2025-10-28",
    "patient": ("Teague", "Wilbur", "1939-05-16", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right helix", "C44.222", "Right helix", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", "17311", "Right helix", note="Stage 1: 6 tissue blocks.", reasons=["c1"]),
        P("Mohs, head/neck, additional stage", "17312", "Right helix", note="Stage 2: 3 tissue blocks.",
          reasons=["c1"]),
        P("Mohs, additional block(s)", "17315", "Right helix", note="Additional blocks - qty 2 per grid total.",
          reasons=["c1"]),
        P("Complex repair, ear", "13151", "Right helix",
          note="Helical rim free margin involved; 2.2 cm complex repair with cartilage trimming.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """TRINITY MOHS SURGERY - FORT WORTH TX
Surgeon and pathologist: Erik Lindqvist MD           DOS 10/28/2025      Medicare Part B (Novitas JH)

Dx: invasive SCC, well differentiated, R helix (bx 10/01/2025, referring dermatologist). Primary tumor.
Pre-op size: 1.1 x 0.9 cm. Area H (ear).

STAGE TABLE
| Stage | Blocks | Map result                       | Cumulative blocks |
|-------|--------|----------------------------------|-------------------|
| I     | 6      | + at block 4 (posterior rim)     | 6                 |
| II    | 3      | clear                            | 9                 |

Blocks beyond five in any stage: stage I = 1; stage II = 0.
Final defect 2.0 x 1.4 cm through the helical rim, cartilage exposed.

Repair: complex repair of the helical rim (free margin), cartilage trimmed, wedge-like advancement, layered 5-0
Vicryl / 6-0 Prolene. Repair length 2.2 cm.
Frozen sections prepared and read by the surgeon; no specimen sent out.
Billing grid (EMA auto-populated): 17311 x1, 17312 x1, 17315 x2, 13151 x1.
Post-op: wound care, acetaminophen, f/u 1 week.
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13151")], topics=["coding-correction"]),
    "coder_note": "MOHS-2: head site, 2 stages -> 17311 + 17312; 17315 counts blocks beyond 5 in each stage: stage I "
                  "6 blocks -> 1, stage II 3 -> 0, so 17315 x1 (not x2). MOHS-7: complex repair of the helical rim "
                  "2.2 cm -> 13151, separately reportable.",
})

SCENARIOS.append({
    "id": "s23-mohs-arm-nodular-bcc-abn-ga",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs of a small primary nodular BCC on the upper arm (AUC area L, criteria not met), ABN signed -> 17313-GA",
    "date": "2025-11-10",
    "patient": ("Beckford", "Alma", "1956-08-29", "female"),
    "provider": "halvorsen", "payer": "medicare-noname", "minutes": 90,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left upper arm", "C44.619", "Left lateral upper arm", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """SCIOTO VALLEY SKIN & MOHS - Columbus, Ohio
Mohs surgeon (surgeon and pathologist): Kirsten Halvorsen, MD      Date: 11/10/2025      Medicare Part B

HISTORY
Ms. Beckford is a 69-year-old retired schoolteacher referred by her general dermatologist with a biopsy-proven
nodular basal cell carcinoma of the left lateral upper arm (shave biopsy 10/15/2025). This is a primary tumor,
never treated. She is not immunosuppressed, has no history of radiation to the site, no genetic syndrome, and
the pathology shows a purely nodular pattern without infiltrative, morpheaform or micronodular features. She
had a wide excision scar on her right arm in 2012 that spread and she was unhappy with it; she strongly wants
Mohs for this one.

COUNSELLING / ABN
I explained that a 1.2 cm primary nodular BCC on the upper arm (trunk/extremity area) in an immunocompetent
patient does not meet the appropriate-use criteria for Mohs surgery and that Medicare is likely to deny payment
as not medically necessary. Standard excision and ED&C were offered as covered alternatives. She chose Mohs and
signed the Advance Beneficiary Notice (CMS-R-131) before the procedure, selecting Option 1. Copy in chart.

PROCEDURE
Pre-op clinical size 1.2 x 1.0 cm. Lidocaine 1% with epinephrine. Stage 1 excised with 2 mm margin, divided into
3 tissue blocks, mapped, frozen sections read by me: clear. One stage total.
Final defect 1.6 x 1.4 cm. Allowed to heal by second intention per patient preference after discussing a layered
closure; no repair performed. Pressure dressing.

PLAN
Wound care handout; f/u 4 weeks. Return to her general dermatologist for skin checks.
""",
    "expected": E([L("17313", 1, "GA")], topics=["medical-necessity"]),
    "coder_note": "MOHSN-2/COS-4 + README decision: trunk/extremity Mohs not meeting AUC (area L, <2 cm, primary, "
                  "nodular, immunocompetent) is expected to be denied as not reasonable and necessary; ABN signed, "
                  "Medicare FFS -> 17313-GA. One stage, 3 blocks, no repair.",
})

SCENARIOS.append({
    "id": "s23-mohs-nasal-sidewall-sameday-bx-frozen-59",
    "family": "mohs", "shape": "note-only",
    "description": "Dictated: never-biopsied L nasal sidewall papule, same-day tangential bx + frozen section read as BCC, then Mohs 2 stages",
    "date": "2025-12-04",
    "patient": ("Ybarra", "Teodoro", "1952-04-12", "male"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left nasal sidewall", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "note_title": "Dictated Mohs Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - MOHS SURGERY NOTE (speech recognition; transcription corrections in brackets)
Adaeze Okafor MD, fellowship-trained Mohs surgeon, acting as surgeon and pathologist. Date of service 12/04/2025.

Mister Ybarra is a 73 year old man sent by his family physician in Lockhart for a pearly bleeding papule of the
left nasal sidewall, present about a year. It has never been biopsied and there is no pathology anywhere for
this lesion. He takes warfarin for a mechanical mitral valve, and his cardiologist asked that we limit him to a
single procedure session rather than two separate ones, so we agreed on a diagnostic biopsy with frozen section
today, and to go straight on to Mohs surgery only if the frozen section shows carcinoma. INR 2.6 this morning.

Diagnostic biopsy. After consent, lidocaine with a pie [lidocaine with epinephrine]. Tangential shave biopsy of
the 0.8 by 0.6 centimeter papule with a derma blade [DermaBlade]. The specimen was processed as a frozen
section in our laboratory and I read it: basal cell carcinoma, nodular type. On the basis of that result we
proceeded with Mohs micrographic surgery.

Mohs. Time out repeated. Stage one, three tissue blocks, residual tumor at the superior margin in block two.
Stage two, two tissue blocks from the superior aspect, clear.
Final defect 1.2 by 1.0 centimeters. We talked about a flap versus second intention and he prefers to let it
granulate; concave sidewall, reasonable. No repair today. Pressure dressing.

Plan: wound care, follow up in one week. End of dictation.
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")]),
    "coder_note": "MOHS-5(a)/BX-5(2): diagnostic biopsy with frozen section of a never-biopsied lesion on the Mohs day, "
                  "whose result decided the Mohs -> 11102-59 and 88331-59 (same lesion, so 59 not XS, README decision). "
                  "Nose, 2 stages, no stage over 5 blocks -> 17311 + 17312. No repair.",
})

SCENARIOS.append({
    "id": "s23-mohs-chin-sccis-em25-dyshidrosis",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs chin SCCIS one stage + layered 3.0 cm; separate E/M for new hand dyshidrotic eczema with Rx -> 99213-25",
    "date": "2025-10-30",
    "patient": ("Whitehorse", "Evelyn", "1955-01-06", "female"),
    "provider": "nakamura", "payer": "medicare-advantage-ppo", "minutes": 110,
    "em": "99213",
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, chin", "D04.39", "Chin, left of midline", reason=True),
        C("c2", "Dyshidrotic eczema, both hands", "L30.1", "Bilateral palms and lateral fingers", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Chin",
          note="4 tissue blocks, all margins clear after first stage. Surgeon = pathologist.", reasons=["c1"]),
        P("Layered closure", site="Chin",
          note="Defect 1.3 x 1.0 cm; undermined, 5-0 Monocryl deep, 6-0 nylon; repair length 3.0 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Day Note",
    "note": """SONORAN DERMATOLOGY & MOHS - Tucson AZ | Ren Nakamura MD | 10/30/2025 | Aetna Medicare Advantage PPO

# SCC in situ, chin (bx 09/30/2025) - Mohs today, see procedure entries. One stage, clear. Layered repair 3.0 cm.

# NEW: itchy blisters on both hands x 6 weeks - pt raised this today, unrelated to the chin.
  Hx: tapioca-like vesicles on palms and sides of fingers, worse with stress and heat; no new exposures; works
  as a potter. Exam: deep-seated vesicles lateral fingers and palms bilaterally, scaling, no pustules, feet
  clear, no tinea pedis.
  Dx: dyshidrotic eczema. Plan: clobetasol 0.05% ointment BID x 2 weeks then weekends (Rx sent), cotton-under-
  nitrile gloves for clay work, bland emollient. Recheck at the 6-week Mohs follow-up.

Level of service for the hand problem: 99213 (separately identifiable; Mohs decision was made at the consult
on 10/07).
""",
    "expected": E([L("99213", 1, "25"), L("17311"), L("12052")]),
    "coder_note": "GS-3: the E/M addresses a new unrelated problem with prescription management -> 99213-25. MOHS-2: "
                  "chin, 1 stage 4 blocks -> 17311. MOHS-7: layered repair of the face 3.0 cm -> 12052 (2.6-5.0).",
})

SCENARIOS.append({
    "id": "s23-rep-lacerations-summed-groups",
    "family": "repair", "shape": "note-only",
    "description": "Rural clinic: three simple lacerations; forearm 2.0 + palm 3.1 summed -> 12002, chin 1.5 -> 12011",
    "date": "2025-09-12",
    "patient": ("Shumaker", "Tyler", "1988-02-25", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Laceration without foreign body, left forearm, initial encounter", "S51.812A", "Left forearm",
          reason=True),
        C("c2", "Laceration without foreign body, right hand (palm), initial encounter", "S61.411A", "Right palm",
          reason=True),
        C("c3", "Laceration without foreign body of chin, initial encounter", "S01.81XA", "Chin", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """Hocking Hills Family Dermatology - Logan OH - walk-in - 09/12/2025 - J. Pike - BCBS PPO

S: 37M fell off a ladder onto a gravel drive 1 h ago cleaning gutters. no LOC, no neck pain. Tdap 2023.
O: clean lacerations, no FB on exploration, no tendon involvement, full ROM/sensation of R hand.
   1) L volar forearm 2.0 cm
   2) R palm 3.1 cm
   3) chin 1.5 cm
Proc: irrigated w/ 250 mL NS each, lido 1% plain. All closed single layer:
   1) L forearm 2.0 cm - 4-0 nylon simple interrupted
   2) R palm 3.1 cm - 4-0 nylon simple interrupted
   3) chin 1.5 cm - 6-0 nylon simple interrupted
   No layered closure needed; not contaminated beyond routine gravel dust rinsed off.
A/P: simple lacerations x3 repaired. Sutures out: chin 5 d, forearm/palm 10-12 d. Wound care sheet.
""",
    "expected": E([L("12002"), L("12011")]),
    "coder_note": "REP-1/REP-2: simple repairs summed per site group: forearm 2.0 + palm 3.1 = 5.1 cm (12001-12007 "
                  "group incl. hands) -> 12002; chin 1.5 cm (face group) -> 12011. No PTP edit between 12011 and 12002.",
})

# =============================================================================================================
# Batch 3
# =============================================================================================================

SCENARIOS.append({
    "id": "s23-id-two-abscesses-precoded-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "OCR superbill: two abscesses (buttock loculated + packed, L thigh) sent as 10060 x2 -> 10061 x1",
    "date": "2025-08-19",
    "patient": ("Cantu", "Rogelio", "1983-12-01", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
        C("c2", "Cutaneous abscess of left lower limb", "L02.416", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("I&D ABSCESS SIMPLE", "10060", "R buttock", reasons=["c1"]),
        P("I&D ABSCESS SIMPLE", "10060", "L thigh", reasons=["c2"]),
    ],
    "note_title": "Superbill / Procedure Record (scanned)",
    "note": """RIO GRANDE VALLEY DERMATOLOGY * McALLEN TX   [superbill + procedure sheet, OCR retyped by billing office]
PT: CANTU, ROGELIO   DOS 08/19/2025   INS: UHC CHOICE PLUS   MD: I. CASTELLANOS

[X] 10060 I&D ABSC SIMPLE/SINGLE  x 2     [ ] 10061 I&D ABSC COMPLIC/MULT     [ ] 10140 ____
DX: L02.31, L02.416

PROCEDURE SHEET (handwritten):
42M, 2 boils x 5 days, no fever. No prior MRSA. Not diabetic.
#1 R buttock - 3.5 cm fluctuant, indurated. Lido 1%. Incised 1.5 cm, purulent drainage, multiple loculations
   broken up with hemostat, irrigated, packed w/ 1/4" iodoform gauze ~ 20 cm. Culture sent.
#2 L ant thigh - 1.5 cm pointing abscess. Incised 0.5 cm, expressed, no packing needed.
Rx: TMP-SMX DS BID x 7 d. Warm compresses. RTC 48 h for packing removal.
[signature]
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "10060 is simple or single; 10061 is complicated or multiple and is reported once per session "
                  "(MUE 1). Two abscesses, one with loculations broken and packing -> 10061 x1 (t3- precedent: several "
                  "abscesses at one session = 10061); the single 10061 unit covers both abscesses, so no 10060 line remains.",
})

SCENARIOS.append({
    "id": "s23-id-cheek-cyst-acne-em25",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Teen on Texas Medicaid: I&D inflamed epidermoid cyst L cheek + separate acne management with new Rx -> 99213-25",
    "date": "2025-09-04",
    "patient": ("Reyna", "Maribel", "2008-05-15", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Inflamed epidermoid cyst, left mandibular cheek", "L72.0", "Left mandibular cheek", reason=True),
        C("c2", "Acne vulgaris, inflammatory, forehead/chest/upper back", "L70.0", "Forehead, chest, upper back",
          reason=True),
    ],
    "procedures": [
        P("I&D of inflamed cyst", site="Left mandibular cheek",
          note="1.2 cm fluctuant tender cyst, present 2 yrs, acutely inflamed 4 d. Stab incision with #11 blade, "
               "cheesy purulent contents expressed, cyst cavity irrigated; no packing.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Brazos Skin Clinic | Bryan, TX | 09/04/2025 | Sofia Ramirez, MD | Texas Medicaid

17 y/o F, est pt (last seen 2024 for warts), with mom.

ASSESSMENT & PLAN
1. Inflamed epidermoid cyst - L mandibular cheek
   - Long-standing cyst, now red, painful, fluctuant x 4 days. I&D performed today (see procedure).
   - Warm compresses; discussed later excision of the cyst wall once calm if it recurs.
2. Acne vulgaris, moderate inflammatory - forehead, chest, upper back (separate problem, new this year)
   - Papules and pustules, scattered nodules on back, early scarring on chest. OTC BPO wash failed x 3 months.
   - Start doxycycline 100 mg daily with food (photosensitivity, esophagitis precautions reviewed) and tretinoin
     0.025% cream nightly; continue BPO wash. Rx sent to pharmacy.
   - Reassess in 8-10 weeks; isotretinoin discussed as a possible future step only.

Level of service documented for the acne management: 99213 (separate from the cyst procedure).
""",
    "expected": E([L("99213", 1, "25"), L("10060")]),
    "coder_note": "GS-3: the acne evaluation with new prescription drug management is significant and separate from "
                  "the cyst I&D decision -> 99213-25 (10060/99213 indicator 1 bypassed by 25). Single cyst I&D without "
                  "packing -> 10060.",
})

SCENARIOS.append({
    "id": "s23-il-keloids-chest-three",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK of three presternal keloids, Kenalog-40 0.5 mL each (60 mg) -> 11900 + J3301 x6",
    "date": "2025-10-07",
    "patient": ("Okoye", "Damilola", "1990-10-19", "male"),
    "provider": "marchetti", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, presternal chest, pruritic and painful", "L91.0", "Presternal chest", reason=True),
    ],
    "procedures": [
        P("ILK - keloids x3", site="Presternal chest",
          note="Triamcinolone acetonide (Kenalog-40, 40 mg/mL) 0.5 mL into each of 3 keloids (total 1.5 mL) via 30 g "
               "needle, until blanching.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Camelback Medical & Aesthetic Dermatology - Scottsdale AZ
Luca Marchetti MD - 10/07/2025
Medical visit (insurance: Aetna HMO)

35M with three keloids on the presternal chest after folliculitis 2 years ago.
They itch daily and hurt when his seatbelt crosses them.
Third series of injections (last 09/02/2025, 6 weeks ago); each keloid about 30% flatter.
No atrophy or hypopigmentation so far.

Procedure: alcohol prep.
Kenalog-40 0.5 mL into each of the three keloids (1.5 mL total = 60 mg), 30 g needle, to blanching.
Tolerated well.

Discussed hypopigmentation/atrophy risk again. Silicone gel sheets nightly.
Not interested in cryotherapy or excision.
Return 6 weeks for the next series.
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions -> 11900 (up to 7). J3301 per 10 mg: 0.5 mL x 3 x 40 mg/mL = 60 mg -> J3301 x6.",
})

SCENARIOS.append({
    "id": "s23-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "Narrative: alopecia areata, nine scalp patches injected, Kenalog 10 mg/mL 3.2 mL -> 11901 + J3301 x4; brows not injected",
    "date": "2025-11-12",
    "patient": ("Patterson", "Kayla", "2010-03-08", "female"),
    "provider": "chen", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Alopecia areata, multifocal scalp", "L63.9", "Scalp", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """LAKEWOOD DERMATOLOGY - CLEVELAND, OHIO
Wei Chen, MD        Date of service: 11/12/2025        Molina Healthcare (Ohio Medicaid)

HISTORY OF PRESENT ILLNESS
Kayla is a 15-year-old girl seen with her father for follow-up of alopecia areata first diagnosed in June 2025.
Since her last visit eight weeks ago, when we started clobetasol solution, she has developed several new patches
and the original occipital patch has widened. There has been no hair regrowth with the topical. She is
self-conscious at school and has started wearing a headband to cover the frontal patch. No family history of
thyroid disease; TSH in July was normal. She has no nail pitting. She and her father want to proceed with
injections, which we discussed in detail in September. Her eyebrows have thinned at the tails and she asked
about treating them as well; we agreed to start with the scalp only and revisit the brows in six weeks.

EXAM
Nine smooth, non-scarring patches of alopecia on the scalp: two occipital, three right parietal, two left
parietal, one vertex, one frontal, ranging from 1 to 3.5 cm, with exclamation-point hairs at the active
borders. Lateral eyebrow thinning bilaterally. No nail changes.

PROCEDURE: intralesional corticosteroid
After verbal consent from the patient and written consent from her father, topical anesthetic cream was
applied for 30 minutes. Triamcinolone acetonide 10 mg/mL was injected intradermally in 0.1 mL aliquots spaced
1 cm apart into each of the nine scalp patches, total volume 3.2 mL. No eyebrow injections today. She tolerated
the procedure well with her father present.

PLAN
Continue clobetasol solution nightly to the patches. Repeat injections in 6 weeks. If more than 50 percent scalp
involvement develops, we will discuss a JAK inhibitor. Counseled on the unpredictable course and on the
National Alopecia Areata Foundation resources.
""",
    "expected": E([L("11901"), L("J3301", 4)]),
    "coder_note": "Nine lesions -> 11901 (more than 7). 3.2 mL x 10 mg/mL = 32 mg -> J3301 ceil(3.2) = 4. The eyebrows "
                  "were not injected.",
})

SCENARIOS.append({
    "id": "s23-il-prurigo-precoded-11901-six",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Pre-coded 11901 + J3301 x1 for six prurigo nodules, 1.8 mL of 10 mg/mL -> 11900 + J3301 x2",
    "date": "2025-12-11",
    "patient": ("Gorski", "Bernard", "1950-06-03", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Prurigo nodularis, shins and forearms", "L28.1", "Bilateral shins and forearms", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, more than 7 lesions", "11901", "Shins and forearms", reasons=["c1"]),
        P("Triamcinolone acetonide inj per 10 mg", "J3301", "Shins and forearms", note="Qty 1", reasons=["c1"]),
    ],
    "note_title": "Dictated Procedure Note",
    "note": """MAUMEE BAY DERMATOLOGY, TOLEDO.
Dictated by Chidi Okonkwo MD, December 11, 2025. Humana Gold Plus HMO.

Mr. Gorski returns for his prurigo nodularis.
The itch is improving on dupilumab, now about four out of ten, but six stubborn excoriated nodules remain.
Four are on the shins and two on the forearms, and he asked for injections into those.

Procedure: after alcohol prep, each of the six nodules was injected with triamcinolone 10 milligrams per
milliliter, 0.3 milliliters per nodule, total 1.8 milliliters.
No other lesions were injected. He tolerated it well.

Continue dupilumab every two weeks and the clobetasol under occlusion at night.
Return in 8 weeks. End of dictation.
""",
    "expected": E([L("11900"), L("J3301", 2)], topics=["coding-correction"]),
    "coder_note": "Six lesions -> 11900, not 11901 (more than 7). 1.8 mL x 10 mg/mL = 18 mg -> J3301 x2 (per 10 mg, "
                  "rounded up), not x1.",
})

SCENARIOS.append({
    "id": "s23-nail-avulsion-both-great-toes-precoded",
    "family": "nails", "shape": "pre-coded",
    "description": "Pre-coded 11730 twice without digits; left hallux first then right -> 11730-TA + 11732-T5",
    "date": "2025-10-02",
    "patient": ("Hatfield", "Norma", "1948-01-13", "female"),
    "provider": "pike", "payer": "medicare-noname", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe", "L60.0", "Left great toe", reason=True),
        C("c2", "Ingrowing nail, right great toe", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", "11730", "Left great toe", note="Total avulsion, done first.", reasons=["c1"]),
        P("Nail avulsion", "11730", "Right great toe", note="Total avulsion, done second.", reasons=["c2"]),
    ],
    "note_title": "Clinic Note",
    "note": """Hocking Hills Family Dermatology - Logan OH - 10/02/2025 - J. Pike - Medicare

S: 77F, both big toenails ingrown and painful x 3 mo, drainage L.
   Tried soaks, cotton wisps, wider shoes. Not diabetic. No PAD. No anticoagulants.
O: L hallux: both borders incurved, granulation tissue lateral fold, serous drainage.
   R hallux: medial border embedded, erythema, tender.
   Pulses palpable, cap refill < 2 s.
Proc: consent. digital blocks 1% lido plain, tourniquet.
   Total nail plate avulsion L great toe first, then R great toe.
   No matrixectomy (pt wants to see if they grow back straight).
   Bacitracin, bulky dressing. Tourniquets off, good refill.
A/P: ingrown great toenails bilat - avulsed. Soaks BID, recheck 2 wks. Matrixectomy if recurs.
Charge sheet: 11730 x2.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T5")], topics=["coding-correction"]),
    "coder_note": "11730 is the first nail, +11732 each additional (MUE 11730 = 1). Digit modifiers on nail codes: "
                  "left great toe (first) TA, right great toe T5. No matrixectomy -> no 11750.",
})

SCENARIOS.append({
    "id": "s23-nail-matrixectomy-right-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Dictation: recurrent ingrown R hallux lateral border, partial avulsion + phenol matrixectomy -> 11750-T5",
    "date": "2025-11-21",
    "patient": ("Salinas", "Joaquin", "1996-09-27", "male"),
    "provider": "baptiste", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe, lateral border", reason=True),
    ],
    "note_title": "Dictated Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - SAN MARCOS TX. Speech recognition; transcriptionist corrections in brackets.
Date of service 11/21/2025. Marc Baptiste MD.

Mr. Salinas is a 29 year old warehouse worker with a third episode of an ingrown right great toenail at the
lateral border. The last episode in October had a paronychia that cleared with cephalexin; there is no
abscess today and no incision and drainage is needed. He wants a permanent fix.

Procedure: after a digital block with lidocaine plain 3 milliliters and a tourniquet, the lateral one fifth of
the right hallux nail plate was freed and avulsed, then the lateral matrix horn was treated with 88 percent
fennel [phenol], three 30 second applications, neutralized with alcohol. Permanent narrowing of the nail is
intended. Tourniquet off, good capillary refill. Silvadene and dressing.

Plan: soaks twice daily, recheck in 2 weeks. The left great toe is fine and was not treated. End of dictation.
""",
    "expected": E([L("11750", 1, "T5")]),
    "coder_note": "Partial nail avulsion with chemical matrixectomy for permanent removal -> 11750 (the avulsion is "
                  "included; 11750/11730 indicator 1, same nail). Digit modifier T5 = right great toe. No I&D.",
})

SCENARIOS.append({
    "id": "s23-paring-three-calluses-diabetic",
    "family": "paring", "shape": "free-text",
    "description": "Diabetic neuropathy: three calluses pared (two right, one left) -> 11056",
    "date": "2025-09-17",
    "patient": ("Brennan", "Walter", "1942-11-04", "male"),
    "provider": "chen", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Plantar feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "procedures": [
        P("Paring of callus", site="Right plantar 1st metatarsal head",
          note="Thick hyperkeratotic callus 2.0 cm pared with #15 blade to healthy tissue.", reasons=["c1", "c2"]),
        P("Paring of callus", site="Right plantar heel",
          note="1.5 cm callus pared; no underlying ulcer.", reasons=["c1", "c2"]),
        P("Paring of callus", site="Left plantar 5th metatarsal head",
          note="1.2 cm callus pared; no pre-ulcerative hemorrhage.", reasons=["c1", "c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """LAKEWOOD DERMATOLOGY - CLEVELAND, OHIO
Wei Chen, MD   09/17/2025   Humana Gold Plus HMO

Mr. Brennan is an 82-year-old man with type 2 diabetes complicated by peripheral neuropathy (absent monofilament
sensation at 8 of 10 sites bilaterally on today's exam), followed by podiatry in the past but his podiatrist
retired in the spring. He has painful thick calluses that make walking to his mailbox difficult. He cannot
safely reach or see his feet because of obesity and macular degeneration, and his wife is afraid to cut them.

Exam: three plantar calluses - right first metatarsal head 2.0 cm, right heel 1.5 cm, left fifth metatarsal head
1.2 cm. No ulceration, no hemorrhage beneath the callus, no signs of infection. Toenails are thick but he did
not want them addressed today, and they were not debrided.

Procedure: each of the three calluses was pared down with a #15 blade to healthy pink tissue without bleeding.
Offloading pads applied. Referred to a new podiatrist and for diabetic shoes. Return in 9 weeks.
""",
    "expected": E([L("11056")]),
    "coder_note": "Paring of benign hyperkeratotic lesions: 2-4 lesions -> 11056 (three calluses). Nails not debrided.",
})

SCENARIOS.append({
    "id": "s23-paring-corn-plus-plantar-warts",
    "family": "paring", "shape": "note-only",
    "description": "Athena note: pared one corn R 5th toe (11055) + LN2 to two plantar warts L heel (17110-XS)",
    "date": "2025-10-23",
    "patient": ("Mabry", "Colleen", "1985-07-09", "female"),
    "provider": "ramirez", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Corn (heloma durum), right fifth toe", "L84", "Right fifth toe, dorsolateral", reason=True),
        C("c2", "Plantar warts, left heel", "B07.0", "Left plantar heel", reason=True),
    ],
    "note_title": "Office Visit - Problem Based",
    "note": """Brazos Skin Clinic | Bryan, TX
10/23/2025 | Sofia Ramirez, MD | Cigna Open Access Plus

CC: painful spots on both feet

ASSESSMENT & PLAN
1. Heloma durum (hard corn) - R fifth toe, dorsolateral
   - Painful in work shoes; central core, no wart dots when pared.
   - Procedure: paring of the single corn with #15 blade, core removed. Toe sleeve given.
2. Verruca plantaris - L plantar heel, two lesions (5 mm and 7 mm)
   - Pinpoint thrombosed capillaries; painful with walking.
   - Procedure: pared the surface callus for visualization, then liquid nitrogen, 2 freeze-thaw cycles, to both
     warts.
   - Salicylic acid 40% pads at home between visits. Cantharidin discussed, not used today.
3. Onychomycosis, L hallux - pt not interested in treatment now.

Return 3-4 weeks for repeat cryo.
""",
    "expected": E([L("11055"), L("17110", 1, "XS")]),
    "coder_note": "One corn pared -> 11055. Two warts destroyed -> 17110 x1. 11055/17110 is indicator 1 with 17110 as "
                  "column 2; different lesions -> 17110-XS. Paring the wart surface before cryo is part of 17110.",
})

SCENARIOS.append({
    "id": "s23-patch-north-american-80",
    "family": "patch-test", "shape": "note-only",
    "description": "EMA note: 80-allergen comprehensive series applied to the back -> 95044 x80; readings not billed separately",
    "date": "2025-11-03",
    "patient": ("Fairbanks", "Melissa", "1979-02-22", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause, eyelids and neck", "L23.9", "Eyelids, neck",
          reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": """MESA VERDE SKIN INSTITUTE - Contact Dermatitis Clinic - Mesa, AZ
Samuel Weiss MD | DOS 11/03/2025 | UHC Choice Plus

Indication: chronic eyelid and neck dermatitis x 1 yr, suspected allergic contact dermatitis (evaluated and
planned at the 10/20 visit). Off prednisone > 4 weeks, no topical steroids to the back x 2 weeks, no recent sun.

APPLICATION
| Series                                        | Allergens | Site        |
|-----------------------------------------------|-----------|-------------|
| North American Comprehensive Series (NAC-80)  | 80        | Upper back  |
| Patient's own products                        | 0 - none brought; not applied |  |
| Photopatch                                    | not done  |             |

Total allergens applied: 80 (Finn chambers on Scanpor tape), mapped and marked with ink.
Instructions: keep dry, no exercise, return 48 h (11/05) for removal/first reading and 96 h (11/07) for final
reading - readings are part of the patch test service.
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied: 80 (MUE 90). No photopatch, no own products. Reading "
                  "visits are included unless a separate E/M.",
})

# =============================================================================================================
# Batch 4
# =============================================================================================================

SCENARIOS.append({
    "id": "s23-patch-new-pt-hand-dermatitis-em25",
    "family": "patch-test", "shape": "pre-coded",
    "description": "New patient hand dermatitis: work-up + Rx + same-day application of 36 allergens; 99204 sent without 25",
    "date": "2025-09-08",
    "patient": ("Begay", "Loretta", "1961-04-30", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 55,
    "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, chronic, suspected allergic contact dermatitis", "L30.9", "Bilateral hands",
          reason=True),
    ],
    "procedures": [
        P("Patch test application", "95044", "Upper back",
          note="Standard series 30 allergens + cosmetic/preservative supplement 6 allergens = 36 allergens applied. "
               "Qty 36.", reasons=["c1"]),
    ],
    "note_title": "New Patient Consultation",
    "note": """FLAGSTAFF FAMILY & PEDIATRIC DERMATOLOGY - Flagstaff, Arizona
June Abernathy, MD        New patient visit 09/08/2025        Aetna Medicare Advantage PPO

HISTORY OF PRESENT ILLNESS
Ms. Begay is a 64-year-old woman referred by her primary care physician for a hand rash that has been present
for about fourteen months. It started on the backs of the fingers after she began working part-time at a
school cafeteria and has since spread to the palms and wrists, with painful fissures on the fingertips in the
winter. She wears vinyl gloves at work, washes her hands 20 to 30 times a day, and uses a scented hand lotion
and a hair dye every six weeks. Over-the-counter hydrocortisone helped only a little. A 7-day prednisone taper
from urgent care in July cleared it briefly, but it recurred within two weeks of stopping. She has no history
of eczema as a child, no asthma or hay fever, and her feet are unaffected. She has type 2 diabetes on
metformin. She is frustrated and worried about losing her job.

EXAMINATION
Both hands: lichenified erythematous plaques over the dorsal fingers and wrists, scale and fissuring on the
volar fingertips, a few deep-seated vesicles on the lateral fingers. Nails with mild transverse ridging. Feet
clear; no interdigital scale. Face, eyelids and neck clear.

ASSESSMENT
Chronic hand dermatitis - differential includes allergic contact dermatitis (rubber accelerators, fragrance,
preservatives, para-phenylenediamine from hair dye), irritant contact dermatitis from wet work, and
dyshidrotic eczema. Tinea manuum unlikely with clear feet and a bilateral pattern.

PLAN
1. Start triamcinolone 0.1% ointment twice daily to the hands for 2 weeks, then weekdays only; Rx sent.
2. Fragrance-free emollient after every wash; cotton liners under nitrile gloves instead of vinyl.
3. Patch testing: she has been off prednisone for 6 weeks and agreed to proceed today. Standard series (30
   allergens) plus a cosmetic and preservative supplement (6 allergens) applied to the upper back, 36
   allergens in all. Readings at 48 and 96 hours.
4. Work note provided.

Charge sheet: 99204, 95044 x 36.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 36)]),
    "coder_note": "95044/99204 is PTP indicator 1 (E/M column 2). The new-patient evaluation, differential and "
                  "prescription management are separately identifiable from the test application -> 99204-25. "
                  "95044 units = 36 allergens.",
})

SCENARIOS.append({
    "id": "s23-photo-nbuvb-psoriasis-session",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB cabinet session #14 for psoriasis, no psoralen, no tar -> 96900",
    "date": "2025-10-20",
    "patient": ("Harjo", "Dennis", "1955-12-12", "male"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 18% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("NB-UVB phototherapy", site="Whole body (cabinet)",
          note="Session #14. Dose 820 mJ/cm2 (+10%). No psoralen, no tar or crude coal tar applied. Goggles, face "
               "shield. Tolerated, trace erythema at session #13 only.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Log",
    "note": """MESA VERDE SKIN INSTITUTE - PHOTOTHERAPY UNIT - Mesa AZ
Supervising physician: Samuel Weiss MD (on site)     DOS 10/20/2025     Medicare Part B

Pt: Harjo, Dennis   Dx: psoriasis vulgaris, BSA 18% at start, now ~11%
Modality: narrowband UVB, Daavlin cabinet.
Session 14 of planned 30, three times weekly.
Pre-treatment check by phototherapy RN: no burning, no new meds, no photosensitizers.
Skin type III. Last session 10/17: trace erythema only, resolved.
Dose today 820 mJ/cm2 (10% increase). Goggles and genital shielding used.
No PUVA, no Goeckerman/tar component.
Physician not seen today (no visit).
Next session 10/22.
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "NB-UVB alone (no psoralen, no tar) is actinotherapy -> 96900 x1 per session. No E/M.",
})

SCENARIOS.append({
    "id": "s23-photo-excimer-precoded-per-plaque",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer billed 96920 x3 (one per plaque); total treated area 310 sq cm -> 96921 x1",
    "date": "2025-11-05",
    "patient": ("Vance", "Rebecca", "1976-08-18", "female"),
    "provider": "nakamura", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques, elbows and sacrum", "L40.0", "Elbows, sacrum", reason=True),
    ],
    "procedures": [
        P("Excimer laser", "96920", "Right elbow", note="Plaque area 120 sq cm.", reasons=["c1"]),
        P("Excimer laser", "96920", "Left elbow", note="Plaque area 110 sq cm.", reasons=["c1"]),
        P("Excimer laser", "96920", "Sacrum", note="Plaque area 80 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "note": """SONORAN DERMATOLOGY & MOHS - Tucson
Ren Nakamura MD | 11/05/2025 | UHC Choice Plus (prior auth on file)

# Plaque psoriasis, localized (~4% BSA), failed clobetasol + calcipotriene x 4 months.
  308 nm excimer, treatment #6 of course 1.
  Plaques treated this session:
    - R elbow 120 sq cm
    - L elbow 110 sq cm
    - sacrum 80 sq cm
    -> total 310 sq cm
  Dose 2 x MED on elbows, 1.5 x MED on sacrum. Tolerated; mild erythema from #5 resolved.
  Continue twice weekly. Calcipotriene on non-treatment days.
Charges auto-generated per plaque: 96920 x3.
""",
    "expected": E([L("96921")], topics=["coding-correction"]),
    "coder_note": "Excimer 96920-96922 is coded once per session by the total area treated: 120 + 110 + 80 = 310 sq cm "
                  "-> 96921 (250-500 sq cm) x1 (MUE 1).",
})

SCENARIOS.append({
    "id": "s23-photo-goeckerman-with-99211",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Goeckerman day treatment 96910 with a nurse 99211 on the same day: indicator 0 -> 99211 removed",
    "date": "2025-09-25",
    "patient": ("Kaminski", "Troy", "1969-05-05", "male"),
    "provider": "chen", "payer": "medicaid-mco", "minutes": 15,
    "em": "99211",
    "conditions": [
        C("c1", "Psoriasis vulgaris, severe, 28% BSA", "L40.0", "Trunk, extremities, scalp", reason=True),
    ],
    "procedures": [
        P("Goeckerman - tar + UVB", "96910", "Whole body",
          note="Crude coal tar 2% in petrolatum applied 4 h, removed, then broadband UVB 45 mJ/cm2. Day 9.",
          reasons=["c1"]),
    ],
    "note_title": "Day Treatment Note",
    "note": """LAKEWOOD DERMATOLOGY - PSORIASIS DAY TREATMENT - Cleveland OH
Wei Chen MD (supervising)   09/25/2025   Molina Healthcare (Ohio Medicaid)

Day 9 of the Goeckerman regimen for severe plaque psoriasis (28% BSA at entry).
Nurse assessment before treatment: vitals stable, no folliculitis, no tar acne.
PASI trending down (24 -> 15).
Crude coal tar 2% ointment applied for 4 hours, removed with mineral oil.
Then broadband UVB 45 mJ/cm2.
No problems during treatment.
The nurse visit was entered on the charge sheet as 99211 together with the treatment (96910).
Dr. Chen did not see the patient today.
Next treatment day: 09/26.
""",
    "expected": E([L("96910")], topics=["ncci"]),
    "coder_note": "96910/99211 is PTP indicator 0: the nurse visit cannot be paid with the Goeckerman treatment -> "
                  "99211 removed (ncci).",
})

SCENARIOS.append({
    "id": "s23-postop-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after a benign excision (010 global); provider chose 99212 -> 99024",
    "date": "2025-10-10",
    "patient": ("Running Water", "Gloria", "1957-06-24", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Benign neoplasm of skin of trunk (excised)", "D23.5", "Left upper back", history=True),
    ],
    "prior": [
        PRIOR("2025-10-01", "11402", "Excision benign lesion L upper back, excised diameter 1.4 cm",
              "Left upper back"),
    ],
    "note_title": "Post-op Visit",
    "note": """FLAGSTAFF FAMILY & PEDIATRIC DERMATOLOGY
Rafael Santos, MD   |   10/10/2025   |   Humana Gold Plus HMO

Gloria returns nine days after excision of a firm papule from her left upper back on October 1. She has had no
fever, redness or drainage and has been changing the dressing daily as instructed. Pathology showed a benign
pilomatricoma-like adnexal neoplasm with clear margins, which I reviewed with her today; nothing further is
needed for it. The incision is well approximated without erythema. All 6 nylon sutures removed, Steri-Strips
applied. She had no other concerns and no other skin problems were addressed. Routine skin check in one year.

Visit level selected: 99212.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/conventions: a routine post-op visit inside the 10-day global of 11402 (performed 10/01) is "
                  "included in the surgical package -> 99024, not a billable E/M.",
})

SCENARIOS.append({
    "id": "s23-postop-flap-global-new-lesion-79",
    "family": "post-op", "shape": "free-text",
    "description": "31 days into the 90-day global of a cheek rotation flap: tangential bx of a new forearm lesion -> 11102-79",
    "date": "2025-10-16",
    "patient": ("Caldwell", "Homer", "1941-09-01", "male"),
    "provider": "halvorsen", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right dorsal forearm", "D04.61", "Right dorsal forearm",
          reason=True),
        C("c2", "History of basal cell carcinoma left cheek, treated", "Z85.828", history=True),
    ],
    "prior": [
        PRIOR("2025-09-15", "14040", "Rotation flap L cheek after excision of BCC, 7.8 sq cm", "Left cheek"),
    ],
    "procedures": [
        P("Tangential (shave) biopsy", site="Right dorsal forearm",
          note="New 8 mm scaly erythematous plaque, 2 mo, bleeds. DermaBlade saucerization, AlCl3.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Right dorsal forearm, shave biopsy: squamous cell carcinoma in situ.", "site": "Right dorsal forearm"},
    ],
    "note_title": "Post-op / Procedure Note",
    "note": """SCIOTO VALLEY SKIN & MOHS - Columbus OH
K. Halvorsen MD - 10/16/2025 - Medicare Part B

Scheduled 1-month flap check after excision of a BCC of the L cheek with rotation flap repair on 09/15/2025.
Flap viable and well healed; mild pincushioning expected to settle. Scar massage taught.

He also points out a NEW scaly plaque on the R dorsal forearm, 8 mm, present 2 months.
It bleeds when bumped. This is not related to the cheek surgery.
Tangential biopsy performed today after consent and lidocaine (see procedure entry).
Specimen to dermatopathology.

Plan: results in 1 week. Next flap check at 3 months.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: an unrelated procedure (biopsy of a new lesion) during the 90-day global of 14040 -> 11102-79. "
                  "The flap check itself is post-op care included in the global; no 99024 with the unrelated "
                  "procedure (t3- precedent).",
})

SCENARIOS.append({
    "id": "s23-postop-unrelated-cyst-id-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "I&D of an unrelated inflamed back cyst 7 days after SCC excision of the forearm (010 global): 10060 -> 10060-79",
    "date": "2025-11-10",
    "patient": ("Montoya", "Arturo", "1949-02-08", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed epidermoid cyst, mid upper back", "L72.0", "Mid upper back", reason=True),
        C("c2", "Squamous cell carcinoma, left forearm, excised 11/03/2025", "C44.629", "Left forearm"),
    ],
    "prior": [
        PRIOR("2025-11-03", "11602", "Excision SCC L forearm, excised diameter 1.8 cm", "Left dorsal forearm",
              "Margins clear on final pathology."),
    ],
    "procedures": [
        P("Incision and drainage, cyst", "10060", "Mid upper back",
          note="2 cm fluctuant inflamed cyst; incised, contents expressed, no loculations, no packing.",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit - Problem Based",
    "note": """SONORAN DERMATOLOGY & MOHS - Tucson
Astrid Lindgren MD | 11/10/2025 | Aetna Medicare Advantage PPO

# Inflamed epidermoid cyst, mid upper back - NEW problem, painful and swollen x 3 days.
  Exam: 2 cm fluctuant tender cyst, surrounding erythema 1 cm, no streaking, afebrile.
  I&D done: lido 1% w/ epi, #11 blade, contents expressed, irrigated, no packing.
  Warm compresses. No antibiotics needed.
# SCC L forearm s/p excision 11/03 - incision intact, sutures in; path margins clear.
  Suture removal on 11/17 as planned.
Charge: 10060.
""",
    "expected": E([L("10060", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure on a different problem/site inside the 10-day global of 11602 -> 79 on "
                  "10060. The forearm wound look is included post-op care.",
})

SCENARIOS.append({
    "id": "s23-tags-twenty-two-irritated",
    "family": "skin-tags", "shape": "note-only",
    "description": "Dictated: 22 irritated/bleeding skin tags neck and axillae, Medicare FFS -> 11200 + 11201 x1",
    "date": "2025-09-29",
    "patient": ("Guerra", "Esperanza", "1953-10-17", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding, neck and axillae", "L91.8", "Neck, bilateral axillae",
          reason=True),
    ],
    "note_title": "Dictated Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - San Marcos, Texas. Speech recognition transcript; corrections in brackets.
Adaeze Okafor MD, date of service September 29 2025.

Mrs. Guerra is a 71 year old woman with multiple skin tags on the neck and in both armpits. They catch on her
necklace and bra straps, several have bled onto her clothing this month, and a few are red and swollen
today from twisting. She also asked about the brown spots on her back, which are seborrheic keratoses that
do not bother her, and we left those alone.

Exam: twenty two pedunculated acrochordons, eleven on the neck, six in the right axilla and five in the left
axilla, several with hemorrhagic crust and peri-lesional erythema.

Procedure: after alcohol prep, all twenty two skin tags were removed with curved iris scissors [Gradle
scissors] and hemostasis was obtained with aluminum chloride. No anesthesia needed for most; a few drops of
lidocaine for the larger axillary ones. Not sent to pathology.

Plan: Vaseline to the sites, return as needed. End of dictation.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers the first 15 tags; 11201 each additional 10 or part: 22 - 15 = 7 -> 11201 x1. Bleeding, "
                  "inflammation and trauma documented (BSL-3), so covered; SKs not treated.",
})

SCENARIOS.append({
    "id": "s23-tags-cosmetic-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "Six asymptomatic neck tags removed for appearance, Medicare FFS, voluntary ABN signed -> 11200-GX-GY",
    "date": "2025-11-24",
    "patient": ("Wojcik", "Stanley", "1947-12-19", "male"),
    "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Snip removal skin tags x6", site="Anterior and lateral neck",
          note="Six 2-4 mm asymptomatic pedunculated tags; no bleeding, irritation or inflammation. Removed with "
               "scissors, AlCl3.", reasons=["c1"]),
    ],
    "note_title": "Dictated Procedure Note",
    "note": """MAUMEE BAY DERMATOLOGY, TOLEDO.
Dictated by Chidi Okonkwo MD on November 24 2025. Medicare Part B.

Mr. Wojcik would like six small skin tags on his neck removed because he does not like how they look in photos.
They do not itch, bleed, catch or hurt, and none is inflamed or changing.
Exam: six 2 to 4 millimeter soft pedunculated acrochordons on the anterior and lateral neck.

I explained that Medicare considers this cosmetic and will not pay.
He signed our voluntary notice of non-coverage (ABN form, given for a non-covered service)
and agreed to be responsible for the charge.

All six were snipped with scissors and aluminum chloride applied. No pathology.
Return as needed. End of dictation.
""",
    "expected": E([L("11200", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: asymptomatic tags = cosmetic, statutorily excluded for Medicare FFS -> GY, plus GX "
                  "because a voluntary ABN was documented. Six tags -> 11200.",
})

SCENARIOS.append({
    "id": "s23-cos-sk-cryo-medicare-no-abn-gy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: five asymptomatic SKs frozen for appearance before a wedding; no ABN -> 17110-GY",
    "date": "2025-10-06",
    "patient": ("Ashworth", "Patricia", "1950-05-27", "female"),
    "provider": "voss", "payer": "medicare-noname", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, forehead/temples and chest, asymptomatic", "L82.1", "Forehead, temples, chest",
          reason=True),
    ],
    "note_title": "Office Note",
    "note": """CAMELBACK MEDICAL & AESTHETIC DERMATOLOGY - Scottsdale, AZ
Henrietta Voss, MD        10/06/2025        Medicare Part B

Ms. Ashworth, 75, asks to have "the brown crusty spots" taken off before her daughter's wedding next month.
Three on the forehead/temples and two on the upper chest. She says they have been the same for years; no
itching, bleeding, irritation, growth or color change. Dermoscopy: classic seborrheic keratoses, milia-like
cysts and comedo-like openings; nothing atypical.

Discussed that removal of asymptomatic seborrheic keratoses is cosmetic and not a Medicare benefit. She chose to
proceed. No ABN was signed (not required for a statutorily excluded service).

Procedure: liquid nitrogen cryotherapy to the 5 seborrheic keratoses, one freeze-thaw cycle each.
Aftercare reviewed. RTC prn.
""",
    "expected": E([L("17110", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/BSL-2: asymptomatic L82.1 removal is cosmetic; Medicare FFS -> 17110 with GY; no GX because no "
                  "voluntary ABN was given. Five lesions -> 17110 x1.",
})

# =============================================================================================================
# Batch 5
# =============================================================================================================

SCENARIOS.append({
    "id": "s23-cos-commercial-nevi-shave-self-pay",
    "family": "cosmetic", "shape": "free-text",
    "description": "Commercial plan: shave removal of two asymptomatic facial nevi for appearance, self-pay -> nothing billed",
    "date": "2025-12-01",
    "patient": ("Lockwood", "Natalie", "1992-07-14", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevi, face, asymptomatic", "D22.39", "Left cheek; right upper cutaneous lip",
          reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Cosmetic shave removal", site="Left cheek",
          note="4 mm soft flesh-colored dome papule, unchanged since childhood, no symptoms. Removed for appearance.",
          reasons=["c1"]),
        P("Cosmetic shave removal", site="Right upper lip, cutaneous",
          note="3 mm intradermal nevus, asymptomatic, unchanged. Removed for appearance.", reasons=["c1"]),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": """CAMELBACK MEDICAL & AESTHETIC DERMATOLOGY - Scottsdale AZ
Luca Marchetti MD | 12/01/2025
Aesthetic visit (self-pay; patient's BCBS plan not billed)

33F wants two "bumps" on her face removed before engagement photos.
Both are soft, skin-colored, dome-shaped, present since childhood, unchanged.
Never bled, itched or caught on anything.
Dermoscopy benign (comma vessels, no network).

Counseled: cosmetic removal; scar or recurrence of pigment possible.
Cosmetic fee schedule quoted and paid at check-in.
Shave removal x2 with DermaBlade, light electrodesiccation of the base.
Path declined by patient (benign appearance, cosmetic).
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': asymptomatic, unchanged nevi removed for appearance "
                  "under a commercial plan are not put on the claim -> no lines, cosmetic finding.",
})

SCENARIOS.append({
    "id": "s23-mix-fse-mel-hx-punch-ln2-em25",
    "family": "mixed", "shape": "note-only",
    "description": "Melanoma-history FSE: new nummular dermatitis with Rx (99214-25) + punch bx L flank + LN2 five facial AKs",
    "date": "2025-10-27",
    "patient": ("Hargrove", "Dolores", "1946-03-25", "female"),
    "provider": "chen", "payer": "medicare-noname", "minutes": 45,
    "em": "99214",
    "conditions": [
        C("c1", "Nummular dermatitis, bilateral lower legs", "L30.0", "Bilateral lower legs", reason=True),
        C("c2", "Dysplastic nevus with mild atypia, left flank", "D22.5", "Left flank", reason=True),
        C("c3", "Actinic keratoses, face", "L57.0", "Forehead, nasal dorsum, right cheek", reason=True),
        C("c4", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
    ],
    "path": [
        {"text": "Left flank, punch biopsy: dysplastic compound nevus with mild atypia; margins clear.",
         "site": "Left flank"},
    ],
    "note_title": "Office Visit",
    "note": """LAKEWOOD DERMATOLOGY - CLEVELAND, OHIO
Wei Chen, MD        Date of service: 10/27/2025        Medicare Part B

HISTORY OF PRESENT ILLNESS
Mrs. Hargrove is a 79-year-old woman with a history of a 0.6 mm melanoma of the right upper back excised in
2019, no recurrence, who is here for her six-month full skin examination. Today she also describes a new itchy
rash on both lower legs for about five weeks: round, coin-shaped, weeping patches that keep her up at night.
She switched to a new scented body wash in August and has very dry skin in the fall. She has tried
over-the-counter hydrocortisone without benefit. Separately she thinks a mole on her left side looks darker.

EXAMINATION
Full skin examination of scalp, face, neck, trunk, arms, legs, hands, feet and nails.
- Bilateral anterior shins: multiple 2-4 cm nummular, eczematous, exudative plaques with crust; no satellite
  pustules; xerosis.
- Left flank: 6 mm irregularly pigmented macule with asymmetric network on dermoscopy, changed from the photo of
  April 2025.
- Face: five gritty erythematous scaly papules: three on the forehead, one on the nasal dorsum, one on the right
  cheek, consistent with actinic keratoses.
- Right upper back melanoma scar: no pigment, no nodules; no lymphadenopathy.

ASSESSMENT AND PLAN
1. Nummular dermatitis, lower legs - new problem. Triamcinolone 0.1% ointment twice daily for 2-3 weeks (Rx sent),
   fragrance-free cleanser, thick emollient, stop the scented body wash. Recheck in 4 weeks.
2. Changing nevus, left flank - 4 mm punch biopsy performed after consent and lidocaine with epinephrine; one
   4-0 nylon suture. Specimen to dermatopathology.
3. Actinic keratoses x5, face - liquid nitrogen cryotherapy to all five lesions, two freeze-thaw cycles.
4. History of melanoma - no evidence of recurrence; continue full skin exams every 6 months.

Level of service selected for the separately identifiable evaluation and management of the new leg dermatitis
and the melanoma surveillance: 99214.
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003", 4)]),
    "coder_note": "GS-3: new dermatitis with prescription management is separate from the biopsy/cryo decisions -> "
                  "99214-25. Punch bx -> 11104. Five AKs -> 17000 + 17003 x4; 11104/17000 is indicator 1 with 17000 "
                  "as column 2, different lesions -> 17000-XS (17003 has no edit with 11104).",
})

SCENARIOS.append({
    "id": "s23-mix-ema-shave-tags-warts-all-xs",
    "family": "mixed", "shape": "pre-coded",
    "description": "EMA grid: shave PG R arm 1.2 cm (11302) + 8 irritated neck tags (11200) + LN2 3 hand warts (17110); circular PTP -> XS on all three",
    "date": "2025-09-10",
    "patient": ("Drummond", "Keith", "1970-01-31", "male"),
    "provider": "halvorsen", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Pyogenic granuloma, right upper arm", "L98.0", "Right lateral upper arm", reason=True),
        C("c2", "Acrochordons, irritated, neck", "L91.8", "Neck", reason=True),
        C("c3", "Verruca vulgaris, left hand", "B07.8", "Left dorsal hand and fingers", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs", "11302", "Right lateral upper arm",
          note="1.2 cm friable red papule, bleeds daily. Shave removal + electrocautery of base. Path.",
          reasons=["c1"]),
        P("Removal of skin tags", "11200", "Neck",
          note="8 irritated pedunculated tags, 2 bleeding from collar friction. Snip removal.", reasons=["c2"]),
        P("Destruction benign lesions", "17110", "Left dorsal hand/fingers",
          note="3 common warts, LN2 x2 cycles.", reasons=["c3"]),
    ],
    "path": [
        {"text": "Right upper arm, shave: lobular capillary hemangioma (pyogenic granuloma).",
         "site": "Right lateral upper arm"},
    ],
    "note_title": "EMA Procedure Note",
    "note": """SCIOTO VALLEY SKIN & MOHS - Columbus OH
Kirsten Halvorsen MD | 09/10/2025 | UnitedHealthcare Choice Plus

| # | Site                     | Dx                    | Procedure              | Size / count        |
|---|--------------------------|-----------------------|------------------------|---------------------|
| 1 | R lateral upper arm      | Pyogenic granuloma    | Shave removal + cautery| 1.2 cm              |
| 2 | Neck                     | Irritated acrochordons| Snip removal           | 8 tags              |
| 3 | L dorsal hand / fingers  | Verruca vulgaris      | LN2 destruction        | 3 warts             |

Separate lesions, separate sites. Consent signed. Lido 1% w/ epi for #1 only.
Charges: 11302, 11200, 17110 (no modifiers appended by EMA).
RTC 3-4 wk for repeat LN2 to warts if needed.
""",
    "expected": E([L("11302", 1, "XS"), L("11200", 1, "XS"), L("17110", 1, "XS")]),
    "coder_note": "All three are separate lesions at separate sites. PTP indicator-1 edits: 11302/17110 (17110 col 2), "
                  "11200/11302 (11302 col 2), 17110/11200 (11200 col 2) -> each code is column 2 of one pair -> XS on "
                  "all three. Shave 1.2 cm arm -> 11302; 8 tags -> 11200; 3 warts -> 17110.",
})

SCENARIOS.append({
    "id": "s23-mix-ak-plus-cosmetic-sk-medicare",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare FFS: LN2 to 3 AKs (covered) + 4 asymptomatic SKs for appearance (GY); 17110/17000 PTP -> XS on 17000/17003",
    "date": "2025-11-17",
    "patient": ("Pemberton", "Clifford", "1943-08-08", "male"),
    "provider": "voss", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and left hand", "L57.0", "Vertex scalp; left dorsal hand", reason=True),
        C("c2", "Seborrheic keratoses, back, asymptomatic", "L82.1", "Upper and mid back", reason=True),
    ],
    "note_title": "Office Note",
    "note": """CAMELBACK MEDICAL & AESTHETIC DERMATOLOGY - Scottsdale, AZ
Henrietta Voss, MD        11/17/2025        Medicare Part B

82M, est pt, AK follow-up. Also asks to "freeze the brown spots on my back while you're at it - my wife hates them."

Exam: vertex scalp 2 gritty erythematous scaly papules; L dorsal hand 1 hypertrophic scaly papule = actinic
keratoses x3. Upper/mid back: 4 waxy stuck-on tan-brown papules 5-9 mm, dermoscopy typical SK; per patient they
never itch, bleed or get caught, unchanged for years.

A/P
1. AKs x3 (scalp x2, L hand x1): LN2 cryotherapy, 2 cycles each. Medically necessary.
2. SKs x4, back, asymptomatic: removal is cosmetic - explained Medicare will not cover it; he wants them treated
   anyway. LN2, 1 cycle each. No ABN was signed.
Sun protection reviewed. RTC 6 months.
""",
    "expected": E([L("17000", 1, "XS"), L("17003", 2, "XS"), L("17110", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "AKs: 3 lesions -> 17000 + 17003 x2 (NCD 250.4, covered). SKs: asymptomatic L82.1 -> cosmetic, "
                  "Medicare FFS, no ABN -> 17110-GY. 17110/17000 and 17110/17003 are indicator 1 with the AK codes as "
                  "column 2; different lesions -> XS on 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s23-mix-id-thigh-ilk-acne-cysts",
    "family": "mixed", "shape": "free-text",
    "description": "Texas Medicaid: I&D L thigh abscess (10060) + ILK two back acne cysts 0.3 mL of 10 mg/mL each (11900 + J3301 x1)",
    "date": "2025-08-28",
    "patient": ("Trevino", "Adrian", "2006-11-22", "male"),
    "provider": "baptiste", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of left thigh", "L02.416", "Left lateral thigh", reason=True),
        C("c2", "Nodulocystic acne, back", "L70.0", "Upper back", reason=True),
    ],
    "procedures": [
        P("Incision and drainage", site="Left lateral thigh",
          note="2.5 cm fluctuant abscess, incised, purulent material expressed, irrigated, no loculations, no packing. "
               "Culture sent.", reasons=["c1"]),
        P("Intralesional Kenalog to acne cysts", site="Upper back",
          note="Two tender acne cysts, each injected with 0.3 mL triamcinolone 10 mg/mL (total 0.6 mL = 6 mg).",
          reasons=["c2"]),
    ],
    "note_title": "Dictated Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - San Marcos TX.
Speech recognition; corrections in brackets. Marc Baptiste MD, 08/28/2025. Texas Medicaid.

Adrian is an 18 year old with nodulocystic acne on doxycycline.
He came in because of a painful boil on the left thigh for four days. No fever.
Incision and drainage was performed as listed, culture sent.

He also had two very tender cysts on the upper back that we injected with Kenalog [triamcinolone]
10 milligrams per milliliter, 0.3 milliliters each.

Acne regimen otherwise unchanged: continue doxycycline and adapalene.
Isotretinoin was mentioned for the future only.
Warm compresses to the thigh; return in 2 days if not improving. End of dictation.
""",
    "expected": E([L("10060"), L("11900"), L("J3301")]),
    "coder_note": "Different lesions, different procedures: simple single I&D -> 10060; 2 lesions injected -> 11900; "
                  "6 mg triamcinolone -> J3301 x1 (per 10 mg, rounded up). No PTP edit between 10060 and 11900.",
})

SCENARIOS.append({
    "id": "s23-em-fse-screening-only-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient screening-only skin check: no history, no complaint, nothing found -> 99203-GY",
    "date": "2025-09-19",
    "patient": ("Lambert", "Russell", "1957-10-02", "male"),
    "provider": "pike", "payer": "medicare-noname", "minutes": 25,
    "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """Hocking Hills Family Dermatology - Logan OH
09/19/2025 - J. Pike - Medicare Part B - NEW PT

S: 67M, "wife made me come for a skin check."
   No spots he is worried about; no itching, bleeding or changing lesions.
   No personal hx of skin cancer, no family hx of melanoma. No prior derm visits.
   Farmer, wears a hat. No immunosuppression.
O: full skin exam scalp to toes incl. nails and mucosa.
   No suspicious lesions; nothing requiring treatment, biopsy or follow-up.
A: screening skin exam, normal.
P: sun protection counselling, self-exam handout. RTC prn.
Level: 99203.
""",
    "expected": E([L("99203", 1, "GY")]),
    "coder_note": "DX-5 + README decision: Medicare has no skin-cancer screening benefit; a screening-only exam with no "
                  "history, complaint or finding is statutorily excluded -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s23-em-psoriasis-mtx-in-global-24",
    "family": "em", "shape": "note-only",
    "description": "Psoriasis methotrexate visit with lab review 6 days after a cyst excision (010 global) -> 99214-24",
    "date": "2025-12-04",
    "patient": ("Greer", "Shannon", "1971-04-16", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 30,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris on methotrexate", "L40.0", "Scalp, elbows, knees, lower back", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631", reason=True),
        C("c3", "Epidermoid cyst, right upper back, excised 11/28/2025", "L72.0", "Right upper back"),
    ],
    "prior": [
        PRIOR("2025-11-28", "11403", "Excision epidermoid cyst R upper back, excised diameter 2.4 cm",
              "Right upper back"),
    ],
    "note_title": "Office Visit - Problem Based",
    "note": """SONORAN DERMATOLOGY & MOHS - Tucson AZ | Astrid Lindgren MD | 12/04/2025 | Aetna HMO

# Psoriasis vulgaris, on methotrexate (scheduled 3-month MTX visit; unrelated to last week's cyst surgery)
  - BSA 9% (was 6% in Sept) - flare on elbows/knees and lower back after stopping topicals.
  - Labs 11/30 reviewed: CBC normal, AST 28 / ALT 31, creatinine 0.8. No mouth sores, no cough, no alcohol.
  - Increase methotrexate from 15 mg to 17.5 mg weekly; continue folic acid 1 mg daily except MTX day. Rx sent.
  - Repeat CBC/CMP in 4 weeks, then every 3 months. Discussed a biologic if BSA > 10% at next visit.
# Epidermoid cyst R upper back s/p excision 11/28 - glanced at: healing well, sutures due out 12/12 at the
  scheduled post-op visit. No separate work.

Visit level: 99214 (moderate: chronic illness with progression + drug therapy requiring lab monitoring).
""",
    "expected": E([L("99214", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: an E/M for a problem unrelated to the surgery during the 10-day global of 11403 (11/28) -> 24 "
                  "on the E/M. The wound glance is included post-op care.",
})

SCENARIOS.append({
    "id": "s23-em-g2211-dropped-with-25",
    "family": "em", "shape": "pre-coded",
    "description": "Medicare: AD on dupilumab E/M-25 + LN2 four AKs; G2211 sent with the modifier-25 E/M -> G2211 removed",
    "date": "2025-10-01",
    "patient": ("Whitfield", "Margaret", "1952-12-09", "female"),
    "provider": "ramirez", "payer": "medicare", "minutes": 35,
    "em": "99214",
    "conditions": [
        C("c1", "Atopic dermatitis, other, on dupilumab", "L20.89", "Flexures, neck, hands", reason=True),
        C("c2", "Actinic keratoses, scalp and forehead", "L57.0", "Scalp, forehead", reason=True),
    ],
    "procedures": [
        P("Visit complexity add-on", "G2211", reasons=["c1"]),
        P("Destruction premalignant lesion, first", "17000", "Scalp", reasons=["c2"]),
        P("Destruction premalignant lesion, each additional", "17003", "Scalp/forehead", note="Qty 3",
          reasons=["c2"]),
    ],
    "note_title": "Office Visit - Problem Based",
    "note": """Brazos Skin Clinic | Bryan, TX | 10/01/2025 | Sofia Ramirez, MD | Medicare Part B (Novitas)

ASSESSMENT & PLAN
1. Atopic dermatitis, adult - on dupilumab since 2023 (we are her ongoing AD physician).
   - Flare on hands and neck x 1 month; new eye redness and itch since August.
   - Exam: lichenified eczematous plaques dorsal hands and neck; bilateral conjunctival injection.
   - Continue dupilumab 300 mg q2wk; add tacrolimus 0.1% ointment BID to neck and hands (Rx). Referred to
     ophthalmology for dupilumab-associated conjunctivitis. Recheck 3 months.
2. Actinic keratoses x4 - scalp (3) and forehead (1). LN2 cryotherapy, 2 cycles each.

Charges entered: 99214-25, G2211, 17000, 17003 x3.
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 3)]),
    "coder_note": "GS-3: the AD flare with prescription management is separately identifiable -> 99214-25. EM-6: G2211 "
                  "is not payable when the office E/M carries modifier 25 (no AWV/vaccine/preventive exception) -> "
                  "removed. Four AKs -> 17000 + 17003 x3.",
})

SCENARIOS.append({
    "id": "s23-rep-complex-nasal-rim-after-outside-mohs",
    "family": "repair", "shape": "free-text",
    "description": "Referral for reconstruction after outside Mohs: complex repair nasal tip/alar rim 2.4 cm -> 13151",
    "date": "2025-11-19",
    "patient": ("Castellano", "Vivian", "1949-07-07", "female"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose (cleared by Mohs today)", "C44.311", "Nasal tip and right ala",
          reason=True),
    ],
    "procedures": [
        P("Complex repair, nose", site="Nasal tip / right alar rim",
          note="Post-Mohs defect 1.1 x 0.9 cm (Mohs this morning by Dr. Reinholt, Desert Mohs Center, margins clear). "
               "Defect involves the free margin of the right nostril rim. Wide undermining, debridement of ragged "
               "wound edges, layered closure with 5-0 Monocryl and 6-0 Prolene, rim realigned. Repair length 2.4 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Reconstruction Note",
    "note": """CAMELBACK MEDICAL & AESTHETIC DERMATOLOGY - Scottsdale AZ - Reconstructive Surgery
Luca Marchetti MD | 11/19/2025 | Humana Gold Plus HMO (referral on file)

76F referred same day from Desert Mohs Center after Mohs surgery for a nodular BCC of the nasal tip.
Cleared in 2 stages by Dr. Reinholt; the Mohs is billed by that practice. I performed the repair only.
Defect 1.1 x 0.9 cm spanning the nasal tip and the right alar rim (free margin).
Options: FTSG, bilobed flap, complex linear repair.
Chose complex linear repair along the alar groove to preserve the rim.
Procedure: see procedure entry. No flap, no graft. EBL minimal.
Plan: sutures out 6 days; scar massage at 4 weeks.
Follow-up skin checks with her general dermatologist.
""",
    "expected": E([L("13151")], dx={"13151": ["C44.311"]}),
    "coder_note": "REP-2/REP-3: complex repair (free nostril-rim margin, debridement of edges) of the nose, 2.4 cm -> "
                  "13151 (1.1-2.5). Mohs was billed by another practice, so only the repair is reported here.",
})

SCENARIOS.append({
    "id": "s23-rep-precoded-complex-under-1cm",
    "family": "repair", "shape": "pre-coded",
    "description": "Mohs L cheek BCC one stage + pre-coded complex repair 13131 for a 1.0 cm layered closure -> 12051",
    "date": "2025-12-16",
    "patient": ("Stroud", "Bettye", "1945-04-03", "female"),
    "provider": "lindqvist", "payer": "medicare-advantage-ppo", "minutes": 100,
    "conditions": [
        C("c1", "Basal cell carcinoma, left cheek", "C44.319", "Left medial cheek", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", "17311", "Left medial cheek", note="Stage 1: 2 blocks, clear.",
          reasons=["c1"]),
        P("Complex repair, cheek", "13131", "Left medial cheek",
          note="Layered closure, 5-0 Monocryl deep, 6-0 nylon; length 1.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """TRINITY MOHS SURGERY - FORT WORTH TX
Surgeon and pathologist: Erik Lindqvist MD     DOS 12/16/2025     Aetna Medicare Advantage PPO

Dx: nodular BCC L medial cheek (bx 11/20/2025). Pre-op 0.5 x 0.4 cm.

STAGE TABLE
| Stage | Blocks | Result | 
|-------|--------|--------|
| I     | 2      | clear  |

Final defect 0.6 cm round.
Repair: converted to a fusiform defect and closed in layers (buried 5-0 Monocryl, 6-0 nylon running). Minimal
undermining (< 1 cm each side). No debridement, no free margin involvement. Repair length 1.0 cm.
Template repair type: "complex" -> charge 13131.
F/u: suture removal 1 week.
""",
    "expected": E([L("17311"), L("12051")], topics=["coding-correction"]),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple/intermediate; this was a layered "
                  "closure of the face -> 12051 (<=2.5 cm), and nothing documented makes it complex (REP-3). Mohs head "
                  "1 stage 2 blocks -> 17311.",
})
