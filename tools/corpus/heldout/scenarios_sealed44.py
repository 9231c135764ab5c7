"""Sealed set 44 (s44-): Mohs and dermatologic-surgery private practice, billing-manager QA set.

Practice: Harbor Point Dermatologic & Mohs Surgery. Mohs surgeons (weiss, lindgren) export their operative
reports from the MohsTrac mapping application into the EHR (roman-numeral layer tables, tissue pieces per layer,
map legends, frozen-section lines, reconstruction paragraphs); the same surgeons and their partners (abernathy,
santos) also run general dermatology days. Payers: Medicare FFS, Medicare Advantage, commercial.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ------------------------------------------------------------------------------------------------ batch 1

SCENARIOS.append({
    "id": "s44-mohs-helix-scc-six-pieces-complex-rim",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs right helical rim SCC, Layer I 6 tissue pieces + Layer II 2; complex rim repair 3.4 cm; Medicare FFS",
    "date": "2025-11-04",
    "patient": ("Tremblay", "Gaston", "1941-08-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 165,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, right helical rim", "C44.222", "Right helix",
          reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Mohs Operative Report (MohsTrac export)",
    "note": """HARBOR POINT DERMATOLOGIC & MOHS SURGERY
---- MohsTrac 4.2 :: case export HP-25-2291 ----
Patient: TREMBLAY, GASTON   DOB 08/19/1941   DOS 11/04/2025
Mohs surgeon (surgeon + reading pathologist): Samuel Weiss, MD
Referral: Dr. P. Lacasse (PCP). Outside biopsy 10/09/2025, Bayview Dermpath BV25-40712:
  "invasive squamous cell carcinoma, well differentiated, transected at base."

TUMOR 1 | R helical rim, mid-helix | primary SCC | AUC area H
Pre-op lesion: 1.1 x 0.9 cm keratotic nodule on the rim

 LAYER | TISSUE PIECES | MAP RESULT
 I     | 6  (1..6)     | + piece 3 (deep, superficial dermis at perichondrium)
 II    | 2  (7..8)     | clear
 Total: 2 layers / 8 pieces

 Frozen-section histology (H&E, en face, read by surgeon):
   L-I: nests of atypical keratinocytes with keratin pearls at deep edge of piece 3; pieces 1,2,4,5,6 clear.
   L-II: dermis and perichondrium free of tumor.
 Map legend: solid red = tumor on section; hatched = cleared; numerals = piece IDs, 12 o'clock = superior helix.

Post-op defect: 1.8 x 1.4 cm, through-and-through to cartilage on the rim, cartilage exposed.

RECONSTRUCTION
Options discussed intra-op: second intention (notching of the rim likely), wedge resection, helical advancement
flap. Chosen: linear repair along the rim. Exposed cartilage trimmed 2 mm to allow tension-free closure,
free margin of the helical rim re-aligned, layered closure 5-0 Monocryl deep, 6-0 fast-gut running on skin.
Repair is a complex linear closure (helical rim free margin involvement, cartilage trimming).
Final repair length: 3.4 cm. No flap, no graft.

EBL < 5 mL. No complications. Pressure dressing, ice. Tylenol only.
PMH: BCC L forearm 2018 (ED&C, no recurrence). CAD, on clopidogrel - continued.
F/U 1 wk for wound check, 3 mo for skin check.

e-signed S. Weiss MD 11/04/2025 16:05
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13152")], dx={"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear = 17311; Layer II = 17312; Layer I had 6 pieces -> 1 block beyond 5 = 17315 x1. "
                  "REP-3 free-margin (helical rim) + cartilage trimming = complex; ear 3.4 cm -> 13152. MOHS-7.",
})

SCENARIOS.append({
    "id": "s44-mohs-two-tumours-cheek-forearm-xs",
    "family": "mohs", "shape": "free-text",
    "description": "Two Mohs tumours in a transplant patient: L cheek BCC 2 layers + R forearm SCC 1 layer; two intermediate closures in different repair groups",
    "date": "2025-10-21",
    "patient": ("Okonjo", "Bernadette", "1956-02-07", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 210,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left medial cheek", "C44.319", "Left medial cheek", reason=True),
        C("c2", "Squamous cell carcinoma, moderately differentiated, right dorsal forearm", "C44.622",
          "Right dorsal forearm", reason=True),
        C("c3", "Kidney transplant status", "Z94.0"),
    ],
    "procedures": [
        P("Mohs tumor A - layer I", site="Left medial cheek",
          note="3 tissue sections. Map: BCC at 6-8 o'clock periphery (sections 2 and 3).", reasons=["c1"]),
        P("Mohs tumor A - layer II", site="Left medial cheek",
          note="2 tissue sections from 5-9 o'clock. Clear.", reasons=["c1"]),
        P("Layered closure, tumor A", site="Left medial cheek",
          note="Defect 1.3 x 1.1 cm to subcutaneous fat. Undermined, deep 4-0 Monocryl, 5-0 nylon cuticular. "
               "Intermediate closure, final length 3.1 cm.", reasons=["c1"]),
        P("Mohs tumor B - layer I", site="Right dorsal forearm",
          note="4 tissue sections. All clear on frozen sections.", reasons=["c2"]),
        P("Layered closure, tumor B", site="Right dorsal forearm",
          note="Defect 1.6 x 1.4 cm. Layered closure, 3-0 Vicryl deep, 4-0 Prolene running. Length 3.8 cm.",
          reasons=["c2"]),
    ],
    "note_title": "Mohs Surgery - Two Tumors",
    "note": """Harbor Point Dermatologic & Mohs Surgery
Surgeon/pathologist: Astrid Lindgren, MD                      DOS 10/21/2025

69 y/o F, deceased-donor kidney transplant 2014 on tacrolimus + mycophenolate. Two biopsy-proven tumors
(our office 09/30/2025: A = nodular BCC L medial cheek; B = SCC, moderately differentiated, R dorsal
forearm). Immunosuppression makes both appropriate for Mohs (AUC). Consent for both sites.

TUMOR A  L medial cheek  (pre-op 0.8 x 0.7 cm)
  Layer I   3 sections   + (2,3) at 6-8 o'clock
  Layer II  2 sections   clear
  Post-op defect 1.3 x 1.1 cm
  Repair: intermediate layered linear closure 3.1 cm.

TUMOR B  R dorsal forearm  (pre-op 1.0 x 0.9 cm)
  Layer I   4 sections   clear
  Post-op defect 1.6 x 1.4 cm
  Repair: intermediate layered linear closure 3.8 cm.

Frozen H&E sections read by me for both tumors. Nothing sent out.
Not done today: the scaly papule on the L hand she pointed out looks like an AK - will treat at her 3-month
visit if it persists. No cryotherapy today.
Transplant team letter to follow. RTC 1 week suture removal (forearm 14 days).
""",
    "expected": E([L("17311"), L("17312"), L("17313"), L("12052", 1, "XS"), L("12032")],
                  dx={"17311": ["C44.319"], "17313": ["C44.622"]}),
    "coder_note": "Cheek (head) 2 layers = 17311+17312; forearm 1 layer = 17313. Repairs in different groups are not "
                  "summed (REP-1): face 3.1 cm 12052, arm 3.8 cm 12032. PTP 12032/12052 is indicator 1 and the two "
                  "closures are different wounds -> XS on column-2 12052.",
})

SCENARIOS.append({
    "id": "s44-mohs-three-tumours-nose-scalp-lip",
    "family": "mohs", "shape": "note-only",
    "description": "Three head tumours on one day: nose 2 layers (granulate), scalp 1 layer of 7 pieces (intermediate 6.0 cm), upper lip 3 layers (complex vermilion repair 2.4 cm)",
    "date": "2026-01-13",
    "patient": ("Vanterpool", "Ambrose", "1938-12-02", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 280,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal dorsum", "C44.311", "Nasal dorsum", reason=True),
        C("c2", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True),
        C("c3", "Basal cell carcinoma, left upper cutaneous lip", "C44.01", "Left upper lip", reason=True),
    ],
    "note_title": "Mohs Micrographic Surgery - Operative Report",
    "note": """HARBOR POINT DERMATOLOGIC & MOHS SURGERY - MohsTrac case HP-26-0044
DOS 01/13/2026. Surgeon and pathologist for all layers: S. Weiss MD.
87M, three biopsy-proven tumors (all biopsied here 12/2025, path on file). Long day - patient tolerated well,
lunch break between tumor 2 and tumor 3.

=== TUMOR 1: nasal dorsum, nodular BCC (pre-op 0.6 x 0.5 cm) ===
 Layer I   : 2 blocks  | + block 1 at 10 o'clock
 Layer II  : 1 block   | clear
 Defect 0.9 x 0.8 cm, concave dorsum. Allowed to heal by second intention (patient preference). Not sutured.

=== TUMOR 2: vertex scalp, SCC well-diff (pre-op 2.4 x 2.0 cm) ===
 Layer I   : 7 blocks  | all clear
 Defect 3.0 x 2.7 cm to galea. Wide undermining in subgaleal plane, galeal 2-0 Vicryl, staples.
 Intermediate (layered) linear closure, length 6.0 cm.

=== TUMOR 3: L upper cutaneous lip, infiltrative BCC crossing onto the vermilion border (pre-op 0.7 cm) ===
 Layer I   : 3 blocks  | + blocks 2,3
 Layer II  : 2 blocks  | + block 2 (deep)
 Layer III : 1 block   | clear
 Defect 1.2 x 1.0 cm involving the vermilion border. Vermilion border precisely re-aligned (free margin),
 orbicularis re-approximated, layered closure. Complex repair, final length 2.4 cm.

Frozen sections all H&E, horizontal, in-house. No specimens to outside lab.
Map legend (all tumors): red = tumor, blue hatch = clear margin, 12:00 = superior.
Totals: tumor 1 - 2 layers/3 blocks; tumor 2 - 1 layer/7 blocks; tumor 3 - 3 layers/6 blocks.

Plan: staples out 10 d, lip sutures 6 d. If the dorsum heals with contour deficit we may consider revision
later (not planned). F/u 4 wks.
""",
    "expected": E([L("17311", 3), L("17312", 3), L("17315", 2), L("12032"), L("13151")],
                  dx={"17311": ["C44.311"]}),
    "coder_note": "Three head tumours -> 17311 x3 (MUE 4); extra layers 1 (nose) + 2 (lip) = 17312 x3; scalp layer I "
                  "7 blocks -> 17315 x2. Scalp intermediate 6.0 cm = 12032 (scalp sits in the 12031 group); lip "
                  "vermilion border = complex 2.4 cm = 13151. Nose granulated: no repair line.",
})

