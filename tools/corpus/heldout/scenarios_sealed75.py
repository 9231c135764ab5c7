"""Sealed set 75 (s75-): Northgate Mohs & Skin Cancer Center, notes from its Mohs charting module.

Every case note comes out of the practice's MMS module: a header block (case #, tumor, site, pre-op size,
post-op defect), a stage grid written as text (formats vary by surgeon and by module version), a repair block
and a reconstruction / referral line. The center also runs a general and procedural dermatology clinic in
the same module (consults, biopsies, post-op checks, patch testing, phototherapy for cutaneous lymphoma and
psoriasis). Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the
tests/corpus README "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# Batch 1 - Mohs days
# =============================================================================================================

SCENARIOS.append({
    "id": "s75-mohs-nasal-tip-three-stage-bilobed",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs nasal tip nodular BCC, 3 stages (3/2/1 blocks), bilobed flap 7.4 sq cm; Medicare FFS",
    "date": "2025-09-03",
    "patient": ("Vanterpool", "Glenda", "1946-02-19", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 205,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, nasal tip", "C44.311", "Nasal tip", reason=True),
    ],
    "note_title": "MMS Module - Case Report",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER                         MMS MODULE v4.2
=====================================================================
CASE #        25-0917
PATIENT       Vanterpool, Glenda    DOB 02/19/1946    DOS 09/03/2025
SURGEON/PATH  Samuel Weiss, MD (surgeon and reading pathologist)
TUMOR         Basal cell carcinoma, nodular (referring bx 08/06/25, acc. RD25-40712)
SITE          Nasal tip, R of midline
PRE-OP SIZE   0.8 x 0.7 cm
POST-OP DEFECT 1.5 x 1.4 cm, to perichondrium, no cartilage removed
=====================================================================
Indication: primary BCC, AUC area H. Anticoag: none. Allergies: sulfa.
Consent signed, time-out done, site marked and confirmed by pt with hand mirror.
Anesthesia: 1% lido w/ epi 1:100k, 5 mL.

STAGE GRID
 Stage | Blocks | Result
 ------+--------+------------------------------------------
 I     |   3    | + tumor 12-2 o'clock periphery (block 2)
 II    |   2    | + tumor at deep margin, 1 o'clock (block 1)
 III   |   1    | Clear
 ------+--------+------------------------------------------
 Total 3 stages / 6 blocks. All sections frozen, H&E, read by me.

REPAIR BLOCK
 Type: Bilobed transposition flap (Zitelli), superiorly based from dorsum/sidewall
 Primary defect area: 2.1 sq cm     Secondary defect area: 5.3 sq cm
 Total flap + defect area: 7.4 sq cm
 Undermined submuscular; standing cone at pivot excised; 5-0 Monocryl deep, 6-0 nylon top.
 EBL < 5 mL. No complications.

RECONSTRUCTION / REFERRAL: reconstructed same day by Mohs surgeon; no referral.
Specimens: Mohs layers only, processed in-house; nothing sent to outside pathology.
Dressing: pressure dressing 24 h. Written wound care. F/u 1 wk suture removal.

Mentions for the chart only: pt asked about a "spot" on her shin - not examined today, to be seen at her
regular skin check.

Electronically signed: S. Weiss MD 09/03/2025 16:05
""",
    "expected": E([L("17311"), L("17312", 2), L("14060")], dx={"17311": ["C44.311"]}),
    "coder_note": "Head site, 3 stages, no stage over 5 blocks -> 17311 + 17312 x2. Bilobed flap 2.1 + 5.3 = 7.4 sq cm "
                  "on the nose -> 14060, reported with Mohs (MOHS-7/FLAP-3). Shin spot not examined, not coded.",
})

