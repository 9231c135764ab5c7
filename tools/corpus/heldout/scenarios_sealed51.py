"""Sealed set 51 (s51-): academic high-risk skin-cancer clinic for solid-organ-transplant recipients (Epic).

Voice: Northfield University Health, Transplant Dermatology & High-Risk Skin Cancer Clinic. Attendings write dense
lesion-by-lesion inventories ("Lesion A / Lesion B", "Site 1 / Site 2") with a plan per lesion, long
immunosuppression and past-procedure histories that are not coded, and Mohs referrals that are only planned.
Providers: lindgren (transplant dermatology attending), weiss (Mohs surgeon), abernathy (attending),
okonkwo (attending), castellanos (phototherapy / contact-dermatitis clinic), santos (nail and foot clinic).
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "NORTHFIELD UNIVERSITY HEALTH - TRANSPLANT DERMATOLOGY & HIGH-RISK SKIN CANCER CLINIC"

# =================================================================================================================
# Biopsy
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-bx-liver-tx-five-lesion-inventory",
    "family": "biopsy", "shape": "note-only",
    "description": "Liver-tx recipient, lesion A-G inventory: 3 shave bx + 2 punch bx; AKs declined, scar/milia not treated",
    "date": "2025-10-14",
    "patient": ("Harkavy", "Desmond", "1957-02-19", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, multiple sites", "D49.2", "Multiple", reason=True),
        C("c2", "Liver transplant status", "Z94.4", history=True),
        C("c3", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Transplant Dermatology Follow-up",
    "note": HDR + """
Follow-up Visit - Dermatology (Epic)  DOS 10/14/2025
Attending: Astrid Lindgren, MD

CC: q3 month skin surveillance, "new crusty spots".

HPI: 68 y.o. male, deceased-donor liver transplant 2014 (NASH). Current IS: tacrolimus 2 mg BID, mycophenolate
mofetil 500 mg BID. Skin cancer burden since transplant: 31 cSCC, 4 BCC. Prior Mohs x9 (nose, L ear, R temple,
scalp x3, dorsal hands x3), ED&C too many to list, 5-FU field therapy 2023, PDT to scalp 2022 and 2024.
All of the above are history only - nothing from prior visits is billed today.

Exam: full skin exam, Fitzpatrick II, heavy actinic damage scalp/face/dorsal hands.

LESION INVENTORY
Lesion A - R frontal scalp - 7 mm hyperkeratotic pink papule. DDx SCC vs HAK.
   Plan: tangential (shave) biopsy today.
Lesion B - L dorsal hand, 2nd MCP - 9 mm crusted papule. DDx SCC/KA.
   Plan: shave biopsy today (saucerization to mid-dermis).
Lesion C - R pretibial shin - 1.1 cm firm nodule, central keratin plug. DDx invasive SCC vs KA.
   Plan: 4 mm punch biopsy to fat, one 4-0 nylon.
Lesion D - L upper back - 6 mm pearly papule with arborizing vessels. DDx BCC.
   Plan: shave biopsy.
Lesion E - L jawline - 5 mm scaly erythematous papule, indurated base. DDx SCC.
   Plan: 3 mm punch biopsy, hemostasis with AlCl3, no suture.
Lesion F - R helix - well-healed Mohs scar (2022), no nodularity. Plan: observe.
Lesion G - L malar cheek - 2 mm milia x3. Benign, reassured, no treatment.

AKs: scalp approx 10 thin AKs. Offered LN2 today - patient DECLINES, prefers home 5-FU in the winter. Not treated.

Procedure note: consent obtained, time-out. 1% lidocaine w/ epi. Lesions A, B, D sampled by tangential shave
biopsy; lesions C and E by punch (4 mm and 3 mm). Five specimens, five separate jars labelled A-E.
Wound care reviewed.

Plan: results in 7-10 days via MyChart. Any invasive SCC on the face/jawline -> Mohs referral to Dr. Weiss
(will schedule only after path). Continue nicotinamide 500 mg BID. RTC 3 months.

Electronically signed by Astrid Lindgren, MD 10/14/2025 5:02 PM
""",
    "expected": E([L("11104"), L("11105"), L("11103", 3)]),
    "coder_note": "BX-2: two punches + three tangential -> 11104 primary, 11105 x1, 11103 x3. Declined AK cryo, "
                  "observed scar/milia and the long prior-procedure history are not coded; no E/M selected.",
})

SCENARIOS.append({
    "id": "s51-bx-precoded-11100-11101-deleted",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Heart-tx recipient, three shave biopsies pre-coded with deleted 11100/11101 x2",
    "date": "2025-10-21",
    "patient": ("Okwuosa", "Beatrice", "1961-08-04", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, right upper arm", "D49.2", "Right upper arm", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, left forearm", "D49.2", "Left forearm", reason=True),
        C("c3", "Neoplasm of unspecified behavior of skin, chest", "D49.2", "Anterior chest", reason=True),
        C("c4", "Heart transplant status", "Z94.1", history=True),
    ],
    "procedures": [
        P("BIOPSY SKIN SINGLE LESION", cpt="11100", site="Right upper arm, lateral",
          note="Lesion A. 8 mm scaly pink plaque. Shave biopsy with DermaBlade to superficial dermis.",
          reasons=["c1"]),
        P("BIOPSY SKIN EACH ADDITIONAL LESION", cpt="11101", site="Left forearm, dorsal",
          note="Lesion B. 6 mm crusted papule. Shave biopsy.", reasons=["c2"]),
        P("BIOPSY SKIN EACH ADDITIONAL LESION", cpt="11101", site="Anterior chest, midline",
          note="Lesion C. 5 mm pink papule with rolled border. Shave biopsy.", reasons=["c3"]),
    ],
    "note_title": "Transplant Dermatology Procedure Visit",
    "note": HDR + """
Procedure Visit  10/21/2025   June Abernathy, MD

64F, orthotopic heart transplant 2016 (dilated CM). IS: sirolimus (converted from tacrolimus 2021 after
3 SCCs in 12 months), prednisone 5 mg. Hx: 7 cSCC, 2 BCC, one MIS L calf 2020 (WLE). Last TBSE 8/2025.

Here for biopsies scheduled at last visit + one new spot on the chest.

Lesion A  R lateral upper arm  8 mm scaly pink plaque      -> shave bx (r/o SCCis vs ISK)
Lesion B  L dorsal forearm     6 mm crusted papule          -> shave bx (r/o SCC)
Lesion C  anterior chest       5 mm pink papule, rolled edge -> shave bx (r/o BCC)
Lesion D  L cheek              stuck-on tan papule          -> SK, clinical dx, no bx, reassured

All three biopsies: tangential technique, DermaBlade, hemostasis with aluminium chloride. 3 specimens.

If Lesion A or B returns SCCis -> ED&C at next visit. If C is BCC, superficial type -> consider imiquimod.
Electronically signed by June Abernathy, MD
""",
    "expected": E([L("11102"), L("11103", 2)], topics=["invalid-code"]),
    "coder_note": "11100/11101 deleted 2018 (BX-1); three tangential biopsies -> 11102 + 11103 x2.",
})

SCENARIOS.append({
    "id": "s51-bx-eight-sites-11103-mue-cap",
    "family": "biopsy", "shape": "note-only",
    "description": "Kidney-tx x2 on belatacept: 8 shave biopsies Site 1-8 -> 11102 + 11103 capped at MUE 6",
    "date": "2025-11-04",
    "patient": ("Pruitt", "Lonnie", "1953-12-30", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 55,
    "conditions": [
        C("c1", "Multiple neoplasms of unspecified behavior of skin", "D49.2", "Multiple sites", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note_title": "High-Risk Skin Cancer Clinic Note",
    "note": HDR + """
HIGH-RISK SKIN CANCER CLINIC - PROGRESS NOTE     11/04/2025
Provider: Astrid Lindgren, MD

Interval history: 71M, kidney transplant x2 (living related 2001, failed; deceased donor 2015). IS: belatacept
monthly infusion, MMF 750 mg BID, prednisone 5 mg. Converted from tacrolimus 2019. Skin: >60 keratinocyte
carcinomas lifetime; Mohs x14; ED&C x25+; capecitabine chemoprevention 2021-2022 (stopped, hand-foot syndrome).
Acitretin 25 mg daily - continued by transplant nephrology, no change today.

He reports a crop of new tender papules since last visit (6 weeks ago).

Exam: TBSE. Dense actinic damage.

Site 1 - vertex scalp, 9 mm hyperkeratotic papule          - shave biopsy
Site 2 - R temple, 6 mm scaly papule                        - shave biopsy
Site 3 - L preauricular cheek, 7 mm crusted papule          - shave biopsy
Site 4 - R dorsal hand, 1.0 cm keratotic nodule             - shave biopsy (saucerization)
Site 5 - L dorsal hand, 8 mm tender papule                  - shave biopsy
Site 6 - L dorsal forearm, 6 mm pink papule                 - shave biopsy
Site 7 - R upper back, 5 mm pink pearly papule              - shave biopsy
Site 8 - R anterior shin, 1.2 cm keratotic plaque           - shave biopsy
Site 9 - L forehead, 4 mm thin gritty papule, classic AK    - no bx; LN2 deferred to next visit (time)

Procedure: verbal and written consent, time-out. Lidocaine 1% w/ epi. Eight tangential (shave) biopsies as
above, hemostasis Drysol + light cautery. 8 specimens sent in 8 separately labelled containers.

Plan: pathology review at tumour board Thursday. Invasive SCC on the head/hands will go to Mohs (Dr. Weiss);
SCCis on trunk/limbs -> ED&C. Discussed that belatacept + MMF combination is driving the burden; will write
to nephrology re: mTOR conversion - no change made today. RTC 2-3 weeks for treatment visit.

Electronically signed: Astrid Lindgren, MD 11/04/2025 18:11
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "Eight tangential biopsies = 11102 + 11103 x7, but the 11103 MUE is 6 (MAI 3): capped at 6 with an "
                  "mue finding (README Coding decisions). AK on site 9 deferred, not coded.",
})

