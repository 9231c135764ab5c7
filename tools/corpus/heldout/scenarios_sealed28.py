"""Sealed set 28 (s28-): claim review for a high-volume NP/PA dermatology practice in a Florida retirement
community (ModMed EMA charge grids, terse APRN/PA notes). Mostly Medicare FFS and Medicare Advantage patients
in their 70s-90s.

Practice (note headers): Sabal Trace Dermatology, Lady Lake office. Note authors: June Abernathy APRN
(abernathy), Astrid Lindgren PA-C (lindgren), Rafael Santos PA-C (santos), Ines Castellanos DNP APRN
(castellanos); supervising/surgical physicians Samuel Weiss MD (weiss) and Luca Marchetti MD, Mohs (marchetti).
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-ds-ak-words-fifteen-total",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to AKs counted in words by site (eleven face/scalp + four hands = 15); long exam of untreated benign findings",
    "date": "2026-01-06",
    "patient": ("Pruitt", "Eldon", "1941-08-19", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face, scalp and dorsal hands", "L57.0", "Face, scalp, dorsal hands", reason=True),
        C("c2", "Seborrheic keratoses, trunk", "L82.1", "Back and chest"),
        C("c3", "Cherry angiomas", "D18.01", "Trunk"),
        C("c4", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Office Visit - Established",
    "note": """SABAL TRACE DERMATOLOGY - LADY LAKE
Established patient visit                                 DOS 01/06/2026
Provider: June Abernathy, APRN

CC: "rough spots are back" on face, head and hands.
HPI: 84 y/o M, hx BCC L shoulder (excised 2021). Gets scaly spots every winter. Here for treatment.
Not on blood thinners. Uses no sunscreen despite counseling.

PE: Skin exam of scalp, face, ears, neck, chest, back, arms, hands performed.
 - Gritty erythematous scaly papules c/w actinic keratoses:
     scalp (bald crown): six
     forehead: three
     R cheek: two
     dorsal hands: four (R 3, L 1)
 - Back/chest: multiple waxy stuck-on brown papules c/w SKs, none inflamed, none irritated.
 - Trunk: scattered cherry angiomas 1-3 mm.
 - Forearms: solar lentigines, senile purpura.
 - L shoulder scar: well healed, no nodularity.
 - No suspicious pigmented lesions.

A/P:
1. Actinic keratoses - scalp/face/hands as above (eleven on the head and face, four on the hands).
   Destruction by liquid nitrogen cryotherapy, 2 freeze-thaw cycles each. Total treated: 15.
   Verbal consent; expect blistering/crusting. Discussed field tx (5-FU) for next winter - he declines for now.
2. SKs - benign, reassured. Not treated.
3. Cherry angiomas, lentigines, purpura - benign, no tx.
4. Hx BCC - no evidence of recurrence.

RTC 6 months for skin check, sooner prn.
June Abernathy, APRN
""",
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 6+3+2+4 = 15 AKs -> 17004 x1 instead of 17000/17003. SKs, angiomas, lentigines not treated, "
                  "not coded. No E/M selected.",
})

SCENARIOS.append({
    "id": "s28-ds-ak-grid-17003-units-wrong",
    "family": "destruction", "shape": "pre-coded",
    "description": "EMA grid 17000 + 17003 x9 but note counts 7 AKs (3+2+2) -> 17003 x6; Medicare Advantage",
    "date": "2026-01-08",
    "patient": ("Kowalczyk", "Irene", "1946-02-27", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Forearms and scalp", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", "17000", "Right forearm",
          note="Liquid nitrogen, 2 FTC.", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each", "17003", "Forearms, scalp",
          note="EMA charge capture: Qty 9", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": """Sabal Trace Dermatology
Astrid Lindgren, PA-C                       01/08/2026

79F here for AK treatment, last tx 8 mo ago. Otherwise well.

Exam: hypertrophic and thin scaly pink papules:
  R dorsal forearm x3
  L dorsal forearm x2
  vertex scalp x2
No other lesions of concern on limited exam. L forearm SK (tan, stuck-on) unchanged - not treated.

Procedure: Cryotherapy with LN2, 2 freeze-thaw cycles, to 7 AKs total (R forearm 3, L forearm 2,
scalp 2). Pt tolerated well. Wound care reviewed.

Imp: Actinic keratoses x7.
Plan: sunscreen daily, hat. Recheck 6 mo.
""",
    "expected": E([L("17000"), L("17003", 6)], topics=["coding-correction"], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 7 lesions -> 17000 + 17003 x6; the grid's 17003 x9 overstates the count.",
})

SCENARIOS.append({
    "id": "s28-ds-edc-two-bccs-back-arm",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of two biopsy-proven BCCs: mid back (0.7 lesion / 0.9 defect) and L upper arm (0.4 / 0.5); Medicare",
    "date": "2026-01-12",
    "patient": ("Ambrose", "Clifford", "1938-11-03", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, mid back", "C44.519", "Mid back", reason=True),
        C("c2", "Basal cell carcinoma, left upper arm", "C44.619", "Left upper arm", reason=True),
        C("c3", "History of squamous cell carcinoma, right hand", "Z85.828", history=True),
    ],
    "prior": [
        PRIOR("2025-12-18", "11102", "Tangential biopsy", "Mid back"),
    ],
    "procedures": [
        P("Electrodesiccation and curettage, malignant lesion", site="Mid back",
          note="Bx 12/18/25 superficial BCC. Lesion 0.7 cm. Curette x3 cycles with desiccation. Final defect 0.9 cm.",
          reasons=["c1"]),
        P("Electrodesiccation and curettage, malignant lesion", site="Left upper arm",
          note="Bx 12/18/25 nodular BCC. Lesion 0.4 cm. 3 cycles curettage/ED. Final defect 0.5 cm.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note - ED&C",
    "note": """SABAL TRACE DERMATOLOGY
ED&C x2                                    DOS 01/12/2026
Rafael Santos, PA-C

87 y/o M returns for tx of 2 BCCs biopsied 12/18/2025 (path: superficial BCC mid back; nodular BCC
L upper arm). Pt prefers ED&C over excision. Risks/benefits/alternatives reviewed including Mohs referral
and excision, recurrence risk, hypopigmented scar. Consent signed.

Site 1 - mid back. Pre-op lesion 0.7 cm. 1% lido w/ epi 2 mL. Curettage and electrodesiccation,
three cycles. Final defect 0.9 cm.
Site 2 - L upper arm. Pre-op lesion 0.4 cm. 1% lido w/ epi 1 mL. Three cycles C&D. Final defect 0.5 cm.

Hemostasis achieved, vaseline and bandage. No complications.
Incidental: R flank SK, asymptomatic - left alone. R hand SCC scar (2019) clear.

Plan: wound care handout; RTC 3 mo full skin check. Call for signs of infection.
""",
    "expected": E([L("17261"), L("17260")], dx={"17261": ["C44.519"], "17260": ["C44.619"]}),
    "coder_note": "DS-4: malignant destruction by site group and size; both lesion size and final defect fall in the "
                  "same band (0.7/0.9 -> 17261 TAL 0.6-1.0; 0.4/0.5 -> 17260). Prior biopsy is 000 global: no 79.",
})

SCENARIOS.append({
    "id": "s28-ds-irritated-sk-plus-aks-xs",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 3 inflamed SKs (bra line) and 4 AKs same visit: 17110 + 17000-XS + 17003 x3-XS; Medicare FFS",
    "date": "2026-01-13",
    "patient": ("Delacroix", "Bernadette", "1944-05-30", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratoses, back (bra line)", "L82.0", "Back", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Face", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """Sabal Trace Dermatology - Lady Lake
Ines Castellanos, DNP, APRN                                01/13/2026

S: 81F. "Crusty spots on my back keep catching on my bra and bleeding." Also sandpaper spots on face.
O: Back, along bra line: three 6-9 mm stuck-on keratotic papules, erythematous base, hemorrhagic crust,
   one with serous oozing - inflamed/irritated SKs.
   Face: R temple x1, L cheek x2, nasal dorsum x1 - gritty scaly erythematous papules (AK).
   Other SKs on the abdomen, non-inflamed - not treated; pt aware these are benign.
A/P:
 1) Inflamed SKs x3, back - symptomatic (bleeding, irritation from bra strap). LN2 cryo, 2 cycles each.
 2) AKs x4, face - LN2 cryo, 2 cycles each.
 Separate lesions, separate sites. Post-cryo care reviewed.
 Return 4-6 wk prn if any lesion persists.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")],
                  dx={"17110": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "DS-2/DS-3: inflamed, bleeding SKs meet BSL-3 -> 17110. AKs 17000 + 17003 x3. PTP 17110/17000 and "
                  "17110/17003 are indicator 1 with the AK codes in column 2: different lesions -> XS on both.",
})

SCENARIOS.append({
    "id": "s28-ds-ak-count-missing-plus-bx",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 to 'multiple' AKs with no count (no line) + tangential bx of chest lesion (SCCIS); MA",
    "date": "2026-01-15",
    "patient": ("Halloran", "Vincent", "1943-04-12", "male"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and forehead", "L57.0", "Scalp, forehead", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right upper chest", "D04.5", "Right upper chest", reason=True),
    ],
    "procedures": [
        P("Cryotherapy - AKs", site="Scalp and forehead",
          note="LN2, 2 FTC. Multiple AKs treated.", reasons=["c1"]),
        P("Shave biopsy", site="Right upper chest",
          note="1.1 cm scaly pink plaque, r/o SCC vs BCC. DermaBlade tangential bx, AlCl3 hemostasis. Sent to path.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right upper chest, shave biopsy: squamous cell carcinoma in situ (Bowen disease), "
                 "extending to the peripheral margin.", "site": "Right upper chest", "date": "2026-01-19"},
    ],
    "note_title": "Office Visit",
    "note": """SABAL TRACE DERMATOLOGY
June Abernathy, APRN                   01/15/2026

82 y/o M - AKs scalp/forehead, and a pink spot on chest x 3 mo that won't heal.
PE: scalp and forehead with multiple scaly erythematous papules c/w AKs. R upper chest 1.1 cm scaly pink plaque.
Procedures:
 - Cryotherapy of multiple AKs on scalp and forehead, LN2 x2 cycles.
 - Tangential (shave) biopsy R upper chest lesion, hemostasis AlCl3, to dermpath.
A/P: AKs - treated as above. Chest lesion r/o SCC vs BCC - f/u path; if malignant will schedule
excision or ED&C. Sunscreen.
""",
    "expected": E([L("11102")], topics=["missing-documentation"], dx={"11102": ["D04.5"]}),
    "coder_note": "README coding decisions: no AK count documented anywhere -> no 17000/17003/17004 line + "
                  "missing-documentation. Biopsy coded from final path (SCCIS trunk D04.5).",
})

