"""Sealed set 33 (s33-): community dermatology practice in the Rio Grande Valley, south Texas.

Valle Dermatology Associates (McAllen and Harlingen clinics) on Oracle Health (Cerner) PowerChart. Notes are in
English with Spanish fragments (patient's words, interpreter). Many Texas Medicaid and Medicare-Medicaid dual
patients, winter-Texan Medicare FFS patients, some commercial. Providers: ramirez, castellanos (Mohs-trained),
santos. Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the
tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# Batch 1: intralesional (keloids, acne cysts), incision and drainage, pediatric warts
# =============================================================================================================

SCENARIOS.append({
    "id": "s33-il-keloid-chest-shoulder-diluted-k40",
    "family": "intralesional", "shape": "note-only",
    "description": "Two symptomatic keloids (presternal, L shoulder) injected with Kenalog-40 0.8 mL diluted 1:1 "
                   "with lidocaine; Texas Medicaid",
    "date": "2025-10-14",
    "patient": ("Cavazos", "Marisol", "1991-05-22", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scar, presternal chest and left shoulder", "L91.0", "Presternal chest; left shoulder",
          reason=True),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - McALLEN
PowerChart Clinic Note - Dermatology
Patient: CAVAZOS, MARISOL    DOB: 05/22/1991    DOS: 10/14/2025    FIN: 7742019
Attending: Sofia Ramirez, MD
Interpreter: none needed (bilingual pt)

Chief Complaint
"La bolita en el pecho me pica y me duele con el brasier." Keloid follow-up, injection #3.

History of Present Illness
34 y/o F with keloids that started after acne on the chest at age 19. Presternal keloid has been growing over
the last year, refiere comezon most nights and pain where the bra strap rubs. Smaller keloid on the L shoulder
is also itchy. Last ILK 6 weeks ago, pt says "se aplano un poquito". No bleeding, no drainage.
Not pregnant, not breastfeeding. No other skin concerns today.

Physical Exam
Presternal chest: firm pink-violaceous keloid 3.2 x 1.4 cm, tender.
L shoulder: keloid 1.1 x 0.8 cm, firm.
No erythema, no signs of infection.

Assessment/Plan
1. Keloids, presternal and L shoulder - symptomatic (pruritus, pain), partially responding.
   - ILK today (see procedure).
   - If flattening stalls after the next session we could talk about adding 5-FU or excision with
     post-op injections. Not today - pt wants to continue injections only.
   - Silicone sheets at night, samples given.
2. RTC 6 weeks for injection #4.

Procedure Documentation
Procedure: intralesional injection, keloids x 2
Consent: verbal and written, risks of atrophy/hypopigmentation reviewed in Spanish and English.
Prep: alcohol.
Medication: Kenalog-40 (triamcinolone acetonide 40 mg/mL), 0.8 mL drawn up and diluted with an equal volume of
1% lidocaine plain -> 1.6 mL of the mixture.
Injected: 1.0 mL of the mixture into the presternal keloid, 0.6 mL into the L shoulder keloid, 30 g needle,
until blanching. No mixture discarded.
Tolerated well, no complications. Lot # on MAR.

Electronically Signed By: Sofia Ramirez, MD on 10/14/2025 15:47 CDT
""",
    "expected": E([L("11900"), L("J3301", 4)], dx={"11900": ["L91.0"]}),
    "coder_note": "Two keloids -> 11900. Drug = 0.8 mL of 40 mg/mL = 32 mg (the lidocaine dilution doubles the volume, "
                  "not the dose) -> J3301 ceil(32/10) = 4. No E/M selected.",
})

