"""Sealed set 72 (s72-): Cedar Row Dermatology, a small practice on a lightweight cloud EHR.

Every lesion is charted by LETTER against a body-map legend ("Lesion A - R upper back - 7 mm ... - shave bx");
plans refer back to letters only, letters skip when a lesion was retired, and the legend is often carried
forward from a prior visit with only some letters treated today. Expected answers from the rule book
(sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md "File format" / "Coding decisions" only.
Pathology is read by an outside dermatopathology lab that bills its own professional/technical services, so no
88xxx line belongs on the practice claim unless the note says the practice read it.
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
    "id": "s72-bx-letters-abd-punch-outranks-shave",
    "family": "biopsy", "shape": "note-only",
    "description": "Letter map A/B/D (C retired): A tangential bx, B punch bx, D observed; Medicare FFS, no E/M",
    "date": "2026-01-13",
    "patient": ("Ostrowski", "Dana", "1950-02-14", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Lesion of skin of back, changing pigmented", None, "R upper back", reason=True),
        C("c2", "Bleeding scaly papule, left forearm", None, "L dorsal forearm", reason=True),
        C("c3", "Seborrheic keratosis", "L82.1", "R cheek"),
    ],
    "note_title": "Visit Note",
    "note": """CEDAR ROW DERMATOLOGY - visit note
Dana Ostrowski | 75 F | DOB 02/14/1950 | established (last seen 03/2025)
DOS 01/13/2026 | Ren Nakamura, MD

CC: "two spots my husband found"

HPI: husband noticed both over the holidays. Back spot darker than she remembers. Arm spot is rough and
bleeds when it catches on her sleeve. No personal hx skin cancer. Mother had melanoma (leg), age 60s.
Not on blood thinners.

Body map (letters = photo set in Media tab):
  Lesion A - R upper back, paraspinal - 7 mm irregular brown macule, two-tone, notched border - shave bx
  Lesion B - L dorsal forearm - 5 mm pink scaly papule w/ hemorrhagic crust - punch bx
  Lesion D - R cheek - 4 mm stuck-on tan papule - observe
  (C retired 2025 - R shin, resolved)

Exam otherwise: focused exam back/arms/face as above. No LAD.

Procedure:
  Consent (risks: bleeding, infection, scar, need for more surgery) signed. Time-out.
  1% lidocaine w/ epi, ~1 mL each site.
  A: tangential biopsy with DermaBlade to mid-dermis, AlCl3 for hemostasis.
  B: 4 mm punch, one 4-0 nylon simple interrupted.
  Separate jars A, B -> ClearPath Dermpath.

A/P
  A: changing pigmented lesion, r/o dysplastic nevus vs melanoma in situ - await path
  B: r/o SCC vs hypertrophic AK - await path
  D: SK, benign. Reassured, nothing done.
Wound care sheet. Suture out 10-14 d (B). Will call with path.

-- R. Nakamura MD (e-signed)
""",
    "path": [
        {"text": "A (R upper back, shave): compound dysplastic nevus with moderate cytologic atypia, peripheral "
                 "margin involved.", "site": "R upper back", "date": "2026-01-16"},
        {"text": "B (L dorsal forearm, punch): squamous cell carcinoma in situ (Bowen disease), extending to "
                 "the peripheral edge.", "site": "L dorsal forearm", "date": "2026-01-16"},
    ],
    "expected": E([L("11104"), L("11103")], dx={"11104": ["D04.62"], "11103": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential, so the punch on B is the primary 11104 and the shave bx on A "
                  "is the add-on 11103 (allowed with 11104). D observed, C retired: nothing. No E/M selected.",
})

SCENARIOS.append({
    "id": "s72-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded 11100 + 11101 (deleted) for punch bx A and shave bx C, plus acne Rx visit 99213",
    "date": "2025-08-19",
    "patient": ("Haddad", "Karim", "2001-05-30", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Acne vulgaris", "L70.0", "Face, upper back", reason=True),
        C("c2", "Firm papule, right scapula", None, "R scapula", reason=True),
        C("c3", "Changing nevus, left shoulder", None, "L shoulder", reason=True),
    ],
    "procedures": [
        P("Skin biopsy", cpt="11100", site="R scapula",
          note="Lesion A. 4 mm punch, 1 simple suture.", reasons=["c2"]),
        P("Skin biopsy, each additional", cpt="11101", site="L shoulder",
          note="Lesion C. Shave biopsy, hemostasis AlCl3.", reasons=["c3"]),
    ],
    "note_title": "Office Visit",
    "note": """Cedar Row Dermatology
Karim Haddad, 24M, est pt | 08/19/2025 | Rafael Santos, MD

Here for (1) acne f/u and (2) "two moles" he wants looked at.

ACNE: on tretinoin 0.025% + BPO wash x 4 mo, still getting inflammatory papules/pustules on face and upper
back, a few early scars on cheeks. Not tolerating the tret well (dryness). Discussed options incl.
isotretinoin later if no response; he prefers oral abx first.
  Exam: ~20 inflammatory papules, 6 pustules face; moderate on upper back. Early atrophic scars cheeks.
  Plan: start doxycycline 100 mg daily w/ food, photosensitivity + pill esophagitis counseling; switch tret
  to adapalene 0.3% gel qhs; continue BPO. Recheck 12 wks.

SKIN LESIONS - body map
  Lesion A - R scapula - 6 mm firm pink-brown papule, dimples, grew this yr - punch bx
  Lesion C - L shoulder - 5 mm brown macule w/ darker dot at 3 o'clock, new per pt - shave bx
  (no B on this map - B was used for the back acne photo)

Procedure: consent, time-out, lido w/ epi.
  A: 4 mm punch, 1 x 4-0 nylon.
  C: tangential/shave biopsy, AlCl3.
  Jars A and C to outside dermpath.

Impression: A r/o dermatofibroma vs DFSP; C r/o dysplastic nevus. Call w/ results.
Level: 99213 (acne, Rx management) - separate from the biopsies.
""",
    "path": [
        {"text": "A (R scapula): dermatofibroma.", "site": "R scapula", "date": "2025-08-22"},
        {"text": "C (L shoulder): junctional nevus with mild architectural disorder.", "site": "L shoulder",
         "date": "2025-08-22"},
    ],
    "expected": E([L("99213", 1, "25"), L("11104"), L("11103")], ["invalid-code"],
                  dx={"99213": ["L70.0"], "11104": ["D23.5"], "11103": ["D22.62"]}),
    "coder_note": "11100/11101 were deleted in 2019 (BX-1): punch on A -> 11104 primary, shave bx on C -> 11103. "
                  "Acne work with a new prescription is separately identifiable -> 99213-25 (11104/99213 ind 1).",
})

SCENARIOS.append({
    "id": "s72-bx-incisional-two-punch-one-shave",
    "family": "biopsy", "shape": "free-text",
    "description": "Rash work-up: incisional wedge A, punches B and C, shave D -> 11106 + 11105 x2 + 11103",
    "date": "2025-11-04",
    "patient": ("Whitcombe", "Gerald", "1957-09-09", "male"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Indurated plaques and nodules of legs and arm, undiagnosed", None, "Legs, R arm", reason=True),
    ],
    "procedures": [
        P("Incisional wedge biopsy to fat", site="L lateral thigh",
          note="Lesion A. 3.2 cm violaceous indurated plaque; elliptical wedge from edge into subcutis with "
               "#15 blade, closed with 2 simple interrupted sutures.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="R anterior shin",
          note="Lesion B. 1 cm tender red nodule. 4 mm punch, 1 suture.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="L anterior shin",
          note="Lesion C. 1.5 cm dusky nodule. 4 mm punch, 1 suture.", reasons=["c1"]),
        P("Shave biopsy", site="R upper arm",
          note="Lesion D. 8 mm scaly pink papule. Tangential, AlCl3.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology - procedure note
Gerald Whitcombe | 68M | 11/04/2025 | R. Nakamura MD

Seen 10/21 for new eruption x 2 mo (plaques/nodules legs, one papule R arm). Labs from PCP unremarkable.
Differential: panniculitis (erythema nodosum vs lupus profundus) vs cutaneous lymphoma vs sarcoid.
Today: biopsies as planned at last visit. No E/M today.

Legend (same as 10/21 photos):
  A - L lateral thigh - 3.2 cm violaceous indurated plaque - incisional wedge into fat
  B - R anterior shin - 1 cm tender red nodule - 4 mm punch
  C - L anterior shin - 1.5 cm dusky nodule - 4 mm punch
  D - R upper arm - 8 mm scaly pink papule - shave bx

Consent, time-out, lidocaine 1% w/ epi. Hemostasis achieved. Simple closures only where noted.
All four to dermpath (A in formalin, B/C/D formalin), separate jars.
F/u 2 wks for results + suture removal.
""",
    "path": [
        {"text": "A: lobular panniculitis with lymphocytes, no atypia; see comment. B, C: septal panniculitis "
                 "consistent with erythema nodosum. D: spongiotic dermatitis.", "date": "2025-11-10"},
    ],
    "expected": E([L("11106"), L("11105", 2), L("11103")]),
    "coder_note": "BX-2: incisional outranks punch and tangential -> 11106 primary (A), punches B and C -> 11105 x2, "
                  "shave D -> 11103 (allowed with 11106). Simple closures included.",
})

