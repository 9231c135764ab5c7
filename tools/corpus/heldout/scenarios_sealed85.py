"""Sealed set 85 (s85-): tablet-charted dermatology practice.

Birchwood Dermatology Associates charts on a tablet app ("DermPad") that renders checkbox lists ([x]/[ ] or the
unicode ballot boxes), drop-down values, 'Select:' prompts and per-lesion cards (Site / Size / Dx / Procedure /
Specimen #). Fields are sometimes left at their defaults or blank. Expected answers from the rule book
(sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# Batch 1: biopsy, cosmetic, destruction
# =============================================================================================================

SCENARIOS.append({
    "id": "s85-bx-three-cards-punch-first-fourth-card-monitor",
    "family": "biopsy", "shape": "note-only",
    "description": "Lesion cards: punch + 2 tangential biopsies; 4th card left at 'Select' with Monitor checked; Medicare",
    "date": "2025-07-14",
    "patient": ("Greaves", "Arnold", "1954-02-19", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, left upper back", "D49.2", "Left upper back", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, right forearm", "D49.2", "Right dorsal forearm", reason=True),
        C("c3", "Neoplasm of unspecified behavior of skin, left cheek", "D49.2", "Left preauricular cheek", reason=True),
        C("c4", "Seborrheic keratosis", "L82.1", "Right shin"),
    ],
    "note_title": "DermPad Encounter Summary",
    "note": """BIRCHWOOD DERMATOLOGY ASSOCIATES  ::  DermPad encounter summary
Patient: GREAVES, ARNOLD   DOB 02/19/1954   DOS 07/14/2025
Provider: Sofia Ramirez, MD        Visit type: [Established v]
Chief complaint: [Spots of concern v]  "wife noticed a few spots"

Hx skin cancer:  [ ] Yes  [x] No        Anticoagulant: [ ] Yes  [x] No
Allergies: NKDA
Consent: [x] verbal  [x] written  [ ] declined

------ LESION CARD 1 of 4 ------
Site: L upper back
Size: 0.7 x 0.5 cm
Dx (clinical): Atypical nevus  v
Procedure: Punch biopsy  v     Punch size: 4 mm
Specimen #: A
Closure: [x] 1 simple interrupted 4-0 nylon   [ ] layered
------ LESION CARD 2 of 4 ------
Site: R dorsal forearm
Size: 0.6 cm
Dx (clinical): r/o SCC  v
Procedure: Tangential (shave) biopsy  v
Specimen #: B
Hemostasis: [x] AlCl3  [ ] electrocautery
------ LESION CARD 3 of 4 ------
Site: L preauricular cheek
Size: 0.4 cm
Dx (clinical): r/o BCC  v
Procedure: Tangential (shave) biopsy  v
Specimen #: C
Hemostasis: [x] AlCl3
------ LESION CARD 4 of 4 ------
Site: R shin
Size: 0.5 cm
Dx (clinical): Seborrheic keratosis  v
Procedure: Select:
Specimen #:
Plan: [x] Monitor   [ ] Treat today   [ ] Biopsy

Separate E/M today: [ ] Yes   E/M level: Select:
Wound care handout: [x] given
Follow-up: [x] path results by phone  [ ] 2 wk  [x] 6 mo FBSE

e-signed S. Ramirez MD 07/14/2025 16:02
""",
    "path": [
        {"text": "A. Skin, left upper back, punch: Dysplastic compound nevus with moderate architectural disorder "
                 "and cytologic atypia; peripheral margin involved.", "site": "Left upper back"},
        {"text": "B. Skin, right dorsal forearm, shave: Squamous cell carcinoma in situ (Bowen disease).",
         "site": "Right dorsal forearm"},
        {"text": "C. Skin, left preauricular cheek, shave: Basal cell carcinoma, nodular type.",
         "site": "Left preauricular cheek"},
    ],
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential, so the punch is the primary (11104) and the two shave biopsies "
                  "take 11103 x2. Card 4 was never biopsied (Procedure left at 'Select:', Monitor checked).",
})

SCENARIOS.append({
    "id": "s85-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Tablet template still auto-fills 11100/11101; tangential scalp + punch shin -> 11104 + 11103",
    "date": "2025-08-05",
    "patient": ("Whitcombe", "Lorna", "1968-11-30", "female"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis vs SCC, scalp", "L82.0", "Scalp, vertex", reason=True),
        C("c2", "Purpuric eruption, left shin", "L98.8", "Left shin", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Scalp, vertex",
          "Tangential biopsy, DermaBlade, to mid dermis. Specimen 1.", ["c1"]),
        P("Biopsy of skin, each additional lesion", "11101", "Left shin",
          "Punch biopsy 3 mm, full thickness, 1 simple suture. Specimen 2.", ["c2"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad // PROCEDURE NOTE                     Birchwood Dermatology Associates
Pt: Lorna Whitcombe   F   DOB 11/30/1968        DOS 08/05/2025     Wei Chen, MD
Insurance on file: UnitedHealthcare Choice Plus

Reason for visit: Select: [Growth/lesion] [Rash]  -> both selected
HPI: crusted scalp lesion, catches on comb x 2 mo; asymptomatic rusty spots L shin x 3 mo.

Timeout: [x] done    Site marked: [x]    Anesthesia: [x] 1% lido w/ epi (default)

> CARD 1   Site: Scalp, vertex    Size: 0.8 cm
           Dx: ISK vs SCC v        Procedure: Tangential bx v
           Specimen #: 1           Hemostasis: [x] Drysol
> CARD 2   Site: L shin           Size: 2 cm patch (sampled edge)
           Dx: pigmented purpuric dermatosis vs vasculitis v
           Procedure: Punch bx v  3 mm      Specimen #: 2
           Closure: [x] 1 x 4-0 nylon

Billing (auto-populated by template): 11100 x1, 11101 x1
Path: [x] Birchwood dermpath   [ ] outside lab
Instructions: [x] Vaseline + bandage daily   Suture removal: [x] 10-14 d (shin)
E/M: [ ] separate problem addressed

W. Chen MD
""",
    "path": [
        {"text": "1. Skin, scalp vertex, shave biopsy: Irritated seborrheic keratosis. No dysplasia.",
         "site": "Scalp, vertex"},
        {"text": "2. Skin, left shin, punch: Pigmented purpuric dermatosis (capillaritis). No vasculitis.",
         "site": "Left shin"},
    ],
    "expected": E([L("11104"), L("11103")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1). Punch (11104) is ranked above tangential, so the "
                  "punch is the primary and the scalp shave biopsy is 11103.",
})

SCENARIOS.append({
    "id": "s85-bx-punch-em25-psoriasis-g2211-default-on",
    "family": "biopsy", "shape": "free-text",
    "description": "Psoriasis flare starting apremilast (99214-25) + punch bx new pigmented lesion; G2211 box "
                   "left checked by default but not billable with 25; Medicare FFS",
    "date": "2025-09-18",
    "patient": ("Ostrowski", "Bernard", "1949-05-07", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis, flaring", "L40.0", "Elbows, knees, lower back", reason=True),
        C("c2", "Changing pigmented lesion, right scapula", "D49.2", "Right scapula", reason=True),
    ],
    "procedures": [
        P("Punch biopsy 4 mm", site="Right scapula",
          note="New 6 mm irregular brown macule. 4 mm punch to fat, specimen A, 2 simple sutures.", reasons=["c2"]),
    ],
    "note_title": "DermPad Progress Note",
    "note": """BIRCHWOOD DERMATOLOGY - DermPad Progress Note
Patient: Bernard Ostrowski    DOB 05/07/1949    DOS 09/18/2025
Provider: Ren Nakamura, MD      Visit: [Established v]   Level selected: [99214 v]

CC: psoriasis worse + "new mole" on back

PSORIASIS
 BSA today: 9 %  (was 3 % in May)    PGA: [3 - moderate v]
 Current tx: [x] clobetasol oint  [x] calcipotriene  [ ] methotrexate  [ ] biologic
 Joint sx: [ ] yes  [x] no          Nail pitting: [x] yes
 Assessment: exacerbation despite topicals; ran out of clobetasol in July, restarted, still flaring.
 Plan:
   [x] Start apremilast - titration pack, then 30 mg BID; GI side effects and mood reviewed
   [x] Continue calcipotriene BID to plaques
   [ ] Refer phototherapy (declined - work hours)
   [ ] Labs - not required for apremilast; weight to be tracked

NEW PIGMENTED LESION
 Card 1  Site: R scapula   Size: 6 mm   Dx: atypical nevus r/o melanoma v
         Procedure: Punch bx 4 mm v     Specimen #: A     Closure: [x] 2 x 4-0 nylon

Add-on codes (template defaults):
 [x] G2211 visit complexity (default ON for chronic dx)
 [ ] Prolonged service

Return: [x] 4 weeks psoriasis recheck   [x] suture removal 10-14 d
R. Nakamura MD  e-signed
""",
    "path": [
        {"text": "A. Skin, right scapula, punch: Junctional melanocytic nevus, no atypia. Margins clear.",
         "site": "Right scapula"},
    ],
    "expected": E([L("99214", 1, "25"), L("11104")], dx={"99214": ["L40.0"], "11104": ["D22.5"]}),
    "coder_note": "Psoriasis exacerbation with new prescription drug management is separate from the biopsy -> "
                  "99214-25 (GS-3). EM-6: G2211 is not payable on an E/M carrying modifier 25, so the template's "
                  "default-checked G2211 is not billed.",
})

