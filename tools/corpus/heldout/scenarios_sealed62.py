"""Sealed set 62 (s62-): long-term-care dermatology service plus a half-day office clinic.

Coding lead's set for Dr. June Abernathy (Riverside Dermatology), who rounds at skilled nursing and assisted-living
facilities (Willow Crest Health & Rehabilitation, St. Brendan's Care Center, Magnolia Terrace Assisted Living,
Harbor View Memory Care) and holds a Thursday-afternoon office clinic; a few charts are from her covering partner
Dr. Samuel Weiss. Facility charts: only the procedures are coded (no E/M family is used for facility visits; the
nursing-facility E/M codes are outside the rule book's families). Office-clinic charts use 99202-99215 only.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

FAC = "Facility visit: only the procedures are coded; no E/M line (nursing-facility E/M is outside the rule book's families)."

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: biopsy, shave, excision
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s62-bx-snf-two-punch-one-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "SNF bedside: punch bx left shin nodule, punch bx right back plaque, tangential bx left cheek; Medicare FFS",
    "date": "2025-11-04",
    "patient": ("Pruitt", "Edna Mae", "1936-02-19", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Squamous cell carcinoma, keratoacanthoma type, left shin", "C44.729", "Left anterior shin",
          reason=True),
        C("c2", "Lichen simplex chronicus, right mid back", "L28.0", "Right mid back", reason=True),
        C("c3", "Actinic keratosis, left cheek", "L57.0", "Left cheek", reason=True),
        C("c4", "Alzheimer's disease, late onset", "G30.1", history=True),
        C("c5", "Pressure ulcer of sacral region, stage 2", "L89.152", "Sacrum"),
    ],
    "path": [
        {"text": "A. Skin, left anterior shin, punch: Squamous cell carcinoma, well differentiated, keratoacanthoma "
                 "type; extends to base.", "site": "Left anterior shin", "date": "2025-11-07"},
        {"text": "B. Skin, right mid back, punch: Lichen simplex chronicus. No dermatitis herpetiformis features.",
         "site": "Right mid back", "date": "2025-11-07"},
        {"text": "C. Skin, left cheek, shave: Actinic keratosis, hypertrophic type.", "site": "Left cheek",
         "date": "2025-11-07"},
    ],
    "note_title": "Long-Term Care Dermatology Visit",
    "note": """RIVERSIDE DERMATOLOGY - LONG-TERM CARE SERVICE
Facility: Willow Crest Health & Rehabilitation, Room 118A          DOS 11/04/2025
Resident: Edna Mae Pruitt, 89 y/o F
Requested by: attending Dr. Hollis via charge nurse (T. Banner, RN)

Reason for visit: per charge nurse, "growing bump on her left shin" x 6 weeks that the CNAs noticed while
applying compression stockings; also picking at an itchy patch on her back.

Resident has late-onset Alzheimer dementia (BIMS 4/15 per MDS), cannot give history. History from charge
nurse and chart. Per MAR: donepezil, sertraline, apixaban 2.5 mg BID (not held), acetaminophen PRN.
Allergies: sulfa (rash).

Consent: resident lacks capacity. Son (Gerald Pruitt, healthcare POA) consented by phone at 10:05 for biopsies
of three spots; call witnessed by T. Banner RN. Risks of bleeding, infection, scar reviewed with him.

Exam (partial skin exam, resident in bed, positioned with help of 2 CNAs):
- L anterior shin: 1.4 cm crateriform keratotic nodule, firm, non-tender.
- R mid back: 4 x 3 cm lichenified, excoriated plaque within reach of her R hand.
- L cheek: 0.5 cm gritty scaly pink papule.
- Sacrum: stage 2 pressure injury, 1.5 x 1 cm, clean base - wound nurse following, dressing per wound-care
  orders. Looked at it with the wound nurse; no debridement or treatment by me.
- Scalp: several rough AKs. Not treating today; will consider cryotherapy at next rounds if family agrees.

Procedures (bedside, clean technique, 1% lidocaine with epi):
1. L anterior shin - 4 mm punch biopsy from the center of the nodule; 1 simple 4-0 nylon stitch.
2. R mid back - 3 mm punch biopsy at the plaque edge; 1 stitch.
3. L cheek - tangential (shave) biopsy with DermaBlade, hemostasis with aluminum chloride.
Three separate containers to Riverside Dermatopathology. Pressure held 10 min for apixaban. EBL minimal.

Plan: Vaseline + bandaid daily x 7 days per nursing orders; sutures out in 10-14 days (can be removed by
facility nurse). If shin returns SCC/KA we will discuss excision vs ED&C with son - nothing booked yet.
Nails trimmed by podiatry last month; not addressed.

June Abernathy, MD
""",
    "expected": E([L("11104"), L("11105"), L("11103")], dx={"11104": ["C44.729"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 + 11105 (second punch, separate lesion) + 11103 "
                  "(tangential). Pressure injury examined only; future cryo and possible excision are not coded. " + FAC,
})

SCENARIOS.append({
    "id": "s62-bx-alf-precoded-deleted-11100",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Assisted living: two shave biopsies pre-coded with deleted 11100/11101; Medicare Advantage",
    "date": "2025-11-06",
    "patient": ("Okonjo", "Theodore", "1941-08-30", "male"),
    "provider": "abernathy", "payer": "medicare-advantage",
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, right forearm", "C44.612", "Right dorsal forearm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left upper arm", "L82.0", "Left posterior upper arm", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Right dorsal forearm",
          "0.8 cm crusted pink papule, bleeds on sleeve. Shave biopsy to mid dermis, AlCl3 hemostasis.",
          ["c1"], cpt_display="Biopsy skin lesion"),
        P("Biopsy of skin, each additional lesion", "11101", "Left posterior upper arm",
          "0.6 cm red, scaly, irritated papule. Shave biopsy, AlCl3.", ["c2"], cpt_display="Biopsy skin add-on"),
    ],
    "path": [
        {"text": "Right dorsal forearm, shave biopsy: Basal cell carcinoma, superficial type, extending to the "
                 "peripheral margin.", "site": "Right dorsal forearm", "date": "2025-11-10"},
        {"text": "Left posterior upper arm, shave biopsy: Seborrheic keratosis with inflammation (irritated).",
         "site": "Left posterior upper arm", "date": "2025-11-10"},
    ],
    "note_title": "Assisted Living Dermatology Note",
    "note": """Magnolia Terrace Assisted Living - apartment 3C (dermatology rounds)
Theodore Okonjo, 84M. Independent with ADLs, cognitively intact, signs his own consent.

Two spots he wants checked: R forearm "scab that won't heal" x 3 months, bleeds onto his shirt sleeves;
L back of arm "rough itchy bump" that rubs on his recliner.
Meds per ALF med tech list: amlodipine, tamsulosin, atorvastatin. No blood thinners.

Exam: R dorsal forearm 0.8 cm crusted pink papule with rolled edge. L posterior upper arm 0.6 cm red scaly
papule, excoriated.
Impression: R forearm - concern for BCC. L arm - irritated SK vs SCCIS.

Procedure: written consent. Lidocaine 1% w/ epi. Shave biopsies x 2 (R forearm, L upper arm), AlCl3 for
hemostasis, bandages. Specimens separately labeled.
F/u with results; if BCC we'll plan treatment at the office clinic.

J. Abernathy MD
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1); two tangential biopsies of separate lesions -> 11102 "
                  "+ 11103. " + FAC,
})

