"""Sealed set 69 (s69-): rural family-medicine practice doing dermatology procedures between chronic care.

Practice: Cedar Fork Family Medicine (Greenway/eMDs-style notes). Physicians: June Abernathy, DO (abernathy);
Rafael Santos, MD (santos); Samuel Weiss, MD (weiss; family physician with ASMS Mohs training, runs a monthly
Mohs day as surgeon and pathologist). Heavy Medicare Advantage and Medicaid mix. Expected answers from the rule
book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: biopsy, destruction, shave
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s69-bx-forearm-shave-bx-dm-copd-25",
    "family": "biopsy", "shape": "note-only",
    "description": "3-month chronic f/u (DM2 uncontrolled, HTN, COPD) with med changes; shave bx R forearm; MA",
    "date": "2025-03-11",
    "patient": ("Rucker", "Dale", "1951-04-17", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Type 2 diabetes mellitus with hyperglycemia", "E11.65", reason=True),
        C("c2", "Essential hypertension", "I10", reason=True),
        C("c3", "COPD", "J44.9", reason=True),
        C("c4", "Squamous cell carcinoma in situ, right dorsal forearm", "D04.61", "Right dorsal forearm",
          reason=True),
        C("c5", "Nicotine dependence, cigarettes", "F17.210"),
    ],
    "path": [{"date": "2025-03-14", "site": "Right dorsal forearm",
              "text": "Skin, right dorsal forearm, shave biopsy: squamous cell carcinoma in situ (Bowen disease), "
                      "extending to the deep and lateral edges of the specimen."}],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE - OFFICE VISIT
Patient: Dale Rucker   DOB: 04/17/1951   DOS: 03/11/2025
Provider: June Abernathy, DO

CHIEF COMPLAINT: 3 month f/u sugar and BP, med refills, "spot on my arm"

HPI: 73 yo M for routine 3 mo f/u. Fasting sugars 150-190 on his log, A1c 8.4 from hospital lab
last wk (was 7.6 in Dec). Admits more sweet tea and biscuits over the holidays. Home BP 140s/90s.
COPD: albuterol 2-3x/wk, no ER visits or steroids since last fall, still smoking 1/2 ppd. Also a scaly pink spot on the R forearm x 4 months
that won't heal, bled once when he bumped it on the truck door.

MEDS: metformin 1000 mg bid, lisinopril 20 mg daily, Trelegy Ellipta 1 inh daily, albuterol HFA prn,
atorvastatin 40 mg.   ALLERGIES: sulfa (rash)
VITALS: BP 148/92  P 78  SpO2 94% RA  Wt 212 lb

EXAM: Lungs scattered expiratory wheeze, no distress. Heart RRR. Ext no edema, monofilament intact both feet.
Skin: R dorsal forearm 8 mm pink scaly papule with central crust. No other similar lesions on the arms.

ASSESSMENT/PLAN:
1. DM2, uncontrolled - A1c 8.4. Add Jardiance 10 mg daily, diet reviewed. Recheck A1c 3 mo. Eye exam due,
   referral placed.
2. HTN - not at goal. Increase lisinopril to 40 mg daily. BMP in 2 weeks.
3. COPD - stable on Trelegy, refills x 1 year. Smoking cessation counseled, declines Chantix for now.
4. Skin lesion R forearm - shave bx done, see proc note below.
5. HLD - continue atorvastatin.

PROCEDURE NOTE - tangential (shave) biopsy, R dorsal forearm
Verbal consent. Alcohol prep, 1% lidocaine w/ epi 1 mL. Shave bx with Dermablade to mid dermis, specimen to
path. Hemostasis with Drysol. Vaseline and bandaid. Tolerated well.

RTC 3 months, sooner prn. Will call with path.
Electronically signed: June Abernathy, DO  03/11/2025 16:05
""",
    "expected": E([L("99214", 1, "25"), L("11102")], dx={"11102": ["D04.61"]}),
    "coder_note": "GS-3: DM medication added, HTN dose change and COPD management are significant and separate from the "
                  "biopsy -> provider's 99214 with 25. BX-1: shave biopsy = tangential 11102. Dx from the path (DX-2).",
})

SCENARIOS.append({
    "id": "s69-bx-two-punch-one-shave-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Biopsy-only visit: 2 punch bx of a rash + 1 shave bx of a papule, pre-coded 11104 x2 + 11102; Medicaid",
    "date": "2025-04-02",
    "patient": ("Tackett", "Shawna", "1990-09-23", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Lichen planus", "L43.9", "Back and right flank", reason=True),
        C("c2", "Dermatofibroma, left forearm", "D23.62", "Left forearm", reason=True),
    ],
    "procedures": [
        P("Punch biopsy skin", cpt="11104", site="Left upper back",
          note="4 mm punch, single suture.", reasons=["c1"]),
        P("Punch biopsy skin", cpt="11104", site="Right flank",
          note="4 mm punch, single suture.", reasons=["c1"]),
        P("Shave biopsy skin", cpt="11102", site="Left forearm",
          note="Tangential bx of 5 mm firm tan papule.", reasons=["c2"]),
    ],
    "path": [{"date": "2025-04-07", "site": "Left upper back; right flank; left forearm",
              "text": "A. Skin, left upper back, punch: lichenoid interface dermatitis consistent with lichen planus. "
                      "B. Skin, right flank, punch: lichen planus. C. Skin, left forearm, shave: dermatofibroma."}],
    "note_title": "Procedure Visit",
    "note": """Cedar Fork Family Medicine - Procedure Visit
Pt: Shawna Tackett  DOB 09/23/1990  DOS 04/02/2025   Provider: Rafael Santos, MD

Here for the biopsies we planned at her visit last Tuesday (itchy purple bumps on back/flank x 2 mo, not
better with OTC hydrocortisone; also a firm spot on L forearm she wants checked). No new complaints today.
Not pregnant (LMP 03/20). No blood thinners.

Procedures (consent signed, time-out done):
A) L upper back - 4 mm punch bx of a flat-topped violaceous papule. 1% lido w/ epi. 1 x 4-0 nylon.
B) R flank - 4 mm punch bx, second papule, same technique. 1 x 4-0 nylon.
C) L forearm - 5 mm firm tan papule with dimple sign, tangential (shave) bx w/ Dermablade, Drysol.
All 3 specimens labeled separately and sent to path.

Wound care sheet given. Suture removal 10-14 days here or at the health dept.
Continue triamcinolone 0.1% cream bid to the back until path back.
Electronically signed: Rafael Santos, MD 04/02/2025
""",
    "expected": E([L("11104"), L("11105"), L("11103")], ["coding-correction"],
                  dx={"11104": ["L43.9"]}),
    "coder_note": "BX-2: one primary per encounter, highest technique = punch 11104; second punch -> 11105, shave bx -> "
                  "11103 (add-on of 11104). Pre-coded 11104 x2 + 11102 corrected (11104/11102 is PTP indicator 0). "
                  "No E/M: decision made at the prior visit.",
})

SCENARIOS.append({
    "id": "s69-bx-thigh-wedge-plus-forearm-punch",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge bx R thigh plaque + punch bx L forearm papule, no E/M; Medicare FFS",
    "date": "2025-05-06",
    "patient": ("Goins", "Wilma", "1946-12-01", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Localized scleroderma (morphea), right thigh", "L94.0", "Right anterior thigh", reason=True),
        C("c2", "Lichen planus, left forearm", "L43.9", "Left forearm", reason=True),
        C("c3", "Type 2 diabetes mellitus without complications", "E11.9", history=True),
    ],
    "procedures": [
        P("Incisional wedge biopsy of skin", site="Right anterior thigh",
          note="Full-thickness wedge with #15 blade from the edge of a 6 cm indurated plaque, into subcutaneous "
               "fat, closed with 3 simple interrupted 4-0 nylon.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Left forearm",
          note="4 mm punch of violaceous papule, 1 suture.", reasons=["c2"]),
    ],
    "path": [{"date": "2025-05-12", "site": "Right thigh; left forearm",
              "text": "A. Skin and subcutis, right thigh, incisional: morphea (localized scleroderma). "
                      "B. Skin, left forearm, punch: lichen planus."}],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE
PROCEDURE NOTE - DOS 05/06/2025
Patient: Wilma Goins, 78 F          Physician: Rafael Santos, MD

Reason: biopsies of two skin problems found at her Medicare wellness visit 04/22. Hard shiny patch R thigh
slowly growing x 1 yr, and a purplish itchy bump L forearm. Sugars fine per pt, no changes to DM meds today -
that was all handled at the AWV.

1) Incisional (wedge) biopsy, R anterior thigh. Plaque measures about 2 1/2 inches (6 cm), too big to take
   out. Elliptical wedge taken from the active border with #15 blade, down into fat, 1.2 cm long. Closed with
   3 simple interrupted 4-0 nylon.
2) Punch biopsy, L forearm - 4 mm punch, 1 x 4-0 nylon.

Both under 1% lidocaine with epi, chlorhexidine prep. Minimal bleeding. Separate specimen jars.
Pt tolerated well. Sutures out in 10-14 days. Will call her with path. If morphea, discussed that we'd
talk about topical steroid/calcipotriene vs referral - no treatment started today.

Electronically signed Rafael Santos MD 05/06/2025 11:20
""",
    "expected": E([L("11106"), L("11105")], dx={"11106": ["L94.0"]}),
    "coder_note": "BX-1/BX-2: wedge with a blade = incisional 11106 (primary); the punch takes its add-on 11105. "
                  "Simple closure included. No E/M billed or selected.",
})

SCENARIOS.append({
    "id": "s69-bx-new-pt-mole-only-em-removed",
    "family": "biopsy", "shape": "pre-coded",
    "description": "New patient seen only for a changing mole, punch bx; provider selected 99203 -> E/M removed; MA PPO",
    "date": "2025-06-17",
    "patient": ("Hensley", "Curtis", "1957-02-08", "male"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Dysplastic compound nevus, left mid back", "D22.5", "Left mid back", reason=True),
    ],
    "procedures": [
        P("Punch biopsy of skin lesion", cpt="11104", site="Left mid back",
          note="6 mm punch including the whole pigmented papule, 2 sutures.", reasons=["c1"]),
    ],
    "path": [{"date": "2025-06-20", "site": "Left mid back",
              "text": "Skin, left mid back, punch: compound dysplastic nevus with mild atypia, margins free."}],
    "note_title": "New Patient Visit",
    "note": """CEDAR FORK FAMILY MEDICINE
NEW PATIENT - focused visit      DOS 06/17/2025
Patient: Curtis Hensley   DOB 02/08/1957
Provider: June Abernathy, DO

CC: "mole on my back changed"

Pt gets all his primary care at the VA clinic in Hazard (DM, HTN, meds managed there - not addressed today).
VA dermatology wait is 5 months, his wife saw the mole getting darker and pushed him to come here. Only here for
the mole. No personal or family hx skin cancer.

Exam (back only): L mid back 5 mm dark brown papule with irregular border, darker than his other moles,
per wife larger than last summer. No satellite lesions, no nodes in the axillae.

A/P: Changing pigmented lesion L mid back. Discussed biopsy vs watching - pt wants it off today.
PROCEDURE: Punch bx. Consent, time out. Chlorhexidine, 1% lido w/ epi 2 mL. 6 mm punch around the whole
papule, 2 x 4-0 nylon. Specimen to path. Bandage, wound care handout.

F/u: suture removal 10-14 d, will call with path. Records copy to VA PCP.
Signed: June Abernathy, DO 06/17/2025
""",
    "expected": E([L("11104")], dx={"11104": ["D22.5"]}),
    "coder_note": "GS-3 / README 'E/M removed': a new patient seen only for the lesion, with no work beyond the "
                  "decision to biopsy -> the provider's 99203 is removed. Punch = 11104.",
})

SCENARIOS.append({
    "id": "s69-ds-ak-nine-copd-chf-25",
    "family": "destruction", "shape": "note-only",
    "description": "COPD/CHF f/u with diuretic change (99214) + LN2 to nine AKs; Medicare Advantage",
    "date": "2025-01-28",
    "patient": ("Caudill", "Ernest", "1944-07-30", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "COPD", "J44.9", reason=True),
        C("c2", "Chronic diastolic heart failure", "I50.32", reason=True),
        C("c3", "Actinic keratoses, scalp/face/hands", "L57.0", "Scalp, face, dorsal hands", reason=True),
        C("c4", "GERD", "K21.9"),
    ],
    "note_title": "Office Visit",
    "note": """Cedar Fork Family Medicine    Office Visit 01/28/2025
Ernest Caudill  80 M  DOB 07/30/1944      Rafael Santos, MD

CC: breathing f/u, swelling in ankles, "rough spots" on head

S: COPD and HFpEF f/u. More SOB climbing the porch steps past 2 wks, ankles puffing by evening, weight up 5 lb
per home scale. No chest pain, no fever, sputum clear. Using albuterol 3x/day. Also wants the crusty spots on
his scalp and hands froze again like last year.
Meds: furosemide 20 mg daily, Breo 100/25, albuterol, carvedilol 6.25 bid, omeprazole 20.