SCENARIOS.append({
    "id": "s85-bx-child-incisional-on-last-card",
    "family": "biopsy", "shape": "note-only",
    "description": "Child, three biopsies: two punch, incisional wedge on last card -> 11106 + 11105 x2; Medicaid MCO",
    "date": "2025-10-02",
    "patient": ("Pereira", "Mateo", "2016-03-22", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 50,
    "conditions": [
        C("c1", "Indurated plaques, left thigh and right flank", "L98.8", "Left thigh; right flank", reason=True),
        C("c2", "Subcutaneous nodule, left upper arm", "R22.32", "Left upper arm", reason=True),
    ],
    "note_title": "DermPad Pediatric Procedure Note",
    "note": """DermPad  |  PEDIATRIC DERMATOLOGY PROCEDURE NOTE
Birchwood Dermatology Associates - Little Birch peds clinic
Patient: Mateo Pereira (9 y)    DOB 03/22/2016    DOS 10/02/2025
Attending: Folake Adeyemi, MD    Guardian present: [x] mother   [ ] father
Consent: [x] guardian written consent   [x] child assent

Indication: 4 months of firm shiny plaques + tender nodule. DDx morphea (deep) vs panniculitis.
Sedation: [ ] none  [x] topical LMX x 45 min + buffered lidocaine   Child life: [x]

#1  Site ........ L lateral thigh
    Size ........ 3.0 x 2.2 cm plaque
    Dx .......... morphea v
    Procedure ... Punch biopsy v   4 mm
    Specimen # .. 1
#2  Site ........ R flank
    Size ........ 2.5 cm plaque
    Dx .......... morphea v
    Procedure ... Punch biopsy v   4 mm
    Specimen # .. 2
#3  Site ........ L upper arm, posterior
    Size ........ 1.8 cm deep nodule
    Dx .......... panniculitis vs deep morphea v
    Procedure ... Incisional biopsy v  (fusiform wedge with #15 blade, into subcutaneous fat)
    Specimen # .. 3   [x] H&E  [ ] culture  [ ] DIF
    Closure ..... [x] simple, 4-0 Monocryl subcuticular x 1 layer

Bleeding: [x] minimal     Complications: [x] none
[ ] Additional biopsy for DIF - not done (deferred)
E/M billed separately: [ ] Yes   [x] No

F. Adeyemi MD, signed 10/02/2025
""",
    "expected": E([L("11106"), L("11105", 2)]),
    "coder_note": "BX-2: incisional outranks punch, so the third card's wedge is the primary 11106 and both punches "
                  "take 11105 (x2, MUE 3). The unchecked DIF biopsy was not done.",
})

SCENARIOS.append({
    "id": "s85-cos-sk-shave-medicare-voluntary-abn-html",
    "family": "cosmetic", "shape": "note-only",
    "description": "Two asymptomatic SKs shaved at patient request, all indication boxes unchecked, voluntary ABN; "
                   "Medicare FFS -> GY + GX",
    "date": "2025-11-12",
    "patient": ("Lindahl", "Marjorie", "1950-09-04", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 20,
    "html": True,
    "conditions": [
        C("c1", "Seborrheic keratosis, back", "L82.1", "Left mid back; right lower back", reason=True),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """<html><body>
<h3>Birchwood Dermatology Associates &mdash; DermPad Procedure Note</h3>
<p>Patient: Marjorie Lindahl &nbsp; DOB 09/04/1950 &nbsp; DOS 11/12/2025<br/>
Provider: Marc Baptiste, MD &nbsp; Visit type: Procedure only</p>
<p><b>Reason for removal:</b> Cosmetic / patient preference &#9662;</p>
<p><b>Medical indication (check all that apply):</b><br/>
&#9744; Bleeding &nbsp; &#9744; Itching &nbsp; &#9744; Inflamed / irritated &nbsp; &#9744; Pain &nbsp;
&#9744; Recent change &nbsp; &#9744; Diagnosis uncertain</p>
<p>Patient states the two "barnacles" on her back are not bothersome, she just dislikes how they look in a
swimsuit.</p>
<table border="1">
<tr><th>Card</th><th>Site</th><th>Size</th><th>Dx</th><th>Procedure</th><th>Specimen #</th></tr>
<tr><td>1</td><td>L mid back</td><td>0.8 cm</td><td>Seborrheic keratosis</td><td>Shave removal</td><td>&mdash;</td></tr>
<tr><td>2</td><td>R lower back</td><td>1.2 cm</td><td>Seborrheic keratosis</td><td>Shave removal</td><td>&mdash;</td></tr>
</table>
<p>Path: &#9744; send &nbsp; &#9745; discard (classic SK, dermoscopy confirms)</p>
<p>&#9745; Voluntary ABN (notice of non-covered service) reviewed and signed<br/>
&#9744; ABN for medical-necessity denial</p>
<p>Anesthesia: 1% lidocaine with epi (default). Hemostasis: aluminum chloride. Tolerated well.</p>
<p>Hx skin cancer: &#9744; Yes &#9745; No</p>
<p>e-signed M. Baptiste MD</p>
</body></html>""",
    "expected": E([L("11301", 1, "GX", "GY"), L("11302", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "BSL-2/COS-2/COS-4: SK removal with no BSL-3 indication is cosmetic (statutorily excluded) -> GY on "
                  "Medicare FFS, plus GX because a voluntary ABN was signed. Trunk shaves by diameter: 0.8 -> 11301, "
                  "1.2 -> 11302.",
})

SCENARIOS.append({
    "id": "s85-cos-glycolic-peel-commercial-self-pay",
    "family": "cosmetic", "shape": "free-text",
    "description": "Self-pay glycolic facial peel for photoaging; commercial payer -> nothing on the claim",
    "date": "2025-12-03",
    "patient": ("Albright", "Camille", "1979-04-15", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Photoaging of facial skin", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "procedures": [
        P("Chemical peel, facial, glycolic acid 30% (superficial)", site="Full face",
          note="Session 2 of 4 of the aesthetic peel package. Epidermal peel, neutralized at 3 min.",
          reasons=["c1"]),
    ],
    "note_title": "DermPad Aesthetic Visit",
    "note": """DermPad - AESTHETIC SERVICES
Birchwood Dermatology Associates (Aesthetic suite)
Client/Patient: Camille Albright   DOB 04/15/1979   DOS 12/03/2025
Provider: Henrietta Voss, MD

Service: Chemical peel  v      Agent: Glycolic acid  v   Strength: 30 %  v
Depth: [x] superficial / epidermal   [ ] medium   [ ] deep
Area: [x] full face  [ ] neck  [ ] chest  [ ] hands
Indication: Select:  -> "fine lines, dull texture, wants brighter skin"
Package: 4-peel aesthetic series, session 2 of 4

Billing: [ ] insurance   [x] self-pay (aesthetic package, paid at front desk)
Medical dx warranting peel (e.g. extensive AK): [ ] yes  [x] no

Pre-peel: [x] degreased w/ acetone  [x] petrolatum to alar creases/lips
Contact time 3 min, neutralized. Mild erythema, no frosting.
Post care: [x] gentle cleanser  [x] SPF 50  [x] no retinoid x 5 days
Next session: 4 weeks

H. Voss MD
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "COS-2: chemical peel for photoaging/appearance is cosmetic. Commercial payer -> no claim line, "
                  "patient billed directly (conventions 'Non-Medicare cosmetic services').",
})

SCENARIOS.append({
    "id": "s85-ds-ak-fourteen-in-words",
    "family": "destruction", "shape": "free-text",
    "description": "AK cryodestruction, count given as 'fourteen' with 6/5/3 site split -> 17000 + 17003 x13; Medicare",
    "date": "2026-01-08",
    "patient": ("Hargrove", "Walter", "1944-08-12", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp, face, dorsal hands", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "procedures": [
        P("Cryodestruction of premalignant lesions (LN2)", site="Scalp, face, dorsal hands",
          note="Fourteen actinic keratoses treated, 2 freeze-thaw cycles each.", reasons=["c1"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad PROCEDURE NOTE  -  Birchwood Dermatology Associates
Patient: Walter Hargrove   DOB 08/12/1944   DOS 01/08/2026   Adaeze Okafor, MD
Visit: [Procedure visit v]   (FBSE done 12/2025 - not repeated)

Procedure: Destruction, premalignant  v      Method: [x] LN2 spray  [ ] curettage  [ ] chemical
Diagnosis: Actinic keratosis  v

Lesion map (tap count):
   Scalp ............ six
   Face ............. five (forehead 2, R temple 1, L cheek 2)
   Dorsal hands ..... three
   TOTAL ............ fourteen
Freeze-thaw cycles: 2     Halo: 1-2 mm

[ ] Hypertrophic AK biopsied  (none needed today)
[ ] Field therapy started - discussed 5-FU cream for the scalp in spring, pt will think about it
Hx: BCC L nasal tip 2019 (excised), no recurrence.

Aftercare: [x] blister handout   [x] SPF daily
Return: [x] 6 months
A. Okafor MD
""",
    "expected": E([L("17000"), L("17003", 13)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 14 AKs -> 17000 + 17003 x13 (still below the 15-lesion 17004 threshold). 5-FU is only "
                  "discussed; no biopsy done.",
})

SCENARIOS.append({
    "id": "s85-ds-ak-seventeen-precoded-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "17 AKs pre-coded 17000 + 17003 x16 -> 17004 x1; Medicare (NGS)",
    "date": "2026-01-22",
    "patient": ("Castellano", "Rita", "1947-12-01", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Forearms, scalp", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Right forearm", "Lesion 1 of 17, LN2.", ["c1"]),
        P("Destruction premalignant lesion, each additional", "17003", "Forearms and scalp",
          "Units: 16 (lesions 2-17), LN2.", ["c1"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad ---- PROCEDURE
Pt: Rita Castellano   DOB 12/01/1947   DOS 01/22/2026   Provider: Samuel Weiss, MD
Payer on file: National Government Services (Medicare)

Dx: [Actinic keratosis v]    Method: [LN2 cryo v]   Cycles: [2 v]
Counts by site:
  R forearm [ 7 ]   L forearm [ 6 ]   Scalp [ 4 ]   Face [ 0 ]   Other [ 0 ]
  Total lesions treated: 17

Auto-coded by template: 17000 x1, 17003 x16
[ ] Biopsy performed    [ ] PDT discussed    [x] sunscreen counseling
Pt tolerated well. Expect blistering, crusting 1-2 wk.
Return: Select:
S. Weiss MD
""",
    "expected": E([L("17004")], topics=["coding-correction"]),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 once, instead of 17000/17003 (17004/17000 and "
                  "17004/17003 are indicator 0). 17003 x16 would also exceed its MUE of 13.",
})

SCENARIOS.append({
    "id": "s85-ds-shave-sample-edc-nose-bcc-path",
    "family": "destruction", "shape": "free-text",
    "description": "Shave sample then ED&C same lesion L nasal sidewall, final defect 0.9 cm, path BCC -> 17281 only",
    "date": "2025-07-30",
    "patient": ("Dunmore", "Gerald", "1951-01-28", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Pearly papule, left nasal sidewall, suspicious for BCC", "D49.2", "Left nasal sidewall",
          reason=True),
    ],
    "procedures": [
        P("Shave biopsy for histology", site="Left nasal sidewall",
          note="Lesion 0.6 cm. Shave of the lesion sent to path, then base curetted.", reasons=["c1"]),
        P("Electrodesiccation and curettage x3", site="Left nasal sidewall",
          note="Three cycles of curettage and electrodesiccation. Final defect 0.9 cm.", reasons=["c1"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad  PROCEDURE NOTE           Birchwood Dermatology Associates
Gerald Dunmore   DOB 01/28/1951   DOS 07/30/2025        Astrid Lindgren, MD

CARD 1
 Site: L nasal sidewall
 Size: 0.6 cm pearly telangiectatic papule
 Dx (clinical): BCC, nodular, suspected  v
 Procedure: Shave sample + ED&C  v
 Specimen #: 1 (shave sample, sent before curettage)
 ED&C cycles: [ ] 1  [ ] 2  [x] 3
 Final defect diameter: 0.9 cm
 Hemostasis: electrodesiccation

Patient prefers ED&C over Mohs referral after discussion (small, well-defined, primary, pt 74 y/o).
[ ] Mohs referral placed   [x] Will call with path; Mohs only if path shows aggressive subtype

Wound care: [x] petrolatum daily   Return: [x] 3 mo skin check
A. Lindgren MD
""",
    "path": [
        {"text": "1. Skin, left nasal sidewall, shave: Basal cell carcinoma, nodular type, extending to the deep "
                 "margin of this shave specimen.", "site": "Left nasal sidewall"},
    ],
    "expected": E([L("17281")], dx={"17281": ["C44.311"]}),
    "coder_note": "BX-6 (AAD worked example): sample-then-curette of the same lesion; pathology is malignant so only "
                  "the malignant destruction is reported, sized by the final curettage defect 0.9 cm on the nose "
                  "(FEENLM) -> 17281. The shave sample is not a separate biopsy line.",
})

SCENARIOS.append({
    "id": "s85-ds-edc-sbcc-shoulder-ak-count-select",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C biopsy-proven sBCC R shoulder, defect 1.4 cm -> 17262; AK card count left at 'Select:' -> "
                   "no AK line; Medicare",
    "date": "2026-02-10",
    "patient": ("Fairbanks", "Eileen", "1946-06-09", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right posterior shoulder", "C44.612", "Right posterior shoulder",
          reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Forehead, scalp", reason=True),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad  //  Birchwood Dermatology Associates  //  Procedure Note
Eileen Fairbanks  DOB 06/09/1946   DOS 02/10/2026   Kirsten Halvorsen, MD

Path on file: [x] 12/16/2025 shave bx R posterior shoulder = superficial BCC (Birchwood dermpath)

=== CARD 1 ===
Site: R posterior shoulder
Size (pre-tx): 1.0 x 0.8 cm
Dx: Superficial BCC (biopsy-proven) v
Procedure: ED&C v      Cycles: 3
Final defect: 1.4 cm
Specimen #: none (dx already established)

=== CARD 2 ===
Site: forehead / frontal scalp
Size: n/a
Dx: Actinic keratosis v
Procedure: LN2 cryotherapy v
Count: Select:
Specimen #:

Tolerated well.  [x] wound care sheet   [x] blister handout
Other: [ ] imiquimod Rx   [ ] PDT referral
Return: [x] 3 months
K. Halvorsen MD   (signed 02/10/2026 11:48)
""",
    "expected": E([L("17262")], topics=["missing-documentation"], dx={"17262": ["C44.612"]}),
    "coder_note": "DS-4: trunk/arm malignant destruction sized by final defect 1.4 cm -> 17262. The AK card has no "
                  "lesion count (left at 'Select:'), so no 17000/17003 line (README missing measurement/count).",
})

# =============================================================================================================
# Batch 2: E/M, excision benign, excision malignant
# =============================================================================================================

SCENARIOS.append({
    "id": "s85-em-medicare-screening-fbse-nothing-found",
    "family": "em", "shape": "note-only",
    "description": "Screening-only full-body skin exam, no history, no complaint, nothing found; Medicare FFS -> GY",
    "date": "2025-08-20",
    "patient": ("Sundqvist", "Harold", "1957-10-03", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "DermPad Visit Note",
    "note": """DermPad  VISIT NOTE      Birchwood Dermatology Associates
Patient: Harold Sundqvist   DOB 10/03/1957   DOS 08/20/2025    Chidi Okonkwo, MD
Visit type: [Established v]     Reason for visit: [Annual skin check v]
E/M level: [99212 v]

Concerns today:  ☐ new spot  ☐ changing spot  ☐ itch  ☐ bleeding  ☑ none - "just a routine check"
Personal hx skin cancer:  ☐ melanoma  ☐ BCC  ☐ SCC  ☑ none
Family hx melanoma (1st degree):  ☐ yes  ☑ no
Immunosuppressed:  ☐ yes  ☑ no
Tanning bed use:  ☐ yes  ☑ no

Exam: ☑ Full body skin exam (scalp, face, trunk, extremities, genitalia deferred per pt)
      Findings: Select:    -> No lesions of concern identified.
      Dermoscopy: ☐ performed (nothing warranted it)

Assessment: Skin cancer screening - negative exam.
Plan: ☑ SPF / sun protection counseling   ☐ biopsy   ☐ cryo   ☐ Rx
Return: ☑ prn / 1 yr if desired

C. Okonkwo MD   e-signed 08/20/2025
""",
    "expected": E([L("99212", 1, "GY")], dx={"99212": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; screening-only exam with no history, "
                  "no complaint and no finding -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s85-em-rosacea-rx-plus-three-aks-precoded",
    "family": "em", "shape": "pre-coded",
    "description": "Rosacea flare with new oral + topical Rx (99214) and 3 AKs destroyed same visit -> 99214-25; "
                   "Medicare Advantage",
    "date": "2025-09-25",
    "patient": ("Whitfield", "Norma", "1953-03-27", "female"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Papulopustular rosacea, flaring", "L71.9", "Cheeks, nose, chin", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Left temple; right ear helix; nasal dorsum", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Left temple", "LN2, 2 cycles.", ["c2"]),
        P("Destruction premalignant lesion, each additional", "17003", "Right helix", "LN2, 2 cycles.", ["c2"]),
        P("Destruction premalignant lesion, each additional", "17003", "Nasal dorsum", "LN2, 2 cycles.", ["c2"]),
    ],
    "note_title": "DermPad Progress Note",
    "note": """Birchwood Dermatology Associates - DermPad Progress Note
Norma Whitfield   DOB 03/27/1953   DOS 09/25/2025   Provider: Sofia Ramirez MD
Visit: [Established v]    Level: [99214 v]    Modifier: Select:

PROBLEM 1 - ROSACEA
 Subtype: [ ] ETR  [x] papulopustular  [ ] phymatous  [ ] ocular
 Status: [x] worse   [ ] stable   [ ] improved     (flare x 6 wk, ~20 papulopustules, burning)
 Triggers reviewed: [x] heat  [x] wine  [ ] spicy food
 Plan: [x] Start doxycycline 40 mg MR daily x 12 wk (reviewed photosensitivity, take w/ water)
       [x] Start ivermectin 1% cream qHS
       [ ] Stop metronidazole gel -> [x] stop (failed)
       [ ] Laser for telangiectasia (cosmetic, not today)

PROBLEM 2 - ACTINIC KERATOSES
 Card 1  Site: L temple        Size: 4 mm    Dx: AK v   Procedure: LN2 v
 Card 2  Site: R ear helix     Size: 5 mm    Dx: AK v   Procedure: LN2 v
 Card 3  Site: nasal dorsum    Size: 3 mm    Dx: AK v   Procedure: LN2 v
 Specimen #: (none)   Freeze-thaw: 2

Follow-up: [x] 6 wk rosacea recheck
S. Ramirez MD
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 2)], dx={"99214": ["L71.9"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: rosacea flare with new prescriptions is significant, separately identifiable work beyond the AK "
                  "destruction -> 25 on the E/M (17000/99214 is indicator 1). 3 AKs -> 17000 + 17003 x2.",
})

SCENARIOS.append({
    "id": "s85-em-new-patient-single-wart-decision-only",
    "family": "em", "shape": "free-text",
    "description": "New patient, only problem is one finger wart, frozen same day; 99203 selected -> E/M removed",
    "date": "2025-09-09",
    "patient": ("Okoro", "Danielle", "2001-07-18", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 15, "em": "99203",
    "conditions": [
        C("c1", "Common wart, right index finger", "B07.8", "Right index finger", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of wart", site="Right index finger, dorsal PIP",
          note="Single verruca vulgaris 5 mm, pared down with blade then LN2 x 2 cycles.", reasons=["c1"]),
    ],
    "note_title": "DermPad New Patient Note",
    "note": """DermPad :: NEW PATIENT        Birchwood Dermatology Associates
Danielle Okoro   DOB 07/18/2001   DOS 09/09/2025   Ines Castellanos, MD
Visit type: [New patient v]   Level: [99203 v]

CC: "wart on my finger" x 6 months, tried OTC salicylic acid x 2 months without change.
Other concerns: [ ] acne  [ ] rash  [ ] moles  [x] none
ROS: [x] negative
Exam: [x] focused - R hand
  Card 1  Site: R index finger, dorsal PIP   Size: 5 mm   Dx: verruca vulgaris v
          Procedure: Cryotherapy v   Cycles: 2   Specimen #: n/a
Assessment: Common wart.
Plan: [x] LN2 today   [x] continue OTC salicylic acid between visits   [ ] Rx
      [ ] candida antigen injection - offered for next time if it persists
Return: [x] 3-4 wk for repeat cryo prn
I. Castellanos MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README 'E/M removed': the only work was evaluating the wart and deciding to treat it; a new "
                  "patient does not by itself justify an E/M. Destruction of 1 wart -> 17110.",
})

SCENARIOS.append({
    "id": "s85-em-acne-inside-cyst-excision-global-24",
    "family": "em", "shape": "note-only",
    "description": "Acne flare with new Rx 7 days after a back cyst excision (010 global); incidental wound check -> "
                   "99213-24",
    "date": "2025-10-21",
    "patient": ("Brandt", "Tyler", "1999-12-11", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Acne vulgaris, flaring", "L70.0", "Face, chest", reason=True),
        C("c2", "Epidermal cyst, upper back, status post excision", "L72.0", "Upper back"),
    ],
    "prior": [
        PRIOR("2025-10-14", "11402", "Excision epidermoid cyst, upper back", "Upper back",
              "Excised diameter 1.6 cm; simple closure, sutures to come out at 14 days."),
    ],
    "note_title": "DermPad Progress Note",
    "note": """DermPad  PROGRESS NOTE
Birchwood Dermatology Associates     Provider: [Jordan Pike, MD v]
Tyler Brandt   DOB 12/11/1999   DOS 10/21/2025
Visit: [Established v]   Level: [99213 v]

Recent procedure: [x] 10/14/2025 excision cyst upper back (this office)
  Wound check (brought up by pt): [x] healing well  [ ] erythema  [ ] drainage  -> sutures stay, removal 10/28

TODAY'S PROBLEM: ACNE
 Onset of flare: ~3 wk, new job, more stress
 Distribution: [x] face  [x] chest  [ ] back
 Lesion type: [x] comedones  [x] inflammatory papules  [ ] nodules/cysts
 Prior tx: [x] adapalene 0.1% OTC  [ ] BPO  [ ] oral abx
 Plan: [x] Rx clindamycin/benzoyl peroxide gel qAM
       [x] continue adapalene qHS
       [ ] oral doxycycline - hold for now
       [ ] isotretinoin - not indicated
Counseling: [x] non-comedogenic products  [x] 8-12 wk for effect
Return: [x] 10/28 suture removal (nurse)   [x] 10 wk acne
J. Pike MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L70.0"]}),
    "coder_note": "GS-5: E/M for an unrelated problem (acne) inside the 10-day global of the 10/14 excision -> 24. "
                  "The wound check itself is post-op care included in the excision.",
})

SCENARIOS.append({
    "id": "s85-exb-inflamed-cyst-back-layered-auto-diameter-blank",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst L upper back 2.0 cm + 2 mm margins (auto-diameter field "
                   "blank) -> 11403 + 12032 (3.5 cm layered); commercial",
    "date": "2025-11-04",
    "patient": ("Marsh", "Declan", "1985-02-14", "male"),
    "provider": "marchetti", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, left upper back, recurrently inflamed", "L72.0", "Left upper back", reason=True),
    ],
    "note_title": "DermPad Excision Note",
    "note": """DermPad  EXCISION NOTE      Birchwood Dermatology Associates
Declan Marsh   DOB 02/14/1985   DOS 11/04/2025   Luca Marchetti, MD

Indication: [x] recurrent inflammation (2 episodes, I&D at urgent care 06/2025)  [x] pain  [ ] cosmetic
Consent: [x] signed   Timeout: [x]   Anesthesia: [x] 1% lido w/ epi, 8 mL

LESION CARD
 Site ............ L upper back (para-scapular)
 Size ............ 2.0 x 1.6 cm  (measured pre-op, greatest diameter 2.0)
 Dx (clinical) ... Epidermoid cyst, quiescent today  v
 Procedure ....... Excision, benign  v
 Margin .......... 2 mm
 Excised diameter (auto) ..... Select:
 Ellipse ......... 6.0 x 2.2 cm (fusiform, 3:1)
 Specimen # ...... 1  [x] path

REPAIR
 Type ............ [ ] simple  [x] intermediate (layered)  [ ] complex
 Layers .......... 3-0 Vicryl deep dermal/subcutaneous; 4-0 nylon simple interrupted
 Final length .... 3.5 cm
 (dog-ears not needed; wound closed shorter than ellipse after deep-layer tension relief)

EBL minimal. Pressure dressing.
Sutures out: [x] 14 d     Return: [x] 2 wk
L. Marchetti MD
""",
    "path": [
        {"text": "1. Skin and subcutis, left upper back, excision: Epidermal inclusion cyst with focal rupture and "
                 "granulomatous foreign-body reaction. Completely excised.", "site": "Left upper back"},
    ],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 2.0 + 2 x 0.2 = 2.4 cm (the auto field is blank but the inputs are "
                  "documented; the ellipse length is not used) -> trunk benign 11403. Recurrent inflammation and pain "
                  "make it non-cosmetic. Layered closure 3.5 cm trunk -> 12032.",
})

SCENARIOS.append({
    "id": "s85-exb-neck-nevus-precoded-ellipse-band-simple-repair",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Changing neck nevus 0.6 cm + 2 mm margins = 1.0 cm; pre-coded 11422 (from ellipse) + 12001 -> "
                   "11421 only; Medicare Advantage PPO",
    "date": "2025-12-09",
    "patient": ("Ferreira", "Lucia", "1962-08-21", "female"),
    "provider": "lindqvist", "payer": "medicare-advantage-ppo", "minutes": 35,
    "conditions": [
        C("c1", "Changing melanocytic lesion, left posterior neck", "D49.2", "Left posterior neck", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, neck, 1.1-2.0 cm", "11422", "Left posterior neck",
          "Lesion 0.6 x 0.4 cm, 2 mm margins, ellipse 3.0 cm.", ["c1"]),
        P("Simple repair, 2.5 cm or less", "12001", "Left posterior neck",
          "Single layer 5-0 nylon, 3.0 cm.", ["c1"]),
    ],
    "note_title": "DermPad Excision Note",
    "note": """DermPad /// EXCISION
Birchwood Dermatology Associates    Provider: Erik Lindqvist MD
Lucia Ferreira   DOB 08/21/1962   DOS 12/09/2025

Indication: [x] changing (darker, larger per pt photos)  [ ] bleeding  [ ] cosmetic
Dermoscopy: [x] asymmetric network, new blue-grey area -> excise for diagnosis

Card 1
 Site: L posterior neck
 Size: 0.6 x 0.4 cm
 Dx: atypical nevus v
 Procedure: Excision v     Margin: 2 mm
 Ellipse length: 3.0 cm
 Specimen #: 1
 Closure: [x] simple (single layer, 5-0 nylon)  [ ] layered
Template-suggested codes: 11422 (based on ellipse), 12001

Tolerated well. Bandage. Sutures out 7 d.
E. Lindqvist MD
""",
    "path": [
        {"text": "1. Skin, left posterior neck, excision: Compound melanocytic nevus with mild cytologic atypia. "
                 "Margins free.", "site": "Left posterior neck"},
    ],
    "expected": E([L("11421")], topics=["coding-correction", "ncci"], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-1: size is lesion + 2 x narrowest margin = 0.6 + 0.4 = 1.0 cm, not the 3.0 cm ellipse -> neck "
                  "(SNHFG) 11421. Mild atypia is benign (EX-3). Simple repair is included in the excision (EX-5; "
                  "11421/12001 indicator 1, same wound) -> 12001 removed.",
})

SCENARIOS.append({
    "id": "s85-exb-dermatofibroma-size-select-repair-kept",
    "family": "excision-benign", "shape": "free-text",
    "description": "Painful dermatofibroma R lower leg excised; Size left at 'Select:' (only path/ellipse sizes) -> no "
                   "excision line; intermediate repair 2.8 cm kept -> 12032",
    "date": "2026-01-13",
    "patient": ("Yamada", "Keiko", "1990-05-30", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Dermatofibroma, right lower leg, painful", "D23.71", "Right anterior lower leg", reason=True),
    ],
    "procedures": [
        P("Excision of benign skin lesion", site="Right anterior lower leg",
          note="Painful firm papule, catches on razor. Excised with 1 mm margins to fat.", reasons=["c1"]),
        P("Intermediate (layered) repair", site="Right anterior lower leg",
          note="4-0 Monocryl deep, 5-0 nylon superficial. Repair length 2.8 cm.", reasons=["c1"]),
    ],
    "note_title": "DermPad Excision Note",
    "note": """DermPad  -  EXCISION NOTE
Birchwood Dermatology Associates   Rafael Santos, MD
Keiko Yamada   DOB 05/30/1990   DOS 01/13/2026

Indication: [x] pain  [x] repeated trauma from shaving (cut twice, bled)  [ ] cosmetic
LESION CARD
  Site: R anterior lower leg
  Size: Select:
  Dx: Dermatofibroma v
  Procedure: Excision v     Margin: 1 mm
  Specimen #: 1
REPAIR
  Type: [ ] simple [x] intermediate [ ] complex
  Length: 2.8 cm    Layers: 4-0 Monocryl deep / 5-0 nylon
Hemostasis: [x] electrocautery
Sutures out: 14 d
R. Santos MD
""",
    "path": [
        {"text": "1. Skin, right lower leg, excision (fusiform, 3.1 x 1.2 x 0.6 cm): Dermatofibroma (benign fibrous "
                 "histiocytoma), completely excised.", "site": "Right anterior lower leg"},
    ],
    "expected": E([L("12032")], topics=["missing-documentation"], dx={"12032": ["D23.71"]}),
    "coder_note": "README missing measurement: no clinical lesion size (Size left at 'Select:'; the pathology specimen "
                  "size may not be used, EX-1) -> no excision line. The separately documented layered repair 2.8 cm "
                  "on the leg is kept -> 12032.",
})

SCENARIOS.append({
    "id": "s85-exm-scc-forearm-after-bx-intermediate",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven SCC R dorsal forearm 1.2 cm + 4 mm margins = 2.0 -> 11602 + 12032 (4.5 cm); "
                   "Medicare; prior biopsy 000 global",
    "date": "2026-02-03",
    "patient": ("Kowalczyk", "Stanley", "1942-04-25", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal forearm", "C44.622", "Right dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-13", "11102", "Tangential biopsy R dorsal forearm", "Right dorsal forearm",
              "Path: invasive SCC, well differentiated."),
    ],
    "note_title": "DermPad Excision Note",
    "note": """DermPad EXCISION NOTE - MALIGNANT
Birchwood Dermatology Associates    Adaeze Okafor, MD
Stanley Kowalczyk   DOB 04/25/1942   DOS 02/03/2026

Pre-op dx: SCC, well differentiated, R dorsal forearm (shave bx 01/13/2026, this office)
Mohs candidate? [ ] yes  [x] no - area L, well-differentiated, primary, < 2 cm
Anticoag: [x] apixaban - continued per cardiology

CARD 1
  Site .............. R dorsal forearm
  Size .............. 1.2 x 1.0 cm (biopsy scar + residual keratotic papule)
  Dx ................ SCC v
  Procedure ......... Excision, malignant v
  Margin ............ 4 mm
  Excised diameter .. 2.0 cm
  Specimen # ........ 1 (suture at 12 o'clock)
REPAIR
  [ ] simple  [x] intermediate  [ ] complex    Length: 4.5 cm
  3-0 Monocryl buried dermal, 4-0 Prolene running

EBL: minimal (pressure + cautery).   Complications: none
Sutures out: 14 d    Return: [x] 2 wk   [x] 3 mo skin check
A. Okafor MD
""",
    "path": [
        {"text": "1. Skin, right dorsal forearm, excision: Residual squamous cell carcinoma, well differentiated, "
                 "invasive to 1.1 mm; margins free (closest 3 mm).", "site": "Right dorsal forearm"},
    ],
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.622"]}),
    "coder_note": "EX-1/EX-2: 1.2 + 2 x 0.4 = 2.0 cm, arm -> 11602; layered repair 4.5 cm arm -> 12032 (EX-5, no PTP "
                  "edit). The 01/13 biopsy has a 000 global, so no global-period modifier.",
})

SCENARIOS.append({
    "id": "s85-exm-scalp-mis-precoded-benign-11422",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Known melanoma in situ scalp excised; pre-coded benign 11422 -> 11622 (0.8 + 2x0.5 = 1.8) + "
                   "12032 scalp layered 4.0 cm; Medicare",
    "date": "2026-02-17",
    "patient": ("Haverford", "Dorothy", "1948-07-16", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Melanoma in situ, scalp (left parietal)", "D03.4", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion scalp 1.1-2.0 cm", "11422", "Left parietal scalp",
          "MIS, 0.8 cm lesion, 5 mm margins.", ["c1"]),
        P("Intermediate repair scalp 2.6-7.5 cm", "12032", "Left parietal scalp", "Layered, 4.0 cm.", ["c1"]),
    ],
    "note_title": "DermPad Excision Note",
    "note": """DermPad  --  EXCISION (WIDE LOCAL)
Birchwood Dermatology Associates        Wei Chen, MD
Dorothy Haverford   DOB 07/16/1948   DOS 02/17/2026

Pre-op dx (path on file 01/20/2026): Melanoma in situ, lentiginous, L parietal scalp
Staging: ☑ in situ (Tis)   ☐ invasive
Plan per NCCN: ☑ 5 mm clinical margins   ☐ Mohs/staged excision

Lesion card
 Site: L parietal scalp
 Size: 0.8 cm (residual pigment around bx site, Wood's lamp)
 Dx: Melanoma in situ v
 Procedure: Excision v          Margin: 5 mm
 Specimen #: 1    Orientation: ☑ suture 12:00
Repair
 Type: ☑ intermediate    Length: 4.0 cm
 Galea: ☑ undermined in subgaleal plane; 3-0 Vicryl galeal/deep, staples skin

Billing codes (tablet default list): 11422, 12032
EBL 10 mL. Staples out 10 d.
W. Chen MD
""",
    "path": [
        {"text": "1. Skin, left parietal scalp, wide excision: Residual melanoma in situ, lentiginous pattern. "
                 "Margins free of in situ melanoma (closest 4 mm).", "site": "Left parietal scalp"},
    ],
    "expected": E([L("11622"), L("12032")], topics=["coding-correction"], dx={"11622": ["D03.4"]}),
    "coder_note": "EX-3: melanoma in situ (D03) takes malignant excision codes. 0.8 + 2 x 0.5 = 1.8 cm on the scalp "
                  "(SNHFG) -> 11622. Scalp layered repair 4.0 cm -> 12032 (scalp is in the 12031-12037 group).",
})

SCENARIOS.append({
    "id": "s85-exm-two-trunk-bcc-repairs-summed",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Two biopsy-proven trunk BCCs: 1.0+0.8 and 0.5+0.6 -> 11602 x2; layered repairs 3.0 + 2.0 = 5.0 "
                   "summed -> 12032; Medicare Advantage",
    "date": "2026-03-03",
    "patient": ("Quigley", "Martin", "1955-11-08", "male"),
    "provider": "baptiste", "payer": "medicare-advantage", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Basal cell carcinoma, right upper chest", "C44.519", "Right upper chest", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion", site="Left upper back",
          note="Nodular BCC 1.0 cm, 4 mm margins, specimen A.", reasons=["c1"]),
        P("Layered closure", site="Left upper back", note="Intermediate repair 3.0 cm.", reasons=["c1"]),
        P("Excision malignant lesion", site="Right upper chest",
          note="Superficial BCC 0.5 cm, 3 mm margins, specimen B.", reasons=["c2"]),
        P("Layered closure", site="Right upper chest", note="Intermediate repair 2.0 cm.", reasons=["c2"]),
    ],
    "note_title": "DermPad Excision Note",
    "note": """DermPad EXCISION NOTE (2 sites)                Birchwood Dermatology Associates
Martin Quigley   DOB 11/08/1955   DOS 03/03/2026   Marc Baptiste, MD
Path on file: [x] 02/10/2026 A = nodular BCC L upper back; B = superficial BCC R upper chest

SITE A
 Site: L upper back        Size: 1.0 cm     Dx: BCC, nodular v
 Procedure: Excision v     Margin: 4 mm     Specimen #: A
 Repair: [x] intermediate  Length: 3.0 cm
SITE B
 Site: R upper chest       Size: 0.5 cm     Dx: BCC, superficial v
 Procedure: Excision v     Margin: 3 mm     Specimen #: B
 Repair: [x] intermediate  Length: 2.0 cm

Mohs discussed: [x] not indicated (trunk, primary, small, non-aggressive)
Closure details: 3-0 Monocryl deep dermal both sites, 4-0 nylon skin
Tolerated well. Sutures out 14 d.   Return: 2 wk
M. Baptiste MD
""",
    "path": [
        {"text": "A. Skin, left upper back, excision: Basal cell carcinoma, nodular, margins free.",
         "site": "Left upper back"},
        {"text": "B. Skin, right upper chest, excision: Basal cell carcinoma, superficial multifocal, margins free.",
         "site": "Right upper chest"},
    ],
    "expected": E([L("11602", 2), L("12032")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1: A 1.0 + 0.8 = 1.8 cm, B 0.5 + 0.6 = 1.1 cm -> both trunk 11602 (summed to x2, MUE 3). "
                  "REP-1: intermediate repairs in the same group are added, 3.0 + 2.0 = 5.0 cm -> one 12032.",
})

# =============================================================================================================
# Batch 3: incision & drainage, intralesional, mixed, Mohs
# =============================================================================================================

SCENARIOS.append({
    "id": "s85-id-single-axillary-abscess-complicated-unchecked",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Single L axillary abscess, simple I&D with packing; 'complicated' and 'multiple' boxes unchecked "
                   "-> 10060; Medicaid",
    "date": "2025-08-12",
    "patient": ("Delacroix", "Jasmine", "1996-01-09", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess, left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad  PROCEDURE: INCISION & DRAINAGE
Birchwood Dermatology Associates   June Abernathy, MD
Jasmine Delacroix   DOB 01/09/1996   DOS 08/12/2025

HPI: painful lump L armpit x 5 days, now fluctuant. No fever. First episode.
HS history: ☐ prior similar lesions  ☐ sinus tracts  ☐ scarring   -> none; HS not suspected today
Exam: 2.0 cm fluctuant, tender, erythematous nodule L axilla; 3 cm surrounding erythema.

Abscess card
  Site: L axilla        Size: 2.0 cm       Number of abscesses: 1
  Type: ☑ simple / single   ☐ complicated   ☐ multiple
  Anesthesia: 1% lido w/ epi (ring block)
  Incision: 1 cm linear, #11 blade
  Drainage: ☑ purulent ~3 mL   Loculations: ☐ broken up (none)
  Irrigation: ☑ saline   Packing: ☑ 1/4" iodoform, 3 cm
  Culture: ☑ sent (aerobic)   Specimen #: C-1

Rx: ☐ oral antibiotic (not needed - small, drained, no cellulitis beyond margin)
Return: ☑ 48 h packing removal (nurse)   ☐ prn
J. Abernathy MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single, uncomplicated abscess -> 10060 (10061 is for complicated or multiple).",
})

SCENARIOS.append({
    "id": "s85-id-three-furuncles-precoded-10060-each",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Three abscesses drained same session, each pre-coded 10060 -> one 10061; Medicaid (Texas)",
    "date": "2025-09-03",
    "patient": ("Villanueva", "Marcus", "1988-06-14", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
        C("c2", "Cutaneous abscess of left lower limb", "L02.416", "Left posterior thigh", reason=True),
        C("c3", "Cutaneous abscess of right lower limb", "L02.415", "Right medial thigh", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", "10060", "Right buttock", "2.5 cm, 4 mL pus, packed.", ["c1"]),
        P("Incision and drainage of abscess", "10060", "Left posterior thigh", "1.5 cm, 2 mL pus.", ["c2"]),
        P("Incision and drainage of abscess", "10060", "Right medial thigh", "1.2 cm, 1 mL pus.", ["c3"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad :: I&D
Birchwood Dermatology Associates   Samuel Weiss, MD
Marcus Villanueva   DOB 06/14/1988   DOS 09/03/2025

Recurrent furunculosis; gym wrestler. 3 active fluctuant lesions today.
 #1 R buttock ........... 2.5 cm   I&D, 4 mL pus, iodoform packing
 #2 L posterior thigh ... 1.5 cm   I&D, 2 mL pus, no packing
 #3 R medial thigh ...... 1.2 cm   I&D, 1 mL pus, no packing
Type: [ ] simple/single   [ ] complicated   [x] multiple
Culture: [x] #1 sent (MRSA screen)
Rx: [x] TMP-SMX DS BID x 7 d   [x] chlorhexidine wash   [x] mupirocin nares BID x 5 d (decolonization)
Billing (tablet auto): 10060 x3
Return: 2-3 d packing check
S. Weiss MD
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "Multiple abscesses drained in one session -> 10061 once, not 10060 per lesion (10061/10060 "
                  "indicator 1 'more extensive'; 10060 MUE 1).",
})

SCENARIOS.append({
    "id": "s85-il-three-keloids-kenalog40-60mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Three keloids injected, Kenalog-40 0.5 mL each = 60 mg -> 11900 + J3301 x6; commercial",
    "date": "2025-09-30",
    "patient": ("Adebayo", "Tunde", "1993-10-02", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scars, chest and left earlobe", "L91.0", "Presternal chest; left earlobe", reason=True),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad  INTRALESIONAL INJECTION
Birchwood Dermatology Associates    Samuel Weiss, MD
Tunde Adebayo   DOB 10/02/1993   DOS 09/30/2025
Series: injection #3 (q4-6 wk). Itch and pain improving, lesions flatter.

Drug: [Kenalog-40 (triamcinolone acetonide) v]    Concentration: [40 mg/mL v]
Diluent: [ ] none needed

 Lesion 1  Site: presternal chest (upper)   Size: 2.5 x 1.0 cm   Volume: 0.5 mL
 Lesion 2  Site: presternal chest (lower)   Size: 1.8 x 0.8 cm   Volume: 0.5 mL
 Lesion 3  Site: L earlobe (posterior)      Size: 1.5 cm         Volume: 0.5 mL
 Lesion 4  Site: Select:                    Size:                Volume:
 Total volume: 1.5 mL    Total dose: 60 mg

Needle: 30G, Luer-lock.  [x] atrophy/hypopigmentation risk reviewed
[ ] Cryo pre-treatment   [ ] 5-FU admixture   (not today)
Return: [x] 6 weeks
S. Weiss MD
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "4.8 table: 3 lesions (up to 7) -> 11900; triamcinolone acetonide 60 mg -> J3301 x6 (per 10 mg). "
                  "The 4th row is an empty template row.",
})

SCENARIOS.append({
    "id": "s85-il-alopecia-nine-patches-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Alopecia areata, 9 patches injected, pre-coded 11900 -> 11901; TAC 10 mg/mL 2.5 mL = 25 mg -> "
                   "J3301 x3; Medicaid MCO",
    "date": "2025-10-15",
    "patient": ("Nguyen", "Linh", "2010-12-05", "female"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Alopecia areata, multifocal scalp", "L63.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Scalp",
          "Triamcinolone 10 mg/mL to alopecia patches.", ["c1"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad  ILK NOTE (intralesional)
Birchwood Dermatology Associates - Little Birch peds   Folake Adeyemi, MD
Linh Nguyen (14 y)   DOB 12/05/2010   DOS 10/15/2025    Guardian: [x] father present, consents

Dx: Alopecia areata v     SALT estimate: 15 %
Drug: [Kenalog-10 v]  10 mg/mL      Needle: 30G   Technique: 0.1 mL aliquots ~1 cm apart

Patches injected (tap to add):
  1 vertex            0.4 mL
  2 crown             0.3 mL
  3 L parietal        0.3 mL
  4 R parietal        0.3 mL
  5 L temporal        0.2 mL
  6 R temporal        0.2 mL
  7 occiput, upper    0.3 mL
  8 occiput, lower    0.3 mL
  9 R retroauricular  0.2 mL
 Total: 9 patches, 2.5 mL = 25 mg triamcinolone acetonide

Tablet billing suggestion: 11900 (default)
Also: [x] continue clobetasol solution qHS   [ ] start JAK inhibitor (discussed for future, not today)
Return: 6 weeks
F. Adeyemi MD
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "4.8 table: more than 7 lesions -> 11901 (11901/11900 indicator 0). 25 mg triamcinolone acetonide "
                  "-> J3301 x3 (ceil(25/10)).",
})

SCENARIOS.append({
    "id": "s85-il-acne-cysts-isotretinoin-start-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "Nodulocystic acne, isotretinoin start (99214-25) + ILK to 4 cysts 1 mg TAC -> 11900 + J3301 x1; "
                   "commercial Aetna",
    "date": "2025-10-28",
    "patient": ("Holloway", "Ethan", "2006-04-19", "male"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic, severe", "L70.0", "Face, chest, back", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection to acne cysts", site="Face (jawline, cheeks)",
          note="4 inflamed cysts, triamcinolone 2.5 mg/mL, 0.1 mL each (0.4 mL = 1 mg total).", reasons=["c1"]),
    ],
    "note_title": "DermPad Progress Note",
    "note": """DermPad  PROGRESS NOTE                       Birchwood Dermatology Associates
Ethan Holloway   DOB 04/19/2006   DOS 10/28/2025   Ren Nakamura, MD
Visit: [Established v]   Level: [99214 v]

ACNE - severe nodulocystic, scarring
 Failed: [x] doxycycline 100 mg x 4 mo  [x] adapalene/BPO  [x] clindamycin gel
 Today: ~12 nodules/cysts jawline, cheeks, upper back; early atrophic scars
 Decision: [x] START ISOTRETINOIN
   - iPLEDGE registration [x] done (male)   - Baseline labs: [x] lipid panel [x] LFTs ordered
   - Counseling: [x] mood/depression screen (PHQ-2 neg)  [x] dryness  [x] no blood donation  [x] no waxing
   - Dose: 40 mg daily x 1 mo then titrate; stop doxycycline (pseudotumor risk)
 ILK today for 4 painful cysts:
   Card  Site: R jawline / L jawline / R cheek / L cheek   Size: 6-9 mm each
         Drug: TAC 2.5 mg/mL   Volume: 0.1 mL each   Total: 0.4 mL (1 mg)
 [ ] I&D performed (not needed)
Return: [x] 4 wk (labs + iPLEDGE confirmation)
R. Nakamura MD
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], dx={"99214": ["L70.0"]}),
    "coder_note": "Starting isotretinoin (prescription drug management, lab monitoring) is significant work beyond the "
                  "injection -> 99214-25 (11900/99214 indicator 1). 4 lesions -> 11900; 1 mg TAC -> J3301 x1 "
                  "(ceil(1/10)).",
})

SCENARIOS.append({
    "id": "s85-mix-shave-bx-back-plus-five-aks-xs",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential bx of back lesion + 5 AKs LN2 on face -> 11102, 17000-XS, 17003 x4; Medicare",
    "date": "2025-11-18",
    "patient": ("Pemberton", "Cyril", "1940-09-30", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Lesion of uncertain nature, right lower back", "D49.2", "Right lower back", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Face", reason=True),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad  PROCEDURE NOTE              Birchwood Dermatology Associates
Cyril Pemberton   DOB 09/30/1940   DOS 11/18/2025   Chidi Okonkwo, MD

CARD A  (biopsy)
  Site: R lower back      Size: 1.1 x 0.9 cm pink scaly plaque
  Dx: r/o superficial BCC vs SCCIS v
  Procedure: Tangential biopsy v     Specimen #: A
CARD B  (destruction)
  Site: face - L forehead x2, R cheek x1, nasal tip x1, L upper lip (cutaneous) x1
  Count: 5
  Dx: Actinic keratosis v
  Procedure: LN2 cryotherapy v    Cycles: 2
  Specimen #: -
CARD C
  Site: R forearm   Dx: SK v   Procedure: Select:   (reassured, no tx)

Separate E/M: [ ] Yes
Path: [x] Birchwood dermpath
Return: [x] path call  [x] 6 mo
C. Okonkwo MD
""",
    "path": [
        {"text": "A. Skin, right lower back, shave biopsy: Superficial basal cell carcinoma.",
         "site": "Right lower back"},
    ],
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 4)],
                  dx={"11102": ["C44.519"], "17000": ["L57.0"]}),
    "coder_note": "BX-5 case 1: biopsy of a different lesion from the destroyed AKs. 11102/17000 is indicator 1 with "
                  "the destruction as column 2 -> XS on 17000. No 11102/17003 edit. 5 AKs -> 17000 + 17003 x4. "
                  "Card C untreated.",
})

SCENARIOS.append({
    "id": "s85-mix-punch-nevus-plus-eight-warts-17110-xs",
    "family": "mixed", "shape": "free-text",
    "description": "Punch bx changing nevus L thigh + LN2 to 8 warts (6 plantar, 2 hand) -> 11104, 17110-XS; UHC",
    "date": "2025-12-16",
    "patient": ("Caldwell", "Priya", "1987-03-03", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Changing nevus, left anterior thigh", "D49.2", "Left anterior thigh", reason=True),
        C("c2", "Plantar warts", "B07.0", "Both soles", reason=True),
        C("c3", "Common warts, left hand", "B07.8", "Left hand", reason=True),
    ],
    "procedures": [
        P("Punch biopsy 4 mm", site="Left anterior thigh",
          note="Changing 7 mm brown papule. 4 mm punch, specimen 1, 1 suture.", reasons=["c1"]),
        P("Cryotherapy of warts", site="Plantar feet (6), left hand (2)",
          note="Eight verrucae pared and frozen, LN2 2 cycles. Painful with walking.", reasons=["c2", "c3"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad   PROCEDURES
Birchwood Dermatology Associates    Ines Castellanos, MD
Priya Caldwell   DOB 03/03/1987   DOS 12/16/2025

[1] Site: L anterior thigh    Size: 7 mm    Dx: changing nevus v
    Procedure: Punch bx v  4 mm      Specimen #: 1      Closure: 1 x 4-0 nylon
[2] Site: R sole (3), L sole (3)     Size: 3-8 mm     Dx: plantar wart v
    Procedure: LN2 v (pared first)    Specimen #: -
[3] Site: L index finger (1), L thumb (1)   Size: 4 mm, 5 mm   Dx: verruca vulgaris v
    Procedure: LN2 v                  Specimen #: -
    Total warts treated: 8
Symptoms: [x] pain with walking   [x] spreading over 4 months   [ ] bleeding
Home care: [x] salicylic acid 40% pads nightly
[ ] Candida antigen injection - maybe next visit
Return: 3 wk
I. Castellanos MD
""",
    "path": [
        {"text": "1. Skin, left anterior thigh, punch: Compound melanocytic nevus with mild architectural disorder; "
                 "margins involved.", "site": "Left anterior thigh"},
    ],
    "expected": E([L("11104"), L("17110", 1, "XS")], dx={"17110": ["B07.0"]}),
    "coder_note": "DS-2: 8 warts -> 17110 x1 (up to 14). 11104/17110 is indicator 1 with 17110 as column 2; the warts "
                  "are different lesions from the biopsied nevus -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s85-mix-precoded-excision-shave-bx-simple-repair",
    "family": "mixed", "shape": "pre-coded",
    "description": "Pre-coded 11402 + 12001 + 11301 + 11102 (no modifiers): simple repair bundled, biopsy of a "
                   "separate lesion needs XS; Medicare Advantage PPO",
    "date": "2026-01-27",
    "patient": ("Rosenthal", "Edith", "1958-05-12", "female"),
    "provider": "marchetti", "payer": "medicare-advantage-ppo", "minutes": 50,
    "conditions": [
        C("c1", "Atypical nevus, left flank", "D49.2", "Left flank", reason=True),
        C("c2", "Bleeding intradermal nevus, right upper arm", "D22.61", "Right upper arm", reason=True),
        C("c3", "Lesion suspicious for BCC, right cheek", "D49.2", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk 1.1-2.0 cm", "11402", "Left flank",
          "Lesion 0.9 cm, 2 mm margins. Specimen 1.", ["c1"]),
        P("Simple repair 2.5 cm or less", "12001", "Left flank", "Single-layer closure of the excision, 2.4 cm.",
          ["c1"]),
        P("Shave removal trunk/arm 0.6-1.0 cm", "11301", "Right upper arm",
          "0.8 cm dome-shaped nevus, bleeds when catching on bra strap. Specimen 2.", ["c2"]),
        P("Tangential biopsy, single lesion", "11102", "Right cheek", "Shave biopsy. Specimen 3.", ["c3"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad - PROCEDURE NOTE (3 lesions)
Birchwood Dermatology Associates    Luca Marchetti, MD
Edith Rosenthal   DOB 05/12/1958   DOS 01/27/2026

LESION 1 | Site: L flank | Size: 0.9 cm | Dx: atypical nevus v | Procedure: Excision v (margin 2 mm)
         | Specimen #: 1 | Closure: [x] simple, single layer 4-0 nylon, 2.4 cm  [ ] layered
LESION 2 | Site: R upper arm | Size: 0.8 cm | Dx: IDN, traumatized v | Procedure: Shave removal v
         | Specimen #: 2 | Indication: [x] bleeding  [x] repeated trauma (bra strap)  [ ] cosmetic
LESION 3 | Site: R cheek | Size: 0.5 cm | Dx: r/o BCC v | Procedure: Tangential biopsy v
         | Specimen #: 3

Modifiers: Select:
Tolerated well. Sutures (L flank) out 10-14 d.
L. Marchetti MD
""",
    "path": [
        {"text": "1. Skin, left flank, excision: Dysplastic compound nevus, mild atypia, completely excised.",
         "site": "Left flank"},
        {"text": "2. Skin, right upper arm, shave: Intradermal melanocytic nevus with surface erosion.",
         "site": "Right upper arm"},
        {"text": "3. Skin, right cheek, shave biopsy: Basal cell carcinoma, nodular.", "site": "Right cheek"},
    ],
    "expected": E([L("11402"), L("11301"), L("11102", 1, "XS")], topics=["ncci"],
                  dx={"11402": ["D22.5"], "11301": ["D22.61"], "11102": ["C44.319"]}),
    "coder_note": "EX-1: 0.9 + 0.4 = 1.3 cm trunk -> 11402 correct. EX-5: simple repair of the excision wound is "
                  "included (11402/12001 indicator 1, same wound) -> removed. 11402/11102 and 11301/11102 are "
                  "indicator 1 with the biopsy as column 2; the cheek lesion is separate -> 11102-XS. Bleeding/trauma "
                  "makes the shave non-cosmetic.",
})

SCENARIOS.append({
    "id": "s85-mohs-nasal-dorsum-six-blocks-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs nasal dorsum BCC, stage 1 six blocks, stage 2 two blocks -> 17311 + 17312 + 17315; "
                   "layered repair 3.2 cm -> 12052; Medicare",
    "date": "2025-08-26",
    "patient": ("Ashby", "Reginald", "1945-11-21", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, nasal dorsum", "C44.311", "Nasal dorsum", reason=True),
    ],
    "note_title": "DermPad Mohs Report",
    "note": """DermPad  MOHS MICROGRAPHIC SURGERY REPORT
Birchwood Dermatology Associates - Mohs suite     Surgeon & pathologist: Erik Lindqvist, MD
Reginald Ashby   DOB 11/21/1945   DOS 08/26/2025

Pre-op: BCC, infiltrative, nasal dorsum (bx 07/29/2025, outside lab, accession on file)
AUC: [x] area H   [x] aggressive subtype   [ ] recurrent
Pre-op size: 1.1 x 0.8 cm    Anticoag: [ ] none held

STAGE TABLE
 Stage | Blocks | Result
  I    |   6    | + at blocks 2 and 5 (infiltrative strands, peripheral)
  II   |   2    | clear
  III  | Select:| -
 Total stages: 2     Blocks beyond 5 in any stage: 1 (stage I)

Final defect: 1.6 x 1.1 cm, to nasalis, no cartilage exposed
Repair options: [ ] 2nd intention  [ ] FTSG  [ ] flap  [x] linear layered closure
 Repair: [x] intermediate    Length: 3.2 cm
         5-0 Monocryl deep, 6-0 Prolene running
Specimens to outside path: [ ] none sent (all frozen in house)

Complications: none.   Pressure dressing 48 h.   Sutures out 7 d.
E. Lindqvist MD
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("12052")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head, 2 stages -> 17311 + 17312; stage I had 6 blocks -> 17315 x1 (blocks beyond 5). "
                  "MOHS-7: layered repair on the nose 3.2 cm -> 12052 (no PTP edit with 17311).",
})

SCENARIOS.append({
    "id": "s85-mohs-shin-precoded-head-codes-and-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs SCC R pretibial shin 3 stages pre-coded as 17311/17312 x2 + 88305 on layers -> 17313 + "
                   "17314 x2; Medicare Advantage",
    "date": "2025-09-16",
    "patient": ("Thornbury", "Agnes", "1939-02-02", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right pretibial shin", "C44.722", "Right pretibial shin", reason=True),
    ],
    "procedures": [
        P("Mohs, first stage", "17311", "Right pretibial shin", "Stage 1: 4 blocks.", ["c1"]),
        P("Mohs, additional stage", "17312", "Right pretibial shin", "Stage 2: 2 blocks.", ["c1"]),
        P("Mohs, additional stage", "17312", "Right pretibial shin", "Stage 3: 1 block.", ["c1"]),
        P("Surgical pathology, level IV", "88305", "Right pretibial shin",
          "Mohs layers, frozen sections read by surgeon.", ["c1"]),
    ],
    "note_title": "DermPad Mohs Report",
    "note": """DermPad MOHS REPORT
Birchwood Dermatology Associates     Kirsten Halvorsen, MD (surgeon + pathologist)
Agnes Thornbury   DOB 02/02/1939   DOS 09/16/2025

Dx: SCC, moderately differentiated, R pretibial shin (bx 08/2025 this office)
Site group: [ ] head/neck/hands/feet/genitalia   [x] trunk/arms/legs
AUC: [x] area M (pretibial)   [x] size 1.4 cm   [x] immunosuppressed (methotrexate for RA)

 Stage I   4 blocks   + deep at 6:00
 Stage II  2 blocks   + focal peripheral 7:00
 Stage III 1 block    clear
Deep structure involvement: [ ] muscle [ ] tendon [ ] bone  -> none (subcutis only)

Frozen sections: [x] in-house, read by surgeon    Permanent sections: [ ] sent
Tablet billing (auto-pulled from 'Mohs' favorites): 17311, 17312 x2, 88305
Repair: [x] second intention (pt preference, thin shin skin)
Wound care: [x] petrolatum + non-stick dressing daily, [x] leg elevation
Return: 1 wk wound check
K. Halvorsen MD
""",
    "expected": E([L("17313"), L("17314", 2)], topics=["coding-correction", "ncci"], dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: leg site, no deep structure involvement -> 17313 + 17314 x2 (3 stages, no stage over 5 "
                  "blocks). MOHS-5: no separate pathology for Mohs specimens (17313/88305 indicator 1, no exception "
                  "applies) -> 88305 removed.",
})

SCENARIOS.append({
    "id": "s85-mohs-helix-new-pt-em-decision-only-complex",
    "family": "mohs", "shape": "free-text",
    "description": "New referral for Mohs R helix BCC, 99204 selected but only Mohs decision -> E/M removed; 2 stages "
                   "+ complex repair helical rim 2.2 cm -> 17311, 17312, 13151; Medicare",
    "date": "2025-10-14",
    "patient": ("Merriweather", "Clarence", "1950-07-07", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 150, "em": "99204",
    "conditions": [
        C("c1", "Basal cell carcinoma, right helix", "C44.212", "Right helix", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Right helix", note="3 blocks, positive at 2:00.",
          reasons=["c1"]),
        P("Mohs micrographic surgery, stage 2", site="Right helix", note="1 block, clear.", reasons=["c1"]),
        P("Complex repair", site="Right helix",
          note="Defect involving the helical rim free margin; cartilage trimmed, layered closure with rim "
               "realignment. Repair length 2.2 cm.", reasons=["c1"]),
    ],
    "note_title": "DermPad Mohs Report",
    "note": """DermPad  MOHS - NEW REFERRAL, SAME-DAY SURGERY
Birchwood Dermatology Associates   Astrid Lindgren, MD (Mohs surgeon/pathologist)
Clarence Merriweather   DOB 07/07/1950   DOS 10/14/2025
Visit type: [New patient v]   Level: [99204 v]

Referral: Dr. Haskins (PCP office) - biopsy 09/22/2025: nodular BCC R helix (report reviewed)
Pre-op eval: [x] reviewed path  [x] confirmed site with pt  [x] Mohs indicated (area H)
Other skin concerns: [ ] yes  [x] no     Other problems addressed today: none
Meds: [x] reviewed (lisinopril)   Anticoag: [ ] none

MOHS
 Stage 1: 3 blocks  -> + at 2:00
 Stage 2: 1 block   -> clear
 Final defect: 1.3 x 0.9 cm involving helical rim, cartilage exposed
REPAIR
 Type: [ ] simple  [ ] intermediate  [x] complex (free margin helical rim, cartilage trimmed)
 Length: 2.2 cm
 5-0 Monocryl deep, 6-0 nylon, rim realigned
Return: 1 wk suture removal
A. Lindgren MD
""",
    "expected": E([L("17311"), L("17312"), L("13151")], dx={"17311": ["C44.212"]}),
    "coder_note": "GS-3 / README 'mohs-em-same-day-decision-only': the visit only confirmed the referral diagnosis and "
                  "the Mohs decision (000/010 procedures), no other problem addressed -> E/M removed. Ear: 2 stages "
                  "-> 17311 + 17312. REP-3: helical rim free-margin involvement = complex, ear 2.2 cm -> 13151.",
})

# =============================================================================================================
# Batch 4: nails, paring, patch tests, phototherapy
# =============================================================================================================

SCENARIOS.append({
    "id": "s85-nail-avulsion-left-thumb-matrixectomy-unchecked",
    "family": "nails", "shape": "note-only",
    "description": "Avulsion of traumatized L thumbnail, phenol matrixectomy box unchecked -> 11730-FA; commercial",
    "date": "2025-11-25",
    "patient": ("Gallagher", "Fiona", "1976-02-27", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Nail dystrophy, left thumb, post-traumatic, partially detached", "L60.3", "Left thumbnail",
          reason=True),
    ],
    "note_title": "DermPad Nail Procedure",
    "note": """DermPad  NAIL PROCEDURE                      Birchwood Dermatology Associates
Fiona Gallagher   DOB 02/27/1976   DOS 11/25/2025   Rafael Santos, MD

HPI: slammed L thumb in car door 3 wk ago; nail plate lifting, catching on clothing, painful.
Digit: [ L thumb v ]     Nail: [fingernail v]
Exam: distal 2/3 of plate detached with old subungual blood; proximal fold intact; no fracture sx.

Procedure: [Nail avulsion - total plate v]
  Block: [x] digital, 2% plain lidocaine 3 mL    Tourniquet: [x] 8 min
  Plate elevated with freer, removed intact.  Bed: [x] intact, no laceration to repair
  [ ] Phenol matrixectomy (permanent)  - NOT done; nail expected to regrow
  [ ] Nail bed / matrix biopsy         - not indicated
  Specimen #: none
Dressing: [x] Xeroform + gauze + tube gauze
Home care: soaks daily from day 2.   Return: [x] prn / 2 wk if drainage
R. Santos MD
""",
    "expected": E([L("11730", 1, "FA")], dx={"11730": ["L60.3"]}),
    "coder_note": "4.8 table: one nail avulsed -> 11730 with the digit modifier FA (left thumb) per conventions. No "
                  "matrixectomy (11750) or nail biopsy was done.",
})

SCENARIOS.append({
    "id": "s85-nail-debridement-seven-precoded-11720",
    "family": "nails", "shape": "pre-coded",
    "description": "Debridement of 7 mycotic nails pre-coded 11720 -> 11721; Cigna",
    "date": "2025-12-04",
    "patient": ("Bertolini", "Vincent", "1961-09-13", "male"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis, toenails, painful thickened", "B35.1", "Toenails, both feet", reason=True),
    ],
    "procedures": [
        P("Debridement of nails, 1 to 5", "11720", "Toenails, bilateral",
          "Mechanical debridement with nipper and rotary burr.", ["c1"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad   NAIL DEBRIDEMENT
Birchwood Dermatology Associates    Jordan Pike, MD
Vincent Bertolini   DOB 09/13/1961   DOS 12/04/2025

Dx: Onychomycosis v (KOH + culture 09/2025: T. rubrum)   Symptoms: ☑ pain in shoes  ☑ thickening
Nails debrided (tap each):
  R foot: ☑ great  ☑ 2nd  ☑ 3rd  ☐ 4th  ☐ 5th
  L foot: ☑ great  ☑ 2nd  ☑ 3rd  ☑ 4th  ☐ 5th
  Fingernails: ☐ none affected
  Count: 7
Method: ☑ nipper  ☑ rotary burr   Bleeding: ☐ none
Oral terbinafine: ☐ started - pt declined (LFT concern); ☑ efinaconazole topical continued
Tablet code: 11720 (default favorite)
Return: 10-12 wk
J. Pike MD
""",
    "expected": E([L("11721")], topics=["coding-correction"], dx={"11721": ["B35.1"]}),
    "coder_note": "4.8 table: 6 or more nails -> 11721 (11721/11720 indicator 0). No digit modifiers on 11720/11721 "
                  "under the house conventions.",
})

SCENARIOS.append({
    "id": "s85-nail-phenol-matrixectomy-both-great-toes",
    "family": "nails", "shape": "free-text",
    "description": "Recurrent ingrown nails, partial phenol matrixectomy R great toe lateral + L great toe medial -> "
                   "11750-T5 and 11750-TA; Aetna",
    "date": "2026-02-24",
    "patient": ("Sorensen", "Nils", "2003-08-08", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe, lateral border",
          reason=True),
        C("c2", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe, medial border", reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion with phenol matrixectomy (permanent)", site="Right great toe, lateral border",
          note="Lateral 3 mm of plate removed, matrix phenolized 88% x 3 x 30 s.", reasons=["c1"]),
        P("Partial nail avulsion with phenol matrixectomy (permanent)", site="Left great toe, medial border",
          note="Medial 3 mm of plate removed, matrix phenolized 88% x 3 x 30 s.", reasons=["c2"]),
    ],
    "note_title": "DermPad Nail Procedure",
    "note": """DermPad  NAIL SURGERY                Birchwood Dermatology Associates
Nils Sorensen   DOB 08/08/2003   DOS 02/24/2026   Jordan Pike, MD

Hx: 3rd episode each side in 1 year; partial avulsions 2025 at urgent care recurred. Wants permanent fix.
Infection today: [ ] yes  [x] no (granulation tissue minimal)

Digit 1: [R great toe v]   Border: [lateral v]
   [x] partial plate avulsion  [x] phenol matrixectomy 88% x3 x 30 s  [ ] total avulsion
Digit 2: [L great toe v]   Border: [medial v]
   [x] partial plate avulsion  [x] phenol matrixectomy 88% x3 x 30 s  [ ] total avulsion
Digit 3: Select:
Block: digital, 2% plain lidocaine 3 mL each toe.  Tourniquet each < 10 min.
Specimen #: none.   Granulation tissue: [ ] silver nitrate needed
Dressing: bulky gauze, post-op shoe.  Return: 2 wk
J. Pike MD
""",
    "expected": E([L("11750", 1, "T5"), L("11750", 1, "TA")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent partial removal with matrix destruction -> 11750 per toe; digit modifiers T5 (right great "
                  "toe) and TA (left great toe), so the lines stay separate (conventions). Third digit row blank.",
})

SCENARIOS.append({
    "id": "s85-paring-two-corns-one-callus-wart-unchecked",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 2 corns + 1 callus = 3 lesions -> 11056; plantar wart box unchecked; commercial",
    "date": "2025-12-02",
    "patient": ("Kaminski", "Teresa", "1969-01-31", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, feet, painful", "L84", "Both feet", reason=True),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad  PROCEDURE: PARING
Birchwood Dermatology Associates    June Abernathy, MD
Teresa Kaminski   DOB 01/31/1969   DOS 12/02/2025

CC: painful "corns" - hurts in work shoes (nurse, 12 h shifts)
Dermoscopy: [x] no thrombosed capillaries -> not warts

 Lesion 1  Site: L 5th toe, dorsolateral   Type: [heloma durum v]   Size: 5 mm
 Lesion 2  Site: R 5th toe, dorsolateral   Type: [heloma durum v]   Size: 4 mm
 Lesion 3  Site: R plantar 1st MTP head    Type: [callus (tyloma) v]  Size: 1.5 cm
 Total pared: 3

[ ] Plantar wart destruction   (no warts found)
Method: #15 blade, no bleeding.
Plan: [x] toe sleeves  [x] wider toe box  [x] 40% urea cream  [ ] podiatry referral
Return: prn
J. Abernathy MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8 table: paring of 2-4 benign hyperkeratotic lesions -> 11056. Commercial payer, so the Medicare "
                  "routine-foot-care restriction is not in play.",
})

SCENARIOS.append({
    "id": "s85-paring-six-calluses-precoded-11056",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of six calluses pre-coded 11056 -> 11057; Medicaid MCO",
    "date": "2026-01-15",
    "patient": ("Whitaker", "Lamont", "1958-10-22", "male"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, plantar feet, painful", "L84", "Plantar feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "procedures": [
        P("Paring of benign hyperkeratotic lesions, 2 to 4", "11056", "Plantar feet",
          "Calluses pared with #15 blade.", ["c1"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad // PARING
Birchwood Dermatology Associates   Chidi Okonkwo, MD
Lamont Whitaker   DOB 10/22/1958   DOS 01/15/2026
PMH: [x] T2DM w/ peripheral neuropathy (monofilament: absent sensation both forefeet)  [ ] PAD

Callus map
  R foot: 1st MTP [x]  2nd MTP [x]  5th MTP [x]  heel [ ]
  L foot: 1st MTP [x]  2nd MTP [ ]  5th MTP [x]  heel [x]
  Lesions pared: 6
Pre-ulcerative change: [ ] yes  [x] no      Bleeding: [ ] none
Tablet default code: 11056
Plan: [x] offloading insoles  [x] daily foot checks  [x] urea 20%
Return: 8 wk
C. Okonkwo MD
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "4.8 table: more than 4 lesions pared -> 11057 (11057/11056 indicator 0).",
})

SCENARIOS.append({
    "id": "s85-patch-80-allergens-fragrance-panel-unchecked",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application: NACDG 70 + 10 own products = 80; fragrance panel unchecked -> 95044 x80; "
                   "UHC",
    "date": "2026-01-06",
    "patient": ("Ibarra", "Gloria", "1982-06-25", "female"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Eyelid and facial dermatitis, chronic", "L30.9", "Eyelids, face", reason=True),
    ],
    "note_title": "DermPad Patch Test Application",
    "note": """DermPad  PATCH TEST - APPLICATION (Day 0)
Birchwood Dermatology Associates   Sofia Ramirez, MD
Gloria Ibarra   DOB 06/25/1982   DOS 01/06/2026

Indication: chronic eyelid/facial dermatitis x 8 mo, suspected allergic contact dermatitis
Off: [x] topical steroid to back x 2 wk  [x] no systemic steroid  [x] no recent sun to back

Series applied (check):
  [x] North American baseline series (NACDG) ...... 70 allergens
  [x] Patient's own products (as is / diluted) .... 10 allergens
  [ ] Fragrance supplemental series ............... (not applied)
  [ ] Hairdresser series .......................... (not applied)
  [ ] Photopatch ..................................  -
  TOTAL ALLERGENS APPLIED: 80

Chambers: Finn chambers on back, marked with skin marker
Reading schedule: [x] D2 (48 h) 01/08   [x] D4/D5 01/10
Pt instructed: keep back dry, no exercise/sweating
Separate E/M today: [ ] Yes
S. Ramirez MD
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "4.8 table: 95044 units = number of allergens applied, 70 + 10 = 80 (MUE 90). Unchecked panels not "
                  "applied; readings are on later dates.",
})

SCENARIOS.append({
    "id": "s85-patch-new-pt-hand-dermatitis-em25-36",
    "family": "patch-test", "shape": "free-text",
    "description": "New patient chronic hand dermatitis, new Rx (99204-25) + patch test 35 + 1 own glove = 36; "
                   "Medicare Advantage PPO",
    "date": "2026-01-20",
    "patient": ("Moreau", "Albert", "1956-12-14", "male"),
    "provider": "chen", "payer": "medicare-advantage-ppo", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, chronic, fissured", "L30.9", "Both hands", reason=True),
    ],
    "procedures": [
        P("Patch testing, application", site="Upper back",
          note="Pre-loaded 35-allergen panel (3 panels) + 1 patient's own nitrile glove piece = 36 tests.",
          reasons=["c1"]),
    ],
    "note_title": "DermPad New Patient Note",
    "note": """DermPad  NEW PATIENT CONSULT                   Birchwood Dermatology Associates
Albert Moreau   DOB 12/14/1956   DOS 01/20/2026   Wei Chen, MD
Visit: [New patient v]   Level: [99204 v]

HPI: 14 mo of fissured, itchy hand dermatitis, worse since retiring into woodworking; PCP tried
triamcinolone 0.1% cream and 2 prednisone tapers with rebound. Now bleeding fissures, can't grip tools.
Exposures: [x] wood stains/finishes  [x] nitrile gloves  [x] epoxy  [ ] wet work
ROS: [ ] joint pain  [ ] nail changes   Psoriasis hx: [ ] yes  [x] no
Exam: bilateral palmar/volar finger lichenified plaques, deep fissures; no nail pitting; feet clear
       KOH of palm scale: [x] done in office -> negative

Assessment: chronic hand dermatitis - ACD vs ICD; psoriasis less likely
Plan:
 [x] Start clobetasol 0.05% oint BID x 2 wk then weekends; [x] tacrolimus 0.1% oint on off days
 [x] Cotton-under-vinyl gloves for shop work; stop epoxy until results
 [x] Patch testing today: 35-allergen pre-loaded panels + own nitrile glove = 36
 [ ] Systemic (dupilumab / alitretinoin) - if patch test negative and refractory, discuss at follow-up
Readings: D2 01/22, D4 01/24
W. Chen MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 36)], dx={"99204": ["L30.9"]}),
    "coder_note": "New evaluation of a chronic worsening problem with new prescriptions is separate from the patch "
                  "test application -> 99204-25 (95044/99204 indicator 1). 36 allergens -> 95044 x36.",
})

SCENARIOS.append({
    "id": "s85-photo-nbuvb-session-puva-unchecked",
    "family": "phototherapy", "shape": "note-only",
    "description": "NB-UVB session #14 for psoriasis from flow sheet; PUVA and excimer unchecked -> 96900; commercial",
    "date": "2025-08-07",
    "patient": ("Lindqvist-Hale", "Oscar", "1980-05-05", "male"),
    "provider": "okafor", "payer": "commercial", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 14% BSA", "L40.0", "Trunk, extremities", reason=True),
    ],
    "note_title": "DermPad Phototherapy Flow Sheet",
    "note": """DermPad  PHOTOTHERAPY FLOW SHEET
Birchwood Dermatology Associates   Supervising: Adaeze Okafor, MD (on site)
Oscar Lindqvist-Hale   DOB 05/05/1980   DOS 08/07/2025

Modality: ☑ NB-UVB (311 nm)   ☐ BB-UVB   ☐ PUVA   ☐ Excimer 308   ☐ UVA1
Dx: Psoriasis vulgaris v     BSA at start: 14 %   Skin type: III
Session #: 14       Frequency: 3x/wk
Previous dose: 1,050 mJ/cm2   Erythema last session: ☑ none
Today's dose: 1,150 mJ/cm2 (+10 %)     Exposure time (auto): Select: -> 2 min 41 s
Shielding: ☑ goggles  ☑ genital shield  ☑ face shield (face clear)
Meds changed since last: ☐ yes  ☑ no      Photosensitizers: ☐ none new
Response: BSA now ~6 %, plaques thinner.
Tech: M. Ruiz, RT     Provider available: ☑
Next: 08/09/2025
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "Narrowband UVB alone is actinotherapy -> 96900, one session (MUE 1). No psoralen, no tar, no excimer.",
})

SCENARIOS.append({
    "id": "s85-photo-puva-medicare-precoded-96910",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Oral PUVA for intractable disabling psoriasis after failed topicals/MTX/NB-UVB, pre-coded 96910 -> "
                   "96912; Medicare",
    "date": "2025-09-11",
    "patient": ("Prendergast", "Eleanor", "1952-03-18", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, severe, recalcitrant", "L40.0", "Trunk, extremities, palms", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy", "96910", "Whole body", "PUVA session 6; methoxsalen 0.4 mg/kg PO 90 min prior.",
          ["c1"]),
    ],
    "note_title": "DermPad Phototherapy Flow Sheet",
    "note": """DermPad  PHOTOTHERAPY - PUVA
Birchwood Dermatology Associates    Henrietta Voss, MD
Eleanor Prendergast   DOB 03/18/1952   DOS 09/11/2025

Modality: [ ] NB-UVB  [x] PUVA (oral methoxsalen + UVA)  [ ] tar + UVB (Goeckerman)  [ ] excimer
Indication checklist (Medicare NCD 250.1):
  [x] intractable psoriasis   [x] disabling (cannot work hands/feet; BSA 22 %)
  [x] failed conventional therapy: clobetasol/calcipotriene 1 y, methotrexate 6 mo (LFTs), NB-UVB 40 tx
Session #: 6        Methoxsalen: 0.4 mg/kg = 28 mg PO at 09:00   UVA at 10:30
UVA dose: 4.5 J/cm2 (+0.5)     Eye protection: [x] UVA-blocking glasses x 24 h
Erythema: [ ] none  [x] trace, asymptomatic
Tablet code (default favorite for 'photochemotherapy'): 96910
Next: 09/15/2025
H. Voss MD
""",
    "expected": E([L("96912")], topics=["coding-correction"], dx={"96912": ["L40.0"]}),
    "coder_note": "4.8 table: PUVA (psoralen + UVA) is 96912; 96910 is tar/petrolatum + UVB. NCD 250.1 criteria for "
                  "PUVA (intractable, disabling, failed conventional therapy) are documented, so no GA/GZ.",
})

SCENARIOS.append({
    "id": "s85-photo-excimer-three-plaques-fourth-row-blank",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer to 3 plaques 120 + 90 + 70 = 280 sq cm -> 96921; 4th row blank; Aetna",
    "date": "2025-11-06",
    "patient": ("Tremblay", "Jonah", "1991-07-29", "male"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and sacrum (4% BSA)", "L40.0", "Elbows, sacrum", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment, 308 nm", site="R elbow, L elbow, sacrum",
          note="Three plaques treated: 120, 90 and 70 sq cm.", reasons=["c1"]),
    ],
    "note_title": "DermPad Laser Flow Sheet",
    "note": """DermPad  EXCIMER 308 nm FLOW SHEET
Birchwood Dermatology Associates   Ren Nakamura, MD
Jonah Tremblay   DOB 07/29/1991   DOS 11/06/2025

Dx: localized plaque psoriasis v   BSA 4 %   Topicals failed: [x] >3 mo clobetasol + calcipotriene
Course: #1 of 2025, treatment 5

 Plaque | Site      | Area (sq cm) | Dose (mJ/cm2)
   1    | R elbow   |    120       |   600
   2    | L elbow   |     90       |   600
   3    | sacrum    |     70       |   500
   4    | Select:   |              |
 Total treated area: (auto-sum not displayed)

Blistering last tx: [ ] yes [x] no
Next: 3 days
R. Nakamura MD
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "4.8 table: excimer code by total area per session: 120 + 90 + 70 = 280 sq cm (250-500) -> 96921 "
                  "x1.",
})

# =============================================================================================================
# Batch 5: post-op, repair, shave, skin tags
# =============================================================================================================

SCENARIOS.append({
    "id": "s85-po-suture-removal-day8-99212-selected",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and path review 8 days after malignant excision (010 global); 99212 selected -> "
                   "99024; Medicare",
    "date": "2026-02-03",
    "patient": ("Ellsworth", "Bernice", "1949-04-04", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper back, status post excision", "C44.519", "Left upper back",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-01-26", "11602", "Excision malignant lesion trunk 1.1-2.0 cm", "Left upper back",
              "BCC 0.9 cm + 4 mm margins; simple closure."),
    ],
    "note_title": "DermPad Post-op Note",
    "note": """DermPad  POST-OP VISIT
Birchwood Dermatology Associates    Luca Marchetti, MD
Bernice Ellsworth   DOB 04/04/1949   DOS 02/03/2026
Visit: [Established v]   Level: [99212 v]   (auto-suggested by template for 'wound check')

Procedure being followed: ☑ 01/26/2026 excision BCC L upper back (this office)   Post-op day: 8
Wound: ☑ well approximated  ☐ erythema  ☐ drainage  ☐ dehiscence
Sutures: ☑ removed (6 simple interrupted)   Steri-strips: ☑ applied
Path reviewed with pt: nodular BCC, margins clear - no further treatment needed
New concerns: ☐ yes  ☑ none
Plan: ☑ scar care (silicone gel)  ☑ SPF  ☑ FBSE in 6 months
C/o itching at site: ☐ yes
L. Marchetti MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/conventions: suture removal, wound check and path review on post-op day 8 of a 010-global "
                  "excision is included post-op care -> 99024, not an E/M.",
})

SCENARIOS.append({
    "id": "s85-po-reexcision-positive-margin-day7-precoded-no-58",
    "family": "post-op", "shape": "pre-coded",
    "description": "Re-excision of L upper arm SCC for positive margin 7 days after the first excision, excised "
                   "diameter 2.6 -> 11603-58; pre-coded without 58; UHC",
    "date": "2025-12-08",
    "patient": ("Radcliffe", "Howard", "1964-09-19", "male"),
    "provider": "okafor", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left upper arm, positive lateral margin", "C44.629", "Left upper arm",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-12-01", "11602", "Excision malignant lesion arm 1.1-2.0 cm", "Left upper arm",
              "SCC 1.0 cm + 4 mm margins; path: lateral margin positive."),
    ],
    "procedures": [
        P("Excision malignant lesion arm 2.1-3.0 cm", "11603", "Left upper arm",
          "Re-excision for positive margin. Scar/residual 1.6 cm, 5 mm margins.", ["c1"]),
    ],
    "note_title": "DermPad Excision Note",
    "note": """DermPad  RE-EXCISION
Birchwood Dermatology Associates    Adaeze Okafor, MD
Howard Radcliffe   DOB 09/19/1964   DOS 12/08/2025

Reason: [x] positive margin on 12/01/2025 excision (SCC, well diff., lateral margin involved)
Planned at time of path review: [x] yes - staged re-excision
Post-op day from first excision: 7

CARD 1
 Site: L upper arm, lateral
 Size: 1.6 cm (healing scar incl. residual erythema)
 Dx: SCC, residual v
 Procedure: Re-excision v    Margin: 5 mm
 Excised diameter: 2.6 cm
 Specimen #: 1 (stitch 12:00)
 Closure: [x] simple, single layer (wound edges mobile, no deep layer needed)  [ ] layered
Billing (tablet): 11603    Modifier: Select:
A. Okafor MD
""",
    "path": [
        {"text": "1. Skin, left upper arm, re-excision: Scar with focal residual squamous cell carcinoma in situ; "
                 "margins now free.", "site": "Left upper arm"},
    ],
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.629"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the first excision's 10-day global -> 58 (new "
                  "global). Malignant code because the original lesion was SCC; excised diameter 1.6 + 2 x 0.5 = 2.6 "
                  "cm arm -> 11603. Simple closure included.",
})

SCENARIOS.append({
    "id": "s85-rep-three-excisions-face-sum-neck-separate",
    "family": "repair", "shape": "note-only",
    "description": "Cheek SCCIS + nasal BCC + neck SCCIS excisions; face intermediate repairs 3.1 + 2.0 = 5.1 -> "
                   "12053, neck 2.0 -> 12041; 11642 x2 + 11622; Medicare",
    "date": "2025-09-23",
    "patient": ("Vandermeer", "Joost", "1943-12-30", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left cheek", "D04.39", "Left cheek", reason=True),
        C("c2", "Basal cell carcinoma, left nasal sidewall", "C44.311", "Left nasal sidewall", reason=True),
        C("c3", "Squamous cell carcinoma in situ, right lateral neck", "D04.4", "Right lateral neck", reason=True),
    ],
    "note_title": "DermPad Excision Note",
    "note": """DermPad  EXCISIONS x3 (all biopsy-proven 08/2025)        Birchwood Dermatology Associates
Joost Vandermeer   DOB 12/30/1943   DOS 09/23/2025   Marc Baptiste, MD
Mohs offered for nose: ☑ declined by pt (travel), understands recurrence risk

-- CARD 1 --
Site: L cheek          Size: 0.7 cm     Dx: SCCIS v     Procedure: Excision v
Margin: 4 mm           Specimen #: 1
Repair: ☑ intermediate   Length: 3.1 cm   (5-0 Monocryl deep, 6-0 nylon)
-- CARD 2 --
Site: L nasal sidewall Size: 0.5 cm     Dx: BCC, nodular v   Procedure: Excision v
Margin: 3 mm           Specimen #: 2
Repair: ☑ intermediate   Length: 2.0 cm   (5-0 Monocryl deep, 6-0 nylon)
-- CARD 3 --
Site: R lateral neck   Size: 0.6 cm     Dx: SCCIS v     Procedure: Excision v
Margin: 3 mm           Specimen #: 3
Repair: ☑ intermediate   Length: 2.0 cm   (4-0 Monocryl deep, 5-0 nylon)
-- CARD 4 --
Site: Select:   Size:   Dx:   Procedure:   Specimen #:

Complex repair: ☐ yes  ☑ no (no free margin, no debridement)
Sutures out: face 6 d, neck 10 d
M. Baptiste MD
""",
    "path": [
        {"text": "1. Skin, left cheek, excision: Squamous cell carcinoma in situ, margins free.", "site": "Left cheek"},
        {"text": "2. Skin, left nasal sidewall, excision: Basal cell carcinoma, nodular, margins free.",
         "site": "Left nasal sidewall"},
        {"text": "3. Skin, right lateral neck, excision: Squamous cell carcinoma in situ, margins free.",
         "site": "Right lateral neck"},
    ],
    "expected": E([L("11642", 2), L("11622"), L("12053"), L("12041")]),
    "coder_note": "EX-1: cheek 0.7 + 0.8 = 1.5 -> 11642; nose 0.5 + 0.6 = 1.1 -> 11642; neck 0.6 + 0.6 = 1.2 -> "
                  "11622 (SCCIS is malignant, EX-3). REP-1/REP-2: intermediate repairs are summed within a group: "
                  "face/nose 3.1 + 2.0 = 5.1 -> 12053; neck is a different group (12041-12047) -> 12041 for 2.0.",
})

SCENARIOS.append({
    "id": "s85-rep-dorsal-hand-precoded-12032-wrong-group",
    "family": "repair", "shape": "pre-coded",
    "description": "Benign excision dorsal R hand 0.9 + 2x0.2 = 1.3 -> 11422; layered repair 3.0 cm pre-coded 12032 "
                   "-> 12042 (hands group); commercial",
    "date": "2025-10-07",
    "patient": ("Achterberg", "Sylvie", "1972-11-11", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Enlarging tender papule, dorsal right hand", "D49.2", "Dorsal right hand", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion hand 1.1-2.0 cm", "11422", "Dorsal right hand",
          "Lesion 0.9 cm, 2 mm margins.", ["c1"]),
        P("Intermediate repair 2.6-7.5 cm", "12032", "Dorsal right hand", "Layered closure 3.0 cm.", ["c1"]),
    ],
    "note_title": "DermPad Excision Note",
    "note": """DermPad  EXCISION                      Birchwood Dermatology Associates
Sylvie Achterberg   DOB 11/11/1972   DOS 10/07/2025   Chidi Okonkwo, MD

Indication: [x] enlarging  [x] tender  [x] bleeds when bumped   [ ] cosmetic
Card 1
  Site: dorsal R hand (over 3rd metacarpal)
  Size: 0.9 cm
  Dx: adnexal tumor vs DF v
  Procedure: Excision v   Margin: 2 mm
  Specimen #: 1
Repair
  Type: [ ] simple  [x] intermediate (layered: 4-0 Monocryl deep dermal, 5-0 nylon)  [ ] complex
  Length: 3.0 cm
  Tendon exposed: [ ] no (paratenon intact)
Repair code (template default list 'trunk/extremity'): 12032
Sutures out 12 d.  Splint: [ ] not needed
C. Okonkwo MD
""",
    "path": [
        {"text": "1. Skin, dorsal right hand, excision: Eccrine poroma, completely excised. No malignancy.",
         "site": "Dorsal right hand"},
    ],
    "expected": E([L("11422"), L("12042")], topics=["coding-correction"], dx={"11422": ["D23.61"]}),
    "coder_note": "REP-2: intermediate repairs of the hands are in 12041-12047 (12031-12037 excludes hands/feet) -> "
                  "3.0 cm = 12042. Excision 0.9 + 0.4 = 1.3 cm hand (SNHFG), benign path -> 11422 as pre-coded.",
})

SCENARIOS.append({
    "id": "s85-shave-nose-ear-bleeding-nevi-cheek-declined",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of bleeding nevi: R nasal sidewall 0.4 -> 11310, L earlobe 0.7 -> 11311; cheek card "
                   "cosmetic, declined; Cigna",
    "date": "2025-07-22",
    "patient": ("Marchand", "Celeste", "1984-08-30", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal nevus, right nasal sidewall, traumatized", "D22.39", "Right nasal sidewall",
          reason=True),
        C("c2", "Intradermal nevus, left earlobe, traumatized", "D22.22", "Left earlobe", reason=True),
        C("c3", "Benign nevus, left cheek", "D22.39", "Left cheek"),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad   SHAVE REMOVAL
Birchwood Dermatology Associates   June Abernathy, MD
Celeste Marchand   DOB 08/30/1984   DOS 07/22/2025

+ CARD 1
   Site: R nasal sidewall (glasses nose-pad)   Size: 0.4 cm
   Dx: IDN v    Indication: [x] bleeding (rubbed by glasses, bled x3)  [ ] cosmetic
   Procedure: Shave removal v      Specimen #: 1
+ CARD 2
   Site: L earlobe (anterior)                 Size: 0.7 cm
   Dx: IDN v    Indication: [x] bleeding / catches on earrings  [x] irritated
   Procedure: Shave removal v      Specimen #: 2
+ CARD 3
   Site: L cheek                              Size: 0.5 cm
   Dx: benign nevus v    Indication: [ ] bleeding [ ] itching [x] cosmetic
   Procedure: Select:   -> pt decided not to remove today after cost discussion

Hemostasis: [x] AlCl3  [ ] electrocautery
Wound care: petrolatum, bandage.  Path call 1-2 wk.
J. Abernathy MD
""",
    "path": [
        {"text": "1. Skin, right nasal sidewall, shave: Intradermal nevus.", "site": "Right nasal sidewall"},
        {"text": "2. Skin, left earlobe, shave: Intradermal nevus with surface erosion.", "site": "Left earlobe"},
    ],
    "expected": E([L("11310"), L("11311")], dx={"11310": ["D22.39"], "11311": ["D22.22"]}),
    "coder_note": "SH-1: face/ear/nose group (FEENLM) by lesion diameter: 0.4 -> 11310, 0.7 -> 11311. Bleeding from "
                  "trauma documented for both (BSL-3). Card 3 not removed.",
})

SCENARIOS.append({
    "id": "s85-shave-scalp-size-select-neck-isk-medicare",
    "family": "shave", "shape": "free-text",
    "description": "Two inflamed SKs shaved: scalp size left at 'Select:' -> no line; L neck 1.2 cm -> 11307; Medicare",
    "date": "2025-08-28",
    "patient": ("Birchall", "Vernon", "1946-03-09", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Right parietal scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left neck", "L82.0", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right parietal scalp",
          note="Inflamed, crusted SK, bleeds when combing. Shave removal, specimen 1.", reasons=["c1"]),
        P("Shave removal", site="Left lateral neck",
          note="Inflamed SK 1.2 cm, itching and bleeding on collar. Shave removal, specimen 2.", reasons=["c2"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad  SHAVE REMOVAL x2               Birchwood Dermatology Associates
Vernon Birchall   DOB 03/09/1946   DOS 08/28/2025   Kirsten Halvorsen, MD

[Card 1]  Site: R parietal scalp
          Size: Select:
          Dx: ISK v     Indication: [x] bleeding (comb)  [x] inflamed, crusted
          Procedure: Shave removal v      Specimen #: 1
[Card 2]  Site: L lateral neck
          Size: 1.2 cm
          Dx: ISK v     Indication: [x] itching  [x] bleeding (collar)  [x] erythematous base
          Procedure: Shave removal v      Specimen #: 2
Hemostasis: [x] electrocautery
Also seen: multiple flat SKs trunk - [x] reassured, no treatment
K. Halvorsen MD
""",
    "path": [
        {"text": "1. Skin, right parietal scalp, shave: Irritated seborrheic keratosis.", "site": "Right parietal scalp"},
        {"text": "2. Skin, left lateral neck, shave: Inflamed seborrheic keratosis.", "site": "Left lateral neck"},
    ],
    "expected": E([L("11307")], topics=["missing-documentation"], dx={"11307": ["L82.0"]}),
    "coder_note": "README missing measurement: the scalp lesion has no size -> no shave line for it. Neck (SNHFG) "
                  "1.2 cm -> 11307. Inflamed, bleeding and itching SKs meet BSL-3, so no GY.",
})

SCENARIOS.append({
    "id": "s85-shave-precoded-11300-twice-back-band-wrong",
    "family": "shave", "shape": "pre-coded",
    "description": "Two irritated SKs shaved, both pre-coded 11300: R upper back 1.5 cm -> 11302, L thigh 0.5 -> 11300; "
                   "Medicare Advantage PPO",
    "date": "2025-12-11",
    "patient": ("Lockhart", "Imelda", "1951-10-17", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right upper back", "L82.0", "Right upper back", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left thigh", "L82.0", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Shave removal trunk/arms/legs 0.5 cm or less", "11300", "Right upper back",
          "ISK 1.5 x 1.1 cm, bleeding on bra strap.", ["c1"]),
        P("Shave removal trunk/arms/legs 0.5 cm or less", "11300", "Left anterior thigh",
          "ISK 0.5 cm, inflamed and itchy.", ["c2"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad  SHAVE REMOVAL
Birchwood Dermatology Associates    Samuel Weiss, MD
Imelda Lockhart   DOB 10/17/1951   DOS 12/11/2025

 CARD 1 | Site: R upper back (bra line) | Size: 1.5 x 1.1 cm | Dx: ISK v
        | Indication: [x] bleeding  [x] inflamed | Procedure: Shave removal v | Specimen #: 1
 CARD 2 | Site: L anterior thigh | Size: 0.5 cm | Dx: ISK v
        | Indication: [x] itching  [x] inflamed | Procedure: Shave removal v | Specimen #: 2
Tablet code (favorite 'shave - trunk'): 11300 for each card
Hemostasis: AlCl3.   Tolerated well.
S. Weiss MD
""",
    "path": [
        {"text": "1. Skin, right upper back, shave: Inflamed seborrheic keratosis.", "site": "Right upper back"},
        {"text": "2. Skin, left thigh, shave: Irritated seborrheic keratosis.", "site": "Left anterior thigh"},
    ],
    "expected": E([L("11302"), L("11300")], topics=["coding-correction"], dx={"11302": ["L82.0"]}),
    "coder_note": "SH-1: size band by lesion diameter: 1.5 cm on the back -> 11302 (not 11300); 0.5 cm thigh -> 11300.",
})

SCENARIOS.append({
    "id": "s85-tags-22-neck-axillae-irritated",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 irritated/bleeding skin tags neck and axillae -> 11200 + 11201 x1; commercial",
    "date": "2025-11-20",
    "patient": ("Oduya", "Samuel", "1977-05-23", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated, neck and axillae", "L91.8", "Neck; both axillae", reason=True),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad   SKIN TAG REMOVAL                  Birchwood Dermatology Associates
Samuel Oduya   DOB 05/23/1977   DOS 11/20/2025   Ines Castellanos, MD

Indication: ☑ irritated (collar / deodorant rubbing)  ☑ bleeding (2 tags twisted + bled last wk)
            ☑ inflamed  ☐ cosmetic only
Method: ☑ snip excision (gradle scissors)  ☑ light electrodesiccation of bases  ☐ LN2

Count by site:
  Neck (anterior + lateral) ...... 9
  L axilla ....................... 7
  R axilla ....................... 6
  Groin .......................... Select:  (none treated)
  TOTAL .......................... 22

Specimen #: none (clinically classic)   Anesthesia: topical LMX
Aftercare: petrolatum.  Return: prn
I. Castellanos MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "4.8 table: 11200 covers the first 15 tags; 11201 per additional 10 -> ceil((22-15)/10) = 1. "
                  "Irritation, bleeding and inflammation documented (BSL-3).",
})

SCENARIOS.append({
    "id": "s85-tags-31-symptomatic-medicare-11201-mue",
    "family": "skin-tags", "shape": "free-text",
    "description": "31 inflamed/bleeding tags, Medicare: 11200 + 11201 x2 calculated, capped at MUE 1",
    "date": "2026-03-10",
    "patient": ("Harrington", "Mildred", "1953-01-06", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, inflamed and bleeding, inframammary and waistband", "L91.8",
          "Inframammary folds; waistband; neck", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Inframammary folds, waistband, neck",
          note="Thirty-one tags removed by snip and cautery: inframammary 14, waistband 11, neck 6. Multiple "
               "inflamed, several bleeding from bra underwire and waistband friction.", reasons=["c1"]),
    ],
    "note_title": "DermPad Procedure Note",
    "note": """DermPad   SKIN TAG REMOVAL
Birchwood Dermatology Associates   Adaeze Okafor, MD
Mildred Harrington   DOB 01/06/1953   DOS 03/10/2026

Indication: [x] bleeding (bra underwire, waistband)  [x] inflamed/red  [x] painful  [ ] cosmetic only
Photos: [x] uploaded (bleeding tags, inframammary)
ABN: [ ] not needed - medical indication documented

Count by site:  inframammary ..... 14
                waistband ........ 11
                neck ............. 6
                TOTAL ............ 31
Method: [x] snip + electrodesiccation   Specimen #: none
Tolerated well. Aftercare: petrolatum, loose clothing x 1 wk.
A. Okafor MD
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "31 tags -> 11200 + 11201 x ceil(16/10) = 2, but the 11201 MUE is 1 (MAI 3) -> capped at 1 with an "
                  "mue finding (README). Bleeding/inflammation documented, so covered (no GY).",
})
