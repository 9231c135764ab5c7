"""Sealed set 25 (s25-): go-live validation set for Harborline Dermatology, a teledermatology-plus-clinic group.

Video visits triage patients to in-person procedure days; physician assistants (Pike, Abernathy) and a nurse
practitioner (Santos) see patients under Dr. Weiss's supervision; Spanish-interpreter visits; pediatric (Dr.
Adeyemi) and geriatric patients; multi-site Mohs days (Drs. Lindgren and Castellanos). Notes come as very short
bullets and as full sentences; pre-coded charts reproduce the ModMed EMA charge grid with its usual mistakes.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
("File format", "Coding decisions") only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: Mohs, biopsy, shave
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s25-mohs-three-site-day-nose-hand-forearm",
    "family": "mohs", "shape": "note-only",
    "description": "Multi-site Mohs day: nasal tip BCC 2 stages + layered closure, left dorsal hand SCC 1 stage "
                   "(granulation), right forearm SCC in a transplant patient 2 stages + layered closure",
    "date": "2026-02-10",
    "patient": ("Thornbury", "Walter", "1944-08-19", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 260,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, nasal tip", "C44.311", "Nasal tip", reason=True),
        C("c2", "Squamous cell carcinoma, left dorsal hand", "C44.629", "Left dorsal hand", reason=True),
        C("c3", "Squamous cell carcinoma, invasive, right dorsal forearm", "C44.622", "Right forearm", reason=True),
        C("c4", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note_title": "Mohs Surgery - Operative Report (3 sites)",
    "note": """HARBORLINE DERMATOLOGY - MOHS & RECONSTRUCTIVE SURGERY
Operative report, multiple sites. DOS 02/10/2026. Surgeon and pathologist: Astrid Lindgren, MD.

Mr. Thornbury is an 81-year-old man, renal transplant 2011 on tacrolimus and mycophenolate, who was triaged
through our video clinic in January. All three tumors were biopsied by our PA on 01/14/2026 (accessions
HB26-0412, -0413, -0414): nodular BCC of the nasal tip, well-differentiated SCC of the left dorsal hand and
moderately differentiated invasive SCC of the right dorsal forearm (2.3 cm clinically). Mohs is appropriate for
all three: nose and hand are area H, and the forearm tumor is an invasive SCC over 2 cm in an organ-transplant
recipient. Consent signed for each site; time-out done for each site separately.

SITE A - nasal tip, BCC (pre-op 0.8 x 0.7 cm)
Stage 1: 3 tissue blocks, residual BCC at 6 o'clock deep. Stage 2: 2 blocks, clear.
Defect 1.4 x 1.1 cm. Repaired with a layered (intermediate) closure, deep 5-0 Monocryl and 6-0 nylon;
final length 2.1 cm. No flap or graft required.

SITE B - left dorsal hand, SCC (pre-op 0.9 cm)
Stage 1: 4 tissue blocks, margins clear on first stage.
Defect 1.6 x 1.3 cm over the 3rd metacarpal, tendon sheath not exposed. He preferred to avoid more sutures on
the hand; left to heal by second intention with petrolatum and a compressive dressing.

SITE C - right dorsal forearm, SCC (pre-op 2.3 x 1.9 cm)
Stage 1: 5 tissue blocks, tumor at the 2 o'clock peripheral margin. Stage 2: 2 blocks, clear.
Defect 3.1 x 2.6 cm. Layered closure after undermining; deep 4-0 Monocryl and 4-0 nylon; repair length 4.0 cm.
Undermining limited; no debridement, no exposed structures - I would not call this complex.

No stage at any site exceeded 5 blocks. No tissue sent to outside pathology.
A full-thickness skin graft for site A was discussed as a back-up but was not needed.
EBL minimal at all sites. Tolerated well. Wound care handouts given; follow-up 1 week (nose/forearm sutures),
transplant team notified.

Astrid Lindgren, MD
""",
    "expected": E([L("17311", 2), L("17312"), L("17313"), L("17314"), L("12051"), L("12032")],
                  dx={"17313": ["C44.622"], "12051": ["C44.311"]}),
    "coder_note": "MOHS-2: nose and hand are 17311 sites (one unit each, summed on one line); nose stage 2 -> 17312. "
                  "Forearm -> 17313 + 17314. REP-1/2: nose layered 2.1 cm -> 12051; forearm layered 4.0 cm -> 12032 "
                  "(different site groups, not summed). Hand healed by second intention; graft only discussed.",
})

SCENARIOS.append({
    "id": "s25-mohs-helix-sameday-punch-frozen",
    "family": "mohs", "shape": "free-text",
    "description": "Right helix lesion seen only on video: same-day punch biopsy with frozen section read as BCC, "
                   "then Mohs 2 stages, second-intention healing; Medicare Advantage",
    "date": "2026-03-03",
    "patient": ("Quillfeather", "Norma", "1949-11-02", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma, right helix", "C44.212", "Right helix", reason=True),
    ],
    "procedures": [
        P("Punch biopsy, 3 mm, sent for frozen section", site="Right helix",
          note="Lesion never biopsied; video-visit photos only. 3 mm punch taken from the center of the 0.7 cm "
               "pearly papule, processed as frozen section in our lab.", reasons=["c1"]),
        P("Frozen section, diagnostic specimen", site="Right helix",
          note="One frozen block, H&E, read by Dr. Lindgren before any Mohs layer: nodular BCC.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage 1", site="Right helix",
          note="2 tissue blocks; residual BCC at 12 o'clock.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage 2", site="Right helix",
          note="1 tissue block; clear.", reasons=["c1"]),
        P("Wound care, healing by second intention", site="Right helix",
          note="Defect 1.2 x 1.0 cm, perichondrium intact. No closure."),
    ],
    "note_title": "Mohs Procedure Note",
    "note": """Harborline Dermatology - Mohs suite. Surgeon/pathologist: A. Lindgren MD.

76F. First seen 02/17 by video (Harborline Virtual) for a bleeding bump on the right ear; photos looked like
BCC. She lives 2 hours away and asked for a one-trip plan. Plan agreed on video: diagnostic biopsy with frozen
section on arrival; Mohs only if the frozen section shows carcinoma.

No prior biopsy or pathology for this lesion anywhere (confirmed with her PCP office).
Meds: amlodipine, vitamin D. Not anticoagulated. No pacemaker.

Exam today: 0.7 cm pearly papule with central crust, right mid-helix. No other ear lesions. No nodes.

1) Diagnostic punch biopsy 3 mm -> frozen section read by me: nodular BCC. Decision for Mohs made on this result.
2) Mohs, right helix:
   - stage 1: 2 blocks, positive at 12:00
   - stage 2: 1 block, clear
3) Defect 1.2 x 1.0 cm on the helix, cartilage not exposed. Discussed wedge closure; she chose to let it
   granulate. Vaseline, non-stick dressing.

F/u 2 weeks wound check (in person), then 3 months video skin check.
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")]),
    "coder_note": "MOHS-5(a)/BX-5 and README 'Coding decisions': same-day diagnostic biopsy with frozen section of a "
                  "lesion with no prior pathology -> biopsy (punch, 11104) and 88331 both with 59 (same lesion, not XS). "
                  "Ear -> 17311 + 17312. No repair.",
})