SCENARIOS.append({
    "id": "s44-mohs-back-precoded-as-head-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Pre-coded 17311/17312 + 88305 for Mohs of an upper-back recurrent infiltrative BCC; correct family is 17313/17314 and Mohs frozen sections are not separately billed",
    "date": "2025-09-09",
    "patient": ("Haskins", "Lorraine", "1962-05-30", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 140,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, recurrent, left upper back", "C44.519", "Left upper back",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", cpt="17311", site="Left upper back", reasons=["c1"]),
        P("Mohs micrographic surgery, additional stage", cpt="17312", site="Left upper back", reasons=["c1"]),
        P("Surgical pathology, Mohs frozen sections", cpt="88305", site="Left upper back", reasons=["c1"],
          note="Frozen sections of Mohs layers I-II"),
        P("Repair, intermediate, trunk", cpt="12032", site="Left upper back", reasons=["c1"],
          note="Layered closure 7.0 cm"),
    ],
    "note_title": "Mohs Operative Note",
    "note": """Harbor Point Dermatologic & Mohs Surgery -- MohsTrac export
Surgeon/pathologist: Astrid Lindgren MD      DOS 09/09/2025
Indication: recurrent BCC L upper back (ED&C elsewhere 2022), biopsy 08/2025 = infiltrative BCC.
Clinical size 2.3 x 1.9 cm, scar-like plaque with poorly defined borders. Aggressive subtype + recurrence +
size >2 cm on trunk -> Mohs appropriate.

Layer I  | 4 tissue blocks | + blocks 2 and 4 (infiltrative strands, superficial fat)
Layer II | 3 tissue blocks | clear
Frozen sections: H&E en face, interpreted by the Mohs surgeon. All tissue processed in our Mohs lab; no
permanent sections and no separate specimen to dermatopathology.
Map legend: red = tumor, green = clear; piece numbers clockwise from 12.

Post-op defect 3.4 x 2.9 cm. Layered intermediate closure: undermining at the fascia, 3-0 Monocryl deep,
4-0 nylon running. Final length 7.0 cm. Dog-ears removed.
Uncomplicated. Suture removal 14 days.
""",
    "expected": E([L("17313"), L("17314"), L("12032")], topics=["coding-correction", "ncci"],
                  dx={"17313": ["C44.519"]}),
    "coder_note": "Trunk Mohs is 17313/+17314, not 17311/17312 (MOHS-2). 88305 on Mohs layers is bundled (MOHS-5; "
                  "PTP 17313/88305 ind 1, no separate specimen) -> removed. Intermediate repair 7.0 cm back = 12032.",
})

