"""Sealed set 87 (s87-): Cedar Hollow Dermatology, real-time scribed notes.

The practice's medical scribes type the note in the present tense while the provider works ("Dr. Nakamura is now
freezing ...", "provider examines the back", "patient asks about ..."). Each note ends with the provider's short
sign-off line, which sometimes corrects what the scribe wrote; the sign-off wins. Expected answers from the rule
book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s87-bx-punch-two-shaves-signoff-fixes-technique",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx back + tangential bx forearm + shin; scribe wrote punch for the shin, sign-off corrects to shave",
    "date": "2025-10-14",
    "patient": ("Pellerin", "Gaston", "1954-02-19", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Atypical pigmented lesion, right upper back", None, "Right upper back", reason=True),
        C("c2", "Scaly papule, left forearm", None, "Left forearm", reason=True),
        C("c3", "Pearly papule, right shin", None, "Right shin", reason=True),
    ],
    "path": [
        {"text": "A. Skin, right upper back, punch: compound dysplastic nevus with moderate cytologic atypia, "
                 "lateral margin involved.", "site": "Right upper back"},
        {"text": "B. Skin, left forearm, shave: squamous cell carcinoma in situ (Bowen disease), base involved.",
         "site": "Left forearm"},
        {"text": "C. Skin, right shin, shave: basal cell carcinoma, nodular type, extending to deep margin.",
         "site": "Right shin"},
    ],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - SCRIBED PROCEDURE NOTE
Scribe: P. Gutierrez, documenting in real time for Ren Nakamura, MD
DOS: 10/14/2025

Mr. Pellerin, 71, established patient, is back for three spots that were flagged at his skin check last month.
Dr. Nakamura is now looking at the right upper back with the dermatoscope. The lesion is a 6 mm irregularly
pigmented macule with a blue-gray area at one edge. Dr. Nakamura says this one needs full thickness.
Patient asks if it could be melanoma. Provider explains that is why it is being sampled and results take about a week.
Consent is signed. Dr. Nakamura is injecting 1% lidocaine with epinephrine.
A 4 mm punch biopsy is being taken from the right upper back. One 4-0 nylon suture is placed.
Dr. Nakamura is now moving to the left forearm: 5 mm pink scaly papule, a little friable.
Shave biopsy is being done with a DermaBlade at the level of the superficial dermis. Aluminum chloride for hemostasis.
Now the right shin: 8 mm pink pearly papule with a rolled edge. Provider is sampling it with a 3 mm punch.
Specimens are labeled A (R upper back), B (L forearm), C (R shin) and sent to pathology.
Patient mentions a flaky itchy scalp. Dr. Nakamura says that is the seborrheic dermatitis he already uses
ketoconazole shampoo for; keep using it, nothing new today.
Petrolatum and bandages applied. Wound care sheet given. Suture out in 10-14 days at the front desk.

Provider sign-off: Agree with the scribe's note with one correction - specimen C (right shin) was a tangential
(shave) biopsy, not a punch; I switched to the blade before starting. Only site A was sutured.
- Ren Nakamura, MD, 10/14/2025 16:02
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: the sign-off corrects the shin to tangential, so one punch (primary 11104) + two tangential "
                  "biopsies (11103 x2). The scalp remark is existing seb derm, no E/M selected.",
})

SCENARIOS.append({
    "id": "s87-bx-wedge-and-punch-two-primaries-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Incisional wedge bx L thigh + punch bx R thigh sent as 11106 + 11104; corrected to 11106 + 11105",
    "date": "2025-11-03",
    "patient": ("Oduya", "Miriam", "1981-07-08", "female"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Erythema nodosum", "L52", "Bilateral anterior thighs", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, skin, wedge", cpt="11106", site="Left lateral thigh",
          note="Deep wedge to subcutaneous fat with a 15 blade, 1.8 cm long; closed single layer, 4-0 nylon.",
          reasons=["c1"]),
        P("Punch biopsy, skin", cpt="11104", site="Right anterior thigh",
          note="4 mm punch for direct immunofluorescence, Michel's medium; 1 suture.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Left lateral thigh, incisional: septal panniculitis without vasculitis, consistent with "
                 "erythema nodosum.", "site": "Left lateral thigh"},
        {"text": "Right anterior thigh, punch (DIF): no specific immune deposits.", "site": "Right anterior thigh"},
    ],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe note (K. Ferraro scribing for Dr. Wei Chen)
11/03/2025

Ms. Oduya, 44, is here for the tender red lumps on both thighs that started six weeks ago.
Dr. Chen is palpating the thighs now: several 2-3 cm tender subcutaneous nodules, bilateral anterior and lateral thighs.
Dr. Chen says a punch will not reach deep enough fat for the panniculitis question, so a wedge is planned.
Patient asks whether this is related to her recent strep throat. Provider says possibly, we will see what the
biopsy shows and check an ASO titer.
Left lateral thigh: provider is marking a fusiform wedge, 1.8 cm long, and carrying it into the subcutaneous fat
with a 15 blade. Closed with 4-0 nylon simple interrupted.
Right anterior thigh: Dr. Chen is now taking a separate 4 mm punch from the edge of a newer nodule for DIF.
One 4-0 nylon suture.
Both specimens are labeled and sent. Vaseline and bandage. Ibuprofen as needed for pain.

Sign-off: agree with the above. Two separate biopsies, wedge (incisional) L thigh and punch R thigh.
- W. Chen, MD
""",
    "expected": E([L("11106"), L("11105")], ["coding-correction"], dx={"11106": ["L52"]}),
    "coder_note": "BX-2: only one primary per encounter; incisional outranks punch, so the punch becomes its add-on "
                  "11105 (11106/11104 is PTP indicator 0).",
})

SCENARIOS.append({
    "id": "s87-bx-psoriasis-flare-em25-cheek-shave-bx",
    "family": "biopsy", "shape": "free-text",
    "description": "Psoriasis flare with new Rx (99214) + tangential bx of a new cheek papule; E/M keeps 25",
    "date": "2025-11-18",
    "patient": ("Thibodeaux", "Renee", "1952-09-30", "female"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flaring", "L40.0", "Elbows, knees, lower back", reason=True),
        C("c2", "Pink pearly papule, left cheek", None, "Left cheek", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Left cheek",
          note="5 mm pearly papule; tangential biopsy with flexible blade, AlCl3 hemostasis; to path.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left cheek, shave biopsy: basal cell carcinoma, nodular pattern, deep margin involved.",
         "site": "Left cheek"},
    ],
    "note_title": "Scribed Visit Note",
    "note": """CEDAR HOLLOW DERMATOLOGY
Scribe: D. Amankwah for Adaeze Okafor, MD - 11/18/2025

Ms. Thibodeaux is here for her psoriasis. She ran out of triamcinolone in September and the elbows and knees are
worse, now also the low back. Itching keeps her up at night.
Dr. Okafor examines the elbows, knees and lumbosacral area: thick well-demarcated plaques, BSA about 6 percent.
Nails without pitting today. No joint complaints when asked.
Provider reviews options with her. Dr. Okafor is stopping triamcinolone and starting calcipotriene-betamethasone
foam daily for 4 weeks, then weekends only. Refills sent. Discussed steroid atrophy and not using it on the face.
Patient asks about the injection medicines her neighbor takes. Dr. Okafor says at 6 percent and no arthritis,
topicals first; we will revisit at follow-up if she fails this.
Patient then points to a spot on her left cheek that has been bleeding off and on for two months.
Dr. Okafor looks with the dermatoscope: 5 mm pink pearly papule with arborizing vessels.
Provider is doing a shave biopsy now. Lidocaine with epi, flexible blade, aluminum chloride. Specimen to path.
Follow-up 6 weeks for psoriasis; we will call with the biopsy result.

Sign-off: Agree. Level 4 for the psoriasis flare and the new prescription; the cheek biopsy is separate.
- A. Okafor, MD
""",
    "expected": E([L("99214", 1, "25"), L("11102")], dx={"11102": ["C44.319"], "99214": ["L40.0"]}),
    "coder_note": "GS-3: psoriasis exacerbation with prescription drug management is significant, separately "
                  "identifiable work beyond the biopsy decision -> 99214-25 + 11102. Medicare Advantage: no ABN modifiers.",
})