SCENARIOS.append({
    "id": "s62-bx-office-transplant-eight-shave-mue",
    "family": "biopsy", "shape": "free-text",
    "description": "Office: renal-transplant resident, 8 tangential biopsies of separate lesions; 11103 capped at MUE 6",
    "date": "2025-11-13",
    "patient": ("Greenfield", "Arlo", "1952-04-07", "male"),
    "provider": "abernathy", "payer": "medicare-ngs", "minutes": 60,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, multiple sites", "D49.2", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
        C("c3", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "procedures": [
        P("Shave bx", site="Scalp, left parietal", note="0.9 cm hyperkeratotic papule. Tangential biopsy.",
          reasons=["c1"]),
        P("Shave bx", site="Right temple", note="0.6 cm scaly pink papule. Tangential biopsy.", reasons=["c1"]),
        P("Shave bx", site="Left dorsal hand", note="1.0 cm keratotic nodule. Tangential biopsy.", reasons=["c1"]),
        P("Shave bx", site="Right dorsal hand", note="0.7 cm crusted papule. Tangential biopsy.", reasons=["c1"]),
        P("Shave bx", site="Right extensor forearm", note="0.8 cm eroded plaque. Tangential biopsy.",
          reasons=["c1"]),
        P("Shave bx", site="Left extensor forearm", note="0.5 cm scaly papule. Tangential biopsy.", reasons=["c1"]),
        P("Shave bx", site="Upper mid back", note="1.1 cm pink shiny papule. Tangential biopsy.", reasons=["c1"]),
        P("Shave bx", site="Left shin", note="0.9 cm keratotic papule. Tangential biopsy.", reasons=["c1"]),
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - Thursday PM clinic
Arlo Greenfield, 73M, lives at Magnolia Terrace ALF; brought by facility van. Renal transplant 2011, on
tacrolimus + mycophenolate. Hx of 6 SCCs and 2 BCCs (last Mohs 2024). Full skin exam was done at his visit
3 weeks ago; he returns today for the planned biopsies. No separate E/M today.

Eight lesions, all separately marked and photographed, each a distinct lesion at a distinct site:
L parietal scalp, R temple, L dorsal hand, R dorsal hand, R forearm, L forearm, upper back, L shin.
Consent signed. Lidocaine 1% with epi. Tangential (shave) biopsy of each lesion, AlCl3, Vaseline dressings.
8 specimens, 8 jars, to Riverside Dermpath.

Plan: results in 1 week; treatment (ED&C / excision / Mohs) will be planned once path is back. Continue
daily sunscreen; transplant team aware. No cryotherapy today - deferred pending path.
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "Eight tangential biopsies -> 11102 + 11103 x7; 11103 MUE is 6 (MAI 3) so units are capped at 6 "
                  "with an mue finding (README Coding decisions). No E/M selected.",
})

SCENARIOS.append({
    "id": "s62-bx-snf-incisional-ulcer-edge-plus-punch",
    "family": "biopsy", "shape": "free-text",
    "description": "SNF: incisional wedge bx of chronic ankle ulcer edge plus punch bx of forearm plaque",
    "date": "2025-11-18",
    "patient": ("Castellano", "Rosaria", "1939-12-02", "female"),
    "provider": "abernathy", "payer": "medicare-noname", "minutes": 40,
    "conditions": [
        C("c1", "Non-pressure chronic ulcer of left ankle", "L97.321", "Left lateral malleolus", reason=True),
        C("c2", "Chronic venous hypertension with ulcer and inflammation, left leg", "I87.332", "Left lower leg"),
        C("c3", "Lesion of skin, right forearm", None, "Right volar forearm", reason=True),
        C("c4", "Unspecified dementia", "F03.90", history=True),
    ],
    "procedures": [
        P("Wedge biopsy, ulcer edge", site="Left lateral malleolus",
          note="Full-thickness wedge (ellipse) taken with #15 blade across the rolled superior edge of the ulcer "
               "including subcutaneous fat. Closed with two 4-0 nylon sutures.", reasons=["c1"]),
        P("Punch biopsy", site="Right volar forearm",
          note="4 mm punch of violaceous indurated plaque, one 4-0 nylon suture.", reasons=["c3"]),
    ],
    "path": [
        {"text": "Left lateral malleolus ulcer edge, incisional: pseudoepitheliomatous hyperplasia with chronic "
                 "ulceration and stasis changes. Negative for malignancy.", "site": "Left lateral malleolus",
         "date": "2025-11-21"},
        {"text": "Right volar forearm, punch: leukocytoclastic vasculitis.", "site": "Right volar forearm",
         "date": "2025-11-21"},
    ],
    "note_title": "LTC Dermatology Consult",
    "note": """St. Brendan's Care Center - Room 22 - Dermatology consult (requested by wound care RN)
Rosaria Castellano, 85F, moderate dementia, long-term resident.
Per wound nurse: L lateral malleolar venous ulcer present 14 months despite compression; superior edge now
heaped up and rolled. Asked to r/o malignant change. Also a purple firm patch R forearm x 2 weeks.
Per MAR: furosemide, metoprolol, memantine, ASA 81.
Daughter (Lucia, POA) consented by phone 14:20, witnessed by M. Ortiz LPN.

Exam: L ankle ulcer 3.5 x 2.8 cm, granulating base, rolled hyperkeratotic superior edge. Bilateral
hemosiderin staining, lipodermatosclerosis, stasis dermatitis of both legs - continue triamcinolone per
wound team; no new treatment by me. R volar forearm 2 cm violaceous indurated plaque, non-blanching.
Heels: offloaded, intact.

Procedures: incisional wedge biopsy L ulcer edge and 4 mm punch biopsy R forearm, as documented on the
procedure records. Hemostasis achieved. Two specimens sent. Unna boot reapplied afterwards by the wound
nurse (nursing service, not mine).
Plan: await path; if malignant, will arrange excision/referral. Wound care per wound team.
J. Abernathy, MD
""",
    "expected": E([L("11106"), L("11105")]),
    "coder_note": "BX-2: incisional outranks punch -> 11106 primary, the punch of a separate lesion takes 11105 "
                  "(AOC 11105 -> 11106). Unna boot by nursing and stasis dermatitis are not coded. " + FAC,
})

SCENARIOS.append({
    "id": "s62-shave-snf-nasal-dorsum-cannula",
    "family": "shave", "shape": "note-only",
    "description": "SNF: shave removal of 0.7 cm bleeding papule on nasal dorsum traumatized by O2 cannula; Medicare FFS",
    "date": "2025-11-20",
    "patient": ("Lindahl", "Walter", "1934-05-23", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, nasal dorsum", "L82.0", "Nasal dorsum", reason=True),
        C("c2", "Chronic obstructive pulmonary disease", None, history=True),
    ],
    "path": [
        {"text": "Skin, nasal dorsum, shave removal: Seborrheic keratosis, irritated type, with surface erosion. "
                 "Lesion is completely excised in the sections examined.", "site": "Nasal dorsum",
         "date": "2025-11-24"},
    ],
    "note_title": "Long-Term Care Dermatology Visit",
    "note": """WILLOW CREST HEALTH & REHABILITATION - Dermatology rounds
Rm 204B | Walter Lindahl | 91 y/o M | DOS 11/20/2025

S: Per charge nurse (D. Faraday RN), a "wart" on the bridge of his nose bleeds every few days where the
nasal cannula tubing rubs; staff have had to change his pillowcase twice this week. He is on 2 L O2 for
COPD. Resident is alert, oriented to person/place, and gives his own verbal and written consent.

O: Nasal dorsum, right of midline, where the cannula crosses: 0.7 cm stuck-on verrucous papule, eroded
surface with fresh hemorrhagic crust. No other lesions on the face of concern. Faint erythema on both
cheeks - seborrheic dermatitis, ketoconazole cream already ordered by PCP, no change.

A: Irritated / traumatized seborrheic keratosis vs SCC, symptomatic (bleeding from repeated trauma by the
oxygen tubing).

P: Shave removal of the entire lesion (therapeutic removal, not a sampling biopsy):
   0.5 mL 1% lidocaine w/ epi, lesion removed flush with the skin with a flexible blade, base lightly
   electrodesiccated for hemostasis. Lesion measured 0.7 cm before removal. Sent to dermpath.
   Tubing repositioned with foam padding by nursing.
   If path shows SCC, will discuss further treatment with resident. No other procedures.

J. Abernathy MD
""",
    "expected": E([L("11311")], dx={"11311": ["L82.0"]}),
    "coder_note": "SH-1/BX-4: therapeutic shave removal of the whole lesion, nose (FEENLM), 0.7 cm -> 11311. "
                  "Bleeding from recurrent documented trauma satisfies the benign-lesion LCD. " + FAC,
})

SCENARIOS.append({
    "id": "s62-shave-office-scalp-sized-back-unsized",
    "family": "shave", "shape": "free-text",
    "description": "Office: shave removal scalp 1.2 cm plus shave removal on back with no size documented",
    "date": "2025-12-04",
    "patient": ("Hartigan", "Maureen", "1947-10-14", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Vertex scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, back", "L82.0", "Left mid back at bra line", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Vertex scalp",
          note="1.2 cm irritated keratotic papule, bleeds when she brushes her hair. Removed flush by shave, "
               "electrodesiccation for hemostasis. To path.", reasons=["c1"]),
        P("Shave removal", site="Left mid back at bra line",
          note="Irritated, crusted keratotic papule rubbed by bra strap, itches and bleeds. Shaved flush, AlCl3. "
               "To path.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Scalp, vertex, shave: Irritated seborrheic keratosis.", "site": "Vertex scalp",
         "date": "2025-12-08"},
        {"text": "B. Left mid back, shave: Irritated seborrheic keratosis with hemorrhagic crust.",
         "site": "Left mid back", "date": "2025-12-08"},
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - Thursday afternoon clinic
Maureen Hartigan, 78F, est. pt (moved into Harbor View independent apartments this fall).
Here for removal of two bothersome growths she pointed out at her October visit.

1) Vertex scalp: 1.2 cm irritated SK, bleeds with hair brushing - her hairdresser has nicked it twice.
2) L mid back at bra line: irritated SK, rubbed by the strap, bleeding and itchy.

Both removed by shave today (see procedure entries).
Consent signed, 1% lidocaine w/ epi, hemostasis as recorded.
Path x2 (separate jars). Wound care handout given.
Not addressed today: her stable rosacea (no changes). No E/M billed.
J. Abernathy MD
""",
    "expected": E([L("11307")], topics=["missing-documentation"]),
    "coder_note": "Scalp is SNHFG, 1.2 cm -> 11307. The back shave has no lesion size anywhere in the chart, so no "
                  "size-banded line is possible (README: missing measurement -> no line + missing-documentation).",
})

SCENARIOS.append({
    "id": "s62-shave-precoded-neck-wrong-site-group",
    "family": "shave", "shape": "pre-coded",
    "description": "SNF: 0.4 cm pyogenic granuloma on neck pre-coded as trunk shave 11301; Medicaid",
    "date": "2025-12-09",
    "patient": ("Whitlock", "Darnell", "1958-03-27", "male"),
    "provider": "abernathy", "payer": "medicaid",
    "conditions": [
        C("c1", "Pyogenic granuloma, left lateral neck", "L98.0", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs, 0.6-1.0 cm", "11301", "Left lateral neck",
          "Friable red papule 0.4 cm diameter at the trach-tie line, bleeds onto dressing daily. Shave removal, "
          "base curetted and cauterized (AgNO3). To pathology.", ["c1"], cpt_display="Shave skin lesion"),
    ],
    "path": [
        {"text": "Skin, left lateral neck, shave: Lobular capillary hemangioma (pyogenic granuloma), ulcerated.",
         "site": "Left lateral neck", "date": "2025-12-12"},
    ],
    "note_title": "LTC Dermatology Procedure Note",
    "note": """St. Brendan's Care Center - long-term ventilator/trach unit, Rm 7
Darnell Whitlock, 67M, s/p anoxic brain injury, trach-dependent. Nonverbal.
Sister (Bernice Whitlock, legal guardian) consented by phone, witnessed by the respiratory therapist.

Per charge nurse: bleeding red bump on the L neck where the trach ties sit, bleeding daily x 3 weeks;
dressing changed twice a day because of it.

Exam: L lateral neck 0.4 cm friable vascular papule. Surrounding skin intact. Trach stoma clean, no
granulation at the stoma itself.

Procedure: shave removal at bedside, curettage of the base, AgNO3. Foam padding under ties per RT.
Plan: path; nursing to check the site daily and call if bleeding recurs.
June Abernathy MD
""",
    "expected": E([L("11305")], topics=["coding-correction"], dx={"11305": ["L98.0"]}),
    "coder_note": "Neck is SNHFG, not trunk, and 0.4 cm is the <=0.5 cm band -> 11305 replaces 11301. " + FAC,
})

SCENARIOS.append({
    "id": "s62-exb-office-cyst-back-band-and-layered",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Office: recurrently inflamed epidermoid cyst of back, 1.8 cm + 2 mm margins pre-coded 11402; layered 3.5 cm",
    "date": "2025-12-11",
    "patient": ("Ferreira", "Joaquim", "1950-07-09", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk 1.1-2.0 cm", "11402", "Right upper back",
          "Cyst 1.8 cm, excised with 2 mm margins.", ["c1"], cpt_display="Exc tr-ext b9+marg 1.1-2 cm"),
        P("Intermediate repair trunk 2.6-7.5 cm", "12032", "Right upper back",
          "Layered closure 3.5 cm: 3-0 Vicryl deep dermal, 4-0 nylon simple interrupted.", ["c1"],
          cpt_display="Intmd rpr s/a/t/ext 2.6-7.5"),
    ],
    "path": [
        {"text": "Skin and subcutis, right upper back, excision: Ruptured epidermoid cyst with foreign-body "
                 "giant cell reaction. 2.4 x 1.9 x 1.2 cm.", "site": "Right upper back", "date": "2025-12-15"},
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - Thursday PM clinic - Excision
Joaquim Ferreira, 75M (assisted-living resident, Magnolia Terrace; drives himself).
Indication: R upper back cyst, inflamed and painful 3 times this year, I&D'd at urgent care in June and
again in September, drains foul material onto his shirts. Medicare covered indication: recurrent
inflammation, pain, drainage.
Preop: cyst measured 1.8 cm greatest diameter (marked with skin marker); 2 mm margin planned around it.
Consent, time-out. 1% lidocaine w/ epi 8 mL.
Excision: fusiform excision around the cyst with 2 mm margins, taken to fascia with the intact sac and
punctum. Ellipse 5.5 cm long (length of the ellipse is for closure only).
Repair: undermined 1 cm each side; layered closure - 3-0 Vicryl buried deep dermal sutures, 4-0 nylon
simple interrupted epidermal. Final repair length 3.5 cm.
EBL < 5 mL. Pressure dressing. Suture removal 12-14 days (can be done at the ALF by the visiting team).
""",
    "expected": E([L("11403"), L("12032")], topics=["coding-correction"], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 1.8 + 2 x 0.2 = 2.2 cm -> 11403 (trunk 2.1-3.0), not 11402 (lesion "
                  "size alone). Intermediate repair 3.5 cm trunk -> 12032, separately reportable (EX-5). No E/M.",
})

SCENARIOS.append({
    "id": "s62-exb-office-dysplastic-nevus-thigh",
    "family": "excision-benign", "shape": "note-only",
    "description": "Office: re-excision of moderately atypical nevus left thigh, 0.8 cm + 3 mm margins; ellipse length is a distractor",
    "date": "2025-12-11",
    "patient": ("Abrams", "Colette", "1955-01-31", "female"),
    "provider": "abernathy", "payer": "medicare-advantage",
    "conditions": [
        C("c1", "Dysplastic nevus, moderate atypia, left thigh", "D22.72", "Left anterior thigh", reason=True),
    ],
    "path": [
        {"text": "Skin, left anterior thigh, excision: Residual compound dysplastic nevus with moderate "
                 "architectural and cytologic atypia; margins free. Specimen 4.0 x 1.3 x 0.5 cm.",
         "site": "Left anterior thigh", "date": "2025-12-16"},
    ],
    "note_title": "Excision Note",
    "note": """RIVERSIDE DERMATOLOGY - OFFICE CLINIC
PROCEDURE: Excision, left anterior thigh
Pt: Colette Abrams, 70F. Indication: shave biopsy 10/30/2025 showed compound dysplastic nevus with moderate
atypia, pigment at the peripheral margin; residual pigment at the biopsy scar. Plan was complete excision.
Not a melanoma; no history of melanoma.

Pre-op measurement: residual pigmented scar 0.8 x 0.6 cm. Margin: 3 mm around the clinical lesion.
Consent reviewed and signed. Time-out done.
Anesthesia: 1% lidocaine with epinephrine.
An ellipse oriented along relaxed skin tension lines, 4.2 cm in length, excised to the subcutaneous fat.
Closure: single-layer simple interrupted 4-0 Prolene; no deep sutures required (low tension).
Hemostasis: electrocautery. Dressing: Vaseline, Telfa, paper tape.
Specimen to dermatopathology with suture at 12 o'clock.
F/u 10-14 days for suture removal. Discussed that if severe atypia is found at a margin she may need
further surgery - not expected.
J. Abernathy MD
""",
    "expected": E([L("11402")], dx={"11402": ["D22.72"]}),
    "coder_note": "EX-1: 0.8 + 2 x 0.3 = 1.4 cm on the thigh -> 11402; neither the 4.2 cm ellipse nor the path specimen "
                  "size is used. Dysplastic nevus is benign (D22.72). Simple closure included.",
})

SCENARIOS.append({
    "id": "s62-exm-office-scc-hand-intermediate",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Office: biopsy-proven SCC left dorsal hand, 1.1 cm + 4 mm margins, layered repair 3.0 cm; Medicare FFS",
    "date": "2025-12-18",
    "patient": ("Sorensen", "Ingrid", "1940-09-12", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left dorsal hand", "C44.629", "Left dorsal hand", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [
        {"text": "Skin, left dorsal hand, excision: Invasive squamous cell carcinoma, moderately differentiated, "
                 "0.9 cm; all margins free (closest 3 mm).", "site": "Left dorsal hand", "date": "2025-12-22"},
    ],
    "note_title": "Office Surgery Note",
    "note": """Riverside Dermatology - Office clinic
Ingrid Sorensen, 85F, from Harbor View Memory Care (mild cognitive impairment; she is able to consent and her
daughter Karin is present).
Dx: invasive SCC L dorsal hand, shave biopsy 11/20/2025 (Riverside Dermpath RD25-4471), well-to-moderately
differentiated, transected at the base. Hx BCC R cheek excised 2019.
Options reviewed: excision vs Mohs vs radiation. Chose standard excision today.

Pre-excision: clinical lesion 1.1 x 0.9 cm keratotic plaque at the biopsy site. Margins 4 mm marked.
Consent signed by pt, daughter witnessed. Time-out.
Anesthesia: 1% lidocaine w/ epi 6 mL.
Excision: ellipse to deep subcutaneous fat above the extensor tendons (tendons not exposed).
Repair (intermediate): due to tension on the dorsal hand, wound undermined and closed in two layers -
4-0 Monocryl buried dermal, 5-0 nylon running epidermal. Repair length 3.0 cm.
EBL minimal. Pressure dressing, elevate hand.
Plan: sutures out in 14 days at the memory-care unit visit. If margins involved, re-excision; otherwise skin
check every 6 months.
June Abernathy, MD
""",
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.629"]}),
    "coder_note": "Hand is SNHFG; excised diameter 1.1 + 2 x 0.4 = 1.9 cm -> 11622. Intermediate repair of the hand "
                  "3.0 cm -> 12042 (12041-12047 group), separately reportable (EX-5).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: excision-malignant, destruction, Mohs, repair, I&D
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s62-exm-reexcision-mis-back-in-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Office: re-excision of melanoma in situ positive margin 7 days after first excision; negative re-excision path",
    "date": "2026-01-15",
    "patient": ("Delacroix", "Bernadette", "1949-06-18", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back", "D03.59", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-08", "11602", "Excision, pigmented lesion left upper back", "Left upper back",
              "0.8 cm irregular pigmented macule excised with 3 mm margins (1.4 cm). Simple closure."),
    ],
    "procedures": [
        P("Re-excision, positive margin", site="Left upper back",
          note="Path of 1/8 excision: melanoma in situ, lentiginous, involving the lateral margin. Re-excision of "
               "the healing scar with residual pigment today. Clinical lesion (scar plus residual pigment) 1.4 cm "
               "greatest diameter; 5 mm margins. Excised to fascia. Simple single-layer closure with 4-0 nylon.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left upper back, re-excision: Healing scar with no residual melanoma in situ. Margins "
                 "free.", "site": "Left upper back", "date": "2026-01-19"},
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology, Thursday clinic.
Bernadette Delacroix, 76F, Magnolia Terrace ALF.
Returns one week after excision of a L upper back pigmented lesion (01/08/2026); path showed melanoma in
situ with a positive lateral margin.
Planned wider re-excision today, 5 mm margins per NCCN for MIS.
Wound from 01/08 healing well; sutures still in place - removed as part of today's re-excision.
Consent, time-out, lidocaine 1% w/ epi. See procedure entry. Specimen oriented and sent.
No palpable axillary or cervical lymphadenopathy.
Full skin exam was done at the 01/08 visit - not repeated today.
Plan: wound check / suture removal 2 weeks; full skin exams every 3-6 months x 2 years.
J. Abernathy MD
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["D03.59"]}),
    "coder_note": "EX-4/GS-5: margin re-excision of a malignant lesion stays a malignant code even when the re-excision "
                  "is negative; 1.4 + 2 x 0.5 = 2.4 cm trunk -> 11603, inside the 10-day global of the 01/08 excision "
                  "-> 58. D03 is coded with malignant excision codes (EX-3).",
})