SCENARIOS.append({
    "id": "s75-mohs-cheek-and-forearm-two-tumors-precoded",
    "family": "mohs", "shape": "pre-coded",
    "description": "Two tumors: R cheek BCC 2 stages + L forearm SCC 1 stage; forearm pre-coded 17311 (should be 17313); two layered closures",
    "date": "2025-09-10",
    "patient": ("Okonjo", "Bertram", "1949-07-08", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 240,
    "conditions": [
        C("c1", "Basal cell carcinoma, right cheek", "C44.319", "Right malar cheek", reason=True),
        C("c2", "Squamous cell carcinoma, well differentiated, left dorsal forearm", "C44.629",
          "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", cpt="17311", site="Right malar cheek",
          note="Tumor A. Stage 1, 4 blocks, positive at 6 o'clock.", reasons=["c1"]),
        P("Mohs micrographic surgery, additional stage", cpt="17312", site="Right malar cheek",
          note="Tumor A. Stage 2, 2 blocks, clear.", reasons=["c1"]),
        P("Mohs micrographic surgery, first stage", cpt="17311", site="Left dorsal forearm",
          note="Tumor B. Stage 1, 3 blocks, clear.", reasons=["c2"]),
        P("Intermediate repair face", cpt="12052", site="Right malar cheek",
          note="Layered closure 3.4 cm.", reasons=["c1"]),
        P("Intermediate repair trunk/extremities", cpt="12032", site="Left dorsal forearm",
          note="Layered closure 4.6 cm.", reasons=["c2"]),
    ],
    "note_title": "MMS Module - Multi-Tumor Case Report",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - MMS MODULE
Surgeon/pathologist: Astrid Lindgren, MD          DOS 09/10/2025
Patient: Bertram Okonjo, 76 M                      Plan: Medicare Advantage

---- TUMOR A ----------------------------------------------------------
Case #: 25-0968A
Tumor: BCC, nodular-infiltrative (bx 07/29/25 outside, path reviewed)
Site: R malar cheek
Pre-op size: 1.1 x 0.9 cm
Post-op defect: 2.0 x 1.6 cm, subcutaneous fat
Stages:
  I:  4 blocks, + at 6 o'clock peripheral (block 3)
  II: 2 blocks, clear
Repair A: layered closure, buried 5-0 Monocryl + 6-0 Prolene running; oriented along RSTL.
  Final length 3.4 cm.

---- TUMOR B ----------------------------------------------------------
Case #: 25-0968B
Tumor: SCC, well differentiated, 1.3 cm (bx 08/02/25, acc. NP25-2231)
Site: L dorsal forearm (mid)
Pre-op size: 1.3 x 1.2 cm
Post-op defect: 1.9 x 1.7 cm
Stages:
  I:  3 blocks, clear
Repair B: layered closure, 4-0 Vicryl deep + 4-0 nylon simple interrupted.
  Final length 4.6 cm.

Both tumors treated by me as surgeon and pathologist; frozen sections in-house.
Indication B: SCC 1.3 cm on forearm in a patient on methotrexate for RA (immunosuppressed) - meets AUC.
Reconstruction: both closed same day here. No referral.
F/u 1 week (face) and 2 weeks (arm) suture removal.
-- A. Lindgren MD, e-signed
""",
    "expected": E([L("17311"), L("17312"), L("17313"), L("12032"), L("12052", 1, "XS")],
                  topics=["coding-correction"],
                  dx={"17311": ["C44.319"], "17313": ["C44.629"]}),
    "coder_note": "Forearm is trunk/arms/legs -> 17313, not a second 17311 (MOHS-2). Repairs in different groups are not "
                  "summed: cheek 3.4 cm -> 12052, forearm 4.6 cm -> 12032. 12032/12052 is PTP indicator 1 and these are "
                  "separate wounds -> XS on the column-2 code 12052.",
})

SCENARIOS.append({
    "id": "s75-mohs-three-tumors-ala-helix-scalp",
    "family": "mohs", "shape": "note-only",
    "description": "Three head tumors (L alar rim BCC, L helix SCC 2 stages, vertex scalp SCC); complex repairs nose + ear summed 4.1 cm; scalp granulates",
    "date": "2025-09-17",
    "patient": ("Hollingworth", "Ansel", "1941-11-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 300,
    "conditions": [
        C("c1", "Basal cell carcinoma, left alar rim", "C44.311", "Left nasal alar rim", reason=True),
        C("c2", "Squamous cell carcinoma, left helix", "C44.229", "Left helix", reason=True),
        C("c3", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True),
    ],
    "note_title": "MMS Module - Case Report (3 tumors)",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER  ::  MMS MODULE  ::  DOS 09/17/2025
Pt: Ansel Hollingworth  83M   Surgeon & pathologist: S. Weiss MD   Medicare Part B

[CASE 25-1003-1]  Tumor: BCC nodular | Site: L alar rim | Pre-op: 0.6 x 0.5 cm | Post-op defect: 1.0 x 0.9 cm
  Stage grid ->  I: 2 blocks, clear.
  Repair: complex repair - defect involves the free margin of the L nostril rim; rim realigned with
  key suture, cartilage batten not needed. Repair length 1.9 cm.

[CASE 25-1003-2]  Tumor: SCC mod. diff. | Site: L helix (mid helical rim) | Pre-op: 0.9 x 0.8 cm |
  Post-op defect: 1.6 x 1.2 cm, cartilage exposed
  Stage grid ->  I: 3 blocks, + at 9 o'clock; II: 1 block, clear.
  Repair: complex repair, helical rim advancement with trimming of exposed cartilage, free margin of the
  helix re-approximated. Repair length 2.2 cm.

[CASE 25-1003-3]  Tumor: SCC well diff. | Site: vertex scalp | Pre-op: 1.2 x 1.0 cm | Post-op defect: 1.8 x 1.6 cm
  Stage grid ->  I: 4 blocks, clear.
  Repair: none. Second-intention healing chosen (sun-damaged scalp, pt preference). Wound care taught.

Summary: 3 tumors, 4 stages total, no stage > 5 blocks. All layers frozen/read by me; no outside path.
Reconstruction same day for the ala and helix. Scalp left to granulate. No referral.
Hx: prior Mohs of R temple 2022 (healed; not treated today). Plavix continued.
F/u: 1 wk sutures (ala, helix); 3 wk scalp wound check.
S. Weiss MD
""",
    "expected": E([L("17311", 3), L("17312"), L("13152")]),
    "coder_note": "Three head tumors -> 17311 x3 (MUE 4) + 17312 for the helix 2nd stage. Complex repairs of nose and ear "
                  "are the same repair group (13151-13153) and summed: 1.9 + 2.2 = 4.1 cm -> 13152. Scalp granulates: "
                  "no repair line. Prior temple Mohs is history only.",
})

SCENARIOS.append({
    "id": "s75-mohs-chin-sameday-punch-frozen",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied chin papule: punch bx + frozen section read as BCC, Mohs 2 stages; repair referred to facial plastics",
    "date": "2025-10-01",
    "patient": ("Saltonstall", "Mireille", "1958-05-27", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 170,
    "conditions": [
        C("c1", "Basal cell carcinoma, chin", "C44.319", "Chin, left of midline", reason=True),
    ],
    "procedures": [
        P("Diagnostic punch biopsy for frozen section", site="Chin, left of midline",
          note="3 mm punch of 0.7 cm pearly papule; no previous biopsy or pathology on this lesion. "
               "Specimen frozen and read by Dr. Lindgren before deciding on Mohs.", reasons=["c1"]),
        P("Frozen section, diagnostic specimen", site="Chin, left of midline",
          note="1 block, H&E. Read: BCC, nodular. Mohs indicated on the basis of this result.", reasons=["c1"]),
        P("Mohs micrographic surgery - stage 1", site="Chin, left of midline",
          note="3 blocks; residual BCC at 3 o'clock.", reasons=["c1"]),
        P("Mohs micrographic surgery - stage 2", site="Chin, left of midline",
          note="2 blocks; clear.", reasons=["c1"]),
        P("Referral for reconstruction", site="Chin, left of midline",
          note="Defect 1.8 x 1.5 cm dressed; repair by Dr. Farouk (facial plastics) tomorrow at his office."),
    ],
    "note_title": "MMS Module - Case Report",
    "note": """NORTHGATE MOHS - MMS MODULE
Case #: 25-1088 | DOS 10/01/2025 | Surgeon/pathologist: A. Lindgren MD
Tumor: clinically suspicious for BCC -> frozen-section dx BCC, nodular (today)
Site: chin, L of midline
Pre-op size: 0.7 x 0.6 cm
Post-op defect: 1.8 x 1.5 cm

Pt is a 67F sent by her PCP with a "probable BCC" on the chin; no biopsy was ever done and no pathology
exists. She lives 2 hours away. We agreed on a diagnostic punch biopsy with frozen section today; Mohs
only if the frozen section showed carcinoma.

Diagnostic biopsy: 3 mm punch, frozen in our lab, read by me: nodular BCC. Decision for Mohs made on
that read.

Stage  Blocks  Margin status
1      3       + residual BCC 3:00 periphery
2      2       negative
(2 stages, 5 blocks total)

Repair block: NOT performed here. Defect dressed (petrolatum, nonadherent, pressure). Reconstruction
by facial plastics (Dr. Farouk) 10/02 at his office - referral letter faxed with map.
F/u with us in 3 months.
A. Lindgren MD
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")],
                  dx={"17311": ["C44.319"]}),
    "coder_note": "MOHS-5(a)/BX-5 and README: same-day diagnostic biopsy with frozen section of a lesion with no prior "
                  "pathology, deciding Mohs -> 11104-59 and 88331-59. Head, 2 stages -> 17311 + 17312. Repair done by "
                  "another surgeon: no repair line.",
})

SCENARIOS.append({
    "id": "s75-mohs-scalp-scc-extra-blocks-rotation",
    "family": "mohs", "shape": "note-only",
    "description": "Large vertex scalp SCC: 3 stages with 8/6/2 blocks (17315 x4), scalp rotation flap 26.5 sq cm",
    "date": "2025-10-08",
    "patient": ("Brannigan", "Cornelius", "1939-04-14", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 320,
    "conditions": [
        C("c1", "Squamous cell carcinoma, moderately differentiated, vertex scalp", "C44.42", "Vertex scalp",
          reason=True),
    ],
    "note_title": "MMS Module - Case Report",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER            MMS MODULE
CASE #: 25-1121      DOS: 10/08/2025      SURGEON/PATH: S. Weiss MD
TUMOR:  SCC, moderately differentiated (bx 09/15/25, acc. RD25-45530), 2.4 cm
SITE:   vertex scalp
PRE-OP SIZE:     2.4 x 2.1 cm
POST-OP DEFECT:  4.2 x 3.6 cm, to galea (galea intact)

86M, bald, extensive actinic damage. Tumor >2 cm on scalp -> meets AUC.

STAGES (block letters as mapped)
 Stage I   - A B C D E F G H   (8 blocks)   + at C, D (posterior)
 Stage II  - A B C D E F       (6 blocks)   + at B (deep, posterior)
 Stage III - A B               (2 blocks)   clear
 Totals: 3 stages, 16 blocks. Every block frozen and read by me.

REPAIR:
 Rotation flap, scalp (O-to-Z not possible given tension).
 Primary defect 12.0 sq cm + secondary (flap design) 14.5 sq cm = 26.5 sq cm total.
 Galeotomies x2 for advancement. 3-0 Vicryl galeal, staples.
 Hemostasis bipolar. EBL ~20 mL.

RECONSTRUCTION: same day, by me. No referral.
Post-op: Tylenol/ice, keep dry 48 h, staples out 10-12 days.
Not addressed today: multiple AKs on scalp - treat at 3 mo visit with field therapy.
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 4), L("14021")]),
    "coder_note": "Scalp = 17311 family, 3 stages -> 17311 + 17312 x2. 17315 = each block beyond 5 in any stage: stage I "
                  "8 -> 3, stage II 6 -> 1, stage III 2 -> 0, total 4. Rotation flap 26.5 sq cm on scalp -> 14021. AKs not "
                  "treated: nothing coded.",
})

SCENARIOS.append({
    "id": "s75-mohs-lower-lid-oculoplastics-referral",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs R lower eyelid BCC 2 stages, reconstruction referred to oculoplastics same day",
    "date": "2025-10-15",
    "patient": ("Quintanilla", "Rosario", "1952-08-03", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, right lower eyelid", "C44.1122", "Right lower eyelid, lateral third",
          reason=True),
    ],
    "procedures": [
        P("Mohs layer I", site="Right lower eyelid",
          note="2 tissue blocks. Positive lateral margin (block 2).", reasons=["c1"]),
        P("Mohs layer II", site="Right lower eyelid",
          note="1 tissue block, lateral canthal extension. Clear.", reasons=["c1"]),
        P("Referral - oculoplastic reconstruction", site="Right lower eyelid",
          note="Defect 1.2 x 0.9 cm involving lid margin; pt transported to Dr. Hsiao (oculoplastics) "
               "for reconstruction this afternoon at St. Brendan's ASC."),
    ],
    "note_title": "MMS Module - Case Report",
    "note": """Northgate Mohs & Skin Cancer Center -- MMS Module
Case # 25-1150      DOS 10/15/2025
Tumor: nodular BCC (bx 09/22/25 by Dr. Amadi, reviewed)
Site: R lower eyelid, lateral third, margin-involving
Pre-op size: 0.5 x 0.4 cm
Post-op defect: 1.2 x 0.9 cm, full-thickness anterior lamella, lid margin involved
Surgeon/pathologist: Astrid Lindgren MD

Corneal shield placed. Tetracaine drops + local lido w/ epi.
Layers:
   Layer I  .... 2 blk ... POS (lateral, blk 2)
   Layer II .... 1 blk ... NEG
Tumor-free after 2 layers.

Repair: deferred to oculoplastics (lid margin reconstruction). Pt escorted to Dr. Hsiao's ASC for
same-day repair. Our repair block left blank intentionally.
Abx ointment, eye patch for transport.
""",
    "expected": E([L("17311"), L("17312")], dx={"17311": ["C44.1122"]}),
    "coder_note": "Eyelid is a 17311 site; 2 stages -> 17311 + 17312. Repair by oculoplastics (another surgeon) is not on "
                  "our claim.",
})

SCENARIOS.append({
    "id": "s75-mohs-back-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of small primary superficial BCC mid-back (AUC not met), ABN signed; Medicare FFS -> 17313-GA",
    "date": "2025-10-22",
    "patient": ("Fairweather", "Imogen", "1950-12-12", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 95,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, mid upper back", "C44.519", "Mid upper back", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, trunk, stage 1", site="Mid upper back",
          note="2 blocks, clear. Wound left to heal by second intention.", reasons=["c1"]),
    ],
    "note_title": "MMS Module - Case Report",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER / MMS MODULE
CASE# 25-1177   DOS 10/22/2025   Surgeon/pathologist: S. Weiss MD
TUMOR: superficial BCC (bx 10/01/25 acc. RD25-47102) - primary, not recurrent
SITE: mid upper back
PRE-OP SIZE: 0.7 x 0.6 cm
POST-OP DEFECT: 1.1 x 1.0 cm

Appropriate-use review: primary superficial BCC < 2 cm on the trunk, immunocompetent, no prior radiation,
no genetic syndrome, well-defined borders. Does NOT meet AUC for Mohs; I recommended ED&C or topical
imiquimod. Pt declined both and insists on Mohs. Medicare ABN (CMS-R-131) explained and signed before
the procedure; copy scanned to media tab. She understands she may be responsible for the charge.

STAGE | BLOCKS | RESULT
  1   |   2    | clear

Repair: none - second intention (pt preference, small defect). Vaseline + bandage daily.
F/u PRN, routine skin check with her dermatologist in 6 months.
""",
    "expected": E([L("17313", 1, "GA")]),
    "coder_note": "Trunk Mohs 1 stage -> 17313. Medicare FFS, LCD/AUC criteria not met, ABN signed before the service -> "
                  "GA (README coding decisions, COS-4).",
})

SCENARIOS.append({
    "id": "s75-mohs-dorsal-hand-sccis-wrong-family-precoded",
    "family": "mohs", "shape": "pre-coded",
    "description": "SCCIS L dorsal hand Mohs 2 stages pre-coded as trunk/extremity Mohs + 12031; hand -> 17311/17312 + 12041",
    "date": "2025-11-05",
    "patient": ("Delacroix-Whitby", "Harold", "1955-03-22", "male"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 140,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left dorsal hand", "D04.62", "Left dorsal hand", reason=True),
    ],
    "procedures": [
        P("Mohs surgery trunk/arms/legs first stage", cpt="17313", site="Left dorsal hand",
          note="Stage 1, 3 blocks, + at 11 o'clock", reasons=["c1"]),
        P("Mohs surgery trunk/arms/legs additional stage", cpt="17314", site="Left dorsal hand",
          note="Stage 2, 2 blocks, clear", reasons=["c1"]),
        P("Intermediate repair", cpt="12031", site="Left dorsal hand",
          note="Layered closure 2.4 cm", reasons=["c1"]),
    ],
    "note_title": "MMS Module - Case Report",
    "note": """NORTHGATE MOHS - MMS MODULE (v4.2)
Case #: 25-1210   DOS: 11/05/2025   Surgeon/pathologist: Astrid Lindgren MD
Tumor: SCC in situ (Bowen), bx 10/14/25 acc. NP25-3319, recurrent after prior 5-FU cream
Site: L dorsal hand, over 3rd metacarpal
Pre-op size: 1.0 x 0.8 cm
Post-op defect: 1.6 x 1.2 cm

Indication: hands are AUC area H; recurrent lesion.

 STAGE   BLOCKS   MAP
 ------  ------   -----------------------------------
   I       3      tumor at 11:00 epidermal margin
   II      2      clear
 ------  ------   -----------------------------------

Repair: intermediate (layered) closure. 4-0 Monocryl buried dermal + 5-0 nylon. Length 2.4 cm.
Extensor tendon paratenon not exposed.
Reconstruction same day, no referral.
F/u 10-14 days suture removal. Hand elevation, no heavy gripping x 1 week.
""",
    "expected": E([L("17311"), L("17312"), L("12041")], topics=["coding-correction"],
                  dx={"17311": ["D04.62"]}),
    "coder_note": "Hands are a 17311 site (MOHS-2) -> 17311 + 17312, not 17313/17314. Intermediate repair of the hand is "
                  "12041-12047, not 12031 (REP-2); 2.4 cm -> 12041.",
})

SCENARIOS.append({
    "id": "s75-mohs-same-day-em-psoriasis-25-g2211",
    "family": "mixed", "shape": "pre-coded",
    "description": "Mohs L temple BCC 1 stage + layered repair, plus separate psoriasis flare management with Rx; 99214 needs 25; G2211 dropped",
    "date": "2025-11-12",
    "patient": ("Kowalczyk", "Irena", "1953-09-09", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 150,
    "em": "99214",
    "conditions": [
        C("c1", "Basal cell carcinoma, left temple", "C44.319", "Left temple", reason=True),
        C("c2", "Psoriasis vulgaris, flare (elbows, scalp)", "L40.0", "Elbows and scalp", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, head/neck, stage 1", cpt="17311", site="Left temple",
          note="1 stage, 4 blocks, clear", reasons=["c1"]),
        P("Intermediate repair face", cpt="12051", site="Left temple", note="Layered closure 2.3 cm",
          reasons=["c1"]),
        P("Visit complexity add-on", cpt="G2211", note="Longitudinal psoriasis care", reasons=["c2"]),
    ],
    "note_title": "MMS Module - Case Report + Clinic Visit",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - MMS MODULE
Case #: 25-1244     DOS 11/12/2025     Surgeon/pathologist: S. Weiss MD
Tumor: BCC, nodular (bx 10/20/25, our office, acc. RD25-48820)
Site: L temple
Pre-op size: 0.9 x 0.8 cm
Post-op defect: 1.4 x 1.2 cm
 Stage I ---- 4 blocks ---- clear
Repair: layered closure, 5-0 Monocryl / 6-0 Prolene, length 2.3 cm.
Reconstruction same day; no referral.

--- SEPARATE CLINIC PROBLEM (addressed after the Mohs case, separately documented) ---
S: Pt is followed here for psoriasis vulgaris (on topical triamcinolone only). Over the past 5 weeks new
plaques on both elbows and scalp, itching keeps her awake, scaling in hair; triamcinolone no longer helping.
O: Elbows: thick erythematous scaly plaques 6 x 4 cm R, 5 x 5 cm L. Scalp: diffuse plaques occipital and
vertex. BSA ~4%. Nails: pitting x3. No joint swelling; denies morning stiffness.
A: Psoriasis vulgaris, flare/progression despite mid-potency topical.
P: Stop triamcinolone. Start clobetasol 0.05% solution to scalp BID x 2 wk then weekends; calcipotriene/
betamethasone ointment to elbows daily. Reviewed steroid-atrophy risks. If not improved in 8 weeks,
discuss phototherapy vs. systemic. RTC 8 weeks.
Level of service for the clinic problem: moderate MDM (chronic illness with exacerbation; prescription
drug management). Time for the psoriasis visit alone ~20 min, separate from the Mohs case.
S. Weiss MD
""",
    "expected": E([L("99214", 1, "25"), L("17311"), L("12051")],
                  dx={"17311": ["C44.319"], "99214": ["L40.0"]}),
    "coder_note": "GS-3: separately identifiable E/M (psoriasis flare, Rx management) on the Mohs day -> 99214-25 as "
                  "selected. EM-6: G2211 is not payable with a modifier-25 E/M -> removed. Temple Mohs 1 stage "
                  "-> 17311; layered 2.3 cm face -> 12051.",
})

SCENARIOS.append({
    "id": "s75-mohs-new-pt-em-decision-only-removed",
    "family": "mohs", "shape": "pre-coded",
    "description": "New patient referred with biopsy-proven nasal dorsum BCC; 99203 billed with same-day Mohs but only pre-op work documented -> E/M removed",
    "date": "2025-11-19",
    "patient": ("Abernethy-Cole", "Desmond", "1960-01-25", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 130,
    "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal dorsum", "C44.311", "Nasal dorsum", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", cpt="17311", site="Nasal dorsum",
          note="3 blocks, positive deep at 12 o'clock", reasons=["c1"]),
        P("Mohs micrographic surgery, additional stage", cpt="17312", site="Nasal dorsum",
          note="1 block, clear", reasons=["c1"]),
        P("Intermediate repair, nose", cpt="12051", site="Nasal dorsum", note="Layered closure 1.8 cm",
          reasons=["c1"]),
    ],
    "note_title": "MMS Module - New Patient Surgical Consult + Case Report",
    "note": """NORTHGATE MOHS - MMS MODULE
--- PRE-OP CONSULT (same day) ---
65M new to our practice, referred by Dr. Pellegrini with biopsy-proven nodular BCC of the nasal dorsum
(bx 10/28/25, path report in chart). Here for Mohs today. Reviewed path report and referral photo, confirmed
the site with the patient. Meds: atorvastatin. NKDA. No anticoagulants, no pacemaker. Explained Mohs, the
likely defect and repair options, risks (bleeding, infection, scar, recurrence). Consent signed. No other
skin concerns raised; no other problems addressed today.

--- CASE ---
Case #: 25-1266 | DOS 11/19/2025 | Surgeon/pathologist: Astrid Lindgren MD
Tumor: BCC, nodular | Site: nasal dorsum | Pre-op size: 0.6 x 0.6 cm | Post-op defect: 1.1 x 0.9 cm
Stages:  I (3 blocks): + deep 12:00  //  II (1 block): clear
Repair: intermediate, layered, 1.8 cm; 5-0 Monocryl / 6-0 fast gut.
Reconstruction same day. F/u 1 week.
""",
    "expected": E([L("17311"), L("17312"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "GS-3 / README: the pre-op consult documents only the decision and usual pre-operative work for the "
                  "Mohs (a new patient alone does not justify an E/M) -> 99203 removed. Nose 2 stages -> 17311 + 17312; "
                  "layered 1.8 cm nose -> 12051.",
})

# =============================================================================================================
# Batch 2 - more Mohs, delayed / referred-in repairs, post-op period
# =============================================================================================================

SCENARIOS.append({
    "id": "s75-mohs-upper-back-scc-transplant-complex-13102",
    "family": "mohs", "shape": "note-only", "html": True,
    "description": "Kidney-transplant pt, R upper back SCC 2.2 cm, Mohs 2 stages (trunk), complex linear repair 8.8 cm",
    "date": "2025-11-26",
    "patient": ("Mbeki-Strand", "Olufemi", "1964-06-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right upper back", "C44.529", "Right upper back (scapular)", reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "note_title": "MMS Module - Case Report",
    "note": """<html><body>
<h3>NORTHGATE MOHS &amp; SKIN CANCER CENTER &mdash; MMS MODULE</h3>
<table border="1">
<tr><td><b>Case #</b></td><td>25-1290</td><td><b>DOS</b></td><td>11/26/2025</td></tr>
<tr><td><b>Tumor</b></td><td colspan="3">SCC, moderately differentiated, bx 11/03/25 (acc. RD25-50011)</td></tr>
<tr><td><b>Site</b></td><td colspan="3">R upper back, over scapula</td></tr>
<tr><td><b>Pre-op size</b></td><td>2.2 x 1.9 cm</td><td><b>Post-op defect</b></td><td>3.4 x 2.8 cm</td></tr>
<tr><td><b>Surgeon / pathologist</b></td><td colspan="3">Samuel Weiss, MD</td></tr>
</table>
<p>61M, deceased-donor kidney transplant 2014 on tacrolimus + mycophenolate. SCC &gt; 2 cm on trunk in an
immunosuppressed host: meets AUC for Mohs.</p>
<h4>Stage grid</h4>
<table border="1">
<tr><th>Stage</th><th>Blocks</th><th>Result</th></tr>
<tr><td>1</td><td>5</td><td>positive, 3 o'clock peripheral (block 2)</td></tr>
<tr><td>2</td><td>2</td><td>negative</td></tr>
</table>
<h4>Repair block</h4>
<p>Complex linear repair. Extensive undermining in the subfascial plane on both sides, plus debridement of
the actinically damaged, devitalized wound edges; 2-0 Vicryl retention-style deep sutures placed to offload
tension over the scapula, 3-0 Monocryl dermal, 4-0 nylon running. Final repair length 8.8 cm.</p>
<p><b>Reconstruction:</b> same day by Mohs surgeon. No referral.</p>
<p>Transplant nephrology notified of SCC; no change to immunosuppression today. F/u 14 days for suture
removal, then every 3 months skin checks (already scheduled with his general dermatologist).</p>
<p>S. Weiss MD &ndash; signed 11/26/2025</p>
</body></html>""",
    "expected": E([L("17313"), L("17314"), L("13101"), L("13102")], dx={"17313": ["C44.529"]}),
    "coder_note": "Trunk Mohs 2 stages -> 17313 + 17314 (5 blocks in stage 1: no 17315). Complex trunk repair 8.8 cm -> "
                  "13101 (2.6-7.5) + 13102 x1 for the 1.3 cm beyond 7.5 (each additional 5 cm or less).",
})

SCENARIOS.append({
    "id": "s75-mohs-pretibial-scc-ftsg",
    "family": "mohs", "shape": "free-text",
    "description": "L pretibial SCC, Mohs 2 stages (trunk/arms/legs), full-thickness skin graft 6.2 sq cm",
    "date": "2025-12-03",
    "patient": ("Thibodeaux", "Marguerite", "1944-10-05", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 230,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left pretibial leg", "C44.729", "Left pretibial leg", reason=True),
    ],
    "procedures": [
        P("Mohs, stage 1", site="Left pretibial leg", note="4 blocks; positive 7 o'clock periphery.",
          reasons=["c1"]),
        P("Mohs, stage 2", site="Left pretibial leg", note="3 blocks; negative.", reasons=["c1"]),
        P("Full-thickness skin graft to Mohs defect", site="Left pretibial leg",
          note="FTSG harvested from left inner upper arm, defatted, sutured with bolster. Recipient area 6.2 sq cm. "
               "Donor site closed primarily.", reasons=["c1"]),
    ],
    "note_title": "MMS Module - Case Report",
    "note": """NORTHGATE MOHS - MMS MODULE
Case #        : 25-1312
DOS           : 12/03/2025
Tumor         : SCC, well to moderately differentiated; bx 11/10/25 (acc. NP25-3507)
Site          : L pretibial leg, mid-shin
Pre-op size   : 1.6 x 1.3 cm
Post-op defect: 2.8 x 2.2 cm (recipient bed 6.2 sq cm), to deep fat, no periosteum exposed
Surgeon/path  : A. Lindgren MD

81F, thin atrophic skin on warfarin (INR 2.3 this morning). Pretibial SCC >= 1 cm: AUC appropriate.
Primary closure not possible on the shin without excessive tension.

Stage I:   4 blks  |  + 7:00 periphery
Stage II:  3 blks  |  clear

Repair block:
  Full-thickness skin graft from L inner upper arm. Graft trimmed to fit, defatted, pie-crusted.
  Recipient site 6.2 sq cm. Secured with 5-0 fast gut, tie-over bolster. Donor site (arm) closed
  primarily with 4-0 Monocryl / 4-0 nylon - part of the graft procedure.
Reconstruction same day by me; no referral.
Leg elevation, compression over bolster, bolster removal 1 wk.
""",
    "expected": E([L("17313"), L("17314"), L("15220")], dx={"17313": ["C44.729"]}),
    "coder_note": "Leg Mohs 2 stages -> 17313 + 17314. FTSG to leg, recipient 6.2 sq cm -> 15220 (scalp/arms/legs, "
                  "<= 20 sq cm); donor closure is part of the graft, no separate repair line.",
})

SCENARIOS.append({
    "id": "s75-mohs-helix-layers-billed-88305-precoded",
    "family": "mohs", "shape": "pre-coded",
    "description": "R helix BCC Mohs 2 stages with 88305 x2 pre-coded for the Mohs layers; complex rim repair 2.8 cm",
    "date": "2025-12-10",
    "patient": ("Castellano-Reyes", "Ignatius", "1948-01-17", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, right helix", "C44.212", "Right helical rim", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery first stage", cpt="17311", site="Right helix",
          note="Stage I 3 blocks", reasons=["c1"]),
        P("Mohs micrographic surgery additional stage", cpt="17312", site="Right helix",
          note="Stage II 2 blocks", reasons=["c1"]),
        P("Surgical pathology, level IV", cpt="88305", site="Right helix",
          note="Mohs layer I frozen sections", reasons=["c1"]),
        P("Surgical pathology, level IV", cpt="88305", site="Right helix",
          note="Mohs layer II frozen sections", reasons=["c1"]),
        P("Complex repair ear", cpt="13152", site="Right helix", note="Helical rim complex repair 2.8 cm",
          reasons=["c1"]),
    ],
    "note_title": "MMS Module - Case Report",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER | MMS MODULE
CASE # 25-1340 | DOS 12/10/2025 | SURGEON+PATHOLOGIST: S. Weiss MD
TUMOR: BCC, micronodular (bx 11/18/25 acc. RD25-51198)
SITE: R helical rim, superior third
PRE-OP SIZE: 0.8 x 0.6 cm
POST-OP DEFECT: 1.5 x 1.1 cm, through to cartilage

Stage grid
  [I ] 3 blocks  -> + at 2-3 o'clock
  [II] 2 blocks  -> clear
  All tissue processed as frozen sections in our Mohs lab and read by me. No specimens to outside
  pathology; no permanent sections requested.

Repair block: complex repair of the helical rim. Exposed cartilage trimmed 2 mm, helical rim free margin
re-approximated with vertical mattress to evert, chondrocutaneous advancement of the rim. Length 2.8 cm.
Reconstruction same day, no referral.
F/u 1 week.
""",
    "expected": E([L("17311"), L("17312"), L("13152")], topics=["ncci"], dx={"17311": ["C44.212"]}),
    "coder_note": "MOHS-5: the Mohs surgeon's reading of the Mohs layers is part of 17311/17312; 88305 for the layers is "
                  "removed (PTP 17311/88305 indicator 1, no exception documented). Complex helical-rim repair 2.8 cm "
                  "-> 13152.",
})

SCENARIOS.append({
    "id": "s75-mohs-nasal-sidewall-prior-path-bx-frozen-precoded",
    "family": "mohs", "shape": "pre-coded",
    "description": "Biopsy-proven nasal sidewall SCC; surgeon also billed a same-day tangential bx + 88331 'confirmation' -> removed; Mohs 1 stage + FTSG",
    "date": "2025-12-17",
    "patient": ("Lindqvist-Auer", "Beatrix", "1951-03-04", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 175,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left nasal sidewall", "C44.321", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", cpt="11102", site="Left nasal sidewall",
          note="Shave of tumor surface for frozen confirmation prior to stage 1", reasons=["c1"]),
        P("Frozen section, first block", cpt="88331", site="Left nasal sidewall",
          note="Confirmatory frozen section of shave specimen", reasons=["c1"]),
        P("Mohs micrographic surgery first stage", cpt="17311", site="Left nasal sidewall",
          note="Stage I, 4 blocks, clear", reasons=["c1"]),
        P("Full thickness graft, nose", cpt="15260", site="Left nasal sidewall",
          note="Preauricular FTSG, recipient 3.6 sq cm", reasons=["c1"]),
    ],
    "note_title": "MMS Module - Case Report",
    "note": """NORTHGATE MOHS -- MMS MODULE -- Case Report
Case #: 25-1371           DOS: 12/17/2025
Surgeon / Mohs pathologist: Astrid Lindgren MD
Tumor: invasive SCC, well differentiated - biopsy 11/26/2025 by Dr. Okafor (acc. RD25-52014): "SCC, well
  differentiated, extending to the base"
Site: L nasal sidewall
Pre-op size: 0.9 x 0.8 cm
Post-op defect: 1.9 x 1.7 cm (3.6 sq cm), to nasalis

Pre-op: my routine - tumor surface shaved and a frozen section run to confirm the tumor before
stage I. Frozen: SCC, consistent with the outside biopsy. (Diagnosis already established by the
11/26 biopsy; the shave also served as the debulk.)

Stages:
  I - 4 blocks - clear

Repair: full-thickness skin graft from the L preauricular cheek; recipient area 3.6 sq cm; basting
sutures + 6-0 fast gut; bolster. Donor closed primarily (included).
Reconstruction same day; no referral. Bolster off in 1 week.
""",
    "expected": E([L("17311"), L("15260")], topics=["ncci"], dx={"17311": ["C44.321"]}),
    "coder_note": "BX-5/MOHS-5: the lesion already had a pathology diagnosis, so the pre-stage shave + frozen section is "
                  "part of the Mohs (debulk/confirmation), not a diagnostic biopsy -> 11102 and 88331 removed "
                  "(17311/11102 and 17311/88331 indicator 1, no distinct lesion). Nose FTSG 3.6 sq cm -> 15260.",
})

SCENARIOS.append({
    "id": "s75-repair-forehead-advancement-day-after-mohs",
    "family": "repair", "shape": "pre-coded",
    "description": "Delayed repair: forehead Mohs done yesterday (000 global), today advancement flap 12.4 sq cm; no global modifier",
    "date": "2026-01-08",
    "patient": ("Ferreira-Lund", "Octavia", "1957-07-21", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 110,
    "conditions": [
        C("c1", "Basal cell carcinoma, left forehead, status post Mohs clearance 01/07/2026", "C44.319",
          "Left forehead", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-07", "17311", "Mohs micrographic surgery, first stage", "Left forehead",
              "Stage I 3 blocks + ; stage II 2 blocks clear. Defect dressed for delayed repair."),
    ],
    "procedures": [
        P("Adjacent tissue transfer, forehead", cpt="14041", site="Left forehead",
          note="A-to-T advancement flap; primary 4.8 sq cm + secondary 7.6 sq cm = 12.4 sq cm", reasons=["c1"]),
    ],
    "note_title": "MMS Module - Delayed Reconstruction",
    "note": """NORTHGATE MOHS - MMS MODULE :: RECONSTRUCTION ENTRY (delayed)
Case #: 26-0019 (Mohs 01/07/2026, same case)     DOS: 01/08/2026
Tumor: BCC, infiltrative - CLEARED yesterday in 2 stages (see 01/07 case report)
Site: L forehead, above lateral brow
Pre-op size (01/07): 1.3 x 1.1 cm
Post-op defect: 2.4 x 2.0 cm (4.8 sq cm), to frontalis fascia

Repair delayed by one day (yesterday's schedule ran long; defect dressed overnight, pt agreed in advance).
Wound clean, no signs of infection.

Repair block:
  A-to-T advancement flap along the brow/forehead junction.
  Primary defect 4.8 sq cm; secondary defect (flap limbs) 7.6 sq cm; total 12.4 sq cm.
  Subgaleal undermining, 4-0 Monocryl deep, 5-0 Prolene running.
Reconstruction done by Mohs surgeon; no referral.
No E/M today - repair visit only.
F/u 1 week suture removal.
S. Weiss MD
""",
    "expected": E([L("14041")]),
    "coder_note": "FLAP-1: forehead flap 4.8 + 7.6 = 12.4 sq cm -> 14041. The Mohs yesterday is 000 global (GS-2), so "
                  "there is no post-op period: no 58/79 on the flap.",
})

SCENARIOS.append({
    "id": "s75-repair-referred-in-chin-neck-complex-summed",
    "family": "repair", "shape": "note-only",
    "description": "Referred-in defects from an outside Mohs surgeon: chin 2.1 cm + neck 1.6 cm complex repairs summed -> 13132",
    "date": "2026-01-14",
    "patient": ("Achterberg", "Lucius", "1950-09-13", "male"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 100,
    "conditions": [
        C("c1", "Basal cell carcinoma, chin, cleared by Mohs this morning (outside)", "C44.319", "Chin",
          reason=True),
        C("c2", "Basal cell carcinoma, left lateral neck, cleared by Mohs this morning (outside)", "C44.41",
          "Left lateral neck", reason=True),
    ],
    "note_title": "MMS Module - Reconstruction (referred)",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - MMS MODULE - RECONSTRUCTION ONLY
Referral: Dr. V. Anand (Lakeview Mohs) cleared two BCCs this morning and sent the open defects to us for
reconstruction. Her Mohs maps reviewed; margins clear on both. We did not perform the Mohs.

Case #: 26-0044R      DOS: 01/14/2026      Reconstructive surgeon: A. Lindgren MD

DEFECT 1  Site: chin, midline-left      Tumor: BCC (cleared)   Post-op defect: 1.2 x 1.0 cm
DEFECT 2  Site: L lateral neck          Tumor: BCC (cleared)   Post-op defect: 0.9 x 0.8 cm

Both defects arrived ~6 h after creation with desiccated, devitalized edges. Repair block:
  Defect 1 (chin): debridement of the devitalized wound edges, wide undermining, layered closure.
     Complex repair, final length 2.1 cm.
  Defect 2 (neck): debridement of the devitalized wound edges, undermining, layered closure.
     Complex repair, final length 1.6 cm.
Hemostasis with electrocautery. Steri-strips.
Reconstruction complete; no further referral. Suture removal in 7 days here.
""",
    "expected": E([L("13132")]),
    "coder_note": "Debridement of wound edges makes both repairs complex (REP-3). Chin and neck are the same complex group "
                  "(13131-13133): 2.1 + 1.6 = 3.7 cm -> 13132. No Mohs lines: Mohs done by another practice.",
})

SCENARIOS.append({
    "id": "s75-repair-alar-rim-complex-under-1cm-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Referred-in 0.9 cm alar rim defect pre-coded as complex repair 13151; complex <=1.0 cm -> layered closure 12051",
    "date": "2026-01-21",
    "patient": ("Pemberton-Osei", "Winifred", "1947-05-02", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal ala, cleared by outside Mohs", "C44.311", "Right alar rim",
          reason=True),
    ],
    "procedures": [
        P("Complex repair, nose", cpt="13151", site="Right alar rim",
          note="Rim-involving layered repair, 0.9 cm", reasons=["c1"]),
    ],
    "note_title": "MMS Module - Reconstruction (referred)",
    "note": """NORTHGATE MOHS - MMS MODULE
RECONSTRUCTION ENTRY - referred defect (Mohs performed yesterday by Dr. Banerjee, Cedar Valley Dermatology)
Case #: 26-0061R     DOS: 01/21/2026     Surgeon: S. Weiss MD
Tumor: BCC nodular, cleared in 1 stage per outside Mohs map
Site: R alar rim
Post-op defect: 0.5 x 0.4 cm, notching the free margin of the nostril rim

Repair block:
  Layered closure with rim realignment (5-0 Monocryl buried, 6-0 fast gut). Because the nostril rim is
  involved I entered it as a complex repair. Final repair length 0.9 cm.
Reconstruction complete.
F/u 1 week.
""",
    "expected": E([L("12051")], topics=["coding-correction"]),
    "coder_note": "REP-2 / code_families: a complex repair of 1.0 cm or less is coded as simple or intermediate; this "
                  "is a layered closure of the nose 0.9 cm -> 12051.",
})

SCENARIOS.append({
    "id": "s75-postop-nasal-flap-check-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Routine check 3 weeks after nasal bilobed flap (090 global); provider selected 99213 -> 99024",
    "date": "2025-09-24",
    "patient": ("Vanterpool", "Glenda", "1946-02-19", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "em": "99213",
    "conditions": [
        C("c1", "Aftercare following skin surgery (bilobed flap, nasal tip)", "Z48.817", "Nasal tip", reason=True),
    ],
    "prior": [
        PRIOR("2025-09-03", "14060", "Bilobed transposition flap, nose, 7.4 sq cm", "Nasal tip",
              "After Mohs of nasal tip BCC"),
    ],
    "note_title": "MMS Module - Post-op Check",
    "note": """NORTHGATE MOHS - MMS MODULE - POST-OP
Case #: 25-0917 (ref. Mohs + bilobed flap 09/03/2025)   DOS 09/24/2025   Post-op day 21
Site: nasal tip

S: No pain. Some tightness over the dorsum. Using Vaseline as told.
O: Flap viable, pink, good contour. Mild pincushioning of the lobule, expected at 3 weeks. No
   erythema, no drainage. Suture tracks faint.
A: Healing as expected after bilobed flap.
P: Scar massage from week 4. Silicone gel. Next check 3 months. No other problems raised.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 90-day global of 14060, nothing unrelated addressed "
                  "-> 99024, not 99213.",
})

SCENARIOS.append({
    "id": "s75-postop-unrelated-dermatitis-em-24",
    "family": "post-op", "shape": "note-only",
    "description": "5 weeks into 090 global of forehead flap, visit for new hand dermatitis with Rx -> 99213-24",
    "date": "2026-02-12",
    "patient": ("Ferreira-Lund", "Octavia", "1957-07-21", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis of hands due to other agents (nitrile/accelerators suspected)",
          "L23.89", "Both hands", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-08", "14041", "A-to-T advancement flap forehead 12.4 sq cm", "Left forehead"),
    ],
    "note_title": "Clinic Module - Office Visit",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - CLINIC MODULE (general)
DOS 02/12/2026     Provider: S. Weiss MD
Reason for visit: itchy rash on both hands x 3 weeks - NEW problem.
(Her forehead flap from 01/08 is not part of today's visit; flap check already done 01/15 and the next one
is booked for April.)

HPI: started a new job at a food-packing plant wearing nitrile gloves; itchy vesicular rash of dorsal hands and
finger webs, worse at the end of shifts. Tried OTC hydrocortisone 1% without benefit.
Exam: bilateral dorsal hands and web spaces with erythematous papulovesicular plaques, fissuring at knuckles.
Palms spared. No pustules, no honey crust.
A: Allergic contact dermatitis of hands, suspect rubber accelerators in gloves.
P: Rx triamcinolone 0.1% ointment BID x 2 weeks; switch to accelerator-free gloves (list given);
   bland emollient. Discussed patch testing if not clear in 4-6 weeks.
Level: low MDM - acute uncomplicated illness + prescription drug management. 99213.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.89"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the flap, inside the flap's 90-day global -> 99213-24.",
})

SCENARIOS.append({
    "id": "s75-postop-new-forearm-lesion-bx-79",
    "family": "post-op", "shape": "free-text",
    "description": "6 weeks into 90-day global of nasal flap, separate visit for a new bleeding forearm papule: tangential bx -> 11102-79",
    "date": "2025-10-16",
    "patient": ("Vanterpool", "Glenda", "1946-02-19", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Bleeding papule, left dorsal forearm (biopsied, path pending at visit)", None,
          "Left dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2025-09-03", "14060", "Bilobed transposition flap, nose, 7.4 sq cm", "Nasal tip"),
    ],
    "procedures": [
        P("Shave biopsy", site="Left dorsal forearm",
          note="0.6 cm friable pink papule, bleeds with minor trauma x 1 month. Tangential (shave) biopsy to "
               "mid-dermis with Dermablade for diagnosis; hemostasis with aluminum chloride. Sent to pathology.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Left dorsal forearm, shave biopsy: squamous cell carcinoma in situ, extending to the deep margin.",
         "site": "Left dorsal forearm"},
    ],
    "note_title": "Clinic Module - Procedure Visit",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - CLINIC MODULE
DOS 10/16/2025   Provider: A. Lindgren MD
Reason: new bleeding spot L forearm noticed 4 weeks ago. (Nasal flap 09/03 healing fine per pt; flap is
followed by Dr. Weiss and was NOT examined today.)
Lesion: 0.6 cm friable pink papule L dorsal forearm. Differential SCC vs. irritated SK vs. pyogenic granuloma.
Procedure: tangential (shave) biopsy for diagnosis. Consent, lido w/ epi, Dermablade, AlCl hemostasis.
Specimen to pathology. Will call with result; treatment plan depends on path.
No other concerns.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["D04.62"]}),
    "coder_note": "GS-5: a procedure for a new, unrelated lesion inside the 90-day global of 14060 -> 79 on 11102. "
                  "Pathology is back: SCCIS left forearm -> D04.62.",
})

# =============================================================================================================
# Batch 3 - excisions, biopsies, shaves, AK destruction (procedure module of the same charting system)
# =============================================================================================================

SCENARIOS.append({
    "id": "s75-exc-mis-upper-back-wle-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "WLE melanoma in situ upper back: 1.1 cm + 0.5 cm margins = 2.1 cm -> 11603, layered closure 5.8 cm",
    "date": "2025-09-11",
    "patient": ("Ostrowski", "Fenella", "1962-04-18", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Melanoma in situ, left upper back", "D03.59", "Left upper back", reason=True),
    ],
    "path": [
        {"text": "Skin, left upper back, wide excision: residual melanoma in situ, lentiginous pattern; all margins "
                 "free (closest 4 mm). No invasive component.", "site": "Left upper back"},
    ],
    "note_title": "Procedure Module - Excision",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - PROCEDURE MODULE (non-Mohs excision)
Case #: 25-E0231    DOS 09/11/2025    Surgeon: A. Lindgren MD
Tumor: melanoma in situ (bx 08/19/25, acc. RD25-39982, peripheral margin involved)
Site: L upper back, paraspinal
Pre-op size: 1.1 x 0.8 cm (biopsy scar plus residual pigment, measured under dermoscopy before incision)
Margins: 0.5 cm clinical margin all around
Excised diameter: 1.1 + 0.5 + 0.5 = 2.1 cm
Post-op defect: ellipse 5.8 cm long, to fascia

Not a Mohs case (trunk MIS; wide local excision with permanent sections per guideline).

Repair block: intermediate layered closure - 3-0 Vicryl deep dermal, 4-0 nylon running.
  Final length 5.8 cm.
Specimen oriented with suture at 12 o'clock, sent for permanent sections.

Path (09/16): residual MIS, margins clear.
F/u 2 weeks sutures; full-skin exams every 6 months.
""",
    "expected": E([L("11603"), L("12032")], dx={"11603": ["D03.59"]}),
    "coder_note": "EX-1/EX-3: MIS -> malignant excision; excised diameter 1.1 + 2 x 0.5 = 2.1 cm on trunk -> 11603. "
                  "Intermediate repair trunk 5.8 cm -> 12032 (separately reportable, EX-5).",
})

SCENARIOS.append({
    "id": "s75-exc-forearm-scc-reexcision-58-precoded",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of positive-margin forearm SCC 7 days after 11602 (010 global): 2.0 + 0.6 = 2.6 cm -> 11603-58",
    "date": "2026-02-04",
    "patient": ("Haverkamp", "Dorian", "1968-11-02", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left forearm, positive lateral margin on prior excision", "C44.629",
          "Left volar forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-28", "11602", "Excision malignant lesion, arm, 1.8 cm", "Left volar forearm",
              "Path: SCC, well differentiated, lateral margin involved."),
    ],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs, 2.1-3.0 cm", cpt="11603", site="Left volar forearm",
          note="Re-excision of scar with 3 mm margins; scar 2.0 cm; simple closure.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left volar forearm, re-excision: scar with no residual carcinoma; margins clear.",
         "site": "Left volar forearm"},
    ],
    "note_title": "Procedure Module - Re-excision",
    "note": """PROCEDURE MODULE - RE-EXCISION (margin clearance)
Case #: 26-E0057 (linked to 26-E0041, excision 01/28/2026)     DOS 02/04/2026
Surgeon: S. Weiss MD
Tumor: SCC, well differentiated - 01/28 excision path: lateral margin POSITIVE
Site: L volar forearm
Pre-op size: healing scar 2.0 cm long (sutures removed today)
Margin: 0.3 cm around the scar
Excised diameter: 2.0 + 0.3 + 0.3 = 2.6 cm
Post-op defect: 3.4 cm ellipse

Planned return to clear the margin (discussed at the 01/28 visit when path pending). Pt declined Mohs.
Closure: simple single-layer 4-0 nylon interrupted - no layered closure needed.
Specimen to path, suture at 12.
Path 02/09: no residual carcinoma, margins clear.
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.629"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> 58; still a malignant "
                  "excision although the re-excision is negative. 2.0 + 2 x 0.3 = 2.6 cm arm -> 11603. Simple closure included.",
})

SCENARIOS.append({
    "id": "s75-exc-scalp-scc-declined-mohs-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Scalp SCC excised (pt declined Mohs): 1.5 + 0.8 = 2.3 cm -> 11623; scalp layered closure 5.0 cm -> 12032",
    "date": "2025-10-02",
    "patient": ("Ruckelshaus", "Emmerich", "1938-02-09", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 80,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left parietal scalp", "C44.42", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision of SCC with 4 mm margins", site="Left parietal scalp",
          note="Lesion 1.5 x 1.3 cm, 4 mm margins -> excised diameter 2.3 cm. Permanent sections.",
          reasons=["c1"]),
        P("Layered closure", site="Left parietal scalp",
          note="Galeal 3-0 Vicryl, staples; 5.0 cm final length.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left parietal scalp, excision: squamous cell carcinoma, well differentiated, invasive to "
                 "1.8 mm; margins negative (closest 3 mm).", "site": "Left parietal scalp"},
    ],
    "note_title": "Procedure Module - Excision",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER -- PROCEDURE MODULE (standard excision)
Case #  25-E0301        DOS 10/02/2025        Surgeon A. Lindgren MD
Tumor   SCC, well differentiated (bx 09/12/25)
Site    L parietal scalp
Pre-op size   1.5 x 1.3 cm
Margin        4 mm
Excised diam. 1.5 + 0.8 = 2.3 cm
Defect        2.3 cm round -> converted to fusiform, 5.0 cm

87M offered Mohs (scalp SCC 1.5 cm meets AUC); he declined - does not want a long day. Standard excision
with permanent margins chosen.
Repair block: intermediate - galea closed 3-0 Vicryl, skin with staples. Final length 5.0 cm.
Specimen for permanent sections. Path 10/07: SCC, margins negative.
Staples out day 10-12.
""",
    "expected": E([L("11623"), L("12032")], dx={"11623": ["C44.42"]}),
    "coder_note": "Scalp is SNHFG for excisions: 1.5 + 2 x 0.4 = 2.3 cm -> 11623. Intermediate repair of the scalp is "
                  "12031-12037 (scalp/trunk/extremities group): 5.0 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s75-exb-posterior-neck-cyst-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed epidermoid cyst posterior neck: 1.9 + 0.2 = 2.1 cm -> 11423; neck layered 3.8 cm -> 12042",
    "date": "2025-10-09",
    "patient": ("Nwachukwu", "Tobias", "1985-06-14", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal cyst, posterior neck, recurrently inflamed", "L72.0", "Posterior neck", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Posterior neck",
          note="Cyst 1.9 cm, 1 mm margin each side; excised diameter 2.1 cm. Removed intact with sac.",
          reasons=["c1"]),
        P("Layered repair", site="Posterior neck", note="Deep 4-0 Vicryl, 5-0 nylon; length 3.8 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, posterior neck: ruptured epidermal inclusion cyst with foreign-body giant-cell "
                 "reaction. No atypia.", "site": "Posterior neck"},
    ],
    "note_title": "Procedure Module - Excision",
    "note": """PROCEDURE MODULE -- BENIGN EXCISION
Case #: 25-E0318   DOS: 10/09/2025   Surgeon: S. Weiss MD
Lesion: epidermoid cyst, clinically
Site: posterior neck, midline just below hairline
Pre-op size: 1.9 x 1.6 cm
Margin: 0.1 cm
Excised diameter: 2.1 cm

Indication: inflamed and painful 3 times in the past year, drained by urgent care twice, tender today to
collar friction; not cosmetic.
Excised in toto with sac. Repair block: layered closure, 4-0 Vicryl deep, 5-0 nylon, final length 3.8 cm.
Specimen to pathology. Path: ruptured epidermal inclusion cyst.
""",
    "expected": E([L("11423"), L("12042")], dx={"11423": ["L72.0"]}),
    "coder_note": "Neck is SNHFG: 1.9 + 2 x 0.1 = 2.1 cm -> 11423 (benign path). Intermediate repair of the neck is "
                  "12041-12047: 3.8 cm -> 12042. Symptomatic cyst (pain, recurrent inflammation) is covered.",
})

SCENARIOS.append({
    "id": "s75-exb-scalp-pilar-cyst-no-size",
    "family": "excision-benign", "shape": "note-only",
    "description": "Pilar cyst scalp excised with layered repair 3.0 cm but no lesion size documented -> repair line only",
    "date": "2025-10-23",
    "patient": ("Guerreiro", "Philippa", "1972-01-28", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Pilar cyst, scalp, painful", "L72.11", "Right occipital scalp", reason=True),
    ],
    "path": [
        {"text": "Scalp, right occipital, excision: trichilemmal (pilar) cyst.", "site": "Right occipital scalp"},
    ],
    "note_title": "Procedure Module - Excision",
    "note": """PROCEDURE MODULE - BENIGN EXCISION
Case #: 25-E0344     DOS: 10/23/2025     Surgeon: A. Lindgren MD
Lesion: pilar cyst (clinical)
Site: R occipital scalp
Pre-op size: [not entered]
Margin: narrow, just around the cyst wall
Excised diameter: [not entered]

Indication: tender when she lies back on it and when brushing; hair stylist nicked it twice with bleeding.
Procedure: incision over the cyst, cyst dissected out intact.
Repair block: intermediate - 3-0 Vicryl deep to close dead space, 4-0 nylon; final length 3.0 cm.
Specimen to pathology: trichilemmal cyst.
Sutures out 10 days.
""",
    "expected": E([L("12032")], topics=["missing-documentation"]),
    "coder_note": "README coding decisions: no lesion size/excised diameter -> no excision line, missing-documentation "
                  "finding; the separately documented intermediate scalp repair 3.0 cm -> 12032 stays.",
})

SCENARIOS.append({
    "id": "s75-bx-three-techniques-consult",
    "family": "biopsy", "shape": "note-only",
    "description": "Three biopsies of three lesions: incisional thigh, punch scalp, tangential back -> 11106 + 11105 + 11103",
    "date": "2025-11-06",
    "patient": ("Szymanski", "Aurelio", "1959-08-22", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Indurated plaque, right anterior thigh", None, "Right anterior thigh", reason=True),
        C("c2", "Scarring alopecia patch, vertex scalp", None, "Vertex scalp", reason=True),
        C("c3", "Pink scaly papule, left mid back", None, "Left mid back", reason=True),
    ],
    "path": [
        {"text": "A. Right anterior thigh, incisional biopsy: morphea (sclerotic collagen, perivascular plasma cells).",
         "site": "Right anterior thigh"},
        {"text": "B. Vertex scalp, punch biopsy: lichen planopilaris.", "site": "Vertex scalp"},
        {"text": "C. Left mid back, shave biopsy: superficial basal cell carcinoma, extending to peripheral margin.",
         "site": "Left mid back"},
    ],
    "note_title": "Procedure Module - Biopsies",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - PROCEDURE MODULE: BIOPSY
Case #: 25-B0412      DOS 11/06/2025      Provider: S. Weiss MD
(Consult visit billed separately by referring general dermatologist; today = procedures only.)

 Spec | Site                | Lesion                         | Technique                           | Closure
 -----+---------------------+--------------------------------+-------------------------------------+-----------
  A   | R anterior thigh    | 4 x 3 cm indurated ivory plaque | Incisional (wedge with #15 blade,   | 2 sutures
      |                     |                                | full thickness into fat)            |
  B   | Vertex scalp        | 2 cm shiny scarred patch       | Punch 4 mm                          | 1 suture
  C   | L mid back          | 0.7 cm pink scaly papule       | Tangential (shave) to mid-dermis   | AlCl
 -----+---------------------+--------------------------------+-------------------------------------+-----------
Three separate lesions, three specimens, three jars.
Consent, time-out, lido w/ epi. Hemostasis adequate. Wound care reviewed.
Pathology: A morphea; B lichen planopilaris; C superficial BCC (will schedule ED&C vs. excision).
""",
    "expected": E([L("11106"), L("11105"), L("11103")], dx={"11106": ["L94.0"]}),
    "coder_note": "BX-2: one primary for the highest technique (incisional 11106); the punch takes 11105 and the tangential "
                  "11103. 11105 and 11103 both accept 11106 as primary (AOC).",
})

