"""Sealed set 13 (s13-): practice-management training set from four practices.

Academic center (resident + attending), suburban private practice (templated ModMed EMA notes),
Mohs-only surgical practice, and a telehealth-plus-procedures clinic (procedures done in person).
Expected answers from the rule book (derm_coding.md sections 2-7, 10), docs/coding_conventions.md and
tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------- biopsy
SCENARIOS.append({
    "id": "s13-bx-fse-punch-back-two-shaves-resident",
    "family": "biopsy", "shape": "note-only",
    "description": "Academic FSE, hx BCC: punch bx L back + shave bx R forearm + shave bx L temple, no E/M selected",
    "date": "2025-10-14",
    "patient": ("Delacroix", "Marguerite", "1948-03-12", "female"),
    "provider": "okafor", "payer": "medicare",
    "conditions": [
        C("c1", "Dysplastic nevus of trunk, moderate atypia", "D22.5", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ of skin of right upper limb", "D04.61", "Right dorsal forearm",
          reason=True),
        C("c3", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left temple", reason=True),
        C("c4", "Personal history of other malignant neoplasm of skin", "Z85.828", "Left nasal ala", history=True),
    ],
    "path": [
        {"text": "A. Skin, left upper back, punch: compound dysplastic nevus with moderate cytologic atypia; "
                 "peripheral margin involved.", "site": "Left upper back", "date": "2025-10-17"},
        {"text": "B. Skin, right forearm, shave: squamous cell carcinoma in situ, extending to the base.",
         "site": "Right dorsal forearm", "date": "2025-10-17"},
        {"text": "C. Skin, left temple, shave: basal cell carcinoma, nodular type.", "site": "Left temple",
         "date": "2025-10-17"},
    ],
    "note": """DERMATOLOGY RESIDENT CLINIC - PROGRESS NOTE
DOS: 10/14/2025
Resident: Tomasz Wielgosz, MD (PGY-3)        Attending: Adaeze Okafor, MD

CC: yearly skin check + "a mole my daughter is worried about"

HPI: 77 y.o. woman, established pt, h/o BCC L nasal ala s/p Mohs 2022 (outside surgeon), here for her
12-month full skin exam. Daughter noticed a darker mole on the L upper back ~2 months ago, thinks it is
bigger. Also a rough scaly spot on the R forearm x4 months that bleeds when she knocks it, and a "shiny
bump" at the L temple she first saw in the summer. No other new or changing lesions she is aware of.

PMH: HTN, hypothyroidism, BCC as above
Meds: lisinopril 10 mg daily, levothyroxine 75 mcg
Allergies: penicillin (rash)
Social: retired landscaper, lifelong outdoor work, never smoker
ROS: denies fevers, night sweats, weight loss. Otherwise negative except HPI.

EXAM: Well appearing, A&O x3. Full skin exam incl scalp, face, ears, neck, chest, abdomen, back,
buttocks, bilateral upper and lower extremities, palms/soles, nails. Genital exam deferred per pt.
- L upper back: 7 mm asymmetric macule, two shades of brown, irregular notched border (ugly duckling)
- R dorsal forearm: 9 mm hyperkeratotic pink papule with hemorrhagic crust
- L temple: 6 mm pearly papule, arborizing vessels on dermoscopy
- Scattered stuck-on tan papules of trunk, cherry angiomas, solar lentigines face/dorsal hands
- L nasal ala: well-healed scar, no nodularity or erythema

ASSESSMENT / PLAN
1. Atypical pigmented lesion, L upper back - ddx dysplastic nevus vs early melanoma.
   -> punch biopsy today (4 mm)
2. Hyperkeratotic papule, R forearm - ddx SCC/SCCIS vs hypertrophic AK.
   -> tangential (shave) biopsy today
3. Pearly papule, L temple - ddx BCC.
   -> tangential (shave) biopsy today
4. SKs / cherry angiomas / lentigines - benign, reassurance, nothing done.
5. H/o BCC - NED at the Mohs site. Photoprotection reviewed (SPF 50, hat).
If #1 returns severely atypical or MIS she will need re-excision; we talked about that possibility
but nothing beyond the biopsies was done today.

PROCEDURE NOTE
Verbal and written consent after risks (bleeding, infection, scar, need for further treatment) were
reviewed; time-out done, sites confirmed with pt using a hand mirror and photographed.
Each site cleansed with isopropyl alcohol and anesthetized with 1% lidocaine with epinephrine.
A. L upper back: 4 mm punch through dermis into fat; defect closed with one 4-0 nylon simple interrupted.
B. R dorsal forearm: saucerized shave biopsy with a flexible blade to mid dermis; aluminum chloride for
   hemostasis.
C. L temple: shave biopsy with a flexible blade to superficial dermis; aluminum chloride.
Three separately labeled formalin containers (A/B/C). Petrolatum and adhesive bandages applied.
EBL minimal. Tolerated well. Wound care sheet given.
Follow-up: suture removal in 10-12 days (back); results by phone/portal.

Teaching physician attestation: I saw and examined the patient together with Dr. Wielgosz, discussed
the case with him and agree with the findings and plan as documented above. I was physically present
for the key and critical portions of all three biopsies. -- Adaeze Okafor, MD
""",
    "expected": E([L("11104", 1), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential, so one 11104 primary and each of the two shave biopsies "
                  "takes its own add-on 11103 (x2). No E/M selected by the provider; history of BCC and benign "
                  "lesions only mentioned. Planned re-excision is hypothetical.",
})

SCENARIOS.append({
    "id": "s13-bx-ema-wedge-punch-shave-old-codes",
    "family": "biopsy", "shape": "pre-coded",
    "description": "EMA sent deleted 11100 + 11101 x2 for wedge incisional, punch and shave biopsies",
    "date": "2025-11-06",
    "patient": ("Brannigan", "Roderick", "1961-07-23", "male"),
    "provider": "ramirez", "payer": "commercial-cigna",
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of left lower limb, including hip", "C44.729", "Left shin",
          reason=True),
        C("c2", "Lichen planus, unspecified", "L43.9", "Right anterior thigh", reason=True),
        C("c3", "Inflamed seborrheic keratosis", "L82.0", "Mid upper back", reason=True),
    ],
    "procedures": [
        P("Skin biopsy, single lesion", cpt="11100", site="L shin",
          note="Wedge (incisional) biopsy of ulcer edge with #15 blade, full thickness into subcutis, "
               "1.2 x 0.4 cm fusiform; closed with two 4-0 nylon simple interrupted.", reasons=["c1"]),
        P("Skin biopsy, each separate addl lesion", cpt="11101", site="R ant thigh",
          note="4 mm punch to fat, one 4-0 nylon.", reasons=["c2"]),
        P("Skin biopsy, each separate addl lesion", cpt="11101", site="Mid upper back",
          note="Tangential biopsy with Dermablade; AlCl hemostasis.", reasons=["c3"]),
    ],
    "path": [
        {"text": "Left shin, incisional: well-differentiated squamous cell carcinoma, ulcerated; deep margin "
                 "not assessable in this sample.", "site": "Left shin", "date": "2025-11-10"},
        {"text": "Right thigh, punch: lichen planus.", "site": "Right anterior thigh", "date": "2025-11-10"},
        {"text": "Upper back, shave: irritated seborrheic keratosis.", "site": "Mid upper back",
         "date": "2025-11-10"},
    ],
    "note": """Chief Complaint: Non-healing sore L shin; itchy bumps R thigh; crusted spot on back
History of Present Illness: 64 yo M established patient. Sore on the L shin since a scrape in July,
never healed, now larger and crusted. Violaceous itchy papules on the R thigh for 6 weeks, tried OTC HC.
Irritated, itchy crusted lesion on mid back, rubs on his chair.
Review of Systems: Constitutional negative. Skin as per HPI. All other systems reviewed and negative.
Physical Exam:
  General: NAD
  L shin: 1.6 cm ulcer with rolled, heaped-up edge and central crust
  R anterior thigh: cluster of flat-topped violaceous polygonal papules with fine white streaks
  Mid upper back: 0.9 cm crusted, inflamed verrucous stuck-on papule
Assessment & Plan:
  1. Ulcer L shin - r/o SCC vs pyoderma - incisional wedge biopsy at ulcer edge today.
  2. Papular eruption R thigh - r/o lichen planus - 4 mm punch biopsy today.
  3. Inflamed lesion mid back - r/o ISK vs SCC - tangential biopsy today.
Procedure: Biopsies x3
  Consent: Risks incl. scarring, bleeding, infection, nerve injury discussed; pt agrees, signed.
  Prep: Chlorhexidine. Anesthesia: 1% lidocaine w/ epi, 4 mL total.
  Lesion 1 - L shin: incisional biopsy, #15 blade, fusiform wedge 1.2 x 0.4 cm taken from ulcer edge
    into subcutaneous fat, sutured 4-0 nylon x2.
  Lesion 2 - R ant thigh: 4 mm punch biopsy, 4-0 nylon x1.
  Lesion 3 - Mid upper back: tangential biopsy (shave) with Dermablade, AlCl.
  Specimens labeled and sent to DermPath Associates.
  Patient tolerated well; no complications.
Follow-up: 2 weeks suture removal and results.
Electronically signed by Sofia Ramirez, MD
""",
    "expected": E([L("11106", 1), L("11105", 1), L("11103", 1)], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted in 2019 (BX-1). Technique decides: wedge = incisional 11106 "
                  "(primary, highest rank), punch = 11105 add-on, shave = 11103 add-on (BX-2; AOC allows both "
                  "with 11106).",
})

SCENARIOS.append({
    "id": "s13-bx-telehealth-followup-two-punches",
    "family": "biopsy", "shape": "free-text",
    "description": "In-person procedure visit after a video visit: two punch biopsies (scalp + arm)",
    "date": "2025-11-04",
    "patient": ("Oyelaran", "Temitope", "1983-02-09", "female"),
    "provider": "adeyemi", "payer": "commercial-uhc",
    "conditions": [
        C("c1", "Cicatricial alopecia, unspecified", "L66.9", "Scalp, vertex", reason=True),
        C("c2", "Rash and other nonspecific skin eruption", "R21", "Left medial upper arm", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", site="Scalp - vertex, active border of scarring patch",
          note="4 mm punch angled parallel to hair shafts to subcutaneous fat; closed with one 4-0 Prolene. "
               "Specimen A for transverse sections.", reasons=["c1"]),
        P("Punch biopsy", site="Left medial upper arm",
          note="4 mm punch of scaly violaceous plaque; 4-0 nylon x1. Specimen B, H&E.", reasons=["c2"]),
    ],
    "note": """IN-PERSON PROCEDURE VISIT (Bridgeview Virtual Dermatology - procedure suite)
Pt seen by video on 10/28/2025 (separate telehealth encounter, already documented/billed) for patchy
hair loss with scale and a rash on the L arm; photos reviewed then. She comes in today only for the
biopsies planned at that visit.

Interval: no new symptoms. Still itchy/tender at the vertex. No fevers, joint pain or photosensitivity.
Exam focused: vertex - 3 cm patch of scarring alopecia with perifollicular erythema and follicular
plugging at the border. L medial upper arm - 2.5 cm scaly violaceous plaque with atrophic center.

Two punch biopsies as per procedure records (vertex; L medial upper arm). Lidocaine 1% w/ epi.
Hemostasis good. Pt tolerated well.

She asked whether we could freeze a "brown crusty spot" on her lower back while she is here; it looks
like a seborrheic keratosis, asymptomatic. Deferred - not treated today.

Plan: ANA, dsDNA ordered by PCP last week - will review. Results of biopsies by video in 2 weeks.
Suture removal at 10-14 days with her PCP's nurse.
Folake Adeyemi, MD
""",
    "expected": E([L("11104", 1), L("11105", 1)]),
    "coder_note": "Two punch biopsies of separate lesions: 11104 + 11105 (BX-2). The earlier video visit is "
                  "not today's service; the SK was not treated.",
})

# ---------------------------------------------------------------- shave
SCENARIOS.append({
    "id": "s13-shave-ema-cheek-back-neck-isk",
    "family": "shave", "shape": "pre-coded",
    "description": "EMA shave codes: cheek coded as trunk group, neck 1.2 cm coded one band low",
    "date": "2025-10-21",
    "patient": ("Whitcombe", "Harriet", "1970-05-30", "female"),
    "provider": "baptiste", "payer": "commercial",
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right cheek", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Mid back"),
        C("c3", "Inflamed seborrheic keratosis", "L82.0", "Left lateral neck"),
    ],
    "procedures": [
        P("Shave removal", cpt="11300", site="R cheek",
          note="Lesion 0.6 x 0.5 cm. Deep shave removal with Dermablade, AlCl hemostasis.", reasons=["c1"]),
        P("Shave removal", cpt="11301", site="Mid back",
          note="Lesion 0.8 x 0.7 cm. Shave removal, AlCl.", reasons=["c2"]),
        P("Shave removal", cpt="11306", site="L lateral neck",
          note="Lesion 1.2 x 0.9 cm. Shave removal, electrodesiccation of base.", reasons=["c3"]),
    ],
    "note": """Chief Complaint: Three irritated growths
HPI: 55 yo F, est. pt. Three "crusty moles" that catch and bleed: R cheek (bleeds when she washes her
face), mid back (bra strap rubs it, red and sore), L neck (necklace catches it, bled twice this month).
ROS: Negative except as noted.
Exam: R cheek 0.6 x 0.5 cm inflamed, crusted waxy papule. Mid back 0.8 x 0.7 cm erythematous stuck-on
papule with serous crust. L lateral neck 1.2 x 0.9 cm pedunculated verrucous papule with hemorrhagic crust.
Dermoscopy: milia-like cysts, comedo-like openings x3; no atypical network.
Impression: Inflamed/irritated seborrheic keratoses x3, symptomatic (bleeding, pain, friction).
Procedure: Shave removal x3
 - Consent reviewed incl. hypopigmentation and recurrence; signed.
 - Site prep with alcohol; 1% lidocaine w/ epi.
 - Each lesion removed flush with the surrounding skin by horizontal shave; hemostasis as listed
   on the procedure lines. Specimens to pathology (3 jars).
 - Vaseline, bandage. Tolerated well.