SCENARIOS.append({
    "id": "s62-exm-snf-sccis-shin-simple-repair-billed",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "SNF treatment room: SCCIS right shin excision 11603 pre-coded with simple repair 12002",
    "date": "2026-01-20",
    "patient": ("Mbeki", "Florence", "1938-11-05", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right shin", "D04.71", "Right pretibial shin", reason=True),
        C("c2", "Long term (current) use of anticoagulants", "Z79.01", history=True),
    ],
    "procedures": [
        P("Excision malignant lesion leg 2.1-3.0 cm", "11603", "Right pretibial shin",
          "SCCIS (biopsy 12/09/2025) 1.6 cm plaque, 4 mm margins. Excised to subcutaneous fat.", ["c1"],
          cpt_display="Exc tr-ext mal+marg 2.1-3 cm"),
        P("Simple repair 2.6-7.5 cm", "12002", "Right pretibial shin",
          "Single-layer closure with 4-0 nylon interrupted sutures, 4.0 cm. No deep sutures.", ["c1"],
          cpt_display="Rpr s/n/ax/gen/trnk2.6-7.5cm"),
    ],
    "path": [
        {"text": "Skin, right shin, excision: Squamous cell carcinoma in situ (Bowen disease), completely excised.",
         "site": "Right pretibial shin", "date": "2026-01-23"},
    ],
    "note_title": "LTC Dermatology Procedure Note",
    "note": """Willow Crest Health & Rehabilitation - procedure room, 2nd floor
Florence Mbeki, 87F, long-term resident. Alert, consents for herself; niece present.
Biopsy 12/09/2025: SCC in situ R shin. Plan excision (declined topical 5-FU - "can't manage creams").
Per MAR: warfarin, INR 2.3 this morning per lab sheet - proceeded with careful hemostasis.
Pre-op: 1.6 cm scaly pink plaque; 4 mm margins marked -> 2.4 cm.
Excision to fat, hemostasis with cautery. Closed in a single layer with 4-0 nylon simple interrupted
sutures, 4.0 cm, no buried sutures.
Dressing, leg elevation. Nursing to monitor for bleeding q4h x 24 h. Sutures out at 14 days on rounds.
Venous stasis changes both legs noted - managed by wound team, not treated today.
J. Abernathy
""",
    "expected": E([L("11603")], topics=["ncci"], dx={"11603": ["D04.71"]}),
    "coder_note": "EX-5: simple repair is included in the excision (11603/12002 PTP indicator 1, same wound, no "
                  "modifier justified) -> 12002 removed. 1.6 + 0.8 = 2.4 cm -> 11603 correct. " + FAC,
})

SCENARIOS.append({
    "id": "s62-ds-snf-eighteen-aks-17004",
    "family": "destruction", "shape": "note-only",
    "description": "SNF: LN2 to 18 AKs (face 11, hands 7); Medicare FFS",
    "date": "2025-12-02",
    "patient": ("Kowalczyk", "Stanley", "1937-01-22", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face and dorsal hands", "L57.0", "Face; dorsal hands", reason=True),
        C("c2", "Vascular dementia", None, history=True),
    ],
    "note_title": "Long-Term Care Dermatology Visit",
    "note": """Willow Crest H&R - Rm 131 - dermatology follow-up
Stanley Kowalczyk, 88M, retired roofer. Vascular dementia, pleasant, follows simple commands.
Son (Peter, POA) consented to cryotherapy by phone on 11/25 after our last visit (documented in the facility
chart), reconfirmed today by phone 09:40 with charge nurse A. Ruiz on the line.

Exam: numerous gritty erythematous scaly papules -
  forehead 6, nose 2, R cheek 2, L cheek 1 (face total 11)
  R dorsal hand 4, L dorsal hand 3 (hands total 7)
Several waxy stuck-on brown papules on the back = SKs, benign, asymptomatic - no treatment.
No nodules, no ulcerated lesions; nothing suspicious for SCC today.

Procedure: liquid nitrogen cryotherapy, 2 freeze-thaw cycles of ~5-8 seconds, to each of the 18 actinic
keratoses listed above (18 lesions). Tolerated well with reassurance from the CNA.
After-care: nursing to apply petrolatum BID to treated areas; blisters may form.
Hat and sunscreen for courtyard time added to care plan.
Recheck at 3 months; field therapy (5-FU) is an option later if the son agrees - not ordered.

J. Abernathy MD
""",
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 18 premalignant lesions (15 or more) -> 17004 x1 instead of 17000/17003. SKs not treated; "
                  "5-FU only discussed. " + FAC,
})

SCENARIOS.append({
    "id": "s62-ds-alf-precoded-17003-overcount",
    "family": "destruction", "shape": "pre-coded",
    "description": "ALF: 9 AKs pre-coded 17000 + 17003 x9 (first lesion counted twice)",
    "date": "2025-12-04",
    "patient": ("Vanderpool", "Eleanor", "1944-03-03", "female"),
    "provider": "abernathy", "payer": "medicare-advantage",
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp and ears", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Scalp",
          "LN2 cryotherapy, first lesion.", ["c1"], cpt_display="Destruct premalg lesion"),
        P("Destruction premalignant lesions 2-14, each - units: 9", "17003", "Scalp and ears",
          "LN2 cryotherapy, additional lesions. Charge entered: 17003 x 9 units.", ["c1"],
          cpt_display="Destruct premalg les 2-14"),
    ],
    "note_title": "Assisted Living Dermatology Note",
    "note": """Magnolia Terrace ALF - apt 1F - dermatology rounds
Eleanor Vanderpool, 81F, cognitively intact, signs her own consent.
Rough scaly spots on scalp and ears that catch on her comb; requests treatment.

Exam - actinic keratoses:
  vertex scalp 5, L frontal scalp 2, R helix 1, L helix 1.
  Total nine (9) AKs.
Procedure: LN2 cryotherapy, 2 cycles each, to all 9 lesions. Verbal consent.
Aftercare sheet given to the ALF med tech.
Incidentally: L thigh SK - not treated. Denies any new pigmented lesions.
F/u on next rounds in 3 months.
J. Abernathy MD
""",
    "expected": E([L("17000"), L("17003", 8)], topics=["coding-correction"], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 9 AKs -> 17000 + 17003 x (9 - 1) = 8. The provider counted the first lesion again in 17003. "
                  + FAC,
})

SCENARIOS.append({
    "id": "s62-ds-snf-aks-uncounted-wart-counted",
    "family": "destruction", "shape": "note-only",
    "description": "SNF: 'multiple' scalp AKs frozen without a count plus one painful periungual wart; Medicaid MCO",
    "date": "2025-12-16",
    "patient": ("Runningwater", "Clifford", "1948-09-09", "male"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Verruca vulgaris, right index finger, painful", "B07.8", "Right index finger, periungual",
          reason=True),
        C("c3", "Pressure ulcer of right heel, stage 3", "L89.613", "Right heel"),
    ],
    "note_title": "LTC Dermatology Note",
    "note": """ST. BRENDAN'S CARE CENTER - DERMATOLOGY
Clifford Runningwater, 77M, post-stroke (L hemiparesis), long-stay resident. Alert, consents verbally;
witnessed by CNA J. Pham.
Per nursing: rough spots on bald scalp; painful "wart" by his R index fingernail that hurts when he grips
his walker and the call-light.

Exam:
- Scalp: multiple hyperkeratotic AKs scattered over the vertex and crown.
- R index finger, lateral nail fold: single 6 mm verrucous papule, tender to pressure. No other warts.
- R heel: stage 3 pressure injury, wound team following with offloading boot; not my treatment.

Procedure: LN2 to multiple scalp AKs, 2 cycles each. LN2 to the single periungual wart R index finger,
2 cycles, paring first with #15 blade.
Nursing to apply Vaseline to treated sites. F/u 6-8 weeks for the wart.
J. Abernathy, MD
""",
    "expected": E([L("17110")], topics=["missing-documentation"], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: one painful wart -> 17110 (covered: pain, trauma from gripping). The AK count is never "
                  "documented ('multiple') -> no 17000/17003/17004 line, missing-documentation (README). " + FAC,
})