SCENARIOS.append({
    "id": "s72-bx-eight-shaves-mue-cap",
    "family": "biopsy", "shape": "note-only",
    "description": "Eight tangential biopsies, letters A-C, E-H, J (D and I skipped) -> 11102 + 11103 capped at MUE 6",
    "date": "2025-06-10",
    "patient": ("Lindahl", "Sigrid", "1969-12-01", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Multiple atypical-appearing nevi", None, "Trunk, extremities", reason=True),
        C("c2", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
    ],
    "note_title": "Procedure Visit",
    "note": """CEDAR ROW DERMATOLOGY | procedure visit
Sigrid Lindahl | 55 F | on disability (Medicare) | 06/10/2025 | Ren Nakamura MD

Hx: melanoma R calf 2017 (WLE, SLNB neg), dysplastic nevus syndrome, >100 nevi. Full skin exam with total
body photos done 05/27/2025; 8 lesions flagged for sampling, scheduled for today. No E/M today - bx only.

Flagged map (from 05/27 comparison photos):
  Lesion A - R upper back - 6 mm, new dark dot - shave bx
  Lesion B - L upper back - 8 mm, border irregular vs 2024 photo - shave bx
  Lesion C - mid low back - 5 mm, enlarging - shave bx
  Lesion E - L flank - 7 mm, color variegation - shave bx
  Lesion F - R chest - 4 mm pink/brown, new - shave bx
  Lesion G - L upper arm - 6 mm, asymmetric - shave bx
  Lesion H - R thigh - 9 mm, largest and darkest - shave bx
  Lesion J - L calf - 5 mm, changed on dermoscopy (new negative network) - shave bx
  (D, I stable on dermoscopy today - removed from list, photo only)

Consent for 8 biopsies signed. Time-out x8. Lido w/ epi.
Deep shave (saucerization) technique each, AlCl3. Eight separate containers A-C, E-H, J.
Path to outside lab. Bandaged. Call with results ~1 wk.
""",
    "expected": E([L("11102"), L("11103", 6)], ["mue"]),
    "coder_note": "8 tangential biopsies = 11102 + 11103 x7, but the 11103 MUE is 6 (MAI 3); per corpus decision the "
                  "add-on is capped at the MUE with an mue finding. D and I were not sampled.",
})

SCENARIOS.append({
    "id": "s72-shave-precoded-wrong-band-and-site",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded 11301 for 1.3 cm arm lesion (-> 11302) and 11300 for 4 mm neck lesion (-> 11305)",
    "date": "2025-09-23",
    "patient": ("Ferreira", "Luana", "1988-07-17", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Irritated intradermal nevus, right upper arm", "D22.61", "R upper arm", reason=True),
        C("c2", "Irritated papule, left lateral neck", "D22.4", "L lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal", cpt="11301", site="R upper arm",
          note="Lesion A 1.3 cm pedunculated papule, catches on bra strap, bled x2. Shave removal flush with skin, "
               "AlCl3.", reasons=["c1"]),
        P("Shave removal", cpt="11300", site="L lateral neck",
          note="Lesion B 4 mm papule, rubs on necklace, inflamed. Shave removal, AlCl3.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Derm - procedure
Luana Ferreira 37F | 09/23/2025 | Dr. Santos

Two irritated lesions she asked to have off - both catch on clothing/jewelry and bleed.
A: bled twice this month on the bra strap, sore. B: red and tender, necklace rubs it daily.
No personal/family hx skin cancer. Not on anticoagulants.
  Lesion A - R upper arm (deltoid) - 1.3 cm soft pedunculated flesh/brown papule, crusted - shave removal
  Lesion B - L lateral neck - 4 mm brown papule, red rim - shave removal
Consent, lido w/ epi, shave removal of each flush w/ surrounding skin, AlCl3. Both to path.
Vaseline + bandage. Wound care handout.
Path 10/01: both intradermal nevi, benign - portal message sent.
""",
    "path": [
        {"text": "A: intradermal melanocytic nevus with irritation. B: intradermal nevus.", "date": "2025-10-01"},
    ],
    "expected": E([L("11302"), L("11305")], ["coding-correction"]),
    "coder_note": "SH-1: shave by site group and lesion diameter. A arm 1.3 cm -> TAL 1.1-2.0 = 11302 (not 11301). "
                  "B neck is SNHFG, 0.4 cm -> 11305 (not TAL 11300).",
})

SCENARIOS.append({
    "id": "s72-shave-scalp-size-missing",
    "family": "shave", "shape": "note-only",
    "description": "Two shave removals: A scalp lesion with no size documented (no line), B temple 5 mm -> 11310",
    "date": "2025-07-15",
    "patient": ("Okoro", "Emeka", "1979-03-25", "male"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Irritated papule of scalp", None, "Vertex scalp", reason=True),
        C("c2", "Crusted papule, left temple", None, "L temple", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """CEDAR ROW DERMATOLOGY
Emeka Okoro | 46 M | 07/15/2025 | R. Nakamura MD | est pt

Two spots that keep bleeding - scalp one snags on his comb/clippers, temple one crusts and bleeds on the pillow.

Map:
  Lesion A - vertex scalp - flesh-colored papule w/ hemorrhagic crust, snags on comb - shave removal
  Lesion B - L temple - 5 mm crusted tan papule - shave removal

Procedure: consent, time-out, 1% lido w/ epi. A and B shaved flush to skin with DermaBlade, AlCl3.
Both to dermpath.
Plan: vaseline daily, path call.

Path 07/21: A - irritated seborrheic keratosis. B - irritated seborrheic keratosis.
""",
    "path": [
        {"text": "A (scalp) and B (L temple): irritated seborrheic keratoses.", "date": "2025-07-21"},
    ],
    "expected": E([L("11310")], ["missing-documentation"], dx={"11310": ["L82.0"]}),
    "coder_note": "Shave codes are sized by lesion diameter (SH-1). A has no size anywhere -> no line + "
                  "missing-documentation (README decision). B temple 0.5 cm = FEENLM <=0.5 -> 11310.",
})

SCENARIOS.append({
    "id": "s72-shave-nose-and-earlobe-medicare",
    "family": "shave", "shape": "free-text",
    "description": "Shave removals nasal tip 0.6 cm (11311) and L earlobe 1.1 cm (11312), symptomatic; C observed",
    "date": "2026-02-03",
    "patient": ("Brannigan", "Maureen", "1946-04-22", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Bleeding papule of nasal tip", None, "Nasal tip", reason=True),
        C("c2", "Itchy inflamed keratotic papule, left earlobe", None, "L earlobe", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Nasal tip",
          note="Lesion A - 6 mm dome-shaped papule, bleeds with nose blowing. Shave removal, AlCl3.",
          reasons=["c1"]),
        P("Shave removal", site="L earlobe",
          note="Lesion B - 1.1 cm red, itchy, crusted stuck-on papule; earring back rubs it. Shave removal, AlCl3.",
          reasons=["c2"]),
    ],
    "note_title": "Visit Note",
    "note": """Cedar Row Dermatology | 02/03/2026 | Maureen Brannigan 79F | Dr. Nakamura
Est pt. Booked for "nose bump + ear bump".

Map (carried from 09/2025, updated):
  A - nasal tip - 6 mm dome papule, bleeds when she blows her nose (3x this month) - shave removal today
  B - L earlobe - 1.1 cm red crusted stuck-on papule, itches, earring rubs it - shave removal today
  C - R forehead - 3 mm pink macule - looked again, unchanged from 09/2025 photo - observe

Consent, lido w/ epi, both shaved flush, AlCl3, to dermpath.
No other issues addressed today.
""",
    "path": [
        {"text": "A (nasal tip): intradermal nevus with surface erosion. B (L earlobe): inflamed seborrheic "
                 "keratosis.", "date": "2026-02-09"},
    ],
    "expected": E([L("11311"), L("11312")], dx={"11311": ["D22.39"], "11312": ["L82.0"]}),
    "coder_note": "FEENLM shave bands: A 0.6 cm -> 11311, B ear 1.1 cm -> 11312. Medicare benign-lesion LCD met "
                  "(bleeding; itching + inflammation), so no GY. C observed only.",
})

SCENARIOS.append({
    "id": "s72-ds-aks-17-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "17 AKs (A scalp 9, B hands 8) pre-coded as 17000 + 17003 -> 17004 x1; E/M 99212 decision-only removed",
    "date": "2025-12-09",
    "patient": ("Kowalczyk", "Stanley", "1941-10-30", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "em": "99212",
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp, dorsal hands", reason=True),
    ],
    "procedures": [
        P("LN2 cryo AKs", cpt="17000", site="Scalp", note="Lesion group A - 9 AKs, 1 freeze-thaw cycle each.",
          reasons=["c1"]),
        P("LN2 cryo AKs add'l", cpt="17003", site="Dorsal hands",
          note="Lesion group B - 8 AKs (R 5, L 3), 1 FTC each.", reasons=["c1"]),
    ],
    "note_title": "Visit Note",
    "note": """CEDAR ROW DERMATOLOGY
Stanley Kowalczyk 84M | est | 12/09/2025 | R. Santos MD

Here for scheduled AK treatment (6 mo f/u). No new concerns, nothing else to look at per pt.

Map (carried forward from 06/2025):
  A - scalp (bald vertex + frontal) - gritty scaly papules - counted 9 today - LN2
  B - dorsal hands - counted 8 today (R 5, L 3) - LN2
Exam limited to scalp/hands.

Procedure: verbal consent. LN2 cryo, 1 FTC per lesion. A: 9. B: 8. Total 17 AKs treated.
Expected blistering/crusting reviewed.
Plan: sunscreen, hat. Recheck 6 mo.
Visit: 99212
""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15+ premalignant lesions = 17004 x1 instead of 17000/17003 (17 total). The 99212 covers only "
                  "the scheduled AK treatment, nothing else addressed -> E/M removed (GS-3).",
})

SCENARIOS.append({
    "id": "s72-ds-wart-and-three-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "Wart A (17110) + AKs B, C, D (17000 + 17003 x2) -> XS on 17000/17003 (17110 is column 1)",
    "date": "2025-05-20",
    "patient": ("Delacroix", "Yvette", "1952-08-05", "female"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Common wart, left index finger", "B07.8", "L index finger", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "R hand, L temple, R forearm", reason=True),
    ],
    "procedures": [
        P("Cryo wart", site="L index finger", note="Lesion A, pared, LN2 x2 cycles.", reasons=["c1"]),
        P("Cryo AKs", site="R dorsal hand, L temple, R forearm",
          note="Lesions B, C, D - one AK each site, LN2 x1 cycle.", reasons=["c2"]),
    ],
    "note_title": "Visit Note",
    "note": """Cedar Row Dermatology - Yvette Delacroix 72F - 05/20/2025 - Dr. Nakamura
Est pt, returning for LN2 as planned in April.

Map:
  Lesion A - L index finger, radial side - 6 mm verrucous papule, painful when writing - LN2
  Lesion B - R dorsal hand - 5 mm scaly pink papule (AK) - LN2
  Lesion C - L temple - 4 mm gritty papule (AK) - LN2
  Lesion D - R forearm - 6 mm scaly macule (AK) - LN2

Procedure: verbal consent.
  A: pared lightly, LN2 x 2 cycles.
  B, C, D: LN2 x 1 cycle each.
Expected blister/crust reviewed. Return 4 wk for A if persists.
No separate E/M.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")], dx={"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "Wart -> 17110; 3 AKs -> 17000 + 17003 x2 (DS-1). PTP 17110/17000 and 17110/17003 are ind 1 with "
                  "17110 as column 1; different lesions -> XS on 17000 and 17003 (DS-3).",
})

SCENARIOS.append({
    "id": "s72-ds-edc-sbcc-back-after-prior-bx",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven superficial BCC (lesion A, back), final defect 1.4 cm -> 17262; B, C observed",
    "date": "2025-10-21",
    "patient": ("Nguyen", "Thanh", "1955-01-19", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper back", "C44.519", "R upper back", reason=True),
        C("c2", "Seborrheic keratosis", "L82.1", "L flank"),
    ],
    "procedures": [
        P("ED&C x3", site="R upper back",
          note="Lesion A. Clinical lesion 1.0 cm. Curettage and electrodesiccation x3 cycles; final defect 1.4 cm.",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-10-02", "11102", "Tangential biopsy", "R upper back",
                    "Lesion A shave bx; path superficial BCC")],
    "note_title": "Procedure Note",
    "note": """CEDAR ROW DERMATOLOGY - PROCEDURE
Thanh Nguyen 70M | 10/21/2025 | R. Nakamura MD

Back for tx of A. Path from 10/02 shave bx: superficial BCC, A.

Map (copied from 10/02/2025):
  A - R upper back - 1.0 cm pink scaly patch - bx 10/02 = sBCC - ED&C today
  B - L flank - SK - observe
  C - R shoulder - bx 2024 = mildly dysplastic nevus - observe, stable

A: options reviewed (excision, ED&C, topical imiquimod). Pt chose ED&C.
Consent, time-out, lido w/ epi. Curette x3 with electrodesiccation between passes.
Final defect 1.4 cm diameter. Vaseline, bandage. Heals 3-4 wk.
B, C: no change, no tx.
Next FSE 6 mo.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction, trunk, sized by the final curettage defect 1.4 cm -> 17262. Prior bx "
                  "was 000-global, no modifier. B and C not treated.",
})

# =============================================================================================================
# Batch 2
# =============================================================================================================

SCENARIOS.append({
    "id": "s72-exb-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Lesion A epidermoid cyst upper back 2.0 cm + 2 mm margins = 2.4 cm (11403), layered closure 4.2 cm (12032)",
    "date": "2025-04-29",
    "patient": ("Castellano", "Marco", "1983-11-12", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "Upper back", reason=True),
        C("c2", "Cherry angioma", "D18.01", "R chest"),
    ],
    "note_title": "Procedure Note",
    "note": """CEDAR ROW DERMATOLOGY - EXCISION
Marco Castellano 41M | 04/29/2025 | Dr. R. Santos

Cyst on upper back flared 3x in past year (last 02/2025 needed I&D at urgent care). Quiet now. Painful when he
lies on it. Wants it out.

Map:
  Lesion A - upper back, midline just below C7 - 2.0 cm mobile cyst with punctum - excision today
  Lesion B - R chest - 3 mm cherry angioma - no tx, pt not bothered

A: Consent (scar, recurrence, infection, dehiscence) signed. Time-out.
  Marked lesion 2.0 cm; 2 mm margin around the cyst (narrowest), fusiform ellipse drawn.
  Lido 1% w/ epi 8 mL. Excised to subcutaneous fat, cyst wall intact. Hemostasis w/ cautery.
  Closure: layered - 4-0 Monocryl buried dermal sutures, 4-0 nylon running superficial. Final length 4.2 cm.
  Specimen to path.
B: no action.

Post-op: pressure dressing, no gym 2 wk, sutures out 12-14 d.
Path 05/05: ruptured epidermoid cyst with foreign-body reaction.
""",
    "path": [{"text": "A: ruptured epidermoid (infundibular) cyst with foreign-body giant cell reaction.",
              "date": "2025-05-05"}],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.0 + 2 x 0.2 = 2.4 cm on the trunk -> 11403. Layered closure 4.2 cm trunk is intermediate "
                  "and separately reportable (EX-5) -> 12032. B not treated.",
})

SCENARIOS.append({
    "id": "s72-exb-atypical-nevus-cheek-reexcision",
    "family": "excision-benign", "shape": "free-text",
    "description": "Re-excision of moderately atypical nevus L cheek (scar 0.6 cm + 3 mm margins = 1.2 cm, 11442) + 12052",
    "date": "2025-05-13",
    "patient": ("Halloran", "Bridget", "1958-06-28", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Dysplastic nevus with moderate atypia, incompletely removed, left cheek", "D22.39", "L cheek",
          reason=True),
    ],
    "procedures": [
        P("Re-excision atypical nevus", site="L cheek",
          note="Lesion A. Biopsy scar/residual pigment 0.6 cm; excised with 3 mm margins all around, fusiform, to "
               "subcutaneous fat.", reasons=["c1"]),
        P("Layered closure", site="L cheek",
          note="5-0 Monocryl deep dermal + 6-0 Prolene running. Final length 2.8 cm.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-04-08", "11102", "Shave biopsy", "L cheek",
                    "Lesion A; path: compound dysplastic nevus, moderate atypia, deep and peripheral margins involved")],
    "note_title": "Excision Note",
    "note": """Cedar Row Dermatology - Excision
Bridget Halloran 66F | 05/13/2025 | R. Nakamura MD

A (L cheek) shave bx 04/08: compound dysplastic nevus with moderate atypia, margins involved, residual pigment
visible at the scar edge today. Recommended complete removal to exclude an evolving melanoma; pt agrees.

Legend (04/08 map):
  A - L cheek, mid - bx site with residual brown pigment, 0.6 cm - re-excise today
  B - L jawline - SK - not treated
  C - R nasal sidewall - sebaceous hyperplasia - not treated

Procedure A: consent/time-out. Lido w/ epi. 3 mm margins around the 0.6 cm scar/pigment, ellipse along RSTL.
Excised to fat. Undermined minimally. Layered closure (5-0 Monocryl deep, 6-0 Prolene), 2.8 cm.
Specimen oriented with suture at 12:00.
Sutures out 6 d.

Path 05/19: residual compound dysplastic nevus, moderate atypia, completely excised, margins clear.
""",
    "path": [{"text": "A (L cheek re-excision): residual compound dysplastic nevus with moderate atypia, completely "
                      "excised.", "date": "2025-05-19"}],
    "expected": E([L("11442"), L("12052")], dx={"11442": ["D22.39"]}),
    "coder_note": "EX-1: 0.6 + 2 x 0.3 = 1.2 cm on the face -> benign FEENLM 11442 (atypia stays benign, EX-3). "
                  "Layered closure 2.8 cm face -> 12052. Prior bx 5 weeks ago (000) has no bearing.",
})

SCENARIOS.append({
    "id": "s72-exb-pilar-cyst-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Pilar cyst scalp excised with no lesion size or margin documented -> only the layered repair 3.0 cm (12032)",
    "date": "2025-09-09",
    "patient": ("Pettersen", "Ingrid", "1966-02-03", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst of scalp, inflamed and painful", "L72.11", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Occipital scalp",
          note="Lesion A. Tender inflamed cyst, excised intact with a narrow rim of skin over the punctum.",
          reasons=["c1"]),
        P("Intermediate (layered) repair", site="Occipital scalp",
          note="Deep 3-0 Vicryl, superficial 4-0 nylon. Repair length 3.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure",
    "note": """CEDAR ROW DERMATOLOGY
Ingrid Pettersen | 59F | 09/09/2025 | Dr. Santos

Cyst back of head, sore x 3 wk, hurts on the pillow and with brushing. Two other small scalp cysts she does not
want touched.

Map:
  Lesion A - occipital scalp - tender red firm cyst - excision today
  Lesion B - vertex - small firm cyst, non-tender - observe
  Lesion D - L parietal - small firm cyst - observe

A: consent, time-out, lido w/ epi. Hair clipped. Incised over cyst, excised intact with narrow skin ellipse.
   Layered closure: 3-0 Vicryl deep, 4-0 nylon. Repair length 3.0 cm. Path sent.
B, D: no tx.
Sutures out 10 d. Tylenol prn.
""",
    "path": [{"text": "A (occipital scalp): pilar (trichilemmal) cyst with inflammation.", "date": "2025-09-15"}],
    "expected": E([L("12032")], ["missing-documentation"]),
    "coder_note": "No lesion diameter or margin anywhere -> excised diameter cannot be built (EX-1) -> no 1142x line, "
                  "missing-documentation (README decision). Layered scalp repair 3.0 cm is documented -> 12032.",
})

SCENARIOS.append({
    "id": "s72-exm-bcc-back-precoded-as-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Biopsy-proven BCC mid back excised 1.1 cm + 4 mm margins = 1.9 cm; pre-coded 11402 -> 11602, plus 12032",
    "date": "2025-03-18",
    "patient": ("Bergstrom", "Arne", "1949-07-07", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left mid back", "C44.519", "L mid back", reason=True),
    ],
    "procedures": [
        P("Excision lesion trunk", cpt="11402", site="L mid back",
          note="Lesion A, 1.1 cm BCC, 4 mm margins.", reasons=["c1"]),
        P("Layered closure trunk", cpt="12032", site="L mid back", note="3.5 cm.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-02-25", "11102", "Shave biopsy", "L mid back", "Lesion A; path nodular BCC")],
    "note_title": "Excision Note",
    "note": """Cedar Row Dermatology | EXCISION | 03/18/2025
Arne Bergstrom 75M | R. Nakamura MD

A = L mid back, bx 02/25 -> nodular BCC. Here for excision.
Legend (02/25):
  A - L mid back - 1.1 cm pearly papule/bx scar - excise
  B - R scapula - SK - leave

A: consent/time-out. 1.1 cm lesion marked, 4 mm margins, ellipse. Lido w/ epi. Excised to fat.
Layered closure (3-0 Vicryl deep, 4-0 Prolene running), 3.5 cm. Hemostasis cautery.
Path 03/24: nodular BCC, margins clear (closest 2 mm).
F/u sutures 12 d.
""",
    "path": [{"text": "A (L mid back excision): basal cell carcinoma, nodular type, margins free.",
              "date": "2025-03-24"}],
    "expected": E([L("11602"), L("12032")], ["coding-correction"], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1/EX-3: 1.1 + 2 x 0.4 = 1.9 cm, malignant on path (and known before) -> 11602 not benign 11402. "
                  "Intermediate repair 3.5 cm trunk 12032 kept (EX-5).",
})

SCENARIOS.append({
    "id": "s72-exm-scc-dorsal-hand-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Lesion B SCC R dorsal hand 0.8 cm + 4 mm margins = 1.6 cm (11622) + layered hand repair 2.6 cm (12042)",
    "date": "2025-08-26",
    "patient": ("Achterberg", "Willem", "1944-12-15", "male"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, right dorsal hand", "C44.622", "R dorsal hand",
          reason=True),
    ],
    "prior": [PRIOR("2025-08-12", "11102", "Shave biopsy", "R dorsal hand", "Lesion B; path well-diff SCC")],
    "note_title": "Excision Note",
    "note": """CEDAR ROW DERMATOLOGY - excision
Willem Achterberg 80M | Medicare Adv | 08/26/2025 | Dr. Nakamura

Returns for excision of B. Bx 08/12: SCC, well differentiated, invasive, extends to base.

Legend (copied from 08/12):
  Lesion A - R temple - AK - LN2 on 08/12, resolved today, nothing to do
  Lesion B - R dorsal hand, over 3rd metacarpal - 0.8 cm keratotic nodule / bx site - EXCISE
  Lesion C - L forearm - SK - observe

B: consent, time-out. Lesion 0.8 cm. 4 mm margins. Digital/regional not needed - local lido w/ epi 5 mL.
Fusiform excision to subcutis, extensor tendon paratenon not exposed.
Layered repair: 4-0 Monocryl deep, 5-0 nylon simple interrupted. Length 2.6 cm.
Specimen to path, oriented.
Path 09/01: well-diff SCC, margins clear (closest 2.5 mm).
Post-op: elevate, keep dry 48 h, sutures out 14 d.
""",
    "path": [{"text": "B (R dorsal hand): invasive squamous cell carcinoma, well differentiated, margins clear.",
              "date": "2025-09-01"}],
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.622"]}),
    "coder_note": "Hand is SNHFG: 0.8 + 2 x 0.4 = 1.6 cm -> 11622. Layered repair of the hand is 12041-12047 group, "
                  "2.6 cm -> 12042. A and C untreated today.",
})

SCENARIOS.append({
    "id": "s72-exm-mis-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "MIS L upper arm with positive margin re-excised 8 days after the first excision: 1.2 + 2 x 0.5 = 2.2 cm -> 11603-58",
    "date": "2025-06-11",
    "patient": ("Sorensen", "Kaja", "1972-04-09", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, left upper arm, positive peripheral margin", "D03.62", "L upper arm",
          reason=True),
    ],
    "procedures": [
        P("Re-excision MIS, 5 mm margins", site="L upper arm",
          note="Lesion A. Scar with residual pigment 1.2 cm greatest diameter; 5 mm margins around it. Excised "
               "to fat. Single-layer closure 4-0 nylon vertical mattress (no deep sutures needed).",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-06-03", "11602", "Excision, melanoma in situ", "L upper arm",
                    "Lesion A 0.9 cm, 2 mm margins; path MIS, peripheral margin involved")],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology
Kaja Sorensen 53F | 06/11/2025 | R. Nakamura MD

Path from 06/03 excision of A: melanoma in situ, lentiginous, focally involving the 9 o'clock peripheral margin.
Plan from 06/03 was to go back for margins if positive; doing it today (day 8).

Legend:
  A - L upper arm, posterior - excision scar w/ residual pigment, 1.2 cm - re-excise with 5 mm margin today
  B - L forearm - lentigo - observe

A: consent, time-out, lido w/ epi. Marked 5 mm around the 1.2 cm scar/pigment. Excised to fat.
   Closed in a single layer with 4-0 nylon vertical mattress; skin lax, closes easily without deep sutures.
   Specimen oriented, to path.
Sutures out 14 d. Wound care sheet.

Path 06/16: scar, no residual melanoma in situ, margins clear.
""",
    "path": [{"text": "A (L upper arm re-excision): dermal scar; no residual melanoma in situ; margins clear.",
              "date": "2025-06-16"}],
    "expected": E([L("11603", 1, "58")], dx={"11603": ["D03.62"]}),
    "coder_note": "EX-4: re-excision for positive margins of a malignant lesion is coded malignant even though the "
                  "specimen is negative; 1.2 + 2 x 0.5 = 2.2 cm arm -> 11603; inside the 010 global of the 06/03 "
                  "excision and staged/related -> 58. Simple closure included.",
})

SCENARIOS.append({
    "id": "s72-mohs-helix-six-blocks-complex-repair",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs L helix BCC: stage 1 six blocks, stage 2 two blocks -> 17311 + 17312 + 17315; complex helical rim repair 2.2 cm 13151",
    "date": "2025-09-30",
    "patient": ("MacAllister", "Duncan", "1948-01-24", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left helix", "C44.219", "L helical rim", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """CEDAR ROW DERMATOLOGY - MOHS SURGERY
Duncan MacAllister 77M | 09/30/2025 | Astrid Lindgren MD (surgeon and pathologist)

Referred by Dr. Nakamura. Map from 08/2025 visit:
  Lesion A - L helical rim, superior - bx 08/19 = infiltrative BCC - MOHS today
  Lesion B - L preauricular - AK - LN2 done 08/19, clear
  Lesion C - R postauricular - SK - observe

Indication: infiltrative BCC, ear (H zone).
Pre-op size A: 1.3 x 1.0 cm.
Consent, time-out, lido w/ epi ring block of ear.

Stage 1: 6 tissue blocks (lesion larger than expected, sectioned into 6 for proper embedding). Frozen H&E
  read by me: tumor at blocks 2 and 5 (peripheral).
Stage 2: 2 tissue blocks from 2-5 o'clock. Clear.
Total: 2 stages; blocks 6 + 2.

Defect 2.0 x 1.6 cm through helical rim, cartilage exposed but intact.
Repair: complex - debridement of wound edges, closure across the free helical rim with careful alignment of
the rim (notch prevention), 5-0 Monocryl deep, 6-0 Prolene. Repair length 2.2 cm.
Layers processed on site; nothing sent out.

Post-op: ice, Tylenol, sutures 7 d. F/u Dr. Nakamura for FSE in 3 mo.
-- A. Lindgren MD
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13151")], dx={"17311": ["C44.219"]}),
    "coder_note": "MOHS-2: ear -> 17311, one additional stage -> 17312; stage 1 had 6 blocks -> 17315 x1 (block beyond "
                  "5). MOHS-7: free-margin helical rim repair is complex, ear group, 2.2 cm -> 13151. No E/M.",
})

SCENARIOS.append({
    "id": "s72-mohs-pretibial-scc-transplant-three-stages",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs R pretibial SCC in kidney transplant pt: 3 stages (3/2/1 blocks) -> 17313 + 17314 x2; layered 5.0 cm 12032",
    "date": "2026-03-10",
    "patient": ("Oyelaran", "Bisi", "1960-10-02", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, moderately differentiated, right pretibial leg", "C44.722",
          "R pretibial shin", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("Mohs stage 1", site="R pretibial shin", note="Lesion B. 3 blocks. SCC at 6:00 deep/peripheral.",
          reasons=["c1"]),
        P("Mohs stage 2", site="R pretibial shin", note="2 blocks. Residual SCC at 6:00 deep.", reasons=["c1"]),
        P("Mohs stage 3", site="R pretibial shin", note="1 block. Clear.", reasons=["c1"]),
        P("Layered closure", site="R pretibial shin",
          note="Defect 1.9 x 1.5 cm; layered closure, 4-0 Monocryl deep, 4-0 nylon. Length 5.0 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Note",
    "note": """Cedar Row Dermatology - Mohs | 03/10/2026
Bisi Oyelaran 65F | A. Lindgren MD, surgeon + pathologist

Kidney tx 2014 (tacrolimus, MMF). Many SCCs. Bx 02/17 of B: invasive SCC, moderately differentiated.
Map (02/17):
  A - L dorsal hand - SCCIS - scheduled for separate ED&C visit, not today
  B - R pretibial shin - 1.2 cm keratotic nodule - MOHS today
  C - R forearm - AK x3 - LN2 next visit

Indication: SCC in an organ transplant recipient, pretibial.
Stages: I 3 blocks (+ at 6:00), II 2 blocks (+ deep 6:00), III 1 block clear. All read by me.
Defect 1.9 x 1.5 cm. Layered closure 5.0 cm, tension acceptable, no flap needed.
Compression wrap, leg elevation. Sutures out 14 d.
""",
    "expected": E([L("17313"), L("17314", 2), L("12032")], dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: leg -> 17313 + 17314 for stages 2 and 3; no stage over 5 blocks. Layered closure of leg "
                  "5.0 cm -> 12032 (MOHS-7). A and C not treated today.",
})

SCENARIOS.append({
    "id": "s72-mohs-precoded-em-preop-only",
    "family": "mohs", "shape": "pre-coded",
    "description": "Pre-coded 99213 + 17311 + 17312 + 12051 for nasal sidewall BCC; E/M is only the pre-op talk -> removed",
    "date": "2025-11-18",
    "patient": ("Tremblay", "Louise", "1950-03-03", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 150,
    "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right nasal sidewall", "C44.311", "R nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Mohs, first stage", cpt="17311", site="R nasal sidewall", note="Lesion A. 3 blocks.", reasons=["c1"]),
        P("Mohs, additional stage", cpt="17312", site="R nasal sidewall", note="2 blocks, clear.", reasons=["c1"]),
        P("Layered repair", cpt="12051", site="R nasal sidewall", note="1.8 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """CEDAR ROW DERMATOLOGY - MOHS
Louise Tremblay 75F | 11/18/2025 | A. Lindgren MD

Pre-op: reviewed bx (10/28, A = nodular BCC R nasal sidewall), explained Mohs, expected defect and repair
options, risks. Questions answered. Consent signed. (Billed 99213 by front desk template.)

Map:
  Lesion A - R nasal sidewall - 8 mm pearly papule - MOHS

Stage 1: 3 blocks, + at 10:00. Stage 2: 2 blocks, clear. I read all frozen sections.
Defect 1.2 x 1.0 cm. Layered closure along the nasofacial junction, 5-0 Monocryl / 6-0 Prolene, 1.8 cm.
Post-op care reviewed. Sutures 6 d.
""",
    "expected": E([L("17311"), L("17312"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "GS-3: the only E/M work is the pre-op discussion/decision for the planned 000-global Mohs -> 99213 "
                  "removed. Mohs nose 2 stages + intermediate repair 1.8 cm face 12051 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s72-repair-outside-mohs-two-face-defects-summed",
    "family": "repair", "shape": "note-only",
    "description": "Reconstruction after outside Mohs: layered closures L forehead 3.2 cm + L cheek 2.1 cm summed -> 12053",
    "date": "2025-07-22",
    "patient": ("Vance", "Harriet", "1953-09-14", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, left forehead and left cheek, status post Mohs today", "C44.319",
          "L forehead, L cheek", reason=True),
    ],
    "note_title": "Repair Note",
    "note": """Cedar Row Dermatology - repair of Mohs defects
Harriet Vance 71F | 07/22/2025 | R. Santos MD

Mohs this morning at Lakeview Surgical Dermatology (Dr. Imrie) for two BCCs, both cleared. Sent to us for
closure (Dr. Imrie's office bills the Mohs). Their letters kept:
  Defect A - L forehead - 1.5 x 1.2 cm - layered closure
  Defect B - L cheek - 1.0 x 0.8 cm - layered closure

Consent, time-out, lido w/ epi.
A: converted to ellipse along forehead line, undermined in the subcutaneous plane, 5-0 Monocryl deep,
   6-0 nylon running. Length 3.2 cm.
B: ellipse in RSTL, 5-0 Monocryl deep, 6-0 nylon interrupted. Length 2.1 cm.
No flaps, no grafts. Hemostasis with cautery.

Sutures out 7 d here.
""",
    "expected": E([L("12053")], dx={"12053": ["C44.319"]}),
    "coder_note": "REP-1/REP-2: forehead and cheek are both in the 12051-12057 face group and both intermediate -> "
                  "3.2 + 2.1 = 5.3 cm -> one 12053. The Mohs is billed by the outside surgeon.",
})

# =============================================================================================================
# Batch 3
# =============================================================================================================

SCENARIOS.append({
    "id": "s72-repair-precoded-complex-short-ala-plus-neck",
    "family": "repair", "shape": "pre-coded",
    "description": "Lacerations: A nostril rim 0.9 cm pre-coded 13151 (-> 12051), B neck 2.4 cm layered 12041 needs XS",
    "date": "2025-12-30",
    "patient": ("Abernethy", "Colleen", "1961-05-19", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Laceration without foreign body of nose, initial encounter", "S01.21XA", "L nostril rim",
          reason=True),
        C("c2", "Laceration without foreign body of neck, initial encounter", "S11.81XA", "L lateral neck",
          reason=True),
    ],
    "procedures": [
        P("Complex repair nose", cpt="13151", site="L nostril rim",
          note="Wound A 0.9 cm, through the alar rim; layered closure 6-0 Monocryl deep, 6-0 Prolene, rim aligned.",
          reasons=["c1"]),
        P("Layered repair neck", cpt="12041", site="L lateral neck",
          note="Wound B 2.4 cm, layered closure 5-0 Monocryl deep, 5-0 nylon.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology - same-day add-on
Colleen Abernethy 64F | est pt | 12/30/2025 | Dr. Santos

Slipped on ice this AM, face/neck hit the edge of a glass storm door. PCP closed for holiday; our pt, we had
an opening. Tetanus: Td 2021. No LOC, no other injuries. Not anticoagulated.

Wound map:
  Wound A - L nostril rim (alar margin) - 0.9 cm clean laceration through the rim, no cartilage exposed
  Wound B - L lateral neck - 2.4 cm clean laceration into subcutaneous fat
  (bruise R forearm - no wound, nothing to do)

Irrigated both with saline, explored - no glass seen/felt.
A: lido w/ epi; layered closure, 6-0 Monocryl deep, 6-0 Prolene, rim aligned carefully to avoid notching.
   Length 0.9 cm.
B: lido w/ epi; layered closure, 5-0 Monocryl deep, 5-0 nylon. Length 2.4 cm.
Vaseline, bandages. Sutures out: A 5 d, B 7 d. Return sooner for redness/drainage.
""",
    "expected": E([L("12051"), L("12041", 1, "XS")], ["coding-correction"],
                  dx={"12051": ["S01.21XA"], "12041": ["S11.81XA"]}),
    "coder_note": "REP-2: a complex repair <=1.0 cm is coded as simple/intermediate; the 0.9 cm rim closure is layered "
                  "-> 12051 (face). Neck layered 2.4 cm -> 12041 (different group, not summed). PTP 12051/12041 ind 1, "
                  "separate wounds -> XS on 12041.",
})

SCENARIOS.append({
    "id": "s72-postop-suture-removal-template-99212",
    "family": "post-op", "shape": "note-only",
    "description": "Day 9 after BCC excision (010 global): suture removal + path review only; template 99212 -> 99024",
    "date": "2025-10-16",
    "patient": ("Rasmussen", "Poul", "1947-11-21", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other part of trunk, excised", "C44.519", "R lower back",
          reason=True),
    ],
    "prior": [PRIOR("2025-10-07", "11603", "Excision malignant lesion, trunk", "R lower back",
                    "Lesion A BCC 1.6 cm + 3 mm margins; layered closure")],
    "note_title": "Post-op Visit",
    "note": """CEDAR ROW DERMATOLOGY - post-op
Poul Rasmussen 77M | 10/16/2025 | R. Nakamura MD

S/p excision of A (R lower back BCC) 10/07. Here for suture removal. No pain, no drainage.
Legend:
  A - R lower back - excision site - healing well, edges approximated, no erythema
  B - L shoulder - SK - not looked at today (pt has no concerns)

Sutures removed, steri-strips applied. Path reviewed with pt: nodular BCC, margins clear - no further tx.
Next FSE 6 mo.
Charge template: 99212
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5: routine post-op care (suture removal, path review) inside the 010 global of the 10/07 "
                  "excision is in the package -> 99024, not 99212. Nothing unrelated was addressed.",
})

SCENARIOS.append({
    "id": "s72-postop-unrelated-dermatitis-24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 6 after benign thigh excision: new hand dermatitis worked up with Rx -> 99213-24",
    "date": "2025-05-12",
    "patient": ("Jablonski", "Renata", "1955-02-11", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Both hands", reason=True),
        C("c2", "Epidermal cyst, excised", "L72.0", "L thigh"),
    ],
    "prior": [PRIOR("2025-05-06", "11402", "Excision benign lesion, leg", "L thigh",
                    "Lesion A epidermoid cyst 1.2 cm + 2 mm margins")],
    "note_title": "Office Visit",
    "note": """Cedar Row Dermatology
Renata Jablonski 70F | est | 05/12/2025 | R. Santos MD

Not here for the thigh - came in for a new itchy rash on both hands x 5 days, started after she began a new
job at a florist (handling tulip bulbs, alstroemeria). Vesicles on fingertips, fissures. Tried OTC HC 1%, no help.

Exam hands: vesicles and erythematous scaly plaques on the thumb/index/middle fingertips bilat, fissuring,
no pustules, no honey crust.
Map (from 05/06) for reference:
  A - L thigh - excision 05/06 - glanced, dressing intact, no concerns (she'll keep 05/16 suture visit)

Impression: allergic contact dermatitis, fingertip pattern, suspect tulip (tuliposide A) / alstroemeria.
Plan: clobetasol 0.05% oint BID x 2 wk then weekends; nitrile gloves under cotton; bland emollient.
Consider patch testing if not clear in 4 wk. Rx sent.
Level: 99213
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L23.9"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the 05/06 excision (010 global) with prescription management "
                  "-> 24. The glance at the thigh adds nothing billable.",
})

SCENARIOS.append({
    "id": "s72-postop-new-lesion-bx-in-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Within the 010 global of an ED&C on lesion A, new lesion D punch-biopsied: pre-coded 11104 -> 11104-79",
    "date": "2026-02-17",
    "patient": ("Mbeki", "Thandiwe", "1958-08-08", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Pigmented lesion of right forearm, new", None, "R volar forearm", reason=True),
        C("c2", "Superficial BCC, left shoulder, treated", "C44.619", "L shoulder"),
    ],
    "procedures": [
        P("Punch biopsy", cpt="11104", site="R volar forearm",
          note="Lesion D. 4 mm punch, 1 suture.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-02-10", "17261", "ED&C malignant lesion, arm", "L shoulder",
                    "Lesion A sBCC, final defect 0.9 cm")],
    "note_title": "Visit Note",
    "note": """CEDAR ROW DERMATOLOGY
Thandiwe Mbeki 67F | 02/17/2026 | R. Nakamura MD

ED&C of A (L shoulder sBCC) one week ago. She called about a DIFFERENT spot - new dark spot R forearm noticed
by her daughter. Did not examine A today (covered, pt has no concerns with it).

Map:
  A - L shoulder - ED&C 02/10 - not examined today
  D - R volar forearm - 5 mm dark brown macule, irregular edge, new since Nov photo - punch bx today
  (B, C from Nov map: SKs of back, unchanged per pt, not examined)

D: consent, time-out, lido w/ epi, 4 mm punch, 1 x 4-0 nylon. To path.
Call w/ results. Sutures out 10-14 d.
""",
    "path": [{"text": "D (R volar forearm): lentiginous junctional nevus, no atypia.", "date": "2026-02-20"}],
    "expected": E([L("11104", 1, "79")], ["global-period"], dx={"11104": ["D22.61"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion D) inside the 10-day global of the 02/10 ED&C (17261, 010) "
                  "-> 79 on the biopsy.",
})

SCENARIOS.append({
    "id": "s72-id-axilla-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Single simple abscess L axilla incised and drained -> 10060",
    "date": "2025-08-05",
    "patient": ("Reyes", "Alondra", "1997-10-14", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "L axilla", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology - I&D
Alondra Reyes 27F | Medicaid | 08/05/2025 | Dr. Santos

Painful lump L armpit x 4 days, getting bigger, started after shaving. No fever. No hx of recurrent boils,
no HS history, no other lesions.

Map:
  Lesion A - L axilla, central - 2 cm fluctuant tender red nodule, no sinus tracts - I&D

A: consent. Lido w/ epi field block. Single 1 cm stab incision, purulent drainage expressed, one cavity,
   no loculations. Irrigated. Small wick left in. Culture swab sent to LabCorp.
Plan: warm compresses QID, wick out in 48 h at home, doxycycline 100 mg BID x 7 d.
Return if fever/spreading redness.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single uncomplicated abscess -> 10060. No separate E/M documented.",
})

SCENARIOS.append({
    "id": "s72-id-two-abscesses-precoded-10060-twice",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Abscesses A (R thigh) and B (L thigh) pre-coded 10060 twice -> 10061 x1; scalp psoriasis Rx -> 99213-25",
    "date": "2026-01-27",
    "patient": ("Dunmore", "Travis", "1990-06-06", "male"),
    "provider": "nakamura", "payer": "commercial", "minutes": 40,
    "em": "99213",
    "conditions": [
        C("c1", "Cutaneous abscess of right lower limb", "L02.415", "R medial thigh", reason=True),
        C("c2", "Cutaneous abscess of left lower limb", "L02.416", "L inner thigh", reason=True),
        C("c3", "Psoriasis vulgaris, scalp flare", "L40.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("I&D abscess", cpt="10060", site="R medial thigh", note="Abscess A 2.5 cm.", reasons=["c1"]),
        P("I&D abscess", cpt="10060", site="L inner thigh", note="Abscess B 1.5 cm.", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """CEDAR ROW DERMATOLOGY
Travis Dunmore 35M | est | 01/27/2026 | R. Nakamura MD

1) Two painful boils inner thighs x 1 wk (gym, wrestling). 2) Scalp psoriasis flaring since Dec, itching,
flaking on clothes; ran out of clobetasol solution.

Map:
  A - R medial thigh - 2.5 cm fluctuant abscess - I&D
  B - L inner thigh - 1.5 cm fluctuant abscess - I&D
  C - scalp (occipital/vertex) - thick scaly plaques ~4% BSA - topical plan

A, B: consent. Lido w/ epi. Each incised, purulence drained, irrigated, packed with 1/4" iodoform. Cultures
   sent (outside lab). Packing out 48 h.
C: psoriasis flare - restart clobetasol 0.05% solution BID x 2 wk then weekends, add calcipotriene/betamethasone
   foam weekdays; discussed systemic options if scalp + nails progress. Rx sent.
Also: bactrim DS BID x 7 d pending cultures; hygiene/decolonization handout.
Level 99213 for psoriasis.
""",
    "expected": E([L("99213", 1, "25"), L("10061")], ["coding-correction"],
                  dx={"10061": ["L02.415"], "99213": ["L40.0"]}),
    "coder_note": "10060 is simple or single; two abscesses drained = multiple -> 10061 x1 (not 10060 x2). The "
                  "psoriasis flare with new prescriptions is separately identifiable -> 99213-25.",
})

SCENARIOS.append({
    "id": "s72-il-eight-keloids-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Keloids A-H (8 lesions) injected, pre-coded 11900 -> 11901; Kenalog 40 mg/mL 1.6 mL = 64 mg -> J3301 x7",
    "date": "2025-10-28",
    "patient": ("Adebayo", "Funmilayo", "1993-02-27", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Keloids, chest and shoulders, painful and itchy", "L91.0", "Chest, shoulders", reason=True),
    ],
    "procedures": [
        P("Intralesional injection", cpt="11900", site="Chest, bilateral shoulders",
          note="Keloids A-H, triamcinolone 40 mg/mL.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology - ILK
Funmilayo Adebayo 32F | 10/28/2025 | Dr. Santos
Keloids post acne, itchy and tender, catch on bra straps. Session #3, good flattening of A and B so far.

Map (carried from 08/2025):
  A - presternal - 2.2 cm    B - presternal, inferior - 1.5 cm
  C - L upper chest - 1 cm   D - R upper chest - 1.2 cm
  E - L shoulder - 2 cm      F - R shoulder - 1.8 cm
  G - L scapula - 0.8 cm     H - R scapula - 1 cm

Today: injected A, B, C, D, E, F, G, H (all eight). Kenalog 40 mg/mL, 30 g needle.
Volumes: A 0.3, B 0.2, C 0.1, D 0.2, E 0.3, F 0.3, G 0.1, H 0.1 mL = 1.6 mL total (64 mg).
Tolerated. Reviewed atrophy/hypopigmentation risk. Next session 6 wk.
""",
    "expected": E([L("11901"), L("J3301", 7)], ["coding-correction"], dx={"11901": ["L91.0"]}),
    "coder_note": "11900 is up to 7 lesions; 8 keloids -> 11901 (one unit). J3301 per 10 mg: 1.6 mL x 40 mg/mL = 64 mg "
                  "-> ceil(6.4) = 7 units.",
})

SCENARIOS.append({
    "id": "s72-il-alopecia-areata-three-patches-plus-rosacea",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to alopecia areata patches A, B, C (11900, TAC 10 mg/mL 2.5 mL -> J3301 x3) + rosacea Rx 99213-25",
    "date": "2025-04-08",
    "patient": ("Lindqvist-Hart", "Ebba", "1956-09-30", "female"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 30,
    "em": "99213",
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
        C("c2", "Rosacea", "L71.9", "Central face", reason=True),
    ],
    "note_title": "Visit Note",
    "note": """CEDAR ROW DERMATOLOGY
Ebba Lindqvist-Hart 68F | est | 04/08/2025 | R. Nakamura MD

1) Alopecia areata - session 2. Regrowth at A starting (vellus hairs). B larger, new C found by hairdresser.
2) New: facial redness + bumps x 3 mo, flushing with wine and hot drinks, stinging with her moisturizer.

Scalp map:
  A - L parietal - 3 x 2.5 cm patch, vellus regrowth - ILK
  B - occipital - 4 x 3 cm patch, expanding, + exclamation hairs - ILK
  C - R temporal - 1.5 cm patch, new - ILK
ILK: triamcinolone 10 mg/mL, 0.1 mL aliquots ~1 cm apart. A 0.6 mL, B 1.4 mL, C 0.5 mL = 2.5 mL (25 mg).

Face: centrofacial erythema, telangiectasias, ~10 papules/pustules cheeks and chin, no comedones, no ocular sx.
  Papulopustular rosacea. Start ivermectin 1% cream daily + metronidazole 0.75% gel. Gentle cleanser, SPF,
  avoid triggers. Recheck 8 wk.
Level 99213-25 (rosacea, Rx) - separate from ILK.
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301", 3)], dx={"11900": ["L63.9"], "99213": ["L71.9"]}),
    "coder_note": "3 patches -> 11900 (<=7). TAC 25 mg -> J3301 ceil(2.5) = 3. New rosacea problem with prescription "
                  "management is significant and separate -> 99213-25 (11900/99213 ind 1).",
})

SCENARIOS.append({
    "id": "s72-il-prurigo-nodularis-twelve-nodules",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to 12 prurigo nodules (letters A-M, I skipped) -> 11901; TAC 10 mg/mL 3.2 mL = 32 mg -> J3301 x4",
    "date": "2025-12-02",
    "patient": ("Greenhalgh", "Orville", "1943-04-04", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Prurigo nodularis", "L28.1", "Bilateral forearms and shins", reason=True),
    ],
    "procedures": [
        P("Intralesional triamcinolone, prurigo nodules x12", site="Bilateral forearms, bilateral shins",
          note="Nodules A, B, C, D, E, F (forearms) and G, H, J, K, L, M (shins). Triamcinolone 10 mg/mL, total "
               "3.2 mL.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology | 12/02/2025 | Orville Greenhalgh 82M | Dr. Santos
PN, on dupilumab since 07/2025 - itch down from 9/10 to 5/10, but a dozen thick nodules persist.
Today: ILK to the persistent nodules, per plan from 10/2025.

Nodule map (no letter I, to avoid confusion with the number 1):
  Forearms: A, B, C (R), D, E, F (L)
  Shins: G, H, J (R), K, L, M (L)
Each 5-12 mm, excoriated hyperkeratotic nodules.
Triamcinolone acetonide 10 mg/mL, 0.2-0.3 mL per nodule, total 3.2 mL (32 mg).
Continue dupilumab (pt's own supply; no injection today). Recheck 8 wk.
""",
    "expected": E([L("11901"), L("J3301", 4)], dx={"11901": ["L28.1"]}),
    "coder_note": "12 lesions injected = more than 7 -> 11901. 32 mg triamcinolone acetonide -> J3301 x4. No E/M "
                  "selected; dupilumab continued without new work.",
})

SCENARIOS.append({
    "id": "s72-nails-avulsion-two-toes-precoded-11730x2",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion L great toe + L 2nd toe nails pre-coded 11730 twice -> 11730-TA + 11732-T1",
    "date": "2025-07-29",
    "patient": ("Halvorsen-Beck", "Nils", "1952-03-18", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Nail dystrophy, painful, after crush injury", "L60.3", "L great toe, L second toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", cpt="11730", site="L great toe",
          note="Nail A, partially detached and lifting, painful in shoes. Complete avulsion.", reasons=["c1"]),
        P("Nail avulsion", cpt="11730", site="L second toe",
          note="Nail B, dystrophic, lifting. Complete avulsion.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """CEDAR ROW DERMATOLOGY - nail procedure
Nils Halvorsen-Beck 73M | 07/29/2025 | Dr. Nakamura

Dropped a paving stone on L forefoot 6 wk ago. Two nails lifting, catching on socks, painful in shoes.
No infection. Not diabetic, pulses palpable. Tried taping/trimming - keeps catching and tearing.
Other nails normal. No subungual pigment.
  Nail A - L great toe - 2/3 onycholytic, loose, tender - complete avulsion
  Nail B - L 2nd toe - dystrophic, lifting - complete avulsion
Digital blocks 2% lido plain. Nail elevator, both plates removed. Beds clean, no matrix injury.
Vaseline, non-adherent dressing. Soaks BID. Recheck 2 wk.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], ["coding-correction"]),
    "coder_note": "11730 is the first nail only; the second nail is add-on 11732. Digit modifiers: L great toe TA, "
                  "L 2nd toe T1 (conventions).",
})

# =============================================================================================================
# Batch 4
# =============================================================================================================

SCENARIOS.append({
    "id": "s72-nails-bilateral-hallux-matrixectomy-digits",
    "family": "nails", "shape": "free-text",
    "description": "Partial nail + matrix excision (phenol) R hallux lateral (T5) and L hallux medial (TA) -> 11750-T5 + 11750-TA",
    "date": "2025-11-11",
    "patient": ("Quintero", "Mateo", "2004-01-09", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Ingrowing nail, recurrent, both great toes", "L60.0", "R and L great toes", reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion with phenol matrixectomy", site="R great toe, lateral border",
          note="Nail A. Lateral 1/5 of plate removed with the underlying matrix; phenol 88% x3 applications of "
               "30 s to the lateral horn for permanent ablation.", reasons=["c1"]),
        P("Partial nail avulsion with phenol matrixectomy", site="L great toe, medial border",
          note="Nail B. Medial 1/5 of plate and matrix; phenol 88% x3 x 30 s.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology - nail surgery
Mateo Quintero 21M | college soccer | 11/11/2025 | R. Santos MD

Recurrent ingrown nails, both big toes, 4th episode this year; 2 courses of cephalexin from urgent care,
failed cotton wisps/taping. Wants permanent fix.

Nail map:
  Nail A - R hallux, lateral border - granulation + erythema, tender - partial avulsion + matrixectomy
  Nail B - L hallux, medial border - ingrown, mild erythema - partial avulsion + matrixectomy
  (other nails normal)

Digital blocks 2% plain lido, tourniquet. Each border: plate split, 1/5 removed, phenol 88% x3 x 30 s to the
matrix horn for permanent removal, alcohol flush. Tourniquet off < 15 min. Dressings.
Soaks BID, open-toe shoe 1 wk, recheck 2 wk. Expect drainage 2-4 wk.
""",
    "expected": E([L("11750", 1, "T5"), L("11750", 1, "TA")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent partial nail + matrix removal -> 11750 per nail (MUE 6). Digits documented: R great toe "
                  "T5, L great toe TA; different modifiers keep two lines (conventions).",
})

SCENARIOS.append({
    "id": "s72-paring-three-corns-commercial",
    "family": "paring", "shape": "note-only",
    "description": "Paring of corns A, B and callus C (3 lesions) -> 11056; D plantar wart only discussed",
    "date": "2025-06-24",
    "patient": ("Sato", "Michiko", "1962-12-12", "female"),
    "provider": "nakamura", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Both feet", reason=True),
    ],
    "note_title": "Visit Note",
    "note": """CEDAR ROW DERMATOLOGY
Michiko Sato 62F | est | 06/24/2025 | R. Nakamura MD

Painful corns, walks a lot for work (hospital pharmacist). Last pared 01/2025.

Foot map:
  A - R 5th toe, dorsolateral - 6 mm hard corn - pare
  B - L 5th toe, dorsolateral - 5 mm hard corn - pare
  C - R plantar, under 2nd MT head - 1.5 cm callus - pare
  D - L heel - she asked if it's a wart; pinpoint vessels absent on paring test, skin lines intact -> not a wart,
      just dry heel skin. No tx.

A, B, C pared with #15 blade to pain-free base; no bleeding. Toe sleeves + metatarsal pad advised,
wider toe box. 40% urea cream nightly.
No separate E/M.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring 2-4 lesions -> 11056 (A, B, C). D was examined and not treated (not a wart).",
})

SCENARIOS.append({
    "id": "s72-paring-precoded-five-lesions-plus-wart",
    "family": "paring", "shape": "pre-coded",
    "description": "Five calluses pared, pre-coded 11056 -> 11057 (XS vs 17110) + plantar wart F destroyed 17110",
    "date": "2026-03-03",
    "patient": ("Villanueva", "Rosalinda", "1975-07-21", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Both feet", reason=True),
        C("c2", "Plantar wart, painful", "B07.0", "R heel", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", cpt="11056", site="Both feet",
          note="Lesions A-E pared.", reasons=["c1"]),
        P("Destruction benign lesion (LN2)", cpt="17110", site="R heel",
          note="Lesion F plantar wart, pared then LN2 x2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology | 03/03/2026 | Rosalinda Villanueva 50F | Dr. Santos
Painful feet, works on her feet 10 h/day (warehouse). Plantar wart R heel x 6 mo, painful with each step.

Map:
  A - R plantar 1st MT head - callus 2 cm
  B - R plantar 5th MT head - callus 1.2 cm
  C - L plantar 1st MT head - callus 1.8 cm
  D - L plantar 2nd MT head - intractable plantar keratosis 6 mm
  E - L 4th toe, lateral - soft corn 4 mm
  F - R heel, central - 7 mm plantar wart with thrombosed capillaries, painful

A through E (five lesions) pared with #15 blade. F: pared down, LN2 x 2 freeze-thaw cycles.
Offloading insoles, salicylic acid for F between visits. Return 4 wk for F.
""",
    "expected": E([L("11057", 1, "XS"), L("17110")], ["coding-correction"],
                  dx={"11057": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "Five lesions pared = more than 4 -> 11057 (not 11056). Wart F destroyed -> 17110. PTP 17110/11057 "
                  "ind 1 with 17110 as column 1; F is a different lesion -> XS on 11057.",
})

SCENARIOS.append({
    "id": "s72-patch-new-pt-80-allergens-with-em",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt chronic hand dermatitis: 99204-25 + patch test application 80 allergens -> 95044 x80",
    "date": "2025-09-02",
    "patient": ("Marchand", "Celeste", "1980-05-05", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 60,
    "em": "99204",
    "conditions": [
        C("c1", "Dermatitis of hands, chronic, cause undetermined", "L30.9", "Both hands", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """CEDAR ROW DERMATOLOGY - NEW PATIENT
Celeste Marchand 45F | 09/02/2025 | Ren Nakamura MD | referred by PCP

CC: hand rash x 14 months, worse in the last 3.
HPI: hairdresser (color/perms). Itchy, cracking, now also eyelids flaring. Tried triamcinolone 0.1% cream,
OTC HC, gloves "sometimes". Childhood eczema? Unsure. No asthma. Nickel earrings give her itch.
Meds: OCP. All: none known.
Exam: bilateral palms and dorsal fingers lichenified plaques with fissures, vesicles on lateral fingers;
periungual erythema; upper eyelid scaly erythema. Feet clear. No nail pitting.
Body map:
  A - both hands (palmar + dorsal fingers) - chronic vesicular/fissured dermatitis
  B - upper eyelids - eczematous patches

Assessment: chronic hand dermatitis - allergic contact (PPD, glyceryl thioglycolate, nickel, preservatives)
vs irritant vs atopic hand eczema. Eyelids suggest airborne/hand-transferred allergen.
Plan:
  - Patch testing: applied today to upper back - North American 80 series (80 allergens), Finn chambers.
    Readings at 48 h (Thu) and 96 h (Mon).
  - Clobetasol 0.05% oint BID to hands x 2 wk (nothing on the back while testing); tacrolimus 0.1% oint eyelids.
  - Nitrile gloves at work, no gloves-off color work; emollient.
  - Work note.
MDM moderate (chronic illness w/ progression, Rx mgmt). 99204-25.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 units = allergens applied (80). The new-patient evaluation with prescription management is "
                  "beyond the test -> 99204-25 (95044/99204 ind 1). Reading visits are later dates.",
})

SCENARIOS.append({
    "id": "s72-patch-96-allergens-precoded-mue",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch test application 80 standard + 16 hairdresser series = 96 -> 95044 capped at MUE 90",
    "date": "2025-10-14",
    "patient": ("Kessler", "Dorit", "1959-08-19", "female"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause, suspected", "L23.9", "Scalp, neck, face",
          reason=True),
    ],
    "procedures": [
        P("Patch testing", cpt="95044", site="Upper back",
          note="96 allergens applied: NA 80 series + 16 hairdressing series.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": """Cedar Row Dermatology - PATCH TEST APPLICATION
Dorit Kessler 66F | 10/14/2025 | R. Nakamura MD

Set up at the 09/30 visit for recurrent scalp/neck/face dermatitis after hair dye (visit billed then).
Today: application only, no separate evaluation.
Panels (upper back, mapped in the photo):
  Panel A+B - North American 80 series - 80 allergens
  Panel D - hairdressing series supplement - 16 allergens (panel C not used)
Total allergens applied today: 96.
Instructions: keep dry, no sun/exercise, no topical steroids on back. Readings 48 h and 96 h.
""",
    "expected": E([L("95044", 90)], ["mue"]),
    "coder_note": "96 allergens applied, but the 95044 MUE is 90 (MAI 3) -> capped at 90 with an mue finding "
                  "(README decision). No E/M today.",
})

SCENARIOS.append({
    "id": "s72-photo-nbuvb-session-medicare",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB session #14 for plaque psoriasis (areas A-C on the map) -> 96900",
    "date": "2025-02-18",
    "patient": ("Ellingsen", "Harald", "1954-09-27", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, ~12% BSA", "L40.0", "Trunk, elbows, shins", reason=True),
    ],
    "procedures": [
        P("Narrowband UVB phototherapy, whole body", site="Whole body",
          note="Session 14. Dose 1150 mJ/cm2 (+10%). No erythema from last session.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """Cedar Row Dermatology - PHOTOTHERAPY LOG
Harald Ellingsen 70M | 02/18/2025 | supervising: Dr. Santos (in suite)

Dx: plaque psoriasis, ~12% BSA at start (topicals failed x 1 yr: clobetasol, calcipotriene).
Map areas (from baseline photos 12/2024):
  A - trunk, lower back/flanks - improving, thinner
  B - bilateral elbows - improving
  C - bilateral shins - slow
Session #14, NB-UVB booth, 3x/wk. Last dose 1045 mJ/cm2, no erythema -> today 1150 mJ/cm2.
Goggles, genital shielding. Tolerated, no burn.
Next session Thu.
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "NB-UVB alone (no tar/psoralen) is actinotherapy -> 96900, one session. Covered conventional "
                  "psoriasis therapy under NCD 250.1.",
})

SCENARIOS.append({
    "id": "s72-photo-excimer-four-sites-total-area",
    "family": "phototherapy", "shape": "note-only",
    "description": "Excimer to A 60, B 55, C 80, D 90 sq cm: total 285 sq cm -> one 96921 (not per site)",
    "date": "2025-08-12",
    "patient": ("Pruitt", "Danielle", "1986-03-08", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized, elbows and knees", "L40.0", "Elbows, knees", reason=True),
    ],
    "note_title": "Excimer Treatment Note",
    "note": """CEDAR ROW DERMATOLOGY - 308 nm EXCIMER
Danielle Pruitt 39F | 08/12/2025 | R. Nakamura MD

Localized plaque psoriasis, ~4% BSA, 5 mo of clobetasol/calcipotriene with partial response.
Treatment #6 of course.
Plaque map (measured 07/2025):
  A - R elbow/extensor forearm - 60 sq cm
  B - L elbow - 55 sq cm
  C - R knee - 80 sq cm
  D - L knee - 90 sq cm
Treated A, B, C, D today. Total area treated this session: 285 sq cm. Dose 2x MED on plaques (C, D +15%).
No blistering from #5. Continue 2x/wk.
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded by TOTAL area treated in the session: 285 sq cm -> 96921 (250-500), one unit.",
})

SCENARIOS.append({
    "id": "s72-tags-eighteen-symptomatic-medicare",
    "family": "skin-tags", "shape": "free-text",
    "description": "18 irritated/bleeding skin tags (A neck 11, B L axilla 4, C R axilla 3) -> 11200 + 11201 x1",
    "date": "2025-03-25",
    "patient": ("Thibodeaux", "Earline", "1951-11-03", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Neck, axillae", reason=True),
    ],
    "procedures": [
        P("Skin tag removal, snip + cautery", site="Neck",
          note="Group A: 11 tags, several bleeding/crusted from necklace and collar friction.", reasons=["c1"]),
        P("Skin tag removal, snip + cautery", site="L axilla",
          note="Group B: 4 tags, red and inflamed from bra strap, one bled.", reasons=["c1"]),
        P("Skin tag removal, snip + cautery", site="R axilla",
          note="Group C: 3 tags, inflamed, painful with deodorant/shaving.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology
Earline Thibodeaux 73F | 03/25/2025 | R. Santos MD

Tags on neck and underarms keep bleeding onto her collars and getting sore. Shows blood spots on blouse.
Map:
  A - neck (anterior/lateral) - 11 pedunculated tags; 4 with hemorrhagic crust, others red at base
  B - L axilla - 4 tags, erythematous, one bled this wk
  C - R axilla - 3 tags, inflamed, painful
Every tag treated today was red, crusted, bleeding or painful - no asymptomatic tags removed.
Consent. Gradle scissors snip, light hyfrecation. Total 18 tags.
Vaseline. Return prn.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "18 tags: 11200 (first 15) + 11201 x ceil((18-15)/10) = 1. Bleeding/inflamed/painful documented for "
                  "each group -> LCD met, no GY.",
})

SCENARIOS.append({
    "id": "s72-tags-cosmetic-commercial-plus-punch",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Pre-coded 11200 for 6 asymptomatic cosmetic tags (commercial -> removed) + 11104 punch bx of nevus A",
    "date": "2025-07-08",
    "patient": ("Langford", "Priya", "1978-10-16", "female"),
    "provider": "nakamura", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Changing pigmented lesion, right upper back", None, "R upper back", reason=True),
        C("c2", "Acrochordons", "L91.8", "Neck"),
    ],
    "procedures": [
        P("Punch biopsy", cpt="11104", site="R upper back",
          note="Lesion A 6 mm, 4 mm punch, 1 suture.", reasons=["c1"]),
        P("Skin tag removal", cpt="11200", site="Neck", note="Tags B-G, 6 total.", reasons=["c2"]),
    ],
    "note_title": "Visit Note",
    "note": """CEDAR ROW DERMATOLOGY
Priya Langford 46F | est | 07/08/2025 | R. Nakamura MD

1) Mole on back "looks different" per her husband. 2) While here, wants neck tags off before her wedding -
they don't hurt, itch, or bleed; "just don't like how they look".

Map:
  A - R upper back - 6 mm brown papule with new dark eccentric blotch - 4 mm punch bx
  B, C, D, E, F, G - neck - six 2-3 mm soft tags, no inflammation - snip (cosmetic, per pt request)

A: consent, lido w/ epi, 4 mm punch, 1 x 4-0 nylon. Path.
B-G: snip removal, AlCl3. Pt told these are cosmetic and she will be billed directly; she agreed.
""",
    "path": [{"text": "A (R upper back): compound nevus with mild architectural atypia; margins clear.",
              "date": "2025-07-11"}],
    "expected": E([L("11104")], ["cosmetic"], dx={"11104": ["D22.5"]}),
    "coder_note": "COS-2 / README: asymptomatic tags removed for appearance on a commercial plan -> 11200 removed from "
                  "the claim, cosmetic finding, patient billed directly. Punch bx of the changing nevus A -> 11104.",
})

SCENARIOS.append({
    "id": "s72-cosmetic-sks-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Asymptomatic SKs A-C on back frozen at pt request, voluntary ABN signed; Medicare FFS -> 17110-GX-GY",
    "date": "2025-05-06",
    "patient": ("Whitfield", "Gordon", "1948-02-29", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, asymptomatic", "L82.1", "Back", reason=True),
    ],
    "note_title": "Visit Note",
    "note": """Cedar Row Dermatology - 05/06/2025
Gordon Whitfield 77M | est | R. Nakamura MD

Wants "the crusty spots" on his back frozen - wife doesn't like them. No itching, no bleeding, no change,
nothing catching on clothing. Dermoscopy: classic SK features each, no concern.
Map:
  A - R upper back - 1.2 cm waxy stuck-on plaque - LN2 (cosmetic)
  B - L mid back - 8 mm - LN2 (cosmetic)
  C - lower back, midline - 1 cm - LN2 (cosmetic)
Explained Medicare does not cover cosmetic removal; he signed the voluntary ABN (cosmetic, self-pay) before
treatment. LN2 x1 cycle each, A-C.
No other concerns today.
""",
    "expected": E([L("17110", 1, "GX", "GY")], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: benign SK destruction with no BSL-3 reason is cosmetic, statutorily excluded -> GY on "
                  "Medicare FFS, plus GX because a voluntary ABN was signed. 3 lesions -> 17110 x1.",
})

# =============================================================================================================
# Batch 5
# =============================================================================================================

SCENARIOS.append({
    "id": "s72-cosmetic-cheek-nevus-gy-plus-bleeding-sk",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: A cosmetic shave of asymptomatic cheek nevus, no ABN (11310-GY); B bleeding SK back 1.2 cm (11302)",
    "date": "2026-01-20",
    "patient": ("Pemberton", "Alice", "1949-06-11", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus of cheek, asymptomatic, cosmetic removal", "D22.39", "L cheek", reason=True),
        C("c2", "Inflamed seborrheic keratosis, bleeding", "L82.0", "R upper back", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """CEDAR ROW DERMATOLOGY | 01/20/2026
Alice Pemberton 76F | est | R. Santos MD

Two things: (1) the mole on her cheek she has had "forever" - no change, no itch, no bleeding - she just wants it
gone for her granddaughter's wedding photos; (2) a spot on her back that bleeds onto her nightgown.

Map:
  Lesion A - L cheek - 4 mm soft flesh-colored dome papule, stable for decades, dermoscopy benign - shave
             removal, COSMETIC per pt request
  Lesion B - R upper back - 1.2 cm crusted, inflamed stuck-on plaque, bleeding - shave removal
Discussed that A is cosmetic and not a Medicare benefit; she wants it done today. No ABN form signed.

Consent, lido w/ epi. A and B shaved flush, AlCl3. Both to path.
Path 01/26: A - intradermal nevus. B - inflamed/irritated seborrheic keratosis.
""",
    "path": [{"text": "A (L cheek): intradermal melanocytic nevus. B (R upper back): irritated seborrheic "
                      "keratosis.", "date": "2026-01-26"}],
    "expected": E([L("11310", 1, "GY"), L("11302")], dx={"11302": ["L82.0"], "11310": ["D22.39"]}),
    "coder_note": "COS-4: cosmetic removal is statutorily excluded on Medicare FFS -> GY (no GX: no ABN signed). "
                  "B bleeding/inflamed SK meets the LCD -> 11302 (trunk 1.2 cm). A face 0.4 cm -> 11310.",
})

SCENARIOS.append({
    "id": "s72-em-new-medicare-screening-fse-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare pt, screening-only full skin exam, no history, no complaints, nothing charted -> 99203-GY",
    "date": "2025-04-15",
    "patient": ("Fairbanks", "Lowell", "1957-07-04", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 30,
    "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """CEDAR ROW DERMATOLOGY - NEW PATIENT
Lowell Fairbanks 67M | 04/15/2025 | R. Nakamura MD

Reason: "annual skin check" - just turned Medicare age, wife told him to get checked. No spots of concern,
nothing new/changing/bleeding/itching. No personal or family hx of skin cancer. No hx of blistering burns,
no tanning beds, no immunosuppression.

Full skin exam (scalp to soles, incl. nails, mucosa, genitals deferred per pt): Fitzpatrick II. Scattered
uniform 2-4 mm brown macules on trunk (benign pattern on dermoscopy), a few solar lentigines on the hands.
Nothing meeting charting threshold.
Body map: no lesions charted today (no letters assigned).

Impression: skin cancer screening, normal exam.
Plan: sunscreen SPF 30+, self-exam teaching (ABCDE handout). Return in 1 yr or sooner for any change.
Pt informed Medicare may not cover a screening skin exam.
Level: 99203
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; a screening-only exam with no history, "
                  "complaint or finding is a statutory exclusion -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s72-em-psoriasis-biologic-longitudinal-g2211",
    "family": "em", "shape": "note-only",
    "description": "Est Medicare pt, psoriasis on risankizumab, ongoing management with Rx -> 99214 + G2211 (no procedure)",
    "date": "2025-11-25",
    "patient": ("Kristiansen", "Bjorn", "1958-10-21", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 30,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Scalp, elbows", reason=True),
    ],
    "note_title": "Follow-up Visit",
    "note": """CEDAR ROW DERMATOLOGY - follow-up
Bjorn Kristiansen 67M | 11/25/2025 | R. Nakamura MD
I manage his psoriasis long-term (since 2019); this is his 12-week biologic check.

Risankizumab 150 mg q12 wk since 03/2025 (failed MTX - LFTs; failed adalimumab - secondary loss).
Now: scalp still flaky, elbows nearly clear, new morning stiffness in both hands x 1 mo.
Plaque map (baseline 03/2025 -> today):
  A - scalp - 6% -> 2% BSA, scaly plaques occiput
  B - elbows - 4% -> <1%
  C - shins - 3% -> clear
BSA now ~3%. PGA 2. Nails: 3 pits R index. Hand joints: mild MCP tenderness, no swelling.
TB QuantiFERON 09/2025 negative.

A/P psoriasis vulgaris, improved but not at goal on risankizumab + possible early PsA:
  - continue risankizumab (Rx renewed, specialty pharmacy PA renewed)
  - clobetasol 0.05% shampoo for scalp twice weekly (new Rx)
  - rheumatology referral for inflammatory arthralgia; ESR/CRP ordered
  - recheck 12 wk
MDM moderate: chronic illness not at goal, Rx drug management.
Charges: 99214, G2211 (ongoing longitudinal care of his psoriasis).
""",
    "expected": E([L("99214"), L("G2211")], dx={"99214": ["L40.0"]}),
    "coder_note": "EM-6: longitudinal care of a chronic condition with no procedure (no modifier 25) -> G2211 payable "
                  "with the 99214 on Medicare FFS.",
})

SCENARIOS.append({
    "id": "s72-em-bullous-pemphigoid-prolonged-99417-to-g2212",
    "family": "em", "shape": "pre-coded",
    "description": "Est Medicare pt, new bullous pemphigoid, 80 min total time: 99215 + G2211; pre-coded 99417 -> G2212 x1",
    "date": "2026-02-24",
    "patient": ("Holmgren", "Vera", "1938-12-08", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 80,
    "em": "99215",
    "conditions": [
        C("c1", "Bullous pemphigoid", "L12.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("Prolonged office visit, each 15 min", cpt="99417", site=None,
          note="Total time 80 min.", reasons=["c1"]),
    ],
    "note_title": "Follow-up Visit",
    "note": """CEDAR ROW DERMATOLOGY
Vera Holmgren 87F | est (followed for BCC hx and eczema) | 02/24/2026 | R. Nakamura MD

Bx from 02/17 (lesion map A, L thigh bulla edge + DIF from B, perilesional R forearm): subepidermal blister
with eosinophils; DIF linear IgG/C3 at BMZ -> bullous pemphigoid. Today to review and start treatment.
Now 20+ tense bullae trunk/thighs, itch 8/10, eroded areas R shin. Lives alone, daughter present.
Reviewed: med list for triggers (started linagliptin 08/2025 - DPP-4 inhibitor, likely culprit), PCP notes,
recent labs (A1c 7.4, Cr 1.1).

Plan:
  - clobetasol 0.05% cream 20 g/day to whole body except face, taper over 4 mo; wound care of erosions
  - doxycycline 100 mg BID as steroid-sparing
  - called PCP (Dr. Faraday) re: stopping linagliptin -> switched today
  - home health referral for dressing changes; daughter taught application
  - labs: CBC, CMP baseline; BP antibody ELISA
  - recheck 2 wk
I am the continuing focal point for her pemphigoid care going forward.

Total time on the date of service: 80 minutes (record review, exam, counseling pt/daughter, PCP call,
orders, documentation). No procedures today.
Charges: 99215, G2211, prolonged service.
""",
    "expected": E([L("99215"), L("G2211"), L("G2212")], dx={"99215": ["L12.0"]}),
    "coder_note": "EM-5: 99417 is not valid for Medicare; G2212 starts at 69 min for 99215 -> 80 min = 1 unit. "
                  "EM-6: no procedure/modifier 25, longitudinal care of a serious condition documented -> G2211.",
})

SCENARIOS.append({
    "id": "s72-mixed-bx-five-aks-wart-eczema-em",
    "family": "mixed", "shape": "note-only",
    "description": "A tangential bx, B-F five AKs, G wart, + nummular eczema Rx: 99213-25, 11102-XS, 17000-XS, 17003x4-XS, 17110",
    "date": "2025-12-16",
    "patient": ("Corrigan", "Walter", "1945-05-01", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 35,
    "em": "99213",
    "conditions": [
        C("c1", "Pink pearly papule, right shoulder", None, "R shoulder", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Face", reason=True),
        C("c3", "Common wart, left thumb", "B07.8", "L thumb", reason=True),
        C("c4", "Nummular dermatitis", "L30.0", "Both lower legs", reason=True),
    ],
    "note_title": "Visit Note",
    "note": """CEDAR ROW DERMATOLOGY
Walter Corrigan 80M | est | 12/16/2025 | R. Nakamura MD

Here for 6-mo skin check follow-up + "itchy coin spots" on his legs x 2 mo (new problem).

Map:
  Lesion A - R shoulder - 6 mm pink pearly papule w/ arborizing vessels - shave bx
  Lesion B - L forehead - AK - LN2
  Lesion C - R temple - AK - LN2
  Lesion D - nasal dorsum - AK - LN2
  Lesion E - L cheek - AK - LN2
  Lesion F - R cheek - AK - LN2
  Lesion G - L thumb, dorsal - 5 mm wart, painful when gripping - LN2
  Lesion H - L upper back - SK - observe

Procedures: consent, time-out for A. A: tangential bx, AlCl3, path.
B-F: LN2 x1 cycle each (5 AKs). G: LN2 x2 cycles.

Legs: multiple 2-4 cm coin-shaped eczematous plaques shins/calves, excoriated, xerotic. KOH negative.
Nummular dermatitis. Start triamcinolone 0.1% oint BID x 2-3 wk, thick emollient, short lukewarm showers.
Recheck 6 wk.
Level 99213-25 for the leg dermatitis (separate from the procedures).
""",
    "path": [{"text": "A (R shoulder): basal cell carcinoma, nodular type, extending to the base.",
              "date": "2025-12-19"}],
    "expected": E([L("99213", 1, "25"), L("11102", 1, "XS"), L("17000", 1, "XS"), L("17003", 4, "XS"),
                   L("17110")], dx={"11102": ["C44.612"], "17000": ["L57.0"], "17110": ["B07.8"],
                                    "99213": ["L30.0"]}),
    "coder_note": "11102 (A), 5 AKs -> 17000 + 17003 x4, wart -> 17110. PTP col-2 lines on different lesions get XS: "
                  "17000 (vs 11102 and 17110), 17003 (vs 17110), 11102 (vs 17110). New eczema problem with Rx -> "
                  "99213-25.",
})

SCENARIOS.append({
    "id": "s72-mixed-scar-ilk-plus-finger-wart",
    "family": "mixed", "shape": "free-text",
    "description": "A hypertrophic scar ILK (TAC 5 mg) + B finger wart LN2: 17110, 11900-XS, J3301 x1",
    "date": "2025-09-16",
    "patient": ("Ibarra", "Joaquin", "1999-08-23", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Hypertrophic scar, right chest, itchy", "L91.0", "R chest", reason=True),
        C("c2", "Common wart, right index finger", "B07.8", "R index finger", reason=True),
    ],
    "procedures": [
        P("Intralesional Kenalog", site="R chest",
          note="Lesion A hypertrophic scar 3 cm (old chest tube site). Triamcinolone 10 mg/mL 0.5 mL.",
          reasons=["c1"]),
        P("Cryotherapy wart", site="R index finger",
          note="Lesion B 5 mm verruca, LN2 x2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology | 09/16/2025 | Joaquin Ibarra 26M | Dr. Santos
1) Raised itchy scar R chest from a chest tube (pneumothorax 2023). 2) Wart R index finger x 4 mo, spreading
   to the nail fold, catches on things at work.
Map:
  A - R lateral chest - 3 cm raised pink hypertrophic scar, itchy - ILK
  B - R index finger, radial nail fold - 5 mm verrucous papule - LN2
Exam: A firm, raised, confined to the original scar line (hypertrophic, not keloid). B single wart, no
satellite lesions, nail plate intact.
Verbal consent for both.
A: triamcinolone 10 mg/mL, 0.5 mL (5 mg) into the scar, 30 g needle. B: LN2 x 2 cycles.
Blister care reviewed. Return 6 wk for both.
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301", 1)],
                  dx={"17110": ["B07.8"], "11900": ["L91.0"]}),
    "coder_note": "PTP 17110/11900 ind 1 (17110 column 1); different lesions (scar A vs wart B) -> XS on 11900. "
                  "5 mg triamcinolone -> J3301 x1.",
})

SCENARIOS.append({
    "id": "s72-mixed-precoded-bx-and-shave-same-lesion",
    "family": "mixed", "shape": "pre-coded",
    "description": "Pre-coded 11102 + 11301 both for lesion A (shave removal) + 11104 for C: drop 11102; 11104 + 11301-XS",
    "date": "2025-10-07",
    "patient": ("Drummond", "Fiona", "1970-01-30", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Irritated papule, right forearm", None, "R dorsal forearm", reason=True),
        C("c2", "Scaly plaque, left calf", None, "L posterior calf", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", cpt="11102", site="R dorsal forearm", note="Lesion A specimen to path.", reasons=["c1"]),
        P("Shave removal", cpt="11301", site="R dorsal forearm",
          note="Lesion A 0.8 cm, shave removal flush with skin.", reasons=["c1"]),
        P("Punch biopsy", cpt="11104", site="L posterior calf", note="Lesion C, 4 mm punch.", reasons=["c2"]),
    ],
    "note_title": "Visit Note",
    "note": """CEDAR ROW DERMATOLOGY
Fiona Drummond 55F | est | 10/07/2025 | R. Nakamura MD

Map:
  Lesion A - R dorsal forearm - 8 mm raised brown papule, catches on watch band, bled twice - shave REMOVAL
             (entire lesion taken), specimen to path
  Lesion C - L posterior calf - 1.5 cm scaly pink plaque x 6 mo, not responding to HC - 4 mm punch bx
  (B - L forearm - dermatofibroma, unchanged, observe)

A: consent, lido w/ epi, shaved off flush with surrounding skin, AlCl3. Path.
C: 4 mm punch, 1 x 4-0 nylon. Path.
Call with results.
""",
    "path": [{"text": "A (R forearm): irritated seborrheic keratosis. C (L calf): superficial BCC.",
              "date": "2025-10-10"}],
    "expected": E([L("11104"), L("11301", 1, "XS")], ["ncci"], dx={"11301": ["L82.0"]}),
    "coder_note": "BX-4: A was removed entirely by shave -> code the removal 11301 (0.8 cm arm), not also a biopsy of "
                  "the same lesion (11301/11102 ind 1, same lesion -> 11102 dropped). C punch 11104; 11104/11301 ind 1 "
                  "with 11104 as column 1, different lesions -> XS on 11301.",
})

SCENARIOS.append({
    "id": "s72-mixed-cyst-excision-plus-calf-punch",
    "family": "mixed", "shape": "free-text",
    "description": "A cyst back 1.5 cm + 2 mm margins = 1.9 cm (11402, simple closure) + D calf punch bx -> 11104-XS",
    "date": "2025-06-17",
    "patient": ("Osei", "Kwabena", "1963-03-14", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, painful, right upper back", "L72.0", "R upper back", reason=True),
        C("c2", "Violaceous papule, right calf", None, "R calf", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="R upper back",
          note="Lesion A 1.5 cm cyst, 2 mm margins, excised intact; closed with simple interrupted 4-0 nylon.",
          reasons=["c1"]),
        P("Punch biopsy 4 mm", site="R calf", note="Lesion D 7 mm violaceous papule; 4 mm punch, 1 suture.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology - 06/17/2025
Kwabena Osei 62M | R. Santos MD

Scheduled cyst excision (A). While prepping, pt pointed out a new spot on his R calf (D).
Map (from 05/2025 + new):
  A - R upper back - 1.5 cm cyst, tender, drained twice on its own - excision
  B - L upper back - SK - nothing
  D - R calf - 7 mm violaceous firm papule, new, 2 mo - punch bx
  (C removed from map 2024)

A: lido w/ epi, 1.5 cm cyst + 2 mm margins, ellipse, excised intact, single-layer simple closure.
D: 4 mm punch, 1 suture.
Both to path. Sutures out 10-12 d.
""",
    "path": [{"text": "A: epidermoid cyst. D: dermatofibroma.", "date": "2025-06-20"}],
    "expected": E([L("11402"), L("11104", 1, "XS")], dx={"11402": ["L72.0"]}),
    "coder_note": "A: 1.5 + 2 x 0.2 = 1.9 cm trunk -> 11402, simple closure included. D: separate lesion punch "
                  "biopsy; 11402/11104 ind 1 -> XS on 11104 (BX-5 case 1).",
})

SCENARIOS.append({
    "id": "s72-mixed-mohs-temple-repair-plus-back-bx",
    "family": "mixed", "shape": "note-only",
    "description": "Mohs A R temple 1 stage (17311) + layered repair 2.5 cm (12051-XS) + B back shave bx (11102-XS)",
    "date": "2026-03-24",
    "patient": ("Lindberg", "Agnes", "1944-07-19", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right temple", "C44.319", "R temple", reason=True),
        C("c2", "Pink scaly papule, left upper back", None, "L upper back", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """CEDAR ROW DERMATOLOGY - MOHS
Agnes Lindberg 81F | 03/24/2026 | A. Lindgren MD (surgeon + pathologist)

Map (from referral visit 02/2026, Dr. Nakamura):
  Lesion A - R temple - bx 02/24 = nodular BCC - MOHS today
  Lesion B - L upper back - 7 mm pink scaly papule, new since Feb, bleeds - shave bx today (pt asked)
  Lesion C - R cheek - SK - observe

A: consent, time-out, lido w/ epi. Stage 1: 4 tissue blocks, all margins clear on my frozen-section read.
   Defect 1.1 x 0.9 cm. Layered closure along the temple crease, 5-0 Monocryl deep, 6-0 Prolene.
   Repair length 2.5 cm.
B: separate site. Tangential biopsy with DermaBlade, AlCl3. Formalin jar to outside dermpath.
C: no tx.
Post-op: sutures out 7 d. Will call with B result.
""",
    "path": [{"text": "B (L upper back, shave bx): superficial basal cell carcinoma.", "date": "2026-03-27"}],
    "expected": E([L("17311"), L("12051", 1, "XS"), L("11102", 1, "XS")], dx={"17311": ["C44.319"],
                                                                             "11102": ["C44.519"]}),
    "coder_note": "Head Mohs 1 stage -> 17311; layered temple repair 2.5 cm -> 12051 (MOHS-7). B is a separate lesion: "
                  "17311/11102 ind 1 -> XS on 11102, and 11102/12051 ind 1 (biopsy column 1) with the repair on a "
                  "different site -> XS on 12051.",
})

SCENARIOS.append({
    "id": "s72-ds-molluscum-22-two-groups-medicaid",
    "family": "destruction", "shape": "free-text",
    "description": "Child with molluscum: curettage of A (14 lesions) + B (8 lesions) = 22 -> one 17111",
    "date": "2025-08-19",
    "patient": ("Baptiste", "Noemie", "2018-04-12", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "R flank, L axilla", reason=True),
    ],
    "procedures": [
        P("Curettage molluscum", site="R flank", note="Group A: 14 lesions curetted after topical lidocaine.",
          reasons=["c1"]),
        P("Curettage molluscum", site="L axilla", note="Group B: 8 lesions curetted.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Row Dermatology - peds
Noemie Baptiste 7F | Medicaid | 08/19/2025 | R. Santos MD | mom present

Molluscum x 8 months, spreading, several inflamed (BOTE sign), scratching, eczema around them. Cantharidin
in June -> partial. Mom wants curettage before school starts.
Map:
  A - R flank - 14 papules - curettage
  B - L axilla - 8 papules - curettage
  (C - face - 2 tiny papules - left alone per mom, near the eye)
LMX4 applied 45 min prior. Each lesion curetted, AlCl3. Total 22 lesions. Tolerated with tablet distraction.
Vaseline, HC 1% to eczematous areas x 1 wk. Recheck 6 wk.
""",
    "expected": E([L("17111")], dx={"17111": ["B08.1"]}),
    "coder_note": "DS-2: benign destruction counted per session: 14 + 8 = 22 lesions -> 17111 x1 (15 or more), not "
                  "17110 per group. Face lesions not treated.",
})