F/U prn; will call with pathology.
Marc Baptiste, MD
""",
    "expected": E([L("11311", 1), L("11301", 1), L("11307", 1)], topics=["coding-correction"]),
    "coder_note": "SH-1: shave codes by site group and lesion diameter. Cheek is FEENLM 0.6 cm -> 11311 "
                  "(not trunk 11300); back 0.8 cm -> 11301 (correct); neck is SNHFG 1.2 cm -> 11307 (not 11306). "
                  "Symptomatic inflamed SKs on a commercial plan.",
})

SCENARIOS.append({
    "id": "s13-shave-arm-nevus-and-scalp-isk",
    "family": "shave", "shape": "note-only",
    "description": "EMA template: two shave removals, scalp lesion size field left blank",
    "date": "2025-12-02",
    "patient": ("Kowalczyk", "Danuta", "1976-09-14", "female"),
    "provider": "pike", "payer": "commercial-aetna",
    "conditions": [
        C("c1", "Melanocytic nevi of left upper limb, including shoulder", "D22.62", "Left posterior upper arm",
          reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Crown of scalp", reason=True),
    ],
    "note": """OFFICE VISIT - PROCEDURE
Patient: Danuta Kowalczyk   DOB 09/14/1976   Provider: Jordan Pike, MD

CHIEF COMPLAINT: Two bumps that keep getting irritated

HISTORY OF PRESENT ILLNESS:
49-year-old female, established, presents for removal of two bothersome lesions discussed at her visit
in August. The mole on the back of the L arm bleeds when she shaves/bumps it and has been red and sore
for 3 weeks. The spot on top of her head gets caught in her hairbrush and has bled onto her pillow.

PAST DERM HX: nevi, no skin cancer. Had a cyst removed from her back in 2019.
MEDICATIONS: sertraline, OCP
ALLERGIES: NKDA

REVIEW OF SYSTEMS: Skin: as per HPI. Constitutional: no fever/chills. All others negative.

PHYSICAL EXAM:
General: pleasant, no distress
Skin: L posterior upper arm - soft dome-shaped flesh-colored papule with eroded, inflamed surface.
      Crown of scalp - crusted, inflamed waxy papule, hemorrhagic crust, hair around it matted.

ASSESSMENT:
1. Irritated intradermal nevus, L posterior upper arm
2. Inflamed seborrheic keratosis, crown of scalp

PROCEDURE: SHAVE REMOVAL
Consent: The nature of the procedure, expected scar, chance of recurrence and pigment change were
explained. Written consent obtained.
Anesthesia: 1% lidocaine with epinephrine, buffered.

Lesion #1
  Location: L posterior upper arm
  Size: 0.7 x 0.5 cm
  Technique: shave removal flush with skin using a DermaBlade
  Hemostasis: aluminum chloride
  Specimen: sent to pathology, jar 1

Lesion #2
  Location: crown of scalp
  Size: ___ x ___ cm
  Technique: shave removal with DermaBlade
  Hemostasis: aluminum chloride + pressure
  Specimen: sent to pathology, jar 2

Dressing: petrolatum, bandage. Post-care instructions reviewed verbally and in writing.

PLAN: Call with path results. RTC 6 months for skin check.
""",
    "expected": E([L("11301", 1)], topics=["missing-documentation"]),
    "coder_note": "Arm lesion 0.7 cm, TAL -> 11301 (SH-1). The scalp lesion's size field is blank and no "
                  "measurement appears anywhere: no size-banded line, missing-documentation (README coding "
                  "decisions: missing measurement -> no line).",
})

SCENARIOS.append({
    "id": "s13-shave-finger-pg-and-foot-isk-same-band",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals in SNHFG group, both 0.6-1.0 cm: one line x2",
    "date": "2026-01-08",
    "patient": ("Mendez-Albarran", "Josue", "1991-12-03", "male"),
    "provider": "chen", "payer": "medicaid",
    "conditions": [
        C("c1", "Pyogenic granuloma", "L98.0", "Right index finger", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Left dorsal foot", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="R index finger, dorsal proximal phalanx",
          note="0.7 cm friable red papule removed completely by shave at its base; base electrodesiccated for "
               "hemostasis. Pathology.", reasons=["c1"]),
        P("Shave removal", site="L dorsal foot over 2nd metatarsal",
          note="Lesion 0.9 x 0.8 cm, inflamed and tender where shoe strap rubs; shaved flush; AlCl.",
          reasons=["c2"]),
    ],
    "note": """Resident note - Dermatology continuity clinic (Dr. Bryony Achterberg, PGY-2; attending Dr. Wei Chen)
34M est pt. (1) Bleeding bump R index finger x6 wk after a splinter, bleeds through band-aids daily.
(2) Sore crusty growth on top of L foot where his work-boot strap sits, occasionally bleeds.
Exam: R index finger dorsal proximal phalanx - 0.7 cm friable vascular papule with collarette.
L dorsal foot - 0.9 x 0.8 cm inflamed verrucous stuck-on papule, eroded.
A/P: PG R index finger; irritated SK L dorsal foot. Both removed by shave today (see procedure records),
consent signed, 1% lido w/ epi, tolerated well. Path x2. Wound care reviewed. Boot padding advised.
Attending: seen and examined with resident; I performed both shave removals. W. Chen MD
""",
    "expected": E([L("11306", 2)]),
    "coder_note": "SH-1: finger and foot are both SNHFG; 0.7 cm and 0.9 cm are both in the 0.6-1.0 cm band -> "
                  "11306 for each lesion, summed to one line x2 (conventions: units summed per code).",
})

# ---------------------------------------------------------------- destruction
SCENARIOS.append({
    "id": "s13-ds-ak-scalp-hands-seventeen-in-person",
    "family": "destruction", "shape": "note-only",
    "description": "Telehealth clinic in-person visit: 12 scalp + 5 hand AKs = 17 -> 17004",
    "date": "2025-11-18",
    "patient": ("Thorvaldsen", "Gunnar", "1944-01-27", "male"),
    "provider": "santos", "payer": "medicare",
    "conditions": [C("c1", "Actinic keratosis", "L57.0", "Scalp and dorsal hands", reason=True)],
    "note": """Bridgeview Virtual Dermatology - in-person cryotherapy visit
Referring encounter: video visit 11/04/2025 (photos of scalp uploaded by daughter). Today in clinic for
treatment only.

81 yo M, bald, lifelong farmer. Rough, gritty spots on the scalp and backs of both hands that sting in
the sun. We treated 8 AKs on his forehead in May 2025; those areas are clear today.

Exam (in person): scalp - twelve discrete gritty erythematous scaly papules across the vertex and
frontal scalp. Dorsal hands - three on the right hand and two on the left, same morphology. No
indurated or ulcerated lesions. Forehead clear.

Dx: actinic keratoses, scalp and dorsal hands.

Procedure: cryodestruction with liquid nitrogen spray, 2 freeze-thaw cycles each, 1-2 mm halo.
Lesions treated today: scalp 12, right dorsal hand 3, left dorsal hand 2.
Verbal consent; blistering, hypopigmentation and recurrence reviewed. Tolerated well.

Discussed field therapy with 5-FU cream this winter - he wants to think about it; no Rx sent today.
Follow up video visit 8 weeks.
Rafael Santos, MD
""",
    "expected": E([L("17004", 1)]),
    "coder_note": "DS-1: 12 + 3 + 2 = 17 premalignant lesions -> 17004 x1 (15 or more), never with "
                  "17000/17003. The May treatment is history. AK destruction covered for Medicare (NCD 250.4).",
})

SCENARIOS.append({
    "id": "s13-ds-ema-seventeen-aks-face-scalp-ears",
    "family": "destruction", "shape": "pre-coded",
    "description": "EMA sent 17000 + 17003 x16 for 17 AKs",
    "date": "2025-12-09",
    "patient": ("Gallagher", "Eamon", "1950-06-02", "male"),
    "provider": "castellanos", "payer": "medicare-ngs",
    "conditions": [C("c1", "Actinic keratosis", "L57.0", "Face, scalp, ears", reason=True)],
    "procedures": [
        P("LN2 AK, first", cpt="17000", site="Face", reasons=["c1"],
          note="Cryo 2 cycles."),
        P("LN2 AK, each addl (x16)", cpt="17003", site="Face / scalp / ears", reasons=["c1"],
          note="16 additional AKs, units 16 entered by front desk from superbill."),
    ],
    "note": """CC: AK check, "rough spots are back"
HPI: 75 yo M, est., hx of multiple AKs, last LN2 6 months ago. Notes new rough spots on the face and
scalp. No bleeding, no rapidly growing lesions. Used 5-FU x2 weeks in 2023 with good result.
ROS: negative except skin.
Exam: Erythematous scaly gritty papules - face 9 (R cheek 3, L cheek 2, forehead 3, nasal dorsum 1),
scalp 6, ears 2 (L helix 1, R helix 1). No nodules, no ulceration.
A/P: Actinic keratoses x17. Treated all 17 with liquid nitrogen, 2 freeze-thaw cycles.
Consent: verbal; discussed blistering, crusting, pigment change. Aftercare handout.
Sun protection counseling. Recheck 6 months.
Ines Castellanos, MD
""",
    "expected": E([L("17004", 1)], topics=["coding-correction"]),
    "coder_note": "DS-1 / conventions: 17 AKs = 15 or more -> 17004 x1, which replaces 17000 + 17003 x16 "
                  "(17003 is lesions 2-14, max 13; 17004/17000 and 17004/17003 are indicator 0).",
})

SCENARIOS.append({
    "id": "s13-ds-sixteen-warts-child-medicaid",
    "family": "destruction", "shape": "free-text",
    "description": "16 common warts in a child treated with LN2: 17111",
    "date": "2026-02-03",
    "patient": ("Nwachukwu", "Chiamaka", "2015-08-19", "female"),
    "provider": "halvorsen", "payer": "medicaid-mco",
    "conditions": [C("c1", "Verruca vulgaris", "B07.8", "Hands and left knee", reason=True)],
    "procedures": [
        P("Cryotherapy of warts", site="R hand, L hand, L knee",
          note="Liquid nitrogen, 2 freeze-thaw cycles. Warts treated: right hand 9 (fingers and palm), left hand "
               "4, left knee 3.", reasons=["c1"]),
    ],
    "note": """Peds derm clinic - resident Dr. Ilse Marangoni (PGY-4) / attending Dr. K. Halvorsen
10 y/o girl with spreading warts on both hands and L knee x 1 yr, now 16, several fissured and painful
when she writes and grips. Mom reports picking. OTC salicylic acid x3 months without improvement.
Exam: 16 verrucous papules: R hand 9, L hand 4, L knee 3. No periungual involvement.
Plan: LN2 today per procedure record. Mom asked about cantharidin - not available today; may consider
at next visit. Resume salicylic acid nightly after blisters heal. RTC 4 weeks for re-treatment.
Attending: I was present for the entire cryotherapy and agree with the resident's documentation.
""",
    "expected": E([L("17111", 1)]),
    "coder_note": "DS-2: benign (wart) destruction of 15 or more lesions -> 17111 x1 (9 + 4 + 3 = 16). "
                  "Cantharidin only discussed.",
})

SCENARIOS.append({
    "id": "s13-ds-fourteen-aks-face-ears-scalp",
    "family": "destruction", "shape": "note-only",
    "description": "Exactly 14 AKs: 17000 + 17003 x13; two thick scalp lesions deferred",
    "date": "2026-01-20",
    "patient": ("Ashworth", "Beatrix", "1946-10-11", "female"),
    "provider": "castellanos", "payer": "medicare-ngs",
    "conditions": [C("c1", "Actinic keratosis", "L57.0", "Face, ears, scalp", reason=True)],
    "note": """Dermatology Associates of Oak Hollow - EMA Visit Note

Chief Complaint: Actinic keratosis follow-up
HPI: Patient is a 79 y/o female returning for her 6-month AK check. She reports new scaly areas on her
cheeks and ears. Denies bleeding lesions. Last treatment 07/2025 (LN2).
ROS: Skin - see HPI. Remainder negative.
Exam: Face, ears, scalp, neck examined.
  Gritty erythematous papules consistent with AK:
    L cheek ............ 4
    R cheek ............ 3
    Forehead ........... 2
    Nasal tip .......... 1
    L ear (helix) ...... 2
    R ear (antihelix) .. 1
    Scalp (vertex) ..... 1
  Two additional thicker hyperkeratotic papules on the posterior scalp (0.6 cm and 0.8 cm) - HAK vs SCC.
Assessment:
  1. Actinic keratoses, 14 lesions as tabulated - treated.
  2. Hyperkeratotic papules posterior scalp x2 - NOT treated today; will biopsy at next visit (patient
     had to leave for a ride; she prefers to come back).
Procedure - Cryosurgery:
  Consent obtained. Liquid nitrogen applied to each of the 14 AKs listed above, 2 cycles, 10-second freeze.
  Patient tolerated well. Post-procedure instructions given.
Plan: RTC 2-3 weeks for biopsy of posterior scalp lesions. Sunscreen daily.
Ines Castellanos, MD
""",
    "expected": E([L("17000", 1), L("17003", 13)]),
    "coder_note": "DS-1: 4+3+2+1+2+1+1 = 14 AKs -> 17000 + 17003 x13 (lesions 2-14). The two posterior-scalp "
                  "lesions were not treated and the biopsy is planned for a later visit.",
})

# ---------------------------------------------------------------- em
SCENARIOS.append({
    "id": "s13-em-psoriasis-biologic-switch-plus-shave-bx",
    "family": "em", "shape": "note-only",
    "description": "Established psoriasis flare with biologic switch + labs (99214-25) and shave bx of new lesion",
    "date": "2025-10-30",
    "patient": ("Lindahl", "Petra", "1979-04-06", "female"),
    "provider": "weiss", "payer": "commercial",
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True),
        C("c2", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2", "Right flank",
          reason=True),
    ],
    "note": """UNIVERSITY DERMATOLOGY - PSORIASIS CLINIC
Resident: Hamish Odeleye, MD (PGY-3)          Attending: Samuel Weiss, MD
Visit type: established, scheduled follow-up

