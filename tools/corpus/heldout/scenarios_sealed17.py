"""Sealed set 17 (s17-): MAC targeted probe-and-educate sample, dermatology claims from eight small practices.

Auditor's sample, weighted to Medicare FFS and Medicare Advantage: ABN modifiers (GA/GX/GY/GZ), global periods
(24, 58, 79, 99024), MUE caps, same-day E/M (25 vs decision-only), destruction/AK counts.

Practices (note habits):
  Cedar Hollow Dermatology (pike, santos)                 - one-line procedure notes
  Harborview Dermatology & Skin Cancer Center (voss, lindgren) - dictated paragraphs
  Tri-County Skin Associates (abernathy, weiss)           - "[x]" checkbox templates
  Mesa Dermatology Group (castellanos, marchetti)         - HTML notes with tables
  Northgate Mohs & Skin Surgery (okonkwo, lindqvist)      - operative reports
  Bayou Dermatology Clinic (baptiste, ramirez)            - SOAP shorthand
  Summit Phototherapy & Contact Dermatitis Center (nakamura, chen) - treatment logs
  Larkspur Family Dermatology (adeyemi, okafor, halvorsen) - bulleted problem lists

Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# DESTRUCTION
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-ds-ak-sixteen-precoded-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "Cryo of 16 AKs (scalp/forehead/temples) charged as 17000 + 17003 x15; Medicare FFS",
    "date": "2026-01-13",
    "patient": ("Gruenwald", "Otto", "1944-08-19", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp, forehead, temples", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", cpt="17000", site="Vertex scalp",
          note="LN2 cryotherapy", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional lesion 2-14 (qty 15)", cpt="17003",
          site="Scalp, forehead, temples", note="Charge entered as 15 units by front desk", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """TRI-COUNTY SKIN ASSOCIATES - PROCEDURE NOTE (template v3.2)
Patient: Otto Gruenwald      DOB 08/19/1944      DOS 01/13/2026
Provider: June Abernathy, MD
Visit type: [ ] New  [x] Established  [ ] Post-op
Chief complaint: rough spots on the scalp, "they keep coming back"
History: [x] Prior AK treatment (cryo 2024)  [ ] Prior skin cancer  [x] Outdoor occupation (retired farmer)
Exam: [x] Focused - scalp, forehead, temples   [ ] Full skin exam
Findings: gritty erythematous scaly papules on a background of heavy photodamage.
PROCEDURE: [x] Cryotherapy (LN2)  [ ] Curettage  [ ] Shave  [ ] Punch
Diagnosis: [x] Actinic keratosis (L57.0)
Lesion count by area:
   vertex/bald scalp ..... 11
   forehead .............. 3
   right temple .......... 1
   left temple ........... 1
   TOTAL ................. 16
Freeze-thaw cycles: [x] 1  [ ] 2     Freeze time 5-8 sec per lesion
Consent: [x] verbal    Risks reviewed: [x] blister [x] hypopigmentation [x] recurrence
Complications: [x] none
Post-care handout: [x] given
Other today: [ ] biopsy  [ ] separately identifiable E/M
Follow-up: [x] 6 months
Signed: J. Abernathy, MD 01/13/2026 16:02
""",
    "expected": E([L("17004")], ["coding-correction"], {"17004": ["L57.0"]}),
    "coder_note": "DS-1: 16 AKs (15 or more) -> 17004 x1 instead of 17000 + 17003 x15 (17004/17000 and 17004/17003 "
                  "are indicator 0; 17003 x15 would also exceed its MUE of 13).",
})

SCENARIOS.append({
    "id": "s17-ds-ak-count-missing-with-bx",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 to scalp AKs with no count + tangential bx R forearm (path hypertrophic AK); Medicare Advantage",
    "date": "2026-01-21",
    "patient": ("Ashby", "Loretta", "1949-02-03", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Hyperkeratotic papule, right dorsal forearm", None, "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Cryotherapy AKs", site="Scalp", note="LN2 to AKs scalp, 2 FTC.", reasons=["c1"]),
        P("Shave biopsy", site="Right dorsal forearm",
          note="6 mm hyperkeratotic papule, r/o SCC. Tangential bx with Dermablade, AlCl3.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right dorsal forearm, shave biopsy: hypertrophic actinic keratosis. No invasive carcinoma "
                 "identified.", "site": "Right dorsal forearm", "date": "2026-01-23"},
    ],
    "note_title": "Clinic Note",
    "note": """CEDAR HOLLOW DERMATOLOGY
01/21/2026  Ashby, Loretta  76F  est
Meds: lisinopril, atorvastatin. NKDA. No anticoag.
S: scaly spots scalp + sore bump R arm x2 mo. Hx AKs.
O: AKs scalp, diffuse actinic damage.
   R dorsal forearm 6 mm hyperkeratotic papule, tender.
Consent: verbal, risks reviewed.
Proc 1: LN2 to AKs scalp, 2 FTC, tol well.
Proc 2: shave bx R dorsal forearm, r/o SCC. AlCl3. To path.
A/P: AKs - treated.
     R forearm lesion - bx, will call.
     Sunscreen, hat. RTC 6 mo.
J. Pike MD
""",
    "expected": E([L("11102")], ["missing-documentation"], {"11102": ["L57.0"]}),
    "coder_note": "README missing-documentation: the AK count is never stated -> no 17000/17003 line. The biopsy is the "
                  "only billed procedure, so no XS. Pathology hypertrophic AK -> L57.0 (rule-out SCC not coded).",
})

SCENARIOS.append({
    "id": "s17-ds-ak-twelve-psoriasis-em25",
    "family": "destruction", "shape": "note-only",
    "description": "12 AKs cryo + psoriasis flare with prescription changes, provider 99214; Medicare FFS (NGS)",
    "date": "2026-02-05",
    "patient": ("Whitcombe", "Harold", "1951-10-30", "male"),
    "provider": "voss", "payer": "medicare-ngs", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", reason=True),
        C("c2", "Actinic keratosis", "L57.0", reason=True),
    ],
    "note_title": "Office Visit - Dictated",
    "note": """HARBORVIEW DERMATOLOGY & SKIN CANCER CENTER
Office visit, dictated by Henrietta Voss, MD. Date of service 02/05/2026.

This is a 74-year-old gentleman well known to me who returns today with two separate problems.

First, his plaque psoriasis, which had been well controlled on clobetasol ointment and calcipotriene cream, has flared
over the past six weeks after he stopped the calcipotriene because of cost. He now has new plaques on both elbows, the
extensor knees and the low back, roughly six percent body surface area, with itching that wakes him at night. He denies
joint pain or morning stiffness. On examination the plaques are thick and sharply demarcated with silvery scale; nails
are unremarkable. We discussed phototherapy, which he declines because of the drive, and a systemic agent, which he
prefers to defer. I prescribed halobetasol propionate 0.05% ointment twice daily for two weeks, then weekends only, and
changed the calcipotriene to a calcipotriene-betamethasone foam that his Part D plan covers. Steroid atrophy counseling
given. If there is no response in eight weeks we will revisit apremilast.

Second, he has rough spots on the scalp and face. I counted twelve actinic keratoses in total: seven on the vertex
scalp, three on the left forehead and two on the right cheek. All twelve were treated with liquid nitrogen, two
freeze-thaw cycles each. He tolerated this well and post-care was reviewed.

The right helical papule noted last visit has flattened and no longer looks concerning; nothing was done to it.

Impression:
1. Psoriasis vulgaris, flaring - prescription drug management.
2. Actinic keratoses, twelve, destroyed with cryotherapy.
The psoriasis evaluation is billed as 99214, separate from the cryotherapy.
Return in eight weeks.
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 11)], [],
                  {"17000": ["L57.0"], "99214": ["L40.0"]}),
    "coder_note": "GS-3: psoriasis flare with prescription management is separately identifiable -> 99214-25. DS-1: "
                  "12 AKs -> 17000 + 17003 x11. The ear papule was not treated.",
})

SCENARIOS.append({
    "id": "s17-ds-isk-and-ak-xs",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 of 3 inflamed SKs on the back + 5 AKs on the scalp; Medicare FFS",
    "date": "2026-02-17",
    "patient": ("Delacroix", "Mireille", "1947-05-14", "female"),
    "provider": "adeyemi", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Back, bra line", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Frontal scalp", reason=True),
    ],
    "procedures": [
        P("Cryodestruction of irritated seborrheic keratoses", site="Mid and lower back, bra line",
          note="Three inflamed SKs, crusted, bleeding and itching, rubbed by bra strap. LN2 2 FTC each. 3 lesions.",
          reasons=["c1"]),
        P("Cryodestruction of actinic keratoses", site="Frontal scalp",
          note="Five AKs, LN2 1 FTC each.", reasons=["c2"]),
    ],
    "note_title": "Progress Note",
    "note": """LARKSPUR FAMILY DERMATOLOGY
Folake Adeyemi, MD      DOS 02/17/2026
Patient: Mireille Delacroix, 78 y/o F, established

Reason for visit: "itchy bleeding spots on my back"; rough scalp.

History
- Three brown stuck-on spots along the bra line; catch on the strap, bled onto her clothes twice this month, itch.
- Recurrent rough patches frontal scalp. History of AKs; no history of skin cancer.

Exam
- Back: three 6-9 mm waxy verrucous papules with hemorrhagic crust and surrounding erythema at the bra line.
- Frontal scalp: five gritty erythematous macules.
- Remainder of skin not examined (patient declined full exam).

Procedures (see procedure entries)
- LN2 x3, inflamed SKs, back.
- LN2 x5, AKs, frontal scalp.

Assessment / Plan
- Inflamed seborrheic keratoses x3 (L82.0): destroyed; symptomatic (bleeding, itch, friction).
- Actinic keratoses x5 (L57.0): destroyed.
- Explained that non-irritated SKs elsewhere are cosmetic; none of those were treated.
- Return 6 months.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 4, "XS")], [],
                  {"17110": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "DS-3: 17110/17000 and 17110/17003 are indicator-1 edits (17110 column 1); the AKs on the scalp are "
                  "different lesions from the SKs on the back -> XS on 17000 and 17003. Bleeding/itching SKs -> covered.",
})

SCENARIOS.append({
    "id": "s17-ds-edc-sbcc-back-defect-size",
    "family": "destruction", "shape": "pre-coded",
    "description": "ED&C of biopsy-proven sBCC L upper back charged 17261 on lesion size; final defect 1.4 cm; MA PPO",
    "date": "2026-03-03",
    "patient": ("Fontenot", "Clarence", "1946-12-01", "male"),
    "provider": "baptiste", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Destruction malignant lesion trunk 0.6-1.0 cm", cpt="17261", site="Left upper back",
          note="ED&C, lesion 0.9 cm", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-02-10", "11102", "Tangential biopsy of skin", "Left upper back",
              "Shave biopsy; path superficial BCC"),
    ],
    "note_title": "SOAP Note",
    "note": """BAYOU DERMATOLOGY CLINIC - Marc Baptiste, MD
DOS 03/03/2026   Pt: Clarence Fontenot   DOB 12/01/1946
S: Here for tx of bx-proven sBCC L upper back (bx 02/10/26, path superficial BCC). No bleeding since bx. No new c/o.
O: L upper back: healed bx site w/ residual 0.9 x 0.7 cm pink scaly plaque. No LAD.
A: Superficial BCC L upper back (C44.519).
P: Options reviewed - ED&C vs excision vs imiquimod. Pt chose ED&C.
   Proc: ED&C. Consent signed. Lido 1% w/ epi 2 mL.
   Curetted x3 cycles w/ electrodesiccation between each.
   Pre-tx lesion 0.9 cm. Final defect after 3rd curettage 1.4 x 1.2 cm.
   Hemostasis achieved. Vaseline + bandage. Wound care reviewed.
   RTC 3 mo skin check.
Charge sheet: 17261 (lesion 0.9 cm)
MB
""",
    "expected": E([L("17262")], ["coding-correction"], {"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction with curettage is sized by the final defect (1.4 cm), trunk -> 17262, not "
                  "17261 from the pre-treatment size. The 02/10 biopsy (11102) has a 000 global -> no modifier.",
})

# =============================================================================================================
# E/M
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "New patient, screening-only full skin exam, no history/complaint/findings, 99203; Medicare FFS",
    "date": "2026-03-10",
    "patient": ("Oyelaran", "Beatrice", "1958-07-22", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "html": True,
    "note_title": "New Patient Visit",
    "note": """<html><body>