SCENARIOS.append({
    "id": "s44-mohs-sameday-punch-frozen-59",
    "family": "mohs", "shape": "free-text",
    "description": "Never-sampled R nasal sidewall papule: same-day punch biopsy read on frozen section as BCC, then Mohs 1 layer, granulation",
    "date": "2025-12-02",
    "patient": ("Delacroix", "Imelda", "1949-10-14", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal sidewall", "C44.311", "Right nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Diagnostic punch biopsy (2 mm) for frozen section", site="Right nasal sidewall", reasons=["c1"],
          note="No prior biopsy/pathology for this lesion. 2 mm punch, frozen in our lab, read by Dr. Abernathy "
               "as BCC before proceeding."),
        P("Frozen section, diagnostic biopsy specimen", site="Right nasal sidewall", reasons=["c1"],
          note="One block, H&E: basaloid nests with peripheral palisading = BCC."),
        P("Mohs layer I", site="Right nasal sidewall", reasons=["c1"],
          note="3 tissue pieces, all clear."),
        P("Wound left to granulate", site="Right nasal sidewall",
          note="Defect 0.9 x 0.8 cm. Second intention; no sutures."),
    ],
    "note_title": "Procedure Note - Diagnostic Frozen + Mohs",
    "note": """Harbor Point Derm & Mohs -- June Abernathy MD (Mohs surgeon / pathologist)
76F from out of state (visiting daughter), 0.6 cm pearly papule R nasal sidewall x 1 yr, never biopsied,
no pathology anywhere. She cannot return for a second visit. Plan agreed: diagnostic punch with frozen
section now; Mohs today only if carcinoma is confirmed on the frozen section.

Punch bx 2 mm -> frozen section, read by me: nodular BCC. Decision for Mohs made on that result.

MohsTrac summary
  Layer I   3 pieces   clear
  Pre-op 0.6 cm / post-op defect 0.9 x 0.8 cm
Repair: none - second intention (sidewall concavity). Vaseline, pressure dressing.
No other lesions treated. Discussed that permanent sections are not needed.
F/u with her home dermatologist in 6 wks.
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311")], dx={"17311": ["C44.311"]}),
    "coder_note": "README decision / MOHS-5(a): same-day diagnostic biopsy + frozen section of a never-sampled lesion "
                  "that decides Mohs -> biopsy code (punch 11104) and 88331 both with 59. One layer = 17311 only.",
})

SCENARIOS.append({
    "id": "s44-mohs-arm-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "note-only",
    "description": "Primary superficial BCC 0.7 cm left upper arm (AUC area L, inappropriate), Medicare FFS, ABN signed; Mohs 1 layer, granulation",
    "date": "2025-08-26",
    "patient": ("Pruitt", "Clement", "1952-04-03", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper arm", "C44.619", "Left upper arm", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """HARBOR POINT DERMATOLOGIC & MOHS SURGERY
Mohs surgeon/pathologist: Samuel Weiss MD     DOS 08/26/2025
Dx: superficial BCC, L upper arm (lateral deltoid), bx here 08/05/2025 - superficial multifocal type.
Pre-op 0.7 x 0.6 cm. Primary tumor. Not immunosuppressed, no radiation history, no genetic syndrome.

Counseling: for a small primary superficial BCC on the arm, ED&C, imiquimod or a standard excision are
the usual treatments, and Mohs does not meet the appropriate-use criteria here; Medicare is expected to
deny it as not reasonable and necessary. Patient (retired surgeon) still wants margin-controlled surgery.
ABN (CMS-R-131) explained, option 1 chosen, signed and scanned before the procedure.

MohsTrac:
  Layer I | 2 pieces | clear
  Frozen H&E read by me.
Post-op defect 1.1 x 1.0 cm - left to granulate (no closure). Petrolatum, bandage.
F/u PRN, skin check 6 mo.
""",
    "expected": E([L("17313", 1, "GA")], dx={"17313": ["C44.619"]}),
    "coder_note": "MOHSN-2 / README GA decision: small primary superficial BCC in area L fails AUC; Medicare FFS with "
                  "an ABN on file -> 17313-GA. Granulation: no repair.",
})

SCENARIOS.append({
    "id": "s44-mohs-new-patient-em-decision-only",
    "family": "mohs", "shape": "pre-coded",
    "description": "Pre-coded new-patient E/M 99203 with same-day Mohs of a biopsy-proven ala BCC; only work is the Mohs decision -> E/M removed",
    "date": "2025-07-15",
    "patient": ("Fairweather", "Oona", "1967-09-22", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 130, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal ala", "C44.311", "Right nasal ala", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, head/neck, first stage", cpt="17311", site="Right nasal ala", reasons=["c1"]),
        P("Mohs micrographic surgery, additional stage", cpt="17312", site="Right nasal ala", reasons=["c1"]),
        P("Intermediate repair, nose", cpt="12051", site="Right nasal ala", reasons=["c1"],
          note="Layered closure 2.2 cm"),
    ],
    "note_title": "New Patient Mohs Consultation and Surgery",
    "note": """Harbor Point Dermatologic & Mohs Surgery
New patient, referred by Dr. Mbeki for Mohs of a biopsy-proven BCC R nasal ala (outside path 06/2025:
nodular and micronodular BCC). Seen today for consult and same-day surgery.

Consult: 57F, otherwise healthy. Exam limited to the R ala: 0.5 cm pearly papule with biopsy scar.
Discussed Mohs vs excision vs radiation; patient chose Mohs, which we did today. No other complaints
raised, no other areas examined, no new medications.

MohsTrac export
 LAYER I    3 pieces  + piece 1 (micronodular nests, 2 o'clock)
 LAYER II   1 piece   clear
 Post-op defect 1.0 x 0.8 cm. Layered (intermediate) closure, 5-0 Monocryl deep, 6-0 Prolene, 2.2 cm.

RTC 1 week for suture removal.
""",
    "expected": E([L("17311"), L("17312"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "GS-3 / README: the only E/M work is the decision for a 000 procedure (Mohs); being new does not "
                  "by itself justify an E/M -> 99203 removed. Mohs 2 layers + nasal intermediate 2.2 cm = 12051.",
})

SCENARIOS.append({
    "id": "s44-mohs-temple-em25-psoriasis-flare",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R temple BCC (2 layers, intermediate 3.5 cm) plus separately documented psoriasis flare with new prescriptions -> 99214-25",
    "date": "2025-10-02",
    "patient": ("Ashcombe", "Winston", "1958-01-17", "male"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 150, "em": "99214",
    "conditions": [
        C("c1", "Basal cell carcinoma, right temple", "C44.319", "Right temple", reason=True),
        C("c2", "Psoriasis vulgaris, flare", "L40.0", "Elbows, knees, scalp", reason=True),
    ],
    "note_title": "Mohs Surgery + Office Visit",
    "note": """Harbor Point Dermatologic & Mohs Surgery -- June Abernathy, MD

PART A - MOHS (MohsTrac export)
 Tumor: R temple, nodular BCC, bx 09/11/2025 (our lab). Pre-op 0.9 x 0.8 cm.
 Layer I  - 3 tissue pieces - positive piece 2, 3 o'clock peripheral
 Layer II - 2 tissue pieces - negative
 Post-op defect 1.5 x 1.2 cm. Intermediate layered closure along RSTL, 5-0 Vicryl deep, 5-0 nylon.
 Final length 3.5 cm.
 Frozen H&E read by me (surgeon = pathologist).

PART B - SEPARATE PROBLEM (evaluated after the Mohs closure, separate from the surgical work)
 Pt reports 6-week flare of his plaque psoriasis after stopping topicals: new plaques elbows, knees, scalp,
 itching disrupting sleep. Exam: well-demarcated scaly plaques, approx 6% BSA, scalp involvement.
 No joint pain or dactylitis. Worsening chronic illness.
 Plan: clobetasol 0.05% solution to scalp bid x 2 wk (new Rx), calcipotriene-betamethasone foam to body
 plaques daily (new Rx). Reviewed steroid side effects. Discussed narrowband UVB vs biologic if not
 controlled in 8 wks - not starting today. Return 8 wks (psoriasis) and 1 wk (suture removal).
 Time on the psoriasis evaluation not counted with the surgery.
""",
    "expected": E([L("99214", 1, "25"), L("17311"), L("17312"), L("12052")],
                  dx={"17311": ["C44.319"], "99214": ["L40.0"]}),
    "coder_note": "GS-3: separately identifiable E/M (psoriasis exacerbation + prescription drug management = moderate "
                  "MDM) on the day of a 000 Mohs -> 99214-25. Temple = face group: intermediate 3.5 cm = 12052.",
})

SCENARIOS.append({
    "id": "s44-repair-dorsal-hand-rotation-flap-after-mohs",
    "family": "repair", "shape": "free-text",
    "description": "Mohs R dorsal hand SCC 2 layers, rotation flap 3.1 + 5.9 = 9.0 sq cm -> 14040 with Mohs",
    "date": "2025-11-18",
    "patient": ("Kowalczyk", "Teodor", "1944-06-09", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 185,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Mohs layer I", site="Right dorsal hand", reasons=["c1"],
          note="4 tissue pieces; SCC at piece 4 (ulnar edge)."),
        P("Mohs layer II", site="Right dorsal hand", reasons=["c1"], note="2 tissue pieces; clear."),
        P("Rotation flap reconstruction", site="Right dorsal hand", reasons=["c1"],
          note="Primary defect 3.1 sq cm; secondary defect 5.9 sq cm; total 9.0 sq cm. Flap rotated from the "
               "ulnar dorsum, 5-0 Monocryl / 5-0 nylon."),
    ],
    "note_title": "Mohs Surgery and Reconstruction",
    "note": """Harbor Point Dermatologic & Mohs Surgery
Surgeon / Mohs pathologist: Samuel Weiss MD                 DOS 11/18/2025
81M, R-hand dominant. SCC R dorsal hand (bx 10/28/2025 here: invasive SCC, moderately differentiated).
Hand = AUC area H.

MohsTrac map export
  Layer I   | 4 pieces | + piece 4 (ulnar edge, dermis)
  Layer II  | 2 pieces | clear
  pre-op 1.2 x 1.0 cm  ->  post-op defect 2.0 x 1.7 cm, extensor paratenon intact, tendon not exposed.

Reconstruction: linear closure would tether the extensor surface; graft would need a second site. Chose a
rotation flap from the ulnar dorsum. Measurements recorded: primary defect 3.1 sq cm, secondary defect
5.9 sq cm, total flap area 9.0 sq cm. Back-cut, undermined above the paratenon, inset in two layers.
EBL minimal. Bulky hand dressing, elevate. Return 1 week, sutures out 12-14 days.
""",
    "expected": E([L("17311"), L("17312"), L("14040")], dx={"17311": ["C44.622"]}),
    "coder_note": "Hand Mohs = 17311 (+17312). FLAP-1/FLAP-3: hands are in the 14040 group; 3.1 + 5.9 = 9.0 sq cm "
                  "(<=10) -> 14040, reported with Mohs (no PTP edit).",
})

SCENARIOS.append({
    "id": "s44-mohs-pretibial-sccis-three-layers",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs L pretibial SCC in situ 2.1 cm, three layers (5/2/1 pieces), intermediate 5.4 cm; Medicare (NGS)",
    "date": "2026-02-10",
    "patient": ("Gallagher", "Philippa", "1946-11-28", "female"),
    "provider": "lindgren", "payer": "medicare-ngs", "minutes": 160,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ (Bowen disease), left pretibial shin", "D04.72",
          "Left pretibial shin", reason=True),
    ],
    "note_title": "Mohs Operative Report",
    "note": """HARBOR POINT DERMATOLOGIC & MOHS SURGERY  ::  MohsTrac case HP-26-0197
Surgeon & pathologist: A. Lindgren MD   DOS 02/10/2026
Dx: SCC in situ, L pretibial shin, biopsy 01/2026 (our lab), ill-defined 2.1 x 1.6 cm plaque.
Pretibial = AUC area M; size > 1 cm and poorly defined borders. Venous stasis changes noted.

  LAYER   PIECES   MAP
  I       5        + pieces 2, 5
  II      2        + piece 1 (lateral)
  III     1        clear
 Frozen-section histology: full-thickness keratinocyte atypia without invasion in L-I and L-II positives.
 Map legend: X = residual SCCIS; open circle = clear.
Post-op defect 3.0 x 2.2 cm.

Repair: layered intermediate closure, 3-0 Monocryl deep, 4-0 Prolene running, final length 5.4 cm.
Compression wrap, leg elevation. Sutures out 14 days.
Pt asked about a wart on her R index finger - did not treat today, will address at follow-up.
""",
    "expected": E([L("17313"), L("17314", 2), L("12032")], dx={"17313": ["D04.72"]}),
    "coder_note": "Leg Mohs = 17313 + 17314 x2 (three layers, none over 5 pieces). Intermediate leg 5.4 cm = 12032. "
                  "Finger wart not treated: nothing coded.",
})

# ------------------------------------------------------------------------------------------------ batch 2

SCENARIOS.append({
    "id": "s44-repair-neck-precoded-intermediate-is-complex",
    "family": "repair", "shape": "pre-coded",
    "description": "Pre-coded 17311 + 17312 x1 + 12042 for a three-layer neck Mohs closed with a documented complex repair 6.0 cm in irradiated skin",
    "date": "2025-06-24",
    "patient": ("Lindholm", "Greer", "1959-03-15", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 175,
    "conditions": [
        C("c1", "Basal cell carcinoma, left lateral neck, in prior radiation field", "C44.41", "Left lateral neck",
          reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", cpt="17311", site="Left lateral neck", reasons=["c1"]),
        P("Mohs, each additional stage", cpt="17312", site="Left lateral neck", reasons=["c1"]),
        P("Repair intermediate neck", cpt="12042", site="Left lateral neck", reasons=["c1"],
          note="6.0 cm"),
    ],
    "note_title": "Mohs Surgery Operative Report",
    "note": """HARBOR POINT DERMATOLOGIC & MOHS SURGERY -- MohsTrac 4.2 export
June Abernathy, MD (surgeon and pathologist)      DOS 06/24/2025
66F, mantle-field radiation for Hodgkin lymphoma 1991. BCC L lateral neck in the radiated field
(bx 05/2025 here). Radiated skin -> Mohs appropriate regardless of size.

Layer table
  I    4 tissue blocks   + blocks 1,4
  II   3 tissue blocks   + block 2 (deep)
  III  2 tissue blocks   clear
Pre-op 1.4 x 1.1 cm; post-op defect 2.6 x 2.2 cm into subcutaneous fat.

Reconstruction: radiation-damaged, poorly vascularised wound edges were debrided sharply back to bleeding
dermis on both sides; extensive undermining; layered closure 4-0 Monocryl deep, 5-0 Prolene running
subcuticular. This is a complex repair (edge debridement + extensive undermining), final length 6.0 cm.
No flap.
Wound care handout; sutures out 10-12 days. Hyperbaric not needed.
""",
    "expected": E([L("17311"), L("17312", 2), L("13132")], topics=["coding-correction"],
                  dx={"17311": ["C44.41"]}),
    "coder_note": "Three layers -> 17312 x2, not x1. REP-3: debridement of wound edges + extensive undermining = "
                  "complex; neck is in the 13131-13133 group; 6.0 cm -> 13132 (replaces 12042).",
})

SCENARIOS.append({
    "id": "s44-mohs-lentigo-maligna-cheek-14041",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs L cheek lentigo maligna, layers 6/4/2 blocks (17315 x1), cheek rotation flap 14.5 sq cm",
    "date": "2025-12-16",
    "patient": ("Ostrowski", "Marguerite", "1950-07-01", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 240,
    "conditions": [
        C("c1", "Melanoma in situ, lentigo maligna type, left cheek", "D03.39", "Left cheek", reason=True),
    ],
    "note_title": "Mohs Micrographic Surgery (Melanoma in situ) - Operative Report",
    "note": """HARBOR POINT DERMATOLOGIC & MOHS SURGERY
MohsTrac case HP-25-2430   DOS 12/16/2025   Surgeon/pathologist: Samuel Weiss, MD
Dx: lentigo maligna (melanoma in situ), L malar cheek, broad shave bx 11/2025 (outside): MIS, LM type.
Clinically 1.6 x 1.3 cm ill-defined tan-brown patch (Wood's lamp outlined).

 Layer I     6 blocks    + blocks 3, 5, 6
 Layer II    4 blocks    + block 2
 Layer III   2 blocks    clear
 Frozen sections reviewed by me. Legend: shaded = atypical junctional melanocytes; blank = clear.
Post-op defect 3.1 x 2.6 cm on the malar cheek.

Reconstruction: cheek rotation flap from the lateral cheek/preauricular skin. Primary defect 6.3 sq cm,
secondary defect 8.2 sq cm, total 14.5 sq cm. Dog-ear at the jawline excised, layered 5-0 Monocryl,
6-0 Prolene. Drain not needed.
Pt tolerated well. Follow-up 1 wk. Full skin exam in 3 months (history of multiple BCCs on trunk).
""",
    "expected": E([L("17311"), L("17312", 2), L("17315"), L("14041")], dx={"17311": ["D03.39"]}),
    "coder_note": "Cheek = 17311; layers II-III = 17312 x2; layer I 6 blocks -> 17315 x1. FLAP-1: 6.3 + 8.2 = 14.5 "
                  "sq cm on the cheek -> 14041.",
})

SCENARIOS.append({
    "id": "s44-mixed-mohs-concha-plus-scalp-ak-cryo",
    "family": "mixed", "shape": "free-text",
    "description": "Mohs L conchal bowl BCC, 1 layer, granulation; plus LN2 to four scalp AKs; SK on back reassured only",
    "date": "2025-08-05",
    "patient": ("Marchant", "Desmond", "1948-02-21", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 95,
    "conditions": [
        C("c1", "Basal cell carcinoma, left conchal bowl", "C44.219", "Left concha", reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c3", "Seborrheic keratosis, back", "L82.1", "Back"),
    ],
    "procedures": [
        P("Mohs surgery layer I", site="Left conchal bowl", reasons=["c1"],
          note="3 pieces, clear. Defect 1.2 x 1.0 cm on cartilage perichondrium - second intention."),
        P("Cryotherapy actinic keratoses", site="Scalp", reasons=["c2"],
          note="Liquid nitrogen, 2 freeze-thaw cycles, four (4) AKs on the vertex and crown."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Harbor Point Dermatologic & Mohs Surgery - S. Weiss MD (Mohs surgeon, reads own frozens)
77M, BCC L conchal bowl (bx 07/2025 here, nodular). Ear = area H.
MohsTrac: Layer I, 3 pieces, all clear. Pre-op 0.7 cm; defect 1.2 x 1.0 cm, perichondrium intact.
Left to heal by second intention - concha granulates well; no repair.

While prepping the scalp he asked about rough spots: 4 hyperkeratotic AKs on the vertex/crown, treated
with LN2 (2 cycles each). He also pointed to a stuck-on brown papule on the upper back - clinically a
seborrheic keratosis, asymptomatic, reassured; not treated.
Wound care reviewed. F/u 6 weeks.
""",
    "expected": E([L("17311"), L("17000"), L("17003", 3)], dx={"17311": ["C44.219"], "17000": ["L57.0"]}),
    "coder_note": "One-layer ear Mohs = 17311; no repair. DS-1: 4 AKs = 17000 + 17003 x3; no PTP edit between "
                  "17311 and 17000/17003. SK only reassured; no E/M selected.",
})

SCENARIOS.append({
    "id": "s44-postop-flap-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 10 days after a nasal bilobed flap (090 global) sent as 99213 -> 99024",
    "date": "2025-06-13",
    "patient": ("Quigley", "Ferdinand", "1940-10-30", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 15, "em": "99213",
    "conditions": [
        C("c1", "Encounter for surgical aftercare following surgery on the skin", "Z48.817", "Nose", reason=True),
        C("c2", "Basal cell carcinoma of nose, excised by Mohs 06/03/2025", "C44.311", "Left nasal ala"),
    ],
    "prior": [PRIOR("2025-06-03", "14060", "Bilobed flap, left nasal ala, after Mohs", "Left nasal ala"),
              PRIOR("2025-06-03", "17311", "Mohs micrographic surgery, left nasal ala", "Left nasal ala")],
    "note_title": "Post-op Visit",
    "note": """Harbor Point Dermatologic & Mohs Surgery
Post-op check, day 10 after Mohs + bilobed flap L nasal ala (06/03/2025, Dr. Lindgren).
Pt doing well, minimal pain, no bleeding, no fever.
Exam: flap pink and viable, edges well apposed, no erythema or drainage, mild expected edema.
6-0 Prolene sutures removed without difficulty. Steri-strips applied.
Plan: massage scar from week 4, sunscreen. Next visit 6 wks.
No new concerns today.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: routine post-op visit inside the 090 global of 14060 -> 99024, not a billable E/M.",
})

SCENARIOS.append({
    "id": "s44-postop-unrelated-hand-dermatitis-24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 35 after a cheek advancement flap (090): unrelated allergic contact dermatitis of the hands evaluated and treated -> 99213-24",
    "date": "2025-10-07",
    "patient": ("Henriksen", "Dagny", "1955-12-12", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Both hands", reason=True),
    ],
    "prior": [PRIOR("2025-09-02", "14040", "Advancement flap, right cheek, after Mohs", "Right cheek"),
              PRIOR("2025-09-02", "17311", "Mohs micrographic surgery, right cheek", "Right cheek")],
    "note_title": "Office Visit",
    "note": """Harbor Point Dermatologic & Mohs Surgery -- Samuel Weiss, MD
CC: itchy rash on both hands x 10 days.
HPI: 69F, s/p Mohs + advancement flap R cheek 09/02/2025 (healing well per pt). Started a new job at a
garden centre 3 wks ago using rubber gloves; now vesicular, itchy dermatitis of dorsal hands and wrists.
Tried OTC hydrocortisone, no help.
Exam: hands - erythematous, vesicular, lichenified plaques dorsal hands/wrists sharply cut off at the glove
line. Face: R cheek flap well healed, no issues (not the reason for today's visit).
A/P: allergic contact dermatitis, likely rubber accelerators. New Rx triamcinolone 0.1% ointment bid x 2 wks.
Switch to nitrile gloves. Offered patch testing if recurrent. RTC 4 wks.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.9"]}),
    "coder_note": "GS-5: unrelated E/M inside the 90-day global of 14040 (09/02) -> modifier 24.",
})

SCENARIOS.append({
    "id": "s44-exm-reexcision-positive-margin-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of a positive-margin SCC on the R upper back 7 days after 11602 (010 global): scar 2.0 cm + 0.5 cm margins -> 11603-58",
    "date": "2025-05-13",
    "patient": ("Lowery", "Cyrus", "1953-08-08", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right upper back, positive margin on prior excision", "C44.529",
          "Right upper back", reason=True),
    ],
    "prior": [PRIOR("2025-05-06", "11602", "Excision malignant lesion, right upper back", "Right upper back",
                    "Path: invasive SCC, peripheral margin involved")],
    "procedures": [
        P("Re-excision for positive margin", site="Right upper back", reasons=["c1"],
          note="Scar 2.0 x 0.4 cm, 5 mm margins all around. Ellipse 5.5 cm long. Closed in a single layer "
               "with 3-0 nylon vertical mattress sutures; no deep layer."),
    ],
    "path": [{"text": "Skin, right upper back, re-excision: scar with no residual carcinoma. Margins free.",
              "site": "Right upper back"}],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatologic & Mohs Surgery - J. Abernathy MD
Re-excision, R upper back. Excision 05/06/2025 (SCC, lesion 1.2 cm, 4 mm margins) came back with tumor at the
peripheral margin at 3 o'clock. Planned return for wider excision - patient declined Mohs.
Today: healing scar 2.0 x 0.4 cm, sutures removed. Marked 5 mm margins around the entire scar
(excised diameter 3.0 cm). Excised to fat. Hemostasis with cautery.
Closure: simple single-layer, 3-0 nylon vertical mattress. Ellipse length 5.5 cm.
Specimen to pathology, oriented with suture at 12.
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.529"]}),
    "coder_note": "EX-4/GS-5: re-excision for positive margins within the 10-day global of 11602 -> malignant code "
                  "even with a negative specimen, modifier 58. 2.0 + 2 x 0.5 = 3.0 cm trunk -> 11603. Simple closure included.",
})

SCENARIOS.append({
    "id": "s44-postop-new-shoulder-lesion-biopsy-79",
    "family": "post-op", "shape": "note-only",
    "description": "Three weeks into a cheek flap global: tangential biopsy of a new changing R shoulder lesion -> 11102-79",
    "date": "2025-09-04",
    "patient": ("Szabo", "Ilona", "1961-04-25", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Dysplastic compound nevus with moderate atypia, right shoulder", "D22.61", "Right shoulder",
          reason=True),
    ],
    "prior": [PRIOR("2025-08-12", "14040", "Rotation flap, left cheek, after Mohs", "Left cheek"),
              PRIOR("2025-08-12", "17311", "Mohs micrographic surgery, left cheek", "Left cheek")],
    "path": [{"text": "Skin, right shoulder, shave biopsy: compound dysplastic nevus with moderate cytologic "
                      "atypia, extending to the peripheral margin.", "site": "Right shoulder"}],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatologic & Mohs Surgery - Astrid Lindgren MD
64F, came in specifically for a mole on the R shoulder that her husband says has darkened and grown over
2 months. (Her L cheek flap from 08/12 is on a separate post-op schedule; not examined today beyond a glance.)
Exam: 7 mm irregularly pigmented macule with a darker eccentric focus, R posterior shoulder.
Dermoscopy: atypical network, eccentric blotch.
Procedure: tangential (saucerization) biopsy with a flexible blade after lidocaine w/ epi; aluminum chloride
for hemostasis. Specimen to dermpath.
No E/M billed - biopsy only.
Path returned: dysplastic compound nevus, moderate atypia. Will re-excise only if she prefers; discussed by phone.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["D22.61"]}),
    "coder_note": "GS-5: an unrelated procedure (new lesion) during the 90-day global of the 08/12 flap -> 79 on the "
                  "biopsy. Moderately atypical nevus = D22.x (not D48.5: behaviour was established).",
})