S: 46F with plaque psoriasis on adalimumab 40 mg q2wk since 2022. Over the last 3 months plaques have
come back on elbows, knees, lower back and scalp despite adherence; itch 7/10, sleep affected. No joint
swelling or morning stiffness. Also: a pink scaly spot on her R flank that "won't go away" x 2 months,
bled once.
Meds: adalimumab, clobetasol 0.05% soln (scalp) prn. No recent infections. Quantiferon 01/2025 negative.

O: BSA ~8% (was ~2% in April): thick erythematous plaques with silvery scale on elbows, knees, sacrum,
posterior scalp. Nails: few pits, no onycholysis. Joints: no dactylitis/synovitis.
R flank: 1.0 cm pink scaly thin plaque, well demarcated, slight pearly edge on stretch.

A/P:
1. Plaque psoriasis, worsening on adalimumab (secondary loss of response). PASI 9.8, DLQI 12.
   - Stop adalimumab. Start risankizumab 150 mg SC wk 0, 4, then q12wk; prior auth submitted today.
   - Labs: CBC, CMP, hepatitis B/C serologies, repeat Quantiferon before first dose.
   - Continue clobetasol soln to scalp BID x2 wk then weekends; add calcipotriene cream to body plaques.
   - Counseled on infection risk, vaccines (no live vaccines), what to expect.
2. Lesion R flank, ddx superficial BCC vs psoriasis plaque vs Bowen - shave biopsy today.
   Procedure: consent signed; alcohol prep; 1% lido w/ epi 0.5 mL; tangential biopsy with flexible blade
   to mid dermis; AlCl; petrolatum and bandage. Specimen to dermpath.
RTC 4 weeks after first dose; will message biopsy result.

Attending attestation: I personally saw the patient, confirmed the exam and the decision to switch
biologic therapy, and was present for the biopsy. -- S. Weiss MD
""",
    "expected": E([L("99214", 1, "25"), L("11102", 1)]),
    "coder_note": "GS-3: the E/M addresses a worsening chronic illness with prescription drug management "
                  "(biologic switch, labs) - significant and separate from the biopsy decision -> 99214-25. "
                  "Single tangential biopsy -> 11102 (11102/99214 indicator 1 bypassed by 25 on the E/M).",
})

SCENARIOS.append({
    "id": "s13-em-new-patient-nose-lesion-referral",
    "family": "em", "shape": "note-only",
    "description": "New patient referred for one nose lesion, exam and plan limited to it: 99203 removed, 11102",
    "date": "2025-12-16",
    "patient": ("Fairweather", "Cyril", "1957-02-18", "male"),
    "provider": "chen", "payer": "medicare-advantage",
    "em": "99203",
    "conditions": [C("c1", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2",
                     "Left nasal sidewall", reason=True)],
    "note": """NEW PATIENT - Dermatology (academic faculty practice)
Referred by: Dr. Paulina Oyelowo (PCP) for "bump on nose"

68-year-old man, new to our clinic, never seen by any dermatologist in our group. 4-month history of a
small bump on the left side of his nose that bleeds with nose blowing. No personal or family history
of skin cancer. Retired mail carrier.
He declined a full skin exam today ("just want the nose looked at"); a focused exam was done.
Meds: atorvastatin, aspirin 81 mg. Allergies: sulfa.

Exam: L nasal sidewall - 5 mm translucent papule with rolled border and central erosion; dermoscopy
with arborizing vessels and ulceration. No cervical lymphadenopathy.

Impression: papule L nasal sidewall, suspicious for BCC.
Plan: shave biopsy now. If BCC, refer for Mohs. Aspirin need not be held.
Procedure: risks/benefits reviewed, consent signed; site cleaned with alcohol; 1% lidocaine with
epinephrine; tangential biopsy with a flexible blade; hemostasis with aluminum chloride; dressing.
Pt tolerated without complications. Will contact with pathology in 7-10 days.
Wei Chen, MD
""",
    "expected": E([L("11102", 1)]),
    "coder_note": "GS-3: the only work is evaluation of the lesion and the decision to biopsy it; being a new "
                  "patient does not by itself justify an E/M -> 99203 removed (README: E/M removed, new patient). "
                  "Tangential biopsy of the nasal sidewall skin -> 11102.",
})

SCENARIOS.append({
    "id": "s13-em-new-acne-and-itchy-sks",
    "family": "em", "shape": "free-text",
    "description": "New patient: acne flare with Rx management (99204-25) + LN2 of two inflamed SKs (17110)",
    "date": "2025-11-13",
    "patient": ("Abernethy-Sloane", "Corinne", "1981-03-28", "female"),
    "provider": "ramirez", "payer": "commercial-uhc",
    "em": "99204",
    "conditions": [
        C("c1", "Acne vulgaris", "L70.0", "Face, jawline", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Left flank and right lower back", reason=True),
    ],
    "procedures": [
        P("Cryotherapy benign lesions", site="L flank; R lower back",
          note="Two inflamed, itchy seborrheic keratoses treated with LN2, 2 freeze-thaw cycles each.",
          reasons=["c2"]),
    ],
    "note": """NEW PATIENT VISIT
CC: adult acne getting worse; itchy growths on back
HPI: 44F new to the practice. Inflammatory papules/cysts along jawline and chin x 2 yrs, much worse over
the last 4 months despite OTC benzoyl peroxide and adapalene 0.1% (OTC) daily; now scarring. Flares
premenstrually. Not pregnant, not planning pregnancy; uses IUD. Separate complaint: two rough tan
growths on the L flank and R lower back that itch, are red and get scratched raw.
PMH: PCOS. Meds: levonorgestrel IUD. Allergies: none.
ROS: hirsutism mild; no irregular menses since IUD. Otherwise negative.
Exam: jawline/chin - 15-20 inflammatory papules, 4 nodules, early atrophic scars. Back/chest clear.
L flank and R lower back - two 0.8-1.0 cm inflamed, excoriated stuck-on verrucous papules.
A/P:
1. Acne vulgaris, moderate-severe, worsening with early scarring.
   - Start doxycycline 100 mg daily x 12 weeks (photosensitivity, take with food/water).
   - Rx tretinoin 0.05% cream qhs; spironolactone 50 mg daily discussed and started, BP and K+ reviewed,
     baseline BMP ordered.
   - Discussed isotretinoin as next step if not improved at 12 weeks.
2. Inflamed SKs x2 (itching, inflamed) - LN2 today (see procedure record). Consent verbal.
Return 12 weeks.
Sofia Ramirez, MD
""",
    "expected": E([L("99204", 1, "25"), L("17110", 1)]),
    "coder_note": "GS-3: acne with progression and three prescriptions is significant, separately identifiable "
                  "from the LN2 decision -> provider's 99204 kept with 25. Two inflamed SKs (L82.0) -> 17110 x1 "
                  "(DS-2, up to 14).",
})

SCENARIOS.append({
    "id": "s13-em-medicare-annual-skin-check-new",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS screening-only skin exam, no history, no complaint, nothing found: 99202-GY",
    "date": "2026-02-10",
    "patient": ("Pettersen", "Arvid", "1953-11-05", "male"),
    "provider": "baptiste", "payer": "medicare",
    "em": "99202",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", None, reason=True)],
    "note": """NEW PATIENT - SKIN CANCER SCREENING
Reason for visit: "annual skin check" - wife's idea; he has no concerns.
HPI: 72 yo M, no personal or family history of skin cancer or melanoma, no history of atypical moles,
no prior biopsies. No new, changing, bleeding or itchy lesions. Not immunosuppressed.
Meds: tamsulosin. Allergies: NKDA.
ROS: negative.
Exam: Full skin examination (scalp, face, ears, neck, trunk, buttocks, extremities, palms/soles, nails):
no suspicious pigmented or non-pigmented lesions; no findings that need treatment or follow-up.
Assessment: screening skin examination, normal.
Plan: self-skin-exam technique and sun protection reviewed. No follow-up needed unless he notices a
change. No procedures.
Marc Baptiste, MD
""",
    "expected": E([L("99202", 1, "GY")]),
    "coder_note": "DX-5 / README coding decisions: Medicare FFS has no skin-cancer screening benefit; "
                  "screening-only exam with no history, no complaint and nothing found -> E/M with GY (no ABN "
                  "documented, so no GX).",
})

# ---------------------------------------------------------------- excision-benign
SCENARIOS.append({
    "id": "s13-exb-cyst-upper-back-recurrent",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst R upper back 2.2 cm + 2 mm margin each side = 2.6 cm; "
                   "layered closure 4.5 cm",
    "date": "2025-11-20",
    "patient": ("Szabo", "Levente", "1986-01-15", "male"),
    "provider": "halvorsen", "payer": "commercial-cigna",
    "conditions": [C("c1", "Epidermal cyst", "L72.0", "Right upper back", reason=True)],
    "path": [{"text": "Skin and subcutis, right upper back, excision: ruptured epidermoid (infundibular) cyst "
                      "with foreign-body giant cell reaction; margins free.", "site": "Right upper back",
              "date": "2025-11-24"}],
    "note": """DERMATOLOGIC SURGERY CLINIC - OPERATIVE NOTE
Surgeon: Kirsten Halvorsen, MD (attending)   Assistant: Nadia Ferreira-Kaur, MD (PGY-4)

Indication: 39M with a cyst on the R upper back that has become inflamed, painful and drained
foul material three times this year (I&D at urgent care 06/2025, doxycycline twice). Quiescent now.
Pre-op measurement: cyst 2.2 x 1.8 cm (greatest clinical diameter 2.2 cm), punctum present.

Procedure: excision of epidermoid cyst with layered closure.
Time-out performed. Site marked. Fusiform ellipse oriented along relaxed skin tension lines, designed
with a 2 mm margin around the cyst on each side (superior, inferior, medial and lateral).
Anesthesia: 1% lidocaine with epinephrine 1:100,000, 8 mL. Chlorhexidine prep, sterile drape.
The ellipse was incised and the cyst dissected free intact from surrounding fibrosis down to the
subcutaneous fat; removed en bloc with overlying punctum and sent for pathology.
Hemostasis with electrocautery.
Repair: layered closure - deep dermal/subcutaneous buried 4-0 Monocryl interrupted sutures, then
5-0 nylon running cuticular. Final repaired length 4.5 cm.
EBL < 5 mL. Steri-strips and pressure dressing. No complications.

Post-op: wound care handout, acetaminophen prn, no heavy lifting 1 week. Suture removal in 12-14 days.
Attending present and scrubbed for the entire procedure.
""",
    "expected": E([L("11403", 1), L("12032", 1)]),
    "coder_note": "EX-1: excised diameter = 2.2 + 2 x 0.2 = 2.6 cm, trunk, benign -> 11403. EX-5: layered "
                  "(intermediate) closure is separately reportable; 4.5 cm trunk -> 12032.",
})

SCENARIOS.append({
    "id": "s13-exb-ema-changing-mole-arm-path-dysplastic",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "EMA coded malignant 11602 + simple repair 12002; path dysplastic nevus, narrowest margin 3 mm",
    "date": "2025-10-28",
    "patient": ("Okonjo-Reyes", "Lydia", "1958-08-08", "female"),
    "provider": "pike", "payer": "medicare",
    "conditions": [C("c1", "Melanocytic nevi of right upper limb, including shoulder", "D22.61",
                     "Right posterior upper arm", reason=True)],
    "procedures": [
        P("Excision malignant lesion", cpt="11602", site="R posterior upper arm",
          note="Changing pigmented lesion 0.6 x 0.5 cm, r/o melanoma. Excised with margins 3 mm superior and "
               "inferior, 4 mm medial and lateral.", reasons=["c1"]),
        P("Simple repair", cpt="12002", site="R posterior upper arm",
          note="Single-layer closure with 4-0 nylon simple interrupted, 3.0 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right posterior upper arm, excision: compound dysplastic nevus with moderate "
                      "architectural and cytologic atypia; margins clear (closest 2.5 mm). No melanoma.",
              "site": "Right posterior upper arm", "date": "2025-11-03"}],
    "note": """Chief Complaint: Changing mole R arm
HPI: 67 yo F est. Mole on back of R arm darker and larger over 6 months per husband's photos. No bleeding.
Hx: no prior skin cancer. Mother had melanoma at 70.
Exam: R posterior upper arm 0.6 x 0.5 cm irregularly pigmented macule, asymmetric, 3 colors on dermoscopy
with irregular dots at periphery.
Assessment: Atypical pigmented lesion R arm - rule out melanoma.
Plan/Procedure: Excisional biopsy today.
  Consent signed after discussion of scar, infection, bleeding, possible wider re-excision.
  Betadine prep; 1% lidocaine w/ epi 3 mL.
  Lesion outlined; margins marked: 3 mm superior and inferior, 4 mm medial and lateral.
  Fusiform excision to subcutaneous fat. Specimen oriented with suture at 12 o'clock.
  Closed in a single layer with 4-0 nylon simple interrupted sutures; length 3.0 cm.
  Bacitracin, bandage. Tolerated well.
Follow-up: suture removal 10 days; will call with pathology.
Jordan Pike, MD
Addendum 11/03/2025: Path - dysplastic nevus, moderate atypia, clear margins. No further surgery needed.
Discussed with patient by phone.
""",
    "expected": E([L("11402", 1)], topics=["coding-correction"]),
    "coder_note": "EX-3: final pathology benign (dysplastic nevus) -> benign excision code. EX-1: 0.6 cm + 2 x "
                  "narrowest margin 0.3 cm = 1.2 cm, arm -> 11402. EX-5: simple single-layer closure is included "
                  "in the excision (11402/12002 indicator 1, same wound) -> 12002 removed.",
})

# ---------------------------------------------------------------- excision-malignant
SCENARIOS.append({
    "id": "s13-exm-bcc-back-html",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven BCC R upper back 1.4 cm + 4 mm margins = 2.2 cm, layered closure 5.5 cm",
    "date": "2025-12-04",
    "patient": ("Marchbanks", "Leopold", "1949-05-21", "male"),
    "provider": "okafor", "payer": "medicare",
    "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Right upper back",
                     reason=True)],
    "path": [{"text": "Skin, right upper back, excision: basal cell carcinoma, nodular type, completely "
                      "excised; closest peripheral margin 3 mm.", "site": "Right upper back", "date": "2025-12-08"}],
    "html": True,
    "note": """<div><b>DERMATOLOGY PROCEDURE NOTE</b><br>
