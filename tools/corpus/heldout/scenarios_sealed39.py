"""Sealed set 39 (s39-): pediatric dermatology clinic of a children's hospital (Oracle Health / Cerner PowerChart).

Notes are written the way the clinic's PowerChart templates print them (plain-text "Clinic Note" and HTML
Dynamic Documentation). Parents speak for the child; comfort measures (topical anesthetics, Child Life,
vibration devices, comfort holds) and services declined or deferred because the child would not tolerate
them are part of the record. Payers: Medicaid / Medicaid MCO (CHIP) and commercial plans.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the README
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HOSP = "Mercy Lakes Children's Hospital - Division of Pediatric Dermatology"

# =============================================================================================================
# Batch 1
# =============================================================================================================

SCENARIOS.append({
    "id": "s39-ds-molluscum-cantharidin-thirteen",
    "family": "destruction", "shape": "note-only", "html": True,
    "description": "Molluscum treated with cantharidin: 13 lesions treated (table), ~10 groin lesions left untreated; Medicaid MCO",
    "date": "2025-10-14",
    "patient": ("Oyelaran", "Tobi", "2019-05-02", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [C("c1", "Molluscum contagiosum", "B08.1", "Axillae and left flank", reason=True)],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """<html><head><title>Pediatric Dermatology Procedure Note</title></head><body>
<div class="ddemrcontent">
<p><b>""" + HOSP + """</b><br/>Document Type: Pediatric Dermatology Procedure Note<br/>
Service Date/Time: 10/14/2025 10:20 CDT<br/>Result Status: Auth (Verified)</p>
<p><b>Patient:</b> OYELARAN, TOBI &nbsp; <b>Age:</b> 6 years &nbsp; <b>Accompanied by:</b> mother</p>
<h3>Subjective</h3>
<p>Mom reports the bumps have spread from the right armpit to both sides over 2 months. He scratches them at
night and two have become red and crusted. His younger brother now has a few. Mom counted "about 30" at home
including the diaper-area ones. Tried a tea tree oil product from the pharmacy without change.</p>
<h3>Objective</h3>
<p>Umbilicated pearly 2-4 mm papules in the axillae, left flank and left inguinal fold. A few with
surrounding dermatitis (BOTE sign). No signs of secondary cellulitis.</p>
<h3>Procedure: cantharidin 0.7% application</h3>
<p>Consent from mother. Test spot not needed (tolerated cantharidin at an outside clinic last year). Applied
with the wooden end of a cotton applicator to each lesion, allowed to dry, covered with paper tape.</p>
<table border="1">
<tr><th>Site</th><th>Lesions treated</th></tr>
<tr><td>Right axilla</td><td>5</td></tr>
<tr><td>Left axilla</td><td>4</td></tr>
<tr><td>Left flank</td><td>4</td></tr>
<tr><td>Left inguinal fold</td><td>0 - not treated (see below)</td></tr>
</table>
<p>The left inguinal fold has roughly ten more lesions. Tobi became upset and pulled his shorts back up when
we moved to the groin; Mom and I agreed to stop rather than hold him down. Groin lesions to be addressed next
visit, possibly curettage after LMX if he tolerates it.</p>
<p>Instructions: wash off with soap and water in 4-6 hours or sooner if burning; expect blistering.</p>
<h3>Assessment / Plan</h3>
<ol><li>Molluscum contagiosum, inflamed, spreading - treated as above. Return 3-4 weeks.</li>
<li>Household spread counseling; separate towels and bath water for the brother.</li></ol>
<p>Electronically Signed on 10/14/2025 10:58 CDT by Folake Adeyemi, MD</p>
</div></body></html>""",
    "expected": E([L("17110")], dx={"17110": ["B08.1"]}),
    "coder_note": "DS-2: 13 lesions actually treated (5+4+4); the ~10 untreated groin lesions and Mom's home count "
                  "of 30 are not destroyed lesions -> 17110 x1, not 17111.",
})

SCENARIOS.append({
    "id": "s39-ds-warts-hands-precoded-17111-nine",
    "family": "destruction", "shape": "pre-coded",
    "description": "Pre-coded 17111 for hand warts but only 9 frozen (rest deferred, child crying) -> 17110; UHC",
    "date": "2025-11-03",
    "patient": ("Kaczmarek", "Lena", "2015-02-19", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [C("c1", "Verruca vulgaris, hands", "B07.8", "Bilateral hands", reason=True)],
    "procedures": [
        P("Destruction benign lesions 15 or more", cpt="17111", site="Bilateral hands",
          note="LN2 cryotherapy to verrucae, 2 freeze-thaw cycles", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """MERCY LAKES CHILDREN'S HOSPITAL - PEDIATRIC DERMATOLOGY
Clinic Note                                   Service date: 11/03/2025
Patient: Lena Kaczmarek   Age: 10 y   Visit type: Established, procedure visit
Provider: Ines Castellanos, MD

S: Return for warts. Mom says there are "at least 18" on both hands, she counted them last night. Salicylic
acid at home for 6 weeks with little change. Lena is nervous today; Mom sat with her.

O: Verrucous papules: R hand - dorsal index finger (2), dorsal middle finger (1), R thumb (1), R palm (1).
L hand - dorsal 4th MCP (1), L palm (1), L index fingertip (2). Periungual warts L thumb and L middle finger
nail folds (about 9 smaller ones).

Procedure: cryotherapy with liquid nitrogen, cryo-spray, 2 freeze-thaw cycles of ~10 s each. Light paring
with a 15 blade first on the palmar ones.
Treated today: right hand 5 + left hand 4 = 9 warts.
Lena started crying when we got to the left periungual group and asked to stop. Mom agreed. The periungual
warts were NOT treated today; will do them at the next visit, maybe with Buzzy and numbing cream beforehand.

A/P: Common warts, hands. 9 destroyed today. Continue salicylic acid nightly under tape. RTC 3 weeks.
Blister care handout given.

Electronically signed: Ines Castellanos, MD 11/03/2025 15:12
""",
    "expected": E([L("17110")], ["coding-correction"], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: 9 warts destroyed (5 + 4). Mom's count of 18 and the deferred periungual warts are not "
                  "treated lesions -> 17110, not the pre-coded 17111.",
})

SCENARIOS.append({
    "id": "s39-ds-hemangioma-pdl-ulcerated-57",
    "family": "destruction", "shape": "free-text", "html": True,
    "description": "Ulcerated infantile hemangioma buttock: E/M decides PDL (090) same day -> 99214-57 + 17106; Medicaid",
    "date": "2025-12-09",
    "patient": ("Villanueva", "Amara", "2025-08-01", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 40, "em": "99214",
    "conditions": [C("c1", "Ulcerated infantile hemangioma, left buttock", "D18.01", "Left buttock", reason=True)],
    "procedures": [
        P("Pulsed dye laser treatment of ulcerated hemangioma", site="Left buttock",
          note="595 nm PDL, 7 mm spot, 6.5 J/cm2, 0.45 ms, DCD on. Treated area 3.2 x 2.4 cm (7.7 sq cm) "
               "including the ulcer rim. Single pass, non-overlapping pulses. Eye protection for infant and staff.",
          reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """<div><p><b>PEDIATRIC DERMATOLOGY - ESTABLISHED PATIENT VISIT</b><br/>Date of Service: 12/09/2025<br/>
Patient: Amara Villanueva, 4 months &nbsp;|&nbsp; Informant: mother and father</p>
<p><b>Chief complaint:</b> hemangioma on the bottom has opened up.</p>
<p><b>HPI:</b> Known superficial infantile hemangioma of the left buttock, on timolol 0.5% gel BID since
10/2025. Mom reports the center broke down 10 days ago and now bleeds with diaper changes; she cries with
every stool. Feeding well, gaining weight. No fevers. Dad asks whether the laser we mentioned last time
could be done today.</p>
<p><b>Exam:</b> Weight 6.4 kg. Left buttock bright red plaque 3.0 x 2.2 cm with central 1.1 cm ulcer, fibrinous
base, no purulence. No other hemangiomas; no midline lumbosacral lesion. Well-appearing, consolable.</p>
<p><b>Assessment:</b> Ulcerated infantile hemangioma (painful, bleeding), worsening despite topical timolol.</p>
<p><b>Plan / discussion:</b> Reviewed options with both parents: (1) start oral propranolol (would need
baseline heart rate/BP and feeding counseling), (2) pulsed dye laser to speed ulcer healing, (3) wound care
alone. Parents prefer to avoid a systemic medicine for now and chose PDL today. Risks (blistering, pigment
change, scarring, need for repeat sessions) reviewed; consent signed.</p>
<ul><li>PDL performed today - see procedure documentation.</li>
<li>Continue timolol to the non-ulcerated edge; stop on the ulcer base.</li>
<li>Rx: mupirocin 2% ointment to ulcer TID x 10 days; thick zinc barrier over it with every diaper.</li>
<li>Acetaminophen 15 mg/kg q6h PRN pain.</li>
<li>If not healing in 2-3 weeks, will revisit propranolol.</li></ul>
<p>Comfort: swaddled, oral sucrose 24% before the laser, Mom nursed her right after.</p>
<p>Return 3 weeks for recheck and possible second PDL session.</p>
<p>Electronically Signed on 12/09/2025 11:47 CST by Ines Castellanos, MD</p></div>""",
    "expected": E([L("99214", 1, "57"), L("17106")], dx={"17106": ["D18.01"]}),
    "coder_note": "17106 (vascular proliferative lesion destruction, <10 sq cm; 7.7 sq cm) is a 090-day procedure "
                  "(GS-2). The visit that made the decision for it on the same day takes 57 (GS-4; conventions).",
})

SCENARIOS.append({
    "id": "s39-ds-warts-plus-molluscum-seventeen",
    "family": "destruction", "shape": "free-text",
    "description": "8 warts frozen + 9 molluscum curetted in one session = 17 benign lesions -> single 17111; BCBS",
    "date": "2026-01-13",
    "patient": ("Brandvold", "Soren", "2017-06-24", "male"),
    "provider": "adeyemi", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Common warts", "B07.8", "Right hand, left knee", reason=True),
        C("c2", "Molluscum contagiosum", "B08.1", "Trunk", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of verrucae", site="Right hand and left knee",
          note="8 warts (R hand 6, L knee 2). LN2, 2 cycles. Buzzy vibration device on the forearm.",
          reasons=["c1"]),
        P("Curettage of molluscum contagiosum", site="Chest and abdomen",
          note="9 lesions curetted after LMX 4 under Tegaderm for 45 min. Aluminum chloride for hemostasis.",
          reasons=["c2"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """Pediatric Dermatology Clinic Note - Mercy Lakes Children's
DOS 01/13/2026  |  Soren Brandvold, 8 yo M  |  Established  |  With: father

Dad reports the warts on the right hand keep multiplying and one on the knee catches on his jeans and bleeds.
The molluscum on the belly are itchy and he picks them. No fevers, otherwise healthy. No meds.

Exam: 6 verrucous papules right hand (dorsal fingers and palm), 2 on the left knee. 9 umbilicated papules
chest/abdomen, several with surrounding eczematous change. No molluscum on the face.

Dad held Soren on his lap, chest to chest. LMX 4 had been applied to the belly at check-in.
Procedures today (see procedure entries):
  - cryotherapy, 8 warts
  - curettage, 9 molluscum
Tolerated well with the iPad and Buzzy. Bandaids applied.

A/P
1. Verruca vulgaris - treated. Continue OTC salicylic acid at home between visits.
2. Molluscum contagiosum - treated. Hydrocortisone 1% to the itchy surrounding skin for a week.
RTC 4 weeks.

E-signed: Folake Adeyemi, MD  01/13/2026 14:05
""",
    "expected": E([L("17111")]),
    "coder_note": "DS-2: warts and molluscum are both benign lesions of the 17110/17111 family, counted together in "
                  "the session: 8 + 9 = 17 -> one unit of 17111 (17111/17110 indicator 0, never both).",
})

SCENARIOS.append({
    "id": "s39-em-atopic-derm-new-99204",
    "family": "em", "shape": "note-only", "html": True,
    "description": "New patient severe atopic dermatitis, 3 y/o, prescription management, 52 min -> 99204 kept; Medicaid",
    "date": "2025-09-23",
    "patient": ("Haddad", "Layla", "2022-04-11", "female"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 52, "em": "99204",
    "conditions": [C("c1", "Atopic dermatitis, severe", "L20.9", "Generalized", reason=True)],
    "note_title": "Pediatric Dermatology New Patient Consult",
    "note": """<html><body>
<p><b>Mercy Lakes Children's Hospital</b> - Pediatric Dermatology<br/>NEW PATIENT CONSULTATION<br/>
Date of service: 09/23/2025 &nbsp; Referring: Dr. P. Ng, pediatrics</p>
<p><b>Patient:</b> Layla Haddad, 3 y 5 m. History from mother and grandmother (Arabic interpreter, in person).</p>
<p><b>Reason for referral:</b> "eczema not getting better".</p>
<p><b>HPI:</b> Itchy rash since age 4 months, much worse this summer. Wakes 3-4 times a night scratching; Mom
sleeps in her room. Using OTC hydrocortisone 1% "when it is bad" and a scented lotion. Bathes every other day in
bubble bath. Two courses of cephalexin from the PCP this year for "infected eczema". No history of eczema
herpeticum, no hospitalizations. Mom wonders whether milk is the cause; no hives, vomiting or swelling with
any food.</p>
<p><b>PMH:</b> term birth, mild intermittent wheeze. <b>FHx:</b> father with asthma and hay fever.
<b>Meds:</b> hydrocortisone 1% OTC. <b>Allergies:</b> NKDA.</p>
<p><b>Exam:</b> Lichenified, excoriated eczematous plaques of the antecubital and popliteal fossae, neck,
wrists and ankles; xerosis generalized; a few honey-crusted erosions on the right wrist. vIGA 4 (severe);
BSA about 35%. Hyperlinear palms. No vesicles or punched-out erosions.</p>
<p><b>Assessment:</b></p>
<ol>
<li>Atopic dermatitis, severe, uncontrolled, with sleep disturbance.</li>
<li>Localized impetiginization, right wrist.</li>
</ol>
<p><b>Plan:</b></p>
<ul>
<li>Rx triamcinolone 0.1% ointment BID to body x 2 weeks then weekends; Rx hydrocortisone 2.5% ointment BID to
face/neck folds.</li>
<li>Rx mupirocin 2% ointment TID to the wrist x 7 days.</li>
<li>Daily 10-minute bath, fragrance-free cleanser; dilute bleach baths twice weekly (recipe given).</li>
<li>Wet wrap demonstration done by our nurse; handout in Arabic.</li>
<li>Food allergy testing not indicated - no history of immediate reactions; Mom reassured. Patch testing not
indicated at this time.</li>
<li>If still vIGA 3-4 in 6 weeks despite adherence, plan dupilumab; discussed mechanism, injections every
4 weeks, conjunctivitis risk. Mom will think about it.</li>
</ul>
<p>Total time on the date of the encounter 52 minutes (history with interpreter, exam, counseling,
demonstration, documentation).</p>
<p>Level of service: 99204.</p>
<p>Electronically Signed on 09/23/2025 16:40 CDT by Ren Nakamura, MD</p>
</body></html>""",
    "expected": E([L("99204")], dx={"99204": ["L20.9"]}),
    "coder_note": "EM-1/EM-3: new patient, moderate MDM (chronic illness with exacerbation + prescription drug "
                  "management) and 52 min total time -> provider-selected 99204 kept. Dupilumab and testing are "
                  "hypothetical/declined, nothing else to code.",
})

SCENARIOS.append({
    "id": "s39-em-acne-isotretinoin-extraction-declined",
    "family": "em", "shape": "note-only",
    "description": "Isotretinoin month 3 follow-up with lab review; comedone extraction and ILK offered but declined -> 99214 only; Aetna",
    "date": "2025-10-28",
    "patient": ("Whitfield", "Marcus", "2009-03-30", "male"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 25, "em": "99214",
    "conditions": [C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, chest, back", reason=True)],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """MERCY LAKES CHILDREN'S HOSPITAL
