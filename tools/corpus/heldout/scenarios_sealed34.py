"""Sealed set 34 (s34-): medical + cosmetic dermatology practice on ModMed EMA.

Practice (note headers): Bellweather Dermatology & Aesthetic Center (general/medical dermatology, an aesthetics
suite and a Mohs day). EMA exports: pre-coded Procedure CPT codings (some wrong), structured Exam / Procedure
grids and Plan bullets. Same visit often mixes covered and cosmetic work; the cosmetic vs covered line is set by
documented symptoms (bleeding, itch, inflammation, catching on clothing) or by their absence / negation /
hypothetical mention. Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the
tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "Bellweather Dermatology & Aesthetic Center  |  ModMed EMA"

# =================================================================================================================
# Batch 1
# =================================================================================================================

SCENARIOS.append({
    "id": "s34-cos-sk-shave-back-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Two asymptomatic SKs on the back shaved at patient request before a wedding; voluntary ABN; "
                   "Medicare FFS",
    "date": "2026-02-03",
    "patient": ("Whitcombe", "Loretta", "1951-08-19", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Seborrheic keratosis", "L82.1", "Back", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Cosmetic Procedure Note",
    "note": HDR + """
Provider: Henrietta Voss, MD          DOS: 02/03/2026
Patient: Loretta Whitcombe            DOB: 08/19/1951         Visit type: Procedure only

CHIEF COMPLAINT: "I want these two things off my back before my daughter's wedding."

HPI: 74 y/o F, established. Two brown "stuck-on" growths on the back for years. She does not like how they
look in an open-back dress. She denies itching, denies bleeding, denies pain; they have never been irritated
and do not catch on her bra or clothing. No recent change in size or color per patient and per our 2025 photos.
Hx BCC L shoulder 2019 (excised, no recurrence) - scar checked today, quiet.

EXAM (EMA grid)
| # | Location            | Morphology                                   | Size       |
| 1 | Left upper back     | waxy tan stuck-on papule, no erythema/crust   | 0.8 cm     |
| 2 | Right mid back      | verrucous brown plaque, no erythema/crust     | 1.3 x 1.0 cm |
L shoulder scar: flat, no nodularity.

ASSESSMENT
- Seborrheic keratoses x2, back - benign, asymptomatic. Removal is cosmetic.

FINANCIAL
- Explained Medicare does not pay for cosmetic removal. Pt chose to proceed and signed a voluntary ABN
  (CMS-R-131) today before the procedure; understands she will be billed.

PROCEDURE: Shave removal x2
- Consent signed. Lidocaine 1% w/ epi, 0.5 mL each site.
- Lesion 1 (L upper back, 0.8 cm) and lesion 2 (R mid back, 1.3 cm) removed flush with DermaBlade.
- Hemostasis with aluminum chloride. Vaseline + bandage.
- Specimens: not sent (clinically classic SK, pt declined path).

PLAN
- Wound care handout. RTC 1 yr FSE or sooner prn.

Electronically signed: Henrietta Voss, MD 02/03/2026 11:52
""",
    "expected": E([L("11301", 1, "GX", "GY"), L("11302", 1, "GX", "GY")], ["cosmetic"],
                  {"11301": ["L82.1"], "11302": ["L82.1"]}),
    "coder_note": "BSL-2/COS-4: asymptomatic SKs (itch, bleeding, pain, irritation all negated) = cosmetic, statutorily "
                  "excluded -> GY, plus GX for the voluntary ABN. Shave by diameter, trunk: 0.8 cm -> 11301, 1.3 cm -> 11302.",
})

SCENARIOS.append({
    "id": "s34-ds-ak-face-cosmetic-sk-chest-uhc",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 3 AKs on the face (covered) plus 5 asymptomatic chest SKs frozen as a self-pay cosmetic add-on; "
                   "EMA pre-coded all three codes; UHC",
    "date": "2026-02-05",
    "patient": ("Ostrowski", "Dale", "1967-11-02", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Forehead, left temple", reason=True),
        C("c2", "Seborrheic keratosis", "L82.1", "Anterior chest", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Forehead",
          note="LN2 cryotherapy, 2 freeze-thaw cycles", reasons=["c1"]),
        P("Destruction premalignant lesions 2-14, each additional (Qty 2)", cpt="17003", site="Forehead; left temple",
          note="Qty: 2", reasons=["c1"]),
        P("Destruction benign lesions up to 14", cpt="17110", site="Anterior chest",
          note="Cosmetic - self pay per aesthetic fee schedule", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": HDR + """
Luca Marchetti, MD - Dermatology                  DOS 02/05/2026
Pt: Dale Ostrowski, 58M, established

CC: rough spots on forehead; also wants the brown spots on his chest "zapped while I'm here".

HPI: Landscaper, lots of sun. Rough, sandpaper spots on the forehead and left temple x months, come and go,
sometimes sting in the sun. Chest spots have been there for years; he says they don't itch, don't bleed and
have never gotten irritated - he just thinks they look "old".

Exam:
  Forehead: 2 gritty erythematous scaly macules (0.4 cm, 0.6 cm).
  L temple: 1 gritty hyperkeratotic papule 0.5 cm.
  Ant. chest: 5 tan-brown waxy stuck-on papules 0.3-0.7 cm, no inflammation, no crust.

A/P:
1. Actinic keratoses x3 (forehead x2, L temple x1) - L57.0
   - Cryotherapy today, LN2, 2 FTC each, 3 lesions total. Expected blistering/crusting reviewed.
   - Sunscreen SPF 50, broad-brim hat.
2. Seborrheic keratoses, chest x5 - L82.1, asymptomatic
   - Pt elected cosmetic cryotherapy, 5 lesions, 1 FTC. Informed this is cosmetic and not submitted to his
     insurance; he paid the aesthetic cryo fee at check-out.

F/u 6 months.
L. Marchetti MD (e-signed)
""",
    "expected": E([L("17000"), L("17003", 2)], ["cosmetic"], {"17000": ["L57.0"]}),
    "coder_note": "AK destruction covered (NCD 250.4): 3 lesions -> 17000 + 17003 x2. Chest SKs are asymptomatic "
                  "(itch, bleeding, irritation negated) -> cosmetic; commercial payer -> 17110 line removed, patient "
                  "paid directly (conventions, non-Medicare cosmetic). With 17110 gone no XS is needed.",
})

SCENARIOS.append({
    "id": "s34-tags-neck-axilla-catching-bleeding",
    "family": "skin-tags", "shape": "free-text",
    "description": "Nine symptomatic skin tags (neck and left axilla) catching on necklace/bra strap and bleeding; "
                   "Medicare via NGS",
    "date": "2026-02-09",
    "patient": ("Pruitt", "Glenda", "1958-04-27", "female"),
    "provider": "lindgren", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Neck; left axilla", reason=True),
    ],
    "procedures": [
        P("Skin tag removal - snip / scissor", site="Neck (6), left axilla (3)",
          note="9 acrochordons removed with curved iris scissors, hemostasis AlCl. Several erythematous/irritated; "
               "2 had fresh hemorrhagic crust.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Astrid Lindgren, MD                               02/09/2026
Glenda Pruitt  DOB 04/27/1958  (est. pt)

S: Skin tags on the neck and under the left arm keep catching on her necklace chain and bra strap. Two bled
onto her blouse this week. Several are sore and red. Wants them off.

O: Neck - 6 pedunculated skin-colored papules 2-4 mm, 3 with surrounding erythema, 2 with hemorrhagic crust.
   L axilla - 3 pedunculated papules 2-5 mm, one macerated/irritated at the base.

A: Irritated acrochordons x 9 (neck 6, L axilla 3), symptomatic - bleeding, irritation from friction/trauma.

P: Removal today, all 9.
   - Verbal + written consent. Alcohol prep. No anesthesia needed for most; topical lido for axilla.
   - Snip excision with iris scissors at the base, AlCl for hemostasis, Vaseline.
   - Not sent to path.
   Return prn.

A. Lindgren MD
""",
    "expected": E([L("11200")], [], {"11200": ["L91.8"]}),
    "coder_note": "BSL-3 (a)/(g)/(l): bleeding, inflammation and documented trauma from jewelry/bra strap -> covered. "
                  "9 tags <= 15 -> 11200 x1, no modifier.",
})