Resident: Amaru Quispe, MD (PGY-2)<br>Attending: Adaeze Okafor, MD<br>Date: 12/04/2025</div>
<p><b>Pre-op diagnosis:</b> Basal cell carcinoma, nodular, R upper back (shave biopsy 11/12/2025, outside
lab report reviewed).<br><b>Post-op diagnosis:</b> same.</p>
<p><b>History:</b> 76M, not a Mohs candidate by site/size/histology (trunk, primary, nodular). Pt prefers
excision over ED&amp;C after discussion. On apixaban - continued per cardiology.</p>
<table border="1">
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Lesion size (pre-op, clinical)</td><td>1.4 x 1.0 cm pink pearly plaque at biopsy site</td></tr>
<tr><td>Margins</td><td>4 mm clinical margins around the entire lesion</td></tr>
<tr><td>Anesthesia</td><td>1% lidocaine w/ epi, 10 mL</td></tr>
<tr><td>Depth</td><td>to superficial fat</td></tr>
<tr><td>Closure</td><td>layered: 3-0 Vicryl buried deep dermal + 4-0 Prolene running subcuticular</td></tr>
<tr><td>Final length of repair</td><td>5.5 cm</td></tr>
</table>
<p><b>Narrative:</b> Time-out. Chlorhexidine prep. Elliptical excision with a 3:1 ratio oriented
horizontally. Specimen tagged at 12 o'clock and sent for permanent sections. Wound edges undermined
minimally to reduce tension. Layered repair as above. Electrocautery for bleeders. EBL 5 mL.</p>
<p><b>Plan:</b> pressure dressing 48 h; sutures out in 14 days; full skin exam in 6 months.</p>
<p><i>Attending statement:</i> I was present for the entire procedure and agree with the note above.
-- A. Okafor, MD</p>""",
    "expected": E([L("11603", 1), L("12032", 1)]),
    "coder_note": "EX-1: 1.4 + 2 x 0.4 = 2.2 cm, trunk, malignant (biopsy-proven BCC, confirmed) -> 11603. "
                  "EX-5: intermediate layered closure 5.5 cm trunk -> 12032. The earlier biopsy is history.",
})

SCENARIOS.append({
    "id": "s13-exm-ema-mis-forearm-margin-reexcision",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of MIS with positive margin 9 days after first excision: 11603-58 + 12032-58",
    "date": "2025-11-12",
    "patient": ("Haverford", "Simone", "1968-12-01", "female"),
    "provider": "ramirez", "payer": "commercial",
    "conditions": [C("c1", "Melanoma in situ of left upper limb, including shoulder", "D03.62",
                     "Left dorsal forearm", reason=True)],
    "prior": [PRIOR("2025-11-03", "11602", "Excision pigmented lesion L forearm", "Left dorsal forearm",
                    note="Lesion 0.7 cm, 2 mm margins; simple closure.")],
    "procedures": [
        P("Re-excision malignant lesion", cpt="11603", site="L dorsal forearm",
          note="Re-excision of scar for positive margin. Scar 1.8 cm; 5 mm margins around the scar.",
          reasons=["c1"]),
        P("Intermediate repair", cpt="12032", site="L dorsal forearm",
          note="Layered closure, 4-0 Vicryl deep, 5-0 nylon cuticular. 6.0 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left forearm, excision: melanoma in situ, lentiginous type; peripheral margin "
                 "involved at 9 o'clock.", "site": "Left dorsal forearm", "date": "2025-11-06",
         "encounter": "enc-s13-exm-ema-mis-forearm-margin-reexcision-prior-1"},
        {"text": "Skin, left forearm, re-excision: scar with no residual melanoma in situ; margins clear.",
         "site": "Left dorsal forearm", "date": "2025-11-17"},
    ],
    "note": """Chief Complaint: Re-excision, melanoma in situ L forearm
HPI: 56 yo F s/p excision of pigmented lesion L dorsal forearm on 11/03/2025 (sutures still in).
Pathology 11/06: melanoma in situ with involved peripheral margin. Discussed by phone; here for
re-excision as planned. No new complaints.
Exam: L dorsal forearm healing linear 1.8 cm sutured scar, no residual pigment visible, no erythema.
Assessment: Melanoma in situ, L forearm, positive margin.
Procedure: Wide re-excision with layered closure
  Consent signed. Chlorhexidine prep. 1% lidocaine with epinephrine 9 mL.
  Old sutures removed. 5 mm margins marked around the entire 1.8 cm scar; fusiform excision to fascia.
  Specimen oriented, sent.
  Layered closure: buried 4-0 Vicryl, 5-0 nylon running. Final length 6.0 cm.
  No complications.
Plan: suture removal 14 days. Full skin exams q6 months x2 years.
Sofia Ramirez, MD
""",
    "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["global-period"]),
    "coder_note": "GS-5 / EX-4: re-excision for a positive margin inside the 10-day global of the 11/03 excision "
                  "is a staged/related procedure -> 58 on the excision and on the repair. Still malignant (MIS, "
                  "D03) even with a negative re-excision specimen. EX-1: scar 1.8 + 2 x 0.5 = 2.8 cm, arm -> "
                  "11603. Layered closure 6.0 cm arm -> 12032.",
})

SCENARIOS.append({
    "id": "s13-exm-scc-scalp-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "SCC L parietal scalp 1.0 cm + 4 mm margins = 1.8 cm (11622) + scalp layered repair 3.5 cm (12032)",
    "date": "2026-01-27",
    "patient": ("Rasmussen-Tall", "Edwin", "1962-04-17", "male"),
    "provider": "lindgren", "payer": "commercial-aetna",
    "conditions": [C("c1", "Squamous cell carcinoma of skin of scalp and neck", "C44.42", "Left parietal scalp",
                     reason=True)],
    "procedures": [
        P("Excision of SCC", site="Left parietal scalp",
          note="Biopsy-proven well-differentiated SCC (bx 01/09/2026). Lesion 1.0 x 0.9 cm; excised with 4 mm "
               "margins to galea. Specimen oriented.", reasons=["c1"]),
        P("Layered closure", site="Left parietal scalp",
          note="Galeal/deep 3-0 Vicryl buried, skin staples. Repair length 3.5 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left parietal scalp, excision: squamous cell carcinoma, well differentiated, "
                      "completely excised; margins free (closest 3 mm).", "site": "Left parietal scalp",
              "date": "2026-01-30"}],
    "note": """Bridgeview Dermatology - in-person surgical visit
63M, video consult 01/15/2026 reviewed biopsy result (SCC, well diff) and scheduled excision. Today:
excision done in our procedure room (see procedure entries). Tolerated well, EBL minimal.
Post-op: keep dry 24 h, staples out in 10-12 days (can be done at the in-person nurse clinic).
Next skin exam 6 months; he will send photos of any new lesion through the app.
Electronically signed: Astrid Lindgren, MD
""",
    "expected": E([L("11622", 1), L("12032", 1)]),
    "coder_note": "EX-1/EX-2: scalp is SNHFG; 1.0 + 2 x 0.4 = 1.8 cm -> 11622 (malignant, biopsy-proven). "
                  "REP-2: intermediate repair of the scalp falls in 12031-12037 (scalp/axillae/trunk/extremities), "
                  "not the neck/hands/feet group; 3.5 cm -> 12032.",
})

# ---------------------------------------------------------------- mohs
SCENARIOS.append({
    "id": "s13-mohs-nasal-ala-two-stages-bilobed-flap",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R nasal ala BCC 2 stages + bilobed flap 4.8 sq cm (14060)",
    "date": "2025-10-16",
    "patient": ("Quennell", "Agatha", "1945-09-03", "female"),
    "provider": "nakamura", "payer": "medicare",
    "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal ala", reason=True)],
    "html": True,
    "note_title": "Mohs Micrographic Surgery Operative Report",
    "note": """<h3>LAKESHORE MOHS &amp; DERMATOLOGIC SURGERY</h3>
<p><b>Operative report - Mohs micrographic surgery</b><br>Surgeon / pathologist: Ren Nakamura, MD
(acted as both surgeon and pathologist)</p>
<p><b>Diagnosis:</b> basal cell carcinoma, nodular, R nasal ala - biopsy 09/22/2025 by referring
dermatologist (Dr. F. Oduya), slide reviewed.<br>
<b>Indication:</b> H-zone location (nose), primary tumor. Appropriate per AUC.<br>
<b>Pre-op size:</b> 0.8 x 0.7 cm.</p>
<p>Consent and time-out. Site confirmed by patient in mirror and with biopsy photo. 1% lidocaine with
epi. Debulked with curette; first layer excised with beveled margin, mapped, divided, color-coded,
frozen sections (H&amp;E) read by the surgeon.</p>
<table border="1">
<tr><th>Stage</th><th>Tissue blocks</th><th>Result</th></tr>
<tr><td>I</td><td>3</td><td>residual nodular BCC at 3-5 o'clock, deep margin clear</td></tr>
<tr><td>II</td><td>1</td><td>clear</td></tr>
</table>
<p><b>Final defect:</b> 1.2 x 1.0 cm on the R nasal ala, to the level of the nasalis muscle; alar rim
intact.</p>
<p><b>Repair - bilobed transposition flap:</b> After discussing second-intention healing vs full-thickness
graft vs flap, a bilobed flap was chosen to preserve alar contour. Flap designed from the nasal
sidewall/dorsum, incised, elevated at the submuscular plane, transposed, and the tertiary defect closed
primarily. Primary defect 1.1 sq cm; secondary (flap donor) defect 3.7 sq cm; total 4.8 sq cm.
Deep 5-0 Monocryl, epidermis 6-0 polypropylene. Burow's triangle removed at the pivot point.</p>
<p>EBL minimal. Pressure dressing. Post-op instructions given; sutures out in 7 days. Patient to
return to the referring dermatologist for routine skin checks.</p>""",
    "expected": E([L("17311", 1), L("17312", 1), L("14060", 1)]),
    "coder_note": "MOHS-2: nose -> 17311 for stage 1 (3 blocks) + 17312 x1 for stage 2 (1 block); no block "
                  "beyond 5. FLAP-1/FLAP-3: bilobed flap on the nose 1.1 + 3.7 = 4.8 sq cm -> 14060, reported "
                  "with Mohs (no 17311/14060 edit).",
})

SCENARIOS.append({
    "id": "s13-mohs-ema-dorsal-hand-scc-three-stages",
    "family": "mohs", "shape": "pre-coded",
    "description": "EMA coded dorsal-hand Mohs as 17313/17314; 3 stages, 6 blocks in stage 1; layered repair hand",
    "date": "2025-11-25",
    "patient": ("Dubrovnik", "Milan", "1947-02-14", "male"),
    "provider": "marchetti", "payer": "medicare-advantage-ppo",
    "conditions": [C("c1", "Squamous cell carcinoma of skin of left upper limb, including shoulder", "C44.629",
                     "Left dorsal hand", reason=True)],
    "procedures": [
        P("Mohs first stage", cpt="17313", site="L dorsal hand", reasons=["c1"],
          note="Stage 1: 6 tissue blocks."),
        P("Mohs addl stage", cpt="17314", site="L dorsal hand", reasons=["c1"], note="Stage 2: 2 blocks."),
        P("Mohs addl stage", cpt="17314", site="L dorsal hand", reasons=["c1"], note="Stage 3: 1 block."),
        P("Mohs addl block", cpt="17315", site="L dorsal hand", reasons=["c1"],
          note="One block beyond 5 in stage 1."),
        P("Layered closure", cpt="12042", site="L dorsal hand", reasons=["c1"],
          note="Intermediate repair 3.0 cm."),
    ],
    "note": """MOHS SURGERY NOTE
Patient: Milan Dubrovnik   Surgeon: Luca Marchetti, MD (surgeon and pathologist)
Tumor: invasive SCC, moderately differentiated, L dorsal hand over 3rd metacarpal; biopsy 10/30/2025.
Pre-op size 1.5 x 1.3 cm. Indication: hand location, Mohs appropriate.
Stage 1: 6 tissue blocks - positive at 12-2 o'clock (blocks 1 and 2), deep clear.
Stage 2: 2 tissue blocks - focal residual at 1 o'clock.
Stage 3: 1 tissue block - clear.
Final defect 2.3 x 1.6 cm to subcutaneous fat; extensor tendon paratenon intact, not exposed.
Repair: layered closure with buried 4-0 Monocryl and 5-0 nylon vertical mattress; final length 3.0 cm.
Hemostasis with bipolar. Dressing, elevation. Sutures out 12 days. Return to PCP derm for surveillance.
""",
    "expected": E([L("17311", 1), L("17312", 2), L("17315", 1), L("12042", 1)], topics=["coding-correction"]),
    "coder_note": "MOHS-2: hands belong to the 17311/17312 group, not trunk/arms/legs 17313/17314 -> 17311 + "
                  "17312 x2 (stages 2 and 3) + 17315 x1 (block 6 of stage 1). REP-2: intermediate repair of the "
                  "hand 3.0 cm -> 12042 (MOHS-7, separately reportable).",
})

SCENARIOS.append({
    "id": "s13-mohs-back-bcc-infiltrative",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs infiltrative BCC upper back 17313 + 17314; complex repair 8.5 cm trunk (13101 + 13102)",
    "date": "2026-02-12",
    "patient": ("Everhart", "Clementine", "1952-07-25", "female"),
    "provider": "voss", "payer": "medicare-ngs",
    "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Left upper back",
                     reason=True)],
    "procedures": [
        P("Mohs surgery, stage 1", site="Left upper back",
          note="Infiltrative BCC, 2.4 x 2.0 cm pre-op. Stage 1 excised, 4 tissue blocks, surgeon read frozen "
               "sections: positive at 6 o'clock.", reasons=["c1"]),
        P("Mohs surgery, stage 2", site="Left upper back",
          note="Stage 2: 2 tissue blocks, clear.", reasons=["c1"]),
        P("Complex repair", site="Left upper back",
          note="Defect 3.6 x 3.0 cm. Irregular, devitalized wound edges debrided back to healthy bleeding "
               "tissue; extensive undermining 4 cm on each side at the fascial plane; layered closure with "
               "2-0 PDS retention sutures and 3-0 Vicryl deep, 4-0 nylon running. Final length 8.5 cm.",
          reasons=["c1"]),
    ],
    "note": """Lakeshore Mohs - brief op note (full details in procedure records)
