"""Sealed set 80 (s80-): vulvar, genital and oral-mucosa dermatology clinic.

Practice (note headers): Harbourview Mucosal & Genital Dermatology - Vulvar Clinic (abernathy, castellanos), Men's
Genital Skin Clinic (weiss), Oral Mucosa Clinic (okonkwo), Dermatologic Surgery (lindgren) and the general
dermatology side of the same office (santos). Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: biopsies, cosmetic, destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s80-bx-vulva-two-punch-ls-vs-dvin",
    "family": "biopsy", "shape": "note-only",
    "description": "Two punch biopsies of the vulva (labium minus, interlabial sulcus) to exclude dVIN in LS; "
                   "third site offered and declined; Medicare Advantage",
    "date": "2025-11-04",
    "patient": ("Tremblay", "Mireille", "1954-02-19", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Lichen sclerosus of vulva", "N90.4", "Vulva", reason=True),
    ],
    "note_title": "Vulvar Clinic Procedure Note",
    "note": """HARBOURVIEW MUCOSAL & GENITAL DERMATOLOGY - VULVAR CLINIC
Procedure note                                   DOS 11/04/2025
Provider: June Abernathy, MD
Chaperone: R. Dube, MA, present for the entire exam and procedure.

S: 71 yo referred by gyn (Dr. Ferrante) for vulvar itch and burning x 2 yrs, worse at night, and a "raw spot"
that stings with urination for ~3 months. Used OTC hydrocortisone 1% intermittently. Postmenopausal, no HRT.
Denies bleeding. No prior vulvar biopsy.

O: Porcelain-white atrophic plaques bilateral labia minora with partial resorption, loss of the clitoral hood
architecture. LEFT labium minus: thickened white hyperkeratotic plaque ~1 cm. RIGHT interlabial sulcus: 4 mm
shallow erosion with rolled white edge. Perineal body: faint whitening only. No inguinal adenopathy.

Impression: lichen sclerosus, clinically. Hyperkeratotic plaque and non-healing erosion need tissue to exclude
differentiated VIN / early SCC before we commit to long-term ultrapotent steroid alone.

PROCEDURE: biopsies x2 (vulva). Consent signed. 1% lidocaine w/ epi, ~2 mL per site.
  #1 left labium minus plaque - 4 mm punch, base snipped, hemostasis with AlCl3 + one 4-0 Vicryl Rapide.
  #2 right interlabial sulcus, edge of the erosion - 3 mm punch, Monsel's, no suture.
Specimens to Harbourview Path, separate containers, labelled A and B.
I also offered a third biopsy of the perineal body; she declined, and I agree it is low yield.

Plan: sitz baths, petrolatum barrier. Start clobetasol 0.05% ointment nightly x 4 wk then taper - will start
after the sites heal (5-7 days). Discussed ILK for the hyperkeratotic plaque if it does not flatten - not today.
Return 2 weeks with path.

June Abernathy MD
""",
    "path": [
        {"text": "A. Vulva, left labium minus, punch: lichen sclerosus, hypertrophic; no dysplasia. "
                 "B. Vulva, right interlabial sulcus, punch: lichen sclerosus with erosion; negative for "
                 "differentiated VIN and invasive carcinoma.", "site": "Vulva", "date": "2025-11-07"},
    ],
    "expected": E([L("56605"), L("56606")], dx={"56605": ["N90.4"]}),
    "coder_note": "BX-1: vulvar biopsies take the site-specific 56605 (first) + 56606 (each additional), not "
                  "11104/11105, even though a punch was used. Declined third biopsy and deferred ILK not coded.",
})

SCENARIOS.append({
    "id": "s80-bx-glans-punch-precoded-11104",
    "family": "biopsy", "shape": "pre-coded",
    "description": "New patient: punch biopsy of glans penis pre-coded 11104 (should be 54100) plus separately "
                   "managed tinea cruris with Rx -> 99203-25; commercial",
    "date": "2025-09-17",
    "patient": ("Halloran", "Desmond", "1979-08-02", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 35, "em": "99203",
    "conditions": [
        C("c1", "Plasma cell balanitis (Zoon), glans penis", "N48.1", "Glans penis", reason=True),
        C("c2", "Tinea cruris", "B35.6", "Bilateral inguinal folds", reason=True),
    ],
    "procedures": [
        P("Biopsy, punch, single lesion", cpt="11104", site="Glans penis",
          note="4 mm punch at the glans left of the meatus, red glistening plaque. Gelfoam + pressure.",
          reasons=["c1"]),
    ],
    "note_title": "Men's Genital Skin Clinic - New Patient",
    "note": """Men's Genital Skin Clinic - NEW PATIENT                        09/17/2025
Samuel Weiss MD        Chaperone offered, declined by patient.

CC: red patch on the head of the penis x 8 months; itchy groin rash.

HPI: 46M, uncircumcised, referred by urology (Dr. Amadi) after 2 courses of clotrimazole/hydrocortisone cream
without change in a shiny red plaque on the glans. Not painful, occasional spotting on underwear. Separately,
itchy red rash in both groin creases since the summer, spreads with sweating, tried nothing. Monogamous,
STI screen negative in March per urology.

Exam: glans - 1.8 x 1.2 cm well-demarcated glistening red-orange plaque with "cayenne pepper" stippling, left
of the meatus; no induration, no ulcer. Prepuce retracts fully. Inguinal creases bilaterally: annular scaly
red plaques with active border, scrotum spared. Feet: interdigital scale 4th web space both feet.
Urology's KOH of the groin scale (09/03, in his records): septate hyphae.

A/P:
1. Glans plaque - favor Zoon balanitis, but erythroplasia of Queyrat (PeIN) must be excluded. Punch biopsy today
   (consent, 1% lido plain ring of 2 mL, 4 mm punch, Gelfoam, pressure). If Zoon: circumcision is the
   definitive option - will discuss with urology; NOT arranged today.
2. Tinea cruris with tinea pedis - KOH positive per urology. Econazole 1% cream BID x 4 wk to groin and feet; keep
   folds dry, launder towels. Rx sent. Discussed oral terbinafine if it fails - not started.
Return 2 wk for path.
""",
    "path": [
        {"text": "Glans penis, punch biopsy: plasma cell balanitis (Zoon balanitis). Negative for intraepithelial "
                 "neoplasia.", "site": "Glans penis", "date": "2025-09-20"},
    ],
    "expected": E([L("54100"), L("99203", 1, "25")], topics=["coding-correction"],
                  dx={"54100": ["N48.1"]}),
    "coder_note": "BX-1: penile biopsy uses 54100, not 11104. Tinea cruris/pedis with KOH and a prescription is a "
                  "separately identifiable problem -> new-patient E/M kept with 25 (GS-3).",
})

SCENARIOS.append({
    "id": "s80-bx-lip-wedge-and-tongue-punch",
    "family": "biopsy", "shape": "free-text",
    "description": "Oral mucosa clinic: wedge biopsy lower lip vermilion + punch biopsy lateral tongue; buccal LP "
                   "not biopsied; Medicare FFS",
    "date": "2025-10-22",
    "patient": ("Pruitt", "Wendell", "1950-05-27", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Actinic cheilitis with mild dysplasia, lower lip", "L56.8", "Lower lip vermilion", reason=True),
        C("c2", "Oral lichen planus, tongue", "L43.8", "Right lateral tongue", reason=True),
    ],
    "procedures": [
        P("Wedge biopsy of lip", site="Lower lip vermilion, left of midline",
          note="Full-thickness wedge of the vermilion through the scaly white plaque, 6 x 4 mm. 5-0 chromic x2.",
          reasons=["c1"]),
        P("Punch biopsy of tongue", site="Right lateral tongue, anterior two-thirds",
          note="4 mm punch of the white lacy plaque with a central erosion. 4-0 silk x1.", reasons=["c2"]),
    ],
    "note_title": "Oral Mucosa Clinic Note",
    "note": """ORAL MUCOSA CLINIC - Dr. Chidi Okonkwo                 22 Oct 2025

75 y/o retired roofer. Two issues:
(a) lower lip "always chapped" for years, now a rough white patch that peels and re-forms; (b) sore tongue
with spicy food for 6 months. Ex-smoker, quit 2001. No alcohol. Dentures upper only.

Findings:
- Lower lip: blurred vermilion border, diffuse scaling; a 7 mm adherent white plaque left of midline, not
  indurated. No ulcer.
- Tongue, right lateral border, anterior third: lacy white striae around a 5 mm erosion.
- Buccal mucosa both sides: reticular Wickham-type striae, asymptomatic.
- No cervical nodes palpable.

Procedures (consent; 2% lido w/ epi by local infiltration):
  1. Lower lip vermilion - wedge biopsy of the white plaque, closed with 5-0 chromic.
  2. Right lateral tongue - 4 mm punch through the erosion edge, one silk suture.
The buccal striae are typical reticular LP and were NOT biopsied. Vermilionectomy / PDT for the cheilitis
discussed as future options depending on path - nothing done today.

Post-op: soft diet 48 h, chlorhexidine rinse. Path to Harbourview. F/U 2 weeks.
""",
    "path": [
        {"text": "A. Lower lip vermilion, wedge: actinic cheilitis with mild epithelial dysplasia; no invasive "
                 "carcinoma. B. Tongue, right lateral, punch: lichenoid mucositis consistent with lichen planus; no "
                 "dysplasia.", "site": "Lip; tongue", "date": "2025-10-27"},
    ],
    "expected": E([L("40490"), L("41100")]),
    "coder_note": "BX-1: lip vermilion biopsy 40490 and tongue biopsy 41100 (site-specific mucosal codes, no PTP "
                  "edit between them). Buccal mucosa was examined only.",
})

SCENARIOS.append({
    "id": "s80-bx-deleted-11100-11101-thigh-scrotum",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Three skin biopsies (punch thigh, shaves scrotum and suprapubic) pre-coded with deleted "
                   "11100/11101 x2; Medicaid",
    "date": "2025-08-12",
    "patient": ("Nakashima", "Theo", "1988-11-30", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Lichen planus, annular, left medial thigh", "L43.8", "Left medial thigh", reason=True),
        C("c2", "Angiokeratoma of scrotum", None, "Right scrotum", reason=True),
        C("c3", "Molluscum contagiosum, suprapubic", "B08.1", "Suprapubic", reason=True),
    ],
    "procedures": [
        P("Skin biopsy, first lesion", cpt="11100", site="Left medial thigh",
          note="4 mm punch, 1 x 4-0 nylon.", reasons=["c1"]),
        P("Skin biopsy, each additional lesion", cpt="11101", site="Right hemiscrotum",
          note="Tangential (shave) biopsy, DermaBlade. AlCl3.", reasons=["c2"]),
        P("Skin biopsy, each additional lesion", cpt="11101", site="Suprapubic",
          note="Tangential (shave) biopsy. AlCl3.", reasons=["c3"]),
    ],
    "note_title": "Procedure Note",
    "note": """Men's Genital Skin Clinic / S. Weiss MD / 08-12-2025
Chaperone (T. Lam, LPN) present.

36M with three spots he's worried about after a new partner: ring-shaped purple patch on the inner left thigh
(~2 cm, 3 months), a dark 3 mm papule on the right scrotum that he thinks is new, and a 4 mm pearly papule
above the pubic hairline.

Plan discussed: sample all three.
1) L medial thigh annular violaceous plaque: 4 mm PUNCH biopsy, sutured.
2) R scrotum dark papule: SHAVE biopsy (tangential), hemostasis AlCl3.
3) Suprapubic umbilicated papule: SHAVE biopsy (tangential).
Local: lidocaine 1% w/ epi. Tolerated well. Wound care reviewed.
No treatment of the remaining tiny suprapubic papules today - will decide after path.
""",
    "path": [
        {"text": "1. Skin, left medial thigh, punch: lichen planus. 2. Skin, right scrotum, shave: angiokeratoma. "
                 "3. Skin, suprapubic, shave: molluscum contagiosum.", "site": "Thigh; scrotum; suprapubic",
         "date": "2025-08-15"},
    ],
    "expected": E([L("11104"), L("11103", 2)], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted in 2019 (BX-1). Punch outranks tangential (BX-2): 11104 + 11103 x2. "
                  "Scrotal and suprapubic skin are not penis/vulva, so the skin biopsy family applies.",
})

SCENARIOS.append({
    "id": "s80-bx-incisional-buttock-punch-arm-precoded-two-primaries",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Incisional biopsy buttock + punch biopsy arm pre-coded 11106 + 11104 (indicator 0); "
                   "correct 11106 + 11105; Medicare (NGS)",
    "date": "2026-01-13",
    "patient": ("Gorski", "Lorraine", "1949-04-12", "female"),
    "provider": "castellanos", "payer": "medicare-ngs", "minutes": 40,
    "conditions": [
        C("c1", "Extragenital lichen sclerosus, left buttock", "L90.0", "Left buttock", reason=True),
        C("c2", "Lichenoid dermatitis, right upper arm", "L43.9", "Right upper arm", reason=True),
        C("c3", "Lichen sclerosus of vulva", "N90.4", "Vulva", history=True),
    ],
    "procedures": [
        P("Incisional biopsy", cpt="11106", site="Left buttock",
          note="Fusiform wedge 1.6 x 0.5 cm through the edge of the sclerotic plaque into fat; 4-0 nylon x3.",
          reasons=["c1"]),
        P("Punch biopsy", cpt="11104", site="Right upper arm",
          note="4 mm punch, violaceous flat-topped papule; 4-0 nylon x1.", reasons=["c2"]),
    ],
    "note_title": "Vulvar Clinic Follow-up",
    "note": """Vulvar Clinic - follow-up / I. Castellanos MD
