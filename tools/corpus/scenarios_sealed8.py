"""Sealed set 8 (s8-): billing-company QA regression set from five client practices.

Practices (note headers): Lakeshore Mohs & Dermatologic Surgery (lindqvist, halvorsen); Riverside Medical
Dermatology group (okafor, chen, baptiste, nakamura, ramirez); Little Oaks Pediatric & Adolescent Dermatology
(adeyemi, castellanos); Prairie Bend Skin Clinic, rural NP/PA clinic (pike, santos); Aurelia Dermatology &
Aesthetics (voss, marchetti). Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md
and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Lakeshore Mohs & Dermatologic Surgery
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s8-mohs-ala-bcc-three-stages-bilobed",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs left nasal ala BCC, three stages (4/2/1 blocks), bilobed flap 6.5 sq cm; Medicare FFS",
    "date": "2025-09-16",
    "patient": ("Beecroft", "Harlan", "1947-03-11", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 190,
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, left nasal ala", "C44.311", "Left nasal ala", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Mohs Micrographic Surgery Operative Report",
    "note": """LAKESHORE MOHS & DERMATOLOGIC SURGERY
MOHS MICROGRAPHIC SURGERY - OPERATIVE REPORT

Patient: Harlan Beecroft      DOB: 03/11/1947      DOS: 09/16/2025
Surgeon / pathologist: Erik Lindqvist, MD (Mohs surgeon acting as both surgeon and pathologist)
Referring: Dr. T. Abara, Westfield Family Dermatology

PREOPERATIVE DIAGNOSIS: Basal cell carcinoma, nodular type, left nasal ala. Biopsy 08/20/2025 at referring
office (accession WF25-11873), read as nodular BCC extending to deep and peripheral margins.
POSTOPERATIVE DIAGNOSIS: Same, cleared.

HISTORY: 78 y/o man, retired machinist. Prior skin cancer history: ED&C of a BCC on the right forearm in 2019
and Mohs of the right temple in 2021 (Dr. Lindqvist), both without recurrence. On aspirin 81 mg, held 0 days
per cardiology - we operate through it. No pacemaker. NKDA. Not immunosuppressed.
Indication for Mohs: primary BCC on the nose (AUC area H), tissue sparing needed.

Consent: risks incl. bleeding, infection, scar, nasal asymmetry, recurrence, need for further surgery discussed.
Questions answered, written consent signed. Time-out performed, site confirmed with patient in mirror.

Anesthesia: 1% lidocaine with epinephrine 1:100,000, 6 mL total, plus 0.5% bupivacaine 2 mL for the flap.
Prep: chlorhexidine avoided near eye; povidone-iodine used.

Clinical tumor size before stage 1: 0.9 x 0.7 cm ill-defined pearly plaque left alar lobule.

STAGE I: Debulked with curette. Excised with 2 mm margin, divided into 4 tissue blocks, color coded and mapped.
  Frozen sections (horizontal) read by me: nodular BCC at 2-4 o'clock peripheral edge (blocks 1 and 2).
STAGE II: Additional layer taken from 1 to 5 o'clock, 2 tissue blocks. Residual focal nodular BCC at the deep
  margin at 3 o'clock (block 2).
STAGE III: Deep layer at 3 o'clock taken as 1 tissue block. Clear.
Total: 3 stages, 7 blocks (4 + 2 + 1). No stage exceeded 5 blocks.

Final defect: 1.5 x 1.3 cm, left nasal ala extending into alar-facial groove, depth to the nasalis muscle,
no cartilage exposed.

REPAIR: Options reviewed - second intention (poor on the convex ala, risk of alar notching), full-thickness
skin graft from pre-auricular skin, bilobed transposition flap. Bilobed flap chosen.
Bilobed transposition flap designed from the nasal sidewall and dorsum. Primary defect 1.9 sq cm; secondary
(flap donor) defect 4.6 sq cm; total area of the repair 6.5 sq cm. Flap elevated in the submuscular plane, wide
undermining of the nasal dorsum, Burow's triangle excised, hemostasis with bipolar cautery. Inset with 5-0
Monocryl deep and 6-0 Prolene running/interrupted superficial. FTSG not needed.
EBL minimal. No complications. Tolerated well.

Specimens: all Mohs layers processed on site by our histotechnician; no tissue sent to outside pathology.

Dressing: bacitracin, Telfa, pressure dressing x 48 h.
Post-op instructions given verbally and in writing; acetaminophen for pain. Hold heavy lifting 1 week.
Follow-up: suture removal in 7 days, then 6 weeks. Will consider dermabrasion / scar revision at 3 months
only if needed - not planned.

Erik Lindqvist, MD - electronically signed 09/16/2025 15:42
""",
    "expected": E([L("17311"), L("17312", 2), L("14060")]),
    "coder_note": "MOHS-2: head site, 3 stages -> 17311 + 17312 x2; no stage over 5 blocks so no 17315. MOHS-7/FLAP-1/"
                  "FLAP-3: bilobed flap after Mohs reported with Mohs, total area 1.9 + 4.6 = 6.5 sq cm on the nose "
                  "-> 14060 (<=10 sq cm). No 17311/14060 PTP edit. No E/M selected.",
})

SCENARIOS.append({
    "id": "s8-mohs-temple-sameday-bx-frozen-59",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied left temple papule: same-day tangential bx + frozen section read as BCC, then Mohs 2 stages",
    "date": "2025-10-07",
    "patient": ("Marchbanks", "Delphine", "1951-06-02", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left temple", "C44.319", "Left temple", reason=True),
    ],
    "procedures": [
        P("Tangential bx for frozen section", site="Left temple",
          note="0.9 cm pearly papule, never sampled before (PCP referral as 'probable BCC', no path on file). "
               "Saucerization bx with DermaBlade. Specimen processed for frozen section in our lab and read by "
               "Dr. Halvorsen: BCC, nodular. Mohs decided on the basis of this frozen result.",
          reasons=["c1"]),
        P("Frozen section - diagnostic specimen", site="Left temple",
          note="Single frozen block of the diagnostic biopsy, H&E, interpreted by Mohs surgeon before surgery.",
          reasons=["c1"]),
        P("Mohs, layer 1", site="Left temple",
          note="3 tissue blocks. Residual BCC at 9 o'clock peripheral margin.", reasons=["c1"]),
        P("Mohs, layer 2", site="Left temple",
          note="1 tissue block from 8-10 o'clock. Margins clear.", reasons=["c1"]),
        P("Second-intention healing, wound care", site="Left temple",
          note="Final defect 1.7 x 1.4 cm, superficial fat. Left to granulate per pt preference; no closure. "
               "Vaseline + pressure dressing."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Lakeshore Mohs & Dermatologic Surgery - Procedure Note
Surgeon/pathologist: Kirsten Halvorsen MD

74F referred by PCP (Dr. Osei) for a "probable BCC" L temple x 8 mo, bleeds with towel drying. No biopsy was
ever done - pt drove 3 h and asked to avoid a second trip. Discussed doing a diagnostic biopsy with frozen
section today and proceeding straight to Mohs only if the frozen section confirms carcinoma; pt agreed.

PMH: HTN, hypothyroid. Meds: lisinopril, levothyroxine. NKDA. Not on anticoagulants.
Exam: 0.9 cm pearly telangiectatic papule L temple with central crust. No other suspicious lesions on the
face/neck (limited exam).

Diagnostic biopsy: tangential (saucerization) biopsy, frozen section processed here, I read it: nodular BCC.
No prior pathology existed for this lesion - the biopsy was needed for the decision.

Mohs micrographic surgery, L temple (head/neck):
 - Layer 1: 3 blocks - residual nodular BCC at 9:00 peripheral.
 - Layer 2: 1 block - clear.
Final defect 1.7 x 1.4 cm. Options for closure reviewed (linear layered closure vs granulation). Pt chose
second-intention healing; the temple concavity heals well. No repair performed.
Hemostasis with electrocautery. Pressure dressing. Wound care handout.

A/P: BCC L temple, cleared with Mohs in 2 layers. F/u 2 wk wound check, 3 mo skin check with
her general dermatologist. Sun protection reviewed.
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")]),
    "coder_note": "MOHS-5(a)/BX-5: diagnostic biopsy with frozen section of a lesion with no prior pathology, done on "
                  "the Mohs day to decide on Mohs -> biopsy and 88331 both with 59 (same lesion, not XS; tests/corpus "
                  "README). Mohs head 2 stages, 3 and 1 blocks -> 17311 + 17312. No repair (second intention).",
})

SCENARIOS.append({
    "id": "s8-mohs-back-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs on a 0.9 cm primary superficial BCC of the upper back (AUC inappropriate), ABN signed; Medicare FFS (NGS)",
    "date": "2025-11-04",
    "patient": ("Quimby", "Walter", "1944-12-19", "male"),
    "provider": "lindqvist", "payer": "medicare-ngs", "minutes": 75,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
    ],
    "procedures": [
        P("MMS trunk/ext 1st stage", cpt="17313", site="R upper back",
          note="Stage 1: 3 blocks, all margins clear. Defect 1.4 x 1.2 cm, heal by 2nd intention.",
          reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-10-01", "11102", "Shave bx R upper back", "R upper back",
              note="Path: basal cell carcinoma, superficial (multifocal) type."),
    ],
    "note_title": "Mohs Surgery Operative Note",
    "note": """LAKESHORE MOHS & DERMATOLOGIC SURGERY

DOS 11/04/2025     Surgeon: E. Lindqvist MD (surgeon and reading pathologist)
Dx: superficial BCC, right upper back (bx 10/01/2025, our office: BCC, superficial type). Primary, not
recurrent. Clinical size 0.9 x 0.8 cm. Patient is immunocompetent, no history of radiation, no genetic
syndrome. Histology not aggressive.

PRE-OP COUNSELING: I explained that for a small primary superficial BCC on the trunk, Mohs is not considered
appropriate use (AUC; the Medicare LCD for Mohs follows these criteria) and that ED&C, standard excision,
topical imiquimod/5-FU or PDT are accepted options with high cure rates. Mr. Quimby strongly prefers Mohs
("my brother had one come back after scraping") and wants the smallest possible scar. An Advance Beneficiary
Notice (CMS-R-131) was reviewed with him BEFORE the procedure; he chose option 1 and signed it. Copy scanned to
the chart under Media > ABN 11/04/2025.

PROCEDURE: Mohs micrographic surgery, trunk. Local anesthesia 1% lido w/ epi 4 mL. Debulk by curettage.
Stage 1 excised and divided into 3 blocks, mapped, frozen horizontal sections read by me: no residual BCC
at any margin. Single stage.
Defect 1.4 x 1.2 cm, mid dermis. Left to heal by second intention per patient preference (no repair billed).
Hemostasis electrocautery. Pressure dressing.

F/U: 2 weeks wound check with nurse. Annual full skin exam with Dr. Chen.
""",
    "expected": E([L("17313", 1, "GA")], topics=["medical-necessity"]),
    "coder_note": "MOHSN-2/MOHS-8: primary superficial BCC 0.9 cm in AUC area L, immunocompetent -> LCD criteria unmet; "
                  "ABN signed before the service on Medicare FFS -> GA (COS-4; README precedent 17313-GA). One stage "
                  "on the trunk = 17313, no add-on, no repair.",
})

SCENARIOS.append({
    "id": "s8-mohs-helix-scc-17315-overcount",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs left helix SCC: stage 1 seven blocks, stage 2 three blocks; EMA sent 17315 x5; complex helical-rim repair 2.8 cm",
    "date": "2026-01-13",
    "patient": ("Szabo", "Raymond", "1958-04-27", "male"),
    "provider": "halvorsen", "payer": "commercial-aetna", "minutes": 240,
    "conditions": [
        C("c1", "Invasive squamous cell carcinoma, left helix", "C44.229", "Left helix", reason=True),
    ],
    "procedures": [
        P("Mohs H/N/hands/feet stage 1", cpt="17311", site="Left helix", note="Stage 1 - 7 blocks", reasons=["c1"]),
        P("Mohs addl stage", cpt="17312", site="Left helix", note="Stage 2 - 3 blocks, clear", reasons=["c1"]),
        P("Mohs addl block", cpt="17315", site="Left helix",
          note="Qty 5 (10 blocks total - 5 = 5)", reasons=["c1"]),
        P("Repair complex ear", cpt="13152", site="Left helix",
          note="2.8 cm; helical rim free margin, cartilage trimmed, wide undermining", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-12-09", "11102", "Tangential bx L helix", "Left helix",
              note="Path: squamous cell carcinoma, well differentiated, invasive to reticular dermis."),
    ],
    "note_title": "Mohs Micrographic Surgery",
    "note": """LAKESHORE MOHS & DERMATOLOGIC SURGERY - OPERATIVE NOTE
Kirsten Halvorsen, MD, Mohs surgeon and dermatopathologist for the frozen sections.

Dx: SCC, well differentiated, invasive, L helix (bx 12/09/2025). 67M, farmer, heavy UV exposure. Preop lesion
1.4 x 1.2 cm keratotic nodule on the superior helical rim, tender. No palpable pre/post-auricular nodes.
Appropriate for Mohs: ear (area H).

Stage table
| Stage | Blocks | Result                                   |
|   1   |   7    | + SCC at blocks 3 and 5 (deep, 12-2:00)  |
|   2   |   3    | Clear                                    |

Stage 1 needed 7 blocks because of the lesion's curvature over the rim (blocks 6 and 7 are the beyond-five
blocks). Stage 2 had 3 blocks only.

Final defect: 2.4 x 1.8 cm through the helical rim with exposed auricular cartilage.

