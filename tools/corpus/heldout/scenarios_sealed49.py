"""Sealed set 49 (s49-): audit of a dermatology practice whose treatment visits are nurse/MA-run and documented
as flowsheets ("Field: value" lines, grids typed as text), each followed by the supervising physician's short
procedure or co-signature note, plus ordinary physician visits with procedures.

Practice (note headers): Harborview Dermatology & Treatment Center - phototherapy suite, injection clinic,
wart clinic, contact-dermatitis (patch test) clinic, nail & foot clinic, procedure rooms.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
("File format", "Coding decisions") only. Flowsheet rows marked not done / held / skipped / declined are not coded.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =================================================================================================================
# Phototherapy suite
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-photo-excimer-rknee-held-area",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows/knees; R knee row held for bullae; pre-coded 96921 from mapped area, treated area 195 sq cm",
    "date": "2025-03-11",
    "patient": ("Thornbury", "Cassidy", "1986-02-14", "female"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser, inflammatory skin disease", cpt="96921", site="Elbows and knees",
          note="308 nm excimer, see treatment grid. Area entered from map: 280 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment Record",
    "note": """HARBORVIEW DERMATOLOGY - PHOTOTHERAPY SUITE
EXCIMER LASER TREATMENT RECORD

Patient: Thornbury, Cassidy
DOB: 02/14/1986
Date: 03/11/2025
Device: 308 nm excimer, handpiece B
Course: 2 of 3 this calendar year
Treatment #: 9
Performed by: Tessa Albrecht, RN (laser credentialed)
Supervising physician in suite: Ren Nakamura, MD
MED / starting dose: 300 mJ/cm2 (set at treatment #1)
Pre-treatment skin check: L elbow, R elbow, L knee - no blistering. R knee - two 4 mm bullae from tx #8.

SITE GRID
Site                       | Mapped area (sq cm) | Dose (mJ/cm2) | Status
L elbow / extensor forearm | 70                  | 600           | treated
R elbow / extensor forearm | 65                  | 600           | treated
L knee                     | 60                  | 750           | treated
R knee                     | 85                  | --            | HELD - bullae after tx #8, reassess at tx #10

Total mapped: 280 sq cm
Total treated today: 195 sq cm

Post-treatment: mild erythema treated sites, no pain. Petrolatum applied.
Next visit: 03/13/2025 (twice weekly)
RN signature: T. Albrecht, RN 03/11/2025 10:42

Co-signature - Ren Nakamura, MD:
Reviewed RN record. Localized plaque psoriasis of elbows/knees, about 4% BSA, inadequate response to 4 months of
clobetasol and calcipotriene. R knee blistered after last dose - held today; resume at 25% lower dose. I was
present in the suite for the session. Continue course.
""",
    "expected": E([L("96920")], ["coding-correction"], {"96920": ["L40.0"]}),
    "coder_note": "96920-96922 go by the total area actually treated: 70 + 65 + 60 = 195 sq cm (<250) -> 96920. The held "
                  "R knee (85 sq cm) was not treated; the pre-coded 96921 counted the mapped 280 sq cm.",
})

SCENARIOS.append({
    "id": "s49-photo-puva-medicare-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "Oral PUVA session 3 for non-disabling psoriasis after topicals only; ABN signed; Medicare FFS",
    "date": "2025-04-08",
    "patient": ("Kowalczyk", "Bernard", "1953-09-30", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, trunk and thighs", "L40.0", "Trunk, bilateral thighs", reason=True),
    ],
    "procedures": [
        P("PUVA - oral methoxsalen + UVA cabinet", site="Whole body",
          note="Session 3. 8-MOP 40 mg po 08:05; UVA 2.5 J/cm2 at 09:50. ABN on file (03/25/2025).",
          reasons=["c1"]),
    ],
    "note_title": "Phototherapy Flowsheet - PUVA",
    "note": """HARBORVIEW DERMATOLOGY - PHOTOTHERAPY FLOWSHEET (PUVA)

Patient: Kowalczyk, Bernard
Date of service: 04/08/2025
Regimen: oral PUVA, twice weekly
Methoxsalen: 0.6 mg/kg = 40 mg po, taken 08:05 (witnessed by MA)
Eye protection: UVA-blocking wraparound glasses, dispensed 03/25/2025
Fitzpatrick skin type: II
Shielding: face - yes; genitals - yes

SESSION LOG
Session | Date       | UVA (J/cm2) | Prior response | Status
1       | 04/01/2025 | 1.5         | none           | given
2       | 04/03/2025 | 2.0         | none           | given
3       | 04/08/2025 | 2.5         | no erythema    | given today

Pre-treatment check: no erythema, no pruritus, no blisters.
Cabinet time: 4 min 10 s
Operator: Dana Ferreira, CMA
ABN (CMS-R-131) for PUVA: signed by patient 03/25/2025, before session 1. Copy given to patient.

Physician note - Wei Chen, MD:
71 y/o man with plaque psoriasis, about 9% BSA on trunk and thighs. Not disabling - he still works part time and
sleeps well. Only treatment so far: betamethasone dipropionate cream for 8 weeks. I offered narrowband UVB
first; he prefers twice-weekly PUVA because of the drive. I told him Medicare covers PUVA only for severe,
disabling psoriasis that has failed conventional treatment, which he does not meet yet, so the claim may be
denied; he signed the ABN and chose to proceed. Baseline eye exam and LFTs 03/2025 normal.
Plan: continue twice weekly, advance 0.5 J/cm2 per session as tolerated.
""",
    "expected": E([L("96912", 1, "GA")], [], {"96912": ["L40.0"]}),
    "coder_note": "NCD 250.1: PUVA covered only for intractable, disabling psoriasis after failed conventional therapy - not "
                  "met (topicals only, not disabling). Medicare FFS, ABN signed before the service -> 96912-GA (COS-4). "
                  "Sessions 1-2 in the log are earlier dates.",
})

SCENARIOS.append({
    "id": "s49-photo-goeckerman-nurse-99211-removed",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Goeckerman day-program session (tar + UVB) with a pre-coded nurse visit 99211; Medicaid",
    "date": "2025-05-20",
    "patient": ("Dubose", "Terrence", "1979-11-03", "male"),
    "provider": "baptiste", "payer": "medicaid", "minutes": 270, "em": "99211",
    "conditions": [
        C("c1", "Severe plaque psoriasis, generalized", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Goeckerman treatment (coal tar + UVB)", cpt="96910", site="Trunk and extremities", reasons=["c1"]),
    ],
    "note_title": "Goeckerman Day Treatment Flowsheet",
    "note": """HARBORVIEW DERMATOLOGY - GOECKERMAN DAY TREATMENT

Patient: Dubose, Terrence
Date: 05/20/2025
Program day: 12 of 20
Arrival: 08:00
Vitals (MA): BP 128/82, HR 74, T 98.1 F
Tar: LCD 10% in petrolatum, applied 08:15 by RN to all plaques, occluded with tubular dressing
Tar dwell: 4 h
Tar removal: 12:20, mineral oil
UVB (broadband) dose: 62 mJ/cm2 (previous 56)
Burning / folliculitis: none
BSA today: 14% (day 1: 22%)
Patient education: emollient after shower, avoid sun on program days
Visit type entered by MA: nurse visit 99211 (vitals + skin check)
RN: Gloria Paik, RN

Co-signature - Marc Baptiste, MD:
Reviewed day 12. Good response, BSA 22% -> 14%. Tolerating tar without folliculitis. Continue program through
day 20. No other problem addressed today.
""",
    "expected": E([L("96910")], ["ncci"], {"96910": ["L40.0"]}),
    "coder_note": "96910/99211 is PTP indicator 0 (never together): the nurse-visit 99211 (vitals and skin check that are "
                  "part of the treatment) is removed.",
})

SCENARIOS.append({
    "id": "s49-photo-vitiligo-nbuvb-excimer-not-done",
    "family": "phototherapy", "shape": "note-only",
    "description": "NB-UVB session 40 for vitiligo from a dose log; excimer row for hands not done (laser down); Medicare Advantage",
    "date": "2025-06-17",
    "patient": ("Okoro", "Patience", "1956-07-21", "female"),
    "provider": "adeyemi", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Nonsegmental vitiligo", "L80", "Face, hands, trunk", reason=True),
    ],
    "note_title": "Phototherapy Dose Log",
    "note": """HARBORVIEW DERMATOLOGY - PHOTOTHERAPY DOSE LOG
Modality: narrowband UVB (311 nm), full-body booth
Diagnosis: nonsegmental vitiligo, face/hands/trunk
Frequency: 3x/week
Skin type: V

Session | Date       | Dose (mJ/cm2) | Erythema prev. | Status
37      | 06/10/2025 | 620           | 0              | given
38      | 06/12/2025 | 650           | 0              | given
39      | 06/13/2025 | 680           | trace          | given
40      | 06/17/2025 | 680           | trace (held dose, no increase) | given today

Additional modality today:
Excimer 308 nm, dorsal hands: NOT DONE - laser out for service, rescheduled 06/19
Goggles worn: yes
Operator: Luis Arce, MA (phototherapy trained)

Co-signature - Folake Adeyemi, MD:
Reviewed log through session 40. Perifollicular repigmentation on the forearms and face. Trace erythema after
session 39, so today's dose was held at 680. Excimer for the hands will start when the laser is back.
Continue NB-UVB 3x weekly.
""",
    "expected": E([L("96900")], [], {"96900": ["L80"]}),
    "coder_note": "Today's NB-UVB session only -> 96900 x1; sessions 37-39 are prior dates; the excimer row was not done "
                  "(no 96920). Medicare Advantage: no ABN modifiers.",
})

# =================================================================================================================
# Injection clinic (intralesional)
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-il-keloid-log-one-declined",
    "family": "intralesional", "shape": "note-only",
    "description": "Keloid clinic log: 4 rows, R earlobe declined; 3 keloids injected with TAC 40 mg/mL, 1.3 mL total",
    "date": "2025-02-04",
    "patient": ("Villanueva", "Marisol", "1992-03-09", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloids of earlobe, chest and shoulder", "L91.0", "Left earlobe, presternal, left shoulder",
          reason=True),
    ],
    "note_title": "Intralesional Injection Log",
    "note": """HARBORVIEW DERMATOLOGY - INJECTION CLINIC
INTRALESIONAL INJECTION LOG

Patient: Villanueva, Marisol
Date: 02/04/2025
Indication: symptomatic keloids (itching, tenderness)
Drug: triamcinolone acetonide 40 mg/mL (multi-dose vial), undiluted
Needle / syringe: 30 G, 1 mL Luer-lock
Consent: verbal, on file
Prepared by: Keisha Long, MA

#  | Site                      | Size (cm) | Vol (mL) | Conc (mg/mL) | mg  | Status
1  | L earlobe, posterior      | 1.4 x 1.0 | 0.4      | 40           | 16  | injected
2  | R earlobe                 | 0.9 x 0.8 | --       | --           | --  | DECLINED by pt today (sore after earring removal); defer to next visit
3  | Presternal                | 3.2 x 1.1 | 0.6      | 40           | 24  | injected
4  | L shoulder                | 1.6 x 0.9 | 0.3      | 40           | 12  | injected

Lesions injected: 3
Total volume: 1.3 mL
Total triamcinolone: 52 mg
Post-injection: blanching at all injected sites, no bleeding.

Procedure note - Chidi Okonkwo, MD:
I injected keloids #1, #3 and #4 as logged. #2 deferred at patient request. Third series; flattening and less
itch at the chest. If the chest keloid plateaus we could add 5-FU next time - not today. Return 4 weeks.
""",
    "expected": E([L("11900"), L("J3301", 6)], [], {"11900": ["L91.0"]}),
    "coder_note": "3 lesions injected (declined row excluded) -> 11900. Triamcinolone 1.3 mL x 40 mg/mL = 52 mg -> J3301 "
                  "ceil(52/10) = 6. 5-FU only a future option.",
})

SCENARIOS.append({
    "id": "s49-il-alopecia-areata-eight-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "Alopecia areata: 9 logged patches, 8 injected with diluted TAC 5 mg/mL (4.8 mL, 24 mg); Medicare FFS",
    "date": "2025-07-15",
    "patient": ("Pellegrino", "Frances", "1957-12-01", "female"),
    "provider": "castellanos", "payer": "medicare-ngs", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection - alopecia areata", site="Scalp",
          note="Triamcinolone acetonide 10 mg/mL diluted 1:1 with saline to 5 mg/mL. 8 patches injected, 4.8 mL "
               "total (24 mg). Vertex patch not injected (regrowing).", reasons=["c1"]),
    ],
    "note_title": "Injection Clinic Flowsheet",
    "note": """HARBORVIEW DERMATOLOGY - INJECTION CLINIC FLOWSHEET
Patient: Pellegrino, Frances
Date: 07/15/2025
Diagnosis: alopecia areata, patchy, scalp
Series visit: 3 (every 6 weeks)
Stock: triamcinolone acetonide 10 mg/mL
Dilution: 1:1 with bacteriostatic saline -> 5 mg/mL
Technique: 0.05-0.1 mL per puncture, 1 cm apart, 30 G

Patch | Location              | Size (cm) | Vol (mL) | Status
A     | L parietal            | 3 x 2     | 0.8      | injected
B     | R parietal            | 2.5 x 2   | 0.6      | injected
C     | occipital, midline    | 2 x 2     | 0.5      | injected
D     | L temporal            | 3 x 2.5   | 0.7      | injected
E     | R temporal            | 1.5 x 1.5 | 0.4      | injected
F     | L occipital           | 2.5 x 2   | 0.6      | injected
G     | R occipital           | 2 x 1.5   | 0.5      | injected
H     | frontal hairline      | 3 x 2     | 0.7      | injected
I     | vertex                | 2 x 2     | --       | not injected - terminal regrowth, observe

Patches injected: 8
Total volume: 4.8 mL at 5 mg/mL = 24 mg triamcinolone
MA: Rosa Delgado, CMA

Physician note - Ines Castellanos, MD:
Injected patches A-H myself. Vertex patch has regrown - left alone. No atrophy at prior sites. Discussed oral JAK
inhibitor only if this series fails - not starting. RTC 6 weeks.
""",
    "expected": E([L("11901"), L("J3301", 3)]),
    "coder_note": "8 patches injected (vertex row not injected) -> more than 7 -> 11901. 4.8 mL x 5 mg/mL = 24 mg -> J3301 x3.",
})

SCENARIOS.append({
    "id": "s49-il-acne-cysts-precoded-11901-j-per-mg",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Acne cyst injections: 8 rows, 2 skipped; pre-coded 11901 and J3301 x11 (per mg); Medicaid MCO",
    "date": "2025-08-26",
    "patient": ("Harjo", "Dakota", "2008-08-19", "male"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Nodulocystic acne vulgaris", "L70.0", "Face and upper back", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, more than 7 lesions", cpt="11901", site="Face, upper back", reasons=["c1"]),
        P("Triamcinolone acetonide injection", cpt="J3301", site="Face, upper back",
          note="Billed quantity 11 (11 mg)", reasons=["c1"]),
    ],
    "note_title": "Acne Cyst Injection Flowsheet",
    "note": """HARBORVIEW DERMATOLOGY - INJECTION CLINIC
ACNE CYST INJECTION FLOWSHEET
Patient: Harjo, Dakota (age 17), guardian present
Date: 08/26/2025
Drug: triamcinolone acetonide, diluted to 5 mg/mL
Needle: 30 G

Row | Site                    | Cyst size (mm) | Vol (mL) | Status
1   | L cheek                 | 8              | 0.3      | injected
2   | R cheek                 | 10             | 0.4      | injected
3   | chin                    | 7              | 0.3      | injected
4   | R jawline               | 12             | --       | SKIPPED - already fluctuant/draining; warm compresses
5   | upper back, L           | 14             | 0.5      | injected
6   | upper back, R           | 11             | 0.4      | injected
7   | upper back, midline     | 9              | --       | SKIPPED - pt asked to stop
8   | L shoulder              | 8              | 0.3      | injected

Injected: 6 of 8 rows
Total volume: 2.2 mL x 5 mg/mL = 11 mg
Charge entry (MA): 11901; J3301 qty 11
MA: Brandon Tsosie

Procedure note - Jordan Pike, MD:
Six inflamed acne cysts injected as logged. Row 4 draining - not injected. Row 7 skipped at the patient's request.
Continues doxycycline 100 mg daily; isotretinoin discussion deferred to next visit with mother.
""",
    "expected": E([L("11900"), L("J3301", 2)], ["coding-correction"], {"11900": ["L70.0"]}),
    "coder_note": "Only 6 lesions injected (two skipped rows) -> 11900, not 11901. J3301 is per 10 mg: 11 mg -> 2 units, "
                  "not 11.",
})

SCENARIOS.append({
    "id": "s49-il-prurigo-nodularis-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "Prurigo nodularis: 11 nodules injected (11901, 11 mg) plus separately documented E/M starting dupilumab; Medicare",
    "date": "2025-09-09",
    "patient": ("Lindahl", "Gunnar", "1948-05-05", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Prurigo nodularis", "L28.1", "Forearms, shins, upper back", reason=True),
        C("c2", "Chronic kidney disease, stage 3a", "N18.31", history=True),
    ],
    "procedures": [
        P("Intralesional triamcinolone to prurigo nodules", site="Bilateral forearms and shins",
          note="11 nodules, triamcinolone acetonide 10 mg/mL, 0.1 mL each (1.1 mL, 11 mg).", reasons=["c1"]),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """HARBORVIEW DERMATOLOGY - PROGRESS NOTE
Provider: Henrietta Voss, MD      Date: 09/09/2025

S: 77 y/o man, established, prurigo nodularis x 2 yr, worse over 3 months. Itch 9/10, waking 3-4 times a night.
Failed clobetasol under occlusion and a 12-week course of NB-UVB (2024). CKD 3a (nephrology following).
O: Dozens of excoriated hyperkeratotic nodules forearms, shins, upper back. No xerosis-only pattern.
Data: reviewed CMP from 08/2025 (eGFR 52), CBC normal, TSH normal.
A/P:
1. Prurigo nodularis, uncontrolled - starting dupilumab 600 mg load then 300 mg q2 wk; injection teaching done,
   conjunctivitis risk reviewed, prior authorization submitted. Gabapentin not started given CKD.
2. Most symptomatic nodules - intralesional triamcinolone today (see log).

INJECTION LOG (MA: Priya Raman)
Drug: triamcinolone acetonide 10 mg/mL
Nodules injected: R forearm 3, L forearm 3, R shin 2, L shin 3  -> total 11
Volume: 0.1 mL each -> 1.1 mL -> 11 mg
Upper back nodules: not injected today (plan next visit)

RTC 8 weeks. - H. Voss, MD
""",
    "expected": E([L("99214", 1, "25"), L("11901"), L("J3301", 2)]),
    "coder_note": "E/M for uncontrolled PN with a new prescription biologic (prescription drug management) is separate from "
                  "the injections -> 99214-25. 11 nodules -> 11901. 11 mg -> J3301 x2.",
})

# =================================================================================================================
# Wart clinic / destruction
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-ds-wart-clinic-tally-heel-skipped",
    "family": "destruction", "shape": "note-only",
    "description": "Pediatric wart clinic cryo log: 8 warts treated by site, heel wart skipped; plantar warts pared first; Medicaid",
    "date": "2025-10-14",
    "patient": ("Nguyen", "Bao", "2014-04-22", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Common warts, hands", "B07.8", "Right hand, left index finger, left thumb", reason=True),
        C("c2", "Plantar warts, right forefoot, painful", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "note_title": "Wart Clinic Cryotherapy Log",
    "note": """HARBORVIEW DERMATOLOGY - WART CLINIC
CRYOTHERAPY LOG

Patient: Nguyen, Bao (age 11), mother present
Date: 10/14/2025
Visit: 3rd treatment (q3 weeks)
Method: liquid nitrogen spray, 2 freeze-thaw cycles, 10 s freeze
Nurse: Amanda Sorensen, RN

Site                        | Count | Type                          | Pared before freeze | Status
R hand, dorsum              | 3     | verruca vulgaris              | no                  | treated
L index finger, periungual  | 2     | verruca vulgaris              | no                  | treated
L thumb, pad                | 1     | verruca vulgaris              | no                  | treated
R plantar forefoot          | 2     | plantar, painful when walking | yes, 15 blade       | treated
L plantar heel              | 1     | plantar                       | --                  | SKIPPED - hemorrhagic blister from 09/23 tx; let heal

Total treated: 8
Total skipped: 1
Aftercare sheet given. Mother aware blisters may form.

Co-signature - Folake Adeyemi, MD:
Reviewed log. Warts spreading on the hands since summer and plantar warts painful with sports - treatment
appropriate. Heel lesion skipped today. Next session in 3 weeks.
""",
    "expected": E([L("17110")]),
    "coder_note": "8 warts treated (skipped heel wart not counted) -> 17110 x1 (up to 14). Paring the plantar warts before "
                  "freezing is part of the destruction, not 11055-11057.",
})

SCENARIOS.append({
    "id": "s49-ds-wart-seventeen-precoded-17110-x17",
    "family": "destruction", "shape": "pre-coded",
    "description": "Wart clinic: 17 warts treated (one row resolved, not treated); pre-coded 17110 x17; commercial",
    "date": "2025-11-04",
    "patient": ("Ferris", "Callum", "1999-01-30", "male"),
    "provider": "marchetti", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, multiple", "B07.8", "Hands, knees, feet", reason=True),
    ],
    "procedures": [
        P("Destruction of benign lesions (warts), cryotherapy", cpt="17110", site="Hands, knees, feet",
          note="Qty 17 entered at charge entry", reasons=["c1"]),
    ],
    "note_title": "Wart Clinic Cryotherapy Log",
    "note": """HARBORVIEW DERMATOLOGY - WART CLINIC CRYO LOG
Patient: Ferris, Callum      Date: 11/04/2025
Method: LN2 cryo-spray, 2 cycles
Nurse: Amanda Sorensen, RN

Site              | Lesions | Status
R hand, fingers   | 5       | treated
L hand, fingers   | 4       | treated
R knee            | 2       | not treated - resolved since last visit
L knee            | 3       | treated
R foot, dorsum    | 2       | treated
L foot, toes      | 3       | treated

Lesions treated: 17
Pain after: 2/10. Blister care reviewed.
Charge entry: 17110 x 17

Co-signature - Luca Marchetti, MD:
17 warts frozen as logged. Numbers up from 11 in September (new lesions on the feet and L knee), tender on the
fingers. Continue q3-4 weeks; discussed candida antigen immunotherapy as an alternative if no better by January.
""",
    "expected": E([L("17111")], ["coding-correction"], {"17111": ["B07.8"]}),
    "coder_note": "17110 is one unit for up to 14 lesions; 17 treated lesions -> 17111 x1 (never units per lesion). The "
                  "resolved R-knee row is not counted.",
})

SCENARIOS.append({
    "id": "s49-ds-ak-eighteen-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "18 AKs (12 face, 6 scalp) by LN2 with an MA lesion map; pre-coded 17000 + 17003 x17; Medicare FFS",
    "date": "2025-03-25",
    "patient": ("Hollingsworth", "Edwin", "1944-06-18", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face and scalp", "L57.0", "Face, scalp", reason=True),
        C("c2", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Face", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional", cpt="17003", site="Face and scalp",
          note="Quantity 17", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": """HARBORVIEW DERMATOLOGY - PROCEDURE ROOM 2
Date: 03/25/2025
Patient: Hollingsworth, Edwin (80 y/o)
Physician: Erik Lindqvist, MD
Scribe/MA: Nora Quist

LESION MAP (MA entry)
Region            | AKs treated
Forehead          | 5
Nose              | 2
R cheek           | 3
L cheek           | 2
Scalp, vertex     | 4
Scalp, L parietal | 2
R helix           | 0 - 3 mm waxy papule, looks like an irritated SK; not treated, observe
Total treated     | 18

Procedure: LN2 cryotherapy, 1 freeze-thaw cycle, 5-8 s per lesion.
Consent: verbal after risks (blister, hypopigmentation, recurrence) reviewed.
Tolerated well. Wound care sheet given.

Physician note: 80 y/o with extensive actinic damage and a history of SCC of the R forearm (2021, excised, no
recurrence). Eighteen gritty erythematous AKs treated today as mapped. If the scalp keeps recurring, field
therapy (5-FU) is an option for the winter - not prescribed today. Skin check in 6 months.
""",
    "expected": E([L("17004")], ["coding-correction"], {"17004": ["L57.0"]}),
    "coder_note": "15 or more premalignant lesions -> 17004 x1 instead of 17000 + 17003 (17004/17000 and 17004/17003 are "
                  "indicator 0; 17003 x17 would also exceed its MUE of 13). The untreated helix papule is not counted.",
})

SCENARIOS.append({
    "id": "s49-ds-ak-six-plus-inflamed-sk-xs",
    "family": "destruction", "shape": "free-text",
    "description": "6 AKs face/scalp + 2 inflamed itching SKs on the back frozen; 17110 column 1 so XS on 17000/17003; Medicare",
    "date": "2025-04-15",
    "patient": ("Prewitt", "Lorraine", "1949-10-27", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Face and scalp", reason=True),
        C("c2", "Inflamed seborrheic keratoses", "L82.0", "Mid back, bra line", reason=True),
    ],
    "procedures": [
        P("Cryodestruction of actinic keratoses", site="Face and scalp",
          note="6 AKs: forehead 2, R temple 1, nasal dorsum 1, scalp vertex 2. LN2, 1 cycle.", reasons=["c1"]),
        P("Cryotherapy of irritated seborrheic keratoses", site="Mid back at bra line",
          note="2 SKs, red, crusted, itching and bleeding where the bra strap rubs. LN2, 2 cycles.",
          reasons=["c2"]),
    ],
    "note_title": "Cryotherapy Procedure Note",
    "note": """HARBORVIEW DERMATOLOGY
CRYOTHERAPY - PROCEDURE NOTE
Date: 04/15/2025
Patient: Prewitt, Lorraine
Physician: Adaeze Okafor, MD

Indication:
- Actinic keratoses, face/scalp (rough, tender scaly papules).
- Two seborrheic keratoses on the mid back at the bra line: inflamed - red, crusted, itching, bled on her
  clothing twice this month.

Lesion grid:
Lesion type | Site             | Count | Cycles | Status
AK          | forehead         | 2     | 1      | treated
AK          | R temple         | 1     | 1      | treated
AK          | nasal dorsum     | 1     | 1      | treated
AK          | scalp vertex     | 2     | 1      | treated
SK, inflamed| mid back         | 2     | 2      | treated
SK          | L flank          | 3     | --     | not treated - asymptomatic, patient reassured

Totals: AK 6, inflamed SK 2.
Consent obtained; aftercare reviewed. No complications.
Follow-up 6 months or sooner if lesions persist.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 5, "XS")], [],
                  {"17110": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "AK 6 -> 17000 + 17003 x5; 2 inflamed/bleeding SKs (L82.0, LCD indication met) -> 17110. PTP 17110/17000 "
                  "and 17110/17003 are indicator 1 with 17110 in column 1: different lesions, so XS on 17000 and 17003. "
                  "Asymptomatic flank SKs not treated.",
})