SCENARIOS.append({
    "id": "s87-bx-eight-shave-biopsies-mue-cap",
    "family": "biopsy", "shape": "note-only",
    "description": "Eight tangential biopsies in a transplant patient; 11103 x7 capped at MUE 6",
    "date": "2025-12-02",
    "patient": ("Vandermolen", "Pieter", "1949-05-11", "male"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 55,
    "conditions": [
        C("c1", "Multiple new keratotic papules, sun-exposed skin", None, "Scalp, face, arms, hands", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "path": [
        {"text": "A-H: A scalp vertex SCC well differentiated; B left temple AK hypertrophic; C right forearm SCC in "
                 "situ; D right dorsal hand SCC keratoacanthoma type; E left forearm AK; F left dorsal hand SCC in "
                 "situ; G nasal bridge BCC superficial; H right preauricular AK."},
    ],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - real-time scribe note
Scribe: T. Lindahl. Provider: Samuel Weiss, MD. Date 12/02/2025.

Mr. Vandermolen, kidney transplant 2011 on tacrolimus and mycophenolate, is here because of "a crop of new
crusty bumps" since his summer at the lake. History of many prior SCCs.
Dr. Weiss is examining the scalp, face, forearms and hands. Provider is circling the lesions to be sampled.
Patient asks if they can just freeze everything. Dr. Weiss says not until we know which are cancers.
Lidocaine with epi is going in at each site. Dr. Weiss is now taking shave biopsies, one after another:
  A - scalp vertex, 9 mm crusted nodule
  B - left temple, 6 mm hyperkeratotic papule
  C - right forearm, 1.1 cm scaly pink plaque
  D - right dorsal hand, 8 mm crateriform nodule
  E - left forearm, 5 mm scaly papule
  F - left dorsal hand, 7 mm pink plaque
  G - nasal bridge, 4 mm shiny papule
  H - right preauricular, 6 mm rough papule
Each one is a tangential (saucerization) biopsy; aluminum chloride for hemostasis, no sutures.
All eight are labeled A through H. Dr. Weiss tells the patient we will plan treatment of each once results are back.
Transplant team letter to be sent.

Sign-off: Eight shave biopsies, sites A-H, as scribed. - S. Weiss, MD
""",
    "expected": E([L("11102"), L("11103", 6)], ["mue"]),
    "coder_note": "BX-2: 8 tangential biopsies = 11102 + 11103 x7; 11103 MUE is 6 (MAI 3) -> capped at 6 with an "
                  "mue finding (tests/corpus README 'MUE over the limit').",
})

SCENARIOS.append({
    "id": "s87-cos-sk-face-voluntary-abn-gy-gx",
    "family": "cosmetic", "shape": "note-only",
    "description": "Asymptomatic SKs frozen at patient's request, Medicare FFS, voluntary ABN signed -> 17110-GY-GX",
    "date": "2025-10-21",
    "patient": ("Quist", "Eleanor", "1946-12-04", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, face and neck", "L82.1", "Face and neck", reason=True),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe: M. Haddad, for Astrid Lindgren, MD. DOS 10/21/2025.

Patient is asking to have the "barnacles" on her face and neck taken off before her granddaughter's wedding.
Dr. Lindgren asks whether any of them itch, bleed, get caught on clothing or have changed. Patient says no,
they do not bother her physically, she just does not like how they look.
Provider examines: stuck-on waxy tan-brown papules, classic seborrheic keratoses, no inflammation, no irritation,
nothing atypical on dermoscopy.
Dr. Lindgren explains Medicare does not pay for cosmetic removal and what the cost will be.
Patient reads and signs the voluntary Advance Beneficiary Notice for the cosmetic removal; copy given.
Dr. Lindgren is now freezing six seborrheic keratoses with liquid nitrogen, two freeze-thaw cycles each:
two at the left temple, one on the right cheek, three on the sides of the neck.
Patient asks about a "brown spot" on the back of her hand; Dr. Lindgren says that is a sun spot, not treated today.
Blistering and aftercare explained.

Sign-off: Agree - cosmetic SK destruction x6, patient request, voluntary ABN on file. - A. Lindgren, MD
""",
    "expected": E([L("17110", 1, "GY", "GX")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-4 / BSL-2: no BSL-3 indication documented, Medicare FFS statutory exclusion -> GY, plus GX "
                  "because a voluntary ABN is documented. 6 benign lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s87-cos-commercial-irritated-sk-plus-cosmetic-cryo",
    "family": "cosmetic", "shape": "free-text",
    "description": "Shave of bleeding SK shoulder (covered) + cosmetic cryo of 5 SKs forehead (commercial, removed)",
    "date": "2025-11-06",
    "patient": ("Brannigan", "Colleen", "1968-03-27", "female"),
    "provider": "ramirez", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, left shoulder", "L82.0", "Left shoulder", reason=True),
        C("c2", "Seborrheic keratoses, forehead, asymptomatic", "L82.1", "Forehead and temples"),
    ],
    "procedures": [
        P("Shave removal of irritated SK", site="Left shoulder",
          note="0.8 cm SK that catches on bra strap and bleeds; shaved flat with DermaBlade, AlCl3.",
          reasons=["c1"]),
        P("LN2 cryotherapy, SKs (cosmetic, self-pay)", site="Forehead and temples",
          note="Five asymptomatic SKs frozen at patient request; cosmetic fee quoted and paid at checkout.",
          reasons=["c2"]),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribed note. Scribe J. Okoro; provider Dr. Sofia Ramirez. 11/06/2025

Ms. Brannigan says the growth on her left shoulder keeps catching on her bra strap and bled twice this month.
Dr. Ramirez examines it: 0.8 cm stuck-on verrucous papule with hemorrhagic crust and surrounding redness.
Provider is numbing it and doing a shave removal flush with the skin now. Aluminum chloride. Sent to path.
Patient also asks about the flat brown "age spots" on her forehead. Dr. Ramirez looks: five small seborrheic
keratoses, no itching, no bleeding, no change. Patient just wants them gone before photos.
Dr. Ramirez explains this part is cosmetic and insurance will not cover it; patient agrees to the self-pay price.
Provider is now freezing the five forehead/temple SKs with liquid nitrogen.
Aftercare reviewed.

Sign-off: Agree. Shoulder lesion symptomatic (bleeding); forehead SKs cosmetic, self-pay. - S. Ramirez, MD
""",
    "path": [{"text": "Skin, left shoulder, shave: irritated seborrheic keratosis.", "site": "Left shoulder"}],
    "expected": E([L("11301")], ["cosmetic"], dx={"11301": ["L82.0"]}),
    "coder_note": "SH-1: symptomatic SK 0.8 cm on the shoulder (TAL) -> 11301. The forehead cryo is cosmetic; for a "
                  "commercial payer the line is removed with a cosmetic finding (conventions).",
})

SCENARIOS.append({
    "id": "s87-ds-sixteen-aks-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "16 AKs sent as 17000 + 17003 x15; corrected to 17004 x1",
    "date": "2025-10-29",
    "patient": ("Szabo", "Lajos", "1943-08-15", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses", "L57.0", "Scalp, forehead, dorsal hands", reason=True)],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional (x15)", cpt="17003",
          site="Scalp, forehead, dorsal hands", note="15 additional lesions", reasons=["c1"]),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - SCRIBE NOTE
Scribe: A. Whitfield for Marc Baptiste, MD   Date: 10/29/2025

Mr. Szabo is here for his 6-month AK check. He says the scalp feels "like sandpaper" again.
Dr. Baptiste examines the scalp, forehead and the backs of both hands: gritty erythematous scaly papules.
Provider is now freezing them with liquid nitrogen, one freeze-thaw cycle each, and calling out counts:
scalp seven, forehead four, right dorsal hand three, left dorsal hand two.
Patient asks whether the cream he used last year would be better. Dr. Baptiste says maybe next winter.
Aftercare discussed; blistering expected.

Sign-off: 16 AKs treated with LN2 (7 + 4 + 3 + 2), confirmed. - M. Baptiste, MD
""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and "
                  "17004/17003 are indicator 0).",
})

SCENARIOS.append({
    "id": "s87-ds-warts-fingers-child-medicaid",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo of 4 painful common warts on fingers (Medicaid child); heel wart only discussed",
    "date": "2025-12-09",
    "patient": ("Mwangi", "Tobias", "2013-04-22", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 20,
    "conditions": [C("c1", "Verruca vulgaris, right fingers", "B07.8", "Right index and middle fingers",
                     reason=True)],
    "procedures": [
        P("Cryotherapy of common warts", site="Right index and middle fingers",
          note="Four warts, LN2 two cycles each; painful when writing, spreading over 3 months.", reasons=["c1"]),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology, pediatric clinic - scribe R. Banerjee for Folake Adeyemi, MD. 12/09/2025

Tobias, 12, is here with mom for the warts on his right hand. Mom says they started as one and now there are four,
and the one on the index finger hurts when he holds a pencil.
Dr. Adeyemi is examining the right hand: four verrucous papules, two on the index finger, two on the middle finger,
3 to 6 mm.
Provider is freezing all four with liquid nitrogen now, two cycles each. Tobias is handling it well.
Mom asks about a spot on his left heel. Dr. Adeyemi looks: a tiny 2 mm plantar wart, not painful. Provider says we can
treat it at the next visit if it is still there; not treated today.
Home care: salicylic acid nightly to the finger sites after the blisters heal, duct tape optional.
Return in 3-4 weeks.

Sign-off: Cryo to 4 verrucae, right hand. Heel lesion observed only. - F. Adeyemi, MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: four benign (wart) destructions -> 17110 x1. The heel wart was not treated.",
})

SCENARIOS.append({
    "id": "s87-ds-edc-sccis-hand-ak-count-missing",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven SCCis L hand (final defect 1.3 cm) + LN2 to AKs with no count",
    "date": "2026-01-13",
    "patient": ("Garroway", "Dennis", "1950-10-02", "male"),
    "provider": "santos", "payer": "medicare-ngs", "minutes": 30,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left dorsal hand", "D04.62", "Left dorsal hand", reason=True),
        C("c2", "Actinic keratoses, forearms", "L57.0", "Bilateral forearms", reason=True),
    ],
    "prior": [PRIOR("2025-12-16", "11102", "Tangential biopsy", "Left dorsal hand",
                    "Path: squamous cell carcinoma in situ.")],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY
Scribe: L. Ferreira. Provider: Rafael Santos, MD. 01/13/2026.

Mr. Garroway is back to treat the spot on his left hand; the biopsy last month showed squamous cell carcinoma in situ.
Dr. Santos reviews the path report with him and explains ED&C versus excision. Patient picks ED&C.
Provider identifies the biopsy site: pink scaly plaque on the left dorsal hand with a healed biopsy scar.
Lidocaine with epi. Dr. Santos is curetting now, then electrodesiccating, three cycles.
After the third cycle the defect measures 1.3 cm. Hemostasis good. Petrolatum and bandage.
Patient asks about the rough spots on his forearms. Dr. Santos examines both forearms: scattered actinic keratoses.
Provider is freezing the forearm AKs with liquid nitrogen now, single cycle.
Patient asks if he needs a full skin check today; Dr. Santos says that is due in March, we will do it then.
Wound care reviewed.

Sign-off: ED&C SCCis L dorsal hand; LN2 to AKs both forearms as above. - R. Santos, MD
""",
    "expected": E([L("17272")], ["missing-documentation"], dx={"17272": ["D04.62"]}),
    "coder_note": "DS-4: malignant destruction, hand = SNHFG, final curettage defect 1.3 cm -> 17272. The AK count is "
                  "never documented (scribe or sign-off) -> no 17000/17003 line, missing-documentation.",
})

SCENARIOS.append({
    "id": "s87-em-screening-fse-new-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "New patient screening-only full-skin exam, no history, no complaint, nothing found; 99203-GY",
    "date": "2025-10-07",
    "patient": ("Ashdown", "Margery", "1957-06-14", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note_title": "Scribed Visit Note",
    "note": """Cedar Hollow Dermatology - scribed new patient visit
Scribe: K. Ferraro for Wei Chen, MD - 10/07/2025

Ms. Ashdown, 68, is new to the practice. She is here for a "full skin check" because a friend from church was
just diagnosed with melanoma. She has no spots that worry her, nothing itching, bleeding or changing.
No personal history of skin cancer. No family history of melanoma or other skin cancer. No prior biopsies.
Dr. Chen is doing a full-body skin exam now, scalp to soles, including the dermoscopy of the back.
Provider comments the skin exam is normal for age; no suspicious lesions, nothing needing treatment or biopsy.
Patient asks which sunscreen to buy. Dr. Chen recommends a broad-spectrum SPF 30+ mineral sunscreen and a hat.
Patient asks when to come back. Provider says no routine follow-up needed; return for anything new or changing.

Sign-off: Screening skin exam, no findings. New patient level 3. - W. Chen, MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; screening-only exam with no history, "
                  "complaint or finding -> E/M with GY. The friend's diagnosis is not a family history.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s87-em-methotrexate-psoriasis-g2211-per-signoff",
    "family": "em", "shape": "pre-coded",
    "description": "Established psoriasis on methotrexate, labs reviewed; 99214 sent, sign-off asks for G2211 (no procedure)",
    "date": "2025-11-12",
    "patient": ("Kowalczyk", "Bernadette", "1955-01-23", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 30, "em": "99214",
    "em_display": "Office visit, established, moderate",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631"),
    ],
    "note_title": "Scribed Visit Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe note
Scribe: S. Park. Provider: Chidi Okonkwo, MD. DOS 11/12/2025.

Mrs. Kowalczyk is here for her 3-month methotrexate check. She has been on methotrexate 15 mg weekly with folic acid
for plaque psoriasis since 2022; Dr. Okonkwo has managed her psoriasis the whole time.
Dr. Okonkwo is reviewing the CBC and CMP drawn last week: ALT mildly up at 48, was 31 in August; counts normal.
Provider asks about alcohol (none), new meds (started atorvastatin in September), nausea (mild the day after dosing).
Dr. Okonkwo examines the scalp, elbows, knees, trunk: a few thin plaques on the elbows, BSA under 2 percent.
Provider explains the liver number is likely from the statin but with methotrexate it has to be watched.
Dr. Okonkwo is keeping the dose at 15 mg, splitting the folic acid to daily, repeating the liver panel in 4 weeks,
and sending a note to her PCP about the statin.
Patient asks whether she can stop the methotrexate in the summer. Provider says we can talk about a taper in spring
if the liver tests settle.
No procedures today.

Sign-off: Agree. Ongoing longitudinal psoriasis care with methotrexate toxicity monitoring - bill 99214 with G2211.
- C. Okonkwo, MD
""",
    "expected": E([L("99214"), L("G2211")], dx={"99214": ["L40.0"]}),
    "coder_note": "Provider-selected 99214 kept (MTX toxicity monitoring is high risk). EM-6: G2211 for longitudinal "
                  "care of a serious chronic condition, Medicare FFS, no modifier-25 E/M that day -> payable.",
})

SCENARIOS.append({
    "id": "s87-em-belt-line-sks-decision-only-em-removed",
    "family": "em", "shape": "note-only",
    "description": "99213 selected but the only work is evaluating and freezing 2 inflamed SKs; E/M removed",
    "date": "2025-12-04",
    "patient": ("Halloran", "Denise", "1971-11-09", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 15, "em": "99213",
    "conditions": [C("c1", "Inflamed seborrheic keratoses, waistline", "L82.0", "Right flank at belt line",
                     reason=True)],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe: B. Osei, documenting for Luca Marchetti, MD. 12/04/2025

Ms. Halloran, established patient, is here because two growths at her waistline are getting rubbed raw by her belt.
She says they are sore and one bled onto her shirt last week.
Dr. Marchetti examines the right flank: two 6-7 mm stuck-on papules with erythema and crust at the belt line.
Dermoscopy: milia-like cysts and comedo-like openings. Provider says these are irritated seborrheic keratoses.
Patient asks if they are cancer. Dr. Marchetti reassures her they are benign and recommends freezing them.
Dr. Marchetti is freezing both lesions with liquid nitrogen now, two cycles.
Aftercare handout given. No other concerns raised today.

Sign-off: Agree. 99213 plus cryo x2 please. - L. Marchetti, MD
""",
    "expected": E([L("17110")], dx={"17110": ["L82.0"]}),
    "coder_note": "GS-3 / README: the only E/M work is the evaluation of the treated lesions and the decision for the "
                  "minor (010) procedure -> the E/M line is removed despite the sign-off request; 17110 x1.",
})

SCENARIOS.append({
    "id": "s87-em-pemphigoid-bridge-visit-99215-g2212",
    "family": "em", "shape": "note-only",
    "description": "Bullous pemphigoid bridge visit before university referral, 75 min total time; 99215 + G2212 x1",
    "date": "2026-01-20",
    "patient": ("Holmqvist", "Harald", "1938-04-03", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 75, "em": "99215",
    "conditions": [C("c1", "Bullous pemphigoid", "L12.0", "Trunk and extremities", reason=True)],
    "note_title": "Scribed Visit Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - SCRIBED VISIT
Scribe: N. Castillo for Kirsten Halvorsen, MD - 01/20/2026

Mr. Holmqvist, 87, established patient (last seen 2023 for a cyst), is here with his daughter for a
blistering rash that started 5 weeks ago. Urgent care did a biopsy with DIF last week; the reports are here.
Dr. Halvorsen is reading the outside pathology and DIF now: subepidermal blister with eosinophils, linear IgG and
C3 at the BMZ - bullous pemphigoid.
Provider examines: tense bullae and erosions on the thighs, forearms and trunk, urticarial plaques, about 20 new
blisters a day per the daughter. Oral mucosa clear.
Dr. Halvorsen is reviewing his med list with the daughter: started linagliptin in the fall - provider flags it as
a possible trigger and is calling his PCP to discuss stopping it. Phone call with PCP now; PCP agrees to switch.
Provider discusses treatment: clobetasol 0.05% cream to the whole body below the neck twice daily, doxycycline
100 mg twice daily, no systemic prednisone because of his diabetes and osteoporosis. Prescriptions sent.
Daughter asks who will follow him long term. Dr. Halvorsen says she has arranged for the university autoimmune
blistering disease clinic to take over his care; today is a bridge until that appointment next month.
Provider spends a long time teaching the daughter how to apply the clobetasol and care for the blisters.
Referral letter dictated, records sent.

Sign-off: 99215 by time. Total time on the date of service 75 minutes (record review, exam, PCP call,
counseling, referral documentation). No procedures. - K. Halvorsen, MD
""",
    "expected": E([L("99215"), L("G2212")], dx={"99215": ["L12.0"]}),
    "coder_note": "EM-3/EM-5: established 99215 by time; Medicare uses G2212 from 69 min for 99215, 75 min -> 1 unit "
                  "(99417 is not valid for Medicare). Care is handed to another clinic, so no G2211.",
})

SCENARIOS.append({
    "id": "s87-exb-epidermoid-cyst-back-signoff-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Epidermoid cyst upper back 2.2 cm + 2 mm margins (11403); scribe says simple closure, sign-off says layered 4.5 cm",
    "date": "2025-10-30",
    "patient": ("Nakashima", "Kenji", "1979-02-28", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 45,
    "conditions": [C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Upper back midline",
                     reason=True)],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with "
                      "foreign-body giant cell reaction.", "site": "Upper back"}],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribed procedure
Scribe: V. Mendes for Jordan Pike, MD. 10/30/2025.

Mr. Nakashima is here to have the cyst on his upper back removed. It has gotten infected twice this year and hurts
when he leans back in his chair. No current redness or drainage.
Dr. Pike is examining and measuring it now: 2.2 x 1.8 cm mobile subcutaneous cyst with a central punctum.
Provider is marking an ellipse around it with 2 mm margins on each side. Consent signed. Lidocaine with epi.
Dr. Pike is excising the cyst with the overlying ellipse of skin; cyst comes out mostly intact with some ruptured
wall, which is dissected free.
Hemostasis with electrocautery.
Dr. Pike is closing the wound with simple interrupted sutures. Wound length after closure 4.5 cm.
Specimen to pathology. Pressure dressing. Sutures out in 12-14 days.
Patient asks if it can come back. Provider says it is unlikely if all of the wall is out.

Sign-off: Correction to the scribe - closure was layered: deep 3-0 Monocryl to the subcutaneous tissue, then 4-0
nylon to skin. Intermediate repair, 4.5 cm. Margins 2 mm as scribed. - J. Pike, MD
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.2 + 2 x 0.2 = 2.6 cm on the trunk -> 11403. The sign-off corrects the closure to layered: "
                  "intermediate repair 4.5 cm trunk -> 12032 (separately reportable, EX-5).",
})

SCENARIOS.append({
    "id": "s87-exb-neck-nevus-precoded-wrong-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Changing neck nevus 0.7 cm + 2 mm margins = 1.1 cm; sent as 11421, corrected to 11422",
    "date": "2025-12-11",
    "patient": ("Abiodun", "Grace", "1990-08-17", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [C("c1", "Changing melanocytic nevus, left lateral neck", "D22.4", "Left lateral neck",
                     reason=True)],
    "procedures": [
        P("Excision, benign lesion, neck, 0.6-1.0 cm", cpt="11421", site="Left lateral neck",
          note="Lesion 0.7 cm, 2 mm margins; simple closure 5-0 nylon.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left lateral neck, excision: compound melanocytic nevus with moderate architectural "
                      "and cytologic atypia, margins clear.", "site": "Left lateral neck"}],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe H. Yoon for Ines Castellanos, MD - 12/11/2025

Ms. Abiodun is here to have the mole on her neck removed. She says it has gotten darker and bigger since her
pregnancy and her husband noticed the edge looks uneven.
Dr. Castellanos is looking at it with the dermatoscope: 0.7 cm brown macule, asymmetric pigment network.
Provider recommends complete excision rather than a shave given the change.
Consent signed. Dr. Castellanos is drawing the excision with 2 mm margins all the way around and injecting lidocaine.
Lesion is excised to the fat as an ellipse. Hemostasis with cautery.
Provider is closing with 5-0 nylon simple interrupted; single layer.
Patient asks when she can go swimming. Dr. Castellanos says after the sutures are out in 7 days.

Sign-off: Agree. Excision of changing nevus L neck, 0.7 cm lesion, 2 mm margins, simple closure. - I. Castellanos, MD
""",
    "expected": E([L("11422")], ["coding-correction"], dx={"11422": ["D22.4"]}),
    "coder_note": "EX-1/EX-2: excised diameter 0.7 + 2 x 0.2 = 1.1 cm, neck = SNHFG -> 11422 (not 11421). Simple "
                  "closure included. Benign path -> benign code.",
})

SCENARIOS.append({
    "id": "s87-exb-pilar-cyst-scalp-no-size-repair-kept",
    "family": "excision-benign", "shape": "free-text",
    "description": "Pilar cyst scalp excised, size only 'grape-sized'; layered closure 2.0 cm kept (12031)",
    "date": "2026-01-08",
    "patient": ("Fairweather", "Lionel", "1948-05-05", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage-ppo", "minutes": 40,
    "conditions": [C("c1", "Pilar cyst, scalp vertex, tender", "L72.11", "Scalp, vertex", reason=True)],
    "procedures": [
        P("Excision of pilar cyst", site="Scalp, vertex",
          note="Tender cyst, catches on comb; removed intact through linear incision.", reasons=["c1"]),
        P("Layered closure", site="Scalp, vertex",
          note="Deep 4-0 Vicryl, skin staples; final length 2.0 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Scalp, excision: pilar (trichilemmal) cyst.", "site": "Scalp"}],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribed procedure note
Scribe: S. Park. Provider: Dr. Chidi Okonkwo. 01/08/2026.

Mr. Fairweather is here for the bump on the top of his head that hurts when he combs his hair and got scraped by
his barber twice.
Dr. Okonkwo palpates it: firm, mobile, about the size of a grape, no punctum. Provider says pilar cyst.
Consent signed. Lidocaine with epi.
Dr. Okonkwo is making a linear incision over the cyst and shelling it out intact now.
Hemostasis. Dr. Okonkwo is placing deep 4-0 Vicryl sutures, then staples to the skin. The closed wound is 2.0 cm.
Specimen to pathology.
Patient asks about hair regrowth over the scar. Provider says the scar should be hidden by his hair.
Staples out in 10 days.

Sign-off: Agree with scribe note. Intermediate closure 2.0 cm. - C. Okonkwo, MD
""",
    "expected": E([L("12031")], ["missing-documentation"], dx={"12031": ["L72.11"]}),
    "coder_note": "README 'Coding decisions': no measured lesion size ('size of a grape' is not a measurement) -> no "
                  "11420-11426 line, missing-documentation; the documented intermediate repair of the scalp 2.0 cm "
                  "stays (12031).",
})

SCENARIOS.append({
    "id": "s87-exm-scc-forearm-ellipse-length-trap",
    "family": "excision-malignant", "shape": "note-only",
    "description": "SCC R forearm 1.4 cm + 4 mm margins = 2.2 cm (11603), ellipse 5.0 cm; intermediate repair 5.0 cm",
    "date": "2025-11-20",
    "patient": ("Crowther", "Albert", "1945-09-12", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 50,
    "conditions": [C("c1", "Squamous cell carcinoma, right dorsal forearm", "C44.622", "Right dorsal forearm",
                     reason=True)],
    "path": [{"text": "Skin, right dorsal forearm, excision: invasive squamous cell carcinoma, well differentiated, "
                      "margins free (closest 3 mm).", "site": "Right dorsal forearm"}],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - REAL-TIME SCRIBE NOTE
Scribe: T. Lindahl. Provider: Samuel Weiss, MD. 11/20/2025

Mr. Crowther is here for excision of the squamous cell carcinoma on his right forearm, biopsied 10/28.
Dr. Weiss is measuring the lesion now: 1.4 x 1.1 cm keratotic nodule on the dorsal forearm.
Provider is marking 4 mm margins around the lesion, then designing the ellipse along the relaxed skin tension lines.
The ellipse measures 5.0 x 2.2 cm.
Consent signed, time-out done. Lidocaine 1% with epi 8 mL.
Dr. Weiss is excising the ellipse down to the subcutaneous fat. Specimen is tagged at 12 o'clock.
Hemostasis with electrocautery.
Provider is undermining the edges and placing 4-0 Monocryl deep sutures, then 4-0 nylon running to the skin.
Repair length 5.0 cm.
Patient asks if he needs more treatment. Dr. Weiss says only if the margins come back positive.
Pressure dressing. Sutures out in 14 days.

Sign-off: Agree. Layered closure 5.0 cm. Margins 4 mm as scribed. - S. Weiss, MD
""",
    "expected": E([L("11603"), L("12032")], dx={"11603": ["C44.622"]}),
    "coder_note": "EX-1: excised diameter = 1.4 + 2 x 0.4 = 2.2 cm (not the 5.0 cm ellipse length) on the arm -> 11603; "
                  "intermediate repair 5.0 cm extremity -> 12032.",
})

SCENARIOS.append({
    "id": "s87-exm-mis-reexcision-58-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of MIS back 8 days after 11602 (positive margin), path negative; sent 11403, corrected 11603-58",
    "date": "2026-01-14",
    "patient": ("Delacroix", "Simone", "1962-12-01", "female"),
    "provider": "baptiste", "payer": "medicare-ngs", "minutes": 40,
    "conditions": [C("c1", "Melanoma in situ, left upper back, positive peripheral margin", "D03.59",
                     "Left upper back", reason=True)],
    "prior": [PRIOR("2026-01-06", "11602", "Excision malignant lesion, trunk", "Left upper back",
                    "Melanoma in situ, 0.8 cm lesion with 2 mm margins; path: MIS, peripheral margin involved.")],
    "procedures": [
        P("Excision, benign lesion, trunk, 2.1-3.0 cm", cpt="11403", site="Left upper back",
          note="Re-excision of scar, 1.6 cm, 5 mm margins; simple closure.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left upper back, re-excision: healing scar, no residual melanoma in situ; margins "
                      "clear.", "site": "Left upper back"}],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe A. Whitfield for Marc Baptiste, MD - 01/14/2026

Ms. Delacroix is back 8 days after the excision on her left upper back. The pathology showed melanoma in situ with
the peripheral margin involved, so today is the planned wider re-excision that Dr. Baptiste discussed on the phone.
Dr. Baptiste is removing the remaining sutures and measuring the healing scar: 1.6 cm.
Provider is marking 5 mm margins around the scar. Consent signed. Lidocaine with epi.
Dr. Baptiste is excising down to fascia now. Specimen oriented with a suture at 12.
Hemostasis with cautery. Provider is closing with staples, single layer.
Patient asks if she will need more surgery. Dr. Baptiste says not if this comes back clear, then skin checks
every 6 months.

Sign-off: Agree. Staged re-excision for margin, MIS L upper back. - M. Baptiste, MD
""",
    "expected": E([L("11603", 1, "58")], ["coding-correction", "global-period"], dx={"11603": ["D03.59"]}),
    "coder_note": "EX-3/EX-4: re-excision of a malignant lesion stays malignant even with a negative specimen; "
                  "1.6 + 2 x 0.5 = 2.6 cm trunk -> 11603. Inside the 10-day global of the 01/06 11602 -> 58. "
                  "DX-4: still treatment -> D03.59.",
})

SCENARIOS.append({
    "id": "s87-exm-mis-cheek-intermediate-face",
    "family": "excision-malignant", "shape": "free-text",
    "description": "MIS L cheek 0.6 cm + 5 mm margins = 1.6 cm (11642), layered closure 3.8 cm (12052)",
    "date": "2025-12-17",
    "patient": ("Okwuosa", "Vivian", "1958-07-07", "female"),
    "provider": "ramirez", "payer": "commercial", "minutes": 55,
    "conditions": [C("c1", "Melanoma in situ, left malar cheek", "D03.39", "Left malar cheek", reason=True)],
    "procedures": [
        P("Excision melanoma in situ", site="Left malar cheek",
          note="Lesion 0.6 cm; 5 mm margins; to fat.", reasons=["c1"]),
        P("Layered closure", site="Left malar cheek",
          note="5-0 Monocryl deep, 6-0 Prolene skin; 3.8 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left cheek, excision: melanoma in situ, lentigo maligna type, excised; closest "
                      "peripheral margin 3 mm.", "site": "Left cheek"}],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY
Scribe J. Okoro for Sofia Ramirez, MD - 12/17/2025

Ms. Okwuosa is here for excision of the melanoma in situ on her left cheek found on biopsy 11/25.
Dr. Ramirez is examining with the Wood's lamp and dermatoscope: the residual pigment measures 0.6 cm.
Provider is marking 5 mm margins. Patient asks about Mohs. Dr. Ramirez explains standard excision with margins is
appropriate here and she prefers it; patient agrees.
Consent signed. Lidocaine with epi. Dr. Ramirez is excising to subcutaneous fat now; specimen oriented.
Hemostasis. Provider is undermining and closing in layers: 5-0 Monocryl deep dermal, 6-0 Prolene running on the skin.
Closure length 3.8 cm along the relaxed skin tension line.
Patient asks when she can wear makeup. Dr. Ramirez says after suture removal in 6 days.

Sign-off: Agree with scribe. - S. Ramirez, MD
""",
    "expected": E([L("11642"), L("12052")], dx={"11642": ["D03.39"]}),
    "coder_note": "EX-1/EX-3: MIS is coded with malignant excision codes; 0.6 + 2 x 0.5 = 1.6 cm face -> 11642. "
                  "Intermediate repair 3.8 cm face -> 12052 (no PTP edit with 11642).",
})

SCENARIOS.append({
    "id": "s87-id-axillary-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Single abscess R axilla, simple I&D with packing (10060), Medicaid",
    "date": "2025-10-09",
    "patient": ("Pruitt", "Jalen", "1998-03-15", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True)],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe note (V. Mendes scribing for Dr. Jordan Pike) - 10/09/2025

Mr. Pruitt, 27, is here with a painful lump in his right armpit for 4 days, now throbbing. No fever.
Dr. Pike examines the right axilla: 2.5 cm fluctuant tender nodule with surrounding erythema. No other nodules,
no sinus tracts, no scarring in either axilla or the groin.
Patient asks if this is hidradenitis like his cousin has. Dr. Pike says a single first-time boil does not make that
diagnosis; watch for recurrence.
Provider is numbing with lidocaine and making a single 1 cm incision now. Purulent material expressed, loculations
broken up with a hemostat. Culture swab sent.
Dr. Pike is packing the cavity with 1/4-inch iodoform gauze. Dressing applied.
Patient to remove packing in 48 hours and start warm compresses.

Sign-off: Simple I&D of a single axillary abscess. No antibiotics needed at this time. - J. Pike, MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.411"]}),
    "coder_note": "Single, uncomplicated abscess -> 10060 x1.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s87-id-two-buttock-abscesses-precoded-both-codes",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two buttock abscesses drained, sent as 10060 + 10061; only 10061 (multiple) is reported",
    "date": "2025-11-25",
    "patient": ("Castellano", "Marco", "1986-06-30", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [C("c1", "Cutaneous abscesses of buttocks", "L02.31", "Right and left buttock", reason=True)],
    "procedures": [
        P("Incision and drainage of abscess, simple", cpt="10060", site="Right buttock",
          note="3 cm fluctuant abscess, incised and drained, packed.", reasons=["c1"]),
        P("Incision and drainage of abscess, complicated or multiple", cpt="10061", site="Left buttock",
          note="2 cm abscess, incised and drained, packed.", reasons=["c1"]),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe L. Ferreira, provider Rafael Santos, MD - 11/25/2025

Mr. Castellano is here with two painful boils on his buttocks for about a week; he cannot sit at work.
Dr. Santos is examining: right buttock 3 cm fluctuant abscess, left buttock 2 cm fluctuant abscess, both with
surrounding erythema. No fever today.
Patient asks if he needs antibiotics. Dr. Santos says drainage is the main treatment; will decide after the culture.
Provider is anesthetizing the right buttock abscess with lidocaine and incising it now. Pus expressed, cavity
probed, loculations broken. Packed with plain gauze.
Dr. Santos is now doing the same on the left buttock abscess through a separate incision. Packed.
Culture sent from the right side.
Dressings applied. Packing out in 2 days; sitz baths.

Sign-off: I&D of two separate abscesses, both buttocks, at this visit. - R. Santos, MD
""",
    "expected": E([L("10061")], dx={"10061": ["L02.31"]}),
    "coder_note": "Multiple abscesses drained at one session are one 10061 (complicated or multiple); 10060 is not "
                  "added for the second abscess (10061/10060 'more extensive').",
})

SCENARIOS.append({
    "id": "s87-il-nine-keloids-signoff-count-11901",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Keloids chest/shoulder: scribe counts 7 (sent 11900), sign-off says 9 -> 11901; Kenalog 48 mg -> J3301 x5",
    "date": "2025-10-16",
    "patient": ("Mensah", "Kwabena", "1993-10-10", "male"),
    "provider": "lindgren", "payer": "commercial", "minutes": 25,
    "conditions": [C("c1", "Keloids, anterior chest and left shoulder", "L91.0", "Anterior chest, left shoulder",
                     reason=True)],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Anterior chest",
          note="Triamcinolone 40 mg/mL, 1.2 mL total.", reasons=["c1"]),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe M. Haddad for Astrid Lindgren, MD. DOS 10/16/2025

Mr. Mensah is back for his keloid injections, 6 weeks since the last round. The chest ones itch and hurt when his
seatbelt rubs.
Dr. Lindgren examines the anterior chest: firm shiny keloids, somewhat flatter than in September.
Provider is drawing up Kenalog 40 mg/mL.
Dr. Lindgren is injecting now - presternal one, two, three, four, five; left parasternal six, seven.
Scribe steps out to room 4.
Total volume 1.2 mL of 40 mg/mL (48 mg).
Patient asks about silicone sheets. Dr. Lindgren says yes, at night, on the ones between injections.
Return in 6 weeks.

Sign-off: Correction - nine keloids injected today, not seven: I also injected two on the left shoulder after the
scribe left the room. Total Kenalog 48 mg as written. - A. Lindgren, MD
""",
    "expected": E([L("11901"), L("J3301", 5)], ["coding-correction"], dx={"11901": ["L91.0"]}),
    "coder_note": "4.8 table: more than 7 lesions -> 11901 (not 11900). J3301 per 10 mg: 48 mg -> ceil(4.8) = 5 units.",
})

SCENARIOS.append({
    "id": "s87-il-alopecia-areata-volume-corrected",
    "family": "intralesional", "shape": "note-only",
    "description": "Alopecia areata, 4 scalp patches injected; scribe 2.0 mL, sign-off 3.0 mL of 10 mg/mL -> J3301 x3",
    "date": "2025-12-03",
    "patient": ("Estrada", "Lucia", "1984-04-19", "female"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True)],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY
Scribe: P. Gutierrez. Provider: Ren Nakamura, MD. 12/03/2025.

Ms. Estrada (on Medicare for disability) is back for her alopecia areata injections. She thinks the crown patch is
filling in but there is a new one behind the left ear.
Dr. Nakamura examines the scalp: patches at the crown, right parietal, occiput, and a new one left postauricular.
Positive pull test at the edge of the new patch. Eyebrows and nails look normal.
Provider is drawing up triamcinolone acetonide 10 mg/mL.
Dr. Nakamura is injecting the four patches now with a 30-gauge needle, 0.1 mL per site about 1 cm apart.
Total volume 2.0 mL.
Patient asks about the new pill treatments. Dr. Nakamura says with four small patches injections are still the
right choice; we can revisit if it spreads.
Return in 6 weeks.

Sign-off: Four patches, as scribed, but total volume was 3.0 mL of Kenalog 10 mg/mL (30 mg) - I refilled the
syringe once. - R. Nakamura, MD
""",
    "expected": E([L("11900"), L("J3301", 3)]),
    "coder_note": "4 lesions -> 11900. Sign-off volume 3.0 mL x 10 mg/mL = 30 mg -> J3301 x3 (per 10 mg).",
})

SCENARIOS.append({
    "id": "s87-il-isotretinoin-visit-em25-acne-cysts",
    "family": "intralesional", "shape": "free-text",
    "description": "Isotretinoin monitoring visit (99214-25) + ILK to 3 acne cysts, 0.75 mg -> J3301 x1",
    "date": "2026-01-27",
    "patient": ("Whitlock", "Brady", "2006-09-02", "male"),
    "provider": "chen", "payer": "commercial-cigna", "minutes": 30, "em": "99214",
    "conditions": [C("c1", "Acne vulgaris, nodulocystic flare", "L70.0", "Face and upper back", reason=True)],
    "procedures": [
        P("Intralesional Kenalog to acne cysts", site="Left jaw, right cheek, chin",
          note="Three inflamed cysts; triamcinolone 2.5 mg/mL, 0.1 mL each, 0.3 mL total.", reasons=["c1"]),
    ],
    "note_title": "Scribed Visit Note",
    "note": """Cedar Hollow Dermatology - scribe K. Ferraro for Wei Chen, MD - 01/27/2026

Brady, 19, is here for month 3 of isotretinoin, 40 mg twice daily. iPLEDGE confirmed.
Dr. Chen is reviewing this month's labs: lipids with triglycerides 265 (up from 140), LFTs normal.
Provider asks about mood, headaches, vision, back pain: all negative. Dry lips controlled with balm.
Dr. Chen examines the face and back: improving, but three tender inflamed cysts on the left jaw, right cheek and
chin that came up this week.
Provider discusses the triglycerides: cut back on sugary drinks and alcohol, recheck in 4 weeks, no dose change yet;
if over 400 we will lower the dose. New prescription sent for the next 30 days.
Patient asks if the cysts can be injected before his sister's wedding Saturday. Dr. Chen agrees.
Dr. Chen is injecting Kenalog 2.5 mg/mL into the three cysts now, 0.1 mL each.

Sign-off: Agree. Level 4 for isotretinoin management with lab review; ILK to 3 cysts separate. - W. Chen, MD
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L70.0"]}),
    "coder_note": "Isotretinoin monitoring with lab review and prescription management is separate from the injection "
                  "decision -> 99214-25. 3 lesions -> 11900; 0.75 mg triamcinolone -> J3301 x1 (ceil).",
})

SCENARIOS.append({
    "id": "s87-mix-mtx-psoriasis-ilk-g2211-dropped",
    "family": "mixed", "shape": "note-only",
    "description": "MTX psoriasis visit + ILK to 2 plaques; sign-off asks 99214 + G2211; G2211 not payable with E/M-25",
    "date": "2025-11-05",
    "patient": ("Rasmussen", "Ingrid", "1951-03-08", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, scalp", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631"),
    ],
    "note_title": "Scribed Visit Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - SCRIBE NOTE
Scribe: A. Whitfield for Marc Baptiste, MD. 11/05/2025.

Mrs. Rasmussen is here for her methotrexate follow-up; Dr. Baptiste has treated her psoriasis for eight years.
Dr. Baptiste reviews last week's labs: MCV 102, platelets 138 (were 190), LFTs normal, creatinine stable.
Provider asks about mouth sores (one last month), infections (none), alcohol (a glass of wine on weekends).
Dr. Baptiste examines: scalp clear, trunk clear, two thick stubborn plaques on both elbows.
Dr. Baptiste is lowering methotrexate from 17.5 to 15 mg weekly because of the platelets and MCV, increasing folic
acid to daily, and ordering a CBC in 2 weeks. Prescription changes sent.
Patient asks if the elbow plaques can be injected again like last spring. Provider agrees.
Dr. Baptiste is injecting triamcinolone 10 mg/mL into the right elbow plaque and the left elbow plaque now,
0.4 mL each, 0.8 mL total.
Return in 3 months, sooner if labs change.

Sign-off: Agree. Bill 99214 with G2211 (longitudinal psoriasis care) and the ILK x2. - M. Baptiste, MD
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], dx={"99214": ["L40.0"]}),
    "coder_note": "MTX dose change for cytopenia is separate work -> 99214-25 with 11900 (2 lesions) + J3301 x1 (8 mg). "
                  "EM-6: G2211 is not payable when the E/M carries modifier 25 -> not reported despite the sign-off.",
})

SCENARIOS.append({
    "id": "s87-mix-transplant-warts-aks-biopsy-xs",
    "family": "mixed", "shape": "free-text",
    "description": "Immunosuppressed pt: 3 spreading warts (17110), 5 AKs (17000+17003x4), shave bx of back lesion; XS per PTP",
    "date": "2025-12-16",
    "patient": ("Ferreira-Lowe", "Desmond", "1956-01-25", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Verruca vulgaris, left hand, spreading", "B07.8", "Left hand", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Forehead, nose, cheeks", reason=True),
        C("c3", "New pink papule, right mid back", None, "Right mid back", reason=True),
        C("c4", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("LN2 destruction of warts", site="Left hand",
          note="3 verrucae (dorsal hand, 4th finger, thumb), spreading over 4 months, on immunosuppression.",
          reasons=["c1"]),
        P("LN2 destruction of actinic keratoses", site="Forehead, nose, cheeks",
          note="5 AKs: forehead 2, nasal dorsum 1, right cheek 1, left cheek 1.", reasons=["c2"]),
        P("Shave biopsy", site="Right mid back", note="6 mm pink shiny papule, tangential biopsy; to path.",
          reasons=["c3"]),
    ],
    "path": [{"text": "Skin, right mid back, shave biopsy: basal cell carcinoma, superficial type.",
              "site": "Right mid back"}],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - real-time scribe note
Scribe: T. Lindahl. Provider: Samuel Weiss, MD. 12/16/2025.

Mr. Ferreira-Lowe, kidney transplant on tacrolimus and prednisone, is here for his 3-month skin surveillance visit.
He says the warts on his left hand keep multiplying - one in August, three now.
Dr. Weiss examines the left hand: three verrucous papules on the dorsal hand, ring finger and thumb.
Provider is freezing the three warts with liquid nitrogen, two cycles each.
Dr. Weiss moves to the face: five gritty scaly papules - forehead two, nasal dorsum one, each cheek one.
Dr. Weiss is freezing those five AKs now, one cycle each.
On the back exam the provider finds a 6 mm pink shiny papule on the right mid back, new since September.
Dr. Weiss is doing a shave biopsy of the back lesion now. Aluminum chloride.
Patient asks if he should stop his tacrolimus. Provider says never without the transplant team; we will send
them the biopsy result.

Sign-off: Agree. Warts, AKs and the back biopsy are three separate sites/lesions. - S. Weiss, MD
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 4, "XS"), L("11102", 1, "XS")],
                  dx={"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "DS-1/DS-2/DS-3: separate lesions. 17110/17000 and 17110/17003 are indicator 1 -> XS on 17000/17003; "
                  "17110/11102 (biopsy column 2) and 11102/17000 are indicator 1 -> XS on 11102. Spreading warts in "
                  "an immunosuppressed patient meet the Novitas wart criterion (BSL-4).",
})

SCENARIOS.append({
    "id": "s87-mix-shave-sk-plus-nevus-excision-precoded-malignant",
    "family": "mixed", "shape": "pre-coded",
    "description": "Shave of irritated SK flank 1.2 cm (11302) + excision of dysplastic nevus back 1.0 cm sent as 11601 -> 11401",
    "date": "2025-11-13",
    "patient": ("Gallagher", "Siobhan", "1975-05-21", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, left flank", "L82.0", "Left flank", reason=True),
        C("c2", "Atypical nevus, right mid back", "D22.5", "Right mid back", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk, 1.1-2.0 cm", cpt="11302", site="Left flank",
          note="1.2 cm irritated SK, bleeding; shaved flush.", reasons=["c1"]),
        P("Excision, malignant lesion, trunk, 0.6-1.0 cm", cpt="11601", site="Right mid back",
          note="0.6 cm irregular nevus, 2 mm margins; simple closure.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left flank, shave: irritated seborrheic keratosis.", "site": "Left flank"},
        {"text": "Skin, right mid back, excision: compound dysplastic nevus with severe atypia, completely excised.",
         "site": "Right mid back"},
    ],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe B. Osei for Luca Marchetti, MD - 11/13/2025

Ms. Gallagher is here for two things: a crusty growth on her left side that bleeds when her waistband rubs it, and
the irregular mole on her back that Dr. Marchetti wanted out at the last visit.
Dr. Marchetti examines the left flank lesion: 1.2 cm verrucous stuck-on papule, hemorrhagic crust.
Provider is shaving it off flush with a DermaBlade now; aluminum chloride for hemostasis.
Next, the right mid back: 0.6 cm irregularly pigmented macule. Provider is worried about melanoma and wants it fully out.
Dr. Marchetti is marking 2 mm margins and excising to fat. Closing with 4-0 nylon, simple interrupted.
Both specimens to pathology.
Patient asks if she needs a wider excision if it is melanoma. Dr. Marchetti says yes, we will call her.

Sign-off: Agree. Pathology on the back came back severely atypical nevus, not melanoma; no further surgery.
- L. Marchetti, MD
""",
    "expected": E([L("11302"), L("11401")], ["coding-correction"], dx={"11302": ["L82.0"], "11401": ["D22.5"]}),
    "coder_note": "EX-3: benign vs malignant follows the final pathology; severe atypia nevus is benign -> 11401 "
                  "(0.6 + 2 x 0.2 = 1.0 cm trunk). Shave 1.2 cm trunk -> 11302. No PTP edit between them.",
})

SCENARIOS.append({
    "id": "s87-mohs-helix-bcc-three-stages-extra-block",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R helix BCC, 3 stages; sign-off fixes stage I to 6 blocks (17315 x1); complex repair helical rim 2.8 cm",
    "date": "2025-10-22",
    "patient": ("Hargreave", "Clement", "1940-11-30", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 180,
    "conditions": [C("c1", "Basal cell carcinoma, right helix", "C44.212", "Right helical rim", reason=True)],
    "note_title": "Scribed Mohs Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - MOHS SURGERY, SCRIBED IN REAL TIME
Scribe: R. Banerjee. Surgeon and pathologist: Erik Lindqvist, MD. 10/22/2025.

Mr. Hargreave is here for Mohs of the biopsy-proven nodular BCC on the right helix (biopsy 09/24, outside office).
Dr. Lindqvist is confirming the site with the patient in a hand mirror. Time-out done.
Lidocaine with epi. Provider is debulking with a curette.
Stage I is being excised now. Dr. Lindqvist is dividing it and inking: five blocks.
Dr. Lindqvist is reading stage I frozen sections himself: tumor at the posterior margin, blocks 2 and 3.
Stage II: taken from the posterior helix, three blocks. Provider reads: small focus remains at the deep margin.
Stage III: deep layer over the cartilage, two blocks. Clear.
Final defect 1.6 x 1.2 cm along the helical rim with perichondrium exposed.
Patient asks if his ear will look notched. Dr. Lindqvist is explaining the repair options.
Provider is performing the repair: debridement of the wound edges, extensive undermining of the posterior ear skin,
reconstruction of the helical rim free margin with layered 5-0 Monocryl and 6-0 nylon. Repair length 2.8 cm.
No tissue sent out. Pressure dressing. Sutures out in 1 week.

Sign-off: Correction - stage I was six blocks, not five (block 6 from the deep margin was added while the scribe
was charting). Stages II and III as written. Complex repair, helical rim, 2.8 cm. - E. Lindqvist, MD
""",
    "expected": E([L("17311"), L("17312", 2), L("17315"), L("13152")], dx={"17311": ["C44.212"]}),
    "coder_note": "MOHS-2: ear -> 17311; 3 stages -> 17312 x2; stage I had 6 blocks -> 17315 x1. REP-2/REP-3: free "
                  "margin of the helical rim -> complex, ear, 2.8 cm -> 13152 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s87-mohs-pretibial-scc-em-preop-only-removed",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs R pretibial SCC (17313 + 17314), intermediate repair 6.0 cm; same-day 99213 for pre-op talk removed",
    "date": "2026-02-03",
    "patient": ("Tolliver", "Agnes", "1944-02-14", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 150, "em": "99213",
    "conditions": [C("c1", "Squamous cell carcinoma, right pretibial leg", "C44.722", "Right pretibial leg",
                     reason=True)],
    "procedures": [
        P("Mohs micrographic surgery, trunk/arms/legs, first stage", cpt="17313", site="Right pretibial leg",
          note="4 blocks.", reasons=["c1"]),
        P("Mohs, trunk/arms/legs, additional stage", cpt="17314", site="Right pretibial leg",
          note="2 blocks, clear.", reasons=["c1"]),
        P("Repair, intermediate, extremities, 2.6-7.5 cm", cpt="12032", site="Right pretibial leg",
          note="Layered closure 6.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Scribed Mohs Note",
    "note": """Cedar Hollow Dermatology - Mohs scribe note. Scribe N. Castillo. Surgeon/pathologist: Kirsten Halvorsen, MD.
02/03/2026

Mrs. Tolliver, 81, with CLL, is here for Mohs of the biopsy-proven squamous cell carcinoma on her right shin,
2.4 cm, referred by her general dermatologist.
Dr. Halvorsen is going over the procedure, the expected wound and healing time on the shin, and answering the
daughter's questions about driving. Consent signed.
Time-out done. Lidocaine with epi.
Stage I: Dr. Halvorsen is excising and mapping four blocks, reading them herself - tumor at the 6 o'clock margin.
Stage II: two blocks from 5 to 7 o'clock. Clear.
Final defect 2.9 x 2.3 cm.
Provider is undermining and closing in layers - 4-0 Monocryl deep, 4-0 nylon to the skin. Length 6.0 cm.
Leg elevation and compression instructions. Sutures out in 14 days.
Nothing else was evaluated today.

Sign-off: Mohs R shin SCC, 2 stages, layered closure 6.0 cm. Pre-op consult included. - K. Halvorsen, MD
""",
    "expected": E([L("17313"), L("17314"), L("12032")], dx={"17313": ["C44.722"]}),
    "coder_note": "GS-3 / README: the same-day E/M is only the pre-procedure discussion and consent for a 000 procedure "
                  "-> removed. Leg (not muscle/bone involvement) -> 17313 + 17314; intermediate repair 6.0 cm leg -> 12032.",
})

SCENARIOS.append({
    "id": "s87-mohs-two-facial-bccs-repairs-summed",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of two head BCCs (nasal tip 2 stages, L temple 3 stages): 17311 x2, 17312 x3; face repairs 1.8 + 2.9 -> 12052",
    "date": "2025-12-10",
    "patient": ("Bellweather", "Ruth", "1947-08-26", "female"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 240,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip", "C44.311", "Nasal tip", reason=True),
        C("c2", "Basal cell carcinoma, left temple", "C44.319", "Left temple", reason=True),
    ],
    "procedures": [
        P("Mohs surgery, nasal tip BCC", site="Nasal tip",
          note="Stage 1: 3 blocks, positive; stage 2: 1 block, clear.", reasons=["c1"]),
        P("Mohs surgery, left temple BCC", site="Left temple",
          note="Stage 1: 4 blocks; stage 2: 2 blocks; stage 3: 1 block, clear.", reasons=["c2"]),
        P("Layered closure, nasal tip", site="Nasal tip", note="1.8 cm, 5-0 Monocryl + 6-0 nylon.",
          reasons=["c1"]),
        P("Layered closure, left temple", site="Left temple", note="2.9 cm, 5-0 Monocryl + 5-0 nylon.",
          reasons=["c2"]),
    ],
    "note_title": "Scribed Mohs Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - MOHS DAY, REAL-TIME SCRIBE
Scribe: R. Banerjee. Surgeon/pathologist: Erik Lindqvist, MD. 12/10/2025

Mrs. Bellweather has two biopsy-proven BCCs today: nasal tip and left temple (both biopsied 11/12).
Dr. Lindqvist is marking both sites; patient confirms in the mirror.
Nasal tip first. Stage 1 - three blocks, Dr. Lindqvist is reading: tumor at 2 o'clock. Stage 2 - one block, clear.
Now the left temple. Stage 1 - four blocks, positive superiorly. Stage 2 - two blocks, positive deep at 11.
Stage 3 - one block, clear.
Patient asks if she can go home between stages. Provider says she can wait in the lounge.
Repairs: Dr. Lindqvist is closing the nasal tip in layers, 1.8 cm. Then the temple in layers, 2.9 cm.
Both are intermediate closures. No flap or graft needed.
All tissue processed here. Dressings applied.

Sign-off: Agree with scribe. Two separate tumors; 2 and 3 stages; no stage over five blocks. - E. Lindqvist, MD
""",
    "expected": E([L("17311", 2), L("17312", 3), L("12052")]),
    "coder_note": "MOHS-2: each head tumor gets its own first stage 17311 (units summed, same modifiers) plus 17312 for "
                  "stages after the first: 1 + 2 = 3. REP-1: intermediate repairs in the same face group summed: "
                  "1.8 + 2.9 = 4.7 cm -> 12052.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s87-nail-two-great-toe-avulsions-precoded-11730-twice",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial avulsions R then L great toenail, sent as 11730 twice; corrected to 11730-T5 + 11732-TA",
    "date": "2025-10-28",
    "patient": ("Ouellette", "Raymond", "1952-07-19", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Ingrowing nail, both great toes", "L60.0", "Right and left great toes", reason=True)],
    "procedures": [
        P("Avulsion of nail plate, partial", cpt="11730", site="Right great toe",
          note="Medial border, digital block; done first.", reasons=["c1"]),
        P("Avulsion of nail plate, partial", cpt="11730", site="Left great toe",
          note="Lateral border, digital block; done second.", reasons=["c1"]),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe L. Ferreira for Rafael Santos, MD. 10/28/2025

Mr. Ouellette is here for painful ingrown toenails on both big toes; the right one has been draining for a week.
Dr. Santos examines: right great toe medial nail fold red, swollen with granulation tissue; left great toe lateral
fold red and tender, no drainage.
Patient asks if the nails need to come off completely. Dr. Santos says only the ingrown edges.
Provider is doing a digital block on the right great toe first, then removing the medial nail spicule with an
English anvil and hemostat. Fold cleaned.
Dr. Santos is now blocking the left great toe and removing the lateral border of the nail plate.
No matrix treatment today - patient wants to see if it recurs first.
Bacitracin, bulky dressings. Epsom soaks twice daily.

Sign-off: Partial avulsions, right great toe (first), then left great toe. - R. Santos, MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], ["coding-correction"], dx={"11730": ["L60.0"]}),
    "coder_note": "4.8 table: 11730 first nail, +11732 each additional nail; conventions: digit modifiers on nail "
                  "codes (T5 right great toe, TA left great toe).",
})

SCENARIOS.append({
    "id": "s87-nail-matrix-excision-with-avulsion-bundled",
    "family": "nails", "shape": "free-text",
    "description": "Recurrent ingrown L great toe: partial avulsion + surgical matrix excision -> 11750-TA only",
    "date": "2025-12-18",
    "patient": ("Brightwater", "Kayla", "1999-01-13", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 35,
    "conditions": [C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe", reason=True)],
    "procedures": [
        P("Partial nail avulsion, lateral border", site="Left great toe",
          note="Lateral 3 mm of the nail plate removed after digital block.", reasons=["c1"]),
        P("Excision of lateral nail matrix for permanent removal", site="Left great toe",
          note="Lateral horn of matrix excised with 15 blade and curetted to bone.", reasons=["c1"]),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe V. Mendes, documenting for Jordan Pike, MD - 12/18/2025

Ms. Brightwater is back for the left big toenail; this is the third time the lateral edge has grown in since May.
Dr. Pike examines: lateral nail fold swollen, tender, mild granulation tissue. No pus.
Provider recommends permanently narrowing the nail this time; patient agrees.
Dr. Pike is doing a digital block with 2% plain lidocaine and applying a tourniquet.
Provider is freeing and removing the lateral 3 mm of the nail plate now.
Dr. Pike is excising the lateral horn of the nail matrix with a 15 blade and curetting down to bone so it cannot regrow.
Tourniquet off, hemostasis good. Dressing applied.
Patient asks if the nail will look odd. Dr. Pike says it will be a little narrower on that side.
Wound check in 10 days.

Sign-off: Agree. Permanent partial matrixectomy (excisional), left great toe, lateral border. - J. Pike, MD
""",
    "expected": E([L("11750", 1, "TA")], dx={"11750": ["L60.0"]}),
    "coder_note": "4.8 table: 11750 (excision of nail and matrix for permanent removal) includes the avulsion of the "
                  "same nail (11750/11730 indicator 1, same nail -> no 11730). Digit modifier TA (left great toe).",
})

SCENARIOS.append({
    "id": "s87-nail-mycotic-debridement-count-corrected",
    "family": "nails", "shape": "note-only",
    "description": "Debridement of mycotic toenails: scribe says five, sign-off says seven -> 11721",
    "date": "2026-02-10",
    "patient": ("Villanueva", "Ernesto", "1960-12-22", "male"),
    "provider": "okafor", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [C("c1", "Onychomycosis, toenails, painful", "B35.1", "Toenails, bilateral", reason=True)],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY
Scribe: D. Amankwah for Adaeze Okafor, MD. 02/10/2026.

Mr. Villanueva is here for his thick toenails; they hurt in his work boots and he cannot cut them himself.
Culture last fall grew Trichophyton rubrum. He did not tolerate terbinafine (GI upset).
Dr. Okafor examines the feet: thick yellow dystrophic nails with subungual debris.
Provider is debriding the nails now with the nail nipper and the rotary burr, reducing thickness and length.
Scribe count: right great toe, right second, right third, left great toe, left second - five nails.
Patient asks about the laser his coworker had. Dr. Okafor says it is not covered and results are mixed.
Ciclopirox lacquer refilled.

Sign-off: Correction - seven nails debrided today: all toenails except both fifth toes (R 1-4, L 1-3).
- A. Okafor, MD
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "4.8 table: 6 or more nails -> 11721 (the sign-off count of seven wins over the scribe's five).",
})

SCENARIOS.append({
    "id": "s87-par-three-calluses-runner",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 3 painful plantar calluses (11056), commercial",
    "date": "2025-11-10",
    "patient": ("Lindahl", "Soren", "1983-05-03", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [C("c1", "Callosities, plantar feet", "L84", "Plantar feet", reason=True)],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="Plantar feet",
          note="Three calluses: right 1st MTP head, right 5th MTP head, left 2nd MTP head; pared with 15 blade.",
          reasons=["c1"]),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe H. Yoon for Ines Castellanos, MD. 11/10/2025

Mr. Lindahl, marathon runner, is here for painful calluses on the balls of his feet; they hurt after 10 miles.
Dr. Castellanos examines both soles: thick calluses under the right first and fifth metatarsal heads and the left
second metatarsal head. Pared areas show no pinpoint bleeding and no skin lines interrupted - calluses, not warts.
Provider is paring all three down with a 15 blade now.
Patient asks about orthotics. Dr. Castellanos suggests a running-store gait analysis and metatarsal pads.
Urea 40% cream nightly.

Sign-off: Paring x3 calluses as above. - I. Castellanos, MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8 table: paring 2-4 lesions -> 11056.",
})

SCENARIOS.append({
    "id": "s87-par-diabetic-corn-plus-plantar-wart-xs",
    "family": "paring", "shape": "pre-coded",
    "description": "Diabetic neuropathy: paring 1 corn (11055) + cryo of painful plantar wart on other foot; 17110 needs XS",
    "date": "2026-01-22",
    "patient": ("Featherstone", "Opal", "1948-09-17", "female"),
    "provider": "ramirez", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Corn, right fifth toe", "L84", "Right fifth toe, dorsolateral", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
        C("c3", "Plantar wart, left heel, painful", "B07.0", "Left heel", reason=True),
    ],
    "procedures": [
        P("Paring of single hyperkeratotic lesion", cpt="11055", site="Right fifth toe", reasons=["c1", "c2"]),
        P("Destruction of benign lesion (wart)", cpt="17110", site="Left heel", reasons=["c3"]),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe J. Okoro for Sofia Ramirez, MD - 01/22/2026

Mrs. Featherstone, type 2 diabetes with peripheral neuropathy (monofilament absent both feet, followed by her PCP),
is here for a sore corn on her right little toe and a wart on her left heel that hurts with every step.
Dr. Ramirez examines the right fifth toe: 6 mm hard corn on the dorsolateral surface over the PIP joint.
Provider is paring the corn down carefully with a 15 blade now; no bleeding.
Dr. Ramirez examines the left heel: 7 mm plantar wart with thrombosed capillaries, tender on lateral pressure.
Provider is paring the wart surface and then freezing it with liquid nitrogen, two cycles.
Patient asks if she can use a corn plaster. Dr. Ramirez says no medicated pads with her neuropathy.
Toe sleeve recommended. Return in 3 weeks for the wart.

Sign-off: Corn R 5th toe pared; separate plantar wart L heel destroyed with LN2. - S. Ramirez, MD
""",
    "expected": E([L("11055"), L("17110", 1, "XS")], dx={"11055": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "11055/17110 is PTP indicator 1 (17110 column 2); different lesions on different feet -> XS on 17110. "
                  "Routine-foot-care restriction met by diabetic neuropathy with loss of protective sensation; painful "
                  "plantar wart meets BSL-3(c).",
})

SCENARIOS.append({
    "id": "s87-patch-new-hand-dermatitis-em25-80-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt chronic hand dermatitis, new Rx (99204-25) + application of 80 patch tests (95044 x80)",
    "date": "2025-10-20",
    "patient": ("Marchetti-Hale", "Camille", "1977-02-09", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 50, "em": "99204",
    "conditions": [C("c1", "Chronic hand dermatitis", "L30.9", "Bilateral hands", reason=True)],
    "note_title": "Scribed Visit Note",
    "note": """Cedar Hollow Dermatology - scribe M. Haddad for Astrid Lindgren, MD. 10/20/2025

Ms. Marchetti-Hale, new patient, hairdresser, has had a rash on both hands for eight months, worse at work, better on
vacation. OTC hydrocortisone has not helped.
Dr. Lindgren examines the hands: lichenified scaly plaques on the dorsal hands and fingers with fissures, some
vesicles on the sides of the fingers. Feet and face clear.
Provider discusses allergic versus irritant contact dermatitis and the hairdressing chemicals.
Dr. Lindgren is prescribing clobetasol ointment twice daily for two weeks and a barrier-repair cream, and giving a
glove-use plan for work (nitrile, not latex). Prescriptions sent.
Provider recommends patch testing and the patient wants to start today.
Medical assistant is applying the patches to the upper back now under Dr. Lindgren's direction:
North American 80 comprehensive series - eighty allergens.
Patient asks if she has to stop working. Dr. Lindgren says not yet; we will know more after the readings.
No showering the back; readings at 48 hours and 96 hours.

Sign-off: Agree. New patient level 4 for the hand dermatitis work-up and prescription; patch tests x80 applied.
- A. Lindgren, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)], dx={"95044": ["L30.9"]}),
    "coder_note": "4.8 table: 95044 units = number of allergens (80, MUE 90). 95044/99204 is indicator 1; the new-problem "
                  "work-up with prescription management is separately identifiable -> 99204-25.",
})

SCENARIOS.append({
    "id": "s87-patch-placement-only-em-removed-count-fixed",
    "family": "patch-test", "shape": "note-only",
    "description": "Referred for patch testing only; 99213 selected but no separate work; scribe 50, sign-off 65 allergens",
    "date": "2025-11-17",
    "patient": ("Dunmore", "Harriet", "1953-10-28", "female"),
    "provider": "chen", "payer": "medicare-advantage", "minutes": 20, "em": "99213",
    "conditions": [C("c1", "Allergic contact dermatitis, eyelids, suspected cosmetic allergen", "L23.9", "Eyelids",
                     reason=True)],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - SCRIBE NOTE
Scribe: K. Ferraro for Wei Chen, MD - 11/17/2025

Mrs. Dunmore is here only for patch test placement. Dr. Chen saw her two weeks ago for the eyelid dermatitis and
planned the testing then; she stopped her prednisone 3 weeks ago as instructed.
Dr. Chen checks the back: clear, no active dermatitis, OK to place.
Medical assistant is applying the North American baseline series - fifty allergens - to the upper back.
Patient asks whether she can use her eye cream during testing. Dr. Chen says nothing new on the eyelids, plain
petrolatum only.
Marking of the chambers done. Readings at 48 and 96 hours.

Sign-off: Correction - 65 allergens placed: baseline 50 plus the 15-allergen cosmetic series I added today.
E/M 99213 please. - W. Chen, MD
""",
    "expected": E([L("95044", 65)]),
    "coder_note": "95044 units = allergens (sign-off 65). The visit has no work beyond placing the tests (plan made at "
                  "the prior visit) -> the 99213 is removed (95044/99213 indicator 1, no separately identifiable E/M).",
})

SCENARIOS.append({
    "id": "s87-photo-goeckerman-tar-uvb",
    "family": "phototherapy", "shape": "note-only",
    "description": "Goeckerman session: crude coal tar then UVB for psoriasis (96910); PUVA only discussed",
    "date": "2025-10-15",
    "patient": ("Kristiansen", "Arne", "1961-04-16", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Psoriasis vulgaris, extensive", "L40.0", "Trunk and extremities", reason=True)],
    "note_title": "Scribed Phototherapy Note",
    "note": """Cedar Hollow Dermatology - phototherapy unit, scribe D. Amankwah for Adaeze Okafor, MD. 10/15/2025

Mr. Kristiansen is here for session 9 of his Goeckerman course for psoriasis, about 18 percent BSA at the start.
Phototherapy nurse applied 2% crude coal tar in petrolatum to the plaques this morning; it has been on 4 hours.
Tar is being removed now with mineral oil.
Dr. Okafor checks the skin before the booth: plaques thinner on the trunk, no burning, no folliculitis.
Patient is in the UVB cabinet now; dose increased 10 percent per protocol to 620 mJ/cm2. Goggles on.
Patient asks if he could switch to PUVA because it is faster. Dr. Okafor says he is responding well to this and
PUVA has more long-term risk; stay the course.
Skin check after treatment: mild pinkness only.

Sign-off: Goeckerman (tar + UVB) session 9, tolerated. - A. Okafor, MD
""",
    "expected": E([L("96910")], dx={"96910": ["L40.0"]}),
    "coder_note": "4.8 table: tar + UVB (Goeckerman type) -> 96910 per session; NCD 250.1 covers it. PUVA only discussed.",
})

SCENARIOS.append({
    "id": "s87-photo-puva-no-prior-therapy-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA for psoriasis with no failed conventional therapy, ABN signed, Medicare FFS -> 96912-GA",
    "date": "2025-12-01",
    "patient": ("Pemberton", "Walter", "1950-08-08", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, legs", reason=True)],
    "procedures": [
        P("PUVA treatment", site="Whole body",
          note="Oral methoxsalen 2 h before UVA; first session, 1.5 J/cm2. ABN signed before treatment.",
          reasons=["c1"]),
    ],
    "note_title": "Scribed Phototherapy Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe T. Lindahl for Samuel Weiss, MD. 12/01/2025

Mr. Pemberton, psoriasis on the trunk and legs about 12 percent, is here to start PUVA. He asked for PUVA
specifically because it cleared his brother. He has not used prescription topicals or tried UVB; he says creams are
too messy.
Dr. Weiss explains that Medicare covers PUVA only after conventional treatment has failed, so it may be denied.
Patient still wants to go ahead. He reads and signs the ABN (Advance Beneficiary Notice) before treatment.
He took methoxsalen 2 hours ago. UVA goggles on; skin type II.
Patient is in the UVA cabinet now, starting dose 1.5 J/cm2.
Patient asks how many sessions. Dr. Weiss says two to three a week, about 20 to start.

Sign-off: PUVA #1. No prior failed conventional therapy; ABN on file. - S. Weiss, MD
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / COS-4: NCD 250.1 covers PUVA only after failed conventional therapy -> not reasonable and "
                  "necessary here; Medicare FFS with an ABN on file -> GA (README 'GA/GZ').",
})

SCENARIOS.append({
    "id": "s87-photo-excimer-area-sum-precoded-96920",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows and knees totalling 310 sq cm; sent as 96920, corrected to 96921",
    "date": "2026-01-29",
    "patient": ("Abernethy", "Lorna", "1969-06-25", "female"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Elbows and knees",
                     reason=True)],
    "procedures": [
        P("Excimer laser treatment for psoriasis, under 250 sq cm", cpt="96920", site="Elbows and knees",
          reasons=["c1"]),
    ],
    "note_title": "Scribed Phototherapy Note",
    "note": """Cedar Hollow Dermatology - scribe B. Osei for Luca Marchetti, MD. 01/29/2026

Ms. Abernethy is here for excimer treatment 6 of her course for localized plaque psoriasis (about 4 percent BSA,
failed 4 months of clobetasol and calcipotriene).
Dr. Marchetti is measuring the plaques being treated today:
right elbow 60 sq cm, left elbow 60 sq cm, right knee 95 sq cm, left knee 95 sq cm.
Provider is treating all four plaques with the 308 nm excimer now, dose per protocol.
Patient asks whether the scalp can be treated too. Dr. Marchetti says not today; maybe a separate hand piece later.
Mild erythema expected.

Sign-off: Excimer to both elbows and both knees, total 310 sq cm. - L. Marchetti, MD
""",
    "expected": E([L("96921")], ["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "4.8 table: excimer coded by total area treated per session: 60 + 60 + 95 + 95 = 310 sq cm -> 96921.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s87-po-suture-removal-day9-99212-to-99024",
    "family": "post-op", "shape": "pre-coded",
    "description": "Suture removal 9 days after a benign back excision (010 global); 99212 sent -> 99024",
    "date": "2026-02-11",
    "patient": ("Sorensen", "Tilde", "1988-12-12", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 10, "em": "99212",
    "em_display": "Office visit, established, straightforward",
    "conditions": [C("c1", "Encounter for surgical aftercare following surgery on the skin", "Z48.817", "Left scapula",
                     reason=True)],
    "prior": [PRIOR("2026-02-02", "11402", "Excision, benign lesion, trunk", "Left scapula",
                    "Dysplastic nevus, 0.9 cm lesion with 2 mm margins; simple closure.")],
    "note_title": "Scribed Post-op Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe P. Gutierrez for Ren Nakamura, MD. 02/11/2026.

Ms. Sorensen is here for suture removal from the excision on her left shoulder blade done 02/02.
Dr. Nakamura is inspecting the wound: well approximated, no redness, no drainage.
Provider is removing the five nylon sutures now. Steri-strips applied.
Patient asks about the pathology. Dr. Nakamura reviews it: mildly atypical nevus, completely removed, nothing further
needed except her yearly skin check.
Patient asks about scar care. Provider recommends silicone gel for 2 months and sunscreen.

Sign-off: Routine post-op suture removal, no complications. - R. Nakamura, MD
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 10-day global of the 02/02 11402 -> 99024, "
                  "no billable E/M.",
})

SCENARIOS.append({
    "id": "s87-po-new-rash-in-flap-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 49 of a cheek flap (090) global: unrelated contact dermatitis of the arms with Rx -> 99213-24",
    "date": "2025-11-19",
    "patient": ("Ingersoll", "Mabel", "1949-03-29", "female"),
    "provider": "ramirez", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [C("c1", "Allergic contact dermatitis, forearms, due to new laundry detergent", "L23.5",
                     "Bilateral forearms", reason=True)],
    "prior": [PRIOR("2025-10-01", "14040", "Adjacent tissue transfer, cheek", "Right cheek",
                    "Rotation flap after excision of BCC right cheek.")],
    "note_title": "Scribed Visit Note",
    "note": """Cedar Hollow Dermatology - scribe J. Okoro for Sofia Ramirez, MD. 11/19/2025

Mrs. Ingersoll is here for an itchy rash on both forearms for 10 days. She switched to a new scented laundry
detergent two weeks ago.
She says the flap on her right cheek from October is healing fine; her post-op check is scheduled for December and
she has no concerns about it today.
Dr. Ramirez examines the forearms: eczematous plaques with papulovesicles on the volar forearms, sharp cut-off at
the sleeve line. No other areas.
Provider diagnoses allergic contact dermatitis, likely the fragrance in the detergent.
Dr. Ramirez is prescribing triamcinolone 0.1% cream twice daily for two weeks; switch back to a fragrance-free
detergent and rewash clothes. Prescription sent.
Patient asks if she needs allergy testing. Provider says only if it does not clear once the detergent is stopped.

Sign-off: New problem unrelated to the cheek surgery; 99213. - S. Ramirez, MD
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L23.5"]}),
    "coder_note": "GS-5: an E/M for an unrelated problem inside the 90-day global of the 10/01 flap -> modifier 24. "
                  "No post-op care was given today.",
})

SCENARIOS.append({
    "id": "s87-po-new-nose-lesion-biopsy-in-excision-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "5 days after a back malignant excision (010), new nose papule shave-biopsied -> 11102-79",
    "date": "2025-12-08",
    "patient": ("Whitcombe", "Gerald", "1946-06-06", "male"),
    "provider": "baptiste", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [C("c1", "Pearly papule, left nasal sidewall", None, "Left nasal sidewall", reason=True)],
    "prior": [PRIOR("2025-12-03", "11602", "Excision, malignant lesion, trunk", "Right lower back",
                    "SCC right lower back, excised with 4 mm margins.")],
    "procedures": [
        P("Shave biopsy", site="Left nasal sidewall",
          note="4 mm pearly papule, new; tangential biopsy, AlCl3.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left nasal sidewall, shave biopsy: basal cell carcinoma, nodular.",
              "site": "Left nasal sidewall"}],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe A. Whitfield for Marc Baptiste, MD. 12/08/2025

Mr. Whitcombe, seen 12/03 for excision of an SCC on his right lower back, comes in today because his wife noticed a
shiny bump on the left side of his nose that bled on his pillowcase.
He says the back incision is fine; sutures are coming out at the visit already scheduled for next week, and
Dr. Baptiste does not look at the back today.
Dr. Baptiste examines the nose with the dermatoscope: 4 mm pearly papule with arborizing vessels.
Provider is doing a shave biopsy now after lidocaine with epi. Aluminum chloride.
Patient asks if this is the same cancer as the back. Dr. Baptiste says it looks like a different type and is
unrelated to the back surgery.

Sign-off: New, unrelated lesion, L nasal sidewall, shave biopsy. - M. Baptiste, MD
""",
    "expected": E([L("11102", 1, "79")], ["global-period"], dx={"11102": ["C44.311"]}),
    "coder_note": "GS-5: unrelated procedure on a new lesion inside the 10-day global of the 12/03 11602 -> 79.",
})

SCENARIOS.append({
    "id": "s87-rep-nasal-bcc-rhombic-flap-excision-included",
    "family": "repair", "shape": "free-text",
    "description": "Excision of nasal dorsum BCC closed with rhombic flap 4.5 sq cm: 14060 only (excision included)",
    "date": "2025-10-23",
    "patient": ("Albright", "Winifred", "1942-01-31", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 75,
    "conditions": [C("c1", "Basal cell carcinoma, nasal dorsum", "C44.311", "Nasal dorsum", reason=True)],
    "procedures": [
        P("Excision of basal cell carcinoma", site="Nasal dorsum",
          note="Lesion 0.8 cm, 3 mm margins; frozen margins not done.", reasons=["c1"]),
        P("Rhombic transposition flap", site="Nasal dorsum / sidewall",
          note="Primary defect 1.5 sq cm, secondary defect 3.0 sq cm; total 4.5 sq cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, nasal dorsum, excision: basal cell carcinoma, nodular, margins clear.",
              "site": "Nasal dorsum"}],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe N. Castillo for Kirsten Halvorsen, MD. 10/23/2025

Mrs. Albright, 83, is here for removal of the biopsy-proven BCC on her nasal dorsum. She declined Mohs because of
the long day; standard excision with flap repair was agreed at the last visit.
Dr. Halvorsen measures the lesion: 0.8 cm. Provider marks 3 mm margins and designs a rhombic flap from the left
nasal sidewall.
Consent signed, time-out. Lidocaine with epi.
Dr. Halvorsen is excising the lesion to the nasalis now; specimen tagged.
Primary defect 1.5 sq cm. Provider is incising and elevating the rhombic flap; secondary defect 3.0 sq cm.
Flap transposed and inset with 5-0 Monocryl and 6-0 nylon.
Patient asks how long the bruising lasts. Dr. Halvorsen says about a week.
Sutures out in 6 days.

Sign-off: Agree; excision BCC nasal dorsum with rhombic flap, total 4.5 sq cm. - K. Halvorsen, MD
""",
    "expected": E([L("14060")], dx={"14060": ["C44.311"]}),
    "coder_note": "FLAP-1/FLAP-2: adjacent tissue transfer on the nose, 1.5 + 3.0 = 4.5 sq cm -> 14060; the excision of "
                  "the same lesion is included (14060/11641 indicator 1, same lesion -> no excision line).",
})

SCENARIOS.append({
    "id": "s87-rep-two-face-layered-closures-precoded-12051-x2",
    "family": "repair", "shape": "pre-coded",
    "description": "Two benign facial excisions with layered closures 2.0 + 1.5 cm sent as 12051 twice -> 12052 x1",
    "date": "2025-12-15",
    "patient": ("Drummond", "Fiona", "1956-10-05", "female"),
    "provider": "castellanos", "payer": "medicare-ngs", "minutes": 55,
    "conditions": [
        C("c1", "Enlarging nevus, left cheek", "D22.39", "Left cheek", reason=True),
        C("c2", "Nevus traumatized by eyeglass temple, right temple", "D22.39", "Right temple", reason=True),
    ],
    "procedures": [
        P("Excision, benign lesion, face, 1.1-2.0 cm", cpt="11442", site="Left cheek",
          note="0.8 cm lesion, 2 mm margins.", reasons=["c1"]),
        P("Excision, benign lesion, face, 0.6-1.0 cm", cpt="11441", site="Right temple",
          note="0.5 cm lesion, 2 mm margins.", reasons=["c2"]),
        P("Repair, intermediate, face, 2.5 cm or less", cpt="12051", site="Left cheek",
          note="Layered closure 2.0 cm.", reasons=["c1"]),
        P("Repair, intermediate, face, 2.5 cm or less", cpt="12051", site="Right temple",
          note="Layered closure 1.5 cm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left cheek: compound melanocytic nevus, no atypia, excised.", "site": "Left cheek"},
        {"text": "Skin, right temple: intradermal nevus with erosion and hemorrhage, excised.",
         "site": "Right temple"},
    ],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe H. Yoon for Ines Castellanos, MD - 12/15/2025

Mrs. Drummond is here to have two moles removed. The left cheek one has doubled in size since spring by her photos.
The right temple one sits under the arm of her glasses and has bled three times this fall.
Dr. Castellanos measures: left cheek 0.8 cm pink-brown papule; right temple 0.5 cm papule with crust.
Provider marks 2 mm margins on both. Consent signed. Lidocaine with epi.
Dr. Castellanos is excising the left cheek lesion and closing in layers, 5-0 Monocryl and 6-0 Prolene, 2.0 cm.
Now the right temple: excised and closed in layers, 1.5 cm.
Patient asks about scarring. Provider says the lines follow her natural creases.
Both specimens to pathology. Sutures out in 6 days.

Sign-off: Agree. Left cheek lesion enlarging; right temple lesion repeatedly traumatized and bleeding.
- I. Castellanos, MD
""",
    "expected": E([L("11442"), L("11441"), L("12052")], ["coding-correction"], dx={"11442": ["D22.39"]}),
    "coder_note": "REP-1: intermediate repairs in the same group (face) are summed: 2.0 + 1.5 = 3.5 cm -> 12052 x1. "
                  "Excisions: 0.8 + 0.4 = 1.2 (11442), 0.5 + 0.4 = 0.9 (11441). BSL-3 (e) enlargement and (a)/(l) "
                  "bleeding with documented trauma -> covered.",
})

SCENARIOS.append({
    "id": "s87-shave-three-sites-scalp-size-corrected",
    "family": "shave", "shape": "note-only",
    "description": "Shaves: arm 0.4 (11300), scalp re-measured 1.2 by sign-off (11307), ear 0.7 (11311)",
    "date": "2025-11-04",
    "patient": ("Kettering", "Howard", "1958-02-02", "male"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, left upper arm", "L82.0", "Left upper arm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, scalp", "L82.0", "Scalp, left parietal", reason=True),
        C("c3", "Irritated seborrheic keratosis, right helix", "L82.0", "Right helix", reason=True),
    ],
    "path": [{"text": "A left upper arm, B scalp, C right helix (shaves): irritated seborrheic keratoses."}],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY
Scribe: S. Park for Chidi Okonkwo, MD. 11/04/2025.

Mr. Kettering has three growths that keep getting irritated: one on the left upper arm that catches on his watch
strap when he reaches, one on the scalp that his comb scrapes until it bleeds, and one on the right ear rim that
hurts when he sleeps on that side.
Dr. Okonkwo is examining them now: left upper arm 0.4 cm red crusted papule; scalp crusted papule about 0.8 cm;
right helix 0.7 cm inflamed papule.
Provider is numbing each one and removing them by shave, flush with the skin, using a DermaBlade.
Hemostasis with aluminum chloride on each. Specimens A (arm), B (scalp), C (ear) to pathology.
Patient asks if they will grow back. Dr. Okonkwo says occasionally.

Sign-off: Correction - the scalp lesion measured 1.2 cm once the crust was off; I re-measured before the shave.
Arm and ear sizes as scribed. - C. Okonkwo, MD
""",
    "expected": E([L("11300"), L("11307"), L("11311")], dx={"11307": ["L82.0"]}),
    "coder_note": "SH-1: arm (TAL) 0.4 -> 11300; scalp (SNHFG) 1.2 per the sign-off -> 11307; ear (FEENLM) 0.7 -> 11311.",
})

SCENARIOS.append({
    "id": "s87-shave-neck-no-size-nose-documented",
    "family": "shave", "shape": "free-text",
    "description": "Shave of irritated neck SK with no size (no line) + nose nevus 0.5 cm (11310)",
    "date": "2026-01-06",
    "patient": ("Pennington", "Rosalind", "1951-11-19", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, right neck", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Bleeding intradermal nevus, nasal tip", "D22.39", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right lateral neck",
          note="Irritated SK rubbed by necklace, bleeding; shaved flush.", reasons=["c1"]),
        P("Shave removal", site="Nasal tip",
          note="0.5 cm dome-shaped papule that bleeds with nose blowing; shaved.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right neck, shave: irritated seborrheic keratosis.", "site": "Right neck"},
        {"text": "Skin, nasal tip, shave: intradermal melanocytic nevus.", "site": "Nasal tip"},
    ],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe L. Ferreira for Rafael Santos, MD - 01/06/2026

Mrs. Pennington has a growth on her right neck that her necklace keeps catching, and a bump on the tip of her nose
that bleeds when she blows her nose.
Dr. Santos is looking at the neck lesion: stuck-on brown papule with fresh blood and crust.
Provider is shaving it flush with the skin now; aluminum chloride.
Next the nose: 0.5 cm skin-colored dome-shaped papule with a small erosion. Dr. Santos is shaving it now.
Both specimens to pathology.
Patient asks whether the neck one was cancer. Dr. Santos says it looks like a benign seborrheic keratosis; we will
confirm with pathology.

Sign-off: Agree, two shave removals as above. - R. Santos, MD
""",
    "expected": E([L("11310")], ["missing-documentation"], dx={"11310": ["D22.39"]}),
    "coder_note": "README 'Coding decisions': the neck lesion has no documented diameter anywhere -> no 11305-11308 line, "
                  "missing-documentation. Nose (FEENLM) 0.5 cm -> 11310.",
})

SCENARIOS.append({
    "id": "s87-shave-removal-sent-as-biopsy-precoded",
    "family": "shave", "shape": "pre-coded",
    "description": "Complete shave removal of a 1.1 cm pedunculated nevus on the back sent as 11102 -> 11302",
    "date": "2025-10-27",
    "patient": ("Ayodele", "Funmi", "1991-04-04", "female"),
    "provider": "okafor", "payer": "medicaid", "minutes": 15,
    "conditions": [C("c1", "Pedunculated nevus, mid back, traumatized by bra strap", "D22.5", "Mid back",
                     reason=True)],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Mid back",
          note="Lesion removed at its base with a DermaBlade; sent to path.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, mid back, shave: intradermal nevus, papillomatous, base clear.", "site": "Mid back"}],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe D. Amankwah for Adaeze Okafor, MD - 10/27/2025

Ms. Ayodele wants the floppy mole on her back taken off; her bra strap catches it and it bled twice last month.
Dr. Okafor examines: 1.1 cm soft pedunculated flesh-colored papule on the mid back, uniform on dermoscopy.
Provider says this looks like a benign nevus and recommends removing the whole thing, not just a sample.
Dr. Okafor is numbing the base and removing the entire lesion with a shave at skin level now. Aluminum chloride.
Specimen to pathology for confirmation.
Patient asks if it will leave a mark. Provider says a small flat pink spot that fades.

Sign-off: Shave removal of the entire lesion (therapeutic), not a biopsy. - A. Okafor, MD
""",
    "expected": E([L("11302")], ["coding-correction"], dx={"11302": ["D22.5"]}),
    "coder_note": "BX-4: intent decides; the whole lesion was removed therapeutically by shave -> shave removal, trunk, "
                  "1.1 cm -> 11302 instead of the biopsy code.",
})

SCENARIOS.append({
    "id": "s87-tags-symptomatic-count-corrected-22",
    "family": "skin-tags", "shape": "note-only",
    "description": "Symptomatic skin tags neck/axillae; scribe counts 14, sign-off 22 -> 11200 + 11201 x1",
    "date": "2025-11-24",
    "patient": ("Greenhalgh", "Norma", "1955-07-27", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [C("c1", "Acrochordons, neck and axillae, irritated and bleeding", "L91.8", "Neck, both axillae",
                     reason=True)],
    "note_title": "Scribed Procedure Note",
    "note": """Cedar Hollow Dermatology - scribe T. Lindahl for Samuel Weiss, MD. 11/24/2025

Mrs. Greenhalgh is here for skin tags on her neck and in both armpits. The neck ones get twisted by her necklace and
bled onto her blouse twice; the armpit ones are red and sore from rubbing and her deodorant stings them.
Dr. Weiss examines: multiple pedunculated skin tags on the neck, several inflamed and crusted; more in both axillae,
some red and swollen.
Provider is snipping them with curved iris scissors now, aluminum chloride for bleeding.
Scribe count so far: neck fourteen.
Patient asks if more will grow. Dr. Weiss says probably over the years.

Sign-off: Correction to the count - 22 tags removed in total: 14 on the neck plus 8 in the axillae (4 each side)
done after the scribe's count. All symptomatic. - S. Weiss, MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "Conventions: 11200 covers up to 15 tags, 11201 per additional 10: ceil((22 - 15) / 10) = 1. Bleeding "
                  "and inflammation documented (BSL-3 a/g) -> covered, no GY.",
})

SCENARIOS.append({
    "id": "s87-tags-asymptomatic-medicare-no-abn-gy",
    "family": "skin-tags", "shape": "free-text",
    "description": "Nine asymptomatic neck skin tags removed at patient's request, Medicare FFS, no ABN -> 11200-GY",
    "date": "2026-02-05",
    "patient": ("Lockwood", "Bernard", "1950-05-15", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Acrochordons, neck", "L91.8", "Neck", reason=True)],
    "procedures": [
        P("Removal of skin tags", site="Neck",
          note="Nine tags snipped; asymptomatic, removed for appearance at patient request.", reasons=["c1"]),
    ],
    "note_title": "Scribed Procedure Note",
    "note": """CEDAR HOLLOW DERMATOLOGY - scribe K. Ferraro for Wei Chen, MD. 02/05/2026

Mr. Lockwood is asking to have the skin tags on his neck removed; his wife does not like how they look.
Dr. Chen asks if they itch, bleed, get caught or hurt. Patient says no, never.
Dr. Chen examines: nine small soft pedunculated tags on the sides of the neck, no inflammation, no crusting.
Provider explains removal for looks is cosmetic and Medicare will not pay; patient says that is fine and wants them off.
Dr. Chen is snipping the nine tags with iris scissors now. Aluminum chloride.
Patient asks about the brown spots on his forehead. Dr. Chen says those are sun spots, nothing to do today.

Sign-off: Cosmetic skin tag removal x9, asymptomatic. - W. Chen, MD
""",
    "expected": E([L("11200", 1, "GY")], ["cosmetic"], dx={"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4: asymptomatic tags with no BSL-3 reason are a statutory (cosmetic) exclusion -> GY; no "
                  "ABN documented, so no GX.",
})