Date of service: January 13, 2026

Known vulvar LS, well controlled on clobetasol twice weekly (no change today - stable, not discussed further).
She points out a shiny white patch on the LEFT buttock (new over a year) and itchy purple bumps on the RIGHT
upper arm.

Exam: L buttock 5 cm ivory sclerotic plaque with a violaceous rim - LS vs morphea overlap. R upper arm: a few
3-4 mm flat-topped violaceous papules with fine white scale.

Procedures, consent obtained, lidocaine 1% with epi:
 - L buttock: INCISIONAL (wedge) biopsy across the active border, into subcutis - need depth to separate
   LS from morphea. Layered? no - single layer 4-0 nylon.
 - R upper arm: 4 mm PUNCH biopsy of one papule, 1 suture.
Bandage, wound care sheet. Sutures out 10-14 d.
""",
    "path": [
        {"text": "A. Skin, left buttock, incisional: lichen sclerosus; no features of deep morphea. B. Skin, right "
                 "upper arm, punch: lichenoid interface dermatitis consistent with lichen planus.",
         "site": "Left buttock; right upper arm", "date": "2026-01-16"},
    ],
    "expected": E([L("11106"), L("11105")], topics=["coding-correction"]),
    "coder_note": "BX-2: one primary per encounter; incisional outranks punch, so the punch becomes +11105 "
                  "(11106/11104 is indicator 0). No E/M selected; vulvar LS only mentioned as stable.",
})

SCENARIOS.append({
    "id": "s80-cos-sk-groin-medicare-gy-gx",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cryo of 5 asymptomatic seborrheic keratoses inner thighs/groin at patient request, voluntary "
                   "ABN signed; Medicare FFS -> 17110-GX-GY",
    "date": "2025-12-02",
    "patient": ("Fairweather", "Dolores", "1951-09-09", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, inner thighs and inguinal folds", "L82.1", "Inner thighs", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """General Dermatology - Rafael Santos MD - 12/02/2025

Dolores asked for the "brown crusty spots" high on both inner thighs and in the groin creases to be frozen.
She says they don't itch, have never bled or become red or sore, and have not changed - "they just look
ugly". Five stuck-on verrucous tan-brown papules 4-8 mm, classic SKs on dermoscopy, no irritation.

Explained that removal of benign asymptomatic SKs is cosmetic and Medicare will not pay. She read and signed
the voluntary Advance Beneficiary Notice and chose to proceed and pay.

Cryotherapy, LN2 spray, 2 freeze-thaw cycles each: 5 lesions (R thigh 2, L thigh 2, L inguinal fold 1).
Expected blistering reviewed. She also has one on the left labium majus she wanted left alone - not treated.
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-4: asymptomatic L82.1 removal is cosmetic; Medicare FFS -> GY plus GX for the "
                  "voluntary ABN. Five lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s80-cos-glycolic-peel-commercial",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Self-pay cosmetic glycolic facial peel pre-coded 15788 for a commercial plan -> removed",
    "date": "2025-10-09",
    "patient": ("Lindahl", "Priya", "1986-06-30", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Encounter for cosmetic procedure", "Z41.1", "Face", reason=True),
    ],
    "procedures": [
        P("Chemical peel, facial, epidermal", cpt="15788", site="Full face",
          note="30% glycolic acid, 3 min, neutralized. Peel 3 of a 4-peel package.", reasons=["c1"]),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": """AESTHETIC VISIT - cosmetic package (self-pay)          Oct 9 2025
Provider: I. Castellanos MD

Peel #3 of a prepaid 4-peel package for dull tone and fine lines. No melasma, acne, actinic damage or other
dermatologic disease is being treated. Patient confirms again she understands this is cosmetic, is not
billed to insurance, and was paid in advance at the front desk.

Since peel #2: mild dryness for 3 days, no blistering, no PIH. No isotretinoin, no HSV history, no new meds.
Retinoid stopped 5 days ago as instructed.

Procedure:
 - Face cleansed and degreased with acetone.
 - 30% glycolic acid applied forehead > cheeks > nose > chin, avoiding periorbital skin and lip vermilion.
 - 3 minutes, even pink erythema, no frosting; neutralized with bicarbonate solution, cool compresses.
 - Bland moisturiser and SPF 50 applied.
Mild erythema at discharge. Next peel in 4 weeks (final of the package).
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "COS-2 + conventions: a cosmetic service for a commercial payer is not put on the claim; the "
                  "pre-coded 15788 line is removed and the patient is billed directly.",
})

SCENARIOS.append({
    "id": "s80-ds-condyloma-scrotum-suprapubic-penile-deferred",
    "family": "destruction", "shape": "note-only",
    "description": "Cryo of 6 condylomata (scrotum 4, suprapubic 2); penile shaft warts left for home podofilox; "
                   "commercial",
    "date": "2025-07-29",
    "patient": ("Ferreira", "Joaquim", "1996-03-14", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Anogenital warts (condyloma acuminatum)", "A63.0", "Scrotum; suprapubic", reason=True),
    ],
    "note_title": "Men's Genital Skin Clinic Note",
    "note": """MEN'S GENITAL SKIN CLINIC                               Dr Weiss
07/29/2025

29 yo M, genital warts x 4 mo. Itchy, one on the scrotum bleeds when shaving. Partner aware.
Chaperone offered - declined.

Exam:
 - Scrotum: four soft cauliflower-like papules 2-5 mm (L 3, R 1).
 - Suprapubic skin above the penile base: two 3 mm verrucous papules.
 - Penile shaft: three 1-2 mm flat papules, dorsal.
 - Perianal: clear.

Treatment today: liquid nitrogen, 2 FTC, to SIX lesions = 4 scrotal + 2 suprapubic.
The three penile shaft lesions were NOT frozen today - he prefers home treatment there; podofilox 0.5% gel BID
3 days/week x 4 cycles, Rx sent.
HPV vaccine recommended (not given here - pharmacy). Condoms, partner counselling.
RTC 3 weeks for repeat cryo as needed.
""",
    "expected": E([L("17110")], dx={"17110": ["A63.0"]}),
    "coder_note": "DS-2: six benign lesions destroyed (scrotal/suprapubic skin, not penis) -> 17110 x1. Penile "
                  "lesions were not treated; podofilox prescription and vaccine advice are not procedures.",
})

