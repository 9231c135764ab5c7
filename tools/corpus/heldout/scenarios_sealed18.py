"""Sealed set 18 (s18-): billing-company client-onboarding regression set.

Four client practices (note headers):
  * Ashgrove University Health, Dermatologic Surgery & Mohs Unit (attendings weiss, lindgren; Mohs fellow
    Dr. P. Raman scribes/assists, never the billing provider) - stage tables, flaps, grafts, complex repairs.
  * Belle Rive Dermatology + Aesthetics (abernathy, okonkwo, marchetti, chen, pike, baptiste) - busy
    cosmetic-and-medical practice: neurotoxin, peels, tags, SKs next to covered services.
  * Sprout Pediatric Dermatology (castellanos, adeyemi) - warts, molluscum, I&D, nails.
  * Meridian Phototherapy & Contact Dermatitis Center (nakamura, santos) - NBUVB, excimer, Goeckerman,
    PUVA, patch testing.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the tests/corpus README
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# Ashgrove University Health - Dermatologic Surgery & Mohs Unit
# =============================================================================================================

SCENARIOS.append({
    "id": "s18-mohs-nasal-tip-seven-block-stage-complex-rim",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs nasal tip/ala BCC, 3 stages with 7/3/1 blocks, complex linear repair 2.9 cm involving "
                   "the nostril rim; Medicare FFS",
    "date": "2025-11-04",
    "patient": ("Quillan", "Desmond", "1944-08-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 215,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, nasal tip and R alar rim", "C44.311", "Nasal tip / R ala",
          reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Mohs Micrographic Surgery - Operative Note",
    "note": """ASHGROVE UNIVERSITY HEALTH - DERMATOLOGIC SURGERY & MOHS UNIT
MOHS OPERATIVE NOTE

Attending surgeon/pathologist: S. Weiss MD     Fellow: P. Raman MD (ACMS fellow, assisting)
DOS 11/04/2025     Pt: Desmond Quillan, 81 y/o M

Dx: infiltrative BCC, nasal tip extending to R alar rim. Bx 10/07/25 (outside, accession HX25-4471):
BCC, infiltrative pattern, transected at base.
Hx: s/p ED&C L forearm BCC 2016, s/p excision R postauricular SCC 2020 - no recurrence. On apixaban,
not held (cardiology). NKDA. No pacemaker/ICD.
Indication: primary infiltrative BCC, AUC area H (nose). Appropriate.

Consent signed after r/b/a discussion (bleeding, infxn, scar, nasal asymmetry/notching, recurrence).
Time-out done. Site verified w/ pt in mirror. Anesth Site verified w/ pt in mirror. Anesth: 1% lido w/ epi 1:100k, 9 mL total.

Pre-op clinical tumor: 1.3 x 1.0 cm ill-defined scarlike plaque.

STAGE TABLE
| Stage | Tissue blocks | Frozen section result (read by Dr. Weiss)          |
| I     | 7             | + infiltrative BCC blocks 3 and 4 (R alar rim, deep) |
| II    | 3             | + focal strand, block 2 deep                         |
| III   | 1             | clear                                               |
Totals: 3 stages / 11 blocks. Stage I needed 7 blocks due to tumor size and rim curvature.

Final defect 2.1 x 1.4 cm, nasal tip into R alar rim, down to perichondrium; lower lateral cartilage not
exposed.

Repair: discussed bilobed flap vs FTSG vs linear closure. Chose linear closure - no flap, no graft done.
Complex linear repair: wound edges debrided (trimmed irregular/char edges), wide undermining in the
submuscular plane, alar rim free margin re-approximated with vertical orientation to prevent notching.
5-0 Monocryl deep, 6-0 nylon running. Final repair length 2.9 cm.

EBL <10 mL. No complications. Pressure dressing. Wound care written/verbal.
F/u 1 wk suture removal (fellow clinic), 3 mo scar check; TAC for hypertrophic scar only if needed.

Attending attestation: I was present for the entire procedure, performed the excisions of each stage, and
personally interpreted all frozen sections. - S. Weiss MD, e-signed 11/04/2025 16:10
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 2), L("13152")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose -> 17311 + 17312 x2 (3 stages); 17315 for blocks beyond 5 in any stage: stage I "
                  "7 blocks -> 2 units. Complex repair nose (free-margin rim + debridement) 2.9 cm -> 13152; no flap "
                  "or graft done. No 17311/13152 PTP edit.",
})