# =================================================================================================================
# Contact-dermatitis clinic (patch tests)
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-patch-application-grid-73",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application grid: 78 chambers planned, 2 on backorder, own products not brought -> 73 applied",
    "date": "2025-01-27",
    "patient": ("Sandoval", "Ilana", "1984-05-12", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Eczematous dermatitis of eyelids and neck", "L30.9", "Eyelids, neck", reason=True),
    ],
    "note_title": "Patch Test Application Record",
    "note": """HARBORVIEW DERMATOLOGY - CONTACT DERMATITIS CLINIC
PATCH TEST APPLICATION RECORD

Patient: Sandoval, Ilana
Date applied: 01/27/2025 (Monday)
Referring: Astrid Lindgren, MD (consult 01/13/2025)
Indication: recurrent eyelid and neck dermatitis x 1 yr; cosmetics / fragrance suspected
Application site: upper back, chambers on hypoallergenic tape
Applied by: Megan Hollis, RN

SERIES GRID
Series                         | Planned | Applied | Not applied
Baseline series (trays 1-4)    | 40      | 40      | 0
Cosmetic / preservative series | 25      | 23      | 2 (C12 backorder; C19 lot expired)
Fragrance series               | 10      | 10      | 0
Patient's own products         | 3       | 0       | 3 (patient did not bring them - apply at next session if needed)

TOTAL ALLERGENS APPLIED: 73

Back marked with surgical marker and photographed.
Instructions: keep dry, no exercise, no antihistamine change. Patient has not used oral steroids for 4 weeks.
Readings scheduled: 01/29/2025 (D2) and 01/31/2025 (D4).

Co-signature - Astrid Lindgren, MD:
Reviewed. Series chosen at the 01/13 consult. Patch tests applied per protocol. No separate visit today.
""",
    "expected": E([L("95044", 73)]),
    "coder_note": "95044 units = number of allergens applied: 40 + 23 + 10 = 73. Backordered/expired chambers and the "
                  "unbrought own products were not applied. Readings on D2/D4 are included.",
})