SCENARIOS.append({
    "id": "s75-bx-deleted-11100-11101-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Three shave biopsies pre-coded with deleted 11100 + 11101 x2 -> 11102 + 11103 x2",
    "date": "2025-11-13",
    "patient": ("Van der Merwe", "Colette", "1966-12-01", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Changing pigmented macule, right upper arm", None, "Right upper arm", reason=True),
        C("c2", "Scaly papule, left cheek", None, "Left cheek", reason=True),
        C("c3", "Pearly papule, right upper chest", None, "Right upper chest", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", cpt="11100", site="Right upper arm",
          note="Shave (tangential) biopsy, pigmented macule 0.6 cm", reasons=["c1"]),
        P("Biopsy of skin, each additional lesion", cpt="11101", site="Left cheek",
          note="Shave (tangential) biopsy, scaly papule 0.5 cm", reasons=["c2"]),
        P("Biopsy of skin, each additional lesion", cpt="11101", site="Right upper chest",
          note="Shave (tangential) biopsy, pearly papule 0.4 cm", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Right upper arm: compound dysplastic nevus with mild atypia, margins involved.",
         "site": "Right upper arm"},
        {"text": "B. Left cheek: actinic keratosis, hypertrophic.", "site": "Left cheek"},
        {"text": "C. Right upper chest: basal cell carcinoma, nodular.", "site": "Right upper chest"},
    ],
    "note_title": "Procedure Module - Biopsies",
    "note": """PROCEDURE MODULE :: BIOPSY
Case # 25-B0433 | DOS 11/13/2025 | A. Lindgren MD
Specimen A - R upper arm - 0.6 cm irregular pigmented macule, changed per pt - tangential (shave) bx
Specimen B - L cheek - 0.5 cm scaly papule, tender - tangential (shave) bx
Specimen C - R upper chest - 0.4 cm pearly papule - tangential (shave) bx
All three: Dermablade, to mid-dermis, AlCl hemostasis, separate containers.
Sampling only (lesions not fully removed); definitive treatment per pathology.
Charge entry from template: 11100, 11101 x2.
""",
    "expected": E([L("11102"), L("11103", 2)], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 were deleted 31 Dec 2018 -> tangential technique: 11102 + 11103 x2.",
})

SCENARIOS.append({
    "id": "s75-shave-nasal-tip-and-back-bleeding",
    "family": "shave", "shape": "free-text",
    "description": "Shave removals: nasal tip 0.4 cm bleeding papule (11310) + 1.3 cm irritated SK on back (11302); Medicare",
    "date": "2025-11-20",
    "patient": ("Lachapelle", "Wendell", "1945-03-16", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Fibrous papule of nose", "D23.39", "Nasal tip", reason=True),
        C("c2", "Inflamed seborrheic keratosis, back", "L82.0", "Right lower back", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Nasal tip",
          note="0.4 cm dome-shaped papule that bleeds with washing; clinically cannot exclude BCC in a pt with "
               "prior BCCs. Removed flush by shave, cautery. To path.", reasons=["c1"]),
        P("Shave removal", site="Right lower back",
          note="1.3 cm crusted, inflamed SK under the belt line, bleeding and sore. Removed flush by shave. To path.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Nasal tip, shave: fibrous papule (angiofibroma). No carcinoma.", "site": "Nasal tip"},
        {"text": "B. Right lower back, shave: irritated seborrheic keratosis.", "site": "Right lower back"},
    ],
    "note_title": "Procedure Module - Shave Removal",
    "note": """NORTHGATE - PROCEDURE MODULE: SHAVE REMOVAL x2
Case #: 25-S0120   DOS 11/20/2025   S. Weiss MD
80M with hx of 3 BCCs (last Mohs 2023).
 #1 Nasal tip   | 0.4 cm  | bleeding papule, r/o BCC          | shave removal, flush, cautery
 #2 R lower back| 1.3 cm  | inflamed SK, belt friction, bleeds | shave removal, flush
Consent signed. Lido 1% w/ epi, 1 mL total. Dermablade shave at the dermal level.
Both fully removed (therapeutic removal, not sampling). Specimens to path.
Hemostasis: electrocautery (#1), AlCl (#2). Petrolatum + bandage.
Other findings: scattered lentigines and a few small SKs on the back - asymptomatic, not treated.
Path: #1 fibrous papule; #2 irritated SK.
Plan: routine 6-month skin check (BCC history).
""",
    "expected": E([L("11310"), L("11302")], dx={"11310": ["D23.39"], "11302": ["L82.0"]}),
    "coder_note": "SH-1: coded by site group and lesion diameter. Nose 0.4 cm -> 11310; back 1.3 cm -> 11302. Both have "
                  "BSL-3 reasons (bleeding, inflammation, diagnostic uncertainty): covered, no GY.",
})

SCENARIOS.append({
    "id": "s75-shave-scalp-no-size-neck-sized",
    "family": "shave", "shape": "note-only",
    "description": "Two shave removals: scalp lesion with no size documented (no line) + neck 0.7 cm (11306)",
    "date": "2025-12-04",
    "patient": ("Ebersole", "Marisol", "1970-10-10", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Left frontal scalp", reason=True),
        C("c2", "Irritated intradermal nevus, neck", "D22.4", "Right lateral neck", reason=True),
    ],
    "path": [
        {"text": "A. Left frontal scalp, shave: inflamed seborrheic keratosis.", "site": "Left frontal scalp"},
        {"text": "B. Right lateral neck, shave: intradermal melanocytic nevus with irritation.",
         "site": "Right lateral neck"},
    ],
    "note_title": "Procedure Module - Shave Removal",
    "note": """PROCEDURE MODULE :: SHAVE REMOVAL
Case # 25-S0138 | DOS 12/04/2025 | Provider A. Lindgren MD
Lesion 1: L frontal scalp, raised crusted keratotic papule, catches on comb and bleeds. Size: ___
   Shave removal flush with skin, AlCl. Path.
Lesion 2: R lateral neck, 0.7 cm soft papule rubbed raw by necklace clasp, bleeding twice this month.
   Shave removal flush, AlCl. Path.
Consent for both; lido w/ epi; Dermablade. Both lesions removed completely (not sampled).
Wound care: petrolatum daily until healed, expect pink macule.
Pt also asked about "age spots" on her hands - lentigines, reassured, nothing done.
Path: 1 inflamed SK, 2 irritated intradermal nevus.
""",
    "expected": E([L("11306")], topics=["missing-documentation"]),
    "coder_note": "README: no lesion size -> no size-banded shave line for the scalp lesion + missing-documentation. Neck "
                  "0.7 cm (SNHFG) -> 11306.",
})

SCENARIOS.append({
    "id": "s75-destr-ak-eighteen-precoded-17003x17",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 18 AKs at a Mohs follow-up, pre-coded 17000 + 17003 x17 -> 17004 x1",
    "date": "2025-12-11",
    "patient": ("Armitage", "Percival", "1942-07-07", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead and dorsal hands", "L57.0", "Scalp, forehead, dorsal hands",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp",
          note="LN2 cryotherapy", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each", cpt="17003", site="Scalp, forehead, dorsal hands",
          note="LN2 cryotherapy, 17 additional lesions (units 17)", reasons=["c1"]),
    ],
    "note_title": "Procedure Module - Destruction",
    "note": """NORTHGATE MOHS - PROCEDURE MODULE: DESTRUCTION (premalignant)
Case #: 25-D0221     DOS 12/11/2025     S. Weiss MD
Pt seen for AK treatment 6 months after Mohs of L temple (healed; no post-op issues).
Lesion count by site:
   scalp ........ 9
   forehead ..... 5
   dorsal R hand  2
   dorsal L hand  2
   TOTAL ........ 18 AKs
Method: LN2, 2 freeze-thaw cycles, 8-10 s each.
Aftercare sheet given. Field therapy discussed for next season.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000 + 17003 (17003 x17 also exceeds "
                  "its 13-unit range).",
})

# =============================================================================================================
# Batch 4 - ED&C, consults / screening, cosmetic, skin tags, I&D, scar injection
# =============================================================================================================

SCENARIOS.append({
    "id": "s75-destr-edc-superficial-bcc-arm-defect-size",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven superficial BCC R upper arm: lesion 0.8 cm, final curetted defect 1.3 cm -> 17262",
    "date": "2025-12-18",
    "patient": ("Prudhomme", "Eustace", "1956-06-06", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper arm", "C44.612", "Right lateral upper arm",
          reason=True),
    ],
    "note_title": "Procedure Module - ED&C",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - PROCEDURE MODULE: ED&C (malignant)
Case #: 25-D0240          DOS 12/18/2025          S. Weiss MD
Tumor: superficial BCC, bx-proven 12/01/25 (acc. RD25-52510)
Site: R lateral upper arm
Pre-op size (clinical, before curettage): 0.8 x 0.7 cm
Post-op defect (after 3 cycles curettage + electrodesiccation): 1.3 x 1.1 cm

AUC: superficial BCC on the arm -> ED&C is the appropriate treatment; Mohs not indicated.
Procedure: lido w/ epi; 3 cycles of curettage with 4 mm and 3 mm curettes followed by electrodesiccation;
soft tumor tissue curetted well beyond the visible edge. Final defect measured 1.3 cm greatest diameter.
Wound care: petrolatum, bandage; heals 3-4 weeks.
Other: no AKs treated today.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.612"]}),
    "coder_note": "DS-4: malignant destruction by site group (arm = TAL) and size; with curettage the size is the final "
                  "defect diameter (AAD-BXP): 1.3 cm -> 17262 (not 17261 from the 0.8 cm pre-op size).",
})

SCENARIOS.append({
    "id": "s75-em-mohs-consult-new-pt-mohs-tomorrow-no-57",
    "family": "em", "shape": "note-only",
    "description": "New-patient Mohs consult for L ear BCC; Mohs booked for tomorrow; 99203 as selected, no 57 (Mohs is 000)",
    "date": "2026-01-05",
    "patient": ("Fitzwilliam", "Reginald", "1953-04-26", "male"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 35,
    "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma, left ear (concha)", "C44.219", "Left conchal bowl", reason=True),
        C("c2", "Long-term (current) use of anticoagulants", "Z79.01"),
    ],
    "note_title": "Clinic Module - Mohs Consultation",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - CLINIC MODULE: MOHS CONSULTATION (new patient)
DOS 01/05/2026      Provider: A. Lindgren MD      Referring: Dr. Castellanos

CASE HEADER (pre-op, for tomorrow's case 26-0009)
  Tumor: BCC, nodular (bx 12/15/25, acc. LO25-7701)
  Site: L conchal bowl
  Pre-op size: 0.9 x 0.7 cm
  Post-op defect: n/a (surgery not yet performed)

HPI: 72M, non-healing bump in L ear x 6 mo. Biopsy confirmed BCC. Travels 3 h; wants surgery as soon as
possible. On apixaban for AF - discussed with his cardiologist by phone today: continue apixaban, no bridging.
Also reports a rough spot on the L hand; examined - 4 mm AK-like papule, will watch (no treatment today).
Exam: 0.9 cm pearly papule L concha with rolled border; no palpable pre/postauricular nodes.
Limited skin exam head/neck/hands: scattered lentigines, the AK-like papule L hand.
A/P: BCC L ear, area H -> Mohs appropriate. Risks/benefits/alternatives (excision, radiation) reviewed.
  Mohs scheduled TOMORROW 01/06 (first case). Repair type to be decided after clearance.
  Anticoagulation plan as above. Pre-op instructions given.
MDM (provider): one new problem with an established diagnosis, outside path reviewed, decision for minor
surgery in an anticoagulated patient. Level selected: 99203.
""",
    "expected": E([L("99203")], dx={"99203": ["C44.219"]}),
    "coder_note": "GS-4: modifier 57 applies only to E/Ms deciding a 090 procedure; Mohs 17311 is 000 and performed on a "
                  "later date, so the consult is billed without a modifier (no procedure today, no 25).",
})