Repair: Complex repair, left helix. Wound edges freshened, cartilage contoured with #15 blade to allow
tension-free closure, extensive undermining of the posterior auricular skin, helical rim realigned with 5-0
PDS and 6-0 nylon. Final repair length 2.8 cm. Involves the free margin of the helical rim.

Dressing, post-op care sheet. Doxycycline not given (no chondritis risk factors). F/U 1 week.
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("13152")], topics=["coding-correction"]),
    "coder_note": "MOHS-2: 17315 = each block beyond 5 in any stage: stage 1 7 blocks -> 2, stage 2 3 blocks -> 0, so "
                  "17315 x2 not x5. Complex repair of the ear 2.8 cm (free margin of helical rim, REP-3) -> 13152 "
                  "(2.6-7.5 cm), separately reportable after Mohs (MOHS-7).",
})

SCENARIOS.append({
    "id": "s8-rep-cheek-bcc-rhombic-flap-57",
    "family": "repair", "shape": "note-only",
    "description": "New patient, outside-biopsied right cheek BCC: decision and same-day excision with rhombic flap 5.9 sq cm; E/M 99204-57",
    "date": "2025-12-02",
    "patient": ("Varga", "Colette", "1962-08-30", "female"),
    "provider": "lindqvist", "payer": "commercial-uhc", "minutes": 120, "em": "99204",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right cheek", "C44.319", "Right cheek", reason=True),
    ],
    "path": [
        {"text": "Skin, right cheek, excision: basal cell carcinoma, nodular type, completely excised; closest "
                 "peripheral margin 3.5 mm.", "site": "Right cheek", "date": "2025-12-05"},
    ],
    "note": """Lakeshore Mohs & Dermatologic Surgery
NEW PATIENT CONSULTATION + SAME-DAY SURGERY

CC: "skin cancer on my cheek"
HPI: 63 y/o woman referred by Dr. Pell (outside dermatology) with a biopsy-proven nodular BCC of the right
mid cheek, biopsied 11/10/2025 (outside report reviewed today: nodular BCC, transected at base). Present about
a year, slowly enlarging, occasional bleeding. Lives 2 h away, caregiver for her husband; wants treatment in
a single visit if at all possible.
PMH: type 2 DM (A1c 6.8), hyperlipidemia. Meds: metformin, atorvastatin. Allergies: sulfa (rash).
SH: never smoker. FH: father with melanoma.
ROS: neg for fever, weight loss, new lumps in neck.

EXAM: 1.0 x 0.9 cm pearly nodule with rolled border, R mid cheek, biopsy scar central. No other suspicious
lesions on head and neck, no cervical or parotid lymphadenopathy.

ASSESSMENT / DISCUSSION:
Nodular BCC, R cheek. Options discussed at length: Mohs (recommended by the AUC for the cheek; next opening
in 7 weeks here), standard excision with 4 mm margins and flap closure today, radiation (not preferred at
her age). Pt declines Mohs because of the wait and travel. DECISION TODAY to proceed with excision and local
flap reconstruction. Risks of a positive margin and need for re-excision explained. Diabetes noted as a
wound-healing risk factor. Consent signed.

PROCEDURE: Excision of BCC with rhombic (adjacent tissue transfer) flap, R cheek.
Lesion 1.0 cm, marked with 4 mm margins; circular primary defect 1.8 cm diameter (2.5 sq cm). Rhombic
transposition flap designed inferolaterally; secondary defect 3.4 sq cm; total flap area 5.9 sq cm.
Flap elevated in the subcutaneous plane, transposed, inset with 5-0 Monocryl and 6-0 Prolene. Specimen
oriented with suture at 12:00 and sent for permanent sections.
EBL < 5 mL. No complications.

PLAN: Mupirocin, pressure dressing 24 h. Suture removal 1 week. Path to be called to pt.
""",
    "expected": E([L("99204", 1, "57"), L("14040")]),
    "coder_note": "FLAP-1/FLAP-2: excision included in the adjacent tissue transfer; cheek, 2.5 + 3.4 = 5.9 sq cm -> "
                  "14040 (no 11642 line). 14040 has a 090 global; the new-patient E/M where the decision for this "
                  "surgery was made the same day takes 57 (GS-4, FLAP-4, conventions).",
})

# ---------------------------------------------------------------------------------------------------------------
# Riverside Medical Dermatology group (high volume)
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s8-exm-shin-scc-layered-closure",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of biopsy-proven SCC right shin, 1.4 cm + 0.4 cm margins = 2.2 cm, layered closure 6.0 cm",
    "date": "2025-07-22",
    "patient": ("Halloran", "Eunice", "1940-10-05", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right shin", "C44.722", "Right anterior shin", reason=True),
    ],
    "path": [
        {"text": "Skin, right shin, excision: invasive squamous cell carcinoma, well differentiated, 1.3 cm; "
                 "margins free, closest deep 2 mm.", "site": "Right shin", "date": "2025-07-25"},
    ],
    "note": """RIVERSIDE DERMATOLOGY - PROCEDURE NOTE
Provider: Marc Baptiste, MD       Date of service: 07/22/2025

Reason for visit: excision of SCC R shin (shave bx 07/01/2025: invasive SCC, well differentiated, base
involved).

Interval history: 84 y/o F, lives independently, walks with cane. Lesion unchanged since biopsy, a little
tender. On apixaban for AF - per cardiology OK to continue; we discussed bleeding risk. Pretibial location
considered for Mohs; pt prefers a single standard excision today; lesion is well defined and well
differentiated.

Exam: 1.4 x 1.1 cm keratotic nodule with healing bx site, R mid anterior shin. Skin atrophic, mild stasis
changes. DP pulse palpable.

Procedure: excision, malignant lesion, R shin
- Timeout done, consent on file (signed 07/01).
- Anesthesia: 1% lidocaine w/ epi, 7 mL.
- Greatest clinical diameter 1.4 cm marked; 4 mm margins drawn around it (narrowest margin 0.4 cm).
  Excised diameter 2.2 cm. Fusiform ellipse oriented along relaxed skin tension lines, excised to
  subcutaneous fat.
- Layered closure: 4-0 Vicryl buried deep dermal, 5-0 nylon simple interrupted. Final closed length 6.0 cm.
- Steri-strips, compression wrap.
- EBL minimal, tolerated well.

Also noted: several thin AKs on the dorsal hands - not treated today, will address at next visit.

Plan: leg elevation, keep dry 48 h, suture removal 14 days (leg). Path will be called. Return 3 months for
full skin exam.
""",
    "expected": E([L("11603"), L("12032")]),
    "coder_note": "EX-1/EX-2: 1.4 + 2 x 0.4 = 2.2 cm, leg (TAL), malignant (biopsy and final path SCC) -> 11603. "
                  "EX-5: intermediate layered closure 6.0 cm of the leg -> 12032 (2.6-7.5 cm). AKs not treated.",
})

SCENARIOS.append({
    "id": "s8-exm-mis-back-sent-as-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Wide excision of melanoma in situ left back sent as benign 11402; 0.8 + 2 x 0.5 = 1.8 cm -> 11602; layered 4.5 cm",
    "date": "2025-10-21",
    "patient": ("Lindahl", "Trevor", "1971-01-30", "male"),
    "provider": "okafor", "payer": "commercial", "minutes": 55,
    "conditions": [
        C("c1", "Melanoma in situ, left mid back", "D03.59", "Left mid back", reason=True),
    ],
    "procedures": [
        P("Excision lesion trunk", cpt="11402", site="L mid back",
          note="WLE of MIS bx site; lesion/scar 0.8 cm, 5 mm margins", reasons=["c1"]),
        P("Layered closure trunk", cpt="12032", site="L mid back", note="4.5 cm", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-09-30", "11102", "Shave bx L mid back", "L mid back",
              note="Path: melanoma in situ, lentiginous, peripheral margin involved."),
    ],
    "path": [
        {"text": "Skin, left mid back, wide local excision: residual melanoma in situ, 0.3 cm; all margins clear "
                 "(closest 4 mm). Healing biopsy site.", "site": "Left mid back", "date": "2025-10-24"},
    ],
    "note": """Riverside Dermatology | ModMed EMA
Provider: Adaeze Okafor, MD

Chief Complaint: WLE melanoma in situ L back
HPI: 54M here for wide local excision of MIS diagnosed on shave biopsy 9/30/25 (lentiginous MIS, margin
involved). No new lesions. No hx of invasive melanoma. Mother had melanoma at 60.

Exam: Healing bx site with residual irregular brown macule, total 0.8 cm, L mid back at T8 level.
No axillary LAD.

Procedure: Wide local excision
 Site: L mid back
 Lesion size: 0.8 cm (residual pigment + biopsy scar)
 Margin: 0.5 cm circumferential (standard for MIS)
 Excised diameter: 1.8 cm
 Depth: to subcutaneous fat
 Repair: intermediate, layered - 3-0 Vicryl deep, 4-0 Prolene running; final length 4.5 cm
 Specimen: to Riverside Path, oriented
 EBL: minimal; complications: none

A&P:
1. Melanoma in situ, L mid back - WLE today, path pending. Skin checks q6 months x 2 years.
2. Family hx melanoma - discussed; sun protection.

Coding (EMA auto-suggest): 11402, 12032
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"]),
    "coder_note": "EX-3: melanoma in situ (D03) -> malignant excision codes; EX-1: 0.8 + 2 x 0.5 = 1.8 cm on the trunk "
                  "-> 11602, not benign 11402. EX-5: intermediate repair 4.5 cm trunk -> 12032 (sent correctly).",
})

SCENARIOS.append({
    "id": "s8-exm-cheek-reexcision-positive-margin-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of left cheek BCC for positive deep margin 7 days after 11642 (inside 010 global): 11643-58 + layered 7.0 cm 12053-58; re-excision path negative",
    "date": "2025-08-19",
    "patient": ("Ferreira", "Augustin", "1949-02-14", "male"),
    "provider": "chen", "payer": "medicare-advantage", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left cheek, positive deep margin", "C44.319", "Left cheek",
          reason=True),
    ],
    "procedures": [
        P("Re-excision BCC, positive margin", site="Left cheek",
          note="Prior purse-string closure site 2.2 cm greatest dimension; 3 mm margins all around -> 2.8 cm "
               "excised diameter; to superficial fat.", reasons=["c1"]),
        P("Layered closure", site="Left cheek",
          note="Intermediate closure along the melolabial line, 5-0 Monocryl deep, 6-0 nylon; 7.0 cm final "
               "length.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-08-12", "11642", "Excision BCC L cheek", "Left cheek",
              note="1.1 cm lesion, 3 mm margins, excised diameter 1.7 cm; simple purse-string closure."),
    ],
    "path": [
        {"text": "Skin, left cheek, excision: basal cell carcinoma, infiltrative pattern, deep margin involved.",
         "site": "Left cheek", "date": "2025-08-14", "encounter": "enc-s8-exm-cheek-reexcision-positive-margin-58-prior-1"},
        {"text": "Skin, left cheek, re-excision: dermal scar with foreign-body reaction; no residual carcinoma "
                 "identified; margins free.", "site": "Left cheek", "date": "2025-08-22"},
    ],
    "note": """RIVERSIDE DERMATOLOGY - Wei Chen, MD

S: 76M s/p excision of BCC L cheek on 8/12 (post-op day 7). Path returned infiltrative BCC with a
positive deep margin. Pt was called 8/14 and offered Mohs (referral wait ~6 wk) vs re-excision here this
week; he chose re-excision, planned at the time the margin result came back. Wound from 8/12 healing, no
drainage.
Meds: tamsulosin, rosuvastatin. NKDA.

O: L cheek: healing purse-string closure with sutures in place; the puckered site measures 2.2 cm in
greatest dimension.

Procedure: re-excision of residual BCC, L cheek (see procedure entries). Prior sutures removed as part of
the re-excision. Layered closure 7.0 cm.

A/P: Infiltrative BCC L cheek with positive deep margin -> staged re-excision today, inside the global of
the 8/12 excision. If margins positive again -> Mohs. Suture removal 7 days.
""",
    "expected": E([L("11643", 1, "58"), L("12053", 1, "58")], topics=["global-period"]),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin within the 10-day global of 11642 -> 58 (staged/related); "
                  "coded malignant even though the re-excision specimen is negative. 2.2 + 2 x 0.3 = 2.8 cm face -> "
                  "11643. Layered closure 7.0 cm face -> 12053 (5.1-7.5), also part of the staged procedure -> 58 (corpus "
                  "precedent: 58 on both lines).",
})

SCENARIOS.append({
    "id": "s8-exb-scalp-pilar-cyst-and-forearm-nevus",
    "family": "excision-benign", "shape": "note-only",
    "description": "Two benign excisions: traumatized pilar cyst scalp 1.5 + 0.2 = 1.7 cm (11422) with layered 2.5 cm (12031); changing forearm nevus 0.5 + 0.4 = 0.9 cm (11401), simple closure",
    "date": "2026-02-10",
    "patient": ("Pettibone", "Lorraine", "1952-07-07", "female"),
    "provider": "ramirez", "payer": "medicare-advantage-ppo", "minutes": 70,
    "conditions": [
        C("c1", "Pilar cyst, right parietal scalp", "L72.11", "Right parietal scalp", reason=True),
        C("c2", "Compound nevus, right forearm", "D22.61", "Right dorsal forearm", reason=True),
    ],
    "path": [
        {"text": "A. Scalp, right parietal, excision: pilar (trichilemmal) cyst, ruptured, with inflammation. "
                 "B. Skin, right forearm, excision: compound melanocytic nevus, no atypia, margins clear.",
         "site": "Right parietal scalp; right forearm", "date": "2026-02-13"},
    ],
    "note": """Riverside Dermatology
Sofia Ramirez, MD
Visit type: procedure (scheduled 01/20/2026)

Subjective
73F returns for two excisions planned at her January visit.
(1) Right parietal scalp cyst: present for years, over the last 4 months it gets caught by her comb and hair
clips; it bled twice and has been sore and red intermittently. Uses a wide-tooth comb now, still hits it.
(2) Right forearm mole: her husband noticed it became darker and "lumpy" since summer. No bleeding.
Meds: losartan, vitamin D. Allergy: adhesive tape (blisters) - paper tape used.

Objective
- R parietal scalp: 1.5 cm firm mobile subcutaneous nodule, overlying skin eroded with hemorrhagic crust
  and mild erythema.
- R dorsal forearm: 0.5 cm brown papule with darker eccentric globule on dermoscopy (irregular).

Procedures
Consent reviewed (bleeding, infection, scar, recurrence). Time out. 1% lidocaine with epinephrine.

#1 Excision, R parietal scalp cyst. Cyst 1.5 cm in greatest diameter; excised en bloc with a 1 mm rim of
skin on each side (excised diameter 1.7 cm). Cyst wall intact. Dead space closed with 4-0 Vicryl
subcutaneous sutures, skin with 4-0 nylon - layered closure, 2.5 cm.

#2 Excision, R dorsal forearm nevus. 0.5 cm lesion, 2 mm margins (0.9 cm excised diameter), fusiform
excision, closed in a single layer with 5-0 nylon, 1.8 cm.

Both specimens to pathology.

Assessment/Plan
1. Pilar cyst, symptomatic (trauma, bleeding, inflammation) - excised.
2. Changing nevus R forearm - excised for diagnosis.
Wound care reviewed; sutures out in 10 days (scalp) and 14 days (arm). Will call with path.
""",
    "expected": E([L("11422"), L("11401"), L("12031")]),
    "coder_note": "EX-1/EX-2: scalp (SNHFG) 1.5 + 2 x 0.1 = 1.7 cm -> 11422; forearm (TAL) 0.5 + 2 x 0.2 = 0.9 cm -> "
                  "11401; both benign on path. EX-5/REP-2: intermediate repair of the scalp 2.5 cm -> 12031; forearm "
                  "simple closure included. BSL-3 reasons documented (trauma with bleeding; change). No PTP edits "
                  "among 11422/11401/12031.",
})

SCENARIOS.append({
    "id": "s8-bx-punch-and-two-tangential",
    "family": "biopsy", "shape": "free-text",
    "description": "Punch biopsy left arm + tangential biopsies right cheek and mid back -> 11104 + 11103 x2; LN2 of scalp AKs deferred",
    "date": "2025-08-05",
    "patient": ("Whitlock", "Cornelius", "1946-09-23", "male"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, left upper arm", "D49.2", "Left upper arm", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, right cheek", "D49.2", "Right cheek", reason=True),
        C("c3", "Neoplasm of unspecified behavior of skin, mid back", "D49.2", "Mid back", reason=True),
        C("c4", "Actinic keratosis", "L57.0", "Scalp"),
    ],
    "procedures": [
        P("Punch bx 4mm", site="L upper arm, lateral",
          note="Firm pink 0.8 cm nodule, r/o SCC vs dermatofibroma; 4 mm punch to fat, 1 nylon suture.",
          reasons=["c1"]),
        P("Shave bx", site="R cheek",
          note="Pearly 0.5 cm papule, r/o BCC; tangential (shave) biopsy, AlCl3.", reasons=["c2"]),
        P("Shave bx", site="Mid back",
          note="Irregular pigmented macule 0.7 cm, r/o dysplastic nevus vs MIS; saucerization biopsy.",
          reasons=["c3"]),
        P("LN2 cryotherapy", site="Scalp", status="not-done",
          note="Multiple scalp AKs - pt prefers to defer until after biopsy results; not performed."),
    ],
    "note": """Riverside Dermatology - Sofia Ramirez, MD
79M, est pt, here for 3 spots he and his wife flagged: arm bump x 3 mo, cheek "pimple that won't heal",
dark spot on back. Exam limited to these + scalp. Multiple gritty AKs on the scalp (~6) - he would rather
wait on freezing until results are back.
Three biopsies today as listed, consent verbal + written, lidocaine w/ epi. Path to Riverside Dermpath.
Results by phone 7-10 days; treat scalp AKs at the return visit.
""",
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: one primary by technique rank (punch > tangential) -> 11104, each further biopsy its own "
                  "technique's add-on -> 11103 x2 (AOC allows 11103 with 11104). Cryotherapy not done (status "
                  "not-done, deferred). No E/M selected.",
})

SCENARIOS.append({
    "id": "s8-bx-ema-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "EMA template still sends deleted 11100/11101 for a scalp punch biopsy and a forearm shave biopsy -> 11104 + 11103",
    "date": "2025-09-30",
    "patient": ("Thorsby", "Mabel", "1939-11-02", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Scarring alopecia, vertex, unspecified", "L66.9", "Scalp vertex", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, left forearm", "D49.2", "Left forearm", reason=True),
    ],
    "procedures": [
        P("Biopsy skin, single lesion", cpt="11100", site="Scalp - vertex",
          note="4 mm punch, 1 simple suture. Horizontal + vertical sections requested.", reasons=["c1"]),
        P("Biopsy skin, each addl lesion", cpt="11101", site="L forearm",
          note="Tangential/shave biopsy of 0.6 cm scaly papule.", reasons=["c2"]),
    ],
    "note": """RIVERSIDE DERMATOLOGY
Wei Chen, MD

CC: hair thinning on crown; rough spot on L arm
HPI: 85 y/o F with 1 yr of patchy hair loss at the vertex with itching and burning; tried OTC minoxidil.
Also a rough scaly spot on the L forearm x 2 months that catches on sleeves.
Exam: Vertex with loss of follicular ostia, perifollicular erythema and scale in a 4 x 3 cm patch.
L dorsal forearm 0.6 cm hyperkeratotic pink papule.
Procedures:
 1) Punch biopsy 4 mm, scalp vertex, active border, for H&E (horizontal + vertical). 1 suture 4-0 nylon.
 2) Shave (tangential) biopsy, L forearm papule.