SCENARIOS.append({
    "id": "s62-mohs-office-nasal-sidewall-six-blocks",
    "family": "mohs", "shape": "note-only",
    "description": "Office: Mohs BCC right nasal sidewall, stage 1 six blocks, stage 2 two blocks, intermediate repair 2.8 cm",
    "date": "2026-01-22",
    "patient": ("Ashcombe", "Reginald", "1942-02-14", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right nasal sidewall", "C44.311", "Right nasal sidewall",
          reason=True),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """RIVERSIDE DERMATOLOGY - MOHS SURGERY
Surgeon and pathologist: Samuel Weiss, MD (performs both the excision and the frozen-section reading)
Patient: Reginald Ashcombe, 83M, resident of Harbor View assisted living, brought by his daughter.
Biopsy 12/18/2025 (Dr. Abernathy, facility rounds): nodular BCC, R nasal sidewall. AUC: area H, primary.
Meds: clopidogrel (continued). NKDA.

Pre-op: 1.3 x 1.0 cm pearly plaque at the biopsy scar.
Anesthesia: 1% lidocaine with epi.
Stage 1: debulk + first layer, mapped and divided into 6 tissue blocks. Frozen sections read by me: tumor at
  blocks 2 and 3 (superior-medial).
Stage 2: 2 tissue blocks from the superior-medial edge. Clear.
Total: 2 stages; 6 blocks in stage 1 and 2 in stage 2.
Final defect: 1.9 x 1.5 cm to the nasalis muscle (not through it), no cartilage involvement.

Repair: flap and graft considered and not needed; wound undermined at the level of the nasalis and closed in
layers, 5-0 Monocryl buried, 6-0 nylon running. Final linear repair length 2.8 cm.
Post-op: pressure dressing 48 h, sutures out 1 week. Debulk tissue was not sent for permanent sections.
Follow-up with Dr. Abernathy on facility rounds.
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("12052")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head, 2 stages -> 17311 + 17312; stage 1 had 6 blocks -> 17315 x1 (blocks beyond 5). "
                  "MOHS-7: intermediate repair of the nose 2.8 cm -> 12052 (2.6-5.0), separately reportable.",
})

SCENARIOS.append({
    "id": "s62-mohs-office-shin-scc-precoded-head-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "Office: Mohs SCC right pretibial leg, three stages, pre-coded with head/neck Mohs codes; complex repair",
    "date": "2026-01-29",
    "patient": ("Tillman", "Harold", "1943-07-01", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right pretibial leg", "C44.722", "Right pretibial leg", reason=True),
        C("c2", "Chronic lymphocytic leukemia of B-cell type not in remission", "C91.10", history=True),
    ],
    "procedures": [
        P("Mohs, first stage", "17311", "Right pretibial leg", "Stage 1: 4 blocks, positive at 6 o'clock.", ["c1"],
          cpt_display="Mohs 1 stage h/n/hf/g"),
        P("Mohs, additional stage", "17312", "Right pretibial leg",
          "Stage 2: 3 blocks, positive deep.", ["c1"], cpt_display="Mohs addl stage"),
        P("Mohs, additional stage", "17312", "Right pretibial leg",
          "Stage 3: 1 block, clear.", ["c1"], cpt_display="Mohs addl stage"),
        P("Complex repair, leg, 2.6-7.5 cm", "13121", "Right pretibial leg",
          "Complex layered closure 4.2 cm with debridement of devitalized wound edges, wide undermining, "
          "horizontal mattress retention sutures.", ["c1"], cpt_display="Cmplx rpr s/a/l 2.6-7.5 cm"),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """Riverside Dermatology - Mohs Micrographic Surgery
Surgeon/pathologist: S. Weiss MD. Patient: Harold Tillman, 82M (Willow Crest short-term rehab after hip
fracture; transported by facility van with CNA).
Indication: invasive SCC R pretibial leg, biopsy 01/06/2026, in a patient with CLL (immunosuppressed) -
appropriate for Mohs (AUC).
Tumor 1.5 cm. Layers taken to the subcutaneous fat; tumor did not involve muscle, tendon or bone, and no
periosteum was exposed.
Stage I 4 blocks (+ at 6:00); Stage II 3 blocks (+ deep at 6:00); Stage III 1 block, clear. 3 stages total.
Defect 2.6 x 1.8 cm. Repair: atrophic, devitalized wound edges debrided; wide undermining; complex layered
closure with horizontal mattress retention sutures due to tension on shin skin. Length 4.2 cm.
Post-op: leg elevation, no compression x 48 h; facility nursing orders written. Sutures out 14 days.
""",
    "expected": E([L("17313"), L("17314", 2), L("13121")], topics=["coding-correction"],
                  dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: leg is a trunk/arms/legs site and the surgery did not involve muscle/tendon/bone, so "
                  "17313 + 17314 x2 replace 17311 + 17312 x2. Complex repair (debridement of edges, retention "
                  "sutures) 4.2 cm leg -> 13121, reported with Mohs (MOHS-7).",
})

SCENARIOS.append({
    "id": "s62-repair-snf-skin-tears-forearm-hand",
    "family": "repair", "shape": "note-only",
    "description": "SNF: simple sutured repair of skin tears right forearm 3.1 cm + right hand 1.5 cm; shin tear dressed only",
    "date": "2025-12-23",
    "patient": ("Quigley", "Agnes", "1933-04-29", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body of right forearm", "S51.811A", "Right dorsal forearm", reason=True),
        C("c2", "Laceration without foreign body of right hand", "S61.411A", "Right dorsal hand", reason=True),
        C("c3", "Abrasion, right lower leg", "S80.811A", "Right shin"),
    ],
    "note_title": "LTC Dermatology Bedside Procedure",
    "note": """Harbor View Memory Care - Dermatology (called to unit while on rounds)
Agnes Quigley, 92F, advanced dementia (FAST 6d). Per charge nurse, resident's R arm caught on the
wheelchair armrest during a transfer at 08:15 today; skin tears on R forearm and R hand, and a scrape
on the R shin. Bleeding controlled by staff with pressure.
POA (granddaughter, Emily Quigley) consented by phone at 09:02; witnessed by C. Adebayo RN.
Per MAR: apixaban 2.5 mg BID, prednisone 5 mg daily (chronic, PMR).

Exam: R dorsal forearm gaping skin-tear laceration 3.1 cm, through dermis. R dorsal hand laceration 1.5 cm.
R shin: superficial abrasion/type 1 skin tear, 2 cm, flap viable, no gaping.

Procedure: wounds irrigated with NS. 1% lidocaine plain. Simple single-layer closure with 5-0 nylon
interrupted sutures, loosely placed for fragile skin:
  - R dorsal forearm 3.1 cm
  - R dorsal hand 1.5 cm
R shin: cleaned, flap laid back, silicone foam dressing only - no sutures, no closure.
Tetanus: Td 2021 per immunization record.
Orders: sutures out in 10-12 days; padded armrests, long sleeves (care plan updated).
J. Abernathy, MD
""",
    "expected": E([L("12002")]),
    "coder_note": "REP-1/REP-2: simple repairs of the forearm and hand are in the same group (12001-12007) -> sum "
                  "3.1 + 1.5 = 4.6 cm -> 12002. The shin tear was dressed only (no repair). " + FAC,
})

SCENARIOS.append({
    "id": "s62-repair-snf-fall-lacerations-precoded-unsummed",
    "family": "repair", "shape": "pre-coded",
    "description": "SNF fall: layered scalp 2.0 cm + layered forearm 3.0 cm pre-coded 12031 x2; eyebrow simple 1.2 cm",
    "date": "2026-01-06",
    "patient": ("Brannigan", "Cornelius", "1940-10-10", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Laceration without foreign body of scalp", "S01.01XA", "Occipital scalp", reason=True),
        C("c2", "Laceration without foreign body of left forearm", "S51.812A", "Left volar forearm", reason=True),
        C("c3", "Laceration without foreign body of right eyelid and periocular area", "S01.111A",
          "Right lateral eyebrow", reason=True),
        C("c4", "Unspecified fall", "W19.XXXA"),
    ],
    "procedures": [
        P("Intermediate repair scalp 2.5 cm or less", "12031", "Occipital scalp",
          "2.0 cm laceration, layered closure: 4-0 Vicryl galea/deep, staples.", ["c1"],
          cpt_display="Intmd rpr s/a/t/ext 2.5 cm/<"),
        P("Intermediate repair extremity 2.5 cm or less", "12031", "Left volar forearm",
          "3.0 cm laceration, layered closure: 4-0 Vicryl deep dermal, 5-0 nylon.", ["c2"],
          cpt_display="Intmd rpr s/a/t/ext 2.5 cm/<"),
        P("Simple repair face 2.5 cm or less", "12011", "Right lateral eyebrow",
          "1.2 cm laceration, 6-0 nylon simple interrupted, single layer.", ["c3"],
          cpt_display="Rpr f/e/e/n/l/m 2.5 cm/<"),
    ],
    "note_title": "LTC Dermatology Procedure Note",
    "note": """Willow Crest H&R - 3 West - called by charge nurse (B. Kaur RN) at 10:30 while on rounds.
Cornelius Brannigan, 85M, found on the floor beside his bed at 10:10 (unwitnessed fall). Nursing neuro checks
normal; attending (Dr. Hollis) evaluated and cleared him - no head CT per attending, not on anticoagulants.
Resident alert, oriented x2, agreeable; wife (POA) consented by phone 10:40.

Lacerations: occipital scalp 2.0 cm; L volar forearm 3.0 cm (struck the nightstand); R lateral eyebrow 1.2 cm.
All irrigated, lidocaine 1% w/ epi (plain near the eye).
- Scalp 2.0 cm: layered closure - 4-0 Vicryl deep, staples.
- L forearm 3.0 cm: layered closure - 4-0 Vicryl deep dermal, 5-0 nylon.
- R eyebrow 1.2 cm: simple closure, 6-0 nylon.
Dressings. Staples/sutures out 7 days (face 5 days). Fall-risk review deferred to attending/therapy.
J. Abernathy MD
""",
    "expected": E([L("12032"), L("12011")], topics=["coding-correction"]),
    "coder_note": "REP-1: intermediate repairs of scalp and forearm share the 12031-12037 group -> 2.0 + 3.0 = 5.0 cm "
                  "-> one 12032 (not 12031 x2; also 12032/12031 is PTP 0). Eyebrow simple 1.2 cm -> 12011, "
                  "different group, no PTP edit with 12032. " + FAC,
})

SCENARIOS.append({
    "id": "s62-id-snf-buttock-abscess-medicaid",
    "family": "incision-drainage", "shape": "note-only",
    "description": "SNF: simple I&D of left buttock abscess; sacral pressure injury examined only; Medicaid",
    "date": "2025-11-25",
    "patient": ("Espinoza", "Rafael", "1961-08-17", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True),
        C("c2", "Pressure ulcer of sacral region, stage 4", "L89.154", "Sacrum"),
        C("c3", "Paraplegia", None, history=True),
    ],
    "note_title": "LTC Dermatology Note",
    "note": """St. Brendan's Care Center - Rm 41 - dermatology consult
Rafael Espinoza, 64M, T10 paraplegia, long-term resident, decisional; consents for himself.
Per charge nurse: tender red lump L buttock x 4 days, now fluctuant; afebrile per vitals flow sheet.
Exam: L upper-outer buttock 2.5 cm fluctuant, erythematous abscess, single cavity. Sacrum: stage 4 pressure
injury with wound VAC in place - managed by the wound/surgery team; dressing not taken down, not treated by me.
Procedure: I&D. Chlorhexidine prep, 1% lidocaine field block, #11 blade stab incision, ~4 mL purulent
material expressed, cavity gently probed - no loculations, no packing required. Culture sent. Dry dressing.
Plan: warm compresses TID by nursing; doxycycline 100 mg BID x 7 days ordered (facility pharmacy).
If it recurs, consider excision of an underlying cyst later - not indicated now.
J. Abernathy MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "Single, simple (no loculations, no packing) abscess -> 10060. Sacral pressure injury not treated; "
                  "possible future cyst excision not coded. " + FAC,
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: I&D, intralesional, nails, paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s62-id-snf-hidradenitis-axilla-loculated",
    "family": "incision-drainage", "shape": "free-text",
    "description": "SNF: I&D of two loculated hidradenitis abscesses left axilla with packing; Medicare Advantage",
    "date": "2025-12-30",
    "patient": ("Pennington", "Lorraine", "1967-05-20", "female"),
    "provider": "abernathy", "payer": "medicare-advantage",
    "conditions": [
        C("c1", "Hidradenitis suppurativa with abscesses, left axilla", "L73.2", "Left axilla", reason=True),
        C("c2", "Multiple sclerosis, secondary progressive", None, history=True),
    ],
    "procedures": [
        P("I&D axillary abscesses", site="Left axilla",
          note="Two adjacent fluctuant nodules, 2.0 and 1.5 cm. Each incised; loculations broken up with a "
               "hemostat, ~10 mL purulent drainage total; cavities irrigated and packed with 1/4-inch iodoform "
               "gauze.", reasons=["c1"]),
        P("Wound culture", site="Left axilla", note="Aerobic/anaerobic culture swab sent."),
    ],
    "note_title": "LTC Dermatology Procedure Note",
    "note": """Willow Crest H&R - long-term care unit, Rm 226
Lorraine Pennington, 58F, secondary progressive MS (wheelchair-bound), long-term resident, on Medicare
through disability. Decisional; consents herself.
Hx: Hurley II hidradenitis both axillae and groin, followed by me. Per nursing: L axilla painful and draining
for 3 days.
Exam: L axilla two fluctuant tender abscesses within a field of sinus tracts; R axilla and groin quiet today
(no treatment). Temp 99.1 per vitals.
Procedure: see procedure entry - I&D with loculations broken up and packing.
Plan: packing removal/change by nursing in 48 h; clindamycin 300 mg TID x 10 days. Long-term plan: we
discussed adalimumab again - she wants to think about it; nothing ordered today.
J. Abernathy MD
""",
    "expected": E([L("10061")], dx={"10061": ["L73.2"]}),
    "coder_note": "Multiple abscesses with loculations broken up and packing = complicated/multiple -> 10061 (one "
                  "unit). Culture collection and biologic discussion not coded. " + FAC,
})