SCENARIOS.append({
    "id": "s25-mohs-scalp-ema-grid-blocks",
    "family": "mohs", "shape": "pre-coded",
    "description": "EMA grid coded scalp Mohs with trunk codes and billed 88305 on the layers; stage 1 had 7 blocks; "
                   "layered closure 3.5 cm",
    "date": "2026-01-27",
    "patient": ("Ferreira-Lund", "Tomas", "1958-05-30", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma, invasive, vertex scalp", "C44.42", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Mohs, first stage", "17313", "Vertex scalp", "Charge grid line 1, qty 1", ["c1"]),
        P("Mohs, additional stage", "17314", "Vertex scalp", "Charge grid line 2, qty 2", ["c1"]),
        P("Surgical pathology, Mohs layers", "88305", "Vertex scalp", "Charge grid line 3, qty 3", ["c1"]),
        P("Repair, intermediate, scalp", "12032", "Vertex scalp", "Charge grid line 4, qty 1, 3.5 cm", ["c1"]),
    ],
    "note_title": "Mohs Micrographic Surgery Note",
    "note": """HARBORLINE DERMATOLOGY - Mohs Surgery
Surgeon (and reading pathologist for all frozen sections): Ines Castellanos, MD
DOS: 01/27/2026

Indication: biopsy-proven invasive SCC, vertex scalp (biopsy 12/30/2025, HB25-9921), 1.6 cm, chronically
sun-damaged bald scalp. Head location -> Mohs appropriate.

Procedure: Mohs micrographic surgery with frozen horizontal sections, all read by me.
  Stage 1: tumor debulked; layer divided into 7 tissue blocks (large layer). SCC at blocks 3 and 4.
  Stage 2: 3 tissue blocks at 2-5 o'clock. Focal SCC deep at block 2.
  Stage 3: 1 tissue block, deep. Clear.
All layers were processed and read here. Nothing was sent out for permanent sections.

Defect: 2.4 x 2.0 cm to galea. Repair: layered closure with 3-0 Vicryl in the galea/subcutis and staples;
length 3.5 cm after removal of dog-ears. Intermediate repair.

Dressing, pressure bandage. Return 10-14 days for staple removal.

----- EMA charge grid (as submitted by the surgical coordinator) -----
 CPT    Mod  Qty  Dx
 17313        1   C44.42
 17314        2   C44.42
 88305        3   C44.42
 12032        1   C44.42
----------------------------------------------------------------------
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 2), L("12032")], topics=["coding-correction"]),
    "coder_note": "MOHS-2: scalp is a head site -> 17311/17312, not 17313/17314. Stage 1 had 7 blocks -> 17315 x2 "
                  "(blocks beyond 5). MOHS-5: no 88305 on the Mohs specimens. Scalp intermediate 3.5 cm -> 12032 kept.",
})

SCENARIOS.append({
    "id": "s25-mohs-thigh-superficial-bcc-no-abn",
    "family": "mohs", "shape": "free-text",
    "description": "Primary superficial BCC 1.1 cm left thigh, immunocompetent, Mohs at patient request; no ABN; "
                   "Medicare FFS",
    "date": "2026-04-14",
    "patient": ("Abernethy-Vance", "Loretta", "1952-02-14", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 95,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial type, left anterior thigh", "C44.719", "Left anterior thigh",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, layer 1", site="Left anterior thigh",
          note="Primary superficial BCC 1.1 x 0.9 cm. One layer, 2 tissue blocks, clear.", reasons=["c1"]),
        P("Second-intention wound care", site="Left anterior thigh",
          note="Defect 1.6 x 1.4 cm; no closure."),
    ],
    "note_title": "Mohs Note",
    "note": """Harborline Dermatology - Mohs clinic. A. Lindgren MD (surgeon and pathologist).

74-year-old woman referred from our video clinic. Biopsy 03/19/2026 (HB26-2210): superficial BCC, left anterior
thigh. Primary tumor, 1.1 x 0.9 cm. Not immunosuppressed, no radiation history, no genetic syndrome.

I explained that a superficial BCC of this size on the thigh is normally treated with ED&C, topical
imiquimod/5-FU or a simple excision, and that Mohs is not considered appropriate for it under Medicare coverage
rules. She had a bad scar from an excision on the other leg and insisted on Mohs. An ABN should have been
issued; our front desk did not present one and none is on file.

Procedure: Mohs, left anterior thigh. Layer 1: 2 tissue blocks, superficial BCC removed, margins clear.
Defect 1.6 x 1.4 cm, left to granulate at her request. Petrolatum and bandage.

Follow-up 3 weeks.
""",
    "expected": E([L("17313", 1, "GZ")]),
    "coder_note": "MOHSN-2/§7.3: primary superficial BCC in area L without an AUC modifier is not appropriate for "
                  "Mohs -> LCD criteria unmet; Medicare FFS without an ABN -> GZ (COS-4, conventions). Single stage.",
})

SCENARIOS.append({
    "id": "s25-mohs-lip-ema-grid-em-repair",
    "family": "mohs", "shape": "pre-coded",
    "description": "Lower lip SCC Mohs 2 stages with vermilion-border complex repair 1.8 cm; separate psoriasis flare "
                   "managed; EMA grid had E/M without 25 and intermediate repair",
    "date": "2026-02-24",
    "patient": ("Okafor-Briggs", "Dennis", "1951-07-07", "male"),
    "provider": "castellanos", "payer": "medicare-noname", "minutes": 175, "em": "99213",
    "conditions": [
        C("c1", "Squamous cell carcinoma, skin of lower lip", "C44.02", "Lower cutaneous lip", reason=True),
        C("c2", "Psoriasis vulgaris, flare, elbows and knees", "L40.0", "Elbows, knees", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", "17311", "Lower lip", "grid qty 1", ["c1"]),
        P("Mohs, head/neck, additional stage", "17312", "Lower lip", "grid qty 1", ["c1"]),
        P("Layered closure lip", "12051", "Lower lip", "grid qty 1, 1.8 cm", ["c1"]),
    ],
    "note_title": "Mohs Surgery and Clinic Note",
    "note": """HARBORLINE DERMATOLOGY
Ines Castellanos, MD - Mohs surgeon/pathologist. DOS 02/24/2026.

SCC, lower cutaneous lip just below the left vermilion border, biopsy 01/29/2026 (well differentiated).
74-year-old man, former roofer.

MOHS: Stage 1 - 3 blocks, SCC at the superior (vermilion) edge. Stage 2 - 1 block, clear.
Defect 1.3 x 0.9 cm, extending across the vermilion border.
REPAIR: complex repair. The defect involved the free margin of the vermilion border; the white roll was
realigned with a key suture, the orbicularis was reapproximated, and the wound edges were debrided before
closure. Final length 1.8 cm. 5-0 Monocryl and 6-0 Prolene.

SEPARATE PROBLEM: he asked about his psoriasis, which has flared over 6 weeks on both elbows and knees
(about 4% BSA) since his clobetasol ran out; itching keeps him up. Examined elbows, knees, scalp, nails.
Started calcipotriene/betamethasone foam twice daily to plaques, refill of clobetasol for thick knee plaques
only, discussed steroid-sparing schedule and that phototherapy is an option if no response in 8 weeks.
This evaluation was in addition to the Mohs work today.

EMA charge grid (as dropped by the template):
  99213    x1   L40.0
  17311    x1   C44.02
  17312    x1   C44.02
  12051    x1   C44.02
Follow-up: sutures 1 week; psoriasis recheck by video in 8 weeks.
""",
    "expected": E([L("99213", 1, "25"), L("17311"), L("17312"), L("13151")], topics=["coding-correction"],
                  dx={"99213": ["L40.0"], "17311": ["C44.02"]}),
    "coder_note": "GS-3: psoriasis flare with prescription management is separate from the Mohs -> 99213-25. "
                  "REP-3: vermilion free-margin involvement + debridement = complex; lip 1.8 cm -> 13151, not 12051. "
                  "MOHS-7: repair reported with Mohs; no 17311/13151 edit.",
})

SCENARIOS.append({
    "id": "s25-bx-punch-two-tangential-bullets",
    "family": "biopsy", "shape": "note-only",
    "description": "PA bullet note: punch biopsy left shin plus two tangential biopsies (right arm, mid back); "
                   "SK noted, cryo considered but not done; Medicaid",
    "date": "2026-01-20",
    "patient": ("Delacroix", "Maribel", "1981-04-25", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Lichenoid plaque, left shin", None, "Left shin", reason=True),
        C("c2", "Changing pigmented macule, right upper arm", None, "Right upper arm", reason=True),
        C("c3", "Pink scaly papule, mid back", None, "Mid back", reason=True),
        C("c4", "Seborrheic keratosis, left temple", "L82.1", "Left temple"),
    ],
    "note_title": "Procedure Visit",
    "note": """Harborline Derm - in-person procedure day (booked from video visit 01/08)
Jordan Pike, PA-C. Supervising: S. Weiss MD (on site)

S:
- 44F, 3 spots flagged on video
- L shin itchy violaceous plaque x 4 mo
- R arm mole darker per pt
- back pink scaly spot, not healing
O:
- L shin 1.8 cm violaceous flat-topped plaque, Wickham striae?
- R upper arm 6 mm macule, irregular border
- mid back 7 mm pink scaly papule
- L temple 5 mm stuck-on tan papule = SK, benign
Procedures (consent, time-out, lido w/ epi):
- #1 L shin: PUNCH bx 4 mm, 1 suture 4-0 nylon
- #2 R upper arm: tangential (saucerization) bx
- #3 mid back: shave bx (tangential)
- hemostasis AlCl3 #2 #3
- SK L temple: offered LN2 -> pt wants to think, NOT treated today
A/P:
- r/o LP vs LP-like drug eruption (L shin) - path
- r/o dysplastic nevus (R arm) - path
- r/o BCC vs SCC (back) - path
- call w/ results 7-10 d; suture out 2 wk
""",
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, the two tangential biopsies -> 11103 x2. "
                  "SK was not treated. Rule-out diagnoses not coded (DX-1); awaiting pathology.",
})

SCENARIOS.append({
    "id": "s25-bx-incisional-punch-tangential-geriatric",
    "family": "biopsy", "shape": "free-text",
    "description": "Geriatric: incisional wedge biopsy left thigh, punch biopsy chest, tangential biopsy scalp",
    "date": "2026-03-10",
    "patient": ("Pennington", "Harold", "1937-12-03", "male"),
    "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 45,
    "conditions": [
        C("c1", "Indurated plaque, left thigh", None, "Left lateral thigh", reason=True),
        C("c2", "Erythematous papules, chest", None, "Central chest", reason=True),
        C("c3", "Crusted nodule, scalp", None, "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Incisional (wedge) biopsy to fat", site="Left lateral thigh",
          note="Deep fusiform wedge 2.0 x 0.6 cm including subcutaneous fat, closed with 4-0 nylon.",
          reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Central chest", note="Single punch, sutured.", reasons=["c2"]),
        P("Shave biopsy", site="Left parietal scalp", note="Tangential biopsy of crusted nodule, hemostasis.",
          reasons=["c3"]),
    ],
    "note_title": "Geriatric Dermatology Clinic - Procedure Note",
    "note": """Harborline Dermatology, Senior Skin Clinic (in person). Chidi Okonkwo, MD.

Mr. Pennington is an 88-year-old man who lives in assisted living; his daughter joined by phone. He was seen on
video two weeks ago and brought in for tissue diagnosis of three separate problems.

The left lateral thigh has a firm, indurated, dusky plaque about 6 cm across that has expanded over two months.
I am concerned about morphea profunda versus a panniculitis, so a deep sample is needed. I took an incisional
wedge biopsy with a scalpel down into subcutaneous fat and closed it with simple sutures.

On the central chest there are grouped pruritic erythematous papules; I performed a 4 mm punch biopsy for
routine histology and a second 4 mm punch for direct immunofluorescence was considered but not done because
the lab courier had already left.

The left parietal scalp has a 1.1 cm crusted nodule. I took a tangential (shave) biopsy of it; if it proves to
be a squamous cell carcinoma we will plan definitive treatment at another visit.

All three specimens were sent separately and labeled A, B and C. Wound care reviewed with the facility nurse by
phone. Results call in about ten days.
""",
    "expected": E([L("11106"), L("11105"), L("11103")]),
    "coder_note": "BX-2: incisional outranks punch and tangential -> 11106 primary, punch -> 11105, tangential -> 11103. "
                  "The second (DIF) punch was not done.",
})

SCENARIOS.append({
    "id": "s25-bx-ema-grid-deleted-codes",
    "family": "biopsy", "shape": "pre-coded",
    "description": "EMA grid used deleted 11100/11101 for two tangential biopsies and added an E/M for the same two "
                   "lesions triaged on video",
    "date": "2026-02-03",
    "patient": ("Halvorsen-Reyes", "Bridget", "1969-09-12", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Irregular pigmented papule, right upper back", None, "Right upper back", reason=True),
        C("c2", "Scaly pink papule, left forearm", None, "Left forearm", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Right upper back", "EMA grid line 2", ["c1"]),
        P("Biopsy of skin, each separate additional lesion", "11101", "Left forearm", "EMA grid line 3", ["c2"]),
    ],
    "note_title": "Procedure Visit Note",
    "note": """HARBORLINE DERMATOLOGY - Procedure Visit
June Abernathy, PA-C (supervising physician Dr. S. Weiss)

Reason for visit: biopsies of 2 lesions flagged at tele-derm visit 01/22/2026.
History: no new concerns today. Skin exam limited to the two lesions per pt request (full skin exam was done
by video photos + in person last August). Meds unchanged.

[x] Consent  [x] Time-out  [x] Photos in EMA
Lesion 1 - R upper back, 7 mm irregular brown papule -> tangential biopsy (DermaBlade), AlCl3.
Lesion 2 - L forearm, 5 mm scaly pink papule -> tangential biopsy, AlCl3.
Specimens to Harborline Dermpath, 2 jars.

Assessment: neoplasm of uncertain nature x 2, path pending. No other problems addressed.
Plan: results via portal; return as needed.

EMA CHARGE GRID
 99213    25   (auto-added from template)
 11100         R upper back
 11101         L forearm
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted in 2019 (BX-1) -> tangential 11102 + 11103. GS-3/conventions: the only work "
                  "was the biopsy of the two lesions already triaged -> E/M removed.",
})

SCENARIOS.append({
    "id": "s25-shave-interpreter-cheek-neck",
    "family": "shave", "shape": "free-text",
    "description": "Spanish-interpreter visit: shave removal of bleeding nevus left cheek 0.7 cm and inflamed neck "
                   "nevus 0.4 cm; both intradermal nevi on pathology",
    "date": "2026-03-17",
    "patient": ("Villalobos", "Graciela", "1976-06-08", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Intradermal nevus, left cheek, bleeds with shaving/trauma", "D22.39", "Left cheek", reason=True),
        C("c2", "Intradermal nevus, left lateral neck, inflamed", "D22.4", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left cheek",
          note="Dome-shaped papule 0.7 cm; repeatedly cut while threading eyebrows/face; bled twice this month. "
               "Shaved flush, AlCl3.", reasons=["c1"]),
        P("Shave removal", site="Left lateral neck",
          note="0.4 cm papule, red and tender where the necklace rubs. Shaved flush, AlCl3.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left cheek, shave: intradermal melanocytic nevus, inflamed, traumatized. "
                 "B. Left neck, shave: intradermal melanocytic nevus with inflammation.",
         "date": "2026-03-20", "site": "Left cheek; left neck"},
    ],
    "note_title": "Nota de procedimiento / Procedure Note",
    "note": """Harborline Dermatology - Rafael Santos, NP (supervising: Dr. Weiss)
Interpreter: Spanish, in-person staff interpreter M. Ochoa, used for the entire visit.

S: 49 y/o woman, seen on video 03/03 for two "moles that bleed." Cheek one gets cut when she threads facial hair;
bled 2x this month. Neck one rubs on necklace, sore and red.
O: L cheek 0.7 cm skin-colored dome papule with hemorrhagic crust. L lateral neck 0.4 cm papule, erythematous,
tender. No other lesions of concern on face/neck.
P: Shave removal x2 after consent (Spanish form signed), lidocaine w/ epi.
   - L cheek 0.7 cm: shave removal flush with skin
   - L neck 0.4 cm: shave removal
   Hemostasis with aluminum chloride. Path x2.
Education via interpreter: wound care, vaseline daily, call for bleeding.
Addendum 03/20 - path: both intradermal nevi, inflamed/traumatized.
""",
    "expected": E([L("11311"), L("11305")], dx={"11311": ["D22.39"], "11305": ["D22.4"]}),
    "coder_note": "SH-1: shave removal coded by site group and lesion diameter: cheek (FEENLM) 0.7 cm -> 11311; neck "
                  "(SNHFG) 0.4 cm -> 11305. Bleeding/inflammation documented, so not cosmetic.",
})