A/P: Scarring alopecia, r/o LPP vs CCCA - biopsy; await path before treatment. Forearm r/o SCC vs HAK.
Return 2 weeks for results and suture removal.
""",
    "expected": E([L("11104"), L("11103")], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 deleted 12/31/2018 -> invalid-code. Punch + tangential: 11104 primary (punch ranks "
                  "above tangential) + 11103 for the shave biopsy (BX-2).",
})

SCENARIOS.append({
    "id": "s8-shave-scalp-sk-wrong-band",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of a 1.3 cm bleeding irritated SK on the scalp sent as 11306 (0.6-1.0 band) -> 11307",
    "date": "2025-12-09",
    "patient": ("Amsel", "Gerald", "1943-05-18", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left occipital scalp", "L82.0", "Left occipital scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal scalp", cpt="11306", site="Scalp, L occipital",
          note="1.3 x 0.9 cm crusted bleeding keratotic papule; shaved flush, AlCl hemostasis", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left occipital scalp, shave: irritated (inflamed) seborrheic keratosis, base transected.",
         "site": "Left occipital scalp", "date": "2025-12-12"},
    ],
    "note": """Riverside Dermatology (ModMed)
Adaeze Okafor, MD

CC: bleeding growth back of head
HPI: 82M. Growth on L occipital scalp catches on his comb and pillowcase; bleeds several times a week,
sore. Wife worried.
Exam: L occipital scalp 1.3 x 0.9 cm stuck-on verrucous papule with hemorrhagic crust, erythematous rim.
Procedure: Shave removal. Lidocaine 1% w/ epi. Removed flush with the skin with a flexible blade, AlCl3 for
hemostasis, petrolatum. Specimen to path.
A&P: Irritated/inflamed SK, symptomatic (bleeding, pain) - removed. Path pending. RTC prn.
""",
    "expected": E([L("11307")], topics=["coding-correction"]),
    "coder_note": "SH-1: shave removal by lesion diameter 1.3 cm on the scalp (SNHFG) -> 11307 (1.1-2.0), not 11306. "
                  "Inflamed, bleeding SK meets BSL-3 (a)(c)(g), so covered.",
})

SCENARIOS.append({
    "id": "s8-ds-sixteen-aks-sent-17003-x15",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 of 16 AKs (9 scalp, 4 forehead, 3 right hand) sent as 17000 + 17003 x15 -> 17004 x1",
    "date": "2026-01-20",
    "patient": ("Varnum", "Leopold", "1941-08-08", "male"),
    "provider": "nakamura", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead and right hand", "L57.0", "Scalp; forehead; right dorsal hand",
          reason=True),
    ],
    "procedures": [
        P("Cryo AK #1", cpt="17000", site="Scalp", reasons=["c1"]),
        P("Cryo AK add'l", cpt="17003", site="Scalp, forehead, R hand", note="Qty 15", reasons=["c1"]),
    ],
    "note": """RIVERSIDE DERMATOLOGY
Ren Nakamura, MD - AK follow-up

84M, outdoor work (lineman) for 40 years. Last LN2 07/2025. Using 5-FU was too irritating; declines field
therapy again. Feels new rough spots on the scalp and forehead.

Exam: thin and moderately thick gritty erythematous papules:
  scalp (bald vertex and parietal) - 9
  forehead - 4
  R dorsal hand - 3
No hypertrophic or indurated lesion; nothing suspicious for SCC today.

Procedure: cryotherapy with liquid nitrogen, 2 freeze-thaw cycles (5-10 s), 16 lesions total.
Verbal consent; blistering, hypopigmentation and recurrence risks reviewed.

A/P: Actinic keratoses x16, treated. Sun protection, wide-brim hat. Recheck 6 months.
""",
    "expected": E([L("17004")], topics=["coding-correction"]),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000 + 17003 (17004/17000 and "
                  "17004/17003 are indicator 0); family rule -> coding-correction.",
})

SCENARIOS.append({
    "id": "s8-ds-face-aks-and-inflamed-sks-back-xs",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 of 3 facial AKs and 2 bleeding inflamed SKs on the back, same session: 17110 + 17000-XS + 17003-XS x2",
    "date": "2025-11-25",
    "patient": ("Grange", "Philippa", "1950-04-12", "female"),
    "provider": "okafor", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Left temple, nasal dorsum, right cheek", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Mid and lower back", reason=True),
    ],
    "note": """Riverside Dermatology - Progress Note
Adaeze Okafor, MD   11/25/2025

Chief complaint: rough spots on face; two "scabby" spots on the back that keep bleeding.

History of present illness: 75-year-old woman, established. Rough, sandpaper spots on the face for several
months. Two brown growths on the back rub on her bra band: they get red and swollen, bleed onto her
clothing, and are itchy. Treated with LN2 to facial AKs in 2023 with good result.

Review of systems: no fevers, no new moles elsewhere.

Exam (face, back):
- L temple, nasal dorsum, R cheek: one scaly erythematous gritty papule at each site, 3 total - AK.
- Mid back (at bra line) and lower back: 2 waxy stuck-on papules, 0.8 and 1.0 cm, with erythema, edema
  and hemorrhagic crust - inflamed SKs.
- No other lesions of concern in the examined areas.

Procedure: Liquid nitrogen cryotherapy
 - AKs: 3 lesions on the face, 2 cycles each.
 - SKs: 2 inflamed lesions on the back, 2 cycles each.
Consent obtained; post-care handout.

Assessment and plan:
1. Actinic keratoses x3 - LN2 as above. Daily SPF 50.
2. Inflamed seborrheic keratoses x2, bleeding, irritated by clothing - LN2 as above.
3. Discussed that other asymptomatic SKs on the trunk are benign and do not need treatment.
Return 6 months.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")]),
    "coder_note": "DS-1: 3 AKs -> 17000 + 17003 x2. DS-2: 2 benign (inflamed SK, BSL-3 bleeding/inflammation) -> 17110. "
                  "DS-3: 17110/17000 and 17110/17003 are indicator 1 with 17110 as column 1 -> XS on 17000 and 17003 "
                  "(different lesions, face vs back).",
})