SCENARIOS.append({
    "id": "s80-ds-ak-seventeen-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "17 AKs destroyed, pre-coded 17000 + 17003 x16 -> 17004; lip cheilitis left for topical; "
                   "Medicare FFS",
    "date": "2026-02-10",
    "patient": ("Whitcombe", "Arthur", "1943-12-01", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead and right ear", "L57.0", "Scalp; forehead; right ear",
          reason=True),
        C("c2", "Actinic cheilitis, lower lip", "L56.8", "Lower lip"),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", cpt="17000", site="Scalp", reasons=["c1"]),
        P("Destruction premalignant lesion, each additional", cpt="17003", site="Scalp; forehead; right ear",
          note="16 additional lesions", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": """Procedure: cryosurgery of actinic keratoses.      02/10/2026      R. Santos MD

82 yo M, long history of AKs, last treated 08/2025. Many rough, tender spots again on the bald scalp and
forehead; a couple on the right ear sting in the cold. No history of skin cancer. Not on anticoagulants.

Exam: gritty erythematous scaly papules on the vertex/crown, forehead and right helix; none indurated or
ulcerated. Lower lip: diffuse scaling and blurred vermilion border (actinic cheilitis).

Counted and treated with LN2 (10-second freeze, 1 cycle):
   vertex/crown scalp ........ 11
   forehead ................... 4
   right ear helix ............ 2
   TOTAL ..................... 17 AKs

Lower lip actinic cheilitis: NOT frozen - start 5-FU 5% cream to lip BID x 2 wk, Rx sent; expect
crusting. Field treatment of the scalp with PDT discussed for next winter - not scheduled.
Post-care reviewed (blisters, crusts 1-2 weeks). F/U 3 months.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000 + 17003 (17004/17000 and "
                  "17004/17003 are indicator 0). Cheilitis treated with a topical only.",
})

SCENARIOS.append({
    "id": "s80-ds-edc-sbcc-back-final-defect",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven superficial BCC left lower back; clinical 1.0 cm, final defect 1.4 cm "
                   "-> 17262; AK on ear deferred; Medicare Advantage PPO",
    "date": "2025-09-30",
    "patient": ("Marsh", "Evelyn", "1958-07-23", "female"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left lower back", "C44.519", "Left lower back", reason=True),
        C("c2", "Actinic keratosis, left ear", "L57.0", "Left helix"),
    ],
    "procedures": [
        P("Electrodesiccation and curettage x3 cycles", site="Left lower back",
          note="Biopsy 09/09/2025: superficial BCC. Pre-treatment clinical size 1.0 cm. After three cycles of "
               "curettage and electrodesiccation the final defect measured 1.4 cm.", reasons=["c1"]),
    ],
    "note_title": "ED&C Note",
    "note": """General Dermatology - procedure visit - 9/30/2025 - R. Santos

67F here for treatment of the biopsy-proven superficial BCC on the L lower back (shave bx 9/9/25, our
office; site healed). No prior skin cancers. Takes lisinopril; no blood thinners.
Options reviewed: excision, ED&C, imiquimod 5 weeks. She chose ED&C (one visit, accepts a round white scar).

Exam: 1.0 cm pink scaly thin patch around the healed biopsy scar. No other suspicious lesions on the back.
Consent signed. Lidocaine 1% w/ epi 2 mL.
Curettage and electrodesiccation x 3 cycles; tissue soft and gelatinous on the first pass, firm dermis
reached on the third. Final defect 1.4 cm round. Hemostasis complete.
Vaseline + bandage; daily wound care handout.

Also noted a small AK L helix - will freeze at the 3-month visit (not done today, she was in a hurry).
Follow-up 3 months, full skin exam.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction on the trunk sized by the final curettage defect (1.4 cm -> 17262, "
                  "not the 1.0 cm clinical size). The biopsy was a prior visit; the AK was not treated.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: destruction, E/M, benign and malignant excision
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s80-ds-molluscum-eleven-thighs-medicaid-mco",
    "family": "destruction", "shape": "note-only",
    "description": "Curettage of eleven spreading, itchy molluscum on inner thighs/lower abdomen; labial lesions "
                   "left for cantharidin later; Medicaid MCO",
    "date": "2025-08-26",
    "patient": ("Delacroix", "Shanice", "1999-01-25", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Inner thighs; lower abdomen", reason=True),
    ],
    "note_title": "Vulvar Clinic Note",
    "note": """Vulvar Clinic   |   Ines Castellanos, MD   |   26 August 2025
Chaperone: K. Osei (RN) present.

26F, bumps on the upper inner thighs and lower belly for 2 months, multiplying (started with 3, now "a lot")
and itchy, scratching them open. New partner in spring.

Exam: dome-shaped umbilicated pearly papules 2-4 mm - upper inner thighs and infraumbilical abdomen, several
with surrounding eczematous change. Labia majora: four tiny lesions. Mucosa spared.

Dx: molluscum contagiosum, spreading and pruritic.

Procedure: after EMLA x 30 min, curettage of ELEVEN lesions (R thigh 5, L thigh 4, lower abdomen 2), AlCl3
hemostasis. The labial lesions were not curetted today - plan cantharidin at the next visit if still present.
Advised not to shave the area; HIV/syphilis screening offered - she will do it with her PCP.
""",
    "expected": E([L("17110")], dx={"17110": ["B08.1"]}),
    "coder_note": "DS-2: eleven benign lesions destroyed by curettage -> 17110 x1 (up to 14). Spread and itching "
                  "are documented (BSL-3); labial lesions not treated.",
})

SCENARIOS.append({
    "id": "s80-em-vulvar-ls-flare-99214",
    "family": "em", "shape": "note-only",
    "description": "Established vulvar LS with flare and new fissures, steroid regimen changed and tacrolimus "
                   "added; provider 99214 kept; biopsy discussed, not done; commercial",
    "date": "2025-12-16",
    "patient": ("Sorensen", "Birgit", "1972-10-03", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 28, "em": "99214",
    "conditions": [
        C("c1", "Lichen sclerosus of vulva, flare", "N90.4", "Vulva", reason=True),
    ],
    "note_title": "Vulvar Clinic Progress Note",
    "note": """VULVAR CLINIC - PROGRESS NOTE
Date: 12/16/2025      Clinician: J. Abernathy MD      Chaperone: present (M. Ruiz, MA)

Interval: biopsy-proven vulvar LS (2023), had been controlled on clobetasol 0.05% oint twice weekly. Since
October: itch back most nights, painful splitting at the posterior fourchette with intercourse, some
spotting. Ran out of clobetasol for ~6 weeks (pharmacy issue).

Exam: renewed white sclerotic change both labia minora and perianal "figure of eight"; two 3-4 mm linear
fissures at the posterior fourchette; ecchymosis left labium minus. No hyperkeratotic plaque, no ulcer, no
mass. No adhesions progressing compared to the photo of 06/2025.

Assessment: lichen sclerosus, flare after interruption of maintenance therapy.
Plan:
 - Clobetasol 0.05% ointment nightly x 4 weeks, alternate nights x 4 weeks, then twice weekly maintenance.
   New Rx to a different pharmacy, 60 g.
 - Add tacrolimus 0.1% ointment to the fourchette on non-steroid days after week 8 - Rx given.
 - Vaginal moisturiser; dilator set discussed.
 - If any area fails to respond in 3 months, biopsy - none indicated today.
 - Annual lifelong exam re: SCC risk reviewed.
RTC 3 months.
""",
    "expected": E([L("99214")], dx={"99214": ["N90.4"]}),
    "coder_note": "EM-4: chronic illness with exacerbation + prescription drug management = moderate MDM, "
                  "supports the provider's 99214. No procedure; biopsy only discussed.",
})

SCENARIOS.append({
    "id": "s80-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS annual full-skin check, no history, no complaint, nothing suspicious -> 99213-GY",
    "date": "2025-11-18",
    "patient": ("Kowalczyk", "Henryk", "1955-03-08", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Skin Check",
    "note": """General Dermatology - skin check - 11/18/2025 - R. Santos MD

70 yo M (last seen 2023 for athlete's foot, resolved). Wants his "yearly mole check" - his brother-in-law
had a melanoma. No personal history of skin cancer or precancers. No new, changing, itching or bleeding
spots. No complaints today.

Full skin examination incl. scalp, nails, oral mucosa and genitalia (chaperone L. Ng present for the
genital exam): scattered solar lentigines on the forearms and a few small regular nevi on the back, all
unremarkable on dermoscopy. No lesions of concern.

Assessment: screening skin exam, normal.
Plan: sunscreen, self-exam handout. Return as needed.
""",
    "expected": E([L("99213", 1, "GY")], dx={"99213": ["Z12.83"]}),
    "coder_note": "DX-5 / README: screening-only full-skin exam for Medicare FFS (no history, no complaint, nothing "
                  "found; a relative's melanoma is not the patient's own history) -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s80-em-new-erosive-oral-lp-99204",
    "family": "em", "shape": "note-only",
    "description": "New patient erosive gingival/oral lichen planus, two prescriptions, labs; biopsy deferred "
                   "(anticoagulation); provider 99204 kept; Medicaid",
    "date": "2026-02-24",
    "patient": ("Achterberg", "Ilse", "1961-12-12", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Erosive lichen planus of oral mucosa", None, "Gingiva; buccal mucosa", reason=True),
    ],
    "note_title": "Oral Mucosa Clinic - New Patient Consultation",
    "note": """ORAL MUCOSA CLINIC - NEW CONSULT
Dr. C. Okonkwo                                                      24-FEB-2026
Referred by: Dr. P. Lund, DDS

64F with 8 months of raw, bleeding gums and burning cheeks; can't tolerate toothpaste or citrus. Lost 4 kg.
Also mentions vaginal soreness - never examined for it. On warfarin (AF), metoprolol, omeprazole.

Exam: desquamative gingivitis of the upper and lower labial gingiva; bilateral buccal mucosa with white
reticular striae bordering 1 cm erosions; lateral tongue spared. Lips normal. No cervical nodes. Skin and
nails: no lichen planus seen.

Impression: erosive oral lichen planus, likely; vulvovaginal-gingival syndrome to be excluded.

Plan:
 - Biopsy of the buccal erosion edge recommended; deferred today - INR 3.4 this morning; will coordinate
   with her cardiologist and book for a later date.
 - Dexamethasone 0.5 mg/5 mL elixir, swish 5 mL for 5 min and spit QID - Rx.
 - Clobetasol 0.05% gel to gingiva via custom trays twice daily - Rx; trays via her dentist.
 - Nystatin rinse for candida prophylaxis - Rx.
 - HCV antibody, CBC ordered.
 - Referral to our Vulvar Clinic for the genital symptoms.
RTC 4 weeks.
""",
    "expected": E([L("99204")]),
    "coder_note": "No procedure performed (biopsy deferred). New problem with uncertain prognosis + Rx drug "
                  "management (moderate) supports the provider's 99204; it is kept as documented.",
})

SCENARIOS.append({
    "id": "s80-po-oral-aphthae-in-excision-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated E/M (new oral aphthae, Rx) 6 days after a labium majus excision (010 global); "
                   "provider 99213 without modifier -> 99213-24; commercial",
    "date": "2026-01-26",
    "patient": ("Rasmussen", "Cora", "1993-07-08", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 22, "em": "99213",
    "conditions": [
        C("c1", "Recurrent oral aphthae", "K12.0", "Oral mucosa", reason=True),
        C("c2", "Melanocytic nevus, left labium majus, excised 01/20/2026", None, "Left labium majus"),
    ],
    "prior": [
        PRIOR("2026-01-20", "11421", "Excision benign lesion, genitalia, 0.6-1.0 cm", "Left labium majus",
              "Excision of a 0.5 cm pigmented papule with 2 mm margins; sutures in place."),
    ],
    "note_title": "Vulvar Clinic - Visit",
    "note": """Vulvar Clinic - Ines Castellanos, MD - 01/26/2026

Reason for visit: painful mouth sores x 5 days. (Had the L labium majus nevus excised here on 1/20.)

Mouth: she gets 2-3 ulcers every couple of months since her teens, this is the worst flare - can't eat.
No genital ulcers, no eye symptoms, no GI symptoms, no fevers.
Exam: three 4-6 mm round shallow ulcers with yellow base and red halo - lower labial mucosa x2, left
ventral tongue x1. No other mucosal lesions.
Excision site: glanced at while she was here - clean, edges together, sutures intact, no erythema.

A/P:
1. Recurrent minor aphthous stomatitis, flare. Clobetasol 0.05% gel mixed with Orabase to ulcers TID - Rx.
   Lidocaine viscous 2% before meals - Rx. CBC, ferritin, B12, folate, celiac serology ordered.
   If >6 episodes/yr will consider colchicine.
2. Post-op: healing well; suture removal next week as planned (separate visit).
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["K12.0"]}),
    "coder_note": "GS-5: E/M for an unrelated problem inside the 10-day global of the 01/20 excision (11421) -> "
                  "modifier 24. The glance at the wound is part of the global package.",
})

SCENARIOS.append({
    "id": "s80-em-new-vulvodynia-time-99205",
    "family": "em", "shape": "note-only",
    "description": "New patient provoked vulvodynia, 64 min total time documented, provider 99205 kept, no "
                   "prolonged code; biopsy discussed not done; commercial (Aetna)",
    "date": "2025-10-14",
    "patient": ("Vance", "Talia", "1990-04-17", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 64, "em": "99205",
    "conditions": [
        C("c1", "Localized provoked vulvodynia", "N94.819", "Vestibule", reason=True),
    ],
    "note_title": "Vulvar Clinic - New Patient",
    "note": """VULVAR CLINIC NEW PATIENT EVALUATION
Ines Castellanos MD                                  October 14, 2025
Chaperone: A. Becker, RN

35F with 3 years of entry dyspareunia and burning with tampons. Seen by 4 clinicians, treated for yeast many
times without benefit. Brings 40 pages of outside records, cultures and a normal pelvic ultrasound.

Exam: vulvar skin normal - no lichen sclerosus, no dermatitis, no atrophy. Vestibule: mild erythema at
4 and 8 o'clock; cotton-swab test painful 7/10 at 4-8 o'clock, 0/10 on labia. Pelvic floor hypertonic on
single-digit exam. Outside records: vaginal pH 4.0 and negative yeast cultures x3 (gyn, 09/2025).

Assessment: localized provoked vulvodynia (vestibulodynia) with pelvic floor dysfunction; no dermatosis.
We talked about whether to biopsy - not indicated, skin is normal; no biopsy.
Plan:
 - Amitriptyline 10 mg qhs, titrate by 10 mg weekly to 30 mg - Rx.
 - Lidocaine 5% ointment 15 min before intercourse - Rx.
 - Pelvic floor physical therapy referral.
 - Stop all antifungals; cotton underwear, no soaps.
 - Discussed vestibulectomy as a last resort - not for now.

Total time on the date of the encounter: 64 minutes (record review 16 min, history/exam/counselling 38 min,
documentation and referral 10 min).
""",
    "expected": E([L("99205")], dx={"99205": ["N94.819"]}),
    "coder_note": "EM-1/EM-3: 64 minutes >= 60 for 99205; below the prolonged-service thresholds, so no add-on. "
                  "No procedure done.",
})

SCENARIOS.append({
    "id": "s80-exb-labium-majus-nevus-intermediate-repair",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision of atypical-appearing pigmented lesion of labium majus, 0.6 cm + 2 mm margins, "
                   "layered closure 1.8 cm; path benign nevus; commercial (Aetna)",
    "date": "2025-09-09",
    "patient": ("Kaur", "Simran", "1984-05-05", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Pigmented lesion, right labium majus", None, "Right labium majus", reason=True),
    ],
    "note_title": "Vulvar Clinic Operative Note",
    "note": """HARBOURVIEW VULVAR CLINIC - OPERATIVE NOTE                 09/09/2025
Surgeon: June Abernathy MD    Chaperone: present throughout (D. Frank, MA)

Indication: 41F, dark brown-black papule on the RIGHT labium majus, noticed by her gyn, patient thinks it
has darkened this year. Dermoscopy: irregular globules, asymmetric. Excisional biopsy (complete removal)
chosen over punch sampling.

Lesion: 0.6 x 0.5 cm, hair-bearing lateral labium majus.
Procedure: consent, prep, 1% lidocaine with epi 4 mL. Elliptical excision with 2 mm margins all around
(excised diameter 1.0 cm), to subcutaneous fat. Undermined minimally.
Closure: layered - 4-0 Monocryl deep dermal, 5-0 Vicryl Rapide running. Final length 1.8 cm.
EBL minimal. Specimen oriented with a suture at 12 o'clock.
Post-op: ice, sitz baths from day 2, no intercourse 2 weeks.
""",
    "path": [
        {"text": "Skin, right labium majus, excision: compound melanocytic nevus of genital (special-site) type "
                 "with mild architectural atypia; margins free.", "site": "Right labium majus",
         "date": "2025-09-12"},
    ],
    "expected": E([L("11421"), L("12041")]),
    "coder_note": "EX-1/EX-2: 0.6 + 2 x 0.2 = 1.0 cm on genitalia -> 11421 (benign path). EX-5/REP-2: layered "
                  "closure of external genitalia 1.8 cm -> 12041.",
})

SCENARIOS.append({
    "id": "s80-exb-scrotal-cyst-no-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of recurrently inflamed scrotal epidermoid cyst with no lesion size or margin "
                   "documented; layered repair 2.0 cm kept; Medicaid",
    "date": "2025-11-25",
    "patient": ("Ruiz", "Armando", "1975-09-21", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Epidermoid cyst of scrotum, recurrently inflamed", "L72.0", "Left hemiscrotum", reason=True),
    ],
    "procedures": [
        P("Excision of scrotal cyst", site="Left hemiscrotum",
          note="Cyst dissected free and removed intact with overlying punctum. Layered closure: 4-0 Monocryl deep, "
               "5-0 chromic running. Repair length 2.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Men's Genital Skin Clinic - procedure note - 11/25/2025 - S. Weiss MD
Chaperone: declined.

50M, left scrotal cyst that has become red, swollen and painful 3 times this year, drained chalky material
twice. Quiet at present. Wants it out.

Procedure: consent. Local 1% lido w/ epi. Incision over the cyst, blunt dissection, cyst removed intact
with its punctum. Hemostasis with cautery. Layered closure (4-0 Monocryl deep, 5-0 chromic skin), 2.0 cm.
Scrotal support, ice, no heavy lifting 1 week.
Sent to pathology.
""",
    "path": [
        {"text": "Skin and subcutis, left scrotum, excision: ruptured epidermoid (infundibular) cyst with foreign "
                 "body giant cell reaction.", "site": "Left scrotum", "date": "2025-11-28"},
    ],
    "expected": E([L("12041")], topics=["missing-documentation"]),
    "coder_note": "README coding decisions: no lesion size/margin -> no excision line (missing-documentation); the "
                  "separately documented layered genital repair 2.0 cm is kept -> 12041.",
})

SCENARIOS.append({
    "id": "s80-exb-back-nevus-precoded-wrong-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Bra-line nevus that bleeds, 0.8 cm + 3 mm margins = 1.4 cm pre-coded 11401 -> 11402; "
                   "intermediate repair 3.2 cm 12032; Medicare FFS",
    "date": "2025-08-05",
    "patient": ("Oduya", "Grace", "1956-02-14", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Melanocytic nevus of trunk, irritated", "D22.5", "Mid upper back", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk", cpt="11401", site="Mid upper back",
          note="Lesion 0.8 x 0.6 cm, 3 mm margins.", reasons=["c1"]),
        P("Repair intermediate trunk", cpt="12032", site="Mid upper back",
          note="Layered closure 3.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Excision Note",
    "note": """Excision, mid upper back.     08/05/2025.     R. Santos MD.

Indication: 69F with a raised brown mole under the bra strap, rubbed raw and bled on two occasions this
summer (pt shows photos of blood on the bra). Wants it removed; benign-appearing on dermoscopy.
Meds: amlodipine, vitamin D. Allergies: none. No anticoagulant.

Lesion measured before excision: 0.8 x 0.6 cm. Marked with 3 mm margins.
Consent signed; time-out. 1% lidocaine with epinephrine 5 mL.
Fusiform ellipse excised to subcutaneous fat, oriented with a suture.
Closure: layered - 4-0 Monocryl buried dermal, 4-0 nylon simple interrupted. Final length 3.2 cm.
EBL minimal. No complications. Pressure dressing.
Path requested. Sutures out in 12-14 days.
""",
    "path": [
        {"text": "Skin, mid upper back, excision: compound melanocytic nevus with erosion and hemorrhage; margins "
                 "clear.", "site": "Mid upper back", "date": "2025-08-08"},
    ],
    "expected": E([L("11402"), L("12032")], topics=["coding-correction"], dx={"11402": ["D22.5"]}),
    "coder_note": "EX-1: excised diameter 0.8 + 2 x 0.3 = 1.4 cm -> 11402 (pre-coded 11401 used the lesion size). "
                  "Bleeding from documented trauma meets BSL-3. Intermediate trunk repair 3.2 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s80-exm-vin3-labium-majus-wle",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Wide local excision of biopsy-proven VIN 3 (HSIL) right labium majus, 1.2 cm + 5 mm margins = "
                   "2.2 cm, layered repair 3.5 cm; Medicare Advantage PPO",
    "date": "2025-12-09",
    "patient": ("Harcourt", "Beatrice", "1948-08-29", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 60,
    "conditions": [
        C("c1", "Vulvar intraepithelial neoplasia III (HSIL), right labium majus", "D07.1", "Right labium majus",
          reason=True),
    ],
    "note_title": "Operative Note - Vulvar Clinic",
    "note": """Operative note                                                     DOS 12/09/2025
Harbourview Vulvar Clinic - J. Abernathy MD - chaperone (R. Dube) present

Pre-op dx: HSIL / VIN 3 (usual type), right labium majus, on biopsy 11/12/2025 (our office).
Post-op dx: same, pending final path.

77F. Options discussed at the last visit: imiquimod, laser ablation, excision. She chose excision. Gyn
(Dr. Ferrante) to do colposcopy/anal screening separately - not done here.

Lesion: 1.2 x 0.9 cm raised white-grey plaque, mid right labium majus, mapped with 5% acetic acid.
Anesthesia: 1% lidocaine w/ epi, 8 mL.
Wide local excision with 5 mm clinical margins all around (1.2 + 0.5 + 0.5 = 2.2 cm excised diameter),
full thickness to subcutaneous fat. Specimen oriented.
Repair: layered closure - 3-0 Vicryl deep, 4-0 Monocryl subcuticular; length 3.5 cm.
EBL 10 mL. No complications.
Plan: sitz baths, ice, acetaminophen. Path review in 2 weeks. Lifelong surveillance.
""",
    "path": [
        {"text": "Vulva, right labium majus, wide local excision: high-grade squamous intraepithelial lesion "
                 "(VIN 3), usual type; no invasion; margins clear (closest 3 mm).", "site": "Right labium majus",
         "date": "2025-12-12"},
    ],
    "expected": E([L("11623"), L("12042")], dx={"11623": ["D07.1"]}),
    "coder_note": "EX-1/EX-3: carcinoma in situ takes the malignant codes; 1.2 + 2 x 0.5 = 2.2 cm on genitalia -> "
                  "11623. Intermediate genital repair 3.5 cm -> 12042 (separately reportable, EX-5).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: malignant excision, I&D, intralesional, mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s80-exm-flank-scc-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of SCC with positive deep margin 8 days after 11602; pre-coded 11403 + simple "
                   "repair 12002 -> 11603-58 only; re-excision path negative; Medicare FFS",
    "date": "2026-02-11",
    "patient": ("Petrakis", "Nikos", "1944-06-06", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, right flank, deep margin positive", "C44.529", "Right flank",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-02-03", "11602", "Excision malignant lesion trunk 1.1-2.0 cm", "Right flank",
              "Excision of a 1.0 cm keratotic nodule with 4 mm margins."),
    ],
    "procedures": [
        P("Excision benign lesion trunk 2.1-3.0 cm", cpt="11403", site="Right flank",
          note="Re-excision of scar; scar 1.6 cm, 4 mm margins.", reasons=["c1"]),
        P("Simple repair trunk 2.6-7.5 cm", cpt="12002", site="Right flank", note="Simple closure 2.8 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatologic Surgery - Re-excision",
    "note": """DERMATOLOGIC SURGERY - Astrid Lindgren MD - 02/11/2026

Re-excision, right flank. Excision on 02/03/2026 showed well-differentiated invasive SCC, deep margin
involved. Planned return to clear the margin (discussed at the first surgery). Sutures from 2/3 removed today.

Scar 1.6 cm, healing. 4 mm margins around the scar -> excised diameter 2.4 cm, down to fascia.
Simple single-layer closure 4-0 nylon interrupted, 2.8 cm (no layered closure needed - minimal tension).
Specimen to path, stitch at 12.

ADDENDUM 02/13/2026: path - scar with granulation tissue; no residual carcinoma; margins clear.
Follow-up 10 days; skin checks every 6 months for 2 years.
""",
    "path": [
        {"text": "Skin, right flank, re-excision: dermal scar with granulation tissue and foreign body reaction; "
                 "no residual squamous cell carcinoma; margins clear.", "site": "Right flank",
         "date": "2026-02-13"},
    ],
    "expected": E([L("11603", 1, "58")], topics=["coding-correction", "global-period", "ncci"],
                  dx={"11603": ["C44.529"]}),
    "coder_note": "EX-4: re-excision of a malignancy stays malignant even with negative path; 1.6 + 2 x 0.4 = 2.4 cm "
                  "trunk -> 11603; inside the 10-day global of 11602 and planned -> 58. Simple repair included "
                  "(11603/12002 indicator 1, same wound) -> removed.",
})

SCENARIOS.append({
    "id": "s80-exm-scrotal-bowen-excision",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision of biopsy-proven SCC in situ of scrotal skin, 0.9 cm + 3 mm margins = 1.5 cm, simple "
                   "closure; Mohs discussed not chosen; commercial",
    "date": "2025-10-28",
    "patient": ("Brennan", "Malcolm", "1957-01-30", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ (Bowen disease), scrotum", "D07.61", "Left scrotum", reason=True),
    ],
    "procedures": [
        P("Excision of lesion, scrotum", site="Left anterior scrotum",
          note="Velvety red plaque 0.9 x 0.7 cm, 3 mm margins marked. Elliptical excision to dartos. Simple "
               "closure 5-0 chromic, 2.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Men's Genital Skin Clinic - Excision",
    "note": """Men's Genital Skin Clinic      10/28/2025      Samuel Weiss, MD

68M, shave biopsy 10/07 (this clinic) of a red scaly plaque on the L anterior scrotum: SCC in situ, HPV-
associated pattern. Options: imiquimod, PDT, Mohs, standard excision. He wants it "cut out and done"; Mohs
not felt necessary for this small in-situ lesion - not performed.

Chaperone present (T. Lam).
Lesion 0.9 x 0.7 cm. 3 mm margins -> excised diameter 1.5 cm. Local 1% lido with epi.
Ellipse to dartos; hemostasis cautery; single-layer closure 5-0 chromic, 2.2 cm.
Scrotal support. Path pending.
""",
    "path": [
        {"text": "Skin, left scrotum, excision: squamous cell carcinoma in situ (Bowenoid, HPV-associated); "
                 "margins negative.", "site": "Left scrotum", "date": "2025-10-31"},
    ],
    "expected": E([L("11622")], dx={"11622": ["D07.61"]}),
    "coder_note": "EX-1/EX-3: in-situ carcinoma -> malignant excision; 0.9 + 2 x 0.3 = 1.5 cm on genitalia -> "
                  "11622. Simple closure included (EX-5). Mohs only discussed.",
})

SCENARIOS.append({
    "id": "s80-id-inguinal-hs-abscess-plus-ilk",
    "family": "incision-drainage", "shape": "note-only",
    "description": "I&D of a single right inguinal HS abscess + ILK (20 mg) to two other inflamed nodules; "
                   "adalimumab discussed; commercial",
    "date": "2025-09-23",
    "patient": ("Ogunleye", "Funmilayo", "1992-03-03", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley II", "L73.2", "Inguinal folds; left axilla", reason=True),
    ],
    "note_title": "Vulvar Clinic - HS visit",
    "note": """Vulvar & Genital Dermatology - HS visit                    9/23/2025
Provider: Ines Castellanos MD. Chaperone: K. Osei RN.

33F with HS (Hurley II) of the groin and axillae; a very painful swelling in the RIGHT groin fold x 4 days.

Exam:
- R inguinal fold: 2.5 cm fluctuant, tender abscess, single cavity.
- L inguinal fold: 1 cm inflamed tender nodule, not fluctuant.
- L axilla: 1.2 cm inflamed nodule, not fluctuant. Old sinus tract scarring bilaterally.

Procedures:
1) I&D, R inguinal abscess: lidocaine 1% w/ epi; #11 blade stab incision; ~4 mL purulent material
   expressed; simple drainage, no loculations, no packing. Dressing.
2) Intralesional triamcinolone 10 mg/mL: 1.0 mL into the L inguinal nodule and 1.0 mL into the L axillary
   nodule (2 lesions, total 20 mg).

Discussed adalimumab (biologic) for Hurley II disease - she wants to think about it; TB test NOT ordered yet.
Continue clindamycin lotion / chlorhexidine wash.
""",
    "expected": E([L("10060"), L("11900"), L("J3301", 2)], dx={"10060": ["L73.2"]}),
    "coder_note": "Single simple abscess -> 10060. ILK of two different lesions -> 11900 + J3301 x2 (20 mg / 10). "
                  "No PTP edit between 10060 and 11900 in the table; different lesions anyway (EX-7 is about the "
                  "same lesion).",
})

SCENARIOS.append({
    "id": "s80-id-buttock-abscess-loculated-precoded-10060",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Complicated buttock abscess (loculations broken, packing) pre-coded 10060 -> 10061; Medicaid",
    "date": "2025-07-15",
    "patient": ("Whitley", "Darnell", "1985-10-10", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of left buttock", "L02.31", "Left buttock", reason=True),
    ],
    "procedures": [
        P("I&D abscess, simple or single", cpt="10060", site="Left buttock",
          note="5 cm abscess; loculations broken with hemostat; irrigated; packed with 1/4-inch iodoform.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note - I&D",
    "note": """I&D NOTE / R. Santos MD / 07-15-2025

40M, painful lump L buttock 6 days, fever yesterday 100.8 F. Not diabetic. Prior MRSA abscess 2022.
NKDA. Vitals today: T 99.6 F, HR 88.
Exam: 5 x 4 cm indurated fluctuant abscess with 7 cm surrounding erythema, L upper buttock; no crepitus,
no perianal involvement.

Procedure: consent; field block 1% lido with epi 10 mL. 2 cm linear incision. Large volume of purulence;
multiple loculations broken up with a hemostat; cavity irrigated with 120 mL saline; packed with 1/4"
iodoform gauze (about 30 cm); dressing. Wound culture sent.

Plan: doxycycline 100 mg BID x 10 days (MRSA hx). Warm soaks after packing out.
Packing change / wound check in 48 h. Return sooner for fever, spreading redness.
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L02.31"]}),
    "coder_note": "Large abscess with loculations broken up, irrigation and packing = complicated I&D -> 10061 "
                  "(pre-coded 10060 corrected).",
})

SCENARIOS.append({
    "id": "s80-il-hypertrophic-vulvar-ls-three-plaques",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to three hyperkeratotic vulvar LS plaques, 15 mg total -> 11900 + J3301 x2; Medicare FFS",
    "date": "2026-03-03",
    "patient": ("Quigley", "Maureen", "1950-11-11", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Lichen sclerosus of vulva, hypertrophic plaques", "N90.4", "Vulva", reason=True),
    ],
    "note_title": "Vulvar Clinic Procedure Note",
    "note": """VULVAR CLINIC        03/03/2026        June Abernathy, MD
Chaperone: R. Dube (MA) in the room.

Known LS, three thick hyperkeratotic plaques that have not flattened after 4 months of clobetasol nightly
(all three biopsied 10/2025 - no dysplasia). Still itchy there; rest of the vulva improved.

Plan per last visit: intralesional triamcinolone.
EMLA 20 min, then 1% lidocaine.
Triamcinolone acetonide 10 mg/mL injected:
   L labium minus plaque ............ 0.5 mL
   clitoral hood (L) plaque ......... 0.5 mL
   R interlabial sulcus plaque ...... 0.5 mL
   3 lesions, total 1.5 mL = 15 mg.
Tolerated. Continue clobetasol 3x/week. Repeat in 6 weeks if needed.
""",
    "expected": E([L("11900"), L("J3301", 2)], dx={"11900": ["N90.4"]}),
    "coder_note": "11900 for up to 7 lesions; J3301 per 10 mg -> ceil(15/10) = 2 units.",
})

SCENARIOS.append({
    "id": "s80-il-lsc-scrotum-thighs-nine-lesions",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to nine LSC/prurigo lesions of scrotum and thighs, 32 mg -> 11901 + J3301 x4; commercial "
                   "(Cigna)",
    "date": "2025-08-19",
    "patient": ("Adebayo", "Kunle", "1968-05-19", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Lichen simplex chronicus of scrotum", "L28.0", "Scrotum", reason=True),
        C("c2", "Prurigo nodularis, upper inner thighs", "L28.1", "Upper inner thighs", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection", site="Scrotum; upper inner thighs",
          note="Kenalog-10 (triamcinolone acetonide 10 mg/mL). Nine lesions injected: scrotal LSC plaques x3, "
               "thigh prurigo nodules x6. Total 3.2 mL = 32 mg.", reasons=["c1", "c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """MGSC / Dr. S. Weiss / 19-Aug-2025
Chaperone: declined.

57M, intractable itch of the scrotum and inner thighs x 2 years; wakes him nightly. Failed clobetasol,
pramoxine, hydroxyzine. Dupilumab was discussed last time - insurance denied, appeal pending (not today).
No diabetes; TSH and CBC normal in June.

Exam: lichenified plaques on the scrotum (3 discrete), 6 excoriated firm nodules 5-10 mm on the inner
thighs. No tinea (KOH negative last visit).

ILK: Kenalog-10 into nine lesions (3 scrotal + 6 thigh), 0.3-0.4 mL each, total 3.2 mL (32 mg).
Tolerated well.
Rx: clobetasol under occlusion qhs to thighs only. Cool compresses; nails short.
RTC 4-6 wk.
""",
    "expected": E([L("11901"), L("J3301", 4)]),
    "coder_note": "More than seven lesions -> 11901 (one unit); J3301 ceil(32/10) = 4. Dupilumab only discussed.",
})

SCENARIOS.append({
    "id": "s80-il-keloids-eight-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Eight keloids (earlobes, chest) injected with 40 mg, pre-coded 11900 + J3301 -> 11901 + "
                   "J3301 x4; Medicaid",
    "date": "2025-12-30",
    "patient": ("Boateng", "Esi", "2001-08-22", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Keloids, earlobes and anterior chest", "L91.0", "Earlobes; anterior chest", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Earlobes; anterior chest",
          note="8 keloids injected.", reasons=["c1"]),
        P("Triamcinolone acetonide injection", cpt="J3301", site="Earlobes; anterior chest",
          note="Kenalog-40, 1.0 mL total (40 mg).", reasons=["c1"]),
    ],
    "note_title": "Keloid Injection",
    "note": """General Dermatology - keloid injections - 12/30/2025 - R. Santos MD

24F, painful itchy keloids after ear piercing (2022) and chest acne. Session #2; first session 6 weeks
ago softened the chest lesions a little. No skin atrophy or hypopigmentation so far. Not pregnant.

Injected Kenalog-40 (40 mg/mL) with a 30 g needle into the body of each keloid:
 R earlobe 2, L earlobe 1, pre-sternal chest 5 = EIGHT keloids; total 1.0 mL (40 mg).
Tolerated; mild blanching.

Silicone gel sheets for the chest. Discussed surgical excision + radiation for the R earlobe - not now.
Return 6 weeks.
""",
    "expected": E([L("11901"), L("J3301", 4)], topics=["coding-correction"], dx={"11901": ["L91.0"]}),
    "coder_note": "Eight lesions -> 11901, not 11900 (README: 11900 for 8 lesions is a coding-correction). "
                  "J3301 = ceil(40/10) = 4 units.",
})

SCENARIOS.append({
    "id": "s80-mx-vulvar-punch-plus-back-nevus-punch-xs",
    "family": "mixed", "shape": "note-only",
    "description": "Vulvar biopsy (56605) of a labial pigmented macule + punch of a changing back nevus (11104-XS, "
                   "PTP indicator 1); Medicare FFS",
    "date": "2025-10-07",
    "patient": ("Iverson", "Ruth", "1952-05-15", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Pigmented macule, left labium minus", None, "Left labium minus", reason=True),
        C("c2", "Atypical (dysplastic) nevus, left upper back", "D22.5", "Left upper back", reason=True),
    ],
    "note_title": "Vulvar Clinic - Biopsies",
    "note": """Vulvar Clinic / Castellanos / 10-07-2025 / chaperone: A. Becker RN

73F, annual vulvar LS-surveillance patient (LS quiet on twice-weekly clobetasol, no changes needed).
New findings today:
  (1) LEFT labium minus: 8 mm irregular dark-brown macule, variegated - she did not know it was there.
  (2) LEFT upper back: nevus her husband says has grown and darkened; 7 mm, asymmetric on dermoscopy.

Procedures (consent, 1% lido w/ epi):
  (1) Vulvar biopsy - 4 mm punch of the darkest part of the labial macule; 4-0 Vicryl Rapide x1.
  (2) Back - 4 mm punch biopsy of the nevus; 4-0 nylon x1.
Separate specimen jars. Path 1 week. If the labial lesion is melanocytic and atypical we will excise it
(not scheduled yet).
""",
    "path": [
        {"text": "A. Vulva, left labium minus, punch: vulvar melanosis (lentiginous hyperpigmentation), no "
                 "atypical melanocytic proliferation. B. Skin, left upper back, punch: dysplastic compound nevus "
                 "with moderate atypia, extends to margin.", "site": "Vulva; left upper back",
         "date": "2025-10-10"},
    ],
    "expected": E([L("56605"), L("11104", 1, "XS")]),
    "coder_note": "BX-1: vulvar biopsy 56605; skin punch of the back 11104. PTP 56605/11104 is indicator 1 and the "
                  "lesions are different -> XS on the column-2 code 11104.",
})

SCENARIOS.append({
    "id": "s80-mx-ls-em-plus-thigh-condyloma-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Vulvar LS progression with Rx change (99214) + cryo of 4 inner-thigh condylomata (17110); "
                   "provider sent 99214 without 25; commercial (UHC)",
    "date": "2025-11-11",
    "patient": ("Montague", "Elise", "1980-09-01", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Lichen sclerosus of vulva, progressing", "N90.4", "Vulva", reason=True),
        C("c2", "Condylomata acuminata, upper inner thighs", "A63.0", "Upper inner thighs", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", cpt="17110", site="Upper inner thighs",
          note="LN2 x 2 cycles to 4 condylomata (R 3, L 1).", reasons=["c2"]),
    ],
    "note_title": "Vulvar Clinic Progress Note",
    "note": """Vulvar Clinic progress note - 11/11/2025 - J. Abernathy MD (chaperone present, M. Ruiz)

45F, established.

1) Vulvar LS - on clobetasol 3x/week; now more itch, new purpura and early fusion of the clitoral hood
   compared with the 05/2025 photo = progression. No erosions, no hyperkeratotic plaque.
   Increase clobetasol to nightly x 4 weeks, then taper to 3x/week; add estradiol 0.01% cream to the
   vestibule (atrophy) - both Rx'd. Adhesion release surgery discussed if fusion continues - not now.
   Recheck 8 weeks.
2) Separate problem: 4 small warts on the upper inner thighs (R 3, L 1) for 6 weeks, no vulvar or perianal
   warts seen. Liquid nitrogen, 2 freeze-thaw cycles, to all four today. Aftercare reviewed.
   Partner evaluation advised; Pap up to date per gyn.
""",
    "expected": E([L("17110"), L("99214", 1, "25")], dx={"17110": ["A63.0"]}),
    "coder_note": "GS-3: LS progression with prescription changes is significant, separately identifiable E/M work "
                  "beyond the wart treatment -> 25 on the E/M; 17110 for 4 lesions.",
})

SCENARIOS.append({
    "id": "s80-mx-face-aks-plus-inflamed-sk-groin",
    "family": "mixed", "shape": "free-text",
    "description": "Cryo of 4 facial AKs (17000 + 17003 x3) and 2 inflamed SKs in the groin (17110); 17110/17000 "
                   "and 17110/17003 indicator 1 -> XS on the AK lines; Medicare FFS",
    "date": "2026-01-06",
    "patient": ("Lunde", "Gerald", "1946-02-02", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face", "L57.0", "Forehead; nose; left cheek", reason=True),
        C("c2", "Inflamed seborrheic keratoses", "L82.0", "Right inguinal crease; left inner thigh", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of actinic keratoses", site="Forehead; nose; left cheek",
          note="Four AKs: forehead 2, nasal dorsum 1, left cheek 1. LN2 single cycle.", reasons=["c1"]),
        P("Cryotherapy of irritated seborrheic keratoses", site="Right inguinal crease; left inner thigh",
          note="Two SKs, red inflamed base, crusted, itch and bleed from friction with underwear. LN2 x2 cycles.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """General Derm, R. Santos MD, 01/06/2026.

79M. Rough spots on the face again, plus two "warty" spots in the groin that are sore, red and bleed on his
underwear for the past month. Hx AKs, no skin cancer. On aspirin 81.

Exam:
 - Face: 4 gritty AKs (forehead x2, nasal dorsum, L cheek).
 - Groin: 2 SKs (R inguinal crease, L inner thigh) with erythematous inflamed base and hemorrhagic crust.
 - Back: many flat, non-irritated SKs.

Cryo (LN2): AKs x4, single cycle; irritated SKs x2, two cycles each.
Did not treat the flat non-irritated SKs on his back - cosmetic, he agreed.
Aftercare reviewed. F/U 6 months.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")],
                  dx={"17110": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "DS-1/DS-2/DS-3: AKs 17000 + 17003 x3; inflamed SKs (L82.0, BSL-3 bleeding/inflammation) 17110. "
                  "17110 is column 1 over 17000/17003 (indicator 1), different lesions -> XS on 17000 and 17003.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: mixed, Mohs, nails, paring, patch test
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s80-mx-new-pt-penile-bx-scrotal-warts-em-decision-only",
    "family": "mixed", "shape": "free-text",
    "description": "New patient: penile shaft punch biopsy (54100) + cryo of 5 scrotal warts (17110); provider "
                   "99203 covers only the lesion evaluation/decision -> E/M removed; commercial (Aetna)",
    "date": "2025-09-02",
    "patient": ("Sato", "Kenji", "1991-12-05", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Bowenoid papulosis, penile shaft", None, "Penile shaft", reason=True),
        C("c2", "Anogenital warts, scrotum", "A63.0", "Scrotum", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", site="Penile shaft, dorsal",
          note="3 mm punch of a 5 mm flat brown papule; 5-0 chromic x1.", reasons=["c1"]),
        P("Cryotherapy of warts", site="Scrotum",
          note="LN2 2 FTC to five scrotal condylomata.", reasons=["c2"]),
    ],
    "note_title": "Men's Genital Skin Clinic - New Patient",
    "note": """Men's Genital Skin Clinic                                   09/02/2025
New patient - Samuel Weiss, MD - chaperone declined

33M referred by urgent care for "genital warts". Bumps on the scrotum x 2 months, and a flat brown spot on
the top of the penile shaft he noticed last month. No other complaints, no meds, no allergies.

Exam: five 2-4 mm verrucous papules on the scrotum. Dorsal penile shaft: 5 mm flat, velvety brown papule,
unlike the others. Inguinal nodes normal.

A/P:
1. Flat pigmented penile papule - r/o bowenoid papulosis / PeIN: 3 mm punch biopsy today (lido 1% plain),
   one chromic suture.
2. Scrotal condylomata x5 - cryotherapy today, 2 freeze-thaw cycles each.
Post-procedure care sheet given. Path results by portal; RTC 3 weeks.
""",
    "path": [
        {"text": "Skin, penile shaft, punch: bowenoid papulosis (HPV-associated squamous intraepithelial lesion, "
                 "high grade).", "site": "Penile shaft", "date": "2025-09-05"},
    ],
    "expected": E([L("54100"), L("17110")]),
    "coder_note": "BX-1: penile biopsy 54100; scrotal warts 17110 (no PTP edit between them). GS-3 / README: the "
                  "new-patient E/M covers only the evaluation of the lesions treated and the decision to treat -> "
                  "removed.",
})

SCENARIOS.append({
    "id": "s80-mx-ilk-hypertrophic-lp-shins-plus-labial-sk-shave",
    "family": "mixed", "shape": "free-text",
    "description": "ILK to 3 hypertrophic LP plaques on shins (20 mg) + shave removal of a 0.8 cm inflamed SK on "
                   "the labium majus; 11306/11900 indicator 1 -> 11900-XS; Medicare (NGS)",
    "date": "2025-10-21",
    "patient": ("Drummond", "Lillian", "1953-07-19", "female"),
    "provider": "castellanos", "payer": "medicare-ngs", "minutes": 30,
    "conditions": [
        C("c1", "Hypertrophic lichen planus, bilateral shins", "L43.0", "Bilateral shins", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right labium majus", "L82.0", "Right labium majus", reason=True),
    ],
    "procedures": [
        P("Intralesional Kenalog", site="Bilateral shins",
          note="Triamcinolone 10 mg/mL: R shin 2 plaques, L shin 1 plaque; 2.0 mL total (20 mg).",
          reasons=["c1"]),
        P("Shave removal", site="Right labium majus",
          note="0.8 cm crusted, inflamed, itchy SK; bleeds when wiping. Shave removal, AlCl3. To path.",
          reasons=["c2"]),
    ],
    "note_title": "Vulvar / General Dermatology Visit",
    "note": """I. Castellanos MD - 10/21/2025 - chaperone present for the vulvar exam (K. Osei)

72F with hypertrophic LP of the shins (known), thick itchy plaques despite clobetasol under occlusion.
Also a sore "scab" on the right outer labium that catches and bleeds with wiping for a month.

Exam: 3 thick violaceous hyperkeratotic plaques (R shin 2, L shin 1). Right labium majus: 0.8 cm
stuck-on crusted papule with inflamed red base. Oral mucosa clear; vulvar mucosa normal.

Procedures:
- ILK, triamcinolone 10 mg/mL, 2.0 mL total into the three shin plaques.
- Shave removal of the labial lesion, hemostasis AlCl3, sent for histology.
Acitretin discussed for the LP if no response - not started.
""",
    "path": [
        {"text": "Skin, right labium majus, shave: irritated (inflamed) seborrheic keratosis.",
         "site": "Right labium majus", "date": "2025-10-24"},
    ],
    "expected": E([L("11306"), L("11900", 1, "XS"), L("J3301", 2)], dx={"11306": ["L82.0"]}),
    "coder_note": "SH-1: 0.8 cm genital shave -> 11306 (inflamed, bleeding SK meets BSL-3). ILK of 3 shin plaques "
                  "-> 11900 + J3301 x2. PTP 11306/11900 indicator 1, different lesions -> XS on 11900.",
})

SCENARIOS.append({
    "id": "s80-mohs-penile-shaft-sameday-bx-frozen-59",
    "family": "mohs", "shape": "note-only",
    "description": "Never-biopsied penile shaft plaque: same-day punch bx (54100) + frozen section read as SCC in "
                   "situ, then Mohs 2 stages (3 + 2 blocks), second-intention healing; Medicare FFS",
    "date": "2025-11-19",
    "patient": ("Estrada", "Rogelio", "1950-03-25", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ of penis (PeIN)", "D07.4", "Penile shaft", reason=True),
    ],
    "note_title": "Mohs Micrographic Surgery Report",
    "note": """DERMATOLOGIC SURGERY - MOHS MICROGRAPHIC SURGERY REPORT
Surgeon and pathologist: Astrid Lindgren, MD                     Date: 11/19/2025
Chaperone: present (nurse J. Alvarez)

75M, lives 5 hours away, referred by his urologist with a red scaly plaque on the left lateral penile shaft
treated as "balanitis" for a year. NEVER biopsied - no pathology exists. He cannot make a second trip.
Plan agreed in advance: diagnostic biopsy with frozen section today; proceed to Mohs only if the frozen
section shows carcinoma.

Clinical lesion 1.1 x 0.8 cm, poorly defined borders. Circumcised. Apixaban held 48 h per cardiology.
Anesthesia: 1% lidocaine plain, penile block + local, 12 mL.

Diagnostic biopsy: 4 mm punch from the thickest area; frozen section (1 block, H&E) cut in our lab and read
by me: squamous cell carcinoma in situ (PeIN). Decision for Mohs made on this result.

Mohs (genitalia, AUC area H - tissue sparing and margin control):
Stage 1: lesion debulked; margin layer divided into 3 tissue blocks, mapped, frozen sections read by me:
         residual SCCIS at 6-8 o'clock (block 2).
Stage 2: 6-8 o'clock taken, 2 tissue blocks. Clear.
Total 2 stages / 5 blocks. No tissue sent for permanent sections.

Defect 1.6 x 1.2 cm, into dartos fascia. Repair options discussed; on the penile shaft he preferred healing
by second intention - NO repair performed. Petrolatum, non-adherent dressing, snug underwear.
Resume apixaban tomorrow. Wound check 1 week. Topical 5-FU for field change discussed - not prescribed.
""",
    "expected": E([L("54100", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")],
                  dx={"17311": ["D07.4"]}),
    "coder_note": "MOHS-5(a)/BX-5 + README: same-day diagnostic biopsy with frozen section of a never-biopsied "
                  "lesion that decided Mohs -> biopsy (penile site code 54100, BX-1) and 88331 both with 59. "
                  "Genitalia Mohs 2 stages -> 17311 + 17312. No repair.",
})

SCENARIOS.append({
    "id": "s80-mohs-vulvar-paget-three-stages-extra-blocks",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs for extramammary Paget disease of the left labium majus, 3 stages (8/6/3 blocks) -> 17311 "
                   "+ 17312 x2 + 17315 x4; repair by gyn-onc next day; commercial",
    "date": "2026-02-17",
    "patient": ("Whitford", "Agnes", "1947-01-08", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 300,
    "conditions": [
        C("c1", "Extramammary Paget disease, left labium majus", None, "Left labium majus", reason=True),
    ],
    "note_title": "Mohs Surgery - Operative Report",
    "note": """MOHS OPERATIVE REPORT - Harbourview Dermatologic Surgery
Date: 17 Feb 2026. Surgeon (also reading all frozen sections): A. Lindgren MD.
Chaperone: RN K. Osei present throughout.

Indication: biopsy-proven extramammary Paget disease, left labium majus extending toward the genitocrural
fold (biopsy 01/2026, Vulvar Clinic). Ill-defined margins; Mohs with immunostain-guided frozen sections
planned with gynecologic oncology. Genitalia - AUC area H.

Stage I:  lesion plus 5 mm, processed as EIGHT tissue blocks (1-8). Residual Paget cells blocks 3, 4, 7.
Stage II: re-excision at 1-5 o'clock and 9-10 o'clock, SIX tissue blocks. Residual focus block 2.
Stage III: 2 o'clock segment, THREE tissue blocks. All margins clear.
Totals: 3 stages; blocks 8 / 6 / 3. All frozen sections (H&E) cut in our Mohs lab and read by me.

Defect 5.8 x 4.2 cm left labium majus to genitocrural fold. Dressed with petrolatum gauze.
Reconstruction: to be performed by Dr. Ferrante (gyn-onc) tomorrow in the OR - NOT performed today.
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 4)]),
    "coder_note": "MOHS-2: genitalia, 3 stages -> 17311 + 17312 x2; blocks beyond 5 per stage: (8-5) + (6-5) + 0 = 4 "
                  "-> 17315 x4. Repair by another surgeon on another day.",
})

SCENARIOS.append({
    "id": "s80-mohs-lip-vermilion-scc-precoded-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs lower-lip vermilion SCC, 2 stages, complex repair across the vermilion border 2.2 cm; "
                   "pre-coded 88305 for the Mohs layers removed; Medicare Advantage",
    "date": "2025-08-28",
    "patient": ("Corrigan", "Dennis", "1952-10-30", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 160,
    "conditions": [
        C("c1", "Squamous cell carcinoma of lower lip vermilion", "C00.1", "Lower lip vermilion", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck/genitalia, first stage", cpt="17311", site="Lower lip", reasons=["c1"]),
        P("Mohs, each additional stage", cpt="17312", site="Lower lip", reasons=["c1"]),
        P("Surgical pathology, gross and microscopic", cpt="88305", site="Lower lip",
          note="Mohs layers", reasons=["c1"]),
        P("Complex repair lip", cpt="13151", site="Lower lip", note="2.2 cm", reasons=["c1"]),
    ],
    "note_title": "Mohs Report",
    "note": """Mohs micrographic surgery - A. Lindgren MD (surgeon and pathologist) - 08/28/2025
Referred from our Oral Mucosa Clinic (Dr. Okonkwo): lower-lip vermilion wedge biopsy 08/05/2025 =
well-differentiated invasive SCC arising in actinic cheilitis.

Stage 1: 2 blocks - residual SCC at the left deep margin.
Stage 2: 1 block - clear.
All Mohs layers: frozen sections in our Mohs lab, read by me. Nothing sent to outside pathology.

Defect 1.4 x 0.9 cm crossing the vermilion border onto cutaneous lip.
Repair: complex - vermilion border realigned with a key 6-0 suture, debridement of the irregular wound
edges, layered closure; length 2.2 cm.
Vermilionectomy for the remaining actinic cheilitis discussed - maybe next year; not today.
""",
    "expected": E([L("17311"), L("17312"), L("13151")], topics=["ncci"]),
    "coder_note": "MOHS-5: no 88305 for the Mohs specimens themselves (17311/88305 indicator 1, no legitimate "
                  "exception) -> removed. REP-3: repair involving the vermilion border free margin = complex, lips "
                  "2.2 cm -> 13151 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s80-nail-avulsion-two-left-toenails",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion of the left great and left second toenails for painful dystrophy -> 11730-TA + "
                   "11732-T1; commercial",
    "date": "2025-07-08",
    "patient": ("Pham", "Linh", "1966-04-04", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Painful nail dystrophy, left great and second toes", "L60.3", "Left great toe; left second toe",
          reason=True),
    ],
    "procedures": [
        P("Nail avulsion", site="Left great toenail",
          note="Digital block, complete avulsion, nail bed intact.", reasons=["c1"]),
        P("Nail avulsion", site="Left second toenail",
          note="Complete avulsion.", reasons=["c1"]),
    ],
    "note_title": "Nail Procedure",
    "note": """General Dermatology - Santos - 07/08/2025

59F, thick, lifted, painful nails on the LEFT great toe and LEFT second toe after a running injury;
shoes hurt, can't run. Clippings last visit: no fungus on PAS. Not diabetic; pedal pulses 2+.
She asked whether the ridging of her fingernails could be lichen planus - examined, no pterygium or
thinning, nothing done there.

Consent. Digital block 2% lidocaine plain, L hallux and L 2nd toe. Tourniquet.
Complete plate avulsion of both nails with elevator and hemostat. Beds inspected - intact, no mass.
Tourniquet off, hemostasis good. Vaseline, non-stick dressing.
Soaks daily. Acetaminophen PRN. Recheck 3 weeks.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")]),
    "coder_note": "11730 first nail + 11732 each additional; digit modifiers TA (left great toe) and T1 (left second "
                  "toe) per the conventions.",
})

SCENARIOS.append({
    "id": "s80-nail-ingrown-matrixectomy-precoded-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial nail avulsion + phenol matrixectomy of the right great toe pre-coded 11730 + 11750 -> "
                   "11750-T5 only; commercial (UHC)",
    "date": "2025-10-02",
    "patient": ("Bergstrom", "Eli", "2004-09-15", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", cpt="11730", site="Right great toe", reasons=["c1"]),
        P("Excision of nail and matrix, partial", cpt="11750", site="Right great toe",
          note="Lateral border, phenol 88% x 3 applications of 30 s.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Rafael Santos MD                                10/02/2025

21M, third episode of an ingrown LATERAL border, RIGHT great toe; granulation tissue, pain with shoes.
Two prior partial avulsions at urgent care without matrix treatment. No diabetes. NKDA.
Plan: permanent partial matrixectomy; consent signed.

Digital block 1% plain lido 4 mL, tourniquet.
Lateral 3 mm strip of nail plate avulsed; granulation tissue curetted.
Lateral matrix ablated with 88% phenol x 3 (30 s each), neutralized with alcohol.
Tourniquet off. Dressing. Antibiotic not needed.
Soaks BID. RTC 2 weeks.
""",
    "expected": E([L("11750", 1, "T5")], topics=["ncci"]),
    "coder_note": "11750 (partial nail and matrix excision) includes the avulsion of the same nail (11750/11730 "
                  "indicator 1, same digit) -> 11730 removed; T5 = right great toe.",
})

SCENARIOS.append({
    "id": "s80-par-three-plantar-calluses",
    "family": "paring", "shape": "free-text",
    "description": "Paring of three painful plantar calluses -> 11056; commercial",
    "date": "2025-12-04",
    "patient": ("Yilmaz", "Deniz", "1979-11-02", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, plantar feet", "L84", "Plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="Plantar feet, bilateral",
          note="Calluses pared: R 1st MTH, R heel, L 1st MTH.", reasons=["c1"]),
    ],
    "note_title": "Office Procedure",
    "note": """Office procedure - 12/04/2025 - Dr. R. Santos

46M, warehouse worker on his feet all day, painful hard skin on the soles for a year. Not diabetic,
good pulses, normal sensation. No prior treatment.
Exam: thick yellow hyperkeratosis R 1st metatarsal head, R heel, L 1st metatarsal head.
Dermoscopy: no pinpoint capillaries, skin lines preserved - callus, not wart.

Procedure: pared with a #15 blade to healthy skin, no bleeding:
   R 1st metatarsal head, R heel, L 1st metatarsal head = three calluses.
Plan: urea 40% cream nightly, cushioned insoles, proper work boots.
PRN return.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring 2-4 lesions -> 11056 (one unit). Commercial payer, so the Medicare routine-foot-care "
                  "restriction does not arise.",
})

SCENARIOS.append({
    "id": "s80-par-five-corns-medicaid",
    "family": "paring", "shape": "free-text",
    "description": "Paring of five corns of toes -> 11057; Medicaid",
    "date": "2026-01-22",
    "patient": ("Mensah", "Abena", "1970-06-18", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Corns of toes", "L84", "Toes, both feet", reason=True),
    ],
    "procedures": [
        P("Paring of corns", site="Toes, both feet",
          note="Five hard corns pared with a 15 blade: R 5th toe lateral, R 4th toe dorsal, L 5th toe lateral, "
               "L 4/5 interspace (soft corn), L 2nd toe dorsal.", reasons=["c1"]),
    ],
    "note_title": "Procedure",
    "note": """General Derm / Santos / 01-22-2026

55F, painful corns from narrow work shoes (hotel housekeeping). No diabetes, no PAD, sensation intact.
Tried OTC salicylic corn pads - skin got raw.

Exam: hard corns R 5th toe lateral, R 4th toe dorsal, L 5th toe lateral, L 2nd toe dorsal; soft corn in
the L 4/5 web space. No ulceration, no signs of infection.

Pared 5 corns with a 15 blade (listed in procedure record). No bleeding.
Toe spacers for the web space, wider toe box advised. Stop salicylic pads.
Return if recurs.
""",
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "More than four lesions pared -> 11057 (one unit).",
})

SCENARIOS.append({
    "id": "s80-pt-vulvar-acd-92-allergens-mue",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application for suspected vulvar ACD: 80-allergen series + 12 personal products = "
                   "92 tests; MUE 90 -> 95044 x90; commercial",
    "date": "2025-09-15",
    "patient": ("Lachance", "Odile", "1976-12-08", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Allergic contact dermatitis of vulva, suspected", None, "Vulva", reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": """VULVAR CLINIC - PATCH TEST APPLICATION (Day 0)            09/15/2025
Physician: J. Abernathy MD

48F with recurrent vulvar itch and redness, worse after new wipes and a "natural" anti-itch cream. Vulvar
skin today: mild erythema labia majora, no LS. Off oral steroids > 4 weeks; no topical steroid on the back.

Applied to the upper back (Finn chambers on Scanpor):
 - North American comprehensive series: 80 allergens
 - Supplemental personal-product panel: 12 items (her wipes, cream, lubricant, pad, detergent, soap,
   benzocaine spray, two moisturisers, panty liner, condom, nail polish - as is or diluted per protocol)
 TOTAL patches applied: 92.

Instructions: keep back dry, no exercise. Reading Day 2 (Wed) and Day 4/5 (Fri).
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = tests applied (92); MUE 90 (MAI 3) -> capped at 90 with an mue finding "
                  "(README coding decisions).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: patch test, phototherapy, post-op, repair, shave, skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s80-pt-oral-lichenoid-45-patches-new-pt-em25",
    "family": "patch-test", "shape": "free-text",
    "description": "New patient oral lichenoid lesions + oral candidiasis treated; patch tests 35 standard + 10 "
                   "dental = 45 applied -> 95044 x45 + 99203-25; Medicare",
    "date": "2025-07-21",
    "patient": ("Brightwater", "Naomi", "1959-09-09", "female"),
    "provider": "okonkwo", "payer": "medicare-noname", "minutes": 45, "em": "99203",
    "conditions": [
        C("c1", "Oral lichenoid lesions adjacent to amalgam restorations", None, "Left buccal mucosa",
          reason=True),
        C("c2", "Oral candidiasis", "B37.0", "Tongue; palate", reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="T.R.U.E. test panels 1-3 (35 allergens) + dental/oral series 10 allergens = 45 patches. "
               "Readings at 48 and 96 hours.", reasons=["c1"]),
    ],
    "note_title": "Oral Mucosa Clinic - New Patient",
    "note": """Oral Mucosa Clinic                       NEW PATIENT                  July 21, 2025
Chidi Okonkwo, MD

66F referred by her dentist. (1) White painful patch inside the LEFT cheek for a year, right where two old
silver fillings touch. (2) For 3 weeks: burning tongue, white coating, bad taste - started after a course of
amoxicillin.

Exam: left buccal mucosa - 1.5 cm white reticular plaque with erythema, directly opposite amalgam
restorations on 36/37; right side normal. Tongue dorsum and palate: curdy white removable plaques over
erythematous mucosa. Skin: no lichen planus.

A/P:
1. Oral lichenoid lesion, likely contact reaction to amalgam (vs oral LP). Patch testing applied today:
   standard 35-allergen panel + 10-allergen dental series (incl. mercury, amalgam, gold, palladium,
   flavorings) = 45 patches. Biopsy only if patch tests negative - not done today.
2. Oral candidiasis (pseudomembranous), post-antibiotic - clotrimazole 10 mg troche 5x/day x 14 days, Rx sent.
   Counselled on rinsing after meals.
Reading visits Wed and Fri.
""",
    "expected": E([L("95044", 45), L("99203", 1, "25")]),
    "coder_note": "95044 units = 45 tests applied. PTP 95044/99203 indicator 1; the oral candidiasis with a "
                  "prescription is separately identifiable work -> 99203-25.",
})

SCENARIOS.append({
    "id": "s80-photo-excimer-inverse-psoriasis-precoded-96920",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to inverse/genital psoriasis, total 265 sq cm, pre-coded 96920 -> 96921; separate "
                   "seborrheic dermatitis E/M 99213-25; Medicare FFS",
    "date": "2025-10-16",
    "patient": ("Holloway", "Pearl", "1958-12-24", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Inverse psoriasis, intergluteal cleft, inguinal folds and labia majora", "L40.8",
          "Intergluteal cleft; inguinal folds; labia majora", reason=True),
        C("c2", "Seborrheic dermatitis of scalp", "L21.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Excimer laser, total area less than 250 sq cm", cpt="96920",
          site="Intergluteal cleft; bilateral inguinal folds; labia majora",
          note="308 nm. Treated areas: intergluteal cleft 95 sq cm, R inguinal fold 60, L inguinal fold 60, "
               "labia majora 50. Total 265 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment + Visit",
    "note": """Vulvar Clinic / phototherapy - I. Castellanos MD - 10/16/2025 - chaperone present

Excimer #6 for inverse psoriasis (failed 4 months of topical calcipotriene/low-potency steroid).
Areas and dose (308 nm): intergluteal cleft 95 sq cm; R inguinal fold 60 sq cm; L inguinal fold 60 sq cm;
labia majora 50 sq cm - TOTAL 265 sq cm. Dose per protocol +15%. Mild erythema only after #5.

New today: itchy flaking scalp x 2 months. Exam: greasy yellow scale frontal scalp and nasolabial folds,
no psoriatic plaques there. Dx seborrheic dermatitis - ketoconazole 2% shampoo 2x/week and fluocinolone
0.01% solution PRN, Rx sent.
Next excimer in 3-4 days.
""",
    "expected": E([L("96921"), L("99213", 1, "25")], topics=["coding-correction"], dx={"96921": ["L40.8"]}),
    "coder_note": "Excimer coded by total area: 265 sq cm -> 96921 (250-500). New seborrheic dermatitis with Rx is "
                  "separately identifiable -> 99213-25 (96921/99213 indicator 1).",
})

SCENARIOS.append({
    "id": "s80-photo-puva-no-failed-conventional-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA session for limited plaque psoriasis without failure of conventional therapy, ABN "
                   "signed -> 96912-GA; Medicare FFS",
    "date": "2026-01-29",
    "patient": ("Farrow", "Clement", "1949-05-01", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, about 6% BSA", "L40.0", "Elbows; knees; lower back", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """PHOTOTHERAPY UNIT - treatment record            01/29/2026
Supervising physician: R. Santos MD (on site)

76M with plaque psoriasis ~6% BSA (elbows, knees, sacrum). Has NOT tried topical steroids, vitamin D
analogues or NB-UVB - declined all of them; he asked specifically for PUVA after a friend's good result.
Explained that Medicare covers PUVA only for severe psoriasis that has failed conventional treatment and
that this session will probably be denied as not medically necessary. Advance Beneficiary Notice given and
signed today; he chose to receive the service.

Session #1 PUVA: methoxsalen 0.6 mg/kg (40 mg) PO 1.5 h before; UVA 1.5 J/cm2 whole body; goggles,
genital shielding. No erythema. UV-blocking glasses for 24 h. Next session in 48-72 h.
""",
    "expected": E([L("96912", 1, "GA")], topics=["medical-necessity"], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/COS-4: NCD 250.1 limits PUVA to psoriasis that has failed conventional treatment; "
                  "criteria unmet, Medicare FFS, ABN on file -> GA (README coding decisions).",
})

SCENARIOS.append({
    "id": "s80-po-tongue-bx-in-flap-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Tongue punch biopsy of a new lesion 36 days after a labium majus flap (090 global); flap check "
                   "included -> 41100-79; Medicaid MCO",
    "date": "2025-11-20",
    "patient": ("Oyelaran", "Temitope", "1963-04-30", "female"),
    "provider": "lindgren", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Leukoplakia of tongue", "K13.21", "Left lateral tongue", reason=True),
        C("c2", "Status post excision and flap, left labium majus (VIN 3)", None, "Left labium majus"),
    ],
    "prior": [
        PRIOR("2025-10-15", "14040", "Adjacent tissue transfer, genitalia, 10 sq cm or less",
              "Left labium majus", "Excision of VIN 3 with rhomboid transposition flap, total 8.5 sq cm."),
    ],
    "procedures": [
        P("Punch biopsy of tongue", site="Left lateral tongue",
          note="4 mm punch through a 1.2 cm adherent white plaque; 4-0 silk x1.", reasons=["c1"]),
    ],
    "note_title": "Dermatologic Surgery - Post-op + Procedure",
    "note": """Dermatologic Surgery - A. Lindgren MD - 11/20/2025
Chaperone: K. Osei RN

Scheduled 5-week check after the excision + rhomboid flap of the left labium majus (10/15/2025).
Flap: fully viable, well healed, no dehiscence, no pain. Nothing else needed for the flap.

NEW: she reports a white patch on the LEFT side of her tongue for 2 months, not wiping off, mildly sore.
Smoker 20 pack-years. Exam: 1.2 cm homogeneous adherent white plaque, left lateral tongue, no induration.
Unrelated to the vulvar surgery. After consent, 2% lidocaine w/ epi, 4 mm punch biopsy, 1 silk suture.
Smoking cessation advised. Path 1 week.
""",
    "path": [
        {"text": "Tongue, left lateral, punch: hyperkeratosis with mild epithelial dysplasia.",
         "site": "Left lateral tongue", "date": "2025-11-24"},
    ],
    "expected": E([L("41100", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure (new tongue lesion) inside the 90-day global of 14040 -> 79. The flap "
                  "check is part of the global package and is not billed.",
})

SCENARIOS.append({
    "id": "s80-rep-three-excisions-repairs-summed-by-group",
    "family": "repair", "shape": "note-only",
    "description": "Three excisions (back nevus, thigh nevus, labial cyst) with layered closures 2.2 + 2.0 cm "
                   "(trunk/extremity group) and 1.8 cm (genitalia) -> 11401 x2, 11422, 12032, 12041; commercial",
    "date": "2025-08-14",
    "patient": ("Albrecht", "Sunniva", "1988-02-27", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 70,
    "conditions": [
        C("c1", "Atypical nevus, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Changing nevus, right upper inner thigh", "D22.71", "Right upper inner thigh", reason=True),
        C("c3", "Epidermoid cyst, left labium majus, painful", "N90.7", "Left labium majus", reason=True),
    ],
    "note_title": "Surgical Procedure Note",
    "note": """VULVAR & GENERAL DERMATOLOGY - SURGERY NOTE
Ines Castellanos, MD                                         08/14/2025
Chaperone for the labial procedure: A. Becker RN.

37F; three planned excisions (consented 07/2025):

#1 LEFT UPPER BACK - nevus with atypical network, enlarging. Lesion 0.6 cm, 2 mm margins -> 1.0 cm
   excised diameter. Layered closure (4-0 Monocryl dermal, 4-0 nylon): 2.2 cm.
#2 RIGHT UPPER INNER THIGH - nevus, new dark rim on dermoscopy. Lesion 0.5 cm, 2 mm margins -> 0.9 cm.
   Layered closure: 2.0 cm.
#3 LEFT LABIUM MAJUS - 1.0 cm epidermoid cyst, repeatedly inflamed and painful with sitting/cycling.
   Excised with 2 mm margins -> 1.4 cm. Layered closure (5-0 Monocryl deep, 5-0 Vicryl Rapide): 1.8 cm.

All specimens to pathology. Lidocaine 1% w/ epi 9 mL total. No complications.
Wound care: back/thigh sutures out 12 days; labial sutures absorbable.
""",
    "path": [
        {"text": "A. Skin, left upper back: compound dysplastic nevus, mild atypia, margins clear. B. Skin, right "
                 "upper inner thigh: compound nevus, margins clear. C. Left labium majus: epidermoid cyst.",
         "site": "Back; thigh; labium majus", "date": "2025-08-18"},
    ],
    "expected": E([L("11401", 2), L("11422"), L("12032"), L("12041")]),
    "coder_note": "REP-1/REP-2: intermediate repairs summed per group - back 2.2 + thigh 2.0 = 4.2 cm -> 12032; "
                  "labium majus (external genitalia) 1.8 cm -> 12041. Excisions: 1.0 and 0.9 cm TAL -> 11401 x2; "
                  "1.4 cm genitalia -> 11422.",
})

SCENARIOS.append({
    "id": "s80-rep-two-trunk-repairs-not-summed-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "SCCIS shoulder excision + inflamed back cyst excision, intermediate repairs 4.0 + 4.5 cm "
                   "pre-coded 12032 x2 -> one 12034; Medicare FFS",
    "date": "2026-03-10",
    "patient": ("Tillman", "Roger", "1945-09-17", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left shoulder", "D04.62", "Left shoulder", reason=True),
        C("c2", "Inflamed epidermoid cyst, upper back", "L72.0", "Upper back", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk/arms/legs 1.1-2.0 cm", cpt="11602", site="Left shoulder",
          note="Lesion 1.0 cm, 4 mm margins.", reasons=["c1"]),
        P("Excision benign lesion trunk/arms/legs 1.1-2.0 cm", cpt="11402", site="Upper back",
          note="Cyst 1.5 cm, 2 mm margins.", reasons=["c2"]),
        P("Intermediate repair trunk/extremities 2.6-7.5 cm", cpt="12032", site="Left shoulder",
          note="4.0 cm", reasons=["c1"]),
        P("Intermediate repair trunk/extremities 2.6-7.5 cm", cpt="12032", site="Upper back",
          note="4.5 cm", reasons=["c2"]),
    ],
    "note_title": "Excision Note",
    "note": """General Dermatology - R. Santos MD - 03/10/2026

80M for two planned excisions. On clopidogrel - continued (cardiology preference). NKDA.

(1) L shoulder SCC in situ (shave bx 02/17/2026). Lesion 1.0 cm, 4 mm margins (excised diameter 1.8 cm).
    Ellipse to fat. Layered closure (4-0 Monocryl deep, 4-0 nylon), 4.0 cm.
(2) Upper back epidermoid cyst - red, tender, drained twice this winter. Cyst 1.5 cm with 2 mm margins
    (1.9 cm). Excised intact. Layered closure (3-0 Vicryl deep, 4-0 nylon), 4.5 cm.

Lidocaine 1% w/ epi 12 mL total. Hemostasis with cautery. No complications.
Path on both. Pressure dressings. Sutures out 14 days.
""",
    "path": [
        {"text": "A. Left shoulder, excision: squamous cell carcinoma in situ, margins clear. B. Upper back: "
                 "ruptured epidermoid cyst with inflammation.", "site": "Left shoulder; upper back",
         "date": "2026-03-13"},
    ],
    "expected": E([L("11602"), L("11402"), L("12034")], topics=["coding-correction"]),
    "coder_note": "REP-1: intermediate repairs in the same group are summed: 4.0 + 4.5 = 8.5 cm -> 12034 x1, not "
                  "12032 x2. Excisions 1.8 cm malignant (11602) and 1.9 cm benign (11402) are correct.",
})

SCENARIOS.append({
    "id": "s80-shave-upper-lip-nevus-no-size",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of a bleeding nevus of the cutaneous upper lip with no size documented -> no "
                   "line, missing-documentation; oral LP stable; commercial (Aetna)",
    "date": "2025-12-11",
    "patient": ("Delgado", "Matteo", "1981-01-19", "male"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, upper lip, traumatized by shaving", "D22.39", "Upper lip (cutaneous)",
          reason=True),
        C("c2", "Oral lichen planus, reticular", None, "Buccal mucosa"),
    ],
    "note_title": "Oral Mucosa Clinic Note",
    "note": """ORAL MUCOSA CLINIC - C. Okonkwo MD - Dec 11 2025

44M, seen for reticular buccal LP (asymptomatic, unchanged, no treatment - reviewed briefly). Main issue
today: a raised mole on the skin of the upper lip, left of the philtrum, that he cuts when shaving - bled
three times this month.

Exam: soft flesh-coloured dome-shaped papule, cutaneous upper lip, crusted. Vermilion not involved.
Dermoscopy: comma vessels, no pigment network - intradermal nevus.
Buccal mucosa: fine lacy striae bilaterally, no erosion.

Procedure: consent; 1% lidocaine w/ epi 0.5 mL; shave removal flush with the skin; AlCl3. To path.
Vaseline twice a day. Electric razor around the site for 2 weeks.
Oral LP: continue observation, annual review.
""",
    "path": [
        {"text": "Skin, upper lip, shave: intradermal melanocytic nevus with erosion.", "site": "Upper lip",
         "date": "2025-12-15"},
    ],
    "expected": E([], topics=["missing-documentation"]),
    "coder_note": "README coding decisions: shave codes are banded by lesion diameter; no size documented -> no "
                  "line + missing-documentation. LP only reviewed, no E/M selected.",
})

SCENARIOS.append({
    "id": "s80-shave-neck-nevus-precoded-tangential-bx",
    "family": "shave", "shape": "pre-coded",
    "description": "Complete shave removal of a 0.5 cm necklace-line nevus pre-coded as tangential biopsy 11102 -> "
                   "11305; Medicaid",
    "date": "2025-09-25",
    "patient": ("Quintero", "Marisol", "1995-03-12", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Melanocytic nevus of neck, irritated", "D22.4", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Left lateral neck",
          note="0.5 cm raised nevus removed in its entirety by shave, flush with skin.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Santos / General Dermatology / 09-25-2025

30F: raised mole on the left side of the neck, catches on her necklace chain, bled and got sore twice
in August. No personal or family history of melanoma.
Exam: benign-appearing 0.5 cm dome-shaped tan papule, excoriated surface; dermoscopy symmetric.
She wants it gone.

Consent. Lidocaine 1% w/ epi 0.5 mL.
Shave REMOVAL of the entire lesion (0.5 cm) with DermaBlade, flush with surrounding skin; AlCl3.
Sent to path.
Wound care discussed: petrolatum, bandage 1 week. Scar/recurrence risk reviewed.
""",
    "path": [
        {"text": "Skin, left neck, shave: intradermal nevus, traumatized; peripheral margins clear.",
         "site": "Left lateral neck", "date": "2025-09-29"},
    ],
    "expected": E([L("11305")], topics=["coding-correction"], dx={"11305": ["D22.4"]}),
    "coder_note": "BX-4/SH-1: intent was complete removal, so shave removal, not tangential biopsy; neck is SNHFG, "
                  "0.5 cm -> 11305. Trauma/bleeding documented (BSL-3).",
})

SCENARIOS.append({
    "id": "s80-tags-eighteen-symptomatic-medicare",
    "family": "skin-tags", "shape": "free-text",
    "description": "Removal of 18 irritated, bleeding skin tags (axillae, groin) -> 11200 + 11201 x1; Medicare FFS",
    "date": "2025-08-07",
    "patient": ("Pennington", "Harold", "1952-08-08", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Axillae; inguinal folds", reason=True),
    ],
    "procedures": [
        P("Skin tag removal", site="Bilateral axillae; bilateral inguinal folds",
          note="Scissor removal + light cautery. R axilla 6, L axilla 5, R groin 4, L groin 3.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """General Dermatology - R. Santos MD - 08/07/2025

73M, skin tags under both arms and in the groin that catch on his belt and underwear; several have bled
and become red and sore over the summer. Type 2 diabetes (metformin). No anticoagulants.

Exam: pedunculated tags, several with erythema and hemorrhagic crust, in both axillae and inguinal folds.

Removed with gradle scissors and light cautery:
   R axilla 6, L axilla 5, R inguinal fold 4, L inguinal fold 3 = 18 tags.
Hemostasis with AlCl3. Vaseline.
Not removed: a few tiny asymptomatic tags on the neck - he doesn't mind them.
F/U PRN.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 for the first 15 + 11201 per additional 10 or part: ceil((18-15)/10) = 1. Bleeding and "
                  "inflammation documented (BSL-3); the neck tags were not treated.",
})

SCENARIOS.append({
    "id": "s80-tags-thirty-four-groin-labia-mue",
    "family": "skin-tags", "shape": "free-text",
    "description": "34 symptomatic tags (groin, labia majora, inner thighs, axillae) -> 11200 + 11201 (2 by count, "
                   "MUE 1); commercial (UHC)",
    "date": "2026-02-05",
    "patient": ("Abiodun", "Bisi", "1983-07-07", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Skin tags, inflamed, with itching and bleeding", "L91.8",
          "Inguinal folds; labia majora; inner thighs; axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Inguinal folds; labia majora; inner thighs; axillae",
          note="Snip excision with cautery: R groin 7, L groin 6, labia majora 8, inner thighs 5, R axilla 4, "
               "L axilla 4. Total 34 tags.", reasons=["c1"]),
    ],
    "note_title": "Vulvar Clinic Procedure",
    "note": """Vulvar Clinic - Castellanos - 02/05/2026 - chaperone K. Osei RN present

42F, many skin tags in the groin and on the outer labia, plus armpits and inner thighs; itchy, rub on
clothing, several bleed and get inflamed (shows photos of blood on underwear). No prior removal.
Meds: none. NKDA.

Exam confirms numerous pedunculated tags, many with erythema and excoriation; labia minora and vestibule
normal; acanthosis nigricans of the axillae.

Removed 34 tags by snip excision + light cautery (breakdown in the procedure record). Vaseline.
Discussed metformin/weight and insulin resistance screening with PCP - HbA1c not ordered here.
Return as needed.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "34 tags -> 11200 + 11201 x ceil((34-15)/10) = 2, but 11201 MUE is 1 (MAI 3) -> capped at 1 with "
                  "an mue finding (README coding decisions).",
})