SCENARIOS.append({
    "id": "s75-em-screening-fse-medicare-spouse-gy",
    "family": "em", "shape": "note-only",
    "description": "Spouse of a Mohs patient, Medicare FFS, screening-only full-skin exam, no history/complaint/findings -> 99202-GY",
    "date": "2026-01-06",
    "patient": ("Fitzwilliam", "Eleanor", "1955-09-30", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 15,
    "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Clinic Module - Skin Check",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - CLINIC MODULE: FULL SKIN EXAM (new patient)
DOS 01/06/2026   Provider: A. Lindgren MD
70F accompanying her husband for his Mohs case today; asked for a "while I'm here" skin check.
No personal history of skin cancer, no family history of melanoma, no new/changing/symptomatic lesions,
no concerns. Not immunosuppressed.
Exam (full skin, scalp to soles): scattered benign lentigines, a few cherry angiomas, 2 small
seborrheic keratoses on the back - all benign-appearing; nothing suspicious. No treatment.
A: Skin cancer screening, no abnormal findings.
P: Sun protection counseling; self-exam handout. Routine screening only - pt informed Medicare does not
cover screening skin exams; she chose to proceed. No ABN form was used.
Level selected: 99202.
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare FFS screening-only full-skin exam (no history, no complaint, nothing found) is "
                  "statutorily excluded -> GY; no voluntary ABN so no GX.",
})

SCENARIOS.append({
    "id": "s75-cos-sk-cryo-medicare-voluntary-abn-precoded",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicare FFS: LN2 of 6 asymptomatic SKs for appearance, voluntary ABN signed -> 17110-GX-GY",
    "date": "2026-01-15",
    "patient": ("Lachapelle", "Wendell", "1945-03-16", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face and upper chest, asymptomatic", "L82.1", "Face and upper chest",
          reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", cpt="17110", site="Face and upper chest",
          note="LN2 to 6 SKs, cosmetic request", reasons=["c1"]),
    ],
    "note_title": "Procedure Module - Destruction (benign)",
    "note": """PROCEDURE MODULE :: DESTRUCTION (BENIGN)
Case #: 26-D0012    DOS 01/15/2026    S. Weiss MD
Lesions: seborrheic keratoses x 6 (L temple 2, R cheek 1, upper chest 3)
Indication: cosmetic - pt dislikes their appearance. They do not itch, bleed, hurt or catch; no inflammation,
no recent change. Clinically classic SKs, no diagnostic doubt.
Medicare does not cover cosmetic removal. Voluntary ABN (notice of non-coverage for a cosmetic service)
reviewed and signed by pt before treatment; he elected to proceed.
Method: LN2, single 5-8 s freeze each.
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "BSL-2/COS-2/COS-4: asymptomatic SK removal for appearance is statutorily excluded on Medicare FFS -> "
                  "GY, plus GX because a voluntary ABN is documented.",
})

SCENARIOS.append({
    "id": "s75-cos-peel-commercial-plus-scalp-aks",
    "family": "cosmetic", "shape": "note-only",
    "description": "Commercial pt: cosmetic facial TCA peel (removed, self-pay) + LN2 to 4 scalp AKs (17000 + 17003 x3)",
    "date": "2026-01-22",
    "patient": ("Whitcombe", "Serafina", "1961-02-14", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Photoaging / fine rhytides, face (cosmetic)", "L57.8", "Face"),
    ],
    "note_title": "Procedure Module - Peel + Destruction",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - PROCEDURE MODULE
Case #: 26-C0004      DOS 01/22/2026      A. Lindgren MD

PROCEDURE 1 - Chemical peel, face (epidermal, 20% TCA)
  Indication: photoaging, fine lines, uneven tone - cosmetic. No AKs on the face today.
  Pt paid self-pay cosmetic fee at check-in; not to be billed to insurance per her request and our
  cosmetic policy.
  Degreased with acetone; 20% TCA 2 coats to level-1 frost; neutralized; bland emollient.

PROCEDURE 2 - Destruction premalignant lesions, scalp
  AKs: 4 (vertex 2, L parietal 1, R parietal 1) - gritty, tender when brushing hair.
  LN2, 2 cycles each.

Aftercare for both reviewed. Follow-up in 3 months.
""",
    "expected": E([L("17000"), L("17003", 3)], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "Conventions (non-Medicare cosmetic): the cosmetic facial peel 15788 is not put on the commercial claim; "
                  "cosmetic finding. AK destruction of 4 lesions -> 17000 + 17003 x3.",
})

SCENARIOS.append({
    "id": "s75-tags-twenty-two-irritated-medicare",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 irritated/bleeding acrochordons neck and axillae, Medicare FFS -> 11200 + 11201 x1",
    "date": "2026-02-05",
    "patient": ("Delgado-Prentiss", "Humberto", "1952-12-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae, irritated and bleeding", "L91.8", "Neck and both axillae",
          reason=True),
    ],
    "note_title": "Procedure Module - Skin Tag Removal",
    "note": """PROCEDURE MODULE - SKIN TAG REMOVAL
Case #: 26-T0007   DOS 02/05/2026   S. Weiss MD
Indication: tags catch on shirt collar and seatbelt, several bleed and become red and sore; 2 were
inflamed/crusted today. Not cosmetic.
Count by site:  neck 10  |  R axilla 7  |  L axilla 5   => 22 tags
Method: snip excision with iris scissors at the base; AlCl hemostasis.
Topical lidocaine/prilocaine applied 45 min before; tolerated well.
No specimens sent (classic acrochordons, no atypical features).
Aftercare: petrolatum to bleeding points x 3 days.
Pt has a 2024 Mohs scar on the R temple - healed, not part of today's visit.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "Conventions: 11200 up to 15 tags; 11201 per additional 10 or part: ceil((22-15)/10) = 1. Symptomatic "
                  "(bleeding, inflamed, catching) -> covered (BSL-3), no GY.",
})

SCENARIOS.append({
    "id": "s75-tags-forty-five-inflamed-mue-cap",
    "family": "skin-tags", "shape": "free-text",
    "description": "45 inflamed skin tags removed (commercial): 11200 + 11201 computed 3 units, MUE 1 -> capped",
    "date": "2026-02-12",
    "patient": ("Oyelaran", "Precious", "1979-07-04", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Skin tags, neck, axillae, inframammary, inflamed", "L91.8", "Neck, axillae, inframammary",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, first 15", site="Neck, both axillae, inframammary folds",
          note="Snip removal; 45 tags in total, many inflamed, rubbing and bleeding under bra line and collar.",
          reasons=["c1"]),
        P("Removal of skin tags, additional", site="Neck, both axillae, inframammary folds",
          note="Remaining 30 tags beyond the first 15.", reasons=["c1"]),
    ],
    "note_title": "Procedure Module - Skin Tag Removal",
    "note": """PROCEDURE MODULE - SKIN TAG REMOVAL
Case #: 26-T0011     DOS 02/12/2026     A. Lindgren MD
Indication: multiple pedunculated tags that rub, bleed and get inflamed (bra band, collar); 6 were red
and swollen today. Insurance pre-auth on file for symptomatic tags.
Counts:  neck 14 | R axilla 9 | L axilla 8 | inframammary 14  -> total 45
Snip excision + light electrodesiccation at the bases.
Topical anesthetic 30 min before; a few larger tags injected with 1% lido.
No specimens (typical acrochordons).
Wound care: petrolatum, loose clothing x 1 week. Pt counseled that new tags may form.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"]),
    "coder_note": "ceil((45-15)/10) = 3 units of 11201, but the 11201 MUE is 1 (MAI 3) -> capped at 1 with an mue finding "
                  "(README coding decisions).",
})