SCENARIOS.append({
    "id": "s8-em-medicare-screening-skin-check-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS annual screening full-skin exam, no history, no complaint, nothing found: 99213-GY",
    "date": "2025-10-28",
    "patient": ("Kettleby", "Howard", "1955-01-29", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note": """RIVERSIDE DERMATOLOGY

VISIT: Annual skin check
PROVIDER: Ren Nakamura, MD

HPI: 70 y/o M, established (last seen 10/2024 for the same yearly skin check). He has no spots of concern,
no new or changing lesions, no itching or bleeding. Here because his wife "makes him come every year".
No personal history of skin cancer or precancers. No family history of melanoma. Fair skin, some
sunburns as a teen. Uses sunscreen on the golf course.

ROS: Negative for rash, pruritus, non-healing sores.

EXAM: Full skin examination including scalp, face, ears, neck, trunk, buttocks, genitals deferred at pt
request, extremities, palms, soles, nails. Fitzpatrick II. No lesions suspicious for malignancy or
premalignancy identified. No lesion requiring treatment or biopsy.

ASSESSMENT: Skin cancer screening, normal exam.

PLAN:
- Reviewed ABCDEs and monthly self-exams; handout.
- Sunscreen SPF 30+, reapply q2h outdoors.
- Return in 12 months or sooner for any new or changing lesion.
""",
    "expected": E([L("99213", 1, "GY")]),
    "coder_note": "DX-5 and README 'Coding decisions': Medicare FFS screening-only full-skin exam (no history, no "
                  "complaint, nothing found) -> E/M with GY (statutorily excluded screening).",
})

SCENARIOS.append({
    "id": "s8-em-hand-dermatitis-in-excision-global-24",
    "family": "em", "shape": "note-only",
    "description": "Hand dermatitis flare managed with Rx 7 days after a back excision (11402, 010 global): 99213-24",
    "date": "2025-08-26",
    "patient": ("Achterberg", "Simone", "1988-09-12", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Irritant contact dermatitis of hands", "L24.9", "Bilateral hands", reason=True),
    ],
    "prior": [
        PRIOR("2025-08-19", "11402", "Excision dysplastic nevus R upper back", "R upper back",
              note="Excised diameter 1.4 cm, simple closure; path: dysplastic nevus, moderate atypia, clear."),
    ],
    "note": """Riverside Dermatology - Wei Chen, MD
Office visit 08/26/2025

CC: "My hands are cracking and burning."

HPI: 36F hairdresser, seen 8/19 for excision of a dysplastic nevus on the R upper back. Today she comes for
a different problem: 3 weeks of red, itchy, fissured skin on the backs of both hands and between the fingers,
worse after shampooing clients and with a new color line at the salon. No vesicles on the palms. Tried OTC
hydrocortisone 1% without help. Childhood eczema. No other new exposures.

Meds: OCP. Allergies: none.

Exam:
- Hands: erythematous, lichenified plaques on dorsal hands and finger webs with fissures; no pustules, no
  honey crust; palms spared; nails normal.
- R upper back: excision site (1 week) - sutures in place, edges well approximated, no erythema. Not the
  reason for today's visit; sutures out as scheduled on 9/2.

Assessment/Plan:
1. Hand dermatitis, likely irritant contact dermatitis (wet work, hair dyes); allergic contact dermatitis
   possible.
   - Triamcinolone 0.1% ointment BID x 2 weeks to affected areas, then weekends only. Rx sent.
   - Nitrile gloves for all wet work and dyes, cotton liners; bland emollient after every wash.
   - If not improved in 4-6 weeks, patch testing (expanded series).
2. S/p excision R upper back - healing, f/u as planned.

Total time 25 min.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: E/M for a problem unrelated to the 8/19 excision (010 global, day 7) -> 24. The brief look at the "
                  "healing wound is part of the global and does not add a 99024 line on a day with a billed E/M "
                  "(README precedent).",
})

SCENARIOS.append({
    "id": "s8-em-psoriasis-biologic-start-aks-ln2-25",
    "family": "em", "shape": "free-text",
    "description": "Psoriasis flare with biologic start and TB/hepatitis labs (separate work) + LN2 of 3 AKs: 99214-25 + 17000 + 17003 x2",
    "date": "2026-02-24",
    "patient": ("Mensah", "Orville", "1953-03-08", "male"),
    "provider": "baptiste", "payer": "medicare-advantage-ppo", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities, scalp", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Forehead, left helix", reason=True),
    ],
    "procedures": [
        P("LN2 cryotherapy", site="Forehead x2, L helix x1",
          note="3 AKs, 2 FTC each, ~8 s. Pt tolerated well.", reasons=["c2"]),
    ],
    "note": """Riverside Dermatology
Marc Baptiste, MD

Subjective: 72M with plaque psoriasis since his 30s, previously controlled on methotrexate 15 mg weekly;
MTX stopped 10/2025 because ALT rose to 3x ULN. Since then flaring: knees, elbows, lower back, scalp;
itching disrupts sleep. Clobetasol solution and calcipotriene cream used daily without enough effect.
Also wants "the rough spots" on his forehead and ear frozen.

Objective: BSA ~12%: thick, well-demarcated scaly plaques on elbows, knees, lumbosacral area, scalp margin.
PGA 4. Nail pitting 6 fingernails. No joint swelling today. 3 gritty erythematous papules (forehead x2,
L helix x1) consistent with AK.

Assessment / Plan
1. Psoriasis vulgaris, moderate-to-severe, worsening off MTX, failed topicals.
   - Start risankizumab 150 mg SC at wk 0, 4, then q12 wk; prior auth submitted; injection teaching at
     first dose.
   - Ordered QuantiFERON-TB Gold, hepatitis B panel, hepatitis C Ab, CBC, CMP before first dose.
   - Continue clobetasol solution to scalp BID prn; stop calcipotriene.
   - Screened for PsA symptoms - none; will reassess.
2. Actinic keratoses x3 - LN2 (see procedure). Sun protection.
RTC 6 weeks after the loading dose.
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 2)]),
    "coder_note": "GS-3: psoriasis work-up (biologic start, prescription management, lab orders) is significant and "
                  "separately identifiable from the AK destruction -> 99214-25 (17000/99214 indicator 1, bypassed by "
                  "25). DS-1: 3 AKs -> 17000 + 17003 x2. EM-6: no G2211 with modifier 25.",
})

SCENARIOS.append({
    "id": "s8-mixed-melanoma-hx-fse-punch-ln2-sebderm",
    "family": "mixed", "shape": "note-only",
    "description": "HTML note: melanoma-history FSE with new seborrheic dermatitis Rx (99214-25), punch biopsy back, LN2 of 5 scalp AKs (17000-XS, 17003 x4)",
    "date": "2025-12-16",
    "patient": ("Olmstead", "Beatrice", "1948-06-16", "female"),
    "provider": "ramirez", "payer": "medicare", "minutes": 40, "em": "99214",
    "html": True,
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", reason=True),
        C("c2", "Seborrheic dermatitis", "L21.9", "Scalp, nasolabial folds, eyebrows", reason=True),
        C("c3", "Neoplasm of unspecified behavior of skin, right upper back", "D49.2", "Right upper back",
          reason=True),
        C("c4", "Actinic keratosis", "L57.0", "Scalp", reason=True),
    ],
    "note": """<html><body>
<h3>RIVERSIDE DERMATOLOGY - PROGRESS NOTE</h3>
<p><b>Provider:</b> Sofia Ramirez, MD &nbsp; <b>DOS:</b> 12/16/2025 &nbsp; <b>Visit:</b> 6-month melanoma surveillance</p>
<p><b>HPI:</b> 77 y/o F with history of invasive melanoma L calf (2017, Breslow 0.6 mm, WLE, no recurrence).
Here for full skin exam. New: flaky, itchy scalp and red scaly patches beside the nose and on the eyebrows for
2 months, OTC dandruff shampoo not helping. Also thinks a mole on her upper back is "getting bigger".</p>
<p><b>ROS:</b> no weight loss, no new lumps in groin/armpits.</p>
<p><b>Exam:</b> Full skin exam, scalp to soles.</p>
<table border="1">
<tr><th>Site</th><th>Finding</th></tr>
<tr><td>L calf</td><td>WLE scar, no pigment, no nodularity; no inguinal LAD</td></tr>
<tr><td>Scalp, nasolabial folds, eyebrows</td><td>greasy yellow scale on erythematous patches</td></tr>
<tr><td>R upper back</td><td>0.7 cm asymmetric brown macule with new darker area; dermoscopy atypical network</td></tr>
<tr><td>Scalp (vertex, frontal)</td><td>5 gritty erythematous papules - AK</td></tr>
<tr><td>Trunk / extremities</td><td>multiple SKs and benign nevi, no other atypical lesions</td></tr>
</table>
<p><b>Procedures</b><br>
1. Punch biopsy 4 mm, R upper back, atypical pigmented lesion; 1 nylon suture. To dermpath.<br>
2. Cryotherapy LN2 to 5 AKs on the scalp, 2 cycles each.<br>
Consent signed; time out.</p>
<p><b>Assessment / Plan</b></p>
<ol>
<li>History of melanoma - FSE today; no sign of recurrence. Continue q6 month skin checks.</li>
<li>Seborrheic dermatitis, new - ketoconazole 2% shampoo 3x/week; hydrocortisone 2.5% cream BID x 2 weeks to
face then prn. Rx sent. Discussed chronic, relapsing course.</li>
<li>Atypical pigmented lesion R upper back - punch biopsy; results in 1 week.</li>
<li>AKs x5 scalp - LN2.</li>
</ol>
<p>Follow-up 6 months, sooner per pathology.</p>
</body></html>""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003", 4)]),
    "coder_note": "DX-5: melanoma history makes the FSE diagnostic; new seborrheic dermatitis with prescription management "
                  "is separate work -> 99214-25. 11104 for the back punch. 11104/17000 indicator 1 (biopsy column 1), "
                  "different lesion -> 17000-XS; no 11104/17003 edit so 17003 x4 has no modifier (README precedent "
                  "11104 + 17000-XS + 17003).",
})

SCENARIOS.append({
    "id": "s8-mixed-edc-sbcc-back-and-shave-inflamed-sk",
    "family": "mixed", "shape": "free-text",
    "description": "ED&C of biopsy-proven superficial BCC left upper back (final defect 1.6 cm, 17262) + shave removal of 0.8 cm inflamed SK right thigh (11301)",
    "date": "2025-07-29",
    "patient": ("Brecker", "Lionel", "1945-11-11", "male"),
    "provider": "baptiste", "payer": "medicare-advantage-ppo", "minutes": 35,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right thigh", "L82.0", "Right anterior thigh", reason=True),
    ],
    "procedures": [
        P("ED&C", site="L upper back (scapular)",
          note="Bx-proven sBCC (7/8/25). Clinical lesion 1.0 cm. Curettage + electrodesiccation x 3 cycles; "
               "final defect 1.6 cm diameter.", reasons=["c1"]),
        P("Shave removal", site="R anterior thigh",
          note="0.8 cm inflamed, crusted SK rubbed by belt/pocket, bleeding; shaved flush, Drysol. Sent to path.",
          reasons=["c2"]),
    ],
    "prior": [
        PRIOR("2025-07-08", "11102", "Shave bx L upper back", "L upper back",
              note="Path: basal cell carcinoma, superficial type."),
    ],
    "path": [
        {"text": "Skin, right thigh, shave: irritated seborrheic keratosis with hemorrhage.",
         "site": "Right anterior thigh", "date": "2025-08-01"},
    ],
    "note": """Riverside Dermatology
Marc Baptiste MD - procedure visit

79M back for treatment of sBCC L upper back (bx 7/8). Also a spot on the R thigh that bleeds when it rubs on
his pocket/belt, sore, for 2 months.
Discussed options for the BCC (ED&C, excision, imiquimod); chose ED&C. Declined Mohs (not indicated).
Procedures per entries. Wound care sheet given. Recheck in 3 mo with FSE.
""",
    "expected": E([L("17262"), L("11301")]),
    "coder_note": "DS-4: malignant destruction sized by the final curetted defect, 1.6 cm on the trunk -> 17262. SH-1: "
                  "shave removal 0.8 cm on the thigh -> 11301 (inflamed, bleeding SK: BSL-3). No PTP edit between "
                  "17262 and 11301.",
})

SCENARIOS.append({
    "id": "s8-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "Intralesional triamcinolone 5 mg/mL, 3.2 mL into 9 alopecia areata patches: 11901 + J3301 x2",
    "date": "2026-01-27",
    "patient": ("Forsberg", "Gwendolyn", "1954-10-30", "female"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("ILK injections", site="Scalp - 9 patches",
          note="Triamcinolone acetonide diluted to 5 mg/mL with NS; 3.2 mL total (16 mg) via 30G needle, "
               "~0.1 mL per injection point, into 9 separate patches: vertex x3, L parietal x2, R parietal x2, "
               "occiput x2.", reasons=["c1"]),
    ],
    "note": """Riverside Dermatology - Sofia Ramirez, MD

71F with patchy alopecia areata since 09/2025, last ILK 6 weeks ago into 6 patches with regrowth in 4;
3 new patches since. No eyebrow or nail involvement. TSH normal 11/2025.
Exam: 9 smooth patches of non-scarring hair loss (largest 3 x 2.5 cm) with exclamation-point hairs at the
margins of the new ones. Mild atrophy at one prior injection site - avoided.
Procedure: ILK as documented. Consent for atrophy/hypopigmentation.
Plan: repeat in 6 weeks; continue clobetasol foam between visits. If >50% scalp, discuss JAK inhibitor.
""",
    "expected": E([L("11901"), L("J3301", 2)]),
    "coder_note": "11900/11901: 9 lesions injected (> 7) -> 11901 x1. J3301 per 10 mg: 3.2 mL x 5 mg/mL = 16 mg -> "
                  "ceil(1.6) = 2 units. No E/M selected.",
})