<h3>Mesa Dermatology Group</h3>
<p><b>New Patient Visit</b> &mdash; Ines Castellanos, MD &mdash; 03/10/2026</p>
<table border="1" cellpadding="3">
<tr><th>Field</th><th>Entry</th></tr>
<tr><td>Patient</td><td>Beatrice Oyelaran, 67 F</td></tr>
<tr><td>Chief complaint</td><td>"Just want a skin check - a friend from church had melanoma."</td></tr>
<tr><td>Lesion of concern</td><td>None. Denies new, changing, bleeding or itchy spots.</td></tr>
<tr><td>Personal history of skin cancer</td><td>None</td></tr>
<tr><td>Family history of skin cancer</td><td>None</td></tr>
<tr><td>Immunosuppression / transplant</td><td>None</td></tr>
<tr><td>Exam</td><td>Full skin exam, scalp to soles, nails and oral mucosa: no suspicious lesions; nothing requiring
treatment or follow-up.</td></tr>
<tr><td>Assessment</td><td>Skin cancer screening, asymptomatic, normal exam (Z12.83)</td></tr>
<tr><td>Plan</td><td>Sun protection counseling; monthly self-exam handout; return as needed.</td></tr>
<tr><td>Procedures</td><td>None</td></tr>
<tr><td>Level</td><td>99203</td></tr>
</table>
<p>Electronically signed: I. Castellanos, MD</p>
</body></html>""",
    "expected": E([L("99203", 1, "GY")], [], {"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: screening-only full skin exam on Medicare FFS with no history, no complaint and no "
                  "findings is statutorily excluded -> GY; no voluntary notice documented, so no GX. A friend's melanoma "
                  "is not family history.",
})

SCENARIOS.append({
    "id": "s17-em-fse-hx-bcc-surveillance",
    "family": "em", "shape": "note-only",
    "description": "Full skin exam for BCC surveillance, nothing found, Z12.83 also listed, 99213; Medicare FFS",
    "date": "2026-03-24",
    "patient": ("Pruitt", "Eugene", "1943-01-09", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c2", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
        C("c1", "Personal history of basal cell carcinoma", "Z85.828", reason=True),
    ],
    "note_title": "Skin Exam Template",
    "note": """TRI-COUNTY SKIN ASSOCIATES - FOLLOW-UP SKIN EXAM TEMPLATE
Provider: Samuel Weiss, MD        DOS 03/24/2026
Patient: Eugene Pruitt, 83 M      [x] Established  [ ] New
Reason: [x] Surveillance - personal history of skin cancer  [ ] New lesion  [ ] Rash
Skin cancer history: [x] BCC - L nasal sidewall (Mohs 2022); R shoulder (excision 2023)  [ ] SCC  [ ] Melanoma
Today's complaints: [x] none
Exam: [x] Full skin exam
Scars: [x] L nasal sidewall - well healed, no recurrence  [x] R shoulder - well healed, no recurrence
New suspicious lesions: [x] none found
Benign findings: [x] solar lentigines  [x] scattered non-irritated SKs (reassurance only)
Procedures today: [x] none
Counseling: [x] SPF 30+ daily  [x] monthly self-exam
Assessment:
  1. [x] Personal history of BCC, no evidence of recurrence (Z85.828)
  2. [x] Skin cancer screening (Z12.83)
Plan: [x] Full skin exam in 6 months
Level of service: [x] 99213
""",
    "expected": E([L("99213")], [], {"99213": ["Z85.828"]}),
    "coder_note": "DX-5: with a personal history of skin cancer the exam is diagnostic surveillance, not an excluded "
                  "screening -> no GY; Z85.828 ranks first.",
})

SCENARIOS.append({
    "id": "s17-em-mtx-psoriasis-g2211",
    "family": "em", "shape": "note-only",
    "description": "Quarterly methotrexate monitoring for psoriasis, 99214 + G2211 stated, no procedure; Medicare FFS",
    "date": "2026-04-07",
    "patient": ("Ferreira", "Dolores", "1952-09-17", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631"),
    ],
    "note_title": "Office Visit - Dictated",
    "note": """HARBORVIEW DERMATOLOGY & SKIN CANCER CENTER
Astrid Lindgren, MD - office visit dictated 04/07/2026

Mrs. Ferreira is a 73-year-old woman I have followed since 2019 as her dermatologist of record for moderate to severe
plaque psoriasis. She has taken oral methotrexate 15 mg weekly with folic acid for two years and is here for her
quarterly monitoring visit. I reviewed the CBC with differential, comprehensive metabolic panel and hepatic panel drawn
last week: ALT 31, AST 28, creatinine 0.9, white count 5.8, platelets 231. She reports no mouth sores, cough or
shortness of breath, and she is limiting alcohol.

On examination there are residual thin plaques on both elbows and the sacrum, about 2 percent body surface area, down
from 14 percent at baseline. Nails are clear. No joint swelling.

Assessment: plaque psoriasis, well controlled on methotrexate, a drug that requires intensive laboratory monitoring
for toxicity. Continue methotrexate 15 mg weekly and folic acid 1 mg daily. Repeat labs in 12 weeks. Hepatitis and TB
screening are current. She asked about stopping; we agreed to consider a taper only after a full year of stable
disease.

No procedures today.

Billing: 99214, established patient. G2211 visit-complexity add-on applies - I am the continuing focal point for her
psoriasis care. Return in 3 months.
""",
    "expected": E([L("99214"), L("G2211")], [], {"99214": ["L40.0"]}),
    "coder_note": "EM-6: longitudinal care of a single serious condition; the E/M carries no modifier 25 (no procedure), "
                  "so the G2211 add-on the provider documented is payable on Medicare FFS.",
})

SCENARIOS.append({
    "id": "s17-em-new-pt-plantar-wart-only",
    "family": "em", "shape": "note-only",
    "description": "New patient, painful plantar wart is the only problem, pared and frozen; 99203 selected; MA HMO",
    "date": "2026-04-14",
    "patient": ("Vance", "Rupert", "1955-03-28", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 15, "em": "99203",
    "conditions": [
        C("c1", "Plantar wart, right heel", "B07.0", "Right heel", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """CEDAR HOLLOW DERMATOLOGY   04/14/2026   NEW PT
Vance, Rupert 71M. Ref by PCP.
CC: painful spot R heel x6 mo, hurts to walk.
Tried: OTC salicylic acid x2 mo, no change.
PMH HTN. Meds amlodipine. NKDA.
Exam R heel: 7 mm hyperkeratotic papule, pinpoint thrombosed caps, tender to lateral squeeze.
Rest of both feet nl.
Dx: plantar wart R heel, painful.
Consent verbal.
Pared surface w/ 15 blade, then LN2 x2 FTC. Tol well.
Blister care reviewed.
RTC 3 wk, repeat if needed.
Rafael Santos MD
""",
    "expected": E([L("17110")], [], {"17110": ["B07.0"]}),
    "coder_note": "GS-3 / README: the only work was evaluating the wart and deciding to treat it; new-patient status "
                  "alone does not support a separate E/M -> 99203 removed. Paring the wart is part of its destruction. "
                  "Painful plantar wart -> covered (BSL-3 c).",
})

SCENARIOS.append({
    "id": "s17-em-medicaid-acne-cryo-declined",
    "family": "em", "shape": "note-only",
    "description": "Acne follow-up with switch to spironolactone; wart cryo offered and declined; Medicaid MCO",
    "date": "2026-04-21",
    "patient": ("Boudreaux", "Kayla", "2004-11-05", "female"),
    "provider": "ramirez", "payer": "medicaid-mco", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Acne vulgaris", "L70.0", reason=True),
        C("c2", "Verruca vulgaris, left index finger", "B07.8", "Left index finger"),
    ],
    "note_title": "SOAP Note",
    "note": """BAYOU DERMATOLOGY CLINIC - Sofia Ramirez, MD
DOS 04/21/2026 | Kayla Boudreaux | 21F | est pt
S: F/u acne. Doxycycline 100 mg qd x3 mo + adapalene 0.1% qhs. ~50% better. Still new cysts jawline before menses.
   GI upset w/ doxy even w/ food. Also small wart L index finger x2 mo, not painful.
O: Face - scattered inflammatory papules jawline/chin, 2 nodules, mild PIH. Back clear.
   L index finger dorsal 3 mm verrucous papule.
A/P:
1. Acne vulgaris, moderate, improving but not at goal. Stop doxy (GI sx). Start spironolactone 50 mg qd; reviewed SE,
   pregnancy avoidance, BP check. Continue adapalene, add BPO 5% wash. Re-eval 8 wk.
2. Verruca vulgaris L index finger - discussed LN2 today; pt declined ("not now, exams next week").
   OTC salicylic acid nightly w/ tape occlusion. Can freeze at next visit if it persists.
No procedures performed today.
E/M 99213
SR
""",
    "expected": E([L("99213")], [], {"99213": ["L70.0"]}),
    "coder_note": "Cryotherapy was offered and declined -> no 17110. E/M with prescription drug management only.",
})

# =============================================================================================================
# POST-OP / GLOBAL PERIOD
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-po-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal day 9 after 11602 excision of forearm SCC; 99212 selected; Medicare FFS",
    "date": "2026-03-11",
    "patient": ("Hargrove", "Walter", "1940-06-11", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
    ],
    "prior": [
        PRIOR("2026-03-02", "11602", "Excision malignant lesion, arm", "Right forearm",
              "SCC right forearm excised, simple closure"),
    ],
    "note_title": "Clinic Note",
    "note": """CEDAR HOLLOW DERMATOLOGY   03/11/2026
Hargrove, Walter 85M.
Post-op day 9 s/p excision SCC R forearm (03/02).
No fever, no pain meds needed.
Site healing well, no erythema, no drainage, no dehiscence.
Sutures removed x6. Steri-strips applied.
Path margins clear - reviewed w/ pt.
Scar care: petrolatum, sun protection.
No other concerns today.
RTC 3 mo full skin exam.
J. Pike MD
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 10-day global of 11602 -> 99024, not the "
                  "selected 99212.",
})