SCENARIOS.append({
    "id": "s49-patch-newpt-hand-dermatitis-em25",
    "family": "patch-test", "shape": "pre-coded",
    "description": "New patient hand dermatitis worked up with Rx and 40 patch tests applied same day; pre-coded 99204 without 25",
    "date": "2025-02-18",
    "patient": ("Brandt", "Oksana", "1977-09-02", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis", "L30.9", "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("Patch testing", cpt="95044", site="Upper back",
          note="35-allergen panel + 5 supplemental rubber accelerators = 40 tests applied", reasons=["c1"]),
    ],
    "note_title": "New Patient Consultation - Contact Dermatitis Clinic",
    "note": """HARBORVIEW DERMATOLOGY - CONTACT DERMATITIS CLINIC
NEW PATIENT VISIT
Date: 02/18/2025          Physician: Astrid Lindgren, MD

CC: painful cracked hands x 8 months.
HPI: 47 y/o ICU nurse, wears nitrile gloves 10-12 h/shift, hand sanitizer 30+ times/day. Dermatitis of palms
and finger webs, worse at work, better on vacation. OTC hydrocortisone without benefit. No childhood eczema.
Exam: lichenified, fissured plaques of palms and volar fingers both hands, dorsal knuckles involved; no
vesicles; nails normal; feet clear; no psoriasis elsewhere.
Assessment: chronic hand dermatitis - irritant vs allergic contact (rubber accelerators, preservatives) vs
hand eczema. Moderate severity, affecting work.
Plan:
- Clobetasol 0.05% ointment BID x 2 wk then weekends; petrolatum at night under cotton gloves. Rx sent.
- Cotton liners under gloves; discussed accelerator-free nitrile gloves with employee health (letter given).
- Patch testing today, readings Thursday and Saturday.

PATCH TEST APPLICATION (RN: Megan Hollis)
Panel                              | Applied
Pre-loaded 35-allergen panel (3)   | 35
Supplemental rubber accelerators   | 5
Total applied                      | 40
Site: upper back. Readings: 02/20 and 02/22.

Total physician time today: 45 minutes (history, exam, counseling, glove letter), not counting the patch
test application.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 40)]),
    "coder_note": "PTP 95044/99204 is indicator 1 (E/M column 2). The new-patient evaluation with prescription management and "
                  "work counseling is significant and separate from the test application -> 99204-25 + 95044 x40.",
})

SCENARIOS.append({
    "id": "s49-patch-hairdresser-96-applied-mue",
    "family": "patch-test", "shape": "free-text",
    "description": "Hairdresser: 100 chambers prepared, 4 dye allergens held, 96 applied -> 95044 capped at MUE 90; Medicaid",
    "date": "2025-03-03",
    "patient": ("Whitfield", "Amara", "1990-12-08", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Dermatitis of hands and forearms, occupational (hairdresser)", "L30.9", "Hands and forearms",
          reason=True),
    ],
    "procedures": [
        P("Patch test application - expanded baseline + hairdressing series", site="Upper and mid back",
          note="100 chambers prepared (baseline 80, hairdressing 20). Held: p-phenylenediamine, toluene-2,5-diamine, "
               "p-aminophenol, m-aminophenol - history of severe scalp reaction to hair dye. 96 applied.",
          reasons=["c1"]),
    ],
    "note_title": "Patch Test Application Flowsheet",
    "note": """HARBORVIEW DERMATOLOGY - CONTACT DERMATITIS CLINIC
PATCH TEST APPLICATION FLOWSHEET
Patient: Whitfield, Amara
Date: 03/03/2025
Occupation: hairdresser, 9 yr
Indication: hand/forearm dermatitis, worse with dye and perm work
Applied by: Megan Hollis, RN

Series                     | Prepared | Applied | Held
Expanded baseline (80)     | 80       | 78      | 2 (PPD; p-aminophenol)
Hairdressing series (20)   | 20       | 18      | 2 (toluene-2,5-diamine; m-aminophenol)
TOTAL                      | 100      | 96      | 4

Held reason: 2019 severe scalp/face reaction after hair dye (ED visit, prednisone) - strong dye allergens not
applied to avoid flare; assume positive.
Site: upper and mid back. Pre-test photo taken.
Readings: 03/05 (D2) and 03/07 (D4).

Co-signature - Samuel Weiss, MD:
Reviewed grid. Agree with holding the four oxidative dye allergens. Patch tests applied today per order.
""",
    "expected": E([L("95044", 90)], ["mue"]),
    "coder_note": "96 allergens applied (4 held rows excluded). 95044 MUE is 90 (MAI 3): per the corpus decisions, units are "
                  "capped at 90 with an mue finding.",
})

# =================================================================================================================
# Nail & foot clinic
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-nail-clinic-debride-seven-of-ten",
    "family": "nails", "shape": "note-only",
    "description": "Per-digit nail log: 7 dystrophic toenails debrided, 2 skipped as normal, R hallux held for MD; commercial",
    "date": "2025-04-22",
    "patient": ("Gallagher", "Roisin", "1961-08-14", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Onychomycosis of toenails", "B35.1", "Bilateral toenails", reason=True),
    ],
    "note_title": "Nail Clinic Log",
    "note": """HARBORVIEW DERMATOLOGY - NAIL & FOOT CLINIC
NAIL CLINIC LOG
Patient: Gallagher, Roisin
Date: 04/22/2025
Diagnosis: onychomycosis (PAS positive 02/2025), painful in shoes
Method: nail nippers + rotary burr, mechanical debridement of thickness and length
Nurse: Carla Mendes, RN (foot care certified)

Digit | Thickness | Dystrophic | Painful | Action
L1    | 4 mm      | yes        | yes     | debrided
L2    | 2 mm      | yes        | yes     | debrided
L3    | normal    | no         | no      | skipped - normal nail
L4    | 2 mm      | yes        | no      | debrided
L5    | 2 mm      | yes        | no      | debrided
R1    | 3 mm      | yes        | yes     | HELD - lateral border ingrown with redness; for MD review, not debrided
R2    | 3 mm      | yes        | yes     | debrided
R3    | 2 mm      | yes        | no      | debrided
R4    | 2 mm      | yes        | no      | debrided
R5    | normal    | no         | no      | skipped - normal nail

Nails debrided: 7
No bleeding. Tolerated well.

Co-signature - Rafael Santos, MD:
Reviewed. Seven mycotic nails debrided as logged. R hallux ingrown border - booked in my procedure clinic next
week; nothing done to it today. Oral terbinafine declined by patient (prefers topical efinaconazole).
""",
    "expected": E([L("11721")], [], {"11721": ["B35.1"]}),
    "coder_note": "Count only nails actually debrided: 7 (skipped and held rows excluded) -> 11721 (6 or more).",
})

SCENARIOS.append({
    "id": "s49-nail-avulsion-left-thumb-fa",
    "family": "nails", "shape": "free-text",
    "description": "Complete nail plate avulsion, left thumb, after crush injury with large subungual hematoma; Medicare Advantage",
    "date": "2025-05-06",
    "patient": ("Ashworth", "Leonard", "1950-02-09", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Contusion of left thumb with damage to nail, initial encounter", "S60.112A", "Left thumb",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate", site="Left thumb",
          note="Digital block, 2% lidocaine plain 3 mL. Nail plate loose and fractured over a hematoma involving "
               "about 70% of the bed; plate elevated and removed completely. Bed intact, no laceration needing "
               "repair. Xeroform + bulky dressing.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Nail Avulsion",
    "note": """HARBORVIEW DERMATOLOGY - PROCEDURE NOTE
Date: 05/06/2025
Physician: Kirsten Halvorsen, MD
Patient: Ashworth, Leonard (75)

Reason: left thumb caught in a car door 2 days ago. Urgent care x-ray 05/04: no fracture. Throbbing pain, nail
plate lifting at the proximal fold, hematoma under ~70% of the nail.
Anticoagulants: none. Diabetes: no.

Procedure: avulsion of the left thumb nail plate.
- Digital block with 2% plain lidocaine, 3 mL.
- Freer elevator under the plate; plate removed in one piece.
- Hematoma evacuated; nail bed intact, no laceration - no bed repair required.
- Xeroform, gauze, tube dressing.
Specimen: none.
EBL minimal. Tolerated well.

Plan: soaks after 48 h, nail regrowth 4-6 months. Return if redness or drainage. Other fingers uninjured; no
other nail treated.
""",
    "expected": E([L("11730", 1, "FA")], [], {"11730": ["S60.112A"]}),
    "coder_note": "Single nail avulsion -> 11730 with the digit modifier for the left thumb (FA). No bed repair, no 11732.",
})

SCENARIOS.append({
    "id": "s49-nail-matrixectomy-r-hallux-plus-debride-xs",
    "family": "nails", "shape": "note-only",
    "description": "Phenol partial matrixectomy R hallux lateral border (11750-T5) + debridement of 4 other nails (11720-XS); Medicaid",
    "date": "2025-06-10",
    "patient": ("Castillo", "Yesenia", "1987-03-26", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right hallux, lateral border", reason=True),
        C("c2", "Onychomycosis", "B35.1", "Toenails", reason=True),
    ],
    "note_title": "Nail Procedure Note",
    "note": """HARBORVIEW DERMATOLOGY - NAIL & FOOT CLINIC
Date: 06/10/2025      Physician: Rafael Santos, MD      RN: Carla Mendes

PROCEDURE 1 - R hallux, lateral border
Indication: third episode of ingrown lateral nail border in 12 months, painful, granulation tissue, failed
two partial avulsions at urgent care. Patient wants a permanent fix.
Digital block 2% plain lidocaine 4 mL; tourniquet 9 min.
Lateral 3 mm of nail plate split and removed, granulation tissue curetted.
Matrix: 88% phenol, 3 x 30 s applications, flushed with alcohol.
Dressing: silver sulfadiazine, gauze.

PROCEDURE 2 - nail debridement (RN, per my order)
Digit | Dystrophic / thick | Painful | Action
L1    | yes                | yes     | debrided
L2    | yes                | yes     | debrided
L3    | no                 | no      | skipped
R2    | yes                | yes     | debrided
R3    | yes                | no      | debrided
R1    | --                 | --      | see procedure 1 (not debrided separately)
Nails debrided: 4 (mycotic, PAS+ 05/2025, painful in work boots)

Plan: soaks BID from tomorrow, check 2 weeks. Topical efinaconazole continued.
""",
    "expected": E([L("11750", 1, "T5"), L("11720", 1, "XS")], [], {"11750": ["L60.0"], "11720": ["B35.1"]}),
    "coder_note": "Permanent partial removal with phenol matrixectomy -> 11750-T5 (right great toe); the partial avulsion is "
                  "part of it. 4 other nails debrided -> 11720; PTP 11750/11720 indicator 1, different nails -> XS on "
                  "11720 (no digit modifiers on 11720 per conventions).",
})

SCENARIOS.append({
    "id": "s49-nail-precoded-11720-six-debrided",
    "family": "nails", "shape": "pre-coded",
    "description": "Diabetic with painful mycotic nails: 6 debrided, 1 row not done; pre-coded 11720; commercial",
    "date": "2025-07-01",
    "patient": ("Whitcomb", "Harold", "1959-11-11", "male"),
    "provider": "okafor", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails, painful", "B35.1", "Toenails", reason=True),
        C("c2", "Type 2 diabetes mellitus without complications", "E11.9", history=True),
    ],
    "procedures": [
        P("Debridement of nails, 1-5", cpt="11720", site="Bilateral toenails", reasons=["c1"]),
    ],
    "note_title": "Nail Clinic Log",
    "note": """HARBORVIEW DERMATOLOGY - NAIL & FOOT CLINIC
Patient: Whitcomb, Harold        Date: 07/01/2025
Diabetes: type 2, A1c 6.9% (05/2025); monofilament intact; pedal pulses 2+
Nurse: Carla Mendes, RN

Digit | Finding                        | Action
L1    | thick yellow, subungual debris | debrided
L2    | thick                          | debrided
L3    | thick                          | debrided
R1    | thick, painful in shoes        | debrided
R2    | thick                          | debrided
R3    | thick                          | debrided
R4    | mildly thick                   | not done - patient asked to stop
Total debrided: 6

Co-signature - Adaeze Okafor, MD:
Six mycotic, painful toenails debrided as logged. Charge entered as 11720.
""",
    "expected": E([L("11721")], ["coding-correction"], {"11721": ["B35.1"]}),
    "coder_note": "6 nails debrided -> 11721 (6 or more), not 11720 (1-5). R4 not done.",
})

SCENARIOS.append({
    "id": "s49-paring-callus-log-three-one-declined",
    "family": "paring", "shape": "note-only",
    "description": "Callus/corn log: 3 lesions pared, heel callus declined; commercial",
    "date": "2025-07-29",
    "patient": ("Moreau", "Juliette", "1971-04-03", "female"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Bilateral feet", reason=True),
    ],
    "note_title": "Foot Clinic Paring Log",
    "note": """HARBORVIEW DERMATOLOGY - NAIL & FOOT CLINIC
PARING LOG
Patient: Moreau, Juliette
Date: 07/29/2025
Complaint: painful calluses, hurts to walk > 30 min (retail job, standing all day)
Instrument: #15 blade, pumice finish
Nurse: Carla Mendes, RN

Lesion | Site                    | Type               | Size (cm) | Action
1      | L 1st MTH, plantar      | callus             | 2.0       | pared
2      | L 5th MTH, plantar      | callus             | 1.5       | pared
3      | R 5th toe, dorsolateral | heloma durum       | 0.6       | pared
4      | R heel rim              | fissured callus    | 3.0       | DECLINED - too tender; urea 40% cream instead

Lesions pared: 3
No bleeding. Padding (moleskin) applied to lesion 3.

Co-signature - Wei Chen, MD:
Reviewed. Three painful hyperkeratotic lesions pared. Advised wider toe box shoes; orthotic referral if recurs.
""",
    "expected": E([L("11056")], [], {"11056": ["L84"]}),
    "coder_note": "Three lesions pared (declined heel row excluded) -> 11056 (2-4 lesions).",
})

SCENARIOS.append({
    "id": "s49-paring-precoded-11057-with-plantar-warts",
    "family": "paring", "shape": "pre-coded",
    "description": "4 calluses pared + 2 separate plantar warts frozen; MA coded 11057 counting the warts; Medicaid MCO",
    "date": "2025-08-12",
    "patient": ("Tran", "Minh", "1968-01-17", "male"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Calluses, plantar, both feet", "L84", "Bilateral plantar forefoot and left heel", reason=True),
        C("c2", "Plantar warts", "B07.0", "Right medial arch, left 2nd toe", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions, more than 4", cpt="11057", site="Both feet", reasons=["c1"]),
        P("Destruction benign lesions (plantar warts), cryo", cpt="17110", site="Right arch, left 2nd toe",
          reasons=["c2"]),
    ],
    "note_title": "Foot Clinic Flowsheet",
    "note": """HARBORVIEW DERMATOLOGY - NAIL & FOOT CLINIC FLOWSHEET
Patient: Tran, Minh          Date: 08/12/2025
Occupation: line cook (standing 10 h)
Physician: Jordan Pike, MD
RN: Carla Mendes

Row | Site                       | Lesion              | Pain | Treatment        | Status
1   | R 1st MTH plantar          | callus 2.5 cm       | yes  | pared            | done
2   | R 2nd MTH plantar          | callus 1.2 cm       | yes  | pared            | done
3   | L 1st MTH plantar          | callus 2.0 cm       | yes  | pared            | done
4   | L heel, posterior rim      | callus 3.0 cm       | yes  | pared            | done
5   | R medial arch              | plantar wart 6 mm   | yes  | LN2 x2 cycles    | done
6   | L 2nd toe, plantar pad     | plantar wart 4 mm   | yes  | LN2 x2 cycles    | done

Calluses pared: 4. Warts frozen: 2 (separate sites from the calluses; not pared).
Charge entry (MA): 11057 (6 lesions); 17110.

Provider note: Painful plantar calluses at pressure points, pared as above. Two plantar warts at separate
sites (arch, 2nd toe) treated with cryotherapy. Cushioned insoles advised. Return 4 weeks for warts.
""",
    "expected": E([L("17110"), L("11056", 1, "XS")], ["coding-correction"], {"17110": ["B07.0"], "11056": ["L84"]}),
    "coder_note": "Paring counts only the 4 calluses -> 11056 (2-4), not 11057. Warts -> 17110. PTP 17110/11056 is "
                  "indicator 1 with 17110 in column 1; different lesions -> XS on 11056.",
})

# =================================================================================================================
# Skin tags / cosmetic
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-tags-twentytwo-irritated-commercial",
    "family": "skin-tags", "shape": "free-text",
    "description": "22 irritated/bleeding skin tags of neck and axillae snipped; commercial",
    "date": "2025-09-16",
    "patient": ("Osei", "Kwabena", "1975-06-30", "male"),
    "provider": "baptiste", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags - snip excision with cautery", site="Neck and bilateral axillae",
          note="22 tags total: neck 14 (collar line, 3 bleeding), R axilla 5, L axilla 3. Iris scissors, light "
               "hyfrecation for hemostasis.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HARBORVIEW DERMATOLOGY - PROCEDURE NOTE
Date: 09/16/2025     Physician: Marc Baptiste, MD

50 y/o man, security officer in a buttoned uniform shirt. Skin tags along the collar line repeatedly catch, become
red and sore, and three bled onto his shirt this month. Axillary tags rub with his holster strap and are
inflamed.

Exam: 22 pedunculated acrochordons, 1-4 mm: neck 14 (several erythematous, 3 with hemorrhagic crust), R axilla 5,
L axilla 3 (macerated).

Procedure: consent; alcohol prep; removed by snip excision with curved iris scissors; hemostasis with light
hyfrecation; petrolatum.
Count check (MA): neck 14 + R axilla 5 + L axilla 3 = 22.
Specimens: not sent.
Tolerated well. Wound care reviewed.
""",
    "expected": E([L("11200"), L("11201")], [], {"11200": ["L91.8"]}),
    "coder_note": "22 symptomatic tags (bleeding, irritation, inflammation documented) -> 11200 (first 15) + 11201 x "
                  "ceil((22-15)/10) = 1.",
})