SCENARIOS.append({
    "id": "s8-patch-new-pt-hand-dermatitis-80-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "New patient with chronic hand dermatitis: evaluation with Rx (99204-25) and same-day application of 80 patch-test allergens (95044 x80)",
    "date": "2025-10-20",
    "patient": ("Ramaswamy", "Priya", "1983-02-11", "female"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Dermatitis of hands, allergic contact suspected", "L30.9", "Bilateral hands", reason=True),
    ],
    "note": """RIVERSIDE DERMATOLOGY - CONTACT DERMATITIS CLINIC
New patient consultation
Ren Nakamura, MD

Referred by: Dr. Ahn (occupational health)

CC: Hand rash for 8 months.

HPI: 42-year-old ICU nurse with itchy, cracking dermatitis of the palms, fingertips and wrists since
February, worse at the end of long shifts, better on vacation. She changed to a new hospital glove brand and
hand sanitizer in January. Also dyes her hair at home. Used triamcinolone 0.1% cream from occupational health
with partial benefit. No personal history of atopy. No nail changes.

Meds: levonorgestrel IUD, cetirizine prn. Allergies: none known.

ROS: denies rash elsewhere, eyelid swelling, hives, wheezing.

Exam: bilateral palms and volar wrists with lichenified erythematous plaques, fissures of fingertips, a
few vesicles on the lateral fingers. Dorsal hands clear. Eyelids, neck, face clear. No signs of
impetiginization.

Assessment:
Chronic hand dermatitis - allergic contact dermatitis suspected (accelerators in gloves, fragrance /
preservatives in sanitizer, PPD), irritant component from wet work; dyshidrotic eczema in differential.

Plan:
1. Clobetasol 0.05% ointment BID x 2 weeks to palms then taper to weekends; stop triamcinolone. Rx sent.
2. Petrolatum-based emollient after each hand wash; cotton liners under gloves.
3. Patch testing today (she needs to avoid topical steroid on the back and has a week off work):
   North American 80 comprehensive series applied to the upper back by our patch-test nurse under my
   supervision - 80 allergens. Readings at 48 h (Wed) and 96 h (Fri). Keep back dry, no sun exposure.
4. Work note for glove accommodation (vinyl/neoprene accelerator-free) pending results.

Time today 60 min (not counting the patch application).
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = number of allergens (80; MUE 90). The new-patient evaluation with prescription "
                  "management is significant, separately identifiable work -> 99204-25 (95044/99204 PTP indicator 1, "
                  "bypassed by 25).",
})

SCENARIOS.append({
    "id": "s8-patch-application-visit-units-em-removed",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch-test application visit: EMA sent 95044 x1 + 99213; 36 allergens applied and no separate E/M work -> 95044 x36 only",
    "date": "2026-02-02",
    "patient": ("Oduro", "Franklin", "1951-12-24", "male"),
    "provider": "nakamura", "payer": "medicare-advantage-ppo", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Face and neck", reason=True),
    ],
    "procedures": [
        P("Patch test application", cpt="95044", site="Upper back",
          note="Expanded series - 36 allergens (T.R.U.E. 35 + own shaving gel)", reasons=["c1"]),
    ],
    "note": """Riverside Dermatology
Ren Nakamura, MD / Contact clinic nurse R. Oyelowo, RN

Visit: patch test APPLICATION (planned at 01/12/2026 visit)

74M with recurrent facial and neck dermatitis, evaluation done 1/12 (plan: patch testing, continue
desonide). Off desonide x 1 week as instructed. No new complaints, no other issues today.

Applied to the upper back: 35-allergen panel plus the patient's own shaving gel "as is" = 36 patches.
Sites marked with skin marker, placement checked by Dr. Nakamura. Instructions: keep dry, avoid sweating,
return Wednesday for first reading and Friday for final reading.

No exam of other areas, no medication changes, no other problems addressed today.
""",
    "expected": E([L("95044", 36)], topics=["coding-correction"]),
    "coder_note": "95044 is billed per allergen -> 36 units, not 1. The 99213 covered only the application (decided at "
                  "the prior visit; no separate problem, exam or management) -> no separately identifiable E/M; "
                  "95044/99213 is PTP indicator 1 and 25 is not supported, so the E/M line is removed.",
})

SCENARIOS.append({
    "id": "s8-photo-puva-without-failed-therapy-gz",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA started for psoriasis with no failed conventional therapy, no ABN, Medicare FFS: 96912-GZ",
    "date": "2025-09-11",
    "patient": ("Naismith", "Clifford", "1956-08-19", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note": """RIVERSIDE DERMATOLOGY - PHOTOTHERAPY UNIT
Treatment record, session #1
Ordering physician: Marc Baptiste, MD

69M with plaque psoriasis, BSA ~15% (trunk, thighs, arms). Diagnosed 6 months ago. Treatment to date:
OTC 1% hydrocortisone and moisturizers only. He has not used prescription topicals, has not had
NB-UVB or systemic therapy. He read about PUVA online and asked to start it; Dr. Baptiste agreed to
oral PUVA.

Today: methoxsalen 0.6 mg/kg (40 mg) PO taken 1.5 h before exposure. UVA 0.5 J/cm2 whole body,
skin type II protocol. Goggles provided; UVA-blocking glasses x 24 h. Genital shielding.
No ABN was presented or signed.
No erythema expected until 48-72 h. Next session in 48 h. Eye exam referral placed.
""",
    "expected": E([L("96912", 1, "GZ")], topics=["medical-necessity"]),
    "coder_note": "PHOTO-1 (NCD 250.1): PUVA covered only for intractable psoriasis after failure of conventional "
                  "therapy; none tried beyond OTC care -> expected denial; Medicare FFS without an ABN -> GZ (COS-4; "
                  "README precedent 96912-GZ).",
})

SCENARIOS.append({
    "id": "s8-photo-nbuvb-sent-as-96910",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "NB-UVB alone (no tar, no petrolatum) sent as 96910: -> 96900",
    "date": "2025-12-11",
    "patient": ("Whitfield", "Angela", "1979-10-10", "female"),
    "provider": "chen", "payer": "medicaid-mco", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("Photochemo tar/UVB", cpt="96910", site="Whole body",
          note="NB-UVB 311 nm, 1150 mJ/cm2, tx #14. No tar, no petrolatum or other topical applied before "
               "exposure.", reasons=["c1"]),
    ],
    "note": """Riverside Dermatology - Phototherapy flow sheet
Supervising: Wei Chen, MD     Tech: D. Ruiz

Pt: 46F, plaque psoriasis BSA 18%, failed clobetasol + calcipotriene. NB-UVB 3x/week since 10/27.
Tx #14 today. Prior dose 1050 mJ/cm2 with no erythema -> increased 10% to 1150 mJ/cm2. Full body, face
shielded, goggles on. Skin checked before exposure: mild improvement on trunk, no burning.
Nothing applied to the skin before light (tar protocol discontinued in 2024 - pt could not tolerate
the odor).
Next tx Monday.
""",
    "expected": E([L("96900")], topics=["coding-correction"]),
    "coder_note": "96910 needs tar or petrolatum with UVB (Goeckerman type); UVB alone is actinotherapy -> 96900 "
                  "(section 4.8 table).",
})

SCENARIOS.append({
    "id": "s8-photo-excimer-four-plaques-315-sqcm",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer laser to four psoriasis plaques totalling 315 sq cm -> 96921",
    "date": "2025-11-19",
    "patient": ("Achebe", "Desmond", "1980-03-17", "male"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized", "L40.0", "Elbows and knees", reason=True),
    ],
    "procedures": [
        P("308 nm excimer laser", site="R elbow, L elbow, R knee, L knee",
          note="Plaques measured today: R elbow 80 sq cm, L elbow 75 sq cm, R knee 90 sq cm, L knee 70 sq cm "
               "(total 315 sq cm). Dose 500 mJ/cm2 (MED-based), tx #6 of course.", reasons=["c1"]),
    ],
    "note": """Riverside Dermatology - excimer treatment note
45M, localized plaque psoriasis (BSA ~3%) of elbows and knees, failed 4 months of clobetasol ointment and
calcipotriene/betamethasone foam. PA approved for 13 treatments (UHC). Tx 6 of 13.
Mild erythema after last session, no blistering -> dose kept at 500 mJ/cm2.
Next treatment in 3-4 days. - S. Ramirez MD
""",
    "expected": E([L("96921")]),
    "coder_note": "96920-96922 by total area treated per session: 80 + 75 + 90 + 70 = 315 sq cm (250-500) -> 96921 x1.",
})

SCENARIOS.append({
    "id": "s8-postop-shave-new-lesion-in-excision-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Day 6 after 11602 back excision (010 global): shave removal of an unrelated 0.6 cm bleeding forearm lesion -> 11301-79",
    "date": "2025-08-28",
    "patient": ("Kittredge", "Ambrose", "1942-02-02", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left forearm", "L82.0", "Left dorsal forearm", reason=True),
        C("c2", "Basal cell carcinoma, right upper back (excised 08/22/2025)", "C44.519", "Right upper back"),
    ],
    "procedures": [
        P("Shave removal", site="Left dorsal forearm",
          note="0.6 cm friable papule, bleeds with minor trauma x 3 wks, r/o SCC; removed with shave technique "
               "flush to skin, AlCl3; to pathology.", reasons=["c1"]),
        P("Wound check", site="R upper back",
          note="Excision site 8/22 - clean, intact, no erythema; sutures stay until 9/5."),
    ],
    "prior": [
        PRIOR("2025-08-22", "11602", "Excision BCC R upper back", "R upper back",
              note="1.0 cm BCC, 4 mm margins (excised diameter 1.8 cm), layered closure."),
    ],
    "path": [
        {"text": "Skin, left forearm, shave: irritated seborrheic keratosis with surface erosion; no atypia.",
         "site": "Left dorsal forearm", "date": "2025-08-31"},
    ],
    "note": """Riverside Dermatology - A. Okafor MD
83M, 6 days after excision of BCC R upper back. Called about a new bleeding bump on the L forearm; seen
today. Back wound fine. Forearm lesion removed by shave (see entries). Will call with path.
""",
    "expected": E([L("11301", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure (different lesion and diagnosis) inside the 10-day global of the 8/22 "
                  "excision -> 79. SH-1: 0.6 cm on the arm (TAL) -> 11301. The wound check is part of the global "
                  "(no E/M, no 99024 line on a day with a billed procedure).",
})

SCENARIOS.append({
    "id": "s8-postop-flap-global-new-forearm-bx-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Day 35 of a nasal flap 090 global: scheduled flap check + shave biopsy of a new forearm lesion; EMA sent 99213 + 11102 -> 11102-79 only",
    "date": "2025-12-30",
    "patient": ("Feeney", "Rosalind", "1947-04-21", "female"),
    "provider": "lindqvist", "payer": "medicare-advantage", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, left forearm", "D49.2", "Left dorsal forearm",
          reason=True),
        C("c2", "Basal cell carcinoma of nose, treated 11/25/2025", "C44.311", "Nasal tip"),
    ],
    "procedures": [
        P("Tangential bx", cpt="11102", site="L forearm",
          note="0.5 cm scaly pink papule, r/o SCCIS; shave bx", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-11-25", "17311", "Mohs nasal tip, 2 stages", "Nasal tip"),
        PRIOR("2025-11-25", "14060", "Bilobed flap nasal tip", "Nasal tip",
              note="Defect 1.2 cm; total flap area 5.2 sq cm."),
    ],
    "note": """LAKESHORE MOHS & DERMATOLOGIC SURGERY - FOLLOW-UP
Erik Lindqvist, MD

Scheduled 5-week post-op visit after Mohs + bilobed flap of the nasal tip (11/25/2025).
Flap viable, mild pincushioning, no infection. Massage instructions given; recheck at 3 months.

She also points to a new rough pink spot on the L forearm, present ~6 weeks, bleeds when scratched.
0.5 cm scaly erythematous papule. Tangential (shave) biopsy done today after verbal consent, r/o SCC in situ
vs irritated AK. Path to outside lab.

No other complaints. No other problems addressed.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: 14060 from 11/25 has a 090 global; a procedure on an unrelated new lesion -> 79. The flap check "
                  "is post-op care included in the global, and the only other work is the decision to biopsy "
                  "(GS-3), so the 99213 is removed; no 99024 on a day with a billed procedure (README precedent).",
})