SCENARIOS.append({
    "id": "s17-po-flap-global-unrelated-em-24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 47 after forehead rotation flap (090): new dyshidrotic hand eczema, Rx; 99213; Medicare FFS",
    "date": "2026-05-19",
    "patient": ("Lindahl", "Ingrid", "1948-04-02", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Dyshidrotic eczema, both hands", "L30.1", "Bilateral hands", reason=True),
    ],
    "prior": [
        PRIOR("2026-04-02", "14040", "Adjacent tissue transfer, forehead", "Left forehead",
              "Rotation flap after excision of BCC"),
    ],
    "note_title": "Progress Note",
    "note": """LARKSPUR FAMILY DERMATOLOGY - Adaeze Okafor, MD - 05/19/2026
Patient: Ingrid Lindahl, 78F, established

CC: itchy blisters on both hands x3 weeks.
HPI
- Tiny deep-seated blisters along the sides of the fingers and the palms, intensely itchy, worse after gardening.
- No new soaps or gloves. OTC hydrocortisone 1% without benefit.
- She is 47 days out from the L forehead rotation flap (04/02/26). The flap was not the reason for today's visit and
  was not evaluated today; her post-op check with me stays as scheduled in June.
Exam
- Bilateral lateral fingers and palms: clustered 1-2 mm deep vesicles, peeling, no pustules.
- Feet: clear, no scale or maceration.
Assessment
- Dyshidrotic eczema (pompholyx), bilateral hands - new problem, unrelated to the surgery.
Plan
- Clobetasol 0.05% ointment BID x2 weeks, then weekends only; cotton gloves at night.
- Gentle skin care; gloves for gardening.
- If no better in 6 weeks, consider patch testing.
Level of service: 99213
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], {"99213": ["L30.1"]}),
    "coder_note": "GS-5: unrelated E/M inside the 90-day global of the 04/02 flap (14040) -> 24.",
})

SCENARIOS.append({
    "id": "s17-po-new-lesion-bx-79",
    "family": "post-op", "shape": "free-text",
    "description": "Tangential bx of new pigmented lesion on back 7 days after 11603 shin SCC excision; Medicare FFS",
    "date": "2026-04-13",
    "patient": ("Kowalczyk", "Stanley", "1945-12-24", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Changing pigmented lesion, left upper back", None, "Left upper back", reason=True),
    ],
    "procedures": [
        P("Tangential (shave) biopsy", site="Left upper back",
          note="Changing 7 mm irregular brown macule; shave biopsy to mid dermis; AlCl3.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-04-06", "11603", "Excision malignant lesion, leg", "Left shin",
              "SCC left shin, layered closure; sutures out at 14 days"),
    ],
    "path": [
        {"text": "Skin, left upper back, shave biopsy: compound dysplastic nevus with mild cytologic atypia; peripheral "
                 "margin involved.", "site": "Left upper back", "date": "2026-04-16"},
    ],
    "note_title": "Procedure Note",
    "note": """TRI-COUNTY SKIN ASSOCIATES - PROCEDURE NOTE (template v3.2)
Patient: Stanley Kowalczyk     DOB 12/24/1945     DOS 04/13/2026
Provider: June Abernathy, MD
Visit type: [ ] New  [x] Established  [ ] Post-op
Chief complaint: wife noticed a "new dark mole" on his back
History: [x] Prior skin cancer - SCC L shin excised 04/06/2026 (sutures out 04/20)
L shin wound: [ ] evaluated today  [x] not addressed - separate post-op visit scheduled
Exam: [x] Focused - back
Findings: L upper back 7 mm irregularly pigmented macule, asymmetric, two shades of brown; new over 3 months per wife.
PROCEDURE: [ ] Cryotherapy  [ ] Curettage  [x] Shave biopsy  [ ] Punch
Depth: [x] mid-dermis    Hemostasis: [x] AlCl3
Specimens: [x] 1 container to dermpath
Consent: [x] written    Complications: [x] none
Clinical impression: [x] Atypical pigmented lesion, r/o dysplastic nevus vs melanoma
Separate E/M today: [ ] yes  [x] no
Follow-up: [x] call with pathology
""",
    "expected": E([L("11102", 1, "79")], ["global-period"], {"11102": ["D22.5"]}),
    "coder_note": "GS-5: biopsy of a new, unrelated lesion inside the 10-day global of the 04/06 shin excision -> 79. "
                  "Pathology dysplastic nevus -> D22.5; the rule-out melanoma is not coded.",
})

SCENARIOS.append({
    "id": "s17-po-reexcision-margin-58",
    "family": "post-op", "shape": "note-only",
    "description": "Re-excision day 8 for positive margin after 11602 of forearm SCC; 1.8 cm scar + 0.4 margins",
    "date": "2026-05-12",
    "patient": ("Ostrander", "Vernon", "1942-03-15", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, right forearm", "C44.622", "Right dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-05-04", "11602", "Excision malignant lesion, arm", "Right dorsal forearm",
              "SCC right dorsal forearm; simple closure; lateral margin positive on final pathology"),
    ],
    "path": [
        {"text": "Skin, right dorsal forearm, re-excision: healing scar with granulation tissue; no residual squamous "
                 "cell carcinoma; margins free.", "site": "Right dorsal forearm", "date": "2026-05-15"},
    ],
    "note_title": "Procedure Note - Dictated",
    "note": """HARBORVIEW DERMATOLOGY & SKIN CANCER CENTER
Procedure note dictated by Henrietta Voss, MD, 05/12/2026.

Mr. Ostrander is an 84-year-old man in whom I excised a squamous cell carcinoma of the right dorsal forearm on May 4.
Final pathology showed a well differentiated invasive squamous cell carcinoma with tumor focally at the lateral
(3 o'clock) margin. We discussed Mohs surgery versus re-excision, and he chose re-excision today, which had been
anticipated as a possible second stage at the time of the first operation.

Procedure: re-excision of the right dorsal forearm scar for a positive margin. The healing scar measured 1.8 centimeters
in greatest dimension. Margins of 0.4 centimeters were drawn around the entire scar. After informed consent and a
time-out, the area was anesthetized with 1 percent lidocaine with epinephrine, prepped and draped. The ellipse was
excised to the superficial fascia and tagged with a suture at 12 o'clock. Hemostasis with electrocautery. Because of
his fragile skin the wound was closed in a single layer with interrupted 4-0 nylon; no buried sutures were placed.
Final wound length 5.9 centimeters. Blood loss minimal. He tolerated the procedure well.

Pathology pending at the time of dictation. Wound care and bleeding precautions reviewed. Sutures out in 14 days.
""",
    "expected": E([L("11603", 1, "58")], ["global-period"], {"11603": ["C44.622"]}),
    "coder_note": "EX-4 / GS-5: staged re-excision for a positive margin inside the 10-day global -> 58; coded malignant "
                  "although the specimen is negative; 1.8 + 2x0.4 = 2.6 cm (not the 5.9 cm wound) -> 11603; "
                  "single-layer closure included. Still treatment -> C44.622 (DX-4).",
})

# =============================================================================================================
# BIOPSY
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-bx-deleted-codes-punch-two-shaves",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Charges 11100/11104/11101 for 1 punch + 2 tangential biopsies; Medicare FFS",
    "date": "2026-06-02",
    "patient": ("Santangelo", "Marguerite", "1950-08-08", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Neoplasm of uncertain behavior, right shoulder", "D48.5", "Right shoulder", reason=True),
        C("c2", "Rash, left volar forearm", "R21", "Left volar forearm", reason=True),
        C("c3", "Scaly papule, right cheek", None, "Right cheek", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin lesion", cpt="11100", site="Right shoulder",
          note="Shave biopsy of 5 mm pearly papule", reasons=["c1"]),
        P("Punch biopsy of skin", cpt="11104", site="Left volar forearm",
          note="4 mm punch, one simple suture", reasons=["c2"]),
        P("Biopsy of skin, each additional lesion", cpt="11101", site="Right cheek",
          note="Shave biopsy of 4 mm scaly papule", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Skin, right shoulder, shave biopsy: basal cell carcinoma, nodular type, extending to the base.",
         "site": "Right shoulder", "date": "2026-06-05"},
        {"text": "B. Skin, left volar forearm, punch biopsy: lichen planus.", "site": "Left volar forearm",
         "date": "2026-06-05"},
        {"text": "C. Skin, right cheek, shave biopsy: actinic keratosis, hypertrophic type.", "site": "Right cheek",
         "date": "2026-06-05"},
    ],
    "note_title": "Biopsy Template",
    "note": """TRI-COUNTY SKIN ASSOCIATES - BIOPSY TEMPLATE
Provider: Samuel Weiss, MD      DOS 06/02/2026
Patient: Marguerite Santangelo, 75 F     [x] Established
Indication: [x] Suspicious lesion(s)  [x] Rash of unclear cause
Site #1 R shoulder - pearly 5 mm papule
   Technique: [x] shave/tangential  [ ] punch  [ ] incisional
Site #2 L volar forearm - violaceous flat-topped itchy papules x4 wk
   Technique: [ ] shave/tangential  [x] punch 4 mm  [ ] incisional     Closure: [x] 1 simple suture
Site #3 R cheek - 4 mm scaly papule
   Technique: [x] shave/tangential  [ ] punch  [ ] incisional
Hemostasis: [x] AlCl3 (#1, #3)
Specimens: [x] 3 separate containers
Consent [x]   Time-out [x]   Complications [x] none
Separate E/M today: [ ] yes  [x] no
Charges keyed by front desk: 11100, 11104, 11101
Follow-up: [x] pathology call  [x] suture removal 10-14 days
""",
    "expected": E([L("11104"), L("11103", 2)], ["invalid-code", "coding-correction"], {"11104": ["L43.9"]}),
    "coder_note": "BX-1/BX-2: 11100/11101 were deleted in 2019; one punch + two tangential biopsies -> 11104 primary + "
                  "11103 x2 (11103 is allowed with 11104).",
})

SCENARIOS.append({
    "id": "s17-bx-transplant-eight-tangential-mue",
    "family": "biopsy", "shape": "note-only",
    "description": "Renal transplant patient, 8 tangential biopsies (shave/saucerization/scoop); MA HMO",
    "date": "2026-06-09",
    "patient": ("Nakashima", "Theodore", "1956-02-27", "male"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Multiple keratotic papules, rule out squamous cell carcinoma", None, reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "html": True,
    "note_title": "Transplant Skin Clinic Note",
    "note": """<html><body>
<h2>Mesa Dermatology Group &mdash; Transplant Skin Clinic</h2>
<p>Luca Marchetti, MD &nbsp;|&nbsp; DOS 06/09/2026 &nbsp;|&nbsp; Theodore Nakashima, 70 M</p>
<p>Renal transplant 2014, on tacrolimus and mycophenolate. Six-month surveillance. Many new hyperkeratotic papules since
December. Because of his immunosuppression every clinically suspicious lesion was sampled today rather than treated
empirically.</p>
<table border="1" cellpadding="3">
<tr><th>Specimen</th><th>Site</th><th>Clinical</th><th>Technique</th><th>Size</th></tr>
<tr><td>A</td><td>R forehead</td><td>r/o SCC</td><td>shave (tangential)</td><td>6 mm</td></tr>
<tr><td>B</td><td>L temple</td><td>r/o SCC</td><td>shave (tangential)</td><td>5 mm</td></tr>
<tr><td>C</td><td>R dorsal hand</td><td>r/o SCC vs wart</td><td>saucerization</td><td>8 mm</td></tr>
<tr><td>D</td><td>L dorsal hand</td><td>r/o SCC</td><td>saucerization</td><td>7 mm</td></tr>
<tr><td>E</td><td>R forearm</td><td>r/o KA</td><td>shave (tangential)</td><td>9 mm</td></tr>
<tr><td>F</td><td>L forearm</td><td>r/o SCC</td><td>curette scoop, partial thickness</td><td>5 mm</td></tr>
<tr><td>G</td><td>Scalp, vertex</td><td>r/o SCC</td><td>shave (tangential)</td><td>10 mm</td></tr>
<tr><td>H</td><td>R ear, helix</td><td>r/o SCC</td><td>shave (tangential), superficial only</td><td>4 mm</td></tr>
</table>
<p>All specimens partial thickness; no punch or full-thickness sampling. Hemostasis with aluminum chloride.
Eight specimens in eight labeled containers.</p>
<p>No cryotherapy today; AKs will be treated at the follow-up once pathology is back. No separate E/M billed.</p>
<p>Plan: results call in 1 week; follow-up 2 weeks.</p>
</body></html>""",
    "expected": E([L("11102"), L("11103", 6)], ["mue"]),
    "coder_note": "BX-1/BX-3: shave, saucerization and curette scoop are all tangential -> 11102 + 11103 x7; 11103 is "
                  "capped at its MUE of 6 (README). Rule-out diagnoses not coded.",
})

SCENARIOS.append({
    "id": "s17-bx-shave-bx-plus-ak-xs",
    "family": "biopsy", "shape": "free-text",
    "description": "Tangential bx L lower back + LN2 of 4 facial AKs; Medicare FFS",
    "date": "2026-06-16",
    "patient": ("Merriweather", "Agnes", "1941-09-03", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Pigmented papule, left lower back", None, "Left lower back", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Face", reason=True),
    ],
    "procedures": [
        P("Shave bx", site="Left lower back", note="5 mm dark papule, new. Tangential bx, Drysol.", reasons=["c1"]),
        P("LN2 AKs x4", site="Nasal dorsum, bilateral cheeks",
          note="4 AKs: nasal dorsum 1, R cheek 2, L cheek 1. 1 FTC each.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left lower back, shave biopsy: compound melanocytic nevus, no atypia.",
         "site": "Left lower back", "date": "2026-06-19"},
    ],
    "note_title": "Clinic Note",
    "note": """CEDAR HOLLOW DERMATOLOGY   06/16/2026
Merriweather, Agnes 84F est.
CC: new dark spot L low back (daughter noticed); rough spots face.
Meds: warfarin - INR 2.4 last wk. NKDA.
Exam: L lower back 5 mm dark brown papule, new. Face: 4 AKs.
Consent verbal.
Bx L lower back (shave), 5 mm papule. Drysol, pressure.
LN2 x4 AKs face (nasal dorsum 1, R cheek 2, L cheek 1), 1 FTC.
Tol well.
RTC w/ path.
R. Santos MD
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 3)], [],
                  {"11102": ["D22.5"], "17000": ["L57.0"]}),
    "coder_note": "BX-5: biopsy of a different lesion than the AKs; 11102/17000 is indicator 1 -> XS on 17000. There is "
                  "no 11102/17003 edit, so 17003 carries no XS (conventions).",
})

# =============================================================================================================
# SHAVE
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-sh-two-isk-one-unmeasured",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of 2 irritated SKs: neck 0.7 cm, scalp with no size; Medicare FFS (NGS)",
    "date": "2026-06-23",
    "patient": ("Callahan", "Maureen", "1946-01-19", "female"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right lateral neck",
          note="Irritated SK, catches on necklace, bled x2. 0.7 cm. Shave removal, AlCl3. To path.", reasons=["c1"]),
        P("Shave removal", site="Vertex scalp",
          note="Irritated SK, comb trauma, bleeds. Shave removal, AlCl3. To path.", reasons=["c1"]),
    ],
    "path": [
        {"text": "A. Skin, right lateral neck, shave: irritated seborrheic keratosis.", "site": "Right lateral neck",
         "date": "2026-06-26"},
        {"text": "B. Skin, vertex scalp, shave: irritated seborrheic keratosis.", "site": "Vertex scalp",
         "date": "2026-06-26"},
    ],
    "note_title": "Clinic Note",
    "note": """CEDAR HOLLOW DERMATOLOGY   06/23/2026
Callahan, Maureen 80F est.
CC: 2 spots that bleed.
Meds: levothyroxine. NKDA.
2 irritated SKs, crusted, inflamed base:
 - R lat neck 0.7 cm, catches on necklace, bled x2 -> shave removal, AlCl3, path.
 - vertex scalp, comb trauma, bleeds -> shave removal, AlCl3, path.
Consent verbal. Tol well.
Other SKs on back - asymptomatic, left alone.
Wound care sheet given.
JP MD
""",
    "expected": E([L("11306")], ["missing-documentation"], {"11306": ["L82.0"]}),
    "coder_note": "SH-1: neck 0.7 cm -> 11306. The scalp lesion has no diameter anywhere -> no shave line "
                  "(README missing-documentation).",
})