SCENARIOS.append({
    "id": "s44-biopsy-wedge-punch-shave-hierarchy",
    "family": "biopsy", "shape": "free-text",
    "description": "Three biopsies with three techniques: incisional wedge thigh, 4 mm punch forearm, shave back -> 11106 + 11105 + 11103",
    "date": "2025-07-29",
    "patient": ("Moreau", "Anneliese", "1979-01-09", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Morphea, left thigh", "L94.0", "Left anterior thigh", reason=True),
        C("c2", "Granuloma annulare, right forearm", "L92.0", "Right forearm", reason=True),
        C("c3", "Superficial basal cell carcinoma, mid back", "C44.519", "Mid back", reason=True),
    ],
    "procedures": [
        P("Incisional (wedge) biopsy", site="Left anterior thigh", reasons=["c1"],
          note="Full-thickness fusiform wedge to subcutis with #15 blade through the edge of the indurated plaque; "
               "closed with 4-0 nylon simple interrupted."),
        P("Punch biopsy 4 mm", site="Right forearm", reasons=["c2"],
          note="4 mm punch of the annular border; 1 simple suture."),
        P("Shave biopsy", site="Mid back", reasons=["c3"],
          note="Tangential biopsy of 6 mm pink scaly papule with DermaBlade."),
    ],
    "path": [
        {"text": "A. Skin, left thigh, incisional biopsy: morphea (sclerotic dermis, perivascular plasma cells).",
         "site": "Left anterior thigh"},
        {"text": "B. Skin, right forearm, punch: granuloma annulare, interstitial pattern.", "site": "Right forearm"},
        {"text": "C. Skin, mid back, shave: superficial basal cell carcinoma.", "site": "Mid back"},
    ],
    "note_title": "Procedure Note - Biopsies",
    "note": """Harbor Point Dermatology (general clinic) - Rafael Santos MD
46F for biopsies planned at her visit last week.
1) L anterior thigh - 6 cm indurated shiny plaque: incisional wedge biopsy across the active edge, to fat.
2) R forearm - annular papules: 4 mm punch at the border.
3) Mid back - pink scaly 6 mm papule: shave (tangential) biopsy.
Consent, lidocaine w/ epi, hemostasis; sites dressed. Three specimens, separately labelled.
Results will be called in ~1 week.
""",
    "expected": E([L("11106"), L("11105"), L("11103")]),
    "coder_note": "BX-2: one primary for the highest technique (incisional 11106); the punch takes 11105 and the "
                  "tangential biopsy 11103.",
})

SCENARIOS.append({
    "id": "s44-biopsy-precoded-three-primaries",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Three tangential biopsies pre-coded as 11102 x3 -> 11102 + 11103 x2",
    "date": "2025-11-25",
    "patient": ("Whitcombe", "Harold", "1943-05-14", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
        C("c2", "Basal cell carcinoma, right cheek", "C44.319", "Right cheek", reason=True),
        C("c3", "Inflamed seborrheic keratosis, mid back", "L82.0", "Mid back", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", cpt="11102", site="Left dorsal forearm", reasons=["c1"]),
        P("Tangential biopsy", cpt="11102", site="Right cheek", reasons=["c2"]),
        P("Tangential biopsy", cpt="11102", site="Mid back", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. L forearm, shave: squamous cell carcinoma in situ.", "site": "Left dorsal forearm"},
        {"text": "B. R cheek, shave: basal cell carcinoma, nodular.", "site": "Right cheek"},
        {"text": "C. Mid back, shave: irritated seborrheic keratosis.", "site": "Mid back"},
    ],
    "note_title": "Biopsy Note",
    "note": """Harbor Point Dermatology - June Abernathy MD
82M with three new lesions. Tangential (shave) biopsies x 3 after 1% lidocaine w/ epi:
 A - L dorsal forearm, 1.0 cm scaly pink plaque
 B - R cheek, 5 mm pearly papule
 C - mid back, 9 mm crusted, itchy, inflamed keratotic papule (rule out SCC)
Hemostasis with Drysol. Vaseline + bandage. No other treatment today.
""",
    "expected": E([L("11102"), L("11103", 2)], topics=["coding-correction"]),
    "coder_note": "BX-2/BX-3: 11102 is reported once (MUE 1); the second and third tangential biopsies are 11103.",
})

SCENARIOS.append({
    "id": "s44-destruction-seventeen-ak-precoded-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "Seventeen AKs pre-coded as 17000 + 17003 x16 -> 17004",
    "date": "2026-01-20",
    "patient": ("Lachance", "Reginald", "1945-09-03", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead and hands", "L57.0", "Scalp, forehead, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional (16 units)", cpt="17003",
          site="Scalp, forehead, dorsal hands", reasons=["c1"], note="Qty 16"),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": """Harbor Point Dermatology - S. Weiss MD (general derm day)
80M, heavy actinic damage, history of SCC. Hypertrophic and thin AKs treated with LN2 (2 cycles):
  scalp ........ 9
  forehead ..... 5
  dorsal hands . 3
  total ........ 17 lesions
Post-care handout. Discussed field therapy (5-FU) for the scalp in spring - not prescribed today.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more AKs -> 17004 x1 instead of 17000/17003 (PTP 17004/17000 and /17003 ind 0).",
})

# ------------------------------------------------------------------------------------------------ batch 3

SCENARIOS.append({
    "id": "s44-destruction-six-ak-two-inflamed-sk-xs",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 6 facial AKs and 2 inflamed SKs on the back, pre-coded without modifiers -> 17110 + 17000-XS + 17003 x5-XS",
    "date": "2025-09-30",
    "patient": ("Ferreira", "Amalia", "1951-03-19", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face", "L57.0", "Face", reason=True),
        C("c2", "Inflamed seborrheic keratoses, back", "L82.0", "Upper back", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Left temple", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional (x5)", cpt="17003", site="Face", reasons=["c1"],
          note="Qty 5"),
        P("Destruction benign lesions, up to 14", cpt="17110", site="Upper back", reasons=["c2"],
          note="2 inflamed SKs"),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology - R. Santos MD
74F, follow-up of actinic damage.
Exam: six gritty erythematous scaly papules on the face (L temple x2, R cheek x2, nasal bridge, chin) - AKs.
Upper back: two seborrheic keratoses that are red, crusted and itchy, one with oozing where her bra strap
rubs - inflamed SKs. Other SKs on the trunk are quiet - not treated.
Procedure: liquid nitrogen cryotherapy
  - AKs, face: 6 lesions, 2 freeze-thaw cycles
  - inflamed SKs, upper back: 2 lesions, single cycle
Aftercare reviewed. RTC 6 months.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 5, "XS")]),
    "coder_note": "DS-1: 6 AKs = 17000 + 17003 x5. DS-2: 2 inflamed SKs (BSL-3 inflammation) = 17110. PTP 17110/17000 "
                  "and 17110/17003 are indicator 1 with different lesions -> XS on the column-2 AK codes.",
})