SCENARIOS.append({
    "id": "s51-bx-lung-tx-wedge-punch-shave-em25",
    "family": "biopsy", "shape": "free-text",
    "description": "Lung-tx on voriconazole: incisional + punch + 2 shave bx; separate voriconazole/acitretin management 99214-25",
    "date": "2025-11-12",
    "patient": ("Villaseñor", "Ramona", "1966-05-23", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 50,
    "em": "99214",
    "conditions": [
        C("c1", "Ulcerated plaque, left forearm", "D49.2", "Left forearm", reason=True),
        C("c2", "Papule, right cheek", "D49.2", "Right cheek", reason=True),
        C("c3", "Papule, scalp", "D49.2", "Scalp", reason=True),
        C("c4", "Papule, right upper chest", "D49.2", "Right upper chest", reason=True),
        C("c5", "Phototoxic reaction to voriconazole", "L56.0", "Face, forearms", reason=True),
        C("c6", "Lung transplant status", "Z94.2", history=True),
    ],
    "procedures": [
        P("Incisional (wedge) biopsy", site="Left dorsal forearm",
          note="Lesion A: 2.5 cm ulcerated indurated plaque. Full-thickness fusiform wedge from the edge with #15 "
               "blade, into subcutis; 2 simple 4-0 nylon sutures.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Right cheek",
          note="Lesion B: 7 mm indurated papule. 4 mm punch, 5-0 prolene x1.", reasons=["c2"]),
        P("Shave biopsy", site="Scalp, vertex", note="Lesion C: 9 mm hyperkeratotic papule. Tangential shave.",
          reasons=["c3"]),
        P("Shave biopsy", site="Right upper chest", note="Lesion D: 5 mm pink papule. Tangential shave.",
          reasons=["c4"]),
    ],
    "note_title": "Transplant Dermatology Visit",
    "note": HDR + """
Established patient visit   11/12/2025    Chidi Okonkwo, MD

59F, bilateral lung transplant 2019 (IPF). IS: tacrolimus, MMF, prednisone 10 mg. Antifungal prophylaxis with
voriconazole since 6/2025 (Aspergillus colonisation). Hx: 3 cSCC (2023-2025), treated with excision/ED&C.

Problem 1 - new lesions (see procedure notes, lesions A-D). Biopsies today, 4 specimens.

Problem 2 - voriconazole phototoxicity. New since summer: burning erythema and lentigines on the face and
dorsal forearms after minimal sun; exam shows confluent erythema, early pseudoporphyria-like erosions on the
dorsal hands. Voriconazole is a known independent risk factor for aggressive cSCC in lung transplant.
 - Counselled at length; strict photoprotection, UPF sleeves.
 - Called transplant pulmonology (Dr. Rahimi) - agree to switch to posaconazole; they will manage the order.
 - Rx: triamcinolone 0.1% cream BID x 2 weeks for the phototoxic dermatitis on the forearms.

Problem 3 - chemoprevention. Discussed acitretin; will start 10 mg daily if Lesion A or B is SCC. Baseline
fasting lipids and LFTs ordered today so we are ready. Nicotinamide 500 mg BID started.

Mohs is NOT planned yet - depends on pathology; if Lesion B (cheek) is SCC she will be referred to Dr. Weiss.

Total time excluding procedures: 32 minutes. MDM moderate (chronic illness with progression, Rx management).
Level: 99214-25.
Electronically signed by Chidi Okonkwo, MD
""",
    "expected": E([L("11106"), L("11105"), L("11103", 2), L("99214", 1, "25")]),
    "coder_note": "BX-2: incisional is the primary (11106); the punch takes 11105 and each shave 11103. Voriconazole "
                  "phototoxicity and chemoprevention management are separately identifiable -> 99214-25.",
})

SCENARIOS.append({
    "id": "s51-bx-lip-vermilion-precoded-11104",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Heart-tx: punch bx of lower-lip vermilion pre-coded 11104 + temple shave as 11103; corrected to 40490 + 11102-XS",
    "date": "2025-11-18",
    "patient": ("Drummond", "Elliot", "1949-09-09", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Leukoplakic erosion of lower lip vermilion", "D49.2", "Lower lip vermilion", reason=True),
        C("c2", "Scaly papule, left temple", "D49.2", "Left temple", reason=True),
        C("c3", "Heart transplant status", "Z94.1", history=True),
        C("c4", "Actinic cheilitis", "L56.8", history=True),
    ],
    "procedures": [
        P("Punch biopsy", cpt="11104", site="Lower lip, vermilion, left of midline",
          note="Site 1. 6 mm persistent white erosion on the vermilion, 4 mm punch, 5-0 Vicryl rapide x2.",
          reasons=["c1"]),
        P("Tangential biopsy, additional", cpt="11103", site="Left temple",
          note="Site 2. 7 mm scaly pink papule. Shave biopsy with flexible blade.", reasons=["c2"]),
    ],
    "note_title": "Transplant Dermatology Procedure Note",
    "note": HDR + """
Procedure note 11/18/2025 - June Abernathy, MD
76M, heart tx 2008. IS: cyclosporine + azathioprine (legacy regimen), prednisone 5 mg. Long hx actinic cheilitis
treated with 5-FU to lip 2021; SCC L ear 2018 (Mohs), SCC R hand 2023 (excision). None of this billed today.

Site 1 - lower lip vermilion, just L of midline - persistent white erosion 6 mm x 3 months, not healing
  with petrolatum. DDx SCC of lip vs erosive actinic cheilitis. Punch biopsy 4 mm, 2 absorbable sutures.
Site 2 - L temple - 7 mm scaly pink papule. DDx SCCis vs HAK. Shave biopsy.
Site 3 - R cheek - 3 thin AKs. Discussed; he wants to wait and do PDT with the lip if benign. Not treated.

If Site 1 is invasive SCC -> Mohs referral (lip = area H). Otherwise vermilionectomy discussion vs
field therapy. 2 specimens. RTC 2 weeks.
""",
    "expected": E([L("40490"), L("11102", 1, "XS")], topics=["coding-correction"]),
    "coder_note": "BX-1: lip vermilion biopsy has its own code (40490), so the temple shave is the only skin biopsy -> "
                  "11102 primary; 40490/11102 PTP indicator 1, different sites -> XS on 11102.",
})

# =================================================================================================================
# Destruction
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-ds-ak-field-twenty-three-17004",
    "family": "destruction", "shape": "note-only",
    "description": "Kidney-tx AK field count 14+5+4 = 23 -> 17004; old ED&C scar and planned PDT not coded",
    "date": "2025-10-28",
    "patient": ("Szabo", "Imre", "1950-04-17", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead and dorsal hands", "L57.0", "Scalp, forehead, dorsal hands",
          reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
        C("c3", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
    ],
    "note_title": "Transplant Dermatology Treatment Visit",
    "note": HDR + """
TREATMENT VISIT - 10/28/2025 - Astrid Lindgren, MD

75M, deceased-donor kidney 2010; IS tacrolimus / MMF / pred 5. Skin hx: 12 SCC (Mohs x4, excision x3,
ED&C x5), last SCC 3/2025 L forearm.

Focused exam for field treatment today.

AK COUNT (LN2, 2 freeze-thaw cycles each, ~10 s):
  Scalp (vertex + frontal)  14
  Forehead                   5
  Dorsal hands (R 3, L 1)    4
  TOTAL                     23 AKs treated

Other sites:
Lesion A - L forearm - 2025 ED&C site of SCCis, flat white scar, no recurrence. Observe.
Lesion B - R cheek - 3 mm SK, reassured.

Plan: PDT (aminolevulinic acid, blue light) to scalp is being considered for January; to be scheduled if
he agrees - nothing done today. Continue nicotinamide. TBSE in 3 months.

Electronically signed by Astrid Lindgren, MD
""",
    "expected": E([L("17004")]),
    "coder_note": "DS-1: 23 premalignant lesions (15 or more) -> 17004 x1 instead of 17000/17003. Observed scar, SK and "
                  "planned PDT not coded.",
})

SCENARIOS.append({
    "id": "s51-ds-edc-three-sccis-by-curettage-defect",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of three biopsy-proven SCCis (hand, forearm, shin), sized by post-curettage defect",
    "date": "2025-11-20",
    "patient": ("Abernethy-Cole", "Marcus", "1958-01-11", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right dorsal hand", "D04.61", "Right dorsal hand", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left forearm", reason=True),
        C("c3", "Squamous cell carcinoma in situ, left shin", "D04.72", "Left anterior shin", reason=True),
        C("c4", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("ED&C", site="Right dorsal hand",
          note="Lesion A (bx 10/30/25 SCCis). Clinical lesion 0.9 cm. Curettage x3 with electrodesiccation; "
               "final defect 1.3 cm.", reasons=["c1"]),
        P("ED&C", site="Left dorsal forearm",
          note="Lesion B (bx 10/30/25 SCCis). Lesion 0.7 cm; final defect 1.0 cm after 3 cycles.",
          reasons=["c2"]),
        P("ED&C", site="Left anterior shin",
          note="Lesion C (bx 10/30/25 SCCis, bowenoid). Lesion 1.4 cm; final defect 1.9 cm.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Skin, R dorsal hand, shave bx: squamous cell carcinoma in situ. B. Skin, L forearm, shave bx: "
                 "squamous cell carcinoma in situ. C. Skin, L shin, shave bx: squamous cell carcinoma in situ "
                 "(Bowen type).", "date": "2025-11-01", "site": "R hand / L forearm / L shin"},
    ],
    "note_title": "Treatment Visit - ED&C",
    "note": HDR + """
TREATMENT VISIT  11/20/2025  Astrid Lindgren, MD

67M, kidney tx 2017 (IgA nephropathy). Tacrolimus + MMF. Biopsies 10/30/2025 (billed that day): three SCCis.
Returns for definitive treatment as planned. Mohs not indicated (in situ, trunk/limb/hand, patient preference).

Lesion A - R dorsal hand - SCCis. Pre-op 0.9 cm. ED&C x3 cycles. Post-curettage defect 1.3 cm.
Lesion B - L dorsal forearm - SCCis. Pre-op 0.7 cm. ED&C x3. Defect 1.0 cm.
Lesion C - L anterior shin - SCCis. Pre-op 1.4 cm. ED&C x3. Defect 1.9 cm.

Lidocaine w/ epi. Curette, then electrodesiccation each cycle. Petrolatum + bandage. Leg wound care / elevation
reviewed (slow healing expected on the shin on MMF).
RTC 3 months, sooner if non-healing.
""",
    "expected": E([L("17272"), L("17261"), L("17262")]),
    "coder_note": "DS-4: malignant destruction sized by the final curettage defect: hand 1.3 cm -> 17272 (SNHFG "
                  "1.1-2.0), forearm 1.0 -> 17261, shin 1.9 -> 17262. D04 in situ counts as malignant.",
})

SCENARIOS.append({
    "id": "s51-ds-edc-two-sbcc-one-unmeasured",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of two biopsy-proven superficial BCCs on the trunk; second has no size -> no line",
    "date": "2025-12-02",
    "patient": ("Tennyson", "Carla", "1960-03-28", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Superficial basal cell carcinoma, left flank", "C44.519", "Left flank", reason=True),
        C("c3", "Lung transplant status", "Z94.2", history=True),
    ],
    "path": [
        {"text": "Skin, R upper back, shave: basal cell carcinoma, superficial type.", "date": "2025-11-15",
         "site": "R upper back"},
        {"text": "Skin, L flank, shave: basal cell carcinoma, superficial and nodular.", "date": "2025-11-15",
         "site": "L flank"},
    ],
    "note_title": "ED&C Procedure Note",
    "note": HDR + """
Procedure: Electrodesiccation & curettage x2            DOS 12/02/2025
Operator: June Abernathy, MD

65F, single lung tx 2018 (COPD/A1AT). IS: tacrolimus, azathioprine, pred 7.5. Prior skin ca: BCC R shoulder
(excised 2021), SCCis L hand (ED&C 2023). Biopsies 11/13/2025 confirmed the two BCCs below.

Lesion A - R upper back - sBCC (path 11/15). Marked with 2 mm rim. ED&C x3 cycles.
   Final defect after curettage: 1.6 cm.
Lesion B - L flank - sBCC with nodular component (path 11/15). ED&C x3 cycles, curette met firm dermis at
   the end, no residual gelatinous tissue.
Lesion C - central chest - 4 mm pink macule, new. Will re-check in 6 weeks; no biopsy today.

Anesthesia: 1% lidocaine w/ epi, 3 mL. EBL minimal. Petrolatum dressings.
Nodular component on B -> if recurrence, excision or Mohs would be next; not planned now.

Electronically signed by June Abernathy, MD
""",
    "expected": E([L("17262")], topics=["missing-documentation"]),
    "coder_note": "Lesion A: trunk, final defect 1.6 cm -> 17262. Lesion B has no lesion or defect size, so no size-banded "
                  "17260-17266 line (README: missing measurement -> no line + missing-documentation).",
})

SCENARIOS.append({
    "id": "s51-ds-verrucae-fourteen-immunosuppressed",
    "family": "destruction", "shape": "free-text",
    "description": "Kidney-tx on tacrolimus, spreading common warts: 14 treated with LN2 -> 17110 x1",
    "date": "2025-12-09",
    "patient": ("Mbatha", "Sipho", "1988-10-15", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, multiple, hands and left knee", "B07.8", "Bilateral hands, left knee",
          reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("Cryodestruction of warts", site="Bilateral hands, left knee",
          note="Verrucae spreading since tacrolimus dose increase: R hand 6, L hand 5, L knee 3 (14 total). "
               "LN2 2 cycles each, paring before freeze.", reasons=["c1"]),
    ],
    "note_title": "Transplant Dermatology Visit",
    "note": HDR + """
37M, kidney tx 2024 (ESRD on PD from FSGS), on Medicare (ESRD entitlement). IS: tacrolimus, MMF.
Warts increasing in number over 6 months, now on both hands and L knee, catching on clothes and bleeding at the
knuckles. Immunosuppressed - spreading verrucae.

Lesion count: R hand 6, L hand 5, L knee 3 = 14 verrucae. All treated with LN2 after paring.
R thumb periungual wart - included in the R hand count.

Plan: repeat in 3-4 weeks. If refractory -> candida antigen injections or cantharidin at a later visit (not today).
No other skin concerns; full skin check due in January.
Chidi Okonkwo, MD
""",
    "expected": E([L("17110")]),
    "coder_note": "DS-2: benign destruction of up to 14 lesions -> 17110 x1. Spreading warts in an immunosuppressed "
                  "patient meet the benign-lesion LCD (BSL-4), so no GA/GZ.",
})

# =================================================================================================================
# E/M
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-em-new-heart-tx-surveillance-99204",
    "family": "em", "shape": "note-only",
    "description": "New heart-tx recipient, history of MIS, surveillance TBSE + tretinoin/nicotinamide; 99204, nothing treated",
    "date": "2025-10-09",
    "patient": ("Castellano", "Arturo", "1970-06-14", "male"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 50,
    "em": "99204",
    "conditions": [
        C("c1", "Personal history of melanoma in situ", "Z86.006", reason=True),
        C("c2", "Actinic damage of skin", "L57.8", "Face, forearms", reason=True),
        C("c3", "Heart transplant status", "Z94.1", history=True),
    ],
    "note_title": "New Patient - Transplant Dermatology",
    "note": HDR + """
NEW PATIENT CONSULTATION     10/09/2025      Astrid Lindgren, MD
Referring: Advanced Heart Failure / Cardiac Transplant program (Dr. Feld)

55M, orthotopic heart transplant 03/2025 (ischemic CM). Induction basiliximab; maintenance tacrolimus,
mycophenolate 1 g BID, prednisone taper (now 5 mg). Referred for post-transplant skin cancer surveillance per
program protocol. Hx melanoma in situ L upper back 2015, wide excision, no recurrence. Prior BCC? no.
Outdoor contractor, 30+ blistering sunburns, tanning beds in his 20s. FHx: father melanoma at 70.

Concerns today: "spot on my ear", otherwise none.

Exam: complete skin exam incl. scalp, oral mucosa, genitals, nails. Fitzpatrick II.
Lesion A - L helix - 3 mm scaly pink macule; dermoscopy: erythema, scale, no vessels of concern. Likely early
   AK vs irritation from glasses. Will re-check in 3 months; would biopsy if it persists or thickens.
Lesion B - L upper back - WLE scar (2015 MIS), no pigment, no nodularity.
Lesion C - trunk - ~40 benign-appearing nevi, none >6 mm, no ugly duckling. Baseline photos taken with phone
   by patient (not clinic photography).
Diffuse solar lentigines, actinic damage forearms/face. No SCC, BCC or melanoma suspected today.

Assessment / Plan
1. Solid organ transplant recipient on triple IS - very high risk for cSCC. Education: sun protection, self-
   exam monthly, report any new/tender lesion.
2. Hx MIS - TBSE q3-4 months given IS + history.
3. Actinic damage - Rx tretinoin 0.025% cream nightly to face/forearms; start nicotinamide 500 mg BID
   (reviewed data, OTC).
4. Will send note to transplant team: no change in IS recommended at this time.
No procedures performed.

Time: 50 minutes total on the date (history review of transplant records, exam, counselling, documentation).
MDM moderate. 99204.
Electronically signed by Astrid Lindgren, MD 10/09/2025
""",
    "expected": E([L("99204")]),
    "coder_note": "Diagnostic new-patient visit (history of MIS, transplant surveillance), not a screening-only exam; "
                  "no procedure done, so no 25. Lesion A 'would biopsy' is only a plan.",
})