SCENARIOS.append({
    "id": "s33-il-acne-eight-cysts-isotretinoin-tv",
    "family": "intralesional", "shape": "free-text",
    "description": "Eight acne cysts injected (triamcinolone 2.5 mg/mL, 0.1 mL each) plus isotretinoin start and new "
                   "tinea versicolor; E/M-25; commercial UHC",
    "date": "2025-11-04",
    "patient": ("Villarreal", "Adrian", "2006-02-17", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face", reason=True),
        C("c2", "Pityriasis versicolor", "B36.0", "Upper back and chest", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection - acne cysts", site="Face: R cheek x3, L cheek x3, chin x2",
          note="Triamcinolone acetonide 2.5 mg/mL (Kenalog-10 diluted with NS). 0.1 mL into each of 8 cysts. "
               "Total volume 0.8 mL.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """Valle Dermatology Associates - McAllen
Dermatology Office Visit (PowerChart)
DOS 11/04/2025    Provider: Ines Castellanos, MD

Chief Complaint
Acne with painful cysts; new spots on the back.

History of Present Illness
19 y/o M, college student, established. Nodulocystic acne on the face x 3 yrs. Doxycycline 100 mg BID for
4 months from his PCP plus adapalene - minimal response, new scarring on the cheeks. Several cysts today that
"duelen mucho" - wants them injected before a family wedding Saturday.
New: light scaly spots on upper back and chest x 2 months, worse with sweat from work outside (landscaping).
Not itchy. Has not tried anything.

Physical Exam
Face: 8 tender inflamed cysts (R cheek 3, L cheek 3, chin 2), multiple papules/pustules, early ice-pick and
rolling scars. Back/chest: hypopigmented fine-scaling macules coalescing on upper back and chest; KOH done in
clinic: positive for spaghetti-and-meatballs hyphae/yeast.

Assessment/Plan
1. Nodulocystic acne, scarring, failed 4 mo of oral antibiotic + topical retinoid.
   - Start isotretinoin workup: iPLEDGE registration started today, baseline lipids and LFTs ordered,
     counseling on side effects (dry lips, mood, no blood donation). Stop doxycycline when isotretinoin starts
     (do not combine - pseudotumor risk).
   - ILK to the 8 cysts today (see procedure).
2. Tinea (pityriasis) versicolor, KOH positive - new problem.
   - Ketoconazole 2% shampoo as body wash daily x 2 weeks then weekly; explained that color takes months
     to even out.
3. RTC 30 days for isotretinoin start (iPLEDGE confirmation).

Procedure: see procedure record. Pt tolerated well.
Level of service: 99214-25 with procedure.

Electronically Signed By: Ines Castellanos, MD 11/04/2025 12:18 CST
""",
    "expected": E([L("99214", 1, "25"), L("11901"), L("J3301", 1)]),
    "coder_note": "8 lesions -> 11901 (more than 7). Drug 0.8 mL x 2.5 mg/mL = 2 mg -> J3301 x1 (ceil). E/M separately "
                  "identifiable: isotretinoin/iPLEDGE management and a new KOH-positive tinea versicolor with Rx -> 25.",
})

SCENARIOS.append({
    "id": "s33-il-earlobe-keloids-precoded-11901",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Three piercing keloids on both earlobes injected, Kenalog-40 1.5 mL; provider pre-coded 11901; "
                   "Texas Medicaid teen",
    "date": "2025-10-21",
    "patient": ("Saenz", "Daniela", "2009-08-03", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Keloid of earlobes, bilateral, after piercing", "L91.0", "Right and left earlobes", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, lesions", cpt="11901", site="Right earlobe (anterior, posterior); left earlobe",
          note="3 keloids. Kenalog-40 (triamcinolone acetonide 40 mg/mL) total 1.5 mL: R anterior 0.5, "
               "R posterior 0.4, L 0.6. 27g needle.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Dermatology",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Procedure Note

Patient: Daniela Saenz   16 y/o F   DOS 10/21/2025
Accompanied by: mother (Sra. Saenz), Spanish; interpreter ID 2213 present.

Chief Complaint
Bolitas en las orejas despues de los aretes.

History of Present Illness
Keloids on both earlobes started about 10 months after piercing at a mall kiosk. They have grown in the
last 3 months, itch ("le pican") and hurt when she sleeps on her side. No drainage. Second injection visit;
first one 5 weeks ago helped the pain.

Physical Exam
R earlobe: anterior keloid 1.2 cm, posterior keloid 0.9 cm. L earlobe: 1.4 cm keloid. Firm, mildly tender,
no erythema.

Assessment/Plan
Keloids both earlobes, symptomatic and enlarging.
- ILK today.
- Discussed surgical excision with post-op injections or pressure earrings later. Mom prefers to keep doing
  injections only for now - no surgery planned.
- RTC 4-6 weeks.

Procedure Documentation
Intralesional injection of keloids, 3 lesions.
Consent from mother (guardian) and assent from patient.
Kenalog-40, 1.5 mL total (0.5 mL R anterior, 0.4 mL R posterior, 0.6 mL L), no dilution.
No complications.

Electronically Signed By: Rafael Santos, MD 10/21/2025 10:55 CDT
""",
    "expected": E([L("11900"), L("J3301", 6)], topics=["coding-correction"]),
    "coder_note": "Three lesions -> 11900 (11901 is for more than 7). Drug 1.5 mL x 40 mg/mL = 60 mg -> J3301 x6.",
})

SCENARIOS.append({
    "id": "s33-il-sternotomy-keloids-j3301-mue",
    "family": "intralesional", "shape": "note-only",
    "description": "Five large keloids (sternotomy + shoulders) injected with 4.2 mL Kenalog-40 = 168 mg; J3301 17 "
                   "units capped at MUE 16; Medicare-Medicaid dual",
    "date": "2025-12-02",
    "patient": ("Guerra", "Rogelio", "1960-01-30", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Keloids, sternotomy scar and bilateral shoulders", "L91.0", "Chest; bilateral shoulders",
          reason=True),
    ],
    "note_title": "Dermatology Procedure Visit",
    "note": """VALLE DERMATOLOGY ASSOCIATES - McALLEN
PowerChart - Dermatology Procedure Visit
Patient: GUERRA, ROGELIO    65 y/o M    DOS 12/02/2025
Coverage on file: Medicare Part B (Novitas) primary / Texas Medicaid (QMB) secondary
Interpreter: Spanish, video (ID 5520)

Chief Complaint
"Los queloides me queman y me jalan." Keloid injections.

History of Present Illness
CABG 2019. Since then a thick keloid along the whole sternotomy scar plus spontaneous keloids on both
shoulders. Burning pain, pulling with arm movement, pruritus. Prior ILK x 2 (last 8 weeks ago), tolerated,
moderate softening. HbA1c 6.9 last month (PCP). Not on anticoagulation.

Physical Exam
Sternotomy keloid 14 x 2.5 cm, raised 6 mm, firm. R shoulder: 2 keloids (3.0 cm, 1.8 cm). L shoulder: 2 keloids
(2.6 cm, 1.2 cm). No ulceration, no infection.

Assessment/Plan
1. Keloids (5), symptomatic - continue ILK, higher volume today because of the size of the sternal keloid.
   Dose discussed with pt and documented below.
2. DM2 - glucose may run high for a few days after injection; check sugars BID x 3 days, call PCP if > 300.
3. No radiation therapy referral at this time (he declined, "no quiero radiacion").
RTC 8 weeks.

Procedure Documentation
Intralesional injection, 5 keloids.
Drug: Kenalog-40 (triamcinolone acetonide 40 mg/mL), undiluted.
  Sternotomy keloid: 2.4 mL, divided along its length
  R shoulder: 0.6 mL + 0.3 mL
  L shoulder: 0.6 mL + 0.3 mL
  Total Kenalog-40: 4.2 mL
Dental needle/Luer lock, 27g. Hemostasis with pressure. No complications.

Electronically Signed By: Sofia Ramirez, MD 12/02/2025 16:30 CST
""",
    "expected": E([L("11900"), L("J3301", 16)], topics=["mue"]),
    "coder_note": "5 keloids -> 11900. 4.2 mL x 40 mg/mL = 168 mg -> ceil(16.8) = 17 units, over the J3301 MUE of 16 "
                  "(MAI 3) -> capped at 16 with an mue finding (tests/corpus README).",
})

SCENARIOS.append({
    "id": "s33-il-acne-cysts-em-decision-only-no-concentration",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Two acne cysts injected before a wedding, 'Kenalog 0.2 mL' each with no concentration; pre-coded "
                   "99213 + 11900; Texas Medicaid",
    "date": "2025-11-18",
    "patient": ("Longoria", "Briana", "2002-04-09", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 15, "em": "99213",
    "conditions": [
        C("c1", "Acne cyst, chin and right jawline", "L70.0", "Chin; right jawline", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Chin; right jawline",
          note="Kenalog 0.2 mL into each cyst (2 cysts).", reasons=["c1"]),
    ],
    "note_title": "Acute Visit - Dermatology",
    "note": """Valle Dermatology Associates - Harlingen     PowerChart Acute Visit
DOS: 11/18/2025     Provider: Ines Castellanos, MD

Chief Complaint
"Me salio un grano grande en la barbilla y me caso el sabado."

History of Present Illness
23 y/o F, established acne patient (followed every 3 months, next routine visit is in January). Two painful
deep bumps for 4 days - chin and R jawline. Here only for these two; says the rest of her acne is fine and she
does not want to change anything today. Current regimen (tretinoin 0.025% + BPO wash) not reviewed today.

Physical Exam
Chin: 1.0 cm tender fluctuant-appearing inflamed cyst. R jawline: 0.8 cm inflamed cyst. No other active lesions
of note.

Assessment/Plan
Inflamed acne cysts x2 - ILK today for rapid resolution before the wedding. Warm compresses. Keep January
appointment for routine acne follow-up.

Procedure Documentation
ILK to 2 cysts. Alcohol prep. Kenalog 0.2 mL into each cyst, 30g needle. Tolerated well.

Electronically Signed By: Ines Castellanos, MD 11/18/2025 09:41 CST
""",
    "expected": E([L("11900")], topics=["missing-documentation"]),
    "coder_note": "Only the two cysts were addressed (decision for the injection) -> 99213 removed (GS-3). The drug "
                  "concentration is not documented (practice stocks 10 and 40 mg/mL), so the mg cannot be computed -> "
                  "no J3301 line, missing-documentation.",
})

SCENARIOS.append({
    "id": "s33-id-axilla-abscess-new-pt-em-removed",
    "family": "incision-drainage", "shape": "note-only",
    "description": "New patient, single left axillary abscess, simple I&D, no packing; provider chose 99203; Texas "
                   "Medicaid",
    "date": "2025-09-23",
    "patient": ("Olivares", "Jose Luis", "1984-11-12", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "note_title": "New Patient Visit - Dermatology",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart New Patient Note

Patient: OLIVARES, JOSE LUIS   40 y/o M   DOS 09/23/2025
Referred by: Valley Urgent Care (was self-pay there in August before his Medicaid was approved).
Interpreter: Spanish, in person (ID 3307)

Chief Complaint
"Absceso en la axila izquierda, me duele mucho." x 3 days.

History of Present Illness
Painful swelling L armpit, 3 days, started as a "granito" after shaving. No fever, no chills. No prior
boils, no family members with boils. No diabetes known. No other skin complaints.

Review of Systems
Negative for fever, night sweats, weight loss.

Physical Exam
L axilla: 2.5 cm fluctuant tender nodule with overlying erythema limited to 1 cm around it. No lymphangitic
streaking, no surrounding cellulitis. R axilla normal. No other lesions on the trunk.

Assessment/Plan
Abscess L axilla, single, uncomplicated - I&D today.
- No antibiotics needed after drainage (no cellulitis, afebrile). Warm compresses, shower daily.
- Wound culture sent.
- Return if redness spreads or fever. Otherwise no follow-up needed.

Procedure Documentation
Incision and drainage, L axilla.
Consent signed (Spanish form). Prep with chlorhexidine. 1% lidocaine with epi 3 mL.
Single 1 cm linear incision with #11 blade, moderate purulent material expressed, cavity irrigated with NS.
No loculations. No packing placed. Dry dressing.
EBL minimal. Tolerated well.

Electronically Signed By: Rafael Santos, MD 09/23/2025 14:12 CDT
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Only problem is the abscess that was drained; being a new patient does not justify an E/M (GS-3) -> "
                  "99203 removed. Single, simple abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s33-id-buttock-thigh-abscesses-precoded-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two separate abscesses (R buttock, L thigh) drained; provider pre-coded 10060 twice -> 10061; "
                   "commercial BCBS",
    "date": "2025-10-08",
    "patient": ("Hinojosa", "Karina", "1997-03-25", "female"),
    "provider": "ramirez", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
        C("c2", "Cutaneous abscess of left lower limb", "L02.416", "Left posterior thigh", reason=True),
    ],
    "procedures": [
        P("I&D abscess", cpt="10060", site="Right buttock",
          note="3 cm fluctuant abscess, incised, purulence expressed, irrigated.", reasons=["c1"]),
        P("I&D abscess", cpt="10060", site="Left posterior thigh",
          note="2 cm fluctuant abscess, incised, drained, irrigated.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Valle Dermatology Associates - McAllen          PowerChart
Procedure Note        DOS: 10/08/2025        Sofia Ramirez, MD

Chief Complaint
Two painful boils, "dos bolas con pus", R buttock and L back of thigh, 4-5 days.

History of Present Illness
28 y/o F, established (seen for acne in 2024). Two separate painful lumps appeared a day apart. No fever.
Her boyfriend had a "spider bite" last month. No diabetes.

Physical Exam
R buttock: 3 cm fluctuant abscess. L posterior thigh: 2 cm fluctuant abscess. The two are separate, about
15 cm apart. No cellulitis beyond 1 cm. Afebrile.

Assessment/Plan
Two separate cutaneous abscesses (probable MRSA) - I&D of both today, cultures sent.
- TMP-SMX DS BID x 7 days given number of lesions and household contact.
- Decolonization: chlorhexidine wash and mupirocin nares x 5 days for her and the boyfriend.
- Return 48 h if worse.

Procedure Documentation
I&D x 2 (separate sites).
Lidocaine 1% w/ epi. #11 blade incision each, purulence expressed, loculations none, irrigated, no packing.
Cultures x 2 sent. Dressings applied.

Electronically Signed By: Sofia Ramirez, MD 10/08/2025 11:20 CDT
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "Multiple abscesses drained at one session -> 10061 x1 (10061 = complicated or multiple), not 10060 "
                  "twice. No E/M selected.",
})

SCENARIOS.append({
    "id": "s33-id-hs-groin-flare-biologic-workup-em25",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Hidradenitis flare: I&D of one R groin abscess plus HS management (doxycycline, biologic labs); "
                   "99214-25; Texas Medicaid",
    "date": "2025-11-12",
    "patient": ("Ybarra", "Celina", "1990-07-14", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II, with right groin abscess", "L73.2",
          "Bilateral groin and axillae", reason=True),
    ],
    "procedures": [
        P("I&D abscess R inguinal fold", site="Right inguinal fold",
          note="Single fluctuant 2 cm abscess. Incised with 11 blade, pus drained, irrigated, no packing.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Follow-up - Hidradenitis",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Progress Note

Patient: YBARRA, CELINA   35 y/o F   DOS 11/12/2025
Interpreter: pt prefers Spanish, bilingual MA interpreted.

Chief Complaint
HS flare, "una bola muy dolorosa en la ingle".

History of Present Illness
HS x 8 years, Hurley II (axillae and groin, sinus tracts R axilla). Flares monthly despite clindamycin lotion
and chlorhexidine. Smokes 1/2 ppd. BMI 36. New painful lump R groin x 5 days. Misses work 3-4 days/month.
Interested in the injection medicine (adalimumab) her cousin uses.

Physical Exam
R inguinal fold: 2 cm fluctuant abscess. Bilateral axillae: double-ended comedones, 2 draining sinus tracts R,
scarring. L groin: 3 inflammatory nodules, no fluctuance. Hurley stage II.

Assessment/Plan
1. Hidradenitis suppurativa, Hurley II, worsening, failing topical therapy.
   - Start doxycycline 100 mg BID x 12 weeks.
   - Biologic workup: QuantiFERON, hepatitis B/C panel, CBC, CMP ordered today for adalimumab; PA to be
     submitted to Medicaid once labs back.
   - Smoking cessation counseling 5 min; quitline referral.
   - Pain control: ibuprofen, warm compresses.
2. Acute abscess R groin - I&D today (see procedure).
RTC 4 weeks to review labs and start biologic.

Electronically Signed By: Ines Castellanos, MD 11/12/2025 17:05 CST
""",
    "expected": E([L("99214", 1, "25"), L("10060")]),
    "coder_note": "Separately identifiable E/M: chronic HS with progression, new Rx and biologic workup beyond the "
                  "decision to drain one abscess -> 99214-25 (GS-3). One simple abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s33-id-back-cyst-abscess-in-scalp-excision-global-79",
    "family": "incision-drainage", "shape": "note-only",
    "description": "I&D of a new inflamed back cyst 6 days after pilar cyst excision of the scalp (010 global) -> "
                   "10060-79; Medicare Advantage",
    "date": "2025-12-09",
    "patient": ("Treviño", "Arnulfo", "1958-09-05", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed epidermal cyst with abscess, upper back", "L72.0", "Upper back", reason=True),
        C("c2", "Pilar cyst, scalp - excised 12/03/2025", "L72.11", "Vertex scalp"),
    ],
    "prior": [
        PRIOR("2025-12-03", "11423", "Excision pilar cyst, vertex scalp, excised diameter 2.4 cm",
              site="Vertex scalp"),
    ],
    "note_title": "Dermatology Acute Visit",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Acute Visit
Patient: TREVIÑO, ARNULFO   67 y/o M   DOS 12/09/2025
Plan: Humana Gold Plus (Medicare Advantage)

Chief Complaint
"Ahora me salio otra en la espalda y esta roja."

History of Present Illness
Known to me: pilar cyst of the vertex scalp excised 12/03 (6 days ago), sutures in. Since Sunday a different
lump on the upper back (he says it has been there for years, "la bolita de la espalda") became red, swollen and
painful. No fever.

Physical Exam
Scalp incision: clean, dry, intact, no erythema - healing as expected.
Upper back, midline at T3: 2.8 cm fluctuant, erythematous, tender cyst with central punctum. No cellulitis
beyond the cyst.

Assessment/Plan
1. Inflamed/abscessed epidermal cyst upper back - new problem, unrelated to the scalp surgery. I&D today.
   Explained that the cyst wall may need excision later once the inflammation settles - will decide at
   follow-up, not scheduled yet.
2. Scalp excision site healing - sutures out next week as planned.

Procedure Documentation
I&D, upper back cyst. Lidocaine 1% w/ epi 2 mL. Stab incision #11 blade, cheesy keratin and pus expressed,
cavity curetted and irrigated, no packing. Gauze dressing.

Electronically Signed By: Rafael Santos, MD 12/09/2025 13:38 CST
""",
    "expected": E([L("10060", 1, "79")], topics=["global-period"]),
    "coder_note": "Unrelated procedure (new lesion) inside the 010 global of the 12/03 scalp excision -> 79 (GS-5). "
                  "Scalp wound check is part of that global, no charge.",
})

SCENARIOS.append({
    "id": "s33-ds-child-warts-eight-cryo-medicaid",
    "family": "destruction", "shape": "note-only",
    "description": "8-year-old, eight painful spreading common warts (hands, knee) destroyed with LN2 after paring; "
                   "Texas Medicaid",
    "date": "2025-10-02",
    "patient": ("Peña", "Mateo", "2017-01-19", "male"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, multiple", "B07.8", "Hands; right knee", reason=True),
    ],
    "note_title": "Pediatric Dermatology Note",
    "note": """Valle Dermatology Associates - McAllen    PowerChart Pediatric Derm Note
Patient: Mateo Peña   8 y/o M   DOS 10/02/2025
Accompanied by mother, Spanish-speaking; interpreter (in person, ID 3307).

Chief Complaint
Mom: "Las verrugas se le estan regando y le duelen cuando agarra el lapiz."

History of Present Illness
Warts x 1 year, more every month. Tried OTC salicylic acid x 2 months without change. Pain holding a pencil
(R hand). Teacher noticed him picking them. No immunosuppression.

Physical Exam
Verrucous papules: R hand dorsum x4, L palm x1, L index periungual x1, R knee x2. Total eight.
No molluscum. Nails otherwise normal.

Assessment/Plan
Common warts, multiple, spreading and painful.
- Cryotherapy today (see below).
- Continue salicylic acid nightly with duct tape occlusion between visits.
- If they are not better after 2 more cryo sessions, we will consider Candida antigen injections - discussed
  with mom, not today.
- RTC 3-4 weeks.

Procedure Documentation
Destruction of benign lesions (warts) x 8 with liquid nitrogen, 2 freeze-thaw cycles each, after gentle
paring of the thick ones with a 15 blade. Pt tolerated with distraction, mom present. Aftercare sheet in
Spanish given.

Electronically Signed By: Sofia Ramirez, MD 10/02/2025 16:44 CDT
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "Eight warts -> 17110 x1 (up to 14). Paring before freezing is part of the destruction. Candida "
                  "antigen is only a future option.",
})

# =============================================================================================================
# Batch 2: destruction (warts, AKs), nails, paring
# =============================================================================================================

SCENARIOS.append({
    "id": "s33-ds-child-warts-seventeen-precoded-17110",
    "family": "destruction", "shape": "pre-coded",
    "description": "12-year-old with seventeen warts (hands and soles) treated with LN2; provider pre-coded 17110 -> "
                   "17111; Texas Medicaid",
    "date": "2025-11-06",
    "patient": ("Zamora", "Valeria", "2013-06-28", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Verruca vulgaris, hands", "B07.8", "Bilateral hands", reason=True),
        C("c2", "Plantar warts, both soles", "B07.0", "Bilateral soles", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions", cpt="17110", site="Hands and soles",
          note="LN2 cryotherapy, 2 cycles. Hands 9, R sole 5, L sole 3.", reasons=["c1", "c2"]),
    ],
    "note_title": "Dermatology Follow-up",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Follow-up Note       DOS 11/06/2025       Ines Castellanos, MD

Chief Complaint
Warts, 2nd cryo visit. "Me duelen las de los pies cuando juego futbol."

History of Present Illness
12 y/o F with warts on hands and feet, more since the last visit (new ones on the L sole). Plantar ones painful
with soccer practice. Mom reports she is using salicylic acid some nights only.

Physical Exam
Hands: 9 verrucous papules (R hand 5, L hand 4). R sole: 5 plantar warts (not mosaic, discrete, with
thrombosed capillaries). L sole: 3 plantar warts. Total count: diecisiete (17).

Assessment/Plan
Multiple common and plantar warts, increasing in number and painful.
- LN2 to all 17 today after paring of the plantar ones.
- Nightly salicylic acid 40% pads on the feet.
- Next visit: if still spreading, consider oral cimetidine - not started today.

Procedure Documentation
Cryotherapy to 17 warts (hands 9, R sole 5, L sole 3), 2 freeze-thaw cycles. Tolerated. Blister care reviewed
with mom in Spanish.

Electronically Signed By: Ines Castellanos, MD 11/06/2025 16:10 CST
""",
    "expected": E([L("17111")], topics=["coding-correction"]),
    "coder_note": "17 benign lesions destroyed -> 17111 x1 (15 or more), replacing the pre-coded 17110.",
})

SCENARIOS.append({
    "id": "s33-ds-ak-sixteen-dual-17004",
    "family": "destruction", "shape": "note-only",
    "description": "Retired farmworker, 16 AKs (face 7, scalp 5, dorsal hands 4) destroyed with LN2 -> 17004; "
                   "Medicare-Medicaid dual",
    "date": "2026-01-13",
    "patient": ("Salinas", "Eusebio", "1951-03-02", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, multiple", "L57.0", "Face, scalp, dorsal hands", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Clinic Note
Patient: SALINAS, EUSEBIO     74 y/o M     DOS 01/13/2026
Insurance: Medicare Part B / Texas Medicaid (dual)
Interpreter: Spanish, in person (ID 2213)

Chief Complaint
"Las manchitas asperas en la cara y las manos otra vez."

History of Present Illness
Retired farmworker (onions and citrus, 40 years outdoors). Hx BCC L cheek excised 2022, no recurrence.
Rough spots returning on face, scalp, hands, some sting in the sun. Last cryo 7 months ago.

Physical Exam
Gritty erythematous scaly papules: face 7 (forehead 3, R cheek 2, nose 1, L temple 1), scalp 5 (vertex,
balding), dorsal hands 4 (R 3, L 1). Total 16. No indurated or ulcerated lesions; L cheek scar without
recurrence. Forearms with several thin pink scaly patches, not treated today.

Assessment/Plan
1. AKs x 16 - LN2 today.
2. Forearm thin AKs/field damage: discussed 5-FU cream for the forearms after the summer; he will think about it.
   Not prescribed today.
3. Hx BCC - no evidence of recurrence. Sunscreen, wide-brim hat (sombrero) daily.
RTC 6 months, full skin check.

Procedure Documentation
Cryosurgery of actinic keratoses, 16 lesions, LN2 spray, 1 freeze-thaw cycle 5-8 s each. Consent verbal in
Spanish. No complications.

Electronically Signed By: Rafael Santos, MD 01/13/2026 11:02 CST
""",
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "16 premalignant lesions -> 17004 x1 instead of 17000 + 17003 (DS-1). Forearm 5-FU is a future "
                  "option only.",
})

SCENARIOS.append({
    "id": "s33-ds-ak-isk-methotrexate-em25-no-g2211",
    "family": "destruction", "shape": "free-text",
    "description": "Winter Texan on methotrexate: psoriasis visit (99214-25) + LN2 to 4 AKs and 2 inflamed SKs; XS on "
                   "17000/17003; G2211 listed by provider dropped; Medicare FFS",
    "date": "2026-02-10",
    "patient": ("Lindahl", "Marjorie", "1956-08-19", "female"),
    "provider": "ramirez", "payer": "medicare", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis on methotrexate", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Forehead, nose, right ear", reason=True),
        C("c3", "Inflamed seborrheic keratosis", "L82.0", "Back", reason=True),
    ],
    "procedures": [
        P("Cryo AKs", site="Forehead x2, nasal dorsum x1, R helix x1",
          note="LN2, 4 AKs.", reasons=["c2"]),
        P("Cryo ISKs", site="Mid back x1, L lower back x1",
          note="LN2 to 2 inflamed seborrheic keratoses, red, crusted, itchy, catching on bra line.",
          reasons=["c3"]),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """Valle Dermatology Associates - McAllen
PowerChart Progress Note     DOS 02/10/2026     Sofia Ramirez, MD

Chief Complaint
Psoriasis follow-up on methotrexate; rough spots on face; itchy bumps on back.

History of Present Illness
69 y/o F, winter resident from Minnesota (here Nov-Apr), Original Medicare. Plaque psoriasis on methotrexate
15 mg weekly + folic acid since 2023 (prescribed by me). Mild flare of elbows/knees since arriving. Labs
drawn 01/30: CBC normal, AST 52 / ALT 61 (up from 30s), creatinine normal. Drinks 1-2 glasses of wine weekly.
Also rough spots on face and 2 itchy bumps on back that get caught on the bra and bleed.

Physical Exam
Psoriasis: plaques elbows/knees, BSA ~4%. Scalp mild.
Face/ear: 4 AKs (forehead 2, nasal dorsum 1, R helix 1).
Back: 2 inflamed SKs, 0.8 and 1.0 cm, erythematous base, crust, excoriated.

Assessment/Plan
1. Psoriasis on MTX with transaminase elevation - reduce MTX to 10 mg weekly, stop alcohol, repeat CMP in
   4 weeks; if LFTs stay > 2x ULN will switch to apremilast. Clobetasol ointment for elbows/knees refilled.
2. AKs x4 - LN2 today.
3. Inflamed SKs x2 on back, symptomatic - LN2 today.
Charges entered by provider: 99214-25, G2211, cryo x 2 procedures.

Electronically Signed By: Sofia Ramirez, MD 02/10/2026 12:55 CST
""",
    "expected": E([L("99214", 1, "25"), L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")]),
    "coder_note": "MTX toxicity monitoring/dose change -> separately identifiable 99214-25. G2211 is not payable with a "
                  "modifier-25 E/M (EM-6). 4 AKs -> 17000 + 17003 x3; 2 ISKs -> 17110. 17110/17000 and 17110/17003 are "
                  "indicator 1 and the lesions differ -> XS on 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s33-nl-ingrown-phenol-matrixectomy-right-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Teen with third episode of R great toe lateral ingrown nail: partial avulsion + phenol "
                   "matrixectomy for permanent removal -> 11750-T5; Texas Medicaid",
    "date": "2025-09-30",
    "patient": ("Barrera", "Emiliano", "2010-04-11", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, lateral border", "L60.0", "Right great toe", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Procedure Note
Patient: BARRERA, EMILIANO    15 y/o M    DOS 09/30/2025
With father; bilingual, no interpreter needed.

Chief Complaint
"La uña del dedo gordo otra vez se me enterro."

History of Present Illness
R great toe lateral nail border ingrown, 3rd episode this year. Two prior courses of cephalexin from the
school clinic. Plays football; pain with cleats. No diabetes. Medial border and L foot fine.

Physical Exam
R hallux: lateral nail fold erythema, edema, mild hypergranulation, no abscess, no streaking. Medial border
normal. L hallux normal.

Assessment/Plan
Recurrent ingrown toenail R hallux, lateral border - permanent correction today (partial nail avulsion with
chemical matrixectomy of the lateral border).
- No antibiotics now (no cellulitis).
- If the medial border ever becomes ingrown, same procedure can be done there - not needed now.
- Soaks BID, bacitracin, open-toe shoe 1 week.

Procedure Documentation
Digital block R hallux with 1% lidocaine plain, 4 mL. Tourniquet.
Lateral 3 mm strip of the nail plate freed and avulsed to the matrix. Phenol 89% applied to the lateral matrix
x 3 applications of 30 s, neutralized with alcohol, for permanent removal of the lateral nail border.
Tourniquet off, hemostasis good, dressing applied.

Electronically Signed By: Rafael Santos, MD 09/30/2025 15:20 CDT
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Partial nail + matrix removal for permanent removal (phenol matrixectomy) -> 11750; the avulsion of "
                  "the same border is included. Right great toe -> T5.",
})

SCENARIOS.append({
    "id": "s33-nl-avulsion-two-left-toes-precoded-11730x2",
    "family": "nails", "shape": "pre-coded",
    "description": "Total avulsion of L great toe and L second toe nails (painful dystrophic nails); pre-coded 11730 "
                   "x2 -> 11730-TA + 11732-T1; Aetna HMO",
    "date": "2025-10-16",
    "patient": ("Chapa", "Gilberto", "1981-12-01", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Onychomycosis with painful dystrophic nails", "B35.1", "Left great toe; left second toe",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate", cpt="11730", site="Left great toe",
          note="Total avulsion, digital block.", reasons=["c1"]),
        P("Avulsion of nail plate", cpt="11730", site="Left second toe",
          note="Total avulsion, digital block.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Valle Dermatology Associates - Harlingen      PowerChart Procedure Note
DOS 10/16/2025      Ines Castellanos, MD

Chief Complaint
Thick painful toenails L foot, "no me caben los zapatos de trabajo" (steel-toe boots).

History of Present Illness
44 y/o M, warehouse worker. L great toe and L 2nd toe nails thick, lifted, painful in boots for 1 year.
Culture 09/2025: Trichophyton rubrum. Failed 3 months of efinaconazole. Terbinafine discussed - he prefers to
wait until his LFTs are rechecked by PCP (fatty liver). No diabetes.

Physical Exam
L hallux and L 2nd toe: thick yellow dystrophic nails with subungual debris and onycholysis, tender to
pressure. Other nails normal.

Assessment/Plan
Painful dystrophic onychomycotic nails L hallux and L 2nd toe - total avulsion of both plates today to relieve
pain and allow topical therapy to reach the bed. Restart efinaconazole to the beds after healing.
Terbinafine: revisit after PCP labs (not prescribed today).

Procedure Documentation
Digital blocks L hallux and L 2nd toe, 1% lidocaine plain 3 mL each. Nail elevator; both nail plates avulsed
completely. Matrix left intact (not a permanent procedure). Hemostasis with pressure, Xeroform, dressing.
Plates discarded.

Electronically Signed By: Ines Castellanos, MD 10/16/2025 14:35 CDT
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], topics=["coding-correction"]),
    "coder_note": "Second nail avulsed at the same session is the add-on 11732, not a second 11730. Digit modifiers: "
                  "left great toe TA, left second toe T1.",
})

SCENARIOS.append({
    "id": "s33-nl-debride-seven-nails-pare-two-calluses-xs",
    "family": "nails", "shape": "free-text",
    "description": "Diabetic with neuropathy: debridement of 7 mycotic toenails + paring of 2 plantar calluses -> "
                   "11056 + 11721-XS; Texas Medicaid",
    "date": "2025-12-16",
    "patient": ("Elizondo", "Herminia", "1963-02-27", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Onychomycosis, toenails", "B35.1", "Toenails bilateral", reason=True),
        C("c2", "Callus, plantar", "L84", "R first met head; L heel", reason=True),
        C("c3", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "procedures": [
        P("Debridement mycotic toenails", site="R 1-4, L 1-3",
          note="Seven thick, dystrophic, mycotic nails mechanically debrided in thickness and length with "
               "nippers and burr.", reasons=["c1"]),
        P("Paring of calluses", site="R plantar first metatarsal head; L heel",
          note="Two painful hyperkeratotic calluses pared with 15 blade.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Foot Care Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - McALLEN
PowerChart Foot Care Visit
Patient: ELIZONDO, HERMINIA   62 y/o F   DOS 12/16/2025
Insurance: Texas Medicaid (STAR+PLUS)
Interpreter: Spanish, phone (ID 8812)

Chief Complaint
"Las uñas gruesas y los callos me duelen al caminar."

History of Present Illness
DM2 x 15 yrs with peripheral neuropathy (monofilament loss both feet, PCP note 10/2025), A1c 8.4. Thick
toenails she cannot cut; painful callus under R big toe joint and L heel. No open sores.

Physical Exam
Nails: R 1st-4th and L 1st-3rd toenails thick (3-5 mm), yellow, crumbly, subungual debris. R 5th, L 4th-5th
normal.
Skin: R plantar 1st MTH hyperkeratotic callus 1.5 cm, L heel callus 2 cm, no ulceration beneath after paring.
Pulses palpable DP/PT bilaterally. Protective sensation absent.

Assessment/Plan
1. Onychomycosis, 7 nails, painful, in a diabetic with neuropathy - debridement today.
2. Plantar calluses x2 - paring today.
3. Diabetic foot: daily inspection, diabetic shoes Rx, podiatry referral for custom insoles.
RTC 10 weeks.

Electronically Signed By: Sofia Ramirez, MD 12/16/2025 10:40 CST
""",
    "expected": E([L("11056"), L("11721", 1, "XS")]),
    "coder_note": "7 nails -> 11721 (6 or more); 2 calluses -> 11056 (2-4). 11056/11721 is PTP indicator 1 and nails vs "
                  "plantar skin are different sites -> XS on the column-2 11721. No digit modifiers on 11720/11721 "
                  "(conventions list them for 11730/11732/11750).",
})

SCENARIOS.append({
    "id": "s33-nl-index-avulsion-declined-matrix-biopsy",
    "family": "nails", "shape": "free-text",
    "description": "R index fingernail avulsion after car-door injury (11730-F6); recommended matrix biopsy of L thumb "
                   "melanonychia declined by patient; Cigna",
    "date": "2025-11-20",
    "patient": ("Galvan", "Rosaura", "1974-10-06", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Onycholysis with painful partially detached nail, right index finger", "L60.1",
          "Right index finger", reason=True),
        C("c2", "Longitudinal melanonychia, left thumb", "L60.8", "Left thumb nail"),
    ],
    "procedures": [
        P("Nail avulsion", site="Right index finger",
          note="Partially detached, painful nail plate removed completely after digital block.", reasons=["c1"]),
        P("Nail matrix biopsy", site="Left thumb", status="not-done",
          note="Recommended for 3 mm longitudinal band. Patient declined today - 'no quiero biopsia de la uña'. "
               "Photos taken for monitoring.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Visit",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Clinic Visit      DOS 11/20/2025      Rafael Santos, MD

Chief Complaint
R index fingernail "se esta despegando y me duele"; dark line on L thumbnail.

History of Present Illness
51 y/o F, established. Caught R index finger in car door 2 weeks ago. Nail now loose, catches on clothes,
painful; old subungual blood. Separately, a brown line on the L thumbnail noticed by her daughter 6 months ago,
unsure if it changed.

Physical Exam
R index: nail plate detached over 70%, lifting distally, tender, old hematoma resolving; no fracture signs,
full ROM (x-ray at urgent care 11/07 negative).
L thumb: 3 mm uniform light-brown longitudinal band, regular borders, no Hutchinson sign.

Assessment/Plan
1. Traumatic onycholysis R index - remove the loose plate today.
2. Longitudinal melanonychia L thumb - recommended nail matrix biopsy to rule out melanoma. Risks and
   benefits discussed with interpreter present. Patient declined the biopsy today: "no quiero biopsia de la
   uña, me da miedo". Dermoscopy photos taken; recheck in 3 months, sooner if widening. Will re-offer biopsy.

Procedure Documentation
Digital block R index (1% lidocaine plain 3 mL). Freer elevator under the plate and along the folds; entire
nail plate avulsed. Bed intact. Petrolatum and non-adherent dressing.

Electronically Signed By: Rafael Santos, MD 11/20/2025 11:15 CST
""",
    "expected": E([L("11730", 1, "F6")]),
    "coder_note": "Only the avulsion was done -> 11730 with F6 (right hand, second digit). The matrix biopsy (11755) "
                  "was declined and not performed; no E/M selected.",
})

SCENARIOS.append({
    "id": "s33-pr-three-calluses-precoded-11055x3",
    "family": "paring", "shape": "pre-coded",
    "description": "Three painful calluses pared; provider pre-coded 11055 x3 -> 11056 x1; Texas Medicaid",
    "date": "2025-10-29",
    "patient": ("Cuellar", "Ramiro", "1967-05-15", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring callus", cpt="11055", site="R plantar 2nd met head", reasons=["c1"]),
        P("Paring callus", cpt="11055", site="R plantar 5th met head", reasons=["c1"]),
        P("Paring callus", cpt="11055", site="L hallux medial IPJ", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Paring",
    "note": """Valle Dermatology Associates - Harlingen        PowerChart
Procedure Note        DOS 10/29/2025        Ines Castellanos, MD

Chief Complaint
"Los callos me duelen mucho en el trabajo" - stands 10 h/day at a packing shed.

History of Present Illness
58 y/o M, calluses returning every 2-3 months. Not diabetic (A1c 5.4 in June). No numbness.

Physical Exam
Painful hyperkeratotic calluses: R plantar 2nd MTH 1.2 cm, R plantar 5th MTH 1.0 cm, L hallux medial IPJ
0.8 cm. No warty capillaries, no ulceration.

Assessment/Plan
Painful calluses x 3 - pared today with 15 blade. Urea 40% cream nightly, cushioned insoles, wider work boots.
RTC as needed.

Procedure Documentation
Paring of 3 benign hyperkeratotic lesions with #15 blade until normal skin lines, no bleeding.

Electronically Signed By: Ines Castellanos, MD 10/29/2025 09:05 CDT
""",
    "expected": E([L("11056")], topics=["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "Paring is coded by lesion count per session: 3 lesions -> 11056 x1 (2-4), not 11055 x3.",
})

SCENARIOS.append({
    "id": "s33-pr-five-corns-plus-plantar-wart-cryo",
    "family": "paring", "shape": "note-only",
    "description": "Five corns/calluses pared (11057) plus a separate R heel plantar wart pared and frozen (17110); "
                   "XS on 11057; Cigna",
    "date": "2026-01-22",
    "patient": ("Leal", "Yolanda", "1978-09-09", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Both feet", reason=True),
        C("c2", "Plantar wart, right heel", "B07.0", "Right heel", reason=True),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Clinic Note
Patient: LEAL, YOLANDA    47 y/o F    DOS 01/22/2026

Chief Complaint
Painful corns and a "mezquino" on the heel.

History of Present Illness
Schoolteacher, on her feet all day. Corns on the little toes and calluses on the balls of both feet, painful.
A heel "mezquino" (wart) for 6 months, painful with walking, grew from 3 mm to 8 mm.

Physical Exam
Heloma durum: R 5th toe dorsolateral, L 5th toe dorsolateral. Calluses: R plantar 1st MTH, L plantar 1st MTH,
L plantar 2nd MTH. Total 5 hyperkeratotic lesions, no pinpoint vessels.
R heel: 8 mm verrucous papule with thrombosed capillaries and loss of skin lines - plantar wart, separate
from the calluses.

Assessment/Plan
1. Corns/calluses x5 - pared today.
2. Plantar wart R heel - pared down then LN2 today.
Toe sleeves, wider shoes, urea cream. Salicylic acid on the wart nightly. RTC 4 weeks for repeat cryo.

Procedure Documentation
1) Paring, 5 corns/calluses, #15 blade.
2) Plantar wart R heel: hyperkeratosis pared with #15 blade to expose the wart, then LN2 x 2 freeze-thaw
   cycles.
No complications.

Electronically Signed By: Rafael Santos, MD 01/22/2026 15:30 CST
""",
    "expected": E([L("17110"), L("11057", 1, "XS")]),
    "coder_note": "Five corns/calluses -> 11057 (more than 4); paring the wart before freezing is part of 17110 and does "
                  "not make a sixth paring lesion. 17110/11057 is indicator 1 with 11057 as column 2; separate lesions "
                  "-> XS on 11057.",
})

SCENARIOS.append({
    "id": "s33-pr-single-callus-diabetic-pad-html",
    "family": "paring", "shape": "free-text",
    "description": "Diabetic with PAD, one painful callus under L 5th met head pared (11055); HTML PowerChart note; "
                   "Medicare Advantage PPO",
    "date": "2025-12-04",
    "patient": ("Montemayor", "Ezequiel", "1954-07-23", "male"),
    "provider": "ramirez", "payer": "medicare-advantage-ppo", "minutes": 15,
    "conditions": [
        C("c1", "Callus, plantar left fifth metatarsal head", "L84", "Left plantar 5th MTH", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene", "E11.51"),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesion", site="Left plantar 5th metatarsal head",
          note="Single painful callus pared with 15 blade; no pre-ulcerative changes underneath.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "html": True,
    "note": """<html><body>
<h3>VALLE DERMATOLOGY ASSOCIATES - McALLEN</h3>
<p><b>PowerChart Procedure Note</b> &nbsp; DOS 12/04/2025 &nbsp; Sofia Ramirez, MD</p>
<p><b>Chief Complaint</b><br/>"El callo del pie izquierdo me duele como piedrita."</p>
<p><b>History of Present Illness</b><br/>71 y/o M, DM2 with peripheral arterial disease (ABI 0.72 L, vascular
surgery following). Painful callus under the L little-toe joint for 2 months. No ulcers ever.</p>
<table border="1">
<tr><th>Site</th><th>Finding</th><th>Treatment</th></tr>
<tr><td>L plantar 5th MTH</td><td>Callus 1.4 cm, painful, no maceration</td><td>Pared, #15 blade</td></tr>
<tr><td>R foot</td><td>No calluses, skin intact</td><td>None</td></tr>
<tr><td>Toenails</td><td>Normal thickness, trimmed by patient's daughter</td><td>None (no debridement)</td></tr>
</table>
<p><b>Assessment/Plan</b><br/>
1. Painful callus L 5th MTH in a diabetic with PAD - pared today, offloading pad applied.<br/>
2. PAD - keeps vascular follow-up; daily foot checks reviewed with daughter.<br/>
RTC 8 weeks.</p>
<p>Electronically Signed By: Sofia Ramirez, MD 12/04/2025 10:12 CST</p>
</body></html>
""",
    "expected": E([L("11055")], dx={"11055": ["L84"]}),
    "coder_note": "One callus -> 11055. Medicare Advantage: no ABN/G-modifiers. Toenails not debrided.",
})

# =============================================================================================================
# Batch 3: phototherapy courses, biopsies (declined parts), cosmetic
# =============================================================================================================

SCENARIOS.append({
    "id": "s33-ph-nbuvb-session-18-medicaid",
    "family": "phototherapy", "shape": "note-only",
    "description": "NB-UVB session #18 of a psoriasis course (actinotherapy), nurse-delivered under supervision; "
                   "Texas Medicaid",
    "date": "2025-11-10",
    "patient": ("Alaniz", "Ruben", "1986-03-03", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 15% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart - Phototherapy Treatment Record (Nursing)
Patient: ALANIZ, RUBEN   39 y/o M   DOS 11/10/2025
Supervising physician (on site): Ines Castellanos, MD

Diagnosis: plaque psoriasis, ~15% BSA at start of course (09/29/2025).
Modality: narrowband UVB (311 nm), full-body cabinet. Course: 3x/week, planned 30 sessions.
Session today: #18.

Pre-treatment check
- Erythema from last session: none. Burning/itching: "nada, ya no me pica tanto".
- New meds: none. Photosensitizers: none. Eye protection and genital shielding: yes.
- Face shielded per protocol.

Treatment
Previous dose 1,050 mJ/cm2 -> today 1,100 mJ/cm2 (+5%, per protocol). Time 2 min 41 s. Completed without
interruption.

Post-treatment: no erythema, pt tolerated well.
Response: BSA now ~6%, plaques thinner on trunk; elbows/knees still thick.
Plan: continue 3x/week. Physician review at session #24 (scheduled) - no physician visit today.

Nurse: M. Tijerina, LVN      Co-signed: Ines Castellanos, MD 11/10/2025 17:40 CST
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "NB-UVB without tar/petrolatum or psoralen = actinotherapy 96900, one unit per session. No E/M.",
})

SCENARIOS.append({
    "id": "s33-ph-goeckerman-with-nurse-99211-precoded",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Goeckerman (coal tar + UVB) session with a nurse-visit 99211 on the encounter; 96910/99211 is "
                   "indicator 0 -> 99211 removed; Medicare-Medicaid dual",
    "date": "2025-12-11",
    "patient": ("Benavides", "Gloria", "1959-11-21", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15, "em": "99211",
    "conditions": [
        C("c1", "Psoriasis vulgaris, severe, 18% BSA", "L40.0", "Trunk, arms, legs", reason=True),
    ],
    "procedures": [
        P("Goeckerman treatment - crude coal tar 2% in petrolatum + UVB", cpt="96910",
          site="Whole body",
          note="Tar applied 2 h, removed, broadband UVB 45 mJ/cm2. Session 9 of course.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Nursing Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Phototherapy Nursing Note
Patient: BENAVIDES, GLORIA    66 y/o F    DOS 12/11/2025
Coverage: Medicare Part B primary, Texas Medicaid secondary
Supervising MD on site: Rafael Santos, MD

Reason: Goeckerman day treatment, session 9 (course started 11/20/2025).
Vitals: BP 132/78. No new complaints. "Ya me siento mejor, ya no me sangran las rodillas."
Tar: crude coal tar 2% in petrolatum applied to all plaques, occluded 2 hours, removed with mineral oil.
UVB: broadband, 45 mJ/cm2 (increase from 40).
Skin check by RN: no folliculitis, no burn.
Plan: continue Mon/Wed/Thu. Dr. Santos will see her at session 15.
Nurse visit level entered: 99211 (RN assessment).

Nurse: A. Reséndez, RN     Co-signed: Rafael Santos, MD 12/11/2025 16:05 CST
""",
    "expected": E([L("96910")], topics=["ncci"]),
    "coder_note": "96910/99211 is PTP indicator 0: the nurse-visit E/M is never payable with the Goeckerman session -> "
                  "99211 removed (ncci).",
})

SCENARIOS.append({
    "id": "s33-ph-puva-no-conventional-trial-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA session 1 for moderate psoriasis without failed conventional therapy, ABN signed -> 96912-GA; "
                   "Medicare FFS",
    "date": "2026-01-08",
    "patient": ("Quintanilla", "Heriberto", "1955-06-14", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 8% BSA", "L40.0", "Trunk and legs", reason=True),
    ],
    "procedures": [
        P("PUVA - oral methoxsalen + UVA", site="Full body",
          note="Methoxsalen 40 mg PO 1.5 h before; UVA 0.5 J/cm2 first session. Eye protection 24 h.",
          reasons=["c1"]),
    ],
    "note_title": "Phototherapy Initiation Note",
    "note": """Valle Dermatology Associates - McAllen
PowerChart Phototherapy Initiation     DOS 01/08/2026     Sofia Ramirez, MD

History
70 y/o M, Original Medicare (no Medicaid). Plaque psoriasis ~8% BSA, trunk and legs. Used clobetasol for
2 weeks last year, "no me gusto la crema". Never had NB-UVB or systemic therapy. Works part time, not limited
in daily activities. He asks specifically for "la luz con la pastilla" (PUVA) - his cousin in Monterrey had it.

Discussion
Explained that Medicare covers PUVA only for severe, disabling psoriasis after other treatments have failed,
which is not his situation; recommended NB-UVB or a topical/systemic trial first. He wants PUVA anyway.
ABN (CMS-R-131) explained in Spanish, option 1 chosen, signed and scanned.

Treatment today (session 1)
Methoxsalen 40 mg (0.6 mg/kg) PO 1.5 h before exposure. Full-body UVA 0.5 J/cm2. UV goggles, face covered.
Tolerated. Wrap-around UVA sunglasses for 24 h.

Plan: PUVA 2x/week; LFTs and eye exam baseline ordered. No E/M billed today.

Electronically Signed By: Sofia Ramirez, MD 01/08/2026 13:22 CST
""",
    "expected": E([L("96912", 1, "GA")]),
    "coder_note": "NCD 250.1: PUVA only for intractable, disabling psoriasis after failed conventional therapy - not met; "
                  "ABN on file, Medicare FFS -> GA (tests/corpus README GA/GZ decision).",
})

SCENARIOS.append({
    "id": "s33-ph-excimer-140-sqcm-precoded-96921",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer 308 nm to elbows/knees, total 140 sq cm; pre-coded 96921 -> 96920; HTML table note; "
                   "commercial UHC",
    "date": "2025-10-27",
    "patient": ("Garza", "Alondra", "1996-12-12", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment psoriasis", cpt="96921", site="Bilateral elbows and knees",
          note="Treatment #6. Areas per flowsheet.", reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment Note",
    "html": True,
    "note": """<html><body>
<p><b>VALLE DERMATOLOGY ASSOCIATES - HARLINGEN</b><br/>PowerChart - Excimer Laser Flowsheet</p>
<p>Patient: GARZA, ALONDRA &nbsp; 28 y/o F &nbsp; DOS 10/27/2025 &nbsp; Provider: Ines Castellanos, MD</p>
<p><b>Indication:</b> localized plaque psoriasis, &lt;5% BSA, failed 4 months of clobetasol/calcipotriene.
Treatment #6 of planned 12 (2x/week).</p>
<table border="1">
<tr><th>Site</th><th>Area treated (sq cm)</th><th>Dose (mJ/cm2)</th><th>Response</th></tr>
<tr><td>R elbow</td><td>35</td><td>500</td><td>thinner</td></tr>
<tr><td>L elbow</td><td>30</td><td>500</td><td>thinner</td></tr>
<tr><td>R knee</td><td>40</td><td>550</td><td>mild erythema</td></tr>
<tr><td>L knee</td><td>35</td><td>550</td><td>unchanged</td></tr>
<tr><td><b>Total</b></td><td><b>140</b></td><td></td><td></td></tr>
</table>
<p>No blistering from prior session. Pt: "ya casi no me pica". Continue 2x/week, increase knees 10% next time.</p>
<p>Electronically Signed By: Ines Castellanos, MD 10/27/2025 08:50 CDT</p>
</body></html>
""",
    "expected": E([L("96920")], topics=["coding-correction"]),
    "coder_note": "Excimer is coded by total area treated per session: 140 sq cm -> 96920 (<250 sq cm), not 96921.",
})

SCENARIOS.append({
    "id": "s33-bx-back-punch-arm-biopsy-declined",
    "family": "biopsy", "shape": "note-only",
    "description": "Two punch biopsies planned; patient consented only to the changing back mole and declined the "
                   "forearm biopsy -> 11104 x1; Texas Medicaid",
    "date": "2025-09-18",
    "patient": ("Tijerina", "Norma", "1980-02-14", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Changing pigmented lesion, upper back", None, "Upper back", reason=True),
        C("c2", "Scaly pink papule, right forearm", None, "Right dorsal forearm"),
    ],
    "path": [
        {"text": "Skin, upper back, punch biopsy: junctional melanocytic nevus with mild cytologic atypia; "
                 "lesion extends to a lateral margin.", "site": "Upper back", "date": "2025-09-24"},
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - McALLEN
PowerChart Clinic Note
Patient: TIJERINA, NORMA   45 y/o F   DOS 09/18/2025
Interpreter: Spanish, in person (ID 4471)

Chief Complaint
"El lunar de la espalda cambio de color" and a rough spot on the R arm.

History of Present Illness
Husband noticed a mole on her upper back getting darker over 4 months. Also a pink scaly spot on the
R forearm x 3 months, no bleeding. No personal or family history of skin cancer.

Physical Exam
Upper back: 7 mm irregularly pigmented macule, two shades of brown, asymmetric network on dermoscopy.
R dorsal forearm: 6 mm pink scaly papule - ddx ISK vs SCC in situ vs inflamed AK.

Assessment/Plan
1. Changing pigmented lesion, upper back - punch biopsy today.
2. Pink scaly papule R forearm - recommended biopsy as well. Pt declined this one: "no quiero biopsia en el
   brazo, mejor una crema". Will try triamcinolone 0.1% cream BID x 2 weeks and recheck in 6 weeks; biopsy
   if not resolved. Consent for biopsy #2 was NOT signed.
3. Sun protection counseling.

Procedure Documentation
Punch biopsy, upper back. Consent signed (Spanish). 1% lidocaine w/ epi 1 mL. 4 mm punch, specimen to
pathology. Closed with 2 simple interrupted 4-0 nylon. Vaseline, bandage. Suture removal 10-14 days.

Electronically Signed By: Sofia Ramirez, MD 09/18/2025 11:48 CDT
""",
    "expected": E([L("11104")]),
    "coder_note": "Only one punch biopsy was performed; the forearm biopsy was declined (not coded). Simple closure is "
                  "included in 11104. No E/M selected.",
})

SCENARIOS.append({
    "id": "s33-bx-shin-punch-cheek-scalp-tangential",
    "family": "biopsy", "shape": "free-text",
    "description": "Punch biopsy L shin + tangential biopsies R cheek and vertex scalp -> 11104 + 11103 x2; "
                   "Medicare-Medicaid dual",
    "date": "2025-10-30",
    "patient": ("Escobedo", "Santiago", "1947-08-08", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Neoplasm of uncertain behavior, left shin", None, "Left anterior shin", reason=True),
        C("c2", "Lesion of right cheek", None, "Right cheek", reason=True),
        C("c3", "Lesion of vertex scalp", None, "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", site="Left anterior shin",
          note="1.2 cm keratotic nodule, r/o SCC. 4 mm punch through dermis, 1 suture.", reasons=["c1"]),
        P("Shave biopsy", site="Right cheek",
          note="6 mm pearly papule, r/o BCC. Tangential biopsy with DermaBlade, AlCl3.", reasons=["c2"]),
        P("Shave biopsy", site="Vertex scalp",
          note="8 mm hyperkeratotic papule, r/o SCC vs hypertrophic AK. Tangential biopsy.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Skin, left shin, punch: squamous cell carcinoma, well differentiated, extending to base.",
         "site": "Left anterior shin", "date": "2025-11-04"},
        {"text": "B. Skin, right cheek, shave: basal cell carcinoma, nodular type.", "site": "Right cheek",
         "date": "2025-11-04"},
        {"text": "C. Skin, vertex scalp, shave: hypertrophic actinic keratosis.", "site": "Vertex scalp",
         "date": "2025-11-04"},
    ],
    "note_title": "Dermatology Biopsy Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Biopsy Visit
Patient: ESCOBEDO, SANTIAGO    78 y/o M    DOS 10/30/2025
Coverage: Medicare Part B + Texas Medicaid (QMB)
Interpreter: son interprets per pt preference (offered certified interpreter - declined)

Chief Complaint
Three growths: L shin, R cheek, top of head.

History of Present Illness
Former rancher. L shin bump growing 3 months, tender. R cheek shiny bump that bleeds with shaving. Scalp
rough spot. No prior skin cancer. On apixaban for AFib - not held.

Physical Exam
L anterior shin: 1.2 cm keratotic nodule. R cheek: 6 mm pearly telangiectatic papule. Vertex scalp: 8 mm
hyperkeratotic papule on a background of AKs.

Assessment/Plan
Three lesions suspicious for NMSC - biopsy all three today (1 punch, 2 shave). Will call with results; treatment
(excision/Mohs/ED&C) to be decided on the path. Background scalp AKs not treated today - pt wants to wait
for results first.

Electronically Signed By: Rafael Santos, MD 10/30/2025 14:50 CDT
""",
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary; each tangential biopsy -> 11103 (allowed with "
                  "11104). No AK treatment.",
})

SCENARIOS.append({
    "id": "s33-bx-two-shaves-precoded-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two tangential biopsies pre-coded with the deleted 11100/11101 -> 11102 + 11103; commercial BCBS",
    "date": "2025-11-25",
    "patient": ("Cantu", "Isabel", "1992-01-31", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Atypical-appearing nevus, left shoulder", None, "Left shoulder", reason=True),
        C("c2", "Atypical-appearing nevus, right flank", None, "Right flank", reason=True),
    ],
    "procedures": [
        P("Biopsy skin lesion, single", cpt="11100", site="Left shoulder",
          note="Shave biopsy (saucerization) 5 mm irregular nevus.", reasons=["c1"]),
        P("Biopsy skin lesion, each additional", cpt="11101", site="Right flank",
          note="Shave biopsy 6 mm nevus with eccentric pigment.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left shoulder, shave: compound dysplastic nevus, mild atypia, margins clear.",
         "site": "Left shoulder", "date": "2025-12-01"},
        {"text": "B. Right flank, shave: compound melanocytic nevus, no atypia.", "site": "Right flank",
         "date": "2025-12-01"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Valle Dermatology Associates - Harlingen     PowerChart Procedure Note
DOS 11/25/2025     Ines Castellanos, MD

33 y/o F, many nevi, mother had melanoma at 52. Two nevi look different from the rest ("ugly ducklings"):
L shoulder 5 mm with irregular border, R flank 6 mm with eccentric pigment.
Plan: tangential (saucerization) biopsies of both, full-skin check next visit.
Procedure: consent signed. Lidocaine w/ epi. Saucerization biopsy of each lesion with DermaBlade to mid dermis.
AlCl3 hemostasis. Specimens A and B to pathology.
Charges (superbill template, old): 11100, 11101.

Electronically Signed By: Ines Castellanos, MD 11/25/2025 15:15 CST
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 12/31/2018 (BX-1); two tangential biopsies -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s33-bx-nasal-bcc-shave-declined-excision-and-cryo",
    "family": "biopsy", "shape": "free-text",
    "description": "Shave biopsy of a R nasal sidewall papule; patient declined same-day excision and declined LN2 of "
                   "hand AKs -> 11102 only; Medicare Advantage",
    "date": "2025-12-18",
    "patient": ("Farias", "Consuelo", "1945-05-05", "female"),
    "provider": "ramirez", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal sidewall", reason=True),
        C("c2", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands"),
    ],
    "procedures": [
        P("Tangential biopsy", site="Right nasal sidewall",
          note="5 mm pearly papule; shave biopsy to mid dermis, AlCl3.", reasons=["c1"]),
        P("Cryotherapy AKs", site="Dorsal hands", status="not-done",
          note="Offered; patient declined today.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right nasal sidewall, shave biopsy: basal cell carcinoma, nodular type, extending to the "
                 "deep margin.", "site": "Right nasal sidewall", "date": "2025-12-23"},
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - McALLEN
PowerChart Clinic Note    DOS 12/18/2025    Sofia Ramirez, MD
Patient: FARIAS, CONSUELO   80 y/o F   Humana Gold Plus (Medicare Advantage)
Interpreter: granddaughter (pt declined certified interpreter)

Chief Complaint
"Un granito en la nariz que no se quita."

History of Present Illness
Shiny bump on the R side of the nose for 8 months, bleeds sometimes. Also rough spots on the backs of both
hands.

Physical Exam
R nasal sidewall: 5 mm pearly papule with arborizing vessels. Dorsal hands: ~6 gritty AKs.

Assessment/Plan
1. Papule R nasal sidewall, clinically BCC. Options discussed: biopsy today and treat later vs excision today.
   She does NOT want surgery today ("hoy no, solo la biopsia") - shave biopsy done. If BCC, refer to
   Dr. Castellanos for Mohs.
2. AKs dorsal hands - offered LN2; she declined ("no quiero que me congele las manos hoy"). Will re-offer at
   follow-up.
RTC after pathology.

Procedure Documentation
Tangential (shave) biopsy R nasal sidewall, lidocaine w/ epi, DermaBlade, AlCl3. Specimen to path.

Electronically Signed By: Sofia Ramirez, MD 12/18/2025 10:30 CST
""",
    "expected": E([L("11102")], dx={"11102": ["C44.311"]}),
    "coder_note": "Only the tangential biopsy was performed; same-day excision and AK cryotherapy were declined (not "
                  "coded). Pathology available -> C44.311 (DX-2). Mohs is a future referral.",
})

SCENARIOS.append({
    "id": "s33-cos-face-sks-appearance-voluntary-abn-gy-gx",
    "family": "cosmetic", "shape": "note-only",
    "description": "Three asymptomatic facial SKs frozen for appearance only, voluntary ABN signed -> 17110-GY-GX; "
                   "Medicare FFS",
    "date": "2026-02-03",
    "patient": ("Ochoa", "Amparo", "1953-10-10", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face", "L82.1", "Left temple, right cheek", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Valle Dermatology Associates - Harlingen
PowerChart Procedure Note     DOS 02/03/2026     Ines Castellanos, MD
Coverage: Original Medicare Part B (Novitas), no secondary.

Chief Complaint
"Quiero que me quite estas manchas de la cara, se me ven feas en las fotos."

History of Present Illness
72 y/o F. Three brown "stuck-on" spots on the face for years. No itching, no bleeding, no irritation, no change.
Wants them removed for appearance before her granddaughter's quinceañera.

Physical Exam
L temple: 7 mm waxy brown SK. R cheek: two SKs, 5 and 6 mm. No inflammation, no crust, dermoscopy typical
(milia-like cysts, comedo-like openings). No suspicious features.

Assessment/Plan
Seborrheic keratoses x3, face, asymptomatic - removal is cosmetic. Explained Medicare does not pay for cosmetic
removal. Voluntary notice (ABN, option 1) signed; she agrees to pay.
LN2 to 3 SKs, 1 cycle. Aftercare given.

Electronically Signed By: Ines Castellanos, MD 02/03/2026 14:10 CST
""",
    "expected": E([L("17110", 1, "GY", "GX")]),
    "coder_note": "Asymptomatic SKs removed for appearance = statutorily excluded cosmetic service, Medicare FFS -> GY, "
                  "plus GX because a voluntary ABN was documented (COS-4).",
})

SCENARIOS.append({
    "id": "s33-cos-neck-tags-cash-with-covered-cyst-id",
    "family": "cosmetic", "shape": "note-only",
    "description": "Covered I&D of an inflamed back cyst plus six asymptomatic neck tags snipped for appearance and "
                   "paid in cash -> tags removed from the claim; Aetna HMO",
    "date": "2025-09-25",
    "patient": ("Sandoval", "Hector", "1987-06-30", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed epidermal cyst with abscess, upper back", "L72.0", "Upper back", reason=True),
        C("c2", "Acrochordons, neck", "L91.8", "Neck"),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Clinic Note
Patient: SANDOVAL, HECTOR   38 y/o M   DOS 09/25/2025   Aetna HMO

Chief Complaint
Painful bump on upper back x 1 week. Also wants "los pellejitos del cuello" removed.

History of Present Illness
Long-standing cyst upper back became red and painful 1 week ago. No fever. Separately, 6 small skin tags on the
neck - never irritated, never bleed, don't catch on his collar; he just doesn't like how they look.

Physical Exam
Upper back: 2 cm fluctuant erythematous tender cyst, punctum present.
Neck: six 1-2 mm soft pedunculated skin tags, no inflammation.

Assessment/Plan
1. Inflamed epidermal cyst, abscessed - I&D today. No antibiotics.
2. Skin tags x6, asymptomatic - cosmetic. Told him insurance will not cover; he elected self-pay ($75 cash,
   paid at front desk). Snipped today.

Procedure Documentation
1) I&D upper back: lidocaine w/ epi, stab incision, pus and keratin expressed, irrigated, no packing.
2) Cosmetic: 6 neck tags snip-excised with iris scissors, AlCl3. Self-pay.

Electronically Signed By: Rafael Santos, MD 09/25/2025 16:20 CDT
""",
    "expected": E([L("10060")], topics=["cosmetic"]),
    "coder_note": "Asymptomatic tags removed for appearance, commercial payer -> not on the claim (patient paid "
                  "directly), cosmetic finding. I&D of the inflamed cyst is covered -> 10060.",
})

# =============================================================================================================
# Batch 4: skin tags, shaves, benign and malignant excisions, Mohs
# =============================================================================================================

SCENARIOS.append({
    "id": "s33-st-forty-two-irritated-tags-11201-mue",
    "family": "skin-tags", "shape": "note-only",
    "description": "42 irritated/bleeding skin tags (neck, axillae, inframammary) removed: 11200 + 11201 x3 capped at "
                   "MUE 1; HTML count table; Texas Medicaid",
    "date": "2025-10-09",
    "patient": ("Medina", "Araceli", "1975-12-19", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Neck, axillae, inframammary", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "html": True,
    "note": """<html><body>
<p><b>VALLE DERMATOLOGY ASSOCIATES - HARLINGEN</b> &nbsp; PowerChart Procedure Note</p>
<p>Patient: MEDINA, ARACELI &nbsp; 49 y/o F &nbsp; DOS 10/09/2025 &nbsp; Ines Castellanos, MD<br/>
Interpreter: Spanish, in person (ID 3307)</p>
<p><b>Chief Complaint</b><br/>"Los pellejitos se me atoran con el brasier y la cadena, y algunos sangran."</p>
<p><b>History of Present Illness</b><br/>Many skin tags for years, increasing. Bra straps and her necklace pull
them; several have bled onto clothing and some are red and sore. BMI 41, prediabetes.</p>
<p><b>Physical Exam / Procedure Documentation</b></p>
<table border="1">
<tr><th>Area</th><th>Tags removed</th><th>Findings</th></tr>
<tr><td>Neck</td><td>18</td><td>3 with hemorrhagic crust, several erythematous</td></tr>
<tr><td>R axilla</td><td>9</td><td>macerated, inflamed</td></tr>
<tr><td>L axilla</td><td>7</td><td>2 bleeding</td></tr>
<tr><td>Inframammary</td><td>8</td><td>irritated by bra band</td></tr>
<tr><td><b>Total</b></td><td><b>42</b></td><td></td></tr>
</table>
<p>Removed by scissor snip; larger ones after lidocaine w/ epi; hemostasis AlCl3 and light cautery.</p>
<p><b>Assessment/Plan</b><br/>Symptomatic acrochordons (bleeding, inflamed, trauma from clothing/jewelry) x42 -
removed. Weight management and A1c recheck with PCP. Any remaining small tags can be treated at a later
visit only if they become symptomatic.</p>
<p>Electronically Signed By: Ines Castellanos, MD 10/09/2025 15:58 CDT</p>
</body></html>
""",
    "expected": E([L("11200"), L("11201", 1)], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "42 tags -> 11200 (first 15) + 11201 x ceil(27/10) = 3, but the 11201 MUE is 1 (MAI 3) -> capped at 1 "
                  "with an mue finding (tests/corpus README).",
})

SCENARIOS.append({
    "id": "s33-st-eighteen-tags-collar-bleeding-dual",
    "family": "skin-tags", "shape": "free-text",
    "description": "18 symptomatic tags (neck 11, axillae 7), collar irritation and bleeding -> 11200 + 11201; "
                   "Medicare-Medicaid dual",
    "date": "2025-11-13",
    "patient": ("Bazan", "Ignacio", "1957-04-01", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Neck and axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck",
          note="11 tags, several rubbed raw by uniform collar, 2 bleeding. Snip + AlCl3.", reasons=["c1"]),
        P("Removal of skin tags", site="Bilateral axillae",
          note="7 tags, inflamed from deodorant/friction. Snip + AlCl3.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - McALLEN
PowerChart Clinic Note     DOS 11/13/2025     Sofia Ramirez, MD
Patient: BAZAN, IGNACIO   68 y/o M   Medicare B + Texas Medicaid (dual)

Chief Complaint
Skin tags neck and armpits, "se me irritan con el cuello de la camisa y sangran".

History of Present Illness
Works as a school security guard, buttoned uniform collar. Tags on the neck rub and bleed several times a
week; armpit tags inflamed. No other concerns.

Physical Exam
Neck: 11 pedunculated tags, 2 with fresh blood/crust, others erythematous at the base.
Axillae: 7 tags (R 4, L 3), erythematous, macerated.

Assessment/Plan
Symptomatic acrochordons x 18 (bleeding, inflammation, repeated trauma from collar documented) - removed
today. Aftercare given.

Electronically Signed By: Sofia Ramirez, MD 11/13/2025 12:05 CST
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "18 tags -> 11200 + 11201 x ceil(3/10) = 1. Bleeding/inflammation/trauma documented -> covered, no "
                  "GY.",
})

SCENARIOS.append({
    "id": "s33-sh-isk-neck-precoded-11305-to-11306",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of a bleeding inflamed SK on the L neck, 0.8 cm; pre-coded 11305 -> 11306; "
                   "Medicare Advantage",
    "date": "2025-10-23",
    "patient": ("Solis", "Leticia", "1960-08-27", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left neck", "L82.0", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal, lesion neck", cpt="11305", site="Left lateral neck",
          note="0.8 x 0.6 cm irritated SK, catches on necklace, bled twice. Shave removal at dermal level, "
               "AlCl3. Specimen to path.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left neck, shave removal: irritated (inflamed) seborrheic keratosis.",
         "site": "Left lateral neck", "date": "2025-10-28"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Valle Dermatology Associates - Harlingen
PowerChart Procedure Note    DOS 10/23/2025    Rafael Santos, MD
Humana Gold Plus HMO

Chief Complaint: "La verruguita del cuello me sangra con el collar."
HPI: 65 y/o F, brown growth on L neck for 2 years; last month it became red and sore and has bled twice when
her necklace caught on it.
Exam: L lateral neck 0.8 x 0.6 cm stuck-on keratotic papule with erythematous base and hemorrhagic crust.
A/P: Irritated SK, symptomatic (bleeding, inflamed) - shave removal today, send to pathology.
Procedure: lidocaine w/ epi 0.5 mL, horizontal shave removal with DermaBlade at the dermal level, AlCl3.
No suture.

Electronically Signed By: Rafael Santos, MD 10/23/2025 09:30 CDT
""",
    "expected": E([L("11306")], topics=["coding-correction"], dx={"11306": ["L82.0"]}),
    "coder_note": "Neck = SNHFG; lesion diameter 0.8 cm -> 11306 (0.6-1.0 cm), not 11305 (<=0.5 cm).",
})

SCENARIOS.append({
    "id": "s33-sh-back-nevus-sized-scalp-nevus-no-size",
    "family": "shave", "shape": "note-only",
    "description": "Two shave removals: R upper back nevus 0.4 cm (11300) and a bleeding scalp nevus with no size "
                   "documented (no line); Texas Medicaid",
    "date": "2025-12-01",
    "patient": ("Palacios", "Julian", "1998-02-05", "male"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed intradermal nevus, right upper back", "D22.5", "Right upper back", reason=True),
        C("c2", "Bleeding intradermal nevus, scalp", "D22.4", "Left parietal scalp", reason=True),
    ],
    "path": [
        {"text": "A. Right upper back, shave: intradermal nevus with inflammation.", "site": "Right upper back",
         "date": "2025-12-05"},
        {"text": "B. Left parietal scalp, shave: intradermal nevus, traumatized.", "site": "Left parietal scalp",
         "date": "2025-12-05"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - McALLEN
PowerChart Procedure Note
Patient: PALACIOS, JULIAN    27 y/o M    DOS 12/01/2025

Chief Complaint
Two raised moles that get hurt: one on the back (backpack strap), one on the scalp (bleeds with the comb /
when the barber cuts).

History of Present Illness
Both present since childhood, unchanged in color. Back one red and sore from the strap for 2 months. Scalp one
has bled 3 times this month with combing and haircuts.

Physical Exam
R upper back: 0.4 cm soft flesh-colored dome papule with erythema and excoriation at the strap line.
L parietal scalp: soft pink dome papule with hemorrhagic crust.

Assessment/Plan
Symptomatic benign-appearing intradermal nevi x2 (trauma documented) - shave removal both, path.

Procedure Documentation
Lidocaine w/ epi. Shave removal of both lesions flush with the skin using DermaBlade, AlCl3, specimens A (back)
and B (scalp) to pathology. No complications.

Electronically Signed By: Sofia Ramirez, MD 12/01/2025 11:40 CST
""",
    "expected": E([L("11300")], topics=["missing-documentation"]),
    "coder_note": "Back lesion 0.4 cm on the trunk -> 11300. The scalp lesion has no documented diameter, so its "
                  "size-banded shave code cannot be chosen -> no line, missing-documentation (README).",
})

SCENARIOS.append({
    "id": "s33-exb-recurrent-back-cyst-2-4cm-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed epidermoid cyst upper back, 2.2 cm + 0.1 cm margins = 2.4 cm (11403), "
                   "layered closure 4.5 cm (12032); Texas Medicaid",
    "date": "2025-11-19",
    "patient": ("Lozano", "Federico", "1979-09-17", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "Upper back", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Upper back, left of midline",
          note="Cyst 2.2 cm clinical diameter; fusiform excision with 0.1 cm margin around the cyst including "
               "punctum; cyst removed intact.", reasons=["c1"]),
        P("Layered closure", site="Upper back",
          note="Subcutaneous 3-0 Vicryl deep layer, 4-0 nylon simple interrupted epidermal. Final length 4.5 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: epidermoid (infundibular) cyst with focal rupture and "
                 "foreign-body giant cell reaction.", "site": "Upper back", "date": "2025-11-25"},
    ],
    "note_title": "Dermatologic Surgery Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Dermatologic Surgery Note     DOS 11/19/2025     Ines Castellanos, MD
Patient: LOZANO, FEDERICO   46 y/o M   Texas Medicaid

Pre-op diagnosis: epidermoid cyst, upper back, inflamed x2 in 2025 (I&D in March at urgent care, antibiotics
in July). Currently quiet. Pt: "ya no quiero que se me vuelva a infectar la bolita de la espalda."

Measurements (pre-excision): cyst 2.2 cm. Narrowest margin 0.1 cm. Excised diameter 2.4 cm.
Procedure: consent signed; time-out; lidocaine 1% w/ epi 8 mL. Fusiform excision down to fat, cyst removed
intact with punctum. Undermining minimal. Layered closure: 3-0 Vicryl buried dermal sutures, 4-0 nylon
interrupted. Repair length 4.5 cm.
EBL < 5 mL. No complications. Sutures out in 12-14 days.
Plan: path; wound care sheet in Spanish.

Electronically Signed By: Ines Castellanos, MD 11/19/2025 14:45 CST
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.2 + 2 x 0.1 = 2.4 cm on the trunk -> 11403. Intermediate (layered) repair is separately "
                  "reportable (EX-5): trunk 4.5 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s33-exb-severe-atypia-thigh-precoded-11602",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision of a dysplastic nevus with severe atypia, L thigh, 0.6 cm scar + 0.3 cm margins = "
                   "1.2 cm; pre-coded as malignant 11602 -> 11402; Cigna",
    "date": "2025-12-15",
    "patient": ("Ramos", "Lorena", "1989-07-07", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus with severe atypia, left thigh", "D48.5", "Left anterior thigh", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-20", "11102", "Tangential biopsy, left anterior thigh", site="Left anterior thigh"),
    ],
    "procedures": [
        P("Excision malignant lesion, trunk/arms/legs", cpt="11602", site="Left anterior thigh",
          note="Biopsy scar 0.6 cm; excised with 0.3 cm margins all around; simple closure 4-0 nylon.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left thigh, re-excision: residual dysplastic compound nevus with severe cytologic atypia; "
                 "no melanoma; margins clear.", "site": "Left anterior thigh", "date": "2025-12-19"},
    ],
    "note_title": "Dermatologic Surgery Note",
    "note": """Valle Dermatology Associates - Harlingen        PowerChart Surgery Note
DOS 12/15/2025        Rafael Santos, MD        Cigna OAP

Indication: shave biopsy 11/20/2025 L anterior thigh = dysplastic nevus with severe atypia, peripheral margin
involved. Recommended re-excision with 3 mm margins. Patient agreed ("mejor quitarlo todo").
Pre-op measurement: biopsy scar with residual pigment 0.6 cm. Margin 0.3 cm. Excised diameter 1.2 cm.
Procedure: consent, time-out, lidocaine w/ epi. Elliptical excision to fat, oriented with suture at 12 o'clock.
Closure: simple interrupted 4-0 nylon, single layer, 3.6 cm. No undermining.
Path pending at time of note. Suture removal 2 weeks.
Charge entered: 11602 (template "excision melanoma/malignant").

Electronically Signed By: Rafael Santos, MD 12/15/2025 10:20 CST
""",
    "expected": E([L("11402")], topics=["coding-correction"]),
    "coder_note": "EX-3: severe atypia is not malignant (no melanoma/in situ) -> benign excision. 0.6 + 2 x 0.3 = 1.2 cm "
                  "leg -> 11402. Simple closure included. The 11/20 biopsy (000 global) does not create a global.",
})

SCENARIOS.append({
    "id": "s33-exm-scc-left-forearm-2-1cm-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven SCC L dorsal forearm, 1.3 cm + 0.4 cm margins = 2.1 cm (11603), layered closure "
                   "5.2 cm (12032); Medicare-Medicaid dual",
    "date": "2025-11-17",
    "patient": ("Gutierrez", "Anselmo", "1944-01-23", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left dorsal forearm", "C44.629", "Left dorsal forearm", reason=True),
    ],
    "path": [
        {"text": "Skin, left forearm, excision: residual squamous cell carcinoma, well differentiated; all margins "
                 "clear, closest 3 mm.", "site": "Left dorsal forearm", "date": "2025-11-21"},
    ],
    "note_title": "Dermatologic Surgery Operative Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - McALLEN
PowerChart Operative Note - Dermatologic Surgery
Patient: GUTIERREZ, ANSELMO   81 y/o M   DOS 11/17/2025
Coverage: Medicare Part B / Texas Medicaid QMB
Interpreter: Spanish, in person (ID 4471)

Pre-operative Diagnosis: SCC, well differentiated, L dorsal forearm (punch biopsy 10/31/2025 at this office).
Post-operative Diagnosis: same.

Chief Complaint
"Para quitarme el cancer del brazo."

Procedure Documentation
Lesion measured before excision: 1.3 x 1.0 cm. Planned margin 4 mm (narrowest 4 mm). Excised diameter
2.1 cm.
Consent signed in Spanish. Time-out. Lidocaine 1% w/ epi 10 mL. Elliptical excision to the fascia, specimen
tagged at 12 o'clock. Wound edges undermined 1 cm each side to reduce tension.
Repair: layered - 4-0 Monocryl deep dermal, 4-0 Prolene running epidermal. Final repair length 5.2 cm.
Hemostasis electrocautery. EBL 10 mL. No complications.

Assessment/Plan
SCC L forearm - excised today. Path pending. Sutures out 14 days. If margins positive, re-excision vs Mohs
will be discussed. Skin check 3 months.

Electronically Signed By: Sofia Ramirez, MD 11/17/2025 15:30 CST
""",
    "expected": E([L("11603"), L("12032")], dx={"11603": ["C44.629"]}),
    "coder_note": "EX-1: 1.3 + 2 x 0.4 = 2.1 cm -> arm malignant 11603 (2.1-3.0). Layered closure 5.2 cm on the arm -> "
                  "12032 (EX-5); undermining alone does not make it complex (REP-3). Re-excision/Mohs only conditional.",
})

SCENARIOS.append({
    "id": "s33-exm-bcc-back-reexcision-in-global-precoded-11403",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision for positive margin 8 days after BCC excision (010 global); path of re-excision "
                   "negative; pre-coded 11403 -> 11603-58; Medicare FFS",
    "date": "2025-10-20",
    "patient": ("Vela", "Dolores", "1955-03-29", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper back, positive margin", "C44.519", "Right upper back",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-10-12", "11602", "Excision BCC right upper back, excised diameter 1.8 cm",
              site="Right upper back"),
    ],
    "procedures": [
        P("Excision benign lesion trunk 2.1-3.0 cm", cpt="11403", site="Right upper back",
          note="Re-excision of scar 2.0 cm with 0.3 cm margins (excised diameter 2.6 cm). Simple closure.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right upper back, re-excision: healing scar, no residual basal cell carcinoma.",
         "site": "Right upper back", "date": "2025-10-24"},
        {"text": "Prior specimen (10/12/2025), right upper back excision: basal cell carcinoma, nodular and "
                 "micronodular, focally involving the 9 o'clock peripheral margin.", "site": "Right upper back",
         "date": "2025-10-15"},
    ],
    "note_title": "Dermatologic Surgery Note",
    "note": """Valle Dermatology Associates - Harlingen       PowerChart
Dermatologic Surgery Note      DOS 10/20/2025      Ines Castellanos, MD
Original Medicare (Novitas)

Indication: BCC R upper back excised 10/12/2025 (8 days ago); path: nodular and micronodular BCC involving the
9 o'clock peripheral margin. Planned re-excision discussed at path call; patient agreed ("que me lo quiten
bien").
Pre-op: healing linear scar 2.0 cm. Margin 0.3 cm. Excised diameter 2.6 cm.
Procedure: lidocaine w/ epi, ellipse around the prior scar to fat, oriented. Simple interrupted closure 4-0
nylon (single layer).
Path on re-excision (returned 10/24): no residual BCC.
Billing note from provider: since path is negative, coded as benign excision 11403.

Electronically Signed By: Ines Castellanos, MD 10/20/2025 11:05 CDT
""",
    "expected": E([L("11603", 1, "58")], topics=["coding-correction", "global-period"],
                  dx={"11603": ["C44.519"]}),
    "coder_note": "EX-4: re-excision for margins of a malignant lesion stays malignant even if negative; 2.0 + 2 x 0.3 = "
                  "2.6 cm trunk -> 11603. Inside the 010 global of the 10/12 excision, staged/related -> 58. DX-4: still "
                  "treatment -> C44.519.",
})

SCENARIOS.append({
    "id": "s33-mohs-nasal-sidewall-bcc-two-stages-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs L nasal sidewall nodular BCC, 2 stages (3 + 2 blocks), intermediate layered repair 2.8 cm "
                   "(12052); Medicare-Medicaid dual",
    "date": "2026-01-20",
    "patient": ("Reséndez", "Tomasa", "1949-09-12", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left nasal sidewall", "C44.311", "Left nasal sidewall",
          reason=True),
    ],
    "note_title": "Mohs Micrographic Surgery Report",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart - Mohs Micrographic Surgery Report
Patient: RESÉNDEZ, TOMASA   76 y/o F   DOS 01/20/2026
Coverage: Medicare B (Novitas) / Texas Medicaid
Surgeon and pathologist: Ines Castellanos, MD (reads own frozen sections)
Interpreter: Spanish, in person (ID 2213)

Pre-op diagnosis: nodular BCC L nasal sidewall, shave biopsy 12/30/2025 (this office). Area H.
Pre-op size: 0.8 x 0.6 cm.
Meds: losartan, metformin. No anticoagulants. Not immunosuppressed.

Stage I: tumor debulked, layer excised and divided into 3 blocks, mapped. Frozen horizontal sections: residual
nodular BCC block 2 (inferior).
Stage II: additional layer inferior, 2 blocks. Clear.
Total: 2 stages, 5 blocks.
Final defect: 1.1 x 0.9 cm, to deep fat, no cartilage exposed.

Repair
Options discussed: granulation, FTSG, flap, linear closure. Pt: "lo mas sencillo, doctora" - no flap.
Layered linear closure along the nasal sidewall: 5-0 Monocryl buried deep sutures, 6-0 Prolene epidermal.
Dog-ears removed within the closure. Final repair length 2.8 cm.
EBL minimal. Tolerated well.

Plan: pressure dressing 24 h, acetaminophen, sutures out 6-7 days. Pt asked about a spot on the L arm - will
look at it at the suture visit.

Electronically Signed By: Ines Castellanos, MD 01/20/2026 13:45 CST
""",
    "expected": E([L("17311"), L("17312"), L("12052")], dx={"17311": ["C44.311"]}),
    "coder_note": "Nose = head site -> 17311 + 17312 (2 stages, no stage over 5 blocks). Repair after Mohs is separately "
                  "reportable (MOHS-7): intermediate, nose, 2.8 cm -> 12052. The arm spot was not evaluated today.",
})

SCENARIOS.append({
    "id": "s33-mohs-right-helix-scc-seven-block-stage",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs R helix SCC, 3 stages with 7/2/1 blocks -> 17311 + 17312 x2 + 17315 x2, second intention; "
                   "HTML map; Medicare Advantage PPO",
    "date": "2025-12-03",
    "patient": ("Whitfield", "Harold", "1952-02-14", "male"),
    "provider": "castellanos", "payer": "medicare-advantage-ppo", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right helix", "C44.222", "Right helical rim", reason=True),
    ],
    "procedures": [
        P("Mohs stage 1", site="Right helix", note="7 tissue blocks; positive blocks 3 and 6.", reasons=["c1"]),
        P("Mohs stage 2", site="Right helix", note="2 tissue blocks; positive block 1 (deep).", reasons=["c1"]),
        P("Mohs stage 3", site="Right helix", note="1 tissue block; clear.", reasons=["c1"]),
        P("Wound care - second intention", site="Right helix",
          note="No repair; granulation per patient preference."),
    ],
    "note_title": "Mohs Surgery Report",
    "html": True,
    "note": """<html><body>
<p><b>VALLE DERMATOLOGY ASSOCIATES - HARLINGEN</b><br/>PowerChart - Mohs Micrographic Surgery Report</p>
<p>Patient: WHITFIELD, HAROLD &nbsp; 73 y/o M &nbsp; DOS 12/03/2025 &nbsp; Aetna Medicare Advantage PPO<br/>
Surgeon/pathologist: Ines Castellanos, MD</p>
<p><b>History</b><br/>Winter Texan from Iowa. SCC, moderately differentiated, R helical rim, biopsied 11/10/2025 at
this office. Pre-op 1.6 x 1.2 cm crusted nodule. Area H (ear).</p>
<table border="1">
<tr><th>Stage</th><th>Tissue blocks</th><th>Result</th></tr>
<tr><td>I</td><td>7</td><td>SCC at blocks 3 and 6 (posterior rim, deep)</td></tr>
<tr><td>II</td><td>2</td><td>SCC at block 1, deep at cartilage</td></tr>
<tr><td>III</td><td>1</td><td>Clear</td></tr>
</table>
<p>Final defect 2.6 x 1.8 cm involving the helical rim, perichondrium partly removed at stage III.</p>
<p><b>Repair</b>: none. Options (wedge excision/advancement, FTSG, granulation) discussed; he chose second
intention healing. Wound care taught.</p>
<p><b>Plan</b>: wound check 1 week; nodal exam at 3 months. Radiation referral not indicated at this time.</p>
<p>Electronically Signed By: Ines Castellanos, MD 12/03/2025 16:20 CST</p>
</body></html>
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 2)], dx={"17311": ["C44.222"]}),
    "coder_note": "Ear -> 17311; stages 2 and 3 -> 17312 x2. MOHS-2: 17315 per block beyond 5 in any stage: stage I had "
                  "7 blocks -> 17315 x2. No repair.",
})

# =============================================================================================================
# Batch 5: repairs, post-op/global periods, patch tests, mixed encounters, E/M
# =============================================================================================================

SCENARIOS.append({
    "id": "s33-rp-scalp-and-flank-cysts-layered-summed",
    "family": "repair", "shape": "free-text",
    "description": "Two cyst excisions (scalp pilar 1.7 cm, L flank epidermoid 1.2 cm) with layered repairs 3.0 + "
                   "4.2 cm summed in one group -> 11422 + 11402 + 12032; Texas Medicaid",
    "date": "2026-01-27",
    "patient": ("Cano", "Maribel", "1992-10-02", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 70,
    "conditions": [
        C("c1", "Pilar cyst, scalp, tender", "L72.11", "Right parietal scalp", reason=True),
        C("c2", "Epidermal cyst, left flank, recurrently inflamed", "L72.0", "Left flank", reason=True),
    ],
    "procedures": [
        P("Excision cyst scalp", site="Right parietal scalp",
          note="Cyst 1.5 cm, margin 0.1 cm, excised diameter 1.7 cm.", reasons=["c1"]),
        P("Layered closure scalp", site="Right parietal scalp",
          note="Galea/subcutaneous 3-0 Vicryl + staples. Length 3.0 cm.", reasons=["c1"]),
        P("Excision cyst flank", site="Left flank",
          note="Cyst 1.0 cm, margin 0.1 cm, excised diameter 1.2 cm.", reasons=["c2"]),
        P("Layered closure flank", site="Left flank",
          note="4-0 Monocryl deep dermal + 4-0 nylon. Length 4.2 cm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Scalp, excision: pilar (trichilemmal) cyst.", "site": "Right parietal scalp",
         "date": "2026-02-02"},
        {"text": "B. Left flank, excision: epidermoid cyst with chronic inflammation.", "site": "Left flank",
         "date": "2026-02-02"},
    ],
    "note_title": "Dermatologic Surgery Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Dermatologic Surgery Note
Patient: CANO, MARIBEL   33 y/o F   DOS 01/27/2026   Texas Medicaid

Chief Complaint
"La bolita de la cabeza me duele al peinarme y la del costado se infecta."

Indications
1. R parietal scalp pilar cyst - tender with brushing, enlarging over 1 year.
2. L flank epidermoid cyst - inflamed twice last year (antibiotics x2), currently quiet.

Procedure Documentation
Consent signed (Spanish). Time-out. Lidocaine 1% w/ epi, total 12 mL.
A) Scalp: cyst 1.5 cm, margin 0.1 cm (excised diameter 1.7 cm). Excised intact. Layered closure: 3-0 Vicryl
   deep, staples. Repair length 3.0 cm.
B) L flank: cyst 1.0 cm, margin 0.1 cm (excised diameter 1.2 cm). Excised with punctum. Layered closure:
   4-0 Monocryl deep dermal, 4-0 nylon interrupted. Repair length 4.2 cm.
EBL minimal. No complications.

Assessment/Plan
Path pending. Staples/sutures out in 10-14 days. Wound care in Spanish.

Electronically Signed By: Rafael Santos, MD 01/27/2026 16:05 CST
""",
    "expected": E([L("11422"), L("11402"), L("12032")]),
    "coder_note": "Scalp excision is SNHFG (11422, 1.7 cm); flank is TAL (11402, 1.2 cm). For intermediate repair, scalp "
                  "and trunk share 12031-12037, so lengths are summed (REP-1): 3.0 + 4.2 = 7.2 cm -> one 12032.",
})

SCENARIOS.append({
    "id": "s33-rp-leg-shoulder-layered-precoded-12032x2",
    "family": "repair", "shape": "pre-coded",
    "description": "SCCis L leg and superficial BCC R shoulder excised (11602 x2) with layered repairs 4.0 + 4.5 cm; "
                   "pre-coded 12032 x2 -> 12034 x1; Medicare FFS",
    "date": "2026-02-05",
    "patient": ("Dahlquist", "Raymond", "1948-11-30", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left lower leg", "D04.72", "Left lateral lower leg",
          reason=True),
        C("c2", "Superficial basal cell carcinoma, right shoulder", "C44.612", "Right posterior shoulder",
          reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion", cpt="11602", site="Left lateral lower leg",
          note="SCCis 1.0 cm, margins 0.3 cm, excised diameter 1.6 cm.", reasons=["c1"]),
        P("Intermediate repair", cpt="12032", site="Left lateral lower leg",
          note="Layered closure 4.0 cm.", reasons=["c1"]),
        P("Excision malignant lesion", cpt="11602", site="Right posterior shoulder",
          note="sBCC 1.2 cm, margins 0.3 cm, excised diameter 1.8 cm.", reasons=["c2"]),
        P("Intermediate repair", cpt="12032", site="Right posterior shoulder",
          note="Layered closure 4.5 cm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left lower leg, excision: squamous cell carcinoma in situ (Bowen disease), margins clear.",
         "site": "Left lateral lower leg", "date": "2026-02-10"},
        {"text": "B. Right shoulder, excision: basal cell carcinoma, superficial type, margins clear.",
         "site": "Right posterior shoulder", "date": "2026-02-10"},
    ],
    "note_title": "Dermatologic Surgery Note",
    "note": """Valle Dermatology Associates - McAllen       PowerChart Surgery Note
DOS 02/05/2026       Sofia Ramirez, MD       Original Medicare

Winter Texan (Wisconsin), 77 y/o M. Biopsies 01/15/2026: A) L lateral lower leg SCC in situ, B) R posterior
shoulder superficial BCC. Declined topical therapy; wants both excised before he drives north in March.

A) L lateral lower leg: lesion 1.0 cm, margin 0.3 cm, excised diameter 1.6 cm. Layered closure (4-0 Monocryl
   deep, 4-0 nylon). Repair length 4.0 cm.
B) R posterior shoulder: lesion 1.2 cm, margin 0.3 cm, excised diameter 1.8 cm. Layered closure. Repair
   length 4.5 cm.
Local: lidocaine w/ epi 14 mL total. EBL minimal. No complications.
Sutures out 14 days (leg) and 12 days (shoulder) - can be done by his PCP up north if needed.
Charges entered: 11602 x2, 12032 x2.

Electronically Signed By: Sofia Ramirez, MD 02/05/2026 12:40 CST
""",
    "expected": E([L("11602", 2), L("12034")], topics=["coding-correction"]),
    "coder_note": "Both excisions malignant (D04 -> malignant codes, EX-3), TAL 1.6 and 1.8 cm -> 11602 x2. Both layered "
                  "repairs are in the 12031-12037 group (leg, shoulder) -> summed 8.5 cm -> 12034 x1, not 12032 x2.",
})

SCENARIOS.append({
    "id": "s33-po-suture-removal-day9-em-to-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after cyst excision of the L arm (010 global); provider chose 99212 -> "
                   "99024; Texas Medicaid",
    "date": "2025-11-06",
    "patient": ("Galvan", "Jacqueline", "1995-01-17", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Aftercare following excision of epidermal cyst, left upper arm", "Z48.02", "Left upper arm",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-10-28", "11403", "Excision epidermoid cyst, left upper arm, excised diameter 2.3 cm",
              site="Left upper arm"),
    ],
    "note_title": "Post-op Visit",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Post-Op Visit     DOS 11/06/2025     Ines Castellanos, MD
Patient: GALVAN, JACQUELINE   30 y/o F

Chief Complaint
Suture removal - "quitar los puntos".

Interval History
Excision of epidermoid cyst L upper arm with layered closure on 10/28/2025. No fever, mild itch at the
incision, no drainage. Pathology reviewed with patient: epidermoid cyst, benign.

Exam
L upper arm: 4.8 cm linear incision, well approximated, no erythema, no dehiscence.

Assessment/Plan
Healing post-op wound - sutures removed (9 interrupted 4-0 nylon). Steri-strips. Silicone gel after 2 weeks for
the scar. No further follow-up needed unless problems.
LOS selected: 99212.

Electronically Signed By: Ines Castellanos, MD 11/06/2025 09:20 CST
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "Routine post-op visit inside the 10-day global of the 10/28 excision -> 99024, no billable E/M "
                  "(conventions).",
})

SCENARIOS.append({
    "id": "s33-po-new-forearm-biopsy-in-ak-global-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "Tangential biopsy of a new bleeding L forearm papule 5 days after AK destruction (010 global); "
                   "pre-coded 11102 without modifier -> 11102-79; Medicare",
    "date": "2025-12-12",
    "patient": ("Chapa", "Evaristo", "1946-06-06", "male"),
    "provider": "santos", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left forearm", "C44.629", "Left dorsal forearm", reason=True),
        C("c2", "Actinic keratoses, face - treated 12/07/2025", "L57.0", "Face"),
    ],
    "prior": [
        PRIOR("2025-12-07", "17000", "Destruction premalignant lesions, face (first of 6 AKs)", site="Face"),
        PRIOR("2025-12-07", "17003", "Destruction premalignant lesions, face (AKs 2-6)", site="Face"),
    ],
    "procedures": [
        P("Biopsy skin, tangential, single lesion", cpt="11102", site="Left dorsal forearm",
          note="9 mm crusted bleeding papule, new since last visit. Saucerization biopsy.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left forearm, shave biopsy: squamous cell carcinoma, well differentiated, keratoacanthoma "
                 "type, extending to the base.", "site": "Left dorsal forearm", "date": "2025-12-17"},
    ],
    "note_title": "Dermatology Acute Visit",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Acute Visit    DOS 12/12/2025    Rafael Santos, MD
Patient: CHAPA, EVARISTO   79 y/o M   Medicare

Chief Complaint
"Me salio un grano en el brazo que sangra y crece rapido."

History of Present Illness
Seen 12/07 for LN2 to 6 facial AKs. Since then a fast-growing bleeding bump on the L forearm - he says it was
"tiny" 3 weeks ago. Facial treated sites: crusting, healing, no issues.

Physical Exam
L dorsal forearm: 9 mm dome papule with central keratin plug and hemorrhagic crust - r/o KA-type SCC.
Face: expected post-cryo crusts, no infection.

Assessment/Plan
1. Rapidly growing L forearm papule - new, unrelated to the treated AKs. Saucerization biopsy today.
   If SCC: excision planned after path.
2. Post-cryo facial AK sites healing - no intervention.

Procedure: consent, lidocaine w/ epi, deep saucerization with DermaBlade, AlCl3, to path.

Electronically Signed By: Rafael Santos, MD 12/12/2025 14:35 CST
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["C44.629"]}),
    "coder_note": "A new, unrelated lesion treated inside the 010 global of the 12/07 AK destruction -> 79 on the "
                  "biopsy (GS-5). Path back -> C44.629 (DX-2).",
})

SCENARIOS.append({
    "id": "s33-pt-hairstylist-92-allergens-new-pt-em25",
    "family": "patch-test", "shape": "free-text",
    "description": "New hairstylist with hand dermatitis: E/M with Rx (99203-25) + patch tests 80 baseline + 12 "
                   "hairdresser = 92 -> 95044 capped at MUE 90; commercial UHC",
    "date": "2025-10-06",
    "patient": ("Cuellar", "Yesenia", "1983-05-08", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 50, "em": "99203",
    "conditions": [
        C("c1", "Hand dermatitis, suspected allergic contact dermatitis", "L30.9", "Bilateral hands",
          reason=True),
    ],
    "procedures": [
        P("Patch testing - application", site="Upper back",
          note="Baseline 80-allergen comprehensive series + hairdresser supplemental series 12 allergens (not "
               "duplicated in baseline). 92 allergens applied in Finn chambers.", reasons=["c1"]),
    ],
    "note_title": "New Patient - Contact Dermatitis Clinic",
    "html": True,
    "note": """<html><body>
<p><b>VALLE DERMATOLOGY ASSOCIATES - HARLINGEN</b> &nbsp; Contact Dermatitis Clinic (PowerChart)</p>
<p>Patient: CUELLAR, YESENIA &nbsp; 42 y/o F &nbsp; NEW PATIENT &nbsp; DOS 10/06/2025 &nbsp; Ines Castellanos, MD</p>
<p><b>Chief Complaint</b><br/>"Las manos se me parten y me arden desde que empece a pintar el pelo."</p>
<p><b>History of Present Illness</b><br/>Hairstylist x 6 years (owns a salon in San Benito). Hand dermatitis x 10
months, worse with hair dye and permanent waves, gloves "a veces". Fissures on fingertips, itching, burning, sleep
affected. OTC hydrocortisone no help. No atopy history.</p>
<p><b>Physical Exam</b><br/>Bilateral dorsal hands and fingers: lichenified erythematous plaques with fissures,
periungual involvement. Palms spared. Face/eyelids clear.</p>
<p><b>Assessment/Plan</b><br/>1. Hand dermatitis, probable allergic contact (PPD, glyceryl thioglycolate) vs
irritant. Start clobetasol 0.05% ointment BID x 2 weeks then weekends; nitrile gloves for all chemical work;
bland emollient. Work note provided.<br/>2. Patch testing today (placement), readings at 48 h and 96 h.</p>
<table border="1">
<tr><th>Series</th><th>Allergens applied</th></tr>
<tr><td>North American 80 comprehensive</td><td>80</td></tr>
<tr><td>Hairdresser supplemental (non-duplicated)</td><td>12</td></tr>
<tr><td><b>Total</b></td><td><b>92</b></td></tr>
</table>
<p>Electronically Signed By: Ines Castellanos, MD 10/06/2025 11:30 CDT</p>
</body></html>
""",
    "expected": E([L("99203", 1, "25"), L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = allergens applied = 92, above the MUE of 90 (MAI 3) -> capped at 90, mue finding. New "
                  "patient evaluation with prescription management beyond the testing -> 99203-25 (95044/99203 is "
                  "indicator 1). Readings are included.",
})

SCENARIOS.append({
    "id": "s33-pt-true-test-plus-products-precoded-em-removed",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Application-only visit: T.R.U.E. test 35 allergens + 2 personal products = 95044 x37; 99213 on the "
                   "encounter removed; Texas Medicaid",
    "date": "2025-11-03",
    "patient": ("Farias", "Ernesto", "1970-03-18", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Contact dermatitis of face and eyelids, unspecified cause", "L25.9", "Face, eyelids",
          reason=True),
    ],
    "procedures": [
        P("Patch test(s), specify number of tests", cpt="95044", site="Upper back",
          note="T.R.U.E. test panels 1-3 (35 allergens) + 2 personal products as is (his hair dye, his "
               "aftershave) = 37 patch tests.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart Patch Test Application
Patient: FARIAS, ERNESTO    55 y/o M    DOS 11/03/2025    Texas Medicaid
Interpreter: Spanish, in person (ID 3307)

Reason for visit: patch test APPLICATION only. Full consult done 10/20/2025 (face/eyelid dermatitis, suspected
hair dye or aftershave). Stopped prednisone 3 weeks ago as instructed; no topical steroid to the back x 1 week.
No new complaints today. No medication changes today.

Application
T.R.U.E. test panels 1, 2 and 3: 35 allergens.
Personal products, applied as is in IQ chambers: (1) his permanent hair dye (dark brown), (2) aftershave.
Total patches: 37. Marked with surgical marker. Instructions: keep dry, no exercise/sweating, do not remove.
Readings: 48 h (Wed) and 96 h (Fri) - scheduled.

Provider: Rafael Santos, MD
Charges: 99213, 95044.

Electronically Signed By: Rafael Santos, MD 11/03/2025 08:55 CST
""",
    "expected": E([L("95044", 37)]),
    "coder_note": "95044 is one unit per allergen/patch: 35 + 2 = 37. The visit is application only (consult was "
                  "10/20, no new problem or management) -> no separately identifiable E/M, 99213 removed "
                  "(95044/99213 indicator 1, nothing distinct to support 25).",
})

SCENARIOS.append({
    "id": "s33-mx-back-punch-shoulder-keloid-three-aks-xs",
    "family": "mixed", "shape": "note-only",
    "description": "Punch biopsy mid-back + ILK to a shoulder keloid (Kenalog-10 2 mL) + LN2 to 3 AKs -> XS on "
                   "17000 and 11900; Medicare-Medicaid dual",
    "date": "2026-01-06",
    "patient": ("Garza", "Baldemar", "1953-12-08", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Changing pigmented lesion, mid back", None, "Mid back", reason=True),
        C("c2", "Keloid, left shoulder, painful and itchy", "L91.0", "Left shoulder", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Forehead and scalp", reason=True),
    ],
    "path": [
        {"text": "Skin, mid back, punch biopsy: compound dysplastic nevus with moderate atypia, margins involved.",
         "site": "Mid back", "date": "2026-01-12"},
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """VALLE DERMATOLOGY ASSOCIATES - McALLEN
PowerChart Clinic Note
Patient: GARZA, BALDEMAR    72 y/o M    DOS 01/06/2026
Coverage: Medicare B + Texas Medicaid (dual)
Interpreter: Spanish, in person (ID 4471)

Chief Complaint
1) Wife says "el lunar de la espalda esta mas negro". 2) Keloid on shoulder itches and hurts. 3) Rough spots.

History of Present Illness
Mole mid back darker and larger over 6 months. Keloid L shoulder since a work injury in 2010, itchy and sore
with the seatbelt. Rough scaly spots on the forehead and scalp.

Physical Exam
Mid back: 8 mm irregular dark-brown papule, asymmetric, dermoscopy with irregular dots/globules.
L shoulder: keloid 2.5 x 1.5 cm, tender.
Forehead x2 and vertex scalp x1: gritty AKs. Total three.

Assessment/Plan
1. Changing pigmented lesion mid back - punch biopsy.
2. Symptomatic keloid L shoulder - ILK today.
3. AKs x3 - LN2 today.
4. If the back biopsy shows severe atypia or melanoma we will schedule excision - not scheduled now.

Procedure Documentation
1) Punch biopsy mid back, 4 mm, lidocaine w/ epi, 1 suture 4-0 nylon. Path.
2) ILK L shoulder keloid: Kenalog-10 (triamcinolone acetonide 10 mg/mL) 2.0 mL undiluted, 27g.
3) LN2 cryosurgery to 3 AKs (forehead 2, scalp 1), 1 cycle.
Tolerated all. Wound care reviewed.

Electronically Signed By: Sofia Ramirez, MD 01/06/2026 15:15 CST
""",
    "expected": E([L("11104"), L("17000", 1, "XS"), L("17003", 2), L("11900", 1, "XS"), L("J3301", 2)]),
    "coder_note": "Three different lesions/sites. 11104/17000 is indicator 1 (17000 column 2) -> XS on 17000; "
                  "17000/11900 is indicator 1 (11900 column 2) -> XS on 11900. 3 AKs -> 17000 + 17003 x2. Drug 2.0 mL "
                  "x 10 mg/mL = 20 mg -> J3301 x2. Planned excision is conditional only.",
})

SCENARIOS.append({
    "id": "s33-mx-child-warts-molluscum-seventeen-ad-flare-em25",
    "family": "mixed", "shape": "note-only",
    "description": "7-year-old: 6 warts frozen + 11 molluscum curetted = 17 benign lesions (17111) plus atopic "
                   "dermatitis flare management (99213-25); Texas Medicaid",
    "date": "2025-10-15",
    "patient": ("Ochoa", "Camila", "2018-03-11", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Verruca vulgaris, fingers", "B07.8", "Bilateral fingers", reason=True),
        C("c2", "Molluscum contagiosum", "B08.1", "Trunk and left axilla", reason=True),
        C("c3", "Atopic dermatitis, flare", "L20.9", "Antecubital and popliteal fossae", reason=True),
    ],
    "note_title": "Pediatric Dermatology Note",
    "note": """Valle Dermatology Associates - Harlingen     PowerChart Pediatric Dermatology
DOS 10/15/2025     Ines Castellanos, MD
Patient: Camila Ochoa, 7 y/o F. With mother (Spanish; interpreter in person ID 2213).

Chief Complaint
"Las verrugas de los dedos, las bolitas del cuerpo, y el eczema esta muy mal otra vez."

History of Present Illness
Warts on fingers x 6 months, painful when writing, spreading. Molluscum on trunk and L axilla x 4 months,
spreading, some inflamed and scratched open (she has eczema). Eczema flare for 3 weeks - itching wakes her at
night, using only Vaseline; school nurse called twice.

Physical Exam
Fingers: 6 verrucae (R 4, L 2), two periungual.
Trunk/L axilla: 11 umbilicated papules, several with surrounding eczematous erythema (BOTE sign).
AD: lichenified, excoriated plaques antecubital and popliteal fossae, ~8% BSA, no impetiginization.

Assessment/Plan
1. Verruca vulgaris x6 - LN2 today.
2. Molluscum x11, spreading, inflamed - curettage today after topical anesthetic (LMX 4% 45 min).
3. Atopic dermatitis flare - start triamcinolone 0.1% ointment BID x 2 weeks to body (not face), then twice
   weekly; dilute bleach baths twice weekly; gentle skin care handout in Spanish; cetirizine at night for itch.
   Recheck 4 weeks.

Procedure Documentation
LN2 to 6 warts, 2 cycles. Curettage of 11 molluscum with a ring curette, AlCl3. Total benign lesions destroyed:
17. Tolerated with tablet distraction.

Electronically Signed By: Ines Castellanos, MD 10/15/2025 17:10 CDT
""",
    "expected": E([L("99213", 1, "25"), L("17111")]),
    "coder_note": "Warts and molluscum are both benign lesions in the 17110/17111 family; counts are combined per session: "
                  "6 + 11 = 17 -> 17111 x1. The AD flare with new Rx is a separately identifiable problem -> 99213-25.",
})

SCENARIOS.append({
    "id": "s33-em-medicare-screening-skin-check-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare FFS patient requesting a screening full-skin exam; no history, no complaint, nothing "
                   "found -> 99203-GY",
    "date": "2025-09-16",
    "patient": ("Lozano", "Arturo", "1959-07-04", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """VALLE DERMATOLOGY ASSOCIATES - HARLINGEN
PowerChart New Patient Note
Patient: LOZANO, ARTURO   66 y/o M   DOS 09/16/2025
Coverage: Original Medicare Part B (new enrollee). No Medicaid.

Chief Complaint
"Un chequeo de la piel, nada mas." Screening skin exam; his wife made him come.

History of Present Illness
Retired teacher. No skin complaints - no changing, bleeding or itching lesions. No personal history of skin
cancer or precancers. No family history of melanoma or skin cancer. No immunosuppression. Uses sunscreen
"when fishing".

Physical Exam
Full skin exam including scalp, face, trunk, extremities, palms, soles, nails, genitalia deferred per patient.
No lesions of concern. Nothing to biopsy or treat.

Assessment/Plan
Screening skin exam, normal. Sun protection counseling. Return in 1-2 years or sooner for any new or changing
spot.
Level of service: 99203.

Electronically Signed By: Rafael Santos, MD 09/16/2025 10:05 CDT
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; screening-only exam with no history, no "
                  "complaint and nothing found -> E/M with GY (no ABN documented, so no GX).",
})

SCENARIOS.append({
    "id": "s33-em-acral-lesion-declined-biopsy-in-id-global-24",
    "family": "em", "shape": "free-text",
    "description": "Established pt 6 days after thigh abscess I&D (010 global) evaluated for a new acral pigmented "
                   "lesion; biopsy recommended and declined -> 99214-24; Texas Medicaid",
    "date": "2025-12-10",
    "patient": ("Hinojosa", "Graciela", "1967-08-21", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Pigmented lesion, left sole, changing", None, "Left plantar midfoot", reason=True),
        C("c2", "Abscess right thigh, s/p I&D 12/04/2025", "L02.415", "Right anterior thigh"),
    ],
    "prior": [
        PRIOR("2025-12-04", "10060", "I&D abscess right anterior thigh", site="Right anterior thigh"),
    ],
    "procedures": [
        P("Punch biopsy, left sole pigmented lesion", site="Left plantar midfoot", status="not-done",
          note="Recommended; patient declined ('no quiere biopsia, tiene miedo'). Dermoscopy photos stored.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """VALLE DERMATOLOGY ASSOCIATES - McALLEN
PowerChart Office Visit    DOS 12/10/2025    Sofia Ramirez, MD
Patient: HINOJOSA, GRACIELA   58 y/o F   Texas Medicaid
Interpreter: Spanish, in person (ID 4471)

Chief Complaint
"Una mancha negra en la planta del pie que esta creciendo." Also thigh wound check.

History of Present Illness
I drained an abscess on her R thigh 6 days ago. She says it is better. Today she shows me a dark spot on the
L sole noticed 4 months ago, her daughter thinks it is bigger. No bleeding. No trauma she recalls.

Physical Exam
R anterior thigh I&D site: healing, no erythema, no fluctuance.
L plantar midfoot: 8 x 6 mm irregular brown-black macule, two colors; dermoscopy: parallel ridge pattern in
part of the lesion, irregular diffuse pigmentation.

Assessment/Plan
1. Changing acral pigmented lesion L sole - concerning for acral melanoma; recommended punch biopsy today.
   Discussed risks of not biopsying. She declines today: "no quiero biopsia, me da miedo". Dermoscopy photos
   taken and stored; return in 4 weeks for comparison; urged to reconsider; written information in Spanish.
2. R thigh abscess s/p I&D - healing, no further care needed (part of the post-op period).
LOS: 99214.

Electronically Signed By: Sofia Ramirez, MD 12/10/2025 14:55 CST
""",
    "expected": E([L("99214", 1, "24")], topics=["global-period"]),
    "coder_note": "E/M for a new, unrelated problem inside the 010 global of the 12/04 I&D -> 24 (GS-5). The punch "
                  "biopsy was recommended but declined and not performed. The thigh wound check is part of the global.",
})