SCENARIOS.append({
    "id": "s8-nails-bilateral-hallux-phenol-matrixectomy",
    "family": "nails", "shape": "free-text",
    "description": "Recurrent ingrown nails both great toes: partial nail excision with phenol matrixectomy each -> 11750-TA + 11750-T5",
    "date": "2025-09-04",
    "patient": ("Strickland", "Elmer", "1949-05-05", "male"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, medial border", "L60.0", "Left great toe", reason=True),
        C("c2", "Ingrowing nail, right great toe, lateral border", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("Partial nail excision w/ phenol matrixectomy", site="Left great toe, medial border",
          note="Digital block 2% plain lido 3 mL. Medial 3 mm of nail plate split and removed to the matrix; "
               "88% phenol 3 x 30 s to the lateral horn of matrix; alcohol flush.", reasons=["c1"]),
        P("Partial nail excision w/ phenol matrixectomy", site="Right great toe, lateral border",
          note="Digital block 3 mL. Lateral 3 mm border removed, phenol 3 x 30 s, alcohol flush.",
          reasons=["c2"]),
    ],
    "note": """Riverside Dermatology - Ren Nakamura MD
76M, recurrent ingrown great toenails, L medial and R lateral borders, 4th episode this year; 2 prior
avulsions at urgent care (2024) recurred. Painful with shoes, granulation tissue and drainage on the R.
Not diabetic, pulses 2+ DP/PT bilaterally.
Plan: permanent partial matrixectomy both sides today (entries). Soak + petrolatum BID; recheck 2 weeks.
""",
    "expected": E([L("11750", 1, "TA"), L("11750", 1, "T5")]),
    "coder_note": "4.8 table: permanent partial nail + matrix removal (chemical matrixectomy) = 11750, one per nail. "
                  "Conventions: digit modifiers on nail codes, TA = left great toe, T5 = right great toe; different "
                  "digits stay on separate lines.",
})

# ---------------------------------------------------------------------------------------------------------------
# Little Oaks Pediatric & Adolescent Dermatology
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s8-ds-peds-new-pt-hand-warts-em-removed",
    "family": "destruction", "shape": "note-only",
    "description": "New pediatric patient seen only for 3 hand warts, cryotherapy done; 99203 selected but only the procedure decision -> 17110 only",
    "date": "2025-09-23",
    "patient": ("Inoa", "Mateo", "2015-06-20", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 20, "em": "99203",
    "conditions": [
        C("c1", "Common warts, right hand", "B07.8", "Right index and middle fingers", reason=True),
    ],
    "note": """LITTLE OAKS PEDIATRIC & ADOLESCENT DERMATOLOGY
Folake Adeyemi, MD

NEW PATIENT - referred by pediatrician for warts.
Accompanied by: mother (Spanish interpreter, in-person, #2231).

HPI: 10-year-old boy with "bumps" on the right fingers for 5 months, spreading from 1 to 3, one next to the
nail. Mom tried OTC salicylic acid pads x 6 weeks. Picks at them. Otherwise healthy, vaccines up to date.
No other skin concerns per mom.

Exam: Wt 34 kg. Right index finger (dorsal, 2) and right middle finger (periungual, 1): verrucous papules
3-6 mm with thrombosed capillaries. No other lesions on hands; feet not examined (no complaints).

A/P: Verruca vulgaris x3, right hand.
- Discussed options: continue salicylic acid, cryotherapy, cantharidin. Mom and patient chose cryotherapy.
- Cryotherapy with liquid nitrogen to 3 warts, 2 freeze-thaw cycles, pared lightly first. Tolerated with
  distraction (tablet).
- Resume salicylic acid nightly after blisters heal; duct tape occlusion.
- Return 4 weeks for repeat treatment if needed.
""",
    "expected": E([L("17110")]),
    "coder_note": "GS-3 and README 'Coding decisions': a new patient seen only for the lesions that are treated - the "
                  "E/M is the decision for the minor procedure, so 99203 is removed. DS-2: 3 warts -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s8-il-teen-acne-cysts-isotretinoin-visit-25",
    "family": "intralesional", "shape": "note-only",
    "description": "Isotretinoin month-3 monitoring visit (labs, dose change) + ILK to 4 acne cysts (4 mg): 99214-25 + 11900 + J3301 x1",
    "date": "2025-11-06",
    "patient": ("Batiste", "Jaylen", "2009-01-19", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, upper back", reason=True),
        C("c2", "Long term (current) drug therapy - isotretinoin", "Z79.899"),
    ],
    "note": """Little Oaks Pediatric & Adolescent Dermatology
Ines Castellanos, MD
Isotretinoin follow-up (month 3) - iPLEDGE

S: 16 y/o M on isotretinoin 40 mg daily (0.6 mg/kg) since 08/2025 for nodulocystic acne with scarring.
Dry lips, mild nosebleeds twice. No mood changes, no headaches, no vision changes, no back pain. PHQ-2
negative. 4 painful new cysts on the cheeks and jaw this week - upcoming school photos. Dad present.

Labs (drawn 11/3): fasting TG 168 (was 110), ALT 22, AST 25, cholesterol 172.

O: Wt 68 kg. Cheeks/jawline: 4 tender fluctuant cysts 0.8-1.2 cm (R cheek x2, L cheek, L jaw). Back
with post-inflammatory erythema, few papules. Cheilitis. Mood appropriate.

A/P:
1. Nodulocystic acne on isotretinoin - improving overall. Labs reviewed: TG mildly up, acceptable;
   increase dose to 60 mg daily (0.9 mg/kg); repeat fasting lipids and LFTs in 4 weeks. Cumulative dose
   goal 120-150 mg/kg. iPLEDGE confirmation entered today. Counseled on diet/TG, lip balm, saline nasal gel.
2. Inflamed acne cysts x4 - intralesional triamcinolone acetonide 10 mg/mL, 0.1 mL into each of the 4
   cysts (0.4 mL total = 4 mg), 30G needle. Atrophy risk discussed with dad, consent given.
RTC 4 weeks (iPLEDGE).
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")]),
    "coder_note": "GS-3: isotretinoin monitoring (lab review, dose change, drug requiring intensive monitoring) is "
                  "separate from the cyst injections -> 99214-25 (11900/99214 indicator 1). 4 lesions -> 11900; "
                  "4 mg triamcinolone acetonide -> J3301 x1 (per 10 mg, rounded up).",
})

SCENARIOS.append({
    "id": "s8-id-peds-buttock-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "12-year-old, single buttock abscess, simple I&D without packing or loculations -> 10060",
    "date": "2025-08-07",
    "patient": ("Vangundy", "Tyrese", "2013-03-28", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True),
    ],
    "note": """LITTLE OAKS PEDIATRIC & ADOLESCENT DERMATOLOGY - same-day sick visit
Dr. F. Adeyemi

12 y/o boy with a painful "boil" on the L buttock x 4 days, now soft. No fever. No prior boils, no
household MRSA history known. Grandmother present (legal guardian).

Exam: T 98.9 F. L upper buttock: 1.5 cm fluctuant, tender nodule with 3 cm surrounding erythema. No
streaking, no inguinal nodes.

Procedure: Incision and drainage, L buttock abscess.
Verbal and written consent from guardian. Topical LMX-4 x 30 min, then 1% lidocaine 2 mL. Single 6 mm stab
incision with #11 blade, moderate purulent material expressed; single cavity, no loculations; irrigated
with saline. Wound left open, no packing needed. Culture sent. Dry dressing.

Plan: warm compresses TID, dressing changes daily. Antibiotics not started after adequate drainage;
will call in TMP-SMX if the culture grows MRSA and the area is not improving. Bleach bath handout.
Recheck in 3 days with pediatrician or here.
""",
    "expected": E([L("10060")]),
    "coder_note": "4.8 table: single abscess, simple drainage, no loculations broken, no packing -> 10060. No E/M selected.",
})

SCENARIOS.append({
    "id": "s8-mixed-peds-molluscum-and-warts-17111-17110",
    "family": "mixed", "shape": "pre-coded",
    "description": "Curettage of 18 molluscum + LN2 of 2 finger warts, EMA sent 17111 + 17110 -> one 17111 (20 benign lesions; 17111/17110 indicator 0)",
    "date": "2025-10-02",
    "patient": ("Oyelaran", "Lily", "2018-04-04", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk, axillae", reason=True),
        C("c2", "Common warts, left hand", "B07.8", "Left thumb and ring finger", reason=True),
    ],
    "procedures": [
        P("Destruction benign 15+", cpt="17111", site="Trunk / axillae",
          note="Molluscum, curettage, 18 lesions", reasons=["c1"]),
        P("Destruction benign up to 14", cpt="17110", site="L thumb, L ring finger",
          note="Verruca vulgaris x2, LN2", reasons=["c2"]),
    ],
    "note": """Little Oaks Pediatric & Adolescent Dermatology
Ines Castellanos, MD

7 y/o girl with molluscum for 9 months, spreading on the chest, flanks and both axillae, with surrounding
eczematous dermatitis and itching; one inflamed lesion last week. Also 2 warts on the left hand. Mom wants
everything treated today before swim season.

LMX-4 applied under occlusion 45 min by nurse.
1. Curettage of 18 molluscum papules (chest 7, R flank 4, L flank 3, R axilla 2, L axilla 2). Hemostasis
   with pressure/Drysol.
2. LN2 to 2 verrucae (L thumb, L ring finger), 1 cycle each.
Tolerated with Child Life support.

Plan: triamcinolone 0.1% ointment to dermatitis around the molluscum BID x 7 days. Avoid sharing towels.
Return 6 weeks.
""",
    "expected": E([L("17111")]),
    "coder_note": "DS-2: molluscum and warts are both benign lesions of the 17110/17111 family, counted together per "
                  "session: 18 + 2 = 20 -> 17111 x1. 17111/17110 is PTP indicator 0, so the 17110 line is removed.",
})

SCENARIOS.append({
    "id": "s8-exb-teen-changing-nevus-calf-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Teen's changing nevus left calf: 0.4 cm + 2 x 0.2 cm = 0.8 cm excised diameter; EMA sent 11400 from lesion size -> 11401",
    "date": "2025-11-18",
    "patient": ("Dunmore", "Kaylee", "2009-03-14", "female"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus, left calf", "D22.72", "Left posterior calf", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion leg", cpt="11400", site="L posterior calf",
          note="Lesion 0.4 cm; 2 mm margins; simple closure 5-0 nylon x4", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left calf, excision: compound dysplastic nevus with mild cytologic atypia; margins clear.",
         "site": "Left posterior calf", "date": "2025-11-21"},
    ],
    "note": """LITTLE OAKS PEDIATRIC & ADOLESCENT DERMATOLOGY
Procedure note - Folake Adeyemi, MD

16 y/o F, mole on the L calf noted to be changing over 6 months on serial photos (enlarged from 0.3 to
0.4 cm, new eccentric dark area). Mom present and consented; patient assented.
Exam: 0.4 cm brown papule with eccentric hyperpigmentation, L posterior calf.

Procedure: Excision. 1% lidocaine w/ epi 2 mL. Lesion 0.4 cm outlined with 2 mm margins = 0.8 cm excised
diameter; elliptical excision to fat; simple (single-layer) closure with 5-0 nylon x4, 2.2 cm.
Specimen to pathology. Bacitracin, bandage.

Plan: sutures out in 12 days (school nurse or here). Will call with results.
""",
    "expected": E([L("11401")], topics=["coding-correction"]),
    "coder_note": "EX-1: excised diameter = 0.4 + 2 x 0.2 = 0.8 cm (not the 0.4 cm lesion size) -> 11401 on the leg; "
                  "benign on path (dysplastic nevus, EX-3); simple closure included (EX-5).",
})

SCENARIOS.append({
    "id": "s8-postop-peds-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after arm excision (010 global); provider picked 99212 -> 99024",
    "date": "2025-10-09",
    "patient": ("Marchenko", "Zoe", "2011-07-30", "female"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Pilomatricoma, left upper arm (excised)", "D23.62", "Left upper arm"),
    ],
    "prior": [
        PRIOR("2025-09-30", "11402", "Excision pilomatricoma L upper arm", "L upper arm",
              note="1.1 cm lesion, 1 mm margins, excised diameter 1.3 cm; simple closure. Path: pilomatricoma."),
    ],
    "note": """Little Oaks Pediatric & Adolescent Dermatology
Folake Adeyemi, MD
Nurse visit with physician check

14 y/o F, 9 days s/p excision of pilomatricoma L upper arm (path benign, discussed with mom by phone 10/3).
No pain, no drainage, no fever.
Wound: well healed, no erythema, no dehiscence. 5 nylon sutures removed; Steri-Strips applied.
Scar care: silicone gel, sunscreen. No other concerns raised. Follow up as needed.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5 and conventions: routine post-op visit inside the 10-day global of the 9/30 excision (11402, "
                  "010) -> 99024, not a billable E/M.",
})

SCENARIOS.append({
    "id": "s8-bx-teen-incisional-shin-punch-forearm",
    "family": "biopsy", "shape": "note-only",
    "description": "Adolescent: incisional (wedge) biopsy of a shin nodule to fat + punch biopsy of a separate forearm papule -> 11106 + 11105",
    "date": "2025-10-14",
    "patient": ("Ruelas", "Dante", "2008-12-01", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 45,
    "conditions": [
        C("c1", "Tender nodules of shins, panniculitis suspected", "M79.89", "Left anterior shin", reason=True),
        C("c2", "Papular eruption of forearm, lichenoid", "L98.8", "Right volar forearm", reason=True),
    ],
    "note": """LITTLE OAKS PEDIATRIC & ADOLESCENT DERMATOLOGY
Ines Castellanos, MD

16 y/o M with 6 weeks of painful red lumps on both shins (recent strep pharyngitis in August) and a
separate itchy purple papular rash on the R forearm x 1 month. Mom present.

Exam:
- Both anterior shins: 5-6 warm, tender, erythematous subcutaneous nodules 1.5-3 cm; no ulceration.
- R volar forearm: cluster of flat-topped violaceous papules 2-4 mm with fine white scale.

Procedures (consent from mom, assent from patient; 1% lidocaine with epi):
1. L anterior shin nodule - INCISIONAL biopsy: 1.5 cm fusiform wedge with a scalpel down to and including
   subcutaneous fat (deep sample needed for panniculitis); skin closed with 4-0 nylon simple interrupted.
2. R volar forearm papule - 4 mm PUNCH biopsy; one 5-0 nylon suture.
Two separate specimens to pathology.

A/P:
1. Panniculitis, likely erythema nodosum post-strep - biopsy; ASO titer and CXR ordered by PCP already;
   NSAIDs and leg elevation.
2. Lichenoid eruption R forearm, r/o lichen planus - biopsy; triamcinolone 0.1% cream BID meanwhile.
Sutures out 10-14 days. Results call in 1 week.
""",
    "expected": E([L("11106"), L("11105")]),
    "coder_note": "BX-1/BX-2: incisional ranks highest -> 11106 primary; the punch biopsy of a different lesion takes "
                  "its own add-on -> 11105 (AOC allows 11105 with 11106). Simple closures are included in both.",
})

# ---------------------------------------------------------------------------------------------------------------
# Prairie Bend Skin Clinic (rural; Jordan Pike FNP-C, Rafael Santos PA-C)
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s8-shave-neck-no-size-plus-two-aks",
    "family": "shave", "shape": "note-only",
    "description": "Rural NP: shave removal of an irritated neck lesion with no size recorded (no shave line) + LN2 of 2 hand AKs (17000 + 17003)",
    "date": "2025-07-08",
    "patient": ("Halvey", "Ruby", "1963-02-25", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right lateral neck", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Dorsal hands", reason=True),
    ],
    "path": [
        {"text": "Skin, right neck, shave: irritated seborrheic keratosis, inflamed; base involved.",
         "site": "Right lateral neck", "date": "2025-07-11"},
    ],
    "note": """prairie bend skin clinic - progress note
jordan pike, FNP-C

62 yo f c/o a spot on r side of neck that catches on her necklace + shirt collar, bled 3x past month and
stays red and sore. also 2 rough spots on back of hands she wants frozen "like last time" (LN2 2023).
works as a cattle-sale clerk, lots of sun.

exam: r lat neck - raised crusted waxy papule w/ erythematous base, bleeding pinpoint at edge. dorsal hands
- 2 gritty scaly pink papules (R hand 1, L hand 1) c/w AK. rest of exposed skin: lentigines.

proc 1: shave removal r lat neck lesion. consent verbal/written. 1% lido w/ epi 1 mL. lesion shaved flush
w/ dermablade, hemostasis aluminum chloride, vaseline + bandaid. specimen to path (Great Plains Path).
proc 2: LN2 to 2 AKs dorsal hands, 2 FTC.

a/p:
- irritated SK vs ISK/SCC r neck - shaved, path pending
- AK x2 - LN2
- SPF/ hat / gloves when driving
f/u 6 mo or prn. will call w/ path.
""",
    "expected": E([L("17000"), L("17003")], topics=["missing-documentation"]),
    "coder_note": "SH-1 needs the lesion diameter; none is recorded anywhere for the neck shave -> no shave line, "
                  "missing-documentation (README 'Missing measurement'). DS-1: 2 AKs -> 17000 + 17003 x1.",
})