O: BP 136/78, P 72, SpO2 92% RA, wt 188 (183 in Oct). Faint bibasilar crackles, 1+ pitting edema to mid shin.
JVP not elevated. Skin: rough gritty scaly papules - 5 on scalp vertex, 2 on L temple, 2 on dorsal R hand.

A/P
1. Diastolic CHF, mild volume overload - furosemide up to 40 mg daily x 1 wk then back to 20. BMP Friday.
   Daily weights, call if up 3 lb.
2. COPD - stable from lung standpoint, continue Breo, albuterol prn. Pneumovax UTD.
3. Actinic keratoses x 9 - cryo today, see below.
4. GERD - stable on omeprazole.

PROCEDURE: Cryotherapy (liquid nitrogen), actinic keratoses. Verbal consent. LN2 spray, 2 freeze-thaw
cycles, to 9 AKs: scalp 5, L temple 2, R hand 2. No complications. Blister care discussed.
RTC 1 month, sooner if weight keeps going up.
e-signed Rafael Santos MD 01/28/2025
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 8)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 9 AKs -> 17000 + 17003 x8. Heart failure with diuretic change and COPD management are "
                  "significant and separate -> 99214-25 (GS-3).",
})

SCENARIOS.append({
    "id": "s69-ds-ak-seventeen-precoded-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "Cryo of 17 AKs pre-coded 17000 + 17003 (x16) -> 17004; Medicare FFS, procedure-only visit",
    "date": "2025-02-19",
    "patient": ("Sizemore", "Lloyd", "1939-05-14", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp, forehead, dorsal hands", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", cpt="17000", site="Scalp",
          note="LN2 cryotherapy, first AK", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each additional", cpt="17003",
          site="Scalp, forehead, dorsal hands", note="LN2 - 16 additional AKs (16 units)", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE - Procedure note
Lloyd Sizemore  DOB 05/14/1939   DOS 02/19/2025   June Abernathy, DO

Pt here only for his spring "freeze the scalp" appointment. Hx BCC nose excised 2018,
no recurrence. No new concerns today.

Exam: numerous rough keratotic papules on erythematous base consistent with AKs.
Count: scalp 9, forehead 5, dorsal hands 3 (L 2, R 1) = 17 total. Nothing thick, tender or ulcerated - no
lesion concerning for SCC, so no biopsy needed today.

Procedure: LN2 cryospray, 2 cycles each, all 17 lesions. Tolerated well.
Aftercare handout. Recheck in 6 months, sooner for any spot that does not clear.
Signed June Abernathy DO
""",
    "expected": E([L("17004")], ["coding-correction"]),
    "coder_note": "DS-1: 15 or more AKs -> 17004 x1 instead of 17000/17003 (17004/17000 and 17004/17003 indicator 0; "
                  "17003 x16 also exceeds MUE 13).",
})

SCENARIOS.append({
    "id": "s69-ds-warts-fingers-child-medicaid",
    "family": "destruction", "shape": "free-text",
    "description": "Child, four common warts on fingers frozen, wart-only visit; Medicaid",
    "date": "2025-03-25",
    "patient": ("Noble", "Kaylee", "2015-08-19", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Verruca vulgaris, fingers both hands", "B07.8", "Fingers, both hands", reason=True),
        C("c2", "Mild intermittent asthma", "J45.20", history=True),
    ],
    "procedures": [
        P("Cryotherapy of warts", site="R index finger, R thumb, L middle finger (x2)",
          note="LN2 to 4 verrucae, pared first with 15 blade.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Cedar Fork Family Medicine
Kaylee Noble, 9 yo F   DOS 03/25/2025   Provider: June Abernathy, DO
Accompanied by mother.

CC: warts on fingers, spreading, one by the nail hurts when she writes.
Tried Compound W x 2 months, no change. Asthma doing fine, has not needed albuterol since fall - mom
has refills, nothing needed today.

Exam: 4 hyperkeratotic verrucous papules - R index finger (periungual, tender), R thumb, L middle finger x 2.
Largest 6 mm.

Plan: warts, painful, spreading despite OTC tx. Cryo today. Pared each with 15 blade, then LN2 2 cycles
to all four. Discussed blistering, may need 2-3 more sessions q3 wk. Duct tape occlusion between visits.
Mom agrees.

RTC 3 weeks for repeat cryo.
e-signed June Abernathy, DO
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: benign lesions (warts) up to 14 -> 17110 x1; paring before cryo is part of the destruction. "
                  "No E/M selected; asthma not addressed.",
})

SCENARIOS.append({
    "id": "s69-ds-edc-bcc-upper-back-after-bx",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven BCC R upper back, lesion 1.2 cm / defect 1.6 cm; prior bx 16 days ago; MA",
    "date": "2025-04-15",
    "patient": ("Begley", "Opal", "1949-10-05", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Essential hypertension", "I10"),
    ],
    "prior": [PRIOR("2025-03-30", "11102", "Tangential biopsy of skin", "Right upper back",
                    "Shave bx of 1.2 cm pink scaly plaque; path superficial BCC.")],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE - PROCEDURE NOTE
Patient: Opal Begley   DOB 10/05/1949   DOS 04/15/2025
Provider: Rafael Santos, MD

Indication: Biopsy 03/30/2025 here (shave bx) showed superficial basal cell carcinoma, R upper back.
Discussed options last visit by phone - excision vs ED&C vs imiquimod; she chose ED&C (scarring less of a
concern on the back, wants it done in one visit).
BP 138/84 today - she is followed for HTN by me, no changes today, next HTN visit is in June.

Lesion: pink scaly plaque with biopsy scar, measures 1.2 cm (about 1/2 inch) before treatment.

Procedure: Electrodesiccation and curettage. Consent signed. Chlorhexidine prep, 1% lido w/ epi 3 mL.
Curettage with 4 mm and 3 mm curettes, then electrodesiccation of base and 1-2 mm rim - 3 cycles total.
Final defect 1.6 cm round. Hemostasis complete. Vaseline and dressing.

Wound care reviewed: daily cleaning, Vaseline, expect 3-4 wks to heal. RTC 6 wks for site check,
then full skin check q 6-12 mo.
Signed: R. Santos, MD
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction, trunk, 1.2 cm lesion / 1.6 cm final defect (same 1.1-2.0 cm band) -> "
                  "17262. The prior biopsy is 000-day global, so no 58/79. HTN not addressed: no E/M.",
})

SCENARIOS.append({
    "id": "s69-sh-isk-wrist-watchband-quarter-inch",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal irritated SK L distal forearm under watch band, 'about 1/4 inch (6 mm)'; MA",
    "date": "2025-05-20",
    "patient": ("Combs", "Verna", "1952-01-27", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left distal forearm", "L82.0", "Left distal forearm",
          reason=True),
    ],
    "procedures": [
        P("Shave removal of skin lesion", site="Left distal forearm (under watch band)",
          note="Lesion about 1/4 inch (6 mm). Removed flush with skin by shave, Drysol. Sent to path.",
          reasons=["c1"]),
    ],
    "path": [{"date": "2025-05-23", "site": "Left distal forearm",
              "text": "Skin, left distal forearm, shave: irritated seborrheic keratosis."}],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE
Verna Combs   73 F   DOS 05/20/2025       June Abernathy, DO

CC: "this bump keeps catching on my watch"
Stuck-on brown bump L wrist area, has been there years, but last 2 months watch band rubs it raw, bled onto
her sleeve twice, now red and sore around it.

Exam: L distal dorsal forearm, right where the watch band sits: waxy stuck-on tan-brown papule, about 1/4 inch
(6 mm), with erythema and a little crust at the edge. No other concerning lesions on arms.

A/P: Irritated/inflamed seborrheic keratosis, bleeding with recurrent trauma from watch band.
Shave removal done: consent, 1% lido w/ epi, lesion shaved flush with Dermablade, Drysol hemostasis,
sent to path. Bandaid. Wear watch on other wrist x 2 wk.

No other problems addressed today - her BP/thyroid visit is next month.
Signed: June Abernathy, DO 05/20/2025
""",
    "expected": E([L("11301")], dx={"11301": ["L82.0"]}),
    "coder_note": "SH-1: shave removal, arm (TAL), 0.6 cm -> 11301 (0.6-1.0 band). Bleeding and inflammation from "
                  "documented trauma make it covered (BSL-3 a/g/l).",
})

SCENARIOS.append({
    "id": "s69-sh-nasal-nevus-precoded-wrong-site",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of 7 mm nevus L nasal sidewall rubbed by glasses, pre-coded 11300 (TAL) -> 11311; commercial",
    "date": "2025-06-03",
    "patient": ("Slone", "Brandon", "1984-11-12", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Intradermal nevus, left nasal sidewall", "D22.39", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Shave removal, skin lesion", cpt="11300", site="Left nasal sidewall",
          note="7 mm flesh-colored dome papule under glasses nose pad, shaved flush, AlCl.", reasons=["c1"]),
    ],
    "path": [{"date": "2025-06-06", "site": "Left nasal sidewall",
              "text": "Skin, left nasal sidewall, shave: intradermal melanocytic nevus."}],
    "note_title": "Procedure Note",
    "note": """Cedar Fork Family Medicine - Procedure Note
Brandon Slone  DOB 11/12/1984   DOS 06/03/2025   Rafael Santos, MD

Bump on the L side of his nose where the glasses pad sits. Pad rubs it every day, it has bled on the
pad several times and gets sore/red. Wants it off. Otherwise healthy, no meds.

Exam: L nasal sidewall 7 mm soft flesh-colored dome-shaped papule with a few fine vessels and a small
erosion on top. No other lesions of concern on the face.

Shave removal: consent, 1% lido with epi 0.5 mL, shaved flush to skin with Dermablade, AlCl, specimen to
path. Bacitracin. Told him to use silicone pads on the glasses while it heals.

Signed Rafael Santos MD 06/03/2025
""",
    "expected": E([L("11311")], ["coding-correction"], dx={"11311": ["D22.39"]}),
    "coder_note": "SH-1: nose is FEENLM, not TAL; 0.7 cm -> 11311 (0.6-1.0). Repeated trauma with bleeding is "
                  "documented, so the removal is medical, not cosmetic.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: shave, benign/malignant excision, E/M
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s69-sh-scalp-unsized-neck-sized",
    "family": "shave", "shape": "note-only",
    "description": "Two irritated SKs shaved: scalp (no size documented) and R neck 4 mm; Medicaid MCO",
    "date": "2025-07-09",
    "patient": ("Mullins", "Tammy", "1968-03-03", "female"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Scalp, crown", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right neck", "L82.0", "Right lateral neck", reason=True),
    ],
    "path": [{"date": "2025-07-14", "site": "Scalp; right neck",
              "text": "A. Skin, scalp crown, shave: irritated seborrheic keratosis. "
                      "B. Skin, right lateral neck, shave: irritated seborrheic keratosis."}],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE
Tammy Mullins  57 F   DOS 07/09/2025    Provider: June Abernathy, DO

CC: 2 bumps that keep bleeding - one on top of head, one on neck

Hairdresser keeps catching the one on her crown with the comb, it bled at her last two haircuts and
is sore. The neck one rubs on her work uniform collar, red and crusted. Here just for these.

Exam:
- Scalp crown: crusted, inflamed, stuck-on brown papule, bleeding edge.
- R lateral neck: 4 mm tan stuck-on papule, erythematous base, crust.

Assessment: irritated/inflamed seborrheic keratoses x 2, symptomatic (bleeding, trauma from comb/collar).

Procedure: shave removal x 2. Consent. 1% lido w/ epi. Each lesion shaved flush with Dermablade,
Drysol for hemostasis. Sent to path in 2 jars (A scalp, B neck). Bandaids / gauze.

Pt tolerated well. Call with path. F/u prn.
Electronically signed by June Abernathy, DO on 07/09/2025 at 14:12
""",
    "expected": E([L("11305")], ["missing-documentation"]),
    "coder_note": "SH-1 / README 'missing measurement': the scalp lesion has no diameter -> no shave line for it "
                  "(missing-documentation). Neck 0.4 cm, SNHFG -> 11305.",
})

SCENARIOS.append({
    "id": "s69-exb-cyst-upper-back-layered-inches",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst upper back 5/8 in (1.5 cm) + 2 mm margins, layered 3.0 cm; Medicaid",
    "date": "2025-08-05",
    "patient": ("Couch", "Jimmy", "1979-06-21", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back", "L72.0", "Upper back, midline", reason=True),
    ],
    "path": [{"date": "2025-08-08", "site": "Upper back",
              "text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with "
                      "foreign-body giant cell reaction. Margins free."}],
    "note_title": "Procedure Note",
    "note": """Cedar Fork Family Medicine - PROCEDURE NOTE
Jimmy Couch   DOB 06/21/1979   DOS 08/05/2025     Rafael Santos, MD

Indication: cyst mid upper back, got infected twice this year (I&D'd at urgent care in Feb, doxy in May).
Currently quiet - no fluctuance or redness. Wants it out so it quits flaring.

Pre-op: cyst measured about 5/8 inch (1.5 cm) across, with punctum. No anticoagulants.

Procedure: excision of cyst, upper back.
Consent signed, time-out. Chlorhexidine prep, 1% lido with epi 8 mL.
Fusiform excision drawn with 2 mm margins around the cyst (narrowest margin 2 mm), long axis along
skin lines. Excised en bloc with intact cyst wall plus scarring at base from prior rupture.
Sent to path.
Wound 3.0 cm long. Layered closure: deep dermal 3-0 Vicryl buried interrupted x 4, then 4-0 nylon
simple interrupted skin. Steri-strips.
EBL <5 mL. No complications.

Post-op: keep dry 24 h, then shower ok. Sutures out 12-14 days. Ibuprofen/Tylenol prn.
Signed: Rafael Santos, MD 08/05/2025
""",
    "expected": E([L("11402"), L("12032")], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: 1.5 cm + 2 x 0.2 cm = 1.9 cm, trunk -> 11402. EX-5: layered closure 3.0 cm of trunk -> "
                  "12032 (2.6-7.5 cm). Recurrent inflammation is a BSL-3 indication.",
})

SCENARIOS.append({
    "id": "s69-exb-df-leg-precoded-margins-repair",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "DF L shin 0.8 cm + 3 mm margins = 1.4 cm; pre-coded 11401 + 12001 -> 11402 only; commercial UHC",
    "date": "2025-08-26",
    "patient": ("Sturgill", "Amber", "1993-02-14", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Dermatofibroma, left lower leg", "D23.72", "Left anterior shin", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, leg", cpt="11401", site="Left anterior shin",
          note="Lesion 0.8 cm. Elliptical excision, 3 mm margins.", reasons=["c1"]),
        P("Simple repair of wound", cpt="12001", site="Left anterior shin",
          note="Closure of the excision wound, 2.2 cm, simple interrupted 4-0 nylon.", reasons=["c1"]),
    ],
    "path": [{"date": "2025-08-29", "site": "Left shin",
              "text": "Skin, left shin, excision: dermatofibroma (benign fibrous histiocytoma), completely excised."}],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE
Procedure note - Amber Sturgill  DOS 08/26/2025   June Abernathy, DO

Firm bump L shin, present 3 yrs, gets nicked shaving at least weekly and bleeds, itchy. Dimple sign.
Wants it removed rather than keep nicking it. Discussed scar; she accepts.

Lesion: 0.8 cm firm pink-brown papule.
Procedure: excision. Consent signed. Prep, 1% lido w/ epi. Ellipse drawn with 3 mm margin all around.
Excised to subcutaneous fat. Specimen to path.
Closure: single layer simple interrupted 4-0 nylon x 5. Wound 2.2 cm. No deep sutures.
Bandage. Sutures out 12 days (lower leg).

Signed June Abernathy, DO
""",
    "expected": E([L("11402")], ["coding-correction", "ncci"], dx={"11402": ["D23.72"]}),
    "coder_note": "EX-1: excised diameter 0.8 + 2 x 0.3 = 1.4 cm on the leg -> 11402 (pre-coded 11401 used the lesion "
                  "size only). EX-5: simple closure of the same wound is included (11402/12001 indicator 1, same "
                  "site) -> 12001 removed.",
})