SCENARIOS.append({
    "id": "s17-sh-chin-nevus-band-fix",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave of 1.2 cm bleeding chin nevus charged 11311 + 0.4 cm forearm ISK 11300; MA HMO",
    "date": "2026-07-07",
    "patient": ("Ruiz", "Armando", "1954-05-05", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, chin, traumatized by shaving", "D22.39", "Chin", reason=True),
        C("c2", "Irritated seborrheic keratosis", "L82.0", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Shave removal, face, 0.6-1.0 cm", cpt="11311", site="Chin",
          note="Dome-shaped nevus 1.2 x 1.0 cm, cut repeatedly when shaving, bled", reasons=["c1"]),
        P("Shave removal, trunk/arms/legs, 0.5 cm or less", cpt="11300", site="Right dorsal forearm",
          note="0.4 cm crusted irritated SK, itches", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Chin, shave: intradermal melanocytic nevus.", "site": "Chin", "date": "2026-07-10"},
        {"text": "B. Right forearm, shave: irritated seborrheic keratosis.", "site": "Right dorsal forearm",
         "date": "2026-07-10"},
    ],
    "note_title": "Progress Note",
    "note": """LARKSPUR FAMILY DERMATOLOGY - Kirsten Halvorsen, MD - 07/07/2026
72M, established.
Problems addressed
- Chin mole: nicked with his razor three times this spring, bleeds each time.
  Exam: 1.2 x 1.0 cm soft flesh-colored dome-shaped papule, chin, with healing excoriation.
  Shave removal flush with the skin, Drysol; to pathology.
- R dorsal forearm: 0.4 cm crusted seborrheic keratosis, itchy, he picks at it.
  Shave removal; to pathology.
- Mild centrofacial erythema consistent with rosacea - patient not bothered, no treatment wanted.
Charges: 11311, 11300
Follow-up: pathology call.
""",
    "expected": E([L("11312"), L("11300")], ["coding-correction"], {"11312": ["D22.39"]}),
    "coder_note": "SH-1: facial lesion 1.2 cm -> 11312 (1.1-2.0 cm), not 11311. Repeated shaving trauma and "
                  "bleeding documented -> not cosmetic.",
})

# =============================================================================================================
# EXCISION - BENIGN
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-exb-inflamed-cyst-back-intermediate",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed EIC upper back 2.2 cm, 1 mm margins, layered closure 3.5 cm; Medicare FFS",
    "date": "2026-07-14",
    "patient": ("Thibodeaux", "Raymond", "1950-10-12", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, upper back, recurrently inflamed", "L72.0", "Mid upper back",
          reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Mid upper back",
          note="Cyst 2.2 cm; excised with 0.1 cm margin around punctum, wall intact.", reasons=["c1"]),
        P("Layered closure", site="Mid upper back",
          note="Intermediate repair; 3-0 Vicryl deep, 4-0 Prolene running; length 3.5 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, mid upper back, excision: ruptured epidermal inclusion cyst with foreign-body "
                 "giant cell reaction.", "site": "Mid upper back", "date": "2026-07-17"},
    ],
    "note_title": "Procedure Note - Dictated",
    "note": """HARBORVIEW DERMATOLOGY & SKIN CANCER CENTER
Astrid Lindgren, MD - procedure note dictated 07/14/2026

Mr. Thibodeaux is a 75-year-old man with a cyst on the mid upper back, present for years, that has become inflamed and
drained foul material three times in the past year, most recently in May when his primary care physician treated him
with cephalexin. It is tender when he leans back against a chair. The inflammation has settled and he wants it out.

Examination: a 2.2 centimeter mobile subcutaneous nodule with a central punctum on the mid upper back, no fluctuance.

Procedure: after consent and a time-out the area was infiltrated with 1 percent lidocaine with epinephrine. A fusiform
excision was designed with a 0.1 centimeter margin around the cyst and punctum, and the cyst was removed intact with
its wall. Because of tension and dead space, the wound was closed in layers: 3-0 Vicryl in the deep dermis and
subcutaneous tissue, then 4-0 Prolene running on the skin. Repair length 3.5 centimeters. Hemostasis with cautery.
Specimen to pathology. He tolerated it well.

Plan: pressure dressing 48 hours, sutures out in 12 days, call for fever or redness.
""",
    "expected": E([L("11403"), L("12032")], [], {"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.2 + 2x0.1 = 2.4 cm trunk -> 11403; EX-5: intermediate repair 3.5 cm trunk -> 12032. "
                  "Recurrent inflammation and pain -> covered benign removal.",
})

SCENARIOS.append({
    "id": "s17-exb-pilar-scalp-no-lesion-size",
    "family": "excision-benign", "shape": "note-only",
    "description": "Painful pilar cyst occipital scalp excised, only ellipse length 4.0 cm; intermediate repair 4.0 cm; MA",
    "date": "2026-07-21",
    "patient": ("Emberly", "Josephine", "1952-06-30", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, scalp", "L72.11", "Occipital scalp", reason=True),
    ],
    "note_title": "Excision Template",
    "note": """TRI-COUNTY SKIN ASSOCIATES - EXCISION TEMPLATE
Provider: June Abernathy, MD       DOS 07/21/2026
Patient: Josephine Emberly, 74 F   [x] Established
Site: occipital scalp
Clinical dx: [x] pilar (trichilemmal) cyst
Indication: [x] painful  [x] inflamed x2 in past 6 mo  [x] traumatized by hairbrush  [ ] cosmetic
Lesion diameter: ____ cm       Margin: ____ cm
Ellipse: [x] fusiform, length 4.0 cm, oriented along relaxed tension lines
Depth: [x] subcutaneous fat
Repair: [ ] simple  [x] intermediate (layered)  [ ] complex      Repair length: 4.0 cm
Sutures: deep 3-0 Vicryl / superficial 4-0 nylon
Hemostasis: [x] electrocautery
Specimen: [x] to pathology - cyst submitted intact
Consent [x]  Time-out [x]  Complications [x] none
Follow-up: [x] suture removal 10 days
""",
    "expected": E([L("12032")], ["missing-documentation"], {"12032": ["L72.11"]}),
    "coder_note": "EX-1 / README: the lesion diameter is blank and an ellipse length is not an excised diameter -> no "
                  "1142x line; the documented intermediate repair (scalp 4.0 cm) -> 12032 stays.",
})

SCENARIOS.append({
    "id": "s17-exb-dysplastic-nevus-coded-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision of moderately atypical nevus L upper arm charged 11601; path benign; Medicare FFS",
    "date": "2026-08-04",
    "patient": ("Pettigrew", "Loraine", "1949-11-21", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Atypical nevus, left upper arm", "D48.5", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, arm, 0.6-1.0 cm", cpt="11601", site="Left upper arm",
          note="Excised diameter 1.0 cm; simple closure", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-07-14", "11102", "Tangential biopsy of skin", "Left upper arm",
              "Shave biopsy; dysplastic nevus with moderate atypia, margin involved"),
    ],
    "path": [
        {"text": "Skin, left upper arm, excision: compound dysplastic nevus with moderate cytologic atypia, residual; "
                 "margins clear. No melanoma.", "site": "Left upper arm", "date": "2026-08-07"},
    ],
    "html": True,
    "note_title": "Excision Note",
    "note": """<html><body>
<h3>Mesa Dermatology Group &mdash; Excision Note</h3>
<p>Ines Castellanos, MD &nbsp; DOS 08/04/2026 &nbsp; Loraine Pettigrew, 76 F</p>
<p>Indication: shave biopsy 07/14/2026 showed a dysplastic nevus with moderate atypia extending to the margin; excision
recommended to clear residual atypical cells.</p>
<table border="1" cellpadding="3">
<tr><th>Item</th><th>Value</th></tr>
<tr><td>Site</td><td>Left upper arm, lateral</td></tr>
<tr><td>Residual pigment / biopsy scar</td><td>0.6 x 0.5 cm</td></tr>
<tr><td>Margin</td><td>0.2 cm circumferential</td></tr>
<tr><td>Excised diameter</td><td>1.0 cm</td></tr>
<tr><td>Closure</td><td>Simple, interrupted 4-0 nylon, single layer</td></tr>
<tr><td>Anesthesia</td><td>1% lidocaine with epinephrine, 3 mL</td></tr>
<tr><td>Complications</td><td>None</td></tr>
</table>
<p>Specimen oriented and sent to dermatopathology. Sutures out in 10-14 days.</p>
<p>Charge entered: 11601 (D48.5).</p>
</body></html>""",
    "expected": E([L("11401")], ["coding-correction"], {"11401": ["D22.62"]}),
    "coder_note": "EX-3: final pathology is a dysplastic nevus (moderate atypia) -> benign excision code and D22.62, "
                  "not 11601/D48.5; 0.6 + 2x0.2 = 1.0 cm arm -> 11401; simple closure included. Prior 11102 has a 000 "
                  "global.",
})

# =============================================================================================================
# EXCISION - MALIGNANT
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-exm-melanoma-wle-back",
    "family": "excision-malignant", "shape": "free-text",
    "description": "WLE of 0.6 mm melanoma L upper back: scar 1.0 cm + 1.0 cm margins, layered closure 7.0 cm",
    "date": "2026-06-22",
    "patient": ("Albrecht", "Gunther", "1947-04-16", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Malignant melanoma, left upper back, Breslow 0.6 mm", "C43.59", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Wide local excision of melanoma", site="Left upper back",
          note="Biopsy scar 1.0 cm; 1.0 cm margins; excised to fascia.", reasons=["c1"]),
        P("Intermediate layered closure", site="Left upper back",
          note="3-0 Monocryl deep, 4-0 nylon superficial; length 7.0 cm.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-06-01", "11102", "Tangential biopsy of skin", "Left upper back",
              "Deep shave biopsy of pigmented lesion"),
    ],
    "path": [
        {"text": "Skin, left upper back, wide local excision: biopsy site changes; no residual melanoma; margins free.",
         "site": "Left upper back", "date": "2026-06-26"},
    ],
    "note_title": "Operative Note - Dictated",
    "note": """HARBORVIEW DERMATOLOGY & SKIN CANCER CENTER
Operative note dictated by Henrietta Voss, MD, 06/22/2026.

Mr. Albrecht is a 79-year-old man whose deep shave biopsy of the left upper back on June 1 showed a superficial
spreading melanoma, Breslow depth 0.6 millimeters, non-ulcerated, mitoses less than 1 per square millimeter. He was
counseled that sentinel node biopsy is not indicated at this depth and that a 1 centimeter margin is standard.

Procedure: wide local excision. The biopsy scar measured 1.0 centimeter. A 1.0 centimeter margin was marked around the
scar, and the specimen was excised down to the muscular fascia and oriented. After hemostasis, the wound was closed in
layers with buried 3-0 Monocryl in the deep dermis and subcutaneous tissue and 4-0 nylon on the skin; the repaired
wound measured 7.0 centimeters. Blood loss minimal. No complications.

Plan: no lifting over 10 pounds for two weeks; sutures out in 14 days; full skin exams every 3 to 6 months.
""",
    "expected": E([L("11603"), L("12032")], [], {"11603": ["C43.59"]}),
    "coder_note": "EX-1: 1.0 + 2x1.0 = 3.0 cm trunk -> 11603; intermediate repair 7.0 cm trunk -> 12032. Known melanoma "
                  "-> malignant code and C43.59 although the WLE shows no residual (EX-3, DX-4). Biopsy 06/01 is 000.",
})