SCENARIOS.append({
    "id": "s8-rep-atv-lacerations-three-groups",
    "family": "repair", "shape": "free-text",
    "description": "Four lacerations after an ATV fall: simple forehead 2.0 + chin 1.5 (12013), layered forearm 3.0 (12032), layered hand 2.0 (12041)",
    "date": "2025-07-05",
    "patient": ("Wentworth", "Colby", "1999-06-06", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 75,
    "conditions": [
        C("c1", "Laceration without foreign body of forehead and chin", "S01.81XA", "Forehead; chin", reason=True),
        C("c2", "Laceration without foreign body of left forearm", "S51.812A", "Left volar forearm", reason=True),
        C("c3", "Laceration without foreign body of left hand", "S61.412A", "Left dorsal hand", reason=True),
        C("c4", "Driver of off-road vehicle injured in nontraffic accident", "V86.59XA"),
    ],
    "procedures": [
        P("Lac repair, simple", site="Forehead",
          note="2.0 cm, superficial, single layer 6-0 nylon interrupted.", reasons=["c1"]),
        P("Lac repair, simple", site="Chin",
          note="1.5 cm, single layer 5-0 nylon.", reasons=["c1"]),
        P("Lac repair, layered", site="L volar forearm",
          note="3.0 cm, through dermis into subcutaneous fat; 4-0 Vicryl deep, 4-0 nylon skin. Irrigated 250 mL; "
               "no tendon involvement, full flexion intact.", reasons=["c2"]),
        P("Lac repair, layered", site="L dorsal hand",
          note="2.0 cm over 3rd metacarpal; 5-0 Vicryl deep, 5-0 nylon. Extensor function intact.",
          reasons=["c3"]),
    ],
    "note": """Prairie Bend Skin Clinic (walk-in, Saturday clinic) - J. Pike FNP-C
26M, laid an ATV over on gravel 2 h ago, helmet on, no LOC, no neck pain, ambulatory. Tetanus: Tdap 2022 per
state registry - not due. 4 lacerations, cleaned and repaired (see procedure entries). No foreign bodies on
exploration. Road rash on L shoulder cleaned, dressed (no repair).
Suture removal: face 5 days, forearm/hand 10-12 days. Wound care + infection signs reviewed. Ibuprofen prn.
""",
    "expected": E([L("12013"), L("12032"), L("12041")]),
    "coder_note": "REP-1/REP-2: sum by complexity and site group. Simple face (forehead 2.0 + chin 1.5 = 3.5 cm) -> "
                  "12013. Intermediate extremity (forearm 3.0 cm) -> 12032. Intermediate hand (2.0 cm) is a different "
                  "group -> 12041. No PTP edits among them. Tdap not given.",
})

SCENARIOS.append({
    "id": "s8-id-axilla-abscess-loculated-sent-simple",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Loculated 4 cm axillary abscess, loculations broken and packed; EMA sent 10060 -> 10061",
    "date": "2025-10-16",
    "patient": ("Koenig", "Brandi", "1992-12-05", "female"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
        C("c2", "Hidradenitis suppurativa", "L73.2", "Axillae"),
    ],
    "procedures": [
        P("I&D abscess", cpt="10060", site="R axilla",
          note="4 cm fluctuant abscess; 1.5 cm incision; multiple loculations broken up with hemostat; "
               "irrigated; packed with 1/4 in iodoform gauze (~20 cm)", reasons=["c1"]),
    ],
    "note": """Prairie Bend Skin Clinic
Jordan Pike, FNP-C

32 yo F w/ known hidradenitis (Hurley I, axillae), now 5 days of a very painful swelling in the R armpit,
low-grade temp 100.1 at home. On no HS meds currently (stopped doxy in spring).
Exam: R axilla 4 x 3.5 cm tender fluctuant abscess, surrounding erythema 6 cm. No lymphangitic streaking.

Procedure: I&D R axillary abscess - complicated. Consent. Lidocaine 1% w/ epi 5 mL field block. 1.5 cm
incision, ~8 mL purulent drainage. Multiple loculations encountered and broken with a curved hemostat.
Copious irrigation. Packed with 1/4" iodoform. Culture sent. Bulky dressing.

Plan: doxycycline 100 mg BID x 10 days; packing removal/advance in 48 h (RN visit). Discussed HS long-term
options (clindamycin/benzoyl peroxide wash, adalimumab if progresses) - to revisit at follow-up.
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "4.8 table: I&D simple vs complicated - loculations broken and packing placed = complicated -> 10061, "
                  "not 10060. No E/M selected.",
})

SCENARIOS.append({
    "id": "s8-paring-three-calluses-pa",
    "family": "paring", "shape": "free-text",
    "description": "Paring of three plantar calluses -> 11056 (2-4 lesions)",
    "date": "2025-09-18",
    "patient": ("Tillery", "Vernon", "1967-06-09", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring of calluses", site="R plantar 1st MTP head, R plantar 5th MTP head, L plantar heel",
          note="3 painful hyperkeratotic lesions pared with #15 blade until pinpoint pliable skin; no "
               "bleeding. No wart on paring (no capillaries).", reasons=["c1"]),
    ],
    "note": """Prairie Bend Skin Clinic - Rafael Santos, PA-C
58M welder on concrete all day, painful calluses both feet despite cushioned insoles. Not diabetic, no PAD.
3 calluses pared today (procedure entry). Urea 40% cream nightly; pumice; referral to podiatry for
orthotics offered - he will think about it. RTC 3 months prn.
""",
    "expected": E([L("11056")]),
    "coder_note": "4.8 table: paring of benign hyperkeratotic lesions by count - 3 lesions -> 11056 (2-4).",
})

SCENARIOS.append({
    "id": "s8-paring-five-corns-calluses-words",
    "family": "paring", "shape": "note-only",
    "description": "Paring of two corns and three calluses (counts in words) -> 11057",
    "date": "2025-12-04",
    "patient": ("Plumley", "Odessa", "1958-01-15", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Both feet", reason=True),
    ],
    "note": """PRAIRIE BEND SKIN CLINIC
Provider: Rafael Santos, PA-C

S: 67 y/o F with painful corns and calluses on both feet, making it hard to walk to the mailbox. Last paring
4 months ago. Wears narrow work shoes at the diner. Not diabetic; no neuropathy; no history of foot ulcers.

O: Two hard corns on the dorsolateral fifth toes (one each foot) over the PIP joints. Three plantar calluses:
left second metatarsal head, right second metatarsal head, right heel. No warts, no ulceration, pulses
palpable.

Procedure: sharp paring of all five hyperkeratotic lesions (the two corns and the three calluses) with a
#15 blade; central cores of the corns enucleated. Tolerated well, no bleeding.

A/P: Corns and callosities, symptomatic - pared. Toe sleeves (silicone) for the fifth toes; wider toe
box shoes; 40% urea cream. Return 3-4 months.
""",
    "expected": E([L("11057")]),
    "coder_note": "4.8 table: 5 lesions pared -> 11057 (more than 4), one unit.",
})

SCENARIOS.append({
    "id": "s8-nails-avulsion-left-hallux-and-second-toe",
    "family": "nails", "shape": "note-only",
    "description": "Trauma: avulsion of left great toenail and left second toenail -> 11730-TA + 11732-T1",
    "date": "2025-07-15",
    "patient": ("Ostrowski", "Craig", "1975-04-02", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Contusion of left great toe with damage to nail", "S90.212A", "Left great toe", reason=True),
        C("c2", "Contusion of left lesser toe with damage to nail", "S90.222A", "Left second toe", reason=True),
    ],
    "note": """Prairie Bend Skin Clinic - Rafael Santos, PA-C - acute visit

50M dropped a 45-lb plate on his L foot at the gym yesterday. Throbbing pain L great toe and 2nd toe.
Xray at the critical access hospital last night: no fracture (report reviewed).

Exam: L great toe - subungual hematoma >50% of the nail, nail plate lifted and loose at the lateral and
distal edges. L 2nd toe - nail plate partially detached, hanging by the proximal fold. Cap refill brisk.
R foot normal.

Procedure: Digital blocks (2% plain lidocaine, 3 mL each toe). Complete avulsion of the L great toenail
with freer elevator and hemostat; nail bed inspected - small 3 mm superficial nail-bed laceration, did not
require repair. Then complete avulsion of the L second toenail. Xeroform + bulky dressing.

Plan: soak BID from tomorrow, petrolatum + bandage until nail bed dry; hard-sole shoe 1 week. Ibuprofen.
New nails expected in 9-12 months. RTC 1 week or sooner if infection.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")]),
    "coder_note": "4.8 table: 11730 first nail avulsion + 11732 each additional. Conventions: digit modifiers on nail "
                  "codes - TA left great toe, T1 left second toe.",
})

SCENARIOS.append({
    "id": "s8-nails-matrixectomy-with-avulsion-same-toe",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial nail avulsion + phenol matrixectomy of the same right great toe border sent as 11730 + 11750 -> 11750-T5 only",
    "date": "2025-11-13",
    "patient": ("Yazzie", "Kendra", "2001-09-09", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, lateral border", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", cpt="11730", site="R great toe", note="Partial, lateral border", reasons=["c1"]),
        P("Matrixectomy", cpt="11750", site="R great toe, lateral border",
          note="Phenol 89% x3 applications 30 s", reasons=["c1"]),
    ],
    "note": """prairie bend skin clinic
j pike FNP-C

24 yo f, 3rd recurrence of ingrown R great toenail lateral border in a year, now w/ granulation tissue +
drainage. Has had 2 simple wedge removals at another clinic. wants permanent fix.

exam: R hallux lateral nail fold erythematous, hypergranulation, mild purulence. no ascending cellulitis.

proc: R great toe - digital block 2% plain lido 3 mL, tourniquet. Lateral 1/4 of nail plate freed and
split to the proximal fold, removed. Phenol matrixectomy of the lateral matrix horn x3 30-sec applications,
alcohol flush. Granulation tissue curetted. Tourniquet off, dressing. same toe, same border only.

plan: soaks BID, neosporin/bandaid, mupirocin not needed. no abx. recheck 2 wks. expect drainage 2-4 wks.
""",
    "expected": E([L("11750", 1, "T5")], topics=["ncci"]),
    "coder_note": "4.8 table: permanent partial nail and matrix removal = 11750; the partial avulsion of the same nail "
                  "border is part of it - 11750/11730 is PTP indicator 1 and there is no separate nail, so 11730 is "
                  "removed (ncci). T5 = right great toe.",
})

# ---------------------------------------------------------------------------------------------------------------
# Aurelia Dermatology & Aesthetics (cosmetic-leaning practice that also bills medical visits)
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s8-exb-back-cyst-recurrent-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed epidermoid cyst upper back: 2.0 cm + 2 x 0.1 cm = 2.2 cm (11403) with layered closure 5.0 cm (12032)",
    "date": "2025-09-09",
    "patient": ("Oduya", "Gemma", "1985-05-09", "female"),
    "provider": "marchetti", "payer": "commercial-cigna", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "Upper back, midline", reason=True),
    ],
    "procedures": [
        P("Cyst excision", site="Upper back, midline (T2)",
          note="Cyst 2.0 cm greatest diameter (quiescent, 6 wks after last flare). Elliptical excision with a "
               "1 mm skin margin around the cyst/punctum; excised diameter 2.2 cm. Cyst removed with sac, "
               "scarred sac from prior rupture dissected free.", reasons=["c1"]),
        P("Layered closure", site="Upper back",
          note="5.0 cm. 3-0 Monocryl deep dermal + 4-0 nylon running. Dead space obliterated.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: epidermoid cyst with rupture and foreign-body giant "
                 "cell reaction, chronic inflammation.", "site": "Upper back", "date": "2025-09-12"},
    ],
    "note": """AURELIA DERMATOLOGY & AESTHETICS - Medical Dermatology
Luca Marchetti, MD

40F. Cyst between the shoulder blades x 4 years; three painful flares with redness and drainage in the past
year, two drained at urgent care (3/2025, 7/2025), one course of cephalexin. Painful when leaning back in the
car seat. Medical, symptomatic cyst - billed to insurance (not an aesthetic service).
Excised today when quiet, as planned. Procedures in entries. Pressure dressing, no lifting > 10 lb x 1 wk,
sutures out 14 d. Path to be reviewed at suture removal.
""",
    "expected": E([L("11403"), L("12032")]),
    "coder_note": "EX-1: 2.0 + 2 x 0.1 = 2.2 cm on the trunk -> 11403 (2.1-3.0); benign (epidermoid cyst). BSL-3: "
                  "recurrent inflammation and pain. EX-5: intermediate repair 5.0 cm trunk -> 12032.",
})