SCENARIOS.append({
    "id": "s62-id-alf-precoded-complex-for-simple-furuncle",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "ALF: single simple furuncle of posterior neck pre-coded as complicated I&D 10061; Medicare FFS",
    "date": "2026-01-08",
    "patient": ("Oyelaran", "Samuel", "1946-12-12", "male"),
    "provider": "abernathy", "payer": "medicare",
    "conditions": [
        C("c1", "Furuncle of neck", "L02.12", "Posterior neck", reason=True),
    ],
    "procedures": [
        P("I&D abscess, complicated or multiple", "10061", "Posterior neck",
          "Single 1.2 cm fluctuant furuncle. Stab incision, pus expressed, no loculations, no packing.", ["c1"],
          cpt_display="I&D abscess complex"),
    ],
    "note_title": "Assisted Living Dermatology Note",
    "note": """Magnolia Terrace ALF, apt 2B - dermatology rounds
Samuel Oyelaran 79M, cognitively intact.
Painful boil on back of neck x 3 days, rubs on his collar. Afebrile per med tech.

Exam: single 1.2 cm fluctuant furuncle, posterior neck at the hairline. No cellulitis. No other lesions.

Procedure: verbal consent. Alcohol prep, ethyl chloride spray, #11 blade stab incision, pus expressed,
cavity probed - single cavity, no loculations. No packing. Bandage.

Plan: warm compresses TID. No antibiotics needed.
Recheck on next rounds; med tech to call if redness spreads.
J. Abernathy MD
""",
    "expected": E([L("10060")], topics=["coding-correction"], dx={"10060": ["L02.12"]}),
    "coder_note": "One simple furuncle, no loculations, no packing -> 10060 (simple or single), not 10061. " + FAC,
})

SCENARIOS.append({
    "id": "s62-il-office-keloids-tac-60mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Office: ILK to presternal and left shoulder keloids, TAC 40 mg/mL 1.5 mL (60 mg); Medicare FFS",
    "date": "2025-11-13",
    "patient": ("Haddad", "Nabil", "1951-10-02", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scars, presternal chest and left shoulder, pruritic and painful", "L91.0",
          "Presternal chest; left shoulder", reason=True),
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - Thursday PM office clinic
Nabil Haddad, 74M, established, lives at Magnolia Terrace. Keloid of the sternotomy scar (CABG 2019) and a
L shoulder keloid from an old vaccine site. Both itch constantly and are tender where his seat belt
crosses. Third session; about 30% flatter since September.
No other issues today; no E/M.
Procedure: intralesional triamcinolone acetonide (Kenalog-40, 40 mg/mL, from office stock).
  - Presternal keloid: 0.8 mL (32 mg)
  - L shoulder keloid: 0.7 mL (28 mg)
  Total 1.5 mL = 60 mg triamcinolone acetonide. 30-gauge needle, Luer-lock syringe.
Tolerated well. Counseled on atrophy and hypopigmentation. Next session in 6 weeks.
Silicone sheeting was recommended last time; he has not started it - not dispensed today.
J. Abernathy, MD
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "Two keloids (up to 7 lesions) -> 11900 x1; 60 mg triamcinolone acetonide from office stock -> "
                  "J3301 x6 (per 10 mg).",
})

SCENARIOS.append({
    "id": "s62-il-snf-prurigo-nine-nodules-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "SNF: ILK to 9 prurigo nodules pre-coded 11900; 27 mg triamcinolone; Medicare Advantage PPO",
    "date": "2026-01-13",
    "patient": ("Gallagher", "Winifred", "1945-07-27", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Prurigo nodularis, arms and legs", "L28.1", "Bilateral extensor arms and shins", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", "11900", "Arms and shins",
          "Nine prurigo nodules injected.", ["c1"], cpt_display="Inject skin lesions </w 7"),
        P("Triamcinolone acetonide injection, per 10 mg - units: 3", "J3301", "Arms and shins",
          "Kenalog-10 from practice procedure kit, 2.7 mL = 27 mg. Charge entered J3301 x 3.", ["c1"],
          cpt_display="Triamcinolone acet inj NOS"),
    ],
    "note_title": "LTC Dermatology Procedure Note",
    "note": """St. Brendan's Care Center, Rm 12 - dermatology
Winifred Gallagher 80F, long-term resident, mild cognitive impairment, consents for herself (BIMS 13).
Per nursing, scratching at night, bloody sheets most mornings.

Exam: firm excoriated nodules -
  R extensor forearm 3, L extensor forearm 2, R shin 2, L shin 2 = 9 nodules.

Procedure: triamcinolone acetonide 10 mg/mL (practice-supplied), 0.3 mL into each of the 9 nodules;
total 2.7 mL = 27 mg.
Also: continue clobetasol ointment BID under occlusion per nursing; nails cut short.
Dupilumab was discussed with her and the facility pharmacist as a future option - not started.
F/u 4-6 weeks.
J. Abernathy MD
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"], dx={"11901": ["L28.1"]}),
    "coder_note": "Nine lesions injected -> 11901 (more than 7), not 11900. 27 mg -> J3301 x3 (ceil(27/10)). " + FAC,
})

SCENARIOS.append({
    "id": "s62-il-office-hlp-shin-plus-wart-cryo-xs",
    "family": "intralesional", "shape": "free-text",
    "description": "Office: ILK to hypertrophic lichen planus plaque left shin plus LN2 to two hand warts; 11900-XS",
    "date": "2026-01-15",
    "patient": ("Marchand", "Dolores", "1950-02-09", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Hypertrophic lichen planus, left shin", "L43.0", "Left shin", reason=True),
        C("c2", "Verruca vulgaris, right hand", "B07.8", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Intralesional Kenalog", site="Left shin",
          note="Single 3 cm hypertrophic LP plaque, intensely pruritic. Triamcinolone acetonide 10 mg/mL from "
               "office stock, 1.0 mL (10 mg) injected.", reasons=["c1"]),
        P("Cryotherapy, warts", site="Right dorsal hand",
          note="Two verrucae (R 2nd MCP and R dorsal wrist), tender and catching on her rings/bracelet. LN2 "
               "2 cycles each.", reasons=["c2"]),
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology, office clinic.
Dolores Marchand, 75F (Harbor View independent living), established.

1) Hypertrophic lichen planus L shin - itching keeps her up at night despite clobetasol.
   ILK today (see procedure record).
2) Two warts on the R hand, painful against her rings and bracelet; LN2 today.

Oral lichen planus: no oral lesions on exam today.
No E/M service billed; no other problems addressed.
RTC 6 weeks.
J. Abernathy MD
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301", 1)]),
    "coder_note": "PTP 17110/11900 indicator 1 with 11900 as column 2; different lesions (shin plaque vs hand warts) "
                  "-> XS on 11900 (conventions). 10 mg -> J3301 x1. Painful warts -> 17110.",
})

SCENARIOS.append({
    "id": "s62-nails-snf-debride-eight-toenails",
    "family": "nails", "shape": "note-only",
    "description": "SNF: debridement of 8 painful mycotic toenails; diabetic with PAD; Medicare Advantage",
    "date": "2025-12-02",
    "patient": ("Hutchins", "Virgil", "1939-06-06", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Onychomycosis of toenails", "B35.1", "Bilateral toenails", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic peripheral angiopathy", "E11.51", reason=True),
        C("c3", "Pressure ulcer of right heel, stage 2", "L89.612", "Right heel"),
    ],
    "note_title": "LTC Dermatology Nail Care Note",
    "note": """WILLOW CREST HEALTH & REHAB - DERMATOLOGY
Resident: Virgil Hutchins, 86M, Rm 140A. T2DM with peripheral arterial disease (absent DP/PT pulses
bilaterally per vascular note), moderate dementia. Daughter (POA) gave standing consent for nail care on
admission (in chart), reconfirmed by phone today.
Per CNA: toenails thick and yellow, catching on socks; resident winces when shoes are put on.

Exam: thick (4-5 mm), yellow, dystrophic, subungual debris nails - R 1st, 2nd, 3rd, 4th and L 1st, 2nd, 3rd,
4th toes (8 nails). R 5th and L 5th small and normal, not treated. No paronychia. R heel stage 2 pressure
injury in offloading boot - wound team managing, not treated by me.

Procedure: mechanical debridement of 8 mycotic nails (reduction in thickness and length) with nail nippers
and rotary burr. No bleeding.
Plan: repeat in ~10 weeks; topical efinaconazole not pursued given age/cost.
J. Abernathy MD
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "Debridement of 6 or more nails -> 11721 x1 (no digit modifiers on 11720/11721 per conventions). " + FAC,
})