SCENARIOS.append({
    "id": "s51-em-new-pt-decision-only-edc-removed",
    "family": "em", "shape": "pre-coded",
    "description": "New patient sent only for ED&C of known SCCis R hand; 99203 is decision-only and removed",
    "date": "2025-12-04",
    "patient": ("Ferreira", "Joaquim", "1952-08-21", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 25,
    "em": "99203",
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right dorsal hand", "D04.61", "Right dorsal hand", reason=True),
        C("c2", "Liver transplant status", "Z94.4", history=True),
    ],
    "procedures": [
        P("DESTRUCTION MALIGNANT LESION HAND 0.6-1.0 CM", cpt="17271", site="Right dorsal hand",
          note="ED&C x3 cycles. Lesion 0.6 cm, final defect 0.9 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right dorsal hand, shave biopsy (outside lab, 11/14/2025): squamous cell carcinoma in situ.",
         "date": "2025-11-14", "site": "Right dorsal hand"},
    ],
    "note_title": "New Patient Procedure Visit",
    "note": HDR + """
NEW PATIENT - PROCEDURE ONLY    12/04/2025    June Abernathy, MD

73M, liver tx 2006, on tacrolimus. Followed for skin surveillance by his community dermatologist (Dr. Paik),
who biopsied the R dorsal hand on 11/14 (SCCis) and sent him here only for treatment because of wait times.
He has no other concerns today and keeps his TBSE schedule with Dr. Paik.

Exam limited to the R hand: 0.6 cm scaly pink plaque at the biopsy site, no induration.

Options discussed: ED&C vs excision vs topical 5-FU. He chose ED&C.
Procedure: consent, lidocaine w/ epi, curettage and electrodesiccation x3 cycles; final defect 0.9 cm.
Wound care reviewed. Results letter to Dr. Paik. Return to Dr. Paik for routine follow-up.
""",
    "expected": E([L("17271")]),
    "coder_note": "GS-3 / README: the only work beyond the procedure is the decision to treat the known lesion; a new "
                  "patient does not by itself justify an E/M -> 99203 removed. Hand, defect 0.9 cm -> 17271.",
})

SCENARIOS.append({
    "id": "s51-em-spouse-screening-only-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS spouse of a transplant patient, screening-only skin check, nothing found -> 99202-GY",
    "date": "2025-12-11",
    "patient": ("Pruitt", "Darlene", "1956-04-03", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 18,
    "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": HDR + """
NEW PATIENT   12/11/2025   Astrid Lindgren, MD

69F, wife of our kidney-transplant patient Mr. L. Pruitt. She asks for "a skin check while I'm here".
She has no skin complaints, no changing or new lesions, no itching or bleeding spots. No personal history of
skin cancer, no history of dysplastic nevi, no family history of melanoma. Not immunosuppressed.
Not a transplant candidate or donor.

Exam: complete skin exam. No suspicious lesions. Normal exam for age.

Assessment: skin cancer screening, asymptomatic, normal exam.
Plan: sun protection, self-exam; return as needed. No follow-up scheduled.
Medicare does not cover screening skin exams - explained; she wants it billed anyway and understands she may
be responsible. No ABN signed.
99202.
""",
    "expected": E([L("99202", 1, "GY")]),
    "coder_note": "DX-5 / README: Medicare screening-only full-skin exam with no history, no complaint, nothing found -> "
                  "E/M with GY (statutory exclusion; no GX because no voluntary ABN).",
})

# =================================================================================================================
# Excision - malignant
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-exm-vertex-scc-11623-intermediate",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Invasive SCC vertex scalp 1.4 cm + 4 mm margins = 2.2 cm -> 11623; layered closure 4.8 cm -> 12032",
    "date": "2025-10-16",
    "patient": ("Galloway", "Brendan", "1948-11-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of scalp", "C44.42", "Vertex scalp", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "path": [
        {"text": "Skin, vertex scalp, excision: invasive squamous cell carcinoma, well differentiated, depth 2.1 mm, "
                 "no perineural invasion; peripheral and deep margins negative (closest 3 mm).",
         "date": "2025-10-20", "site": "Vertex scalp"},
    ],
    "note_title": "Dermatologic Surgery Operative Note",
    "note": HDR + """
DERMATOLOGIC SURGERY - OPERATIVE NOTE                  DOS: 10/16/2025
Surgeon: Samuel Weiss, MD

Pre-op dx: invasive SCC, vertex scalp (shave bx 9/25/2025: well-differentiated SCC, transected at base).
Post-op dx: same, pending final pathology.

77M, kidney tx 2009; tacrolimus/azathioprine. Dozens of prior SCC (Mohs x6 scalp/face - 2016-2024).
Mohs was offered for this lesion; he declined another long Mohs day and preferred standard excision with
permanent-section margins and a second procedure if needed.

Lesion: 1.4 x 1.1 cm keratotic nodule, vertex scalp, marked with 4 mm margins circumferentially.
Excised diameter recorded: 2.2 cm. Fusiform excision to galea, specimen oriented with suture at 12 o'clock.

Repair: undermining in the subgaleal plane; galea/deep layer 3-0 Vicryl, staples to epidermis.
Layered (intermediate) closure, final length 4.8 cm.

EBL < 10 mL. No complications. Staples out in 10-14 days (nurse visit).
Plan if margins positive: re-excision vs Mohs. Adjuvant RT not indicated if clear.

Addendum 10/20: path - well-differentiated SCC, margins negative.
""",
    "expected": E([L("11623"), L("12032")]),
    "coder_note": "EX-1/EX-2: 1.4 cm + 2 x 0.4 cm = 2.2 cm on the scalp (SNHFG) -> 11623 (malignant on final path). "
                  "EX-5: intermediate repair 4.8 cm scalp -> 12032 (scalp in the 12031-12037 group).",
})