SCENARIOS.append({
    "id": "s17-exm-scc-hand-wrong-site-group",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "SCC R dorsal hand 1.1 cm + 0.4 margins, layered 3.0 cm, charged 11602 + 12032; MA HMO",
    "date": "2026-08-11",
    "patient": ("Guidry", "Elaine", "1944-07-07", "female"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, trunk/arms/legs, 1.1-2.0 cm", cpt="11602", site="Right dorsal hand",
          note="Lesion 1.1 cm, margins 0.4 cm", reasons=["c1"]),
        P("Intermediate repair, trunk/extremities, 2.6-7.5 cm", cpt="12032", site="Right dorsal hand",
          note="Layered closure 3.0 cm", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right dorsal hand, excision: invasive squamous cell carcinoma, well differentiated; margins "
                 "clear by 3 mm.", "site": "Right dorsal hand", "date": "2026-08-14"},
    ],
    "note_title": "SOAP Note",
    "note": """BAYOU DERMATOLOGY CLINIC - Sofia Ramirez, MD
DOS 08/11/2026 | Elaine Guidry | 82F | est
S: Here for excision of bx-proven SCC R dorsal hand (bx 07/21/26, well-diff SCC). Anticoag: none.
O: R dorsal hand, over 3rd metacarpal: 1.1 cm keratotic nodule, bx scar.
A: SCC R dorsal hand.
P: Excision.
   Lesion 1.1 cm, margins 0.4 cm. Excised to subQ. Orientation suture 12:00.
   Layered closure: 4-0 Monocryl deep, 5-0 Prolene simple interrupted. Final length 3.0 cm.
   EBL min. Tol well. Path sent. SR 14 d.
Charges: 11602, 12032
SR
""",
    "expected": E([L("11622"), L("12042")], ["coding-correction"], {"11622": ["C44.622"]}),
    "coder_note": "EX-2 / REP-2: the hand is in the scalp/neck/hands/feet/genitalia group (11620-11626) and the "
                  "12041-12047 intermediate group; 1.1 + 2x0.4 = 1.9 cm -> 11622; 3.0 cm -> 12042.",
})

SCENARIOS.append({
    "id": "s17-exm-bcc-cheek-no-repair-length",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision BCC L medial cheek 0.8 cm + 0.3 margins; layered closure with no length; Medicare FFS",
    "date": "2026-08-18",
    "patient": ("Haverford", "Clement", "1939-02-14", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, left cheek", "C44.319", "Left medial cheek", reason=True),
    ],
    "procedures": [
        P("Excision of basal cell carcinoma", site="Left medial cheek",
          note="Lesion 0.8 cm, 3 mm margins.", reasons=["c1"]),
        P("Layered closure", site="Left medial cheek",
          note="Deep 5-0 Monocryl, 6-0 nylon running.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-07-28", "11102", "Tangential biopsy of skin", "Left medial cheek", "Shave biopsy; nodular BCC"),
    ],
    "path": [
        {"text": "Skin, left medial cheek, excision: basal cell carcinoma, nodular type; margins clear.",
         "site": "Left medial cheek", "date": "2026-08-21"},
    ],
    "note_title": "Procedure Note",
    "note": """LARKSPUR FAMILY DERMATOLOGY - Adaeze Okafor, MD - 08/18/2026
Patient: Clement Haverford, 87M
Procedure: excision, biopsy-proven nodular BCC, left medial cheek (shave biopsy 07/28/26)
- Consent signed; time-out done.
- Lesion 0.8 cm; 3 mm margins marked; fusiform excision to subcutaneous fat.
- Undermining minimal. Layered closure: buried 5-0 Monocryl, 6-0 nylon running.
- Hemostasis: electrocautery. EBL minimal.
- Specimen oriented, to pathology.
Post-op
- Vaseline and pressure dressing; sutures out in 6 days.
- Considered Mohs referral; patient preferred excision here - not performed elsewhere.
""",
    "expected": E([L("11642")], ["missing-documentation"], {"11642": ["C44.319"]}),
    "coder_note": "EX-1: 0.8 + 2x0.3 = 1.4 cm face -> 11642. The layered closure has no length anywhere -> no repair "
                  "line (README exm-repair-length-missing).",
})

# =============================================================================================================
# MOHS
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-mohs-nasal-rim-17315-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs infiltrative BCC L nasal ala, 3 stages (7/3/2 blocks), complex rim repair 2.4 cm; Medicare FFS",
    "date": "2026-09-01",
    "patient": ("Bertolucci", "Rosalind", "1945-10-25", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left nasal ala", "C44.311", "Left nasal ala", reason=True),
    ],
    "note_title": "Mohs Operative Report",
    "note": """NORTHGATE MOHS & SKIN SURGERY - OPERATIVE REPORT
Surgeon and pathologist: Chidi Okonkwo, MD (reads all frozen sections personally)
Patient: Rosalind Bertolucci   DOB 10/25/1945   DOS 09/01/2026

Pre-op diagnosis: infiltrative BCC, left nasal ala extending to the alar rim (biopsy 08/11/2026, outside lab).
Indication: infiltrative histology on the nose (AUC area H).
Anticoagulation: none. Pacemaker: no.
Clinical size before stage I: 1.1 x 0.9 cm.

Stage I - 7 tissue blocks (large, ill-defined tumor). Tumor at blocks 3 and 6.
Stage II - 3 tissue blocks. Residual infiltrative BCC at the deep margin, block 2.
Stage III - 2 tissue blocks. Clear.
Summary: 3 stages; 7 + 3 + 2 = 12 blocks.

All layers processed in our on-site lab; no specimen sent for permanent sections.

Final defect 1.6 x 1.2 cm, involving the free margin of the left nostril rim.

Repair: complex repair. Wound edges debrided; the nostril rim free margin was re-approximated with a vertical mattress
suture to prevent notching; buried 5-0 Monocryl, 6-0 Prolene. Final repair length 2.4 cm.
A nasolabial interpolation flap was considered and rejected - not performed.

Dressing: pressure dressing. Suture removal day 7.
EBL minimal; no complications.
Chidi Okonkwo, MD
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 2), L("13151")], [], {"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head site, 3 stages -> 17311 + 17312 x2; stage I had 7 blocks -> 17315 x2 (blocks beyond 5). "
                  "REP-3: nostril-rim free margin + debridement -> complex, nose 2.4 cm -> 13151. The flap was not done.",
})

SCENARIOS.append({
    "id": "s17-mohs-forearm-sbcc-no-abn-gz",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of primary 0.8 cm superficial BCC R forearm, immunocompetent, AUC inappropriate, no ABN",
    "date": "2026-09-08",
    "patient": ("Pemberton", "Arthur", "1950-01-31", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right forearm", "C44.612", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage I", site="Right dorsal forearm",
          note="2 tissue blocks; margins clear after one stage.", reasons=["c1"]),
        P("Second-intention healing", site="Right dorsal forearm",
          note="Defect 1.3 x 1.1 cm; no repair; petrolatum and bandage."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """NORTHGATE MOHS & SKIN SURGERY
Erik Lindqvist, MD - surgeon and pathologist - 09/08/2026
Patient: Arthur Pemberton, 76 M

Referral: superficial BCC, right dorsal forearm, 0.8 cm, primary (not recurrent), biopsy 08/2026 by referring
dermatologist. Well-defined borders. Immunocompetent; no prior radiation; no genetic syndrome.
Appropriate use: primary superficial BCC in area L (extremity) under 2 cm is rated inappropriate for Mohs.
ED&C, excision and topical therapy were offered. Patient insisted on Mohs ("I want the margins checked today").
No Advance Beneficiary Notice was obtained - front desk did not issue one.

Mohs stage I: 2 tissue blocks, horizontal frozen sections read by me - clear.
Final defect 1.3 x 1.1 cm. Left to heal by second intention per patient preference; no repair.
Wound care reviewed. Follow-up 4 weeks.
""",
    "expected": E([L("17313", 1, "GZ")], []),
    "coder_note": "MOHSN-2 / COS-4: trunk/extremity site -> 17313; a small primary superficial BCC in area L fails the "
                  "AUC/LCD criteria; Medicare FFS without an ABN -> GZ. No repair billed.",
})

SCENARIOS.append({
    "id": "s17-mohs-concha-em-decision-only",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L conchal bowl BCC 2 stages + layered 1.8 cm; 99213 charged for pre-op decision only; MA",
    "date": "2026-09-15",
    "patient": ("Stroud", "Clifford", "1943-08-29", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 150, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, left ear (conchal bowl)", "C44.219", "Left conchal bowl", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", cpt="17311", site="Left conchal bowl",
          note="4 tissue blocks; positive at 2 o'clock", reasons=["c1"]),
        P("Mohs, each additional stage", cpt="17312", site="Left conchal bowl",
          note="2 tissue blocks; clear", reasons=["c1"]),
        P("Intermediate repair, ear, 2.5 cm or less", cpt="12051", site="Left conchal bowl",
          note="Layered closure 1.8 cm", reasons=["c1"]),
    ],
    "note_title": "Mohs Operative Report",
    "note": """NORTHGATE MOHS & SKIN SURGERY - OPERATIVE REPORT
Surgeon and pathologist: Chidi Okonkwo, MD        DOS 09/15/2026
Patient: Clifford Stroud, 83 M (seen here in 2024 for a prior Mohs case)

Pre-operative evaluation: referring biopsy report reviewed (nodular BCC, left conchal bowl, 07/30/2026). Site examined
and confirmed with the patient. Mohs appropriate (ear, area H). Risks and alternatives reviewed; consent signed.
No other complaints or problems were raised or addressed today.

Stage I: 4 tissue blocks - residual BCC at 2 o'clock.
Stage II: 2 tissue blocks - clear.
Final defect 1.3 x 1.0 cm in the conchal bowl; the helical rim and antihelix are not involved.
Repair: layered closure, buried 5-0 Monocryl and 6-0 Prolene; length 1.8 cm.
Pressure dressing. Follow-up 1 week.
Charges entered by the MA: 99213, 17311, 17312, 12051.
""",
    "expected": E([L("17311"), L("17312"), L("12051")], [], {"17311": ["C44.219"]}),
    "coder_note": "GS-3: the E/M documents only the pre-operative evaluation and decision for Mohs (000 global) -> "
                  "99213 dropped. Conchal bowl without rim involvement -> intermediate 12051 stands (MOHS-7).",
})

# =============================================================================================================
# REPAIR
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-rep-cheek-scc-rotation-flap-57",
    "family": "repair", "shape": "note-only",
    "description": "New-patient consult decides same-day excision of R cheek SCC with rotation flap 11.3 sq cm; 99204",
    "date": "2026-09-22",
    "patient": ("Marchand", "Eloise", "1941-12-12", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 120, "em": "99204",
    "conditions": [
        C("c1", "Squamous cell carcinoma, right cheek", "C44.329", "Right cheek", reason=True),
    ],
    "path": [
        {"text": "Skin, right cheek, excision: invasive squamous cell carcinoma, moderately differentiated; no "
                 "perineural invasion; margins clear.", "site": "Right cheek", "date": "2026-09-25"},
    ],
    "note_title": "Consultation and Operative Note - Dictated",
    "note": """HARBORVIEW DERMATOLOGY & SKIN CANCER CENTER
Astrid Lindgren, MD - consultation and operative note, dictated 09/22/2026

Mrs. Marchand is an 84-year-old woman referred by her primary care physician, new to our practice, with a biopsy-proven
invasive squamous cell carcinoma of the right cheek (outside biopsy 09/02/2026, moderately differentiated). She has
atrial fibrillation on apixaban and lives alone two hours from the nearest Mohs surgeon.

I took a full history, reviewed the outside pathology, and examined the cheek, parotid region and cervical nodes; there
is no palpable adenopathy. We discussed Mohs surgery at the distant center, radiation therapy, and excision with a
local flap here. After discussion with her cardiologist's office by phone, apixaban was continued. She decided to
proceed today with excision and a rotation flap. Level of service for the consultation: 99204.

Procedure: the lesion measured 1.2 centimeters and was excised with 0.4 centimeter margins to the subcutaneous fat.
Primary defect 3.1 square centimeters. A cheek rotation flap was designed inferolaterally, incised, elevated and
rotated into the defect; secondary defect 8.2 square centimeters. Total area of the adjacent tissue transfer
11.3 square centimeters. Closure with buried 5-0 Monocryl and 6-0 Prolene. Hemostasis with bipolar cautery.

Plan: pressure dressing, head elevation, sutures out in 6 days, follow-up for pathology.
""",
    "expected": E([L("99204", 1, "57"), L("14041")], [], {"14041": ["C44.329"]}),
    "coder_note": "GS-4 / FLAP-4: the E/M that decided a 090-day flap the same day -> 57. FLAP-2: the excision is "
                  "included in the adjacent tissue transfer; 3.1 + 8.2 = 11.3 sq cm cheek -> 14041.",
})

SCENARIOS.append({
    "id": "s17-rep-post-mohs-referral-two-sites",
    "family": "repair", "shape": "free-text",
    "description": "Repair-only visit the day after outside Mohs: complex nasal tip 2.8 cm + layered temple 2.0 cm",
    "date": "2026-10-06",
    "patient": ("Wexler", "Isadora", "1946-03-03", "female"),
    "provider": "voss", "payer": "medicare-advantage-ppo", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip, post-Mohs defect", "C44.311", "Nasal tip", reason=True),
        C("c2", "Basal cell carcinoma, left temple, post-Mohs defect", "C44.319", "Left temple", reason=True),
    ],
    "procedures": [
        P("Complex repair of nasal tip defect", site="Nasal tip / left nostril rim",
          note="Defect 1.4 x 1.1 cm after outside Mohs (10/05). Debridement of wound edges, reconstruction of the "
               "nostril rim free margin. Final length 2.8 cm.", reasons=["c1"]),
        P("Layered closure of temple defect", site="Left temple",
          note="0.9 x 0.8 cm defect; buried 5-0 Monocryl, 6-0 Prolene; length 2.0 cm.", reasons=["c2"]),
    ],
    "note_title": "Reconstruction Note - Dictated",
    "note": """HARBORVIEW DERMATOLOGY & SKIN CANCER CENTER