SCENARIOS.append({
    "id": "s62-nails-office-bilateral-hallux-avulsion",
    "family": "nails", "shape": "free-text",
    "description": "Office: avulsion of right and left great toenails for ingrown nails with paronychia; T5 + TA",
    "date": "2026-01-22",
    "patient": ("Prendergast", "Howard", "1957-11-19", "male"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe", "L60.0", "Right hallux", reason=True),
        C("c2", "Ingrowing nail, left great toe", "L60.0", "Left hallux", reason=True),
    ],
    "procedures": [
        P("Total nail avulsion", site="Right great toe",
          note="Digital block with 1% plain lidocaine. Nail plate elevated and removed in full. Matrix left "
               "intact (not destroyed).", reasons=["c1"]),
        P("Total nail avulsion", site="Left great toe",
          note="Digital block. Nail plate removed in full. Matrix not treated.", reasons=["c2"]),
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - office clinic
Howard Prendergast, 68M (disabled; SNF short-stay last year, now home).
Both great toenails ingrown on the medial and lateral borders with granulation and paronychia, very
painful in shoes; failed soaks and cotton wedging x 2 months.

Procedure: bilateral great toenail avulsion, full plate, as listed on the procedure records.
No matrixectomy today - if they recur we will do a permanent (phenol/excisional) matrixectomy.

Post-op: Vaseline/non-stick dressings, soaks BID from day 2.
Cephalexin 500 mg QID x 7 days.
No E/M billed.
J. Abernathy MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")]),
    "coder_note": "First nail avulsion 11730 with T5 (right great toe); each additional nail +11732 with TA (left great "
                  "toe). Matrixectomy only planned if recurrence, not coded.",
})

SCENARIOS.append({
    "id": "s62-nails-office-matrixectomy-right-hallux-medicaid",
    "family": "nails", "shape": "note-only",
    "description": "Office: permanent partial nail and matrix excision, lateral border right great toe; Medicaid",
    "date": "2026-02-05",
    "patient": ("Lozano", "Teresa", "1972-03-15", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right hallux lateral border", reason=True),
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - Thursday PM office
Teresa Lozano, 53F, CNA at Willow Crest (not a resident). Recurrent ingrown lateral border R great toenail,
third episode this year; previous simple partial avulsions at urgent care in March and August.
Plan today: permanent partial nail removal.
Consent. Digital block 1% plain lidocaine 4 mL, tourniquet.
Lateral 4 mm strip of the nail plate freed and removed; the lateral matrix horn was excised sharply down to
bone with a #15 blade and curetted for permanent removal. No phenol used. Tourniquet off, hemostasis,
Xeroform and bulky dressing.
L great toe has mild lateral incurvation but is not ingrown or inflamed - no treatment.
Post-op: soaks BID, recheck 2 weeks. No E/M.
J. Abernathy MD
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Excision of nail and matrix for permanent removal -> 11750 with T5 (right great toe); the nail "
                  "plate removal is part of 11750 (11750/11730 bundled, same nail), so no 11730.",
})

SCENARIOS.append({
    "id": "s62-paring-snf-four-calluses-diabetic",
    "family": "paring", "shape": "note-only",
    "description": "SNF: paring of 4 corns/calluses in diabetic with neuropathy; Medicare FFS",
    "date": "2025-12-16",
    "patient": ("Albright", "Mildred", "1941-09-30", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Plantar feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "note_title": "LTC Dermatology Foot Note",
    "note": """St. Brendan's Care Center - Rm 33 - dermatology
Mildred Albright, 84F, T2DM with peripheral neuropathy (monofilament absent both feet per PCP note),
ambulates short distances with a walker. Consents for herself.
Per nursing: painful calluses, she has started refusing to walk to the dining room.

Exam: hyperkeratotic lesions -
  R plantar 1st MTH callus 1.5 cm
  R plantar 5th MTH callus 1.0 cm
  L plantar 2nd MTH callus with central core 0.8 cm
  L 5th toe dorsolateral heloma durum 0.5 cm
Total: 4 lesions. No ulceration, no pre-ulcerative hemorrhage. Toenails short and well kept - no nail care
needed today.
Procedure: paring of the 4 hyperkeratotic lesions with #15 blade, no bleeding.
Plan: offloading pads, diabetic shoes order sent to facility podiatry/orthotics. Recheck 8 weeks.
J. Abernathy MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring 2-4 lesions -> 11056. Diabetic neuropathy documented as the systemic condition (status R "
                  "code). Nails not treated. " + FAC,
})

SCENARIOS.append({
    "id": "s62-paring-snf-precoded-11057-three-lesions",
    "family": "paring", "shape": "pre-coded",
    "description": "SNF: 3 calluses pared but pre-coded 11057 (more than 4); Medicaid MCO",
    "date": "2026-01-27",
    "patient": ("Beaumont", "Earl", "1959-01-04", "male"),
    "provider": "abernathy", "payer": "medicaid-mco",
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Both feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "procedures": [
        P("Paring/cutting benign hyperkeratotic lesions, more than 4", "11057", "Both feet",
          "Calluses pared with #15 blade.", ["c1"], cpt_display="Trim skin lesions over 4"),
    ],
    "note_title": "LTC Dermatology Foot Note",
    "note": """Willow Crest H&R, Rm 118B - dermatology
Earl Beaumont 66M, T2DM with neuropathy, BKA on the L (2022) - R foot only. Consents for himself.
Painful calluses R foot per nursing; wears prosthesis on L.

Exam R foot:
  callus plantar 1st MTH
  callus plantar 5th MTH
  heloma durum dorsal R 4th toe PIPJ
  = 3 lesions.
L residual limb intact - checked with the prosthetist's note, no skin breakdown.

Procedure: paring of the three lesions, #15 blade.
Plan: accommodative insole; recheck 2 months.
J. Abernathy MD
""",
    "expected": E([L("11056")], topics=["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "Three lesions pared -> 11056 (2-4), not 11057 (more than 4). " + FAC,
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: paring, patch tests, phototherapy, skin tags, cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s62-paring-alf-single-callus-not-wart",
    "family": "paring", "shape": "free-text",
    "description": "ALF: paring of one plantar callus (wart excluded on paring) in diabetic with PAD; Medicare Advantage",
    "date": "2026-02-03",
    "patient": ("Fairweather", "Odessa", "1943-12-21", "female"),
    "provider": "abernathy", "payer": "medicare-advantage",
    "conditions": [
        C("c1", "Callus, left plantar heel", "L84", "Left plantar heel margin", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic peripheral angiopathy", "E11.51", reason=True),
    ],
    "procedures": [
        P("Debridement of callus", site="Left plantar heel margin",
          note="Single 2 cm painful hyperkeratotic callus, fissured. Pared with #15 blade to healthy tissue. "
               "Skin lines preserved, no pinpoint bleeding or black dots - not a wart.", reasons=["c1"]),
    ],
    "note_title": "Assisted Living Dermatology Note",
    "note": """Magnolia Terrace ALF - Rm 2D - dermatology rounds
Odessa Fairweather, 82F. T2DM with PAD (ABI 0.6 bilaterally on vascular study 2025). Cognitively intact.
Painful cracked heel L when walking to meals. Med tech reports no drainage.

Exam: L plantar heel margin 2 cm fissured callus, no ulcer, no erythema. R foot - dry skin only.
Nails: normal thickness - no debridement.

Procedure as documented on the procedure record.
Wart was on the differential but ruled out on paring (normal skin lines) - no cryotherapy.
Urea 40% cream daily ordered through ALF pharmacy.
Recheck 6-8 weeks.
J. Abernathy MD
""",
    "expected": E([L("11055")], dx={"11055": ["L84"]}),
    "coder_note": "One hyperkeratotic lesion pared -> 11055. Wart excluded, so no destruction. Diabetic angiopathy is "
                  "the systemic condition for the status-R paring code. " + FAC,
})

SCENARIOS.append({
    "id": "s62-patch-office-96-allergens-mue",
    "family": "patch-test", "shape": "note-only",
    "description": "Office: patch test placement, 80-allergen baseline + 16 supplemental = 96; 95044 capped at MUE 90",
    "date": "2025-11-20",
    "patient": ("Whitcombe", "Lillian", "1948-08-08", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Chronic eyelid and facial dermatitis, suspected allergic contact dermatitis", "L30.9",
          "Eyelids and face", reason=True),
    ],
    "note_title": "Patch Test Application Note",
    "note": """RIVERSIDE DERMATOLOGY - CONTACT DERMATITIS CLINIC
Patch Test Application (Day 0)
Patient: Lillian Whitcombe, 77F, resident of Harbor View assisted living, accompanied by the ALF aide.
Consultation and test selection were done at the 11/06/2025 visit; today is application only - no E/M today.
Hx: 14 months of eyelid/periorbital and neck dermatitis; uses facility-supplied soaps, hair dye monthly at
the facility salon, several eye drops.

Allergens applied to the upper back (Finn chambers on Scanpor), read on Day 2 and Day 5:
  - Baseline series: 80 allergens
  - Supplemental cosmetic/hairdressing series: 12 allergens
  - Patient's own products (as is): eye drops x2, facility soap, facial moisturizer = 4
  TOTAL: 96 individual patch tests.
Back marked with surgical marker; instructions given to the aide: keep dry, no bathing of the back, avoid
scratching. Topical steroid to the back stopped 1 week ago (confirmed).
Reading visits scheduled 11/22 and 11/25.
J. Abernathy, MD
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = number of tests = 96; MUE is 90 (MAI 3) so units are capped at 90 with an mue finding "
                  "(README). Application visit only, no E/M.",
})

SCENARIOS.append({
    "id": "s62-patch-office-35-allergens-rosacea-em25",
    "family": "patch-test", "shape": "free-text",
    "description": "Office: 35-allergen patch application plus separately managed rosacea flare (new Rx); 99213-25",
    "date": "2026-01-08",
    "patient": ("Nguyen", "Thu Ha", "1979-04-25", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Hand dermatitis, suspected allergic contact dermatitis", "L30.9", "Both hands", reason=True),
        C("c2", "Rosacea, papulopustular flare", "L71.9", "Central face", reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="Standard occupational series for healthcare workers: 35 allergens applied (rubber accelerators, "
               "preservatives, fragrance, glove materials). Read 48 and 96 hours.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Riverside Dermatology, office clinic
Thu Ha Nguyen, 46F, CNA at St. Brendan's Care Center (staff member, not a resident). Established.

1) Hand dermatitis x 8 months, worse with glove use and hand sanitizer at work. Patch testing set up at her
   last visit; 35-allergen healthcare-worker series applied to the upper back today (procedure record).
2) Rosacea - new problem today: papulopustular flare on cheeks and chin over the past 6 weeks, burning.
   Exam: erythematous papules and pustules on cheeks/chin, telangiectasias. No ocular symptoms.
   Plan: start doxycycline 40 mg modified-release daily and metronidazole 0.75% gel BID; counseled on
   triggers and photosensitivity; recheck 8 weeks. This is separate from the patch test work.
Level of service 99213 selected for the rosacea evaluation and prescription management.
J. Abernathy MD
""",
    "expected": E([L("99213", 1, "25"), L("95044", 35)]),
    "coder_note": "PTP 95044/99213 indicator 1: a separately identifiable E/M (rosacea flare with prescription "
                  "management) is documented, so 25 on the E/M (GS-3, conventions). 95044 units = 35 tests.",
})

SCENARIOS.append({
    "id": "s62-photo-office-puva-no-failed-conventional-gz",
    "family": "phototherapy", "shape": "note-only",
    "description": "Office: PUVA session for psoriasis with no prior conventional therapy tried, no ABN; Medicare FFS",
    "date": "2025-12-04",
    "patient": ("Calloway", "Burton", "1946-05-11", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 12% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """RIVERSIDE DERMATOLOGY - PHOTOTHERAPY UNIT
Treatment record - PUVA (oral methoxsalen + UVA), full-body cabinet
Patient: Burton Calloway, 79M (Magnolia Terrace ALF; ALF van transport Tue/Fri)
Dx: plaque psoriasis, ~12% BSA. Not disabling; no palms/soles or genital involvement.
Prior treatment: none. He has never used a prescription topical and has never had UVB - he declined
topicals ("can't reach my back, the aides won't do it") and declined NB-UVB because it needs 3 visits a
week; PUVA twice weekly fits the van schedule. PUVA chosen as first-line at his request.
Treatment # 3 of course. Methoxsalen 0.4 mg/kg taken 90 min before (filled at his own pharmacy).
UVA 2.0 J/cm2 (step-up from 1.5). Goggles on, UVA glasses for 24 h reviewed; genital shielding confirmed.
Delivered by phototherapy RN (M. Soto) under Dr. Abernathy's direct supervision.
No ABN was presented to the patient for this course.
No physician visit today. Next treatment Friday.
""",
    "expected": E([L("96912", 1, "GZ")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 (NCD 250.1): Medicare covers PUVA only for intractable, disabling psoriasis after failed "
                  "conventional therapy; none was tried, so the service is expected to be denied as not reasonable "
                  "and necessary. Medicare FFS without an ABN -> GZ (COS-4; README GA/GZ decision).",
})

SCENARIOS.append({
    "id": "s62-photo-office-excimer-precoded-wrong-area",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Office: excimer laser to elbow/knee psoriasis plaques, total 320 sq cm, pre-coded 96920",
    "date": "2026-01-13",
    "patient": ("Drummond", "Estelle", "1952-09-03", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques elbows and knees", "L40.0", "Elbows and knees",
          reason=True),
    ],
    "procedures": [
        P("Excimer laser, psoriasis, total area less than 250 sq cm", "96920", "Bilateral elbows and knees",
          "308 nm excimer, treatment 7 of 13.", ["c1"], cpt_display="Excimer lsr psrs <250 sq cm"),
    ],
    "note_title": "Excimer Laser Treatment Note",
    "note": """Riverside Dermatology - laser room
Estelle Drummond, 73F. Excimer 308 nm course, session 7 of 13.
Localized plaque psoriasis (~4% BSA), failed > 3 months of class I topical steroids + calcipotriene.

Treated plaques (measured today with grid template):
  R elbow 75 sq cm, L elbow 70 sq cm
  R knee 95 sq cm, L knee 80 sq cm
  Total treated area: 320 sq cm.
Dose: 2x MED on elbows, 3x MED on knees per protocol.
Mild erythema from last session resolved.
No other services. Next session in 3-4 days.
J. Abernathy MD
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded by the total area treated in the session: 320 sq cm -> 96921 (250-500 sq cm), "
                  "not 96920.",
})

SCENARIOS.append({
    "id": "s62-tags-snf-eighteen-irritated-tags",
    "family": "skin-tags", "shape": "note-only",
    "description": "SNF: removal of 18 irritated/bleeding skin tags neck and axillae; Medicare FFS",
    "date": "2025-12-09",
    "patient": ("Ostrowski", "Gertrude", "1940-02-28", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, inflamed and bleeding, neck and axillae", "L91.8", "Neck; bilateral axillae",
          reason=True),
    ],
    "note_title": "LTC Dermatology Procedure Note",
    "note": """Willow Crest H&R, Rm 109. Gertrude Ostrowski, 85F, Parkinson disease, long-term resident, consents for
herself (alert, oriented).
Per CNA and charge nurse: skin tags on neck and underarms catch on her gown ties and the Hoyer-lift sling
straps, several bleed during transfers; two are red and swollen. Bloody spots on gowns documented by
nursing 3x this month.
Exam: pedunculated skin tags - neck 11, R axilla 4, L axilla 3 (18 total); several with hemorrhagic crust,
2 twisted and inflamed (R axilla). Benign appearing, no atypical lesions.
Procedure: all 18 tags removed with sterile curved iris scissors after 1% lidocaine wheals on the larger
ones; AlCl3 hemostasis. Not sent to path.
Sling strap padding requested from therapy.
J. Abernathy MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "18 tags -> 11200 (first 15) + 11201 x ceil(3/10) = 1. Bleeding, inflammation and documented "
                  "recurrent trauma meet the benign-lesion LCD (BSL-3), so no GY. " + FAC,
})

SCENARIOS.append({
    "id": "s62-tags-alf-precoded-thirty-tags-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "ALF: 30 macerated/bleeding tags in intertriginous folds; 11201 x2 pre-coded, capped at MUE 1",
    "date": "2026-01-20",
    "patient": ("Brightwater", "Loretta", "1949-11-11", "female"),
    "provider": "abernathy", "payer": "medicare-advantage",
    "conditions": [
        C("c1", "Acrochordons, inflamed, inframammary and axillary folds", "L91.8",
          "Inframammary folds; bilateral axillae", reason=True),
        C("c2", "Erythema intertrigo", "L30.4", "Inframammary folds"),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", "11200", "Inframammary folds; axillae",
          "First 15 tags snipped.", ["c1"], cpt_display="Removal of skin tags </w 15"),
        P("Removal of skin tags, each additional 10 - units: 2", "11201", "Inframammary folds; axillae",
          "Additional 15 tags. Charge entered 11201 x 2.", ["c1"], cpt_display="Remove skin tags add-on"),
    ],
    "note_title": "Assisted Living Dermatology Note",
    "note": """Magnolia Terrace ALF, apt 4A - dermatology rounds
Loretta Brightwater, 76F, obese, T2DM. Consents for herself.
Skin tags under both breasts and in both armpits rub, macerate and bleed; intertrigo keeps recurring
around them. Med tech confirms blood on bras/undershirts.

Exam: 30 pedunculated tags
  R inframammary 9, L inframammary 8, R axilla 7, L axilla 6
  several eroded and bleeding; intertrigo in the inframammary folds.
Procedure: snip removal of all 30 tags, AlCl3 hemostasis.
Intertrigo: nystatin powder BID already ordered by PCP - no change.
J. Abernathy MD
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "30 tags -> 11200 + 11201 x ceil(15/10) = 2, but the 11201 MUE is 1 (MAI 3): units capped at 1 with "
                  "an mue finding (README). Bleeding/inflamed tags are covered. " + FAC,
})

SCENARIOS.append({
    "id": "s62-cos-office-facial-sks-voluntary-abn",
    "family": "cosmetic", "shape": "free-text",
    "description": "Office: LN2 to 6 asymptomatic facial SKs at family's request for appearance; voluntary ABN; Medicare FFS",
    "date": "2026-01-29",
    "patient": ("Rutherford", "Adelaide", "1938-06-14", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, face, asymptomatic", "L82.1", "Forehead and cheeks", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Cryotherapy of SKs, cosmetic", site="Forehead and both cheeks",
          note="Six stuck-on brown SKs, 0.4-0.9 cm, none irritated, itchy, bleeding or changing. LN2 1 cycle "
               "each.", reasons=["c1"]),
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology office clinic.
Adelaide Rutherford 87F, Harbor View AL; with her daughter.
Daughter would like the "brown spots" on her mother's face taken off before a family wedding.
Patient agrees; the spots do not itch, bleed, hurt or catch on anything and have been unchanged for years.

Exam: 6 classic SKs on forehead/cheeks. No features of concern - no biopsy needed.

Discussed that removal is cosmetic and not a Medicare benefit.
Patient signed the ABN (CMS-R-131) as a voluntary notice and elected to have the service and be billed.
LN2 cryotherapy to the 6 SKs.
J. Abernathy MD
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "Asymptomatic SKs removed for appearance = cosmetic, statutorily excluded (COS-1/COS-4). Medicare "
                  "FFS -> GY, plus GX because a voluntary ABN is documented. 17110 covers up to 14 lesions.",
})

SCENARIOS.append({
    "id": "s62-cos-snf-medicaid-tags-private-pay-plus-ak",
    "family": "cosmetic", "shape": "note-only",
    "description": "SNF: cosmetic removal of 8 asymptomatic neck tags (Medicaid, private pay) plus LN2 to 1 AK",
    "date": "2026-02-10",
    "patient": ("Sandoval", "Ignacio", "1944-04-04", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Skin tags, neck, asymptomatic", "L91.8", "Neck"),
        C("c2", "Actinic keratosis, right temple", "L57.0", "Right temple", reason=True),
    ],
    "note_title": "LTC Dermatology Note",
    "note": """ST. BRENDAN'S CARE CENTER - DERMATOLOGY ROUNDS
Ignacio Sandoval, 81M, Rm 18, long-term Medicaid resident.
Alert, consents for himself; his wife was present.

1) Neck skin tags: wife would like them removed "so he looks neat in photos."
   They do not bleed, itch, hurt or catch on clothing; no inflammation.
   Explained this is cosmetic and not covered by Medicaid; wife agreed to pay privately.
   Removed 8 tags by snip, AlCl3.
2) R temple: 0.5 cm rough scaly pink papule, tender when he puts on his glasses - AK.
   LN2 x 2 cycles (1 lesion).
No other lesions treated. Stable xerosis - continue facility emollient.
J. Abernathy, MD
""",
    "expected": E([L("17000")], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "Cosmetic tag removal for a Medicaid payer is not put on the claim (line removed, cosmetic finding; "
                  "conventions 'Non-Medicare cosmetic services'). One AK -> 17000. " + FAC,
})

SCENARIOS.append({
    "id": "s62-cos-snf-medicare-tags-no-abn-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "SNF: resident requests removal of 5 asymptomatic neck tags for appearance; no ABN; Medicare FFS",
    "date": "2026-02-12",
    "patient": ("Ingersoll", "Margaret", "1945-01-17", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Skin tags, neck, asymptomatic", "L91.8", "Anterior and left lateral neck", reason=True),
    ],
    "procedures": [
        P("Skin tag removal", site="Anterior and left lateral neck",
          note="Five small pedunculated tags, non-inflamed, no bleeding or irritation. Removed with iris "
               "scissors, AlCl3.", reasons=["c1"]),
    ],
    "note_title": "LTC Dermatology Note",
    "note": """Willow Crest H&R, Rm 215 - dermatology rounds
Margaret Ingersoll 81F (post-CVA rehab, now long-term). Alert, her own decision maker.
She asked for the "little tags" on her neck to be removed because she doesn't like how they look.
They are asymptomatic: no bleeding, itch, pain or snagging; nursing has not noted any problem.

Explained removal is cosmetic.
No ABN was obtained (forms not available on the unit today) - she asked to proceed.

Procedure: 5 tags snipped, AlCl3.
Nothing else done today.
J. Abernathy MD
""",
    "expected": E([L("11200", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "Cosmetic tag removal, Medicare FFS -> statutorily excluded -> GY (no GX because no voluntary ABN "
                  "was given; README Coding decisions). " + FAC,
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: office E/M, post-op / global period, mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s62-em-office-new-pt-chronic-itch-99204",
    "family": "em", "shape": "note-only",
    "description": "Office: new patient from ALF, generalized pruritus with asteatotic eczema and nummular dermatitis; 99204",
    "date": "2025-11-13",
    "patient": ("Thistlewood", "Ambrose", "1936-10-30", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Asteatotic eczema, legs and trunk", "L30.8", "Legs and trunk", reason=True),
        C("c2", "Pruritus, generalized", "L29.9", reason=True),
    ],
    "note_title": "New Patient Consultation",
    "note": """RIVERSIDE DERMATOLOGY - OFFICE CLINIC - NEW PATIENT
Ambrose Thistlewood, 89M, moved into Magnolia Terrace ALF 2 months ago; referred by PCP for itch x 4 months,
keeping him up at night. Accompanied by his son. Not previously seen by any Riverside Dermatology provider.

HPI: generalized itch, worst on shins and back, worse since the ALF switched to daily showers with bar soap.
No new meds except amlodipine started in June. No bullae. No one else at the ALF itching per the nurse.
ROS: no weight loss, no night sweats.
PMH: HTN, CKD 3a, BPH. Meds: amlodipine, finasteride, ASA.

Exam (full skin exam): diffuse xerosis with fine crazed-paving fissuring on both shins and flanks; coin-shaped
eczematous plaques on the back and L forearm; excoriations. No burrows, web spaces clear; no urticarial
plaques or tense bullae; no lymphadenopathy.

Data reviewed: PCP labs from 10/2025 (CBC normal, creatinine 1.4/eGFR 48, TSH normal, LFTs normal) - itch
not explained by labs; renal function noted for drug choice.

A/P:
1. Asteatotic eczema + nummular dermatitis - exacerbated chronic illness. Start triamcinolone 0.1% ointment
   BID x 2 weeks to plaques (Rx), then weekends; ALF to switch to fragrance-free cleanser, bathe every other
   day, emollient within 3 minutes of bathing (orders written for the ALF).
2. Chronic pruritus - amlodipine-associated itch considered; will message PCP about an alternative - no
   change made by me today.
3. Bullous pemphigoid considered; no blisters, no urticarial lesions. If not improved in 4 weeks, will do
   punch biopsy with DIF - not done today.
Total time on date of service 50 minutes. Level: 99204 (moderate MDM).
RTC 4 weeks.
J. Abernathy MD
""",
    "expected": E([L("99204")]),
    "coder_note": "New patient, no procedure: provider-selected 99204 is kept (moderate MDM: exacerbated chronic illness + "
                  "prescription drug management; 50 min also meets 45). The deferred biopsy is not coded.",
})

SCENARIOS.append({
    "id": "s62-em-office-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Office: Medicare FFS screening full-skin exam, no history, no complaint, nothing found; 99212-GY",
    "date": "2025-12-18",
    "patient": ("Fenwick", "Clarence", "1950-03-08", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Riverside Dermatology - office clinic
Clarence Fenwick, 75M, established (seen 2023 for a wart, resolved). Moving into Magnolia Terrace next month;
the ALF admission packet asks for a "skin check".
No skin complaints. No new, changing, bleeding or itchy lesions. No personal or family history of skin
cancer or melanoma. No prior biopsies. No immunosuppression.
Exam: full skin exam, scalp to toes including nails and mucosa: no lesions of concern; normal photoaged
skin. Nothing requiring treatment, biopsy or follow-up.
A/P: screening skin exam, negative. Sun protection reviewed. Routine re-check only if he notices a change.
Level of service 99212.
J. Abernathy MD
""",
    "expected": E([L("99212", 1, "GY")], dx={"99212": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; a screening-only exam with no history, "
                  "complaint or finding -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s62-em-office-precoded-99213-warts-only",
    "family": "em", "shape": "pre-coded",
    "description": "Office: established pt, 99213 + wart cryo pre-coded; warts were the only problem -> E/M removed; Medicaid",
    "date": "2026-01-08",
    "patient": ("Okafor-Lewis", "Jamal", "1988-07-16", "male"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 15, "em": "99213",
    "conditions": [
        C("c1", "Plantar warts, right foot, painful", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", "17110", "Right plantar forefoot",
          "Three painful plantar warts pared and treated with LN2, 2 cycles.", ["c1"],
          cpt_display="Destruct b9 lesion 1-14"),
    ],
    "note_title": "Office Visit",
    "note": """Riverside Dermatology office clinic.
Jamal Okafor-Lewis, 37M, established; works in dietary at Willow Crest.
Returns for his plantar warts - 3 on the R forefoot, painful when standing on his shifts.
Second treatment. No other concerns today.

Exam: 3 plantar warts R forefoot, smaller than last time.

Procedure: paring and LN2 x 2 cycles to the 3 warts.
Plan: salicylic acid 40% pads nightly between visits (OTC).
Return 3-4 weeks.
J. Abernathy MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.0"]}),
    "coder_note": "GS-3 / conventions: the only work beyond the procedure was the decision to treat the warts, so the "
                  "99213 line is removed (no separately identifiable E/M for 25). Painful plantar warts -> 17110.",
})

SCENARIOS.append({
    "id": "s62-em-office-mtx-psoriasis-plus-punch-g2211-dropped",
    "family": "em", "shape": "pre-coded",
    "description": "Office: methotrexate psoriasis management + punch bx of new back lesion; pre-coded 99214, 11104, G2211",
    "date": "2026-01-15",
    "patient": ("Kingsley", "Harriet", "1953-12-01", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris on methotrexate", "L40.0", "Trunk, elbows, scalp", reason=True),
        C("c2", "Long term (current) use of antimetabolite agent", "Z79.631"),
        C("c3", "Neoplasm of uncertain behavior, left lower back", None, "Left lower back", reason=True),
    ],
    "procedures": [
        P("Punch biopsy, single lesion", "11104", "Left lower back",
          "4 mm punch of 0.7 cm irregular pink papule, 1 suture.", ["c3"], cpt_display="Punch bx skin single "
          "lesion"),
        P("Visit complexity inherent to E/M (add-on)", "G2211", None,
          "Longitudinal psoriasis care.", ["c1"], cpt_display="Complex E/M visit add-on"),
    ],
    "path": [
        {"text": "Skin, left lower back, punch: Basal cell carcinoma, superficial and nodular types.",
         "site": "Left lower back", "date": "2026-01-19"},
    ],
    "note_title": "Office Visit",
    "note": """Riverside Dermatology - Thursday PM clinic
Harriet Kingsley, 72F, Harbor View AL. Established psoriasis patient on methotrexate 15 mg weekly since 2024.

1) Psoriasis on methotrexate: BSA now 6% (from 3%) with new plaques on elbows/scalp after a missed month of
   doses during a hospital stay. Reviewed today's CBC with diff (WBC 3.6, plt 162) and CMP (ALT 48, up from
   31) - mild transaminase rise. Plan: resume MTX at 12.5 mg weekly (reduced because of ALT), folic acid
   1 mg daily, repeat CBC/CMP in 4 weeks, clobetasol solution to scalp. Counseled on alcohol avoidance and
   infection signs. Drug therapy requiring intensive monitoring for toxicity.
2) New lesion L lower back, 0.7 cm irregular pink papule, noticed by the AL aide 2 months ago. Punch biopsy
   done today (consent, 4 mm punch, 1 suture). Separate from the psoriasis work.
Level of service 99214 for the psoriasis management (time for the biopsy excluded).
J. Abernathy MD
""",
    "expected": E([L("99214", 1, "25"), L("11104")], dx={"11104": ["C44.519"]}),
    "coder_note": "GS-3: MTX management with lab review is significant and separately identifiable -> 99214-25 with the "
                  "punch biopsy 11104 (PTP 11104/99214 indicator 1). EM-6: G2211 is not payable with an E/M carrying "
                  "modifier 25, so the G2211 line is removed.",
})

SCENARIOS.append({
    "id": "s62-postop-office-suture-removal-in-global-99024",
    "family": "post-op", "shape": "free-text",
    "description": "Office: suture removal 7 days after benign excision (010 global); provider selected 99212 -> 99024",
    "date": "2026-02-12",
    "patient": ("Lachance", "Yvette", "1946-05-05", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Aftercare following surgery, excision site left forearm", None, "Left forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-05", "11402", "Excision benign lesion, left forearm", "Left extensor forearm",
              "Inflamed, painful dermatofibroma 0.9 cm with 2 mm margins (1.3 cm), simple closure."),
    ],
    "procedures": [
        P("Suture removal", site="Left extensor forearm",
          note="Five 4-0 nylon sutures removed. Incision well healed, no erythema or drainage. Steri-strips "
               "applied.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Riverside Dermatology - office clinic
Yvette Lachance 79F (Magnolia Terrace).
Post-op visit, day 7 after excision of a L forearm dermatofibroma (02/05/2026).
Path: dermatofibroma, margins clear - reviewed with her.

Wound: healed, no signs of infection.
Sutures removed (see procedure record).
No other concerns raised; no other problems addressed.
Scar care counseling.
RTC as needed.
J. Abernathy MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit (suture removal, path review of the same lesion) 7 days into "
                  "the 010 global of 11402 -> 99024, not a billable E/M; the provider's 99212 is replaced.",
})

SCENARIOS.append({
    "id": "s62-postop-snf-new-lesion-punch-in-ak-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "SNF: punch bx of a new arm lesion 7 days after AK cryo (17000/17003, 010 global); 11104-79",
    "date": "2026-02-10",
    "patient": ("Ravensworth", "Cecil", "1935-08-25", "male"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Lesion of skin, right upper arm", None, "Right lateral upper arm", reason=True),
        C("c2", "Actinic keratoses, face (treated 02/03)", "L57.0", "Face"),
    ],
    "prior": [
        PRIOR("2026-02-03", "17000", "Cryotherapy actinic keratoses, face (4 lesions)", "Face",
              "LN2 to 4 AKs; billed 17000 + 17003 x3."),
    ],
    "procedures": [
        P("Punch biopsy", site="Right lateral upper arm",
          note="New 0.9 cm firm pink nodule noticed by CNA during bathing on 02/08. 4 mm punch, one suture.",
          reasons=["c1"]),
        P("Post-cryotherapy check, face", site="Face",
          note="Treated AK sites healing with light crust, no infection. No treatment.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right upper arm, punch: Squamous cell carcinoma, well differentiated, invasive.",
         "site": "Right lateral upper arm", "date": "2026-02-13"},
    ],
    "note_title": "LTC Dermatology Note",
    "note": """WILLOW CREST H&R - DERMATOLOGY - Rm 122
Cecil Ravensworth, 90M, mild dementia.
Daughter (POA) consented by phone 11:15, witnessed by LPN R. Singh.
Per CNA: new bump R upper arm found during shower 2 days ago.

Face AKs treated with LN2 last week (02/03) - healing as expected, nothing further needed there.
New problem: R lateral upper arm 0.9 cm firm pink dome-shaped nodule, not present at my 02/03 full exam.
Punch biopsy today (4 mm), unrelated to last week's cryotherapy. Hemostasis, bandage.

Plan: path; if SCC will discuss excision with daughter.
J. Abernathy MD
""",
    "expected": E([L("11104", 1, "79")], topics=["global-period"], dx={"11104": ["C44.622"]}),
    "coder_note": "GS-5: a new, unrelated lesion biopsied inside the 10-day global of the 02/03 AK destruction -> 79 on "
                  "11104. The post-cryo check of the face is part of the 17000 global (no line). " + FAC,
})

SCENARIOS.append({
    "id": "s62-postop-office-psoriasis-flare-in-excision-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Office: unrelated psoriasis flare E/M 5 days after trunk SCC excision; 99213-24",
    "date": "2026-02-19",
    "patient": ("Whitaker", "Leon", "1949-01-13", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare", "L40.0", "Elbows, knees, lower back", reason=True),
        C("c2", "Squamous cell carcinoma, right upper back, excised 02/14", "C44.529", "Right upper back"),
    ],
    "prior": [
        PRIOR("2026-02-14", "11602", "Excision malignant lesion, right upper back", "Right upper back",
              "Invasive SCC 1.0 cm with 2 mm margins (1.4 cm); simple closure."),
    ],
    "note_title": "Office Visit",
    "note": """Riverside Dermatology office clinic
Leon Whitaker, 77M, lives at Harbor View AL. Excision of SCC R upper back was 02/14/2026 (5 days ago).
Today he comes in for a psoriasis flare - unrelated to the surgery.
Psoriasis: over 3 weeks, new plaques on elbows, knees and lower back (~7% BSA), itching; ran out of
calcipotriene/betamethasone 2 months ago. No joint pain.
Exam: well-demarcated scaly plaques elbows, knees, lumbosacral; nails with pitting. R upper back incision
glanced at - intact, sutures in, no erythema (no wound care needed; suture removal next week as planned).
Plan: restart calcipotriene/betamethasone dipropionate foam daily x 4 weeks (new Rx), then weekends;
discussed phototherapy and biologics if not controlled. Return 6 weeks.
Level of service 99213 for the psoriasis flare.
J. Abernathy MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L40.0"]}),
    "coder_note": "GS-5: an unrelated E/M (psoriasis flare with prescription management) inside the 10-day global of "
                  "the 02/14 excision -> 24 on the E/M. The brief incision look is post-op care, not billed.",
})

SCENARIOS.append({
    "id": "s62-mixed-snf-tangential-bx-plus-ak-cryo",
    "family": "mixed", "shape": "free-text",
    "description": "SNF: tangential bx of back lesion plus LN2 to 5 facial AKs; 17000-XS; Medicare FFS",
    "date": "2025-11-25",
    "patient": ("Eberhardt", "Frieda", "1937-03-17", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Neoplasm of skin, left upper back, behavior unspecified", "D49.2", "Left upper back", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Face", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Left upper back",
          note="0.8 cm pearly pink papule with telangiectasia. Tangential biopsy, AlCl3. To path.", reasons=["c1"]),
        P("Cryo AKs", site="Face",
          note="LN2 to 5 actinic keratoses: forehead 2, nasal tip 1, L cheek 2. 2 cycles each.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left upper back, shave biopsy: Basal cell carcinoma, nodular type.",
         "site": "Left upper back", "date": "2025-11-28"},
    ],
    "note_title": "LTC Dermatology Note",
    "note": """Willow Crest H&R - Rm 230 - dermatology rounds
Frieda Eberhardt, 88F, long-term resident, Parkinson disease.
Consents for herself with her daughter's support.
Per nursing: pink spot on the L upper back that bled onto the sheets once; rough spots on her face.

Exam: L upper back 0.8 cm pearly papule - r/o BCC. Face: 5 AKs.
Also an SK on the R flank, benign, not treated.

Procedures as recorded: tangential biopsy of the back lesion; LN2 to the five facial AKs (different
lesions, different site).
Plan: results to daughter; if BCC, treatment at the office clinic.
J. Abernathy MD
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 4)], dx={"17000": ["L57.0"]}),
    "coder_note": "PTP 11102/17000 indicator 1 with the biopsy as column 1 (BX-5): separate lesions/sites -> XS on "
                  "17000. 5 AKs -> 17000 + 17003 x4 (no PTP edit on 11102/17003). " + FAC,
})

SCENARIOS.append({
    "id": "s62-mixed-snf-precoded-paring-and-nail-debridement",
    "family": "mixed", "shape": "pre-coded",
    "description": "SNF: paring of 3 calluses + debridement of 7 mycotic toenails pre-coded without modifier; 11721-XS",
    "date": "2026-01-27",
    "patient": ("Tremblay", "Lucien", "1942-10-08", "male"),
    "provider": "abernathy", "payer": "medicare-ngs", "minutes": 30,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Plantar feet", reason=True),
        C("c2", "Onychomycosis, toenails", "B35.1", "Toenails", reason=True),
        C("c3", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "procedures": [
        P("Paring benign hyperkeratotic lesions, 2-4", "11056", "Plantar feet",
          "Three calluses: R plantar 1st MTH, R plantar 5th MTH, L plantar hallux IPJ.", ["c1", "c3"],
          cpt_display="Trim skin lesions 2 to 4"),
        P("Debridement of nails, 6 or more", "11721", "Toenails",
          "Seven thickened, painful mycotic nails: R 1-4, L 1-3.", ["c2", "c3"], cpt_display="Debride nail 6 or more"),
    ],
    "note_title": "LTC Dermatology Foot Note",
    "note": """St. Brendan's Care Center - Rm 9 - dermatology
Lucien Tremblay 83M, T2DM with peripheral neuropathy (insensate feet per PCP), ambulates with walker.
Consents for himself. Per nursing: painful thick toenails and calluses.

Exam: 3 plantar calluses (R 1st MTH, R 5th MTH, L hallux IPJ) - no ulceration.
Toenails R 1-4 and L 1-3 thick, yellow, crumbling with subungual debris, painful (7 nails);
other nails normal.

Procedures: paring of the 3 calluses with #15 blade; debridement of the 7 mycotic toenails (nippers, burr).
The calluses (plantar skin) and nails (nail plates) are separate structures.
Plan: diabetic shoes/insoles; repeat in 9-10 weeks.
J. Abernathy MD
""",
    "expected": E([L("11056"), L("11721", 1, "XS")]),
    "coder_note": "PTP 11056/11721 indicator 1 (nail debridement is column 2). Calluses and nails are different "
                  "structures/sites -> XS on 11721 (conventions). " + FAC,
})

SCENARIOS.append({
    "id": "s62-mixed-office-shave-isk-plus-wart-cryo",
    "family": "mixed", "shape": "free-text",
    "description": "Office: shave removal of 1.2 cm inflamed SK on back + LN2 to 3 painful periungual warts; 17110-XS",
    "date": "2026-02-05",
    "patient": ("Castleberry", "Nadine", "1955-06-30", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right mid back", "L82.0", "Right mid back", reason=True),
        C("c2", "Verruca vulgaris, left fingers, periungual, painful", "B07.8", "Left 2nd and 3rd fingers",
          reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right mid back",
          note="1.2 cm irritated, crusted SK at the bra line, itching and bleeding. Shaved flush, "
               "electrodesiccation of base. To path.", reasons=["c1"]),
        P("LN2 warts", site="Left 2nd and 3rd fingers",
          note="Three periungual warts (L index x2, L middle x1), tender, splitting. Pared, LN2 2 cycles.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right mid back, shave: Seborrheic keratosis, irritated, with hemorrhage.",
         "site": "Right mid back", "date": "2026-02-09"},
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - office clinic.
Nadine Castleberry, 70F, activities director at Harbor View (not a resident).

1) R mid back: itchy, bleeding growth at bra line - irritated SK.
   Shave removal today (see procedure record).
2) L fingers: 3 painful periungual warts, third round of LN2.

She asked about a brown spot on her R cheek - solar lentigo, reassured, nothing done.
No E/M billed; no other problems addressed.
J. Abernathy MD
""",
    "expected": E([L("11302"), L("17110", 1, "XS")], dx={"11302": ["L82.0"]}),
    "coder_note": "Trunk 1.2 cm shave removal -> 11302. PTP 11302/17110 indicator 1 with 17110 as column 2; warts are "
                  "different lesions at a different site -> XS on 17110. Lentigo reassurance only.",
})