SCENARIOS.append({
    "id": "s69-exb-changing-nevus-neck-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision changing nevus L posterior neck 6 mm + 2 mm margins, layered 2.4 cm; path moderate atypia; MA",
    "date": "2025-09-09",
    "patient": ("Amburgey", "Roy", "1955-08-30", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic nevus, left posterior neck", "D22.4", "Left posterior neck", reason=True),
    ],
    "procedures": [
        P("Excision of skin lesion with margins", site="Left posterior neck",
          note="6 mm irregular brown papule, changing per wife. Excised with 2 mm margins.", reasons=["c1"]),
        P("Layered closure", site="Left posterior neck",
          note="Wound 2.4 cm. 4-0 Monocryl buried dermal sutures, 5-0 nylon running skin.", reasons=["c1"]),
    ],
    "path": [{"date": "2025-09-12", "site": "Left posterior neck",
              "text": "Skin, left posterior neck, excision: dysplastic compound nevus with moderate cytologic "
                      "atypia. Peripheral and deep margins free (closest 1.8 mm)."}],
    "note_title": "Procedure Note",
    "note": """Cedar Fork Family Medicine
Roy Amburgey  70 M   DOS 09/09/2025    Rafael Santos, MD

Mole on back of L neck has gotten darker and the edge more irregular over the winter per his wife.
We talked at his last visit about excising it whole rather than sampling. Here for that only.
No hx of melanoma in pt or family. Takes aspirin 81, continued.

Lesion: L posterior neck, 6 mm, two-tone brown, irregular border.

PROCEDURE: Excisional removal. Consent, time out. 1% lidocaine with epi 4 mL.
Ellipse with 2 mm margins around the lesion, to fat. Specimen oriented w/ suture at 12 o'clock.
Closure was layered: 4-0 Monocryl buried, 5-0 nylon running. Final wound length 2.4 cm.
Hemostasis good. Pressure dressing.

Sutures out in 7-8 days. We'll call with path. If severe atypia or melanoma, would need wider excision -
will discuss then.
e-signed Rafael Santos MD
""",
    "expected": E([L("11421"), L("12041")], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-1: 0.6 + 2 x 0.2 = 1.0 cm, neck (SNHFG) -> 11421. EX-3: atypia is benign behaviour -> benign "
                  "code. Layered closure of neck 2.4 cm -> 12041. The possible wider excision is hypothetical.",
})

SCENARIOS.append({
    "id": "s69-exm-bcc-back-layered-htn-ckd-25",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision BCC L upper back 1.1 cm + 4 mm margins, layered 4.2 cm; HTN/CKD/hypothyroid managed (99214-25); Medicare FFS",
    "date": "2025-06-24",
    "patient": ("Hall", "Bonnie", "1947-11-19", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 60, "em": "99214",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Essential hypertension", "I10", reason=True),
        C("c3", "Chronic kidney disease stage 3a", "N18.31", reason=True),
        C("c4", "Hypothyroidism", "E03.9", reason=True),
        C("c5", "Atrial fibrillation", "I48.91"),
    ],
    "prior": [PRIOR("2025-05-29", "11102", "Tangential biopsy of skin", "Left upper back",
                    "Shave bx; path nodular BCC.")],
    "path": [{"date": "2025-06-27", "site": "Left upper back",
              "text": "Skin, left upper back, excision: basal cell carcinoma, nodular type, margins free "
                      "(closest peripheral 3 mm)."}],
    "note_title": "Office Visit / Procedure",
    "note": """CEDAR FORK FAMILY MEDICINE - OFFICE VISIT + PROCEDURE
Bonnie Hall   DOB 11/19/1947   DOS 06/24/2025   June Abernathy, DO

CC: scheduled excision of skin cancer on back; also BP running high, labs back.

S: Bx 05/29 nodular BCC L upper back - here for excision as planned. Separately, home BP 150-160s/90s past
month. Labs from last wk: Cr 1.3, eGFR 52 (was 58), K 4.8, TSH 7.9 (was 3.1) - she admits missing
levothyroxine doses. A-fib rate controlled, on apixaban + diltiazem, no palpitations.

O: BP 162/94, P 68 irreg irreg. No edema.
Skin: L upper back pearly papule with biopsy scar, 1.1 cm.

A/P:
1. HTN, uncontrolled - add amlodipine 5 mg. Avoid NSAIDs. Recheck 2 wk.
2. CKD 3a, eGFR drifting down - renal US ordered, urine microalbumin, repeat BMP 4 wks.
3. Hypothyroid, TSH up from missed doses - pill box, continue 75 mcg, TSH 6 wks.
4. A-fib - stable, continue apixaban (operated through it) and diltiazem.
5. BCC L upper back - excision today.

PROCEDURE: Excision malignant lesion, L upper back.
Consent, time out. Chlorhexidine, 1% lido w/ epi 10 mL. Lesion 1.1 cm, excised with 4 mm margins
(narrowest margin 4 mm) as an ellipse to fat. Specimen oriented, to path.
Wound 4.2 cm. Layered closure - 3-0 Vicryl buried dermal, 4-0 nylon simple interrupted.
Extra pressure/hemostasis given apixaban; no bleeding at end. Pressure dressing.
Sutures out 14 d. Will call with margins.
e-signed June Abernathy, DO
""",
    "expected": E([L("99214", 1, "25"), L("11602"), L("12032")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm, trunk, malignant path -> 11602; EX-5 layered 4.2 cm trunk -> 12032. "
                  "HTN med added, CKD work-up, TSH management are separate from the planned excision -> 99214-25.",
})

SCENARIOS.append({
    "id": "s69-exm-reexcision-margin-in-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision SCC R forearm for positive margin 7 days after 11602 (inside 010 global); 2.9 cm -> 11603-58; Medicare FFS",
    "date": "2025-07-15",
    "patient": ("Bowling", "Harold", "1942-04-04", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right forearm, positive margin", "C44.622", "Right dorsal forearm",
          reason=True),
    ],
    "prior": [PRIOR("2025-07-08", "11602", "Excision malignant lesion trunk/arms/legs", "Right dorsal forearm",
                    "SCC R dorsal forearm, 1.0 cm lesion + 4 mm margins; path: well-differentiated SCC, "
                    "peripheral margin involved at 3 o'clock.")],
    "procedures": [
        P("Re-excision of skin cancer site, margins", site="Right dorsal forearm",
          note="Healing scar 1.9 cm; re-excised with 5 mm margins all around (2.9 cm). Single-layer closure.",
          reasons=["c1"]),
    ],
    "path": [{"date": "2025-07-18", "site": "Right forearm",
              "text": "Skin, right forearm, re-excision: healing scar with no residual carcinoma. Margins free."}],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE - PROCEDURE NOTE (re-excision)
Harold Bowling  83 M   DOS 07/15/2025   Rafael Santos, MD

History: 07/08/2025 I excised a SCC from his R dorsal forearm. Path: well-differentiated SCC with the
peripheral margin involved at 3 o'clock. Called him and planned re-excision at that time - he came
back 1 week later. He did not want to drive to Lexington for Mohs.

Site: healing incision, no drainage or erythema. Scar measures 1.9 cm at the greatest dimension.

Re-excision: consent, time out, 1% lido w/ epi 6 mL. Old sutures removed. New ellipse drawn with 5 mm margin
all the way around the scar (excised diameter 1.9 + 0.5 + 0.5 = 2.9 cm). Excised to fascia, oriented,
to path. Closed in a single layer with 4-0 nylon vertical mattress - no buried sutures needed, good laxity.

Tolerated well. Sutures out 14 d. Path call in 3-4 days.
Signed Rafael Santos MD
""",
    "expected": E([L("11603", 1, "58")], ["global-period"], dx={"11603": ["C44.622"]}),
    "coder_note": "EX-4/GS-5: planned re-excision for a positive margin inside the 10-day global of the 07/08 11602 -> "
                  "58; malignant code even though the re-excision shows no residual tumour; 2.9 cm arm -> 11603. "
                  "Single-layer (simple) closure included.",
})

SCENARIOS.append({
    "id": "s69-exm-mis-cheek-precoded-benign-code",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Excision melanoma in situ L cheek 0.7 cm + 5 mm margins (1.7 cm), layered 3.5 cm; pre-coded 11442 -> 11642; MA",
    "date": "2025-09-30",
    "patient": ("Maggard", "Irene", "1940-01-09", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, left cheek", "D03.39", "Left malar cheek", reason=True),
    ],
    "prior": [PRIOR("2025-09-08", "11102", "Tangential biopsy of skin", "Left malar cheek",
                    "Shave bx of irregular brown macule; path melanoma in situ, lentigo maligna type.")],
    "procedures": [
        P("Excision of skin lesion, face", cpt="11442", site="Left malar cheek",
          note="0.7 cm pigmented macule with biopsy scar, 5 mm margins.", reasons=["c1"]),
        P("Intermediate repair, face", cpt="12052", site="Left malar cheek",
          note="Layered closure 3.5 cm, 5-0 Monocryl deep, 6-0 nylon.", reasons=["c1"]),
    ],
    "path": [{"date": "2025-10-03", "site": "Left cheek",
              "text": "Skin, left cheek, excision: melanoma in situ, lentigo maligna type, completely excised; "
                      "closest margin 3 mm."}],
    "note_title": "Procedure Note",
    "note": """Cedar Fork Family Medicine   Procedure Note   09/30/2025
Irene Maggard  DOB 01/09/1940      June Abernathy, DO

Bx 09/08 L cheek = melanoma in situ (lentigo maligna type). Offered Mohs referral (2 1/2 hr drive each way);
she and her son prefer excision here. Discussed 5 mm margins and chance of re-excision.

Lesion with bx scar: 0.7 cm (about 1/4 inch) light brown irregular macule, Wood's lamp no extension beyond
the visible edge.
Excision: consent, time-out, 1% lido w/ epi 5 mL. Ellipse with 5 mm margins all around, oriented along
relaxed skin tension lines, to subcutaneous fat. Stitch at 12 o'clock. To path.
Repair: wound 3.5 cm. Undermined 1 cm each side, layered closure 5-0 Monocryl buried + 6-0 nylon running.
Steri-strips.

Tolerated well. Sutures out day 5-6. Path call. If margins involved -> Mohs referral.
e-signed June Abernathy DO
""",
    "expected": E([L("11642"), L("12052")], ["coding-correction"], dx={"11642": ["D03.39"]}),
    "coder_note": "EX-3: melanoma in situ -> malignant excision codes. EX-1: 0.7 + 2 x 0.5 = 1.7 cm face -> 11642 "
                  "(not benign 11442). Layered closure face 3.5 cm -> 12052 (separately reportable).",
})

SCENARIOS.append({
    "id": "s69-em-screening-skin-check-only-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS screening-only skin check: no history, no complaint, nothing found -> 99212-GY",
    "date": "2025-10-14",
    "patient": ("Fugate", "Wendell", "1950-05-25", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 12, "em": "99212",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE
Wendell Fugate  75 M  DOS 10/14/2025    Rafael Santos, MD

CC: "skin cancer check" - wife made the appointment after her friend had a melanoma.

He has no spots he is worried about - nothing new, changing, itching or bleeding. No personal history of
skin cancer, no family history of melanoma. Chronic problems (HTN, BPH) were all reviewed at his wellness
visit last month; nothing addressed today, no refills needed.

Exam: full skin exam, scalp to soles including nails and genital area with chaperone. Fitzpatrick II.
No suspicious pigmented lesions, no scaly or nonhealing lesions, no lesions of concern found.

Assessment: routine skin cancer screening, normal exam.
Plan: sun protection reviewed, self skin checks monthly. Nothing to treat or biopsy. PRN.
Discussed that Medicare does not cover screening-only skin exams. No ABN signed.
e-signed Rafael Santos MD
""",
    "expected": E([L("99212", 1, "GY")], dx={"99212": ["Z12.83"]}),
    "coder_note": "DX-5 / README: screening-only full-skin exam of an asymptomatic Medicare FFS patient with no history "
                  "and nothing found -> statutorily excluded, E/M with GY.",
})

SCENARIOS.append({
    "id": "s69-em-dm-htn-tinea-biopsy-deferred",
    "family": "em", "shape": "free-text",
    "description": "DM/HTN f/u + new annular rash treated as tinea; punch bx recorded as not done (deferred); Medicaid",
    "date": "2025-11-04",
    "patient": ("Pennington", "Lisa", "1976-07-07", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Type 2 diabetes mellitus with hyperglycemia", "E11.65", reason=True),
        C("c2", "Essential hypertension", "I10", reason=True),
        C("c3", "Tinea corporis", "B35.4", "Left flank", reason=True),
    ],
    "procedures": [
        P("Punch biopsy, skin", site="Left flank", status="not-done",
          note="Deferred - start antifungal first; biopsy at f/u only if no response."),
    ],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE  -  OFFICE VISIT  11/04/2025
Lisa Pennington  49 F      June Abernathy, DO

CC: DM/BP f/u, itchy ring-shaped rash L side x 3 wk

HPI: sugars 180s-220s fasting, A1c 9.6 on last wk's labs (8.1 in July). Ran out of Ozempic for
6 wks due to pharmacy shortage. BP home 130s/80s. Rash: scaly itchy ring L flank, spreading outward,
works with shelter dogs.

PE: BP 134/82. Lungs clear. Skin: L flank 7 cm annular plaque with scaly advancing border and central
clearing. Feet: intact, pulses 2+.

A/P:
1. DM2 uncontrolled - restart Ozempic 0.25 weekly and titrate; increase metformin to 1000 bid. Nutrition
   referral. A1c 3 mo.
2. HTN - at goal, continue losartan 50.
3. Tinea corporis - clinical dx. Ketoconazole 2% cream bid x 3 wk. If not clearing, will do a punch bx at
   next visit to rule out other annular dermatoses - NOT done today.

RTC 3 weeks (rash) and 3 months (DM).
Electronically signed: June Abernathy, DO
""",
    "expected": E([L("99214")]),
    "coder_note": "No procedure performed (the biopsy Procedure is not-done and the plan is hypothetical) -> the E/M "
                  "stays without 25. DM medication management = moderate MDM, provider's 99214 kept.",
})

SCENARIOS.append({
    "id": "s69-em-melanoma-history-annual-fse",
    "family": "em", "shape": "note-only",
    "description": "Annual full-skin exam in a melanoma survivor, nothing suspicious; diagnostic visit, no GY; Medicare FFS",
    "date": "2025-12-02",
    "patient": ("Whitaker", "Ruby", "1953-03-16", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 22, "em": "99213",
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """Cedar Fork Family Medicine
Ruby Whitaker  72 F   DOS 12/02/2025   Rafael Santos, MD

CC: yearly skin check - hx melanoma

Hx: melanoma L calf 2019 (0.6 mm Breslow, WLE at UK, SLNB neg), no recurrence. Oncology released her to
annual skin exams with me. No new or changing moles per pt, no lumps in groin.

Exam: full skin exam. L calf scar well healed, no pigment or nodularity in or around the scar. No
in-transit nodules along the leg. Inguinal and popliteal nodes not enlarged. Scattered benign-appearing
nevi on trunk, all symmetric, unchanged from my photo map last year. No lesion needs biopsy.

A/P: Hx of melanoma, NED on exam. Continue annual skin checks, monthly self-exam, sunscreen.
Photos updated in chart. RTC 12 months or sooner for any changing spot.
(Her thyroid and BP visit is separate, in January.)
e-signed R. Santos MD
""",
    "expected": E([L("99213")]),
    "coder_note": "DX-5 / README: with a melanoma history the full-skin exam is diagnostic surveillance, not screening -> "
                  "no GY. No procedure, so no 25.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: post-op, incision & drainage, intralesional, Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s69-po-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after 11403 cyst excision (010 global); provider chose 99212 -> 99024; MA",
    "date": "2025-02-12",
    "patient": ("Napier", "Gary", "1961-09-28", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Pilar cyst, left shoulder (excised)", "L72.11", "Left posterior shoulder"),
    ],
    "prior": [PRIOR("2025-02-03", "11403", "Excision benign lesion trunk/arms/legs", "Left posterior shoulder",
                    "Inflamed cyst 1.8 cm + 2 mm margins = 2.2 cm; simple closure. Path: pilar cyst.")],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE
Gary Napier  DOB 09/28/1961  DOS 02/12/2025    June Abernathy, DO

CC: stitches out

S: Cyst excised from L posterior shoulder on 02/03 (9 days ago). No fever, no drainage, mild itch only.
Path came back pilar cyst, benign - reviewed with him today.
O: Incision 2.6 cm, well approximated, no erythema, no dehiscence. 6 nylon sutures removed intact.
Steri-strips applied.
A/P: Routine post-op check, healing well. Scar care (silicone gel, sunscreen) reviewed. No further f/u
needed for this - sees me in April for his cholesterol.
Electronically signed: June Abernathy, DO 02/12/2025 09:40
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 10-day global of the 02/03 excision -> 99024, "
                  "no E/M (provider's 99212 replaced). Path review is part of post-op care.",
})

SCENARIOS.append({
    "id": "s69-po-copd-flare-in-global-24",
    "family": "post-op", "shape": "free-text",
    "description": "COPD exacerbation visit 6 days after excision + layered repair (010 global) -> 99214-24; Medicare FFS",
    "date": "2025-03-18",
    "patient": ("Collins", "Arthur", "1945-12-22", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "COPD with acute exacerbation", "J44.1", reason=True),
        C("c2", "Nicotine dependence, cigarettes", "F17.210"),
        C("c3", "Basal cell carcinoma, left upper arm (excised 03/12)", "C44.619", "Left upper arm"),
    ],
    "prior": [PRIOR("2025-03-12", "11602", "Excision malignant lesion trunk/arms/legs", "Left upper arm",
                    "BCC L upper arm 1.0 cm + 4 mm margins; layered closure 3.8 cm (12032 billed).")],
    "procedures": [
        P("Post-op wound check", site="Left upper arm",
          note="Looked at the excision site at his request: intact, no erythema. No treatment given."),
    ],
    "note_title": "Office Visit",
    "note": """Cedar Fork Family Medicine - Acute Visit
Arthur Collins  79 M   DOS 03/18/2025       Rafael Santos, MD

CC: worse breathing x 4 days

HPI: increased SOB, cough now productive of green sputum, wheezing at night, using albuterol q3h. No fever.
No chest pain. Still smokes ~10/day. On Anoro daily.
(Had BCC excised from L upper arm last Wed 03/12 - asked me to peek at it while here.)

Exam: T 99.1, SpO2 89% RA; declined an in-office neb, used his own inhaler in the room, SpO2 91% after.
Diffuse exp wheezes, prolonged expiration, no crackles.
L upper arm incision intact, no redness, sutures in place.

A/P:
1. COPD exacerbation, moderate - prednisone 40 mg x 5 days, doxycycline 100 bid x 5 days. CXR ordered at
   the hospital today. Continue Anoro, albuterol q4h prn. Return precautions given - low threshold for
   ED if SpO2 < 88% at home.
2. Tobacco - counseled, pt not ready.
3. Excision site - healing fine, keep plan for suture removal next Mon.
RTC 1 week.
e-signed Rafael Santos MD 03/18/2025
""",
    "expected": E([L("99214", 1, "24")], ["global-period"]),
    "coder_note": "GS-5: an E/M for an unrelated problem (COPD exacerbation, prescription drug management) inside the "
                  "10-day global of the 03/12 excision/repair -> 24. The wound look is post-op care, not coded.",
})

SCENARIOS.append({
    "id": "s69-po-new-lesion-shave-in-ak-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Shave removal bleeding pyogenic granuloma chest 8 mm, 5 days after AK cryo (010 global) -> 11301-79; MA",
    "date": "2025-04-23",
    "patient": ("Stidham", "Pauline", "1948-06-11", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Pyogenic granuloma, right upper chest", "L98.0", "Right upper chest", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp"),
    ],
    "prior": [
        PRIOR("2025-04-18", "17000", "Destruction premalignant lesion, first", "Scalp",
              "LN2 to 4 AKs on scalp."),
        PRIOR("2025-04-18", "17003", "Destruction premalignant lesions 2-14", "Scalp", "3 additional AKs."),
    ],
    "procedures": [
        P("Shave removal skin lesion, trunk", cpt="11301", site="Right upper chest",
          note="8 mm friable red papule, bleeding. Shaved flush, base cauterized. To path.", reasons=["c1"]),
    ],
    "path": [{"date": "2025-04-28", "site": "Right upper chest",
              "text": "Skin, right upper chest, shave: lobular capillary hemangioma (pyogenic granuloma)."}],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE
Pauline Stidham  76 F   DOS 04/23/2025    June Abernathy, DO

CC: red bump on chest bleeding all over her bra

Came in 5 days after we froze her scalp AKs (04/18) - scalp spots crusting as expected, not the reason for
today. New problem: red bump R upper chest popped up 3 weeks ago, grows fast, bleeds every time her bra strap
rubs it, went through 2 bandaids last night.

Exam: R upper chest 8 mm bright red friable papule with collarette, oozing. Scalp cryo sites healing.

A/P: Pyogenic granuloma R chest, bleeding. Shave removal done - consent, 1% lido w/ epi, shaved flush,
base electrocauterized, to path. Pressure bandage.
Call with path. Scalp - nothing more needed until 6 mo check.
e-signed June Abernathy, DO
""",
    "expected": E([L("11301", 1, "79")], ["global-period"], dx={"11301": ["L98.0"]}),
    "coder_note": "GS-5: a new, unrelated lesion treated inside the 10-day global of the 04/18 AK destruction -> 79 on "
                  "the procedure. Trunk shave 0.8 cm -> 11301.",
})

SCENARIOS.append({
    "id": "s69-id-axilla-abscess-dm-insulin-25",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D L axillary abscess + uncontrolled DM2 with insulin start (99214-25); Medicaid",
    "date": "2025-05-13",
    "patient": ("Gibson", "Darrell", "1972-10-10", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
        C("c2", "Type 2 diabetes mellitus with hyperglycemia", "E11.65", reason=True),
        C("c3", "Obesity", "E66.9"),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Left axilla",
          note="2 cm fluctuant abscess, single stab incision, 3 mL pus expressed, no loculations, no packing.",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE  05/13/2025
Darrell Gibson   52 M      Rafael Santos, MD

CC: painful boil under L arm x 5 days; sugars high

HPI: tender lump L armpit, growing, now pointing. No fever/chills. Sugars 250-300s on home meter; A1c
10.8 (hospital lab Friday; 9.2 in Jan) on metformin and glipizide max doses. Polyuria, nocturia x3.

Exam: afebrile. L axilla 2 cm fluctuant tender nodule with 4 cm surrounding erythema, no streaking.
No other lesions. Feet: monofilament intact.

A/P:
1. Abscess L axilla - I&D today (below). Bactrim DS bid x 7 d, warm compresses.
2. DM2 uncontrolled, symptomatic hyperglycemia - start basal insulin: Lantus 10 units qHS, titrate 2 units
   q3 days to fasting 100-130. Insulin teaching by RN today, glucometer strips sent. Stop glipizide when
   Lantus > 20 units. Urine microalbumin, lipids ordered.
3. Obesity - discussed, revisit at next visit.

PROCEDURE: I&D, L axillary abscess. Verbal consent. Betadine prep, 1% lido field block. Single 1 cm stab
incision with #11 blade, ~3 mL purulent material expressed, cavity probed - no loculations. Irrigated
with saline. Packing not needed. Dressing. Culture sent.
RTC 1 wk (wound + sugar log).
e-signed Rafael Santos MD
""",
    "expected": E([L("99214", 1, "25"), L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Simple single abscess with no loculations or packing -> 10060. Insulin start for uncontrolled DM is "
                  "significant, separately identifiable work -> 99214-25 (GS-3).",
})

SCENARIOS.append({
    "id": "s69-id-two-abscesses-precoded-10061",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "I&D of two separate abscesses (R buttock, R thigh) pre-coded 10060 twice -> 10061 x1; commercial",
    "date": "2025-06-10",
    "patient": ("Caldwell", "Trent", "1998-01-30", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
        C("c2", "Cutaneous abscess of right lower limb", "L02.415", "Right posterior thigh", reason=True),
    ],
    "procedures": [
        P("Incision and drainage, abscess", cpt="10060", site="Right buttock",
          note="3 cm abscess, incised, drained.", reasons=["c1"]),
        P("Incision and drainage, abscess", cpt="10060", site="Right posterior thigh",
          note="1.5 cm abscess, incised, drained.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Fork Family Medicine - Procedure Note
Trent Caldwell  27 M  DOS 06/10/2025   June Abernathy, DO

Two painful "boils" - R buttock x 6 days and R back of thigh x 3 days. Works on a roofing crew.
Girlfriend had MRSA last year. No fever. No diabetes.

Exam: (1) R buttock 3 cm fluctuant abscess with 5 cm cellulitis. (2) R posterior thigh 1.5 cm fluctuant
abscess, separate from the first, 6 cm apart.

Procedure: I&D x 2, two separate abscesses. Verbal consent. Chlorhexidine, 1% lido.
(1) Buttock: 1.5 cm incision, 5 mL pus, loculations broken up with hemostat, irrigated, 1/4" iodoform
packing. (2) Thigh: 0.5 cm stab incision, 1 mL pus, irrigated, no packing.
Culture from #1. Bactrim DS bid x 7 d.
Packing out in 48 h here. Decolonization handout (chlorhexidine wash, mupirocin nares).
e-signed June Abernathy, DO
""",
    "expected": E([L("10061")], ["coding-correction"], dx={"10061": ["L02.31"]}),
    "coder_note": "4.8 table: 10060 = simple/single, 10061 = complicated or multiple. Two separate abscesses drained "
                  "(one loculated with packing) -> one unit of 10061, not 10060 twice (10061/10060 PTP pair, MUE 1).",
})

SCENARIOS.append({
    "id": "s69-il-keloids-chest-kenalog-40mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Intralesional triamcinolone to two chest keloids, 40 mg total -> 11900 + J3301 x4; Medicaid",
    "date": "2025-07-22",
    "patient": ("Ison", "Jasmine", "1995-04-18", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Keloid scars, presternal chest", "L91.0", "Presternal chest", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE
Jasmine Ison  30 F   DOS 07/22/2025   Rafael Santos, MD

Here for keloid injections #2 (first done 6 wks ago). Two keloids mid chest from old acne - itchy,
tender when bra rubs them. Softer and flatter since last shot, still raised.
Not pregnant, not breastfeeding.

Keloid A (upper presternal) 2.2 x 1.0 cm; keloid B (lower presternal) 1.5 x 0.8 cm.

Procedure: intralesional steroid injection. Verbal consent. Alcohol prep.
Kenalog-40 (triamcinolone acetonide 40 mg/mL), undiluted, 30 g needle, injected into the body of each keloid
until blanching:
  A - 0.5 mL (20 mg)
  B - 0.5 mL (20 mg)
Total 1.0 mL = 40 mg triamcinolone acetonide. No complications.

Discussed atrophy/hypopigmentation. Next injection in 6 weeks. Silicone sheets nightly in between.
Signed Rafael Santos, MD
""",
    "expected": E([L("11900"), L("J3301", 4)], dx={"11900": ["L91.0"]}),
    "coder_note": "4.8 table: 2 lesions (<=7) -> 11900 x1; J3301 per 10 mg: 40 mg -> 4 units.",
})

SCENARIOS.append({
    "id": "s69-il-acne-cysts-nine-dilute-kenalog",
    "family": "intralesional", "shape": "free-text",
    "description": "Nine inflamed acne cysts injected with dilute triamcinolone (2.25 mg) -> 11901 + J3301 x1; commercial Aetna",
    "date": "2025-08-19",
    "patient": ("Spencer", "Tyler", "2006-02-22", "male"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic lesions face and back", "L70.0", "Face, upper back", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection", site="Cheeks, chin, upper back",
          note="Triamcinolone 2.5 mg/mL, 0.1 mL into each of 9 cysts (total 0.9 mL = 2.25 mg).", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Fork Family Medicine - Procedure
Tyler Spencer  19 M   DOS 08/19/2025   June Abernathy, DO

Acne f/u for cyst shots. On doxycycline 100 daily + tretinoin 0.05% since June - acne overall better, no
changes to his regimen today. Several painful deep cysts flaring, wants them injected before college move-in.

Cysts counted: R cheek 3, L cheek 2, chin 1, upper back 3 = 9 tender inflamed nodules.

Procedure: ILK. Kenalog-10 diluted with NS to 2.5 mg/mL. 0.1 mL into each of the nine cysts with a 30 g
needle. Total 0.9 mL = 2.25 mg triamcinolone acetonide. Tolerated well.
Small risk of dents discussed. Isotretinoin referral talked about - he will think about it, nothing ordered.

RTC 3 mo acne f/u.
e-signed June Abernathy, DO
""",
    "expected": E([L("11901"), L("J3301")], dx={"11901": ["L70.0"]}),
    "coder_note": "4.8 table: more than 7 lesions -> 11901 (one unit, not with 11900). J3301 = ceil(2.25 mg / 10) = 1.",
})

SCENARIOS.append({
    "id": "s69-mohs-forehead-bcc-six-blocks-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs (FP with ASMS training) R forehead BCC: stage 1 six blocks, stage 2 two blocks; layered 2.2 cm; MA",
    "date": "2025-09-16",
    "patient": ("Ritchie", "Clarence", "1943-08-08", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right forehead", "C44.319", "Right lateral forehead", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """CEDAR FORK FAMILY MEDICINE - MOHS CLINIC (monthly)
MOHS MICROGRAPHIC SURGERY NOTE
Patient: Clarence Ritchie  DOB 08/08/1943   DOS 09/16/2025
Surgeon and pathologist: Samuel Weiss, MD (family medicine, Mohs trained - ASMS); slides cut by our histotech.

Pre-op dx: nodular BCC R lateral forehead, bx 08/19/2025 (our shave bx, path nodular BCC, base involved).
Indication: head/face location, ill-defined borders. Not on blood thinners. Pacemaker: no.
Clinical lesion 1.0 cm before surgery.

Consent reviewed and signed. Time-out.
Anesthesia 1% lido w/ epi 1:100,000, 5 mL.

STAGE 1: debulk with curette, layer excised at 2 mm margin. Tissue divided into 6 blocks (larger than usual
  because of the ill-defined edge), mapped and inked. Frozen horizontal sections read by me: BCC at
  block 4 peripheral margin (5-6 o'clock).
STAGE 2: additional layer 4-7 o'clock, 2 blocks. Clear.
Totals: 2 stages; blocks 6 + 2.

Final defect 1.8 x 1.5 cm, subcutaneous fat, frontalis intact.
Repair: layered closure. Undermined in the subcutaneous plane 1 cm, 4-0 Monocryl buried dermal, 5-0 nylon
running. Final repair length 2.2 cm. Dog-ears trimmed.

No complications. Pressure dressing. Sutures out 6-7 days. Recheck 3 months, then full skin checks with
Dr. Abernathy q 6 mo.
Samuel Weiss, MD - electronically signed 09/16/2025 14:30
""",
    "expected": E([L("17311"), L("17315"), L("17312"), L("12051")], dx={"17311": ["C44.319"]}),
    "coder_note": "MOHS-2: head site -> 17311 + 17312 (second stage); 17315 x1 for the sixth block of stage 1. "
                  "MOHS-7: layered repair forehead 2.2 cm -> 12051, no PTP edit with 17311.",
})

SCENARIOS.append({
    "id": "s69-mohs-hand-sccis-precoded-trunk-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs SCC in situ L dorsal hand, 2 stages, pre-coded 17313 + 17314 + 88305 -> 17311 + 17312; Medicare FFS",
    "date": "2025-10-21",
    "patient": ("Lewis", "Margaret", "1946-05-02", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 120,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left dorsal hand", "D04.62", "Left dorsal hand", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", cpt="17313", site="Left dorsal hand",
          note="Stage 1, 3 blocks. Residual SCCIS at radial margin.", reasons=["c1"]),
        P("Mohs micrographic surgery, additional stage", cpt="17314", site="Left dorsal hand",
          note="Stage 2, 2 blocks. Clear.", reasons=["c1"]),
        P("Surgical pathology, skin", cpt="88305", site="Left dorsal hand",
          note="Mohs layers frozen sections, read by surgeon.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """CEDAR FORK FAMILY MEDICINE - MOHS DAY
Margaret Lewis  79 F  DOS 10/21/2025
Surgeon/pathologist: Samuel Weiss, MD

Dx: SCC in situ, L dorsal hand, biopsy 09/23 (Dr. Santos, tangential) - recurrent after 5-FU cream last
year. Hand is a high-risk location (AUC area H), skin thin. Mohs chosen for tissue sparing.

Stage 1: 1.4 cm lesion excised with 2 mm margin, 3 blocks, frozen sections read by me - residual SCCIS at
the radial edge (block 2).
Stage 2: radial layer, 2 blocks, clear.
No specimens sent to outside pathology - all frozen sections processed and read in-house as part of Mohs.

Defect 2.0 x 1.6 cm on dorsal hand; allowed to heal by second intention (pt preference, good site for it).
Vaseline, non-stick dressing, wound care handout.

Billing sheet from front desk had 17313/17314 and 88305 - please fix, this is the hand.
Samuel Weiss, MD
""",
    "expected": E([L("17311"), L("17312")], ["coding-correction", "ncci"], dx={"17311": ["D04.62"]}),
    "coder_note": "MOHS-2: hands are in the 17311/17312 site group, not trunk/arms/legs 17313/17314. MOHS-5: no 88305 "
                  "for the Mohs layers themselves (17311/88305 PTP, same lesion) -> removed. Second intention, no repair.",
})

SCENARIOS.append({
    "id": "s69-mohs-flank-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of small primary superficial BCC L flank (AUC inappropriate), ABN signed -> 17313-GA; Medicare FFS",
    "date": "2025-11-18",
    "patient": ("Stacy", "Elmer", "1952-09-14", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, left flank", "C44.519", "Left flank", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery", site="Left flank",
          note="Primary superficial BCC 0.9 cm. Stage 1, 3 blocks, margins clear. Second-intention healing.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Cedar Fork Family Medicine - Mohs Clinic
Elmer Stacy  73 M   DOS 11/18/2025   Samuel Weiss, MD (surgeon and pathologist)

Bx 10/28: superficial BCC, L flank. Primary tumor, 0.9 cm, well-defined. Not immunosuppressed, no radiation
history, no genetic syndrome. I recommended ED&C, standard excision or imiquimod - trunk superficial BCC under
2 cm does not meet appropriate-use criteria for Mohs. Pt insists on Mohs ("my brother's came back").
Explained Medicare will likely deny it as not medically necessary; ABN (CMS-R-131) given and signed before
the procedure, pt chose option 1.

Mohs stage 1: 2 mm margin, 3 blocks, frozen sections read by me - clear on the first stage.
Defect 1.3 cm; second-intention healing, no repair.
Wound care reviewed. Recheck 4 weeks.
Samuel Weiss, MD  11/18/2025
""",
    "expected": E([L("17313", 1, "GA")], dx={"17313": ["C44.519"]}),
    "coder_note": "MOHSN-2 / README GA example: small primary superficial BCC of the trunk fails the Mohs LCD/AUC; "
                  "Medicare FFS with a signed ABN -> 17313-GA. One stage, 3 blocks.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: nails, paring, patch tests, phototherapy, repairs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s69-nail-ingrown-right-great-phenol-t5",
    "family": "nails", "shape": "free-text",
    "description": "Recurrent ingrown R great toenail: partial avulsion + phenol matrixectomy (same nail) -> 11750-T5; Medicaid",
    "date": "2025-01-14",
    "patient": ("Hurt", "Colton", "2010-03-27", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, lateral border", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion, lateral border", site="Right great toe",
          note="Lateral 1/4 of nail plate lifted and removed after digital block.", reasons=["c1"]),
        P("Chemical matrixectomy with phenol", site="Right great toe",
          note="89% phenol 3 x 30 sec to lateral matrix horn for permanent removal of that border.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE
Colton Hurt  14 M  DOS 01/14/2025   June Abernathy, DO      (mom present, consent signed by mom)

Ingrown toenail R great toe lateral side - 3rd time this year. Soaks, cotton wedging, and 2 courses of
cephalexin from urgent care. Plays basketball, hurts in shoes. Wants it fixed for good.

Exam: R great toe lateral nail fold red, swollen, granulation tissue at the fold, small amount of pus.
No cellulitis up the foot. Medial border fine.

Procedure: partial nail avulsion with phenol matrixectomy, R hallux, lateral border.
Digital block 1% plain lidocaine 4 mL, tourniquet. Lateral 1/4 of nail plate split with English anvil,
removed with hemostat. Granulation tissue curetted. 89% phenol applied to lateral matrix x 3 applications
of 30 sec, flushed with alcohol. Tourniquet off, cap refill normal. Bacitracin, bulky dressing.

Soaks bid starting tomorrow, open-toe shoe 1 week. No antibiotics needed. Recheck 2 wk.
e-signed June Abernathy, DO
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "4.8 table: partial nail and matrix removal for permanent removal -> 11750; the avulsion of the same "
                  "nail is included (11750/11730 PTP, same nail). Right great toe -> T5 (conventions digit modifiers).",
})

SCENARIOS.append({
    "id": "s69-nail-avulsion-left-great-and-second-toe",
    "family": "nails", "shape": "note-only",
    "description": "Crush injury: avulsion of L great toenail and L 2nd toenail -> 11730-TA + 11732-T1; MA",
    "date": "2025-02-25",
    "patient": ("Marcum", "Dewey", "1956-11-03", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Contusion of left great toe with damage to nail", "S90.212A", "Left great toe", reason=True),
        C("c2", "Contusion of left lesser toe with damage to nail", "S90.222A", "Left second toe", reason=True),
        C("c3", "Type 2 diabetes mellitus without complications", "E11.9"),
    ],
    "note_title": "Office Visit",
    "note": """Cedar Fork Family Medicine - Acute Visit
Dewey Marcum  68 M   DOS 02/25/2025    Rafael Santos, MD

CC: dropped a cinder block on L foot yesterday

Big toe and 2nd toe throbbing, nails black and lifting. Can walk. Diabetic - sugars fine per log, A1c 6.8
last month, no changes needed today.

Exam: L great toe - subungual hematoma >75% of nail, nail plate loose and lifted at the proximal fold.
L 2nd toe - nail plate partially detached and hanging by the lateral edge. No open fracture, no nail bed
laceration seen after removal. Pulses 2+, sensation intact. No bony point tenderness or deformity, bears weight -
x-ray not needed per pt preference and exam.

Procedure: nail avulsion x 2. Digital blocks 1% lido plain to L 1st and 2nd toes. Loose nail plates of the
L great toe and the L second toe elevated with a freer and removed completely. Nail beds intact, no repair
needed. Xeroform, gauze, post-op shoe.

A/P: crush injury L great + 2nd toe with nail damage - nails removed. Keep clean and dry, dressing daily.
Diabetic foot precautions. Recheck 1 week, sooner if red/streaking/fever.
e-signed Rafael Santos MD
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")]),
    "coder_note": "4.8 table: first nail avulsion 11730 + each additional 11732; digit modifiers TA (left great toe) "
                  "and T1 (left 2nd toe). Evaluation leads only to the procedure and DM is not managed -> no E/M.",
})

SCENARIOS.append({
    "id": "s69-par-three-calluses-dm-neuropathy-25",
    "family": "paring", "shape": "note-only",
    "description": "Diabetic f/u with GLP-1 added (99214-25) + paring of 3 plantar calluses -> 11056; Medicaid MCO",
    "date": "2025-03-04",
    "patient": ("Jent", "Loretta", "1963-08-12", "female"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
        C("c2", "Corns and callosities, plantar feet", "L84", "Plantar feet", reason=True),
        C("c3", "Essential hypertension", "I10", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE - OFFICE VISIT
Loretta Jent  61 F   DOS 03/04/2025   June Abernathy, DO

CC: DM f/u, calluses on feet hurting

S: A1c 8.9 (8.2 in Nov) on metformin + glipizide. Burning feet at night, numb toes. Thick calluses on the
bottoms of both feet, painful to walk at her cashier job. BP home 120s-130s.

O: BP 128/76. Wt 204. Feet: decreased monofilament at toes bilat, pulses 2+. Hyperkeratotic calluses:
R 1st MTP head, R 5th MTP head, L 2nd MTP head (3 total). No ulceration, no pre-ulcerative hemorrhage.

A/P:
1. DM2 with neuropathy, uncontrolled - add Trulicity 0.75 mg weekly, titrate to 1.5. Stop glipizide once at
   1.5 (hypoglycemia risk). Gabapentin 300 qHS for neuropathic pain. A1c 3 mo. Podiatry/diabetic shoe
   referral.
2. Calluses x 3 - pared today, see below.
3. HTN - controlled on lisinopril 10, continue.

PROCEDURE: paring of benign hyperkeratotic lesions. Pared with #15 blade, 3 calluses (R 1st MTP, R 5th MTP,
L 2nd MTP) down to healthy tissue, no bleeding. Pads applied.
RTC 3 mo.
e-signed June Abernathy, DO
""",
    "expected": E([L("99214", 1, "25"), L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8 table: paring 2-4 lesions -> 11056. New GLP-1, gabapentin and sulfonylurea plan are separate "
                  "chronic-care work -> 99214-25.",
})

SCENARIOS.append({
    "id": "s69-par-precoded-11057-four-corns",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of four corns pre-coded 11057 (>4) -> 11056; plantar warts noted but not treated; commercial",
    "date": "2025-04-08",
    "patient": ("Estep", "Donna", "1970-12-29", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Corns, both feet", "L84", "Toes, both feet", reason=True),
        C("c2", "Plantar warts", "B07.0", "Left heel"),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesions", cpt="11057", site="Toes, both feet",
          note="Corns pared.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Fork Family Medicine   DOS 04/08/2025
Donna Estep  54 F      Rafael Santos, MD

Painful corns on toes from work boots (poultry plant, 12 hr shifts on her feet). Here for trimming.

Exam: hard corns - R 5th toe lateral, L 5th toe lateral, R 4th toe dorsal (PIP), L 2nd toe dorsal (PIP).
4 corns total. Also 2 small plantar warts L heel - she'd like to hold off; will freeze next visit if she wants.

Procedure: paring of the 4 corns with #15 blade until pain relief, no bleeding. Silicone toe sleeves given.
Discussed wider toe box boots.
No treatment of the warts today.
e-signed Rafael Santos MD
""",
    "expected": E([L("11056")], ["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "4.8 table / conventions: 11056 = 2-4 lesions, 11057 = more than 4. Four corns -> 11056. Warts "
                  "deferred, nothing coded for them.",
})

SCENARIOS.append({
    "id": "s69-pt-true-35-htn-asthma-25",
    "family": "patch-test", "shape": "note-only",
    "description": "T.R.U.E. test application 35 allergens + HTN/asthma management (99214-25); Medicaid",
    "date": "2025-05-27",
    "patient": ("Kidd", "Rhonda", "1981-05-05", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Dermatitis of hands", "L30.9", "Both hands", reason=True),
        C("c2", "Essential hypertension", "I10", reason=True),
        C("c3", "Moderate persistent asthma, uncomplicated", "J45.40", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE  -  OFFICE VISIT 05/27/2025
Rhonda Kidd  44 F   June Abernathy, DO

CC: hand rash not better; BP and asthma f/u

S: Hand dermatitis x 6 mo, CNA at the nursing home, worse on work days, only partly better with
clobetasol. Wants to know if she's allergic to something at work. BP home 145/95 range on HCTZ 25.
Asthma: night cough 2-3x/wk, albuterol 4-5x/wk lately with pollen.

O: BP 148/96. Lungs: faint end-exp wheeze. Hands: lichenified scaly plaques dorsal hands and finger webs,
fissures. Back skin clear (ok for patches).

A/P:
1. Hand dermatitis, r/o allergic contact - T.R.U.E. test applied today to upper back: panels 1, 2 and 3,
   35 allergens total. Stop clobetasol to back (none used there). Read at 48 h and again at 72-96 h.
   Glove liners, bland emollient.
2. HTN, not controlled - add amlodipine 5 mg, continue HCTZ. BMP 2 wk.
3. Asthma, not well controlled - step up: start Symbicort 160/4.5 2 puffs bid, albuterol prn. Asthma action
   plan updated.

Patch application done by me with MA assist, map of panels in chart.
RTC Thursday (48 h read), then Saturday clinic for final read.
e-signed June Abernathy, DO
""",
    "expected": E([L("99214", 1, "25"), L("95044", 35)]),
    "coder_note": "4.8 table: 95044 units = number of allergens tested (35). 95044/99214 PTP indicator 1; the HTN "
                  "and asthma step-up are separate work -> 99214-25. Read visits are not coded today.",
})

SCENARIOS.append({
    "id": "s69-pt-precoded-units-24-allergens",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch-test application only, 24 allergens (T.R.U.E. panels 1 and 2), pre-coded 95044 -> 95044 x24; commercial Cigna",
    "date": "2025-06-24",
    "patient": ("Bentley", "Marcus", "1988-10-16", "male"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Dermatitis of neck and eyelids", "L30.9", "Neck, eyelids", reason=True),
    ],
    "procedures": [
        P("Patch test application", cpt="95044", site="Upper back",
          note="T.R.U.E. test panels 1 and 2 applied.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE - PATCH TEST APPLICATION
Marcus Bentley  36 M  DOS 06/24/2025   Rafael Santos, MD

Seen 06/10 for itchy rash of neck and eyelids (eval + plan for patch testing done that day).
Today is application only. No oral steroids x 4 weeks, no topical steroid on back.

Applied to upper back: T.R.U.E. test panel 1 (12 allergens) and panel 2 (12 allergens) = 24 allergens.
Panel 3 not applied (not in stock - will add at a later date only if these are negative).
Marked with skin marker, photos taken. Keep dry, no exercise/sweating.

Return 06/26 for 48 h removal/read and 06/28 for delayed read.
e-signed Rafael Santos MD
""",
    "expected": E([L("95044", 24)]),
    "coder_note": "4.8 table / conventions: 95044 is reported per test; 24 allergens applied -> 24 units. Panel 3 "
                  "not applied, not counted. No E/M (evaluation was on 06/10).",
})

SCENARIOS.append({
    "id": "s69-photo-nbuvb-psoriasis-session",
    "family": "phototherapy", "shape": "free-text",
    "description": "Narrowband UVB session #14 for plaque psoriasis (clinic panel), no E/M -> 96900; Medicaid",
    "date": "2025-07-01",
    "patient": ("Cornett", "Bradley", "1985-02-02", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, ~12% BSA", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("Narrowband UVB phototherapy", site="Whole body (panel booth)",
          note="Session #14, 1100 mJ/cm2 (prior 1000), no burn from last session.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """CEDAR FORK FAMILY MEDICINE - PHOTOTHERAPY RECORD
Bradley Cornett  DOB 02/02/1985   DOS 07/01/2025
Ordering/supervising physician: June Abernathy, DO (in clinic during treatment)

Dx: plaque psoriasis, about 12% BSA at start (now ~7%). Failed 4 months of clobetasol + calcipotriene.
Treatment: narrowband UVB (311 nm) full-body panel, 3x/week. NO psoralen, NO tar.
Session #14 today.
Pre-check: no erythema/burning from last session (06/27), no new photosensitizing meds, goggles on,
genital shielding in place.
Dose: 1100 mJ/cm2 (increased 10% from 1000).
Post: tolerated, no immediate erythema.
Next session 07/03. MD review of progress at session #20.
Nurse: K. Adams, RN   Physician co-sign: June Abernathy, DO
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "4.8 table: UV light alone (narrowband UVB, no psoralen or tar) = actinotherapy 96900, one per "
                  "session. No E/M documented or selected.",
})

SCENARIOS.append({
    "id": "s69-photo-tar-uvb-dm-lipids-25",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Goeckerman-type tar + UVB session (pre-coded 96910) plus DM/HLD management (99214-25); MA",
    "date": "2025-08-12",
    "patient": ("Osborne", "Carl", "1958-07-19", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, severe, ~18% BSA", "L40.0", "Trunk, legs", reason=True),
        C("c2", "Type 2 diabetes mellitus with hyperglycemia", "E11.65", reason=True),
        C("c3", "Hyperlipidemia", "E78.5", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy, tar and UVB (Goeckerman type)", cpt="96910", site="Trunk and legs",
          note="Crude coal tar 2% in petrolatum applied 2 h, removed, then NB-UVB 900 mJ/cm2.",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit + Phototherapy",
    "note": """Cedar Fork Family Medicine - Office Visit and Phototherapy
Carl Osborne  67 M   DOS 08/12/2025    Rafael Santos, MD

Psoriasis: severe plaque psoriasis ~18% BSA, in our modified Goeckerman program (tar + UVB) 3x/wk since July,
PASI improving (14 -> 9). Biologic on hold pending insurance appeal.
Also due for DM and lipid follow-up today - lab results back.

Labs: A1c 8.6 (7.5 in Feb). LDL 142 on atorvastatin 20. Cr 0.9. ALT normal.

A/P:
1. Psoriasis - continue tar/UVB. Today's treatment: crude coal tar 2% in petrolatum to plaques x 2 h,
   removed, then NB-UVB 900 mJ/cm2 in panel. Tolerated, no burn.
2. DM2, worse - likely partly from prednisone burst the urgent care gave him in June (told him to avoid
   systemic steroids for psoriasis). Increase metformin XR to 2000 mg daily, add Jardiance 10 mg. A1c 3 mo.
3. Hyperlipidemia not at goal - increase atorvastatin to 40 mg. Lipids 3 mo.
RTC Wed for next phototherapy, 3 mo for DM.
e-signed Rafael Santos MD
""",
    "expected": E([L("96910"), L("99214", 1, "25")], dx={"96910": ["L40.0"]}),
    "coder_note": "4.8 table: tar plus UVB = 96910. 96910/99214 PTP indicator 1; DM and lipid medication changes are "
                  "separately identifiable -> 99214-25.",
})

SCENARIOS.append({
    "id": "s69-rep-lac-chin-and-forearm-xs",
    "family": "repair", "shape": "free-text",
    "description": "Bike fall: simple repair chin 1.0 cm + R forearm 2.5 cm (different repair groups) -> 12011 + 12001-XS; Medicaid",
    "date": "2025-09-02",
    "patient": ("Lykins", "Mason", "2013-06-06", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Laceration of chin", "S01.81XA", "Chin", reason=True),
        C("c2", "Laceration of right forearm", "S51.811A", "Right volar forearm", reason=True),
    ],
    "procedures": [
        P("Laceration repair, simple", site="Chin",
          note="1.0 cm laceration, 6-0 nylon x 3, single layer.", reasons=["c1"]),
        P("Laceration repair, simple", site="Right volar forearm",
          note="2.5 cm laceration, 5-0 nylon x 5, single layer.", reasons=["c2"]),
    ],
    "note_title": "Acute Visit / Procedure",
    "note": """CEDAR FORK FAMILY MEDICINE - ACUTE VISIT
Mason Lykins  12 M  DOS 09/02/2025   June Abernathy, DO   (with dad)

Fell off bike on gravel road 1 hr ago. No LOC, no vomiting, remembers the whole thing. Cut chin and R arm.
Tdap given at school physical last year - UTD.

Exam: alert, neuro nonfocal, no midline neck tenderness, teeth intact, jaw moves normally.
(1) Chin - 1.0 cm linear laceration, clean edges, subcutaneous depth.
(2) R volar forearm - 2.5 cm laceration, superficial, gravel in wound. Full ROM and sensation of hand,
    tendons intact.
Abrasions on both knees - cleaned, bacitracin, no closure.

Procedures (dad consented):
(1) Chin: 1% lido w/ epi, irrigated, 3 x 6-0 nylon simple interrupted, single layer.
(2) R forearm: 1% lido w/ epi, a few specks of gravel flushed out with 250 mL irrigation - wound not
    heavily contaminated. 5 x 5-0 nylon simple interrupted, single layer.

Sutures out: chin 5 days, arm 10 days. Wound care, signs of infection reviewed.
e-signed June Abernathy, DO
""",
    "expected": E([L("12011"), L("12001", 1, "XS")]),
    "coder_note": "REP-1/REP-2: simple repairs in different anatomic groups are not summed: face 1.0 cm -> 12011, arm "
                  "2.5 cm -> 12001. 12011/12001 PTP indicator 1 -> XS on 12001 (separate wound).",
})

SCENARIOS.append({
    "id": "s69-rep-two-forearm-lacs-summed-inches",
    "family": "repair", "shape": "note-only",
    "description": "Kitchen knife: two simple lacs L forearm 3/4 in (2.0 cm) + 1/2 in (1.5 cm) summed 3.5 cm -> 12002; commercial",
    "date": "2025-10-07",
    "patient": ("Sexton", "Crystal", "1990-12-11", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Laceration without foreign body, left forearm", "S51.812A", "Left forearm", reason=True),
    ],
    "note_title": "Acute Visit / Procedure",
    "note": """Cedar Fork Family Medicine - Acute
Crystal Sexton  34 F  DOS 10/07/2025   Rafael Santos, MD

Slipped while deboning a deer shoulder with a kitchen knife ~2 h ago. Two cuts L forearm. Bleeding
controlled with towel. Tetanus: Tdap 2021.

Exam: L dorsal forearm two separate linear lacerations, 4 cm apart:
 - proximal: about 3/4 inch (2.0 cm)
 - distal: a little over 1/2 inch (1.5 cm)
Both into superficial subcutaneous fat, no tendon exposure, full finger extension/flexion, sensation intact
radial/ulnar/median. Clean kitchen knife, no debris.

Repair: 1% lido w/ epi, irrigated with 200 mL NS. Both closed with 4-0 nylon simple interrupted, single
layer (proximal 4 sutures, distal 3 sutures). No deep sutures. Bacitracin, dressing.

Sutures out 10 days. Return for redness, pus, fever, numbness.
e-signed Rafael Santos MD
""",
    "expected": E([L("12002")], dx={"12002": ["S51.812A"]}),
    "coder_note": "REP-1: simple repairs in the same anatomic group are summed: 2.0 + 1.5 = 3.5 cm arm -> one 12002 "
                  "(2.6-7.5 cm), not two 12001 lines.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: repair, skin tags, cosmetic, mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s69-rep-scalp-layered-hand-small-precoded-complex",
    "family": "repair", "shape": "pre-coded",
    "description": "Fall: layered scalp 4.0 cm (12032) + layered 0.8 cm hand lac pre-coded 13131 -> 12041; MA",
    "date": "2025-11-11",
    "patient": ("Kilburn", "Edith", "1949-04-24", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Laceration of scalp", "S01.01XA", "Occipital scalp", reason=True),
        C("c2", "Laceration of right hand", "S61.411A", "Dorsum right hand", reason=True),
    ],
    "procedures": [
        P("Repair intermediate, scalp", cpt="12032", site="Occipital scalp",
          note="4.0 cm laceration, layered closure: 3-0 Vicryl galea/deep, staples.", reasons=["c1"]),
        P("Repair complex, hand", cpt="13131", site="Dorsum right hand",
          note="0.8 cm laceration, deep dermal 5-0 Vicryl x 2, 5-0 nylon skin.", reasons=["c2"]),
    ],
    "note_title": "Acute Visit / Procedure",
    "note": """CEDAR FORK FAMILY MEDICINE - ACUTE
Edith Kilburn  76 F  DOS 11/11/2025    June Abernathy, DO

Tripped over the dog on the back steps this morning, hit back of head on the step rail and scraped R hand on
the concrete. No LOC, no headache/vomiting, no neck pain, not on any blood thinner or aspirin, at baseline per
daughter. Tetanus: Td 2019.

Exam: GCS 15, neuro nonfocal, no C-spine tenderness. (1) Occipital scalp 4.0 cm laceration through galea,
bleeding controlled with pressure. (2) Dorsum R hand 0.8 cm laceration into subcutaneous fat over the 3rd
metacarpal, extensor tendon visualized intact with full extension against resistance.

Procedures (consent verbal, daughter present):
(1) Scalp: lido w/ epi, irrigated, layered closure - 3-0 Vicryl interrupted to galea/deep layer, then
    staples to skin. Length 4.0 cm.
(2) R hand: lido plain, irrigated, layered closure - 5-0 Vicryl deep dermal x 2, 5-0 nylon x 2 to skin.
    No debridement, no undermining, tendon not involved. Length 0.8 cm.
(Billing slip had the hand as complex - it was a small layered closure.)

Staples out 7-10 d, hand sutures out 10 d. Head injury precautions reviewed with daughter.
e-signed June Abernathy, DO
""",
    "expected": E([L("12032"), L("12041")], ["coding-correction"]),
    "coder_note": "REP-2/REP-3: hand 0.8 cm layered closure with no complex elements -> intermediate 12041 (hands are "
                  "in the 12041-12047 group); a complex repair <= 1.0 cm is not reportable as 13131 anyway. Scalp "
                  "layered 4.0 cm -> 12032. Different groups, no PTP edit between them.",
})

SCENARIOS.append({
    "id": "s69-st-eighteen-tags-bra-line-irritated",
    "family": "skin-tags", "shape": "note-only",
    "description": "18 irritated/bleeding skin tags bra line and axillae removed -> 11200 + 11201 x1; Medicaid",
    "date": "2025-12-09",
    "patient": ("Dixon", "Sherry", "1974-09-01", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated, axillae and inframammary", "L91.8", "Axillae, inframammary bra line",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Cedar Fork Family Medicine - Procedure Note
Sherry Dixon  51 F   DOS 12/09/2025   Rafael Santos, MD

Skin tags under both arms and along the bra line. Bra band and straps rub them - several bleed on her bra
every week, two got red and swollen last month. Wants the irritated ones off.

Exam: pedunculated skin-colored and hyperpigmented papules, several with hemorrhagic crust and erythema.
Removed today (irritated/bleeding ones only):
  R axilla 6, L axilla 5, inframammary bra line 7  -> eighteen (18) skin tags total.
Several small non-irritated tags on the neck were left alone (pt not bothered by those).

Procedure: chlorhexidine, 1% lido w/ epi to the larger bases. Removed with curved iris scissors, bases
touched with Drysol. No sutures. Bacitracin.
Not sent to path (typical acrochordons).
e-signed Rafael Santos MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "4.8 table / conventions: 11200 covers the first 15 tags; 11201 per additional 10 -> ceil(3/10) = 1. "
                  "Bleeding/inflamed tags from documented rubbing are covered (BSL-3).",
})

SCENARIOS.append({
    "id": "s69-st-forty-tags-mue-cap",
    "family": "skin-tags", "shape": "free-text",
    "description": "40 symptomatic skin tags neck/axillae -> 11200 + 11201 (3 needed, MUE 1 -> capped); Medicare FFS",
    "date": "2025-01-21",
    "patient": ("Ratliff", "Homer", "1950-02-17", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, inflamed and bleeding, neck and axillae", "L91.8", "Neck, axillae", reason=True),
        C("c2", "Obstructive sleep apnea", "G47.33"),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck (circumferential) and both axillae",
          note="40 tags removed with scissors/cautery: neck 22, R axilla 9, L axilla 9.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE
Homer Ratliff  74 M   DOS 01/21/2025     June Abernathy, DO

Many skin tags neck and armpits. CPAP mask strap and shirt collar catch them daily - bleeding on his
pillowcase and collars, several inflamed. Uses CPAP nightly for OSA, doing well, no issues to address today.

Exam: numerous pedunculated acrochordons; many with erythema, crust or dried blood along the neck strap line.
Counted and removed: neck 22, R axilla 9, L axilla 9 = 40 tags.

Procedure: verbal consent. Small ones snipped with iris scissors, larger bases (5) anesthetized with 1%
lido w/ epi first. Hemostasis with hyfrecator. Vaseline.
Discussed he may grow more; would treat only symptomatic ones.
e-signed June Abernathy, DO
""",
    "expected": E([L("11200"), L("11201")], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "Conventions: 11201 = ceil((40-15)/10) = 3 units, but the 11201 MUE is 1 -> capped at 1 with an mue "
                  "finding (README MUE rule). Symptomatic tags (bleeding, inflamed, trauma) are covered.",
})

SCENARIOS.append({
    "id": "s69-cos-facial-sk-cryo-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cryo of 5 asymptomatic facial SKs for appearance, voluntary ABN -> 17110-GY-GX; Medicare FFS",
    "date": "2025-02-04",
    "patient": ("Bolen", "Arlene", "1944-10-30", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face", "L82.1", "Cheeks, temples", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE
Arlene Bolen  80 F   DOS 02/04/2025     Rafael Santos, MD

Wants the "brown crusty spots" on her face frozen off before her granddaughter's wedding pictures in March.
They don't itch, bleed, hurt or catch on anything, haven't changed - "I just don't like how they look."

Exam: 5 waxy stuck-on tan-brown papules: R cheek 2, L cheek 1, R temple 1, L temple 1. Classic SKs, no
inflammation, no atypical features - no biopsy needed.

Explained Medicare does not pay for cosmetic removal. She signed a voluntary ABN acknowledging she will be
responsible and asked that Medicare still be billed so she gets the denial for her supplement.

Procedure: LN2 cryospray, 1 freeze-thaw cycle to each of the 5 SKs. Tolerated well. Blister/hypopigmentation
risk reviewed.
e-signed Rafael Santos MD
""",
    "expected": E([L("17110", 1, "GX", "GY")], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4 / README cosmetic rule: asymptomatic SKs destroyed for appearance are statutorily "
                  "excluded for Medicare FFS -> GY, plus GX because a voluntary ABN is documented. 17110 for <=14.",
})

SCENARIOS.append({
    "id": "s69-cos-neck-tags-cash-plus-back-punch",
    "family": "cosmetic", "shape": "free-text",
    "description": "Six asymptomatic neck tags removed as self-pay cosmetic + punch bx of changing mole R upper back; commercial Aetna",
    "date": "2025-03-26",
    "patient": ("Fields", "Kendra", "1987-07-13", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Skin tags, neck (cosmetic)", "L91.8", "Neck"),
        C("c2", "Compound nevus, right upper back", "D22.5", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Skin tag removal", site="Neck",
          note="6 small asymptomatic tags snipped at patient request for appearance - self-pay, cosmetic.",
          reasons=["c1"]),
        P("Punch biopsy", site="Right upper back",
          note="4 mm punch of a changing pigmented papule, 1 suture.", reasons=["c2"]),
    ],
    "path": [{"date": "2025-03-31", "site": "Right upper back",
              "text": "Skin, right upper back, punch: compound melanocytic nevus, no atypia."}],
    "note_title": "Procedure Note",
    "note": """Cedar Fork Family Medicine
Kendra Fields  37 F   DOS 03/26/2025   June Abernathy, DO

1) Mole R upper back - husband says it got bigger and darker since summer. 6 mm, two shades of brown, slightly
   irregular edge. Punch bx: consent, 1% lido w/ epi, 4 mm punch, 1 x 4-0 nylon. To path.
2) Skin tags neck - 6 small tags, no irritation, no bleeding, don't catch on anything; she just doesn't like how
   they look. Told her insurance considers this cosmetic; she chose to pay our cash price ($75) today.
   Snipped with iris scissors, Drysol.

Sutures out 2 wks. Call with path.
e-signed June Abernathy, DO
""",
    "expected": E([L("11104")], ["cosmetic"], dx={"11104": ["D22.5"]}),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': asymptomatic tags removed for appearance with a "
                  "commercial payer -> 11200 not put on the claim (cosmetic finding, patient billed directly). Punch "
                  "bx of the changing mole -> 11104.",
})

SCENARIOS.append({
    "id": "s69-mix-cheek-bx-plus-hand-aks-hypothyroid-25",
    "family": "mixed", "shape": "note-only",
    "description": "Hypothyroid/HTN f/u (99213-25) + shave bx L cheek + LN2 to 3 AKs on hands -> 11102, 17000-XS, 17003 x2; MA",
    "date": "2025-04-29",
    "patient": ("Hamilton", "Eunice", "1947-06-04", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Hypothyroidism", "E03.9", reason=True),
        C("c2", "Essential hypertension", "I10", reason=True),
        C("c3", "Basal cell carcinoma, left cheek", "C44.319", "Left cheek", reason=True),
        C("c4", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
    ],
    "path": [{"date": "2025-05-02", "site": "Left cheek",
              "text": "Skin, left cheek, shave biopsy: basal cell carcinoma, nodular type, extending to the base."}],
    "note_title": "Office Visit",
    "note": """CEDAR FORK FAMILY MEDICINE  -  OFFICE VISIT   04/29/2025
Eunice Hamilton  77 F     Rafael Santos, MD

CC: thyroid/BP f/u; sore on cheek that bleeds; rough spots on hands

S: Tired, cold, constipated x 2 months. TSH (drawn last wk) 11.2 on levothyroxine 50 mcg. BP home 120s/70s
on losartan. Shiny bump L cheek bleeds when she washes her face x 3 months. Rough scaly spots back of hands.

O: BP 124/74. Thyroid not enlarged. Skin: L cheek 6 mm pearly papule with central erosion. Dorsal hands -
3 gritty scaly papules (R hand 2, L hand 1), typical AKs.

A/P:
1. Hypothyroid, undertreated - increase levothyroxine to 75 mcg. TSH in 6 wks.
2. HTN - controlled, continue losartan 50.
3. L cheek lesion - shave bx done (below).
4. AKs x 3 dorsal hands - LN2 (below).

PROCEDURES:
- Shave (tangential) bx, L cheek: 1% lido w/ epi, Dermablade, Drysol. To path.
- Cryotherapy, dorsal hands: LN2 2 cycles to 3 AKs (R hand 2, L hand 1). Separate sites from the biopsy.
Wound care reviewed. Will call with path; if BCC, discuss Mohs with Dr. Weiss.
e-signed Rafael Santos MD
""",
    "expected": E([L("99213", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 2)],
                  dx={"11102": ["C44.319"], "17000": ["L57.0"]}),
    "coder_note": "BX-5/DS-3: biopsy and AK destruction of different lesions; 11102/17000 is PTP indicator 1 with the "
                  "biopsy as column 1 -> XS on 17000 (conventions). 17003 x2 has no PTP pair with 11102, no XS. "
                  "Levothyroxine increase is separate work -> provider's 99213 with 25.",
})

SCENARIOS.append({
    "id": "s69-mix-finger-warts-plus-back-sk-shave-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Cryo 3 finger warts (17110) + shave of inflamed 4 mm SK on back (11300), pre-coded no modifiers -> 11300-XS; Medicaid",
    "date": "2025-05-28",
    "patient": ("Brock", "Dustin", "1992-11-25", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, fingers", "B07.8", "Fingers, left hand", reason=True),
        C("c2", "Inflamed seborrheic keratosis, mid back", "L82.0", "Mid back", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", cpt="17110", site="Left index and middle fingers",
          note="LN2 to 3 common warts.", reasons=["c1"]),
        P("Shave removal, trunk, 0.5 cm or less", cpt="11300", site="Mid back",
          note="4 mm inflamed SK on belt/backpack strap line, bleeding. Shaved, Drysol, to path.",
          reasons=["c2"]),
    ],
    "path": [{"date": "2025-06-02", "site": "Mid back",
              "text": "Skin, mid back, shave: inflamed seborrheic keratosis."}],
    "note_title": "Procedure Note",
    "note": """Cedar Fork Family Medicine - Procedure Note
Dustin Brock  32 M   DOS 05/28/2025    June Abernathy, DO

1. Warts L index and middle fingers x 3, painful gripping tools at work (mechanic), spreading from 1 to 3
   since winter despite OTC salicylic acid. LN2 2 cycles to each of the 3 warts.
2. Bump mid back where his tool-belt suspender/backpack strap rubs - bleeds onto his shirts, red and sore.
   4 mm inflamed stuck-on papule. Shave removal with Dermablade, Drysol, sent to path.
Two different problems, two different sites (L hand vs mid back).

Wound/blister care reviewed. Repeat wart cryo in 3-4 wks if needed.
e-signed June Abernathy, DO
""",
    "expected": E([L("17110"), L("11300", 1, "XS")], dx={"17110": ["B07.8"], "11300": ["L82.0"]}),
    "coder_note": "SH-3: 17110/11300 is PTP indicator 1; different lesions at different sites -> XS on the column-2 "
                  "code 11300. Trunk shave 0.4 cm -> 11300.",
})

SCENARIOS.append({
    "id": "s69-mix-thigh-nevus-exc-plus-shoulder-bx-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Excision changing nevus R thigh 1.0 cm + 2 mm margins (11402) + shave bx L shoulder (11102), pre-coded -> 11102-XS; commercial",
    "date": "2025-06-18",
    "patient": ("Cook", "Megan", "1983-03-09", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus, right thigh", "D22.71", "Right lateral thigh", reason=True),
        C("c2", "Carcinoma in situ of skin, left shoulder", "D04.62", "Left posterior shoulder", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, leg", cpt="11402", site="Right lateral thigh",
          note="1.0 cm changing nevus, 2 mm margins, simple closure 3.0 cm.", reasons=["c1"]),
        P("Tangential biopsy of skin", cpt="11102", site="Left posterior shoulder",
          note="Scaly pink plaque 1.2 cm, shave bx.", reasons=["c2"]),
    ],
    "path": [{"date": "2025-06-23", "site": "Right thigh; left shoulder",
              "text": "A. Skin, right lateral thigh, excision: compound dysplastic nevus with mild atypia, "
                      "completely excised. B. Skin, left posterior shoulder, shave biopsy: squamous cell "
                      "carcinoma in situ."}],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE - PROCEDURE NOTE
Megan Cook  42 F  DOS 06/18/2025    Rafael Santos, MD

A) R lateral thigh mole - changing color and size (photo comparison from 2023). 1.0 cm irregular brown
   papule. Excision: 1% lido w/ epi, ellipse with 2 mm margin all around, to fat. Simple closure 4-0 nylon,
   3.0 cm, single layer. To path.
B) L posterior shoulder - 1.2 cm pink scaly plaque, not healing x 4 mo, separate site. Tangential (shave)
   biopsy with Dermablade, Drysol. To path separately.

No other problems addressed. Sutures out thigh 12 d. Will call with path - if B is a skin cancer, will plan
treatment at that time.
e-signed Rafael Santos MD
""",
    "expected": E([L("11402"), L("11102", 1, "XS")], dx={"11402": ["D22.71"], "11102": ["D04.62"]}),
    "coder_note": "EX-1: 1.0 + 2 x 0.2 = 1.4 cm thigh, benign path (mild atypia) -> 11402; simple closure included. "
                  "BX-5: biopsy of a separate lesion -> 11402/11102 PTP indicator 1 -> XS on 11102.",
})

SCENARIOS.append({
    "id": "s69-mix-aks-uncounted-plus-chest-bx",
    "family": "mixed", "shape": "note-only",
    "description": "Shave bx R upper chest + LN2 to 'numerous' AKs with no count -> 11102 only + missing-documentation; MA",
    "date": "2025-07-29",
    "patient": ("Adams", "Virgil", "1941-01-15", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial, right upper chest", "C44.519", "Right upper chest",
          reason=True),
        C("c2", "Actinic keratoses, scalp and forehead", "L57.0", "Scalp, forehead", reason=True),
    ],
    "path": [{"date": "2025-08-01", "site": "Right upper chest",
              "text": "Skin, right upper chest, shave biopsy: superficial basal cell carcinoma."}],
    "note_title": "Procedure Note",
    "note": """CEDAR FORK FAMILY MEDICINE
Virgil Adams  84 M  DOS 07/29/2025   June Abernathy, DO

Retired tobacco farmer, lots of sun. Here for his scalp "freeze" and a new spot on his chest his
granddaughter noticed.

Exam: scalp and forehead with numerous rough scaly AKs on a background of heavy sun damage.
R upper chest 1.0 cm pink scaly thin plaque, slightly shiny border.

Procedures:
1. Shave bx R upper chest - 1% lido w/ epi, Dermablade, Drysol. To path.
2. LN2 to the AKs of scalp and forehead, 2 cycles each - treated all the thick ones.

Post-care reviewed. Call with path. Recheck scalp in 3 months.
e-signed June Abernathy, DO 07/29/2025
""",
    "expected": E([L("11102")], ["missing-documentation"], dx={"11102": ["C44.519"]}),
    "coder_note": "README 'missing measurement': no AK count ('numerous', 'all the thick ones') -> no 17000/17003/17004 "
                  "line, missing-documentation. The biopsy of the separate chest lesion -> 11102.",
})

SCENARIOS.append({
    "id": "s69-mix-calf-punch-plus-knee-warts-html",
    "family": "mixed", "shape": "note-only",
    "description": "HTML note: punch bx pigmented lesion L calf + cryo 2 warts R knee -> 11104 + 17110-XS; MA",
    "date": "2025-08-27",
    "patient": ("Hoskins", "Lorene", "1954-12-20", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Melanocytic nevus, left calf", "D22.72", "Left posterior calf", reason=True),
        C("c2", "Verruca vulgaris, right knee", "B07.8", "Right knee", reason=True),
    ],
    "path": [{"date": "2025-09-02", "site": "Left calf",
              "text": "Skin, left posterior calf, punch: compound melanocytic nevus with congenital pattern, no "
                      "atypia."}],
    "html": True,
    "note_title": "Office Visit",
    "note": """<html><body>
<h3>CEDAR FORK FAMILY MEDICINE</h3>
<p><b>Patient:</b> Lorene Hoskins &nbsp; <b>DOB:</b> 12/20/1954 &nbsp; <b>DOS:</b> 08/27/2025<br/>
<b>Provider:</b> Rafael Santos, MD</p>
<p><b>Chief Complaint:</b> dark spot back of L leg; warts on R knee</p>
<p><b>HPI:</b> 70 yo F noticed a darker spot on the back of her L calf that itches and seems raised now.
Also two warts on the R knee for a year that crack and bleed when she kneels to garden; tried OTC freeze kit.</p>
<p><b>Exam:</b></p>
<ul>
<li>L posterior calf: 7 mm dark brown papule, asymmetric color.</li>
<li>R anterior knee: 2 verrucous papules, 5 mm and 4 mm, fissured.</li>
</ul>
<p><b>Assessment/Plan:</b></p>
<ol>
<li>Pigmented lesion L calf - punch bx done today, see procedure note. If atypical, will excise later.</li>
<li>Verruca vulgaris R knee x 2, symptomatic - LN2 today.</li>
</ol>
<p><b>Procedure note:</b></p>
<ul>
<li>Punch biopsy L posterior calf: consent, 1% lido w/ epi, 4 mm punch, 1 x 4-0 nylon, to path.</li>
<li>Cryotherapy R knee: LN2, 2 freeze-thaw cycles to each of the 2 warts. Different site from the biopsy.</li>
</ul>
<p>Suture out 10-14 days. Will call with path. Repeat cryo in 3-4 weeks prn.</p>
<p><i>Electronically signed by Rafael Santos, MD on 08/27/2025 15:48</i></p>
</body></html>
""",
    "expected": E([L("11104"), L("17110", 1, "XS")], dx={"11104": ["D22.72"], "17110": ["B07.8"]}),
    "coder_note": "BX-5/DS-2: punch bx and wart destruction of different lesions; 11104/17110 PTP indicator 1 with the "
                  "biopsy as column 1 -> XS on 17110. The later excision is hypothetical.",
})