SCENARIOS.append({
    "id": "s25-shave-arm-scalp-size-missing",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of inflamed SK right upper arm 1.2 cm and irritated scalp SK with no size recorded; "
                   "Medicare FFS",
    "date": "2026-04-07",
    "patient": ("Mulcahy", "Eugene", "1946-10-21", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right upper arm", "L82.0", "Right upper arm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, crown of scalp", "L82.0", "Crown of scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal, inflamed SK", site="Right upper arm",
          note="1.2 cm inflamed SK, red, oozing, catches on sleeve. Shaved, hemostasis with Drysol.",
          reasons=["c1"]),
        P("Shave removal, irritated SK", site="Crown of scalp",
          note="Irritated SK, bleeds with combing, crusted and red. Shaved flush, Drysol.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Harborline Dermatology - S. Weiss MD
79M. Two irritated "warty spots" reviewed on video 03/24, booked for in-person removal today.
PMH: HTN, BPH. On apixaban - no hold needed for shave. NKDA.

Exam:
 - R upper arm: 1.2 cm inflamed SK with erythema and oozing crust; rubs on his sleeve.
 - Crown of scalp: irritated SK, bleeds when he combs, crusted with erythematous rim.
 - Back: numerous stuck-on SKs, asymptomatic.

Procedure: both symptomatic lesions removed by shave technique after 1% lidocaine w/ epi; hemostasis
Drysol. Sent to path to confirm. Scalp lesion diameter was not recorded at the time of removal.
Back SKs: asymptomatic, not treated, reassured. Follow-up as needed.
Addendum 04/10 - path: both inflamed (irritated) seborrheic keratoses.
""",
    "expected": E([L("11302")], topics=["missing-documentation"], dx={"11302": ["L82.0"]}),
    "coder_note": "README 'Coding decisions': the scalp shave has no lesion size -> no line + missing-documentation. "
                  "Arm 1.2 cm -> 11302. Inflammation/bleeding documented (BSL-3), so no GY.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: excision benign / malignant, destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s25-exb-recurrent-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst upper back 2.0 cm excised with 0.2 cm margins, layered "
                   "closure 4.5 cm; commercial",
    "date": "2026-01-13",
    "patient": ("Brandvold", "Kyle", "1988-03-03", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "Upper back, midline", reason=True),
    ],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with foreign-body "
                      "giant cell reaction. No atypia.", "date": "2026-01-16", "site": "Upper back"}],
    "note_title": "Excision Note",
    "note": """HARBORLINE DERMATOLOGY - Procedure Note
Samuel Weiss, MD

Mr. Brandvold is a 37-year-old man whose cyst on the upper back became red, swollen and painful three times in
the past year; an urgent care drained it in November. It has been quiet for six weeks, which is the right time
to remove it. He was assessed on video on 12/30 and booked for excision today.

On exam there is a 2.0 cm firm, mobile subcutaneous cyst with a central punctum in the midline upper back, with
scarring from the prior drainage. No current erythema or fluctuance.

After informed consent and a time-out, the area was anesthetized with 1% lidocaine with epinephrine. I marked a
0.2 cm margin around the 2.0 cm cyst and excised it as a fusiform ellipse down to fascia, removing the sac
intact together with the old drainage scar. The wound was closed in layers: buried 3-0 Vicryl in the deep
dermis and subcutaneous tissue, then 4-0 nylon running sutures. The final repair length was 4.5 cm.

The specimen was sent for pathology. Estimated blood loss was minimal. He tolerated it well.
Wound care reviewed; suture removal at 12-14 days. He asked about a second, smaller cyst on the scalp; that one
is asymptomatic and we agreed to leave it alone.

Addendum 01/16/2026: pathology shows a ruptured epidermal inclusion cyst. Benign.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter 2.0 + 2 x 0.2 = 2.4 cm, trunk -> 11403. EX-5: layered closure of the trunk "
                  "4.5 cm -> 12032 separately. Scalp cyst not treated.",
})

SCENARIOS.append({
    "id": "s25-exb-ema-grid-cheek-nevus-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "EMA grid coded the lesion size instead of the excised diameter (11441) and added a simple repair "
                   "(12011) for an atypical nevus right cheek 0.6 cm with 0.3 cm margins",
    "date": "2026-02-17",
    "patient": ("Sandoval-Pierce", "Annette", "1955-01-29", "female"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Melanocytic nevus with moderate atypia, right cheek", "D22.39", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion face", "11441", "Right cheek", "EMA grid qty 1", ["c1"]),
        P("Simple repair face", "12011", "Right cheek", "EMA grid qty 1, 1.8 cm", ["c1"]),
    ],
    "path": [{"text": "Right cheek, excision: compound melanocytic nevus with moderate cytologic atypia; margins "
                      "free.", "date": "2026-02-20", "site": "Right cheek"}],
    "note_title": "Excision Procedure Note",
    "note": """HARBORLINE DERMATOLOGY - Ines Castellanos, MD

Indication: changing pigmented papule, right cheek, biopsied 01/27 (shave bx: compound nevus with moderate atypia,
involving the deep margin). Recommended conservative re-excision with narrow margins.

Lesion/scar measured before excision: 0.6 cm. Margin: 0.3 cm on all sides.
Elliptical excision oriented along relaxed skin tension lines, to subcutaneous fat.
Closure: single layer, 6-0 nylon simple interrupted sutures; no buried sutures needed. Length 1.8 cm.
Hemostasis with light electrocautery. Specimen to path with suture at 12 o'clock.
Tolerated well. Suture removal in 5-6 days.

Pathology 02/20: compound nevus with moderate atypia, margins free.

EMA CHARGE GRID
  11441  x1  D22.39
  12011  x1  D22.39
""",
    "expected": E([L("11442")], topics=["coding-correction", "ncci"], dx={"11442": ["D22.39"]}),
    "coder_note": "EX-1: 0.6 + 2 x 0.3 = 1.2 cm, face -> 11442 (not 11441). EX-5: single-layer closure is a simple "
                  "repair, included (11442/12011 PTP indicator 1, same wound) -> removed.",
})

SCENARIOS.append({
    "id": "s25-exb-peds-pilomatricoma-neck-no-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Pediatric pilomatricoma right neck excised, lesion size never recorded; layered closure 2.0 cm "
                   "documented; Medicaid MCO",
    "date": "2026-03-24",
    "patient": ("Oyelaran", "Tobi", "2016-08-14", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 55,
    "conditions": [
        C("c1", "Pilomatricoma, right lateral neck", "D23.4", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision of subcutaneous nodule", site="Right lateral neck",
          note="Firm, chalky, tethered nodule; excised with narrow margin. Lesion dimensions not recorded.",
          reasons=["c1"]),
        P("Layered closure", site="Right lateral neck",
          note="5-0 Monocryl deep, 6-0 fast-absorbing gut running. Length 2.0 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Right neck, excision: pilomatricoma (pilomatrixoma), completely excised.",
              "date": "2026-03-27", "site": "Right lateral neck"}],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """Harborline Pediatric Dermatology - Folake Adeyemi, MD

Tobi is a 9-year-old boy, accompanied by his mother, who has had a hard bump on the right side of his neck for
about a year. It has grown slowly and is sometimes tender when his shirt collar rubs it. At the video visit in
February the history and photos suggested a pilomatricoma, and we planned excision with topical numbing cream
and local anesthesia rather than sedation, because Tobi was keen to be awake.

Today the nodule is firm, rock-hard with a bluish tint, and tethered to the skin on the right lateral neck.
EMLA was applied for an hour; then 1% lidocaine with epinephrine was infiltrated. Tobi did very well with a
tablet video for distraction.

I excised the nodule with a narrow margin of normal skin through a fusiform incision. The lesion itself was
not measured before the excision (I forgot to record it in the chart). The wound was closed in two layers,
buried 5-0 Monocryl and a running 6-0 fast-absorbing gut, for a final length of 2.0 cm. Steri-strips applied.

Mother was shown wound care, no sutures to remove. We will review by video in two weeks.
Addendum 03/27: pathology confirms pilomatricoma, completely excised.
""",
    "expected": E([L("12041")], topics=["missing-documentation"], dx={"12041": ["D23.4"]}),
    "coder_note": "README 'Coding decisions': no lesion size -> no excision line + missing-documentation; the layered "
                  "closure has its own length (neck, intermediate 2.0 cm -> 12041) and is kept (EX-5).",
})

SCENARIOS.append({
    "id": "s25-exm-melanoma-wle-right-back",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Wide local excision of thin melanoma right upper back: biopsy scar 1.2 cm + 1.0 cm margins, "
                   "layered closure 9.0 cm; Medicare FFS; SLNB discussed, not done",
    "date": "2026-02-05",
    "patient": ("Castellano-Whitfield", "Roberta", "1953-05-17", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Malignant melanoma, superficial spreading, right upper back", "C43.59", "Right upper back",
          reason=True),
    ],
    "path": [{"text": "Right upper back, wide excision: residual melanoma in situ at the biopsy site, no residual "
                      "invasive melanoma; margins negative (closest 0.9 cm).", "date": "2026-02-09",
              "site": "Right upper back"}],
    "note_title": "Wide Local Excision - Operative Note",
    "note": """HARBORLINE DERMATOLOGY - OPERATIVE NOTE
Surgeon: Samuel Weiss, MD. DOS 02/05/2026.

Diagnosis: invasive melanoma, superficial spreading type, Breslow 0.5 mm, no ulceration, right upper back
(shave biopsy 01/15/2026). Stage T1a. Sentinel node biopsy was discussed and is not indicated; not performed.

Pre-op measurement: biopsy scar with residual pigment 1.2 x 0.9 cm. Planned margin 1.0 cm all around.
Excised diameter 3.2 cm. Fusiform excision oriented horizontally, taken to the muscular fascia.

Repair: wide undermining in the subcutaneous plane on both sides to relieve tension, layered closure with
2-0 and 3-0 Vicryl buried dermal sutures and 4-0 nylon running. Final length 9.0 cm. No tissue rearrangement,
no debridement; intermediate (layered) repair.

EBL 10 mL. No complications. Specimen oriented with a suture at 12 o'clock.
Plan: sutures out at 14 days. Skin checks every 3 months for the first year (alternating video photo review
and in-person visits). No imaging needed for T1a.

Addendum 02/09: residual MIS only, margins clear.
""",
    "expected": E([L("11604"), L("12034")], dx={"11604": ["C43.59"]}),
    "coder_note": "EX-1: 1.2 + 2 x 1.0 = 3.2 cm on the trunk -> 11604 (malignant, known melanoma). EX-5: layered repair "
                  "9.0 cm trunk -> 12034. Undermining alone is not complex (REP-3). SLNB not done.",
})