SCENARIOS.append({
    "id": "s49-tags-fortyone-mue-eyelid-referred",
    "family": "skin-tags", "shape": "note-only",
    "description": "41 inflamed skin tags removed by region, 2 eyelid tags referred not removed; 11201 calculated 3, MUE 1; Medicaid",
    "date": "2025-09-30",
    "patient": ("Pruitt", "Shonda", "1980-10-19", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Acrochordons, inflamed and bleeding", "L91.8", "Neck, axillae, inframammary folds", reason=True),
    ],
    "note_title": "Skin Tag Removal Flowsheet",
    "note": """HARBORVIEW DERMATOLOGY - PROCEDURE FLOWSHEET: SKIN TAG REMOVAL
Patient: Pruitt, Shonda
Date: 09/30/2025
Physician: Sofia Ramirez, MD
Assist: Keisha Long, MA
Indication: multiple tags catching on bra and necklace; inflamed, several bleeding; intertrigo-prone folds
Method: snip with iris scissors, AlCl3 / light cautery

Region                | Count | Symptoms                         | Status
Neck                  | 18    | catching on necklace, 4 bleeding | removed
L axilla              | 9     | inflamed, rubbing                | removed
R axilla              | 8     | inflamed, rubbing                | removed
Inframammary, bilat   | 6     | macerated under bra band         | removed
L upper eyelid margin | 2     | blurring peripheral vision       | NOT REMOVED - referred to oculoplastics

Total removed: 41

Physician note: 41 symptomatic acrochordons removed as tabulated, hemostasis achieved. Eyelid margin tags left
for oculoplastics. Topical antifungal for the inframammary folds. Return as needed.
""",
    "expected": E([L("11200"), L("11201")], ["mue"], {"11200": ["L91.8"]}),
    "coder_note": "41 tags removed (eyelid tags not removed): 11200 + 11201 x ceil(26/10) = 3, but the 11201 MUE is 1 -> "
                  "capped at 1 with an mue finding (corpus decision).",
})