# ---------------------------------------------------------------------------------------------------------------
# Biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-bx-punch-shin-two-shaves-fse",
    "family": "biopsy", "shape": "note-only",
    "description": "FSE with many benign findings; punch bx L shin (SCC) + shave bx back (BCC) + shave bx R cheek (ISK)",
    "date": "2026-01-20",
    "patient": ("Ostrowski", "Walter", "1937-12-09", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left shin", "C44.729", "Left shin", reason=True),
        C("c2", "Basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
        C("c3", "Inflamed seborrheic keratosis, right cheek", "L82.0", "Right cheek", reason=True),
        C("c4", "Seborrheic keratoses, multiple", "L82.1", "Trunk"),
        C("c5", "Solar lentigines", "L81.4", "Dorsal hands, face"),
        C("c6", "History of BCC", "Z85.828", history=True),
    ],
    "path": [
        {"text": "A. Skin, left shin, punch biopsy: invasive squamous cell carcinoma, well differentiated.\n"
                 "B. Skin, right upper back, shave biopsy: basal cell carcinoma, superficial and nodular types.\n"
                 "C. Skin, right cheek, shave biopsy: irritated seborrheic keratosis.",
         "site": "Left shin; right upper back; right cheek", "date": "2026-01-23"},
    ],
    "note_title": "Dermatology Progress Note",
    "note": """SABAL TRACE DERMATOLOGY - LADY LAKE                      DOS: 01/20/2026
Rafael Santos, PA-C

CC: Full skin exam, hx BCC. Wife noticed a sore on his L shin.
HPI: 88M, BCC nose 2018 (Mohs). L shin lesion x 2 mo, tender, bled once. R cheek spot itches.
Meds: amlodipine, atorvastatin, ASA 81. NKDA.

EXAM: Full skin exam (scalp, face, ears, neck, chest, abdomen, back, buttocks, arms, hands, legs, feet):
- Scalp: mild seb derm scale, no lesions
- Face: nasal Mohs scar - no recurrence. R cheek 5 mm tan keratotic papule, inflamed base.
- Trunk: >20 SKs, none inflamed. Scattered cherry angiomas. 2 benign-appearing nevi on back, symmetric.
- R upper back: 8 mm pearly pink papule with telangiectasia.
- Arms: solar lentigines, senile purpura, stellate pseudoscars.
- L shin: 1.0 cm hyperkeratotic crusted nodule, tender.
- Legs: xerosis, varicosities, no ulcers. Feet: tinea-type scale, pt declines tx.
- Nails: mild onychodystrophy toes, asymptomatic.

PROCEDURES (consent signed, lido w/ epi):
1. Punch biopsy, 4 mm, L shin nodule - r/o SCC. 1 simple 4-0 nylon suture.
2. Shave biopsy, R upper back papule - r/o BCC. AlCl3.
3. Shave biopsy, R cheek keratotic papule - r/o ISK vs SCC. AlCl3.
All 3 specimens to dermpath, separately labeled.

A/P:
- Lesions as above, f/u path. Tx options (excision, ED&C, Mohs) to be discussed once path back.
- SKs, angiomas, lentigines, nevi, purpura, xerosis - benign; reassurance; emollient.
- Hx BCC - NED.
Suture removal L shin 10-14 days. RTC after path.
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["C44.729"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary + 11103 x2 for the two shave biopsies. Benign "
                  "findings of the full-skin exam are not coded. No E/M selected.",
})

SCENARIOS.append({
    "id": "s28-bx-grid-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Old EMA template billed 11100 + 11101 for two tangential biopsies -> 11102 + 11103; MA",
    "date": "2026-01-21",
    "patient": ("Fairweather", "Dolores", "1949-07-14", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Neoplasm of uncertain behavior - R temple", None, "Right temple", reason=True),
        C("c2", "Neoplasm of uncertain behavior - L forearm", None, "Left forearm", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Right temple",
          note="Tangential (shave) biopsy with DermaBlade; Drysol hemostasis.", reasons=["c1"]),
        P("Biopsy of skin, each separate/additional lesion", "11101", "Left forearm",
          note="Tangential (shave) biopsy; Drysol hemostasis.", reasons=["c2"]),
    ],
    "path": [
        {"text": "1) Right temple, shave: basal cell carcinoma, nodular type, transected at base.\n"
                 "2) Left forearm, shave: hypertrophic actinic keratosis.", "site": "Right temple; left forearm",
         "date": "2026-01-26"},
    ],
    "note_title": "Biopsy Note",
    "note": """Sabal Trace Dermatology
A. Lindgren PA-C    01/21/2026

76F, 2 new spots. R temple pearly papule 6 mm x 2 mo. L forearm 7 mm keratotic papule, tender.
PMH: HTN, osteopenia. Meds: HCTZ, calcium/D. NKDA. No anticoagulants.
Exam: R temple 6 mm pearly papule w/ telangiectasia. L dorsal forearm 7 mm hyperkeratotic papule.
Background: mild photodamage, lentigines, scattered SKs on trunk - benign, no tx.
Dx: neoplasm unspecified behavior x2 - r/o BCC (temple), r/o SCC vs HAK (forearm).
Proc: shave biopsies x2 (R temple, L forearm), consent, lido w/ epi, Drysol, bandage. Both to path.
F/u: call w/ results. RTC for definitive tx if malignant.
Wound care: vaseline + bandage daily until healed.
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 deleted 12/31/2018; two tangential biopsies -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s28-bx-em25-stasis-dermatitis-plus-shave-bx",
    "family": "biopsy", "shape": "free-text",
    "description": "Est pt: stasis dermatitis flare managed with Rx (99213-25) + shave bx of separate chest lesion; Medicare",
    "date": "2026-01-22",
    "patient": ("Mayhew", "Roland", "1940-03-25", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Stasis dermatitis, bilateral lower legs", "I87.2", "Bilateral lower legs", reason=True),
        C("c2", "Basal cell carcinoma, superficial, left upper chest", "C44.519", "Left upper chest", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", site="Left upper chest",
          note="0.8 cm scaly pink patch with rolled border. Shave bx to mid dermis, AlCl3.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left upper chest, shave biopsy: superficial basal cell carcinoma.",
         "site": "Left upper chest", "date": "2026-01-26"},
    ],
    "note_title": "Established Patient Visit",
    "note": """SABAL TRACE DERMATOLOGY                           01/22/2026
Ines Castellanos DNP APRN

CC: legs itchy and weepy x 3 wk; also a spot on chest.
HPI: 85M w/ CHF, venous insufficiency, BLE edema. Itching and weeping both shins, worse at night.
Not wearing compression. Chest: pink scaly spot x 4 mo, not healing.

Exam: BLE 2+ pitting edema, hyperpigmented brawny skin, erythematous scaly weeping plaques both
medial shins, no ulceration, no warmth/streaking. L upper chest 0.8 cm pink scaly patch, pearly rolled border.

A/P:
1. Stasis dermatitis BLE, flaring - triamcinolone 0.1% ointment BID x 2 wk then prn (Rx sent),
   petrolatum, leg elevation, compression 15-20 mmHg once weeping settles. Discussed with pt and
   daughter; will message PCP re: diuretic/edema control. Recheck 4 wk.
2. Lesion L upper chest, r/o BCC - tangential biopsy performed today, see procedure. F/u path.

E/M: 99213 (stasis dermatitis management, separate from biopsy).
""",
    "expected": E([L("99213", 1, "25"), L("11102")], dx={"11102": ["C44.519"]}),
    "coder_note": "GS-3: stasis dermatitis evaluated and treated with prescription drug management is significant "
                  "and separately identifiable from the biopsy decision -> 99213-25 + 11102.",
})

SCENARIOS.append({
    "id": "s28-bx-eight-shaves-cll-mue",
    "family": "biopsy", "shape": "pre-coded",
    "description": "CLL pt, 8 tangential biopsies; grid 11102 + 11103 x7 -> 11103 capped at MUE 6; Medicare FFS",
    "date": "2026-01-27",
    "patient": ("Brandvold", "Harold", "1939-09-01", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Neoplasms of skin, multiple, biopsied", None, "Multiple sites", reason=True),
        C("c2", "Chronic lymphocytic leukemia of B-cell type, not in remission", "C91.10", history=True),
    ],
    "procedures": [
        P("Tangential biopsy, first lesion", "11102", "Scalp, vertex", reasons=["c1"]),
        P("Tangential biopsy, each additional lesion", "11103", "Left temple; nasal tip; right preauricular; right forearm x2; "
          "left forearm; left dorsal hand",
          note="EMA charge capture: Qty 7", reasons=["c1"]),
    ],
    "path": [
        {"text": "A. Scalp vertex: SCC, well differentiated. B. L temple: BCC nodular. C. Nasal tip: BCC nodular. "
                 "D. R preauricular: SCC in situ. E. R forearm proximal: keratoacanthoma-type SCC. F. R forearm "
                 "distal: hypertrophic AK. G. L forearm: SCC in situ. H. L hand dorsum: SCC, well differentiated.",
         "site": "Multiple", "date": "2026-01-30"},
    ],
    "note_title": "Procedure Note - Biopsies",
    "note": """Sabal Trace Dermatology - Lady Lake
Samuel Weiss, MD                               01/27/2026

86M with CLL on ibrutinib, hx >30 NMSC. Sent in by oncology for "new bumps everywhere".
Exam: 8 lesions suspicious for keratinocyte carcinoma, each clinically distinct:
 A scalp vertex 1.2 cm crusted nodule     E R proximal forearm 0.9 cm crateriform nodule
 B L temple 0.6 cm pearly papule          F R distal forearm 0.7 cm hyperkeratotic papule
 C nasal tip 0.5 cm pearly papule         G L forearm 1.0 cm scaly plaque
 D R preauricular 0.8 cm scaly plaque     H L dorsal hand 1.1 cm keratotic nodule
Procedure: tangential (shave) biopsies x 8 (A-H). Lido w/ epi, AlCl3. 8 separately labeled containers.
No other procedure today. Many AKs noted on arms - will treat at next visit, NOT today.
Plan: tumor board style review once path back; likely combination of Mohs (face) and excision/ED&C.
Discussed with oncology re: immunosuppression.
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "BX-2: 8 tangential biopsies -> 11102 + 11103 x7, but 11103 MUE is 6 (MAI 3) -> capped at 6 with an "
                  "mue finding (README coding decisions). AKs not treated.",
})

# ---------------------------------------------------------------------------------------------------------------
# E/M
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-em-screening-fse-voluntary-abn",
    "family": "em", "shape": "note-only",
    "description": "New Medicare FFS pt, screening-only skin check, no history/complaint/findings, voluntary ABN -> 99203 GX GY",
    "date": "2026-01-28",
    "patient": ("Lindqvist-Moore", "Sharon", "1953-10-22", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """SABAL TRACE DERMATOLOGY - NEW PATIENT
June Abernathy, APRN                                      01/28/2026

CC: "Just want a skin check." Recently moved to FL from Ohio; friends told her to get checked.
HPI: 72F, no skin complaints. No new or changing moles, nothing bleeding or itching.
No personal or family hx of skin cancer or melanoma. No prior biopsies.
Meds: levothyroxine. Allergies: sulfa.

Exam: full skin exam incl scalp, face, ears, neck, trunk, buttocks, extremities, palms/soles, nails.
No suspicious or notable lesions identified.

A/P: Skin cancer screening, asymptomatic. Normal exam. Sun protection and self-exam taught.
Pt informed Medicare does not cover screening skin exams; she signed the voluntary notice (ABN) and
agreed to pay. Return yearly or prn.
""",
    "expected": E([L("99203", 1, "GX", "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare screening-only full-skin exam (no history, no complaint, nothing found) -> "
                  "GY; voluntary ABN documented -> GX as well (COS-4).",
})

SCENARIOS.append({
    "id": "s28-em-fse-hx-bcc-benign-findings-ma",
    "family": "em", "shape": "note-only",
    "description": "MA pt with BCC history: annual full-skin exam, long list of benign findings, nothing treated -> 99213",
    "date": "2026-02-02",
    "patient": ("Carmichael", "Lois", "1942-06-08", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Personal history of basal cell carcinoma", "Z85.828", reason=True),
        C("c2", "Seborrheic keratoses", "L82.1", "Trunk, extremities"),
        C("c3", "Cherry angiomas", "D18.01", "Trunk"),
        C("c4", "Xerosis cutis", "L85.3", "Legs"),
        C("c5", "Solar lentigines", "L81.4", "Face, hands"),
    ],
    "note_title": "Skin Check - Established",
    "note": """SABAL TRACE DERMATOLOGY
Astrid Lindgren, PA-C                                   02/02/2026

Reason for visit: 1-year full body skin exam. Hx BCC R nasal sidewall (Mohs 2022) and BCC L back (ED&C 2023).
Interval: no new complaints. Legs dry and itchy in the winter AC. No bleeding or changing spots.
Meds: losartan, metformin, vitamin D. Allergies: PCN.

Full skin exam (patient gowned; scalp through toes, incl. nails, palms, soles):
  Scalp - thinning, no lesions.
  Face - R nasal sidewall Mohs scar, no recurrence. Solar lentigines both cheeks.
  Neck - a few pedunculated skin tags, non-irritated (pt not bothered).
  Chest/abdomen - 12+ waxy stuck-on SKs, cherry angiomas, 2 small soft nevi - benign appearing.
  Back - L back ED&C scar flat, no recurrence. Numerous SKs.
  Arms - solar lentigines, senile purpura, no AKs today.
  Legs - xerosis with fine crackling scale, idiopathic guttate hypomelanosis shins.
  Feet/nails - normal.
  No lesions suspicious for malignancy.

Assessment:
  1. Hx of BCC x2 - NED.
  2. SKs, cherry angiomas, lentigines, IGH, skin tags - benign, reassurance, no treatment.
  3. Xerosis - OTC ceramide cream BID, lukewarm showers.

Plan: annual FBSE, self-exam monthly, SPF 30+ daily. RTC 12 mo or sooner.
""",
    "expected": E([L("99213")], dx={"99213": ["Z85.828"]}),
    "coder_note": "DX-5: with a skin-cancer history the exam is a diagnostic visit; Medicare Advantage, no GY. "
                  "Benign findings are not procedures; provider-selected 99213 kept.",
})

SCENARIOS.append({
    "id": "s28-em-unrelated-rash-in-edc-global-24",
    "family": "em", "shape": "note-only",
    "description": "Day 8 after ED&C L cheek BCC (010): unrelated nummular dermatitis of legs managed with Rx -> 99213-24",
    "date": "2026-01-13",
    "patient": ("Tillinghast", "Norma", "1945-01-17", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, bilateral lower legs", "L30.0", "Bilateral lower legs", reason=True),
        C("c2", "Basal cell carcinoma, left cheek (treated 01/05/2026)", "C44.319", "Left cheek"),
    ],
    "prior": [
        PRIOR("2026-01-05", "17281", "Destruction malignant lesion, face, ED&C", "Left cheek",
              note="BCC L cheek 0.8 cm, ED&C x3 cycles"),
    ],
    "note_title": "Office Visit",
    "note": """SABAL TRACE DERMATOLOGY
Rafael Santos, PA-C                           01/13/2026

CC: itchy coin-shaped spots on both legs x 3 weeks.
HPI: 80F, new problem. Started after a cruise; worse with hot showers. OTC hydrocortisone not helping.
Of note, ED&C of L cheek BCC here 01/05 - she has her wound check booked with me on 01/20; cheek not
addressed today per pt, dressing intact, no concerns.

Exam: BLE - multiple 2-4 cm coin-shaped, well-demarcated, scaly, excoriated eczematous plaques, some with
serous crust. No pustules, no tracking erythema. No annular active border to suggest tinea.

A/P:
1. Nummular dermatitis, BLE - new, uncontrolled. Rx clobetasol 0.05% oint BID x 2 wk to legs only, then
   weekends. Thick emollient, short lukewarm showers. If secondary infection signs, call. RTC 4 wk.

E/M: 99213 - problem unrelated to the 01/05 procedure.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: unrelated E/M inside the 010-day global of 17281 (01/05) -> modifier 24.",
})