SCENARIOS.append({
    "id": "s75-id-back-cyst-abscess-medicaid",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a fluctuant inflamed cyst abscess on the upper back, Medicaid -> 10060",
    "date": "2026-02-17",
    "patient": ("Breckenridge", "Tamika", "1990-03-08", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of back (inflamed epidermoid cyst)", "L02.212", "Left upper back", reason=True),
    ],
    "note_title": "Procedure Module - I&D",
    "note": """PROCEDURE MODULE - INCISION AND DRAINAGE
Case #: 26-I0003    DOS 02/17/2026    S. Weiss MD
Site: L upper back (over scapula)
Lesion: 2.5 cm fluctuant, tender, erythematous nodule - known cyst, now abscessed x 4 days. Afebrile.
Procedure: single abscess. Lido 1% w/ epi; #11 blade stab incision 8 mm; purulent material expressed;
loculations gently broken with hemostat; irrigated with saline; no packing needed. Gauze dressing.
Culture sent. Doxycycline 100 mg BID x 7 d.
Plan: excision of the cyst wall later when quiet (not today).
""",
    "expected": E([L("10060")]),
    "coder_note": "Single simple abscess I&D -> 10060. Future cyst excision is a plan only.",
})

SCENARIOS.append({
    "id": "s75-id-axilla-hs-multiple-both-codes-precoded",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Three HS abscesses L axilla drained; pre-coded 10060 + 10061 for the same area -> 10061 only",
    "date": "2026-02-19",
    "patient": ("Kristiansen", "Jovan", "1994-10-21", "male"),
    "provider": "lindgren", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Hidradenitis suppurativa, left axilla, with abscesses", "L73.2", "Left axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple or single", cpt="10060", site="Left axilla",
          note="First abscess drained", reasons=["c1"]),
        P("Incision and drainage of abscess, complicated or multiple", cpt="10061", site="Left axilla",
          note="Three abscesses drained, loculations broken, packed", reasons=["c1"]),
    ],
    "note_title": "Procedure Module - I&D",
    "note": """PROCEDURE MODULE - I&D (multiple)
Case #: 26-I0005   DOS 02/19/2026   A. Lindgren MD
Hurley II HS, L axilla: 3 fluctuant abscesses (1.5 cm, 2.0 cm, 1.2 cm) in one cluster.
Each incised and drained, loculations broken, irrigated; the largest packed with 1/4" iodoform.
All three are in the same axillary field; this is one multiple-abscess I&D.
Anesthesia: 1% lido w/ epi field block. Purulent drainage from all three; culture sent.
Charge entry from template: 10060 (first) + 10061.
Rx: clindamycin 300 mg TID x 10 days.
Plan: return 2 days packing removal; discuss adalimumab at follow-up.
""",
    "expected": E([L("10061")], topics=["ncci"], dx={"10061": ["L73.2"]}),
    "coder_note": "10061 (complicated/multiple) covers all three abscesses; 10061/10060 is PTP indicator 1 but there is no "
                  "separate site/lesion -> 10060 removed (ncci).",
})