SCENARIOS.append({
    "id": "s51-exm-precoded-ellipse-length-11604",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "SCC L upper back pre-coded 11604 from the 3.6 cm ellipse; excised diameter 1.7 cm -> 11602 + 12032",
    "date": "2025-10-30",
    "patient": ("Hollis", "Marguerite", "1963-02-08", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of left upper back", "C44.529", "Left upper back", reason=True),
        C("c2", "Lung transplant status", "Z94.2", history=True),
    ],
    "procedures": [
        P("EXC TR-EXT MAL+MARG 3.1-4 CM", cpt="11604", site="Left upper back",
          note="Ellipse 3.6 x 1.2 cm. Lesion 0.9 x 0.8 cm with 4 mm margins.", reasons=["c1"]),
        P("REPAIR INTERMEDIATE TRUNK 2.6-7.5 CM", cpt="12032", site="Left upper back",
          note="Layered closure 3.6 cm, 3-0 Monocryl deep, 4-0 nylon running.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, L upper back, excision: invasive SCC, moderately differentiated; margins free.",
         "date": "2025-11-03", "site": "Left upper back"},
    ],
    "note_title": "Excision Note",
    "note": HDR + """
EXCISION - 10/30/2025 - Samuel Weiss, MD
62F, bilateral lung tx 2020, tacrolimus/MMF/pred. Biopsy 10/8/2025 L upper back: invasive SCC, mod diff.

Lesion measured pre-op: 0.9 x 0.8 cm. Margin: 4 mm. Fusiform ellipse drawn 3.6 x 1.2 cm (3:1).
Excised to fat. Deep 3-0 Monocryl, superficial 4-0 nylon running; layered closure 3.6 cm.
Path pending at signing. Sutures out 14 days.
Other: she asked about a 'mole' on the R shoulder - benign nevus on exam, no treatment.
Meds: tacrolimus 2 mg BID, MMF 1 g BID, prednisone 5 mg, TMP-SMX ppx, valganciclovir (stopped 2021).
Consent signed, time-out done. 1% lidocaine w/ epi 8 mL. EBL minimal. No complications.
Mohs not chosen: trunk, <2 cm, well-defined; she preferred a single standard excision.
Electronically signed by Samuel Weiss, MD 10/30/2025 4:47 PM
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"]),
    "coder_note": "EX-1: excised diameter = 0.9 + 2 x 0.4 = 1.7 cm (not the ellipse length) -> 11602 on the trunk; "
                  "layered 3.6 cm trunk repair stays 12032.",
})

SCENARIOS.append({
    "id": "s51-exm-reexcision-positive-margin-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of SCC R forearm for positive margin 7 days after 11602 -> 11603-58",
    "date": "2025-12-01",
    "patient": ("Nakagawa", "Toru", "1954-05-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right forearm, positive margin", "C44.622", "Right forearm",
          reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "prior": [
        PRIOR("2025-11-24", "11602", "Excision malignant lesion trunk/arm/leg 1.1-2.0 cm", "Right forearm",
              "SCC R dorsal forearm, 1.0 cm + 3 mm margins = 1.6 cm; simple closure."),
    ],
    "procedures": [
        P("Re-excision of SCC, positive margin", site="Right dorsal forearm",
          note="Scar with residual lesion 1.6 cm; 5 mm margins; excised diameter 2.6 cm. Simple closure 4-0 nylon.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, R forearm, excision 11/24/2025: invasive SCC, well differentiated, focally involving the "
                 "radial peripheral margin.", "date": "2025-11-26", "site": "Right forearm"},
    ],
    "note_title": "Re-excision Note",
    "note": HDR + """
RE-EXCISION  12/01/2025  Samuel Weiss, MD

70M, kidney tx 2013. Excision of SCC R dorsal forearm by me on 11/24/2025; path 11/26 - invasive SCC with a
focally positive radial margin. Returns within the global period for planned re-excision (staged, related).

Scar plus residual lesion measure 1.6 cm. 5 mm margins -> excised diameter 2.6 cm. Excised to fascia.
Simple (single-layer) closure with 4-0 nylon - no layered closure required.
Specimen oriented for margins. Sutures out 10-14 days.
If still positive -> Mohs referral (Dr. Lindgren's team to coordinate); not planned unless needed.
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"]),
    "coder_note": "EX-4 / GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> malignant code "
                  "with 58. 1.6 + 2 x 0.5 = 2.6 cm arm -> 11603. Simple closure is included.",
})

SCENARIOS.append({
    "id": "s51-exm-lentigo-maligna-cheek-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Biopsy-proven MIS R cheek pre-coded as benign 11442; malignant 11642 + intermediate repair 12052",
    "date": "2025-11-13",
    "patient": ("Edelstein", "Miriam", "1951-01-25", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 65,
    "conditions": [
        C("c1", "Melanoma in situ (lentigo maligna), right cheek", "D03.39", "Right cheek", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("EXCISION BENIGN LESION FACE 1.1-2.0 CM", cpt="11442", site="Right malar cheek",
          note="LM (bx-proven). Lesion 0.8 cm, 5 mm margins, excised diameter 1.8 cm.", reasons=["c1"]),
        P("REPAIR INTERMEDIATE FACE 2.6-5.0 CM", cpt="12052", site="Right malar cheek",
          note="Layered closure, 5-0 Monocryl deep, 6-0 prolene, length 3.8 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, R cheek, excision: melanoma in situ, lentigo maligna type; margins clear (closest 3 mm).",
         "date": "2025-11-18", "site": "Right cheek"},
    ],
    "note_title": "Excision - Melanoma in situ",
    "note": HDR + """
WIDE LOCAL EXCISION, R CHEEK - 11/13/2025 - Samuel Weiss, MD
74F, kidney tx 2003 (PKD), on tacrolimus + prednisone. Punch bx 10/22/2025 R malar cheek: melanoma in situ,
lentigo maligna type. Prior: 9 SCCs, BCC R ala (Mohs 2019), nothing else relevant today.
Options: Mohs with MART-1 (staged) vs WLE with permanent sections vs imiquimod. Patient chose WLE.

Lesion 0.8 x 0.6 cm under Wood's lamp. 5 mm margins. Excised diameter 1.8 cm. Excised to fat.
Repair: layered closure (intermediate), 3.8 cm, 5-0 Monocryl / 6-0 prolene. Steri-strips.
Sutures out at 6 days. Final path to decide on need for further margin.
Consent, time-out; lidocaine 1% w/ epi 6 mL; EBL minimal.
Specimen oriented with a suture at 12 o'clock, inked by the lab.
If margins are involved -> staged excision / Mohs with MART-1 (to be discussed then, not booked).
Electronically signed by Samuel Weiss, MD
""",
    "expected": E([L("11642"), L("12052")], topics=["coding-correction"]),
    "coder_note": "EX-3: melanoma in situ (D03) uses malignant excision codes; face 1.8 cm -> 11642. Intermediate "
                  "repair face 3.8 cm -> 12052 is separately reportable (EX-5).",
})

# =================================================================================================================
# Excision - benign
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-exb-inflamed-epidermoid-cyst-back",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed epidermoid cyst upper back, 2.0 cm + 2 mm margins = 2.4 -> 11403 + 12032",
    "date": "2025-11-10",
    "patient": ("Rasmussen", "Karl", "1958-09-12", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "Upper back, midline", reason=True),
        C("c2", "Liver transplant status", "Z94.4", history=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Upper back, midline",
          note="Cyst 2.0 x 1.8 cm, 2 mm margins, excised diameter 2.4 cm; removed intact with sac.",
          reasons=["c1"]),
        P("Layered closure", site="Upper back, midline",
          note="Intermediate repair, 3-0 Vicryl subcutaneous + 4-0 nylon, length 3.5 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back: ruptured epidermoid (infundibular) cyst with foreign-body giant "
                 "cell reaction. No malignancy.", "date": "2025-11-14", "site": "Upper back"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE 11/10/2025 - June Abernathy, MD
67M, liver tx 2015, tacrolimus. Mid upper back cyst, inflamed x3 in the past year with drainage of foul
material, painful when lying supine; two courses of doxycycline (8/2025, 10/2025). Now quiet - excise between
flares. Prior derm surgery history (Mohs x2 face, excisions of SCC L arm) - not relevant today.

Excision: cyst 2.0 cm, 2 mm margin, excised diameter 2.4 cm. Layered closure 3.5 cm.
Routine path. Sutures out 14 days. Keloid risk low.
Meds: tacrolimus 1.5 mg BID, mycophenolate 500 mg BID (held 0 days), aspirin 81.
Exam: 2.0 cm mobile dermal/subcutaneous cyst with punctum, no current fluctuance or erythema.
Consent, time-out, 1% lidocaine w/ epi 10 mL. Fusiform excision, sac removed intact.
Closure: buried 3-0 Vicryl, 4-0 nylon simple interrupted. EBL minimal.
Electronically signed by June Abernathy, MD
""",
    "expected": E([L("11403"), L("12032")]),
    "coder_note": "EX-1: 2.0 + 2 x 0.2 = 2.4 cm trunk, benign path -> 11403; intermediate trunk repair 3.5 cm -> 12032. "
                  "Recurrent inflammation and pain document medical necessity (BSL-3).",
})

SCENARIOS.append({
    "id": "s51-exb-neck-cyst-no-lesion-size",
    "family": "excision-benign", "shape": "note-only",
    "description": "Painful posterior neck cyst excised without lesion size or margin; only the 3.2 cm layered repair billed",
    "date": "2025-12-15",
    "patient": ("Oyelaran", "Funmilayo", "1972-07-07", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal cyst, posterior neck", "L72.0", "Posterior neck", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "path": [
        {"text": "Skin, posterior neck, excision: epidermoid cyst.", "date": "2025-12-18", "site": "Posterior neck"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Procedure note - 12/15/2025 - Chidi Okonkwo, MD

53F, living-donor kidney tx 2019. Tacrolimus + MMF. Painful cyst on the posterior neck rubbing on her collar,
inflamed twice this year (one I&D at urgent care in June - not by us).

Site 1 - posterior neck, midline - firm mobile subcutaneous cyst with punctum.
  Procedure: lidocaine w/ epi. Elliptical excision around the punctum, cyst dissected out intact.
  Repair: layered closure, 4-0 Monocryl deep dermal, 5-0 nylon interrupted. Repair length 3.2 cm.
Site 2 - R upper back - 3 mm skin-coloured papule; looks like a small dermal nevus, no change. Observe.

Specimen: cyst to pathology. Suture removal 10 days. Return precautions for infection given the IS.
Electronically signed - C. Okonkwo, MD
""",
    "expected": E([L("12042")], topics=["missing-documentation"]),
    "coder_note": "No lesion diameter or margin recorded -> no 11420-11426 line (README: missing measurement); the "
                  "separately documented intermediate repair of the neck, 3.2 cm -> 12042.",
})

# =================================================================================================================
# Mohs
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-mohs-nasal-sidewall-scc-three-stages",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs L nasal sidewall SCC in kidney-tx, 3 stages (3/2/1 blocks), layered repair 2.2 cm",
    "date": "2025-10-22",
    "patient": ("Whitcombe", "Harold", "1946-08-18", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of nose", "C44.321", "Left nasal sidewall", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note_title": "Mohs Surgery Report",
    "note": HDR + """
MOHS MICROGRAPHIC SURGERY REPORT                                   DOS 10/22/2025
Surgeon and pathologist: Samuel Weiss, MD (both roles)

Indication: invasive SCC, L nasal sidewall (bx 9/30/2025 by Dr. Lindgren: SCC, moderately differentiated,
transected). Area H; organ-transplant recipient (kidney 2008; tacrolimus, MMF, prednisone). Prior Mohs here
x7 (2014-2024) and countless ED&Cs - not part of today.

Pre-op lesion 1.0 x 0.8 cm.
Stage 1: debulk + layer, 3 tissue blocks. Tumour at 6-8 o'clock peripheral margin.
Stage 2: 2 tissue blocks 5-9 o'clock. Residual SCC deep at 7 o'clock.
Stage 3: 1 tissue block. Clear.
=> 3 stages; 6 blocks total (3/2/1). All sections frozen, interpreted by me. Nothing sent out.

Defect: 1.6 x 1.2 cm, L nasal sidewall, to the level of the nasalis, no cartilage exposed.
Repair: options (2nd intention, FTSG, linear). Linear closure chosen along the nasofacial junction.
Layered closure: 5-0 Monocryl deep dermal, 6-0 fast-gut running; final length 2.2 cm. No flap. No free margin
involvement.

Tolerated well. Post-op instructions. F/u 1 week.
Tumour board recommendation for adjuvant RT: not indicated (no PNI, clear).
""",
    "expected": E([L("17311"), L("17312", 2), L("12051")]),
    "coder_note": "MOHS-2: nose -> 17311 + 17312 x2 (3 stages, no stage >5 blocks). MOHS-7: intermediate repair face "
                  "2.2 cm -> 12051, no PTP edit with 17311.",
})

SCENARIOS.append({
    "id": "s51-mohs-dorsal-hand-seven-blocks-17315",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs R dorsal hand SCC, stage 1 = 7 blocks, stage 2 = 3 blocks -> 17311, 17312, 17315 x2; 2nd intention",
    "date": "2025-11-05",
    "patient": ("Abara", "Chinonso", "1962-03-03", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
        C("c2", "Heart transplant status", "Z94.1", history=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery - stage I", site="Right dorsal hand",
          note="Tumour 2.1 x 1.8 cm, debulked. Stage I divided into 7 tissue blocks (large specimen). "
               "Positive at blocks 3 and 4 (radial).", reasons=["c1"]),
        P("Mohs micrographic surgery - stage II", site="Right dorsal hand",
          note="3 tissue blocks along the radial edge. Clear.", reasons=["c1"]),
        P("Wound care - second intention", site="Right dorsal hand",
          note="Final defect 3.0 x 2.6 cm, paratenon intact. Healing by second intention; hand therapy referral.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """
Mohs note 11/05/2025 - Samuel Weiss, MD (surgeon + pathologist)

63M, heart tx 2012; tacrolimus + everolimus. Rapidly enlarging SCC R dorsal hand, biopsy 10/20/2025 (invasive
SCC, well diff). Dorsal hand = area H; immunosuppressed.

Stage I: 7 blocks (specimen too large for 5). Residual SCC at blocks 3-4.
Stage II: 3 blocks. Clear.
Defect 3.0 x 2.6 cm. Tendon paratenon preserved. After discussing FTSG vs 2nd intention, patient prefers
second intention (he is a pianist - wants to avoid graft contracture risk). No repair performed.
Dressing, elevation, return 1 week; hand therapy referral placed.
Nodal exam negative today; staging imaging to be discussed at tumour board.
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2)]),
    "coder_note": "MOHS-2: hand -> 17311 first stage, 17312 second stage; 17315 for each block beyond 5 in any stage "
                  "(7 - 5 = 2). No repair.",
})