SCENARIOS.append({
    "id": "s28-em-decision-only-single-ak",
    "family": "em", "shape": "note-only",
    "description": "Provider chose 99212 for a visit whose only work is one AK and its LN2 treatment -> 17000 only",
    "date": "2026-01-29",
    "patient": ("Gustafsen", "Arne", "1947-09-28", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 12, "em": "99212",
    "conditions": [
        C("c1", "Actinic keratosis, left temple", "L57.0", "Left temple", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """Sabal Trace Dermatology
Ines Castellanos, DNP, APRN           01/29/2026

CC: rough spot L temple, scratches it off and it comes back.
HPI: 78M, otherwise well, no other concerns today.
PE (focused): L temple 4 mm gritty erythematous scaly papule.
A: Actinic keratosis, L temple.
P: Options reviewed (cryo vs topical). Pt chose cryo. LN2 x 2 freeze-thaw cycles, 1 lesion.
   Expect blister; vaseline. Return prn if persists.
Visit level per provider: 99212.
""",
    "expected": E([L("17000")], dx={"17000": ["L57.0"]}),
    "coder_note": "GS-3 / conventions: the only work is the evaluation and decision for the minor procedure on the "
                  "same lesion -> E/M removed; 17000 only.",
})

# ---------------------------------------------------------------------------------------------------------------
# Post-op / global period
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-po-suture-removal-day9-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after malignant excision of back (010); provider chose 99212 -> 99024",
    "date": "2025-12-10",
    "patient": ("Wexford", "Gerald", "1936-04-04", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Aftercare following excision of BCC, left upper back", "Z48.817", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-01", "11602", "Excision malignant lesion, trunk, 1.1-2.0 cm", "Left upper back",
              note="BCC, excised diameter 1.6 cm, layered closure"),
    ],
    "note_title": "Post-op Visit",
    "note": """SABAL TRACE DERMATOLOGY
June Abernathy APRN         12/10/2025

Here for suture removal. Excision of BCC L upper back 12/01/2025 (this office). Path: BCC, margins clear.
89M, no fever, no drainage at home, some itching at the site. Meds unchanged (warfarin - INR stable).
Incision intact, well approximated, no erythema or drainage. 6 sutures removed, steri-strips applied.
Pt reassured re: margins. Scar care reviewed (silicone gel after 2 wk).
No other concerns raised; no other areas examined today.
Dx: aftercare following skin surgery.
RTC 6 mo skin check.
Visit: 99212.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 010 global of 11602 -> 99024, no E/M.",
})

SCENARIOS.append({
    "id": "s28-po-new-lesion-bx-in-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Day 7 after back excision (010): new bleeding L forearm lesion, tangential bx -> 11102-79",
    "date": "2026-01-14",
    "patient": ("Quintero", "Alma", "1943-12-12", "female"),
    "provider": "lindgren", "payer": "medicare-noname", "minutes": 15,
    "conditions": [
        C("c1", "Squamous cell carcinoma, keratoacanthoma type, left forearm", "C44.629", "Left forearm",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-01-07", "11602", "Excision malignant lesion, trunk", "Mid back",
              note="SCC in situ, excised diameter 1.5 cm"),
    ],
    "procedures": [
        P("Shave biopsy", site="Left forearm",
          note="New 1.0 cm crateriform nodule, bleeds when bumped, appeared over 3 wk. Tangential bx, AlCl3.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left forearm, shave biopsy: well-differentiated squamous cell carcinoma, keratoacanthoma "
                 "type, base involved.", "site": "Left forearm", "date": "2026-01-17"},
    ],
    "note_title": "Office Visit",
    "note": """Sabal Trace Dermatology
A. Lindgren, PA-C                     01/14/2026

82F seen for a new rapidly growing bump L forearm, bleeding with minor bumps x 3 wk.
Mid-back excision site (01/07) not examined today - sutures come out 01/21 as scheduled; she has no
concerns about it.
Meds: clopidogrel, rosuvastatin, levothyroxine. Allergy: codeine.
L forearm: 1.0 cm dome-shaped nodule with central keratin plug, crust.
No lymphadenopathy L epitrochlear/axillary.
Consent; lido w/ epi 1 mL; deep tangential (saucerization) biopsy including base; AlCl3; bandage.
Dx: r/o SCC/KA. Shave biopsy done, to path. Will call; likely excision.
Bleeding precautions on clopidogrel reviewed.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["C44.629"]}),
    "coder_note": "GS-5: new, unrelated lesion biopsied inside the 010 global of the 01/07 excision -> 79.",
})

SCENARIOS.append({
    "id": "s28-po-reexcision-positive-margin-58",
    "family": "post-op", "shape": "note-only",
    "description": "Re-excision of R forearm SCCIS for positive margin on day 7 of prior excision's global -> 11603-58",
    "date": "2026-01-27",
    "patient": ("Vandermolen", "Ruth", "1939-02-19", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right forearm, positive margin", "D04.61", "Right forearm",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-01-20", "11602", "Excision malignant lesion, arm", "Right forearm",
              note="SCCIS 0.9 cm, 0.3 cm margins, excised diameter 1.5 cm"),
    ],
    "path": [
        {"text": "Skin, right forearm, re-excision: scar with dermal fibrosis; no residual carcinoma identified. "
                 "Margins free.", "site": "Right forearm", "date": "2026-01-30"},
    ],
    "note_title": "Operative Note - Re-excision",
    "note": """SABAL TRACE DERMATOLOGY - PROCEDURE NOTE
Samuel Weiss, MD                                                   DOS 01/27/2026

Indication: SCC in situ R dorsal forearm excised 01/20/2026; path showed SCCIS extending to the lateral
(3 o'clock) margin. Planned re-excision for margin control discussed at that time; pt agrees.
Pre-op: healing linear scar with sutures in place, no infection. Clinical residual not evident.
Target: scar/lesion area 1.6 cm; margin 0.3 cm all around. Excised diameter 2.2 cm.

Procedure: consent, time-out. 1% lido w/ epi 4 mL. Fusiform excision to subcutaneous fat, oriented
with suture at 12 o'clock. Hemostasis with electrocautery. Closure: simple interrupted 4-0 Prolene,
single layer, no undermining. Length 5.5 cm.
EBL minimal. Tolerated well.

Plan: wound care, sutures out in 10-14 days. If path still positive, Mohs referral.
Re-excision path to follow.
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["D04.61"]}),
    "coder_note": "EX-4: re-excision for a positive margin of a malignant lesion is coded malignant even with a "
                  "negative specimen; 1.6 + 2x0.3 = 2.2 cm arm -> 11603; inside the 10-day global -> 58. Simple "
                  "closure included.",
})

SCENARIOS.append({
    "id": "s28-po-day30-after-mohs-flap-99024",
    "family": "post-op", "shape": "free-text",
    "description": "Wound check day 30 after Mohs + cheek advancement flap (14040, 090) -> 99024 instead of 99212",
    "date": "2026-01-09",
    "patient": ("Harrowgate", "Edwin", "1934-07-23", "male"),
    "provider": "marchetti", "payer": "medicare-advantage-ppo", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Aftercare following Mohs surgery and flap repair, left cheek", "Z48.817", "Left cheek",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-12-10", "17311", "Mohs micrographic surgery, head/neck, first stage", "Left cheek"),
        PRIOR("2025-12-10", "14040", "Adjacent tissue transfer, cheek, 10 sq cm or less", "Left cheek",
              note="Rotation flap 8.4 sq cm"),
    ],
    "procedures": [
        P("Post-op wound check", site="Left cheek",
          note="Flap viable, fully epithelialized, mild pincushioning. No infection. Massage instructions."),
    ],
    "note_title": "Post-operative Follow-up",
    "note": """SABAL TRACE DERMATOLOGY - MOHS SURGERY
Luca Marchetti, MD                                   01/09/2026

Post-op day 30 s/p Mohs (1 stage) and rotation flap L cheek for nodular BCC, 12/10/2025.
Pt doing well, no pain. Mild lumpiness along the incision.
Using vaseline nightly. No fever, no drainage. Sutures were removed at 1 wk (12/17).
Exam: flap pink, viable, incision well healed, mild pincushion at inferior arc, no erythema/drainage.
Plan: scar massage 2x/day, silicone gel. Consider kenalog to pincushion at 3 mo only if it persists -
not indicated now.
Skin cancer surveillance continues with his APRN at 6-month intervals.
RTC 3 months.
Charge per provider: 99212.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: 14040 carries a 090 global; day-30 wound check by the same group is post-op care -> "
                  "99024. The mention of a future Kenalog injection is hypothetical and not coded.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-mx-mtx-psoriasis-em25-aks-g2211-dropped",
    "family": "mixed", "shape": "pre-coded",
    "description": "Grid 99214-25 + G2211 + 17000 + 17003 x4: methotrexate psoriasis visit + 5 AKs; G2211 not payable with 25",
    "date": "2026-02-03",
    "patient": ("Sorensen", "Margit", "1950-11-30", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris on methotrexate", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631"),
        C("c3", "Actinic keratoses", "L57.0", "Dorsal hands and nose", reason=True),
    ],
    "procedures": [
        P("Visit complexity add-on", "G2211", note="Longitudinal psoriasis care"),
        P("Destruction premalignant lesion, first", "17000", "Nasal dorsum", reasons=["c3"]),
        P("Destruction premalignant lesion, each additional 2-14", "17003", "Dorsal hands",
          note="Qty 4", reasons=["c3"]),
    ],
    "note_title": "Psoriasis Follow-up",
    "note": """SABAL TRACE DERMATOLOGY
June Abernathy, APRN                                              02/03/2026

75F, plaque psoriasis on methotrexate 15 mg weekly + folic acid since 2023, seen q3 mo.
Interval: flare on elbows and scalp since Dec, ~6% BSA (was 2%). No fevers, no cough, no mouth sores.
Alcohol: none. Labs 01/27/2026 reviewed: CBC normal, AST 48 / ALT 61 (up from 30s), Cr 1.0.

Exam: erythematous scaly plaques bilateral elbows, knees, posterior scalp; nails with pitting.
Also: 5 gritty scaly papules - nasal dorsum x1, dorsal hands x4 (R 2, L 2) - AKs.

A/P:
1. Psoriasis vulgaris, worsening; methotrexate with rising transaminases. Hold MTX dose increase; keep
   15 mg weekly, repeat LFTs in 4 wk, counsel no alcohol. Add clobetasol solution to scalp, calcipotriene/
   betamethasone foam to elbows/knees. If LFTs keep rising, switch to apremilast vs biologic - discussed.
   High-risk drug monitoring.
2. AKs x5 - LN2 x2 FTC: nose 1, hands 4.

EMA charge capture: 99214-25, G2211, 17000, 17003 x4.
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 4)],
                  dx={"99214": ["L40.0"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: methotrexate toxicity monitoring is separately identifiable -> 99214-25. EM-6: G2211 is not "
                  "payable when the E/M carries 25 (no AWV/vaccine/preventive exception) -> G2211 removed. 5 AKs -> "
                  "17000 + 17003 x4.",
})

SCENARIOS.append({
    "id": "s28-mx-temple-bx-scalp-aks-xs",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential bx L temple (BCC) + LN2 to six scalp AKs: 11102 + 17000-XS + 17003 x5; Medicare FFS",
    "date": "2026-02-04",
    "patient": ("Birchfield", "Lyle", "1944-03-03", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Basal cell carcinoma, left temple", "C44.319", "Left temple", reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "path": [
        {"text": "Skin, left temple, shave biopsy: basal cell carcinoma, nodular and micronodular patterns.",
         "site": "Left temple", "date": "2026-02-06"},
    ],
    "note_title": "Procedure Visit",
    "note": """SABAL TRACE DERMATOLOGY