SCENARIOS.append({
    "id": "s49-cos-face-sk-commercial-removed-bx-kept",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Cosmetic cryo of asymptomatic facial SKs on a commercial plan (removed) + biopsy of a changing back lesion (kept)",
    "date": "2025-10-07",
    "patient": ("Lambert", "Celeste", "1968-03-15", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Atypical pigmented lesion, left upper back", None, "Left upper back", reason=True),
        C("c2", "Seborrheic keratoses, face", "L82.1", "Temples and cheeks", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy, single lesion", cpt="11102", site="Left upper back",
          note="6 mm asymmetric brown macule, darker per patient. Shave biopsy to pathology.", reasons=["c1"]),
        P("Destruction benign lesions, cryo", cpt="17110", site="Face",
          note="4 flat SKs on temples/cheeks; asymptomatic; cosmetic at patient request; self-pay form signed.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Left upper back, shave biopsy: compound dysplastic nevus with mild cytologic atypia; peripheral margin "
                 "involved.", "site": "Left upper back"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """HARBORVIEW DERMATOLOGY
Date: 10/07/2025      Physician: Henrietta Voss, MD

57 y/o woman. (1) A mole on the left upper back her husband thinks is darker and larger than last year.
(2) Brown "age spots" on the face she dislikes - no itching, bleeding or irritation; wants them gone before her
daughter's wedding.

Exam: (1) L upper back 6 mm asymmetric brown macule with irregular border, dermoscopy atypical network.
(2) Four flat, stuck-on SKs on the temples/cheeks, no inflammation.

Procedures:
1. Tangential (shave) biopsy, L upper back lesion, to pathology. Hemostasis AlCl3.
2. Cryotherapy of the 4 facial SKs - cosmetic. Patient signed our self-pay (cosmetic) agreement; told her plan
   does not cover cosmetic removal.

Path to follow; we will call. Wound care reviewed.
""",
    "expected": E([L("11102")], ["cosmetic"], {"11102": ["D22.5"]}),
    "coder_note": "Asymptomatic SK removal for appearance is cosmetic; commercial payer -> 17110 removed from the claim "
                  "(patient billed directly). The biopsy of the changing lesion stays; path = dysplastic nevus of trunk "
                  "(D22.5).",
})

SCENARIOS.append({
    "id": "s49-cos-medicare-sk-cryo-gy-gx",
    "family": "cosmetic", "shape": "free-text",
    "description": "Medicare FFS: cryo of 5 asymptomatic SKs for appearance with a voluntary ABN -> 17110-GY-GX",
    "date": "2025-10-21",
    "patient": ("Fairbanks", "Dorothy", "1945-08-08", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses", "L82.1", "Face, neck, upper chest", reason=True),
    ],
    "procedures": [
        P("Cryotherapy, seborrheic keratoses", site="Face, neck, upper chest",
          note="5 SKs, no symptoms; removal requested for appearance. Voluntary ABN signed before treatment "
               "(cosmetic - not a Medicare benefit).", reasons=["c1"]),
    ],
    "note_title": "Cosmetic Procedure Note",
    "note": """HARBORVIEW DERMATOLOGY - PROCEDURE NOTE
Date: 10/21/2025       Physician: Luca Marchetti, MD
Patient: Fairbanks, Dorothy (80)

Request: remove "crusty spots" on the face, neck and chest - she dislikes how they look in photos.
Symptoms: none - no itching, bleeding, pain, irritation, or recent change.
Exam: 5 stuck-on, waxy brown SKs (L cheek 1, R jaw 1, neck 1, upper chest 2), 4-9 mm; no inflammation; no
features of concern on dermoscopy.
Counseling: benign; treatment is cosmetic and not covered by Medicare. A voluntary advance beneficiary notice
was given and signed before treatment; patient elects to pay.
Procedure: LN2 cryotherapy, 1 cycle each, 5 lesions.
No complications.
""",
    "expected": E([L("17110", 1, "GY", "GX")], [], {"17110": ["L82.1"]}),
    "coder_note": "Statutorily excluded cosmetic removal (no BSL-3 indication) on Medicare FFS -> GY; voluntary ABN "
                  "documented -> GX added.",
})

# =================================================================================================================
# Shave removal
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-shave-back-sk-and-neck-nevus",
    "family": "shave", "shape": "free-text",
    "description": "Shave removals: irritated SK R mid back 0.8 cm (TAL) + bleeding nevus L posterior neck 0.5 cm (SNHFG)",
    "date": "2025-11-12",
    "patient": ("Haddad", "Samir", "1982-07-25", "male"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis", "L82.0", "Right mid back", reason=True),
        C("c2", "Intradermal nevus, bleeding", "D22.4", "Left posterior neck", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right mid back",
          note="0.8 cm irritated, crusted papule; itches and bleeds against the car seat. Flexible blade, AlCl3.",
          reasons=["c1"]),
        P("Shave removal", site="Left posterior neck",
          note="0.5 cm raised flesh-colored papule nicked at every haircut, bleeding. Flexible blade, AlCl3.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Right mid back, shave: irritated seborrheic keratosis. B. Left posterior neck, shave: intradermal "
                 "melanocytic nevus, margins clear.", "site": "Right mid back; left posterior neck"},
    ],
    "note_title": "Procedure Note - Shave Removal",
    "note": """HARBORVIEW DERMATOLOGY - PROCEDURE NOTE
Date: 11/12/2025     Physician: Ren Nakamura, MD

Two symptomatic lesions, removed for symptoms and for histology.
Lesion A - R mid back: 0.8 cm irritated crusted papule, itching, bleeds on the car seat.
Lesion B - L posterior neck (hairline): 0.5 cm soft papule, cut at each haircut, bleeding.

Procedure (both): consent, lidocaine 1% with epi, shave removal with flexible blade at the dermal level,
AlCl3 hemostasis, petrolatum and bandage. Both specimens to pathology.
Sizes above are the clinical lesion diameters measured before removal.
No complications.
""",
    "expected": E([L("11301"), L("11305")], [], {"11301": ["L82.0"], "11305": ["D22.4"]}),
    "coder_note": "Shave codes by site group and lesion diameter: back 0.8 cm -> 11301 (TAL 0.6-1.0); neck 0.5 cm -> "
                  "11305 (SNHFG <=0.5). No PTP edit between them.",
})

SCENARIOS.append({
    "id": "s49-shave-cheek-sized-forearm-unsized",
    "family": "shave", "shape": "note-only",
    "description": "Shave R cheek nevus 0.7 cm (11311) + shave of irritated SK L forearm with no size recorded; Medicare",
    "date": "2025-12-02",
    "patient": ("Quintero", "Alfonso", "1946-04-04", "male"),
    "provider": "chen", "payer": "medicare-noname", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal nevus, right cheek, bleeding", "D22.39", "Right cheek", reason=True),
        C("c2", "Irritated seborrheic keratosis", "L82.0", "Left forearm", reason=True),
    ],
    "path": [
        {"text": "A. Right cheek, shave: intradermal melanocytic nevus. B. Left forearm, shave: irritated seborrheic "
                 "keratosis.", "site": "Right cheek; left forearm"},
    ],
    "note_title": "Procedure Note",
    "note": """HARBORVIEW DERMATOLOGY - PROCEDURE NOTE
Date: 12/02/2025        Physician: Wei Chen, MD
Patient: Quintero, Alfonso (79)

1) R cheek: 0.7 cm flesh-colored dome papule, bleeds when he shaves (twice this month, documented crusting today).
   Shave removal with DermaBlade after 1% lidocaine w/ epi; hemostasis AlCl3. Specimen A to path.
2) L forearm: irritated SK, red and crusted, catches on his watch band and has bled. Shave removal, AlCl3.
   Specimen B to path.

No complications. Path to follow.
Plan: petrolatum daily until healed; watch strap to the other wrist.
""",
    "expected": E([L("11311")], ["missing-documentation"], {"11311": ["D22.39"]}),
    "coder_note": "Cheek 0.7 cm -> 11311 (FEENLM 0.6-1.0). The forearm shave has no lesion size anywhere in the record -> "
                  "no size-banded shave line, missing-documentation finding (corpus decision).",
})

# =================================================================================================================
# Biopsies
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-bx-punch-shin-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "One 4 mm punch (L shin) + two tangential biopsies (R upper back, L chest) -> 11104 + 11103 x2; MA PPO",
    "date": "2025-01-14",
    "patient": ("Eberhardt", "Klaus", "1952-11-29", "male"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Palpable purpura, left shin", None, "Left shin", reason=True),
        C("c2", "Neoplasm of uncertain nature, skin of trunk - pathology pending", None, "Right upper back",
          reason=True),
        C("c3", "Pink pearly papule, left chest", None, "Left chest", reason=True),
    ],
    "note_title": "Biopsy Procedure Note",
    "note": """HARBORVIEW DERMATOLOGY - BIOPSY NOTE
Date: 01/14/2025     Physician: Samuel Weiss, MD
Patient: Eberhardt, Klaus (72)

Biopsy log (MA: Priya Raman)
Spec | Site              | Clinical                      | Technique                     | Closure
A    | L shin            | palpable purpura, 3 days      | punch 4 mm, full thickness    | 1 simple suture 4-0 nylon
B    | R upper back      | 7 mm pink scaly plaque        | tangential (shave), DermaBlade| AlCl3
C    | L chest           | 5 mm pearly papule            | tangential (shave), DermaBlade| AlCl3

Consent signed, time-out done, lidocaine 1% w/ epi for all three.
All specimens to pathology; A is a single punch, split in the lab for H&E and direct IF.
No complications.

Plan: CBC, UA, BMP drawn by his PCP last week - results pending. Suture out in 10 days.
Will call with path.
""",
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary; each tangential biopsy takes its own add-on 11103 (x2). "
                  "The punch specimen split in the lab is still one biopsy.",
})