73F, biopsy-proven infiltrative BCC of the L upper back (aggressive histology, > 2 cm; recurrent after
ED&C in 2021 by an outside provider). Mohs appropriate on trunk per AUC (size, histology, recurrence).
Two stages to clearance. Complex repair as documented. Tolerated well, EBL 15 mL.
Discussed that a tension-relieving flap would be the alternative; not needed.
Sutures out 14 days; retention sutures at 10 days.
Henrietta Voss, MD - Mohs surgeon and pathologist
""",
    "expected": E([L("17313", 1), L("17314", 1), L("13101", 1), L("13102", 1)]),
    "coder_note": "MOHS-2: trunk -> 17313 + 17314 x1, 4 and 2 blocks (no 17315). REP-3: debridement of wound "
                  "edges, extensive undermining and retention sutures -> complex. REP-2/code families: trunk "
                  "8.5 cm -> 13101 (2.6-7.5) + 13102 x1 (each additional 5 cm or less). No flap done.",
})

SCENARIOS.append({
    "id": "s13-mohs-new-pt-helix-same-day",
    "family": "mohs", "shape": "note-only",
    "description": "New-patient Mohs day: 99203 decision only (removed); 1 stage; helical rim complex repair 2.2 cm",
    "date": "2026-03-05",
    "patient": ("Beauregard", "Lucien", "1940-11-30", "male"),
    "provider": "nakamura", "payer": "medicare",
    "em": "99203",
    "conditions": [C("c1", "Squamous cell carcinoma of skin of left ear and external auricular canal", "C44.229",
                     "Left helix", reason=True)],
    "note": """LAKESHORE MOHS & DERMATOLOGIC SURGERY
Consultation and same-day Mohs surgery

85 yo M referred by Dr. G. Amundsen for biopsy-proven well-differentiated SCC of the L helix
(bx 02/11/2026, report reviewed). First visit with our practice. He has no other skin concerns today;
his general dermatologist follows the rest of his skin. History limited to the tumor and surgical risk:
on clopidogrel (continued), pacemaker (bipolar cautery only), no allergy to lidocaine.
Exam: L mid helix, 0.9 x 0.8 cm keratotic nodule at biopsy site, involving the helical rim.
Mohs discussed (cure rate, defect, repair options, risks); he agreed; consent signed.

MOHS MICROGRAPHIC SURGERY
Surgeon and pathologist: Ren Nakamura, MD
Stage I: 4 tissue blocks, frozen H&E - all margins clear.
Final defect: 1.6 x 1.1 cm L mid helix, through the helical rim, cartilage intact.

REPAIR: complex repair. Defect involving the free margin of the helical rim; edges trimmed, cartilage
contoured, rim realigned with everting 5-0 Prolene and 5-0 fast-absorbing gut; layered deep closure.
Final repair length 2.2 cm.
Bipolar hemostasis. Pressure dressing. Sutures out 1 week.
""",
    "expected": E([L("17311", 1), L("13151", 1)]),
    "coder_note": "GS-3 / README (E/M removed, Mohs decision only): the same-day consult covers only the tumor "
                  "and the decision for Mohs -> 99203 removed. MOHS-2: ear -> 17311 (1 stage, 4 blocks). "
                  "REP-3: free margin of the helical rim -> complex; ear 2.2 cm -> 13151 (MOHS-7).",
})

# ---------------------------------------------------------------- repair
SCENARIOS.append({
    "id": "s13-rep-cheek-and-neck-bcc-two-repair-groups",
    "family": "repair", "shape": "free-text",
    "description": "BCC L cheek (11642) + BCC L neck (11621); intermediate repairs cheek 3.0 (12052) and neck 2.4 "
                   "(12041) not summed",
    "date": "2025-12-11",
    "patient": ("Winterbourne", "Ottilie", "1955-03-09", "female"),
    "provider": "okafor", "payer": "commercial",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left cheek", reason=True),
        C("c2", "Basal cell carcinoma of skin of scalp and neck", "C44.41", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision BCC", site="L cheek",
          note="Biopsy-proven superficial/nodular BCC. Lesion 0.8 x 0.6 cm, 3 mm margins.", reasons=["c1"]),
        P("Layered repair", site="L cheek",
          note="Buried 5-0 Monocryl, 6-0 nylon running. Length 3.0 cm.", reasons=["c1"]),
        P("Excision BCC", site="L lateral neck",
          note="Biopsy-proven superficial BCC. Lesion 0.5 x 0.5 cm, 2 mm margins.", reasons=["c2"]),
        P("Layered repair", site="L lateral neck",
          note="Buried 5-0 Monocryl, 5-0 nylon interrupted. Length 2.4 cm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left cheek, excision: basal cell carcinoma, nodular; margins clear.", "site": "Left cheek",
         "date": "2025-12-15"},
        {"text": "B. Left neck, excision: basal cell carcinoma, superficial multifocal; margins clear.",
         "site": "Left lateral neck", "date": "2025-12-15"},
    ],
    "note": """Attending surgical note (Dr. Okafor); resident Dr. Leocadia Brandt, PGY-3, assisting.
70F, two biopsy-proven BCCs (biopsies 11/20/2025). Mohs offered for the cheek; patient declined Mohs and
chose standard excision for both after discussion. Both excised with permanent sections and layered
closure as recorded in the procedure entries. Excisions to fat; both wounds closed in two layers
because of tension. No complications.
Plan: sutures out at 7 days (face) and 10 days (neck). Annual FSE; sun protection.
I was present for the entire procedure. A. Okafor MD
""",
    "expected": E([L("11642", 1), L("11621", 1), L("12052", 1), L("12041", 1)]),
    "coder_note": "EX-1/EX-2: cheek 0.8 + 0.6 = 1.4 cm FEENLM -> 11642; neck 0.5 + 0.4 = 0.9 cm SNHFG -> 11621. "
                  "REP-1/REP-2: intermediate repairs are summed only within one group: face 3.0 cm -> 12052, "
                  "neck 2.4 cm -> 12041 (neck is in the 12041-12047 group).",
})

SCENARIOS.append({
    "id": "s13-rep-ema-back-cyst-thigh-df-layered",
    "family": "repair", "shape": "pre-coded",
    "description": "EMA sent 12032 x2 (4.0 + 4.5 cm, back and thigh): one 12034; two 11402",
    "date": "2026-01-22",
    "patient": ("Castellano-Birch", "Dominic", "1988-10-29", "male"),
    "provider": "baptiste", "payer": "commercial-uhc",
    "conditions": [
        C("c1", "Epidermal cyst", "L72.0", "Left mid back", reason=True),
        C("c2", "Benign neoplasm of skin of right lower limb, including hip", "D23.71", "Right anterior thigh",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion", cpt="11402", site="L mid back",
          note="Inflamed, tender cyst 1.6 cm; 2 mm margins.", reasons=["c1"]),
        P("Intermediate repair", cpt="12032", site="L mid back", note="Layered, 4.0 cm.", reasons=["c1"]),
        P("Excision benign lesion", cpt="11402", site="R ant thigh",
          note="Dermatofibroma 0.7 cm, itching and bleeding when shaving; 2 mm margins.", reasons=["c2"]),
        P("Intermediate repair", cpt="12032", site="R ant thigh", note="Layered, 4.5 cm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Left mid back: epidermoid cyst with inflammation.", "site": "Left mid back", "date": "2026-01-26"},
        {"text": "Right thigh: dermatofibroma, completely excised.", "site": "Right anterior thigh",
         "date": "2026-01-26"},
    ],
    "note": """Chief Complaint: Excision of back cyst and thigh bump
HPI: 37 yo M returns for planned removal of (1) a cyst on the L mid back that has been red, swollen and
tender twice since summer and (2) a firm bump on the R anterior thigh that itches and bleeds whenever he
shaves his legs for cycling.
ROS: no fever.
Exam: L mid back 1.6 cm mobile subcutaneous nodule with punctum, mild erythema. R anterior thigh 0.7 cm
firm hyperpigmented papule with dimple sign, excoriated.
Procedure: Excision x2 with intermediate (layered) repair.
  Consent signed; prep with chlorhexidine; 1% lidocaine w/ epi 12 mL total.
  Back: ellipse with 2 mm margin around the cyst, removed intact; deep 4-0 Vicryl, 4-0 nylon; 4.0 cm.
  Thigh: ellipse with 2 mm margin; deep 4-0 Vicryl, 4-0 nylon; 4.5 cm.
  Both specimens to pathology. No complications.
Plan: sutures out 12-14 days. No cycling x 1 week.
Marc Baptiste, MD
""",
    "expected": E([L("11402", 2), L("12034", 1)], topics=["coding-correction"]),
    "coder_note": "EX-1: back cyst 1.6 + 0.4 = 2.0 cm and thigh DF 0.7 + 0.4 = 1.1 cm, both TAL benign -> 11402 "
                  "x2. REP-1: intermediate repairs in the same group (trunk/extremities) are summed: 4.0 + 4.5 = "
                  "8.5 cm -> 12034 x1, not 12032 x2. Both lesions symptomatic (inflamed cyst, bleeding DF).",
})

SCENARIOS.append({
    "id": "s13-rep-forehead-closure-after-friday-mohs",
    "family": "repair", "shape": "note-only",
    "description": "Planned delayed intermediate repair of a forehead Mohs defect 3 days after Mohs (000 global)",
    "date": "2026-01-12",
    "patient": ("Lindqvist-Amare", "Gideon", "1951-06-16", "male"),
    "provider": "marchetti", "payer": "medicare",
    "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Central forehead",
                     reason=True)],
    "prior": [PRIOR("2026-01-09", "17311", "Mohs BCC forehead, 3 stages", "Central forehead")],
    "note": """LAKESHORE MOHS - REPAIR VISIT
74M. On Friday 01/09/2026 I performed Mohs surgery on a nodular BCC of the central forehead (3 stages,
clear at stage 3). The case finished late; by agreement with the patient the wound was dressed and a
delayed closure was planned for today. No fever, no drainage over the weekend.

Exam: 1.6 x 1.2 cm granulating defect central forehead, clean base, no erythema or purulence.
Options reviewed again: second intention vs linear closure. He chose linear closure.

Procedure: intermediate repair.
Consent signed. 1% lidocaine with epi. Edges freshened, wound irrigated. Minimal undermining in the
subgaleal plane. Closed in layers: buried 5-0 Monocryl dermal sutures and 6-0 polypropylene running
epidermal suture, oriented horizontally in a forehead rhytid. Final length 2.8 cm. No dog-ears.
Steri-strips, pressure dressing.
Follow-up: suture removal 7 days. He asked about a scar laser later - we can discuss at 3 months; nothing
planned now. Surveillance stays with his general dermatologist.
Luca Marchetti, MD
""",
    "expected": E([L("12052", 1)]),
    "coder_note": "REP-2/REP-3: layered closure on the forehead (face group) 2.8 cm -> 12052. Mohs 17311 has a "
                  "000 global (MOHS-4), so there is no post-op period and no 58; Mohs is not re-reported and "
                  "the scar laser is only discussed.",
})

# ---------------------------------------------------------------- post-op
SCENARIOS.append({
    "id": "s13-postop-suture-removal-shin-day-9",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after malignant excision; provider picked 99212 -> 99024",
    "date": "2026-02-11",
    "patient": ("Ferreira-Holt", "Augusta", "1941-04-04", "female"),
    "provider": "halvorsen", "payer": "medicare",
    "em": "99212",
    "conditions": [C("c1", "Squamous cell carcinoma of skin of left lower limb, including hip", "C44.729",
                     "Left shin", reason=True)],
    "prior": [PRIOR("2026-02-02", "11602", "Excision SCC L shin", "Left shin",
                    note="Lesion 0.9 cm, 3 mm margins; layered closure.")],
    "note": """Dermatology - post-op visit (resident Dr. Cosima Adebayo-Park, PGY-2; attending Dr. Halvorsen)
84F s/p excision of well-differentiated SCC L shin 02/02/2026 with layered closure. Here for suture
removal. Pain minimal; no fever; keeping leg elevated; some ankle swelling at baseline (chronic venous
insufficiency, stable, wearing compression).
Path reviewed with pt: SCC, margins clear - no further surgery.
Exam: L shin linear wound, edges well apposed, no erythema, no drainage. Sutures removed intact,
steri-strips applied.
A/P: healing surgical wound after SCC excision. Continue compression. Next full skin exam in 6 months.
Attending: I saw the wound and agree.
""",
    "expected": E([L("99024", 1)], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: inside the 10-day global of 11602 (02/02 -> 02/11); routine post-op wound check and "
                  "suture removal are in the package -> 99024, no E/M (conventions). Stable venous insufficiency "
                  "only mentioned, not managed.",
})

SCENARIOS.append({
    "id": "s13-postop-suture-removal-plus-new-lesion-biopsy",
    "family": "post-op", "shape": "free-text",
    "description": "Suture removal inside excision global + shave biopsy of a new forearm lesion -> 11102-79",
    "date": "2026-01-15",
    "patient": ("Tanaka-Moss", "Reginald", "1964-09-12", "male"),
    "provider": "abernathy", "payer": "commercial-cigna",
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of other part of trunk", "C44.529", "Left upper back"),
        C("c2", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2", "Right dorsal forearm",
          reason=True),
    ],
    "prior": [PRIOR("2026-01-06", "11602", "Excision SCC L upper back", "Left upper back")],
    "procedures": [
        P("Suture removal", site="L upper back", note="Wound healed, sutures removed, steri-strips.",
          reasons=["c1"]),
        P("Shave biopsy", site="R dorsal forearm",
          note="New 6 mm pearly pink papule noticed by patient 3 weeks ago; tangential biopsy, AlCl. "
               "Path requested r/o BCC.", reasons=["c2"]),
    ],
    "note": """Bridgeview Dermatology - in-person nurse/provider visit
61M here 9 days after excision of SCC on the L upper back (done here 01/06) for suture removal. While
here he pointed out a new shiny bump on the R forearm. Examined: 6 mm pearly papule with telangiectasia.
Shave biopsy done today (see procedure entry). L back wound healed, no signs of infection.
Will message biopsy result through the app; video follow-up in 2 weeks.
June Abernathy, MD
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: biopsy of a new, unrelated lesion inside the 10-day global of the 01/06 excision -> 79 "
                  "on 11102. The suture removal is part of the excision package; no 99024 on a day with a billed "
                  "unrelated procedure (README precedent ho-postop-79-shave-in-global).",
})