SCENARIOS.append({
    "id": "s44-destruction-edc-flank-bcc-shin-sccis",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven R flank superficial BCC (final defect 1.3 cm) and L shin SCCIS (final defect 0.9 cm) -> 17262 + 17261",
    "date": "2025-10-14",
    "patient": ("Nakagawa", "Harold", "1939-11-11", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right flank", "C44.519", "Right flank", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left shin", "D04.72", "Left shin", reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage x3 cycles", site="Right flank", reasons=["c1"],
          note="Clinical lesion 0.9 x 0.8 cm. After three cycles of curettage and electrodesiccation final defect "
               "measured 1.3 cm."),
        P("Electrodesiccation and curettage x3 cycles", site="Left shin", reasons=["c2"],
          note="Lesion 0.7 cm; final defect 0.9 cm."),
    ],
    "note_title": "ED&C Procedure Note",
    "note": """Harbor Point Dermatology - June Abernathy MD
86M, poor surgical candidate for excision of the leg (venous insufficiency), prefers ED&C for both.
Both lesions biopsied here 10/01/2025: R flank = superficial BCC; L shin = SCC in situ.
1) R flank: 0.9 x 0.8 cm pink plaque at bx scar. Curette + electrodesiccation x 3 cycles. Final defect 1.3 cm.
2) L shin: 0.7 cm scaly plaque. ED&C x 3. Final defect 0.9 cm.
No specimens sent (diagnoses already established). Wound care with petrolatum; leg dressing changes by
visiting nurse. Follow-up 3 months.
""",
    "expected": E([L("17262"), L("17261")], dx={"17262": ["C44.519"], "17261": ["D04.72"]}),
    "coder_note": "DS-4: malignant destruction by site (both TAL) and final curettage defect: 1.3 cm -> 17262; "
                  "0.9 cm -> 17261. Clinical lesion sizes are not the measure.",
})

SCENARIOS.append({
    "id": "s44-mixed-aks-uncounted-plus-forearm-biopsy",
    "family": "mixed", "shape": "note-only",
    "description": "LN2 to 'multiple' scalp/ear AKs with no count documented + one tangential biopsy L forearm -> biopsy only, missing documentation",
    "date": "2025-12-09",
    "patient": ("Pemberton", "Archibald", "1947-07-27", "male"),
    "provider": "lindgren", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and ears", "L57.0", "Scalp, both ears", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
    ],
    "path": [{"text": "Skin, left dorsal forearm, shave biopsy: squamous cell carcinoma in situ, extending to base.",
              "site": "Left dorsal forearm"}],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology (general clinic) - A. Lindgren MD
78M, 3-month AK check.
Scalp and both helices: multiple rough erythematous papules consistent with AKs - treated with liquid
nitrogen, 2 cycles each.
L dorsal forearm: 1.1 cm thick scaly pink plaque, more indurated than his usual AKs - tangential biopsy
(DermaBlade), hemostasis with AlCl3. Specimen to path, r/o SCC.
Plan: call with results; if SCC, schedule ED&C vs excision.
""",
    "expected": E([L("11102")], topics=["missing-documentation"], dx={"11102": ["D04.62"]}),
    "coder_note": "README: no lesion count -> no 17000/17003/17004 line + missing-documentation. The biopsy is a "
                  "separate lesion and stands alone (11102).",
})

SCENARIOS.append({
    "id": "s44-shave-irritated-sk-neck-and-temple",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of an irritated SK R neck 0.8 cm and a bleeding SK L temple 0.5 cm -> 11306 + 11310",
    "date": "2025-08-19",
    "patient": ("Gunderson", "Marit", "1957-06-06", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right neck", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left temple", "L82.0", "Left temple", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right lateral neck", reasons=["c1"],
          note="0.8 cm irritated keratotic papule, rubs on collar, red and crusted. Removed flush with flexible "
               "blade; AlCl3."),
        P("Shave removal", site="Left temple", reasons=["c2"],
          note="0.5 cm keratosis that bleeds when she combs her hair (bleeding documented x3 episodes). Shaved off."),
    ],
    "path": [{"text": "A/B: irritated seborrheic keratoses.", "site": "Right neck; left temple"}],
    "note_title": "Shave Removal Note",
    "note": """Harbor Point Dermatology - Rafael Santos, MD
68F with two symptomatic keratoses she wants off.
R lateral neck: 8 mm papule, inflamed/crusted from shirt collar friction.
L temple: 5 mm papule, has bled repeatedly with combing.
Both removed by shave technique (therapeutic removal, not sampling), sent for histology.
Other SKs on the back are asymptomatic; discussed that removing those would be cosmetic - she declined.
""",
    "expected": E([L("11306"), L("11310")], dx={"11306": ["L82.0"], "11310": ["L82.0"]}),
    "coder_note": "SH-1: neck = SNHFG 0.6-1.0 cm -> 11306; temple = face, <=0.5 cm -> 11310. BSL-3 bleeding and "
                  "inflammation documented, so covered.",
})

SCENARIOS.append({
    "id": "s44-shave-nasal-tip-no-size-plus-back",
    "family": "shave", "shape": "note-only",
    "description": "Two shave removals: nasal tip nevus with no size recorded (no line) + 1.2 cm inflamed back nevus -> 11302",
    "date": "2025-07-08",
    "patient": ("Rutherford", "Celeste", "1984-10-02", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal nevus, nasal tip, repeatedly traumatized", "D22.39", "Nasal tip", reason=True),
        C("c2", "Intradermal nevus, mid back, inflamed", "D22.5", "Mid back", reason=True),
    ],
    "path": [{"text": "A. Nasal tip: intradermal melanocytic nevus. B. Back: intradermal nevus with folliculitis.",
              "site": "Nasal tip; mid back"}],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology -- June Abernathy MD
41F. (A) Dome-shaped flesh-coloured papule on the nasal tip, bleeds when her glasses slide down or with
towel drying. (B) Papule on the mid back under the bra strap, red and tender, 1.2 cm.
Procedure: shave removal of both after lidocaine w/ epi.
 A - nasal tip papule shaved flush, feathered edges, AlCl3.
 B - mid back 1.2 cm papule shaved, electrocautery for hemostasis.
Both to dermatopathology. Wound care handout.
""",
    "expected": E([L("11302")], topics=["missing-documentation"], dx={"11302": ["D22.5"]}),
    "coder_note": "README: no lesion size for the nasal tip shave -> no line + missing-documentation. Back 1.2 cm = "
                  "TAL 1.1-2.0 -> 11302.",
})