Reconstruction note dictated by Henrietta Voss, MD, 10/06/2026.

Ms. Wexler is an 80-year-old woman who had Mohs surgery yesterday by Dr. Faraday at an outside center for two basal
cell carcinomas, one on the nasal tip and one on the left temple. Both were cleared there and she was sent to me with
dressed open wounds for reconstruction only; no Mohs or tumor removal was done in our office.

Nasal tip: the 1.4 by 1.1 centimeter defect extends to the free margin of the left nostril rim. A bilobed flap was
considered, but a linear repair proved achievable. The wound edges were debrided, the nostril rim was re-aligned with
a vertical mattress suture, and the wound was closed in layers. Final length 2.8 centimeters. This was a complex repair.

Left temple: the 0.9 by 0.8 centimeter defect was closed in layers with buried 5-0 Monocryl and 6-0 Prolene. Final
length 2.0 centimeters.

Pressure dressings. Sutures out in one week. She tolerated both repairs well.
""",
    "expected": E([L("13152"), L("12051")], []),
    "coder_note": "REP-1/REP-3: nostril-rim free margin + debridement -> complex, nose 2.8 cm -> 13152; temple layered "
                  "2.0 cm -> 12051 (different complexity, not summed); no PTP edit between them; the flap was only "
                  "considered.",
})

# =============================================================================================================
# INCISION AND DRAINAGE
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-id-thigh-abscess-medicaid",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D of 2 cm left thigh abscess, no packing; Medicaid",
    "date": "2026-10-13",
    "patient": ("Tillman", "Darnell", "1990-04-18", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Cutaneous abscess, left thigh", "L02.416", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("I&D abscess", site="Left anterior thigh",
          note="2 cm fluctuant abscess. #11 blade stab incision, pus expressed, irrigated. No packing.",
          reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """CEDAR HOLLOW DERMATOLOGY   10/13/2026
Tillman, Darnell 36M est.
CC: boil L thigh x5 d, painful.
No hx MRSA. No DM. NKDA.
Exam: 2 cm fluctuant abscess L ant thigh, no surrounding cellulitis. T 98.6.
Consent verbal. Lido 1% w/ epi.
I&D: #11 blade, pus expressed, no loculations, irrigated, no packing.
Cx sent.
No abx needed after drainage.
Warm compresses TID. RTC prn.
R. Santos MD
""",
    "expected": E([L("10060")], [], {"10060": ["L02.416"]}),
    "coder_note": "Single, uncomplicated abscess without packing -> 10060.",
})

SCENARIOS.append({
    "id": "s17-id-axilla-multiloculated-10061",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Complicated I&D of multiloculated R axillary abscess with packing, charged 10060; Medicare FFS",
    "date": "2026-10-20",
    "patient": ("Landry", "Beatrice", "1948-09-09", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess, right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple or single", cpt="10060", site="Right axilla",
          note="See procedure note", reasons=["c1"]),
    ],
    "note_title": "SOAP Note",
    "note": """BAYOU DERMATOLOGY CLINIC - Marc Baptiste, MD
DOS 10/20/2026 | Beatrice Landry | 78F | est
S: Painful swelling R axilla x1 wk, worse despite warm compresses. Low-grade temp at home.
O: R axilla 4 cm fluctuant, indurated, tender abscess w/ overlying erythema.
A: Abscess R axilla, multiloculated.
P: Complicated I&D.
   Lido 1% w/ epi. 1.5 cm incision. Copious pus. Multiple loculations broken up w/ hemostat.
   Irrigated w/ NS. Packed w/ 1/4-in iodoform gauze, 8 cm. Dressing.
   Cx sent. Doxycycline 100 mg BID x7 d.
   RTC 48 h packing removal/change.
Charge: 10060
MB
""",
    "expected": E([L("10061")], ["coding-correction"], {"10061": ["L02.411"]}),
    "coder_note": "Multiloculated abscess with loculations broken and packing -> complicated I&D 10061, not 10060.",
})

# =============================================================================================================
# INTRALESIONAL
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-il-keloids-kenalog-mue",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to 6 symptomatic keloids, triamcinolone 40 mg/mL x 4.2 mL = 168 mg; Medicare FFS",
    "date": "2026-10-27",
    "patient": ("Okonjo", "Grace", "1957-05-20", "female"),
    "provider": "adeyemi", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Keloids, chest and shoulders", "L91.0", "Presternal chest, bilateral shoulders", reason=True),
    ],
    "procedures": [
        P("Intralesional injection of keloids", site="Presternal chest, bilateral shoulders",
          note="6 keloids injected: presternal 3, R shoulder 2, L shoulder 1.", reasons=["c1"]),
        P("Triamcinolone acetonide 40 mg/mL", site="Presternal chest, bilateral shoulders",
          note="Total 4.2 mL = 168 mg administered; no waste.", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": """LARKSPUR FAMILY DERMATOLOGY
Folake Adeyemi, MD     DOS 10/27/2026
Patient: Grace Okonjo, 69 y/o F, established

Reason for visit: keloid injections, session 2 of series.
History
- Keloids after chest acne and shoulder vaccinations; painful, itch constantly, catch on bra straps.
- Session 1 (6 weeks ago) softened them slightly; no atrophy.
Exam
- Presternal chest: three firm keloids, 1.5-3 cm.
- Right shoulder: two keloids, 2 cm and 2.5 cm. Left shoulder: one keloid, 3 cm.
Procedure (see entries)
- Intralesional triamcinolone acetonide 40 mg/mL into 6 keloids; total 4.2 mL (168 mg).
- 30-gauge needle, Luer-lock syringe; no complications.
Assessment / Plan
- Symptomatic keloids x6 (L91.0) - continue series every 6 weeks; silicone gel sheeting nightly.
""",
    "expected": E([L("11900"), L("J3301", 16)], ["mue"], {"11900": ["L91.0"]}),
    "coder_note": "11900 covers up to 7 lesions (6 injected). J3301 = ceil(168/10) = 17 units, capped at MUE 16 "
                  "(README).",
})

SCENARIOS.append({
    "id": "s17-il-alopecia-areata-eleven-patches",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 11 alopecia areata patches charged 11900; Kenalog-10 x 3.0 mL; MA HMO",
    "date": "2026-11-03",
    "patient": ("Bellweather", "Nadine", "1959-08-14", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", cpt="11900", site="Scalp", reasons=["c1"]),
        P("Triamcinolone acetonide, per 10 mg (qty 3)", cpt="J3301", site="Scalp",
          note="Kenalog-10, 3.0 mL", reasons=["c1"]),
    ],
    "note_title": "Injection Template",
    "note": """TRI-COUNTY SKIN ASSOCIATES - INTRALESIONAL INJECTION TEMPLATE
Provider: Samuel Weiss, MD      DOS 11/03/2026
Patient: Nadine Bellweather, 67 F    [x] Established
Diagnosis: [x] Alopecia areata (L63.9)   [ ] Keloid   [ ] Cyst   [ ] Other
Disease course: [x] new patches since last visit  [x] prior ILK helpful
Patches injected (count each): occipital 4, vertex 3, R parietal 2, L parietal 2 -> TOTAL 11
Drug: [x] triamcinolone acetonide 10 mg/mL   [ ] 40 mg/mL
Total volume: 3.0 mL  (= 30 mg)
Technique: [x] 0.1 mL aliquots, 1 cm apart, 30 G needle
Complications: [x] none   Atrophy at prior sites: [x] none
Charges keyed: 11900, J3301 x3
Follow-up: [x] 6 weeks
""",
    "expected": E([L("11901"), L("J3301", 3)], ["coding-correction"], {"11901": ["L63.9"]}),
    "coder_note": "More than 7 lesions injected (11) -> 11901, not 11900. J3301 = 30 mg / 10 = 3 units.",
})

# =============================================================================================================
# NAILS
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-nail-two-toenail-avulsions-digits",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion of L great toenail and L 2nd toenail charged 11730 x2; Medicare FFS",
    "date": "2026-11-10",
    "patient": ("Arceneaux", "Felix", "1947-02-22", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe", "L60.0", "Left great toe", reason=True),
        C("c2", "Nail dystrophy, left second toe, painful", "L60.3", "Left second toe", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate", cpt="11730", site="Left great toe", reasons=["c1"]),
        P("Avulsion of nail plate", cpt="11730", site="Left second toe", reasons=["c2"]),
    ],
    "note_title": "SOAP Note",
    "note": """BAYOU DERMATOLOGY CLINIC - Sofia Ramirez, MD
DOS 11/10/2026 | Felix Arceneaux | 79M | est
S: L big toenail digging in, red, draining x3 wk. L 2nd toenail thick, lifted, painful in shoes after stubbing.
O: L hallux: medial nail fold erythema, granulation, ingrown medial border.
   L 2nd toe: dystrophic, partially detached, tender nail plate.
A: 1. Ingrown toenail L great toe.  2. Painful dystrophic nail L 2nd toe.
P: Digital blocks 1% lido plain. Complete avulsion of L great toenail and of L 2nd toenail.
   No matrixectomy. Bacitracin, dressings. Soaks BID. RTC 2 wk.
Charges: 11730, 11730
SR
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], ["coding-correction"], {"11730": ["L60.0"]}),
    "coder_note": "11730 for the first nail, +11732 for each additional nail; digit modifiers TA (left great toe) and "
                  "T1 (left second toe).",
})