SCENARIOS.append({
    "id": "s49-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two shave biopsies pre-coded with deleted 11100/11101 -> 11102 + 11103; commercial",
    "date": "2025-02-11",
    "patient": ("Mbeki", "Thandiwe", "1989-06-06", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Scaly papules, right forearm and left thigh", "L98.8", "Right forearm, left thigh", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", cpt="11100", site="Right forearm",
          note="shave technique, DermaBlade, AlCl3", reasons=["c1"]),
        P("Biopsy of skin, each additional lesion", cpt="11101", site="Left thigh",
          note="shave technique, DermaBlade, AlCl3", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """HARBORVIEW DERMATOLOGY
Date: 02/11/2025     Physician: Ines Castellanos, MD

Patient: Mbeki, Thandiwe (35)

Two persistent violaceous scaly papules, R forearm and L thigh, 3 months, not responding to triamcinolone cream.
No new medications. No oral or nail symptoms.
Exam: R volar forearm 6 mm flat-topped violaceous papule with fine scale; L anterior thigh similar 5 mm papule.
Differential includes lichen planus vs lichenoid keratosis vs PLC.
Procedure: two tangential (shave) biopsies with DermaBlade - one at each site - after lidocaine 1% w/ epi.
Hemostasis AlCl3. Both to pathology in separate containers (A forearm, B thigh).
Wound care: petrolatum and bandage daily until healed.
Will call with results; treatment plan after pathology.
Charge sheet (old template): 11100, 11101.
""",
    "expected": E([L("11102"), L("11103")], ["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018. Technique is tangential -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s49-bx-eight-shave-nevi-mue",
    "family": "biopsy", "shape": "free-text",
    "description": "Dysplastic nevus syndrome: 8 shave biopsies (9th lesion photographed only); 11103 x7 capped at MUE 6; Medicare",
    "date": "2025-03-18",
    "patient": ("Ingersoll", "Martha", "1951-01-20", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Multiple atypical nevi, changing", None, "Back, chest, legs", reason=True),
        C("c2", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Right upper back", reasons=["c1"]),
        P("Shave biopsy", site="Left upper back", reasons=["c1"]),
        P("Shave biopsy", site="Mid back", reasons=["c1"]),
        P("Shave biopsy", site="Left flank", reasons=["c1"]),
        P("Shave biopsy", site="Right chest", reasons=["c1"]),
        P("Shave biopsy", site="Left chest", reasons=["c1"]),
        P("Shave biopsy", site="Right thigh", reasons=["c1"]),
        P("Shave biopsy", site="Left calf", reasons=["c1"]),
    ],
    "note_title": "Pigmented Lesion Clinic Note",
    "note": """HARBORVIEW DERMATOLOGY - PIGMENTED LESION CLINIC
Date: 03/18/2025         Physician: Adaeze Okafor, MD
Patient: Ingersoll, Martha (74)

History of melanoma L shoulder 2016 (0.6 mm, WLE). Dysplastic nevus phenotype, >100 nevi. Total-body photos
from 09/2024 compared today.

Lesions changed vs baseline photos:
#  | Site          | Change                        | Action
1  | R upper back  | new dark focus                | shave biopsy
2  | L upper back  | enlarged 3 -> 5 mm            | shave biopsy
3  | mid back      | irregular border              | shave biopsy
4  | L flank       | new, 4 mm                     | shave biopsy
5  | R chest       | color change                  | shave biopsy
6  | L chest       | enlarged                      | shave biopsy
7  | R thigh       | new, asymmetric               | shave biopsy
8  | L calf        | regression area               | shave biopsy
9  | R forearm     | slight change, equivocal      | photographed only - recheck 3 months

Biopsies performed: 8, all tangential (deep shave/saucerization), lidocaine w/ epi, AlCl3 hemostasis.
Separate containers A-H to pathology.
""",
    "expected": E([L("11102"), L("11103", 6)], ["mue"]),
    "coder_note": "8 tangential biopsies -> 11102 + 11103 x7; 11103 MUE is 6 -> capped at 6 with an mue finding (corpus "
                  "decision). Lesion 9 was only photographed.",
})

# =================================================================================================================
# Physician visits: E/M
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-em-screening-only-newpt-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare FFS patient, screening-only full-skin exam, no history/complaint/findings -> 99203-GY",
    "date": "2025-04-29",
    "patient": ("Albright", "Gerald", "1958-05-30", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """HARBORVIEW DERMATOLOGY - NEW PATIENT VISIT
Date: 04/29/2025       Physician: Sofia Ramirez, MD
Patient: Albright, Gerald (66)

Reason for visit: "skin check" - scheduled by his wife; he has no concerns.
History: no personal history of skin cancer or precancers; no family history of melanoma; no new, changing,
itching or bleeding lesions. No immunosuppression. Outdoor exposure: average.
ROS (skin): negative.
Exam: full skin examination, scalp to soles including nails and genital area deferred per patient.
No suspicious lesions; nothing requiring biopsy, treatment or follow-up.
Assessment: encounter for skin cancer screening, normal exam.
Plan: sunscreen SPF 30+, self-exam teaching; return if any lesion changes. No follow-up scheduled.
""",
    "expected": E([L("99203", 1, "GY")], [], {"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / corpus decision: Medicare has no skin-cancer screening benefit; screening-only exam with no "
                  "history, complaint or finding -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s49-em-fse-history-scc-bcc-medicare",
    "family": "em", "shape": "note-only",
    "description": "Established Medicare patient with prior SCC and BCC, surveillance full-skin exam, nothing found -> 99213 (no GY)",
    "date": "2025-05-13",
    "patient": ("Delacroix", "Yvette", "1940-09-14", "female"),
    "provider": "lindgren", "payer": "medicare-noname", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Personal history of other malignant neoplasm of skin", "Z85.828", reason=True),
    ],
    "note_title": "Follow-up Visit",
    "note": """HARBORVIEW DERMATOLOGY - FOLLOW-UP VISIT
Date: 05/13/2025        Physician: Astrid Lindgren, MD
Patient: Delacroix, Yvette (84)

Interval: 6-month surveillance. History: SCC L dorsal hand (Mohs 2022), BCC R nasal sidewall (excised 2019).
No new or bleeding lesions per patient. Uses sunscreen daily.
Exam: full skin exam. L hand Mohs scar and R nasal scar without recurrence. Scattered SKs and lentigines,
benign appearing. No suspicious lesions today. No AKs.
Assessment: history of SCC and BCC - no evidence of recurrence or new skin cancer.
Plan: continue photoprotection; next full skin exam in 6 months, sooner for any new lesion.
""",
    "expected": E([L("99213")]),
    "coder_note": "With a history of skin cancer the exam is diagnostic surveillance, not screening -> no GY (DX-5, corpus "
                  "decision). Provider-selected 99213 kept.",
})

SCENARIOS.append({
    "id": "s49-em-molluscum-decision-only-removed",
    "family": "em", "shape": "pre-coded",
    "description": "Child with molluscum: E/M 99212 pre-coded with curettage of 9 lesions; only work is the decision to treat",
    "date": "2025-06-03",
    "patient": ("Ruiz", "Camila", "2018-02-11", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 20, "em": "99212",
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk and right axilla", reason=True),
    ],
    "procedures": [
        P("Curettage of molluscum", cpt="17110", site="Trunk, right axilla",
          note="9 papules curetted after topical lidocaine", reasons=["c1"]),
    ],
    "note_title": "Office Visit - Pediatric Dermatology",
    "note": """HARBORVIEW DERMATOLOGY - PEDIATRIC CLINIC
Date: 06/03/2025       Physician: Folake Adeyemi, MD
Patient: Ruiz, Camila (7), with mother

Molluscum on the trunk and R axilla for 4 months, spreading; her brother now has them too. Otherwise well.
Exam: 9 umbilicated pearly papules, R axilla 4, R flank 3, abdomen 2. No dermatitis around them, no secondary
infection.
Options discussed (watchful waiting, cantharidin, curettage). Mother chose curettage today.
Procedure: topical lidocaine 4% 30 min under occlusion; 9 papules curetted; AlCl3 hemostasis; bandages.
Aftercare reviewed. Recheck in 6 weeks for new lesions.
Visit level entered by clinic: 99212.
""",
    "expected": E([L("17110")], [], {"17110": ["B08.1"]}),
    "coder_note": "The only E/M work is evaluating the molluscum and deciding on the procedure (included in 17110's "
                  "global package, GS-3) -> the E/M line is removed.",
})

# =================================================================================================================
# Excisions
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-exb-epidermoid-cyst-back-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed epidermoid cyst L upper back 2.0 cm + 2 mm margins (2.4 cm) with 5.5 cm layered closure",
    "date": "2025-06-24",
    "patient": ("Sorensen", "Bjorn", "1979-10-02", "male"),
    "provider": "lindqvist", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, recurrently inflamed", "L72.0", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Left upper back",
          note="Cyst 2.0 x 1.6 cm, tender, inflamed twice (drained at urgent care 03/2025). Fusiform excision with "
               "2 mm margins; excised diameter 2.4 cm. Sac removed intact.", reasons=["c1"]),
        P("Layered closure", site="Left upper back",
          note="Deep dermal 3-0 Vicryl, epidermal 4-0 nylon running. Final length 5.5 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Left upper back, excision: ruptured epidermoid (infundibular) cyst with foreign-body giant cell "
                 "reaction. No atypia.", "site": "Left upper back"},
    ],
    "note_title": "Operative Note - Excision",
    "note": """HARBORVIEW DERMATOLOGY - PROCEDURE ROOM 1
OPERATIVE NOTE
Date: 06/24/2025      Surgeon: Erik Lindqvist, MD

Pre-op: inflamed epidermoid cyst, L upper back. Post-op: same.
Indication: tender cyst, two infections needing drainage this year; now quiet, so excising.
Measurements (pre-excision): cyst 2.0 x 1.6 cm; margin 2 mm -> excised diameter 2.4 cm.
Anesthesia: 1% lidocaine w/ epi 8 mL.
Procedure: fusiform excision to subcutaneous fat, sac removed intact, hemostasis with electrocautery.
Repair: layered (intermediate) closure - 3-0 Vicryl buried deep dermal sutures, 4-0 nylon running epidermal.
Repair length 5.5 cm.
EBL < 5 mL. Specimen to pathology. No complications.
Sutures out in 12 days.
""",
    "expected": E([L("11403"), L("12032")], [], {"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.0 + 2 x 0.2 = 2.4 cm trunk, benign -> 11403. Layered closure 5.5 cm trunk -> 12032, separately "
                  "reportable (EX-5).",
})

SCENARIOS.append({
    "id": "s49-exb-atypical-nevus-arm-no-lesion-size",
    "family": "excision-benign", "shape": "note-only",
    "description": "Re-excision of severely atypical nevus R upper arm: margins and ellipse recorded but no lesion size; 3.4 cm layered closure",
    "date": "2025-07-08",
    "patient": ("Beaumont", "Travis", "1996-12-12", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Severely dysplastic compound nevus, positive margin on shave biopsy", "D22.61", "Right upper arm",
          reason=True),
    ],
    "path": [
        {"text": "Right upper arm, excision: residual severely dysplastic compound nevus; margins clear (closest 3 mm).",
         "site": "Right upper arm"},
    ],
    "note_title": "Excision Note",
    "note": """HARBORVIEW DERMATOLOGY - EXCISION NOTE
Date: 07/08/2025      Physician: Chidi Okonkwo, MD
Patient: Beaumont, Travis

Indication: shave biopsy 06/10/2025 - severely dysplastic compound nevus, deep and peripheral margins involved.
Re-excision recommended; patient agrees.
Procedure: site marked around the biopsy scar with 5 mm margins; ellipse 3.4 x 1.2 cm oriented along relaxed
skin tension lines. 1% lidocaine w/ epi. Excised to subcutaneous fat, suture at 12 o'clock for orientation.
Repair: intermediate layered closure, 4-0 Monocryl deep, 5-0 nylon simple interrupted; length 3.4 cm.
Hemostasis electrocautery. Specimen to pathology.
No complications. Sutures out in 10-14 days.
""",
    "expected": E([L("12032")], ["missing-documentation"]),
    "coder_note": "EX-1: excised diameter needs the lesion (scar) diameter + 2 x margin; the lesion size is not documented "
                  "and the ellipse length may not be used -> no excision line, missing-documentation. The separately "
                  "documented layered closure (3.4 cm, arm) stays -> 12032.",
})

SCENARIOS.append({
    "id": "s49-exm-scalp-scc-precoded-wrong-size-and-repair",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Scalp SCC 1.2 cm + 4 mm margins (2.0 cm); pre-coded 11623 from the specimen size and 12042 for a scalp closure",
    "date": "2025-08-05",
    "patient": ("Kessler", "Arnold", "1942-03-03", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of scalp", "C44.42", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, scalp", cpt="11623", site="Left parietal scalp",
          note="Biopsy-proven SCC (07/15/2025). Specimen ellipse 2.6 x 1.1 cm.", reasons=["c1"]),
        P("Repair, intermediate", cpt="12042", site="Left parietal scalp", note="Layered closure 5.5 cm",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Left parietal scalp, excision: invasive squamous cell carcinoma, well differentiated; margins free "
                 "(closest peripheral 3 mm).", "site": "Left parietal scalp"},
    ],
    "note_title": "Operative Note",
    "note": """HARBORVIEW DERMATOLOGY - OPERATIVE NOTE
Date: 08/05/2025     Surgeon: Samuel Weiss, MD
Patient: Kessler, Arnold (83)

Diagnosis: invasive SCC, L parietal scalp (shave biopsy 07/15/2025). Not a Mohs candidate by preference -
patient declined Mohs after discussion; standard excision with 4 mm margins.
Pre-op measurement: clinical lesion 1.2 x 1.0 cm; planned margin 4 mm all around; excised diameter 2.0 cm.
Anesthesia: 1% lidocaine w/ epi 10 mL.
Excision: fusiform to galea, specimen oriented (ellipse 2.6 x 1.1 cm as sent).
Repair: galea scored; layered closure with 3-0 Vicryl deep and staples; length 5.5 cm.
Hemostasis: electrocautery.
Specimen to pathology. Staples out in 10-12 days.
""",
    "expected": E([L("11622"), L("12032")], ["coding-correction"], {"11622": ["C44.42"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm, scalp (SNHFG) -> 11622 (not the 2.6 cm specimen length). Layered "
                  "closure of the scalp belongs to 12031-12037: 5.5 cm -> 12032 (12041-12047 is neck/hands/feet/genitalia).",
})

SCENARIOS.append({
    "id": "s49-exm-mis-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Re-excision 6 days after excision of melanoma in situ for a positive margin: scar 2.2 cm + 5 mm margins -> 11604-58",
    "date": "2025-09-02",
    "patient": ("Lundquist", "Ingrid", "1955-04-19", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back, positive margin", "D03.59", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-08-27", "11602", "Excision malignant lesion, trunk", "Left upper back",
              "Melanoma in situ, excised diameter 1.6 cm; lateral margin involved on final pathology."),
    ],
    "path": [
        {"text": "Left upper back, re-excision: healing scar; no residual melanoma in situ. Margins clear.",
         "site": "Left upper back"},
    ],
    "note_title": "Re-excision Note",
    "note": """HARBORVIEW DERMATOLOGY - RE-EXCISION
Date: 09/02/2025       Physician: Kirsten Halvorsen, MD
Patient: Lundquist, Ingrid (70)

Background: 08/27/2025 excision of melanoma in situ, L upper back; final pathology shows MIS extending to the
lateral margin. Planned re-excision to clear margins, discussed at the 08/27 visit.
Pre-op measurement: scar 2.2 cm; margin 5 mm around the scar; excised diameter 3.2 cm.
Anesthesia: 1% lidocaine w/ epi.
Procedure: excised to fat; oriented with suture at 12.
Closure: low tension, closed in a single layer with 4-0 nylon simple interrupted.
Hemostasis electrocautery. Specimen to pathology.
Plan: sutures out 12 days; full skin exams every 6 months.
""",
    "expected": E([L("11604", 1, "58")], [], {"11604": ["D03.59"]}),
    "coder_note": "EX-4: re-excision for margins is malignant even with a negative specimen; 2.2 + 2 x 0.5 = 3.2 cm trunk -> "
                  "11604; inside the 10-day global of 11602 and staged -> 58. Single-layer closure is included.",
})

# =================================================================================================================
# Mohs
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-mohs-nasal-tip-seven-block-stage",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs nasal tip BCC: stage 1 with 7 blocks, stage 2 with 2 blocks; intermediate linear closure 2.2 cm; Medicare",
    "date": "2025-09-23",
    "patient": ("Whitlock", "Arthur", "1947-07-07", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, nasal tip", "C44.311", "Nasal tip", reason=True),
    ],
    "note_title": "Mohs Surgery Record",
    "note": """HARBORVIEW DERMATOLOGY - MOHS SURGERY RECORD
Date: 09/23/2025
Surgeon and pathologist: Erik Lindqvist, MD
Histotech: Jae-won Park, HT
Patient: Whitlock, Arthur (78)
Diagnosis: infiltrative BCC, nasal tip (outside biopsy 08/2025, Lakeview Path LV25-4471)
Pre-op size: 1.0 x 0.8 cm, ill-defined

STAGE LOG
Stage | Blocks | Frozen-section result (read by surgeon) | Next
I     | 7      | residual infiltrative BCC at 4-5 o'clock and deep central | stage II
II    | 2      | clear                                               | done
Total stages: 2. Blocks beyond 5 in stage I: 2.

Final defect: 1.4 x 1.2 cm, nasal tip into supratip, depth to perichondrium; cartilage not exposed.
Repair: options (second intention, FTSG, bilobed flap) discussed. Linear closure oriented vertically along
the dorsum: undermining in the submuscular plane, 5-0 Monocryl deep, 6-0 polypropylene epidermal.
Layered (intermediate) repair, final length 2.2 cm.
No tissue sent to outside pathology. Hemostasis bipolar. Pressure dressing.
Follow-up: suture removal 1 week.
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("12051")], [], {"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose -> 17311 (stage I) + 17312 (stage II); stage I had 7 blocks -> 17315 x2 (blocks beyond 5). "
                  "Repair after Mohs is separately reportable: intermediate 2.2 cm on the nose -> 12051.",
})

SCENARIOS.append({
    "id": "s49-mohs-hand-sameday-punch-frozen-59",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied R dorsal hand nodule: same-day punch + frozen section (SCC), then 2-stage Mohs; second intention",
    "date": "2025-10-28",
    "patient": ("Brennan", "Patrick", "1949-08-21", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage-ppo", "minutes": 160,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Punch biopsy for frozen section", site="Right dorsal hand",
          note="1.1 cm hyperkeratotic nodule, never biopsied, no pathology on file. 4 mm punch; frozen section "
               "read by me: well-differentiated invasive SCC. Mohs decided on this result.", reasons=["c1"]),
        P("Frozen section, diagnostic biopsy specimen", site="Right dorsal hand",
          note="One frozen block of the punch specimen, H&E.", reasons=["c1"]),
        P("Mohs stage I", site="Right dorsal hand", note="4 blocks; residual SCC at 6 o'clock.", reasons=["c1"]),
        P("Mohs stage II", site="Right dorsal hand", note="2 blocks; clear.", reasons=["c1"]),
        P("Wound care, second intention", site="Right dorsal hand",
          note="Defect 1.9 x 1.6 cm; granulate per patient preference; no repair."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """HARBORVIEW DERMATOLOGY - MOHS SURGERY NOTE
Date: 10/28/2025      Surgeon/pathologist: Kirsten Halvorsen, MD
Patient: Brennan, Patrick (76)

Referred by PCP for a growing, tender keratotic nodule on the R dorsal hand x 4 months. No biopsy has ever been
done. Patient lives 90 miles away; agreed to a diagnostic biopsy with frozen section today and Mohs only if the
frozen section shows carcinoma.

Diagnostic biopsy: 4 mm punch, frozen section in our lab, read by me: invasive SCC, well differentiated.

Mohs (hand):
Stage | Blocks | Result
I     | 4      | residual SCC at 6 o'clock
II    | 2      | clear
Final defect 1.9 x 1.6 cm to subcutis, extensor tendons not exposed.
Repair options reviewed; patient prefers second-intention healing. No repair done.
Plan: wound check 2 weeks; skin check every 6 months for 2 years.
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")], [], {"17311": ["C44.622"]}),
    "coder_note": "MOHS-5(a)/BX-5: diagnostic biopsy with frozen section of a lesion with no prior pathology, done on the "
                  "Mohs day to decide on Mohs -> punch 11104-59 and 88331-59 (same lesion, corpus decision). Hand -> "
                  "17311 + 17312. No repair.",
})