SCENARIOS.append({
    "id": "s75-il-hypertrophic-scar-after-flap-outside-global",
    "family": "intralesional", "shape": "free-text",
    "description": "Hypertrophic scar of cheek flap 5 months post-op (global expired): ILK 40 mg/mL 0.8 mL -> 11900 + J3301 x4",
    "date": "2026-02-24",
    "patient": ("Halloran", "Cormac", "1950-05-19", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Hypertrophic scar, right cheek (post Mohs reconstruction)", "L91.0", "Right malar cheek",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-09-22", "14040", "Rotation flap, right cheek, 9.0 sq cm", "Right malar cheek"),
    ],
    "procedures": [
        P("Intralesional injection", site="Right malar cheek",
          note="Triamcinolone acetonide 40 mg/mL, 0.8 mL (32 mg) into 1 hypertrophic scar segment along the flap "
               "line.", reasons=["c1"]),
    ],
    "note_title": "Clinic Module - Scar Injection",
    "note": """NORTHGATE MOHS - CLINIC MODULE: SCAR MANAGEMENT
DOS 02/24/2026    A. Lindgren MD
Ref: Mohs R cheek + rotation flap 09/22/2025 (155 days ago; 90-day global over)
S: raised, itchy, red line along the inferior flap border for 6 weeks; silicone gel not helping.
O: 3.5 cm firm hypertrophic scar along inferior flap limb; rest of flap flat.
A: Hypertrophic scar.
P: Intralesional triamcinolone acetonide (Kenalog-40) 40 mg/mL, 0.8 mL total = 32 mg, into the single scar.
   Drug drawn from a 1 mL vial; no wastage documented. Recheck 6 weeks, repeat if needed.
""",
    "expected": E([L("11900"), L("J3301", 4)], dx={"11900": ["L91.0"]}),
    "coder_note": "One lesion -> 11900. J3301 is per 10 mg: 32 mg -> ceil(3.2) = 4 units. The flap's 90-day global ended "
                  "before this visit: no 79.",
})