SCENARIOS.append({
    "id": "s18-mohs-left-helix-scc-ftsg",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs L helical rim SCC, 2 stages (4 and 2 blocks), FTSG 3.7 sq cm from postauricular donor with "
                   "layered donor closure; Medicare Advantage PPO",
    "date": "2025-12-09",
    "patient": ("Ferreira-Lund", "Marguerite", "1950-02-27", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 185,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, L helical rim", "C44.229", "L helix", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery - stage 1", site="L helical rim",
          note="Debulk + 1st layer, 4 tissue blocks, mapped/inked. Frozen sections: residual SCC block 3 "
               "(superior, peripheral).", reasons=["c1"]),
        P("Mohs micrographic surgery - stage 2", site="L helical rim",
          note="Re-excision superior margin, 2 tissue blocks. Clear.", reasons=["c1"]),
        P("Full-thickness skin graft to helix", site="L helix",
          note="Defect 2.2 x 1.7 cm (3.7 sq cm) exposing perichondrium. FTSG harvested L postauricular sulcus, "
               "defatted, sutured w/ 5-0 fast-gut, bolster tie-over. Donor site closed in layers, 2.4 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Procedure Note",
    "note": """Ashgrove Univ Health - Mohs Unit. Attending: A. Lindgren MD. Fellow: P. Raman MD.
75F, SCC L helix (bx 11/12/25 at our gen derm clinic: well-diff invasive SCC, 0.9 cm). Area H.
No immunosuppression. Meds: amlodipine, atorvastatin. NKDA.

Mohs: Dr. Lindgren = surgeon + pathologist (frozen sections read by attending).
  Stg 1: 4 blks -> + block 3 superior.
  Stg 2: 2 blks -> clear.
Final defect 2.2 x 1.7 cm helical rim/scapha, perichondrium intact but bare.

Repair options: 2nd intention (poor over bare cartilage), helical advancement (would shorten ear - pt
declined), FTSG. FTSG chosen. Graft 3.7 sq cm from L postauricular sulcus; donor closed primarily in layers
(2.4 cm). Bolster x 1 wk.

Pt tol well. Abx not indicated. F/u 7 d bolster removal, then 6 wk.
Hx of AK on scalp - no tx today.
A. Lindgren MD (attending present throughout)
""",
    "expected": E([L("17311"), L("17312"), L("15260")], dx={"17311": ["C44.229"]}),
    "coder_note": "Ear = 17311 site; 2 stages, neither over 5 blocks -> 17311 + 17312. FTSG ear <=20 sq cm -> 15260 "
                  "(MOHS-7 repair reported with Mohs). The graft code includes direct closure of the donor site, so "
                  "the 2.4 cm layered donor closure is not coded. C44.229 = left ear.",
})

SCENARIOS.append({
    "id": "s18-mohs-forearm-precoded-head-code-and-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L forearm SCC in transplant pt pre-coded as 17311/17312 + 88305 on Mohs layers + 12032; "
                   "correct to 17313/17314, drop 88305",
    "date": "2026-01-13",
    "patient": ("Okwuosa", "Benedict", "1958-10-03", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, poorly differentiated, L dorsal forearm", "C44.629", "L dorsal forearm",
          reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "procedures": [
        P("Mohs surgery, first stage", cpt="17311", site="L dorsal forearm",
          note="Stage I, 4 blocks, + block 2 deep.", reasons=["c1"]),
        P("Mohs surgery, each additional stage", cpt="17312", site="L dorsal forearm",
          note="Stage II, 2 blocks, clear.", reasons=["c1"]),
        P("Surgical pathology, Mohs layers", cpt="88305", site="L dorsal forearm",
          note="Mohs layers, frozen, read by surgeon.", reasons=["c1"]),
        P("Repair, intermediate", cpt="12032", site="L dorsal forearm",
          note="Layered closure 4.6 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Operative Report",
    "note": """ASHGROVE UNIVERSITY HEALTH - MOHS UNIT
Attending: S. Weiss MD (surgeon & pathologist)   Fellow: P. Raman MD
DOS 01/13/2026

67 y/o M, renal tx 2014 on tacrolimus + MMF. Bx 12/18/25: SCC, poorly differentiated, L dorsal forearm,
clinically 2.3 cm. Mohs appropriate despite area L: immunosuppressed + poorly diff histology + >2 cm.

Consent/time-out done. Lido 1% w/ epi 12 mL.
| Stage | Blocks | Result                    |
| I     | 4      | residual SCC, block 2 deep |
| II    | 2      | clear                     |
All layers processed in the Mohs lab as frozen sections and read by me. No debulk or separate specimen sent
for permanent sections - nothing went to outside pathology.

Final defect 3.1 x 2.0 cm, subcutis. Intermediate (layered) closure: 4-0 Monocryl deep dermal, 4-0 nylon
running; length 4.6 cm. No undermining beyond the usual. EBL minimal.

Plan: suture removal 14 d (transplant pt, slow healing). Notify transplant team. FSE q3 mo.
S. Weiss MD
""",
    "expected": E([L("17313"), L("17314"), L("12032")], ["coding-correction", "ncci"],
                  dx={"17313": ["C44.629"]}),
    "coder_note": "Forearm is trunk/arms/legs -> 17313 + 17314, not 17311/17312 (no muscle/bone/nerve involvement "
                  "documented). MOHS-5: 88305 on the Mohs layers themselves is not reportable (17313/88305 ind 1, no "
                  "separate specimen) -> removed. Intermediate repair 4.6 cm forearm -> 12032 stays.",
})

SCENARIOS.append({
    "id": "s18-mohs-scalp-scc-plus-separate-back-bx",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs vertex scalp SCC 2 stages (3 and 2 blocks) + tangential bx of an unrelated L upper back "
                   "papule same session (path sBCC); second-intention healing; Medicare (NGS)",
    "date": "2025-10-21",
    "patient": ("Haverkamp", "Lorne", "1947-05-30", "male"),
    "provider": "lindgren", "payer": "medicare-ngs", "minutes": 170,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, vertex scalp", "C44.42", "Vertex scalp",
          reason=True),
        C("c2", "Basal cell carcinoma, superficial, L upper back", "C44.519", "L upper back"),
    ],
    "path": [
        {"text": "Skin, L upper back, tangential biopsy: basal cell carcinoma, superficial type, extending to "
                 "peripheral edge.", "site": "L upper back", "date": "2025-10-24"},
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Ashgrove University Health | Derm Surgery & Mohs
Attending: Astrid Lindgren MD | Fellow: Priya Raman MD
DOS 10/21/2025

78M, bald, farmer. Bx-proven SCC vertex scalp (08/29/25, well-diff invasive, 1.6 cm). Area M. Not immuno-
suppressed. Pmhx: CAD s/p stent, on clopidogrel (continued). NKDA.

MOHS (attending = surgeon + pathologist):
  Stage 1 - 3 blocks: + SCC, block 1 at 12 o'clock periphery
  Stage 2 - 2 blocks: clear
Final defect 2.6 x 2.2 cm, galea intact. Discussed linear closure vs 2nd intention; pt prefers 2nd
intention (bald vertex, heals well, avoids tension). No repair performed. Petrolatum + nonstick dressing.

SEPARATE LESION: during the pre-op check pt pointed out a new pink scaly papule L upper back, 0.7 cm,
not previously evaluated. Exam c/w r/o BCC vs irritated SK. Different site from the Mohs tumor.
Tangential (shave) bx performed after separate consent: prep, 1% lido w/ epi 0.5 mL, DermaBlade, AlCl
hemostasis. Sent to Ashgrove dermpath (permanent sections).

Hx: AKs on ears treated 2024 - none today. No other lesions treated.
F/u: wound check 2 wk w/ fellow; bx result by portal.
A. Lindgren MD - present for the entire Mohs procedure; personally read all frozen sections.
""",
    "expected": E([L("17311"), L("17312"), L("11102", 1, "XS")], dx={"17311": ["C44.42"], "11102": ["C44.519"]}),
    "coder_note": "Scalp -> 17311 + 17312. BX-5 case 1: biopsy of a separate lesion on the Mohs day is reportable; "
                  "17311/11102 is ind 1 so 11102 takes XS (different lesion/site). Back bx dx from path (sBCC).",
})

SCENARIOS.append({
    "id": "s18-repair-forehead-complex-day-after-mohs",
    "family": "repair", "shape": "note-only",
    "description": "Complex repair 4.2 cm R forehead the day after Mohs by the same unit (Mohs global 000, so no "
                   "modifier); Medicare FFS",
    "date": "2025-11-19",
    "patient": ("Brightwater", "Odessa", "1939-12-12", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 95,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, R forehead (cleared by Mohs 11/18/25)", "C44.319", "R forehead",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-11-18", "17311", "Mohs micrographic surgery, first stage", "R forehead",
              "2 stages, cleared; defect dressed, delayed repair next day per pt schedule"),
    ],
    "note_title": "Procedure Note - Delayed Repair",
    "note": """ASHGROVE UNIV HEALTH - MOHS UNIT - REPAIR NOTE
Attending: S. Weiss MD | Fellow: P. Raman MD | DOS 11/19/2025

85F s/p Mohs R forehead BCC yesterday (2 stages, clear margins). Defect dressed overnight; pt wanted repair
today (transport). Planned two-step approach.

Defect: 2.4 x 1.6 cm, R central forehead, to frontalis fascia.
Procedure: re-prep, 1% lido w/ epi 7 mL. Desiccated/granulating wound edges debrided sharply (~1 mm
rim all around). Extensive undermining in the subgaleal plane, 2.5-3 cm on each side (more than the
max width of the defect). Layered closure: 4-0 Monocryl galeal/deep, 5-0 Monocryl dermal, 6-0 Prolene
running subcuticular. Final length 4.2 cm, horizontal in a forehead crease.
No flap. No graft. EBL minimal, no complications.

Wound care reviewed. F/u 1 wk suture removal.
S. Weiss MD (performed the repair; fellow assisted)
""",
    "expected": E([L("13132")], dx={"13132": ["C44.319"]}),
    "coder_note": "Complex (edge debridement + extensive undermining) repair of forehead 4.2 cm -> 13132 (2.6-7.5). "
                  "Prior Mohs 17311 has a 000 global, so the next-day repair needs no 58/79.",
})

SCENARIOS.append({
    "id": "s18-repair-precoded-complex-nose-under-1cm",
    "family": "repair", "shape": "pre-coded",
    "description": "Closure of a 0.9 cm nasal sidewall Mohs defect (Mohs done elsewhere) pre-coded 13151; "
                   "layered closure <=1.0 cm -> 12051; Medicare Advantage",
    "date": "2026-02-03",
    "patient": ("Castellan", "Ruth", "1952-07-07", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose, R nasal sidewall, cleared by Mohs today (outside surgeon)",
          "C44.311", "R nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Repair, complex, nose", cpt="13151", site="R nasal sidewall",
          note="Layered closure, final length 0.9 cm.", reasons=["c1"]),
    ],
    "note_title": "Repair Note",
    "note": """Ashgrove Univ - Mohs Unit (reconstruction referral)
Attending: A. Lindgren MD   DOS 02/03/2026

73F sent over from Lakeview Skin Surgery (Dr. Farouk, outside practice) after Mohs this AM for BCC R nasal
sidewall - cleared in 1 stage per their op note. We are doing closure only; we did not perform or read the
Mohs.

Defect 0.7 x 0.5 cm, R nasal sidewall, mid-dermis/superficial fat.
Lido 1% w/ epi 1.5 mL. Minimal undermining. Layered closure: 5-0 Monocryl buried dermal x 2,
6-0 Prolene simple interrupted. Final length 0.9 cm.
No debridement, no free margin involvement, no cartilage exposed.
Pt tolerated well. Suture removal 6 d.
A. Lindgren MD
""",
    "expected": E([L("12051")], ["coding-correction"]),
    "coder_note": "REP-2: a complex repair <=1.0 cm is coded as simple/intermediate; nothing complex documented "
                  "anyway. Layered closure of the nose 0.9 cm -> 12051. The Mohs belongs to the outside surgeon.",
})

SCENARIOS.append({
    "id": "s18-repair-two-facial-defects-summed",
    "family": "repair", "shape": "free-text",
    "description": "Next-day layered closures of two Mohs defects (L cheek 2.0 cm + L nasal sidewall 1.8 cm) -> "
                   "summed 3.8 cm face group; Medicare",
    "date": "2025-09-30",
    "patient": ("Aldana", "Teodoro", "1946-03-15", "male"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 80,
    "conditions": [
        C("c1", "Basal cell carcinoma, L medial cheek", "C44.319", "L medial cheek", reason=True),
        C("c2", "Basal cell carcinoma, L nasal sidewall", "C44.311", "L nasal sidewall", reason=True),
    ],
    "prior": [
        PRIOR("2025-09-29", "17311", "Mohs micrographic surgery, two tumors", "L medial cheek / L nasal sidewall",
              "Two separate BCCs cleared; closures deferred to next day"),
    ],
    "procedures": [
        P("Layered closure of Mohs defect", site="L medial cheek",
          note="Intermediate repair, 4-0 Monocryl deep + 5-0 nylon, length 2.0 cm.", reasons=["c1"]),
        P("Layered closure of Mohs defect", site="L nasal sidewall",
          note="Intermediate repair, 5-0 Monocryl deep + 6-0 Prolene, length 1.8 cm.", reasons=["c2"]),
    ],
    "note_title": "Reconstruction Note",
    "note": """ASHGROVE MOHS UNIT - RECON
Attending S. Weiss MD; fellow P. Raman MD. DOS 9/30/2025.
79M s/p Mohs x 2 yesterday (L med cheek BCC, L nasal sidewall BCC), both clear. Pt returned for closures.

#1 L medial cheek defect 0.9 x 0.7 cm -> layered (intermediate) closure, length 2.0 cm.
#2 L nasal sidewall defect 0.8 x 0.6 cm -> layered (intermediate) closure, length 1.8 cm.
Consent signed, time-out x2 sites. 1% lido w/ epi 4 mL total.
PMH: DM2 (A1c 6.9) on metformin. No anticoagulants. NKDA.
Neither needed a flap; no extensive undermining; no debridement; no free margins involved.
Dressings, wound care. RTC 1 wk.
Attending performed both closures; fellow assisted. - S. Weiss MD
""",
    "expected": E([L("12052")]),
    "coder_note": "REP-1: same complexity (intermediate) in the same site group (face/nose, 12051-12057) -> lengths "
                  "summed 2.0 + 1.8 = 3.8 cm -> one 12052. Prior Mohs is 000 global.",
})

# =============================================================================================================
# Belle Rive Dermatology + Aesthetics - medical side (excisions, biopsies, shaves, destruction)
# =============================================================================================================

SCENARIOS.append({
    "id": "s18-exm-mis-reexcision-inside-global-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Re-excision of MIS scar on upper back 8 days after the excisional bx (inside 010 global); scar "
                   "1.3 cm + 0.5 cm margins = 2.3 cm; re-excision path negative; commercial",
    "date": "2025-10-14",
    "patient": ("Sorbye", "Ingrid", "1969-04-22", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Melanoma in situ, L upper back, positive peripheral margin on excisional biopsy", "D03.59",
          "L upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-06", "11601", "Excision, pigmented lesion L upper back (narrow margins)", "L upper back",
              "Excisional bx 1 mm margins; path MIS, peripheral margin involved"),
    ],
    "path": [
        {"text": "Skin, L upper back, re-excision of scar: healing scar, no residual melanoma in situ; all "
                 "margins free.", "site": "L upper back", "date": "2025-10-17"},
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERMATOLOGY - Dr. Wei Chen
DOS 10/14/2025   Pt: Ingrid Sorbye, 56F

S: s/p excisional bx L upper back 10/06 (day 8 today). Path 10/09: melanoma in situ, lentiginous, focally
involving peripheral margin. Here for planned re-excision w/ 5 mm margins (NCCN for MIS). No new lesions.
FHx: mother w/ melanoma. No personal hx invasive melanoma.

O: healing linear scar L upper back, 1.3 cm, sutures removed last visit, no pigment recurrence.

Procedure: re-excision, malignant. Marked 0.5 cm margin around the scar (greatest dimension 1.3 cm).
1% lido w/ epi 6 mL. Full-thickness elliptical excision to fat, oriented w/ suture at 12.
Closure: single-layer simple interrupted 3-0 nylon (no buried/deep sutures - thin skin, low tension).
Specimen to dermpath.

A/P: MIS L upper back, re-excised. F/u 10-14 d suture removal + path review. FSE q6 mo x 2 yr.
""",
    "expected": E([L("11603", 1, "58")], ["global-period"], dx={"11603": ["D03.59"]}),
    "coder_note": "EX-1: 1.3 + 2 x 0.5 = 2.3 cm trunk -> 11603. EX-4: re-excision of a malignant lesion stays a "
                  "malignant code even with a negative specimen; inside the 10-day global of the 10/06 excision -> 58. "
                  "Still treatment -> D03.59 (not history). Simple closure included.",
})

SCENARIOS.append({
    "id": "s18-exm-scc-dorsal-hand-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision of bx-proven SCC R dorsal hand, 0.8 cm + 4 mm margins = 1.6 cm, intermediate repair "
                   "3.2 cm; Medicare FFS",
    "date": "2026-01-20",
    "patient": ("Tillotson", "Amos", "1941-09-09", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, R dorsal hand", "C44.622", "R dorsal hand", reason=True),
    ],
    "procedures": [
        P("Excision of SCC", site="R dorsal hand",
          note="Lesion 0.8 x 0.6 cm; excised w/ 4 mm margins (narrowest 4 mm) to subcutaneous fat.",
          reasons=["c1"]),
        P("Layered closure", site="R dorsal hand",
          note="Deep 4-0 Vicryl + 5-0 nylon interrupted; length 3.2 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, R dorsal hand, excision: invasive squamous cell carcinoma, well differentiated; margins "
                 "clear (closest 2 mm).", "site": "R dorsal hand", "date": "2026-01-23"},
    ],
    "note_title": "Excision Note",
    "note": """Belle Rive Derm - W. Chen MD
84M, shave bx 12/30/25 R dorsal hand = invasive SCC, well diff. Here for excision; pt declined Mohs (travel),
understands recurrence risk. Not on anticoag.
PMH: CKD3, BPH, HTN. Meds: tamsulosin, amlodipine. NKDA.
Consent signed, time-out, 1% lido w/ epi 5 mL, digital tourniquet not needed.
Lesion measured pre-op 0.8 x 0.6 cm. 4 mm margins. Elliptical excision, hemostasis w/ hyfrecator.
Intermediate layered closure, 3.2 cm. Tolerated well.
EBL minimal. Extensor paratenon intact, no tendon exposure.
Elevate hand 48 h; wound care sheet given.
Plan: suture removal 12-14 d; path f/u. Also has hx AKs on scalp - monitoring, none treated today.
""",
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.622"]}),
    "coder_note": "Hand = SNHFG: 0.8 + 2 x 0.4 = 1.6 cm -> 11622. Intermediate repair of hand 3.2 cm -> 12042 "
                  "(12041-12047 group). No PTP edit between them. C44.622 = right upper limb.",
})

SCENARIOS.append({
    "id": "s18-exm-precoded-benign-path-bcc-thigh",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "R thigh lesion excised pending path, pre-coded 11402 + 12002; path BCC -> 11602; simple "
                   "repair included; commercial (Cigna)",
    "date": "2025-08-26",
    "patient": ("Pemberton", "Lucille", "1955-01-30", "female"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Lesion R anterior thigh, r/o BCC vs irritated dermal nevus", None, "R anterior thigh",
          reason=True),
    ],
    "procedures": [
        P("Excision, benign lesion, trunk/arms/legs, 1.1-2.0 cm", cpt="11402", site="R anterior thigh",
          note="Lesion 0.9 cm, 3 mm margins.", reasons=["c1"]),
        P("Simple repair 2.6-7.5 cm", cpt="12002", site="R anterior thigh",
          note="Single-layer closure 4-0 nylon, 3.1 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, R anterior thigh, excision: basal cell carcinoma, nodular type; margins free of tumor.",
         "site": "R anterior thigh", "date": "2025-08-29"},
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERMATOLOGY - C. Okonkwo MD - DOS 08/26/2025
70F w/ shiny pink papule R ant thigh x 6 mo, bled twice. Ddx BCC vs irritated dermal nevus. Pt preferred
excision over bx first.
PMH: hypothyroid (levothyroxine). NKDA. Not on anticoag.
Consent signed; time-out; 1% lido w/ epi 4 mL.
Pre-op measurement 0.9 cm greatest diameter. Margins 3 mm. Excised fusiform to fat.
Closure: simple, single layer 4-0 nylon interrupted, 3.1 cm. No deep sutures.
Path pending - charge entered as benign at the time of surgery.
Suture removal 12-14 d.
Addendum 08/29/2025: path = nodular BCC, margins clear. Pt notified. No further tx needed. Z85 not
applicable yet; FSE q6-12 mo.
""",
    "expected": E([L("11602")], ["coding-correction", "ncci"], dx={"11602": ["C44.712"]}),
    "coder_note": "EX-3: path malignant -> malignant code; 0.9 + 2 x 0.3 = 1.5 cm leg -> 11602 (not 11402). "
                  "EX-5: simple repair included (11602/12002 ind 1, same wound) -> 12002 removed.",
})

SCENARIOS.append({
    "id": "s18-exb-inflamed-cyst-back-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed epidermoid cyst upper back, 2.0 cm + 2 mm margins = 2.4 cm, intermediate "
                   "repair 3.8 cm; Medicare FFS",
    "date": "2025-12-02",
    "patient": ("Marwick", "Clement", "1950-06-18", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, upper mid back, recurrently inflamed and painful", "L72.0",
          "Upper mid back", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Upper mid back",
          note="Cyst 2.0 cm greatest diameter; fusiform excision incl. punctum, narrowest margin 2 mm; "
               "excised diameter 2.4 cm.", reasons=["c1"]),
        P("Layered closure", site="Upper mid back",
          note="Intermediate repair, 3-0 Vicryl deep, 4-0 nylon, length 3.8 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back: ruptured epidermal inclusion cyst with foreign-body giant cell "
                 "reaction.", "site": "Upper mid back", "date": "2025-12-05"},
    ],
    "note_title": "Procedure Note",
    "note": """Belle Rive Derm | Dr. Okonkwo
75M. Cyst mid upper back, inflamed/tender x3 episodes in 2025, drained spontaneously 10/2025 w/ purulent
d/c; painful lying on his back. Currently quiet (not fluctuant) - good time for excision. No I&D today.
Exam: 2.0 cm mobile subQ cyst w/ punctum, mild erythema.
PMH: HTN, gout. Meds: losartan, allopurinol. NKDA. No anticoag.
Procedure: consent; lido 1% w/ epi 8 mL; fusiform excision w/ 2 mm margin, cyst removed intact-ish (small
rupture). Layered closure 3.8 cm. Pressure dressing.
F/u 12 d suture removal.
Path to be reviewed at suture removal.
C. Okonkwo MD
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.0 + 2 x 0.2 = 2.4 cm trunk -> 11403. Intermediate repair back 3.8 cm -> 12032. Covered: "
                  "documented inflammation/pain (BSL-3).",
})

SCENARIOS.append({
    "id": "s18-exb-dermatofibroma-arm-no-lesion-size",
    "family": "excision-benign", "shape": "note-only",
    "description": "Painful DF L upper arm excised with 3 mm margins but lesion never measured; layered repair "
                   "2.8 cm documented -> repair only; Aetna",
    "date": "2025-09-09",
    "patient": ("Ibarra", "Celeste", "1987-11-04", "female"),
    "provider": "chen", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Dermatofibroma, L posterior upper arm, painful", "D23.62", "L posterior upper arm", reason=True),
    ],
    "path": [
        {"text": "Skin, L upper arm, excision: dermatofibroma (benign fibrous histiocytoma), margins clear.",
         "site": "L upper arm", "date": "2025-09-12"},
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERMATOLOGY - W. Chen MD - 09/09/2025
37F, firm papule L posterior upper arm, growing over 1 yr, painful when bumped/shaving, + dimple sign.
Pt requests removal. Dx DF; risks/benefits discussed; scar > lesion acknowledged.
PMH: none. Meds: OCP. NKDA.
Consent signed, time-out. 1% lido w/ epi 4 mL.
Procedure: site marked, excised w/ 3 mm margins as an ellipse, depth to subQ fat.
Layered closure: 4-0 Monocryl buried, 5-0 nylon running; final length 2.8 cm.
Photo in chart. Specimen to path.
F/u 10-14 d suture removal.
W. Chen MD
""",
    "expected": E([L("12032")], ["missing-documentation"], dx={"12032": ["D23.62"]}),
    "coder_note": "No lesion diameter documented (only margins and repair length) -> no excision line, "
                  "missing-documentation (README coding decisions); the separately documented intermediate repair "
                  "of the arm 2.8 cm -> 12032 stays.",
})

SCENARIOS.append({
    "id": "s18-exb-scalp-atypical-nevus-plus-acne-em25",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision changing nevus L parietal scalp 0.5 cm + 2 mm margins = 0.9 cm (path dysplastic "
                   "nevus) + separate acne management with new Rx, 99213-25; BCBS",
    "date": "2026-03-10",
    "patient": ("Delacroix-Ng", "Tamsin", "2003-05-14", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 40, "em": "99213",
    "conditions": [
        C("c1", "Atypical (changing) nevus, L parietal scalp", "D22.4", "L parietal scalp", reason=True),
        C("c2", "Acne vulgaris, inflammatory, worsening", "L70.0", "Face", reason=True),
    ],
    "procedures": [
        P("Excision of nevus", site="L parietal scalp",
          note="Lesion 0.5 cm, 2 mm margins, ellipse to fat, simple closure 4-0 nylon.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, L parietal scalp, excision: compound dysplastic nevus with moderate atypia, completely "
                 "excised.", "site": "L parietal scalp", "date": "2026-03-13"},
    ],
    "note_title": "Office Visit + Procedure",
    "note": """BELLE RIVE DERMATOLOGY + AESTHETICS - June Abernathy MD - 03/10/2026

22F here for 2 issues.

1) Scalp mole L parietal: hairdresser noted it darkened + grew over 4 mo. Dermoscopy: asymmetric
   network, irregular dots. 0.5 cm. Plan: excise today (pt prefers complete removal over bx).
   Excision: 2 mm margins, ellipse, simple closure. Specimen to dermpath.

2) Acne: worse x 3 mo despite adapalene + BPO wash. Inflammatory papules/pustules cheeks/jawline,
   few early scars. Start doxycycline 100 mg PO BID w/ food x 12 wk (photosensitivity, pill esophagitis
   counseled), switch adapalene -> tretinoin 0.05% cream qhs. Discussed isotretinoin if no response;
   not starting today. OCP hx: on Sprintec.

MDM: Rx drug mgmt for acne (separate from the excision decision).
F/u 10 d sutures + path; acne 12 wk.
""",
    "expected": E([L("11421"), L("99213", 1, "25")], dx={"11421": ["D22.4"]}),
    "coder_note": "Scalp = SNHFG: 0.5 + 2 x 0.2 = 0.9 cm -> 11421; path dysplastic nevus -> benign code. Acne with "
                  "new prescription management is significant and separately identifiable -> 99213-25.",
})

SCENARIOS.append({
    "id": "s18-bx-precoded-punch-plus-two-shaves",
    "family": "biopsy", "shape": "pre-coded",
    "description": "One punch + two tangential biopsies pre-coded 11104 + 11102 x2; correct to 11104 + 11103 x2; "
                   "Medicare FFS",
    "date": "2025-11-11",
    "patient": ("Gruenwald", "Harriet", "1943-02-08", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Violaceous plaque R shin", "L98.8", "R shin", reason=True),
        C("c2", "Scaly pink papule L cheek", "L98.8", "L cheek", reason=True),
        C("c3", "Pigmented papule upper back", "L98.8", "Upper back", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", cpt="11104", site="R shin", note="4 mm punch, 1 suture.", reasons=["c1"]),
        P("Shave biopsy", cpt="11102", site="L cheek", note="Tangential bx w/ DermaBlade.", reasons=["c2"]),
        P("Shave biopsy", cpt="11102", site="Upper back", note="Tangential bx, saucerization.", reasons=["c3"]),
    ],
    "note_title": "Biopsy Note",
    "note": """Belle Rive Derm - J. Abernathy MD - 11/11/2025
82F. 3 lesions of concern today:
 A. R shin violaceous hyperkeratotic plaque, itchy, r/o hypertrophic LP vs SCC -> 4 mm punch bx, 4-0 nylon x1.
 B. L cheek 5 mm scaly pink papule, r/o BCC vs AK -> tangential (shave) bx.
 C. Upper back 7 mm irregularly pigmented papule, r/o melanoma vs SK -> tangential bx (saucerization).
Consent, lido w/ epi, AlCl for B/C. All 3 to dermpath in separate containers.
Meds: warfarin (INR 2.4 last wk) - hemostasis achieved w/ pressure + AlCl.
NKDA. Wound care handout.
Pt also asked about a cherry angioma on the chest - reassured, no tx.
F/u results 1-2 wk.
""",
    "expected": E([L("11104"), L("11103", 2)], ["coding-correction"]),
    "coder_note": "BX-2: one primary per encounter, punch outranks tangential -> 11104; each tangential bx takes "
                  "its own add-on 11103 (x2). 11104/11102 is ind 0 so the 11102 lines cannot stand.",
})

SCENARIOS.append({
    "id": "s18-bx-wedge-punch-shave-three-techniques",
    "family": "biopsy", "shape": "note-only",
    "description": "Incisional (wedge) bx R shin nodule + 4 mm punch L wrist + tangential bx R upper arm -> "
                   "11106 + 11105 + 11103; Medicaid MCO",
    "date": "2026-02-17",
    "patient": ("Nwachukwu", "Evangeline", "1976-08-25", "female"),
    "provider": "chen", "payer": "medicaid-mco", "minutes": 50,
    "conditions": [
        C("c1", "Tender erythematous nodules R shin", "L98.8", "R shin", reason=True),
        C("c2", "Violaceous flat-topped papules L wrist", "L98.8", "L volar wrist", reason=True),
        C("c3", "Scaly papule R upper arm", "L98.8", "R upper arm", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERMATOLOGY - W. Chen MD - DOS 02/17/2026
49F. Tender red nodules both shins x 6 wk (R > L), new itchy papules L wrist, and a scaly spot R arm.
Ddx shins: erythema nodosum vs other panniculitis (needs fat) -> wedge.
Ddx wrist: LP vs lichenoid drug. Ddx arm: ISK vs AK.

Procedures (consent; 1% lido w/ epi):
 1. R shin: INCISIONAL bx - deep wedge w/ #15 blade through dermis into subcutaneous fat, 1.5 cm
    fusiform; closed simple 4-0 nylon. (Not a complete removal - sampling only.)
 2. L volar wrist: 4 mm PUNCH bx, 5-0 nylon x1.
 3. R upper arm: TANGENTIAL bx (shave) w/ flexible blade, AlCl.
3 jars to dermpath. Labs: CBC, CMP, ASO, CXR ordered for EN w/u (PCP to f/u). Hepatitis C ab added for LP.
F/u 2 wk results; will start tx after path.
""",
    "expected": E([L("11106"), L("11105"), L("11103")]),
    "coder_note": "BX-2: incisional > punch > tangential -> 11106 primary; the punch takes 11105 and the tangential "
                  "bx 11103 (11103 allowed with 11106 per AOC).",
})

SCENARIOS.append({
    "id": "s18-bx-eight-saucerizations-mue-cap",
    "family": "biopsy", "shape": "note-only",
    "description": "Eight tangential (saucerization) biopsies in a dysplastic-nevus pt -> 11102 + 11103 x7 capped "
                   "at MUE 6; Medicare Advantage",
    "date": "2025-10-28",
    "patient": ("Lindahl", "Prescott", "1961-12-01", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 55,
    "conditions": [
        C("c1", "Multiple changing atypical-appearing nevi", None, "Trunk and extremities", reason=True),
        C("c2", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERMATOLOGY | Dr. C. Okonkwo | 10/28/2025
63M, hx melanoma (R calf, 2019, 0.6 mm, WLE), >100 nevi, several atypical. Serial dermoscopy comparison
(photos 04/2025) shows change in eight lesions. All eight sampled today by deep shave (saucerization)
biopsy w/ DermaBlade, AlCl hemostasis:

 #1 R upper back 6 mm      #2 L upper back 5 mm      #3 mid back 7 mm         #4 L flank 4 mm
 #5 R chest 5 mm           #6 L upper arm 6 mm       #7 R thigh 5 mm          #8 L calf 6 mm

Eight separate specimen jars, each labeled. No punch/excisional bx today.
A ninth lesion (R shoulder) was stable on dermoscopy - not sampled, monitor.
Plan: results 1-2 wk, re-excise any severe atypia. FSE q3-4 mo.
""",
    "expected": E([L("11102"), L("11103", 6)], ["mue"]),
    "coder_note": "8 tangential bx -> 11102 + 11103 x7; 11103 MUE is 6 (MAI 3) -> capped at 6 with an mue finding "
                  "(README coding decisions). The 9th lesion was not biopsied.",
})

SCENARIOS.append({
    "id": "s18-shave-nasal-tip-and-back-two-groups",
    "family": "shave", "shape": "free-text",
    "description": "Shave removals: bleeding 0.4 cm nasal tip dermal nevus (11310) + 1.2 cm inflamed SK R back "
                   "(11302); Medicare FFS",
    "date": "2025-09-16",
    "patient": ("Quaresma", "Adelina", "1948-10-10", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Irritated dermal nevus, nasal tip, bleeding", "D22.39", "Nasal tip", reason=True),
        C("c2", "Inflamed seborrheic keratosis, R mid back", "L82.0", "R mid back", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Nasal tip",
          note="0.4 cm dome-shaped papule, bleeds when glasses rest/towel; removed flush w/ DermaBlade, AlCl.",
          reasons=["c1"]),
        P("Shave removal", site="R mid back",
          note="1.2 cm inflamed, crusted SK under bra strap, bled x2; shaved flush, hyfrecation for hemostasis.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, nasal tip, shave: intradermal melanocytic nevus with surface erosion. B. Skin, R mid "
                 "back, shave: irritated (inflamed) seborrheic keratosis.", "date": "2025-09-19"},
    ],
    "note_title": "Procedure Note",
    "note": """Belle Rive Derm - Dr. Okonkwo - 9/16/25
77F. (1) nose bump bleeds w/ glasses/washing x 3 mo. (2) back growth catches on bra strap, bled twice,
sore. Both removed by shave today for symptoms; intent complete removal; both to path.
Consent signed. 1% lido w/ epi 1.5 mL total. AlCl/hyfrecator hemostasis.
PMH: osteoporosis, HTN. Meds: alendronate, HCTZ. NKDA.
Sizes: nasal tip 0.4 cm; R mid back 1.2 cm.
Other SKs on back asymptomatic - not treated (pt aware cosmetic removal would be self-pay).
Wound care: petrolatum + bandage daily until healed.
F/u 2 wk path.
Okonkwo, C. MD - e-signed
""",
    "expected": E([L("11310"), L("11302")], dx={"11310": ["D22.39"], "11302": ["L82.0"]}),
    "coder_note": "SH-1: nose (FEENLM) 0.4 cm -> 11310; back (TAL) 1.2 cm -> 11302. Symptomatic (bleeding, trauma, "
                  "inflammation) so covered. No PTP edit between the two shave codes.",
})

SCENARIOS.append({
    "id": "s18-shave-precoded-ear-no-size-neck-sized",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removals pre-coded 11311 (L antihelix, no size documented) + 11306 (R neck 0.7 cm) -> "
                   "11306 only, missing documentation; UHC",
    "date": "2026-01-27",
    "patient": ("Halloran", "Fitzgerald", "1972-03-03", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Crusted tender papule L antihelix", "L98.8", "L antihelix", reason=True),
        C("c2", "Irritated pedunculated nevus R lateral neck", "D22.4", "R lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal, face/ears, 0.6-1.0 cm", cpt="11311", site="L antihelix",
          note="Shave removal, flush, AlCl.", reasons=["c1"]),
        P("Shave removal, neck, 0.6-1.0 cm", cpt="11306", site="R lateral neck",
          note="0.7 cm, shaved flush.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. L antihelix, shave: irritated seborrheic keratosis. B. R lateral neck, shave: intradermal "
                 "nevus with irritation.", "date": "2026-01-30"},
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERM - J. Abernathy MD - 01/27/2026
53M. L ear: crusted papule antihelix, tender on the phone/pillow, r/o SCC vs ISK. R neck: pedunculated
papule catches on collar, irritated/red.
PMH: GERD. Meds: omeprazole. NKDA.
Consent, 1% lido w/ epi 1 mL total.
Exam: L antihelix crusted papule, tender; R neck pedunculated papule, erythematous.
Wound care: petrolatum daily x 1 wk.
Both removed by shave (intent complete removal), AlCl hemostasis, to path.
R neck lesion 0.7 cm. (Ear lesion not measured - forgot to record before removal.)
F/u 2 wk path.
""",
    "expected": E([L("11306")], ["missing-documentation"]),
    "coder_note": "SH-1 shave codes are size-banded; ear lesion diameter not documented -> no line for it plus "
                  "missing-documentation (README). Neck (SNHFG) 0.7 cm -> 11306.",
})

SCENARIOS.append({
    "id": "s18-shave-precoded-tangential-bx-was-removal",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded 11102 but the note documents complete therapeutic shave removal of a 0.8 cm "
                   "symptomatic L forearm nevus -> 11301; Medicaid",
    "date": "2025-08-12",
    "patient": ("Mbeki-Olsen", "Tobias", "1994-07-19", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Irritated nevus L forearm, catches on clothing, bled", "D22.62", "L dorsal forearm",
          reason=True),
    ],
    "procedures": [
        P("Tangential biopsy of skin", cpt="11102", site="L dorsal forearm",
          note="Shave removal of 0.8 cm papule, flush to surrounding skin.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, L forearm, shave removal: intradermal melanocytic nevus with irritation; lesion present at "
                 "deep edge only focally.", "site": "L forearm", "date": "2025-08-15"},
    ],
    "note_title": "Procedure Note",
    "note": """Belle Rive Derm - C. Okonkwo MD - 8/12/2025
31M. Raised mole L dorsal forearm, catches on sleeves/watch band, bled x2 this summer, now sore.
Benign-appearing on dermoscopy. Goal today: REMOVE the lesion (not sample it) - pt wants it gone
because of the trauma/bleeding.
PMH: asthma (albuterol prn). NKDA.
Consent signed. Photo taken.
Procedure: lido 1% w/ epi; shave removal of the entire 0.8 cm papule flush with skin; AlCl. Sent to path.
Petrolatum + bandage daily. Expect a flat pink scar.
C. Okonkwo MD
F/u prn; path by portal.
""",
    "expected": E([L("11301")], ["coding-correction"], dx={"11301": ["D22.62"]}),
    "coder_note": "BX-4: intent decides - the whole lesion was removed therapeutically by shave -> shave removal "
                  "code, not tangential biopsy. Forearm (TAL) 0.8 cm -> 11301.",
})

SCENARIOS.append({
    "id": "s18-ds-precoded-eighteen-aks-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 18 AKs pre-coded 17000 + 17003 -> one 17004; Medicare FFS",
    "date": "2025-12-16",
    "patient": ("Vanterpool", "Eustace", "1940-06-06", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp/forehead/dorsal hands", "L57.0", "Scalp, forehead, dorsal hands",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", note="LN2, 1 lesion",
          reasons=["c1"]),
        P("Destruction premalignant lesions, each additional 2-14", cpt="17003", site="Scalp/forehead/hands",
          note="LN2, 17 additional lesions", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERMATOLOGY - W. Chen MD - 12/16/2025
85M, hx extensive AKs, last tx 6/2025. Gritty scaly papules recurred.
Cryo (LN2, 2 FTC x ~8 s each) to AKs:
  scalp 11, forehead 4, dorsal hands 3  => total 18 AKs.
Pt tolerated; expected blistering/crusting reviewed.
PMH: CAD, on aspirin. NKDA.
Discussed field tx (5-FU/calcipotriene) for spring - pt will think about it, not prescribed today.
Post-cryo care reviewed. RTC 6 mo.
Sunscreen daily, wide-brim hat.
W. Chen MD
""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000 + 17003 (17004/17000 and "
                  "17004/17003 ind 0; 17003 x17 would also exceed its 13-unit range).",
})

SCENARIOS.append({
    "id": "s18-ds-face-aks-plus-finger-warts-xs",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 to 6 AKs on the face + 3 painful fissured common warts on fingers -> 17110 + 17000-XS + "
                   "17003 x5-XS; Medicare (NGS)",
    "date": "2026-02-24",
    "patient": ("Calloway", "Winifred", "1945-01-17", "female"),
    "provider": "abernathy", "payer": "medicare-ngs", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratoses, face", "L57.0", "Face", reason=True),
        C("c2", "Verruca vulgaris, fingers, painful and fissured", "B07.8", "L index, L middle, R thumb",
          reason=True),
    ],
    "procedures": [
        P("Cryotherapy of actinic keratoses", site="Face (forehead, nose, cheeks)",
          note="6 AKs: forehead 2, nasal dorsum 1, R cheek 2, L cheek 1. LN2 2 FTC.", reasons=["c1"]),
        P("Cryotherapy of verrucae", site="L index finger, L middle finger, R thumb",
          note="3 verrucae vulgares, painful with typing, fissured and bled; paring then LN2 2 FTC.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Belle Rive Derm / J. Abernathy MD / 02-24-2026
81F retired court stenographer. Rough spots on face + finger warts that crack/bleed and hurt when typing.
Exam: 6 AKs face (listed on proc). 3 verrucae: L index, L middle, R thumb - distinct from the AKs.
PMH: RA on methotrexate 10 mg weekly (rheum manages - no change by us).
Consent verbal; LN2 2 freeze-thaw cycles each.
LN2 to all 9 lesions as documented. Wart recurrence discussed; may need repeat in 3-4 wk.
No SKs treated today.
Blister care discussed. Sunscreen SPF 50.
RTC 4 wk warts.
J. Abernathy MD
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 5, "XS")]),
    "coder_note": "DS-1: 6 AKs -> 17000 + 17003 x5; DS-2: 3 warts -> 17110 x1. DS-3: 17110/17000 and 17110/17003 "
                  "are ind 1 with 17110 as column 1 -> XS on 17000 and 17003 (different lesions). Warts covered: pain/"
                  "bleeding documented.",
})

SCENARIOS.append({
    "id": "s18-ds-edc-bcc-back-aks-uncounted",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of bx-proven sBCC R upper back, final defect 1.4 cm -> 17262; scalp AKs treated with LN2 but "
                   "count never documented -> no 17000 line; Medicare FFS",
    "date": "2025-11-25",
    "patient": ("Ostrowski", "Bernard", "1949-08-08", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, R upper back", "C44.519", "R upper back", reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERMATOLOGY - W. Chen MD - DOS 11/25/2025
76M. Shave bx 11/04/25 R upper back: BCC, superficial type. Options: excision, ED&C, topical imiquimod.
Pt chose ED&C.

ED&C, R upper back: lido 1% w/ epi 3 mL. Curettage + electrodesiccation x 3 cycles. Pre-tx lesion
1.0 x 0.8 cm; final defect after last curettage 1.4 cm diameter. Vaseline + bandage.

Also: multiple rough scaly AKs on the scalp treated with LN2 today (pt reports they sting in the shower).
Did not tally them.

Not treated: several SKs on back (asymptomatic). Pt to return 3 mo for FSE.
""",
    "expected": E([L("17262")], ["missing-documentation"], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction sized by final curettage defect, trunk 1.4 cm -> 17262. AK count not "
                  "documented -> no 17000/17003 line + missing-documentation (README).",
})

# =============================================================================================================
# Sprout Pediatric Dermatology
# =============================================================================================================

SCENARIOS.append({
    "id": "s18-ds-peds-molluscum-twenty-two-curettage",
    "family": "destruction", "shape": "note-only",
    "description": "Curettage of 22 molluscum in a 7 y/o -> 17111 x1; Medicaid",
    "date": "2025-10-07",
    "patient": ("Beaumont", "Ellis", "2018-09-12", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Molluscum contagiosum, trunk and thighs, spreading", "B08.1", "Trunk, bilateral thighs",
          reason=True),
    ],
    "note_title": "Sprout Peds Derm - Procedure",
    "note": """SPROUT PEDIATRIC DERMATOLOGY
Provider: Ines Castellanos MD      DOS 10/07/2025
Pt: Ellis Beaumont, 7 y/o M, w/ mom.

CC: "water warts" spreading x 5 mo, now itchy w/ surrounding dermatitis (molluscum dermatitis),
some inflamed. Sibling (4 y/o) has a few - not seen today.
Exam: umbilicated pearly papules - L flank 8, R flank 5, abdomen 3, R thigh 4, L thigh 2 = 22.
No eyelid lesions.

Procedure: EMLA under occlusion x 60 min (applied by mom at home, confirmed). Curettage of all 22
papules w/ 3 mm curette, AlCl, bandages. Tolerated w/ distraction (tablet).
Hypothetical: if new crops appear, may try cantharidin at next visit - not done today.

Plan: hydrocortisone 2.5% oint bid x 1 wk for surrounding dermatitis; RTC 6 wk.
I. Castellanos MD
""",
    "expected": E([L("17111")], dx={"17111": ["B08.1"]}),
    "coder_note": "DS-2: benign destruction 15 or more lesions -> 17111 x1 (22 counted). Molluscum is covered under "
                  "the benign-lesion LCDs. Cantharidin only mentioned as a hypothetical.",
})

SCENARIOS.append({
    "id": "s18-id-peds-buttock-abscess-newpt-em-removed",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "New pt 11 y/o with a single buttock abscess: pre-coded 99203 + 10060; E/M is decision-only -> "
                   "10060 only; Medicaid MCO",
    "date": "2025-08-19",
    "patient": ("Okonjo", "Zuri", "2014-06-30", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Cutaneous abscess L buttock", "L02.31", "L buttock", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple", cpt="10060", site="L buttock",
          note="Single 2 cm fluctuant abscess, stab incision, expressed pus, no loculations, no packing.",
          reasons=["c1"]),
    ],
    "note_title": "Sprout Peds Derm - New Patient",
    "note": """SPROUT PEDIATRIC DERMATOLOGY - Ines Castellanos MD - 08/19/2025
NEW PT. 11 y/o F w/ dad. Tender bump L buttock x 3 d, getting bigger, now "has a head". Afebrile, eating
well. No prior boils, no household MRSA hx. No other skin concerns today.
PMH: none. Meds: none. NKDA. Vaccines UTD.
Exam (focused): L buttock 2 cm fluctuant, tender nodule w/ 1 cm rim of erythema; no lymphangitic
streaking; no cellulitis beyond the rim.
A/P: simple abscess L buttock -> I&D today.
I&D: consent (dad), ethyl chloride + 1% lido 1 mL, #11 blade stab incision, moderate purulent drainage
expressed, cavity probed - single pocket, no loculations. Not packed. Culture sent. Dry dressing.
No antibiotics needed after adequate drainage (no cellulitis/systemic signs).
Warm compresses tid; RTC prn / if fever or spreading redness.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "GS-3 / conventions: the only problem was the abscess and the visit work was the decision to "
                  "drain it; being a new patient does not by itself justify an E/M -> 99203 removed. Single "
                  "uncomplicated abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s18-nail-peds-ingrown-matrixectomy-precoded",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial nail avulsion + phenol matrixectomy R great toe lateral border pre-coded 11730 + 11750 "
                   "-> 11750-T5 only; Medicaid MCO",
    "date": "2026-03-03",
    "patient": ("Rutherford", "Callum", "2010-11-21", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Ingrown toenail, R great toe, lateral border, recurrent", "L60.0", "R great toe", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial", cpt="11730", site="R great toe, lateral border",
          note="Lateral 3 mm nail strip avulsed.", reasons=["c1"]),
        P("Matrixectomy, partial, chemical", cpt="11750", site="R great toe, lateral border",
          note="88% phenol 3 x 30 s to lateral matrix horn.", reasons=["c1"]),
    ],
    "note_title": "Sprout Peds Derm - Nail Procedure",
    "note": """SPROUT PEDIATRIC DERMATOLOGY - Folake Adeyemi MD - 03/03/2026
15 y/o M (soccer). R great toe lateral ingrown nail, 3rd episode in 12 mo, painful, granulation tissue,
mild drainage. Prior partial avulsions x2 at urgent care w/ recurrence. Mom consents to permanent
partial matrixectomy.
Procedure: digital block 1% plain lido 4 mL, tourniquet. Lateral 3 mm of the nail plate freed and
avulsed; lateral matrix horn ablated w/ 88% phenol 3 x 30 s, neutralized w/ alcohol. Tourniquet off,
hemostasis good. Dressing.
L great toe: mild medial incurvation, asymptomatic - no tx.
Soaks bid, RTC 2 wk.
Expect drainage x 2-3 wk from phenol. Return sooner for redness/streaking.
F. Adeyemi MD
""",
    "expected": E([L("11750", 1, "T5")], ["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750 (permanent removal incl. matrix) includes the avulsion of the same nail: 11750/11730 ind 1, "
                  "same nail -> 11730 removed. Digit documented (R great toe) -> T5.",
})

SCENARIOS.append({
    "id": "s18-mixed-peds-ad-flare-em25-warts-molluscum",
    "family": "mixed", "shape": "note-only",
    "description": "AD flare managed with new Rx (99213-25) + LN2 to 4 finger warts + curettage of 3 molluscum -> "
                   "one 17110 (7 benign lesions); Medicaid",
    "date": "2026-03-12",
    "patient": ("Nakashima-Reyes", "Milo", "2017-02-14", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Atopic dermatitis, flare", "L20.9", "Antecubital/popliteal fossae", reason=True),
        C("c2", "Verruca vulgaris, fingers", "B07.8", "Fingers", reason=True),
        C("c3", "Molluscum contagiosum, trunk", "B08.1", "Trunk", reason=True),
    ],
    "note_title": "Sprout Peds Derm - Follow-up",
    "note": """Sprout Pediatric Dermatology | F. Adeyemi MD | 03/12/2026
9 y/o M, est pt, w/ mom.
1) AD: flaring x 3 wk (new school, winter), itch wakes him 3 nights/wk. Flexural lichenified eczematous
   plaques, ~8% BSA, excoriated, no impetiginization. Current: hydrocortisone 1% - inadequate.
   -> START triamcinolone 0.1% oint bid x 2 wk to body (not face), then weekend maintenance; bleach
   baths 2x/wk; cetirizine qhs. Dupilumab discussed for the future if flares persist - not started.
2) Warts: 4 verrucae on fingers (R index 2, L thumb 1, L ring 1), painful when writing. LN2 2 FTC each.
3) Molluscum: 3 papules L flank -> curettage after topical LMX.
Benign lesions treated today: 4 + 3 = 7.
RTC 4 wk AD check.
""",
    "expected": E([L("99213", 1, "25"), L("17110")]),
    "coder_note": "DS-2: warts and molluscum are both benign destructions, counted together: 7 lesions -> 17110 x1. "
                  "AD flare with new prescription management is separately identifiable -> 99213-25 (17110/99213 "
                  "ind 1).",
})

SCENARIOS.append({
    "id": "s18-id-axilla-loculated-packed",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Loculated R axillary abscess broken up and packed -> 10061 (complicated); Cigna",
    "date": "2025-12-30",
    "patient": ("Sandoval", "Rhett", "1998-02-11", "male"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Abscess R axilla", "L02.411", "R axilla", reason=True),
    ],
    "procedures": [
        P("I&D abscess", site="R axilla",
          note="4 cm fluctuant abscess. 1.5 cm incision; multiple loculations broken up bluntly w/ hemostat; "
               "copious purulence; irrigated w/ NS; packed w/ 1/4-inch iodoform gauze (~30 cm).",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERM (medical) - Dr. C. Okonkwo - 12/30/2025
27M, painful swelling R armpit x 5 d, now 4 cm, fluctuant. No prior similar lesions, no sinus tracts,
no scarring, no lesions in groin/inframammary - not c/w HS. Afebrile.
Complicated I&D: multiloculated cavity - loculations bluntly disrupted, irrigated, packed (see proc).
Consent signed; 1% lido w/ epi 5 mL field block.
PMH: none. NKDA. Smoker 1/2 ppd - cessation advised.
Culture sent. Doxycycline 100 mg BID x 7 d for surrounding cellulitis 2 cm.
Packing removal/wound check in 48 h.
Return sooner for fever, spreading redness.
C. Okonkwo MD
""",
    "expected": E([L("10061")], dx={"10061": ["L02.411"]}),
    "coder_note": "Loculations disrupted + packing = complicated I&D -> 10061 (not 10060). HS explicitly ruled out "
                  "clinically.",
})

SCENARIOS.append({
    "id": "s18-nail-finger-avulsion-plus-toenail-debridement",
    "family": "nails", "shape": "free-text",
    "description": "Total avulsion R middle fingernail (onycholysis after crush) + debridement of 3 mycotic "
                   "toenails -> 11730-F7 + 11720-XS; BCBS",
    "date": "2025-10-15",
    "patient": ("Eastman", "Philippa", "1968-05-05", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Onycholysis R middle fingernail after crush injury", "L60.1", "R middle finger", reason=True),
        C("c2", "Onychomycosis, toenails, painful", "B35.1", "Bilateral great toes, L 2nd toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, total", site="R middle finger",
          note="Crush injury 6 wk ago (car door); plate 80% lifted, painful, catching. Digital block, "
               "total avulsion w/ elevator + hemostat. Nail bed intact, no laceration.", reasons=["c1"]),
        P("Debridement of nails", site="R great toe, L great toe, L 2nd toe",
          note="3 thickened dystrophic mycotic toenails debrided w/ nippers + rotary burr; painful in shoes.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Belle Rive Derm - W. Chen MD - 10/15/2025
57F. 1) R middle finger nail lifting after car-door crush 6 wk ago, catching on everything, painful.
No subungual hematoma now. 2) Thick painful toenails (KOH+ 8/2025), declined oral terbinafine (LFTs).
PMH: fatty liver, HTN. Meds: lisinopril. NKDA.
Consent signed. R 3rd finger digital block 1% plain lido 3 mL.
Procedures as documented: avulsion R 3rd fingernail; debridement of 3 toenails (different digits from
the avulsion).
Efinaconazole topical Rx to toenails. RTC 8 wk.
Fingernail bed: petrolatum + bandage daily; regrowth 4-6 mo.
W. Chen MD
""",
    "expected": E([L("11730", 1, "F7"), L("11720", 1, "XS")]),
    "coder_note": "Avulsion of one nail -> 11730 with digit modifier F7 (right 3rd finger). Debridement 1-5 nails -> "
                  "11720; 11730/11720 ind 1 and these are different nails -> XS on 11720 (column 2).",
})

SCENARIOS.append({
    "id": "s18-paring-two-calluses-one-corn",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 2 calluses + 1 corn -> 11056; Cigna",
    "date": "2025-11-18",
    "patient": ("Thibodeaux", "Garland", "1959-09-29", "male"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Calluses and corn, feet, painful", "L84", "Bilateral plantar feet, L 5th toe", reason=True),
    ],
    "note_title": "Office Procedure",
    "note": """BELLE RIVE DERMATOLOGY (Ridgeview satellite) - Jordan Pike MD - 11/18/2025
66M, mail carrier, painful hard spots on feet limiting walking.
Exam: callus R 1st MTP plantar, callus L 2nd MTP plantar, hard corn (heloma durum) dorsolateral L 5th
toe. Skin lines preserved, no pinpoint capillaries -> not warts.
Procedure: pared 3 hyperkeratotic lesions w/ #15 blade down to pliable tissue. No bleeding.
Pt tolerated w/o anesthesia.
Advised wider toe-box shoes, silicone toe sleeve, urea 40% cream.
Not diabetic, no PAD. RTC prn.
DP/PT pulses 2+ bilat; sensation intact to monofilament.
J. Pike MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring 2-4 benign hyperkeratotic lesions -> 11056 (3 lesions). Warts explicitly excluded on exam.",
})

SCENARIOS.append({
    "id": "s18-paring-precoded-five-calluses-plus-plantar-warts",
    "family": "paring", "shape": "pre-coded",
    "description": "Five calluses pre-coded as 11055 x5 plus LN2 to 2 plantar warts (17110) -> 17110 + 11057-XS; UHC",
    "date": "2026-01-08",
    "patient": ("Grabowski", "Nell", "1981-03-27", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Calluses, plantar feet, painful", "L84", "Plantar feet", reason=True),
        C("c2", "Plantar warts, L heel", "B07.0", "L heel", reason=True),
    ],
    "procedures": [
        P("Paring of callus", cpt="11055", site="R 1st MTP plantar", reasons=["c1"]),
        P("Paring of callus", cpt="11055", site="R 5th MTP plantar", reasons=["c1"]),
        P("Paring of callus", cpt="11055", site="L 1st MTP plantar", reasons=["c1"]),
        P("Paring of callus", cpt="11055", site="L hallux medial", reasons=["c1"]),
        P("Paring of callus", cpt="11055", site="R heel posterior", reasons=["c1"]),
        P("Destruction of benign lesions, up to 14", cpt="17110", site="L heel",
          note="2 plantar warts, LN2 2 FTC after debulking.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Belle Rive Derm (Ridgeview) - J. Pike MD - 01/08/2026
44F runner. Painful calluses + 2 warts on L heel (pinpoint black dots, interrupt skin lines).
Pared 5 calluses (R 1st MTP, R 5th MTP, L 1st MTP, L medial hallux, R posterior heel).
Not diabetic. Pulses nl. No anesthesia needed for paring.
Warts: consent for LN2; blister care reviewed.
Calluses pared w/ #15 blade to pliable tissue, no bleeding.
Plantar warts x2 L heel (separate from all calluses): pared then LN2.
Salicylic acid 40% pads for warts between visits. RTC 3-4 wk for repeat LN2.
Orthotic/shoe-fit counseling for callus recurrence.
J. Pike MD
""",
    "expected": E([L("17110"), L("11057", 1, "XS")], ["coding-correction"]),
    "coder_note": "Paring is one code per session by lesion count: 5 lesions -> 11057 x1 (not 11055 x5). "
                  "17110/11057 is ind 1 with 17110 as column 1; warts and calluses are different lesions -> XS on "
                  "11057.",
})

# =============================================================================================================
# Belle Rive Dermatology + Aesthetics - injections, cosmetic, tags, post-op, E/M
# =============================================================================================================

SCENARIOS.append({
    "id": "s18-il-nine-keloids-tac-over-mue",
    "family": "intralesional", "shape": "note-only",
    "description": "IL TAC 40 mg/mL to 9 keloids, 4.5 mL = 180 mg -> 11901 + J3301 capped at MUE 16; BCBS",
    "date": "2026-01-06",
    "patient": ("Adebayo-Price", "Kendrick", "1990-04-04", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Keloids, chest and shoulders, pruritic and painful", "L91.0", "Chest, bilateral shoulders",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERMATOLOGY - C. Okonkwo MD - 01/06/2026
35M, keloids after acne - presternal and shoulders, itchy + tender, catching on seatbelt. 3rd tx session
(last 10/2025 - flattening ~30%).
Lesions injected today: presternal 3, R shoulder 3, L shoulder 2, upper back 1 = 9 keloids.
Drug: triamcinolone acetonide (Kenalog-40) 40 mg/mL, undiluted, total 4.5 mL = 180 mg, 30g needle,
Luer-lock. Distribution documented on body map.
Consent signed. Pain tolerable w/ vibration device.
PMH: none. NKDA.
No atrophy/hypopigmentation from prior tx. Next session 6-8 wk; consider 5-FU mix if plateau.
C. Okonkwo MD
""",
    "expected": E([L("11901"), L("J3301", 16)], ["mue"], dx={"11901": ["L91.0"]}),
    "coder_note": "More than 7 lesions -> 11901 x1. J3301 per 10 mg: 180 mg = 18 units; MUE 16 (MAI 3) -> capped "
                  "at 16 with an mue finding (README).",
})

SCENARIOS.append({
    "id": "s18-il-alopecia-areata-precoded-per-patch",
    "family": "intralesional", "shape": "pre-coded",
    "description": "IL TAC 10 mg/mL to 3 alopecia areata patches pre-coded as 11900 on each patch -> 11900 x1 + "
                   "J3301 x3 (24 mg); Aetna",
    "date": "2025-09-23",
    "patient": ("Kowalczyk", "Marisol", "1984-12-20", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection", cpt="11900", site="Scalp patch 1 (vertex)", reasons=["c1"]),
        P("Intralesional injection", cpt="11900", site="Scalp patch 2 (R parietal)", reasons=["c1"]),
        P("Intralesional injection", cpt="11900", site="Scalp patch 3 (occiput)", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Belle Rive Derm - J. Abernathy MD - 09/23/2025
40F, AA 3 patches (vertex 3 cm, R parietal 2 cm, occiput 2.5 cm), 2nd session; early regrowth at vertex.
IL TAC 10 mg/mL, 0.1 mL aliquots q1 cm: vertex 1.0 mL, R parietal 0.6 mL, occiput 0.8 mL
=> total 2.4 mL = 24 mg.
Eyebrows/lashes spared. No nail pitting. TSH normal 7/2025.
Consent on file; tolerated well, no vasovagal.
Photos taken for comparison.
Pt asked about JAK inhibitors - not a candidate at this extent; not prescribed. RTC 6 wk.
Counseled re: possible temporary atrophy at injection sites.
J. Abernathy MD
""",
    "expected": E([L("11900"), L("J3301", 3)], ["coding-correction"], dx={"11900": ["L63.9"]}),
    "coder_note": "11900 is one unit per session for up to 7 lesions -> 11900 x1 (not x3). Drug: 24 mg "
                  "triamcinolone acetonide -> J3301 ceil(24/10) = 3 units.",
})

SCENARIOS.append({
    "id": "s18-cos-commercial-botox-glabella-plus-il-acne-cyst",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic glabellar neurotoxin (20 U) and IL TAC to one acne cyst same visit, commercial -> "
                   "neurotoxin off the claim; 11900 + J3301 x1",
    "date": "2025-08-05",
    "patient": ("Laurent-Whitaker", "Simone", "1986-09-08", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Nodulocystic acne lesion, L jawline, tender", "L70.0", "L jawline", reason=True),
        C("c2", "Glabellar rhytids (cosmetic)", "Z41.1", "Glabella"),
    ],
    "procedures": [
        P("OnabotulinumtoxinA injection, cosmetic", site="Glabella",
          note="Botox Cosmetic 20 units, 5 injection points (procerus 1, corrugators 2 each). Cosmetic - "
               "self-pay, paid at front desk.", reasons=["c2"]),
        P("Intralesional kenalog", site="L jawline",
          note="1 tender inflamed acne cyst, TAC 10 mg/mL 0.2 mL = 2 mg.", reasons=["c1"]),
    ],
    "note_title": "Aesthetics + Medical Visit",
    "note": """BELLE RIVE DERMATOLOGY + AESTHETICS - Luca Marchetti MD - 08/05/2025
39F. (a) Cosmetic: glabellar "11s" - Botox Cosmetic 20 U (self-pay package). Photos taken. Consent on file.
(b) Medical: painful cyst L jawline x 5 d before a wedding - IL TAC 2 mg (10 mg/mL, 0.2 mL).
Acne otherwise controlled on spironolactone 100 mg (continued, no change).
Cyst: tender 1 cm nodule, no fluctuance - no I&D.
Photos (cosmetic) taken; Botox consent on file.
PMH: none. NKDA. Not pregnant (on OCP).
HA filler to NLFs discussed for next visit - not done today.
Post-Botox: stay upright 4 h, no rubbing. Touch-up at 2 wk prn (self-pay).
L. Marchetti MD
""",
    "expected": E([L("11900"), L("J3301")], ["cosmetic"], dx={"11900": ["L70.0"]}),
    "coder_note": "COS-2 / conventions: cosmetic neurotoxin for rhytids with a commercial payer -> not on the claim, "
                  "cosmetic finding (patient billed directly). Covered IL injection of one acne cyst -> 11900; 2 mg "
                  "TAC -> J3301 x1. Filler only discussed.",
})

SCENARIOS.append({
    "id": "s18-cos-medicare-facial-sks-ln2-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "LN2 to 5 asymptomatic facial SKs at pt request, Medicare FFS, voluntary ABN signed -> "
                   "17110-GY-GX",
    "date": "2025-10-22",
    "patient": ("Hargrove", "Mavis", "1946-11-11", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, face, asymptomatic", "L82.1", "Temples, cheeks", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERMATOLOGY + AESTHETICS - J. Abernathy MD - 10/22/2025
78F wants "age spots" on her face removed before her granddaughter's wedding; bothered by appearance.
Lesions: 5 stuck-on tan-brown papules (R temple 2, L temple 1, R cheek 1, L cheek 1), 3-6 mm, classic SK
on dermoscopy. No itching, no bleeding, no irritation/inflammation, no recent change or growth.
Explained Medicare considers this cosmetic; pt signed a voluntary ABN (notice of non-coverage) and
elected to proceed.
PMH: HTN, hypothyroid. NKDA.
LN2 1 FTC each to 5 SKs. Aftercare given.
Expect blister/crust 1-2 wk; possible hypopigmentation.
J. Abernathy MD
""",
    "expected": E([L("17110", 1, "GY", "GX")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-2: asymptomatic SKs removed for appearance = statutorily excluded cosmetic service; "
                  "Medicare FFS -> GY, plus GX because a voluntary ABN is documented. 5 lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s18-cos-medicare-glycolic-peel-plus-hand-aks",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic facial glycolic peel for photoaging (15788-GY, no ABN) + LN2 to 4 AKs on hands "
                   "(17000 + 17003 x3); Medicare FFS",
    "date": "2026-01-14",
    "patient": ("Stavros", "Eleni", "1951-02-02", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Photoaging, facial dyschromia (cosmetic)", "L57.8", "Face"),
        C("c2", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
    ],
    "procedures": [
        P("Chemical peel, superficial", site="Full face",
          note="Glycolic acid 30%, 3 min, neutralized. Epidermal peel for texture/brightening at pt request.",
          reasons=["c1"]),
        P("Cryotherapy AKs", site="Dorsal hands",
          note="4 AKs (R hand 3, L hand 1), LN2 2 FTC.", reasons=["c2"]),
    ],
    "note_title": "Visit Note",
    "note": """Belle Rive Derm + Aesthetics | L. Marchetti MD | 01/14/2026
74F. Wants "fresher skin" on face - dull, mottled pigment, fine lines. No AKs on the face today (checked).
Cosmetic glycolic peel performed (see proc) - self-pay. No ABN was issued.
Peel: skin degreased, 30% glycolic 3 min, neutralized, cool compress. Mild erythema, expected.
PMH: HTN. Meds: valsartan. NKDA. No isotretinoin in past yr.
Hands: 4 gritty AKs dorsal hands -> LN2.
AK aftercare reviewed.
Hands: no other lesions of concern.
Sunscreen + retinoid discussion. RTC 4 wk for peel #2 (cosmetic series).
L. Marchetti MD
""",
    "expected": E([L("15788", 1, "GY"), L("17000"), L("17003", 3)], ["cosmetic"]),
    "coder_note": "BPM16/COS-2: facial epidermal peel for photoaging is cosmetic -> Medicare FFS 15788-GY (no "
                  "voluntary ABN, so no GX). AKs on the hands are covered (NCD 250.4): 4 lesions -> 17000 + 17003 x3. "
                  "No PTP edit between 15788 and 17000.",
})

SCENARIOS.append({
    "id": "s18-tags-eighteen-irritated-neck-axillae",
    "family": "skin-tags", "shape": "note-only",
    "description": "Snip removal of 18 irritated/bleeding skin tags -> 11200 + 11201 x1; Medicare FFS",
    "date": "2025-09-17",
    "patient": ("Fairbanks", "Rosalind", "1962-06-21", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, neck/axillae/inframammary, irritated and bleeding", "L91.8",
          "Neck, bilateral axillae, inframammary", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """BELLE RIVE DERMATOLOGY - C. Okonkwo MD - 09/17/2025
63F (on SSDI - Medicare). Skin tags rubbed by necklace, bra and purse strap; several twisted, turned
dark and bled onto clothing in the last month; some inflamed/red today.
Removed by snip excision + AlCl (symptomatic ones only):
  neck 9, R axilla 4, L axilla 3, R inframammary 2  => 18 tags.
Technique: gradle scissors, no anesthesia needed for most; AlCl hemostasis.
PMH: obesity, prediabetes, HTN. Meds: amlodipine. NKDA.
Wound care: petrolatum + bandage x 1 wk.
Small asymptomatic tags on eyelids - pt wants them left alone, not treated.
Wound care. RTC prn.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers up to 15 tags; 11201 each additional 10 or part: 3 more -> 1 unit. Symptomatic "
                  "(bleeding, inflammation, documented trauma) so covered, no GY.",
})

SCENARIOS.append({
    "id": "s18-tags-thirty-four-mue-cap",
    "family": "skin-tags", "shape": "free-text",
    "description": "Removal of 34 inflamed skin tags (neck 14, axillae 16, groin 4) -> 11200 + 11201 x2 capped at "
                   "MUE 1; Aetna",
    "date": "2026-02-26",
    "patient": ("Kincaid", "Horace", "1970-10-17", "male"),
    "provider": "marchetti", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, irritated/inflamed from shaving and belt friction", "L91.8",
          "Neck, axillae, groin", reason=True),
    ],
    "procedures": [
        P("Skin tag removal", site="Neck", note="14 tags, snip + AlCl; irritated by shaving, bleeding.",
          reasons=["c1"]),
        P("Skin tag removal", site="Bilateral axillae", note="16 tags, snip + cautery; inflamed, painful.",
          reasons=["c1"]),
        P("Skin tag removal", site="L groin", note="4 tags under belt line, rubbed raw.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Belle Rive Derm | L. Marchetti MD | 02/26/2026
55M, T2DM, many tags that bleed when shaving and get inflamed under his belt/armpits.
Exam: numerous 2-5 mm pedunculated papules; many eroded/erythematous. No other lesions of concern.
Consent signed. Snip excision w/ iris scissors; AlCl or light cautery for hemostasis.
Total removed today 14 + 16 + 4 = 34, all symptomatic (see proc notes). Photos in chart.
PMH: T2DM (A1c 7.8), HTN. Meds: metformin, lisinopril. NKDA.
Wound care: petrolatum 1 wk.
Pt aware tags removed only because symptomatic.
Counseled: new tags may form; weight/glycemic control discussed.
L. Marchetti MD
""",
    "expected": E([L("11200"), L("11201")], ["mue"]),
    "coder_note": "34 tags: 11200 (first 15) + 11201 ceil(19/10) = 2 units; 11201 MUE is 1 (MAI 3) -> capped at 1 "
                  "with an mue finding (README).",
})

SCENARIOS.append({
    "id": "s18-po-suture-removal-cheek-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after 11642 L cheek excision, provider selected 99212 -> 99024; Medicare",
    "date": "2025-11-13",
    "patient": ("Yarborough", "Cecil", "1948-12-30", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Aftercare following surgery, L cheek excision", "Z48.817", "L cheek", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-04", "11642", "Excision malignant lesion L cheek", "L cheek",
              "BCC L cheek excised, layered closure"),
    ],
    "note_title": "Post-op Visit",
    "note": """BELLE RIVE DERMATOLOGY - W. Chen MD - 11/13/2025
76M, POD 9 s/p excision BCC L cheek (path: BCC, nodular, margins clear - reviewed w/ pt at this visit).
Wound: well approximated, no erythema/drainage. Sutures removed (6-0 nylon x 7). Steri-strips.
No other concerns raised; no other problems addressed.
Meds: lisinopril, atorvastatin. No anticoag.
Pt happy with result; scar expectations reviewed.
Return for FSE as scheduled.
No E/M-level problems addressed today.
Scar care: silicone gel, sunscreen. FSE in 6 mo.
W. Chen MD
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/conventions: routine post-op visit inside the 10-day global of 11642 -> 99024, not a billable "
                  "E/M.",
})

SCENARIOS.append({
    "id": "s18-po-nummular-eczema-inside-flap-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated nummular eczema visit with new Rx 3 weeks after a cheek flap (090 global) -> "
                   "99213-24; Medicare Advantage PPO",
    "date": "2026-02-05",
    "patient": ("Moreau", "Josephine", "1955-03-08", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, bilateral lower legs", "L30.0", "Bilateral lower legs", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-15", "14040", "Adjacent tissue transfer, L cheek", "L cheek",
              "Rotation flap after Mohs L cheek BCC"),
    ],
    "note_title": "Clinic Note",
    "note": """ASHGROVE UNIVERSITY HEALTH - DERMATOLOGY CLINIC - A. Lindgren MD - 02/05/2026
70F, s/p Mohs + rotation flap L cheek 01/15/26. Flap follow-up is booked separately for 02/19 - NOT
evaluated today (pt came in for a different problem).

CC: itchy coin-shaped patches on both shins x 3 wk, oozing, spreading. Not near the surgical site.
Exam: 6-8 nummular eczematous plaques, 2-4 cm, bilateral pretibial, some crusting, no honey crust.
A: nummular dermatitis - new problem.
P: clobetasol 0.05% oint bid x 2 wk (not on face), heavy emollients, lukewarm showers. Mupirocin to
crusted areas. If no better -> patch test referral to Meridian.
F/u 3 wk (same day as flap check if possible).
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the 14040 (090 global) by the same surgeon -> modifier 24. "
                  "Flap not assessed at this visit.",
})

SCENARIOS.append({
    "id": "s18-po-new-nasal-lesion-shave-inside-excision-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Shave removal of a new bleeding 0.7 cm L alar papule 7 days after an 11402 back excision "
                   "(010 global) -> 11311-79; Medicare FFS",
    "date": "2025-10-09",
    "patient": ("Ashdown", "Percival", "1952-09-14", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, L nasal ala, bleeding", "L82.0", "L nasal ala", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-02", "11402", "Excision benign lesion R upper back", "R upper back",
              "Inflamed cyst excised, 1.6 cm excised diameter"),
    ],
    "procedures": [
        P("Shave removal", site="L nasal ala",
          note="0.7 cm friable papule, bleeds w/ blowing nose x 3 wk; shaved flush, AlCl; to path.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, L nasal ala, shave: irritated seborrheic keratosis, no atypia.", "site": "L nasal ala",
         "date": "2025-10-13"},
    ],
    "note_title": "Procedure Note",
    "note": """Belle Rive Derm - J. Abernathy MD - 10/09/2025
73M, s/p cyst excision R upper back 10/02 (sutures out at his 10/16 appt; back not examined today).
New issue: bleeding bump L nasal ala x 3 wk, bleeds w/ nose blowing. Lesion 0.7 cm. Shave removal
(intent: complete removal), AlCl, to path. Unrelated to the back surgery.
Exam: 0.7 cm friable crusted papule L nasal ala, no ulcer edge, not pearly.
Consent signed. 1% lido w/ epi 0.5 mL. DermaBlade shave flush to skin.
PMH: AF on apixaban (not held) - hemostasis with AlCl + pressure.
Wound care: petrolatum, bandage. Path by portal ~1 wk.
Back wound f/u stays 10/16 as planned.
J. Abernathy MD
""",
    "expected": E([L("11311", 1, "79")], ["global-period"], dx={"11311": ["L82.0"]}),
    "coder_note": "GS-5: unrelated procedure on a new lesion inside the 10-day global of 11402 -> 79. Nose "
                  "(FEENLM) 0.7 cm -> 11311. Bleeding documented, so covered.",
})

SCENARIOS.append({
    "id": "s18-em-medicare-screening-fse-new-pt-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare pt asking for a routine skin check, no history, no complaints, normal FSE -> "
                   "99203-GY",
    "date": "2025-08-28",
    "patient": ("Pruitt", "Lyle", "1958-04-01", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """BELLE RIVE DERMATOLOGY (Ridgeview) - Jordan Pike MD - 08/28/2025
NEW PT. 67M, just turned 65, "wants a skin check since I'm on Medicare now." No spots he is worried about,
no itching, bleeding, or changing lesions. No personal hx of skin cancer or precancers. No family hx of
melanoma or skin cancer. No immunosuppression. Never used tanning beds.
ROS skin: neg.
Exam: full skin exam incl. scalp, oral mucosa, genitals, nails - a few small uniform benign-appearing nevi
on the trunk, no lesions of concern. Nothing biopsied, nothing treated.
A: routine skin cancer screening, normal exam.
P: sun protection counseling, self-skin exam education; return prn or if any lesion changes.
Meds: atorvastatin. NKDA.
J. Pike MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5/README: screening-only FSE of an asymptomatic Medicare FFS pt with no history and nothing "
                  "found is a screening exclusion -> E/M with GY (provider-selected level kept).",
})

SCENARIOS.append({
    "id": "s18-em-precoded-99417-medicare-to-g2212",
    "family": "em", "shape": "pre-coded",
    "description": "BP flare visit by time, 74 min; pre-coded 99215 + 99417 for Medicare FFS -> 99215 + G2212 x1",
    "date": "2026-03-24",
    "patient": ("Haldane", "Wilhelmina", "1938-07-27", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 74, "em": "99215",
    "conditions": [
        C("c1", "Bullous pemphigoid, flare", "L12.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Prolonged office or outpatient E/M, each 15 min", cpt="99417",
          note="Prolonged service beyond 99215 time.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """BELLE RIVE DERMATOLOGY - Marc Baptiste MD - 03/24/2026
87F w/ BP (dx 2024, DIF+), flare x 2 wk: new tense bullae arms/thighs/abdomen, ~15% BSA, intense itch.
On clobetasol 0.05% cream (daughter applies) - not enough.
Reviewed outside labs (CBC w/ eos 1,100, CMP, A1c 7.4), prior biopsy report, and the NH medication
list. Discussed with daughter (POA) and with the NH nurse by phone.
A/P: BP flare.
 - Start doxycycline 100 mg BID + niacinamide 500 mg TID; continue whole-body clobetasol 0.05% cream
   BID (40 g/day max) w/ taper plan written for NH staff.
 - Dupilumab (off-label for BP) discussed - PA to be submitted; will start if flare persists 4 wk.
 - Systemic steroids avoided (DM, osteoporosis, fall risk).
 - Wound care orders for eroded bullae.
Time: total 74 minutes on the date of service (face-to-face 46, record/lab review 12, NH nurse call +
orders 10, documentation 6). No separately billed procedures. Level selected by time.
""",
    "expected": E([L("99215"), L("G2212")], dx={"99215": ["L12.0"]}),
    "coder_note": "EM-5: 99417 is not valid for Medicare (status I); Medicare uses G2212, counted from 69 min for "
                  "99215 -> 74 min = 1 unit. 99215 is supported by time (>=40 min).",
})

SCENARIOS.append({
    "id": "s18-mixed-precoded-newpt-cheek-bcc-rotation-flap-57",
    "family": "mixed", "shape": "pre-coded",
    "description": "New pt with bx-proven L cheek BCC, decision for same-day excision + rotation flap 8.4 sq cm; "
                   "pre-coded 99204 + 11642 + 14040 -> 99204-57 + 14040; Medicare FFS",
    "date": "2025-09-25",
    "patient": ("Vasquez-Hollis", "Arturo", "1949-01-09", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 130, "em": "99204",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, L cheek", "C44.319", "L mid cheek", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion face 1.1-2.0 cm", cpt="11642", site="L mid cheek",
          note="Lesion 1.1 cm, 4 mm margins.", reasons=["c1"]),
        P("Adjacent tissue transfer, cheek, up to 10 sq cm", cpt="14040", site="L mid cheek",
          note="Rotation flap; primary defect 2.6 sq cm + secondary defect 5.8 sq cm = 8.4 sq cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, L cheek, excision: basal cell carcinoma, nodular; margins free (closest 2 mm).",
         "site": "L cheek", "date": "2025-09-29"},
    ],
    "note_title": "New Patient Consult + Procedure",
    "note": """BELLE RIVE DERMATOLOGY - W. Chen MD - 09/25/2025
NEW PT. 76M referred by PCP w/ outside shave bx 09/02/25 (Valley Path #VP-2291): BCC, nodular, L mid cheek.
Hx: HTN, AF on apixaban (held 48 h by cardiology for possible surgery), prior SCC R hand 2018.
Exam: 1.1 cm pearly papule w/ rolled border L mid cheek; no LAD. Remainder of face/scalp without
suspicious lesions.
Discussion: Mohs (Ashgrove, 3-mo wait), standard excision w/ flap, radiation (declined), topical (not for
nodular). Pt chooses excision today w/ standard margins (no frozen sections) and flap reconstruction. Decision for
surgery made at this visit.

Procedure: excision w/ 4 mm margins -> defect 1.9 x 1.7 cm. Primary closure would distort the lower
eyelid; rotation flap designed from the inferolateral cheek. Primary defect 2.6 sq cm, secondary defect
5.8 sq cm, total 8.4 sq cm. Undermined, flap rotated, layered closure 5-0 Monocryl/6-0 nylon. EBL min.
Specimen to dermpath.
F/u 1 wk suture removal; path review.
""",
    "expected": E([L("99204", 1, "57"), L("14040")], ["ncci"], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-2: the excision is included in the adjacent tissue transfer (14040/11642 ind 1, same "
                  "lesion) -> 11642 removed. FLAP-1: 2.6 + 5.8 = 8.4 sq cm cheek -> 14040. GS-4/FLAP-4: the new-pt "
                  "E/M made the decision for a 090 procedure that day -> 99204-57.",
})

SCENARIOS.append({
    "id": "s18-mixed-psoriasis-mtx-em25-bx-shoulder-ln2-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Psoriasis on MTX with dose change and lab review (99214-25) + tangential bx R shoulder (path "
                   "BCC) + LN2 to 3 scalp AKs -> 17000-XS, 17003 x2; Medicare Advantage",
    "date": "2025-12-11",
    "patient": ("Lockhart", "Wendell", "1951-05-23", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare, on methotrexate", "L40.0", "Elbows, knees, trunk", reason=True),
        C("c2", "Basal cell carcinoma, R shoulder", "C44.612", "R posterior shoulder", reason=True),
        C("c3", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "path": [
        {"text": "Skin, R posterior shoulder, tangential biopsy: basal cell carcinoma, nodular type.",
         "site": "R posterior shoulder", "date": "2025-12-15"},
    ],
    "note_title": "Progress Note",
    "note": """BELLE RIVE DERMATOLOGY - C. Okonkwo MD - 12/11/2025
74M est pt.
1) Psoriasis: on MTX 15 mg weekly + folic acid x 8 mo; flaring (BSA 4% -> 9%) after stopping his topical.
   Labs 12/01 reviewed: CBC nl, AST/ALT nl, Cr 1.0. -> Increase MTX to 17.5 mg weekly, restart
   clobetasol soln to scalp/ointment to plaques; repeat CBC/CMP in 4 wk. Counseled re: alcohol, infection
   risk. Discussed switching to a biologic if no response by spring - not started.
2) R posterior shoulder: 0.6 cm pearly papule w/ arborizing vessels, r/o BCC -> tangential (shave) bx,
   AlCl, to path.
3) Scalp: 3 AKs (L parietal 2, vertex 1) -> LN2 2 FTC. Separate from the shoulder lesion.
F/u 4 wk labs; bx result by phone.
""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 2)],
                  dx={"11102": ["C44.612"], "17000": ["L57.0"]}),
    "coder_note": "Psoriasis MTX management (drug requiring monitoring) is separate from the procedures -> 99214-25. "
                  "11102/17000 is ind 1 with the biopsy as column 1 -> XS on 17000 (different lesion). There is no "
                  "11102/17003 (or 17000/17003) edit, so 17003 x2 carries no modifier (XS only on the column-2 code "
                  "of an edit pair).",
})

# =============================================================================================================
# Meridian Phototherapy & Contact Dermatitis Center
# =============================================================================================================

SCENARIOS.append({
    "id": "s18-patch-newpt-hand-dermatitis-80-em25",
    "family": "patch-test", "shape": "free-text",
    "description": "New pt chronic hand dermatitis: evaluation with new Rx for hand + scalp seb derm (99204-25) and "
                   "application of 80 patch-test allergens (95044 x80); BCBS",
    "date": "2025-09-02",
    "patient": ("Szabo", "Henrike", "1979-07-12", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis, r/o allergic contact dermatitis", "L30.9", "Bilateral hands",
          reason=True),
        C("c2", "Seborrheic dermatitis, scalp", "L21.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="North American 80-allergen comprehensive series applied in IQ Ultra chambers; 80 allergens. "
               "Read at 48 h and 96 h.", reasons=["c1"]),
    ],
    "note_title": "Contact Dermatitis Clinic - New Patient",
    "note": """MERIDIAN PHOTOTHERAPY & CONTACT DERMATITIS CENTER
Ren Nakamura MD - DOS 09/02/2025 - NEW PT

46F ICU nurse. Hand dermatitis x 1 yr, worse at work, fissures on fingertips, vesicles on sides of fingers.
Tried OTC HC 1%, barrier creams. Atopic hx: childhood eczema. Also flaky itchy scalp x years.
Exam: lichenified scaly plaques dorsal hands + palms, fissured fingertips, scattered vesicles lateral digits;
wrists spared. Scalp: greasy scale, erythema frontal hairline/retroauricular.
A/P:
 1. Hand dermatitis - ddx ACD (rubber accelerators, preservatives, fragrance) vs irritant vs atopic hand
    eczema. Start clobetasol 0.05% oint bid x 2 wk then weekends; cotton liners under nitrile gloves;
    bland emollient. Patch testing applied today (see proc) - 80 allergens. Work note given.
 2. Seb derm scalp - ketoconazole 2% shampoo 3x/wk, fluocinolone 0.01% oil prn.
MDM moderate (2 problems, Rx drug mgmt). Reading visits 09/04 and 09/06.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = number of allergens (80). 95044/99204 is ind 1: the evaluation with Rx management "
                  "of the hand dermatitis and of a second problem (seb derm) is separately identifiable -> 99204-25.",
})

SCENARIOS.append({
    "id": "s18-patch-112-allergens-mue-cap",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application of 112 allergens (80 baseline + 20 cosmetic + 12 own products) -> "
                   "95044 capped at MUE 90; UHC",
    "date": "2025-12-08",
    "patient": ("Whitcombe", "Laurel", "1966-01-25", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Eyelid and facial dermatitis, suspected allergic contact dermatitis", "L30.9",
          "Eyelids, face", reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": """MERIDIAN CONTACT DERMATITIS CENTER - Rafael Santos MD - 12/08/2025
59F, referred w/ recurrent eyelid/facial dermatitis x 8 mo; seen 11/17 for eval (billed then).
Today: application only.
 - North American 80 comprehensive series: 80
 - Cosmetic/preservative supplemental series: 20
 - Pt's own products (as is / diluted per protocol): 12
 TOTAL ALLERGENS APPLIED: 112 (upper back + upper arms), IQ chambers, marked w/ skin marker.
Instructions: keep dry, no sun to back, avoid topical steroids to back. Readings Wed (48 h) + Fri (96 h).
No change to current regimen (tacrolimus 0.1% oint to eyelids continued).
R. Santos MD
""",
    "expected": E([L("95044", 90)], ["mue"]),
    "coder_note": "95044 is per allergen: 112; MUE 90 (MAI 3) -> capped at 90 with an mue finding (README). No E/M "
                  "today (evaluation was a prior visit).",
})

SCENARIOS.append({
    "id": "s18-photo-precoded-nbuvb-as-goeckerman",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "NB-UVB session for psoriasis pre-coded 96910 although no tar/petrolatum applied -> 96900; "
                   "Medicare FFS",
    "date": "2025-10-01",
    "patient": ("Dunleavy", "Corbin", "1957-04-14", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Plaque psoriasis, 14% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy, tar and UVB", cpt="96910", site="Whole body",
          note="NB-UVB 311 nm, 1,250 mJ/cm2, session #14.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """MERIDIAN PHOTOTHERAPY CENTER - NBUVB TREATMENT RECORD
Supervising MD: R. Nakamura. Tx by: K. Ott, RN. DOS 10/01/2025
68M, plaque psoriasis ~14% BSA (PASI 11 at baseline), on NBUVB 3x/wk since 08/2025.
Session #14. Skin type II. Last dose 1,150 mJ/cm2 -> today 1,250 (+~10%). No erythema after last tx.
Full-body booth, goggles, face shielded, genitals covered.
Topicals: calcipotriene cream at home. NO crude coal tar, NO tar/petrolatum applied in clinic (Goeckerman
not used).
Response: plaques thinner, itch improved. Next: 10/03.
Protocol reviewed by MD; no dose hold criteria met.
K. Ott RN / R. Nakamura MD (supervising)
""",
    "expected": E([L("96900")], ["coding-correction"], dx={"96900": ["L40.0"]}),
    "coder_note": "NB-UVB alone is actinotherapy 96900; 96910 requires tar/petrolatum + UVB (Goeckerman-type), which "
                  "is explicitly not used. Psoriasis UV covered under NCD 250.1.",
})

SCENARIOS.append({
    "id": "s18-photo-precoded-excimer-two-sites-total-area",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer for vitiligo, face 120 sq cm + hands 150 sq cm pre-coded 96920 twice -> one 96921 "
                   "(270 sq cm total); Aetna",
    "date": "2026-02-10",
    "patient": ("Achterberg", "Nadia", "2001-10-30", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Vitiligo, nonsegmental, face and dorsal hands", "L80", "Face, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment", cpt="96920", site="Face (perioral, periocular)",
          note="Treated area 120 sq cm.", reasons=["c1"]),
        P("Excimer laser treatment", cpt="96920", site="Dorsal hands",
          note="Treated area 150 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "note": """MERIDIAN PHOTOTHERAPY CENTER - 308 nm EXCIMER
Rafael Santos MD - 02/10/2026
24F, NSV face + dorsal hands, stable x 1 yr on tacrolimus 0.1%. Excimer tx #9 (course 2, PA on file).
Treated areas: face 120 sq cm (perioral + periocular, eye shields) and dorsal hands 150 sq cm.
Total treated area today: 270 sq cm. Doses: face 250 mJ/cm2, hands 600 mJ/cm2. Perifollicular
repigmentation noted on the face.
Continue 2x/wk. No blistering.
Goggles/eye shields used; hands: no Koebner at sites.
Sunscreen to untreated areas; tacrolimus continued.
R. Santos MD
""",
    "expected": E([L("96921")], ["coding-correction"], dx={"96921": ["L80"]}),
    "coder_note": "Excimer codes are by TOTAL area treated in the session, one code per session: 120 + 150 = 270 sq cm "
                  "-> 96921 (250-500), not 96920 per site.",
})

SCENARIOS.append({
    "id": "s18-photo-goeckerman-rn-visit-99211-dropped",
    "family": "phototherapy", "shape": "free-text",
    "description": "Goeckerman day-treatment session with RN check billed as 99211 -> 96910 only (96910/99211 "
                   "ind 0); Medicare Advantage",
    "date": "2025-11-05",
    "patient": ("Pettigrew", "Ansel", "1953-08-02", "male"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 20, "em": "99211",
    "conditions": [
        C("c1", "Severe plaque psoriasis, 18% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Goeckerman therapy", site="Whole body",
          note="Crude coal tar 2% in petrolatum applied by RN, occluded 2 h, removed, then NB-UVB 900 mJ/cm2.",
          reasons=["c1"]),
        P("Nurse visit", site="Whole body",
          note="RN vitals, skin check for burning/folliculitis, reviewed home regimen. No MD evaluation.",
          reasons=["c1"]),
    ],
    "note_title": "Day Treatment Record",
    "note": """MERIDIAN PHOTOTHERAPY - GOECKERMAN DAY TREATMENT
Supervising MD: R. Nakamura (on site, did not see pt today). RN: D. Amsel. DOS 11/05/2025
72M, severe psoriasis 18% BSA, failed topicals + NBUVB monotherapy; day program wk 3.
Tar 2% in petrolatum applied, occlusion 2 h, then NB-UVB 900 mJ/cm2. Mild tar folliculitis L thigh -
continue, monitor. Vitals nl. Pt tolerating.
Eye protection worn during UV. No burning (MED-based dosing).
Tar removed w/ mineral oil before UV.
Home: emollients, clobetasol to resistant plaques.
Next session tomorrow.
D. Amsel RN / R. Nakamura MD (supervising)
""",
    "expected": E([L("96910")], ["ncci"], dx={"96910": ["L40.0"]}),
    "coder_note": "Tar + UVB = 96910. The RN 99211 is ind 0 with 96910 (never payable together) -> 99211 removed.",
})

SCENARIOS.append({
    "id": "s18-photo-puva-not-indicated-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA for limited, non-disabling psoriasis without failed conventional therapy; ABN signed -> "
                   "96912-GA; Medicare FFS",
    "date": "2026-03-17",
    "patient": ("Rinaldi", "Concetta", "1950-05-19", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Plaque psoriasis, 6% BSA", "L40.0", "Elbows, knees, lower back", reason=True),
    ],
    "note_title": "PUVA Treatment Record",
    "note": """MERIDIAN PHOTOTHERAPY CENTER - PUVA
Rafael Santos MD - DOS 03/17/2026
75F, plaque psoriasis ~6% BSA (elbows, knees, sacrum), not disabling - works part-time, no functional
limitation. Has only used a mid-potency topical steroid, with partial benefit; has not tried NBUVB,
calcipotriene or any systemic. Requests PUVA specifically (had it in Italy in the 1990s).
Counseled: Medicare covers PUVA only for intractable, disabling psoriasis after failure of conventional
treatment - she does not meet this. ABN (CMS-R-131) reviewed, signed before treatment, copy on file;
she chose option 1.
8-MOP 0.4 mg/kg PO 2 h pre-tx; UVA 1.0 J/cm2 (skin type III), tx #1. UVA eyewear x 24 h.
Next: 03/19.
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/NCD 250.1: PUVA only for intractable, disabling psoriasis after failed conventional "
                  "therapy - not met, so expected to be denied as not reasonable and necessary; Medicare FFS with an "
                  "ABN on file -> GA (COS-4).",
})