# =================================================================================================================
# Incision and drainage
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-id-thigh-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Single uncomplicated abscess L lateral thigh, I&D without loculations or packing; commercial",
    "date": "2025-11-18",
    "patient": ("Foster", "Deshawn", "1993-05-16", "male"),
    "provider": "ramirez", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of left thigh", "L02.416", "Left lateral thigh", reason=True),
    ],
    "note_title": "Procedure Note - I&D",
    "note": """HARBORVIEW DERMATOLOGY - SAME-DAY CLINIC
Date: 11/18/2025       Physician: Sofia Ramirez, MD
Patient: Foster, Deshawn (32)

4 days of a painful lump on the L lateral thigh; no fever. No prior boils. Not diabetic.
Exam: 2.5 cm fluctuant, tender abscess with 1 cm surrounding erythema; no lymphangitic streaking.
Procedure: consent; 1% lidocaine w/ epi field block; #11 blade 1 cm incision; moderate purulent drainage
expressed; single cavity, no loculations; irrigated with saline; packing not needed; dry dressing.
Culture sent.
Plan: warm compresses TID; no antibiotic needed after adequate drainage unless culture or exam changes.
If boils recur, we will discuss decolonization. Return in 3-4 days if not improving.
""",
    "expected": E([L("10060")], [], {"10060": ["L02.416"]}),
    "coder_note": "Single, simple abscess (no loculations, no packing) -> 10060. Decolonization is only a future option.",
})

SCENARIOS.append({
    "id": "s49-id-axilla-two-abscesses-in-global-79",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two separate R axillary abscesses drained 5 days after a forearm excision (010 global); pre-coded 10061 without 79",
    "date": "2025-12-09",
    "patient": ("Jackson", "Tamika", "1985-09-23", "female"),
    "provider": "baptiste", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscesses, right axilla (two)", "L02.411", "Right axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscesses, multiple", cpt="10061", site="Right axilla", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-12-04", "11402", "Excision benign lesion, arm", "Left forearm",
              "Dermatofibroma, excised diameter 1.4 cm, simple closure."),
    ],
    "note_title": "Procedure Note - I&D",
    "note": """HARBORVIEW DERMATOLOGY - SAME-DAY CLINIC
Date: 12/09/2025       Physician: Marc Baptiste, MD
Patient: Jackson, Tamika (40)

Two painful lumps in the R armpit x 3 days after shaving. No history of hidradenitis. Afebrile.
(L forearm dermatofibroma excision 12/04 - unrelated; sutures out 12/16 as scheduled. Not addressed today.)
Exam: R axilla - two separate fluctuant abscesses, 1.5 cm anterior and 2.0 cm posterior, 3 cm apart, each with
surrounding erythema. L axilla clear.
Procedure: consent; 1% lidocaine w/ epi; each abscess incised with #11 blade; purulence drained; cavities
irrigated; posterior cavity packed with 1/4 inch iodoform gauze. Culture of the posterior abscess sent.
Plan: doxycycline 100 mg BID x 7 days; packing out in 48 h (RN visit). Stop shaving until healed.
Charge: 10061.
""",
    "expected": E([L("10061", 1, "79")], ["global-period"], {"10061": ["L02.411"]}),
    "coder_note": "Two abscesses -> 10061 (multiple). Inside the 10-day global of the 12/04 forearm excision, by the same "
                  "physician, and unrelated -> 79 (GS-5).",
})

# =================================================================================================================
# Post-op / global period
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-postop-nurse-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "RN suture removal on day 8 after a benign excision; clinic entered 99212 -> 99024",
    "date": "2025-01-28",
    "patient": ("Kim", "Soyeon", "1990-04-17", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
    ],
    "prior": [
        PRIOR("2025-01-20", "11402", "Excision benign lesion, trunk", "Right upper back",
              "Epidermoid cyst, excised diameter 1.8 cm, simple closure 5 sutures."),
    ],
    "note_title": "Nurse Visit - Suture Removal",
    "note": """HARBORVIEW DERMATOLOGY - NURSE VISIT FLOWSHEET
Visit type: suture removal
Patient: Kim, Soyeon
Date: 01/28/2025
Procedure date: 01/20/2025 (excision, R upper back - Dr. Nakamura)
Post-op day: 8
Sutures in place: 5 (4-0 nylon)
Sutures removed: 5
Wound: well approximated, no erythema, no drainage, no dehiscence
Pain: 0/10
Pathology reviewed with patient: epidermoid cyst, benign (per Dr. Nakamura's result note)
Steri-strips applied: yes
Education: scar care, silicone gel after 2 weeks
RN: Gloria Paik, RN
Level entered: 99212

Co-signature - Ren Nakamura, MD: Routine post-op visit, healing well. No new problems.
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "Day 8 of the 10-day global of 11402; routine suture removal with no other problem -> 99024, not an E/M.",
})

SCENARIOS.append({
    "id": "s49-postop-zoster-in-flap-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Medicare patient 35 days after a cheek flap (090) seen only for new herpes zoster with Rx -> 99213-24",
    "date": "2025-02-25",
    "patient": ("Pemberton", "Agnes", "1943-11-30", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Herpes zoster, left T6 dermatome, without complications", "B02.9", "Left chest/back T6",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-01-21", "14040", "Adjacent tissue transfer, right cheek, 6.5 sq cm", "Right cheek",
              "Rotation flap after excision of BCC, right cheek."),
    ],
    "note_title": "Office Visit",
    "note": """HARBORVIEW DERMATOLOGY - OFFICE VISIT
Date: 02/25/2025      Physician: Samuel Weiss, MD
Patient: Pemberton, Agnes (81)

CC: painful rash on the left side of the chest and back x 2 days.
HPI: burning pain for 3 days, then grouped blisters. No eye symptoms. Not immunosuppressed. Had the first
Shingrix dose only.
Her R cheek flap (01/21) - she says it is healing well; not examined today, flap check already booked 03/21.
Exam: grouped vesicles on erythematous bases in a band from the L mid back to the L inframammary chest (T6),
not crossing midline. No facial lesions.
Assessment: herpes zoster, L T6, uncomplicated.
Plan: valacyclovir 1 g TID x 7 days (renal function normal 12/2024); acetaminophen; cool compresses; return if
fever, spread or eye symptoms. Second Shingrix dose after recovery.
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], {"99213": ["B02.9"]}),
    "coder_note": "Inside the 90-day global of 14040 (same physician); the visit is only for an unrelated problem with "
                  "prescription management -> 99213-24 (GS-5).",
})

SCENARIOS.append({
    "id": "s49-postop-new-leg-lesion-bx-in-flap-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Tangential biopsy of a new leg lesion 5 weeks after a nasal flap (090 global) -> 11102-79",
    "date": "2025-03-20",
    "patient": ("Novak", "Petra", "1966-08-05", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Growing scaly pink plaque, right shin", None, "Right anterior lower leg", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Right anterior lower leg",
          note="9 mm pink scaly plaque, growing over 3 months. Tangential biopsy with DermaBlade, AlCl3.",
          reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-02-13", "14060", "Adjacent tissue transfer, nasal ala", "Left nasal ala",
              "Advancement flap after excision of BCC, left nasal ala."),
    ],
    "path": [
        {"text": "Right anterior lower leg, shave biopsy: squamous cell carcinoma in situ (Bowen disease), extending to "
                 "the base.", "site": "Right anterior lower leg"},
    ],
    "note_title": "Office Procedure Note",
    "note": """HARBORVIEW DERMATOLOGY
Date: 03/20/2025      Physician: Henrietta Voss, MD
Patient: Novak, Petra (58)

Here for a new spot on the R shin, growing for 3 months, occasionally bleeds. The nasal flap from 02/13 is not
part of today's visit (3-month check booked for May).
No history of skin cancer on the legs. Not immunosuppressed.
Exam: R anterior lower leg 9 mm pink scaly plaque with a sharp border. No other lesions of concern on the legs.
Consent: risks (scar, infection, bleeding) reviewed; verbal consent.
Procedure: tangential biopsy after 1% lidocaine w/ epi; AlCl3; bandage. To pathology.
Wound care: petrolatum daily; legs heal slowly, may take 3-4 weeks.
Will call with results; treatment options (excision vs ED&C vs 5-FU) depending on path.
""",
    "expected": E([L("11102", 1, "79")], [], {"11102": ["D04.71"]}),
    "coder_note": "New, unrelated lesion biopsied inside the 90-day global of the nasal flap (same physician) -> 11102-79. "
                  "Path: SCC in situ right lower leg (D04.71).",
})