SCENARIOS.append({
    "id": "s17-nail-phenol-matrixectomy-t5",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial avulsion + phenol matrixectomy lateral border R great toe, recurrent ingrown; MA HMO",
    "date": "2026-01-27",
    "patient": ("Sorensen", "Lars", "1953-11-11", "male"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("Excision of nail and nail matrix, partial", cpt="11750", site="Right great toe, lateral border",
          note="Partial avulsion lateral border + phenol matrixectomy", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """CEDAR HOLLOW DERMATOLOGY   01/27/2026
Sorensen, Lars 72M est.
CC: ingrown R great toenail lat border, 3rd episode this yr, painful, drained last wk.
No DM, no PVD; DP/PT pulses 2+.
Exam: R hallux lat nail fold erythema + granulation tissue.
Plan: permanent partial matrixectomy - consent signed.
Digital block 1% lido plain. Tourniquet.
Partial nail avulsion lat border R hallux,
then phenol 88% to matrix 3 x 30 sec, EtOH flush.
Abx oint, dsg. Soaks BID.
RTC 2 wk.
J. Pike MD
""",
    "expected": E([L("11750", 1, "T5")], [], {"11750": ["L60.0"]}),
    "coder_note": "11750 for permanent partial nail/matrix removal; the partial avulsion of the same border is part of "
                  "it; digit modifier T5 (right great toe).",
})

# =============================================================================================================
# PARING
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-par-three-corns-commercial",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 3 painful corns on both feet; commercial UHC",
    "date": "2026-02-24",
    "patient": ("Whitfield", "Jasmine", "1979-06-06", "female"),
    "provider": "okafor", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Corns", "L84", "Both feet", reason=True),
    ],
    "procedures": [
        P("Paring of corns", site="Left 5th toe dorsal; right 4th web space; right 5th toe lateral",
          note="Three painful corns pared with #15 blade until painless; 3 lesions.", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": """LARKSPUR FAMILY DERMATOLOGY - Adaeze Okafor, MD - 02/24/2026
Patient: Jasmine Whitfield, 46F, established
Concern
- Painful corns on both feet; nurse, on her feet for 12-hour shifts.
- No diabetes, no neuropathy.
Exam
- Hard corn, dorsal left 5th toe.
- Soft corn, right 4th web space.
- Hard corn, lateral right 5th toe.
- No ulceration, no warts.
Procedure
- Paring of the three corns with a #15 blade down to non-tender skin; no bleeding.
Plan
- Toe spacers, wider toe box, urea 40% cream. Return as needed.
""",
    "expected": E([L("11056")], [], {"11056": ["L84"]}),
    "coder_note": "Paring 2-4 lesions -> 11056.",
})

SCENARIOS.append({
    "id": "s17-par-callus-plus-plantar-warts-xs",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 1 L heel callus + LN2 of 2 plantar warts R forefoot; Medicaid",
    "date": "2026-03-17",
    "patient": ("Fontaine", "Lucien", "1985-01-01", "male"),
    "provider": "baptiste", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Callus, left heel", "L84", "Left heel", reason=True),
        C("c2", "Plantar warts, right forefoot", "B07.0", "Right forefoot", reason=True),
    ],
    "note_title": "SOAP Note",
    "note": """BAYOU DERMATOLOGY CLINIC - Marc Baptiste, MD
DOS 03/17/2026 | Lucien Fontaine | 41M | est
S: Painful cracked callus L heel; 2 painful warts bottom of R foot, hurt w/ walking. Works construction.
O: L heel: 2.5 cm thick fissured callus, no wart structure.
   R plantar forefoot (under 2nd and 4th met heads): two 5-6 mm warts w/ thrombosed caps.
A: 1. Callus L heel (L84).  2. Plantar warts x2 R forefoot (B07.0).
P: 1. Pared L heel callus w/ #15 blade. Urea 40% cream.
   2. Debrided surface of both warts, then LN2 2 FTC each. Aldara not covered - declined.
   RTC 3 wk.
MB
""",
    "expected": E([L("11055"), L("17110", 1, "XS")], [], {"11055": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "11055/17110 is an indicator-1 edit (17110 column 2); the callus (L heel) and warts (R forefoot) are "
                  "different lesions -> XS on 17110. Debriding the warts before freezing is part of 17110.",
})

# =============================================================================================================
# PATCH TEST
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-pt-new-pt-em25-80-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "New-patient contact dermatitis consult with Rx, 80 allergens applied same day; 99204; Medicare FFS",
    "date": "2026-04-28",
    "patient": ("Drummond", "Patricia", "1955-09-09", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Dermatitis of hands and eyelids", "L30.9", "Hands, eyelids", reason=True),
    ],
    "note_title": "Patch Test Day 0",
    "note": """SUMMIT PHOTOTHERAPY & CONTACT DERMATITIS CENTER
PATCH TEST LOG - DAY 0 (APPLICATION)            Ren Nakamura, MD
Date: 04/28/2026   Patient: Patricia Drummond, 70 F   NEW PATIENT (referred by PCP)

CONSULTATION
  History: 8 months of itchy scaly dermatitis of the hands and both upper eyelids; retired hairdresser, now
  gardens and paints; uses several nail products; no improvement with hydrocortisone 1%.
  Meds: losartan, levothyroxine. Allergies: none known. Atopy: none.
  Exam: bilateral dorsal hands and fingertips with lichenified scaly plaques and fissures; upper eyelids erythematous
  and scaly. Palms, feet, trunk clear.
  Assessment: chronic hand and eyelid dermatitis, allergic contact dermatitis to be evaluated.
  Treatment started today: triamcinolone 0.1% ointment BID to hands (Rx), tacrolimus 0.1% ointment to eyelids (Rx).
  Counseled on avoidance of nail acrylates pending results. Level of service: 99204.

APPLICATION
  Series: North American 80 Comprehensive series - 80 allergens, upper back, Finn chambers.
  Applied by RN under my supervision at 14:10. Personal products: none today.
  Readings: 48 h (04/30) and 96 h (05/02).
  Instructions: keep back dry, no sun exposure to back, no topical steroid on back.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)], []),
    "coder_note": "95044 units = allergens applied (80). The new-patient evaluation with prescription management is "
                  "separately identifiable; 95044/99204 is an indicator-1 edit -> 25 on the E/M.",
})

SCENARIOS.append({
    "id": "s17-pt-104-allergens-mue",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Application of 104 allergens (80 + 24 hairdressing) charged 95044 x104; MA HMO",
    "date": "2026-05-05",
    "patient": ("Kaminski", "Roberta", "1957-12-03", "female"),
    "provider": "chen", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Chronic eczematous dermatitis of scalp margin and neck", "L30.9", "Scalp margin, neck",
          reason=True),
    ],
    "procedures": [
        P("Patch test application (qty 104)", cpt="95044", site="Upper back",
          note="North American 80 + 24-allergen hairdressing series", reasons=["c1"]),
    ],
    "note_title": "Patch Test Day 0",
    "note": """SUMMIT PHOTOTHERAPY & CONTACT DERMATITIS CENTER
PATCH TEST LOG - DAY 0 (APPLICATION)            Wei Chen, MD
Date: 05/05/2026   Patient: Roberta Kaminski, 68 F   Established (consult 04/14/2026)
Indication: recurrent dermatitis of the hairline, ears and neck after hair coloring.
Panels applied:
  Panel 1-4   North American 80 series ............ 80 allergens
  Panel 5-6   Hairdressing supplemental series ..... 24 allergens
  TOTAL APPLIED .................................. 104
Site: upper and mid back.   Applied by: RN, 09:40.   Physician present in suite: yes.
Readings scheduled: 05/07 (48 h) and 05/09 (96 h).
No E/M today.
Charge: 95044 x 104
""",
    "expected": E([L("95044", 90)], ["mue"]),
    "coder_note": "95044 units = allergens (104), capped at the practitioner MUE of 90 (README MUE rule).",
})

# =============================================================================================================
# PHOTOTHERAPY
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-photo-puva-day50-abn-ga-99211",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "PUVA session 20 on day 50, no improvement, ABN signed; 99211 nurse check also charged; Medicare FFS",
    "date": "2026-06-30",
    "patient": ("Halloran", "Desmond", "1949-07-04", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 20, "em": "99211",
    "conditions": [
        C("c1", "Psoriasis vulgaris, severe", "L40.0", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy, psoralen + UVA (PUVA)", cpt="96912", site="Whole body", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Log",
    "note": """SUMMIT PHOTOTHERAPY & CONTACT DERMATITIS CENTER
PHOTOTHERAPY TREATMENT LOG - PUVA                Supervising physician: Ren Nakamura, MD
Patient: Desmond Halloran, 76 M       Date: 06/30/2026       Session #: 20
Course start: 05/11/2026 (today = day 50 of the course)
Diagnosis: psoriasis vulgaris, severe, palmoplantar and trunk (L40.0)
Prior therapy documented: clobetasol 0.05% and calcipotriene x 6 months - failed; NB-UVB 30 sessions (2025) - failed.
Disabling: palmoplantar fissuring, unable to work his shop.
Response: PASI 18.0 at start, 17.5 today - no meaningful improvement.
Physician note (06/23): PUVA beyond 30 days without documented improvement does not meet Medicare coverage. Patient
  wants to continue. ABN (CMS-R-131) for the continuing PUVA course signed 06/23/2026 - option 1 checked.
Today: 8-MOP 40 mg at 12:05; UVA 6.5 J/cm2 at 13:35. Goggles given. Erythema grade 0.
RN pre-treatment check (vitals, eye protection, skin check) entered as 99211.
Charges: 96912, 99211
""",
    "expected": E([L("96912", 1, "GA")], ["ncci"]),
    "coder_note": "NCD 250.1: PUVA is ordinarily limited to 30 days unless improvement is documented; day 50 with no "
                  "improvement and an ABN on file -> GA (Medicare FFS). 96912/99211 is indicator 0 -> 99211 removed.",
})

SCENARIOS.append({
    "id": "s17-photo-excimer-two-sites-total-area",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows 140 sq cm + knees 160 sq cm charged 96920 x2; MA PPO",
    "date": "2026-07-28",
    "patient": ("Ibarra", "Consuelo", "1957-03-19", "female"),
    "provider": "chen", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Localized plaque psoriasis", "L40.0", "Elbows, knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser, total area less than 250 sq cm", cpt="96920", site="Bilateral elbows",
          note="Treated area 140 sq cm", reasons=["c1"]),
        P("Excimer laser, total area less than 250 sq cm", cpt="96920", site="Bilateral knees",
          note="Treated area 160 sq cm", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Log",
    "note": """SUMMIT PHOTOTHERAPY & CONTACT DERMATITIS CENTER
PHOTOTHERAPY TREATMENT LOG - 308 nm EXCIMER           Physician: Wei Chen, MD
Patient: Consuelo Ibarra, 69 F     Date: 07/28/2026     Session #: 6 of course
Diagnosis: localized plaque psoriasis, about 3% BSA, after 4 months of topical clobetasol/calcipotriene.
Areas treated this session:
   Bilateral elbows ..... 140 sq cm ..... 500 mJ/cm2
   Bilateral knees ...... 160 sq cm ..... 550 mJ/cm2
   TOTAL ................ 300 sq cm
Response: plaques thinner, less scale. No blistering.
Charges: 96920 (elbows), 96920 (knees)
Next session: 07/30/2026
""",
    "expected": E([L("96921")], ["coding-correction"], {"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by the total area treated: 140 + 160 = 300 sq cm -> 96921 x1.",
})

# =============================================================================================================
# SKIN TAGS
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-st-neck-tags-cosmetic-gy-gx",
    "family": "skin-tags", "shape": "note-only",
    "description": "12 asymptomatic neck skin tags removed for appearance, voluntary ABN; Medicare FFS",
    "date": "2026-08-25",
    "patient": ("Prescott", "Evelyn", "1950-05-27", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, neck", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "html": True,
    "note_title": "Procedure Note",
    "note": """<html><body>
<h3>Mesa Dermatology Group &mdash; Procedure Note</h3>
<p>Luca Marchetti, MD &nbsp; DOS 08/25/2026 &nbsp; Evelyn Prescott, 76 F</p>
<table border="1" cellpadding="3">
<tr><th>Item</th><th>Documentation</th></tr>
<tr><td>Reason</td><td>Wants the neck skin tags removed before her daughter's wedding; dislikes how they look.</td></tr>
<tr><td>Symptoms</td><td>None: no bleeding, irritation, itching, inflammation or catching on jewelry.</td></tr>
<tr><td>Exam</td><td>12 soft pedunculated acrochordons, 1-3 mm, anterior and lateral neck; none inflamed.</td></tr>
<tr><td>Procedure</td><td>Snip removal of 12 skin tags with curved iris scissors; aluminum chloride.</td></tr>
<tr><td>Coverage</td><td>Advised that Medicare does not cover cosmetic removal. Voluntary ABN given and signed
before the procedure; she asked us to submit to Medicare.</td></tr>
<tr><td>Complications</td><td>None</td></tr>
</table>
</body></html>""",
    "expected": E([L("11200", 1, "GY", "GX")], ["cosmetic"]),
    "coder_note": "COS-2/COS-4: asymptomatic tags removed for appearance on Medicare FFS -> statutorily excluded -> GY; "
                  "voluntary ABN documented -> GX as well.",
})

SCENARIOS.append({
    "id": "s17-st-38-irritated-tags-11201-mue",
    "family": "skin-tags", "shape": "free-text",
    "description": "38 irritated/bleeding skin tags axillae, groin, neck; MA HMO",
    "date": "2026-09-29",
    "patient": ("Marlow", "Dennis", "1951-04-04", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Bilateral axillae, groin, posterior neck",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Bilateral axillae (22), groin folds (10), posterior neck (6)",
          note="38 tags removed by snip excision and light cautery; many inflamed, several bleeding from friction with "
               "belt and collar.", reasons=["c1"]),
    ],
    "note_title": "Procedure Template",
    "note": """TRI-COUNTY SKIN ASSOCIATES - PROCEDURE NOTE (template v3.2)
Patient: Dennis Marlow      DOB 04/04/1951      DOS 09/29/2026
Provider: June Abernathy, MD
Visit type: [ ] New  [x] Established  [ ] Post-op
Chief complaint: skin tags that bleed and get irritated
Indication: [x] bleeding  [x] irritation/inflammation  [x] friction from clothing  [ ] cosmetic only
Findings: inflamed pedunculated tags, several with hemorrhagic crust
PROCEDURE: [x] Skin tag removal (snip + cautery)
Count by site: R axilla 12 / L axilla 10 / groin folds 10 / posterior neck 6 -> TOTAL 38
Consent: [x] verbal    Complications: [x] none
Diagnosis: [x] Acrochordons, symptomatic (L91.8)
Follow-up: [x] prn
""",
    "expected": E([L("11200"), L("11201", 1)], ["mue"], {"11200": ["L91.8"]}),
    "coder_note": "38 tags -> 11200 + 11201 x ceil(23/10) = 3, capped at MUE 1 (README). Bleeding/inflamed tags -> "
                  "covered, no GY.",
})

# =============================================================================================================
# COSMETIC
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-cos-back-sk-cryo-gy-no-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "LN2 of 6 asymptomatic back SKs for appearance, no ABN; Medicare FFS",
    "date": "2026-10-08",
    "patient": ("Ainsworth", "Cecil", "1944-11-30", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, back", "L82.1", "Back", reason=True),
    ],
    "note_title": "Procedure Note - Dictated",
    "note": """HARBORVIEW DERMATOLOGY & SKIN CANCER CENTER
Astrid Lindgren, MD - dictated 10/08/2026

Mr. Ainsworth is an 81-year-old man who asked me to freeze the seborrheic keratoses on his back because he dislikes how
they look at the pool. None of them itch, bleed, hurt or have changed, and there is no inflammation. I told him this is
a cosmetic request that Medicare does not pay for. He said he understood; no written notice was given to him.

Six typical stuck-on seborrheic keratoses on the upper and mid back, 0.5 to 1.2 centimeters, were treated with liquid
nitrogen, one freeze-thaw cycle each. Tolerated well.

Impression: seborrheic keratoses, asymptomatic, treated at patient request for appearance.
""",
    "expected": E([L("17110", 1, "GY")], ["cosmetic"]),
    "coder_note": "COS-2/COS-4: cosmetic SK destruction on Medicare FFS -> GY; no voluntary ABN documented -> no GX.",
})