SCENARIOS.append({
    "id": "s25-exm-reexcision-positive-margin-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision for positive margin of SCC left shin 7 days after the first excision (inside the "
                   "010 global): scar 1.8 cm + 0.4 cm margins, simple closure; commercial",
    "date": "2026-03-09",
    "patient": ("Lindahl", "Marcus", "1962-12-01", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left shin, positive lateral margin", "C44.729", "Left shin",
          reason=True),
    ],
    "procedures": [
        P("Re-excision of SCC site for positive margin", site="Left shin",
          note="Scar 1.8 cm; 0.4 cm margin all sides; fusiform to fat.", reasons=["c1"]),
        P("Wound closure", site="Left shin",
          note="Single-layer 4-0 nylon simple interrupted; 4.2 cm. No buried sutures."),
    ],
    "prior": [PRIOR("2026-03-02", "11602", "Excision malignant lesion, left shin", "Left shin",
                    "SCC 0.9 cm, 0.3 cm margins; path: SCC, lateral margin involved.")],
    "path": [{"text": "Left shin, re-excision: scar with focal residual squamous cell carcinoma; margins now clear.",
              "date": "2026-03-12", "site": "Left shin"}],
    "note_title": "Re-excision Note",
    "note": """Harborline Dermatology - S. Weiss MD

57M, excision of well-differentiated SCC L shin on 03/02 (today is post-op day 7).
Path from 03/02: SCC, lateral margin involved. Discussed by video on 03/05: options re-excision vs Mohs;
he chose re-excision here, planned at the time of the path review.

Today:
- Suture line healing, no infection. Old sutures removed.
- Scar measured 1.8 cm. 0.4 cm margins marked.
- Fusiform re-excision to subcutaneous fat.
- Closure: simple interrupted 4-0 nylon, single layer (wound under little tension); 4.2 cm.
- Specimen oriented.

Plan: sutures out in 14 days. If margins still positive -> Mohs referral.
Addendum 03/12: focal residual SCC, margins now clear.
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.729"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> malignant code "
                  "with 58. 1.8 + 2 x 0.4 = 2.6 cm, leg -> 11603. Simple closure included (EX-5).",
})

SCENARIOS.append({
    "id": "s25-exm-ema-grid-sccis-chest-benign-code",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "EMA grid billed a benign excision code before pathology; path returned SCC in situ on the left "
                   "chest (0.8 cm + 0.4 cm margins); layered closure 3.0 cm kept",
    "date": "2026-04-02",
    "patient": ("Ashcombe", "Doris", "1945-03-09", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left upper chest", "D04.5", "Left upper chest", reason=True),
    ],
    "procedures": [
        P("Excision, lesion, trunk", "11402", "Left upper chest", "EMA grid qty 1 (entered before path)", ["c1"]),
        P("Intermediate repair, trunk", "12032", "Left upper chest", "EMA grid qty 1, 3.0 cm", ["c1"]),
    ],
    "path": [{"text": "Left upper chest, excision: squamous cell carcinoma in situ (Bowen disease), margins clear.",
              "date": "2026-04-06", "site": "Left upper chest"}],
    "note_title": "Excision Note",
    "note": """HARBORLINE DERMATOLOGY
Provider: Ines Castellanos, MD     DOS 04/02/2026

81 y/o woman, scaly pink plaque L upper chest, enlarging x 6 months, flagged on video visit 03/12. No prior bx.
Clinical ddx: SCC in situ vs superficial BCC vs inflamed SK. Excisional approach chosen for diagnosis and
treatment in one step.

Lesion 0.8 cm. Margins 0.4 cm. Excised to subcutaneous fat.
Layered closure: 4-0 Vicryl deep dermal + 5-0 nylon running. Length 3.0 cm.
No complications.

Pathology (04/06): SCC in situ, Bowen type. Margins clear. Pt informed by phone.

Charge grid (entered by MA on DOS, before the path came back):
  11402 x1   D49.2
  12032 x1   D49.2
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"], dx={"11602": ["D04.5"]}),
    "coder_note": "EX-3/DX-2: code from final pathology; carcinoma in situ (D04) takes malignant excision codes. "
                  "0.8 + 2 x 0.4 = 1.6 cm trunk -> 11602. Layered trunk 3.0 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s25-ds-ema-grid-eighteen-aks",
    "family": "destruction", "shape": "pre-coded",
    "description": "EMA grid billed 17000 + 17003 x17 for eighteen AKs; must be 17004 once",
    "date": "2026-01-29",
    "patient": ("Whitcombe", "Gerald", "1940-04-04", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, face and dorsal hands", "L57.0", "Scalp, forehead, cheeks, hands",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Scalp", "EMA grid qty 1", ["c1"]),
        P("Destruction premalignant lesion, each additional 2-14", "17003", "Face, hands", "EMA grid qty 17",
          ["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Harborline Derm - procedure day. Jordan Pike, PA-C (Dr. Weiss supervising)
85M, AK f/u. Video visit 01/06 -> booked for cryo.
Exam: gritty erythematous scaly papules:
- scalp: seven
- forehead: 4
- R cheek: two / L cheek: 1
- dorsal hands: 4 (2 each)
Total 18 AKs.
LN2 cryotherapy, 2 freeze-thaw cycles each, all 18 lesions.
No hypertrophic lesions, nothing suspicious for SCC today.
Pt declined 5-FU field tx again; will reconsider in spring.
F/u 4 mo.

EMA CHARGE GRID
 17000 x1  L57.0
 17003 x17 L57.0
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and 17004/17003 "
                  "indicator 0; also 17003 x17 exceeds MUE 13).",
})

SCENARIOS.append({
    "id": "s25-ds-aks-and-hand-warts-xs",
    "family": "destruction", "shape": "note-only",
    "description": "NP bullet note: cryo to six AKs (face/scalp) and three painful common warts right hand; "
                   "Medicare Advantage",
    "date": "2026-02-12",
    "patient": ("Maldonado", "Rufino", "1954-09-30", "male"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, face and scalp", "L57.0", "Face, scalp", reason=True),
        C("c2", "Verruca vulgaris, right hand, painful", "B07.8", "Right hand", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Harborline Dermatology - R. Santos NP (supervising Dr. Weiss). Spanish spoken by provider; pt declined
interpreter.
S:
- 71M, rough spots face/scalp + "mezquinos" R hand
- hand warts painful when gripping tools at work, 1 cracked and bled last week
O:
- AKs: R temple 2, L forehead 1, nasal dorsum 1, vertex scalp 2 (= 6)
- warts R hand: R index PIP, R thumb, R palm (3), tender, 1 fissured
P:
- LN2 to 6 AKs, 2 cycles
- LN2 to 3 warts, 2 cycles after paring w/ 15 blade (paring part of wart tx)
- imiquimod for field tx: discussed, he prefers to wait
- no biopsy needed
F/u 6-8 wk for warts, repeat LN2 prn
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 5, "XS")],
                  dx={"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "DS-1: 6 AKs -> 17000 + 17003 x5; DS-2: 3 warts -> 17110. DS-3: 17110/17000 and 17110/17003 are "
                  "indicator 1 with 17110 as column 1 -> XS on 17000 and 17003 (different lesions).",
})

SCENARIOS.append({
    "id": "s25-ds-aks-uncounted-plantar-warts",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo to 'multiple' AKs with no count plus two painful plantar warts; Medicare FFS",
    "date": "2026-03-05",
    "patient": ("Grabowski", "Helena", "1943-07-22", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Plantar warts, right forefoot, painful", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Cryotherapy, actinic keratoses", site="Scalp",
          note="Multiple AKs frozen with LN2, 2 cycles. Number not recorded.", reasons=["c1"]),
        P("Destruction of plantar warts, LN2 after paring", site="Right plantar forefoot",
          note="Two plantar warts, painful on walking; pared then frozen.", reasons=["c2"]),
    ],
    "note_title": "Senior Skin Clinic - Procedure Note",
    "note": """Harborline Dermatology, Senior Skin Clinic. Chidi Okonkwo, MD.

Mrs. Grabowski, 82, returns for treatment planned at her video visit. She has rough, tender spots on the balding
scalp that catch on her brush, and two plantar warts under the right forefoot that hurt with each step.

Scalp: multiple gritty actinic keratoses across the crown and vertex. Treated with liquid nitrogen, two cycles
each. I did not count the lesions today.

Right plantar forefoot: two plantar warts with interrupted skin lines and pinpoint thrombosed capillaries, tender
to lateral pressure, under the 2nd and 3rd metatarsal heads. Pared with a blade and frozen with liquid nitrogen.

No lesions suspicious for skin cancer. She will use 40% urea to the feet at home. Return in 6 weeks.
""",
    "expected": E([L("17110")], topics=["missing-documentation"], dx={"17110": ["B07.0"]}),
    "coder_note": "README 'Coding decisions': AK count not documented -> no 17000/17003/17004 line + "
                  "missing-documentation. Two painful plantar warts -> 17110 (no XS: no 17000 line on the claim).",
})

SCENARIOS.append({
    "id": "s25-ds-edc-sbcc-back-sccis-forearm",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven superficial BCC left upper back (final defect 1.8 cm) and SCC in situ right "
                   "forearm (defect 0.9 cm), 13 days after the biopsies",
    "date": "2026-02-04",
    "patient": ("Eberhardt", "Clifford", "1949-06-11", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 35,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right dorsal forearm", "D04.61", "Right dorsal forearm",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-01-22", "11102", "Tangential biopsy", "Left upper back", "Path: superficial BCC."),
        PRIOR("2026-01-22", "11103", "Tangential biopsy, additional lesion", "Right dorsal forearm",
              "Path: SCC in situ."),
    ],
    "note_title": "ED&C Procedure Note",
    "note": """HARBORLINE DERMATOLOGY - Procedure Note. Samuel Weiss, MD. DOS 02/04/2026.

76 y/o man; two lesions biopsied on 01/22 (tangential): superficial BCC of the left upper back and SCC in situ
of the right dorsal forearm. Treatment options (excision, ED&C, topical) reviewed by video on 01/28; he chose
electrodesiccation and curettage for both.

1. Left upper back, superficial BCC. Clinical lesion 1.3 x 1.1 cm. Three cycles of curettage and
   electrodesiccation. Final defect diameter 1.8 cm.
2. Right dorsal forearm, SCC in situ. Clinical lesion 0.6 cm. Three cycles of curettage and
   electrodesiccation. Final defect diameter 0.9 cm.

No specimens sent (diagnosis already established). Hemostasis complete. Petrolatum and bandage.
Expected healing 3-4 weeks. Return in 6 months for full skin exam; sooner if any recurrence.
An incidental SK on the right shoulder was left alone.
""",
    "expected": E([L("17262"), L("17261")], dx={"17262": ["C44.519"], "17261": ["D04.61"]}),
    "coder_note": "DS-4: malignant destruction sized by the final curettage defect: trunk 1.8 cm -> 17262; arm "
                  "0.9 cm -> 17261. Biopsies 13 days earlier are global 000, so no global modifier.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: E/M, post-op, repair, incision and drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s25-em-interpreter-screening-only-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Spanish-interpreter new patient, Medicare FFS, app-booked 'annual skin check' with no history, "
                   "no complaint and nothing found",
    "date": "2026-01-15",
    "patient": ("Ibarra", "Consuelo", "1958-02-27", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 20, "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """HARBORLINE DERMATOLOGY - New patient, in person
Rafael Santos, NP (supervising Dr. Weiss). Interpreter: Spanish, video interpreter ID 40721, entire visit.

CC: "chequeo anual de la piel" - booked through the Harborline app as a routine annual skin check.
HPI: 67-year-old woman with no skin complaints. No new, changing, bleeding or itchy spots. Nothing she or her
husband has noticed. No personal history of skin cancer, no family history of melanoma, no prior biopsies,
no immunosuppression, no tanning-bed use. She simply wanted a check because her sister had one.
ROS: negative for skin symptoms.

Exam: full skin examination, scalp to soles including nails and mucosa. Skin type IV. No suspicious
pigmented lesions, no keratotic or non-healing lesions, nothing requiring biopsy, treatment or follow-up.

Assessment: skin cancer screening, normal examination.
Plan: sun-protection counseling via interpreter; self-skin-exam handout in Spanish. No follow-up needed unless
she notices a change (she can send photos through the app).

Level of service selected: 99202 (new patient, straightforward).
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5 and README 'Coding decisions': Medicare screening-only full-skin exam (no history, no complaint, "
                  "nothing found) is excluded -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s25-em-ema-grid-declined-wart-cryo",
    "family": "em", "shape": "pre-coded",
    "description": "EMA grid carried 99213-25 + 17110 but the patient declined the wart cryo; only the hand-eczema "
                   "visit happened; commercial",
    "date": "2026-02-26",
    "patient": ("Tamburello", "Vince", "1991-11-18", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Chronic hand dermatitis, dyshidrotic, flaring", "L30.1", "Both hands", reason=True),
        C("c2", "Common warts, left fingers", "B07.8", "Left index and middle fingers"),
    ],
    "procedures": [
        P("Destruction benign lesions up to 14", "17110", "Left fingers",
          "Pended from the visit template; patient declined treatment.", ["c2"], status="not-done"),
    ],
    "note_title": "Follow-up Visit",
    "note": """HARBORLINE DERMATOLOGY - Follow-up (in person, after video visit 02/05)
June Abernathy, PA-C. Supervising physician: Dr. S. Weiss.

CC: hand eczema flare; also asks about 2 warts on L fingers.
HPI: dyshidrotic hand dermatitis x 3 yrs. Flared 3 wk ago after new job (dishwashing). Triamcinolone 0.1% not
helping; itchy vesicles both palms/sides of fingers. Sleep disrupted.
Exam: bilateral palms/lateral fingers - deep-seated vesicles, scale, fissures; no pustules, no secondary
infection. L index + L middle finger: 2 verruca vulgaris, 4-5 mm, non-tender.

A/P:
1. Dyshidrotic eczema, flare - switch to clobetasol 0.05% oint BID x 2 wk then weekends; nitrile gloves over
   cotton liners at work; emollient after each wash. Discussed patch testing if not better -> next visit.
2. Warts L fingers - offered LN2 today. Patient DECLINED (competitive swim meet this weekend, worried about
   blisters). Will treat at the next visit. No treatment today.

RTC 4 wk.

[EMA charge grid - auto-populated]
 99213  25   L30.1
 17110       B07.8
""",
    "expected": E([L("99213")]),
    "coder_note": "The wart destruction was declined and not performed (Procedure status not-done) -> no 17110 line; "
                  "with no procedure that day the E/M takes no modifier 25.",
})

SCENARIOS.append({
    "id": "s25-em-psoriasis-g2211-with-ak-cryo",
    "family": "em", "shape": "note-only",
    "description": "Longitudinal psoriasis visit with biologic switch plus cryo of three AKs; provider added G2211 "
                   "to a modifier-25 visit; Medicare FFS",
    "date": "2026-03-12",
    "patient": ("Harrowgate", "Leonard", "1950-01-08", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis, worsening on apremilast", "L40.0", "Trunk, extremities, scalp", reason=True),
        C("c2", "Actinic keratoses, forehead", "L57.0", "Forehead", reason=True),
    ],
    "note_title": "Psoriasis Follow-up + Procedure",
    "note": """HARBORLINE DERMATOLOGY - Samuel Weiss, MD
Established patient; I have managed his psoriasis for 6 years (alternating video and in-person visits).

Psoriasis: despite 9 months of apremilast and topicals, BSA has increased from 4% to 11% (trunk, shins, scalp);
PASI 12. He has diarrhea on apremilast. Reviewed TB QuantiFERON and hepatitis panel from 03/02 (negative),
CBC/CMP normal. Discussed biologic options, risks (infection, TB reactivation, vaccines). Stopping apremilast;
starting risankizumab 150 mg SC at weeks 0 and 4, then every 12 weeks - prior authorization submitted today.
Continue clobetasol solution to scalp.

Separately, three gritty actinic keratoses on the forehead: treated with liquid nitrogen, 2 freeze-thaw cycles
each (3 lesions). Consent obtained.

Return 12 weeks (video check at 4 weeks).

Charges entered by provider: 99214, G2211, 17000, 17003 x2.
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 2)], dx={"99214": ["L40.0"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: psoriasis management with a biologic switch is significant and separate -> 99214-25. "
                  "EM-6: G2211 is not payable with a modifier-25 E/M (no AWV/vaccine/preventive exception) -> removed. "
                  "3 AKs -> 17000 + 17003 x2.",
})

SCENARIOS.append({
    "id": "s25-em-drug-eruption-prolonged-medicare",
    "family": "em", "shape": "note-only",
    "description": "Acute drug eruption work-up, 99215 by time 78 min; provider keyed 99417 x2 for a Medicare FFS "
                   "patient",
    "date": "2026-04-21",
    "patient": ("Novak", "Irene", "1947-09-14", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 78, "em": "99215",
    "conditions": [
        C("c1", "Generalized drug eruption due to allopurinol", "L27.0", "Generalized", reason=True),
    ],
    "note_title": "Urgent Dermatology Visit",
    "note": """HARBORLINE DERMATOLOGY - Urgent in-person visit (converted from same-day video triage)
Ines Castellanos, MD

Mrs. Novak, 78, established patient (seen 2024 for seborrheic keratoses), presents with a widespread pruritic
eruption that began 5 days ago, three weeks after her PCP started allopurinol for gout.

Exam: confluent morbilliform erythematous macules and papules over trunk and limbs (about 60% BSA), facial
edema, no mucosal erosions, no blisters, Nikolsky negative. Temperature 38.1 C in clinic.

Concern: DRESS versus simple morbilliform drug eruption. Ordered CBC with differential, CMP, LFTs and urinalysis
(stat, drawn at the hospital outpatient lab next door); results back during the visit: eosinophils 1,450, ALT 88. Reviewed her hospital records and PCP medication list.
Called her PCP and the clinical pharmacist: allopurinol stopped today, HLA-B*58:01 testing ordered.
Started prednisone 0.5 mg/kg/day with taper plan, triamcinolone 0.1% cream, antihistamine at night.
Discussed admission criteria and warning signs with patient and son; they prefer outpatient management with
labs in 72 hours. Her PCP will manage the gout going forward; no ongoing dermatology follow-up is planned after
this episode resolves.

Total time on the date of the encounter: 78 minutes (face-to-face 44, records and lab review 14, PCP and
pharmacist calls 11, documentation and orders 9). No separately billed procedures.

Charge: 99215 + 99417 x2.
""",
    "expected": E([L("99215"), L("G2212")], topics=["coding-correction"]),
    "coder_note": "EM-5: 99417 is not valid for Medicare; G2212 counts from 69 min for 99215 -> 78 min = 1 unit "
                  "(second unit needs 84). Level 99215 kept as selected (time >= 40).",
})

SCENARIOS.append({
    "id": "s25-postop-suture-removal-in-global",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and path review 9 days after a benign excision (010 global); provider chose "
                   "99212; Medicaid",
    "date": "2026-03-04",
    "patient": ("Rutherford", "Aaliyah", "1999-05-02", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Dermatofibroma, left forearm, excised", "D23.62", "Left forearm", history=True),
    ],
    "prior": [PRIOR("2026-02-23", "11402", "Excision benign lesion, left forearm", "Left forearm",
                    "Excised diameter 1.4 cm; simple closure.")],
    "note_title": "Post-op Visit",
    "note": """Harborline Derm - J. Pike PA-C (Dr. Weiss supervising)
Post-op check, L forearm excision 02/23 (9 days ago).
- Wound: well approximated, no erythema, no drainage
- 4 sutures removed, steri-strips
- Path reviewed w/ pt: dermatofibroma, margins clear, benign
- Scar care: silicone gel, SPF
- Pt asked about laser for the scar later -> not now, reassess at 3 mo
- No other concerns raised today
- RTC prn
Level: 99212
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: routine post-op visit inside the 10-day global of 11402 is included -> 99024, no E/M.",
})

SCENARIOS.append({
    "id": "s25-postop-flap-global-unrelated-em-and-bx",
    "family": "post-op", "shape": "pre-coded",
    "description": "Day 42 of a cheek flap's 90-day global: unrelated hand dermatitis with Rx plus tangential biopsy "
                   "of a new back lesion; EMA grid had no global modifiers; Medicare Advantage",
    "date": "2026-03-03",
    "patient": ("Pemberton", "Alastair", "1948-10-10", "male"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis of hands, new", "L23.9", "Both hands", reason=True),
        C("c2", "New pink papule, left mid back", None, "Left mid back", reason=True),
        C("c3", "Basal cell carcinoma left cheek, s/p Mohs and rotation flap 01/20/2026", "C44.319",
          "Left cheek", history=True),
    ],
    "procedures": [
        P("Tangential biopsy", "11102", "Left mid back", "EMA grid qty 1", ["c2"]),
    ],
    "prior": [PRIOR("2026-01-20", "14040", "Adjacent tissue transfer, left cheek, 9.0 sq cm", "Left cheek",
                    "Rotation flap after Mohs.")],
    "note_title": "Clinic Visit",
    "note": """HARBORLINE DERMATOLOGY - Ines Castellanos, MD. DOS 03/03/2026.

Post-op status: left cheek rotation flap 01/20/2026 - healing nicely, mild pinkness, no tenderness. Silicone
gel, massage. (Flap check - no charge.)

New problem 1: itchy, cracked hands for 3 weeks since he started woodworking with a new stain/finish.
Exam: dorsal hands and fingers with lichenified, fissured eczematous plaques, some vesicles. Impression:
allergic contact dermatitis, likely to the finish. Started clobetasol ointment BID 2 weeks, nitrile gloves,
stop the product; patch testing if it recurs.

New problem 2: 5 mm pink pearly papule on the left mid back, noticed by his wife; new since January.
Tangential (shave) biopsy performed after consent; AlCl3 for hemostasis. Path pending.

EMA charge grid:
  99213        L23.9
  11102        D49.2
""",
    "expected": E([L("99213", 1, "24", "25"), L("11102", 1, "79")], topics=["global-period"],
                  dx={"99213": ["L23.9"]}),
    "coder_note": "GS-5: inside the 90-day global of 14040, the unrelated E/M takes 24 and the unrelated new-lesion "
                  "biopsy takes 79. GS-3: contact dermatitis with Rx is separate from the biopsy -> also 25.",
})

SCENARIOS.append({
    "id": "s25-postop-wart-cryo-inside-cyst-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Day 5 after a back cyst excision (010 global): wound check plus destruction of an unrelated "
                   "painful plantar wart; Medicaid MCO",
    "date": "2026-04-21",
    "patient": ("Kowalczyk", "Dominik", "2003-02-09", "male"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Plantar wart, left heel, painful", "B07.0", "Left heel", reason=True),
        C("c2", "Epidermal cyst, upper back, excised 04/16/2026", "L72.0", "Upper back", history=True),
    ],
    "procedures": [
        P("Wound check", site="Upper back", note="Incision clean, no signs of infection. No charge."),
        P("Cryotherapy of plantar wart after paring", site="Left heel",
          note="Single 7 mm plantar wart, painful with walking; pared, LN2 x2 cycles.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-04-16", "11403", "Excision benign cyst, upper back", "Upper back",
                    "Excised diameter 2.3 cm, layered closure.")],
    "note_title": "Visit Note",
    "note": """Harborline Dermatology - R. Santos, NP (supervising Dr. Weiss)

23M, 5 days after excision of an epidermoid cyst on the upper back (Dr. Weiss, 04/16). Came in because the
dressing got wet at the gym - wanted it checked. Also asks about a painful spot on the L heel x 2 months.

Back: incision intact, sutures in place, no erythema or drainage. Reassured; keep dry 24 h after showers.

L heel: 7 mm plantar wart, loss of skin lines, black dots, painful to squeeze and when running.
New problem, unrelated to the cyst surgery. Treated today: pared with 15 blade, LN2 2 cycles.
Home: salicylic acid 40% pads nightly after the blister settles.

Sutures out 04/28 as planned. Wart recheck 3-4 weeks.
""",
    "expected": E([L("17110", 1, "79")], topics=["global-period"], dx={"17110": ["B07.0"]}),
    "coder_note": "GS-5: unrelated procedure (new plantar wart) inside the 10-day global of 11403 -> 17110-79. The "
                  "wound check is part of the global package.",
})

SCENARIOS.append({
    "id": "s25-repair-cheek-rotation-flap-after-outside-mohs",
    "family": "repair", "shape": "free-text",
    "description": "Reconstruction only: rotation flap left cheek 9.0 sq cm after Mohs done the same morning by an "
                   "outside Mohs center; decision made at a video consult 9 days earlier",
    "date": "2026-01-20",
    "patient": ("Pemberton", "Alastair", "1948-10-10", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Basal cell carcinoma, left cheek, cleared by Mohs (outside)", "C44.319", "Left cheek",
          reason=True),
    ],
    "procedures": [
        P("Rotation flap, left cheek", site="Left cheek",
          note="Mohs defect 2.0 x 1.8 cm (primary defect 2.8 sq cm). Secondary defect 6.2 sq cm. Total 9.0 sq cm.",
          reasons=["c1"]),
    ],
    "note_title": "Reconstruction Operative Note",
    "note": """HARBORLINE DERMATOLOGY - RECONSTRUCTIVE SURGERY
Surgeon: Ines Castellanos, MD. DOS 01/20/2026.

Mohs surgery was performed this morning at Bayview Mohs Center (Dr. R. Alcaraz, a separate practice) for a
nodular BCC of the left cheek; margins clear after 2 stages. The patient was sent to us with the defect dressed.
Reconstruction plan was agreed at our video consultation on 01/11/2026.

Defect: 2.0 x 1.8 cm left mid-cheek to subcutaneous fat; primary defect 2.8 sq cm.
Procedure: inferiorly based rotation flap designed along the nasolabial/melolabial line; secondary defect
6.2 sq cm; total 9.0 sq cm. Flap elevated in subcutaneous plane, rotated, Burow's triangle excised. Layered
inset with 5-0 Monocryl and 6-0 Prolene. No graft.

No Mohs or pathology was performed here. EBL minimal. Tolerated well.
Post-op: sutures out day 7; follow-up visits within the global period.
""",
    "expected": E([L("14040")], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-1: cheek, 2.8 + 6.2 = 9.0 sq cm -> 14040. Mohs by another practice is not ours to code; "
                  "the decision visit was 9 days earlier by video, so no E/M or 57 today.",
})

SCENARIOS.append({
    "id": "s25-repair-delayed-two-face-defects-summed",
    "family": "repair", "shape": "note-only",
    "description": "Day after in-house Mohs (000 global): delayed layered closures of right forehead 2.2 cm and left "
                   "cheek 1.6 cm by a second surgeon; commercial",
    "date": "2026-04-08",
    "patient": ("Mbatha", "Stephen", "1960-08-28", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, right forehead, cleared by Mohs", "C44.319", "Right forehead", reason=True),
        C("c2", "Squamous cell carcinoma, left cheek, cleared by Mohs", "C44.329", "Left cheek", reason=True),
    ],
    "prior": [
        PRIOR("2026-04-07", "17311", "Mohs, right forehead, 1 stage", "Right forehead"),
        PRIOR("2026-04-07", "17311", "Mohs, left cheek, 1 stage", "Left cheek"),
    ],
    "note_title": "Delayed Repair Note",
    "note": """HARBORLINE DERMATOLOGY - Samuel Weiss, MD
Delayed closure of two Mohs defects. DOS 04/08/2026.

Mr. Mbatha had Mohs surgery yesterday with Dr. Lindgren (two sites, each cleared in one stage). Both wounds were
dressed overnight because the Mohs day ran late; repair was scheduled with me this morning.

1. Right forehead: defect 1.2 x 0.9 cm. Undermined, layered closure with buried 5-0 Monocryl and 6-0 nylon;
   final length 2.2 cm.
2. Left cheek: defect 0.8 x 0.7 cm. Layered closure with buried 5-0 Monocryl and 6-0 nylon; final length
   1.6 cm.

No flaps or grafts. No debridement, no exposed structures, no free-margin involvement.
Tolerated well. Suture removal in 6 days, both sites.
""",
    "expected": E([L("12052")], dx={"12052": ["C44.319"]}),
    "coder_note": "REP-1/2: intermediate repairs of the same group (face) are summed: 2.2 + 1.6 = 3.8 cm -> 12052. "
                  "Mohs is a 000 global, so the next-day repair takes no global modifier.",
})

SCENARIOS.append({
    "id": "s25-id-teen-buttock-abscess-em-removed",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Teen with single buttock abscess: simple I&D; provider also charged 99213 for the same problem; "
                   "no antibiotics; Medicaid",
    "date": "2026-02-19",
    "patient": ("Achterberg", "Jayden", "2009-12-30", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
    ],
    "note_title": "Pediatric Dermatology Visit",
    "note": """Harborline Pediatric Dermatology - Folake Adeyemi, MD

Jayden is a 16-year-old established patient (acne, well controlled) seen today with his father after a video
triage yesterday for a painful lump on the right buttock for four days. No fever. No previous abscesses. No one
at home with boils. He is otherwise well.

Exam: a 2.5 cm tender, fluctuant abscess with a small pustular point on the right buttock, surrounding
erythema about 1 cm. No lymphangitic streaking, no other lesions.

After consent from his father, I anesthetized the area with 1% lidocaine and made a single 1 cm incision;
purulent material was expressed and the cavity was gently probed and irrigated. No packing needed. Culture
sent. Dressing applied.

Because drainage was complete and there is minimal cellulitis, no antibiotics were prescribed. Warm compresses
three times a day. His acne plan is unchanged and was not discussed further today.
Return or message photos if redness spreads or fever develops; culture result by portal.

Charges: 99213, 10060.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "GS-3 and conventions: the only work besides the I&D was evaluating the abscess and deciding to "
                  "drain it -> E/M removed. Single simple abscess -> 10060.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: incision-drainage, intralesional, nails, paring, patch test
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s25-id-ema-grid-hs-three-abscesses",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Hidradenitis flare: I&D of three abscesses (two right axilla, one left groin) with loculations "
                   "and packing; EMA grid billed 10060 three times",
    "date": "2026-01-08",
    "patient": ("Oduya", "Precious", "1996-07-21", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley II, flare", "L73.2", "Axillae, groin", reason=True),
        C("c2", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
        C("c3", "Cutaneous abscess of groin", "L02.214", "Left groin", reason=True),
    ],
    "procedures": [
        P("I&D abscess", "10060", "Right axilla, anterior", "EMA grid line 1", ["c2"]),
        P("I&D abscess", "10060", "Right axilla, posterior", "EMA grid line 2", ["c2"]),
        P("I&D abscess", "10060", "Left groin", "EMA grid line 3", ["c3"]),
    ],
    "note_title": "Procedure Note",
    "note": """HARBORLINE DERMATOLOGY - Samuel Weiss, MD
Same-week slot after video visit 01/06 (HS flare, on adalimumab).

Three fluctuant, tender abscesses: right anterior axilla 3 cm, right posterior axilla 2 cm, left groin 2.5 cm.
Consent. Lidocaine 1% with epi, field block for each.
- Right anterior axilla: incision 1.5 cm, purulent drainage, multiple loculations broken up with a hemostat,
  irrigated, packed with 1/4" iodoform gauze.
- Right posterior axilla: incision 1 cm, drainage, loculations broken, packed.
- Left groin: incision 1.2 cm, drainage, loculations broken, irrigated, packed.
Cultures from the groin site. EBL minimal.

Plan: packing out in 48 h (nurse visit), warm compresses, continue adalimumab weekly, doxycycline 100 mg BID
x 4 weeks started. Discussed deroofing for recurrent tracts at a later date - not today.

EMA CHARGE GRID
 10060 x1  L02.411
 10060 x1  L02.411
 10060 x1  L02.214
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "§4.8: multiple abscesses / complicated (loculations broken, packing) at one session -> 10061 x1, "
                  "not 10060 x3 (10060 MUE 1; 10061/10060 PTP).",
})

SCENARIOS.append({
    "id": "s25-il-four-keloids-kenalog",
    "family": "intralesional", "shape": "note-only",
    "description": "Intralesional triamcinolone into four keloids, 3.5 mL of 10 mg/mL (35 mg); commercial",
    "date": "2026-02-02",
    "patient": ("Asante", "Kwabena", "1993-04-17", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, chest, right earlobe, left shoulder, symptomatic", "L91.0", "Chest, R earlobe, L shoulder",
          reason=True),
    ],
    "note_title": "Injection Visit",
    "note": """HARBORLINE DERMATOLOGY - Ines Castellanos, MD

32M, keloids - itchy and tender, catch on clothing; 3rd injection session (last 6 weeks ago, good flattening).
Tele check-in 01/26 reviewed photos; in person today for injection.

Lesions injected (triamcinolone acetonide, Kenalog-10 = 10 mg/mL, 30 g needle):
  1. presternal chest keloid, 3.1 cm ............ 0.8 mL
  2. left parasternal chest keloid, 2.0 cm ...... 0.9 mL
  3. right earlobe keloid (post-piercing) ....... 1.0 mL
  4. left shoulder keloid ........................ 0.8 mL
Total 3.5 mL = 35 mg.

No atrophy or hypopigmentation at prior sites. Silicone sheeting continued.
Cryotherapy to the earlobe keloid was discussed as an adjunct; will decide next visit (not done today).
Return 6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 4)], dx={"11900": ["L91.0"]}),
    "coder_note": "§4.8: 4 lesions (<= 7) -> 11900 x1. J3301 per 10 mg: 35 mg -> ceil(3.5) = 4 units.",
})

SCENARIOS.append({
    "id": "s25-il-alopecia-areata-interpreter-twelve-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "Spanish-interpreter visit: intralesional triamcinolone 5 mg/mL into twelve alopecia areata "
                   "patches, 4.2 mL (21 mg); Medicaid MCO",
    "date": "2026-03-19",
    "patient": ("Cifuentes", "Yesenia", "1991-10-05", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Alopecia areata, multifocal patches, scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional corticosteroid injection, scalp alopecia areata patches", site="Scalp",
          note="Twelve separate patches injected (frontal 3, vertex 4, occipital 5).", reasons=["c1"]),
        P("Triamcinolone acetonide 5 mg/mL (Kenalog-10 diluted 1:1 with saline)", site="Scalp",
          note="Total volume 4.2 mL = 21 mg."),
    ],
    "note_title": "Procedure Note",
    "note": """Harborline Dermatology - Rafael Santos, NP (supervising Dr. Weiss)
Interpreter: Spanish, in-person certified interpreter (L. Paredes) - entire visit; patient prefers Spanish.

34F, alopecia areata x 5 mo, seen on video 03/02 (photos: multiple round patches). Today in person for ILK.
Exam: 12 smooth, non-scarring patches of hair loss, 1-3 cm, exclamation-point hairs at margins.
  frontal scalp: 3 | vertex: 4 | occipital: 5
Pull test positive at margins. Eyebrows, lashes, nails normal.

Procedure (consent in Spanish): triamcinolone acetonide 5 mg/mL (Kenalog-10 mixed 1:1 with NS), 0.1 mL
aliquots 1 cm apart, 30 g needle, into all 12 patches. Total 4.2 mL (21 mg).
Tolerated well; mild pinpoint bleeding only.

Also: clobetasol solution nightly to patches between sessions. Thyroid labs ordered (TSH, TPO).
JAK inhibitor discussed as a future option if it progresses; not started.
Return 4-6 weeks for repeat injections.
""",
    "expected": E([L("11901"), L("J3301", 3)], dx={"11901": ["L63.9"]}),
    "coder_note": "§4.8: more than 7 lesions -> 11901 x1. J3301 per 10 mg: 21 mg -> ceil(2.1) = 3 units.",
})

SCENARIOS.append({
    "id": "s25-il-ema-grid-six-scars-wrong-bands",
    "family": "intralesional", "shape": "pre-coded",
    "description": "EMA grid billed 11901 for six hypertrophic scars and J3301 x1 for 20 mg; Medicare FFS",
    "date": "2026-04-16",
    "patient": ("Bellweather", "Frank", "1956-12-12", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Hypertrophic scars after acne and surgery, chest and shoulders, pruritic and painful", "L91.0",
          "Chest, shoulders", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, more than 7 lesions", "11901", "Chest, shoulders", "EMA grid qty 1", ["c1"]),
        P("Triamcinolone acetonide injection", "J3301", "Chest, shoulders", "EMA grid qty 1", ["c1"]),
    ],
    "note_title": "Injection Visit",
    "note": """Harborline Dermatology - S. Weiss MD
69M, painful itchy hypertrophic scars chest/shoulders (old acne + a prior cyst excision site).
Lesions injected today: 6 total
  - sternal x2
  - R shoulder x2
  - L shoulder x1
  - upper back/L scapula x1 (cyst excision scar)
Kenalog 10 mg/mL, 2.0 mL total = 20 mg.
Pain improved since last session; no atrophy.
Plan: repeat in 6 weeks.

EMA CHARGE GRID
 11901  x1  L91.0
 J3301  x1  L91.0
""",
    "expected": E([L("11900"), L("J3301", 2)], topics=["coding-correction"]),
    "coder_note": "§4.8: six lesions -> 11900 (11901 is for more than 7). J3301 per 10 mg: 20 mg -> 2 units.",
})

SCENARIOS.append({
    "id": "s25-nails-bilateral-great-toenail-avulsion",
    "family": "nails", "shape": "note-only",
    "description": "PA bullet note: avulsion of the right then the left great toenail (dystrophic, painful); "
                   "commercial",
    "date": "2026-02-23",
    "patient": ("Fairbrother", "Dale", "1971-03-30", "male"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Onychogryphosis, both great toenails, painful", "L60.2", "Right and left great toenails",
          reason=True),
    ],
    "note_title": "Nail Procedure",
    "note": """Harborline Derm - J. Pike PA-C (Dr. Weiss on site)
54M, thick curved painful great toenails both feet, can't wear work boots. Video visit 02/09 -> procedure day.
Onychomycosis KOH neg 01/2026. No DM, pulses 2+.
Digital blocks, 1% plain lidocaine, tourniquet.
Nail 1 (first): R great toe (T5) - complete avulsion of nail plate, matrix left intact
Nail 2 (additional): L great toe (TA) - complete avulsion of nail plate, matrix left intact
- Hemostasis, Xeroform, bulky dressing
- No matrixectomy (pt wants chance of regrowth)
- Other toenails: normal, not treated
F/u 2 wk wound check; soaks BID
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")]),
    "coder_note": "§4.8 and conventions: first avulsion 11730, the additional nail 11732; toe modifiers T5 (right great) "
                  "and TA (left great) from the note's sequence. No matrixectomy.",
})

SCENARIOS.append({
    "id": "s25-nails-teen-phenol-matrixectomy",
    "family": "nails", "shape": "free-text",
    "description": "Teen with recurrent ingrown left great toenail: partial avulsion of the lateral border with phenol "
                   "matrixectomy (permanent); commercial",
    "date": "2026-03-26",
    "patient": ("Nakashima-Ortiz", "Kenji", "2010-06-19", "male"),
    "provider": "adeyemi", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, lateral border, recurrent", "L60.0", "Left great toe",
          reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion, lateral border", site="Left great toe",
          note="Lateral 3 mm strip of nail plate removed to the matrix.", reasons=["c1"]),
        P("Chemical matrixectomy with 88% phenol, lateral horn", site="Left great toe",
          note="Three 30-second applications to the lateral matrix for permanent narrowing; alcohol flush.",
          reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """Harborline Pediatric Dermatology - Folake Adeyemi, MD

Kenji is a 15-year-old soccer player with his third episode of an ingrown lateral border of the left great
toenail in a year. The last two were treated with partial avulsion at urgent care and recurred within two
months. At our video visit on 03/12 we agreed on a permanent partial matrixectomy. His mother consented.

Exam: left great toe, lateral nail fold erythematous with hypergranulation and a small amount of serous
drainage; no abscess, no cellulitis beyond the nail fold. The medial border and the right great toe are
normal.

After a digital block with 2% plain lidocaine and a tourniquet, the lateral 3 mm of the nail plate was freed
and removed back to and including the lateral horn of the matrix. The matrix was then ablated with 88% phenol,
three 30-second applications, flushed with alcohol. The hypergranulation tissue was removed with the nail
strip. Tourniquet off, bleeding controlled, dressing applied.

Aftercare: soaks twice a day, loose shoes, no soccer for one week. Video check in 10 days.
""",
    "expected": E([L("11750", 1, "TA")], dx={"11750": ["L60.0"]}),
    "coder_note": "§4.8: permanent partial nail/matrix removal (phenol matrixectomy) -> 11750 with TA (left great "
                  "toe). The avulsion of the same nail is part of it (11750/11730 PTP, same nail, no XS).",
})

SCENARIOS.append({
    "id": "s25-nails-ema-grid-seven-mycotic-nails",
    "family": "nails", "shape": "pre-coded",
    "description": "Diabetic with polyneuropathy: debridement of seven painful mycotic toenails; EMA grid billed "
                   "11720 x7; Medicare FFS",
    "date": "2026-01-22",
    "patient": ("Szymanski", "Wanda", "1941-05-05", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails, painful", "B35.1", "Toenails, both feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "procedures": [
        P("Debridement of nails", "11720", "Toenails, both feet", "EMA grid qty 7", ["c1", "c2"]),
    ],
    "note_title": "Senior Skin Clinic - Nail Care",
    "note": """Harborline Dermatology, Senior Skin Clinic - Chidi Okonkwo, MD

84-year-old woman with type 2 diabetes and peripheral polyneuropathy (monofilament absent both feet), confirmed
onychomycosis (PAS positive 2025). Thick, yellow, crumbly toenails cause pain in shoes; she cannot reach her
feet to care for them.

Nails debrided today (mechanical reduction of thickness and length with nippers and a rotary burr):
right great, right 2nd, right 3rd; left great, left 2nd, left 3rd, left 4th - seven nails in total.
The right 4th and 5th and left 5th nails are normal and were not touched.
No bleeding. Skin intact, no ulcers. Foot care education reinforced.

Return 10-12 weeks.

EMA CHARGE GRID
 11720  x7  B35.1, E11.42
""",
    "expected": E([L("11721")], topics=["coding-correction"], dx={"11721": ["B35.1"]}),
    "coder_note": "§4.8: nail debridement 6 or more nails -> 11721 x1 (not 11720 x7; 11720 MUE 1).",
})

SCENARIOS.append({
    "id": "s25-paring-three-corns-calluses",
    "family": "paring", "shape": "note-only",
    "description": "PA bullet note: paring of three painful corns/calluses; commercial",
    "date": "2026-02-09",
    "patient": ("Ruggiero", "Antonia", "1965-08-08", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, both feet, painful", "L84", "Both feet", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Harborline Derm - J. Pike PA-C
60F, painful spots on feet, walks 5 mi/day for work.
Exam:
- R 5th toe dorsolateral: hard corn (heloma durum)
- L 2nd toe tip: corn
- R sub-2nd MTH: callus, 1.5 cm
- no warts (skin lines intact, no black dots)
Tx:
- pared all three lesions with #15 blade, no bleeding
- silicone toe sleeves, metatarsal pad
- urea 40% cream
- podiatry referral for orthotics discussed, pt will think about it
F/u prn
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "§4.8: paring of 2-4 benign hyperkeratotic lesions -> 11056 x1.",
})

SCENARIOS.append({
    "id": "s25-paring-ema-grid-six-calluses-and-heel-wart",
    "family": "paring", "shape": "pre-coded",
    "description": "EMA grid billed 11055 x6 for six pared calluses; separate plantar wart on the heel destroyed; "
                   "commercial",
    "date": "2026-03-30",
    "patient": ("Duarte", "Leandro", "1978-01-14", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Calluses, both forefeet, painful", "L84", "Both forefeet", reason=True),
        C("c2", "Plantar wart, left heel", "B07.0", "Left heel", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion", "11055", "Both forefeet", "EMA grid qty 6", ["c1"]),
        P("Destruction benign lesion", "17110", "Left heel", "EMA grid qty 1", ["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Harborline Dermatology - R. Santos NP (Dr. Weiss supervising)
47M, line cook, painful calluses both feet + a "different" spot on the L heel.
Exam:
 R foot: sub-1st MTH callus, sub-5th MTH callus, medial hallux callus (3)
 L foot: sub-1st MTH, sub-2nd MTH, sub-5th MTH calluses (3)
 L heel: 6 mm plantar wart - interrupted skin lines, thrombosed capillaries, painful on squeeze
Procedures:
 - 6 calluses pared with 15 blade
 - L heel wart: pared, then LN2 x 2 cycles (separate lesion, separate site)
Plan: cushioned insoles, urea 40%, wart recheck 4 wk.

EMA CHARGE GRID
 11055  x6  L84
 17110  x1  B07.0
""",
    "expected": E([L("11057", 1, "XS"), L("17110")], topics=["coding-correction"],
                  dx={"11057": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "§4.8: more than 4 lesions pared -> 11057 x1. PTP 17110/11057 indicator 1 with 17110 as column 1; the "
                  "wart is a different lesion/site -> XS on 11057.",
})

SCENARIOS.append({
    "id": "s25-patch-ema-grid-sixty-five-allergens",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch-test application of 65 allergens (standard 50 + hairdresser 15); EMA grid billed 95044 x1",
    "date": "2026-01-12",
    "patient": ("Moreau", "Celestine", "1987-02-22", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Allergic contact dermatitis of hands, suspected occupational (hairdresser)", "L23.9", "Hands",
          reason=True),
    ],
    "procedures": [
        P("Patch test application", "95044", "Upper back", "EMA grid qty 1", ["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": """HARBORLINE DERMATOLOGY - Patch Test Clinic
June Abernathy, PA-C (supervising Dr. S. Weiss)

Hairdresser with chronic hand dermatitis; patch testing planned at tele-visit 12/18 (history, exposure list and
product photos reviewed then). Off prednisone > 4 weeks, no topical steroids to back for 2 weeks. Not pregnant.

Applied today to the upper back (Finn chambers on Scanpor):
  [x] Harborline standard series ....... 50 allergens
  [x] Hairdressing series ............... 15 allergens
  [ ] Her own products ................. not applied (no safety data sheets brought)
Total allergens applied: 65.

Instructions: keep back dry, no exercise/sweating, no sun on back. Return 01/14 (48 h) for removal and first
read, and 01/16 for the delayed read.

EMA CHARGE GRID
 95044  x1  L23.9
""",
    "expected": E([L("95044", 65)], topics=["coding-correction"]),
    "coder_note": "§4.8/conventions: 95044 units = number of allergens applied: 50 + 15 = 65. Own products not applied.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: patch test, phototherapy, skin tags, cosmetic, mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s25-patch-interpreter-new-pt-ninety-two-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "Spanish-interpreter new patient with eyelid/facial dermatitis: separate E/M with Rx, then 92 "
                   "allergens applied the same day; Medicaid",
    "date": "2026-02-16",
    "patient": ("Zamora", "Leticia", "1984-12-01", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 55, "em": "99204",
    "conditions": [
        C("c1", "Dermatitis of eyelids and face, suspected allergic contact", "L30.9", "Eyelids, face", reason=True),
    ],
    "note_title": "New Patient Visit + Patch Test Application",
    "note": """HARBORLINE DERMATOLOGY - New patient (in person)
June Abernathy, PA-C (supervising Dr. S. Weiss). Interpreter: Spanish, telephone interpreter #88213, whole visit.

HPI: 41F, 8 months of itchy, swollen, scaly eyelids spreading to cheeks and neck; worse after she started work
at a nail salon. Tried OTC hydrocortisone and her sister's "crema" without benefit. Sleep disturbed by itch.
Meds: none. No atopy history. Brought photos of flares and the products she uses at work.
Exam: bilateral upper and lower eyelid erythema, lichenification and fine scale; patchy eczematous plaques on
cheeks and lateral neck. No conjunctival involvement. Hands: mild fingertip dermatitis.
Assessment: chronic eyelid/facial dermatitis, likely allergic contact (acrylates, fragrance, preservatives
considered) vs airborne contact; atopic dermatitis less likely.
Plan discussed through interpreter:
 - Start tacrolimus 0.1% ointment twice daily to eyelids/face (no steroids to eyelids); bland emollient.
 - Gloves and product avoidance list for the salon; safety data sheets requested.
 - Patch testing today (patient cannot take more time off work) - consent in Spanish.

PATCH TEST APPLICATION (upper back):
 - Harborline extended standard series: 80 allergens
 - Cosmetic/nail (acrylate) series: 12 allergens
 Total 92 allergens applied.
Reads at 48 h (02/18) and 96 h (02/20).

Level of service: 99204.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 90)], topics=["mue"], dx={"99204": ["L30.9"]}),
    "coder_note": "Separate new-patient evaluation with prescription management -> 99204-25 (95044/99204 PTP indicator 1). "
                  "95044 units = allergens = 92 > MUE 90 -> capped at 90 with an mue finding (README).",
})

SCENARIOS.append({
    "id": "s25-photo-nbuvb-vitiligo-session",
    "family": "phototherapy", "shape": "note-only",
    "description": "Bullet phototherapy log: narrowband UVB session for vitiligo; excimer for the face only "
                   "considered; commercial",
    "date": "2026-03-06",
    "patient": ("Chaudhry", "Samira", "2001-09-09", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 10,
    "conditions": [
        C("c1", "Vitiligo, generalized nonsegmental", "L80", "Trunk, limbs, face", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """Harborline Dermatology - Phototherapy Unit (Dr. S. Weiss, supervising physician on site)
Pt: 24F, NSV ~15% BSA. NB-UVB 2x/wk since 01/2026.
Session today: #17
- Pre-tx check: no burning/erythema from last session, no new meds, no photosensitizers
- Eye protection on; face shielded per protocol (face tx separately later?)
- Dose: 620 mJ/cm2 (prior 580, +7%)
- Full-body NB-UVB cabinet, 311 nm
- Tolerated, no erythema at 15 min check
- Repigmentation: perifollicular islands on arms, trunk (photos 03/03)
- Excimer to periocular patches: discussed w/ Dr. Weiss, not started
- No provider E/M today
Next: 03/09
""",
    "expected": E([L("96900")], dx={"96900": ["L80"]}),
    "coder_note": "§4.8/PHOTO-2: narrowband UVB without tar/psoralen = actinotherapy 96900, one unit per session. "
                  "Excimer not done; no E/M.",
})

SCENARIOS.append({
    "id": "s25-photo-excimer-elbows-knees-260-sqcm",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer laser to four psoriasis plaques (elbows and knees) totaling 260 sq cm; Medicare FFS",
    "date": "2026-04-09",
    "patient": ("Lundqvist-Hart", "Ronald", "1957-11-25", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Plaque psoriasis, localized, elbows and knees", "L40.0", "Both elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser (308 nm) treatment, psoriasis", site="Right elbow", note="Plaque area 55 sq cm.",
          reasons=["c1"]),
        P("Excimer laser (308 nm) treatment, psoriasis", site="Left elbow", note="Plaque area 60 sq cm.",
          reasons=["c1"]),
        P("Excimer laser (308 nm) treatment, psoriasis", site="Right knee", note="Plaque area 70 sq cm.",
          reasons=["c1"]),
        P("Excimer laser (308 nm) treatment, psoriasis", site="Left knee", note="Plaque area 75 sq cm.",
          reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment Note",
    "note": """Harborline Dermatology - Samuel Weiss, MD

68M, localized plaque psoriasis limited to elbows and knees (about 3% BSA). Four months of clobetasol and
calcipotriene with poor response; thick plaques persist. Excimer course started 03/26 after video review.

Treatment #5 today, 308 nm excimer laser, all four plaques in one session:
  right elbow 55 sq cm, left elbow 60 sq cm, right knee 70 sq cm, left knee 75 sq cm.
  Total treated area: 260 sq cm.
Dose increased 15% over last session on the knees (no erythema last time); elbows unchanged.

No blistering. Continue topical calcipotriene between sessions. Next session in 3-4 days; target 10-13
treatments in this course. No separate visit today.
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "§4.8: excimer is coded once per session by total area: 55 + 60 + 70 + 75 = 260 sq cm -> 96921 "
                  "(250-500 sq cm), not four lines.",
})

SCENARIOS.append({
    "id": "s25-tags-forty-irritated-mue-cap",
    "family": "skin-tags", "shape": "note-only",
    "description": "Removal of 40 irritated, bleeding skin tags (neck, axillae, inframammary); 11201 limited by MUE; "
                   "commercial",
    "date": "2026-01-28",
    "patient": ("Greenhalgh", "Tamsin", "1970-04-12", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Skin tags (acrochordons), irritated and bleeding", "L91.8", "Neck, axillae, inframammary",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """HARBORLINE DERMATOLOGY - Procedure day
June Abernathy, PA-C (supervising physician Dr. S. Weiss)

Indication: numerous skin tags that catch on necklaces, bra straps and seatbelt; several bleed and are red and
inflamed at the base; two twisted and turned dark last week. Reviewed at tele-derm visit 01/14.

Tags removed today with snip excision (gradle scissors) +/- light electrocautery:
  [x] neck ................. 18
  [x] right axilla ......... 9
  [x] left axilla .......... 8
  [x] inframammary ......... 5
  Total: forty (40) tags.
Hemostasis with AlCl3 and light hyfrecation. Not sent to pathology (clinically typical).

A few small tags on the eyelids were left alone (asymptomatic; she will see oculoplastics if they bother her).
Aftercare: petrolatum, avoid friction 1 week.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "Conventions: 11200 covers the first 15; 11201 = ceil((40-15)/10) = 3 units, but MUE 11201 = 1 -> "
                  "capped at 1 with an mue finding. Symptoms (bleeding, inflammation) documented.",
})

SCENARIOS.append({
    "id": "s25-tags-cosmetic-medicare-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "Eight asymptomatic neck skin tags removed for appearance; voluntary ABN signed; Medicare FFS",
    "date": "2026-03-31",
    "patient": ("Pryce-Jennings", "Muriel", "1948-06-30", "female"),
    "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [
        C("c1", "Skin tags of neck, asymptomatic, removal for appearance", "L91.8", "Neck", reason=True),
    ],
    "procedures": [
        P("Snip removal of skin tags", site="Neck",
          note="8 small pedunculated tags, no irritation, bleeding or inflammation. Patient request, cosmetic.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Harborline Dermatology, Senior Skin Clinic - Chidi Okonkwo, MD

Mrs. Pryce-Jennings, 77, asked at her video visit last month to have the small tags on her neck removed before
her granddaughter's wedding. She says they do not itch, bleed, hurt or catch on anything; she simply does not
like how they look in photos.

I explained that Medicare does not cover removal of benign lesions for appearance. She read and signed the
voluntary notice (Advance Beneficiary Notice, voluntary use for a non-covered service) and chose to proceed,
understanding she is responsible for the charge.

Exam: eight 1-3 mm soft pedunculated skin-colored papules on the lateral and anterior neck. No erythema,
no crusting, no twisting.

Procedure: all eight removed by snip excision with curved iris scissors; AlCl3 for hemostasis.
No specimen sent. She was pleased with the result.
""",
    "expected": E([L("11200", 1, "GY", "GX")], topics=["cosmetic"], dx={"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4: asymptomatic tags removed for appearance are statutorily excluded (cosmetic). Medicare "
                  "FFS -> GY, plus GX because a voluntary ABN was signed.",
})

SCENARIOS.append({
    "id": "s25-cos-ema-grid-sks-for-appearance-with-aks",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "EMA grid billed 17110 for five asymptomatic SKs frozen at patient request (self-pay) alongside "
                   "two AKs; commercial",
    "date": "2026-02-20",
    "patient": ("Vanterpool", "Gregory", "1959-03-18", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, left temple and nasal dorsum", "L57.0", "Left temple, nasal dorsum",
          reason=True),
        C("c2", "Seborrheic keratoses, back, asymptomatic", "L82.1", "Upper back", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Left temple", "EMA grid qty 1", ["c1"]),
        P("Destruction premalignant lesion, additional", "17003", "Nasal dorsum", "EMA grid qty 1", ["c1"]),
        P("Destruction benign lesions up to 14", "17110", "Upper back", "EMA grid qty 1", ["c2"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Harborline Derm - J. Pike PA-C (Dr. Weiss supervising)
66M, follow-up from video visit 02/04.
1) AKs: L temple 1, nasal dorsum 1 -> LN2 x 2 cycles (2 lesions)
2) SKs upper back x5 - asymptomatic, no itch/bleeding/inflammation, no change; pt "just doesn't like them,"
   wife noticed them at the beach
   - told him insurance won't cover cosmetic removal
   - self-pay cosmetic price quoted and paid at front desk ($150)
   - LN2 x5 SKs
3) No other lesions of concern
RTC 6 mo

EMA CHARGE GRID
 17000  x1  L57.0
 17003  x1  L57.0
 17110  x1  L82.1
""",
    "expected": E([L("17000"), L("17003")], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': asymptomatic SK removal for appearance with a "
                  "commercial payer -> 17110 removed from the claim (patient paid directly). AKs: 17000 + 17003 x1.",
})

SCENARIOS.append({
    "id": "s25-cos-medicare-glycolic-peel-photoaging",
    "family": "cosmetic", "shape": "note-only",
    "description": "Superficial glycolic-acid facial peel for photoaging and melasma at patient request; no AKs; "
                   "no ABN; Medicare FFS",
    "date": "2026-04-23",
    "patient": ("Delmonico", "Patricia", "1955-10-03", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Photoaging of facial skin and melasma, cosmetic concern", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": """HARBORLINE DERMATOLOGY - Aesthetic Services
Ines Castellanos, MD

Ms. Delmonico, 70, wants "fresher, more even" facial skin for a family event. She has fine wrinkling, dyschromia
and mild melasma on the cheeks and upper lip. She has no actinic keratoses and no history of skin cancer; she
has not tried any medical treatment and does not want one. This is an elective cosmetic treatment.

Procedure: superficial (epidermal) chemical peel of the full face with 30% glycolic acid, 3 minutes, then
neutralized. Degreased with acetone first. Mild frosting absent, expected erythema only.
Aftercare: gentle cleanser, moisturizer, strict SPF 50; no retinoid for 5 days.

Financial: she was told Medicare does not pay for cosmetic procedures. No ABN was presented or signed today;
she agreed to be billed for any amount Medicare denies.

A series of three peels was discussed; she will decide after this one. A medium-depth TCA peel was mentioned
and declined.
""",
    "expected": E([L("15788", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4 and conventions: cosmetic peel is statutorily excluded; Medicare FFS -> 15788 with GY "
                  "(no GX because no voluntary ABN). Superficial glycolic facial peel = epidermal -> 15788.",
})

SCENARIOS.append({
    "id": "s25-mixed-rosacea-em-forearm-bx-back-shave",
    "family": "mixed", "shape": "note-only",
    "description": "Geriatric visit: rosacea flare with new Rx (99214-25), tangential biopsy left forearm, shave "
                   "removal of inflamed SK right back 0.8 cm; Medicare FFS",
    "date": "2026-03-16",
    "patient": ("Fitzwilliam", "Agnes", "1939-01-26", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Rosacea, papulopustular, flaring", "L71.9", "Central face", reason=True),
        C("c2", "Hyperkeratotic papule, left forearm", None, "Left dorsal forearm", reason=True),
        C("c3", "Inflamed seborrheic keratosis, right mid back", "L82.0", "Right mid back", reason=True),
    ],
    "note_title": "Senior Skin Clinic Visit",
    "note": """Harborline Dermatology, Senior Skin Clinic. Chidi Okonkwo, MD.

Mrs. Fitzwilliam, 87, seen in person after a video visit two weeks ago. Three issues today.

1. Rosacea: her facial redness and bumps have flared for a month despite metronidazole gel. Central facial
   erythema with many papules and pustules, no ocular symptoms. She is on warfarin, so I reviewed interactions
   before prescribing. Stopped metronidazole; started ivermectin 1% cream nightly and doxycycline 40 mg daily
   (no significant warfarin interaction at this dose, INR check with her anticoagulation clinic in 1 week,
   letter sent). Triggers reviewed.

2. Left dorsal forearm: a 6 mm hyperkeratotic papule, new over 3 months. Concern for SCC versus hypertrophic AK.
   Tangential (shave) biopsy performed after consent; hemostasis with AlCl3.

3. Right mid back: a 0.8 cm seborrheic keratosis that is red, crusted and bleeds on her bra strap. Removed by
   shave removal flush with the skin; sent to pathology with the biopsy.

Many other seborrheic keratoses on the back are asymptomatic; not treated.
Return 6 weeks for rosacea; biopsy results by phone.
""",
    "expected": E([L("99214", 1, "25"), L("11102", 1, "XS"), L("11301")],
                  dx={"99214": ["L71.9"], "11301": ["L82.0"]}),
    "coder_note": "GS-3: rosacea management with new prescriptions is separate -> 99214-25. SH-3 direction from the "
                  "table: 11301/11102 indicator 1 with the shave as column 1 -> XS on 11102 (different lesions). "
                  "Trunk SK 0.8 cm -> 11301.",
})

SCENARIOS.append({
    "id": "s25-mixed-peds-molluscum-warts-eczema-interpreter",
    "family": "mixed", "shape": "free-text",
    "description": "Six-year-old, Spanish-interpreter visit: eczema flare with Rx plus curettage of twelve molluscum "
                   "and cryo of four hand warts (16 benign lesions); Medicaid",
    "date": "2026-02-27",
    "patient": ("Barrientos", "Mateo", "2019-07-15", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 40, "em": "99213",
    "conditions": [
        C("c1", "Atopic dermatitis, flare", "L20.9", "Antecubital and popliteal fossae", reason=True),
        C("c2", "Molluscum contagiosum, trunk", "B08.1", "Trunk", reason=True),
        C("c3", "Common warts, hands", "B07.8", "Both hands", reason=True),
    ],
    "procedures": [
        P("Curettage of molluscum contagiosum", site="Trunk",
          note="Twelve lesions curetted after topical anesthetic (flanks 7, abdomen 5).", reasons=["c2"]),
        P("Cryotherapy of common warts", site="Both hands",
          note="Four warts: right index, right thumb, left ring, left palm. LN2 one cycle each.", reasons=["c3"]),
    ],
    "note_title": "Pediatric Dermatology Visit",
    "note": """Harborline Pediatric Dermatology - Folake Adeyemi, MD
Interpreter: Spanish, in-person staff interpreter (C. Rivas), for mother, the entire visit.

Mateo, 6, returns (video visit 02/10) with his mother for molluscum and warts, and his eczema is flaring.

Eczema: itchy, oozing, lichenified patches in both elbow and knee creases for three weeks, waking him at night;
the molluscum on his flanks is inflamed in places (the "BOTE" sign), no cellulitis. Started triamcinolone 0.1%
ointment twice daily for 10 days to the body, dilute bleach baths twice weekly, and a fragrance-free
emollient; cetirizine at night. Written plan in Spanish.

Molluscum: after 60 minutes of topical anesthetic under occlusion, twelve lesions were curetted (seven on the
flanks, five on the abdomen). Mother preferred curettage over cantharidin because of blistering last time.

Warts: four common warts - right index finger, right thumb, left ring finger, left palm - each treated with
liquid nitrogen, one cycle.

Mateo was brave; sticker given. Return in 4 weeks, sooner if fever or spreading redness.
""",
    "expected": E([L("99213", 1, "25"), L("17111")], dx={"99213": ["L20.9"]}),
    "coder_note": "DS-2: all benign destructions of the session count together: 12 molluscum + 4 warts = 16 -> 17111 "
                  "x1 (not 17110). Eczema flare with new prescriptions is separate -> 99213-25.",
})

SCENARIOS.append({
    "id": "s25-mixed-ema-grid-two-punches-aks-em",
    "family": "mixed", "shape": "pre-coded",
    "description": "EMA grid: E/M without 25, two 11104 lines for two punch biopsies, AK cryo x4; hair-loss "
                   "work-up with labs and Rx; Medicare Advantage PPO",
    "date": "2026-04-28",
    "patient": ("Okeke-Saunders", "Beatrice", "1952-08-04", "female"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 50, "em": "99214",
    "conditions": [
        C("c1", "Diffuse hair shedding, suspected telogen effluvium", "L65.0", "Scalp", reason=True),
        C("c2", "Seborrheic dermatitis of scalp", "L21.9", "Scalp", reason=True),
        C("c3", "Violaceous papules, right shin", None, "Right shin", reason=True),
        C("c4", "Annular plaque, left upper back", None, "Left upper back", reason=True),
        C("c5", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", "11104", "Right shin", "EMA grid line 2", ["c3"]),
        P("Punch biopsy", "11104", "Left upper back", "EMA grid line 3", ["c4"]),
        P("Destruction premalignant lesion, first", "17000", "Scalp", "EMA grid line 4", ["c5"]),
        P("Destruction premalignant lesion, each additional", "17003", "Scalp", "EMA grid line 5, qty 3", ["c5"]),
    ],
    "note_title": "Clinic Visit",
    "note": """HARBORLINE DERMATOLOGY - Ines Castellanos, MD. DOS 04/28/2026.

1. Hair shedding x 4 months after a hospitalization for pneumonia in December; pull test positive diffusely, no
   scarring, no patches. Scalp has greasy scale and itch. Telogen effluvium likely; ordered CBC, ferritin, TSH,
   vitamin D. Started ketoconazole 2% shampoo and fluocinolone scalp oil for seborrheic dermatitis. Counseled on
   expected course. This was a full evaluation separate from the procedures below.
2. Right shin: 1 cm cluster of violaceous flat-topped papules -> 4 mm punch biopsy (r/o lichen planus vs
   lichenoid drug eruption). 1 suture.
3. Left upper back: 2 cm annular scaly plaque -> 4 mm punch biopsy from the active edge (r/o granuloma annulare
   vs tinea; KOH negative). 1 suture.
4. Scalp AKs: four gritty lesions on the vertex -> LN2, 2 cycles each (different lesions from #2/#3).

EMA CHARGE GRID (template)
 99214        L65.0, L21.9
 11104        D49.2
 11104        D49.2
 17000        L57.0
 17003  x3    L57.0
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("11105"), L("17000", 1, "XS"), L("17003", 3)],
                  topics=["coding-correction"], dx={"99214": ["L65.0"], "17000": ["L57.0"]}),
    "coder_note": "BX-2: second punch -> 11105, not a second 11104 (MUE 1). GS-3: hair-loss work-up with labs/Rx -> "
                  "99214-25. PTP 11104/17000 indicator 1, different lesions -> XS on 17000; no edit touches 17003.",
})