R. Santos PA-C                        02/04/2026

81M, bald scalp with recurrent AKs; new shiny bump L temple x 3 mo that bleeds when shaving.
Exam:
 - L temple: 7 mm pearly papule, arborizing vessels on dermoscopy.
 - Scalp: six scaly erythematous papules (vertex 4, L parietal 2) - AKs.
 - R temple: flat tan macule - solar lentigo, no tx.
Proc 1: shave biopsy L temple, AlCl3, to path.
Proc 2: cryotherapy LN2 x2 FTC, 6 AKs scalp.
Separate sites. Post-procedure care reviewed.
Plan: path f/u; if BCC, refer to Dr. Marchetti for Mohs (face). Hat, SPF.
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 5)],
                  dx={"11102": ["C44.319"], "17000": ["L57.0"]}),
    "coder_note": "PTP 11102/17000 is indicator 1 with 17000 in column 2: different lesions -> XS on 17000. No PTP "
                  "edit between 11102 and 17003, so 17003 x5 carries no modifier.",
})

SCENARIOS.append({
    "id": "s28-mx-new-pt-99204-punch-nevus-two-aks",
    "family": "mixed", "shape": "note-only",
    "description": "New pt 99204: rosacea + seb derm Rx, punch bx changing nevus R shoulder, LN2 2 AKs nose",
    "date": "2026-02-05",
    "patient": ("Albrecht", "Gisela", "1952-08-16", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 45, "em": "99204",
    "conditions": [
        C("c1", "Rosacea", "L71.9", "Face", reason=True),
        C("c2", "Seborrheic dermatitis", "L21.9", "Scalp, nasolabial folds", reason=True),
        C("c3", "Dysplastic nevus, right shoulder", "D22.61", "Right shoulder", reason=True),
        C("c4", "Actinic keratoses, nose", "L57.0", "Nose", reason=True),
    ],
    "path": [
        {"text": "Skin, right shoulder, punch biopsy: compound dysplastic nevus with moderate architectural and "
                 "cytologic atypia, extending to lateral margin.", "site": "Right shoulder", "date": "2026-02-09"},
    ],
    "note_title": "New Patient Consultation",
    "html": True,
    "note": """<html><body>
<h3>SABAL TRACE DERMATOLOGY - NEW PATIENT</h3>
<p><b>Provider:</b> Ines Castellanos, DNP, APRN &nbsp; <b>DOS:</b> 02/05/2026</p>
<p><b>CC:</b> facial redness, flaky scalp, and a mole on R shoulder that changed.</p>
<p><b>HPI:</b> 73F, snowbird from Michigan, establishing care. Facial flushing and bumps x 2 yr, worse with wine
and sun. Scalp itch/flakes and flaking beside nose. Husband noticed R shoulder mole darker and larger over
the last 6 mo. No personal hx skin cancer. Brother had melanoma.</p>
<p><b>Exam:</b> Central facial erythema, telangiectasia, scattered papulopustules. Greasy scale scalp and
nasolabial folds. R shoulder: 7 mm irregularly pigmented macule with asymmetric network on dermoscopy.
Nasal dorsum and L ala: 2 gritty scaly papules. Rest of exam: SKs and lentigines, benign.</p>
<p><b>Assessment &amp; Plan</b></p>
<ol>
<li>Rosacea, papulopustular - metronidazole 0.75% gel BID (Rx), gentle skin care, trigger avoidance.</li>
<li>Seborrheic dermatitis - ketoconazole 2% shampoo (Rx) 2-3x/wk, ketoconazole cream to folds.</li>
<li>Changing pigmented lesion R shoulder, r/o dysplastic nevus vs melanoma - 4 mm punch biopsy, 1 suture,
to dermpath.</li>
<li>AKs x2 (nasal dorsum, L ala) - LN2 cryotherapy 2 FTC.</li>
</ol>
<p>RTC 6 wk rosacea f/u and suture check; will call with path. Visit: 99204 (2 chronic problems with Rx
management, separate from procedures).</p>
</body></html>""",
    "expected": E([L("99204", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003")],
                  dx={"11104": ["D22.61"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: rosacea and seb derm with prescription management are separate from the procedures -> "
                  "99204-25. PTP 11104/17000 indicator 1 (17000 column 2) -> XS; no 11104/17003 edit.",
})

SCENARIOS.append({
    "id": "s28-mx-irritated-tags-plus-sk-shave-xs",
    "family": "mixed", "shape": "free-text",
    "description": "6 bleeding neck skin tags snipped (11200) + 0.9 cm inflamed SK R flank shaved (11301-XS); MA",
    "date": "2026-02-06",
    "patient": ("Pennington", "Marjorie", "1948-05-05", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Irritated skin tags, neck", "L91.8", "Neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right flank", "L82.0", "Right flank", reason=True),
    ],
    "procedures": [
        P("Skin tag removal", site="Neck",
          note="6 pedunculated acrochordons, twisted/bleeding from necklace chain. Snip excision w/ iris scissors, "
               "AlCl3.", reasons=["c1"]),
        P("Shave removal", site="Right flank",
          note="0.9 cm inflamed SK, oozing, itchy, rubs on waistband. Shave removal with DermaBlade to dermis; "
               "hemostasis. To path.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right flank, shave removal: irritated seborrheic keratosis with inflammation.",
         "site": "Right flank", "date": "2026-02-10"},
    ],
    "note_title": "Procedure Note",
    "note": """Sabal Trace Dermatology
Astrid Lindgren PA-C                 02/06/2026

77F: neck tags catch on her necklace chain - two bled this week; R flank crusty spot itches and oozes
where her waistband rubs.
Exam: neck - six 2-4 mm pedunculated tags, 2 with hemorrhagic crust, erythema at base.
R flank - 0.9 cm stuck-on keratotic papule, eroded, serous crust, surrounding erythema.
Procedures (consent, lido):
  - Snip removal of 6 skin tags, neck.
  - Shave removal R flank lesion, sent to path.
Different lesions/sites. Wound care reviewed.
""",
    "expected": E([L("11200"), L("11301", 1, "XS")], dx={"11200": ["L91.8"], "11301": ["L82.0"]}),
    "coder_note": "Symptomatic tags and inflamed SK meet BSL-3. PTP 11200/11301 is indicator 1 with 11301 in "
                  "column 2; different lesions -> XS on 11301. TAL 0.9 cm -> 11301.",
})

# ---------------------------------------------------------------------------------------------------------------
# Skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-st-nine-tags-neck-axilla-bleeding",
    "family": "skin-tags", "shape": "free-text",
    "description": "9 irritated/bleeding skin tags neck and axillae removed; Medicare FFS -> 11200",
    "date": "2026-02-09",
    "patient": ("Dunleavy", "Patricia", "1946-10-10", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, inflamed, neck and axillae", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck (5), right axilla (2), left axilla (2)",
          note="Symptomatic: bleed with shaving/rubbing, red and sore. Snip + hyfrecation. Total 9.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """SABAL TRACE DERMATOLOGY
Ines Castellanos DNP APRN                    02/09/2026

79F with skin tags that bleed when she shaves her underarms and get red and sore under her collar.
PMH: DM2 (diet controlled), obesity, OA. Meds: metformin, meloxicam. NKDA.
Exam: neck x5, R axilla x2, L axilla x2 pedunculated tags; several erythematous, two with dried blood.
Procedure: consent, scissor snip removal of 9 tags, light hyfrecation for hemostasis.
Several smaller non-irritated tags on the eyelids were NOT treated (pt not bothered).
Post-care: vaseline, avoid deodorant 24 h on the axillary sites.
Dx: irritated acrochordons x9 (bleeding, inflamed).
RTC prn.
""",
    "expected": E([L("11200")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers up to 15 tags (1 unit); symptoms (bleeding, inflammation) documented.",
})

SCENARIOS.append({
    "id": "s28-st-thirty-eight-tags-11201-mue",
    "family": "skin-tags", "shape": "note-only",
    "description": "Thirty-eight symptomatic tags (inframammary/axillae/neck) -> 11200 + 11201 capped at MUE 1; MA",
    "date": "2026-02-10",
    "patient": ("Whitcombe", "Eunice", "1951-01-31", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Inflamed acrochordons, multiple", "L91.8", "Neck, axillae, inframammary", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """SABAL TRACE DERMATOLOGY - LADY LAKE
June Abernathy, APRN                                  02/10/2026

74F, obese, T2DM. Skin tags in skin folds that rub, get red/macerated and bleed; one under L breast
was bleeding into her bra yesterday. Requests removal of the irritated ones.

Exam: inframammary folds: erythematous macerated pedunculated tags; axillae and neck: many tags, several
crusted/hemorrhagic.

Procedure: informed consent. Snip excision + hyfrecation of symptomatic skin tags:
   inframammary - fourteen
   R axilla     - nine
   L axilla     - eight
   neck         - seven
   --------------------------
   total thirty-eight (38) tags removed.
Hemostasis AlCl3. Zinc oxide to folds.

Imp: inflamed/irritated acrochordons. No candidal intertrigo clinically (no satellite pustules).
RTC 3 mo.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "38 tags -> 11200 + 11201 x ceil((38-15)/10) = 3, but 11201 MUE is 1 (MAI 3) -> capped at 1 with an "
                  "mue finding (README coding decisions).",
})

SCENARIOS.append({
    "id": "s28-st-grid-11200-per-tag",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "EMA grid posted 11200 once per tag (3 lines) for 3 bleeding tags -> 11200 x1; Medicare FFS",
    "date": "2026-02-11",
    "patient": ("Oyelaran", "Beatrice", "1949-04-21", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 10,
    "conditions": [
        C("c1", "Skin tags, irritated", "L91.8", "Left neck, right axilla", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", "11200", "Left neck", note="tag 1 of 3", reasons=["c1"]),
        P("Removal of skin tags", "11200", "Left neck", note="tag 2 of 3", reasons=["c1"]),
        P("Removal of skin tags", "11200", "Right axilla", note="tag 3 of 3", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Sabal Trace Dermatology
Rafael Santos PA-C                02/11/2026

76F: 3 skin tags (L neck x2, R axilla x1) catch on clothing and bled twice this month.
Meds: apixaban (AF) - not held. NKDA.
Exam: 3 pedunculated tags, 2 with hemorrhagic crust.
Consent. No anesthesia needed (small stalks).
Snip removal x3 with scissors, AlCl3 then pressure 5 min (on apixaban). Pt tolerated well.
Hemostasis confirmed before leaving.
Imp: irritated skin tags x3.
Plan: bandage 24 h, call if bleeding persists.
RTC prn; next skin check due in May.
""",
    "expected": E([L("11200")], topics=["coding-correction"], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 is one unit for up to 15 tags; three 11200 lines collapse to 11200 x1.",
})

# ---------------------------------------------------------------------------------------------------------------
# Cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-cos-facial-sks-unsightly-abn-gx-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "LN2 to 5 asymptomatic facial SKs 'unsightly', voluntary ABN signed; Medicare FFS -> 17110 GX GY",
    "date": "2026-02-12",
    "patient": ("Ashcombe", "Virginia", "1947-12-01", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face, asymptomatic", "L82.1", "Face", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of benign lesions", site="Face (forehead 2, R cheek 2, L temple 1)",
          note="5 flat tan SKs. No itching, bleeding, irritation or change; pt dislikes appearance. "
               "Voluntary ABN (not covered - cosmetic) signed before treatment. LN2 x1 cycle each.",
          reasons=["c1"]),
    ],
    "note_title": "Cosmetic Procedure Note",
    "note": """SABAL TRACE DERMATOLOGY
Astrid Lindgren, PA-C                  02/12/2026

78F wants "age spots" on her face frozen before her granddaughter's wedding - they bother her cosmetically.
Denies itching, bleeding, irritation, growth or change. Exam: 5 flat-topped tan waxy papules c/w SKs
(forehead x2, R cheek x2, L temple x1), none inflamed. Dermoscopy benign.
Meds: estradiol patch, vitamin D. NKDA.
Counseled: cosmetic removal is not a Medicare benefit. Voluntary ABN signed, pt will self-pay.
Risk of hypopigmentation and incomplete clearance discussed.
LN2 cryo, 1 FTC each, 5 lesions.
Dx: seborrheic keratoses, face, asymptomatic - cosmetic removal.
RTC prn.
""",
    "expected": E([L("17110", 1, "GX", "GY")], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-4: asymptomatic SKs removed for appearance = cosmetic, statutorily excluded; Medicare FFS "
                  "-> GY, plus GX for the voluntary ABN.",
})

SCENARIOS.append({
    "id": "s28-cos-commercial-neck-tags-removed",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Commercial PPO: asymptomatic neck skin tags removed at pt request; grid 11200 -> not billed (cosmetic)",
    "date": "2026-02-13",
    "patient": ("Lockridge", "Dennis", "1962-09-09", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 10,
    "conditions": [
        C("c1", "Skin tags, neck", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Removal of skin tags, up to 15", "11200", "Neck",
          note="12 small tags, snip removal.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Sabal Trace Dermatology
R. Santos, PA-C                  02/13/2026

63M (retiree, BCBS PPO through former employer) wants the tags on his neck gone "so I look cleaner".
No bleeding, itching, pain or irritation; none inflamed.
PMH: HTN, GERD. Meds: lisinopril, omeprazole. NKDA.
Exam: ~12 small flesh-colored pedunculated tags, neck; no erythema, no crust.
Advised removal is cosmetic and insurance will not pay; pt agreed to the self-pay fee.
Pt signed the practice's cosmetic self-pay agreement.
Snip removal x12, AlCl3. Tolerated well.
Dx: acrochordons, cosmetic removal at pt request.
RTC prn.
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-5 and conventions: cosmetic service for a commercial payer is not put on the claim; "
                  "patient billed directly -> no lines, cosmetic finding.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision - benign
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-exb-inflamed-cyst-back-intermediate",
    "family": "excision-benign", "shape": "note-only",
    "description": "Draining inflamed epidermoid cyst upper back, 2.2 cm + 2 mm margins (2.6) -> 11403 + 12032 (3.5 cm)",
    "date": "2026-02-16",
    "patient": ("Rasmussen", "Otto", "1945-06-14", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, inflamed", "L72.0", "Upper back", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with foreign-body "
                 "giant cell reaction. No atypia.", "site": "Upper back", "date": "2026-02-19"},
    ],
    "note_title": "Excision Note",
    "note": """SABAL TRACE DERMATOLOGY - PROCEDURE NOTE
Samuel Weiss, MD                                                         02/16/2026

Indication: 80M with an upper back cyst x 5 yr, inflamed 3 times in the past year (drained by PCP
twice). Today tender, mild erythema, expresses foul cheesy material from the punctum.
Exam: 2.2 cm subcutaneous cyst with central punctum, upper mid back, surrounding erythema 1 cm.

Procedure: excision of cyst. Consent and time-out. 1% lido w/ epi 8 mL.
Lesion 2.2 cm, narrowest margin 0.2 cm. Excised diameter 2.6 cm. Elliptical excision including punctum,
cyst removed intact except small rupture at base. Irrigated.
Repair: layered closure - 3-0 Vicryl deep dermal/subcutaneous, 4-0 nylon running superficial.
Final repair length 3.5 cm, upper back.
EBL minimal. Specimen to pathology.

Plan: keep dry 24 h, suture removal 12-14 days. Doxycycline NOT started - no cellulitis.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.2 + 2x0.2 = 2.6 cm trunk -> 11403; inflamed/draining cyst meets BSL-3. EX-5: intermediate "
                  "(layered) repair 3.5 cm trunk separately reportable -> 12032.",
})

SCENARIOS.append({
    "id": "s28-exb-grid-wrong-band-dysplastic-nevus-neck",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Grid 11421 for neck dysplastic nevus; 0.8 cm + 2x0.2 = 1.2 cm -> 11422; MA",
    "date": "2026-02-17",
    "patient": ("Hollister", "Jean", "1950-02-08", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus, posterior neck", "D22.4", "Posterior neck", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, neck, 0.6-1.0 cm", "11421", "Posterior neck",
          note="Lesion 0.8 cm, 2 mm margins. Simple closure 5-0 nylon.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, posterior neck, excision: compound dysplastic nevus with moderate atypia, margins clear.",
         "site": "Posterior neck", "date": "2026-02-20"},
    ],
    "note_title": "Excision Note",
    "note": """Sabal Trace Dermatology
S. Weiss, MD                     02/17/2026

75F, posterior neck mole enlarged and darkened over 6 mo (photos from 2024 compared). Dermoscopy:
atypical network, regression. Excision for diagnosis recommended over shave.
PMH: HTN. Meds: amlodipine. NKDA. No personal hx melanoma; mother had melanoma.
Consent and time-out; 1% lido w/ epi 3 mL.
Lesion 0.8 x 0.6 cm. Margins 0.2 cm. Fusiform excision to fat. Simple (single-layer) closure 5-0 nylon,
2.8 cm. Path pending.
Specimen oriented, to dermpath.
F/u 10 days for suture removal. Will call with path.
""",
    "expected": E([L("11422")], topics=["coding-correction"], dx={"11422": ["D22.4"]}),
    "coder_note": "EX-1/EX-2: excised diameter 0.8 + 0.4 = 1.2 cm on the neck (SNHFG) -> 11422, not 11421. Atypia "
                  "-> benign codes (EX-3). Simple closure included.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision - malignant
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-exm-scc-right-shin-intermediate",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Biopsy-proven SCC R shin 1.4 cm + 4 mm margins (2.2) -> 11603 + intermediate repair 5.0 cm 12032",
    "date": "2026-02-18",
    "patient": ("Fenwick", "Archibald", "1936-08-27", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right shin", "C44.722", "Right anterior shin", reason=True),
    ],
    "procedures": [
        P("Excision of malignant lesion", site="Right anterior shin",
          note="Bx-proven well-diff SCC. Lesion 1.4 cm; 4 mm margins. Excised diameter 2.2 cm.", reasons=["c1"]),
        P("Layered closure", site="Right anterior shin",
          note="Intermediate repair: 3-0 Monocryl deep, 4-0 Prolene superficial. Length 5.0 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right shin, excision: invasive squamous cell carcinoma, well differentiated, 1.3 cm, "
                 "margins clear (closest 3 mm).", "site": "Right shin", "date": "2026-02-21"},
    ],
    "note_title": "Excision Note",
    "note": """SABAL TRACE DERMATOLOGY
Samuel Weiss, MD                                    02/18/2026

89M, bx 01/30 showed well-differentiated SCC R anterior shin. On apixaban (not held per cardiology).
Options incl. Mohs (declined - travel), ED&C (poor for shin), excision. Consent.
Lesion 1.4 cm; margins 4 mm -> 2.2 cm excised diameter. Ellipse to fascia.
Layered closure with moderate undermining, deep 3-0 Monocryl, superficial 4-0 Prolene, 5.0 cm.
Hemostasis with electrocautery. EBL minimal.
Compression wrap. Leg elevation. Sutures out 14 days. Path to follow.
Also noted: several AKs on both forearms - will treat next visit.
Dx: SCC R shin, invasive, well differentiated (by bx).
""",
    "expected": E([L("11603"), L("12032")], dx={"11603": ["C44.722"]}),
    "coder_note": "EX-1/EX-2: 1.4 + 2x0.4 = 2.2 cm leg -> 11603 (malignant path). Layered closure 5.0 cm leg -> 12032 "
                  "(EX-5, no PTP edit). AKs only noted, not treated.",
})

SCENARIOS.append({
    "id": "s28-exm-grid-benign-code-nose-bcc",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Grid coded 11441 before path; path BCC; 0.9 + 2x0.2 = 1.3 cm nose -> 11642 + 12051; MA",
    "date": "2026-02-19",
    "patient": ("Greenleaf", "Mildred", "1940-10-05", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Lesion of nasal sidewall", None, "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, face, 0.6-1.0 cm", "11441", "Left nasal sidewall",
          note="Lesion 0.9 cm, margins 2 mm.", reasons=["c1"]),
        P("Intermediate repair, face/nose, 2.5 cm or less", "12051", "Left nasal sidewall",
          note="Layered closure 2.2 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left nasal sidewall, excision: basal cell carcinoma, nodular type; margins free.",
         "site": "Left nasal sidewall", "date": "2026-02-24"},
    ],
    "note_title": "Excision Note",
    "note": """SABAL TRACE DERMATOLOGY
Samuel Weiss MD          02/19/2026

85F, pearly papule L nasal sidewall, not previously biopsied; pt declined Mohs referral (caregiver for
husband, can't do a long day). Excisional approach for diagnosis and treatment.
PMH: AF on warfarin (INR 2.3 this AM), CKD 3. NKDA.
Consent, time-out, 1% lido w/ epi 2 mL.
Lesion 0.9 cm; 2 mm margins. Excised diameter 1.3 cm. Fusiform along relaxed skin tension lines.
Repair: layered closure, 5-0 Monocryl deep + 6-0 Prolene, 2.2 cm.
Hemostasis with electrocautery. Pressure dressing.
Path pending - charges entered before path (benign code in grid, to be reviewed).
Sutures out 7 days.
""",
    "expected": E([L("11642"), L("12051")], topics=["coding-correction"], dx={"11642": ["C44.311"]}),
    "coder_note": "EX-3/DX-2: final path BCC -> malignant excision; 0.9 + 0.4 = 1.3 cm nose (FEENLM) -> 11642. "
                  "Intermediate repair 2.2 cm nose -> 12051.",
})

# ---------------------------------------------------------------------------------------------------------------
# Incision and drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-id-single-abscess-back-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Single fluctuant abscess of the back, simple I&D, no loculations or packing, no cyst wall, no excision -> 10060",
    "date": "2026-02-20",
    "patient": ("Cavanaugh", "Thomas", "1944-11-11", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of back", "L02.212", "Left lower back", reason=True),
    ],
    "note_title": "Procedure Note - I&D",
    "note": """SABAL TRACE DERMATOLOGY - Same-day add-on
Rafael Santos, PA-C                                 02/20/2026

81M, painful swelling L lower back x 4 days, now throbbing. No fever. No hx cyst at this spot.
Exam: 2.5 cm fluctuant tender erythematous nodule L lower back, no punctum, no surrounding cellulitis
beyond 1 cm. Afebrile.
Procedure: I&D. Consent. Lido w/ epi 3 mL, 1.0 cm stab incision, moderate purulence expressed,
no loculations, irrigated NS, no packing needed. No cyst wall identified
(not an inflamed cyst - no excision). Culture sent.
Dx: abscess of back (single, uncomplicated).
Plan: warm compresses, gauze dressing changes daily, doxycycline 100 mg BID x 7d pending culture.
RTC 1 wk or sooner if worse.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.212"]}),
    "coder_note": "Single abscess -> 10060. The antibiotic prescription is part of the procedure's care; no E/M chosen.",
})

SCENARIOS.append({
    "id": "s28-id-grid-10060-x2-two-abscesses",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two separate abscesses (R axilla, R groin) drained; grid 10060 twice -> 10061 x1; Medicaid MCO",
    "date": "2026-02-23",
    "patient": ("Mabry", "Darnell", "1967-03-14", "male"),
    "provider": "lindgren", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
        C("c2", "Cutaneous abscess of groin", "L02.214", "Right groin", reason=True),
        C("c3", "Type 2 diabetes mellitus", "E11.9", history=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple or single", "10060", "Right axilla",
          note="2 cm fluctuant abscess, incised, drained, packed.", reasons=["c1"]),
        P("Incision and drainage of abscess, simple or single", "10060", "Right groin",
          note="3 cm fluctuant abscess, incised, drained, packed.", reasons=["c2"]),
    ],
    "note_title": "I&D Note",
    "note": """Sabal Trace Dermatology
Astrid Lindgren PA-C                       02/23/2026

58M, T2DM (A1c 8.9), two painful boils x 5 days - R armpit and R groin. No fever.
Meds: metformin, glipizide. Allergy: penicillin (hives).
Vitals: T 98.9 F, HR 84.
Exam: R axilla 2 cm fluctuant abscess; R inguinal fold 3 cm fluctuant abscess; mild surrounding erythema.
No sinus tracts, no scarring (no hx of HS).
I&D x2 separate abscesses: lido, incision, purulence expressed, loculations broken, irrigation, packing.
Each cavity probed, no foreign body. Cultures sent from both.
Plan: Bactrim DS BID x 7d, packing out 48 h, RTC 1 wk. Discussed glucose control; message to PCP.
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "10060 = simple or single; 10061 = complicated or multiple (one unit). Two abscesses drained at "
                  "one session -> 10061 x1, not 10060 x2.",
})

# ---------------------------------------------------------------------------------------------------------------
# Intralesional
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-il-keloids-chest-12mg",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK 10 mg/mL to 3 itchy chest keloids, 1.2 mL = 12 mg -> 11900 + J3301 x2; Medicare FFS",
    "date": "2026-02-24",
    "patient": ("Okonjo", "Lillian", "1952-12-27", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Keloids, presternal chest, pruritic and painful", "L91.0", "Presternal chest", reason=True),
    ],
    "note_title": "Procedure Note - ILK",
    "note": """SABAL TRACE DERMATOLOGY
Ines Castellanos, DNP, APRN                         02/24/2026

73F, keloids on chest after CABG wire sites and old acne, itchy and painful, catch on clothing.
Last injection 8 wk ago with partial flattening.
Exam: three firm shiny keloids presternal chest, 1.5 cm, 1.0 cm and 0.8 cm; tender.
Procedure: intralesional triamcinolone (Kenalog) 10 mg/mL.
   keloid 1 - 0.5 mL, keloid 2 - 0.4 mL, keloid 3 - 0.3 mL. Total 1.2 mL = 12 mg.
   30g needle, tolerated well.
Counseled re: atrophy/hypopigmentation. Silicone sheets at night.
RTC 6-8 wk for repeat injection.
""",
    "expected": E([L("11900"), L("J3301", 2)], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 = up to 7 lesions. J3301 per 10 mg: 12 mg -> ceil(12/10) = 2 units.",
})

SCENARIOS.append({
    "id": "s28-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to nine alopecia areata patches, 15 mg total -> 11901 + J3301 x2; MA",
    "date": "2026-02-25",
    "patient": ("Delgado-Ruiz", "Carmen", "1954-07-07", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection", site="Scalp - 9 patches",
          note="Kenalog-10 stock diluted with NS to 5 mg/mL. 3.0 mL injected across 9 separate patches "
               "(0.1 mL per site, multiple sites per patch). Total triamcinolone delivered: 15 mg.",
          reasons=["c1"]),
        P("Triamcinolone acetonide injection", site="Scalp",
          note="15 mg total.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """SABAL TRACE DERMATOLOGY
June Abernathy APRN                             02/25/2026

71F, alopecia areata flare x 3 mo after husband's death. Nine discrete patches on scalp (occipital 4,
parietal 3, vertex 2), 1-3 cm, exclamation-point hairs at edges. Brows/lashes spared. Nails: fine pitting.
Thyroid labs from PCP (Jan) normal. Meds: sertraline, atorvastatin. NKDA.
Consent; risks incl. atrophy, hypopigmentation, no regrowth discussed.
Procedure: ILK, triamcinolone diluted to 5 mg/mL, total 3.0 mL (15 mg) distributed into all 9 patches.
Tolerated well. Discussed topical clobetasol adjunct (Rx sent) and JAK inhibitors if extensive later.
RTC 6 wk.
""",
    "expected": E([L("11901"), L("J3301", 2)], dx={"11901": ["L63.9"]}),
    "coder_note": "Nine lesions -> 11901 (more than 7). 15 mg -> J3301 x2 (ceil(15/10)); the 10 mg/mL stock strength "
                  "is not the delivered dose.",
})

SCENARIOS.append({
    "id": "s28-il-grid-11900-eight-nodules",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Grid 11900 + J3301 'Qty 16' for 8 prurigo nodules, 16 mg -> 11901 + J3301 x2; Medicare FFS",
    "date": "2026-02-26",
    "patient": ("Thibodeaux", "Lucien", "1943-09-18", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Prurigo nodularis", "L28.1", "Bilateral forearms and shins", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", "11900", "Forearms, shins",
          note="8 nodules injected.", reasons=["c1"]),
        P("Injection, triamcinolone acetonide, per 10 mg", "J3301", "Forearms, shins",
          note="EMA charge capture: Qty 16", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Sabal Trace Dermatology
Rafael Santos, PA-C                        02/26/2026

82M, prurigo nodularis, intensely itchy nodules forearms/shins, failing clobetasol under occlusion.
Exam: firm excoriated hyperkeratotic nodules: R forearm 3, L forearm 2, R shin 2, L shin 1 (8 total).
Meds: gabapentin, tamsulosin, clobetasol oint. NKDA. No diabetes.
Consent. 30g needle.
Procedure: Kenalog 10 mg/mL, 0.2 mL into each of 8 nodules = 1.6 mL = 16 mg.
Plan: continue clobetasol, add pramoxine lotion. Dupilumab discussed if no response; pt will think about it.
RTC 4-6 wk.
""",
    "expected": E([L("11901"), L("J3301", 2)], topics=["coding-correction"], dx={"11901": ["L28.1"]}),
    "coder_note": "8 lesions -> 11901 (README: 11900 for 8 lesions is a coding-correction). J3301 is per 10 mg: "
                  "16 mg -> 2 units, not 16.",
})

# ---------------------------------------------------------------------------------------------------------------
# Nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-nail-debride-eight-mycotic",
    "family": "nails", "shape": "note-only",
    "description": "Debridement of eight painful mycotic toenails in a diabetic -> 11721; calluses not pared",
    "date": "2026-03-02",
    "patient": ("Abernethy-Cole", "Howard", "1938-05-12", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails", "B35.1", "Bilateral toenails", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "note_title": "Nail Care Visit",
    "note": """SABAL TRACE DERMATOLOGY
Astrid Lindgren, PA-C                                   03/02/2026

87M, T2DM with peripheral neuropathy, can't reach or cut his thick toenails; painful in shoes, limits
walking. Last debridement 10 wk ago.
Exam: all ten toenails examined. Thick, yellow, dystrophic, subungual debris with pain on pressure:
R great, R 2nd, R 3rd, R 4th, L great, L 2nd, L 3rd, L 4th (eight). Both fifth toenails normal.
Monofilament: decreased sensation both feet. DP pulses faint. Plantar calluses both 1st MTP heads - not
painful today, NOT pared.
Procedure: mechanical debridement (nipper + rotary burr) of the eight mycotic nails, reduced thickness and
length. No bleeding.
A/P: symptomatic onychomycosis, eight nails, in diabetic neuropathy. Recheck 10-12 wk.
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "Six or more nails -> 11721 (one unit). Calluses examined but not pared: no 1105x line. No digit "
                  "modifiers on 11720/11721 per conventions.",
})

SCENARIOS.append({
    "id": "s28-nail-avulsion-both-great-toes",
    "family": "nails", "shape": "free-text",
    "description": "Nail avulsion R great toe then L great toe (ingrown) -> 11730-T5 + 11732-TA; MA",
    "date": "2026-03-03",
    "patient": ("Brightwater", "Opal", "1956-01-29", "female"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, bilateral great toes", "L60.0", "Right and left great toes", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, first nail", site="Right great toe",
          note="Digital block. Lateral nail border avulsed (partial). Paronychial granulation debrided. "
               "No matrixectomy.", reasons=["c1"]),
        P("Nail avulsion, additional nail", site="Left great toe",
          note="Digital block. Medial nail border avulsed (partial). No matrixectomy.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Sabal Trace Dermatology
Ines Castellanos DNP APRN             03/03/2026

70F, painful ingrown great toenails both feet x 2 mo, failed soaks and cotton wedging.
Exam: R great toe lateral fold erythema and granulation; L great toe medial fold erythema, no pus.
PMH: HTN, hypothyroid. Not diabetic, pulses 2+. NKDA.
Procedure 1: R great toe - digital block 2% plain lido, partial nail avulsion lateral border.
Procedure 2: L great toe - digital block, partial nail avulsion medial border.
No phenol / no matrixectomy either toe (pt wants to try avulsion alone first).
Dressings, soaks BID, recheck 2 wk. Permanent matrixectomy later only if it recurs.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], dx={"11730": ["L60.0"]}),
    "coder_note": "11730 first nail + 11732 additional nail, digit modifiers from the documented toes (T5 right great, "
                  "TA left great). Future matrixectomy is hypothetical.",
})

SCENARIOS.append({
    "id": "s28-nail-grid-avulsion-plus-matrixectomy-same-nail",
    "family": "nails", "shape": "pre-coded",
    "description": "Grid 11730 + 11750 on the same L great toenail (phenol matrixectomy) -> 11750-TA only; Medicare FFS",
    "date": "2026-03-04",
    "patient": ("Stroud", "Wendell", "1942-02-02", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Recurrent ingrowing nail, left great toe", "L60.0", "Left great toe", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial or complete, simple; single", "11730", "Left great toe",
          note="Lateral border avulsed.", reasons=["c1"]),
        P("Excision of nail and nail matrix, partial or complete", "11750", "Left great toe",
          note="Phenol 89% x3 applications 30 s to lateral matrix after avulsion.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """SABAL TRACE DERMATOLOGY
R. Santos PA-C                                    03/04/2026

84M, L great toe lateral ingrown nail, 3rd recurrence in a year (avulsions 2025 x2).
PMH: CAD, HTN, not diabetic; DP/PT pulses palpable. NKDA.
Exam: lateral fold erythema, granulation, no abscess.
Plan: permanent partial matrixectomy. Consent. Digital block 2% plain lidocaine, tourniquet.
Lateral 1/4 of nail plate avulsed, then lateral matrix ablated with 89% phenol x3 (30 s each),
neutralized with alcohol. Same nail, single procedure for permanent removal.
Tourniquet off, capillary refill brisk. Dressing, soaks, recheck 2 wk.
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750 (permanent nail/matrix removal) includes the avulsion of the same nail: PTP 11750/11730 "
                  "indicator 1 with no distinct nail -> 11730 removed (ncci). Digit TA (left great toe).",
})

# ---------------------------------------------------------------------------------------------------------------
# Paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-par-three-calluses-plus-four-nails-xs",
    "family": "paring", "shape": "note-only",
    "description": "Diabetic with PVD: paring of three plantar calluses + debridement of four mycotic nails -> 11056 + 11720-XS",
    "date": "2026-03-05",
    "patient": ("Merriweather", "Ida", "1940-06-30", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities, plantar", "L84", "Plantar feet", reason=True),
        C("c2", "Onychomycosis", "B35.1", "Toenails", reason=True),
        C("c3", "Type 2 diabetes with peripheral angiopathy", "E11.51", reason=True),
    ],
    "note_title": "Foot Care Visit",
    "note": """SABAL TRACE DERMATOLOGY
June Abernathy, APRN                               03/05/2026

85F, T2DM with PAD (ABI 0.7 per vascular), painful calluses and thick nails. Uses a walker.
Exam:
  Plantar: hyperkeratotic painful calluses - R 1st MTP head, R 5th MTP head, L heel (3).
  Nails: R great, L great, L 2nd, L 3rd - thick dystrophic mycotic nails, tender (4). Others normal.
  No ulcers. Pedal pulses diminished.
Procedures:
  1) Paring of 3 calluses with #15 blade - skin.
  2) Debridement of 4 mycotic toenails with nippers/burr - nails.
A/P: calluses and onychomycosis in a diabetic with PAD; at-risk foot. Offloading pads, podiatry shoe
referral. RTC 9 wk.
""",
    "expected": E([L("11056"), L("11720", 1, "XS")], dx={"11056": ["L84"], "11720": ["B35.1"]}),
    "coder_note": "Paring of 2-4 lesions -> 11056; 1-5 nails -> 11720. PTP 11056/11720 is indicator 1 with 11720 in "
                  "column 2; calluses and nails are separate structures -> XS on 11720.",
})

SCENARIOS.append({
    "id": "s28-par-grid-11055-times-five-corns",
    "family": "paring", "shape": "pre-coded",
    "description": "Grid posts 11055 once per corn (5 lines) -> 11057 x1; commercial",
    "date": "2026-03-06",
    "patient": ("Vance", "Clarence", "1960-12-15", "male"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Corns, both feet, painful", "L84", "Toes and plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring of benign hyperkeratotic lesion, single", "11055", "R 5th toe dorsal", reasons=["c1"]),
        P("Paring of benign hyperkeratotic lesion, single", "11055", "R 4th web space", reasons=["c1"]),
        P("Paring of benign hyperkeratotic lesion, single", "11055", "L 5th toe dorsal", reasons=["c1"]),
        P("Paring of benign hyperkeratotic lesion, single", "11055", "L 2nd MTP plantar", reasons=["c1"]),
        P("Paring of benign hyperkeratotic lesion, single", "11055", "L heel", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Sabal Trace Dermatology
A. Lindgren, PA-C                  03/06/2026

65M, pickleball player, painful corns - can't play.
PMH: HLD. Not diabetic. No PAD. NKDA.
Exam: 5 painful hard corns/calluses:
  R 5th toe dorsum
  R 4th web space (soft corn)
  L 5th toe dorsum
  L 2nd MTP plantar
  L heel
No warts (skin lines preserved, no pinpoint bleeding on paring).
Paring with #15 blade of all 5 lesions.
Plan: silicone pads, wider toe box shoes. RTC prn.
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Paring is coded by lesion-count band: more than 4 lesions -> 11057 x1 (11057/11055 indicator 0).",
})

# ---------------------------------------------------------------------------------------------------------------
# Patch testing
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-pt-eighty-plus-four-own-products",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch application: 80-allergen expanded series + 4 of pt's own products = 84 tests -> 95044 x84",
    "date": "2026-03-09",
    "patient": ("Ellsworth", "Naomi", "1948-08-08", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Dermatitis of eyelids and neck, chronic", "L30.9", "Eyelids, neck", reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": """SABAL TRACE DERMATOLOGY - CONTACT DERMATITIS CLINIC
Ines Castellanos, DNP, APRN                                 03/09/2026

77F with 8 mo of eyelid and neck dermatitis; evaluated 02/23 (separate visit) and scheduled for testing today.
Off topical steroids to back x 2 wk, no oral steroids, no recent sun to back.

Application (upper back, Finn chambers on Scanpor):
  - North American 80-allergen expanded series: 80 allergens (panels 1-8, 10 each)
  - Patient's own products, tested "as is" or diluted per protocol: 4
       (moisturizer, eye cream, hair dye - 2% aq dilution, nail polish)
  Total allergens applied: 84
Map placed in chart. Pt instructed: keep back dry, no exercise, return 48 h and 96 h for readings.
Readings will be documented at those visits.
""",
    "expected": E([L("95044", 84)]),
    "coder_note": "95044 units = number of tests applied: 80 + 4 = 84 (MUE 90). The prior evaluation visit was a "
                  "separate date; no E/M today.",
})

SCENARIOS.append({
    "id": "s28-pt-hand-dermatitis-36-plus-rosacea-em25",
    "family": "patch-test", "shape": "free-text",
    "description": "Est pt: 36-allergen patch application for hand dermatitis + separate rosacea flare with Rx -> 99213-25 + 95044 x36",
    "date": "2026-03-10",
    "patient": ("Fitzwilliam", "Agnes", "1951-03-19", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Hand dermatitis, chronic", "L30.9", "Bilateral hands", reason=True),
        C("c2", "Rosacea, flaring", "L71.9", "Face", reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="Standard 36-allergen screening panel applied (36 allergens). Readings at 48 and 96 h.",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit + Patch Test",
    "note": """Sabal Trace Dermatology
Astrid Lindgren PA-C                                    03/10/2026

74F, volunteers at the community garden; chronic hand dermatitis x 1 yr despite gloves and emollients.
Today: patch test application as planned - 36-allergen screening panel to upper back.

Separate issue: rosacea flare x 3 wk - burning, papules, flushing after starting a new blood pressure med.
Exam: central facial erythema, papulopustules cheeks/chin, telangiectasia. Hands: fissured dorsal
dermatitis, no vesicles.
A/P:
  1. Hand dermatitis - patch testing applied today (36 allergens); bland emollient meanwhile.
  2. Rosacea, flaring - start doxycycline 40 mg daily x 8 wk + ivermectin 1% cream (Rx); triggers
     reviewed; will ask PCP whether the amlodipine could be contributing.
Return 48 h and 96 h for readings.
E/M 99213 for rosacea.
""",
    "expected": E([L("99213", 1, "25"), L("95044", 36)], dx={"95044": ["L30.9"], "99213": ["L71.9"]}),
    "coder_note": "95044 x36 (units = allergens). PTP 95044/99213 indicator 1: rosacea flare with Rx management is "
                  "a separate E/M -> 99213-25.",
})

# ---------------------------------------------------------------------------------------------------------------
# Phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-ph-puva-no-conventional-trial-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA for mild psoriasis without failed conventional tx; ABN signed -> 96912-GA; Medicare FFS",
    "date": "2026-03-11",
    "patient": ("Brennan", "Maureen", "1950-04-15", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, limited", "L40.0", "Elbows, knees, lower back", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """SABAL TRACE DERMATOLOGY - PHOTOTHERAPY UNIT
Supervising: Samuel Weiss, MD                                03/11/2026

75F, plaque psoriasis ~4% BSA (elbows, knees, low back). Has not used the prescribed topicals
consistently and has never had NB-UVB; requests PUVA because it worked for her sister.
Reviewed: Medicare covers PUVA only for disabling psoriasis after conventional therapy has failed -
not met. Advance Beneficiary Notice (ABN, CMS-R-131) explained and signed before treatment; pt elects
to proceed and accepts financial responsibility if denied.
Treatment #1: oral methoxsalen 0.6 mg/kg 1.5 h prior, UVA 1.0 J/cm2 full body, eye protection worn.
No erythema expected. Next session in 2-3 days. Continue topicals.
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 (NCD 250.1): PUVA only after failed conventional therapy - not met, so not reasonable and "
                  "necessary (not statutorily excluded); ABN on file -> GA (COS-4).",
})

SCENARIOS.append({
    "id": "s28-ph-grid-excimer-area-sum-255",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Grid 96920 but excimer areas sum to 255 sq cm (60+55+140) -> 96921; MA",
    "date": "2026-03-12",
    "patient": ("Nakashima", "Roy", "1946-11-21", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques", "L40.0", "Elbows, right knee", reason=True),
    ],
    "procedures": [
        P("Laser treatment for inflammatory skin disease, total area less than 250 sq cm", "96920",
          "Bilateral elbows, right knee", note="Excimer 308 nm, session 9 of course.", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "note": """Sabal Trace Dermatology - Excimer
June Abernathy, APRN                    03/12/2026

79M, localized plaque psoriasis (~3% BSA) after 6 mo of topical clobetasol/calcipotriene without clearing.
Session 9/13 this course. Tolerating; plaques thinner.
Treated areas today (measured with grid):
   L elbow      60 sq cm   - 450 mJ/cm2
   R elbow      55 sq cm   - 450 mJ/cm2
   R knee      140 sq cm   - 500 mJ/cm2
   Total treated area: 255 sq cm
No blistering from last session. Continue 2x/wk.
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "96920-96922 are chosen by total area treated in the session: 255 sq cm -> 96921 (250-500).",
})

# ---------------------------------------------------------------------------------------------------------------
# Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-mohs-nasal-tip-six-block-stage-12051",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs nasal tip BCC: stage 1 six blocks, stage 2 two blocks + layered repair 1.8 cm -> 17311, 17312, 17315, 12051",
    "date": "2026-03-16",
    "patient": ("Langford", "Beatrix", "1941-09-09", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip", "C44.311", "Nasal tip", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-23", "11102", "Tangential biopsy", "Nasal tip", note="Path: BCC, infiltrative"),
    ],
    "procedures": [
        P("Mohs surgery stage 1", site="Nasal tip",
          note="Surgeon also read frozen sections. Stage 1 divided into 6 tissue blocks; tumor at blocks 2 and 5.",
          reasons=["c1"]),
        P("Mohs surgery stage 2", site="Nasal tip",
          note="2 tissue blocks. Clear.", reasons=["c1"]),
        P("Repair", site="Nasal tip",
          note="Layered closure: 5-0 Monocryl buried, 6-0 nylon. Final length 1.8 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """SABAL TRACE DERMATOLOGY - MOHS SURGERY
Luca Marchetti, MD (surgeon and pathologist)                        03/16/2026

84F, BCC infiltrative type nasal tip, bx 02/23/2026. Area H - Mohs indicated.
Pre-op size 0.8 cm. Lido w/ epi.
Stage 1: 6 blocks (larger than usual - ill-defined tumor). Residual BCC blocks 2 and 5.
Stage 2: 2 blocks over those areas. Clear.
Defect 1.2 x 1.0 cm, to mid-subcutis.
Repair options reviewed: second intention vs layered linear closure vs flap. Linear layered closure
chosen, oriented along the nasal subunit: buried 5-0 Monocryl, 6-0 nylon. Length 1.8 cm.
No flap, no graft. Hemostasis, pressure dressing. Sutures out 1 wk.
No specimens sent for permanent sections.
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head site, 2 stages -> 17311 + 17312; stage 1 had 6 blocks -> 17315 x1 for the block beyond "
                  "5. MOHS-7: layered repair 1.8 cm nose -> 12051. Prior biopsy is 000 global.",
})

SCENARIOS.append({
    "id": "s28-mohs-grid-pretibial-scc-wrong-site-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Grid 17311 + 17312 + 88305 for Mohs of R pretibial SCC -> 17313 + 17314; 88305 on Mohs layers removed; MA",
    "date": "2026-03-17",
    "patient": ("Quarles", "Ferdinand", "1937-05-26", "male"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 150,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right pretibial leg", "C44.722", "Right pretibial leg", reason=True),
        C("c2", "Chronic lymphocytic leukemia", "C91.10", history=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", "17311", "Right pretibial leg",
          note="4 blocks.", reasons=["c1"]),
        P("Mohs micrographic surgery, each additional stage", "17312", "Right pretibial leg",
          note="3 blocks.", reasons=["c1"]),
        P("Surgical pathology, gross and microscopic", "88305", "Right pretibial leg",
          note="Mohs layers", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """SABAL TRACE DERMATOLOGY - MOHS
Luca Marchetti, MD                                         03/17/2026

88M with CLL (immunosuppressed), bx-proven invasive SCC R pretibial leg, 1.4 cm.
Mohs indicated: immunosuppression, pretibial location.
I acted as surgeon and pathologist; all layers processed as frozen sections in our Mohs lab.
Stage I: 4 blocks - SCC at deep margin block 3.
Stage II: 3 blocks - clear.
Defect 2.3 x 2.0 cm; left to heal by second intention (poor skin laxity, pt preference). No repair.
No tissue sent out for permanent pathology.
""",
    "expected": E([L("17313"), L("17314")], topics=["coding-correction", "ncci"], dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: leg = trunk/arms/legs group -> 17313 + 17314 (not 17311/17312). MOHS-5: no separate "
                  "pathology on Mohs layers; PTP 17313/88305 indicator 1 with no separate specimen -> 88305 removed.",
})

# ---------------------------------------------------------------------------------------------------------------
# Repair
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-rep-two-nevi-summed-intermediate",
    "family": "repair", "shape": "free-text",
    "description": "Excision of two dysplastic nevi (L upper arm 1.0 cm, R thigh 1.1 cm) with layered repairs 2.5 + 3.0 summed -> 12032",
    "date": "2026-03-18",
    "patient": ("Harwell", "Stanley", "1953-02-11", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Dysplastic nevus, left upper arm, margin involved", "D22.62", "Left upper arm", reason=True),
        C("c2", "Dysplastic nevus, right thigh, margin involved", "D22.71", "Right thigh", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-24", "11102", "Tangential biopsy", "Left upper arm",
              note="Dysplastic nevus, moderate atypia, peripheral margin involved"),
    ],
    "procedures": [
        P("Excision benign lesion", site="Left upper arm",
          note="Biopsy scar/residual pigment 0.6 cm, 2 mm margins, excised diameter 1.0 cm.", reasons=["c1"]),
        P("Excision benign lesion", site="Right thigh",
          note="Biopsy scar/residual pigment 0.7 cm, 2 mm margins, excised diameter 1.1 cm.", reasons=["c2"]),
        P("Intermediate repair", site="Left upper arm", note="Layered closure 2.5 cm.", reasons=["c1"]),
        P("Intermediate repair", site="Right thigh", note="Layered closure 3.0 cm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left upper arm, excision: residual dysplastic nevus with moderate atypia, margins clear.\n"
                 "B. Right thigh, excision: scar; no residual nevus. Margins clear.",
         "site": "Left upper arm; right thigh", "date": "2026-03-21"},
    ],
    "note_title": "Excision Note",
    "note": """SABAL TRACE DERMATOLOGY
Samuel Weiss, MD                                  03/18/2026

72M, two dysplastic nevi with moderate atypia and involved margins on shave bx 02/24 (L upper arm, R thigh).
Re-excision recommended. Consent and time-out. 1% lido w/ epi.
L upper arm: 0.6 cm residual, 2 mm margins -> 1.0 cm; layered closure (4-0 Vicryl deep, 4-0 nylon) 2.5 cm.
R thigh: 0.7 cm residual, 2 mm margins -> 1.1 cm; layered closure 3.0 cm.
Hemostasis with electrocautery; EBL minimal.
Both specimens to path. Sutures out 10-14 d.
Discussed possible future total-body photography - not done today.
""",
    "expected": E([L("11401"), L("11402"), L("12032")]),
    "coder_note": "EX-1: arm 0.6+0.4 = 1.0 -> 11401; thigh 0.7+0.4 = 1.1 -> 11402. REP-1: intermediate repairs in the "
                  "same group (extremities) are summed, 2.5 + 3.0 = 5.5 cm -> 12032 x1. Prior biopsy 000 global.",
})

SCENARIOS.append({
    "id": "s28-rep-grid-complex-for-undermining-only",
    "family": "repair", "shape": "pre-coded",
    "description": "Grid 11602 + 13121 for L forearm SCCIS; repair was layered with undermining only -> 12032",
    "date": "2026-03-19",
    "patient": ("Pemberton", "Adele", "1944-12-03", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left forearm", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, arm, 1.1-2.0 cm", "11602", "Left dorsal forearm",
          note="Lesion 1.0 cm, margins 4 mm, excised diameter 1.8 cm.", reasons=["c1"]),
        P("Complex repair, arm, 2.6-7.5 cm", "13121", "Left dorsal forearm",
          note="Undermined, layered closure 4.2 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left forearm, excision: squamous cell carcinoma in situ, margins clear.",
         "site": "Left forearm", "date": "2026-03-23"},
    ],
    "note_title": "Excision Note",
    "note": """SABAL TRACE DERMATOLOGY
Samuel Weiss, MD                        03/19/2026

81F, bx-proven SCCIS L dorsal forearm. Thin atrophic skin (chronic steroid inhaler use).
Excision: lesion 1.0 cm, 4 mm margins (1.8 cm excised diameter), to subcutaneous fat.
Repair: undermining 1 cm each side to reduce tension; layered closure with 4-0 Monocryl deep and
5-0 nylon simple interrupted. No debridement of wound edges, no exposed tendon or named vessel, no
retention sutures or stents. Length 4.2 cm.
EBL minimal. Steri-strips and pressure dressing.
Sutures out 14 d. Path pending.
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"], dx={"11602": ["D04.62"]}),
    "coder_note": "REP-3: undermining alone does not make a repair complex; layered closure 4.2 cm of the arm -> "
                  "intermediate 12032. EX-3: SCCIS -> malignant excision 11602 (1.0 + 0.8 = 1.8 cm).",
})

# ---------------------------------------------------------------------------------------------------------------
# Shave removal
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s28-shave-irritated-sk-scalp-1-3cm",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of 1.3 cm irritated SK of scalp that bleeds with combing -> 11307; Medicare FFS",
    "date": "2026-03-20",
    "patient": ("Holloway", "Winifred", "1935-10-14", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Left parietal scalp", reason=True),
    ],
    "path": [
        {"text": "Skin, left parietal scalp, shave removal: irritated seborrheic keratosis.",
         "site": "Left parietal scalp", "date": "2026-03-24"},
    ],
    "note_title": "Procedure Note",
    "html": True,
    "note": """<div><p><b>SABAL TRACE DERMATOLOGY</b><br/>Rafael Santos, PA-C &middot; 03/20/2026</p>
<p><b>CC:</b> scalp growth bleeds when combing; her hairdresser keeps catching it.</p>
<p><b>Exam:</b> L parietal scalp 1.3 cm verrucous stuck-on papule, inflamed base, hemorrhagic crust.
Other SKs on back - asymptomatic, not treated.</p>
<p><b>Procedure:</b> shave removal, L parietal scalp lesion (1.3 cm). Lido w/ epi, DermaBlade, AlCl3.
Specimen to path.</p>
<p><b>Meds:</b> donepezil, metoprolol. <b>Allergies:</b> NKDA.</p>
<p><b>Consent:</b> verbal and written, daughter present (POA).</p>
<p><b>Dx:</b> irritated/inflamed SK - bleeding and traumatized by comb.<br/>RTC prn.</p>
<p>Wound care: vaseline daily, may shampoo tomorrow.</p></div>""",
    "expected": E([L("11307")], dx={"11307": ["L82.0"]}),
    "coder_note": "SH-1: scalp = SNHFG, lesion 1.3 cm -> 11307. Bleeding/trauma meets BSL-3.",
})

SCENARIOS.append({
    "id": "s28-shave-cheek-no-size-chest-sk",
    "family": "shave", "shape": "free-text",
    "description": "Shave removals: bleeding L cheek papule with no size (no line) + 0.4 cm inflamed SK chest (11300); MA",
    "date": "2026-03-23",
    "patient": ("Corrigan", "Delbert", "1948-07-02", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 15,
    "conditions": [
        C("c1", "Pyogenic granuloma, left cheek", "L98.0", "Left cheek", reason=True),
        C("c2", "Inflamed seborrheic keratosis, chest", "L82.0", "Mid chest", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left cheek",
          note="Friable red papule, bleeds profusely with shaving. Shave removal + cautery base. To path.",
          reasons=["c1"]),
        P("Shave removal", site="Mid chest",
          note="0.4 cm inflamed, itchy, crusted SK. Shave removal. To path.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left cheek, shave: lobular capillary hemangioma (pyogenic granuloma).\n"
                 "B. Mid chest, shave: inflamed seborrheic keratosis.", "site": "Left cheek; mid chest",
         "date": "2026-03-26"},
    ],
    "note_title": "Procedure Note",
    "note": """Sabal Trace Dermatology
A. Lindgren PA-C                   03/23/2026

77M: red bump on L cheek x 5 wk bleeds every time he shaves; itchy crusty spot mid chest.
Exam: L cheek friable red vascular papule. Mid chest 0.4 cm inflamed SK with crust.
Meds: tamsulosin, aspirin 81. NKDA.
Consent. Lido w/ epi.
Shave removal of both lesions, electrocautery/AlCl3 hemostasis, both to path.
Dx: r/o pyogenic granuloma L cheek (bleeding); inflamed SK chest (itchy).
Wound care reviewed. Will call with path.
RTC prn.
""",
    "expected": E([L("11300")], topics=["missing-documentation"], dx={"11300": ["L82.0"]}),
    "coder_note": "SH-1 / README: shave codes need the lesion diameter; none documented for the cheek lesion -> no "
                  "11310-11313 line + missing-documentation. Chest 0.4 cm TAL -> 11300.",
})