# =================================================================================================================
# Repairs
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-repair-two-back-cysts-plus-forehead-xs",
    "family": "repair", "shape": "free-text",
    "description": "Two back cyst excisions with layered closures summed (3.0 + 2.8 cm) + forehead lesion with 2.7 cm layered closure",
    "date": "2025-04-10",
    "patient": ("Garrison", "Wade", "1972-02-28", "male"),
    "provider": "marchetti", "payer": "commercial", "minutes": 75,
    "conditions": [
        C("c1", "Epidermoid cysts, painful, back", "L72.0", "Mid upper back, right lower back", reason=True),
        C("c2", "Bleeding dermal papule, left forehead", None, "Left forehead", reason=True),
    ],
    "procedures": [
        P("Excision of cyst A", site="Mid upper back",
          note="Cyst 1.6 cm, 1 mm margin; excised diameter 1.8 cm.", reasons=["c1"]),
        P("Excision of cyst B", site="Right lower back",
          note="Cyst 1.0 cm, 1 mm margin; excised diameter 1.2 cm.", reasons=["c1"]),
        P("Excision of lesion C", site="Left forehead",
          note="Dermal papule 0.8 cm, 1 mm margin; excised diameter 1.0 cm.", reasons=["c2"]),
        P("Layered closure, back", site="Mid upper back and right lower back",
          note="Wound A 3.0 cm, wound B 2.8 cm; 3-0 Vicryl deep, 4-0 nylon."),
        P("Layered closure, forehead", site="Left forehead",
          note="2.7 cm; 5-0 Monocryl deep, 6-0 nylon."),
    ],
    "path": [
        {"text": "A. Mid upper back: epidermoid cyst. B. Right lower back: epidermoid cyst. C. Left forehead: "
                 "intradermal melanocytic nevus, excised.", "site": "Back; left forehead"},
    ],
    "note_title": "Operative Note - Multiple Excisions",
    "note": """HARBORVIEW DERMATOLOGY - PROCEDURE ROOM 1
OPERATIVE NOTE
Date: 04/10/2025      Surgeon: Luca Marchetti, MD
Patient: Garrison, Wade (53)

Indications: two back cysts, painful when leaning back and previously inflamed; L forehead papule that
bleeds with shaving/towel drying.
Pre-excision measurements (lesion + margin):
Site               | Lesion (cm) | Margin (cm) | Excised diameter (cm)
A mid upper back   | 1.6         | 0.1         | 1.8
B R lower back     | 1.0         | 0.1         | 1.2
C L forehead       | 0.8         | 0.1         | 1.0

Repairs (all layered / intermediate):
Wound | Layers                         | Length (cm)
A     | 3-0 Vicryl deep, 4-0 nylon     | 3.0
B     | 3-0 Vicryl deep, 4-0 nylon     | 2.8
C     | 5-0 Monocryl deep, 6-0 nylon   | 2.7

Anesthesia: 1% lidocaine w/ epi, 14 mL total. EBL minimal. Specimens A-C to pathology.
Sutures out: forehead 6 days, back 12 days.
""",
    "expected": E([L("11402", 2), L("11441"), L("12032"), L("12052", 1, "XS")], [],
                  {"11441": ["D22.39"]}),
    "coder_note": "Back excisions 1.8 and 1.2 cm -> 11402 x2; forehead 1.0 cm benign -> 11441. REP-1: intermediate repairs "
                  "summed per group: back 3.0 + 2.8 = 5.8 cm -> 12032; face 2.7 cm -> 12052. PTP 12032/12052 indicator 1, "
                  "different wounds -> XS on 12052.",
})

SCENARIOS.append({
    "id": "s49-repair-complex-1cm-nose-precoded-13151",
    "family": "repair", "shape": "pre-coded",
    "description": "Nasal sidewall BCC excision 0.7 cm with a 1.0 cm layered closure pre-coded as complex 13151; Medicare",
    "date": "2025-05-27",
    "patient": ("Hargrove", "Wendell", "1944-12-19", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, nose", cpt="11641", site="Left nasal sidewall",
          note="Biopsy-proven nodular BCC (04/2025). Lesion 0.3 cm; margins 2 mm; excised diameter 0.7 cm.",
          reasons=["c1"]),
        P("Complex repair, nose", cpt="13151", site="Left nasal sidewall",
          note="Layered closure with undermining, length 1.0 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Left nasal sidewall, excision: nodular basal cell carcinoma, margins clear (closest 1.5 mm).",
         "site": "Left nasal sidewall"},
    ],
    "note_title": "Excision Note",
    "note": """HARBORVIEW DERMATOLOGY - EXCISION NOTE
Date: 05/27/2025      Physician: Adaeze Okafor, MD
Patient: Hargrove, Wendell (80)

Biopsy-proven nodular BCC, L nasal sidewall (04/2025). Small, well-defined; patient declined Mohs referral.
Pre-op: lesion 0.3 cm; margin 2 mm; excised diameter 0.7 cm.
Excision: 1% lidocaine w/ epi; excised to fat, specimen oriented.
Repair: modest undermining, then layered closure - 5-0 Monocryl deep, 6-0 nylon epidermal; final length 1.0 cm.
No cartilage or bone exposed; no free-margin involvement; no debridement.
Charge sheet: 11641, 13151.
""",
    "expected": E([L("11641"), L("12051")], ["coding-correction"], {"11641": ["C44.311"]}),
    "coder_note": "Complex repair of 1.0 cm or less is coded as simple/intermediate (REP-2); the note shows a layered closure "
                  "without complex elements -> 12051. 0.3 + 2 x 0.2 = 0.7 cm nose malignant -> 11641 kept.",
})

SCENARIOS.append({
    "id": "s49-repair-length-missing-back-bcc",
    "family": "repair", "shape": "free-text",
    "description": "BCC excision R upper back 1.4 cm + 3 mm margins (2.0 cm) with a layered closure but no repair length",
    "date": "2025-06-19",
    "patient": ("Yamada", "Kenji", "1961-09-09", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of trunk", "C44.519", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Excision of basal cell carcinoma", site="Right upper back",
          note="Biopsy-proven nodular BCC. Lesion 1.4 x 1.1 cm, 3 mm margins, excised diameter 2.0 cm.",
          reasons=["c1"]),
        P("Intermediate layered closure", site="Right upper back",
          note="Deep 3-0 Vicryl buried, superficial 4-0 nylon running.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Right upper back, excision: basal cell carcinoma, nodular type; margins free.",
         "site": "Right upper back"},
    ],
    "note_title": "Excision Note",
    "note": """HARBORVIEW DERMATOLOGY - EXCISION NOTE
Date: 06/19/2025     Physician: Ines Castellanos, MD
Patient: Yamada, Kenji (63)

Nodular BCC R upper back (shave biopsy 05/2025).
Measured before excision: lesion 1.4 x 1.1 cm, margin 3 mm -> excised diameter 2.0 cm.
Fusiform excision to fat. Wound edges undermined for tension.
Closure: two-layer - buried 3-0 Vicryl, running 4-0 nylon.
Hemostasis electrocautery; pressure dressing. Specimen to pathology.
Sutures out 12-14 days.
""",
    "expected": E([L("11602")], ["missing-documentation"], {"11602": ["C44.519"]}),
    "coder_note": "1.4 + 2 x 0.3 = 2.0 cm trunk malignant -> 11602. The layered closure has no length anywhere -> no repair "
                  "line plus missing-documentation (corpus decision).",
})

# =================================================================================================================
# Mixed visits
# =================================================================================================================

SCENARIOS.append({
    "id": "s49-mixed-mtx-psoriasis-em25-aks-g2211-dropped",
    "family": "mixed", "shape": "pre-coded",
    "description": "Methotrexate psoriasis follow-up (99214) + cryo of 4 AKs; pre-coded with G2211 which cannot go with modifier 25",
    "date": "2025-07-22",
    "patient": ("Vandermeer", "Ruth", "1950-06-11", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris on methotrexate", "L40.0", "Trunk, extremities", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Forehead, scalp, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Visit complexity inherent to longitudinal care", cpt="G2211", reasons=["c1"]),
        P("Destruction premalignant lesion, first", cpt="17000", site="Forehead", reasons=["c2"]),
        P("Destruction premalignant lesions, 2-14", cpt="17003", site="Scalp, dorsal hands",
          note="Qty 3", reasons=["c2"]),
    ],
    "note_title": "Follow-up Visit",
    "note": """HARBORVIEW DERMATOLOGY - FOLLOW-UP
Date: 07/22/2025      Physician: Wei Chen, MD
Patient: Vandermeer, Ruth (75)

1. Psoriasis on methotrexate 15 mg weekly (I have managed her psoriasis since 2019). BSA 3% (was 12%).
   Labs 07/15 reviewed: CBC normal, ALT 58 (up from 31), creatinine stable.
   ALT rise - reduce methotrexate to 12.5 mg weekly, continue folic acid 1 mg daily, repeat CMP in 4 weeks,
   alcohol counseling. Discussed switching to a biologic if ALT keeps rising.
2. Actinic keratoses - 4 gritty papules: forehead 1, scalp 2, L dorsal hand 1. LN2 cryotherapy, 1 cycle each,
   consent given, aftercare reviewed.

Total time 35 min (not including the cryotherapy).
Charges entered: 99214, G2211, 17000, 17003 x3.
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 3)], [], {"17000": ["L57.0"], "99214": ["L40.0"]}),
    "coder_note": "Methotrexate management with lab review and dose change is significant and separate -> 99214-25. AKs "
                  "1 + 3 -> 17000 + 17003 x3. EM-6: G2211 is not payable with an E/M carrying modifier 25 -> removed.",
})

SCENARIOS.append({
    "id": "s49-mixed-nbuvb-session-plus-punch-new-lesion",
    "family": "mixed", "shape": "note-only",
    "description": "NB-UVB session 15 for psoriasis (MA log) + physician punch biopsy of a new growing thigh papule, no E/M",
    "date": "2025-08-19",
    "patient": ("Halloran", "Brigid", "1983-01-07", "female"),
    "provider": "baptiste", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Plaque psoriasis", "L40.0", "Trunk and extremities", reason=True),
        C("c2", "Firm growing papule, right thigh", None, "Right anterior thigh", reason=True),
    ],
    "path": [
        {"text": "Right anterior thigh, punch biopsy: dermatofibroma (benign fibrous histiocytoma).",
         "site": "Right anterior thigh"},
    ],
    "note_title": "Phototherapy Log and Procedure Note",
    "note": """HARBORVIEW DERMATOLOGY - PHOTOTHERAPY SUITE
NB-UVB LOG
Patient: Halloran, Brigid
Date: 08/19/2025
Session: 15 (3x/week)
Skin type: II
Previous dose: 680 mJ/cm2, no erythema
Today's dose: 720 mJ/cm2 - given
Goggles: yes. Genital shielding: yes.
Operator: Luis Arce, MA
Note to MD: patient asks about a new bump on R thigh.

PHYSICIAN PROCEDURE NOTE - Marc Baptiste, MD
Saw patient after her light session for the R thigh lesion: 6 mm firm brown papule, new this year and growing,
dimple sign equivocal. Biopsy advised.
Procedure: 4 mm punch biopsy, R anterior thigh; 1% lidocaine w/ epi; one 4-0 nylon suture.
Specimen to pathology. Suture out 10-14 days.
Psoriasis responding (BSA 8% from 15%); continue NB-UVB as scheduled.
""",
    "expected": E([L("96900"), L("11104")], [], {"96900": ["L40.0"], "11104": ["D23.71"]}),
    "coder_note": "Today's NB-UVB session -> 96900; punch biopsy of the new lesion -> 11104. No PTP edit between them; no "
                  "E/M selected (evaluation of the lesion is the decision for the biopsy).",
})

SCENARIOS.append({
    "id": "s49-mixed-wart-cryo-plus-keloid-injection-xs",
    "family": "mixed", "shape": "note-only",
    "description": "Same visit: cryo of 5 hand warts (17110) + TAC 40 mg/mL 0.5 mL into a presternal keloid; shoulder keloid held",
    "date": "2025-10-02",
    "patient": ("Demir", "Elif", "1998-11-03", "female"),
    "provider": "ramirez", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Common warts, hands", "B07.8", "Both hands", reason=True),
        C("c2", "Keloid, presternal, itching", "L91.0", "Presternal chest", reason=True),
    ],
    "note_title": "Treatment Visit Flowsheet",
    "note": """HARBORVIEW DERMATOLOGY - TREATMENT VISIT FLOWSHEET
Patient: Demir, Elif
Date: 10/02/2025
Supervising physician: Sofia Ramirez, MD
MA: Keisha Long

WART CLINIC (LN2, 2 cycles)
Site            | Count | Status
L hand, fingers | 3     | treated
R hand, palm    | 2     | treated
R knee          | 1     | not treated - resolved
Warts treated: 5

INJECTION LOG
Drug: triamcinolone acetonide 40 mg/mL
Site               | Size (cm) | Vol (mL) | mg | Status
Presternal keloid  | 2.5 x 1.0 | 0.5      | 20 | injected (by Dr. Ramirez)
R shoulder keloid  | 1.2 x 0.8 | --       | -- | HELD - atrophy/telangiectasia at last site; reassess in 6 weeks
Lesions injected: 1. Total triamcinolone: 20 mg.

Physician note: Hand warts spreading despite OTC salicylic acid - frozen. Presternal keloid itchy and enlarging -
injected. Shoulder keloid held for steroid atrophy. Return 4 weeks.
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301", 2)], [],
                  {"17110": ["B07.8"], "11900": ["L91.0"]}),
    "coder_note": "5 warts -> 17110. One keloid injected -> 11900, 20 mg -> J3301 x2. PTP 17110/11900 indicator 1 "
                  "(17110 column 1); different lesions -> XS on 11900. Held shoulder keloid and resolved knee wart not coded.",
})