SCENARIOS.append({
    "id": "s51-mohs-precoded-88305-on-layers",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L preauricular BCC 2 stages + layered repair; charge capture added 88305 x2 for the Mohs layers",
    "date": "2025-11-19",
    "patient": ("Strand", "Ingrid", "1949-10-10", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 170,
    "conditions": [
        C("c1", "Basal cell carcinoma, left preauricular cheek", "C44.319", "Left preauricular cheek", reason=True),
        C("c2", "Lung transplant status", "Z94.2", history=True),
    ],
    "procedures": [
        P("MOHS 1 STAGE H/N/HF/G", cpt="17311", site="Left preauricular cheek",
          note="Stage 1: 4 blocks; residual BCC at 2 o'clock.", reasons=["c1"]),
        P("MOHS ADDL STAGE", cpt="17312", site="Left preauricular cheek",
          note="Stage 2: 2 blocks; clear.", reasons=["c1"]),
        P("SURGICAL PATH GROSS+MICRO", cpt="88305", site="Left preauricular cheek",
          note="Mohs stage 1 frozen sections (in-house Mohs lab).", reasons=["c1"]),
        P("SURGICAL PATH GROSS+MICRO", cpt="88305", site="Left preauricular cheek",
          note="Mohs stage 2 frozen sections (in-house Mohs lab).", reasons=["c1"]),
        P("REPAIR INTERMEDIATE FACE 2.6-5.0 CM", cpt="12052", site="Left preauricular cheek",
          note="Layered linear closure 3.1 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": HDR + """
MOHS REPORT 11/19/2025 - Samuel Weiss, MD, surgeon and dermatopathologist for all Mohs layers.
76F, single lung tx 2017 (IPF); tacrolimus, azathioprine. Nodular BCC L preauricular cheek (bx 10/29/2025).
Stage 1: 4 blocks - positive at 2 o'clock. Stage 2: 2 blocks - clear. All Mohs tissue processed as frozen
sections in our Mohs lab and read by me. No debulk or separate specimen sent for permanent sections.
Defect 1.4 x 1.1 cm. Layered closure 3.1 cm. Post-op care given.
Note: charge-capture template auto-added "88305" for each stage - please review.
Pre-op: lesion 0.9 x 0.7 cm pearly plaque; AUC area H/M junction, immunosuppressed - Mohs appropriate.
Anesthesia: lidocaine 1% w/ epi 7 mL. Hemostasis electrocautery.
Repair: undermining, 5-0 Monocryl deep, 6-0 prolene running. No flap, no graft.
Past Mohs here: R nasal ala 2020, L temple 2022 (history only).
Follow-up: suture removal 1 week; high-risk clinic q3 months.
""",
    "expected": E([L("17311"), L("17312"), L("12052")], topics=["ncci"]),
    "coder_note": "MOHS-5: the Mohs surgeon's own reading of the Mohs layers is part of 17311/17312; 88305 on those "
                  "specimens is not reported (17311/88305 edit, no separate specimen). Repair 3.1 cm face -> 12052.",
})

SCENARIOS.append({
    "id": "s51-mohs-chin-sameday-bx-frozen-59",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied chin nodule: same-day shave bx + frozen section -> SCC, then Mohs 2 stages (11102-59, 88331-59)",
    "date": "2025-12-03",
    "patient": ("Delacroix", "Yvette", "1967-01-30", "female"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 160,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of chin", "C44.329", "Right chin", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("Diagnostic shave biopsy for frozen section", site="Right chin",
          note="Rapidly growing 8 mm crusted nodule x 5 weeks, never biopsied. Tangential biopsy; frozen section "
               "read by Dr. Weiss before any Mohs decision: invasive SCC.", reasons=["c1"]),
        P("Frozen section, diagnostic biopsy", site="Right chin",
          note="One frozen block of the diagnostic specimen, H&E.", reasons=["c1"]),
        P("Mohs stage 1", site="Right chin", note="3 blocks; positive deep margin centrally.", reasons=["c1"]),
        P("Mohs stage 2", site="Right chin", note="1 block deep; clear.", reasons=["c1"]),
        P("Second intention healing", site="Right chin", note="Defect 1.3 x 1.1 cm, allowed to granulate."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """
Mohs day note - 12/03/2025 - Samuel Weiss, MD

58F, kidney tx 2020; belatacept + MMF. Referred urgently by Dr. Lindgren's clinic for a fast-growing R chin
nodule (KA vs SCC) - NOT biopsied at the referring visit, on purpose, to avoid delay; plan was a same-day
diagnostic biopsy with frozen section and Mohs only if carcinoma is confirmed.

Diagnostic biopsy: tangential, frozen section read by me: invasive SCC, KA-like architecture. No prior
pathology existed. Decision for Mohs made on this result.

Mohs: stage 1 (3 blocks) positive deep; stage 2 (1 block) clear. 2 stages total.
Defect 1.3 x 1.1 cm; second intention (patient choice). No repair.
Follow-up: 2 weeks, then back to high-risk clinic q3 months.
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")]),
    "coder_note": "README Coding decisions / MOHS-5(a): same-day diagnostic biopsy with frozen section of a lesion with "
                  "no prior pathology -> biopsy and 88331 both with 59 (same lesion, not XS). Face -> 17311 + 17312.",
})

# =================================================================================================================
# Mixed
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-mix-bx-edc-ak-nine-inventory",
    "family": "mixed", "shape": "note-only",
    "description": "Lesion inventory: shave bx temple, ED&C SCCis hand (defect 1.0), 9 AKs -> 11102-XS, 17271, 17000-XS, 17003 x8",
    "date": "2025-10-07",
    "patient": ("Holmgren", "Viktor", "1951-06-26", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior, right temple", "D49.2", "Right temple", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left dorsal hand", "D04.62", "Left dorsal hand", reason=True),
        C("c3", "Actinic keratoses", "L57.0", "Face and scalp", reason=True),
        C("c4", "Kidney transplant status", "Z94.0", history=True),
    ],
    "path": [
        {"text": "Skin, L dorsal hand, shave biopsy (09/16/2025): squamous cell carcinoma in situ.",
         "date": "2025-09-18", "site": "Left dorsal hand"},
    ],
    "note_title": "Transplant Dermatology Visit",
    "note": HDR + """
TRANSPLANT DERMATOLOGY - 10/07/2025 - Astrid Lindgren, MD

74M, kidney tx 2005 & re-tx 2018. IS: tacrolimus, MMF 500 BID, prednisone 5. 40+ keratinocyte carcinomas.
Last visit 9/16: biopsy L dorsal hand -> SCCis. Today: treat + surveillance.

Lesion A - R temple - NEW 6 mm scaly papule with pink base. DDx SCCis vs HAK.
   -> shave biopsy.
Lesion B - L dorsal hand - bx-proven SCCis (9/16). 0.8 cm.
   -> ED&C x3 cycles; post-curettage defect 1.0 cm.
Lesion C - AKs - forehead 4, R cheek 2, scalp 3 = 9 AKs, each separate from lesion A.
   -> LN2, 2 cycles.
Lesion D - R upper arm - 1 cm SK, asymptomatic, no tx.
Lesion E - L nasal ala Mohs scar (2021): no recurrence.

Consent, time-out, lidocaine for A and B. Specimen A to path. Wound care reviewed.
Plan: if A = invasive SCC -> Mohs referral (temple, area H). RTC 3 mo.
Electronically signed - Astrid Lindgren, MD
""",
    "expected": E([L("11102", 1, "XS"), L("17271"), L("17000", 1, "XS"), L("17003", 8)]),
    "coder_note": "Separate lesions: 17271 (hand, defect 1.0 cm), 11102 for the temple bx, 17000 + 17003 x8 for 9 AKs. "
                  "PTP 17271/11102, 17271/17000 and 11102/17000 are indicator 1 -> XS on the column-2 codes; "
                  "17003 has no edit with these codes.",
})

SCENARIOS.append({
    "id": "s51-mix-em-bx-x2-ak-field-17004-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Sirolimus toxicity management (99214) + 2 shave bx + 20 AKs; 25 and XS missing on the pre-coded lines",
    "date": "2025-10-23",
    "patient": ("Brannigan", "Colleen", "1957-04-11", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 45,
    "em": "99214",
    "conditions": [
        C("c1", "Acneiform eruption and lower-leg edema due to sirolimus", "L27.0", "Face, chest", reason=True),
        C("c2", "Papule, left cheek", "D49.2", "Left cheek", reason=True),
        C("c3", "Papule, right forearm", "D49.2", "Right forearm", reason=True),
        C("c4", "Actinic keratoses", "L57.0", "Scalp and dorsal hands", reason=True),
        C("c5", "Liver transplant status", "Z94.4", history=True),
    ],
    "procedures": [
        P("BX SKIN TANGENTIAL 1ST", cpt="11102", site="Left cheek", note="Lesion A, 5 mm pearly papule.",
          reasons=["c2"]),
        P("BX SKIN TANGENTIAL EA ADDL", cpt="11103", site="Right forearm", note="Lesion B, 7 mm crusted papule.",
          reasons=["c3"]),
        P("DESTRUCT PREMALG LESION 15/>", cpt="17004", site="Scalp, bilateral dorsal hands",
          note="20 AKs: scalp 12, R hand 5, L hand 3. LN2.", reasons=["c4"]),
    ],
    "note_title": "Transplant Dermatology Follow-up",
    "note": HDR + """
Follow-up 10/23/2025 - Chidi Okonkwo, MD

68F, liver tx 2010. Converted tacrolimus -> sirolimus 6/2025 for SCC burden (per our recommendation).
Since conversion: painful follicular papulopustules on face/chest, mouth ulcers, ankle edema.

Problem 1 - sirolimus-associated acneiform eruption + edema (new problem, worsening):
  Exam: inflammatory papules/pustules cheeks, upper chest; 1+ pitting ankle edema. No comedones.
  Plan: start doxycycline 100 mg BID x 8 weeks (checked interactions), benzoyl peroxide wash; called
  transplant hepatology (Dr. Ames) - trough 9.8, they will lower target to 5-8; edema to be followed by them.
Problem 2 - new lesions: Lesion A L cheek 5 mm pearly papule (r/o BCC), Lesion B R forearm 7 mm crusted
  papule (r/o SCC) - shave biopsies x2.
Problem 3 - AKs: 20 counted (scalp 12, R hand 5, L hand 3), none at biopsy sites - LN2.

Mohs consult will be booked only if Lesion A is BCC (face).
E/M for problem 1: 99214 (Rx management, new problem with uncertain course); separate from the procedures.
""",
    "expected": E([L("99214", 1, "25"), L("11102", 1, "XS"), L("11103"), L("17004")]),
    "coder_note": "Separately identifiable Rx management -> 99214-25. 17004 (20 AKs) with 11102 is PTP indicator 1 with "
                  "the biopsy as column 2 -> XS on 11102 (different lesions); 11103 has no edit with 17004.",
})

SCENARIOS.append({
    "id": "s51-mix-mohs-shin-plus-edc-forearm",
    "family": "mixed", "shape": "free-text",
    "description": "Mohs R pretibial SCC (2 stages) + ED&C of separate SCCis L forearm -> 17313, 17314, 17261-XS",
    "date": "2025-11-26",
    "patient": ("Vukovic", "Dragan", "1950-02-14", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right pretibial leg", "C44.722", "Right pretibial shin", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
        C("c3", "Heart transplant status", "Z94.1", history=True),
    ],
    "procedures": [
        P("Mohs surgery stage 1", site="Right pretibial shin",
          note="Invasive SCC 1.5 cm (bx 11/3/25). 4 blocks; positive at 9 o'clock.", reasons=["c1"]),
        P("Mohs surgery stage 2", site="Right pretibial shin", note="2 blocks; clear.", reasons=["c1"]),
        P("Second intention, compression dressing", site="Right pretibial shin",
          note="Defect 2.4 x 2.1 cm, granulation; Unna boot."),
        P("ED&C", site="Left dorsal forearm",
          note="Bx-proven SCCis (11/3/25), separate lesion; ED&C x3, final defect 0.8 cm.", reasons=["c2"]),
    ],
    "note_title": "Mohs / Procedure Note",
    "note": HDR + """
11/26/2025 - Samuel Weiss, MD (surgeon and pathologist for the Mohs case)
75M, heart tx 2004 (cyclosporine -> tacrolimus 2012, azathioprine). Biopsies 11/3 by Dr. Lindgren:
 (1) R pretibial invasive SCC, mod diff - immunosuppressed, 1.5 cm: Mohs appropriate.
 (2) L dorsal forearm SCCis - ED&C.

Mohs R shin: stage 1, 4 blocks, positive 9:00; stage 2, 2 blocks, clear. Defect 2.4 x 2.1 cm to fat;
2nd intention with compression (poor laxity, edema).
ED&C L forearm SCCis: 3 cycles, defect 0.8 cm.
RTC 1 week for wound check. Leg elevation.
""",
    "expected": E([L("17313"), L("17314"), L("17261", 1, "XS")]),
    "coder_note": "MOHS-2: leg -> 17313 + 17314. Separate SCCis destroyed on the forearm: 17261 (0.6-1.0 cm); "
                  "17313/17261 PTP indicator 1, different lesion -> XS on 17261 (DS-5).",
})

SCENARIOS.append({
    "id": "s51-mix-sample-then-curette-bcc-plus-bx",
    "family": "mixed", "shape": "pre-coded",
    "description": "Sample-then-curette of a suspected BCC (path BCC) coded 11102 + 17262, plus a back shave bx coded 11103",
    "date": "2025-12-08",
    "patient": ("Achterberg", "Paula", "1964-11-05", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper arm", "C44.612", "Right upper arm", reason=True),
        C("c2", "Neoplasm of unspecified behavior, left lower back", "D49.2", "Left lower back", reason=True),
        C("c3", "Kidney transplant status (simultaneous pancreas-kidney)", "Z94.0", history=True),
    ],
    "procedures": [
        P("BX SKIN TANGENTIAL", cpt="11102", site="Right upper arm",
          note="Lesion A: shave sample of 1.0 cm pearly plaque, then curettage + ED x3 of the base.",
          reasons=["c1"]),
        P("DESTRUCTION MALIGNANT TRUNK/ARM 1.1-2.0", cpt="17262", site="Right upper arm",
          note="Lesion A: post-curettage defect 1.4 cm.", reasons=["c1"]),
        P("BX SKIN TANGENTIAL ADDL", cpt="11103", site="Left lower back",
          note="Lesion B: 6 mm irregular pink-brown macule; shave biopsy only.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, R upper arm, shave: basal cell carcinoma, nodular type, extending to deep edge.",
         "date": "2025-12-11", "site": "Right upper arm"},
        {"text": "B. Skin, L lower back, shave: irritated seborrheic keratosis.", "date": "2025-12-11",
         "site": "Left lower back"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
12/08/2025 - June Abernathy, MD
57F, SPK (kidney-pancreas) 2014; tacrolimus, MMF. 5 prior BCC/SCC.

Lesion A - R upper arm - 1.0 cm pearly plaque, clinically BCC. Shave sample taken for pathology, then base
   curetted and electrodesiccated x3 cycles in the same sitting; final defect 1.4 cm. Claim to be held for path.
Lesion B - L lower back - 6 mm pink-brown macule, uncertain - shave biopsy only.
Lesion C - R forearm - old ED&C scar, fine.

Path 12/11: A = nodular BCC; B = irritated SK.
Plan: A treated; if recurrence, Mohs/excision. B no further treatment.
""",
    "expected": E([L("17262"), L("11102", 1, "XS")]),
    "coder_note": "BX-6: sample-then-curette of a lesion that proves malignant -> destruction only (17262, trunk/arm "
                  "defect 1.4 cm), no biopsy for lesion A. Lesion B is the only biopsy -> 11102 (not 11103); "
                  "17262/11102 PTP indicator 1, different lesion -> XS.",
})

SCENARIOS.append({
    "id": "s51-mix-calf-scc-excision-plus-scar-injection",
    "family": "mixed", "shape": "note-only",
    "description": "Excision SCC L calf (1.8 cm) + layered repair + IL triamcinolone to separate hypertrophic scar (11900-XS, J3301)",
    "date": "2026-01-08",
    "patient": ("Rydell", "Anneliese", "1960-12-19", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left calf", "C44.729", "Left posterior calf", reason=True),
        C("c2", "Hypertrophic scar, right shoulder", "L91.0", "Right shoulder", reason=True),
        C("c3", "Liver transplant status", "Z94.4", history=True),
    ],
    "path": [
        {"text": "Skin, L calf, excision: invasive SCC, well differentiated; margins negative.", "date": "2026-01-12",
         "site": "Left calf"},
    ],
    "note_title": "Dermatologic Surgery Note",
    "note": HDR + """
DERMATOLOGIC SURGERY - 01/08/2026 - Samuel Weiss, MD

65F, liver tx 2016 (HCV), tacrolimus. SCC L posterior calf on bx 12/17/2025 (well diff, 0.9 cm).

Site 1 - L posterior calf - SCC. Lesion 1.0 cm, 4 mm margins, excised diameter 1.8 cm. Excised to fat.
   Layered closure 4.2 cm (3-0 Monocryl deep, 4-0 nylon).
Site 2 - R posterior shoulder - hypertrophic, itchy, raised scar from an SCC excision 06/2024, 2.5 cm; has
   failed silicone gel. Intralesional triamcinolone acetonide 10 mg/mL, 0.8 mL (8 mg) injected.
Site 3 - L shin - 2 AKs: plan LN2 at next visit (not done today).

Sutures out 14 days. Path to follow.
""",
    "expected": E([L("11602"), L("12032"), L("11900", 1, "XS"), L("J3301")]),
    "coder_note": "Calf 1.0 + 2 x 0.4 = 1.8 cm -> 11602; layered repair leg 4.2 cm -> 12032. Separate scar injected: "
                  "11900 (11602/11900 and 12032/11900 indicator 1, different site -> XS) + J3301 x1 (8 mg).",
})

# =================================================================================================================
# Shave removal
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-shave-bleeding-isk-posterior-neck",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of a bleeding, irritated SK 0.8 cm on the posterior neck (necklace trauma) -> 11306",
    "date": "2025-10-02",
    "patient": ("Kowalczyk", "Halina", "1947-05-29", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, posterior neck", "L82.0", "Posterior neck", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note_title": "Procedure Visit",
    "note": HDR + """
10/02/2025 - June Abernathy, MD
78F, kidney tx 2012 on tacrolimus/pred. Catches a keratotic lesion on the back of her neck with her necklace
clasp; bled twice in the last month (blood on collar), now red and crusted.

Lesion A - posterior neck - 0.8 cm inflamed, crusted, stuck-on papule, bleeding, surrounding erythema.
   Clinically irritated SK; in a transplant patient SCC cannot be excluded.
   -> Shave removal (therapeutic, entire lesion removed flush), specimen to pathology, AlCl3 hemostasis.
Lesion B - back - multiple asymptomatic SKs; no treatment (cosmetic; she does not want removal).

Return prn / keep regular 4-monthly TBSE.
""",
    "expected": E([L("11306")]),
    "coder_note": "SH-1: shave removal, neck (SNHFG), 0.8 cm -> 11306. Bleeding and inflammation from documented trauma "
                  "meet BSL-3, so no GY/GA. Untreated SKs not coded.",
})

SCENARIOS.append({
    "id": "s51-shave-precoded-nose-tal-band-scalp-unmeasured",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removals: nasal tip 0.4 cm pre-coded 11300 (-> 11310); scalp horn with no size pre-coded 11305 (no line)",
    "date": "2025-11-03",
    "patient": ("Lindqvist-Moore", "Agnes", "1953-09-21", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Irritated keratotic papule, nasal tip", "L82.0", "Nasal tip", reason=True),
        C("c2", "Cutaneous horn, scalp", "L85.8", "Left parietal scalp", reason=True),
        C("c3", "Heart transplant status", "Z94.1", history=True),
    ],
    "procedures": [
        P("SHAVE SKIN LESION 0.5 CM/<", cpt="11300", site="Nasal tip",
          note="Lesion A: 0.4 cm inflamed keratotic papule, bleeds with glasses removal. Shave removal flush with "
               "skin, AlCl3.", reasons=["c1"]),
        P("SHAVE SKIN LESION SCALP 0.5 CM/<", cpt="11305", site="Left parietal scalp",
          note="Lesion B: cutaneous horn, tender when combing. Shave removal at the base, electrocautery.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Nasal tip, shave: irritated seborrheic keratosis. B. L parietal scalp, shave: hypertrophic "
                 "actinic keratosis (cutaneous horn), base clear.", "date": "2025-11-06", "site": "Nose / scalp"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
11/03/2025 - Chidi Okonkwo, MD
72F, heart tx 2014, tacrolimus + MMF. SCC x11 since 2017.

Lesion A  nasal tip  0.4 cm inflamed keratotic papule, bleeds when she removes her glasses. Shave removal.
Lesion B  L parietal scalp  cutaneous horn on an erythematous base, tender with combing. Shave removal at base.
          (size not recorded - MA measured after the specimen was bottled; not documented)
Lesion C  L cheek  flat AK x2 - she will use 5-FU at home (Rx on file from 9/2025). Not treated today.

Both specimens to path (SCC must be excluded in this patient). RTC 3 months.
""",
    "expected": E([L("11310")], topics=["coding-correction", "missing-documentation"]),
    "coder_note": "SH-1: the nose is FEENLM -> 11310 for 0.4 cm, not the trunk code 11300. Lesion B has no diameter, so no "
                  "size-banded 11305-11308 line (README: missing measurement).",
})

# =================================================================================================================
# Repair
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-repair-delayed-forehead-complex-13132",
    "family": "repair", "shape": "note-only",
    "description": "Next-day complex repair of an outside Mohs defect on the forehead, 3.8 cm with debridement and extensive undermining",
    "date": "2025-10-10",
    "patient": ("Gundersen", "Olav", "1945-12-08", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of forehead, status post Mohs (open defect)", "C44.329",
          "Left forehead", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note_title": "Dermatologic Surgery - Repair",
    "note": HDR + """
REPAIR OF SURGICAL DEFECT - 10/10/2025 - Samuel Weiss, MD

79M, kidney tx 2002. Had Mohs of an invasive SCC L forehead YESTERDAY at an outside Mohs center (Dr. Patel,
Riverbend Skin Surgery) - they left the wound open and referred him to us for closure (their surgeon out).
We did not perform the Mohs.

Defect on arrival: 2.2 x 1.6 cm, L mid-forehead, to frontalis fascia; wound edges desiccated and ragged.
Procedure:
 - Debridement of devitalised wound edges circumferentially (sharp, 1-2 mm).
 - Extensive undermining in the subfascial plane, 3 cm on each side (greater than the widest defect width).
 - Layered closure: 4-0 PDS galeal/fascial, 5-0 Monocryl deep dermal, 5-0 prolene running.
 - Final repair length 3.8 cm, complex repair.
Tolerated well. Sutures out day 7. Return to outside Mohs surgeon for tumour follow-up; our TBSE q3 mo continues.
""",
    "expected": E([L("13132")]),
    "coder_note": "REP-2/REP-3: debridement of wound edges and extensive undermining make it complex; forehead "
                  "3.8 cm -> 13132 (2.6-7.5 cm). Mohs done by another practice, 000 global, no modifier.",
})

SCENARIOS.append({
    "id": "s51-repair-fall-lacerations-summed",
    "family": "repair", "shape": "free-text",
    "description": "Prednisone skin after a fall: simple repairs R forearm 3.0 + R hand 1.5 (summed 4.5 -> 12002) and L brow 1.2 (12011)",
    "date": "2025-11-17",
    "patient": ("Petrakis", "Eleni", "1944-02-27", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Laceration without foreign body of right forearm, initial encounter", "S51.811A",
          "Right forearm", reason=True),
        C("c2", "Laceration without foreign body of right hand, initial encounter", "S61.411A", "Right dorsal hand",
          reason=True),
        C("c3", "Laceration without foreign body of left eyebrow, initial encounter", "S01.112A",
          "Left eyebrow", reason=True),
        C("c4", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("Simple repair of laceration", site="Right forearm",
          note="3.0 cm laceration, single-layer 5-0 nylon after irrigation.", reasons=["c1"]),
        P("Simple repair of laceration", site="Right dorsal hand",
          note="1.5 cm laceration, single-layer 5-0 nylon.", reasons=["c2"]),
        P("Simple repair of laceration", site="Left eyebrow",
          note="1.2 cm laceration, single-layer 6-0 prolene.", reasons=["c3"]),
    ],
    "note_title": "Transplant Dermatology - Same-day Add-on",
    "note": HDR + """
11/17/2025 - Astrid Lindgren, MD
81F, kidney tx 2006 (prednisone 7.5 mg chronically - very thin skin). Tripped on the parking-garage ramp on the
way to her scheduled skin check; lacerations on the R forearm, R hand and L brow. No LOC, no head strike other
than the brow, neuro intact, on no anticoagulants. Tdap 2023.

Wounds irrigated, no foreign body, clean edges.
  R forearm 3.0 cm - simple interrupted single layer
  R dorsal hand 1.5 cm - simple single layer
  L eyebrow 1.2 cm - simple single layer (no eyebrow shaving)
Steri-strips over the forearm between sutures. Sutures out: brow 5 days, arm/hand 10-14 days.
Her routine skin check was deferred to next week (rescheduled) - no exam performed today.
""",
    "expected": E([L("12002"), L("12011")]),
    "coder_note": "REP-1/REP-2: simple repairs summed within the same site group: forearm 3.0 + hand 1.5 = 4.5 cm -> "
                  "12002; eyebrow (face) 1.2 cm -> 12011. No PTP edit between 12002 and 12011.",
})

# =================================================================================================================
# Post-op
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-postop-suture-removal-precoded-99212",
    "family": "post-op", "shape": "pre-coded",
    "description": "Suture removal 8 days after SCC excision + layered repair, pre-coded 99212 -> 99024",
    "date": "2025-11-07",
    "patient": ("Hollis", "Marguerite", "1963-02-08", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Squamous cell carcinoma of skin of left upper back", "C44.529", "Left upper back", history=True),
    ],
    "prior": [
        PRIOR("2025-10-30", "11602", "Excision malignant lesion trunk 1.1-2.0 cm", "Left upper back",
              "SCC, excised diameter 1.7 cm"),
        PRIOR("2025-10-30", "12032", "Intermediate repair trunk 3.6 cm", "Left upper back"),
    ],
    "note_title": "Post-op Visit",
    "note": HDR + """
POST-OP / SUTURE REMOVAL  11/07/2025  Samuel Weiss, MD
Excision of SCC L upper back with layered closure on 10/30/2025 (path: margins free, reviewed with patient at
this visit). Wound well approximated, no erythema or drainage. Sutures removed, steri-strips applied.
No new concerns. Next TBSE with Dr. Lindgren in January.
Meds unchanged (tacrolimus, MMF, prednisone 5 mg).
Wound: 3.6 cm linear closure L upper back, mild suture marks, no dehiscence.
Sutures removed x6, edges intact. Steri-strips x5 days.
Scar care: silicone gel after 2 weeks, sun protection.
Return for TBSE as scheduled; sooner prn.
Electronically signed by Samuel Weiss, MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit 8 days into the 010 global of 11602/12032 -> 99024, no E/M.",
})

SCENARIOS.append({
    "id": "s51-postop-new-sccis-edc-79-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "6 days after re-excision R forearm (010 global): ED&C of separate biopsy-proven SCCis L hand, 17272 needs 79",
    "date": "2025-12-07",
    "patient": ("Nakagawa", "Toru", "1954-05-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left dorsal hand", "D04.62", "Left dorsal hand", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "prior": [
        PRIOR("2025-12-01", "11603", "Re-excision malignant lesion arm 2.6 cm", "Right dorsal forearm",
              "Re-excision for positive margin, simple closure."),
    ],
    "procedures": [
        P("DESTRUCTION MAL LESION HAND 1.1-2.0 CM", cpt="17272", site="Left dorsal hand",
          note="SCCis (bx 11/12/2025). ED&C x3; lesion 0.9 cm, final defect 1.2 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, L dorsal hand, shave biopsy: squamous cell carcinoma in situ.", "date": "2025-11-14",
         "site": "Left dorsal hand"},
    ],
    "note_title": "Procedure Visit",
    "note": HDR + """
12/07/2025 - Samuel Weiss, MD
70M, kidney tx 2013. Re-excision R forearm SCC on 12/01 (in global). R forearm wound looks good - no charge
for the check.

New treatment today, unrelated to the forearm: L dorsal hand SCCis, biopsied by Dr. Lindgren 11/12/2025.
Lesion 0.9 cm. ED&C x3 cycles, final defect 1.2 cm.
Forearm sutures out next week as planned.
Consent, time-out, lidocaine 1% w/ epi 3 mL.
Curette/electrodesiccation x3 cycles; firm dermal base reached.
Dressing: petrolatum + bandage; wound care sheet given.
Meds unchanged: tacrolimus, MMF, prednisone 5 mg.
Electronically signed by Samuel Weiss, MD
""",
    "expected": E([L("17272", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure on a different lesion inside the 010 global of 11603 -> 79. Hand, defect "
                  "1.2 cm -> 17272 (as pre-coded).",
})

SCENARIOS.append({
    "id": "s51-postop-zoster-em-24-in-flap-global",
    "family": "post-op", "shape": "note-only",
    "description": "30 days after excision + rotation flap R cheek (090): new herpes zoster managed -> 99213-24",
    "date": "2026-01-14",
    "patient": ("Sorensen", "Birgit", "1958-08-08", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Zoster without complications", "B02.9", "Left T6 dermatome", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "prior": [
        PRIOR("2025-12-15", "14040", "Adjacent tissue transfer cheek 10 sq cm or less", "Right cheek",
              "Excision of SCC R cheek with rotation flap, 8.4 sq cm."),
    ],
    "note_title": "Transplant Dermatology Visit",
    "note": HDR + """
01/14/2026 - Astrid Lindgren, MD

63F, kidney tx 2016, tacrolimus + MMF + pred. S/p excision of SCC R cheek with rotation flap (12/15/2025,
by me) - in the 90-day global.

Today's problem is NEW and unrelated: 3 days of burning pain, then grouped vesicles on an erythematous base in
a band L T6 dermatome (L chest wall to back). No eye/ear involvement, no dissemination, afebrile.
A/P:
1. Herpes zoster, L T6, immunosuppressed host - valacyclovir 1 g TID x 7 days (renally dosed for eGFR 52);
   gabapentin deferred. Messaged transplant nephrology - agree to hold MMF for 1 week, they will follow.
   Return precautions for dissemination. Shingrix after recovery (non-live).
2. Flap R cheek - healing well, minimal pincushioning; reviewed scar massage. (post-op, no charge)
Level 99213 for problem 1.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: E/M for an unrelated problem inside the 90-day global of 14040 (same physician) -> 24. The flap "
                  "check itself is part of the global package.",
})

# =================================================================================================================
# Nails
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-nail-avulsion-two-toes-digit-modifiers",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion R great toenail and R 2nd toenail (painful onycholysis / recurrent paronychia) -> 11730-T5, 11732-T6",
    "date": "2025-10-20",
    "patient": ("Ostrowski", "Tadeusz", "1966-03-15", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Onychomycosis with painful onycholysis, right great and second toenails", "B35.1",
          "Right 1st and 2nd toenails", reason=True),
        C("c2", "Heart transplant status", "Z94.1", history=True),
    ],
    "procedures": [
        P("Nail avulsion, total", site="Right great toe",
          note="Digital block. Total avulsion of dystrophic, lifted nail plate. Matrix left intact.",
          reasons=["c1"]),
        P("Nail avulsion, total", site="Right second toe",
          note="Digital block. Total avulsion of the dystrophic nail plate.", reasons=["c1"]),
    ],
    "note_title": "Nail Clinic Procedure Note",
    "note": HDR + """
NAIL CLINIC (Transplant Dermatology) - 10/20/2025 - Rafael Santos, MD

59M, heart tx 2018 (tacrolimus, MMF). KOH+ / culture T. rubrum (8/2025). Oral terbinafine not used because of
tacrolimus interaction concerns; topical efinaconazole failed x 9 months.
R great and R second toenails: thick, lifted, painful in shoes; two episodes of paronychia this year.

Procedure: digital blocks with 2% plain lidocaine, tourniquet. Total avulsion of the R hallux nail plate and
the R second toe nail plate. Matrix not treated (no permanent removal). Hemostasis, bulky dressing.
L great toenail also dystrophic but not painful - not treated today.

Plan: topical antifungal to the nail beds once healed; recheck 2 weeks.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")]),
    "coder_note": "11730 first nail + 11732 each additional; digit modifiers per conventions: R great toe T5, R 2nd "
                  "toe T6.",
})

SCENARIOS.append({
    "id": "s51-nail-matrixectomy-bilateral-halluces",
    "family": "nails", "shape": "note-only",
    "description": "Sirolimus-related ingrown toenails: partial permanent nail/matrix excision L and R great toes -> 11750-TA, 11750-T5",
    "date": "2025-12-16",
    "patient": ("Ibarra", "Soledad", "1979-07-30", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Ingrowing nail, bilateral great toes", "L60.0", "Bilateral great toes", reason=True),
        C("c2", "Liver transplant status", "Z94.4", history=True),
    ],
    "note_title": "Nail Clinic Procedure Note",
    "note": HDR + """
NAIL PROCEDURE - 12/16/2025 - Rafael Santos, MD

46F, liver tx 2021 (autoimmune hepatitis) - sirolimus + low-dose prednisone. Since sirolimus started: recurrent
ingrown great toenails with periungual granulation, 3 courses of cephalexin this year. Conservative care
(cotton wisps, soaks, taping, partial avulsions x2 elsewhere) failed.

Site 1 - LEFT great toe, lateral nail border: partial nail plate excision with phenol matrixectomy
   (3 x 30 s) for permanent removal of the lateral 3 mm of nail and matrix.
Site 2 - RIGHT great toe, medial nail border: same - partial excision of nail and matrix, phenol 3 x 30 s.
Digital blocks 2% plain lidocaine. Dressings. Soaks BID.
Other toenails normal. F/u 2 weeks. Will let transplant hepatology know about the sirolimus side effect.
""",
    "expected": E([L("11750", 1, "TA"), L("11750", 1, "T5")]),
    "coder_note": "11750 = partial/complete excision of nail and matrix for permanent removal; one per toe with digit "
                  "modifiers (L great toe TA, R great toe T5), kept on separate lines.",
})

# =================================================================================================================
# Paring
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-paring-three-calluses-11056",
    "family": "paring", "shape": "note-only",
    "description": "Painful plantar calluses x3 pared in kidney-tx with post-transplant diabetes and neuropathy -> 11056",
    "date": "2025-11-21",
    "patient": ("Mensah", "Kwabena", "1961-01-09", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Bilateral plantar feet", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note_title": "Foot / Nail Clinic Note",
    "note": HDR + """
FOOT CLINIC - 11/21/2025 - Rafael Santos, MD

64M, kidney tx 2015, post-transplant diabetes (A1c 7.6) with peripheral neuropathy. Painful calluses.

Lesion A - R plantar 1st MTH - 1.5 cm callus, painful
Lesion B - R plantar 5th MTH - 1 cm callus
Lesion C - L plantar heel rim - 2 cm fissured callus
All three pared with #15 blade; no pinpoint bleeding, no wart architecture.
Lesion D - L 4th toe interdigital - possible soft corn: not present today, resolved. Not treated.

Toenails mildly thick - not debrided today, patient declined.
Offloading insoles, urea 40% cream. RTC 8 weeks.
""",
    "expected": E([L("11056")]),
    "coder_note": "Paring of 2-4 benign hyperkeratotic lesions -> 11056 x1 (three lesions). Resolved soft corn and "
                  "declined nail debridement not coded.",
})

SCENARIOS.append({
    "id": "s51-paring-precoded-11055-x6-to-11057",
    "family": "paring", "shape": "pre-coded",
    "description": "Six corns/calluses pre-coded 11055 x6 -> 11057 x1",
    "date": "2026-01-20",
    "patient": ("Ferreira-Lobo", "Ana", "1970-05-05", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities, bilateral feet", "L84", "Bilateral feet", reason=True),
        C("c2", "Heart transplant status", "Z94.1", history=True),
    ],
    "procedures": [
        P("PARING/CUTTING BENIGN HYPERKERATOTIC LESION", cpt="11055", site="Bilateral feet",
          note="6 lesions pared: R 2nd toe dorsal corn, R 5th toe lateral corn, R plantar 2nd MTH callus, "
               "L plantar 1st MTH callus, L 5th toe corn, L heel callus.", reasons=["c1"]),
    ],
    "note_title": "Foot Clinic Note",
    "note": HDR + """
01/20/2026 - Rafael Santos, MD
55F, heart tx 2019; tacrolimus (switched from cyclosporine 2021), prednisone 5. Painful corns/calluses limiting
walking.
Pared today (6): R 2nd toe dorsal corn | R 5th toe lateral corn | R 2nd MTH callus | L 1st MTH callus |
L 5th toe corn | L heel callus. Padding, footwear advice. RTC 8-10 weeks.
Exam: hyperkeratotic papules over pressure points; no pinpoint bleeding or interrupted skin lines
  after paring (no verrucae). Pedal pulses palpable, sensation intact.
Procedure: #15 blade paring of each lesion; no bleeding.
Nails normal - no nail care needed today.
Silicone toe sleeves, wider toe box, 10% urea cream.
Electronically signed by Rafael Santos, MD
""",
    "expected": E([L("11057")], topics=["coding-correction"]),
    "coder_note": "Paring more than 4 lesions -> 11057 x1 (the codes are count bands, not per-lesion units).",
})

# =================================================================================================================
# Patch testing
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-patch-eighty-allergens-hand-eyelid",
    "family": "patch-test", "shape": "free-text",
    "description": "Kidney-tx with hand/eyelid dermatitis: patch test application 70 standard + 10 supplemental -> 95044 x80",
    "date": "2025-10-06",
    "patient": ("Adeyinka", "Folasade", "1975-11-18", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Dermatitis of hands and eyelids, cause undetermined", "L30.9", "Hands, eyelids", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("Patch test application - standard 70-allergen series", site="Upper back",
          note="70 allergens applied in Finn chambers on the upper back.", reasons=["c1"]),
        P("Patch test application - supplemental cosmetic/preservative tray", site="Upper back",
          note="10 additional allergens (hair dye, acrylates, her own moisturiser as-is etc.).", reasons=["c1"]),
    ],
    "note_title": "Contact Dermatitis Clinic - Patch Test Application",
    "note": HDR + """
CONTACT DERMATITIS CLINIC - PATCH TEST APPLICATION - 10/06/2025 - Ines Castellanos, MD

50F, hairdresser, living-donor kidney tx 2022 (tacrolimus 3 mg BID, MMF 500 BID, no prednisone). 8 months of
hand dermatitis (palms/fingertips) and intermittent eyelid dermatitis. Not improving with gloves and
triamcinolone. IS may blunt reactions - discussed; transplant team will NOT alter IS for testing.

Applied today: 70-allergen standard series + 10 supplemental allergens = 80 allergens, upper back.
Readings at 48 h (Wed) and 96-120 h (Fri/Mon) - reading visits included with the testing, no separate E/M
planned unless a new problem arises.
No biopsies, no other procedures.
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied (70 + 10 = 80), under the MUE of 90.",
})

SCENARIOS.append({
    "id": "s51-patch-ninety-six-allergens-mue-cap",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Liver-tx with generalized eczematous eruption: 96 allergens applied, pre-coded 95044 -> capped at MUE 90",
    "date": "2026-01-12",
    "patient": ("Thorvaldsen", "Nils", "1963-04-04", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause - suspected", "L30.9", "Trunk, extremities",
          reason=True),
        C("c2", "Liver transplant status", "Z94.4", history=True),
    ],
    "procedures": [
        P("PATCH OR APPLICATION TEST(S)", cpt="95044", site="Upper and mid back",
          note="96 allergens applied: standard 80 + medication/antiseptic series 16 (incl. chlorhexidine, "
               "povidone-iodine, bacitracin, neomycin).", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": HDR + """
PATCH TEST APPLICATION  01/12/2026  Ines Castellanos, MD
62M, liver tx 2018 on tacrolimus monotherapy. Recurrent widespread eczematous eruption since a hospital
admission in 10/2025; suspect contact allergy to antiseptics/topicals used around his drains.

Allergens applied: 80 (expanded standard) + 16 (medication & antiseptic series) = 96.
Back mapped and photographed. Readings D2 and D4. Keep back dry, no topical steroid to the back.
IS note: tacrolimus level 6.1 last week; no prednisone in 4 weeks (stopped for testing per transplant team).
Exam: resolving nummular/eczematous patches trunk and thighs; back clear enough for application.
Photos of the back taken for the patch map (chart media).
No other procedures. No separate E/M today.
Electronically signed by Ines Castellanos, MD
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = allergens (96) but the MUE is 90 (MAI 3): capped at 90 with an mue finding "
                  "(README Coding decisions).",
})

# =================================================================================================================
# Phototherapy
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-photo-nbuvb-uremic-pruritus-session",
    "family": "phototherapy", "shape": "note-only",
    "description": "Failed kidney graft back on dialysis, uremic pruritus: NB-UVB session #12 -> 96900",
    "date": "2025-11-11",
    "patient": ("Oduya", "Patience", "1968-06-02", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Uremic pruritus", "L29.89", "Generalized", reason=True),
        C("c2", "End stage renal disease", "N18.6", reason=True),
        C("c3", "Kidney transplant status (failed graft)", "Z94.0", history=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": HDR + """
PHOTOTHERAPY UNIT - TREATMENT RECORD    11/11/2025
Supervising physician: Ines Castellanos, MD

57F. Deceased-donor kidney tx 2012, graft failure 2024, back on hemodialysis MWF; IS weaned to prednisone 5 mg
only. Severe generalised uremic pruritus, refractory to emollients, gabapentin (limited by sedation) and
difelikefalin at dialysis.

Modality: narrowband UVB (311 nm), full body cabinet.  Session #12 of planned 24 (3x/week).
Dose today: 650 mJ/cm2 (increase 10% from last; no erythema after session 11).
Eye protection, genital shielding. Face shielded (history of 2 SCCs on the face - both excised, 2019/2021).
Itch NRS 9 -> 5 since start.
Brief skin check of exposed areas: no new keratotic lesions.
Next session Thursday. Full skin exam with Dr. Lindgren in December.
""",
    "expected": E([L("96900")]),
    "coder_note": "PHOTO-2: UVB phototherapy (actinotherapy) one session -> 96900 x1. Earlier sessions and old SCC "
                  "excisions are history only.",
})

SCENARIOS.append({
    "id": "s51-photo-excimer-precoded-per-plaque",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to 4 psoriasis plaques (110+95+120+90 = 415 sq cm) pre-coded 96920 per plaque -> 96921 x1",
    "date": "2025-12-10",
    "patient": ("Marchetti-Alba", "Lucia", "1972-09-09", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized", "L40.0", "Bilateral elbows and knees", reason=True),
        C("c2", "Liver transplant status", "Z94.4", history=True),
    ],
    "procedures": [
        P("EXCIMER LASER PSORIASIS <250 SQ CM", cpt="96920", site="Right elbow", note="Plaque 110 sq cm.",
          reasons=["c1"]),
        P("EXCIMER LASER PSORIASIS <250 SQ CM", cpt="96920", site="Left elbow", note="Plaque 95 sq cm.",
          reasons=["c1"]),
        P("EXCIMER LASER PSORIASIS <250 SQ CM", cpt="96920", site="Right knee", note="Plaque 120 sq cm.",
          reasons=["c1"]),
        P("EXCIMER LASER PSORIASIS <250 SQ CM", cpt="96920", site="Left knee", note="Plaque 90 sq cm.",
          reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment",
    "note": HDR + """
EXCIMER (308 nm) TREATMENT #7 - 12/10/2025 - Ines Castellanos, MD
53F, liver tx 2017. Psoriasis flared after conversion from cyclosporine to tacrolimus (2023). Plaques on the
elbows/knees only (~4% BSA); >4 months of clobetasol/calcipotriene failed. Systemic biologic deferred by
transplant hepatology for now.

Plaques treated today (one session):
  R elbow 110 sq cm | L elbow 95 sq cm | R knee 120 sq cm | L knee 90 sq cm   total 415 sq cm
Doses per plaque per protocol (MED-based), no blistering from last session.
Continue twice weekly; reassess at #13.
""",
    "expected": E([L("96921")], topics=["coding-correction"]),
    "coder_note": "Excimer codes are by TOTAL area treated per session: 415 sq cm (250-500) -> 96921 x1, not 96920 per "
                  "plaque (96921/96920 PTP indicator 1, same session).",
})

# =================================================================================================================
# Intralesional injection
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-il-sternotomy-keloids-48mg",
    "family": "intralesional", "shape": "free-text",
    "description": "Heart-tx sternotomy and chest-tube keloids, 4 lesions, triamcinolone 40 mg/mL 1.2 mL -> 11900 + J3301 x5",
    "date": "2025-10-27",
    "patient": ("Bello", "Abdulrahman", "1980-02-22", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scars, sternotomy and left chest-tube site", "L91.0", "Anterior chest", reason=True),
        C("c2", "Heart transplant status", "Z94.1", history=True),
    ],
    "procedures": [
        P("Intralesional steroid injection", site="Sternotomy scar (upper, mid, lower segments)",
          note="Triamcinolone acetonide 40 mg/mL: upper 0.4 mL, mid 0.3 mL, lower 0.3 mL.", reasons=["c1"]),
        P("Intralesional steroid injection", site="Left chest-tube scar",
          note="Triamcinolone acetonide 40 mg/mL 0.2 mL.", reasons=["c1"]),
    ],
    "note_title": "Transplant Dermatology Procedure Note",
    "note": HDR + """
10/27/2025 - Astrid Lindgren, MD
45M, heart tx 2023 (on Medicare via disability), tacrolimus + MMF. Thick, itchy, painful keloids of the
sternotomy (three separate nodular segments) and the L chest-tube site, tender under his seatbelt.
Silicone sheets x 6 months without benefit.

Lesions injected (4): sternotomy upper / mid / lower segments + L chest-tube keloid.
Triamcinolone acetonide 40 mg/mL, total 1.2 mL = 48 mg, 30G needle. Tolerated well.
Discussed atrophy/hypopigmentation. Repeat in 6 weeks. Skin check otherwise not done today (due in January).
Meds: tacrolimus 2.5 mg BID, MMF 1 g BID, aspirin, atorvastatin.
Exam: sternotomy keloid in 3 nodular segments (upper 2.5 cm, mid 2 cm, lower 2 cm), L chest-tube keloid 1.5 cm,
  all firm, pink, tender.
Consent reviewed (atrophy, telangiectasia, hypopigmentation, recurrence).
Electronically signed by Astrid Lindgren, MD
""",
    "expected": E([L("11900"), L("J3301", 5)]),
    "coder_note": "11900 = up to 7 lesions (4 here). J3301 per 10 mg: 48 mg -> ceil(4.8) = 5 units.",
})

SCENARIOS.append({
    "id": "s51-il-prurigo-nine-nodules-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Nine prurigo nodules injected, pre-coded 11900 -> 11901; triamcinolone 36 mg -> J3301 x4",
    "date": "2025-12-18",
    "patient": ("Villanueva", "Rosalind", "1959-03-13", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Prurigo nodularis", "L28.1", "Bilateral forearms and shins", reason=True),
        C("c2", "Liver transplant status", "Z94.4", history=True),
    ],
    "procedures": [
        P("INJECTION INTRALESIONAL UP TO 7 LESIONS", cpt="11900", site="Bilateral forearms and shins",
          note="9 nodules: R forearm 3, L forearm 2, R shin 2, L shin 2. TAC 10 mg/mL 0.4 mL each.",
          reasons=["c1"]),
        P("TRIAMCINOLONE ACETONIDE INJ 10 MG", cpt="J3301", site="Bilateral forearms and shins",
          note="Total 3.6 mL of 10 mg/mL = 36 mg.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
12/18/2025 - Chidi Okonkwo, MD
66F, liver tx 2014 (PSC); tacrolimus. Prurigo nodularis since years of pre-transplant cholestatic itch; now
persistent nodules despite clobetasol under occlusion. Dupilumab discussed - transplant hepatology to weigh in;
not started.
Injected today: 9 excoriated nodules (R forearm 3, L forearm 2, R shin 2, L shin 2), triamcinolone
10 mg/mL 0.4 mL per nodule (36 mg total).
No other treatment today. Recheck 4-6 weeks.
Meds: tacrolimus 1 mg BID, ursodiol, hydroxyzine qhs (sedation limits dose).
Exam: 9 firm hyperkeratotic excoriated nodules on the extensor forearms and shins; no infection.
Consent: atrophy, hypopigmentation reviewed. 30G needle, tolerated well.
Electronically signed by Chidi Okonkwo, MD
""",
    "expected": E([L("11901"), L("J3301", 4)], topics=["coding-correction"]),
    "coder_note": "More than 7 lesions -> 11901 (not 11900). J3301: 36 mg -> 4 units.",
})

# =================================================================================================================
# Incision and drainage
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-id-single-thigh-abscess-10060",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Immunosuppressed kidney-tx, single simple abscess R thigh drained -> 10060",
    "date": "2025-10-31",
    "patient": ("Fairweather", "Gordon", "1955-10-24", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of right thigh", "L02.415", "Right anterior thigh", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note_title": "Urgent Add-on Visit",
    "note": HDR + """
URGENT ADD-ON   10/31/2025   June Abernathy, MD
70M, kidney tx 2019; tacrolimus, MMF, prednisone 5. 4 days of a painful lump R anterior thigh. Afebrile.

Exam: single 2.5 cm fluctuant abscess R anterior thigh with 1 cm surrounding erythema. No other lesions,
no lymphangitic streaking.

Procedure: I&D. Lidocaine 1% field block. Single stab incision, purulent material expressed, loculations
gently broken with a hemostat - none significant. Irrigated. No packing needed. Simple abscess.
Wound culture sent (MRSA PCR + culture).
Plan: doxycycline 100 mg BID x 7 days (no interaction with tacrolimus of concern), warm compresses.
Recheck wound in 3 days at this clinic. If systemic signs -> ED.
No separate E/M billed - visit was for the abscess.
""",
    "expected": E([L("10060")]),
    "coder_note": "Simple, single abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s51-id-two-abscesses-axilla-arm-10061",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Two separate abscesses (L axilla, L upper arm) drained at one visit -> one 10061",
    "date": "2025-11-24",
    "patient": ("Okonjo", "Ifeoma", "1986-08-12", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
        C("c2", "Cutaneous abscess of left upper arm", "L02.414", "Left upper arm", reason=True),
        C("c3", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Left axilla",
          note="3 cm fluctuant abscess; incision, purulent drainage, loculations broken, iodoform packing.",
          reasons=["c1"]),
        P("Incision and drainage of abscess", site="Left upper arm, posterior",
          note="1.5 cm abscess; incision and drainage, no packing.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
11/24/2025 - Chidi Okonkwo, MD
39F, kidney tx 2020 (lupus nephritis); belatacept + MMF + prednisone. Two painful boils for 5 days: L axilla and
L posterior upper arm. No history of hidradenitis (no comedones, no sinus tracts, no scarring).
Both drained today (details in procedure entries); culture from the axilla. TMP-SMX DS BID x 7 d (already
on prophylactic dose - transplant pharmacy consulted re: dosing). Packing out in 48 h at nurse visit.
Exam: L axilla 3 cm fluctuant, tender abscess with surrounding erythema; L posterior upper arm 1.5 cm
  fluctuant nodule. Afebrile, no lymphangitis.
Consent, lidocaine 1% w/ epi field block each site.
Return precautions (fever, spreading redness) - transplant patient, low threshold for ED.
Electronically signed by Chidi Okonkwo, MD
""",
    "expected": E([L("10061")]),
    "coder_note": "I&D of multiple abscesses at one session is 10061 x1 (complicated or multiple), not 10060 twice; "
                  "10060 would also be bundled (10061/10060 PTP).",
})

# =================================================================================================================
# Cosmetic
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-cos-face-sk-cryo-gx-gy-plus-aks",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: cosmetic cryo of 5 asymptomatic facial SKs with voluntary ABN (17110-GX-GY) + 6 AKs (17000-XS, 17003 x5-XS)",
    "date": "2025-11-14",
    "patient": ("Lindstrom", "Evelyn", "1949-06-30", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp, forehead", reason=True),
        C("c2", "Seborrheic keratoses, face, asymptomatic", "L82.1", "Cheeks, temples", reason=True),
        C("c3", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note_title": "Transplant Dermatology Treatment Visit",
    "note": HDR + """
11/14/2025 - Astrid Lindgren, MD
76F, kidney tx 2009 (tacrolimus/azathioprine). SCC x6, last 2024.

Lesion group 1 - AKs: scalp 4, forehead 2 = 6 AKs -> LN2 x2 cycles (medical).
Lesion group 2 - SKs: 5 flat tan "stuck-on" SKs on both cheeks and temples. NOT irritated, not bleeding, not
   itchy, unchanged for years; dermoscopy classic SK (milia cysts, comedo openings). She wants them gone because
   she dislikes how they look in photos. Explained this is cosmetic and not covered by Medicare; she chose to
   proceed and signed a voluntary ABN (cosmetic, patient pays). LN2 to all 5 SKs.
Lesion group 3 - R shin: 4 mm pink papule - re-check in 3 months.

RTC 3 months for TBSE.
""",
    "expected": E([L("17000", 1, "XS"), L("17003", 5, "XS"), L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "AKs (NCD 250.4): 17000 + 17003 x5. Cosmetic SK destruction under Medicare FFS -> 17110 with GY + GX "
                  "(voluntary ABN). 17110/17000 and 17110/17003 are indicator 1, different lesions -> XS on the AK codes.",
})

SCENARIOS.append({
    "id": "s51-cos-commercial-peel-removed-bx-kept",
    "family": "cosmetic", "shape": "free-text",
    "description": "Commercial plan: self-pay cosmetic glycolic facial peel removed from the claim; shave bx of a new neck papule billed",
    "date": "2026-01-22",
    "patient": ("Nilsson-Ward", "Harriet", "1971-12-01", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Encounter for cosmetic procedure", "Z41.1", "Face", reason=True),
        C("c2", "Papule, left lateral neck", "D49.2", "Left lateral neck", reason=True),
        C("c3", "Lung transplant status", "Z94.2", history=True),
    ],
    "procedures": [
        P("Superficial chemical peel (glycolic acid 30%), full face", site="Face",
          note="Cosmetic - fine lines and dull texture, patient request, self-pay; not for actinic keratoses.",
          reasons=["c1"]),
        P("Shave biopsy", site="Left lateral neck", note="5 mm pink scaly papule, r/o SCCis. Tangential shave.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Visit",
    "note": HDR + """
01/22/2026 - June Abernathy, MD
54F, bilateral lung tx 2021; tacrolimus, MMF. One SCCis (2024). No AKs on the face at today's exam.
1) Cosmetic: requests a light peel for texture/fine lines before her daughter's wedding. Glycolic 30%,
   3 minutes, neutralised. Self-pay (cosmetic financial agreement signed). No medical indication.
2) L lateral neck - new 5 mm pink scaly papule - shave biopsy to exclude SCCis. Path pending.
Next TBSE April.
Meds: tacrolimus 2 mg BID, MMF 1 g BID, prednisone 5 mg, voriconazole stopped 2023.
Exam: no AKs face; Fitzpatrick III, mild photoaging. L lateral neck papule as above.
Peel: skin degreased, glycolic 30% applied, neutralised at 3 min, mild erythema only.
Biopsy: consent, lidocaine, shave, AlCl3. 1 specimen.
Electronically signed by June Abernathy, MD
""",
    "expected": E([L("11102")], topics=["cosmetic"]),
    "coder_note": "Conventions, non-Medicare cosmetic: the cosmetic peel line is removed (patient billed directly) with a "
                  "cosmetic finding; the diagnostic shave biopsy -> 11102.",
})

# =================================================================================================================
# Skin tags
# =================================================================================================================

SCENARIOS.append({
    "id": "s51-tags-medicare-irritated-twenty-two",
    "family": "skin-tags", "shape": "free-text",
    "description": "Medicare FFS: 22 irritated/bleeding skin tags (neck 14, axillae 8) -> 11200 + 11201 x1",
    "date": "2025-12-05",
    "patient": ("Haverford", "Clement", "1952-07-19", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding, neck and axillae", "L91.8", "Neck, bilateral axillae",
          reason=True),
        C("c2", "Heart transplant status", "Z94.1", history=True),
    ],
    "procedures": [
        P("Removal of skin tags, snip excision", site="Neck",
          note="14 pedunculated tags, several crusted and bleeding from collar/chain friction.", reasons=["c1"]),
        P("Removal of skin tags, snip excision", site="Bilateral axillae",
          note="8 tags, inflamed/erythematous and tender, rubbing with arm movement.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
12/05/2025 - Chidi Okonkwo, MD
73M, heart tx 2017 (bridged with LVAD 2015-2017); tacrolimus + MMF + pred. Numerous neck and axillary tags,
many inflamed, crusted or bleeding from collar and chain friction; some axillary tags tender and red.

Removed by snip excision with gradle scissors + AlCl3: neck 14, axillae 8 = 22 tags.
Not sent to pathology. SKs on the back - asymptomatic, not treated.
Meds: tacrolimus, MMF, prednisone 5 mg, apixaban held 0 days (no significant bleeding).
Exam: 14 pedunculated tags on the neck (6 crusted/bleeding); 8 axillary tags, erythematous and tender.
Consent; topical anaesthetic; AlCl3 hemostasis.
Wound care: petrolatum, avoid chain for 1 week. RTC 3 months for TBSE.
Electronically signed by Chidi Okonkwo, MD
""",
    "expected": E([L("11200"), L("11201")]),
    "coder_note": "11200 first 15 tags + 11201 per additional 10: 22 tags -> ceil(7/10) = 1. Bleeding, inflammation and "
                  "tenderness meet BSL-3, so no GY/GA.",
})

SCENARIOS.append({
    "id": "s51-tags-thirty-eight-11201-mue",
    "family": "skin-tags", "shape": "note-only",
    "description": "Medicaid: 38 symptomatic skin tags -> 11200 + 11201 (3 computed, capped at MUE 1)",
    "date": "2026-01-27",
    "patient": ("Amadi", "Chukwuemeka", "1969-03-08", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, inflamed, neck, axillae and groin", "L91.8", "Neck, axillae, inguinal folds",
          reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
01/27/2026 - June Abernathy, MD
56M, kidney tx 2018; tacrolimus + pred (post-transplant diabetes, weight gain). Many skin tags in the folds
which twist, bleed and become inflamed with sweating; two were thrombosed/black last month.

Site 1 - neck: 16 tags (4 crusted/bleeding)
Site 2 - axillae: 12 tags (erythematous, tender)
Site 3 - inguinal folds: 10 tags (macerated, inflamed)
Total removed today: 38 (snip + light cautery). Not sent to pathology.
Site 4 - back: benign-appearing nevi; no treatment.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"]),
    "coder_note": "38 tags -> 11200 + 11201 x ceil(23/10) = 3, but the 11201 MUE is 1 (MAI 3): capped at 1 with an "
                  "mue finding.",
})