PEDIATRIC DERMATOLOGY - CLINIC NOTE
Service Date: 10/28/2025        Patient: Marcus Whitfield (16 y)        Provider: Chidi Okonkwo, MD
Result Status: Auth (Verified)

CC: isotretinoin follow-up, month 3.

Interval: On isotretinoin 40 mg daily (0.6 mg/kg). Dry lips, mild nosebleeds x2, no back pain. Mood good,
PHQ-A 2 today; Mom (present) has noticed no changes in mood or behavior. No new meds or supplements. iPLEDGE
questions completed; registered male patient.

Labs 10/21/2025 reviewed: triglycerides 168 (was 92), total cholesterol 181, ALT 24, AST 22.

Exam: Face - several closed comedones forehead, one 6 mm inflamed cyst left chin, no new nodules. Chest and
back markedly improved, residual erythematous macules. Cheilitis.

Assessment:
 - Acne vulgaris, nodulocystic, improving on isotretinoin; mild triglyceride rise.
Plan:
 - Increase isotretinoin to 60 mg daily (~0.9 mg/kg). Cumulative dose tracking sheet updated.
 - Repeat fasting lipids and LFTs in 4 weeks before the next fill; low-fat diet counseling for TG.
 - Lip balm, saline nasal gel, humidifier.
 - Offered comedone extraction of the forehead comedones today - Marcus declined ("not today").
 - Offered intralesional triamcinolone to the chin cyst - he does not want an injection; will let it settle.
 - iPLEDGE confirmation entered.
Return 4 weeks.

Level of service 99214 (drug therapy requiring intensive monitoring for toxicity).
Electronically Signed on 10/28/2025 09:31 CDT by Chidi Okonkwo, MD
""",
    "expected": E([L("99214")], dx={"99214": ["L70.0"]}),
    "coder_note": "Only an E/M: extraction and intralesional injection were offered and declined, so no 10040 or "
                  "11900/J3301. Provider-selected 99214 kept (EM-4: intensive-monitoring drug).",
})

SCENARIOS.append({
    "id": "s39-em-new-pt-wart-decision-only",
    "family": "em", "shape": "pre-coded",
    "description": "New patient seen only for 3 finger warts, frozen; E/M 99203 is decision-only and is removed; Cigna",
    "date": "2025-11-18",
    "patient": ("Lindahl", "Greta", "2013-08-09", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 20, "em": "99203",
    "conditions": [C("c1", "Verruca vulgaris", "B07.8", "Right index finger and right thumb", reason=True)],
    "procedures": [
        P("Destruction of benign lesions, up to 14", cpt="17110", site="Right index finger; right thumb",
          note="3 warts, liquid nitrogen, 2 cycles", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology New Patient Note",
    "note": """Pediatric Dermatology - New Patient
11/18/2025   Greta Lindahl, 12 y F   Referred by school nurse / PCP
Provider: Astrid Lindgren, MD

CC: warts on the right hand x 5 months.
Greta and her dad report three bumps on the right index finger and thumb, rough, not painful, occasionally
catch on her violin strings. Duct tape tried for a month. Had eczema as a toddler, outgrown; no current rash.
No other concerns today.

Focused exam, right hand: three verrucous papules, 3-5 mm (two on the index finger, one on the thumb
pad). No other lesions on the hands.

Assessment: verruca vulgaris x3.
Plan: liquid nitrogen today (2 freeze-thaw cycles each), tolerated without a paring step. Blister care
reviewed with Dad. OTC salicylic acid between visits. Return 3-4 weeks if still present.

Electronically signed 11/18/2025 13:20 - A. Lindgren, MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README 'E/M removed': the only problem addressed is the wart that was treated; the "
                  "evaluation is the decision for the minor procedure. Being a new patient does not by itself "
                  "support a separate E/M, so 99203 is dropped and only 17110 is billed.",
})