SCENARIOS.append({
    "id": "s34-tags-22-asymptomatic-no-abn",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 asymptomatic skin tags removed for appearance; only a hypothetical future irritation noted; "
                   "no ABN; Medicare FFS",
    "date": "2026-02-10",
    "patient": ("Kowalczyk", "Bernard", "1953-01-14", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Skin tags", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "note_title": "Progress Note",
    "note": HDR + """
Rafael Santos, MD        Date of service: 2/10/2026
Patient: Bernard Kowalczyk (73 y/o M)   Established

Reason for visit: skin tag removal

History: Multiple skin tags neck and both armpits, slowly accumulating over ~10 yrs. His wife "can't stand
them". He specifically denies itching, bleeding or pain, and says they don't snag on his shirts or his razor.
None have changed. He understands they are harmless.

Exam:
 - Neck: 14 small soft pedunculated papules 1-3 mm, no erythema, no crust.
 - R axilla: 5 similar. L axilla: 3 similar. None inflamed.
 Total: twenty-two tags.

Assessment: Acrochordons x22, asymptomatic.

Plan / Procedure:
 - Discussed that tags can get irritated if they catch on clothing; to date they have not.
 - Cosmetic nature discussed. Pt wants all removed today.
 - 22 tags removed with gradle scissors / forceps, Drysol for hemostasis. Tolerated well.
 - No ABN on file for today (front desk did not present one).
 - RTC prn.

e-signed R. Santos, MD
""",
    "expected": E([L("11200", 1, "GY"), L("11201", 1, "GY")], ["cosmetic"]),
    "coder_note": "No BSL-3 reason: symptoms negated, irritation only hypothetical ('can get irritated'). Cosmetic "
                  "= statutorily excluded -> GY (no voluntary ABN, so no GX). 22 tags -> 11200 + 11201 "
                  "x ceil(7/10)=1.",
})

SCENARIOS.append({
    "id": "s34-tags-thigh-hypothetical-chafe-punch-nevus",
    "family": "skin-tags", "shape": "note-only",
    "description": "Inner-thigh tags removed cash-pay (only a feared future chafing); same visit punch biopsy of a "
                   "changing shoulder nevus; Aetna",
    "date": "2026-02-12",
    "patient": ("Delacroix", "Monique", "1991-06-30", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Nevus, changing, left shoulder", None, "Left posterior shoulder", reason=True),
        C("c2", "Acrochordons, inner thighs", "L91.8", "Bilateral inner thighs", reason=True),
    ],
    "path": [{"text": "Left posterior shoulder, punch biopsy: compound dysplastic nevus with mild cytologic atypia; "
                      "lesion extends to a lateral margin.", "date": "2026-02-16", "site": "Left posterior shoulder"}],
    "note_title": "Dermatology Visit",
    "note": """<html><body>
<h3>Bellweather Dermatology &amp; Aesthetic Center</h3>
<p><b>Provider:</b> Henrietta Voss, MD &nbsp; <b>DOS:</b> 02/12/2026<br/>
<b>Patient:</b> Monique Delacroix, 34 F, established</p>
<p><b>CC:</b> (1) mole on back of L shoulder looks different; (2) skin tags on inner thighs.</p>
<p><b>HPI:</b> Boyfriend noticed the shoulder mole is darker and has a new notch on one edge over ~3 months.
No bleeding. Inner-thigh tags present 2 yrs. She is starting a marathon training plan and is worried they
<i>might</i> chafe once she starts long runs. Right now they do not itch, bleed, or rub; no irritation.</p>
<p><b>Exam:</b></p>
<table border="1">
<tr><th>Location</th><th>Finding</th></tr>
<tr><td>L posterior shoulder</td><td>7 mm brown macule, two-tone, irregular notched border</td></tr>
<tr><td>Inner thighs (R 3, L 3)</td><td>6 skin-colored pedunculated papules 2-4 mm, no erythema, no excoriation</td></tr>
</table>
<p><b>Assessment / Plan:</b></p>
<ul>
<li>Atypical-appearing nevus, L shoulder, r/o dysplastic nevus vs melanoma &mdash; <b>punch biopsy</b> today:
4 mm punch, lido w/ epi, 1 simple 4-0 nylon suture, specimen to Dermpath. Call with results.</li>
<li>Acrochordons x6 inner thighs, currently asymptomatic &mdash; removed at her request with scissors
(6 tags). Cosmetic; she paid the self-pay fee today, not billed to Aetna.</li>
<li>Suture removal 10-14 days (can be done by nurse).</li>
</ul>
<p>e-signed Henrietta Voss, MD</p>
</body></html>""",
    "html": True,
    "expected": E([L("11104")], ["cosmetic"], {"11104": ["D22.62"]}),
    "coder_note": "Punch biopsy of the nevus -> 11104; path dysplastic nevus, mild atypia -> D22.62 (shoulder = upper "
                  "limb). Tags: chafing only feared for the future, symptoms negated -> cosmetic, commercial -> 11200 "
                  "removed, patient pays.",
})

SCENARIOS.append({
    "id": "s34-ds-inflamed-sk-precoded-ak-codes",
    "family": "destruction", "shape": "pre-coded",
    "description": "Four inflamed, itchy, bleeding SKs frozen; EMA pre-coded as AK destruction 17000 + 17003 x3; "
                   "Medicare FFS",
    "date": "2026-02-17",
    "patient": ("Haverford", "Clement", "1946-09-05", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Back and flanks", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant, first lesion", cpt="17000", site="Right flank", reasons=["c1"]),
        P("Destruction premalignant, each additional 2-14 (Qty 3)", cpt="17003", site="Back; left flank",
          note="Qty 3", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": HDR + """
Luca Marchetti, MD                                DOS 02/17/2026
Clement Haverford  79 M  est.

CC: "itchy scabby spots" on back/sides.

HPI: 4 spots on back and flanks, itch intensely at night; he scratches them until they bleed. Two have been
red and crusted for weeks. No fevers.

EXAM
 Site            Morphology                                                     Size
 R flank         stuck-on verrucous papule, erythematous rim, hemorrhagic crust 0.9 cm
 L flank         same, excoriated, oozing                                       0.7 cm
 Mid back x2     waxy papules with surrounding erythema, excoriations           0.5, 0.6 cm
 No AKs seen on the back. Scalp/face not examined today.

A/P
 - Inflamed/irritated seborrheic keratoses x4 (L82.0): symptomatic (itch, bleeding, inflammation).
   Cryotherapy LN2 to all 4, 1-2 FTC. Aftercare given.
 - Triamcinolone 0.1% oint to surrounding eczematous skin bid x1 wk (sample from clinic).

RTC 3 mo / prn.
L. Marchetti MD
""",
    "expected": E([L("17110")], ["coding-correction"], {"17110": ["L82.0"]}),
    "coder_note": "SKs are benign lesions: DS-2 17110 (up to 14 lesions, 1 unit), not the premalignant 17000/17003 "
                  "the EMA picked. Covered: itch, bleeding and inflammation documented (BSL-3).",
})

SCENARIOS.append({
    "id": "s34-ds-ak-eighteen-precoded-17003x17",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 18 AKs (scalp, face, hands); EMA pre-coded 17000 + 17003 x17; Aetna Medicare Advantage PPO",
    "date": "2026-02-19",
    "patient": ("Brannigan", "Seamus", "1944-03-22", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, multiple", "L57.0", "Scalp, face, dorsal hands", reason=True),
        C("c2", "Personal history of SCC in situ, scalp", "Z86.007", history=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", reasons=["c1"]),
        P("Destruction premalignant, each additional (Qty 17)", cpt="17003", site="Scalp; face; dorsal hands",
          note="Qty: 17", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": HDR + """
Astrid Lindgren, MD        02/19/2026
Seamus Brannigan, 81M, established. Bald, fair, retired roofer.

Interval: Last cryo 8 months ago. Hx SCCIS L vertex 2023, treated with ED&C - site clear today, no
recurrence, nothing done there.

Exam - AK count (gritty erythematous scaly papules):
 - Scalp: 9
 - Face: 6 (forehead 3, R cheek 2, nasal dorsum 1)
 - Dorsal hands: 3 (R 2, L 1)
 Total 18. No thick/tender/indurated lesions to suggest SCC today.

Procedure: Cryodestruction, LN2, 2 FTC per lesion, all 18 AKs.
 Consent obtained. Tolerated well. Hypopigmentation/blister risks reviewed.

Plan: Consider 5-FU/calcipotriene field therapy to scalp next winter (not started today).
 RTC 6 mo.
- A. Lindgren, MD
""",
    "expected": E([L("17004")], ["coding-correction"], {"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000 + 17003 (17004/17000 and "
                  "17004/17003 are indicator 0; 17003 x17 also exceeds its MUE of 13). Field therapy only planned; "
                  "history of SCCIS not treated today.",
})

SCENARIOS.append({
    "id": "s34-ds-molluscum-cantharidin-child-medicaid",
    "family": "destruction", "shape": "note-only",
    "description": "Cantharidin to 12 molluscum papules in a 7-year-old; curettage only mentioned as a future option; "
                   "Medicaid MCO",
    "date": "2026-02-20",
    "patient": ("Nwachukwu", "Tobenna", "2018-10-11", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk, arms", reason=True),
        C("c2", "Atopic dermatitis, mild", "L20.9", None),
    ],
    "note_title": "Pediatric Dermatology Note",
    "note": HDR + """
Ines Castellanos, MD - Pediatric Dermatology         DOS: 02/20/2026
Patient: Tobenna Nwachukwu   Age 7   Established   Accompanied by mother

Chief complaint: bumps on belly and arms, spreading to his brother.

HPI: Umbilicated bumps x 5 months, increasing in number. Itchy around some of them (molluscum dermatitis).
Mom would like treatment today. History of mild eczema, controlled on emollients.

Exam: twelve pearly umbilicated papules 1-3 mm: abdomen 7, R forearm 3, L upper arm 2.
      Mild eczematous patches around 3 of the abdominal lesions. No signs of infection.

Assessment:
 1. Molluscum contagiosum (B08.1), 12 lesions.
 2. Atopic dermatitis, mild, stable - continue current emollient routine (no change).

Procedure: Cantharidin 0.7% applied with wooden applicator to each of the 12 lesions, covered with tape.
 Wash off in 4-6 hours. Blistering expected. Parent counseled.

Plan: If lesions remain at follow-up in 4 weeks, could consider curettage or repeat cantharidin.
      No curettage today.

Ines Castellanos, MD (signed)
""",
    "expected": E([L("17110")], [], {"17110": ["B08.1"]}),
    "coder_note": "Chemical destruction of benign lesions (molluscum, covered per L35498) -> 17110 x1 for up to 14 "
                  "lesions. Curettage is only a future option. No provider-selected E/M.",
})

SCENARIOS.append({
    "id": "s34-cos-neurotoxin-peel-all-selfpay",
    "family": "cosmetic", "shape": "free-text",
    "description": "Aesthetics-suite visit: glabellar/forehead neurotoxin and a superficial salicylic peel, both "
                   "self-pay; commercial coverage on file",
    "date": "2026-02-24",
    "patient": ("Ashdown", "Priya", "1980-12-03", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Encounter for cosmetic procedure", "Z41.1", "Face", reason=True),
    ],
    "procedures": [
        P("Neurotoxin - onabotulinumtoxinA, cosmetic", site="Glabella; forehead",
          note="Glabella 20 units (5 points), forehead 12 units. Total 32 units. Lot # recorded. Self-pay.",
          reasons=["c1"]),
        P("Chemical peel - superficial salicylic acid 30%, full face", site="Face",
          note="2 passes, neutralized, endpoint mild erythema. Self-pay package visit 2 of 4.", reasons=["c1"]),
    ],
    "note_title": "Aesthetic Treatment Record",
    "note": HDR + """ - AESTHETICS SUITE
Provider: H. Voss, MD       Date: 02/24/2026
Client: Priya Ashdown, 45F

Goals: soften frown lines and forehead lines; brighten skin tone / mild texture.
No active acne, no rash, no cold sores. Not pregnant or nursing. No neuromuscular disease.

Treatment 1: onabotulinumtoxinA (Botox Cosmetic), reconstituted 2.5 mL/100 U.
  Glabella 20 U (procerus 4, corrugators 4 x 2 each side), frontalis 12 U in 6 points. Total 32 U.
Treatment 2: Salicylic acid 30% superficial peel, full face, 2 passes, 3 min contact. No frosting.

Both services are cosmetic. Patient paid at check-out (package pricing). Nothing to be submitted to
insurance.

Post-care: no lying flat 4 h, no facials x 1 wk, strict SPF.
Follow-up: 2 weeks for neurotoxin touch-up if needed; peel #3 in 4 weeks.
H. Voss MD
""",
    "expected": E([], ["cosmetic"]),
    "coder_note": "Both services are cosmetic (COS-2: neurotoxin for rhytids, chemical peel), commercial payer -> "
                  "no claim lines; cosmetic finding, patient billed directly.",
})

SCENARIOS.append({
    "id": "s34-cos-psoriasis-flare-em25-sk-gy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Psoriasis flare with prescription change (E/M) plus LN2 to 7 asymptomatic SKs at patient request, "
                   "no ABN; Medicare FFS",
    "date": "2026-02-26",
    "patient": ("Stroud", "Everett", "1956-05-09", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis, flaring", "L40.0", "Elbows, knees, sacrum", reason=True),
        C("c2", "Seborrheic keratoses", "L82.1", "Back, chest", reason=True),
    ],
    "note_title": "Progress Note",
    "note": HDR + """
Rafael Santos, MD            DOS 02/26/2026
Everett Stroud  69 y/o M   Established

CC: psoriasis worse; also wants the "barnacles" frozen.

HPI: Plaque psoriasis x 20 yrs, controlled on triamcinolone 0.1% until this winter - now spreading on
elbows, knees and new plaque over sacrum, itchy, cracking. No joint pain or morning stiffness.
Separately: brown crusty-looking spots on back and chest. He asks to have them frozen because he thinks
they look bad. On questioning: they do not itch, have never bled, are not irritated or sore.

EXAM:
 Psoriasis: well-demarcated erythematous plaques with silvery scale - elbows (4 x 3 cm each), knees
   (5 x 4 cm each), sacrum 6 x 4 cm. BSA ~4%. Nails: few pits. No dactylitis.
 SK: 7 tan-brown stuck-on papules 0.4-0.9 cm (back 5, chest 2), no erythema, no crust, no excoriation.

ASSESSMENT & PLAN
1. Psoriasis vulgaris, flaring (chronic illness with exacerbation)
   - Stop triamcinolone. Start clobetasol 0.05% oint bid x 2 wks, then weekends only; calcipotriene 0.005%
     cream weekdays. Rx sent. Reviewed atrophy risk.
   - If not controlled at f/u, discuss phototherapy or systemic - not today.
2. Seborrheic keratoses x7, asymptomatic
   - Cosmetic; cryotherapy LN2 to all 7 lesions at his request. No ABN signed.
RTC 6 wks for psoriasis.

R. Santos MD (electronically signed)
""",
    "expected": E([L("99214", 1, "25"), L("17110", 1, "GY")], ["cosmetic"],
                  {"99214": ["L40.0"], "17110": ["L82.1"]}),
    "coder_note": "Psoriasis flare with prescription management is significant, separately identifiable work -> E/M "
                  "with 25 (17110/99214 PTP indicator 1). SK destruction with itch/bleeding/irritation negated -> "
                  "cosmetic, Medicare FFS, no ABN -> 17110-GY.",
})

# =================================================================================================================
# Batch 2
# =================================================================================================================

SCENARIOS.append({
    "id": "s34-shave-sk-bra-line-wrong-band",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of a 1.4 cm irritated SK under the bra strap; EMA pre-coded the 0.6-1.0 cm band; UHC",
    "date": "2026-03-02",
    "patient": ("Fairbanks", "Renata", "1973-07-16", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis", "L82.0", "Right mid back (bra line)", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs", cpt="11301", site="Right mid back",
          note="Lesion diameter 1.4 x 1.1 cm. DermaBlade shave, AlCl hemostasis. Specimen to path.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right mid back, shave: irritated seborrheic keratosis with squamous eddies; no atypia.",
              "date": "2026-03-05", "site": "Right mid back"}],
    "note_title": "Procedure Note",
    "note": HDR + """
June Abernathy, MD                                   03/02/2026
Renata Fairbanks, 52F (est)

Why she's here: growth right mid back right under the bra strap. Strap rubs it raw daily; it has bled
onto her bra twice in the last month and is sore.

Exam: R mid back at bra line - 1.4 x 1.1 cm verrucous tan plaque, eroded surface, erythematous inflamed
base, serous crust. Nothing else of concern on the back.

Impression: irritated seborrheic keratosis vs. other; given bleeding/inflammation, remove and send.

Procedure - SHAVE REMOVAL
 Site: R mid back      Lesion size: 1.4 x 1.1 cm      Anesthesia: 1% lido w/ epi 1 mL
 Technique: shave removal to mid-dermis, entire lesion removed, AlCl hemostasis. No sutures.
 Specimen: to Dermpath.
 Wound care reviewed. Will call with path.

J. Abernathy MD
""",
    "expected": E([L("11302")], ["coding-correction"], {"11302": ["L82.0"]}),
    "coder_note": "SH-1: shave coded by lesion diameter; 1.4 cm on the trunk -> 11302 (1.1-2.0 cm), not 11301. "
                  "Bleeding/inflamed/trauma documented, path irritated SK -> covered.",
})

SCENARIOS.append({
    "id": "s34-shave-scalp-size-blank-neck-inflamed",
    "family": "shave", "shape": "note-only",
    "description": "Two symptomatic lesions shaved: scalp lesion with blank size field, neck lesion 0.4 cm; "
                   "Medicare FFS",
    "date": "2026-03-03",
    "patient": ("Eberhardt", "Walter", "1949-02-08", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Scalp vertex", reason=True),
        C("c2", "Inflamed seborrheic keratosis, neck", "L82.0", "Left lateral neck", reason=True),
    ],
    "path": [
        {"text": "A. Scalp, vertex, shave: irritated seborrheic keratosis.", "date": "2026-03-06",
         "site": "Scalp vertex"},
        {"text": "B. Left lateral neck, shave: inflamed seborrheic keratosis, base involved.", "date": "2026-03-06",
         "site": "Left lateral neck"},
    ],
    "note_title": "Office Procedure Note",
    "note": HDR + """
Luca Marchetti, MD        DOS 03/03/2026
Walter Eberhardt 77M, est pt

CC: sore bump on top of head catches on his comb and bleeds; another on the side of the neck rubbing on
his collar.

EXAM / PROCEDURE GRID
 Lesion A
   Location: scalp, vertex
   Description: pink keratotic papule with hemorrhagic crust
   Size: --
   Procedure: shave removal, DermaBlade, AlCl, specimen A to path
 Lesion B
   Location: L lateral neck
   Description: inflamed tan stuck-on papule, erythematous base
   Size: 0.4 cm
   Procedure: shave removal, DermaBlade, AlCl, specimen B to path

Anesthesia: 1% lidocaine with epinephrine, 1 mL total. Consent on file. No complications.

A/P: Symptomatic (bleeding, trauma from comb; collar friction with inflammation) keratotic lesions x2, both
removed by shave and sent. Hx of BCC L ear 2020 - no recurrence on exam.
F/u path. RTC 6 mo.
L. Marchetti, MD
""",
    "expected": E([L("11305")], ["missing-documentation"], {"11305": ["L82.0"]}),
    "coder_note": "Neck lesion 0.4 cm -> 11305 (SNHFG <=0.5). Scalp lesion size field blank and no size anywhere "
                  "-> no size-banded shave line + missing-documentation (README Coding decisions).",
})

SCENARIOS.append({
    "id": "s34-shave-nasal-sidewall-uncertain-ma",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of a 0.7 cm nasal papule where BCC could not be excluded; path intradermal nevus; "
                   "Humana Medicare Advantage",
    "date": "2026-03-04",
    "patient": ("Lindahl", "Corinne", "1962-10-21", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, right nasal sidewall", "D22.39", "Right nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Shave removal - face", site="Right nasal sidewall",
          note="0.7 cm flesh-colored dome papule. Removed in full by shave (not a sampling biopsy). "
               "Specimen to path.", reasons=["c1"]),
    ],
    "path": [{"text": "Right nasal sidewall, shave removal: intradermal melanocytic nevus, no atypia. No basal cell "
                      "carcinoma identified.", "date": "2026-03-09", "site": "Right nasal sidewall"}],
    "note_title": "Procedure Note",
    "note": HDR + """
Astrid Lindgren, MD       03/04/2026
Corinne Lindahl, 63F - established

Lesion R nasal sidewall noticed ~1 yr, slowly enlarging, occasional shiny look. Fine telangiectasia on the
surface. Cannot clinically exclude BCC vs intradermal nevus - plan complete removal for diagnosis.

Shave removal:
 - Size 0.7 cm (greatest diameter).
 - Lido w/ epi 0.5 mL; lesion removed flush in its entirety; Drysol; petrolatum.
 - Intent: removal of the whole lesion, not a partial sample.
 - Specimen to Dermpath.

Plan: call with path; if BCC, will schedule Mohs.
A. Lindgren MD
""",
    "expected": E([L("11311")], [], {"11311": ["D22.39"]}),
    "coder_note": "BX-4: intent was complete removal -> shave removal code, not 11102. Nose = FEENLM, 0.7 cm -> 11311. "
                  "Diagnostic uncertainty (possible BCC) makes it non-cosmetic; path D22.39.",
})

SCENARIOS.append({
    "id": "s34-shave-temple-bleeding-back-cosmetic-abn",
    "family": "shave", "shape": "note-only",
    "description": "Temple SK bleeding where glasses rub (covered) plus two asymptomatic back SKs shaved with a "
                   "voluntary ABN; Medicare FFS",
    "date": "2026-03-05",
    "patient": ("Galloway", "Hyacinth", "1953-12-30", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, left temple", "L82.0", "Left temple", reason=True),
        C("c2", "Seborrheic keratoses, back", "L82.1", "Upper back", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Provider: Henrietta Voss, MD   Date: 03/05/2026   Patient: Hyacinth Galloway (72F, est.)

CC: L temple spot keeps bleeding where the arm of her glasses rubs. "While you're at it" wants two on her
back removed.

Temple lesion: 0.9 cm brown verrucous papule, eroded, with fresh blood and erythematous irritated rim
directly under the eyeglass temple piece. Tender. Has bled 3-4 times.
Back: two tan stuck-on papules, L scapula 0.5 cm and R scapula 0.6 cm. Pt states these never itch or bleed,
are not irritated, and don't catch on anything; she just doesn't like them.

Assessment:
 #1 Irritated SK L temple - symptomatic (bleeding, trauma from eyeglasses).
 #2 SK x2 upper back - asymptomatic; cosmetic.

ABN: For the two back lesions only, pt read and signed a voluntary ABN before the procedure and accepts
financial responsibility.

Procedure: Shave removal x3, lido with epi, DermaBlade, AlCl.
   L temple 0.9 cm; L scapula 0.5 cm; R scapula 0.6 cm. Temple specimen to path; back lesions discarded.

Path pending on #1. RTC 1 yr.
H. Voss MD
""",
    "expected": E([L("11311"), L("11300", 1, "GX", "GY"), L("11301", 1, "GX", "GY")], ["cosmetic"],
                  {"11311": ["L82.0"], "11300": ["L82.1"], "11301": ["L82.1"]}),
    "coder_note": "Temple = face (FEENLM), 0.9 cm, covered (bleeding, trauma) -> 11311. Back SKs asymptomatic -> "
                  "cosmetic; Medicare FFS with voluntary ABN -> GX + GY. 0.5 cm -> 11300, 0.6 cm -> 11301.",
})

SCENARIOS.append({
    "id": "s34-tags-thirty-irritated-11201-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "30 inflamed, bleeding friction-zone skin tags; EMA pre-coded 11200 + 11201 x2 (over MUE); "
                   "Humana Medicare Advantage",
    "date": "2026-03-09",
    "patient": ("Okoro", "Benedicta", "1959-05-05", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Skin tags, inflamed", "L91.8", "Neck, axillae, inframammary", reason=True),
        C("c2", "Obesity", "E66.9", None),
    ],
    "procedures": [
        P("Removal skin tags, up to and including 15", cpt="11200", site="Neck; axillae; inframammary folds",
          reasons=["c1"]),
        P("Removal skin tags, each additional 10 (Qty 2)", cpt="11201", site="Neck; axillae; inframammary folds",
          note="Qty 2", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Rafael Santos, MD                         03/09/2026
Benedicta Okoro, 66F, est.

Pt with numerous skin tags in friction areas. Many are red, raw and sore; several bleed when her bra or
necklace rubs, and the inframammary ones get macerated and weep. Wants as many off as possible.

Exam: pedunculated acrochordons, many with erythema/maceration, some hemorrhagic crust:
   neck 12 | R axilla 6 | L axilla 5 | inframammary 7      => 30 total

Procedure: snip removal of all 30 skin tags with iris scissors; AlCl; petrolatum. Consent signed.
EBL minimal. Tolerated well.

Dx: inflamed/irritated acrochordons (L91.8) - symptomatic (bleeding, inflammation, friction trauma).
Weight counseling handout given.
R. Santos MD
""",
    "expected": E([L("11200"), L("11201")], ["mue"], {"11200": ["L91.8"]}),
    "coder_note": "30 tags -> 11200 + 11201 x ceil(15/10)=2, but 11201 MUE is 1 (MAI 3) -> capped at 1 with an mue "
                  "finding (README). Symptomatic (bleeding, inflammation) so covered; Medicare Advantage, no G-modifiers.",
})

SCENARIOS.append({
    "id": "s34-em-new-medicare-screening-only-gy",
    "family": "em", "shape": "note-only",
    "description": "New patient 'skin check' with no history, no complaint and an unremarkable full-skin exam; "
                   "filler only discussed; Medicare FFS",
    "date": "2026-03-10",
    "patient": ("Pemberton", "Douglas", "1960-09-12", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20, "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", None, reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": HDR + """
June Abernathy, MD                DOS 03/10/2026
Douglas Pemberton  65 M   NEW PATIENT

Reason for visit: "full body skin check" - just turned 65 and his wife wanted him to get one.

HPI: No spots of concern. Nothing changing, bleeding, itching or growing. No personal history of skin
cancer, no family history of melanoma. No history of tanning beds, no blistering sunburns he recalls.
Not immunosuppressed.

Exam: Full skin exam (scalp to toes incl. nails, mucosa, genitals deferred per pt). Fitzpatrick III.
Unremarkable - no suspicious pigmented or keratotic lesions, no lesions needing treatment or biopsy.

Also asked about "filler for the smile lines" - discussed options and pricing with our aesthetics suite;
nothing done today.

Assessment: Skin cancer screening, no abnormal findings (Z12.83).
Plan: Sun protection, self-skin-exam teaching. No routine follow-up needed; return if a spot changes.

J. Abernathy MD
""",
    "expected": E([L("99202", 1, "GY")], [], {"99202": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare screening-only full-skin exam (no history, no complaint, nothing found) -> "
                  "E/M with GY; no ABN so no GX. Filler only discussed, nothing performed.",
})

SCENARIOS.append({
    "id": "s34-em-acne-new-rx-peel-discussed",
    "family": "em", "shape": "note-only",
    "description": "Established acne visit starting doxycycline + tretinoin; cosmetic peel only scheduled for later; "
                   "Cigna",
    "date": "2026-03-11",
    "patient": ("Quintero", "Alondra", "2006-04-18", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 25, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris", "L70.0", "Face, upper back", reason=True),
        C("c2", "Postinflammatory hyperpigmentation", "L81.0", "Cheeks"),
    ],
    "note_title": "Progress Note",
    "note": HDR + """
Ines Castellanos, MD          03/11/2026
Alondra Quintero  19F  est.

Subjective: Acne worse over the past 3 months despite adapalene 0.1% gel + BPO wash. New painful cysts on
jawline, papules/pustules on upper back. Dark marks on the cheeks bother her - asks about chemical peels.
LMP 2 wks ago. Not sexually active; no plans for pregnancy.

Objective: Face: ~20 inflammatory papules/pustules, 4 tender nodules along jawline, open comedones.
Upper back: scattered papulopustules. Brown macules on both cheeks c/w PIH. No scarring.

Assessment/Plan:
 1. Acne vulgaris, moderate-severe, worsening on current regimen
    - Start doxycycline 100 mg PO daily with food x 12 wks (photosensitivity, esophagitis counseling).
    - Switch adapalene -> tretinoin 0.05% cream qhs. Continue BPO wash.
    - Discussed isotretinoin if no response at 3 months.
 2. PIH cheeks - sunscreen daily, azelaic acid 15% gel am.
    - Interested in a superficial chemical peel series for PIH: scheduled a separate cosmetic consult
      in the aesthetics suite next month (self-pay). No peel performed today.

RTC 12 weeks.
I. Castellanos MD
""",
    "expected": E([L("99214")], [], {"99214": ["L70.0"]}),
    "coder_note": "E/M only, provider-selected level kept. The chemical peel was only discussed and scheduled - no "
                  "procedure to code.",
})

SCENARIOS.append({
    "id": "s34-em-decision-only-inflamed-sk-precoded",
    "family": "em", "shape": "pre-coded",
    "description": "Single complaint (itchy, bleeding flank SK) examined and frozen; EMA sent 99212-25 with 17110; "
                   "Medicare",
    "date": "2026-03-12",
    "patient": ("Thistlewood", "Agnes", "1945-11-28", "female"),
    "provider": "lindgren", "payer": "medicare-noname", "minutes": 15,
    "em": "99212", "em_display": "Office visit est pt, low (99212-25)",
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right flank", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", cpt="17110", site="Right flank",
          note="LN2 x 2 FTC, 1 lesion", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": HDR + """
Astrid Lindgren, MD           03/12/2026
Agnes Thistlewood  80F  est.

CC: itchy spot R side. Only concern today.
HPI: 1 spot on the right flank, itches constantly, she scratches it and it bleeds; red for 3 weeks.
Exam (focused, R flank): 1.0 cm stuck-on verrucous papule with erythema and hemorrhagic crust. No other
lesions examined/noted.
A: Inflamed SK, symptomatic.
P: Discussed options; pt chose cryotherapy. LN2 2 FTC today. Aftercare reviewed. RTC prn.
A. Lindgren MD
""",
    "expected": E([L("17110")], [], {"17110": ["L82.0"]}),
    "coder_note": "GS-3 / README: the only work beyond the procedure is evaluating the lesion that was treated and "
                  "deciding to freeze it -> no separately identifiable E/M; the 99212 line is removed. 17110 covered "
                  "(itch, bleeding, inflammation).",
})

SCENARIOS.append({
    "id": "s34-bx-rash-two-punch-one-tangential-deleted",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two punch biopsies (H&E + DIF) and one tangential biopsy; EMA sent deleted 11100/11101 x2; BCBS",
    "date": "2026-03-16",
    "patient": ("Vandermeer", "Celeste", "1980-02-14", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Eruption, annular, forearms and thigh - lupus vs dermatitis", None, "Forearms, thigh", reason=True),
        C("c2", "Pink scaly papule, back", None, "Mid back", reason=True),
    ],
    "procedures": [
        P("Biopsy skin, single lesion", cpt="11100", site="Right dorsal forearm",
          note="4 mm punch, H&E. 1 simple suture.", reasons=["c1"]),
        P("Biopsy skin, each separate/additional lesion (Qty 2)", cpt="11101", site="Left anterior thigh; mid back",
          note="Qty 2: L thigh 4 mm punch for DIF (Michel's); mid back shave biopsy", reasons=["c1", "c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Luca Marchetti, MD                      03/16/2026
Celeste Vandermeer, 46F, est.

Annular scaly eruption on the forearms x 6 wks with photosensitivity; ANA positive per PCP. DDx subacute
cutaneous lupus vs annular dermatitis. Separately a pink scaly papule on the mid back, new this year.

Biopsies (consent signed, lido w/ epi):
 1. R dorsal forearm, active edge - 4 mm PUNCH, formalin for H&E. 1 x 4-0 nylon.
 2. L anterior thigh, perilesional - 4 mm PUNCH, Michel's medium for DIF. 1 x 4-0 nylon.
 3. Mid back pink papule (0.5 cm) - TANGENTIAL (shave) biopsy with DermaBlade, AlCl. Formalin.

Plan: results 1-2 wks, suture removal 10 days. Start hydroxychloroquine only if SCLE confirmed.
L. Marchetti MD
""",
    "expected": E([L("11104"), L("11105"), L("11103")], ["invalid-code"]),
    "coder_note": "11100/11101 were deleted 12/31/2018 (BX-1). BX-2: punch ranks above tangential -> 11104 primary, "
                  "second punch 11105, the tangential biopsy 11103.",
})

SCENARIOS.append({
    "id": "s34-mix-cheek-bx-plus-cosmetic-neck-tags-gy",
    "family": "mixed", "shape": "free-text",
    "description": "Tangential biopsy of a changing cheek papule (BCC) plus four asymptomatic neck tags snipped for "
                   "appearance, no ABN; Medicare FFS",
    "date": "2026-03-17",
    "patient": ("Rutherford", "Imogen", "1950-06-06", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, left cheek", "C44.319", "Left cheek", reason=True),
        C("c2", "Acrochordons, neck", "L91.8", "Neck", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", site="Left cheek",
          note="0.6 cm pink pearly papule, changing. Shave biopsy (partial, for diagnosis). AlCl.", reasons=["c1"]),
        P("Skin tag removal", site="Neck",
          note="4 skin tags snipped - cosmetic per patient, asymptomatic.", reasons=["c2"]),
    ],
    "path": [{"text": "Left cheek, tangential biopsy: basal cell carcinoma, nodular type, extending to the deep "
                      "margin.", "date": "2026-03-20", "site": "Left cheek"}],
    "note_title": "Progress Note",
    "note": HDR + """
H. Voss, MD    03/17/2026    Imogen Rutherford 75F est

1) L cheek: pink shiny papule, 0.6 cm, grew over the winter, bled once after washing. Dermoscopy: arborizing
   vessels. Plan: tangential biopsy to sample for diagnosis; definitive treatment after path.
2) Neck: 4 small skin tags. "They don't bother me, I just don't like them in photos." No itching, no
   bleeding, don't catch on necklaces. Removed with scissors at her request. Cosmetic. No ABN signed.

Procedures: (1) shave biopsy L cheek, lido/epi, AlCl, to path. (2) snip removal x4 neck tags.
F/u path - likely Mohs referral if BCC.
H. Voss MD
""",
    "expected": E([L("11102"), L("11200", 1, "XS", "GY")], ["cosmetic"], {"11102": ["C44.319"]}),
    "coder_note": "Biopsy -> 11102 (path BCC -> C44.319). Tags asymptomatic -> cosmetic, Medicare FFS, no ABN -> GY. "
                  "11102/11200 PTP indicator 1 with 11200 as column 2; different lesions -> XS on 11200.",
})

# =================================================================================================================
# Batch 3
# =================================================================================================================

SCENARIOS.append({
    "id": "s34-exb-inflamed-cyst-back-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of a recurrently inflamed epidermoid cyst of the upper back, 2.2 cm + 0.2 cm margins, "
                   "layered closure 3.8 cm; Cigna",
    "date": "2026-03-18",
    "patient": ("Coleridge", "Marcus", "1987-08-08", "male"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, inflamed, upper back", "L72.0", "Upper back, midline", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion - cyst", site="Upper back, midline",
          note="Cyst 2.2 x 1.8 cm; 0.2 cm margins; fusiform excision including punctum and sac.", reasons=["c1"]),
        P("Layered closure", site="Upper back, midline",
          note="Final length 3.8 cm. 3-0 Vicryl deep dermal/subcutaneous layer, 4-0 nylon running epidermal.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with foreign-body "
                      "giant cell reaction. No malignancy.", "date": "2026-03-23", "site": "Upper back"}],
    "note_title": "Operative Note",
    "note": HDR + """
June Abernathy, MD          Surgery day 03/18/2026
Marcus Coleridge, 38M

Pre-op dx: Recurrently inflamed epidermoid cyst, upper back (2 episodes of redness, pain and foul drainage
in the past year, the last treated with doxycycline in January). Currently quiet enough to excise.

Procedure: excision of cyst with layered closure.
 - Time-out done. Prepped/draped sterile. 1% lido w/ epi 8 mL.
 - Cyst measured pre-excision: 2.2 x 1.8 cm. Margin 0.2 cm around the clinical border.
 - Fusiform excision; sac removed intact except a small adherent fibrotic area at the base.
 - Undermining 1 cm each side. Deep layer closed with 3-0 Vicryl buried interrupted; skin 4-0 nylon running.
 - Repair length 3.8 cm.
 - EBL < 5 mL. No complications. Specimen to path.

Post-op: pressure dressing x 24 h, sutures out in 12-14 days.
J. Abernathy, MD
""",
    "expected": E([L("11403"), L("12032")], [], {"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.2 + 2 x 0.2 = 2.6 cm, trunk -> 11403 (2.1-3.0). Layered closure 3.8 cm on the trunk is "
                  "intermediate -> 12032 (2.6-7.5), separately reportable (EX-5). Symptomatic cyst, commercial.",
})

SCENARIOS.append({
    "id": "s34-exb-moderate-atypia-nevus-reexcision",
    "family": "excision-benign", "shape": "note-only",
    "description": "Re-excision of a moderately atypical nevus of the left upper arm 6 weeks after shave biopsy, "
                   "0.6 cm scar + 0.3 cm margins; Medicare FFS",
    "date": "2026-03-19",
    "patient": ("Goldberg", "Nathaniel", "1955-03-03", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic nevus, moderate atypia, left upper arm", "D22.62", "Left upper arm", reason=True),
    ],
    "prior": [PRIOR("2026-02-04", "11102", "Tangential biopsy, left upper arm", "Left upper arm",
                    "Shave biopsy of 6 mm irregular brown macule.")],
    "path": [{"text": "Skin, left upper arm, re-excision: residual dysplastic compound nevus with moderate atypia; "
                      "margins free, closest 2 mm.", "date": "2026-03-24", "site": "Left upper arm"}],
    "note_title": "Excision Note",
    "note": HDR + """
Luca Marchetti, MD                     DOS 03/19/2026
Nathaniel Goldberg 71M established

Indication: Shave biopsy 02/04/2026 L upper arm = dysplastic compound nevus with MODERATE atypia, lateral
margin involved. Recommended conservative re-excision with 3 mm margins. Pt agrees.
(If path had shown severe atypia we would have taken 5 mm margins - not the case.)

Exam: 0.6 cm pink biopsy scar L posterolateral upper arm, faint residual pigment at the edge.

Procedure: Excision, benign.
 Lesion (scar with residual pigment): 0.6 cm.  Margins: 0.3 cm.
 Elliptical excision oriented along relaxed skin tension lines, to fat. Simple interrupted 4-0 nylon
 closure, 2.5 cm. Lido 1% w/ epi 4 mL. Hemostasis electrocautery. Specimen to path, suture at 12 o'clock.

Tolerated well. Wound care reviewed. Suture removal 10-14 d.
L. Marchetti, MD
""",
    "expected": E([L("11402")], [], {"11402": ["D22.62"]}),
    "coder_note": "EX-1: 0.6 + 2 x 0.3 = 1.2 cm, arm -> 11402. Dysplastic nevus = benign (D22.62; D48.5 is not used "
                  "when histology is definite). Simple closure included. The prior biopsy is 000-global, so no "
                  "global-period modifier. Severe-atypia margins are a hypothetical.",
})

SCENARIOS.append({
    "id": "s34-exb-pilar-cyst-size-missing-repair",
    "family": "excision-benign", "shape": "note-only",
    "description": "Painful scalp pilar cyst excised with no lesion size or margin recorded; layered closure 2.4 cm; "
                   "Texas Medicaid",
    "date": "2026-03-20",
    "patient": ("Espinoza", "Dolores", "1982-01-25", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, scalp", "L72.11", "Right parietal scalp", reason=True),
    ],
    "path": [{"text": "Scalp, excision: pilar (trichilemmal) cyst.", "date": "2026-03-25",
              "site": "Right parietal scalp"}],
    "note_title": "Procedure Note",
    "note": HDR + """
Rafael Santos, MD    03/20/2026
Dolores Espinoza, 44F est

Painful lump R parietal scalp, tender when brushing hair or lying on that side; has grown over 6 months.

PROCEDURE: Excision of cyst, R parietal scalp
 Lesion size: ________      Margins: ________
 Anesthesia: 1% lido with epi, 6 mL
 Technique: linear incision over cyst, blunt dissection, cyst wall removed intact, sent to path.
 Repair: layered - 4-0 Vicryl deep, 4-0 Prolene running. Repair length 2.4 cm.
 Complications: none. EBL minimal.

Plan: sutures out 10 days; Tylenol prn.
R. Santos MD
""",
    "expected": E([L("12031")], ["missing-documentation"], {"12031": ["L72.11"]}),
    "coder_note": "README Coding decisions: no lesion size -> no excision line + missing-documentation; the "
                  "documented intermediate repair stands: scalp layered 2.4 cm -> 12031 (<=2.5).",
})

SCENARIOS.append({
    "id": "s34-exm-bcc-back-precoded-simple-repair",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Excision of biopsy-proven BCC right upper back, 1.1 cm + 0.4 cm margins, layered 4.0 cm closure; "
                   "EMA pre-coded simple repair 12002; Medicare FFS",
    "date": "2026-03-23",
    "patient": ("Lockhart", "Percival", "1957-12-12", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk 1.1-2.0 cm", cpt="11602", site="Right upper back", reasons=["c1"]),
        P("Simple repair 2.6-7.5 cm", cpt="12002", site="Right upper back", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-03-02", "11102", "Tangential biopsy, right upper back", "Right upper back")],
    "path": [{"text": "Right upper back, excision: basal cell carcinoma, nodular, margins clear (closest 3 mm).",
              "date": "2026-03-26", "site": "Right upper back"}],
    "note_title": "Excision Note",
    "note": HDR + """
Astrid Lindgren, MD       03/23/2026
Percival Lockhart, 68M

Dx: Nodular BCC R upper back (shave bx 03/02/2026). Excision planned.

Procedure: excision with 4 mm margins.
 - Clinical lesion diameter 1.1 cm (measured before incision). Margin 0.4 cm each side.
 - Elliptical excision to subcutaneous fat.
 - Closure: LAYERED. Deep dermal 4-0 Monocryl buried vertical mattress x 4; epidermis 5-0 nylon simple
   running. Final length 4.0 cm.
 - Lido 1% w/ epi 6 mL. EBL minimal. No complications.
Specimen to Dermpath, tagged at 12.

Return 14 days for suture removal.
A. Lindgren MD
""",
    "expected": E([L("11602"), L("12032")], ["coding-correction"], {"11602": ["C44.519"]}),
    "coder_note": "EX-1: 1.1 + 0.8 = 1.9 cm trunk -> 11602 (correct). The closure was layered (deep dermal + "
                  "epidermal) = intermediate, 4.0 cm trunk -> 12032 (EX-5, no PTP with 11602), not simple 12002.",
})

SCENARIOS.append({
    "id": "s34-exm-scc-shin-reexcision-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of SCC left shin for a positive deep margin 8 days after the first excision (010 "
                   "global); scar 2.0 cm + 0.5 cm margins; Aetna Medicare Advantage PPO",
    "date": "2026-03-11",
    "patient": ("Ferraro", "Annunziata", "1945-07-07", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left shin, positive margin", "C44.729", "Left anterior shin", reason=True),
    ],
    "procedures": [
        P("Re-excision, margins", site="Left anterior shin",
          note="Scar 2.0 cm, 0.5 cm margins around the scar. Simple closure under moderate tension, 4-0 nylon.",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-03-03", "11602", "Excision malignant lesion, left shin", "Left anterior shin",
                    "SCC 1.0 cm, 0.2 cm margins, simple closure.")],
    "path": [
        {"text": "Left shin, excision (03/03/2026): squamous cell carcinoma, well differentiated; deep margin "
                 "involved.", "date": "2026-03-06", "site": "Left anterior shin",
         "encounter": "enc-s34-exm-scc-shin-reexcision-58-prior-1"},
        {"text": "Left shin, re-excision: scar with no residual carcinoma; margins clear.", "date": "2026-03-14",
         "site": "Left anterior shin"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
June Abernathy, MD      03/11/2026
Annunziata Ferraro 80F

Path from 03/03 excision L shin: well-diff SCC, deep margin positive. Returning for re-excision as
planned with her (staged, related to the original excision).

Exam: healing 2.0 cm sutured scar L anterior shin, no infection.
Re-excision: 0.5 cm margin around the 2.0 cm scar, to deep fat. Single-layer simple closure 4-0 nylon.
Lido 1% w/ epi. No complications. Specimen to path.

Leg elevation, compression, sutures out in 14 days.
J. Abernathy MD
""",
    "expected": E([L("11603", 1, "58")], ["global-period"], {"11603": ["C44.729"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> 58; malignant "
                  "code even though the re-excision is negative. 2.0 + 2 x 0.5 = 3.0 cm leg -> 11603. Simple closure "
                  "included.",
})

SCENARIOS.append({
    "id": "s34-mohs-cheek-two-stages-precoded-units-path",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs left cheek BCC, 2 stages (3 + 2 blocks), intermediate repair 3.2 cm; EMA pre-coded "
                   "17311 x2 and 88305 x2; Medicare FFS",
    "date": "2026-03-24",
    "patient": ("Babcock", "Orville", "1949-04-01", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma, left cheek", "C44.319", "Left malar cheek", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, head/neck (Qty 2)", cpt="17311", site="Left malar cheek",
          note="Qty 2 (stages)", reasons=["c1"]),
        P("Repair intermediate face 2.6-5.0 cm", cpt="12052", site="Left malar cheek", reasons=["c1"]),
        P("Surgical pathology, level IV (Qty 2)", cpt="88305", site="Left malar cheek",
          note="Qty 2 - Mohs layers", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": HDR + """ - MOHS SURGERY DAY
Surgeon and pathologist: Samuel Weiss, MD          DOS 03/24/2026
Patient: Orville Babcock, 76M   Referred by Dr. Lindgren (biopsy 02/26/2026: nodular and micronodular BCC)

Site: L malar cheek (AUC area M; micronodular component = aggressive histology - appropriate). Pre-op lesion 1.0 x 0.8 cm.
Not anticoagulated. Consent signed. Lido 1% w/ epi.

Stage 1: excised, 3 tissue blocks, mapped, frozen sections read by me: BCC at 6 o'clock deep.
Stage 2: 6 o'clock deep + peripheral, 2 tissue blocks: clear.
Total: 2 stages, 5 blocks. All Mohs sections processed in our own Mohs lab; no specimen sent to outside
pathology. (EMA auto-added "88305 x2" for the Mohs layers.)

Final defect 2.1 x 1.6 cm, subcutaneous fat.
Repair: layered linear closure, undermining 1 cm, 5-0 Monocryl deep, 6-0 Prolene running. Length 3.2 cm.

Post-op care reviewed. F/u 1 wk.
S. Weiss MD
""",
    "expected": E([L("17311"), L("17312"), L("12052")], ["coding-correction", "ncci"], {"17311": ["C44.319"]}),
    "coder_note": "MOHS-2: the second stage is 17312, not a second unit of 17311. MOHS-5: no 88305 on the Mohs "
                  "layers (17311/88305 indicator 1 and no separate specimen) -> removed. MOHS-7: layered 3.2 cm face "
                  "-> 12052.",
})

SCENARIOS.append({
    "id": "s34-mohs-forearm-superficial-bcc-no-abn-gz",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs of a 0.8 cm primary superficial BCC of the right forearm at patient insistence, outside "
                   "appropriate use, no ABN; second intention; Medicare FFS",
    "date": "2026-03-24",
    "patient": ("Carrington", "Mabel", "1952-10-10", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right forearm", "C44.612", "Right dorsal forearm", reason=True),
    ],
    "note_title": "Mohs Surgery Report",
    "note": HDR + """ - MOHS SURGERY DAY
Surgeon/pathologist: Samuel Weiss, MD       03/24/2026
Patient: Mabel Carrington 73F

Biopsy 03/01/2026 (our office): superficial BCC, R dorsal forearm. Primary, not recurrent. Clinical size
0.8 x 0.6 cm, well defined. Immunocompetent, no radiation history, no genetic syndrome.

Discussion: Mohs is outside appropriate-use criteria for a small primary superficial BCC of the forearm.
Offered ED&C, standard excision, or topical imiquimod. Patient insisted on Mohs ("my sister had one that
came back"). Informed Medicare may deny. ABN was NOT obtained before the procedure (staff oversight,
documented for compliance).

Procedure: Mohs, R forearm. Lido w/ epi.
 Stage 1: 2 tissue blocks, frozen sections read by me - clear.
 Final defect 1.4 x 1.1 cm; left to heal by second intention per patient preference. No repair.

Wound care, f/u 2 wks.
S. Weiss MD
""",
    "expected": E([L("17313", 1, "GZ")], [], {"17313": ["C44.612"]}),
    "coder_note": "MOHSN-2: small primary superficial BCC of the arm (area L) is outside appropriate use -> expected "
                  "to be denied as not reasonable and necessary; Medicare FFS without ABN -> GZ (COS-4). Trunk/arm "
                  "Mohs 1 stage -> 17313. No repair.",
})

SCENARIOS.append({
    "id": "s34-repair-lacerations-shin-layered-hand-simple",
    "family": "repair", "shape": "free-text",
    "description": "Same-day repair of a 3.5 cm layered left shin laceration and a 1.2 cm simple right hand "
                   "laceration; Humana Medicare Advantage",
    "date": "2026-03-25",
    "patient": ("Schuyler", "Ambrose", "1955-08-29", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body, left lower leg", "S81.812A", "Left anterior shin", reason=True),
        C("c2", "Laceration without foreign body, right hand", "S61.411A", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Laceration repair, layered", site="Left anterior shin",
          note="3.5 cm. Irrigated. 4-0 Vicryl deep subcutaneous, 4-0 nylon interrupted skin.", reasons=["c1"]),
        P("Laceration repair, single layer", site="Right dorsal hand",
          note="1.2 cm superficial. 5-0 nylon simple interrupted x3.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Rafael Santos, MD            03/25/2026
Ambrose Schuyler  70M  (established derm pt; walked in from the pharmacy next door)

Slipped loading a trailer this morning: gash on L shin from the hitch, small cut on R hand.
Tetanus: Tdap 2022. Not on blood thinners.

L shin: 3.5 cm linear laceration into subcutaneous fat, clean edges, no FB, no tendon/bone exposure.
R dorsal hand: 1.2 cm superficial laceration, dermis only, extensor tendon intact, full ROM.

Repairs (lido 1% plain, irrigated 250 mL NS each):
 1. L shin - layered: 4-0 Vicryl buried subcutaneous x3, 4-0 nylon simple interrupted. Length 3.5 cm.
 2. R hand - simple single-layer: 5-0 nylon x3. Length 1.2 cm.
Bacitracin, dressings. Sutures out: hand 10 d, shin 14 d. Return for redness, pus, fever.
R. Santos MD
""",
    "expected": E([L("12032"), L("12001")], []),
    "coder_note": "REP-1/REP-2: different complexity -> not summed. Layered 3.5 cm leg -> 12032; simple 1.2 cm hand "
                  "(simple group includes hands) -> 12001. No PTP edit between them.",
})

SCENARIOS.append({
    "id": "s34-repair-two-trunk-excisions-summed-intermediate",
    "family": "repair", "shape": "note-only",
    "description": "Excision of an inflamed back cyst (1.0 cm) and a painful flank dermatofibroma (0.5 cm), both with "
                   "layered closures 3.0 + 2.5 cm on the trunk; BCBS",
    "date": "2026-03-26",
    "patient": ("Hollister", "Tamsin", "1984-03-15", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 60,
    "conditions": [
        C("c1", "Epidermoid cyst, mid back", "L72.0", "Mid back", reason=True),
        C("c2", "Dermatofibroma, left flank", "D23.5", "Left flank", reason=True),
    ],
    "path": [
        {"text": "A. Mid back, excision: epidermal inclusion cyst with focal inflammation.", "date": "2026-03-30",
         "site": "Mid back"},
        {"text": "B. Left flank, excision: dermatofibroma (benign fibrous histiocytoma).", "date": "2026-03-30",
         "site": "Left flank"},
    ],
    "note_title": "Operative Note",
    "note": HDR + """
June Abernathy, MD          03/26/2026
Tamsin Hollister, 42F

Indications:
 A. Mid-back cyst - became red, swollen and painful twice this winter; tender today.
 B. L flank firm papule - painful; her bra band rubs it daily and it has been scraped/bleeding twice.

Procedures (consent, time-out, lido 1% w/ epi 10 mL total):
 A. Mid back: lesion 1.0 cm, margin 0.2 cm, elliptical excision. Layered closure - 4-0 Monocryl deep dermal,
    5-0 nylon epidermal. Length 3.0 cm.
 B. L flank: lesion 0.5 cm, margin 0.2 cm, elliptical excision. Layered closure - 4-0 Monocryl deep dermal,
    5-0 nylon epidermal. Length 2.5 cm.
Specimens A and B to path. No complications.

Sutures out 14 d. Activity as tolerated, no heavy lifting x 1 wk.
J. Abernathy MD
""",
    "expected": E([L("11402"), L("11401"), L("12032")], [], {"11402": ["L72.0"], "11401": ["D23.5"]}),
    "coder_note": "EX-1: A 1.0 + 0.4 = 1.4 cm trunk -> 11402; B 0.5 + 0.4 = 0.9 cm trunk -> 11401. REP-1: both "
                  "intermediate repairs on the trunk (same group) sum to 5.5 cm -> 12032 x1. Symptomatic lesions, "
                  "commercial.",
})

SCENARIOS.append({
    "id": "s34-id-hidradenitis-axilla-em25",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Hidradenitis flare: regimen change for HS plus I&D of a single right axillary abscess; E/M 25; BCBS",
    "date": "2026-03-27",
    "patient": ("Mbeki", "Sade", "1996-09-21", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II", "L73.2", "Bilateral axillae, inguinal folds", reason=True),
        C("c2", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "note_title": "Progress Note",
    "note": HDR + """
Ines Castellanos, MD        DOS 03/27/2026
Sade Mbeki  29F  established

S: HS x 6 yrs. Flaring for 6 wks in both axillae and groin despite clindamycin 1% lotion and chlorhexidine
washes. New very painful swollen lump in R armpit x 4 days. Missing work. Smoker, 1/2 ppd.

O: Bilateral axillae with sinus tracts, scarring and several inflammatory nodules; inguinal folds with 3 tender
nodules, one draining tract. R axilla: 2.5 cm fluctuant abscess, tender, erythematous. Hurley II.

A/P:
1. Hidradenitis suppurativa, Hurley II, flaring on current therapy
   - Start doxycycline 100 mg bid x 12 wks; continue clindamycin lotion.
   - Discussed adalimumab - will start PA paperwork if no better in 12 wks (not prescribed today).
   - Smoking cessation counseling; weight-neutral.
2. Abscess R axilla
   - I&D: lido 1% w/ epi, #11 blade stab incision, ~4 mL purulent material expressed, irrigated. No packing
     needed (simple, single cavity). Dressing. Culture sent.

RTC 6 wks.
I. Castellanos MD
""",
    "expected": E([L("99214", 1, "25"), L("10060")], [], {"99214": ["L73.2"]}),
    "coder_note": "GS-3: management of the chronic HS flare (multiple sites, new prescription) is separately "
                  "identifiable from the single abscess drained -> E/M with 25. Simple single abscess -> 10060.",
})

# =================================================================================================================
# Batch 4
# =================================================================================================================

SCENARIOS.append({
    "id": "s34-id-infected-cyst-loculated-precoded-both",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "I&D of an infected, loculated back cyst with packing; EMA sent both 10060 and 10061 for the same "
                   "abscess; Texas Medicaid",
    "date": "2026-04-01",
    "patient": ("Garza", "Ruben", "1975-05-19", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Infected epidermoid cyst with abscess, upper back", "L02.212", "Left upper back", reason=True),
    ],
    "procedures": [
        P("I&D abscess, simple or single", cpt="10060", site="Left upper back", reasons=["c1"]),
        P("I&D abscess, complicated or multiple", cpt="10061", site="Left upper back",
          note="Loculations broken up, packed with 1/4 in iodoform gauze", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Rafael Santos, MD        04/01/2026
Ruben Garza  50M  est

Known cyst L upper back, now red, hot, swollen and very painful x 5 days. No fever.

Exam: 4 x 3 cm fluctuant erythematous tender mass L upper back with central punctum; surrounding
cellulitis ~1 cm. One lesion only.

Procedure: Incision and drainage (complicated)
 - Lido 1% w/ epi field block. 1.5 cm incision.
 - Large amount of purulent and cheesy material. Multiple loculations broken up with a hemostat.
 - Irrigated copiously with NS. Cavity packed with 1/4" iodoform gauze, 20 cm. Culture sent.
 - Dressing.
 (ONE abscess; EMA picked both I&D codes.)

Plan: doxycycline 100 mg bid x 10 d. Packing removal/change in 48 h. Excision of cyst wall once quiet.
R. Santos MD
""",
    "expected": E([L("10061")], ["ncci"], {"10061": ["L02.212"]}),
    "coder_note": "One abscess, complicated (loculations, packing) -> 10061. 10061/10060 PTP indicator 1 but the "
                  "same lesion, no distinct site -> 10060 removed (ncci). Future cyst excision is only planned.",
})

SCENARIOS.append({
    "id": "s34-il-keloids-chest-precoded-units",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Triamcinolone 40 mg/mL, 1.0 mL total into 3 itchy, painful chest keloids; EMA sent 11900 x3 and "
                   "J3301 x1; Aetna",
    "date": "2026-04-02",
    "patient": ("Adebayo", "Kunle", "1998-11-11", "male"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scars, chest", "L91.0", "Anterior chest", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions (Qty 3)", cpt="11900", site="Anterior chest",
          note="Qty 3", reasons=["c1"]),
        P("Triamcinolone acetonide inj per 10 mg", cpt="J3301", site="Anterior chest", note="Qty 1",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Henrietta Voss, MD    04/02/2026
Kunle Adebayo, 27M est

Keloids on the chest after acne, itchy and painful, catch on seatbelt. Third ILK session; about 30% flatter.

Exam: 3 firm pink keloids, presternal 2.5 cm, L upper chest 1.5 cm, R upper chest 1.2 cm.

Procedure - intralesional injection:
 Drug: triamcinolone acetonide (Kenalog) 40 mg/mL
 Lesions injected: 3
 Volume: presternal 0.5 mL, L chest 0.3 mL, R chest 0.2 mL = 1.0 mL total = 40 mg
 30 g needle, until blanching. Tolerated well.

Plan: repeat in 6 wks. Silicone sheeting nightly.
H. Voss MD
""",
    "expected": E([L("11900"), L("J3301", 4)], ["coding-correction"], {"11900": ["L91.0"]}),
    "coder_note": "11900 covers up to 7 lesions in one unit (not one per lesion). J3301 is per 10 mg: 40 mg -> 4 units.",
})

SCENARIOS.append({
    "id": "s34-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "Intralesional triamcinolone 10 mg/mL, 3.2 mL into 9 alopecia areata patches; Humana Medicare "
                   "Advantage",
    "date": "2026-04-06",
    "patient": ("Sorensen", "Birgit", "1959-02-17", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, multifocal", "L63.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("ILK to alopecia areata patches", site="Scalp - vertex, occiput, bilateral parietal",
          note="9 patches injected. Triamcinolone 10 mg/mL, total 3.2 mL (32 mg). 0.1 mL aliquots 1 cm apart.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Astrid Lindgren, MD      04/06/2026
Birgit Sorensen, 67F

Alopecia areata, 4th injection session. Regrowth in the older patches; 2 new patches since last visit.

Exam: 9 smooth patches of nonscarring alopecia - vertex 3, occiput 2, R parietal 2, L parietal 2; exclamation
point hairs at the margins of the 2 new ones. No atrophy at previously injected sites.

Injection: triamcinolone acetonide 10 mg/mL, 30 g needle, 0.1 mL per injection point about 1 cm apart.
Total 3.2 mL = 32 mg across all 9 patches.

Plan: repeat q6 weeks. If more than half the scalp becomes involved, will talk about a JAK inhibitor
(not started).
A. Lindgren MD
""",
    "expected": E([L("11901"), L("J3301", 4)], [], {"11901": ["L63.8"]}),
    "coder_note": "More than 7 lesions -> 11901 x1 (never with 11900). J3301 per 10 mg: 32 mg -> ceil(3.2) = 4.",
})

SCENARIOS.append({
    "id": "s34-nails-avulsion-left-great-debride-four",
    "family": "nails", "shape": "free-text",
    "description": "Complete avulsion of a painful dystrophic left great toenail plus debridement of four other "
                   "mycotic toenails; UHC",
    "date": "2026-04-07",
    "patient": ("Kettering", "Lionel", "1968-06-24", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Onychomycosis with painful dystrophic nail, left great toe", "B35.1", "Left great toenail",
          reason=True),
        C("c2", "Onychomycosis, toenails", "B35.1", "Right 1st-3rd, left 2nd toenails", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, complete", site="Left great toe (hallux)",
          note="Digital block, nail plate elevated and removed completely. Matrix left intact.", reasons=["c1"]),
        P("Debridement of nails", site="Right hallux, right 2nd, right 3rd, left 2nd toenails",
          note="4 thickened mycotic nails debrided with nippers and rotary burr.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Luca Marchetti, MD    04/07/2026
Lionel Kettering  57M est.

L great toenail thick, lifting and painful in shoes; KOH + 2 months ago (onychomycosis). Pt wants it off.
Other toenails (R 1st-3rd, L 2nd) thick, yellow, painful with pressure.

Procedure 1: Avulsion of nail plate, L hallux, complete. Digital block 1% plain lido 3 mL. Freer elevator,
  plate removed in one piece. No phenol (matrix NOT destroyed). Bacitracin + dressing.
Procedure 2: Debridement of 4 dystrophic toenails (R hallux, R 2nd, R 3rd, L 2nd) - reduced thickness with
  nippers and burr.

Plan: start terbinafine after LFTs (ordered). Permanent matrixectomy discussed only if the L hallux nail
regrows painful - not done.
L. Marchetti MD
""",
    "expected": E([L("11730", 1, "TA"), L("11720", 1, "XS")], [], {"11730": ["B35.1"]}),
    "coder_note": "Complete avulsion of one nail -> 11730 with TA (left great toe). Debridement of 4 other nails -> "
                  "11720 x1; 11730/11720 PTP indicator 1 with different nails -> XS on 11720 (column 2). No 11750: "
                  "matrix not destroyed.",
})

SCENARIOS.append({
    "id": "s34-nails-phenol-matrixectomy-in-wart-global-79",
    "family": "nails", "shape": "free-text",
    "description": "Phenol partial matrixectomy of an ingrown left great toenail 6 days after LN2 to finger warts "
                   "(010 global); Medicare FFS",
    "date": "2026-04-08",
    "patient": ("Delgado", "Esteban", "1962-04-04", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail with paronychia, left great toe", "L60.0", "Left hallux, lateral border",
          reason=True),
    ],
    "procedures": [
        P("Partial nail excision with chemical matrixectomy (phenol)", site="Left great toe, lateral border",
          note="Lateral 3 mm of nail plate removed, 88% phenol 3 x 30 s to the matrix, alcohol flush.",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-04-02", "17110", "Destruction benign lesions (warts)", "Right 2nd and 3rd fingers",
                    "LN2 to 3 common warts on right fingers.")],
    "note_title": "Procedure Note",
    "note": HDR + """
Rafael Santos, MD     04/08/2026
Esteban Delgado 63M

Seen 6 days ago for finger warts (LN2 x 3, R hand) - those are blistering as expected; not addressed today.

New problem: L great toe, lateral nail border ingrown x 3 weeks, red, swollen, draining; third episode this
year. Wants it fixed permanently.

Exam: L hallux lateral fold - erythema, granulation tissue, serous drainage; nail spicule embedded.

Procedure: partial nail avulsion with phenol matrixectomy, lateral border, L hallux.
 Digital block 2% plain lido 4 mL, tourniquet. Lateral 3 mm of plate split and removed. Granulation curetted.
 88% phenol applied to the lateral matrix 3 x 30 s, flushed with alcohol. Tourniquet off, dressing.

Plan: Epsom soaks bid, check in 2 wks. Warts - recheck at 3 weeks as planned.
R. Santos MD
""",
    "expected": E([L("11750", 1, "79", "TA")], ["global-period"], {"11750": ["L60.0"]}),
    "coder_note": "Chemical matrixectomy for permanent removal -> 11750 with TA (left great toe). Unrelated procedure "
                  "inside the 10-day global of the 04/02 wart destruction (17110, 010) -> 79 (GS-5).",
})

SCENARIOS.append({
    "id": "s34-paring-three-calluses-precoded-11055x3",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of three painful plantar calluses; EMA pre-coded 11055 x3; UHC",
    "date": "2026-04-09",
    "patient": ("Mancini", "Rosalind", "1952-09-09", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion, single (Qty 3)", cpt="11055",
          site="R sub-1st MTH; R sub-5th MTH; L heel", note="Qty 3", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
June Abernathy, MD      04/09/2026
Rosalind Mancini  73F  est

Painful calluses on the soles, hurting with each step; uses pads without relief.

Exam: hyperkeratotic plaques, no pinpoint bleeding after paring (not warts):
  1) R plantar 1st metatarsal head 1.5 cm
  2) R plantar 5th metatarsal head 1.0 cm
  3) L plantar heel 2.0 cm

Procedure: paring of 3 hyperkeratotic lesions with #15 blade. Tolerated well; immediate relief.
Plan: urea 40% cream, metatarsal pads, podiatry orthotics referral.
J. Abernathy MD
""",
    "expected": E([L("11056")], ["coding-correction"], {"11056": ["L84"]}),
    "coder_note": "Paring is coded by lesion count: 2-4 lesions -> 11056 x1, not 11055 x3 (11056/11055 indicator 0).",
})

SCENARIOS.append({
    "id": "s34-paring-heel-callus-plantar-warts-xs",
    "family": "paring", "shape": "note-only",
    "description": "Paring of a left heel callus plus LN2 destruction of two painful plantar warts on the right "
                   "forefoot; Aetna",
    "date": "2026-04-10",
    "patient": ("Whitfield", "Jasper", "1990-01-30", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Callus, left heel", "L84", "Left plantar heel", reason=True),
        C("c2", "Plantar warts, right forefoot", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "note_title": "Progress Note",
    "note": HDR + """
Ines Castellanos, MD       04/10/2026
Jasper Whitfield 36M est

Distance runner. Painful thick skin on L heel. Also 2 painful spots on the ball of the R foot - like
"stepping on a pebble" - for months; OTC salicylic acid failed.

Exam:
 - L plantar heel: 1.8 cm callus, intact skin lines, no thrombosed capillaries.
 - R plantar forefoot (under 2nd and 3rd MTH): 2 verrucous papules 5 and 7 mm, interrupted skin lines,
   black dots (thrombosed capillaries) on paring - plantar warts.

Procedures:
 1) L heel callus pared with #15 blade (one lesion).
 2) R plantar warts x2: pared down, then LN2 cryotherapy 2 FTC each.

Plan: pumice + urea for heel; repeat cryo in 3 wks for warts if persistent. Consider candida antigen
injections if warts fail 3 rounds of cryo (not today).
I. Castellanos MD
""",
    "expected": E([L("11055"), L("17110", 1, "XS")], [], {"11055": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "Heel callus (1 lesion) -> 11055. Painful plantar warts destroyed -> 17110 (covered, BSL-5). "
                  "11055/17110 PTP indicator 1 with 17110 as column 2; different lesions, different feet -> XS on "
                  "17110. Paring of the warts is part of their destruction.",
})

SCENARIOS.append({
    "id": "s34-patch-test-eighty-allergens",
    "family": "patch-test", "shape": "free-text",
    "description": "Application of an 80-allergen comprehensive patch series for chronic hand dermatitis; Cigna",
    "date": "2026-04-13",
    "patient": ("Lindqvist-Hale", "Soraya", "1984-07-07", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Hand dermatitis, suspected allergic contact", "L30.9", "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("Patch testing - application", site="Upper back",
          note="Comprehensive series, 80 allergens (10 chambers x 8 panels). Panels marked, occluded.",
          reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": HDR + """ - CONTACT DERMATITIS CLINIC
Astrid Lindgren, MD       04/13/2026 (Monday)
Soraya Lindqvist-Hale  41F  est - hairdresser

Chronic hand dermatitis x 2 yr, worse at work, partial improvement on vacation. Off topical steroids on the
back x 2 weeks; no oral steroids/immunosuppressants.

Applied today: comprehensive series - 80 allergens (8 panels of 10) to the upper back; includes
hairdressing-relevant allergens (PPD, ammonium persulfate, glyceryl thioglycolate). No personal products
applied.

Instructions: keep back dry, no exercise/sweating; readings Wednesday (48 h) and Friday (96 h).
A. Lindgren MD
""",
    "expected": E([L("95044", 80)], [], {"95044": ["L30.9"]}),
    "coder_note": "95044 units = number of allergens applied: 80 (under the MUE of 90). No E/M selected; the reading "
                  "visits are included.",
})

SCENARIOS.append({
    "id": "s34-patch-test-hundred-over-mue",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch testing with 80 standard + 20 supplemental allergens (100 tests) for eyelid dermatitis; "
                   "Medicare FFS",
    "date": "2026-04-13",
    "patient": ("Pettigrew", "Harold", "1951-11-01", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Eyelid and facial dermatitis, suspected allergic contact", "L23.9", "Eyelids, face", reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": HDR + """ - CONTACT DERMATITIS CLINIC
Astrid Lindgren, MD       04/13/2026
Harold Pettigrew  74M  est

Recurrent eyelid/facial dermatitis x 1 yr; suspect fragrance/preservative; uses eye drops (timolol,
latanoprost) and several face products.

Allergens applied to the upper back today:
 - Comprehensive series: 80
 - Fragrance/preservative supplement: 12
 - Ophthalmic medication series: 8
 Total: 100 individual patch tests (10 panels).
No patient's own products used today.

Readings at 48 and 96 hours. Avoid sun, sweat, showers on the back.
A. Lindgren MD
""",
    "expected": E([L("95044", 90)], ["mue"], {"95044": ["L23.9"]}),
    "coder_note": "100 tests documented, but the 95044 MUE is 90 (MAI 3) -> units capped at 90 with an mue finding "
                  "(README Coding decisions).",
})

SCENARIOS.append({
    "id": "s34-photo-nbuvb-psoriasis-puva-hypothetical",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB session #14 for plaque psoriasis after failed topicals; PUVA only mentioned as a future "
                   "option; Medicare FFS",
    "date": "2026-04-14",
    "patient": ("Brightwater", "Cyrus", "1967-03-29", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("Narrowband UVB phototherapy (311 nm) - whole body", site="Whole body",
          note="Treatment #14. Dose 900 mJ/cm2 (+10%). No erythema from last session.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": HDR + """ - PHOTOTHERAPY UNIT
Ordering physician: Luca Marchetti, MD       04/14/2026
Patient: Cyrus Brightwater 59M

Dx: plaque psoriasis, BSA 12%, failed 6 months of clobetasol/calcipotriene.
Session #14 NB-UVB, whole-body booth. Dose 900 mJ/cm2. Goggles and genital shielding. No burning reported.
Response: plaques thinner, BSA now ~8%.

Plan: continue 3x/week. If improvement stalls after 30 sessions, could consider PUVA or a biologic -
neither ordered.
Treatment delivered by: K. Moss, phototherapy RN, under Dr. Marchetti's direct supervision.
""",
    "expected": E([L("96900")], [], {"96900": ["L40.0"]}),
    "coder_note": "NB-UVB = actinotherapy 96900 (covered UV light for psoriasis, NCD 250.1). PUVA is hypothetical.",
})

# =================================================================================================================
# Batch 5
# =================================================================================================================

SCENARIOS.append({
    "id": "s34-photo-puva-day53-no-improvement-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA on day 53 of a course with no documented improvement; ABN signed before treatment; "
                   "Medicare FFS",
    "date": "2026-04-14",
    "patient": ("Thornbury", "Philippa", "1958-08-08", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, severe, recalcitrant", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("PUVA - oral 8-MOP + UVA, whole body", site="Whole body",
          note="Course day 53 (started 02/20/2026), treatment #22. 8-MOP 40 mg 2 h prior, UVA 6 J/cm2. "
               "ABN (CMS-R-131) signed today before treatment.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": HDR + """ - PHOTOTHERAPY UNIT
Ordering physician: Luca Marchetti, MD     04/14/2026
Patient: Philippa Thornbury  67F

Severe plaque psoriasis, BSA 25%, disabling (hands/feet). Failed high-potency topicals, calcipotriene and
6 months of NB-UVB in 2025. Methotrexate stopped for transaminitis. PUVA started 02/20/2026.

Today: course day 53, treatment #22. PASI at start 21.4; PASI today 21.0 - no meaningful improvement.
Dr. Marchetti reviewed: Medicare ordinarily limits PUVA to about 30 days unless improvement is documented;
today's treatment is expected to be denied. Patient wants to continue while biologic PA is pending and
signed an ABN (CMS-R-131) before today's session.

8-methoxypsoralen 40 mg PO at 08:00; UVA 6.0 J/cm2 whole body at 10:00. UV goggles for 24 h.
Next: reassess in 2 weeks; biologic once approved.
""",
    "expected": E([L("96912", 1, "GA")], [], {"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 (NCD 250.1): PUVA beyond ~30 days without documented improvement is expected to be denied "
                  "as not reasonable and necessary (not statutorily excluded) -> ABN on file -> GA (COS-4).",
})

SCENARIOS.append({
    "id": "s34-photo-excimer-vitiligo-precoded-wrong-area",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer laser to vitiligo of hands and perioral skin, total 120 sq cm; EMA pre-coded the "
                   "250-500 sq cm code; UHC",
    "date": "2026-04-15",
    "patient": ("Ramdeen", "Anjali", "2001-12-19", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Vitiligo", "L80", "Dorsal hands, perioral", reason=True),
    ],
    "procedures": [
        P("Laser treatment inflammatory skin disease 250-500 sq cm", cpt="96921", site="Dorsal hands; perioral",
          note="308 nm excimer. Treated area today ~120 sq cm total.", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "note": HDR + """
Henrietta Voss, MD    04/15/2026
Anjali Ramdeen, 24F - vitiligo, excimer session #9 of 24 (PA on file)

Areas treated today (measured with grid):
  R dorsal hand/fingers  45 sq cm
  L dorsal hand/fingers  50 sq cm
  Perioral               25 sq cm
  TOTAL                 120 sq cm
308 nm excimer, 250 mJ/cm2 hands, 150 mJ/cm2 face. Perifollicular repigmentation on both hands.
Continue tacrolimus 0.1% ointment bid. Next session in 3-4 days.
H. Voss MD
""",
    "expected": E([L("96920")], ["coding-correction"], {"96920": ["L80"]}),
    "coder_note": "Excimer codes go by total area per session: 120 sq cm < 250 -> 96920, not 96921.",
})

SCENARIOS.append({
    "id": "s34-postop-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 8 days after a benign trunk excision (010 global); provider selected 99212; BCBS",
    "date": "2026-04-15",
    "patient": ("Castellane", "Odette", "1989-10-05", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Aftercare following surgery", "Z48.02", None, reason=True),
    ],
    "prior": [PRIOR("2026-04-07", "11401", "Excision benign lesion trunk 0.6-1.0 cm", "Right lower back",
                    "Dysplastic nevus, 0.5 cm + 2 mm margins, simple closure.")],
    "note_title": "Nurse/Provider Visit",
    "note": HDR + """
June Abernathy, MD     04/15/2026
Odette Castellane 36F

Post-op day 8 after excision of a mildly dysplastic nevus, R lower back (04/07/2026). Path reviewed with
patient: mild atypia, margins clear - no further surgery.

Wound: well approximated, no erythema, no drainage. 5 simple sutures removed; Steri-Strips applied.
No other concerns raised; no other problems addressed.

Plan: scar care (silicone gel after 2 wks), routine skin check in 1 year.
J. Abernathy MD
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "Routine post-op visit (suture removal, path review) inside the 10-day global of 11401 -> 99024, "
                  "not a billable E/M; the provider's 99212 is replaced.",
})

SCENARIOS.append({
    "id": "s34-postop-flap-global-new-grover-24",
    "family": "post-op", "shape": "note-only",
    "description": "Inside the 90-day global of a cheek flap: flap check plus a new itchy truncal eruption "
                   "(Grover) treated with a prescription; cosmetic laser only discussed; Medicare FFS",
    "date": "2026-04-16",
    "patient": ("Marlowe", "Fitzgerald", "1954-01-22", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Transient acantholytic dermatosis [Grover]", "L11.1", "Chest, back", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "prior": [PRIOR("2026-03-03", "14040", "Adjacent tissue transfer, cheek", "Left cheek",
                    "Rotation flap 8.5 sq cm after excision of BCC, left cheek.")],
    "note_title": "Progress Note",
    "note": HDR + """
Samuel Weiss, MD        04/16/2026
Fitzgerald Marlowe 72M

1) Post-op check: L cheek rotation flap (03/03/2026). Healing well, mild pinkness along the incision, no
   trapdoor, no infection. Reassured. (Post-op care - part of the surgical package.)
   He asked about laser to "even out" the scar redness later - told him that is cosmetic and we can discuss
   after 6 months; nothing planned.

2) NEW: itchy bumps on chest and back x 3 weeks after a beach trip, keep him up at night.
   Exam: scattered 2-3 mm red keratotic papules and papulovesicles on mid chest and upper back; no other rash.
   Clinical dx: Grover disease (transient acantholytic dermatosis).
   Plan: triamcinolone 0.1% cream bid x 2 wks (Rx), avoid heat/sweat, cool showers, OTC cetirizine at night.
   Return if not improved in 3 weeks.

S. Weiss MD
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], {"99213": ["L11.1"]}),
    "coder_note": "GS-5: E/M for an unrelated new problem (Grover, prescription) inside the 90-day global of 14040 -> "
                  "24. The flap check itself is in the package. Scar laser only discussed.",
})

SCENARIOS.append({
    "id": "s34-mix-ak-inflamed-sk-cosmetic-tags-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "One visit: LN2 to 6 AKs, LN2 to 3 inflamed itchy SKs, snip of 5 asymptomatic neck tags with a "
                   "voluntary ABN; EMA sent the codes bare; Medicare FFS",
    "date": "2026-04-20",
    "patient": ("Winterbourne", "Cecil", "1948-05-15", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Face, ears", reason=True),
        C("c2", "Inflamed seborrheic keratoses", "L82.0", "Back", reason=True),
        C("c3", "Acrochordons, neck", "L91.8", "Neck", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Right cheek", reasons=["c1"]),
        P("Destruction premalignant 2-14, each (Qty 5)", cpt="17003", site="Face; ears", note="Qty 5",
          reasons=["c1"]),
        P("Destruction benign lesions up to 14", cpt="17110", site="Back", note="3 SKs", reasons=["c2"]),
        P("Removal of skin tags up to 15", cpt="11200", site="Neck", note="5 tags", reasons=["c3"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Rafael Santos, MD     04/20/2026
Cecil Winterbourne  77M  established

PROCEDURE GRID (EMA)
| # | Dx                      | Site                         | Count | Method        | Symptoms                           |
| 1 | Actinic keratosis       | R cheek 2, L cheek 1, nose 1, R ear 1, L ear 1 | 6 | LN2 2 FTC | n/a                          |
| 2 | SK, inflamed            | mid/lower back               | 3     | LN2 1-2 FTC   | itchy, red, crusted, scratched raw |
| 3 | Acrochordon             | neck                         | 5     | snip/scissors | none - cosmetic request            |

HPI notes: Back spots itch at night, he scratches them until they bleed; all three red and crusted today.
Neck tags: he wants them off "to look tidier for pictures"; they don't itch, bleed or catch on his collar.
For the neck tags only: voluntary ABN explained and signed before the procedure.

Consent for all. Tolerated well. Aftercare sheet given.
RTC 6 months, sooner prn.
R. Santos MD
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 5, "XS"), L("11200", 1, "XS", "GX", "GY")],
                  ["cosmetic"], {"17000": ["L57.0"], "17110": ["L82.0"], "11200": ["L91.8"]}),
    "coder_note": "AKs 6 -> 17000 + 17003 x5; symptomatic SKs -> 17110 covered; tags asymptomatic -> cosmetic, "
                  "Medicare FFS with voluntary ABN -> GX GY. PTP indicator 1, all different lesions: 17110/17000, "
                  "17110/17003, 17110/11200 and 11200/17000 -> XS on the column-2 codes 17000, 17003 and 11200.",
})

SCENARIOS.append({
    "id": "s34-mix-axillary-hyperhidrosis-plus-cosmetic-glabella",
    "family": "mixed", "shape": "free-text",
    "description": "Prior-authorized onabotulinumtoxinA for axillary hyperhidrosis (100 units) plus a self-pay "
                   "glabellar neurotoxin treatment the same day; UHC",
    "date": "2026-04-21",
    "patient": ("Halloran", "Bridget", "1992-02-02", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Primary focal hyperhidrosis, axilla", "L74.510", "Bilateral axillae", reason=True),
        C("c2", "Encounter for cosmetic procedure (glabellar lines)", "Z41.1", "Glabella"),
    ],
    "procedures": [
        P("Chemodenervation of eccrine glands, both axillae - onabotulinumtoxinA", site="Bilateral axillae",
          note="Minor starch-iodine test to map. 50 units per axilla, 100 units total from one 100-unit vial "
               "(no waste). UHC PA on file.", reasons=["c1"]),
        P("Cosmetic neurotoxin - glabella", site="Glabella",
          note="20 units Botox Cosmetic from the aesthetics stock, self-pay.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Henrietta Voss, MD     04/21/2026
Bridget Halloran, 34F

1) Primary axillary hyperhidrosis (HDSS 4): soaks through shirts daily; failed 6 months of aluminum chloride
   20% and glycopyrrolate wipes. UHC prior authorization approved (on file).
   - Starch-iodine mapping; 100 U onabotulinumtoxinA (100-U vial, 4 mL saline), 50 U per axilla in 20
     intradermal injections each. Entire vial used.
2) Cosmetic: glabellar frown lines - she asked for "a little Botox" while here.
   - Botox Cosmetic 20 U to procerus/corrugators. Self-pay; not billed to insurance.

Post-care reviewed. F/u 4 months for hyperhidrosis.
H. Voss MD
""",
    "expected": E([L("64650"), L("J0585", 100)], ["cosmetic"], {"64650": ["L74.510"]}),
    "coder_note": "Axillary hyperhidrosis: chemodenervation of eccrine glands, both axillae -> 64650 x1 + J0585 "
                  "per unit x100. Glabellar neurotoxin is cosmetic (COS-2), commercial payer -> not on the claim "
                  "(cosmetic finding); its 20 units are not added to J0585.",
})

SCENARIOS.append({
    "id": "s34-mix-rosacea-em25-back-bx-forehead-sk-gy",
    "family": "mixed", "shape": "note-only",
    "description": "Rosacea visit with a new prescription, tangential biopsy of a back papule, and LN2 to two "
                   "asymptomatic forehead SKs at patient request (no ABN); Medicare FFS",
    "date": "2026-04-22",
    "patient": ("Pennington", "Marguerite", "1955-07-31", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Papulopustular rosacea", "L71.9", "Central face", reason=True),
        C("c2", "Lesion, upper back - r/o BCC", None, "Upper back", reason=True),
        C("c3", "Seborrheic keratoses, forehead", "L82.1", "Forehead", reason=True),
    ],
    "path": [{"text": "Skin, upper back, tangential biopsy: superficial basal cell carcinoma.", "date": "2026-04-27",
              "site": "Upper back"}],
    "note_title": "Progress Note",
    "note": HDR + """
Astrid Lindgren, MD       04/22/2026
Marguerite Pennington  70F  established

1. ROSACEA - flaring: papules/pustules on cheeks and chin x 2 months despite metronidazole gel; burning.
   Exam: erythema, 10-12 papulopustules on the cheeks/chin, no ocular findings.
   Plan: stop metronidazole; start ivermectin 1% cream daily (Rx); gentle cleanser; trigger review.
2. UPPER BACK - 0.6 cm pink scaly papule with a pearly rim, new this year. R/O BCC.
   Tangential (shave) biopsy for diagnosis; lido w/ epi, AlCl, to path.
3. FOREHEAD - 2 flat tan SKs, 0.5 and 0.7 cm. She wants them gone for appearance. Never itched, never
   bled, not irritated. Cryotherapy LN2 x2 done at her request; cosmetic, told Medicare won't cover; she
   declined to sign an ABN.

F/u: path by phone; rosacea 8 weeks.
A. Lindgren MD
""",
    "expected": E([L("99213", 1, "25"), L("11102", 1, "XS"), L("17110", 1, "GY")], ["cosmetic"],
                  {"99213": ["L71.9"], "11102": ["C44.519"], "17110": ["L82.1"]}),
    "coder_note": "Rosacea with prescription change is separate from the procedures -> E/M 25. Biopsy 11102 (path "
                  "superficial BCC -> C44.519). SKs asymptomatic -> cosmetic, no ABN -> 17110-GY. PTP 17110/11102 is "
                  "indicator 1 with 11102 as column 2 -> XS on 11102 (different lesions).",
})

SCENARIOS.append({
    "id": "s34-cos-dpn-twenty-electrodesiccation-abn",
    "family": "cosmetic", "shape": "free-text",
    "description": "Electrodesiccation of 20 asymptomatic dermatosis papulosa nigra papules; voluntary ABN; "
                   "Medicare FFS",
    "date": "2026-04-23",
    "patient": ("Okafor-Banks", "Winifred", "1957-03-08", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Dermatosis papulosa nigra", "L82.1", "Cheeks, neck", reason=True),
    ],
    "procedures": [
        P("Hyfrecator electrodesiccation of DPN", site="Bilateral cheeks (14), neck (6)",
          note="20 papules, 1-3 mm, low-setting hyfrecation, lightly curetted. Cosmetic. Voluntary ABN signed.",
          reasons=["c1"]),
    ],
    "note_title": "Cosmetic Procedure Note",
    "note": HDR + """
Ines Castellanos, MD     04/23/2026
Winifred Okafor-Banks 69F est

Many small dark bumps on cheeks and neck for years; she wants them gone before a family reunion. She denies
itch, bleeding or irritation; they do not catch on anything. No change in size or number recently.

Exam: 20 smooth dark brown 1-3 mm papules - cheeks 14, neck 6. Dermatosis papulosa nigra.

Counseling: benign; removal is cosmetic and not a Medicare benefit. Risk of hypo/hyperpigmentation
reviewed. Pt signed a voluntary ABN and chose to proceed.

Procedure: topical lidocaine 30 min; low-power hyfrecator to each of 20 papules, light curettage.
Vaseline bid x 1 week, strict photoprotection.
I. Castellanos MD
""",
    "expected": E([L("17111", 1, "GX", "GY")], ["cosmetic"], {"17111": ["L82.1"]}),
    "coder_note": "20 benign lesions destroyed -> 17111 x1 (15 or more). Asymptomatic, cosmetic -> Medicare FFS "
                  "statutorily excluded with voluntary ABN -> GX + GY.",
})

SCENARIOS.append({
    "id": "s34-bx-lip-vermilion-wedge-precoded-11106",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Wedge biopsy of the lower-lip vermilion for actinic cheilitis vs SCC; EMA pre-coded skin "
                   "incisional biopsy 11106; Humana Medicare Advantage",
    "date": "2026-04-27",
    "patient": ("Trevelyan", "Horace", "1950-12-01", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, lower lip vermilion", "D00.01", "Lower lip vermilion",
          reason=True),
    ],
    "procedures": [
        P("Incisional biopsy of skin, single lesion", cpt="11106", site="Lower lip, vermilion",
          note="Full-thickness wedge with #15 blade, 2 x 4-0 Vicryl Rapide.", reasons=["c1"]),
    ],
    "path": [{"text": "Lower lip vermilion, wedge biopsy: squamous cell carcinoma in situ arising in actinic "
                      "cheilitis; no invasion in the sampled tissue.", "date": "2026-04-30",
              "site": "Lower lip vermilion"}],
    "note_title": "Procedure Note",
    "note": HDR + """
Astrid Lindgren, MD      04/27/2026
Horace Trevelyan 75M  (former fisherman)

Scaly, crusted patch on the lower lip vermilion x 1 yr, not healing, bled twice. Prior cryo to the lip in
2024 for actinic cheilitis. DDx: actinic cheilitis vs SCC.

Exam: 1.2 cm thick scaly erythematous plaque, left-central lower lip vermilion; firm area centrally.
No cervical lymphadenopathy.

Procedure: incisional (wedge) biopsy of the lower lip vermilion, full thickness through the lesion's firm
area. Lido 2% w/ epi. Closed with 4-0 Vicryl Rapide x2. To path.

Plan: if SCC confirmed -> Mohs vs vermilionectomy discussion.
A. Lindgren MD
""",
    "expected": E([L("40490")], ["coding-correction"], {"40490": ["D00.01"]}),
    "coder_note": "BX-1: mucosal sites use site-specific biopsy codes; lip vermilion biopsy -> 40490, not 11106.",
})

SCENARIOS.append({
    "id": "s34-em-melanoma-history-fse-two-aks",
    "family": "em", "shape": "note-only",
    "description": "Melanoma-surveillance full-skin exam (history of melanoma) plus LN2 to 2 AKs; Medicare FFS",
    "date": "2026-04-28",
    "patient": ("Ashworth", "Reginald", "1953-09-17", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", "Left upper back", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Right temple, left forehead", reason=True),
    ],
    "note_title": "Progress Note",
    "note": HDR + """
Luca Marchetti, MD        DOS 04/28/2026
Reginald Ashworth  72 M  est.

Reason for visit: 6-month melanoma surveillance. Melanoma L upper back 2018 (0.6 mm, WLE, SLNB neg), no
recurrence; no new symptoms. Also 2 rough spots on the face.

Full skin exam (scalp, face, trunk, extremities, palms/soles, nails, lymph nodes):
 - WLE scar L upper back: flat, no pigment, no nodularity. No axillary/cervical lymphadenopathy.
 - ~40 benign-appearing nevi, none changed from 10/2025 photos (dermoscopy of 6 flagged nevi - stable).
 - R temple and L forehead: 2 gritty scaly erythematous macules c/w AK.

A/P:
 1. History of melanoma - no evidence of recurrence. Continue q6-month FSE, monthly self-exams. Reviewed
    ABCDEs and nodal self-check.
 2. Actinic keratoses x2 - LN2 2 FTC to each (two lesions). Aftercare given.
RTC 6 months.
L. Marchetti MD
""",
    "expected": E([L("99213", 1, "25"), L("17000"), L("17003")], [], {"99213": ["Z85.820"], "17000": ["L57.0"]}),
    "coder_note": "The melanoma-surveillance full-skin exam is a diagnostic visit (DX-5, history -> no GY) and is "
                  "separate from the AK treatment -> E/M with 25. 2 AKs -> 17000 + 17003 x1.",
})