# =============================================================================================================
# Batch 5 - keloids, nails, paring, patch tests, phototherapy unit, a mixed Mohs day
# =============================================================================================================

SCENARIOS.append({
    "id": "s75-il-nine-keloids-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Nine chest/shoulder keloids injected (55 mg TAC), pre-coded 11900 -> 11901 + J3301 x6",
    "date": "2026-03-03",
    "patient": ("Adebayo-Lind", "Kehinde", "1988-08-16", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, anterior chest and shoulders, painful and itchy", "L91.0", "Anterior chest, both shoulders",
          reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", cpt="11900",
          site="Anterior chest, both shoulders", note="Kenalog-10 into keloids", reasons=["c1"]),
        P("Injection, triamcinolone acetonide, per 10 mg", cpt="J3301", site="Anterior chest, both shoulders",
          note="55 mg total", reasons=["c1"]),
    ],
    "note_title": "Clinic Module - Keloid Injection",
    "note": """NORTHGATE - CLINIC MODULE: INTRALESIONAL THERAPY
DOS 03/03/2026      S. Weiss MD
Keloids after acne (not surgical scars). Tender, itchy, catch on shirts. Session 2 of planned series.

 Lesion | Site              | Size     | TAC 10 mg/mL volume
 -------+-------------------+----------+--------------------
   1    | presternal        | 3.0 cm   | 1.0 mL
   2    | presternal        | 1.5 cm   | 0.5 mL
   3    | L parasternal     | 1.2 cm   | 0.5 mL
   4    | R parasternal     | 1.0 cm   | 0.5 mL
   5    | L shoulder        | 2.0 cm   | 0.8 mL
   6    | L shoulder        | 1.0 cm   | 0.4 mL
   7    | R shoulder        | 1.8 cm   | 0.8 mL
   8    | R shoulder        | 1.1 cm   | 0.5 mL
   9    | R upper back      | 1.0 cm   | 0.5 mL
 -------+-------------------+----------+--------------------
 Total: 9 keloids, 5.5 mL of 10 mg/mL = 55 mg triamcinolone acetonide
Charge template auto-filled 11900 - please review.
Recheck 6 weeks.
""",
    "expected": E([L("11901"), L("J3301", 6)], topics=["coding-correction"], dx={"11901": ["L91.0"]}),
    "coder_note": "More than 7 lesions -> 11901, not 11900 (11901/11900 indicator 0). J3301 per 10 mg: 55 mg -> 6 units.",
})

SCENARIOS.append({
    "id": "s75-nail-avulsion-right-great-and-second-toe",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion of dystrophic R great toenail and R 2nd toenail -> 11730-T5 + 11732-T6",
    "date": "2026-03-05",
    "patient": ("Montgomery-Vail", "Lorelei", "1976-11-23", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Nail dystrophy, right great and second toenails, painful after crush injury", "L60.3",
          "Right great toe and right second toe", reason=True),
    ],
    "procedures": [
        P("Nail plate avulsion", site="Right great toe (hallux)",
          note="Digital block; complete avulsion of the dystrophic, partially detached nail plate; nail bed "
               "inspected - no mass; plate sent for PAS.", reasons=["c1"]),
        P("Nail plate avulsion, additional nail", site="Right second toe",
          note="Complete avulsion of the lifted, painful plate; no nail bed lesion.", reasons=["c1"]),
    ],
    "note_title": "Procedure Module - Nail Surgery",
    "note": """PROCEDURE MODULE: NAIL UNIT
Case #: 26-N0004      DOS 03/05/2026      A. Lindgren MD
Hx: dropped a weight on R foot 4 months ago; great and 2nd toenails lifting, painful in shoes, catching on socks.
Subungual pigment concern was raised by PCP - today's exam and dermoscopy show old blood only.

 Digit              | Procedure                      | Notes
 -------------------+--------------------------------+-----------------------------
 R great toe (T5)   | complete nail plate avulsion   | bed intact, plate to path (PAS)
 R 2nd toe  (T6)    | complete nail plate avulsion   | bed intact
 L foot             | not treated                    | normal nails

No matrixectomy - nails expected to regrow. Petrolatum, nonadherent dressing, open-toe shoe.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")]),
    "coder_note": "First nail 11730, each additional 11732 (AOC). Digit modifiers per conventions: right great toe T5, "
                  "right second toe T6.",
})

SCENARIOS.append({
    "id": "s75-nail-phenol-matrixectomy-plus-avulsion-precoded",
    "family": "nails", "shape": "pre-coded",
    "description": "Recurrent ingrown L great toenail: partial avulsion + phenol matrixectomy pre-coded 11730 + 11750 -> 11750-TA",
    "date": "2026-03-10",
    "patient": ("Estrada-Quigley", "Mateo", "2001-04-02", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, lateral border, recurrent", "L60.0", "Left great toe",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate", cpt="11730", site="Left great toe",
          note="Lateral border partial avulsion", reasons=["c1"]),
        P("Excision of nail and nail matrix, partial, for permanent removal", cpt="11750", site="Left great toe",
          note="Phenol 88% x 3 applications to lateral matrix horn", reasons=["c1"]),
    ],
    "note_title": "Procedure Module - Nail Surgery",
    "note": """PROCEDURE MODULE: NAIL UNIT
Case #: 26-N0006     DOS 03/10/2026     S. Weiss MD
Dx: recurrent ingrown nail, L great toe lateral border - 3rd episode this year, granulation tissue, pain.
Digit: L hallux (TA).
Procedure: digital block; tourniquet; lateral 3 mm of the nail plate freed and avulsed; lateral matrix horn
treated with 88% phenol x 3 (30 s each) for permanent removal of that border; alcohol flush.
One procedure on one border of one toe - the avulsion is the access step for the matrixectomy.
Charge template entered: 11730 + 11750.
Dressing, soaks from day 2.
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750/11730 is PTP indicator 1 but the avulsion is part of the matrixectomy of the same nail border -> "
                  "11730 removed (ncci). Left great toe -> TA.",
})