SCENARIOS.append({
    "id": "s13-postop-hand-dermatitis-after-cheek-flap",
    "family": "post-op", "shape": "note-only",
    "description": "Visit for new hand dermatitis 30 days after a cheek flap (090 global): 99213-24",
    "date": "2026-02-12",
    "patient": ("Vasquez-Lund", "Imogen", "1966-01-19", "female"),
    "provider": "okafor", "payer": "commercial",
    "em": "99213",
    "conditions": [
        C("c1", "Irritant contact dermatitis, unspecified cause", "L24.9", "Bilateral hands", reason=True),
        C("c2", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Right cheek", history=True),
    ],
    "prior": [PRIOR("2026-01-13", "14040", "Excision BCC R cheek, rotation flap", "Right cheek")],
    "note": """DERMATOLOGY CLINIC - ACUTE VISIT
Attending: Adaeze Okafor, MD (seen without resident)

Reason for visit: painful cracked hands x 3 weeks.
HPI: 60F, ICU nurse; since the hospital switched hand sanitizer and glove supplier in January her
hands are red, dry, fissured and burning, worse on the dorsal hands and finger webs. OTC hydrocortisone
1% not helping. No vesicles on palms/sides of fingers. No new jewelry. Atopy: childhood eczema.
(She had a BCC excised from the R cheek with a rotation flap here on 01/13; she mentions it is healing
well. That is not why she is here today - her routine post-op check is booked for 03/10.)
Exam: dorsal hands and finger webs with erythema, scale, lichenification and multiple fissures;
palms spared. No pustules or honey-colored crust.
Assessment: hand dermatitis, most consistent with irritant contact dermatitis (occupational); allergic
contact dermatitis to glove accelerators possible.
Plan:
- Rx triamcinolone 0.1% ointment BID to hands x 2 weeks, then weekends only.
- Bland emollient after every hand wash; cotton glove liners under nitrile gloves; note for employee health.
- If not better in 6 weeks, patch testing (rubber accelerators, fragrance).
Follow-up 6 weeks.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: E/M for an unrelated problem (hand dermatitis with prescription management) during the "
                  "90-day global of the 01/13 flap (14040) -> modifier 24. The flap is only mentioned; patch "
                  "testing is a future plan.",
})

# ---------------------------------------------------------------- cosmetic
SCENARIOS.append({
    "id": "s13-cos-medicare-sk-cryo-wedding",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS cosmetic LN2 of 6 asymptomatic SKs with voluntary ABN: 17110-GX-GY",
    "date": "2025-10-23",
    "patient": ("Montgomery-Ekwueme", "Rosalind", "1949-12-12", "female"),
    "provider": "pike", "payer": "medicare",
    "conditions": [C("c1", "Other seborrheic keratosis", "L82.1", "Chest and back", reason=True)],
    "note": """VISIT NOTE
Chief complaint: "I want these brown spots frozen off before my daughter's wedding."
HPI: 75 yo female, established. Several brown stuck-on spots on chest and back for years. None itch,
bleed, hurt or have changed; no irritation from clothing. She simply does not like how they look.
Exam: six 0.5-1.2 cm waxy tan-brown stuck-on papules (chest 2, upper back 4); dermoscopy with
cerebriform pattern and milia-like cysts; no inflammation, no erythema, no crust.
Assessment: seborrheic keratoses x6, asymptomatic - removal is cosmetic.
Financial discussion: explained Medicare does not pay for cosmetic removal. Patient elected treatment and
voluntarily signed an Advance Beneficiary Notice (CMS-R-131), option 1, acknowledging she is responsible
for payment. Copy given.
Procedure: liquid nitrogen to all six SKs, 1 freeze-thaw cycle each. Verbal consent. Tolerated well.
Aftercare reviewed.
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4 and README: asymptomatic SKs (L82.1, no BSL-3 reason) are cosmetic, statutorily "
                  "excluded -> GY; a voluntary ABN is documented -> GX added. 6 benign lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s13-cos-medicare-neck-tags-photos",
    "family": "cosmetic", "shape": "free-text",
    "description": "Medicare FFS snip removal of 8 asymptomatic skin tags, no ABN: 11200-GY",
    "date": "2025-12-18",
    "patient": ("Oduya-Franklin", "Cecil", "1952-05-05", "male"),
    "provider": "santos", "payer": "medicare",
    "conditions": [C("c1", "Acrochordon (skin tag)", "L91.8", "Neck", reason=True)],
    "procedures": [
        P("Skin tag removal", site="Neck (anterior and lateral)",
          note="8 pedunculated tags snipped with curved iris scissors; AlCl. Patient request, cosmetic; "
               "no irritation, bleeding or inflammation.", reasons=["c1"]),
    ],
    "note": """Bridgeview Dermatology (in-person clinic day)
73M; at his 12/02 video visit he asked about removing the small tags on his neck because he thinks they
look untidy in photos. No itching, bleeding, catching or redness. Today: 8 soft pedunculated 1-3 mm
skin-colored tags on the anterior/lateral neck, none inflamed. Cosmetic nature and Medicare
non-coverage explained; he wished to proceed. No ABN was signed. Tags removed as recorded.
Rafael Santos, MD
""",
    "expected": E([L("11200", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "BSL-2/COS-2/COS-4: asymptomatic skin tags removed for appearance on Medicare FFS are "
                  "statutorily excluded -> GY; no ABN, so no GX. 8 tags -> 11200 x1.",
})

SCENARIOS.append({
    "id": "s13-cos-ema-changing-mole-and-facial-sks",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Commercial: punch bx of changing nevus kept; self-pay cosmetic shave of 3 facial SKs removed",
    "date": "2026-02-24",
    "patient": ("Sorensen-Achebe", "Nadia", "1974-06-21", "female"),
    "provider": "castellanos", "payer": "commercial",
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2", "Left upper back",
          reason=True),
        C("c2", "Other seborrheic keratosis", "L82.1", "Face"),
    ],
    "procedures": [
        P("Punch biopsy", cpt="11104", site="L upper back",
          note="Changing nevus, 4 mm punch, 1 suture.", reasons=["c1"]),
        P("Shave removal", cpt="11310", site="L temple", note="SK 0.4 cm - COSMETIC, self-pay.", reasons=["c2"]),
        P("Shave removal", cpt="11310", site="R cheek", note="SK 0.3 cm - COSMETIC, self-pay.", reasons=["c2"]),
        P("Shave removal", cpt="11310", site="Forehead", note="SK 0.4 cm - COSMETIC, self-pay.", reasons=["c2"]),
    ],
    "note": """Chief Complaint: mole on back changing; wants facial spots removed
HPI: 51 yo F est. Husband noticed a mole on the L upper back got darker and developed an irregular edge
over the past 3 months. Separately she wants three flat brown "age spots" on her face removed for
appearance; they are not symptomatic.
Exam: L upper back 6 mm macule with irregular pigment network and a blue-gray area on dermoscopy.
Face: three 0.3-0.4 cm waxy tan SKs (L temple, R cheek, forehead), not inflamed.
Assessment: 1) Changing nevus L upper back - r/o dysplastic nevus/melanoma. 2) SKs face, asymptomatic.
Plan:
 1) 4 mm punch biopsy today; 4-0 nylon x1.
 2) Cosmetic shave removal of the 3 facial SKs per patient request. Cosmetic fee schedule reviewed,
    patient signed cosmetic financial agreement and paid at check-out; not to be billed to insurance.
Ines Castellanos, MD
""",
    "expected": E([L("11104", 1)], topics=["cosmetic"]),
    "coder_note": "Conventions (non-Medicare cosmetic): the three facial SK shaves are cosmetic self-pay -> lines "
                  "removed with a cosmetic finding. The punch biopsy of the changing nevus is medically necessary "
                  "-> 11104.",
})

# ---------------------------------------------------------------- skin-tags
SCENARIOS.append({
    "id": "s13-tags-twenty-two-irritated-neck-axillae",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 irritated/bleeding skin tags neck + axillae: 11200 + 11201 x1",
    "date": "2025-11-11",
    "patient": ("Adewumi-Clarke", "Bernadette", "1972-02-02", "female"),
    "provider": "weiss", "payer": "commercial-aetna",
    "conditions": [C("c1", "Acrochordons, irritated", "L91.8", "Neck and both axillae", reason=True)],
    "note": """UNIVERSITY DERMATOLOGY - PROCEDURE VISIT
Resident: Joaquim Ferraz-Ndiaye, MD (PGY-3) / Attending: Samuel Weiss, MD

53F with many skin tags of the neck and underarms that catch on her necklaces and bra, bleed onto
clothing and get red and sore. Two became inflamed and crusted last month.
PMH: T2DM (A1c 7.4), obesity.
Exam: pedunculated soft papules: neck 14, L axilla 5, R axilla 3 (total 22). Several with hemorrhagic
crust, erythema and edema at the base. Acanthosis nigricans of neck and axillae noted.
A/P:
1. Symptomatic acrochordons (bleeding, inflamed, friction) x22 - removed today.
   Consent. No anesthesia needed for most; topical LMX to the larger ones. Each tag snipped at its
   base with sterile curved iris scissors; AlCl hemostasis. All 22 removed. Tolerated well.
2. Acanthosis nigricans - reflects insulin resistance; continue PCP diabetes management. No treatment here.
Attending: I supervised and was present for the procedure. S. Weiss
""",
    "expected": E([L("11200", 1), L("11201", 1)]),
    "coder_note": "Conventions: 11200 = up to 15 tags; 11201 = each additional 10 or part: ceil((22-15)/10) = 1. "
                  "Symptomatic (bleeding, inflamed) so not cosmetic (BSL-3 a/g). Acanthosis only noted.",
})

SCENARIOS.append({
    "id": "s13-tags-ema-neck-groin-eighteen",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "EMA sent 11200 twice (neck 10 + groin 8 = 18 tags): 11200 + 11201",
    "date": "2026-03-03",
    "patient": ("Hollingsworth", "Percival", "1948-08-30", "male"),
    "provider": "ramirez", "payer": "medicare",
    "conditions": [C("c1", "Skin tags, inflamed and bleeding", "L91.8", "Neck and groin", reason=True)],
    "procedures": [
        P("Removal skin tags", cpt="11200", site="Neck", note="10 tags, bleeding/inflamed from collar friction.",
          reasons=["c1"]),
        P("Removal skin tags", cpt="11200", site="Bilateral inguinal folds",
          note="8 tags, macerated, red and bleeding.", reasons=["c1"]),
    ],
    "note": """Chief Complaint: Bleeding skin tags
HPI: 77 yo M est. Skin tags on the neck rub on shirt collars and bleed several times a week; tags in both
groin folds get raw, red and bleed with walking. Wants them off because of bleeding and soreness.
Exam: neck - 10 pedunculated tags, several with hemorrhagic crust and surrounding erythema.
Inguinal folds - 8 tags (5 right, 3 left), macerated, erythematous bases, one oozing.
Assessment: acrochordons, symptomatic (bleeding, inflamed) x18.
Procedure: scissor removal of all 18 tags with AlCl hemostasis after verbal consent. No ABN needed -
medically indicated (bleeding, inflammation documented).
Sofia Ramirez, MD
""",
    "expected": E([L("11200", 1), L("11201", 1)], topics=["coding-correction"]),
    "coder_note": "11200 covers up to 15 tags per session, 1 unit; tags 16-18 -> 11201 x1 (conventions). Two "
                  "11200 lines for one session are wrong. Bleeding and inflammation documented -> covered "
                  "(BSL-3 a/g), no GY/GA.",
})

# ---------------------------------------------------------------- incision-drainage
SCENARIOS.append({
    "id": "s13-id-simple-abscess-shoulder-cyst-later",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a single abscess, excision only planned: 10060",
    "date": "2025-10-09",
    "patient": ("Okwuosa", "Tobenna", "1993-07-07", "male"),
    "provider": "adeyemi", "payer": "commercial-uhc",
    "conditions": [C("c1", "Cutaneous abscess of back [any part, except buttock]", "L02.212",
                     "Right posterior shoulder", reason=True)],
    "note": """Bridgeview Virtual Dermatology - same-day in-person slot
32M messaged photos this morning of a painful swelling on the R posterior shoulder (known cyst, 3 years).
Brought in for drainage.
Vitals: T 37.4 C, HR 84.
Exam: 2.5 cm fluctuant, tender, erythematous nodule R posterior shoulder (upper back), pointing, no
surrounding cellulitis beyond 1 cm, no lymphangitic streaking.
Dx: inflamed/ruptured cyst with abscess.
Procedure: I&D. Verbal consent. Chlorhexidine; 1% lidocaine with epi 2 mL. Single 8 mm stab incision
with #11 blade; moderate purulent material and keratinous debris expressed; cavity gently probed - single
cavity, no loculations; irrigated with saline. Not packed. Dressing. Wound culture sent.
Plan: warm compresses TID, no antibiotics unless culture or cellulitis warrants. Once quiet (6-8 weeks)
we will schedule excision of the cyst wall - not done today. Video check 1 week.
Folake Adeyemi, MD
""",
    "expected": E([L("10060", 1)]),
    "coder_note": "Single abscess, single cavity, no loculations or packing -> simple I&D 10060. Cyst excision is "
                  "only planned.",
})

SCENARIOS.append({
    "id": "s13-id-axillary-abscess-loculated-packed",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Complicated I&D of loculated axillary abscess with packing: 10061",
    "date": "2025-12-29",
    "patient": ("Belmonte", "Yesenia", "1999-05-13", "female"),
    "provider": "chen", "payer": "medicaid-mco",
    "conditions": [C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True)],
    "procedures": [
        P("Incision and drainage, abscess", site="Left axilla",
          note="4 cm fluctuant abscess. 1.5 cm incision; copious pus; multiple loculations broken up with a "
               "hemostat; irrigated; packed with 1/4-inch iodoform gauze (approx 20 cm). Culture sent.",
          reasons=["c1"]),
    ],
    "note": """Dermatology urgent clinic (resident Dr. Evander Mbeki-Rowe; attending Dr. W. Chen)
26F, 5 days of enlarging painful lump L armpit, now draining a little. No fever. No prior similar lesions
in the groin or under breasts. I&D with packing as in the procedure record; attending present throughout.
Rx: none - no cellulitis. Packing removal / wound check in 48 h. Return precautions given.
""",
    "expected": E([L("10061", 1)]),
    "coder_note": "Loculations broken up and cavity packed -> complicated I&D 10061 (conventions; code family "
                  "10060 simple/single vs 10061 complicated).",
})

# ---------------------------------------------------------------- intralesional
SCENARIOS.append({
    "id": "s13-il-alopecia-areata-nine-patches-tac-10",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 9 alopecia areata patches, TAC 10 mg/mL 2.4 mL = 24 mg: 11901 + J3301 x3",
    "date": "2026-01-06",
    "patient": ("Papadakis", "Eleni", "1990-10-24", "female"),
    "provider": "pike", "payer": "commercial",
    "conditions": [C("c1", "Alopecia areata, other", "L63.8", "Scalp", reason=True)],
    "note": """PROCEDURE VISIT - INTRALESIONAL INJECTION
Patient: Eleni Papadakis   35F   Established
Dx: alopecia areata, patchy scalp
Interval: 4 weeks since last injections. Partial regrowth of the occipital patches; new patches at the
vertex.
Exam - patches of non-scarring alopecia with exclamation-point hairs:
  1. vertex 3 cm            2. vertex 2 cm           3. R parietal 2.5 cm
  4. L parietal 1.5 cm      5. L parietal 1 cm       6. occiput 4 cm (regrowing)
  7. occiput 2 cm           8. R temporal 1.5 cm     9. L temporal 1 cm
Procedure: Consent on file (renewed today). Alcohol prep. Triamcinolone acetonide 10 mg/mL injected
intradermally with a 30 g needle in 0.1 mL aliquots ~1 cm apart into each of the 9 patches.
Total volume 2.4 mL (24 mg). No complications. Ice packs.
Plan: continue clobetasol foam BID to patches. Repeat injections in 4-6 weeks. Discussed JAK inhibitor
option if > 50% scalp involvement - not indicated at this time.
Jordan Pike, MD
""",
    "expected": E([L("11901", 1), L("J3301", 3)]),
    "coder_note": "4.8 table/conventions: more than 7 lesions injected (9) -> 11901 x1. J3301 per 10 mg: 2.4 mL x "
                  "10 mg/mL = 24 mg -> ceil(24/10) = 3.",
})

SCENARIOS.append({
    "id": "s13-il-ema-three-chest-keloids",
    "family": "intralesional", "shape": "pre-coded",
    "description": "EMA sent 11901 for 3 keloids; Kenalog-40 1.0 mL = 40 mg: 11900 + J3301 x4",
    "date": "2025-11-26",
    "patient": ("Mbatha", "Sipho", "1985-03-03", "male"),
    "provider": "halvorsen", "payer": "medicaid",
    "conditions": [C("c1", "Keloid scar", "L91.0", "Anterior chest", reason=True)],
    "procedures": [
        P("Intralesional injection", cpt="11901", site="Anterior chest",
          note="3 keloids injected with triamcinolone 40 mg/mL: 0.3 mL, 0.4 mL, 0.3 mL (total 1.0 mL).",
          reasons=["c1"]),
    ],
    "note": """DERMATOLOGY - PROCEDURE NOTE (resident Dr. Priyanka Swaminathan; attending Dr. Halvorsen)
40M with painful, itchy keloids of the anterior chest after acne, treated every 6 weeks. Third session.
Keloid 1 (presternal) 3.5 x 1.5 cm, keloid 2 (L upper chest) 2 x 1 cm, keloid 3 (R upper chest)
1.5 x 1 cm; all softer and flatter than at baseline; still tender.
Procedure: after verbal consent and alcohol prep, triamcinolone acetonide 40 mg/mL injected into the
3 keloids (0.3 / 0.4 / 0.3 mL; total 1.0 mL = 40 mg) with a 27 g needle. No complications.
Silicone gel sheeting continued nightly. Next injection in 6 weeks.
Attending present for the injections.
""",
    "expected": E([L("11900", 1), L("J3301", 4)], topics=["coding-correction"]),
    "coder_note": "Conventions: 11900 = up to and including 7 lesions; 3 keloids -> 11900, not 11901. J3301 per "
                  "10 mg: 1.0 mL of 40 mg/mL = 40 mg -> 4 units.",
})

# ---------------------------------------------------------------- nails
SCENARIOS.append({
    "id": "s13-nail-avulsion-both-great-toes",
    "family": "nails", "shape": "note-only",
    "description": "Total avulsion R great toenail then L great toenail: 11730-T5 + 11732-TA",
    "date": "2026-02-17",
    "patient": ("Kristiansen", "Torben", "1969-12-20", "male"),
    "provider": "lindgren", "payer": "commercial-cigna",
    "conditions": [
        C("c1", "Onychomycosis", "B35.1", "Both great toenails", reason=True),
        C("c2", "Onychogryphosis", "L60.2", "Both great toenails", reason=True),
    ],
    "note": """BRIDGEVIEW DERMATOLOGY | procedure room | in-person
56M; seen by video 01/27/2026 for thick, painful great toenails that press in his work boots (photos
and KOH from PCP: positive). Failed 12 weeks of terbinafine in 2024. Plan was avulsion of both great
toenails; today in clinic for the procedure.

Exam: both great toenails markedly thickened, yellow, curved (onychogryphosis), subungual debris,
tender to pressure. Other nails normal.

Procedure: total nail avulsion, two nails.
Consent signed. Digital blocks with 2% plain lidocaine, 3 mL per toe; tourniquets applied.
First the RIGHT great toenail: nail plate freed from the bed and proximal/lateral folds with a freer
elevator and removed completely with a hemostat. Matrix left intact (no phenol).
Then the LEFT great toenail: same technique, complete plate removal, matrix intact.
Tourniquets off, hemostasis good. Bacitracin, non-adherent dressing, gauze wrap. Post-op shoe.
Plan: soak BID from day 2; topical efinaconazole to the nail beds as the nails regrow. Video check
2 weeks. If recurrent painful growth, we could consider permanent matrixectomy later.
Astrid Lindgren, MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")]),
    "coder_note": "Conventions: 11730 first nail, 11732 each additional; digit modifiers on nail codes - right "
                  "great toe (done first) T5 on 11730, left great toe TA on 11732. No matrixectomy today.",
})

SCENARIOS.append({
    "id": "s13-nail-phenol-partial-matrixectomy-left-hallux",
    "family": "nails", "shape": "free-text",
    "description": "Partial nail plate + matrix removal with phenol, left great toe lateral border: 11750-TA",
    "date": "2025-10-07",
    "patient": ("Delgado-Whitaker", "Mariela", "2001-01-31", "female"),
    "provider": "baptiste", "payer": "commercial",
    "conditions": [C("c1", "Ingrowing nail", "L60.0", "Left great toe, lateral border", reason=True)],
    "procedures": [
        P("Partial nail excision with phenol matrixectomy", site="Left hallux, lateral nail border",
          note="Digital block 2% lidocaine plain. Lateral 3 mm strip of nail plate removed to the matrix; "
               "88% phenol applied to the lateral matrix horn, 3 x 30 seconds; neutralized with alcohol. For "
               "permanent removal of the lateral border.", reasons=["c1"]),
    ],
    "note": """CC: ingrown toenail L big toe, 4th episode this year
HPI: 24 yo F est. Recurrent painful ingrown lateral border L great toenail with granulation; 2 courses
of cephalexin; partial avulsion by urgent care in June, recurred.
Exam: L hallux lateral nail fold edematous, erythematous, small granuloma, no purulence today.
A/P: recurrent ingrown toenail - permanent partial matrixectomy (phenol) done today as per procedure
record. Consent signed. Tolerated well. Soaks BID, bandage daily. Recheck 2 weeks.
Marc Baptiste, MD
""",
    "expected": E([L("11750", 1, "TA")]),
    "coder_note": "4.8 table: excision of nail and matrix (partial) for permanent removal -> 11750; conventions: "
                  "digit modifier TA for the left great toe. The June avulsion is history.",
})

# ---------------------------------------------------------------- paring
SCENARIOS.append({
    "id": "s13-paring-three-plantar-calluses",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 painful plantar calluses: 11056",
    "date": "2026-01-29",
    "patient": ("Iwasaki-Brennan", "Hollis", "1977-06-06", "female"),
    "provider": "abernathy", "payer": "commercial",
    "conditions": [C("c1", "Corns and callosities", "L84", "Plantar feet", reason=True)],
    "note": """Bridgeview Dermatology - in-person visit
48F, marathon runner. Painful plantar calluses that make running difficult; pares them at home with a
pumice stone without relief. Video visit 01/13 (separate) - plan set for in-person paring.
Exam: thick yellow hyperkeratotic plaques, tender to direct pressure, no central core of thrombosed
capillaries, skin lines preserved:
  - right plantar 1st metatarsal head, 1.5 cm
  - right plantar heel, 2 cm
  - left plantar 5th metatarsal head, 1 cm
No pinpoint bleeding on paring; no wart.
Procedure: the three calluses were pared down with a #15 blade until the tenderness resolved. No
anesthesia needed. No bleeding.
Plan: urea 40% cream nightly, metatarsal pads, review of running shoes. Return prn / 8-10 weeks.
June Abernathy, MD
""",
    "expected": E([L("11056", 1)]),
    "coder_note": "Paring of hyperkeratotic lesions: 2-4 lesions -> 11056 (3 calluses). Commercial payer; no "
                  "warts destroyed.",
})

SCENARIOS.append({
    "id": "s13-paring-ema-six-corns-calluses",
    "family": "paring", "shape": "pre-coded",
    "description": "EMA sent 11056 for 6 pared corns/calluses: 11057",
    "date": "2025-12-23",
    "patient": ("Ferrante", "Gianluca", "1963-04-26", "male"),
    "provider": "pike", "payer": "commercial-aetna",
    "conditions": [C("c1", "Corns and callosities", "L84", "Both feet", reason=True)],
    "procedures": [
        P("Paring benign hyperkeratotic lesions", cpt="11056", site="Bilateral feet",
          note="Pared: R 5th toe dorsal corn, R plantar 2nd MTH callus, R heel callus, L 5th toe dorsal corn, "
               "L 4th interdigital soft corn, L plantar 1st MTH callus.", reasons=["c1"]),
    ],
    "note": """Chief Complaint: Painful corns both feet
HPI: 62 yo M, est., warehouse worker on his feet 10 h/day; corns and calluses painful in safety boots.
Last paring 4 months ago. No diabetes, no PAD.
Exam: six tender hyperkeratotic lesions:
  R foot - dorsal 5th toe corn; plantar 2nd metatarsal head callus; heel callus
  L foot - dorsal 5th toe corn; soft corn 4th web space; plantar 1st metatarsal head callus
Pedal pulses 2+. Sensation intact.
Procedure: paring of all 6 lesions with #15 blade; no bleeding.
Plan: toe sleeves, wider toe box, salicylic acid pads for calluses. Return 3-4 months.
Jordan Pike, MD
""",
    "expected": E([L("11057", 1)], topics=["coding-correction"]),
    "coder_note": "Paring count bands: 1 / 2-4 / more than 4. Six lesions -> 11057, not 11056 (11057/11056 "
                  "indicator 0, only one band per session).",
})

# ---------------------------------------------------------------- patch-test
SCENARIOS.append({
    "id": "s13-patch-new-hand-dermatitis-consult-and-application",
    "family": "patch-test", "shape": "note-only",
    "description": "New-patient hand dermatitis work-up with Rx (99204-25) + patch test application of 50 allergens",
    "date": "2025-10-20",
    "patient": ("Grünewald", "Friederike", "1984-07-19", "female"),
    "provider": "weiss", "payer": "commercial-uhc",
    "em": "99204",
    "conditions": [C("c1", "Dermatitis, unspecified", "L30.9", "Bilateral hands", reason=True)],
    "note": """CONTACT DERMATITIS CLINIC - NEW PATIENT
Resident: Aurelio Sandoval-Mensah, MD (PGY-4)   Attending: Samuel Weiss, MD

Referral: PCP, "chronic hand rash, not responding"
HPI: 41F hairdresser, new to our department. Hand dermatitis for 14 months, steadily worse since she
started doing more color and perm services; now fissuring of fingertips and palms, vesicles along the
sides of fingers, flares within a day of work. Improves on vacation but never clears. Tried OTC
hydrocortisone and barrier creams; a 2-week course of prednisone from urgent care helped briefly.
Wears vinyl gloves inconsistently. No personal/family atopy. No nail changes or psoriasis elsewhere.
Meds: OCP. Allergies: nickel (earrings).
ROS: no joint pain, no rash elsewhere except occasional eyelid itching.
Exam: bilateral palms and volar fingers with lichenified, scaly, fissured plaques; deep-seated
vesicles on lateral fingers; dorsal hands with erythema to the wrists; eyelids mildly scaly. Feet clear.
KOH of palm scale negative (done in clinic).

Assessment: chronic hand dermatitis, worsening - suspect allergic contact dermatitis (hair dye
p-phenylenediamine, glyceryl thioglycolate, preservatives) superimposed on irritant dermatitis.
Plan:
- Rx clobetasol 0.05% ointment BID to palms x 2 weeks (hands only - never on the back while patches
  are on); Rx tacrolimus 0.1% ointment to eyelids.
- Nitrile gloves for all chemical services; written glove and skin-care plan; work note.
- Patch testing today: baseline series of 40 allergens + hairdressing supplemental series of 10
  allergens = 50 allergens applied to the upper back in IQ chambers, marked. Readings at 48 h and 96 h.
- Avoid sun/showering on the back until the final reading.

Attending: I saw and examined the patient, reviewed history and exam with Dr. Sandoval-Mensah, and
agree with the assessment and plan. Total visit time on the evaluation (excluding patch application)
50 minutes.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 50)]),
    "coder_note": "4.8 table: 95044 units = number of allergens applied (40 + 10 = 50, under MUE 90). The new-"
                  "patient E/M with work-up and two prescriptions is a separate service; 95044/99204 is "
                  "indicator 1 -> 25 on the E/M (GS-3/GS-6).",
})