SCENARIOS.append({
    "id": "s44-skintags-twenty-two-symptomatic",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 irritated/bleeding skin tags neck and axillae removed, Medicare FFS -> 11200 + 11201 x1",
    "date": "2025-11-12",
    "patient": ("Oyelaran", "Beatrice", "1960-08-30", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding, neck and axillae", "L91.8", "Neck, both axillae", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology - Rafael Santos MD
65F, skin tags that catch on her necklace and bra, several have bled onto clothing and two were red and
swollen last week. Exam: pedunculated acrochordons - neck 12, R axilla 6, L axilla 4 (twenty-two total);
several with hemorrhagic crust and surrounding erythema.
Removed all 22 by snip excision with iris scissors, AlCl3 hemostasis. No specimens sent.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "22 tags: 11200 covers up to 15, 11201 per additional 10 or part -> ceil(7/10) = 1. Bleeding/"
                  "inflammation documented, so not cosmetic.",
})

SCENARIOS.append({
    "id": "s44-skintags-cosmetic-commercial-removed",
    "family": "skin-tags", "shape": "free-text",
    "description": "Nine asymptomatic neck skin tags removed for appearance, commercial payer -> not billed to the plan",
    "date": "2025-09-17",
    "patient": ("Rinaldi", "Renata", "1972-04-12", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Skin tag removal x9", site="Neck", reasons=["c1"],
          note="Nine tags snipped; cosmetic - no irritation, bleeding or inflammation."),
    ],
    "note_title": "Cosmetic Procedure Note",
    "note": """Harbor Point Dermatology - R. Santos MD
53F asks to have the tags on her neck removed before her daughter's wedding. No itching, bleeding,
irritation or catching; purely appearance. Explained that her plan does not cover cosmetic removal;
self-pay fee quoted and accepted.
Nine (9) small tags removed by snip, AlCl3.
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "Conventions (non-Medicare cosmetic): asymptomatic tags for appearance, commercial payer -> line "
                  "removed, patient billed directly.",
})

SCENARIOS.append({
    "id": "s44-cosmetic-sk-cryo-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "LN2 to five asymptomatic SKs for appearance, Medicare FFS, voluntary notice signed -> 17110-GY-GX",
    "date": "2026-02-03",
    "patient": ("Halloran", "Vivienne", "1949-12-24", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, back and cheeks", "L82.1", "Upper back, both cheeks", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions up to 14", cpt="17110", site="Upper back, cheeks", reasons=["c1"],
          note="5 SKs, LN2"),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology - June Abernathy, MD
76F wants "the brown spots" on her upper back and cheeks frozen off - they bother her cosmetically.
None itch, bleed, are inflamed or have changed; clinically classic seborrheic keratoses, no diagnostic doubt.
Explained Medicare does not cover cosmetic removal. She signed our voluntary advance beneficiary notice
acknowledging she will pay.
LN2 to 5 SKs (back 3, cheeks 2).
""",
    "expected": E([L("17110", 1, "GY", "GX")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4 and README: cosmetic (statutorily excluded) service for Medicare FFS -> GY, plus GX "
                  "because a voluntary ABN is documented.",
})

SCENARIOS.append({
    "id": "s44-cosmetic-tca-peel-commercial",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medium-depth TCA facial peel for photoaging and dyschromia, commercial -> not billed to the plan",
    "date": "2025-10-28",
    "patient": ("Albrecht", "Sunniva", "1970-05-05", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Photoaging of skin", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": """Harbor Point Dermatology - Aesthetic clinic - Astrid Lindgren MD
55F for planned full-face medium-depth chemical peel for fine rhytides, mottled dyspigmentation and
texture (photoaging). No AKs or premalignant lesions present - purely aesthetic indication.
Pre-treated with tretinoin x 4 wks and valacyclovir prophylaxis started yesterday.
Procedure: degreased with acetone; Jessner's solution then 35% TCA applied to the full face in cosmetic
units until even white frost (dermal peel). Cool compresses.
Self-pay package; insurance not billed per consent.
Post-peel instructions; f/u 7 days.
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "COS-2: facial dermal peel for photoaging is cosmetic; commercial payer -> no claim line, "
                  "cosmetic finding (conventions).",
})

SCENARIOS.append({
    "id": "s44-em-full-skin-exam-bcc-history-medicare",
    "family": "em", "shape": "note-only",
    "description": "Annual full-skin exam in a patient with three prior BCCs; AKs noted and deferred; 99213 kept, no modifier",
    "date": "2025-08-12",
    "patient": ("Drummond", "Eustace", "1946-02-14", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Personal history of basal cell carcinoma", "Z85.828", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Forehead"),
    ],
    "note_title": "Skin Surveillance Visit",
    "note": """Harbor Point Dermatologic & Mohs Surgery - Samuel Weiss MD
79M, 12-month skin surveillance. History of 3 BCCs (Mohs R nasal ala 2021, L ear 2022, ED&C back 2023).
No new complaints.
Full skin exam (scalp to soles): Mohs scars well healed without recurrence. Forehead: 2 thin AKs.
Trunk: scattered SKs and cherry angiomas. No suspicious pigmented lesions.
A/P:
 1. Hx BCC x3 - no evidence of recurrence; continue 12-month exams, sun protection counselling.
 2. AKs forehead x2 - discussed LN2 vs 5-FU; patient prefers to wait, will reassess next visit. Not treated.
 3. SKs/angiomas - benign, reassurance.
""",
    "expected": E([L("99213")], dx={"99213": ["Z85.828"]}),
    "coder_note": "DX-5/README: with a history of skin cancer the full-skin exam is a diagnostic visit -> E/M as "
                  "selected, no GY. Nothing treated, so no procedure line.",
})

# ------------------------------------------------------------------------------------------------ batch 4

SCENARIOS.append({
    "id": "s44-em-new-patient-57-back-rhomboid-flap",
    "family": "em", "shape": "free-text",
    "description": "New-patient visit that decides a same-day excision + rhomboid flap (090) of a back BCC: 99204-57 + 14001, excision bundled",
    "date": "2025-06-17",
    "patient": ("Achterberg", "Willem", "1963-09-09", "male"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 150, "em": "99204",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Melanocytic nevus, right thigh", "D22.71", "Right anterior thigh"),
    ],
    "procedures": [
        P("Excision of BCC with rhomboid transposition flap", site="Left upper back", reasons=["c1"],
          note="Lesion 2.0 x 1.7 cm, 4 mm margins (excised diameter 2.8 cm). Rhomboid flap: primary defect "
               "7.8 sq cm, secondary defect 7.2 sq cm, total 15.0 sq cm. Layered inset."),
    ],
    "note_title": "New Patient Consultation and Procedure",
    "note": """Harbor Point Dermatologic & Mohs Surgery -- Astrid Lindgren MD
NEW PATIENT. 61M referred by his PCP with a biopsy-proven nodular BCC of the L upper back (outside path
reviewed: nodular BCC, no aggressive features). Also wants a "mole check" - no prior skin exams.

History: no prior skin cancers. Anticoagulation: none. Diabetic (A1c 6.8) - discussed wound-healing risk.
Exam: full skin exam performed. L upper back 2.0 x 1.7 cm pearly plaque with biopsy scar. R anterior thigh
6 mm evenly pigmented nevus he worried about - dermoscopy reticular, symmetric: benign, reassured.
No other suspicious lesions.
Assessment/plan: BCC on the trunk, primary, non-aggressive, 2 cm: standard excision appropriate (Mohs not
indicated). Because of the size on a high-tension area, decided today on excision with a transposition
flap; patient wished to proceed now. Risks incl. diabetes-related healing, dehiscence, scar discussed;
consent signed.

PROCEDURE: excision with 4 mm margins (2.8 cm excised diameter), rhomboid transposition flap.
Primary defect 7.8 sq cm + secondary defect 7.2 sq cm = 15.0 sq cm. Layered closure.
Specimen to pathology: nodular BCC, margins clear.
Return 2 weeks for suture removal.
""",
    "path": [{"text": "Skin, left upper back, excision: basal cell carcinoma, nodular type; margins free.",
              "site": "Left upper back"}],
    "expected": E([L("99204", 1, "57"), L("14001")], dx={"14001": ["C44.519"]}),
    "coder_note": "GS-4/FLAP-4: the E/M decided a 090 procedure the same day -> 57. FLAP-1/FLAP-2: trunk 15.0 sq cm "
                  "-> 14001 and the excision of the same lesion is included (no 1160x line).",
})

SCENARIOS.append({
    "id": "s44-em-screening-only-new-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient, screening-only full-skin exam: no history, no complaint, nothing found -> 99203-GY",
    "date": "2025-07-22",
    "patient": ("Brennan", "Colm", "1957-03-03", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """Harbor Point Dermatology - Rafael Santos MD
NEW PATIENT. 68M here for a "skin cancer screening" because his brother was recently diagnosed with a BCC.
He has no skin complaints, no changing or bleeding spots, no personal history of skin cancer, no family
history of melanoma. No prior dermatology care.
Full skin exam (genital exam declined): skin type II,
mild photodamage, no suspicious lesions, nothing requiring biopsy, treatment or follow-up.
Counselled on sunscreen and self-exams. RTC as needed.
""",
    "expected": E([L("99203", 1, "GY")]),
    "coder_note": "DX-5 / README decision: Medicare has no skin-cancer screening benefit; asymptomatic screening-only "
                  "exam, no history, nothing found -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s44-id-simple-abscess-lower-back",
    "family": "incision-drainage", "shape": "free-text",
    "description": "I&D of a single fluctuant abscess of the lower back, commercial -> 10060",
    "date": "2025-08-14",
    "patient": ("Mwangi", "Tobias", "1988-12-18", "male"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of back", "L02.212", "Lower back", reason=True),
    ],
    "procedures": [
        P("Incision and drainage", site="Lower back, right paraspinal", reasons=["c1"],
          note="Single 2.5 cm fluctuant abscess. Stab incision with #11 blade, 3 mL purulent material expressed, "
               "cavity irrigated. No loculations; no packing needed. Culture sent."),
    ],
    "note_title": "Procedure Note - I&D",
    "note": """Harbor Point Dermatology - J. Abernathy MD
36M, tender red lump on lower back x 5 days, no fever. Exam: single 2.5 cm fluctuant, erythematous abscess
R paraspinal lower back. Simple I&D under local: incision, drainage of pus, irrigation, dry dressing.
No packing. Culture pending. Doxycycline not started - drainage adequate.
Warm compresses, return if worse.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.212"]}),
    "coder_note": "Single simple abscess -> 10060. No E/M selected.",
})

SCENARIOS.append({
    "id": "s44-id-axillary-abscess-in-excision-global-79",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "I&D of a R axillary abscess 6 days after a benign excision of the L thigh (010 global); pre-coded without modifier -> 10060-79",
    "date": "2025-04-07",
    "patient": ("Delgado", "Ximena", "1975-06-21", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "prior": [PRIOR("2025-04-01", "11403", "Excision epidermoid cyst, left thigh", "Left thigh",
                    "Excised diameter 2.6 cm; path epidermal inclusion cyst")],
    "procedures": [
        P("Incision and drainage of abscess", cpt="10060", site="Right axilla", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology - Samuel Weiss, MD
50F. Seen 04/01 for excision of an epidermoid cyst of the L thigh; that site is healing well, no
erythema or drainage, sutures intact - not the problem today.
New: painful swelling in the R armpit x 3 days. Exam: 2 cm fluctuant tender abscess R axilla.
I&D: lidocaine, linear incision, purulent drainage, irrigation, gauze dressing. Culture sent.
Return Friday for thigh suture removal as already scheduled.
""",
    "expected": E([L("10060", 1, "79")], topics=["global-period"], dx={"10060": ["L02.411"]}),
    "coder_note": "GS-5: unrelated procedure (different site, new problem) within the 10-day global of the 04/01 "
                  "excision -> 79.",
})

SCENARIOS.append({
    "id": "s44-intralesional-three-chest-keloids-j3301",
    "family": "intralesional", "shape": "note-only",
    "description": "Three chest keloids injected with triamcinolone 40 mg/mL, 1.2 mL total (48 mg) -> 11900 + J3301 x5",
    "date": "2025-09-23",
    "patient": ("Adebayo", "Kehinde", "1990-02-11", "male"),
    "provider": "lindgren", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Keloid scars, anterior chest", "L91.0", "Anterior chest", reason=True),
    ],
    "note_title": "Procedure Note - ILK",
    "note": """Harbor Point Dermatology - A. Lindgren MD
35M, symptomatic (itchy, painful) keloids on the anterior chest after acne; 3rd injection session.
Keloids measured: 2.1 cm, 1.6 cm and 1.0 cm, all slightly flatter than last time.
Intralesional triamcinolone acetonide (Kenalog) 40 mg/mL:
   keloid 1 - 0.5 mL
   keloid 2 - 0.4 mL
   keloid 3 - 0.3 mL
   total 1.2 mL = 48 mg
Lot and expiry recorded. No atrophy. Return 6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 5)], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions -> 11900 (up to 7). J3301 per 10 mg: 48 mg -> ceil(4.8) = 5 units.",
})

SCENARIOS.append({
    "id": "s44-intralesional-alopecia-nine-patches-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Nine alopecia areata patches injected (triamcinolone 10 mg/mL, 3.2 mL = 32 mg); pre-coded 11900 -> 11901 + J3301 x4",
    "date": "2025-11-05",
    "patient": ("Thibodeaux", "Rosalind", "1966-07-16", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Scalp", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology - Rafael Santos MD
59F, patchy alopecia areata, follow-up injections.
Nine discrete patches: vertex x3, L parietal x2, R parietal x2, occiput x2.
Triamcinolone acetonide 10 mg/mL injected intradermally, 0.1 mL per site, total 3.2 mL (32 mg) across the
nine patches. Tolerated well. Regrowth noted in 2 patches from last session.
Return 6 weeks.
""",
    "expected": E([L("11901"), L("J3301", 4)], topics=["coding-correction"], dx={"11901": ["L63.9"]}),
    "coder_note": "More than 7 lesions -> 11901 (README lists 11900 for 8+ lesions as a coding-correction). "
                  "J3301: 32 mg -> 4 units.",
})

SCENARIOS.append({
    "id": "s44-nails-left-hallux-avulsion-ta",
    "family": "nails", "shape": "free-text",
    "description": "Total avulsion of the left great toenail for painful onychodystrophy -> 11730-TA; matrixectomy only discussed",
    "date": "2025-10-09",
    "patient": ("Varga", "Leopold", "1970-01-30", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Nail dystrophy, left great toe, painful", "L60.3", "Left great toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, total", site="Left great toe (hallux)", reasons=["c1"],
          note="Digital block. Entire nail plate elevated and removed with a Freer elevator. Matrix left intact."),
    ],
    "note_title": "Nail Procedure Note",
    "note": """Harbor Point Dermatology - June Abernathy, MD
55M, thickened, lifting, painful L great toenail after a crush injury last year; pain in shoes daily.
Plan agreed: total avulsion of the L hallux nail plate today.
Digital block with 2% plain lidocaine, tourniquet. Nail plate freed from bed and folds, avulsed intact.
Matrix not treated. Hemostasis, Xeroform, bulky dressing.
If the regrown nail is dystrophic again we would consider a chemical matrixectomy - NOT done today.
Nail plate sent for PAS to exclude onychomycosis.
""",
    "expected": E([L("11730", 1, "TA")]),
    "coder_note": "One nail avulsed -> 11730 with the digit modifier for the left great toe (TA). Matrixectomy "
                  "(11750) is only a future option.",
})

SCENARIOS.append({
    "id": "s44-nails-ingrown-partial-matrixectomy-t5",
    "family": "nails", "shape": "note-only",
    "description": "Partial avulsion + phenol matrixectomy, lateral border of the right great toenail -> 11750-T5 (avulsion included)",
    "date": "2025-12-18",
    "patient": ("Oduya", "Patience", "1949-05-08", "female"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology - R. Santos MD
76F, recurrent ingrown lateral border R great toenail (3rd episode this year), granulation tissue,
pain with walking.
Procedure: digital block (1% plain lidocaine), tourniquet. Lateral 3 mm of the nail plate split and
avulsed, then the lateral matrix horn ablated with 88% phenol x 3 applications of 30 s for permanent
removal of that border; alcohol flush. Granulation tissue curetted.
Dressing. Soak bid starting tomorrow. F/u 2 weeks.
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent (matrix) removal -> 11750; the partial avulsion of the same nail is included "
                  "(PTP 11750/11730). Right great toe = T5.",
})

SCENARIOS.append({
    "id": "s44-paring-precoded-five-calluses-11057",
    "family": "paring", "shape": "pre-coded",
    "description": "Five corns/calluses pared, pre-coded 11056 -> 11057",
    "date": "2025-08-28",
    "patient": ("Hale", "Margot", "1958-10-20", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Both plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring of benign hyperkeratotic lesions, 2-4", cpt="11056", site="Both feet", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology - June Abernathy MD
67F with painful plantar calluses and corns, limiting walking.
Pared with #15 blade:
  1. R plantar 1st metatarsal head callus
  2. R plantar 5th metatarsal head callus
  3. L plantar 2nd metatarsal head callus
  4. L heel fissured callus
  5. L 5th toe dorsal corn
Five lesions total. Offloading pads given. Return 8 weeks.
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Paring count bands: 1 / 2-4 / more than 4 -> 5 lesions = 11057.",
})

SCENARIOS.append({
    "id": "s44-paring-two-corns-plus-plantar-warts-xs",
    "family": "paring", "shape": "note-only",
    "description": "Two corns pared + three plantar warts frozen (different lesions) -> 17110 + 11056-XS",
    "date": "2025-05-20",
    "patient": ("Sorensen", "Aksel", "1981-09-14", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Plantar warts, painful, left foot", "B07.0", "Left plantar forefoot", reason=True),
        C("c2", "Corns, right foot", "L84", "Right 4th and 5th toes", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Harbor Point Dermatology - Rafael Santos MD
44M, runner.
(1) L plantar forefoot: 3 painful verrucae with thrombosed capillaries - pared lightly and frozen with LN2
    (2 cycles). Destruction of 3 warts.
(2) R foot: 2 hard corns (dorsolateral 5th toe, interdigital 4th web) - pared with #15 blade.
Different lesions at different sites. Padding advice. Return 3 weeks for repeat cryo.
""",
    "expected": E([L("17110"), L("11056", 1, "XS")], dx={"17110": ["B07.0"], "11056": ["L84"]}),
    "coder_note": "3 warts -> 17110; 2 corns -> 11056. PTP 17110/11056 is indicator 1; separate lesions -> XS on "
                  "column-2 11056.",
})

# ------------------------------------------------------------------------------------------------ batch 5

SCENARIOS.append({
    "id": "s44-patch-test-eighty-allergen-application",
    "family": "patch-test", "shape": "free-text",
    "description": "Application of an 80-allergen comprehensive patch-test series for chronic facial/eyelid dermatitis -> 95044 x80",
    "date": "2025-09-08",
    "patient": ("Okwuosa", "Felicity", "1983-06-27", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Chronic dermatitis of eyelids and face, suspected contact allergy", "L30.9", "Eyelids, face",
          reason=True),
    ],
    "procedures": [
        P("Patch test application - comprehensive series", site="Upper back", reasons=["c1"],
          note="80 allergens in IQ Ultra chambers applied to the upper back; panels mapped A-H."),
    ],
    "note_title": "Patch Test Application",
    "note": """Harbor Point Dermatology - contact dermatitis clinic - A. Lindgren MD
42F, 9 months of eyelid and perioral dermatitis despite avoiding fragranced products. Patch testing
planned at her last visit.
Today (Monday): application of the 80-allergen comprehensive series to the upper back, 8 panels x 10
chambers = 80 allergens. Personal products not tested today.
Instructed: keep back dry, no sun, no topical steroid to the back. Readings Wednesday (48 h) and Friday (96 h).
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied (80; MUE 90). No E/M selected.",
})

SCENARIOS.append({
    "id": "s44-patch-test-96-allergens-em25-mue",
    "family": "patch-test", "shape": "note-only",
    "description": "96 allergens applied (over the MUE of 90) + separate E/M for a hand-dermatitis flare and seborrheic dermatitis with prescriptions -> 95044 x90 + 99214-25",
    "date": "2025-10-20",
    "patient": ("Galloway", "Dermot", "1974-11-02", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 55, "em": "99214",
    "conditions": [
        C("c1", "Hand dermatitis, severe flare", "L30.9", "Both hands", reason=True),
        C("c2", "Seborrheic dermatitis, face and scalp", "L21.9", "Face, scalp", reason=True),
    ],
    "note_title": "Office Visit + Patch Test Application",
    "note": """Harbor Point Dermatology - Rafael Santos, MD
51M machinist with chronic hand dermatitis, scheduled today for patch-test application.

E/M (separate from the application):
 - Hands: markedly worse over 10 days - fissured, weeping plaques palms/fingers, can't work.
   Started prednisone 40 mg taper x 12 days (new Rx) and clobetasol ointment under gloves at night; off work
   note. Counselled on prednisone risks (glucose, mood, sleep).
 - New problem: flaking, erythema of the nasolabial folds, brows and scalp = seborrheic dermatitis.
   Ketoconazole 2% cream and shampoo (new Rx).
 Moderate MDM (2 problems incl. one worsening chronic, prescription drug management).

Patch test application: North American 80 series + 16-allergen metalworking fluid series = 96 allergens
applied to the upper back (panels 1-10). Prednisone started after application today; reading results will be
interpreted with that in mind.
Readings at 48 and 96 hours.
""",
    "expected": E([L("99214", 1, "25"), L("95044", 90)], topics=["mue"], dx={"99214": ["L30.9"]}),
    "coder_note": "README: MUE over the limit -> units capped at the MUE (95044 = 90) with an mue finding. Separate "
                  "E/M with its own work (new Rx for two problems) -> 25 (PTP 95044/99214 ind 1).",
})

SCENARIOS.append({
    "id": "s44-photo-nbuvb-precoded-as-goeckerman",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Narrowband UVB session for psoriasis (no tar) pre-coded as 96910 -> 96900",
    "date": "2025-11-21",
    "patient": ("Ivanova", "Tatiana", "1968-04-04", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 15% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy, tar and UVB", cpt="96910", site="Whole body", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """Harbor Point Dermatology - Phototherapy unit (supervising: S. Weiss MD)
Session #14, narrowband UVB (311 nm) full-body cabinet.
Dose today 1,150 mJ/cm2 (increase 10% from last). Goggles, genital shielding.
No tar or other photosensitiser used - NB-UVB only; emollient (plain petrolatum) after the session.
Response: plaques thinner, BSA down from 15% to ~9%. No burning.
If no further improvement by session 30, will discuss PUVA vs biologic - not now.
Next session Monday.
""",
    "expected": E([L("96900")], topics=["coding-correction"], dx={"96900": ["L40.0"]}),
    "coder_note": "No tar/photosensitiser applied -> ultraviolet light therapy 96900, not Goeckerman-type 96910.",
})

SCENARIOS.append({
    "id": "s44-photo-puva-first-line-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA for psoriasis with no failed conventional therapy, Medicare FFS, ABN signed -> 96912-GA",
    "date": "2026-01-27",
    "patient": ("Kearney", "Bartholomew", "1950-12-01", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, arms, legs", reason=True),
    ],
    "procedures": [
        P("PUVA treatment", site="Whole body", reasons=["c1"],
          note="Oral 8-MOP 40 mg 2 h before; UVA 2.0 J/cm2, session #3."),
    ],
    "note_title": "Phototherapy Note",
    "note": """Harbor Point Dermatology - J. Abernathy MD
75M, plaque psoriasis ~12% BSA, not disabling, working full time. Has NOT tried topical steroids,
vitamin D analogues or UVB - he asked for PUVA because a friend did well with it.
Explained Medicare covers PUVA only for intractable, disabling psoriasis after conventional treatment has
failed, so it is expected to be denied. ABN (CMS-R-131) signed before the first session - on file; he chose
to proceed.
Session #3: methoxsalen 40 mg PO 2 h prior, UVA 2.0 J/cm2. UV-protective glasses x 24 h.
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / README: PUVA without failed conventional therapy fails NCD 250.1; Medicare FFS with an "
                  "ABN on file -> GA.",
})

SCENARIOS.append({
    "id": "s44-exm-scc-forearm-precoded-lesion-size-band",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "SCC R forearm 1.4 cm + 4 mm margins = 2.2 cm pre-coded 11602 (lesion size only) -> 11603; intermediate 5.0 cm kept",
    "date": "2025-07-01",
    "patient": ("Fitzgerald", "Odette", "1944-02-29", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right forearm", "C44.622", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, trunk/arms/legs", cpt="11602", site="Right dorsal forearm", reasons=["c1"]),
        P("Repair intermediate, extremities", cpt="12032", site="Right dorsal forearm", reasons=["c1"],
          note="Layered closure 5.0 cm"),
    ],
    "path": [{"text": "Skin, right forearm, excision: invasive squamous cell carcinoma, well differentiated; "
                      "margins clear (closest 3 mm).", "site": "Right dorsal forearm"}],
    "note_title": "Excision Note",
    "note": """Harbor Point Dermatologic Surgery - Astrid Lindgren MD
81F, biopsy-proven SCC (06/2025) R dorsal forearm. Not a Mohs candidate by preference; standard excision.
Lesion measured before excision: 1.4 x 1.1 cm. Margins: 4 mm around.
Excised as an ellipse to fat. Layered closure: 4-0 Monocryl deep dermal, 4-0 nylon running.
Repair length 5.0 cm (intermediate).
Specimen to pathology. Sutures out 14 days.
""",
    "expected": E([L("11603"), L("12032")], topics=["coding-correction"], dx={"11603": ["C44.622"]}),
    "coder_note": "EX-1: excised diameter = 1.4 + 2 x 0.4 = 2.2 cm -> 11603 (arm). EX-5: intermediate repair "
                  "separately reportable; 5.0 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s44-exm-melanoma-in-situ-upper-back",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Wide excision of MIS upper back: 0.9 cm + 5 mm margins = 1.9 cm -> 11602 + intermediate 5.5 cm -> 12032",
    "date": "2025-06-10",
    "patient": ("Ellingsen", "Torvald", "1960-08-15", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Melanoma in situ, upper back", "D03.59", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Wide local excision, melanoma in situ", site="Left upper back", reasons=["c1"],
          note="Residual pigment + biopsy scar 0.9 cm; 5 mm margins; excised to fascia."),
        P("Layered closure", site="Left upper back", reasons=["c1"],
          note="Deep 3-0 Monocryl, 4-0 nylon. Intermediate repair 5.5 cm."),
    ],
    "path": [{"text": "Skin, left upper back, wide excision: residual melanoma in situ; margins free of "
                      "melanocytic neoplasia.", "site": "Left upper back"}],
    "note_title": "Wide Excision Note",
    "note": """Harbor Point Dermatologic Surgery - Samuel Weiss, MD
64M, melanoma in situ L upper back (shave bx 05/2025: MIS, peripheral margin involved).
Pre-excision: biopsy scar with residual pigment measuring 0.9 cm. 5 mm margins marked (excised diameter
1.9 cm). Ellipse excised to the fascia, oriented.
Repair: layered intermediate closure, 5.5 cm.
Pathology: residual MIS, margins clear. Survey every 6 months x 2 years.
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["D03.59"]}),
    "coder_note": "EX-3: MIS -> malignant excision codes. 0.9 + 1.0 = 1.9 cm trunk -> 11602; intermediate 5.5 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s44-exm-bcc-shoulder-no-lesion-size",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of BCC L shoulder with margins but no lesion size recorded -> no excision line; intermediate 4.2 cm repair kept",
    "date": "2025-09-16",
    "patient": ("Lacroix", "Emmeline", "1955-01-19", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left shoulder", "C44.619", "Left posterior shoulder", reason=True),
    ],
    "path": [{"text": "Skin, left shoulder, excision: nodular basal cell carcinoma, margins free.",
              "site": "Left posterior shoulder"}],
    "note_title": "Excision Note",
    "note": """Harbor Point Dermatologic Surgery - June Abernathy MD
70F, nodular BCC L posterior shoulder (bx 08/2025).
Procedure: excision with 4 mm clinical margins marked around the tumour. Fusiform ellipse to
subcutaneous fat. Hemostasis with electrocautery.
Repair: intermediate layered closure, 3-0 Vicryl deep, 4-0 Prolene running. Final length 4.2 cm.
Specimen to pathology - nodular BCC, clear margins.
Sutures out 12 days.
""",
    "expected": E([L("12032")], topics=["missing-documentation"], dx={"12032": ["C44.619"]}),
    "coder_note": "README (exb-cyst-no-lesion-size pattern): lesion diameter never recorded -> no excised diameter, "
                  "no excision line + missing-documentation; the documented intermediate repair 4.2 cm stays (12032).",
})

SCENARIOS.append({
    "id": "s44-exb-suspected-bcc-path-dermatofibroma",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Clinically suspected BCC L calf excised, path dermatofibroma; pre-coded 11602 -> 11402",
    "date": "2025-10-30",
    "patient": ("Whitlock", "Gideon", "1952-07-07", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Dermatofibroma, left calf", "D23.72", "Left posterior calf", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, leg", cpt="11602", site="Left posterior calf", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left calf, excision: dermatofibroma (benign fibrous histiocytoma). No carcinoma.",
              "site": "Left posterior calf"}],
    "note_title": "Excision Note",
    "note": """Harbor Point Dermatology - Rafael Santos MD
73M, enlarging pink firm papule L posterior calf, bleeds when shaving; clinical concern for BCC,
dermoscopy indeterminate. Excision for diagnosis and treatment.
Lesion 0.8 x 0.7 cm; 3 mm margins (excised diameter 1.4 cm). Ellipse to fat, closed with 4-0 nylon
simple interrupted sutures (single layer).
Path: dermatofibroma - benign. Patient informed; no further treatment.
""",
    "expected": E([L("11402")], topics=["coding-correction"], dx={"11402": ["D23.72"]}),
    "coder_note": "EX-3: final pathology is benign -> benign excision family; 0.8 + 0.6 = 1.4 cm leg -> 11402. "
                  "Simple closure included. Bleeding + diagnostic uncertainty make it non-cosmetic.",
})

SCENARIOS.append({
    "id": "s44-exb-inflamed-cyst-back-simple-repair-bundled",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Recurrently inflamed epidermoid cyst upper back, excised diameter 2.7 cm -> 11403; pre-coded simple repair 12002 removed",
    "date": "2025-12-04",
    "patient": ("Byrne", "Lucia", "1986-03-23", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "Upper back", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, trunk", cpt="11403", site="Upper back", reasons=["c1"]),
        P("Simple repair, trunk", cpt="12002", site="Upper back", reasons=["c1"], note="3.5 cm"),
    ],
    "path": [{"text": "Skin, upper back: ruptured epidermal inclusion cyst with foreign-body reaction.",
              "site": "Upper back"}],
    "note_title": "Cyst Excision Note",
    "note": """Harbor Point Dermatology - R. Santos MD
39F, upper back cyst inflamed and drained 3 times this year (last I&D elsewhere 2 months ago); quiet now.
Cyst 2.5 cm; 1 mm margin around the punctum/cyst wall -> excised diameter 2.7 cm.
Elliptical excision, cyst removed intact with wall. Closed with 3-0 nylon simple interrupted, single layer,
no deep sutures; length 3.5 cm.
Specimen to pathology. Sutures out 12 days.
""",
    "expected": E([L("11403")], topics=["ncci"], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-5: simple repair is included in the excision (PTP 11403/12002 ind 1, same wound) -> 12002 "
                  "removed. 2.7 cm trunk -> 11403. Recurrent inflammation = covered indication.",
})

SCENARIOS.append({
    "id": "s44-repair-cheek-advancement-flap-excision-bundled",
    "family": "repair", "shape": "pre-coded",
    "description": "Excision of a L nasolabial cheek BCC closed with an advancement flap 8.4 sq cm; pre-coded 11642 + 14040 -> 14040 only",
    "date": "2025-08-07",
    "patient": ("Sandoval", "Ignatius", "1947-10-10", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Basal cell carcinoma, left medial cheek", "C44.319", "Left medial cheek (nasolabial)", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, face", cpt="11642", site="Left medial cheek", reasons=["c1"]),
        P("Adjacent tissue transfer, cheek", cpt="14040", site="Left medial cheek", reasons=["c1"],
          note="Advancement flap 8.4 sq cm"),
    ],
    "path": [{"text": "Skin, left cheek, excision: nodular basal cell carcinoma; margins free (closest 2 mm).",
              "site": "Left medial cheek"}],
    "note_title": "Excision and Flap Repair",
    "note": """Harbor Point Dermatologic Surgery - Astrid Lindgren MD
77M, nodular BCC L medial cheek at the nasolabial fold (bx 07/2025). Declined Mohs (travel).
Lesion 1.0 x 0.8 cm, 3 mm margins -> 1.6 cm excised diameter, to fat.
Reconstruction: V-Y / advancement flap from the lateral cheek into the nasolabial defect.
Primary defect 2.6 sq cm + secondary defect 5.8 sq cm = 8.4 sq cm. Layered 5-0 Monocryl, 6-0 Prolene.
Path: BCC, margins clear. F/u 1 wk.
""",
    "expected": E([L("14040")], topics=["ncci"], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-2: excision of the same lesion is included in adjacent tissue transfer (PTP 14040/11642 "
                  "ind 1, same lesion) -> 11642 removed. Cheek 8.4 sq cm -> 14040.",
})


# ------------------------------------------------------------------------------------------------ note framing
# Each provider's EHR template wraps short notes with the same demographic header and signature block.

_FRAME = {
    "weiss": ("Patient: {last}, {first} | DOB {dob} | DOS {dos}\nLocation: Harbor Point - Quay Street procedure "
              "suite\nAllergies/medications: reviewed and updated in chart\n",
              "\nElectronically signed: Samuel Weiss, MD  {dos} 17:12\n"),
    "lindgren": ("Pt: {first} {last}    DOB: {dob}    Date of service: {dos}\nClinic: Harbor Point, Westgate office"
                 "\nMed list and allergies reconciled by MA\n",
                 "\n-- e-signed A. Lindgren MD, {dos}\n"),
    "abernathy": ("NAME: {last}, {first}\nDOB: {dob}          DOS: {dos}\nSite verified with patient; "
                  "questions answered\n",
                  "\nAttestation: I personally performed the services documented above.\nJune Abernathy, MD "
                  "(electronic signature) {dos}\n"),
    "santos": ("Patient {first} {last} (DOB {dob}) - visit {dos}\nAllergies: reviewed. Meds: reviewed.\n"
               "Verbal consent documented where a procedure was done.\n",
               "\nRafael Santos, MD - signed {dos}\n"),
}


def _us(d):
    y, m, dd = d.split("-")
    return f"{m}/{dd}/{y}"


for _s in SCENARIOS:
    if len(_s["note"].strip().splitlines()) < 12:
        _last, _first, _dob, _sex = _s["patient"]
        _h, _f = _FRAME[_s["provider"]]
        _kw = {"last": _last, "first": _first, "dob": _us(_dob), "dos": _us(_s["date"])}
        _s["note"] = _h.format(**_kw) + _s["note"].rstrip("\n") + "\n" + _f.format(**_kw)