SCENARIOS.append({
    "id": "s75-paring-three-corns-commercial",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 painful corns -> 11056 (2-4 lesions); commercial",
    "date": "2026-03-12",
    "patient": ("Tranquilli", "Rosalind", "1967-09-05", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Corns, feet, painful", "L84", "Both feet", reason=True),
    ],
    "note_title": "Procedure Module - Paring",
    "note": """PROCEDURE MODULE: PARING OF HYPERKERATOTIC LESIONS
Case #: 26-P0002    DOS 03/12/2026    A. Lindgren MD
Pt returns (also had Mohs of nose here last year - healed, not addressed today).
Painful corns, pain with every step in work shoes:
   1. R 5th toe, dorsolateral - hard corn
   2. L 4th-5th web space - soft corn
   3. L plantar 1st MTP head - porokeratosis-like corn with central core
   Total lesions pared: three (3)
#15 blade paring until pink, nonbleeding base; cores enucleated; felt padding applied.
Footwear counseling.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring by lesion count: 2-4 lesions -> 11056. Commercial payer, symptomatic.",
})

SCENARIOS.append({
    "id": "s75-paring-five-calluses-medicaid",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 5 painful calluses (two procedures entered) -> 11057 x1; Medicaid MCO",
    "date": "2026-03-17",
    "patient": ("Washington-Hale", "Delbert", "1958-02-11", "male"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, plantar feet, painful", "L84", "Plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring of calluses, right foot", site="Right plantar foot",
          note="3 calluses (2nd MTP head, 5th MTP head, heel rim) pared with #15 blade.", reasons=["c1"]),
        P("Paring of calluses, left foot", site="Left plantar foot",
          note="2 calluses (1st MTP head, lateral heel) pared.", reasons=["c1"]),
    ],
    "note_title": "Procedure Module - Paring",
    "note": """PROCEDURE MODULE: PARING
Case #: 26-P0004   DOS 03/17/2026   S. Weiss MD
Painful plantar calluses limiting walking at work (warehouse). No diabetes, no PVD.
Exam: thick yellow hyperkeratotic plaques over pressure points; no ulceration, pulses palpable.
R foot: 3 lesions pared. L foot: 2 lesions pared. Total 5.
Blade paring to normal tissue, no bleeding. Offloading insoles advised; urea 40% cream.
Return PRN if they recur.
""",
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "Paring is one code per session by total count: 5 lesions (more than 4) -> 11057 x1, not one code per "
                  "foot.",
})

SCENARIOS.append({
    "id": "s75-patch-eighty-allergens-post-mohs-dermatitis",
    "family": "patch-test", "shape": "note-only",
    "description": "Persistent dermatitis around Mohs wounds; patch test placement of 80 allergens -> 95044 x80; Medicare",
    "date": "2026-03-23",
    "patient": ("Brannigan", "Cornelius", "1939-04-14", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Contact dermatitis around surgical sites, cause not yet identified", "L25.9", "Scalp and forehead",
          reason=True),
    ],
    "note_title": "Clinic Module - Patch Testing",
    "note": """NORTHGATE MOHS & SKIN CANCER CENTER - CLINIC MODULE: PATCH TEST PLACEMENT (day 0)
DOS 03/23/2026    A. Lindgren MD
Indication: eczematous dermatitis around healed scalp flap and a forehead biopsy site after dressings and
topical antibiotics; suspect allergic contact dermatitis (bacitracin, neomycin, adhesives, chlorhexidine).
Scalp Mohs/flap was 10/08/2025 - healed, global over.

Panels applied to upper back:
   Extended standard series ........ 70 allergens
   Wound-care/adhesive supplement ..  10 allergens
   TOTAL ............................ 80 allergens (80 chambers)
Readings planned at 48 h (03/25) and 96 h (03/27) - included with the testing.
Instructions: keep back dry, no topical steroid to back, no antihistamines needed.
""",
    "expected": E([L("95044", 80)], dx={"95044": ["L25.9"]}),
    "coder_note": "95044 units = number of allergens applied: 80 (MUE 90). Readings are included.",
})

SCENARIOS.append({
    "id": "s75-patch-ninety-eight-allergens-mue",
    "family": "patch-test", "shape": "free-text",
    "description": "Patch testing with 98 allergens (commercial); 95044 MUE 90 -> capped at 90",
    "date": "2026-03-24",
    "patient": ("Sorensen-Ibarra", "Thalia", "1983-06-29", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Chronic eyelid and facial dermatitis, suspected allergic contact dermatitis", "L25.9",
          "Eyelids and face", reason=True),
    ],
    "procedures": [
        P("Patch test application, standard series", site="Upper back",
          note="North American 80-allergen comprehensive series applied.", reasons=["c1"]),
        P("Patch test application, cosmetic/preservative supplement", site="Upper back",
          note="18 additional allergens (fragrance, preservative, hair dye supplement).", reasons=["c1"]),
    ],
    "note_title": "Clinic Module - Patch Testing",
    "note": """CLINIC MODULE: PATCH TESTING - PLACEMENT
DOS 03/24/2026    S. Weiss MD
Chronic eyelid/facial dermatitis x 8 months, failed avoidance of obvious triggers.
Uses hair dye monthly, several fragrance-containing skin care products; nail polish.
Off oral steroids > 4 weeks; no topical steroid to the back.
Applied: 80 (comprehensive series) + 18 (cosmetic/preservative supplement) = 98 allergens.
Reads at 48 h and 120 h (included). Photos taken of placement map.
Keep back dry; avoid sun on the back until final read.
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "98 tests exceed the 95044 MUE of 90 (MAI 3) -> capped at 90 with an mue finding (README coding "
                  "decisions).",
})

SCENARIOS.append({
    "id": "s75-photo-mycosis-fungoides-nbuvb",
    "family": "phototherapy", "shape": "free-text",
    "description": "Patch-stage mycosis fungoides, NB-UVB session in the cutaneous oncology unit -> 96900",
    "date": "2026-03-26",
    "patient": ("Rasmussen-Achebe", "Dagny", "1971-12-07", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Mycosis fungoides, patch stage (IA)", "C84.00", "Trunk and thighs", reason=True),
    ],
    "procedures": [
        P("Narrowband UVB phototherapy", site="Whole body",
          note="Session 14 of the induction course; dose 1,150 mJ/cm2 (+10%); no erythema from last session.",
          reasons=["c1"]),
    ],
    "note_title": "Phototherapy Unit - Treatment Record",
    "note": """NORTHGATE CUTANEOUS ONCOLOGY - PHOTOTHERAPY UNIT
DOS 03/26/2026   Supervising: A. Lindgren MD (on site)
Dx: mycosis fungoides, patch stage IA (bx 2025), body surface ~8%.
Modality: narrowband UVB (311 nm), full cabinet.
Session #: 14   Dose: 1,150 mJ/cm2 (prior 1,045; +10%)
Pre-check: no burn, no new lesions; patches fading on flanks.
Eye protection, genital shielding. Tolerated well.
Next: 3x/week. Physician review at session 20.
""",
    "expected": E([L("96900")]),
    "coder_note": "UVB actinotherapy session -> 96900 x1 (PHOTO-2 lists mycosis fungoides as a UVB indication).",
})

SCENARIOS.append({
    "id": "s75-photo-puva-psoriasis-no-prior-therapy-gz",
    "family": "phototherapy", "shape": "note-only",
    "description": "Medicare FFS PUVA for mild psoriasis with no conventional therapy tried, no ABN -> 96912-GZ",
    "date": "2026-03-31",
    "patient": ("Koenigsberg", "Alvin", "1948-10-18", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, trunk and extremities", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Unit - Treatment Record",
    "note": """NORTHGATE CUTANEOUS ONCOLOGY - PHOTOTHERAPY UNIT
DOS 03/31/2026     Supervising: S. Weiss MD
Dx: plaque psoriasis, BSA ~6%, first diagnosed 3 months ago. Has NOT used topical steroids, vitamin D
analogues, tar or UVB - pt wanted "the strongest light treatment" after a friend's good result.
Working, active, sleeping well; psoriasis is not limiting function.
Modality: PUVA - oral methoxsalen 0.6 mg/kg 2 h before UVA.
Session #: 1   UVA dose 1.5 J/cm2.  Eye protection for 24 h reviewed.
Coverage: not reviewed with the patient today; no ABN on file.
""",
    "expected": E([L("96912", 1, "GZ")]),
    "coder_note": "NCD 250.1 (PHOTO-1): PUVA is covered only for intractable, disabling psoriasis after failure of "
                  "conventional treatment; neither is documented -> expected denial as not reasonable and necessary, "
                  "Medicare FFS, no ABN -> GZ (README coding decisions).",
})

SCENARIOS.append({
    "id": "s75-mix-mohs-concha-plus-back-bx-and-hand-aks",
    "family": "mixed", "shape": "free-text",
    "description": "Mohs L concha BCC 2 stages (granulates) + shave bx of separate back papule + LN2 to 5 hand AKs",
    "date": "2026-04-02",
    "patient": ("Gallagher-Nwosu", "Patrick", "1949-01-31", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Basal cell carcinoma, left conchal bowl, recurrent after prior ED&C", "C44.219",
          "Left conchal bowl", reason=True),
        C("c2", "Changing pink papule, right mid back", None, "Right mid back", reason=True),
        C("c3", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
    ],
    "procedures": [
        P("Mohs stage I", site="Left conchal bowl", note="4 blocks; positive at 5 o'clock.", reasons=["c1"]),
        P("Mohs stage II", site="Left conchal bowl", note="2 blocks; negative. Defect to heal by second intention.",
          reasons=["c1"]),
        P("Shave biopsy, separate lesion", site="Right mid back",
          note="0.5 cm changing pink papule, tangential biopsy, sent to outside pathology (not frozen).",
          reasons=["c2"]),
        P("Cryodestruction of actinic keratoses", site="Dorsal hands",
          note="5 AKs (R hand 3, L hand 2), LN2 two cycles.", reasons=["c3"]),
    ],
    "path": [
        {"text": "Right mid back, shave biopsy: basal cell carcinoma, superficial type; peripheral margin involved.",
         "site": "Right mid back"},
    ],
    "note_title": "MMS Module - Case Report + Additional Procedures",
    "note": """NORTHGATE MOHS - MMS MODULE
Case #: 26-0102   DOS 04/02/2026   Surgeon/pathologist: A. Lindgren MD
Tumor: BCC, nodular, RECURRENT (prior ED&C 2021 elsewhere; bx 03/10/26 acc. LO26-1188)
Site: L conchal bowl
Pre-op size: 1.0 x 0.8 cm
Post-op defect: 1.7 x 1.5 cm, perichondrium intact

  Stage I  : 4 blocks | POS @ 5 o'clock
  Stage II : 2 blocks | NEG

Repair: none - conchal bowl left to heal by second intention (excellent cosmetic result expected in the
concha; pt agrees). Petrolatum, pressure dressing.

ADDITIONAL, SEPARATE LESIONS (same session):
  (a) R mid back - 0.5 cm pink papule, new and growing per wife. Tangential (shave) biopsy for diagnosis,
      permanent sections at outside lab. Different lesion from the Mohs site.
  (b) Dorsal hands - 5 AKs (R 3, L 2) treated with LN2.
Path (a) 04/06: superficial BCC - will schedule ED&C.
""",
    "expected": E([L("17311"), L("17312"), L("11102", 1, "XS"), L("17000", 1, "XS"), L("17003", 4)],
                  dx={"17311": ["C44.219"], "17000": ["L57.0"]}),
    "coder_note": "Ear Mohs 2 stages -> 17311 + 17312. Separate back lesion biopsy: 17311/11102 indicator 1, different "
                  "lesion -> 11102-XS. AKs: 5 -> 17000 + 17003 x4; 11102/17000 indicator 1, different lesions -> XS on "
                  "17000 (no edit on 17003). No repair line (second intention).",
})