SCENARIOS.append({
    "id": "s13-patch-eyelid-dermatitis-36-allergen-application",
    "family": "patch-test", "shape": "free-text",
    "description": "Application of a 36-allergen cosmetic series, established patient, no E/M: 95044 x36",
    "date": "2026-03-09",
    "patient": ("Abbottsford", "Marion", "1956-02-25", "female"),
    "provider": "halvorsen", "payer": "medicare",
    "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Eyelids", reason=True)],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="Cosmetic and fragrance series, 36 allergens, applied in Finn chambers on Scanpor tape; "
               "positions marked with surgical marker. Readings scheduled 48 h and 96 h.", reasons=["c1"]),
    ],
    "note": """Patch test application visit (nurse application under Dr. Halvorsen's supervision)
70F with recurrent eyelid dermatitis; established patient, plan made at visit 02/23/2026. Baseline
series done at an outside clinic in 2023 was negative (report on file). Today: cosmetic/fragrance series
applied as per procedure record. Off topical steroids to back x 2 weeks confirmed. Instructions: keep
back dry, no exercise; return for readings.
No physician evaluation today beyond supervision.
""",
    "expected": E([L("95044", 36)]),
    "coder_note": "95044 units = allergens applied today (36). The 2023 baseline series is history. No E/M "
                  "selected.",
})