SCENARIOS.append({
    "id": "s8-shave-three-site-groups-symptomatic-nevi",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of three symptomatic lesions in three site groups: shoulder 0.7 (11301), neck 0.4 (11305), nasal sidewall 1.2 cm (11312)",
    "date": "2025-06-17",
    "patient": ("Castellane", "Nadia", "1979-03-03", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Melanocytic nevus, left shoulder, bleeding", "D22.62", "Left shoulder", reason=True),
        C("c2", "Melanocytic nevus, posterior neck, irritated", "D22.4", "Right posterior neck", reason=True),
        C("c3", "Neoplasm of unspecified behavior, left nasal sidewall", "D49.2", "Left nasal sidewall",
          reason=True),
    ],
    "procedures": [
        P("Shave removal", site="L shoulder (bra strap line)",
          note="0.7 cm raised brown papule, bled twice after strap friction; removed flush, AlCl3.",
          reasons=["c1"]),
        P("Shave removal", site="R posterior neck",
          note="0.4 cm papule, red and sore from necklace clasp rubbing; removed flush.", reasons=["c2"]),
        P("Shave removal", site="L nasal sidewall",
          note="1.2 cm skin-colored dome papule, enlarging over 6 months per patient photos, r/o BCC vs "
               "intradermal nevus; entire lesion removed by deep shave, electrocautery hemostasis.",
          reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Left shoulder: compound nevus, irritated. B. Right neck: intradermal nevus with "
                 "inflammation. C. Left nasal sidewall: intradermal nevus; no evidence of malignancy.",
         "site": "Left shoulder; right neck; left nasal sidewall", "date": "2025-06-20"},
    ],
    "note": """Aurelia Dermatology & Aesthetics - medical visit
Henrietta Voss, MD
46F with 3 symptomatic lesions (bleeding, irritation, growth) - medical removal, insurance billed.
She also asked about laser for sun spots on the hands: quoted, not done today.
Consent, lidocaine w/ epi, three shave removals per procedure entries, all sent to dermpath.
Wound care: petrolatum, bandage daily until healed.
""",
    "expected": E([L("11301"), L("11305"), L("11312")]),
    "coder_note": "SH-1: one shave code per lesion by site group and diameter: shoulder TAL 0.7 -> 11301; neck SNHFG 0.4 "
                  "-> 11305; nose FEENLM 1.2 -> 11312. Symptoms (bleeding, inflammation, enlargement) make them "
                  "medical; laser not done.",
})

SCENARIOS.append({
    "id": "s8-il-chest-keloids-kenalog40-units",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 3 itchy, painful chest keloids with Kenalog-40 1.5 mL (60 mg); EMA sent J3301 x1 -> 11900 + J3301 x6",
    "date": "2025-08-12",
    "patient": ("Delacroix-Hale", "Marcus", "1990-07-21", "male"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, presternal chest, symptomatic", "L91.0", "Presternal chest", reason=True),
    ],
    "procedures": [
        P("IL injection 1-7 lesions", cpt="11900", site="Presternal chest", note="3 keloids", reasons=["c1"]),
        P("Triamcinolone acetonide", cpt="J3301", site="Presternal chest",
          note="Kenalog-40, 1.5 mL total. Units: 1", reasons=["c1"]),
    ],
    "note": """AURELIA DERMATOLOGY & AESTHETICS
Henrietta Voss, MD - medical visit

35M with keloids on the presternal chest after acne in his 20s; 3 keloids (2.5 cm, 1.8 cm, 1.2 cm) that
itch constantly and hurt when his seatbelt rubs. Treatment #2 (first was 6 weeks ago with good softening).
Exam: firm, raised pink-violaceous keloids x3, softer than last visit, mild telangiectasia.
Procedure: intralesional triamcinolone acetonide 40 mg/mL (Kenalog-40), 1.5 mL total = 60 mg, divided
among the 3 keloids (0.7 / 0.5 / 0.3 mL) with a 27G needle on a Luer-lock syringe.
Plan: repeat in 6 weeks. Silicone sheeting nightly. Discussed 5-FU combination if plateau.
""",
    "expected": E([L("11900"), L("J3301", 6)], topics=["coding-correction"]),
    "coder_note": "J3301 is per 10 mg: 1.5 mL x 40 mg/mL = 60 mg -> 6 units (MUE 16), not 1. 3 lesions -> 11900. "
                  "Symptomatic keloids (itch, pain) are medical.",
})

SCENARIOS.append({
    "id": "s8-tags-cosmetic-self-pay-with-ak-ln2",
    "family": "skin-tags", "shape": "note-only",
    "description": "Commercial: LN2 of 4 facial AKs billed; 15 asymptomatic neck/axillary tags removed at patient request as cosmetic self-pay -> tag line removed",
    "date": "2025-06-24",
    "patient": ("Featherstone", "Diane", "1964-05-27", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face", reason=True),
        C("c2", "Acrochordons, neck and axillae", "L91.8", "Neck; bilateral axillae"),
        C("c3", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "note": """AURELIA DERMATOLOGY & AESTHETICS
Luca Marchetti, MD

CC: "rough spots on my face" + wants her skin tags taken off before her daughter's wedding.

HPI: 61F, fair skin. Scaly spots on the forehead and cheeks that come and go, sometimes sting.
Skin tags on neck and underarms for years; they do not itch, bleed, or get irritated - "I just don't like how
they look in photos."

EXAM: Forehead x2, L cheek x1, R temple x1: gritty erythematous scaly papules - AK (4).
Neck and axillae: 15 soft pedunculated 1-3 mm skin-colored papules, no inflammation, no crust.

PROCEDURES:
1) Liquid nitrogen cryotherapy to 4 AKs on the face, 2 freeze-thaw cycles.
2) Snip removal of 15 skin tags (neck 9, R axilla 3, L axilla 3) with curved iris scissors, AlCl3 for
   hemostasis. COSMETIC - not medically necessary. Patient signed the Aurelia cosmetic services waiver and
   paid the aesthetic fee ($150) at check-out; not to be billed to insurance.

A/P:
1. AKs x4 - treated. Sunscreen daily; reassess in 6 months, consider field therapy if more.
2. Acrochordons, asymptomatic - cosmetic removal, self-pay.
""",
    "expected": E([L("17000"), L("17003", 3)], topics=["cosmetic"]),
    "coder_note": "DS-1: 4 AKs -> 17000 + 17003 x3. BSL-2/COS-2: asymptomatic tags removed for appearance; commercial "
                  "payer -> the tag line is not put on the claim (conventions 'Non-Medicare cosmetic services'), "
                  "cosmetic finding.",
})

SCENARIOS.append({
    "id": "s8-tags-medicare-22-cosmetic-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "Medicare FFS: 22 asymptomatic tags removed for appearance with a voluntary ABN: 11200-GX-GY + 11201-GX-GY",
    "date": "2025-10-30",
    "patient": ("Salisbury", "Bernard", "1948-08-31", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae", "L91.8", "Neck; axillae", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Skin tag removal (snip)", site="Neck x14, axillae x8",
          note="22 skin tags, asymptomatic (no bleeding, irritation, inflammation). Removed for appearance at "
               "patient request. Voluntary ABN (cosmetic / not a Medicare benefit) reviewed and signed before "
               "the procedure.", reasons=["c1"]),
    ],
    "note": """Aurelia Dermatology & Aesthetics - Luca Marchetti, MD
77M requests removal of neck and underarm skin tags "to clean things up". No symptoms. Explained Medicare
does not cover cosmetic removal; he signed the voluntary advance notice and understands he will be
responsible. 22 tags removed with scissors (14 neck, 8 axillae), hemostasis AlCl3. No specimens sent.
""",
    "expected": E([L("11200", 1, "GY", "GX"), L("11201", 1, "GY", "GX")], topics=["cosmetic"]),
    "coder_note": "4.8 table/conventions: 22 tags -> 11200 (first 15) + 11201 x ceil(7/10) = 1. COS-4: cosmetic = "
                  "statutorily excluded on Medicare FFS -> GY, plus GX because a voluntary ABN was documented.",
})

SCENARIOS.append({
    "id": "s8-cos-glabellar-toxin-plus-cyst-id",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cosmetic botulinum toxin to glabellar lines (self-pay, not billed) + I&D of an inflamed fluctuant jawline cyst (10060)",
    "date": "2025-09-25",
    "patient": ("Moreau", "Celeste", "1981-11-14", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Inflamed epidermal cyst, right jawline", "L72.0", "Right jawline", reason=True),
        C("c2", "Encounter for cosmetic surgery (glabellar rhytids)", "Z41.1"),
    ],
    "note": """AURELIA DERMATOLOGY & AESTHETICS
Henrietta Voss, MD

Visit: scheduled neuromodulator appointment + acute add-on complaint.

1) AESTHETIC - glabellar lines. 44F, last treatment 4 months ago. Photos taken. Onabotulinumtoxin A
   20 units to the glabellar complex (procerus 4 u, corrugators 4 u x2 sites each side). Patient-paid
   aesthetic service per Aurelia price list; no insurance claim.

2) MEDICAL - "the bump on my jaw got huge and hurts". R jawline cyst known for 2 years, now red, hot,
   fluctuant for 3 days. Exam: 1.8 cm fluctuant erythematous tender nodule R mandibular border with
   pointing. Procedure: incision and drainage. Verbal consent. 1% lidocaine w/ epi 1 mL. 4 mm incision with
   #11 blade, cheesy keratinous material and pus expressed, cavity gently probed and irrigated, no packing.
   Culture not sent. Dressing.
   Plan: warm compresses, recheck 2 weeks; excise the cyst wall once quiet (3 months) - not today.

Insurance: bill the I&D only.
""",
    "expected": E([L("10060")], topics=["cosmetic"]),
    "coder_note": "COS-2 and conventions: cosmetic toxin for rhytids on a commercial plan is not put on the claim "
                  "(cosmetic finding). The inflamed, fluctuant cyst drained -> 10060 (simple, single, no packing). "
                  "Cyst excision only planned.",
})

SCENARIOS.append({
    "id": "s8-cos-sk-ln2-appearance-medicare-gy",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicare FFS (name-only coverage): LN2 of 6 asymptomatic SKs for appearance, no ABN: 17110 -> 17110-GY",
    "date": "2025-11-11",
    "patient": ("Gatling", "Florence", "1946-03-05", "female"),
    "provider": "marchetti", "payer": "medicare-noname", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face and chest", "L82.1", "Face; upper chest", reason=True),
    ],
    "procedures": [
        P("LN2 benign lesions", cpt="17110", site="Face / upper chest", note="6 SKs, 1 FTC each",
          reasons=["c1"]),
    ],
    "note": """AURELIA DERMATOLOGY & AESTHETICS
Luca Marchetti, MD

79F. Wants the "brown crusty spots" on her cheeks and chest gone - "they make me look old". None itch,
bleed, hurt or have changed; she has had them for years. No history of skin cancer.
Exam: 6 stuck-on tan-brown waxy papules (cheeks 3, upper chest 3), dermoscopy with milia-like cysts and
comedo-like openings - classic SKs. No inflammation.
Counseled: benign, treatment is cosmetic and not covered by Medicare. She asked to go ahead today.
No ABN signed.
LN2 to 6 SKs, 1 freeze-thaw cycle each.
""",
    "expected": E([L("17110", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "BSL-2/BSL-5, COS-2: L82.1 SKs with no BSL-3 reason -> cosmetic, statutorily excluded. Medicare FFS "
                  "-> GY; no voluntary ABN, so no GX (COS-4, conventions).",
})

SCENARIOS.append({
    "id": "s8-cos-glycolic-peel-medicare-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "Medicare FFS: superficial 30% glycolic acid full-face peel for photoaging, no ABN -> 15788-GY",
    "date": "2026-01-08",
    "patient": ("Keswick", "Marjorie", "1952-09-13", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Photoaging / dyschromia of face", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Superficial chemical peel - face", site="Full face",
          note="Degreased with acetone; 30% glycolic acid applied for 3 min, neutralized; epidermal-level "
               "peel, no frosting. For photoaging, fine lines and mottled pigmentation (cosmetic).",
          reasons=["c1"]),
    ],
    "note": """Aurelia Dermatology & Aesthetics - Henrietta Voss, MD
73F wants "fresher skin" before a cruise: fine lines, mottled brown pigment. No AKs on exam, no active
dermatoses. Cosmetic indication only. She asked that we submit the claim to Medicare anyway ("my
supplement might pay"); told it will be denied as cosmetic. No advance notice form used.
Superficial glycolic peel as per entry. Mineral sunscreen applied. Post-peel care sheet.
""",
    "expected": E([L("15788", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/BPM16: chemical peel for photoaging is cosmetic. Facial epidermal (superficial) peel -> 15788. "
                  "Medicare FFS statutory exclusion -> GY; no voluntary ABN -> no GX.",
})