SCENARIOS.append({
    "id": "s39-em-eczema-flare-plus-molluscum-curettage-25",
    "family": "em", "shape": "free-text",
    "description": "AD flare managed with new prescriptions + curettage of 6 molluscum -> 99214-25 + 17110; Medicaid MCO",
    "date": "2026-02-04",
    "patient": ("Nguyen", "Bao", "2020-09-15", "male"),
    "provider": "nakamura", "payer": "medicaid-mco", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Atopic dermatitis, flare", "L20.9", "Arms, legs, trunk", reason=True),
        C("c2", "Molluscum contagiosum", "B08.1", "Left thigh", reason=True),
    ],
    "procedures": [
        P("Curettage of molluscum contagiosum", site="Left thigh",
          note="6 lesions curetted with a 3 mm curette after LMX 4 under occlusion x 45 min. Child Life "
               "specialist present with bubbles. Pressure hemostasis, bandages.", reasons=["c2"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """Pediatric Dermatology Clinic Note
Date: 02/04/2026     Pt: Bao Nguyen (5 y)     Established     Informant: mother (Vietnamese interpreter by phone)

Mom reports his eczema has been much worse for 3 weeks since the heat came on: scratching until bleeding,
waking at night, missed 2 days of kindergarten. Triamcinolone 0.025% is "not working" and is almost gone.
Also the molluscum on the left thigh are red and he picks at them; Mom would like them taken off today.

Exam: eczematous, excoriated plaques of the flexural arms and legs and lower back, vIGA 3. No crusting or
vesicles. Six inflamed umbilicated papules on the left thigh amid dermatitis (molluscum dermatitis).

Assessment / Plan
1. Atopic dermatitis, flare, not controlled on low-potency steroid.
   - Rx triamcinolone 0.1% ointment BID x 14 days to body, then twice weekly maintenance.
   - Rx tacrolimus 0.03% ointment BID to the face and folds.
   - Bleach baths twice a week; thick petrolatum after bath.
   - If not controlled at follow-up, discuss dupilumab.
2. Molluscum contagiosum with molluscum dermatitis - curettage of 6 lesions today (procedure entry).
Follow-up 6 weeks for eczema.

Signed: Ren Nakamura, MD 02/04/2026 12:10
""",
    "expected": E([L("99214", 1, "25"), L("17110")], dx={"17110": ["B08.1"], "99214": ["L20.9"]}),
    "coder_note": "GS-3: the AD flare with new prescription management is significant and separately identifiable "
                  "from the molluscum curettage decision -> 99214-25 + 17110 (6 lesions).",
})

SCENARIOS.append({
    "id": "s39-em-periocular-hemangioma-propranolol",
    "family": "em", "shape": "note-only", "html": True,
    "description": "Periocular infantile hemangioma on propranolol, weight-based dose change; laser/steroid only hypothetical -> 99214; Medicaid",
    "date": "2026-01-27",
    "patient": ("Reyes-Ortiz", "Sofia", "2025-08-20", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 30, "em": "99214",
    "conditions": [C("c1", "Infantile hemangioma, right upper eyelid", "D18.01", "Right upper eyelid", reason=True)],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """<div class="note">
<p><b>Mercy Lakes Children's - Pediatric Dermatology</b></p>
<p>Established patient visit &nbsp;|&nbsp; DOS 01/27/2026 &nbsp;|&nbsp; Sofia Reyes-Ortiz, 5 months
&nbsp;|&nbsp; with mother and grandmother</p>
<p><b>Interval history:</b> Started propranolol 1 mg/kg/day on 12/02/2025, increased to 2 mg/kg/day on
12/16. Mom gives it with feeds, no missed doses, no night sweats, no cold hands, no wheeze. Sleeping through
feeds sometimes - we reviewed not to give a dose if she is not eating. Ophthalmology (Dr. Farrow, 01/15)
reviewed: no astigmatism, no occlusion of the visual axis.</p>
<p><b>Exam:</b> Weight 7.1 kg (was 6.2 kg at dose setting). HR 118. Right upper eyelid hemangioma now 1.6 x
1.2 cm (was 2.0 x 1.5), softer, color duller; lid opens fully. No ulceration.</p>
<p><b>Assessment:</b> Periocular infantile hemangioma, responding to propranolol.</p>
<p><b>Plan:</b></p>
<ul>
<li>Re-dose propranolol for weight: 2 mg/kg/day = 14.2 mg/day, divided BID; new Rx sent (4.28 mg/mL
solution, 1.65 mL BID).</li>
<li>Hypoglycemia precautions re-reviewed; hold with vomiting or poor feeding.</li>
<li>Continue ophthalmology follow-up q 2 months.</li>
<li>Pulsed dye laser is not indicated now; if it ulcerates or for residual telangiectasia later we could
consider it. Intralesional steroid not recommended near the eye.</li>
</ul>
<p>Return 6 weeks. Level 99214 (prescription drug management, chronic illness with progression risk).</p>
<p>Electronically Signed on 01/27/2026 15:55 CST by Ines Castellanos, MD</p>
</div>""",
    "expected": E([L("99214")], dx={"99214": ["D18.01"]}),
    "coder_note": "Pure E/M: prescription drug management. Laser and intralesional steroid are mentioned only as "
                  "future/not indicated, so no 17106 or 11900.",
})

SCENARIOS.append({
    "id": "s39-exb-cmn-back-or-intermediate",
    "family": "excision-benign", "shape": "note-only", "html": True,
    "description": "Congenital nevus upper back excised under GA: 1.6 cm + 2x0.2 cm margin = 2.0 -> 11402; layered 4.4 cm -> 12032; BCBS",
    "date": "2025-11-04",
    "patient": ("Farrington", "Eli", "2018-07-07", "male"),
    "provider": "lindgren", "payer": "commercial", "minutes": 60,
    "conditions": [C("c1", "Congenital melanocytic nevus, left upper back", "D22.5", "Left upper back", reason=True)],
    "path": [{"text": "Skin, left upper back, excision: compound melanocytic nevus with congenital pattern features; "
                      "no atypia. Margins free. Specimen 4.5 x 1.6 x 0.6 cm.", "site": "Left upper back",
              "date": "2025-11-07"}],
    "note_title": "Operative Note - Pediatric Dermatology",
    "note": """<html><body>
<p><b>OPERATIVE NOTE</b> - """ + HOSP + """<br/>Location: Main OR, Ambulatory Surgery Center<br/>
Date of surgery: 11/04/2025</p>
<p><b>Patient:</b> Eli Farrington, 7 y M. <b>Surgeon:</b> Astrid Lindgren, MD.
<b>Anesthesia:</b> general (LMA) by Pediatric Anesthesiology (Dr. Q. Osei) - separately documented.</p>
<p><b>Preoperative diagnosis:</b> congenital melanocytic nevus, left upper back, with a new darker focus
and repeated irritation/bleeding from backpack straps.<br/>
<b>Postoperative diagnosis:</b> same; pathology pending.</p>
<p><b>Procedure:</b> excision of congenital nevus, left upper back, with layered closure.</p>
<p><b>Indications:</b> Parents report the nevus has been rubbed raw by his backpack straps several times this
fall and bled onto his shirt; they also noticed a new dark-brown area at the lower edge. After discussion in
clinic (08/2025) parents chose excision under general anesthesia since Eli would not tolerate a
local-only procedure.</p>
<p><b>Details:</b> Time-out performed. Lesion measured before incision: 1.6 x 1.1 cm. Marked with 2 mm margins
all around. Fusiform ellipse designed along relaxed skin tension lines, 4.4 x 1.5 cm, oriented
superomedial-inferolateral. Local: 0.25% bupivacaine with epinephrine 4 mL for post-op analgesia. Excised to
subcutaneous fat, specimen tagged at 12 o'clock and sent to pathology. Hemostasis with electrocautery. Wound
edges undermined minimally. Closed in layers: 4-0 Monocryl buried deep dermal sutures, then 5-0 Monocryl
running subcuticular. Final repair length 4.4 cm. Steri-strips and Tegaderm.</p>
<p>EBL &lt;5 mL. No complications. Transferred to PACU in good condition.</p>
<p><b>Plan:</b> acetaminophen/ibuprofen, no swimming 2 weeks, no backpack on the left for a week; follow-up in
clinic in 10-14 days (absorbable sutures, no removal needed). Will call parents with pathology.</p>
<p>Electronically Signed on 11/04/2025 13:02 CST by Astrid Lindgren, MD</p>
</body></html>""",
    "expected": E([L("11402"), L("12032")], dx={"11402": ["D22.5"]}),
    "coder_note": "EX-1: excised diameter = 1.6 + 2 x 0.2 = 2.0 cm -> trunk 11402 (not the 4.4 cm ellipse or the "
                  "pathology size). EX-5: layered closure 4.4 cm trunk -> 12032. Congenital melanocytic nevus is "
                  "D22.x (not Q82.5). General anesthesia is the anesthesiologist's service.",
})

# =============================================================================================================
# Batch 2
# =============================================================================================================

SCENARIOS.append({
    "id": "s39-exb-pilomatricoma-neck-precoded-band-repair",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pilomatricoma neck 0.9 cm + 1 mm margins = 1.1 -> 11422 (pre-coded 11421); layered 2.4 cm neck -> 12041 (pre-coded 12001); UHC",
    "date": "2025-12-02",
    "patient": ("Adebayo", "Zainab", "2016-05-14", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [C("c1", "Pilomatricoma, left lateral neck", "D23.4", "Left lateral neck", reason=True)],
    "procedures": [
        P("Excision benign lesion neck", cpt="11421", site="Left lateral neck", reasons=["c1"]),
        P("Simple repair", cpt="12001", site="Left lateral neck", reasons=["c1"]),
    ],
    "path": [{"text": "Skin and subcutis, left neck, excision: pilomatricoma (pilomatrixoma), completely excised.",
              "site": "Left lateral neck", "date": "2025-12-05"}],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """PEDIATRIC DERMATOLOGY PROCEDURE NOTE
Mercy Lakes Children's Hospital, Procedure Room B          DOS: 12/02/2025
Patient: Zainab Adebayo  (9 y F)                            Surgeon: Astrid Lindgren, MD

Indication: firm, rock-hard nodule on the left side of the neck x 8 months, enlarging, tender when her
seatbelt rubs it; bluish hue, positive "tent sign". Clinical dx pilomatricoma. Mom and Zainab chose excision
under local today (she did well with blood draws before).

Comfort: Synera patch 30 min before, then buffered 1% lidocaine with epinephrine 3 mL via 30 g needle; Mom
at the head of the bed, movie on the tablet, Child Life present.

Procedure: Lesion measured 0.9 x 0.7 cm. Marked with 1 mm margins. Elliptical excision including the
attached subcutaneous nodule; calcified lobules shelled out intact. Specimen to pathology.
Hemostasis with bipolar cautery.
Closure: layered - 5-0 Monocryl buried interrupted deep dermal sutures (x4) to close dead space and reduce
tension, then 5-0 fast-absorbing gut running epidermal. Length of repair 2.4 cm.
Dermabond over the gut. No complications. EBL minimal.

Plan: ice, acetaminophen. No sutures to remove. Clinic/phone follow-up for pathology in 1 week.

Electronically Signed on 12/02/2025 11:26 CST by Astrid Lindgren, MD
""",
    "expected": E([L("11422"), L("12041")], ["coding-correction"], dx={"11422": ["D23.4"]}),
    "coder_note": "EX-1: 0.9 + 2 x 0.1 = 1.1 cm, neck (SNHFG) -> 11422, not 11421. REP-2/REP-3: deep dermal + "
                  "epidermal layers = intermediate; neck intermediate group 12041-12047; 2.4 cm -> 12041. The "
                  "pre-coded 12001 simple repair would have been bundled anyway (EX-5).",
})

SCENARIOS.append({
    "id": "s39-exb-atypical-spitz-reexcision-thigh",
    "family": "excision-benign", "shape": "free-text",
    "description": "Re-excision of atypical Spitz tumor (uncertain behavior) 0.7 cm scar + 2x0.5 cm -> 11402 benign; layered 4.0 cm -> 12032; Aetna",
    "date": "2026-02-17",
    "patient": ("Castellano", "Mateo", "2014-10-03", "male"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 50,
    "conditions": [C("c1", "Atypical Spitz tumor, right anterior thigh (uncertain behavior)", "D48.5",
                     "Right anterior thigh", reason=True)],
    "prior": [PRIOR("2026-01-27", "11104", "Punch biopsy 4 mm", "Right anterior thigh",
                    "Pink papule, r/o Spitz nevus")],
    "procedures": [
        P("Excision of atypical Spitz tumor biopsy site with 5 mm margins", site="Right anterior thigh",
          note="Biopsy scar with residual pink papule measured 0.7 x 0.5 cm. 5 mm margins marked around it. "
               "Excised to fascia, specimen oriented with a suture at 12 o'clock.", reasons=["c1"]),
        P("Layered closure", site="Right anterior thigh",
          note="Undermined at the level of the superficial fascia. 4-0 PDS deep dermal, 5-0 nylon simple "
               "interrupted epidermal. Final length 4.0 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right anterior thigh, re-excision: residual atypical Spitz tumor (atypical "
                      "Spitz neoplasm of uncertain malignant potential); completely excised, nearest margin 4 mm.",
              "site": "Right anterior thigh", "date": "2026-02-20"}],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """Procedure Note - Pediatric Dermatology
DOS 02/17/2026   Mateo Castellano, 11 y M   Parent present: father
Surgeon: Chidi Okonkwo, MD

Punch biopsy 01/27/2026: atypical Spitz tumor, extends to the deep and lateral margins; FISH equivocal.
Dermatopathology (Dr. Lerner) recommends complete excision with 5 mm margins. Sentinel lymph node biopsy was
discussed with the family at the results call and is NOT recommended for this lesion; no palpable nodes today.

Dad asked if this means cancer - explained the uncertain category; excision is both diagnostic and
treatment.

Anesthesia: LMX 4 for 45 min, then 1% lidocaine with epi 6 mL. Mateo chose to watch a show; Dad held his hand.
Procedure: as in procedure entries. Hemostasis with electrocautery. Sterile dressing. EBL minimal.
Sutures out in 12-14 days (thigh).

A/P: atypical Spitz tumor, right thigh - re-excised with 5 mm margins, layered closure 4.0 cm.
Will call with pathology; skin check with full nodal exam every 6 months x 2 years.

Signed: C. Okonkwo, MD 02/17/2026 16:02
""",
    "expected": E([L("11402"), L("12032")], dx={"11402": ["D48.5"]}),
    "coder_note": "EX-3: uncertain behavior (atypical Spitz, D48.5) uses benign excision codes. EX-1: 0.7 + 2 x 0.5 "
                  "= 1.7 cm thigh -> 11402. Layered closure 4.0 cm extremity -> 12032. The 01/27 punch biopsy is "
                  "000-day global, so no modifier.",
})

SCENARIOS.append({
    "id": "s39-exm-mis-back-teen-wle",
    "family": "excision-malignant", "shape": "note-only", "html": True,
    "description": "17 y/o melanoma in situ back, WLE 1.0 cm scar + 2x0.5 cm = 2.0 -> 11602; layered 5.2 cm -> 12032; BCBS",
    "date": "2026-03-10",
    "patient": ("Sorensen", "Hailey", "2008-09-12", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 60,
    "conditions": [C("c1", "Melanoma in situ, right mid back", "D03.59", "Right mid back", reason=True)],
    "prior": [PRIOR("2026-02-03", "11102", "Tangential biopsy", "Right mid back", "Changing pigmented lesion")],
    "path": [{"text": "Skin, right mid back, wide local excision: residual melanoma in situ, 0.3 cm focus; "
                      "margins negative (nearest peripheral 4 mm).", "site": "Right mid back", "date": "2026-03-13"}],
    "note_title": "Pediatric Dermatology Surgery Note",
    "note": """<html><body><div>
<p><b>Pediatric Dermatologic Surgery - Procedure Note</b><br/>""" + HOSP + """<br/>
Date of Service: 03/10/2026 &nbsp; Patient: Hailey Sorensen (17 y) &nbsp; Surgeon: Chidi Okonkwo, MD</p>
<p><b>Diagnosis:</b> melanoma in situ arising in a dysplastic nevus, right mid back (tangential biopsy 02/03/2026,
peripheral margin involved).</p>
<p><b>History:</b> Hailey and her mother reviewed the plan at the 02/10 results visit. No personal history of
other skin cancers. Mother had a dysplastic nevus removed in 2019; no melanoma in the family.
No palpable axillary or cervical lymphadenopathy. Sentinel node biopsy is not indicated for in situ disease.</p>
<p><b>Procedure:</b> wide local excision with 5 mm margins, layered closure.</p>
<table border="1">
<tr><td>Clinical lesion / biopsy scar</td><td>1.0 x 0.6 cm</td></tr>
<tr><td>Margin</td><td>0.5 cm circumferential</td></tr>
<tr><td>Ellipse</td><td>5.2 x 2.0 cm, long axis horizontal</td></tr>
<tr><td>Closure</td><td>layered: 3-0 PDS deep, 4-0 Monocryl subcuticular</td></tr>
<tr><td>Repair length</td><td>5.2 cm</td></tr>
</table>
<p>Anesthesia 1% lidocaine with epinephrine 12 mL after topical LMX. Excised to fascia, specimen oriented and
sent for permanent sections. Hemostasis with electrocautery; wide undermining at the fascial plane to allow
closure. Steri-strips, pressure dressing. EBL 5 mL. Tolerated well; Mom stayed in the room.</p>
<p><b>Plan:</b> activity restriction 2 weeks (no volleyball), wound check in 2 weeks, full skin exams every
6 months. Results by phone.</p>
<p>Electronically Signed on 03/10/2026 12:18 CDT by Chidi Okonkwo, MD</p>
</div></body></html>""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["D03.59"]}),
    "coder_note": "EX-3: melanoma in situ -> malignant excision codes. EX-1: 1.0 + 2 x 0.5 = 2.0 cm trunk -> 11602 "
                  "(the 5.2 cm ellipse is the repair length, not the excision size). Layered 5.2 cm trunk -> 12032. "
                  "Prior tangential biopsy has a 000 global.",
})

SCENARIOS.append({
    "id": "s39-exm-gorlin-bcc-shoulder-reexcision-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Gorlin teen: re-excision of BCC for positive deep margin 7 days after 11602 (010) -> 11603-58; Medicaid",
    "date": "2026-01-20",
    "patient": ("Pruitt", "Caleb", "2010-11-22", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, right shoulder, positive deep margin", "C44.612", "Right shoulder",
          reason=True),
        C("c2", "Nevoid basal cell carcinoma syndrome (Gorlin)", "Q87.89", history=True),
    ],
    "prior": [PRIOR("2026-01-13", "11602", "Excision malignant lesion trunk/arm 1.1-2.0 cm", "Right shoulder",
                    "Nodular BCC excised with 3 mm margins")],
    "procedures": [
        P("Re-excision malignant lesion, right shoulder", cpt="11603", site="Right shoulder", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right shoulder, re-excision: scar with no residual basal cell carcinoma; margins "
                      "free.", "site": "Right shoulder", "date": "2026-01-23"}],
    "note_title": "Dermatologic Surgery Note",
    "note": """DERMATOLOGIC SURGERY - PROCEDURE NOTE
Mercy Lakes Children's Hospital          Date: 01/20/2026
Patient: Caleb Pruitt, 15 y M (nevoid basal cell carcinoma syndrome, PTCH1)
Surgeon: Samuel Weiss, MD          Parent present: mother

Background: 01/13/2026 excision of a nodular BCC, right posterior shoulder (11602). Pathology 01/16:
nodular BCC, deep margin involved. Re-excision planned to clear the deep margin; Mom and Caleb agreed at the
results call. Sutures were removed today before the re-excision.

Procedure: Healed excision scar 2.0 cm long. Marked 3 mm margins around the scar and excised down to and
including a layer of the fascia. Specimen oriented. Excised diameter documented at 2.6 cm.
Closure: single-layer 4-0 nylon vertical mattress sutures; wound under minimal tension, no deep layer needed.
Anesthesia: 1% lidocaine with epi 5 mL. No complications.

Other: several 1-2 mm palmar pits and two tiny translucent papules on the back noted - monitoring, nothing
treated today. Annual MRI brain per genetics; vismodegib not indicated.

Plan: sutures out in 10-12 days. Wound care handout. Results call.

Electronically signed 01/20/2026 10:44 - Samuel Weiss, MD
""",
    "expected": E([L("11603", 1, "58")], ["global-period"], dx={"11603": ["C44.612"]}),
    "coder_note": "EX-4 / GS-5: re-excision for a positive margin inside the 10-day global of the 01/13 excision is "
                  "a staged/related procedure -> 58, coded malignant even though the re-excision is clear. Scar "
                  "2.0 + 2 x 0.3 = 2.6 cm -> 11603. Simple closure included. BCC right shoulder = C44.612.",
})

SCENARIOS.append({
    "id": "s39-mohs-gorlin-preauricular-plus-edc-back",
    "family": "mohs", "shape": "free-text",
    "description": "Gorlin: Mohs R preauricular BCC 2 stages + intermediate repair 3.2 cm face, plus ED&C of a separate back BCC 0.9 cm; Cigna",
    "date": "2026-03-03",
    "patient": ("Delacroix", "Margaux", "2009-07-16", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right preauricular cheek", "C44.319", "Right preauricular cheek",
          reason=True),
        C("c2", "Basal cell carcinoma, superficial, left upper back", "C44.519", "Left upper back", reason=True),
        C("c3", "Nevoid basal cell carcinoma syndrome", "Q87.89", history=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Right preauricular cheek",
          note="Biopsy-proven nodular BCC (02/10/2026). Clinical tumor 0.8 cm. Stage 1: 3 tissue blocks; "
               "residual tumor at 6 o'clock deep.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage 2", site="Right preauricular cheek",
          note="1 tissue block; margins clear.", reasons=["c1"]),
        P("Layered repair of Mohs defect", site="Right preauricular cheek",
          note="Defect 1.2 x 1.0 cm converted to a fusiform closure; 5-0 Monocryl deep, 6-0 nylon running. "
               "Length 3.2 cm.", reasons=["c1"]),
        P("Electrodesiccation and curettage x3 cycles", site="Left upper back",
          note="Biopsy-proven superficial BCC (02/10/2026). Final defect after curettage 0.9 cm.",
          reasons=["c2"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Dermatologic Surgery (Mohs) - Mercy Lakes Children's Hospital
Date: 03/03/2026   Patient: Margaux Delacroix, 16 y F   Surgeon and pathologist: Samuel Weiss, MD
With: mother

Nevoid BCC syndrome (Gorlin), followed here since age 11. Two BCCs biopsied 02/10/2026 (results reviewed
with family 02/17). Right preauricular nodular BCC in a cosmetically and functionally sensitive site (area
H, periauricular) -> Mohs. Left upper back superficial BCC -> ED&C. No radiation history (avoid radiation in
Gorlin). Smoothie and movie during frozen-section waits; Margaux wanted to be awake, local only.

Mohs: I acted as both surgeon and pathologist. 2 stages: 3 blocks, then 1 block. Clear after stage 2.
Repair: intermediate layered linear closure, 3.2 cm, right preauricular cheek.
Back: ED&C, 3 cycles, final defect 0.9 cm, left to heal by second intention.
Anesthesia: 1% lidocaine with epi, 8 mL total. EBL minimal. No complications.

Mom asked about topical 5-FU for the small pink spots on her back - not today; will revisit in 3 months.

Plan: sutures out in 6 days (face). Petrolatum to the back wound daily. Skin check 3 months.

Electronically signed 03/03/2026 16:20 - S. Weiss, MD
""",
    "expected": E([L("17311"), L("17312"), L("12052", 1, "XS"), L("17261", 1, "XS")]),
    "coder_note": "MOHS-2: head site, 2 stages, <=5 blocks each -> 17311 + 17312. MOHS-7: intermediate repair face "
                  "3.2 cm -> 12052. DS-4: ED&C of a different BCC on the trunk, 0.9 cm -> 17261. PTP 17311/17261 "
                  "and 17261/12052 are indicator 1 and the lesions/sites differ -> XS on each column-2 code "
                  "(17261 and 12052).",
})

SCENARIOS.append({
    "id": "s39-mohs-xp-cheek-six-blocks-rotation-flap",
    "family": "mohs", "shape": "note-only", "html": True,
    "description": "Xeroderma pigmentosum child: Mohs L cheek SCC, stage 1 = 6 blocks, stage 2 = 2 blocks -> 17311+17312+17315; rotation flap 7.5 sq cm -> 14040; Medicaid",
    "date": "2026-04-07",
    "patient": ("Abdi", "Yusuf", "2013-12-01", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, left cheek", "C44.329", "Left cheek", reason=True),
        C("c2", "Xeroderma pigmentosum", "Q82.1", history=True),
    ],
    "note_title": "Mohs Micrographic Surgery Report",
    "note": """<html><body>
<p><b>MOHS MICROGRAPHIC SURGERY REPORT</b><br/>""" + HOSP + """<br/>
DOS: 04/07/2026 &nbsp; Patient: Yusuf Abdi, 12 y M &nbsp; Surgeon/pathologist: Samuel Weiss, MD<br/>
Informants: father; Somali interpreter present throughout.</p>
<p><b>Diagnosis:</b> well-differentiated SCC, left mid cheek (punch biopsy 03/17/2026). Background of xeroderma
pigmentosum (complementation group C) with strict UV avoidance.</p>
<p><b>Pre-op:</b> lesion 1.1 x 0.9 cm keratotic nodule. No palpable parotid or cervical nodes. Several
actinic keratoses on the nose and dorsal hands noted - plan topical 5-fluorouracil course after healing; not
treated today. UV-protective film on the procedure room windows confirmed.</p>
<p><b>Comfort:</b> LMX 4 on the cheek on arrival, then 1% lidocaine with epi; Dad at bedside; tablet and
headphones between stages.</p>
<table border="1">
<tr><th>Stage</th><th>Tissue blocks</th><th>Frozen section result (read by me)</th></tr>
<tr><td>I</td><td>6</td><td>SCC at 2-4 o'clock peripheral (blocks 2 and 3)</td></tr>
<tr><td>II</td><td>2</td><td>clear</td></tr>
</table>
<p>Total: 2 stages, 8 blocks. Final defect 1.8 x 1.5 cm, subcutaneous fat, left cheek.</p>
<p><b>Repair:</b> second intention and a linear closure would both distort the lower eyelid. Inferiorly based
rotation flap designed from the lateral cheek. Primary defect 2.1 sq cm + secondary defect 5.4 sq cm = 7.5 sq
cm total. Flap elevated in the subcutaneous plane, rotated, Burow's triangle removed, inset with 5-0
Monocryl deep and 6-0 nylon interrupted. Pressure dressing.</p>
<p>EBL minimal. No complications. Acetaminophen for pain.</p>
<p><b>Plan:</b> sutures out day 6-7. Oncology/genetics follow-up as scheduled. Full skin exam every 3
months.</p>
<p>Electronically Signed on 04/07/2026 17:05 CDT by Samuel Weiss, MD</p>
</body></html>""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("14040")], dx={"17311": ["C44.329"]}),
    "coder_note": "MOHS-2: head, stage 1 with 6 blocks -> 17311 + 17315 x1 (one block beyond 5); stage 2 with 2 "
                  "blocks -> 17312. FLAP-1/FLAP-3: cheek rotation flap 2.1 + 5.4 = 7.5 sq cm -> 14040, reported "
                  "with Mohs. The AKs were not treated.",
})

SCENARIOS.append({
    "id": "s39-id-thigh-abscess-precoded-10061-simple",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Single uncomplicated thigh abscess, no loculations or packing; pre-coded 10061 -> 10060; Medicaid MCO",
    "date": "2025-09-30",
    "patient": ("Whitehorse", "Nayeli", "2021-06-18", "female"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [C("c1", "Cutaneous abscess, left lateral thigh", "L02.416", "Left lateral thigh", reason=True)],
    "procedures": [
        P("I&D abscess, complicated", cpt="10061", site="Left lateral thigh", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Urgent Visit",
    "note": """Pediatric Dermatology - Same-day Urgent Visit
09/30/2025    Nayeli Whitehorse, 4 y F    Mother and grandmother present
Provider: Folake Adeyemi, MD

Mom reports a "boil" on the left thigh for 4 days, getting bigger and painful; no fever. Older brother had
MRSA boils last year. No other lesions.

Exam: single 2.0 cm fluctuant, tender nodule with surrounding 1 cm erythema, left lateral thigh. Afebrile.
No lymphangitic streaking.

Procedure: incision and drainage.
Consent from mother. LMX 4 for 40 min, then vapocoolant spray and a small amount of 1% lidocaine.
Child Life specialist with light-up wand; grandmother held her in a comfort hold.
Single 5 mm stab incision with #11 blade, moderate purulent drainage expressed, culture swab sent. Cavity
probed gently - no loculations. Irrigated with saline. Cavity small, no packing needed. Dry dressing.

A/P: abscess left thigh, drained. Rx clindamycin 10 mg/kg/dose TID x 7 days pending culture (brother's MRSA
was clindamycin sensitive). Warm compresses. Bleach baths for household decolonization discussed.
Return if fever or spreading redness.

E-signed 09/30/2025 17:12 by Folake Adeyemi, MD
""",
    "expected": E([L("10060")], ["coding-correction"], dx={"10060": ["L02.416"]}),
    "coder_note": "4.8 table: one abscess, no loculations, no packing = simple/single -> 10060, not the pre-coded "
                  "10061 (complicated or multiple).",
})

SCENARIOS.append({
    "id": "s39-id-hs-two-axillary-abscesses-25",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Hidradenitis: two abscesses (R and L axilla) drained -> 10061 x1 (multiple) + HS management 99214-25; BCBS",
    "date": "2025-12-16",
    "patient": ("Ambrose", "Keisha", "2010-04-25", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 40, "em": "99214",
    "conditions": [C("c1", "Hidradenitis suppurativa, Hurley stage II, axillae", "L73.2", "Bilateral axillae",
                     reason=True)],
    "procedures": [
        P("Incision and drainage of abscess", site="Right axilla",
          note="2.5 cm fluctuant nodule, incised with #11 blade, purulent material expressed.", reasons=["c1"]),
        P("Incision and drainage of abscess", site="Left axilla",
          note="1.5 cm fluctuant nodule, incised and drained.", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """Pediatric Dermatology Clinic Note
DOS: 12/16/2025   Keisha Ambrose  15 y F   Established   With: mother

HPI: Hidradenitis since age 12. Flaring for 3 weeks with painful lumps in both armpits; one opened and
drained at home. Missing gym class. On benzoyl peroxide wash only; stopped doxycycline in the summer because
of stomach upset. Mom asks about "the shot" she read about.

Exam: right axilla - 2.5 cm fluctuant inflamed nodule plus two sinus tracts with scarring; left axilla -
1.5 cm fluctuant nodule, a few inflamed papules. Groin and inframammary folds clear. BMI 31.
Hurley II.

Assessment/plan:
1. Hidradenitis suppurativa, Hurley II, flaring.
   - I&D of the two fluctuant abscesses today (see procedure entries) for pain relief.
   - Restart doxycycline 100 mg BID with food (Rx), chlorhexidine 4% wash, loose clothing.
   - Discussed adalimumab (FDA-approved for adolescents with HS): prior authorization will be submitted;
     TB test (QuantiFERON) ordered today.
   - Weight/lifestyle and smoking avoidance counseling; Keisha does not smoke or vape.
   - Pain: ibuprofen as needed.
2. Follow-up in 6 weeks, sooner if fever.

Procedure details: topical LMX, then 1% lidocaine with epi to each site. Both drained, irrigated, no packing.
Mom stayed in the room. Tolerated well.

Electronically signed 12/16/2025 14:48 by Ren Nakamura, MD
""",
    "expected": E([L("99214", 1, "25"), L("10061")], dx={"10061": ["L73.2"]}),
    "coder_note": "Two abscesses drained in one session = 'multiple' -> one 10061, not 10060 x2 (10061/10060 is a "
                  "more-extensive pair). HS disease management (restart doxycycline, biologic work-up) is "
                  "separately identifiable -> 99214-25.",
})

SCENARIOS.append({
    "id": "s39-id-buttock-loculated-packed",
    "family": "incision-drainage", "shape": "note-only", "html": True,
    "description": "Buttock abscess with loculations broken up and iodoform packing -> 10061; second pustule not drained; Medicaid",
    "date": "2026-02-24",
    "patient": ("Kowalczyk", "Jonah", "2017-11-09", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True),
        C("c2", "Folliculitis, right thigh", "L73.9", "Right thigh"),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """<div>
<p><b>PROCEDURE NOTE - Pediatric Dermatology</b><br/>Mercy Lakes Children's Hospital<br/>
Date/Time of Service: 02/24/2026 15:30<br/>Patient: Jonah Kowalczyk, 8 y M</p>
<p><b>History (per Dad):</b> painful lump on the left buttock for 6 days, hurts to sit; low-grade temp
100.1 F last night. PCP started cephalexin 2 days ago. No prior abscesses.</p>
<p><b>Exam:</b> 4 x 3 cm indurated, fluctuant abscess, left buttock, with 2 cm surrounding erythema. A single
3 mm follicular pustule on the right upper thigh.</p>
<p><b>Procedure - incision and drainage, left buttock:</b></p>
<ul>
<li>Consent from father. Nitrous oxide offered by the sedation nurse - Dad preferred topical and local.</li>
<li>LMX 4 for 45 min, then 1% lidocaine with epi field block (6 mL), Buzzy on the lateral hip.</li>
<li>1.5 cm linear incision; large amount of purulent material; multiple loculations broken up with a curved
hemostat; culture sent.</li>
<li>Copious saline irrigation; cavity packed with 1/4-inch iodoform gauze (about 8 cm).</li>
<li>Dressing. Tolerated with Dad holding him and a movie.</li>
</ul>
<p><b>Assessment/Plan:</b></p>
<ol>
<li>Buttock abscess, complicated (loculated, packed) - drained. Switch cephalexin to TMP-SMX pending culture.
Packing removal/first change at the PCP office in 48 h.</li>
<li>Right thigh pustule - not drained; warm compresses, it should resolve.</li>
</ol>
<p>Electronically Signed on 02/24/2026 16:21 CST by Chidi Okonkwo, MD</p>
</div>""",
    "expected": E([L("10061")], dx={"10061": ["L02.31"]}),
    "coder_note": "Loculations broken up and packing placed = complicated I&D -> 10061. The thigh pustule was not "
                  "drained.",
})

SCENARIOS.append({
    "id": "s39-il-keloid-earlobes-bilateral-32mg",
    "family": "intralesional", "shape": "note-only", "html": True,
    "description": "Bilateral earlobe keloids injected: TAC 40 mg/mL 0.5 + 0.3 mL = 32 mg -> 11900 + J3301 x4; Aetna",
    "date": "2025-10-21",
    "patient": ("Marchand", "Chloe", "2011-01-29", "female"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [C("c1", "Keloids, bilateral earlobes, post-piercing", "L91.0", "Bilateral earlobes", reason=True)],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """<html><body>
<p><b>Pediatric Dermatology - Keloid Injection Visit</b><br/>DOS 10/21/2025 &nbsp; Chloe Marchand, 14 y F
&nbsp; accompanied by mother</p>
<p>Keloids of both earlobes after piercing at age 12; itchy and tender, growing. Second injection session
(first 09/16/2025, good softening). No steroid side effects noted by Chloe or Mom.</p>
<p><b>Exam:</b> Right posterior earlobe keloid 1.4 x 1.0 cm; left posterior earlobe keloid 0.9 x 0.8 cm;
both firm, less raised than last visit. No atrophy or hypopigmentation.</p>
<p><b>Procedure:</b> intralesional triamcinolone acetonide (Kenalog-40, 40 mg/mL).</p>
<table border="1">
<tr><th>Lesion</th><th>Volume</th><th>Dose</th></tr>
<tr><td>Right earlobe keloid</td><td>0.5 mL</td><td>20 mg</td></tr>
<tr><td>Left earlobe keloid</td><td>0.3 mL</td><td>12 mg</td></tr>
<tr><td><b>Total</b></td><td>0.8 mL</td><td>32 mg</td></tr>
</table>
<p>Topical lidocaine 4% for 30 minutes, vibration device on the jaw, 30 g needle, slow injection.
Tolerated well - Mom held her hand.</p>
<p>Cryotherapy of the keloid before injection was discussed but not done today. Surgical excision with
post-op injections remains an option later; not recommended yet.</p>
<p><b>Plan:</b> silicone gel sheets nightly; repeat injection in 4-6 weeks.</p>
<p>Electronically Signed on 10/21/2025 10:12 CDT by Ren Nakamura, MD</p>
</body></html>""",
    "expected": E([L("11900"), L("J3301", 4)], dx={"11900": ["L91.0"]}),
    "coder_note": "4.8 table: 2 lesions injected -> 11900. J3301 per 10 mg: 32 mg -> ceil(3.2) = 4 units. Keloid "
                  "indexes to L91.0. Cryotherapy and excision only discussed.",
})

# =============================================================================================================
# Batch 3
# =============================================================================================================

SCENARIOS.append({
    "id": "s39-il-chest-keloids-nine-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Nine acne keloids injected (TAC 10 mg/mL, 3.6 mL = 36 mg); pre-coded 11900 + J3301 x36 -> 11901 + J3301 x4; Medicaid",
    "date": "2025-11-25",
    "patient": ("Okoro", "Emeka", "2008-06-02", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Keloids, chest and shoulders (post-acne)", "L91.0", "Chest and bilateral shoulders",
                     reason=True),
                   C("c2", "Acne vulgaris", "L70.0", "Face, chest")],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", cpt="11900", site="Chest and shoulders",
          reasons=["c1"]),
        P("Triamcinolone acetonide injection", cpt="J3301", site="Chest and shoulders",
          note="Billed 36 units (36 mg)", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """PEDIATRIC DERMATOLOGY CLINIC NOTE
Mercy Lakes Children's Hospital         Service date: 11/25/2025
Patient: Emeka Okoro, 17 y M            Provider: Chidi Okonkwo, MD
Medicaid (CHIP)                          Accompanied by: self; mother joined by phone for consent

S: Keloids from old acne on the chest and shoulders - itchy, catch on his shirts and his seatbelt, one bled
last week. Acne itself is quiet on adapalene/BPO. Wants them flatter before summer.

O: Firm shiny keloids:
   presternal x3 (0.8-1.5 cm)
   left shoulder x4 (0.5-1.2 cm)
   right shoulder x2 (1.0 cm each)
   = 9 keloids. Acne: a few comedones on the forehead only.

Procedure: intralesional triamcinolone acetonide 10 mg/mL into all nine keloids (volume 0.3-0.5 mL each,
until blanching). Total volume 3.6 mL = 36 mg. 30 g needle, ice pack and vibration before each stick.
No complications.

A/P:
1. Keloids x9, symptomatic - injected as above. Repeat in 6 weeks; silicone gel.
2. Acne vulgaris - controlled, continue adapalene 0.1%/BPO 2.5%. No change.

Electronically signed 11/25/2025 11:50 - C. Okonkwo, MD
""",
    "expected": E([L("11901"), L("J3301", 4)], ["coding-correction"], dx={"11901": ["L91.0"]}),
    "coder_note": "4.8 table: 9 lesions (>7) -> 11901, not 11900 (11901/11900 indicator 0). Conventions: J3301 per "
                  "10 mg -> 36 mg = 4 units; the pre-coded 36 units counted mg as units.",
})

SCENARIOS.append({
    "id": "s39-il-alopecia-areata-plus-eczema-25",
    "family": "intralesional", "shape": "free-text",
    "description": "Alopecia areata 5 patches ILK 20 mg (11900 + J3301 x2) + separate AD flare management 99213-25; Medicaid",
    "date": "2026-01-06",
    "patient": ("Moreau", "Isabelle", "2016-03-08", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True),
        C("c2", "Atopic dermatitis, flare, arms", "L20.9", "Antecubital fossae", reason=True),
    ],
    "procedures": [
        P("Intralesional triamcinolone acetonide to alopecia areata patches", site="Scalp, 5 patches",
          note="Kenalog 5 mg/mL (diluted), 0.1 mL per site about 1 cm apart; total 4.0 mL = 20 mg into 5 patches "
               "(vertex 2, occiput 2, right temporal 1).", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """Pediatric Dermatology - Established Visit
01/06/2026   Isabelle Moreau, 9 y   Dad present

1) Alopecia areata: 5 patches on the scalp, two new since November. Isabelle agreed to try injections again
(first session 11/2025, regrowth in 2 of 3 patches). Dad held her on his lap; LMX applied 30 min before;
Buzzy on the neck. Injected all 5 patches (see procedure entry). She asked for a break after the third patch,
then let us finish.

2) Eczema: itchy rash in the elbow creases and behind the knees for 3 weeks, worse with swimming lessons.
Exam: eczematous lichenified plaques antecubital and popliteal fossae, excoriations, no infection.
Plan: Rx triamcinolone 0.1% ointment BID x 2 weeks then weekends; Rx tacrolimus 0.03% for the neck; rinse
and moisturize after the pool. Thyroid screening labs for AA were normal in November - not repeated.

Follow-up 6 weeks for repeat injections and eczema check.
Signed: Ines Castellanos, MD 01/06/2026 09:58
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301", 2)], dx={"99213": ["L20.9"]}),
    "coder_note": "5 patches (<=7) -> 11900; 20 mg -> J3301 x2. The eczema flare with new prescriptions is a "
                  "separate problem -> 99213-25 (GS-3).",
})

SCENARIOS.append({
    "id": "s39-mix-molluscum-curettage-pg-finger-shave-xs",
    "family": "mixed", "shape": "note-only", "html": True,
    "description": "11 molluscum curetted (17110) + PG right index finger 0.4 cm shave removal (11305-XS); UHC",
    "date": "2025-10-07",
    "patient": ("Lindqvist-Hale", "Oscar", "2018-02-14", "male"),
    "provider": "adeyemi", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Molluscum contagiosum, trunk", "B08.1", "Trunk", reason=True),
        C("c2", "Pyogenic granuloma, right index finger", "L98.0", "Right index finger", reason=True),
    ],
    "path": [{"text": "Skin, right index finger, shave: lobular capillary hemangioma (pyogenic granuloma).",
              "site": "Right index finger", "date": "2025-10-10"}],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """<html><body>
<p><b>Mercy Lakes Children's Hospital - Pediatric Dermatology</b><br/>Procedure Visit - 10/07/2025<br/>
Oscar Lindqvist-Hale, 7 y M. Here with mother.</p>
<p><b>Interval:</b> Mom reports the molluscum on the chest/belly are spreading and itchy. New: a red bump
on the right index finger since a splinter 5 weeks ago, bleeds "like crazy" when bumped, bandaid every day.</p>
<p><b>Exam:</b> 11 molluscum papules on the chest and abdomen. Right index finger, radial side of the middle
phalanx: 0.4 cm friable, glistening red papule with a collarette - pyogenic granuloma.</p>
<p><b>Procedures</b> (LMX 4 to both areas at check-in, 45 minutes; Mom did chest-to-chest hold; iPad):</p>
<ol>
<li><u>Curettage of molluscum</u>: 11 lesions on the chest and abdomen removed with a 3 mm curette;
aluminum chloride for hemostasis.</li>
<li><u>Shave removal, pyogenic granuloma, right index finger</u>: digital block with 1% plain lidocaine
1.5 mL; lesion (0.4 cm) removed flush with a #15 blade; base curetted and electrocauterized; specimen to
pathology. Pressure dressing.</li>
</ol>
<p>Tolerated well; cried briefly with the digital block.</p>
<p><b>Plan:</b> petrolatum and bandage to the finger daily; call for bleeding. Molluscum recheck 6 weeks.</p>
<p>Electronically Signed on 10/07/2025 14:40 CDT by Folake Adeyemi, MD</p>
</body></html>""",
    "expected": E([L("17110"), L("11305", 1, "XS")], dx={"17110": ["B08.1"], "11305": ["L98.0"]}),
    "coder_note": "Molluscum 11 lesions -> 17110. PG removed flush with a blade (therapeutic shave) on a finger "
                  "(SNHFG), 0.4 cm -> 11305. PTP 17110/11305 indicator 1, different lesions -> XS on 11305 "
                  "(column 2).",
})

SCENARIOS.append({
    "id": "s39-mix-punch-bx-ankle-plus-hand-warts-xs",
    "family": "mixed", "shape": "free-text",
    "description": "Punch biopsy annular plaque L ankle (11104) + cryo of 4 hand warts (17110-XS); Medicaid MCO",
    "date": "2025-11-12",
    "patient": ("Tran", "Mai", "2015-09-27", "female"),
    "provider": "lindgren", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Annular plaque, left ankle", None, "Left lateral ankle", reason=True),
        C("c2", "Verruca vulgaris, right hand", "B07.8", "Right hand", reason=True),
    ],
    "procedures": [
        P("Punch biopsy 4 mm", site="Left lateral ankle",
          note="Edge of the annular plaque sampled; 1 simple interrupted 4-0 nylon suture.", reasons=["c1"]),
        P("Cryotherapy, verrucae", site="Right hand",
          note="4 warts (dorsal thumb, index, middle finger x2), LN2 2 cycles.", reasons=["c2"]),
    ],
    "path": [{"text": "Skin, left lateral ankle, punch: palisading granulomatous dermatitis with mucin, consistent "
                      "with granuloma annulare. PAS negative for fungi.", "site": "Left lateral ankle",
              "date": "2025-11-15"}],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """Pediatric Dermatology Clinic Note
DOS 11/12/2025   Mai Tran, 10 y F   Established   Mother present, Vietnamese interpreter (video)

Mom reports a ring on the left ankle for 4 months that did not improve with clotrimazole from urgent care.
Not itchy. Also the warts on the right hand are back.
Exam: 2.5 cm annular plaque with a firm beaded border and clear center, left lateral ankle; no scale. KOH
not done (on clotrimazole). Four verrucous papules on the right hand.
Assessment: annular plaque - granuloma annulare favored, tinea and early morphea less likely; biopsy for
diagnosis. Warts, right hand.

Procedures: punch biopsy of the ankle plaque after LMX + 1% lidocaine with epi; cryotherapy of the four hand
warts. Mai squeezed Mom's hand; tolerated both.
Plan: suture removal in 10-14 days at PCP; stop clotrimazole; results via portal/phone.

Signed 11/12/2025 - Astrid Lindgren, MD
""",
    "expected": E([L("11104"), L("17110", 1, "XS")], dx={"17110": ["B07.8"], "11104": ["L92.0"]}),
    "coder_note": "BX-5 case 1: biopsy and destruction of different lesions. PTP 11104/17110 is indicator 1 with "
                  "the biopsy as column 1 -> XS on 17110. Pathology confirms granuloma annulare (DX-2).",
})

SCENARIOS.append({
    "id": "s39-mix-toenail-avulsion-plus-hand-warts",
    "family": "mixed", "shape": "free-text",
    "description": "Partial nail avulsion R great toe without matricectomy (11730-T5) + cryo of 6 hand warts (17110); Cigna",
    "date": "2026-03-17",
    "patient": ("Bergstrom", "Nils", "2012-12-05", "male"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Ingrown toenail, right great toe, lateral border", "L60.0", "Right great toe", reason=True),
        C("c2", "Verruca vulgaris, left hand", "B07.8", "Left hand", reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion, lateral border", site="Right great toe",
          note="Digital block 2% plain lidocaine 3 mL. Lateral 1/4 of the nail plate freed and avulsed. No "
               "phenol, no matrix excision. Petrolatum and gauze dressing.", reasons=["c1"]),
        P("Cryotherapy of warts", site="Left hand", note="6 warts, LN2 x 2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """Pediatric Dermatology Procedure Note
Date: 03/17/2026      Nils Bergstrom, 13 y M      With: mother
Provider: Astrid Lindgren, MD

First episode of an ingrown nail, right great toe lateral border, 3 weeks; painful in hockey skates; mild
granulation, no purulence. Soaks and cotton wisps did not help. Discussed partial avulsion alone vs with
phenol matricectomy - first episode, so Nils and Mom chose avulsion alone.
Also 6 warts on the left hand (dorsal fingers), back after treatment last year.

Procedures (see entries): partial nail avulsion right great toe, lateral border; cryotherapy of 6 warts
left hand. Vapocoolant before the block; he listened to music. No complications.

Plan: soaks BID, open-toe shoe for 3 days, no hockey for a week. Recheck warts 4 weeks. If the nail
ingrows again, phenol matricectomy next time.

Electronically signed 03/17/2026 15:02 - A. Lindgren, MD
""",
    "expected": E([L("11730", 1, "T5"), L("17110")], dx={"11730": ["L60.0"], "17110": ["B07.8"]}),
    "coder_note": "Avulsion without matrix destruction -> 11730, digit modifier T5 (right great toe). Matricectomy "
                  "only discussed (no 11750). 6 warts -> 17110. No PTP edit between 11730 and 17110.",
})

SCENARIOS.append({
    "id": "s39-nail-phenol-matricectomy-silver-nitrate-bundled",
    "family": "nails", "shape": "pre-coded",
    "description": "Recurrent ingrown L great toe: phenol partial matricectomy (11750-TA); pre-coded 17250 for silver nitrate to granulation at the same site removed; BCBS",
    "date": "2025-12-11",
    "patient": ("Haugen", "Tobias", "2011-08-19", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 40,
    "conditions": [C("c1", "Ingrown toenail, left great toe, medial border, recurrent", "L60.0", "Left great toe",
                     reason=True)],
    "procedures": [
        P("Partial matrixectomy with phenol", cpt="11750", site="Left great toe, medial border", reasons=["c1"]),
        P("Chemical cauterization of granulation tissue", cpt="17250", site="Left great toe, medial nail fold",
          reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """MERCY LAKES CHILDREN'S - PEDIATRIC DERMATOLOGY
PROCEDURE NOTE                           Service date: 12/11/2025
Tobias Haugen, 14 y M                    Accompanied by: father
Surgeon: Ines Castellanos, MD

Indication: third ingrown episode of the LEFT great toe medial border in a year (two avulsions at urgent care).
Painful, hypergranulation at the medial fold, no cellulitis today.

Procedure: left great toe partial nail avulsion with chemical matricectomy.
- LMX to the toe 30 min, then digital block 2% plain lidocaine 4 mL. Tourniquet.
- Medial 1/5 of the nail plate separated and removed to the proximal nail fold.
- Phenol 88% applied to the exposed medial matrix x 3 applications of 30 s; alcohol flush.
- The heaped-up granulation tissue of the same medial nail fold was touched with silver nitrate.
- Tourniquet off at 9 min, bacitracin and bulky dressing.
Dad stayed; Tobias watched his phone. No complications.

Plan: soaks daily starting tomorrow, expect drainage for 2-3 weeks, ibuprofen PRN. Recheck 2 weeks.

E-signed 12/11/2025 14:16 by Ines Castellanos, MD
""",
    "expected": E([L("11750", 1, "TA")], ["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750 for chemical matricectomy with digit modifier TA (left great toe). PTP 11750/17250 is "
                  "indicator 1 but the silver nitrate was to granulation at the same nail fold, no distinct site -> "
                  "17250 removed (ncci).",
})

SCENARIOS.append({
    "id": "s39-nail-partial-avulsion-phenol-deferred",
    "family": "nails", "shape": "note-only", "html": True,
    "description": "Partial avulsion R great toe lateral border, phenol matricectomy discussed but Mom deferred -> 11730-T5; Medicaid",
    "date": "2026-02-10",
    "patient": ("Esposito", "Gianna", "2014-06-30", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 30,
    "conditions": [C("c1", "Ingrown toenail, right great toe, lateral", "L60.0", "Right great toe", reason=True)],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """<div class="ddemrcontent">
<p><b>Pediatric Dermatology Procedure Note</b> &mdash; Mercy Lakes Children's Hospital</p>
<p>Service Date: 02/10/2026 &nbsp; Patient: Gianna Esposito, 11 y F &nbsp; With: mother</p>
<p><b>HPI:</b> Ingrown nail right big toe, lateral side, 5 weeks. Pain in dance shoes; some yellow drainage
last week, finished cephalexin from the PCP 3 days ago. First time.</p>
<p><b>Exam:</b> right great toe lateral nail fold swollen and tender, small amount of granulation, no
fluctuance, no ascending erythema.</p>
<p><b>Discussion:</b> Options reviewed: partial nail avulsion alone vs avulsion with phenol matricectomy to
lower the recurrence risk. Mom would like to try avulsion alone first and keep matricectomy for a
recurrence.</p>
<p><b>Procedure:</b> partial nail avulsion, right great toe, lateral border</p>
<ul>
<li>Buzzy device above the ankle, vapocoolant, digital block with 2% lidocaine plain 3 mL.</li>
<li>Lateral 3 mm strip of nail plate elevated with a freer and avulsed to the cuticle. Matrix left intact,
no phenol.</li>
<li>Granulation debrided with the removal; pressure, bacitracin, gauze wrap.</li>
</ul>
<p>Gianna watched a dance video on Mom's phone; tolerated well.</p>
<p><b>Plan:</b> warm soaks twice daily x 1 week; wide shoes; return if it recurs (then matricectomy).</p>
<p>Electronically Signed on 02/10/2026 10:40 CST by Chidi Okonkwo, MD</p>
</div>""",
    "expected": E([L("11730", 1, "T5")], dx={"11730": ["L60.0"]}),
    "coder_note": "Avulsion only, matrix intact -> 11730 (not 11750); right great toe -> T5.",
})

SCENARIOS.append({
    "id": "s39-nail-other-toe-matricectomy-in-global-79",
    "family": "nails", "shape": "pre-coded",
    "description": "L great toe matricectomy 7 days after R great toe 11750 (010 global) -> 11750-79-TA; UHC",
    "date": "2026-02-10",
    "patient": ("Okafor-Reid", "Jalen", "2010-05-05", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [C("c1", "Ingrown toenail with paronychia, left great toe, lateral border", "L60.0",
                     "Left great toe", reason=True)],
    "prior": [PRIOR("2026-02-03", "11750", "Partial matrixectomy, phenol", "Right great toe, lateral border",
                    "Recurrent ingrown toenail, right great toe")],
    "procedures": [
        P("Excision of nail and matrix, partial", cpt="11750", site="Left great toe, lateral border",
          reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """Pediatric Dermatology - Procedure Note
02/10/2026   Jalen Okafor-Reid, 15 y M   with father
Provider: Ines Castellanos, MD

Right great toe lateral matricectomy was done here on 02/03/2026; his nurse recheck for that toe is booked for
next week. Today he comes in for the OTHER foot: left great toe lateral border ingrown for 10 days, swollen,
painful in cleats; had the same toe avulsed twice last year at urgent care. Dad and Jalen want the
permanent fix on this side too.

Exam: left great toe lateral nail fold erythematous, granulation, mild serous drainage.

Procedure: left great toe lateral partial nail avulsion with phenol matricectomy. Digital block 2% plain
lidocaine 4 mL after vapocoolant. Lateral 1/5 nail plate removed, phenol 88% 3 x 30 s to the lateral matrix,
alcohol flush, dressing. No complications.

Plan: soaks, antibiotics not needed, recheck with the right toe next week.

E-signed 02/10/2026 16:05 - Ines Castellanos, MD
""",
    "expected": E([L("11750", 1, "79", "TA")], ["global-period"], dx={"11750": ["L60.0"]}),
    "coder_note": "GS-5: a new procedure on a different toe inside the 10-day global of the 02/03 11750 is unrelated "
                  "-> 79 (new global). Digit modifier TA for the left great toe.",
})

SCENARIOS.append({
    "id": "s39-nail-ingrown-block-refused-em-only",
    "family": "nails", "shape": "note-only",
    "description": "Ingrown toenail: avulsion planned but child refused digital block, no procedure done; cotton wedge + Rx -> 99213 only; Medicaid MCO",
    "date": "2025-10-30",
    "patient": ("Pham", "Danny", "2016-07-21", "male"),
    "provider": "lindgren", "payer": "medicaid-mco", "minutes": 30, "em": "99213",
    "conditions": [C("c1", "Ingrown toenail with paronychia, left great toe", "L60.0", "Left great toe",
                     reason=True)],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """Mercy Lakes Children's Hospital - Pediatric Dermatology
CLINIC NOTE                 DOS: 10/30/2025
Patient: Danny Pham, 9 y M  Established  Mother present

HPI: Left big toe ingrown on the medial side x 2 weeks, red, swollen, drained pus twice. No fever. Soaks
at home sporadically.

Exam: left great toe medial nail fold erythema and swelling with small granulation bud, mild purulence at
the corner; no streaking, no fluctuance needing drainage.

We planned a partial nail avulsion today. LMX applied 40 min. When we tried to position for the digital
block Danny pulled away, screaming; after two attempts, and with Mom's agreement, we stopped before any
injection was given. No avulsion performed.
Instead: a small cotton wisp tucked under the medial nail corner to lift it (tolerated).

Assessment/plan: ingrown toenail with acute paronychia, left great toe.
- Rx cephalexin 25 mg/kg/day divided TID x 7 days.
- Warm soaks 3x daily, cotton wisp change daily (Mom shown how), wide shoes.
- Scheduled for partial nail avulsion in the Sedation Unit (nitrous oxide) in 2 weeks if not improved.
Return precautions for fever or spreading redness.

Level of service: 99213.
Electronically signed 10/30/2025 13:37 by Astrid Lindgren, MD
""",
    "expected": E([L("99213")], dx={"99213": ["L60.0"]}),
    "coder_note": "No procedure was performed (block refused before any injection); the cotton wisp is part of the "
                  "visit. The E/M with prescription management stands alone -> 99213, no 25 and no 11730.",
})

SCENARIOS.append({
    "id": "s39-paring-pachyonychia-calluses-nail-debridement-xs",
    "family": "paring", "shape": "free-text",
    "description": "Pachyonychia congenita: paring 5 plantar calluses (11057) + debridement 6 toenails (11721-XS); BCBS",
    "date": "2026-01-22",
    "patient": ("Lundgren", "Freya", "2013-04-17", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Painful plantar calluses (focal keratoderma), pachyonychia congenita", "L84", "Bilateral soles",
          reason=True),
        C("c2", "Pachyonychia congenita - hypertrophic toenails", "Q84.5", "Toenails", reason=True),
    ],
    "procedures": [
        P("Paring of calluses", site="Bilateral soles",
          note="5 painful calluses pared with a #15 blade: R heel, R 1st MTP, L heel, L 1st MTP, L 5th MTP.",
          reasons=["c1"]),
        P("Debridement of nails", site="Toenails",
          note="6 thickened toenails (R 1-3, L 1-3) debrided with nail nippers and rotary burr.", reasons=["c2"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """Pediatric Dermatology Clinic Note - Genodermatosis Clinic
DOS 01/22/2026   Freya Lundgren, 12 y F   With: mother
Provider: Ren Nakamura, MD

Pachyonychia congenita (KRT6A), seen every 8-10 weeks for callus and nail care. Mom reports the calluses are
painful again, Freya limps after school; toenails catching on socks. Blisters under the calluses in warm
weather. No infections.

Exam: 5 thick, tender focal plantar calluses as listed in the procedure entry. Toenails R1-R3 and L1-L3 with
marked subungual hyperkeratosis and wedge-shaped thickening. Fingernails mildly thickened - not treated
today (Freya doesn't want them done).

Procedures today (entries): paring of 5 calluses; debridement of 6 toenails. No anesthesia needed;
Freya chose the music.

Plan: urea 40% cream nightly to soles, moisture-wicking socks, cushioned insoles. Return 8 weeks.
Signed 01/22/2026 12:30 - Ren Nakamura, MD
""",
    "expected": E([L("11057"), L("11721", 1, "XS")]),
    "coder_note": "4.8 table: 5 calluses pared -> 11057 (more than 4); 6 nails debrided -> 11721. PTP 11057/11721 is "
                  "indicator 1 (mutually exclusive); plantar calluses and toenails are different documented "
                  "structures -> XS on 11721 (column 2). Fingernails not treated.",
})

# =============================================================================================================
# Batch 4
# =============================================================================================================

SCENARIOS.append({
    "id": "s39-paring-two-calluses-precoded-11055-twice",
    "family": "paring", "shape": "pre-coded",
    "description": "Two calluses pared (R 1st MTP, L heel); pre-coded as two 11055 lines -> 11056 x1; Medicaid",
    "date": "2025-09-16",
    "patient": ("Mensah", "Kwame", "2009-02-11", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 20,
    "conditions": [C("c1", "Callosities, feet", "L84", "Right 1st MTP; left heel", reason=True)],
    "procedures": [
        P("Paring benign hyperkeratotic lesion", cpt="11055", site="Right foot, plantar 1st MTP", reasons=["c1"]),
        P("Paring benign hyperkeratotic lesion", cpt="11055", site="Left heel", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """PEDIATRIC DERMATOLOGY - CLINIC NOTE
Mercy Lakes Children's Hospital        DOS 09/16/2025
Kwame Mensah, 16 y M (varsity soccer)   Self, mother by phone

Painful thick spots on both feet for 3 months, worse in cleats. Thought they were warts; tried OTC wart
pads - made them sorer.

Exam: right plantar 1st MTP - 1.2 cm yellow hyperkeratotic plaque; left heel - 1.5 cm plaque. Pared each
with a #15 blade: no black dots or pinpoint bleeding, preserved skin lines, central translucent core on the
right - calluses, not warts.

Procedure: paring of 2 calluses, as above. No anesthesia. Tolerated well.

Plan: stop wart pads; 40% urea cream, pumice after showers; padded insoles and a cleat fitting check;
return PRN.

E-signed 09/16/2025 08:55 - C. Okonkwo, MD
""",
    "expected": E([L("11056")], ["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "4.8 table: paring is coded by lesion count for the session: 2 lesions -> one 11056 (2-4), not "
                  "11055 twice. Paring showed calluses, not warts, so no destruction code.",
})

SCENARIOS.append({
    "id": "s39-pt-application-45-allergens",
    "family": "patch-test", "shape": "note-only", "html": True,
    "description": "Patch test application: pediatric baseline 35 + 10 supplemental/personal products = 95044 x45; no E/M; Aetna",
    "date": "2025-10-06",
    "patient": ("Gallagher", "Rowan", "2013-05-23", "female"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [C("c1", "Eczematous dermatitis of eyelids and neck, suspected allergic contact dermatitis",
                     "L30.9", "Eyelids, neck", reason=True)],
    "note_title": "Patch Test Application",
    "note": """<html><body>
<p><b>CONTACT DERMATITIS CLINIC - PATCH TEST APPLICATION (DAY 0)</b><br/>Mercy Lakes Children's Hospital,
Pediatric Dermatology<br/>Date: 10/06/2025 &nbsp; Patient: Rowan Gallagher, 12 y F &nbsp; with father</p>
<p>Referred from the 09/15 visit for recurrent eyelid and neck dermatitis despite avoiding her nail polish.
No topical steroids to the back for 1 week, no oral steroids or antihistamines.</p>
<p><b>Allergens applied to the upper back (IQ Ultra chambers), mapped and marked:</b></p>
<table border="1">
<tr><th>Panel</th><th>Allergens</th></tr>
<tr><td>Pediatric baseline series (ACDS pediatric)</td><td>35</td></tr>
<tr><td>Personal products "as is" (shampoo, conditioner, sunscreen, face wash, slime, lip balm)</td><td>6</td></tr>
<tr><td>Supplemental: hair dye and preservative additions (PPD-free)</td><td>4</td></tr>
<tr><td><b>Total patches</b></td><td><b>45</b></td></tr>
</table>
<p>Dad and Rowan counseled: keep the back dry, no sports that cause sweating, avoid removing the tape;
itch and redness expected at positive sites.</p>
<p>Readings scheduled: Day 2 (10/08) and Day 5 (10/10). Interpretation and avoidance counseling at those
visits.</p>
<p>Electronically Signed on 10/06/2025 09:15 CDT by Ren Nakamura, MD</p>
</body></html>""",
    "expected": E([L("95044", 45)]),
    "coder_note": "Conventions: 95044 units = number of tests applied (35 + 6 + 4 = 45). No E/M documented. Future "
                  "reading visits are not coded here.",
})

SCENARIOS.append({
    "id": "s39-pt-new-pt-hand-dermatitis-acne-99204-25-80",
    "family": "patch-test", "shape": "free-text",
    "description": "New patient: hand dermatitis work-up + acne started on Rx (99204-25) and 80-allergen patch test application (95044 x80); Medicaid",
    "date": "2026-03-02",
    "patient": ("Osei", "Abena", "2010-10-10", "female"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 55, "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, suspected allergic contact dermatitis", "L23.9", "Bilateral hands", reason=True),
        C("c2", "Acne vulgaris, inflammatory", "L70.0", "Face", reason=True),
    ],
    "procedures": [
        P("Patch test application, 80 allergens", site="Upper back",
          note="North American 80 comprehensive series on Finn chambers; 80 allergens applied and mapped.",
          reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology New Patient Note",
    "note": """Pediatric Dermatology - New Patient
DOS: 03/02/2026     Abena Osei, 15 y F     With: mother     Referred by: Dr. L. Ferris (PCP)
Provider: Ren Nakamura, MD

1) Hands: itchy, cracked, blistering rash on the dorsal hands and fingers x 8 months; worse since she
started working at her aunt's hair salon on weekends (gloves sometimes). No eczema in childhood. Tried
hydrocortisone and petroleum jelly. Exam: vesicles and fissured eczematous plaques dorsal hands, fingers,
wrists; palms spared. Impression: hand dermatitis, allergic contact (hair dye/PPD, preservatives,
rubber accelerators) vs irritant. Plan: patch testing started today (80-allergen series, procedure entry);
Rx clobetasol 0.05% ointment BID to the hands only, not the back; nitrile gloves at the salon.
Readings Day 2 and Day 4.

2) Acne: new concern today - inflammatory papules and pustules on the cheeks and jaw x 1 year, some
scarring. Has not seen anyone for it. Exam: 20+ inflammatory papules, scattered comedones, early atrophic
scars. Plan: Rx adapalene 0.3%/benzoyl peroxide 2.5% gel nightly and doxycycline 100 mg daily with food
(sun precautions, pill esophagitis counseling). Recheck 8-12 weeks.

Total time today 55 minutes, not counting the patch test application by the nurse.
Level: 99204.
Signed 03/02/2026 16:48 - Ren Nakamura, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "PTP 95044/99204 is indicator 1: the new-patient evaluation of two problems with prescription "
                  "management (acne started on doxycycline) is separately identifiable -> 99204-25. 80 allergens "
                  "-> 95044 x80 (under the MUE of 90).",
})

SCENARIOS.append({
    "id": "s39-pt-precoded-92-allergens-mue",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch test 92 allergens (80 + 12 supplemental); pre-coded 95044 -> capped at MUE 90; UHC",
    "date": "2026-04-13",
    "patient": ("Kaplan", "Noah", "2012-02-28", "male"),
    "provider": "nakamura", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [C("c1", "Chronic dermatitis of face and neck, suspected allergic contact dermatitis",
                     "L23.9", "Face, neck", reason=True)],
    "procedures": [
        P("Patch testing, application", cpt="95044", site="Upper back",
          note="92 allergens: NAC-80 comprehensive series + 12 supplemental (cosmetic/sunscreen series)",
          reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": """CONTACT DERMATITIS CLINIC - APPLICATION VISIT
Mercy Lakes Children's Hospital, Pediatric Dermatology
Date: 04/13/2026     Noah Kaplan, 14 y M     Mother present
Provider: Ren Nakamura, MD

Persistent facial and neck dermatitis x 1 year, flares with new sunscreens and hair products. Off topical
steroids to the back for 2 weeks; no systemic immunosuppressants.
Applied today (upper back and upper arms, chambers mapped on the template):
   North American comprehensive series ......... 80
   Supplemental cosmetic/sunscreen series ....... 12
   Total allergens applied ..................... 92
Instructions reviewed with Noah and Mom. Day 2 and Day 5 readings booked.

Electronically signed 04/13/2026 10:05 by Ren Nakamura, MD
""",
    "expected": E([L("95044", 90)], ["mue"]),
    "coder_note": "95044 units = allergens applied = 92, above the MUE of 90 (MAI 3): README decision caps units at "
                  "the MUE with an mue finding.",
})

SCENARIOS.append({
    "id": "s39-photo-nbuvb-vitiligo-session",
    "family": "phototherapy", "shape": "note-only",
    "description": "Narrowband UVB session #22 for vitiligo, nurse-administered, no provider visit -> 96900; Medicaid",
    "date": "2025-12-03",
    "patient": ("Rahman", "Imran", "2010-08-08", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 15,
    "conditions": [C("c1", "Vitiligo, nonsegmental", "L80", "Face, trunk, extremities", reason=True)],
    "note_title": "Phototherapy Treatment Record",
    "note": """PHOTOTHERAPY UNIT - TREATMENT RECORD
Mercy Lakes Children's Hospital, Pediatric Dermatology
Date: 12/03/2025        Patient: Imran Rahman, 15 y M
Ordering/supervising physician: Folake Adeyemi, MD (on site)

Diagnosis: nonsegmental vitiligo, ~14% BSA (face, hands, trunk, knees).
Modality: narrowband UVB (311 nm), full-body cabinet.
Treatment #: 22 (3x weekly).
Pre-treatment check by RN: no burning or blistering after last session; mild pinkness of the depigmented
patches on the trunk lasting <24 h (desired). No new photosensitizing meds.
Dose today: 950 mJ/cm2 (previous 900; +5% per protocol). Face shield off per order (face involved).
Goggles on, genital shielding. Tolerated. Re-pigmentation islands noted at the knees and chest.

Next session Friday. Physician visit due at treatment #30 - not today.
RN: J. Lutz, BSN. Co-signed: F. Adeyemi, MD 12/03/2025 17:20
""",
    "expected": E([L("96900")], dx={"96900": ["L80"]}),
    "coder_note": "One UVB (actinotherapy) session -> 96900. No physician E/M that day.",
})

SCENARIOS.append({
    "id": "s39-photo-excimer-face-precoded-96921-plus-acne-25",
    "family": "phototherapy", "shape": "pre-coded", "html": True,
    "description": "Excimer to facial vitiligo 45 sq cm (pre-coded 96921 -> 96920) + acne started on new Rx (99213-25); Cigna",
    "date": "2026-01-15",
    "patient": ("Delgado", "Valeria", "2011-11-11", "female"),
    "provider": "adeyemi", "payer": "commercial-cigna", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Vitiligo, face", "L80", "Periorbital and perioral face", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Forehead, cheeks", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment", cpt="96921", site="Face - periorbital and perioral",
          note="Total treated area about 45 sq cm", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """<div>
<p><b>Pediatric Dermatology</b> &ndash; Mercy Lakes Children's Hospital<br/>
Established visit with procedure &ndash; 01/15/2026<br/>Valeria Delgado, 14 y F, with mother</p>
<p><b>Vitiligo (face):</b> excimer session #9 of the course, twice weekly, with tacrolimus 0.1% at home.
Early perifollicular repigmentation around both eyes. Today: 308 nm excimer, periorbital and perioral
patches, total treated area about 45 sq cm, dose 300 mJ/cm2 (+50 from last), eye protection.</p>
<p><b>Acne (new concern):</b> Mom reports breakouts for 6 months, Valeria embarrassed at school; using a
drugstore wash. Exam: comedones and ~15 inflammatory papules on the forehead and cheeks, no nodules or
scars.<br/>Plan: Rx clindamycin 1%/benzoyl peroxide 5% gel every morning and tretinoin 0.025% cream at
night - apply tretinoin away from the vitiligo patches being treated; gentle cleanser; counseled on
irritation and photosensitivity in relation to the excimer dosing. Recheck at 8 weeks.</p>
<p>Next excimer Monday.</p>
<p>Electronically Signed on 01/15/2026 15:36 CST by Folake Adeyemi, MD</p>
</div>""",
    "expected": E([L("99213", 1, "25"), L("96920")], ["coding-correction"], dx={"96920": ["L80"]}),
    "coder_note": "4.8 table: excimer by total area; 45 sq cm (<250) -> 96920, not 96921. The new acne problem with "
                  "prescriptions is separately identifiable from the excimer session -> 99213-25 (PTP 96920/99213 "
                  "indicator 1).",
})

SCENARIOS.append({
    "id": "s39-postop-suture-removal-em-selected-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and path review 9 days after excision + intermediate repair (010); provider chose 99212 -> 99024; BCBS",
    "date": "2026-03-11",
    "patient": ("Whitaker", "Lily", "2017-01-30", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [C("c1", "Encounter for removal of sutures", "Z48.02", "Right upper arm", reason=True),
                   C("c2", "Melanocytic nevus, right upper arm", "D22.61", "Right upper arm")],
    "prior": [
        PRIOR("2026-03-02", "11401", "Excision benign lesion arm 0.6-1.0 cm", "Right upper arm",
              "Changing nevus excised with 2 mm margins"),
        PRIOR("2026-03-02", "12031", "Intermediate repair 2.0 cm", "Right upper arm"),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """Pediatric Dermatology - Post-operative Visit
DOS 03/11/2026     Lily Whitaker, 9 y F     With: father
Provider: Astrid Lindgren, MD

Seen 9 days after excision of a changing nevus on the right upper arm with layered closure (03/02/2026).
Dad reports no fever, no drainage; she kept it dry for swim lessons.
Wound: well approximated, no erythema or dehiscence. 5-0 nylon sutures x4 removed; Steri-strips applied.
Pathology (03/05) reviewed with Dad and Lily: compound nevus with mild architectural disorder, margins clear;
no further treatment needed.
Scar care: silicone gel and sunscreen once epithelialized.
Next: routine skin check in 12 months.

Level of service selected: 99212.
E-signed 03/11/2026 11:21 - A. Lindgren, MD
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/GS-5: suture removal and path review 9 days after 11401/12031 (010 globals) is routine "
                  "post-op care -> 99024, not a billable 99212.",
})

SCENARIOS.append({
    "id": "s39-postop-eczema-flare-in-id-global-24",
    "family": "post-op", "shape": "note-only", "html": True,
    "description": "AD flare visit 7 days after I&D (010 global) -> 99213-24; Medicaid",
    "date": "2026-01-12",
    "patient": ("Jimenez", "Ariana", "2019-10-02", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 25, "em": "99213",
    "conditions": [C("c1", "Atopic dermatitis, flare", "L20.9", "Face, neck, antecubital fossae", reason=True)],
    "prior": [PRIOR("2026-01-05", "10060", "Incision and drainage of abscess, simple", "Left shin",
                    "Single abscess left shin drained")],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """<html><body>
<p><b>Mercy Lakes Children's Hospital - Pediatric Dermatology</b><br/>Clinic Note &nbsp; 01/12/2026<br/>
Ariana Jimenez, 6 y F &nbsp;|&nbsp; with mother (Spanish, in-person interpreter)</p>
<p><b>Reason for visit:</b> eczema flare.</p>
<p><b>HPI:</b> Mom reports the eczema on her face, neck and arms flared over the holidays with the cold;
itching at night, scratching until it bleeds. Out of triamcinolone. The left shin abscess drained here on
01/05 is healed per Mom; she finished the antibiotic. Mom is not worried about the leg; she came for the
eczema.</p>
<p><b>Exam:</b> eczematous erythematous plaques with excoriation on the cheeks, neck and antecubital fossae;
xerosis. No crusting, no vesicles.</p>
<p><b>Assessment/Plan:</b> atopic dermatitis, flare.</p>
<ul>
<li>Rx triamcinolone 0.1% ointment BID to the body x 10 days, then weekends.</li>
<li>Rx hydrocortisone 2.5% ointment to the face x 7 days.</li>
<li>Bleach baths twice weekly, fragrance-free moisturizer twice daily; handout in Spanish.</li>
<li>Return 4 weeks.</li>
</ul>
<p>Level of service: 99213.</p>
<p>Electronically Signed on 01/12/2026 14:02 CST by Ines Castellanos, MD</p>
</body></html>""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L20.9"]}),
    "coder_note": "GS-5: E/M unrelated to the 01/05 I&D (10060, 010 global) falls inside its post-op period -> 24.",
})

SCENARIOS.append({
    "id": "s39-postop-molluscum-in-excision-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Molluscum curettage (7) 7 days after nevus excision (010 global), sutures still in -> 17110-79; Aetna",
    "date": "2026-02-23",
    "patient": ("Novak", "Theo", "2015-12-19", "male"),
    "provider": "adeyemi", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [C("c1", "Molluscum contagiosum, right thigh", "B08.1", "Right thigh", reason=True)],
    "prior": [PRIOR("2026-02-16", "11401", "Excision benign lesion trunk 0.6-1.0 cm", "Left upper back",
                    "Irritated nevus excised")],
    "procedures": [
        P("Curettage of molluscum contagiosum", site="Right thigh",
          note="7 lesions, after LMX 4 for 45 min; Child Life with a light spinner.", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """Pediatric Dermatology Clinic Note
DOS: 02/23/2026    Theo Novak, 10 y M    With: mother
Provider: Folake Adeyemi, MD

Here for new bumps on the right thigh noted by Mom last week, spreading from one to seven; his cousin has
molluscum. The back excision from 02/16 is not being addressed today - sutures stay in until the suture
visit on 03/02; dressing intact, Mom has no concerns.

Exam: 7 umbilicated 2-3 mm papules on the right anterior thigh.
Assessment: molluscum contagiosum.
Plan: curettage of all 7 today (procedure entry); Mom prefers removal before swim season. Bandages; keep
covered at the pool. Recheck at the suture visit.

E-signed 02/23/2026 10:30 by Folake Adeyemi, MD
""",
    "expected": E([L("17110", 1, "79")], ["global-period"], dx={"17110": ["B08.1"]}),
    "coder_note": "GS-5: unrelated procedure (new problem, different site) inside the 10-day global of the 02/16 "
                  "excision -> 17110-79. The excision site was not the subject of the visit.",
})

SCENARIOS.append({
    "id": "s39-repair-two-nevi-repairs-summed-precoded",
    "family": "repair", "shape": "pre-coded", "html": True,
    "description": "Two nevi excised (back 11402, arm 11401); two intermediate repairs 3.0 + 2.2 cm pre-coded as 12031 x2 -> summed 5.2 cm = 12032; BCBS",
    "date": "2025-12-18",
    "patient": ("Lindberg", "Astrid", "2012-03-03", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 70,
    "conditions": [
        C("c1", "Atypical nevus, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Atypical nevus, left upper arm", "D22.62", "Left upper arm", reason=True),
        C("c3", "Family history of melanoma (father)", "Z80.8", history=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk", cpt="11402", site="Left upper back", reasons=["c1"]),
        P("Excision benign lesion arm", cpt="11401", site="Left upper arm", reasons=["c2"]),
        P("Intermediate repair", cpt="12031", site="Left upper back", reasons=["c1"]),
        P("Intermediate repair", cpt="12031", site="Left upper arm", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, left upper back, excision: compound dysplastic nevus with mild atypia; margins clear.",
         "site": "Left upper back", "date": "2025-12-22"},
        {"text": "B. Skin, left upper arm, excision: junctional dysplastic nevus with mild atypia; margins clear.",
         "site": "Left upper arm", "date": "2025-12-22"},
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """<html><body>
<p><b>PEDIATRIC DERMATOLOGY - PROCEDURE NOTE</b><br/>""" + HOSP + """<br/>DOS 12/18/2025 &nbsp;
Astrid Lindberg, 13 y F &nbsp; Surgeon: Astrid Lindgren, MD &nbsp; Parent: mother</p>
<p><b>Indication:</b> two changing nevi (new asymmetry and darkening on serial photographs since 06/2025);
father had melanoma at age 41. Excision chosen for diagnosis.</p>
<p><b>Comfort:</b> LMX 4 to both sites for 45 min, nitrous oxide by the sedation nurse, Mom at the head of the
bed.</p>
<table border="1">
<tr><th></th><th>Site A: left upper back</th><th>Site B: left upper arm</th></tr>
<tr><td>Lesion size</td><td>0.9 x 0.7 cm</td><td>0.5 x 0.4 cm</td></tr>
<tr><td>Margin</td><td>2 mm</td><td>2 mm</td></tr>
<tr><td>Depth</td><td>subcutaneous fat</td><td>subcutaneous fat</td></tr>
<tr><td>Closure</td><td>layered: 4-0 Monocryl deep dermal, 5-0 nylon epidermal</td>
<td>layered: 4-0 Monocryl deep dermal, 5-0 nylon epidermal</td></tr>
<tr><td>Repair length</td><td>3.0 cm</td><td>2.2 cm</td></tr>
</table>
<p>Both specimens oriented and sent to dermatopathology. Hemostasis with electrocautery. EBL minimal.
Steri-strips and Tegaderm. No complications.</p>
<p><b>Plan:</b> sutures out in 10-12 days (back and arm). Results call. Total-body photography follow-up
in 6 months.</p>
<p>Electronically Signed on 12/18/2025 12:40 CST by Astrid Lindgren, MD</p>
</body></html>""",
    "expected": E([L("11402"), L("11401"), L("12032")], ["coding-correction"]),
    "coder_note": "EX-1: back 0.9 + 0.4 = 1.3 cm -> 11402; arm 0.5 + 0.4 = 0.9 cm -> 11401. REP-1: intermediate "
                  "repairs of the trunk and arm are in the same group (12031-12037) and summed: 3.0 + 2.2 = 5.2 cm "
                  "-> one 12032, not 12031 x2 (12032/12031 indicator 0).",
})

# =============================================================================================================
# Batch 5
# =============================================================================================================

SCENARIOS.append({
    "id": "s39-repair-cheek-precoded-complex-undermining-only",
    "family": "repair", "shape": "pre-coded",
    "description": "Cheek congenital nevus 0.6 cm + 2x0.1 = 0.8 -> 11441; repair pre-coded 13131 but only layered closure with undermining -> 12051; Medicaid MCO",
    "date": "2026-03-24",
    "patient": ("Harlow", "Finn", "2015-06-06", "male"),
    "provider": "lindgren", "payer": "medicaid-mco", "minutes": 50,
    "conditions": [C("c1", "Congenital melanocytic nevus, right cheek", "D22.39", "Right cheek", reason=True)],
    "procedures": [
        P("Excision benign lesion face", cpt="11441", site="Right cheek", reasons=["c1"]),
        P("Complex repair face", cpt="13131", site="Right cheek", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right cheek, excision: intradermal melanocytic nevus with congenital features; margins "
                      "clear.", "site": "Right cheek", "date": "2026-03-27"}],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """PROCEDURE NOTE - PEDIATRIC DERMATOLOGY
Mercy Lakes Children's Hospital          DOS: 03/24/2026
Finn Harlow, 10 y M                      Mother present
Surgeon: Astrid Lindgren, MD

Indication: small congenital nevus of the right cheek that has become raised and bleeds when it is hit by
his lacrosse helmet strap (bled twice this month, documented at the 03/03 visit).
Parents chose excision. Nitrous oxide by the sedation RN, LMX beforehand, then 1% lidocaine with epi 2 mL.

Lesion: 0.6 x 0.5 cm tan papule. 1 mm margins. Fusiform excision along the relaxed skin tension lines to the
superficial subcutis. Specimen to pathology.
Repair: the edges were undermined about 1 cm on each side to relieve tension; closed in two layers with 5-0
Monocryl buried deep dermal sutures and 6-0 fast-absorbing gut running. Repair length 2.3 cm. No cartilage,
no free margin involved, no debridement; no stents.
Dermabond. No complications.

Plan: no sutures to remove; sunscreen to the scar; results by phone.

E-signed 03/24/2026 11:58 - A. Lindgren, MD
""",
    "expected": E([L("11441"), L("12051")], ["coding-correction"], dx={"11441": ["D22.39"]}),
    "coder_note": "EX-1: 0.6 + 2 x 0.1 = 0.8 cm face -> 11441 (correct as pre-coded). REP-3: undermining alone does "
                  "not make a repair complex; two-layer closure = intermediate -> face 12051 (2.3 cm), not 13131.",
})

SCENARIOS.append({
    "id": "s39-shave-pg-lip-no-clinical-size",
    "family": "shave", "shape": "free-text",
    "description": "PG of the cutaneous lower lip shaved and cauterized but no lesion size documented (only the pathology specimen size) -> no line; UHC",
    "date": "2025-11-20",
    "patient": ("Sato", "Hana", "2020-09-09", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [C("c1", "Pyogenic granuloma, lower lip (cutaneous)", "L98.0", "Lower lip, cutaneous",
                     reason=True)],
    "procedures": [
        P("Shave removal of pyogenic granuloma with electrocautery of the base", site="Lower lip, cutaneous",
          note="Friable bleeding papule; removed flush with a DermaBlade after topical LMX and 1% lidocaine with "
               "epi 0.5 mL; base electrocauterized; specimen to pathology.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, lower lip, shave: lobular capillary hemangioma (pyogenic granuloma), ulcerated. Gross: "
                      "tan-red tissue fragment, 0.4 x 0.3 x 0.2 cm.", "site": "Lower lip", "date": "2025-11-24"}],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """Pediatric Dermatology Procedure Note
DOS 11/20/2025   Hana Sato, 5 y F   With: mother and father
Provider: Ines Castellanos, MD

Mom reports a red bump just below the lower lip for 3 weeks after a fall off the scooter; it bled onto
her pillow three times and soaks through bandaids. Timolol gel was considered, but with repeated bleeding
the parents preferred removal today.

Exam: friable, glistening red papule on the cutaneous lower lip below the vermilion border, crusted.

Procedure: shave removal with cautery of the base (see procedure entry). Dad held Hana in his lap with her
arms wrapped; tablet cartoon. Good hemostasis. Petrolatum.

A/P: pyogenic granuloma, lower lip - removed, to pathology. Call for re-bleeding; recurrence possible.

E-signed 11/20/2025 16:31 - I. Castellanos, MD
""",
    "expected": E([], ["missing-documentation"]),
    "coder_note": "SH-1: shave removal is coded by the clinical lesion diameter; none is documented. The "
                  "pathology specimen size is not the clinical lesion size (EX-1/AAPC-MEAS). README 'Coding "
                  "decisions': no size -> no size-banded shave line + missing-documentation (query the provider).",
})

SCENARIOS.append({
    "id": "s39-shave-pg-cheek-toddler",
    "family": "shave", "shape": "note-only", "html": True,
    "description": "PG left cheek 0.7 cm shave removal + cautery (PDL considered, not done) -> 11311; Medicaid",
    "date": "2026-02-26",
    "patient": ("Baptiste", "Milo", "2022-11-15", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Pyogenic granuloma, left cheek", "L98.0", "Left cheek", reason=True)],
    "path": [{"text": "Skin, left cheek, shave: pyogenic granuloma.", "site": "Left cheek", "date": "2026-03-02"}],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """<html><body>
<p><b>Pediatric Dermatology &mdash; Procedure Note</b><br/>""" + HOSP + """<br/>Date of service: 02/26/2026</p>
<p><b>Patient:</b> Milo Baptiste, 3 y M &nbsp; <b>With:</b> mother</p>
<p><b>History:</b> Red bump on the left cheek for 6 weeks, grew quickly; bleeds when he rubs his face on
the pillow and at daycare. Timolol 0.5% gel BID for 4 weeks did not shrink it.</p>
<p><b>Exam:</b> 0.7 cm bright red, friable, pedunculated papule on the left mid cheek with a collarette.</p>
<p><b>Discussion:</b> pulsed dye laser was considered but would need several sessions and does not give a
tissue diagnosis; Mom chose removal today.</p>
<p><b>Procedure - shave removal with cautery:</b></p>
<ul>
<li>LMX 4 under occlusion 30 min; 1% lidocaine with epi 0.3 mL via 30 g needle.</li>
<li>Mom held Milo in a seated comfort hold; Child Life with bubbles.</li>
<li>Lesion shaved flush with a flexible blade; base curetted and electrocauterized; specimen to pathology.</li>
<li>Aquaphor and a bandage. Hemostasis good.</li>
</ul>
<p><b>Plan:</b> petrolatum daily until healed; call for bleeding; results by phone.</p>
<p>Electronically Signed on 02/26/2026 12:06 CST by Folake Adeyemi, MD</p>
</body></html>""",
    "expected": E([L("11311")], dx={"11311": ["L98.0"]}),
    "coder_note": "SH-1: shave removal, face (FEENLM), lesion 0.7 cm -> 11311. PDL only considered (no 17106); "
                  "curettage/cautery of the base is included in the shave.",
})

SCENARIOS.append({
    "id": "s39-tags-teen-neck-axillae-twenty-two",
    "family": "skin-tags", "shape": "note-only", "html": True,
    "description": "22 irritated/bleeding acrochordons neck and axillae snip-removed -> 11200 + 11201 x1; Medicaid",
    "date": "2025-10-23",
    "patient": ("Washington", "Destiny", "2009-05-19", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated, neck and axillae", "L91.8", "Neck and bilateral axillae", reason=True),
        C("c2", "Acanthosis nigricans", "L83", "Neck and axillae"),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """<div class="ddemrcontent">
<p><b>MERCY LAKES CHILDREN'S HOSPITAL - PEDIATRIC DERMATOLOGY</b></p>
<p>Procedure note &nbsp; DOS 10/23/2025 &nbsp; Destiny Washington, 16 y F &nbsp; With: grandmother (legal
guardian)</p>
<p><b>S:</b> Skin tags on the neck and in both armpits, catch on her necklace and bra straps; several
twisted, turned dark and bled this month (photos on her phone). Grandmother asks to have them removed.
Known acanthosis nigricans; endocrinology follows her for prediabetes (metformin).</p>
<p><b>O:</b> Pedunculated soft acrochordons, several with erythema and hemorrhagic crust:</p>
<table border="1">
<tr><th>Site</th><th>Number removed</th></tr>
<tr><td>Right axilla</td><td>8</td></tr>
<tr><td>Left axilla</td><td>6</td></tr>
<tr><td>Neck (lateral and posterior)</td><td>8</td></tr>
</table>
<p><b>Procedure:</b> snip removal with curved iris scissors after LMX; aluminum chloride and light
electrocautery for hemostasis. Total <b>twenty-two</b> tags removed. Not sent to pathology.</p>
<p>Acanthosis nigricans - no treatment today; continue with endocrinology; ammonium lactate lotion
optional.</p>
<p><b>Plan:</b> petrolatum to the sites, loose collars for a week.</p>
<p>Electronically Signed on 10/23/2025 15:44 CDT by Chidi Okonkwo, MD</p>
</div>""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "Conventions: 11200 covers the first 15 tags; 11201 per additional 10 or part: 22 - 15 = 7 -> 1 "
                  "unit. Tags are symptomatic (catching, twisted, bleeding) so not cosmetic (BSL-3).",
})

SCENARIOS.append({
    "id": "s39-tags-precoded-thirty-eight-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "38 inflamed tags removed; pre-coded 11200 + 11201 x3 -> 11201 capped at MUE 1; Aetna",
    "date": "2026-01-29",
    "patient": ("Kessler", "Brandon", "2008-08-21", "male"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [C("c1", "Acrochordons, inflamed, neck, axillae and groin", "L91.8", "Neck, axillae, groin",
                     reason=True)],
    "procedures": [
        P("Removal of skin tags, up to and including 15", cpt="11200", site="Neck, axillae, groin",
          reasons=["c1"]),
        P("Removal of skin tags, each additional 10", cpt="11201", site="Neck, axillae, groin",
          note="3 units (23 additional tags)", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """PEDIATRIC DERMATOLOGY - PROCEDURE NOTE
DOS 01/29/2026     Brandon Kessler, 17 y M     Self; father signed consent
Provider: Chidi Okonkwo, MD

Many skin tags on the neck, both armpits and the groin; rubbed by his football pads and belt; several
inflamed and bleeding, two twisted and black. Wants them off before the season.
Exam: 38 pedunculated acrochordons - neck 14, right axilla 9, left axilla 7, inguinal folds 8. Several
erythematous, two necrotic.
Procedure: LMX to the clusters 30 min; snip removal with iris scissors, hemostasis with aluminum chloride.
38 tags removed in total. Tolerated.
Plan: petrolatum, loose clothing 1 week. Weight-management and A1c follow-up with PCP.

E-signed 01/29/2026 13:15 by C. Okonkwo, MD
""",
    "expected": E([L("11200"), L("11201")], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "38 tags: 11200 + ceil((38 - 15)/10) = 3 units of 11201, but the 11201 MUE is 1 (MAI 3) -> README "
                  "decision caps 11201 at 1 unit with an mue finding.",
})

SCENARIOS.append({
    "id": "s39-cos-nevus-cheek-parent-request-plus-molluscum",
    "family": "cosmetic", "shape": "free-text",
    "description": "Asymptomatic stable cheek nevus shaved at Mom's request for appearance (self-pay, removed from claim) + 4 inflamed molluscum curetted (17110); BCBS",
    "date": "2025-12-22",
    "patient": ("Ferreira", "Luna", "2014-07-04", "female"),
    "provider": "adeyemi", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Intradermal nevus, left cheek, asymptomatic", "D22.39", "Left cheek"),
        C("c2", "Molluscum contagiosum, left antecubital fossa", "B08.1", "Left antecubital fossa", reason=True),
        C("c3", "Encounter for cosmetic surgery", "Z41.1", None),
    ],
    "procedures": [
        P("Shave removal of intradermal nevus", site="Left cheek",
          note="0.5 cm dome-shaped flesh-colored papule, present since early childhood, unchanged, no bleeding or "
               "itching. Removed at mother's request for appearance. Cosmetic self-pay waiver signed.",
          reasons=["c3"]),
        P("Curettage of molluscum", site="Left antecubital fossa",
          note="4 inflamed, itchy lesions curetted after LMX.", reasons=["c2"]),
    ],
    "note_title": "Pediatric Dermatology Clinic Note",
    "note": """Pediatric Dermatology Clinic Note
12/22/2025    Luna Ferreira, 11 y F    With: mother
Provider: Folake Adeyemi, MD

1) Mole on the left cheek: Mom says it has been there since Luna was 3, has not changed; no bleeding,
itching or irritation. Luna has been teased about it at school and Mom would like it removed "so she feels
better about her face". Dermoscopy: benign globular pattern, no concerning features. Discussed that removal
is cosmetic and not covered; Mom signed the self-pay agreement. Shave removal done (procedure entry).

2) Molluscum in the left elbow crease: 4 lesions, red and itchy, she scratches them; Mom wants them
removed. Curettage of all 4 after LMX (procedure entry).

Comfort: LMX to both areas at check-in; Luna held a stress ball, Mom at her side.
Plan: petrolatum to both sites. Nevus sent for pathology per Mom's request (self-pay).

E-signed 12/22/2025 11:45 by Folake Adeyemi, MD
""",
    "expected": E([L("17110")], ["cosmetic"], dx={"17110": ["B08.1"]}),
    "coder_note": "BSL-2/COS-2: a stable, asymptomatic nevus removed for appearance (emotional distress is listed "
                  "as a cosmetic reason) is cosmetic; commercial payer -> line removed, patient billed directly "
                  "(conventions). Inflamed, itchy molluscum -> 17110. With the shave off the claim there is no PTP "
                  "pair left, so no XS.",
})

SCENARIOS.append({
    "id": "s39-cos-glycolic-peel-pih-prom",
    "family": "cosmetic", "shape": "note-only", "html": True,
    "description": "Superficial glycolic peel to the face for post-acne hyperpigmentation before prom, self-pay; nothing on the claim; Cigna",
    "date": "2026-04-02",
    "patient": ("Nakashima", "Emi", "2008-12-14", "female"),
    "provider": "nakamura", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Postinflammatory hyperpigmentation, face", "L81.0", "Face", reason=True),
        C("c2", "Encounter for cosmetic procedure", "Z41.1", None),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """<html><body>
<p><b>Pediatric Dermatology - Aesthetic Procedure Note</b><br/>Mercy Lakes Children's Hospital Outpatient
Center<br/>Date: 04/02/2026 &nbsp; Emi Nakashima, 17 y F &nbsp; Mother present, consent signed by mother</p>
<p><b>Background:</b> Acne cleared after a course of doxycycline and tretinoin (last active lesion 3 months
ago). Residual brown post-inflammatory marks on the cheeks and jaw. Emi would like her skin tone "more
even" for prom photos in May. No active acne, no cold sores, tretinoin held for 5 days.</p>
<p><b>Financial:</b> explained that peels for pigment/appearance are cosmetic and not billed to insurance;
self-pay estimate signed by Mom.</p>
<p><b>Procedure:</b> superficial chemical peel, full face.</p>
<ul>
<li>Degreased with acetone; petrolatum to the nasal alae and lip commissures.</li>
<li>Glycolic acid 30% applied with a fan brush, 3 minutes, neutralized with sodium bicarbonate solution.</li>
<li>Mild even erythema, no frosting. Cool compresses, bland moisturizer, SPF 50.</li>
</ul>
<p><b>Plan:</b> gentle care for 5 days, resume tretinoin after 1 week, strict sun protection; second peel
in 4 weeks if desired.</p>
<p>Electronically Signed on 04/02/2026 16:10 CDT by Ren Nakamura, MD</p>
</body></html>""",
    "expected": E([], ["cosmetic"]),
    "coder_note": "COS-2/BPM16: chemical peel for pigment/appearance is cosmetic; commercial payer -> the peel line "
                  "is removed and the patient billed directly (conventions). No E/M documented, so the claim has "
                  "no lines.",
})

SCENARIOS.append({
    "id": "s39-bx-sedation-two-punches-toddler",
    "family": "biopsy", "shape": "free-text",
    "description": "3 y/o under procedural sedation (sedation team): punch biopsies of scalp and back -> 11104 + 11105; Medicaid",
    "date": "2025-09-09",
    "patient": ("Ibrahim", "Adam", "2022-03-27", "male"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Papular eruption, scalp and trunk, with seborrheic-like scale", None, "Scalp and back",
          reason=True),
    ],
    "procedures": [
        P("Punch biopsy, 4 mm", site="Scalp, vertex",
          note="Crusted purpuric papule sampled; 4-0 chromic suture.", reasons=["c1"]),
        P("Punch biopsy, 3 mm", site="Left lower back",
          note="Red-brown papule sampled; 4-0 chromic suture. Separate specimen jar.", reasons=["c1"]),
    ],
    "path": [
        {"text": "A. Skin, scalp, punch: dermal infiltrate of CD1a+/langerin+ histiocytes consistent with Langerhans "
                 "cell histiocytosis.", "site": "Scalp", "date": "2025-09-12"},
        {"text": "B. Skin, left lower back, punch: Langerhans cell histiocytosis.", "site": "Left lower back",
         "date": "2025-09-12"},
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """Pediatric Dermatology - Procedure Note (Sedation Unit, Room 4)
DOS 09/09/2025     Adam Ibrahim, 3 y M     Parents: mother and father (Arabic interpreter)
Proceduralist: Ren Nakamura, MD
Sedation: intravenous propofol by the Pediatric Sedation Service (Dr. M. Ellery) - separate note and billing.

Indication: 2-month history of a scaly, crusted eruption of the scalp and back with purpuric papules, not
responding to ketoconazole shampoo and hydrocortisone; concern for Langerhans cell histiocytosis vs
seborrheic dermatitis. Parents agreed to biopsy with sedation; a biopsy awake was attempted in clinic last
week but Adam could not be kept still safely and we stopped before any sample was taken.

Time-out done. After sedation: 1% lidocaine with epi to each site.
  A) scalp vertex - 4 mm punch
  B) left lower back - 3 mm punch
Both closed with absorbable sutures; bacitracin. No complications. Recovered in the sedation unit.

Plan: results in 3-5 days; if LCH confirmed - oncology referral, skeletal survey and labs.
Signed 09/09/2025 12:22 - R. Nakamura, MD
""",
    "expected": E([L("11104"), L("11105")]),
    "coder_note": "BX-2: two punch biopsies -> 11104 + 11105. The sedation is the sedation service's own billing; the "
                  "aborted awake attempt last week took no tissue.",
})

SCENARIOS.append({
    "id": "s39-bx-three-techniques-precoded-primaries",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Incisional (thigh) + punch (forearm) + tangential (back) biopsies pre-coded as three primaries -> 11106 + 11105 + 11103; UHC",
    "date": "2026-01-08",
    "patient": ("Ashworth", "Clara", "2011-09-30", "female"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [
        C("c1", "Indurated plaque, right lateral thigh (panniculitis vs morphea)", None, "Right lateral thigh",
          reason=True),
        C("c2", "Violaceous papules, left forearm", None, "Left forearm", reason=True),
        C("c3", "Scaly papule, upper back", None, "Upper back", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy", cpt="11106", site="Right lateral thigh",
          note="Deep wedge incisional biopsy with scalpel to subcutaneous fat, 1.5 x 0.5 cm; simple closure "
               "4-0 nylon.", reasons=["c1"]),
        P("Punch biopsy", cpt="11104", site="Left forearm", note="4 mm punch", reasons=["c2"]),
        P("Tangential biopsy", cpt="11102", site="Upper back", note="Shave biopsy with DermaBlade", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Right thigh, incisional: lobular panniculitis, lupus panniculitis favored.", "site": "Right thigh"},
        {"text": "B. Left forearm, punch: interface dermatitis with mucin.", "site": "Left forearm"},
        {"text": "C. Upper back, shave: seborrheic keratosis, irritated.", "site": "Upper back"},
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """PEDIATRIC DERMATOLOGY PROCEDURE NOTE
Mercy Lakes Children's Hospital - Procedure Room A          01/08/2026
Clara Ashworth, 14 y F          Mother present          Proceduralist: Chidi Okonkwo, MD
Rheumatology co-managing (ANA 1:640).

Three separate lesions sampled today for diagnosis (lupus work-up):
 1. Right lateral thigh, firm indurated subcutaneous plaque - a deep wedge (incisional) biopsy with a #15
    blade was needed to reach the fat; simple closure, 4-0 nylon x3.
 2. Left forearm, violaceous papule - 4 mm punch biopsy, 1 suture.
 3. Upper back, scaly papule - tangential (shave) biopsy, aluminum chloride.
LMX to all three 45 min ahead, then 1% lidocaine with epi. Mom and a Child Life specialist with her.
Tolerated well. Three specimen jars.
Plan: suture removal in 10-14 days; results to the family and to rheumatology.

E-signed 01/08/2026 15:47 - C. Okonkwo, MD
""",
    "expected": E([L("11106"), L("11105"), L("11103")], ["coding-correction"]),
    "coder_note": "BX-2: one primary for the highest-ranked technique (incisional 11106); the punch and the "
                  "tangential biopsy take their own add-ons (11105, 11103). 11106/11104 and 11106/11102 are "
                  "indicator 0, so the pre-coded primaries cannot stand.",
})

SCENARIOS.append({
    "id": "s39-bx-tangential-three-nevi-fourth-deferred",
    "family": "biopsy", "shape": "note-only", "html": True,
    "description": "Three shave biopsies of changing nevi (11102 + 11103 x2); fourth (scalp) deferred when teen asked to stop; Medicaid",
    "date": "2025-09-25",
    "patient": ("Bianchi", "Sienna", "2010-02-02", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Atypical-appearing nevi, back, flank and thigh", None, "Back, right flank, left thigh", reason=True),
        C("c2", "Family history of melanoma (mother)", "Z80.8", history=True),
    ],
    "path": [
        {"text": "A. Left upper back: compound dysplastic nevus, mild atypia, extends to margin.", "site": "Left upper back"},
        {"text": "B. Right flank: junctional dysplastic nevus, moderate atypia.", "site": "Right flank"},
        {"text": "C. Left anterior thigh: compound nevus, no atypia.", "site": "Left anterior thigh"},
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """<html><body>
<p><b>Mercy Lakes Children's Hospital &mdash; Pediatric Dermatology</b><br/>Procedure note, 09/25/2025<br/>
Sienna Bianchi, 15 y F &nbsp;|&nbsp; with mother</p>
<p><b>Background:</b> Mother had invasive melanoma at 38. Sienna has ~60 nevi; total body photography
06/2025. Today's comparison shows change in four lesions. No personal history of skin cancer.</p>
<p><b>Biopsies</b> (tangential/shave technique to the mid dermis, partial sampling for diagnosis; LMX 45 min
then 1% lidocaine with epi; aluminum chloride hemostasis):</p>
<table border="1">
<tr><th>#</th><th>Site</th><th>Clinical</th><th>Done?</th></tr>
<tr><td>A</td><td>Left upper back</td><td>6 mm asymmetric brown papule, darker center</td><td>Yes</td></tr>
<tr><td>B</td><td>Right flank</td><td>5 mm macule, new eccentric dark dot</td><td>Yes</td></tr>
<tr><td>C</td><td>Left anterior thigh</td><td>4 mm papule, enlarging</td><td>Yes</td></tr>
<tr><td>D</td><td>Scalp, left parietal</td><td>5 mm papule</td><td>No - deferred</td></tr>
</table>
<p>After the third biopsy Sienna was lightheaded and asked to stop; lay flat with juice, recovered. Mom and
Sienna prefer to do the scalp lesion at the next visit.</p>
<p>Three specimens to dermatopathology. Bandages; wound care handout.</p>
<p><b>Plan:</b> results call; recheck the scalp lesion and biopsy it in 2-4 weeks.</p>
<p>Electronically Signed on 09/25/2025 16:30 CDT by Chidi Okonkwo, MD</p>
</body></html>""",
    "expected": E([L("11102"), L("11103", 2)]),
    "coder_note": "BX-1/BX-2: three tangential biopsies -> 11102 + 11103 x2. The scalp biopsy was not done.",
})