# ---------------------------------------------------------------- phototherapy
SCENARIOS.append({
    "id": "s13-photo-nbuvb-psoriasis-session",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB session for plaque psoriasis, no tar, no psoralen: 96900",
    "date": "2025-11-06",
    "patient": ("Haugland", "Sverre", "1955-10-10", "male"),
    "provider": "santos", "payer": "medicare",
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
    "procedures": [
        P("Narrowband UVB phototherapy", site="Full body (face shielded, genitals covered)",
          note="Session #14. NB-UVB 311 nm, 1100 mJ/cm2 (increased 10% from last dose). No psoralen. No tar "
               "or petrolatum pre-treatment. Goggles on. No erythema from previous session.", reasons=["c1"]),
    ],
    "note": """Phototherapy log - Bridgeview Dermatology phototherapy unit (in person)
69M plaque psoriasis BSA 15% at start, now ~9%. Three sessions/week. Monthly provider check is by video
(last 10/28/2025). Today treatment only, administered by phototherapy nurse under Dr. Santos's
supervision. Tolerated, no burning.
""",
    "expected": E([L("96900", 1)]),
    "coder_note": "4.8 table: UV light (actinotherapy) without tar or psoralen -> 96900 per session. Medicare "
                  "covers UVB for psoriasis (PHOTO-1). Video check is a different date.",
})

SCENARIOS.append({
    "id": "s13-photo-ema-excimer-elbows-knees",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows and knees totalling 270 sq cm coded 96920: 96921",
    "date": "2026-02-05",
    "patient": ("Vukovic", "Jelena", "1987-09-09", "female"),
    "provider": "chen", "payer": "commercial",
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Elbows and knees", reason=True)],
    "procedures": [
        P("Excimer laser treatment", cpt="96920", site="Bilateral elbows and knees",
          note="308 nm excimer. Areas: R elbow 60 sq cm, L elbow 55 sq cm, R knee 80 sq cm, L knee 75 sq cm.",
          reasons=["c1"]),
    ],
    "note": """PHOTOTHERAPY / LASER NOTE - Dermatology (academic)
38F localized plaque psoriasis (BSA 4%) of elbows and knees, failed 6 months of clobetasol and
calcipotriene. Course 1, treatment #5 of 13; prior auth on file.
Treated today with the 308 nm excimer: R elbow 60 sq cm, L elbow 55 sq cm, R knee 80 sq cm, L knee
75 sq cm. Doses per protocol (2x MED plaques). Mild erythema from last session only.
Wei Chen, MD (present, supervised treatment delivered by Dr. Ayodele Fransen, PGY-2)
""",
    "expected": E([L("96921", 1)], topics=["coding-correction"]),
    "coder_note": "4.8 table / code families: excimer coded by total area treated in the session: 60 + 55 + 80 + "
                  "75 = 270 sq cm -> 96921 (250-500), not 96920.",
})

# ---------------------------------------------------------------- mixed
SCENARIOS.append({
    "id": "s13-mix-melanoma-hx-fse-rosacea-two-bx-one-ak",
    "family": "mixed", "shape": "note-only",
    "description": "FSE hx melanoma + rosacea/seb derm Rx (99214-25), punch bx + shave bx, 1 AK LN2 (17000-XS)",
    "date": "2025-12-01",
    "patient": ("Eberhardt", "Konstantin", "1950-03-15", "male"),
    "provider": "chen", "payer": "medicare",
    "em": "99214",
    "conditions": [
        C("c1", "Rosacea, unspecified", "L71.9", "Central face", reason=True),
        C("c2", "Seborrheic dermatitis, unspecified", "L21.9", "Scalp, nasolabial folds", reason=True),
        C("c3", "Personal history of malignant melanoma of skin", "Z85.820", "Right upper back", history=True),
        C("c4", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2", "Left lower back",
          reason=True),
        C("c5", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2", "Right forearm",
          reason=True),
        C("c6", "Actinic keratosis", "L57.0", "Left helix", reason=True),
    ],
    "html": True,
    "note": """<p><b>Dermatology Clinic - Progress Note</b><br>Resident: Linnea Okoro-Haas, MD (PGY-3) &nbsp;|&nbsp;
Attending: Wei Chen, MD<br>Visit: established, 6-month melanoma surveillance</p>
<p><b>HPI:</b> 75M, melanoma R upper back (0.6 mm, wide excision 2021, SLNB not done), here for FSE.
New: face red and flushing with "pimples" x 4 months, burning with sunscreen; flaky itchy scalp and
greasy scale by the nose. He also noted a changing dark spot on the L lower back and a scaly bump on the
R forearm.</p>
<p><b>Exam:</b> FSE done. Wide-excision scar R upper back without pigment or nodules; no
lymphadenopathy (cervical, axillary, inguinal).<br>
Central face: erythema, telangiectasias, scattered papulopustules; no ocular signs.<br>
Scalp and nasolabial folds: greasy yellow scale on erythematous base.<br>
L lower back: 8 mm asymmetric dark-brown macule with regression on dermoscopy.<br>
R dorsal forearm: 7 mm scaly pink papule, slightly indurated.<br>
L helix: one 4 mm gritty scaly papule typical of AK.</p>
<p><b>Assessment and plan</b></p>
<ol>
<li>History of melanoma - no evidence of recurrence. Continue FSE q6 months.</li>
<li>Papulopustular rosacea, new - Rx metronidazole 0.75% gel BID and doxycycline 40 mg MR daily; trigger
avoidance, mineral sunscreen.</li>
<li>Seborrheic dermatitis - Rx ketoconazole 2% shampoo 2-3x/week and ketoconazole 2% cream BID to face
folds x 2 weeks then prn.</li>
<li>Changing pigmented lesion L lower back - r/o melanoma: 4 mm punch biopsy, 1 suture.</li>
<li>Scaly papule R forearm - r/o SCC: shave biopsy.</li>
<li>AK L helix x1 - LN2, 2 cycles.</li>
</ol>
<p><b>Procedures:</b> consent signed for all; alcohol prep; 1% lidocaine w/ epi for both biopsies.
Punch (L lower back) closed with 4-0 nylon; shave (R forearm) with AlCl; both specimens to dermpath in
separate jars. Cryotherapy of the single helix AK (a different site from both biopsies). No
complications.</p>
<p>Attending attestation: I personally examined the patient, confirmed the findings and the plan, and was
present for all procedures. - W. Chen, MD</p>""",
    "expected": E([L("99214", 1, "25"), L("11104", 1), L("11103", 1), L("17000", 1, "XS")]),
    "coder_note": "GS-3: rosacea and seborrheic dermatitis with new prescriptions plus melanoma surveillance are "
                  "separate from the procedure decisions -> 99214-25. BX-2: punch primary 11104 + shave add-on "
                  "11103. DS-1: 1 AK -> 17000; PTP 11104/17000 is indicator 1 with 17000 as column 2, different "
                  "lesion/site -> XS on 17000 (no edit between 11103 and 17000).",
})

SCENARIOS.append({
    "id": "s13-mix-four-aks-and-three-inflamed-sks-cryo",
    "family": "mixed", "shape": "note-only",
    "description": "LN2 of 4 AKs (face) and 3 inflamed SKs (trunk): 17110 + 17000-XS + 17003-XS x3",
    "date": "2026-02-19",
    "patient": ("Lachance", "Therese", "1947-07-01", "female"),
    "provider": "castellanos", "payer": "medicare",
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Trunk", reason=True),
    ],
    "note": """Chief Complaint: rough spots on face; itchy growths on body
HPI: 78 yo F, est. Rough sandpaper spots on face for months. Also three raised brown growths on her
trunk that itch intensely, get red and she scratches them until they bleed.
ROS: otherwise negative.
Exam:
  Face - 4 gritty erythematous scaly papules: R temple 1, L cheek 2, chin 1. Consistent with AK.
  Trunk - 3 stuck-on verrucous papules, each with erythematous inflamed base and excoriation:
          L inframammary 1, R flank 1, mid back 1. Consistent with inflamed/irritated SK.
Assessment:
  1. Actinic keratoses x4 (face)
  2. Inflamed seborrheic keratoses x3 (trunk) - symptomatic: intense itching, inflammation, bleeding
Procedure: Cryosurgery. Verbal consent. LN2 spray, 2 freeze-thaw cycles, to the 4 AKs on the face and
separately to the 3 inflamed SKs on the trunk. Tolerated well. Wound care reviewed.
Plan: sunscreen; recheck 6 months.
Ines Castellanos, MD
""",
    "expected": E([L("17110", 1), L("17000", 1, "XS"), L("17003", 3, "XS")]),
    "coder_note": "DS-1: 4 AKs -> 17000 + 17003 x3. DS-2: 3 inflamed SKs (L82.0 with itching/inflammation, "
                  "covered) -> 17110. DS-3: 17110/17000 and 17110/17003 are indicator 1 with the AK codes as "
                  "column 2; different lesions -> XS on 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s13-mix-shave-bx-chest-shave-removal-back-ilk-chin",
    "family": "mixed", "shape": "free-text",
    "description": "Shave bx chest + shave removal back 0.8 cm + ILK acne cyst: 11301, 11102-XS, 11900-XS, J3301",
    "date": "2025-10-02",
    "patient": ("Achterberg-Lowe", "Dashiell", "1995-11-11", "male"),
    "provider": "adeyemi", "payer": "commercial",
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2", "Mid chest",
          reason=True),
        C("c2", "Melanocytic nevi of trunk", "D22.5", "Left lower back", reason=True),
        C("c3", "Acne vulgaris, inflamed cyst", "L70.0", "Chin", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Mid chest",
          note="5 mm pink scaly papule, r/o BCC vs lichenoid keratosis. Tangential biopsy, AlCl.", reasons=["c1"]),
        P("Shave removal", site="L lower back",
          note="Irritated raised nevus 0.8 x 0.6 cm, catches on waistband and bleeds. Removed flush by shave; "
               "AlCl; path.", reasons=["c2"]),
        P("Intralesional steroid injection", site="Chin",
          note="One tender inflamed acne cyst injected with triamcinolone 2.5 mg/mL, 0.3 mL.", reasons=["c3"]),
    ],
    "note": """Bridgeview Dermatology - in-person procedure visit
30M; at his 09/18 video visit we planned a biopsy of the chest spot and removal of the irritated mole on
his lower back. Today he also has one painful new acne cyst on the chin (on isotretinoin month 4 via our
telederm program, labs up to date - no change to that regimen today). All three procedures done as
recorded. Three different sites. Tolerated well.
Folake Adeyemi, MD
""",
    "expected": E([L("11301", 1), L("11102", 1, "XS"), L("11900", 1, "XS"), L("J3301", 1)]),
    "coder_note": "SH-1: back nevus 0.8 cm TAL shave removal -> 11301. Chest tangential biopsy -> 11102; PTP "
                  "11301/11102 indicator 1 with the biopsy as column 2, different lesion -> XS on 11102. ILK of "
                  "one lesion -> 11900; 11301/11900 indicator 1 -> XS on 11900. J3301: 0.3 mL x 2.5 mg/mL = "
                  "0.75 mg -> 1 unit.",
})

SCENARIOS.append({
    "id": "s13-mix-punch-bx-shin-and-scalp-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Punch bx R shin + 'multiple' scalp AKs treated with LN2, no count: 11104 only",
    "date": "2026-03-12",
    "patient": ("Pemberton-Yusuf", "Alastair", "1943-05-28", "male"),
    "provider": "baptiste", "payer": "medicare-noname",
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2", "Right shin",
          reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp", reason=True),
    ],
    "note": """Chief Complaint: Sore on R shin; scalp spots
HPI: 82 yo M est. Non-healing crusted sore on the R shin for 3 months, enlarging. Also rough spots on his
bald scalp again, last treated a year ago.
Meds: warfarin (INR 2.4 last week), metoprolol.
Exam: R anterior shin 1.3 cm crusted keratotic nodule with erythematous rim.
Scalp: multiple gritty erythematous scaly papules across the vertex and frontal scalp consistent with
actinic keratoses; no thick or ulcerated lesions.
Assessment:
  1. Keratotic nodule R shin - r/o SCC vs KA.
  2. Actinic keratoses, scalp.
Procedure 1 - Punch biopsy: consent; 1% lido w/ epi; 4 mm punch R shin; 4-0 nylon x1; pressure
hemostasis (on warfarin). Specimen to path.
Procedure 2 - Cryotherapy: the scalp AKs were treated with liquid nitrogen, 2 cycles each.
Post-care reviewed. Sutures out 14 days (shin).
Marc Baptiste, MD
""",
    "expected": E([L("11104", 1)], topics=["missing-documentation"]),
    "coder_note": "BX-1: punch biopsy -> 11104. The AKs were treated but the number is not documented anywhere "
                  "('multiple') -> no 17000/17003/17004 line, missing-documentation (README coding decisions: no "
                  "lesion count -> no line).",
})