SCENARIOS.append({
    "id": "s17-cos-commercial-facial-nevi-plus-bx",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic shave of 2 facial nevi + medically needed tangential bx of changing back nevus; Cigna",
    "date": "2026-10-15",
    "patient": ("Delgado", "Marisol", "1986-02-11", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Melanocytic nevi, face", "D22.39", "Right cheek, left jawline"),
        C("c2", "Changing nevus, left lower back", None, "Left lower back", reason=True),
    ],
    "procedures": [
        P("Shave removal x2 facial nevi - cosmetic", site="Right cheek; left jawline",
          note="Patient request for appearance. 0.4 cm and 0.5 cm intradermal nevi, asymptomatic. Self-pay quoted.",
          reasons=["c1"]),
        P("Tangential biopsy", site="Left lower back",
          note="Nevus darker and larger on patient's photos; 6 mm; shave biopsy.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, left lower back, shave biopsy: junctional dysplastic nevus with mild atypia.",
         "site": "Left lower back", "date": "2026-10-19"},
    ],
    "html": True,
    "note_title": "Procedure Note",
    "note": """<html><body>
<h3>Mesa Dermatology Group</h3>
<p>Ines Castellanos, MD &nbsp; 10/15/2026 &nbsp; Marisol Delgado, 40 F, established</p>
<table border="1" cellpadding="3">
<tr><th>Lesion</th><th>Findings</th><th>Procedure</th><th>Purpose</th></tr>
<tr><td>R cheek</td><td>0.4 cm flesh-colored dome papule, unchanged for years</td><td>Shave removal</td>
<td>Cosmetic - patient request</td></tr>
<tr><td>L jawline</td><td>0.5 cm flesh-colored dome papule, unchanged</td><td>Shave removal</td>
<td>Cosmetic - patient request</td></tr>
<tr><td>L lower back</td><td>6 mm brown macule, darker and larger than on photos from last year</td>
<td>Tangential (shave) biopsy</td><td>Diagnostic</td></tr>
</table>
<p>Facial nevi: no symptoms; patient informed these are cosmetic and quoted the self-pay price, which she accepted.</p>
<p>All three specimens sent; hemostasis with aluminum chloride.</p>
</body></html>""",
    "expected": E([L("11102")], ["cosmetic"], {"11102": ["D22.5"]}),
    "coder_note": "Conventions: cosmetic services for a commercial payer are removed from the claim (patient billed "
                  "directly). The back biopsy is diagnostic -> 11102, path dysplastic nevus -> D22.5.",
})

SCENARIOS.append({
    "id": "s17-cos-glycolic-peel-gy-gx-plus-ak",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cosmetic facial glycolic peel with voluntary ABN + LN2 of 3 AKs on dorsal hands; Medicare FFS",
    "date": "2026-11-17",
    "patient": ("Remington", "Harriet", "1948-01-23", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Dorsal hands", reason=True),
        C("c2", "Photoaging of the face", "L57.8", "Face"),
    ],
    "note_title": "Progress Note",
    "note": """LARKSPUR FAMILY DERMATOLOGY - Kirsten Halvorsen, MD - 11/17/2026
Patient: Harriet Remington, 78F, established

1. Photoaging, face - cosmetic request
   - Wants "fresher skin" for fine wrinkles and dullness; no AKs on the face today.
   - Glycolic acid 35% superficial peel, full face, epidermal depth, 3-minute contact, neutralized.
   - Told Medicare does not cover cosmetic peels; voluntary ABN signed before the peel; she wants the claim
     submitted to Medicare anyway.
2. Actinic keratoses, dorsal hands
   - Three gritty scaly papules: right hand 2, left hand 1.
   - LN2, 2 freeze-thaw cycles each.
3. Counseling: daily broad-spectrum SPF 50, gloves for driving.
Follow-up 6 months.
""",
    "expected": E([L("15788", 1, "GY", "GX"), L("17000"), L("17003", 2)], ["cosmetic"], {"17000": ["L57.0"]}),
    "coder_note": "COS-2/COS-4: a cosmetic epidermal facial peel (15788) on Medicare FFS -> GY, plus GX for the "
                  "voluntary ABN. The 3 AKs (NCD 250.4) -> 17000 + 17003 x2; no PTP edit with 15788.",
})

# =============================================================================================================
# MIXED
# =============================================================================================================

SCENARIOS.append({
    "id": "s17-mix-dupilumab-em25-warts-g2211",
    "family": "mixed", "shape": "pre-coded",
    "description": "AD on dupilumab with flare/Rx changes + LN2 of 3 painful periungual warts; 99214 + G2211 charged",
    "date": "2026-02-10",
    "patient": ("Galloway", "Priscilla", "1953-08-18", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Atopic dermatitis", "L20.9", reason=True),
        C("c2", "Periungual warts, right index and middle fingers", "B07.8", "Right index and middle fingers",
          reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", cpt="17110", site="Right index and middle fingers",
          note="3 periungual warts, painful; LN2 2 FTC each", reasons=["c2"]),
        P("Visit complexity inherent to E/M (G2211)", cpt="G2211", note="Entered by provider"),
    ],
    "note_title": "Progress Note",
    "note": """LARKSPUR FAMILY DERMATOLOGY - Adaeze Okafor, MD - 02/10/2026
Patient: Priscilla Galloway, 72F, established; I manage her atopic dermatitis long term.

1. Atopic dermatitis on dupilumab (since 2024) - flare
   - Hand and neck flare x1 month; new dupilumab-associated conjunctivitis (red, itchy eyes).
   - Exam: lichenified plaques dorsal hands and neck, ~6% BSA; bilateral conjunctival injection.
   - Plan: continue dupilumab 300 mg q2wk; start tacrolimus 0.1% ointment to neck; triamcinolone 0.1% ointment to
     hands BID x2 wk; ketotifen eye drops; ophthalmology referral if no better in 2 weeks.
2. Periungual warts, right index and middle fingers
   - Three warts, painful when typing; enlarging.
   - LN2, 2 freeze-thaw cycles each.
Charges: 99214, G2211, 17110
Follow-up 6 weeks.
""",
    "expected": E([L("99214", 1, "25"), L("17110")], [], {"17110": ["B07.8"], "99214": ["L20.9"]}),
    "coder_note": "GS-3: AD flare with prescription management is separately identifiable -> 99214-25. EM-6: G2211 is "
                  "not payable when the E/M carries 25 -> dropped. Painful warts -> covered.",
})

SCENARIOS.append({
    "id": "s17-mix-punch-shave-cryo-html",
    "family": "mixed", "shape": "note-only",
    "description": "Punch bx L forearm rash + shave removal 0.8 cm bleeding ISK back + LN2 3 facial AKs; Medicare (NGS)",
    "date": "2026-03-31",
    "patient": ("Quintero", "Ramon", "1945-06-15", "male"),
    "provider": "marchetti", "payer": "medicare-ngs", "minutes": 30,
    "conditions": [
        C("c1", "Lichenoid eruption, left forearm", None, "Left volar forearm", reason=True),
        C("c2", "Irritated seborrheic keratosis, right upper back", "L82.0", "Right upper back", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Face", reason=True),
    ],
    "path": [
        {"text": "A. Skin, left volar forearm, punch biopsy: lichen planus.", "site": "Left volar forearm",
         "date": "2026-04-03"},
        {"text": "B. Skin, right upper back, shave: irritated seborrheic keratosis.", "site": "Right upper back",
         "date": "2026-04-03"},
    ],
    "html": True,
    "note_title": "Procedure Note",
    "note": """<html><body>
<h3>Mesa Dermatology Group &mdash; Procedure Note</h3>
<p>Luca Marchetti, MD &nbsp; DOS 03/31/2026 &nbsp; Ramon Quintero, 80 M, established</p>
<table border="1" cellpadding="3">
<tr><th>#</th><th>Site</th><th>Lesion</th><th>Procedure</th><th>Size</th></tr>
<tr><td>1</td><td>L volar forearm</td><td>pruritic violaceous flat-topped papules x 6 wk</td>
<td>Punch biopsy 4 mm, one simple suture</td><td>-</td></tr>
<tr><td>2</td><td>R upper back</td><td>irritated SK, bleeds when it catches on the chair back</td>
<td>Shave removal, aluminum chloride</td><td>0.8 cm</td></tr>
<tr><td>3</td><td>Nasal dorsum</td><td>actinic keratosis</td><td>LN2, 2 FTC</td><td>-</td></tr>
<tr><td>4</td><td>L temple</td><td>actinic keratosis</td><td>LN2, 2 FTC</td><td>-</td></tr>
<tr><td>5</td><td>R cheek</td><td>actinic keratosis</td><td>LN2, 2 FTC</td><td>-</td></tr>
</table>
<p>Specimens 1 and 2 to dermatopathology. No separate E/M. Suture removal in 10 days.</p>
</body></html>""",
    "expected": E([L("11104"), L("11301", 1, "XS"), L("17000", 1, "XS"), L("17003", 2)], [],
                  {"11104": ["L43.9"], "11301": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "Separate lesions: 11104/11301, 11104/17000 and 11301/17000 are indicator-1 edits -> XS on 11301 and "
                  "17000; 17003 has no edit with 11104 or 11301 -> no XS. Whole ISK removed by shave -> 11301 (trunk "
                  "0.6-1.0 cm), not a biopsy.",
})

SCENARIOS.append({
    "id": "s17-mix-flap-global-em24-25-bx79",
    "family": "mixed", "shape": "note-only",
    "description": "Day 28 after cheek flap (090): seb derm Rx (99213) + tangential bx of new shin lesion; Medicare FFS",
    "date": "2026-08-04",
    "patient": ("Brennan", "Thaddeus", "1946-09-21", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Seborrheic dermatitis", "L21.9", "Scalp, eyebrows", reason=True),
        C("c2", "Scaly papule, left shin", None, "Left shin", reason=True),
    ],
    "prior": [
        PRIOR("2026-07-07", "14040", "Adjacent tissue transfer, cheek", "Left cheek",
              "Rotation flap after excision of SCC left cheek"),
    ],
    "path": [
        {"text": "Skin, left shin, shave biopsy: squamous cell carcinoma in situ (Bowen disease), extending to the "
                 "peripheral margin.", "site": "Left shin", "date": "2026-08-07"},
    ],
    "note_title": "Office Visit - Dictated",
    "note": """HARBORVIEW DERMATOLOGY & SKIN CANCER CENTER
Office visit dictated by Henrietta Voss, MD, 08/04/2026.

Mr. Brennan is a 79-year-old man who is 28 days out from a left cheek rotation flap that I performed on July 7. He did
not come for the flap, which was not examined today; his post-operative visit is next week.

He came in for two new problems. First, for about a month his scalp and eyebrows have been flaking and itching badly.
Examination shows greasy yellow scale with erythema of the scalp, eyebrows and nasolabial folds, consistent with
seborrheic dermatitis. I prescribed ketoconazole 2% shampoo three times weekly and fluocinolone 0.01% scalp oil nightly
for two weeks, with hydrocortisone 2.5% cream for the face, and explained the chronic, relapsing course.

Second, he has a new scaly pink papule on the left shin, 8 millimeters, present about three months and slowly growing.
After consent, a tangential shave biopsy was performed with aluminum chloride hemostasis and the specimen was sent
to pathology.

Assessment: seborrheic dermatitis, new, prescription management - 99213, unrelated to the flap. Lesion left shin,
biopsied, pathology pending.
""",
    "expected": E([L("99213", 1, "24", "25"), L("11102", 1, "79")], ["global-period"],
                  {"11102": ["D04.72"], "99213": ["L21.9"]}),
    "coder_note": "GS-5/GS-3: inside the 90-day global of the 07/07 flap, an unrelated E/M -> 24, and because a "
                  "minor procedure was done the same day and the E/M is separately identifiable -> 25 too; biopsy of a "
                  "new unrelated lesion -> 79. Path SCC in situ left shin -> D04.72.",
})
